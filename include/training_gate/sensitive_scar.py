"""scar split: written by a helper who had not seen the detection rules, the anchors or any other split.
Setting: Scarfield Credit Union, an invented credit union with savings accounts, small loans, a Christmas club,
junior savers, payroll deductions through employers and unions, and a banking app with fingerprint and face login;
registers are agent_note, call, chat, dm, email, letter, review, sms, voicemail, web_form.
The benign half borrows the product names (Christmas club, Junior Saver, Handy Loan), organisations acting as
organisations (mosque, church, union office, PTA, Pride committee, law centre, hospice), general policy questions
about biometric login, sharia-compliant products and union payroll schemes, idioms ("my phone died", "killing me",
"child's play", "in the DNA"), film and event titles, and routine payment trouble.
70 sensitive and 70 benign tickets for special categories, 50 and 50 for children, 20 and 20 for financial hardship,
15 and 15 for health, legal, bereavement and violence and self-harm.
First reading (policy 2026.11.19, before any change made in response to it; `sensitive_eval.evaluate`, as `make
eval-sensitive`): 98.0 / 4.0 recall / false exclusion in % as shipped, 98.0 / 9.0 without the overruling, 93.5 / 7.0
by the rules alone. Then read while tuning the rules of 2026.11.20 (after it, 97.5 / 3.5
by the rules alone) and trained on by the classifier."""

from __future__ import annotations

from training_gate.sensitive_blind import stranger_examples

SUBJECTS: tuple[str, ...] = (
    "Question about my account",
    "Christmas club payout",
    "Junior Saver enquiry",
    "Handy Loan application",
    "Loan repayment query",
    "Payroll deduction change",
    "App login problem",
    "Fingerprint and face login",
    "Branch appointment",
    "Change of personal details",
    "Card declined or charged twice",
    "Statement request",
    "Community room booking",
    "Feedback on our service",
)

