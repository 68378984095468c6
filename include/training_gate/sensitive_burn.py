"""burn split: written by a helper who had not seen the detection rules, the anchors or any other split.
Setting: Sugarloaf & Streamers, an invented celebration bakery and party shop (Kingsmead, Halfpenny Lane and Riverside
branches, online ordering, van delivery): occasion cakes, ToppedByYou toppers, BannerBox banners, the SafeCrumb
allergy-safe range, Pop Parcel party bags, balloons, and the Crumb Club (adults) and Mini Mixers (kids) decorating
classes; registers are email, chat, sms, call_transcript, agent_note, web_form, review, voicemail, dm and in_app.
The benign half borrows the same territory harmlessly: themed product names, festival and faith-event cakes bought as
products, schools, mosques, unions and hospitals ordering as customers, idioms, allergen and policy questions.
70 sensitive and 70 benign tickets for special categories, 50 and 50 for children, 20 and 20 for financial hardship,
15 and 15 for health, legal, bereavement and violence and self-harm.
First reading (policy 2026.11.24.3, before any change made in response to it; `sensitive_eval.evaluate`, as `make
eval-sensitive`): 93.0 / 2.5 recall / false exclusion in % as shipped, 93.0 / 10.5 without the overruling,
88.5 / 10.5 by the rules alone. Then read while tuning the rules of 2026.11.24.4
(rules alone after the round: 95.5 / 10.0) and trained on for it."""

from __future__ import annotations

from training_gate.sensitive_blind import stranger_examples

SUBJECTS: tuple[str, ...] = (
    "Order problem",
    "Cake collection time",
    "Delivery slot change",
    "Topper wording",
    "Banner proof",
    "Class booking",
    "Allergen question",
    "Refund request",
    "Balloon order",
    "Party bag order",
    "Account and app",
    "Deposit and payment",
    "Feedback",
    "Custom cake enquiry",
)

