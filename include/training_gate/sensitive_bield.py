"""bield split: written by a helper who had not seen the detection rules, the anchors or any other split.
Setting: Riverside Active, a chain of gyms, swimming pools and leisure centres (memberships and direct
debits, class bookings, swimming lessons, personal training, freezes, fobs, café, holiday camps, corporate
and concession plans); registers are email, chat, sms, call, note, form, review, voicemail and dm.
The benign half borrows the territory harmlessly: class names (Body Combat, Dead Serious), squash courts,
union branches and faith groups hiring rooms, school bookings, price and policy questions, face-scan gates
and fob faults, gym idioms.
70 sensitive and 70 benign tickets for special categories, 50 and 50 for children, 20 and 20 for financial hardship,
15 and 15 for health, legal, bereavement and violence and self-harm.
First reading (policy 2026.11.24.7, after it was final; `sensitive_eval.evaluate`, as `make eval-sensitive`):
96.5 / 3.5 recall / false exclusion in % as shipped, 96.5 / 6.5 without the overruling,
91.0 / 6.0 by the rules alone. Waits for the next round (tuned and trained on after this reading)."""

from __future__ import annotations

from training_gate.sensitive_blind import stranger_examples

SUBJECTS: tuple[str, ...] = (
    "Direct debit query",
    "Membership freeze request",
    "Cancelling my membership",
    "Class booking problem",
    "Swimming lessons",
    "Personal training sessions",
    "Locker and fob access",
    "Holiday camp booking",
    "Café feedback",
    "Corporate membership enquiry",
    "Concession membership",
    "Update my account details",
    "Complaint about my visit",
    "Room hire enquiry",
)

