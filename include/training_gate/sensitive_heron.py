"""heron split: written by a helper who had not seen the detection rules, the anchors or any other split.
Setting: restaurant and hotel bookings, event catering (weddings, bar and bat mitzvahs, Eid and Diwali
parties, christenings, wakes), dietary requirements, a meal-kit subscription and a food-delivery app, over
email, chat, calls, SMS, DMs, web forms, review replies, voicemails and agent notes, in UK, US, Irish,
Indian, Nigerian, Australian, Filipino and South African English. The benign half reuses each category's
words through menu and product names, business customers (clinics, schools, churches, unions, law firms,
funeral directors), general policy questions, idioms, pets and goats, films and TV, and harmless jobs.
35 sensitive and 35 benign tickets for children and for special categories, 20 and 20 for each other category.
First reading (policy 2026.11.14, before any change made in response to it; `sensitive_eval.evaluate`, as `make
eval-sensitive`): 95.3 / 2.4 recall / false exclusion in % as shipped, 95.9 / 10.0 without the overruling, 89.4 / 9.4 by the
rules alone."""

from __future__ import annotations

from training_gate.sensitive_blind import stranger_examples

SUBJECTS: tuple[str, ...] = (
    "Question about my booking",
    "Change to my order",
    "Refund request",
    "Meal kit subscription",
    "Event catering enquiry",
    "Delivery issue",
    "Dietary requirements",
    "Hotel reservation",
    "Account help",
    "Feedback on my visit",
    "Cancellation",
    "Invoice request",
    "Table booking",
    "Missing items",
)

