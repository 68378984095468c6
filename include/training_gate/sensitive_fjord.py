"""fjord split: written by a helper who had not seen the detection rules, the anchors or any other split.
Setting: Kestrel City Transport (KCT), a city operator of buses, trams and the KesRide taxi app, with Wren travel
cards, concession passes, penalty fares, lost property, driver complaints and accessibility; tickets by email, chat,
call transcripts, SMS, DMs, web forms, review replies, voicemail and agent notes, in UK, Irish, US, Australian,
Indian, Nigerian, Filipino, South African and Singaporean English, SMS shorthand and long rambling emails.
The benign half reuses each category's words through business accounts (a school, a parish, a law firm, an
undertaker, a genetics lab), place and product names, idioms, pets, fiction and games, and general policy questions.
35 sensitive and 35 benign tickets for children and for special categories, 20 and 20 for each other category.
First reading (policy 2026.11.15, before any change made in response to it; `sensitive_eval.evaluate`, as `make
eval-sensitive`): 91.2 / 2.9 recall / false exclusion in % as shipped, 92.9 / 5.9 without the overruling, 85.3 / 5.3 by the
rules alone. Then read while tuning the rules for 2026.11.16 and trained on."""

from __future__ import annotations

from training_gate.sensitive_blind import stranger_examples

SUBJECTS: tuple[str, ...] = (
    "Question about my account",
    "Wren card not working",
    "Refund request",
    "Penalty fare appeal",
    "Lost property enquiry",
    "Complaint about a driver",
    "KesRide trip issue",
    "Concession pass application",
    "Change of details",
    "Timetable question",
    "Accessibility on buses and trams",
    "Business account enquiry",
    "Payment problem",
    "Feedback on the app",
)

