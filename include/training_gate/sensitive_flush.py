"""flush split: written by a helper who had not seen the detection rules, the anchors or any other split.
Setting: Clearview, a chain of opticians and hearing-aid centres (eye tests, glasses and contact lens subscriptions,
frame repairs, hearing tests, hearing-aid fittings and batteries, home visits, online orders, vouchers, payment plans);
registers are email, chat, sms, call, note, form, review, voicemail and dm.
The benign half borrows the same words and territory harmlessly: product names (Clearview Junior, the Pride range),
organisations acting as organisations (school offices, a mosque committee, a union branch), policy questions, idioms
("my battery's dead"), routine prescriptions, batteries and payment trouble, revealing nothing about anyone.
70 sensitive and 70 benign tickets for special categories, 50 and 50 for children, 20 and 20 for financial hardship,
15 and 15 for health, legal, bereavement and violence and self-harm.
First reading (policy 2026.11.24.7, after it was final; `sensitive_eval.evaluate`, as `make eval-sensitive`):
96.5 / 5.5 recall / false exclusion in % as shipped, 97.0 / 15.0 without the overruling,
94.0 / 15.0 by the rules alone. Waits for the next round (tuned and trained on after this reading)."""

from __future__ import annotations

from training_gate.sensitive_blind import stranger_examples

SUBJECTS: tuple[str, ...] = (
    "Eye test appointment",
    "Contact lens subscription delivery",
    "Frame repair query",
    "Hearing test booking",
    "Hearing aid fitting follow-up",
    "Hearing aid batteries order",
    "Home visit request",
    "Online order CV status",
    "Gift voucher question",
    "ClearCare payment plan",
    "Copy of prescription",
    "Account details update",
    "Feedback about your branch",
)