ENTRIES: list[tuple[str, str, str, str]] = [
    # ---- health
    ("health", "sensitive", "email",
     "Hi, booking ref HX-20417 for the Saturday tasting menu, table for 4. My husband was diagnosed coeliac "
     "in March so could the kitchen do the gluten-free version of every course? He gets really ill from "
     "cross-contamination so please flag it properly, not just swap the bread."),
    ("health", "sensitive", "chat",
     "hey can i pause the meal kit for 3 weeks || Agent: Sure! Can I ask the reason so we can note it? || "
     "having knee surgery on the 12th and wont be standing at a hob for a while, my sister is staying w me"),
    ("health", "sensitive", "agent_note",
     "Cust called re room 214 at Harbour View. Says she uses a wheelchair and the 'accessible' room had a "
     "step into the shower. Wants move to ground floor + partial refund. Escalated to duty mgr."),
    ("health", "sensitive", "sms",
     "Hi its Priya, for saturdays order pls make the paneer dishes without any chilli for my dad, hes on "
     "chemo and his mouth is v sore rn. Thx"),
    ("health", "sensitive", "web_form",
     "Dietary requirements: Severe peanut and tree nut allergy (anaphylaxis, carries an EpiPen) - the guest "
     "is my fiance Tomasz. Please confirm the wedding caterers have actually seen this."),
    ("health", "sensitive", "voicemail",
     "Hiya, this is Maureen Kelly, I booked the afternoon tea for the 9th, table for two. Just to say my "
     "friend's after having a stroke last month so she's a bit slow on her feet, would ye be able to give "
     "us a table near the door and not up them stairs. Grand, thanks, bye."),
    ("health", "sensitive", "call",
     "Agent: Thanks for calling FreshCrate, how can I help? || Yeah, I need to switch my plan to the "
     "low-sodium boxes. || Agent: No problem, is there a reason, just so we can recommend recipes? || "
     "My GP says my blood pressure's through the roof and I had a minor heart attack in January, so I'm "
     "meant to watch the salt. || Agent: Sorry to hear that. I've moved you to Heart Smart from next Tuesday."),
    ("health", "sensitive", "dm",
     "@BiteRunApp my order never came and I'm type 1, I'd already injected expecting food in 20 mins. Had "
     "to raid the cupboard for juice at 11pm. Not ok."),
    ("health", "sensitive", "email",
     "Dear team, I'm 22 weeks pregnant and the set menu for my sister's wedding has the beef tartare and a "
     "soft cheese course. Could I have cooked alternatives for both? Table 6, seat for Aoife Brennan."),
    ("health", "sensitive", "chat",
     "Hello, kindly cancel my tomorrow's order no 88213. My mother-in-law got admitted in hospital yesterday "
     "evening and we all are there only. Please do the needful for refund."),
    ("health", "sensitive", "agent_note",
     "Guest in 507 requested a mini fridge for storing injectable fertility meds (mid IVF cycle, per guest). "
     "Housekeeping to deliver today, no charge."),
    ("health", "sensitive", "review_reply",
     "Two stars. I told them two times about my wife's sesame allergy and still the salad came with sesame "
     "dressing. Her lips swelled and she was up half the night. || Agent: Mr Adeyemi, we are truly sorry. "
     "The allergy was on the booking and this should never have happened; our head chef will call you today."),
    ("health", "sensitive", "email",
     "G'day, booking for 6 at the steakhouse on Friday. One of our group is deaf so we'd like a quieter "
     "corner table where she can lip-read easily, and could the staff face her when taking the order? "
     "Cheers, Bec"),
    ("health", "sensitive", "sms",
     "pls no alcohol in any of the sauces on my order, im 8 months into recovery and my counsellor says "
     "even cooking wine can set me off"),
    ("health", "sensitive", "chat",
     "honestly the boxes have just been piling up in the fridge, my depression's been really bad since "
     "christmas and cooking felt impossible. can you skip the next 4 weeks without charging || Agent: Of "
     "course, I've skipped them and there's no charge. Take care of yourself."),
    ("health", "sensitive", "web_form",
     "Special requests: My son-in-law has Crohn's and is on a low-residue diet at the moment, so no seeds, "
     "skins or raw veg on his plate please. Event: retirement lunch, 14 June, 40 guests."),
    ("health", "sensitive", "call",
     "Agent: Good afternoon, Luzon Grand Hotel. || Hi po, I'd like to extend my stay for two more nights. "
     "My tita had dengue and she's still recovering in the hospital near you, so we need to stay longer. "
     "|| Agent: Of course ma'am, I'll extend room 1102 to the 18th."),
    ("health", "sensitive", "agent_note",
     "Rider reported cust at 14 Lark Rd couldn't come to door - cust on phone said she's on crutches after "
     "breaking her ankle. Added 'leave inside porch' to acct notes."),
    ("health", "sensitive", "email",
     "Hi, is there a way to hide the calorie counts on the recipe cards and in the app? My partner Mark is "
     "in treatment for an eating disorder and his dietitian has asked us to keep numbers out of sight."),
    ("health", "sensitive", "dm",
     "yo can the spa at your hotel still do a massage if you have epilepsy? asking for me lol, had a "
     "seizure back in march but the meds are sorted now"),

    ("health", "benign", "chat",
     "Do you have a gluten free menu, and is it on the website somewhere? || Agent: Yes, there's a GF "
     "filter at the top of the menu page. || Perfect, thanks"),
    ("health", "benign", "email",
     "Hi, we're a physiotherapy clinic and we'd like to book your private dining room for our team "
     "Christmas do, 18 people. Could you send over the set menus?"),
    ("health", "benign", "sms",
     "The Healthy Heart box is actually great but the rice portion is tiny. Any chance of a bigger option?"),
    ("health", "benign", "dm",
     "this app's live tracker is sick 🔥 food turned up in 12 min"),
    ("health", "benign", "review_reply",
     "Ordered the 'Fever Dream' hot wings, absolutely worth the sweat. Staff were lovely. || Agent: Thanks "
     "so much, Dan! We'll pass that on to the kitchen."),
    ("health", "benign", "web_form",
     "Question: what allergen information comes with the catering trays? Our office wants to put labels out "
     "at the buffet."),
    ("health", "benign", "call",
     "Agent: BiteRun support, how can I help? || Hi, I'm a nurse on nights, can I set my delivery for 7am "
     "when I get in? || Agent: Our earliest slot is 8am, but I can pin that as your default. || That'll do."),
    ("health", "benign", "chat",
     "Is the sugar-free cheesecake in the dessert add-on sweetened with stevia or erythritol? Just curious, "
     "I prefer the taste of one over the other."),
    ("health", "benign", "email",
     "What is your procedure if a guest has an allergic reaction at a catered event? Our venue needs to see "
     "your public liability insurance and allergen procedures before we can list you as an approved caterer."),
    ("health", "benign", "agent_note",
     "Cust asked whether the hotel gym has a defibrillator, needed for their corporate event risk form. "
     "Confirmed AED at reception and in the gym."),
    ("health", "benign", "sms",
     "Running 15 min late for our 7.30 table under Okafor, please hold it!"),
    ("health", "benign", "chat",
     "Can I change the delivery address on order 55102 to my office? || Agent: Done! || cheers"),
    ("health", "benign", "email",
     "Hi, I was charged twice for the March box, ref FC-88310. Could you refund the duplicate please? "
     "Thanks, Sandra"),
    ("health", "benign", "web_form",
     "Please could we have a window table for our anniversary? Booking 4471, Friday 8pm."),
    ("health", "benign", "voicemail",
     "Hi, it's Joe in room 312, the TV remote isn't working, could someone bring up some batteries? Cheers."),
    ("health", "benign", "dm",
     "who do I talk to about the 'Sick Day Soup' bundle being out of stock for 3 weeks? I'm not ill, I just "
     "love that soup"),
    ("health", "benign", "chat",
     "do you do dairy-free celebration cakes? nobody's allergic, we just want options for the office party"),
    ("health", "benign", "call",
     "Agent: Good morning, room service. || Hiya, my head's wrecked after the wedding last night, is the "
     "full Irish still on after eleven? || Agent: It is, until twelve. || Ah you're a saint. Room 409."),
    ("health", "benign", "email",
     "We're organising the afterparty for a cancer research charity fun-run, about 120 people. Could you "
     "quote for canapes and soft drinks?"),
    ("health", "benign", "review_reply",
     "App keeps freezing when I tick 'low FODMAP' in the recipe filters, Android 14. || Agent: Thanks for "
     "flagging, a fix is going out in this week's update."),

    # ---- children
    ("children", "sensitive", "email",
     "Hi, booking for the Sunday carvery, 2 adults and our twins who are 4. Do under-5s still eat free? "
     "Surname Dlamini."),
    ("children", "sensitive", "chat",
     "can i add a kids meal to the order? its for my daughter shes 7 and she wont touch anything spicy"),
    ("children", "sensitive", "sms",
     "Hi, my son Kayden (14) ordered on my card without asking, order 71920, pls cancel it"),
    ("children", "sensitive", "agent_note",
     "Account DOB entered as 2011 - user appears to be 13. Account suspended per ToS pending parent "
     "verification. Mum (Mrs L. Ortiz) emailed asking us to reinstate it."),
    ("children", "sensitive", "dm",
     "ur rider handed my order to my 10yo at the door and asked her to sign for the wine?? she's a kid"),
    ("children", "sensitive", "call",
     "Agent: FreshCrate, Tom speaking. || Hi, his mum and I split custody week on, week off, so I only need "
     "the family box on my weeks. || Agent: I can set it to fortnightly. || Great. He's 6 and fussy, so the "
     "mild recipes please."),
    ("children", "sensitive", "email",
     "My daughter's in Year 9 at Hollins Park and the school has stopped hot dinners, so she needs packed "
     "lunches. Do your kits include any lunchbox recipes?"),
    ("children", "sensitive", "chat",
     "Is there an age limit on the hotel pool? My two are 11 and 8, can they swim without me in the water?"),
    ("children", "sensitive", "web_form",
     "Please change the name on the account to my son Jamal. He's 17 and boarding at school during the week, "
     "he'll use it for weekend orders."),
    ("children", "sensitive", "review_reply",
     "We came for our grandson Oliver's 5th birthday and the staff brought out a cake with sparklers, he was "
     "over the moon! || Agent: Thank you Margaret, it was a pleasure to be part of Oliver's day."),
    ("children", "sensitive", "sms",
     "Good evening. Please my son Chidi is writing WAEC this week, kindly deliver before 6am so he can eat "
     "before leaving the house. He is 16."),
    ("children", "sensitive", "agent_note",
     "Guest called asking us to take down a photo from our Instagram - it shows her daughter Maisie (about 8) "
     "at the party in the function room. Post removed, guest informed."),
    ("children", "sensitive", "email",
     "We've recently started fostering a 12-year-old boy and he's quite anxious around new foods. Could we "
     "swap our family box to the 'picky eaters' menu for a while?"),
    ("children", "sensitive", "chat",
     "my kid's in second grade and they're having a class party friday, can I order 24 cupcakes delivered to "
     "the school? It's Jefferson Elementary, room 14"),
    ("children", "sensitive", "dm",
     "my 15 year old is trying to set up his own BiteRun account to get food sent to school, is that allowed?? "
     "he says he's old enough"),
    ("children", "sensitive", "voicemail",
     "Hi, it's Grace Mensah about the hotel booking for half term, could you put a cot in the room? Our "
     "youngest is just 9 months. Thanks."),
    ("children", "sensitive", "call",
     "Agent: Thank you for calling BiteRun rider support. || Hello, my son Arjun just turned 16 and he is "
     "wanting to do deliveries on weekends on his cycle, is he eligible? || Agent: I'm afraid riders need to "
     "be 18 or over. || Oh okay, he will be disappointed."),
    ("children", "sensitive", "email",
     "Hi, parental controls question: my daughter (she's 13) uses the family account and I'd like to block "
     "her from ordering energy drinks. Is that possible?"),
    ("children", "sensitive", "sms",
     "Booking for 6pm, 2 adults + toddler (22 months), need a high chair pls. Name Kowalski."),
    ("children", "sensitive", "web_form",
     "Contact reason: Data request. Please delete all data on the account my son Leo Farrant set up. He is "
     "12 and signed up with my email address without permission."),
    ("children", "sensitive", "chat",
     "hey my youngest is in year 12 doing her HSC trials next month, can we get the 'brain food' box sent just "
     "on exam weeks? || Agent: Yep, you can pick delivery weeks in the app. || legend thanks"),
    ("children", "sensitive", "agent_note",
     "Cust says her teenage son (16) left the rude review from the family account. Asked us to remove it; "
     "review removed as requested."),
    ("children", "sensitive", "email",
     "His GCSEs start on 12 May, so could we move the birthday dinner to after the 20th? Table for 5 booked "
     "under Hussain."),
    ("children", "sensitive", "call",
     "Agent: Meal kit team, how can I help? || I'm picking the grandkids up from school three days a week now, "
     "Zara's 6 and Tom's 9, so I need a bigger box on Mondays. || Agent: I'll add a second box on Mondays."),
    ("children", "sensitive", "dm",
     "pls take down the wedding reel that shows my niece, she's 14 and her mum never gave consent for her to "
     "be on your page"),
    ("children", "sensitive", "sms",
     "Hi, can the cake say 'Happy 1st Birthday Amara'? Pickup Sat 10am. Thx"),
    ("children", "sensitive", "web_form",
     "Names for the kids' table: Noah (6), Lily (4), Ruby (9) and Finn (11). Chicken goujons for all of them "
     "please, Finn won't eat the fish."),
    ("children", "sensitive", "email",
     "Our young lad makes his Communion on the 17th of May, he's only 8 so nothing too fancy, but we'd like "
     "the function room for about 50 after the Mass."),
    ("children", "sensitive", "chat",
     "does the hotel offer babysitting? our little one is 6 months and we have a wedding reception on the "
     "saturday night"),
    ("children", "sensitive", "agent_note",
     "Caller said she is 15 and was ordering for her younger brother's birthday; advised cardholder must be "
     "18+. Callback arranged with her dad."),
    ("children", "sensitive", "review_reply",
     "My 17 year old got ID'd at the bar and the manager was so rude to him in front of his mates, he wasn't "
     "even trying to buy alcohol. || Agent: We're sorry your son felt embarrassed; we'll look into how this "
     "was handled."),
    ("children", "sensitive", "call",
     "Agent: Hi, you're through to LunchBox Co. || Hi, my daughter's in kindergarten and her classroom is "
     "peanut-free, so all her lunchbox kits need to be nut free. || Agent: I'll set a nut-free filter on her "
     "profile."),
    ("children", "sensitive", "email",
     "Our newborn came home yesterday, born two weeks early! Please hold the meal kit deliveries until she's "
     "a month old, we're living on toast anyway."),
    ("children", "sensitive", "dm",
     "Hi! Could you share the photos from Saturday's party? Especially the ones of our little Esme blowing out "
     "her candles, she turned 3 💕"),
    ("children", "sensitive", "web_form",
     "Bat mitzvah enquiry: our daughter Talia turns 12 in October and we'd like a dessert table for 60 at the "
     "reception."),

    ("children", "benign", "email",
     "Hi, I'm the bursar at Greenfield Primary. We'd like a quote for catering our staff INSET day, 35 adults, "
     "sandwich platters and fruit."),
    ("children", "benign", "chat",
     "Do you have a kids menu? Just checking for future reference, not booking yet. || Agent: We do, it's on "
     "the website under Menus. || great"),
    ("children", "benign", "dm",
     "my baby has been waiting 2 hrs for his dinner 😭 (he's a golden retriever and the order was from "
     "PetBites on your app)"),
    ("children", "benign", "sms",
     "We run a small goat dairy and can't take the delivery Thursday, the kids are due any day and it'll be "
     "chaos. Can you move it to Friday?"),
    ("children", "benign", "review_reply",
     "Ordered the Kid-Size Burrito for myself because I'm a light eater, zero regrets. || Agent: Ha, no "
     "judgement here! Glad you enjoyed it."),
    ("children", "benign", "web_form",
     "Question: do you take bookings for baby showers in the function room? What's the minimum spend?"),
    ("children", "benign", "call",
     "Agent: FreshCrate, how can I help? || I'm a primary school teacher so I'm never home before a quarter "
     "to four, can the delivery be after 4? || Agent: Yes, I'll put you on the 4 to 8 slot."),
    ("children", "benign", "email",
     "What's your policy on children in the restaurant after 9pm? Thinking about where to book for a friend's "
     "birthday."),
    ("children", "benign", "chat",
     "the portions in the Mini Munchers box are huge, are they meant for adults? lol i think i picked the "
     "wrong plan"),
    ("children", "benign", "agent_note",
     "Cust (nursery owner) ordered 3 crates of fruit snack packs for Little Acorns Nursery. Invoice to the "
     "business account."),
    ("children", "benign", "dm",
     "the Baby Driver themed brunch was amazing, please bring it back"),
    ("children", "benign", "sms",
     "Is the baby back ribs deal on tonight at the Quayside branch?"),
    ("children", "benign", "email",
     "Booking for Nana's 90th, table for 12 on the Sunday. Can we bring our own cake?"),
    ("children", "benign", "chat",
     "is there a student discount on the app? I'm at uni in Leeds || Agent: Yes, verify with your student "
     "email for 15% off. || nice"),
    ("children", "benign", "web_form",
     "Enquiry about licensing your 'Little Chefs' cooking class recipes. We run a children's activity centre "
     "and would like to use them in our holiday clubs."),
    ("children", "benign", "review_reply",
     "The Sweet Sixteen cocktail is far too sweet for me. || Agent: Thanks for the honest feedback, try the "
     "Dry Spell next time!"),
    ("children", "benign", "call",
     "Agent: Pizza Porto, hello. || Hi, I'm calling from St Mark's Youth Club, we want 60 pizzas for our "
     "fundraising night on the 20th, who do I invoice? || Agent: I'll email you a catering order form."),
    ("children", "benign", "chat",
     "Can I change my delivery day from Tue to Thu? || Agent: Done, from next week. || ta"),
    ("children", "benign", "email",
     "Invoice request for the team lunch on 3 March, company name Brightwave Ltd, VAT number is on file."),
    ("children", "benign", "sms",
     "Running late, table for 2 at 8 under Nguyen. Be there 8.15."),
    ("children", "benign", "voicemail",
     "Hi, just checking whether the hotel has parking for a minibus, we arrive on the 22nd. Call me back on "
     "the number I booked with. Thanks."),
    ("children", "benign", "dm",
     "promo code SPRING20 isn't working at checkout"),
    ("children", "benign", "agent_note",
     "Cust reported missing garlic bread from order 44120. Refunded 3.50."),
    ("children", "benign", "web_form",
     "Please send the wine list for the wedding packages, we're deciding between silver and gold."),
    ("children", "benign", "email",
     "Is the baby spinach in the veg box organic? My partner keeps asking and I can't find it on the label."),
    ("children", "benign", "chat",
     "how old do you have to be to order alcohol on the app? just wondering what ID the riders check"),
    ("children", "benign", "call",
     "Agent: Hi, you're through to FreshCrate. || Hi, I'm a registered childminder, can the meal kits be "
     "invoiced to my business rather than to me? || Agent: Yes, I can switch the account to a business "
     "account."),
    ("children", "benign", "review_reply",
     "Went for the 'Nursery Rhymes' themed afternoon tea. Twee, but the scones were perfect. || Agent: "
     "Thank you, we'll tell the pastry team!"),
    ("children", "benign", "sms",
     "Do you have baby-changing facilities at the Riverside branch? asking for a group booking, a few "
     "families coming"),
    ("children", "benign", "email",
     "Hi, my date of birth on the account shows 1900, can you fix it? I'm 34, not 124 haha."),
    ("children", "benign", "dm",
     "watching Bluey with my coffee and your breakfast bagel at 10am on a Tuesday, peak adulthood"),
    ("children", "benign", "agent_note",
     "Hotel guest asked if the kids' club is open in November. Advised it's closed Nov to Feb. No booking "
     "made."),
    ("children", "benign", "chat",
     "can i send a gift card to my nephew for his 30th? he lives in Cork"),
    ("children", "benign", "web_form",
     "Catering enquiry from the PTA at Oakridge Academy: Year 13 leavers' ball, 180 guests, buffet and a "
     "mocktail bar."),
    ("children", "benign", "email",
     "Can you confirm the family box feeds 2 adults and 2 children? Trying to compare with other companies "
     "before signing up."),

    # ---- special_categories
    ("special_categories", "sensitive", "email",
     "We keep halal, so please confirm the chicken and lamb for our Eid dinner are from a certified supplier "
     "and there's no alcohol in any of the sauces. Booking ref EL-3392, 30 guests."),
    ("special_categories", "sensitive", "chat",
     "hi, I'm fasting this month so could the delivery come after sunset, around 7:45? || Agent: Sure, I've "
     "set it for 7:45. || thank you! iftar is at 7:52 today so that's perfect"),
    ("special_categories", "sensitive", "sms",
     "Namaste, for the Diwali puja at our home on Sunday pls ensure all food is pure veg with no onion or "
     "garlic, as we follow Jain diet."),
    ("special_categories", "sensitive", "web_form",
     "As we keep kosher, meat and dairy must be fully separate for the dinner, including the serving staff's "
     "equipment. Please send your hechsher details. Event: Goldberg ruby anniversary."),
    ("special_categories", "sensitive", "voicemail",
     "Hello, this is Reverend Alison Marsh in room 19. I'm preaching at St Columba's on Sunday morning so "
     "could I possibly have a late checkout, say two o'clock? Thank you, bless you."),
    ("special_categories", "sensitive", "agent_note",
     "Guest asked for a prayer mat and which direction the qibla is from room 611 for her daily prayers; also "
     "wants a Fajr wake-up call at 4.50am. Arranged."),
    ("special_categories", "sensitive", "dm",
     "No pork in my order please, I'm Muslim and the last bag had bacon bits all over the salad 🙄"),
    ("special_categories", "sensitive", "call",
     "Agent: Good afternoon, ChopNow. || Good afternoon. I want to confirm Sunday's delivery. We will be in "
     "church from 9 until 1 so please don't come before 2. || Agent: No problem, I've set it for 2 to 3pm."),
    ("special_categories", "sensitive", "email",
     "My husband wears a turban and carries a kirpan as part of his Sikh faith. Will the security check at "
     "the hotel gala be an issue for him?"),
    ("special_categories", "sensitive", "chat",
     "can u remove beef from my kit permanently pls, we are hindu and dont eat it. the swap keeps adding it "
     "back every week"),
    ("special_categories", "sensitive", "sms",
     "Giving up meat for Lent like every year, pls switch me to the veggie box til Easter Sunday"),
    ("special_categories", "sensitive", "review_reply",
     "The doorman let a white group in ahead of us and told us, three Black women, that the place was full. "
     "Then we saw empty tables through the window. || Agent: This is unacceptable and we're investigating "
     "with the door team today."),
    ("special_categories", "sensitive", "email",
     "I'm of Nigerian heritage and my side of the family would riot without jollof, so could the wedding "
     "caterer do jollof and small chops alongside the main menu?"),
    ("special_categories", "sensitive", "chat",
     "Hi, for our despedida party can you do lechon? Most of the guests are Pinoy like us so they'll be "
     "expecting it haha"),
    ("special_categories", "sensitive", "agent_note",
     "Cust (says she is Romani) reports rider refused to hand over the food when he saw her at the site "
     "address. Logged as discrimination complaint; rider ID 4471 under review."),
    ("special_categories", "sensitive", "dm",
     "as a Korean-American I gotta say your kimchi fried rice kit is not it 😂 still ordering tho"),
    ("special_categories", "sensitive", "email",
     "I'd like to book the function room for our Green Party branch meeting on the 3rd. I'm the local "
     "coordinator so please send the invoice to me."),
    ("special_categories", "sensitive", "chat",
     "can you deliver to the climate march? I'll be marching from Parliament Sq with my XR group, near the "
     "big pink boat lol"),
    ("special_categories", "sensitive", "sms",
     "Pls deliver after 8, I'm out canvassing for Labour til then"),
    ("special_categories", "sensitive", "call",
     "Agent: Maison Rouge, how can I help? || I need to cancel Saturday's dinner, I'm standing for council "
     "for the Lib Dems and the hustings got moved to that night. || Agent: No problem, cancelled with no fee."),
    ("special_categories", "sensitive", "agent_note",
     "Caller is the Unite shop steward for the kitchen staff at our Leeds hotel; asked to use a meeting room "
     "on a day off for a members' meeting. Passed to HR."),
    ("special_categories", "sensitive", "email",
     "Could you make the invoice for the lunch out to the UNISON branch? I'm the branch treasurer and I'm "
     "paying from our branch funds."),
    ("special_categories", "sensitive", "chat",
     "my union subs and your subscription both come out on the 1st and it's confusing my budgeting app, can "
     "you move yours to the 5th?"),
    ("special_categories", "sensitive", "email",
     "Hi! My girlfriend and I are celebrating two years on the 14th, could we get the corner booth? Thanks, "
     "Hannah"),
    ("special_categories", "sensitive", "chat",
     "For the wedding tasting it'll be me and my husband-to-be, Marcus. || Agent: Lovely! And your name for "
     "the booking? || Daniel Okoro"),
    ("special_categories", "sensitive", "dm",
     "just came out to my parents at your restaurant lol, huge thanks to the waiter who brought dessert at "
     "the perfect moment 😭🏳️‍🌈"),
    ("special_categories", "sensitive", "web_form",
     "Guest names: Rachel Stein and her wife, Priya Nair. Honeymoon suite if available please."),
    ("special_categories", "sensitive", "review_reply",
     "Waiter made a snide comment when my boyfriend and I held hands at the table. As two gay men we felt "
     "really uncomfortable. || Agent: We're so sorry, this is not who we are and the staff member has been "
     "spoken to."),
    ("special_categories", "sensitive", "email",
     "Hi, I've transitioned and changed my name from Michael to Michelle. Could you update my account and "
     "loyalty card? Deed poll attached."),
    ("special_categories", "sensitive", "chat",
     "pls use they/them for me on the account, the drivers keep calling me 'sir' on the phone and it's been "
     "a rough week"),
    ("special_categories", "sensitive", "agent_note",
     "Guest (trans woman, per guest) reports front desk read out her deadname from the old passport on the "
     "booking. Apologised, updated profile, flagged for staff training."),
    ("special_categories", "sensitive", "email",
     "A DNA test showed I carry two copies of the haemochromatosis gene, so I'm trying to avoid iron-fortified "
     "foods. Which of your kits are lowest in iron?"),
    ("special_categories", "sensitive", "chat",
     "my genetic test came back MTHFR positive so i'm trying to eat more folate, do the recipe cards list "
     "folate anywhere? || Agent: Not yet, but I'll pass it on to the nutrition team."),
    ("special_categories", "sensitive", "call",
     "Agent: Rider support, hi. || Hi, I stopped riding for you in March. The app made me do the selfie face "
     "match every shift and I want that face scan data deleted. || Agent: I'll raise a deletion request for "
     "your verification images today."),
    ("special_categories", "sensitive", "web_form",
     "The fingerprint entry at the hotel gym kept my prints on file after I checked out. Please confirm "
     "deletion of my biometric data. Guest: Ruth Abiodun, stay 2-5 March."),

    ("special_categories", "benign", "chat",
     "Do you have halal options on the corporate lunch menu? We don't know everyone's requirements yet. || "
     "Agent: Yes, all our chicken dishes can be made halal. || great"),
    ("special_categories", "benign", "email",
     "We're the hall committee at St Anne's Church and need 120 chairs and two tea urns hired for our harvest "
     "supper on 28 September."),
    ("special_categories", "benign", "sms",
     "Is the Kosher Dill Pickle burger back on the menu? I miss it"),
    ("special_categories", "benign", "dm",
     "the rainbow cake slice from your Pride menu is gorgeous 🌈 ordering a dozen for the office"),
    ("special_categories", "benign", "web_form",
     "Question: can you cater an Eid party for a client of ours, and what halal certification do you hold? "
     "We're an events agency comparing suppliers."),
    ("special_categories", "benign", "agent_note",
     "Cust asked if we store fingerprints when she logs in to the app with touch ID. Explained the check "
     "happens on the phone and we never receive it."),
    ("special_categories", "benign", "call",
     "Agent: Conference sales, hello. || Hi, I'm booking on behalf of the North West office of the Bakers' "
     "Union, a training day for 30 in October, invoice to the organisation. || Agent: I'll send availability "
     "now."),
    ("special_categories", "benign", "email",
     "Does your 'Ancestry' tasting menu still run? We loved the heritage grains course last spring."),
    ("special_categories", "benign", "review_reply",
     "The Diwali sweet boxes we ordered for our clients were a huge hit! || Agent: Thank you, we'll have them "
     "again in November."),
    ("special_categories", "benign", "chat",
     "is the Political Animal cocktail bar in your Soho hotel still open late on Fridays?"),
    ("special_categories", "benign", "sms",
     "Will you be open on Christmas Day? Looking to book lunch for 6"),
    ("special_categories", "benign", "dm",
     "the 'Good Genes' protein bowl slaps, please never take it off the menu"),
    ("special_categories", "benign", "web_form",
     "We're the electoral services team at Barnmouth Council. Please quote for count-night sandwiches and "
     "coffee for 60 staff, 4 July."),
    ("special_categories", "benign", "email",
     "Quote request: 200 packed lunches for the volunteers at the Fenwick Street Mosque community open day. "
     "Please invoice the mosque trust."),
    ("special_categories", "benign", "chat",
     "do your hotel rooms have qibla direction stickers? we're a travel agency and want it right on our FAQ "
     "page || Agent: Yes, in every room at our Dubai and London hotels."),
    ("special_categories", "benign", "call",
     "Agent: BiteRun, how can I help? || Are deliveries affected by the rail strike tomorrow? || Agent: Our "
     "riders aren't affected, but expect busier roads. || Okay, thanks."),
    ("special_categories", "benign", "agent_note",
     "Caller asked whether our hotel staff are unionised, for a university essay on hospitality work. "
     "Directed to press office."),
    ("special_categories", "benign", "email",
     "Hello, could you resend the booking confirmation for 14 Feb? I deleted it by mistake. Ref BK-77124."),
    ("special_categories", "benign", "sms",
     "Box arrived with a crushed egg carton, can I get a credit?"),
    ("special_categories", "benign", "chat",
     "What time does the rooftop bar close on Sundays? || Agent: 11pm. || great thanks"),
    ("special_categories", "benign", "voicemail",
     "Hi, it's Lucy from Harland and Co, just confirming numbers for the team lunch, 22 people not 20. Thanks."),
    ("special_categories", "benign", "dm",
     "the app logged me out and now all my saved addresses are gone??"),
    ("special_categories", "benign", "web_form",
     "Feedback: the new recipe cards are much easier to follow. Keep the QR codes!"),
    ("special_categories", "benign", "review_reply",
     "Lovely stay, the breakfast buffet was superb and the bed was so comfy. || Agent: Thanks Graham, hope "
     "to see you again soon."),
    ("special_categories", "benign", "email",
     "We'd like to order the 'Gay Paree' French set menu for our office party, 24 covers on 5 December."),
    ("special_categories", "benign", "chat",
     "Can I change the name on my booking? It went under my colleague's name by mistake, should be Jordan "
     "Ellis || Agent: Updated!"),
    ("special_categories", "benign", "dm",
     "your app keeps calling me 'Mr' when the title field on my profile clearly says Ms. bug?"),
    ("special_categories", "benign", "call",
     "Agent: Events team, hello. || Hi, do you do christening packages in general? I'm an event planner and a "
     "client asked. || Agent: We do, I'll email you the brochure."),
    ("special_categories", "benign", "email",
     "Could you add a vegetarian option to the Lunar New Year staff party menu? Some of the team don't eat "
     "meat."),
    ("special_categories", "benign", "web_form",
     "Does the face-recognition check-in kiosk at the Canary Wharf hotel work for group bookings, or does "
     "everyone queue at reception?"),
    ("special_categories", "benign", "sms",
     "Is there a prayer room at the conference venue? Putting it in the delegate info pack."),
    ("special_categories", "benign", "chat",
     "Is your Jollof Friday deal on the app or only in store?"),
    ("special_categories", "benign", "agent_note",
     "Cust ordered 15 rainbow lanyards and 40 cupcakes for her company's Pride month stall. Delivered to "
     "reception."),
    ("special_categories", "benign", "email",
     "We're a consultancy reviewing hospitality partners. What's your approach to inclusive language on "
     "menus and booking forms?"),
    ("special_categories", "benign", "review_reply",
     "The Black Forest gateau was dry, otherwise a good meal. || Agent: Sorry about that, we've passed it on "
     "to the pastry chef."),

    # ---- financial_hardship
    ("financial_hardship", "sensitive", "email",
     "I lost my job last month and can't keep paying for the weekly box. Please cancel, and is there any way "
     "to waive the final charge?"),
    ("financial_hardship", "sensitive", "chat",
     "can i split the rest of the wedding catering balance into monthly payments? my hours got cut at work "
     "and we're really struggling to find the 2,400 by june"),
    ("financial_hardship", "sensitive", "sms",
     "Hi, my Universal Credit doesnt land til the 14th, can u hold my order til then pls"),
    ("financial_hardship", "sensitive", "agent_note",
     "Cust says the unpaid 2022 subscription balance is with Lowell and she's on a payment plan with them. "
     "Advised we can't recall a debt once it's been sold."),
    ("financial_hardship", "sensitive", "dm",
     "got made redundant on Friday so the anniversary dinner on the 30th is off, sorry 😞"),
    ("financial_hardship", "sensitive", "call",
     "Agent: Hotel reservations, Ciara speaking. || I'm after getting a letter about arrears on the "
     "account. I'm on the dole since the factory closed and I can't pay the 180 euro in one go. || Agent: We "
     "can split it into instalments, let's set that up."),
    ("financial_hardship", "sensitive", "email",
     "We filed for Chapter 7 last month and our attorney says the outstanding catering invoice is included in "
     "the filing. Please direct any further contact to her office."),
    ("financial_hardship", "sensitive", "web_form",
     "Reason for cancelling: Being evicted at the end of the month, won't have an address for deliveries."),
    ("financial_hardship", "sensitive", "chat",
     "is there any discount for people on disability benefits? money's been really tight since my PIP got "
     "cut || Agent: We have a 20% off scheme for benefit recipients, I'll send the link."),
    ("financial_hardship", "sensitive", "voicemail",
     "Hi, this is Lerato, I booked the hall for my mum's 60th but with the loadshedding the salon has been "
     "closed most days and I'm not earning anything, so I need to cancel and I really need that deposit back."),
    ("financial_hardship", "sensitive", "sms",
     "Sir pls dont deduct from my card this month, salary not credited since 3 months, company shut down. "
     "Will resume subscription later."),
    ("financial_hardship", "sensitive", "agent_note",
     "Rider asked to withdraw this week's earnings early - says he's behind on rent and his landlord has "
     "served notice. Approved as one-off."),
    ("financial_hardship", "sensitive", "chat",
     "i keep getting emails from a recovery agency saying i owe you 86 quid?? i know i missed a few payments "
     "when i was between jobs but nobody told me it went to collections"),
    ("financial_hardship", "sensitive", "email",
     "We've had to go onto Centrelink since the business went under, so we can't do the full Christmas "
     "function anymore. Could we drop to the basic package?"),
    ("financial_hardship", "sensitive", "dm",
     "Hi po, can I pay the balance for my daughter's debut catering by instalment? My husband lost his work "
     "in Dubai and we are really tight po."),
    ("financial_hardship", "sensitive", "call",
     "Agent: Accounts team. || I had to go into an IVA, individual voluntary arrangement, and my insolvency "
     "practitioner asked me to send you a letter about the money I owe. || Agent: Thanks, please email it to "
     "accounts and we'll put the account on hold."),
    ("financial_hardship", "sensitive", "web_form",
     "I'm staying in a hostel at the moment since losing my flat. Can I still use the food bank partner "
     "vouchers on the app without a permanent address?"),
    ("financial_hardship", "sensitive", "sms",
     "pls cancel, cant afford it anymore, been using the food bank since xmas"),
    ("financial_hardship", "sensitive", "email",
     "My bank froze my card over missed loan repayments, that's why it bounced. Please don't send this to "
     "collections, I can pay on the 1st when my pension comes in."),
    ("financial_hardship", "sensitive", "agent_note",
     "Guest couldn't settle final bill at checkout (approx 640). States he's in serious financial difficulty "
     "since his business failed. Payment plan agreed, GM approved."),

    ("financial_hardship", "benign", "chat",
     "my card got declined at checkout but there's definitely money on it, is it your end? || Agent: Some "
     "banks flag new merchants, try again or approve it in your banking app. || worked, thanks"),
    ("financial_hardship", "benign", "email",
     "Could I get a refund for cancelled order 55310 please? It's been 10 days and nothing's shown up."),
    ("financial_hardship", "benign", "dm",
     "18 quid for a burrito, you're bankrupting me lol (still ordering)"),
    ("financial_hardship", "benign", "web_form",
     "Do you offer payment plans for wedding catering? Just comparing suppliers at this stage."),
    ("financial_hardship", "benign", "sms",
     "Is the Broke Student meal deal available at the Kingsway store?"),
    ("financial_hardship", "benign", "call",
     "Agent: Events, how can I help? || Hi, I'm calling from Harper Debt Advice, we'd like your function room "
     "for our staff awards night in March, about 60. || Agent: Lovely, let me check the dates."),
    ("financial_hardship", "benign", "agent_note",
     "Cust queried why the invoice showed VAT twice. Corrected and reissued."),
    ("financial_hardship", "benign", "review_reply",
     "Budget friendly and tasty, the Skint Sunday roast at 9.95 is a steal. || Agent: Thanks Kev, see you "
     "next Sunday!"),
    ("financial_hardship", "benign", "chat",
     "what happens if a subscription payment fails? do you pause the box or cancel automatically? || Agent: "
     "We retry for 3 days, then pause."),
    ("financial_hardship", "benign", "email",
     "We're the accounts team at Eastfield Credit Union, ordering lunch for our AGM, 45 people. Can we pay by "
     "BACS?"),
    ("financial_hardship", "benign", "sms",
     "Can I move my booking from 7 to 7.30 tonight? Name Fitzgerald"),
    ("financial_hardship", "benign", "chat",
     "where is my order? tracker says 'on the way' for 40 min || Agent: Your rider is 3 minutes away. || ok ty"),
    ("financial_hardship", "benign", "email",
     "Hi, please could you send a VAT receipt for our Christmas party dinner on 12 December."),
    ("financial_hardship", "benign", "web_form",
     "Can the hotel arrange an airport transfer for 4 guests landing at 9am Tuesday?"),
    ("financial_hardship", "benign", "voicemail",
     "Hi, calling to confirm the canape numbers for Friday, it's 80 not 60. Thanks, Shona."),
    ("financial_hardship", "benign", "dm",
     "my bank flagged your charge as suspicious, it was me, just telling you so it doesn't get blocked again"),
    ("financial_hardship", "benign", "chat",
     "I was charged full price even though I applied a voucher. Can you refund the difference?"),
    ("financial_hardship", "benign", "email",
     "Can we split the bill for the hen do booking across 8 cards on the night?"),
    ("financial_hardship", "benign", "call",
     "Agent: Bella Cucina, hello. || Hi, I'm organising a leaving do for a colleague at the bailiff firm I "
     "work at, yes we get all the jokes, 14 people Friday. || Agent: Ha, no judgement here, 7pm okay?"),
    ("financial_hardship", "benign", "sms",
     "Payday! Treating myself, is the lobster special still on tonight?"),

    # ---- legal
    ("legal", "sensitive", "email",
     "Our solicitor, Ms Farrow of Farrow & Blake, will be in touch about the food poisoning at our wedding on "
     "3 August. Please preserve all kitchen and temperature records."),
    ("legal", "sensitive", "chat",
     "i got arrested outside your bar last saturday and the police said ur CCTV might show what actually "
     "happened, can i get a copy??"),
    ("legal", "sensitive", "agent_note",
     "Cust says she has a non-molestation order against her ex and asked that nobody but her can change the "
     "delivery address on her acct. Added a security PIN."),
    ("legal", "sensitive", "sms",
     "cant make the tasting thurs, in court that day for the divorce hearing. can we do fri instead?"),
    ("legal", "sensitive", "web_form",
     "I have an unspent conviction from 2021. Will that stop me being approved as a delivery rider?"),
    ("legal", "sensitive", "call",
     "Agent: Front desk. || This is DC Harris from Northshire Police, I'm investigating an incident involving "
     "a man who stayed in room 31 on the 4th and I need his registration card. || Agent: I'll put you through "
     "to the duty manager."),
    ("legal", "sensitive", "email",
     "My attorney has advised me to request all records relating to my fall on the wet floor at your Maple "
     "Ave location, as we are filing a personal injury claim."),
    ("legal", "sensitive", "dm",
     "hotel still has my deposit 3 months later so I've got a lawyer involved now. expect a letter."),
    ("legal", "sensitive", "voicemail",
     "Hello, this is Sunita from Mehta Law, calling on behalf of my client Mr Alan Brooks about the unrefunded "
     "function room deposit. Please call me back on 0161 555 0192."),
    ("legal", "sensitive", "agent_note",
     "Cust states he accepted a police caution over the altercation with our rider on 9 May and asks for the "
     "account ban to be lifted. Declined."),
    ("legal", "sensitive", "chat",
     "Good day. My brother was detained by police at your hotel last week over a mix-up with payment. We need "
     "the receipts to clear his name at the station."),
    ("legal", "sensitive", "email",
     "I'm going through a divorce and my ex still has access to our joint meal-kit account. My solicitor says "
     "I should remove her as an authorised user, how do I do that?"),
    ("legal", "sensitive", "sms",
     "on bail til the hearing so i cant leave the country for the hen weekend, pls refund my share"),
    ("legal", "sensitive", "web_form",
     "Subject access request: I'm bringing an employment tribunal claim against the company (I was a kitchen "
     "porter at the Leeds site) and need all my rota and disciplinary records."),
    ("legal", "sensitive", "call",
     "Agent: Good morning, FreshCrate. || G'day, I've lost my licence over a drink-driving charge, court's in "
     "May, so can I switch the deliveries to my mate's place near the station? || Agent: Sure, what's the "
     "address?"),
    ("legal", "sensitive", "review_reply",
     "We've reported your manager to the police for snatching my phone. Disgraceful. || Agent: We are aware "
     "and are cooperating fully with the police, so we can't comment further."),
    ("legal", "sensitive", "email",
     "I have filed a small claim in the county court for the 350 pound wedding cake deposit, claim no. "
     "K4QZ7781. You have 14 days to respond."),
    ("legal", "sensitive", "dm",
     "my dad's on a tag with a 7pm curfew so the family dinner has to be at 5, can we move it?"),
    ("legal", "sensitive", "agent_note",
     "Cust says she's a prosecution witness in a criminal trial next month and asked that her home address "
     "not be printed on receipts sent to her work email. Updated."),
    ("legal", "sensitive", "chat",
     "hi the police have kept my phone as evidence so i cant get the 2FA code, can you verify me another way? "
     "|| Agent: I can verify you by email instead."),

    ("legal", "benign", "email",
     "We're Carter & Wynn Solicitors and would like the private room for our partners' dinner, 16 covers on "
     "the 22nd."),
    ("legal", "benign", "chat",
     "Are your meal kits labelled to Natasha's Law standard, with full ingredients on the pack? || Agent: "
     "Yes, every component is fully labelled."),
    ("legal", "benign", "dm",
     "whoever put pineapple on this pizza should be arrested 🍍🚔"),
    ("legal", "benign", "review_reply",
     "The 'Courtroom Drama' murder mystery dinner was a blast, my husband was the judge! || Agent: Brilliant, "
     "the next one is in June."),
    ("legal", "benign", "web_form",
     "Please send your terms and conditions for event cancellations, our legal team needs to review them "
     "before we sign."),
    ("legal", "benign", "call",
     "Agent: Hello, Spice Route. || Hi, I'm a paralegal, can I get a receipt with the company name on it for "
     "expenses? || Agent: Of course, what's the company?"),
    ("legal", "benign", "sms",
     "Is the Law Courts branch open on bank holidays?"),
    ("legal", "benign", "agent_note",
     "Cust asked whether our delivery T&Cs are governed by Scots or English law. Referred to section 14."),
    ("legal", "benign", "email",
     "Hypothetically, if a rider damages my car while delivering, who's liable, the rider or the app?"),
    ("legal", "benign", "chat",
     "just binged Suits and now I want a fancy steak, is Friday steak night still on? || Agent: It is!"),
    ("legal", "benign", "email",
     "Can we change our menu choice from the chicken to the sea bass for the wedding? Booking W-2231."),
    ("legal", "benign", "sms",
     "Hi, the key box code didn't work, we're outside room 4. Help!"),
    ("legal", "benign", "chat",
     "how do I update my card details? || Agent: Account, then Payment. || found it thx"),
    ("legal", "benign", "voicemail",
     "Hi, it's Ama from Osei Events, just confirming the chair covers are ivory, not white. Ta."),
    ("legal", "benign", "web_form",
     "Your new spring menu is brilliant, especially the asparagus risotto."),
    ("legal", "benign", "dm",
     "Police Academy marathon tonight and your wings are the only thing getting me through"),
    ("legal", "benign", "call",
     "Agent: Catering team. || Hi, I'm calling from the neighbourhood policing team at Westgate station, we'd "
     "like platters for a community open day. || Agent: Happy to help, how many people?"),
    ("legal", "benign", "review_reply",
     "Sentenced to a lifetime of craving this tiramisu. Guilty as charged. || Agent: No appeal needed, "
     "come back soon!"),
    ("legal", "benign", "agent_note",
     "Cust (corporate travel manager) asked for a copy of our modern slavery statement for supplier "
     "compliance. Sent."),
    ("legal", "benign", "email",
     "Saw on your Instagram that you now do 'divorce party' packages, genius. What's the price per head?"),

    # ---- bereavement
    ("bereavement", "sensitive", "email",
     "My dad passed away on Tuesday and the funeral is Friday. Could you cater the wake at the house, "
     "sandwiches and tea for about 50?"),
    ("bereavement", "sensitive", "chat",
     "hi, the meal kit account is in my husband's name but he died in january, can i take it over or do i "
     "have to cancel? || Agent: I'm so sorry. I can transfer it to your name today."),
    ("bereavement", "sensitive", "sms",
     "Sorry to cancel last minute, my nan died last night. Table for 4 at 7pm, name Rossi."),
    ("bereavement", "sensitive", "agent_note",
     "Caller's wife passed recently and he's still getting her birthday reward emails. Closed her account, "
     "suppressed marketing, sent condolence card."),
    ("bereavement", "sensitive", "voicemail",
     "Hi, it's Siobhan, we had the room booked for the weekend but my mam's after passing and we have to go "
     "home for the funeral. Sorry now, call me back."),
    ("bereavement", "sensitive", "web_form",
     "Please cancel our baby shower booking for the 19th. We lost the baby at 30 weeks. Please don't call."),
    ("bereavement", "sensitive", "call",
     "Agent: FreshCrate, how can I help? || Hi, I'm calling about my brother's account, Kwame Asante. He "
     "passed away last month and I'm the executor, I need to stop the subscription. || Agent: I'm so sorry for "
     "your loss. I'll close it and refund this week's box."),
    ("bereavement", "sensitive", "dm",
     "pls cancel the Sunday order, there was a death in the family, my uncle expired yesterday and we are in "
     "mourning"),
    ("bereavement", "sensitive", "email",
     "Following the death of our founder and my friend of 30 years, Ruth Mallory, we would like to hold a "
     "memorial lunch at the hotel for around 70 guests."),
    ("bereavement", "sensitive", "chat",
     "my grandpa passed over the weekend and we're flying in for the service, do you have a bereavement rate "
     "on rooms?"),
    ("bereavement", "sensitive", "review_reply",
     "We held Mum's wake here and the staff couldn't have been kinder. || Agent: We're so sorry for your "
     "loss, Ann. It was an honour to look after your family."),
    ("bereavement", "sensitive", "sms",
     "Pls take my mothers name off the booking, she died before the trip. Just me and my sister now."),
    ("bereavement", "sensitive", "agent_note",
     "Cust very upset - partner killed in a car crash last week; their anniversary dinner was still on the "
     "system. Cancelled, full refund, no fee."),
    ("bereavement", "sensitive", "web_form",
     "We lost our father on the 12th. Kindly quote for catering for the burial and reception, about 300 "
     "guests, jollof, fried rice and small chops."),
    ("bereavement", "sensitive", "dm",
     "the app keeps pushing 'order again' for my late wife's favourite curry and I can't face it. how do I "
     "clear the history"),
    ("bereavement", "sensitive", "email",
     "Our mate Davo passed away out of the blue and we want to give him a send-off at the pub, about 40 of "
     "us. Is the back bar free on the 21st?"),
    ("bereavement", "sensitive", "call",
     "Agent: Good morning, Kusina Catering. || Hello po, we need to cancel the catering for Saturday, my lola "
     "passed away this morning. || Agent: We're very sorry for your loss. I'll cancel it and refund the "
     "deposit."),
    ("bereavement", "sensitive", "chat",
     "my best friend's funeral is on the 9th, can I push my delivery back a week? i just can't deal with it "
     "right now"),
    ("bereavement", "sensitive", "agent_note",
     "Guest checked out two days early due to a bereavement (her brother). Remaining nights waived per GM."),
    ("bereavement", "sensitive", "sms",
     "hi, sunday is a year since dad died and we're doing a dinner in his memory, can we put a photo of him "
     "on the table?"),

    ("bereavement", "benign", "chat",
     "What happens to a subscription if the account holder dies? Just want to know the policy before I sign "
     "up. || Agent: The account is closed and any unused credit refunded to the estate."),
    ("bereavement", "benign", "email",
     "We're Hartley & Sons Funeral Directors, looking for a caterer we can recommend to families for wakes. "
     "Do you have a standard package?"),
    ("bereavement", "benign", "dm",
     "the wifi in room 208 is dead again 💀"),
    ("bereavement", "benign", "review_reply",
     "That chocolate fondant was to die for. || Agent: Thank you! It's our pastry chef's pride and joy."),
    ("bereavement", "benign", "sms",
     "my phone died mid-order, did it go through? order 66712"),
    ("bereavement", "benign", "web_form",
     "Do you cater wakes? What's the minimum notice you need?"),
    ("bereavement", "benign", "call",
     "Agent: Cantina Rosa, hi. || Hi, the Day of the Dead menu you ran last November, will it be back this "
     "year? || Agent: Yes, from the 28th of October."),
    ("bereavement", "benign", "agent_note",
     "Cust (florist) asked about partnering on funeral catering referrals. Forwarded to partnerships."),
    ("bereavement", "benign", "chat",
     "does the Death by Chocolate cake contain nuts?"),
    ("bereavement", "benign", "email",
     "Our office oven finally died, so we'd like bulk lunches from you for the next fortnight, 12 people."),
    ("bereavement", "benign", "chat",
     "Can I add a bottle of prosecco to our room for arrival? || Agent: Yes, it's 32. || lovely"),
    ("bereavement", "benign", "sms",
     "Hi is the gravy with the Sunday roast vegetarian?"),
    ("bereavement", "benign", "email",
     "Please update my billing address to 4 Marsh Lane, Hull HU2 8PL."),
    ("bereavement", "benign", "voicemail",
     "Hiya, table for 6 Saturday at 1 please, name's Begum, call me back on this number."),
    ("bereavement", "benign", "web_form",
     "The delivery driver was very polite and even carried it up the stairs. Five stars."),
    ("bereavement", "benign", "dm",
     "absolutely killed it at the dinner party with your meal kit, everyone thinks I can cook now 😂"),
    ("bereavement", "benign", "review_reply",
     "Ghost kitchen or not, the ramen is the real deal. || Agent: We'll take that!"),
    ("bereavement", "benign", "call",
     "Agent: Lunch orders, hello. || Hi, I'm a nurse at St Bride's Hospice, ordering lunch for the ward team "
     "on Thursday, 15 people. || Agent: Lovely, I'll take the order now."),
    ("bereavement", "benign", "agent_note",
     "Cust reports Dead Man's Fingers rum missing from the cocktail list in the app. Passed to bar team."),
    ("bereavement", "benign", "email",
     "Riders keep ending up at the dead end of Rowan Close instead of number 9. Could you add a note on the "
     "app map?"),

    # ---- violence_self_harm
    ("violence_self_harm", "sensitive", "email",
     "My ex keeps turning up at my work and I think he's been using my old login to see where I order from. "
     "Please remove all saved addresses and lock the account."),
    ("violence_self_harm", "sensitive", "chat",
     "the rider who delivered last night keeps messaging me on whatsapp saying he knows where i live. i'm "
     "scared to open the door || Agent: I'm so sorry. I've suspended the rider and I'm escalating this now."),
    ("violence_self_harm", "sensitive", "agent_note",
     "Cust reports being punched by another diner in the car park at the Bridge St branch on Sat 14th. "
     "Police informed per cust. CCTV retention requested."),
    ("violence_self_harm", "sensitive", "sms",
     "i dont want the kit anymore. i dont really want anything anymore honestly. i dont see the point of "
     "still being here"),
    ("violence_self_harm", "sensitive", "dm",
     "a guy at your hotel bar grabbed me by the waist and wouldn't let go, the bartender saw it and did "
     "nothing"),
    ("violence_self_harm", "sensitive", "call",
     "Agent: FreshCrate, how can I help? || I need the account in my own name and my husband can't see the "
     "orders. He... he hits me when he sees I've spent money. || Agent: I'm so sorry. I'll set that up now, "
     "and I can give you a helpline number if you'd like."),
    ("violence_self_harm", "sensitive", "web_form",
     "Complaint: your chef came out and threatened to smash my face in when I sent my plate back at the Camden "
     "branch on Friday."),
    ("violence_self_harm", "sensitive", "voicemail",
     "Hi it's Jess, I won't make the rehearsal dinner tomorrow. I've been hurting myself again and my sister "
     "is taking me to get some help. Please tell Rob I'm sorry."),
    ("violence_self_harm", "sensitive", "chat",
     "Sir your delivery boy misbehaved with my sister, he touched her inappropriately when she took the "
     "parcel. We want strict action."),
    ("violence_self_harm", "sensitive", "email",
     "Since I left a negative review someone from your staff has been sending me abusive messages from "
     "different numbers. Screenshots attached."),
    ("violence_self_harm", "sensitive", "agent_note",
     "Rider reports he was shoved down the stairs by cust at 88 Tern Way and the order thrown at him. Cust "
     "account blocked, rider offered support line."),
    ("violence_self_harm", "sensitive", "agent_note",
     "Chat flagged: cust said she had 'taken a load of pills' while asking about a refund. Welfare "
     "escalation followed, emergency services contacted per policy."),
    ("violence_self_harm", "sensitive", "sms",
     "mate the bloke in room 12 has been screaming at his missus all night and i just heard something smash. "
     "can someone check on her"),
    ("violence_self_harm", "sensitive", "review_reply",
     "Your waiter followed me to my car after I wouldn't give him my number. I felt really unsafe. || Agent: "
     "This is very serious and we have suspended him while we investigate."),
    ("violence_self_harm", "sensitive", "email",
     "My daughter's ex has been sending takeaways to her flat every night under fake names to frighten her. "
     "Can you block orders to her address from any account but hers?"),
    ("violence_self_harm", "sensitive", "chat",
     "I've been cutting myself and I'm not really eating so I should pause the subscription. sorry idk why "
     "I'm telling you this || Agent: Thank you for telling me. I've paused it. Would you like the number for "
     "someone you can talk to tonight?"),
    ("violence_self_harm", "sensitive", "call",
     "Agent: Rider support. || Good evening, I want to report a customer. When I delivered to Block C he "
     "pulled a knife and said he will kill me if I come again. || Agent: Are you safe right now? I'm logging "
     "this and blocking the account."),
    ("violence_self_harm", "sensitive", "web_form",
     "Harassment report: a guest at the wedding reception made repeated sexual comments to our bridesmaid "
     "Chloe and followed her into the toilets."),
    ("violence_self_harm", "sensitive", "agent_note",
     "Guest in 404 disclosed she has fled domestic abuse and asked that her name not be confirmed to anyone "
     "calling reception. Profile flagged no-info."),
    ("violence_self_harm", "sensitive", "dm",
     "someone keeps sending me disgusting pics through the in-app chat after my deliveries. it's the same "
     "driver every time. please stop him"),

    ("violence_self_harm", "benign", "dm",
     "this hot sauce is absolutely murdering me 🔥🔥 10/10"),
    ("violence_self_harm", "benign", "chat",
     "I could kill for a burger right now, how long to zone 3? || Agent: About 25 minutes. || do it"),
    ("violence_self_harm", "benign", "review_reply",
     "The Knockout burger lives up to its name. || Agent: Glad it landed!"),
    ("violence_self_harm", "benign", "email",
     "We're a kickboxing club booking our end-of-season dinner, 30 people. Expect us to be hungry!"),
    ("violence_self_harm", "benign", "web_form",
     "What's your policy if a rider is abused by a customer? Asking as someone thinking of signing up to ride."),
    ("violence_self_harm", "benign", "sms",
     "Battered cod and chips x2 for 7pm pickup please"),
    ("violence_self_harm", "benign", "call",
     "Agent: Abbey Hotel, hello. || Do you still do the murder mystery dinner nights? || Agent: Yes, the first "
     "Friday of each month. || Two for June then please."),
    ("violence_self_harm", "benign", "agent_note",
     "Cust asked about staff safeguarding training for a corporate supplier questionnaire. Sent policy doc."),
    ("violence_self_harm", "benign", "chat",
     "the app is killing my battery, any fix? || Agent: Turn off background location in settings. || cheers"),
    ("violence_self_harm", "benign", "email",
     "Your smash burger menu is a smash hit at our office. Can we order the whole range for 25 next Friday?"),
    ("violence_self_harm", "benign", "chat",
     "Is there a minimum order for free delivery? || Agent: 15. || ok"),
    ("violence_self_harm", "benign", "email",
     "Can we book the garden room for a 40th on 6 July? About 30 people."),
    ("violence_self_harm", "benign", "sms",
     "Please leave the box with the neighbour at no.12 if I'm out."),
    ("violence_self_harm", "benign", "voicemail",
     "Hi, just ringing to ask what time check-in is on Friday. Thanks."),
    ("violence_self_harm", "benign", "web_form",
     "Where do I enter a discount code in the app?"),
    ("violence_self_harm", "benign", "dm",
     "true crime doc + your dumplings = immaculate Friday night vibes"),
    ("violence_self_harm", "benign", "review_reply",
     "Service was slow and the steak overcooked, 2 stars. || Agent: Sorry Liam, we've shared this with the "
     "team."),
    ("violence_self_harm", "benign", "call",
     "Agent: Conference sales. || I'm a self-defence instructor running a workshop in your conference room, "
     "do you have floor mats? || Agent: We can hire some in for you."),
    ("violence_self_harm", "benign", "agent_note",
     "Cust said the 'Slay your dinner party' ad felt a bit aggressive. Passed to marketing."),
    ("violence_self_harm", "benign", "email",
     "Our team day at your venue included the axe-throwing add-on and everyone loved it. Can we get a quote "
     "for next year?"),
]


def heron_examples() -> list[dict]:
    """The heron split as labelled tickets (same shape as ``sensitive_eval.build_eval_set``'s)."""
    return stranger_examples("heron", ENTRIES, SUBJECTS)
