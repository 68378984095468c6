"""cairn split: written by a helper who had not seen the detection rules, the anchors or any other split.
Setting: Cairnway Outdoors, an outdoor-gear shop (online and in store) that also runs guided walks, indoor
climbing walls, kit hire and school and youth expedition trips, with memberships, waivers and booking forms;
registers are email, chat, sms, call, agent_note, web_form, review, voicemail, dm, social.
The benign half borrows product and route names (Pilgrim tent, Sherpa fleece, Widowmaker boulder, Outlaw tent,
deadman anchor, self-arrest course), idioms (killed my legs, phone died, child's play, convert to merino),
organisations acting as organisations (hospice, union branch, church walking group, council, school office,
Scouts, Pride committee), general policy questions (halal cafe, prayer room, face-ID login, fingerprint lockers,
minimum ages, instalments) and routine billing trouble (declined cards, double charges, late-return fines).
70 sensitive and 70 benign tickets for special categories, 50 and 50 for children, 20 and 20 for financial hardship,
15 and 15 for health, legal, bereavement and violence and self-harm.
First reading (policy 2026.11.19, before any change made in response to it; `sensitive_eval.evaluate`, as `make
eval-sensitive`): 97.5 / 4.0 recall / false exclusion in % as shipped, 98.0 / 6.0 without the overruling, 91.5 / 5.0
by the rules alone. Held out (drawn at random before it was written): never tuned or trained on, read as aggregates
only."""

from __future__ import annotations

from training_gate.sensitive_blind import stranger_examples

SUBJECTS: tuple[str, ...] = (
    "Question about my order",
    "Climbing wall booking",
    "Kit hire return",
    "Guided walk enquiry",
    "Membership renewal",
    "Waiver form query",
    "Trailblazers expedition paperwork",
    "Refund request",
    "Click and collect at Brackenfold",
    "Account login problem",
    "Feedback on my visit",
    "Change to my booking",
    "Junior club enquiry",
    "Gift card balance",
)

