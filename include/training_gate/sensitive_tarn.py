"""tarn split: written by a helper who had not seen the detection rules, the anchors or any other split.
Setting: Tarn Pantry, an invented online and high-street grocer of halal, kosher, vegetarian and world foods, with
meal kits, festival hampers, catering trays and home delivery slots; registers are email, chat, sms, call,
agent_note, web_form, review, voicemail and dm.
The benign half borrows festival and world-food product names (Eid hamper, Passover range, Diwali box, Pride
cupcakes), organisations ordering as organisations (mosque, synagogue, gurdwara and church committees, union
branches, schools, nurseries, a solicitors' office, a police canteen), idioms ("my phone died", "this bug is
killing me", "smashed it"), general policy questions (halal certification, face ID, titles) and routine payments.
70 sensitive and 70 benign tickets for special categories, 50 and 50 for children, 20 and 20 for financial hardship,
15 and 15 for health, legal, bereavement and violence and self-harm.
First reading (policy 2026.11.18, before any change made in response to it; `sensitive_eval.evaluate`, as `make
eval-sensitive`): 96.0 / 2.0 recall / false exclusion in % as shipped, 98.0 / 8.5 without the overruling, 95.5 / 8.0
by the rules alone. Held out (drawn at random before it was written): never tuned or trained on, read as aggregates
only."""

from __future__ import annotations

from training_gate.sensitive_blind import stranger_examples

SUBJECTS: tuple[str, ...] = (
    "Question about my order",
    "Missed delivery slot",
    "Change my delivery slot",
    "Meal kit subscription",
    "Festival hamper enquiry",
    "Catering tray booking",
    "Substitution in my order",
    "Refund request",
    "Account details",
    "Click and collect",
    "Feedback on store visit",
    "Allergen and certification question",
    "Payment problem",
    "Cancel my order",
)

