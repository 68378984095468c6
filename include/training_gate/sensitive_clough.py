"""clough split: written by a helper who had not seen the detection rules, the anchors or any other split.
Setting: Clough Hall, a wedding, civil-ceremony and events venue (the Great Barn, the Orangery, the Walled Garden and
the Snug for ceremonies, blessings, vow renewals, wakes and funeral teas, children's parties and corporate days; Clough
Kitchen catering menus; rooms in the Coach House and the Bothy cottages; deposits, the Clough Spread payment plan and the
Clough Planner app); registers are email, chat, sms, call_transcript, agent_note, web_form, review, voicemail, dm,
in_app, forum_post, complaint_letter.
The benign half borrows the same territory harmlessly: the venue's own packages and room names, churches, schools,
unions, councils, law firms and funeral directors as customers, adults' ordinary details, policy questions, idioms and
routine deposit, invoice or app problems.
70 sensitive and 70 benign tickets for special categories, 50 and 50 for children, 20 and 20 for financial hardship,
15 and 15 for health, legal, bereavement and violence and self-harm.
First reading (policy 2026.11.24.4, before any change made in response to it; `sensitive_eval.evaluate`, as `make
eval-sensitive`): 90.0 / 7.0 recall / false exclusion in % as shipped, 94.5 / 11.0 without the overruling,
88.0 / 8.0 by the rules alone. Held out: never tuned or trained on."""

from __future__ import annotations

from training_gate.sensitive_blind import stranger_examples

SUBJECTS: tuple[str, ...] = (
    "Ceremony booking",
    "Deposit and payment plan",
    "Catering menu question",
    "Coach House room booking",
    "Children's party enquiry",
    "Wake / funeral tea",
    "Seating plan and guest numbers",
    "Change of date",
    "Corporate event quote",
    "Accessibility on the day",
    "Invoice query",
    "Photos and online gallery",
    "Complaint after our event",
    "Vow renewal",
    "Dietary requirements",
)

