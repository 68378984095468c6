"""beck split: written by a helper who had not seen the detection rules, the anchors or any other split.
Setting: Beckford Talent, a job board and recruitment agency (job ads and applications, CV uploads, interview
booking, right-to-work and background checks, equal-opportunities monitoring forms, temp workers' timesheets
and payroll, employer accounts); registers are email, chat, sms, call, agent_note, web_form, review, voicemail,
dm and in_app.
The benign half borrows the same territory harmlessly: job ads and employer accounts from care homes, nurseries,
law firms, funeral directors, mosques, churches, union branches and security firms, job titles and idioms that
sound loaded, general policy questions about adjustments, checks and monitoring forms, and routine pay trouble.
70 sensitive and 70 benign tickets for special categories, 50 and 50 for children, 20 and 20 for financial hardship,
15 and 15 for health, legal, bereavement and violence and self-harm.
First reading (policy 2026.11.20, before any change made in response to it; `sensitive_eval.evaluate`, as `make
eval-sensitive`): 96.0 / 4.0 recall / false exclusion in % as shipped, 96.5 / 13.5 without the overruling, 91.0 / 12.5
by the rules alone. Not yet tuned or trained on: left for the next round."""

from __future__ import annotations

from training_gate.sensitive_blind import stranger_examples

SUBJECTS: tuple[str, ...] = (
    "Question about my application",
    "Timesheet not approved",
    "Interview booking - need to change time",
    "Right to work check",
    "Payslip query",
    "CV upload problem",
    "Employer account - invoice",
    "Background check status",
    "Equal opportunities form",
    "Job ad not showing",
    "Re: your placement next week",
    "Holiday pay",
    "Account help",
    "Complaint about a recruiter",
)

