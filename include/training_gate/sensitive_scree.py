"""scree split: written by a helper who had not seen the detection rules, the anchors or any other split.
Setting: Tallowfield Payroll Bureau, a payroll, pensions and HR-outsourcing bureau for small employers and their staff
(payslips, tax codes, auto-enrolment, leave and absence, employee helpline, right-to-work checks);
registers are email, chat, SMS, call transcript, agent note, web form, review (with reply), voicemail, DM.
The benign half borrows the same territory harmlessly: payroll jargon (arrears, elections, members, child companies),
idioms, client organisations (parishes, union branches, clinics, nurseries, law firms, undertakers), product and
street names, benefits bought for staff and general policy questions asked without anyone's own circumstances.
70 sensitive and 70 benign tickets for special categories, 50 and 50 for children, 20 and 20 for financial hardship,
15 and 15 for health, legal, bereavement and violence and self-harm.
First reading (policy 2026.11.24.6, after it was final; `sensitive_eval.evaluate`, as `make eval-sensitive`):
91.0 / 2.5 recall / false exclusion in % as shipped, 91.0 / 6.5 without the overruling,
85.0 / 6.5 by the rules alone. Held out: never tuned or trained on."""

from __future__ import annotations

from training_gate.sensitive_blind import stranger_examples

SUBJECTS: tuple[str, ...] = (
    "Query about my March payslip",
    "Tax code changed without warning",
    "Pension opt-out form",
    "Holiday balance looks wrong",
    "P60 not received",
    "Change of bank details",
    "Right to work check follow-up",
    "Overtime missing from last pay",
    "Can't log in to the employee portal",
    "Starter form for new hire",
    "Leave request not showing",
    "Auto-enrolment letter question",
    "Payroll cut-off date this month",
    "Address update",
    "Salary sacrifice query",
)

