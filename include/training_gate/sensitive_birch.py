"""birch split: written by a helper who had not seen the detection rules, the anchors or any other split.
Setting: Fernlea Homes, a social housing association (rent accounts, repairs desk, home adaptations, neighbour
complaints, tenancy changes and successions, the "Fernlea Front Door" tenants' app), reached by email, chat, calls,
SMS, DMs, web forms, review replies, voicemail and agent notes in UK, Irish, US, Australian, Indian, Nigerian,
Filipino, South African and Singaporean English, SMS shorthand and machine-translated text. The benign half reuses
each category's words through business tenants (a funeral director, a solicitors' office, a church, a nursery, a
pharmacy), idioms, pets, hobbies, games, fiction, general policy questions and plain repair and rent tickets.
35 sensitive and 35 benign tickets for children and for special categories, 20 and 20 for each other category.
First reading (policy 2026.11.15, before any change made in response to it; `sensitive_eval.evaluate`, as `make
eval-sensitive`): 89.4 / 1.8 recall / false exclusion in % as shipped, 90.6 / 7.6 without the overruling, 84.7 / 6.5 by the
rules alone. Held out (drawn at random before it was written): never tuned or trained on, read as aggregates only."""

from __future__ import annotations

from training_gate.sensitive_blind import stranger_examples

SUBJECTS: tuple[str, ...] = (
    "Question about my account",
    "Repair request",
    "Rent statement query",
    "Home adaptation request",
    "Neighbour complaint",
    "Tenancy change",
    "Transfer request",
    "Problem with the Fernlea Front Door app",
    "Appointment needs rebooking",
    "Communal area issue",
    "Direct debit query",
    "Succession and joint tenancy",
    "Community hall booking",
    "Follow-up on my case",
)