ENTRIES: list[tuple[str, str, str, str]] = [
    # ---- special categories
    ("special_categories", "sensitive", "chat",
     "hi, can I move my eye test from Friday 1pm? || Agent: Of course, what time would suit you "
     "better? || anything after 2 is ok, I go to jummah at the mosque on Fridays and it sometimes "
     "runs over || Agent: No problem, I've moved you to Friday 2:40pm at Castlegate."),
    ("special_categories", "sensitive", "email",
     "Hello, I'd like to book a hearing aid fitting for my father, Mr Saul Adler. Please not on a "
     "Saturday, and not Friday after about 3pm in winter: he keeps Shabbat strictly and won't "
     "travel or answer the phone, so the follow-up call also has to be Sunday to Thursday. Many "
     "thanks, Miriam Adler"),
    ("special_categories", "sensitive", "note",
     "Agent note: cust asked for a female optometrist for the eye test. Explained she wears a "
     "niqab and is only comfortable uncovering her face in front of a woman. Booked with R. "
     "Haddad, Thurs 10:20, side room."),
    ("special_categories", "sensitive", "sms",
     "Cant make the 6pm fitting this week sorry, its Ramadan and I break my fast around then. Any "
     "slots in the morning instead? - Yusuf"),
    ("special_categories", "sensitive", "call",
     "Caller: The frames are fine, it's just the turban sits over the arms and squashes them in. "
     "|| Agent: Ah, so you'd want a straighter temple on them? || Caller: Yes. I tie it every "
     "morning, as a Sikh I always wear it, so the arms need to slide under without digging in. || "
     "Agent: I'll note that for the dispenser and we'll adjust them when you pop in."),
    ("special_categories", "sensitive", "review",
     "Lovely visit to Millbeck. I explained to the male optometrist that I don't shake hands with "
     "men because of my faith and he just smiled and carried on, no awkwardness at all. Glasses "
     "ready in 5 days. 5 stars || Agent: Thank you, Zainab, we're so glad you felt comfortable. "
     "See you at your next check!"),
    ("special_categories", "sensitive", "form",
     "Home visit request | Name: Brother Anselm Garvey | Address: St Cuthbert's Priory, Holme Lane "
     "| Notes: I am one of the monks here and our community keeps silence until 9am, so please "
     "arrive after that and ring the side bell."),
    ("special_categories", "sensitive", "dm",
     "hey do u do the blue light lenses on the Orla frame? also random q but im a Jehovah's "
     "Witness and we have meetings thurs evenings so can i get a collection slot thats not a "
     "thursday"),
    ("special_categories", "sensitive", "email",
     "Dear Clearview, I am Hindu and during Navratri I keep the fast for nine days, and my eyes "
     "become very dry and tired, maybe it is from the fasting. Can I change my lens subscription "
     "to dailies only for this month? Regards, Pooja Varma"),
    ("special_categories", "sensitive", "chat",
     "the frames keep sliding down my nose || Agent: Sorry to hear that! Have you tried nose pads? "
     "|| yeah they don't help, I'm East Asian and have a really low bridge, every standard frame "
     "does this to me. do u have a low-bridge version of the Sable? || Agent: We do, the Sable LB. "
     "I'll reserve one at Castlegate."),
    ("special_categories", "sensitive", "email",
     "Hi, my mum only speaks Punjabi. She came over from Jalandhar in 1984 and never really picked "
     "up English. Can someone who speaks Punjabi sit in on her hearing test at Fenwick Street, or "
     "is it fine if I translate for her? Thanks, Harpreet"),
    ("special_categories", "sensitive", "note",
     "Agent note: customer says staff at Oakhurst followed him round the shop and watched him the "
     "whole time and he believes it was because he is Black. Apologised, logged as a "
     "discrimination complaint, ref CMP-4471, escalated to area manager."),
    ("special_categories", "sensitive", "review",
     "As a Romani woman I'm used to being watched like a thief in shops, but the team at Brindle "
     "Park were warm and patient from start to finish. Thank you Dani for sorting my varifocals. "
     "|| Agent: Thank you for taking the time to write this, we'll make sure Dani sees it."),
    ("special_categories", "sensitive", "sms",
     "hi its Kwame re the frame adjustment, when i wear my afro out the arms slip off, can they "
     "bend the tips a bit more? thx"),
    ("special_categories", "sensitive", "call",
     "Caller: It's about the ethnicity question on your online booking form. || Agent: That one's "
     "optional, you can skip it. || Caller: Well I'd ticked Irish Traveller and then the page "
     "crashed, so I don't know if it saved or not. || Agent: Let me check what's on your record."),
    ("special_categories", "sensitive", "form",
     "Feedback form | Topic: virtual try-on | Message: the try-on makes my face look grey, it "
     "obviously wasn't tested on dark skin like mine. We're a Nigerian family and none of us can "
     "use it properly. | Name: Tolu Bankole"),
    ("special_categories", "sensitive", "dm",
     "wallahi ur sunglasses sizing is weird 😂 im Somali and all my cousins have the same problem, "
     "narrow face high cheekbones, the lenses sit on our cheeks. any recs?? || Agent: Ha, try our "
     "Sol Slim range, it sits higher! || ok will look"),
    ("special_categories", "sensitive", "email",
     "Hello, I am from Vietnam, I came here last year, and my eye prescription was written in "
     "Vietnamese there. Can your optician read it or I need new test? My English is not so good, "
     "sorry. Thank you, Minh Anh"),
    ("special_categories", "sensitive", "chat",
     "can I pick up my glasses before 4 on Saturday? || Agent: Sure, the branch is open until 5. "
     "|| great, I'm marching with Extinction Rebellion in the afternoon and I'd like to actually "
     "see the speakers lol"),
    ("special_categories", "sensitive", "email",
     "Hi, please stop the paper mailings. I'm standing as the Green Party candidate for Millbeck "
     "ward in the council elections and I'm buried in post at the moment. Emails only please. "
     "Best, Ruth Ellery"),
    ("special_categories", "sensitive", "note",
     "Agent note: cust unhappy that frame repair is taking 10 days. Said he needs his glasses back "
     "because he's out canvassing for Reform UK every evening this week. Expedited to Thursday."),
    ("special_categories", "sensitive", "voicemail",
     "Hi, Gary Pell here, I've got the home visit on Tuesday. Fair warning, the front window's "
     "covered in Labour posters, I'm the local party secretary, so don't let that put your "
     "optician off, ha. Ring me back on 07700 900412."),
    ("special_categories", "sensitive", "review",
     "Two stars. The optician spent half my test lecturing me after she spotted my Free Palestine "
     "badge. I go to the marches every Saturday and I'm not going to apologise for it. Glasses "
     "themselves are fine. || Agent: We're sorry, that's not acceptable. Please email "
     "feedback@example.com so we can look into it."),
    ("special_categories", "sensitive", "sms",
     "Hiya can my lens delivery go to my mum's next week, I'll be away at Conservative conference "
     "in Manchester as a delegate. Order CV-51872. Ta"),
    ("special_categories", "sensitive", "dm",
     "the chat person asked why i wanted anti-glare on my new pair, its because im always in the "
     "photos at the republican rallies, anti-monarchy stuff, and the glare ruins every pic. anyway "
     "can u add it"),
    ("special_categories", "sensitive", "form",
     "Repair request | Item: tortoiseshell Harlow frames | How did the damage happen: knocked off "
     "my face at the anti-fracking protest at Holme Moor while I was holding the banner | Urgency: "
     "high, need them for work"),
    ("special_categories", "sensitive", "call",
     "Caller: Hello, I call about my glasses, order CV-22817. || Agent: Yes, they're ready to "
     "collect. || Caller: Good, because I am in the opposition party from my country and Saturday "
     "we go to demonstrate at the embassy, I need to see. || Agent: They'll be at the front desk "
     "for you."),
    ("special_categories", "sensitive", "email",
     "Hi, I'm a Unite member and I think our union has a deal with you for discounted safety "
     "glasses. Do I just show my membership card at Castlegate? My number is U-883201. Thanks, "
     "Dean Hollis"),
    ("special_categories", "sensitive", "chat",
     "i need to move my appointment || Agent: No problem, which day would suit? || anything except "
     "wednesday, that's when we're on the picket line at the depot and i'm the GMB rep so i can't "
     "skip it || Agent: Thursday at 9:15 then?"),
    ("special_categories", "sensitive", "note",
     "Agent note: customer is the RMT rep at her workplace, currently in pay negotiations, asked "
     "us not to call during the day. Prefers text. Contact preference updated."),
    ("special_categories", "sensitive", "sms",
     "Hi this is Niamh, I'm out on strike with the rest of the RCN members all next week so I can "
     "pick the glasses up any day, no rush x"),
    ("special_categories", "sensitive", "review",
     "Good service. The optician noticed my NEU lanyard and we ended up chatting about the strike "
     "ballot, felt very at home. New specs are great. || Agent: Thanks so much for the lovely "
     "review!"),
    ("special_categories", "sensitive", "voicemail",
     "Hello, Terry Moran here about my payment plan. The money will be a few days late this month "
     "because the union's strike pay doesn't come through till the 20th. Can we move the date? "
     "Thanks, 07700 900388."),
    ("special_categories", "sensitive", "form",
     "Corporate voucher claim | Employer: Halden Logistics | Employee: Priya Rao | Notes: I'm "
     "claiming this through the PCS welfare fund as a union member, not through my employer, claim "
     "form attached"),
    ("special_categories", "sensitive", "call",
     "Caller: The eye test is for work, the screen-user one. || Agent: Is your employer paying for "
     "it? || Caller: They refused, so I've taken it up with Unison, I'm a member. My rep says get "
     "an itemised receipt. || Agent: I'll make sure the receipt shows everything separately."),
    ("special_categories", "sensitive", "dm",
     "hello i am member of union at the warehouse, Usdaw, my friend say you give 10% for members? "
     "i want buy glasses for computer. thank you"),
    ("special_categories", "sensitive", "email",
     "Hi, I'd like to add my husband to our contact lens family plan. His name is Marcus Bell, "
     "same address as me. He wears the same monthlies. Cheers, Tom Bell"),
    ("special_categories", "sensitive", "chat",
     "can I book 2 eye tests back to back? for me and my girlfriend || Agent: Of course! Can I "
     "take both names? || Sophie Tran and Leah Okafor. we're a couple so happy to go in together "
     "if that's easier x"),
    ("special_categories", "sensitive", "note",
     "Agent note: cust asked that nothing be posted to his home address. His wife doesn't know "
     "he's seeing a man and the new frames are a gift from him. Switched order CV-60214 to click "
     "and collect."),
    ("special_categories", "sensitive", "review",
     "Big shoutout to Fenwick St for not batting an eye when my wife and I asked to be seen "
     "together. Being a lesbian couple in a small town that isn't always a given! 5* || Agent: "
     "That's how it should be, thank you both!"),
    ("special_categories", "sensitive", "sms",
     "hi can u send the lens order to my boyfriend's flat instead, 14 Regent Mews, I'm staying "
     "there now. thanks, Daniel"),
    ("special_categories", "sensitive", "dm",
     "not to overshare but i'm bi and my partner's a woman, and ur newsletter keeps saying 'you "
     "and your husband'... bit weird? anyway pls unsubscribe me from the couples offers"),
    ("special_categories", "sensitive", "call",
     "Caller: I want to cancel the second subscription on the account. || Agent: That's the one "
     "for Mr Kieran Lowe? || Caller: Yes, my ex. We were together six years, he's moved out now. "
     "It's under my name, Mr Jamie Shaw. || Agent: Understood, I'll remove him from the plan."),
    ("special_categories", "sensitive", "form",
     "Hearing aid fitting questionnaire | Who will come with you: my partner Gareth, we live "
     "together | Your name: Owen Price | Anything else: we'd both like to learn to change the "
     "batteries, he's better at it"),
    ("special_categories", "sensitive", "chat",
     "can I add a third adult to the family plan? || Agent: Yes, up to five people. || great. it's "
     "me, my husband and our girlfriend, we're poly and all live together, so same address for all "
     "three"),
    ("special_categories", "sensitive", "email",
     "Hi, I've transitioned and changed my name by deed poll from Michael to Michelle Reeve. "
     "Please update my account and the name on my prescription record. I can send the deed poll if "
     "needed. Thanks."),
    ("special_categories", "sensitive", "chat",
     "my account still says Mr || Agent: I can change that for you, which title would you like? || "
     "Mx please, I'm non-binary. and they/them if there's somewhere to put pronouns || Agent: "
     "Done, and I've added a note."),
    ("special_categories", "sensitive", "note",
     "Agent note: cust is a trans man; older records are under his birth name. He asked staff to "
     "use 'Liam' and not read the old name out at the counter. Flag added to account."),
    ("special_categories", "sensitive", "sms",
     "hiya just a heads up, my passport photo is from before I transitioned so if you check ID at "
     "collection it won't look much like me. thanks - Aisha"),
    ("special_categories", "sensitive", "review",
     "The Kestrel Way optician misgendered me three times even after I corrected her. I'm a trans "
     "woman and I was there for frames that finally feel like me. Disappointing. || Agent: We're "
     "very sorry, Nina. We'll be speaking to the team and would like to make this right."),
    ("special_categories", "sensitive", "form",
     "Account update | Old name: Daniel Okoro | New name: Danielle Okoro | Reason for change: "
     "gender transition | Title: Ms | Documents: statutory declaration attached"),
    ("special_categories", "sensitive", "call",
     "Caller: I'm two years on HRT now, since coming out as trans, and my face has changed shape a "
     "bit. || Agent: So the frames sit differently? || Caller: Exactly, they slide about. Can they "
     "be refitted? || Agent: Of course, refits are free at any branch."),
    ("special_categories", "sensitive", "dm",
     "do u do frames that arent split into men's/women's? I'm genderfluid and the site makes me "
     "pick one to filter, kinda annoying"),
    ("special_categories", "sensitive", "voicemail",
     "Hello, this is Sasha, I call about the voucher. The name on it is my old male name, because "
     "my sister bought it before I changed. Now I live as a woman and my documents are new. Can "
     "you change the name please? Thank you."),
    ("special_categories", "sensitive", "email",
     "Hi, my genetic test came back positive for an RPGR variant, the same one behind the "
     "retinitis pigmentosa on my mum's side. My consultant suggested regular visual field tests. "
     "Can Clearview do those? Thanks, Harriet Vale"),
    ("special_categories", "sensitive", "note",
     "Agent note: cust mentioned a home DNA kit showed she carries a gene variant linked to early "
     "macular degeneration. Asked if her record can be flagged for a retinal scan every year. Flag "
     "added."),
    ("special_categories", "sensitive", "chat",
     "do you test for colour blindness? || Agent: Yes, we can add an Ishihara test to any eye "
     "test. || ok good, the genetic counsellor said I'm a carrier and I want to know if I've got "
     "any of it myself"),
    ("special_categories", "sensitive", "form",
     "Hearing test booking | Relevant history: genetic testing last year found a GJB2 mutation, "
     "same as my dad's side of the family | Preferred branch: Millbeck | Name: Ellis Varney"),
    ("special_categories", "sensitive", "sms",
     "Hi can I bring my 23andMe report to the eye test? It flagged a variant for glaucoma risk and "
     "I'd like the optician to look at it. Rob"),
    ("special_categories", "sensitive", "call",
     "Caller: My brother's just been diagnosed with Usher syndrome, it's genetic, and they tested "
     "me as well. || Agent: I'm sorry to hear that. || Caller: I came back positive too, so I'd "
     "like a full hearing test to get a baseline. || Agent: Let's get that booked in."),
    ("special_categories", "sensitive", "review",
     "The optometrist at Castlegate was brilliant when I explained my results from the genetics "
     "clinic. She knew exactly what a BEST1 variant means and didn't make me explain it twice. || "
     "Agent: Thank you, Morag, we'll pass this on."),
    ("special_categories", "sensitive", "dm",
     "hi, my family have the gene for keratoconus, my mother and uncle, and the test in hospital "
     "say i have it also. can i still use your monthly lens?"),
    ("special_categories", "sensitive", "email",
     "Hello, your new app made me enrol a face scan to log in. I'd like that face template "
     "deleted, I don't want Clearview holding my facial biometrics. Account CV-30912. Elena Rusu"),
    ("special_categories", "sensitive", "chat",
     "did the virtual try-on save my face map? || Agent: It can store a 3D model of your face to "
     "help with fitting. || I never agreed to that, please delete my face scan from your system. "
     "Owen Darby, account 55213"),
    ("special_categories", "sensitive", "note",
     "Agent note: cust says the fingerprint sign-in tablet at Oakhurst has his thumbprint "
     "registered under someone else's name. Raised with IT to delete the print and re-enrol him."),
    ("special_categories", "sensitive", "voicemail",
     "Hi, Bernard Cole here. Last time I rang I did that voice ID thing where it records your "
     "voice to recognise you, and now it keeps saying my voice doesn't match. Can someone reset my "
     "voiceprint? 07700 900217."),
    ("special_categories", "sensitive", "form",
     "Data request | Type: erasure | Details: please delete the iris image your optometrist said "
     "is kept to identify me at future visits, taken 3 March at Brindle Park | Name: Farah Iqbal"),
    ("special_categories", "sensitive", "sms",
     "Hi the app won't recognise my face anymore, I set up your face ID for paying the plan. Can "
     "you reset it? Jordan Pike"),
    ("special_categories", "sensitive", "call",
     "Caller: Your fitting kiosk scanned my face for the measurements. || Agent: That's right. || "
     "Caller: Is the scan linked to my name? The lad in store said it'll recognise me next time I "
     "walk in. || Agent: Let me check how that's stored for you."),
    ("special_categories", "sensitive", "review",
     "Shop is nice but they take the photo of my face and my fingerprint for checking identity on "
     "payment plan, I don't like this, why optician need my fingerprint? 2 star || Agent: Thank "
     "you for the feedback, we've passed your concern to our data protection team."),
    ("special_categories", "benign", "email",
     "Hello, I'm the secretary for the St Aidan's Church lunch club. We'd like to invite someone "
     "from Clearview to give a short talk on looking after your eyes, in the church hall on a "
     "Tuesday. Is that something you do? Regards, Carol Finch, St Aidan's parish office"),
    ("special_categories", "benign", "chat",
     "are you open on Good Friday and Easter Monday? || Agent: Most branches are open 10 till 4 on "
     "both days; Castlegate is closed on the Monday. || ok thanks, I'll collect my lenses Friday "
     "then"),
    ("special_categories", "benign", "note",
     "Agent note: Al-Noor Mosque committee asked about booking the mobile eye-screening van for "
     "their community open day on 12 October. Passed to events team with the usual van hire form."),
    ("special_categories", "benign", "sms",
     "Do you still have the Christmas gift vouchers in the £50 design? Want one for my "
     "brother-in-law"),
    ("special_categories", "benign", "review",
     "Bless them, the Fenwick Street team are angels. Fixed my hinge in ten minutes while I "
     "waited. Divine service! || Agent: Aw, thank you, we'll pass that on to the team."),
    ("special_categories", "benign", "dm",
     "is the Halo frame in the sale? saw it on insta in matte black || Agent: It is, 20% off until "
     "Sunday! || sold"),
    ("special_categories", "benign", "form",
     "Gift voucher order | Quantity: 12 x £25 | Card message: Happy Diwali from everyone at Patel "
     "& Moss Accountants | Delivery: the office, 2 Tanner Row"),
    ("special_categories", "benign", "call",
     "Caller: I book appointments for the residents at a care home and I'm planning the year. || "
     "Agent: Lovely, how can I help? || Caller: Do your branches close for any religious holidays "
     "apart from Christmas Day? || Agent: Only Christmas and Boxing Day; I'll email you the full "
     "holiday calendar."),
    ("special_categories", "benign", "email",
     "Hi, do your larger branches have a quiet room or a prayer space? A few people at the "
     "community centre asked me to find out for our accessibility guide. Thanks, Jo Fletcher, "
     "Brindle Community Centre front desk"),
    ("special_categories", "benign", "chat",
     "does the Sable come in a wider fit? || Agent: Yes, there's a 54mm version as well as the 50. "
     "|| and adjustable nose pads? || Agent: The Sable Flex has those, it's online and at "
     "Millbeck."),
    ("special_categories", "benign", "email",
     "Hi, our community hub runs English classes and we'd like leaflets about your eye tests in "
     "Polish, Urdu and Somali for the noticeboard. Do you have translated versions? Thanks, Linden "
     "Road Community Hub"),
    ("special_categories", "benign", "sms",
     "Saw your new Nordic range on the bus advert, is it in Millbeck yet or only online?"),
    ("special_categories", "benign", "note",
     "Agent note: cust asked whether interpreters can be booked for appointments, for an FAQ she's "
     "writing for the residents' association newsletter. Confirmed telephone interpreting is "
     "available on request."),
    ("special_categories", "benign", "review",
     "The new Global Fit range is brilliant, finally a frame that doesn't end up on the end of my "
     "nose. Castlegate staff measured everything properly. || Agent: Glad the Global Fit is "
     "working for you!"),
    ("special_categories", "benign", "form",
     "Product question | Frame: Kyoto titanium | Question: is the Kyoto actually made in Japan or "
     "is it just the name? | Name: Pete Aldous"),
    ("special_categories", "benign", "dm",
     "the skin tone slider on the virtual try-on is glitching on my laptop, everything goes green. "
     "bug? || Agent: Thanks for flagging, which browser? || firefox"),
    ("special_categories", "benign", "call",
     "Caller: I'm ringing for my boss, I'm his PA. His name's spelled wrong on the booking. || "
     "Agent: What should it be? || Caller: Adebayo Okonjo-Reid, with the hyphen, everyone drops "
     "it. || Agent: Corrected now, sorry about that."),
    ("special_categories", "benign", "email",
     "Hello, Harrowgate Road Traders here. We're coordinating shop windows for the carnival "
     "weekend in August. Would the Clearview branch like to take part in the window trail? Best "
     "wishes, Harrowgate Traders Association"),
    ("special_categories", "benign", "chat",
     "are you open on election day? isn't the shop a polling station? || Agent: The church hall "
     "next door is the polling station, we're open normal hours. || cool, I'll grab my glasses "
     "after work"),
    ("special_categories", "benign", "email",
     "Hi, I'm the office manager at Millbeck Town Council. We'd like to set up eye tests for our "
     "14 staff who use screens. Who should I speak to about a corporate scheme? Thanks, Fiona Gale"),
    ("special_categories", "benign", "note",
     "Agent note: cust says our 'Vote for your favourite frame' email campaign has landed in her "
     "spam folder three times. Passed to marketing to check the sender settings."),
    ("special_categories", "benign", "sms",
     "Is the Liberty frame back in stock? the red one. ta"),
    ("special_categories", "benign", "review",
     "Conservative estimate: best opticians in town. A radical improvement on my old place, haha. "
     "Quick, friendly and fair on price. || Agent: Ha, we'll take that! Thank you."),
    ("special_categories", "benign", "dm",
     "ur campaign with the giant glasses on the side of the buses is everywhere lol. does the 20% "
     "code still work?"),
    ("special_categories", "benign", "form",
     "Complaint | Topic: parking | Details: the council has painted new double yellows outside the "
     "Kestrel Way branch, is there any customer parking nearby now? | Name: Ian Shore"),
    ("special_categories", "benign", "call",
     "Caller: I'm a reporter at the Millbeck Gazette writing a piece on the high street. || Agent: "
     "I can pass you to our press office. || Caller: It's just how long the branch has been there "
     "really. || Agent: Since 1998; I'll send you the press email too."),
    ("special_categories", "benign", "voicemail",
     "Hi, Maureen from the Fenwick Street residents' association. We're hosting the candidates' "
     "hustings at the library on the 8th and wondered if Clearview could lend us a few of the old "
     "waiting-room chairs. 07700 900146, thanks."),
    ("special_categories", "benign", "email",
     "Hello, this is the Halden Road branch office of Unite. We'd like a quote for 40 pairs of "
     "prescription safety glasses for the plant, paid by the branch. Could you send a corporate "
     "price list? Branch office"),
    ("special_categories", "benign", "chat",
     "where's the Union Street branch exactly? || Agent: 42 Union Street, opposite the bus "
     "station. || perfect, does it do hearing aids? || Agent: Yes, the audiology clinic runs "
     "Tuesdays and Thursdays."),
    ("special_categories", "benign", "sms",
     "hi is the student union discount still 10%? I've got my card on me"),
    ("special_categories", "benign", "note",
     "Agent note: caller asked if we still have the Union Jack sunglasses from the summer range. "
     "Out of stock, set up a notify-me alert."),
    ("special_categories", "benign", "review",
     "Staff at Oakhurst were run off their feet, short-staffed maybe? But they still got my lenses "
     "sorted in the end. 4 stars. || Agent: Thanks for your patience, we've taken on two new team "
     "members."),
    ("special_categories", "benign", "form",
     "Corporate enquiry | Organisation: Northgate Credit Union | Request: eye test vouchers for 9 "
     "staff | Contact: hr@example.org"),
    ("special_categories", "benign", "dm",
     "is the bus strike still on thursday? means i cant get to Castlegate, can i move my "
     "collection to saturday || Agent: Of course, Saturday's fine, they'll be at the desk."),
    ("special_categories", "benign", "call",
     "Caller: I'm ringing from HR at Brayford Foods. || Agent: Hello, how can I help? || Caller: "
     "Our workforce agreement says we pay for screen users' eye tests and I need the invoicing "
     "process. || Agent: I'll email over our corporate terms."),
    ("special_categories", "benign", "email",
     "Hi there, does the trade rate on repairs apply to independent opticians sending frames to "
     "your workshop? We're a two-branch practice in Hollins. Thanks, Mark at Hollins Eyecare"),
    ("special_categories", "benign", "chat",
     "is the Pride collection still on? || Agent: Yes, until the end of the month, and 10% goes to "
     "a local charity. || nice, the rainbow-arm one in 52mm please"),
    ("special_categories", "benign", "email",
     "Hi, I'd like to add my partner to our family contact lens plan. Same address. The name is "
     "Sam Carter. Thanks, Alex Carter"),
    ("special_categories", "benign", "sms",
     "Can my wife collect my glasses on Saturday? Order CV-40128. She'll have this text with her"),
    ("special_categories", "benign", "note",
     "Agent note: two customers booked joint eye tests Saturday 11:00 using the 'book together' "
     "offer. Both existing customers, records linked for the discount."),
    ("special_categories", "benign", "review",
     "Date night turned into glasses night lol. The 2-for-1 at Brindle Park is a great deal, we "
     "both came out with new frames. || Agent: Best kind of date night! Thanks for the review."),
    ("special_categories", "benign", "dm",
     "is ur valentines 2 for 1 only for couples or can i just buy two pairs for me 😅 || Agent: "
     "Anyone can use it, treat yourself!"),
    ("special_categories", "benign", "form",
     "Event booking | Organisation: Millbeck Pride committee | Request: can our stall pitch be "
     "next to yours at the summer fair? | Contact: events@example.org"),
    ("special_categories", "benign", "call",
     "Caller: I want to cancel the second subscription on my account, it's my flatmate's. || "
     "Agent: That's for Mr Ravi Singh? || Caller: Yes, he's moving out and setting up his own. || "
     "Agent: Done, he'll get an email."),
    ("special_categories", "benign", "email",
     "Hello, I'm looking for the 'Out & Proud' sunglasses from your summer newsletter, but the "
     "link goes to a 404 page. Could you send me the right one? Thanks"),
    ("special_categories", "benign", "chat",
     "my account still says Mrs || Agent: I can change that, which title would you like? || Dr "
     "please, I finished my PhD last month 🎉 || Agent: Congratulations! All updated."),
    ("special_categories", "benign", "email",
     "Hi, I got married recently and changed my surname from Hughes to Pryce. Please update my "
     "account and the card details on the plan. Thanks, Gemma Pryce"),
    ("special_categories", "benign", "note",
     "Agent note: cust asked whether the pronouns box on the new booking form is mandatory. "
     "Confirmed it's optional and can be left blank."),
    ("special_categories", "benign", "dm",
     "do u do frames that arent sorted into men's/women's? the filters on the site are annoying, i "
     "just want to see everything at once || Agent: Good shout, try 'All frames' at the top!"),
    ("special_categories", "benign", "sms",
     "Hi, my new bank card has my full name Alexandra on it, not Alex, will the payment plan still "
     "match?"),
    ("special_categories", "benign", "form",
     "Account update | Old email: j.mercer@example.com | New email: jordan.mercer@example.org | "
     "Reason: new job | Title: unchanged"),
    ("special_categories", "benign", "review",
     "Love the unisex range at Kestrel Way, loads of choice and the staff were happy to let me try "
     "on about twenty pairs. 5 stars."),
    ("special_categories", "benign", "call",
     "Caller: The name on my voucher's wrong, it says Chris instead of Christopher. || Agent: I "
     "can reissue it. || Caller: Please, it's a gift and I want it right. || Agent: A new one will "
     "be emailed today."),
    ("special_categories", "benign", "voicemail",
     "Hi, Jess from the TransPennine Express staff office here. We'd like to set up eye-test "
     "vouchers for our drivers. Could someone call me back on 07700 900563? Thanks."),
    ("special_categories", "benign", "chat",
     "random question, does short-sightedness run in families? || Agent: It can, it tends to be "
     "more likely if parents are short-sighted, and screen time plays a part too. || interesting, "
     "thanks, just curious after your blog post"),
    ("special_categories", "benign", "email",
     "Hi, is the GeneVue lens the same as the old Genesis one? My prescription card says Genesis "
     "but I can't find it on the website anymore. Thanks, Kay"),
    ("special_categories", "benign", "note",
     "Agent note: cust asked what 'hereditary' means in the eye health leaflet. Explained it's "
     "general info about conditions that can run in families. Just a wording question, no "
     "concerns."),
    ("special_categories", "benign", "sms",
     "is the DNA range of frames still going? the chunky acetate ones"),
    ("special_categories", "benign", "form",
     "Feedback | Topic: website | Message: the 'family history' question on the online booking "
     "form won't let me tick 'not known', please add that option"),
    ("special_categories", "benign", "dm",
     "your blog post on whether colour vision is in your genes was actually really interesting, "
     "more of those pls || Agent: Thank you! Next one's on how lenses are made."),
    ("special_categories", "benign", "call",
     "Caller: I teach biology and I'm doing a lesson on inherited traits. || Agent: Oh nice! || "
     "Caller: Have you got any old Ishihara plates or posters I could borrow for the class? || "
     "Agent: I'll ask the Castlegate manager and call you back."),
    ("special_categories", "benign", "email",
     "Hello, four of us in the house share one Clearview account, all adults. Is there a discount "
     "if we book our eye tests together? Thanks, the Harding household"),
    ("special_categories", "benign", "email",
     "Hi, before I use the virtual try-on, does the app keep any photos of me? I'd like to "
     "understand how it works first. Thanks, Ella"),
    ("special_categories", "benign", "chat",
     "my lenses are always covered in fingerprints || Agent: Our anti-smudge coating really helps "
     "with that. || how much to add it on my next pair? || Agent: £25 on single-vision lenses."),
    ("special_categories", "benign", "sms",
     "hi can i log into the app with a password instead of face ID? i just prefer passwords"),
    ("special_categories", "benign", "note",
     "Agent note: cust asked what the 'face shape' quiz on the website does. Explained it's a "
     "style guide only, nothing is scanned or stored."),
    ("special_categories", "benign", "review",
     "The digital frame measuring thing is clever, much quicker than the old ruler method and the "
     "lenses sit perfectly. 5* || Agent: Glad you liked it!"),
    ("special_categories", "benign", "form",
     "Product question | Item: lens cleaning kit | Question: will the microfibre cloth get greasy "
     "fingerprints off anti-reflective lenses without scratching?"),
    ("special_categories", "benign", "dm",
     "your face shape guide says im 'oval' lmao, which frames work for oval"),
    ("special_categories", "benign", "call",
     "Caller: The phone menu asked me to say what I wanted and then didn't understand me. || "
     "Agent: Sorry, it uses speech recognition for the options. || Caller: Can I just press "
     "buttons? || Agent: Yes, press 0 at any point."),
    # ---- children
    ("children", "sensitive", "chat",
     "hi can I book an eye test for my son? || Agent: Of course, how old is he? || he's 7, just "
     "gone into Year 3, and his teacher says he squints at the board || Agent: We'll book a "
     "children's appointment, Saturday 9:40 ok?"),
    ("children", "sensitive", "email",
     "Hello, my daughter Isla (date of birth 14/03/2016) has snapped her glasses again, this time "
     "at Brownies. Can we use the free under-16 replacement again or is there a limit? Thanks, "
     "Lorna McBride"),
    ("children", "sensitive", "note",
     "Agent note: Cust says her son (9) lost his glasses on the school trip to Whitby. Replacement "
     "ordered on the under-16 voucher, ready Friday at Millbeck."),
    ("children", "sensitive", "sms",
     "Hi its Dan, can Maisie's collection be 4pm instead? She doesn't finish at Oakfield Primary "
     "till 3.15"),
    ("children", "sensitive", "form",
     "Child account set-up | Child's name: Reuben Ashby | Date of birth: 02/09/2014 | School: St "
     "Wilfrid's Juniors, Year 5 | Parent/guardian: Claire Ashby"),
    ("children", "sensitive", "voicemail",
     "Hi it's Priya, ringing about my little one's hearing check. She's 18 months and the health "
     "visitor wanted it done before her next review. Can you ring me back on 07700 900781? Thanks."),
    ("children", "sensitive", "call",
     "Caller: My twins need eye tests. || Agent: Lovely, how old are they? || Caller: Four in "
     "August. Nursery says one of them holds the books right up to her face. || Agent: We'll book "
     "two paediatric slots together."),
    ("children", "sensitive", "review",
     "Thank you Castlegate for being so patient with my 3-year-old Theo at his first eye test. He "
     "got a sticker and tiny frames and hasn't stopped showing them off. || Agent: Aww, give Theo "
     "a high five from us!"),
    ("children", "sensitive", "dm",
     "hey my lad is 13 and wants contacts for football, is he old enough or does he have to be 16"),
    ("children", "sensitive", "chat",
     "hello, my daughter she is 11 years and she start secondary school in September, she need new "
     "glasses with more strong lens. || Agent: Happy to help, children's tests are free. || ok and "
     "the glasses how much for children?"),
    ("children", "sensitive", "email",
     "Please update the contact lens subscription on my son's account. Ethan is boarding now (Year "
     "10), so during term time deliveries should go to Harcourt House, Bellfield School. Thanks, "
     "Adrian Kerr"),
    ("children", "sensitive", "note",
     "Agent note: Dad rang, baby Amara (5 months) was referred for a hearing check after her "
     "newborn screen. Booked paediatric audiology Tue 9:30, Millbeck."),
    ("children", "sensitive", "sms",
     "Can I pay for my 15yo's glasses in instalments? She's broken hers in PE again 🙄"),
    ("children", "sensitive", "form",
     "Repair request | Frame: Clearview Junior 'Stomp', red | Wearer: Alfie Nwosu, age 6 | Damage: "
     "arm bent after a fall in the playground | Contact: mum, 07700 900221"),
    ("children", "sensitive", "call",
     "Caller: I'm checking on the order for Poppy's glasses. || Agent: Is Poppy the account "
     "holder? || Caller: No, she's eight, it's under my name, Hannah Drew. || Agent: Found it, "
     "they're ready to collect."),
    ("children", "sensitive", "review",
     "My son's in Year 1 and flat out refused to wear glasses until the Fenwick Street optician "
     "let him pick dinosaur frames. Now he won't take them off at bedtime!"),
    ("children", "sensitive", "dm",
     "do u do the myopia control lenses for kids? my daughters 10 and her prescription has jumped "
     "twice this year || Agent: We do, MiYOSMART and dailies. Want me to book a consultation?"),
    ("children", "sensitive", "email",
     "Hi, I'm writing for my son Jakub, who is 14. He'd like his own online account so he can "
     "order his lens solution himself. Is that allowed under 16, or does it have to stay on my "
     "account?"),
    ("children", "sensitive", "voicemail",
     "Hello, it's Sandra Bloom, I'm Oscar's nan. I'm bringing him for his eye test on Thursday "
     "because his mum's at work. He's only five, so I'll be in with him the whole time. Just so "
     "you know."),
    ("children", "sensitive", "note",
     "Agent note: Caller asked us to remove her son's photo (age 12) from the try-on gallery, he'd "
     "uploaded it himself without asking. Deleted and confirmed by email."),
    ("children", "sensitive", "chat",
     "my stepdaughter needs an appointment after school || Agent: We have 3:45 or 4:30 tomorrow. "
     "|| 4:30 please, she's in year 8 and has netball until 4"),
    ("children", "sensitive", "sms",
     "hi its Rosa, Leo's nursery said he keeps rubbing his eyes, he's 2 and a half, can you even "
     "test them that young?"),
    ("children", "sensitive", "form",
     "Eye test booking | Patient name: Freya Lund | Age: 9 | Coming with: dad | Notes: first ever "
     "test, quite nervous, please allow extra time"),
    ("children", "sensitive", "call",
     "Caller: Good morning, I book eye test for my boy. || Agent: How old is he? || Caller: Six "
     "years, he is in reception class, no, Year 1. His teacher say he cannot see the board. || "
     "Agent: Let's book Saturday at 10."),
    ("children", "sensitive", "review",
     "Best place for little ones. My 16-month-old baby girl got her first glasses here and the "
     "dispenser knew exactly how to fit a tiny nose. || Agent: She must look adorable! Thank you."),
    ("children", "sensitive", "dm",
     "my 12 yr old has broken his 3rd pair this term 😭 do yall do insurance on kids frames"),
    ("children", "sensitive", "email",
     "Dear Clearview, my granddaughter Evie turns 16 on 3 May. Does her free eye test end on her "
     "birthday or at the end of the school year? She's in Year 11. Kind regards, Margaret Hale"),
    ("children", "sensitive", "note",
     "Agent note: school nurse at Greystone Academy rang about pupil Kai Mensah (Year 7) failing "
     "the vision screening. Mum to book; sent booking link to mum's email."),
    ("children", "sensitive", "sms",
     "Hi can I collect my son's glasses, Noah Briggs DOB 11/11/2017. The app says child accounts "
     "need a parent login and I can't find mine"),
    ("children", "sensitive", "chat",
     "can my 17 year old book her own contact lens check or do I need to come? || Agent: At 17 she "
     "can come on her own. || great, she's doing A levels so she'll go in a free period"),
    ("children", "sensitive", "voicemail",
     "Hi it's Colm, ringing from the car. I've got the kids with me, Aoife's 10 and Finn's 7, "
     "we're booked at half four but we'll be ten minutes late after school pick-up, sorry."),
    ("children", "sensitive", "form",
     "Voucher claim | Type: under-16 optical voucher | Child: Mia Kowalczyk | Year group: Year 4 | "
     "School: Hillside Primary | Parent: Anna Kowalczyk"),
    ("children", "sensitive", "call",
     "Caller: It's about my daughter's daily lenses subscription. || Agent: What's the name on it? "
     "|| Caller: Lily Fenn. She's in sixth form, 17, can the box go to school instead? || Agent: "
     "We can only deliver to home addresses, I'm afraid."),
    ("children", "sensitive", "review",
     "Came in for my husband's hearing test with our 6-week-old in the pram and the staff rocked "
     "her so I could sit in with him. Such a kind touch."),
    ("children", "sensitive", "email",
     "Hi, our son Sami is 4 and at Little Acorns nursery Monday to Wednesday, and his follow-up is "
     "on a Wednesday. Could we move it to Thursday or Friday so he doesn't miss the nursery trip? "
     "Thanks, the Hadids"),
    ("children", "sensitive", "dm",
     "hiii im 14 and want blue light glasses for gaming, can i buy them without my mum or do u "
     "need a parent"),
    ("children", "sensitive", "chat",
     "hi, i'm 15, can i get coloured contacts for the school play? || Agent: For under-16s we need "
     "a parent or guardian to consent. || ok my dad can come, we're doing Grease at Holmfield High "
     "in June"),
    ("children", "sensitive", "note",
     "Agent note: mum asked for her son's account (DOB 20/06/2012) to be merged with hers. "
     "Accounts merged, his record now sits under her family plan."),
    ("children", "sensitive", "sms",
     "Bella left her reading glasses at home, she's 8, year 3, can u post the spare pair to "
     "school? St Anne's, Cross Lane"),
    ("children", "sensitive", "voicemail",
     "Hallo, this is Katarzyna. My son Piotr, he is eleven, he lost the glasses in the swimming "
     "pool with school. We need new one quickly please, he have exams. My number 07700 900634."),
    ("children", "sensitive", "form",
     "Home visit request | Patient: Harvey Lomax | Age: 13 | School: home educated | Parent: Jenna "
     "Lomax | Notes: afternoons are best, he does lessons in the mornings"),
    ("children", "sensitive", "call",
     "Caller: My son's the one with the hearing aid fitting tomorrow. || Agent: That's Rory? || "
     "Caller: Yes, he's nine. Should I bring the report from his teacher of the deaf? || Agent: "
     "Bring anything you have, it all helps."),
    ("children", "sensitive", "review",
     "Fab service. My son (15) was mortified about needing glasses but the young dispenser at "
     "Kestrel Way chatted FIFA with him and he walked out grinning. || Agent: That's what we like "
     "to hear!"),
    ("children", "sensitive", "email",
     "Re order CV-51220: the frames are for my daughter, who is 6, and you've sent adult size. "
     "She's at Ashgrove Infants and needs them for Monday. Please rush the right size. Carla Munro"),
    ("children", "sensitive", "dm",
     "can i use my kid's birthday voucher on my own glasses? its in her name, Ava Collins, she "
     "turned 10 in march"),
    ("children", "sensitive", "chat",
     "do you do frames for babies? || Agent: Yes, our Tiny Tots range fits from about 6 months. || "
     "mine's 9 months and the hospital want him in glasses asap"),
    ("children", "sensitive", "note",
     "Agent note: teen customer (14) came in alone to collect her first contact lenses. Policy "
     "needs a parent for under-16 first fits; called mum, who came in at 5 and signed."),
    ("children", "sensitive", "sms",
     "hi, my daughter's school photo day is Tuesday, she's in reception, any chance of her new "
     "frames before then?"),
    ("children", "sensitive", "form",
     "Complaint | About: my son Jayden, aged 10 | Details: a staff member told him off quite "
     "sharply for touching the display, I think it was handled badly | Branch: Brindle Park"),
    ("children", "sensitive", "email",
     "Hello, I'm a foster carer and I've just had a new placement, a girl aged 7 starting at "
     "Meadow Lane Primary next week. She needs an eye test. Can I sign for her? Thanks, Denise "
     "Oyelaran"),
    ("children", "benign", "chat",
     "do you do kids' frames at the Millbeck branch? || Agent: Yes, the full Clearview Junior "
     "range is there. || and what time do you shut on Saturday? || Agent: 5pm."),
    ("children", "benign", "email",
     "Hello, I'm the office manager at Oakfield Primary School. We'd like to order 30 pairs of "
     "safety goggles for the science department. Can you invoice the school? Thanks, Pam Whitely, "
     "School Office"),
    ("children", "benign", "note",
     "Agent note: caller asked from what age children can have a free eye test. Explained: any "
     "age, free under 16. General question, no booking made."),
    ("children", "benign", "sms",
     "Is the Little Lookers range in the sale too or just the adult frames?"),
    ("children", "benign", "form",
     "Product question | Item: Clearview Junior 'Stomp' frames | Question: do these come in navy "
     "or only red and green?"),
    ("children", "benign", "review",
     "Like a kid in a sweet shop! So many frames at Castlegate, I spent an hour trying them on and "
     "ended up with tortoiseshell. || Agent: Great choice, enjoy them!"),
    ("children", "benign", "dm",
     "the back to school promo, does it work on adult frames too? asking for myself lol || Agent: "
     "It does, any frame over £50!"),
    ("children", "benign", "call",
     "Caller: I'm putting together an access guide for the local parents' forum. || Agent: Happy "
     "to help. || Caller: Which of your branches have step-free access and baby-changing? || "
     "Agent: Castlegate and Millbeck have both; I'll email the full list."),
    ("children", "benign", "voicemail",
     "Hi, it's Linda from the Sunshine Nursery office on Parr Street. We'd love someone from "
     "Clearview to give a little talk on eye care at our parents' open evening. Call me on 07700 "
     "900318."),
    ("children", "benign", "email",
     "Hi, do you offer a staff discount for teachers? I work at Hillside Academy and a colleague "
     "mentioned it. Thanks, Graham Noakes"),
    ("children", "benign", "chat",
     "is there an age limit on the student discount? || Agent: Anyone with a valid student card, "
     "16 or over. || i'm doing a masters at 34 so hopefully that's fine haha || Agent: Absolutely!"),
    ("children", "benign", "note",
     "Agent note: caller wanted to know if the Kidz Kare lens wipes are sold singly. Confirmed "
     "packs of 10 only."),
    ("children", "benign", "sms",
     "hi is it child's play to change the nose pads myself or should I bring them in?"),
    ("children", "benign", "form",
     "Corporate enquiry | Organisation: Greystone Academy | Request: eye tests for 25 teaching "
     "staff who use screens | Contact: office@example.org"),
    ("children", "benign", "review",
     "Felt like a kid at Christmas when my new varifocals arrived. Clear as anything. Thanks "
     "Fenwick Street!"),
    ("children", "benign", "dm",
     "do u still do the free kids' eye test leaflets? our GP surgery wants some for the waiting "
     "room || Agent: Yes! How many shall we send?"),
    ("children", "benign", "call",
     "Caller: Do you sell the foam glasses cases with the cartoon animals on? || Agent: The Junior "
     "cases, yes, £6. || Caller: I'll take two, they're for my desk at work, I just like them. || "
     "Agent: Fair enough!"),
    ("children", "benign", "chat",
     "my order says junior size but I ordered regular?? || Agent: Sorry for the confusion, that's "
     "the label for the Juno frame, which comes in junior or standard widths. Yours is standard. "
     "|| oh phew ok"),
    ("children", "benign", "email",
     "Hello, we're a children's charity holding a fun run in June. Would Clearview like to sponsor "
     "a water station? Regards, Bright Futures Trust events team"),
    ("children", "benign", "note",
     "Agent note: school office at St Anne's asked for an invoice copy for the lab goggles order, "
     "PO 7781. Emailed to the bursar."),
    ("children", "benign", "sms",
     "Your 'kids go free' sunglasses offer, do I need a kid with me or can an adult just buy a "
     "small pair? Got a small face 😂"),
    ("children", "benign", "form",
     "Feedback | Topic: waiting area | Message: the toy corner at Brindle Park is lovely but one "
     "of the chairs next to it is wobbly, worth fixing before someone falls"),
    ("children", "benign", "review",
     "They treated me like a child at first, explaining everything three times, but honestly I'd "
     "rather that than being rushed. Good test, 4 stars. || Agent: Thanks, we like to make sure "
     "it's all clear!"),
    ("children", "benign", "dm",
     "are the Little Lookers frames bendy? thinking of stocking them at our toy shop"),
    ("children", "benign", "call",
     "Caller: I'm the PA at Brookfield School. || Agent: Hello! || Caller: The head would like "
     "someone to do a careers talk for the sixth form about optometry. || Agent: I'll put you in "
     "touch with our training team."),
    ("children", "benign", "voicemail",
     "Morning, it's Kev from the Junior Football League admin. We're doing the programme for the "
     "cup final and wondered if Clearview wanted an advert. 07700 900455, cheers."),
    ("children", "benign", "email",
     "Hi, is your free frames policy for under-16s the same in Scotland as in England? I'm writing "
     "a piece for a parenting blog. Thanks, Rhiannon Wade"),
    ("children", "benign", "note",
     "Agent note: caller asked whether kids' frames can be worn by adults with narrow faces. "
     "Confirmed the 46mm Junior sizes suit many adults."),
    ("children", "benign", "chat",
     "is there a family plan discount? || Agent: Yes, three or more people on one plan get 10% off "
     "lenses. || can it be all adults? || Agent: Absolutely, any ages."),
    ("children", "benign", "sms",
     "Do you sell the Kiddo eye drops or just the adult brand? Want to know what's on the shelf"),
    ("children", "benign", "review",
     "Playground-level banter from the two opticians at Castlegate, they were hilarious. Great "
     "service, hinge fixed in 20 mins."),
    ("children", "benign", "form",
     "Event booking | Organisation: Holmfield High PTA | Request: gift voucher for the summer fair "
     "raffle | Contact: pta@example.org"),
    ("children", "benign", "call",
     "Caller: Is the mobile van coming to the school fete on Harrowgate Road? || Agent: Yes, 11 "
     "till 3 on the 14th. || Caller: Great, I'm just confirming for the fete committee. || Agent: "
     "Thanks for checking."),
    ("children", "benign", "dm",
     "lol my 'baby' is my dog, do u do pet sunglasses 🐶 || Agent: Sadly not, humans only!"),
    ("children", "benign", "email",
     "Hello, I'm a student optometrist at Cardwell University and I'd like to ask about work "
     "experience in your children's clinic. Thank you, Owen Pryde"),
    ("children", "benign", "note",
     "Agent note: cust asked whether the Clearview Junior warranty covers breakages. Explained one "
     "free replacement within 12 months on the junior range."),
    ("children", "benign", "chat",
     "fyi the child's chair in the Oakhurst waiting area is blocking the fire exit || Agent: Thank "
     "you, I'll let the branch know straight away. || np"),
    ("children", "benign", "sms",
     "Hi, buying a voucher as a graduation gift for my nephew, can you print 'Well done Dr Sam' on "
     "it?"),
    ("children", "benign", "form",
     "Product question | Item: blue-light lenses | Question: are these suitable for all ages or "
     "only adults? Writing the health page for our school newsletter."),
    ("children", "benign", "review",
     "Kids these days don't know they're born, free eye tests and fancy frames! Anyway, I'm 68 and "
     "the staff were great with my varifocals."),
    ("children", "benign", "voicemail",
     "Hi, it's Gemma from Tumble Tots soft play next door to your Kestrel Way branch. Your "
     "delivery van keeps blocking our entrance, could you ask them to park round the back? Thanks."),
    ("children", "benign", "call",
     "Caller: Does the Oakhurst branch have a play area? || Agent: A small one next to the waiting "
     "seats. || Caller: Handy, I'll add it to the community page. || Agent: Anything else I can "
     "help with?"),
    ("children", "benign", "email",
     "Hi, our youth club is planning a careers evening and would love someone from Clearview to "
     "talk about becoming a dispensing optician. Please let me know. Coldwell Youth Centre"),
    ("children", "benign", "dm",
     "ur junior dispenser at Millbeck is brilliant, tell her she sorted my hinge in 2 mins"),
    ("children", "benign", "note",
     "Agent note: Sunny Days Nursery asked for 20 sun hats with our logo for a summer event. "
     "Explained we don't sell hats; pointed them to the sunglasses range."),
    ("children", "benign", "chat",
     "can i use the kids' eye chart on your site to check myself? || Agent: The printable chart is "
     "just for fun, it's not a proper test. || ha ok, I'll book a real one"),
    ("children", "benign", "sms",
     "How do I unsubscribe from the Junior Club newsletter? Signed up by mistake"),
    ("children", "benign", "form",
     "Complaint | Topic: leaflet | Message: your 'Children's Eye Health' leaflet at Castlegate has "
     "a typo on page 2, 'retina' is spelt 'retna'"),
    ("children", "benign", "review",
     "Cute kids' corner, friendly team, quick test. As a grown-up I was a bit jealous of the "
     "dinosaur frames! || Agent: We hear that a lot, ha!"),
    ("children", "benign", "voicemail",
     "Hello, Mr Adeyemi here, deputy head at Parkside Primary, about the invoice for the vision "
     "screening day. We've been billed twice. Could accounts call me on 07700 900702?"),
    # ---- financial hardship
    ("financial_hardship", "sensitive", "chat",
     "can I pause my lens subscription? || Agent: Sure, how long for? || not sure tbh, got made "
     "redundant last week so I'm cutting everything I can until I find something || Agent: I've "
     "paused it for 3 months, just message us to restart."),
    ("financial_hardship", "sensitive", "email",
     "Hi, I've missed two payments on my ClearCare plan. I'm on Universal Credit now since my "
     "hours were cut and I honestly can't cover £34 a month. Is there anything you can do? Sheryl "
     "Moss"),
    ("financial_hardship", "sensitive", "note",
     "Agent note: cust upset, says a debt collection agency is chasing her for the hearing aid "
     "balance and she already has a CCJ from another creditor. Paused collections, referred to "
     "customer care team."),
    ("financial_hardship", "sensitive", "sms",
     "sorry cant pay the £20 this month, rent went up and im already behind on it. can i pay "
     "double next month?"),
    ("financial_hardship", "sensitive", "voicemail",
     "Hi, Alan Porter here. I've been declared bankrupt and the official receiver says I have to "
     "tell my creditors, which includes the payment plan for my glasses. Plan ref CP-19024."),
    ("financial_hardship", "sensitive", "form",
     "Payment difficulty form | Reason: job loss / eviction | Details: got a notice to leave my "
     "flat and lost my warehouse job in the same month, staying on my sister's sofa | Request: "
     "freeze plan"),
    ("financial_hardship", "sensitive", "call",
     "Caller: Can I return the frames for a refund? || Agent: Within 30 days, yes. Is something "
     "wrong with them? || Caller: No, they're lovely. I just need the money back, we've been using "
     "the food bank and I shouldn't have spent it. || Agent: I understand, I'll process it now."),
    ("financial_hardship", "sensitive", "review",
     "Staff at Millbeck were so kind when my card got declined three times. I'm on ESA and it was "
     "the end of the month. They held my glasses till payday, no fuss. || Agent: Thank you for "
     "sharing this, we're glad we could help."),
    ("financial_hardship", "sensitive", "dm",
     "hey my direct debit bounced again, im on jobseekers and it comes in on the 15th, can i move "
     "my date to the 16th"),
    ("financial_hardship", "sensitive", "chat",
     "hello, I cannot pay the installment for my wife hearing aid. || Agent: I'm sorry to hear "
     "that, can you tell me a bit more? || I lost work in restaurant, it close. Please can you "
     "give me more time, I will pay when I find job"),
    ("financial_hardship", "sensitive", "email",
     "Hi, I've had a letter from Carter Hughes Collections about my old Clearview account, £212. "
     "I'm on a debt management plan with StepForward and they deal with all my creditors, so "
     "please contact them, not me."),
    ("financial_hardship", "sensitive", "note",
     "Agent note: cust said he's been sofa-surfing since his house was repossessed and has no "
     "fixed address. Asked to collect glasses from store rather than delivery. Waived re-delivery "
     "fee."),
    ("financial_hardship", "sensitive", "sms",
     "Is there any help for people on benefits? Need new glasses for job interviews but I've got "
     "literally £4 till Friday"),
    ("financial_hardship", "sensitive", "call",
     "Caller: I want to cancel the hearing aid care plan. || Agent: May I ask why? || Caller: "
     "Honestly, we're in arrears on the council tax and the bailiffs have been round. Something "
     "has to go. || Agent: I'm sorry. I'll cancel it with no exit fee."),
    ("financial_hardship", "sensitive", "form",
     "Voucher query | Name: Ruth Oni | Question: my payday lender took everything this month, can "
     "I sell the gift voucher I was given back to you for cash?"),
    ("financial_hardship", "sensitive", "review",
     "Five stars to the Brindle Park manager who let me pay for my repair in three bits after my "
     "universal credit got sanctioned. Human kindness."),
    ("financial_hardship", "sensitive", "voicemail",
     "Hello, this is Gloria. My husband's been laid off and we've nothing coming in. Can you stop "
     "the lens money going out for a few months, please? It's the account ending 4401."),
    ("financial_hardship", "sensitive", "chat",
     "why did my payment plan get cancelled?? || Agent: It shows three missed payments, so it was "
     "closed. || yeah because i got sacked after being off sick, now im in an IVA and cant pay "
     "anything extra"),
    ("financial_hardship", "sensitive", "dm",
     "not to be dramatic but i've been overdrawn since feb and the bank's frozen my account. can i "
     "pay cash in store for my contacts instead"),
    ("financial_hardship", "sensitive", "email",
     "Dear Sir, I am refugee student and I have only the small allowance, I cannot afford the "
     "glasses price. Do you have cheap one or some charity program? Thank you, Samir"),
    ("financial_hardship", "benign", "chat",
     "my card got declined on the online order? || Agent: Sometimes the bank's security check "
     "blocks it, try again or use PayPal. || tried again and it went through, thanks"),
    ("financial_hardship", "benign", "email",
     "Hi, could I move my payment plan date from the 1st to the 28th? My salary date has changed. "
     "Plan ref CP-22108. Thanks, Laura Beck"),
    ("financial_hardship", "benign", "note",
     "Agent note: direct debit failed because cust switched banks. New details taken, missed "
     "payment re-collected, no fee."),
    ("financial_hardship", "benign", "sms",
     "how do I pay off the rest of my ClearCare plan early? want it cleared"),
    ("financial_hardship", "benign", "voicemail",
     "Hi, Dominic here, just checking the interest on the payment plan, is it really 0% over 12 "
     "months? Call me back on 07700 900509."),
    ("financial_hardship", "benign", "form",
     "Billing query | Order: CV-60312 | Issue: charged twice for contact lenses in March | "
     "Request: refund the duplicate"),
    ("financial_hardship", "benign", "call",
     "Caller: I'm after the cheapest frames you've got. || Agent: The Essentials range starts at "
     "£29 with lenses. || Caller: Brilliant, I lose glasses constantly so I just keep cheap "
     "spares. || Agent: Very sensible!"),
    ("financial_hardship", "benign", "review",
     "These prices will bankrupt me, ha! Only joking, great value on varifocals and the 2-for-1 is "
     "genuinely good. || Agent: Ha, glad you think so!"),
    ("financial_hardship", "benign", "dm",
     "do u take Klarna or only your own payment plan"),
    ("financial_hardship", "benign", "chat",
     "can I use two gift vouchers on one order? || Agent: Yes, up to three per order. || cool, and "
     "the rest on card? || Agent: That's right."),
    ("financial_hardship", "benign", "email",
     "Hello, I've had a letter about an outstanding balance of £0.01 on my account. Is that a "
     "rounding thing? Happy to pay it, it just seems silly. Nigel Frame"),
    ("financial_hardship", "benign", "note",
     "Agent note: cust queried the VAT on hearing aid batteries. Explained the invoice breakdown; "
     "cust satisfied."),
    ("financial_hardship", "benign", "sms",
     "Hi, is the Budget Bundle still on? 2 pairs for £79"),
    ("financial_hardship", "benign", "call",
     "Caller: I've been charged for a subscription I cancelled. || Agent: I can see the "
     "cancellation went through after the billing date. || Caller: So can I have it back? || "
     "Agent: Yes, refunded within 3 to 5 days."),
    ("financial_hardship", "benign", "form",
     "Payment plan application | Amount: £420 | Term: 12 months | Employment: full-time | Notes: "
     "just spreading the cost of varifocals"),
    ("financial_hardship", "benign", "review",
     "Three stars. I owe the Oakhurst dispenser a debt of gratitude, but the online checkout "
     "crashed on me twice. Fix the website!"),
    ("financial_hardship", "benign", "voicemail",
     "Morning, it's Pauline from Hartley's Accountants, we do the books for one of your suppliers. "
     "We need a copy of the remittance for invoice 4471. 07700 900631."),
    ("financial_hardship", "benign", "dm",
     "do u price match? saw the same frames cheaper somewhere else || Agent: We do, send us the "
     "link!"),
    ("financial_hardship", "benign", "chat",
     "the payment page says insufficient funds but I've definitely got money in || Agent: That "
     "message can come from the card issuer's fraud check. || ah the bank app's just asked me to "
     "confirm it, done now"),
    ("financial_hardship", "benign", "email",
     "Hi, I'm doing the accounts for our small charity and need a receipt for the eye tests we "
     "paid for our volunteers. Could you resend it? Regards, Jean, Friends of Holme Park"),
    # ---- health
    ("health", "sensitive", "chat",
     "hi my lenses feel awful since I started new meds || Agent: Sorry to hear that, which lenses "
     "are you in? || the monthlies. I'm on isotretinoin for my skin and my eyes are bone dry, can "
     "I switch to dailies?"),
    ("health", "sensitive", "email",
     "Hello, I was diagnosed with glaucoma in March and I'm on Latanoprost drops every night. Do I "
     "still pay for eye tests or are they free now? Thanks, Derek Oyelowo"),
    ("health", "sensitive", "note",
     "Agent note: cust is 24 weeks pregnant and says her vision has gone blurry the last few days. "
     "Advised her to contact her midwife today as a precaution. Eye test rebooked for after the "
     "birth."),
    ("health", "sensitive", "voicemail",
     "Hi, Brenda Walsh here, I need to cancel Mum's home visit on Thursday. She's in hospital "
     "after a fall, she's broken her hip. I'll ring to rebook when she's home."),
    ("health", "sensitive", "sms",
     "cant come to the hearing test tmrw, my tinnitus is so bad with the anxiety right now i cant "
     "face it. can we move it a few weeks"),
    ("health", "sensitive", "form",
     "Home visit request | Patient: Alfred Nunn | Reason for home visit: advanced Parkinson's, "
     "can't travel | Contact: daughter, 07700 900842"),
    ("health", "sensitive", "call",
     "Caller: I had cataract surgery on my left eye last month. || Agent: How's the recovery "
     "going? || Caller: Fine, but now my glasses are all wrong on that side. || Agent: We'll do a "
     "post-op check and change that lens."),
    ("health", "sensitive", "review",
     "As a wheelchair user I was nervous about Castlegate, but the ramp and the lowered desk made "
     "it easy. Thank you! || Agent: Thank you, that's great to hear."),
    ("health", "sensitive", "dm",
     "can u do tinted lenses for migraines? my neuro says the light sensitivity is part of my MS"),
    ("health", "sensitive", "email",
     "Hello, my husband have a stroke in January and now he cannot see on the right side. The "
     "hospital doctor say he need special glasses with prism. Do you make this? Thank you, Leyla"),
    ("health", "sensitive", "note",
     "Agent note: cust mentioned she's having chemo for breast cancer and her eyes are watering "
     "constantly. Contact lens check moved until after treatment, as her oncologist suggested."),
    ("health", "sensitive", "chat",
     "do you do hearing tests for people with dementia? || Agent: Yes, our audiologists can adapt "
     "the test. || it's for my dad, he was diagnosed last year and keeps taking his aids out"),
    ("health", "sensitive", "sms",
     "sorry i missed the fitting, been in the psych ward 2 weeks. can i rebook pls"),
    ("health", "sensitive", "form",
     "Lens suitability questionnaire | Medical conditions: type 1 diabetes, diabetic retinopathy "
     "(laser treatment 2022) | Medications: insulin | Name: Callum Reid"),
    ("health", "sensitive", "call",
     "Caller: It's about my hearing aids. I perforated my eardrum on holiday. || Agent: Oh no, "
     "have you seen a doctor? || Caller: Yes, ENT says no aid in that ear for six weeks. Can I "
     "pause the plan? || Agent: Of course."),
    ("health", "benign", "chat",
     "what's the difference between 312 and 13 batteries? || Agent: Size, the 312 is smaller and "
     "the 13 lasts longer. Check the label on your aid. || it says 312, so a pack of 60 please"),
    ("health", "benign", "email",
     "Hi, my prescription is -2.25 in both eyes and it's two years old. Is it due a re-test or can "
     "I reorder lenses on the old one? Thanks, Joe Maddox"),
    ("health", "benign", "note",
     "Agent note: cust asked if we stock HydraEase eye drops in the 10ml bottle. In stock at "
     "Millbeck, reserved one."),
    ("health", "benign", "sms",
     "need reading glasses, it's an age thing lol. is +1.5 a normal starting strength? thinking of "
     "grabbing some off the shelf"),
    ("health", "benign", "voicemail",
     "Hi, just checking you're open on the bank holiday, I want to pick up my hearing aid "
     "batteries. It's Graham on 07700 900115."),
    ("health", "benign", "form",
     "Appointment request | Type: routine eye test | Last test: 2 years ago | Any concerns: none, "
     "just due | Preferred time: weekday mornings"),
    ("health", "benign", "call",
     "Caller: My glasses keep steaming up with a scarf on. || Agent: An anti-fog coating helps, or "
     "the cloths. || Caller: I'll try the cloths. || Agent: They're £6 at the counter."),
    ("health", "benign", "review",
     "Sick of squinting at menus, so finally got varifocals. Healthy prices too! Kestrel Way staff "
     "were great. || Agent: Happy reading!"),
    ("health", "benign", "dm",
     "what's in the Health Check package vs the standard eye test? || Agent: Health Check adds the "
     "3D retinal scan and a longer appointment."),
    ("health", "benign", "email",
     "Hello, which branch is nearest St Luke's Hospital? I'm working nearby this week and the arm "
     "has just snapped off my frames. Thanks, Pete"),
    ("health", "benign", "chat",
     "can I get my hearing aid cleaned without an appointment? || Agent: Yes, drop-in servicing is "
     "Tuesday and Friday mornings. || great, see you friday"),
    ("health", "benign", "note",
     "Agent note: caller asked whether blue-light lenses prevent headaches. Gave standard info: no "
     "clinical evidence, though some people find them more comfortable."),
    ("health", "benign", "sms",
     "Hi, my prescription card went through the wash, can you email me a copy? Last test Feb at "
     "Fenwick St"),
    ("health", "benign", "call",
     "Caller: Do your optometrists check eye pressure as standard? || Agent: Yes, every full eye "
     "test includes it. || Caller: Good, I like a thorough check. || Agent: You can book online or "
     "by phone."),
    ("health", "benign", "review",
     "My ears are still ringing, from how loud the music is in the Castlegate branch! Turn it "
     "down, folks. Otherwise good service."),
    # ---- legal
    ("legal", "sensitive", "email",
     "Dear Clearview, I have instructed solicitors (Pryor & Lane, ref PL/4410) about the injury I "
     "suffered when a display unit fell on me at your Oakhurst store. Please preserve the CCTV "
     "from 12 May. Jonathan Marsh"),
    ("legal", "sensitive", "note",
     "Agent note: cust's glasses were taken in a street robbery; she has a police crime reference, "
     "44/19882/25, and needs a receipt for her insurance claim. Receipt emailed."),
    ("legal", "sensitive", "chat",
     "can you send me a copy of all my appointment records? || Agent: Of course, can I ask what "
     "it's for? || my lawyer needs proof of when I was at Millbeck, it's for the custody hearing "
     "in the divorce"),
    ("legal", "sensitive", "voicemail",
     "Hi, Carl Benton. I won't make the fitting on the 9th, I've got a court date, sentencing, and "
     "I might be away for a while. My sister will collect the aids."),
    ("legal", "sensitive", "sms",
     "my ex has the family plan in his name and we're going through the divorce, can mine be split "
     "off before the financial hearing"),
    ("legal", "sensitive", "form",
     "Job application | Role: trainee dispensing assistant | Unspent convictions: yes, theft, "
     "2023, community order | Name: Dale Hurst"),
    ("legal", "sensitive", "call",
     "Caller: The police took my glasses when I was arrested on Saturday. || Agent: Oh, I see. || "
     "Caller: They're still holding them as evidence and I can't see a thing. Can I get a cheap "
     "pair fast? || Agent: Our Essentials range can be ready tomorrow."),
    ("legal", "sensitive", "review",
     "One star. I'm taking Clearview to the small claims court over £380 varifocals that never "
     "worked. Claim filed at Millbeck County Court last week. || Agent: We're sorry it's come to "
     "this; our complaints team will be in touch."),
    ("legal", "sensitive", "dm",
     "hi quick q, i have a non-molestation order against my ex, can u make sure he cant get into "
     "my account or see my appointments"),
    ("legal", "sensitive", "email",
     "Hi, I'm on probation and my probation officer needs proof I was at the eye test on Tuesday, "
     "my curfew was moved for it. Can you email a letter? Thanks, Wayne Ingle"),
    ("legal", "sensitive", "note",
     "Agent note: cust is being sued by her former landlord and the court has ordered her to "
     "disclose bank statements showing Clearview payments. Sent itemised statements as requested."),
    ("legal", "sensitive", "chat",
     "hello, I have immigration tribunal next month and my lawyer ask for proof I live here since "
     "2020. || Agent: We can check your records. || you have my eye test from 2020 at Castlegate? "
     "I can have letter please?"),
    ("legal", "sensitive", "call",
     "Caller: I need the results from the hearing test I had. || Agent: Of course, is it for "
     "anything particular? || Caller: Yes, my barrister wants the audiogram for the employment "
     "tribunal, my noise claim against my old employer. || Agent: I'll send it securely today."),
    ("legal", "sensitive", "sms",
     "can my partner collect my glasses? i'm on remand at HMP Holmfield until the trial"),
    ("legal", "sensitive", "form",
     "Data request | Type: subject access | Reason: ongoing personal injury claim against Halden "
     "Motors, my solicitor needs my eye test history | Name: Gita Sharma"),
    ("legal", "benign", "chat",
     "is it legal to drive in my old glasses while the new ones are being made? || Agent: "
     "Generally yes if you can still read a number plate at 20 metres, but ask your optometrist. "
     "|| ok I'll ask at collection"),
    ("legal", "benign", "email",
     "Hi, where can I find the terms and conditions for the lens subscription? I'd like to read "
     "the small print on cancelling before I sign up. Thanks"),
    ("legal", "benign", "note",
     "Agent note: cust asked for a copy of the data we hold on him, out of curiosity. Standard "
     "subject access pack sent; no complaint or dispute."),
    ("legal", "benign", "sms",
     "The price of lens solution is criminal 😂 any multi-buy deals?"),
    ("legal", "benign", "voicemail",
     "Hi, Naomi from Hart & Lowe Solicitors, not a legal matter, ha, we'd just like to book eye "
     "tests for our office staff. Please call 07700 900278."),
    ("legal", "benign", "form",
     "Feedback | Topic: opening hours | Message: the Court Street branch should open earlier, 9:30 "
     "is too late for commuters"),
    ("legal", "benign", "call",
     "Caller: The jury's still out on these new frames. || Agent: Not sure about them? || Caller: "
     "Can I swap them within the 30 days? || Agent: Yes, just bring them in with the receipt."),
    ("legal", "benign", "review",
     "Daylight robbery? Not at all. Fair prices, honest advice and the optician didn't try to "
     "upsell me. || Agent: Thanks, honesty is the policy!"),
    ("legal", "benign", "dm",
     "is there a police discount? saw something about emergency services on ur site || Agent: Yes, "
     "15% with a Blue Light Card."),
    ("legal", "benign", "email",
     "Hello, I'm a paralegal and I read contracts on screen all day. Would you recommend computer "
     "glasses or just a screen filter? Thanks, Ben"),
    ("legal", "benign", "note",
     "Agent note: caller asked about returns on online orders under the Consumer Rights Act. "
     "Confirmed 14-day cooling-off period; general question, no complaint."),
    ("legal", "benign", "chat",
     "my order's been 'under review' for 3 days?? || Agent: That's just our prescription check, "
     "nothing to worry about. || lol it sounded like I was in trouble"),
    ("legal", "benign", "sms",
     "Is the Barrister frame available in gold? Saw it in the Castlegate window"),
    ("legal", "benign", "call",
     "Caller: I've got jury service next week so I need to move my eye test. || Agent: No problem, "
     "the week after? || Caller: Yes please. || Agent: Monday 2:15 at Fenwick Street."),
    ("legal", "benign", "review",
     "Guilty as charged: I bought three pairs in the summer sale. Blame the Brindle Park team for "
     "being so helpful!"),
    # ---- bereavement
    ("bereavement", "sensitive", "email",
     "Hello, I'm writing to cancel my father's contact lens subscription. He passed away on 3 "
     "February. The account is under Edward Lowry, CV-28841. Please stop the deliveries. Sarah "
     "Lowry"),
    ("bereavement", "sensitive", "chat",
     "i need to cancel a home visit || Agent: Sure, whose appointment is it? || my nan's, Joan "
     "Pike. she died on sunday. sorry || Agent: I'm so sorry for your loss. I've cancelled it."),
    ("bereavement", "sensitive", "note",
     "Agent note: widow rang to ask if her late husband's hearing aids could be donated. Explained "
     "the recycling scheme, sent a freepost bag. Condolences given."),
    ("bereavement", "sensitive", "voicemail",
     "Hi, Mark Ellis here. I've had a reminder text for my wife's eye test. Elaine died in March, "
     "could you please take her off the system, it's hard getting these."),
    ("bereavement", "sensitive", "sms",
     "Please stop sending lens reminders to this number. It was my son's phone, he passed last "
     "month"),
    ("bereavement", "sensitive", "form",
     "Account closure | Account holder: Mrs Patricia Osei | Reason: deceased | Requested by: Kofi "
     "Osei, son and executor | Documents: death certificate attached"),
    ("bereavement", "sensitive", "call",
     "Caller: I've got the ticket for my mum's glasses, the ones in for repair. || Agent: Would "
     "she like them posted? || Caller: She... she died last week. I just want them back. They were "
     "hers. || Agent: I'm so sorry. They'll be ready whenever you can come."),
    ("bereavement", "sensitive", "review",
     "Thank you Clearview for refunding the rest of my husband's payment plan after he died so "
     "suddenly. No forms, no fuss. Kindness matters."),
    ("bereavement", "sensitive", "dm",
     "hey my brother had glasses on order with u but he was killed in a motorbike crash on the "
     "4th. can i cancel it? order CV-73319"),
    ("bereavement", "sensitive", "email",
     "Good morning, my grandmother was your customer for long time, Mrs Halina Nowak. She passed "
     "away on Sunday. We want to cancel her hearing aid service. Thank you for everything."),
    ("bereavement", "sensitive", "note",
     "Agent note: cust mentioned she's only just back at work after her partner's funeral and is "
     "struggling to focus on screens. Booked a routine test, flagged for extra time."),
    ("bereavement", "sensitive", "chat",
     "can I change the delivery address? || Agent: Of course, where to? || my dad's house, well, "
     "it's mine now, we lost him in May and I've moved in to sort everything out"),
    ("bereavement", "sensitive", "sms",
     "Hi, is it ok for me to use my late mum's gift voucher? It's in her name, she passed before "
     "she could use it"),
    ("bereavement", "sensitive", "call",
     "Caller: Hello, my wife she had appointment today for the hearing. || Agent: Yes, Mrs Adeyemi "
     "at 11? || Caller: She is passed away Tuesday. Sorry, my English. || Agent: Please don't "
     "apologise. I'm very sorry. I'll cancel it."),
    ("bereavement", "sensitive", "form",
     "Feedback | Rating: 5 | Comment: my grandad died last year and I kept his old frames. The "
     "Oakhurst team re-glazed them with my prescription, so I wear a bit of him every day now."),
    ("bereavement", "benign", "chat",
     "my hearing aid battery's dead already || Agent: Size 13s usually last about 10 days, how "
     "long was this one in? || only 3 days, bad batch? || Agent: Bring the pack in and we'll swap "
     "it."),
    ("bereavement", "benign", "email",
     "Hi, my old glasses have finally died, the hinge has snapped for good. Can the lenses go into "
     "a new frame? Thanks, Ruth"),
    ("bereavement", "benign", "note",
     "Agent note: cust cancelled her subscription as she's switching to another brand's daily "
     "lenses. Cancelled, no exit fee."),
    ("bereavement", "benign", "sms",
     "Dying to get my new specs, any idea when they'll be ready? Order CV-70124"),
    ("bereavement", "benign", "voicemail",
     "Hi, Dave here. The deadline on my voucher is the 31st, could it be extended a week? I'm "
     "away. 07700 900397."),
    ("bereavement", "benign", "form",
     "Account closure | Reason: moving abroad | Account holder: Liam Rafferty | Forwarding email: "
     "liam.r@example.com"),
    ("bereavement", "benign", "call",
     "Caller: The screen in the Millbeck branch is dead. || Agent: The queue screen? || Caller: "
     "Yes, nobody knew whose turn it was. || Agent: Thanks, I'll report it to facilities."),
    ("bereavement", "benign", "review",
     "Killer service, dead good prices. I'll be back for my next pair! || Agent: See you then!"),
    ("bereavement", "benign", "dm",
     "my phone died mid-checkout, did my order go through? || Agent: It did, CV-70551, "
     "confirmation on its way."),
    ("bereavement", "benign", "chat",
     "can I transfer my voucher to someone else? || Agent: Yes, vouchers are transferable. || "
     "great, giving it to my brother for his birthday"),
    ("bereavement", "benign", "email",
     "Hello, is the Legacy collection discontinued? I loved the Heritage 52mm and can't find it on "
     "the site. Thanks, Irene"),
    ("bereavement", "benign", "note",
     "Agent note: cust said the clearance shelf at Oakhurst is 'a graveyard of last season's "
     "frames'. Passed the feedback to merchandising."),
    ("bereavement", "benign", "sms",
     "Hi can my dad use my account to order his batteries or does he need his own?"),
    ("bereavement", "benign", "call",
     "Caller: Someone said the Fenwick Street branch has closed down? || Agent: It's moved to 12 "
     "Fenwick Parade, just round the corner. || Caller: Oh thank goodness. || Agent: Same team, "
     "same hours."),
    ("bereavement", "benign", "review",
     "RIP my wallet after the summer sale 😂 Bought three pairs. Oakhurst staff were lovely."),
    # ---- violence and self-harm
    ("violence_self_harm", "sensitive", "email",
     "Hi, please don't give my details to anyone who phones asking. My ex has been stalking me and "
     "turned up at the Millbeck branch asking which days I come in. Chloe Barton"),
    ("violence_self_harm", "sensitive", "note",
     "Agent note: cust said her glasses were broken when her husband hit her last night. Wanted a "
     "quick replacement. Gave the domestic abuse helpline number; collection arranged via the "
     "staff door."),
    ("violence_self_harm", "sensitive", "chat",
     "can you remove my address from the account || Agent: I can, is everything ok? || someone "
     "from my old job keeps sending me threatening messages and I don't want any post showing "
     "where I live"),
    ("violence_self_harm", "sensitive", "voicemail",
     "Hi, it's about my glasses. Got jumped walking home Friday, three lads, they stamped on them. "
     "The police have been out. Can I get them fixed quick? Darren, 07700 900612."),
    ("violence_self_harm", "sensitive", "sms",
     "honestly whats the point getting new glasses, i wont be around much longer anyway. just "
     "cancel my appt"),
    ("violence_self_harm", "sensitive", "form",
     "Staff incident report | Branch: Kestrel Way | Details: customer threatened to 'come back and "
     "smash the place up' and said he'd wait for the optometrist after closing | Police informed: "
     "yes"),
    ("violence_self_harm", "sensitive", "call",
     "Caller: Someone's using your review page to harass me. || Agent: I'm sorry, what do you "
     "mean? || Caller: My ex posts under fake names saying where I work and what time I leave. || "
     "Agent: I'll escalate it to have them removed today."),
    ("violence_self_harm", "sensitive", "review",
     "Awful. A man at the counter kept making comments about my body and then followed me out to "
     "the car park. Staff did nothing. Never again. || Agent: This is very serious, please contact "
     "us so we can help."),
    ("violence_self_harm", "sensitive", "dm",
     "sorry if this is weird but i havent left the flat since i tried to kill myself in june, do u "
     "do home eye tests"),
    ("violence_self_harm", "sensitive", "note",
     "Agent note: elderly cust (home visit) seemed frightened of her son, who shouted at her "
     "during the appointment and took her purse off her. Raised a safeguarding concern with area "
     "manager."),
    ("violence_self_harm", "sensitive", "chat",
     "hello, I need new frame fast. || Agent: Of course, what happened to the old ones? || my "
     "husband he break my glasses when he is angry, he push me. please not call my phone, he check "
     "it"),
    ("violence_self_harm", "sensitive", "email",
     "Hello, this is Tom Reyes, branch manager at Oakhurst. Our optometrist was assaulted by a "
     "customer on Saturday. Please block the customer's online account (CV-44210) while the police "
     "deal with it."),
    ("violence_self_harm", "sensitive", "sms",
     "sorry i couldnt make it, been self harming again and my arms are a mess, didnt want anyone "
     "seeing"),
    ("violence_self_harm", "sensitive", "call",
     "Caller: It's my daughter's boyfriend. || Agent: Sorry? || Caller: He punched her, that's how "
     "her glasses got broken. She's staying with me now. Can the order go in my name? || Agent: Of "
     "course, we'll keep it in your name only."),
    ("violence_self_harm", "sensitive", "voicemail",
     "Message for whoever runs Castlegate. Your optician's a dead man if he sends me another bill "
     "like that. I know where he parks."),
    ("violence_self_harm", "benign", "chat",
     "my glasses got smashed at five-a-side || Agent: Oh no! Frame or lenses? || both lol, the "
     "ball hit them clean off, I'm fine, just need new ones || Agent: Bring them in for a quote."),
    ("violence_self_harm", "benign", "email",
     "Hi, your new Knockout frames are brilliant, but do they come in a wider fit? Thanks, Jade"),
    ("violence_self_harm", "benign", "note",
     "Agent note: cust dropped her glasses off the bus step and cracked a lens. Replacement lens "
     "ordered under warranty."),
    ("violence_self_harm", "benign", "sms",
     "these prices are murder 😂 any student discount?"),
    ("violence_self_harm", "benign", "voicemail",
     "Hiya, I think I left my glasses case on the counter at Millbeck, black with a tiger stripe. "
     "Could someone hold it for me? Kate, 07700 900584."),
    ("violence_self_harm", "benign", "form",
     "Product question | Item: sports goggles | Question: are these impact-rated for squash? | "
     "Name: Rhys Watkins"),
    ("violence_self_harm", "benign", "call",
     "Caller: Your website's killing me, the filter keeps resetting. || Agent: Sorry, which page? "
     "|| Caller: Women's frames, every time I pick a colour it jumps back. || Agent: I'll report "
     "that bug now."),
    ("violence_self_harm", "benign", "review",
     "The dispenser absolutely smashed it, frames fitted perfectly first time. Shoot me an email "
     "if you want a testimonial! || Agent: We might just do that, thank you!"),
    ("violence_self_harm", "benign", "dm",
     "the delivery guy literally threw my lens box over the gate 😤 it's fine but still || Agent: "
     "Sorry about that, we'll feed it back to the courier."),
    ("violence_self_harm", "benign", "chat",
     "is there a panic button on the self-checkout thing? || Agent: Do you mean the help button? "
     "Top right of the screen. || yes that, thanks"),
    ("violence_self_harm", "benign", "email",
     "Hello, does the Shatterproof coating actually stop scratches, or just cracks? Asking before "
     "I order. Thanks, Mo"),
    ("violence_self_harm", "benign", "note",
     "Agent note: cust annoyed that the shop alarm went off as she left, a security tag had been "
     "left on the case. Apologised and removed it."),
    ("violence_self_harm", "benign", "sms",
     "hi, my dog chewed the arm off my glasses lol can it be repaired or is it a goner"),
    ("violence_self_harm", "benign", "call",
     "Caller: I'm calling about the security guard at Castlegate. || Agent: Is there a problem? || "
     "Caller: No, the opposite, he helped me find my car keys. I wanted to say thanks. || Agent: "
     "I'll pass it on!"),
    ("violence_self_harm", "benign", "review",
     "Fought my way through the Saturday crowds to get there but worth it. Frames I love, lenses "
     "sharp."),
]


def flush_examples() -> list[dict]:
    """The flush split as labelled tickets (same shape as ``sensitive_eval.build_eval_set``'s)."""
    return stranger_examples("flush", ENTRIES, SUBJECTS)