ENTRIES: list[tuple[str, str, str, str]] = [
    # ---- health / sensitive
    ("health", "sensitive", "email",
        "Hi, I've been off since March with a slipped disc and I'm only on statutory sick pay, so my "
        "payroll saver from the council has stopped by itself. When I'm back at work in a few weeks can "
        "I restart it at £10 a month instead of £40? Thanks, Derek Allott || Agent: Hi Derek, sorry to "
        "hear you've been off. Yes, just let us know your return date and we'll restart it at £10. || "
        "Customer: Cheers, should be the 14th if the physio signs me off."),
    ("health", "sensitive", "chat",
        "Customer: hi can i switch my login back to the passcode || Agent: Of course! Can I ask if "
        "something's not working with fingerprint login? || Customer: my hands shake too much since the "
        "parkinsons diagnosis, it never reads properly, takes me 6 goes || Agent: Sorry to hear that. Go "
        "to Settings > Security > Login method and pick the 6-digit passcode, and you're done."),
    ("health", "sensitive", "agent_note",
        "Member rang re Christmas club early withdrawal. States she's booked in at Ridgeway General for "
        "a hysterectomy on 4 Nov and wants the funds now to cover bills while she's off. Early release "
        "approved, fee waived, TL signed off. KP"),
    ("health", "sensitive", "voicemail",
        "Hiya, it's Lorraine Beck, member number four double-oh one seven. I was meant to come into "
        "Millbeck Thursday to sign the loan papers but I've come down with shingles and the doctor says "
        "stay in, it's catching. Can someone ring me back on 07700 900412 to sort another way? Ta."),
    ("health", "sensitive", "web_form",
        "Name: Ravi Chandran | Member no: 22871 | Request type: Accessibility | Details: I'm registered "
        "blind and the loan calculator on the app doesn't read out with VoiceOver. Please can I have "
        "statements in large print or as an audio file from now on."),
    ("health", "sensitive", "sms",
        "Cant make the 2pm at High St tmrw, theyve moved my chemo to tues and I'll be wiped out weds "
        "too. Can we do fri? Sandra H || Agent: No problem Sandra, Friday 11am at High St is free. Take "
        "care of yourself. || Customer: Perfect thank u x"),
    ("health", "sensitive", "call",
        "Agent: Scarfield Credit Union, Priya speaking. || Customer: Hi, I need to sort my loan payments "
        "for the next couple of months. It's not a money thing. I'm going into the mental health unit at "
        "St Anne's for a few weeks and I don't want the direct debit bouncing if my partner can't get "
        "into the account. || Agent: Thank you for telling me. We can set up a third-party mandate so "
        "your partner can manage it, would that help? || Customer: Yeah, that'd be a weight off."),
    ("health", "sensitive", "email",
        "Hello, we're expecting our first in January (I'm 22 weeks on Friday) and I'd like to start a "
        "regular saver to top up my maternity pay. Is the Easy Saver best or is there something with a "
        "fixed date? Kind regards, Hannah Moss"),
    ("health", "sensitive", "chat",
        "ok so face login keeps failing since the accident, half my face is still bandaged up lol. can i "
        "just use pin for a few weeks and then switch back?? dont want to get locked out again"),
    ("health", "sensitive", "review",
        "3 stars. The staff at Tollgate Road were really kind when I came in straight from dialysis and "
        "had to sit down for ten minutes, they brought me water. But the app logs me out every time I "
        "switch screens which is maddening."),
    ("health", "sensitive", "dm",
        "@ScarfieldCU hi, my dad's got Alzheimer's and I've got lasting power of attorney for his health "
        "and money now. How do I get it registered on his savings so I can pay his care home? Can't face "
        "another 40 min hold"),
    ("health", "sensitive", "agent_note",
        "Cust is profoundly deaf. Prefers contact by text/email only, please don't ring. BSL interpreter "
        "booked for loan appt 12/03 at High St. Flag added to profile."),
    ("health", "sensitive", "email",
        "I was diagnosed with ADHD last year and honestly I'm rubbish with admin, I forget to move money "
        "over every single month. Is there a way to have £50 swept into my Easy Saver automatically the "
        "day I get paid? || Agent: Absolutely. We can set up an automatic sweep on your payday. Which "
        "date are you paid? || Customer: last working day of the month. You're a lifesaver"),
    ("health", "sensitive", "call",
        "Customer: It's about the payroll deduction, I've dropped to three days a week at the depot. || "
        "Agent: No problem, I can reduce it for you. What would you like it to be? || Customer: Half of "
        "what it was, please. Since the stroke I can't manage full shifts, my left side's still weak. || "
        "Agent: Understood, I'll change it to £15 from the next payroll."),
    ("health", "sensitive", "chat",
        "Hello, I write for my husband account. He had the heart operation last week and still he is in "
        "hospital, he cannot come to branch for the signature. What we can do? He is member 31190."),
    # ---- health / benign
    ("health", "benign", "email",
        "Hi there, does Scarfield do loans for things like dental work or new glasses, or is it only "
        "cars and home improvements? Just looking at what's out there before next year. Cheers, Mo || "
        "Agent: Hi Mo, the Handy Loan can be used for almost anything personal, including dental work or "
        "glasses. || Customer: Great, I'll have a look at the calculator."),
    ("health", "benign", "chat",
        "Customer: the new app is sick btw, way better than the old one || Agent: Ha, thank you! We'll "
        "pass that on to the team. || Customer: only thing is the balance font is a bit small on my "
        "phone, any way to make it bigger? || Agent: Yes, it follows your phone's text size setting, so "
        "bump that up and the app will too."),
    ("health", "benign", "agent_note",
        "Caller putting together an accessibility guide for the Greenbank Residents' Association. Asked "
        "if our branches have step-free access and hearing loops. Confirmed both at High St and Tollgate "
        "Rd; Millbeck loop being fitted June."),
    ("health", "benign", "email",
        "Good afternoon, I run payroll at Ridgeway General Hospital. We'd like to offer Scarfield "
        "payroll deductions to our porters and catering staff from April. Could you send the employer "
        "pack and the deduction file format? Regards, Angela Pike, Payroll Manager"),
    ("health", "benign", "sms",
        "My phone died halfway through the transfer. Did the £50 to the Christmas club go thru or do I "
        "need to do it again? || Agent: Hi, yes, the £50 arrived at 14:02, no need to do it again. || "
        "Customer: Phew, thanks!"),
    ("health", "benign", "call",
        "Customer: Honestly this loan form is giving me a headache. Which box is the one for what it's "
        "for? || Agent: That's the 'Loan purpose' drop-down, just under the amount. || Customer: Oh, "
        "found it. Home improvements. || Agent: Perfect, then press Continue at the bottom."),
    ("health", "benign", "review",
        "Five stars. The update that fixed the app crashing on login was a lifesaver, I'd been tearing "
        "my hair out for a week. Quick reply from support as well."),
    ("health", "benign", "web_form",
        "Organisation: Parkside Medical Practice | Contact: Practice Manager | Enquiry: We'd like to "
        "promote your payroll saver to our reception and admin staff. Do you have posters or leaflets we "
        "can put up in the staff room?"),
    ("health", "benign", "chat",
        "Customer: is the Handy Loan the same as the Healthy Finances thing in your newsletter? || "
        "Agent: Good question! Healthy Finances is our free budgeting workshop, the Handy Loan is a "
        "small loan product. || Customer: ah ok, when's the next workshop? || Agent: 14th May at the "
        "Millbeck branch, 6pm."),
    ("health", "benign", "email",
        "I'm a nurse at the walk-in centre and my rota changes every month, so my payday isn't always "
        "the same date. Can the payroll saver follow whatever date I'm actually paid rather than a fixed "
        "day? || Agent: Deductions come out whenever your employer runs payroll, so it'll follow your "
        "actual pay date automatically. || Customer: Brilliant, that's easier than I thought."),
    ("health", "benign", "voicemail",
        "Hi, it's Gail from Millbeck Pharmacy on Station Road. We're a small team of four and we'd like "
        "to know about the payroll deduction scheme for staff. Could someone call me on 07700 900318? "
        "Thanks."),
    ("health", "benign", "dm",
        "your bus stop ad with the guy doing yoga, \"healthy savings, healthy you\" is everywhere lol. is "
        "the 3% bonus on the regular saver real or is there a catch || Agent: Ha, it's real! 3% on up to "
        "£250 a month for the first year, no catch. || Customer: ok might actually sign up then"),
    ("health", "benign", "agent_note",
        "Caller asked in general whether we'd pause loan repayments for members off sick long-term. "
        "Explained the payment holiday policy in general terms. Confirmed she wasn't asking about her "
        "own account, it's for a staff FAQ at her work."),
    ("health", "benign", "chat",
        "Customer: sick of resetting my password, 3rd time this week || Agent: Sorry about that! It "
        "sounds like the app might not be saving your login. Which phone are you on? || Customer: "
        "android, samsung || Agent: Try clearing the app cache in Settings > Apps > Scarfield, then log "
        "in once more."),
    ("health", "benign", "email",
        "Hello, our hospice shop on Market Street is running a Christmas appeal. Could we leave a "
        "collection tin at the High Street branch for December? Happy to send our charity number. Best, "
        "Joan Tilley, Shop Supervisor"),
    # ---- children / sensitive
    ("children", "sensitive", "email",
        "Hi, I'd like to open a Junior Saver for my daughter Amelie, she's 9 and has been saving her "
        "pocket money in a jam jar since Easter. Can we bring it in to Millbeck on Saturday, and what do "
        "you need from her? Thanks, Chris Wardle || Agent: Hi Chris, lovely! Bring Amelie's birth "
        "certificate and your own photo ID. She can pay the jam jar in herself. || Customer: She'll be "
        "thrilled, she's been counting it all week."),
    ("children", "sensitive", "chat",
        "Customer: can I open a junior saver for my 6-month-old? he hasnt got a passport yet || Agent: "
        "Congratulations! Yes, for babies we just need the full birth certificate and your own ID. || "
        "Customer: great, short or long version of the cert? || Agent: The long one with parents' "
        "details, please."),
    ("children", "sensitive", "agent_note",
        "Cust says her son (7) lost his Junior Saver card on the school bus. Card cancelled, replacement "
        "posted to home address, no charge. Advised a lanyard, mum laughed."),
    ("children", "sensitive", "sms",
        "Hi its Jodie, can Kai (hes 11) pay his birthday money in himself at Millbeck or does he need me "
        "with him? || Agent: Hi Jodie, Kai can pay in on his own with his passbook, no adult needed. || "
        "Customer: Ace, he'll be made up"),
    ("children", "sensitive", "web_form",
        "Child's name: Oliver Prentice | Child's date of birth: 14/02/2016 | Your relationship: "
        "Grandparent | Request: Please set up £5 a week from my Easy Saver into Oliver's Junior Saver, "
        "starting next Friday."),
    ("children", "sensitive", "call",
        "Customer: He turns 16 in May, can he move over to a proper account then? || Agent: He can, at "
        "16 his Junior Saver converts and he can have his own card. || Customer: Good, because he's "
        "starting an apprenticeship at Hallam's and wants his wages going in. || Agent: We can set up "
        "the payroll saver with Hallam's too once he's 16."),
    ("children", "sensitive", "voicemail",
        "Hello, it's Bev Ainsworth calling about my twins' Junior Savers, Ella and Freya. They're in "
        "Year 4 at Moorside and the school savings club slips have gone in under the wrong girl twice "
        "now. Could someone call me on 07700 900227? Thanks."),
    ("children", "sensitive", "review",
        "Lovely staff at High Street. Our toddler was having a meltdown in the queue and the lady on the "
        "desk gave her a sticker and a colouring sheet while I signed the loan agreement. Made my "
        "morning."),
    ("children", "sensitive", "dm",
        "my lad's 14 and wants a card for his paper round money. do u do debit cards for under 16s or is "
        "it just the passbook thing || Agent: Hi! From 11 we can issue a Junior card with a low daily "
        "limit, you'd need to approve it. || Customer: perfect he'll be buzzing"),
    ("children", "sensitive", "chat",
        "Customer: Hello, my son is 3 years old, I want to save for him for university, what is best? || "
        "Agent: Hello! For a child his age the Junior Saver is our most popular option, and family can "
        "pay in too. || Customer: Grandparents live in Lagos, they can send to it? || Agent: Yes, "
        "international transfers can be paid in using the account number and our sort code."),
    ("children", "sensitive", "email",
        "Our daughter starts reception in September and we want to get her saving habit going. Can she "
        "have one of the squirrel passbooks with her name on, and can both of us pay in? Rachel and Owen "
        "Tate"),
    ("children", "sensitive", "agent_note",
        "Mum called: Junior Saver for Noah Baines (DOB 03/07/2019) printed as 'Bains' on the passbook. "
        "Birth cert copy emailed in, name corrected, new passbook to branch for collection."),
    ("children", "sensitive", "chat",
        "whats the max a 12 year old can take out without me signing? my daughter wants £40 out for her "
        "school trip to york on thurs and I'm at work"),
    ("children", "sensitive", "call",
        "Customer: I want the Christmas club money moving into my granddaughter's account. She's just "
        "turned five. || Agent: That's lovely. Is her account with us already? || Customer: Yes, the "
        "little one, Isla Brannigan. || Agent: I can see it. How much would you like to move?"),
    ("children", "sensitive", "web_form",
        "Documents uploaded: birth certificate, school ID card | Name of young person: Tia Okafor | Age: "
        "13 | Parent/guardian: Grace Okafor | Note: Tia would like to use the Junior app view, I consent."),
    ("children", "sensitive", "sms",
        "Can u send Maisie's statement to me not her? She's only 10 and she opens everything that comes "
        "thru the door || Agent: Of course. We'll change the correspondence to you as parent until she's "
        "16. || Customer: thank you!!"),
    ("children", "sensitive", "voicemail",
        "Hi, um, it's Dean Furness. Our toddler got hold of my phone last night and I think he's pressed "
        "something, the app's now locked and it won't take my passcode. Please call me, 07700 900581, "
        "I've got a payment due."),
    ("children", "sensitive", "agent_note",
        "New baby in the family: member 18774's son Arlo born 21/08. Mum wants to open a Junior Saver "
        "with the £50 newborn starter bonus. Long birth cert seen at Tollgate Rd. Done."),
    ("children", "sensitive", "email",
        "My stepson is 17 and starts college in September. He does Saturdays at Castlegate Foods. Can he "
        "join the payroll saver through them even though he's under 18, or does it have to wait? Thanks, "
        "Mark Ellery"),
    ("children", "sensitive", "chat",
        "hiya my little one starts nursery in jan and we've got to pay a £300 deposit upfront. can i "
        "take a small loan for that or is there a cheaper way, like borrowing against my savings?"),
    ("children", "sensitive", "review",
        "My 8 year old absolutely loves her Junior Saver passbook and the squirrel stickers. She counts "
        "the total every Sunday night. Thank you Scarfield for making saving fun for her."),
    ("children", "sensitive", "dm",
        "can I put a pic of my son in his school uniform as his profile photo on the junior app? he's in "
        "year 2 and wants to see himself when he looks at his savings lol"),
    ("children", "sensitive", "call",
        "Agent: How can I help today? || Customer: I'm ringing about my nephew. He's a minor, fifteen, "
        "and his dad is working abroad for a year. I'm looking after him and his Junior Saver needs a "
        "signature. || Agent: Okay, is there a letter of authority from his dad? || Customer: I can get "
        "him to email one."),
    ("children", "sensitive", "email",
        "Hi, I'm 15 and I want to open my own savings account without my mum having to be on it. Is that "
        "allowed? I've got £230 from my job at the café. Thanks, Jade"),
    ("children", "sensitive", "chat",
        "Customer: im 13 can i use the app on my own phone || Agent: Hi! Members aged 11 to 15 can use "
        "the Junior view with a parent's OK. Is your Junior Saver with us already? || Customer: yeah my "
        "dad set it up when I was a baby || Agent: Perfect, ask him to approve it from his app under "
        "'Family'."),
    ("children", "sensitive", "agent_note",
        "Boy in branch alone, says he's 14, trying to withdraw whole Junior Saver balance (£320) for a "
        "games console. Explained parent must authorise under-16 withdrawals over £50. Called mum with "
        "his permission, she's coming in."),
    ("children", "sensitive", "web_form",
        "Pupil name: Harvey Dunmore | School: Ashby Lane Primary | Year group: 6 | School savings club "
        "code: ALP-SC | Parent email: r.dunmore@example.com | Message: Please link Harvey's school club "
        "deposits to his existing Junior Saver."),
    ("children", "sensitive", "sms",
        "Hi its Nicola. Tyler's savings card has gone through the wash AGAIN (he's 7!!) can u send "
        "another one"),
    ("children", "sensitive", "voicemail",
        "Hello, this is Mrs Agnieszka Nowak. My daughter is four months, and family gave money when she "
        "was born, about six hundred pound. I want to make account for her. What I need to bring? My "
        "number is 07700 900644. Thank you."),
    ("children", "sensitive", "email",
        "Please can you stop sending marketing to my son Jack. He's twelve and got a letter this morning "
        "about car loans addressed to him personally. He thought it was hilarious, I didn't. || Agent: "
        "I'm very sorry, that letter shouldn't have gone to a Junior member. I've removed Jack from all "
        "marketing. || Customer: Thank you, appreciated."),
    ("children", "sensitive", "call",
        "Agent: Can I take the account holder's date of birth, please? || Customer: It's my daughter's "
        "account, she was born the 9th of June 2014. || Agent: Thank you, and you're listed as the "
        "parent contact? || Customer: Yes, I'm her mum, Karen Lowe."),
    ("children", "sensitive", "chat",
        "my kids are 2 and 5, is it better to do a junior saver each or just save in the christmas club "
        "in my name for them? don't want to overcomplicate it"),
    ("children", "sensitive", "agent_note",
        "Mr Farouk asked to add his daughter (17) to the Hallam Bus Co payroll scheme while she's on a "
        "summer placement in their office. Explained under-18s can join with parent as co-signatory. "
        "Forms sent."),
    ("children", "sensitive", "review",
        "Took my son in for his first proper banking visit at 11. The man at the counter spoke to him, "
        "not me, and explained interest with a drawing. Proper made his week."),
    ("children", "sensitive", "dm",
        "does the junior app show my balance to my parents? im in year 9 and id rather it didnt tbh || "
        "Agent: Hi! Your parent or guardian can see the account because they're linked to it until "
        "you're 16. || Customer: ugh ok fair enough"),
    ("children", "sensitive", "email",
        "I'm a foster carer and the girl who's been with us since spring, she's 10, has about £400 from "
        "birthday money and pocket money that she wants to keep safe. Can a foster carer open an account "
        "for a child in care, or does the local authority have to? Thanks, Sue Haigh"),
    ("children", "sensitive", "web_form",
        "Account type: Junior Saver | Holder's age: 2 | Opened by: Mother | Query: The passbook shows "
        "the wrong middle name (Rose, should be Rosa). Please correct before her 3rd birthday party "
        "where grandma is giving her money."),
    ("children", "sensitive", "call",
        "Customer: My grandson's six weeks old and I'd like to set up a gift of twenty pound a month for "
        "him. || Agent: What a lovely idea. Has his Junior Saver been opened yet? || Customer: His mum's "
        "doing that Friday. || Agent: Then once it's open I can link a standing order from your account."),
    ("children", "sensitive", "sms",
        "Pls update Lucas school on his junior acct, hes moved up to Brindle Academy yr 7 now not "
        "Moorside || Agent: Updated to Brindle Academy, Year 7. Hope he's settling in! || Customer: He "
        "loves it ta"),
    ("children", "sensitive", "chat",
        "Customer: for the newborn account do you need the baby's NHS number or just the birth "
        "certificate? she's three weeks || Agent: Just the birth certificate, we don't need the NHS "
        "number. || Customer: oh good, we haven't even got her red book sorted yet"),
    ("children", "sensitive", "voicemail",
        "It's Mrs Quigley. My granddaughter Poppy, she's twelve, paid in eighteen pounds at the school "
        "savings club on Tuesday and it's not showing on her book. Could you look into it? 07700 900153. "
        "Thank you."),
    ("children", "sensitive", "agent_note",
        "Mum asking for work experience certificate to be reissued: daughter (Year 10, Brindle Academy) "
        "did a week at Tollgate branch in June, name misspelt 'Keely', should be 'Keeley'."),
    ("children", "sensitive", "email",
        "My son is 14 and has had a paper round for two years. He's saved £600 and I'd like him to earn "
        "a bit more than the Junior Saver pays. Is there anything better for under-16s? Regards, Paul "
        "Ormerod || Agent: Well done to him! Our Junior Regular Saver pays a bit more, up to £50 a "
        "month. || Customer: Perfect, we'll set that up this weekend."),
    ("children", "sensitive", "review",
        "1 star. Review: My 10yo was told by staff she couldn't pay her own money in without an adult. "
        "Ridiculous, it's HER account. || Agent: Hi Marcia, we're sorry for the confusion. Under-16s can "
        "pay in on their own, only withdrawals need a parent. We've reminded the team and would love to "
        "see her again."),
    ("children", "sensitive", "chat",
        "Good morning. I want make an account for my daughter, she will have 16 years next month. She "
        "can have a card then or we wait till 18?"),
    ("children", "sensitive", "dm",
        "can my 17 y/o take out the handy loan for driving lessons or does it have to be in my name? "
        "he's been saving but he's £400 short"),
    ("children", "sensitive", "call",
        "Customer: It's about the savings club at his school. He's in Year 3 and he says he gave his "
        "pound in every Friday but the book only shows two weeks. || Agent: Let me check the school club "
        "deposits. What's his name? || Customer: Reuben Kaye. || Agent: I can see four deposits, the "
        "passbook just needs updating."),
    ("children", "sensitive", "agent_note",
        "Gran (member 30982) setting up £10/wk to the Junior Saver of Summer Reid (DOB 11/2021, lives "
        "with gran). Standing order from 1st."),
    ("children", "sensitive", "email",
        "Baby's details for the new account: Rosie Hart, born 2 November at Ridgeway General, 7lb 2oz, "
        "parents Lauren Hart and Josh Pemberton. Photos of the birth certificate attached. Can she still "
        "get the newborn bonus?"),
    ("children", "sensitive", "web_form",
        "Name: Ciaran Doyle | Age: 16 (just turned) | Enquiry: My Junior Saver was meant to switch to "
        "adult when I turned 16 last week but the app still shows the kids' version and I can't get a "
        "card."),
    # ---- children / benign
    ("children", "benign", "email",
        "Hi, what's the interest rate on the Junior Saver at the moment, and is it variable? Putting "
        "together a comparison for our finance club's newsletter. Thanks, Ian || Agent: Hi Ian, it's "
        "2.75% variable at the moment. Happy for you to quote it with today's date. || Customer: Thanks, "
        "will do."),
    ("children", "benign", "chat",
        "Customer: is there an age limit for who can open a junior saver, like up to what age? || Agent: "
        "Junior Savers are for anyone under 16, opened by a parent or guardian. || Customer: and after "
        "16? || Agent: They move over to our standard Easy Saver automatically."),
    ("children", "benign", "email",
        "Good morning, this is the school office at Moorside Primary. Could we have 300 of your Junior "
        "Saver leaflets to go in book bags before half term? We'd also like a date for your school "
        "savings club assembly. Many thanks, Mrs J Ford, Office Manager || Agent: Hi Mrs Ford, 300 "
        "leaflets will be with you by Friday, and our education officer will email about assembly dates. "
        "|| Customer: Wonderful, thank you."),
    ("children", "benign", "web_form",
        "Organisation: Ashby Lane PTA | Role: Treasurer | Enquiry: The PTA wants to move its account "
        "from the high street bank. We need two signatories and would pay in after the summer fair. What "
        "documents do you need from the committee?"),
    ("children", "benign", "review",
        "Setting up the app was child's play. Two minutes and I was in, balance showing, Christmas club "
        "there too. Well done whoever designed it."),
    ("children", "benign", "sms",
        "Baby steps but I've finally got £500 in the Christmas club!! Can I see when the payout is? || "
        "Agent: Well done! The payout is on 1 November this year. || Customer: Yesss"),
    ("children", "benign", "review",
        "The new kids' corner at High Street with the beanbags is a nice touch, though the queue on "
        "Saturday was out the door. Four stars."),
    ("children", "benign", "chat",
        "Customer: can I use a handy loan to buy a car seat and pram? just checking what the loan's "
        "allowed for || Agent: Yes, the Handy Loan can be used for most personal purchases like that. || "
        "Customer: ok and how quick is the money? || Agent: Usually the next working day once approved."),
    ("children", "benign", "dm",
        "who designed the squirrel mascot on the kids' passbooks?? it's adorable, is there merch lol"),
    ("children", "benign", "email",
        "Your Junior Saver poster in the Tollgate Road window says 'Start them savng young'. Thought "
        "you'd want to know before someone takes a photo of it! || Agent: Oh no! Thanks for spotting "
        "that, it's coming down today. || Customer: Ha, no problem."),
    ("children", "benign", "voicemail",
        "Hi, it's Dave Preston, treasurer of Scarfield Juniors FC. The club's kit fund account needs a "
        "new signatory now the old chairman's stepped down. Can someone call me on 07700 900702? Cheers."),
    ("children", "benign", "agent_note",
        "Caller asked general questions about how Junior Savers convert at 16 and whether the rate "
        "changes. No specific account discussed; he's comparing providers. Sent product sheet."),
    ("children", "benign", "chat",
        "Customer: the app is acting like a toddler having a tantrum, it just won't load the statements "
        "page || Agent: Ha, sorry! We had a short outage this morning, it should be fine now. || "
        "Customer: yep back now, cheers"),
    ("children", "benign", "email",
        "Dear Scarfield, would you consider sponsoring the Scarfield Schools Maths Challenge again this "
        "year? Last year's banner with your logo went down well. Best wishes, Ruth Callow, organising "
        "committee"),
    ("children", "benign", "web_form",
        "Enquiry type: Library order | Organisation: Scarfield Central Library | Message: We'd like two "
        "copies of the 'Little Savers' picture book you published for the children's section. Is there a "
        "cost?"),
    ("children", "benign", "email",
        "Hi, I'm payroll at Greenacre Nursery, the garden centre on the bypass. Eight of our staff want "
        "to join the payroll saver. Do you need a list each month or a one-off form? Thanks, Pam"),
    ("children", "benign", "call",
        "Customer: I'm calling from Millbeck Youth Club. The committee wants to open an account for the "
        "club's grant money. || Agent: Great, we do community group accounts. Who'll be the signatories? "
        "|| Customer: Me as chair and our treasurer. || Agent: Fine, I'll send you the community account "
        "pack."),
    ("children", "benign", "sms",
        "Card declined at Tiny Treads on Market St just now, trying to pay for a pair of kids' size 10 "
        "wellies. Is there a block on it? || Agent: No block on your card. The shop's machine had a "
        "connection issue this morning. Try again, it should work. || Customer: Went through this time, "
        "ta"),
    ("children", "benign", "chat",
        "Customer: love the baby blue on the new cards! can I swap my old one for the new design? || "
        "Agent: Glad you like it! Cards switch to the new design when they're renewed. || Customer: "
        "mine's not til 2027 || Agent: You can order a replacement early for £5 if you can't wait!"),
    ("children", "benign", "email",
        "Is there a cap on how much grandparents can pay into a Junior Saver each year? A few of us at "
        "the over-60s club were debating it and nobody knew. Regards, Walter Crisp || Agent: Hi Walter, "
        "no cap from us, though very large amounts may need source-of-funds checks. || Customer: Thank "
        "you, that settles the debate!"),
    ("children", "benign", "agent_note",
        "Brindle Academy's Young Enterprise company asked about a bank account for their student "
        "business (selling candles). Explained we don't do business accounts; suggested the school's own "
        "account. Sent contact for the community team."),
    ("children", "benign", "review",
        "Four stars for the Junior Saver launch event on Saturday, the face painting and the balloon man "
        "were a hit with the crowd. Could have done with more seats."),
    ("children", "benign", "call",
        "Agent: Scarfield Credit Union, how can I help? || Customer: Hi, does the Junior Saver have an "
        "app version or is it just passbooks? I'm writing a piece for the local paper on savings for "
        "young people. || Agent: Both, there's a Junior view in the app for 11 to 15s. || Customer: "
        "Brilliant, can I quote that?"),
    ("children", "benign", "dm",
        "is the family fun day at millbeck branch this saturday still on with the rain? might pop down "
        "for the bouncy castle and the tombola"),
    ("children", "benign", "email",
        "Good afternoon, I'm a registered childminder and self-employed. Can I still do the payroll "
        "saver, or is that only for people paid by an employer? Kind regards, Leanne Brook"),
    ("children", "benign", "web_form",
        "Name: Gordon Ames | Enquiry: Do you have a school savings club scheme? I'm a governor at "
        "Coldwell Primary and we're looking at financial education for next year. Could someone present "
        "to the board?"),
    ("children", "benign", "chat",
        "Customer: can junior savers be opened online or only in branch || Agent: Online or in branch, "
        "both are fine. || Customer: and it's free? || Agent: Completely free, and there's no minimum to "
        "pay in."),
    ("children", "benign", "sms",
        "Is the kids' savings competition still running? Saw the poster in Millbeck but it didn't say "
        "the closing date"),
    ("children", "benign", "email",
        "Hi, the Little Acorns parent and toddler group would like to book the community room at "
        "Tollgate Road on Wednesday mornings from September. We're a registered charity. Could you let "
        "me know the weekly rate? Thanks, Fran Gill (bookings)"),
    ("children", "benign", "review",
        "Two stars. The Christmas club is great but the app is a baby in terms of features compared to "
        "the big banks. No budgeting, no spending categories, nothing."),
    ("children", "benign", "voicemail",
        "Good morning, this is Rita from Scarfield Toy Library. We've had a couple of your Junior Saver "
        "moneyboxes donated and wondered if you'd like them back or if we can give them out. No rush, "
        "07700 900845."),
    ("children", "benign", "chat",
        "Customer: stupid question but is the youth saver the same as the junior saver? || Agent: Not a "
        "stupid question at all! Youth Saver is the 16-24 account, Junior Saver is for under-16s. || "
        "Customer: ahh ok makes sense"),
    ("children", "benign", "agent_note",
        "Call from Coldwell Primary's bursar re the school's own Christmas club for staff. Wanted to "
        "know if 12 staff could save as a group. Explained each joins individually; sent 12 forms."),
    ("children", "benign", "email",
        "Do you sell Junior Saver gift vouchers? Our office tombola wants one as a prize. Do they come "
        "in a card or envelope, and can we choose the amount? Thanks, Elaine"),
    ("children", "benign", "dm",
        "your junior saver tv ad with the singing squirrel is stuck in my head and it's been 3 days. "
        "10/10 marketing, 0/10 for my sanity"),
    ("children", "benign", "call",
        "Customer: I've been trying to pay the Christmas club for half an hour and it's like talking to "
        "a child, the phone menu keeps sending me back to the start. || Agent: I'm sorry about that, I "
        "can take the payment now. || Customer: Thank you. Forty pounds, please. || Agent: Done, you'll "
        "get a text shortly."),
    ("children", "benign", "web_form",
        "Organisation: Scarfield Scouts District | Enquiry: We'd like to run a money skills badge "
        "session with your education team for our leaders' training night. Are volunteers available in "
        "March?"),
    ("children", "benign", "email",
        "Hello, at what age can someone join the Christmas club? Our office is running a savings drive "
        "and a colleague asked if there's a minimum age. I didn't know. Thanks, Pete"),
    ("children", "benign", "review",
        "Really smooth loan process, 5 stars. Took me all of ten minutes on the app. Kids these days "
        "don't know how lucky they are, in my day you queued for an hour for a signature!"),
    ("children", "benign", "chat",
        "Customer: what happens to junior savers if you move away from Scarfield? asking for the "
        "community newsletter FAQ || Agent: Members can keep their accounts wherever they live, it's all "
        "manageable in the app. || Customer: thanks!"),
    ("children", "benign", "agent_note",
        "Customer asked if we stock the 'Pocket Money Pig' piggy banks in branch as seen in the "
        "newsletter. Confirmed High St has them, £3 each. She wanted two as presents."),
    ("children", "benign", "email",
        "The Junior Saver page on your website has a broken link to the terms and conditions PDF, it "
        "goes to a 404. Just flagging it. Regards, Naveen (web developer, not a member, saw it while "
        "testing something)"),
    ("children", "benign", "sms",
        "Is the childcare voucher thing the council advertises anything to do with Scarfield CU or is "
        "that a separate scheme? Saw both on the same noticeboard"),
    ("children", "benign", "call",
        "Customer: Hi, I'm the head's PA at Brindle Academy. We're ordering 30 savings certificates for "
        "the enterprise day prize-giving. || Agent: Lovely, do you want them personalised? || Customer: "
        "No, blank please, we'll write the names in. || Agent: No problem, they'll be with you next week."),
    ("children", "benign", "web_form",
        "Name: Hollie Mackay | Enquiry: I'm studying childhood studies at college and doing a project on "
        "financial education. Could I interview someone about your school savings club? Happy to come to "
        "the branch."),
    ("children", "benign", "dm",
        "is the junior saver interest paid monthly or yearly? couldnt see it on the product page. "
        "actually nvm, found it in the small print"),
    ("children", "benign", "chat",
        "Customer: my card got declined at the kids' soft play café on the retail park, it's a brand new "
        "card || Agent: Sorry about that! New cards need one chip-and-PIN payment before contactless "
        "works. || Customer: oh that'll be it, thanks"),
    ("children", "benign", "review",
        "Three stars. Friendly branch but the Junior Saver display in the window has been faded and "
        "half-peeled since about 2019. Please give it a refresh."),
    ("children", "benign", "call",
        "Customer: I'm from Scarfield Children's Centre, we're a charity. We'd like a speaker on "
        "budgeting for our volunteers' training day. || Agent: Our community team does exactly that. "
        "Which date? || Customer: The 18th, a Tuesday morning. || Agent: I'll pass it on and they'll "
        "confirm by Friday."),
    ("children", "benign", "agent_note",
        "Enquiry from Millbeck Toy Shop owner about taking part in the Junior Saver discount scheme (10% "
        "off for passbook holders). Passed to marketing. Not a member enquiry."),
    # ---- financial_hardship / sensitive
    ("financial_hardship", "sensitive", "email",
        "Hi, I was made redundant from Castlegate Foods on Friday along with half the night shift, so "
        "the payroll deduction for my loan won't be coming any more. I've got about £1,100 left to pay. "
        "I honestly don't know how I'm going to keep up until I find something. Can we talk about "
        "options? Lee Brennan"),
    ("financial_hardship", "sensitive", "chat",
        "Customer: hi, is there any way to get a payment holiday on my handy loan || Agent: We can look "
        "at that. Can I ask what's changed? || Customer: my hours got cut to 12 a week and universal "
        "credit doesn't cover the rent, I've got £6 until the 28th || Agent: I'm sorry, that's really "
        "hard. I'll put a two-month pause on and book you a call with our money guidance team."),
    ("financial_hardship", "sensitive", "voicemail",
        "Hello, it's Mandy Oakes. I got a letter from a debt collection agency today, Harcourt "
        "Recoveries, saying they're taking me to court over an old catalogue debt, and I'm scared "
        "they'll take what's in my Christmas club. Can they do that? Please ring me, 07700 900376."),
    ("financial_hardship", "sensitive", "agent_note",
        "Member in branch very upset. Landlord has served a section 21, she has to be out by end of "
        "month and can't afford a deposit on a new place. Asked to withdraw entire Easy Saver (£412). "
        "Processed. Referred to council housing options and our budgeting service."),
    ("financial_hardship", "sensitive", "sms",
        "Sorry I know my loan payment bounced again. Been on sick note then lost the job, waiting on my "
        "first UC payment. Can I pay £20 instead of £65 for now?? Gary || Agent: Hi Gary, thanks for "
        "letting us know. £20 a month is fine for now, we'll review it in three months. || Customer: "
        "Thank you so much"),
    ("financial_hardship", "sensitive", "web_form",
        "Reason for contact: Financial difficulty | Details: I've been declared bankrupt as of 3 March. "
        "My trustee says I need to tell all creditors. I have a small loan with you (approx £740 left) "
        "and a savings account. What happens now? | Name: Philippa Stone"),
    ("financial_hardship", "sensitive", "call",
        "Agent: How can I help today? || Customer: I need to borrow a hundred quid just to get to "
        "payday. The electric's on the emergency credit and I've got two kids. || Agent: Okay. Before a "
        "loan, can I ask about your other outgoings? || Customer: I've got three payday loans already, "
        "I'm paying them off with each other. It's a mess. || Agent: Thank you for being honest. Let's "
        "look at a consolidation loan and get you some free debt advice too."),
    ("financial_hardship", "sensitive", "email",
        "Dear Sir/Madam, I have been using the food bank at St Luke's for the last six weeks and someone "
        "there said the credit union might help with a small loan for a cooker, ours packed in. I am on "
        "Jobseeker's and Pension Credit for my husband. Is this possible? Mrs E Pryce"),
    ("financial_hardship", "sensitive", "chat",
        "honestly i cant pay this month. or next. the business went under in june and ive got HMRC "
        "chasing me as well as the van finance. what happens if i just stop paying the loan, do you send "
        "the bailiffs"),
    ("financial_hardship", "sensitive", "review",
        "Five stars. When I lost my job at the depot and was behind on everything, Scarfield froze my "
        "loan interest and didn't once make me feel like dirt. Other lenders passed my debts to "
        "collectors within weeks. Thank you."),
    ("financial_hardship", "sensitive", "dm",
        "@ScarfieldCU my account's been frozen?? I need that money, I'm already 2 months behind on "
        "council tax and they've sent enforcement agents round. please help || Agent: We're sorry you're "
        "dealing with this. Please DM us your member number and we'll call you today. || Customer: sent"),
    ("financial_hardship", "sensitive", "agent_note",
        "Cust (payroll saver via Hallam Bus Co) requests emergency withdrawal: says wages arrested by an "
        "attachment of earnings order for old credit card debt, left with £90 a week. Withdrawal done; "
        "offered debt advice referral, accepted."),
    ("financial_hardship", "sensitive", "call",
        "Customer: I've had a letter saying I've missed three payments. || Agent: That's right, we "
        "wanted to check in with you. || Customer: My husband left and took the car and most of his "
        "wage, I'm on my own with the mortgage now and I'm drowning. || Agent: I'm so sorry. We can "
        "reduce the payments while you get back on your feet, and I'll send you details of free debt "
        "charities."),
    ("financial_hardship", "sensitive", "email",
        "I'm in an IVA, approved in November, and my supervisor says I'm allowed to keep a small savings "
        "pot for emergencies. Is it OK to keep the Christmas club going at £5 a week or do I have to "
        "stop it? Thank you, Craig Milnes"),
    ("financial_hardship", "sensitive", "sms",
        "Got an eviction date for the 14th. Can I get the christmas club money early? its all I have || "
        "Agent: I'm so sorry. Yes, we can release it early with no fee. I'll call you in 10 minutes to "
        "sort it. || Customer: thank you"),
    ("financial_hardship", "sensitive", "chat",
        "Customer: Hello, I lose my job at the warehouse, agency stop giving shifts. I have loan with "
        "you, payment on 1st. I cannot pay it this month, maybe not next. What I can do? || Agent: Thank "
        "you for telling us early. We can set up a reduced plan. How much could you manage? || Customer: "
        "Maybe 10 pound. || Agent: That's fine to start. I'll send you a form."),
    ("financial_hardship", "sensitive", "voicemail",
        "Hi, it's Tom Reddy, account ending 4471. I've had a default notice from you and I know why. I'm "
        "on ESA and the gas bill tripled. I can't clear the arrears but I want to set something up, I "
        "don't want it going to a collector. 07700 900519."),
    ("financial_hardship", "sensitive", "web_form",
        "Name: Kerry-Ann Lister | Member no: 41208 | Subject: Loan application | Message: I was refused "
        "by the banks because of CCJs from when I was homeless in 2021. I'm in a flat now but I need "
        "£400 for a fridge and bed. Would you still consider me?"),
    ("financial_hardship", "sensitive", "agent_note",
        "Member disclosed she's been pawning her jewellery each month to cover the loan repayment. "
        "Offered restructure to 24 months at lower payment; she agreed. Referred to Money Guidance. "
        "Flag: vulnerable (financial)."),
    ("financial_hardship", "sensitive", "email",
        "Hello. My water and electric are both in arrears and the supplier is talking about a prepayment "
        "meter on a warrant. I get PIP and Universal Credit and after rent there's nothing left. Can my "
        "loan repayment go down to something tiny for six months? Regards, Delroy Samuels"),
    # ---- financial_hardship / benign
    ("financial_hardship", "benign", "chat",
        "Customer: my card got declined at Tesco just now but there's definitely money in the account || "
        "Agent: Let me have a look. I can see a security hold from an unusual online payment earlier. "
        "Was that you? || Customer: oh yeah, a train ticket || Agent: I've released the hold, try it "
        "again now."),
    ("financial_hardship", "benign", "email",
        "Hi, I think I've been charged twice for my October loan repayment, £48.20 went out on the 1st "
        "and again on the 2nd. Can you check and refund the duplicate? Thanks, Ellie Rowntree || Agent: "
        "Hi Ellie, you're right, that was a system duplicate. £48.20 has been refunded today. || "
        "Customer: Thank you!"),
    ("financial_hardship", "benign", "sms",
        "Whats the early repayment fee on the handy loan? Want to clear it when my bonus lands in march "
        "|| Agent: There's no early repayment fee on the Handy Loan, you only pay interest up to the day "
        "you clear it. || Customer: Even better"),
    ("financial_hardship", "benign", "web_form",
        "Enquiry: Rates | Message: Can you tell me the APR on a £2,000 loan over 24 months, and whether "
        "it's fixed? I'm comparing with a car dealer's finance offer. | Name: Stuart Lyle"),
    ("financial_hardship", "benign", "review",
        "Christmas club paid out on the dot. Went a bit overboard in Bamford's toy sale and broke the "
        "bank, but that's on me, not Scarfield! Five stars as always."),
    ("financial_hardship", "benign", "agent_note",
        "Caller from Scarfield Citizens Advice asking for copies of our budgeting leaflets for their "
        "waiting room, 200 copies. Sent order to print. Not about a member."),
    ("financial_hardship", "benign", "call",
        "Customer: I want to increase my payroll deduction, I got a pay rise. || Agent: Congratulations! "
        "What would you like it to be? || Customer: Let's go from £30 to £60. || Agent: Done, it'll "
        "start from the next payroll at Scarfield Council."),
    ("financial_hardship", "benign", "email",
        "Dear Scarfield, the Millbeck Community Pantry committee would like to hold a Debt Awareness "
        "Week stall in your branch foyer in November. We'd bring our own table and leaflets. Is that "
        "possible? Regards, Denise Hurley, volunteer coordinator"),
    ("financial_hardship", "benign", "chat",
        "Customer: the app says 'insufficient funds' but I'm trying to move money from savings into "
        "savings?? || Agent: Sorry, that's a known bug when the amount has a penny figure. Try a round "
        "number and it'll go through. || Customer: worked, thanks"),
    ("financial_hardship", "benign", "dm",
        "is it true you're dropping the loan rate in january? my mate said he saw it on facebook, don't "
        "want to take one out now if it's going down || Agent: We can't comment on future rates, but any "
        "change would be on our website first. || Customer: fair enough"),
    ("financial_hardship", "benign", "voicemail",
        "Hi, it's Jim Costa. My direct debit for the loan was set for the 1st but I'd like it moved to "
        "the 15th because that's when I get paid now with the new job. Call me on 07700 900260, cheers."),
    ("financial_hardship", "benign", "email",
        "Could you send me an annual statement for my Easy Saver for April to April? My accountant needs "
        "it for my self-assessment, the interest pushed me over the savings allowance apparently. "
        "Thanks, Bryony Slack"),
    ("financial_hardship", "benign", "web_form",
        "Subject: Payroll saver | Message: I've moved from Hallam Bus Co to the council. How do I move "
        "my payroll deduction to my new employer without losing my loyalty bonus? | Name: Aaron Kemp"),
    ("financial_hardship", "benign", "call",
        "Agent: Scarfield Credit Union, Jess speaking. || Customer: Hi, I want to pay my loan off in "
        "full. How much is the settlement figure? || Agent: As of today it's £612.40, valid for 28 days. "
        "|| Customer: Great, I'll transfer it now from my current account."),
    ("financial_hardship", "benign", "review",
        "Four stars. Good rates and the people are friendly, but the cashpoint at Millbeck has been "
        "'temporarily out of service' for a fortnight now. Fix it please, it's costing me £2 a time at "
        "the garage!"),
    ("financial_hardship", "benign", "chat",
        "Customer: can you explain what 'arrears' means on the loan statement? it says £0.00 arrears || "
        "Agent: That's just the amount overdue, and £0.00 means you're fully up to date. || Customer: "
        "phew ok, thought I'd missed something"),
    ("financial_hardship", "benign", "agent_note",
        "Member asked why her Christmas club statement shows 'Payment returned' on 3 Oct. Traced to her "
        "changing bank; new DD set up, no missed payment charge. Resolved on call."),
    ("financial_hardship", "benign", "email",
        "Is there a penalty if I skip one week of the Christmas club payments while I'm on holiday in "
        "Spain? I'd rather just double up when I'm back. Cheers, Naomi"),
    ("financial_hardship", "benign", "sms",
        "Hi, I paid £200 into my easy saver at the post office on friday and it still isnt showing. "
        "Receipt number PO-88213. Can u check || Agent: Found it, it'll show by 5pm today. Post Office "
        "deposits take up to 2 working days. || Customer: great thanks"),
    ("financial_hardship", "benign", "dm",
        "saw the \"Debt-Free Diaries\" podcast mention you guys. is the budgeting tool they talked about "
        "in the app or is that a separate thing?"),
    # ---- legal / sensitive
    ("legal", "sensitive", "email",
        "Hello, my solicitor has asked for 12 months of statements on my Easy Saver and our joint "
        "Christmas club as part of the financial disclosure in my divorce. Form E is due on the 30th. "
        "Can you send them to me, not to the house, as my husband still opens the post there? Regards, "
        "Michelle Garside"),
    ("legal", "sensitive", "call",
        "Customer: I've been told I need to declare something on the loan application. || Agent: Okay, "
        "what's that regarding? || Customer: I've got a conviction from 2016, theft from an employer. "
        "It's spent now I think, but I don't want to be accused of lying. || Agent: Thanks for being "
        "upfront. If it's spent you don't need to declare it, but I'll note that you asked."),
    ("legal", "sensitive", "agent_note",
        "Member reports card skimmed at the Millbeck garage cashpoint; £640 taken. She has reported to "
        "police, crime ref SC/44178/25. Refund raised under fraud procedure; new card ordered."),
    ("legal", "sensitive", "voicemail",
        "Hi, this is Wayne Pickles. My son's been arrested and he's being held at Scarfield Road "
        "station, they've set bail at a surety and I need to get money out of my savings today. Can "
        "someone call me urgently on 07700 900908? Please."),
    ("legal", "sensitive", "web_form",
        "Request: Court order | Details: Please find attached a sealed order from Scarfield County Court "
        "(claim no. K7QZ3341) freezing the funds in my ex-partner's account pending the financial remedy "
        "hearing. Please confirm you have applied it. | Name: Deborah Hale"),
    ("legal", "sensitive", "chat",
        "Customer: do you need to know if I'm in the middle of an employment tribunal? I'm suing my old "
        "employer for unfair dismissal and my payroll saver was with them || Agent: You don't need to "
        "tell us about the claim itself, but we'll need to switch your saver to standing order now "
        "you've left. || Customer: ok, can we do that today"),
    ("legal", "sensitive", "email",
        "To whom it may concern, I act for Mr Darren Whitlock in relation to criminal proceedings listed "
        "at Scarfield Crown Court. We request copies of his transaction history for 1 to 30 June in "
        "connection with his defence. Signed authority enclosed. Yours faithfully, R. Osei, Osei & "
        "Partners Solicitors"),
    ("legal", "sensitive", "sms",
        "my ex has a non-molestation order against her since march, but the joint christmas club still "
        "has both names. can it be split without me having to see her or contact her || Agent: Yes, we "
        "can handle it separately with each of you, you won't need to be in contact. I'll call you to "
        "explain. || Customer: thank you"),
    ("legal", "sensitive", "dm",
        "Just to let you know I'm taking Scarfield to the small claims court over the £85 fee you "
        "charged on my closed account. My claim's been filed online. Last chance to sort it before the "
        "hearing. || Agent: We're sorry it's come to this. Please DM your member number and our "
        "complaints team will review the fee today. || Customer: Sent."),
    ("legal", "sensitive", "agent_note",
        "Member called: going through divorce, decree nisi granted last month. Wants ex-husband removed "
        "as joint holder of the Easy Saver. Explained both must sign unless there's a court order. "
        "She'll ask her solicitor."),
    ("legal", "sensitive", "call",
        "Agent: Good morning, Scarfield Credit Union. || Customer: Hi. I've been released from HMP "
        "Northmoor two weeks ago and I'm trying to get my account working again. Probation said you "
        "might help. || Agent: Of course, we work with the resettlement team. Do you have your release "
        "papers and a probation contact? || Customer: Yeah, my officer's name is Sarah Penfold."),
    ("legal", "sensitive", "review",
        "One star. I was the victim of a scam, reported it to the police and Action Fraud with a crime "
        "number, and Scarfield still took six weeks to look at it. I've now instructed a solicitor."),
    ("legal", "sensitive", "chat",
        "hi, I've got a CCJ being set aside next month, my hearing is on the 12th. if it gets set aside "
        "does it still show when you do a credit check for the loan or does it disappear? || Agent: Once "
        "set aside, the court tells the register and it's removed, so it won't show on a new check. || "
        "Customer: ok good, I'll wait till after then"),
    ("legal", "sensitive", "web_form",
        "Name: Martin Sykes | Enquiry type: Loan application | Message: I'm currently on police bail, no "
        "charge yet, and my work has suspended me. My payroll saver has stopped. Will the bail affect "
        "whether I can get a small loan to cover the gap?"),
    ("legal", "sensitive", "letter",
        "Dear Scarfield Credit Union, I am writing to inform you that I have started proceedings against "
        "my former landlord at the First-tier Tribunal and my representative may contact you to verify "
        "rent payments made from my Easy Saver account between 2022 and 2024. Yours sincerely, Anjali "
        "Mehta"),
    # ---- legal / benign
    ("legal", "benign", "email",
        "Hello, could you send me a copy of your terms and conditions for the Christmas club? I'd like "
        "to read the small print on early withdrawal before I sign up. Thank you, Lindsay Fell"),
    ("legal", "benign", "chat",
        "Customer: is it actually legal for the app to ask for my location? || Agent: Good question! "
        "Location is optional, it's only used to flag unusual logins. You can switch it off in Settings. "
        "|| Customer: ok cool, switching it off"),
    ("legal", "benign", "web_form",
        "Organisation: Scarfield Law Centre | Enquiry: We'd like to book the Tollgate Road community "
        "room for free legal advice drop-ins on the first Monday of each month. We're a registered "
        "charity. What's the charge?"),
    ("legal", "benign", "agent_note",
        "Caller asked general question re whether a lasting power of attorney can be registered on a "
        "savings account. Explained process in general terms; no specific member or account. She's a "
        "paralegal drafting guidance."),
    ("legal", "benign", "sms",
        "Booked the tennis court at the leisure centre with my debit card and it came out twice. £9 x2. "
        "Can you refund one? || Agent: I can see both, one is pending and will drop off in 2 days. || "
        "Customer: oh ok great"),
    ("legal", "benign", "review",
        "Friendly staff, honest terms, no hidden fees. Feels like a credit union that plays by the rules "
        "unlike some banks. Five stars."),
    ("legal", "benign", "call",
        "Customer: I work for the police, civilian staff in the control room. Can I get the payroll "
        "saver through them? || Agent: Yes, Scarfield Police staff are part of our payroll scheme. || "
        "Customer: Great, what form is it? || Agent: I'll email you the employer form now."),
    ("legal", "benign", "email",
        "Hi, I'm a trainee solicitor at Barraclough & Kent and we're looking at offering the payroll "
        "saver to all staff. Could someone send details of how the deductions work for a firm of our "
        "size (about 40)? Regards, Tariq"),
    ("legal", "benign", "dm",
        "binge watched the whole of 'Court of Appeal' season 2 this weekend, then realised I'd forgotten "
        "to pay into the christmas club. can I still pay this week's today? || Agent: Yes, pay any time "
        "before Sunday and it counts for this week. || Customer: legend"),
    ("legal", "benign", "chat",
        "Customer: my phone case has the card slot and now the card won't tap, is that the case's fault? "
        "|| Agent: Quite possibly, some magnetic cases block contactless. Try it out of the case. || "
        "Customer: yep that was it, sorry!"),
    ("legal", "benign", "agent_note",
        "Call from Scarfield Magistrates' Court admin office: their staff social fund wants to open a "
        "Christmas club. Explained we do individual memberships only. Sent a poster for their notice "
        "board."),
    ("legal", "benign", "email",
        "Dear Sir or Madam, please could you confirm the legal name and registered address of Scarfield "
        "Credit Union for a direct debit mandate I'm setting up through my employer's system? Thanks, "
        "Julie Barlow (Finance Assistant)"),
    ("legal", "benign", "voicemail",
        "Hi, it's Harry Winter. I'm a witness on the loan agreement for my mate Dan and I need to know "
        "if I have to come in with him on Thursday or can I sign online. Call me back on 07700 900133, "
        "thanks."),
    ("legal", "benign", "chat",
        "Customer: your app's privacy policy says you 'may share data with law enforcement'. when does "
        "that happen? || Agent: Only where we're legally required, for example a court order. We'd never "
        "share it otherwise. || Customer: ok fair enough, just checking"),
    ("legal", "benign", "review",
        "Four stars. Honestly felt like being cross-examined when they asked for three payslips and a "
        "bank statement, but the loan came through in two days and the rate's fair."),
    # ---- bereavement / sensitive
    ("bereavement", "sensitive", "email",
        "Hello, I'm writing to let you know that my mum, Patricia Kershaw (member 10442), passed away on "
        "18 September. I'm the executor of her will. She had an Easy Saver and a Christmas club with "
        "you. What do you need from me to close them? Kind regards, Julie Kershaw"),
    ("bereavement", "sensitive", "call",
        "Agent: Scarfield Credit Union, Tom speaking. || Customer: Hello love. I'm ringing because my "
        "husband died on Sunday and he always did the money. I don't even know what accounts we have. || "
        "Agent: I'm so sorry for your loss. Take your time. Can I take his name and date of birth and "
        "I'll tell you what's in his name and what's joint? || Customer: Thank you. It's Frank, Frank "
        "Dyson."),
    ("bereavement", "sensitive", "agent_note",
        "Member's partner died suddenly last week (RTC). Member requesting 3-month pause on Handy Loan "
        "repayments while funeral and estate are sorted. Approved. Bereavement support leaflet sent. "
        "Please don't chase."),
    ("bereavement", "sensitive", "sms",
        "Sorry I missed the appt yesterday. My brother passed away Tuesday and I'm all over the place. "
        "Can we rebook next week? Shannon || Agent: Shannon, I'm so sorry for your loss. Don't worry at "
        "all. I'll call you next week when you're ready. || Customer: Thank you x"),
    ("bereavement", "sensitive", "web_form",
        "Notification type: Death of a member | Deceased: Albert Moss | Date of death: 02/01/2025 | Your "
        "relationship: Son | Message: Dad had a small loan with you, I think about £300 left. I'd like "
        "to pay it off from his estate. Where do I send the death certificate?"),
    ("bereavement", "sensitive", "chat",
        "Customer: can i take out a loan for a funeral || Agent: I'm very sorry. Yes, we can help with "
        "funeral costs. Who has passed away, if you don't mind me asking? || Customer: my grandad, he "
        "brought me up. there's no money in his estate and the funeral director wants £2800 upfront || "
        "Agent: I'm so sorry. Let's go through it together, the Handy Loan goes up to £3,000."),
    ("bereavement", "sensitive", "voicemail",
        "Hi, it's Lynne Carver. I'm ringing on behalf of my sister Joanne, she lost her baby at 30 weeks "
        "last month and she's in no state to call anyone. Her Christmas club is still taking money and "
        "she wants it stopped. Please call me on 07700 900477."),
    ("bereavement", "sensitive", "review",
        "I want to thank the lady at Millbeck who helped me after my wife died in March. She sat with me "
        "for forty minutes sorting out Margaret's accounts and didn't rush me once. That's what a credit "
        "union should be."),
    ("bereavement", "sensitive", "dm",
        "hi the app keeps sending my dad notifications about his christmas club but he died in june. its "
        "on my phone because i helped him set it up. can someone just stop it please its horrible seeing "
        "his name pop up || Agent: I'm so sorry for your loss. I've stopped all notifications on your "
        "dad's account. We'll DM you about next steps when you're ready. || Customer: thank you"),
    ("bereavement", "sensitive", "email",
        "Dear team, my wife Ruth passed away in August after a short illness. Our joint Easy Saver "
        "should now be in my name only. I've enclosed a certified copy of the death certificate. "
        "Regards, Colin Whitehead"),
    ("bereavement", "sensitive", "agent_note",
        "Caller's son killed in a workplace accident at the quarry 10 days ago. Son had payroll saver "
        "via Brindle Aggregates. Caller is next of kin, no will. Explained small estates process (<£5k). "
        "Sent forms. Very distressed, handle gently."),
    ("bereavement", "sensitive", "call",
        "Customer: I need to change the nominee on my savings. || Agent: Of course. Who's currently "
        "listed? || Customer: My partner, Steve. He passed in the spring. I've been putting off doing "
        "this. || Agent: I'm so sorry. We can update it today. Who would you like it to be now?"),
    ("bereavement", "sensitive", "chat",
        "hello, my father die last month in Pakistan, I have the certificate but it is in Urdu. I am his "
        "only son here and he had savings with you from when he work at the mill. You accept translation?"),
    ("bereavement", "sensitive", "letter",
        "Dear Sirs, it is with sadness that I write to inform you of the death of my aunt, Miss Edith "
        "Lumb, on 4th February at Heathfield Nursing Home. I am acting as administrator of her estate. "
        "Please freeze her accounts and forward closing balances. Yours faithfully, G. Lumb"),
    ("bereavement", "sensitive", "sms",
        "Mums funeral is friday. Can I get the money out of her christmas club to pay for the flowers or "
        "does it have to wait for probate || Agent: I'm so sorry. We can release up to £1,500 for "
        "funeral costs before probate. Can you bring the invoice in? || Customer: yes I'll bring it "
        "tomorrow"),
    # ---- bereavement / benign
    ("bereavement", "benign", "sms",
        "My phone died in the middle of the app update and now it won't open, says 'session expired'. "
        "What do I do? || Agent: Delete the app, reinstall and log in again, your details are safe. || "
        "Customer: sorted, thanks"),
    ("bereavement", "benign", "chat",
        "Customer: this loan calculator is killing me, it keeps resetting when I change the term || "
        "Agent: Sorry! Which browser are you using? || Customer: safari on the ipad || Agent: There's a "
        "known issue there, try the app or Chrome and it'll keep your figures."),
    ("bereavement", "benign", "email",
        "Hi, the 'Find a branch' link at the bottom of your homepage is a dead link, it just goes to a "
        "blank page. Thought you'd want to know. Thanks, Rob"),
    ("bereavement", "benign", "agent_note",
        "Member asked in general whether we offer funeral plans. Explained we don't, but the Handy Loan "
        "can be used for any purpose. He's just comparing options for the future, no specific "
        "circumstances."),
    ("bereavement", "benign", "review",
        "Three stars. I nearly died of boredom waiting in the queue on Saturday, only one cashier on. "
        "The loan itself was easy though."),
    ("bereavement", "benign", "dm",
        "got tickets to the Grateful Dead tribute night at the Corn Exchange and the booking site "
        "charged me in dollars?? is that a fee from you or them || Agent: We don't charge a fee there; "
        "it'll be the booking site's currency setting. Worth asking them. || Customer: cheers"),
    ("bereavement", "benign", "call",
        "Customer: I paid the Christmas club late this week, is there a late fee? || Agent: No, there's "
        "no fee for paying late in the same month. || Customer: Great, I'll pay it now then. || Agent: "
        "Perfect, it'll show straight away."),
    ("bereavement", "benign", "web_form",
        "Organisation: Scarfield Hospice | Enquiry: We're holding a Light Up a Life fundraising evening "
        "in December and wondered if Scarfield Credit Union would sponsor a table or donate a raffle "
        "prize."),
    ("bereavement", "benign", "chat",
        "Customer: app is dead slow today, is something wrong? || Agent: Yes, we're running maintenance "
        "until 2pm, sorry for the hassle. || Customer: ah fair, I'll try after lunch"),
    ("bereavement", "benign", "email",
        "Dear Scarfield, I work for Greaves & Sons Funeral Directors and we'd like to set up the payroll "
        "saver for our staff of 11. Please could you send the employer pack? Kind regards, Martin Greaves"),
    ("bereavement", "benign", "voicemail",
        "Hiya, it's Lou. My old card expired and it's completely dead, won't even work at the cashpoint. "
        "I've not had the new one through. Can you send one? 07700 900391."),
    ("bereavement", "benign", "review",
        "Brilliant customer service. My old account was a dead loss with the big bank, switching to "
        "Scarfield was the best thing I did this year."),
    ("bereavement", "benign", "dm",
        "going to the Day of the Dead party at the Rialto on saturday, can i pay the tickets with my "
        "christmas club money early or is that locked?"),
    ("bereavement", "benign", "agent_note",
        "Member enquiring about 'dormant account' letter for an old Easy Saver she'd forgotten (last "
        "used 2015). Confirmed ID; account reactivated, balance £38.11."),
    ("bereavement", "benign", "chat",
        "Customer: the app says my savings goal has 'expired', what does that mean? || Agent: It just "
        "means the target date has passed. You can edit the date or set a new goal. || Customer: oh "
        "right, I'll push it to June"),
    # ---- violence_self_harm / sensitive
    ("violence_self_harm", "sensitive", "email",
        "Please do not send any post to my old address on Fenwick Road. I've left my partner because he "
        "was hitting me and I'm staying somewhere safe now. He knows my login and I'm scared he'll see "
        "where I've moved to through the app. Can you change everything? Thank you, Kelly"),
    ("violence_self_harm", "sensitive", "call",
        "Customer: I need to change my passcode and the email on the account. || Agent: Of course. Is "
        "everything okay? || Customer: My ex keeps getting into it. He controls all the money, he takes "
        "my wages and gives me twenty quid a week. I've only just realised that's not normal. || Agent: "
        "Thank you for telling me. We'll lock it down now, and I can give you the number for a domestic "
        "abuse helpline if you'd like."),
    ("violence_self_harm", "sensitive", "agent_note",
        "Member attacked at the Millbeck cashpoint on Friday night, pushed to the ground and card taken. "
        "Police attended. Card stopped, disputed withdrawals of £250 refunded. Member shaken, asked for "
        "in-branch visits only for a while."),
    ("violence_self_harm", "sensitive", "chat",
        "Customer: whats the point anymore honestly || Agent: I'm here. Can you tell me a bit more about "
        "what's going on? || Customer: loan, rent, everything. i dont want to be here anymore. i've been "
        "thinking about ending it || Agent: I'm really glad you told me. Your safety matters more than "
        "any loan. Can you call the Samaritans right now? I can stay on the chat with you while you do."),
    ("violence_self_harm", "sensitive", "sms",
        "Someone keeps following me from the High St branch to my bus stop every Friday after I pay in. "
        "Same man 3 weeks running. Can I pay in a different way? || Agent: Thank you for telling us, "
        "that sounds frightening. We can set up the app so you never need to carry cash in. Would you "
        "like a call? || Customer: yes please, after 5"),
    ("violence_self_harm", "sensitive", "voicemail",
        "Hello, it's about my account. I borrowed off a man on the estate, a doorstep lender, and he's "
        "threatening to break my legs if I don't pay him by Friday. I need to know if you can do a loan "
        "today. Please, it's Dale, 07700 900688."),
    ("violence_self_harm", "sensitive", "web_form",
        "Reason for contact: Security concern | Details: My ex-husband has been turning up at my work "
        "and messaging me dozens of times a day. He used to have the password to our joint Christmas "
        "club. The police have given me a reference for stalking. Please remove him and stop him seeing "
        "my address. | Name: Laura Pennington"),
    ("violence_self_harm", "sensitive", "review",
        "One star. I told the man on the phone I was self-harming again because of the debt and he just "
        "read me the arrears policy. I'm okay now but please train your staff."),
    ("violence_self_harm", "sensitive", "dm",
        "one of your staff at tollgate rd keeps messaging me on insta since i went in for a loan. told "
        "him to stop twice, he's now commenting on my photos and said he knows where I live. this is "
        "harassment || Agent: We're really sorry. This is being treated as a serious complaint. Please "
        "DM your name and number and our manager will call today. || Customer: ok sent it"),
    ("violence_self_harm", "sensitive", "agent_note",
        "Cust (elderly, lives alone) says her grandson has been taking her card and threatening her when "
        "she refuses. She's frightened of him. Card cancelled, new one to branch for collection only. "
        "Safeguarding referral made with her consent."),
    ("violence_self_harm", "sensitive", "call",
        "Agent: How can I help? || Customer: I'm ringing from a refuge. I had to leave with the kids two "
        "nights ago. I need my payroll saver money but I can't tell you the address. || Agent: You don't "
        "need to give us the address. We can pay it to any account you choose and mark your file so "
        "nothing's posted out. || Customer: Thank you. He hurt me really badly this time."),
    ("violence_self_harm", "sensitive", "chat",
        "hiya sorry, this is awkward. my neighbour has been shouting threats through my letterbox over a "
        "parking thing and last night he smashed my car window. my card was in the car. can u cancel it"),
    ("violence_self_harm", "sensitive", "email",
        "I'm writing from the hospital. I took an overdose on Sunday and I'm being kept in. I'm alright, "
        "but I'm worried about the loan payment going out on Friday and bouncing. My sister Claire will "
        "help me sort it. Sorry for the bother. Mark Doherty"),
    ("violence_self_harm", "sensitive", "letter",
        "Dear Scarfield, I wish to make a complaint. A member of staff at Millbeck branch grabbed my arm "
        "and pushed me out of the door on 12th May. I have bruising and photographs. I would like a full "
        "investigation. Yours, Mr Leonard Haigh"),
    ("violence_self_harm", "sensitive", "agent_note",
        "Member says her husband went through her phone, found the Easy Saver she'd opened secretly and "
        "threatened her. She's planning to leave. Added safe-contact flag: text only to 07700 900245, no "
        "post, no calls."),
    # ---- violence_self_harm / benign
    ("violence_self_harm", "benign", "chat",
        "Customer: the two-factor code is killing me, it times out before I can type it || Agent: Sorry! "
        "Codes last 60 seconds. Try copying it from the text notification. || Customer: oh I didn't know "
        "you could do that. ta"),
    ("violence_self_harm", "benign", "sms",
        "I could murder a coffee after that queue at High St. Anyway, did my payment in get to the "
        "christmas club? || Agent: Ha! Yes, £20 landed in your Christmas club at 10:41. || Customer: "
        "nice one"),
    ("violence_self_harm", "benign", "dm",
        "the Kill Bill screening at the Rialto took my card payment twice, you seeing a duplicate your "
        "end or is it them? || Agent: Only one's gone through, the other is a pending authorisation "
        "that'll drop off. || Customer: ok cheers"),
    ("violence_self_harm", "benign", "email",
        "Hello, I got an email claiming to be from you saying my account is under threat and I need to "
        "verify my details. It looks fake. Forwarding it to you. Regards, Brian"),
    ("violence_self_harm", "benign", "agent_note",
        "Member asked in general about our safety measures at night-time cashpoints (lighting, CCTV) for "
        "a residents' association newsletter. Gave general info. No incident reported."),
    ("violence_self_harm", "benign", "review",
        "Five stars, absolutely smashed my savings target this year thanks to the Christmas club. The "
        "reminders are a lifesaver."),
    ("violence_self_harm", "benign", "call",
        "Customer: I think I've hit my daily limit on the app. || Agent: Yes, the app limit is £1,000 a "
        "day. Would you like to raise it? || Customer: Please, to £2,500 just for today. || Agent: Done, "
        "it'll reset to the standard limit at midnight."),
    ("violence_self_harm", "benign", "web_form",
        "Organisation: Scarfield Women's Aid (registered charity) | Enquiry: Could your community team "
        "give a talk on budgeting basics at our volunteer training day in March? No members' details are "
        "involved; it's a general session."),
    ("violence_self_harm", "benign", "chat",
        "Customer: your website got hit by a bot attack or something? it keeps showing captchas || "
        "Agent: We've added extra protection after a spike in automated traffic. Sorry for the extra "
        "step! || Customer: fine, just checking it wasn't a virus on my end"),
    ("violence_self_harm", "benign", "email",
        "Dear Scarfield, as a personal safety trainer I run workshops for lone workers. Does the credit "
        "union offer the payroll saver for self-employed trainers, or only employees? Regards, Jon "
        "Ackroyd"),
    ("violence_self_harm", "benign", "voicemail",
        "Hi, it's Debbie. Your card machine at the Tollgate Road counter was beating me up this morning, "
        "took four goes to read my card. Not urgent, just letting you know. Bye!"),
    ("violence_self_harm", "benign", "dm",
        "saw the new ad with the boxer punching 'high interest' in the face lol. is the loan rate in it "
        "actually the real one? || Agent: Ha, glad you noticed it! Yes, that's our current "
        "representative APR. || Customer: nice"),
    ("violence_self_harm", "benign", "review",
        "Four stars. Fought the app for twenty minutes trying to find where to change my address, then "
        "realised it's under Profile. Could be clearer."),
    ("violence_self_harm", "benign", "agent_note",
        "Caller from Scarfield Martial Arts Club, the club wants to open a Christmas club for its "
        "members' annual party. Explained individual accounts only; sent sign-up leaflets for the "
        "noticeboard."),
    ("violence_self_harm", "benign", "chat",
        "Customer: the 'threat detected' banner on your app - is that about me? || Agent: No, that's a "
        "notice about a phishing text going around, nothing to do with your account. || Customer: ok, "
        "scared me for a second"),
    # ---- special_categories / sensitive
    ("special_categories", "sensitive", "chat",
        "Customer: hi can I move my branch appointment on Thursday to a bit later? || Agent: Sure, what "
        "time works? || Customer: Eid's probably Sunday so we're still fasting till then, could it be "
        "after sunset, like 8? || Agent: Our latest slot is 6:30 at High Street, would that be okay? || "
        "Customer: ok I'll bring dates with me lol"),
    ("special_categories", "sensitive", "email",
        "Hi, we keep Shabbat so I won't be on the app from Friday evening to Saturday night. My loan "
        "payment is due on a Saturday this month, will it still go out automatically or do I need to do "
        "anything before? Thanks, Daniel Rosen"),
    ("special_categories", "sensitive", "web_form",
        "Product: Christmas Club | Request: Change payout date | Details: As a Jehovah's Witness I don't "
        "celebrate Christmas, but I like the discipline of the club. Could mine pay out in August "
        "instead, for our summer convention? | Name: Rhoda Fairbairn"),
    ("special_categories", "sensitive", "agent_note",
        "Member asked whether there's an account option that doesn't pay interest. Says she converted to "
        "Islam last year and would rather not earn riba. Explained the Easy Saver can have interest paid "
        "to a charity of her choice. She'll think about it."),
    ("special_categories", "sensitive", "email",
        "Dear Scarfield, I'm the vicar at St Oswald's, Millbeck. My stipend comes from the diocese "
        "rather than a normal employer. Can the payroll saver be set up with them, or do I do it by "
        "standing order? Every blessing, Revd Helen Marsh"),
    ("special_categories", "sensitive", "sms",
        "Can I break the christmas club early? Need it for Diwali not christmas, we don't do xmas. Puja "
        "stuff and gifts for the whole family. Thanks, Sunita || Agent: Hi Sunita, yes, we can pay it "
        "out early. Would you like it on the 20th, before Diwali? || Customer: Perfect thank you"),
    ("special_categories", "sensitive", "call",
        "Customer: I tried the video ID check and it asked me to take my turban off for the photo. || "
        "Agent: I'm sorry, that shouldn't happen. You never need to remove religious head coverings. || "
        "Customer: I'm a practising Sikh, I'm not doing that for a bank app. || Agent: Completely "
        "understood. I'll log it with the app team and we can verify you in branch instead."),
    ("special_categories", "sensitive", "review",
        "Four stars. I'm an atheist and I've always found the 'Christmas Club' name a bit much, but the "
        "staff were fine about me calling it my 'winter fund' and it pays out on time every year."),
    ("special_categories", "sensitive", "dm",
        "could you not book me in on ash wednesday? I'll be at mass in the morning and fasting, not in "
        "the mood to talk loans lol. thursday 6th?"),
    ("special_categories", "sensitive", "agent_note",
        "Member in branch upset: says another customer in the queue called her a 'gypo' and told her to "
        "go back to her caravan. Member is Romani. Staff intervened; other customer asked to leave. "
        "Incident logged, manager to call her."),
    ("special_categories", "sensitive", "email",
        "Hello, we're Irish Travellers and we move between sites over the year, usually Barrow Lane in "
        "winter and further north in summer. Which address should I put on the loan form so the letters "
        "find me? Thanks, Bridget Ward"),
    ("special_categories", "sensitive", "review",
        "One star. A man in the queue at Tollgate Road kept making remarks about 'people like me' and my "
        "accent, and the cashier didn't say a word. I'm Black and I've banked here twelve years. Not "
        "good enough."),
    ("special_categories", "sensitive", "chat",
        "Customer: why do u need my passport again? im Polish, been here 14 years, I have settled status "
        "|| Agent: Sorry for the hassle, it's just our standard ID renewal every five years. || "
        "Customer: my English friends never get asked || Agent: It applies to all members whatever their "
        "nationality, but I understand why it felt that way."),
    ("special_categories", "sensitive", "web_form",
        "Name: Kamaran Aziz | Enquiry: Letters in another language | Details: My father is Kurdish and "
        "only reads Sorani. He is the account holder. Can his statements be sent with a translation, or "
        "can I be added to receive them?"),
    ("special_categories", "sensitive", "call",
        "Customer: Your face check in the app failed me six times. || Agent: I'm sorry, let's try to "
        "find out why. || Customer: I'll tell you why. I'm mixed race, half Jamaican, and every one of "
        "these systems struggles with darker skin. My white partner got through first time. || Agent: "
        "That's really not okay. I'll raise it formally and verify you another way today."),
    ("special_categories", "sensitive", "agent_note",
        "Member identifies as Gypsy/Traveller, lives on the council site at Barrow Lane. Asked that post "
        "go to the site office. Noted. Please don't treat the site address as 'no fixed abode' on the "
        "system."),
    ("special_categories", "sensitive", "email",
        "As a Nigerian-born member I send money home to my mother in Enugu every month. The app's "
        "international transfer keeps being blocked. Is it because of the country? It's my own money. "
        "Regards, Chidi Okonkwo"),
    ("special_categories", "sensitive", "dm",
        "we're a british chinese family and my parents only speak cantonese. any chance of a cantonese "
        "speaker at the branch when they come in to open the christmas club?"),
    ("special_categories", "sensitive", "sms",
        "Lost my card somewhere on Cobden St last night delivering Labour leaflets. Can you cancel it "
        "please? || Agent: Cancelled. A new card will be with you in 3 to 5 working days. || Customer: "
        "Thanks"),
    ("special_categories", "sensitive", "email",
        "Hello, I'm standing as an independent candidate for Millbeck ward in May. I need a separate "
        "account for campaign donations so it's all transparent. Is that something you do or do I need a "
        "bank? Thanks, Gordon Pyle"),
    ("special_categories", "sensitive", "chat",
        "Customer: my card got flagged in London on saturday?? || Agent: We saw some spending outside "
        "your usual area, just checking it was you. || Customer: yes that was me, I was at the climate "
        "march, bought food near Whitehall || Agent: Thanks, I've marked it as genuine."),
    ("special_categories", "sensitive", "agent_note",
        "Member (Conservative councillor for Ridgeway ward) asked that her councillor allowance be "
        "split, £100 into Easy Saver each month. Noted she prefers the council's payroll saver route."),
    ("special_categories", "sensitive", "call",
        "Customer: Can I set up a standing order from my Easy Saver? || Agent: Of course, who to? || "
        "Customer: The Green Party, it's my monthly membership donation, fifteen pound. || Agent: No "
        "problem, I'll need their account details."),
    ("special_categories", "sensitive", "review",
        "Good credit union, honest people. I voted Reform last time and I'll tell anyone who listens "
        "that the big banks have been ripping us off. Scarfield is the exception. Five stars."),
    ("special_categories", "sensitive", "dm",
        "I'm secretary of the Scarfield Momentum group now and I'm always out at meetings on weekday "
        "evenings. any chance of saturday appointments for loans?"),
    ("special_categories", "sensitive", "voicemail",
        "Hi, it's Alan Kirby. My card was refused at the print shop when I was paying for the "
        "anti-incinerator protest placards. There's plenty in the account. Can you call me, 07700 "
        "900724? We're on the march Saturday."),
    ("special_categories", "sensitive", "web_form",
        "Name: Tessa Longbottom | Enquiry: I've been out canvassing for the Lib Dems most evenings and "
        "keep missing your calls about my loan. Can we do it by email instead until after the election?"),
    ("special_categories", "sensitive", "email",
        "As a shop steward at Hallam Bus depot I get asked a lot about the payroll saver by the lads. "
        "Could you send me 50 leaflets and your rates sheet? I'll hand them round at the next branch "
        "meeting. Cheers, Keith Armitage"),
    ("special_categories", "sensitive", "sms",
        "Im on the picket line tues and weds so no pay those days. Can my loan payment move to the 20th "
        "this month? || Agent: No problem, we've moved this month's payment to the 20th. Good luck. || "
        "Customer: cheers"),
    ("special_categories", "sensitive", "call",
        "Customer: I want my payroll deduction to come through the union instead of the employer. || "
        "Agent: Okay, which union is that? || Customer: The AMWU, I've been a member nine years and they "
        "run a deduction scheme with you. || Agent: Yes, they do. I'll send the switch form."),
    ("special_categories", "sensitive", "agent_note",
        "Cust is a member of the Print & Paper Workers Union; wants strike pay from the union paid into "
        "her Easy Saver during the dispute. Gave sort code and account number. Noted."),
    ("special_categories", "sensitive", "email",
        "I'd like my FCW union rep to come with me to the meeting about my loan restructure on Thursday. "
        "She's called Angie Doyle. Is that allowed? Regards, Marie Slattery"),
    ("special_categories", "sensitive", "chat",
        "since I became branch secretary for the union at Castlegate I'm getting loads of questions "
        "about your loans. do you do talks at workplaces? I could book the canteen."),
    ("special_categories", "sensitive", "voicemail",
        "Hi, it's Gaz. I'm health and safety rep for the union at the Castlegate plant and we've got a "
        "meeting Friday. Can I get my loan docs signed Thursday instead? 07700 900567."),
    ("special_categories", "sensitive", "web_form",
        "Name: Liam Quinlan | Enquiry: My statement shows 'AMWU SUBS £14.20' going out twice this month. "
        "Can you tell me if that's your error or the union's? I only pay one lot of dues."),
    ("special_categories", "sensitive", "review",
        "The AMWU told all of us at the depot about Scarfield during the dispute last year and I've been "
        "a member of both since. Five stars for sticking by striking workers with payment breaks."),
    ("special_categories", "sensitive", "email",
        "Hi, my husband Gareth and I would like to open a joint Easy Saver. Do we both need to come in "
        "or can one of us do it online? Thanks, Tom Whitlow"),
    ("special_categories", "sensitive", "chat",
        "Customer: can I change my emergency contact on the app? || Agent: Yes, under Profile > "
        "Contacts. || Customer: it's just since I came out my dad isn't really in the picture, so I want "
        "it to be my girlfriend, Priya || Agent: Of course. Just add her there and remove the old one."),
    ("special_categories", "sensitive", "email",
        "There's a £14.99 monthly charge from a dating app I cancelled in June. It's a gay dating app "
        "and my housemate sometimes sees the joint bills statement, so please can the refund not show "
        "the merchant name? Thanks, Ryan"),
    ("special_categories", "sensitive", "call",
        "Agent: And is this about your wife's account? || Customer: No, my husband's. Dan. He's my "
        "husband. || Agent: Sorry about that, Mr Hewitt. What can I help with on Dan's account? || "
        "Customer: He wants me added as a signatory on his savings."),
    ("special_categories", "sensitive", "sms",
        "Charged twice at the sexual health clinic for the private screening, £89 x2. Can you refund "
        "one? Please dont call my landline || Agent: We'll refund the duplicate and only contact you by "
        "text. || Customer: Thank you"),
    ("special_categories", "sensitive", "agent_note",
        "Member asked that his boyfriend, Marcus Lee, be added as nominee on his Easy Saver. Nominee "
        "form sent to member's email."),
    ("special_categories", "sensitive", "dm",
        "your joint account form only has 'husband/wife/partner (male)'. my wife and I are both women "
        "lol, can you sort that out please? Jess & Nat"),
    ("special_categories", "sensitive", "review",
        "As a bi woman I did laugh when the loan adviser assumed my partner on the joint application was "
        "a man. She's called Ros. Small thing, the service was lovely otherwise."),
    ("special_categories", "sensitive", "web_form",
        "Name: Owen Pritchard | Enquiry: Joint mortgage savings | Details: My partner Sam and I (both "
        "guys, together 6 years) are saving for a deposit. Can we open a joint regular saver?"),
    ("special_categories", "sensitive", "email",
        "Hello, my pronouns are they/them and I'd prefer Mx as a title. Your letters keep saying Mr. "
        "Could you update my record? Thanks, Alex Corbridge"),
    ("special_categories", "sensitive", "chat",
        "Customer: the app and my card still have my deadname on them || Agent: I'm sorry, let's fix "
        "that. Have you changed your name by deed poll? || Customer: yes, after my transition, I've got "
        "the deed poll and my new passport || Agent: Great, upload them under Profile > Documents and "
        "we'll reissue the card in your name."),
    ("special_categories", "sensitive", "web_form",
        "Request: Update gender marker | Details: I now have a Gender Recognition Certificate and would "
        "like my record to show female. Please do not ask me to post the certificate itself. | Name: "
        "Charlotte Keane"),
    ("special_categories", "sensitive", "agent_note",
        "Member is trans (she/her). Old name appears on archived passbook. Please don't use the previous "
        "name on calls or letters. Record updated."),
    ("special_categories", "sensitive", "call",
        "Customer: I'm non-binary, and every time I ring I get called 'sir'. || Agent: I'm sorry about "
        "that. How would you like us to address you? || Customer: Just by my name, Robin. No sir or "
        "madam. || Agent: I'll put that on your file so everyone sees it."),
    ("special_categories", "sensitive", "dm",
        "I'm a trans man and since I've grown a beard the face login on your app doesn't recognise me. "
        "any way to re-enrol it? || Agent: Hi! Go to Settings > Security > Face login, turn it off and "
        "on again to re-scan. || Customer: worked, ta"),
    ("special_categories", "sensitive", "voicemail",
        "Hello, it's Sophie Greaves, account 3319. I changed my name when I transitioned, it's been "
        "three years, and I've just had a loan letter with my old name on. Please sort it. 07700 900143."),
    ("special_categories", "sensitive", "review",
        "Three stars. The branch staff were great when I came out as trans and needed everything "
        "updated, but the app took another six weeks to stop showing my old name. Please fix that "
        "process."),
    ("special_categories", "sensitive", "email",
        "My sister is transitioning and has asked me to help her change her name on her Christmas club. "
        "She's given me permission to email. Her new name is Eleanor. What do you need from her? "
        "Regards, Ben Ashworth"),
    ("special_categories", "sensitive", "email",
        "Hello, my BRCA result came back positive last month and I'm planning preventive surgery next "
        "year. I'd like to start saving a bit for time off work. What's your best regular saver? Kind "
        "regards, Nicola Barnes"),
    ("special_categories", "sensitive", "chat",
        "Customer: random question, can I use a handy loan for a private genetic test? || Agent: You can "
        "use it for most personal costs. || Customer: Huntington's runs in my mum's side and the NHS "
        "wait is huge. I'm 50/50 || Agent: I'm sorry, that sounds like a lot to carry. Yes, the loan can "
        "cover that."),
    ("special_categories", "sensitive", "agent_note",
        "Member and partner both found to be cystic fibrosis carriers on screening; saving for IVF with "
        "embryo testing. Set up joint regular saver at £200/month."),
    ("special_categories", "sensitive", "email",
        "Bit of a strange one. My ancestry DNA test says I'm a close match to a man in Leeds who turns "
        "out to be my biological father. I want to pay for a paternity test to confirm. Can my Easy "
        "Saver be accessed the same day? Thanks, Claire"),
    ("special_categories", "sensitive", "web_form",
        "Name: Graham Tolley | Query: Life cover | Details: I carry the gene for hereditary "
        "haemochromatosis. Does that affect the loan protection cover you offer with the Handy Loan?"),
    ("special_categories", "sensitive", "dm",
        "the DNA test from my birthday came back and it turns out i have the APOE4 gene twice which "
        "apparently means higher alzheimer's risk. anyway, can I up my savings deduction lol, planning "
        "ahead"),
    ("special_categories", "sensitive", "call",
        "Customer: We've had the results back from the genetic counsellor. || Agent: Sorry, I'm not sure "
        "I follow? || Customer: Sorry, I'm all over the place. Me and my husband, we've both got the "
        "thalassaemia trait. We're saving for the testing before we try again. Can I up my payroll saver "
        "to £150? || Agent: Of course, I'll change it now."),
    ("special_categories", "sensitive", "review",
        "Four stars. Staff were discreet when I explained the loan was for Lynch syndrome testing after "
        "my gene result. Wish the app had a cleaner loan form though."),
    ("special_categories", "sensitive", "email",
        "When I opened my account online I had to do a face scan with my passport. I've since closed the "
        "account. Please delete the face scan you took of me and confirm in writing. Regards, Simon "
        "Fairclough"),
    ("special_categories", "sensitive", "call",
        "Customer: Your phone line said it's recorded my voice as a voiceprint for security. I didn't "
        "agree to that. || Agent: Voice ID is optional, I can remove your voiceprint now. || Customer: "
        "Yes please, delete it and don't use it again. || Agent: Done, you'll go through normal security "
        "questions from now on."),
    ("special_categories", "sensitive", "chat",
        "my twin brother can open my banking app with face login because it thinks his face is mine lol. "
        "is that a problem? can i re-scan my face so it only works for me"),
    ("special_categories", "sensitive", "agent_note",
        "Member completed voice biometric enrolment today; voiceprint ref VB-00418-S. She asked where "
        "the voiceprint is stored; explained UK servers, 5-year retention. Consent recorded."),
    ("special_categories", "sensitive", "web_form",
        "Subject: Data request | Details: Please send me all biometric data you hold on me, including "
        "the fingerprint template and face images from my app enrolment in 2023. | Name: Harriet Bloom | "
        "Member no: 28850"),
    ("special_categories", "sensitive", "email",
        "I've got two fingers registered for fingerprint login on the app, right thumb and index. I cut "
        "the thumb badly at work and it won't read. Can I add my left hand? Thanks, Pete Gaunt"),
    ("special_categories", "sensitive", "sms",
        "The selfie check matched my face to my driving licence fine but it saved the photo on my "
        "account profile where my husband can see it. Can u delete that face image || Agent: Hi, we've "
        "deleted that image from your profile. It should never have been shown there. || Customer: thank "
        "you"),
    ("special_categories", "sensitive", "review",
        "Two stars. The app kept my face scan from the ID check even after I asked for it to be removed. "
        "Only deleted after I complained twice. Not good enough with biometric data."),
    # ---- special_categories / benign
    ("special_categories", "benign", "email",
        "Good afternoon, I'm writing on behalf of the Madni Mosque facilities committee. We'd like to "
        "book the community room at Tollgate Road for a financial literacy evening on 12 March, 7 to "
        "9pm, about 40 people. Could you confirm availability and the hire charge? Regards, Secretary, "
        "Madni Mosque Committee"),
    ("special_categories", "benign", "chat",
        "Customer: do you have any sharia-compliant savings or loans? just asking in general, I'm "
        "writing a comparison of local lenders || Agent: Not a dedicated product at the moment, but our "
        "Easy Saver lets you donate the interest to charity. || Customer: interesting, thanks, I'll "
        "include that"),
    ("special_categories", "benign", "sms",
        "When does the Christmas club pay out this year? Need to plan the big shop || Agent: 1 November, "
        "straight into your Easy Saver. || Customer: Great, ta"),
    ("special_categories", "benign", "agent_note",
        "St Luke's Church treasurer called: the church roof fund wants to move its savings to us. "
        "Explained community group account requirements, two signatories, minutes of committee meeting. "
        "Pack sent."),
    ("special_categories", "benign", "review",
        "God, the new app is slow on older phones. Love the Christmas club and the staff, but please "
        "sort the loading time. Three stars."),
    ("special_categories", "benign", "email",
        "Are your branches open on Good Friday and Easter Monday this year? The website just says 'bank "
        "holiday hours may vary'. Thanks, Colin"),
    ("special_categories", "benign", "web_form",
        "Organisation: Scarfield Diwali Festival Committee | Enquiry: We're organising the town centre "
        "Diwali lights evening in November and looking for local sponsors. Would Scarfield Credit Union "
        "like a stall or a banner?"),
    ("special_categories", "benign", "call",
        "Customer: Holy moly, I've just seen the rate on the regular saver. Is that right, 5%? || Agent: "
        "It is, for the first 12 months on deposits up to £250 a month. || Customer: Sign me up then. || "
        "Agent: I can open it now on this call."),
    ("special_categories", "benign", "dm",
        "are branches open as normal over eid? our shop does loads of cash trade that week and my "
        "manager wants to plan when to pay the takings in"),
    ("special_categories", "benign", "email",
        "Hello, the Scarfield Interfaith Forum would like to distribute your 'Money Basics' leaflets at "
        "our open evening at the Town Hall. Could we have 100 copies? Kind regards, Forum Administrator"),
    ("special_categories", "benign", "chat",
        "Customer: I swear by the Christmas club, best thing I ever signed up for. can I have two of "
        "them? || Agent: Ha, glad you like it! It's one per member, but you can increase your weekly "
        "amount. || Customer: fine, double it then"),
    ("special_categories", "benign", "agent_note",
        "Caller from the Gurdwara's langar kitchen committee asked about payroll deduction for their two "
        "paid cooks. Explained employer scheme; sent employer pack to the Gurdwara office."),
    ("special_categories", "benign", "email",
        "Dear Scarfield, do you provide leaflets in Polish, Urdu or Romanian? We're a GP surgery in "
        "Millbeck and want to put money advice information in our waiting room in the main local "
        "languages. Regards, Practice Admin"),
    ("special_categories", "benign", "chat",
        "Customer: is there a Black Friday deal on loans? lol || Agent: Ha, not quite! Our rates stay "
        "the same all year, no gimmicks. || Customer: worth a try"),
    ("special_categories", "benign", "sms",
        "Charged twice at the Golden Dragon Chinese takeaway on friday, £23.40 both times. Can you sort "
        "it? || Agent: One of those is a pending authorisation, it'll drop off within 3 days. || "
        "Customer: ah ok"),
    ("special_categories", "benign", "web_form",
        "Organisation: Scarfield Irish Centre | Enquiry: Our committee would like to open a Christmas "
        "club for the centre's social fund. Is that possible for a club, or is it individuals only?"),
    ("special_categories", "benign", "review",
        "Five stars for the multicultural food fair you sponsored in the market square. Great turnout "
        "and the jerk chicken stall was unreal. More of that please, Scarfield!"),
    ("special_categories", "benign", "agent_note",
        "Call from the Council's translation service asking if we'd like to be listed in their directory "
        "of organisations with interpreters available. Passed to branch manager. No member involved."),
    ("special_categories", "benign", "email",
        "Can your app be switched to Welsh or any other language? Asking for our community centre's "
        "newsletter, we're listing which local services offer that. Thanks, Mair"),
    ("special_categories", "benign", "call",
        "Customer: I'm calling from the Caribbean Carnival committee. We'd like a collection account for "
        "the carnival fund. || Agent: We can set up a community group account. Who are the officers? || "
        "Customer: Chair, treasurer and secretary. || Agent: I'll send the forms to your committee email."),
    ("special_categories", "benign", "dm",
        "will the branch be open on election day? i hear the community room's a polling station again "
        "this year, don't want to get stuck in the queue to vote lol"),
    ("special_categories", "benign", "email",
        "Hello, the Scarfield Constituency Labour Party office needs to change the signatories on its "
        "account following our AGM. What documents do you need? Regards, Office Manager"),
    ("special_categories", "benign", "web_form",
        "Enquiry: Party hire loan | Details: I'm starting a party hire business (bouncy castles, "
        "gazebos). Can the Handy Loan be used for equipment if I'm self-employed? | Name: Wes Dunning"),
    ("special_categories", "benign", "chat",
        "Customer: the council cabinet approved the new bus lane outside the branch, is the car park "
        "staying? || Agent: Yes, our car park isn't affected. || Customer: good, it's the only place to "
        "park on that road"),
    ("special_categories", "benign", "agent_note",
        "Local paper political reporter asked whether Scarfield CU has a position on the council's "
        "payday lending motion. Referred to press office. No comment given by branch."),
    ("special_categories", "benign", "review",
        "I'd vote Scarfield Credit Union for best local business every year. Please enter the Community "
        "Awards, I'll nominate you!"),
    ("special_categories", "benign", "email",
        "Dear Scarfield, we're holding a hustings for the council by-election at Millbeck Library on 3 "
        "April. Would you like to have a financial advice stall in the foyer? It's non-partisan. "
        "Regards, Library Events Team"),
    ("special_categories", "benign", "sms",
        "The campaign for your new branch at Coldwell, is that still happening? Saw a poster in the "
        "leisure centre"),
    ("special_categories", "benign", "call",
        "Customer: Is a credit union the same as a trade union? My nan said I'd have to join a union. || "
        "Agent: No, completely different! A credit union is a savings and loans co-op. || Customer: Ha, "
        "okay. Can I open a saver then? || Agent: Of course, let's get you started."),
    ("special_categories", "benign", "email",
        "Hello, I'm the administrator at the AMWU North East regional office. We need 2,000 copies of "
        "the joint Scarfield/AMWU payroll saver leaflet reprinted with the new rates. Can your marketing "
        "team send the print file? Regards, Carol Nuttall"),
    ("special_categories", "benign", "chat",
        "Customer: do you work with unions for payroll deductions, or only employers? asking for an HR "
        "policy doc at work || Agent: Both. Some unions run a deduction scheme with us, and most large "
        "employers do. || Customer: thanks, that's what I needed"),
    ("special_categories", "benign", "agent_note",
        "Scarfield Trades Council asked for a speaker for their AGM on credit union lending. Forwarded "
        "to community team. Organisation request only."),
    ("special_categories", "benign", "web_form",
        "Subject: Payroll saver at Castlegate Foods | Message: I work in the HR team at Castlegate and "
        "we're updating the list of deductions we process. Can you confirm the file format for Scarfield "
        "deductions?"),
    ("special_categories", "benign", "review",
        "Four stars. Lovely little branch on Union Street, though the parking is a nightmare."),
    ("special_categories", "benign", "dm",
        "what's the strike-through on my statement mean? there's a line through one of the payments from "
        "tuesday || Agent: It means the payment was reversed by the merchant, so no money left your "
        "account. || Customer: oh nice, thanks"),
    ("special_categories", "benign", "email",
        "Good morning, a few of the bus drivers asked me in the canteen what the Scarfield payroll saver "
        "is. I'm the depot admin. Could you send some leaflets to Hallam Bus Co, Depot Road? Thanks, "
        "Sheila"),
    ("special_categories", "benign", "sms",
        "Does the payroll saver stop if there's a strike at the council? Not for me, just came up at the "
        "staff briefing today"),
    ("special_categories", "benign", "call",
        "Agent: Scarfield Credit Union, how can I help? || Customer: We're the print shop on Market "
        "Street. The union branch office has ordered banners with your logo on for their joint event "
        "with you and we need the logo file. || Agent: I'll get marketing to email it over. || Customer: "
        "Brilliant, thanks."),
    ("special_categories", "benign", "email",
        "Hello, Scarfield Pride committee here! We'd love to have Scarfield Credit Union as a sponsor "
        "for this year's Pride in the Park in July. Sponsorship packs attached. Best wishes, Pride "
        "Committee Volunteers"),
    ("special_categories", "benign", "chat",
        "Customer: can I switch to bi-weekly payments on my loan instead of monthly? || Agent: Yes, "
        "fortnightly payments are possible. Which day suits you? || Customer: every other Friday || "
        "Agent: All set from next Friday."),
    ("special_categories", "benign", "agent_note",
        "Member asked if her business partner could be added to her Easy Saver. Explained joint accounts "
        "are for personal savings only; suggested a community or business provider. Partner relationship "
        "not discussed further."),
    ("special_categories", "benign", "sms",
        "Went straight to voicemail 3 times. Can someone call me back about my loan statement pls? 07700 "
        "900611 || Agent: Sorry about that! Someone will call you before 3pm today. || Customer: ta"),
    ("special_categories", "benign", "review",
        "The rainbow lanyards your staff wear are a nice touch. Friendly, quick service, and the "
        "Christmas club paid out early. Five stars."),
    ("special_categories", "benign", "dm",
        "is the joint account for 'partners' only married couples or can housemates open one together? "
        "asking for a friend who's sharing a flat"),
    ("special_categories", "benign", "email",
        "Hi, a general question: on your joint account form, do you offer partner options other than "
        "husband and wife? Our HR team is reviewing inclusive forms with providers we partner with. "
        "Thanks, Priyanka (HR Business Partner)"),
    ("special_categories", "benign", "web_form",
        "Enquiry: Events | Message: Are you doing a stall at the Scarfield Pride fundraiser quiz at the "
        "Red Lion on Friday? We've got a table spare. | Name: Ollie Sands, events volunteer"),
    ("special_categories", "benign", "email",
        "Do your forms have a Mx option for title? Asking because I'm building an inclusive forms guide "
        "for our housing association and I'm surveying local organisations. Regards, Kit Bramley, "
        "Digital Team"),
    ("special_categories", "benign", "chat",
        "Customer: when's the transition to the new app happening? my old one says it'll stop working || "
        "Agent: The old app switches off on 30 June. You can download the new one now and log in with "
        "the same details. || Customer: ok doing it now"),
    ("special_categories", "benign", "sms",
        "Got charged twice for my TransPennine train ticket to Manchester, £34.60 x2. Can you refund? || "
        "Agent: The second is a pending authorisation and will drop off. If it's still there Friday, let "
        "us know. || Customer: Will do"),
    ("special_categories", "benign", "agent_note",
        "Caller asked what pronoun settings exist in the app, for an accessibility and inclusion review "
        "she's doing for her employer's benefits platform. Explained app lets members choose a title "
        "including Mx. No personal info given."),
    ("special_categories", "benign", "review",
        "Smooth transition from my old bank to Scarfield, the switching service moved everything in a "
        "week. Four stars only because the card took ages to arrive."),
    ("special_categories", "benign", "call",
        "Customer: I'm changing my name after getting married, what do you need? || Agent: Just a copy "
        "of the marriage certificate and we'll update everything. || Customer: Can I upload it? || "
        "Agent: Yes, in the app under Documents."),
    ("special_categories", "benign", "web_form",
        "Organisation: Scarfield Trans Support Network (registered charity) | Enquiry: We'd like to open "
        "a savings account for the network's grant funding. Two trustees will be signatories. What "
        "documents do you need?"),
    ("special_categories", "benign", "dm",
        "the 'transform your savings' billboard by the roundabout has peeled off half the letters so it "
        "just says 'trans   our sav'. thought you'd like to know lol"),
    ("special_categories", "benign", "email",
        "Hello, we'd like to buy a DNA ancestry kit as a gift through the Christmas club payout, but the "
        "shop's website keeps declining the card. Is there a limit on online payments? Thanks, Gill"),
    ("special_categories", "benign", "chat",
        "Customer: is the Family Tree Society allowed to open a community account with you? I'm their "
        "treasurer || Agent: Yes, we welcome community groups. You'll need two signatories. || Customer: "
        "great, I'll bring the minutes"),
    ("special_categories", "benign", "review",
        "Saving's in the DNA of this place. Been a member since 1998 and they've never let me down. Five "
        "stars."),
    ("special_categories", "benign", "agent_note",
        "Research assistant from Scarfield University genetics lab asked about the payroll saver for lab "
        "staff. Explained university is already a partner employer. Sent the HR contact."),
    ("special_categories", "benign", "sms",
        "Card declined at Genes & Co jeans shop on the high st earlier, do I need to unblock something? "
        "|| Agent: Nothing blocked our end, it looks like their card machine timed out. Try again. || "
        "Customer: Worked, ta"),
    ("special_categories", "benign", "email",
        "Hi, the 'Savings Gene' quiz on your website doesn't work on my laptop, it freezes on question "
        "6. Just flagging. Regards, Derek"),
    ("special_categories", "benign", "call",
        "Customer: Quick question, it's genetically impossible for me to remember passwords. Is there a "
        "way to log in without one? || Agent: Ha! You can use a 6-digit passcode or your phone's "
        "built-in login. || Customer: Passcode it is. || Agent: Set it up under Settings > Security."),
    ("special_categories", "benign", "chat",
        "Customer: does the app support fingerprint login? I'm thinking of switching from another bank "
        "|| Agent: Yes, on phones that support it, it uses your phone's own fingerprint reader. || "
        "Customer: and face id? || Agent: Yes, that too."),
    ("special_categories", "benign", "email",
        "Hello, a general question: if I turn on fingerprint login in your app, is my fingerprint stored "
        "on your servers or only on my phone? I haven't turned it on yet. Thanks, Mark"),
    ("special_categories", "benign", "agent_note",
        "Caller from a tech blog asked about our app's biometric login options for an article comparing "
        "local lenders. Confirmed phone-based fingerprint and face unlock, no data held by us. Referred "
        "to press office."),
    ("special_categories", "benign", "dm",
        "is there a face ID option on the app yet or still just PIN? the website is a bit vague || "
        "Agent: Yes, on phones with Face ID you can turn it on in Settings > Security. || Customer: sweet"),
    ("special_categories", "benign", "review",
        "Three stars. The app is decent, but please add an option to turn off the biometric login "
        "prompt, it pops up every time I open it and I just want my passcode."),
    ("special_categories", "benign", "web_form",
        "Subject: App feature request | Message: Could the app offer voice login as an option, like some "
        "banks do? I think a lot of members would like it. | Name: Farah Jennings"),
    ("special_categories", "benign", "sms",
        "Is the fingerprint thing on the new app safe? Thinking about whether to bother setting it up || "
        "Agent: Yes. It uses your phone's fingerprint reader and we never receive or store the "
        "fingerprint itself. || Customer: ok good to know"),
    ("special_categories", "benign", "call",
        "Customer: I keep getting asked to 'face scan' on your website, is that a scam? || Agent: No, "
        "that's not us, we never ask for a face scan on the website. Please don't do it. || Customer: "
        "Thought so. It was a pop-up. || Agent: Please send us a screenshot so we can warn other members."),
    ("special_categories", "benign", "email",
        "Hello, the Scarfield Humanist Society would like to book the community room at Millbeck branch "
        "for our monthly talks from September, Thursdays 7pm. Could you let us know the hire fee? Best, "
        "Events Secretary"),

]


def scar_examples() -> list[dict]:
    """The scar split as labelled tickets (same shape as ``sensitive_eval.build_eval_set``'s)."""
    return stranger_examples("scar", ENTRIES, SUBJECTS)