ENTRIES: list[tuple[str, str, str, str]] = [
    # ---- health
    ("health", "sensitive", "email",
     "Hi, I have an interview booked for the Warehouse Team Leader role on Thursday (ref BT-40217). I'm dyslexic "
     "and the invite mentions a timed written test - could I have extra time or do it on a laptop with a "
     "screen reader? Thanks, Ollie Brannagh"
     " || Agent: Hi Ollie, I've asked Brookline Distribution and they're happy to give you 25% extra time and "
     "a laptop with NVDA installed. Confirmation to follow."),
    ("health", "sensitive", "chat",
     "hiya my timesheet for last week only shows 2 days || Agent: Hi Jade, thanks for getting in touch. I can see "
     "Mon and Tue logged for the Castlegate Logistics shift, were you on site the rest of the week? || no i did "
     "my back in lifting a pallet on weds, been in A&E and they said its a slipped disc so ive been signed off"),
    ("health", "sensitive", "agent_note",
     "Call from cand Priya Lal re Fenwick Foods temp. Is 22 wks pregnant, asked whether she can stay on the "
     "packing line or move to a seated role. Told her I'd speak to the site manager and ring back Friday."),
    ("health", "sensitive", "voicemail",
     "Hello, this is Graham Tuttle, I was meant to be at your Leeds office at ten this morning for the forklift "
     "interview. I'm really sorry, I've been kept in at St James's overnight with chest pains, they're doing "
     "more tests today. Could someone call me back on 07700 900412 to rebook. Thanks."),
    ("health", "sensitive", "web_form",
     "Reasonable adjustments request | Role applied for: Customer Service Adviser (Bradwell) | Details: I have "
     "generalised anxiety disorder and I'm on sertraline. Phone interviews make it much worse, could the first "
     "stage be a video call with the camera off or a written task?"),
    ("health", "sensitive", "sms",
     "Hi its Dev from the Harlow night shift. Type 1 diabetic, need 5 mins to test + eat something around 2am. "
     "Supervisor said no breaks til 4. Can u sort it with them pls"
     " || Agent: Hi Dev, spoke to the shift lead, a short break at 2am is fine whenever you need it. Let me "
     "know if anyone says otherwise."),
    ("health", "sensitive", "email",
     "Dear Beckford team, I'm a wheelchair user and the interview confirmation for Marston & Pryce says it's on "
     "the second floor of Albion House. Can you confirm there's a working lift, or move the interview to the "
     "ground floor? Kind regards, Helena Oduya"
     " || Agent: Hi Helena, the lift at Albion House is out of service until the 20th, so Marston & Pryce have"
     " moved you to meeting room G2 on the ground floor, same time."),
    ("health", "sensitive", "chat",
     "can i still do the typing assessment if my right wrist is in a cast || Agent: Sorry to hear that! What "
     "happened, if you don't mind me asking? Just so I can let the client know. || fell off my bike, broke it "
     "in two places, cast is on for 6 weeks. i can type one handed but slowly lol"),
    ("health", "sensitive", "agent_note",
     "Temp Marcus Eddowes (Riverside Print) - epilepsy, had a seizure on site Tues, ambulance called, back "
     "home now. Site want a risk assessment before he's back on the guillotine. Do NOT book him on machinery "
     "until OH review done."),
    ("health", "sensitive", "call",
     "Agent: Beckford Talent, Sam speaking. || Caller: Hi, I'm on your books for admin temp work, I just wanted "
     "to let you know I'm starting chemo next month so I can only do mornings for a while. || Agent: Thanks "
     "for telling us, I'll update your availability to mornings only and note it on your profile."),
    ("health", "sensitive", "dm",
     "hey, saw your post about the Clifton Hotel housekeeping jobs. I'm profoundly deaf, I lip read pretty "
     "well but would need any interview to be face to face or with a BSL interpreter. is that doable?"),
    ("health", "sensitive", "in_app",
     "Availability note: I've had long covid since March and get really bad fatigue after about 4 hours, so "
     "please only send me half day shifts for now. I'll update this when my consultant says otherwise."
     " || Agent: Thanks Marsha, I've set your shift length to 4 hours max and turned off full day offers."),
    ("health", "sensitive", "email",
     "Hello, my husband Gareth Pennock was due to start his placement at Oakfield Joinery on Monday but he "
     "had a stroke at the weekend and is in the Royal Glamorgan. He won't be able to start. I'm so sorry for "
     "the short notice. Bethan Pennock"),
    ("health", "sensitive", "review",
     "2 stars. Recruiter was fine but when I told them I have Crohn's and need to be near a toilet they "
     "still sent me to a field site with portaloos half a mile away. || Agent: Hi Ashleigh, we're sorry about "
     "this and have passed it to the branch manager so your placements match what you told us."),
    ("health", "sensitive", "sms",
     "Morning Kerry, won't make the Halden shift today, migraines back and i can't see properly out of one "
     "eye. GP appt at 11. Will text after x"),
    ("health", "benign", "email",
     "Hi, we'd like to post a vacancy for a Health and Safety Officer at our Doncaster depot. NEBOSH "
     "certificate essential. Can you confirm the cost of a featured listing for 30 days? Regards, Nadia Creer, "
     "Hollins Freight"),
    ("health", "benign", "chat",
     "Do you do reasonable adjustments for interviews in general? Just asking before I apply, nothing "
     "specific. || Agent: Yes, every interview invite has a link where you can request adjustments, and the "
     "employer will see only what you choose to share. || ok great thanks"),
    ("health", "benign", "web_form",
     "Employer enquiry | Company: Meadowbank Care Homes | Roles: Healthcare Assistant x6, Senior Carer x2, "
     "night shifts | Question: can we add a screening question asking for a valid Care Certificate?"),
    ("health", "benign", "sms",
     "Hi Beckford, the link in my interview text for the Pharmacy Dispenser job at Wellgrove Chemists goes to a "
     "404. Can u resend"),
    ("health", "benign", "call",
     "Caller: Hi, I'm a temp through you, quick one, what's the sick pay policy for agency workers? I'm not "
     "ill, I just want to know before I sign. || Agent: Statutory sick pay applies once you've met the "
     "qualifying rules, I'll email you the policy now."),
    ("health", "benign", "review",
     "5 stars. Got a job as a mental health support worker at a charity within two weeks of uploading my CV, "
     "the consultant Ayesha really knew the sector. Would recommend."),
    ("health", "benign", "agent_note",
     "Employer acct EMP-3381 (Greyfield NHS Trust bank staffing) wants monthly invoicing instead of weekly. "
     "Finance approved, switch from next cycle."),
    ("health", "benign", "chat",
     "this CV upload thing is killing me, third time it's said 'file too large' on a 300kb pdf || Agent: Sorry "
     "about that, we had a bug on the upload page this morning. It's fixed now, can you try once more? || "
     "worked, cheers"),
    ("health", "benign", "in_app",
     "Suggestion: please add a filter for jobs that come with private medical insurance and a cycle to work "
     "scheme, I'm comparing benefits packages and it takes ages."
     " || Agent: Thanks for the idea! Benefits filters are on our roadmap for the spring release."),
    ("health", "benign", "email",
     "Hi, the job ad for Occupational Therapist (Band 6) I posted yesterday still says 'pending review'. It "
     "needs to go live before the weekend. Many thanks, Colm Devlin, Arden Therapy Group"
     " || Agent: Hi Colm, it was held because the salary field was empty. I've added the Band 6 range from "
     "your advert text and it's live now."),
    ("health", "benign", "voicemail",
     "Hi, it's Fiona from Linden Dental Practice, we'd like to advertise for a dental nurse and a receptionist, "
     "could someone call me back about packages. Thanks, bye."),
    ("health", "benign", "dm",
     "Your post says the first aid course is included for new temps at the stadium. Is that the 1 day "
     "Emergency First Aid at Work or the 3 day one?"
     " || Agent: It's the one day EFAW course, run on site in the first week. || perfect thanks"),
    ("health", "benign", "web_form",
     "Document upload | Type: Certificate | Description: my Level 2 Food Hygiene and my First Aid at Work cert, "
     "both in date. The upload button greys out after I pick the second file."),
    ("health", "benign", "agent_note",
     "Client Hartwell Gym wants a Personal Trainer with Level 3 and a sports massage qual. Sent 4 CVs. Client "
     "prefers weekday interviews only."),
    ("health", "benign", "email",
     "Hello, is the Wellbeing Week at your Manchester office open to candidates or only employers? We saw the "
     "poster about free yoga and a talk on avoiding burnout at work. Thanks, Rory"),
    # ---- children
    ("children", "sensitive", "web_form",
     "Candidate registration | Name: Kai Mendoza | Date of birth: 02/09/2009 | Looking for: Saturday job, "
     "retail or cafe | Notes: I'm in Year 11 so weekends only until June"),
    ("children", "sensitive", "email",
     "Hi, I'm writing for my son Alfie, he's 15 and wants some work experience in an office over the summer. "
     "He's set up an account on your site but I wasn't sure if that's allowed at his age. Thanks, Dawn Kettering"
     " || Agent: Hi Dawn, accounts are for 16 and over, so I've paused Alfie's. Our school work experience "
     "partner takes 15 year olds - I've emailed you their details."),
    ("children", "sensitive", "chat",
     "hi can i change my interview to after 3.30 || Agent: Of course, what day suits? || any day but it has "
     "to be after school pick up, my youngest is only in reception and there's no after school club"),
    ("children", "sensitive", "agent_note",
     "Cand Leon Farrant is 16 (DOB checked on passport). Cannot be placed on Brookside night shift or on the "
     "bakery ovens. Flag profile 'under 18 - restricted duties'."),
    ("children", "sensitive", "sms",
     "hi its Shannon, can i swap to the 9-2 shift on thurs? my little girl Maisie has her nursery settling "
     "in session at 3"),
    ("children", "sensitive", "voicemail",
     "Hello, this is Carol Hemsley, my daughter Ruby applied for the kitchen porter job at the Wheatsheaf. She's "
     "only fourteen, she put the wrong year on the form, so please don't send her on any shifts. Thanks."),
    ("children", "sensitive", "call",
     "Caller: I need to rearrange Monday, sorry. || Agent: No problem, is Tuesday at ten any better? || "
     "Caller: Tuesday's fine. Monday's my son's first day at secondary, he's eleven and dead nervous, so I "
     "want to walk him in."),
    ("children", "sensitive", "dm",
     "do u take on 17 year olds for the festival bar work? I turn 18 in october if that helps lol"),
    ("children", "sensitive", "in_app",
     "Availability: Mon-Fri 9:15 to 2:45 only. My twins Ellis and Nora are 6 and at Holmwood Primary, I can't "
     "do earlier drop off until they start breakfast club in September."),
    ("children", "sensitive", "email",
     "Dear Sir/Madam, please find attached my CV. I have been out of work since my daughter Amara was born last "
     "April and am now looking for part time admin roles. Regards, Funmi Adeyemi"),
    ("children", "sensitive", "agent_note",
     "Temp Jordan Pike brought his son (approx 8) onto the Beacon Retail Park site on Sat as childminder fell "
     "through. Site manager not happy. Reminded Jordan of the no visitors rule."),
    ("children", "sensitive", "review",
     "3 stars. Site is easy but they kept calling me about shifts during my son's swimming lessons at 5pm "
     "even after I said he's 9 and I have to be poolside. || Agent: Thanks Martina, we've set your 'do not "
     "call' hours to 4-7pm on weekdays."),
    ("children", "sensitive", "chat",
     "Can I add a second person to my candidate account? || Agent: Each account is for one person, who did "
     "you want to add? || My daughter Lily, she's 16 and after a summer job, I thought I could just manage "
     "her applications from mine"),
    ("children", "sensitive", "web_form",
     "Payroll change form | Reason: childcare vouchers | Details: Please set up tax-free childcare for my "
     "son Theo Barraclough, born 14/11/2021, nursery is Little Acorns in Kettering."),
    ("children", "sensitive", "email",
     "Hi Kerry, just to say I can't take the Thursday warehouse shift after all. My son's school have rung, "
     "he's been excluded for two days and there's nobody else to have him. He's in Year 8. Sorry, Lee"),
    ("children", "sensitive", "sms",
     "Hiya, baby came early!! Leo, 6lb 2oz born Tuesday. Can u take me off the rota for the next few weeks "
     "pls x Gemma"
     " || Agent: Congratulations Gemma!! I've taken you off the rota, just text when you're ready to come back"
     " x"),
    ("children", "sensitive", "call",
     "Agent: Calling about your interview tomorrow at Halcombe Insurance. || Caller: Oh, yeah, is it OK if I "
     "bring my baby? She's four months, I'm still breastfeeding and I haven't got anyone. || Agent: I'll ask "
     "the hiring manager and call you back within the hour."),
    ("children", "sensitive", "agent_note",
     "Right to work docs for Tomasz Wierzbicki incl. his stepson's birth certificate by mistake (boy b. 2015). "
     "Deleted the page from the upload, told cand."),
    ("children", "sensitive", "in_app",
     "Message to recruiter: Hi Ben, I saw the Saturday assistant job at Pennyfields Garden Centre. My "
     "daughter Chloe is 15 and really keen - can she apply herself or do I need to do it for her?"),
    ("children", "sensitive", "email",
     "Hello, I'm a college student (I'm 17, at Burnley College doing Level 3 Business) and want to know if "
     "I can sign up for temp admin work in the Easter holidays or if I need to be 18."
     " || Agent: Hi Tayla, you can register at 17 - a few clients only take 18+ but most office temps are "
     "fine. I'll flag your profile for Easter."),
    ("children", "sensitive", "dm",
     "quick q, my son is doing his DofE and needs volunteering hours, he's 14, do any of your charity clients "
     "take kids that age"
     " || Agent: A couple of our charity clients take 14+ volunteers with a parent's consent, I'll DM you the "
     "links. || amazing thank you"),
    ("children", "sensitive", "voicemail",
     "Hi, it's Adaeze Nwosu, I'm booked for the assessment centre on the twelfth but my son's got his Year 6 "
     "SATs that week and I promised I'd be there for breakfast every morning. Can I do the afternoon session?"),
    ("children", "sensitive", "chat",
     "i cant upload my passport its saying the photo doesnt match || Agent: Can you check you've uploaded "
     "your own passport and not someone else's? || omg u r right thats my daughters one, shes 12 we got them "
     "done same day. sorry"),
    ("children", "sensitive", "web_form",
     "Equal opportunities form - comments box: Please note I'm a single parent of three (ages 2, 5 and 9) "
     "so I'm only applying for school hours roles."),
    ("children", "sensitive", "agent_note",
     "Applicant for Summerfield Leisure lifeguard role is 15 - form says DOB 2010. Client requires 16+. "
     "Emailed applicant and his mum to explain, suggested reapplying next summer."),
    ("children", "sensitive", "email",
     "Dear Beckford, our daughter Isla Craddock (16) did two shifts at Marlowe's Cafe through you in August. "
     "She still hasn't been paid. She doesn't have her own email so please reply to me. Neil Craddock"
     " || Agent: Dear Mr Craddock, Isla's shifts were never approved by the cafe. They've now approved them "
     "and she'll be paid this Friday."),
    ("children", "sensitive", "sms",
     "Sorry can't do Friday, Finn's got his nursery nativity and he's a sheep, can't miss it lol. Sat ok?"),
    ("children", "sensitive", "call",
     "Caller: Hi, is this where I update my emergency contact? || Agent: Yes, who would you like listed? || "
     "Caller: My eldest, Kyle, he's seventeen, he's the only one at home in the day now his dad's moved out."),
    ("children", "sensitive", "review",
     "5 stars, Ellie at the Derby branch got me a job that fits round my son's hours at his special school, "
     "he's 10 and finishes at 2. Couldn't believe they made it work."),
    ("children", "sensitive", "in_app",
     "Profile note: I'm 16, home educated, no GCSEs yet but I have a food hygiene certificate and I help at "
     "my uncle's chippy."),
    ("children", "sensitive", "email",
     "Hello, I was offered the receptionist role at Tanner & Ward but the start time's 8am and my daughter "
     "starts Year 1 at St Bede's in September, doors open at 8.40. Is there any chance of 9.30 starts? Rosie"),
    ("children", "sensitive", "dm",
     "hey, my 13 yr old wants a paper round, do u guys do those or is it just adult jobs"),
    ("children", "sensitive", "agent_note",
     "Cand Sophie Greaves asked to keep her daughter's name (Poppy, aged 3) off her interview pack - it was "
     "in the 'gaps in employment' section of her uploaded CV. Re-uploaded redacted version."),
    ("children", "sensitive", "chat",
     "can my son come to the job fair on saturday || Agent: The fair is open to everyone looking for work. "
     "How old is he? || hes 15, year 10, he just wants to see whats out there for when he leaves"),
    ("children", "sensitive", "voicemail",
     "Morning, it's Pete Lawless, I'm on the Fairview site this week. Our lad Charlie's been taken into "
     "hospital with his appendix, he's only seven, so I won't be in till Thursday. Cheers."),
    ("children", "sensitive", "web_form",
     "Complaint | Summary: interviewer asked how old my kids are | Details: I said they're 4 and 7 and he "
     "then asked who looks after them. I don't think that's allowed? Role: Sales Exec, Corbin Motors."),
    ("children", "sensitive", "email",
     "Hi, this is a bit awkward but the CV I uploaded had my son's school report attached at the end by "
     "accident (Jacob, Year 4, Ashdown Juniors). Can you delete the whole file so I can upload a new one? Thanks"),
    ("children", "sensitive", "sms",
     "Hi, I'm 16 and got a text saying I'm booked for the bar at the Crown on Sat - I'm not allowed to serve "
     "alcohol am I? Can I do the kitchen instead"
     " || Agent: You're right, you can't be on the bar at 16. I've switched you to the kitchen shift at the "
     "Crown, same hours. Sorry about that!"),
    ("children", "sensitive", "call",
     "Agent: Timesheet team, how can I help? || Caller: My hours for Wednesday are missing. I left at 1 "
     "because nursery rang, my little boy had a temperature, he's only 18 months. || Agent: I'll add the half "
     "day and send it to the site for approval."),
    ("children", "sensitive", "in_app",
     "Please update my address to Flat 2, 19 Moorgate Road. Moved so my daughter could get into Hillcrest "
     "Academy for Year 7, she starts next week."),
    ("children", "sensitive", "review",
     "1 star. Turned up for the interview with my 5 year old because the nursery closed and the receptionist "
     "told me kids weren't allowed. || Agent: Hi Jess, we're sorry, please message us so we can arrange a "
     "video interview instead."),
    ("children", "sensitive", "agent_note",
     "Cand's daughter (Mia, 17) also registered - same address. Mum asked that we don't put them on the same "
     "site. Noted on both profiles."),
    ("children", "sensitive", "email",
     "Hello, I'm a teaching assistant and can only temp in the holidays. I've got a 2 year old, Rowan, and "
     "his nursery place is term time only, so it'd be mornings when my partner's home. Thanks, Hollie"),
    ("children", "sensitive", "chat",
     "what age do u have to be for the Amberley warehouse || Agent: Most of our warehouse clients need you "
     "to be 18 or over. || oh ok im 16 in may so i'll wait"),
    ("children", "sensitive", "dm",
     "My son Ravi (15) did a taster day at your client's kitchen last week - he loved it. Is there any way "
     "he can get a reference from them for his college application?"),
    ("children", "sensitive", "web_form",
     "Interview reschedule | Reason: my daughter's parents' evening is the same night, she's in Year 9 and "
     "her options are being chosen | Preferred new time: any day next week after 5"),
    ("children", "sensitive", "voicemail",
     "Hi, it's Marek, I've got the foster placement panel for a little girl on Tuesday, she's three, so I need "
     "to move my shift. Please call back."),
    ("children", "sensitive", "sms",
     "Can u put me on earlies only? Mum has my 2 boys until 1 then they're back with me, Jamie is 4 and "
     "Zak is 6"),
    ("children", "sensitive", "call",
     "Caller: I'm ringing about my grandson's account, he's sixteen. || Agent: I can only discuss the "
     "account with him unless he gives permission. || Caller: He's sat right here, it's Cameron Royle, he "
     "says it's fine."),
    ("children", "sensitive", "in_app",
     "Hi, my profile says I'm 22 but that's wrong, the dropdown messed up. I'm actually 17, born 2008. Can "
     "you fix it before the pub shift on Friday?"
     " || Agent: Fixed, thanks for flagging. As you're under 18 the pub will put you on kitchen and floor "
     "duties rather than serving alcohol."),
    ("children", "benign", "email",
     "Hi, we're Little Acorns Day Nursery in Kettering and we'd like to advertise for two Level 3 Nursery "
     "Practitioners, full time, starting October. What are your rates for a 4 week listing? Thanks, Jenny Moss"),
    ("children", "benign", "chat",
     "Do you accept applications from under 18s at all? Asking for general info. || Agent: Some roles accept "
     "16 and 17 year olds, it depends on the employer and the type of work. The job ad will say. || thanks "
     "that's all I needed"),
    ("children", "benign", "web_form",
     "Employer enquiry | Organisation: St Anne's C of E Primary School office | Roles: Teaching Assistant x2, "
     "Midday Supervisor x1 | Question: can the ads mention an enhanced DBS is required?"),
    ("children", "benign", "agent_note",
     "Kidzone Play Centres (EMP-2290) renewing their employer plan. Asked for a quote for 10 job slots over 6 "
     "months. Sent Gold package quote."),
    ("children", "benign", "sms",
     "Hi, the Junior Developer job at Foxley Digital says 'closed' but the closing date is Friday? Is it still "
     "open?"
     " || Agent: Hi, the employer closed it early after lots of applicants. Sorry! There's a similar role at "
     "Penrose Tech if that helps."),
    ("children", "benign", "review",
     "4 stars. Applied for a youth worker post at a community centre via Beckford, process was clear and the "
     "interview booking tool was easy. Lost a star because the reminder email came a day late."),
    ("children", "benign", "email",
     "Hi, we're Tiny Toes Children's Footwear, head office in Norwich. Our parent company has a separate "
     "employer account, can the two accounts be linked so invoices go to one place? Regards, Stuart Pell"),
    ("children", "benign", "call",
     "Caller: I'm looking at the school leaver apprenticeship in engineering, what's the closing date? || "
     "Agent: It closes on the 30th, and there's an online test after you apply. || Caller: Great, I'll get it "
     "in this week."),
    ("children", "benign", "in_app",
     "Bug: when I tap 'Childcare' in the sector filter it shows me jobs in Child Protection Law and Children's "
     "Book Publishing too. Can the categories be tidied up?"
     " || Agent: Thanks, that's a tagging issue on our side. We're cleaning up the Childcare category this "
     "week."),
    ("children", "benign", "dm",
     "hi is the Kids Club Assistant job at Hilltop Holiday Park seasonal or all year? ad doesn't say"
     " || Agent: Seasonal, April to October, with a chance of winter weekends. || cool ta"),
    ("children", "benign", "voicemail",
     "Hello, it's Angela from Brightstart Nurseries, we've got a new setting opening in Wakefield and need a "
     "manager and four practitioners. Can your account manager call me on 07700 900233? Thanks."),
    ("children", "benign", "agent_note",
     "Cand queried why the Primary Teacher ads all ask for QTS. Explained QTS is the employer's requirement, "
     "not ours. Sent link to teaching roles not needing QTS (cover supervisor)."),
    ("children", "benign", "chat",
     "There's a minor bug on the interview booking page, the calendar skips from the 30th to the 2nd || "
     "Agent: Thanks for spotting it, which month were you looking at? || June, it jumps straight to 2 July"),
    ("children", "benign", "email",
     "Dear Beckford, as Business Manager at Oakhill Academy I'd like to know whether your temp cover "
     "supervisors come with an enhanced DBS with the children's barred list check already done. Thanks, "
     "Mrs P Raines"),
    ("children", "benign", "web_form",
     "Job ad | Title: Baby Room Leader | Employer: Bumblebee House Nursery | Hours: 40/week | Salary: "
     "£25,500 | Requirements: Level 3 Early Years, paediatric first aid"),
    ("children", "benign", "review",
     "5 stars. Beckford found us three excellent play workers for our after school club in under a fortnight. "
     "Invoicing was simple too. - Manager, Riverside Kids Club"),
    ("children", "benign", "sms",
     "Hi Beckford, can u send me the address for the Toy Barn warehouse interview tomorrow? The confirmation "
     "email only says 'Unit 4'"),
    ("children", "benign", "call",
     "Agent: Good morning, Beckford Talent. || Caller: Hi, I'm the office manager at Penwortham High School, "
     "we need an exam invigilator for May and June. || Agent: Lovely, I'll take the dates and send over "
     "profiles today."),
    ("children", "benign", "in_app",
     "Feature request: a 'family friendly employers' badge on job ads would be handy when I'm comparing "
     "companies' flexible working policies."),
    ("children", "benign", "agent_note",
     "Employer Mothercraft Baby Boutique asked to change their job ad's headline from 'Sales Assistant' to "
     "'Baby Product Specialist'. Done, re-approved."),
    ("children", "benign", "email",
     "Hi, I'm applying for the Children's Services Social Worker role with Holme County Council and the upload "
     "page rejects my .docx cover letter. Is PDF the only format? Thanks, Ifeoma"
     " || Agent: Hi Ifeoma, Word files should work. We found a bug with files over 2MB, it's fixed now - "
     "please try again."),
    ("children", "benign", "dm",
     "loving the new app! is there a way to hide the graduate and entry level jobs? im looking for senior "
     "stuff and the feed is full of them"),
    ("children", "benign", "chat",
     "What's your policy on family friendly hours for temps? general question || Agent: We ask every "
     "candidate for their preferred hours and match shifts to those wherever the client allows. || sounds "
     "fair, ta"),
    ("children", "benign", "voicemail",
     "Hi, this is Rhys from Crumbs Bakery, we've got a kids' birthday party catering order and need two extra "
     "hands this Saturday, ten till four. Can you send someone? Cheers."),
    ("children", "benign", "web_form",
     "Employer sign up | Company: Wonderland Soft Play Ltd | Contact: Carly Vine | Email: "
     "carly.vine@example.com | Roles needed: Party Host, Cafe Assistant, Cleaner"),
    ("children", "benign", "email",
     "Hello, our school's PTA is running a summer fair and wants a volunteer coordinator. Is that something we "
     "can post for free as a charity? Warm regards, Harriet Lowe, Chair, Fernside Primary PTA"),
    ("children", "benign", "agent_note",
     "Call from Bright Futures Tutoring re invoice 7731 - paid twice by mistake. Raised refund request with "
     "finance, 5-7 working days."),
    ("children", "benign", "call",
     "Caller: Is the Maternity Ward Housekeeper role at the Princess Royal still taking applications? || "
     "Agent: It is, until Sunday. || Caller: Thanks, I'll finish my form tonight."),
    ("children", "benign", "sms",
     "Hi it's Jas, I'm on the school crossing patrol temp job, the council portal won't let me log my hours, "
     "can u add Mon-Wed 8-9am for me"),
    ("children", "benign", "in_app",
     "The 'Junior' and 'Trainee' toggles in search do the same thing as far as I can tell. Is that on "
     "purpose?"),
    ("children", "benign", "review",
     "3 stars. Used Beckford to hire a nanny agency coordinator for our office, good shortlist but the "
     "account portal logged me out every ten minutes."),
    ("children", "benign", "email",
     "Hi, our toy shop chain Pickle & Pop is opening two new stores before Christmas. We'll need about 20 "
     "seasonal staff. Can we talk bulk pricing? Thanks, Imran Shah, Head of Retail"),
    ("children", "benign", "chat",
     "How do I make a child account under my company profile? || Agent: Do you mean a sub-account for another "
     "branch of your business? || yes sorry, our Leeds branch needs its own logins"),
    ("children", "benign", "dm",
     "Your ad for the Orchard Lane Nursery gardener - is that a plant nursery or a kids one? made me laugh, "
     "I'd like to apply if it's plants"
     " || Agent: Ha, it's a plant nursery, roses mainly! Go for it."),
    ("children", "benign", "web_form",
     "Job ad | Title: Children's Librarian | Employer: Calderbridge Libraries | Hours: 30/week | Note: please "
     "make sure the ad shows on the Culture and Heritage board too."),
    ("children", "benign", "agent_note",
     "School uniform supplier Tailors of Thornbury asked whether our temp packers need any checks. Told them "
     "standard right to work only, no DBS as no contact with pupils."),
    ("children", "benign", "voicemail",
     "Hi Beckford, it's Dan Oyelaran from Little Stars Academy of Dance, we need a receptionist for the "
     "Saturday classes. Give us a ring back. Thanks."),
    ("children", "benign", "email",
     "Morning, is there a discount for registered charities? We're Barnfield Children's Hospice and want to "
     "advertise for a fundraising officer. Kind regards, Gill Ashworth"),
    ("children", "benign", "call",
     "Caller: Hi, can you explain the youth rates on the temp pay scale? Just general, I'm 24 so it doesn't "
     "apply to me, I'm just curious. || Agent: Sure, the national minimum wage has lower bands under 21, I'll "
     "send you the table."),
    ("children", "benign", "sms",
     "Hi Beckford, shift at Storytime Books Warehouse tomorrow - is it 7 or 7.30 start? Text says both"),
    ("children", "benign", "in_app",
     "Why does the app keep suggesting Nursery Nurse jobs? I'm a horticulturalist, I put plant nursery in my "
     "skills!"),
    ("children", "benign", "review",
     "5 stars from us at Cherry Tree Pre-School - Beckford's early years desk understood the ratios we need "
     "and sent qualified staff every time."),
    ("children", "benign", "chat",
     "your job alert emails keep saying 'kids' when I signed up for 'KDS kitchen display' jobs || Agent: Ha, "
     "that's our autocorrect on the alert titles. I'll fix your alert to the right keyword. || thanks"),
    ("children", "benign", "dm",
     "Hi there, does the Youth Football Coach ad need an FA Level 1 badge or is the club happy to train?"),
    ("children", "benign", "agent_note",
     "Holmwood Primary (EMP-5502) asked to add a safeguarding statement to all their job ads. Template "
     "updated."),
    ("children", "benign", "email",
     "Hi, we're a games studio and one of our job titles is 'Baby Boss Level Designer' - your filter rejected "
     "the ad. It's the name of our game, can you approve it? Regards, Owen Trask, Gloworm Games"
     " || Agent: Hi Owen, approved - our filter was being over-cautious with the word. Sorry for the delay."),
    ("children", "benign", "web_form",
     "Question | Topic: Right to work | Text: Do school leavers need a passport for the right to work check or "
     "is a birth certificate and NI number letter OK? General question for our careers evening."),
    ("children", "benign", "call",
     "Agent: Beckford payroll. || Caller: Hi, I run the breakfast club at Lanehead School and your temp's "
     "invoice has last month's dates. || Agent: Apologies, I'll reissue it with the right period today."),
    ("children", "benign", "voicemail",
     "Hello, it's Jo Pargeter, Head of HR at Buttons & Bows childrenswear. We'd like a meeting about a retained "
     "search for an Area Manager. I'm free Tuesday or Wednesday afternoon."),
    ("children", "benign", "review",
     "4 stars. Good range of education jobs, from teaching to school business managers. Search could be faster."),
    # ---- financial_hardship
    ("financial_hardship", "sensitive", "email",
     "Hi, I worked 38 hours at Castlegate Logistics week ending 9th and the timesheet still says 'awaiting "
     "approval'. I'm two months behind on rent and my landlord has given me a section 21, I really need this "
     "money this Friday. Please help. Kayleigh Moss"),
    ("financial_hardship", "sensitive", "chat",
     "is there any way to get paid daily instead of weekly || Agent: Our temps are paid weekly on a Friday, "
     "can I ask what's prompted the question? || honestly i got made redundant from Cartwright's last month "
     "and ive got nothing left til friday, kids need feeding"),
    ("financial_hardship", "sensitive", "agent_note",
     "Payroll rec'd an attachment of earnings order for temp Darren Whitlock (council tax arrears). Deduction "
     "starts next pay run. Called Darren to let him know, he was upset, said he's already on a debt plan "
     "with StepChange."),
    ("financial_hardship", "sensitive", "call",
     "Caller: If I take this temp job, how does it affect my Universal Credit? || Agent: We can't advise on "
     "benefits, but we report your pay to HMRC each week and that feeds into UC. || Caller: Right, because "
     "last time they cut me so much I couldn't make the rent."),
    ("financial_hardship", "sensitive", "sms",
     "Hi, I can't afford the train to Leeds for the interview tmrw, I've literally got £3.40 til payday. Is "
     "there any way to do it on video? Sorry. Aaron"
     " || Agent: Hi Aaron, don't apologise. The client's agreed to a video interview, link coming by text."),
    ("financial_hardship", "sensitive", "voicemail",
     "Hi, it's Sunita Gill, I've had a letter from a debt collection agency saying they're chasing my old "
     "overdraft and they've got my work address, which is your Northgate office. Please don't give them any "
     "details. Can someone call me."),
    ("financial_hardship", "sensitive", "web_form",
     "Reason for leaving previous job: Company went into administration in January, all 40 of us were let go "
     "with no notice and I'm still waiting on redundancy pay from the government scheme."),
    ("financial_hardship", "sensitive", "in_app",
     "Can you pay me into a different account this week? Mine's been frozen by the bank because I'm in an "
     "IVA and they've offset my overdraft. New sort code to follow."
     " || Agent: Yes, send the new details through the secure form in the app before Wednesday 5pm and it'll "
     "go to the new account."),
    ("financial_hardship", "sensitive", "email",
     "Dear Beckford, I was declared bankrupt in March and my trustee has asked for copies of my payslips from "
     "your agency since then. Could you send them to me please? Regards, Philip Hearne"),
    ("financial_hardship", "sensitive", "dm",
     "honestly any shifts at all, been on JSA for 6 months and the jobcentre are on at me to take anything. "
     "i'll do nights, weekends whatever"
     " || Agent: Hi Cole, there are night picking shifts at Farnley starting Monday, shall I put you forward? "
     "|| yes please!!"),
    ("financial_hardship", "sensitive", "chat",
     "can i get an advance on my wages || Agent: We don't offer advances, but I can check your timesheet is "
     "approved in time for Friday. || please do, bailiffs came round yesterday and took a note of the car, "
     "i need to pay something before they come back"),
    ("financial_hardship", "sensitive", "agent_note",
     "Cand Rowena Blakely asked if we have any live-in roles. Being evicted from her flat end of month, will "
     "be staying at her sister's after that. Sent her the two housekeeper roles with accommodation."),
    ("financial_hardship", "sensitive", "review",
     "2 stars. Pay came a week late and I went overdrawn and got hit with charges I can't pay, ended up at "
     "the food bank. || Agent: We're very sorry, Liam. Please DM us your ref so we can look at covering the "
     "bank charges."),
    ("financial_hardship", "sensitive", "email",
     "Hello, I was let go from my job at Pemberton Glass on Friday after 11 years. I've never used an agency "
     "before. I've got a mortgage and no savings so I need something quickly. Can someone ring me? Mick Dyson"),
    ("financial_hardship", "sensitive", "call",
     "Agent: Beckford Talent, Lorna speaking. || Caller: Hi, I got a text about a shift but I need to ask, do "
     "you pay mileage? || Agent: Some clients do, this one doesn't. || Caller: I can't go then, I'm behind on "
     "everything and can't put fuel in on the off chance."),
    ("financial_hardship", "sensitive", "sms",
     "Hiya, my wages went into my old account which the bank closed cos of arrears, can u stop the payment "
     "or will I lose it?"),
    ("financial_hardship", "sensitive", "web_form",
     "Hardship fund application | Name: Stelian Popa | Situation: my hours at the bottling plant were cut from "
     "40 to 12 and I have a payday loan of £900 due this week | Amount requested: £150 towards travel"),
    ("financial_hardship", "sensitive", "voicemail",
     "Hello, Trevor Nuttall here, I'm one of your drivers. I've got a CCJ against me from the van lease and "
     "they're saying it'll be taken from my wages. Can payroll call me back, I don't understand it."),
    ("financial_hardship", "sensitive", "in_app",
     "Note to consultant: I need to stay under 16 hours a week for now or I lose my housing benefit and "
     "I can't cover the rent on my own. Thanks."),
    ("financial_hardship", "sensitive", "dm",
     "Been unemployed since the depot closed in the summer. Savings are gone. Is there anything in Stoke "
     "that starts next week?"),
    ("financial_hardship", "benign", "email",
     "Hi, my payslip for week 32 shows the wrong tax code (1257L W1 instead of 1257L). Could payroll check "
     "it before next week? Thanks, Daniel Ferris"
     " || Agent: Hi Daniel, HMRC sent us an updated code yesterday, it'll apply from next week's payroll and "
     "any overpaid tax comes back through your pay."),
    ("financial_hardship", "benign", "chat",
     "my pay went in on saturday not friday this week, is that normal? || Agent: There was a bank delay on "
     "Friday for a small number of temps, everyone's been paid now. || ok no worries, just checking"),
    ("financial_hardship", "benign", "web_form",
     "Job ad | Title: Credit Control Assistant | Employer: Bamford Supplies | Salary: £24,000 | Duties: "
     "chasing overdue invoices, reconciling accounts, liaising with our debt recovery partner"),
    ("financial_hardship", "benign", "agent_note",
     "Employer Kellner Engineering (EMP-1874) disputes invoice INV-66210 - says 4 hours billed twice on "
     "Thursday. Checked timesheet, they're right. Credit note issued."),
    ("financial_hardship", "benign", "call",
     "Caller: Hi, how is holiday pay worked out for temps? || Agent: It's 12.07% of your hours, and it "
     "builds up each week. You can request it through the app. || Caller: Perfect, I'll book some for "
     "August."),
    ("financial_hardship", "benign", "sms",
     "Hi payroll, can I change my bank details? Switched to Monzo. Will the new account be used this Friday?"
     " || Agent: Yes, update it in the app by Wednesday noon and Friday's pay goes to Monzo."),
    ("financial_hardship", "benign", "review",
     "5 stars. Temped as a Benefits Advisor at Colne Citizens Advice through Beckford, weekly pay always on "
     "time and the timesheet app is easy."),
    ("financial_hardship", "benign", "email",
     "Hello, we're an insolvency practice in Bristol (Harlow Grant LLP) and need a Senior Insolvency "
     "Administrator. Can your finance desk help with a shortlist? Best, Amy Carrow"),
    ("financial_hardship", "benign", "in_app",
     "The pension opt-out form link in the app opens a blank page. I'd like to read it before deciding "
     "anything."),
    ("financial_hardship", "benign", "voicemail",
     "Hi, it's Keith from Moorside Motors accounts, just chasing a copy of March's invoice, we've lost the "
     "PDF. Could you resend to accounts@example.com, thanks."),
    ("financial_hardship", "benign", "chat",
     "why does my payslip show a deduction for 'Umbrella Fee'? || Agent: That appears if you're paid through "
     "an umbrella company. You're PAYE with us, so it's an error, I'll get it refunded. || great, thank you"),
    ("financial_hardship", "benign", "dm",
     "Ur ad says 'earn up to £15/hr' for the Delta warehouse - is that the basic or with the night premium?"
     " || Agent: £12.60 basic plus the night premium takes it to £15. || ah ok ty"),
    ("financial_hardship", "benign", "web_form",
     "Employer query | Company: Fairbourne Debt Solutions | Question: can our Debt Advice Caseworker ad include "
     "that applicants need a CeMAP or a Money Advice qualification?"),
    ("financial_hardship", "benign", "agent_note",
     "Temp asked for a P45 copy for a mortgage application. Sent via secure portal."),
    ("financial_hardship", "benign", "email",
     "Dear payroll, I think I've been overpaid by one shift last week (the 14th, Brackley site). I don't want "
     "it to cause problems later - how do I pay it back? Kind regards, Joanne Ellery"),
    ("financial_hardship", "benign", "call",
     "Agent: Accounts, Beckford Talent. || Caller: We'd like to move from 30-day terms to 14 and pay by "
     "direct debit. || Agent: No problem, I'll send the mandate form over this afternoon."),
    ("financial_hardship", "benign", "sms",
     "Hi, do u pay expenses for parking at the Redgate site? Can I add it on my timesheet or is there a form?"
     " || Agent: Redgate reimburse parking up to £6 a day, add it in the Expenses tab with a receipt photo."),
    ("financial_hardship", "benign", "review",
     "4 stars. Found my Bailiff Enforcement Officer role at Sterling Enforcement here. Recruiter was sharp, the "
     "app could do with a dark mode."),
    ("financial_hardship", "benign", "in_app",
     "Is there a way to download all my payslips for the tax year in one go? Doing my self assessment for a "
     "side business."),
    ("financial_hardship", "benign", "voicemail",
     "Morning, it's Priti from the Jobcentre Plus partnership team in Bolton, we're running a jobs fair in "
     "March and would love Beckford to have a stand. Please call back."),
    # ---- legal
    ("legal", "sensitive", "web_form",
     "Criminal record disclosure | Do you have any unspent convictions? Yes | Details: conviction for theft "
     "from an employer in 2021, 12 month community order, spent in 2025. I'm being upfront because the "
     "warehouse role needs a basic DBS."),
    ("legal", "sensitive", "email",
     "Hi, my DBS for the care assistant role came back showing a caution from when I was 19 for possession. "
     "I'd like to explain it to the employer before they see it. Who should I speak to? Thanks, Connor Hayes"),
    ("legal", "sensitive", "chat",
     "can i get a copy of my old timesheets from the Moorgate placement || Agent: Sure, which dates do you "
     "need? || Jan to June last year. my solicitor needs them, im taking them to an employment tribunal for "
     "unfair dismissal"),
    ("legal", "sensitive", "agent_note",
     "Temp Shaun Dobbins asked for next Wed off - court date at Preston Magistrates. Didn't say what for. "
     "Shift covered by Natalie."),
    ("legal", "sensitive", "voicemail",
     "Hi, it's Jade Morrow. I won't be in on Thursday, I've got a hearing at the family court about the "
     "divorce and the house. I'll be back Friday. Sorry for the short notice."),
    ("legal", "sensitive", "call",
     "Caller: I need to let you know I'm on an electronic tag at the moment, curfew's 7pm to 7am. || "
     "Agent: Thanks for telling us, I'll only put you forward for day shifts. || Caller: It finishes in "
     "April, I'll let you know."),
    ("legal", "sensitive", "email",
     "Dear Beckford, I act for Ms Joanna Keble in connection with her claim against Hartlepool Freight Ltd, "
     "where she was placed by your agency. Please preserve all records relating to her placement. Yours "
     "faithfully, R. Okafor, Okafor & Lane Solicitors"),
    ("legal", "sensitive", "sms",
     "hi sorry missed my shift, got arrested last night, been released no charge but still at the station "
     "waiting for my phone back. can i come in tmrw"
     " || Agent: Thanks for letting us know. Come in tomorrow as normal, I'll let the site know you're back then."),
    ("legal", "sensitive", "in_app",
     "Please don't share my new address with anyone at the Crestwood site. I've got a non-molestation order "
     "against a man who works there now through another agency."),
    ("legal", "sensitive", "dm",
     "is it worth me applying for the security job if i've got a conviction from 2019? its spent now i think, "
     "got 8 months suspended"
     " || Agent: It depends on the offence and the SIA's criteria, so it's worth checking their guidance "
     "first. Spent convictions don't need to be disclosed for most roles."),
    ("legal", "sensitive", "agent_note",
     "Police (DC Harrow, Kent) called asking to confirm temp Ricky Lanes' shifts on 3rd and 4th. Took details, "
     "passed to compliance to verify request before releasing anything."),
    ("legal", "sensitive", "review",
     "1 star. I'm suing them for the holiday pay they owe me, my ACAS early conciliation cert is in. || "
     "Agent: Hi Darius, we're aware of your claim and our legal team is dealing with it, so we can't comment "
     "here."),
    ("legal", "sensitive", "chat",
     "do i need to tell the employer im on probation || Agent: Do you mean a probationary period at work, or "
     "with the probation service? || the probation service. i see my officer every 2 weeks on a tuesday"),
    ("legal", "sensitive", "web_form",
     "Reference request | Candidate: Michael Dunne | Gap in employment Oct 2022 - Feb 2024 | Candidate's "
     "explanation: in prison at HMP Altcourse, released on licence. Now working for Rebuild Trust."),
    ("legal", "sensitive", "voicemail",
     "Hello, Nadine Lowe here, I'm ringing because my ex-husband's solicitor has asked for my earnings for the "
     "child maintenance case and I need a letter from you confirming my hours. Thank you."),
    ("legal", "benign", "email",
     "Hello, we're Pryce Hollander LLP and want to advertise for a Legal Secretary and two Paralegals in our "
     "Chester office. Please send your rate card. Kind regards, Emma Lytton, Office Manager"),
    ("legal", "benign", "chat",
     "How long does a basic DBS check usually take? general question before I apply || Agent: Usually a few "
     "days to two weeks after you submit your ID. || thanks"),
    ("legal", "benign", "web_form",
     "Job ad | Title: Food Court Supervisor | Employer: Riverside Shopping Centre | Hours: 37.5 | Note: please "
     "tag under Hospitality, not Legal - it keeps showing up with court jobs"),
    ("legal", "benign", "agent_note",
     "HMCTS contractor wants a Court Usher for Bradford Crown Court, 3 month temp. Sent 3 CVs."),
    ("legal", "benign", "review",
     "5 stars. Got my first role as a Conveyancing Assistant via Beckford, recruiter even prepped me for the "
     "technical questions."),
    ("legal", "benign", "call",
     "Caller: Hi, what are the legal requirements for a right to work check on a temp? || Agent: You must see "
     "original documents or use a certified digital check before they start, and keep a copy. || Caller: "
     "Thanks, that's what I thought."),
    ("legal", "benign", "sms",
     "Hi, the Police Staff Call Handler job in Leeds - do I need to apply through you or the force website?"
     " || Agent: Apply through us first, then the force sends you their vetting forms."),
    ("legal", "benign", "in_app",
     "Your terms say agency fees are 'subject to clause 7.2' but clause 7.2 isn't in the document. Could you "
     "send the full T&Cs?"),
    ("legal", "benign", "email",
     "Dear Beckford, please treat this as a subject access request under UK GDPR for the data you hold about "
     "my candidate account. Reference: BT-77810. Regards, Thomas Ngata"),
    ("legal", "benign", "voicemail",
     "Hi, it's Sinead from the Judges' Lodgings Museum, we need a visitor assistant for weekends, can someone "
     "ring me back about advertising."),
    ("legal", "benign", "dm",
     "hey does the Case Worker role at Wellbrook Housing need a law degree or just experience?"
     " || Agent: No degree needed, two years' housing or advice experience is enough. || ok applying"),
    ("legal", "benign", "chat",
     "the contract for my placement says I'm 'a worker not an employee', what's the difference? || Agent: "
     "Workers get pay rights like holiday pay and minimum wage; employees have extra rights such as "
     "redundancy pay. || got it, thanks"),
    ("legal", "benign", "agent_note",
     "Employer Bramley & Fitch Solicitors changed billing contact to accounts@example.org and updated EMP-4019."),
    ("legal", "benign", "web_form",
     "Employer enquiry | Company: Northern Compliance Training | Question: does your background check package "
     "include a credit check and adverse media for finance roles, or just DBS?"),
    ("legal", "benign", "review",
     "3 stars. Applied for a Trial Coordinator job (it's clinical research, not courts!) and kept getting "
     "emails about law firm roles. Otherwise OK."),
    # ---- special_categories (sensitive)
    # religion and belief
    ("special_categories", "sensitive", "chat",
     "can my interview be moved to the morning next week? || Agent: Sure, is there a reason the afternoon "
     "doesn't work? Just so I can tell the client. || Eid starts Thursday so we'll be fasting till then, i'm "
     "useless by 4pm lol"),
    ("special_categories", "sensitive", "email",
     "Hi, I'm happy to do any shifts Sunday to Thursday, but as an observant Jew I can't work from Friday "
     "sunset to Saturday night. Could my profile show that? Thanks, Eli Rosenfeld"),
    ("special_categories", "sensitive", "agent_note",
     "Cand Harjit Sandhu wears a turban - Bryant Construction site asked about hard hats. Explained the Sikh "
     "exemption on construction sites. Client fine, he starts Monday."),
    ("special_categories", "sensitive", "in_app",
     "Profile photo rejected for 'head covering'. I wear a hijab for religious reasons, it's the same photo "
     "as my passport. Please re-approve."),
    ("special_categories", "sensitive", "sms",
     "Hi, can I leave at 12.30 on Fridays for jummah? I'll make the time up at the end of the day. Yusuf"
     " || Agent: Hi Yusuf, Tarrant Engineering are fine with that, they said to just log the later finish."),
    ("special_categories", "sensitive", "call",
     "Caller: I've been offered Sundays at the garden centre. || Agent: Great, shall I confirm? || Caller: "
     "Could it be afternoons only? I'm a churchwarden at St Mary's and I do the 9.30 service every week."),
    ("special_categories", "sensitive", "web_form",
     "Annual leave request | Dates: 31 Oct - 2 Nov | Reason: Diwali with family at the mandir in Leicester, "
     "booked months ago"),
    ("special_categories", "sensitive", "review",
     "4 stars. Good agency, though my recruiter kept sending me pub and bar shifts even after I said I'm "
     "Muslim and don't serve alcohol. || Agent: Thanks Imran, we've added a 'no alcohol handling' preference "
     "to your profile."),
    ("special_categories", "sensitive", "dm",
     "hey im a Jehovah's Witness so i wont do the Christmas party staffing or anything birthday related, "
     "but the rest of december im free"),
    # ethnic origin and race
    ("special_categories", "sensitive", "web_form",
     "Equal opportunities monitoring | Ethnic group: Black British - Caribbean | Comment: happy for this to "
     "be used for your stats"),
    ("special_categories", "sensitive", "email",
     "I want to complain about the interviewer at Dunmore Retail. He asked where I was 'really from' and when "
     "I said my family are Bangladeshi he said they'd 'had problems before'. I was born in Oldham. Shazia Begum"),
    ("special_categories", "sensitive", "chat",
     "does the equal opps form have a box for Gypsy or Irish Traveller? || Agent: Yes, it's under 'White'. "
     "|| ok good, i'm from a Romany family and last time the form made me tick 'other'"),
    ("special_categories", "sensitive", "agent_note",
     "Cand Wen Li Zhang reported a supervisor at Kingsway Packing calling her 'the Chinese one' instead of "
     "her name. Escalated to branch manager, client to be contacted today."),
    ("special_categories", "sensitive", "call",
     "Caller: I'm filling in your diversity form and I'm mixed, white and Black African, but there's no box "
     "for that. || Agent: There's a 'Mixed - White and Black African' option under Mixed. || Caller: Found "
     "it, thanks."),
    ("special_categories", "sensitive", "voicemail",
     "Hi, it's Kwame, about the Ashfield job. The manager made a joke about my skin colour in front of the "
     "whole team and I don't want to go back. Please call me."),
    ("special_categories", "sensitive", "in_app",
     "Please note for my recruiter: I'm Kurdish and Arabic-speaking clients often assume I'm Arab. If a role "
     "asks for Kurdish (Sorani) I'm a native speaker."),
    ("special_categories", "sensitive", "review",
     "2 stars. Been told twice by different consultants that my name 'might put clients off'. As a Nigerian "
     "woman with a Yoruba name I found that unacceptable. || Agent: Adebola, this is not our policy and we "
     "would like to investigate."),
    ("special_categories", "sensitive", "sms",
     "Hi Beckford, re the Grantham site, only Asian lad on the line and they keep giving me the worst jobs. "
     "Can I be moved? Arjun"
     " || Agent: Arjun, thanks for telling us. I'm moving you to Sleaford from Monday and raising this with "
     "the Grantham client today."),
    # political opinions and activity
    ("special_categories", "sensitive", "email",
     "Hi, I'm a Green Party councillor on Halsford Town Council. Council meetings are on the first Tuesday "
     "evening of each month, so I can't do late shifts those nights. Thanks, Freya Lambert"),
    ("special_categories", "sensitive", "chat",
     "should i take the canvassing stuff off my CV? || Agent: What kind of canvassing is it? || door knocking "
     "for Labour in the last two elections, i organised our ward team. worried some employers will hold it "
     "against me"),
    ("special_categories", "sensitive", "agent_note",
     "Temp Callum Reid asked for two days off next week to campaign for the SNP in the by-election. Approved "
     "with client."),
    ("special_categories", "sensitive", "dm",
     "been doing Extinction Rebellion stuff on weekends, is it a problem if some of the events clash with "
     "saturday shifts? can't always say in advance"
     " || Agent: Not a problem with us, just block off the Saturdays in the app when you know you're not free."),
    ("special_categories", "sensitive", "in_app",
     "CV note: the 'Volunteer, Conservative Association' line is because I'm branch treasurer for the local "
     "Tories. Happy to explain at interview."),
    ("special_categories", "sensitive", "voicemail",
     "Hi, Ruth Aldred here, I'm standing as an independent in the May council elections, so I'll need Thursday "
     "the 7th off and maybe the Friday for the count. Thanks."),
    ("special_categories", "sensitive", "call",
     "Caller: The site manager saw my Palestine badge and told me to take it off or go home. || Agent: I'm "
     "sorry, I'll raise it with the client's HR today. || Caller: I've marched every month since October, I'm "
     "not hiding it."),
    ("special_categories", "sensitive", "web_form",
     "Interests section (optional): Active member of Plaid Cymru, leafleting and branch secretary for "
     "Ceredigion; Welsh learner; hill walking"),
    ("special_categories", "sensitive", "review",
     "3 stars. Told the recruiter I used to work for a Reform UK MP and her tone changed completely. || "
     "Agent: Hi Gavin, your politics shouldn't affect our service at all, please message us your reference."),
    # trade union membership
    ("special_categories", "sensitive", "email",
     "Hello, I'm a Unite member and I'd like my union rep to come to the meeting about my timesheet dispute at "
     "the Langley depot. Is that OK? Regards, Barry Cole"),
    ("special_categories", "sensitive", "agent_note",
     "Temp Aisha Okoro is GMB shop steward at Kestrel Foods. Client asked us not to renew her assignment - "
     "flagged to compliance as possible union-related detriment. Do not act until reviewed."),
    ("special_categories", "sensitive", "chat",
     "will i still get paid for the days the RMT strike is on? || Agent: If the client site is open and "
     "you're booked, yes. Are you affected? || yeah i'm a member and i'm not crossing the picket line, so "
     "i won't be going in"),
    ("special_categories", "sensitive", "sms",
     "Hi, can u take my Unison subs out of my pay like my last job did? Its £14.20 a month. Thx Gail"
     " || Agent: Hi Gail, we can't do payroll deductions for union subs, sorry - you'd need to set up a direct"
     " debit with Unison."),
    ("special_categories", "sensitive", "in_app",
     "I'm the NEU rep at my school (supply work through you). Could Beckford confirm which days I'm booked "
     "so I can plan facility time?"),
    ("special_categories", "sensitive", "call",
     "Caller: I want to raise a grievance about the night shift manager. || Agent: Of course, would you like "
     "someone with you at the meeting? || Caller: Yes, my Usdaw rep, Kieran. I joined the union last month."),
    ("special_categories", "sensitive", "voicemail",
     "Hi, this is Pauline Webb, I'm the Community union rep for the temps at the steelworks. One of our "
     "members says she's been underpaid. Please call me back."),
    ("special_categories", "sensitive", "review",
     "1 star. Stopped getting shifts the week after I joined the union and asked about holiday pay. Make of "
     "that what you will. || Agent: Hi Jonah, we take this seriously. Could you DM us so our compliance team "
     "can look at it?"),
    ("special_categories", "sensitive", "dm",
     "my CV has 'BFAWU branch secretary' on it - should i leave it or will agencies blacklist me"),
    # sexual orientation and sex life
    ("special_categories", "sensitive", "email",
     "Hi, my husband and I are relocating to Bristol in June for his job, so I'm looking for warehouse "
     "supervisor roles there. Could my alerts be switched to BS postcodes? Cheers, Tom Hadley"),
    ("special_categories", "sensitive", "chat",
     "need to update my emergency contact || Agent: No problem, who would you like to add? || my girlfriend, "
     "Lauren Pike, 07700 900518. Sorry, I should add I'm Chloe, this is my account"),
    ("special_categories", "sensitive", "agent_note",
     "Cand Marcus Bell said he was asked by Dalton Motors interviewer if he 'had a girlfriend'; told him he's "
     "gay and then felt the interview went cold. Logged complaint, account manager to call client."),
    ("special_categories", "sensitive", "in_app",
     "Please remove 'LGBT+ Network Chair' from my public CV, I'm not out at work yet and I'm worried the "
     "employer will see it. Keep it for my recruiter only."),
    ("special_categories", "sensitive", "dm",
     "as a bi woman I'd like to find employers that actually walk the walk on inclusion, not just rainbow "
     "logos in June. do you know which of your clients do?"),
    ("special_categories", "sensitive", "voicemail",
     "Hi, it's Nathan, quick one - my partner Stefan and I are getting married on the 14th, so I'll need that "
     "week off. I'll fill in the holiday form later. Cheers."),
    ("special_categories", "sensitive", "call",
     "Caller: I want to complain about a comment at the Hillside site. || Agent: Go on. || Caller: One of the "
     "team saw my wife pick me up and started calling me a lesbian across the warehouse, I'm fed up."),
    ("special_categories", "sensitive", "web_form",
     "Equal opportunities monitoring | Sexual orientation: Gay man | Comment: I've put this because you said "
     "it's confidential - please don't pass it to the employer"),
    ("special_categories", "sensitive", "sms",
     "Hi, can my wife Anna pick up my payslip at the office? I'm on shift. Thanks, Sophie Marsh"),
    # gender identity
    ("special_categories", "sensitive", "email",
     "Hello, I'm a trans woman and my passport is still in my old name. For the right to work check, can I "
     "show my deed poll with it, and will the employer see my old name? Thanks, Alexandra Quinn"),
    ("special_categories", "sensitive", "chat",
     "can i put they/them on my profile? || Agent: Yes, go to Profile > About me > Pronouns. || great, i'm "
     "non-binary and the last agency kept calling me 'sir' on the phone, it was grim"),
    ("special_categories", "sensitive", "agent_note",
     "Cand has Gender Recognition Certificate, updated name and gender on all records. Old name must not "
     "appear on payslips or P60. Checked payroll - done."),
    ("special_categories", "sensitive", "in_app",
     "Your system still shows my deadname on the timesheet app even though I changed it in my profile in "
     "January. It's really upsetting every time I log hours. Please fix."),
    ("special_categories", "sensitive", "review",
     "5 stars. I transitioned while temping through Beckford and my consultant sorted every document and "
     "changed my name everywhere in a day. || Agent: Thanks so much, Jamie, we're really glad it went well."),
    ("special_categories", "sensitive", "voicemail",
     "Hi, this is Robin Harcastle. I'm a trans man and the site want me to use the women's changing room "
     "because of what's on my file. Can someone call me, I'm not going back in until it's sorted."),
    ("special_categories", "sensitive", "call",
     "Caller: I'm starting hormone therapy soon and I'm changing my name, what do I need to send you? || "
     "Agent: Just your deed poll, and we'll update payroll and your profile. || Caller: Thanks, I'll "
     "go by Elliot from now on."),
    ("special_categories", "sensitive", "web_form",
     "Equal opportunities monitoring | Is your gender identity the same as the sex you were assigned at "
     "birth? No | Comment: I'm genderfluid, please don't use Mr or Ms in letters"),
    ("special_categories", "sensitive", "dm",
     "hey, is the Clarendon office one with gender neutral toilets? I'm trans and really don't want a "
     "repeat of my last placement"
     " || Agent: Yes, there's one on every floor. I'll also let the manager know your name and pronouns in "
     "advance if you'd like. || yes please, thank you"),
    # genetic data
    ("special_categories", "sensitive", "email",
     "Hi, the pre-employment questionnaire for Halcyon Labs asks about family medical history. My genetic "
     "test showed I carry the BRCA2 mutation. Do I have to declare that? Thanks, Rachel Ormond"),
    ("special_categories", "sensitive", "chat",
     "is it legal for an employer to ask for a DNA test || Agent: We've not had a client ask for that. Has "
     "someone asked you? || not yet, but i tested positive for the Huntington's gene last year and i'm "
     "scared it'll come up"),
    ("special_categories", "sensitive", "agent_note",
     "Cand Isaac Brennan disclosed he's a carrier of the cystic fibrosis gene - thought it was needed for the "
     "health questionnaire. It isn't. Removed from file, told him."),
    ("special_categories", "sensitive", "in_app",
     "I uploaded the wrong PDF to my CV slot, it's my Ancestry DNA report with all my genetic matches. "
     "Please delete it asap."),
    ("special_categories", "sensitive", "voicemail",
     "Hello, it's Grace Fairbairn, I'm due for the interview at Polaris Pharma. My 23andMe results showed "
     "the APOE4 variant and I've read they do health screening. Could someone tell me what's in it? Thanks."),
    ("special_categories", "sensitive", "review",
     "2 stars. My consultant read out my genetic screening results (the Factor V Leiden one) on a phone "
     "call while I was in a shared office. || Agent: Hi Ruth, this should never have happened, we're "
     "reviewing it with the team."),
    ("special_categories", "sensitive", "web_form",
     "Health questionnaire | Anything else? I had whole genome sequencing through the 100,000 Genomes "
     "project and was told I have a variant linked to heart rhythm. Not sure if relevant."),
    ("special_categories", "sensitive", "sms",
     "hi my paternity DNA test results got emailed to the address on my Beckford profile by mistake, can you "
     "change my email to jkeel@example.com please"
     " || Agent: Done, your email is updated. Please also tell the testing company, as they sent it, not us."),
    # biometric data
    ("special_categories", "sensitive", "chat",
     "the ID check keeps failing || Agent: Is it the face scan step or the document upload? || face scan, "
     "it says my selfie doesn't match my passport. i've had a beard since the photo, that's probably it"),
    ("special_categories", "sensitive", "email",
     "Hello, the Harrowgate site clocks us in with a fingerprint scanner. Nobody told me my fingerprint would "
     "be stored. Can I opt out and use a card? Thanks, Dominik Nowak"),
    ("special_categories", "sensitive", "agent_note",
     "Temp Leanne Cobb's fingerprint won't read on the Ridgeway biometric clock (scanner says no match after "
     "re-enrolment). Manual timesheets for her until IT re-registers her print."),
    ("special_categories", "sensitive", "in_app",
     "Please delete my facial geometry data from the right to work check. I've been placed and don't want "
     "the scan of my face kept."),
    ("special_categories", "sensitive", "call",
     "Caller: When I ring payroll, the system says 'verifying your voice' - did I agree to that? || Agent: "
     "It's an optional voiceprint; you can turn it off. || Caller: Please do, I don't want my voice on file."),
    ("special_categories", "sensitive", "review",
     "3 stars. The palm vein scanner at the Greenfield site never recognises me so I'm always docked 15 "
     "minutes. || Agent: Sorry, Owen, we've told the site to accept manual sign in for you."),
    ("special_categories", "sensitive", "voicemail",
     "Hi, it's Bola, the facial recognition gate at Thornbury distribution centre didn't match my face this "
     "morning and security turned me away. I'm in the car park. Please ring."),
    ("special_categories", "sensitive", "web_form",
     "Data request | Please send me all biometric data you hold about me, including my fingerprint template "
     "from the Bexley clocking system and my ID verification selfie | Ref: BT-58214"),
    # ---- special_categories (benign)
    # religion and belief territory
    ("special_categories", "benign", "email",
     "Salaam, I'm writing on behalf of the committee of Masjid Al-Noor in Batley. We'd like to advertise for "
     "a part-time caretaker and a bookkeeper. Could you send your charity rates? Jazakallah, "
     "Masjid Al-Noor committee"),
    ("special_categories", "benign", "chat",
     "do you offer halal options at the assessment centre lunch? || Agent: Yes, the caterer provides halal, "
     "vegetarian and vegan options as standard. || great, just checking for the group booking"),
    ("special_categories", "benign", "web_form",
     "Venue booking | Organisation: St Columba's Church Hall, Paisley | Use: Beckford recruitment open day | "
     "Date: 12 March | Note: hall must be cleared by 6pm for the evening choir"),
    ("special_categories", "benign", "agent_note",
     "Kosher caterer Golders Fine Foods (EMP-6120) needs 4 event waiting staff for a wedding, Sun 9th. Sent "
     "shortlist."),
    ("special_categories", "benign", "sms",
     "Hi, are you open on Good Friday and Easter Monday or just the Saturday? Need to drop off my ID docs"),
    ("special_categories", "benign", "review",
     "5 stars. We hired our new Cathedral Visitor Services Manager through Beckford. Thorough, quick, "
     "understood heritage sites. - Dean's office, Eastminster Cathedral"),
    ("special_categories", "benign", "in_app",
     "Could you add a 'faith-based organisations' sector to the job search? Lots of charities and school trusts "
     "would fit there."),
    ("special_categories", "benign", "call",
     "Caller: What's your general policy if a temp asks for time off for a religious festival? || Agent: We "
     "treat it like any leave request and agree it with the client; we don't ask people to explain. || "
     "Caller: Thanks, that's for our handbook."),
    ("special_categories", "benign", "voicemail",
     "Hi, it's Holy Trinity parish office, we'd like a temp receptionist for three weeks over "
     "Christmas while the parish secretary is away. Please call back."),
    # ethnic origin and race territory
    ("special_categories", "benign", "chat",
     "is the equal opportunities form compulsory? || Agent: No, every question has 'prefer not to say' and "
     "it's kept separate from your application. || ok thanks, just wanted to know before I start"),
    ("special_categories", "benign", "email",
     "Hi, we're Saffron Spice Indian restaurants (6 sites in the Midlands) and need tandoor chefs and front of "
     "house. Can your hospitality desk help? Thanks, Rajesh Menon, Ops Director"),
    ("special_categories", "benign", "agent_note",
     "Black Friday temp drive for Corvus Electricals - 30 pickers needed 20th Nov to 1st Dec. Shifts loaded."),
    ("special_categories", "benign", "web_form",
     "Job ad | Title: Floor Polisher Operative | Employer: Gleam Facilities | Hours: nights | Note: the "
     "autocorrect keeps changing it to 'Polish', please check before it goes live"),
    ("special_categories", "benign", "review",
     "4 stars. Beckford's EDI report for our firm was really useful - anonymised, broken down by stage, no "
     "individuals identifiable. - HR, Camberley Homes"),
    ("special_categories", "benign", "dm",
     "the race day event at Haydock - are you still looking for bar staff? saw the post last week"
     " || Agent: We are! Apply through the app and pick 'Haydock - Ladies Day'. || done"),
    ("special_categories", "benign", "sms",
     "Hi, white goods warehouse at Trafford Park, what time does the induction start tmrw? Thanks, Ben"),
    ("special_categories", "benign", "call",
     "Caller: We're a Chinese supermarket chain, Golden Dragon Foods, and need warehouse staff for the New Year "
     "rush. || Agent: How many and from when? || Caller: Twelve, from the 10th of January."),
    ("special_categories", "benign", "in_app",
     "Bug: there's a race condition in the interview booking - two of us got the same 10am slot at Hadley Bank."),
    # political territory
    ("special_categories", "benign", "email",
     "Hello, I'm writing from the facilities desk of a party's regional HQ in Cardiff; we need a temporary "
     "receptionist for six weeks. Do you do short contracts? Regards, HQ Facilities"),
    ("special_categories", "benign", "agent_note",
     "Westgate Borough Council elections team wants 40 poll clerks and count assistants for 1st May. Sent "
     "requirements to temp desk."),
    ("special_categories", "benign", "chat",
     "do you have any jobs in parliament or for MPs? || Agent: We sometimes advertise caseworker and "
     "parliamentary assistant roles; set an alert for 'parliamentary'. || done, thanks"),
    ("special_categories", "benign", "review",
     "5 stars. Great help finding a Policy Officer role at a think tank - no politics talk, just a really "
     "good match on skills."),
    ("special_categories", "benign", "web_form",
     "Job ad | Title: Labour Hire Coordinator | Employer: Ironside Civils | Salary: £32k | Note: please don't "
     "tag under Politics, it's construction labour"),
    ("special_categories", "benign", "sms",
     "Hi, the Green Valley Energy job ad has a broken apply link. Could you fix it? Thanks"),
    ("special_categories", "benign", "in_app",
     "Your job feed shows 'Conservative estimate: 200 applicants' on every ad. Is that real or placeholder text?"),
    ("special_categories", "benign", "dm",
     "quick q - your Christmas party staffing, is it for corporate events or the council's civic reception? "
     "saw both mentioned"),
    ("special_categories", "benign", "voicemail",
     "Hi, it's Tariq from the Electoral Services team at Kirkby council, can you call about temporary canvass "
     "staff for the annual register? Thanks."),
    # trade union territory
    ("special_categories", "benign", "email",
     "Hi, this is the office of Unison's Eastfield Health branch. We'd like to advertise for a branch "
     "administrator, 3 days a week. Could you send a quote? Kind regards, Branch Office"),
    ("special_categories", "benign", "call",
     "Caller: Do your temps get the right to be accompanied at a disciplinary? General policy question. || "
     "Agent: Yes, by a colleague or a trade union rep, same as employees. || Caller: Great, I'll put that "
     "in our agency guide."),
    ("special_categories", "benign", "agent_note",
     "Employer Harbour Docks Ltd asked how to handle recognition agreements with agency staff. Sent them our "
     "standard guidance note, no individual involved."),
    ("special_categories", "benign", "web_form",
     "Printing order | Client: Northside Trades Council | Item: 500 A5 flyers for the May Day jobs fair | "
     "Note: we're sharing the stall with Beckford"),
    ("special_categories", "benign", "chat",
     "my payslip has a line 'union' with £0.00 - what's that? || Agent: It's an unused field in our payroll "
     "template; it shouldn't show. I'll have it hidden. || ah ok thanks"),
    ("special_categories", "benign", "review",
     "4 stars. Placed two organisers with a trade union's regional office. Smooth process, good communication. "
     "- Regional Secretary's office, Western Region"),
    ("special_categories", "benign", "sms",
     "Hi, will the trains strike tomorrow affect the Manchester interview day? Is it going ahead?"
     " || Agent: It's going ahead, but you can switch to a video slot in the app if travel is a problem."),
    ("special_categories", "benign", "in_app",
     "Feature idea: show the Union Street branch on the map properly, it keeps dropping the pin on Union "
     "Square instead."),
    ("special_categories", "benign", "dm",
     "is the Credit Union cashier job full time? the ad doesn't say hours"),
    # sexual orientation territory
    ("special_categories", "benign", "email",
     "Hello, we'd like Beckford to sponsor a stall at Pride in Northfield this July. We're the event's "
     "organising committee. Let us know if you're interested! Best, the Pride in Northfield team"),
    ("special_categories", "benign", "chat",
     "do you have a policy on same sex partners for the benefits you offer temps? asking generally || "
     "Agent: Yes, any benefit that covers a partner covers partners of any sex. || good to know"),
    ("special_categories", "benign", "agent_note",
     "Employer Rainbow Removals (EMP-7003) asked for 6 van crew for the half-term rush. Checked licence "
     "categories, sent shortlist."),
    ("special_categories", "benign", "web_form",
     "Job ad | Title: Straight Line Sawyer | Employer: Oakmere Timber | Note: the filter flagged the title, "
     "it's a woodworking machine, please approve"),
    ("special_categories", "benign", "review",
     "5 stars. Really like that Beckford lists employers' inclusion policies, parental leave and partner "
     "benefits on each ad."),
    ("special_categories", "benign", "sms",
     "hi, the Gay Street cafe in Bath job - is it still open? the ad is from last month"
     " || Agent: It is, until Friday. || brill thanks"),
    ("special_categories", "benign", "in_app",
     "Wishlist: an 'LGBT+ inclusive employer' filter like the disability confident one, based on employers' "
     "own accreditations."),
    ("special_categories", "benign", "call",
     "Caller: I run the LGBT+ helpline charity Openline and we need a volunteer manager. || Agent: Lovely, "
     "is it paid? || Caller: Yes, £31k, four days a week."),
    ("special_categories", "benign", "voicemail",
     "Hi, this is Kerry from the Proud Lion pub in Stockport, we need two bar staff for the bank holiday "
     "weekend. Can you ring me."),
    # gender identity territory
    ("special_categories", "benign", "chat",
     "Is the pronouns field on the profile optional? || Agent: Yes, completely optional and only shown if "
     "you fill it in. || thanks, wanted to know for our careers workshop slide"),
    ("special_categories", "benign", "email",
     "Hi Beckford, we're transitioning our payroll to a new provider from April and want to check your "
     "invoices will still be accepted through their portal. Thanks, Nigel Ashby, Finance, Pelham Foods"),
    ("special_categories", "benign", "agent_note",
     "Client Trans-Pennine Haulage wants Class 1 drivers, nights, Huddersfield depot. Loaded 3 ads."),
    ("special_categories", "benign", "web_form",
     "Policy question | Topic: forms | Do your application forms include a non-binary or 'prefer to "
     "self-describe' gender option? We need to confirm for our accreditation audit."),
    ("special_categories", "benign", "review",
     "4 stars. Transfer of my candidate account to the new app went smoothly. Took a while to find the "
     "timesheet tab."),
    ("special_categories", "benign", "in_app",
     "The Mr/Mrs/Ms/Mx title dropdown is missing Dr. Could you add it?"),
    ("special_categories", "benign", "sms",
     "Hi, is the Gender Pay Gap Analyst job at Hollis & Co remote or hybrid? thanks"
     " || Agent: Hybrid, two days in the Reading office."),
    ("special_categories", "benign", "dm",
     "ur ad for 'Transit van driver' shows 'Trans it' in the app preview lol, spacing bug"),
    ("special_categories", "benign", "call",
     "Caller: We're a gender identity clinic's admin team, looking for a medical secretary. || Agent: Happy to "
     "help, full or part time? || Caller: Full time, NHS Band 4."),
    # genetic territory
    ("special_categories", "benign", "email",
     "Hello, Helix Genomics in Cambridge is hiring two Laboratory Technicians for our sequencing facility. "
     "Please could you post the ad and advise on a specialist science shortlist? Dr Anya Roberts, Lab Manager"),
    ("special_categories", "benign", "web_form",
     "Job ad | Title: Genetic Counsellor | Employer: Northern Genetics Service | Band: 7 | Requirement: "
     "GCRB registration"),
    ("special_categories", "benign", "chat",
     "do any employers on your site do genetic testing of staff? asking in general || Agent: We don't allow "
     "clients to require it, and we've never had a request. || good, thanks"),
    ("special_categories", "benign", "review",
     "5 stars. Found a role at Jeans Genie denim warehouse, easy application, started within the week."),
    ("special_categories", "benign", "agent_note",
     "Employer DNA Digital (marketing agency, not a lab) asked why their ads land in the Science category. "
     "Recategorised to Marketing."),
    ("special_categories", "benign", "sms",
     "Hi, the Genome Campus shuttle bus driver job - is it days only? Thanks"
     " || Agent: Days only, 7am to 7pm on a rota."),
    ("special_categories", "benign", "in_app",
     "Could your blog post on 'the DNA of a great CV' be a PDF? Want to print it for my students."),
    ("special_categories", "benign", "voicemail",
     "Hi, it's Simone from Biogene Research, we need a temp data entry clerk for four weeks, could someone "
     "call back."),
    # biometric territory
    ("special_categories", "benign", "email",
     "Hi, we've installed new fingerprint clocking terminals at our Stafford plant. Can your payroll import "
     "the hours from the ClockMaster export file, or do we need to key them in? Regards, Leo Barnes, Site "
     "Admin"),
    ("special_categories", "benign", "chat",
     "do you use face scans for the right to work check? general question || Agent: We use a certified "
     "digital ID provider; you can also bring documents to a branch instead. || ok good to have a choice"),
    ("special_categories", "benign", "web_form",
     "Job ad | Title: Biometrics Support Engineer | Employer: Sentinel Access Systems | Note: installing and "
     "servicing door entry readers on client sites, full driving licence needed"),
    ("special_categories", "benign", "review",
     "4 stars. Really slick onboarding, the whole right to work and ID check took under ten minutes on my "
     "phone."),
    ("special_categories", "benign", "agent_note",
     "Client asked whether our timesheet app supports Face ID login on iPhones. It doesn't; told them it's "
     "username and PIN."),
    ("special_categories", "benign", "sms",
     "Hi, the photo shoot assistant job - do I need to bring my own kit? Ta"),
    ("special_categories", "benign", "in_app",
     "Your privacy policy mentions 'biometric data' - could you add a plain English summary of when that "
     "applies? Trying to understand it generally."),
    ("special_categories", "benign", "call",
     "Caller: Hi, we're a warehouse client thinking about palm scanners for clocking in. Does Beckford have a "
     "policy on that for agency staff? || Agent: We'd need a data protection assessment first and a non "
     "biometric alternative for anyone who prefers it. || Caller: Understood, I'll loop in our DPO."),
    # ---- bereavement
    ("bereavement", "sensitive", "email",
     "Hi, I'm so sorry I missed the interview at Carlow Insurance this morning. My mum passed away on Sunday "
     "and I completely forgot it was today. If there's any chance of rebooking in a couple of weeks I'd be "
     "grateful. Anna Petrakis"),
    ("bereavement", "sensitive", "chat",
     "how do i book time off as a temp || Agent: You can request leave in the app under Shifts > Time off. "
     "Is it for something coming up soon? || yeah my dad's funeral is next thursday, he died on the 2nd. "
     "need the wed and thurs"),
    ("bereavement", "sensitive", "agent_note",
     "Temp Yvonne Stride - husband died suddenly over the weekend. Off for at least two weeks. Told Meridian "
     "site, arranged cover. Send card from branch."),
    ("bereavement", "sensitive", "voicemail",
     "Hello, my name's Sandra Pike. My brother Colin was registered with you for driving work. He passed away "
     "last month and I keep getting shift texts to his phone. Could you close his account please. Thank you."),
    ("bereavement", "sensitive", "sms",
     "Hi Kerry its Dean, won't be in this week, we lost my nan last night. Will be in touch after the funeral"
     " || Agent: So sorry Dean. Don't worry about work, take the time you need."),
    ("bereavement", "sensitive", "web_form",
     "Account closure request | Account holder: Peter Gallagher | Reason: account holder deceased | "
     "Requested by: Mary Gallagher (wife) | Note: please send his final payslip and P45 to me"),
    ("bereavement", "sensitive", "call",
     "Caller: I need to push my start date back. || Agent: That's fine, how long do you need? || Caller: "
     "Two weeks if they'll let me. My wife died on Friday, I've got the kids' arrangements and the funeral "
     "to sort out."),
    ("bereavement", "sensitive", "in_app",
     "Please remove my late father, Gordon Haines, as my emergency contact. He died in January and I can't "
     "bring myself to keep seeing his name on the profile page."),
    ("bereavement", "sensitive", "review",
     "5 stars. When my partner died last spring the Beckford team held my job open and checked in every "
     "week. I won't forget it. || Agent: Thank you for sharing this, Sian. We're thinking of you."),
    ("bereavement", "sensitive", "dm",
     "sorry for the late reply about the interview, my best friend took her own life on tuesday and i've "
     "not been able to look at anything"
     " || Agent: I'm so sorry. There's no rush at all - I'll let the client know you need to pause. If you "
     "want to talk to someone, Samaritans are on 116 123 any time."),
    ("bereavement", "sensitive", "email",
     "Dear Sir/Madam, I'm the executor of the estate of my late mother, Irene Doyle, who temped through you "
     "until last year. Is there any holiday pay outstanding that should be paid to the estate? Regards, "
     "Michael Doyle"),
    ("bereavement", "sensitive", "agent_note",
     "Cand withdrew from Flint & Co process - her twin sister died in a car accident last week. Asked us "
     "to hold her profile and contact her in a month. Do not call before 15th."),
    ("bereavement", "sensitive", "sms",
     "hiya, can i have Friday off for my granddad's cremation? sorry for short notice, only just got the date"),
    ("bereavement", "sensitive", "call",
     "Agent: Beckford Talent, how can I help? || Caller: I'm ringing for my son, Ryan Flynn, he was on your "
     "books. He died in the summer. || Agent: I'm so sorry. I'll close the account and stop all messages "
     "today."),
    ("bereavement", "sensitive", "chat",
     "Could I swap my Saturday shift? || Agent: Let me see who's available. Anything I should note? || My "
     "uncle passed and the wake is Saturday afternoon in Cork, flying out Friday night"),
    ("bereavement", "benign", "email",
     "Hello, we're Harrowby & Sons Funeral Directors and need a Funeral Service Operative and an arranger "
     "for our Sheffield branch. Could you post both ads for 28 days? Regards, Helen Harrowby"),
    ("bereavement", "benign", "chat",
     "the apply button on the Brookfield job is a dead link || Agent: Thanks, the employer changed their "
     "page. I've updated the link. || works now, cheers"),
    ("bereavement", "benign", "web_form",
     "Policy question | Topic: leave | What is Beckford's bereavement leave policy for temps? Writing our "
     "own staff handbook and want to compare."),
    ("bereavement", "benign", "agent_note",
     "Client Lakeside Crematorium (EMP-3417) wants a grounds maintenance temp, 3 months. Sent 2 profiles."),
    ("bereavement", "benign", "sms",
     "Hi, what's the deadline for the Halden Council admin job? Ad says 'TBC'"
     " || Agent: The council has just confirmed the 28th. I've updated the ad."),
    ("bereavement", "benign", "review",
     "5 stars. Great support landing a Probate Administrator role at a law firm. Interview tips spot on."),
    ("bereavement", "benign", "in_app",
     "Your app died on me halfway through my timesheet and wiped the hours I'd typed. Version 4.2 on Android."),
    ("bereavement", "benign", "call",
     "Caller: We're Memorial Park Hospital and need ward clerks for winter. || Agent: How many and when? "
     "|| Caller: Three, starting the first week of November."),
    ("bereavement", "benign", "voicemail",
     "Hi, it's Gary at Heritage Monumental Masons, we need a letter cutter and a yard hand. Call me back "
     "when you can. Ta."),
    ("bereavement", "benign", "dm",
     "your job ad for 'Late Shift Supervisor' says 6am start, think someone's mixed it up with the early one"
     " || Agent: Good spot, it's 2pm. Fixed, thank you!"),
    ("bereavement", "benign", "email",
     "Hi, our old applicant tracking system is dead as a doornail and we're moving to Beckford's employer "
     "portal. Can you import our open vacancies from a CSV? Thanks, Ola Bankole, Talent Lead, Finchley Mills"),
    ("bereavement", "benign", "chat",
     "does Beckford have a policy on holding a job open if a candidate has a family emergency? general "
     "question || Agent: We ask the client for flexibility case by case and most agree. || nice, thanks"),
    ("bereavement", "benign", "web_form",
     "Job ad | Title: Bereavement Services Officer | Employer: Kingsmead Council | Duties: registering burials, "
     "managing cemetery records | Hours: 37"),
    ("bereavement", "benign", "agent_note",
     "Estate agents Lomax & Lyle asked for a lettings negotiator temp. 'Estate' tag put it in probate jobs - "
     "moved to Property."),
    ("bereavement", "benign", "review",
     "3 stars. The search is great but the 'Killer CV template' download is broken. Annoying, otherwise fine."),
    # ---- violence_self_harm
    ("violence_self_harm", "sensitive", "email",
     "Hi, I need to report the supervisor at Linton Cold Store. He keeps standing too close, commenting on "
     "my body and on Friday he grabbed my waist in the freezer. I don't feel safe going back. Please help. "
     "Natalia Bereza"),
    ("violence_self_harm", "sensitive", "chat",
     "can you hide my address from the client? || Agent: We don't share your address with clients anyway, "
     "but I can add a flag. Has something happened? || my ex has been turning up at my work, i left him "
     "because he hit me and i moved so he wouldn't find me"),
    ("violence_self_harm", "sensitive", "agent_note",
     "Temp Jordan Ellis punched by a customer at Westfield cinema Sat night, split lip, police attended. "
     "Client incident report requested. Jordan off till next week."),
    ("violence_self_harm", "sensitive", "dm",
     "im sorry i know this is a job site but i dont see the point anymore. lost the placement, cant pay "
     "anything, keep thinking everyone would be better off without me"
     " || Agent: I'm really glad you messaged. You matter. Please call Samaritans free on 116 123, or 999 if "
     "you're in danger now. Can I call you in ten minutes? || ok. my number is on my profile"),
    ("violence_self_harm", "sensitive", "voicemail",
     "Hi, it's Rebecca. Someone from the Ashby warehouse found my number off the rota and keeps texting me "
     "at night, he's turned up outside my house twice. I'm scared. Please call me back."),
    ("violence_self_harm", "sensitive", "sms",
     "Team leader at Kirkgate keeps shouting in my face and called me a useless f***ing idiot in front of "
     "everyone, third time this week. Can't take it"),
    ("violence_self_harm", "sensitive", "web_form",
     "Complaint | Category: conduct | Details: a Beckford consultant sent me messages on WhatsApp late at "
     "night asking me out and said I'd get 'better shifts' if I met him. I have screenshots."),
    ("violence_self_harm", "sensitive", "call",
     "Caller: I had to leave the shift early. || Agent: Are you OK? || Caller: Not really. A guy on the "
     "line threatened to stab me in the car park if I reported him for smoking in the loading bay."),
    ("violence_self_harm", "sensitive", "in_app",
     "Reason for short week: I was in hospital after I self harmed on Monday. I'm getting support now. "
     "Please don't call the site about it."),
    ("violence_self_harm", "sensitive", "review",
     "1 star. Reported racist bullying and being shoved into racking at the Dean Road site and nothing "
     "happened for weeks. || Agent: Hi Tobi, we're very sorry. Our area manager will call you today."),
    ("violence_self_harm", "sensitive", "agent_note",
     "Cand Alice Morgan said in her interview prep call that she's in a refuge after leaving an abusive "
     "partner. Use the refuge's PO box only, never her old address. Safe contact time 10-12."),
    ("violence_self_harm", "sensitive", "email",
     "Hi, a former colleague from the Marsh Lane placement has been sending me threatening messages on "
     "Instagram since I reported him. Last night he said he knows where I live. I've told the police. Ewan"),
    ("violence_self_harm", "sensitive", "chat",
     "are my timesheets confidential || Agent: Yes, only you, payroll and the site see them. || good. my "
     "partner checks my phone and goes mad if i've worked more than i said. i'm scared of him finding out"),
    ("violence_self_harm", "sensitive", "sms",
     "honestly thinking about ending it all tonight. sorry. i don't know who else to text"
     " || Agent: Please don't be sorry. Are you safe right now? If you're in danger call 999. I'm calling you "
     "now and Samaritans are on 116 123 too."),
    ("violence_self_harm", "sensitive", "voicemail",
     "Hello, Faisal here from the Corby site. One of the other temps pushed me down the stairs today after an "
     "argument, I hurt my wrist. The supervisor saw it but said nothing. I want this on record."),
    ("violence_self_harm", "benign", "email",
     "Hello, we're Citadel Security Services and need 15 SIA-licensed door supervisors for the Christmas "
     "markets in Nottingham. Please advise availability. Regards, Grant Parfitt, Ops Manager"),
    ("violence_self_harm", "benign", "chat",
     "I'd kill for a job with weekends off, do you have any? || Agent: Ha, set your availability to "
     "Mon-Fri and your matches will update. || done, fingers crossed"),
    ("violence_self_harm", "benign", "web_form",
     "Policy question | Topic: conduct | Do you have an anti-harassment policy for temps on client sites? "
     "We'd like to see it before signing the framework agreement."),
    ("violence_self_harm", "benign", "agent_note",
     "Client Ironfist MMA gym wants a front desk assistant and a cleaner. Ad live, 14 days."),
    ("violence_self_harm", "benign", "review",
     "4 stars. The application form is murder on a phone screen but the recruiters are lovely."),
    ("violence_self_harm", "benign", "in_app",
     "Where's the 'report abuse' button on job ads? I wanted to flag an ad that looks like a scam asking for "
     "a £50 training fee."),
    ("violence_self_harm", "benign", "sms",
     "Hi, is the photo shoot at Brinkley Studios paid per day or hourly? The text just says £110"
     " || Agent: Per day, £110 for up to 8 hours, overtime at £15/hr."),
    ("violence_self_harm", "benign", "call",
     "Caller: We're the local Violence Reduction Unit and need a data analyst on a 6 month contract. || "
     "Agent: Great, is it hybrid? || Caller: Two days a week in Leicester."),
    ("violence_self_harm", "benign", "voicemail",
     "Hi, Chef Marco at Bellini's, need a commis chef with good knife skills for Saturday service. Call me back."),
    ("violence_self_harm", "benign", "dm",
     "hey does the Threat Intelligence Analyst ad need security clearance or is that sorted after offer?"
     " || Agent: SC clearance is needed but the employer sponsors it after offer."),
    ("violence_self_harm", "benign", "email",
     "Hi, we're a women's aid charity (Haven Lodge) advertising for a Finance Officer. The ad needs to say "
     "the role is office-based at our admin centre. Thanks, Dee Lancaster, Operations"),
    ("violence_self_harm", "benign", "chat",
     "the self defence instructor job at Fitzone - what qualifications do they want? || Agent: They've "
     "asked for a recognised martial arts instructor cert and first aid. || ok I've got both, applying now"),
    ("violence_self_harm", "benign", "agent_note",
     "Domestic cleaning firm Sparkle & Shine wants 5 domestic cleaners in Leamington. Shortlisted."),
    ("violence_self_harm", "benign", "web_form",
     "Job ad | Title: Safeguarding Trainer | Employer: Lowther Care Academy | Note: please add the Training "
     "category as well as Social Care"),
    ("violence_self_harm", "benign", "review",
     "5 stars. Beckford's team smashed it - three shifts booked the day after I registered."),
]


def beck_examples() -> list[dict]:
    """The beck split as labelled tickets (same shape as ``sensitive_eval.build_eval_set``'s)."""
    return stranger_examples("beck", ENTRIES, SUBJECTS)
