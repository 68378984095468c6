"""Canyon split: written by a helper who had not seen the detection rules, the anchors or any other split.
Setting: restaurants and table booking, takeaway delivery, a pub chain, a hotel group, a cafe loyalty app and an
event caterer, via email, chat, SMS, calls, voicemail, DMs, web forms, review replies and staff messages; UK, US,
Irish, Indian, Nigerian, Australian, Caribbean, Singaporean and non-native English. The benign half reuses each
category's vocabulary through menu and brand names, venue names, idioms and slang, pets, fiction, hypotheticals,
negations, policy boilerplate, routine billing and businesses in the field buying as customers, without revealing
anything sensitive about anyone.
First reading (policy 2026.11.12, before any change made in response to it; `sensitive_eval.evaluate`, as `make eval-sensitive`): 93.6 / 4.3 recall / false exclusion in % as shipped, 94.3 / 10.0 without the overruling, 88.6 / 9.3 by the rules alone. Held out: never tuned or trained on, read as aggregates only."""

from __future__ import annotations

from training_gate.sensitive_blind import stranger_examples

SUBJECTS: tuple[str, ...] = (
    "Table booking for Saturday evening",
    "Change to my reservation",
    "Missing items from takeaway order",
    "Loyalty points not showing in app",
    "Refund request - order #48213",
    "Question about your function room",
    "Dietary requirements for our event",
    "Hotel stay - special requests",
    "Deposit for catering booking",
    "Feedback on my visit last night",
    "Rota and shift query",
    "Delivery arrived late and cold",
    "Reply to your review",
    "Invoice query - corporate account",
)