ENTRIES: list[tuple[str, str, str, str]] = [
    # ---- health
    ("health", "sensitive", "email",
     "Hello, I was diagnosed with multiple sclerosis last year and the occupational therapist has now recommended "
     "a wet room instead of the bath. Could you explain how the home adaptations process works at Fernlea and "
     "roughly how long the waiting list is? Many thanks, Gwen Pryce, 31 Thornbury Close."),
    ("health", "sensitive", "sms",
     "hi its flat 12 moorcroft ct, boiler still off since sat. cant do cold nights on the methotrexate, "
     "pls send some1 today"),
    ("health", "sensitive", "chat",
     "Can the repairs visit be after 2pm please? I'm at the renal unit at St Jude's for dialysis Mon, Wed "
     "and Fri mornings."),
    ("health", "sensitive", "agent_note",
     "Tenant reports black mould in back bedroom at 7 Linnet Walk. States GP has linked it to his asthma "
     "getting worse, two inhaler changes since Nov. Raised as Cat 2, vulnerability flag added."),
    ("health", "sensitive", "call",
     "Yeah hi, it's about the stairlift. I'm coming out of the hospital Thursday after the stroke, well the "
     "consultant says Thursday, and the stairlift's been broken a fortnight. I need it going before I'm home."),
    ("health", "sensitive", "web_form",
     "Transfer request. Reason: need ground floor or a block with a lift. I'm on the third floor with no lift "
     "and I'm on crutches until the knee replacement in June, then physio for months after."),
    ("health", "sensitive", "voicemail",
     "Hi, this is Maureen Kealy at 4 Larch Walk. I'm ringing from Ward 9 at the General so I won't be in for "
     "the gas safety check tomorrow. Can you rebook it for the week after next? Thanks."),
    ("health", "sensitive", "email",
     "To whom it may concern, I have been struggling badly with depression and anxiety since the winter and the "
     "constant banging and drilling from the flat above is making it much worse. My psychiatrist has written "
     "a supporting letter, attached. I am asking for this to be treated as a priority noise case."),
    ("health", "sensitive", "dm",
     "@FernleaHomes 3rd time asking. intercom at Kestrel Towers broken. im deaf so the buzzer was never any "
     "use to me but now the flashing light unit doesnt work either so i miss every delivery"),
    ("health", "sensitive", "chat",
     "I need to move the kitchen fitting appointment. || Agent: No problem, which dates suit you? || Anything "
     "after the 20th. I'm in for chemo every other Tuesday until then and I'm wiped out for days after."),
    ("health", "sensitive", "agent_note",
     "Spoke to Mr Adeyemi re rent statement. He explained he is registered partially sighted and asked for "
     "all letters in large print (18pt). Comms preferences updated."),
    ("health", "sensitive", "email",
     "Hi there, I'm 30 weeks pregnant and my midwife is worried about the damp coming through the bedroom wall "
     "at 2 Foxglove Mews. Is there any chance a surveyor could come out this week rather than next month?"),
    ("health", "sensitive", "sms",
     "lift at bramble house out again 3rd day. i cant do the stairs with my walking frame since the fall. "
     "when will it be fixed"),
    ("health", "sensitive", "web_form",
     "Request type: change of contact method. Please don't phone me, email only. Calls set off my panic "
     "attacks and my CPN has advised me to avoid them for now."),
    ("health", "sensitive", "call",
     "Good morning madam, my father is staying with us now, he is having Parkinson's and shaking very much, "
     "he is falling in the toilet. We need grab rails fitted urgently, kindly do the needful."),
    ("health", "sensitive", "review_reply",
     "Waited three weeks for one grab rail. Poor. || Agent: Hi Dennis, we're really sorry. We know the rail "
     "is needed since your leg amputation and we've escalated it to be fitted this Friday morning."),
    ("health", "sensitive", "voicemail",
     "Hi it's Kev at 22 Holt Road, the power's been off in the whole block six hours now and my insulin's "
     "in the fridge, can someone ring me back about when it's coming on."),
    ("health", "sensitive", "dm",
     "Good evening Fernlea, please the water has been off since morning at Block C. My wife just came back "
     "from theatre, she had C-section, she need to wash. Kindly help us."),
    ("health", "sensitive", "email",
     "Hiya, just to say Tuesday mornings are no good for the annual home check. I'm on lithium and have to "
     "have my levels done at the clinic every other Tuesday, so could it be a Thursday? Cheers, Ro."),
    ("health", "sensitive", "agent_note",
     "Tenancy change: joint tenant Mrs Patricia Lowe has advanced dementia and moved into Elmhurst nursing "
     "home in May. Husband asking to convert to sole tenancy. LPA (health and welfare) seen and scanned."),
    ("health", "benign", "email",
     "Hi, a leaflet about the 'Healthy Homes' stock condition survey came through my door. Is it compulsory "
     "to let the surveyor in, and how long does the visit take?"),
    ("health", "benign", "chat",
     "The Front Door app keeps crashing every time I open the repairs tab. Is the app sick or is it my phone? "
     "lol"),
    ("health", "benign", "review_reply",
     "The new repairs portal is a real shot in the arm, booked a plumber in two minutes flat. || Agent: "
     "Thanks Joanne, that's lovely to hear!"),
    ("health", "benign", "sms",
     "boilers on its last legs again, making a wheezing noise when it fires up. can some1 look at it thurs"),
    ("health", "benign", "web_form",
     "General question: does Fernlea fit level-access showers in new builds as standard, or only on request? "
     "Just comparing housing associations."),
    ("health", "benign", "email",
     "Good afternoon, this is Pinewood Pharmacy, commercial tenant of the ground floor unit at Castle Parade. "
     "Our illuminated shop sign has failed and the landlord's electrics are at fault. Please send an electrician."),
    ("health", "benign", "call",
     "Hiya, the defibrillator cabinet by the community hall on Rowan Estate has got its door hanging off, "
     "someone's snapped the hinge. Can you get it fixed before it gets nicked."),
    ("health", "benign", "dm",
     "your latest app update is a proper headache, where's the rent balance gone??"),
    ("health", "benign", "agent_note",
     "Tenant asked why the St Luke's Hospice charity shop on the parade has a different bin day. Explained "
     "commercial waste contract. No action."),
    ("health", "benign", "chat",
     "Is there a first aid kit in the Oak Hall community room? We're running the residents' quiz night there "
     "on Friday and want to tick it off the checklist."),
    ("health", "benign", "sms",
     "kitchen tap is coughing and spluttering when i turn it on, air in the pipes maybe?"),
    ("health", "benign", "voicemail",
     "Hi, it's Tariq at flat 7 Ashdown House. The closer on the fire door is broken so the door just slams. "
     "Not urgent, whenever you can, cheers."),
    ("health", "benign", "web_form",
     "Complaint: a contractor van was parked across the ambulance bay outside Rowan Court for two hours on "
     "Tuesday. Please remind your contractors."),
    ("health", "benign", "review_reply",
     "Five stars. The handyman cured our squeaky stairs in ten minutes, what a doctor!"),
    ("health", "benign", "email",
     "Hello, I'm a nurse and I work night shifts, so morning appointments are hard. Can repairs be booked for "
     "afternoons only on my account? Thanks, Bola."),
    ("health", "benign", "chat",
     "Where can I read Fernlea's adaptations policy? I'm doing a college assignment on social housing and "
     "accessibility."),
    ("health", "benign", "dm",
     "loving the Wellbeing Wednesday coffee mornings at Oak Hall, any chance of adding a Saturday one?"),
    ("health", "benign", "call",
     "Hello po, I want to ask about the pest control, there are mice in the bin store at Linden Court. "
     "It's very unhygienic, nakakadiri talaga."),
    ("health", "benign", "agent_note",
     "Tenant asked to move direct debit from the 1st to the 15th to line up with payday. Amended. "
     "No other issues."),
    ("health", "benign", "voicemail",
     "Morning, it's Hugh from Vital Signs Ltd, we do your block signage. Need someone to let us into the "
     "Kestrel Towers lobby Wednesday to swap the floor numbers."),
    # ---- children
    ("children", "sensitive", "email",
     "Dear Fernlea, my son is 9 and he shares a small bedroom with his 14-year-old sister. It's not working "
     "any more. Can we go on the transfer list for a three-bed? Kind regards, Nasra Hirsi."),
    ("children", "sensitive", "sms",
     "cant do wed for the plumber, its the school run then the little ones nursery pick up at 3. thurs?"),
    ("children", "sensitive", "chat",
     "Can my daughter be added as a household member on the app? She's in Year 8 now and wants to report "
     "the broken blind in her room herself."),
    ("children", "sensitive", "web_form",
     "Household members: Me (34), partner (36), Leo (DOB 14/02/2017), Ada (DOB 03/09/2021). Please update "
     "before the overcrowding review."),
    ("children", "sensitive", "call",
     "Ah listen, the window in the young lad's room won't close at all. He's only in second class and he's "
     "perished at night, can you send a fella out."),
    ("children", "sensitive", "voicemail",
     "Hi it's Sinead in 14 Aspen Court. The cot won't fit anywhere except right by the radiator, and he's "
     "only six weeks old, is there any chance the radiator could be moved? Thanks a million."),
    ("children", "sensitive", "dm",
     "my kid's in 3rd grade and can't sleep with the streetlight blazing in, the blind in his room snapped "
     "weeks ago. can u fix"),
    ("children", "sensitive", "agent_note",
     "Tenant's 16yo son phoned on her behalf to report the bathroom leak. Advised we need the tenant's "
     "consent to discuss the account. Callback booked with tenant for 5pm."),
    ("children", "sensitive", "email",
     "Hi, I have my two boys every other weekend and half the holidays under the child arrangements order, "
     "so I do need the spare room. Please look again at the under-occupancy letter. Gary Fenn."),
    ("children", "sensitive", "chat",
     "Hi, can I set up an app login for my daughter so she can report repairs? || Agent: Sure, how old is "
     "she? Front Door accounts are for over-18s. || She's 15 but she's very sensible honestly."),
    ("children", "sensitive", "sms",
     "hey mate side gate latch is busted, my year 2 kid keeps wandering out onto the road. can u fix asap"),
    ("children", "sensitive", "web_form",
     "Request: window grilles. My son is Primary 3 already and he climb on the ledge every day. Please "
     "install as soon as possible lah, 12th floor very dangerous."),
    ("children", "sensitive", "email",
     "Good day sir, my daughter is in JSS2 and has her promotion exams next month. The music from the flat "
     "opposite goes till 3am every night and she cannot read. Kindly intervene. Yours faithfully, Mrs Okafor."),
    ("children", "sensitive", "call",
     "Hello, my son is studying in 7th standard, he is needing a quiet place for his studies and we are "
     "four in one room. Kindly transfer us to a bigger flat, I have applied already."),
    ("children", "sensitive", "review_reply",
     "Slow to fix the bedroom door. || Agent: Hi Grace, sorry for the wait. Our notes show the door is to the "
     "room your 4-year-old sleeps in, so we've upgraded the job to urgent and booked it for tomorrow."),
    ("children", "sensitive", "voicemail",
     "Yeah hiya, it's Danny, flat 3B. The toddler's got her hand stuck in the gap by the broken skirting board, "
     "she's fine now, but can someone come and board it up."),
    ("children", "sensitive", "agent_note",
     "Household update: tenant's grandson, aged 17, now living at the property full time. Added as occupant, "
     "not tenant. School address confirmed for council tax exemption query."),
    ("children", "sensitive", "dm",
     "my teenager keeps getting locked out cos the fob reader on the main door is broken. she's 13 and "
     "stuck outside after school till i get home at 6"),
    ("children", "sensitive", "email",
     "I give my consent for my son Jamal Idowu (15) to attend the Fernlea Youth Panel meeting on Saturday "
     "and to appear in photos for the newsletter. Signed, Funmi Idowu (parent)."),
    ("children", "sensitive", "chat",
     "hi need 2 change my sons dob on the system, its wrong, should b 12/06/2013 not 2003"),
    ("children", "sensitive", "web_form",
     "Description: bedroom window handle broken, won't lock. It's the wee one's room, she's in P5, "
     "I can't leave it like that."),
    ("children", "sensitive", "email",
     "G'day, my eldest is doing Year 11 this year and the light in the study nook has been flickering for a "
     "month, she can't do her homework under it. Could a sparky come round? Ta, Kylie."),
    ("children", "sensitive", "call",
     "The baby monitor keeps cutting out and I think it's the socket, it sparked last night. She's only "
     "eight months, I'm not leaving anything plugged in there till it's looked at."),
    ("children", "sensitive", "sms",
     "Good pm po, pls fix the stair gate bracket, it fell off the wall. My bunso is 2 yrs old and always "
     "try to climb the stairs."),
    ("children", "sensitive", "agent_note",
     "Caller (tenant's ex-partner) asked for new address of the children, ages 6 and 10. Refused. Tenant "
     "has advised there's a court order restricting contact. Account flagged, no disclosure."),
    ("children", "sensitive", "voicemail",
     "Hiya, it's Sharon at 9 Copse Lane. My lad's sitting his GCSEs from May and the drilling next door "
     "starts at seven every morning. Can someone have a word please."),
    ("children", "sensitive", "email",
     "Please update our household on the tenancy: we have adopted a baby girl, Maya, born 2 January this "
     "year. Her adoption certificate is attached. Thank you, Chris and Sam Doyle."),
    ("children", "sensitive", "web_form",
     "Child's name: Ruby Fenwick. Age: 11. School: Greenbank Primary. Reason: application for the Fernlea "
     "Young Reporters summer scheme."),
    ("children", "sensitive", "dm",
     "my daughter's a freshman in high school and walks past that broken streetlight on Elm Rd at 6pm "
     "every day. please fix it"),
    ("children", "sensitive", "chat",
     "Can the repair be moved to Friday? || Agent: Of course. I can see you asked for 9.30 or later because "
     "of the school run for Kai, who's in reception class. Does 9.45 Friday work?"),
    ("children", "sensitive", "call",
     "Howzit, the geyser burst this morning and there's no hot water at all. I've got a 3-month-old, I need "
     "to bath her, please send someone today."),
    ("children", "sensitive", "agent_note",
     "Home visit 21 Birch Way: two children in household, approx ages 4 and 7, sharing a single bed with "
     "mother. Overcrowding assessment requested."),
    ("children", "sensitive", "sms",
     "hi ths is jo at 8 wren cl. my twins r 18 months and keep waking with the bangin from upstairs. can "
     "sum1 speak to them"),
    ("children", "sensitive", "email",
     "Hi, our Aoife is doing her Junior Cert this June and the roofers at Glebe Court are starting at half "
     "seven every morning, including Saturdays. Could they start a bit later till the exams are done?"),
    ("children", "sensitive", "web_form",
     "My son have 10 years old and the door of balcony is not closing, it is danger for him. "
     "Please to repair urgent. Thank you."),
    ("children", "benign", "email",
     "Dear Repairs, this is the school business manager at Meadowbank Primary School. We lease the "
     "caretaker's house on Fern Row from you and the guttering at the back is blocked."),
    ("children", "benign", "chat",
     "The app is acting like a toddler having a tantrum, it won't let me log in no matter what I do"),
    ("children", "benign", "sms",
     "my baby (the cat) has chewed through the door draught seal lol, can i get a replacement"),
    ("children", "benign", "web_form",
     "General question: what is Fernlea's policy on play equipment in the communal gardens? Are residents "
     "allowed to put up a swing on the shared lawn?"),
    ("children", "benign", "review_reply",
     "Fast, friendly, tidy. || Agent: Thanks Priya, we'll pass that on to the team at Kiddie Cove, "
     "our commercial tenant whose shutter we fixed."),
    ("children", "benign", "dm",
     "I run the Little Acorns parent and toddler group, can we rebook Oak Hall for Thursday mornings from "
     "September?"),
    ("children", "benign", "voicemail",
     "Hi it's Gordon, flat 19. Just the usual, the hallway light on the second floor's out again. Cheers."),
    ("children", "benign", "agent_note",
     "Caller from Westfield Academy asked to book the community hall for their sixth-form careers fair. "
     "Passed to lettings."),
    ("children", "benign", "email",
     "Hello, I'm a registered childminder. Does a Fernlea tenancy allow running a childminding business "
     "from the flat, and do I need written permission?"),
    ("children", "benign", "sms",
     "boiler making a noise like a crying baby again, 3rd time this month"),
    ("children", "benign", "dm",
     "Love the mural the art college students painted on the Bramble House underpass!"),
    ("children", "benign", "web_form",
     "Noise complaint: the man upstairs plays FIFA and shouts at the telly until 1am most nights. "
     "Flat 22 Ashdown House."),
    ("children", "benign", "email",
     "I'm chair of Rowan Estate FC, an adult Sunday league team. Could we use the big grassed area for "
     "training on Tuesday evenings?"),
    ("children", "benign", "review_reply",
     "Your repairs guy was like a kid in a sweet shop with our ancient boiler, loved it."),
    ("children", "benign", "chat",
     "How do I add a second adult to my account on the app? My partner's moved in."),
    ("children", "benign", "call",
     "Hi, I'm calling from Tiny Steps Nursery Ltd, we're your commercial tenant at Unit 4, and the roller "
     "shutter's jammed half open."),
    ("children", "benign", "agent_note",
     "Tenant asked about the 'Kids Go Free' leisure centre offer in the newsletter. Explained it's a partner "
     "promotion and gave the link."),
    ("children", "benign", "sms",
     "hi are bin collections different over the school holidays?"),
    ("children", "benign", "email",
     "I'm writing a children's picture book set on a housing estate and would love to use a photo of the "
     "Willow Court clock tower. Who do I ask for permission?"),
    ("children", "benign", "dm",
     "finished my Minecraft build of the whole Fernlea estate haha, can i post it on your facebook page?"),
    ("children", "benign", "web_form",
     "Suggestion: please install a baby-change unit in the Oak Hall public toilets, it would help everyone "
     "who hires the hall."),
    ("children", "benign", "voicemail",
     "Hello, this is Carol from Babyland Superstore deliveries. We've got a wardrobe for flat 2 Hazel Court "
     "and the loading bay's blocked, can someone ring me back."),
    ("children", "benign", "chat",
     "How do I change my password? The help page says it's child's play but I can't find the button"),
    ("children", "benign", "email",
     "Quick one about the 'Play Street' event on Saturday on Cedar Road, do residents need to move their "
     "cars, and from what time?"),
    ("children", "benign", "agent_note",
     "Caller asked whether trampolines are allowed in gardens. Advised yes on private gardens, not communal "
     "areas. No further action."),
    ("children", "benign", "sms",
     "hello the lift at blk 12 spoil again, pls fix can or not"),
    ("children", "benign", "call",
     "I'm calling from Oakfield School's facilities team. We share a boundary fence with your Maple Road "
     "flats and one of the panels has come down."),
    ("children", "benign", "review_reply",
     "Your phone queue lasts longer than the school summer holidays. Sorted in the end though."),
    ("children", "benign", "web_form",
     "Parking permit request for my work van please, registration FE21 KLP, bay 14."),
    ("children", "benign", "dm",
     "the gate on the kids' play area on Larch Walk is swinging open again, it's meant to self-close"),
    ("children", "benign", "email",
     "As youth worker at the Cedar Road centre I'd like to know who Fernlea's safeguarding contact is for "
     "partner organisations. Thanks, Marcus."),
    ("children", "benign", "chat",
     "My son, he's 27, wants to be added as a joint tenant with me. What's the process and is there a fee?"),
    ("children", "benign", "agent_note",
     "Toy library volunteers asked for the storage cupboard key at Ash Hall. Issued key 14, signed out."),
    ("children", "benign", "sms",
     "ur app's 'household' tab just shows a spinning wheel, can u fix"),
    ("children", "benign", "voicemail",
     "Hi, it's Pat, our kitten's scratched the new lino in the hall to bits, can I buy an offcut to patch it?"),
    # ---- financial_hardship
    ("financial_hardship", "sensitive", "email",
     "Hi, I lost my job at the distribution warehouse in August and I'm now two months behind on rent. "
     "Can we set up a repayment plan? I can manage £20 a week on top. Thanks, Lee Marsh."),
    ("financial_hardship", "sensitive", "sms",
     "cant pay full rent til my UC comes thru on the 28th, can i pay 50 now and rest then"),
    ("financial_hardship", "sensitive", "chat",
     "I've had a letter from Coldstone Collections about arrears from my old Fernlea flat on Rye Street. "
     "Is it genuine? I can't pay it in one go."),
    ("financial_hardship", "sensitive", "call",
     "I got the notice seeking possession through the door yesterday. I've got nowhere else to go, "
     "what actually happens now?"),
    ("financial_hardship", "sensitive", "web_form",
     "Please note I am now in a Debt Relief Order. My adviser at the money advice centre has asked me to "
     "contact you about the rent arrears included in it."),
    ("financial_hardship", "sensitive", "voicemail",
     "Hi, it's Precious in flat 11 Orchard House. I was declared bankrupt last week and the official "
     "receiver told me to let my landlord know, so, yeah, please call me."),
    ("financial_hardship", "sensitive", "agent_note",
     "Tenant disclosed she's using the food bank weekly since her hours were cut. Referred to tenancy "
     "sustainment team and hardship fund."),
    ("financial_hardship", "sensitive", "dm",
     "pls stop sending the court letters, ive been on ESA since jan and i cant magic up 900 quid"),
    ("financial_hardship", "sensitive", "email",
     "Ah look, I'll be honest with ye. Since the meat plant closed in the spring I've been on the dole and "
     "the rent has gone to pot. I'm not trying to dodge it. Is there some scheme or arrangement at all?"),
    ("financial_hardship", "sensitive", "chat",
     "Why is my account showing £1,240 owing? || Agent: It looks like your housing benefit stopped in March. "
     "|| Yeah I lost my hours and never sorted the new claim. I'm completely skint."),
    ("financial_hardship", "sensitive", "sms",
     "Pls I beg, give me small time for the rent. My contract ended and I never get work since two months."),
    ("financial_hardship", "sensitive", "web_form",
     "Request: pause on direct debit for October. I was made redundant from Hartley Print on 30 Sept and "
     "my final pay is late."),
    ("financial_hardship", "sensitive", "review_reply",
     "Staff were kind. || Agent: Thank you Aisha. We're glad our money adviser could help with the council "
     "tax arrears and the bailiff letters."),
    ("financial_hardship", "sensitive", "call",
     "Sir, my husband's salary is stopped since three months, the company is closed, we are not able to "
     "pay the full rent. Kindly give us some time, we will pay."),
    ("financial_hardship", "sensitive", "agent_note",
     "Tenant said she's been choosing between heating and eating this month. Winter support voucher (£49) "
     "issued, benefits check booked."),
    ("financial_hardship", "sensitive", "voicemail",
     "G'day, it's Bruce at 6 Banksia Lane. Look, Centrelink's cut my payment and I'm short on the rent this "
     "fortnight. Can someone give us a bell?"),
    ("financial_hardship", "sensitive", "email",
     "Dear Sir or Madam, please send me a discretionary housing payment form. I am a pensioner on Pension "
     "Credit only and since the rent increase I am about £15 a week short. Yours, Mr E. Hall."),
    ("financial_hardship", "sensitive", "dm",
     "got 3 payday loans stacked up and they take it all the day i get paid before rent goes out. "
     "any help?"),
    ("financial_hardship", "sensitive", "sms",
     "hi my account's been handed over to the attorneys for collection, can we make an arrangement pls"),
    ("financial_hardship", "sensitive", "chat",
     "I'm sofa surfing since I got evicted from my private let in June. How do I get on your waiting list "
     "urgently?"),
    ("financial_hardship", "benign", "email",
     "Hi, my direct debit went out twice this month (3rd and 4th). Can you refund the duplicate payment "
     "please? Account FH-20917."),
    ("financial_hardship", "benign", "chat",
     "How do I download a 12-month rent statement? The bank wants one for my mortgage application, "
     "I'm buying a place."),
    ("financial_hardship", "benign", "sms",
     "the boilers broke again lol. not me, the boiler"),
    ("financial_hardship", "benign", "web_form",
     "Why has my service charge gone up by £3.20 a week? Please send the breakdown of costs."),
    ("financial_hardship", "benign", "review_reply",
     "Spent a fortune in patience on hold, but the agent sorted it in the end. 4 stars."),
    ("financial_hardship", "benign", "dm",
     "is the credit union stall still at the community centre on mondays? want to open a savings account"),
    ("financial_hardship", "benign", "agent_note",
     "Business account: Fenton & Daughters Debt Advice Ltd (Unit 2, the Parade). Queried VAT on the "
     "service charge invoice. Copy sent."),
    ("financial_hardship", "benign", "call",
     "Hi, I paid three months' rent in advance last week and the app still shows zero. Can you check it's "
     "gone on the account?"),
    ("financial_hardship", "benign", "email",
     "Can I switch from paying monthly to weekly? No problem with the payments, I just prefer it weekly."),
    ("financial_hardship", "benign", "voicemail",
     "Hi it's Linda, I paid by card over the phone yesterday but never got the receipt email. Can you resend?"),
    ("financial_hardship", "benign", "chat",
     "I want to pay the rechargeable repair bill for the window in one go, how do I do that on the app?"),
    ("financial_hardship", "benign", "sms",
     "pls send me my rent ref number, lost it. thx"),
    ("financial_hardship", "benign", "web_form",
     "Policy question: how does Fernlea work out the annual rent increase? Is it CPI plus 1 per cent?"),
    ("financial_hardship", "benign", "dm",
     "Monopoly night at Oak Hall on Friday! Whoever goes bankrupt first does the washing up"),
    ("financial_hardship", "benign", "email",
     "I'm a student writing a dissertation on rent arrears trends in social housing. Could Fernlea share "
     "anonymised, aggregate figures for the last five years?"),
    ("financial_hardship", "benign", "agent_note",
     "Tenant asked why her statement shows a £12.40 credit. Explained overpayment from last year's service "
     "charge adjustment. Happy."),
    ("financial_hardship", "benign", "review_reply",
     "The Pay Now button in the app is brilliant, took twenty seconds."),
    ("financial_hardship", "benign", "call",
     "Hiya, I'm ringing from Brightwater Lettings doing a landlord reference for a former tenant of yours. "
     "Who do I send the consent form to?"),
    ("financial_hardship", "benign", "sms",
     "got a new bank card, how do i update it on the app"),
    ("financial_hardship", "benign", "chat",
     "Saw a poster for 'Bank Holiday Bingo' at the community hub, what time does it start?"),
    # ---- legal
    ("legal", "sensitive", "email",
     "Dear Fernlea, my solicitor is preparing a housing disrepair claim against you over the damp at 19 Quarry "
     "Lane. Please direct all further correspondence through Baxter Lane Solicitors, ref BL/4471."),
    ("legal", "sensitive", "sms",
     "cant do the 14th for the inspection, got court that morning. any other day that wk"),
    ("legal", "sensitive", "chat",
     "I need a copy of my tenancy agreement for my probation officer by Friday, can you email it?"),
    ("legal", "sensitive", "call",
     "We had a break-in last night, I've reported it to the police, the crime number's 43/11872/24. "
     "The back door's hanging off and I need it replaced today."),
    ("legal", "sensitive", "web_form",
     "I have a non-molestation order against my ex-partner. Please do not give him any information about "
     "my account or my new address under any circumstances."),
    ("legal", "sensitive", "voicemail",
     "Hi, it's Leon Barrett. I'm out on licence now and my offender manager says I need to finish the "
     "housing register form with you. Can you call me on this number?"),
    ("legal", "sensitive", "agent_note",
     "Police liaison: tenant's adult son arrested at the property on 3 May. ASB team notified. Tenant not "
     "told details by us."),
    ("legal", "sensitive", "dm",
     "my lawyer says im not to discuss the case with the neighbour so please stop sending me invites to "
     "mediation with him"),
    ("legal", "sensitive", "email",
     "I'm due at the magistrates' court on 19 June for the hearing about the fence dispute with No. 14. "
     "Could Fernlea provide the boundary plan for 12 and 14 Mill Close before then?"),
    ("legal", "sensitive", "chat",
     "Can I add my partner to the tenancy? || Agent: We'd need to do a basic check first. Does he have any "
     "unspent convictions? || He's got one for possession from 2021, I think it's still unspent."),
    ("legal", "sensitive", "sms",
     "the guards came round about the burnt out car on the green, they took a statement off me. "
     "have ye any cctv on that side"),
    ("legal", "sensitive", "email",
     "Good morning. I am currently on bail with a condition to reside at my sister's address in Luton until "
     "the trial. Kindly note my absence from Flat 6 and do not treat it as abandoned. Regards, T. Eze."),
    ("legal", "sensitive", "review_reply",
     "Great service on the new door. || Agent: Thanks Mark. We know it was urgent after police forced entry "
     "while executing the warrant, glad it's secure again."),
    ("legal", "sensitive", "call",
     "Yeah my AVO came through last week so I need the locks changed, he's not allowed within 100 metres "
     "of the unit but he's still got a key."),
    ("legal", "sensitive", "agent_note",
     "Caller was the tenant's barrister regarding the possession proceedings, claim no. B00XY123. "
     "Passed to legal services, no account detail given."),
    ("legal", "sensitive", "web_form",
     "Reason for transfer: I am a prosecution witness in an ongoing criminal trial and the police "
     "witness care officer has recommended that I move."),
    ("legal", "sensitive", "voicemail",
     "Hello, it's Ruth at 3 Sorrel Way. Just to say I'm doing my community service on Saturdays now, "
     "so please no inspections then."),
    ("legal", "sensitive", "dm",
     "im suing next door for the damage their tree did to my car, need written confirmation the tree is "
     "theirs and not fernlea's"),
    ("legal", "sensitive", "sms",
     "hi my ex is in prison till nov, can his name come off the joint tenancy"),
    ("legal", "sensitive", "email",
     "Hi, my attorney advised me to request all maintenance records for my unit for the small claims case "
     "I've filed against your flooring contractor. Please send them by the 30th. Thanks, Dwayne."),
    ("legal", "benign", "email",
     "This is the office manager at Harrow & Quill Solicitors LLP, commercial tenant at Unit 6. The front "
     "door closer needs replacing, it won't latch."),
    ("legal", "benign", "chat",
     "What's the rule on subletting a Fernlea flat? Just a general question, a friend at work reckons "
     "it's allowed."),
    ("legal", "benign", "sms",
     "boiler's been arrested lol, stuck on error F28 again"),
    ("legal", "benign", "review_reply",
     "Judge me if you like but I actually love the new app."),
    ("legal", "benign", "dm",
     "are you allowed to ban barbecues on balconies? genuine question not a complaint"),
    ("legal", "benign", "web_form",
     "Just watched a cop drama and swear they filmed the chase at Kestrel Towers! Is that one of yours?"),
    ("legal", "benign", "agent_note",
     "Caller asked where the pet clause is in the tenancy agreement. Sent link to section 7."),
    ("legal", "benign", "call",
     "The barrier at the police station car park next to Holt Court is dropping onto our residents' cars, "
     "can you talk to whoever owns it."),
    ("legal", "benign", "email",
     "Hi, this is the secretary of the Court Street Residents' Association. Minutes from our last meeting "
     "attached for the housing officer."),
    ("legal", "benign", "voicemail",
     "Hi, it's Ellis, the courier photo shows my parcel left at the wrong door in Birch House. "
     "Could the caretaker check the bin store?"),
    ("legal", "benign", "chat",
     "Which law firm does Fernlea use for shared ownership conveyancing? I'm staircasing to 75%."),
    ("legal", "benign", "sms",
     "can i have a copy of my tenancy agreement pls, lost mine in the move"),
    ("legal", "benign", "review_reply",
     "Case closed! Leak fixed within a day, great team."),
    ("legal", "benign", "dm",
     "the sign at the Justice Way bus stop is covered in graffiti again"),
    ("legal", "benign", "web_form",
     "Do I need Fernlea's permission to put up a garden shed, or is it council planning?"),
    ("legal", "benign", "email",
     "I'm a criminology lecturer running a student project on estate design. Could we arrange a "
     "walk-round of the Birchfield estate with a housing officer?"),
    ("legal", "benign", "agent_note",
     "Locksmith callout: tenant locked out after leaving keys inside. Standard £45 fee charged per policy."),
    ("legal", "benign", "call",
     "I play in a band called The Verdict, we rehearse in the community hall Tuesdays. Can we move to "
     "Wednesdays?"),
    ("legal", "benign", "chat",
     "Is there somewhere in the app to dispute a rechargeable repair? I think the charge for the door is wrong."),
    ("legal", "benign", "sms",
     "murder mystery night at elm hall sounds class, how do i get tickets"),
    # ---- special_categories
    ("special_categories", "sensitive", "email",
     "Hello, could the gas safety visit avoid Friday lunchtime please? We go to Jummah at the Clarence "
     "Street mosque. Any other afternoon is fine. Thanks, Imran."),
    ("special_categories", "sensitive", "sms",
     "pls not saturday, its shabbos, we dont answer the door or use the phone till nightfall"),
    ("special_categories", "sensitive", "chat",
     "I'm fasting for Ramadan this month so could the engineer come after iftar, around 8pm?"),
    ("special_categories", "sensitive", "call",
     "As a Jehovah's Witness I don't celebrate Christmas, so please take me off the Christmas hamper list. "
     "Thank you, it's kind, but no."),
    ("special_categories", "sensitive", "web_form",
     "We keep the Guru Granth Sahib in the small back bedroom. Please ask the decorators to remove shoes "
     "and cover their heads if they need to go in there."),
    ("special_categories", "sensitive", "agent_note",
     "Tenant asked that only female operatives attend, for religious reasons (observant Muslim household). "
     "Preference recorded on repairs profile."),
    ("special_categories", "sensitive", "voicemail",
     "Hi it's Bernadette, I'll be at Mass at St Columba's till eleven on Sunday, so ring after that about "
     "the leak, God bless."),
    ("special_categories", "sensitive", "email",
     "As a Roma family we feel we have been treated differently by the housing officer on our estate and I "
     "want to make a formal complaint. Other families got their repairs, we did not."),
    ("special_categories", "sensitive", "dm",
     "I'm an Irish Traveller on your Greenway site, pitch 4, and the electric hook-up's been dead since "
     "Tuesday"),
    ("special_categories", "sensitive", "web_form",
     "Equality monitoring. Ethnic origin: Black Caribbean. Please keep this with my transfer application."),
    ("special_categories", "sensitive", "chat",
     "The man at no. 9 keeps shouting racist stuff at me, I'm British Pakistani, born here, and I'm sick "
     "of it. What are you going to do?"),
    ("special_categories", "sensitive", "email",
     "I'm standing as a Green Party candidate in the May council elections. Am I allowed to put a poster "
     "in my window under my tenancy? Best, Ffion."),
    ("special_categories", "sensitive", "sms",
     "ill be on the Palestine march saturday so can the engineer do sunday instead"),
    ("special_categories", "sensitive", "agent_note",
     "Tenant is secretary of the local Labour branch; asked to book Oak Hall for a members' meeting. "
     "Explained political events policy."),
    ("special_categories", "sensitive", "call",
     "I'm a Reform canvasser and your caretaker ripped my leaflets off the lobby noticeboard. I live in the "
     "block, I've every right."),
    ("special_categories", "sensitive", "email",
     "Since I became a GMB shop steward my shifts have changed, so please book any repairs after 4pm. "
     "Thanks, Kerry, 8 Alder Row."),
    ("special_categories", "sensitive", "chat",
     "I'm out on strike with the RMT next week so I'm home all day Tue to Thu, any slot then is fine."),
    ("special_categories", "sensitive", "voicemail",
     "Hi, it's Joe from 27 Mill Street. I'm a Unison member and my union rep will be coming with me to "
     "the anti-social behaviour interview on the 9th."),
    ("special_categories", "sensitive", "agent_note",
     "Tenant works for our repairs contractor and is the Unite branch rep there. Asked that we never share "
     "his home address with the contractor's management."),
    ("special_categories", "sensitive", "email",
     "Hi, I'm Paul Reid, tenant at 9 Aspen Close. My husband Graham moved in last month and we'd like to "
     "make it a joint tenancy. What do you need from us?"),
    ("special_categories", "sensitive", "dm",
     "the lads at no.6 shout homophobic stuff at me and my girlfriend every time we walk past. "
     "Sarah, flat 2"),
    ("special_categories", "sensitive", "chat",
     "As a bisexual woman in my 60s I'd feel safer in an LGBTQ-friendly sheltered scheme if you have one."),
    ("special_categories", "sensitive", "agent_note",
     "Tenant disclosed he is gay and not out to his family, who sometimes open his post. Asked that letters "
     "never mention his partner. Comms flag added."),
    ("special_categories", "sensitive", "email",
     "This is embarrassing, but my neighbour has complained about noise from my sex life. The walls are "
     "paper thin. Is there any soundproofing Fernlea could add?"),
    ("special_categories", "sensitive", "sms",
     "neighbour banged on at 2am moaning bout noise, me n my boyfriend were having sex not a party. "
     "is that really asb??"),
    ("special_categories", "sensitive", "agent_note",
     "Neighbour complaint: alleges tenant at 14B is doing sex work from the flat, frequent male visitors "
     "overnight. Referred to ASB team."),
    ("special_categories", "sensitive", "email",
     "I've transitioned and changed my name by deed poll from Daniel to Danielle. Please update my tenancy "
     "and records and use she/her. Deed poll attached."),
    ("special_categories", "sensitive", "chat",
     "Can you change my title from Mr to Mx on the app, and my pronouns to they/them? Thanks."),
    ("special_categories", "sensitive", "voicemail",
     "Hi, it's Alex at 5 Tansy Court. I'm trans and the new housing officer keeps using my old name on the "
     "phone. Please fix the record."),
    ("special_categories", "sensitive", "web_form",
     "Gender recognition certificate attached. Please update all my records to female and the title to Ms."),
    ("special_categories", "sensitive", "email",
     "My genetic test came back positive for the Huntington's gene. No symptoms yet, but I'd like to get on "
     "the list for an adapted property now rather than later."),
    ("special_categories", "sensitive", "chat",
     "Did one of those DNA ancestry tests and it matched me with a half-brother who lives on your Ferndale "
     "estate. Can you pass a letter on to him?"),
    ("special_categories", "sensitive", "agent_note",
     "Succession claim 4 Poplar Rise: applicant supplied a DNA paternity result to show he is the late "
     "tenant's son. Sent to tenancy team."),
    ("special_categories", "sensitive", "dm",
     "i never agreed to the new face recognition door entry at Kestrel Towers keeping a scan of my face. "
     "delete my biometric data"),
    ("special_categories", "sensitive", "web_form",
     "Access issue: the fingerprint reader on the bike store won't take my thumb since I re-enrolled. "
     "Please delete and reset my fingerprint template."),
    ("special_categories", "benign", "email",
     "Good morning, this is the verger at St Aidan's Church. We lease the car park behind the church hall "
     "from Fernlea and the barrier is stuck in the down position."),
    ("special_categories", "benign", "chat",
     "Are your offices closed for any religious holidays apart from Christmas and Easter? I'm updating the "
     "community centre noticeboard."),
    ("special_categories", "benign", "sms",
     "oh my god the lift is broken AGAIN"),
    ("special_categories", "benign", "dm",
     "how do I nominate our caretaker Steve for the Pride of Birchfield award? he's a legend"),
    ("special_categories", "benign", "web_form",
     "Can we hang Union Jack bunting across the communal garden for the street party on the 8th?"),
    ("special_categories", "benign", "review_reply",
     "The new kitchen is heavenly, bless the fitters."),
    ("special_categories", "benign", "call",
     "Hi, I'm calling from Temple Electrical, your subcontractor, about getting access to flat 22 "
     "on Thursday."),
    ("special_categories", "benign", "agent_note",
     "Grace Community Church (business account) asked to renew its Sunday morning hire of Ash Hall for "
     "another year. Sent contract."),
    ("special_categories", "benign", "email",
     "Is there a policy on satellite dishes on balconies? The one I want is quite small."),
    ("special_categories", "benign", "chat",
     "Who's the local councillor for Elm Road? The potholes outside the flats are a disgrace."),
    ("special_categories", "benign", "sms",
     "is the residents association meeting still on thurs at 7?"),
    ("special_categories", "benign", "dm",
     "the app's new dark mode is a religious experience, thank you devs"),
    ("special_categories", "benign", "web_form",
     "Complaint: a scaffolder's radio blasting a political phone-in at 7am outside my window. Please ask "
     "them to turn it down."),
    ("special_categories", "benign", "email",
     "We're Rainbow Roofing Ltd and we're pricing the Ash Court tender. Who is the procurement contact?"),
    ("special_categories", "benign", "voicemail",
     "Hi it's Mel, the lights on the communal Christmas tree are out, someone's kicked the cable out."),
    ("special_categories", "benign", "review_reply",
     "Gospel truth: the repairs team were in and out in an hour and left it spotless."),
    ("special_categories", "benign", "agent_note",
     "Tenant asked about the policy on flags in windows. Explained flags are fine if they don't block "
     "fire exits or ventilation."),
    ("special_categories", "benign", "call",
     "Hiya, it's the Union Street Bakery, your tenant at the end of the parade. The extractor fan's "
     "rattling like mad."),
    ("special_categories", "benign", "chat",
     "Does the Front Door app support Face ID login or only a PIN? Feature question."),
    ("special_categories", "benign", "sms",
     "is the office closed on the may bank holiday"),
    ("special_categories", "benign", "email",
     "Our local history society meets at Oak Hall; can we book it on the 3rd for a talk on the old parish "
     "maps of Birchfield?"),
    ("special_categories", "benign", "dm",
     "which party is responsible for the hedge between the flats and the car park, you or the council?"),
    ("special_categories", "benign", "web_form",
     "General question: do you offer translated rent letters, e.g. Polish or Urdu? For the residents' "
     "newsletter FAQ."),
    ("special_categories", "benign", "review_reply",
     "Your caretaker is an absolute saint."),
    ("special_categories", "benign", "voicemail",
     "This is Dave from Halal Express takeaway, Unit 3 on the parade. The drain out the back is backing up "
     "again."),
    ("special_categories", "benign", "agent_note",
     "Invoice query from DNA Plumbing & Heating Ltd (contractor) forwarded to finance."),
    ("special_categories", "benign", "chat",
     "Are rainbow flags allowed on balconies? I'm writing the balcony rules piece for the block newsletter, "
     "so I need the general policy."),
    ("special_categories", "benign", "email",
     "I'm writing a novel about a vicar who lives at the top of a tower block. Could I visit Kestrel Towers "
     "for a bit of research?"),
    ("special_categories", "benign", "sms",
     "my cat is called Pope lol and he's got himself locked in the bin store, can some1 open it"),
    ("special_categories", "benign", "call",
     "The sign for the gender-neutral toilet in the community hub has fallen off the door, can it go back up."),
    ("special_categories", "benign", "web_form",
     "How do I join the Fernlea Tenants' Scrutiny Panel? Is there an application form?"),
    ("special_categories", "benign", "dm",
     "the pile of election leaflets in the Cedar House lobby is a fire hazard, can the caretaker clear it"),
    ("special_categories", "benign", "agent_note",
     "Procurement asked the repairs desk for the list of blocks due door entry upgrades, for the "
     "access-control tender. Sent spreadsheet."),
    ("special_categories", "benign", "email",
     "Hello, I'm from the council's electoral services team. Can Oak Hall be used as a polling station "
     "again this year? Same dates as last time."),
    ("special_categories", "benign", "call",
     "The Genes and Co denim shop on your parade has pulled its shutter down across the fire exit again."),
    # ---- bereavement
    ("bereavement", "sensitive", "email",
     "Dear Fernlea, my mother, Eileen Carter, the tenant at 5 Poplar Rise, died on 2 March. I'm her son "
     "and I need to know how to end the tenancy and what to do with the keys. Regards, Neil Carter."),
    ("bereavement", "sensitive", "sms",
     "hi can the rent come out on the 5th now, since we lost dad in june im the one sorting the bank stuff"),
    ("bereavement", "sensitive", "chat",
     "I'd like to apply to succeed to my late husband's tenancy at 18 Cedar Road. Where do I start?"),
    ("bereavement", "sensitive", "call",
     "Yeah, it's about my nan's flat. The funeral's on Friday so can the clearance be the week after, "
     "not this week."),
    ("bereavement", "sensitive", "voicemail",
     "Hi, it's Tom Briggs, I'm executor for Mr Albert Hines at flat 9 Laurel House. Probate has come "
     "through, what do you need from me?"),
    ("bereavement", "sensitive", "agent_note",
     "Tenant's daughter called: tenant passed away in hospital on 11/04. Condolences given. Death certificate "
     "requested; rent stopped from date of death."),
    ("bereavement", "sensitive", "web_form",
     "Reason for contact: the joint tenant, my wife Sunita, died in January. Please change the account "
     "into my name only."),
    ("bereavement", "sensitive", "dm",
     "the app still texts my late partner by name every week, every one is like a punch. please take him "
     "off"),
    ("bereavement", "sensitive", "email",
     "I write to inform you that my brother, the tenant of Flat 3 Orchard House, has gone to be with the "
     "Lord on the 14th instant. The burial holds next weekend. Kindly advise on the flat. Emeka Nwosu."),
    ("bereavement", "sensitive", "chat",
     "I need to hand in the keys for 7 Birch Way. || Agent: I'm very sorry for the loss of your father. "
     "Once the keys are in we'll close the tenancy from the 28th."),
    ("bereavement", "sensitive", "sms",
     "the wakes at the house tues, any chance the scaffolding can be down before"),
    ("bereavement", "sensitive", "call",
     "Madam, my father-in-law expired last week, he was the tenant at 40 Ivy Road. We want to know about "
     "the flat and his things inside."),
    ("bereavement", "sensitive", "review_reply",
     "Took ages to get the ramp removed. || Agent: Hi Brenda, apologies again for the delay, and our "
     "condolences on losing your husband."),
    ("bereavement", "sensitive", "voicemail",
     "Hello, I'm ringing for my aunt at 2 Heron Court. Her son was killed in a car crash last month and "
     "she can't face the phone. She'd like to talk about moving."),
    ("bereavement", "sensitive", "agent_note",
     "Bereavement flag: tenant's husband died three weeks ago. Hold arrears letters for eight weeks per "
     "policy."),
    ("bereavement", "sensitive", "email",
     "Sorry this is long. Since the cremation I haven't been able to face clearing Dad's room, and now the "
     "damp's coming through behind his wardrobe. I know it needs doing. Could someone come and look but "
     "maybe give me a couple of weeks to move his things? Thanks, Clare."),
    ("bereavement", "sensitive", "web_form",
     "Name change on account: I'm widowed now and would like correspondence addressed to me in my own name, "
     "Mrs J. Adebayo, not Mr and Mrs."),
    ("bereavement", "sensitive", "dm",
     "Good eve po, my lola passed away at home yesterday, what is the process for her apartment in Block D?"),
    ("bereavement", "sensitive", "sms",
     "its a year tomorrow since we buried our son so pls no visits this week, im not up to it"),
    ("bereavement", "sensitive", "chat",
     "Can I keep my late wife's mobility scooter in the communal store for a while? I can't bring myself "
     "to sell it yet."),
    ("bereavement", "benign", "email",
     "This is Hartwell & Sons Funeral Directors, commercial tenant at Unit 8. The lock on our rear gate has "
     "seized, please send a locksmith."),
    ("bereavement", "benign", "chat",
     "The app died on me halfway through reporting a repair, did it save anything?"),
    ("bereavement", "benign", "sms",
     "my phone's nearly dead so email me instead pls"),
    ("bereavement", "benign", "dm",
     "RIP my old boiler 1998 to 2024 lol, the new one is ace, thanks fernlea"),
    ("bereavement", "benign", "web_form",
     "General question: what happens to a tenancy when a tenant dies? I'm writing the FAQ page for the "
     "residents' newsletter."),
    ("bereavement", "benign", "review_reply",
     "Killing it with the new repairs booking system, well done."),
    ("bereavement", "benign", "agent_note",
     "Caller wanted a date for felling the dead ash tree on Willow Green. Passed to grounds team."),
    ("bereavement", "benign", "call",
     "Hi, it's a bit silly, the goldfish died and my flatmate flushed it, and now the toilet's blocked."),
    ("bereavement", "benign", "email",
     "The memorial bench on Hazel Green has a loose slat, someone could hurt themselves."),
    ("bereavement", "benign", "voicemail",
     "Hi, ringing about the dead end sign at Larch Close, it's been bent right over by a van."),
    ("bereavement", "benign", "chat",
     "Our dog Biscuit passed away last week, so could you take out the dog flap you fitted and put the "
     "door panel back?"),
    ("bereavement", "benign", "sms",
     "dead battery in the smoke alarm, its been chirping all night"),
    ("bereavement", "benign", "web_form",
     "I'm a funeral celebrant and I do my paperwork from home. Does my tenancy allow me to meet clients "
     "at the flat now and then?"),
    ("bereavement", "benign", "dm",
     "just did the Fernlea ghost walk for Halloween, spooky fun, do it again next year!"),
    ("bereavement", "benign", "email",
     "Is the garden of remembrance next to St Mary's your land or the council's? The hedge is overgrown "
     "onto the path."),
    ("bereavement", "benign", "agent_note",
     "Caller from Elmfield Crematorium (commercial account) asked for a copy of the grounds maintenance "
     "contract. Sent."),
    ("bereavement", "benign", "call",
     "The deadbolt on my front door is sticking, I have to shoulder it to lock it."),
    ("bereavement", "benign", "review_reply",
     "I nearly died laughing at the hold music, but the agent was great."),
    ("bereavement", "benign", "chat",
     "What's your succession policy? I'm just reading up on my tenancy rights, nothing's happened."),
    ("bereavement", "benign", "sms",
     "all the plants in the communal planters are dead, does any1 water them?"),
    # ---- violence_self_harm
    ("violence_self_harm", "sensitive", "email",
     "My neighbour threatened to stab me on the stairwell last night. I've reported it. I want a management "
     "transfer, I'm not safe at 44 Corbett House."),
    ("violence_self_harm", "sensitive", "sms",
     "can u send all letters to my sisters address, im at a women's safe house for now. dont tell him"),
    ("violence_self_harm", "sensitive", "chat",
     "My partner hit me again and I need the locks changed before he's back on Friday. Please."),
    ("violence_self_harm", "sensitive", "call",
     "Honestly, I don't see the point anymore. If they evict me I'll just end it, I'm not going "
     "on a street."),
    ("violence_self_harm", "sensitive", "voicemail",
     "It's Nadia in flat 5. The man from number 12 keeps following me to the bus stop and leaving notes on "
     "my door. I'm scared to go out."),
    ("violence_self_harm", "sensitive", "agent_note",
     "Tenant became tearful during arrears call and said she'd been having thoughts of ending her life. "
     "Followed vulnerable customer procedure, gave Samaritans number, duty manager informed."),
    ("violence_self_harm", "sensitive", "web_form",
     "Repair request: front door frame smashed. My ex kicked it in on Sunday night."),
    ("violence_self_harm", "sensitive", "dm",
     "ur contractor grabbed my arm and shoved me when i asked him to wear shoe covers. thats assault"),
    ("violence_self_harm", "sensitive", "email",
     "Please don't phone me on the landline. || Agent: Understood, Mrs Hale. We've noted that your son "
     "controls the landline, takes your pension and shouts at you, and we'll use your mobile only."),
    ("violence_self_harm", "sensitive", "chat",
     "the lad from the corner flat spat at me and called me names again, 4th time, I'm 78 and frightened "
     "to go out to the shops"),
    ("violence_self_harm", "sensitive", "sms",
     "hes texting me 50 times a day since i left, pls dont give my new flat number to anyone who asks"),
    ("violence_self_harm", "sensitive", "call",
     "My husband beats me. I've got a protection order now, I need the house put in my name only."),
    ("violence_self_harm", "sensitive", "voicemail",
     "Hi, this is Marek at flat 40. Someone painted threats on my door in red, 'get out or else'. "
     "Please call me."),
    ("violence_self_harm", "sensitive", "agent_note",
     "Repairs operative reported fresh cuts on the tenant's forearms and bloodied tissues in the bathroom. "
     "Safeguarding referral raised."),
    ("violence_self_harm", "sensitive", "web_form",
     "Reason for transfer: I was sexually assaulted in the stairwell at Kestrel Towers and I can't stay."),
    ("violence_self_harm", "sensitive", "dm",
     "My neighbour keep banging my door at night and shouting he will kill me and my dog. Very scared leh."),
    ("violence_self_harm", "sensitive", "email",
     "I don't really know who else to tell. The noise from next door has been going on for months and I've "
     "started self-harming again, which I'd stopped for two years. I just need it to stop."),
    ("violence_self_harm", "sensitive", "chat",
     "Can I get a spyhole fitted? || Agent: Of course, can I ask what's prompted it? || My stepdad has "
     "turned up twice drunk and tried to force his way in."),
    ("violence_self_harm", "sensitive", "sms",
     "pls fix bedroom window lock asap, i took too many tablets last wk and they want me home safe"),
    ("violence_self_harm", "sensitive", "review_reply",
     "Thanks for sorting the CCTV. || Agent: You're welcome, Yasmin. We hope the camera helps you feel "
     "safer after the harassment from the man at No. 3."),
    ("violence_self_harm", "benign", "email",
     "Knockout Fitness here, tenant at Unit 5. The shower drain in the changing room is blocked again."),
    ("violence_self_harm", "benign", "chat",
     "This app is killing me, it logs me out every five minutes"),
    ("violence_self_harm", "benign", "sms",
     "fire alarm test was an absolute assault on the ears lol"),
    ("violence_self_harm", "benign", "dm",
     "is the kickboxing class at Oak Hall still on Wednesdays? want to book a taster"),
    ("violence_self_harm", "benign", "web_form",
     "Complaint: the contractor's skip lorry has smashed the wall by the bin store at Ivy Court."),
    ("violence_self_harm", "benign", "review_reply",
     "The handyman absolutely smashed it, new door looks ace."),
    ("violence_self_harm", "benign", "agent_note",
     "Tenant asked if she could store boxing bags in the communal shed. Advised no under fire policy."),
    ("violence_self_harm", "benign", "call",
     "The wind's blown the fence panel loose and it's beating against my car every gust."),
    ("violence_self_harm", "benign", "email",
     "I'm a crime novelist and my thriller has a chase through a tower block stairwell. Could I photograph "
     "the stairwell at Kestrel Towers?"),
    ("violence_self_harm", "benign", "voicemail",
     "Hi, the pigeons are attacking the bin bags again at Rowan Court, the netting needs repairing."),
    ("violence_self_harm", "benign", "chat",
     "What's your policy on anti-social behaviour in general? I'm writing a piece for the residents' "
     "newsletter."),
    ("violence_self_harm", "benign", "sms",
     "downstairs dog barks 24/7 while theyre at work, can u have a word"),
    ("violence_self_harm", "benign", "dm",
     "killer deal on the garage rental, thanks fernlea!"),
    ("violence_self_harm", "benign", "web_form",
     "Please cut back the thorny bushes by the path to the car park, they're scratching everyone's legs."),
    ("violence_self_harm", "benign", "email",
     "This is Shield Security Ltd, your CCTV contractor. We need access to the Ash Court plant room on "
     "Thursday morning."),
    ("violence_self_harm", "benign", "agent_note",
     "Report of a football being kicked against the garage doors at Maple Road. Standard ASB leaflet drop "
     "to the block."),
    ("violence_self_harm", "benign", "call",
     "The door slams that hard it'll take someone's fingers off, can you adjust the closer."),
    ("violence_self_harm", "benign", "review_reply",
     "Hold times are torture, but the agent who finally answered was lovely."),
    ("violence_self_harm", "benign", "chat",
     "Our cat got into a scrap with next door's cat through the cat flap and broke it, can it be replaced?"),
    ("violence_self_harm", "benign", "sms",
     "is the paintball club booking for the community field approved for sat?"),
]


def birch_examples() -> list[dict]:
    """The birch split as labelled tickets (same shape as ``sensitive_eval.build_eval_set``'s)."""
    return stranger_examples("birch", ENTRIES, SUBJECTS)