ENTRIES: list[tuple[str, str, str, str]] = [
    # ---- health, sensitive
    ("health", "sensitive", "email",
        "Hi, I ordered the Mediterranean veg kit (TP-50231) for Thursday. Could the driver please leave it on the "
        "porch table rather than the step? I'm on crutches after knee surgery and bending down isn't happening for "
        "a few weeks. Thanks, Marguerite"),
    ("health", "sensitive", "chat",
        "hi is the lentil dal kit low sodium? || Agent: Hi there! The red lentil dal kit has 1.1g salt per portion, "
        "and you can leave out the stock cube to bring it down. || ok good, my cardiologist has me under 2g a day "
        "since they put the stent in so thats helpful"),
    ("health", "sensitive", "agent_note",
        "Cust (Mr Okafor) rang re missed slot 14:00-15:00. Says he's type 1 diabetic and was relying on the "
        "delivery for tonight's meals, had nothing in. Offered priority re-delivery 18:00 + £5 credit. Flagged "
        "account: door drop, ring twice."),
    ("health", "sensitive", "sms",
        "Can u make sure the bag has no sesame at all pls, Leah's got an epipen now and we're still waiting on the "
        "allergy clinic results. Last time the bagels were in the same bag"),
    ("health", "sensitive", "web_form",
        "Name: Priya Raman; Order: TP-61877; Issue: Substitution; Details: You swapped my oat milk for regular cows "
        "milk. I'm 30 weeks pregnant and the lactose intolerance has come back with a vengeance, please never "
        "substitute dairy on my account."),
    ("health", "sensitive", "voicemail",
        "Hi, this is Derek at 14 Alder Row, um, just ringing to say I won't be in for the Tuesday slot, I've been "
        "admitted to the Royal for a few days with my chest, so could you move it to, er, next Monday? Or just "
        "cancel it. Cheers."),
    ("health", "sensitive", "review",
        "Lovely people at the Harrow Road branch. The young lad helped me round the shop and read the labels out "
        "for me, my sight's mostly gone with the macular degeneration and I'd been dreading it. 5 stars. || Agent: "
        "Thank you so much Joan, we'll make sure Callum hears about this!"),
    ("health", "sensitive", "dm",
        "hey quick one, which of your soft mezze trays has nothing crunchy in it? two weeks out from jaw surgery, "
        "wired shut basically, soft food only and I'm sick of soup lol"),
    ("health", "sensitive", "call",
        "Customer: I need to stop the weekly veg box for a while. || Agent: Of course, can I ask if anything was "
        "wrong with it? || Customer: No no, it's me, I've started chemo and I can't face most food at the moment. "
        "My sister's going to do my shopping. || Agent: I'm so sorry to hear that. I've paused it with no end date, "
        "just restart whenever you're ready."),
    ("health", "sensitive", "email",
        "Not a complaint really, just wanted to say the meal kits have been a lifeline. I've been signed off work "
        "with depression since March and these are honestly the only proper meals I cook. Could I move up to the "
        "4-a-week plan? Thanks, Gethin"),
    ("health", "sensitive", "chat",
        "Agent: Hi, you're chatting with Rhea, how can I help? || my mum has dementia and she keeps ringing your "
        "Eastgate shop to order things she doesn't need, can you put a note on her account to phone me first before "
        "anything gets sent? It's under Rosa Ferreira || Agent: Absolutely, I can add you as a contact on the "
        "account. Can I take your number? || 07700 900143, I'm her daughter Ana"),
    ("health", "sensitive", "agent_note",
        "Caller said she's in recovery from an eating disorder and asked us to stop sending the 'Treat Yourself' "
        "dessert promos, finds them triggering. Unsubscribed from all marketing + suppressed dessert recs in app. "
        "Be gentle if she calls back."),
    ("health", "sensitive", "sms",
        "Running 20 mins late home sorry || Agent: No problem, I'll note it for the driver. || thanks, also tell "
        "him ring the bell twice and wait, my husband's deaf and won't hear a knock"),
    ("health", "sensitive", "web_form",
        "Reason for return: Wrong item. Comments: I ordered the low-FODMAP stir fry kit because of my IBS and got "
        "the regular one with onion and garlic all through it. Ate half before I noticed and I've been in agony for "
        "two days. Order TP-52216."),
    ("health", "sensitive", "email",
        "Hi team, I use a wheelchair and the new click & collect point at Kingsmead is up a step with no ramp. "
        "Could someone bring orders out to the blue badge bay like before? My next one, TP-55290, is due Saturday. "
        "Many thanks, Aled Price"),
    # ---- health, benign
    ("health", "benign", "email",
        "Hi, does the Heart & Oats granola from your own range actually carry an approved heart-health claim, or is "
        "that just the name? I'm putting together a comparison for our office wellbeing newsletter."),
    ("health", "benign", "chat",
        "do you label which catering trays are nut free? || Agent: Yes, every tray has a full allergen sheet, and "
        "the 'Free From' trays are made in a separate nut-free kitchen. || perfect, it's for the office party, "
        "someone always asks"),
    ("health", "benign", "sms",
        "My phone died halfway through checkout, did order TP-60114 go through or do I need to redo it? || Agent: "
        "Hi! It went through fine, you should have a confirmation email for Saturday 10-11. || Great, must be in "
        "spam. Thanks"),
    ("health", "benign", "review",
        "The Sick Chick hot sauce is deadly in the best possible way. My whole face went numb and I went back for "
        "more. Five stars, would get wrecked again. || Agent: Ha, we love to hear it. Try the Ghost Pepper one next "
        "if you're brave!"),
    ("health", "benign", "agent_note",
        "Cust asked whether household first-aid items (plasters, paracetamol) can go on a delivery slot. Confirmed "
        "yes, within pack limits. Order unaffected, no issue."),
    ("health", "benign", "web_form",
        "Enquiry type: Product; Message: Is your Ayurvedic Calm tea blend caffeine free? The box doesn't say either "
        "way and I'd like to buy a few as gifts for the neighbours. || Agent: Hi Sunita, yes, it's a caffeine-free "
        "herbal blend (tulsi, ginger, liquorice). We'll add that to the box text too."),
    ("health", "benign", "call",
        "Customer: The Recovery Bone Broth Box, is it suitable for freezing? || Agent: Yes, up to three months, "
        "defrost overnight in the fridge. || Customer: Lovely, I'll take two then."),
    ("health", "benign", "chat",
        "this checkout page is giving me a headache lol, the promo code box keeps clearing itself every time i hit "
        "apply || Agent: Sorry about that! Try entering it on the basket page instead. || worked thx"),
    ("health", "benign", "email",
        "Our GP surgery's staff room would like a fruit platter delivered every Monday morning before 8. Can we set "
        "up a business account? Invoice to Birchfield Medical Practice, Birch Lane. || Agent: Hello, yes, I've sent "
        "the trade account form to this address. Once it's back we can start from the following Monday."),
    ("health", "benign", "dm",
        "is the sugar-free barfi box made with stevia or sugar alcohols? people keep asking me and the website "
        "doesn't say || Agent: Hi! It's sweetened with erythritol and a little stevia, full ingredients are on the "
        "back of the box. || cheers, will screenshot this"),
    ("health", "benign", "voicemail",
        "Hi, it's Lorna from the Oakfield Health Centre café, we'd like to rebook the quarterly catering tray for "
        "the practice meeting on the 12th please, same as last time. Call back on 07700 900214. Thanks."),
    ("health", "benign", "review",
        "Blood orange juice was lovely but the carton leaked all over the rest of the bag. || Agent: Sorry about "
        "that, Ben! A refund for the juice is on its way."),
    ("health", "benign", "call",
        "Agent: Thanks for calling Tarn Pantry, Jordan speaking. || Customer: Hi, are the first-aid kits by the "
        "tills available online as well? Want one for the car. || Agent: They are, it's the 'Home First Aid Kit' "
        "under Household."),
    ("health", "benign", "agent_note",
        "General query: customer asked about our labelling policy for vitamins and 'pregnancy-safe' claims on "
        "own-brand supplements. Pointed to the FAQ page. Nothing personal disclosed."),
    ("health", "benign", "email",
        "We're running a blood donation session at the community centre next month and wondered whether Tarn Pantry "
        "would donate biscuit packs for donors. Who should I speak to about that? Regards, Halden Community Centre"),
    # ---- children, sensitive
    ("children", "sensitive", "chat",
        "hi do the kids meal kits have any whole nuts in? my little one starts reception in Sept and I'm trying to "
        "practise lunchbox stuff with her over summer || Agent: All our Junior Chef kits are nut-free, and the "
        "lunchbox range is too. || great thank you!!"),
    ("children", "sensitive", "sms",
        "shes 9 and wont touch anything green lol, can I swap the spinach in the pasta kit for sweetcorn? order "
        "TP-74180"),
    ("children", "sensitive", "email",
        "Hello, my 6-month-old has just started weaning and I wanted to check whether your own-brand baby rice is "
        "the organic one or not. Order TP-74021 is due Friday. Thanks, Nadia"),
    ("children", "sensitive", "agent_note",
        "Cust says her son (7) found a small piece of hard plastic in the Junior Chef pizza kit. No injury. Photo "
        "received, sample requested, refund + £10 credit issued, escalated to quality team ref Q-3381."),
    ("children", "sensitive", "web_form",
        "Name: Lina Haddad; Delivery instructions: If I'm not in, my daughter Yara (14) will be home from school "
        "from 3:45 and can take it in. She knows not to open the door unless the driver shows the app code."),
    ("children", "sensitive", "review",
        "My son's in Year 4 and had to bring in a dish 'from a country in his family story' for class. Your "
        "Ghanaian kelewele kit saved the day, even his teacher asked for the recipe. 5*"),
    ("children", "sensitive", "call",
        "Customer: Can my son have his own login on my account? He turns 16 in May and he's really into cooking "
        "now. || Agent: Account holders have to be 18, but I can add him as a household member so he can build "
        "baskets for you to approve. || Customer: That's perfect, his name's Theo."),
    ("children", "sensitive", "voicemail",
        "Hi, it's Jodie, about the slot tomorrow, I'll be at the school gates at 3 picking up my two, they're in "
        "Year 1 and Year 3, so can it come before half two? Ta, bye."),
    ("children", "sensitive", "dm",
        "our toddler has worked out how to open the veg box zip and ate half a raw onion before we noticed 😂 can "
        "you tape them shut or something"),
    ("children", "sensitive", "email",
        "Hello, I'd like to close my son's account. He opened it with my card when he was 13. He's 14 now, but I "
        "really don't think he should have one, and he's been ordering sweets to his friend's house. Name on "
        "account: Finn Bradley."),
    ("children", "sensitive", "chat",
        "Agent: Hi! How can I help today? || the birthday cake for saturday, can you pipe 'Happy 5th Birthday "
        "Amara' on it || Agent: Of course! Which order is that? || TP-75210 the chocolate tray bake. she's obsessed "
        "with unicorns if you have any sprinkles lol"),
    ("children", "sensitive", "agent_note",
        "Caller said she's 17 and wanted to buy a bottle of prosecco for her mum's birthday through the app. "
        "Explained we can't sell alcohol to under-18s, removed it from basket, suggested the sparkling elderflower."),
    ("children", "sensitive", "sms",
        "can the cake topper say Happy 1st Birthday Noah and the date 12/06 please, thank u"),
    ("children", "sensitive", "web_form",
        "Order notes: The twins turn 3 on Saturday (Ella and Maya) so please make sure the 'Little Explorers' party "
        "tray is fully nut-free. Ella is being tested for allergies and we're not risking it."),
    ("children", "sensitive", "review",
        "The school packed lunch subscription is brilliant. My daughter's at St Anne's in Year 6 and for once the "
        "lunchbox comes home empty. 5 stars from a very relieved mum."),
    ("children", "sensitive", "call",
        "Customer: I'm calling for my nephew, he's a minor, 15, and he's put an order through on my card without "
        "asking. || Agent: I'm sorry about that. I can cancel it before it's picked. || Customer: Please, and can "
        "you take my card off his device somehow?"),
    ("children", "sensitive", "email",
        "Please stop sending marketing to my daughter's email address, lily.ashworth@example.com. She's only 12 and "
        "signed up for the recipe club without us knowing. I'd like her details deleted."),
    ("children", "sensitive", "voicemail",
        "Hiya, Kemi here, um, my baby's only three weeks old so please don't ring the doorbell tomorrow, just knock "
        "gently or text me on 07700 900452 and I'll come down. Thanks so much."),
    ("children", "sensitive", "dm",
        "is the kids cooking class at the Hove store ok for a 7yo? my son watches cooking shows every night and "
        "wants to make 'proper' samosas"),
    ("children", "sensitive", "agent_note",
        "Mum called: son (Year 9) has been using her account to order energy drinks to school. Restricted energy "
        "drinks on account, added note: no deliveries to Highfield Academy address."),
    ("children", "sensitive", "chat",
        "hi, mine are 4 and 8, which meal kit is the least spicy? || Agent: Our Mild & Mighty range is designed for "
        "younger eaters, the butter chicken is the favourite. || brill thanks, the 4 year old is the fussy one"),
    ("children", "sensitive", "email",
        "I'm a foster carer and we've just had a 10-year-old girl placed with us who only eats halal and is very "
        "anxious about food. Could you recommend a weekly kids' box? I'd rather not share more about her than that."),
    ("children", "sensitive", "web_form",
        "Reason for contact: Photo on website. Message: You've used a photo from your Facebook competition of my "
        "son Oscar (he's 6) on your homepage banner. I never consented to that, please take it down today."),
    ("children", "sensitive", "sms",
        "my 2yo just pulled a whole jar of ghee off the counter and its everywhere 😂 can i get another one added to "
        "tomorrows slot"),
    ("children", "sensitive", "call",
        "Agent: Will there be someone over 18 to receive the wine? || Customer: My son will be in, he's 17. || "
        "Agent: I'm afraid the driver can't hand alcohol to anyone under 18, so shall we take the wine off or move "
        "the slot?"),
    ("children", "sensitive", "review",
        "Our little boy is 18 months and the mango purée pouches from your organic range are the only thing he'll "
        "eat without a fight. Please never discontinue them. 5 stars."),
    ("children", "sensitive", "email",
        "Re: order TP-76602. I bought the 'Teen Chef' kit for my daughter Ruby, who's 13, and the knife in it is a "
        "full-size chef's knife. Is that really right for her age group? I've taken it off her for now."),
    ("children", "sensitive", "voicemail",
        "Hi, um, this is Zoe Carter, I'm 14, my dad said I could ring. I ordered the baking kit for my mum's "
        "birthday on his account and I need to change the delivery to Friday because she's home Thursday. Thank you."),
    ("children", "sensitive", "agent_note",
        "Dad rang to update Junior Club account for Ibrahim (DOB 03/09/2016). Corrected date of birth, removed "
        "sweets from the auto-basket as requested."),
    ("children", "sensitive", "chat",
        "can the delivery be after 4:15 on weekdays? i do nursery pickup for my granddaughter, she's 2 and i have "
        "her till her mum finishes work || Agent: Of course, I've set your default to 16:30-17:30."),
    ("children", "sensitive", "dm",
        "ngl the free fruit for kids in store is the only way I get round the shop with my 3 and 5 year old 😅 "
        "please bring it back at Eastgate"),
    ("children", "sensitive", "web_form",
        "Message: My son Kieran (Year 11) is doing Food Tech GCSE and needs 2kg of gram flour by Tuesday for his "
        "practical exam. Can it be delivered to Whitmore High reception with his name on it?"),
    ("children", "sensitive", "email",
        "Hi, our baby arrived last week (Maisie, 3.1kg!) so please pause the meal kits for 2 weeks. We'll restart "
        "once the in-laws have gone home. Thanks, Jess and Rob"),
    ("children", "sensitive", "review",
        "Ordered the party tray for my son's 10th and got a beer-battered fish tray instead of the mini pizzas. Ten "
        "ten-year-olds were not impressed. || Agent: We're so sorry, Tasha. We've refunded it in full and would "
        "love to send a free cake next time."),
    ("children", "sensitive", "sms",
        "im 16 can i still get a tarn pantry card for the points or do u have to be older || Agent: You can join "
        "from 16, you just can't buy age-restricted items. || yay"),
    ("children", "sensitive", "call",
        "Customer: The lunchbox order for my son, he's in Year 2 at Elmwood, had a ham sandwich in it and he can't "
        "have pork. || Agent: I'm sorry, I can see the cheese one was substituted. || Customer: Please put a note "
        "that substitutions aren't allowed on his box."),
    ("children", "sensitive", "agent_note",
        "Customer's 11-year-old was home alone when driver arrived and the driver went inside to put the bags in "
        "the kitchen. Mum unhappy. Driver policy reminder sent, incident logged."),
    ("children", "sensitive", "voicemail",
        "Hello, Mr Osei here, my son turns 18 next month but until then can you make sure the Brixton store doesn't "
        "sell him energy drinks on my loyalty card, he's been doing it after school."),
    ("children", "sensitive", "email",
        "Our adopted son is 8 and has severe food anxiety, he only eats plain beige foods at the moment. I know "
        "that's niche, but do you sell plain rice crackers in bulk? Thanks, Ewan"),
    ("children", "sensitive", "web_form",
        "Free-text: This order is for my daughter's 16th birthday sleepover, 8 girls. Please include paper plates "
        "if possible and no nuts, one of her friends has an allergy. Name: Sabine Laurent."),
    ("children", "sensitive", "chat",
        "Agent: Anything else I can help with? || yeah can you remove the saved card from my son Arjun's profile, "
        "he's 12 and keeps ordering crisps || Agent: Done! The card's removed from that profile."),
    ("children", "sensitive", "review",
        "Great gluten-free range. My 4-year-old has coeliac disease and the GF fish fingers are the only ones "
        "she'll eat. Please get more in at Kingsmead, they're always gone by Tuesday."),
    ("children", "sensitive", "dm",
        "can u deliver to a school?? my daughter forgot her packed lunch and she's in year 3 at Hollybank 😩 i'm "
        "stuck at work"),
    ("children", "sensitive", "sms",
        "Booking for Jayden Brooks, age 10, Little Cooks club, pls confirm he's on the sat 10am session"),
    ("children", "sensitive", "agent_note",
        "Parent emailed asking us to delete her 9-year-old's photo and full name from the 'Young Bakers' "
        "competition gallery. Removed same day, confirmed by email."),
    ("children", "sensitive", "email",
        "Hello, the 'Baby's First Christmas' hamper arrived for our granddaughter Poppy, she's 4 months, and the "
        "teether inside was cracked. Could you send a replacement before she's round on the 25th?"),
    ("children", "sensitive", "call",
        "Customer: My daughter's doing her Duke of Edinburgh bronze, she's 15, and has to plan and cook a camping "
        "meal. Do you do dehydrated meal packs? || Agent: We have the Trail Ready range, the chilli is the most "
        "popular. || Customer: Great, I'll get her to look tonight."),
    ("children", "sensitive", "voicemail",
        "Hi there, it's Marta, for the Wednesday slot, my son will be at home, he's 5 and off school with chicken "
        "pox, so please just knock quietly. Thanks."),
    ("children", "sensitive", "review",
        "Your staff at Kingsmead were so kind when my 8-year-old had a meltdown by the tills. He's autistic and the "
        "beeping sets him off. The cashier turned her scanner volume down without being asked."),
    ("children", "sensitive", "web_form",
        "Customer type: Parent; Child's name: Hana Suzuki; Child's date of birth: 22/11/2015; Programme: Tarn "
        "Pantry Little Cooks Club; Allergies: none; Photo consent: No."),
    # ---- children, benign
    ("children", "benign", "email",
        "Do the Junior Chef kits come with a kids' size apron, or is that sold separately? The product page doesn't "
        "say. || Agent: The apron is sold separately, it's £6 and comes in two sizes. || Ah ok, I'll add the small "
        "one to a gift order then."),
    ("children", "benign", "chat",
        "is the Little Chef pizza kit nut free? || Agent: Yes, it's made in our nut-free area. || cool ta"),
    ("children", "benign", "sms",
        "Baby corn missing from my stir fry kit again, order TP-77120. Third time now. || Agent: Sorry about that, "
        "I've refunded the kit and flagged the picking issue at Eastgate. || thanks, hope it sorts itself"),
    ("children", "benign", "review",
        "The Kids Eat Free Tuesdays at the café are a nice idea, but the café itself needs more seating and a "
        "faster till. 3*"),
    ("children", "benign", "web_form",
        "Organisation: Ashbrook Primary School office; Enquiry: We'd like a weekly fruit delivery for the staff "
        "room on Monday mornings. Invoice monthly to the school please."),
    ("children", "benign", "agent_note",
        "Little Acorns Day Nursery Ltd set up a trade account for weekly fruit and veg. Contact: nursery manager. "
        "Delivery to kitchen entrance before 8am, Mon-Fri."),
    ("children", "benign", "dm",
        "your baby spinach bags are going slimy within a day now, what's happened?? || Agent: Sorry about that! "
        "Which store or order was it? || last two deliveries, TP-77601 and TP-77944 || Agent: Thanks, both refunded "
        "and I've reported the batch to our fresh team."),
    ("children", "benign", "call",
        "Customer: I want to send the 'New Baby' hamper as a gift, can I add a message and leave the prices off? || "
        "Agent: Yes, there's a gift option at checkout, no prices are included. || Customer: Perfect."),
    ("children", "benign", "email",
        "Hi, your 'Junior Chef' range page says ages 6+, but the box itself says 8+. Which is correct? Just want to "
        "get the listing right for our shop's gift guide."),
    ("children", "benign", "chat",
        "do you stock the lunchbox snack packs in multipacks? || Agent: Yes, 6-packs and 12-packs. || ok cool, the "
        "12s please"),
    ("children", "benign", "review",
        "The 'Kid Goat' curry kit (it's goat, not actual kids, relax) is brilliant. Proper Caribbean flavour, meat "
        "fell off the bone. 5*"),
    ("children", "benign", "voicemail",
        "Hello, this is Fernside Academy's catering office, we'd like to move the sports day tray order from the "
        "10th to the 12th because of the forecast. Thanks, bye."),
    ("children", "benign", "sms",
        "Is the toddler-size bamboo cutlery set back in stock? Want it for a gift hamper I'm putting together || "
        "Agent: It's due back on Thursday, I can set a back-in-stock alert if you like. || yes please"),
    ("children", "benign", "web_form",
        "Message: The 'Baby Back Ribs' marinade kit arrived without the spice sachet. Order TP-78011. Could you "
        "send one out or refund?"),
    ("children", "benign", "agent_note",
        "Caller from Sunnyside Children's Centre (registered charity) asked about donations of surplus bread. "
        "Passed to community team. No individual data taken."),
    ("children", "benign", "email",
        "Can I order the Little Explorers party tray for 20 with no nuts and no sesame? It's for a community centre "
        "open afternoon on the 9th."),
    ("children", "benign", "chat",
        "Agent: Hi, welcome to Tarn Pantry chat! || hey, do you change hours during the school holidays at the Hove "
        "store? || Agent: No, same hours all year round, 7am till 10pm."),
    ("children", "benign", "dm",
        "the mini pancakes in the 'Little Bites' range are dangerously moreish for grown adults ngl"),
    ("children", "benign", "review",
        "Bought a pair of kids' wellies, size 5, from the garden bit at Eastgate as a present. Great quality for "
        "the price. || Agent: Glad you like them!"),
    ("children", "benign", "call",
        "Customer: The children's cookbook on the stand by the tills, can I get it online? || Agent: Yes, 'Little "
        "Hands, Big Flavours' is on the website under Books. || Customer: Thanks."),
    ("children", "benign", "sms",
        "Hi, it's Greenhill Nursery kitchen, please add 4 extra pints of milk to Thursday's order. Thanks"),
    ("children", "benign", "email",
        "Is the 'Teen Chef' kit the same recipes as the adult one with smaller portions? Considering it for a "
        "cooking workshop I run at the youth club."),
    ("children", "benign", "web_form",
        "Subject: Product suggestion; Message: Please bring back the alphabet pasta. It was great in soups, "
        "honestly for all ages, and now I'm stuck spelling with penne. || Agent: Thanks for the suggestion! I've "
        "passed it to our buying team, no promises but they do read these."),
    ("children", "benign", "agent_note",
        "General enquiry: what's our policy on delivering to schools in term time? Confirmed we deliver to "
        "reception if pre-arranged with the school office."),
    ("children", "benign", "chat",
        "is there an age limit for the cooking classes at Kingsmead? || Agent: Adult classes are 18+, Junior Club "
        "classes are for ages 7 to 12. || ok thanks"),
    ("children", "benign", "review",
        "The Little Sprout organic rice cakes were a bit broken in the bag but still tasted fine. 4 stars. || "
        "Agent: Thanks for the review! We've asked the supplier about stronger packaging."),
    ("children", "benign", "voicemail",
        "Hi, Greta from the Brightside Playgroup committee, just confirming the picnic tray order for the summer "
        "fair, sixty people, eleven o'clock delivery to the church hall."),
    ("children", "benign", "dm",
        "your ad with the kid stirring the dal pot is so wholesome 😭 who made it? || Agent: Aw thank you! It was "
        "made by our in-house creative team with a local production company. || well tell them it made my week"),
    ("children", "benign", "email",
        "Could you tell me whether your own-brand baby wipes are plastic-free? I'm compiling a sustainability "
        "report for our office cleaning supplies."),
    ("children", "benign", "call",
        "Customer: I'm buying the Baby Shower Grazing Box for a party next week, does it come with plates and "
        "cutlery? || Agent: It includes bamboo forks and napkins, plates are extra. || Customer: Add a pack of "
        "plates then please."),
    ("children", "benign", "sms",
        "Any kids' size oven gloves in stock? for a present || Agent: Yes, the Junior Chef oven mitts are in "
        "Kitchenware, £4.50. || add to my order pls TP-77890 || Agent: Done!"),
    ("children", "benign", "web_form",
        "Enquiry: Corporate; We're a children's charity (Little Steps Trust) planning a fundraising gala in October "
        "and would like 15 canapé trays. Can you invoice the charity directly?"),
    ("children", "benign", "agent_note",
        "Caller asked if the 'Family Feast' kit serves 4 adults or 2 adults and 2 children. Explained it's 4 adult "
        "portions. No order change."),
    ("children", "benign", "review",
        "The 'Kid-Friendly Curry' kit is too mild for me but that's my fault for buying it. Good quality veg "
        "though. 3* || Agent: Fair enough! Try the Madras kit next time, or add a sachet of our chilli flakes."),
    ("children", "benign", "chat",
        "where are the baby carrots at Eastgate? can't find them anywhere || Agent: They're in aisle 2 with the "
        "prepared veg, bottom shelf. || found them thanks"),
    ("children", "benign", "email",
        "Hello, we're the PTA of Oakridge Primary and would like to buy 200 reusable Tarn Pantry bags to sell at "
        "the school fair. Do you do bulk pricing?"),
    ("children", "benign", "dm",
        "ok who at tarn pantry named the gummy sweets 'Tantrum Bears' because that is elite marketing || Agent: "
        "We'll pass your compliments to the naming department (it's Gary). || give Gary a raise"),
    ("children", "benign", "voicemail",
        "Hi, this is the office at St Luke's Sixth Form College, ringing about our fruit order for exam week, can "
        "it come at eight instead of ten please? Thanks."),
    ("children", "benign", "web_form",
        "Message: Your website's 'Kids' section has a broken filter, clicking 'Lunchbox' shows no products at all. "
        "Tried on phone and laptop. || Agent: Thanks for spotting this, our web team has fixed the filter this "
        "afternoon."),
    ("children", "benign", "agent_note",
        "Query: do the Junior Chef kits come with allergen cards? Confirmed yes, inside the lid. General product "
        "question, no personal details."),
    ("children", "benign", "sms",
        "Do you sell the big bags of party balloons or just the small ones? || Agent: We do both, the 50-pack is "
        "online only. || ok ill order online then thanks"),
    ("children", "benign", "email",
        "Our nursery business is expanding to three sites and we'd like to discuss a supply contract for fruit, "
        "milk and snacks. Who should I talk to? Operations Manager, Tiny Footsteps Nurseries Ltd"),
    ("children", "benign", "review",
        "Bought the 'Growing Up Veg' seed kit for the allotment. Great germination, the radishes were up in four "
        "days. || Agent: Brilliant, thanks Colin!"),
    ("children", "benign", "call",
        "Customer: Is the Family Fun Baking Box still in the sale? || Agent: Yes, 20% off until Sunday. || "
        "Customer: Great, I'll order it online tonight."),
    ("children", "benign", "chat",
        "can the Little Explorers tray be made halal? it's for the community centre's family fun day || Agent: Yes, "
        "we can swap the chicken for our halal-certified chicken at no extra cost."),
    ("children", "benign", "dm",
        "baby it's cold outside and your soup kits are sold out 😭 restock pls || Agent: We feel your pain! New "
        "stock lands tomorrow morning. || setting an alarm"),
    ("children", "benign", "web_form",
        "Subject: Recall notice; Message: I saw the recall of the 'Little Munchers' puffs on the news. Does it "
        "affect batch LM2231? I've got two packs in the cupboard."),
    ("children", "benign", "agent_note",
        "Youth football club (Halden Rovers JFC) treasurer requested a quote for half-time orange slices for the "
        "season. Quote sent to club email."),
    ("children", "benign", "email",
        "The 'Child's Play' mezze kit name is apt, it really is easy. One small thing: the tahini pot leaked in "
        "transit."),
    ("children", "benign", "voicemail",
        "Hello, Maureen from the Kingsmead Scout hut bookings, we'll need the usual tray of sandwiches for the "
        "leaders' meeting on Tuesday evening. Thank you."),
    # ---- financial hardship, sensitive
    ("financial_hardship", "sensitive", "email",
        "I've lost my job and can't keep up the weekly meal kit payments. Can you cancel the subscription without "
        "the £15 early-exit fee? I really can't afford it right now. Sorry. Kwame Asante"),
    ("financial_hardship", "sensitive", "chat",
        "hi my card keeps declining bc there's nothing in the account till universal credit comes in on the 28th, "
        "can you hold the order till then? || Agent: I can move the delivery to the 29th and we won't take payment "
        "until dispatch. || thank u so much"),
    ("financial_hardship", "sensitive", "agent_note",
        "Cust in arrears on Tarn Pantry Pay Later (£186). Says she was made redundant in Jan. Paused collections 60 "
        "days, sent hardship form, waived late fees."),
    ("financial_hardship", "sensitive", "sms",
        "sorry i cant pay the catering deposit yet, bailiffs took the car last week and the account's frozen. pls "
        "dont cancel the booking"),
    ("financial_hardship", "sensitive", "web_form",
        "Reason for cancellation: I've been declared bankrupt and the official receiver says I have to cancel all "
        "non-essential subscriptions. Account: L. Mensah."),
    ("financial_hardship", "sensitive", "voicemail",
        "Hi, it's Carol, um, I've had a letter from your debt collectors about the forty-two pounds from the "
        "hamper. I'm on PIP and ESA and I can't pay it all at once. Please can someone ring me back on 07700 900617."),
    ("financial_hardship", "sensitive", "call",
        "Customer: We've been evicted and we're in a hotel room for now, can I change the delivery address to the "
        "Travel Inn on Mill Road? || Agent: Of course, room number? || Customer: 114. Just the basics this week, "
        "it's a microwave and a kettle."),
    ("financial_hardship", "sensitive", "review",
        "I've been on benefits since my hours got cut and your Budget Basics veg box is the only reason we eat "
        "fresh stuff at all. Thank you. 5*"),
    ("financial_hardship", "sensitive", "dm",
        "is there any way to get a discount, i'm on jobseekers and trying to make £30 last the week. not joking"),
    ("financial_hardship", "sensitive", "email",
        "Please remove my saved credit card. I've entered a debt management plan with a debt charity and agreed not "
        "to use credit. Can I still pay by debit card on delivery?"),
    ("financial_hardship", "sensitive", "chat",
        "Agent: How can I help? || can i split the Eid hamper into 3 payments, i got laid off in march and money is "
        "really tight || Agent: I'm sorry to hear that. Our Pay in 3 option is free, I'll send a link."),
    ("financial_hardship", "sensitive", "agent_note",
        "Customer disclosed she's behind on rent and has an eviction hearing next month. Refunded last order in "
        "full (quality complaint) and shared local support links as per hardship process."),
    ("financial_hardship", "sensitive", "sms",
        "Pls cancel the 2nd delivery this week, can't afford both, the payday loan came out early || Agent: Done, "
        "I've cancelled Friday's. No fee. || ty"),
    ("financial_hardship", "sensitive", "web_form",
        "Comments: Your debt recovery agency phoned me 6 times this week about £23. I'm unemployed and I've told "
        "them I'll pay £5 a month. Please make them stop."),
    ("financial_hardship", "sensitive", "voicemail",
        "Hello, Mr Adeyemi here, the direct debit bounced because my business went under last month. I'll pay what "
        "I owe once the insolvency is sorted, please don't pass it to collections."),
    ("financial_hardship", "sensitive", "review",
        "Staff at Hove let me put back half my shop without a fuss when I realised I didn't have enough. I've been "
        "out of work since the factory closed. || Agent: Thank you for sharing this, Dev. Please message us, we "
        "have a community support scheme that may help."),
    ("financial_hardship", "sensitive", "email",
        "I get Pension Credit and not much else, and the minimum order has gone up to £40. I can't reach that on my "
        "own. Is there any exception for pensioners on a low income? Mrs E. Doyle"),
    ("financial_hardship", "sensitive", "call",
        "Customer: I need to cancel the catering trays for the wedding. || Agent: I'm sorry to hear that, is the "
        "date changing? || Customer: No, it's off for now. We can't afford it, my fiancé's lost his job and the "
        "bank's chasing us on the mortgage."),
    ("financial_hardship", "sensitive", "dm",
        "do u take the Healthy Start card? im on universal credit and just got mine"),
    ("financial_hardship", "sensitive", "agent_note",
        "Cust asked to pay with gift card balance only as her bank account is frozen after a CCJ. Explained we "
        "can't split gift card and cash online; she'll use it in store."),
    # ---- financial hardship, benign
    ("financial_hardship", "benign", "chat",
        "my card was declined but the money's gone out of my account?? || Agent: That's a pending authorisation, "
        "it'll drop off within 3-5 working days. || ok phew"),
    ("financial_hardship", "benign", "email",
        "I've been charged twice for order TP-79120 (£48.60 each time). Please refund the duplicate payment. "
        "Thanks, Harvey"),
    ("financial_hardship", "benign", "sms",
        "Can I pay cash on delivery or is it card only? || Agent: Card only for delivery I'm afraid, but cash is "
        "fine for click and collect. || ok no worries"),
    ("financial_hardship", "benign", "review",
        "The Price Crash range is brilliant value, the big bags of basmati especially. The only thing I'd change is "
        "more of the 5kg chapati flour. 5* || Agent: Thanks! We'll pass the chapati flour request on."),
    ("financial_hardship", "benign", "web_form",
        "Subject: Invoice; Message: Please send a VAT invoice for catering order TP-79501 to accounts@example.com. "
        "Company: Pellow Engineering Ltd."),
    ("financial_hardship", "benign", "agent_note",
        "Cust queried why a Pay Later payment showed twice on statement. Explained first line is authorisation, "
        "second is settlement. Resolved."),
    ("financial_hardship", "benign", "call",
        "Customer: The promo code SAVE10 isn't working. || Agent: It's for orders over £50, your basket is £46. || "
        "Customer: Ah, I'll add some more then."),
    ("financial_hardship", "benign", "dm",
        "broke the jar of mango chutney getting it out the bag 😭 my fault, do I just buy another? || Agent: Oh no! "
        "Send us your order number and we'll pop one in with your next delivery, on us. || TP-79733, you're too kind"),
    ("financial_hardship", "benign", "voicemail",
        "Hi, it's Sandra at Hillcrest Accountants, we still haven't received the credit note for the overcharged "
        "trays last month, could you email it over? Thanks."),
    ("financial_hardship", "benign", "email",
        "Is the 'Budget Basics' range available for delivery, or in-store only? Can't find it in the app. || Agent: "
        "It's in the app under 'Everyday Value', we renamed the section last month. || Found it, thanks."),
    ("financial_hardship", "benign", "chat",
        "how do i change the card on my subscription? the old one expired || Agent: Go to Account > Payment methods "
        "and add the new card, then set it as default. || done, ta"),
    ("financial_hardship", "benign", "review",
        "Got charged for the bag even though it says free bags over £30. Not a big deal. || Agent: Sorry Imran, "
        "we've refunded the 50p."),
    ("financial_hardship", "benign", "sms",
        "can I move the direct debit date for my veg box from the 25th to the 1st? easier with payday"),
    ("financial_hardship", "benign", "web_form",
        "Question: Do you offer payment in instalments for the large festival hampers, or is it all up front?"),
    ("financial_hardship", "benign", "agent_note",
        "Business customer (Ridgeway Dental) disputed catering invoice: charged for 12 trays, 10 delivered. Credit "
        "note issued for 2."),
    ("financial_hardship", "benign", "dm",
        "is the 'Bankrupt Your Taste Buds' chilli challenge at the Hove store still on? my mates want a go || "
        "Agent: It runs every Saturday at 2pm, sign up at the hot counter. || perfect, see you saturday"),
    ("financial_hardship", "benign", "email",
        "Do your gift cards expire? I got one in a work raffle and want to save it for the Christmas hamper."),
    ("financial_hardship", "benign", "call",
        "Customer: Can I get a receipt reprinted for an order last week? It's for expenses. || Agent: I'll email a "
        "copy to the address on your account now. || Customer: Great, thanks."),
    ("financial_hardship", "benign", "voicemail",
        "Hi, the card reader on the driver's handset wasn't working so he left the bags and said to ring. I'd like "
        "to pay over the phone, order TP-80112."),
    ("financial_hardship", "benign", "chat",
        "do you price match other grocers? || Agent: We don't price match, but the Price Crash range is checked "
        "against local prices every week. || fair enough"),
    # ---- legal, sensitive
    ("legal", "sensitive", "email",
        "My solicitor has asked for a copy of your CCTV from the Eastgate store on 14 March, when I slipped on a "
        "smashed jar of oil in aisle 6. We'll be bringing a personal injury claim. Please preserve the footage. "
        "Gordon Blythe"),
    ("legal", "sensitive", "agent_note",
        "Customer says her ex-husband is under a non-molestation order and must not be given any information about "
        "her account or delivery address. Added security password; account flagged."),
    ("legal", "sensitive", "chat",
        "hi i need to change the name and password on the account, going through a divorce and my ex still has the "
        "login || Agent: I'll help you secure it. I'll send a reset link to your email only. || thank you"),
    ("legal", "sensitive", "sms",
        "cant be in for the slot thurs, i'm up in front of the magistrates for the speeding thing, can u do fri || "
        "Agent: No problem, moved to Friday 10-11. || ta"),
    ("legal", "sensitive", "web_form",
        "Message: I was arrested at your Kingsmead store last month on suspicion of shoplifting and released "
        "without charge. I'd like the incident removed from any internal records you hold about me."),
    ("legal", "sensitive", "voicemail",
        "Hi, Leon here, I'm on a tag at the moment with a 7pm curfew so I can't get to the store after that. Can "
        "someone bring the click and collect out to the car park before then? Thanks."),
    ("legal", "sensitive", "call",
        "Customer: Can I get a statement of all my orders for the last year? || Agent: Yes, I can email a CSV. Is "
        "it for anything in particular? || Customer: It's for my lawyer. My ex is claiming I spent the joint "
        "account on, well, everything. Divorce stuff."),
    ("legal", "sensitive", "review",
        "Five stars for the manager at Brixton who gave the police a statement after my bag was snatched in the car "
        "park. He didn't have to and it helped get the case moving."),
    ("legal", "sensitive", "email",
        "Hi, I have a criminal conviction (spent now) and I'd like to apply for a driver role with you. Does Tarn "
        "Pantry do a basic DBS check, and would it rule me out? Jason"),
    ("legal", "sensitive", "dm",
        "my brother's in HMP Ashcombe and I wanna send him a food parcel, do you deliver to prisons?"),
    ("legal", "sensitive", "agent_note",
        "Cust has filed a claim in the small claims court against Tarn Pantry re damaged wedding cake. Do not "
        "discuss liability; all comms via legal@example.com."),
    ("legal", "sensitive", "chat",
        "I need to reroute my orders to my sister's for a bit || Agent: Sure, what's the temporary address? || 12 "
        "Ormond Terrace. my bail conditions mean I can't stay at my flat"),
    ("legal", "sensitive", "web_form",
        "Subject: Subject access request; Details: I'm taking my former employer to tribunal and my lawyer needs "
        "evidence I was at home on 3 Feb. Your delivery records would show it. Order TP-80455."),
    ("legal", "sensitive", "sms",
        "Hi its Dee, pls dont deliver to the old address, I've got a restraining order against my ex and he still "
        "lives there"),
    ("legal", "sensitive", "call",
        "Customer: Your driver reversed into my car this morning and I've reported it to the police, the crime "
        "reference is 46/22918/24. || Agent: I'm so sorry. I'll open an insurance claim with that reference now."),
    # ---- legal, benign
    ("legal", "benign", "email",
        "Could you send over your terms and conditions for catering orders? Our legal team needs to review them "
        "before we approve you as a supplier. Procurement, Dunmore Logistics"),
    ("legal", "benign", "chat",
        "is scottish money legal tender in your english stores lol || Agent: We accept Scottish and Northern Irish "
        "notes in all our stores! || good to know"),
    ("legal", "benign", "review",
        "The Judge's Choice cheddar is award-winning for a reason. Sharp and crumbly. 5* || Agent: Glad you enjoyed "
        "it! It pairs nicely with our fig chutney too."),
    ("legal", "benign", "agent_note",
        "Halden Road Police Station canteen set up a catering account for weekly sandwich trays. Invoice to the "
        "force's procurement team."),
    ("legal", "benign", "web_form",
        "Message: There's a typo in a sentence on your allergy page, 'may contain nut's'. Sorry, pet peeve! || "
        "Agent: Not at all, thanks for telling us, it's fixed now."),
    ("legal", "benign", "sms",
        "Does the Court Street store have a car park? || Agent: Yes, 40 spaces, free for the first 90 minutes. || "
        "great ty"),
    ("legal", "benign", "voicemail",
        "Hi, it's Priya at Hartley and Moss Solicitors, we'd like a lunch tray for 15 for a client meeting next "
        "Wednesday. Please ring back."),
    ("legal", "benign", "dm",
        "the 'Crime Drama Night' snack box you posted is genius, how do I get one || Agent: It's in the app under "
        "Gift Boxes, out until the end of the month! || sorted"),
    ("legal", "benign", "call",
        "Customer: Do I have a right to a refund if the hamper arrived after Christmas? || Agent: Yes, under our "
        "terms late festive hampers get a full refund. || Customer: Good, I'll send the order number."),
    ("legal", "benign", "email",
        "Your privacy policy says you keep order history for six years. Is that for tax reasons? Just curious."),
    ("legal", "benign", "chat",
        "the jury's still out on the new hummus recipe tbh, bit too garlicky || Agent: Thanks for the feedback, "
        "I'll pass it on to the product team!"),
    ("legal", "benign", "review",
        "Caught red-handed eating the whole Baklava Tray in one sitting. No regrets. 5* || Agent: Your secret is "
        "safe with us."),
    ("legal", "benign", "agent_note",
        "General enquiry: customer asked whether we're legally required to label meat as halal. Explained current "
        "UK rules. No order."),
    ("legal", "benign", "web_form",
        "Subject: Trading Standards visit; Message: Our team is doing routine price-labelling checks in Halden "
        "stores; could we arrange a visit to Eastgate next week?"),
    ("legal", "benign", "sms",
        "pls can the driver not park across the drive next time, it's a bus route and they get ticketed apparently"),
    # ---- special categories, sensitive
    ("special_categories", "sensitive", "chat",
        "hiya, Eid starts thursday so we'll be fasting till then, can I move my slot from 1pm to after 8? we open "
        "our fast about quarter past || Agent: Of course! I've moved it to 20:00-21:00 all week. || thank u x"),
    ("special_categories", "sensitive", "email",
        "I keep kosher and the shrink-wrap on the chicken in order TP-44018 had been cut open and the hechsher "
        "label was missing. I can't use it, sorry. Please refund or replace with sealed packs. Thanks, Miriam"),
    ("special_categories", "sensitive", "agent_note",
        "Caller is a Catholic priest (Fr Dominic), ordering for himself not the parish. Keeps meat-free Fridays all "
        "year and strict fast in Lent; wants fish kit swap every Friday. Recurring substitution rule set."),
    ("special_categories", "sensitive", "sms",
        "Pls no deliveries friday after 3 or saturday at all, we're shomer shabbos. sunday morning is fine"),
    ("special_categories", "sensitive", "review",
        "As a recent revert to Islam I was nervous about getting my first Ramadan right. The team at Tarn Pantry "
        "Bexley walked me through which stock cubes and sweets are halal without making me feel stupid. Thank you "
        "Yusuf! || Agent: What a lovely review, we'll make sure Yusuf sees it."),
    ("special_categories", "sensitive", "web_form",
        "Subject: Hamper contents; Message: Please take the port out of the Winter Hamper I've ordered and swap it "
        "for the juice. I'm amritdhari Sikh and don't drink. Order TP-45530."),
    ("special_categories", "sensitive", "dm",
        "atheist household here lol so could you NOT put the 'Ramadan Kareem' card in our veg box every week? not "
        "offended, just recycling a lot of cards"),
    ("special_categories", "sensitive", "call",
        "Customer: My husband is a pandit, he does puja every morning, and we need fresh marigold garlands and ghee "
        "every week. Does Wembley do standing orders? || Agent: Yes, I can set up a weekly standing order for the "
        "flowers and ghee. || Customer: Monday mornings please, before his first puja."),
    ("special_categories", "sensitive", "voicemail",
        "Hello, it's Mrs Kaur, calling about my langar tray order, sorry, it's for our house actually, we have the "
        "Akhand Path at home from Friday for Gurpurab so I need all the trays before six. Thank you."),
    ("special_categories", "sensitive", "email",
        "Hi, I'm converting to Judaism and my rabbi has asked me to start keeping a kosher kitchen before my beit "
        "din. Could you tell me which of your own-brand products are certified? I'm slightly overwhelmed. Claire"),
    ("special_categories", "sensitive", "email",
        "I'm Romani and grew up on these flavours. Your Hungarian smoked paprika sausage is the closest I've found "
        "to my nan's. Any chance of stocking the extra-smoked version too?"),
    ("special_categories", "sensitive", "agent_note",
        "Cust reported driver made racist remark at door ('go back to your own country') on delivery TP-58802. Cust "
        "is of Somali heritage, very upset. Escalated to driver ops + complaints lead. Apology and full refund "
        "issued."),
    ("special_categories", "sensitive", "chat",
        "do you deliver to sites? we're Irish Travellers on the council site off Millbrook Lane and the last place "
        "refused us || Agent: We deliver to every address in our area, sites included. What's the postcode? || MB4 "
        "7TT, pitch 9"),
    ("special_categories", "sensitive", "review",
        "Being half Nigerian, half Welsh, Christmas in our house is jollof next to the roast. Your West African "
        "spice kit nailed the jollof. 5*"),
    ("special_categories", "sensitive", "sms",
        "Hi its Mei, the 'Chinese New Year' hamper had satay sauce and fortune cookies in it lol. as an actual "
        "Chinese person I'm begging u"),
    ("special_categories", "sensitive", "web_form",
        "Feedback: At the Eastgate till the assistant asked where I'm 'really from' and then whether I 'even eat "
        "pork'. I'm British Bangladeshi, born in Leeds. It was humiliating in front of the whole queue."),
    ("special_categories", "sensitive", "call",
        "Customer: The ackee in the Kingston Kitchen kit, is it the tinned one in brine? || Agent: Yes, it's tinned "
        "ackee in salted water. || Customer: Good, my grandmother came over from Jamaica in '58 and she's very "
        "fussy, I'm cooking for her Sunday."),
    ("special_categories", "sensitive", "dm",
        "as a Kurdish guy the 'Turkish Delights' box calling dolma a Turkish invention kinda stings lol. food was "
        "great tho"),
    ("special_categories", "sensitive", "voicemail",
        "Hello, Tadeusz here, I am Polish, my English not so good. The order for my name day, the pierogi tray, "
        "please deliver Saturday not Sunday. Thank you very much."),
    ("special_categories", "sensitive", "email",
        "Could you deliver the sandwich platter for 20 to my home on Saturday morning? I'm standing as the Green "
        "Party candidate in Northgate ward and we're using my kitchen as the canvassing base for the day. Best, "
        "Imogen Reyes"),
    ("special_categories", "sensitive", "chat",
        "order TP-60012 needs to arrive before 9 pls, I'm out leafleting for Reform from 10 || Agent: I can see a "
        "07:00-08:00 slot, shall I move it? || yes pls"),
    ("special_categories", "sensitive", "agent_note",
        "Cust asked to cancel Saturday slot as she'll be 'on the Palestine march in London all day'. Moved to "
        "Sunday 10-11."),
    ("special_categories", "sensitive", "sms",
        "can the driver leave it with next door, I'm at the count til late, I'm a Lib Dem councillor and it's going "
        "to be a long night lol"),
    ("special_categories", "sensitive", "review",
        "Delivered lunch for our Extinction Rebellion group to my flat bang on time. I'm one of the local "
        "organisers and we had 15 people round painting banners. Falafel wrap tray was a hit. 5*"),
    ("special_categories", "sensitive", "dm",
        "honestly i voted leave and the 'we miss Europe' banner on your app is a bit much for a grocery shop. "
        "anyway where's my order"),
    ("special_categories", "sensitive", "call",
        "Customer: I'm hosting a fundraiser dinner at my house for our Conservative association, I've been a member "
        "for twenty years. Can I order six of the roast lamb trays? || Agent: Certainly, which date? || Customer: "
        "The 14th, evening."),
    ("special_categories", "sensitive", "email",
        "I'm a Plaid Cymru activist and would love to see Welsh-language shelf labels at the Carmarthen store. It "
        "matters to a lot of us here. Diolch, Elin"),
    ("special_categories", "sensitive", "voicemail",
        "Hi, this is Gemma, I'll miss my slot tomorrow, I'll be protesting outside the council offices about the "
        "library closures all day. Can you leave it in the blue box by the gate? Thanks."),
    ("special_categories", "sensitive", "email",
        "As a shop steward I'm at branch meetings every Thursday evening, so please stop booking my standing slot "
        "for Thursday 6-7pm. Friday any time is fine. Thanks, Dougie"),
    ("special_categories", "sensitive", "chat",
        "I'm on the picket line Tuesday and Wednesday so nobody home, can you hold the order at Eastgate for "
        "collection Thursday? || Agent: No problem, I've switched TP-62290 to click and collect. || cheers"),
    ("special_categories", "sensitive", "agent_note",
        "Cust is an RMT member, says he's been out on strike days and wants to pause subscription until the dispute "
        "ends. Paused 4 weeks."),
    ("special_categories", "sensitive", "sms",
        "hi its Kev from the NEU, not the branch order, my own one lol, can u deliver to my home 22 Cedar Close "
        "instead"),
    ("special_categories", "sensitive", "web_form",
        "Message: I'm the GMB branch secretary and I'm hosting our retired members' coffee morning at my house on "
        "the 5th. Could I get two pastry trays delivered to my home address rather than the union office?"),
    ("special_categories", "sensitive", "review",
        "Union member for 25 years, so I was glad to read your warehouse staff finally got recognition. Shopping "
        "here from now on. The halloumi fries kit is excellent too."),
    ("special_categories", "sensitive", "call",
        "Customer: Can I change the delivery to my work address? || Agent: Sure, what's the address? || Customer: "
        "Actually, no, leave it. I'm the Usdaw rep on site and management will make a thing of it if they see a "
        "delivery for me. Home is fine."),
    ("special_categories", "sensitive", "voicemail",
        "Hi, Shona Mackie, calling about my order, I'm at the union conference in Brighton as a delegate Monday to "
        "Wednesday so please don't deliver those days. Thursday's fine."),
    ("special_categories", "sensitive", "dm",
        "joined the bakers' union yesterday at my new job so I'm treating myself, is the baklava tray still on "
        "offer?"),
    ("special_categories", "sensitive", "email",
        "Hi, we're both dads and we ordered the family meal kit for 4. One of the recipe cards says 'ask Mum to "
        "help with the chopping'. Small thing, but could the cards be a bit more neutral? Cheers, Tom"),
    ("special_categories", "sensitive", "chat",
        "hey, Marcus here. it's our 5th wedding anniversary saturday and my husband loves your lamb kofta, can I "
        "get the kofta doubled on the sharing tray? || Agent: Congratulations! Yes, I've doubled it. || legend"),
    ("special_categories", "sensitive", "dm",
        "hi! planning a picnic for my girlfriend, it's been a year since I came out to my family so it's kind of a "
        "celebration lol. which hamper is best for 2? x Hannah"),
    ("special_categories", "sensitive", "agent_note",
        "Cust (Ms Harlow) asked to add her wife, Ms J. Tanaka, as a second named person on the account so either "
        "can receive alcohol. Added."),
    ("special_categories", "sensitive", "sms",
        "can the order go under my boyfriend's name, Luis, he'll be in. Thanks, Owen"),
    ("special_categories", "sensitive", "review",
        "Bought the 'Sweetheart Box' for me and my partner. We're both bi and both terrible cooks, so this was "
        "perfect. 4/5, the brownie was dry."),
    ("special_categories", "sensitive", "web_form",
        "Free-text: Does the pharmacy counter at Eastgate stock PrEP, or just condoms and tests? Asking for myself, "
        "my clinic appointment isn't for ages."),
    ("special_categories", "sensitive", "call",
        "Agent: Who should I put as the named recipient? || Customer: Put my partner, Aaron Webb. || Agent: And "
        "your name for the account? || Customer: Daniel Webb, we got married in June so it's only just changed."),
    ("special_categories", "sensitive", "voicemail",
        "Hi, it's Pat. Me and my girlfriend are doing the brunch at ours for the street's Pride party, so I need "
        "two more falafel trays on order TP-63345. Cheers."),
    ("special_categories", "sensitive", "email",
        "Hi, after my transition I changed my name by deed poll but the delivery labels still show my old name. "
        "Please update it to Alex Morgan. I'd really rather the driver didn't read my deadname out at the door."),
    ("special_categories", "sensitive", "chat",
        "hi, my pronouns are they/them, the person on the phone earlier kept calling me 'sir', not a huge deal but "
        "could you note it || Agent: I'm really sorry about that. I've added your pronouns to the account notes. || "
        "thanks"),
    ("special_categories", "sensitive", "agent_note",
        "Cust is a trans woman, asked for account title changed from Mr to Ms and old first name removed from order "
        "history. Done; confirmed by email."),
    ("special_categories", "sensitive", "sms",
        "hey can u update the name on my account to Jamie, im non binary and dont use Miss anymore. Mx if u have it"),
    ("special_categories", "sensitive", "web_form",
        "Title: Other; Please specify: I'm genderfluid and none of your dropdown titles fit, so I've had to pick "
        "'Other' and now the labels say 'Other Reid'. Could you add Mx or no title?"),
    ("special_categories", "sensitive", "review",
        "Staff member at the Crown Street store asked me if I was 'a man or a woman' when I handed over my loyalty "
        "card. I'm trans and that's the last thing I need when I'm buying lentils. 1 star. || Agent: We're very "
        "sorry, that's not acceptable. Please email us so we can follow this up."),
    ("special_categories", "sensitive", "dm",
        "so my gender recognition certificate came through!! updated everything except my Tarn Pantry account lol. "
        "how do I change the title and name?"),
    ("special_categories", "sensitive", "call",
        "Customer: The card's in my new name but the account's in my old one and the payment keeps failing. || "
        "Agent: Has the name on the account changed? || Customer: Yeah, I transitioned last year. New name's "
        "Rhiannon. || Agent: No problem, I'll update it now."),
    ("special_categories", "sensitive", "voicemail",
        "Hi, it's Sam, I'm collecting my partner's click and collect at Hove later. He's trans and his ID still has "
        "his old name on it, so if the desk has a problem just ring me on 07700 900388."),
    ("special_categories", "sensitive", "email",
        "My BRCA result came back positive last month and I'm trying to overhaul how I eat. Could you recommend a "
        "veggie meal kit plan, ideally low on processed meat substitutes? Thanks, Harriet"),
    ("special_categories", "sensitive", "chat",
        "hi, did one of those home DNA kits and apparently I've got the gene variant for lactose non-persistence "
        "lol. which of your yoghurts are lactose free? || Agent: The Skyr and coconut ranges are both lactose free. "
        "|| ta"),
    ("special_categories", "sensitive", "agent_note",
        "Cust mentioned he has familial hypercholesterolaemia (genetic, confirmed by DNA test, his kids have it "
        "too) and asked for low-sat-fat tags on meal kits. Passed to product team."),
    ("special_categories", "sensitive", "sms",
        "Pls swap the broad beans in the kit, I have G6PD deficiency (its genetic) and cant eat them"),
    ("special_categories", "sensitive", "web_form",
        "Comments: I'm a carrier of the haemochromatosis gene (HFE) so I avoid iron-fortified cereals, and your "
        "substitution gave me the fortified one. Please note it on my account."),
    ("special_categories", "sensitive", "review",
        "Genuinely helpful staff. I mentioned my genetic test showed I'm a slow caffeine metaboliser and they found "
        "me a decent decaf chai. 5*"),
    ("special_categories", "sensitive", "call",
        "Customer: Can you tell me how much folic acid is in the fortified bread? || Agent: It's 100 micrograms per "
        "slice. || Customer: Okay, I've got the MTHFR variant and my genetic report says to keep an eye on it."),
    ("special_categories", "sensitive", "dm",
        "ancestry DNA test says I'm 40% Ethiopian which I had NO idea about!! what Ethiopian stuff do you stock, "
        "want to try cooking some"),
    ("special_categories", "sensitive", "email",
        "I don't want my face scanned at self-checkout. The age-check camera at Eastgate took my photo when I "
        "bought wine on the 3rd. Please delete any face scan you hold of me. Ruth Akande, account ending 4471."),
    ("special_categories", "sensitive", "agent_note",
        "Cust's voiceprint enrolment failed 3x on the phone line. Reset her voice ID and verified via security "
        "questions instead. Re-enrol next call."),
    ("special_categories", "sensitive", "sms",
        "can u delete my face ID from the smart locker at Kingsmead? moved house and dont use it anymore"),
    ("special_categories", "sensitive", "web_form",
        "Data request: Please send me a copy of all biometric data you hold on me, including the palm scan I "
        "registered for the unstaffed night store in Hove. Name: Oluwaseun Bello."),
    ("special_categories", "sensitive", "review",
        "The new palm-scan pay at Brixton is brilliant, registered my hand once and now I just wave and go. 4 "
        "stars, loses one for the queue at the hot counter."),
    ("special_categories", "sensitive", "call",
        "Agent: For security I'll just verify you with your voice ID. || Customer: Actually I'd like to opt out of "
        "that, I don't like my voice being stored. || Agent: No problem, I'll delete your voiceprint and we'll use "
        "a passcode instead."),
    ("special_categories", "sensitive", "voicemail",
        "Hi, it's Nadeem, the locker at Fenwick Street didn't recognise my face this morning so I couldn't get my "
        "order out. Can someone re-register my face scan or text me a code? 07700 900259."),
    # ---- special categories, benign
    ("special_categories", "benign", "chat",
        "do you offer halal options on the catering trays or is it all veggie? || Agent: All our meat trays use "
        "certified halal meat, and we have fully vegetarian trays too. || perfect thanks, will order for the office "
        "lunch"),
    ("special_categories", "benign", "email",
        "Is the kosher section at Hendon supervised by a particular beth din? I'm trying to write an accurate guide "
        "to local shops for our residents' association newsletter and don't want to get it wrong."),
    ("special_categories", "benign", "web_form",
        "Enquiry: Opening hours; Message: Do your stores change their hours during Ramadan? Someone said a few "
        "branches stay open later in the evenings and I'd like to know which."),
    ("special_categories", "benign", "review",
        "The Diwali Mithai Box is gorgeous, the packaging alone is worth it. Pistachio barfi a bit dry but the kaju "
        "katli was perfect. 4/5"),
    ("special_categories", "benign", "agent_note",
        "St Bartholomew's Church hall committee placed a bulk order (8 sandwich trays) for the harvest fair. "
        "Invoice to the church treasurer. Delivery to the side door, 10am."),
    ("special_categories", "benign", "call",
        "Customer: Hi, I'm calling from the Al-Noor Mosque facilities committee, we'd like to book your catering "
        "for the community open day. || Agent: Lovely, how many guests? || Customer: About 150, mixed trays please, "
        "and invoice the mosque."),
    ("special_categories", "benign", "sms",
        "Hi, is the Passover range in at Golders Green yet? Matzo's showing sold out online. || Agent: Hi! Golders "
        "Green has it in store now and online stock refreshes tonight. || great thanks"),
    ("special_categories", "benign", "dm",
        "the 'Unholy Trinity' chilli sauce bundle is unreal 🔥 any chance of a fourth flavour || Agent: Funny you "
        "should ask, a smoked habanero is in testing now 👀 || take my money"),
    ("special_categories", "benign", "email",
        "Hello, the Christmas Hamper (Large) arrived with a cracked jar of cranberry sauce. Order TP-70331. Could "
        "you send a replacement jar? Everything else was lovely."),
    ("special_categories", "benign", "web_form",
        "Question: Do your halal chickens come from stunned or unstunned slaughter? I can't see it on the pack "
        "label and would like to know how it's shown."),
    ("special_categories", "benign", "chat",
        "is there a face ID option for logging into the app? || Agent: Yes, on supported phones you can turn it on "
        "under Settings > Security. || nice"),
    ("special_categories", "benign", "review",
        "Heritage tomato box was incredible, the black krims especially. Will order again. 5* || Agent: Thank you! "
        "The box runs until the end of September."),
    ("special_categories", "benign", "agent_note",
        "Query from Kingsbridge Synagogue kitchen manager re bulk kosher chicken for the community seder. Sent "
        "trade price list. No personal details."),
    ("special_categories", "benign", "sms",
        "Order TP-71200 is missing the jerk seasoning from the Caribbean Kitchen kit. Can u refund it? || Agent: "
        "Sorry about that, I've refunded £1.80 for the seasoning. || cheers"),
    ("special_categories", "benign", "email",
        "Our students' union is running an international food fair and would like sample platters from your World "
        "Foods range. Could someone quote for 300 tasting portions? Thanks, SU Events Office"),
    ("special_categories", "benign", "call",
        "Customer: Is the Polish deli counter at Kingsmead open Sundays? || Agent: Yes, ten till four. || Customer: "
        "Great, I'll pop in for kabanos."),
    ("special_categories", "benign", "web_form",
        "Message: Your 'Vote for us' email for the Best Local Grocer awards had a broken link. Thought you'd want "
        "to know before the deadline."),
    ("special_categories", "benign", "dm",
        "gonna be honest the conservative amount of tahini in the hummus kit is criminal 😂 double it pls"),
    ("special_categories", "benign", "review",
        "Pride Rainbow Cupcakes for our team social were a massive hit, bright and not too sweet. || Agent: So glad "
        "they went down well!"),
    ("special_categories", "benign", "email",
        "The GMB branch at Halford Logistics would like to order breakfast platters for our AGM on 3 March, 40 "
        "people. Please invoice the branch account, not any individual."),
    ("special_categories", "benign", "chat",
        "Agent: Hi, thanks for waiting! || hi, do you sell those labour-saving veg packs, the pre-chopped ones? || "
        "Agent: Yes, our 'Prepped & Ready' range, in the chiller next to salads."),
    ("special_categories", "benign", "agent_note",
        "Customer asked whether Tarn Pantry uses fingerprint or face scans at the smart lockers. Confirmed lockers "
        "use PIN codes only. General enquiry."),
    ("special_categories", "benign", "sms",
        "Does the Union Street branch do click and collect? || Agent: Yes, from 8am to 9pm, collection point is by "
        "the entrance. || perfect"),
    ("special_categories", "benign", "voicemail",
        "Hi, it's Helen from the Temple Road Gurdwara kitchen committee, returning your call about the chapati "
        "flour, yes, we'd like ten of the 25 kilo sacks delivered Thursday please."),
    ("special_categories", "benign", "email",
        "The 'Kosher for Passover' shelf tags at Hendon are sitting on non-Passover products. Flagging it before "
        "someone buys the wrong thing."),
    ("special_categories", "benign", "review",
        "The Jamaican Patty Tray was spot on, flaky pastry, proper scotch bonnet heat. Will order for the next "
        "office birthday."),
    ("special_categories", "benign", "web_form",
        "Subject: Gift message; Message: Please add 'Happy Hanukkah from all at Brightwell & Co.' to corporate "
        "hamper order TP-72015."),
    ("special_categories", "benign", "chat",
        "do u do a ramadan iftar box? saw it on your socials || Agent: Yes, the Iftar Sharing Box is available "
        "until the end of the month. || how many does it feed || Agent: Four to six."),
    ("special_categories", "benign", "dm",
        "the gene pool of your sourdough starter must be elite, best loaf I've had from a shop || Agent: Our bakers "
        "will be insufferable now, thank you 😄"),
    ("special_categories", "benign", "call",
        "Customer: I'm calling from the Halden Borough elections office, we need lunch trays for the count staff on "
        "the night. || Agent: Happy to help, how many? || Customer: Sixty, delivered to the leisure centre by 9pm."),
    ("special_categories", "benign", "email",
        "Does the Eid Festival Hamper ship to Northern Ireland, or is it mainland only? Couldn't find it in the "
        "delivery FAQ."),
    ("special_categories", "benign", "agent_note",
        "Caller asked which body certifies the halal status of our own-brand sausages. Answered: HCB. No order "
        "issue."),
    ("special_categories", "benign", "review",
        "Bought the Lunar New Year dumpling kit for a work potluck. Folding instructions were clear even for total "
        "beginners. 5 stars."),
    ("special_categories", "benign", "sms",
        "hi do u sell kosher salt in the small stores or is it only the big ones? its for a recipe || Agent: It's "
        "in all stores, usually next to the sea salt. || thx"),
    ("special_categories", "benign", "web_form",
        "Question: Does your app's voice ordering feature keep recordings? I'm reviewing grocery apps for a tech "
        "blog and want to describe it accurately."),
    ("special_categories", "benign", "voicemail",
        "Hello, this is the parish office at St Mary's. We'd like to place our usual order of 200 hot cross buns "
        "for the Good Friday coffee morning. Please call back on 07700 900381."),
    ("special_categories", "benign", "chat",
        "what's the difference between your 'Halal' and 'Zabiha Halal' labels? || Agent: 'Zabiha Halal' means "
        "hand-slaughtered under our certifier's stricter standard; both are certified. || interesting, thanks"),
    ("special_categories", "benign", "email",
        "I'm writing an article about British-Caribbean food businesses for a food magazine. Could I speak to your "
        "World Foods buyer about how the Caribbean range is sourced?"),
    ("special_categories", "benign", "dm",
        "your rainbow bagels are aggressively colourful and I'm here for it || Agent: As the bakery intended 🌈"),
    ("special_categories", "benign", "review",
        "Vegetarian Thali Kit was delicious but the paneer was past its date. || Agent: Sorry Amrit, we've refunded "
        "the paneer and flagged it with the store."),
    ("special_categories", "benign", "agent_note",
        "Enquiry from Westbrook Working Men's Club steward re catering trays for a quiz night. Trade account set up "
        "for the club."),
    ("special_categories", "benign", "chat",
        "what titles does your sign-up form offer? doing an accessibility audit for my company || Agent: Mr, Mrs, "
        "Ms, Miss, Mx, Dr, or no title. || great, thanks"),
    ("special_categories", "benign", "email",
        "The tracking page says 'Driver verified with biometric scan'. What does that mean? Is that your drivers "
        "clocking in?"),
    ("special_categories", "benign", "web_form",
        "Message: The fingerprints all over the glass door at the Hove store are grim, please get someone on it. "
        "Otherwise nice shop."),
    ("special_categories", "benign", "sms",
        "Is the challah preorder closing thursday or friday this week? || Agent: Thursday at 8pm for Friday "
        "collection. || ok thanks"),
    ("special_categories", "benign", "call",
        "Customer: Do you have the Greek Easter tsoureki in yet? || Agent: It lands next Wednesday. || Customer: "
        "Lovely, I'll order one for the office."),
    ("special_categories", "benign", "review",
        "The Punjabi Samosa Chaat kit takes about 40 minutes, not the 25 on the box. Tasty though. 3* || Agent: "
        "Thanks, that's fair feedback, we'll get the timing on the box looked at."),
    ("special_categories", "benign", "dm",
        "which of your hampers are certified kosher? need a list for our corporate gifting catalogue"),
    ("special_categories", "benign", "email",
        "Hello, the 'Vegan Pride' plant burger packs in the chiller at Eastgate are labelled as containing milk. "
        "Either the label or the recipe is wrong. Photo attached."),
    ("special_categories", "benign", "agent_note",
        "Hindu Temple of Northfield trustees requested a quote for prasad sweet boxes (2,000) for their annual "
        "festival. Quote sent to the temple office."),
    ("special_categories", "benign", "chat",
        "hi is the Diwali hamper still available? || Agent: Sorry, sold out! We still have the Festival of Lights "
        "Sweets Tin. || aw ok, that one then"),
    ("special_categories", "benign", "voicemail",
        "Hi, it's Gareth, building manager at the Northgate Trade Union Centre, we need the meeting room tea and "
        "biscuits moved from Monday to Tuesday. Thanks."),
    ("special_categories", "benign", "web_form",
        "Question: Are your 'DNA-verified Wagyu' mince packs actually Wagyu? The label says 'DNA verified breed', "
        "what does that involve?"),
    ("special_categories", "benign", "sms",
        "Pls confirm the iftar catering for Northfield Islamic Centre is booked for the 14th, thanks. Centre admin "
        "office"),
    ("special_categories", "benign", "review",
        "Ordered the Jewish Deli Platter for a work leaving do. Salt beef was superb and the pickles properly sour."),
    ("special_categories", "benign", "call",
        "Customer: Does the age-check camera at your self-checkouts keep images of customers? || Agent: No, it "
        "estimates age on the spot and doesn't store images. || Customer: Okay, thanks, good to know."),
    ("special_categories", "benign", "email",
        "Good morning, we're the organising committee of Halden Pride and would like to discuss a Tarn Pantry "
        "sponsorship stall at this year's event. Who's the right contact?"),
    ("special_categories", "benign", "dm",
        "is the Pride Month Picnic Box coming back this year? it was so cute"),
    ("special_categories", "benign", "agent_note",
        "Caller (procurement, Halden Council) asked about our supplier diversity policy and whether we publish "
        "ethnicity pay gap data. Directed to corporate site."),
    ("special_categories", "benign", "chat",
        "do your drivers wear body cams? || Agent: Some vans have dash cams, but drivers don't wear body cameras. "
        "|| ok ta"),
    ("special_categories", "benign", "review",
        "The Ethiopian Injera Kit is a revelation. Berbere fragrant, injera soft. Took a star off for the flimsy "
        "box."),
    ("special_categories", "benign", "web_form",
        "Subject: Election day; Message: Will deliveries run as normal on polling day, 2 May? Our office building "
        "is a polling station so access will be limited."),
    ("special_categories", "benign", "email",
        "The 'Born Free' name on your free-range eggs made me laugh. Anyway, the last box had two cracked. Order "
        "TP-73308."),
    ("special_categories", "benign", "sms",
        "Hey is the iftar catering tray halal certified? its for our sports club's charity evening"),
    ("special_categories", "benign", "voicemail",
        "Hello, it's Barry from Methodist Central Hall bookings, we're hosting a conference on the 20th and would "
        "like lunch trays for 60 delivered to the main entrance."),
    ("special_categories", "benign", "chat",
        "can I change the title on a gift recipient's address? the hamper label says Mrs but she's a Dr || Agent: "
        "Yes, I've updated it to Dr. || thank you"),
    ("special_categories", "benign", "dm",
        "saw your post about the Kosher Food Festival stall, what time are you there till on Sunday? || Agent: "
        "Until 5pm, come and say hi! || will do"),
    ("special_categories", "benign", "review",
        "The Korean Kimchi Starter Kit fermented perfectly in five days. Great instructions. 5* || Agent: So "
        "pleased! Share a photo with us if you're on socials."),
    ("special_categories", "benign", "agent_note",
        "Enquiry: customer asked if the facial recognition trial at Brixton is still running. Confirmed trial ended "
        "in June. General query, no data involved."),
    ("special_categories", "benign", "email",
        "Hi there, our Women's Institute branch would like 12 afternoon-tea hampers for the summer fete raffle. Is "
        "there a discount for bulk orders?"),
    # ---- bereavement, sensitive
    ("bereavement", "sensitive", "email",
        "Hello, my husband passed away in January and the weekly meal kit is still in his name. Please cancel it. I "
        "can't face the boxes arriving. Irene Walsh"),
    ("bereavement", "sensitive", "chat",
        "can I order a catering tray for after a funeral on Friday, for about 40? || Agent: I'm sorry for your "
        "loss. Yes, we can do that. || thank you, it's my dad's, we're having people back at the house after"),
    ("bereavement", "sensitive", "agent_note",
        "Cust's mother died last week; mother was the account holder. Closed account, refunded remaining "
        "subscription credit to estate, stopped all marketing."),
    ("bereavement", "sensitive", "sms",
        "pls cancel the anniversary cake order, my wife died on tuesday || Agent: I'm so very sorry. I've cancelled "
        "the order and the refund will be back on your card in 3-5 days. Please don't worry about anything else."),
    ("bereavement", "sensitive", "voicemail",
        "Hi, it's about a shiva tray order, we need platters for the evenings of shiva for my mother, starting "
        "Sunday, at my brother's house. Please call me back."),
    ("bereavement", "sensitive", "review",
        "When my son died the staff at Kingsmead sent a hamper round without being asked. I'll never forget it. || "
        "Agent: We're thinking of you, Margaret."),
    ("bereavement", "sensitive", "web_form",
        "Reason for contact: Bereavement; Details: Please remove Robert Hale (died 2 April) from the account and "
        "keep me, Susan Hale, as the only account holder."),
    ("bereavement", "sensitive", "dm",
        "lost my nan on sunday and just got your birthday reminder email for her 😔 how do i turn those off"),
    ("bereavement", "sensitive", "call",
        "Customer: I need to change Thursday's delivery. || Agent: Sure, to when? || Customer: After the weekend "
        "please. It's my brother's funeral on Thursday."),
    ("bereavement", "sensitive", "email",
        "We lost our baby at 20 weeks and the 'New Arrival' box subscription is still coming. Please stop it and "
        "don't contact us about it again."),
    ("bereavement", "sensitive", "agent_note",
        "Caller's partner passed away suddenly; she found a Pay Later balance of £64. Waived as per bereavement "
        "policy, closed account."),
    ("bereavement", "sensitive", "chat",
        "my grandad died and he had a standing order for fish on fridays. can u stop it? his name is Walter Pike || "
        "Agent: I'm so sorry. I've cancelled it and there'll be no more charges."),
    ("bereavement", "sensitive", "sms",
        "hi, doing the food for my best mate's wake next week, need 3 sandwich trays and the samosa platter"),
    ("bereavement", "sensitive", "voicemail",
        "Hello, it's Ayesha, I won't need the Eid hamper this year, my mum passed away last month and we're not "
        "really celebrating. Please refund it if you can."),
    ("bereavement", "sensitive", "web_form",
        "Comments: The driver left the order on the step during my father's memorial at our house and it got "
        "soaked. I know it's not your fault. Just needed to tell someone."),
    # ---- bereavement, benign
    ("bereavement", "benign", "sms",
        "my phone died mid-order, did it go through? TP-81120 || Agent: Yes, it's confirmed for tomorrow 9-10am. || "
        "amazing thx"),
    ("bereavement", "benign", "review",
        "The Day of the Dead sugar skull cookies were so pretty, ordered them for our office Halloween party. Gone "
        "in ten minutes. 5* || Agent: Love that! They're back again in October."),
    ("bereavement", "benign", "chat",
        "the basil plant died within 2 days, can i get a refund? || Agent: Sorry about that! Refunded. || cheers"),
    ("bereavement", "benign", "email",
        "The scanner battery is dead at the Hove self-checkout every morning, just FYI. Queue was out the door "
        "today. || Agent: Thanks for letting us know, I've passed it to the store manager to get the chargers "
        "checked."),
    ("bereavement", "benign", "agent_note",
        "Funeral directors (Ashford & Sons) asked about a trade account for office tea, coffee and biscuits. Set up."),
    ("bereavement", "benign", "web_form",
        "Subject: Late slot; Message: The 22:00 'late' slot keeps vanishing from the app before I can book it. Is "
        "it being phased out?"),
    ("bereavement", "benign", "dm",
        "RIP to my diet, the baklava tray is back 💀 || Agent: We're sorry (we're not sorry)"),
    ("bereavement", "benign", "call",
        "Customer: The app's been dead all morning, I can't log in. || Agent: We had an outage earlier, it should "
        "be back now. || Customer: Oh yes, that's working."),
    ("bereavement", "benign", "voicemail",
        "Hi, it's Tom from the Memorial Hall bookings office, confirming the catering order for Saturday's quiz "
        "night. Cheers."),
    ("bereavement", "benign", "review",
        "Dead-on delivery time and the driver was lovely. || Agent: Thank you, we'll pass that on!"),
    ("bereavement", "benign", "email",
        "Do you do sympathy hampers, and can they go with a blank card? Our HR team is writing a gifting policy and "
        "wants to know the options."),
    ("bereavement", "benign", "sms",
        "my mum's going to kill me, I forgot to order her birthday cake, any same-day slots??"),
    ("bereavement", "benign", "chat",
        "Agent: Hello! || hi is the 'Late Night Munchies' box still a thing || Agent: It is! It's in Snacks & "
        "Treats."),
    ("bereavement", "benign", "agent_note",
        "Caller asked about our policy for closing the accounts of deceased customers, for a leaflet her charity is "
        "writing. Sent policy summary. No individual case."),
    ("bereavement", "benign", "web_form",
        "Message: Your 'Death by Chocolate' tray bake is amazing. Any plans for a vegan version? || Agent: Thank "
        "you! A vegan version is being trialled in two stores this spring."),
    # ---- violence self harm, sensitive
    ("violence_self_harm", "sensitive", "email",
        "Please stop leaving my deliveries on the doorstep. My ex has been following me and I think he worked out "
        "my new address from the bags. Can you use unbranded bags and only hand them to me in person?"),
    ("violence_self_harm", "sensitive", "agent_note",
        "Driver reported being punched by a resident at Lyle Court during delivery TP-82011. Police called, driver "
        "checked over at A&E, shaken but ok. H&S incident logged."),
    ("violence_self_harm", "sensitive", "chat",
        "can you remove my address from the account, my partner hits me and I'm leaving this weekend, I don't want "
        "him to see where I'm ordering to || Agent: I'm so sorry. I've removed it. If you're ever in immediate "
        "danger please call the emergency services. || thank you"),
    ("violence_self_harm", "sensitive", "sms",
        "honestly dont even know why im ordering food, dont think ill be here next week anyway"),
    ("violence_self_harm", "sensitive", "voicemail",
        "Hello, this is a message for the manager. One of your shelf stackers at Eastgate has been messaging my "
        "daughter online and turning up outside our house. She's told him to stop. I want something done."),
    ("violence_self_harm", "sensitive", "review",
        "Avoid the Crown Street store. A man screamed abuse at me in the queue and shoved me into the display, and "
        "staff just watched."),
    ("violence_self_harm", "sensitive", "web_form",
        "Comments: I've been self-harming again and I'd stopped eating properly. My therapist suggested meal kits "
        "so at least I cook once a day. Could the portions be smaller?"),
    ("violence_self_harm", "sensitive", "dm",
        "ur driver threatened to 'sort me out' because I complained the eggs were smashed. I've got it on my "
        "doorbell cam."),
    ("violence_self_harm", "sensitive", "call",
        "Customer: I'm calling about a man in your car park. || Agent: What's happened? || Customer: He's been "
        "waiting by my car three nights running after my shift. I think he's following me home."),
    ("violence_self_harm", "sensitive", "email",
        "A user on your recipe forum keeps sending me threatening messages after I left a bad review of his "
        "restaurant. 'I know where you live' and worse. Screenshots attached."),
    ("violence_self_harm", "sensitive", "agent_note",
        "Cust said on call she 'doesn't see the point anymore' and hasn't eaten for days. Agent stayed on the line, "
        "gave crisis line details, escalated to welfare team per protocol."),
    ("violence_self_harm", "sensitive", "chat",
        "Agent: Is there anything else? || yeah sorry, can the driver not mention the order to my husband if he "
        "answers. he checks everything I buy and gets angry. just leave it with number 14"),
    ("violence_self_harm", "sensitive", "sms",
        "Driver grabbed my arm when I said I wanted to check the bags first. Left a bruise. Order TP-82290."),
    ("violence_self_harm", "sensitive", "voicemail",
        "Hi, um, I'm ringing because my brother's been sending me threats since I cut contact, and he's been "
        "phoning your store pretending to be me to get my address. Please don't give it out."),
    ("violence_self_harm", "sensitive", "review",
        "Store manager in Hove stepped in when a man was harassing me by the tills and following me round the "
        "aisles. Thank you. || Agent: We're so sorry that happened, and glad our team could help."),
    # ---- violence self harm, benign
    ("violence_self_harm", "benign", "review",
        "Killer Chilli sauce absolutely destroyed me. 10/10 would suffer again. || Agent: A true hero. Milk is in "
        "aisle 4."),
    ("violence_self_harm", "benign", "chat",
        "this bug is killing me, every time I add the samosa tray it empties my basket || Agent: Sorry! Known "
        "issue, fix going out today. || ok"),
    ("violence_self_harm", "benign", "sms",
        "the bag was absolutely battered when it arrived but everything inside was fine lol || Agent: Glad nothing "
        "was damaged! I'll let the depot know about the bags. || no worries"),
    ("violence_self_harm", "benign", "email",
        "Is your Santoku knife set dishwasher safe? Looking at it in the Kitchenware section. || Agent: Hand wash "
        "is recommended to keep the edge, but it's technically dishwasher safe. || Thanks, hand wash it is."),
    ("violence_self_harm", "benign", "agent_note",
        "Customer complaint: 'smashed' eggs in 3 consecutive orders. Packaging team informed. Refund issued."),
    ("violence_self_harm", "benign", "web_form",
        "Message: The recipe card for the Thai green curry kit says 'beat the eggs' twice. I think step 4 is a "
        "duplicate."),
    ("violence_self_harm", "benign", "dm",
        "you guys absolutely smashed it with the new biryani kit 🔥 || Agent: Thank you!! Did you try the raita "
        "sachet with it? || obviously"),
    ("violence_self_harm", "benign", "call",
        "Customer: Do you sell the 'Ghost Pepper Punch' hot sauce? || Agent: Yes, in World Foods. || Customer: "
        "Brilliant."),
    ("violence_self_harm", "benign", "voicemail",
        "Hi, it's Dean from Halden Boxing Club, we want to order the protein snack trays for our fight night "
        "fundraiser, about 80 people."),
    ("violence_self_harm", "benign", "email",
        "Your new 'Knockout Nachos' tray is amazing, can we get it for our office on Friday for 20? || Agent: Yes! "
        "Two large trays cover 20, delivery slots from 11am. || Book us in for 12 please."),
    ("violence_self_harm", "benign", "chat",
        "the app keeps crashing and it's driving me up the wall || Agent: Try updating to version 4.2, that fixes "
        "the crash. || ok"),
    ("violence_self_harm", "benign", "review",
        "Absolute scrum at the Eastgate Boxing Day sale but the deals were worth it. || Agent: Haha, thanks for "
        "braving it!"),
    ("violence_self_harm", "benign", "agent_note",
        "General enquiry about our staff safety policy for late-night deliveries (caller is a journalist). Referred "
        "to press office."),
    ("violence_self_harm", "benign", "sms",
        "Any chance of a cleaver in the kitchenware range? Want a proper one for the butchery bits || Agent: We "
        "have a Chinese-style cleaver, £18.99, online only. || ill have a look"),
    ("violence_self_harm", "benign", "web_form",
        "Subject: Security; Message: Are your stores' security guards allowed to search bags? Just wondering what "
        "the policy is. || Agent: Our guards can ask, but they can't search a bag without the customer's consent."),
]


def tarn_examples() -> list[dict]:
    """The tarn split as labelled tickets (same shape as ``sensitive_eval.build_eval_set``'s)."""
    return stranger_examples("tarn", ENTRIES, SUBJECTS)