ENTRIES: list[tuple[str, str, str, str]] = [
    # ---- health
    ("health", "sensitive", "email",
     "Hi, booking confirmed for 4 at 7.30 on Saturday, thanks. One thing: my husband was diagnosed coeliac last "
     "spring so he really can't have anything from the shared fryer. Could the chef do his chips separately? "
     "Happy to pay extra if needed. Cheers, Fiona"),
    ("health", "sensitive", "chat",
     "hiya, can we swap to a ground floor room? || Agent: Let me check availability for you. || still on "
     "crutches after the knee replacement in Jan so stairs are a no go lol"),
    ("health", "sensitive", "sms",
     "Running 20 mins late, only just left the dialysis unit. Table for 2 at 8 still ok?"),
    ("health", "sensitive", "agent_note",
     "Guest in 214 asked for fridge space for her insulin pens (type 1). Housekeeping told, mini fridge emptied "
     "and set to 4C. No further action."),
    ("health", "sensitive", "voicemail",
     "Hi it's Maureen Doyle ringing about the christening lunch on the 14th, booking under Doyle. Just to say we "
     "might be two fewer, Mam's after being moved up to St Brendan's, ward 6, since the stroke, so Dad won't "
     "leave her. I'll ring back to confirm numbers. Thanks love."),
    ("health", "sensitive", "web_form",
     "Dietary requirements: Renal diet, low potassium and low phosphate (CKD stage 4). Please no bananas, "
     "potatoes, tomato-based sauces or dark colas. Occasion: retirement lunch. Party size: 6."),
    ("health", "sensitive", "dm",
     "hey, app keeps logging me out every time I open it?? also can you set my usual to decaf oat latte, I'm 30 "
     "weeks now and the midwife said cut the caffeine"),
    ("health", "sensitive", "review_reply",
     "Review: 2 stars, far too loud, we asked for a quiet spot in the notes. || Agent: Thank you Priya, and we're "
     "really sorry. Your booking note explained the noise triggers your PTSD and that should have been passed to "
     "the floor team. We've spoken to the host and would love to have you back at a quieter table, on us."),
    ("health", "sensitive", "thread",
     "Hi, confirming the lunch buffet for 80 on the 22nd. || Agent: Great, any dietary needs? || Yes, two "
     "vegans, and our MD has IBS and is on a strict low FODMAP diet from his consultant, so could his plate be "
     "labelled separately? No onion, garlic or wheat. || Agent: Noted, we'll prepare a named plate."),
    ("health", "sensitive", "email",
     "Dear Sir/Madam, Kindly arrange one wheelchair accessible room for my father, he is having Parkinson's and "
     "walking is difficult for him. Also request early breakfast at 6.45 am as he takes his Syndopa tablet at 7 "
     "sharp. Booking ref HG-55821. Thanks and regards, Rakesh Menon"),
    ("health", "sensitive", "chat",
     "Good afternoon. Please my sister was just discharged from the teaching hospital after typhoid, she can only "
     "take pap and light pepper soup without pepper. Abeg can you do the delivery without any pepper at all? "
     "Order 7719."),
    ("health", "sensitive", "agent_note",
     "Staff message from Kayden (bar, Leeds Road site): can't do the Friday close going forward. Says he's on "
     "sertraline and the 2am finishes are wrecking his sleep, GP said to cut back on lates. Forwarded to area "
     "manager to adjust rota."),
    ("health", "sensitive", "phone",
     "Caller: I'm booking for my partner's 40th, the 9th, table for 8. She's just finished her last round of "
     "chemo so nothing too spicy, and could we sit away from the door, she feels the cold a lot at the minute. "
     "|| Agent: Of course, I'll add that to the booking."),
    ("health", "sensitive", "sms",
     "cancel my 7pm pls, in A&E with my dad, he's had a seizure at home. sorry"),
    ("health", "sensitive", "web_form",
     "Accessibility needs: I am Deaf and use BSL. Please do not phone me, email or text only. I will need a room "
     "with a visual/vibrating fire alarm. Arrival 3 Nov, 2 nights."),
    ("health", "sensitive", "agent_note",
     "Cust called re catering order 3310, says she just come back from SGH after gallbladder op, cannot take oily "
     "food now. Changed her mee goreng to the soup version, no extra charge."),
    ("health", "sensitive", "email",
     "G'day, want to book the function room for Dazza's send-off on the 19th, about 25 of us. He's heading into "
     "rehab in Perth the week after to get off the grog for good, so maybe go easy on the free bar tab idea, "
     "make it mostly soft drinks and food. Cheers, Kylie"),
    ("health", "sensitive", "chat",
     "Just flagging for Saturday, my wife has a severe peanut allergy. She ended up in ICU last year after a "
     "satay sauce, so she carries two EpiPens. Can the kitchen guarantee no peanut oil at all?"),
    ("health", "sensitive", "review",
     "Staff very kind. My mother have dementia and in the night she go out of the room and was lost in the "
     "corridor, the night porter bring her back very gently. Thank you to him. Room was clean, breakfast okay."),
    ("health", "sensitive", "thread",
     "Morning, about di pickup order fi Thursday. || Agent: Hi! How can I help? || Mi granny have sugar bad, so "
     "please no sweet drinks inna di platter, just water and coconut water. || Agent: No problem, I've swapped "
     "the sodas."),
    ("health", "benign", "chat",
     "the app is dead again, can't open my loyalty card. honestly sick of this, third time this week"),
    ("health", "benign", "email",
     "Hello, we're Riverside Medical Practice and would like sandwich platters for our staff training afternoon "
     "on 12 March, 25 people, delivered to reception by 12.30. Please invoice the practice manager. Thanks, "
     "Joanne"),
    ("health", "benign", "review_reply",
     "Review: Best hangover cure in town. || Agent: Thanks Marcus! Our Full Recovery fry-up really is the best "
     "medicine on a Sunday morning. See you next weekend."),
    ("health", "benign", "sms",
     "Not allergic to anything, just really don't like coriander. Can you leave it off the pho?"),
    ("health", "benign", "web_form",
     "Dietary requirements: None. Preferences: we'd like the vegetarian tasting menu for 2. Occasion: "
     "anniversary."),
    ("health", "benign", "agent_note",
     "Guest asked for the gluten free menu for a work lunch, no allergy declared, just a preference. Sent the "
     "standard allergen statement and GF menu PDF."),
    ("health", "benign", "dm",
     "your Detox Green smoothie is actually sick 🔥 when's it back on the menu??"),
    ("health", "benign", "phone",
     "Caller asked whether the spa's Deep Tissue Recovery massage package can be bought as a gift voucher. Not "
     "for any injury, just a birthday present for her sister. Sold 1 x £85 voucher."),
    ("health", "benign", "email",
     "Hi team, Halden Pharma here. We'd like the private dining room on 3 October for our regional sales "
     "conference dinner, 18 covers, set menu B, wine pairing. PO number to follow. Regards, Events Coordinator"),
    ("health", "benign", "chat",
     "this bug is a nightmare, checkout crashes every single time I add a side. tried on wifi and 4G"),
    ("health", "benign", "review",
     "The vindaloo nearly killed me, in the best possible way. Sweating, crying, ordering again next Friday. 5 "
     "stars."),
    ("health", "benign", "thread",
     "Is the pool at the Harbour hotel heated? || Agent: Yes, the hydrotherapy pool is kept at 33C and the main "
     "pool at 28C. || Lovely, just wanted somewhere warm for a swim after the conference. Thanks!"),
    ("health", "benign", "voicemail",
     "Hiya, calling from the staff social committee at the General, want to book the Christmas do for about 40 "
     "of the nurses off Ward 9, Friday the 13th of December if you have it. Call me back on the mobile. Ta."),
    ("health", "benign", "sms",
     "Table for 2 at 7 tmrw. I'm fine with nuts btw, the allergy flag on my profile was added by mistake, can you "
     "remove it?"),
    ("health", "benign", "web_form",
     "Question: Is the Castle Street cafe step-free and is there an accessible toilet? We're compiling a venue "
     "guide for visitors to our office and want to list nearby coffee spots."),
    ("health", "benign", "agent_note",
     "Customer said the driver was 'absolutely mental', meant the order arrived in 9 minutes. Logged as positive "
     "feedback for rider 2231."),
    ("health", "benign", "chat",
     "Hello, kindly share the calorie and protein details of the paneer tikka wrap. I am tracking macros for gym. "
     "Thank you."),
    ("health", "benign", "email",
     "Hi, could we book 6 places on the Blood Moon cocktail masterclass on the 28th? Happy to pay the deposit "
     "now. Thanks, Leon"),
    ("health", "benign", "review_reply",
     "Review: Heart attack on a plate, 10/10. || Agent: Ha, thanks Gemma! The Cardiac Arrest burger lives up to "
     "its name. Full nutrition info is on our site if anyone's curious."),
    ("health", "benign", "phone",
     "Caller: Good afternoon, I want to order for our pharmacy staff end of year party, 30 packs of jollof and "
     "chicken, we are the chemist on Allen Avenue. || Agent: Noted, delivery for 2pm Friday."),
    # ---- children
    ("children", "sensitive", "web_form",
     "Party: 2 adults, 1 child (age 7). Please could we have a booster seat rather than a high chair. Time: "
     "12.30 Sunday."),
    ("children", "sensitive", "email",
     "Hi, I'd like to book the party room for my son Oliver who turns 10 on 3 June. There'll be 12 kids from his "
     "class plus 4 parents. Do you do the pizza-making package? Thanks, Hannah"),
    ("children", "sensitive", "chat",
     "are under 5s free on the kids menu? || Agent: Yes, under 5s eat free with a paying adult. || great, my "
     "daughter's 4 until August so we're good"),
    ("children", "sensitive", "sms",
     "Need to move Saturday to Sunday, Ellie's got her Year 6 leavers' disco on the Sat. Same time pls"),
    ("children", "sensitive", "agent_note",
     "Guest in room 308's son (15) tried to order a pint at the lobby bar with his dad's room key. Refused, "
     "parent informed at checkout, no issue raised."),
    ("children", "sensitive", "voicemail",
     "Hiya, it's Siobhan Kearney, about the lunch on the 18th of May for our Aoife's communion, she's in second "
     "class this year. We're 22 now, not 20, and can the kids' portions come out first? Grand, thanks, bye."),
    ("children", "sensitive", "dm",
     "hi my lad's in year 9 and wants a saturday job at the cafe. is 13 too young to do weekend mornings?"),
    ("children", "sensitive", "thread",
     "My family card got suspended?? || Agent: It looks like one linked profile has a date of birth of "
     "14/02/2016, and linked cards must be 16+. || Oh that's Zara's, I added her so she could get the free "
     "babyccinos. Can you just unlink her?"),
    ("children", "sensitive", "phone",
     "Caller: I am booking a family room, 2 adults and our twins, they are 3 years old, so we need two cots "
     "please, not one. Arrival 20th. || Agent: Two cots added to booking HG-77410."),
    ("children", "sensitive", "review_reply",
     "Review: Fab Sunday lunch, staff made a real fuss. || Agent: Thanks Jess! So glad little Maisie loved her "
     "6th birthday sundae and the candle. Happy birthday to her from all of us."),
    ("children", "sensitive", "email",
     "Good day, we are doing the naming ceremony for our baby girl who was born on the 2nd of this month. We need "
     "small chops, asun and jollof for 120 guests on Saturday 16th. Please send your quote. Regards, Mrs Adaeze "
     "Okafor"),
    ("children", "sensitive", "sms",
     "can u add one more to the brunch booking, Leo's coming, he's P3 so a kids portion is fine"),
    ("children", "sensitive", "web_form",
     "Guest names: Tom Hart, Anna Hart, Ben Hart (DOB 09/11/2012). Special requests: connecting rooms if "
     "possible."),
    ("children", "sensitive", "chat",
     "hi my boy PSLE just finish, want to book the buffet to celebrate. 2 adult 1 child, got child price or "
     "not? friday dinner"),
    ("children", "sensitive", "agent_note",
     "Rider report on order #55120: door answered by a child who looked about 10, alone in the flat, paid with "
     "£40 cash. Rider left the food. Flagged to ops manager per safeguarding procedure."),
    ("children", "sensitive", "agent_note",
     "Staff msg from Harbour St kitchen: new starter Jade on weekend pot wash is 16, she can't be rostered past "
     "10pm. Sunday close needs covering by someone else."),
    ("children", "sensitive", "email",
     "Hi, table for 6 on Sunday please. That includes our youngest who's just started kindy, so the early "
     "sitting would suit us best, around 5. Ta, Bec"),
    ("children", "sensitive", "thread",
     "Does the kids club take 2 year olds? || Agent: The kids club is from age 3. || Ah Mia turns 3 in July and "
     "we're there in August so that works!"),
    ("children", "sensitive", "review",
     "Brought my 8 month old for brunch and there's no baby change in the gents, had to use the floor of the "
     "disabled loo. Food was great though."),
    ("children", "sensitive", "voicemail",
     "Good evening, calling about di cake order, is fi mi daughter sweet sixteen next Saturday. Want to change "
     "di writing to say Happy 16th Kezia. Call me back, tanks."),
    ("children", "benign", "email",
     "Do you still do the Little Chefs menu? Our office party has a school dinners theme and we'd love fish "
     "fingers and jam roly-poly for 30 grown adults."),
    ("children", "benign", "email",
     "Hello, St Mary's Primary School would like lunch delivered for our staff INSET day on 2 September, 30 "
     "teachers and TAs, mixed sandwiches and fruit. Invoice to the school business manager please."),
    ("children", "benign", "chat",
     "ordered the Kiddie Cone and got a regular sundae. not complaining but I was charged for the sundae"),
    ("children", "benign", "sms",
     "Bringing my baby to the beer garden Sat, she's a 4 year old golden retriever. Dogs ok outside?"),
    ("children", "benign", "review",
     "The new app update is so childish, giant cartoon buttons everywhere. Can I switch back to the old look?"),
    ("children", "benign", "review_reply",
     "Review: Why was I asked to leave at 9? || Agent: Sorry for the confusion. Our policy across all our pubs "
     "is that under-18s must be accompanied by an adult after 9pm. Staff apply it to every table."),
    ("children", "benign", "email",
     "We're looking at you as a wedding venue. Hypothetically, if guests bring kids, do you have high chairs and "
     "a kids menu? We don't know who's coming yet, just planning."),
    ("children", "benign", "agent_note",
     "Receipt showed promo KIDSEATFREE but customer dined alone and didn't enter it. System glitch, discount "
     "reversed, no charge difference."),
    ("children", "benign", "web_form",
     "Booking the back room for our book club on the 12th, we're discussing Matilda and a few of us want to "
     "dress up as Miss Trunchbull. 14 people."),
    ("children", "benign", "review",
     "Baby back ribs were dry as anything and the slaw was warm. Usually better than this."),
    ("children", "benign", "email",
     "Hi, Greenleaf Garden Nursery here (the plant kind!). Could we get 20 coffees and pastries for a staff "
     "morning on Friday? We're on Mill Road."),
    ("children", "benign", "chat",
     "my kid brother is 34 and still can't work out how to split a bill on your app 😂 is there a guide?"),
    ("children", "benign", "phone",
     "Caller: Is the junior suite free on 12 October? Two adults, one night. || Agent: Yes, rate is £189 with "
     "breakfast."),
    ("children", "benign", "dm",
     "We're a bunch of 70 year olds who act like teenagers, can you book us the karaoke room for Thursday 😂"),
    ("children", "benign", "email",
     "Booking for the Class of 2004 reunion at the Crown, 40 guests, 14 Sept. Buffet and a tab behind the "
     "bar please."),
    ("children", "benign", "sms",
     "Can I get a half portion of the lasagne? Not a big eater."),
    ("children", "benign", "email",
     "Hello, Little Sprouts Nursery (the childcare setting on Oak Lane) would like 20 coffees and cakes "
     "delivered for our staff training evening on the 7th. Please invoice the nursery."),
    ("children", "benign", "review",
     "The Teen Spirit cocktail is dangerously easy to drink. Bartender Sam is a legend."),
    ("children", "benign", "chat",
     "I'm 19, is a passport fine as ID for the bar or do you need a driving licence?"),
    ("children", "benign", "thread",
     "Do you have baby spinach in the salad? || Agent: Yes, baby spinach, rocket and pea shoots. || Perfect, "
     "I'll take the large one with halloumi."),
    # ---- financial_hardship
    ("financial_hardship", "sensitive", "email",
     "Hi, I need to cancel the birthday party booking for the 30th and ask if there's any chance of the deposit "
     "back. I was made redundant on Friday and honestly can't afford it now. Sorry to mess you about. Gary"),
    ("financial_hardship", "sensitive", "chat",
     "can i split the catering payment over 3 paydays? im on universal credit and £86 in one go just isn't "
     "doable this month"),
    ("financial_hardship", "sensitive", "sms",
     "sorry cant settle the tab this week mate, bailiffs took the van tuesday"),
    ("financial_hardship", "sensitive", "agent_note",
     "Customer on payment plan for outstanding catering invoice INV-2290. Says his company went into "
     "administration and he has been declared personally bankrupt. Passed to credit control, paused reminders."),
    ("financial_hardship", "sensitive", "voicemail",
     "Hello, it's Declan, I've the booking for the 21st. I'm on the dole since the plant shut in March and I'm "
     "wondering is there any way at all the deposit could be spread out. Ring me back. Thanks."),
    ("financial_hardship", "sensitive", "agent_note",
     "Staff msg from Paula (housekeeping): asking for an advance on wages. Has an eviction notice, landlord wants "
     "her out by the 30th. Forwarded to HR."),
    ("financial_hardship", "sensitive", "web_form",
     "Reason for cancellation: Lost my job last week and can't afford the hotel now. Please refund if at all "
     "possible. Booking HG-31277."),
    ("financial_hardship", "sensitive", "dm",
     "Good evening ma. Please my salary has not been paid for 4 months now, I cannot pay the balance for the "
     "owambe catering on time. Abeg help me extend it by 3 weeks, I will pay."),
    ("financial_hardship", "sensitive", "thread",
     "I've had a letter from Crestline Recoveries about £240 for a room bill from 2022. || Agent: I can see the "
     "account was passed to our collection agency in May. || I didn't know, I've been out of work and the "
     "letters went to my old flat. Can I deal with you directly?"),
    ("financial_hardship", "sensitive", "phone",
     "Caller said she's on JobSeeker through Centrelink and asked whether the concession discount applies to "
     "the Tuesday parma night. Agent explained concession is for pensioners only; applied a goodwill voucher."),
    ("financial_hardship", "sensitive", "email",
     "Respected Sir, my business has gone into heavy loss and creditors are calling daily, so kindly waive the "
     "cancellation fee for the banquet booking dated 14th. I am not in a position to pay. Regards, S. Iyer"),
    ("financial_hardship", "sensitive", "chat",
     "pls dont send it to collections, ive been using the food bank since march. i can do £5 a week off the "
     "no-show fee"),
    ("financial_hardship", "sensitive", "agent_note",
     "Loyalty member asked to cash out her points. Explained not possible. She said she's behind on rent and "
     "it's the only money she has left this month. Gave 2 free drinks vouchers, flagged to manager."),
    ("financial_hardship", "sensitive", "review_reply",
     "Review: Charged £20 for not turning up. || Agent: Hi Dan, thanks for getting in touch. We've reversed the "
     "no-show fee, as you told us you'd been laid off that same morning. Hope things pick up soon."),
    ("financial_hardship", "sensitive", "sms",
     "Mi cyaan pay di whole deposit right now, dem cut mi hours to nothing and mi behind pon di light bill. "
     "Half now half next month?"),
    ("financial_hardship", "sensitive", "email",
     "Hi, I'm in an IVA so I can't take out any credit. Is it possible to pay the wedding catering balance in "
     "cash instalments instead of the finance option? Thanks, Nicola"),
    ("financial_hardship", "sensitive", "voicemail",
     "Hello dear, it's Mrs Pryce, I've the lunch booked Thursday. I'm only on pension credit so could I pay on "
     "the day instead of the deposit, I don't get paid till the Thursday morning. Thank you."),
    ("financial_hardship", "sensitive", "chat",
     "wah i kena retrenched last month, can the hotel refund my staycation booking? really cannot afford now"),
    ("financial_hardship", "sensitive", "thread",
     "Agent: Your card has been declined three times for the balance. || Yeah sorry, account's overdrawn and the "
     "bank's frozen it. I'm with a debt charity sorting a plan, can you give me 2 weeks?"),
    ("financial_hardship", "sensitive", "agent_note",
     "Caller asked to pay for her family meal with vouchers from the council's household support fund. Not an "
     "accepted payment method; referred to duty manager who comped the desserts."),
    ("financial_hardship", "benign", "chat",
     "my card got declined at the bar then went through second time, have I been charged twice?"),
    ("financial_hardship", "benign", "review",
     "I'm broke after that dessert menu lol. Worth every penny, 10/10."),
    ("financial_hardship", "benign", "email",
     "Hi, could you send a VAT invoice for the works lunch on Tuesday, booking under Marsh Engineering? Thanks."),
    ("financial_hardship", "benign", "email",
     "Hello, Eastside Credit Union would like to book the function room for our staff Christmas party, 35 "
     "people, Friday 6 December."),
    ("financial_hardship", "benign", "web_form",
     "Company: Northgate Collections Ltd. Request: meeting room for 10 with lunch and AV, 4 April, 9-3."),
    ("financial_hardship", "benign", "chat",
     "the Skint Tuesday deal didn't apply at checkout, it charged full price for 2 burgers"),
    ("financial_hardship", "benign", "sms",
     "Missing chips from order 4471, £3.50 refund pls"),
    ("financial_hardship", "benign", "email",
     "Is the deposit refundable if we move the date rather than cancel? Just checking before we pay."),
    ("financial_hardship", "benign", "chat",
     "I was charged the cancellation fee but I cancelled 3 days before. Can you check?"),
    ("financial_hardship", "benign", "dm",
     "hi! our team is called the Broke Students at your Wednesday quiz, did we win the bar tab last week?"),
    ("financial_hardship", "benign", "agent_note",
     "Payment failed on app order (expired card). Customer updated card details, order resubmitted and paid."),
    ("financial_hardship", "benign", "email",
     "I've been charged £14 for the minibar but didn't touch it. Room 512, checked out Sunday. Please refund."),
    ("financial_hardship", "benign", "phone",
     "Caller from Wren & Partners, insolvency practitioners, booking lunch for 12 clients next Wednesday. Set "
     "menu, invoice to the firm."),
    ("financial_hardship", "benign", "review",
     "If I lost my job tomorrow I'd still find the money for this lasagne. Unreal."),
    ("financial_hardship", "benign", "chat",
     "can I pay the catering balance on the 28th instead of the 20th? that's just when our accounts run"),
    ("financial_hardship", "benign", "review_reply",
     "Review: Are payment plans possible for weddings? || Agent: Hi Sarah, yes. For event bookings over £1,000 "
     "we offer a standard 3-part payment schedule to anyone who asks. Drop us an email for details."),
    ("financial_hardship", "benign", "review",
     "£7.20 a pint is daylight robbery, I'll need a second mortgage for a round. Nice pub though."),
    ("financial_hardship", "benign", "chat",
     "split bill isn't working, 4 of us want to pay separately for table 12"),
    ("financial_hardship", "benign", "email",
     "Dear team, kindly process the refund to the original payment mode. Order cancelled due to late delivery. "
     "Order ID TK-88120."),
    ("financial_hardship", "benign", "sms",
     "Transfer done, pls confirm. Na 45k for the small chops and drinks"),
    # ---- legal
    ("legal", "sensitive", "email",
     "Hello, my solicitor has advised me to request the CCTV from the bar area on the night of 4 May for my "
     "case. Please preserve the footage and let me know how to apply. Regards, Martin Sloane"),
    ("legal", "sensitive", "email",
     "I am bringing a personal injury claim over my fall on your wet floor at the Quayside branch. A letter from "
     "Hartley & Moss will follow. Please do not contact me directly."),
    ("legal", "sensitive", "agent_note",
     "Police attended the Rose & Crown Sat approx 23:40. Guest Mr K. Bellamy arrested after the fight in the "
     "beer garden. Officers took CCTV copy. Incident book updated."),
    ("legal", "sensitive", "agent_note",
     "Staff msg from Tyler: can't do Tuesday, got court. Magistrates' for the driving thing, should be done by "
     "lunch. Will swap with Amy."),
    ("legal", "sensitive", "web_form",
     "Special requests: Please do not give out my room number or confirm I'm staying. I have a non-molestation "
     "order against my ex-partner and he knows I'm in town."),
    ("legal", "sensitive", "voicemail",
     "Hi, I reported my phone stolen from your bar on Friday, the crime reference is 44/19921/24. The officer "
     "says they need the CCTV from you, so could the manager call me back please. Thanks."),
    ("legal", "sensitive", "chat",
     "hi, applying for bar staff. I've a conviction from 2016 that's spent now. do I need to put it on the "
     "form?"),
    ("legal", "sensitive", "email",
     "Dear Sir, my brother is in police custody since yesterday evening, so kindly cancel our family dinner "
     "reservation for tonight. Sorry for short notice. Vikram"),
    ("legal", "sensitive", "thread",
     "Still no refund of the £600 deposit. || Agent: We're reviewing it. || I've now filed in the small claims "
     "court, you'll get the papers this week."),
    ("legal", "sensitive", "chat",
     "can we do the 6pm sitting instead of 8? my husband's on bail with a 9pm curfew so he needs to be home"),
    ("legal", "sensitive", "email",
     "Good morning. I have reported the matter to the police at Ikeja division. Your dispatch rider collected "
     "the cash and ran without delivering. I need your company's statement for the report."),
    ("legal", "sensitive", "dm",
     "hey can I swap my Thursday shift? got my VCAT hearing against my old landlord that arvo"),
    ("legal", "sensitive", "agent_note",
     "Guest in 1102 said his wife's lawyer may try to serve divorce papers at the hotel. Asked reception not to "
     "confirm he's staying. Noted on profile."),
    ("legal", "sensitive", "review_reply",
     "Review: 1 star, still waiting on my compensation. || Agent: Hi Rob. As the matter is now with your lawyer "
     "and our insurers, we're unable to comment further here."),
    ("legal", "sensitive", "sms",
     "wont make the shift boss, got lifted by the polis last night. out on bail now, in tomorrow"),
    ("legal", "sensitive", "web_form",
     "Booked by: CPS Witness Care. Special requests: Guest is a witness in a Crown Court trial next week; please "
     "keep her name off any public board and route calls through the duty manager."),
    ("legal", "sensitive", "voicemail",
     "Morning, it's Mrs Grant, booking for Sunday. Mi have to cancel, di police holding mi son fi questioning "
     "since last night. Sorry. Mi will call again."),
    ("legal", "sensitive", "email",
     "Hi, I'm taking the pub company to an employment tribunal for unfair dismissal. Please send copies of my "
     "last 12 payslips and my contract. Thanks, Jordan Ellis"),
    ("legal", "sensitive", "chat",
     "my friend kena charged in court for the fight at your bar last month. need the receipt from that night as "
     "evidence, can send?"),
    ("legal", "sensitive", "phone",
     "Caller said she's in a custody dispute and her ex's solicitor has asked for booking records showing she "
     "was at the restaurant on the 9th. Advised her to send a written subject access request."),
    ("legal", "benign", "email",
     "Hello, Bright & Vale Solicitors would like to book the Christmas lunch for 22 on Friday 13 December. Set "
     "menu and a bar tab of £300."),
    ("legal", "benign", "review",
     "The Guilty Pleasure brownie should be illegal. Criminally good."),
    ("legal", "benign", "phone",
     "Caller ordering for the night shift at the police station on King St, 12 bacon rolls and 12 teas for 6am "
     "collection. Paid by card."),
    ("legal", "benign", "review_reply",
     "Review: Why was I charged for cancelling? || Agent: Hi Keith. As set out in section 7 of our booking terms "
     "and conditions, cancellations within 24 hours incur a £10 per head charge. Happy to talk it through."),
    ("legal", "benign", "sms",
     "table for 2 at the Magistrate's Arms, 8pm Fri pls"),
    ("legal", "benign", "email",
     "We'd love to hire the Old Courthouse venue for our wedding reception next June. Is the cells bar part of "
     "the hire?"),
    ("legal", "benign", "chat",
     "£18 for a burger? that's a crime lol. anyway, can I add halloumi"),
    ("legal", "benign", "web_form",
     "Booking the snug for our crime fiction book club, 10 people, last Tuesday of the month. This time it's a "
     "courtroom thriller so expect arguments."),
    ("legal", "benign", "email",
     "Hi, 8 tickets for the murder mystery dinner on the 25th please. Do we need to dress up?"),
    ("legal", "benign", "email",
     "Hello, under GDPR I'd like to know what personal data your loyalty app holds about me. Account email "
     "j.okoro@mailbox.test."),
    ("legal", "benign", "chat",
     "just wondering, legally can you charge if someone doesn't show up? thinking about booking for a big group"),
    ("legal", "benign", "email",
     "Does Natasha's Law apply to your pre-packed sandwiches at the train station kiosk? We're a café chain "
     "doing a competitor review."),
    ("legal", "benign", "review_reply",
     "Review: Will you sell my data? || Agent: No. We never share guest details with third parties unless "
     "required by law, and you can opt out of marketing at any time."),
    ("legal", "benign", "dm",
     "can I get the Jailhouse Rock burger with no onion on the delivery tonight"),
    ("legal", "benign", "review",
     "Tried the Outlaw's Revenge chilli challenge at the Smugglers Cove. Lost. Honourable defeat."),
    ("legal", "benign", "email",
     "I'm a barrister and need a quiet room with a proper desk and good wifi for 3 nights next week, I'll be "
     "working on papers most evenings."),
    ("legal", "benign", "chat",
     "does the pub have a late licence on new year's eve? til 2?"),
    ("legal", "benign", "phone",
     "Caller from the Hollybank Neighbourhood Watch group booking the back room for their quarterly meeting, 15 "
     "people, tea and biscuits."),
    ("legal", "benign", "agent_note",
     "Customer asked if we're 'legally allowed' to serve rare burgers. Explained our supplier approval and "
     "the menu advisory wording."),
    ("legal", "benign", "thread",
     "Your driver parked on the double yellows outside my shop again. || Agent: Sorry about that, we've reminded "
     "our riders. || Thanks, it blocks my deliveries."),
    # ---- special_categories
    ("special_categories", "sensitive", "email",
     "Salaam, we'd like to book for 10 on Friday for iftar. We're fasting so please have dates and water on the "
     "table at sunset, 8.14pm, and everything halal. JazakAllah, Imran"),
    ("special_categories", "sensitive", "chat",
     "can you do strictly kosher for Friday night? we keep kosher at home and it's our Shabbat dinner for 8. "
     "sealed meals are fine"),
    ("special_categories", "sensitive", "web_form",
     "Dietary requirements: No meat, no egg, no onion or garlic in any dish. My mother-in-law is keeping the "
     "Navratri fast so she will take only sabudana khichdi or fruit."),
    ("special_categories", "sensitive", "email",
     "Your doorman refused my husband entry on Saturday saying 'no headwear'. He is Sikh and wears a turban and "
     "kara. I expect an apology and for your staff to be trained."),
    ("special_categories", "sensitive", "phone",
     "Caller: We are Jain, so kindly ensure no root vegetables at all, no potato, onion, garlic or carrot, for "
     "all 40 plates. || Agent: Noted, Jain menu for the full party."),
    ("special_categories", "sensitive", "sms",
     "Table for 6 after Good Friday service, about 4pm. We're Catholic so fish only please, no meat"),
    ("special_categories", "sensitive", "review",
     "We were the only Black family in the restaurant and were seated by the toilets while empty window tables "
     "went to people who came after us. Not the first time here."),
    ("special_categories", "sensitive", "email",
     "I'm Romani and the hotel cancelled our family booking an hour after I gave our surname on the phone. "
     "Please explain why."),
    ("special_categories", "sensitive", "email",
     "Hi, I'm standing as the independent candidate for Westfield ward in May. Could I book the upstairs room "
     "Thursdays for canvassers' debriefs? About 12 volunteers."),
    ("special_categories", "sensitive", "agent_note",
     "Staff msg from Niamh: can she swap Saturday lunch, she's marching with the Palestine solidarity demo in "
     "town. Swapped with Deepa."),
    ("special_categories", "sensitive", "email",
     "I'm the Unite rep for the kitchen staff at the Harbour St site. We want a meeting with area management "
     "about the new split-shift rota. Please propose dates."),
    ("special_categories", "sensitive", "agent_note",
     "Grievance hearing for Chloe B. (front of house) set for 12th. She will be accompanied by her GMB union rep. "
     "Book the meeting room at the Leeds Road site."),
    ("special_categories", "sensitive", "review",
     "Anniversary dinner with my husband Tom (yes, two blokes) and the waiter kept saying 'and for your wife?' "
     "after we corrected him twice. Food good, service embarrassing."),
    ("special_categories", "sensitive", "dm",
     "first date with a girl I met on an app, could you give us a quieter table? not out to my family yet and "
     "they live nearby 🙈"),
    ("special_categories", "sensitive", "chat",
     "I'm trans and my loyalty card still shows my deadname on the receipts. Can you update it to Alex please?"),
    ("special_categories", "sensitive", "agent_note",
     "Guest is non-binary: please use they/them and title Mx on the folio and all correspondence. Updated "
     "profile."),
    ("special_categories", "sensitive", "dm",
     "my DNA kit results came back and I'm 41% Nigerian!! booking your West African tasting menu to celebrate "
     "my roots, table for 2 Sat"),
    ("special_categories", "sensitive", "email",
     "Hello, my genetic test showed I have the MTHFR variant, so could the caterer avoid folic acid fortified "
     "bread and cereal on my plate at the conference? Thanks, Dana"),
    ("special_categories", "sensitive", "agent_note",
     "Employee fingerprint template for Sam O. re-enrolled on the clock-in terminal at Castle St, template ID "
     "FP-2291-A. Old template deleted."),
    ("special_categories", "sensitive", "email",
     "The check-in kiosk at your Marina hotel scanned my face and I've since learned it keeps the facial "
     "geometry for repeat stays. I want my face scan deleted."),
    ("special_categories", "benign", "chat",
     "do you do halal options? planning a work lunch menu and want choices for everyone"),
    ("special_categories", "benign", "email",
     "Hello, St Peter's Church hall committee would like 3 tea urns and 60 scones for the jumble sale on "
     "Saturday. Delivery to the hall side door."),
    ("special_categories", "benign", "web_form",
     "Booking the Christmas menu for our office, 24 people, 19 December. Could we have crackers on the tables?"),
    ("special_categories", "benign", "review",
     "Holy Smokes BBQ brisket is the best thing I've eaten this year. Godly."),
    ("special_categories", "benign", "email",
     "Office politics are brutal at the moment, so for the Christmas party please put finance and sales on "
     "separate tables 😅 Seating plan attached."),
    ("special_categories", "benign", "chat",
     "are you showing the election results on the big screen thursday night?"),
    ("special_categories", "benign", "sms",
     "Will the Six Nations rugby union match be on the TVs Saturday? Booking 6"),
    ("special_categories", "benign", "email",
     "Order for the regional union office: 15 sandwich platters for the AGM on the 9th, delivery by 11.30. "
     "Invoice to the office account."),
    ("special_categories", "benign", "dm",
     "is the bar doing a Pride brunch this year? looking at dates for a group"),
    ("special_categories", "benign", "review",
     "The rainbow bagel is gorgeous but honestly tastes like a plain bagel. Pretty though."),
    ("special_categories", "benign", "review_reply",
     "Review: Why do you ask for gender at signup? || Agent: Good question, Lou. The gender field is optional "
     "and we're removing it in the next app release as part of data minimisation."),
    ("special_categories", "benign", "review",
     "Ordered the DNA (Dark 'n' Nutty Affogato). In my DNA now. Ridiculously good."),
    ("special_categories", "benign", "chat",
     "does the app support Face ID login yet? typing my password every time is a pain"),
    ("special_categories", "benign", "review",
     "The self-order touchscreen was covered in fingerprints, a quick wipe wouldn't hurt."),
    ("special_categories", "benign", "review",
     "The Ethiopian platter was incredible, more injera please next time! Staff explained every dish."),
    ("special_categories", "benign", "email",
     "We're running a Heritage Menu night where staff bring family recipes, could your events team help with "
     "printed menus? Corporate account 2210."),
    ("special_categories", "benign", "phone",
     "Caller booking 8 tickets for the drag brunch on the 14th. Asked if bottomless prosecco is included. It "
     "is."),
    ("special_categories", "benign", "review",
     "Took a leap of faith on the vegan menu and wasn't disappointed. The jackfruit tacos converted me."),
    ("special_categories", "benign", "email",
     "If we ever do a Diwali party you'll be our first call, but this one's just a 30th birthday. 20 people, "
     "finger food."),
    ("special_categories", "benign", "sms",
     "Vote for us in the Best Burger awards! Link on our insta, polls close Friday 🍔"),
    # ---- bereavement
    ("bereavement", "sensitive", "email",
     "Hello, I need to cancel the anniversary dinner on the 12th. My husband passed away on Sunday. Please "
     "refund the deposit to the same card. Thank you, Margaret"),
    ("bereavement", "sensitive", "email",
     "Hi, I'd like to arrange a funeral tea for my mum's wake, about 50 people, straight after the service at "
     "Holy Trinity on the 23rd. Sandwiches, sausage rolls, tea and coffee."),
    ("bereavement", "sensitive", "web_form",
     "Request: Close loyalty account. Account holder: Mr Dennis Ward (my late father). I am the executor; the "
     "death certificate is attached. Please transfer any balance to me."),
    ("bereavement", "sensitive", "voicemail",
     "Hiya, it's Noreen, sorry to be ringing late. Daddy went on Tuesday, the removal's Thursday evening, and "
     "we'd want the function room after the funeral Mass Friday for about 90. Ring me back. Thanks."),
    ("bereavement", "sensitive", "agent_note",
     "Guest in 407 checked out 2 days early, her brother died overnight. Refunded remaining 2 nights in full, "
     "GM approved."),
    ("bereavement", "sensitive", "agent_note",
     "Staff msg from Liam (kitchen): needs bereavement leave, his nan passed this morning. Cover arranged for "
     "Thu-Sun."),
    ("bereavement", "sensitive", "email",
     "Good day sir, we lost our Papa last month and the burial is on the 14th in Enugu. We need 300 plates of "
     "jollof and fried rice with chicken and a small chops table. Please send your quotation."),
    ("bereavement", "sensitive", "email",
     "Respected team, my father expired on the 3rd. We require catering for the terahvin on the 15th, pure veg "
     "meal for 150, no onion and garlic. Kindly share the menu and rates."),
    ("bereavement", "sensitive", "phone",
     "Caller: Is for mi auntie nine night, Saturday, about 80 people. We need curry goat, rice and peas, "
     "mannish water. || Agent: I'm sorry for your loss. I'll send the quote today."),
    ("bereavement", "sensitive", "chat",
     "hi my grandma just pass away, the wake is at the void deck block 412. can deliver 200 packets of bee hoon "
     "and curry chicken tomorrow morning?"),
    ("bereavement", "sensitive", "email",
     "G'day, booking the back bar for my mate Shane's wake on Friday arvo. Lost him to cancer last week, he "
     "loved this pub. Reckon 60 people. Cheers, Mick"),
    ("bereavement", "sensitive", "review_reply",
     "Review: Perfect venue for Mum's celebration of life. || Agent: Thank you Claire. We're so sorry for the "
     "loss of your mum and we were honoured to host the afternoon for your family."),
    ("bereavement", "sensitive", "email",
     "Please stop sending birthday offers addressed to my son Jacob. He died in 2021 and I still get them every "
     "March. Remove his details."),
    ("bereavement", "sensitive", "chat",
     "can we drop the booking from 5 to 4? grandad's not with us anymore since march, it's our first family "
     "meal without him"),
    ("bereavement", "sensitive", "sms",
     "cant make the hen do sat, my cousin was killed in a crash thursday. sorry x"),
    ("bereavement", "sensitive", "thread",
     "Room for 3 nights from Tuesday please. I'm in town for Mum's cremation on Wednesday. || Agent: I'm so sorry "
     "for your loss. I've booked a quiet room on the 4th floor for you. || Thank you, that's kind."),
    ("bereavement", "sensitive", "web_form",
     "Special occasion: Memorial lunch, first anniversary of my wife's death. Quiet table for 6, window if "
     "possible."),
    ("bereavement", "sensitive", "agent_note",
     "Farid (Castle St supervisor) off this week. His father died in Lahore and he's flown out for the burial. "
     "Supervisor cover from Marta."),
    ("bereavement", "sensitive", "dm",
     "widowed last year and tonight was my first time eating out alone. your staff were so lovely to me, thank "
     "you"),
    ("bereavement", "sensitive", "phone",
     "Caller asked whether a £50 gift voucher can be moved into her name. It was bought by her late sister, who "
     "died in the summer. Agent reissued it."),
    ("bereavement", "benign", "email",
     "Hello, Harcourt & Sons Funeral Directors would like to book a staff dinner for 14 on 20 November. Set menu "
     "is fine."),
    ("bereavement", "benign", "chat",
     "app's dead again. can't log in, can't order. fix it pls"),
    ("bereavement", "benign", "review",
     "I died laughing at the comedy night. The host is brilliant. Food was decent too."),
    ("bereavement", "benign", "web_form",
     "Cake order: Death by Chocolate, 10 inch, for a 50th birthday. Message: Happy Birthday Gav. Collection 2pm "
     "Sat."),
    ("bereavement", "benign", "sms",
     "my phone died so couldn't show the QR at the door, can you check my booking under Pereira?"),
    ("bereavement", "benign", "email",
     "Please cancel the dog-friendly room upgrade. We lost our old labrador Bonnie last week so it'll just be "
     "the two of us."),
    ("bereavement", "benign", "dm",
     "are you doing a Day of the Dead night again this year? the mezcal flight was amazing"),
    ("bereavement", "benign", "review",
     "The Killer burger lives up to the name. Order it with extra jalapeños."),
    ("bereavement", "benign", "review",
     "Kitchen was dead quiet on Tuesday but the food was still slow. 3 stars."),
    ("bereavement", "benign", "email",
     "Odd question: what's a hotel's procedure if a guest dies in a room? I'm writing a crime novel set in a "
     "seaside hotel and want it realistic."),
    ("bereavement", "benign", "chat",
     "can I get a wake up call at 6.30 and room service breakfast at 7? room 219"),
    ("bereavement", "benign", "review",
     "Attempted the Widow Maker chilli challenge. My mouth has not recovered. Photo on the wall though!"),
    ("bereavement", "benign", "email",
     "Hi, the Memorial Hall committee in Ashby would like a buffet for our open day, 60 people, delivery to the "
     "hall."),
    ("bereavement", "benign", "review_reply",
     "Review: What if we need to cancel? || Agent: Hi Tom. In the event of a bereavement or other emergency, "
     "bookings can be cancelled free of charge with notice. Otherwise 48 hours' notice applies."),
    ("bereavement", "benign", "review",
     "Grave mistake putting pineapple on the Hawaiian special, but I'll allow it."),
    ("bereavement", "benign", "chat",
     "the battery's dead on the card machine at table 6, can someone bring another?"),
    ("bereavement", "benign", "email",
     "Ordered from your ghost kitchen brand on the app and the order just vanished. Order ID GK-1104."),
    ("bereavement", "benign", "review",
     "Dead on time delivery, piping hot. Cheers to rider Ash."),
    ("bereavement", "benign", "thread",
     "I left my umbrella under table 14 last night. || Agent: Sorry for the loss of your umbrella! We found a "
     "green one, is that it? || Yes! I'll grab it tomorrow."),
    ("bereavement", "benign", "web_form",
     "Gift order: 2 x Afterlife IPA gift packs, delivered to 14 Calder Road. Gift message: Happy retirement."),
    # ---- violence_self_harm
    ("violence_self_harm", "sensitive", "agent_note",
     "Staff msg from Ellie (floor): customer at table 9 grabbed her and made sexual comments on Friday, the "
     "shift manager laughed it off. She wants it on record and doesn't want to serve that group again."),
    ("violence_self_harm", "sensitive", "email",
     "My ex keeps turning up at the café where I work. Last night he said he'd 'make me pay' if I didn't talk "
     "to him. Can the other sites' managers be told not to give out my rota?"),
    ("violence_self_harm", "sensitive", "agent_note",
     "Guest disclosed her partner hit her in the room last night. Moved to a different floor, key cards "
     "reissued, she asked we don't confirm her stay to anyone. Police offered, she declined for now."),
    ("violence_self_harm", "sensitive", "review",
     "When I asked for my change the delivery driver threatened to come back and 'sort me out'. I've got his "
     "number plate. Not ordering again."),
    ("violence_self_harm", "sensitive", "chat",
     "honestly I don't see the point in anything anymore. this was meant to be my last meal out. sorry, ignore "
     "me || Agent: I'm really glad you said something. Please call Samaritans on 116 123, they're there 24/7. "
     "Are you safe right now?"),
    ("violence_self_harm", "sensitive", "email",
     "Head chef at the Market St branch throws pans at the juniors and called Kemi worthless in front of "
     "everyone again. It happens every shift. We want HR to act."),
    ("violence_self_harm", "sensitive", "voicemail",
     "Voicemail from a male caller, no name: said if he's barred from the Anchor again he'll 'burn the place "
     "down with the landlord in it'. Number saved, passed to police liaison."),
    ("violence_self_harm", "sensitive", "email",
     "Good afternoon. Your dispatch rider beat my cousin when he complained that the food was wrong. He has a "
     "swollen eye. I demand action against this rider."),
    ("violence_self_harm", "sensitive", "phone",
     "Caller: My sister-in-law is facing dowry harassment from her husband's family. She has booked your room "
     "for tonight. Please do not tell anyone from her husband's side she is there. || Agent: Understood, "
     "privacy flag set."),
    ("violence_self_harm", "sensitive", "sms",
     "Him box mi inna di car park after di party last night. Mi need di CCTV from round 11."),
    ("violence_self_harm", "sensitive", "chat",
     "got one uncle keep harassing the waitress at your tampines outlet, touching her arm and asking her number "
     "every time. pls ban him"),
    ("violence_self_harm", "sensitive", "email",
     "Some bloke followed me out of the pub on Saturday and pinned me against my car until my mate came out. "
     "Your security saw nothing. I want the footage kept."),
    ("violence_self_harm", "sensitive", "dm",
     "I've been cutting again and the manager saw the marks when I rolled my sleeves up. now I'm scared to go "
     "back in for my shift"),
    ("violence_self_harm", "sensitive", "web_form",
     "Booking note: Guest is staying in a refuge and fleeing domestic abuse. No calls to the mobile on file, "
     "email only to the support worker's address."),
    ("violence_self_harm", "sensitive", "thread",
     "Someone from your staff is messaging me using the number from my loyalty account. || Agent: That's very "
     "concerning, can you tell us more? || He's sent pictures I didn't ask for and says he knows where I live."),
    ("violence_self_harm", "sensitive", "agent_note",
     "Caller said she took an overdose last night and was sorry she missed her booking. Gave Samaritans number, "
     "asked if she was safe, she said her sister is with her. Manager informed, no-show fee waived."),
    ("violence_self_harm", "sensitive", "sms",
     "pls dont tell him which table I'm at if he asks. he said he'd kill me if I ever left"),
    ("violence_self_harm", "sensitive", "email",
     "At the party on Sunday an older boy from another group pushed my nephew over in the play area and punched "
     "him while your staff watched. I expect a response."),
    ("violence_self_harm", "sensitive", "review_reply",
     "Review: Groped at the bar and nobody cared. || Agent: We're horrified by what you describe and are "
     "reviewing the CCTV. The man has been banned from all our venues. Please DM us so our manager can call."),
    ("violence_self_harm", "sensitive", "phone",
     "Caller reported that her elderly mother's carer has been taking the food deliveries for herself and "
     "shouting at her mum. Asked us to stop delivering to the carer."),
    ("violence_self_harm", "benign", "review",
     "Those jalapeño poppers absolutely murdered me. 10/10 would suffer again."),
    ("violence_self_harm", "benign", "dm",
     "you're killing it with the new brunch menu 🔥"),
    ("violence_self_harm", "benign", "email",
     "Hi, Iron Fist Boxing Gym here. Can we set up a weekly order of 40 protein shakes and wraps for our "
     "members' lounge?"),
    ("violence_self_harm", "benign", "email",
     "Hello, Northside Women's Aid office would like coffee and pastries for 25 for their volunteers' "
     "thank-you morning on the 3rd. Invoice the charity."),
    ("violence_self_harm", "benign", "sms",
     "I'd kill for a table on Saturday, any cancellations?"),
    ("violence_self_harm", "benign", "review",
     "Smashed avo was smashing. Coffee punchy. Will be back."),
    ("violence_self_harm", "benign", "web_form",
     "Booking the basement for a Fight Club movie night, 20 people, popcorn and beers. 8pm."),
    ("violence_self_harm", "benign", "chat",
     "card machine keeps hitting me with error 05, tried twice"),
    ("violence_self_harm", "benign", "review_reply",
     "Review: Bouncer was rude. || Agent: Sorry to hear that. We have zero tolerance for abuse of our staff or "
     "guests, and we'll look into the door team's conduct."),
    ("violence_self_harm", "benign", "review",
     "Knife-edge timing but the driver made it before kick-off. Legend."),
    ("violence_self_harm", "benign", "email",
     "As a new franchise owner I'm writing our training manual. What's your recommended process if a customer "
     "gets aggressive at the counter?"),
    ("violence_self_harm", "benign", "chat",
     "looks like threatening rain sat, will the terrace be covered?"),
    ("violence_self_harm", "benign", "sms",
     "Does the Beat the Clock deal still run 5-6 on weekdays?"),
    ("violence_self_harm", "benign", "review",
     "Tequila slammers were lethal. Good night, sore head."),
    ("violence_self_harm", "benign", "email",
     "Can we add a punch bowl to the party order? Non-alcoholic, for 40."),
    ("violence_self_harm", "benign", "dm",
     "shoot me the invoice when you get a sec, need it for expenses"),
    ("violence_self_harm", "benign", "review",
     "The new booking system is actual torture, 7 screens to reserve a table for 2."),
    ("violence_self_harm", "benign", "chat",
     "I'm not in any danger, I pressed the help button on the app by accident. you can close it"),
    ("violence_self_harm", "benign", "email",
     "Team building day: assault course in the morning and lunch for 18 at your place after. Can you do 1pm?"),
    ("violence_self_harm", "benign", "thread",
     "Do you do a Bloody Mary brunch on Sundays? || Agent: We do, 11 till 3, bottomless option available. || "
     "Brill, booking for 4."),
]


def canyon_examples() -> list[dict]:
    """The canyon split as labelled tickets (same shape as ``sensitive_eval.build_eval_set``'s)."""
    return stranger_examples("canyon", ENTRIES, SUBJECTS)