ENTRIES: list[tuple[str, str, str, str]] = [
    # ---- health
    ("health", "sensitive", "email",
        "Hi there, I've got a Wall Pass at Kestrel Quay (member no. KQ-30418) and I'm having my "
        "rotator cuff repaired on the 9th. Surgeon says at least four months before I so much as "
        "look at a jug hold. Is it possible to freeze the membership rather than cancel? I'd rather"
        " not lose the founder rate. Thanks, Declan Oduya || Agent: Hi Declan, medical freezes can "
        "run up to 6 months and you keep your founder rate. I've frozen it from the 9th; just email"
        " us when you're ready to come back. || Customer: Brilliant, thank you."),
    ("health", "sensitive", "web_form",
        "Booking: Greyscar Horseshoe guided walk, Sat 14 Sept | Participant: Hannah Pell | "
        "Emergency contact: Rob Pell 07700 900418 | Medical conditions / medication: Type 1 "
        "diabetic, on a pump, will carry glucose gel and a spare kit | Dietary: none | Anything the"
        " leader should know: I may need to stop briefly to check my levels on the big climb"),
    ("health", "sensitive", "chat",
        "Customer: hi, the Tarnside boots I ordered (CW-211904) pinch really badly across the top, "
        "can I swap for the wide fit? || Agent: Of course, have they only been worn indoors? || "
        "Customer: yes just tried them round the flat. my feet swell a lot with the lymphoedema so "
        "standard fit never works, I should've known || Agent: No problem at all, I'll set up an "
        "exchange to the wide fit 6.5 and send a free returns label now."),
    ("health", "sensitive", "agent_note",
        "Cust (Mrs Aileen Forsyth) rang re the Sat Tollmoor ridge walk she missed. She was in A&E "
        "most of Friday night with a suspected fractured wrist after a fall at home, in a cast now."
        " Asked for credit not refund. Issued £45 credit note CN-7712, valid 12 months. Told her no"
        " rush."),
    ("health", "sensitive", "voicemail",
        "Hi, it's Gareth Lowther, booking reference BK-55190, the two-day navigation course at "
        "Tollmoor. I, um, I won't be able to make it. I've been signed off work with stress and "
        "anxiety, the GP's put me on sertraline and I'm just not up to being in a group right now. "
        "If you could ring me back about moving it to the spring that'd be great. 07700 900233. "
        "Thanks."),
    ("health", "sensitive", "sms",
        "hiya cant do tues bouldering, on antibiotics for a chest infection & doc said no exertion "
        "for 2 wks. can u move me to the 28th? ta, Kez"),
    ("health", "sensitive", "review",
        "★★★★★ Kestrel Quay. I have epilepsy and was nervous about starting climbing. The "
        "instructor on my taster asked, privately, about my triggers and whether the strobe lights "
        "at the Friday session would be a problem, then adjusted the plan. Brilliant. || Agent: "
        "Thank you so much for this, Marta. We'll pass it on to Jonah, who led your taster. See you"
        " on the wall!"),
    ("health", "sensitive", "email",
        "Hello, I've just had my 20-week scan and my midwife has politely told me to stop "
        "bouldering (fair). Could my Wall Pass be paused until after the baby arrives, or "
        "transferred to my partner for the next six months? Whichever is easier your end. Sophie "
        "Anand"),
    ("health", "sensitive", "dm",
        "hey!! quick one, is the Millbeck waterfalls walk ok for someone with a new hip? had my "
        "replacement done in march, walking fine on the flat now but steep downhills are still slow"
        " going. dont want to hold the group up"),
    ("health", "sensitive", "chat",
        "Customer: Is there a quieter session at the Harrowby wall? || Agent: Our Tuesday and "
        "Sunday morning sessions tend to be calmest. Is there anything in particular we can help "
        "with? || Customer: I'm autistic and the Friday music and lights are a lot for me, I ended "
        "up sitting in the car for 20 mins last week. Tuesday sounds better, can I swap my block "
        "booking? || Agent: Absolutely, I've moved your four remaining sessions to Tuesdays at "
        "10am. You can also ask the desk to turn the speaker down in the boulder room."),
    ("health", "sensitive", "call",
        "Customer: Hi, I've got a sleeping bag and two mats out on hire, due back Monday, order "
        "KH-3391. || Agent: Thanks, I can see that here. || Customer: My husband had a heart attack"
        " on the second night of our trip, he's still in the cardiac unit at Harrowby General, so I"
        " can't get them back to you this week. || Agent: I'm so sorry. Please don't worry about "
        "the kit at all, I'll extend the hire for two weeks at no charge."),
    ("health", "sensitive", "email",
        "Hello, I'm a manual wheelchair user (T10 spinal injury, 2017) and I'd love to do one of "
        "your accessible trail days. Is the Greyscar reservoir route fully surfaced, and do you "
        "hire a clip-on front wheel? Thanks, Imran || Agent: Hi Imran, the reservoir loop is "
        "compacted gravel throughout with one short ramp. We hire a clip-on front wheel for £8 a "
        "day; would you like me to reserve one for your date?"),
    ("health", "sensitive", "agent_note",
        "Member K. Baptiste asked us to note on her file that she's on warfarin, so instructors "
        "should be aware of the bleeding risk if she takes a fall or cuts herself. Added a medical "
        "flag to her Wall Pass record with her verbal consent, visible to duty managers only."),
    ("health", "sensitive", "web_form",
        "Refund request | Order/booking: BK-60024, 3-day Three Tarns crossing | Reason: I was "
        "diagnosed with long covid in July and I still can't walk more than a couple of miles "
        "without crashing for days afterwards. Gutted, I'd been looking forward to this all year. "
        "Letter from the respiratory clinic attached."),
    ("health", "sensitive", "chat",
        "Customer: sorry for the delay returning the crampons, been in hospital with kidney stones "
        "all week lol never again || Agent: Oh no, hope you're feeling better! I've waived the late"
        " fee, drop them in whenever you're up to it. || Customer: ur a legend ty"),
    ("health", "benign", "email",
        "Hi, do you stock the TrailMedic Pro first aid kit in the larger group size? I lead a small"
        " walking club and our old one is looking a bit sad. Happy to click and collect from "
        "Brackenfold. Cheers, Alan || Agent: Hi Alan, yes, the group size is in stock at "
        "Brackenfold. I've reserved one for you under your name. || Customer: Top stuff, I'll grab "
        "it Saturday."),
    ("health", "benign", "review",
        "★★★★☆ Greyscar Horseshoe guided walk. The last pull up to the trig point absolutely killed"
        " my legs but the views were worth every step. Leader was great on the history of the old "
        "mine workings. Only downside, the minibus back was 15 minutes late."),
    ("health", "benign", "chat",
        "Customer: Do your guided walks need a medical form, or is it just the waiver? || Agent: "
        "Just the waiver, which has an optional section where you can tell the leader anything "
        "relevant. It's entirely up to you what you share. || Customer: Ok, and what fitness level "
        "is the Tollmoor ridge one? || Agent: It's graded moderate: about 9 miles with 600m of "
        "ascent, so comfortable for regular walkers."),
    ("health", "benign", "sms",
        "Hi Cairnway, are the Blister Rescue plasters back in at Harrowby yet? website says low "
        "stock. want a few packs for the club kit bag. Ta"),
    ("health", "benign", "web_form",
        "Enquiry type: Facilities | Message: Is there a defibrillator at the Kestrel Quay wall, and"
        " are all duty staff first-aid trained? I'm putting together the risk assessment for our "
        "company social climb next month."),
    ("health", "benign", "email",
        "Hello, I'd like to order two copies of 'Mountain First Aid: A Pocket Guide' by Tess "
        "Hallam. Is it in stock at Millbeck Wharf? One is for our club library and one for the "
        "minibus. Best wishes, Priti"),
    ("health", "benign", "dm",
        "yo that new overhang at Harrowby is SICK 🔥🔥 when's the next reset?? need more of that"),
    ("health", "benign", "email",
        "Agent: Before your walk on Saturday, please let the leader know about any medical "
        "conditions or medication that might affect you on the day. You can reply to this email or "
        "tell them at the start. || Customer: Thanks for the reminder, nothing to add from me. See "
        "you in the car park at 9."),
    ("health", "benign", "chat",
        "Customer: Is the café at Brackenfold allergen-labelled? We're bringing a group of 14 after"
        " the guided walk and I'm trying to sort lunch in advance. || Agent: Yes, every café item "
        "is labelled for the 14 major allergens and we can take a group pre-order. I'll email you "
        "the menu now."),
    ("health", "benign", "email",
        "Looking for a birthday present for my dad, he keeps nicking my foam roller after long "
        "walks! Is the Recovery Roller bundle (roller + massage ball) in stock, and can you gift "
        "wrap it? Thanks, Ffion"),
    ("health", "benign", "web_form",
        "Group booking | Organisation: Harrowby Borough Council HR team | Event: Mental Health "
        "Awareness Week sponsored walk | Walkers: approx 25 | Preferred date: Weds 15 May | Notes: "
        "we'd like a leader and a short talk about the route at the start."),
    ("health", "benign", "review",
        "★★★☆☆ Bought the Hardknott anti-shock trekking poles. Twist locks are fine but the "
        "anti-shock spring rattles a bit on every step. I'd go for the flick-lock version next "
        "time."),
    ("health", "benign", "chat",
        "Customer: quick waiver question, does the medical declaration need doing every visit or "
        "once a year? || Agent: Once every 12 months, unless anything changes, in which case you "
        "can update it in the app under My Waivers. || Customer: brill, cheers"),
    ("health", "benign", "call",
        "Customer: Hi, I'm honestly sick of waiting for this parcel, it's been nine days. Order "
        "CW-210388. || Agent: I'm sorry, let me look. It's been sitting at the courier's depot "
        "since Tuesday. || Customer: Great. || Agent: I've chased it and upgraded it to next-day, "
        "and I'll refund the delivery charge."),
    ("health", "benign", "sms",
        "Hi, the HydraTab electrolyte tabs, do you have them in blackcurrant or just citrus? "
        "grabbing some before the three peaks challenge. cheers"),
    # ---- children
    ("children", "sensitive", "chat",
        "Customer: hi does the kids climbing club take complete beginners? shes 9 and never climbed"
        " || Agent: Yes! Junior Spiders is for ages 8-12 and beginners are very welcome. || "
        "Customer: great, its for my daughter Isla, can she start next sat?"),
    ("children", "sensitive", "email",
        "Hello, I bought the Trailkid carrier last month and my 6-month-old seems to slump to one "
        "side in it. Is there an infant insert I'm missing, or is she just too small for it yet? "
        "She's about 7kg. Thanks, Rhiannon"),
    ("children", "sensitive", "web_form",
        "Trailblazers Award sign-up | Participant: Oscar Wren | Date of birth: 03/07/2010 | School:"
        " Harrowby Academy | Year group: Year 9 | Level: Bronze | Parent/guardian: Lydia Wren | "
        "Medical: mild asthma, has inhaler"),
    ("children", "sensitive", "email",
        "Hi, my son turns 16 in May. Can he switch from the junior to the adult Wall Pass on his "
        "birthday, and will he still need me to sign his waiver after that? Thanks, Andrew Pike || "
        "Agent: Hi Andrew, yes, he can move to the adult pass from his birthday. At 16 he can sign "
        "his own waiver, though he'll need to do the adult induction."),
    ("children", "sensitive", "sms",
        "hi we hired the small carrier for our toddler for sat but she's had a growth spurt, can we"
        " swap for the bigger one? ref KH-3651"),
    ("children", "sensitive", "agent_note",
        "Caller said she was 15 and wanted to book the adult lead-climbing induction on her own. "
        "Explained that as a minor she needs a parent present to sign and would have to do the "
        "youth lead course instead. She's going to get her mum to ring us."),
    ("children", "sensitive", "email",
        "Please remove the photo of my son from your Instagram post on 3 March (the Junior Spiders "
        "one on the cave wall). He's 11 and I never agreed to him being on social media, and his "
        "name is visible on his hoodie. Claire Foster || Agent: Dear Claire, I'm very sorry. The "
        "post has been removed and the image deleted from our library, and I've checked there are "
        "no others of him."),
    ("children", "sensitive", "chat",
        "Customer: my daughter can't log in to her junior wall account || Agent: Let me help. "
        "What's the name on the account? || Customer: Amelia Chen, she's 12, date of birth "
        "22/01/2013. it keeps saying locked || Agent: It locks after too many attempts; I've reset "
        "it and sent a link to the parent email on file."),
    ("children", "sensitive", "web_form",
        "Party booking | Child's name: Alfie Brennan | Age on the day: 7 | Number of children: 12 |"
        " Date: Sat 6 April | Package: Bouldering + pizza | Allergies: Alfie is dairy free, others "
        "TBC"),
    ("children", "sensitive", "email",
        "Hi there, my lad Kai is doing his Bronze expedition with you in June (he's Year 10 at St "
        "Anne's). He's tall for his age and the hire boot list stops at an 11, he's a 12. Do you "
        "have bigger ones or should I buy some? Cheers, Lee Morgan"),
    ("children", "sensitive", "chat",
        "Customer: Poppy's nursery does forest school on Fridays and they've asked for a proper "
        "all-in-one waterproof. She's 3 and a bit, 98cm. Is the 2-3yr or 3-4yr puddle suit better? "
        "|| Agent: At 98cm I'd go 3-4 so there's room for layers underneath. || Customer: perfect, "
        "ordering now"),
    ("children", "sensitive", "voicemail",
        "Hi, it's Farah Siddiqui. I'd like to book the family taster at Harrowby for me and my "
        "twins, they're four, is that too young? If not, a Sunday morning would be ideal. My "
        "number's 07700 900146. Thanks."),
    ("children", "sensitive", "sms",
        "hi its jake im 14 can i come to the wall on my own after school or do i need my mum with "
        "me"),
    ("children", "sensitive", "review",
        "★★★★★ Took our three-year-old to the Tiny Climbers session on Wednesday. The instructor "
        "was so patient and she's been 'climbing' the sofa all week. || Agent: Love this! Thanks "
        "for coming, hope to see you both again soon."),
    ("children", "sensitive", "dm",
        "hey so me and my mates are all year 11 and want to do a leavers climbing session after "
        "exams. do we need parents to sign stuff if we're only 16?"),
    ("children", "sensitive", "agent_note",
        "Lost property: child's coat left after the Saturday party. Mum (Mrs Kowalski) says it "
        "belongs to her son Max, aged 8, name label inside. Held at Kestrel Quay desk till "
        "collected."),
    ("children", "sensitive", "email",
        "Dear Cairnway, I'm the SENCo at Millbeck Primary. One of our Year 5 pupils, Tyler, is "
        "coming on the residential to Tollmoor and has ADHD. Could one of your instructors have a "
        "quick call with me about what helps him? His mum has agreed to this. Many thanks, Ms "
        "Harding"),
    ("children", "sensitive", "chat",
        "Customer: my little one starts reception in Sept and needs proper wellies and a splash "
        "suit for school forest days. what sizes at 4? || Agent: Most four-year-olds are in a kids'"
        " 9-11 welly. For the splash suit, 4-5 years gives room to grow. || Customer: thanks, will "
        "get both"),
    ("children", "sensitive", "web_form",
        "Consent form | Participant name: Noah Abara | Date of birth: 19/11/2009 | Emergency "
        "contact: Grace Abara (mother) 07700 900522 | Photo consent: NO | Can swim 25m: Yes"),
    ("children", "sensitive", "email",
        "Hello, my daughter Mia (17) wants to do the Gold expedition but she's sitting A-levels on "
        "the July dates. Could she do September instead? She'll still be under 18 then if that "
        "matters for consent. Thanks, Simon Greaves"),
    ("children", "sensitive", "call",
        "Customer: Hi, I'm phoning about the newborn sling I bought. || Agent: Of course, how can I"
        " help? || Customer: Our baby, Arlo, was born on the 2nd of February, he's about 3.5 kilos,"
        " and the label says from 3.2. Is he safe in it? || Agent: Yes, that's within range. Just "
        "make sure his chin is off his chest and you can see his face."),
    ("children", "sensitive", "agent_note",
        "Cust says her son (7) has a severe peanut allergy and carries two adrenaline pens. Booked "
        "onto Junior Spiders taster Sat 10am. Added allergy alert to his junior profile and briefed"
        " the instructor (Sam)."),
    ("children", "sensitive", "email",
        "Hi! Our eldest, Zara, has just started Year 7 and her school's outdoor club is going to "
        "the Harrowby wall. She's nervous about heights, is there a beginner session she could come"
        " to first with me? Thanks, Hina"),
    ("children", "sensitive", "sms",
        "Hi, my boy's 13 and wants to do the bushcraft weekend, is he old enough or is it 16+? Thx,"
        " Dave"),
    ("children", "sensitive", "chat",
        "Customer: is the youth expedition ok for under 18s without a parent there? || Agent: Yes, "
        "the Trailblazers expeditions are for 14-18 year olds, led by our qualified staff. || "
        "Customer: great, it's for my son Ethan, he's 15 and a half. does he need to bring his own "
        "tent? || Agent: No, tents are included; he'll share with his group."),
    ("children", "sensitive", "review",
        "★★★☆☆ Good party but the cake room was far too small for 15 seven-year-olds! Our Rosie "
        "loved it anyway. || Agent: Thanks for the feedback, we're looking at the room size. So "
        "glad Rosie enjoyed her day."),
    ("children", "sensitive", "web_form",
        "Junior membership application | Child's full name: Ava Lindqvist | DOB: 08/08/2014 | "
        "School: Greyscar C of E Primary | Parent email: p.lindqvist@example.com | Can your child "
        "climb unsupervised? No"),
    ("children", "sensitive", "voicemail",
        "Hi it's Ben, I'm on the Year 8 trip with Harrowby Academy next week, my mum said to ring "
        "about the kit list. I haven't got waterproof trousers, can I hire some? I'm age 12 to 13 "
        "size. Um, thanks, bye."),
    ("children", "sensitive", "email",
        "Hi, I'm a foster carer and the young person living with me at the moment (he's 14) would "
        "love to do the Junior Lead course. Do I need the social worker's consent as well as mine, "
        "or can I sign on my own? Pauline"),
    ("children", "sensitive", "chat",
        "Customer: can I get the kids' party moved? || Agent: Sure, which booking is it? || "
        "Customer: BK-63110, Isaac's 10th. he's broken his arm at football so we'll need to push it"
        " back a month || Agent: Oh no, poor Isaac! I've moved it to Sat 18 May, same time."),
    ("children", "sensitive", "agent_note",
        "Junior member (Lily, 11) left the climbing session early, upset. Dad collected. He says "
        "she's having a hard time at school and the wall is her safe place; asked that she keeps "
        "the same instructor each week. Noted on her profile."),
    ("children", "sensitive", "dm",
        "hiya is the teen boulder night for 13-17s? my daughter's 13 next week and desperate to go "
        "with her friends"),
    ("children", "sensitive", "email",
        "Could you please update our family membership? We have a new addition, baby Theo, born 14 "
        "January. Do under-ones need to be listed or are they just free? Thanks, Matt & Ruth Cole"),
    ("children", "sensitive", "web_form",
        "Expedition medical form | Participant: Jayden Burke | Age: 15 | Year: 10 | Medication: "
        "melatonin at night, parents will send | Dietary: vegetarian | Notes from parent: he "
        "doesn't sleep well the first night away from home"),
    ("children", "sensitive", "sms",
        "running late for Grace's 4pm junior session, she's 9, can she wait at the desk till I get "
        "there? 10 mins max. sorry!!"),
    ("children", "sensitive", "review",
        "★★★★★ Brilliant family walk. Our 18-month-old slept in the carrier the whole way round and"
        " our 5 year old managed every step of the 4 miles. || Agent: That's a proper effort from "
        "your 5-year-old, well done to all of you!"),
    ("children", "sensitive", "call",
        "Customer: My daughter did her Silver practice expedition with you last weekend. || Agent: "
        "Lovely, how did it go? || Customer: Fine, but she's in Year 11 with mocks, so her journal "
        "isn't done. Her name's Nadia Price. Can she hand it in late? || Agent: Yes, up to two "
        "weeks late is fine, I'll note it for her assessor."),
    ("children", "sensitive", "chat",
        "Customer: hi can I book Harry into holiday club for the week of 29 July? he's 8, he came "
        "at Easter || Agent: Yes! I've got one space left in the 8-11 group. Any changes to his "
        "medical info since Easter? || Customer: nope all the same"),
    ("children", "sensitive", "email",
        "Hello, I'm a teacher at Saint Bede's. One of our Year 6 boys, Rafi Mensah, left his "
        "glasses on your minibus after the school climb yesterday. Red frames. His mum would be "
        "very grateful if they've turned up. Mr Ellis"),
    ("children", "sensitive", "agent_note",
        "Walk leader reports a lad of about 12 came on the Sunday walk with his grandad, who had "
        "only booked one place. Added the boy (Finley Shaw, 12) as a child place, waiver signed by "
        "grandad, free under our under-16 policy."),
    ("children", "sensitive", "web_form",
        "Photo consent withdrawal | Child's name: Sienna Adeyemi-Clark | Age: 6 | Session: Tiny "
        "Climbers, Thursdays | Request: please do not photograph my daughter for marketing and "
        "remove any existing images of her"),
    ("children", "sensitive", "chat",
        "Customer: my teenager wants the Tarnside jacket for her birthday, what size does a girl of"
        " 14 usually take? || Agent: Most 14-year-olds fit our women's 8 or a kids' 13-14. Her "
        "chest measurement would help. || Customer: she's about 80cm, I'll go women's 8"),
    ("children", "sensitive", "dm",
        "hey im 12 and my mum said i can have a birthday party at the wall. how much is it for 10 "
        "friends? i dont have a email"),
    ("children", "sensitive", "email",
        "Hi, our son Louis (9) has type 1 diabetes and wants to join Junior Spiders. Are the "
        "instructors ok to support him with a quick snack if he goes low? || Agent: Hi, absolutely."
        " We'll do a short care plan with you at his first session so everyone knows the signs. || "
        "Customer: That's a weight off, thank you."),
    ("children", "sensitive", "voicemail",
        "Hiya, this is Leanne. My daughter Skye's eleven and she's meant to be on the Bronze taster"
        " on Saturday but she's gone down with chickenpox. Can we move her please? Ring me back on "
        "07700 900309."),
    ("children", "sensitive", "sms",
        "hi its Mrs Nowak. can Wiktoria (10) go on the Sat junior session with her friend Zoe (11)?"
        " both have junior cards"),
    ("children", "sensitive", "agent_note",
        "Parent complaint: her son (Year 3) came back from the school climb with a scraped knee and"
        " no first aid note was sent home. Apologised; checking with the instructor and will "
        "confirm the accident book entry."),
    ("children", "sensitive", "review",
        "★★★★☆ My daughter (8) did holiday club all week and came home exhausted and happy every "
        "day. Would love a later pickup time for working parents though. || Agent: Thanks, we're "
        "looking at extended hours for the summer."),
    ("children", "sensitive", "chat",
        "Customer: do the child hire harnesses fit a baby? || Agent: Our smallest full-body harness"
        " is for around 2 years and up. || Customer: ah she's only 10 months, we hoped she could "
        "try the tiny wall with us. never mind, next year"),
    ("children", "sensitive", "email",
        "Hi, I bought the junior membership for my grandson Ollie for Christmas, he's in Year 2. "
        "It's come through in my name but it should be in his, date of birth 02/06/2017. Can that "
        "be changed? Thank you, June Ashworth"),
    ("children", "benign", "chat",
        "Customer: what's the minimum age for the Kestrel Quay wall? || Agent: Children can climb "
        "from 4 with a participating adult, and 14 and over can climb unsupervised once inducted. "
        "|| Customer: thanks"),
    ("children", "benign", "email",
        "Hi, do the Trailkid wellies in kids' size 5 come in the dinosaur print or just plain "
        "green? Buying as a gift. Thanks, Gemma || Agent: Hi Gemma, size 5 comes in dinosaur, "
        "ladybird and plain green. Gift wrapping is free at checkout."),
    ("children", "benign", "web_form",
        "School order | Organisation: Harrowby Academy Outdoor Education Dept | Items: 30 x "
        "baseplate compasses, 15 x group shelters | Delivery to: school reception | Invoice: "
        "finance office, PO 20931"),
    ("children", "benign", "chat",
        "Customer: Do you do a family ticket for the climbing wall? || Agent: Yes, 2 adults and up "
        "to 3 kids for £38. || Customer: nice, and is that bookable online? || Agent: It is, under "
        "Family Sessions."),
    ("children", "benign", "email",
        "Hello, what's included in the Trailblazers expedition fee? Food, tents, transport? I'm "
        "helping our parents' association put together an info sheet for the autumn. Thanks, Karen"),
    ("children", "benign", "review",
        "★★★★★ The Little Explorer rucksack range is fab quality. Bought one as a gift and it's "
        "lovely, and the delivery was next day."),
    ("children", "benign", "sms",
        "do u sell the Cub stove gas cartridges at Millbeck or just Brackenfold?"),
    ("children", "benign", "chat",
        "Customer: Do under-16s need to be with an adult on guided walks? || Agent: Yes, under-16s "
        "walk with a booked adult; 16-17s can join alone with a signed parental consent form. || "
        "Customer: ok, good to know"),
    ("children", "benign", "email",
        "Hi, we're 3rd Harrowby Scouts and we'd like to book the wall for our Explorer unit one "
        "Thursday evening in March, about 16 young people and 3 leaders. What would it cost? "
        "Thanks, Steve (Group Scout Leader) || Agent: Hi Steve, youth group rate is £9 per head "
        "including kit, leaders free. Thursdays in March are open."),
    ("children", "benign", "dm",
        "setting up the Ridgeway 6 was child's play compared to our old tent 😂 ten minutes flat"),
    ("children", "benign", "review",
        "★★★★☆ Felt like a kid in a sweet shop in the new Brackenfold store. Huge range and helpful"
        " staff. Parking's a nightmare though."),
    ("children", "benign", "chat",
        "Customer: do you have baby changing at the Tollmoor centre? || Agent: Yes, in the "
        "accessible toilet on the ground floor and another in the café."),
    ("children", "benign", "email",
        "Agent: All participants under 18 must have a consent form signed by a parent or guardian "
        "before the expedition. Forms are in the app under 'Trips'. || Customer: Thanks, I run the "
        "youth club so I'll pass that on to the families tonight."),
    ("children", "benign", "web_form",
        "Enquiry | Message: Are any of your guided walks pushchair-friendly? Looking for something "
        "flat-ish and surfaced. Thanks"),
    ("children", "benign", "call",
        "Customer: When are the summer holiday club dates? || Agent: Five weeks from 22 July, "
        "Monday to Friday, 9 till 3. || Customer: And when does booking open? || Agent: 1 May at "
        "9am."),
    ("children", "benign", "email",
        "Hello, I'm buying a baby carrier as a gift for friends. Is the Trailkid Cosy suitable from"
        " birth or do you need an insert for that? Thanks, Aled"),
    ("children", "benign", "chat",
        "Customer: how much is a junior wall pass? || Agent: £22 a month, or £210 for the year. || "
        "Customer: ta"),
    ("children", "benign", "review",
        "★★☆☆☆ The 'Nipper' daypack's zip broke within a month. Cute design, poor build. Expected "
        "better."),
    ("children", "benign", "sms",
        "does the Junior harness come in a size that fits small adults too? im only 4ft11 lol"),
    ("children", "benign", "web_form",
        "PTA request | Organisation: Greyscar Primary PTA | Request: We'd love a raffle prize for "
        "our summer fair, maybe a family climbing voucher? Happy to credit you on the poster."),
    ("children", "benign", "agent_note",
        "Customer asked about age limits for the bushcraft weekend. Explained 16+ on their own, 12+"
        " with a parent or guardian. She's going to think about it and call back."),
    ("children", "benign", "chat",
        "Customer: is the Baby Bear sleeping bag any good for festivals or is it a kids' one? || "
        "Agent: Despite the name, the Baby Bear is our adult 1-season bag! Small-packing, not "
        "small. || Customer: haha misleading, sold"),
    ("children", "benign", "email",
        "Hi, our nursery (Little Acorns Day Nursery) would like 12 puddle suits in assorted sizes "
        "for the outdoor area. Do you offer an educational discount? Many thanks, Jan (Manager)"),
    ("children", "benign", "review",
        "★★★★☆ The Teen Boulder Night posters in Kestrel Quay look great, but the QR code sign-up "
        "link goes to a 404. Might want to fix that!"),
    ("children", "benign", "dm",
        "do you have the kids' 13 Tarnside jacket in red? website only shows navy"),
    ("children", "benign", "chat",
        "Customer: is the youth expedition leader course open to anyone 18+? || Agent: Yes, 18 and "
        "over with a DBS check, which we arrange for you. || Customer: brilliant, I'll sign up"),
    ("children", "benign", "email",
        "Hello, my new tent is my baby and I'm terrified of getting it muddy lol. What's the best "
        "reproofer for polycotton canvas? Thanks, Stef"),
    ("children", "benign", "sms",
        "is the family membership 2 adults + kids or can it be 1 adult? thx"),
    ("children", "benign", "web_form",
        "Product question | Item: Trailkid 'Little Explorer' binoculars | Question: Are these "
        "sturdy enough for a classroom set? We'd want 10."),
    ("children", "benign", "call",
        "Customer: Do your junior clubs run in term time only? || Agent: Junior Spiders runs all "
        "year except Christmas week. || Customer: Great, thanks."),
    ("children", "benign", "review",
        "★★★★☆ Grown-ups only night at the wall was a blast. DJ, pizza, and no queue for the "
        "auto-belays. More please!"),
    ("children", "benign", "chat",
        "Customer: do you sell those kid-proof water bottles, the ones that don't leak? || Agent: "
        "The Sipper 400 is our most leak-proof, it has a lockable lid. || Customer: ideal"),
    ("children", "benign", "email",
        "Hello, is the Young Ranger badge scheme on the guided walks still running? Our Brownie "
        "unit's leaders are planning the spring term. Thanks, Denise (Brown Owl)"),
    ("children", "benign", "agent_note",
        "School office (St Anne's High) rang to confirm minibus pickup for the Trailblazers group: "
        "8:15 from the main gate. Confirmed and sent the driver details."),
    ("children", "benign", "web_form",
        "Feedback | Message: Your kids' section at Harrowby is lovely but the changing room mirror "
        "is at adult height only. Small thing!"),
    ("children", "benign", "dm",
        "Is Junior Spiders on during half term? asking for the poster on our community centre "
        "noticeboard"),
    ("children", "benign", "sms",
        "hi do you stock the Teen Titan harness in size M? cheers"),
    ("children", "benign", "chat",
        "Customer: what's your policy on under-18s buying gas canisters? || Agent: We don't sell "
        "gas, knives or stove fuel to anyone under 18, and we'll ask for ID if unsure. || Customer:"
        " makes sense"),
    ("children", "benign", "review",
        "★★★☆☆ The Kid Gloves (the waterproof gloves, not the attitude 😄) are warm but the velcro "
        "picks up everything."),
    ("children", "benign", "email",
        "Dear Cairnway, the Harrowby Youth Orchestra committee would like to book an end-of-term "
        "social climb for members and staff, roughly 25 people. Could you quote? Best wishes, "
        "Graham Lee, Secretary"),
    ("children", "benign", "chat",
        "Customer: do you do gift vouchers for kids' parties? || Agent: Yes, party vouchers come in"
        " £50 steps and are valid for a year. || Customer: great"),
    ("children", "benign", "call",
        "Customer: I'm from the council's family hub. Can we put your holiday club leaflets out in "
        "our centre? || Agent: Of course, I'll post you a box of 50. || Customer: Lovely, thanks."),
    ("children", "benign", "web_form",
        "Enquiry | Message: Can baby carriers be used on the guided walks, or is it a no for safety"
        " reasons? General question before I book anything."),
    ("children", "benign", "dm",
        "the new kids' wall mural at Kestrel Quay is class, who painted it?"),
    ("children", "benign", "email",
        "Hi, is the 'Nursery Slopes' ski-touring course suitable for complete beginners? The name "
        "suggests so but the kit list looks scary. Thanks, Priyanka"),
    ("children", "benign", "sms",
        "Hi, what time does the Tiny Climbers session finish on Wednesdays? Cheers"),
    ("children", "benign", "agent_note",
        "Trailkid rep visited Brackenfold: new kids' footwear range arriving September, junior "
        "sizes 7 to 6. Planogram to follow from head office."),
    ("children", "benign", "chat",
        "Customer: Do you have pushchair parking at the Harrowby wall? || Agent: Yes, just inside "
        "the entrance by the lockers. || Customer: perfect, thank you"),
    ("children", "benign", "review",
        "★★★★★ Bought the family-size Ridgeway 6 for festival season. Room for four adults and all "
        "the kit, and easy to pitch."),
    ("children", "benign", "email",
        "Hello, we're a childminding network looking at a termly booking of the Tiny Climbers slot "
        "for our group. Is there a group rate? Thanks, Helen Marsh"),
    # ---- financial_hardship
    ("financial_hardship", "sensitive", "email",
        "Hi, I was made redundant last Friday (the whole depot shut) and I need to cut every "
        "outgoing I can. Can I cancel my Trailhead membership without the 3-month notice? I really "
        "can't keep paying it. Sorry, Mark Tolley || Agent: Hi Mark, no need to apologise. I've "
        "waived the notice period and cancelled from today, so no further payments will be taken. "
        "You're welcome back any time."),
    ("financial_hardship", "sensitive", "chat",
        "Customer: do u do concessions on the wall pass? || Agent: We do: 30% off for students, "
        "over-65s and anyone getting a means-tested benefit. || Customer: ok good, im on universal "
        "credit since my hours got cut, what proof do u need? || Agent: Just show your UC statement"
        " on your phone at the desk, you don't need to send it to us."),
    ("financial_hardship", "sensitive", "email",
        "Hello, I'm booked on the leader course (£480) and I've paid the £100 deposit. Since then "
        "things have gone badly wrong money-wise and I'm behind on a couple of credit cards. Is "
        "there any chance of paying the rest in small monthly amounts? || Agent: Thanks for being "
        "upfront, Jodie. Yes, we can split the balance into 6 payments of £63.33, no interest. "
        "Shall I set that up? || Customer: Yes please, thank you so much."),
    ("financial_hardship", "sensitive", "voicemail",
        "Hi, this is Ryan Colley, I've had a letter from a debt collection agency, Northgate "
        "Recoveries, about an unpaid kit hire bill from last year. I didn't even know it had gone "
        "that far. I'm on a debt management plan and I can't pay a lump sum. Can somebody call me "
        "back, please, on 07700 900384."),
    ("financial_hardship", "sensitive", "email",
        "We're being evicted at the end of the month and have to find somewhere to stay, so the "
        "family camping week in August is off for us. Please could the £150 deposit be refunded "
        "rather than kept as credit? We need every penny right now. Thank you, Shona"),
    ("financial_hardship", "sensitive", "web_form",
        "Account query | Message: I was declared bankrupt in June. My trustee has asked me to "
        "confirm whether I have any store credit or gift card balances with you, as these may need "
        "to be declared. Can you confirm my balance? Account email: d.achebe@example.org"),
    ("financial_hardship", "sensitive", "agent_note",
        "Member T. Hughes 3 months in arrears on monthly Wall Pass. Says her partner lost his job "
        "in Jan and they're struggling. Agreed a 4-week pause, no late fees, and moved the DD to "
        "the 28th when her wages go in."),
    ("financial_hardship", "sensitive", "chat",
        "Customer: hi can i freeze my membership for a couple of months? lost my job last week and "
        "honestly skint till i find something || Agent: Sorry to hear that. Yes, you can freeze for"
        " up to 3 months free, I've done it from today. || Customer: thank u so much"),
    ("financial_hardship", "sensitive", "email",
        "Hello, I applied for pay-in-3 on the Tarnside jacket and got declined. I'm guessing it's "
        "the CCJ from two years ago, I'm still paying that off. Is there any other way to spread "
        "the cost? Thanks, Warren"),
    ("financial_hardship", "sensitive", "voicemail",
        "Hiya, it's Donna. I ordered the waterproofs last week but I need to cancel and get the "
        "money back. The bailiffs came round yesterday and I need everything I can get together for"
        " the rent. Order number's CW-222901. Sorry. Bye."),
    ("financial_hardship", "sensitive", "review",
        "★★★★★ When I was between jobs and flat broke, the Millbeck team let me put boots aside and"
        " pay a bit each week. They never once made me feel awkward. Back in work now and I'll "
        "always shop here. || Agent: That's lovely to hear, thank you for coming back to tell us."),
    ("financial_hardship", "sensitive", "dm",
        "hi is there any hardship fund or bursary for the Trailblazers expedition? single parent on"
        " benefits and the £310 just isn't doable this year"),
    ("financial_hardship", "sensitive", "email",
        "Your direct debit bounced and now you've added a £10 charge. I'm overdrawn, I've got "
        "nothing until the 25th and I'm already behind on my council tax. Please, please don't add "
        "any more fees, I'll pay what I owe as soon as I can. Kelly Brennan"),
    ("financial_hardship", "sensitive", "call",
        "Customer: I want to return all the stuff I bought in January, the tent, the bags, all of "
        "it. || Agent: Are they unused? || Customer: Mostly. I just need the money back, I can't "
        "make rent this month and the food bank's the only reason we're eating. || Agent: Let's see"
        " what we can do. Anything unused within 90 days can go back for a full refund."),
    ("financial_hardship", "sensitive", "web_form",
        "Cancellation form | Booking: BK-62201 Winter skills weekend | Reason: Can't afford it "
        "anymore. Lost my job in October and I'm behind on rent. | Refund or credit: Refund please "
        "if at all possible"),
    ("financial_hardship", "sensitive", "sms",
        "pls stop sending the reminder letters about the £48. I'm working with a debt advice "
        "charity now & they'll contact u to set up a payment plan. thx"),
    ("financial_hardship", "sensitive", "email",
        "Hi, I'm on PIP and ESA and money is really tight. Is the 'pay what you can' community "
        "climb still running on Sunday mornings? Last time I came it was a lifeline."),
    ("financial_hardship", "sensitive", "agent_note",
        "Customer phoned about the £95 outstanding on hire account HA-2271. Her business went under"
        " in the summer and she's entered an IVA. Noted the IVA ref, put the account on hold and "
        "sent details to finance to deal with her insolvency practitioner."),
    ("financial_hardship", "sensitive", "chat",
        "Customer: is it possible to get my deposit back early for the guided walk? it's not till "
        "june || Agent: Deposits are refundable up to 14 days before. Can I ask what's changed? || "
        "Customer: my husband's been laid off and we're living off my part-time wage, we just can't"
        " justify it || Agent: Completely understand, I've processed the refund today."),
    ("financial_hardship", "sensitive", "social",
        "Hey, saw your post about the kit amnesty. I'm sleeping in my car at the moment after "
        "losing my flat, do you ever give away old hire sleeping bags? Would honestly make a huge "
        "difference."),
    ("financial_hardship", "benign", "chat",
        "Customer: my card got declined paying for the Harrier tent, but the bank says there's no "
        "problem? || Agent: Sometimes the 3D Secure check times out. Could you try again and watch "
        "for the prompt in your banking app? || Customer: worked that time, thanks"),
    ("financial_hardship", "benign", "email",
        "Hi, I've been charged twice for order CW-223015 (£84.99 x2). Could you refund the "
        "duplicate? Screenshot of my statement attached. Thanks, Oliver || Agent: Hi Oliver, you're"
        " right, the second payment was a duplicate. I've refunded £84.99; allow 3-5 days."),
    ("financial_hardship", "benign", "web_form",
        "Invoice request | Organisation: Pennock & Lowe Architects | Booking: team climbing social,"
        " 18 people | Please send a VAT invoice to accounts@example.com quoting PO 4471"),
    ("financial_hardship", "benign", "sms",
        "whats the balance on my gift card? ends 4410. thanks"),
    ("financial_hardship", "benign", "chat",
        "Customer: Do you price match? Seen the Tarnside jacket £20 cheaper elsewhere || Agent: We "
        "match other UK retailers on identical in-stock items. Send me the link and I'll check. || "
        "Customer: sending now"),
    ("financial_hardship", "benign", "email",
        "Hello, can the Trailblazers expedition fee be paid in instalments, or is it all up front? "
        "Just trying to understand the options before sign-up evening. Many thanks"),
    ("financial_hardship", "benign", "review",
        "★★★★☆ Bagged a bargain in the end-of-season sale, a proper 3-season bag for half price. "
        "Only 4 stars because the queue for the tills was ridiculous."),
    ("financial_hardship", "benign", "chat",
        "Customer: the Harrier 2 dropped £30 the day after I bought it 😩 any chance of a refund of "
        "the difference? || Agent: We have a 7-day price promise, so yes! I've refunded £30 to your"
        " card."),
    ("financial_hardship", "benign", "agent_note",
        "Customer asked to move her direct debit from the 1st to the 15th to line up with payday. "
        "Done, next collection 15 June. No other changes."),
    ("financial_hardship", "benign", "web_form",
        "Enquiry | Message: is there a student discount on the Wall Pass? and what ID do you accept"
        " for it?"),
    ("financial_hardship", "benign", "email",
        "Hi, my refund for the returned boots (CW-221002) hasn't shown up yet, it's been 8 days. "
        "Could you check? Thanks, Sinead"),
    ("financial_hardship", "benign", "dm",
        "broke my tent pole on the first night 🙃 do you sell replacement sections for the Harrier 2"
        " or do I need a whole new pole?"),
    ("financial_hardship", "benign", "call",
        "Customer: My card's expired so the membership payment failed. || Agent: No problem, I'll "
        "text you a secure link to update it. || Customer: Will the missed payment just go through "
        "again? || Agent: Yes, it retries once the card's updated."),
    ("financial_hardship", "benign", "email",
        "Hello, we've raised £1,240 on our charity fell walk and want to pay it in through your "
        "Mountain Rescue collection scheme. Who do I speak to? Helen, Millbeck Ramblers"),
    ("financial_hardship", "benign", "chat",
        "Customer: is there interest on the pay monthly option for the big tents? || Agent: "
        "Pay-in-3 is interest free, and over £500 there's a 12-month option at 0% subject to "
        "status. || Customer: cool, might go for the Ridgeway 6 then"),
    ("financial_hardship", "benign", "review",
        "★★☆☆☆ The so-called 'budget' stove is a false economy. Simmer control is non-existent and "
        "it burnt through a whole cartridge in one evening. Spend the extra on the Cub Pro."),
    ("financial_hardship", "benign", "sms",
        "Hi, got an email saying my payment failed but my bank shows it's been taken? Ref "
        "CW-224330. Can you check pls"),
    ("financial_hardship", "benign", "agent_note",
        "Company account (Greyscar Estates) asked for 30-day payment terms on kit hire for their "
        "staff training days. Sent the credit application form to finance."),
    ("financial_hardship", "benign", "email",
        "Hi, I'm saving up for the Ridgeway 6 family tent, any idea if it'll be in the summer sale?"
        " No worries if you can't say! Tom"),
    ("financial_hardship", "benign", "chat",
        "Customer: the discount code CAIRN20 isn't working at checkout || Agent: That one applies "
        "to full-price items only, and the boots in your basket are already reduced. || Customer: "
        "ahh ok fair enough"),
    # ---- legal
    ("legal", "sensitive", "email",
        "To whom it may concern, I act for Ms Chloe Barraclough, who fell from the top of the "
        "auto-belay wall at your Kestrel Quay centre on 19 April. We are instructed to pursue a "
        "personal injury claim on her behalf. Please preserve all CCTV footage and incident records"
        " from that afternoon. Yours faithfully, D. Moss, Moss & Kettle Solicitors"),
    ("legal", "sensitive", "agent_note",
        "Cust says the hired tent (KH-3510) was stolen from his car at Greyscar car park. He's "
        "reported it to the police, crime ref 14/88213/24. Told him we need that ref for the "
        "insurance claim; no hire charge for the theft period pending the insurer."),
    ("legal", "sensitive", "call",
        "Customer: I need to take my name off the joint family membership. || Agent: Of course, can"
        " I ask what's changed? || Customer: My husband and I are going through a divorce and my "
        "solicitor has told me not to leave anything in joint names. || Agent: Understood. I can "
        "split it into two individual memberships today with no fee."),
    ("legal", "sensitive", "web_form",
        "Volunteer leader application, Trailblazers Award | Do you have any unspent convictions? "
        "Yes | If yes, please give details: drink-driving conviction, March 2022, 18-month ban (now"
        " ended). Happy to discuss. | DBS: willing to apply"),
    ("legal", "sensitive", "email",
        "Hi, I have a non-molestation order against my ex-partner, granted by the family court in "
        "June. He used to climb at Harrowby and I'm worried he'll turn up when I'm there. Is there "
        "any way my session times can be kept off the public booking board? I can send a copy of "
        "the order. Anna"),
    ("legal", "sensitive", "chat",
        "Customer: need to cancel the Three Tarns crossing, can't leave the county at the minute ||"
        " Agent: Sorry to hear that! Would you like credit or a refund? || Customer: refund please."
        " I'm on police bail till my hearing next month and the conditions say I stay in the "
        "county, so it's out. bit embarrassing tbh"),
    ("legal", "sensitive", "sms",
        "cant collect my order (CW-221450) today, got arrested fri night & they've still got my "
        "phone n wallet. can my brother Dean pick up with his ID? || Agent: Yes, Dean can collect "
        "with his own photo ID and your order number. We'll hold it until Saturday."),
    ("legal", "sensitive", "dm",
        "Hi, I'm taking the council to court over the footpath that collapsed on the Millbeck walk "
        "in May, when I broke my ankle. Your guide Tom was there. My barrister says a short written"
        " statement from him would help. Who should I contact?"),
    ("legal", "sensitive", "agent_note",
        "Call from prospective volunteer Mr R. Pennock: his enhanced DBS came back showing a police"
        " caution from 2015 for possession. He wants to know if he can still help on youth "
        "expeditions. Passed to the safeguarding lead; told him it'd be decided case by case."),
    ("legal", "sensitive", "email",
        "Hello, I'm bringing an employment tribunal claim against my former employer and the "
        "hearing's been listed for the week of my leader training. Is there any way to transfer to "
        "the October course? I can send the listing notice. Regards, Femi Adeyemi"),
    ("legal", "sensitive", "voicemail",
        "Hi, it's Scott Ramage. Um, I'm supposed to be doing unpaid work hours as part of my "
        "community order and my probation officer said outdoor conservation volunteering might "
        "count. Do you lot take people for that, the path-fixing days? Give us a ring on 07700 "
        "900702. Cheers."),
    ("legal", "sensitive", "review",
        "★★★★★ Harrowby store were brilliant. Our whole camping kit was nicked from the van and the"
        " police gave us a crime number, which your team just took and sorted a discount on "
        "replacing everything. Felt like someone was on our side for once. || Agent: So sorry that "
        "happened to you, Lee. Glad we could get you back out there."),
    ("legal", "sensitive", "email",
        "Dear Cairnway, your refusal to refund my faulty tent leaves me no choice. I have today "
        "issued a claim against Cairnway Outdoors Ltd in the county court for £389 plus costs, "
        "claim number K4QZ71F9. You will receive the papers shortly. Paul Whitelaw"),
    ("legal", "sensitive", "chat",
        "Customer: can I freeze my membership for a couple of weeks from the 3rd? || Agent: Sure, "
        "what's the reason, just for our records? || Customer: I'm a witness in a criminal trial at"
        " Harrowby Crown Court and they've said it could run two weeks. honestly I'd rather be "
        "climbing || Agent: Done, frozen 3rd to 17th. Good luck."),
    ("legal", "sensitive", "web_form",
        "Feedback form | Message: Please stop giving my ex-wife's solicitor my booking history. "
        "I've had a letter from them quoting dates I was at your Tollmoor centre, which they can "
        "only have got from you. We're in the middle of financial proceedings in the divorce and "
        "this is not ok."),
    ("legal", "benign", "chat",
        "Customer: where are your T&Cs for kit hire? I want to check who's liable if a tent gets "
        "damaged in a storm || Agent: They're linked at the bottom of every page under 'Hire "
        "Terms'. Section 6 covers damage; storm damage isn't charged if you report it on return. ||"
        " Customer: perfect thanks"),
    ("legal", "benign", "email",
        "Hi, I'd like to book the free trial climb at Kestrel Quay for Saturday. Does the trial "
        "include shoe hire or is that extra? Thanks, Megan || Agent: Hi Megan, shoe and harness "
        "hire are included in the free trial. See you Saturday!"),
    ("legal", "benign", "sms",
        "Is the Court Street store in Harrowby open late on Thursdays? need to grab a gas canister "
        "after work"),
    ("legal", "benign", "web_form",
        "Group booking | Organisation: Harrowdale Constabulary community engagement team | "
        "Activity: team climbing session and belay induction | Numbers: 12 officers | Date: any "
        "Friday in March | Invoice to: force finance department"),
    ("legal", "benign", "review",
        "★★★★☆ The Outlaw 2 tent is a cracking bit of kit for the price. Pitched in under 10 "
        "minutes on the first go. Porch is a bit small for two rucksacks."),
    ("legal", "benign", "chat",
        "Customer: got a £6 late return fine on my crampon hire, but I dropped them in the returns "
        "box on Sunday night || Agent: Let me check... you're right, the box wasn't emptied till "
        "Tuesday. I've removed the charge. || Customer: cheers"),
    ("legal", "benign", "email",
        "Hello, if the forecast is awful on the day, can I bail out of the Greyscar walk and get a "
        "refund, or is it credit only? Thanks, Dev"),
    ("legal", "benign", "dm",
        "loved the photo comp results! who was the judge this year? my mate swears it was the bloke"
        " from the Peak Pics podcast"),
    ("legal", "benign", "email",
        "Hi, under GDPR I'd like a copy of the personal data you hold about me, including my "
        "booking history. Name: Ruth Ellery, account email r.ellery@example.com. Thanks"),
    ("legal", "benign", "agent_note",
        "Customer queried clause 4 of the climbing waiver ('participants accept the inherent "
        "risks...'); found the sentence confusing. Explained it in plain terms and she signed in "
        "the app. Suggested to marketing that we simplify the wording."),
    ("legal", "benign", "chat",
        "Customer: I think my phone case is in the lost property box at Tollmoor, green one with a "
        "mountain on || Agent: Found it! It's behind the desk, just bring ID and it's yours. || "
        "Customer: amazing"),
    ("legal", "benign", "review",
        "★★★★★ Our book club did the 'Murder on the Moor' themed walk after reading the novel. The "
        "guide had clearly read it too and pointed out the real locations. Great fun and a lovely "
        "pub at the end."),
    ("legal", "benign", "email",
        "Agent: Please read the attached participation waiver carefully before your course. It is a"
        " legally binding document and must be signed by each participant before the start. || "
        "Customer: Thanks, all three of us have signed it in the app now."),
    ("legal", "benign", "call",
        "Customer: Hi, there's a £150 hold on my card for the kayak hire. Is that a deposit? || "
        "Agent: Yes, it's a pre-authorisation, released within 5 working days of return. || "
        "Customer: Ok, that's fine then."),
    ("legal", "benign", "social",
        "Any chance of Witness Hill being added to the summer guided walks? Did it years ago and "
        "the view over the estuary is unreal"),
    # ---- special_categories
    ("special_categories", "sensitive", "email",
        "Hi, I'm booked on the three-day Tarnside trek at the end of March, which I've just "
        "realised falls in Ramadan. I'll be fasting from dawn to sunset. Is it possible to have my "
        "evening meal pack after sunset and something for a pre-dawn breakfast? Many thanks, Yusuf "
        "|| Agent: Hi Yusuf, absolutely. I'll ask catering to pack an evening meal and a pre-dawn "
        "box for each day and let the leader know the timings. || Customer: Jazakallah khair, "
        "really appreciate it."),
    ("special_categories", "sensitive", "chat",
        "Customer: are there any guided walks on Sundays rather than Saturdays? || Agent: Yes, we "
        "run Sunday walks every week. Any reason Saturdays don't suit, so I can suggest the best "
        "one? || Customer: I keep Shabbat, so Friday night to Saturday night is out for me. "
        "Sunday's ideal, thanks"),
    ("special_categories", "sensitive", "web_form",
        "Expedition dietary form | Participant: Rebecca Adler | Dietary needs: I keep kosher, "
        "sealed certified meals please, no shared cooking pans | Other: none"),
    ("special_categories", "sensitive", "agent_note",
        "Customer Mr Harjit Singh Bassi asked about climbing helmets. He wears a turban and wanted "
        "to know whether there's a helmet that fits over it or if he can go without. Explained "
        "helmets aren't required indoors; for outdoor sessions the instructor will talk through "
        "options with him."),
    ("special_categories", "sensitive", "email",
        "Hello, I'm the vicar at Holy Trinity in Millbeck, so Sundays are out for me, sadly! Do you"
        " have any midweek guided walks in May? Warm regards, Rev. Alison Trent"),
    ("special_categories", "sensitive", "dm",
        "hi is there anywhere quiet at Tollmoor I could pray during the two-day course? I'll need "
        "about 10 mins at midday and mid-afternoon. a corner of a room is totally fine"),
    ("special_categories", "sensitive", "chat",
        "Customer: I became a Catholic last Easter and I'm walking part of the pilgrim route to "
        "Harrowby Abbey this summer. Do you hire lightweight packs for 5 days? || Agent: We do, the"
        " Ridgeback 40 is £6 a day or £25 for the week. || Customer: great, the week please"),
    ("special_categories", "sensitive", "email",
        "Hi, quick one. On the residential weekend it says grace is said before the group dinner. "
        "As an atheist I'd rather just sit quietly than join in. Will that be ok? Not a big deal "
        "either way. Thanks, Martin"),
    ("special_categories", "sensitive", "web_form",
        "Medical / other info | Participant: Esther Boateng | Please note: I'm one of Jehovah's "
        "Witnesses and would not accept a blood transfusion. My advance decision document is "
        "attached, please keep it with my emergency details."),
    ("special_categories", "sensitive", "email",
        "I'm Romani and I've just walked out of your Harrowby store after being followed round by a"
        " member of staff the entire time I was in there. Nobody else was followed. I had £90 of "
        "stuff in my basket and I left it at the till. Vanessa Boswell"),
    ("special_categories", "sensitive", "web_form",
        "Kit hire registration | Name: Patrick Ward | Address: Plot 4, Greyscar Lane site | "
        "Message: Your form won't accept 'plot' as an address, and when I rang Tollmoor I was told "
        "you 'don't hire to Travellers'. I'm an Irish Traveller and I've hired from Cairnway "
        "before. Is that really your policy?"),
    ("special_categories", "sensitive", "agent_note",
        "Incident report: customer Mr Asif Mahmood reported that another climber used a racial slur"
        " at him in the bouldering area on Saturday. Witness: duty staff member Kiri. Other climber"
        " identified and membership suspended. Mr Mahmood offered a call with the centre manager."),
    ("special_categories", "sensitive", "review",
        "★★★☆☆ The walk itself was lovely, but as the only Black woman in the group I got very "
        "tired of being asked where I'm 'really' from by another walker, and the leader just "
        "laughed along. Small thing, big impact. || Agent: Thank you for telling us, Abena. That's "
        "not good enough and I've passed it straight to the walks manager."),
    ("special_categories", "sensitive", "chat",
        "Customer: the sizing on the Tarnside women's jacket is way off for me, I'm half Japanese "
        "and quite petite and the S drowns me || Agent: We do that one in a women's XS, would you "
        "like to exchange? || Customer: yes please"),
    ("special_categories", "sensitive", "email",
        "Hello, my name is Agnieszka. I am from Poland and english is not my first language, so "
        "sorry for mistakes. I want to make booking for climbing course for me and my husband but "
        "the form is very difficult for me. Please can you call? 07700 900674"),
    ("special_categories", "sensitive", "dm",
        "hey, my grandparents came over from Jamaica on the boats in the 50s and we're doing a "
        "family walk on Greyscar for my grandad's 90th. any chance of a leader who could help carry"
        " a flask and make it a bit special?"),
    ("special_categories", "sensitive", "call",
        "Customer: My surname's Nguyen and your membership form keeps rejecting it, says invalid "
        "characters. || Agent: I'm sorry, it's the accent mark. I'll enter it manually for you. || "
        "Customer: Thanks. I'm Vietnamese, it's Nguyễn with the accents, I'd really like it spelt "
        "properly."),
    ("special_categories", "sensitive", "web_form",
        "Complaint | Centre: Kestrel Quay | Details: On the 14th a receptionist asked my son and me"
        " for proof of address that they didn't ask the white family in front of us for. We're "
        "British Bangladeshi and this isn't the first time. I'd like an explanation."),
    ("special_categories", "sensitive", "email",
        "Hi, I'm standing as the Green candidate for Harrowby East in the May local elections. "
        "Would you be happy for me to leave a few leaflets in the Brackenfold store? No worries if "
        "it's against policy. Cheers, Jen Holloway || Agent: Hi Jen, thanks for asking first! We "
        "keep our stores free of campaign material for all parties, so we'll have to say no, but "
        "good luck in May."),
    ("special_categories", "sensitive", "chat",
        "Customer: can I move my Saturday wall booking to Sunday? || Agent: Sure, what time? || "
        "Customer: 10am pls. I'm out canvassing for Labour all day Saturday, by-election's next "
        "week"),
    ("special_categories", "sensitive", "sms",
        "sorry cant do the thurs walk, im at the anti-fracking protest camp at Greyscar all week. "
        "put me down for the 23rd? x"),
    ("special_categories", "sensitive", "dm",
        "your guide on Sunday spent 20 mins slagging off Brexit voters. I voted Leave and I paid "
        "for a walk, not a lecture. not impressed"),
    ("special_categories", "sensitive", "agent_note",
        "Customer Cllr Derek Rowntree (Conservative, Millbeck ward) complained the store window "
        "display is 'political'. Said that as a party member he objects to the climate poster. "
        "Explained it's a manufacturer campaign. He asked for the head office email."),
    ("special_categories", "sensitive", "email",
        "Hello, as a Lib Dem activist I'm organising a summer walk for members of our local party, "
        "about 15 of us. Could you quote for a leader for a Saturday in June? Thanks, Priya Nair"),
    ("special_categories", "sensitive", "voicemail",
        "Hi, Callum here, booking 62455. I'm going on the Palestine march in London on Saturday so "
        "I'll miss the climb. Can I get a credit instead? Cheers."),
    ("special_categories", "sensitive", "review",
        "★★★★☆ Great navigation course. Handy as well: I deliver leaflets for the SNP out in the "
        "sticks and now I don't get lost down farm tracks! || Agent: Ha, glad the map skills are "
        "getting a proper workout!"),
    ("special_categories", "sensitive", "chat",
        "Customer: Hi, I need to cancel the group walk on the 4th || Agent: No problem, can I ask "
        "why? || Customer: I'm a polling agent for the independent candidate and it's polling day, "
        "completely forgot when I booked"),
    ("special_categories", "sensitive", "email",
        "Hi, I'm a shop steward for Unite at the Harrowby bus depot and we've got a ballot on, so I"
        " might be on the picket line Tuesday and Wednesday. Could I move my climbing course to the"
        " following week? Thanks, Gary Dunn || Agent: Hi Gary, no problem, I've moved you to the "
        "course starting the 21st. Same times."),
    ("special_categories", "sensitive", "chat",
        "Customer: do you do a discount for union members? I'm in the NEU || Agent: We don't have a"
        " union discount, but teachers get 10% with a staff ID. || Customer: ah ok thanks"),
    ("special_categories", "sensitive", "sms",
        "on strike weds so can do the midweek walk after all! can u add me back on? ta, Bev (RCN "
        "rep lol)"),
    ("special_categories", "sensitive", "agent_note",
        "Customer R. Akhtar can't make the Tues induction: he's Unison branch secretary and has to "
        "represent a member at a disciplinary hearing that day. Moved him to Thursday, no fee."),
    ("special_categories", "sensitive", "email",
        "Hello, my union rep from the CWU is coming with me to a meeting at work on the 8th, so "
        "I'll miss the navigation evening. Is there a catch-up session? Regards, Mike Seddon"),
    ("special_categories", "sensitive", "dm",
        "hiya, I'm the Equity deputy at the Harrowby Playhouse and we're out on strike for three "
        "weeks. any chance my wall pass could be frozen for the strike?"),
    ("special_categories", "sensitive", "voicemail",
        "Hi, it's Sandra Kerr, booking 62988. I was coming on Thursday's walk but I've just been "
        "elected branch secretary for PCS and there's a meeting I need to chair. Can you move me to"
        " the next one? Cheers, bye."),
    ("special_categories", "sensitive", "web_form",
        "Membership form | Name: Tessa Moorcroft | Employer: Harrowby General Hospital | Trade "
        "union (for partner discount): Unison, member since 2009 | Preferred centre: Kestrel Quay"),
    ("special_categories", "sensitive", "review",
        "★★★★★ Came on the ridge walk with a few of us from the RMT branch after a long week on the"
        " picket line. Leader was ace and the pub at the end was even better. || Agent: Solidarity "
        "and a good pint, can't beat it! Thanks for coming."),
    ("special_categories", "sensitive", "email",
        "Hi, my husband and I would like to book the couples kayak session on 14 Feb. Is there a "
        "table for two at the café after? Thanks, Tom Whitaker"),
    ("special_categories", "sensitive", "chat",
        "Customer: the family membership form makes us pick 'mother' and 'father', we're both mums,"
        " what do we put? || Agent: So sorry about that. Put both as 'parent' and I'll fix the "
        "record myself, and I've flagged the form to our web team."),
    ("special_categories", "sensitive", "dm",
        "hey so kind of random but I met my girlfriend at your Friday social climb last year and "
        "we've just moved in together 🥹 wanted to say thanks. signed, one very happy bi climber"),
    ("special_categories", "sensitive", "agent_note",
        "Customer Mr Dean Hollis complained that another walker on Sunday's Greyscar walk made "
        "repeated comments about him being gay after he mentioned his boyfriend. Leader didn't "
        "intervene. Escalated to walks manager; apology and full refund offered."),
    ("special_categories", "sensitive", "sms",
        "cant do tues 6pm, got a sexual health clinic appt at 5.30 and they always overrun. can u "
        "move me to thurs? thx"),
    ("special_categories", "sensitive", "email",
        "Hi, since I came out last year I've been trying to find more queer-friendly things to do. "
        "Is your Rainbow Climb social a good one for someone going on their own? Bit nervous! Sam"),
    ("special_categories", "sensitive", "chat",
        "Customer: first date tomorrow with a guy I met on a dating app, thinking of a taster "
        "climb. is the 7pm ok for 2 total beginners? || Agent: Perfect for that, and the instructor"
        " does the hard bit! || Customer: amazing, put me (Jake) and him down then"),
    ("special_categories", "sensitive", "review",
        "★★★★★ My wife and I did the sunset walk for our first anniversary and the leader took the "
        "loveliest photo of us at the trig point. Lauren x || Agent: Congratulations to you both, "
        "Lauren!"),
    ("special_categories", "sensitive", "call",
        "Customer: Hi, I'd like to add my partner to my Trailhead membership. || Agent: Of course, "
        "what's their name? || Customer: Christopher, we had our civil partnership last month, so "
        "his surname's Evans now like mine. I'm Owen. || Agent: Congratulations, Owen! I'll add "
        "Christopher Evans now."),
    ("special_categories", "sensitive", "email",
        "Hi, my pronouns are they/them and I'd really appreciate it if the booking confirmations "
        "stopped saying 'Dear Mr'. Is there a way to set 'Mx' on my account? Thanks, Robin "
        "Achterberg"),
    ("special_categories", "sensitive", "chat",
        "Customer: can you update the name on my account? || Agent: Of course, what would you like "
        "it changed to? || Customer: Hannah Reid. the old one is my deadname, I transitioned a "
        "couple of years ago and still get emails with it || Agent: Done, Hannah. I've updated it "
        "everywhere, including marketing emails. Sorry about that."),
    ("special_categories", "sensitive", "web_form",
        "Account update | Current title: Mr | New title: Ms | Reason: I've received my Gender "
        "Recognition Certificate and would like all records updated. Please confirm my old details "
        "are removed from staff view."),
    ("special_categories", "sensitive", "dm",
        "hi, I'm a trans woman and a bit nervous about the changing rooms at Harrowby. which one "
        "should I use? I don't want any fuss, I just want to climb"),
    ("special_categories", "sensitive", "email",
        "Hello, the waiver only gives 'male' or 'female'. I'm non-binary and don't want to tick "
        "either. Can I leave it blank? Regards, Alex"),
    ("special_categories", "sensitive", "agent_note",
        "Member Jordan P. asked us to note that he's on testosterone as part of his transition and "
        "would like a private space at the climbing comp weigh-in. Note added, visible to comp "
        "organisers only."),
    ("special_categories", "sensitive", "chat",
        "Customer: Hi, I booked under my old name before I transitioned and the ticket doesn't "
        "match my ID now. can you change it? || Agent: Absolutely, what should it say? || Customer:"
        " Leo Marsh. thank you for not making it weird"),
    ("special_categories", "sensitive", "voicemail",
        "Hi, my name's Dee, I'm ringing about the women-only evening walks. I'm genderfluid and "
        "some days I'd really like to come along. Is it open to me? I'd rather ask than turn up and"
        " make it awkward. 07700 900485, thanks."),
    ("special_categories", "sensitive", "review",
        "★★★★★ As a trans guy who hasn't done any sport since school, the Monday beginners' course "
        "was a revelation. Nobody batted an eyelid and the instructor used the right name from day "
        "one. || Agent: This made our week, thank you."),
    ("special_categories", "sensitive", "email",
        "Hi, I tested positive for a BRCA1 mutation this year and I'm doing a charity fell walk to "
        "raise money for the clinic that looked after me. Could Cairnway sponsor us with a few "
        "headtorches? Thanks, Laura"),
    ("special_categories", "sensitive", "chat",
        "Customer: is climbing ok for hypermobile people? || Agent: Many climbers are! Our "
        "instructors can suggest technique tweaks. || Customer: my genetic test came back positive "
        "for vascular EDS so I've been told to be careful. is there a low intensity option? || "
        "Agent: Our Gentle Climb sessions on the auto-belays might suit; do check with your "
        "specialist too."),
    ("special_categories", "sensitive", "agent_note",
        "During boot fitting customer mentioned she carries the Factor V Leiden gene and was buying"
        " flight socks for the long coach journey to the Tarnside trek. Asked if the leader needs "
        "to know; advised her to put it on the expedition medical form."),
    ("special_categories", "sensitive", "dm",
        "did one of those DNA ancestry tests and it turns out im 40% Norwegian 😂 now I want a "
        "Nordic hut trek, do you do any trips abroad?"),
    ("special_categories", "sensitive", "email",
        "Hello, my dad has Huntington's and I've decided to have the predictive test. The result is"
        " due the week of the Winter Skills weekend and I'd rather not be away when it comes "
        "through. Can I transfer to February? Thanks, Caitlin Boyd"),
    ("special_categories", "sensitive", "web_form",
        "Expedition medical form | Participant: Amir Haddad | Conditions: I carry the beta "
        "thalassaemia trait (confirmed by genetic testing). No symptoms, but noting it in case of "
        "blood tests. | Medication: none"),
    ("special_categories", "sensitive", "call",
        "Customer: I'm on the expedition leader training. My genetic counsellor says I should avoid"
        " altitude because of a family variant linked to cardiomyopathy. Is the Alpine module "
        "compulsory? || Agent: No, there's a UK-based alternative module, I'll switch you over."),
    ("special_categories", "sensitive", "review",
        "★★★★★ Found out from a genetic test that I've got the haemochromatosis genes like my mum, "
        "and the Wednesday walking group has become my thing for staying healthy. Love that crew. "
        "|| Agent: So glad you found us!"),
    ("special_categories", "sensitive", "email",
        "Hi, when I joined at Kestrel Quay you scanned my face for the entry gates. I'd now like "
        "that face scan deleted, I'm not comfortable with you holding it. Can I have a card "
        "instead? Regards, Helena Voss"),
    ("special_categories", "sensitive", "chat",
        "Customer: the face recognition gate at Harrowby won't let me in since I shaved my beard "
        "off 😂 || Agent: Ha, it happens! We can re-enrol your face at the desk, takes 30 seconds. "
        "|| Customer: fair enough, will do it tonight. name's Kieran Doyle"),
    ("special_categories", "sensitive", "agent_note",
        "Re-registered member's fingerprint on the locker system (right index) after the old "
        "template stopped reading. Member: Pat Lennon, Wall Pass 70421. Old template deleted."),
    ("special_categories", "sensitive", "web_form",
        "Data request | Name: Oonagh Keane | Message: Please confirm whether you hold any biometric"
        " data about me, in particular the fingerprint I enrolled for the Tollmoor lockers in 2022,"
        " and delete it."),
    ("special_categories", "sensitive", "sms",
        "hi the fingerprint scanner on the kit hire lockers doesnt recognise my thumb anymore, "
        "think i enrolled the wrong one? name Dani Ruiz"),
    ("special_categories", "sensitive", "voicemail",
        "Hello, it's Jim Pattison. Your phone line now says 'say your name to verify' and it "
        "recorded my voice. I never agreed to a voiceprint. Please could you remove my voice ID and"
        " call me back on 07700 900733."),
    ("special_categories", "sensitive", "dm",
        "my son's fingerprint is registered on the junior lockers at KQ, can you delete it? he's 10"
        " and I didn't realise that's how they worked"),
    ("special_categories", "sensitive", "call",
        "Customer: The new app made me do a face scan to check my age for buying gas. || Agent: "
        "Yes, that's our age-check partner. || Customer: I did it, but I want the scan of my face "
        "deleted now. || Agent: I'll raise a deletion request, it's normally removed within 30 "
        "days."),
    ("special_categories", "benign", "review",
        "★★★★☆ The Pilgrim 2 tent is light and quick to pitch. Inner's a bit snug for two tall "
        "people, but for one plus kit it's perfect."),
    ("special_categories", "benign", "email",
        "Hello, I'm secretary of the Holy Trinity Millbeck walking group. We'd like to book a "
        "leader for our annual summer walk, about 20 people, any Saturday in July. Could you quote?"
        " Best wishes, Margaret (Secretary) || Agent: Dear Margaret, lovely to hear from you again."
        " A leader for 20 is £180 for the day; 13 July and 27 July are both free."),
    ("special_categories", "benign", "chat",
        "Customer: is the food at the Brackenfold café halal? || Agent: Our chicken is "
        "halal-certified and marked on the menu; everything else is vegetarian or clearly labelled."
        " || Customer: great thanks"),
    ("special_categories", "benign", "web_form",
        "Facilities question | Centre: Tollmoor | Question: Is there a quiet room or prayer space "
        "available for course participants? Asking for our company team day so we can let staff "
        "know in advance."),
    ("special_categories", "benign", "call",
        "Customer: Are you open on Christmas Eve and Boxing Day? || Agent: Christmas Eve until 4, "
        "closed Christmas Day, and the Boxing Day sale starts at 9. || Customer: Perfect, thanks."),
    ("special_categories", "benign", "dm",
        "total convert to merino base layers now, never going back to synthetic. any deals on the "
        "Tarnside merino crew?"),
    ("special_categories", "benign", "review",
        "★★★★★ 'The Pilgrim's Guide to the North Fells' is the best guidebook I've bought in years."
        " Clear maps and lovely history notes on every route."),
    ("special_categories", "benign", "sms",
        "are you open normal hours over the Easter bank holiday? want to pop in for new boots"),
    ("special_categories", "benign", "email",
        "Hi, I religiously reproof my jacket every spring but the Tarnside has started wetting out "
        "on the shoulders after one season. Is that a warranty thing? Thanks, Colin"),
    ("special_categories", "benign", "chat",
        "Customer: is the Sherpa-lined fleece in the sale anywhere? || Agent: The Tarnside Sherpa "
        "fleece is in the winter sale online at £45. || Customer: ordering now"),
    ("special_categories", "benign", "email",
        "Hi, do you ship to Ireland and Poland? I'd like to send a couple of gifts abroad. Thanks, "
        "Shauna || Agent: Hi Shauna, we ship to both; delivery is 3-5 working days and duties are "
        "prepaid."),
    ("special_categories", "benign", "review",
        "★★★★☆ The Nomad 55 rucksack is a real workhorse. Hip belt could do with more padding on "
        "long days."),
    ("special_categories", "benign", "web_form",
        "General enquiry | Message: Do any staff at the Harrowby store speak Polish or Urdu? We're "
        "a community centre and some of our users would find it easier to ask questions in their "
        "own language."),
    ("special_categories", "benign", "dm",
        "anyone know if the Highlander waterproof trousers come in a long leg? asking for a tall "
        "mate"),
    ("special_categories", "benign", "chat",
        "Customer: is the Viking Trail walk on Greyscar the one past the old burial mound? || "
        "Agent: Yes, it passes the Norse cairn near the top. Really atmospheric in the mist. || "
        "Customer: sold"),
    ("special_categories", "benign", "email",
        "Hello, we're the Harrowby Caribbean Carnival committee. Could Cairnway have a stall or "
        "sponsor a water point at the carnival on 17 August? Many thanks, Carnival Office"),
    ("special_categories", "benign", "sms",
        "is the Black Friday sale on tents too or just clothing? cheers"),
    ("special_categories", "benign", "review",
        "★★★★★ The Kaze ultralight stove (Japanese design) is a marvel. 70g and boils a mug in "
        "under three minutes."),
    ("special_categories", "benign", "chat",
        "Customer: how do I vote for the new route names in the app? || Agent: Go to Community > "
        "Route Naming and tap to vote. Voting closes Sunday. || Customer: ta"),
    ("special_categories", "benign", "web_form",
        "Group booking | Organisation: Harrowby Borough Council planning committee | Activity: site"
        " walk along the proposed Greyscar path diversion | Numbers: 9 councillors + 2 officers | "
        "Date: 11 June"),
    ("special_categories", "benign", "email",
        "Hi, the polling station at the community hall next to Brackenfold is on Thursday. Will "
        "your car park still be open to customers that day? Thanks, Ian"),
    ("special_categories", "benign", "review",
        "★★★★☆ Used a liberal amount of chalk on the new Harrowby circuit and still peeled off the "
        "sloper. Great problems though, setters did well."),
    ("special_categories", "benign", "call",
        "Customer: I'm calling from Greyscar Conservation Volunteers. || Agent: Hello! How can I "
        "help? || Customer: We'd like 20 pairs of work gloves for our path repair days. || Agent: "
        "Lovely, I'll put that through at our volunteer rate."),
    ("special_categories", "benign", "dm",
        "the left boot in my Tarnside pair is half a size smaller than the right?? seriously, check"
        " CW-225144"),
    ("special_categories", "benign", "chat",
        "Customer: is the 'Rally Weekend' on the Tollmoor events page a car rally or a climbing "
        "thing? || Agent: It's an orienteering rally, teams of 2-4 on foot! || Customer: oh fun"),
    ("special_categories", "benign", "email",
        "Hello, I'm in the Mayor's Charity Appeal office at Harrowby Town Hall and we'd like to buy"
        " Cairnway vouchers as raffle prizes for the appeal. Could you invoice the Town Hall? "
        "Thanks, Rachel"),
    ("special_categories", "benign", "web_form",
        "Feedback | Message: The community noticeboard at Millbeck is getting covered in flyers for"
        " all sorts. Could it be kept to walking groups, lift shares and lost and found?"),
    ("special_categories", "benign", "review",
        "★★★★★ Bought the Union Jack bunting and a big flag for our street party. Good quality, "
        "didn't fade in the sun."),
    ("special_categories", "benign", "email",
        "Hi, we're walking the Harrowby Union Canal towpath stage next month; do your guided walks "
        "cover that or just the fells? Thanks, Hamish"),
    ("special_categories", "benign", "web_form",
        "Bulk order | Organisation: Harrowby branch, Unite the Union | Items: 60 printed fleeces "
        "with branch logo | Contact: branch office | Notes: needed by 1 May for the gala"),
    ("special_categories", "benign", "chat",
        "Customer: can the Students' Union climbing club book the wall on Wednesday nights? || "
        "Agent: Yes, there's a weekly uni club slot at 7pm; the club committee books it. || "
        "Customer: thanks, I'll let the committee know"),
    ("special_categories", "benign", "review",
        "★★☆☆☆ The waterproof matches in the survival tin wouldn't strike once they got damp. Kind "
        "of defeats the point."),
    ("special_categories", "benign", "email",
        "Hello, is the lightning strike safety talk included on the summer mountain skills course? "
        "We're doing the Greyscar ridge in July. Thanks, Bryony"),
    ("special_categories", "benign", "sms",
        "Hi, the picket fence by the Tollmoor car park is broken and the gate's swinging into the "
        "road. thought u should know"),
    ("special_categories", "benign", "call",
        "Customer: Hi, I'm calling from the credit union on the high street. || Agent: Hello, what "
        "can I do for you? || Customer: We'd like to leave leaflets about our workplace savings "
        "scheme for your staff. || Agent: I'll pass it on to our HR team."),
    ("special_categories", "benign", "chat",
        "Customer: is there strike action affecting deliveries this week? my parcel's stuck || "
        "Agent: The courier had some regional disruption, but your parcel is moving again and due "
        "Thursday. || Customer: ok thanks"),
    ("special_categories", "benign", "chat",
        "Customer: is the Pride month walk open to everyone or just LGBTQ+ folk? || Agent: Open to "
        "absolutely everyone! It's a celebration walk with a picnic at the end. || Customer: lovely"),
    ("special_categories", "benign", "review",
        "★★★★★ Rainbow Ridge (the new purple V4 at Harrowby) is my favourite problem of the year. "
        "Beautiful movement."),
    ("special_categories", "benign", "email",
        "Hello, my partner and I are choosing between the Ridgeway 2 and the Harrier 2 for a week "
        "of wild camping. Which packs down smaller? Thanks, Chris"),
    ("special_categories", "benign", "web_form",
        "Event enquiry | Organisation: Harrowby Pride committee | Request: Could Cairnway sponsor a"
        " water station at the Pride 5k in June? We'd credit you on the route map."),
    ("special_categories", "benign", "sms",
        "is the Straight Up speed climbing festival on the 20th or 21st? poster says both"),
    ("special_categories", "benign", "chat",
        "Customer: the bi-fold map case, does it fit an Explorer-size map? || Agent: Yes, it takes "
        "a folded Explorer map with room to spare. || Customer: great"),
    ("special_categories", "benign", "dm",
        "does the date on my booking look right to you? it says 31 June lol"),
    ("special_categories", "benign", "review",
        "★★★★☆ Booked the 'Date Night' climb. Great concept and the instructor was a laugh. Wish "
        "the session was 15 minutes longer."),
    ("special_categories", "benign", "email",
        "Hi, for the couples' kayak session, do both people need to be able to swim, or is a "
        "buoyancy aid enough? Thanks, Nicola"),
    ("special_categories", "benign", "chat",
        "Customer: are the Tarnside base layers unisex or men's and women's fit? || Agent: They're "
        "a unisex cut, sizes XS to XXL. || Customer: perfect"),
    ("special_categories", "benign", "email",
        "Hello, do you have gender-neutral changing rooms at Kestrel Quay? Our company is "
        "organising a team climb and we want everyone to feel comfortable. Thanks, Diane"),
    ("special_categories", "benign", "web_form",
        "Suggestion | Message: Could your booking form add an 'Mx' title and a 'prefer not to say' "
        "option? Just a general suggestion from a regular."),
    ("special_categories", "benign", "review",
        "★★★★★ Did the TransFell Way over 5 days with your luggage transfer service. Bags were "
        "always there before us."),
    ("special_categories", "benign", "chat",
        "Customer: the 'Transition to Trad' course, is that for people who've only climbed indoors?"
        " || Agent: Exactly, it takes you from indoor to outdoor trad climbing over 2 days. || "
        "Customer: ideal"),
    ("special_categories", "benign", "sms",
        "do u stock the women's-specific Nomad harness in S? thx"),
    ("special_categories", "benign", "call",
        "Customer: The race entry asks which category, male, female or open. Who is open for? || "
        "Agent: The open category is for anyone who'd like to enter it. || Customer: Right, thanks."),
    ("special_categories", "benign", "email",
        "Hi, I ordered the men's Ridgeback jacket but you've sent the women's version. Can I swap "
        "it? CW-225903. Thanks, Kate"),
    ("special_categories", "benign", "agent_note",
        "Web team: optional pronoun field ('shown to instructors') added to the booking form per "
        "the diversity working group. No existing customer data migrated."),
    ("special_categories", "benign", "review",
        "★★★★★ Climbing is in our family's DNA so Cairnway was the natural first stop. Staff gave "
        "top advice on shoes."),
    ("special_categories", "benign", "email",
        "Hello, I'm Gene Tiller and I placed order CW-226011 last week. The delivery address has my"
        " old flat number, can you update it? Thanks. || Agent: Hi Gene, all updated. It hasn't "
        "left the warehouse yet so it'll go to the new address."),
    ("special_categories", "benign", "chat",
        "Customer: is the Helix screwgate compatible with the Nomad belay device? || Agent: Yes, "
        "it's an HMS shape so it works perfectly. || Customer: cheers"),
    ("special_categories", "benign", "sms",
        "Hi, is the Heritage wax jacket still in? the one with the cord collar. cheers"),
    ("special_categories", "benign", "web_form",
        "Product question | Item: DNA Energy gels | Question: are these vegan? the label doesn't "
        "say"),
    ("special_categories", "benign", "dm",
        "the 'Family Tree' trail at Millbeck, is it the one with the ancient yew? want to take our "
        "walking group"),
    ("special_categories", "benign", "chat",
        "Customer: the 'Generations' family walk, is there an age limit? || Agent: No limit, it's a"
        " flat 3 miles on buggy-friendly paths. || Customer: brill"),
    ("special_categories", "benign", "review",
        "★★★★☆ Picked up 'Born to Climb', the Ada Kirkby biography, at the Brackenfold till. "
        "Couldn't put it down."),
    ("special_categories", "benign", "chat",
        "Customer: does the Cairnway app support face ID login? typing my password every time is a "
        "pain || Agent: Yes, turn on 'Biometric login' in Settings and it'll use your phone's face "
        "or fingerprint unlock. || Customer: nice"),
    ("special_categories", "benign", "email",
        "Hi, do the lockers at the Greyscar wall use fingerprints, or a code? Just wondering before"
        " I visit. Thanks, Amy"),
    ("special_categories", "benign", "review",
        "★★★★☆ The Iris 400 headtorch is bright and the battery lasted two full nights. Strap's a "
        "bit thin."),
    ("special_categories", "benign", "web_form",
        "Policy question | Message: Does the CCTV at your climbing walls use facial recognition? "
        "Asking for our school's data protection officer before a trip."),
    ("special_categories", "benign", "sms",
        "do u have the Trailwise 5 GPS watch with voice commands in stock?"),
    ("special_categories", "benign", "dm",
        "love the thumb loops on the new Tarnside merino, such a small thing but game changing"),
    ("special_categories", "benign", "chat",
        "Customer: my phone's fingerprint reader doesn't work with gloves on, do touchscreen gloves"
        " help? || Agent: The Tarnside touch gloves work for swiping, but no glove will get through"
        " a fingerprint reader, sorry! || Customer: ha fair"),
    ("special_categories", "benign", "agent_note",
        "Supplier pitched a face-recognition entry system for the Greyscar wall. Ops manager "
        "declined for now; sticking with membership cards. Filed for review next year."),
    # ---- bereavement
    ("bereavement", "sensitive", "email",
        "Dear Cairnway, I'm writing on behalf of my father, Bernard Hale, who passed away on 2 "
        "October. He had a Trailhead membership (TH-11847) paid monthly by direct debit. Please "
        "cancel it, and let me know if you need a copy of the death certificate. He loved your "
        "Wednesday walks. Kind regards, Joanna Hale || Agent: Dear Joanna, I'm so sorry for your "
        "loss. I've cancelled the membership and no certificate is needed. The Wednesday group "
        "remember Bernard very fondly."),
    ("bereavement", "sensitive", "agent_note",
        "Caller Mr Idris Rahman. His wife died in March; her Trailhead membership was still on "
        "auto-renew and has taken two payments since. Cancelled from date of death and refunded £58"
        " as goodwill. Caller very upset, took it slowly. Flag: no 'we miss you' emails to her "
        "address."),
    ("bereavement", "sensitive", "voicemail",
        "Hello, my name's Carol Bright. I wanted to ask about a private guided walk up to Greyscar "
        "summit for about eight of us. It was my mum's favourite place and we'd like to scatter her"
        " ashes up there in the spring. I don't know if that's something you can help with or if "
        "there are rules. Could someone call me on 07700 900561? Thank you."),
    ("bereavement", "sensitive", "chat",
        "Customer: hi, I found a Cairnway gift card in my gran's things, can it still be used? || "
        "Agent: Hi! Gift cards last 2 years from purchase; pop the number in and I'll check. || "
        "Customer: it's 6042 1188 3379. she died in August so I'm not sure when she bought it || "
        "Agent: I'm sorry for your loss. It has £60 on it and was bought last December, so it's "
        "valid till next December."),
    ("bereavement", "sensitive", "web_form",
        "Cancellation form | Booking ref: BK-61730 | Reason for cancelling: Bereavement, my nan's "
        "funeral is on the same day as the course | Would you like: transfer to another date | "
        "Comments: sorry for the short notice, only got the date yesterday"),
    ("bereavement", "sensitive", "sms",
        "sorry cant make sat, my best mate died on weds n the funerals thurs, not in the right "
        "place for a walk tbh. can i move it or do i lose it?"),
    ("bereavement", "sensitive", "email",
        "Hello, my husband Peter hired a tent and stove from your Harrowby store before he died "
        "suddenly last week. I've found them in the garage. I don't drive and I'm not sure what to "
        "do about returning them or the deposit. Margaret Daly || Agent: Dear Margaret, I'm so very"
        " sorry about Peter. Please don't worry about the kit: we can collect it at a time that "
        "suits you, and we'll refund the deposit in full. || Customer: Thank you, that's very kind."
        " Thursday afternoon would be fine."),
    ("bereavement", "sensitive", "review",
        "★★★★★ We did the Sunrise on Greyscar walk on what would have been our son Callum's 30th "
        "birthday. He died last year and this was his place. Our leader, Beth, gave us space at the"
        " top and didn't rush us. Thank you. || Agent: Thank you for trusting us with such an "
        "important day. Beth was very touched by your message. Thinking of you all."),
    ("bereavement", "sensitive", "dm",
        "hi, not sure who to message. my partner Lou died in January, she used to come to the "
        "Thursday social climb at Kestrel Quay and a few people there knew her. could someone let "
        "the group know? I can't face doing it myself"),
    ("bereavement", "sensitive", "call",
        "Customer: I need to close my mother's account. She passed away three weeks ago and I'm "
        "sorting out her things. || Agent: I'm very sorry. I can do that for you today; could I "
        "take her name and postcode? || Customer: Eileen Garside, HB4 7QT. || Agent: Thank you. Did"
        " she have any saved cards or gift balances you'd like refunded?"),
    ("bereavement", "sensitive", "chat",
        "Customer: please cancel the baby carrier order CW-218840 || Agent: No problem, could I ask"
        " the reason? It helps us improve. || Customer: we lost our baby at 34 weeks last Tuesday. "
        "|| Agent: I'm so deeply sorry. I've cancelled and refunded it in full, and you won't get "
        "any more emails about it."),
    ("bereavement", "sensitive", "agent_note",
        "Order CW-219302: customer asked us to remove the gift message ('Happy 60th Auntie Jo! Get "
        "climbing!') before dispatch. Her aunt died at the weekend; she'd like the order sent to "
        "her cousin instead. Address updated, message removed, packing team told."),
    ("bereavement", "sensitive", "email",
        "Hi, I'm the executor of my late brother's estate. Liam Ferris had a Wall Pass and there's "
        "£140 credit on his account from a course that never ran. How do I get that paid to the "
        "estate? I have the grant of probate. Thanks, Niall Ferris"),
    ("bereavement", "sensitive", "voicemail",
        "Oh hello, it's Maureen Tate. My husband Ken, Kenneth Tate, he was booked on the Wednesday "
        "ramblers' walk from Millbeck. He passed away on Sunday, very peacefully. I just didn't "
        "want you waiting for him at the car park. He did love those walks. Thank you, bye now."),
    ("bereavement", "sensitive", "web_form",
        "Account closure request | Account holder name: Daniel Osei | Your name: Ama Osei | "
        "Relationship to account holder: sister | Reason: account holder is deceased (died 11/02) |"
        " Please refund: remaining £22 gift balance to my card"),
    ("bereavement", "benign", "chat",
        "Customer: my phone died halfway round the Tollmoor loop so I couldn't show the e-ticket "
        "for the minibus back. driver let me on anyway but can you resend it? || Agent: No problem,"
        " it's on its way to your email now. || Customer: cheers, battery pack next time"),
    ("bereavement", "benign", "email",
        "Hi, do you stock snow anchors, specifically a deadman plate? Heading out for winter "
        "mountaineering in February and the course kit list says one per pair. Thanks, Rory || "
        "Agent: Hi Rory, we have the 25cm deadman plate in stock at £34, with clip. Want one "
        "reserved?"),
    ("bereavement", "benign", "review",
        "★★☆☆☆ RIP my trusty Ridgeback boots, 8 years and they finally gave up. Bought the "
        "replacements here and sadly the new version just isn't as good. Sole already peeling after"
        " 3 months."),
    ("bereavement", "benign", "web_form",
        "Group booking | Organisation: St Wilfrid's Hospice fundraising team | Event: Midnight "
        "Memory Walk, 40 walkers | Notes: we'd like two leaders and head torches for hire for "
        "anyone who needs one. Is there a charity rate?"),
    ("bereavement", "benign", "dm",
        "is the Lost Souls night walk on again this halloween? went last year and the ghost stories"
        " at the old lead mine were class 👻"),
    ("bereavement", "benign", "chat",
        "Customer: is the Widowmaker in the cave at Kestrel Quay getting reset? it's been up for "
        "ages and half the holds are polished || Agent: Ha, yes, the cave gets reset next Tuesday "
        "so the Widowmaker's days are numbered. || Customer: RIP"),
    ("bereavement", "benign", "sms",
        "headtorch I bought saturday (CW-220117) is dead after 2 hrs, charged it fully first. swap "
        "or refund pls?"),
    ("bereavement", "benign", "email",
        "Hello, what happens to a Trailhead membership if the member dies? I'm getting my paperwork"
        " in order and want to make sure nothing would keep being charged. Is there a set process? "
        "Many thanks, Graham"),
    ("bereavement", "benign", "review",
        "★★★★★ Booked the indoor taster as a gift to myself. Dying to go back already, instructors "
        "were ace and the auto-belays are easy to get the hang of."),
    ("bereavement", "benign", "chat",
        "Customer: honestly the deal on the Harrier 2 is to die for, is it this year's model? || "
        "Agent: It is, just last season's colourway. || Customer: sold, adding to basket"),
    ("bereavement", "benign", "call",
        "Customer: Hi, are you open on Remembrance Sunday? || Agent: Yes, normal hours, and we'll "
        "pause for the two-minute silence at 11. || Customer: Lovely, I'll come in the afternoon "
        "for a fleece."),
    ("bereavement", "benign", "email",
        "Hi there, our book group read 'Lost on the Mountain: True Survival Stories' and now "
        "fancies a gentle guided walk with a picnic. Nine of us, any weekday in June. Could you "
        "suggest a route? Best, Wendy"),
    ("bereavement", "benign", "agent_note",
        "Customer reports Kestrel Quay locker 14 is dead, keypad not lighting up; took 10 minutes "
        "to get her bag out. Logged with facilities, offered a free drink voucher."),
    ("bereavement", "benign", "chat",
        "Customer: my old gas canisters are all dead, do you take empties for recycling at "
        "Brackenfold? || Agent: Yes, there's a canister recycling bin by the tills. || Customer: "
        "ace"),
    ("bereavement", "benign", "email",
        "Hi, on the Harrowby heritage walk, do you go into the old churchyard with the plague "
        "graves? My friend is a total history nut and wants to know before we book. Thanks, Imogen"),
    # ---- violence_self_harm
    ("violence_self_harm", "sensitive", "email",
        "Hi, I need to report something that's been happening at the Harrowby wall. A man who "
        "climbs most Tuesdays has started waiting for me in the car park, found me on Instagram and"
        " Facebook and messages constantly, even after I blocked him. Last week he was outside my "
        "work. I'm scared to come in now. Can your staff do anything? Nadia || Agent: Nadia, thank "
        "you for telling us, and I'm sorry you've been made to feel unsafe. Our centre manager will"
        " call you today; we can review CCTV and, if you agree, bar him from the centre."),
    ("violence_self_harm", "sensitive", "chat",
        "Customer: is there a way to stop my name showing on the Kestrel Quay bouldering "
        "leaderboard? || Agent: Yes, you can set your profile to private in the app. || Customer: "
        "please can you check it's done. my ex has been tracking where I go and he turned up at the"
        " wall last week. I've moved twice because of him || Agent: I've set it to private and "
        "hidden your visit history, and added a note so the desk won't confirm to anyone whether "
        "you're in."),
    ("violence_self_harm", "sensitive", "agent_note",
        "Incident 24/118: member Craig Lamont reports he was punched in the face in the Tollmoor "
        "car park after the Thursday session by another visitor, following an argument over "
        "parking. Bruising to cheek. Police called by a witness. CCTV saved; other party's "
        "membership suspended pending review."),
    ("violence_self_harm", "sensitive", "email",
        "Please update my address and DO NOT send anything to my old house. I've left an abusive "
        "relationship and my ex still lives there and opens my post. Use this email only: "
        "safe.mail.k@example.org. Thank you for understanding. K"),
    ("violence_self_harm", "sensitive", "chat",
        "Customer: can I cancel my walk booking for saturday || Agent: Of course, would you like a "
        "credit? || Customer: doesnt matter. honestly I dont see the point in anything anymore. I "
        "was going to go up Greyscar on my own and not come back down || Agent: I'm really glad you"
        " told me. You matter. If you're in danger right now please call 999, or Samaritans any "
        "time, day or night. Is there someone who can be with you today?"),
    ("violence_self_harm", "sensitive", "agent_note",
        "Staff safety: customer Mr G. Vickers (account 88412) became aggressive at the Brackenfold "
        "tills over a refused refund and told Jess he'd 'come back and smash the place up, and you "
        "with it'. Jess shaken, sent home. Police informed, ban letter to follow."),
    ("violence_self_harm", "sensitive", "review",
        "★☆☆☆☆ On the Saturday night navigation walk a man in our group kept making comments about "
        "my body and then grabbed me going over the stile. The leader didn't see and I didn't know "
        "what to do. I won't go on another mixed walk. || Agent: We're so sorry, Ellie. This is "
        "completely unacceptable and we'd like to speak to you directly; please check your inbox."),
    ("violence_self_harm", "sensitive", "voicemail",
        "Hi, um, it's about booking BK-62899, the couples kayak. I need to cancel it. Please don't "
        "ring the landline or email the joint address. My husband hit me on Sunday and I'm staying "
        "at my sister's. He doesn't know I'm calling. My mobile's 07700 900817. Thank you."),
    ("violence_self_harm", "sensitive", "email",
        "Hello, I'd like to wear a long-sleeved top instead of the vest for the bouldering comp. "
        "I've self-harmed in the past and I'm not ready for people to see the scars on my arms. Is "
        "that allowed? Thanks, Jo || Agent: Of course, Jo, wear whatever you're comfortable in. The"
        " vest is only for your number, so we can pin it to your own top instead."),
    ("violence_self_harm", "sensitive", "sms",
        "someone keyed my car at kestrel quay and left a note saying 'I know where u live'. pretty "
        "sure its the guy I reported from bouldering. can u check cctv for 7pm tues?"),
    ("violence_self_harm", "sensitive", "agent_note",
        "Member Ruth Okafor (Trailhead) disclosed she was sexually assaulted on a solo walk last "
        "autumn, not on a Cairnway trip. She'd like to be booked only on group walks with a female "
        "leader where possible. Note added with her consent; don't raise it with her unless she "
        "does."),
    ("violence_self_harm", "sensitive", "dm",
        "I don't know who else to tell but one of your instructors, the guy with the beard at "
        "Harrowby, keeps DMing me late at night even though I've asked him to stop. last one said "
        "he'd 'see me tomorrow' and I hadn't told him I was booked in. its really freaking me out"),
    ("violence_self_harm", "sensitive", "chat",
        "Customer: just wanted to say thank you to the Tuesday crew at Kestrel Quay. I took an "
        "overdose in May and honestly didn't think I'd still be here. the wall's been the thing "
        "that gets me out of the house || Agent: Thank you for sharing that with us, I'll pass your"
        " thanks on. We're really glad you're here, and if things get hard again please reach out, "
        "there's always help."),
    ("violence_self_harm", "sensitive", "call",
        "Customer: I want to report someone. A woman on the Wednesday walks has been sending my "
        "wife horrible messages saying she'll make her pay, and she turned up at our house. || "
        "Agent: That sounds frightening. Have you reported it to the police? || Customer: Yes. We "
        "just don't want to be on the same walks as her. || Agent: I'll make sure your bookings "
        "don't overlap and flag this to the walks manager."),
    ("violence_self_harm", "sensitive", "web_form",
        "Feedback | Centre: Tollmoor | Message: My brother has been talking about killing himself "
        "and said something about 'going off a cliff on one of your walks'. He's booked on the "
        "Ridge Scramble on the 12th. I'm worried sick. Can you cancel it or warn the leader? His "
        "name is Aaron Pryce."),
    ("violence_self_harm", "benign", "chat",
        "Customer: that new V6 in the cave is absolutely brutal, been battering it for 3 weeks || "
        "Agent: Ha, you're not the only one! The setters are very proud of that one. || Customer: "
        "tell them I hate them (affectionately)"),
    ("violence_self_harm", "benign", "email",
        "Hi, I'd like to book your 'Assault Course & Orienteering' team-building day for 20 staff "
        "in July. Is lunch included? Regards, Mo, Tiller Logistics || Agent: Hi Mo, yes, a packed "
        "lunch is included. I'll send over a quote and the available dates."),
    ("violence_self_harm", "benign", "web_form",
        "Product question | Item: Bushcraft folding knife | Question: Do I need ID to buy this in "
        "store? It's for the bushcraft weekend."),
    ("violence_self_harm", "benign", "review",
        "★★★★★ The self-arrest workshop on the winter skills course was brilliant. Practising ice "
        "axe arrests on the snow slope felt terrifying at first but it finally clicked."),
    ("violence_self_harm", "benign", "sms",
        "hit me up when the 38L Attack Pack is back in stock in black pls"),
    ("violence_self_harm", "benign", "chat",
        "Customer: I'd kill for a coffee after the walk on Sunday, is the Millbeck café open by 3? "
        "|| Agent: Open till 5 on Sundays, so you're in luck! || Customer: perfect"),
    ("violence_self_harm", "benign", "review",
        "★★★★☆ Smashed my PB on the speed wall at Kestrel Quay. Timing system is a bit slow to "
        "reset between goes though."),
    ("violence_self_harm", "benign", "email",
        "Hello, could you send me a copy of your safeguarding policy for youth expeditions? We're a"
        " community group thinking about booking and our committee needs to see it first. Thanks, "
        "Lorna"),
    ("violence_self_harm", "benign", "dm",
        "fought with the Harrier 2 for an hour in the wind and the tent won 😂 any pitching tips for"
        " one person?"),
    ("violence_self_harm", "benign", "agent_note",
        "Customer asked whether we stock bear spray for a trip to Canada. Explained we can't sell "
        "it in the UK; suggested a bear bell and food canister instead."),
    ("violence_self_harm", "benign", "chat",
        "Customer: the 'Beat the Wall' challenge, is it one go per person or unlimited? || Agent: "
        "Unlimited goes in your hour slot, and the fastest time each month wins a Wall Pass. || "
        "Customer: game on"),
    ("violence_self_harm", "benign", "email",
        "Hi, I'd like to return the Punisher trail shoes (CW-224812), they just don't suit my feet."
        " Unworn outdoors. Thanks, Jas"),
    ("violence_self_harm", "benign", "call",
        "Customer: Our pub quiz team wants to do your 'Survival Night' in the woods. || Agent: "
        "Lovely, it's shelter building, fire lighting and a campfire supper. How many of you? || "
        "Customer: Eight. || Agent: Great, Friday or Saturday?"),
    ("violence_self_harm", "benign", "review",
        "★☆☆☆☆ Ordered for Saturday delivery, nothing turned up, no tracking. Then customer service"
        " killed me with 40 minutes of hold music. Sort it out."),
    ("violence_self_harm", "benign", "social",
        "Does anyone know if the Hunger Games themed night trail at Tollmoor is ok for "
        "first-timers? Looks epic"),
]


def cairn_examples() -> list[dict]:
    """The cairn split as labelled tickets (same shape as ``sensitive_eval.build_eval_set``'s)."""
    return stranger_examples("cairn", ENTRIES, SUBJECTS)