ENTRIES: list[tuple[str, str, str, str]] = [
    # ---- health
    ("health", "sensitive", "email",
     "Hello, I've put down the deposit for a three-tier wedding cake (order SS-40213) and chose the SafeCrumb "
     "gluten-free sponge. I was diagnosed coeliac in March, so I need to know whether it's baked on shared trays "
     "or in the separate room. Even a few crumbs put me in bed for days. Thanks, Harriet Voss"),
    ("health", "benign", "chat",
     "hi do you still do the Doctor's Orders cake with the little stethoscope on it? it's for a nurse retiring "
     "after 38 years on the ward, we want it to say Off Duty At Last || Agent: We do! It comes in 8 or 10 inch. "
     "|| 10 inch please, collection from Riverside on the 21st"),
    ("health", "sensitive", "sms",
     "Hi its Dev Kapoor, cake SS-40877 was due for pickup today but Ive been kept in at St Aldric's after my op, "
     "can my brother collect it tomorrow instead"),
    ("health", "benign", "email",
     "Dear Sugarloaf team, could you send your full allergen matrix for the Diwali mithai box and the Cloudburst "
     "sponge? We're a catering agency and our standard paperwork needs all fourteen allergens listed per item. "
     "A PDF is fine. Regards, Connor Healy, Bright Table Events"),
    ("health", "sensitive", "call_transcript",
     "Caller: Hi, quick question about the tiramisu layer in the Starlight Stack. || Agent: Sure, go ahead. || "
     "Caller: Is the mascarpone pasteurised? And is there raw egg? I'm twenty weeks along and my midwife is strict "
     "about that stuff. || Agent: Let me check with the Kingsmead kitchen. Everything is pasteurised and the "
     "custard is cooked, but I'll email you confirmation. || Caller: Lovely, thank you."),
    ("health", "benign", "review",
     "The salted caramel fudge cake is dangerously good. Ate three slices at the party and I think I now need a "
     "cardiologist on speed dial. Five stars, would clog my arteries again."),
    ("health", "sensitive", "voicemail",
     "Hi, this is Gwen Ashdown, I've booked the Crumb Club on Thursday at Halfpenny Lane. I use a wheelchair and "
     "the last time I came past that shop there was a big step at the door. Is there a ramp or a side way in? "
     "Could someone ring me back on 07700 900214. Thanks."),
    ("health", "benign", "web_form",
     "Organisation: Westbrook General Hospital, Maternity Unit. Request: 120 cupcakes with pale blue and lilac "
     "icing for staff appreciation week, delivered to the main reception by 8am on Monday 3rd. Invoice to the "
     "hospital's finance office, PO number to follow."),
    ("health", "sensitive", "review",
     "Honest review: my taste has been all over the place since I started chemo and most sweet things taste of "
     "metal to me right now. The lemon drizzle from Riverside was the first cake in weeks I actually enjoyed. The "
     "girl on the counter was so kind when I explained. Thank you."),
    ("health", "benign", "sms",
     "ur app is sick today lol keeps crashing when i hit checkout on the balloon bundle. tried 3 times"),
    ("health", "sensitive", "dm",
     "Hey, sorry to do this over DM. I get really bad panic attacks on the phone so please can the bakery "
     "just message me about the changes to my banner order? Your voicemail asked me to call back and I just can't."),
    ("health", "benign", "call_transcript",
     "Caller: We're planning an alcohol-free engagement party, mocktails only. Do any of your cakes have booze in "
     "them? || Agent: The rum fruit cake and the Prosecco Fizz cupcakes do. Everything else is alcohol-free. || "
     "Caller: Perfect, we'll avoid those two. Can you do the Cloudburst sponge with passion fruit instead? || "
     "Agent: Absolutely."),
    ("health", "sensitive", "agent_note",
     "Customer (Mr Ollie Brandt) phoned re order SS-41502. Says his wife ate one of the SafeCrumb 'nut-free' "
     "brownies on Saturday, had a reaction, needed her EpiPen and was taken to A&E by ambulance. She is home now. "
     "Batch code kept. Escalated to food safety lead and quality manager; product pulled pending check."),
    ("health", "benign", "dm",
     "Do you stock the Get Well Soon foil balloons wholesale? I run a small gift stall in the Riverside "
     "hospital foyer and want to add a few of your designs to the range. Happy to send our trade details."),
    ("health", "sensitive", "in_app",
     "Please text or use the app chat only, not phone calls. I'm deaf and the driver keeps ringing me when he "
     "arrives. Order SS-42091, delivery tomorrow."),
    ("health", "benign", "chat",
     "hiya, are your Mini Mixers tutors first aid trained? just a general q, our parents committee asked me to "
     "check before we recommend the class in the newsletter || Agent: Yes, every tutor holds a current first aid "
     "certificate and there's a kit in each studio. || great thanks"),
    ("health", "sensitive", "email",
     "Hi all, we'd love a gender-reveal cake for the 14th, pink or blue sponge inside with a white outside. "
     "After three rounds of IVF we honestly didn't think we'd get here, so this one means a lot. The clinic "
     "sonographer has sealed the result in an envelope which my sister will drop at your Kingsmead branch. Thank "
     "you! Maya and Sol"),
    ("health", "benign", "voicemail",
     "Hello, it's Priya from Greenway Pharmacy on Station Road. We're opening our new branch next Friday and "
     "want a big sheet cake in our green and white colours with the logo on, plus some balloons for the door. "
     "Could someone call me back at the pharmacy on 555-0134. Thanks."),
    ("health", "sensitive", "chat",
     "Hi, I know I missed my collection slot last week and I'm sorry. I've been signed off work with depression "
     "and some days I can't get out the door. Is there any chance the deposit can go toward a reorder? || Agent: "
     "Of course, please don't worry at all. I'll move the full deposit to a new date of your choosing. || Thank you "
     "so much"),
    ("health", "benign", "review",
     "Ordered the Sugar Rush party bags and the new Low Sugar Lite bags side by side for our office do so people "
     "could choose. Both were great, the Lite ones went first which surprised everyone. Nice labelling too."),
    ("health", "sensitive", "call_transcript",
     "Caller: Hello, I'm ringing about my mum's account, Joan Pelling. She's got dementia and she's been ordering "
     "cakes online without remembering. There are three birthday cakes booked for the same Saturday. || Agent: "
     "I'm sorry to hear that. I can see three orders. Are you able to confirm her postcode? || Caller: Yes, DN4 "
     "7QT. Can we cancel two and keep the one for her sister? || Agent: Yes, I'll do that now and refund the "
     "two deposits."),
    ("health", "benign", "in_app",
     "I'm dying to try the new pistachio rose cake. Is it available for next-day delivery or only in store?"),
    ("health", "sensitive", "sms",
     "hi can we switch the rum-soaked fruit cake on SS-40655 to plain sponge? im on strong antibiotics for a "
     "couple more weeks so no alcohol allowed. same price is fine. Lena"),
    ("health", "benign", "web_form",
     "Company: Ironside Gym & Wellness. We're holding a members' wellness open day on 9 May and would like 80 of "
     "the high-protein brownie bites plus a banner that says Stronger Together. Can you add the nutrition info "
     "on a card beside the tray? Contact: ops@example.com"),
    ("health", "sensitive", "web_form",
     "Class: Crumb Club, Saturday 10am, Kingsmead. Anything we should know: I had a stroke last autumn and my right "
     "hand is still weak, so piping is slow for me. Happy to go at my own pace, just wanted the tutor to know "
     "in advance so I'm not rushed. Name: Bernard Ilves."),
    ("health", "benign", "agent_note",
     "Customer asked in general whether the SafeCrumb range is baked in a nut-free kitchen. Explained separate "
     "room and separate equipment, but same building. Emailed allergen policy. She said it's for a corporate "
     "buffet and she's just ticking boxes for the client."),
    ("health", "benign", "email",
     "Hi there, my colleague keeps joking that your vegan chocolate cake gave him a heart attack at the price, "
     "but honestly it was worth it. Can I get a quote for the same cake in a 12 inch for our team lunch on the "
     "30th? Thanks, Ahmed"),
    ("health", "sensitive", "dm",
     "hi! could the banner say Welcome Home Dad instead of Happy Retirement? plans changed, he's coming out of "
     "rehab on the 12th after the heart bypass and we want to surprise him at the house. same colours pls"),
    ("health", "benign", "sms",
     "Hi, do you do the Hospital Pass themed rugby cake? Its for our club's end of season do. Need it by Sat."),
    ("health", "sensitive", "in_app",
     "Note for the Riverside counter: I'll be collecting with my guide dog Barley, I'm registered blind. Could "
     "someone read the topper spelling back to me before I take the box? Order SS-42330."),
    # ---- special_categories
    ("special_categories", "sensitive", "chat",
     "hey is there any way the Eid platter delivery could be after 9pm instead of the 6-8 slot? we don't eat "
     "until sunset this month so there's no one to open the door before then really || Agent: I can do 9 to 10pm "
     "on the Riverside van. || perfect, jazakallah"),
    ("special_categories", "benign", "email",
     "Assalamu alaikum, I'm writing for the Masjid Al-Noor community committee. We host an open iftar for "
     "neighbours every Friday this month and would like 200 date-and-pistachio cupcakes each week, delivered to "
     "the hall on Albion Street. Could you quote and confirm whether your gelatine and flavourings are halal? "
     "Kind regards, Community Events Team"),
    ("special_categories", "sensitive", "email",
     "Hello, a question before I book the Shabbat challah and dessert standing order. We keep a kosher home and my "
     "husband's father checks everything, so I need to know which of your parve items are made under "
     "supervision and whether they share ovens with the dairy range. Many thanks, Rivka Feld"),
    ("special_categories", "benign", "chat",
     "do you do the thumbprint jam cookies in bulk? want about 60 for a craft fair stall || Agent: Yes, we can "
     "do raspberry or apricot. || raspberry pls"),
    ("special_categories", "sensitive", "review",
     "One star for the security guard at Kingsmead. He stopped me at the door and asked me to take off my kara "
     "and leave the kirpan outside 'for safety'. I've worn both since I took amrit at sixteen and no other shop "
     "on that street has ever said a word. The cake was fine. The welcome was not."),
    ("special_categories", "benign", "web_form",
     "Organisation: St Columba's Parish. Request: Sheet cake for 150 for the parish summer fete, with the words "
     "St Columba's 150 Years and a simple picture of the church spire. Collection from Halfpenny Lane on Saturday "
     "morning. Invoice the parish office."),
    ("special_categories", "sensitive", "voicemail",
     "Hi, it's Anand Mehra about the Diwali order for Sunday. Please make sure nothing has egg in it, not even "
     "the glaze, and no onion or garlic in the savoury bites either, we're quite strict in our house because of "
     "our faith and my mother won't touch it otherwise. Thanks, bye."),
    ("special_categories", "benign", "sms",
     "Are the Diwali diya cupcakes back this year? Saw them in the window last Oct, want 24 for the office"),
    ("special_categories", "sensitive", "agent_note",
     "Standing weekly order for Mrs Levitt: do NOT schedule Saturday deliveries. She explained the household "
     "doesn't answer the door or use the phone from Friday sundown to Saturday night. Friday before 2pm or "
     "Sunday only. Flag on account added."),
    ("special_categories", "benign", "review",
     "This chocolate orange cake is basically a religious experience. I worship at the altar of Riverside now. "
     "Ten out of ten."),
    ("special_categories", "sensitive", "dm",
     "hi, re the cake for my sister's promotion - can it say Congratulations Ruth and NOT happy birthday anywhere? "
     "i saw the default design has candles. we're Witnesses so no birthday stuff at all, she'd be mortified"),
    ("special_categories", "benign", "in_app",
     "When is the Pride rainbow layer range coming back? Our office does a charity bake-off every June and we "
     "buy a couple to kick it off."),
    ("special_categories", "sensitive", "in_app",
     "Order SS-42718 - can you freeze the Easter cake and deliver it on Easter Sunday instead of now? We've all "
     "given up sweets for Lent at our house and my nan will tell the priest if she sees it in the fridge haha"),
    ("special_categories", "benign", "call_transcript",
     "Caller: Hi, I'm an events planner. I've got a client with a bar mitzvah at the Grand Lyle in June. Do you "
     "do kosher-certified cakes? || Agent: We do a parve range made under the Riverside Beth Din licence. I'll "
     "send the certificate. || Caller: Great, and can you deliver straight to the hotel kitchen? || Agent: Yes."),
    ("special_categories", "sensitive", "review",
     "Took the Crumb Club evening class with my friend. As a hijabi I was a bit nervous it would be one of those "
     "classes with loads of alcohol and people being weird, but the tutor offered a women-only table without me "
     "even asking. Really thoughtful. Loved the buttercream roses too."),
    ("special_categories", "benign", "dm",
     "do you sell the Mrs & Mrs and Mr & Mr acrylic toppers trade? I run a wedding stationery shop and customers "
     "keep asking where to find them"),
    ("special_categories", "sensitive", "email",
     "Hi, I'd like a small cake for Saturday that says Eid Mubarak Mum. Some context: I took my shahada last "
     "spring and this is my first Eid as a Muslim. My mum isn't Muslim and has been a bit unsure about it all, but "
     "she's coming round for dinner, so I want it to feel welcoming rather than preachy. Maybe soft gold and "
     "white? Thanks, Chloe Ansell"),
    ("special_categories", "benign", "chat",
     "can i convert my delivery to a collection? the Riverside van slot is too late for us || Agent: Done, "
     "it'll be ready from 10am at Riverside. || cheers"),
    ("special_categories", "sensitive", "chat",
     "Hi! I've got my beit din and mikveh on the 9th, which finishes my conversion after two years of study. "
     "Could I get a cake that says Mazel Tov Naomi with a little Star of David on top for the party after? || "
     "Agent: Congratulations! Yes, we can do blue and silver. || amazing"),
    ("special_categories", "benign", "web_form",
     "Enquiry: Please can you confirm if your Eid Mubarak cupcakes use halal-certified gelatine, and whether "
     "the shortening contains any animal fat? We're compiling a supplier list for the Harbour Street food bank's "
     "Eid hampers."),
    ("special_categories", "sensitive", "web_form",
     "Cake type: Celebration, 10 inch. Message: Born Again at 34. Notes: I was baptised last Sunday after coming to "
     "faith this year, and my small group is throwing a surprise for me. I know that's a bit backwards, but they "
     "asked me to order it myself so the wording is right."),
    ("special_categories", "benign", "sms",
     "Hi the topper on order SS-43002 says Happy Diwli, missing the a. Can you fix before Thurs?"),
    ("special_categories", "sensitive", "dm",
     "odd request maybe. can you do a small cake that says One Year Free? it's been a year since I walked away "
     "from the Witnesses and a couple of mates want to mark it. please don't put anything churchy on it and if "
     "anyone called Mrs Haddow rings asking about my orders, that's my mum, don't tell her"),
    ("special_categories", "benign", "voicemail",
     "Hello, this is Harjit from the Guru Nanak Gurdwara management committee. We're doing a Vaisakhi mela in the "
     "park and we'd like to rent a couple of your balloon arches and buy a big eggless sponge for the volunteers. "
     "Please call the gurdwara office on 555-0167."),
    ("special_categories", "sensitive", "call_transcript",
     "Caller: Hi, my account's in my name but my parents still use it. Every year they order the Eid box on "
     "it. || Agent: Okay, how can I help? || Caller: I don't practise anymore, I haven't for a while, and I'd "
     "rather the Eid marketing stopped coming to my phone. But please don't say anything if they ring. They don't "
     "know. || Agent: That's fine. I'll turn off seasonal messages and add a note not to discuss account changes."),
    ("special_categories", "benign", "agent_note",
     "Caller asked whether we use facial recognition on the branch CCTV. Told her no, standard recording only, "
     "kept 30 days, signage at the door. General question, she said she'd read about it at another chain."),
    ("special_categories", "sensitive", "email",
     "Hello, please switch my standing Friday order from the supervised kosher range to the normal range from now "
     "on. I'm not keeping kosher any more and the supervised stuff is twice the price. If the order history could "
     "stay private from the shared family login that would be appreciated. Thanks, Eli"),
    ("special_categories", "benign", "review",
     "Holy moly the Christmas pudding cake. Divine. Heavenly. Every religious adjective you like. Go buy one."),
    ("special_categories", "sensitive", "chat",
     "Your staff member at Halfpenny Lane asked me where I'm 'actually from' three times after I told her "
     "Bristol. I'm British, my parents are Jamaican, and I just wanted to collect a cake. || Agent: I'm really "
     "sorry. That's not acceptable and I'll raise it with the branch manager today. || Thank you."),
    ("special_categories", "benign", "chat",
     "whats the difference between the Caribbean rum cake and the Jamaican ginger loaf? want something for a "
     "work do || Agent: The rum cake is a dense fruit cake soaked in rum; the ginger loaf is lighter and "
     "alcohol-free. || ginger then"),
    ("special_categories", "sensitive", "review",
     "We're a Romany family and honestly we're used to shops following us round or suddenly being 'fully booked'. "
     "Booked the big christening cake at Riverside in person, nobody batted an eye, lovely service all the way "
     "through. That's rarer than it should be for people like us."),
    ("special_categories", "benign", "email",
     "Hi, we're planning the office Lunar New Year lunch and would like a red and gold cake with a rabbit design, "
     "plus some lanterns and banners if you stock them. About 40 people. Can you quote? Thanks, Fran, Orbitline "
     "Logistics"),
    ("special_categories", "sensitive", "email",
     "Dear Sugarloaf, our wedding is in August. I'm Ghanaian and Tomasz is Polish, and we'd like the cake to nod "
     "to both families: a kente-pattern band on one tier and a wycinanki paper-cut design on another. Is that "
     "something your decorators can do? Best, Abena Mensah"),
    ("special_categories", "benign", "in_app",
     "Can the topper be printed in Arabic script? The text is Eid Mubarak and I've attached the file the client "
     "sent me. I'm a party planner."),
    ("special_categories", "sensitive", "sms",
     "Hi, the name on the banner is Ngozi Adaeze, please keep the spelling exact. Its my Igbo name, my grandma "
     "gave it to me and the last shop 'corrected' it. Thanks"),
    ("special_categories", "benign", "sms",
     "do u deliver to Dublin or just UK? its for a friend's 40th"),
    ("special_categories", "sensitive", "agent_note",
     "Ms Semhar T. came into Riverside to pay for a birthday cake in cash. Explained she arrived from Eritrea "
     "last year, has no UK bank card yet and couldn't use the online form. Took order manually, SS-43391. Left "
     "her number for the collection text: 07700 900377."),
    ("special_categories", "benign", "web_form",
     "Query: Does the World Flavours tasting box include anything from West Africa or Latin America this "
     "season? Our book club does an international night every quarter and we like to match the food to the "
     "book."),
    ("special_categories", "sensitive", "in_app",
     "Can the delivery notes field accept Arabic? My parents only came from Aleppo last year and they don't read "
     "English yet, so if the driver needs to text them something I'd like it in Arabic please. Order SS-43410."),
    ("special_categories", "benign", "call_transcript",
     "Caller: Hi, do you do a Polish-style cheesecake, a sernik? || Agent: We do a baked vanilla cheesecake "
     "that's close, and we can add a crumble top. || Caller: Sounds good. It's for the Thursday staff lunch "
     "at the garage. Twelve portions. || Agent: Easy, I'll book it in."),
    ("special_categories", "sensitive", "web_form",
     "Order: ToppedByYou custom topper. Text: お誕生日おめでとう おばあちゃん. Notes: I'm half Japanese on my mum's "
     "side and my grandmother is visiting from Osaka for her 80th, so the text is in Japanese for her. Please "
     "copy the characters exactly from this form."),
    ("special_categories", "benign", "review",
     "Tried the Chinese New Year peanut cookies and the mango pudding cups. Both excellent, very authentic according "
     "to literally everyone at the office party. Will reorder next year."),
    ("special_categories", "sensitive", "dm",
     "Hi, for the wedding cake figurines, could the bride be darker skinned and the groom pale with red hair? "
     "I'm Black British and Cian is Irish through and through, and every set we've seen online is two white "
     "people."),
    ("special_categories", "benign", "dm",
     "is the Union Jack bunting 10m or 5m? need enough for the street party round the green"),
    ("special_categories", "sensitive", "email",
     "Hello, I'm standing as the Green Party candidate for Eastfield ward in May and I'm holding a small campaign "
     "launch at my house on the 4th. Could I order 40 cupcakes iced in green and white? Please don't print any "
     "slogans, I'll do the leaflets. Regards, Tamsin Rowe"),
    ("special_categories", "benign", "web_form",
     "Organisation: Eastfield & District Conservative Association. Event: Annual supper club fundraiser. "
     "Request: 2 large sheet cakes in navy and white, no logos. Delivery to the Masonic Hall on 12 October. "
     "Contact: events@example.com"),
    ("special_categories", "sensitive", "chat",
     "can you print Tories Out on the banner for my 60th? || Agent: We can print most wording, yes. || great, "
     "I've campaigned for Labour since I was 17 so the family thought it'd be a laugh, red balloons too please"),
    ("special_categories", "benign", "in_app",
     "It's a party, not a political party, so can the banner just say Happy 50th Gary and lose the red rosette "
     "graphic the app keeps adding? It's the default template I think."),
    ("special_categories", "sensitive", "call_transcript",
     "Caller: You've sent me a coronation-themed promo cake as a freebie with my order. || Agent: Yes, it's our "
     "thank-you for loyalty members this month. || Caller: I'm a member of Republic and I campaign against the "
     "monarchy, so I'd rather have something else. It's not your fault, I just can't have it on the table. || "
     "Agent: Of course, I'll swap it for the lemon drizzle."),
    ("special_categories", "benign", "email",
     "Dear team, Halfpenny Borough Council is looking for someone to supply refreshments for election count "
     "night volunteers, roughly 90 people, overnight on 2 May. Tray bakes and some savoury would be ideal. "
     "Please quote by Friday. Civic Events Office"),
    ("special_categories", "sensitive", "agent_note",
     "Customer declined the complimentary Union Jack bunting with his Kingsmead order and asked us to substitute "
     "the saltire. Said he's been an active Yes campaigner since 2014 and it's 'a matter of principle'. Swapped, "
     "no charge."),
    ("special_categories", "benign", "chat",
     "hi, quote says labour £45 on the custom dragon cake, is that for the sugar work? seems a lot || Agent: "
     "It's about three hours of modelling. I can simplify the wings to bring it down. || ok do that"),
    ("special_categories", "sensitive", "in_app",
     "Can I move my collection to 7pm? I'm going to the Palestine solidarity march in town after work and won't "
     "make it back for 5."),
    ("special_categories", "benign", "review",
     "Conservative estimate, I've eaten my body weight in their brownies this year. Liberal use of sea salt too. "
     "No notes."),
    ("special_categories", "sensitive", "web_form",
     "Banner text: Congratulations Cllr Fenwick - Re-elected! Notes: the banner is for me, ha. I'm the one who "
     "got re-elected for the Independents in Millbrook ward. My agent is throwing a do at the social club on "
     "Friday, so please deliver to the club before 5."),
    ("special_categories", "benign", "sms",
     "Hi, vote for ur fave flavour poll on insta isn't working, link goes to an error page. Just fyi"),
    ("special_categories", "sensitive", "voicemail",
     "Hiya, it's Pete Orchard. I canvass for the Lib Dems most weekends and we're doing a thank-you for the "
     "volunteers at mine on Sunday. Could I get the big traybake in orange icing? Ring me back on 07700 900452."),
    ("special_categories", "benign", "call_transcript",
     "Caller: Hi, I'm calling from the Riverside Nurses' Union branch. We've got our regional conference on "
     "the 18th and want 300 branded cupcakes. || Agent: Great. Do you have the logo file? || Caller: I'll "
     "email it over. Invoice to the branch, please."),
    ("special_categories", "sensitive", "email",
     "Hi there, I'm the shop steward at the Tanners Road depot and we're out on strike from Monday. I'd like to "
     "order trays of flapjacks and a big urn's worth of cakes each morning for the picket line. I'll pay "
     "personally and claim it back from the branch. Cheers, Darren Kell"),
    ("special_categories", "benign", "dm",
     "love the strike cake you did for the bowling club lol, the skittle ones. can i get one for my dads bowling "
     "league win"),
    ("special_categories", "sensitive", "sms",
     "hi cant collect SS-44012 tomorrow, were on strike with the RCN and I'll be on the picket at the hospital "
     "all day. can you keep it till thurs? Jo"),
    ("special_categories", "benign", "web_form",
     "Question: Do you offer a discount for members of the Teachers' Credit Union or any other staff schemes? "
     "Just asking for our staff room noticeboard."),
    ("special_categories", "sensitive", "chat",
     "I work weekends at your Kingsmead branch. I joined the bakers' union last month and my supervisor told "
     "me to take my union badge off my apron. Is that actually the rule? || Agent: I'm going to pass this to "
     "HR rather than answer it here. Can I take your staff number? || 4471"),
    ("special_categories", "benign", "agent_note",
     "Regional office of the postal workers' union placed a bulk order for 12 boxes of the Solidarity Sampler "
     "(our brownie and blondie mix) for their staff away day. Invoice to the union's finance dept. Delivery "
     "Thursday."),
    ("special_categories", "sensitive", "voicemail",
     "Hello, this is Kath Doyle, I'm branch secretary for the teachers' union at Millbrook Academy. We've got "
     "a members' meeting after school on Tuesday about the ballot and I'd like to bring some cakes to keep "
     "everyone sweet. Nothing with logos on. My number is 07700 900518."),
    ("special_categories", "benign", "in_app",
     "The picket fence cake on your Instagram - can I order that design for a garden party? White fence, "
     "little flowers. 8 inch."),
    ("special_categories", "sensitive", "agent_note",
     "Mr Aziz cancelled his standing Monday order for the warehouse. Said he was let go last week after helping "
     "to organise a union at the site and wants the account moved to his personal email. Updated and cancelled "
     "standing order."),
    ("special_categories", "benign", "review",
     "Our union negotiating team got through a four-hour meeting on your flapjacks. Stronger than any coffee. "
     "Great service from the Riverside counter."),
    ("special_categories", "sensitive", "dm",
     "we finally got the union recognised at work yesterday!! I was on the organising committee for 8 months. "
     "can u do a cake saying Recognised at Last for friday? I'll collect"),
    ("special_categories", "benign", "chat",
     "hi, is the labour day bank holiday affecting delivery slots? want the balloon bundle on the Monday || "
     "Agent: We're open and delivering that day, usual slots. || brill"),
    ("special_categories", "sensitive", "review",
     "Joined the union at the depot six weeks ago and bought this cake for our first members' meeting. Staff at "
     "Halfpenny Lane fitted the lettering at short notice. Great cake, greater cause."),
    ("special_categories", "benign", "email",
     "Hello, we're the Solidarity Community Choir and we're celebrating ten years of rehearsals. Could we order a "
     "large cake with a treble clef on top for about 50 singers? Collection on the 22nd. Thanks, Choir Committee"),
    ("special_categories", "sensitive", "chat",
     "Hiya, I want a two-grooms topper for our wedding cake. Me and my fiancé Jonah are both wearing navy "
     "suits, could the little figures match? || Agent: Of course! Do you want names on the base? || Callum & "
     "Jonah 14.09 please"),
    ("special_categories", "benign", "sms",
     "can i get the order delivered straight to the venue instead of my flat? SS-44150"),
    ("special_categories", "sensitive", "email",
     "Hello, my wife and I are celebrating five years married on the 3rd and I'd love a small cake with two "
     "lavender roses and 'Sarah & Bea, 5 years'. She's always nicking the roses off other people's cake so I "
     "thought she should have her own. Thanks, Sarah Okafor"),
    ("special_categories", "benign", "web_form",
     "Feedback: The title dropdown on your checkout only has Mr, Mrs, Miss, Ms and Dr. Lots of shops include "
     "Mx these days, worth adding. Otherwise a smooth checkout."),
    ("special_categories", "sensitive", "dm",
     "doing a small party for my 30th and i'm finally telling my family i'm bi. could the cake say 'Surprise!' "
     "in bi flag colours? pink, purple, blue. subtle enough that only the people who get it get it"),
    ("special_categories", "benign", "chat",
     "when's the new autumn range coming out? been waiting for the pumpkin spice one all year || Agent: Online "
     "from 1 September! || yesss"),
    ("special_categories", "sensitive", "sms",
     "hi pls dont send the order confirmation to the family email, only this number. my parents dont know "
     "about me and my girlfriend yet and the cake says Happy Anniv Lily x Maya"),
    ("special_categories", "benign", "voicemail",
     "Hi, it's Marco from the Fox and Hound. We're running a drag queen bingo night on the last Friday of the "
     "month and want 60 cupcakes with glittery pink icing and little crowns. Please call the pub on 555-0182."),
    ("special_categories", "sensitive", "call_transcript",
     "Caller: Hi, I'd like to order the anniversary cake for the 20th. || Agent: Lovely, what would you like it "
     "to say? || Caller: Happy 10 Years, Husband. And then Dev and Arjun underneath. || Agent: And which of you "
     "shall I put down as the contact? || Caller: Me, Arjun. He'll think I've forgotten, we never do presents."),
    ("special_categories", "benign", "call_transcript",
     "Caller: Do you sell bride and groom cake figurines on their own, or only with a cake? || Agent: On their "
     "own too, from £14. We have lots of combinations, two brides, two grooms, different skin tones. || Caller: "
     "Great, I'll pop into Kingsmead and look. We need a few for the wedding fair stand."),
    ("special_categories", "sensitive", "review",
     "My girlfriend and I did the Crumb Club couples night and got paired with two other lesbian couples by "
     "pure chance, so we spent the whole evening laughing. Great tutor, decent wine, slightly wonky cakes."),
    ("special_categories", "benign", "email",
     "Hi, we're transitioning our account from my personal login to the company's business account so invoices "
     "go straight to accounts. Can you move the saved addresses and the standing order for Fridays? Thanks, "
     "Olivia Grant, Office Manager"),
    ("special_categories", "sensitive", "agent_note",
     "Customer Mr Leon Abbey asked us to remove his ex-husband's name from the saved delivery contacts and from "
     "the topper history, following their separation. Done. Confirmed new delivery contact is his sister."),
    ("special_categories", "benign", "sms",
     "Hi, I ordered the bicolour balloon arch, pink and gold. Can I change to silver and gold? Same size"),
    ("special_categories", "sensitive", "voicemail",
     "Hi, this is Tom, I'm after a Pride cake for my boyfriend's birthday, he's mad about the flag and we're "
     "going to the parade together for the first time on the Saturday. Rainbow sponge if you can do it. "
     "My number's 07700 900603."),
    ("special_categories", "benign", "review",
     "The window display for Pride month was the pride of the high street. Loved the giant balloon rainbow. "
     "Our team went in for cupcakes and came out with half the shop."),
    ("special_categories", "sensitive", "in_app",
     "I run a little meetup for other ace people and we're doing our one-year get-together. Can the cupcakes "
     "be in the ace flag colours, black, grey, white and purple? 20 please."),
    ("special_categories", "benign", "dm",
     "do you do cheeky hen party cupcakes? nothing too rude, the bride's nan is coming lol"),
    ("special_categories", "sensitive", "web_form",
     "Cake message: 1 Year Celibate & Proud. Notes: Yes, that's the real wording! I gave up sex and dating for a "
     "year to sort my head out and my friends are throwing a little party. Please don't make it look like a "
     "joke, plain white with gold letters."),
    ("special_categories", "benign", "chat",
     "our swing dance club is 25 this year! can you do a cake shaped like a record? || Agent: We can, black "
     "fondant with a gold label. || label should say Riverside Swingers Dance Club 1999-2024"),
    ("special_categories", "sensitive", "email",
     "Hi, topper query for our anniversary cake. We're a throuple, so we'd need three figures rather than two, "
     "and the names Mel, Dan and Priya. Is that something ToppedByYou can do or is it just pairs? Thanks, Mel"),
    ("special_categories", "benign", "web_form",
     "Enquiry type: Gender reveal. Question: For a gender reveal, do you need a sealed result delivered to the "
     "shop, or can you do a confetti-inside cake where the client fills the centre themselves? Asking for a "
     "venue FAQ page we're writing."),
    ("special_categories", "sensitive", "chat",
     "bit awkward but the groom's cake topper joke about the wedding night won't land, we're both waiting until "
     "we're married so it'll just be embarrassing in front of everyone. can we swap to the plain one? || Agent: "
     "Of course, I'll swap it now."),
    ("special_categories", "benign", "in_app",
     "The pronouns field on my profile is marked optional but the app won't let me save without filling it. Bug?"),
    ("special_categories", "sensitive", "email",
     "I'm writing to complain. The 'joke' card your driver helpfully read aloud on my doorstep was a private "
     "message from my husband about our sex life finally getting back to normal after the baby. My neighbour "
     "heard every word. Please tell drivers not to read gift cards. Aisha"),
    ("special_categories", "benign", "agent_note",
     "Customer asked if the Sexy Red Velvet (limited Valentine's name) will return in February. Told her yes. "
     "Added to product wait list."),
    ("special_categories", "sensitive", "email",
     "Hello, I transitioned last year and changed my name by deed poll from Daniel to Dani. My loyalty card and "
     "the app still show my old name and it came up on the screen when I collected at Riverside. Please update "
     "everything to Dani Rhodes, Ms. I can send the deed poll if needed."),
    ("special_categories", "benign", "sms",
     "hi my order SS-44390 is stuck 'in transit' since yesterday. any update?"),
    ("special_categories", "sensitive", "dm",
     "my friend Alex is coming out as trans at work next week and we want to throw her a surprise name day "
     "cake. can it say Welcome Alex with pink and blue ribbons? she doesn't know we're doing it"),
    ("special_categories", "benign", "chat",
     "hi can I get a translation on the banner? it's English on top and French underneath for a work leaving do, "
     "colleague is moving to Lyon || Agent: Yes, send both texts and we'll lay it out. || will do"),
    ("special_categories", "sensitive", "web_form",
     "Name: Robin Ellery. Title: Mx. Topper text: Happy 25th Robin. Notes: I'm nonbinary, so please no 'Miss' "
     "or 'Mr' on anything, the last order came with a Dear Miss card. They/them. Thanks!"),
    ("special_categories", "benign", "review",
     "Ordered the Queen of Hearts cake for my mate's Alice in Wonderland party. Absolute showstopper. The "
     "little card soldiers were genius."),
    ("special_categories", "sensitive", "sms",
     "top surgery went well!! recovered enough to party. can the cake say Chest Day Every Day? its for my "
     "3 months post op do on sat, blue and white please, Kai"),
    ("special_categories", "benign", "in_app",
     "Face ID login on the app has stopped working since the update, it just asks for my password every time. "
     "iPhone 13."),
    ("special_categories", "sensitive", "in_app",
     "Ordering a cake for my one year on HRT, basically my second birthday lol. Can it say Happy HRTiversary "
     "Sophie in purple? Order SS-44511 if you need it."),
    ("special_categories", "benign", "email",
     "Hello, I'm putting together our company's privacy paperwork for suppliers. Could you confirm whether "
     "Sugarloaf collects any biometric data, for example fingerprint or face login, and how long CCTV is kept? "
     "General question, no complaint. Thanks, Jonas, Compliance"),
    ("special_categories", "sensitive", "call_transcript",
     "Caller: I want to complain about how I was treated at Riverside. || Agent: I'm sorry. What happened? || "
     "Caller: I'm trans, I've been living as a woman for six years, and the man on the counter kept calling me "
     "sir even after I corrected him, loudly. || Agent: That's unacceptable. I'm logging this for the branch "
     "manager and you'll hear back within two days."),
    ("special_categories", "benign", "dm",
     "is baking in your DNA or what? 3 generations of the same family running Kingsmead, love that. any chance "
     "of a tour for our WI group?"),
    ("special_categories", "sensitive", "agent_note",
     "Customer called to ask that her previous name be removed from order history and saved addresses after "
     "she updated her gender and name. Confirmed all records now show Ms Freya Lund. Old name purged from "
     "delivery labels template."),
    ("special_categories", "benign", "chat",
     "do you use any genetically modified ingredients? soy lecithin etc. general q for our school's supplier list "
     "|| Agent: No GM ingredients in any of our ranges. I'll email the statement. || thank you"),
    ("special_categories", "sensitive", "review",
     "As a trans man I always brace myself when I give my name for an order. Nobody at Halfpenny Lane even "
     "blinked, the topper said Happy Birthday Ezra exactly as asked. Small thing, means a lot."),
    ("special_categories", "benign", "web_form",
     "Question: Could the app support fingerprint login on Android as well as Face ID? Typing my password in "
     "the queue is a pain. Feature request only."),
    ("special_categories", "sensitive", "dm",
     "So my ancestry DNA results came back and I'm 31% Scandinavian which nobody in my family saw coming. "
     "Throwing a Viking party, can you do a longship cake?? 12 inch"),
    ("special_categories", "benign", "voicemail",
     "Hi, it's Dom from Halfpenny Lane Primary PTA. We're doing a science week bake sale with a DNA helix theme, "
     "could we get 100 cupcakes with twisty sugar strands? Call the school office on 555-0121."),
    ("special_categories", "sensitive", "email",
     "Hi, I'd like a cake for a little dinner next weekend. I found out from a sibling DNA match in March that "
     "Rob and I are half-brothers, same dad, and we're finally meeting each other's families. Could it say "
     "'Brothers, Finally'? Thanks, Ian Whitcombe"),
    ("special_categories", "benign", "sms",
     "hi is the sourdough starter kit the same one you use in store? the 1952 culture?"),
    ("special_categories", "sensitive", "in_app",
     "Topper text please: 99.9% Yours. It's a joke for my partner, the paternity test came back on Monday and "
     "we're celebrating that it's definitely his. Gold glitter."),
    ("special_categories", "benign", "review",
     "Visited Kingsmead for the class and the thumbprint biscuits we made were gone in minutes. Fun evening, "
     "great instructor."),
    ("special_categories", "sensitive", "web_form",
     "Occasion: Celebration. Notes: My genetic screening came back and I'm not a carrier for the BRCA gene "
     "that runs in my mum's family. After years of worrying about it I want a proper cake. Message: Clear!"),
    ("special_categories", "benign", "agent_note",
     "Caller asked whether the voice ordering line records calls. Explained calls are recorded for training "
     "for 90 days, no voice ID. She was checking for her firm's supplier form."),
    ("special_categories", "sensitive", "chat",
     "hi weird one, we had genome screening before IVF and both of us came back carriers for the same cystic "
     "fibrosis variant, so the embryo testing was a big deal. the result was clear and we want a small 'all "
     "clear' cake for the two of us || Agent: What lovely news. Any colour preferences? || yellow pls"),
    ("special_categories", "benign", "call_transcript",
     "Caller: The app keeps saying my collection code is invalid at the locker. || Agent: Apologies for the hassle. "
     "Can you read me the code? || Caller: 4419B. || Agent: It had expired after 24 hours. I've issued a new "
     "one by text."),
    ("special_categories", "sensitive", "email",
     "To whom it may concern, I work Saturdays at your Riverside branch and clock in with the fingerprint "
     "reader. I'm leaving at the end of the month and I want my fingerprint template deleted from the system "
     "when I go, not kept on file. Please confirm in writing. Imogen Sharpe"),
    ("special_categories", "benign", "web_form",
     "Order type: Themed cake. Theme: Detective, magnifying glass and fingerprints. Message: Happy 40th "
     "Inspector Dave. Size: 10 inch. Collection: Kingsmead."),
    ("special_categories", "sensitive", "chat",
     "the collection locker at Kingsmead scanned my face when I opened it and now the app says 'Face saved for "
     "faster pickup'. I never agreed to that. delete my face data please || Agent: I'm escalating this to our "
     "data protection team now. || thanks"),
    ("special_categories", "benign", "dm",
     "the Eid banner you did for our mosque's youth football tournament was spot on. can we get the same design "
     "saying Eid Cup Winners?"),
    ("special_categories", "sensitive", "voicemail",
     "Hi, this is Moira Clegg. When I rang your ordering line it said 'your voice is now your password' and "
     "apparently enrolled my voiceprint. I don't want that. Please delete it and call me back on 07700 900688."),
    ("special_categories", "benign", "in_app",
     "Lost my phone and the new one doesn't have my saved login. Can you reset my password to this email?"),
    ("special_categories", "sensitive", "agent_note",
     "Express-collect FaceMatch failed for customer Ms Hollis at Riverside. She explained her face has changed "
     "after reconstructive surgery last month. Deleted old face template and re-enrolled a new scan at her "
     "request. Locker released."),
    ("special_categories", "benign", "sms",
     "is there a fast track option for the custom topper? need it by fri"),
    ("special_categories", "sensitive", "web_form",
     "Subject access request. Please send me every piece of personal data you hold on me, including the "
     "fingerprint template from the staff clock-in kiosk and the face photo used for my staff pass. I worked at "
     "Halfpenny Lane until 2023. Name: Tariq Mahmood."),
    ("special_categories", "benign", "chat",
     "Do you do hot cross buns all through Lent or just Easter week? || Agent: From Shrove Tuesday to Easter "
     "Monday. || ace"),
    ("special_categories", "sensitive", "review",
     "Came to your Kingsmead shop with my mum who only speaks Punjabi. The assistant went and got a colleague who "
     "speaks it, so mum could explain the barfi she wanted. Newly arrived families like ours notice that."),
    ("special_categories", "benign", "email",
     "Hi, we're Millbrook Hindu Temple's youth committee and we'd like to order 150 eggless cupcakes with diya "
     "designs for our Diwali cultural evening. Could you confirm eggless is baked separately? Thanks, Youth "
     "Committee"),
    ("special_categories", "sensitive", "dm",
     "got kicked out of the Young Conservatives committee for speaking out, joined the other lot. so this cake is "
     "for my first meeting with my new Labour branch, can it just say New Beginnings? red pls"),
    ("special_categories", "benign", "review",
     "Ordered the green party pack for a St Patrick's do. Shamrock balloons, green napkins, the lot. Brilliant "
     "value."),
    ("special_categories", "sensitive", "call_transcript",
     "Caller: Slightly embarrassing. The hamper you delivered came with a card saying Happy Anniversary, "
     "Swingers! || Agent: Oh dear, was that a printing error? || Caller: No, that's what my friend typed, it's "
     "how we met my wife and I, at a club like that. But my mother-in-law signed for it. Can future cards come "
     "in a sealed envelope? || Agent: Yes, I'll add sealed cards to your account."),
    ("special_categories", "benign", "chat",
     "hi, the Eid Mubarak topper i ordered arrived with a crack down the middle || Agent: So sorry! Can you "
     "send a photo? || sent || Agent: Thanks, a replacement will go out on tomorrow's van. || great"),
    # ---- children
    ("children", "sensitive", "email",
     "Hi, I'd like to order a dinosaur cake for my son Alfie, who turns 7 on the 12th. He's obsessed with the "
     "green T-rex in your window, so if you could do that one with 'Roar! Alfie is 7' on the board that would "
     "be perfect. Collection from Kingsmead on the Saturday morning. Thanks, Hannah Pryce"),
    ("children", "benign", "web_form",
     "Organisation: Brambleside Primary School. Request: 4 large traybakes and a banner reading Brambleside "
     "Summer Fair for our PTA stall on 6 July. Delivery to the school office before 9am please. Invoice the PTA "
     "treasurer."),
    ("children", "sensitive", "sms",
     "hi its for my 11 yr old, she wants the galaxy drip cake with her name Ffion on it, can u do by sat?"),
    ("children", "benign", "chat",
     "what's the minimum age for the Mini Mixers class? asking for the leaflet at our community centre || "
     "Agent: Mini Mixers is for ages 6 to 12, under-8s need an adult to stay. || thanks"),
    ("children", "sensitive", "chat",
     "hi i'm 14 can i book the crumb club evening class on my own? i'm better at baking than most adults "
     "honestly || Agent: Crumb Club is 16+ I'm afraid, but Mini Mixers runs up to 12 and we have a teen "
     "masterclass in the holidays. || aw ok when is that"),
    ("children", "benign", "review",
     "Bought the Little Monsters party bags for our team-building escape room day. Adults went feral for the "
     "sherbet. Great fun, recommend."),
    ("children", "sensitive", "voicemail",
     "Hello dear, it's Margaret Hobbs, I'm ringing about a cake for my granddaughter Poppy, she'll be five on "
     "the second of next month. She loves ponies. Her mum says no nuts. Could you ring me back on 07700 900711? "
     "Thank you, bye bye."),
    ("children", "benign", "sms",
     "is the Terrible Twos topper still in stock? want it for my mates 22nd as a joke lol"),
    ("children", "sensitive", "web_form",
     "Class: Mini Mixers, Saturday 10am, Riverside. Child's name: Theo Marchetti. Date of birth: 14/02/2016. "
     "School year: Year 4. Collection by: Mum (Giulia) or Nonna. Notes: he is shy at first but loves icing."),
    ("children", "benign", "email",
     "Hello, Little Acorns Nursery would like to book your cake-decorating outreach session for our staff "
     "training day on 3 September. Around 14 practitioners, adults only. Could you send availability and "
     "costs? Many thanks, Nursery Manager"),
    ("children", "sensitive", "agent_note",
     "Mini Mixers Riverside: Year 3 pupil Ellie W. became upset and left the studio mid-class. Tutor stayed with "
     "her in reception until her dad arrived at 11:20. Parent informed, no injury. Refunded this week's session."),
    ("children", "benign", "chat",
     "you're kidding, the balloon arch is sold out for the whole of June?? || Agent: Only the gold one, sorry. "
     "Rose gold and silver are available. || fine rose gold"),
    ("children", "sensitive", "review",
     "My 9-year-old came home from Mini Mixers with the most lopsided unicorn cake I've ever seen and announced "
     "she wants to be a pastry chef. Tutors were patient and kind. Worth every penny."),
    ("children", "benign", "in_app",
     "Hi, the Baby Shark cake design shows in the app but I can't add it to the basket. Error says unavailable."),
    ("children", "sensitive", "dm",
     "hey im 16 and i want to surprise my mum for her 50th, can i pay for the cake with my own debit card or "
     "does it have to be an adult's? i've been saving from my paper round"),
    ("children", "benign", "call_transcript",
     "Caller: Hi, it's my son's 30th on Saturday and he still loves Star Wars, so I want the Millennium Falcon "
     "cake. || Agent: Great choice. Which size? || Caller: The big one, there'll be about thirty of them, all "
     "big kids. || Agent: I'll put it down for Kingsmead collection."),
    ("children", "sensitive", "call_transcript",
     "Caller: Hi, I'm after a first birthday cake for our little girl, Isla. || Agent: Lovely! When is it? || "
     "Caller: She was born on the third of March last year, so the party's that Sunday. We're doing a cake "
     "smash. || Agent: I'll note a smash cake, vanilla, pastel pink, for the 3rd."),
    ("children", "benign", "agent_note",
     "Scout group leader ordered 40 Pop Parcel party bags and 40 cupcakes for the district's annual camp. "
     "Invoice to the group's treasurer. Collection Friday from Halfpenny Lane."),
    ("children", "sensitive", "in_app",
     "Topper text: Happy 3rd Birthday Leo! And can you put a little red fire engine on it? He's mad about them."),
    ("children", "benign", "review",
     "Making the cake for my nephew's 21st was child's play with the Crumb Club kit. Looked shop-bought. Very "
     "proud of myself."),
    ("children", "sensitive", "email",
     "Dear Sugarloaf, I teach Class 2B at Meadowgate Infants and I'd like to book your decorating workshop as an "
     "end-of-year treat. There are 26 children, all aged 6 or 7. Two have birthdays that week, Sami (turns 7 on "
     "the 15th) and Rosa (turns 7 on the 17th), so if they could have a candle on their cupcake that would be "
     "lovely. Best wishes, Ms Ottley"),
    ("children", "benign", "dm",
     "baby pink or blush for the 40th balloons? cant decide. which is more popular"),
    ("children", "sensitive", "chat",
     "one of your staff sold my daughter the Prosecco Fizz cupcakes at Riverside today. She's only 14! She "
     "didn't even realise there was alcohol in them. || Agent: I apologise. Those should be ID-checked. I'll "
     "report this to the branch manager right away. || please do"),
    ("children", "benign", "web_form",
     "Question: Do the Mini Mixers classes need a DBS-checked adult, and are the tutors checked? I'm putting "
     "together a list of holiday activities for our youth club's website."),
    ("children", "sensitive", "agent_note",
     "Account 88213: order placed via app by a 15-year-old using her dad's saved card (dad rang, Mr Lowe). Cake "
     "for her friend's party, £62. Dad happy to keep the order but asked us to remove the card from the app "
     "and add a PIN."),
    ("children", "benign", "sms",
     "hi do u have any Sweet Sixteen candles in stock? need silver. its for a shop display"),
    ("children", "sensitive", "email",
     "Hi! My daughter Lottie turns 16 on 22 June and she's desperate for one of your tall drip cakes in lilac "
     "with gold number candles. Can I also order the matching BannerBox banner saying Sweet 16 Lottie? Party "
     "is in our garden. Thanks, Nadia"),
    ("children", "benign", "chat",
     "hi, my inner child needs the rainbow sprinkle cake immediately. can i get one today? || Agent: Riverside "
     "has two in the cabinet! || omw"),
    ("children", "sensitive", "web_form",
     "Cake type: Christening. Message: Welcome to the World, Matilda Rose. Notes: Born 2 January this year, "
     "christening 14 April at St Barnabas. Please use her full name and the date of birth on the plaque, "
     "2.1.24, and a little silver lamb."),
    ("children", "benign", "voicemail",
     "Hi, this is Greg from the Riverside Youth Football Club, we've won the league! We need a cake shaped like a "
     "trophy for the presentation evening, about 80 people. Call the clubhouse on 555-0145. Ta."),
    ("children", "sensitive", "dm",
     "can u do a smash cake for Noah's 1st bday? nothing with honey, he's only just turned one. blue and white, "
     "little bear on top"),
    ("children", "benign", "in_app",
     "Do you sell the toddler-size plastic plates and cups separately from the party pack? I just want the "
     "plates for a picnic."),
    ("children", "sensitive", "voicemail",
     "Hi, it's Claire Ashby. I need to change the cake for the twins, they're turning 8, not 7, I made a mistake "
     "on the form. So it's Happy 8th Birthday Ruby and Jack. Order number SS-45020. Thanks."),
    ("children", "benign", "review",
     "Terrible Twos balloon set turned out to be perfect for our shop's second anniversary. Customers found it "
     "hilarious. Delivered on time."),
    ("children", "sensitive", "sms",
     "Hi! Can the Year 6 leavers cake say Congrats Amelia, Good Luck at Westfield High? Shes 11 and nervous about "
     "big school. Collect Fri"),
    ("children", "benign", "email",
     "Good morning, Westfield High School would like 300 cupcakes in school colours (maroon and gold) for our "
     "Year 7 open evening on 10 October. Could you invoice the school business manager? Kind regards, "
     "Reception, Westfield High"),
    ("children", "sensitive", "chat",
     "hi, my son Rhys just got his GCSE results, 9s in maths and physics, he's 16 and worked so hard. can we get "
     "a cake today saying Genius Rhys? || Agent: Congratulations to him! We can do a 6 inch by 4pm. || brilliant"),
    ("children", "benign", "agent_note",
     "Customer asked our policy on children attending Crumb Club with a parent. Explained Crumb Club is 16+ "
     "only and pointed her to Mini Mixers. No booking made."),
    ("children", "sensitive", "call_transcript",
     "Caller: I signed my son up for Mini Mixers and I've just seen on your Instagram there's a photo of him "
     "from class. || Agent: I'm sorry about that. What's his name? || Caller: Freddie, he's seven, he's in the "
     "red apron. I never ticked the photo consent box. || Agent: I'll have it taken down in the next hour and "
     "check the consent list with the tutor."),
    ("children", "benign", "chat",
     "is the Kiddo Cake the same as the 6 inch round? just want to know the portions for 8 adults || Agent: "
     "Kiddo is a 5 inch, so about 6 slices. || ok go 6 inch"),
    ("children", "sensitive", "in_app",
     "For my stepdaughter Zara, turning 12 on Friday. She wants the K-pop theme with purple and black. Please "
     "spell it Z-A-R-A not Sara."),
    ("children", "benign", "review",
     "The birthday boy was 65 and behaved like a toddler over the chocolate train cake. Great job, Kingsmead."),
    ("children", "sensitive", "email",
     "Hello, I'm a foster carer and the boy who's been with us since the spring turns 10 next week. His name "
     "is Kayden. He's never had a proper birthday cake, so I'd like something special, maybe football, he "
     "supports Arsenal. Please put 'Happy 10th Kayden' on it. Thank you, Lorraine"),
    ("children", "benign", "sms",
     "got the party bag order but 2 bags missing the bubbles. order SS-45201. can u send"),
    ("children", "sensitive", "web_form",
     "Booking: Mini Mixers holiday club, 3 days. Child: Oscar Tenby. Age: 4 (5 in October). Notes: I know he's "
     "under the usual age, but I'm happy to stay the whole time if you'll let him in. He's been baking with me "
     "since he was two."),
    ("children", "benign", "dm",
     "the cake smash backdrop, can we rent it for a dog's birthday photoshoot? serious question"),
    ("children", "sensitive", "dm",
     "our baby boy Rafferty arrived last tuesday!! can i get a Welcome Home Rafferty banner in sage green for "
     "when we bring him back from my mum's at the weekend"),
    ("children", "benign", "web_form",
     "Enquiry: Does the Pop Parcel party bag contain anything unsuitable for under-3s, like small parts? We want "
     "to put a warning line on our soft play centre's party menu."),
    ("children", "sensitive", "agent_note",
     "Mother called to say her son Jayden (age 9, Mini Mixers Thursday group) is being picked on by another "
     "child in the class about his stammer. Asked to move him to the Tuesday group. Moved; tutor informed."),
    ("children", "benign", "call_transcript",
     "Caller: We're a childminding co-op, six of us, and we want to set up an account for monthly birthday "
     "cakes. || Agent: Happy to set up a business account. Who's the main contact? || Caller: Me, Sandra "
     "Boyle, I'm the co-op coordinator. || Agent: Lovely, I'll email the form."),
    ("children", "sensitive", "review",
     "Booked the Unicorn party package for my daughter's 6th. Fifteen kids from her Reception class, utter chaos, "
     "staff were unflappable. The party bags had everything she asked for."),
    ("children", "benign", "in_app",
     "Can I add two extra kids' party bags to the existing order? Same design. SS-45388."),
    ("children", "sensitive", "chat",
     "hello I'm a Year 10 student at Millbrook Academy and I need a work experience placement for 2 weeks in "
     "July, I'm 15. could I do it at one of your bakeries? || Agent: That sounds great, I'll send you our "
     "placement form to fill in with your school. || thank you!!"),
    ("children", "benign", "email",
     "Hi, does the Mini Mixers gift voucher expire? I'd like to buy one for a friend's family as a present. "
     "Thanks, Rowan"),
    ("children", "sensitive", "sms",
     "cake for grandson Billy, 13 on weds, he's into gaming, nothing babyish he says. can i pay over the phone"),
    ("children", "benign", "chat",
     "do the Mini Mixers kids take their cakes home on the day or do you keep them? asking for our school "
     "newsletter || Agent: They take them home in a box on the day. || perfect thanks"),
    ("children", "sensitive", "in_app",
     "Message on the cake: Well done Ava, 10 years old & Grade 3 piano! Please deliver Friday afternoon."),
    ("children", "benign", "agent_note",
     "St Anne's Sixth Form College ordered a cake for their staff leaving do. Delivery to the staff room. "
     "Paid by college card. No other notes."),
    ("children", "sensitive", "call_transcript",
     "Caller: Hi, I'm a teacher at Meadowgate, I'm calling about one of our pupils. Her mum says she's booked "
     "into your holiday club. || Agent: Okay, what's the child's name? || Caller: Chloe Marsh, she's in my Year 2 "
     "class, she's seven. She has a new carer collecting her and I wanted you to have that name. || Agent: "
     "We'd need that from the parent directly, but I'll note that you called."),
    ("children", "benign", "dm",
     "hey do u do cakes for adults who are big kids at heart lol. thinking Lego theme for my husband's 45th"),
    ("children", "sensitive", "email",
     "Hello, my daughter is 13 and wants to start her own little cupcake business for the school Christmas fair. "
     "She's in Year 8. Would you sell her wholesale cupcake cases and boxes? I'll be paying, but she'd like to "
     "email you herself, her name is Matilda Greer."),
    ("children", "benign", "sms",
     "Hi is the Kingsmead class on Sat for kids or adults? Want to go myself lol"),
    ("children", "sensitive", "review",
     "Our eight-year-old twins did Mini Mixers at Halfpenny Lane. Luca made a hedgehog, Marco made what he "
     "insists is a hedgehog. Both came out grinning."),
    ("children", "benign", "web_form",
     "Organisation: Riverside Children's Hospice Trust. Request: 50 cupcakes for the charity's volunteer thank-"
     "you evening, with the trust's logo. Invoice to the fundraising office."),
    ("children", "sensitive", "dm",
     "my daughter's in year 5 and her school sent home a letter about your class trip. she's got no birthday "
     "until December but she's one of the youngest, she's 9. is that ok for the class?"),
    ("children", "benign", "in_app",
     "Is there a family ticket for Mini Mixers? Just browsing the prices for now."),
    ("children", "sensitive", "agent_note",
     "Teen customer (16, says she's doing her Duke of Edinburgh skills section) asked to shadow the Riverside "
     "decorators on Saturdays for 3 months. Passed to branch manager, parental consent form sent to her mum."),
    ("children", "benign", "review",
     "Took the Crumb Club evening class with my grown-up son. We were both rubbish, but the wine helped."),
    ("children", "sensitive", "chat",
     "hey, the banner for my boy's party says Happy Birthday Josh but he's turning 6 so can you add a big 6 "
     "in the middle? || Agent: Absolutely, I'll update the proof now. || ta"),
    ("children", "benign", "voicemail",
     "Hello, it's Fenwick Junior School business office. We've received your invoice for the sports day "
     "cupcakes but it's made out to the old head teacher's name. Can it be reissued to the school? Thanks."),
    ("children", "sensitive", "sms",
     "hi SS-45477, topper should say 'Happy 1st Birthday Mila, 20.05' not Maya. she's my niece, sorry for the typo"),
    ("children", "benign", "chat",
     "my child is a very good boy and his name is Biscuit and he is a golden retriever. do you do dog-safe "
     "cakes? || Agent: Ha! Yes, our Pup Cake is dog-safe, no chocolate or xylitol. || perfect"),
    ("children", "sensitive", "web_form",
     "Booking: Mini Mixers birthday party. Birthday child: Zainab Hussain. Turning: 8. Guests: 12 children from "
     "her Year 3 class plus parents. Date: Sunday 16 June. Notes: she'd like the mermaid theme."),
    ("children", "benign", "email",
     "Hi, we're the Millbrook Young Farmers Club, all over 18, and we'd like a tractor cake for our annual dinner. "
     "About 60 guests. Can you do it? Cheers, Will, Social Secretary"),
    ("children", "sensitive", "call_transcript",
     "Caller: Hi, my granddaughter's going to your class Saturday. Can I just check the collection? || Agent: "
     "Of course, what's her name? || Caller: Lily-Mae, she's ten. Her mum's working so I'll pick her up, I'm "
     "her nan, Pauline. || Agent: Great, I'll add you as authorised to collect."),
    ("children", "benign", "agent_note",
     "Parents' evening order from Halfpenny Lane Academy: 200 biscuits in school colours for the staff "
     "hospitality table. PO number supplied. No special requirements."),
    ("children", "sensitive", "in_app",
     "the app won't let me book because it says I need to be 18 to make an account. i'm 17, is there a way "
     "round it? want to order a cake for my boyfriend"),
    ("children", "benign", "review",
     "The kids' party bag range is great value. I run a soft-play centre and we've switched supplier to you."),
    ("children", "sensitive", "email",
     "Hi, for the Mini Mixers course I booked, my son Tobias is 7 and autistic, and loud noises overwhelm him. "
     "Could he wear ear defenders and sit at the end of a table? He loves baking and I really want this to "
     "work. Thanks, Ruth Penrose"),
    ("children", "benign", "call_transcript",
     "Caller: Quick one, is the Mini Mixers class the same price for every age? || Agent: Yes, £18 a session "
     "for anyone from 6 to 12. || Caller: Thanks, I'll tell the other parents at the club. || Agent: Thanks for spreading the word."),
    ("children", "sensitive", "dm",
     "sorry to message on here, but my 12yo daughter left her coat in the Riverside studio after Saturday's "
     "class. It's purple with her name, Esme Foster, on the label. Can we collect it?"),
    ("children", "benign", "sms",
     "do u sell Happy 18th banners? for a colleague at work"),
    ("children", "sensitive", "review",
     "Baby Harry's first cake, 12 months old to the day! He put his whole face in it. The pale blue buttercream "
     "was apparently delicious. Thank you Riverside."),
    ("children", "benign", "web_form",
     "Question: Can Mini Mixers be booked by a school for a whole class during term time? We're researching "
     "trips for next year. Regards, Deputy Head, Oakfield Primary."),
    ("children", "sensitive", "voicemail",
     "Hi, this is Sean Gallagher, I'm calling because my daughter's got her first communion on the 18th, she's "
     "eight. We need a white cake with a little chalice and her name, Niamh. I'll pay when I collect. Cheers."),
    ("children", "benign", "chat",
     "it's my mum's 70th and she wants a unicorn cake, who am I to argue || Agent: Ha, love that. 8 or 10 inch? "
     "|| 10, there'll be grandkids fighting over it"),
    ("children", "sensitive", "sms",
     "Can the cake for SS-45602 be nut free AND say Happy 4th Birthday Arlo? Hes started nursery this week so "
     "we're celebrating both"),
    ("children", "benign", "in_app",
     "The Kids Club loyalty scheme, is that for parents or is it a separate account? Can't see where to sign up."),
    ("children", "sensitive", "agent_note",
     "Walk-in at Kingsmead: two girls, about 13 or 14, no adult, asked to buy the Prosecco Fizz cupcakes. "
     "Refused, offered the alcohol-free version. One gave her name as Keira and said it was for her sister's "
     "hen do. No sale of the alcoholic line."),
    ("children", "benign", "chat",
     "hi can you make a cake for a Year 11 prom? the school's ordering it, not a parent || Agent: Yes, we do a "
     "lot of school events. Is there a PO number? || i'll get the bursar to email it"),
    ("children", "sensitive", "email",
     "Hello, my son Caspar (DOB 09/11/2011) did the teen masterclass last summer and loved it. Could you tell me "
     "if the 2024 summer one is open to 12-year-olds again? He'd like to go with his friend from Year 7, Idris, "
     "who's the same age."),
    ("children", "benign", "review",
     "Great little party shop. The kids' section is tidy, the adults' section is dangerous for my wallet. Lovely "
     "staff at Riverside."),
    ("children", "sensitive", "dm",
     "can my 10 year old order her own cake on your app with my card? shes trying to be grown up and surprise "
     "her dad. her name is Orla, if she messages you it's legit"),
    ("children", "benign", "email",
     "Hi, quick question about your Mini Mixers safeguarding policy. Our scout district needs a copy from any "
     "activity provider we list. Could you email it over? Kind regards, District Commissioner"),
    ("children", "sensitive", "call_transcript",
     "Caller: My son was in Saturday's Mini Mixers class and he's come home with a burn on his thumb from the "
     "sugar work. || Agent: Oh no, I'm sorry. How is he? || Caller: He's fine, it's a small blister. He's only "
     "eight, I didn't expect hot sugar to be part of it. His name's Ollie Brennan. || Agent: I'll report it to "
     "the class lead and check the risk assessment."),
    ("children", "benign", "voicemail",
     "Hi, it's Jen from Rainbow Tots Soft Play. Our usual order of party bags for weekend bookings, can we up it "
     "to 60 a week from next month? Call me on 555-0158."),
    ("children", "sensitive", "in_app",
     "Birthday cake for Maddie, she's 7, Year 2. Unicorn, pink, sprinkles, the works. Delivery Saturday am."),
    ("children", "benign", "sms",
     "hi do u still do the childrens party catering menu or is it just cakes now?"),
    ("children", "sensitive", "web_form",
     "Name of child: Benji Adeyemi. Date of birth: 3 August 2019. Allergy information: none. Parent contact: "
     "07700 900792. Class: Mini Mixers holiday taster (with adult)."),
    ("children", "benign", "agent_note",
     "Customer asked if our Kids Party Pack includes nut-free treats. Confirmed all items in the pack are made "
     "without nuts. She was comparing options for her shop's party catalogue."),
    ("financial_hardship", "sensitive", "email",
     "Hello, I have a three-tier wedding cake booked for 7 September (SS-39904) with £180 still to pay. I was "
     "made redundant two weeks ago and we're cutting everything back. Is it possible to drop to two tiers and "
     "use the deposit I've already paid toward that? I'd rather not lose the date. Kind regards, Marcus Fenn"),
    ("financial_hardship", "benign", "chat",
     "my card got declined at checkout but I've got plenty in the account || Agent: Sometimes the bank's fraud "
     "check blocks new merchants. Could you approve it in your banking app and try again? || yep that worked, "
     "thanks"),
    ("financial_hardship", "sensitive", "chat",
     "hi, is there any way to pay for a birthday cake in a few bits? I'm on universal credit and it doesn't come "
     "in till the 15th, the party's the 10th || Agent: We can take a small deposit now and the rest on "
     "collection. || that would really help, thank you"),
    ("financial_hardship", "benign", "review",
     "This cake shop is going to bankrupt me. Every time I walk past Riverside I come out with a box of brownies. "
     "Send help. Five stars, zero savings."),
    ("financial_hardship", "sensitive", "sms",
     "Got a letter from a debt collector about £86 for a cake order from last year I forgot to pay. I cant pay "
     "it all at once, I'm behind on everything. Can I pay u direct £10 a week?"),
    ("financial_hardship", "benign", "web_form",
     "Question: Do you accept Klarna or any other pay-in-3 option at checkout for larger orders like wedding "
     "cakes? Just comparing suppliers."),
    ("financial_hardship", "sensitive", "call_transcript",
     "Caller: I need to cancel my standing order for the café, the weekly traybakes. || Agent: Okay, can I ask "
     "why, for our records? || Caller: I've been declared bankrupt and the official receiver is dealing with "
     "everything now. I'm not allowed to take on new credit. || Agent: I understand. I'll cancel it and put a "
     "note that there's nothing further owing."),
    ("financial_hardship", "benign", "email",
     "Good afternoon, Halfpenny Credit Union would like to order a cake for our 30th anniversary members' "
     "evening, about 120 people. Could you send a quote and your bank details for payment by BACS? Best, "
     "Members' Services"),
    ("financial_hardship", "sensitive", "agent_note",
     "Mrs Crane came into Kingsmead to cancel her daughter's birthday cake. Very upset. Said the family were "
     "evicted on Monday and are in a B&B until the council rehouses them. Refunded deposit in full as cash and "
     "gave a voucher for a small cake, manager approved."),
    ("financial_hardship", "benign", "sms",
     "hi when will the refund for SS-46021 show? cancelled it tues"),
    ("financial_hardship", "sensitive", "voicemail",
     "Hi, it's Yusuf Ali, I've got the Crumb Club monthly pass. I lost my job last month and I can't keep paying "
     "for it, so please cancel before the next payment goes out on the 1st. Sorry. Number's 07700 900825."),
    ("financial_hardship", "benign", "dm",
     "the box broke in half on the way home, cake survived lol. maybe thicker boxes for the big ones?"),
    ("financial_hardship", "sensitive", "dm",
     "I know this is a lot to ask. My kids' party was meant to be this weekend and I've had to use the food "
     "bank this month, so the cake I ordered isn't happening. Can I get my £20 deposit back even though it's "
     "inside the 7 days?"),
    ("financial_hardship", "benign", "call_transcript",
     "Caller: Hi, I'm calling from Pennington Recovery Services, we're a debt collection firm. It's our office "
     "manager's retirement and we'd like a big cake. || Agent: Lovely. What would you like it to say? || "
     "Caller: Happy Retirement Sheila, from all at Pennington. || Agent: Got it."),
    ("financial_hardship", "sensitive", "web_form",
     "Request: Hardship fee waiver for Crumb Club. Details: I'm a carer for my husband and we live on his "
     "disability benefits and my carer's allowance. The class is the one thing I do for myself. Is there any "
     "reduced rate or free place available? Name: Glenys Parry."),
    ("financial_hardship", "benign", "in_app",
     "Can I get a VAT receipt for order SS-46110? It's a business expense for our team lunch."),
    ("financial_hardship", "sensitive", "review",
     "Got laid off in March and genuinely couldn't stretch to a cake for my son's birthday. Explained at "
     "Riverside, asking if they had anything reduced, and the manager gave me a cake from the end-of-day "
     "shelf with his name piped on for free. I cried in the car. Thank you."),
    ("financial_hardship", "benign", "chat",
     "hi I've been charged twice for the balloon bundle, £32 and £32 || Agent: I can see a duplicate "
     "authorisation. It should drop off within 3 days; if not I'll refund it manually. || ok cheers"),
    ("financial_hardship", "sensitive", "email",
     "Hello, I'm in an individual voluntary arrangement and my supervisor has asked me to list all creditors. "
     "I think I still owe you £145 on an unpaid invoice from the catering order in January. Could you confirm "
     "the balance? It'll be included in the IVA. Thank you, Priya Nair"),
    ("financial_hardship", "benign", "web_form",
     "Question: What is your deposit policy for custom cakes? Is the deposit refundable if we cancel more than "
     "a month before?"),
    ("financial_hardship", "sensitive", "in_app",
     "Can I defer the balance on SS-46204 until Friday? Zero hours contract and they gave me no shifts this fortnight, "
     "pay's not coming till then."),
    ("financial_hardship", "benign", "review",
     "The Payday Treat Box is my monthly reward for surviving another month of spreadsheets. Worth it."),
    ("financial_hardship", "sensitive", "sms",
     "Sorry can't make collection today, bailiffs came this morning for the council tax and I've got to sort it. "
     "Can I come tomorrow? SS-46233"),
    ("financial_hardship", "benign", "email",
     "Hello, the Harbour Street Food Bank is holding a volunteers' thank-you afternoon on 8 June. Could we order "
     "three large traybakes and some bunting? We're a registered charity; do you offer a charity discount? "
     "Thanks, Volunteer Coordinator"),
    ("financial_hardship", "sensitive", "call_transcript",
     "Caller: I'm on the state pension and nothing else, and the cake I booked for my husband's 80th has gone up "
     "by twenty pounds since I ordered. || Agent: I'm sorry, let me look. || Caller: I just can't find the "
     "extra, I've had to choose between that and the gas. || Agent: I'll honour the original price, don't worry."),
    ("financial_hardship", "benign", "chat",
     "whats your cheapest cake that feeds 50? it's for the church hall quiz night and we try to keep the costs "
     "low for the raffle || Agent: The large traybake at £38 feeds 48-50. || perfect"),
    ("financial_hardship", "sensitive", "agent_note",
     "Customer rang re unpaid invoice SS-45920 (£210, catering for his café's launch). Café closed in April, "
     "he's personally liable for the debts and has a debt management plan with StepAhead. Agreed £15/month; "
     "stopped the reminder letters."),
    ("financial_hardship", "benign", "sms",
     "hi is there a student discount? uni card ok?"),
    ("financial_hardship", "sensitive", "dm",
     "been out of work since the factory shut in march. daughter's getting married and I promised to pay for "
     "the cake. is there any way to spread it over a few months? im embarrassed asking"),
    ("financial_hardship", "benign", "agent_note",
     "Jobcentre Plus Riverside office ordered a leaving cake for a member of staff. Paid with government "
     "procurement card. Collection Thursday 3pm."),
    ("financial_hardship", "sensitive", "voicemail",
     "Hi, Deb Marlow here. We've been served notice on the flat because of rent arrears, so the housewarming I "
     "ordered the cake for obviously isn't happening. Can I cancel and get whatever I can back? Order "
     "SS-46390. Please call me on 07700 900846."),
    ("financial_hardship", "benign", "in_app",
     "How do I check my gift card balance? The app only shows the code."),
    ("financial_hardship", "sensitive", "web_form",
     "Complaint reference: Payment plan. Details: You passed my £60 balance to a collections agency without "
     "warning. I told your staff in June I'd lost my job and was behind on my rent, and they said it was fine to "
     "pay monthly. Please recall the debt. Name: Aaron Leigh."),
    ("financial_hardship", "benign", "call_transcript",
     "Caller: I want to pay the balance on my wedding cake now rather than at collection. || Agent: Sure, I "
     "can take card payment over the phone. || Caller: Great, the long number is on the card in front of me. "
     "|| Agent: I'll send you a secure payment link instead, we don't take card numbers by voice."),
    ("financial_hardship", "sensitive", "chat",
     "hi, i booked the balloon arch for my mum's retirement but she's had her pension frozen in the divorce and "
     "can't help pay now, and I'm on sick pay, can we go down to the small bundle? || Agent: Of course, I'll "
     "switch it and refund the difference. || thank you"),
    ("financial_hardship", "benign", "dm",
     "just realised the Budget Bake range exists, why didn't anyone tell me sooner. the lemon loaf for £4 is "
     "unreal"),
    ("financial_hardship", "sensitive", "review",
     "Ordered on Klarna because I couldn't afford it outright, and then I couldn't afford the Klarna either. "
     "Not the bakery's fault at all, just saying, be careful. The cake was lovely, my credit score isn't."),
    ("financial_hardship", "benign", "web_form",
     "Invoice query: Our accounts team can't match invoice INV-2291 to a PO. Could you reissue it with PO "
     "4410-K on it? Company: Marston Freight Ltd."),
    ("financial_hardship", "sensitive", "email",
     "Dear Sugarloaf, I owe £40 for the class pass and I haven't been able to pay it since my business folded in "
     "the winter. I'm living with my brother and claiming Jobseeker's. I want to clear it, I just need a bit of "
     "time. Could I pay £5 a week? Thanks, Kofi Asante"),
    ("financial_hardship", "benign", "chat",
     "do you price match? the shop on the high street does the same balloon bundle for £5 less || Agent: We "
     "don't price match, but there's a 10% code for first app orders. || oh nice, I'll use that"),
    ("legal", "sensitive", "email",
     "Hello, I'm suing our wedding venue over the cancellation in June and my solicitor needs evidence of what "
     "we'd paid out to suppliers. Could you send a copy of the invoice and deposit receipt for cake order "
     "SS-38810, addressed to me? Thank you, Rachel Ostler"),
    ("legal", "benign", "web_form",
     "Organisation: Hartley & Crane Solicitors LLP. Request: Celebration cake for a partner's promotion, 10 "
     "inch, navy and gold, message Congratulations Partner! Delivery to our office on Bridge Street, Friday "
     "before noon. Invoice to accounts."),
    ("legal", "sensitive", "chat",
     "Please don't give out any of my details or delivery address to anyone who calls, even if they say they're "
     "family. I've got a restraining order against my ex and he's tried this with other shops. || Agent: "
     "Understood. I'm adding a security flag so no details are given by phone. || thank you"),
    ("legal", "benign", "review",
     "The salted caramel brownie should be illegal. Criminally good. Lock me up and throw away the key."),
    ("legal", "sensitive", "sms",
     "hi need to cancel the party cake for tmrw SS-46512. my husband was arrested last night and theres no party "
     "now. sorry"),
    ("legal", "benign", "chat",
     "had to bail on Saturday's class, my car broke down. can I move to next week? || Agent: No problem, "
     "I've moved you to the 15th. || legend"),
    ("legal", "sensitive", "call_transcript",
     "Caller: Can I push my collection from the 14th to the 15th? || Agent: Yes, what's the name? || Caller: "
     "Gail Turner. I've got the final divorce hearing at the family court on the 14th and I won't be out before "
     "you close. || Agent: All done, ready from 9am on the 15th."),
    ("legal", "benign", "email",
     "Hi, before I book, could you clarify your terms and conditions on cancellations? Clause 7 says deposits are "
     "non-refundable, but clause 9 mentions a 14-day cooling-off period. Which applies to custom cakes? Thanks, "
     "Nina"),
    ("legal", "sensitive", "voicemail",
     "Hi, it's Lee Varney. I've got bail conditions at the moment that mean I can't go into the town centre, "
     "so I can't collect from Kingsmead. Can the cake for my mum be delivered to hers instead? I'll pay the "
     "delivery. Call me on 07700 900861."),
    ("legal", "benign", "voicemail",
     "Hello, it's PC Hannah Dale at Riverside Police Station. We're having an open day for the community on "
     "the 20th and want 200 cupcakes with blue and white icing and a little police badge. Please call the front "
     "desk on 555-0119 to arrange payment."),
    ("legal", "sensitive", "web_form",
     "Volunteer application: Mini Mixers class helper. Anything we should know: I have an unspent conviction "
     "for theft from 2021, I'm being upfront because I know you'll do a DBS. I've been clean for three years and "
     "just want to give something back."),
    ("legal", "benign", "dm",
     "can you do a Legally Blonde themed cake for a hen do? pink, law books, little chihuahua. the bride loves "
     "that film"),
    ("legal", "sensitive", "in_app",
     "I'm on a tag with a 7pm curfew so the delivery has to come before 6 please, otherwise I can't be at the "
     "door and can't go out to meet the driver after."),
    ("legal", "benign", "agent_note",
     "Trading standards officer rang to ask for our allergen labelling procedure for pre-packed items as part of "
     "a routine area survey. Sent the procedure doc to the email given. No complaint or inspection."),
    ("legal", "sensitive", "review",
     "I had to get a solicitor involved to get my £300 deposit back after the branch cancelled my wedding cake "
     "two days before. They paid up once the letter before action arrived. Cake people, treat customers right "
     "the first time."),
    ("legal", "benign", "sms",
     "do you print Disney characters on cakes or is that a copyright thing? asking for a Frozen theme"),
    ("legal", "sensitive", "dm",
     "can I collect Saturday afternoon instead of morning? I'm doing my community service hours on Saturday "
     "mornings till the end of the month"),
    ("legal", "benign", "in_app",
     "The topper sentence is too long, can I shorten it to Best Boss Ever? It's order SS-46702."),
    ("legal", "sensitive", "email",
     "To Sugarloaf HR and customer services, please be aware I've lodged an employment tribunal claim against "
     "the company for unfair dismissal from the Riverside branch. Please preserve all my rota records and "
     "messages. My representative is at Carrow Legal Advice Centre. Jamal Osei"),
    ("legal", "benign", "chat",
     "our tennis club wants a tennis court cake for the finals day, green with white lines and a little net. "
     "doable? || Agent: Very doable! How many people? || about 60"),
    ("legal", "sensitive", "chat",
     "about the van that hit my car outside your Halfpenny Lane shop last week, my solicitor has said I "
     "shouldn't discuss it with you directly, so please send the insurance details to her || Agent: Of course, "
     "could you share her email? || it's in the letter"),
    ("legal", "benign", "review",
     "The fashion police would arrest me for how many of these cupcakes I ate at the shower. No regrets. "
     "Lovely decorations."),
    ("legal", "sensitive", "agent_note",
     "Customer Mr Keane asked to set up a delivery for his sister's birthday. Mentioned he's just been released "
     "from prison after 18 months and this is the first birthday he's been out for. Asked that we leave the "
     "card unsigned. Done."),
    ("legal", "benign", "web_form",
     "Question: How do I request a copy of the personal data you hold on me? Just want to know the process, "
     "nothing wrong."),
    ("legal", "sensitive", "sms",
     "Can't collect on the 9th after all, I've been called as a witness in a trial at the crown court that "
     "week. Can we do the 12th? Ben"),
    ("legal", "benign", "call_transcript",
     "Caller: I'd like a Monopoly cake for a board games night. || Agent: Great, which squares? || Caller: Go "
     "to Jail in the corner please, it's our running joke, and Park Lane. || Agent: Lovely, 12 inch square?"),
    ("legal", "sensitive", "call_transcript",
     "Caller: Your security guard at Riverside stopped me and called the police saying I'd stolen from the shop. "
     "I hadn't. I was arrested and held for six hours before they let me go. || Agent: That's awful. Can I "
     "take your details? || Caller: Omar Haddad. My lawyer will be writing to you about the CCTV. || Agent: "
     "I'll escalate to our legal team today."),
    ("legal", "benign", "email",
     "Hello, we're a magistrates' court staff social club and we'd like a retirement cake for our usher, with a "
     "gavel on top, for about 30 people. Collection from Kingsmead. Thanks, Social Committee"),
    ("legal", "sensitive", "web_form",
     "Delivery instructions: Please do not leave the parcel with neighbours. My neighbour at number 14 is the "
     "subject of a harassment injunction I took out through the county court last month and must not have "
     "any of my post."),
    ("legal", "benign", "dm",
     "is there a reason the law says you can't sell the alcohol cupcakes to under 18s online? just curious how "
     "you check"),
    ("bereavement", "sensitive", "email",
     "Hello, my dad's funeral is next Thursday and we're having everyone back to the house afterwards. Could "
     "you do a plain lemon sponge and a fruit cake, enough for about 40, delivered to 12 Orchard Way by 1pm? He "
     "always bought the lemon one from Riverside on a Saturday. Thank you, Siobhan Kerr"),
    ("bereavement", "benign", "review",
     "The Death by Chocolate cake lives up to the name. Four layers, ganache, shards. I'm not ok. Five stars."),
    ("bereavement", "sensitive", "sms",
     "please cancel the 70th cake for saturday SS-47011, mum passed away yesterday. sorry for short notice"),
    ("bereavement", "benign", "in_app",
     "app is dead again, cant get past the splash screen. tried reinstalling"),
    ("bereavement", "sensitive", "call_transcript",
     "Caller: Hello, I'm calling about my father's account, Gerald Finch. || Agent: Of course, how can I help? "
     "|| Caller: He died in February and the app keeps sending him offers. I'd like to close it. || Agent: "
     "I'm very sorry for your loss. I can close it today. Could you confirm the email on the account? || Caller: "
     "g.finch@example.com."),
    ("bereavement", "benign", "web_form",
     "Organisation: Ashworth & Sons Funeral Directors. Request: Cake and bunting for our staff summer barbecue, "
     "about 25 people, no theme. Collection from Halfpenny Lane on the 26th. Invoice to our office."),
    ("bereavement", "sensitive", "agent_note",
     "Mrs Adebayo rang to cancel the gender-reveal cake (SS-46980) and the baby shower balloons. She said their "
     "baby was stillborn last week. Full refund issued, marketing for baby range switched off on account. "
     "Sent condolence card from the Riverside team."),
    ("bereavement", "benign", "chat",
     "do you do Day of the Dead sugar skull cookies? for a Mexican themed night at our bar || Agent: Yes, "
     "we do them from mid-October, bright colours. || great, 60 please"),
    ("bereavement", "sensitive", "dm",
     "hi, it's 5 years on the 19th since we lost my brother Danny. we do a little thing every year at his "
     "favourite pub. could you make a cake with a Leeds United badge and just 'Danny, always'"),
    ("bereavement", "benign", "sms",
     "the driver ghosted me, order was due 2-4 and its 5:30. SS-47102?"),
    ("bereavement", "sensitive", "in_app",
     "Please remove Margaret Ellis from my saved delivery addresses. She was my wife, she passed in January and "
     "it catches me out every time it comes up."),
    ("bereavement", "benign", "review",
     "Ordered the gravestone cupcakes for our Halloween party and they were to die for. The little RIP "
     "headstones were adorable. Killing it, Kingsmead."),
    ("bereavement", "sensitive", "review",
     "Ordered the cakes for my nan's funeral tea at short notice. The lady on the phone was so gentle with me and "
     "put a little forget-me-not on the top because I mentioned they were Nan's favourite. Thank you."),
    ("bereavement", "benign", "email",
     "Hello, do you cater for funeral teas and wakes? I'm updating the list of local suppliers we give families "
     "at the Memorial Hall bookings desk. Could you send your menu and lead times? Many thanks, Hall Manager"),
    ("bereavement", "sensitive", "web_form",
     "Banner text: Forever In Our Hearts, Grandad Reg 1938-2024. Colours: navy and silver. Notes: It's for "
     "the wake at the cricket club on Friday. He played there for 50 years."),
    ("bereavement", "benign", "dm",
     "RIP my diet. got the brownie selection box and ate half of it in the car. no regrets"),
    ("bereavement", "sensitive", "chat",
     "Your app keeps sending me reminders to order my dad's birthday cake. He died last year. Please stop them. "
     "|| Agent: I'm truly sorry. I've removed that reminder and all saved occasions for him. || thank you"),
    ("bereavement", "benign", "call_transcript",
     "Caller: My order is late. || Agent: Apologies. Can I take the number? || Caller: SS-47190, it was "
     "due at noon for the late lunch. || Agent: The van's two stops away, about fifteen minutes."),
    ("bereavement", "sensitive", "voicemail",
     "Hello, this is Carla Dunne. I had the wedding cake booked for the 30th. My fiancé, Steven, died in an "
     "accident two weeks ago, so there won't be a wedding. I don't know what to do about the order. Please "
     "ring me when you can, 07700 900873."),
    ("bereavement", "benign", "chat",
     "my phone's about to die, can you just email me the proof for the banner? || Agent: Sending now. || ta"),
    ("bereavement", "sensitive", "sms",
     "Hi, my brother died suddenly last week and we're having a celebration of life on Sat at the rugby club. "
     "Need 50 cupcakes in blue and gold. Can u help at short notice? Nathan"),
    ("bereavement", "benign", "review",
     "The bake-off at our office ended in a dead heat between my carrot cake (from you, shh) and Steve's "
     "homemade lemon. Keep my secret."),
    ("bereavement", "sensitive", "email",
     "Dear Sir or Madam, I'm the executor of the estate of the late Mr Hubert Lyle, who had a running account "
     "with your Kingsmead branch. Please send a final statement so the balance can be settled from the estate, "
     "and close the account. Yours faithfully, Anne Lyle"),
    ("bereavement", "benign", "agent_note",
     "Customer wanted the zombie apocalypse cake for her 40th with 'Dead at 40' on it. Confirmed wording, "
     "green and grey fondant, collection Saturday."),
    ("bereavement", "sensitive", "call_transcript",
     "Caller: It's our first Christmas without Mum and she always made a chocolate log from an old recipe. || "
     "Agent: That's hard, I'm sorry. Would you like us to make something like it? || Caller: Could you, if I send a photo "
     "of her recipe card? It would mean a lot to my dad. || Agent: Of course, send it over and I'll ask the "
     "Kingsmead kitchen."),
    ("bereavement", "benign", "in_app",
     "dead battery in the app's balloon pump you sent with the bundle? it won't switch on. SS-47301"),
    ("bereavement", "sensitive", "dm",
     "my grandma died on monday. she loved yellow, so we want yellow balloons at the wake, maybe 30 with "
     "a little sunflower on each. can you deliver to St Luke's hall on the 8th?"),
    ("bereavement", "benign", "web_form",
     "Question: Is the Memorial Day sale on balloons online only, or in branches too? Saw it on your "
     "Instagram."),
    ("bereavement", "sensitive", "agent_note",
     "Mr Ruiz called to ask for a refund on the Crumb Club couples pass. His wife, who was the other person on "
     "the pass, passed away in March. Refunded remaining 4 sessions without needing documentation."),
    ("bereavement", "benign", "sms",
     "this cake is to die for, can I get the recipe?? joking. kind of. SS-47322 was perfect"),
    ("violence_self_harm", "sensitive", "email",
     "I want to report one of your delivery drivers. He delivered my cake on Saturday and since then he's "
     "messaged me nine times on the number from the order, asking me out, then calling me names when I didn't "
     "answer. Last night he said he knows where I live. I'm frightened to open my door. Lauren Beck, SS-47450"),
    ("violence_self_harm", "benign", "dm",
     "do u do smash cakes for grown ups? want one my mates can literally smash with a hammer for my 30th, "
     "chocolate shell with sweets inside"),
    ("violence_self_harm", "sensitive", "chat",
     "I need to change the delivery address on my account urgently. I've left home and I'm in a refuge now "
     "because my husband was hurting me. He knows my login. Can you make sure nothing gets sent to the old "
     "address? || Agent: I'm sorry you're dealing with that. I've removed the address and locked the "
     "account; let's set a new password by text now. || thank you"),
    ("violence_self_harm", "benign", "in_app",
     "Does the wedding package include the cake knife and server set, or is that extra? The silver one."),
    ("violence_self_harm", "sensitive", "sms",
     "Pls dont deliver the cake to the house. my ex turned up last night shouting hed smash it in my face and "
     "worse if i had the party. send to my friends instead 22 Pell St"),
    ("violence_self_harm", "benign", "review",
     "The piñata took an absolute beating from the whole office. Forty adults with a stick. Sweets everywhere. "
     "Sturdy thing, lasted longer than expected."),
    ("violence_self_harm", "sensitive", "call_transcript",
     "Caller: I'd like to cancel my birthday cake. || Agent: Of course. Is everything okay? || Caller: Not "
     "really. I don't see the point of a birthday. Honestly I don't think I'll be around for it. || Agent: "
     "I'm really glad you told me. Are you safe right now? You can call Samaritans on 116 123, any time. || "
     "Caller: I've got my sister's number. || Agent: Please call her now. I'll stay on the line until you do."),
    ("violence_self_harm", "benign", "chat",
     "can I get the glitter bomb balloons in gold? || Agent: Yes, gold, silver or rose gold. || gold x10"),
    ("violence_self_harm", "sensitive", "agent_note",
     "Incident at Riverside, 4:50pm: customer disputing a refund told the counter assistant (Mia) he'd 'wait "
     "for her after her shift' and 'sort her out'. Manager asked him to leave; police called, log number "
     "taken. Mia escorted to her car. Account barred."),
    ("violence_self_harm", "benign", "web_form",
     "Organisation: Ironfist Boxing Gym. Request: Fight Night cake shaped like a boxing glove, red, plus banner "
     "saying Knockout Night 2024. For about 100 people. Delivery to the gym on Friday."),
    ("violence_self_harm", "sensitive", "voicemail",
     "Hello, it's Brenda Shaw at 6 Mill Row. Please don't leave parcels on the step anymore. The man next door "
     "has been threatening me for weeks, he kicked my door in last month and he took my last delivery. Knock "
     "and wait, please. My number's 07700 900884."),
    ("violence_self_harm", "benign", "sms",
     "i could murder one of those salted caramel brownies rn. any left at riverside?"),
    ("violence_self_harm", "sensitive", "dm",
     "someone on your page keeps replying to my cake photos calling me fat and saying I should kill myself. "
     "they've started messaging me privately too. can you block them please, it's the account in the replies "
     "on the unicorn post"),
    ("violence_self_harm", "benign", "call_transcript",
     "Caller: We're booking a cake-smash photoshoot in your studio. || Agent: Lovely, what date? || Caller: The "
     "21st, it's for our pet rabbit's birthday believe it or not. || Agent: Ha, we'll do a carrot cake smash."),
    ("violence_self_harm", "sensitive", "web_form",
     "Class: Crumb Club, Tuesday. Anything we should know: I have self-harm scars on my forearms and I'll have "
     "to roll my sleeves up for the piping. I'm doing much better now, I'd just really prefer nobody comments."),
    ("violence_self_harm", "benign", "review",
     "Blown away by the balloon arch. The delivery team were quick and the colours were exactly right."),
    ("violence_self_harm", "sensitive", "review",
     "I stopped going to the Kingsmead Crumb Club because the male tutor kept touching my waist while 'showing "
     "me' how to pipe, and made comments about my body. I complained and nothing happened. Warning other women."),
    ("violence_self_harm", "benign", "email",
     "Hello, we're the Riverside Women's Aid fundraising group. We're holding a coffee morning on 4 March and "
     "would love to order 100 cupcakes in purple. Do you offer a charity rate? Kind regards, Fundraising Team"),
    ("violence_self_harm", "sensitive", "in_app",
     "Please put the cake order in my sister's name and don't text this number. My partner checks my phone "
     "and if he sees I've spent money he goes off, last time I ended up with a black eye. Sister's number is "
     "07700 900895."),
    ("violence_self_harm", "benign", "dm",
     "whats your policy if someone's abusive to your staff? asking because i manage a cafe and want to copy "
     "something sensible"),
    ("violence_self_harm", "sensitive", "chat",
     "I know this isn't really a bakery question. My manager at work has been screaming at me and threatening "
     "me for months and the leaving cake I'm ordering is for me, I've finally quit. Can it just say Free? || "
     "Agent: I'm sorry you went through that. Yes, absolutely. Any colour? || yellow, something happy"),
    ("violence_self_harm", "benign", "in_app",
     "The ninja cake, can the figure hold a sword instead of nunchucks? For a colleague who does martial arts."),
    ("violence_self_harm", "sensitive", "sms",
     "hi a man has followed me from your riverside shop to my car twice this week after i collected orders. "
     "he was there again today. can you check cctv? im scared to go back"),
    ("violence_self_harm", "benign", "chat",
     "our team is going axe throwing then back for cake, any axe themed designs? lol || Agent: We've done a "
     "lumberjack cake with a chocolate axe! || perfect"),
    ("violence_self_harm", "sensitive", "call_transcript",
     "Caller: I was in the queue at Halfpenny Lane on Tuesday and a man behind me shoved me into the cabinet "
     "and spat at me. Your staff didn't do anything. || Agent: I'm very sorry. Were you hurt? || Caller: "
     "Bruised. I've reported it to the police and they'll want your CCTV. || Agent: I'll make sure it's kept."),
    ("violence_self_harm", "benign", "sms",
     "sugar attack incoming. 3 boxes of donuts for the office pls, collection 9am"),
    ("violence_self_harm", "sensitive", "agent_note",
     "Customer rebooked her missed Crumb Club session. Said she'd been in hospital after an overdose last month "
     "and is now home with support. Reassured her, waived the rebooking fee, no further action needed."),
    ("violence_self_harm", "benign", "review",
     "Knockout sponge, killer buttercream, and the staff absolutely slayed the decorations. My sister's 30th "
     "was a hit."),
    ("violence_self_harm", "sensitive", "dm",
     "honestly ive been thinking about ending it all week and ordering this cake is the only thing ive done "
     "for myself. sorry. i don't know why im telling a bakery"),
    ("violence_self_harm", "benign", "voicemail",
     "Hi, it's Gav from the Riverside Martial Arts Academy. We're doing a black belt grading and want a cake "
     "shaped like a belt, plus some balloons. Please call the dojo on 555-0173."),
]


def burn_examples() -> list[dict]:
    """The burn split as labelled tickets (same shape as ``sensitive_eval.build_eval_set``'s)."""
    return stranger_examples("burn", ENTRIES, SUBJECTS)