ENTRIES: list[tuple[str, str, str, str]] = [
    # ---- health
    ("health", "sensitive", "email",
     "Hello, I work at Pelling & Rowe Joinery and you do our payroll. My manager has agreed a phased "
     "return from the 3rd (mornings only for four weeks) now that the chemo has finished, but the portal "
     "only lets me book full days. Could someone set up half-day working on my record so my pay comes out "
     "right? Thanks, Alison Threlfall"),
    ("health", "sensitive", "chat",
     "hiya quick one about SSP || Agent: Hi, happy to help, what's the question? || do the waiting days "
     "start again if i go off twice? i was back 4 days after the knee op then the wound got infected and "
     "they kept me in again over the weekend || Agent: Thanks for explaining, let me check the linking "
     "rules for you"),
    ("health", "sensitive", "sms",
     "fit note from gp uploaded, its for anxiety + low mood til 28th. pls make sure it goes down as sick "
     "not annual leave this time, last month it ate my holidays. ta - Kyle (Grindle Logistics)"),
    ("health", "sensitive", "call",
     "Caller: Hi, I'm ringing about maternity pay, I need to know when to give notice. || Agent: Of "
     "course, do you know your expected week of childbirth? || Caller: The twenty-week scan put me at the "
     "14th of August, and I've had the sickness really badly so I might need to start earlier. || Agent: "
     "Right, let's work back from that date."),
    ("health", "sensitive", "note",
     "Agent note: Spoke to Mr Idris Okafor (husband of employee Funmi Okafor, Sandmere Care). Funmi "
     "admitted to Wexley General on Tuesday with pneumonia, still on oxygen, cannot call herself. He "
     "wanted to know if her SSP will still be paid on the 25th. Explained we need employer to confirm "
     "absence. Callback tomorrow."),
    ("health", "sensitive", "form",
     "Employee name: Rhys Cadwallader | Employer: Tidewater Cafe | Query type: Absence record | Details: "
     "Two absences last month marked unauthorised. Both were hypos at work - my insulin was being changed "
     "and the nurse told me to go home. Please correct to sickness."),
    ("health", "sensitive", "voicemail",
     "Hi, it's Priya from Ashcombe Bakery, account ending 4471. One of our bakers, Dean, has been signed "
     "off for six weeks, the doctor says it's depression and he's on tablets now, and I honestly don't "
     "know how to do his pay or whether I'm allowed to contact him. Could someone ring me back on 07700 "
     "900412? Cheers."),
    ("health", "sensitive", "dm",
     "quick q - does the cycle-to-work deduction pause while im off? spinal fusion on the 2nd, surgeon "
     "reckons 12 weeks minimum before i can even sit at a desk"),
    ("health", "sensitive", "email",
     "Dear helpline, I am profoundly deaf and I keep receiving voicemails from your team about my pension "
     "transfer which I cannot listen to. Please could all contact with me be by email or text only, and "
     "could you add a note to my file so this doesn't keep happening? Kind regards, Margit Hollis"),
    ("health", "sensitive", "review",
     "Rating: 4/5. \"The lady on the helpline was so patient. I've got MS and on a bad day the phone menus "
     "are impossible for me, she stayed on while I found my payslip.\" || Reply from Tallowfield: Thank you "
     "for sharing this, we're glad Hannah could help and we've passed your comments on to her."),
    ("health", "sensitive", "chat",
     "Employer here (Kestrel Lane Dental). How do I record time off for a member of staff going through "
     "IVF? She's got egg collection next week and then transfer, and I don't want it to count against her "
     "sickness triggers || Agent: Thanks for asking, there are a couple of options, I'll talk you through "
     "them"),
    ("health", "sensitive", "note",
     "Cust says he's 3 months into a rehab programme for alcohol and the Tuesday group sessions clash with "
     "the 2pm shift. Wants to know if unpaid leave will affect his pension contributions. Very anxious "
     "about employer finding out details. Advised only absence type needed, not reason."),
    ("health", "sensitive", "form",
     "Full name: Geraldine Pike | Scheme: Tallowfield Workplace Pension | Request: Early access | Reason: "
     "Ill-health retirement - I was diagnosed with Parkinson's in 2022 and my consultant says I can no "
     "longer do my job. Please send the forms for the medical evidence."),
    ("health", "sensitive", "sms",
     "sorry timesheet late, spent half the night in a&e with my chest again, inhaler wasnt touching it. "
     "will send by 12"),
    ("health", "sensitive", "email",
     "Hi, I was off three days last week after losing the pregnancy at 11 weeks. My manager put it down as "
     "compassionate leave but HR at the other site says it should be sickness. I don't really want to "
     "argue with anyone about it, I just need to know which is right for my pay. Thanks, Leanne"),
    ("health", "benign", "email",
     "Hi all, it's that time of year again - can we book in the annual health check of our payroll setup? "
     "Last year you looked at our pension postponement dates and the holiday accrual settings and it was "
     "really useful. Best, Tom Hargreaves, Hargreaves Timber"),
    ("health", "benign", "chat",
     "is the portal sick today or is it me? been spinning for 5 mins on the payslips page || Agent: Sorry "
     "about that, we had a slowdown this morning, it should be back now || yep loaded, cheers"),
    ("health", "benign", "form",
     "Employer: Brantwood Print Ltd | Query type: Benefits in kind | Details: We've just bought private "
     "medical insurance for all 12 staff through a broker. Do you need the premium figures for the P11D or "
     "can it be payrolled?"),
    ("health", "benign", "call",
     "Caller: Hi, it's Farrah at Orchard Pharmacy. We've got pharmacists covering the bank holiday rota "
     "and I need to know how to put the enhanced rate in. || Agent: No problem, is it a flat rate or a "
     "multiplier? || Caller: Time and a half. || Agent: Lovely, I'll set up a new pay element for you."),
    ("health", "benign", "note",
     "Client Greenway Dental Practice: new starter, dental hygienist, starts 1st. Starter checklist "
     "received, tax code 1257L, plan 2 student loan. Added to May run. No issues."),
    ("health", "benign", "sms",
     "payroll file still on life support, bank upload keeps timing out. trying again after lunch - Mo @ "
     "Vossberg"),
    ("health", "benign", "voicemail",
     "Morning, it's Janet from Cobblers Row Hardware. Just a general one, what's the SSP weekly rate this "
     "tax year? I'm updating our staff handbook and don't want to put the old figure in. Thanks, bye."),
    ("health", "benign", "dm",
     "the link in your wellbeing wednesday newsletter goes to a 404 fyi"),
    ("health", "benign", "email",
     "Quick question from our HR side: is the eye test voucher scheme we give staff taxable, or does it "
     "come under the exemption? We use it for anyone on screens. Many thanks, Olu Adeyemi, Halcyon "
     "Lettings"),
    ("health", "benign", "review",
     "Rating: 5/5. \"Switching bureau was painless, honestly expected a headache and got none.\" || Reply "
     "from Tallowfield: Thanks so much, we'll pass this on to the onboarding team!"),
    ("health", "benign", "chat",
     "Im sick of this error code 502 every time i export the journal. can someone look at it || Agent: "
     "Sorry about this, which browser are you on? || chrome latest || Agent: Thanks, I'll raise it with "
     "the dev team."),
    ("health", "benign", "form",
     "Employer: Fairbridge Care Homes | Query type: Pay element | Details: The night premium for our care "
     "assistants hasn't been applied on the last two runs. Rota attached. Can this be corrected in the "
     "supplementary?"),
    ("health", "benign", "note",
     "Set up gym membership salary sacrifice for Lakeside Motors (14 opted in). Deduction code GYM01. "
     "Confirmed NI savings explained to client. Next review April."),
    ("health", "benign", "call",
     "Caller: We're running a flu jab day for all staff at our office, can the cost go through expenses? "
     "|| Agent: If it's offered to everyone it's usually fine, I'll send the guidance. || Caller: Perfect, "
     "thanks."),
    ("health", "benign", "email",
     "Hi, quick policy one for our handbook rewrite: does a fit note kick in after seven calendar days or "
     "seven working days? We've had two managers tell us different things. Thanks, Carys at Upfield Garden "
     "Centre"),
    # ---- children
    ("children", "sensitive", "email",
     "Hi, my son Harvey started a Saturday job at Mill Street Cafe (you do their wages) and his first "
     "payslip has emergency tax on it. He's only 16 and still in Year 11 so he'll barely earn anything "
     "this year - is there a form he needs to fill in? I'm writing for him as he's never done this before. "
     "Regards, Claire Benyon"),
    ("children", "sensitive", "chat",
     "hey so im 17 and doing the apprenticeship at Halloran Scaffolding, am i meant to be on the "
     "apprentice rate or the under 18 one?? my mate gets more than me || Agent: Hi! Good question, can I "
     "take your employee number?"),
    ("children", "sensitive", "form",
     "Employer: Brindle Newsagents | Request: Add new employee | Name: Oliver Tamsin | Date of birth: "
     "03/02/2011 | Role: Morning paper round, 6 hrs/week | Notes: Child employment permit applied for with "
     "the council, copy to follow"),
    ("children", "sensitive", "sms",
     "can i swap to the early finish tmrw, nursery rang, my daughter's got a temperature and they want her "
     "collected. will make the hr up fri - Shanice"),
    ("children", "sensitive", "call",
     "Caller: Hi, I want to switch from paternity to shared parental leave. Our baby, Isla, was born on "
     "the 2nd, so two weeks ago. || Agent: Congratulations! Has your partner given notice to curtail her "
     "maternity leave? || Caller: She's doing it this week. || Agent: Great, I'll send you the booking "
     "notice."),
    ("children", "sensitive", "note",
     "Agent note: Employee Darren Oakes asked whether his salary sacrifice affects tax-free childcare "
     "eligibility. Twins aged 3 at Honeypot Day Nursery, 30 funded hours starting in September. Sent HMRC "
     "guidance link."),
    ("children", "sensitive", "voicemail",
     "Hello, this is Mrs Kowalczyk, I'm calling about my son Bartek. He did a week's work experience at "
     "Grindle Logistics back in June, he's 15, and they said he'd get a bit of money for it but nothing "
     "has come through. Could someone call me on 07700 900318? Thank you."),
    ("children", "sensitive", "dm",
     "my lad's 13, can he do glass collecting at our pub on saturday afternoons? we run payroll through "
     "you so wanted to check what you need before he starts"),
    ("children", "sensitive", "email",
     "Good afternoon, I'd like to update the nomination form for my death-in-service benefit so it goes to "
     "my children, Ellie (9) and Sam (6), in equal shares, held in trust until they're 18. Can you send "
     "the right form? Many thanks, Graham Lusk"),
    ("children", "sensitive", "review",
     "Rating: 5/5. \"My son's first ever job and first payslip, he's 16 and had no idea what NI was. Your "
     "helpline explained it all to him really kindly.\" || Reply from Tallowfield: That's lovely to hear, "
     "good luck to him!"),
    ("children", "sensitive", "chat",
     "I need to book unpaid parental leave for the week of the 8th. My youngest starts reception and they "
     "only do half days for the first week || Agent: No problem, how many days would you like? || all five "
     "pls"),
    ("children", "sensitive", "form",
     "Name: Aled Prydderch | Absence type requested: Time off for dependants | Dates: 14-15 March | "
     "Reason: Son (age 8) sent home from school with chickenpox, no one else to look after him"),
    ("children", "sensitive", "note",
     "Employee (Sandmere Care) enquired re adoption leave. Matched with a sibling group, a boy of 4 and a "
     "girl of 7, placement expected in May. Explained SAP eligibility, requested matching certificate."),
    ("children", "sensitive", "email",
     "Hi, quick one. Our new kitchen porter Kieran turns 16 next month but he doesn't leave school till "
     "the end of June. Can he go on the payroll now and work Sunday lunch shifts, or do we need to wait? "
     "Cheers, Lou at The Gatehouse"),
    ("children", "sensitive", "sms",
     "hi is it ok if my payslips go to my mums email address? im 17 and dont have my own one yet. its "
     "j.fenner@example.com"),
    ("children", "sensitive", "call",
     "Caller: My daughter's in Year 2 now and I'm still getting childcare vouchers. Can I keep them going? "
     "|| Agent: If you joined before the scheme closed you can. || Caller: She goes to the after-school "
     "club at Pinfold Primary, that counts? || Agent: As long as it's a registered provider, yes."),
    ("children", "sensitive", "voicemail",
     "Hiya, it's Becky Lorrimer, I'm on the flexible working form. My toddler starts at Bumblebees nursery "
     "in September and drop-off is 8.30, so I need to start at 9.15 instead of 8.45. Can you tell me if I "
     "put that on the portal or send it to my manager? Ta."),
    ("children", "sensitive", "dm",
     "you've got my son's date of birth on my staff record, 14/09/2012, instead of mine. how did that even "
     "happen lol"),
    ("children", "sensitive", "email",
     "Dear team, we're taking on Jakub from the local sixth form for summer cover. He's 17. Do we need the "
     "same right-to-work documents as for our adult staff, and does anything change on his contract "
     "because of his age? Best, Imogen, Quayside Books"),
    ("children", "sensitive", "chat",
     "Hi, I'm on maternity leave and our baby came at 30 weeks so he's still in the neonatal unit at "
     "Wexley. Does my SMP still start from the birth date? || Agent: I'm sorry you're going through that. "
     "Yes, let me explain the dates and what happens to your leave."),
    ("children", "sensitive", "form",
     "Employee: Tia Morrison | Age: 16 | Employer: Fenby Leisure Pool | Query: I haven't got my National "
     "Insurance number yet, will this mess up my pay? | Contact: tia.m@example.com"),
    ("children", "sensitive", "note",
     "Caller was employee's mother. Employee Caden Ruiz is 15, weekend pot wash at The Gatehouse. Mum "
     "asking why he has no payslip for Sept. Confirmed I can't discuss pay without his consent, offered to "
     "send to him directly."),
    ("children", "sensitive", "email",
     "Could you please send me a letter confirming my working hours? The holiday club my son goes to asks "
     "for proof of working parents to get the subsidised rate. He's in Year 4 at Oakdene. Thank you, "
     "Ravinder Gill"),
    ("children", "sensitive", "sms",
     "soz cant do the training day thurs, its my daughters gcse results and i promised id take her in. can "
     "i take it as a holiday"),
    ("children", "sensitive", "chat",
     "hey its ruby from the ice cream kiosk on the prom, im in year 10. how many hours am i allowed to do "
     "in the summer hols? manager says 35 but my mum says less || Agent: Hi Ruby, there are limits for "
     "your age group, let me check with your employer"),
    ("children", "sensitive", "call",
     "Caller: My wife's due on the 30th, we're calling him Alfie, and I want to book my two weeks' "
     "paternity from the birth. || Agent: Lovely. We'll need the expected week of childbirth. || Caller: "
     "I'll email the MATB1 over."),
    ("children", "sensitive", "review",
     "Rating: 1/5. \"You sent my 16 year old daughter's payslip to her dad's house after I specifically "
     "asked for it to come here. She lives with me.\" || Reply from Tallowfield: We're sorry. Please DM us "
     "so we can correct the address and look into what happened."),
    ("children", "sensitive", "form",
     "Benefit: Workplace nursery scheme | Employee: Nathan Wren | Child's name: Oscar Wren | Child's DOB: "
     "22/06/2021 | Nursery: Little Acorns, Fenby | Start date: 1 September"),
    ("children", "sensitive", "voicemail",
     "Oh hello, my name's Doreen Ashby. I've got special guardianship of my granddaughter, she's six, "
     "since my daughter can't look after her. Am I allowed parental leave like a normal parent? I work for "
     "Hollybush Farm Shop. My number is 07700 900527."),
    ("children", "sensitive", "dm",
     "can my 14yo be a beneficiary on my pension? her dob is 2 march 2011, name is Lily-Mae Carter"),
    ("children", "sensitive", "note",
     "Hollybush Farm Shop has a 15-year-old seasonal picker on the July run. No child work permit on file. "
     "Flagged to client contact (Sue) and held the payment pending confirmation."),
    ("children", "sensitive", "email",
     "Hi, I need to talk to someone about changing my hours. My daughter has just got a place at a special "
     "school for her autism, but it's forty minutes away and transport isn't sorted yet, so I need to do "
     "school runs for a term. What are my options? Thanks, Nadia"),
    ("children", "sensitive", "chat",
     "im 16 do i have to pay tax on my first job? its at a hairdressers on saturdays || Agent: Hi, most "
     "people won't pay income tax on a small wage like that, but let me look at your payslip with you"),
    ("children", "sensitive", "sms",
     "BABY HERE!! 3.2kg, both doing great. pls can my paternity leave start from today, sorry for short "
     "notice - Joel (Vossberg print room)"),
    ("children", "sensitive", "call",
     "Caller: We've just been approved as foster carers and a fifteen-year-old lad is being placed with us "
     "next week. || Agent: That's wonderful. Are you asking about leave? || Caller: Yes, does my employer "
     "have to give me anything? || Agent: Let me check your contract and the policy your employer has with "
     "us."),
    ("children", "sensitive", "form",
     "Parental consent for under-18 worker | Worker: Evie Sandhu | Age: 16 | School: Marlow Grange, Year "
     "12 | Parent/guardian: Harjit Sandhu | Permitted hours: weekends only"),
    ("children", "sensitive", "note",
     "Employee asked us to remove a photo from her portal profile - she'd uploaded one with her son (aged "
     "4) in it by mistake and doesn't want it visible to colleagues. Removed and confirmed."),
    ("children", "sensitive", "voicemail",
     "Hi, um, it's Marcus, I do the Saturday job at Quayside Books, I'm fifteen. I think they've paid me "
     "for four hours instead of seven. My mum said to ring you. Can you call me back? My number is 07700 "
     "900233."),
    ("children", "sensitive", "dm",
     "need to update my emergency contact to my eldest, Kai, he's 17 now and can sort stuff if im not "
     "around. his mobile is 07700 900871"),
    ("children", "sensitive", "chat",
     "Can I take two days unpaid in July? I'm going as a helper on cub camp with my 9-year-old || Agent: "
     "Sure, that would need your manager's approval first, shall I raise the request? || yes please"),
    ("children", "sensitive", "review",
     "Rating: 5/5. \"Sorted my shared parental leave with no fuss when our little Noah arrived in March.\" "
     "|| Reply from Tallowfield: Congratulations to you both and welcome Noah!"),
    ("children", "sensitive", "form",
     "Section: Dependants | Number of dependant children: 2 | Ages: 3 years and 10 months | Requesting: "
     "Childcare support scheme information pack"),
    ("children", "sensitive", "email",
     "Hello, I opened a junior savings account for my daughter through your payroll savings scheme a "
     "couple of years ago. She's 12 now and wants to see how much is in it. Can I get a statement in her "
     "name? Thanks, Pete Marsh"),
    ("children", "sensitive", "call",
     "Caller: My son's 17, he's at the Regal Cinema, and they've got him on till 1am on school nights. Is "
     "that even allowed? || Agent: There are rules on night work for young workers, I'll check his "
     "contract and talk to the employer."),
    ("children", "sensitive", "note",
     "Cust back from mat leave in two weeks, baby Nia now 7 months. Asked about breaks to express milk and "
     "whether they're paid. Passed to client's HR contact."),
    ("children", "sensitive", "sms",
     "hi its tasha, cant come in today, my little one has hand foot and mouth and nursery wont take her. "
     "will ring later"),
    ("children", "sensitive", "voicemail",
     "Hi, it's Dev from Harlow Garage. Our new apprentice, Jordan, is only sixteen, and he's asking me "
     "whether he gets put in the pension like everyone else. I don't know the answer. Can you ring me "
     "back?"),
    ("children", "sensitive", "dm",
     "my boy is in reception at st wilfreds, pick up is 3.15. can i put flexi hours on the portal or does "
     "it have to go thru my manager"),
    ("children", "sensitive", "email",
     "Hi, a slightly odd one. Our 12-year-old son helps out in the shop on Saturdays stacking shelves. Can "
     "we pay him through the company payroll, or is that a bad idea? We're a family business. Regards, "
     "Anita Booth, Booth's Stores"),
    ("children", "sensitive", "note",
     "Term-time working request logged for Gemma Holt (Upfield Garden Centre). Reason given: Maisie and "
     "Theo both at Westbrook Infants from September, no wraparound care. Client to decide within 28 days."),
    ("children", "benign", "email",
     "Hi, we've just set up a child company, Marrowby Vets (North) Ltd, as a subsidiary of the main "
     "practice. Can it go on a separate PAYE scheme with its own payroll run, or should it sit under the "
     "parent? Regards, Simon Fairlie"),
    ("children", "benign", "chat",
     "does the consolidated report roll the parent company and all three subsidiaries into one total? || "
     "Agent: It can, you'd tick \"group view\" on the export || ah found it thanks"),
    ("children", "benign", "voicemail",
     "Hi, it's Beth at Cobblers Row Hardware. General question, what's the minimum wage rate for "
     "under-eighteens from April? We don't employ any at the moment but we're writing the pay bands for "
     "next year. Thanks."),
    ("children", "benign", "form",
     "Employer: Pennywell Plant Nursery | Query type: Seasonal staff | Details: Taking on 6 pickers for "
     "the bedding plant season, April to June. Can we set them up as a weekly payroll just for those "
     "months?"),
    ("children", "benign", "note",
     "New client onboarded: Little Acorns Day Nursery, 18 staff (nursery practitioners, a cook and a "
     "manager). Monthly payroll, auto-enrolment staging done. First run 28th."),
    ("children", "benign", "email",
     "Hello, this is the school office at Fenby Primary. Please find attached the supply teacher "
     "timesheets for weeks 3 and 4. Mrs Adair's hours on the Tuesday should be 6.5 rather than 6. Kind "
     "regards, School Business Manager"),
    ("children", "benign", "chat",
     "we're taking baby steps with the new portal, only two managers using it so far. is there a training "
     "video? || Agent: There is, I'll send you the link now || thanks"),
    ("children", "benign", "sms",
     "my date of birth on the portal says 1929 lol, its 04/05/1992. can someone fix pls"),
    ("children", "benign", "form",
     "Employee: Rosa Delaney | Job title: Junior Graphic Designer | Change requested: Title to Designer "
     "from 1 May, salary increase attached | Approved by: Finance Director"),
    ("children", "benign", "review",
     "Rating: 4/5. \"Good service from Tallowfield for our children's clothing shop, the Christmas temps "
     "were all paid on time.\" || Reply from Tallowfield: Thanks for the review, and good luck with the "
     "January sale!"),
    ("children", "benign", "email",
     "Only a minor correction: the payslip for Dermot Quinn shows his department as \"Stores\" when it "
     "should be \"Despatch\". Nothing wrong with the figures. Thanks, Alma"),
    ("children", "benign", "call",
     "Caller: We've got a new apprentice starting, he's twenty-four, do we still get the NI relief? || "
     "Agent: The apprentice relief is for under-25s, so yes, he qualifies until his birthday. || Caller: "
     "Great, he's 25 in November. || Agent: I'll set a reminder."),
    ("children", "benign", "note",
     "Client Roadcraft Driving School: 4 instructors moved from self-employed to PAYE. Employment status "
     "review done by client's accountant. Added to monthly run."),
    ("children", "benign", "dm",
     "hi, I'm Janet Kidd from Ashcombe Bakery accounts - can you resend the June journal? the one I got is "
     "blank"),
    ("children", "benign", "email",
     "Hi Tallowfield, we sell prams, car seats and cots, and we'd like to offer staff a 30% discount. Is "
     "that a benefit in kind, and does it need to go through payroll? Best, Warren Ellis, Bump & Bloom Ltd"),
    ("children", "benign", "voicemail",
     "Hello, Brook Lane Youth Centre here, it's Gareth, the centre manager. We're adding two youth workers "
     "from next month, both sessional. Can you tell me what you need from them to get them set up? Thanks."),
    ("children", "benign", "chat",
     "we sell school uniforms so september is mental, can we do a supplementary run mid-month for the "
     "extra shop staff? || Agent: Yes, we can add a supplementary run, what date? || the 15th please"),
    ("children", "benign", "form",
     "Employer: Teenage Kicks Records Ltd | Query type: Year-end | Details: Need P60s reissued for 3 "
     "leavers, addresses attached. All left before April."),
    ("children", "benign", "sms",
     "hi from Tiny Toes Ltd, bank holiday cut-off is thurs right? want to get the hours in before we shut"),
    ("children", "benign", "email",
     "The new leave module is still in its infancy for us, but so far so good. One request: could managers "
     "see each other's calendars? Thanks, Ellen Shaw, Halcyon Lettings"),
    ("children", "benign", "call",
     "Caller: Can you handle the rollout with kid gloves? A few of the older staff are nervous about "
     "paperless payslips. || Agent: Of course, we can keep paper for anyone who asks. || Caller: That'd "
     "help, thanks."),
    ("children", "benign", "note",
     "Cost centre hierarchy for Grindle Logistics rebuilt: Warehouse is now a child node of Operations "
     "rather than Finance. Reports re-run for Q1."),
    ("children", "benign", "dm",
     "whats the SMP weekly rate from April? writing the family leave policy for our staff handbook"),
    ("children", "benign", "review",
     "Rating: 5/5. \"Our new grad (22, first proper job) said the onboarding emails were the clearest she's "
     "had.\" || Reply from Tallowfield: Great to hear, thanks for letting us know!"),
    ("children", "benign", "email",
     "Setting up the new holiday report was child's play in the end, thanks to your walkthrough. Just one "
     "question: can it show part-days? Best, Marnie, Kestrel Lane Dental"),
    ("children", "benign", "form",
     "Employer: Puzzlebox Toys Ltd | Query type: Temporary staff | Details: 10 Christmas temps for the "
     "stores, all 18+, start 20 Nov, finish 31 Dec. Weekly pay please."),
    ("children", "benign", "chat",
     "is there a test playground where i can try the pay run before doing it for real? || Agent: Yes, the "
     "sandbox company is under Settings > Training || brilliant"),
    ("children", "benign", "voicemail",
     "Hi, it's Joan Pritchard at Hargreaves Timber. We still have two people on the old childcare voucher "
     "scheme from before it closed. Is there anything we need to report at year end? Thanks."),
    ("children", "benign", "email",
     "Hello, I'd like to nominate my son Patrick as the beneficiary on my pension. He's 34 and lives in "
     "Valencia, does an overseas address cause any problems? Kind regards, Maureen Clancy"),
    ("children", "benign", "sms",
     "can you change my emergency contact to my daughter Fran, shes 27 and lives closer than my brother "
     "now. 07700 900144"),
    ("children", "benign", "form",
     "Employer: Wriggle & Giggle Soft Play | Query type: Holiday pay | Details: Our staff work irregular "
     "hours, how do we work out holiday accrual under the new rules?"),
    ("children", "benign", "note",
     "Company car BIK query: employee has a Mini Cooper electric from April. Explained 2% band. Client to "
     "send list price. No further action."),
    ("children", "benign", "chat",
     "I'm babysitting the payroll upload today while Lorraine's off, which button sends it to the bank? || "
     "Agent: Happy to walk you through it! It's \"Submit BACS\" on the summary page"),
    ("children", "benign", "email",
     "Hi, new client question from Infanta Tapas Bar: we pay tips through a tronc. Can you run that "
     "separately from wages? Gracias, Luis Ortega"),
    ("children", "benign", "review",
     "Rating: 4/5. \"A proper cradle-to-grave HR service, from the offer letter to the leaver's P45.\" || "
     "Reply from Tallowfield: That's exactly what we aim for, thank you!"),
    ("children", "benign", "call",
     "Caller: It's Eddie Young, I've changed bank. || Agent: No problem Mr Young, I'll send a secure link "
     "for the new details. || Caller: Will it be in time for Friday? || Agent: If you complete it today, "
     "yes."),
    ("children", "benign", "dm",
     "when you add someone as a director do they go onto class 1A NIC or is that just for benefits? bit "
     "lost"),
    ("children", "benign", "note",
     "Hargreaves Timber: pension phasing now in year 1 of the increase plan (employer 3% -> 4%). Updated "
     "contribution rules and informed client."),
    ("children", "benign", "email",
     "Hi, we run holiday clubs for the council in the summer and need about 20 play workers on payroll for "
     "six weeks. Can you quote for a short-term payroll? Regards, Steph Alder, Sunbeam Activities CIC"),
    ("children", "benign", "sms",
     "all 3 new starters were born 1999 or after so whats the right student loan plan? they all went to "
     "uni"),
    ("children", "benign", "form",
     "Employer: Halcyon Lettings | Query type: Policy | Details: How should we calculate holiday for "
     "term-time-only staff? We're thinking of offering term-time contracts next year."),
    ("children", "benign", "voicemail",
     "Morning, it's Clive from Barrow Chambers. We've got two pupil barristers starting in October, on a "
     "pupillage award. Do we put them through payroll as employees? Give me a call."),
    ("children", "benign", "chat",
     "there's a few teething problems with the new app, payslips load but the P60 tab is blank || Agent: "
     "Thanks for flagging, that's a known issue, fix is going out Thursday"),
    ("children", "benign", "email",
     "Hi, we're a nursery fit-out company (we do playground surfaces and classroom furniture). Do our "
     "fitters on day rates count as employees for auto-enrolment? Thanks, Roz Kettle, Playwise Interiors"),
    ("children", "benign", "note",
     "Query from Vossberg Print: is a workplace creche a taxable benefit? General question, they are "
     "pricing one for the new building. Sent exemption guidance."),
    ("children", "benign", "review",
     "Rating: 3/5. \"Fine for a small firm, though the Gen Z lads in our warehouse want an app that looks "
     "less like it's from 2009.\" || Reply from Tallowfield: Fair! A new app design is on its way this "
     "summer."),
    ("children", "benign", "dm",
     "Marrowby Vets here - we sponsor the under-12s football team at Fenby Town. Can the sponsorship go "
     "through expenses or does it need to be a company payment?"),
    ("children", "benign", "call",
     "Caller: The new grad scheme people, do they start on a trainee rate? || Agent: That's up to you as "
     "the employer, but it must be at least the minimum wage for their age. || Caller: They're all 21 "
     "plus. || Agent: Then the adult rate applies."),
    ("children", "benign", "sms",
     "minor tweak pls: my surname is MacAulay not Macaulay on my payslip. cheers"),
    ("children", "benign", "form",
     "Employer: St Aidan's Church of England High School | Query type: Support staff pay | Details: "
     "Lunchtime supervisors' hours went up in January, backpay needed for February run."),
    # ---- financial_hardship
    ("financial_hardship", "sensitive", "email",
     "Hi, is there any way I can get an advance on this month's wages? The landlord's given me until "
     "Friday to clear the rent arrears or he's starting the eviction process, and I'm £640 short. I'd pay "
     "it back over three months. Sorry to ask. Ryan Pickering, Grindle Logistics"),
    ("financial_hardship", "sensitive", "note",
     "Received attachment of earnings order from Wexley Council for employee T. Brannigan (council tax "
     "arrears, £1,312). Deduction table applied from next run. Employee called in distressed, says he's "
     "already behind on two credit cards. Signposted to free debt advice."),
    ("financial_hardship", "sensitive", "sms",
     "any chance my pay can go in tmrw not fri? bailiffs coming sat morning and i need to show them "
     "something"),
    ("financial_hardship", "sensitive", "chat",
     "hi can i stop my pension contributions for a bit || Agent: You can opt out or cease, can I ask if "
     "there's a reason, just so I give you the right info? || been on an IVA since last year and the "
     "payments went up, I literally can't spare the 5% right now"),
    ("financial_hardship", "sensitive", "call",
     "Caller: I got a letter saying I've been made redundant at the end of the month and I need to know "
     "what my final pay will be. || Agent: I'm sorry to hear that. Do you know your redundancy date? || "
     "Caller: The 30th. I've got a mortgage and two kids, I don't know how I'm going to cover it."),
    ("financial_hardship", "sensitive", "form",
     "Employee name: Paula Nguyen | Query type: Pay date change | Details: I'm on Universal Credit top-up "
     "and when payday moves to the 26th it lands in the wrong assessment period and my UC gets cut to "
     "nothing. Can I be paid on the 1st instead?"),
    ("financial_hardship", "sensitive", "voicemail",
     "Hello, it's Colin Garrity. I had a letter from the Official Receiver, I've been declared bankrupt, "
     "and they said my employer's payroll might need to take an income payments amount out of my wages. "
     "Can someone explain what happens? My number is 07700 900690."),
    ("financial_hardship", "sensitive", "dm",
     "can u send my last 3 payslips to the food bank referral person at the citizens advice? she needs "
     "proof of what i earn. email is referrals@example.com"),
    ("financial_hardship", "sensitive", "review",
     "Rating: 2/5. \"Payroll was three days late and I got charged by my bank again, I'm already in an "
     "overdraft I can't get out of and every fee hurts.\" || Reply from Tallowfield: We're really sorry. "
     "The delay was on our side and we've contacted your employer about covering the charges."),
    ("financial_hardship", "sensitive", "email",
     "Dear Tallowfield, I'd like to ask about taking my pension early. I'm 55 next month. Since my husband "
     "lost his job we've fallen behind on everything and the debt collectors are phoning every day. I know "
     "it's not ideal but I need to know what I can get. Regards, Sheila Marsh"),
    ("financial_hardship", "sensitive", "note",
     "Cust rang re deduction of £85 \"DMP\" she set up herself through a debt charity, wanted to know if it "
     "could come from payroll directly. Explained we can't do voluntary debt payments, only court/council "
     "orders."),
    ("financial_hardship", "sensitive", "chat",
     "Do you know if my employer has a hardship fund? I've had the gas cut to prepay and I'm choosing "
     "between the meter and food this week || Agent: I'm sorry to hear that. Some of our clients do, let "
     "me check Sandmere Care's policy for you."),
    ("financial_hardship", "sensitive", "sms",
     "been laid off from the warehouse, when do i get my P45? need it for the jobcentre appointment on "
     "monday"),
    ("financial_hardship", "sensitive", "call",
     "Caller: My wages have gone down because of this student loan thing and I'm on a payday loan already. "
     "|| Agent: Let me look at your deductions. || Caller: Please, because if it's wrong I've got no money "
     "for rent this month."),
    ("financial_hardship", "sensitive", "form",
     "Name: Dariusz Nowak | Request: Salary advance | Amount: £300 | Reason: My car was repossessed and I "
     "need to buy a bus pass to get to work until the end of the month"),
    ("financial_hardship", "sensitive", "email",
     "Hi, my hours at the Gatehouse have been cut to 12 a week and I'm now claiming housing benefit to "
     "cover the gap. The council wants a letter showing my average pay for the last 3 months. Can you do "
     "that? Thanks, Mel Price"),
    ("financial_hardship", "sensitive", "voicemail",
     "Hi, it's Sandra from Tidewater Cafe, the owner. Our business went into liquidation yesterday and I'm "
     "ringing because my staff need their final payslips and P45s to claim from the redundancy service. "
     "I'm so sorry to land this on you. Ring me on 07700 900755."),
    ("financial_hardship", "sensitive", "dm",
     "i owe hmrc from my old self employed work and they've put it in my tax code and now i take home "
     "about half what i did. cant live on this, is there anything you can do"),
    ("financial_hardship", "sensitive", "note",
     "Employee at Harlow Garage asked for his payslips to stop being posted to his old flat. He was "
     "evicted in June, currently sofa surfing. Switched to email only."),
    ("financial_hardship", "sensitive", "chat",
     "my bank account was closed because it went so far overdrawn, can my wages go into my sister's "
     "account for now? || Agent: We can only pay into an account in your name, but there are basic bank "
     "accounts that might help. Shall I send info?"),
    ("financial_hardship", "benign", "email",
     "Hi, just to confirm: we pay monthly in arrears, so staff who start on the 15th get a part month at "
     "the end of the following month? A new manager asked and I want to be sure. Thanks, Ellie, Brantwood "
     "Print"),
    ("financial_hardship", "benign", "chat",
     "our direct debit to you failed this month, we switched banks. can you retry it? || Agent: Sure, once "
     "the new mandate is active we'll re-present it || thanks, sorry about that"),
    ("financial_hardship", "benign", "form",
     "Employer: Vossberg Print | Query type: Redundant records | Details: There are duplicate employee "
     "records from the migration, all marked \"old\". Can they be archived?"),
    ("financial_hardship", "benign", "sms",
     "overtime for 3 people went in a month late, can you do the arrears in the next run? ta"),
    ("financial_hardship", "benign", "call",
     "Caller: We've had an attachment of earnings order come in for one of our staff, we've never had one "
     "before. || Agent: We'll handle the calculation, just forward us the order. || Caller: Great, "
     "scanning it now."),
    ("financial_hardship", "benign", "note",
     "Client Halcyon Lettings paid invoice 4 days late, reminder sent. Payment received today. Account "
     "back to normal."),
    ("financial_hardship", "benign", "dm",
     "the credit union deduction for Jules stopped after april, she wants it back on at £50 a month"),
    ("financial_hardship", "benign", "review",
     "Rating: 5/5. \"Didn't break the bank and saved us hours every month.\" || Reply from Tallowfield: "
     "Thanks for choosing us!"),
    ("financial_hardship", "benign", "email",
     "Hello, I was underpaid by £42 last month because my night hours weren't added. Can it be fixed in "
     "this month's pay? I've attached my rota. Regards, Sian"),
    ("financial_hardship", "benign", "voicemail",
     "Hi, it's Marcus at Harlow Garage, we've been paying our fees by card but we'd like to switch to "
     "BACS. Can you send the bank details on your letterhead? Cheers."),
    ("financial_hardship", "benign", "chat",
     "the upload broke again, ugh. || Agent: Sorry! Which file? || the March timesheet csv || Agent: "
     "There's a blank row on line 41, remove that and it should go through"),
    ("financial_hardship", "benign", "form",
     "Employer: Lakeside Motors | Query type: Policy | Details: We're writing a staff loan policy (season "
     "tickets, that sort of thing). What are the tax rules on interest-free loans under £10,000?"),
    ("financial_hardship", "benign", "sms",
     "pls can i have a breakdown of my tax, seems high this month? bonus month tho so might be right"),
    ("financial_hardship", "benign", "note",
     "Insolvency practitioner acting for a supplier to one of our clients asked for a confirmation of a "
     "creditor balance. Not our data - referred to the client's finance team."),
    ("financial_hardship", "benign", "email",
     "Hi, the cost per payslip went up from April. Was that in the contract renewal? Not complaining, just "
     "need to budget for it. Best, Sam Holloway, Quayside Books"),
    ("financial_hardship", "benign", "call",
     "Caller: Is the cheque for the leaver going to be posted or does she need to collect? || Agent: It'll "
     "go by recorded delivery tomorrow. || Caller: Lovely, I'll let her know."),
    ("financial_hardship", "benign", "review",
     "Rating: 3/5. \"Good payroll, but your pricing page is confusing - we didn't realise year-end was "
     "extra.\" || Reply from Tallowfield: Fair point, we're rewriting that page so it's clearer."),
    ("financial_hardship", "benign", "voicemail",
     "Hello, this is the accounts team at Barrow Chambers. Your invoice has a PO number from last year on "
     "it, so our system rejected it. Could you reissue it with the new one? Thank you."),
    ("financial_hardship", "benign", "dm",
     "is there a way to set salary advances in the system? we want to offer it as a perk, nobody's asked "
     "yet"),
    ("financial_hardship", "benign", "form",
     "Employee: Hamid Rahimi | Query type: Expenses | Details: My mileage claim from February was paid at "
     "25p not 45p, can the difference be added? Claim ref EX-2291"),
    # ---- legal
    ("legal", "sensitive", "email",
     "Hello, I left Brantwood Print in January and I've started an employment tribunal claim against them "
     "for unfair dismissal. My solicitor has asked for copies of all my payslips from 2022 onwards. Can "
     "you send them to me directly rather than through the company? Thanks, Kerry-Ann Doyle"),
    ("legal", "sensitive", "note",
     "Letter received from Hatherley & Voss Solicitors acting for the wife of member D. Ferris in divorce "
     "proceedings, requesting a CETV for his pension for the financial remedy hearing. Checked authority, "
     "member informed, valuation requested from scheme."),
    ("legal", "sensitive", "voicemail",
     "Hi, it's Tony from Grindle Logistics. Bit of a situation, one of our drivers was arrested on "
     "Saturday and he's been remanded in custody, we don't know for how long. Do we still pay him? Do we "
     "suspend him? I've no idea what to do on the payroll side. 07700 900104."),
    ("legal", "sensitive", "chat",
     "The court gave me a restraining order against my ex last month. He still works at the Wexley depot. "
     "Can you make sure my new address doesn't show anywhere he could see it, like the team list? || "
     "Agent: Absolutely, I'll mark your record as restricted right now."),
    ("legal", "sensitive", "form",
     "Employee: Jason Ferrie | Query type: DBS / vetting | Details: My basic disclosure came back with a "
     "caution from 2015 for possession. Will this affect my job starting at Sandmere Care? Nobody will "
     "tell me."),
    ("legal", "sensitive", "sms",
     "cant do sat shift, got to be at the magistrates for the driving thing. solicitor says it'll take all "
     "morning"),
    ("legal", "sensitive", "call",
     "Caller: Someone's used my details to open credit cards and the police say it might have come from an "
     "old payslip. || Agent: I'm sorry, do you have a crime reference number? || Caller: Yes, it's on the "
     "letter. They want to know who had access to my records."),
    ("legal", "sensitive", "dm",
     "my lawyer needs my P60s for the last 4 yrs for the personal injury claim against my old employer, "
     "can i download them all at once?"),
    ("legal", "sensitive", "review",
     "Rating: 5/5. \"When I was taking my old boss to court, your team got me every document my lawyer "
     "asked for within a day.\" || Reply from Tallowfield: Thank you, we hope it all went well for you."),
    ("legal", "sensitive", "note",
     "Cust says he was released on licence in March and is on an electronic curfew, 7pm to 7am. Can't do "
     "late shifts at Harlow Garage. Asked how to request fixed hours without telling his manager why. "
     "Advised HR contact only."),
    ("legal", "sensitive", "email",
     "Dear Tallowfield, we've had to suspend a member of our bar staff while the police investigate "
     "missing takings. He hasn't been charged yet. What should his pay look like during the suspension? "
     "Regards, Lou Marchetti, The Gatehouse"),
    ("legal", "sensitive", "chat",
     "hi can i change my day off to wednesdays permanently? its when i see my probation officer and "
     "tuesdays are getting awkward || Agent: I'll pass that on to your manager as a shift pattern change "
     "request"),
    ("legal", "sensitive", "form",
     "Name: Craig Jessop | Employer: Lakeside Motors | Issue: I was convicted of drink driving and lost my "
     "licence for 18 months, so I can't do the delivery runs. Want to know if I can move to the workshop "
     "on the same pay."),
    ("legal", "sensitive", "voicemail",
     "Hello, my name's Abimbola Yusuf. My barrister says I'm going ahead with the claim against Fairbridge "
     "Care Homes for the unpaid sleep-in shifts, and we need the detailed hours report from your system. "
     "Please call me back on 07700 900866."),
    ("legal", "sensitive", "sms",
     "police have still got my phone as evidence so i cant get the 2fa code for the portal. can you switch "
     "it to email pls"),
    ("legal", "benign", "email",
     "Hi, our legal entity name changes from Hargreaves Timber Ltd to Hargreaves Timber Group Ltd on 1 "
     "June. Same PAYE reference. What do you need from us? Best, Tom"),
    ("legal", "benign", "chat",
     "whats the legal minimum holiday for someone on 3 days a week? writing it into contracts || Agent: "
     "It's 5.6 weeks, so for three days a week that's 16.8 days || perfect thank you"),
    ("legal", "benign", "note",
     "New client: Barrow Chambers (barristers' chambers), 9 staff clerks and admin only, members are "
     "self-employed. Monthly payroll, pension via existing scheme."),
    ("legal", "benign", "sms",
     "my case number is TF-88213, any update? it's about my holiday pay being short by a day"),
    ("legal", "benign", "form",
     "Employee: Lorna Briggs | Change: Address | New address: 14 Court Lane, Fenby | Effective: 1 July"),
    ("legal", "benign", "review",
     "Rating: 4/5. \"Took the free trial, stayed for the support.\" || Reply from Tallowfield: Glad the "
     "trial convinced you!"),
    ("legal", "benign", "email",
     "Hello, we received a late filing penalty for our EPS in May. We submitted it on time as far as we "
     "can see. Can you help us appeal? Regards, Ellen, Halcyon Lettings"),
    ("legal", "benign", "voicemail",
     "Hi, it's Fran at Hatherley & Voss Solicitors, we're a client, account number 2207. Just ringing to "
     "check the cut-off for the associates' bonus to go in this month. Thanks."),
    ("legal", "benign", "chat",
     "the sentence in the offer letter template says \"your employment will commencing\" - can someone fix "
     "the grammar? || Agent: Good spot, updated now"),
    ("legal", "benign", "dm",
     "don't judge me but I've forgotten my portal password for the third time this month"),
    ("legal", "benign", "call",
     "Caller: Is an offer letter legally binding once it's signed? We're updating our recruitment process. "
     "|| Agent: It can form part of the contract, we can send you template wording. || Caller: That would "
     "be great."),
    ("legal", "benign", "note",
     "Cleaning contractor Brightwell Services won the contract for the Wexley magistrates' court building, "
     "6 new cleaners to add to the weekly run from 3rd."),
    ("legal", "benign", "form",
     "Employer: Vossberg Print | Query type: Director's pay | Details: Our two directors take a small "
     "salary and dividends. Do you issue the dividend warrants, or is that our accountant?"),
    ("legal", "benign", "sms",
     "verdict on the new dashboard: love it. one thing, can the totals go at the top?"),
    ("legal", "benign", "email",
     "Hi, just a general one for our handbook: what's the time limit for an employee to raise a claim "
     "about unpaid holiday pay? Not for any particular case, we just want the policy right. Thanks, Carys"),
    # ---- special_categories
    ("special_categories", "sensitive", "chat",
     "hi is it possible to move to the 6-2 shift for the next four weeks? fasting makes the afternoons "
     "really hard and i want to be home to open my fast with the family || Agent: Of course, I'll put in a "
     "temporary shift change request for Ramadan"),
    ("special_categories", "sensitive", "form",
     "Employee: Sabiha Chowdhury | Leave type: Annual leave | Dates: 16-17 June | Comment: Eid al-Adha, "
     "family coming down from Bradfield, first Eid with the new baby"),
    ("special_categories", "sensitive", "email",
     "Hello, I've just noticed my pension is in the default fund. As a practising Muslim I can't hold "
     "investments that earn interest. Is there a Shariah-compliant option I can switch to, and will it "
     "cost anything? Many thanks, Yusuf Malik"),
    ("special_categories", "sensitive", "sms",
     "hi, can i come off friday lates from october? once the clocks go back shabbat starts about 4 and i "
     "need to be home before. happy to do sundays instead - Eli"),
    ("special_categories", "sensitive", "note",
     "Employee (Upfield Garden Centre) asked to be taken off the automatic birthday email the portal "
     "sends. She's a Jehovah's Witness and doesn't celebrate birthdays, found it awkward being sent it in "
     "front of colleagues. Turned off for her record."),
    ("special_categories", "sensitive", "call",
     "Caller: I need the 31st off, is it too late to book? || Agent: Let me check your balance. || Caller: "
     "It's Diwali, we do the puja at home and my mum's cooking for thirty, I can't not be there. || Agent: "
     "You've got four days left, I'll send it to your manager now."),
    ("special_categories", "sensitive", "voicemail",
     "Hi, it's Gethin Morgan from Brantwood Print. I'm being confirmed at St Teilo's on Sunday morning and "
     "there's a lunch afterwards, so could you swap my Sunday shift to the Saturday? Sorry it's last "
     "minute. Thanks."),
    ("special_categories", "sensitive", "dm",
     "can i set up payroll giving for 10% of my net pay to Grace Chapel Fenby? our pastor says its simpler "
     "than standing orders and we tithe every month anyway"),
    ("special_categories", "sensitive", "review",
     "Rating: 5/5. \"Small thing but it mattered: they set my Friday hours so I can get to jummah at the "
     "mosque without losing pay.\" || Reply from Tallowfield: Thanks for saying so, we're glad it worked "
     "out."),
    ("special_categories", "sensitive", "email",
     "Hello, sorry my English is not so good. I am from Eritrea and this is my first job in UK. I don't "
     "understand the numbers on my payslip, what is NI and why it is taken? Please explain simple. Thank "
     "you, Semhar Tesfay"),
    ("special_categories", "sensitive", "call",
     "Caller: Dzien dobry, sorry, my English is not good for this. Can I have someone in Polish? || Agent: "
     "We have an interpreter line, I'll connect you now, please hold. || Caller: Dziekuje, thank you."),
    ("special_categories", "sensitive", "note",
     "Cust is from the Traveller community and the family moves between sites over the summer, so no fixed "
     "postal address for payslips. Set to electronic only and added a mobile for 2FA. Advised to keep us "
     "updated on address for HMRC."),
    ("special_categories", "sensitive", "form",
     "Employee: Ahmad Haddad | Document: Right to work | Status: Refugee status granted 2021 (came from "
     "Syria via Lebanon) | Query: My share code has expired, how do I get a new one before the check?"),
    ("special_categories", "sensitive", "chat",
     "my surname is wrong on every payslip, its Nguyen with the accent thing but your system drops it and "
     "then puts Nguyn || Agent: Sorry about that, I'll correct it || its a vietnamese name, my dad gets "
     "the same problem everywhere"),
    ("special_categories", "sensitive", "sms",
     "im the only black lad in the warehouse and i'm the only one whos never offered overtime. whos the "
     "right person to raise this with, not my supervisor"),
    ("special_categories", "sensitive", "voicemail",
     "Hello, my name is Milan Lakatos, I work in the cleaning team at Sentinel Guarding. My family is Roma "
     "from Slovakia, my cousin also wants work, do you do the checks for people from Slovakia still? "
     "Please call me back, 07700 900551."),
    ("special_categories", "sensitive", "dm",
     "Oes modd cael fy slip cyflog yn Gymraeg os gwelwch yn dda? Welsh is my first language and the "
     "pension letters are hard going in English."),
    ("special_categories", "sensitive", "review",
     "Rating: 5/5. \"My dad doesn't speak English, only Punjabi, and your agent Jas spoke to him in Punjabi "
     "to sort out his pension. He was over the moon.\" || Reply from Tallowfield: Thank you, we'll make "
     "sure Jas sees this."),
    ("special_categories", "sensitive", "email",
     "Hi, since I was elected to Fenby Town Council for the Green Party in May I need time off for council "
     "meetings, roughly two afternoons a month. My manager said to check with you how this is recorded. "
     "Thanks, Rowan Ellery"),
    ("special_categories", "sensitive", "chat",
     "I'm standing as the Labour candidate in the Northgate ward in May, can I take unpaid leave for "
     "canvassing the last three weeks? || Agent: I can raise that with your employer as an unpaid leave "
     "request || thanks"),
    ("special_categories", "sensitive", "note",
     "Employee asked whether she could have a monthly donation to the Liberal Democrats taken from "
     "payroll. Explained political donations can't be made via payroll giving. She was fine with setting "
     "it up herself."),
    ("special_categories", "sensitive", "sms",
     "need friday as a holiday pls, im on the coach to london for the anti-austerity march with the "
     "branch. back saturday"),
    ("special_categories", "sensitive", "form",
     "Declaration: Secondary employment | Employee: Nigel Hatch | Details: Paid part-time agent for the "
     "Wexley Conservative Association, approx 6 hours/week, evenings only"),
    ("special_categories", "sensitive", "voicemail",
     "Hi, Callum Reid here from Grindle Logistics. I'm branch organiser for the SNP in Kilbrae and "
     "conference is the same week as my holiday block, so I want to move my leave forward a week. Can you "
     "ring me? Cheers."),
    ("special_categories", "sensitive", "dm",
     "my manager saw me on the local news at the independence rally and now he's making comments every "
     "shift. is that something I can raise with you?"),
    ("special_categories", "sensitive", "review",
     "Rating: 4/5. \"Didn't bat an eyelid when I needed Mondays off for my shifts on the party's phone bank "
     "before the election.\" || Reply from Tallowfield: Thanks for the review!"),
    ("special_categories", "sensitive", "sms",
     "my union subs stopped coming out of my wages in april. can u put them back on, its the Allied Care "
     "Workers union, membership no on my card"),
    ("special_categories", "sensitive", "email",
     "Hi, I'm the union rep at the Wexley depot and I've been told facility time should show on my "
     "timesheet as paid duties, not unpaid leave. Last two months it's been wrong. Can you check? Thanks, "
     "Marcia Blake (Unite)"),
    ("special_categories", "sensitive", "chat",
     "i joined the union after the pay cut last month, if my subs come out through payroll can my manager "
     "see that || Agent: The deduction shows on your payslip and the employer's payroll report, so yes, "
     "the employer would see it || ok might pay them direct then"),
    ("special_categories", "sensitive", "note",
     "Cust says she's a Unison member and her rep told her the overtime cap breaches the collective "
     "agreement. Wants copies of her last 6 months' hours for the rep. Sent to her personal email as "
     "requested."),
    ("special_categories", "sensitive", "call",
     "Caller: I've got a disciplinary on Thursday and my union rep's coming with me. Can you send me my "
     "absence record before then? || Agent: Yes, I'll send it to your portal inbox today. || Caller: "
     "Thanks, he wants to go through it beforehand."),
    ("special_categories", "sensitive", "form",
     "Employee: Dean Carver | Query type: Deduction | Details: I was out on strike with the RMT on the "
     "12th and 13th and the deduction is three days not two. Please check."),
    ("special_categories", "sensitive", "voicemail",
     "Hello, it's Stella Osei, I'm branch secretary for the bakers' union at Ashcombe and the new payroll "
     "system has dropped my union leave for training. It's on my contract. Please ring me, 07700 900726."),
    ("special_categories", "sensitive", "dm",
     "can i pay my GMB dues through my salary instead of the direct debit? rep says some employers do "
     "check-off"),
    ("special_categories", "sensitive", "email",
     "Good morning, I'd like to nominate my husband, Daniel Achterberg, as the beneficiary on my pension. "
     "Our marriage certificate is attached. Please also update my next of kin to him. Thanks, Stephen "
     "Achterberg"),
    ("special_categories", "sensitive", "chat",
     "hiya need to add my wife as next of kin, we got married in june! || Agent: Congratulations! What's "
     "her name? || Chloe Anand, same surname as me now || Agent: Lovely, and just to confirm, are you Ms "
     "Priya Anand? || yes"),
    ("special_categories", "sensitive", "note",
     "Employee (Halcyon Lettings) asked that any letters mentioning his boyfriend as pension nominee go to "
     "his home email, not the office. He isn't out at work. Marked record for discreet contact."),
    ("special_categories", "sensitive", "sms",
     "pls change my surname to my wife's, we got married on saturday!! jess lowe now (was jess pardoe). "
     "marriage cert to follow"),
    ("special_categories", "sensitive", "form",
     "Employee: Thomas Whitlow | Change: Marital status | From: Single | To: Civil partnership | Partner: "
     "Marcus Delaney-Whitlow | Date of registration: 2 August"),
    ("special_categories", "sensitive", "call",
     "Caller: My wife's having our baby in the spring and I want to take shared parental leave. || Agent: "
     "Great, is your partner taking maternity leave? || Caller: Yes, she's the birth mum, I'm the other "
     "mum, if that makes sense. || Agent: Perfectly, you'd both be eligible, I'll send you the forms."),
    ("special_categories", "sensitive", "voicemail",
     "Hi, it's Ellis. Quick one, I put my ex-girlfriend down as next of kin and we've split up, I'm seeing "
     "a guy now and want him on instead, his name's Jordan Pike. Can you ring me back? Thanks."),
    ("special_categories", "sensitive", "dm",
     "i'm gay and not out at work, so please don't send anything about my husband's spouse pension to the "
     "shop address"),
    ("special_categories", "sensitive", "review",
     "Rating: 5/5. \"Finally the portal lets me put 'husband' for my partner without it bouncing back as an "
     "error. Took you long enough!\" || Reply from Tallowfield: Ha, fair! Thanks for your patience while we "
     "fixed it. - Owen"),
    ("special_categories", "sensitive", "note",
     "Cust says she's polyamorous and lives with two partners, wants them both as equal nominees on the "
     "expression of wish. Confirmed the form allows multiple nominees with percentages."),
    ("special_categories", "sensitive", "form",
     "Declaration: Secondary income | Employee: Kirsty Dale | Details: Self-employed income from my "
     "subscription page selling adult content, about £600/month. Do I need to tell HMRC or does my tax "
     "code cover it?"),
    ("special_categories", "sensitive", "dm",
     "my tax code went weird after i registered the escorting as self employed. is there something i "
     "should tell you?"),
    ("special_categories", "sensitive", "email",
     "Hi, I want to declare a second job as per my contract. I run paid rope and BDSM workshops at a "
     "private club in Wexley on some weekends. Nothing to do with my day job but I want it on record. "
     "Regards, Fergus"),
    ("special_categories", "sensitive", "sms",
     "cant do the 14th sorry, booked a swingers weekend in Cromersea ages ago lol. can someone else cover?"),
    ("special_categories", "sensitive", "chat",
     "can i start at 10 tmrw instead of 9? need to get the morning after pill before work, pharmacy opens "
     "9 || Agent: I'll put a one-hour late start request in for you"),
    ("special_categories", "sensitive", "email",
     "Hi, I'm starting my transition and from 1 March I'll be using the name Rebecca Lane and the title "
     "Ms. HR knows. Please can you change my payroll and pension records and make sure my old name doesn't "
     "appear on payslips? Thanks, Rebecca"),
    ("special_categories", "sensitive", "chat",
     "can my title be Mx? the drop-down only has mr/mrs/ms/miss || Agent: Yes, we can add Mx to your "
     "record || amazing thank you, I'm non-binary and the Mr on my payslip has been doing my head in"),
    ("special_categories", "sensitive", "form",
     "Employee: Jordan Adebayo | Request: Update HMRC gender and name | Details: I've received my Gender "
     "Recognition Certificate, please update my records to female. Copy available on request."),
    ("special_categories", "sensitive", "note",
     "Employee is a trans man; his deadname is still showing on the P60 even though we changed it last "
     "year. Corrected and reissued. Apologised. Raised a fix so year-end docs use the current name."),
    ("special_categories", "sensitive", "sms",
     "starting hrt next month and might need a couple of half days for the clinic. does that go as sick or "
     "leave? - Sam"),
    ("special_categories", "sensitive", "call",
     "Caller: I need to do a right to work check but my passport's in my old name, from before I "
     "transitioned. || Agent: That's fine, we can see both with a deed poll. || Caller: Okay, as long as "
     "the old one doesn't go on my file."),
    ("special_categories", "sensitive", "voicemail",
     "Hi, Lou at The Gatehouse. One of my team, Chris, is transitioning and wants to be called Christine "
     "on everything from Monday, payslips, rota, the lot. What do you need from us? Call me."),
    ("special_categories", "sensitive", "dm",
     "payslip still says Mr and im very much not a mr anymore. can you fix it before next month"),
    ("special_categories", "sensitive", "review",
     "Rating: 5/5. \"They changed my name and gender on everything without making me explain my transition "
     "five times. Quietly brilliant.\" || Reply from Tallowfield: Thank you, that's how it should always "
     "be."),
    ("special_categories", "sensitive", "email",
     "Hello, I tested positive for the BRCA2 gene in the spring and I've decided to have preventive "
     "surgery in September. How do I request the time off, and does it count towards sickness triggers? "
     "Regards, Helena Rourke"),
    ("special_categories", "sensitive", "chat",
     "does the death in service cover ask about genetic tests? my mum had huntingtons and I've had the "
     "test but not opened the result yet || Agent: That's a really personal question, I'll check the "
     "policy terms for you and come straight back"),
    ("special_categories", "sensitive", "note",
     "Employee asked to change the ethnicity field on her equality monitoring form after a DNA ancestry "
     "test came back mostly Nigerian and Irish. Updated as requested."),
    ("special_categories", "sensitive", "form",
     "Employee: Owen Tranter | Leave type: Unpaid | Dates: 3 appointments in May | Reason: Genetic "
     "counselling, my wife and I are both cystic fibrosis carriers"),
    ("special_categories", "sensitive", "sms",
     "dna test came back, the baby is mine. so can i have paternity leave now? i wasnt sure before"),
    ("special_categories", "sensitive", "voicemail",
     "Hello, it's Carol Bright. I've had genetic test results showing I've got Lynch syndrome, and I'll "
     "need regular screening. I want to know if these appointments can be paid time off. Thanks."),
    ("special_categories", "sensitive", "email",
     "To the payroll team: I don't consent to my fingerprint being stored for the new clock-in machine at "
     "Lakeside Motors. I'd like to use a card instead and have my fingerprint template deleted. Regards, "
     "Martin Kew"),
    ("special_categories", "sensitive", "chat",
     "the selfie thing for the right to work check keeps failing, it says my face doesn't match my "
     "passport || Agent: Sorry, that sometimes happens with lighting. I can do a manual check instead if "
     "you'd prefer"),
    ("special_categories", "sensitive", "note",
     "Cust asked us to delete her voiceprint from the helpline voice ID. She didn't realise she'd "
     "enrolled. Deleted, confirmation email sent."),
    ("special_categories", "sensitive", "form",
     "Employee: Tariq Bello | Request: Re-enrol fingerprints on clock | Details: Burnt my right hand in "
     "the kitchen and the scanner won't read it, please re-enrol using my left"),
    ("special_categories", "sensitive", "dm",
     "did you keep the face scan from the ID app when I started? I want it deleted"),
    ("special_categories", "sensitive", "sms",
     "palm scanner at the depot wont read my hand again, been clocked in late 3x this week. can it be "
     "re-scanned?"),
    ("special_categories", "benign", "email",
     "Hello, this is the parish office at St Barnabas, Fenby. We run payroll for our verger and organist "
     "through you. The organist's hours go up in December for the extra services. Can you add 10 hours to "
     "her December pay? Best wishes, Wendy, Parish Administrator"),
    ("special_categories", "benign", "sms",
     "is the christmas bonus going in the nov or dec run? staff keep asking me"),
    ("special_categories", "benign", "chat",
     "easter monday - do part-timers who don't normally work mondays get anything? general question for "
     "our policy || Agent: It depends on your contracts, but with pro-rata holiday they're usually not "
     "disadvantaged. I'll send the guidance"),
    ("special_categories", "benign", "form",
     "Employer: Al-Noor Community Trust | Query type: New employee | Details: Caretaker for the community "
     "centre, 20 hours/week, start 1 October. Starter form attached."),
    ("special_categories", "benign", "dm",
     "Christian Baptiste's payslip shows the wrong department - he moved to accounts in March"),
    ("special_categories", "benign", "note",
     "Address update: employee moved to 7 Temple Street, Wexley. Payslip delivery electronic anyway, HMRC "
     "notified on next FPS."),
    ("special_categories", "benign", "voicemail",
     "Hi, it's Marnie at Kestrel Lane Dental. Is the cut-off earlier with Good Friday falling where it "
     "does? We want everyone paid before the long weekend."),
    ("special_categories", "benign", "call",
     "Caller: It's Benny from Feldman's Kosher Deli, we've got three new counter staff starting Monday. || "
     "Agent: Great, have they got P45s? || Caller: Two have, one's a student. || Agent: I'll send the "
     "starter checklist."),
    ("special_categories", "benign", "review",
     "Rating: 5/5. \"Your year-end guide is my bible. Printed and on the wall.\" || Reply from Tallowfield: "
     "Ha, thanks!"),
    ("special_categories", "benign", "sms",
     "fingers crossed and praying the bacs goes through before 5 lol. can u confirm its left"),
    ("special_categories", "benign", "chat",
     "is there a native app for android or just the website? || Agent: There's an Android app, search "
     "Tallowfield Payslips || found it thanks"),
    ("special_categories", "benign", "email",
     "Hi, we're opening a small French subsidiary next year. Can Tallowfield run payroll there too, or "
     "only in the UK? Regards, Simon Fairlie, Marrowby Vets"),
    ("special_categories", "benign", "form",
     "Employer: Brantwood Print | Query type: Starter form | Details: Do we legally need to collect "
     "nationality on the starter form, or just the right-to-work check? Reviewing what data we hold."),
    ("special_categories", "benign", "note",
     "Client Lakeside Motors wants a Black Friday premium for sales staff working 7am-10pm that day. Set "
     "as one-off pay element BF24."),
    ("special_categories", "benign", "sms",
     "is there an english version of the payslip? mine came through with all the headings in welsh"),
    ("special_categories", "benign", "dm",
     "your export has a race condition I think - two clicks on \"download\" gives two different totals"),
    ("special_categories", "benign", "voicemail",
     "Hi, it's Raj at Bombay Spice Kitchen, we're a new client. We need to add our tronc for the waiting "
     "staff, who do I speak to? Thanks."),
    ("special_categories", "benign", "email",
     "Hello, we've translated our staff handbook into Polish and Romanian for our warehouse teams. Can the "
     "portal host both versions as attachments? Thanks, Tony, Grindle Logistics"),
    ("special_categories", "benign", "chat",
     "what does \"election\" mean on the pension letter? do i need to vote on something? || Agent: No "
     "voting! It just means you're choosing to opt in || ohh ok"),
    ("special_categories", "benign", "form",
     "Employer: Halloran Scaffolding | Query type: Reports | Details: Need a labour costs report by site "
     "for the last quarter, split by overtime and basic"),
    ("special_categories", "benign", "note",
     "Cash flow forecast for Vossberg: gave a conservative estimate of employer NI for next year (+6%). "
     "Client happy."),
    ("special_categories", "benign", "sms",
     "christmas party is on the 15th so pls no one schedule the pay run approval that afternoon haha"),
    ("special_categories", "benign", "call",
     "Caller: Hi, I'm office manager at the Fenby constituency office. Two new caseworkers start next "
     "month. || Agent: Lovely, same monthly pattern as the others? || Caller: Yes please."),
    ("special_categories", "benign", "email",
     "We're launching a green travel scheme (bus passes via salary sacrifice). Can you set up a new "
     "deduction for it from June? Cheers, Ellen, Halcyon Lettings"),
    ("special_categories", "benign", "dm",
     "feel free to be liberal with the notes field on my timesheet, I don't mind"),
    ("special_categories", "benign", "form",
     "Employer: Upfield Garden Centre | Query type: Policy | Details: If one of our staff became a local "
     "councillor, would we have to give them time off? Asking generally for the handbook."),
    ("special_categories", "benign", "chat",
     "the team voted for fortnightly pay, can we switch from july? || Agent: Yes, we'll need a short "
     "transition run || ok whats involved"),
    ("special_categories", "benign", "email",
     "Hi, we're the Wexley branch of the Allied Care Workers' Union and we'd like to order 500 printed "
     "payslip envelopes and a year's supply of P45 stationery for our branch office staff. Can you quote? "
     "Regards, Branch Treasurer"),
    ("special_categories", "benign", "note",
     "Credit union deduction set up for two Sandmere staff at £40/month. Payee: Fenby & District Credit "
     "Union."),
    ("special_categories", "benign", "sms",
     "new address is 42 Union Street, Wexley WX3 4DN. effective now"),
    ("special_categories", "benign", "review",
     "Rating: 4/5. \"As a member of the workplace pension I like the new statements a lot.\" || Reply from "
     "Tallowfield: Thanks, glad they're clearer!"),
    ("special_categories", "benign", "chat",
     "why is my overtime shown with a strike-through on the payslip? || Agent: That's a reversed entry "
     "from last month, the correct one is the line below || oh right"),
    ("special_categories", "benign", "form",
     "Employer: Union Jack Flags Ltd | Query type: Pay date | Details: Coronation-style rush on orders, "
     "need a supplementary run on the 10th for temps"),
    ("special_categories", "benign", "voicemail",
     "Hello, Pam at Cobblers Row. We're thinking of offering trade union check-off for staff. How does it "
     "work from our side as the employer? Just information for now. Thanks."),
    ("special_categories", "benign", "email",
     "Hi, the staff collective at Sunbeam Activities chose Friday as payday. Can we move from the 28th to "
     "the last Friday? Best, Steph"),
    ("special_categories", "benign", "call",
     "Caller: Hi, it's the practice manager at Hatherley & Voss, the partners' drawings don't go through "
     "payroll, do they? || Agent: No, partners aren't employees, only your staff. || Caller: That's what I "
     "thought."),
    ("special_categories", "benign", "dm",
     "my business partner Jamal needs access to approve pay runs when I'm away, can you set him up?"),
    ("special_categories", "benign", "review",
     "Rating: 5/5. \"Proud winners of the Pride of Fenby Small Business award, and Tallowfield kept our "
     "payroll ticking all year.\" || Reply from Tallowfield: Congratulations!"),
    ("special_categories", "benign", "sms",
     "can i get a straight answer on whether i get paid for the training day? two people said two things"),
    ("special_categories", "benign", "note",
     "New client: Rainbow Taxis Ltd, 6 office and dispatch staff on PAYE, drivers self-employed. First run "
     "25th."),
    ("special_categories", "benign", "form",
     "Employer: Fairbridge Care Homes | Query type: Policy | Details: Do pension death benefits treat a "
     "same-sex spouse exactly the same as any other spouse? Want to state it clearly in our benefits "
     "booklet."),
    ("special_categories", "benign", "email",
     "Hi, I got married last month, my new surname is Okoro. Marriage certificate attached. Please update "
     "my payroll and pension. Thanks, Grace Okoro (formerly Whelan)"),
    ("special_categories", "benign", "chat",
     "when is the new payroll coming out of test mode? || Agent: It goes live on the 1st || perfect"),
    ("special_categories", "benign", "voicemail",
     "Hi, it's Karen from Sextant Marine in Middlesex Road, Wexley. Our yard manager's overtime didn't go "
     "in. Can you ring me? Thanks."),
    ("special_categories", "benign", "email",
     "Morning, we've moved office from Essex to Sussex. New address for correspondence below, PAYE "
     "reference unchanged. Regards, Pete, Brightwell Services"),
    ("special_categories", "benign", "dm",
     "the new dashboard is very sexy, whoever designed it deserves a pay rise"),
    ("special_categories", "benign", "form",
     "Employer: Quayside Books | Query type: Starter form | Details: Why does the starter form ask for "
     "sex? Is it a legal requirement? We want to explain it to new staff."),
    ("special_categories", "benign", "note",
     "Client Barrow Chambers: senior clerk has intimate knowledge of the old payroll, arranged a handover "
     "call before she retires."),
    ("special_categories", "benign", "sms",
     "all our staff are on the adult rate now, can the youth rate element be removed from the template?"),
    ("special_categories", "benign", "call",
     "Caller: We want some sexual harassment awareness training for our managers, do you do that? || "
     "Agent: Our HR team runs a session for clients, I'll send the dates. || Caller: Great, four managers."),
    ("special_categories", "benign", "chat",
     "hi the pension transfer form - do i sign page 3 or page 4? || Agent: Page 4, the declaration || thx"),
    ("special_categories", "benign", "form",
     "Employer: Trans-Pennine Haulage Ltd | Query type: Drivers' subsistence | Details: Overnight "
     "allowance rate for long-haul drivers, can you set it at £31 per night?"),
    ("special_categories", "benign", "email",
     "Hello, could the title drop-down on the portal include Mx and Dr? We'd like to offer more options to "
     "all staff. General request, no one in particular. Thanks, HR, Vossberg Print"),
    ("special_categories", "benign", "note",
     "Gender pay gap snapshot for Sandmere Care (250+ staff): report drafted, median gap 3.1%. Sent to "
     "client for sign-off before publishing."),
    ("special_categories", "benign", "review",
     "Rating: 4/5. \"Transition to the new software was smooth, but more training would've helped.\" || "
     "Reply from Tallowfield: Thanks, we're adding extra webinars."),
    ("special_categories", "benign", "sms",
     "identity verification link for the portal has expired, can you resend? ta"),
    ("special_categories", "benign", "dm",
     "feature request: a pronouns field in the portal profile, optional. a few of our team have asked for "
     "it in general"),
    ("special_categories", "benign", "call",
     "Caller: It's Linda at Helix Genetics Lab, we've got two new lab techs. || Agent: Great, monthly "
     "payroll? || Caller: Yes, and one of them has a student loan."),
    ("special_categories", "benign", "email",
     "Hi, quick one, we're writing our values. \"Paying people right is in the DNA of our company\" - can we "
     "mention our payroll partner by name in that doc? Best, Tom Hargreaves"),
    ("special_categories", "benign", "chat",
     "i inherited a real mess from the last bookkeeper, half the starters have no tax code || Agent: No "
     "worries, we can do a cleanup. Can you send the list? || sending now"),
    ("special_categories", "benign", "voicemail",
     "Hi, it's Gene Maddox at Harlow Garage, can I get my P60 resent? I've moved and the old one went to "
     "the old place."),
    ("special_categories", "benign", "sms",
     "payroll's in my genes, mum was a bookkeeper 30 yrs. still cant work out this BIK form though, help"),
    ("special_categories", "benign", "note",
     "Client asked us to clone last month's pay run for the supplementary. Done, amounts zeroed, ready for "
     "input."),
    ("special_categories", "benign", "form",
     "Employer: Kestrel Lane Dental | Query type: IT security | Details: Our IT firm wants the certificate "
     "fingerprint for the BACS link. Where do we find it?"),
    ("special_categories", "benign", "chat",
     "does the app support face id login yet? typing my password on the bus is a pain || Agent: It's "
     "coming in the next update, should be this month || nice"),
    ("special_categories", "benign", "email",
     "Hello, we're considering a new clock-in system. Does Tallowfield's time module store any biometric "
     "data, or is it card and PIN only? We're just comparing options. Regards, Mo, Vossberg Print"),
    ("special_categories", "benign", "dm",
     "thumbs up from me on the new leave calendar, saves so much chasing"),
    ("special_categories", "benign", "sms",
     "iris campbells holiday balance is showing 0, she hasnt taken any yet. can u check"),
    ("special_categories", "benign", "review",
     "Rating: 3/5. \"The voice menu on your helpline is too long, I pressed 5 options before getting a "
     "person.\" || Reply from Tallowfield: Thanks for the feedback, we're simplifying it next month."),
    ("special_categories", "benign", "note",
     "New client: Palm Court Hotel, 32 staff incl. seasonal. Weekly and monthly payrolls. Tronc scheme in "
     "place, troncmaster details held."),
    # ---- bereavement
    ("bereavement", "sensitive", "email",
     "Hello, I'm writing on behalf of my father, Ken Albright, who worked at Hargreaves Timber. He died on "
     "Tuesday after a short illness. The company told me to contact you about his last wages and holiday "
     "pay. I have the death certificate if you need it. Regards, Joanne Albright"),
    ("bereavement", "sensitive", "call",
     "Caller: My husband was a member of your workplace pension, he passed away three weeks ago. || Agent: "
     "I'm so sorry for your loss. I can help with the death-in-service claim. || Caller: Thank you, I "
     "didn't know where to start. || Agent: We'll go at your pace, can I take his name and date of birth?"),
    ("bereavement", "sensitive", "sms",
     "mum passed last night. wont be in this wk, can u put compassionate leave on. will ring monday - Shaz"),
    ("bereavement", "sensitive", "note",
     "Employer (Lakeside Motors) notified death of employee Roy Pendle on 12/03. Payroll stopped, final "
     "pay calculated to date of death, P45 to be issued marked deceased and sent to the next of kin."),
    ("bereavement", "sensitive", "chat",
     "Hi, our daughter was stillborn at 26 weeks last Thursday. My manager said to ask you what leave I'm "
     "entitled to as her dad. || Agent: I'm so sorry. You're entitled to parental bereavement leave, and "
     "I'll explain pay gently and step by step."),
    ("bereavement", "sensitive", "form",
     "Employee: Gavin Moss | Absence type: Compassionate leave | Dates: 4-6 April | Reason: Funeral of my "
     "brother in Belfast, travelling over on the 3rd"),
    ("bereavement", "sensitive", "voicemail",
     "Hello, it's Maureen Kidby. My husband Les worked for you - well, for Fenby Leisure Pool, through "
     "you. He passed away on Sunday. I've had a payslip come through the door with his name on it and I "
     "just don't know who I should tell. My number is 07700 900339."),
    ("bereavement", "sensitive", "dm",
     "does bereavement leave cover grandparents? my nan died on thursday and my manager says it's only for "
     "close family. she brought me up"),
    ("bereavement", "sensitive", "review",
     "Rating: 5/5. \"After my wife died I couldn't face the paperwork. One person at Tallowfield dealt with "
     "the pension and the final pay and never made me repeat myself.\" || Reply from Tallowfield: Thank "
     "you. We're so sorry for your loss."),
    ("bereavement", "sensitive", "email",
     "Dear Sir/Madam, I am executor of the estate of the late Agnes Pryor (employee of Cobblers Row "
     "Hardware until her death on 2 February). Please send a P60 or final statement of pay and tax to the "
     "address below for the estate tax return. Yours faithfully, H. Pryor"),
    ("bereavement", "sensitive", "chat",
     "my partner died in january, we were together 20 years but never married. am i still down as the "
     "beneficiary on his pension? || Agent: I'm very sorry. It depends on his nomination form, I'll check "
     "with the scheme trustees."),
    ("bereavement", "sensitive", "note",
     "Cust's son was killed in a car crash in May. She's going back to Upfield Garden Centre on the 1st "
     "and asked for reduced hours for four weeks. Logged as temporary change, client HR informed with her "
     "consent."),
    ("bereavement", "sensitive", "sms",
     "sorry for the slow reply, we buried dad on friday. will look at the contract change next week"),
    ("bereavement", "sensitive", "call",
     "Caller: It's Elaine at Ashcombe Bakery. Our owner, Derek, died suddenly at the weekend. || Agent: "
     "I'm so sorry. || Caller: He was the only one who signed off the payroll. Who can approve Friday's "
     "wages now? || Agent: Let's sort out an authorised contact today so no one misses their pay."),
    ("bereavement", "sensitive", "form",
     "Member: Pradeep Shah | Request: Update expression of wish | Details: Following the death of my wife, "
     "Meera, in October, please remove her and name my sister as beneficiary"),
    ("bereavement", "benign", "chat",
     "the app is dead again, just a white screen || Agent: Sorry about that, we're restarting the server "
     "now || ok back up thx"),
    ("bereavement", "benign", "email",
     "Quick reminder from us at Brantwood: the RTI deadline is the 19th and we're off on the 18th. Can you "
     "run payroll a day early? Thanks, Ellie"),
    ("bereavement", "benign", "note",
     "Client Marrowby Vets migrated off the legacy payroll system, old system finally laid to rest. All "
     "history imported, checked YTD figures against final P32."),
    ("bereavement", "benign", "voicemail",
     "Hi, Sue here from Hollybush Farm Shop. General question, do we have to offer death-in-service cover, "
     "or is it just a nice-to-have? We're reviewing benefits. Bye."),
    ("bereavement", "benign", "form",
     "Employer: Cartwright & Bell Estate Agents | Query type: Commission | Details: Sales negotiators' "
     "commission for Q2 attached. Please pay in the June run."),
    ("bereavement", "benign", "call",
     "Caller: It's Hugh at Stillwater Funeral Directors, we've got two new bearers starting on zero hours. "
     "|| Agent: Lovely, are they on our starter form? || Caller: Yes, I'll send them today."),
    ("bereavement", "benign", "email",
     "Hi, our staff training day has moved to Fenby Memorial Hall. Can the mileage rate for that day go on "
     "the June expenses? Thanks, Ravi, Quayside Books"),
    ("bereavement", "benign", "sms",
     "last pay run of the tax year done! thanks for the help getting the bonuses in"),
    ("bereavement", "benign", "dm",
     "the pension guide link on your site is dead, goes to a 404"),
    ("bereavement", "benign", "review",
     "Rating: 4/5. \"RIP my inbox during year-end, but everything was correct.\" || Reply from Tallowfield: "
     "Ha, we'll try to send fewer emails next year!"),
    ("bereavement", "benign", "chat",
     "sorry my phone battery died while we were on the call. can you send me what you said about the P11D? "
     "|| Agent: No problem, emailing it over now"),
    ("bereavement", "benign", "form",
     "Employer: Fairbridge Care Homes | Query type: Policy template | Details: Do you have a bereavement "
     "leave policy template we can adapt? We don't have one at the moment."),
    ("bereavement", "benign", "note",
     "Night staff at Sandmere Care asking about a graveyard shift premium. Client confirmed £1.20/hr from "
     "May. Pay element NIGHT2 set up."),
    ("bereavement", "benign", "email",
     "Good news, the full payment submission passed validation this time. Thanks for spotting the NI "
     "category error yesterday. Best, Tom Hargreaves"),
    ("bereavement", "benign", "voicemail",
     "Hi, it's Fran at Halcyon Lettings. We'd like to add a will-writing service as a staff perk. Would "
     "that be a taxable benefit? Call me back when you can."),
    # ---- violence_self_harm
    ("violence_self_harm", "sensitive", "email",
     "Please can you change the bank account my wages go into from this month, and stop posting anything "
     "to 22 Orchard Rise. I've left my husband. He controls all the money and he opens my post, so he "
     "mustn't find out where I'm paid now. Only contact me on this email. Thank you. (name withheld - "
     "employee no. 50391)"),
    ("violence_self_harm", "sensitive", "chat",
     "my overtime is wrong AGAIN || Agent: I'm sorry, let me look into it now || honestly dont know why i "
     "bother. been thinking everyone would be better off if i wasnt here || Agent: I'm really glad you "
     "told me. Are you safe right now? I'd like to give you a number where someone can talk to you today."),
    ("violence_self_harm", "sensitive", "sms",
     "need to talk to someone not my manager. the shift supervisor keeps texting me at night and grabbed "
     "me in the stockroom on tues. i dont know who to tell"),
    ("violence_self_harm", "sensitive", "note",
     "During a call about her absence record, employee mentioned she'd \"been cutting again\" and that's why "
     "she was off on Monday. Followed wellbeing procedure, gave crisis line details, she agreed to us "
     "letting her GP know. Flagged for welfare callback."),
    ("violence_self_harm", "sensitive", "call",
     "Caller: My ex has found out where I work and he's been waiting outside. || Agent: That sounds "
     "frightening, are you safe now? || Caller: Yeah, I'm inside. Can you take my full name off the rota "
     "that goes on the staff noticeboard? || Agent: Yes, I'll contact your employer straight away."),
    ("violence_self_harm", "sensitive", "form",
     "Employee: Lamar Whitfield | Employer: Fenby Leisure Pool | Query type: Sick pay | Details: I was "
     "punched by a customer on the reception desk on the 6th and fractured my wrist. Will I get full pay "
     "or just SSP?"),
    ("violence_self_harm", "sensitive", "voicemail",
     "Hi, it's Lou from The Gatehouse. One of my waitresses has had threats from her ex-partner, he's "
     "turned up at the pub twice and said he'd hurt her. We want to change her shift times and make sure "
     "nothing about her goes out by post. Can you call me on 07700 900208?"),
    ("violence_self_harm", "sensitive", "dm",
     "my dad hits my mum and she's scared to ring you in case he hears. can her payslips go to my email "
     "instead? she works at Sandmere Care, I'll get her to confirm"),
    ("violence_self_harm", "sensitive", "review",
     "Rating: 5/5. \"I rang about my pay and my partner was standing over me. The agent worked out I "
     "couldn't talk freely and asked yes/no questions so I could get help. I'm somewhere safe now.\" || "
     "Reply from Tallowfield: Thank you for trusting us. We're so glad you're safe."),
    ("violence_self_harm", "sensitive", "email",
     "Hi, someone at work has got hold of my mobile number, I think from the payroll contact list, and "
     "I've been getting messages saying I'll regret reporting him. Please remove my number from anything "
     "other staff can see. Regards, Dina Castellano"),
    ("violence_self_harm", "sensitive", "chat",
     "Hi I need to change my emergency contact urgently || Agent: Of course. Is everything alright? || a "
     "lad pulled a knife on me at the petrol station last night and i'm not going back on nights. dont "
     "want my brother called, put my aunt instead"),
    ("violence_self_harm", "sensitive", "note",
     "Caller rang about P60, became very upset, said \"there's no point, I'm going to end it tonight\". Kept "
     "on the line, called emergency services with his consent, stayed on until they arrived. Escalated to "
     "team lead."),
    ("violence_self_harm", "sensitive", "sms",
     "he said if i go to HR hell burn my car. can i report it to you instead? i dont trust anyone there"),
    ("violence_self_harm", "sensitive", "call",
     "Caller: My wages go into a joint account and my partner takes all of it, I get twenty quid a week. "
     "|| Agent: That's not okay, and you can have your pay go to your own account. || Caller: He can't see "
     "it though? || Agent: No, we'll mark your record confidential."),
    ("violence_self_harm", "sensitive", "form",
     "Name: withheld | Request: Change address and bank | Reason: I'm in a refuge after fleeing domestic "
     "violence, please don't send anything to my previous address or tell my employer where I am"),
    ("violence_self_harm", "benign", "chat",
     "how do i kill the export once its started? sent the wrong month || Agent: Hit cancel on the progress "
     "bar, or close the tab and it'll stop || done ta"),
    ("violence_self_harm", "benign", "sms",
     "this new tax code is killing me, can someone explain why its K-something??"),
    ("violence_self_harm", "benign", "email",
     "Hi, just shoot me an email when the April pay run is ready to approve, I'm out on site most of the "
     "week. Thanks, Dan Halloran, Halloran Scaffolding"),
    ("violence_self_harm", "benign", "form",
     "Employer: Lakeside Motors | Query type: Bonus | Details: Sales team smashed their targets this "
     "quarter. £250 each to the 5 names attached in the June run please."),
    ("violence_self_harm", "benign", "dm",
     "sorry to keep harassing you but any news on my holiday pay query? it's been a week"),
    ("violence_self_harm", "benign", "note",
     "New client: Sentinel Guarding Ltd, 40 security officers on rotating shifts. Weekly pay, SIA licence "
     "numbers held by client not us."),
    ("violence_self_harm", "benign", "voicemail",
     "Hi, it's Sensei Tom from Iron Crane Martial Arts. We've got two coaches moving onto PAYE. What do "
     "you need from them? Ring me back, cheers."),
    ("violence_self_harm", "benign", "chat",
     "been having a fight with the portal all morning, it won't accept my bank sort code || Agent: Sorry! "
     "Are you entering it with dashes? || yes || Agent: Try without, that should do it"),
    ("violence_self_harm", "benign", "email",
     "Hello, does Tallowfield have an anti-harassment and bullying policy template for small employers? We "
     "need to update ours. Thanks, Pam Orme, Cobblers Row Hardware"),
    ("violence_self_harm", "benign", "call",
     "Caller: The portal's locked me out, it says suspected abuse of login attempts. || Agent: That "
     "happens after five wrong passwords, I'll unlock it. || Caller: I just kept mistyping, honestly."),
    ("violence_self_harm", "benign", "review",
     "Rating: 2/5. \"I could scream - third time my address has been wrong on my P60.\" || Reply from "
     "Tallowfield: Sorry, we've fixed it and added a check so it doesn't happen again."),
    ("violence_self_harm", "benign", "sms",
     "hit submit twice by mistake, have i paid everyone double?? pls check before the bank file goes"),
    ("violence_self_harm", "benign", "note",
     "Client Vossberg Print looking at cutting payroll costs, discussed moving to fortnightly. Sent "
     "comparison. No decision yet."),
    ("violence_self_harm", "benign", "dm",
     "your new onboarding process knocked it out of the park. five starters, zero chasing"),
    ("violence_self_harm", "benign", "form",
     "Employer: Grindle Logistics | Query type: Letter from HMRC | Details: We got a scary-sounding letter "
     "about a PAYE underpayment. Can you check if it's right before we pay?"),
]


def scree_examples() -> list[dict]:
    """The scree split as labelled tickets (same shape as ``sensitive_eval.build_eval_set``'s)."""
    return stranger_examples("scree", ENTRIES, SUBJECTS)
