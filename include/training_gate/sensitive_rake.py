"""rake split: written by a helper who had not seen the detection rules, the anchors or any other split.
Setting: Ashby Vale District Council's online services desk: council tax, bins and bulky waste, parking, libraries,
planning, school admissions, garden waste, noise and pest reports, register office appointments, electoral register;
registers are email, chat, sms, call, note, form, review, voicemail and dm.
The benign half uses the same services and words harmlessly: organisations acting as organisations, general policy
questions, idioms, brand and place names, routine billing and payment trouble.
70 sensitive and 70 benign tickets for special categories, 50 and 50 for children, 20 and 20 for financial hardship,
15 and 15 for health, legal, bereavement and violence and self-harm.
First reading (policy 2026.11.24.7, after it was final; `sensitive_eval.evaluate`, as `make eval-sensitive`):
94.0 / 4.0 recall / false exclusion in % as shipped, 95.0 / 10.0 without the overruling,
92.0 / 9.5 by the rules alone. Held out: never tuned or trained on."""

from __future__ import annotations

from training_gate.sensitive_blind import stranger_examples

SUBJECTS: tuple[str, ...] = (
    "Council tax bill query",
    "Missed bin collection",
    "Bulky waste booking",
    "Resident parking permit",
    "Penalty charge notice appeal",
    "Library card and account",
    "Planning application comment",
    "School admissions enquiry",
    "Garden waste subscription renewal",
    "Noise complaint",
    "Pest control request",
    "Register office appointment",
    "Electoral register update",
    "Single person discount review",
)