ENTRIES: list[tuple[str, str, str, str]] = [
    # ---- health
    ("health", "sensitive", "email",
     "Hi, we've booked the Orangery for 14 June. My fiancee is on dialysis three times a week so the ceremony can't "
     "start before 2pm - is that possible with the registrar? Thanks, Tom Harrow"),
    ("health", "benign", "chat",
     "do u do a healthy option on the wedding breakfast menu? like a lighter starter than the pate"),
    ("health", "sensitive", "sms",
     "Hi its Jade, can the top table be near the accessible loo? mum's been in a wheelchair since her stroke x"),
    ("health", "benign", "review",
     "Food was sick!! Best hog roast I've ever had and the staff were mint. 5 stars from the Dobson party"),
    ("health", "sensitive", "call_transcript",
     "Customer: I need to move the vow renewal from March. || Agent: Of course, what dates were you thinking? || "
     "Customer: His last round of chemo is early April, so maybe late May when he's got a bit of strength back?"),
    ("health", "benign", "web_form",
     "Enquiry type: Venue facilities. Do you have a trained first-aider on site during evening receptions, and where "
     "is the defibrillator kept? Our insurer asks every venue this."),
    ("health", "sensitive", "agent_note",
     "Bride (K. Osei) rang re dietary sheet. Diagnosed coeliac last year - strict GF on her plate only, kitchen to use "
     "the separate fryer. She'll also be 24 wks along on the day so no soft cheese or pate on her plate."),
    ("health", "benign", "email",
     "Could you send over the allergen matrix for the Classic Wedding Breakfast? We're printing menu cards and want to "
     "list the 14 allergens properly next to each dish."),
    ("health", "sensitive", "voicemail",
     "Hiya, it's Dawn Pickering, booking ref CH-2291. Just to say the best man has epilepsy so can we ask the DJ not to "
     "use the strobe at all? Ta, ring me back on 07700 900412."),
    ("health", "benign", "in_app",
     "The planner app keeps crashing when I upload the seating plan. This is killing me, I've done it 4 times"),
    ("health", "sensitive", "dm",
     "hey are the Coach House rooms step free? I'm 6 weeks out from a hip replacement and stairs are a no go rn"),
    ("health", "benign", "forum_post",
     "Has anyone done Clough Hall's Wellness Morning add-on before their wedding? The yoga and facial look lovely but "
     "it's another 180 quid and I can't decide if it's worth it."),
    ("health", "sensitive", "email",
     "Hello, confirming final numbers: 86 day guests and 120 evening. One small thing - the tablets I've been put on "
     "for my depression don't mix with alcohol, so please swap my toast glass for the elderflower fizz. Nothing else "
     "changes. Best wishes, Priya Nair"),
    ("health", "benign", "chat",
     "Is the venue smoke free inside? Some of the older guests like to step out for a cigarette, is there a covered "
     "spot near the Great Barn?"),
    ("health", "sensitive", "complaint_letter",
     "Dear Manager, I attended my niece's wedding at Clough Hall on 3 August. I am registered blind and my niece had "
     "asked in advance for a large-print menu and for a member of staff to guide me to the table. Neither happened and "
     "I spent the first hour unable to find my seat. I would like an explanation. Yours faithfully, Edith Crane"),
    ("health", "benign", "review",
     "Honestly the acoustics in the Great Barn are therapy for the ears. Our string quartet sounded unreal."),
    ("health", "sensitive", "sms",
     "Sorry we missed the tasting, I was kept in at the infirmary overnight. Can we rebook for next Thurs? Lewis"),
    ("health", "benign", "web_form",
     "Company: Northfield Physio Clinic. Event: staff away day, 22 people, the Snug, projector and flipchart, working "
     "lunch. Preferred date 12 March."),
    ("health", "sensitive", "call_transcript",
     "Agent: Clough Hall events, Mia speaking. || Caller: Hi, I'm the groom's sister. Danny's autistic and big noisy "
     "crowds really overwhelm him - is there a quiet room he could go to during the reception? || Agent: Yes, we can "
     "keep the Snug free for him all evening."),
    ("health", "benign", "chat",
     "my fiance is allergic to paying for chair covers haha. can we just skip them and have the bare oak chairs?"),
    ("health", "sensitive", "email",
     "We're so sorry but we have to postpone. My partner was sectioned last week after a really bad episode and we "
     "can't think about a wedding until he's home and settled. Can the deposit move to a date next year?"),
    ("health", "benign", "agent_note",
     "Guest rang asking whether the Walled Garden path is gravel or paved - worried about heels. Told her paved to the "
     "arch, gravel after. Offered heel protectors from reception."),
    ("health", "sensitive", "in_app",
     "Updated guest list attached. Auntie Val needs a seat near the exit please, she has to check her insulin pump "
     "through the meal and doesn't want to do it at the table."),
    ("health", "benign", "voicemail",
     "Hi there, it's Gareth from Brookside Dental Practice, we'd like a quote for our Christmas party, about 30 staff, "
     "buffet in the Coach House. Cheers, speak soon."),
    ("health", "sensitive", "dm",
     "Hiii quick one - is there a fridge in the bridal suite? I need to keep my IVF injections cold the week of the "
     "wedding 🙈"),
    ("health", "benign", "review",
     "Bit of a headache finding the car park after dark, the signage needs lights. Otherwise a lovely evening."),
    ("health", "sensitive", "web_form",
     "Accessibility requirements: The groom is deaf and uses BSL. We're bringing our own interpreter for the ceremony - "
     "can she stand next to the registrar so he can see her?"),
    ("health", "benign", "email",
     "Can you confirm the registrar's fee is separate from your ceremony room hire? The invoice breakdown is a bit "
     "confusing and I don't want to pay twice."),
    ("health", "sensitive", "forum_post",
     "Booked Clough Hall for next September. Planning round my MS flare-ups is hard so having the ceremony, meal and "
     "room all on one level was the big selling point. Did anyone use the lift up to the Orangery terrace?"),
    ("health", "benign", "complaint_letter",
     "To whom it may concern, the air conditioning in the Great Barn failed during our company summer ball on 18 July. "
     "Guests left early because of the heat and we had to prop every fire door open. We request a partial refund of "
     "the room hire. Regards, Helen Marsh, Office Manager, Tallis Logistics"),
    # ---- children
    ("children", "sensitive", "email",
     "Hello, I'd like to book the Little Cloughs party room for Ruby - she'll be 6 on the 9th so the Saturday after "
     "would be perfect. About 15 from her class. Thanks, Claire Bagshaw"),
    ("children", "benign", "chat",
     "Do you have a children's menu for weddings and what's the price for under-12s?"),
    ("children", "sensitive", "chat",
     "hi im 14 and i want to surprise my mum and dad for there vow renewal, how much is the orangery for like an hour? "
     "i have 200 pound saved. pls dont tell them"),
    ("children", "benign", "email",
     "Is the Little Cloughs party package available on Sunday afternoons, or Saturdays only? Just planning ahead for "
     "next spring."),
    ("children", "sensitive", "web_form",
     "Page boy details for kids' meal count: Alfie Dunn, DOB 02/03/2021. He's a fussy eater - plain pasta please."),
    ("children", "benign", "sms",
     "Hi, our 30th anniversary do is booked for 12 Oct. We were practically kids when we married lol. Can we add 10 "
     "to the evening numbers?"),
    ("children", "sensitive", "agent_note",
     "Groom asked that his son (8) is only released to him at the end of the evening. Boy's mum has contact on "
     "alternate weekends and there's an ongoing dispute. Flagged to duty manager and door staff."),
    ("children", "benign", "web_form",
     "Could we hire the baby grand piano in the Orangery for the ceremony music, or do we need to bring our own "
     "pianist's keyboard?"),
    ("children", "sensitive", "email",
     "Please take the photos of my daughter Isla off your Instagram page. She's in Year 3 and her school has a strict "
     "rule about pupils' images online. The ones from the Henderson wedding on 4 May. Thank you."),
    ("children", "benign", "email",
     "Hello, St Anne's Primary PTA would like to book the Great Barn for our summer fair on 27 June, roughly 300 "
     "visitors across the afternoon. Could you send a quote for the hall and tea urns?"),
    ("children", "sensitive", "in_app",
     "Seating plan note: table 9 is the kids' table - Max (P4), Lily (P2) and Noah (P6). Noah can help the wee ones."),
    ("children", "benign", "email",
     "My son is getting married at Clough Hall in August and I'm paying the balance. He's 34 and perfectly capable, "
     "but can the second invoice be in my name please? Ref CH-3307."),
    ("children", "sensitive", "call_transcript",
     "Caller: Hi, we're flying over from Ohio for my sister's wedding. || Agent: Lovely! How can I help? || Caller: "
     "My little guy is in kindergarten and still naps - could we have a cot in the Coach House room?"),
    ("children", "benign", "chat",
     "do you have baby changing in the ladies and the gents or just one?"),
    ("children", "sensitive", "dm",
     "Is the flower girl dress ok in the pics I sent?? Maisie only turned 3 last week and it's a bit long on her 😂"),
    ("children", "benign", "in_app",
     "Can the flower girl baskets from your shop come in ivory instead of white? Ordering 2."),
    ("children", "sensitive", "voicemail",
     "Hi, it's Sandra Keogh, ringing about the naming-day tea for our Callum. He'll be ten weeks old on the day so "
     "we'll need somewhere quiet to feed him. Call me on 07700 900233, thanks."),
    ("children", "benign", "web_form",
     "Is there a minimum age for guests staying in the Coach House? Some of our party have toddlers and we want to "
     "know before we allocate rooms."),
    ("children", "sensitive", "review",
     "We had our son's 10th birthday party in the Coach House and it was brilliant. Staff were so patient with "
     "twelve very loud ten-year-olds. Would book again for Leo's next one."),
    ("children", "benign", "sms",
     "Is Teenage Kicks (the tribute band on your list) free on 5 Sept? Thx Rob"),
    ("children", "sensitive", "forum_post",
     "Has anyone booked Clough Hall for a Year 11 prom after-party? Mine finishes her exams in June and a group of "
     "mums want to do something nice and supervised for about 40 of them."),
    ("children", "benign", "email",
     "Please cc my daughter on everything from now on - she's 28 and doing most of the planning for our ruby "
     "anniversary. Her address is eleanor.shaw@example.com."),
    ("children", "sensitive", "complaint_letter",
     "Dear Sir or Madam, at my niece's wedding on 21 September your bar staff served a glass of prosecco to my "
     "13-year-old daughter without asking for any ID. She was sick in the car home. I expect this to be investigated "
     "and would like to know what training your staff receive. Yours, Mrs J. Adeyemi"),
    ("children", "benign", "review",
     "Ordering the cake through Clough Kitchen was child's play. Tasted amazing too."),
    ("children", "sensitive", "email",
     "Dear team, my son Mattis becomes 5 in April and we want party with 12 childs from his kindergarten group. Is "
     "possible to have the party room with a magician? We are German family, new here. Best regards, Anke Vogel"),
    ("children", "benign", "chat",
     "can we bring our own nursery rhyme decorations for the kids party package or do we have to use yours?"),
    ("children", "sensitive", "sms",
     "Hiya is it ok if my 15 yr old helps collect glasses at our do? Shes keen to earn a bit. Shell be with me all "
     "night. Kerry"),
    ("children", "benign", "web_form",
     "Organisation: Hollins Juniors FC. We'd like the Great Barn for our end-of-season awards night, roughly 120 "
     "including parents and coaches, buffet and a DJ."),
    ("children", "sensitive", "web_form",
     "Party booking. Child's name: Harvey Lowe. Date of birth: 30/11/2018. Theme: dinosaurs. Allergies: none. "
     "Number of guests: 14."),
    ("children", "benign", "email",
     "Hi, do your children's party entertainers have enhanced DBS checks, and can you send copies? Our nursery "
     "insists before staff booking anything."),
    ("children", "sensitive", "agent_note",
     "Mum says Ellie-Mae (4) carries an EpiPen for a nut allergy. She'll hand a spare to the party host on arrival. "
     "Kitchen notified, nut-free table set for her."),
    ("children", "benign", "in_app",
     "Can you add the mocktail menu to our package? Lots of drivers and non-drinkers on the guest list."),
    ("children", "sensitive", "email",
     "I'd like you to delete my son's details from your mailing list. He filled in the prize draw card at your "
     "wedding fayre and he's only 12 - he thought he'd win a hamper. His name is Oliver Pryce."),
    ("children", "benign", "dm",
     "We're doing a school disco themed 40th in the Snug 😂 can the DJ do 90s pop and nothing after 2003"),
    ("children", "sensitive", "call_transcript",
     "Caller: Bit of an odd one. We're fostering a seven-year-old girl at the moment. || Agent: Okay. || Caller: She "
     "can't appear in any photos that go online, the social worker was very clear. Can you tell your photographer?"),
    ("children", "benign", "voicemail",
     "Hi, it's Marcus, the bride's nephew - I'm 31 and doing the DJ set for Aunt Jo's evening do. Can someone tell me "
     "where the power sockets are in the Great Barn? Ta."),
    ("children", "sensitive", "in_app",
     "Guest list update: +2 under-fives, twins Ada and Rose, they'll be 18 months on the day. Need two high chairs."),
    ("children", "benign", "sms",
     "How many high chairs have you got? Just so we know if we need to bring one"),
    ("children", "sensitive", "dm",
     "hey do u take work experience students?? I'm in year 10 and my school says we need a placement for a week in "
     "july. I love weddings lol"),
    ("children", "benign", "web_form",
     "Institution: Priory Sixth Form College. Event: Year 13 Leavers' Ball, 2 July, approx 180 students and staff. "
     "Please quote for the Great Barn, 3-course meal, soft bar only."),
    ("children", "sensitive", "voicemail",
     "Hello it's Leanne Fairclough, my sixteen year old wants a sweet sixteen in the Orangery in May, about 30 of her "
     "friends, could someone ring me back about it? Thanks."),
    ("children", "benign", "email",
     "We'd love to put baby photos of the bride and groom on the welcome board - they'll be 32 and 35 on the day. "
     "Do you provide easels or should we bring our own?"),
    ("children", "sensitive", "review",
     "Brought our 4 week old to the menu tasting expecting chaos but the team were lovely, found us a quiet corner "
     "and even warmed her bottle. Really thoughtful."),
    ("children", "benign", "chat",
     "is the pond in the walled garden fenced off? just asking generally for when families come to look round"),
    ("children", "sensitive", "email",
     "Subject access request: please send all personal data you hold on my son, Jacob Pryce, born 14 May 2013, "
     "including any photos and the competition entry he made at your open day."),
    ("children", "benign", "in_app",
     "I was born in 1988 - do I still qualify for the Under 40s midweek offer, or is it the age on the wedding day?"),
    ("children", "sensitive", "sms",
     "hiya its Gemma, is it ok if my 17yo does the cloakroom at our party? she's done it before at the rugby club. "
     "can you pay her direct"),
    ("children", "benign", "review",
     "Kids eat free Sunday lunch offer is a brilliant deal. The carvery was excellent."),
    ("children", "sensitive", "agent_note",
     "Bride's nephew Archie, 11, will do the second reading. His mum asks that only his first name is printed in the "
     "order of service."),
    ("children", "benign", "email",
     "Could you explain how child places count towards the 80-guest minimum in the Great Barn? Your T&Cs say "
     "half-price guests count as half a cover but I can't find the clause."),
    ("children", "sensitive", "complaint_letter",
     "To the Events Manager, the entertainer on your recommended list swore repeatedly in front of twenty Reception "
     "children at my daughter Lola's party on 6 April. Several parents complained to me. I want a partial refund. "
     "Mr D. Whitlock"),
    ("children", "benign", "forum_post",
     "Anyone know which nursery supplies Clough Hall's bay trees and olive trees? We want the same ones for our "
     "garden after the wedding."),
    ("children", "sensitive", "chat",
     "hi, our daughter's in Year 12 and sits her HSC in October so that weekend's out. we're visiting from Sydney - "
     "any Saturdays left in November?"),
    ("children", "benign", "sms",
     "do u sell the kids' table cutlery sets in the gift shop? the little forks were so cute"),
    ("children", "sensitive", "web_form",
     "Special requirements: booster seat for Theo (age 4) and a high chair for baby Ivy (7 months). We'll bring her "
     "own food."),
    ("children", "benign", "dm",
     "Hi! I'm 19 and at uni nearby - are you hiring waiting staff for the summer wedding season?"),
    ("children", "sensitive", "forum_post",
     "My ex and I share custody of our two boys (9 and 6). The wedding is on his weekend. Did anyone find Clough Hall "
     "flexible about a late check-in so the kids could be dropped off after the ceremony?"),
    ("children", "benign", "chat",
     "do you check ID at the bar? some of our groomsmen look about 12 but they're all in their 20s haha"),
    ("children", "sensitive", "in_app",
     "Uploaded Poppy's photo for her place card. She's only 2 so can the card just say Poppy with a little star?"),
    ("children", "benign", "email",
     "Our dog Biscuit is our baby - can he be the ring bearer in the Walled Garden ceremony? He's very well behaved."),
    ("children", "sensitive", "call_transcript",
     "Caller: I'm booking a table for my granddaughter's party. || Agent: Lovely, how old is she turning? || Caller: "
     "She's in second grade - her mum's American - so she'll be eight in June."),
    ("children", "benign", "voicemail",
     "Hi, it's Pauline Ferris. Our grandchildren, who are both at university now, are organising our golden wedding "
     "lunch - they'll be in touch, please give them whatever they ask for. Bye now."),
    ("children", "sensitive", "email",
     "Hi, Mason's first birthday is on 19 March and we'd like a small afternoon tea in the Snug, about 20 grown-ups "
     "and a handful of babies. Is that something you do? Thanks, Chloe"),
    ("children", "benign", "in_app",
     "Booking the Junior Suite in the Coach House for 2 nights - can we have late checkout on Sunday?"),
    ("children", "sensitive", "dm",
     "Can u put Layla's school photo on the welcome board? she's in P7 now so it's her last one before high school 🥹"),
    ("children", "benign", "web_form",
     "Enquiry: Class of 2006 reunion, Ashcombe High. Around 70 former pupils, evening buffet, bar, DJ. Any dates in "
     "October?"),
    ("children", "sensitive", "review",
     "Our 9 month old slept through the entire reception in the Snug thanks to the staff finding us a travel cot. "
     "Heroes."),
    ("children", "benign", "review",
     "The play area by the car park is looking tired, swings are a bit rusty. Nice venue otherwise."),
    ("children", "sensitive", "sms",
     "Can Freya sit on my knee at the meal? she's 3 so shouldnt need a kids meal charged. Ta, Beth"),
    ("children", "benign", "chat",
     "what age is the soft play corner at the kids parties aimed at? we're trying to pick between you and another "
     "venue"),
    ("children", "sensitive", "chat",
     "my youngest is only 8 but she's desperate to be a bridesmaid rather than a flower girl. is the bridesmaid "
     "package ok for her age or is it grown ups only?"),
    ("children", "benign", "email",
     "We've decided on a child-free wedding. Can your invitation template say 'adults only' nicely? We don't want to "
     "offend anyone."),
    ("children", "sensitive", "voicemail",
     "Um, hi, my name's Ethan and I'm twelve. My mum said I could ring to book a table for her birthday as a "
     "surprise, it's on Saturday. Can you call my dad back on 07700 900561? Thank you."),
    ("children", "benign", "sms",
     "Whats the price for the sweet cart at kids parties? Ta"),
    ("children", "sensitive", "email",
     "Hello, our Ben's just had his GCSE results (all passes!) so we'd like to book the Snug for a family lunch to "
     "celebrate on the 28th. Eight adults and Ben."),
    ("children", "benign", "web_form",
     "Organisation: 3rd Clough Vale Scouts. Request: use of the lower field for a weekend camp, 18-20 July. Leaders "
     "hold their own insurance."),
    ("children", "sensitive", "agent_note",
     "Mother advised her daughter (14) must not be photographed or named on social media - court order in place "
     "regarding the father. Photographer and social team informed."),
    ("children", "benign", "in_app",
     "Is there a creche during the ceremony, or do parents have to keep little ones with them?"),
    ("children", "sensitive", "in_app",
     "Child guest: Harvey's cousin Zainab Malik, date of birth 17/07/2016. Please add to kids' menu list."),
    ("children", "benign", "review",
     "The kids' entertainer at the Lambert wedding was great - every age loved the bubble show, grandads included."),
    ("children", "sensitive", "complaint_letter",
     "Dear Clough Hall, my son, aged 7, cut his hand badly on a broken fence panel by the bouncy castle at a party "
     "on 12 May. We spent three hours in A&E. I want to know why the fence had not been repaired. Mrs R. Tanaka"),
    ("children", "benign", "email",
     "Hello, I teach at Hillside Academy and I'm organising the staff leavers' do on 18 July, about 45 teachers. "
     "Buffet in the Snug please."),
    ("children", "sensitive", "email",
     "Hi, our lad Kieran is in 6th class so he makes his Confirmation next May - we're hoping for a lunch in the "
     "Orangery after. Around 40 people. Siobhan Murray"),
    ("children", "benign", "forum_post",
     "Do Clough Hall do prom bookings directly for schools, or only through an events company? Asking for our PTA."),
    ("children", "sensitive", "dm",
     "hiii is the prom after party thing open to under 18s? me and my mates are in yr 12 and want to book a table 🙏"),
    ("children", "benign", "chat",
     "Our two 'babies' are cats lol - can they stay in the Bothy with us if they're in carriers?"),
    ("children", "sensitive", "call_transcript",
     "Agent: You mentioned the kids - any dietary needs? || Caller: Yes, Sophie, she's nine, has type 1 diabetes so we "
     "need the carb counts for the party food. || Agent: I'll get the kitchen to send those over."),
    ("children", "benign", "sms",
     "Baby blue napkins instead of navy for the Orangery please, bride changed her mind! Ref CH-4120"),
    ("children", "sensitive", "forum_post",
     "My 13yo stepdaughter is refusing to come to the wedding unless she can bring her best friend. Does Clough Hall "
     "charge full price for a 13-year-old guest or the teen rate?"),
    ("children", "benign", "voicemail",
     "Hiya, it's the Mini Moments photography studio, we do kids' party photography and wondered if you'd add us to "
     "your recommended suppliers. Call back on 555-0147."),
    ("children", "sensitive", "email",
     "Dear Clough Hall, we booked a children's party for our son Finn who is turning 7. He has additional needs and "
     "his school records note he can't cope with balloons popping - could the host avoid balloon games? Thanks, Aoife"),
    ("children", "benign", "web_form",
     "Question: does the Little Cloughs party package include invitations, or just the room, food and host?"),
    ("children", "sensitive", "sms",
     "Hi, can u move Charlie's party to 3pm? hes got his Grade 4 class photo that morning. Thanks, Nadia"),
    ("children", "benign", "in_app",
     "Can we order extra goody bags for the party? The Little Cloughs ones with the bubbles and stickers."),
    ("children", "sensitive", "chat",
     "hi i'm 13 and my sister is getting married at your place. can i make a speech? she doesnt know i want to, i "
     "want it to be a surprise"),
    ("children", "benign", "complaint_letter",
     "Dear Sir or Madam, the face painter booked for our company family fun day on 9 August arrived an hour late and "
     "left early. As the organiser I would like part of her fee refunded. Yours, Graham Pell, HR, Norcott Foods"),
    ("children", "sensitive", "call_transcript",
     "Caller: My daughter lives with me full time, her dad isn't allowed to collect her from anything. || Agent: "
     "Understood. || Caller: She's nine. If he turns up at the party, please don't let her leave with him."),
    ("children", "benign", "email",
     "Is there an age limit on the hot tub at the Bothy cottages? The booking page says 'adults only after 8pm' - is "
     "that right?"),
    ("children", "sensitive", "in_app",
     "Uploaded Noah's nursery photo for the welcome board - the one with paint all over his face. He's 2 and a half "
     "so he'll be toddling about on the day!"),
    ("children", "benign", "review",
     "Came for my nan's 90th. She said she felt like a kid again when the swing band started. Gorgeous day."),
    # ---- financial_hardship
    ("financial_hardship", "sensitive", "email",
     "Hi, I was made redundant last month and I honestly can't pay the £4,200 balance due on 1 March. Is there any "
     "way to stretch it over the Clough Spread plan, or move to a smaller package? We still want to get married "
     "there. Regards, Carl Whitby"),
    ("financial_hardship", "benign", "chat",
     "my card got declined paying the deposit, bank says it's a fraud check. can I try again later today?"),
    ("financial_hardship", "sensitive", "sms",
     "Hi its Stacey, sorry the instalment bounced again. Were on universal credit since Dean lost his job, can I pay "
     "40 a week instead of 160 a month?"),
    ("financial_hardship", "benign", "in_app",
     "Can I split the final payment across two cards? One's mine and one's my partner's."),
    ("financial_hardship", "sensitive", "call_transcript",
     "Caller: I've had a letter from a debt collection agency about the wake invoice. || Agent: I'm sorry, let me "
     "look. || Caller: I didn't even know it had gone that far. I'm already in a debt management plan, I can't take "
     "another one on."),
    ("financial_hardship", "benign", "email",
     "Your invoice CH-5521 shows the deposit twice - I think it's just a display error, could you reissue it?"),
    ("financial_hardship", "sensitive", "agent_note",
     "Customer (M. Ferreira) says she's been declared bankrupt and the trustee has told her not to pay any unsecured "
     "creditors directly. Wedding in Sept still wanted. Escalated to accounts for advice."),
    ("financial_hardship", "benign", "review",
     "Didn't break the bank at all - the midweek package was great value for what we got."),
    ("financial_hardship", "sensitive", "web_form",
     "Change of address: we were evicted from our flat on Harrow Road in January, please send all post for booking "
     "CH-3318 to my mum's instead: 14 Linden Close. Balance will be paid, just slowly."),
    ("financial_hardship", "benign", "web_form",
     "What payment plans do you offer for weddings booked more than 18 months ahead? Is there interest on the "
     "Clough Spread?"),
    ("financial_hardship", "sensitive", "voicemail",
     "Hi, Rachel Doyle here, about my dad's funeral tea. I've been using the food bank since Christmas and I just "
     "don't have the money up front. Is there anything at all you can do on the price? Thanks."),
    ("financial_hardship", "benign", "dm",
     "Budget's tight for us, what's your cheapest ceremony-only package? Just us two and two witnesses"),
    ("financial_hardship", "sensitive", "dm",
     "hey sorry for the silence, the business went under in the spring and we're behind on everything including the "
     "mortgage. still want to keep the date if we can"),
    ("financial_hardship", "benign", "chat",
     "can you evict the pigeons from the barn rafters before our do? one pooed on my mum at the viewing lol"),
    ("financial_hardship", "sensitive", "forum_post",
     "Anyone asked Clough Hall for a refund of the deposit on hardship grounds? I've been on zero hours with no "
     "shifts since October and living on my overdraft, there's no way we'll have the balance."),
    ("financial_hardship", "benign", "email",
     "We'll be forever in your debt for sorting the marquee at such short notice. Please pass our thanks to Ged."),
    ("financial_hardship", "sensitive", "complaint_letter",
     "Dear Sir, I have received three letters this month threatening bailiff action over an unpaid balance of £620. "
     "I lost my job in November and have been living on benefits, which I explained to your office by phone. I ask "
     "that you stop the enforcement and agree a payment arrangement. Yours faithfully, P. Lund"),
    ("financial_hardship", "benign", "in_app",
     "The payment link in the app is dead - says page not found. Can you resend it?"),
    ("financial_hardship", "sensitive", "email",
     "Dear Clough Hall, just letting you know I'm now in an IVA, so my insolvency practitioner may contact you about "
     "the remaining £1,100 on the vow renewal. We'd still like to go ahead if possible. Joan Beattie"),
    ("financial_hardship", "benign", "sms",
     "Hi, can I change my instalment date from the 1st to the 15th? That's when I get paid. Ta, Amira"),
    ("financial_hardship", "sensitive", "chat",
     "i cant afford the rest anymore. my husband left and took the joint account, i'm on my own with two kids and "
     "can barely do the rent. can i cancel and get anything back?"),
    ("financial_hardship", "benign", "agent_note",
     "Caller asked about refund timescale for cancelled corporate booking - told her 10 working days after the "
     "cancellation form is received. No issues."),
    ("financial_hardship", "sensitive", "sms",
     "Sorry for late payment, got a payday loan to cover the last one and now im drowning in it. will pay what i "
     "can fri. Josh"),
    ("financial_hardship", "benign", "email",
     "Our caterer before you went bust last year, which is why we're booking Clough Kitchen - is there a deposit for "
     "the catering separate to the venue?"),
    ("financial_hardship", "sensitive", "call_transcript",
     "Agent: The balance is due on Friday. || Caller: I know. I'm being honest with you, I was laid off two weeks "
     "ago and I'm waiting on my first jobseeker's payment. I don't know what to do."),
    ("financial_hardship", "benign", "forum_post",
     "Tip for anyone booking Clough Hall: the deposit is 25% but they'll take it in two halves if you ask. Made "
     "cash flow much easier for us."),
    ("financial_hardship", "sensitive", "in_app",
     "Can you pause my payment plan for 3 months? My hours were cut and we're in arrears with the council tax."),
    ("financial_hardship", "benign", "voicemail",
     "Hi, it's Owen Price, I think I've overpaid the deposit by a hundred pounds, could someone check and refund the "
     "difference? Thanks."),
    ("financial_hardship", "sensitive", "review",
     "Have to say Clough Hall were kind when we had to downsize after my partner's redundancy - cut us to the Snug "
     "and let us keep our date with no penalty."),
    ("financial_hardship", "benign", "complaint_letter",
     "Dear Accounts, you charged a late payment fee on invoice CH-2290 although my bank transfer left on the due "
     "date. Please remove the £25 fee. I attach the bank confirmation. Regards, Simon Hale"),
    ("financial_hardship", "sensitive", "email",
     "Hi, I have a CCJ from a credit card company and my bank account's been frozen, so the direct debit for the "
     "Orangery will fail. Could I pay cash at the office instead for now?"),
    ("financial_hardship", "benign", "chat",
     "the second bar is redundant for us, can we drop it and get money off?"),
    ("financial_hardship", "sensitive", "voicemail",
     "Hello, it's Mrs Akinola. Since my husband's disability benefit was stopped we really are struggling, and I "
     "wanted to ask if we could push the payment date for the anniversary lunch. Please call back."),
    ("financial_hardship", "benign", "review",
     "The benefits of the midweek package are huge - half price room hire and a free drinks upgrade."),
    ("financial_hardship", "sensitive", "web_form",
     "Reason for cancellation: financial. We've had a repossession notice on the house and a wedding just isn't "
     "possible now. Please advise what, if anything, is refundable."),
    ("financial_hardship", "benign", "sms",
     "Is the deposit refundable if we cancel more than 12 months out? Not planning to just checking"),
    ("financial_hardship", "sensitive", "dm",
     "Is there any chance of the hardship discount? I've been signed off and on statutory sick pay, not much left "
     "after rent"),
    ("financial_hardship", "benign", "in_app",
     "Please add a card to my account - the old one has expired."),
    ("financial_hardship", "sensitive", "agent_note",
     "Groom called, very stressed. Said the wedding money was in his business account which is now with the "
     "liquidators. Asked for 8 weeks' grace on the balance. Passed to finance manager."),
    ("financial_hardship", "benign", "email",
     "Can you give me a breakdown of VAT on the corporate invoice? Our finance team needs it for the expense claim."),
    # ---- legal
    ("legal", "sensitive", "email",
     "Hello, my solicitor has advised me not to sign the revised contract until she's looked at the cancellation "
     "clause - we're in the middle of a claim against our previous venue and I'm not making the same mistake twice."),
    ("legal", "benign", "email",
     "Good afternoon, Harcourt & Lyle LLP would like to book the Great Barn for our firm's Christmas party on 12 "
     "December, approx 90 staff. Please quote for dinner and a late bar."),
    ("legal", "sensitive", "call_transcript",
     "Caller: My car was broken into in your car park during the reception. || Agent: I'm so sorry. || Caller: I've "
     "reported it to the police, I've got a crime reference number, and they want any CCTV you have."),
    ("legal", "benign", "chat",
     "what do we need to do legally for the civil ceremony? do we give notice to the register office or do you?"),
    ("legal", "sensitive", "web_form",
     "Casual staff application. Criminal convictions: Yes - one conviction from 2019, spent. I'm happy to explain at "
     "interview."),
    ("legal", "benign", "review",
     "The sticky toffee pudding was criminally good. Arrest the chef for how much I ate."),
    ("legal", "sensitive", "sms",
     "Hi, groom is on a curfew til the court date so he needs to be home by 9pm. Can we start the evening do at 6? "
     "Ta, Sharon"),
    ("legal", "benign", "web_form",
     "Is a humanist ceremony at Clough Hall legally binding, or do we need to do the register office bit separately?"),
    ("legal", "sensitive", "agent_note",
     "Bride provided copy of a restraining order against her former partner (Lee Grant). He must not be admitted. "
     "Photo given to security, front desk and bar manager briefed."),
    ("legal", "benign", "voicemail",
     "Hi, it's Sergeant Ruth Ames from the Clough Vale Police Federation branch, we're looking to book the annual "
     "awards dinner in November. Please call me on 555-0119."),
    ("legal", "sensitive", "dm",
     "random q but is my brother allowed on site? he got out of prison in March and is on licence. Dont want any "
     "drama on the day"),
    ("legal", "benign", "in_app",
     "Is the tennis court by the Bothy cottages available for guests on the morning after the wedding?"),
    ("legal", "sensitive", "complaint_letter",
     "Dear Sirs, I write to give formal notice that unless the £2,300 deposit is refunded within 14 days I will issue "
     "a claim in the county court. My wife and I were not told of the building works that made the Walled Garden "
     "unusable. Yours faithfully, Neil Parkes"),
    ("legal", "benign", "email",
     "Please point me to clause 7 of your terms and conditions - the one about supplier access. Our florist wants to "
     "set up at 8am."),
    ("legal", "sensitive", "chat",
     "hi the best man's just been arrested lol not joking. he's been bailed but one of the conditions is no alcohol, "
     "can the bar do him mocktails all night"),
    ("legal", "benign", "agent_note",
     "Couple asked whether two of our staff could act as legal witnesses if their friends are late. Explained any "
     "adult present can sign, staff happy to help."),
    ("legal", "sensitive", "email",
     "Dear Clough Hall, we need to change the name on the booking. My divorce only came through at court last week "
     "so I couldn't book in my new name before. Decree absolute attached. Kind regards, Fiona Oduya"),
    ("legal", "benign", "dm",
     "Do u need a licence for fireworks at the end of the night or is that on you guys"),
    ("legal", "sensitive", "voicemail",
     "Hi it's Marek, I've got a court hearing on the 14th about my immigration status so I might need to move the "
     "tasting. My lawyer says it could run late. Please call 07700 900776."),
    ("legal", "benign", "forum_post",
     "Lots of legal jargon in the Clough Hall contract but it's all standard stuff. Took it to my dad who reads "
     "contracts for a living and he said it was fair."),
    ("legal", "sensitive", "in_app",
     "Please note on our file: the groom's father isn't invited. There's a non-molestation order and our solicitor "
     "says any contact is a breach."),
    ("legal", "benign", "chat",
     "is the menu trial included in the package or extra? sorry for all the questions, feels like a cross "
     "examination lol"),
    ("legal", "sensitive", "review",
     "Staff were very discreet when the police came to speak to my uncle during the meal. Mortifying for us but the "
     "team handled it so calmly."),
    ("legal", "benign", "sms",
     "Can the 'Jailhouse Rock' be our first dance? just checking the band know it"),
    ("legal", "sensitive", "forum_post",
     "Has anyone taken Clough Hall to the small claims court? I'm filing next week over the double-charged "
     "accommodation and want to know what to expect."),
    ("legal", "benign", "complaint_letter",
     "Dear Manager, I am a barrister and was a guest at the Pryor wedding on 2 June. The music in the Coach House "
     "kept going until 2am despite your stated 11pm curfew. I could not sleep before a working day. Yours, A. Wren"),
    ("legal", "sensitive", "call_transcript",
     "Agent: How can I help? || Caller: I'm giving evidence at a trial the week of our wedding, I'm the victim in the "
     "case. The police say I may need to be in court on the Thursday. Can we move to the Saturday after?"),
    ("legal", "benign", "web_form",
     "Company: Fenwick Conveyancing. Event: client seminar, 40 delegates, theatre style in the Snug, tea and coffee."),
    ("legal", "sensitive", "email",
     "Hi, I've got a police caution from last year for a public order thing and my fiance says your venue does "
     "background checks on event staff - I'm meant to be helping on the bar at our own wedding, is that a problem?"),
    ("legal", "benign", "in_app",
     "Your booking confirmation says 'subject to contract'. Is the date held or not?"),
    # ---- bereavement
    ("bereavement", "sensitive", "email",
     "Hello, I'd like to book a funeral tea for my dad after his service on the 22nd. About 60 people, sandwiches "
     "and tea in the Orangery. He loved it there. Thank you, Karen Platt"),
    ("bereavement", "benign", "email",
     "Good morning, I'm the new manager at Ashworth & Daughters Funeral Directors. We'd like to add Clough Hall to "
     "the list of wake venues we recommend to families - could you send your funeral tea brochure?"),
    ("bereavement", "sensitive", "call_transcript",
     "Caller: We need to postpone the wedding. || Agent: Oh no, is everything okay? || Caller: The groom's mum passed "
     "away on Tuesday. We just can't do it in three weeks."),
    ("bereavement", "benign", "chat",
     "what's the price per head for your wake package? asking for the parish newsletter, we list local venues"),
    ("bereavement", "sensitive", "in_app",
     "Seating plan: please put an empty chair with a photo frame at the front for my grandad, we lost him in March. "
     "Table 1 otherwise as before."),
    ("bereavement", "benign", "sms",
     "our phone line is dead so pls email not ring. Ref CH-2210"),
    ("bereavement", "sensitive", "sms",
     "Hi, since losing mum I've found it hard to keep on top of the wedding stuff. Sorry for the late numbers - 74 "
     "day, 110 eve. Jen"),
    ("bereavement", "benign", "dm",
     "dying to see the photos!!! when does the gallery go live?"),
    ("bereavement", "sensitive", "agent_note",
     "Mrs Halloran rang to cancel the ruby anniversary dinner - husband died last week. Account in his name. Refund "
     "to her card agreed; sent condolence card."),
    ("bereavement", "benign", "review",
     "The roses in the Walled Garden had died off by September, which was a shame, but the orangery made up for it."),
    ("bereavement", "sensitive", "voicemail",
     "Hi, it's Phil Hart. We had the wake for my brother at yours on Friday and I just wanted to say thank you. The "
     "staff were so kind to my mum. Bye."),
    ("bereavement", "benign", "web_form",
     "What's the deadline for final guest numbers for a wake booking? Our church hall group is comparing venues for "
     "a leaflet."),
    ("bereavement", "sensitive", "forum_post",
     "Doing a vow renewal at Clough Hall on what would have been my parents' 50th - Dad died in 2022 so Mum is "
     "walking me down the aisle. Any tips for the Orangery?"),
    ("bereavement", "benign", "in_app",
     "Can we have the 'Death by Chocolate' cake on the dessert table as well as the lemon tart?"),
    ("bereavement", "sensitive", "complaint_letter",
     "Dear Manager, we held my husband's funeral tea at Clough Hall on 4 February. Despite confirming 50 guests, "
     "only enough sandwiches for 30 were laid out. On the day I buried my husband I should not have had to chase "
     "your staff. Yours sincerely, Mrs B. Lowther"),
    ("bereavement", "benign", "email",
     "Hi, we've lost the receipt for our deposit - could you email a copy? Booking for the Walled Garden, 6 June."),
    ("bereavement", "sensitive", "chat",
     "hi, my sister died in a car crash 2 weeks ago and she was meant to be my maid of honour. can I still keep her "
     "name on the place cards?"),
    ("bereavement", "benign", "chat",
     "is there a ghost tour at the hall? someone said the Coach House is haunted 👻"),
    ("bereavement", "sensitive", "web_form",
     "Reason for date change: bereavement. My father-in-law passed away suddenly and the funeral is the same week."),
    ("bereavement", "benign", "agent_note",
     "Groundsman reports memorial bench in the Walled Garden (Victorian, for the old Clough family) has a wobbly leg. "
     "Repair booked."),
    ("bereavement", "sensitive", "email",
     "Dear Clough Hall, I'm the executor of my late aunt's estate. She had paid a deposit for her 80th birthday lunch "
     "in the Snug. Could you refund it to the estate account? Death certificate attached. Yours, David Okafor"),
    ("bereavement", "benign", "sms",
     "Grave mistake on the invoice lol - you've billed us for 200 not 120"),
    ("bereavement", "sensitive", "dm",
     "We'd like the string quartet to play Nana's favourite song during the signing. She passed at Christmas and it "
     "feels right x"),
    ("bereavement", "benign", "complaint_letter",
     "Dear Events Team, as a funeral director who has referred many families to you, I must raise that the last two "
     "wakes started 20 minutes late because the room was not ready. Please ensure this is addressed. R. Mottram, "
     "Mottram Funeral Services"),
    ("bereavement", "sensitive", "review",
     "We held Grandma's wake in the Orangery. Beautiful room, gentle staff, proper tea. It made a dreadful week a "
     "little easier."),
    ("bereavement", "benign", "voicemail",
     "Hiya it's Tasha, the florist says dead-heading the hydrangeas in the garden is fine for the photos, just "
     "letting you know. Bye!"),
    ("bereavement", "sensitive", "in_app",
     "Update: we'll be one fewer on table 3, Uncle Ray passed away last month. Please remove him from the list."),
    ("bereavement", "benign", "forum_post",
     "What's Clough Hall's policy if a close family member dies before the wedding? Just want to understand the T&Cs "
     "before we sign, nothing has happened."),
    ("bereavement", "sensitive", "call_transcript",
     "Agent: Clough Hall, how can I help? || Caller: My son's anniversary is next month - it'll be a year since we "
     "lost him - and we want to do a small lunch for the family. || Agent: I'm so sorry. Let's find a date."),
    ("bereavement", "benign", "email",
     "Our photographer says the light in the Great Barn is dead flat after 4pm in winter - do you have uplighters?"),
    # ---- violence_self_harm
    ("violence_self_harm", "sensitive", "email",
     "Please don't post anything to our home address or ring the landline. I'm leaving my partner after years of him "
     "hitting me and he doesn't know I've booked the Bothy for that week. Use this email only. Thank you, L."),
    ("violence_self_harm", "benign", "chat",
     "can the DJ do a killer 80s set? we want the floor packed by 9"),
    ("violence_self_harm", "sensitive", "complaint_letter",
     "Dear Manager, at my sister's wedding on 14 June my cousin was punched in the face by another guest outside the "
     "Coach House while your security stood by. He needed stitches. I would like to know why nobody intervened. "
     "Yours, Craig Nolan"),
    ("violence_self_harm", "benign", "email",
     "Our photographer needs the shot list signed off by Friday - can you confirm when the first dance will be so she "
     "can plan the timings?"),
    ("violence_self_harm", "sensitive", "dm",
     "honestly if this wedding falls apart too I don't think I want to be here anymore. sorry, ignore me. what time "
     "is the florist coming"),
    ("violence_self_harm", "benign", "review",
     "The fireworks at the end were a blast! Everyone still talking about them."),
    ("violence_self_harm", "sensitive", "agent_note",
     "Bride reports one of our casual bar staff has been messaging her on Instagram since the wedding, including "
     "sexual comments and turning up at her work. Passed to HR urgently, staff member stood down."),
    ("violence_self_harm", "benign", "sms",
     "I'll kill him if he forgets the rings 😂 can you keep a spare set of fake ones at reception just in case"),
    ("violence_self_harm", "sensitive", "voicemail",
     "Hi, it's Nicola Brennan. My ex has found out where the wedding is and he's been sending me messages saying he'll "
     "turn up and ruin it. Can I talk to someone about security? 07700 900318."),
    ("violence_self_harm", "benign", "web_form",
     "Do you provide security staff for evening receptions, or should we hire our own door team? 200 guests."),
    ("violence_self_harm", "sensitive", "email",
     "Hello, someone has been posting vile comments about my husband and me on your Facebook page under our "
     "wedding photos - slurs, and one saying we should be 'put down'. Please delete them and block the account."),
    ("violence_self_harm", "benign", "in_app",
     "Can we book the axe-throwing activity for the stag afternoon on the field? 12 lads."),
    ("violence_self_harm", "sensitive", "call_transcript",
     "Caller: I need the seating changed. My dad's not to sit near my mum. || Agent: Of course. || Caller: He used to "
     "hit her. He's not invited but if he turns up, please call the police, don't let him in."),
    ("violence_self_harm", "benign", "chat",
     "sorry for harassing you with emails this week 🙈 just one more question - can the cake be cut with my grandad's "
     "old ceremonial sword?"),
    ("violence_self_harm", "sensitive", "sms",
     "Hi, my sister self harms and has been struggling. Could the bridal suite be checked for razors etc before she "
     "gets ready? Sorry for the odd ask. Hannah"),
    ("violence_self_harm", "benign", "review",
     "The band absolutely murdered it - in the best way. Great night in the Great Barn."),
    ("violence_self_harm", "sensitive", "forum_post",
     "Warning: at a party at Clough Hall last month a guy kept grabbing me on the dance floor and the staff did "
     "nothing when I told them. Has anyone else reported harassment there?"),
    ("violence_self_harm", "benign", "email",
     "We'd like to book your Murder Mystery Dinner night for my husband's 50th - 24 guests. Are costumes included?"),
    ("violence_self_harm", "sensitive", "web_form",
     "Additional information: I have a stalker who has turned up at previous family events. Please ensure the guest "
     "list is not shared with anyone and the gate is staffed."),
    ("violence_self_harm", "benign", "voicemail",
     "Hiya, it's Joe from the Raven Fire Co, we're booked to do the fire-eating act on Saturday. Just need to confirm "
     "the safety zone on the lawn. Ta."),
    ("violence_self_harm", "sensitive", "in_app",
     "Can the kids' table be away from table 6 - my son was badly bullied by those two boys, they pushed him down the "
     "stairs at school and we don't want a repeat."),
    ("violence_self_harm", "benign", "dm",
     "the storm absolutely battered the marquee last night, is it still ok for Saturday??"),
    ("violence_self_harm", "sensitive", "chat",
     "I overheard your manager threaten one of the waitresses in the corridor, said he'd 'make her life hell' and "
     "shoved her. I don't want to get her in trouble but someone should know."),
    ("violence_self_harm", "benign", "agent_note",
     "Hen party requested paintball at the outdoor centre before the spa session - gave them the number for Clough "
     "Vale Paintball."),
    ("violence_self_harm", "sensitive", "email",
     "I had to leave my own engagement party early because my fiance's brother threatened to kill me in the car park. "
     "I'm not comfortable going ahead with the Great Barn if he's coming. Can we talk about options?"),
    ("violence_self_harm", "benign", "sms",
     "We were slammed at the bar last night lol - can u add an extra barman for the wedding?"),
    ("violence_self_harm", "sensitive", "dm",
     "hey I tried to take my own life in the spring so things have been slow. we're ready to plan properly now - is "
     "June 2027 still free?"),
    ("violence_self_harm", "benign", "forum_post",
     "Does anyone know if Clough Hall allows sparklers for the exit? Our last venue was strict about fire safety."),
    ("violence_self_harm", "sensitive", "review",
     "Two stars. The evening was ruined when my partner was attacked by a drunk guest from another party in the "
     "shared corridor. Staff were slow to help."),
    ("violence_self_harm", "benign", "complaint_letter",
     "Dear Manager, I am writing about the noise from your clay pigeon shooting day on 3 March. The gunfire could be "
     "heard from my garden all afternoon. Please notify neighbours in future. Yours, Mr K. Baird, Mill Lane"),
    # ---- special_categories
    ("special_categories", "sensitive", "email",
     "Hi, could the ceremony be at 3pm rather than 1? It's a Friday and my fiance never misses Jummah at the mosque. "
     "Everything else can stay as it is. Thanks, Imogen"),
    ("special_categories", "benign", "email",
     "Hello, St Mary's Church would like to book the Great Barn for our harvest supper on 4 October, about 110 "
     "parishioners, two-course meal and a raffle. Could you quote? Rev. Alan Poole"),
    ("special_categories", "sensitive", "call_transcript",
     "Caller: For the getting-ready photos, my daughter wears hijab. || Agent: Of course. || Caller: So she'd need a "
     "female photographer in the bridal suite, and somewhere private to pin it before the ceremony."),
    ("special_categories", "benign", "chat",
     "can we have religious readings in a civil ceremony or is that not allowed? my auntie wants to read something"),
    ("special_categories", "sensitive", "web_form",
     "Catering notes: we keep kosher at home, so for the two of us could the meals come sealed from a certified "
     "supplier? Guests can have the normal menu."),
    ("special_categories", "benign", "web_form",
     "Do you offer halal meat options on the wedding breakfast menus? We're compiling a guide for couples at our "
     "wedding fayre."),
    ("special_categories", "sensitive", "dm",
     "since I took amrit last year I don't drink or eat meat, could my plate be veg and no champagne at the top "
     "table? hubby's fine with the normal stuff lol"),
    ("special_categories", "benign", "in_app",
     "What's on the Easter Sunday lunch menu this year? Table for 6 please."),
    ("special_categories", "sensitive", "in_app",
     "Reduce day guests by 14 please. My family are Jehovah's Witnesses and since I left they won't be attending. "
     "Tables 4 and 5 can go."),
    ("special_categories", "benign", "sms",
     "Can the string quartet do Hallelujah for the walk down the aisle? Ta, Beth"),
    ("special_categories", "sensitive", "chat",
     "not during ramadan pls!! most of my side fast and the meal would have to be after sunset, which is like 9pm in "
     "june. anything in late april?"),
    ("special_categories", "benign", "review",
     "The lemon cake was heavenly and the Chapel Room was the perfect size for our small ceremony."),
    ("special_categories", "sensitive", "email",
     "We'd like a short blessing after the civil part. Our pandit will bring his own havan kit - is a small fire in a "
     "copper bowl ok in the Walled Garden, and could we have a low table for the offerings?"),
    ("special_categories", "benign", "voicemail",
     "Hi, it's Donna from the office at Hilltop Chapel, we'd like a price for the Christmas party nights for our "
     "volunteers, about 25. Call back on 555-0132."),
    ("special_categories", "sensitive", "sms",
     "Can we push the farewell breakfast to 11? We go to 9 oclock Mass on Sundays. Thx Ciaran"),
    ("special_categories", "benign", "forum_post",
     "Does anyone know what Clough Hall's policy is on religious blessings - can an outside celebrant do one in the "
     "Orangery after the registrar leaves?"),
    ("special_categories", "sensitive", "email",
     "Hello! My family are Yoruba and everyone on my side will be wearing aso-ebi in gold. Is it okay if the aunties "
     "spray money on the dance floor? It's a big part of it for us. Thanks, Funmi"),
    ("special_categories", "benign", "chat",
     "is the Indian street food buffet available for evening receptions or just corporate events?"),
    ("special_categories", "sensitive", "voicemail",
     "Hello, it's Kasia. My parents came over from Poland and only speak Polish, so when the coordinator calls about "
     "the day could she ring my sister Ola instead? 07700 900147. Dziekuje!"),
    ("special_categories", "benign", "in_app",
     "Please add two bottles of the Polish vodka from your bar list to our table package."),
    ("special_categories", "sensitive", "chat",
     "my dad's side are Irish Travellers and we've been turned down by two venues as soon as they heard the surname. "
     "will that be a problem with you? honest answer pls"),
    ("special_categories", "benign", "web_form",
     "Could you recommend an Irish ceilidh band for the evening? We had one at a friend's wedding and everyone loved "
     "it."),
    ("special_categories", "sensitive", "web_form",
     "Extra event: mehndi night the evening before in the Snug. We're Bengali - the women will do henna and there'll "
     "be music till 11. Approx 45 guests."),
    ("special_categories", "benign", "email",
     "We're doing a Caribbean-themed evening for my 50th. Can Clough Kitchen do jerk chicken and rice and peas, or "
     "should we bring in a caterer?"),
    ("special_categories", "sensitive", "email",
     "Hi, being mixed race I've always struggled to find stylists for my hair - could you recommend a hairdresser who "
     "can do afro hair for the morning of the wedding? Your list seems to be mostly blow-dries."),
    ("special_categories", "benign", "sms",
     "Can the French doors in the Orangery be open for the ceremony if it's warm?"),
    ("special_categories", "sensitive", "agent_note",
     "Couple explained both families are Hong Kong Chinese and want a tea ceremony for the elders before the meal. "
     "Need a low table and 8 teacups in the Snug, 20 min slot at 4pm."),
    ("special_categories", "benign", "review",
     "Chinese lanterns along the Walled Garden path looked incredible at dusk. Well done to the team."),
    ("special_categories", "sensitive", "review",
     "As a Black bride I was nervous a country-house venue wouldn't get it, but the team were brilliant with our "
     "guests, our music and our food. Thank you Clough Hall."),
    ("special_categories", "benign", "chat",
     "do you do Scotch eggs on the picnic menu? my scottish fiance insists lol"),
    ("special_categories", "sensitive", "forum_post",
     "We're Romany and our family weddings are big - 300 plus. Has anyone from the community had their do at Clough "
     "Hall? Want to know if they were welcoming before we book."),
    ("special_categories", "benign", "email",
     "Many of our guests are travelling from Spain - do you do a bilingual menu card, or shall we translate it "
     "ourselves?"),
    ("special_categories", "sensitive", "email",
     "Quick request - the groom's a Green Party councillor, so could we avoid single-use plastic anywhere on the day? "
     "He'll never hear the end of it otherwise. Cheers, Anna"),
    ("special_categories", "benign", "web_form",
     "Organisation: Clough Vale Conservative Association. Event: summer fundraising dinner, 80 guests, the Great Barn, "
     "auction and speeches."),
    ("special_categories", "sensitive", "dm",
     "we actually met on an Extinction Rebellion blockade 😂 can we hang the banner from it behind the top table?"),
    ("special_categories", "benign", "in_app",
     "Is the Conservatory free for drinks on the 14th? We'd like it for the toasts."),
    ("special_categories", "sensitive", "voicemail",
     "Hiya, it's Ray Dennison. I'm standing for the council for Labour in May so we need to avoid the election "
     "weekend for the anniversary do. Give us a ring."),
    ("special_categories", "benign", "review",
     "Party of the year! The DJ read the room perfectly."),
    ("special_categories", "sensitive", "chat",
     "please seat my dad as far from me as possible lol. I campaigned for Remain, he was out leafleting for Leave, "
     "we haven't really spoken since"),
    ("special_categories", "benign", "sms",
     "Are we allowed to be liberal with the confetti in the Walled Garden or is it biodegradable only?"),
    ("special_categories", "sensitive", "in_app",
     "Wine list note: we're on the Palestine marches most Saturdays, so please swap out any Israeli wine for the "
     "Spanish one."),
    ("special_categories", "benign", "email",
     "Clough Vale Borough Council would like to book the Snug for a planning committee away day on 3 June. Please "
     "send an invoice to accounts@example.org."),
    ("special_categories", "sensitive", "sms",
     "no royal toast pls, we're both republicans and it'd feel so fake. thanks!"),
    ("special_categories", "benign", "chat",
     "vote for us in the Regional Wedding Awards? haha just kidding - but could you vote for our photographer?"),
    ("special_categories", "sensitive", "forum_post",
     "I chair our local Tory association and half the guest list is councillors - did anyone find Clough Hall OK for "
     "a slightly political crowd? Worried about the speeches getting heated."),
    ("special_categories", "benign", "agent_note",
     "Band asked for a green room near the Great Barn stage. Allocated the Snug from 5pm."),
    ("special_categories", "sensitive", "agent_note",
     "Groom asked that his cousin is seated on the far side - cousin is standing as a Reform candidate and they had a "
     "row at the engagement party."),
    ("special_categories", "benign", "web_form",
     "Could the election of the head table be done by the couple on the day? Sorry, I mean the selection - can we "
     "change the top table seating on the morning?"),
    ("special_categories", "sensitive", "email",
     "Hi, I'm on the picket line the morning of the 14th with Unite so could we push the menu tasting to 4pm? Sorry "
     "for the faff. Gary"),
    ("special_categories", "benign", "email",
     "Good afternoon, Clough Vale Trades Council would like to book our annual dinner in the Great Barn on 1 May. "
     "About 90 delegates. Please quote."),
    ("special_categories", "sensitive", "sms",
     "strike day clash - I'm the NEU rep at school and we're out on the 6th. can we move the dress rehearsal?"),
    ("special_categories", "benign", "review",
     "A true union of two families - and the venue made it feel effortless. Thank you all."),
    ("special_categories", "sensitive", "call_transcript",
     "Caller: I'm branch secretary of the GMB at my work, and our annual meeting's the Saturday you've offered. || "
     "Agent: Ah, shall we look at the Sunday? || Caller: Please, yes."),
    ("special_categories", "benign", "in_app",
     "Can we have Union Jack bunting in the Great Barn? It's a VE Day themed anniversary."),
    ("special_categories", "sensitive", "chat",
     "cash is tight till the tribunal's done - the union's fighting my dismissal. can the balance wait a month?"),
    ("special_categories", "benign", "dm",
     "the bowling alley next door is a strike 😂 anyway can guests park there?"),
    ("special_categories", "sensitive", "in_app",
     "Do you accept the Unison member discount card? Saw it listed on the benefits site. Booking ref CH-2883."),
    ("special_categories", "benign", "sms",
     "Love the white picket fence by the arch - can it stay up for our photos?"),
    ("special_categories", "sensitive", "web_form",
     "Occupation: Staff nurse (RCN workplace rep). Shift pattern means weekday tastings only please."),
    ("special_categories", "benign", "chat",
     "do you offer a members' discount for the Clough Wedding Club? we signed up at the fayre"),
    ("special_categories", "sensitive", "dm",
     "we met organising the walkout at the warehouse 😂 best man wants to mention it in the speech, are you ok with "
     "a bit of cheeky politics?"),
    ("special_categories", "benign", "review",
     "The choir sang in perfect unison. Goosebumps!"),
    ("special_categories", "sensitive", "voicemail",
     "Hi, it's Julie Rennie. Our wedding's the day after my union's national conference in Brighton so I'll be "
     "travelling back that morning. Could hair and make-up be later? Ta."),
    ("special_categories", "benign", "email",
     "We'd like to hire the Great Barn for a collective staff celebration across our three offices. Is there a "
     "group rate for 150+?"),
    ("special_categories", "sensitive", "email",
     "Hi, my fiancee Jess and I have just got engaged and we'd love to view the Orangery. We're thinking two dresses, "
     "no aisle, both walking in together. Is a Saturday in August possible? Sarah Malone"),
    ("special_categories", "benign", "chat",
     "Do you do a Pride month offer in June? Saw something on your instagram"),
    ("special_categories", "sensitive", "voicemail",
     "Hi, it's David Ashby, ringing about me and my husband Mark's vow renewal. Ten years this October! Could someone "
     "call me back about the Snug? Thanks."),
    ("special_categories", "benign", "web_form",
     "Is Clough Hall LGBT-friendly as a policy, and do your staff get any inclusion training? We ask every supplier "
     "on our wedding directory."),
    ("special_categories", "sensitive", "in_app",
     "Can the welcome sign say Mr & Mr please, not Mr & Mrs. Both grooms! Thanks Aiden"),
    ("special_categories", "benign", "review",
     "The rainbow layer cake from the dessert menu was a showstopper."),
    ("special_categories", "sensitive", "chat",
     "my parents don't know I'm seeing a woman so please don't call the home number for the anniversary party "
     "booking, my mobile only"),
    ("special_categories", "benign", "sms",
     "Straight to the point: is the 20 June still free? Ta"),
    ("special_categories", "sensitive", "dm",
     "I'm bi and my boyfriend is totally fine with my ex-girlfriend being a bridesmaid 😂 is 6 bridesmaids too many "
     "for the Orangery aisle?"),
    ("special_categories", "benign", "in_app",
     "Can I change to bi-weekly instalments on the Clough Spread instead of monthly?"),
    ("special_categories", "sensitive", "call_transcript",
     "Caller: Hi, Ben Hollis. My husband and I are looking at a civil partnership conversion ceremony. || Agent: "
     "Congratulations! || Caller: Thanks, twelve years together - we want something small in the Walled Garden."),
    ("special_categories", "benign", "email",
     "Do you sell Mr & Mrs table signs, or Mr & Mr / Mrs & Mrs versions? We're stocking our wedding shop and want to "
     "link to yours."),
    ("special_categories", "sensitive", "forum_post",
     "Two brides here! Clough Hall were lovely - no one once asked where the groom was. Anyone else married there "
     "recently? Want tips on the Orangery lighting."),
    ("special_categories", "benign", "chat",
     "my maid of honour is my best mate from school, can she sit with me at the top table instead of the best man?"),
    ("special_categories", "sensitive", "review",
     "Two grooms, zero awkwardness. The staff got our names right, the signs right and the music right. Brilliant."),
    ("special_categories", "benign", "voicemail",
     "Hi it's Priya from Out & About Travel, we organise group trips and wondered if you do a tour of the Hall for "
     "groups of 20. Thanks."),
    ("special_categories", "sensitive", "dm",
     "we're waiting till our wedding night so could we have separate rooms the night before? and yes that means "
     "we've never shared one before 🙈"),
    ("special_categories", "benign", "email",
     "Is the honeymoon suite in the Coach House free on 14 and 15 August? We'd like two nights after the wedding."),
    ("special_categories", "sensitive", "email",
     "Hello, we're a polyamorous triad and all three of us will be in the bridal suite. Could we have an extra robe "
     "and the bed made up for three? Thanks, Robin"),
    ("special_categories", "benign", "in_app",
     "Please add the romance package to the Bothy - rose petals, champagne and chocolates."),
    ("special_categories", "sensitive", "in_app",
     "yes the noise from room 4 last night was us, sorry!! wedding night. won't happen again (probably) lol"),
    ("special_categories", "benign", "review",
     "Sexiest cake I've ever seen - three tiers of dark chocolate and gold leaf."),
    ("special_categories", "sensitive", "chat",
     "we're in an open relationship and my other partner is coming as my plus one. can she sit on the family table "
     "with us?"),
    ("special_categories", "benign", "sms",
     "Is the Love Nest cottage available for 2 nights in May?"),
    ("special_categories", "sensitive", "sms",
     "can we check in to the bridal suite early on fri? we're trying for a baby and the timing matters this week lol "
     "sorry TMI"),
    ("special_categories", "benign", "web_form",
     "Is the hot tub at the Bothy adults-only after 8pm for all bookings or just hen parties?"),
    ("special_categories", "sensitive", "call_transcript",
     "Caller: I want to complain. A housekeeper walked into our room yesterday morning while we were, er, in bed "
     "together. || Agent: I'm so sorry. || Caller: We had the Do Not Disturb sign up."),
    ("special_categories", "benign", "chat",
     "can we add breakfast in bed for the morning after? and the honeymoon hamper"),
    ("special_categories", "sensitive", "forum_post",
     "We met through a swingers' club and a fair few evening guests are from there - did anyone find Clough Hall "
     "OK with a no-phones rule in the Snug after midnight?"),
    ("special_categories", "benign", "dm",
     "The Bothy is the most romantic place we've stayed. Bed was huge."),
    ("special_categories", "sensitive", "email",
     "Hi, I'm non-binary, so please don't call me the bride in the paperwork - 'partner' or just my name (Sam) is "
     "perfect. My fiancee doesn't mind being the bride!"),
    ("special_categories", "benign", "web_form",
     "How many bridesmaids and groomsmen can fit at the front of the Orangery ceremony space?"),
    ("special_categories", "sensitive", "web_form",
     "Update booking name: my fiancee transitioned last year and the booking still shows her old name. Please "
     "change to Alexandra Reid on all documents."),
    ("special_categories", "benign", "chat",
     "is the hen party package different from the stag one? we're having a joint hen/stag"),
    ("special_categories", "sensitive", "in_app",
     "they/them pronouns for me on the order of service please, and 'Mx Quinn' on my place card"),
    ("special_categories", "benign", "email",
     "Could you smooth the transition between the ceremony and the drinks reception? Last time guests stood around "
     "for 20 minutes."),
    ("special_categories", "sensitive", "voicemail",
     "Hiya, it's Lucy. The groom's mum is transitioning, and she'd like to be listed as 'Parent of the Groom' on the "
     "order of service rather than anything else. Thanks, call back if that's a problem."),
    ("special_categories", "benign", "sms",
     "Whats the nearest station? Were getting the TransPennine from Leeds"),
    ("special_categories", "sensitive", "chat",
     "do u have gender neutral toilets? i'm genderfluid and picking ladies or gents at a wedding stresses me out"),
    ("special_categories", "benign", "voicemail",
     "Hello, it's the secretary of the Clough Vale Male Voice Choir, we'd like to offer our services for weddings at "
     "the Hall. Call 555-0188."),
    ("special_categories", "sensitive", "agent_note",
     "Groom's passport is still in his birth name until his gender recognition certificate comes through. ID check "
     "at check-in to be handled discreetly by duty manager only."),
    ("special_categories", "benign", "in_app",
     "The ladies' toilets by the Great Barn are out of order again. Can you get them fixed before Saturday?"),
    ("special_categories", "sensitive", "dm",
     "I'll be 18 months on hormones by the wedding and really want a proper fitting room for my dress on the day, "
     "somewhere private. is that doable?"),
    ("special_categories", "benign", "review",
     "Groomsmen looked sharp in the tweed, bridesmaids in sage. The Walled Garden photos are stunning."),
    ("special_categories", "sensitive", "complaint_letter",
     "Dear Manager, during our anniversary dinner on 11 March your waiter repeatedly addressed my wife as 'sir' and "
     "read her old name aloud from a booking made years ago. It was humiliating. I expect an apology and for that "
     "old record to be corrected. Yours, Mrs C. Beaumont"),
    ("special_categories", "benign", "complaint_letter",
     "Dear Sir or Madam, the 'Mr & Mrs' chair sashes we ordered from your shop arrived with 'Mr & Mr' printed "
     "instead. Please send the correct ones before 2 May. Yours, P. Garnett"),
    ("special_categories", "sensitive", "email",
     "Hi, bit of a personal one. I found out this year I carry the BRCA2 gene, so I'm having surgery in the autumn - "
     "can we keep the June date but have the dress fitting a little later? Thanks, Laura"),
    ("special_categories", "benign", "review",
     "Hospitality is in Clough Hall's DNA. Everything ran like clockwork."),
    ("special_categories", "sensitive", "forum_post",
     "The bride found her biological dad last year through an ancestry DNA match, he'll be at the wedding and meeting "
     "half the family for the first time. Any tips on seating?"),
    ("special_categories", "benign", "web_form",
     "We'd like a family tree display board at the entrance showing both families back to the 1800s. Can you provide "
     "an easel and lighting?"),
    ("special_categories", "sensitive", "chat",
     "we both came back as sickle cell carriers on our screening, not your problem just a stressful week lol. anyway "
     "can we move the tasting to next wed?"),
    ("special_categories", "benign", "sms",
     "dress code is smart casual, are jeans ok for the evening do?"),
    ("special_categories", "sensitive", "voicemail",
     "Hi, it's Graham Pike. My Huntington's test came back positive, so we're bringing the wedding forward. Is there "
     "anything at all in the spring? Please ring me."),
    ("special_categories", "benign", "in_app",
     "Can we have a cousins' table? There are 14 of them and they'll be trouble anywhere else."),
    ("special_categories", "sensitive", "call_transcript",
     "Caller: The tasting's the same day as our genetic counselling appointment - we're both carriers for cystic "
     "fibrosis. || Agent: No problem, let's find another day. || Caller: Thanks."),
    ("special_categories", "benign", "email",
     "Are the heritage roses in the Walled Garden in bloom in late June? We'd love them in the background."),
    ("special_categories", "sensitive", "in_app",
     "Add to welcome board: our DNA test results side by side - turns out we're fourth cousins on my mum's side 😂"),
    ("special_categories", "benign", "chat",
     "my twin brother (he's 42, same as me obviously) wants to do a surprise speech, can the mic be set up by the "
     "top table?"),
    ("special_categories", "sensitive", "email",
     "Dear Clough Hall, my genome sequencing report flagged a variant linked to heart problems, and my doctor wants "
     "me to avoid the long-haul flight to our original destination. Could we add a honeymoon night in the Bothy?"),
    ("special_categories", "benign", "forum_post",
     "Good genes in this family apparently - my gran danced until midnight at our Clough Hall reception, aged 94."),
    ("special_categories", "sensitive", "email",
     "Your FaceFind gallery asked me for a selfie to find the photos of me from my brother's wedding. I uploaded one "
     "and now regret it - please delete the selfie and any face template you made from it."),
    ("special_categories", "benign", "review",
     "The glass doors in the Orangery were covered in fingerprint smudges when we arrived. Small thing but noticeable."),
    ("special_categories", "sensitive", "in_app",
     "The fingerprint lock on Bothy 2 isn't recognising my thumb - I enrolled it at reception yesterday. Locked out, "
     "please help!"),
    ("special_categories", "benign", "web_form",
     "Does your online guest gallery use facial recognition, or is it just a password per event? Asking for our "
     "data protection notice."),
    ("special_categories", "sensitive", "web_form",
     "Data request: I worked casual bar shifts at Clough Hall in 2024. Please delete my fingerprint template from "
     "your clocking-in system and confirm in writing. Name: Tomasz Nowak."),
    ("special_categories", "benign", "in_app",
     "Can we add the photo booth with props for the evening? 7pm to 11pm."),
    ("special_categories", "sensitive", "complaint_letter",
     "Dear Manager, on 8 June your entrance camera's facial recognition flagged me as a barred person and I was "
     "stopped at the gate in front of my family. I have never been barred. Please explain how my face data came to "
     "be on your system and delete it. Yours, Mr O. Mensah"),
    ("special_categories", "benign", "chat",
     "is there face painting at the family fun day or do we book it separately?"),
    ("special_categories", "sensitive", "call_transcript",
     "Caller: Your phone line asked me to say a passphrase so it could 'recognise my voice next time'. || Agent: "
     "That's our new voice ID. || Caller: I didn't agree to that. Delete my voiceprint, please."),
    ("special_categories", "benign", "email",
     "Could the florist do iris and white tulips for the top table? The bride's favourite colours."),
    ("special_categories", "sensitive", "chat",
     "the photo booth face tagging thing matched my face to my sister's account and sent her all my pics from the "
     "night 😬 can you unlink my face?"),
    ("special_categories", "benign", "sms",
     "Are the palm trees staying in the Orangery for our date? Love them"),
    ("special_categories", "sensitive", "dm",
     "i did the palm vein scan for the cashless bar wristband at the festival night - can you delete my scan now it's "
     "over?"),
    ("special_categories", "benign", "in_app",
     "Add a facial to the bride's pamper package please, Saturday 9am."),
    ("special_categories", "sensitive", "agent_note",
     "Guest (R. Whitcombe) requests deletion of facial geometry data created when she used FaceFind to search the "
     "Pemberton wedding gallery. Passed to data protection lead."),
    ("special_categories", "benign", "review",
     "Our singer had the voice of an angel. Not a dry eye in the Orangery."),
]


def clough_examples() -> list[dict]:
    """The clough split as labelled tickets (same shape as ``sensitive_eval.build_eval_set``'s)."""
    return stranger_examples("clough", ENTRIES, SUBJECTS)