ENTRIES: list[tuple[str, str, str, str]] = [
    # ---- health
    ("health", "sensitive", "email",
     "Hello, I was diagnosed with epilepsy in January and my neurologist has told me I can't drive for at "
     "least twelve months. I'd like to apply for the Access Wren pass in the meantime. Which documents do "
     "you need from me, and can the consultant's letter be a scan? Thanks, Gareth Pryce"),
    ("health", "sensitive", "chat",
     "hi can i get money back on my weekly pass?? was on ward 7B at St Columba's from the 3rd till the 11th "
     "so it never got used, card no WR 5502 1187"),
    ("health", "sensitive", "call",
     "Transcript: Caller says she left a small black bag on the number 14 tram around 9:40 this morning. "
     "Inside: her insulin pens, a glucose meter and her house keys. She needs the pens back before tonight. "
     "Asked us to ring the depot."),
    ("health", "sensitive", "sms",
     "lost a white pharmacy bag on the 22 this morning, its got my sertraline and propranolol in it, name "
     "on the label is K. Doherty. anyone hand it in?"),
    ("health", "sensitive", "web_form",
     "Complaint type: Accessibility. Details: I have used a power wheelchair since my spinal cord injury in "
     "2019. On 12 Sept the driver of bus 3317 on route 6 said the ramp was \"broken\" and drove off. It "
     "worked fine the next day. This is the third time at Beech Avenue."),
    ("health", "sensitive", "agent_note",
     "Customer asked for a priority seat card. Says chemo leaves her exhausted on Tuesdays and Wednesdays. "
     "Issued Please Offer Me a Seat card, posted to address on file."),
    ("health", "sensitive", "email",
     "Dear KCT, I am 31 weeks pregnant and on the morning of the 8th the driver on route 40 refused to "
     "lower the bus when I asked, and nobody moved from the priority seats while he pulled away hard. I "
     "nearly fell. I would like this investigated. Regards, Ifeoma Chukwu"),
    ("health", "sensitive", "dm",
     "any chance the 41 could hang on a couple of mins at Halden Rd on Mon/Wed/Fri? my dialysis session "
     "finishes at 4:10 and the bus goes at 4:12, I always miss it by seconds"),
    ("health", "sensitive", "chat",
     "Please cancel penalty fare PF-88213, see the letter I emailed on Monday. || Agent: Thanks for "
     "waiting. I have read the letter from your GP explaining your agoraphobia and the panic attack at the "
     "validator, and I've cancelled PF-88213. Nothing more to pay."),
    ("health", "sensitive", "voicemail",
     "Hi, it's Desmond Okafor, account ending 771. Please don't ring me back on this number, I've gone "
     "completely deaf in my left ear and only partly hear on the right, so calls are no good. Text or email "
     "me about the lost wallet. Thanks."),
    ("health", "sensitive", "review_reply",
     "Review: 5 stars. Driver on the 9 waited while I got Bramble settled under the seat and told me when "
     "we reached my stop, since I can't see the signs. Thanks! || Agent: Thank you for the lovely review. "
     "We'll pass this on to the driver, and we're glad Bramble had a comfy ride."),
    ("health", "sensitive", "email",
     "Hi there, I've been signed off work with depression and severe anxiety since March and honestly "
     "haven't left the house much. My annual Wren pass has nine months left. Is there any way to pause it "
     "or get a partial refund? I can send the fit note. Thank you, Lorna"),
    ("health", "sensitive", "web_form",
     "KesRide trip ID KR-230918-4471. I booked a ride to the Royal Infirmary oncology day unit for my 10am "
     "treatment and the driver left me at the main A&E entrance, a ten minute walk away. I was late for my "
     "infusion. Please refund the fare."),
    ("health", "sensitive", "chat",
     "quick one - can my carer travel free with me on trams? I've got MS and I can't manage on my own on "
     "bad days. I have the Access Wren card already"),
    ("health", "sensitive", "sms",
     "cant make the appeal meeting tues about the fine, im getting my knee replaced at Marlow Clinic that "
     "morning, can we move it to after the 20th"),
    ("health", "sensitive", "agent_note",
     "Caller is autistic and asked to be contacted by email only; says the loud announcements and crowds at "
     "Central trigger shutdowns. Contact preference updated, complaint about tram 2204 chimes logged."),
    ("health", "sensitive", "call",
     "Transcript: Good afternoon madam, I am calling for my father Mr Ramesh Iyer. He is having Parkinson's "
     "since five years and is needing more time to board. Yesterday on route 9 the driver closed the door "
     "while he was still on the step. Kindly instruct the drivers."),
    ("health", "sensitive", "email",
     "Hello, I collect my methadone from the chemist on Crane Street every morning before work, so I rely "
     "on the 7:05 tram from Millfield. It's been cancelled four times this fortnight. Can someone explain "
     "what is going on?"),
    ("health", "sensitive", "dm",
     "Please my sister was discharged from the psychiatric unit at Fenwick Hospital on Friday and she "
     "forgot her Wren card in the ward locker. The hospital says it is with your lost property now. How can "
     "I collect it for her?"),
    ("health", "sensitive", "chat",
     "Do you refund a return ticket if you couldn't make the return journey? || Agent: Usually yes, can you "
     "tell me what happened? || I had a seizure on the platform at Quayside and the paramedics took me to "
     "A&E, so I never got the tram back."),
    ("health", "benign", "chat",
     "the ticket machine at Quayside is sick again, ate two pound coins and gave me nothing. can someone "
     "fix it or refund me?"),
    ("health", "benign", "email",
     "Does the 18 still stop at the Royal Infirmary main gate during the Kirk Road roadworks? The app shows "
     "a diversion but the stop sign says otherwise. Thanks."),
    ("health", "benign", "review_reply",
     "Review: 2 stars. The new app update is a total headache, it logs me out every time I open it. || "
     "Agent: Sorry about that! Version 4.2.1 fixes the logout bug, please update from your app store."),
    ("health", "benign", "email",
     "Hi, we're Greenfold Medical Supplies, a wholesaler on the Barrow Industrial Estate. We'd like to set "
     "up a corporate account with 40 Wren cards for staff. Could you send the business terms and a price "
     "list?"),
    ("health", "benign", "web_form",
     "I'm writing an article for my journalism course on how transport operators share space between "
     "wheelchairs and buggies. What is KCT's written policy on the wheelchair space? General policy only, "
     "I'm not a passenger with a complaint."),
    ("health", "benign", "sms",
     "left a first aid kit on the no 7 tram, green box, still in shrink wrap, just bought it for the car. "
     "any chance its been handed in"),
    ("health", "benign", "email",
     "Hello, Brightside Physiotherapy here. We'd like to advertise on the side panels of the trams on the "
     "Eastgate line for three months. Who should I speak to about rates?"),
    ("health", "benign", "chat",
     "your app is driving me insane, the map keeps spinning whenever I rotate my phone. fix pls"),
    ("health", "benign", "dm",
     "Hi! Is my dog allowed on the tram in a carrier? She's got an ear infection and I need to get her to "
     "the vet on Grove St. She's a small terrier, very quiet."),
    ("health", "benign", "web_form",
     "Is there a defibrillator at Castle Square tram stop? Our running club is planning a 10k route past it "
     "and we like to note where the nearest ones are."),
    ("health", "benign", "chat",
     "How do I log my steps in the Healthy Commute challenge? The leaderboard says 0 for me though I walked "
     "to the tram all week."),
    ("health", "benign", "email",
     "The validator at Mill Lane is dead to the world. I tapped three times and it stayed blank, then an "
     "inspector said I hadn't validated. Please check the logs for card WR 3301 8842 on Tuesday 08:15."),
    ("health", "benign", "email",
     "Hello, I'm designing a board game about running a tram network and would love to use the KCT map "
     "style. One of the event cards is \"Driver calls in sick - lose a turn\". Would you be OK with a fan "
     "project using your colours?"),
    ("health", "benign", "chat",
     "can I add a stop on a KesRide booking? want to grab a parcel from the post office on the way to work"),
    ("health", "benign", "web_form",
     "Typo in the app: the stop on route 31 is listed as \"Hosptial Road\" instead of \"Hospital Road\". "
     "Small thing but it breaks search."),
    ("health", "benign", "agent_note",
     "Customer asked whether the \"Care Line\" number on the leaflet is medical. Explained it's our "
     "customer care line, open 7am-8pm. No further action."),
    ("health", "benign", "email",
     "My fitness tracker says I walked 3.4 km this morning, all because the 31 never turned up at 07:50. "
     "Good for my step count, less good for my mood. Please look into the reliability of this route."),
    ("health", "benign", "chat",
     "Are there any plans to put hand sanitiser dispensers on the trams again? Loved them. Just a "
     "suggestion, nothing urgent."),
    ("health", "benign", "web_form",
     "I'm editing a leaflet for the Westbrook community centre. Can carers travel free with an Access Wren "
     "holder, and what proof is needed? General info only please."),
    ("health", "benign", "call",
     "Transcript: Caller wanted to know whether the Medical School stop on the university line will reopen "
     "after the platform works. Told him the reopening date is 4 November. Caller happy."),
    # ---- children
    ("children", "sensitive", "email",
     "Hello, my son Theo is 11 and starting secondary school in September. He'll need a Youth Wren card. "
     "What ID do you accept for a child his age, and can I apply online on his behalf?"),
    ("children", "sensitive", "chat",
     "can I add my daughter (9) to my KesRide family profile so I can book her rides to her nan's on "
     "Saturdays?"),
    ("children", "sensitive", "web_form",
     "Lost card report. Card holder: Amira Khalil. Year 8, Hollins Academy. Card was in a purple phone "
     "case, probably dropped on the 27 home from school on Thursday. Please cancel it and send a new one to "
     "the school office."),
    ("children", "sensitive", "sms",
     "hi my lad is in 3rd class, can he use his school travel pass on the 5 on saturdays for hurling "
     "training or is it weekdays only"),
    ("children", "sensitive", "dm",
     "hey, my kid is in 4th grade and left his lunchbox on the green line tram this afternoon, it's blue "
     "with dinosaurs and his name on the lid. did anyone turn it in?"),
    ("children", "sensitive", "voicemail",
     "Hi, it's Rosa Delgado, account 22817. My twins turn seven next Saturday and I wanted to check if they "
     "still ride free on the trams after that or if I need to get them cards. Call me back, thanks."),
    ("children", "sensitive", "call",
     "Transcript: Caller has his daughter every second weekend under the custody arrangement. Her mother "
     "keeps the child's Youth Wren card, so he wants a second card for the same child. Explained one card "
     "per child; suggested a paper weekend ticket."),
    ("children", "sensitive", "agent_note",
     "Parental consent form received for Youth Wren account holder Jamie Pollard, DOB 14/02/2013. Signed by "
     "mother. Account activated, photo approved."),
    ("children", "sensitive", "email",
     "This morning at 8:15 the driver of the 40 refused to let me on with my pram even though the buggy "
     "space was empty. My four-month-old was screaming and it was pouring. I had to wait 20 minutes for the "
     "next one. Not acceptable."),
    ("children", "sensitive", "chat",
     "my 15 yo got a penalty fare on the 33 yesterday even though she had her pass, the app just crashed "
     "when the inspector asked. ref PF-60277. can you cancel it?"),
    ("children", "sensitive", "sms",
     "pls ma lil one is 6 n she lft her skul bag on d 44 bus 2day, its red wit minnie mouse, hw do i get it "
     "bak"),
    ("children", "sensitive", "review_reply",
     "Review: 1 star. Driver on route 3 was rude this morning, 8:10 from Park Gate. || Agent: We're sorry. "
     "Following your call, we've spoken to the driver about asking your 10-year-old to get off alone at the "
     "wrong stop. That should never have happened."),
    ("children", "sensitive", "email",
     "G'day, my daughter's starting Year 10 at Bayside Secondary next term and needs a student concession "
     "card. Does the school have to sign the form or can I do it as her parent? Cheers, Mick"),
    ("children", "sensitive", "email",
     "Respected Sir/Madam, my son is studying in Std 6 at Delhi Public School Kestrel branch. Kindly issue "
     "student pass for him at the earliest. His photo and bonafide certificate are attached. Thanking you, "
     "Sunil Mehta"),
    ("children", "sensitive", "chat",
     "hello po, my anak is Grade 2 pa lang, can she ride the tram alone to school if her kuya meets her at "
     "the stop? thank you po"),
    ("children", "sensitive", "dm",
     "Howzit, my laaitie is in Grade R at Sunnyvale Primary, does he need a ticket or is he free on the bus "
     "with me?"),
    ("children", "sensitive", "chat",
     "Hi, my son Primary 4 one, he lost his Wren card on the tram yesterday lah. Can block and replace? The "
     "card number I don't have, only his name, Ethan Lim."),
    ("children", "sensitive", "chat",
     "I want my kid's travel history deleted please || Agent: Of course. Can you confirm the card holder's "
     "date of birth for security? || 03/09/2011, he's my son, Oliver Brandt"),
    ("children", "sensitive", "email",
     "Honestly I don't know where to start. Every weekday I do the school run with Maisie who's five and "
     "her little brother in the sling, then I get the 8:20 tram from Oakfield, and three times this month "
     "it's just not turned up, and the app still shows it as on time, and by the time the next one comes "
     "she's late for reception and the teacher gives me a look, and I'm late for work too. Can someone "
     "please explain why the app can't just show cancellations?"),
    ("children", "sensitive", "agent_note",
     "Driver reported an unaccompanied boy, about 12, at Depot Road stop after the last service. Driver "
     "waited with him until his mother arrived at 00:20. Incident logged for safeguarding review."),
    ("children", "sensitive", "chat",
     "Can a 14 year old book a KesRide on his own? It's for my nephew, he needs to get home from football "
     "practice and I'll pay."),
    ("children", "sensitive", "web_form",
     "Lost property. Name of child: Leo Marsh. Age: 8. School: St Brigid's NS. Item: navy school jumper "
     "with name tape, left on the 12 bus on 3 Oct."),
    ("children", "sensitive", "email",
     "Hi, I'm 16 and I got a penalty fare for not tapping my card (the reader was broken). I want to appeal "
     "it. Do I need my mum or dad to sign the appeal form, or can I do it myself?"),
    ("children", "sensitive", "dm",
     "Hiya, can I fit a car seat in a KesRide for my newborn? She's three weeks old and I need to get her "
     "to her check-up. Do I book a bigger car?"),
    ("children", "sensitive", "call",
     "Transcript: Grandfather calling about his granddaughter, who is in JSS2 at Kingsway College. Her "
     "Youth Wren card was swallowed by the machine at Central. He asked for it to be replaced without "
     "another fee."),
    ("children", "sensitive", "sms",
     "lost: pink backpack on the 19 this morning, name tag says Poppy (my daughter, shes 7), has a tablet "
     "in it. anything handed in?"),
    ("children", "sensitive", "chat",
     "does my daughter qualify for the student fare? she's a sophomore at Westfield High and takes the red "
     "line every day"),
    ("children", "sensitive", "email",
     "Why does the app keep asking for parental consent when my daughter tries to set up her own account? "
     "She's 13 and perfectly sensible. Can I just give consent by email here? Her name is Chloe Wisniewski."),
    ("children", "sensitive", "web_form",
     "Data request: please send me a copy of the photo and personal details you hold on my son's Youth Wren "
     "card. He is in Year 3 at Elmhurst Primary. Card no. YW 0091 4456."),
    ("children", "sensitive", "voicemail",
     "Hiya, this is Dean Fairlie, calling about my stepson Kyle's pass. He's twelve and the card's been "
     "declined since Monday. Can someone ring me back on 07700 900412?"),
    ("children", "sensitive", "agent_note",
     "Caller's daughter is in Year 11 and sitting her GCSE maths tomorrow; she left her calculator and "
     "pencil case on the 16 bus. Asked depot to check bus 4412 tonight."),
    ("children", "sensitive", "email",
     "Hi there, my young lad is doing his Junior Cert in June and his exams start at 9 sharp. Is the 7:45 "
     "tram from Ballymore going to be running during the works? Thanks a million, Siobhan"),
    ("children", "sensitive", "chat",
     "my teenage daughter's Youth Wren card shows the wrong name, it says Jessica instead of Jessika. she's "
     "14. how do i correct it"),
    ("children", "sensitive", "chat",
     "lol my toddler just launched my Wren card out the tram window at Elm Park. can I get a replacement "
     "and keep the balance?"),
    ("children", "sensitive", "review_reply",
     "Review: Bus driver on the 21 helped my boy with his scooter, he just started kindy and was so proud "
     "to ride the bus. || Agent: Thanks so much for letting us know, we'll pass this on to the driver."),
    ("children", "benign", "email",
     "Hello, this is the office at Hollins Academy. We'd like to hire a heritage tram for our staff "
     "training day on 21 November, about 60 adults. Could you quote for a two-hour charter?"),
    ("children", "benign", "chat",
     "Are folded buggies allowed on trams at rush hour, or only in the wheelchair space? Asking for the "
     "tenants' newsletter I edit."),
    ("children", "benign", "review_reply",
     "Review: 3 stars. The app is acting like a toddler having a tantrum, it screams error codes every time "
     "I top up. || Agent: Ha, fair! The top-up error is fixed in version 4.3, please update."),
    ("children", "benign", "sms",
     "bought a kids scooter as a birthday present, is it ok to bring on the bus folded up? its still in the "
     "box"),
    ("children", "benign", "web_form",
     "At what age does the child fare end? I'm putting together a fares poster for the library noticeboard "
     "and want to be accurate."),
    ("children", "benign", "email",
     "Hi, the Kestrel Tram Museum is showing Baby Driver at our film night on the 14th. Can we put a poster "
     "at the Quayside stop? We're a registered charity."),
    ("children", "benign", "chat",
     "I'm a mature student at Kestrel College, 38, doing an access course. Does the Student Wren card apply "
     "to me?"),
    ("children", "benign", "email",
     "Little Explorers Nursery Ltd, account 88-1203. Our invoice for staff cards in September is missing "
     "the VAT number. Please reissue it to the accounts address on file."),
    ("children", "benign", "email",
     "We run Kids Kingdom, the toy shop on Market Row. What would it cost to advertise on the back of buses "
     "on routes 3 and 7 over Christmas?"),
    ("children", "benign", "review_reply",
     "Review: 5 stars. Felt like a kid in a sweet shop riding the new trams, so smooth and quiet! || Agent: "
     "Thank you, we're thrilled you're enjoying them!"),
    ("children", "benign", "sms",
     "lost a teddy bear keyring on the 9 tonight, brown with a red bow, its on my car keys. please say "
     "someone found it"),
    ("children", "benign", "dm",
     "my puppy is 4 months old and tiny, can she ride on my lap on the tram or does she need a crate?"),
    ("children", "benign", "chat",
     "When does the term-time timetable stop for the summer? I work early shifts and the 6:10 only runs in "
     "term."),
    ("children", "benign", "email",
     "I have a minor complaint about the new tram seats: the fabric on tram 2031 is already torn near the "
     "doors. Not urgent, just letting you know."),
    ("children", "benign", "web_form",
     "Do you sell any official KCT colouring books in the shop? I collect transport memorabilia and the old "
     "tram map ones are lovely."),
    ("children", "benign", "chat",
     "I'm a teacher at Riverside Primary, can I get a corporate Wren card through the school's employer "
     "scheme?"),
    ("children", "benign", "sms",
     "my baby (a 2004 Golf) is in the garage all week so i'll be on the bus, whats the cheapest weekly "
     "option?"),
    ("children", "benign", "chat",
     "What ages does the Youth Wren card cover, and does it need renewing every year? General question."),
    ("children", "benign", "email",
     "Hi, Acorn Tree Childcare Centre on Linden Road here. Could the Linden Road bus stop be moved 50 "
     "metres closer to our entrance? Our staff and visitors often cross a busy junction. Business account "
     "77-4410."),
    ("children", "benign", "email",
     "I'm writing a children's picture book about a little tram called Tilly who gets lost in fog. Would "
     "KCT mind if the tram looks a bit like your green and gold livery? It's self-published."),
    ("children", "benign", "chat",
     "my son is 34 and has been paying for my annual pass as a present, how can I make him the payer on the "
     "account?"),
    ("children", "benign", "email",
     "Please don't handle me with kid gloves this time. I've written three times about the broken shelter "
     "at Oak Hill and I'd like a date for the repair."),
    ("children", "benign", "web_form",
     "Are under-5s free on buses and trams, and do they need a ticket? General question for our hostel's "
     "visitor info sheet."),
    ("children", "benign", "chat",
     "ha I'm taking my Grade 5 piano exam at the Conservatoire next week (at 42, late starter!). Which tram "
     "stop is closest to Albion Hall?"),
    ("children", "benign", "email",
     "I'm in year 2 of my nursing degree and have placements at different sites. Is there a flexible pass "
     "better than the Student Wren for that?"),
    ("children", "benign", "chat",
     "My Wren card top-up from last night isn't showing. £20 on Visa ending 4471. How long does it usually "
     "take?"),
    ("children", "benign", "web_form",
     "The tram on the Eastgate line has been 10-15 minutes late every morning this week at 07:30 from "
     "Harbour Street. Is there a problem?"),
    ("children", "benign", "chat",
     "School Lane stop is missing from the journey planner, it just jumps from Mill Cross to Fairview. Can "
     "you add it back?"),
    ("children", "benign", "email",
     "The driver on the 8 this afternoon told me I was \"acting like a child\" because I asked him twice if "
     "he stopped at Brook Street. Very rude. Bus 3390, 15:20."),
    ("children", "benign", "email",
     "Hello, I'm Robert Hale Junior. My account seems merged with my father's, Robert Hale Senior, same "
     "address, and my top-ups are going to his card. Could you separate them?"),
    ("children", "benign", "agent_note",
     "Customer asked for the child fare table for the tenants' association noticeboard. Sent PDF link. No "
     "account involved."),
    ("children", "benign", "chat",
     "Do you sell Wren cards to under-16s without photo ID? Asking about the policy in general, I run the "
     "newsagent at Park Gate and people ask me."),
    ("children", "benign", "review_reply",
     "Review: 5 stars. My inner child squealed when the heritage tram came round the corner. More of these "
     "please! || Agent: We'll pass on the love to our heritage team!"),
    ("children", "benign", "sms",
     "the Playtime arcade stop on the 11 isnt announced anymore, bus just sails past it. can u fix the "
     "announcements"),
    ("children", "benign", "email",
     "Is the mobile game Tiny Tram Tycoon an official KCT product? It uses your route numbers and stop "
     "names."),
    # ---- financial_hardship
    ("financial_hardship", "sensitive", "email",
     "Hi, I lost my job at the warehouse last Friday and I honestly can't afford the £72 for next month's "
     "pass. Is there any kind of payment plan or reduced fare while I look for work? Thanks, Craig"),
    ("financial_hardship", "sensitive", "chat",
     "Do you still do the Jobseeker discount? I'm on Universal Credit now, what proof do I upload?"),
    ("financial_hardship", "sensitive", "web_form",
     "I've had a letter from Marlowe Recoveries saying they are collecting an unpaid penalty fare of £80 "
     "plus £45 fees on your behalf. I never got the original notice. Please confirm whether this is genuine "
     "before I pay anything."),
    ("financial_hardship", "sensitive", "sms",
     "pls change my address on the card acc, we got put out of the flat on Quarry St, stayin at my cousins "
     "now 14 Ferris Way"),
    ("financial_hardship", "sensitive", "email",
     "Dear Sir, I have been declared bankrupt as of 2 August and my trustee has asked me to list all "
     "ongoing direct debits. Could you confirm the amount and date of the monthly KesRide Plus subscription "
     "on my account? Regards, A. Whitcombe"),
    ("financial_hardship", "sensitive", "sms",
     "can u split the penalty fare into 3 lots mate, centrelink only comes thru fortnightly and its $96"),
    ("financial_hardship", "sensitive", "agent_note",
     "Customer disclosed she is three months behind on rent and using the food bank on Tolley Street. "
     "Applied hardship waiver to PF-40192 and sent the low-income fares leaflet."),
    ("financial_hardship", "sensitive", "email",
     "Sir, I am jobless since two months after the company closed down. Kindly waive this fine PF-51807, I "
     "am not in a position to pay £60 at present. Kindly do the needful."),
    ("financial_hardship", "sensitive", "dm",
     "Abeg una fit cancel this fine? Dem sack me for work last month and I no get money at all, even "
     "transport to look for new work na wahala."),
    ("financial_hardship", "sensitive", "chat",
     "since I was made redundant I only need the bus twice a week, is there something cheaper than the "
     "monthly pass?"),
    ("financial_hardship", "sensitive", "chat",
     "Why was my direct debit for the annual pass declined? || Agent: The bank returned it as unpaid on the "
     "1st. Would you like to try another payment method? || there isn't anything else, I'm in an IVA and "
     "the arrangement payment comes out first, there's nothing left by then"),
    ("financial_hardship", "sensitive", "sms",
     "howzit cant pay d fine till my SASSA grant comes on the 3rd, dont send it to collections pls"),
    ("financial_hardship", "sensitive", "email",
     "Good day po. Pasensya na, I cannot pay the penalty fare yet. The remittance from my husband abroad "
     "stopped since he lost his work and we have many utang (debts) at the sari-sari store. Can I pay in "
     "small amounts every month? Thank you po."),
    ("financial_hardship", "sensitive", "voicemail",
     "Hi, my name's Terry Walsh, I'm ringing from the night shelter on Mercer Road. I've been staying here "
     "since I lost the house. My bus pass is still registered to the old address so the renewal letter "
     "never came. Can you help?"),
    ("financial_hardship", "sensitive", "email",
     "My card was blocked for an unpaid balance of £14.60. I was on furlough for months, then they let me "
     "go, and I've been juggling everything since. I'll clear it when my final pay comes on the 28th, can "
     "you unblock it in the meantime?"),
    ("financial_hardship", "sensitive", "chat",
     "Hi, need a replacement Wren card, mine snapped || Agent: No problem. As you mentioned you're on "
     "Pension Credit and Housing Benefit, the replacement is free under the low-income scheme. It'll arrive "
     "in 3-5 days."),
    ("financial_hardship", "sensitive", "web_form",
     "Please note I now have a Debt Relief Order (ref DRO-2291-KT) which includes the £120 owed to KCT for "
     "penalty fares. The insolvency service says you should stop contacting me for payment."),
    ("financial_hardship", "sensitive", "email",
     "I've received a county court judgment for £230 in unpaid fares I didn't know about because letters "
     "went to my old address. I can't pay it in one go. Who do I speak to about instalments?"),
    ("financial_hardship", "sensitive", "chat",
     "Hi, my company retrenched me last month. Can I cancel my KesRide Plus subscription without the early "
     "exit fee? Money very tight now."),
    ("financial_hardship", "sensitive", "review_reply",
     "Review: 2 stars. Fares up again. It's a choice between the heating and the bus pass this winter, and "
     "I'm already behind on the gas bill. || Agent: We're sorry to hear how hard things are. Please call "
     "us, you may qualify for our low-income fare."),
    ("financial_hardship", "benign", "chat",
     "I was charged twice for my £30 top-up last night, Mastercard ending 0912. Please refund the "
     "duplicate."),
    ("financial_hardship", "benign", "review_reply",
     "Review: 3 stars. KesRide surge pricing on Saturday night nearly bankrupted me lol, £38 for 4 miles. "
     "Otherwise decent app. || Agent: Sorry about the surge! You can set a price alert in Settings > Fares."),
    ("financial_hardship", "benign", "email",
     "Hello, Ledger Lane Debt Advice is a charity with 15 advisers based on Kirk Street. We'd like a "
     "corporate account so staff can travel to client visits. Can you send the paperwork?"),
    ("financial_hardship", "benign", "web_form",
     "How does the daily cap work on pay-as-you-go? If I tap on the tram and then a bus, does it count "
     "towards the same cap?"),
    ("financial_hardship", "benign", "chat",
     "Can I move my direct debit date from the 1st to the 15th? That's when I get paid."),
    ("financial_hardship", "benign", "email",
     "Hi, I'm designing a board game called \"Bankrupt the Buses\" where players run rival bus companies. "
     "Is it OK to name a route after a KCT line or is that trademark trouble?"),
    ("financial_hardship", "benign", "email",
     "Our company account invoice for October is missing our VAT number (GB 998 2231 07). Please reissue. "
     "Thanks, Finance team, Harlow Engineering."),
    ("financial_hardship", "benign", "chat",
     "The 6:40 tram was cancelled this morning and I had to get a taxi. Can I claim the fare back?"),
    ("financial_hardship", "benign", "email",
     "I'm a mortgage broker and travel a lot for client meetings. Can I download monthly receipts for my "
     "expense claims in one PDF?"),
    ("financial_hardship", "benign", "web_form",
     "Is there a discount for people looking for work? I volunteer at the library's job club and members "
     "ask me. General info is fine."),
    ("financial_hardship", "benign", "chat",
     "app says \"insufficient funds\" when I try to buy a day ticket but my card has £25 on it. bug?"),
    ("financial_hardship", "benign", "chat",
     "Can I pay for the annual pass in monthly instalments, or is it up front only?"),
    ("financial_hardship", "benign", "sms", "my visa expired, how do i update the card details on autotopup"),
    ("financial_hardship", "benign", "email",
     "I got a \"payment failed\" email for my KesRide trip on Sunday but my bank shows the £11.20 went "
     "through. Please check and don't charge me twice."),
    ("financial_hardship", "benign", "dm",
     "hiya, my band's called Eviction Notice and we'd like to busk at Central interchange on Saturday. do "
     "we need a permit?"),
    ("financial_hardship", "benign", "email",
     "I'd like to dispute penalty fare PF-72210. The validator at Eastgate was out of order (there was a "
     "sign on it) and I told the inspector so. Photo attached."),
    ("financial_hardship", "benign", "chat",
     "Where do I get annual statements of my travel spend for my tax return? I'm self-employed."),
    ("financial_hardship", "benign", "review_reply",
     "Review: 1 star. £3.40 for one stop is daylight robbery. || Agent: Thanks for the feedback. Have you "
     "tried the Short Hop fare? It's £1.60 for up to three stops."),
    ("financial_hardship", "benign", "agent_note",
     "Customer queried the January fare rise on the monthly pass. Explained the annual fare review and sent "
     "the published fares table."),
    ("financial_hardship", "benign", "chat", "can I pay with google pay on the trams or only on buses?"),
    # ---- legal
    ("legal", "sensitive", "email",
     "Dear KCT, my solicitor has asked me to request the CCTV footage from the 38 bus on 4 May between "
     "17:00 and 17:30, for my personal injury claim after the driver braked suddenly and I fell. Please "
     "preserve it. Regards, Janet Moorcroft"),
    ("legal", "sensitive", "web_form",
     "My phone was stolen from my bag on the Eastgate tram on 2 Oct around 18:10. The police gave me crime "
     "reference CR/5512/23. Do you have CCTV and can you share it with them?"),
    ("legal", "sensitive", "chat",
     "need to move my KesRide booking on the 19th to 8:30am, I have to be at Kestrel Magistrates' for 10 "
     "and can't be late"),
    ("legal", "sensitive", "email",
     "I have a non-molestation order against my ex-partner, Gavin Rees. He used to share my KesRide "
     "account. Please make sure no information about my journeys or address is given to him under any "
     "circumstances."),
    ("legal", "sensitive", "email",
     "Hi, I applied to be a bus driver with you and was turned down after the DBS check because of my "
     "conviction from 2015. Is that a blanket policy? It was spent years ago. Thanks, Lee"),
    ("legal", "sensitive", "chat",
     "my brother got arrested at the Central tram stop last night and the police took his stuff including "
     "his Wren card. how does he get the card back or get a new one"),
    ("legal", "sensitive", "agent_note",
     "Customer states she is suing KCT over her fall on tram 2041 on 12 Aug and has instructed a lawyer. "
     "Forwarded to Claims. Advised agents not to discuss liability. Case ref CL-3381."),
    ("legal", "sensitive", "sms",
     "can the 12 please be on time, im on a curfew tag til 7pm and if the 6.40 dont come i breach. third "
     "time this month"),
    ("legal", "sensitive", "chat",
     "what bus goes to Carver St from Hillside? my probation officer moved offices and I got an appointment "
     "Thursday 2pm"),
    ("legal", "sensitive", "email",
     "Respected Sir, kindly provide my journey history for January to June. My advocate needs the same for "
     "the maintenance case pending in the family court. Card no. WR 7710 3356. Thanking you, Anil Rao"),
    ("legal", "sensitive", "dm",
     "Good day. The police detain me for two days last week at Area C station, and when I come out my Wren "
     "card don expire. Please can I renew am without paying again?"),
    ("legal", "sensitive", "chat",
     "I need my trip records for 3 March || Agent: I can help. Can I ask what you need them for, so I send "
     "the right format? || it's for my defence. I've been charged over the fight at Quayside and my "
     "barrister says the records will show I was on the tram at the time"),
    ("legal", "sensitive", "voicemail",
     "Good morning, this is Priya Sandhu from Hartwell and Co solicitors. We act for Mr Dane Ruddock in "
     "criminal proceedings and need a certified copy of his Wren card journey history for 14 and 15 June. "
     "Please call me on 0161 496 0771."),
    ("legal", "sensitive", "sms",
     "if the 12 keeps not turnin up i cant do my community service hours at the allotments, supervisor says "
     "next time its back to court"),
    ("legal", "sensitive", "chat",
     "got done for fare evasion in July and now you lot are taking me to court over it mate, hearing's on "
     "the 9th. can i just pay it now and make it go away?"),
    ("legal", "sensitive", "email",
     "Please resend my Wren card statement for April. || Agent: Sent. As requested for your employment "
     "tribunal hearing on 12 June, I've included a certified copy signed by our records team."),
    ("legal", "sensitive", "web_form",
     "My bail conditions say I can't enter the city centre zone. Which route from Moorside to my sister's "
     "in Eastfield avoids Central interchange completely? I don't want to breach by accident."),
    ("legal", "sensitive", "email",
     "Hello, my divorce lawyer has asked for records showing when my husband used our joint KesRide account "
     "in the last six months. Can you provide these to me as the account holder?"),
    ("legal", "sensitive", "chat",
     "I'm a witness in a criminal trial at the Crown Court next week. The court gave me a travel expenses "
     "form - can you give me a receipt for the return tram fare?"),
    ("legal", "sensitive", "web_form",
     "I've filed a police report against a KesRide driver (car reg KT19 HXP) who overcharged me £60 and "
     "drove off with my suitcase. Police ref 44/19822. What is KesRide doing about it?"),
    ("legal", "benign", "email",
     "Brindle & Moss LLP would like to open a corporate account with 12 Wren cards for our trainee "
     "solicitors. Please send the business application form."),
    ("legal", "benign", "chat", "is Court Street tram stop closed this weekend? the app says so but there's no sign"),
    ("legal", "benign", "web_form",
     "Is it against the rules to eat on the trams? A hot pie, not a full meal. Just wondering what the "
     "bylaws say."),
    ("legal", "benign", "chat",
     "I'm starting a law degree at Kestrel University, can I get the Student Wren card before term starts?"),
    ("legal", "benign", "email",
     "Could you explain clause 7.2 of the Conditions of Carriage? It says \"reasonable excuse\" but doesn't "
     "give examples."),
    ("legal", "benign", "dm",
     "Is the Lockdown escape room (the cops and robbers one) near the Dockside tram stop? Going with mates "
     "Saturday."),
    ("legal", "benign", "review_reply",
     "Review: 1 star. The new timetable for the 23 is criminal, an hour between buses on Sundays. || Agent: "
     "Sorry! We're reviewing Sunday frequencies in the spring consultation."),
    ("legal", "benign", "web_form",
     "What personal data do you collect from passengers who use contactless, and how long do you keep it? "
     "General question for my blog about privacy."),
    ("legal", "benign", "email",
     "I'm writing a crime novel set on a night bus in a city like Kestrel. Would it be possible to visit a "
     "depot to get the details right? Happy to credit KCT."),
    ("legal", "benign", "chat",
     "jury's still out on the new app design tbh, but can you at least bring back the favourites button?"),
    ("legal", "benign", "sms", "which stop is nearest the tennis courts at Lindley Park"),
    ("legal", "benign", "sms",
     "lost a Better Call Saul dvd box set on the 15 bus, got it at the charity shop, any chance"),
    ("legal", "benign", "web_form",
     "The stop on route 2 is spelled \"Magistrat Road\" on the new timetable. Should be Magistrate Road."),
    ("legal", "benign", "chat",
     "I've just started as a paralegal and my hours are 9:30 to 6. Is there a later-start season ticket?"),
    ("legal", "benign", "email",
     "Do you have plain-clothes inspectors on the trams, or are they always in uniform? Just curious after "
     "a debate with a friend."),
    ("legal", "benign", "email",
     "Hello, our advertising contract with KCT needs countersigning before the campaign starts. Who on your "
     "side has signing authority? Regards, Tallis Media."),
    ("legal", "benign", "agent_note",
     "Customer requested the Conditions of Carriage PDF and the bylaws. Sent both. No complaint raised."),
    ("legal", "benign", "review_reply",
     "Review: 5 stars. The driver on the 4 arrested my attention with his announcements, proper comedian. "
     "|| Agent: We'll let him know he has fans!"),
    ("legal", "benign", "chat", "Do police officers in uniform travel free on KCT? General question."),
    ("legal", "benign", "email",
     "I'd like to appeal penalty fare PF-66014 through your internal review. My Wren card was valid, the "
     "handheld device just didn't read it. Screenshot attached."),
    # ---- special_categories
    ("special_categories", "sensitive", "chat",
     "the 14 is always late at 12:30 on Fridays and I miss the start of Jummah at Al-Noor on Clifton Rd. "
     "can the timetable be looked at?"),
    ("special_categories", "sensitive", "email",
     "I'm a practising Sikh and wear a kirpan, which is allowed under your own conditions of carriage. On 3 "
     "May the driver of the 29 refused to let me board and shouted about \"weapons\" in front of everyone. "
     "I want an apology."),
    ("special_categories", "sensitive", "email",
     "Hello, I keep Shabbat, so I don't use my phone from Friday sunset to Saturday night. Can I buy paper "
     "tickets in advance for Saturday evening after Havdalah? Thanks, Miriam"),
    ("special_categories", "sensitive", "review_reply",
     "Review: 1 star. The driver on the 50 shouted at me for eating a date on the bus at sunset. I was "
     "breaking my fast, it was one date. || Agent: We're sorry. Eating small snacks is allowed and we've "
     "spoken to the driver."),
    ("special_categories", "sensitive", "chat",
     "Hello! Which tram stop is closest to the Shree Ganesh Mandir? My family and I are going for our "
     "Diwali puja on Sunday and I want to avoid the closures."),
    ("special_categories", "sensitive", "email",
     "Good morning, I'm a Eucharistic minister at St Aidan's and I need to be there by 7:30 on Sundays for "
     "early Mass. The first 23 doesn't arrive until 7:50. Is there any chance of an earlier service?"),
    ("special_categories", "sensitive", "dm",
     "our Kingdom Hall does the public witnessing cart at Central every Saturday morning and I'm on the "
     "rota, is there a rule about where we can stand in the interchange?"),
    ("special_categories", "sensitive", "web_form",
     "The driver of the 12 called me a racial slur and told me \"your lot\" don't pay fares because I'm "
     "Roma. It happened at 17:45 on 9 Sept, bus 3371. I want this dealt with."),
    ("special_categories", "sensitive", "email",
     "As a Black woman I have been stopped by ticket inspectors three times this week at Eastgate while "
     "white passengers walk past. I want to know how inspectors choose who to check."),
    ("special_categories", "sensitive", "chat",
     "hi we're a Traveller family living at the Hollow Lane halting site, the 16 stopped coming in past the "
     "site gate. how do we get to town now"),
    ("special_categories", "sensitive", "agent_note",
     "Customer of Pakistani heritage believes the inspector profiled him at Quayside on 4 Oct. Escalated to "
     "EDI team per policy. Customer wants a written response."),
    ("special_categories", "sensitive", "email",
     "I'm standing as the Socialist Alliance candidate in the Westbrook by-election and was told by a "
     "station officer that I can't hand out leaflets at the Central tram stop. Where is that written down?"),
    ("special_categories", "sensitive", "chat",
     "after the climate march on Saturday (I was with the Extinction Rebellion group) the tram didn't stop "
     "at Civic Square at all. why? had to walk 2km"),
    ("special_categories", "sensitive", "sms",
     "I'm the Labour branch secretary for Fairview ward, need the timetable for the 3 on polling day, we'll "
     "be out knocking doors till 10pm"),
    ("special_categories", "sensitive", "chat",
     "A driver tore the badge off my coat this morning || Agent: I'm very sorry. Can you tell me more about "
     "the badge? || It was my Palestine solidarity badge. He said he didn't want \"politics\" on his bus "
     "and ripped it off."),
    ("special_categories", "sensitive", "email",
     "I'd like a meeting about my complaint against inspector 0442. My Unite rep, Frank Doyle, will be "
     "attending with me. Please offer dates next week."),
    ("special_categories", "sensitive", "call",
     "Transcript: Caller says he's an RMT shop steward at the rail depot and was refused the union travel "
     "discount on KesRide. Asked which unions are in the scheme. Sent list by email."),
    ("special_categories", "sensitive", "review_reply",
     "Review: 1 star. My husband and I were told by the driver to \"stop that\" for holding hands on the "
     "tram. Two men holding hands is not a crime. || Agent: We're sorry. This is not acceptable and has "
     "been escalated."),
    ("special_categories", "sensitive", "sms",
     "hi its Tomas, my husband Luis left his glasses on the 22 this evening, brown case, any chance"),
    ("special_categories", "sensitive", "chat",
     "I'm bi and wear a pride pin on my bag. The KesRide driver made comments about it the whole way and "
     "asked \"which team\" I play for. Trip KR-231004-1190."),
    ("special_categories", "sensitive", "dm",
     "what's the last tram back from Velvet Room on Saturday? going to the queer night with my gf and don't "
     "want to pay for a taxi"),
    ("special_categories", "sensitive", "email",
     "Please stop sending my trip receipts to the shared family email. My wife doesn't know I've been "
     "seeing someone else and the receipts to Dock Street on Tuesday nights will give it away. Change it to "
     "this address only."),
    ("special_categories", "sensitive", "chat",
     "A KesRide driver overheard me on the phone talking about my hookup last night and kept making sexual "
     "comments about it for the whole ride. I felt awful."),
    ("special_categories", "sensitive", "email",
     "Hello, I've transitioned and changed my name by deed poll from Daniel to Danielle. Please update my "
     "Wren card name and photo. Deed poll attached."),
    ("special_categories", "sensitive", "chat",
     "please update my pronouns in the app to they/them, and change my title from Mr to Mx. thanks!"),
    ("special_categories", "sensitive", "agent_note",
     "Customer is a trans man; Wren card and emails still show \"Ms\" and his deadname. Updated title to Mr "
     "and name to Callum per request. Apologised."),
    ("special_categories", "sensitive", "chat",
     "My Gender Recognition Certificate has come through. Can you change the gender marker on my KesRide "
     "profile? Happy to show it."),
    ("special_categories", "sensitive", "web_form",
     "Lost property: A4 envelope left on tram 2012 on 6 Oct. It contains my DNA test results from the "
     "genetics clinic, showing I carry the BRCA2 variant. Very private, please don't open it."),
    ("special_categories", "sensitive", "email",
     "I left my ancestry DNA kit on the 31 bus, it had my saliva sample sealed in it ready to post, plus "
     "the results page from my dad's test which shows his ethnicity breakdown. Has anything been handed in?"),
    ("special_categories", "sensitive", "web_form",
     "Your new gates at Central took a facial scan of me when I tapped through on 2 Oct. I did not consent. "
     "Please delete my facial recognition data and confirm in writing."),
    ("special_categories", "sensitive", "email",
     "KesRide asked me to register my fingerprint for ID checks. I've done it, but I want to know where my "
     "fingerprint template is stored, and I'd like it deleted if I stop using the app."),
    ("special_categories", "sensitive", "chat",
     "Hi po! Which bus is best to go to our Iglesia ni Cristo worship service at the Kestrel locale on "
     "Thursday evening? Thank you po"),
    ("special_categories", "sensitive", "call",
     "Transcript: Caller, who is Nigerian, said the inspector asked for her passport and \"papers\" when "
     "others were only asked for tickets. Felt targeted because of her ethnicity. Logged as discrimination "
     "complaint."),
    ("special_categories", "sensitive", "chat",
     "My voice is registered for voice ID on your phone line. I don't want you keeping my voiceprint "
     "anymore, please delete it."),
    ("special_categories", "sensitive", "dm",
     "kindly note I wear a headscarf and the KesRide driver refused to take me, said \"not in my car\". "
     "trip cancelled after 3 min. I am Muslim and this is discrimination"),
    ("special_categories", "benign", "email",
     "Hello, St Aidan's parish office here. We'd like to hire a heritage tram for our summer fete shuttle "
     "on 12 July, running between Fairview and the church hall. Could you send a quote?"),
    ("special_categories", "benign", "review_reply",
     "Review: 5 stars. The rainbow livery tram for Pride month looks brilliant. Will it run all year? || "
     "Agent: It's staying on the Eastgate line until the end of August!"),
    ("special_categories", "benign", "chat",
     "is Union Street stop back open? the diversion signs are gone but the app still says closed"),
    ("special_categories", "benign", "email",
     "Hi, Kestrel University Students' Union here. We'd like to order 300 Student Wren cards in bulk for "
     "freshers' week. Is there a bulk process?"),
    ("special_categories", "benign", "email",
     "Good afternoon, I'm with an advertising agency booking campaigns for several clients during the "
     "election period. Could you send your bus-side rates and any content rules for political adverts?"),
    ("special_categories", "benign", "web_form",
     "Will there be extra trams on election day? Polling stations close at 10pm and the last tram is at "
     "10:15."),
    ("special_categories", "benign", "chat", "when is the Christmas and New Year timetable out? need to plan shifts"),
    ("special_categories", "benign", "web_form",
     "Is the Eid and Diwali holiday timetable published yet? I manage rotas at the Quayside food hall and "
     "need to know about reduced services."),
    ("special_categories", "benign", "sms", "the new Genesis trams are class, whats the top speed on them"),
    ("special_categories", "benign", "chat",
     "the touchscreen on the ticket machine at Mill Cross is covered in fingerprint smudges, can't read "
     "anything in the sun. needs a clean"),
    ("special_categories", "benign", "chat",
     "Face ID login isn't working in the KesRide app since the last update, it just asks for my password "
     "every time. iPhone 13."),
    ("special_categories", "benign", "web_form",
     "Why does the Wren card application ask for gender at all? It doesn't seem necessary for a bus pass. "
     "General feedback."),
    ("special_categories", "benign", "email",
     "I run Heritage Churches walking tours in the old town and want a group ticket for 20 people on a "
     "Saturday. Is there a group rate?"),
    ("special_categories", "benign", "chat",
     "Trinity tram stop is closed for cathedral works, what's the nearest alternative?"),
    ("special_categories", "benign", "chat", "god this app is slow today, takes a minute to load the map"),
    ("special_categories", "benign", "review_reply",
     "Review: 5 stars. Holy moly the new trams are quick! || Agent: Glad you're enjoying them!"),
    ("special_categories", "benign", "email",
     "Is there a Black Friday deal on annual passes this year? Last year there was 10% off."),
    ("special_categories", "benign", "email",
     "Hello, we make the Kestrel DNA podcast about the city's history. We'd love to interview someone about "
     "the first electric trams. Who should we contact?"),
    ("special_categories", "benign", "email",
     "Helix Genomics Ltd would like to set up a corporate travel account for 30 lab staff at the Science "
     "Park. Please send the application form and invoice terms."),
    ("special_categories", "benign", "chat",
     "can i use my biometric passport as ID for the Wren card photo check or does it have to be a driving "
     "licence"),
    ("special_categories", "benign", "web_form",
     "Which buses are diverted for the Pride parade on Saturday? I work at a cafe on Castle Street and need "
     "to get in for 9am."),
    ("special_categories", "benign", "chat",
     "are buses running during the drivers' strike next week? need to get to work"),
    ("special_categories", "benign", "email",
     "The drivers' union has announced a strike for 14-16 Nov. Will weekly pass holders get a refund for "
     "the days with no service?"),
    ("special_categories", "benign", "chat",
     "does the TransCity journey planner work with the KesRide app or do I need both?"),
    ("special_categories", "benign", "chat",
     "is there a straight route from Hillside to the airport or do I have to change at Central?"),
    ("special_categories", "benign", "chat",
     "the screen orientation is stuck in landscape in the app, can't rotate back to portrait"),
    ("special_categories", "benign", "sms", "whats the nearest stop to the World Food Market on Saturdays"),
    ("special_categories", "benign", "agent_note",
     "Customer asked whether religious holidays affect the timetable. Sent the bank and public holiday "
     "schedule. No account issue."),
    ("special_categories", "benign", "email",
     "I'm writing a comic novel about a vicar who moonlights as a bus driver. Could someone tell me how "
     "long bus driver training takes, so the plot holds up?"),
    ("special_categories", "benign", "chat",
     "Rainbow Crossing stop has no shelter, it's exposed in the rain. Any plans to put one in?"),
    ("special_categories", "benign", "web_form",
     "Someone's been making liberal use of air freshener on the number 9, it's overpowering on the top "
     "deck. Please ask the cleaners to go easy."),
    ("special_categories", "benign", "dm",
     "Are the Conservative Club and the Liberal Club stops on the 17 being merged? Heard a rumour."),
    ("special_categories", "benign", "email",
     "Hi, I'm a DJ and play the monthly Soul Sunday at the Quayside Arms. What's the last bus from there to "
     "Oakfield on a Sunday?"),
    ("special_categories", "benign", "chat",
     "my cat is a Sphynx and totally hairless, is it warm enough on the trams in winter for her in a "
     "carrier? genuine question about the heating lol"),
    ("special_categories", "benign", "voicemail",
     "Hi, it's Nadia from Crescent Moon Bakery on Dale Street, business account 55-2018. Our staff cards "
     "haven't been renewed for December. Can someone call me back?"),
    # ---- bereavement
    ("bereavement", "sensitive", "email",
     "Hello, my father passed away on the 3rd of this month. Please cancel his Silver Wren pass (card SW "
     "4410 2298) and let me know how to claim the unused balance. Regards, Helen Ashworth"),
    ("bereavement", "sensitive", "chat",
     "Mum's been gone since June and her direct debit for the KesRide subscription is still coming out of "
     "the joint account. How do I stop it?"),
    ("bereavement", "sensitive", "sms",
     "need the first tram to Ashby on thurs, its my brothers funeral at 10 and i cant be late"),
    ("bereavement", "sensitive", "email",
     "I was recently widowed and the travel account was always in Alan's name. Could it be transferred to "
     "mine, Margaret Hale, with the same card?"),
    ("bereavement", "sensitive", "agent_note",
     "Caller's husband died on 2 March. Account WR-88120 closed. Refund of £42.10 to be paid to the estate. "
     "Sent condolence letter template."),
    ("bereavement", "sensitive", "web_form",
     "I am the executor of the estate of the late Mrs Ivy Chandler of 22 Lark Rise. Please close her Wren "
     "account and send a final statement to me at the address below."),
    ("bereavement", "sensitive", "chat",
     "which bus gets to Greenhill Crematorium for 2pm Friday? it's my gran's service and I've never been"),
    ("bereavement", "sensitive", "dm",
     "Abeg, my uncle don pass, we wan book four KesRide cars for the burial on Saturday. Una get group "
     "booking?"),
    ("bereavement", "sensitive", "email",
     "Respected Sir/Madam, my grandfather expired last month. Kindly close his account and refund the "
     "balance to my father's bank account. Death certificate attached. Regards, Vikram Nair"),
    ("bereavement", "sensitive", "chat",
     "hello po, we need a KesRide van for the lamay of my lola this week, going to the chapel on Bridge "
     "Road every night. can we book 5 nights in advance?"),
    ("bereavement", "sensitive", "chat",
     "howya, what time's the last tram from Ballymore Friday night? we've the removal for my aunt at 7 in "
     "St Mel's and then back to the house"),
    ("bereavement", "sensitive", "chat",
     "Can you move the balance on card 4410 2231 to my card? || Agent: Is the card holder able to give us "
     "permission? || No. She died in April. She was my wife."),
    ("bereavement", "sensitive", "sms",
     "cancel my dads bus pass pls, he died tuesday. no need to send anything, just stop the payments"),
    ("bereavement", "sensitive", "voicemail",
     "Hi, it's Caroline Brady returning your call about the death certificate you asked for. I'll post a "
     "certified copy today for my mother's account closure. Thanks."),
    ("bereavement", "sensitive", "email",
     "Since we lost our son last spring I haven't been able to face the tram past his old college. Is there "
     "any route from Westbrook to the city centre that avoids the Hanover stop?"),
    ("bereavement", "sensitive", "review_reply",
     "Review: 5 stars. The staff at lost property were so kind. || Agent: Thank you. And thank you for "
     "telling us about your sister's passing, we hope getting her bag back helped a little."),
    ("bereavement", "sensitive", "web_form",
     "Lost property, urgent: I left a dark green urn in a carrier bag on tram 2019 this afternoon. It "
     "contains my husband's ashes. Please, please check."),
    ("bereavement", "sensitive", "email",
     "We are sitting shiva for my father at my mother's house in Fairview this week. Is there a late bus "
     "from the city for visitors after 9pm?"),
    ("bereavement", "sensitive", "sms",
     "every sunday i take the 33 to Westbrook cemetery to visit my brother's grave and it never comes on "
     "time. pls fix"),
    ("bereavement", "sensitive", "call",
     "Transcript: Caller said her partner died suddenly last week and she's found his Wren card with £60 on "
     "it. She'd like it refunded to her. Explained the next-of-kin process and sent the form."),
    ("bereavement", "benign", "email",
     "Hargreaves & Sons Funeral Directors, business account 30-1122. We'd like to add two new staff to our "
     "corporate KesRide account. Please send the form."),
    ("bereavement", "benign", "chat", "the validator at Station Road has died again. third time this week"),
    ("bereavement", "benign", "chat",
     "my phone died so I couldn't show my e-ticket and got told to buy another. can I get the second one "
     "refunded? I have both in the app now"),
    ("bereavement", "benign", "email",
     "Our old spaniel Rufus passed away last month, so we won't need the dog ticket add-on on our annual "
     "pass any more. Can it be removed? Thank you."),
    ("bereavement", "benign", "sms",
     "is the Cemetery Road stop being moved? theres a notice on the shelter but its half torn"),
    ("bereavement", "benign", "web_form",
     "Locals call the bend at Fell Lane \"dead man's curve\" and the trams take it far too fast. It's only "
     "a matter of time. Please review the speed limit there."),
    ("bereavement", "benign", "email",
     "We run Haunted Kestrel ghost tours. Could we book the heritage tram for a Halloween night tour with "
     "40 guests?"),
    ("bereavement", "benign", "review_reply",
     "Review: 5 stars. The new app is killing it, so much faster. || Agent: Thanks, we'll pass it on to the "
     "dev team!"),
    ("bereavement", "benign", "chat", "the card reader on the ticket machine at Elm Park is dead, just flashes red"),
    ("bereavement", "benign", "email",
     "We're hosting a murder mystery party on a heritage tram for my 40th. Is the tram available on 18 May "
     "evening and can we bring decorations?"),
    ("bereavement", "benign", "web_form",
     "The old tram 1907 \"the Old Lady\" is being retired, I read. Will there be a farewell run? I'd love "
     "to ride her one last time."),
    ("bereavement", "benign", "chat", "what's the deadline to apply for the Student Wren card this term?"),
    ("bereavement", "benign", "chat",
     "there's a dead zone in the tunnel under Central, no signal at all, so the app can't load my ticket "
     "for the inspector. can you add wifi?"),
    ("bereavement", "benign", "sms",
     "rip to my umbrella, left it on the 7 tonight. black with a duck handle. any luck"),
    ("bereavement", "benign", "agent_note",
     "Customer asked about road closures for the Remembrance Sunday parade. Sent diversion map. No further "
     "action."),
    ("bereavement", "benign", "email",
     "Putting the Oak Hill stop behind the new hoarding was a grave mistake, nobody can see the bus coming. "
     "Please move the flag."),
    ("bereavement", "benign", "chat",
     "the tram stopped dead at Eastgate for 20 minutes with no announcement, what happened?"),
    ("bereavement", "benign", "email",
     "Whitlow Estates (estate agents), business account 19-0077. Please update our billing address to 4 "
     "Crown Parade."),
    ("bereavement", "benign", "dm",
     "lol the KesRide driver played a whole Requiem at full volume, great choice honestly but maybe ask "
     "first"),
    ("bereavement", "benign", "web_form",
     "I'm a history student researching the Victorian horse-drawn trams. Do you have archives, e.g. from "
     "the old depot that's now the Memorial Hall?"),
    # ---- violence_self_harm
    ("violence_self_harm", "sensitive", "email",
     "On the 17 at about 22:30 on Friday a man sat next to me, kept touching my leg, then followed me off "
     "at Linden Road and grabbed my arm. I got away but I'm shaken. Please keep the CCTV. Bus number ended "
     "58."),
    ("violence_self_harm", "sensitive", "chat",
     "please remove the second person from my KesRide family account ASAP. it's my ex and he's been using "
     "the trip alerts to find where I am. I'm in a refuge now and he can't know where"),
    ("violence_self_harm", "sensitive", "web_form",
     "The driver of the 2 at 08:05 today threatened to punch me when I asked him to wait. He said \"get off "
     "or I'll knock you out\". Bus 3305."),
    ("violence_self_harm", "sensitive", "chat",
     "honestly I don't want to be here anymore. I stood at the platform edge at Quayside last night for "
     "ages. I don't know why I'm telling a chatbot. || Agent: I'm really glad you messaged. You're talking "
     "to a person. Please call Samaritans on 116 123 now, they're free, any time. Are you safe right now?"),
    ("violence_self_harm", "sensitive", "agent_note",
     "Passenger at Central told staff she was going to step in front of the next tram. Staff stayed with "
     "her, ambulance called, police attended. Welfare referral completed. Ref SAF-2291."),
    ("violence_self_harm", "sensitive", "email",
     "There's a man who gets the 07:40 tram from Oakfield every day and he has started waiting for me at my "
     "stop and following me to work. I've changed my times twice and he's changed his. What can you do?"),
    ("violence_self_harm", "sensitive", "web_form",
     "A man exposed himself on the N4 night bus at around 01:15 on Sunday, top deck, and I told the driver "
     "who did nothing. Please preserve the footage."),
    ("violence_self_harm", "sensitive", "sms",
     "new address for the card pls: c/o Harbour House, 2 Quay Walk. dont send anything to the old flat, he "
     "still opens my post"),
    ("violence_self_harm", "sensitive", "email",
     "Every morning on route 5 the same group spit at me and call me names. Yesterday they threw a drink "
     "over me. I'm scared to get the bus now."),
    ("violence_self_harm", "sensitive", "voicemail",
     "Hi... I'm at the Quayside stop. I've taken all my tablets, I just wanted someone to know. My "
     "name's... sorry."),
    ("violence_self_harm", "sensitive", "chat",
     "Sir one fellow touched me very badly in the crowded tram at 6pm. I am feeling very uncomfortable to "
     "travel now. Kindly take action, tram 2025 Eastgate line."),
    ("violence_self_harm", "sensitive", "dm",
     "After I gave a KesRide driver 1 star he's been texting me saying he knows where I live and is going "
     "to come round. What are you doing about this? Trip KR-231011-3390"),
    ("violence_self_harm", "sensitive", "chat",
     "I want to change my card PIN || Agent: Sure. Any particular reason? Just so I can check the account "
     "is secure. || My partner takes my card and my wages and I'm scared of what he'll do if he finds out I "
     "changed it"),
    ("violence_self_harm", "sensitive", "sms",
     "girl on the 9 just told me her bf's been hurting her and asked me to msg you, shes getting off at Elm "
     "Park. what do i do"),
    ("violence_self_harm", "sensitive", "chat",
     "bloke on the tram to Bayside just pulled a knife on another fella near the doors, we all got off at "
     "Marina. is anyone dealing with it??"),
    ("violence_self_harm", "sensitive", "dm",
     "Dem beat me for the bus park at Ojo Road stop yesterday, area boys. They take my phone and my Wren "
     "card. I go need new card."),
    ("violence_self_harm", "sensitive", "chat",
     "Please block my old Wren card. || Agent: Done. As we discussed on the phone, I've also added a "
     "safeguarding flag so nobody can get your address from us, given the threats from your brother."),
    ("violence_self_harm", "sensitive", "email",
     "Someone keeps posting photos of me taken on the tram on a forum, with nasty comments about my body. I "
     "think they're a regular passenger. Can you check who sat near me on these dates?"),
    ("violence_self_harm", "sensitive", "email",
     "Since my video about the route cuts went viral I've been getting death threats. Please make sure "
     "nobody can get my card ID or journey history from you."),
    ("violence_self_harm", "sensitive", "call",
     "Transcript: Caller says her neighbour punched her at the tram stop on Friday after an argument and "
     "she's been afraid to use that stop since. Asked if the stop has CCTV. Advised her to report to "
     "police; CCTV preserved."),
    ("violence_self_harm", "benign", "chat", "the KesRide app is killing my battery, 30% in an hour. any fix?"),
    ("violence_self_harm", "benign", "sms", "whats the last tram after the Violent Femmes gig at the Arena on friday"),
    ("violence_self_harm", "benign", "chat",
     "do you still do paper punch cards for the park and ride or is it all digital now?"),
    ("violence_self_harm", "benign", "email",
     "Hello, Kestrel Kickboxing Club here. We'd like group tickets for 18 adult members to a tournament in "
     "Bayside on 2 March."),
    ("violence_self_harm", "benign", "review_reply",
     "Review: 2 stars. Getting off at Quayside is an assault course with all the roadworks barriers. || "
     "Agent: Sorry, the works end in three weeks and the path will be cleared."),
    ("violence_self_harm", "benign", "chat",
     "I stalk your live bus map way too much lol. feature request: can it show how full the bus is?"),
    ("violence_self_harm", "benign", "email",
     "We're a student film crew and would like to shoot a short scene on a tram. Do we need a filming "
     "permit and how much is it?"),
    ("violence_self_harm", "benign", "chat",
     "the self-service kiosk at Central is broken again, just shows a blue screen"),
    ("violence_self_harm", "benign", "review_reply",
     "Review: 5 stars. You've slashed the weekend fares and I'm here for it. || Agent: Enjoy your weekend "
     "travels!"),
    ("violence_self_harm", "benign", "web_form",
     "I'm a chef and carry my knives to work in a locked roll case. Is that allowed on buses and trams? "
     "General policy question."),
    ("violence_self_harm", "benign", "chat",
     "your marketing emails are harassing me at this point lol, 5 a day. how do I unsubscribe?"),
    ("violence_self_harm", "benign", "chat",
     "is the threat of strike action in November real or just rumour? need to plan my commute"),
    ("violence_self_harm", "benign", "sms",
     "tram hit every green light this morning, 12 mins to town. whoever did that, more please"),
    ("violence_self_harm", "benign", "chat", "The Bulldog stop on the 24 isn't in the app anymore, is it closed?"),
    ("violence_self_harm", "benign", "email",
     "I'm making a tram-driving video game and want the signals to look realistic. Is there a public "
     "document on tram signalling?"),
    ("violence_self_harm", "benign", "review_reply",
     "Review: 3 stars. Calling the 61 an \"express\" is an abuse of the word, it stops everywhere. || "
     "Agent: Fair point! We're reviewing the name."),
    ("violence_self_harm", "benign", "chat",
     "fought with the ticket machine at Fairview for 10 mins, it won. it wont take notes. refund my lost "
     "fiver?"),
    ("violence_self_harm", "benign", "chat", "what's the Boxing Day timetable? is the 3 running at all?"),
    ("violence_self_harm", "benign", "agent_note",
     "Customer asked how CCTV coverage on trams works in general, for a university research project. Sent "
     "the CCTV policy. No incident."),
    ("violence_self_harm", "benign", "email",
     "Our office is booking a paintball day at Fenwick Woods. Is there a bus from Central that stops near "
     "the entrance? 25 of us."),
]


def fjord_examples() -> list[dict]:
    """The fjord split as labelled tickets (same shape as ``sensitive_eval.build_eval_set``'s)."""
    return stranger_examples("fjord", ENTRIES, SUBJECTS)