ENTRIES: list[tuple[str, str, str, str]] = [
    # ---- health
    ("health", "sensitive", "email",
     "Hello, I need to freeze my membership (RA-204418) from 10 June. I'm having my ACL reconstructed at "
     "Wendling General on the 14th and the surgeon says no leg work for at least twelve weeks. Happy to "
     "send the hospital letter if you need it. Many thanks, Gareth Lomax"),
    ("health", "sensitive", "chat",
     "hi, the aqua class on thursday shows as full but I booked it on monday?? || Agent: Let me check that "
     "for you. I can see the booking went through at 9:02 but it was cancelled at 9:40 - did you get a "
     "cancellation email? || no! nothing. and I really need that one specifically, it's the aqua natal and "
     "the midwife said swimming is the best thing for my back now I'm 24 weeks || Agent: I've put you back "
     "in and added a note so it doesn't drop off again. Congratulations!"),
    ("health", "sensitive", "note",
     "Call from Mrs Funmi Adebayo-King re cancellation and the 30-day notice fee. Explained policy. She "
     "said she has been off work with depression since March and hasn't been able to face coming in, so "
     "she's been paying for nothing. Raised with Tollgate centre manager to waive the final month."),
    ("health", "sensitive", "sms",
     "hi its lauren (thurs 6pm PT w/ Jonno) cant make it tmrw, had a seizure last nite and im not allowed "
     "to drive for now. can we do it online or move it? x"),
    ("health", "sensitive", "form",
     "Freeze request | Name: Patricia Venn | Membership: RA-339021 | Reason: Medical | Details: starting "
     "chemotherapy on 3 June, oncology nurse says stay out of public pools while my counts are low, expect "
     "about 6 months | Supporting document: attached"),
    ("health", "sensitive", "call",
     "Agent: Riverside Active Eastwater, Sam speaking. || Caller: Hi, I'm looking at joining but I need to "
     "know about the hydro pool first. I've got MS and on bad days I can't manage steps, so is there a "
     "hoist or a ramp? || Agent: There's a poolside hoist and a trained member of staff on every hydro "
     "session, you just book the slot 24 hours ahead. || Caller: That's brilliant. And can my carer come "
     "in with me? || Agent: Yes, carers go free with an Access card."),
    ("health", "sensitive", "review",
     "4 stars. Lovely lido, cold but gorgeous. Only gripe is the steps at the shallow end - with my "
     "prosthetic leg I have to sit down and shuffle in, which isn't a great look at 7am. A rail on both "
     "sides would help. || Agent: Thanks Moira, and sorry about the steps. We've passed this to the "
     "Harford estates team and a second handrail is on the list for the autumn closure."),
    ("health", "sensitive", "voicemail",
     "Hiya, it's Dev Mistry, membership ending 772. I was booked on the seven a.m. spin this morning but "
     "I'm ringing from A and E, I had chest pains on the way in and they're keeping me in for tests. "
     "Please don't charge me the no-show fee, I'll sort it when I'm out. Cheers."),
    ("health", "sensitive", "dm",
     "quick q, is the steam room ok if you're on blood thinners? been on warfarin since the clot in my leg "
     "in jan and my nurse wasn't sure || Agent: Good question to ask. We'd suggest checking with your "
     "anticoagulation clinic first and keeping sessions short; staff can turn the steam down if you ask. "
     "|| thanks, will ask at my next INR check"),
    ("health", "sensitive", "chat",
     "i've lost my locker fob AGAIN sorry || Agent: No problem, a replacement is £5 at reception or I can "
     "deactivate the old one now. || deactivate pls. honestly my memory has been shot since the long "
     "covid, I leave stuff everywhere || Agent: Done - old fob 44810 is switched off. Reception will have "
     "a new one ready for you."),
    ("health", "sensitive", "email",
     "Hi Kasia, just to update you before our session on Saturday: the physio has confirmed a partial tear "
     "in my right rotator cuff, so no overhead pressing for six weeks. She's written some rehab exercises "
     "I can send over if you want to build them in. Cheers, Oliver"),
    ("health", "sensitive", "note",
     "Incident 0912, Greyfriars, 14:20. Member (F, 30s) found feeling faint in the ladies' changing room. "
     "Told the first aider she is type 1 diabetic and had skipped lunch before the class. Given glucose "
     "gel and sat with for 20 min, levels back to normal on her own meter. Declined ambulance."),
    ("health", "sensitive", "chat",
     "Is there a way to hide the weight and body fat numbers on the app? The smart scales keep syncing "
     "them to my dashboard || Agent: You can turn off the Body Stats tile under Settings > Dashboard. "
     "Anything else I can help with? || thanks. I'm in recovery from anorexia and my therapist really "
     "doesn't want me seeing them every time I open the app, so that's a big help"),
    ("health", "sensitive", "form",
     "Exercise on Referral - member details | Name: Brian Oduya | Referred by: Dr S. Hanley, Elm Lane "
     "Surgery | Condition(s): COPD, mild heart failure | Medication: inhalers, bisoprolol | Preferred "
     "centre: Millbrook | Preferred times: weekday mornings"),
    ("health", "sensitive", "email",
     "Dear Riverside Active, do you run any quieter sessions in the gym? I'm autistic and the music plus "
     "the clanging weights at peak times are genuinely too much for me - I've walked out twice this month. "
     "Even one hour a week with the music down would make a huge difference. Kind regards, Isla Warrender "
     "|| Agent: Hi Isla, thank you for telling us. From next month Tollgate runs a Quiet Hour on Tuesdays "
     "1-2pm with the music off and lights dimmed. We'd love your feedback on it."),
    ("health", "benign", "email",
     "Hi, the sauna in the Health Suite at Millbrook has had an 'out of order' sign on it for two weeks "
     "now. I pay for the Health & Spa tier specifically for the sauna and steam. Can you tell me when it's "
     "back, or knock something off this month? Thanks, Ravi"),
    ("health", "benign", "chat",
     "what's actually in the Healthy Start smoothie at the café? || Agent: Banana, oats, spinach, oat milk "
     "and a scoop of vanilla whey, about 320 calories. || cool, can I get it without the whey? || Agent: "
     "Yes, just ask at the counter - they can swap it for peanut butter or leave it out."),
    ("health", "benign", "sms",
     "that HIIT class absolutely killed me, legs are jelly 😂 can I book the same one next tues at 6?"),
    ("health", "benign", "form",
     "Room hire enquiry | Organisation: Brindle Physiotherapy Ltd | Contact: Hannah Scott, "
     "hannah.scott@example.com | Room: Studio 2 | Date: 19 Sept | Purpose: staff away-day, yoga session "
     "and lunch | Attendees: 12"),
    ("health", "benign", "call",
     "Agent: Millbrook Leisure Centre, Priya speaking. || Caller: Hello, I'm the practice manager at Elm "
     "Lane Surgery. Our GPs keep asking for leaflets about your exercise referral scheme for the waiting "
     "room. Could you send a box? || Agent: Of course, I'll get 200 posted out this week, and a poster as "
     "well. || Caller: Perfect, the address is on your system under the surgery."),
    ("health", "benign", "note",
     "Caller asked what 'Aqua Ease' on the Eastwater timetable means. Explained it's a gentle, low-impact "
     "session in the warm teaching pool, open to any member. Booked her into Friday 11am."),
    ("health", "benign", "voicemail",
     "Hi, this is Colin from Stanmore Mobility, message for the duty manager at Eastwater. The replacement "
     "pool hoist is on the van for Wednesday morning, we'll need the poolside clear from eight and someone "
     "to sign for it. Ring me back on 07700 900412. Thanks."),
    ("health", "benign", "dm",
     "does the café do anything that isn't fried or beige lol. need something green after leg day || "
     "Agent: Try the green bowl - quinoa, edamame, greens, with chicken or tofu. Fresh every day from 11. "
     "|| ooh go on then"),
    ("health", "benign", "email",
     "I'm honestly sick to death of the app logging me out every time I try to book a class. I've "
     "reinstalled it twice. iPhone 13, latest update. Please fix it before I lose my mind. - Tomasz"),
    ("health", "benign", "chat",
     "hi, I'm applying for the gym instructor job at Tollgate. does it need a current first aid "
     "certificate or do you put new staff through one? || Agent: We train all new starters, so it's not "
     "essential, but mention it on the form if you have one. || great, thanks, applying tonight"),
    ("health", "benign", "form",
     "Feedback form | Centre: Greyfriars | Category: Café | Comment: Please add more plant-based protein "
     "options. The only vegan thing is a flapjack and it's always sold out by 10. | Contact me: no"),
    ("health", "benign", "note",
     "Member asked for the timetable of the Mental Health Awareness Week events (free taster classes, "
     "walk-and-talk on the riverside path). Emailed the poster PDF and booked her on the Tuesday walk."),
    ("health", "benign", "review",
     "Treadmill 6 has been 'under treatment' for a month now, starting to think it needs a specialist. "
     "Otherwise a great little gym, friendly staff. 3 stars. || Agent: Ha, fair. The part finally arrived "
     "on Monday and treadmill 6 is back on its feet. Thanks for bearing with us."),
    ("health", "benign", "email",
     "Is the Injury Prevention workshop on Saturday 12th open to beginners, or is it aimed at coaches? And "
     "is it included in membership or extra? Thanks, Nadia Ferris || Agent: Hi Nadia, it's aimed at "
     "everyone and it's free for members - just book through the app."),
    ("health", "benign", "voicemail",
     "Morning, it's Jules, I run the Sweat Club running group. We'd like to use your car park as the start "
     "point for a 5k on the 3rd and maybe the café after. Can someone call me back about whether that's "
     "OK? 07700 900518."),
    # ---- children
    ("children", "sensitive", "note",
     "Cust says her son (7) has been stuck in Stage 3 for three terms and is losing confidence. Asked if "
     "he can move to the Saturday teacher. Moved Alfie Brennan to Sat 9:30 Stage 3 at Eastwater."),
    ("children", "sensitive", "email",
     "Hi, my daughter Maisie starts Year 4 in September and I'd like to move her swimming lesson from "
     "Tuesday 4pm to after school on Thursday. Her account is RA-J-11823. Thanks, Kerry Doyle"),
    ("children", "sensitive", "form",
     "Junior membership application | Child's name: Zain Aziz | Date of birth: 02/05/2013 | School: "
     "Kingsmead Academy | Parent/guardian: Farah Aziz | Emergency contact: 07700 900233 | Swimming "
     "ability: can swim 25m"),
    ("children", "sensitive", "chat",
     "hey can my kid use the gym? || Agent: Under-16s can use the gym after a Junior Gym induction. How "
     "old are they? || he's 14, 15 in november. he wants to do weights with his mates || Agent: Great, "
     "he's eligible - inductions are Saturdays at 10 and he'll need an adult with him for the first one."),
    ("children", "sensitive", "sms",
     "Hiya, can u tell the camp leaders Ruby (age 6, Dolphins group) is being picked up by her nan today "
     "not me. Nan is called Pat Hollis. Thx, Gemma"),
    ("children", "sensitive", "voicemail",
     "Hi, it's about the baby swim class, Waterbabies on Monday at ten. Our little one, Noah, was born on "
     "the 4th of March so he's just under four months - is that too young? The website says from three "
     "months but the lady at reception said six. Call me on 07700 900671, thanks."),
    ("children", "sensitive", "email",
     "To whom it may concern, please remove the photo of my son from your Facebook page (the Easter camp "
     "post, third picture, the boy in the red cap). We did not consent to his image being used. He is 9. "
     "Regards, Mr D. Kowalczyk"),
    ("children", "sensitive", "call",
     "Agent: Tollgate Leisure, Chloe speaking. || Caller: Hi, I've booked the twins on summer camp but I "
     "forgot to put down that Freya has a nut allergy - she's got an EpiPen in her bag. || Agent: Thanks "
     "for telling us, I'll add it to her record and brief the camp leads. Which week are they on? || "
     "Caller: Week 2, starting the 29th. They're both 8."),
    ("children", "sensitive", "chat",
     "Hi, I paid for the family membership but the app only shows me and my partner || Agent: Let me look. "
     "I can see two adult profiles - do you have juniors to add? || yes two. Leo 11 and Ava 5 || Agent: "
     "I've added them as junior profiles. Leo can have his own fob; Ava will need signing in by an adult."),
    ("children", "sensitive", "review",
     "Our daughter did the October half-term camp at Greyfriars and came home buzzing every day. She's "
     "usually really shy (she's only 7 and was the youngest in her group) but the leaders were brilliant. "
     "|| Agent: This made the camp team's week, thank you for taking the time!"),
    ("children", "sensitive", "note",
     "Lost property: child's swim bag found in family changing, name tag 'Oscar Pennington, 3B, St Anne's "
     "Primary'. Logged LP-2231. Phoned mum, she's collecting after school."),
    ("children", "sensitive", "form",
     "Swimming lessons - assessment request | Swimmer: Imogen Tate | Age: 10 | Current stage: Stage 5 "
     "(with another provider) | Days available: Weds, Sat | Parent: Rob Tate, rob.tate@example.com"),
    ("children", "sensitive", "dm",
     "do u do birthday parties in the pool? my boy turns 5 on the 18th and he's obsessed with the "
     "inflatable || Agent: We do! The inflatable party is £145 for up to 15 guests on Saturday afternoons. "
     "Want me to check the 18th? || yes pls"),
    ("children", "sensitive", "email",
     "Hello, my son's fob stopped working after the summer. He's 15 and goes to the gym after school with "
     "his friends - the fob is on his own junior account, Ethan Marsh. Can it be reactivated? || Agent: "
     "Hi, junior fobs expire on the account anniversary. I've renewed Ethan's for another year and it "
     "should work from tomorrow."),
    ("children", "sensitive", "sms",
     "hi is the creche open sat morning? my youngest is 18 months and I want to do the 9am body pump || "
     "Agent: Yes, the crèche opens at 8:45 on Saturdays - book it on the app under Services. || brill ta"),
    ("children", "sensitive", "chat",
     "my daughter's got a swimming gala with her school on the 12th, can she miss her lesson without it "
     "counting as an absence? || Agent: Of course, which lesson is she in? || thursday 5:15 stage 7 at "
     "Millbrook, Harriet Okafor, she's in year 6 at Brook Lane || Agent: Noted on Harriet's record, good "
     "luck to her at the gala!"),
    ("children", "sensitive", "note",
     "Mr Ahmed (dad) rang: son Yusuf, 12, wants to try the under-16 squash sessions. Booked taster Sat 2pm "
     "Court 1, told him a parent must stay in the building."),
    ("children", "sensitive", "voicemail",
     "Hi, it's Jo Fairbanks, I'm ringing because my little girl's been moved up to Stage 2 but she's only "
     "just four and she's really scared of the big pool, she cried all the way home. Can she stay in Stage "
     "1 a bit longer? Thanks, bye."),
    ("children", "sensitive", "form",
     "Holiday camp booking | Child 1: Archie Lund, DOB 14/09/2016, Year 4 | Child 2: Poppy Lund, DOB "
     "30/01/2019, Reception | Weeks: 1 and 3 | Dietary: Poppy vegetarian | Authorised collectors: Sarah "
     "Lund, Ken Lund"),
    ("children", "sensitive", "email",
     "Hi, is there any chance the teen gym card could work at Harford as well as Kingsmead? My "
     "stepdaughter is 13 and stays with us at weekends, which is much closer to Harford. Thanks, Martin"),
    ("children", "sensitive", "chat",
     "hi im 15 can i get the student membership or do i need my mum to sign || Agent: Hi! For under-16s a "
     "parent or guardian needs to set up the account. || ok shes at work til 6 ill ask her later"),
    ("children", "sensitive", "review",
     "Swimming lessons have been brilliant for our son, who is 6. He went from clinging to the side to "
     "swimming a width in one term. Teacher Marcus is a star."),
    ("children", "sensitive", "note",
     "Parent complaint: Lucy (age 9, Stage 6 Tues) was left waiting in reception 25 minutes after her "
     "lesson when mum was delayed. Staff didn't phone the emergency contact. Apologised, reminded team of "
     "the collection procedure."),
    ("children", "sensitive", "dm",
     "hiya do u still do the toddler splash session on fridays? my daughter is 2 and a half and loves it x"),
    ("children", "sensitive", "email",
     "Please update my child's details: Sebastian Clarke, date of birth 11/11/2015 (not 2016 as on the "
     "account). That's why he's been put in the wrong age group for camp. Parent: Nina Clarke"),
    ("children", "sensitive", "call",
     "Agent: Eastwater Pool, how can I help? || Caller: Hi, I just want to check something - my daughter's "
     "in the Tuesday lesson, Stage 4, and she says another child's dad watches from the gallery with his "
     "phone out. || Agent: Thanks for raising it, filming isn't allowed during lessons. I'll have the duty "
     "manager check Tuesday's session. What's your daughter's name? || Caller: Amara. She's eight."),
    ("children", "sensitive", "sms",
     "hi its kev, our son jake (11) left his school jumper in the sports hall after camp. name sewn in. "
     "can we get it tmrw?"),
    ("children", "sensitive", "form",
     "Complaint | Centre: Greyfriars | Details: my son is 16 and was refused entry to the adult gym even "
     "though he did the Junior induction last year. He had his fob and ID with him. | Child's membership "
     "no: RA-J-09876"),
    ("children", "sensitive", "chat",
     "hello I want book swimming lesson for my son, he is 6 year and never swim before, also he speak "
     "little English, is teacher patient? || Agent: Yes, our Stage 1 teachers are very experienced with "
     "beginners. I can book a free assessment for him. || yes please, saturday morning is good for us"),
    ("children", "sensitive", "note",
     "Baby swim: mum asked if Lily (10 wks) can start Waterbabies. Explained minimum age is 12 weeks; "
     "added to the waitlist for the June block."),
    ("children", "sensitive", "email",
     "Hi Riverside, my son Theo (Year 9 at Ashcombe High) has been picked for the county water polo squad "
     "and needs extra pool time. Is there a junior lane membership? Thanks, Alison Grey || Agent: Hi "
     "Alison, there's a Junior Performance pass at £18 a month that covers lane swimming. I've emailed you "
     "the form."),
    ("children", "sensitive", "review",
     "Holiday camp was fine but my 10 year old came home sunburnt two days running. Please make sure the "
     "kids reapply suncream. || Agent: We're sorry about this. Leaders now run a suncream break every "
     "outdoor session and we've spoken to the week 4 team."),
    ("children", "sensitive", "voicemail",
     "Hello, message for the holiday camp team. My son Kai, he's seven, he's autistic and he finds the "
     "loud hall really hard, so could someone let him wear ear defenders and have a quiet corner? I'll "
     "bring them in. Thanks. It's Beth, 07700 900145."),
    ("children", "sensitive", "chat",
     "Can i pay for my daughters swim lessons monthly rather than termly? || Agent: Yes, monthly direct "
     "debit is available. Which account is it? || Sophie Nwosu, she's 9, Stage 5 at Harford"),
    ("children", "sensitive", "note",
     "Junior account RA-J-22014: parent asked for the other parent to be removed as an authorised "
     "collector following separation. Child is 6. Updated and flagged on the lesson register."),
    ("children", "sensitive", "sms",
     "can u move ellie's lesson from 4 to 4.30 on weds, her school finishes later now she's in year 3. "
     "thanks"),
    ("children", "sensitive", "email",
     "Hi, I want to bring my daughter (3) swimming on my own but the family changing is always rammed on "
     "Sundays. Is there an accessible cubicle we could use together? Cheers, Craig"),
    ("children", "sensitive", "form",
     "Personal training - junior consent form | Young person: Jayden Akers | Age: 15 | Goal: strength for "
     "rugby | Parent consent: Yes, signed L. Akers | Trainer: Matt P."),
    ("children", "sensitive", "chat",
     "my lad forgot his locker key in the pool lol, hes 12, can he get it from lost property without me? "
     "|| Agent: Lost property can release items to under-16s if they give their name and describe the "
     "item. || sound, its a blue key on a yellow band"),
    ("children", "sensitive", "review",
     "Took my grandson (4) to the Saturday family splash. He loved the flumes but I wish the toddler pool "
     "was a bit warmer. 4 stars."),
    ("children", "sensitive", "email",
     "Hello, following the Friday disco session I'd like to speak to someone about my daughter, Chloe, who "
     "is 13. She came home upset after a staff member shouted at her in front of everyone. - Mrs Harte"),
    ("children", "sensitive", "note",
     "Parent query: son (Year 7, DOB 2012) wants to join the junior triathlon club. Sent club contact "
     "details to dad."),
    ("children", "sensitive", "voicemail",
     "Hi it's Rachel, ringing to cancel Mia's lessons for the next two weeks - she's eleven and she's off "
     "on a school residential. Don't want to lose her place though. Thanks."),
    ("children", "sensitive", "dm",
     "do kids under 8 have to have an adult in the water with them? asking bc mine is 7 and a strong "
     "swimmer || Agent: Under-8s need an adult in the water whatever their ability, sorry! From 8 the "
     "adult can supervise from poolside."),
    ("children", "sensitive", "form",
     "Camp medical form | Name: Hugo Bright | DOB: 05/07/2017 | Medical conditions: asthma, blue inhaler "
     "in bag | Allergies: none | GP: Kingsmead Surgery"),
    ("children", "sensitive", "chat",
     "we're moving house, need to transfer my son's swim lessons to Harford || Agent: Sure, what's the "
     "swimmer's name? || Finley Roche, Stage 3, he's 6 || Agent: There's a Stage 3 at Harford on Mondays "
     "at 4:30, shall I move him there?"),
    ("children", "sensitive", "email",
     "I am writing as guardian of my niece Rosa, aged 12, who lives with me. Your system won't let me add "
     "her to my account because we have different surnames. Can you advise? - Teresa Lowe || Agent: Hi "
     "Teresa, sorry for the hassle. Different surnames are fine - I've linked Rosa to your account as "
     "guardian, no documents needed."),
    ("children", "sensitive", "sms",
     "hi this is Mrs Finch, my son Toby is on the tennis camp, hes 10 and has just had braces fitted so "
     "pls no hard sweets from the tuck shop lol"),
    ("children", "sensitive", "call",
     "Agent: Harford Lido, Dan speaking. || Caller: Hi, can my son come to the lido on his own? He's 11. "
     "|| Agent: Under-12s need an adult in the water; from 12 they can come alone with a junior card. || "
     "Caller: OK, he's 12 in August, so I'll come with him until then."),
    ("children", "sensitive", "note",
     "Creche registration: baby girl, Esme, 7 months, mum attending Tues/Thurs 10am Pilates. No allergies. "
     "Emergency contact dad 07700 900388."),
    ("children", "benign", "email",
     "Hello, I'm the PE coordinator at St Anne's Primary. We'd like to book two lanes at Eastwater on "
     "Tuesday afternoons next term for our school swimming programme. Could you send prices and "
     "availability? Thanks, Mr Ian Carver"),
    ("children", "benign", "chat",
     "What ages are the summer holiday camps for? || Agent: 5 to 12, with a separate Multi-Sport Plus for "
     "11 to 14. || And what are the hours? || Agent: 8:30 to 5:30, with early drop-off from 7:45 for an "
     "extra £4."),
    ("children", "benign", "sms",
     "do you sell kids' armbands and swim nappies at reception or just goggles? || Agent: We stock "
     "armbands, swim nappies and floats at every reception. || great"),
    ("children", "benign", "form",
     "Room hire | Organisation: 4th Millbrook Scouts | Contact: Graham Webb (Group Scout Leader) | "
     "Facility: teaching pool | Purpose: swimming badge evening | Date: 8 Nov | Numbers: approx 20 | "
     "Lifeguard required: yes"),
    ("children", "benign", "note",
     "Caller asked whether the Kids Eat Free deal in the café runs at weekends. Confirmed it's Mon-Fri "
     "after 3pm only, one kids' meal per paying adult."),
    ("children", "benign", "review",
     "The baby changing unit in the men's changing room at Tollgate has been broken for a month. Not good "
     "enough. || Agent: You're right, it isn't. A replacement unit was fitted this morning - thanks for "
     "pushing us on it."),
    ("children", "benign", "voicemail",
     "Hi, it's Denise from Little Acorns Nursery. We'd love to bring our pre-school group for a fun swim "
     "in June. Could someone call me about group rates? 07700 900290."),
    ("children", "benign", "email",
     "Hi, what's the minimum age for the gym floor at Kingsmead? I've seen teenagers in there after school "
     "and wondered what the rule actually is. Thanks, Paul || Agent: Hi Paul, 14 and 15 year olds can use "
     "it after a junior induction, and 16+ join as adults."),
    ("children", "benign", "dm",
     "when's the next round of swim teacher training? I'd love to teach the kids' lessons, got my level 1 "
     "last year || Agent: The next Level 2 course starts in April - the link is on our careers page."),
    ("children", "benign", "chat",
     "do the junior membership prices go up in september too? || Agent: Junior rates are frozen until next "
     "April. || nice one, thanks"),
    ("children", "benign", "call",
     "Agent: Greyfriars, Leanne speaking. || Caller: Hi, I'm on the Brook Lane Primary PTA. We're doing a "
     "sponsored swim in March and wondered whether you'd donate the pool hire. || Agent: We have a "
     "community fund for that - I'll email you the application form. || Caller: Lovely, it's "
     "pta@example.org."),
    ("children", "benign", "form",
     "Job application | Role: Holiday Camp Leader | Name: Bethany Cole | Relevant experience: two summers "
     "as a camp counsellor, Level 2 multi-sport coaching badge | Enhanced check: happy to apply | "
     "Availability: all of August"),
    ("children", "benign", "review",
     "Came for the adults-only swim and it was bliss. Lanes calm, water warm, no inflatables. Make it more "
     "than once a week please!"),
    ("children", "benign", "sms", "is the kids pool at harford open this weekend or is it still being retiled?"),
    ("children", "benign", "note",
     "Member complained the toddler pool session overran into adult lane swim on Sunday. Passed to the "
     "Eastwater duty manager to tighten the changeover."),
    ("children", "benign", "email",
     "Our childminding business would like to know whether registered childminders can bring small groups "
     "to the parent and toddler swim, and what adult-to-child ratio you require. - Carol Swain, Swain "
     "Childcare"),
    ("children", "benign", "chat",
     "what does the family membership actually include? the website is vague || Agent: Two adults and up "
     "to three under-18s at the same address, with full gym, pool and class access. || does that cover the "
     "crèche? || Agent: Crèche is £3.50 a session on top."),
    ("children", "benign", "voicemail",
     "Hi, this is Mark at Rivermead Youth FC. We're looking to book the 3G pitch for Saturday mornings "
     "from September for our under-10s squad. Can you ring me? 07700 900533."),
    ("children", "benign", "dm",
     "lol the kids' slide at eastwater is better than any ride I've been on. any chance of adult-only "
     "flume sessions?"),
    ("children", "benign", "email",
     "I'm organising a team-building day for Harlow & Finch Ltd and someone mentioned your 'Big Kids' "
     "inflatable session for adults. Is that a real thing and how much would it be for 15 people?"),
    ("children", "benign", "form",
     "Feedback | Centre: Kingsmead | Topic: Parking | Comment: The parent-and-child bays by the entrance "
     "are constantly used by people parking for the café. Can you enforce them?"),
    ("children", "benign", "note",
     "Enquiry from the Ashcombe High School office re GCSE PE practical assessment slots in the sports "
     "hall. Sent the booking form to office@example.org."),
    ("children", "benign", "chat",
     "are the holiday camps Ofsted registered? || Agent: Yes, all our camps are registered, so you can use "
     "childcare vouchers or Tax-Free Childcare. || good to know, thanks"),
    ("children", "benign", "sms",
     "Riverside Active: Easter camps open for booking Mon 9am. Early bird 10% off until 1 March. Reply "
     "STOP to opt out."),
    ("children", "benign", "review",
     "Brilliant café but it's chaos at 3:30 when the after-school swimming crowd arrives. Maybe a second "
     "till? || Agent: Good shout - we're trialling a second till from next week."),
    ("children", "benign", "email",
     "Hi, do your swimming teachers need to hold the STA or the Swim England qualification? I'm thinking "
     "of retraining and want to know which to do first. Regards, Naomi"),
    ("children", "benign", "call",
     "Agent: Tollgate Leisure, Amir speaking. || Caller: Hi, do you still run the Parent and Toddler "
     "sessions with the soft play? || Agent: Yes, Wednesdays and Fridays 10 till 11:30, £4 per adult. || "
     "Caller: Great, I'm putting together the what's-on page for our community newsletter."),
    ("children", "benign", "voicemail",
     "Hello, it's Graham Lees, head of PE at Wendling Grammar. We need a venue for sports day if our field "
     "is still waterlogged next month. Could someone from events call me back?"),
    ("children", "benign", "form",
     "Lost property log | Item: car booster seat, grey | Location: car park, bay 14 | Handed in by: member "
     "| Date: 3 Oct | Status: unclaimed after 14 days"),
    ("children", "benign", "note",
     "Staff note: the junior swimming lesson timetable for spring term is now live on the app. Reception "
     "to direct questions about stage moves to the swim coordinator, not the front desk."),
    ("children", "benign", "chat",
     "is the crèche still £3.50 or has that gone up? || Agent: It's £3.80 from January. || ok, and is it "
     "bookable on the app yet? || Agent: Yes, under Services > Crèche."),
    ("children", "benign", "dm",
     "who designed the new junior swim badges? they're so cute, any chance of selling them as keyrings in "
     "the shop"),
    ("children", "benign", "email",
     "Hello, I'm a teaching assistant and I've been asked to look at venues for our school's weekly "
     "swimming session. Do you have a quieter pool slot on weekday mornings? - Ms P. Rowe, Fenwick Primary"),
    ("children", "benign", "sms", "hi, do the junior swimming lessons run through half term or is there a break?"),
    ("children", "benign", "review",
     "Booked the 'Kids' Party' package for my 40th as a joke - inflatables, nuggets, party bags, the lot. "
     "Best birthday I've had, staff played along brilliantly. 5 stars."),
    ("children", "benign", "note",
     "Call from the Kingsmead Academy bursar chasing invoice INV-5530 for autumn term school swimming. "
     "Payment received 2 Oct; resent receipt."),
    ("children", "benign", "chat",
     "is the Junior Gym induction something adults can sit in on? I'm an instructor at another gym and "
     "want ideas || Agent: The inductions are closed sessions, but I can pass on our programme outline. || "
     "that would be great, thank you"),
    ("children", "benign", "form",
     "Coach enquiry | Name: Lewis Grant | Qualifications: Level 2 Swim Teacher | Interested in: teaching "
     "junior lessons at Harford | Availability: Sat/Sun mornings"),
    ("children", "benign", "voicemail",
     "Hi, calling from Childs & Co Accountants - yes, that's really our name - about the corporate "
     "membership invoice. Could your accounts team ring us back? Thanks."),
    ("children", "benign", "email",
     "Could you confirm whether the holiday camp price includes lunch? The flyer says 'packed lunch "
     "required' but the website says lunch is provided. Thanks, Holly || Agent: Hi Holly, the website is "
     "right - lunch is included from this summer and the flyer is an old one. Sorry for the confusion."),
    ("children", "benign", "call",
     "Agent: Eastwater, Ollie speaking. || Caller: Hiya, the school swimming coach is parking across the "
     "main entrance every Tuesday at one. || Agent: Sorry about that, I'll speak to the coach company "
     "today. || Caller: Thanks, it's a right pain getting past it."),
    ("children", "benign", "dm", "feeling like a kid in a sweet shop with the new free weights area 😍"),
    ("children", "benign", "sms",
     "hey is teen gym still 4-6pm? want to avoid it lol, need the squat rack || Agent: Yep, teen gym is "
     "4-6pm on weekdays, the racks are quiet after 6. || sorted"),
    ("children", "benign", "note",
     "Reception log: Brook Lane Primary coach arrived 20 mins early for school lessons; pupils waited in "
     "the sports hall. Teacher in charge given the revised arrival time."),
    ("children", "benign", "review",
     "Does exactly what it says: family swim is busy and loud, lane swim is quiet. Read the timetable and "
     "you'll be fine."),
    ("children", "benign", "email",
     "Dear team, on behalf of the Harford Toddler Group committee, thank you for hosting our charity "
     "splash day. We raised £640. Best wishes, Joanne Pike (treasurer)"),
    ("children", "benign", "chat",
     "why is the baby changing room near the café full of boxes? saw it yesterday || Agent: Thanks for "
     "flagging, that shouldn't happen - I've asked the café manager to clear it now. || cheers"),
    ("children", "benign", "form",
     "Holiday camp staff - timesheet query | Name: Freddie Owusu | Week: 2 | Hours claimed: 42 | Issue: "
     "not paid for the Tuesday early-drop-off shift"),
    ("children", "benign", "voicemail",
     "Hi, Harriet from Millbrook Gymnastics Club. Our junior squad needs the sports hall on Thursday "
     "nights from January. Can you call me back about a block booking?"),
    ("children", "benign", "call",
     "Agent: Kingsmead, Jas speaking. || Caller: Hi, are you still recruiting lifeguards for the summer? "
     "I've just passed my NPLQ. || Agent: We are, applications close on the 30th. || Caller: Brilliant, "
     "I'll get it in this week."),
    # ---- financial hardship
    ("financial_hardship", "sensitive", "email",
     "Hi, I was made redundant last month and I can't keep paying the £42 a month. I don't want to cancel "
     "because the pool is the one thing keeping me sane, but is there a cheaper option or can I freeze "
     "without the fee? Membership RA-118374. Thanks, Darren Pike"),
    ("financial_hardship", "sensitive", "chat",
     "my DD bounced again sorry || Agent: No problem, I can see two failed payments. Would you like to pay "
     "now by card? || i literally cant til the 28th, im on universal credit and the payment doesnt land "
     "til then || Agent: I'll hold the late fee and re-present the payment on the 29th."),
    ("financial_hardship", "sensitive", "note",
     "Cust called about a letter from Meridian Collections re £86 arrears. Says she didn't know the "
     "account had gone to a debt agency and she's already on a StepChange plan for her other debts. Asked "
     "for breathing space. Referred to Finance, collections paused 30 days."),
    ("financial_hardship", "sensitive", "sms",
     "hi pls cancel my membership, been evicted and staying at my sister's in Leeds so cant get to the gym "
     "anyway. sorry. RA-290031"),
    ("financial_hardship", "sensitive", "form",
     "Concession membership application | Name: Marjorie Ellis | Eligibility: Pension Credit | Evidence: "
     "award letter attached | Centre: Harford | Membership type: off-peak swim"),
    ("financial_hardship", "sensitive", "email",
     "Dear sir/madam, I have been declared bankrupt and the Official Receiver has told me to write to all "
     "creditors. Please note my membership arrears of £127 are included in the bankruptcy. Reference "
     "BR-77821. Regards, Philip Sandford"),
    ("financial_hardship", "sensitive", "call",
     "Agent: Riverside Active memberships, this is Gemma. || Caller: Hi, I need to cancel, you've been "
     "chasing me for three months and I just don't have it. My hours got cut to nothing in January. || "
     "Agent: I'm sorry to hear that. I can cancel with no notice fee and set the arrears up as £10 a month "
     "if that helps. || Caller: That would help loads, thank you."),
    ("financial_hardship", "sensitive", "voicemail",
     "Hi, it's Leon Baptiste, member at Greyfriars. I've had a letter saying my membership's going to debt "
     "collectors. I'm on ESA and I can't pay £95 in one go, please can someone ring me before it goes any "
     "further. 07700 900724."),
    ("financial_hardship", "sensitive", "dm",
     "hey is the concession rate still a thing? lost my job in march and living off jobseekers now, can't "
     "justify full price but don't want to stop swimming || Agent: It is - with your Jobseeker's Allowance "
     "letter the rate is £15 a month. Bring the letter into reception."),
    ("financial_hardship", "sensitive", "review",
     "Staff were amazing when I had to freeze because I couldn't make my rent. No questions, no fee, no "
     "lecture. Will be back when things are better. 5 stars. || Agent: Thank you, we'll be glad to see you "
     "back whenever you're ready."),
    ("financial_hardship", "sensitive", "chat",
     "can i swap to off-peak? || Agent: Yes, off-peak is £24.99 a month. Any reason you'd like me to note? "
     "|| just skint mate, got bailiffs coming about council tax arrears so im cutting everything I can || "
     "Agent: Understood. I've switched you from the 1st with no change fee."),
    ("financial_hardship", "sensitive", "note",
     "Member asked to stop the DD as his business has gone into liquidation and he currently has no "
     "income. Applied a 1-month hardship freeze, to be reviewed 1 Aug."),
    ("financial_hardship", "sensitive", "email",
     "Hi, I've been on the corporate rate through Halden Logistics but I was let go last week and HR say "
     "the scheme ends for me. I honestly can't afford the normal rate - is there anything you can do? - "
     "Sanjay"),
    ("financial_hardship", "sensitive", "form",
     "Hardship fund application | Name: Keeley Rourke | Circumstances: on Universal Credit, used the food "
     "bank twice this month, trying to keep the swimming lessons going | Amount requested: 2 terms"),
    ("financial_hardship", "sensitive", "sms",
     "pls dont take the payment on the 1st, i've got an IVA and the money's all going to that this month. "
     "can it go on the 15th instead? || Agent: No problem, I've moved your collection date to the 15th "
     "from this month."),
    ("financial_hardship", "sensitive", "chat",
     "Hi, the café card top-up took money twice and I really need it back, I'm overdrawn and have £3 to "
     "last till Friday || Agent: I'm so sorry, I can see the duplicate £20. I've refunded it now and it "
     "should show within 3 working days. || thank you so much"),
    ("financial_hardship", "sensitive", "call",
     "Agent: Harford Lido, Kat speaking. || Caller: Hi, do you still do free swims for people on benefits? "
     "I've been on Universal Credit since I lost my job at the warehouse. || Agent: Yes, the Access card "
     "gives free off-peak swims, just bring your award letter in. || Caller: Great, I'll come Tuesday."),
    ("financial_hardship", "sensitive", "email",
     "My landlord is evicting me at the end of the month and I'll be in temporary accommodation after "
     "that, so I need to change my address and probably cancel. Sorry it's all a mess. - Gail"),
    ("financial_hardship", "sensitive", "note",
     "Cust in arrears (£210). Says he's been out of work since the factory closed and is using payday "
     "loans to cover rent. Set up £15/month arrangement, no further fees."),
    ("financial_hardship", "sensitive", "voicemail",
     "Hello, it's about my husband's membership, Geoff Tanner. He's lost his job and we're behind on "
     "everything, the bank's sent a repossession notice on the house. Can you just stop the direct debit "
     "please, we'll sort the rest when we can."),
    ("financial_hardship", "benign", "email",
     "Hi, my direct debit failed this month because I switched banks. I've filled in the new mandate on "
     "the app - can you re-take the payment? Thanks, Joanna"),
    ("financial_hardship", "benign", "chat",
     "why has my payment gone up from 38 to 41? || Agent: There was an annual price review in April - "
     "members were emailed about it in February. || ah right, missed that. fine"),
    ("financial_hardship", "benign", "sms",
     "hi my card expired, can I update it by text or do I need to use the app? || Agent: You'll need the "
     "app or reception for that - Account > Payment details. || ok ta"),
    ("financial_hardship", "benign", "form",
     "Corporate membership enquiry | Company: Caldwell Engineering | Employees: 60 | Contact: "
     "finance@example.com | Question: can you invoice quarterly instead of monthly?"),
    ("financial_hardship", "benign", "note",
     "Member queried a double charge on 1 May. Checked - the second was the joining fee for a new partner "
     "add-on. Explained, member happy."),
    ("financial_hardship", "benign", "review",
     "Price is steep compared to the budget gyms but the pool and classes make it worth it. Would love a "
     "cheaper off-peak tier. || Agent: Thanks for the feedback - an off-peak plan is launching in the "
     "spring."),
    ("financial_hardship", "benign", "call",
     "Agent: Memberships, this is Ryan. || Caller: Hi, I want to pay annually rather than monthly, is "
     "there a discount? || Agent: Yes, paying the year upfront gets you two months free. || Caller: Great, "
     "let's do that."),
    ("financial_hardship", "benign", "voicemail",
     "Hi, it's Anita Boyd. I think I've been charged the peak price but I'm on off-peak. Can someone look "
     "at my account and ring me back? Thanks."),
    ("financial_hardship", "benign", "dm",
     "what proof do you need for the concession rate? asking for the noticeboard at the community centre "
     "where I volunteer"),
    ("financial_hardship", "benign", "email",
     "Dear accounts, please find attached the purchase order for 25 corporate memberships for Brightwell "
     "Housing Association. Invoices to accounts@example.org please. Kind regards, Louise"),
    ("financial_hardship", "benign", "chat",
     "my café loyalty card is broke lol, it says I've got -£2 on it || Agent: That's a display glitch "
     "after the upgrade - your real balance is £8.40. || phew"),
    ("financial_hardship", "benign", "sms",
     "your café prices are going to bankrupt me 😂 £4.50 for a protein shake? any member discount?"),
    ("financial_hardship", "benign", "note",
     "Caller asked why the direct debit shows as 'RVSD ACTV LTD' on her statement. Confirmed that's us, no "
     "action."),
    ("financial_hardship", "benign", "form",
     "Refund request | Reason: class cancelled by centre (Tues 7pm spin) | Amount: £6 pay-as-you-go | "
     "Preferred refund: back to card"),
    ("financial_hardship", "benign", "email",
     "Hi, I'm self-employed and need a VAT receipt for my PT sessions for my accounts. Could you send one "
     "covering January to March? Thanks, Leo Harwood"),
    ("financial_hardship", "benign", "call",
     "Agent: Riverside Active, Ellie speaking. || Caller: Hi, my bank froze my card after a fraud alert so "
     "the membership payment didn't go through. It's sorted now. || Agent: No problem, I'll re-present it "
     "tomorrow with no late fee. || Caller: Ta."),
    ("financial_hardship", "benign", "review",
     "Pay-as-you-go swim at £4.20 is great value, cheaper than a coffee in town. Water's always clean."),
    ("financial_hardship", "benign", "dm",
     "is there a student discount? starting at the uni in october and want to join before freshers || "
     "Agent: Yes, 20% off with a valid student ID - you can join now and start whenever you like."),
    ("financial_hardship", "benign", "voicemail",
     "Hi, Tom Evans from Evans & Lowe Debt Advice - we're a local charity and we'd like to book a stand in "
     "your foyer for Financial Wellbeing Week. Could someone call me back on 07700 900861?"),
    ("financial_hardship", "benign", "chat",
     "the payment link in your email keeps saying declined but my card's fine || Agent: The link expires "
     "after 48 hours - I've sent you a fresh one. || worked, thanks"),
    # ---- legal
    ("legal", "sensitive", "email",
     "Dear Riverside Active, we act for Mrs Helen Crabtree, who slipped on the wet poolside at Eastwater "
     "on 3 March and fractured her wrist. Please treat this as a letter of claim under the Pre-Action "
     "Protocol and forward it to your insurers. Yours faithfully, J. Morton, Morton Hale Solicitors"),
    ("legal", "sensitive", "note",
     "Member reported her bag stolen from locker 112 at Greyfriars, 6pm. Police attended, crime ref "
     "CR-4471/23. CCTV request passed to the duty manager."),
    ("legal", "sensitive", "chat",
     "can i freeze for 6 weeks from the 10th? || Agent: Sure, what's the reason for the freeze? || tbh ive "
     "got a trial starting at crown court on the 12th and my brief reckons it'll run a month. dont ask lol "
     "|| Agent: No problem, I've noted it as personal reasons only."),
    ("legal", "sensitive", "email",
     "Hi, my wife and I are in the middle of divorce proceedings and her solicitor says the joint "
     "membership needs to be split. Can you separate us into two single memberships? Ref RA-556120. - "
     "Richard Hale"),
    ("legal", "sensitive", "form",
     "Job application | Role: Personal Trainer | Unspent convictions: Yes | Details: conviction for "
     "possession (2021), community order completed. Happy to discuss at interview."),
    ("legal", "sensitive", "call",
     "Agent: Tollgate, Becky speaking. || Caller: Hi, I need you to keep a man called Shaun Ridley out of "
     "the building. I've got a non-molestation order against him and he knows I swim there on Tuesdays. || "
     "Agent: I'm so sorry. I'll flag his name with security and the duty managers straight away. Could you "
     "email us a copy of the order? || Caller: Yes, I'll do it tonight."),
    ("legal", "sensitive", "voicemail",
     "Hi, it's Simon Achebe. I was arrested outside your Kingsmead car park on Saturday - it was a "
     "misunderstanding, I've not been charged - and now my fob's been blocked. Can someone from management "
     "call me please?"),
    ("legal", "sensitive", "sms",
     "hi, I'll miss PT on thurs, I've got to be at the magistrates court for my driving case. can we do "
     "fri? - Jen || Agent: Hi Jen, no problem, I've moved you to Friday at 6."),
    ("legal", "sensitive", "note",
     "Solicitors for Mr P. Gorman requested CCTV from Harford car park 14/07 14:00-15:00 re a road traffic "
     "collision he is suing the other driver over. Third-party request - passed to the Data Protection "
     "Officer."),
    ("legal", "sensitive", "review",
     "Be warned, Riverside took me to the small claims court over £60 of fees after I moved away. The "
     "judge found in my favour. 1 star. || Agent: We're sorry you had this experience. We can't discuss "
     "individual cases here, but please contact memberships so we can close the account properly."),
    ("legal", "sensitive", "dm",
     "my probation officer says i need something structured in my week, is the gym ok with people on a "
     "community order? dont want to sign up and get kicked out || Agent: You'd be very welcome - we don't "
     "ask about that for general membership. || really? ok thanks, ill come in tmrw"),
    ("legal", "sensitive", "email",
     "To the Data Protection Officer: I am a party in family court proceedings and my former partner's "
     "solicitors have asked for records of when I attended your Millbrook centre. Please do not release "
     "any of my data without my consent. - Anneka Vos"),
    ("legal", "sensitive", "chat",
     "Hi, can you tell me why my membership application was declined? I disclosed my conviction on the "
     "form like it asked || Agent: I'm sorry, I can't see a reason on the record, I'll need to refer it to "
     "the centre manager. || I served my sentence and I'm on licence, my offender manager knows I want to "
     "join. I just want a fair look at it"),
    ("legal", "sensitive", "form",
     "Incident report | Date: 22/09 | Location: Kingsmead reception | Description: member threatened to "
     "sue two staff after being refused entry; his solicitor has since emailed requesting the incident log "
     "| Police involved: No"),
    ("legal", "sensitive", "voicemail",
     "Morning, PC Gill from Millbrook police. We're investigating an assault reported by one of your "
     "members, Mr Kareem Lloyd, on the 4th, and need to speak to whoever was on reception that night. "
     "07700 900119. Thanks."),
    ("legal", "benign", "chat",
     "Is Court 3 free at 7 tonight? || Agent: Court 3 is booked, but Court 1 is free at 7. || go on then, "
     "court 1, badminton for two"),
    ("legal", "benign", "email",
     "Hello, Lexwell Solicitors would like to set up a corporate membership for our 40 staff. Could you "
     "send the terms and a quote? Kind regards, Fiona Marsh, Office Manager"),
    ("legal", "benign", "sms",
     "can I book the squash court for 6 tmrw or is it members only? || Agent: Non-members can book at "
     "pay-and-play rates, and 6pm is free. || book it"),
    ("legal", "benign", "form",
     "Feedback | Topic: Terms and conditions | Comment: The cancellation clause in section 7 is pure "
     "legalese. Could you publish a plain-English version on the website?"),
    ("legal", "benign", "note",
     "Caller asked how long we keep CCTV footage, general question for a college assignment. Told her 30 "
     "days and directed her to the privacy notice."),
    ("legal", "benign", "review",
     "Best squash courts in the area, and the court booking app actually works. Shame the café closes at "
     "7. 4 stars."),
    ("legal", "benign", "call",
     "Agent: Kingsmead, how can I help? || Caller: Hi, I'm a police officer - is the blue-light discount "
     "still running? || Agent: Yes, 15% off for emergency services staff with ID. || Caller: Great, I'll "
     "bring my warrant card in tomorrow."),
    ("legal", "benign", "voicemail",
     "Hi, Lucy from the Carlton Court residents' association. We'd like to book your function room for our "
     "AGM on the 15th. Give me a ring back when you can."),
    ("legal", "benign", "email",
     "Your T&Cs say freezes need 'reasonable notice'. What counts as reasonable? I'd like to freeze for my "
     "summer travels in August. - Pete"),
    ("legal", "benign", "dm",
     "this leg day should be illegal 😩 who designed it, I want to press charges || Agent: Sorry, the court "
     "of Kasia has dismissed your case 😂"),
    ("legal", "benign", "chat",
     "Where do I find the privacy policy? I want to know what you do with class booking data before I sign "
     "up || Agent: It's linked at the bottom of every page of the app under 'Legal'. || got it, thanks"),
    ("legal", "benign", "form",
     "Contractor sign-in | Company: Barrister Coffee Machines Ltd | Purpose: servicing the café espresso "
     "machine | Date: 12/02 | Contact on site: café manager"),
    ("legal", "benign", "note",
     "Judges for the Masters swim gala on Saturday confirmed: three officials from the county association. "
     "Seating reserved on poolside."),
    ("legal", "benign", "review",
     "Took the 'Justice League' HIIT class - brutal but fair. Instructor Lina is a legend."),
    ("legal", "benign", "call",
     "Agent: Memberships, Tara speaking. || Caller: Hi, my agreement says it's governed by the law of "
     "England and Wales. I'm moving to Scotland for work - does that matter if I use your Gretna branch? "
     "|| Agent: It doesn't affect your access at all. || Caller: OK, thanks."),
    # ---- bereavement
    ("bereavement", "sensitive", "email",
     "Hello, I'm writing to cancel my husband's membership. Alan passed away on 2 April after a short "
     "illness. His number was RA-100553. Please stop the direct debit, it comes out of our joint account. "
     "Thank you, Maureen Price"),
    ("bereavement", "sensitive", "chat",
     "can I freeze for 2 weeks? || Agent: Of course, from when? || from tomorrow, my dad died on sunday "
     "and the funeral's next week, I'm going up to Newcastle || Agent: I'm really sorry. I've frozen it "
     "from tomorrow for two weeks, no fee, and you can extend it if you need to."),
    ("bereavement", "sensitive", "note",
     "Mrs Okonkwo called to let us know her mother, Grace (RA-020917, aqua fit regular for 12 years), died "
     "last week. Cancelled membership and refunded the remaining month. Eastwater team informed - they'd "
     "like to send a card."),
    ("bereavement", "sensitive", "sms",
     "hi, sorry to miss PT again. we lost the baby last week. i'll be in touch when im ready. - Claire"),
    ("bereavement", "sensitive", "voicemail",
     "Hi, this is Nick Sowerby, ringing about my brother's account, Jamie Sowerby. He died in a motorbike "
     "accident last month and the gym's still taking money. I've got the death certificate. Please can "
     "someone call me."),
    ("bereavement", "sensitive", "review",
     "My late wife swam at Harford every single morning for 30 years. Three of the lifeguards came to her "
     "funeral. Can't thank you enough. || Agent: We all miss Jean dearly. Thank you for letting us be part "
     "of saying goodbye."),
    ("bereavement", "sensitive", "form",
     "Cancellation form | Member name: Derek Lowry | Reason: Bereavement | Details: member passed away "
     "18/01, form completed by his daughter (executor) | Contact: lowry.estate@example.com"),
    ("bereavement", "sensitive", "dm",
     "hey, is the memorial bench by the lido still happening? our friend Sam who swam there every day died "
     "in the summer and we raised money for one || Agent: I'm sorry about Sam. Yes, the bench goes in next "
     "month and the lido team will be in touch about a small gathering."),
    ("bereavement", "sensitive", "chat",
     "I need to change the name on our joint membership || Agent: Sure, what's changing? || My partner "
     "Will passed in February. I'd like to keep mine going but on a single. Sorry, I've been putting this "
     "off for weeks. || Agent: I'm so sorry for your loss. I've moved you to a single plan from next "
     "month, nothing else for you to do."),
    ("bereavement", "sensitive", "call",
     "Agent: Riverside Active, Kieran speaking. || Caller: Hi, I need to cancel my son's membership "
     "please. || Agent: No problem, can I ask the reason for cancelling? || Caller: He passed away three "
     "weeks ago. || Agent: I'm so sorry. I'll cancel it today and refund anything taken since."),
    ("bereavement", "sensitive", "email",
     "Hi Jonno, so sorry to cancel our sessions last minute. My grandmother passed away on Friday and I'm "
     "flying out for the burial. Back on the 20th if you can hold my Tuesday slot. Gbenga"),
    ("bereavement", "sensitive", "note",
     "Gym floor team: regular member Phil (Tues/Thurs mornings) told Ryan his wife died at Christmas. He "
     "said the gym is the only routine he has left. Please keep an eye out and say hello."),
    ("bereavement", "sensitive", "sms",
     "hi can i transfer my mum's unused class credits to my account? she passed away in may. her email was "
     "june.hale@example.com || Agent: I'm so sorry about your mum. Yes, I've moved her six remaining "
     "credits to your account."),
    ("bereavement", "sensitive", "voicemail",
     "Hello, it's Alison Bright. I had the holiday camp booked for my nephew but my sister died on "
     "Tuesday, so we won't be coming. I don't know what happens with the money. Sorry."),
    ("bereavement", "sensitive", "form",
     "Refund request | Reason: Bereavement | Details: PT block bought as a birthday present for my father, "
     "who died before he could use it. Could the remaining 8 sessions be refunded?"),
    ("bereavement", "benign", "chat",
     "what's the deadlift technique class called, 'Dead Serious'? when's it on? || Agent: Yes, Dead "
     "Serious Strength is Mondays 7pm at Kingsmead. || sick, booking it"),
    ("bereavement", "benign", "sms",
     "my fob battery is dead again, can I get a new one at reception? || Agent: Yes, reception will swap "
     "it for free. || nice one"),
    ("bereavement", "benign", "email",
     "Your app is dead slow since the update, it takes 30 seconds to open the timetable. Please sort it. - "
     "Martin Cole"),
    ("bereavement", "benign", "review",
     "The café's Death by Chocolate brownie is worth the extra 20 minutes on the cross trainer. 5 stars."),
    ("bereavement", "benign", "note",
     "Remembrance Sunday: all centres to observe the two minutes' silence at 11:00. Gym floor music paused "
     "10:58-11:03."),
    ("bereavement", "benign", "form",
     "Room hire | Organisation: Memorial Park Bowls Club | Purpose: annual dinner | Date: 23 Nov | "
     "Numbers: 50 | Catering: café buffet"),
    ("bereavement", "benign", "call",
     "Agent: Harford, Sue speaking. || Caller: Is the Memorial Park branch open on bank holiday Monday? || "
     "Agent: Yes, 8 till 6, pool closes at 5:30. || Caller: Ta."),
    ("bereavement", "benign", "voicemail",
     "Hi, it's Greg. The monitors on the rowing machines in the studio have died completely, none of them "
     "show any stats. Just letting someone know."),
    ("bereavement", "benign", "dm", "the 6pm spin class killed me. rip my legs 💀 same again next week pls"),
    ("bereavement", "benign", "email",
     "Hello, our firm of funeral directors (Pembroke & Sons) is looking for a corporate wellbeing package "
     "for 12 staff. Could you send the options? - Diane Pembroke"),
    ("bereavement", "benign", "chat",
     "I died a little at the price of the new kit in the shop lol || Agent: Haha, the 20% member discount "
     "helps a bit! || oh I didn't know that, nice"),
    ("bereavement", "benign", "note",
     "Café: the 'last orders' call at 7:45 is being ignored. Staff to remind members politely that the "
     "kitchen closes at 8."),
    ("bereavement", "benign", "review",
     "Swim was lovely but the changing rooms were a ghost town, spooky quiet at 6am. Loved it. || Agent: "
     "The 6am crowd are a well-kept secret - see you again soon!"),
    ("bereavement", "benign", "form",
     "Lost property | Item: phone, black, battery dead, left on treadmill 12 | Found: 09/03 | Status: held "
     "at reception"),
    ("bereavement", "benign", "sms",
     "Is the legacy membership rate still honoured if I change centres? I've been on the 2015 price."),
    # ---- violence and self-harm
    ("violence_self_harm", "sensitive", "email",
     "I want to report a man at Greyfriars who keeps following me between machines and was waiting by my "
     "car last Thursday. I've changed my times twice and he turns up anyway. I'm frightened to come in. "
     "Please can someone help. - Lindsay"),
    ("violence_self_harm", "sensitive", "chat",
     "I need my address taken off my account please || Agent: I can update it - can I ask if you've moved? "
     "|| no. my ex has been turning up at places and I don't want anyone at the gym being able to give it "
     "out. I've left him, it got bad || Agent: I understand. I've removed it and flagged the account so no "
     "details are given to anyone but you."),
    ("violence_self_harm", "sensitive", "note",
     "Duty manager note: member (M) shoved another member into the lockers after an argument over a bench. "
     "Victim has bruising to the shoulder. Police called, aggressor's membership suspended pending review."),
    ("violence_self_harm", "sensitive", "sms",
     "can u tell the 6pm spin instructor i cant make it. honestly i dont see the point in anything "
     "anymore, think im just going to end it || Agent: I'll let the instructor know, but I'm worried about "
     "what you just said. Are you safe right now? If you're in danger please call 999. Can I ring you? || "
     "maybe. idk"),
    ("violence_self_harm", "sensitive", "voicemail",
     "Hi, my name's Kirsty. One of your café staff, the tall lad, keeps messaging me on Instagram even "
     "after I blocked him, and he said something about knowing where I park. I want it dealt with."),
    ("violence_self_harm", "sensitive", "form",
     "Complaint | Centre: Kingsmead | Details: a staff member made sexual comments about my body in the "
     "weights area and touched my waist without asking when 'correcting my form'. I haven't been back "
     "since. | Contact preference: email only"),
    ("violence_self_harm", "sensitive", "chat",
     "is there a way to swim without people seeing my arms? || Agent: We sell long-sleeve swim tops at "
     "reception, and the Thursday evening session is usually quieter. || ok thanks. its the self harm "
     "scars, i'm doing better now but people stare"),
    ("violence_self_harm", "sensitive", "review",
     "Avoid the evening changing rooms at Millbrook. A group of lads threatened my mate and took his phone "
     "last week and staff did nothing. || Agent: We're very sorry. Your review has gone to the centre "
     "manager and we've added security cover in the evenings."),
    ("violence_self_harm", "sensitive", "email",
     "Dear Riverside, my daughter's ex-boyfriend has threatened on social media to 'sort her out' next "
     "time she's at your pool. We've reported it. Please can her name be flagged and staff told not to let "
     "him in. - Pauline Ward"),
    ("violence_self_harm", "sensitive", "dm",
     "ngl the only reason i come to the gym is it's the one place he can't get at me. he's been hitting "
     "mum again. sorry, random"),
    ("violence_self_harm", "sensitive", "note",
     "PT Jonno reports that his client disclosed during a session that her husband controls her money, "
     "checks her phone and she's scared to get home late. Gave her the domestic abuse helpline card. No "
     "further action without her consent."),
    ("violence_self_harm", "sensitive", "call",
     "Agent: Eastwater, Leah speaking. || Caller: Hi, someone's been leaving notes on my car in your car "
     "park. The last one said 'I'm watching you swim'. || Agent: That's really worrying. Are you safe "
     "right now? || Caller: I'm sitting in the car. || Agent: Stay there with the doors locked, I'm "
     "sending the duty manager out and we'll call the police with you."),
    ("violence_self_harm", "sensitive", "chat",
     "hey sorry i missed a few sessions || Agent: No problem! Want me to rebook you? || maybe. i was in "
     "hospital after i took an overdose, im ok now, just getting back into stuff || Agent: I'm really glad "
     "you're okay. No rush at all - I'll pop you on Thursday's class and you can cancel any time."),
    ("violence_self_harm", "sensitive", "voicemail",
     "It's Marcus Reid. That manager at Tollgate told me I'm banned. You tell him if he doesn't give me my "
     "fob back I'll be waiting for him after his shift. He knows what I mean."),
    ("violence_self_harm", "sensitive", "form",
     "Safeguarding concern | Reported by: swim teacher | Concern: parent of a Stage 2 swimmer regularly "
     "shouts at the child and grabs him by the arm on poolside; bruises seen on upper arm | Action: DSL "
     "informed"),
    ("violence_self_harm", "benign", "chat",
     "what time is Body Combat on saturdays? || Agent: 9:15 and 11:00 at Kingsmead. || perfect, 9:15 "
     "please"),
    ("violence_self_harm", "benign", "sms",
     "the kickboxing pads in studio 2 are split, someone's gonna get a face full of foam lol"),
    ("violence_self_harm", "benign", "email",
     "Hello, we'd like to book a self-defence workshop for our office team (14 people) as part of a "
     "wellbeing day. Do you run these for corporate groups? - Harriet Vance, Dunmore Insurance"),
    ("violence_self_harm", "benign", "review",
     "Krav Maga on Tuesdays is brilliant, Stu is a great coach. Genuinely the best class on the timetable."),
    ("violence_self_harm", "benign", "dm",
     "I could murder a bacon roll after that swim. is the café open at 7? || Agent: From 6:30 on weekdays! "
     "|| legend"),
    ("violence_self_harm", "benign", "note",
     "Boxing ring in sports hall B: top rope loose. Out of use until maintenance check on Weds."),
    ("violence_self_harm", "benign", "call",
     "Agent: Greyfriars, Mo speaking. || Caller: Hi, does the Fight Fit class need gloves or do you "
     "provide them? || Agent: We've got loan gloves but bring your own wraps. || Caller: Cheers."),
    ("violence_self_harm", "benign", "voicemail",
     "Hi it's Stacey, the spin instructor on Thursday absolutely destroyed us, in the best way. Can you "
     "pass on a thank you? Ta."),
    ("violence_self_harm", "benign", "form",
     "Feedback | Class: Punch & Crunch | Comment: Love it, but could we have more heavy bags? We queue for "
     "them every week."),
    ("violence_self_harm", "benign", "chat",
     "Is the Beast Mode class ok for a beginner or will it kill me? || Agent: It's intermediate - I'd try "
     "Circuits first and build up. || ok will do, book me on circuits tues"),
    ("violence_self_harm", "benign", "email",
     "Quick one: the Battle Ropes Bootcamp ad says 'fight your way to fitness'. Would it work as a team "
     "social for 10 of us from the office? - Ellis"),
    ("violence_self_harm", "benign", "note",
     "Staff training: conflict resolution and de-escalation refresher for all reception staff, 14 March "
     "2-4pm. Mandatory."),
    ("violence_self_harm", "benign", "review",
     "Leg day with Kasia is a crime against humanity. 10/10, would suffer again. || Agent: Kasia says "
     "thank you and see you Thursday."),
    ("violence_self_harm", "benign", "sms",
     "can someone tell the pool manager the alarm in the ladies' changing was going off for no reason at "
     "8am"),
    ("violence_self_harm", "benign", "dm",
     "that new sparring session is savage 🔥 any chance of a second one at weekends?"),
    # ---- special categories: religion and belief
    ("special_categories", "sensitive", "chat",
     "can I freeze for a month from next week? || Agent: Sure, any reason you'd like noted? || Ramadan "
     "starts Tuesday and honestly I can't train while fasting, I'll be back after Eid || Agent: Of course, "
     "frozen from Tuesday for 30 days. Eid Mubarak in advance!"),
    ("special_categories", "sensitive", "email",
     "Hello, could the viewing gallery windows be covered during the Sunday women-only swim? As a Muslim "
     "woman I can only swim if I can't be seen by men, and at the moment anyone in the café can look "
     "straight down. Thank you, Samira Haddad"),
    ("special_categories", "sensitive", "note",
     "Mr Greenbaum asked if he can be signed in by name on Saturday mornings without his fob, as he keeps "
     "Shabbat and doesn't carry anything. Agreed with Kingsmead reception; added to the front desk notes."),
    ("special_categories", "sensitive", "sms",
     "hi sorry can we move PT from sunday to saturday from now on? I've started going back to church on "
     "sunday mornings || Agent: No problem, Saturdays at 10 with Jonno from next week."),
    ("special_categories", "sensitive", "form",
     "Pool rules query | Name: Harjit Singh Bains | Question: I wear a kara and a small kirpan as part of "
     "my faith. Can I keep the kara on in the pool, and where can I leave the kirpan safely while I swim?"),
    ("special_categories", "sensitive", "call",
     "Agent: Tollgate, Femi speaking. || Caller: Hi, I'm booked on the Tuesday evening class, but our "
     "Kingdom Hall meetings have moved to Tuesdays. Could I switch to Wednesday? || Agent: Of course, I'll "
     "move you to Wednesday at 7. || Caller: Thank you, that's kind."),
    ("special_categories", "sensitive", "review",
     "Café staff were really kind - I asked whether the burger was halal because that's all I eat, and "
     "they went and checked the supplier certificate for me. Small thing, big difference. 5 stars."),
    ("special_categories", "sensitive", "dm",
     "hey is the steam room mixed on weekday evenings? im frum so mixed isnt really an option for me || "
     "Agent: It's mixed in the evenings, but there are single-sex steam sessions on Tuesday and Thursday "
     "mornings. || ok thanks that works"),
    ("special_categories", "sensitive", "email",
     "Hi, I fast on Ekadashi twice a month, so I'd rather not have my PT sessions on those days - I'm "
     "useless without food. Can Priya avoid booking me on the dates I send over? Thanks, Anand"),
    # ---- special categories: ethnic origin and race
    ("special_categories", "sensitive", "email",
     "I'm writing to complain about the receptionist at Greyfriars who, when I showed my card, asked where "
     "I was 'really from' and then told me my English was very good. I'm British Pakistani and was born in "
     "Wendling. It was humiliating. - Aisha Rahman"),
    ("special_categories", "sensitive", "chat",
     "hi do you sell swim caps big enough for locs? || Agent: Yes, we stock the extra-volume caps at "
     "reception, £12. || amazing. as a black woman I was put off swimming for years because nothing fit, "
     "glad you stock them"),
    ("special_categories", "sensitive", "note",
     "Complaint logged: Mr Dumitru says another member called him a 'gypsy' and told him to go back to "
     "Romania in the steam room. He is Roma. Statements taken, other member suspended pending "
     "investigation."),
    ("special_categories", "sensitive", "review",
     "Lovely pool, but I'm the only brown face in the 7am lane swim and a couple of the regulars make sure "
     "I feel it. Staff are fine, it's the culture. 3 stars."),
    ("special_categories", "sensitive", "form",
     "Membership survey (optional) | Ethnic group: Asian or Asian British - Bangladeshi | Age band: 35-44 "
     "| Centre: Tollgate | Comments: more evening lane swims please"),
    ("special_categories", "sensitive", "sms",
     "hiya, the PT asked me to fill in a form asking my ethnicity?? im mixed white and caribbean if it "
     "matters but why do you need it || Agent: It's optional and only used anonymously for monitoring, you "
     "can leave it blank."),
    ("special_categories", "sensitive", "voicemail",
     "Hi, it's Ciaran Ward. I'm a Traveller and I've just been told at Tollgate I can't join without a "
     "fixed address. We're on the council site on Elm Road, that is a fixed address. Please call me back."),
    ("special_categories", "sensitive", "chat",
     "my name keeps getting rejected on the app || Agent: Sorry about that, what's happening? || it won't "
     "take the apostrophe in my surname, N'Diaye. my family's Senegalese and honestly it's never worked on "
     "any form in this country lol || Agent: That's a bug on our side, I've fixed it manually on your "
     "account."),
    ("special_categories", "sensitive", "dm",
     "your emails keep calling me 'Thi' lol, I'm Vietnamese so the family name goes first - it's Nguyen "
     "Thi Hoa, call me Hoa 😅"),
    # ---- special categories: political opinions and activity
    ("special_categories", "sensitive", "email",
     "Hi, I'll be missing my Thursday sessions until 4 May - I'm standing as the Green candidate for "
     "Kingsmead ward and evenings are all canvassing now. Can I freeze for six weeks? Thanks, Rowan Ellery"),
    ("special_categories", "sensitive", "chat",
     "can i move my induction? || Agent: Sure, when would suit you? || not saturday, I'm a steward on the "
     "climate march in town. sunday? || Agent: Sunday 11am is free, booked."),
    ("special_categories", "sensitive", "note",
     "Cllr Dennis Parr (Conservative, Harford South) rang about lido opening hours, says he'll raise it at "
     "full council and wants his group colleagues copied in. Passed to the GM."),
    ("special_categories", "sensitive", "sms",
     "hi am I allowed to pin a Labour leaflet on the community noticeboard? I'm the Millbrook branch "
     "organiser and the by-election is in 3 weeks"),
    ("special_categories", "sensitive", "review",
     "Front desk told me to take off my Palestine solidarity badge before going onto the gym floor. I've "
     "worn it to every march since October and no other gym cares. 2 stars. || Agent: Hi Yasmin, our dress "
     "code doesn't cover badges at all. We've spoken to the team and we apologise."),
    ("special_categories", "sensitive", "form",
     "Corporate membership - individual details | Name: Graham Toller | Employer: office of Sarah Blake MP "
     "| Role: caseworker, and Lib Dem agent for the constituency | Centre: Eastwater"),
    ("special_categories", "sensitive", "call",
     "Agent: Kingsmead, Jo speaking. || Caller: Hi, I need to cancel PT on Wednesday, I'm away at the "
     "Labour conference - I'm a delegate this year. || Agent: No problem, shall I move it to Friday? || "
     "Caller: Yes please, same time."),
    ("special_categories", "sensitive", "voicemail",
     "Hi, it's Martin Okoro, member at Eastwater. One of your staff recognised me from the Stop the "
     "Incinerator protests and made a snide comment at the desk. I'm entitled to my views. I'd like a call "
     "from the manager."),
    ("special_categories", "sensitive", "dm",
     "lol my PT keeps trying to talk about the election and I've voted Tory my whole life, we just have to "
     "not. can I swap trainers for a quiet life || Agent: Ha, no problem. I've moved you to Dan from next "
     "week."),
    # ---- special categories: trade-union membership
    ("special_categories", "sensitive", "email",
     "Hi, I joined through the union discount scheme (I'm in Unison) - do I need to show my union card at "
     "reception every visit or just once? Member no RA-662104. Thanks, Helen"),
    ("special_categories", "sensitive", "chat",
     "can I bring my class forward to the morning on thurs? || Agent: There's a 9:30 Pilates with spaces. "
     "|| perfect, we're out on strike thursday so I'm free for once. picket's done by 9 || Agent: Ha, "
     "booked you in for 9:30."),
    ("special_categories", "sensitive", "note",
     "Kev Dunne (says he's shop steward at the Halden depot) asked for corporate rates for 30 of his union "
     "members. Passed to corporate sales - he wants it arranged through the union branch, not the "
     "employer."),
    ("special_categories", "sensitive", "sms",
     "running late for PT, the union meeting overran and as rep I couldn't walk out. there in 15 sorry!! "
     "|| Agent: No worries, Matt's warming up the rower for you."),
    ("special_categories", "sensitive", "form",
     "Discount membership | Eligible group: trade union member discount | Union: Unite | Union membership "
     "no: U-55120 | Employer: Brackley Foods | Centre: Millbrook"),
    ("special_categories", "sensitive", "review",
     "The staff here are brilliant, I just wish management would recognise their union. As a GMB rep "
     "myself I know what they're up against. 4 stars for the team, 1 for head office."),
    ("special_categories", "sensitive", "voicemail",
     "Hi, it's Dawn Fisher. I need to freeze my membership for a month - I'm branch secretary for the RMT "
     "at the depot and I'm off to our national conference, then straight into the ballot. Ring me back on "
     "07700 900318."),
    ("special_categories", "sensitive", "call",
     "Agent: Memberships, Sarah speaking. || Caller: Hi, I'm trying to claim my union discount on the app "
     "but it doesn't list the CWU. || Agent: Sorry, the CWU was only added last week, I'll apply it "
     "manually. Can I take your CWU membership number? || Caller: Yes, it's 448211."),
    ("special_categories", "sensitive", "dm",
     "any discount for striking nurses? been on the picket line with the RCN all week and I need a swim "
     "more than ever"),
    # ---- special categories: sexual orientation and sex life
    ("special_categories", "sensitive", "email",
     "Hi, my husband and I would like to switch to a joint membership. His number is RA-301177 and mine is "
     "RA-301180. Can we keep his original start date? Thanks, Tom Beckwith"),
    ("special_categories", "sensitive", "chat",
     "can i add my girlfriend to my membership? || Agent: Yes, the partner add-on is £28 a month. What's "
     "her name, Hannah? || Jess Okafor. sorry, first time adding a partner to anything, we've only just "
     "come out to my family lol || Agent: Congratulations to you both! Jess will get an email to set up "
     "her profile."),
    ("special_categories", "sensitive", "note",
     "Mr Aaron Tilley asked to change his emergency contact from his mother to his boyfriend, Daniel Ross, "
     "07700 900356. Updated."),
    ("special_categories", "sensitive", "review",
     "Came to the LGBTQ+ swim night for the first time. As a bi woman who's never felt comfortable in "
     "gyms, it was relaxed, friendly and nobody stared. More of these please!"),
    ("special_categories", "sensitive", "sms",
     "hi can u add me to the gay men's swim club session on thurs? first time going, bit nervous || Agent: "
     "You're on the list for Thursday, the club are a friendly bunch!"),
    ("special_categories", "sensitive", "form",
     "Membership change | Add partner: Yes | Partner name: Lucy Varga | Relationship to main member: wife "
     "| Main member: Emma Varga | Centre: Harford"),
    ("special_categories", "sensitive", "voicemail",
     "Hi, it's Priya. Just checking about the couples' yoga on Sunday - my girlfriend and I booked, but we "
     "got an email saying it's 'for him and her'. Is that right? Bit awkward. Call me back."),
    ("special_categories", "sensitive", "chat",
     "lol awkward question || Agent: Go for it, we've heard it all! || the guy I've been hooking up with "
     "is also on my 6am spin and it's got weird. can I swap to the 7am without losing my block booking || "
     "Agent: No judgement at all - moved you to 7am for the rest of the block."),
    ("special_categories", "sensitive", "dm",
     "is it ok if me and my fella share a family changing cubicle? got proper side-eye last time from a "
     "woman in there. - Gareth"),
    # ---- special categories: gender identity
    ("special_categories", "sensitive", "email",
     "Hello, I've legally changed my name from Michael to Michelle and I'm now living full time as a "
     "woman. Could you update my membership, and let me know which changing room I should use at "
     "Greyfriars? I want to do this properly. Thanks, Michelle Hart"),
    ("special_categories", "sensitive", "chat",
     "can you change my title on the account? || Agent: Sure, what would you like it to be? || Mx please. "
     "I'm non-binary and the Mr on every single email is a lot || Agent: Done, you'll see Mx from now on. "
     "Sorry about that."),
    ("special_categories", "sensitive", "note",
     "Member (trans woman, GRC application in progress) raised a concern after another member questioned "
     "her use of the female changing room. Reassured her she is entitled to use it under our policy; "
     "manager spoke to the other member."),
    ("special_categories", "sensitive", "sms",
     "hi, the new fob still shows my deadname on the screen when I tap in. can you fix it? it's Kai now, "
     "has been for a year || Agent: Sorry Kai, that's fixed - the screen will show your name from your "
     "next visit."),
    ("special_categories", "sensitive", "form",
     "Personal details update | Legal name: Jordan Mace | Gender: Male | Previous gender on record: Female "
     "| Reason for change: Gender Recognition Certificate issued 03/2024"),
    ("special_categories", "sensitive", "review",
     "As a trans man mid-transition, the gender-neutral changing village at Kingsmead has honestly been a "
     "lifesaver. Thank you for thinking about people like me. || Agent: Thank you for telling us - that's "
     "exactly why we built it."),
    ("special_categories", "sensitive", "call",
     "Agent: Eastwater, Tom speaking. || Caller: Hi, I'm transitioning and I'm not ready for either the "
     "men's or the women's changing yet. Is there somewhere private for the swim sessions? || Agent: Yes, "
     "there are four lockable private cubicles in the village change. || Caller: Great, that's a weight "
     "off."),
    ("special_categories", "sensitive", "voicemail",
     "Hi, it's Sam Pereira. The PT I've been working with keeps calling me 'she' in front of other "
     "clients. I've told her I'm a guy. I'd like to move to a different trainer please."),
    ("special_categories", "sensitive", "dm",
     "does the women's only swim include trans women? asking as one, don't want any drama on poolside"),
    # ---- special categories: genetic data
    ("special_categories", "sensitive", "email",
     "Hi Kasia, ahead of our first PT session - I've had genetic testing and I carry the BRCA1 mutation, "
     "so I'm having preventive surgery next year. I'd like to get as strong as possible before then. Happy "
     "to talk more in person. - Nicola"),
    ("special_categories", "sensitive", "chat",
     "the DNA fitness kit your PTs sell, I did it and it says I'm ACTN3 XX || Agent: That's usually read "
     "as an endurance-leaning profile - your trainer can adapt your plan. || cool, can you upload the "
     "report to my account so Dan sees it? || Agent: I'll attach it to your PT record now."),
    ("special_categories", "sensitive", "note",
     "PT client disclosed he has tested positive for the Huntington's gene (his father had it). No "
     "symptoms at present. Wants to keep training as long as possible; asked that this isn't shared beyond "
     "his trainer."),
    ("special_categories", "sensitive", "form",
     "Pre-exercise questionnaire | Family history: yes, see notes | Genetic testing: positive for an MYH7 "
     "variant (hypertrophic cardiomyopathy), no symptoms | GP clearance: attached | Trainer: Lisa M."),
    ("special_categories", "sensitive", "sms",
     "hi before we start the PT plan - my 23andMe says I'm APOE4 on both copies so I want to focus on "
     "cardio for brain health. can we build around that? || Agent: Absolutely, I'll pass it to your "
     "trainer so the plan reflects it."),
    ("special_categories", "sensitive", "review",
     "First PT who actually understood my hypermobility - it's the genetic type, runs down my mum's side - "
     "and adapted everything. Lisa at Millbrook is brilliant."),
    ("special_categories", "sensitive", "voicemail",
     "Hi, it's Peter Lund. I've just had my results back from the genetics clinic - I carry the "
     "haemochromatosis gene, and the PT's given me an iron-heavy meal plan. Can someone tell him to hold "
     "off until we talk? Thanks."),
    ("special_categories", "sensitive", "dm",
     "my genetic test came back showing factor V Leiden, doc says exercise is fine but to avoid really "
     "long sauna sessions. is there a timer in there?"),
    # ---- special categories: biometric data
    ("special_categories", "sensitive", "email",
     "Hi, I joined at Kingsmead last month and the turnstile took a face scan of me during induction. I "
     "didn't realise it was stored. Please delete my facial template and give me a fob instead, and "
     "confirm in writing under GDPR. - Yvonne Sallis"),
    ("special_categories", "sensitive", "chat",
     "the fingerprint locker won't open for me || Agent: Sorry! Your print may need re-enrolling. Were you "
     "set up on the old system? || yeah in 2022. and I've got a scar on that finger now from work, it "
     "never reads it || Agent: I'll delete your old fingerprint template and you can re-enrol a different "
     "finger at reception."),
    ("special_categories", "sensitive", "note",
     "Member reported the face recognition gate at Greyfriars let his brother in on his account (they look "
     "very alike). Disabled his face profile pending re-enrolment; IT to review the match threshold."),
    ("special_categories", "sensitive", "form",
     "Subject access request | Name: Darius Khan | Data requested: all biometric data you hold on me (face "
     "scan images, templates, and entry logs linked to facial recognition) | Membership: RA-447019"),
    ("special_categories", "sensitive", "sms",
     "can you re-scan my face at reception? the gate keeps saying not recognised since I shaved my beard "
     "off lol || Agent: Haha, yes, pop in any time and we'll re-enrol you in a minute."),
    ("special_categories", "sensitive", "review",
     "The palm scanner at the new Harford gym is slick - they scanned my hand at sign-up and I haven't "
     "carried a fob since. Only niggle is it struggles when my hands are wet. || Agent: Thanks! Towels are "
     "now by the scanner for exactly that reason."),
    ("special_categories", "sensitive", "voicemail",
     "Hi, Oliver Grant here. I closed my account last month but I've had an email saying my fingerprint is "
     "still registered on the Tollgate lockers. I want that deleted please, today. Thanks."),
    ("special_categories", "sensitive", "call",
     "Agent: Memberships, Raj speaking. || Caller: Hi, I use voice ID when I ring in, but my voice has "
     "changed since my throat op and it keeps failing me. || Agent: I can switch you to PIN security and "
     "delete the stored voiceprint. || Caller: Yes please, delete it."),
    # ---- special categories, benign: religion and belief
    ("special_categories", "benign", "chat",
     "do you do halal options in the café? || Agent: Yes, our chicken and beef are halal-certified and "
     "everything is labelled at the counter. || great, thanks"),
    ("special_categories", "benign", "email",
     "Dear Riverside Active, on behalf of the Eastgate Islamic Centre committee, we'd like to book the "
     "sports hall on Saturday evenings for a community five-a-side league. Could you send rates? Khalid "
     "Rehman, Secretary"),
    ("special_categories", "benign", "note",
     "Christmas and New Year opening hours: all centres close at 2pm on 24 Dec, closed 25-26 Dec, open 9-4 "
     "on 1 Jan. Posters up by Friday."),
    ("special_categories", "benign", "sms",
     "is the pool open on Good Friday and Easter Monday or bank holiday hours? || Agent: Bank holiday "
     "hours on both, 8 till 6."),
    ("special_categories", "benign", "review",
     "The new timetable is the holy grail - finally a 6am class at Harford. Bless whoever fought for it. 5 "
     "stars."),
    ("special_categories", "benign", "form",
     "Room hire | Organisation: St Michael's Church choir | Purpose: summer social in the function room | "
     "Date: 6 July | Numbers: 30 | Catering: tea, coffee, cake"),
    ("special_categories", "benign", "call",
     "Agent: Millbrook, Kate speaking. || Caller: Do you offer women-only swimming sessions? || Agent: "
     "Yes, Sunday 8 till 9:30 and Wednesday 7 till 8pm, with female lifeguards. || Caller: Thanks, that's "
     "all I needed."),
    ("special_categories", "benign", "dm",
     "is the Zen Flow class actual yoga or more like stretching? want to know before I drag my mates along"),
    ("special_categories", "benign", "voicemail",
     "Hi, it's Ruth from the Kingsmead Interfaith Forum. We're organising a charity fun run and want to "
     "ask about using your car park and showers on the day. Please call 07700 900640."),
    # ---- special categories, benign: ethnic origin and race
    ("special_categories", "benign", "chat",
     "is the caribbean jerk wrap back on the café menu?? || Agent: Yes! From today until the end of "
     "August. || best news all week"),
    ("special_categories", "benign", "note",
     "Chinese New Year: café running a dumpling special 10-17 Feb. Posters at all tills, extra stock "
     "ordered for Greyfriars."),
    ("special_categories", "benign", "email",
     "Hi, can the app be set to other languages? Some partners of our corporate members would find Polish "
     "or Urdu helpful. Kind regards, HR team, Caldwell Engineering"),
    ("special_categories", "benign", "form",
     "Room hire | Organisation: Harford Irish Dance Academy | Purpose: weekly class | Day: Mondays 6-8pm | "
     "Requirements: sprung studio floor, mirrors"),
    ("special_categories", "benign", "review",
     "Indian head massage at the Millbrook spa was heavenly. Booking again next month. 5 stars."),
    ("special_categories", "benign", "sms", "is the carnival-themed Zumba on again this sat or was that a one off?"),
    ("special_categories", "benign", "call",
     "Agent: Eastwater, Raj speaking. || Caller: Hi, do you collect equality monitoring data on the "
     "joining form? I'm writing a report for the council's leisure committee. || Agent: It's optional and "
     "anonymised, but I can send you our published summary. || Caller: Brilliant, thank you."),
    ("special_categories", "benign", "dm",
     "Afrobeats Fit is the best thing on the timetable, please add a saturday one!!"),
    ("special_categories", "benign", "voicemail",
     "Hello, this is Tendai from the Harford Black History Month committee. We're hosting a community "
     "sports day in October and would love to hire the sports hall. Could someone ring me back?"),
    # ---- special categories, benign: political opinions and activity
    ("special_categories", "benign", "note",
     "Kingsmead sports hall is a polling station on 2 May. Hall closed all day; badminton bookings moved "
     "to Court 1 at Millbrook and members emailed."),
    ("special_categories", "benign", "email",
     "Hello, I work in the council's leisure policy team and we're reviewing concession rates across "
     "providers in the borough. Could you share your current price list? Asha Moore, Wendling Borough "
     "Council"),
    ("special_categories", "benign", "chat",
     "why does the app say 'political content not allowed' when I try to post in the community feed? I was "
     "just sharing a running route || Agent: That's an over-eager filter, sorry - I've approved your post "
     "manually. || ha, cheers"),
    ("special_categories", "benign", "review",
     "The office politics among the spin regulars is intense 😂 the fight for the front bike is real. Love "
     "this place."),
    ("special_categories", "benign", "sms",
     "is the sports hall still closed for the election count tomorrow or can we play? || Agent: Closed "
     "until 2pm, courts open after that."),
    ("special_categories", "benign", "form",
     "Room hire | Organisation: Millbrook Debating Society | Purpose: weekly debate practice | Day: "
     "Wednesdays 7-9pm | Room: function room | Numbers: 25"),
    ("special_categories", "benign", "call",
     "Agent: Tollgate, Priya speaking. || Caller: Hi, is it true the council's selling off the leisure "
     "centre? I read something in the paper. || Agent: No change is planned - we're contracted to run it "
     "until 2031. || Caller: Phew, good."),
    ("special_categories", "benign", "dm",
     "how do I vote in the best instructor awards? the form is really confusing"),
    ("special_categories", "benign", "voicemail",
     "Hi, it's the constituency office of the local MP. She'd like to visit Eastwater to open the new "
     "changing village. Could your press team call us back on 07700 900702?"),
    # ---- special categories, benign: trade unions
    ("special_categories", "benign", "email",
     "Hello, the Millbrook branch of the teachers' union would like to hire the function room for its AGM "
     "on 18 Oct, approx 40 people, with tea and coffee. Please invoice the branch. Branch office"),
    ("special_categories", "benign", "sms",
     "will the centre be open during the staff strike next week? heard rumours"),
    ("special_categories", "benign", "chat",
     "when's the Rugby Union club's training slot on the 3G? want to avoid it || Agent: Tuesdays and "
     "Thursdays, 6 till 8pm. || thanks"),
    ("special_categories", "benign", "note",
     "Corporate sales: enquiry from a union's regional office about a wellbeing package for their 25 "
     "employees. Quote sent, follow-up call booked for Friday."),
    ("special_categories", "benign", "review",
     "The Union Street branch is tiny but perfectly formed. Great squat racks, never a queue."),
    ("special_categories", "benign", "form",
     "Corporate discount list update | Add partner organisations: Aldridge Credit Union (staff), Wendling "
     "Rugby Union Football Club (members) | Effective: 1 March"),
    ("special_categories", "benign", "call",
     "Agent: Memberships, Jo speaking. || Caller: Hi, does your corporate scheme include discounts through "
     "professional bodies or unions? I'm updating our staff handbook. || Agent: Yes, they're listed on the "
     "website under Partners. || Caller: Great, thanks."),
    ("special_categories", "benign", "dm", "the 'solidarity' playlist in the 6am spin is elite 🔥 who made it?"),
    ("special_categories", "benign", "voicemail",
     "Hi, it's Meera from Aldridge Credit Union. We're running a savings stall and wondered if we could "
     "set up in your foyer one Saturday. Ring back on 07700 900257."),
    # ---- special categories, benign: sexual orientation and sex life
    ("special_categories", "benign", "chat",
     "how much is the partner add-on? || Agent: £28 a month for a second adult at the same address. || ok "
     "I'll have a chat at home and come back to you"),
    ("special_categories", "benign", "note",
     "Pride month: Eastwater hosting an open Rainbow Swim on 22 June, everyone welcome, free for members. "
     "Rainbow lane ropes arriving Weds."),
    ("special_categories", "benign", "email",
     "Hello, Harford Pride committee here. We'd like to use the lido car park as a staging area for the "
     "parade on 13 July. Could you advise on cost and insurance? Marc Lesley, Events"),
    ("special_categories", "benign", "review",
     "Couples' yoga on Sunday was lovely, relaxed and not too serious. The instructor made it fun. 4 "
     "stars."),
    ("special_categories", "benign", "sms", "can I book the Date Night spin + smoothie offer for 2 on fri at 7?"),
    ("special_categories", "benign", "form",
     "Feedback | Topic: Events | Comment: Loved the Pride fun run, please make it an annual thing. The "
     "rainbow medals were great."),
    ("special_categories", "benign", "call",
     "Agent: Kingsmead, Liam speaking. || Caller: Is the joint membership only for married couples? || "
     "Agent: No, it's for any two adults living at the same address. || Caller: Perfect, thanks."),
    ("special_categories", "benign", "dm",
     "just saw the Love Island themed bootcamp ad lol, is that an actual class?"),
    ("special_categories", "benign", "voicemail",
     "Hi, it's Nadia. I think the joint membership has my partner's surname spelled wrong, it should be "
     "Whitlock with an h. Could someone fix it? Thanks."),
    # ---- special categories, benign: gender identity
    ("special_categories", "benign", "chat",
     "where's the gender-neutral changing area at Kingsmead? || Agent: It's the village change, through "
     "the left-hand doors after the turnstiles. || got it cheers"),
    ("special_categories", "benign", "email",
     "Hi, can I change the title on my account from Mrs to Ms? I don't think my marital status is anyone's "
     "business. Thanks, Karen Dolby"),
    ("special_categories", "benign", "note",
     "Signage: new 'all-gender toilets' signs going up in the café corridor at Greyfriars on Monday. Old "
     "signs to be recycled."),
    ("special_categories", "benign", "form",
     "Press enquiry | Outlet: Wendling Gazette | Question: what is your changing room policy for mixed "
     "sessions? We're comparing local leisure centres for a feature."),
    ("special_categories", "benign", "review",
     "The new unisex sauna is great, loads more space than the old separate ones. Keep it up."),
    ("special_categories", "benign", "sms",
     "is the men's changing room at harford still shut for the refit? which one are we meant to use?"),
    ("special_categories", "benign", "call",
     "Agent: Eastwater, Ben speaking. || Caller: Hi, do your membership forms have a 'prefer not to say' "
     "option for gender? My manager wants it checked before we sign the corporate deal. || Agent: Yes, "
     "it's optional, with prefer not to say and self-describe. || Caller: Great."),
    ("special_categories", "benign", "dm", "is the unisex hoodie in the shop true to size or does it come up small?"),
    ("special_categories", "benign", "voicemail",
     "Hi, it's Sharon on Tollgate reception. The 'Ladies' sign on the sauna door has fallen off again, can "
     "maintenance screw it back on properly this time?"),
    # ---- special categories, benign: genetic data
    ("special_categories", "benign", "chat",
     "are the DNA fitness tests your PTs advertise any good? what do they actually test? || Agent: It's a "
     "cheek swab looking at about 20 markers linked to training response, results in 3 weeks. || hm, I'll "
     "think about it, seems pricey"),
    ("special_categories", "benign", "email",
     "Hi, is the Gene Pool masters swim squad open to new members or invite only? I swim about 2k three "
     "times a week. Colin Frey"),
    ("special_categories", "benign", "review",
     "Great staff - helping people is clearly in their DNA. 5 stars from me."),
    ("special_categories", "benign", "note",
     "Café: new supplement brand 'GenoFuel' arriving next week. Nothing to do with genetics despite the "
     "name, just marketing. Price list updated."),
    ("special_categories", "benign", "sms",
     "what time's the Family Tree climbing session on the wall? heard it's fun"),
    ("special_categories", "benign", "form",
     "Corporate enquiry | Company: Helix Biotech Ltd | Employees: 80 | Interested in: gym and pool "
     "corporate rate | Contact: hr@example.com"),
    ("special_categories", "benign", "call",
     "Agent: Greyfriars, Abi speaking. || Caller: Hi, I'm a researcher at the uni, we're recruiting "
     "volunteers for a study on exercise and genetics. Could we put a poster up? || Agent: Sure, drop it "
     "at reception and the manager will approve it. || Caller: Thanks very much."),
    ("special_categories", "benign", "dm",
     "my trainer keeps saying you can't outrun your genes whenever I moan about calf raises lol. is that a "
     "real thing or is he just lazy"),
    # ---- special categories, benign: biometric data
    ("special_categories", "benign", "chat",
     "do I have to use the face scan to get in? I'd rather just have a fob || Agent: Not at all, face "
     "entry is optional - we can issue a fob at reception. || great, fob please"),
    ("special_categories", "benign", "note",
     "Fingerprint reader on locker bank C at Tollgate is faulty. Locksmith booked Thursday; members to use "
     "bank D meanwhile."),
    ("special_categories", "benign", "email",
     "Hi, is the fingerprint option on the new Harford lockers stored on the locker itself or in the "
     "cloud? Just curious before I decide whether to use it or stick to a code. Ian"),
    ("special_categories", "benign", "review",
     "The new face-recognition gates at Kingsmead have killed the 6pm queue, even for those of us still on "
     "fobs. Good investment."),
    ("special_categories", "benign", "sms",
     "how much is the body composition scan at reception? want a baseline before january"),
    ("special_categories", "benign", "form",
     "Supplier visit | Company: Veritas Access Systems | Purpose: annual maintenance of the facial "
     "recognition turnstiles | Site: Greyfriars | Date: 2 Apr"),
    ("special_categories", "benign", "call",
     "Agent: Tollgate, Nat speaking. || Caller: Hi, your phone menu says it's going to set up voice ID. "
     "Can I opt out? || Agent: Yes, you can say no at the prompt, or I can mark your account now. || "
     "Caller: Mark it now please."),
    ("special_categories", "benign", "dm",
     "the fingerprint scanner on the staff door at millbrook has been beeping for days, someone tell the "
     "manager lol"),
]


def bield_examples() -> list[dict]:
    """The bield split as labelled tickets (same shape as ``sensitive_eval.build_eval_set``'s)."""
    return stranger_examples("bield", ENTRIES, SUBJECTS)