ENTRIES: list[tuple[str, str, str, str]] = [
    # ---- health
    (
        "health", "sensitive", "form",
        "Service requested: Assisted bin collection. Name: Margaret Ellery. Address: 14 Kestrel Road, Fernhill. "
        "Reason: I had my left hip replaced in January and I'm on two crutches until the summer at least, I "
        "physically cannot wheel the bin down the slope to the kerb. Anyone else in the household who could help: "
        "No, I live alone.",
    ),
    (
        "health", "sensitive", "chat",
        "Hi, I'm trying to renew the resident permit for Orchard Rise zone C but the form wants a second proof of "
        "address || Agent: Hi, thanks for getting in touch. A council tax bill or a utility bill from the last "
        "three months is fine for that. || ok found a water bill. Also can I get the bay nearest the door again? "
        "With the COPD I get properly breathless if I have to walk the length of the street with shopping || Agent: "
        "Bays in zone C aren't allocated to individual houses, I'm afraid, but I can send you the disabled bay "
        "application, which is separate. Shall I email it over?",
    ),
    (
        "health", "sensitive", "call",
        "Caller: Hello, it's about my mother's council tax, Mrs Joan Tully at 3 Mill Cottages. || Agent: Of course, "
        "are you named on the account or do you hold power of attorney? || Caller: I've got lasting power of "
        "attorney, yes. Her GP diagnosed Alzheimer's in the spring and the memory clinic confirmed it, and someone "
        "at the day centre said there might be a discount for that. || Agent: There is, it's the severe mental "
        "impairment disregard. I'll post you the form; the doctor has to sign a section and she'll need to be "
        "getting one of the qualifying benefits.",
    ),
    (
        "health", "sensitive", "email",
        "Dear Libraries team, I've held a card at Stanbridge library for over twenty years but my eyesight has gone "
        "downhill with macular degeneration and I can no longer read standard print or get there on the bus. Do you "
        "still run the home library service and could I be added to it? I'd be happy with audiobooks on CD. Many "
        "thanks, Ivor Brandon, 27 Lark Lane.",
    ),
    (
        "health", "sensitive", "note",
        "Bulky waste BW-20418. Cust explained she is 31 weeks pregnant and her midwife told her not to lift, so she "
        "can't get the wardrobe and sofa out to the front as per the T&Cs. Approved in-house collection at no extra "
        "charge, crew notified, job note updated.",
    ),
    (
        "health", "sensitive", "sms",
        "hi its dev at 22 orchard rise, missed the bulky waste slot this morning cos i was in ashby general "
        "overnight with chest pains, they kept me in for tests. can we rebook for next week pls ref BW-20977",
    ),
    (
        "health", "sensitive", "voicemail",
        "Hello, this is Ron Pettifer at 8 Hawthorn Close. I'm type 1 diabetic and the yellow sharps box from my "
        "insulin pens is full again, the chemist said the council collects them. Could someone ring me back on "
        "07700 900214 to arrange it? Thank you.",
    ),
    (
        "health", "sensitive", "chat",
        "hi i want to report noise from the flat above, 11b dunmore st || Agent: Sorry to hear that. Is it music, "
        "voices, or something like DIY? || drilling and banging, mostly 7 to 9am. i work nights at the depot and im "
        "on antidepressants at the moment that already wreck my sleep so its honestly making everything worse || "
        "Agent: Understood. I'll log it and send you the diary sheets so environmental health can see the pattern "
        "over a fortnight.",
    ),
    (
        "health", "sensitive", "review",
        "2 stars. The planning portal might be fine for some people but with my dyslexia the wall of tiny text and "
        "the four-stage upload was impossible, I had to get my neighbour to submit the comment for me. Please offer "
        "a simpler form. || Agent: Thank you for the feedback. We're reviewing the portal's accessibility this year "
        "and you can always phone the planning desk on 07700 900118 and a planner will take your comment verbally.",
    ),
    (
        "health", "sensitive", "email",
        "PCN AV40918265. I accept I overstayed in the Wickham End car park by about forty minutes. I have a "
        "diagnosed anxiety disorder and had a panic attack in the driver's seat after my shift; I wasn't safe to "
        "drive until it passed. I can send a letter from my GP if that helps. Kind regards, Hannah Prout.",
    ),
    (
        "health", "sensitive", "chat",
        "Can I switch to a postal vote? || Agent: Yes, you can apply online or we can post you a paper form. Is it "
        "for every election or just the one in May? || Probably every election for now. I'm having chemo on "
        "Thursdays at Ashby General and polling day is a Thursday, I won't be up to queuing in a church hall || "
        "Agent: That makes sense. I've emailed you the link; once it's processed your poll card will show you're "
        "voting by post.",
    ),
    (
        "health", "sensitive", "note",
        "Highways/Parking referral. Resident Mr Okafor, 9 Ferris Walk, has used a wheelchair since a spinal injury "
        "last year and is asking about a dropped kerb and a disabled bay outside his house. Sent both application "
        "packs and told him the blue badge is processed by the county.",
    ),
    (
        "health", "sensitive", "email",
        "Hello, my husband have the stroke in March and now he cannot walk good and his right arm is weak. Before "
        "he was always the one to do the bins and the garden waste. Now I cannot manage both bins on my own, the "
        "brown one is very heavy. Please can you help us with the collection from by the door? Thank you, Elif "
        "Demirtas, 45 Coppice Way.",
    ),
    (
        "health", "sensitive", "call",
        "Caller: I want to report rats in the alley behind Pembroke Terrace, they're coming up to the back doors "
        "now. || Agent: I can book a pest officer, there's a charge for domestic properties unless it's a council "
        "tenancy. || Caller: I don't mind paying, I just need it fast. I had a kidney transplant two years ago and "
        "I'm on immunosuppressants, my consultant told me to stay well away from rodents. || Agent: I'll mark it "
        "priority and the earliest slot is Thursday morning.",
    ),
    (
        "health", "sensitive", "dm",
        "@AshbyValeDC hi, any update on bulky waste ref BW-21004? sorry to chase. just home after the knee op (full "
        "replacement) and the old mattress is blocking the hallway so I can't get my walking frame past it",
    ),
    (
        "health", "benign", "email",
        "Dear Commercial Waste team, I'm the practice manager at Fernhill Medical Practice. Our clinical waste "
        "contractor now collects on Tuesdays, so could our general waste and recycling collection move from Tuesday "
        "to Wednesday to stop the bin store overflowing? Account CW-3307. Thanks, Gail Rutter.",
    ),
    (
        "health", "benign", "chat",
        "hello, quick one about assisted bin collections || Agent: Hi! What would you like to know? || what are the "
        "criteria, and does someone have to fill in a form every year? I'm writing the Fernhill Residents' "
        "Association newsletter and lots of people ask || Agent: The household must have nobody able to move the "
        "bin to the kerb; it's reviewed every two years by letter rather than a new form. I'll send you the page "
        "link for the newsletter.",
    ),
    (
        "health", "benign", "sms",
        "The pay machine on Dunmore St car park is sick again, eats coins and no ticket comes out. Third time this "
        "month. Pls fix before someone gets a fine",
    ),
    (
        "health", "benign", "form",
        "Pest type: Wasps. Location: nest under the eaves above the front bay window, 61 Chandler Road. How long: "
        "noticed two weeks ago, getting busier. Access: ladder needed, side gate unlocked. Preferred day: any "
        "weekday morning.",
    ),
    (
        "health", "benign", "review",
        "4 stars. The new leisure centre is brilliant, gym kit is spotless and the pool's warm. The car park permit "
        "system is a headache though, you have to register your plate at reception every single visit. || Agent: "
        "Thanks for the kind words about the centre. A plate-recognition upgrade is scheduled for the autumn, which "
        "should end the reception step.",
    ),
    (
        "health", "benign", "call",
        "Caller: Do you deal with blue badge applications or is that the county council? || Agent: Blue badges are "
        "the county, we just handle the disabled bays on our roads. || Caller: Right. I run Vale Cabs and customers "
        "keep asking us, so I wanted to give them the right number. || Agent: I'll read you the county's contact "
        "line, and there's a leaflet you could keep in the office.",
    ),
    (
        "health", "benign", "note",
        "Caller from Boots on the High Street asked about trade waste collection days for the rear yard and whether "
        "cardboard can go separately. Sent commercial price list and the cardboard-only sack option.",
    ),
    (
        "health", "benign", "email",
        "Hi, the Golden Wok on Stanbridge Parade has a hygiene rating of 2 in the window but I read online it was "
        "re-inspected. Is the website rating up to date, and how often do you re-inspect takeaways? Just curious "
        "before we order for the office party. Paul.",
    ),
    (
        "health", "benign", "chat",
        "honestly I'm sick to death of the brown bin being missed on Copse Lane || Agent: I'm sorry about that. Can "
        "I take the house number? || 17. it's every other fortnight now, the crew seem to skip the whole cul-de-sac "
        "|| Agent: I've raised it with the round supervisor and booked a return collection for tomorrow. I've also "
        "flagged the cul-de-sac on the driver's tablet.",
    ),
    (
        "health", "benign", "voicemail",
        "Hi, it's Carol Fenn from the Lowfield Health Centre patient participation group. We'd like to book the "
        "upstairs meeting room at Lowfield library for our quarterly meeting, second Tuesday of June, about twelve "
        "people. My number's 07700 900355. Thanks.",
    ),
    (
        "health", "benign", "dm",
        "your website's having a heart attack again lol, been trying to pay the parking permit since 9am and it "
        "just spins. is there a phone line?",
    ),
    (
        "health", "benign", "form",
        "Noise type: Amplified music. Source: FitZone Studio, unit 4 Brook Trading Estate. Times: 6am spin classes, "
        "weekdays. Description: bass carries across the car park to the flats on Brook Street, windows rattle.",
    ),
    (
        "health", "benign", "email",
        "Hello, I'm the volunteer coordinator at Mind the Vale, the local mental health charity. We'd like to run "
        "an information stall in the foyer of Ashby Vale central library during Mental Health Awareness Week. Is "
        "there a booking form, and can we bring a pop-up banner? Best, Tariq Nolan.",
    ),
    (
        "health", "benign", "call",
        "Caller: I manage Beechwood Care Home and we're refurbishing the east wing. We've got about twelve old "
        "hospital-style beds and some bedside cabinets to get rid of. || Agent: As a business you'd need commercial "
        "bulky collection rather than the household service. || Caller: Fine, can you quote? || Agent: I'll get the "
        "commercial team to send a quote; they'll want photos of the items.",
    ),
    (
        "health", "benign", "sms",
        "Is the pharmacy on Wickham End getting a proper loading bay? delivery vans park across our drive every "
        "morning",
    ),
    # ---- children
    (
        "children", "sensitive", "form",
        "Application type: In-year school transfer. Child's name: Leo Hartwell. Date of birth: 14/02/2019. Current "
        "school: Millbrook Primary, Year 1. Preferred school: Orchard Rise Primary. Reason: family moving to 8 "
        "Sandpiper Close in May.",
    ),
    (
        "children", "sensitive", "chat",
        "hi can you do a library card for my daughter online? || Agent: Yes, we can. Under-16 cards need a parent "
        "or carer to sign up. What's her name and date of birth? || Poppy Lambert, 2nd of October 2017, she's "
        "obsessed with the Worst Witch books at the moment || Agent: Lovely. I've set up a junior card and you can "
        "collect it from any branch; she'll get three free reservations a month.",
    ),
    (
        "children", "sensitive", "note",
        "Cust says her son (11) was sent a secondary offer letter naming Stanbridge Academy when the portal shows "
        "Thornby High. Checked: portal is correct, letter was a print error. Apologised, re-sent offer to cust's "
        "email.",
    ),
    (
        "children", "sensitive", "sms",
        "Hi can I book a birth registration appt? baby boy, born Monday at Ashby General, we're calling him Finley. "
        "any slots at Stanbridge this week?",
    ),
    (
        "children", "sensitive", "call",
        "Caller: My lad's been offered a paper round at Hendy's newsagents. || Agent: How old is he? || Caller: "
        "Fourteen in March, he's 13 now. The shop said he needs a permit from the council. || Agent: That's right, "
        "a child employment permit. The newsagent fills in part A and you fill in part B; he can't start until it's "
        "issued.",
    ),
    (
        "children", "sensitive", "email",
        "Hello, my daughter Zofia is 4 years and she need a place in reception for September. We move to Ashby Vale "
        "in January from Leeds so we miss the normal application. Which school is having place near Fernhill? She "
        "is speaking English well. Thank you, Marta Nowicka, 07700 900486.",
    ),
    (
        "children", "sensitive", "voicemail",
        "Hi, it's Kerry Bowden, my son Jayden is in Year 9 at Stanbridge Academy and his home-to-school bus pass "
        "still hasn't come, he's been paying cash on the 42 for two weeks. Can someone call me back? Thanks.",
    ),
    (
        "children", "sensitive", "dm",
        "do nappies go in the grey bin or is there a separate thing? twins are 5 months and honestly we're drowning "
        "in them lol",
    ),
    (
        "children", "sensitive", "chat",
        "want to report noise from no 7 sycamore ave || Agent: Of course, what kind of noise is it? || drums. the "
        "kid there, he's like 12, plays til gone 11 most school nights. parents don't seem bothered || Agent: "
        "Thanks, I'll log it and send out the diary sheets. An officer may write to the household first as a "
        "friendly approach.",
    ),
    (
        "children", "sensitive", "review",
        "5 stars for Rhyme Time at Fernhill library. My two-year-old, Isla, runs in every Wednesday shouting for "
        "Miss Jo and now sings the bus song all day. || Agent: This made the team's week, thank you! We'll pass it "
        "on to Jo.",
    ),
    (
        "children", "sensitive", "note",
        "Mum (Mrs Calloway) rang re a child performance licence for daughter Ellie, 9, cast as a Lost Boy in the "
        "Regent Theatre panto, 3 Dec to 4 Jan. Sent form, reminded her the chaperone details and school head's "
        "letter are needed 21 days before.",
    ),
    (
        "children", "sensitive", "form",
        "Garden waste subscription renewal. Address: 19 Linnet Drive. Number of bins: 1. Additional notes: please "
        "could the crew put the brown bin back on the left of the drive, not by the gate. My toddler (Archie, 2) "
        "keeps climbing on it when it's by the gate.",
    ),
    (
        "children", "sensitive", "email",
        "Hi, I need a second visitor permit for zone F. Our childminder collects my two, Rosie (6) and Alfie (3), "
        "from Brackenridge Infants and brings them home three afternoons a week and she's had two tickets already. "
        "Can she have a carer-style permit? Thanks, Ben Tolley.",
    ),
    (
        "children", "sensitive", "chat",
        "Question about single person discount || Agent: Sure, go ahead. || It's just me and my son at home. He "
        "turns 18 in June, does that mean the discount stops then? || Agent: Yes, from his 18th birthday he counts "
        "as an adult resident unless he's still in full-time education at school or college, in which case he's "
        "disregarded. Let us know in June and we'll check.",
    ),
    (
        "children", "sensitive", "sms",
        "Hi its Nadia, is there an appeal hearing date yet for Amira? she's supposed to start year 7 in sept and we "
        "still haven't heard anything",
    ),
    (
        "children", "sensitive", "call",
        "Caller: There's £4.80 in fines on my lad's library account and I want to pay it off. || Agent: No problem, "
        "what's the card number? || Caller: It's under Harvey Grint, he's ten. He swears he took the dinosaur book "
        "back. || Agent: We waive fines on junior accounts now anyway, so I've cleared it. The dinosaur book is "
        "showing as returned yesterday too.",
    ),
    (
        "children", "sensitive", "voicemail",
        "Hello, it's Shauna Reilly. We've got a registration appointment on Friday for our daughter, she was born "
        "on the 2nd. We're not married, does her dad have to come with me to go on the certificate? Please call "
        "07700 900621.",
    ),
    (
        "children", "sensitive", "dm",
        "can i book bulky waste for an old cot and a high chair? little one's 3 now and refuses to sit in it so "
        "we're done with them",
    ),
    (
        "children", "sensitive", "note",
        "Caller (Mr Pike) reports the footpath lighting between Orchard Rise and the primary school is out. His "
        "grandson, Year 5 at Orchard Rise Primary, walks it alone at 8.20am. Raised highways defect HW-77812 as "
        "priority.",
    ),
    (
        "children", "sensitive", "form",
        "Household enquiry form, 12 Gorse Lane. Residents: Mark Atkins, Claire Atkins, Ruby Atkins (date of birth "
        "12/09/2008, attainer, will be 18 in September). Changes since last year: none.",
    ),
    (
        "children", "sensitive", "chat",
        "hi we missed the nursery class deadline for Millbrook || Agent: Late applications are still considered "
        "after on-time ones. What's your child's name and date of birth? || Teddy Osei, he turns 3 in April. his "
        "big sister's already at Millbrook if that helps || Agent: It does, sibling priority still applies to late "
        "applications. I'll send you the form now.",
    ),
    (
        "children", "sensitive", "email",
        "Dear School Transport, please could you re-measure the walking distance from 4 Yew Tree Court to Thornby "
        "High? My daughter, Grace Fulton, is in Year 6 at Lowfield Primary and starts at Thornby in September. "
        "Google says 2.9 miles but your letter said 2.6 so she's not eligible. Regards, Stuart Fulton.",
    ),
    (
        "children", "sensitive", "review",
        "The children's librarian at Lowfield was amazing with my son. He's 8 and a real reluctant reader, and she "
        "spent twenty minutes finding him graphic novels about football. Now he asks to go every Saturday. || "
        "Agent: Thank you so much, we'll make sure Priya sees this.",
    ),
    (
        "children", "sensitive", "sms",
        "Hi it's Jade, can Kai's library card be renewed? he's 13 now so does he move onto a teen card or stay on "
        "the kids one",
    ),
    (
        "children", "sensitive", "call",
        "Caller: I've got a PCN from the camera outside Brackenridge Infants. || Agent: That's the school "
        "keep-clear zone, it's enforced during drop-off and pick-up. || Caller: I was literally there 30 seconds "
        "letting my daughter out, she's 5 and I didn't want her crossing that road on her own. || Agent: I "
        "understand; you can make a representation online and the notice processing team will review the footage.",
    ),
    (
        "children", "sensitive", "note",
        "Mr Doyle asked whether his stepdaughter, Kayla, 16, can register to vote now as an attainer so she's on "
        "the register for when she turns 18. Confirmed yes and sent the online link, advised she'll need her NI "
        "number.",
    ),
    (
        "children", "sensitive", "email",
        "Hi, I found mouse droppings behind the chest of drawers in the baby's room, she's only 8 weeks old and I'm "
        "panicking. Flat 3, 22 Moor Street. Can pest control come this week? Thanks, Leanne.",
    ),
    (
        "children", "sensitive", "chat",
        "the bin crew left our side gate open this morning || Agent: Sorry about that, what's the address? || 2 "
        "Heron Way. my two year old got out onto the pavement before i noticed, thank god the road was quiet || "
        "Agent: That's really worrying, I'm sorry. I'll pass this straight to the crew supervisor and add a note to "
        "close the gate at your property.",
    ),
    (
        "children", "sensitive", "voicemail",
        "Hi, this is about an in-year place for Ethan Cole, date of birth 3rd of May 2015, he's currently at "
        "Stanbridge Juniors. We've moved to Wickham End. Please ring his mum, Lorna, on 07700 900734.",
    ),
    (
        "children", "sensitive", "form",
        "Event booking: Summer Reading Challenge launch, Stanbridge library, 20 July. Child attending: Noah Pryce. "
        "Age: 6. Adult accompanying: Dawn Pryce. Photo consent: No.",
    ),
    (
        "children", "sensitive", "dm",
        "hi, my 16yo wants to work in the leisure centre café over summer, does she need a work permit from you or "
        "is that only for under 16s?",
    ),
    (
        "children", "sensitive", "note",
        "Cust (Ms Varga) called about a school place for her daughter who is Year 3 age. Family have been "
        "home-educating and now want a mainstream place from January. Sent in-year form and EHE deregistration "
        "guidance.",
    ),
    (
        "children", "sensitive", "email",
        "We're booking bulky waste for the trampoline and the old climbing frame, the kids have outgrown them, "
        "youngest (Milo) turned 12 last week so nobody bounces anymore. 31 Redwing Road. Thanks, Fiona Marsh.",
    ),
    (
        "children", "sensitive", "chat",
        "can I register my baby's birth at Stanbridge instead of Ashby? || Agent: Where was the baby born? || at "
        "home in Lowfield on Sunday, a girl, 7lb 2oz, midwife came out || Agent: Congratulations! Home births in "
        "the district can be registered at either office, so Stanbridge is fine. I'll show you Thursday's slots.",
    ),
    (
        "children", "sensitive", "call",
        "Caller: We got the primary offers and the twins have been offered different schools. || Agent: Can I have "
        "their names? || Caller: Oscar and Evie Brant, both going into Year 4 in the autumn. One at Millbrook, one "
        "at Orchard Rise, that's two drop-offs. || Agent: I'll add them to the waiting list for whichever school "
        "you prefer and explain the twins policy for in-year places.",
    ),
    (
        "children", "sensitive", "sms",
        "is the kids play area at wickham park closing for the works? my boy (6) is down there every day after "
        "school so need to know",
    ),
    (
        "children", "sensitive", "review",
        "1 star. Register office kept us waiting 40 minutes in a corridor with a newborn, she's 10 days old and "
        "needed feeding. Appointment times mean nothing. || Agent: We're very sorry. There was a system outage that "
        "morning; a parent room is being set up so this doesn't happen again.",
    ),
    (
        "children", "sensitive", "note",
        "Caller (elderly resident, 18 Fairfield Road) reports the 13-year-old boy at no. 20 has been throwing "
        "stones at the bin lorry from his bedroom window on Tuesdays. Logged for waste team; no crew injuries "
        "reported.",
    ),
    (
        "children", "sensitive", "email",
        "Re: council tax student disregard. My son Daniel is 17 and studying full-time at Ashby Vale College, so I "
        "understood he shouldn't count. Can you confirm my bill reflects that? Account CT-40817263. Thanks, Helen "
        "Quigley.",
    ),
    (
        "children", "sensitive", "form",
        "School admissions appeal. Pupil: Freya Nolan. Year group applying for: Year 7, September intake. "
        "Preference refused: Thornby High. Grounds: her older brother attends, and Freya has been in the Thornby "
        "feeder primary since Reception.",
    ),
    (
        "children", "sensitive", "chat",
        "hello my daughter lost her library card || Agent: No problem, we can cancel it and issue a new one. What's "
        "the name on the card? || Lily Marsh, she's in Year 2 at Millbrook. it was on her book bag || Agent: Done. "
        "The new junior card is free and can be picked up at Millbrook library.",
    ),
    (
        "children", "sensitive", "voicemail",
        "Hi, ringing about my parking permit for Harbour Street. I had a baby in March and I'm struggling to find a "
        "space near the house with the car seat and everything, is there any priority for parents? Call me back on "
        "07700 900150. It's Rachel.",
    ),
    (
        "children", "sensitive", "dm",
        "Is the junior library card free? Asking for my nephew Oscar, he's 9 and desperate to borrow Dog Man. I'll "
        "be taking him in on Saturday",
    ),
    (
        "children", "sensitive", "note",
        "Dad (Mr Hussain) asked whether his son, Year 10 at Stanbridge Academy, can do his work experience week "
        "with the planning department in July. Passed to HR schools liaison inbox.",
    ),
    (
        "children", "sensitive", "email",
        "Birth registration details ahead of our 10am slot: Baby's full name Arlo James Penrose. Born 21 March at "
        "04:12, Ashby General Hospital. Mother: Kirsty Penrose. Father: Dean Penrose. We'll bring the red book. "
        "Thanks.",
    ),
    (
        "children", "sensitive", "chat",
        "hiya, is there a parking permit for childminders? || Agent: There's a carer's permit for professional "
        "carers, what's the situation? || our childminder takes my 18 month old out in her car most days and she "
        "can never park back on our road, we're in zone B || Agent: A childminder wouldn't normally qualify, but "
        "you could use visitor permits. You get 60 free a year.",
    ),
    (
        "children", "sensitive", "call",
        "Caller: My son was born at the end of August and starting reception in September feels far too early for "
        "him. || Agent: You can ask for him to start in reception the following year instead of Year 1; it's the "
        "summer-born request. || Caller: He'd be just turned four. What do I need to send? || Agent: A short letter "
        "with your reasons; the head of the school you want is consulted too.",
    ),
    (
        "children", "sensitive", "sms",
        "Hi, Maddie (age 11) left her library card at Fernhill on Saturday, pink lanyard with a unicorn on it. Has "
        "anyone handed it in?",
    ),
    (
        "children", "sensitive", "form",
        "Noise complaint. Source: Neighbour's teenage son at 4 Bramble Court (approx 15 years old). Type: Off-road "
        "motorbike ridden on the green and up and down the service road. Times: after school, roughly 4pm to 8pm.",
    ),
    (
        "children", "sensitive", "review",
        "Can't praise the school admissions helpline enough. They helped my daughter, who's four, get into her big "
        "sister's school after we'd missed the sibling box. || Agent: That's great to hear, we're glad it worked "
        "out for your family.",
    ),
    (
        "children", "benign", "email",
        "Hello, this is the school office at Millbrook Primary. Our recycling bins overflow by Wednesday now that "
        "lunches are packed in more cardboard. Could we add a third blue bin to our commercial contract CW-2291 "
        "from next half term? Invoice to the school, PO number to follow. Thanks, Mrs Dunn, office manager.",
    ),
    (
        "children", "benign", "chat",
        "When does the secondary admissions window open this year? || Agent: Online applications open on 1 "
        "September and the national closing date is 31 October. || And offers come out in March? || Agent: Yes, on "
        "national offer day, 1 March. The composite prospectus with every school's criteria goes live in the first "
        "week of September.",
    ),
    (
        "children", "benign", "sms",
        "What time does Rhyme Time start at Lowfield library on Tuesdays? the website says 10 but the poster says "
        "10.30",
    ),
    (
        "children", "benign", "call",
        "Caller: I own Little Acorns Nursery on Thornby Road and we want to switch our trade waste to you from the "
        "private firm. || Agent: Happy to quote. How many bins a week? || Caller: Two 1100-litre general and one "
        "recycling, plus food waste from the kitchen. || Agent: I'll email a quote today and a direct debit form "
        "for the business account.",
    ),
    (
        "children", "benign", "form",
        "Room booking request. Organisation: 3rd Ashby Vale Scout Group. Venue: Stanbridge library community room. "
        "Date: Saturday 14 June, 9am to 1pm. Purpose: leaders' planning meeting and kit sort. Expected attendance: "
        "10 adults.",
    ),
    (
        "children", "benign", "review",
        "The new toy library shelving at Fernhill looks great and it's much easier to see what's available. Well "
        "done whoever redesigned it. || Agent: Thank you! The Friends of Fernhill Library raised the money for it, "
        "so we'll pass your thanks on.",
    ),
    (
        "children", "benign", "note",
        "Caller from Stanbridge Academy business office asked for a parking suspension on Chapel Street for the "
        "exam board courier vans, 12 to 23 May. Passed to traffic orders with the map reference.",
    ),
    (
        "children", "benign", "dm",
        "Are the play areas at Wickham Park being resurfaced? Saw fences go up yesterday but no notice on them",
    ),
    (
        "children", "benign", "voicemail",
        "Hi, it's Sam from Kids Kingdom soft play on the Brook Trading Estate. We're replacing the ball pit and the "
        "old foam blocks, about two vanloads. Need a commercial bulky quote please, 07700 900262.",
    ),
    (
        "children", "benign", "email",
        "Hello, I saw an advert for school crossing patrol officers on the council jobs page. Is the Kestrel Road "
        "post still open and is the pay per session or per hour? I'm recently retired and looking for something "
        "part-time. Regards, Graham Hobbs.",
    ),
    (
        "children", "benign", "chat",
        "is nursery funding dealt with by the school admissions office? || Agent: The funded hours themselves are "
        "run by the county council; we handle admissions to school nursery classes only. || ok so for a private "
        "nursery it's county? || Agent: Yes, private and voluntary nurseries claim through the county. I'll send "
        "you their early years page.",
    ),
    (
        "children", "benign", "sms",
        "Is Kidz Kutz barbers on Market St allowed to put an A-board in the middle of the pavement? pushchairs and "
        "wheelchairs have to go in the road",
    ),
    (
        "children", "benign", "form",
        "Planning comment. Application: AV/24/0917, single-storey extension to Orchard Rise Primary School. "
        "Commenting as: Orchard Rise Residents' Association. Position: Neutral. Comment: We support the extra "
        "classrooms but ask for a construction traffic plan that keeps lorries off Linnet Drive at 8.30 and 3pm.",
    ),
    (
        "children", "benign", "review",
        "Half term trip to the central library ruined by the website: it said open till 5 on Saturday but we "
        "arrived at 3.30 to a locked door. Please update your opening hours. || Agent: Apologies, the hours were "
        "changed for staff training and the site wasn't updated in time. It's fixed now.",
    ),
    (
        "children", "benign", "call",
        "Caller: I coordinate the Tuesday volunteers at Fernhill library. Is it true the children's section is "
        "moving upstairs? || Agent: There's a proposal in the refurbishment plans, nothing's decided. || Caller: "
        "Only the lift is tiny, the volunteers wondered how the book trolleys will manage. || Agent: That's a good "
        "point, I'll forward it to the project team as consultation feedback.",
    ),
    (
        "children", "benign", "email",
        "Hi, I'm the author of the Captain Cabbage picture books and my publisher is arranging a spring tour. Would "
        "Ashby Vale libraries like a free storytelling session in the Easter holidays? I'd need a space for about "
        "30 and a table for book sales. Warmly, Nell Carraway.",
    ),
    (
        "children", "benign", "note",
        "Caller from Thornby High PTA asked about a road closure on School Lane for the summer fair, Saturday 5 "
        "July. Sent the street event application; reminded them it needs 6 weeks' notice and insurance.",
    ),
    (
        "children", "benign", "dm",
        "Is Baby Bargains on the high street allowed to use the loading bay all day? Their vans have been in it "
        "since 7am",
    ),
    (
        "children", "benign", "chat",
        "Can you tell me the school term dates for next year? || Agent: Certainly, they're published on the website "
        "under Schools. Autumn term starts on Wednesday 3 September. || Are INSET days the same everywhere? || "
        "Agent: No, schools set their own INSET days, so it's best to check each school's website. I'll paste the "
        "link to the term dates page.",
    ),
    (
        "children", "benign", "voicemail",
        "Hi, it's the site manager at Orchard Rise Primary. The food waste caddy in our kitchen yard wasn't emptied "
        "this week, the lorry came but skipped us. Account CW-1186, thanks.",
    ),
    (
        "children", "benign", "email",
        "Good morning, could you send us the school admissions guide in large print and a couple of standard copies "
        "for the leaflet rack at Citizens Advice Ashby Vale? We get asked about it every autumn. Thanks, Joyce "
        "Akers, office volunteer.",
    ),
    (
        "children", "benign", "form",
        "Pest type: Wasps. Location: Brackenridge Infants School, nest in the fence post by the playground gate. "
        "Reporter: Site manager, Keith Lowe. Access: Through the main school reception, sign in required.",
    ),
    (
        "children", "benign", "sms",
        "Pothole on Dunmore St outside the nursery still not fixed after 3 weeks, ref PH-5512. It's getting deeper "
        "every day",
    ),
    (
        "children", "benign", "review",
        "Have to say the council handled the road closure for the school run diversion with kid gloves, signage was "
        "clear and marshals were helpful. Top marks. || Agent: Thanks for taking the time, we'll share this with "
        "the highways team.",
    ),
    (
        "children", "benign", "call",
        "Caller: I'm from the Kestrel Road Residents' Association. We heard the school crossing patrol post is "
        "being cut. || Agent: There's a review of all crossing patrol sites, but no decision on Kestrel Road. || "
        "Caller: Can we feed into that? || Agent: Yes, there's a consultation page; I'll email you the link and the "
        "deadline.",
    ),
    (
        "children", "benign", "note",
        "Rep from Sunbeam Childcare Ltd asked about business parking permits for four staff vehicles at their "
        "Wickham End premises. Explained business permit rules and sent the application.",
    ),
    (
        "children", "benign", "chat",
        "can I donate old picture books to the library? || Agent: We only accept donations in very good condition, "
        "and mostly sell them in the Friends' book sale. || they're basically new, a whole box || Agent: Then drop "
        "them at any branch counter with a note saying they're a donation and we'll sort them.",
    ),
    (
        "children", "benign", "email",
        "Hello, I'm compiling a family-friendly venues guide for the Vale Gazette. Does the new civic centre have "
        "baby changing facilities in both the men's and women's toilets, and is there a quiet room? Happy to credit "
        "the council. Ta, Owen Birch.",
    ),
    (
        "children", "benign", "dm",
        "Who do I contact about the Kids Eat Free posters cable-tied to every lamp post on Station Road? pretty "
        "sure that's fly-posting",
    ),
    (
        "children", "benign", "form",
        "Electoral register question. Topic: Young voters. Question: Do 16 and 17 year olds have to be added to the "
        "register, or is it optional until they're 18? Asking for the Lowfield Youth Forum information sheet. "
        "Organisation: Lowfield Youth Forum.",
    ),
    (
        "children", "benign", "sms",
        "is the tots tumble class in stanbridge community hall still on? sign on the door says cancelled but "
        "website says it's running",
    ),
    (
        "children", "benign", "review",
        "Great new library building, the children's area is bright and welcoming. Only gripe was the lift being out "
        "of order on opening day. || Agent: Thank you! The lift had a fault on day one but has been repaired.",
    ),
    (
        "children", "benign", "call",
        "Caller: I'm an estate agent with Hollins Moves. Buyers keep asking us about the catchment for Thornby "
        "High. || Agent: Thornby doesn't use a fixed catchment, it's distance after siblings. || Caller: So I can't "
        "promise a house is 'in catchment'? || Agent: No, and please don't advertise it that way. Last year's "
        "furthest-offer distances are on our website.",
    ),
    (
        "children", "benign", "note",
        "Headteacher of Millbrook Primary called about the school's garden waste subscription renewal (two bins) "
        "and asked for the invoice in the school's name, not the caretaker's.",
    ),
    (
        "children", "benign", "email",
        "Hi, we supply printer toner to the council and I think our last invoice went to Children's Services by "
        "mistake instead of Facilities. Could you redirect it? Invoice INV-55902. Thanks, Accounts, Redline Office "
        "Supplies.",
    ),
    (
        "children", "benign", "chat",
        "there's a planning notice on the old youth club building on Lowfield Road || Agent: Let me look that up. "
        "That's application AV/25/0144, change of use to offices. || can I still comment? || Agent: Yes, the "
        "comment period runs until the 28th. You can comment online or by letter.",
    ),
    (
        "children", "benign", "voicemail",
        "Hello, this is Toddle Tots nursery on Brook Street. The bin lorry parks across our gate at drop-off time "
        "every Tuesday and parents can't get in. Can the round be changed to after half nine? Thanks.",
    ),
    (
        "children", "benign", "dm",
        "why are there no bins near the new skate park? crisp packets and cans all over the grass by Sunday night",
    ),
    (
        "children", "benign", "form",
        "Bulky waste booking. Items: 1 x vintage school desk with lift-up lid (bought at auction, woodworm), 2 x "
        "wooden chairs. Location of items: front drive. Address: 6 Tanner's Row.",
    ),
    (
        "children", "benign", "sms",
        "is the little readers scheme at fernhill looking for volunteers? I've got Thursday mornings free and love "
        "the library",
    ),
    (
        "children", "benign", "review",
        "5 stars to the bin crew on Millbrook Road who waited patiently for the lollipop lady to finish the "
        "crossing before reversing. Safe and polite. || Agent: Lovely to hear, we'll pass this on to the crew.",
    ),
    (
        "children", "benign", "call",
        "Caller: Do you actually enforce the zigzags outside St Anne's Primary at pick-up? || Agent: Yes, the "
        "camera car covers it on a rota. || Caller: It's chaos every afternoon, people park right on them. || "
        "Agent: I'll request extra visits at 3pm for the next few weeks and log your report.",
    ),
    (
        "children", "benign", "email",
        "Hello, we're Vale Youth Theatre, a registered charity. We're planning a summer production and want to know "
        "your usual lead time for child performance licence applications, and whether you accept them by email. "
        "Thanks, Frances Daly, production manager.",
    ),
    (
        "children", "benign", "note",
        "Caller from the Vale Gazette asked for this year's primary and secondary admissions figures (offers by "
        "preference) for an article. Directed to the published statistics page and the press office.",
    ),
    (
        "children", "benign", "chat",
        "does the recycling centre take car seats? || Agent: They can't go in general recycling, but the Stanbridge "
        "site has a separate cage for them. || do they need to be stripped first? || Agent: No, just remove any "
        "loose bits. The site staff will direct you.",
    ),
    (
        "children", "benign", "dm",
        "Ashby Vale Juniors FC here. Can we get a parking permit for the club minibus at the recreation ground on "
        "match days?",
    ),
    (
        "children", "benign", "form",
        "Planning application. Applicant: Honeypot Day Nurseries Ltd. Site: 2 Cedar Parade. Proposal: change of use "
        "from retail (Class E(a)) to day nursery (Class E(f)) with rear outdoor play space. Agent: Corbell "
        "Planning.",
    ),
    (
        "children", "benign", "voicemail",
        "Hi, this is reception at Thornby High returning a call from the school admissions office about our "
        "admissions data return. The business manager is in after two. Thanks.",
    ),
    (
        "children", "benign", "email",
        "I'm writing a piece for the Fernhill community newsletter about the reusable nappy pilot. Is the scheme "
        "still funded this year, and how many households signed up last year? Thanks, Bea Holloway, newsletter "
        "editor.",
    ),
    (
        "children", "benign", "sms",
        "what day is the teen book club at stanbridge library? putting it on the community noticeboard at the "
        "church hall",
    ),
    # ---- financial hardship
    (
        "financial_hardship", "sensitive", "email",
        "Dear Council Tax, I've received a summons for the hearing on 12 May for £864 of arrears. I was made "
        "redundant from Brennan Logistics in November and the new job I found is zero hours, some weeks I get "
        "nothing. I'm not refusing to pay, I just can't find £864. Can we agree something smaller before it goes to "
        "court? Liam Hurst, CT-40551928.",
    ),
    (
        "financial_hardship", "sensitive", "chat",
        "hi can i get help with council tax if i'm on universal credit || Agent: Yes, you can apply for council tax "
        "reduction. Is anyone else in the household working? || no just me. I was signed off from the warehouse and "
        "then they let me go. UC is all I've got coming in || Agent: I'm sorry. I'll send the CTR link now; it can "
        "be backdated, so apply today and mention the date your job ended.",
    ),
    (
        "financial_hardship", "sensitive", "call",
        "Caller: I've had a letter from Marston enforcement saying they'll visit to take goods for the council tax. "
        "|| Agent: That means the account has passed to enforcement agents. Can I take your account number? || "
        "Caller: CT-40297710. I've been behind since my partner left, I've got £40 a week after rent. Please, I've "
        "got nothing they can take anyway. || Agent: I'll ask for the case to be put on hold and book you a call "
        "with the vulnerability team.",
    ),
    (
        "financial_hardship", "sensitive", "sms",
        "can't afford the garden waste renewal this year, lost my job at the bakery in jan so just cancel it "
        "please, 44 finch lane",
    ),
    (
        "financial_hardship", "sensitive", "note",
        "Cust (Ms Latham) is three instalments behind. Says partner moved out in February and she's been relying on "
        "the Trussell food bank at St Mark's since. Referred to CTR and the discretionary hardship fund; "
        "instalments paused for 30 days.",
    ),
    (
        "financial_hardship", "sensitive", "voicemail",
        "Hi, it's about PCN AV40811193. I know I parked wrong, but I genuinely can't pay £70, I'm on jobseeker's "
        "and that's nearly a week's money. Is there any way to pay it in bits? My number's 07700 900507. Thanks.",
    ),
    (
        "financial_hardship", "sensitive", "form",
        "Discretionary hardship fund application. Name: Connor Blaine. Household income: Universal Credit £612 per "
        "month. Rent: £575 per month. Council tax arrears: £312. Priority debts: energy arrears, catalogue. Reason "
        "for hardship: Hours at the call centre cut to zero in March; now behind on everything.",
    ),
    (
        "financial_hardship", "sensitive", "dm",
        "just got a liability order for my council tax. hours have been cut to nothing since christmas and i'm "
        "juggling payday loans. who do i even talk to",
    ),
    (
        "financial_hardship", "sensitive", "review",
        "I dreaded ringing the council tax team after I was declared bankrupt, but the lady I spoke to was kind, "
        "explained what happens to the arrears and never once made me feel small. || Agent: Thank you for sharing "
        "this. We'll make sure the team member sees your comment.",
    ),
    (
        "financial_hardship", "sensitive", "email",
        "Hello, I lost my work in the factory in February. Now I cannot pay the council tax, and the landlord also "
        "want me to leave the flat because I am behind with the rent two months. I have a letter from him. What I "
        "can do? Please help. Andrei Popa, Flat 6, 19 Canal Street.",
    ),
    (
        "financial_hardship", "sensitive", "chat",
        "I need to close my council tax account at 27 Weaver Street || Agent: Are you moving? What's the new "
        "address? || Not sure yet. I've been served a section 21, the bailiffs come on the 30th, I'll probably be "
        "sofa-surfing at my cousin's || Agent: I'm sorry you're going through that. I'll close the account on the "
        "30th and send you the housing options team's number, please ring them before then.",
    ),
    (
        "financial_hardship", "sensitive", "call",
        "Caller: I've entered an IVA and the insolvency practitioner said to tell you. || Agent: Thanks. Council "
        "tax arrears from before the IVA are usually included, but ongoing bills still need paying. || Caller: "
        "Right. The current year I can do, just about. || Agent: I'll note the IVA on the account and stop recovery "
        "action on the older arrears.",
    ),
    (
        "financial_hardship", "sensitive", "note",
        "Resident Mr Fairbrother (82) has been living on state pension only since his savings ran out last year; he "
        "asked to pay £2.50 a week off £38 library fines. Waived fines under discretion, advised re pension credit.",
    ),
    (
        "financial_hardship", "sensitive", "sms",
        "pls stop the bailiffs coming to the house, i'll pay something when my UC comes in on the 14th. its all "
        "gone on rent and electric this month",
    ),
    (
        "financial_hardship", "sensitive", "voicemail",
        "Hello, it's Gareth Moss. I got the council tax summons. My business went under in the autumn, I'm waiting "
        "on the liquidator and I've got literally no income. Can someone call me before the court date? 07700 "
        "900618.",
    ),
    (
        "financial_hardship", "sensitive", "form",
        "Council tax reduction application. Applicant: Precious Mbeki. Employment status: Unemployed since 04/2025. "
        "Benefits received: Universal Credit only. Savings: £0. Other information: Currently using the Lowfield "
        "food bank weekly.",
    ),
    (
        "financial_hardship", "sensitive", "dm",
        "do I need to renew my resident parking permit if the car's being repossessed next week anyway? finance "
        "company are taking it, can't keep up the payments",
    ),
    (
        "financial_hardship", "sensitive", "chat",
        "is there any way to waive the bulky waste fee? || Agent: There's a reduced rate for residents on certain "
        "benefits. Are you receiving any? || applied for UC but it hasn't started. I've been living off my credit "
        "card since I got let go and it's nearly maxed || Agent: Once your UC claim is confirmed you'll qualify. I "
        "can hold the booking for two weeks until you have the award letter.",
    ),
    (
        "financial_hardship", "sensitive", "email",
        "Dear Sir or Madam, StepChange has set up a debt management plan for me and I'm now paying my creditors "
        "through them. They've offered you £15 a month towards my council tax arrears of £1,120. Please confirm "
        "you'll accept and stop the enforcement. Yours faithfully, Sandra Quill, CT-40663014.",
    ),
    (
        "financial_hardship", "sensitive", "review",
        "Massive thanks to Fernhill library for quietly waiving my reservation fees. We've been on the food bank "
        "since January and every penny matters. The librarian didn't make a big deal of it. || Agent: We're glad we "
        "could help. Please do ask at the desk about our free printing too.",
    ),
    (
        "financial_hardship", "benign", "email",
        "Hi, could I move my council tax direct debit from the 1st of the month to the 15th? My salary date changed "
        "at work and the 15th lines up better. Account CT-40712288. Thanks, Rhys Gallagher.",
    ),
    (
        "financial_hardship", "benign", "chat",
        "my garden waste payment keeps failing || Agent: Sorry about that. Is it a card payment online? || yeah, "
        "says declined || Agent: That often happens when the card on the account has expired. I can see the stored "
        "card ended in March, so you'll need to add the new one under My Account, Payments.",
    ),
    (
        "financial_hardship", "benign", "sms",
        "I've paid twice for the garden waste this year, £52 on the 3rd and £52 on the 4th. Can I have one refunded "
        "please? 12 Alder Close",
    ),
    (
        "financial_hardship", "benign", "call",
        "Caller: Can I pay my council tax over twelve months instead of ten? || Agent: Yes, you just need to ask "
        "before the start of the year or we can recalculate now. || Caller: Now please, it's easier to budget "
        "monthly. || Agent: Done, the new schedule will be posted out and your next payment drops slightly.",
    ),
    (
        "financial_hardship", "benign", "note",
        "Caller asked for a copy of this year's council tax bill for a mortgage application. Emailed PDF to the "
        "address on file after security questions.",
    ),
    (
        "financial_hardship", "benign", "form",
        "Direct debit mandate. Service: Council tax. Account holder: Yvonne Prescott. Account reference: "
        "CT-40991275. Preferred collection date: 20th. Instalments: 12.",
    ),
    (
        "financial_hardship", "benign", "review",
        "3 stars. Parking app works fine but the 20p convenience fee on every session is a bit cheeky when the "
        "machine is free of charge. || Agent: Thanks for the feedback. The fee is charged by the app provider; "
        "paying at the machine remains fee-free.",
    ),
    (
        "financial_hardship", "benign", "dm",
        "Is council tax going up this April? By how much for band C? Trying to update our household spreadsheet",
    ),
    (
        "financial_hardship", "benign", "voicemail",
        "Hello, it's Dorothy from Lowfield Credit Union. We'd like to run an information stall in the civic centre "
        "foyer on Friday mornings, giving out savings leaflets. Who do I speak to about booking? 07700 900441.",
    ),
    (
        "financial_hardship", "benign", "chat",
        "what's the difference between a council tax discount and a reduction? your website uses both || Agent: "
        "Good question. Discounts depend on who lives there, like the single person discount. Reduction is a "
        "means-tested scheme based on income. || ah ok, that's clearer than the page || Agent: I'll pass that on to "
        "the web team so they can add a line explaining it.",
    ),
    (
        "financial_hardship", "benign", "email",
        "Dear Council Tax, we're the letting agent for Flat 2, 5 Elm Court. The current tenant vacates on 31 May "
        "and a new tenant moves in on 1 June; the flat will be empty in between. Tenancy agreements attached. "
        "Regards, Priory Lettings.",
    ),
    (
        "financial_hardship", "benign", "sms",
        "why is my bill £12 more a month than last year? band hasn't changed. CT-40318820",
    ),
    (
        "financial_hardship", "benign", "call",
        "Caller: I moved out of 9 Birch Road in March but I'd paid the whole year in advance. || Agent: Let me "
        "look. Yes, you're in credit by £486. || Caller: Can that go back to my bank? || Agent: Yes, I'll issue the "
        "refund to the card you paid with; allow five working days.",
    ),
    (
        "financial_hardship", "benign", "note",
        "Business owner (Crumbs Bakery) queried small business rate relief eligibility after opening a second shop. "
        "Explained the rules on multiple properties and sent the form.",
    ),
    (
        "financial_hardship", "benign", "form",
        "Penalty charge payment. PCN number: AV40766310. Vehicle registration: KX19 BNM. Amount: £35 (discounted "
        "rate, paid within 14 days). Payment method: Debit card.",
    ),
    (
        "financial_hardship", "benign", "review",
        "The Money Matters exhibition at the central library about the history of the old Ashby Vale Savings Bank "
        "was fascinating. Lovely old ledgers. || Agent: Thanks! It runs until the end of the month and there's a "
        "talk on the 18th.",
    ),
    (
        "financial_hardship", "benign", "dm",
        "your payment page keeps timing out at the 3D secure step, tried 3 times to pay the parking permit. is it "
        "just me?",
    ),
    (
        "financial_hardship", "benign", "chat",
        "I've just bought 14 Wren Close, how do I get the council tax into my name? || Agent: Congratulations! I "
        "can set it up now. What was your completion date? || 2nd of June || Agent: Thanks, the account starts from "
        "the 2nd. You'll get a bill within ten days and can set up a direct debit online.",
    ),
    (
        "financial_hardship", "benign", "email",
        "Hello, I've filled in the single person discount review form, it's still only me living here. Do I post it "
        "back to the civic centre or can I upload it? Reference SPD-22819. Thanks, Norma Keble.",
    ),
    (
        "financial_hardship", "benign", "voicemail",
        "Hi, it's Paolo from the Brook Street café. Our trade waste invoice has been sent to the old owner's "
        "address. Can you update it to the shop and resend? Account CW-4410. Cheers.",
    ),
    # ---- legal
    (
        "legal", "sensitive", "email",
        "Hello, my wife and I are going through divorce proceedings and the decree nisi came through last week. She "
        "moved out in January. Please take her name off the council tax for 40 Larch Avenue and give me the single "
        "person discount from 15 January. My solicitor can confirm the date if you need it. Regards, Peter Vance.",
    ),
    (
        "legal", "sensitive", "chat",
        "hi, I want to check the status of the planning application next door, AV/24/1102 || Agent: It's with the "
        "case officer, decision due on the 19th. || thanks. my solicitor says I shouldn't contact the neighbours "
        "directly because we're due in county court next month over the boundary fence, so can all updates come to "
        "me by email? || Agent: Of course, I've added your email as the contact for updates on that application.",
    ),
    (
        "legal", "sensitive", "call",
        "Caller: Can I still vote if I've got a criminal record? || Agent: Yes. Only people currently serving a "
        "prison sentence can't vote. || Caller: I did eighteen months for handling stolen goods, got out in 2021. I "
        "wasn't sure if I'd been taken off the register for good. || Agent: You haven't; I'll check your address "
        "and send a registration form if you're not on it.",
    ),
    (
        "legal", "sensitive", "note",
        "Cust (Mrs Reddy) states her husband was arrested last Tuesday and is remanded in custody pending trial. "
        "She wants the resident parking permit transferred from his car to hers. Transferred; V5C for her vehicle "
        "checked.",
    ),
    (
        "legal", "sensitive", "sms",
        "got the crime ref from the police for the stolen bin like you asked, its 41/77821/24. can i get a free "
        "replacement now? 18 cobb lane",
    ),
    (
        "legal", "sensitive", "voicemail",
        "Hello, this is Terry Naylor. I've issued a small claims case against the council in the county court for "
        "the damage to my car from the pothole on Thornby Road, and the papers have been served. I'd like to know "
        "who's dealing with it on your side. 07700 900372.",
    ),
    (
        "legal", "sensitive", "form",
        "Noise complaint. Source: 23 Quarry Road. Type: Amplified music and parties. Previous action taken: I "
        "prosecuted him privately under section 82 of the Environmental Protection Act last year and the "
        "magistrates' court convicted him and fined him £400. It has started again.",
    ),
    (
        "legal", "sensitive", "dm",
        "hi, can bulky waste come after 7pm? i'm on an electronic tag with a curfew till 7am so i can't be outside "
        "the house to meet the crew in the evening",
    ),
    (
        "legal", "sensitive", "chat",
        "do I need to change my council tax details? || Agent: What's changed? || I'm on bail and the condition "
        "says I have to live at my mum's at 3 Ferry Row till the trial, so my flat on Kiln Street is empty || "
        "Agent: If the flat is unoccupied you may still be liable there. I'll send the form for unoccupied "
        "properties and note the change of address.",
    ),
    (
        "legal", "sensitive", "email",
        "Dear Council Tax, my family law solicitor has asked for a full payment history on the account for 8 Beacon "
        "Close from 2019 onwards, for the financial disclosure in my divorce. Could you send a statement? I'm a "
        "joint account holder. Thank you, Amanda Reece.",
    ),
    (
        "legal", "sensitive", "review",
        "The parking team ignored three emails about my appeal, so I took it to the traffic penalty tribunal. The "
        "adjudicator found the signs were unlawful and cancelled the PCN. Waste of everyone's time. || Agent: We're "
        "sorry you had to escalate. We've reviewed the Market Lane signs since the tribunal decision.",
    ),
    (
        "legal", "sensitive", "note",
        "Resident disclosed she is a prosecution witness in a Crown Court trial listed for September and is worried "
        "about her address being public. Advised she can opt out of the open register; switched her to the full "
        "register only.",
    ),
    (
        "legal", "sensitive", "call",
        "Caller: My son's in HMP Thornmoor. Can he stay on the electoral register at our address? || Agent: How old "
        "is your son? || Caller: Twenty-six. He's serving two years. || Agent: Sentenced prisoners can't be "
        "registered at their home address while they're inside, so he'll be removed, but he can re-register when "
        "he's released.",
    ),
    (
        "legal", "sensitive", "sms",
        "my landlord's taking me to court over the HMO licence thing, my solicitor needs a copy of your inspection "
        "report from march for 14 tanner st asap",
    ),
    (
        "legal", "sensitive", "voicemail",
        "Hi, it's Bernadette Cole at 61 Gorse Lane. The police arrested my lodger at the house last night, and he's "
        "since been charged. He's on the council tax as a resident. What do I need to do to take him off? Thanks.",
    ),
    (
        "legal", "benign", "email",
        "Hello, we're Hollis & Marsh LLP, solicitors, at 4 Chapel Street. We're moving to weekly collection for our "
        "confidential waste shredding sacks. Can you add one sack collection a week to our commercial account, "
        "CW-3019? Kind regards, Office Manager.",
    ),
    (
        "legal", "benign", "chat",
        "what's the process for appealing a parking ticket generally? || Agent: First you make an informal "
        "challenge online within 14 days. If it's rejected you get a notice to owner and can make a formal "
        "representation. || and after that? || Agent: If that's rejected too you can appeal to the independent "
        "adjudicator. The website has a flowchart of every stage.",
    ),
    (
        "legal", "benign", "sms",
        "tennis court 2 at wickham park has a broken net post, whole thing sagging. can someone fix before the "
        "weekend bookings",
    ),
    (
        "legal", "benign", "note",
        "Conveyancer (Brightwater Conveyancing) requested a local land charges search for 12 Beech Close. Fee paid "
        "by BACS, search due within 10 working days.",
    ),
    (
        "legal", "benign", "form",
        "Planning application. Site address: Land east of Marl Pit Lane. Applicant: Greyfield Homes Ltd. "
        "Certificate of ownership: Certificate B, notice served on the freeholder. Proposal: 14 dwellings with "
        "access road.",
    ),
    (
        "legal", "benign", "review",
        "The true crime shelf at Stanbridge library is superb, and the staff picks are always spot on. Five stars. "
        "|| Agent: Thanks! The staff picks change monthly, so keep an eye out.",
    ),
    (
        "legal", "benign", "call",
        "Caller: I'm organising the Ashby Vale in Bloom competition and need a judge for the front garden category. "
        "Does the council still nominate one? || Agent: Parks usually put forward one of the horticultural "
        "officers. || Caller: Brilliant, who do I write to? || Agent: I'll give you the parks manager's email "
        "address.",
    ),
    (
        "legal", "benign", "voicemail",
        "Hello, this is the building manager at Vale Magistrates' Court. The staff car park barrier lost its permit "
        "list after a power cut and we need the council's parking team to resend the data. Please call back on "
        "07700 900529.",
    ),
    (
        "legal", "benign", "dm",
        "case ref 88213 still says open but the missed garden bin was collected on Monday, you can close it",
    ),
    (
        "legal", "benign", "chat",
        "is there a legal deadline for objecting to a planning application? || Agent: Comments should be made "
        "within 21 days of the neighbour letters or site notice. || and after that they're ignored? || Agent: Late "
        "comments are still considered if the decision hasn't been made, but it's best to get them in by the date "
        "on the notice.",
    ),
    (
        "legal", "benign", "email",
        "Hi team, in the 'Moving home' section of the bins page, the sentence 'collections will be collected on the "
        "next collection day' makes no sense. Just thought someone should know. Cheers, Jo Allard.",
    ),
    (
        "legal", "benign", "form",
        "Freedom of information request. Subject: Penalty charge notices. Information requested: The number of PCNs "
        "issued in Ashby Vale in each of the last three financial years, broken down by car park and on-street, and "
        "how many were cancelled on appeal.",
    ),
    (
        "legal", "benign", "note",
        "Caller from the front office at Thornby police station asked whether the council can empty the litter bin "
        "outside their entrance more often. Logged with street cleansing.",
    ),
    (
        "legal", "benign", "review",
        "Court Street car park barrier has been stuck up for a week so nobody's paying and it's rammed by 8am. Fix "
        "it please. || Agent: Thanks for flagging it. An engineer is booked for Thursday.",
    ),
    (
        "legal", "benign", "sms",
        "Hi, the legal notice for the Marl Pit Lane planning application is printed in tiny font in the Gazette. Is "
        "the full notice on your website somewhere?",
    ),
    # ---- bereavement
    (
        "bereavement", "sensitive", "chat",
        "I need to book an appointment to register a death || Agent: I'm sorry for your loss. Was the death in "
        "Ashby Vale district? || yes, my dad, at the hospice on Wednesday night. the doctor's sent the certificate "
        "through electronically || Agent: Thank you. The earliest appointment is Monday at 11.15 at Ashby; please "
        "bring his birth certificate and any NHS number if you have it.",
    ),
    (
        "bereavement", "sensitive", "email",
        "Dear Council Tax, my mum, Patricia Lowe of 7 Sedge Close, passed away on 3 March. I'm the executor. Please "
        "could you close her account from that date and send any final bill to me at the address below. Thank you, "
        "Jennifer Haddon.",
    ),
    (
        "bereavement", "sensitive", "sms",
        "hi it's about my dad's library card, Arthur Pym. he died last month so can you close it. think he still "
        "has 2 books out, we'll drop them in",
    ),
    (
        "bereavement", "sensitive", "call",
        "Caller: I think I need to apply for the single person discount. || Agent: Has someone moved out? || "
        "Caller: My wife died in January. Forty-one years. I keep getting post addressed to both of us. || Agent: "
        "I'm so sorry. I'll apply the discount from the date she passed and change the account to your name only.",
    ),
    (
        "bereavement", "sensitive", "note",
        "Cust's husband, Mr Gordon Tate, passed away 14 May. Cust asked us to cancel his garden waste subscription "
        "and resident permit. Both cancelled, pro rata refund of £31.20 to joint account. Tell Us Once ref provided "
        "by cust.",
    ),
    (
        "bereavement", "sensitive", "voicemail",
        "Hello, it's Maureen Ibbotson. My husband Frank died a fortnight ago and there's still a parking permit in "
        "his name for the blue Fiesta. I'm selling the car, so can you cancel it? Number's 07700 900233. Thank you.",
    ),
    (
        "bereavement", "sensitive", "form",
        "Electoral register change. Name of person: Edna Spalding. Address: 2 Poplar Walk. Type of change: Remove "
        "from register. Reason: Deceased, 27 February. Submitted by: granddaughter, Chloe Spalding.",
    ),
    (
        "bereavement", "sensitive", "dm",
        "my brother passed suddenly last week and I'm trying to sort his flat. how do I stop the council tax in his "
        "name? it's flat 4, 30 mercer street",
    ),
    (
        "bereavement", "sensitive", "email",
        "Hello, I'm sorry to bother you. Our son was stillborn on Friday and the hospital told us we need to "
        "register it with you. I don't know how to book or what we need to bring. Can someone ring me instead of "
        "email? 07700 900684. Thank you, Abi Harlow.",
    ),
    (
        "bereavement", "sensitive", "chat",
        "I want to cancel a bulky waste collection || Agent: Sure, what's the reference? || BW-21132. It was for "
        "Nan's old sofa but she died on Sunday so we're clearing the whole bungalow, it'll be a lot more than 3 "
        "items now || Agent: I'm sorry to hear about your nan. I've cancelled it and I'll send you a house "
        "clearance quote instead.",
    ),
    (
        "bereavement", "sensitive", "review",
        "The registrar at Stanbridge made the worst week of my life a little easier when I registered my partner's "
        "death. Patient, gentle, explained everything twice. || Agent: Thank you for letting us know, and please "
        "accept our condolences.",
    ),
    (
        "bereavement", "sensitive", "note",
        "Caller was ringing to change direct debit on her sister's council tax account; disclosed sister died last "
        "Thursday in Ashby General. Explained we need a death certificate or Tell Us Once reference; account "
        "frozen, no further collections.",
    ),
    (
        "bereavement", "sensitive", "call",
        "Caller: I'm ringing for my father's noise complaint about the flat above. || Agent: Is your father able to "
        "come to the phone? || Caller: No, he passed away at the weekend. I just want it closed so the officers "
        "don't keep writing to him. || Agent: I'm very sorry. I'll close the case and mark the address so no "
        "further letters are sent.",
    ),
    (
        "bereavement", "sensitive", "sms",
        "pls cancel the 2nd brown bin at 5 heath view, it was my husbands thing, the garden. he died in april and i "
        "cant face the garden anymore",
    ),
    (
        "bereavement", "sensitive", "voicemail",
        "Hi, it's Darren. My mum's funeral is on the 20th and the funeral director said the register office still "
        "needs to see me before they can proceed. I've missed two of your calls, sorry. Please ring back on 07700 "
        "900845.",
    ),
    (
        "bereavement", "benign", "email",
        "Hello, this is Harcourt & Sons Funeral Directors on Victoria Road. We'd like to add a second 1100-litre "
        "recycling bin to our commercial waste account, CW-1043, mainly for cardboard from deliveries. Regards, "
        "Alan Harcourt.",
    ),
    (
        "bereavement", "benign", "chat",
        "what are the opening hours for Stanbridge cemetery? || Agent: The gates are open 8am to 6pm from April to "
        "September and 8am to 4pm in winter. || great, the local history society is doing a heritage walk there in "
        "May || Agent: Lovely. If you're bringing a large group, please let the bereavement services office know in "
        "advance.",
    ),
    (
        "bereavement", "benign", "sms",
        "the dead end sign at the bottom of Mill Lane has been knocked flat, cars keep driving down then reversing "
        "out",
    ),
    (
        "bereavement", "benign", "call",
        "Caller: Sorry, my phone died halfway through the last call. I was booking a bulky collection for a fridge. "
        "|| Agent: No problem, let's pick it up. What's the address? || Caller: 33 Saxon Way. || Agent: Right, "
        "Tuesday the 10th is the first slot for fridges.",
    ),
    (
        "bereavement", "benign", "note",
        "Caller asked what the deadline is for garden waste renewals to keep the same bin sticker number. Advised "
        "31 March; after that a new sticker is issued.",
    ),
    (
        "bereavement", "benign", "form",
        "Garden waste question. Address: 15 Chalk Hill. Question: After the drought the whole lawn is dead and "
        "we're re-turfing. Can old turf and soil go in the brown bin or does it need to go to the tip?",
    ),
    (
        "bereavement", "benign", "review",
        "The pest control officer found a dead rat under the decking and dealt with everything in 20 minutes. "
        "Professional and friendly. || Agent: Thanks for the kind review, we'll pass it on to Martin.",
    ),
    (
        "bereavement", "benign", "dm",
        "is Church Road going to be closed for the Remembrance Sunday parade again? need to plan getting to work at "
        "the hospital",
    ),
    (
        "bereavement", "benign", "email",
        "Good afternoon, we're producing a 'Life Events' information leaflet for the Lowfield community centre. "
        "Could you confirm which documents the register office asks for when someone registers a death, so our "
        "leaflet is accurate? Thanks, Rita Okoro, centre manager.",
    ),
    (
        "bereavement", "benign", "chat",
        "the self-service kiosk at the central library is dead || Agent: Sorry about that, is the screen blank? || "
        "totally black, and the one by the door too || Agent: I'll log a fault with IT. In the meantime staff at "
        "the counter can issue and return books.",
    ),
    (
        "bereavement", "benign", "voicemail",
        "Hi, it's Keith from Vale Monumental Masons. We're doing some work at Lowfield cemetery next week and need "
        "to bring a van inside the gates. Who gives permission for vehicle access? 07700 900196.",
    ),
    (
        "bereavement", "benign", "sms",
        "grave concerns about the state of the bottle bank on Orchard Rise, broken glass all over the pavement",
    ),
    (
        "bereavement", "benign", "note",
        "Caller asked whether leaves and dead hedge cuttings can go in the garden waste bin if they're bagged. "
        "Advised no bags, loose only.",
    ),
    (
        "bereavement", "benign", "review",
        "Lovely new wildflower meadow by the old cemetery wall. Bees everywhere. Well done parks team. || Agent: "
        "Thank you! The meadow was planted by volunteers with the parks team in spring.",
    ),
    (
        "bereavement", "benign", "call",
        "Caller: I'm a family history researcher. Can I get copies of old burial records for the Victorian section "
        "of Stanbridge cemetery? || Agent: The burial registers before 1950 are at the county archives. || Caller: "
        "So not with you at all? || Agent: Only the modern records; I'll give you the archive's reference for the "
        "older registers.",
    ),
    # ---- violence and self-harm
    (
        "violence_self_harm", "sensitive", "chat",
        "hi i need to update my electoral registration || Agent: Sure, what needs changing? || I need to come off "
        "the open register and ideally anonymous if that's possible. my ex has been turning up outside my work and "
        "following me home, police have a log of it || Agent: You can apply for anonymous registration with "
        "supporting evidence. I'll send you the form and take you off the open register today.",
    ),
    (
        "violence_self_harm", "sensitive", "email",
        "Dear Council Tax, I've had to leave 22 Fallow Way because my partner was violent towards me. I'm staying "
        "in a refuge for now and I can't give that address. Please take my name off the bill from 2 April. I'm "
        "scared he'll find out where I am from any letter. Please only contact me by email. Kerry.",
    ),
    (
        "violence_self_harm", "sensitive", "call",
        "Caller: It's about the bill reminder, I missed the March payment. || Agent: Let's get that sorted. Can you "
        "manage a payment today? || Caller: Honestly I don't know why I'm bothering. Nothing's going right and I "
        "keep thinking everyone would be better off if I wasn't here. || Agent: I'm really glad you told me. Are "
        "you safe right now? I'd like to give you the Samaritans number, 116 123, and stay on the line with you.",
    ),
    (
        "violence_self_harm", "sensitive", "note",
        "Bin crew report: resident at 9 Pilgrim Road came out and threatened the driver with a hammer over a missed "
        "collection, said he'd 'cave his head in' next time. Crew left safely. Address flagged, police informed, "
        "ref in case notes.",
    ),
    (
        "violence_self_harm", "sensitive", "sms",
        "the man at no.12 has said he'll burn my car if i report his van again. he's been shouting abuse every time "
        "i go out. im scared to be honest",
    ),
    (
        "violence_self_harm", "sensitive", "form",
        "Noise complaint. Source: 4 Rowan Mews (next door). Type: Shouting, banging, things being thrown. Times: "
        "most nights after 11pm. Further details: I can hear him hitting her and her crying. Last week she had a "
        "black eye. I don't want my name given.",
    ),
    (
        "violence_self_harm", "sensitive", "voicemail",
        "Hello, it's Fiona Maddox about my planning objection on the Hill Farm barns. Since my name went on the "
        "website I've had messages on Facebook saying they know where I live and I'll regret it, and someone "
        "scratched my car. Can you take my name down? 07700 900582.",
    ),
    (
        "violence_self_harm", "sensitive", "dm",
        "someone's been leaving notes through my door for 3 months, knows my shifts and when I'm in. can I get my "
        "name off the electoral register thing so he can't look me up",
    ),
    (
        "violence_self_harm", "sensitive", "chat",
        "I need to book a bulky collection || Agent: Of course. What items? || a bed frame and a mattress. he "
        "smashed the frame when he went for me last week. he's gone now, police took him || Agent: I'm so sorry "
        "that happened. I'll book it at no charge and I'll also send you details of the local domestic abuse "
        "service, in case it helps.",
    ),
    (
        "violence_self_harm", "sensitive", "note",
        "Library staff report: patron Ms Gill said a man followed her from the library to the bus stop on three "
        "Thursdays and grabbed her arm last week. CCTV request raised, police ref noted, staff to escort her to the "
        "door.",
    ),
    (
        "violence_self_harm", "sensitive", "email",
        "I'm writing about the pest report. I know it's probably nothing to you but the mice are the last straw. "
        "I've been cutting myself again because it's all too much and I can't sleep in that room. Please just send "
        "someone. Alex, 8 Cornflower Court.",
    ),
    (
        "violence_self_harm", "sensitive", "review",
        "1 star. My sister was punched in the face by a man in the Dunmore Street car park over a parking space and "
        "the attendant just stood there. || Agent: We're very sorry. This has been passed to our enforcement "
        "manager and we have shared the CCTV with the police.",
    ),
    (
        "violence_self_harm", "sensitive", "call",
        "Caller: I want to report my neighbour for the noise. || Agent: Of course. What's the noise? || Caller: "
        "It's not just noise. He shoved me down the steps last week when I knocked about the music and now he waits "
        "on the landing when I come in. || Agent: That's an assault and you should report it to the police; I'll "
        "log the noise and refer it to the antisocial behaviour team today.",
    ),
    (
        "violence_self_harm", "sensitive", "sms",
        "pls dont send any more letters to 17 ash grove in my name, my husband opens them and if he sees im asking "
        "about moving out he'll hurt me",
    ),
    (
        "violence_self_harm", "sensitive", "voicemail",
        "Hi, I'm calling about the council tax reminder. I haven't been coping. I took too many tablets on Saturday "
        "and I've only just come home from the hospital, so I've not opened any post. Could someone call me? It's "
        "Sean, 07700 900761.",
    ),
    (
        "violence_self_harm", "benign", "email",
        "Hello, we're Vale Taekwondo Club. We'd like to book the sports hall at Lowfield community centre for "
        "Tuesday evenings from September for our adult classes. Could you send hire rates and insurance "
        "requirements? Thanks, Ian Mould, club secretary.",
    ),
    (
        "violence_self_harm", "benign", "chat",
        "this queue is killing me, been waiting 25 mins for the chat || Agent: Sorry for the wait, it's been a busy "
        "morning. How can I help? || need to book a bulky collection for a washing machine || Agent: No problem, "
        "the first available slot is next Wednesday. Shall I book it?",
    ),
    (
        "violence_self_harm", "benign", "sms",
        "Neighbourhood Watch for Fernhill wants to hold our AGM at the library in October, who do we ask for the "
        "room",
    ),
    (
        "violence_self_harm", "benign", "form",
        "Pest type: Wasps. Details: They're attacking anyone who goes near the brown bin, there's a nest under the "
        "lid hinge. Address: 48 Clover Lane. Best time: after 5pm.",
    ),
    (
        "violence_self_harm", "benign", "review",
        "The Stanbridge self-defence workshop for residents at the community centre was well organised and the "
        "instructor was excellent. Please run more. || Agent: Thanks! We'll pass this to the community safety team, "
        "who are planning another session.",
    ),
    (
        "violence_self_harm", "benign", "call",
        "Caller: The Tough Trail obstacle race is coming through Wickham Park and we need a parking suspension for "
        "the marshals. || Agent: For which roads? || Caller: Park Avenue and the top of Copse Lane. || Agent: I'll "
        "send you the suspension form; it needs ten working days.",
    ),
    (
        "violence_self_harm", "benign", "note",
        "Caller reported abuse of the disabled bays at Market Lane car park, cars without badges parking there all "
        "day. Passed to civil enforcement for targeted patrols.",
    ),
    (
        "violence_self_harm", "benign", "dm",
        "the bin lorry absolutely battered the grass verge on Heron Way, massive ruts now. can someone come and "
        "look",
    ),
    (
        "violence_self_harm", "benign", "voicemail",
        "Hi, it's Amina from the Vale Women's Aid charity shop. We've got a load of donated furniture we can't sell "
        "and need a commercial bulky collection quote. Shop's at 12 Market Street. Thanks.",
    ),
    (
        "violence_self_harm", "benign", "email",
        "Dear Libraries, we're the county's domestic abuse partnership. We'd like to leave small helpline cards in "
        "the toilets of each library branch, as we do with GP surgeries. Could you confirm which branch manager to "
        "post them to? Regards, Partnership Coordinator.",
    ),
    (
        "violence_self_harm", "benign", "chat",
        "a fox has been murdering my bin bags every night || Agent: Ha, they're persistent! Are the bags going out "
        "the night before? || yeah, food waste in black bags on the pavement || Agent: That'll be it. Food waste "
        "should go in the lidded caddy; I'll order you one free of charge.",
    ),
    (
        "violence_self_harm", "benign", "sms",
        "Parking wardens on Station Road are brutal today, 6 tickets in 10 mins lol. Is there a new restriction "
        "there?",
    ),
    (
        "violence_self_harm", "benign", "review",
        "The Killer Quiz night at the central library was such a laugh, great prizes and loads of local trivia. "
        "Book us in for the next one! || Agent: Thanks for coming along! The next quiz is on 14 November.",
    ),
    (
        "violence_self_harm", "benign", "form",
        "Room booking request. Organisation: Ashby Vale Community Safety Partnership. Venue: Civic centre committee "
        "room 2. Purpose: quarterly meeting on antisocial behaviour hotspots. Attendees: 14.",
    ),
    (
        "violence_self_harm", "benign", "note",
        "Caller from a college journalism project asked for the council's policy on customers abusing staff over "
        "the phone. Explained the unacceptable behaviour policy and sent the link.",
    ),
    # ---- special categories
    (
        "special_categories", "sensitive", "chat",
        "can the bulky waste crew come wednesday instead of thursday? || Agent: Let me check. What's the reference? "
        "|| BW-21287. we'll be fasting until Eid and thursday is Eid itself, the house will be full of family from "
        "Leicester from early morning || Agent: No problem, I've moved it to Wednesday between 7am and 1pm. Eid "
        "Mubarak for Thursday!",
    ),
    (
        "special_categories", "sensitive", "email",
        "Dear Electoral Services, my husband and I are Jehovah's Witnesses and, as a matter of conscience, we do "
        "not vote or take part in politics. We keep receiving canvass forms and reminders. Please remove us from "
        "the register at 10 Dove Street. Yours sincerely, Ruth Ambler.",
    ),
    (
        "special_categories", "sensitive", "note",
        "Cust is an observant Jew and can't attend the Saturday registration slot offered or use the phone from "
        "Friday sunset to Saturday nightfall. Rebooked to Tuesday 10.30. Contact preference set to email, no calls "
        "on Fri evenings.",
    ),
    (
        "special_categories", "sensitive", "sms",
        "does the zone D permit cover sundays? i'm at mass at St Joseph's every sunday morning and sing with the "
        "choir after, been getting tickets on Presbytery Lane",
    ),
    (
        "special_categories", "sensitive", "call",
        "Caller: I'm the new vicar at St Cuthbert's and I've just moved into the vicarage. || Agent: Welcome to "
        "Ashby Vale. Is the vicarage owned by the diocese? || Caller: It is. I was told ministers of religion are "
        "treated differently for council tax. || Agent: Yes, the diocese is liable for the bill, not you. I'll set "
        "the account up in their name.",
    ),
    (
        "special_categories", "sensitive", "form",
        "Library stock suggestion. Title: The Clear Quran with thematic commentary. Reason for suggestion: I became "
        "a Muslim last year and there is nothing in the Stanbridge branch for new converts who want to study in "
        "English. Card number: 2900418827.",
    ),
    (
        "special_categories", "sensitive", "voicemail",
        "Hello, my name is Harjit Dhillon. The new photo for my library card, the machine asked me to take my "
        "turban off. I'm a Sikh, I won't do that. Can I just send a photo instead? Please call 07700 900927. Thank "
        "you.",
    ),
    (
        "special_categories", "sensitive", "dm",
        "we're doing Diwali at ours on the 1st, the whole family plus the mandir lot, can we get an extra recycling "
        "pickup after? there'll be loads of boxes from the sweets",
    ),
    (
        "special_categories", "sensitive", "chat",
        "we're booking a naming ceremony at the register office || Agent: Lovely. Do you have a date in mind? || "
        "early June. we're both humanists and really don't want any religious wording in it, no God, no blessings, "
        "is that allowed? || Agent: Absolutely, naming ceremonies with us are entirely non-religious, and you can "
        "write your own words with the celebrant.",
    ),
    (
        "special_categories", "sensitive", "email",
        "Hello, we're a Romany Gypsy family living on the Cobb Lane site, pitch 4. Since the new contractor "
        "started, our wheelie bins haven't been emptied for three weeks, though the houses across the road get "
        "theirs. Can someone look into it please? Thank you, Violet Smith.",
    ),
    (
        "special_categories", "sensitive", "note",
        "Cust (Mrs Delaney) said as Irish Travellers her family always get blamed when there's fly-tipping near the "
        "lay-by, and the enforcement officer came to their trailer first. Complaint logged; passed to the "
        "enforcement manager for review.",
    ),
    (
        "special_categories", "sensitive", "form",
        "Consultation response: Town centre regeneration. Age group: 35-44. Ethnic group: Mixed - White and Black "
        "Caribbean. Postcode area: AV3. Comment: The new plans lose the Saturday market, which is one of the few "
        "places people from every background actually mix.",
    ),
    (
        "special_categories", "sensitive", "chat",
        "hello i want to ask about books in the library || Agent: Of course, what are you looking for? || i am "
        "Kurdish, from the Kurdish area in Iraq. in the library is Arabic books but no books in Sorani Kurdish, my "
        "wife and me cannot read Arabic good || Agent: Thank you for telling us. We can borrow Sorani titles "
        "through the national loan service, and I'll ask the stock team about buying some.",
    ),
    (
        "special_categories", "sensitive", "call",
        "Caller: I'm reporting our bin missed again. Fourth time this year. || Agent: I'm sorry. What's the "
        "address? || Caller: 6 Elm Row. And I'll just say it, we're the only Black family on Elm Row and it's only "
        "our bin that ever gets missed. || Agent: I've logged the missed bin and also raised your concern formally "
        "with the waste manager.",
    ),
    (
        "special_categories", "sensitive", "sms",
        "Hi, can you send the council tax reduction leaflet in Chinese for my mum? She's from Hong Kong and only "
        "reads traditional characters. 29 Cherry Tree Walk",
    ),
    (
        "special_categories", "sensitive", "dm",
        "as a British Pakistani who's lived on Fernhill Road 30 yrs I'd like to know why the community consultation "
        "was only in English when half the street speaks Urdu or Punjabi at home",
    ),
    (
        "special_categories", "sensitive", "review",
        "The registrar asked me three times to spell my surname, then asked where I'm 'really from'. I'm "
        "Nigerian-born and have been British for 15 years. || Agent: We're sorry. That isn't the service we want to "
        "give, and we've raised it with the registration manager.",
    ),
    (
        "special_categories", "sensitive", "chat",
        "my name shows wrong on the electoral register || Agent: Let's fix it. How does it show? || as Hiroshi "
        "Kenji Tanaka-Bell, but Tanaka is my dad's surname, he's Japanese, and my mum's English. it should be Kenji "
        "Tanaka-Bell, first name Kenji || Agent: Thanks, I've corrected the forename and surname fields; the next "
        "register update will show it.",
    ),
    (
        "special_categories", "sensitive", "email",
        "Dear Elections Office, I'm standing for the Green Party in Fernhill ward at the May elections and would "
        "like to drop off my nomination papers. Is Tuesday afternoon OK, and do my ten subscribers all need to be "
        "on the current register? Kind regards, Dr Imogen Fairlie.",
    ),
    (
        "special_categories", "sensitive", "chat",
        "are there any rules about posters in windows? || Agent: In your own window, you don't need permission. Is "
        "it an election poster? || yes, a Reform UK one. my landlord's letting agent says I have to take it down || "
        "Agent: That's between you and your landlord under your tenancy, not a planning matter, so the council "
        "can't make you remove it.",
    ),
    (
        "special_categories", "sensitive", "note",
        "Cust mentioned she's been a Lib Dem member and canvasser for 20 years while asking for the full register "
        "of electors; explained only parties and candidates can have the full register, individuals can only "
        "inspect it supervised.",
    ),
    (
        "special_categories", "sensitive", "sms",
        "can i pay the bulky fee monday instead? away all weekend at the climate march in london with extinction "
        "rebellion, back sunday late",
    ),
    (
        "special_categories", "sensitive", "call",
        "Caller: I've voted Conservative every election since 1974. || Agent: Is this about an election matter? || "
        "Caller: It's about the bins. I'm telling you, after this fortnightly collection nonsense I'm voting for "
        "anyone else. || Agent: I'll record your feedback on the collection change, though I can't comment on the "
        "politics of it.",
    ),
    (
        "special_categories", "sensitive", "form",
        "Planning comment on AV/25/0308. Name: Colin Rudd. Comment: As secretary of the Ashby Vale branch of the "
        "Communist Party of Britain I've leafleted this estate for years, and residents tell me the affordable "
        "housing share is far too low.",
    ),
    (
        "special_categories", "sensitive", "voicemail",
        "Hi, it's Dennis Kirby. I've volunteered on the doorstep for Labour for thirty years and I've never seen a "
        "polling station as badly run as St Luke's hall last week. I want to make a formal complaint. 07700 900163.",
    ),
    (
        "special_categories", "sensitive", "dm",
        "I'm a republican, always have been, and I don't want council tax spent on coronation bunting round my "
        "street. who do I complain to",
    ),
    (
        "special_categories", "sensitive", "review",
        "Library turned down my request to put up a poster for the Saturday vigil. I've been a Palestine solidarity "
        "activist for twenty years and I'm used to this. || Agent: We're sorry you're disappointed. Our "
        "noticeboards are only for council and library events, whatever the cause.",
    ),
    (
        "special_categories", "sensitive", "note",
        "Cust (Mr Pryor) is the Unite rep at the Brook Trading Estate depot. He was ringing in a personal capacity "
        "about his own council tax direct debit but asked that we not mention his call to depot managers.",
    ),
    (
        "special_categories", "sensitive", "email",
        "Hello, I have a register office appointment on the 14th to give notice of marriage. I'll be on strike with "
        "the RMT that day and on the picket line from 6am, so can I move it to the 16th? Thanks, Nathan Ogden.",
    ),
    (
        "special_categories", "sensitive", "chat",
        "quick one about garden waste || Agent: Go ahead! || can i pay in two halves? it's just that my UNISON "
        "branch said the council's own staff get a discount scheme and i wanted to check before paying || Agent: "
        "There isn't a staff discount on garden waste I'm afraid, but you can pay the full year online in one go.",
    ),
    (
        "special_categories", "sensitive", "sms",
        "hi can i move my register office appt from thurs? i'm the NEU rep at my school and there's a union meeting "
        "i have to chair",
    ),
    (
        "special_categories", "sensitive", "call",
        "Caller: Can my council tax come out on the 5th instead of the 1st? || Agent: Yes, we can do the 1st, 5th, "
        "15th or 20th. || Caller: The 5th then. My GMB subs and the mortgage both go on the 1st and it leaves me "
        "short. || Agent: Done, your next payment will be on the 5th.",
    ),
    (
        "special_categories", "sensitive", "voicemail",
        "Hello, it's Sandra Oyelaran, I'm the PCS branch secretary for the jobcentre. I'll be on the picket line "
        "all next week so I'll miss the pest control visit, can you rebook me for the week after? 07700 900308.",
    ),
    (
        "special_categories", "sensitive", "form",
        "Visitor parking permit request. Address: 5 Quarry Close. Number of extra permits: 10. Reason: I'm an Usdaw "
        "shop steward and we hold our monthly reps' meeting at my house, so several colleagues need to park.",
    ),
    (
        "special_categories", "sensitive", "dm",
        "since I joined the FBU last year I've been on call more, so I'm often parking at odd hours. can the "
        "resident permit cover my second car too?",
    ),
    (
        "special_categories", "sensitive", "review",
        "As a postie and a CWU member for 25 years I know what a proper round looks like, and whoever planned these "
        "new bin routes hasn't walked them. || Agent: Thank you for the detailed feedback, we've passed it to the "
        "route planning team.",
    ),
    (
        "special_categories", "sensitive", "email",
        "Hello, my husband and I have just bought 3 Kingfisher Court and completed on the 9th. Please could you set "
        "up the council tax in both our names, Tom Beresford and Alex Beresford? We'd like the bill by email. Many "
        "thanks, Tom.",
    ),
    (
        "special_categories", "sensitive", "chat",
        "hi we need a second resident permit for zone A || Agent: Sure, who's the second vehicle registered to? || "
        "my girlfriend, she's just moved in with me. it's her car, registered to her || Agent: Then we'll need "
        "proof she lives at the address, a bank statement in her name is fine. || ok great. I'm Sarah Lyle by the "
        "way, the permit holder",
    ),
    (
        "special_categories", "sensitive", "note",
        "Cust (Mr Dale Fisher) asked for his partner, Mr Kieran Boyd, to be added to the council tax as joint "
        "liable from 1 May when Kieran moved in. Single person discount removed from that date.",
    ),
    (
        "special_categories", "sensitive", "sms",
        "hi we want to book our wedding at the register office for next spring, me and Jess, both brides! what "
        "dates have you got in april",
    ),
    (
        "special_categories", "sensitive", "call",
        "Caller: Do you have an LGBT section at the central library? || Agent: We have an LGBTQ+ collection on the "
        "first floor, yes. || Caller: Good. I'm bi and I've only just started being open about it, I'd like to read "
        "some memoirs. || Agent: There are some great ones there; I'll ask the desk to put a reading list aside for "
        "you.",
    ),
    (
        "special_categories", "sensitive", "voicemail",
        "Hi, it's Michael Grant. I'm ringing about my husband Stephen's resident permit, it expired last week and "
        "the renewal email went to his old work address. Can you help? 07700 900442.",
    ),
    (
        "special_categories", "sensitive", "dm",
        "does my boyfriend count as living here for the single person discount if he stays over most nights but "
        "keeps his flat? asking as I don't want to fiddle it. Gavin, Flat 2, 14 Weir Road",
    ),
    (
        "special_categories", "sensitive", "form",
        "Household enquiry, 31 Bell Street. Residents aged 16 or over: Anna Kowal, Beth Kowal. Relationship of "
        "second resident to first: Wife. Changes: Beth has changed her surname since our wedding.",
    ),
    (
        "special_categories", "sensitive", "review",
        "The registrar at our wedding was brilliant, she made both of us laugh and got our names right. Me and my "
        "husband Dev will never forget it. Raj. || Agent: Congratulations to you both, and thank you for the kind "
        "words.",
    ),
    (
        "special_categories", "sensitive", "email",
        "Hello, I transitioned three years ago and changed my name by deed poll, but my council tax bill still uses "
        "my deadname and Mr. I've asked twice. My name is Eleanor Whitlock, Ms. Please change it. Account "
        "CT-40177324.",
    ),
    (
        "special_categories", "sensitive", "chat",
        "can my library card say Mx? || Agent: Yes, we have Mx as a title option. || great, I'm non-binary and "
        "every system forces Mr or Ms, it gets old || Agent: Understood. I've updated your title to Mx and checked "
        "the name field too.",
    ),
    (
        "special_categories", "sensitive", "note",
        "Cust is a trans woman and asked to update her electoral record title from Mr to Ms and first name from "
        "Daniel to Danielle. Deed poll seen. Updated; no further paperwork needed for the register.",
    ),
    (
        "special_categories", "sensitive", "sms",
        "got my gender recognition certificate last week!! how do i change my details on the electoral register, do "
        "i need to send it to you?",
    ),
    (
        "special_categories", "sensitive", "call",
        "Caller: I'm ringing on behalf of my daughter, she's 24. || Agent: Is she happy for you to speak for her? "
        "|| Caller: Yes, she's here. She's trans and the letters about her parking permit still come to her old "
        "name. || Agent: I'll speak to her briefly for consent and then update the permit record.",
    ),
    (
        "special_categories", "sensitive", "voicemail",
        "Hi, I'm a trans man and my voice is still quite high, and your phone payment system keeps putting me "
        "through to someone who calls me madam and then won't take payment because the name's Aaron. Please sort "
        "this out. 07700 900699.",
    ),
    (
        "special_categories", "sensitive", "form",
        "Library membership form. Name: Robin Achterberg. Title: None. Gender: Other (please state): genderfluid. "
        "Date of birth: 11/06/1996. Address: 8 Nettle Row.",
    ),
    (
        "special_categories", "sensitive", "dm",
        "the permit form made me pick Miss/Mrs/Ms/Mr, I'm a trans man so I picked Mr, but every letter still comes "
        "as Miss from the old record. please fix",
    ),
    (
        "special_categories", "sensitive", "review",
        "1 star. I showed my library card at Fernhill and the assistant looked at me and said 'this isn't your "
        "card, sir'. I'm a trans woman and it's my name on it. || Agent: We're very sorry. This shouldn't have "
        "happened and staff training on this is being repeated.",
    ),
    (
        "special_categories", "sensitive", "email",
        "Hello, I'm booked on the family history workshop at the central library. My AncestryDNA test came back "
        "with a close match to a half-sister I didn't know existed, and I'd love help finding how we're related. Is "
        "that something the volunteers can help with? Lynne Garside.",
    ),
    (
        "special_categories", "sensitive", "note",
        "Cust said genetic testing at the regional clinic showed he carries the Huntington's gene expansion. He's "
        "well now but wants a named contact added to his council tax account for the future. Contact added with his "
        "written consent.",
    ),
    (
        "special_categories", "sensitive", "chat",
        "can a birth registration be changed to add the father? || Agent: Yes, it's called a re-registration. Were "
        "you married when the baby was registered? || no, and he wasn't there then. we did a DNA paternity test "
        "last month which showed he's the dad, 99.9% || Agent: Thanks. If you both attend the appointment together "
        "you won't need the test result; I'll book a slot.",
    ),
    (
        "special_categories", "sensitive", "sms",
        "hi can the library order the book The Gene by Mukherjee? my genetic test came back positive for Lynch "
        "syndrome and I want to understand it better. card 2900512234",
    ),
    (
        "special_categories", "sensitive", "form",
        "Workshop booking: DNA for family historians. Name: Keith Ashworth. Notes for the tutor: I've downloaded my "
        "raw data file from MyHeritage and it flagged an unknown half-brother. I'd like help uploading the data to "
        "GEDmatch.",
    ),
    (
        "special_categories", "sensitive", "voicemail",
        "Hello, it's Claire Beckwith. I was donor-conceived and a DNA test has now identified my biological father. "
        "Can the register office add his name to my birth registration, or does that only apply to legal fathers? "
        "Thanks, 07700 900819.",
    ),
    (
        "special_categories", "sensitive", "review",
        "The genealogy help desk at Stanbridge helped me interpret my Y-DNA results. Turns out my haplogroup is "
        "I-M253, which ties in with the family's Yorkshire roots. Fab volunteers. || Agent: That's fascinating, "
        "thank you for sharing it.",
    ),
    (
        "special_categories", "sensitive", "call",
        "Caller: It's about the pest control visit on Friday, can it be early? || Agent: The first slot is 8am. || "
        "Caller: Perfect. I'm at the genetics clinic in the afternoon, we're getting the results of my BRCA1 test. "
        "|| Agent: I've booked you for 8am, good luck on Friday.",
    ),
    (
        "special_categories", "sensitive", "email",
        "Dear Libraries, I do not consent to my fingerprints being stored by the new self-service entry system at "
        "Lowfield. I enrolled my thumbprint in March but have changed my mind. Please delete my fingerprint "
        "template and confirm in writing. Card 2900337741. Regards, Derek Holm.",
    ),
    (
        "special_categories", "sensitive", "chat",
        "your parking app made me do a face scan to verify my ID for the permit || Agent: That's the identity check "
        "built into the app. Did it work? || it did, but I didn't realise it kept a face template. I want my face "
        "data deleted now the permit's issued || Agent: I'll raise a deletion request with the app provider and the "
        "data protection officer, and send you the reference.",
    ),
    (
        "special_categories", "sensitive", "call",
        "Caller: When I rang the payments line it said my voice is my password. || Agent: That's the voice "
        "recognition on the automated line, you'd have enrolled on an earlier call. || Caller: I never meant to. I "
        "want my voiceprint removed. || Agent: I'll submit the request; you'll go back to using your account number "
        "and PIN.",
    ),
    (
        "special_categories", "sensitive", "note",
        "Cust's online ID check for the register office booking failed three times as her selfie wouldn't match her "
        "passport photo. She asked that the facial scans taken be deleted. Manual check done in person; deletion "
        "request logged with supplier.",
    ),
    (
        "special_categories", "sensitive", "sms",
        "cancelling my leisure centre membership, please also delete my palm vein scan from the entry gates. member "
        "no. LC-88310",
    ),
    (
        "special_categories", "sensitive", "form",
        "Subject access request. Name: Farah Quddus. Data requested: All biometric data held about me, including "
        "the face images and face template captured by the 'Face Pay' kiosk at Ashby central library on 3 March and "
        "any matching logs.",
    ),
    (
        "special_categories", "sensitive", "voicemail",
        "Hi, it's Tomasz Wrobel. I did my biometric enrolment at your Ashby office last week, fingerprints and face "
        "photo for my citizenship application, and the email receipt never arrived. Can you resend it? 07700 "
        "900540.",
    ),
    (
        "special_categories", "sensitive", "dm",
        "civic centre security stopped me yesterday saying the new facial recognition flagged me as a match to "
        "someone on their banned list. it's obviously wrong. how do I get my face off it",
    ),
    (
        "special_categories", "benign", "email",
        "Hello, I'm writing on behalf of the management committee of Al-Noor Mosque on Canal Street. We're "
        "replacing the carpets in the main hall and need a commercial bulky collection for roughly 40 rolls. Could "
        "you quote for a Monday collection? Regards, Al-Noor Mosque committee office.",
    ),
    (
        "special_categories", "benign", "chat",
        "are bin collections changing over christmas and new year? || Agent: Yes, every collection from 25 December "
        "to 3 January moves by one or two days. || is there a list somewhere? || Agent: The full Christmas calendar "
        "is on the bins page and it'll be printed on the back of the December newsletter.",
    ),
    (
        "special_categories", "benign", "call",
        "Caller: I'm calling from the parish office at St Cuthbert's. The church hall's garden waste bin hasn't "
        "been emptied since the subscription renewed. || Agent: Let me check. It's showing an old sticker number. "
        "|| Caller: The new sticker came last week and it's on the bin. || Agent: I've updated the system with the "
        "new sticker, it'll be collected Thursday.",
    ),
    (
        "special_categories", "benign", "form",
        "Street event application. Organisation: Guru Nanak Gurdwara, Thornby Road (management committee). Event: "
        "Vaisakhi procession (Nagar Kirtan). Date: Sunday 13 April. Route: Thornby Road, Market Street, Station "
        "Road and back. Expected attendance: 800. Stewarding: 40 volunteers.",
    ),
    (
        "special_categories", "benign", "note",
        "Caller from the Ashby Vale Synagogue office asked about visitor parking permits on Beech Grove for the "
        "autumn festival services. Explained event dispensations and sent the application.",
    ),
    (
        "special_categories", "benign", "dm",
        "is there a multi-faith or quiet room in the new civic centre? our residents' group is writing an access "
        "guide for the building",
    ),
    (
        "special_categories", "benign", "voicemail",
        "Hi, this is the office at Sunrise Hall, the Hindu community centre on Brook Street. After the festival "
        "weekend we'll have a lot of extra food waste and cardboard, can we book an extra collection on our trade "
        "account? Thanks.",
    ),
    (
        "special_categories", "benign", "chat",
        "are the town centre car parks free during Eid like they are on Christmas Eve? || Agent: There's no "
        "automatic free parking for any festival, but the council sometimes agrees one-off concessions. || who "
        "decides? || Agent: Cabinet approves those each year; I'll send you the contact for the parking manager.",
    ),
    (
        "special_categories", "benign", "email",
        "Hi, does the leisure centre café offer halal and vegetarian options? I'm organising a staff away day for "
        "Pennant Engineering and want to book the function room with catering for 25. Thanks, Leanne Roper, office "
        "manager.",
    ),
    (
        "special_categories", "benign", "sms",
        "is the multi storey open late on black friday for the late night shopping? last year it shut at 8",
    ),
    (
        "special_categories", "benign", "chat",
        "will Park Avenue be shut for Race for Life on Sunday? || Agent: Yes, from 8am until about 1pm. || I need "
        "to get to the tip, is Copse Lane open? || Agent: Copse Lane stays open, so you can reach the Stanbridge "
        "recycling centre that way.",
    ),
    (
        "special_categories", "benign", "sms",
        "What are the opening times for the Windrush Day exhibition at the central library? want to bring the book "
        "club",
    ),
    (
        "special_categories", "benign", "call",
        "Caller: I'm calling on behalf of the Polish Cultural Association. We'd like the Lowfield community "
        "hall for our folk dance evening. || Agent: What date? || Caller: Saturday 18 October, 6 till 11. || Agent: "
        "That's free. I'll send you the hire agreement and the bar licence details.",
    ),
    (
        "special_categories", "benign", "form",
        "Translation request. Organisation: Ashby Vale Migrant Help (charity). Document: Council tax reduction "
        "leaflet. Languages requested: Romanian, Arabic, Tigrinya. Quantity: 200 of each. Purpose: Advice sessions.",
    ),
    (
        "special_categories", "benign", "review",
        "The Black History Month display at Stanbridge library was excellent, especially the panels on the town's "
        "1950s foundry workers. || Agent: Thank you, the local studies team put a lot of work into it.",
    ),
    (
        "special_categories", "benign", "note",
        "Caller asked where the council publishes its ethnicity pay gap data and equality workforce report. Sent "
        "link to the annual equality report page.",
    ),
    (
        "special_categories", "benign", "dm",
        "the Caribbean takeaway on Brook St has tables out on the pavement now, do they need a licence for that? "
        "it's fine by me, just curious",
    ),
    (
        "special_categories", "benign", "voicemail",
        "Hello, I'm a planning consultant with Carter Leigh. I'm after the Gypsy and Traveller accommodation "
        "assessment that supports the draft local plan; it's not on the examination library page. 07700 900286.",
    ),
    (
        "special_categories", "benign", "form",
        "Bulky waste booking. Items: White goods: 1 x fridge freezer, 1 x washing machine. Location: Side of house. "
        "Address: 52 Barley Mow Road. Payment: card.",
    ),
    (
        "special_categories", "benign", "email",
        "Dear Electoral Services, this is the office of the Ashby Vale constituency Liberal Democrats. Please "
        "could you send the updated electoral register data under the party supply arrangements, in the usual CSV "
        "format? Regards, Office Administrator.",
    ),
    (
        "special_categories", "benign", "chat",
        "when do the poll cards go out for May? || Agent: They'll be delivered in the week starting 24 March. || "
        "and if I don't get one I can still vote? || Agent: Yes, you don't need the card to vote, but you'll need "
        "photo ID at the polling station.",
    ),
    (
        "special_categories", "benign", "sms",
        "moved house last month, where's my polling station now? 7 Fern Hollow, Stanbridge",
    ),
    (
        "special_categories", "benign", "call",
        "Caller: Can the council stop people putting political leaflets through my door? There's a sign saying no "
        "junk mail. || Agent: Election material isn't something we can stop; the sign is a request to distributors. "
        "|| Caller: Fair enough, I'll live with it. || Agent: You could contact the Royal Mail opt-out service for "
        "unaddressed mail.",
    ),
    (
        "special_categories", "benign", "form",
        "Room booking. Organisation: Ashby Vale Chamber of Commerce. Event: Non-partisan hustings for all "
        "parliamentary candidates. Venue: Civic centre council chamber. Date: 24 June, 7pm. Audience: 150.",
    ),
    (
        "special_categories", "benign", "review",
        "The election count at the leisure centre was brilliantly run this year, results out by 2am and the press "
        "area was well organised. || Agent: Thanks, we'll pass that on to the returning officer's team.",
    ),
    (
        "special_categories", "benign", "note",
        "Caller asked which party currently controls the council and who the leader is, for a school governors' "
        "induction pack. Sent link to the councillors and committees page.",
    ),
    (
        "special_categories", "benign", "dm",
        "are election posters allowed on lamp posts? there are dozens on Station Rd now cable-tied up high",
    ),
    (
        "special_categories", "benign", "voicemail",
        "Hi, at a conservative estimate there must be twenty bin bags dumped behind the shops on Vale Road. It's "
        "been there since Friday. Can someone come out? Thanks.",
    ),
    (
        "special_categories", "benign", "email",
        "Hello, this is the branch office of Ashby Vale UNISON. We'd like to book the civic centre "
        "committee room 3 for our branch AGM on 12 March, 5.30pm to 7.30pm. Could you send the booking form? Best "
        "wishes, Branch Office.",
    ),
    (
        "special_categories", "benign", "chat",
        "when will the missed bins be caught up after the strike? || Agent: The crews are working extra shifts from "
        "Monday. Streets missed in the first week come first. || we're on Laurel Drive || Agent: Laurel Drive is "
        "scheduled for Tuesday, please leave your bin out from Monday night.",
    ),
    (
        "special_categories", "benign", "sms",
        "is the bin strike still going ahead next week or has it been called off? need to know whether to put the "
        "bin out",
    ),
    (
        "special_categories", "benign", "call",
        "Caller: How much is a season ticket for the Union Street car park? || Agent: It's £420 for six months or "
        "£780 for the year. || Caller: Do you do monthly? || Agent: Monthly is £75, you can buy it in the app.",
    ),
    (
        "special_categories", "benign", "note",
        "Caller from Ashby Vale Trades Council asked about booking the park bandstand for their May Day event. Sent "
        "events application; needs public liability insurance.",
    ),
    (
        "special_categories", "benign", "review",
        "The Union Jack bunting down the high street for the anniversary weekend looked great. Nice to see it back. "
        "|| Agent: Thank you! The town centre team put it up over two nights.",
    ),
    (
        "special_categories", "benign", "form",
        "Commercial bulky waste. Business: Ashby Vale Rugby Union Football Club. Items: 30 x old plastic seats from "
        "the stand, 2 x scrum machines pads. Collection point: Club car park, gate B.",
    ),
    (
        "special_categories", "benign", "dm",
        "has the council finished talking to the unions about the new bin rounds? want to know when the day changes "
        "kick in",
    ),
    (
        "special_categories", "benign", "voicemail",
        "Hello, I want to put up a white picket fence along my front garden, about a metre high. Do I need planning "
        "permission? 14 Tansy Close. Thanks.",
    ),
    (
        "special_categories", "benign", "email",
        "Hi, this is Vale Pride, the community group that runs the summer parade. We're applying for the road "
        "closure on 2 August from Market Street to the park. Could you confirm the deadline for the traffic order "
        "application? Thanks, Vale Pride committee.",
    ),
    (
        "special_categories", "benign", "chat",
        "hi I run a wedding planning business, can your registrars do civil partnerships as well as weddings at "
        "approved venues? || Agent: Yes, both, and at any approved venue in the district. || any difference in "
        "fees? || Agent: The fees are the same; I'll email you the current fee list for all ceremony types.",
    ),
    (
        "special_categories", "benign", "sms",
        "is the pride month display up at central library yet? wanted to bring the book group",
    ),
    (
        "special_categories", "benign", "call",
        "Caller: I'm events manager at Hartley Manor. We're renewing our approved venue licence. || Agent: It's due "
        "in September, is anything changing? || Caller: We've added the orangery as a second ceremony room. || "
        "Agent: Then a registrar will need to inspect it before it goes on the licence.",
    ),
    (
        "special_categories", "benign", "note",
        "Caller from the LGBT+ Switchboard charity asked whether their helpline leaflets could be displayed in all "
        "library branches. Forwarded to the libraries community engagement lead.",
    ),
    (
        "special_categories", "benign", "review",
        "The new rainbow crossing outside the central library looks lovely, but the paint is chipping already after "
        "two months. || Agent: Thanks for flagging it. The contractor is coming back under warranty to reapply it.",
    ),
    (
        "special_categories", "benign", "form",
        "Temporary event notice. Organiser: Vale Film Society. Event: Queer Film Night, a screening of three "
        "classic films. Venue: The Regent. Date: 21 February. Alcohol sales: Yes, until 11pm.",
    ),
    (
        "special_categories", "benign", "dm",
        "is the library doing anything for IDAHOBIT this year? our community centre wants to cross-promote it",
    ),
    (
        "special_categories", "benign", "voicemail",
        "Hi, the bin crew went straight past our house again this morning, 22 Thistle Way, bin was out on the kerb "
        "at 6.30. Can they come back please?",
    ),
    (
        "special_categories", "benign", "chat",
        "do your online forms offer a Mx title or a non-binary gender option? || Agent: Most of ours offer Mx, and "
        "the gender question is optional. || thanks. I'm auditing forms for Brookmead Housing Association and "
        "comparing councils || Agent: Happy to help. I can send you a copy of our equality monitoring questions.",
    ),
    (
        "special_categories", "benign", "email",
        "Dear Libraries, on behalf of the Ashby Vale Access Forum, could you confirm whether the refurbished "
        "central library will include gender-neutral toilets, an accessible toilet and baby-change on each floor? "
        "We're updating our venue guide. Thank you, Access Forum secretary.",
    ),
    (
        "special_categories", "benign", "sms",
        "who put together the trans awareness week display at fernhill library? the history society has a few books "
        "they'd like to donate to it",
    ),
    (
        "special_categories", "benign", "note",
        "Caller from HR at Varden Foods asked how the electoral register handles title and name changes in general, "
        "for a staff guidance leaflet. Sent the general name-change guidance.",
    ),
    (
        "special_categories", "benign", "form",
        "Website feedback. Page: Town centre consultation survey. Feedback: Please add a 'prefer to self-describe' "
        "option to the gender question, as other councils now do. Otherwise the survey was quick to complete.",
    ),
    (
        "special_categories", "benign", "review",
        "Good to see the online forms now have Mx and 'prefer not to say' options. Small thing but it makes the "
        "council feel modern. || Agent: Thank you, we updated them as part of the website refresh.",
    ),
    (
        "special_categories", "benign", "call",
        "Caller: Where do I find the council's gender pay gap report? || Agent: It's published every March on the "
        "equality page. || Caller: I looked but only found last year's. || Agent: This year's is going up on "
        "Friday; I'll email you the link when it's live.",
    ),
    (
        "special_categories", "benign", "dm",
        "the transition to the new bin collection app has been a nightmare, it logged me out and lost my saved "
        "address",
    ),
    (
        "special_categories", "benign", "voicemail",
        "Hi, I'm calling on behalf of the Vale Trans Support Group. We'd like to book the small meeting room at "
        "Stanbridge library on the first Wednesday of each month, 7 to 9pm. Please ring back on 07700 900903.",
    ),
    (
        "special_categories", "benign", "review",
        "Five stars for the council tax team. Helpful, quick and polite every time; good customer service is "
        "clearly in their DNA. || Agent: What a lovely thing to say, thank you.",
    ),
    (
        "special_categories", "benign", "sms",
        "is the Genes and Generations talk at Lowfield library still on this thursday? the poster's been taken down",
    ),
    (
        "special_categories", "benign", "email",
        "Hello, I tutor the Ashby Vale U3A science group. Could the library put together a loan collection of about "
        "15 popular books on genetics and evolution for our autumn course? Happy to give a list. Thanks, Dr Hugh "
        "Partington.",
    ),
    (
        "special_categories", "benign", "chat",
        "is the Darwin Day lecture at the central library free? || Agent: Yes, it's free but ticketed because of "
        "space. || how do I get a ticket? || Agent: Book online through the library events page, or at any branch "
        "counter.",
    ),
    (
        "special_categories", "benign", "form",
        "Planning enquiry. Site: Field north of Lark Farm. Question: A seed company is proposing a field trial of a "
        "genetically modified wheat variety on land we rent out. Does that need planning permission or is it only "
        "regulated by DEFRA?",
    ),
    (
        "special_categories", "benign", "dm",
        "bad parking must be genetic on Poplar Walk, every single car on the pavement again this morning",
    ),
    (
        "special_categories", "benign", "call",
        "Caller: I've just taken over Gene's Café on Market Street. || Agent: Congratulations. Is this about trade "
        "waste? || Caller: Yes, the previous owner's contract is in his name. || Agent: We'll close his account and "
        "open one for you; I'll need your business details.",
    ),
    (
        "special_categories", "benign", "note",
        "Caller asked whether the library sells home DNA testing kits alongside the free Ancestry access. Advised "
        "we don't sell them; Ancestry Library Edition is free on library PCs.",
    ),
    (
        "special_categories", "benign", "chat",
        "does the council app support Face ID or fingerprint login yet? || Agent: Not yet. The next app update in "
        "the autumn should add it as an option. || will it be optional? || Agent: Yes, you'll always be able to use "
        "your password instead.",
    ),
    (
        "special_categories", "benign", "email",
        "Dear Facilities, further to your tender, SecureTek can supply and fit replacement fingerprint readers for "
        "the civic centre staff doors. Our quote covers 12 readers, enrolment software and two years' maintenance. "
        "Regards, Bid Team, SecureTek Ltd.",
    ),
    (
        "special_categories", "benign", "sms",
        "read in the gazette the library might bring in facial recognition at the doors, is that true? what's the "
        "plan",
    ),
    (
        "special_categories", "benign", "voicemail",
        "Hello, general question: does your automated payment line use voice recognition or record callers' voices? "
        "I'm writing up a privacy comparison for the Vale Consumer Group. 07700 900974.",
    ),
    (
        "special_categories", "benign", "form",
        "Commercial waste application. Business name: Biometric Fitness Ltd (personal training studio). Address: "
        "Unit 7, Brook Trading Estate. Waste: 1 x 660-litre general, 1 x mixed recycling. Collection: weekly.",
    ),
    (
        "special_categories", "benign", "review",
        "Clear answer from the data protection team on how long the civic centre CCTV footage is kept and who can "
        "see it. Quick and helpful. || Agent: Thanks for the feedback, the retention schedule is now on the website "
        "too.",
    ),
    (
        "special_categories", "benign", "dm",
        "the parking app just asked me to 'enable biometric login'. what does that actually do, does the council "
        "get a copy of anything?",
    ),
]


def rake_examples() -> list[dict]:
    """The rake split as labelled tickets (same shape as ``sensitive_eval.build_eval_set``'s)."""
    return stranger_examples("rake", ENTRIES, SUBJECTS)
