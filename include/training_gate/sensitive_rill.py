"""rill split: written by a helper who had not seen the detection rules, the anchors or any other split.
Setting: Bramblekin, an invented children's clothing, school-uniform and name-label shop with four branches, a
mobile shoe-fitting van (the Fit Van), embroidery (Stitch Room), school accounts (School Desk) and an app with
collection lockers; registers are email, chat, sms, call_transcript, agent_note, web_form, review, voicemail, dm,
in_app.
The benign half borrows the same territory harmlessly: product names (Scramble shoes, Court Classic, Sensory Soft,
Rainbow Stripe, Fingerprint Art kits), idioms, schools, unions, faith schools and councils acting as
organisations ordering uniform or embroidery, general policy questions and routine payment or delivery trouble.
70 sensitive and 70 benign tickets for special categories, 50 and 50 for children, 20 and 20 for financial hardship,
15 and 15 for health, legal, bereavement and violence and self-harm.
First reading (policy 2026.11.24, before any change made in response to it; `sensitive_eval.evaluate`, as `make
eval-sensitive`): 87.5 / 1.0 recall / false exclusion in % as shipped, 91.0 / 6.0 without the overruling,
86.0 / 6.0 by the rules alone. Held out: never tuned or trained on."""

from __future__ import annotations

from training_gate.sensitive_blind import stranger_examples

SUBJECTS: tuple[str, ...] = (
    "School uniform order",
    "Name labels not arrived",
    "Embroidery query",
    "Fit Van booking",
    "Shoe fitting appointment",
    "Return / exchange",
    "Refund request",
    "School Desk account",
    "Delivery problem",
    "Locker collection",
    "Wrong size sent",
    "App login issue",
    "Payment question",
    "Complaint",
)

ENTRIES: list[tuple[str, str, str, str]] = [
    # ---- health
    ("health", "sensitive", "email",
     "Hi Bramblekin, I had booked an in-store shoe fitting at Lowbridge for Saturday but my midwife has put me on "
     "bed rest (36 weeks, blood pressure being silly) so I can't get into town. Is there any chance the Fit Van "
     "could come to our road instead? Postcode is on the account. Thanks, Leonie"),
    ("health", "sensitive", "chat",
     "hello, ordering the Scramble velcro shoes again || Agent: Hi! Happy to help, which fitting did you have "
     "last time? || the extra wide. he wears AFOs for his cerebral palsy so the normal ones just won't go over "
     "the splints || Agent: Understood. The extra-wide Scramble has a removable insole which usually makes room "
     "for splints. I'll add a note so the warehouse checks the insole is loose. || perfect thank u"),
    ("health", "sensitive", "agent_note",
     "Call w/ Mrs Okafor re Stitch Room order 55120. Daughter has type 1 diabetes and wears a pump; cust wants a "
     "small zipped inner pocket added to the grey pinafore. Quoted £6 alteration, approved. Flagged to Stitch "
     "Room lead."),
    ("health", "sensitive", "sms",
     "cant make the 2pm fitting today, im stuck at the royal with my dad after his stroke. can we do sat morning "
     "instead? sorry. - Jas"),
    ("health", "sensitive", "voicemail",
     "Hiya, it's Colette Barr, calling about the blazer order. I've got MS and I'm in the wheelchair most days "
     "now, so I just wanted to check the Eastfold shop has a ramp or whether I'd be better using a locker. "
     "Number is 07700 900412. Ta."),
    ("health", "sensitive", "web_form",
     "Name: R. Haddad | Order: BK-311904 | Request type: Product advice | Message: Looking for your seamless "
     "socks. My son's eczema is flaring badly, he's on steroid cream twice a day and the toe seams rub it raw. "
     "Are the Sensory Soft ones fully seam-free?"),
    ("health", "sensitive", "review",
     "5 stars for the Carrowmoor team. My lad is autistic and shoe shops usually end in a full meltdown, but "
     "Bea turned the music off, let him hold the foot gauge and never once rushed us. First fitting in two "
     "years without tears (his or mine)."),
    ("health", "sensitive", "dm",
     "hey, had my knee op on tuesday and i'm on crutches for 6 weeks, can my neighbour pick up the name label "
     "order from the locker if i send her the code? || "
     "Agent: Yes, anyone with the code can collect. Hope the recovery goes smoothly!"),
    ("health", "sensitive", "in_app",
     "Order note for BK-320771: please make sure NOTHING in this order is wool or has lanolin in the finish. "
     "Severe allergy, we carry an EpiPen. If the cardigan isn't 100% cotton please swap it."),
    ("health", "sensitive", "call_transcript",
     "Agent: Bramblekin, Dev speaking. || Caller: Hi, bit of an odd one. I've been signed off with anxiety and "
     "depression and busy shops are really hard for me at the moment. Do you do quiet appointments? || Agent: "
     "We do, we open Lowbridge at 8:30 on Tuesdays just for booked fittings, lights down and no music. || "
     "Caller: That would honestly help so much. || Agent: I'll book you the 8:30 slot and put a note on it, "
     "no need to explain anything on the day."),
    ("health", "sensitive", "email",
     "Subject: Return outside 30 days || I know the return window closed last week but I was in hospital for "
     "nearly three weeks with pneumonia and only just opened the parcel. Two polo shirts, wrong size, tags on. || "
     "Agent: I'm sorry you've been so unwell. I've extended the window on BK-298834 by 30 days; the returns label "
     "is attached. || Thank you, that's kind."),
    ("health", "sensitive", "chat",
     "do you have any shirts with velcro or magnetic fastenings instead of buttons? my parkinson's has got a lot "
     "worse and i genuinely can't do the tiny buttons on the school shirts any more in the mornings || Agent: "
     "We do, the EasyDress shirt has magnetic fastenings behind a button placket. I'll send you the link."),
    ("health", "sensitive", "agent_note",
     "Cust (Mr Pryce) needs a single left Scramble, size 11 F. Right leg is in a cast after a break at football, "
     "expected off in March. Offered the odd-shoe service at half price, cust happy. Re-fit both feet once the "
     "cast is off."),
    ("health", "sensitive", "sms",
     "Hi is the embroidery for order 60218 ready yet? || Agent: Hi Nadia, it'll be ready Friday. || Could it be "
     "Monday at the latest? I start chemo on the Tuesday and won't be up to driving for a while after || Agent: "
     "Of course, I've asked Stitch Room to prioritise it for Monday morning. Take care."),
    ("health", "sensitive", "web_form",
     "Contact preference: Phone only please | Reason: I'm severely dyslexic and long emails about orders are "
     "really hard for me to follow, I'd rather someone rang me | Phone: 07700 900237"),
    ("health", "benign", "email",
     "Good morning, this is the school office at Hollins Park Academy. Our first-aid room would like 12 navy "
     "drawstring bags embroidered with the school crest and 'FIRST AID' underneath. Could you quote under our "
     "School Desk account HPA-0091? Many thanks, Office Manager"),
    ("health", "benign", "chat",
     "quick product question, do the Scramble shoes have a removable footbed? just comparing them with another "
     "brand for the website review i'm writing || Agent: Yes, every Scramble has a removable footbed, so they take "
     "most standard insoles."),
    ("health", "benign", "web_form",
     "Request type: Product question | Message: Is the Sensory Soft range made from the same fabric as last "
     "autumn's? The new polo feels a little thicker in the hand. Just curious, no problem with the order."),
    ("health", "benign", "sms",
     "Hi, is the Healthy Feet week discount (15% off fitted shoes) still running at Pennick Market this weekend?"),
    ("health", "benign", "review",
     "This puddle coat is SICK. Proper taped seams, survived a week of Lake District rain, hood actually stays "
     "up. Five stars, would buy again in every colour."),
    ("health", "benign", "agent_note",
     "Cust asked for our allergen statement on embroidery threads and backing (general question, no personal "
     "details given). Sent the standard latex-free / nickel-free sheet from the Stitch Room folder."),
    ("health", "benign", "dm",
     "which of your shops do the quiet saturday hour? saw it on insta but couldn't see a list || "
     "Agent: Lowbridge and Carrowmoor, 9 to 10am every Saturday."),
    ("health", "benign", "call_transcript",
     "Agent: Good afternoon, Bramblekin School Desk. || Caller: Hi, it's the business manager at St Aldric's. Our "
     "staff first aiders want green polo shirts with 'First Aider' embroidered on the back. || Agent: No problem, "
     "we do adult sizes in the staff polo. How many? || Caller: Eight, mixed sizes, I'll email the list. || "
     "Agent: Lovely, I'll set up a quote on your account."),
    ("health", "benign", "in_app",
     "your app has crashed three times while i'm trying to check out and it's driving me insane. iphone, latest "
     "update. basket just empties itself"),
    ("health", "benign", "voicemail",
     "Hello, this is Gail from Lowbridge Pharmacy next door to your shop. Your delivery driver keeps parking across "
     "our loading bay on Thursday mornings. Could someone have a word? Thanks very much."),
    ("health", "benign", "email",
     "Hi, are your uniform fabrics certified to any standard for skin contact, OEKO-TEX or similar? We're putting "
     "together a supplier sheet for our parents' association. || Agent: Yes, all our polo shirts, sweatshirts and "
     "socks are OEKO-TEX Standard 100. I've attached the certificates. || Brilliant, that's exactly what we needed."),
    ("health", "benign", "chat",
     "what does H fitting mean on the shoe page? || Agent: It's our widest standard fit, after E, F, G. || ah ok "
     "and is there anything wider than H? || Agent: Only our made-to-order range, which the Fit Van team can "
     "measure for."),
    ("health", "benign", "web_form",
     "Store: Pennick Market | Question: Is the shop step-free from the car park side or only from the high "
     "street? Planning a visit with a friend and want to know which way to come in."),
    ("health", "benign", "sms",
     "got the plasters? lol no i mean the Plaster Pink trainers, are they back in a 4 yet"),
    ("health", "benign", "review",
     "2 stars. The try-on socks in the Eastfold fitting area looked like they'd been used before. Please sort your "
     "hygiene out. || Reply from Bramblekin: Thank you for flagging this. Try-on socks should be single-use and "
     "we've reminded the Eastfold team and added a fresh-sock dispenser. Sorry it wasn't right on the day."),
    # ---- legal
    ("legal", "sensitive", "email",
     "Hello, please could you remove the second email address (marcus.h@example.com) from our Bramble Club "
     "account? We are separated and going through the divorce at the moment and my solicitor has advised me not "
     "to share anything I don't have to. I'm happy to answer security questions. Regards, Dionne Hale"),
    ("legal", "sensitive", "agent_note",
     "BK-287116 marked delivered 14/10 but cust says it was taken off her doorstep; neighbour's doorbell camera "
     "caught someone. She's reported it to police, crime ref 41/88213/24 on file. Reshipped to locker, claim "
     "raised with courier."),
    ("legal", "sensitive", "chat",
     "my ex keeps placing orders on the account we used to share and getting them sent to his flat || Agent: I'm "
     "sorry, that sounds frustrating. Is the account in your name? || yes and there's a child arrangements order "
     "now that says uniform goes through me, i can send you a copy if needed || Agent: No need to send the order "
     "itself. I can reset the password and remove his saved address so only you can check out."),
    ("legal", "sensitive", "voicemail",
     "Good morning, this is Priyesh Lall from Lall Carver Solicitors. We act for Ms Tamsin Reid in ongoing family "
     "proceedings and would like to request copies of purchase records on her account for the last 18 months. "
     "We hold her signed authority. Please call 07700 900581."),
    ("legal", "sensitive", "sms",
     "sorry cant get to the locker before it expires, my court date got moved to thursday and its all i can "
     "think about. can u extend it 3 days"),
    ("legal", "sensitive", "web_form",
     "Complaint category: Refund | Order: BK-270045 | Details: I have waited 9 weeks for a refund on a faulty "
     "coat. I have now filed a claim through Money Claim Online and you will be receiving the court papers. I "
     "would still rather just have my £54."),
    ("legal", "sensitive", "review",
     "1 star. A security guard at Carrowmoor stopped my husband, accused him of shoplifting a pair of socks he'd "
     "paid for and called the police. Two officers, half an hour, in front of everyone, and the receipt was in "
     "his pocket the whole time. Never again."),
    ("legal", "sensitive", "dm",
     "hi can you take my husband's card off our account please. he was arrested last week and i don't want "
     "anything going on it while all this is going on"),
    ("legal", "sensitive", "in_app",
     "Delivery instructions: Do NOT leave with the neighbour at number 14 under any circumstances. There is a "
     "restraining order against him. Leave in the locker or take it back to the depot. || "
     "Agent: Noted on the account: locker or depot only, never a neighbour."),
    ("legal", "sensitive", "call_transcript",
     "Agent: Hi, you're through to Rhys at Bramblekin. || Caller: Hi, I need to change my delivery address to an "
     "office. I'm on probation and I'm at the probation office most Mondays anyway, easier to get it there. || "
     "Agent: We can deliver to any business address, what's the postcode? || Caller: I'll text it you, don't "
     "want to say it out loud in here. || Agent: No problem, text 07700 900149 with your order number."),
    ("legal", "sensitive", "email",
     "Hi, my solicitor needs a record of what I've spent on uniform and shoes this year for the financial side of "
     "the divorce. Is there a way to get a full order history with prices? || Agent: Yes, I've attached a PDF "
     "statement for 1 January to today from your account. || That's perfect, thank you, she'll be thrilled."),
    ("legal", "sensitive", "chat",
     "hiya, need to change the name on my account back to my maiden name (Kowalczyk), the decree absolute came "
     "through on friday || Agent: Congratulations on getting it sorted. I've updated your account name; your "
     "saved labels still show the old surname, want me to change those too?"),
    ("legal", "sensitive", "agent_note",
     "Cust disputes 3 orders on 2 and 3 Nov. Says her brother used her card without permission while staying "
     "with her; she has reported it to Action Fraud and the police are involved. Orders cancelled, refund to "
     "card, acct locked pending reset."),
    ("legal", "sensitive", "sms",
     "Please can my parcel go to my mums address not mine. 22 Fern Row || Agent: No problem, is that just for "
     "this order? || For now yes. I'm bailed to hers until the hearing in january"),
    ("legal", "sensitive", "voicemail",
     "Hello, it's Maureen Ferris. I'm calling because I've now got a special guardianship order for my grandson "
     "Daniel, so I'd like his school account moved over to me from his mum's. I can bring the paperwork into "
     "Lowbridge. Thank you."),
    ("legal", "benign", "web_form",
     "Product: Court Classic girls' shoe | Question: Does the Court Classic come in patent black or only matt? The "
     "photos look different on the app and the website."),
    ("legal", "benign", "email",
     "Dear Bramblekin, our governors are reviewing the statutory guidance on the cost of school uniform. Could "
     "you confirm which items on our list are available as unbranded alternatives? Regards, Clerk to the "
     "Governors, Cresswell Green Primary"),
    ("legal", "benign", "chat",
     "what are my rights if shoes fall apart after 2 months? is that a consumer rights act thing || Agent: Yes, "
     "if they're faulty you're entitled to a repair, replacement or refund. Send us photos and we'll sort it. || "
     "ok cool will do tonight"),
    ("legal", "benign", "agent_note",
     "Cust requested current T&Cs and privacy notice in large print PDF for their records. Sent both, no further "
     "action."),
    ("legal", "benign", "sms",
     "Is the 'I Object!' little lawyer slogan tee still in the sale? couldn't find it online"),
    ("legal", "benign", "review",
     "Criminally underpriced. The Tuffknee trousers have outlasted two supermarket pairs and cost about the same. "
     "Knees still intact after a whole term of playground."),
    ("legal", "benign", "dm",
     "is it legal for shops to refuse returns on sale stuff? mate says you don't have to take it back || "
     "Agent: For change-of-mind returns it's up to the shop, but we accept sale returns within 30 days."),
    ("legal", "benign", "call_transcript",
     "Agent: Bramblekin School Desk, Priya here. || Caller: Hi, I run the mock trial team at Ashby Vale High, we "
     "want navy polo shirts with 'Mock Trial Squad' on the back for the regional final. || Agent: Lovely. Is that "
     "on the school's account? || Caller: Yes, the main one, I'll get the PO from finance. || Agent: Great, I'll "
     "send the artwork proof today."),
    ("legal", "benign", "in_app",
     "The box to agree to the terms and conditions won't tick on Android so I can't press Pay. Tried twice."),
    ("legal", "benign", "voicemail",
     "Hi, it's Gemma from Harwood and Pike solicitors on Mill Lane. We'd like a roll of your iron-free office "
     "labels with the firm's name on for our kit, about 200. Could you call back with a price? Thanks."),
    ("legal", "benign", "email",
     "Under GDPR I'd like to know what personal data you hold on me and who you share it with. || Agent: Of course. "
     "I've logged a subject access request; you'll receive everything within one month. || Great, thank you for "
     "being quick about it."),
    ("legal", "benign", "chat",
     "your site calls these 'court shoes' but they've got a strap, aren't court shoes strapless?? || Agent: Fair "
     "point! Court Classic is just the range name, the strap version is the Court Classic Bar. || ahh makes sense, "
     "the bar one it is"),
    ("legal", "benign", "web_form",
     "Question: Your swing tags say 'Made in Britain' but the care label says Portugal. Which one is accurate? I'm "
     "not complaining, just want to know for a blog post about where uniform is made."),
    ("legal", "benign", "sms",
     "Hi, the Police Cadets unit at Ashby Vale would like 30 embroidered black hoodies, is that something you do? || "
     "Agent: Yes! Email stitchroom@example.com with the badge file and we'll quote. || Sending now"),
    ("legal", "benign", "review",
     "Judge for yourselves, but I reckon the new Scramble sole is miles better than the old one. Grippier and "
     "doesn't squeak on the hall floor. || Reply from Bramblekin: Thanks! The new sole came from customer "
     "feedback, so we'll pass this on."),
    # ---- bereavement
    ("bereavement", "sensitive", "email",
     "Hi, I need a plain black dress and black tights in the girls' Occasion range delivered by Thursday. My "
     "mother-in-law passed away on Sunday and the funeral is Friday morning. Is next-day delivery possible to "
     "Carrowmoor? Thanks, Helen"),
    ("bereavement", "sensitive", "agent_note",
     "Call from Ms Ancell: her father (acct holder, Bramble Club) died in September. Death cert seen via upload. "
     "Closed account, refunded £12.40 credit balance to her, removed from all mailings. Condolences given."),
    ("bereavement", "sensitive", "chat",
     "sorry if i'm slow answering, i'm doing the uniform order for the first time on my own since we lost my "
     "husband in june || Agent: Please take all the time you need, there's no rush at all. Shall I pull up last "
     "year's order so you can see what was bought? || that would really help, thank you"),
    ("bereavement", "sensitive", "sms",
     "Please cancel tomorrow's Fit Van visit, we've had a death in the family over the weekend. Will rebook."),
    ("bereavement", "sensitive", "voicemail",
     "Hello, my name's Owen Tait. My dad set up a monthly name-label subscription as a surprise for the grandkids, "
     "and he died a couple of weeks ago. I think it's still taking money from his card. Can someone call me on "
     "07700 900664? Thanks."),
    ("bereavement", "sensitive", "review",
     "I asked the Stitch Room if they could copy my late mum's handwriting from a birthday card onto a cushion "
     "cover. They did it perfectly, every loop of her writing. I cried in the shop. Thank you Kasia."),
    ("bereavement", "sensitive", "dm",
     "can you stop the app sending birthday reminders for my twin brother? he died in february and seeing his "
     "name pop up every time is awful || "
     "Agent: I'm so sorry. I've removed his profile and all reminders tied to it; you won't see it again."),
    ("bereavement", "sensitive", "web_form",
     "Request: Remove from mailing list | Name on mailing: Mr G. Lowther | Reason: Mr Lowther passed away in "
     "April, I'm his widow. Please stop the catalogues."),
    ("bereavement", "sensitive", "in_app",
     "Embroidery text for memory bear (made from his work shirt): 'Always with us, Grandad Ken'. Font: Heritage "
     "Script, thread: navy. Please take care with the shirt, it's all we have of his."),
    ("bereavement", "sensitive", "call_transcript",
     "Agent: Bramblekin, you're speaking to Hannah. || Caller: Hi. We ordered the newborn starter bundle a while "
     "ago. We lost our baby at 38 weeks. I can't keep getting the emails. || Agent: I'm so very sorry. I'll stop "
     "all baby-range emails right now and refund the bundle in full, you don't need to send anything back. || "
     "Caller: Thank you. || Agent: If there's anything else at all, ask for me."),
    ("bereavement", "sensitive", "email",
     "My wife managed the School Desk parent login for both our boys. She died in August and I can't get into the "
     "account. How do I get it moved to me? || Agent: I'm very sorry for your loss, Mr Adeyemi. If you reply with "
     "your own email address I'll transfer the account, no death certificate needed for this. || Thank you. "
     "Address is t.adeyemi@example.org"),
    ("bereavement", "sensitive", "chat",
     "i need to return an order my mum placed for the grandkids. she passed away on friday and i'm going through "
     "her emails || Agent: I'm so sorry. Can you give me the order number? I'll refund it to her card and email "
     "you a free returns label. || BK-318220. thank you for being nice about it"),
    ("bereavement", "sensitive", "agent_note",
     "Cust's partner killed in a road accident two weeks ago. Cust apologised for missing the returns window. "
     "Extended by 60 days, waived delivery charge on the exchange, noted acct 'handle gently'."),
    ("bereavement", "sensitive", "sms",
     "Hi need the navy dress and cardi from order 61733 by monday at the very latest, is that doable? || Agent: "
     "It's due Tuesday, I can upgrade it to next day for free if it's urgent. || Yes please, it's for my nan's "
     "funeral on tues"),
    ("bereavement", "sensitive", "voicemail",
     "Hi, it's Rachel Munro calling about my sister Laura's Bramble Club account. Laura passed away in March and "
     "there's an order that was going to be a present. I'd really like to collect it if I can. Thanks."),
    ("bereavement", "benign", "email",
     "Hello, we've switched to the new school crest this year and have about 140 old-logo jumpers sitting as dead "
     "stock in the uniform cupboard. Do you run any buy-back or exchange scheme for schools? Thanks, PTA Treasurer"),
    ("bereavement", "benign", "sms",
     "My phone died right as I pressed pay, did order go through? Name on it is Carter"),
    ("bereavement", "benign", "chat",
     "what's the deadline to order for guaranteed delivery before the september rush? || Agent: Order by 10 August "
     "for guaranteed delivery. After that it's best effort! || noted, cheers"),
    ("bereavement", "benign", "agent_note",
     "Cust asked if we sell plain black formal wear and black tights; pointed to the Occasion range and the "
     "5-pack tights. No order placed yet."),
    ("bereavement", "benign", "review",
     "Killer deal on the 3-for-2 polo shirts this month. Stocked up for the year. Delivery was fast too."),
    ("bereavement", "benign", "in_app",
     "The keypad on the Carrowmoor locker is completely dead, screen won't light up. My parcel is in bay 12."),
    ("bereavement", "benign", "web_form",
     "Question: What's the script font on your Heritage embroidery range called? Our choir wants it for a banner "
     "that says 'In Loving Harmony'. Could the Stitch Room do a banner?"),
    ("bereavement", "benign", "dm",
     "ngl the new app design is dead nice, way easier to find the labels || "
     "Agent: Thank you! We'll pass that on to the app team, they'll be chuffed."),
    ("bereavement", "benign", "voicemail",
     "Hi, it's Jan from St Aldric's PTA. We'd like to order the embroidered poppy pin badges again for "
     "Remembrance, same as last year, 300 please. Call me back when you can."),
    ("bereavement", "benign", "call_transcript",
     "Agent: Bramblekin, Ollie speaking. || Caller: Hi, I heard the Legacy blazer is being retired, is that true? "
     "|| Agent: It is, it's being replaced by the Legacy II in January, same cut, better fabric. || Caller: Is the "
     "old one going cheap then? || Agent: Should be 30% off from Boxing Day."),
    ("bereavement", "benign", "email",
     "I've lost my order confirmation email and can't remember what I ordered, silly me. Can you resend? || Agent: "
     "Resent just now, it's from orders@example.com so check spam. || Found it, thanks!"),
    ("bereavement", "benign", "chat",
     "is the fit van still coming to hollins park today? || Agent: I'm afraid the van broke down on the A61 this "
     "morning, it's completely dead. The school office has been told and we're rebooking for next week. || ah "
     "no! ok, what day?"),
    ("bereavement", "benign", "sms",
     "so the old yellow scramble logo has been laid to rest?? gutted it was the best one || Agent: It has, but the "
     "retro edition is coming back in spring!"),
    ("bereavement", "benign", "review",
     "Grave disappointment: ordered the Rainbow Stripe raincoat, got a plain navy one. || Reply from Bramblekin: "
     "Sorry about that! We've sent the correct coat by next-day delivery; keep the navy one as our apology."),
    ("bereavement", "benign", "web_form",
     "Organisation: Eastfold Community Advice | Question: We're writing a guide on closing online accounts after a "
     "death. What does Bramblekin ask for, and is there a dedicated contact? General info only, thanks."),
    # ---- violence_self_harm
    ("violence_self_harm", "sensitive", "email",
     "Hello, I've moved house because my ex has been following me and turning up where I am. Please make sure my "
     "new address never shows on anything he could see, and please don't confirm to anyone who rings that I have "
     "an account. I've changed the password. Thank you, Sophie"),
    ("violence_self_harm", "sensitive", "chat",
     "need a new blazer and shirt asap, the old ones got ripped when a group of older kids jumped my son on the "
     "way home || Agent: I'm really sorry to hear that. I'll get both out next day. Do you need the same sizes? "
     "|| same sizes. school's dealing with it but he's pretty shaken"),
    ("violence_self_harm", "sensitive", "agent_note",
     "Cust reports a man who had been hanging round the Eastfold fitting area followed her to her car and "
     "tried to get in. Store manager informed, CCTV for 12:10-12:40 Sat preserved. Cust given store manager's "
     "direct number."),
    ("violence_self_harm", "sensitive", "sms",
     "please stop texting this number with delivery updates, he checks my phone. email only from now on, sorry || "
     "Agent: Done, SMS is switched off on your account."),
    ("violence_self_harm", "sensitive", "voicemail",
     "Hi... sorry. I don't even know why I rang a shoe shop. I was meant to be changing a delivery and I just, I "
     "don't want to be here any more. Sorry. Ignore this."),
    ("violence_self_harm", "sensitive", "web_form",
     "Request type: Product advice | Message: Do you sell long-sleeved PE tops in the Ashby Vale colours? My "
     "daughter has been cutting her arms and she won't do PE in short sleeves. The school has said long sleeves "
     "are fine."),
    ("violence_self_harm", "sensitive", "review",
     "One star. The assistant at Pennick Market shouted at me over a return and grabbed my arm hard enough to "
     "leave a bruise. I've got photos. I'm shocked nobody else stepped in."),
    ("violence_self_harm", "sensitive", "dm",
     "there's an account leaving comments on every one of my posts on your facebook page and now messaging me "
     "saying they know where my kids go to school. can you block them || "
     "Agent: We've blocked and reported that account. Please also consider telling the police about the messages."),
    ("violence_self_harm", "sensitive", "in_app",
     "Delivery note: this is a women's refuge. Please do not put the sender name or return address on the "
     "outside of the parcel and don't leave it with anyone but staff."),
    ("violence_self_harm", "sensitive", "call_transcript",
     "Agent: Bramblekin, Funmi speaking. || Caller: Hi, I left my husband on Sunday after he hit me, and I left "
     "everything, including the kids' uniform. I need to reorder it all. || Agent: I'm so sorry. We'll get it "
     "sorted. Should we change the address on the account? || Caller: Please, and take the old one off, he can "
     "see it. || Agent: Done. I'll also put a discount on this order, don't worry about delivery."),
    ("violence_self_harm", "sensitive", "email",
     "Your Fit Van driver has been texting me since our appointment on the 3rd. First 'great to meet you', now "
     "late at night asking what I'm doing. It's frightening. || Agent: This is completely unacceptable and I'm "
     "sorry. I've escalated it to our HR lead today and he won't attend your area. || Thank you. I want to know "
     "it's been dealt with."),
    ("violence_self_harm", "sensitive", "chat",
     "can i change the size on my order || Agent: Of course, which item? || doesnt matter. sorry. ive been "
     "thinking about hurting myself again today and everything feels pointless || Agent: I'm really glad you "
     "told me. Please call Samaritans free on 116 123, any time, or 999 if you're in danger. Is someone with "
     "you? || my sister is downstairs"),
    ("violence_self_harm", "sensitive", "agent_note",
     "Cust's son was assaulted on the way home from school on Tues, phone and school shoes taken. Police aware. "
     "Replacement Scramble size 5G sent free of charge at manager's discretion."),
    ("violence_self_harm", "sensitive", "sms",
     "someone keeps ordering things to my house in my name with notes inside. its my ex. im scared to open the door "
     "|| Agent: Please contact the police if you feel unsafe. Send us the order numbers and we'll block that "
     "address from new orders. || ok. thank you"),
    ("violence_self_harm", "sensitive", "voicemail",
     "This is for that Ollie who cancelled my order. I know which shop you work in, mate. Wait till you finish "
     "your shift and see what happens."),
    ("violence_self_harm", "benign", "review",
     "These school shoes have taken an absolute beating all term, football, tree climbing, puddles, and they still "
     "look nearly new. Worth every penny."),
    ("violence_self_harm", "benign", "chat",
     "are the ninja kick trainers coming back in black? || Agent: Yes, restock due in about two weeks. Want an "
     "email when they land? || yes pls"),
    ("violence_self_harm", "benign", "sms",
     "Me and the printer had a full-on fight, please can you resend the invoice as a PDF not a link"),
    ("violence_self_harm", "benign", "email",
     "Dear Bramblekin, as part of our safeguarding policy review, could you confirm that Fit Van staff visiting our "
     "school are DBS checked, and send your safeguarding statement? Kind regards, Designated Safeguarding Lead, "
     "Cresswell Green"),
    ("violence_self_harm", "benign", "agent_note",
     "Cust asked when the Knockout Prices weekend ends. Told her Sunday midnight. Applied code to basket."),
    ("violence_self_harm", "benign", "web_form",
     "Organisation: Lowbridge Kickers Karate Club | Order: 40 hoodies with our fist-and-star logo on the back | "
     "Question: Do you need the logo as a vector file?"),
    ("violence_self_harm", "benign", "dm",
     "that new sunset colourway on the puddle boots is killer 🔥 when does it drop || "
     "Agent: Friday at 9am, online first!"),
    ("violence_self_harm", "benign", "in_app",
     "Code BATTLEBACK20 from your email won't apply, says invalid. Expiry says end of the month."),
    ("violence_self_harm", "benign", "voicemail",
     "Hi there, this is Terry from Eastfold Amateur Boxing Club. We're looking for local sponsors for the junior "
     "tournament banner. Could someone from marketing give me a ring? Cheers."),
    ("violence_self_harm", "benign", "call_transcript",
     "Agent: Bramblekin School Desk, Dev here. || Caller: Hi, it's Cresswell Green. It's anti-bullying week next "
     "month and we want odd-socks packs for Odd Socks Day. || Agent: We do a mismatched five-pack, how many? || "
     "Caller: About 350. || Agent: I'll reserve them and send the invoice to your School Desk account."),
    ("violence_self_harm", "benign", "email",
     "The parcel arrived looking like it had been kicked down the street, box completely caved in. Thankfully the "
     "shoes inside are fine. || Agent: Sorry about that! I've logged it with the courier. || No bother, just "
     "thought you'd want to know."),
    ("violence_self_harm", "benign", "chat",
     "the zip on the warrior parka has snapped clean off || Agent: Sorry! Is it within the year's guarantee? || "
     "bought in october || Agent: Then it's covered, I'll send a returns label for a replacement."),
    ("violence_self_harm", "benign", "sms",
     "ur courier just lobbed my parcel over the side gate lol || Agent: Ha, sorry! Is everything inside ok? || "
     "yeah all fine"),
    ("violence_self_harm", "benign", "review",
     "The fight for the last Rainbow Stripe raincoats in the sale was brutal, elbows out at 9am. Got one though! || "
     "Reply from Bramblekin: Glad you won! More are coming in March."),
    ("violence_self_harm", "benign", "web_form",
     "Organisation: Pennick Market Traders Association | Question: Does Bramblekin have a written policy on abusive "
     "customers towards staff? We're drafting one for the market and would love an example."),
    # ---- financial_hardship
    ("financial_hardship", "sensitive", "email",
     "Hi, I'd like to return the unopened coat and the two jumpers from BK-301552 for a refund rather than an "
     "exchange please. I was let go from work last Friday and honestly I need the money back for rent more than "
     "we need new jumpers right now. Thanks, Gemma"),
    ("financial_hardship", "sensitive", "chat",
     "do you take the council uniform grant? we got the letter because we're on universal credit || Agent: We do! "
     "Bring the voucher to any branch or enter the code at checkout online. || oh brilliant, that's such a relief"),
    ("financial_hardship", "sensitive", "agent_note",
     "Cust behind on 2 Bramble Pay instalments (£22 each). Says she was made redundant in Aug and is waiting on "
     "her first benefit payment. Paused plan 60 days, no late fees, note to review 15/12."),
    ("financial_hardship", "sensitive", "sms",
     "can u hold the black scrambles in 13F til the 28th pls, thats when my UC comes in"),
    ("financial_hardship", "sensitive", "voicemail",
     "Hi, I've had a letter from a debt collection agency, Harbour Recoveries, saying I owe Bramblekin £146 from "
     "an old account. I honestly can't pay that at the moment and I don't even remember the order. Please ring "
     "me, it's 07700 900318."),
    ("financial_hardship", "sensitive", "web_form",
     "Form: Helping Hand uniform fund | Household: 2 adults, 3 children | Income: Jobseeker's Allowance and child "
     "benefit only | Reason: Partner lost his job in July and we can't cover the uniform list this year."),
    ("financial_hardship", "sensitive", "review",
     "My card declined at the till and I panicked and told the lady we'd just been evicted and I'd got it wrong. "
     "She didn't make a fuss, put the shoes aside and said come back when I could. Small thing but it meant a lot."),
    ("financial_hardship", "sensitive", "dm",
     "can you deliver to a hotel? we're in emergency housing since we lost the flat, the council put us in the "
     "travelodge on the ring road"),
    ("financial_hardship", "sensitive", "in_app",
     "Note to store: I was declared bankrupt in March so I can't use Bramble Pay or any credit. Is it OK to pay "
     "cash when I collect at Eastfold?"),
    ("financial_hardship", "sensitive", "call_transcript",
     "Agent: Bramblekin, Rhys speaking. || Caller: Hi, is there a cheaper version of the Hollins Park blazer? "
     "It's £38 and my husband's been out of work since spring, we just can't find that. || Agent: There's a "
     "pre-loved rail at Lowbridge, blazers are £6. I can reserve one in the right size. || Caller: Oh, that would "
     "be amazing."),
    ("financial_hardship", "sensitive", "email",
     "I got a letter from a debt collector about a Bramble Pay balance. I know I missed payments, I've been off "
     "work and I'm trying to sort everything out. Can it come back to you instead? || Agent: I've recalled the "
     "debt from the agency and set up £5 a month with us, no interest. || Thank you so much, I can manage that."),
    ("financial_hardship", "sensitive", "chat",
     "my card keeps declining, is it your end || Agent: I can see three attempts were declined by the bank. || "
     "ugh yeah thought so, there's nothing left until friday, on jobseekers and it never stretches. can you keep "
     "the basket saved || Agent: Saved for 7 days, no problem."),
    ("financial_hardship", "sensitive", "agent_note",
     "Cust in an IVA, payment provider refused BNPL. Offered split payment on debit card over 2 orders instead. "
     "Cust grateful, order placed."),
    ("financial_hardship", "sensitive", "sms",
     "I can't make this month's Bramble Pay payment. I'm behind on everything since my hours went to zero || "
     "Agent: Thanks for telling us. I've moved it to next month with no fee, reply if you need longer. || "
     "thank you"),
    ("financial_hardship", "sensitive", "voicemail",
     "Hello, it's Margaret Doyle. I'm a full-time carer for my husband and we live on carer's allowance, and I "
     "wanted to ask whether the uniform fund is still running. Please ring me back."),
    ("financial_hardship", "sensitive", "web_form",
     "Referrer: Ms K. Obi, Family Support Worker, Cresswell Green Primary | Family: the Nwachukwu family | Need: "
     "full winter uniform for 2 pupils | Note: family are in rent arrears and have been referred to the food "
     "bank."),
    ("financial_hardship", "sensitive", "review",
     "Bramble Pay's collections people rang me four times a day after I told them I'd lost my job. Awful. || "
     "Reply from Bramblekin: We're very sorry. That isn't how we want customers in difficulty treated. Please DM "
     "us and we'll freeze the account."),
    ("financial_hardship", "sensitive", "dm",
     "hi can i split the payment on the coats across two months? || Agent: We can offer Bramble Pay, it's 3 "
     "instalments. || i dont think i'd pass the check, the bailiffs were round last week. is there any other way || "
     "Agent: We can hold the order and take two payments by card manually, no check needed."),
    ("financial_hardship", "sensitive", "in_app",
     "Cancel my Bramble Club paid membership please. We're losing the house and I have to cut everything that "
     "isn't essential. || "
     "Agent: Cancelled with immediate effect and this month's fee refunded. Your points stay on the account."),
    ("financial_hardship", "sensitive", "call_transcript",
     "Agent: Hi, Hannah at Bramblekin. || Caller: Hi, I ordered the school shoes but I need to cancel, the "
     "electric got cut off yesterday and I need the money for the meter. || Agent: Of course, I've cancelled it "
     "and the refund will be back in 3-5 days. || Caller: Can it be quicker? || Agent: I'll flag it as urgent."),
    ("financial_hardship", "benign", "email",
     "My card was declined on your site twice but the bank says there's no block and plenty in the account. Any "
     "idea? || Agent: It looks like 3D Secure timed out. Try again and approve it in your banking app within a "
     "minute. || That worked, thanks."),
    ("financial_hardship", "benign", "chat",
     "this is the office at cresswell green, does your shop accept the council's school uniform grant vouchers? "
     "we want to put it on our website || Agent: Yes, every branch and online. || perfect, will add it"),
    ("financial_hardship", "benign", "sms",
     "I've been charged twice for order 60441, £41.50 both times. Can you check?"),
    ("financial_hardship", "benign", "agent_note",
     "Cust asked whether Clearpay is available on School Desk orders. Confirmed: yes for baskets over £30, not for "
     "account invoices."),
    ("financial_hardship", "benign", "web_form",
     "Account: School Desk HPA-0091 | Request: Please reissue invoice INV-22817 with our VAT number and the new "
     "finance address. Thank you, Bursar."),
    ("financial_hardship", "benign", "review",
     "Prices are a bit steeper than the supermarket but the quality is in a different league. Four stars."),
    ("financial_hardship", "benign", "dm",
     "is the payday sale on this weekend or next? || "
     "Agent: It starts on the 25th, so next weekend."),
    ("financial_hardship", "benign", "in_app",
     "Apple Pay has disappeared from the checkout since the last app update. Card still works but it's a faff. || "
     "Agent: Known bug, fix is in version 4.2 out this week. Sorry for the faff!"),
    ("financial_hardship", "benign", "voicemail",
     "Hi, it's Paul, business manager at Ashby Vale. We're still waiting on the credit note for the 20 returned "
     "ties, reference CN-1142. Could someone chase that for me? Thanks."),
    ("financial_hardship", "benign", "call_transcript",
     "Agent: Bramblekin, Kasia here. || Caller: Can I pay cash in store for an order I've made online? || Agent: "
     "Yes, choose 'pay at collection' and bring your order number. || Caller: Any branch? || Agent: Any of the "
     "four."),
    ("financial_hardship", "benign", "email",
     "I returned the trainers two weeks ago and still no refund. Tracking shows you got them. || Agent: Apologies, "
     "it was stuck in the warehouse queue. Refund issued today, 3-5 working days. || Great, thanks."),
    ("financial_hardship", "benign", "chat",
     "how does bramble pay actually work? is there interest? || Agent: Three equal monthly payments, 0% interest, "
     "soft credit check. || and if i pay early? || Agent: No fees for paying early."),
    ("financial_hardship", "benign", "agent_note",
     "Cust asked for balance on gift card ending 4471. £17.20 remaining, expiry 2026."),
    ("financial_hardship", "benign", "sms",
     "do you price match? saw the same coat £5 cheaper on another site || Agent: We do for UK retailers, send the "
     "link! || sent"),
    ("financial_hardship", "benign", "voicemail",
     "Hello, I'm calling from Second Stitch, the uniform recycling charity. We'd love to put a donation bin in "
     "your Lowbridge store for pre-loved uniform. Could the manager call me? Thanks."),
    ("financial_hardship", "benign", "web_form",
     "Organisation: Hollins Park PTA | Question: Do you offer a bulk discount for the PTA's second-hand uniform "
     "sale? We'd buy about 200 new ties to fill gaps."),
    ("financial_hardship", "benign", "review",
     "Didn't break the bank and everything arrived in two days. The name labels are brilliant. || Reply from "
     "Bramblekin: Thanks so much for the lovely words!"),
    ("financial_hardship", "benign", "dm",
     "can i use the 10% welcome code AND the free delivery code? || Agent: Only one code per order I'm afraid, "
     "but orders over £40 get free delivery anyway. || oh nice i'm over that"),
    ("financial_hardship", "benign", "in_app",
     "Changed banks, how do I update the direct debit for my label subscription? Can't find it in settings."),
    ("financial_hardship", "benign", "call_transcript",
     "Agent: School Desk, Priya speaking. || Caller: Hi, it's the PTA chair at Cresswell Green. Could we run our "
     "pre-loved uniform stall in your shop one Saturday? || Agent: Lovely idea, I'll ask the Lowbridge manager. || "
     "Caller: Any Saturday in September is good. || Agent: I'll come back to you by Friday."),
    # ---- children
    ("children", "sensitive", "web_form",
     "Product: Iron-on name labels x100 | Line 1: AMARA OSEI | Line 2: Class 3B, St Aldric's | Colour: purple | "
     "Notes: please spell Osei correctly, last lot said Osel"),
    ("children", "sensitive", "email",
     "Hi, I've signed up for the Bramble Club birthday treat but it's asking for the birthday of the child. It's "
     "my son Finlay, 14 February 2018. Will the voucher still come in time if I've only just joined? Thanks, Kate"),
    ("children", "sensitive", "chat",
     "hi she's just turned 4 and starts reception in september, which pinafore size would you go for? || Agent: "
     "Most 4 year olds are in our 4-5, but if she's tall go 5-6 to grow into. || she's tiny lol 4-5 it is"),
    ("children", "sensitive", "sms",
     "what size wellies for a 2 yr old who's about a 6 in shoes? want them for nursery"),
    ("children", "sensitive", "agent_note",
     "Mrs Lindqvist called re: Theo (7, Year 3 at Cresswell Green). Shirt collar embroidery says 'THEO L' but "
     "she asked for 'THEO LINDQVIST'. Stitch Room to redo, no charge."),
    ("children", "sensitive", "voicemail",
     "Hi, it's Daisy Cole. My little boy Reggie's at Little Acorns nursery and his coat went missing, it had one of "
     "your labels in. Does your label tracing thing work, the QR one? Call me on 07700 900726."),
    ("children", "sensitive", "review",
     "We went to the Fit Van for our 18-month-old's first proper shoes. The fitter got down on the floor and "
     "played peekaboo with her while measuring. She walked out in pink Scramble Firsts grinning."),
    ("children", "sensitive", "dm",
     "my 13 yo wants the black platform school shoes and i'm not convinced they're allowed at ashby vale, are "
     "they on the approved list??"),
    ("children", "sensitive", "in_app",
     "Junior profile: Ellie Marsh | Date of birth: 03/05/2016 | School: Hollins Park, Year 5 | Shoe size last "
     "fitted: 2.5F | Reminder: refit every 4 months"),
    ("children", "sensitive", "call_transcript",
     "Agent: Bramblekin, Ollie speaking. || Caller: Hi, I need the Ashby Vale uniform for my daughter Chloe, she's "
     "going into Year 7 and she's eleven but she's already my height. || Agent: The girls' blazers go up to a 36 "
     "chest, I'd measure her first. || Caller: Will do, I'll ring back."),
    ("children", "sensitive", "email",
     "Hello, the twins (Ruby and Rose, 6) both need new school shoes but Rose has a much wider foot. Can I book "
     "back-to-back fittings at Carrowmoor? || Agent: Of course, I've booked 10:00 and 10:20 on Saturday under both "
     "names. || Lovely, see you then."),
    ("children", "sensitive", "chat",
     "im 14 can i use my own debit card to buy stuff or do i need my mum || Agent: You can buy with your own card, "
     "but Bramble Club accounts need a parent or guardian if you're under 16. || ok i'll just checkout as guest"),
    ("children", "sensitive", "sms",
     "Hi, Jacob's PE kit labels came today but you've put Year 4, he's in Year 5 now. Can they be reprinted?"),
    ("children", "sensitive", "agent_note",
     "Cust's baby born at 35 wks, 2.1kg. Needs tiny-baby vests and sleepsuits; our Newborn runs too big. Pointed "
     "to Tiny Bramble range (up to 2.3kg). Cust ordered 2 packs."),
    ("children", "sensitive", "voicemail",
     "Hello, it's Mr Iqbal. My son Zayd is in Miss Reed's class at Cresswell Green and he's come home with "
     "someone else's jumper with your label in, and his has gone. Can your label lookup tell me whose it is?"),
    ("children", "sensitive", "review",
     "Three years running I've had my eldest's feet measured at Pennick Market, from age 5 to 8 now, and they "
     "remember him every time. Highly recommend."),
    ("children", "sensitive", "web_form",
     "Request: Embroidery | Item: book bag | Text: 'Isla-Mae, Rowan Class' | Notes: it's her first day at school "
     "on 5 September, is that doable?"),
    ("children", "sensitive", "dm",
     "can the fit van come to our nursery?? || Agent: We do nursery visits for groups of 10 or more, which nursery? "
     "|| Tiny Steps on Elm Rd, my daughter Niamh is there Mon-Wed and the manager said ask you"),
    ("children", "sensitive", "in_app",
     "Please change the name on my son's stick-on labels from 'Alfie' to 'Alfred'. He's 10 now and says Alfie is "
     "for babies. || "
     "Agent: Ha, fair enough! Reprint for Alfred is on its way, no charge."),
    ("children", "sensitive", "call_transcript",
     "Agent: Bramblekin, Bea speaking, how can I help? || Caller: Hiya, my son Kai's at Hollins Park, Year 1, and "
     "his shoes have split at the toe after six weeks. || Agent: That's not right. Which shoe? || Caller: Scramble "
     "Dash, size 11. || Agent: I'll send a replacement pair and a returns label for the split ones."),
    ("children", "sensitive", "email",
     "Hi, our daughter Priya is starting at St Aldric's in the nursery class (she'll be 3 in October). Do you "
     "stock their nursery polo shirts or only the main school ones? Thanks, Anjali"),
    ("children", "sensitive", "chat",
     "need labels for my grandkids please || Agent: Lovely, how many sets? || three, Oscar (9), Freya (6) and "
     "little Bo who's 2 and starting playgroup || Agent: I'd suggest the stick-on labels for Bo, they work on "
     "cups and shoes too."),
    ("children", "sensitive", "sms",
     "Can you embroider 'Lottie, 7 today!' on a hoodie by Friday? Her party is Saturday x"),
    ("children", "sensitive", "agent_note",
     "Child (approx 12) came into Lowbridge alone asking to exchange blazer. Staff rang mum, Mrs Harding, who "
     "confirmed. Exchange done, 34 to 36 chest."),
    ("children", "sensitive", "voicemail",
     "Hi, this is Jade. I wanted to book the Fit Van for my son Leo's shoes. He's three and he's got really "
     "high arches, the last place got it wrong. We're in Carrowmoor. Thanks."),
    ("children", "sensitive", "review",
     "Bought the whole Cresswell Green starter set for my daughter's first year at school. Labels still on after "
     "50 washes. She's now in Year 2 and still wearing the same cardigan, stretched but fine."),
    ("children", "sensitive", "web_form",
     "School Desk pupil list upload | Pupil: Harvey Grant, Year 6, DOB 11/11/2013 | Pupil: Maisie Grant, Year 2, "
     "DOB 19/07/2017 | Contact: parent, Mrs Grant"),
    ("children", "sensitive", "dm",
     "hiya do u do ballet leotards?? my daughter's 5 and just started at the dance school on king st || "
     "Agent: We do, in pink, black and lilac, age 5-6 is the usual size."),
    ("children", "sensitive", "in_app",
     "Gift message: 'Happy 1st birthday little Arlo! Love Nana & Pops'. Please wrap the sleepsuits."),
    ("children", "sensitive", "call_transcript",
     "Agent: Hello, Bramblekin. || Caller: Hi, I'm ringing for my son, he's 15, he wants to order a PE hoodie but "
     "he doesn't have a card. || Agent: You can order on your account and put his name in the embroidery box. || "
     "Caller: It's Ethan Moss, 11 Form MO. || Agent: Got it, Ethan Moss, 11MO on the back."),
    ("children", "sensitive", "email",
     "Can you help? My stepdaughter (Year 9, Ashby Vale) lives with us Thursday to Sunday and needs a second set "
     "of uniform here. Can I add her to my account without her mum's account being affected? || Agent: Yes, "
     "junior profiles are per account, so just add her to yours. || Great, done."),
    ("children", "sensitive", "chat",
     "hello, baby's due in 3 wks, can I pre-order the personalised blanket and add the name after she's born? || "
     "Agent: Yes, choose 'name to follow'. || brill. we think it'll be Mabel"),
    ("children", "sensitive", "sms",
     "Hi its Ana. Liam grew 2 sizes since summer, need trousers 9-10 not 7-8. Can you swap before delivery?"),
    ("children", "sensitive", "agent_note",
     "Fit Van visit 14/03: fitted Poppy W. (4) and Jack W. (6). Both G fit, Poppy 8.5, Jack 12. Parent bought 2 "
     "pairs. Refit reminders set."),
    ("children", "sensitive", "voicemail",
     "Hi, it's Sam Evans. I've got the list for my son's Cubs camp, he's 8, and they need everything labelled, "
     "so I'd like the big label bundle with 'Sam E Jnr' on, please."),
    ("children", "sensitive", "review",
     "Lovely fitter at Eastfold. My ten year old is a size 6 already and embarrassed about it, and she was so "
     "matter-of-fact that he walked out happy."),
    ("children", "sensitive", "web_form",
     "Name: Tomasz | Message: can i get my school tie replaced i lost it on the bus, im in year 8 at ashby vale "
     "and my mum will pay when she picks up | Age: 12"),
    ("children", "sensitive", "dm",
     "does the fit van do baby feet?? my son is 10 months and just started pulling himself up || "
     "Agent: We fit once they're walking on their own, so give it a little while and book in then."),
    ("children", "sensitive", "in_app",
     "Locker collection by: my daughter Hollie (she's 16, she'll show the code). Is that allowed?"),
    ("children", "sensitive", "call_transcript",
     "Agent: Bramblekin, Gareth. || Caller: Hi, I'm the dad of one of the lads at Hollins Park, Noah Clarke, "
     "Year 4. His name label came off in the wash after a week. || Agent: Which labels were they? || Caller: The "
     "iron-on ones. || Agent: I'll send the stitch-in version free; they last much longer."),
    ("children", "sensitive", "email",
     "Hello, I foster and we've got a new placement starting Monday, a girl of 9 going to Cresswell Green. I "
     "need full uniform fast. || Agent: I've put everything on next-day delivery for Saturday. || You're a star, "
     "thank you."),
    ("children", "sensitive", "chat",
     "my kid's 6 but wears age 8 trousers, should i just buy 8? || Agent: If he's 8 in length, yes, and the "
     "adjustable waist will cinch them in. || cool ta"),
    ("children", "sensitive", "sms",
     "Reminder: Grace's shoe refit is due (last fitted Jan, age 5). Reply BOOK for a slot. || BOOK || Agent: Great, "
     "Saturday 9:40 Lowbridge?"),
    ("children", "sensitive", "agent_note",
     "Caller wanted embroidered 'Head Girl' badge for daughter Esme, Year 11 at Ashby Vale. Checked with school "
     "list, approved. Order 62004."),
    ("children", "sensitive", "voicemail",
     "Hiya, it's Leanne. My youngest starts in the baby room at Sunnyside Nursery next month, she'll be nine "
     "months. They want everything labelled, even the bottles, so I need the waterproof ones. Ta."),
    ("children", "sensitive", "review",
     "Good service but the fitter told my 11-year-old he had 'big feet for his age' in front of his friend. "
     "He's sensitive about it. || Reply from Bramblekin: Sorry, that shouldn't have been said. We've spoken to the "
     "team."),
    ("children", "sensitive", "web_form",
     "Reason for return: too small | Wearer: Oliver, age 3 | Comments: he's shot up, need the next size in the "
     "puddle suit"),
    ("children", "sensitive", "dm",
     "omg the name labels we ordered say 'Evie-Rose Year R' and she loves them so much she labelled the cat"),
    ("children", "sensitive", "in_app",
     "Account: Dominika R. | Children on account: Kuba (8), Zosia (4) | Preferred store: Eastfold"),
    ("children", "sensitive", "call_transcript",
     "Agent: Bramblekin, Maya. || Caller: Hi love, my grandson Alfie's staying with us for the summer and he's "
     "off to Year 3 in September, I'd like to buy his shoes as a treat. || Agent: How lovely. Shall I book a "
     "fitting? || Caller: Saturday morning please, Pennick Market."),
    ("children", "benign", "email",
     "Good morning, Cresswell Green Primary office here. Please can we order 40 book bags and 40 PE bags with the "
     "school logo for next year's intake, on our School Desk account CGP-0044? Delivery to the school office. "
     "Thanks, Mrs Patel, Office"),
    ("children", "benign", "chat",
     "what's the youngest age the fit van fits? || Agent: We fit from first steps, there's no minimum age. || "
     "and do they do teens? || Agent: Up to adult size 9."),
    ("children", "benign", "sms",
     "Is the Kids' Zone at Eastfold open again after the refit?"),
    ("children", "benign", "agent_note",
     "Cust asked whether hoodie drawstrings meet children's clothing safety standards. Confirmed: no cords on "
     "hoods under size 7-8, compliant with BS EN 14682. No personal details given."),
    ("children", "benign", "voicemail",
     "Hi, this is Dawn, manager at Little Acorns Nursery. We'd like 60 staff polo shirts with our acorn logo, "
     "adult sizes. Can somebody ring me back with prices? Thanks."),
    ("children", "benign", "review",
     "Our nursery has bought waterproof labels from you for five years. Never peel, survive the dishwasher. "
     "Great customer service too."),
    ("children", "benign", "dm",
     "do u sell baby grows in organic cotton or is it just the school stuff || "
     "Agent: Yes, the Tiny Bramble organic range, newborn to 24 months."),
    ("children", "benign", "in_app",
     "Your 'Kids' category page shows the same jumper three times. Think there's a bug in the filter."),
    ("children", "benign", "call_transcript",
     "Agent: Bramblekin School Desk, Dev. || Caller: Hi, it's Hollins Park. The Fit Van day is booked for the 12th, "
     "can you send the parent letter template? || Agent: I'll email it over now, just add your date and times. "
     "|| Caller: Lovely, thanks."),
    ("children", "benign", "web_form",
     "Organisation: Rowan Hill Childminders Network | Question: Do you offer a trade discount for registered "
     "childminders buying name labels in bulk?"),
    ("children", "benign", "email",
     "Hello, do your labels work on plastic lunchboxes and water bottles, or only fabric? || Agent: The stick-on "
     "range works on hard surfaces and is dishwasher safe; the iron-on ones are fabric only. || Perfect, I'll get "
     "the stick-on ones."),
    ("children", "benign", "chat",
     "is the little explorer coat the same as the explorer coat but smaller? || Agent: Same fabric, smaller sizes, "
     "plus mitten clips. || ahh ok makes sense"),
    ("children", "benign", "sms",
     "Does the Tiny Steps first-shoe gift box come with the certificate still? Buying it as a present"),
    ("children", "benign", "agent_note",
     "St Aldric's office rang: pupil numbers for Sept intake confirmed at 60, adjust reserved stock of reception "
     "polos. Done."),
    ("children", "benign", "voicemail",
     "Hello, it's the office at Ashby Vale High. The new Year 7 ties haven't arrived for the induction day on "
     "Thursday. Order reference AVH-3370. Can you check? Thank you."),
    ("children", "benign", "review",
     "Really well organised children's shoe shop. Plenty of seating, toys for waiting, and the fitters are "
     "unhurried. Bit of a queue on Saturday so book ahead."),
    ("children", "benign", "dm",
     "hey are u doing the back to school event at the lowbridge shop again this year? the one with the face "
     "painting"),
    ("children", "benign", "in_app",
     "Can't find where to change the name on a label order after checkout. Is it too late once it's 'processing'?"),
    ("children", "benign", "call_transcript",
     "Agent: Bramblekin, Kasia here. || Caller: Do you sell school uniform for schools outside the county? || "
     "Agent: We can make any school's logo if the school signs the artwork approval. || Caller: OK, I'll pass "
     "that to the school."),
    ("children", "benign", "web_form",
     "Question: What's the difference between your 'Junior' and 'Youth' size ranges on the sports kit? The size "
     "chart on the website only shows one of them."),
    ("children", "benign", "email",
     "Dear Bramblekin, we're a Scout group and would like 30 embroidered neckers in our district colours. Do you "
     "do that? Regards, Group Scout Leader, 3rd Lowbridge || Agent: We do! Send the colours and we'll quote. || "
     "Colours are green and gold, will send the badge file."),
    ("children", "benign", "chat",
     "do school shoes have to be returned unworn? || Agent: Unworn for a refund, but we'll always look at "
     "anything faulty. || got it thx"),
    ("children", "benign", "sms",
     "What time does the Carrowmoor shop open on the last Saturday before term? Last year it was earlier"),
    ("children", "benign", "agent_note",
     "Tiny Steps Nursery manager requested brochure for staff uniform + nursery-branded sun hats. Posted pack and "
     "price list."),
    ("children", "benign", "voicemail",
     "Hi, I'm a teacher at Cresswell Green, I just wanted to say thank you for the book bag donation for our "
     "library corner. The class loved them. Bye!"),
    ("children", "benign", "review",
     "The 'Mini Me' matching range is too cute. Bought the set as a gift and it went down a storm."),
    ("children", "benign", "dm",
     "is the school shoe sizing the same as clarks or should i size up || "
     "Agent: Our sizing is standard UK, so the same size should be right."),
    ("children", "benign", "in_app",
     "The kids' size guide PDF won't open in the app, just shows a blank white page."),
    ("children", "benign", "web_form",
     "Organisation: Ashby Vale Youth Football | Request: 25 junior kit bags with club crest and initials only, no "
     "names | Deadline: end of month"),
    ("children", "benign", "email",
     "Hello, is the 'Back to School' 20% code valid on name labels, or only clothing? The terms don't say. || "
     "Agent: It covers labels too, except gift cards. || Great, thanks!"),
    ("children", "benign", "chat",
     "are the school cardigans machine washable at 40? || Agent: Yes, 40 degrees, and they can go in the "
     "tumble dryer on low. || amazing"),
    ("children", "benign", "sms",
     "Hi, the school nursery class asked us to order the green sun hats, are they back in stock? Hollins Park"),
    ("children", "benign", "agent_note",
     "Cust asked if our baby range is sold in any supermarkets. Explained we're only in our 4 stores and online."),
    ("children", "benign", "voicemail",
     "This is Marie from the county council's early years team. We're compiling a list of local shops that offer "
     "nursery staff discounts. Could someone email me at earlyyears@example.org? Thanks."),
    ("children", "benign", "review",
     "Shop was packed with families during half-term but staff kept everything moving. Good range of school "
     "shoes across all widths."),
    ("children", "benign", "dm",
     "when does the new Dino Roar range land? the website says 'coming soon' for like 3 weeks lol"),
    ("children", "benign", "in_app",
     "Notification for the 'Kids Go Free' Fit Van promo links to a 404 page."),
    ("children", "benign", "call_transcript",
     "Agent: Bramblekin, Bea. || Caller: Hi, I'm opening a childminding setting and need waterproof labels that say "
     "just 'Hedgehog House', no names. || Agent: No problem, the business labels do exactly that. || Caller: "
     "Great, 500 please."),
    ("children", "benign", "web_form",
     "Question: Are your school uniform items exempt from VAT? My receipt shows VAT on some items but not others."),
    ("children", "benign", "email",
     "We're a primary school looking to change supplier. Can you send your School Desk terms and a sample of the "
     "embroidered crest? Thank you, Business Manager, Meadowbank Primary || Agent: Absolutely, samples posted "
     "today and the terms are attached. || Thank you, very quick!"),
    ("children", "benign", "chat",
     "does the personalised teddy come with a gift box || Agent: Yes, and you can add a card message at checkout. "
     "|| brill"),
    ("children", "benign", "sms",
     "Do you still sell the reusable nappy wet bags? Couldn't see them on the site"),
    ("children", "benign", "agent_note",
     "Ashby Vale asked for updated approved list of school shoe styles for their uniform policy page. Sent the "
     "current list of 8 styles."),
    ("children", "benign", "voicemail",
     "Hi, it's Claire from Sunnyside Nursery. We'd like to book the Fit Van for a staff wellbeing afternoon, adult "
     "trainers, if you do that? Give me a buzz."),
    ("children", "benign", "dm",
     "do you ship kids' stuff to ireland or uk only? || "
     "Agent: UK and Ireland both, Ireland takes 3-5 working days."),
    ("children", "benign", "in_app",
     "The school finder in the app doesn't list Meadowbank Primary even though you supply them now."),
    ("children", "benign", "call_transcript",
     "Agent: Bramblekin, Gareth. || Caller: Hello, I'm the PE lead at St Aldric's. Could we get the sports day "
     "team bibs in four house colours? || Agent: Yes, red, blue, green and yellow, in packs of 10. || Caller: "
     "Twelve packs please, three of each."),
    ("children", "benign", "web_form",
     "Question: Do your baby sleepsuits have poppers all the way down or zips? Shopping for a gift and the photos "
     "don't show it."),
    ("children", "benign", "email",
     "Hi, the school shoes I ordered came in a box marked 'children's footwear' but the tissue paper inside had "
     "another customer's delivery note. Thought you should know. || Agent: Thank you for telling us, please bin "
     "it and we'll follow up with the packing team. || Done."),
    ("children", "benign", "chat",
     "is there a kids' loyalty thing or is it just bramble club || Agent: Just Bramble Club, it covers the whole "
     "family. || ok thx"),
    # ---- special_categories
    ("special_categories", "sensitive", "chat",
     "hi, is there any way to get the green party dresses here by wednesday? || Agent: Standard delivery says "
     "Thursday, but express would get them Wednesday. || yes express please, Eid starts thursday and we'll be "
     "at the mosque first thing, they need to be ready || Agent: Done, upgraded for free. Eid Mubarak!"),
    ("special_categories", "sensitive", "email",
     "Hello, could the Stitch Room embroider a navy kippah with my son's Hebrew name, Yehuda, in Hebrew letters? "
     "It's for his bar mitzvah at our shul in June. I can send the lettering as an image. Best, Miriam Lazarus"),
    ("special_categories", "sensitive", "agent_note",
     "Cust asked for a patka in Hollins Park maroon for her son, who keeps his hair uncut. We don't stock; "
     "Stitch Room can make from polo fabric. Quote sent, £9."),
    ("special_categories", "sensitive", "web_form",
     "Request type: Uniform advice | Message: Our church teaches that women and girls wear skirts, never trousers, "
     "so we need the longest pinafore you do for the winter. Is there an ankle-length option or can you lengthen "
     "one?"),
    ("special_categories", "sensitive", "sms",
     "we cant collect on saturday, its shabbat. is sunday morning ok at eastfold?"),
    ("special_categories", "sensitive", "voicemail",
     "Hi, it's Bernadette. I ordered the white christening gown and I need it by Saturday, the baptism is at St "
     "Anne's on Sunday and Father Michael's been very patient with us already. Please call back."),
    ("special_categories", "sensitive", "dm",
     "please stop the birthday emails. as jehovah's witnesses we don't celebrate birthdays and the kids keep "
     "asking what the 'birthday treat' is"),
    ("special_categories", "sensitive", "in_app",
     "Gift message: 'Shubh Deepavali beta, wear this to the mandir on Sunday! Love, Nani'. Please deliver by "
     "Friday."),
    ("special_categories", "sensitive", "call_transcript",
     "Agent: Bramblekin, Maya speaking. || Caller: Hello, I've booked the Fit Van for Thursday. I wear the niqab, "
     "so could it be a female fitter who comes into the house? || Agent: Of course, I'll make sure Bea does the "
     "visit. || Caller: Thank you, that makes it much easier."),
    ("special_categories", "sensitive", "chat",
     "do your tights come in any darker shade than 'natural'? my daughter is Black and 'natural' on her looks "
     "grey || Agent: We've got Cocoa and Espresso shades in the 3-pack, I'll send the link. || finally, thank you"),
    ("special_categories", "sensitive", "email",
     "Hi, we're an Irish Traveller family and live on a council site pitch. Your courier keeps saying the address "
     "doesn't exist and sending parcels back. The pitch is number 7, Brookside site. || Agent: Sorry about that. "
     "I've added a delivery note and a what3words. || Thank you, fingers crossed."),
    ("special_categories", "sensitive", "agent_note",
     "Cust (says she's Roma) felt she was followed round Pennick Market by security on Sat afternoon while other "
     "shoppers weren't. Apologised, escalated to store manager and area manager for review."),
    ("special_categories", "sensitive", "review",
     "Finally a kids' shop that sells hair bobbles that actually survive my daughter's afro, and satin-lined "
     "winter hats. As a mixed family we usually have to buy those bits online separately. Five stars."),
    ("special_categories", "sensitive", "sms",
     "Hi, can the same fitter come again, the one who speaks polish? My mother in law is here from Krakow and "
     "only speaks polish, we're all polish in this house lol"),
    ("special_categories", "sensitive", "dm",
     "your staff member at lowbridge said 'your lot always haggle' to me and my husband. we were the only asian "
     "family in the shop. i'd like an apology"),
    ("special_categories", "sensitive", "web_form",
     "Job application: Weekend sales assistant, Carrowmoor | Equality monitoring: Ethnic group - Black "
     "Caribbean | Right to work: yes | Availability: Saturdays"),
    ("special_categories", "sensitive", "in_app",
     "Name on labels: please put BOTH surnames, 'Valentina Restrepo Gómez', it's how it works back home in "
     "Colombia and the app cuts off the second one."),
    ("special_categories", "sensitive", "voicemail",
     "Hiya, it's Abena. I'm Ghanaian and I want a bit of proper kente trim on my girls' Sunday dresses for our "
     "family's naming ceremony. Can your Stitch Room do that if I bring the cloth in?"),
    ("special_categories", "sensitive", "email",
     "Hello, as one of the Green councillors for Eastfold ward I'd like to order some uniform vouchers for a "
     "constituent raffle, paid for by me personally. Could you invoice me? Cllr Ruth Penney"),
    ("special_categories", "sensitive", "sms",
     "can't collect sat, out canvassing for the lib dems all day. sun ok?"),
    ("special_categories", "sensitive", "chat",
     "what time does the lowbridge shop shut friday? || Agent: 5:30pm. || ugh. i'm one of the organisers for the "
     "climate march in the town centre that afternoon, will the shop be shut for it? || Agent: No, open as "
     "normal, but the high street entrance may be closed, use the car park door."),
    ("special_categories", "sensitive", "agent_note",
     "Cust mentioned she is standing as an independent candidate in the May council elections and asked if we "
     "would display her poster in the Carrowmoor window. Declined (no political material per policy)."),
    ("special_categories", "sensitive", "dm",
     "hey i'll be at the palestine solidarity march saturday so can my parcel stay in the locker until sunday night?"),
    ("special_categories", "sensitive", "review",
     "Great shoes, but the manager at Eastfold gave me a proper dirty look and muttered when he saw my Just Stop "
     "Oil badge. Keep your opinions to yourself, pal."),
    ("special_categories", "sensitive", "voicemail",
     "Good afternoon, it's Councillor Dean Marsh, I'm the Conservative member for Carrowmoor North. I'm after "
     "some school shoes for my two and I'll pop in after surgery on Saturday. Just checking you're open."),
    ("special_categories", "sensitive", "web_form",
     "Order type: Embroidered T-shirts (adult) | Text: 'Yes for Independence' | Qty: 2 | Notes: for me and my "
     "husband for the rally in Glasgow, saltire blue please"),
    ("special_categories", "sensitive", "in_app",
     "Collection note: I'm at the Labour branch meeting until 8 so I'll get to the locker after, please don't "
     "send it back."),
    ("special_categories", "sensitive", "sms",
     "on the picket line thurs morning (NEU strike) so ill pop to the shop at lunch to collect, is that ok"),
    ("special_categories", "sensitive", "email",
     "Hi there, I'm the Unison rep at the Royal and a few of us nurses want to club together for the school shoe "
     "offer. Could I place one order and have it split? || Agent: Yes, one order with separate bags labelled by "
     "name is fine. || Lovely, I'll send the list."),
    ("special_categories", "sensitive", "chat",
     "can i move my fit van booking from tues to weds? || Agent: Wednesday 4pm is free. || perfect, we're on strike "
     "with the RMT tuesday so i'll be at the station picket || Agent: No problem, moved to Wednesday 4pm."),
    ("special_categories", "sensitive", "agent_note",
     "Cust said he's the GMB shop steward at the distribution depot and asked whether our own delivery drivers "
     "are unionised. Told him I'd pass it on; no company comment."),
    ("special_categories", "sensitive", "voicemail",
     "Hi, Karen here, calling about my order. I'm at my union branch meeting tonight, Unite, so if the driver "
     "comes after six can he leave it with next door? Thanks."),
    ("special_categories", "sensitive", "dm",
     "is there a discount for NASUWT members? i've been in it 12 years and they said you're on the benefits list"),
    ("special_categories", "sensitive", "web_form",
     "Staff HR contact | Name: Ollie Brennan, Eastfold | Subject: Grievance meeting 18th | Message: I'm an Usdaw "
     "member and I'd like my union rep to come with me to the meeting, please confirm that's okay."),
    ("special_categories", "sensitive", "review",
     "Lovely Fit Van driver, we spent the whole fitting chatting about being CWU reps at our depots. Kids' shoes "
     "fitted perfectly too. Four stars only because it ran late."),
    ("special_categories", "sensitive", "in_app",
     "Voucher code FBU-MEMBER10 from my union magazine isn't working. I'm Fire Brigades Union, my membership "
     "number is on the card."),
    ("special_categories", "sensitive", "email",
     "Hi, my husband Jack and I adopted our two boys last year and this is our first back-to-school. Could the "
     "account show both of us as parents? At the moment only one name fits. Thanks, Tom Ashworth"),
    ("special_categories", "sensitive", "chat",
     "hiya! me and my girlfriend are doing the uniform shop together this year, can we share one login? || Agent: "
     "Accounts are single-login, but you can add a second delivery contact. || aw ok, put Jess Kaur as the second "
     "one, I'm Mel"),
    ("special_categories", "sensitive", "agent_note",
     "Cust and her wife want both surnames on the labels ('Noor-Whitfield'). Said they got comments last time "
     "from a fitter about 'which one is mum'. Apologised, noted on acct."),
    ("special_categories", "sensitive", "sms",
     "My boyfriend Darren will collect the parcel at Carrowmoor, he'll have the code. Ta - Kev"),
    ("special_categories", "sensitive", "voicemail",
     "Hi, it's Steph. The account's still got my ex-husband's name on it. I'm with Nicola now and she does half "
     "the school runs, so could she be added as a collector? Number's 07700 900853."),
    ("special_categories", "sensitive", "dm",
     "hi! we're two dads and want father's day embroidery, 'Daddy' on one jumper and 'Papa' on the other. can you "
     "do both in navy?"),
    ("special_categories", "sensitive", "review",
     "First shoe shop in years where nobody asked 'so which one is the mum?' when my wife and I walked in "
     "together. Bea just got on with it. Thank you."),
    ("special_categories", "sensitive", "web_form",
     "School Desk parent registration | Parent 1: Aaron Blake | Parent 2: Luis Blake (husband) | Preferred "
     "contact: Parent 2"),
    ("special_categories", "sensitive", "in_app",
     "Gift note: 'Happy anniversary to my gorgeous girlfriend Hannah, two years! Love always, Ellie x'"),
    ("special_categories", "sensitive", "email",
     "Hello, I transitioned last year and have finally got round to the shops. Please change my account name from "
     "Michael Dunn to Michelle Dunn and my title to Ms. || Agent: All updated, Michelle. Your order history and "
     "Bramble Club points are unchanged. || Thank you, that was painless."),
    ("special_categories", "sensitive", "chat",
     "hi, my son is trans and the school has said he can wear the boys' uniform from september. what's the "
     "difference in fit between the boys' and girls' trousers? || Agent: The boys' cut is straighter with a "
     "deeper rise. I'd go by waist and length. || ok thank you, he'll be so pleased"),
    ("special_categories", "sensitive", "agent_note",
     "Cust is non-binary, uses they/them. Asked for title Mx on account and for emails to stop saying 'Dear "
     "Madam'. Updated title, logged template issue with CRM team."),
    ("special_categories", "sensitive", "sms",
     "the name labels still have my deadname on them from the old order. new name is Alex. can you reprint?"),
    ("special_categories", "sensitive", "voicemail",
     "Hi, my name's Jo Whitlock. I'm a trans woman and the fitter at Eastfold kept calling me 'sir' while I was "
     "with my niece, even after I corrected her twice. I'd like someone to call me back, please."),
    ("special_categories", "sensitive", "dm",
     "my daughter came out as trans over the summer. she wants her labels to say Lily now. can you copy the old "
     "order with the new name? || Agent: Of course. What's the order number? || BK-309117. thank you for not making "
     "it weird"),
    ("special_categories", "sensitive", "review",
     "As a trans guy I was nervous getting my own trainers fitted at the Fit Van event, but the fitter was "
     "brilliant and totally normal about it. Recommend."),
    ("special_categories", "sensitive", "web_form",
     "Payment issue | Details: The name on my card is different to my account because I changed my name when I "
     "transitioned and the bank is still updating. Can the order go through anyway?"),
    ("special_categories", "sensitive", "in_app",
     "Profile > Gender says 'Female' and there's no other option. I'm genderqueer and would rather it said "
     "nothing. Can you remove it?"),
    ("special_categories", "sensitive", "email",
     "Hi, our daughter's genetic test came back showing she has the same hypermobility gene as me, so her ankles "
     "roll just like mine did. The consultant suggested a firm heel counter. Which Scramble shoe is stiffest at "
     "the back? Thanks, Anna"),
    ("special_categories", "sensitive", "chat",
     "lol we did one of those DNA ancestry kits at xmas and turns out we're 40% scandinavian, so the kids want the "
     "viking hoodies now || Agent: Ha, brilliant! The Viking hoodie is in the Adventure range. || adding 3 to "
     "basket"),
    ("special_categories", "sensitive", "agent_note",
     "Cust said genetic testing confirmed her son has Charcot-Marie-Tooth, same as his dad. Needs shoes that take "
     "orthotics and ankle support. Booked Fit Van with senior fitter."),
    ("special_categories", "sensitive", "sms",
     "the geneticist said the curly toe thing is inherited from my side so baby will probs need the wide fit too "
     "when she walks"),
    ("special_categories", "sensitive", "voicemail",
     "Hello, it's Fiona Grey. I tested positive for the BRCA2 gene and I'm having preventive surgery next week, "
     "so my sister's going to collect the school order. Her name's Carol. Thanks."),
    ("special_categories", "sensitive", "dm",
     "update on the account drama lol, the DNA test came back and he IS the dad, so he's paying for half the "
     "uniform now. can i add his card?"),
    ("special_categories", "sensitive", "review",
     "The fitter spotted that my son's feet were the same as mine, long and narrow. We both have the Marfan gene "
     "(confirmed by testing) so that's no surprise. She found him a shoe that fits perfectly. Great service."),
    ("special_categories", "sensitive", "call_transcript",
     "Agent: Hello, Bramblekin, Funmi speaking. || Caller: Hi, my daughter's results came back from the genetics "
     "team, it's confirmed Down's syndrome, and the physio says she needs supportive first shoes. || Agent: Our "
     "Scramble Firsts with the ankle collar are popular for that. I can book a senior fitter. || Caller: Yes "
     "please."),
    ("special_categories", "sensitive", "in_app",
     "Face login stopped recognising me after I shaved off my beard. How do I re-scan my face for the app?"),
    ("special_categories", "sensitive", "agent_note",
     "Cust's fingerprint wouldn't open KinLocker 3 at Lowbridge (cut on finger). Re-enrolled her left index "
     "finger at the service desk, parcel released."),
    ("special_categories", "sensitive", "chat",
     "your voice ID thing on the phone line won't recognise me, I've had a heavy cold all week || Agent: Sorry! "
     "I can verify you here instead. What's your postcode? || LB4 7QP || Agent: Thanks, verified. You can re-record "
     "your voiceprint when you're better."),
    ("special_categories", "sensitive", "email",
     "I'm closing my Bramble Club account. Please also delete the fingerprint you took for the locker at "
     "Carrowmoor and the face scan from when I set up app login. Confirm in writing please. || Agent: Both "
     "templates are deleted and the account closed; confirmation attached. || Thanks."),
    ("special_categories", "sensitive", "sms",
     "the locker took my thumbprint when i signed up but my husband needs to collect tomorrow, can i add his print?"),
    ("special_categories", "sensitive", "voicemail",
     "Hi, it's Rob Leach. I registered my palm scan at the Eastfold locker last month and now it won't open for "
     "me, keeps saying 'not recognised'. Can someone reset it?"),
    ("special_categories", "sensitive", "dm",
     "your camera at the pennick market door flagged me as a 'person of interest' and a guard followed me round. "
     "i've never stolen anything. why has your face recognition got my face on a list?"),
    ("special_categories", "sensitive", "web_form",
     "Form: Withdraw biometric consent | Name: Harriet Gale | Biometrics held: face template (app login), "
     "fingerprint (Eastfold locker) | Request: delete both and revert me to PIN."),
    ("special_categories", "benign", "email",
     "Good morning, St Aldric's Catholic Primary office here. Could you update the crest on our jumpers to the "
     "diocese's new version? The artwork is attached. Please hold current stock until it's approved. Thank you, "
     "School Office"),
    ("special_categories", "benign", "chat",
     "general question, do you sell plain school headscarves in uniform colours, like hijab-style? a few people at "
     "our school gate were asking || Agent: Yes, we stock jersey headscarves in navy, black, grey and maroon. || "
     "great, I'll pass it on"),
    ("special_categories", "benign", "sms",
     "Are you open on Christmas Eve and Boxing Day? Need to swap a coat"),
    ("special_categories", "benign", "agent_note",
     "Al-Noor Academy business manager confirmed PO for 120 PE tops, teal with white crest. Delivery before "
     "4 Sept. Invoice to School Desk AN-0210."),
    ("special_categories", "benign", "voicemail",
     "Hello, this is Rabbi Stern's secretary at the Beth Tikvah youth club. We'd like 40 hoodies printed with our "
     "youth club logo for the summer camp. Please call the office. Thank you."),
    ("special_categories", "benign", "review",
     "Holy moly these trousers are tough. Four months of playground and not a single hole. Worth every penny."),
    ("special_categories", "benign", "dm",
     "is the easter sale online too or just in the shops? || "
     "Agent: Both, same prices online and in store."),
    ("special_categories", "benign", "in_app",
     "The angel wings costume says 'in stock' but won't add to basket. Tried on two phones."),
    ("special_categories", "benign", "web_form",
     "Question: Do you close the shops on Sundays, or just shorter hours? Your Google listing and website say "
     "different things."),
    ("special_categories", "benign", "email",
     "Hi, do you sell tights in a range of skin tones, or just 'natural' and black? Asking before I place a bulk "
     "order for our dance school. || Agent: We do five shades, from Ivory to Espresso, all in packs of 3. || "
     "Great, I'll order a mix."),
    ("special_categories", "benign", "chat",
     "when's black friday this year and does it include school shoes? || Agent: Black Friday runs the full weekend "
     "and yes, school shoes are 20% off. || nice"),
    ("special_categories", "benign", "sms",
     "Can your labels do accents like é and ñ? Checking before I order"),
    ("special_categories", "benign", "agent_note",
     "Cresswell Green ordered 200 Black History Month display badges for staff and pupils, school logo + theme "
     "wording. Proof sent to office."),
    ("special_categories", "benign", "voicemail",
     "Hi, it's Lena from the Polish Saturday School at St Anne's hall. We'd like embroidered sweatshirts with the "
     "school's eagle logo, about 50. Could you call me back?"),
    ("special_categories", "benign", "review",
     "Great selection of black school shoes in every width. The Court Classic in black patent is gorgeous."),
    ("special_categories", "benign", "dm",
     "is your size chart UK or EU? the numbers don't match what i'm used to || "
     "Agent: UK, but each product page has an EU conversion under Size Help."),
    ("special_categories", "benign", "in_app",
     "Could the app be available in other languages? Polish, Urdu and Romanian would help loads of families "
     "round here."),
    ("special_categories", "benign", "web_form",
     "Question: Are the satin-lined winter hats made in the same factory as the rest of the range? Looking for "
     "a supplier statement for a buying guide."),
    ("special_categories", "benign", "email",
     "Dear Bramblekin, our school council is holding its elections next month. Could we order 30 rosettes with "
     "'Vote for me!' and the school crest? Regards, Hollins Park Office || Agent: Absolutely, rosettes are £1.50 "
     "each. || Perfect, please invoice the School Desk account."),
    ("special_categories", "benign", "chat",
     "hey is the lowbridge shop open on polling day? the school next door is a polling station and the car park "
     "gets closed || Agent: Yes, open as usual, but parking's easier at the multi-storey that day. || cheers"),
    ("special_categories", "benign", "sms",
     "How do I vote in your 'pick next year's puddle coat colour' poll? Link in the email is broken"),
    ("special_categories", "benign", "agent_note",
     "Carrowmoor Town Council ordered 6 adult hi-vis tabards embroidered 'School Crossing Patrol'. Invoice to "
     "council finance dept."),
    ("special_categories", "benign", "voicemail",
     "Hello, I'm calling from the borough council's communications team. We're doing a shop-local campaign and "
     "wondered if Bramblekin would like to be featured. Ring me back on 07700 900502."),
    ("special_categories", "benign", "review",
     "The Party range is fab, ordered the glitter dress for a fancy-dress do and it was the hit of the night."),
    ("special_categories", "benign", "dm",
     "at a conservative estimate i've bought 40 of your name labels this year and not one has fallen off"),
    ("special_categories", "benign", "in_app",
     "The 'Go Green' filter for recycled fabrics doesn't filter anything, all products still show."),
    ("special_categories", "benign", "web_form",
     "Question: Does Bramblekin have a policy on political campaign posters in shop windows? A few local groups "
     "have asked our residents' association."),
    ("special_categories", "benign", "email",
     "Hello, I'm the secretary of the Lowbridge NEU branch. We'd like 60 tote bags with our branch logo for the "
     "members' conference in March. Could you quote? || Agent: Happy to, navy or natural canvas? || Natural, "
     "one-colour print please."),
    ("special_categories", "benign", "chat",
     "will the postal strike hold up my label order? || Agent: We use a private courier, so no. || phew"),
    ("special_categories", "benign", "sms",
     "Are the Strike trainers back in white yet? || "
     "Agent: Not yet, expected mid-month."),
    ("special_categories", "benign", "agent_note",
     "Lowbridge College Students' Union ordered 100 embroidered hoodies for the freshers' team. Artwork approved, "
     "despatch 10 working days."),
    ("special_categories", "benign", "voicemail",
     "Hi, I'm ringing from the Union Street Traders, we're the shops on Union Street next to your Eastfold branch. "
     "There's a street party in July and we'd love you to join. Thanks."),
    ("special_categories", "benign", "review",
     "Union Jack socks arrived in time for the street party. Good quality, bright colours, washed well."),
    ("special_categories", "benign", "dm",
     "are you open during the rail strike next week? want to come in from carrowmoor || "
     "Agent: Yes, all branches open as usual."),
    ("special_categories", "benign", "in_app",
     "Paying with my credit union debit card gets rejected every time. Other cards work fine."),
    ("special_categories", "benign", "web_form",
     "Organisation: Eastfold Trades Council | Request: quote for 200 printed hi-vis vests for the May Day "
     "family fun run (adult sizes) | Contact: events@example.org"),
    ("special_categories", "benign", "email",
     "Hi, is the Rainbow Stripe range coming back for summer? It sold out really fast last year. || Agent: Yes, "
     "it relaunches in May with two new prints. || Ooh, I'll keep an eye out."),
    ("special_categories", "benign", "chat",
     "are you doing a pride window display again this year? our shop next door wants to match || Agent: We are! "
     "The Lowbridge team start dressing it on the 28th. || amazing"),
    ("special_categories", "benign", "sms",
     "Do the straight leg school trousers come in a short length or only regular?"),
    ("special_categories", "benign", "agent_note",
     "Eastfold Pride committee ordered 150 rainbow lanyards and 40 volunteer T-shirts (adult). Paid by card, "
     "delivery to community centre."),
    ("special_categories", "benign", "voicemail",
     "Hi, Mark from Hartley & Sons. My business partner and I run the shoe repair place by your Carrowmoor store. "
     "We'd like to talk about a referral deal. Cheers."),
    ("special_categories", "benign", "review",
     "Queen Bee hoodie is the softest thing I've ever bought from a kids' shop. Lovely embroidery."),
    ("special_categories", "benign", "dm",
     "do you have bi-colour laces? saw them on a post but can't find them || "
     "Agent: They're under Accessories > Laces, in six combos."),
    ("special_categories", "benign", "in_app",
     "The 'Mini Me' matching sets disappear when I filter by 'Family'. Bug?"),
    ("special_categories", "benign", "web_form",
     "Question: Does Bramblekin have an inclusive marketing policy? We're a media studies class at Lowbridge "
     "College comparing how local retailers show families in adverts."),
    ("special_categories", "benign", "email",
     "Hello, our school is moving to a gender-neutral uniform policy from September, so trousers, skirts and "
     "pinafores available to everyone. Can the School Desk listing drop 'boys'/'girls' labels? Regards, Meadowbank "
     "Primary || Agent: Yes, I'll retitle your items as 'trousers', 'skirt' etc. || Thank you."),
    ("special_categories", "benign", "chat",
     "are your school trousers unisex or is there a separate cut? || Agent: There are two cuts, straight and "
     "slim, and anyone can wear either. || helpful, ta"),
    ("special_categories", "benign", "sms",
     "Is the trans-seasonal jacket warm enough for winter or more of a spring thing? || "
     "Agent: It's a light layer, best for spring and autumn. The Puddleproof is the winter one."),
    ("special_categories", "benign", "agent_note",
     "Hollins Park ordered 45 staff pronoun pin badges (she/her, he/him, they/them) for their staff inclusion "
     "training day. Plain navy with white text."),
    ("special_categories", "benign", "voicemail",
     "Hi, it's the office at Ashby Vale. We're in the middle of our transition to the new supplier model and need "
     "the updated uniform price list by Friday, please."),
    ("special_categories", "benign", "review",
     "Love that the website now shows uniform as just 'trousers' and 'skirts' without boys and girls tabs. Much "
     "simpler to shop."),
    ("special_categories", "benign", "dm",
     "why is the title dropdown only Mr Mrs Miss Ms? would be nice to have Mx and Dr || "
     "Agent: Good shout, both are being added in the next site update."),
    ("special_categories", "benign", "in_app",
     "The 'Gender' filter on the shoes page hides half the unisex styles. Could it just be removed?"),
    ("special_categories", "benign", "web_form",
     "Question: Can schools choose which fit names appear on their School Desk page? Our governors want neutral "
     "wording on everything."),
    ("special_categories", "benign", "email",
     "Hi, I'd love to order the Family Tree embroidery kit as a gift but can't see how many names it fits. || "
     "Agent: Up to 12 leaves, each with a short name. || Perfect, ordering now."),
    ("special_categories", "benign", "chat",
     "is any of your cotton genetically modified? looking for a GM-free supplier for a school eco project || "
     "Agent: Our organic lines are certified non-GM; standard lines aren't guaranteed. || ok useful thanks"),
    ("special_categories", "benign", "sms",
     "Good genes, good jeans lol. Your stretch denim pull-ons are fab, any more colours coming?"),
    ("special_categories", "benign", "agent_note",
     "Ashby Vale science club ordered 25 'DNA Detectives' T-shirts with a double-helix print for their STEM "
     "week. Artwork approved."),
    ("special_categories", "benign", "voicemail",
     "Hi there, this is Nadia from a marketing agency. We're pitching a rebrand idea about the DNA of Bramblekin, "
     "heritage and craft. Who's the right person to speak to?"),
    ("special_categories", "benign", "review",
     "The Heritage Fit blazer is beautifully tailored. Proper lining, reinforced cuffs. Worth the extra money."),
    ("special_categories", "benign", "web_form",
     "Question: Is the twin pack of polo shirts the same price per shirt as buying singles? The website shows "
     "different savings on different pages."),
    ("special_categories", "benign", "in_app",
     "The 'Ancestry Crest' personalised jumper preview won't load the crest image, just shows a grey box."),
    ("special_categories", "benign", "email",
     "Hello, do your collection lockers use fingerprints, or just a code? Our office manager wants to know before "
     "we suggest them to staff. || Agent: They offer both; a code is the default and fingerprint is optional. "
     "|| Good to know, thanks."),
    ("special_categories", "benign", "chat",
     "do you store any biometric data on customers? writing a privacy comparison for a parenting blog || Agent: "
     "Only if a customer opts in for fingerprint lockers or face login, and it can be deleted anytime. Our "
     "privacy notice has details. || thanks, that's clear"),
    ("special_categories", "benign", "sms",
     "Is the Fingerprint Art T-shirt kit back? The one with the ink pads and plain tees"),
    ("special_categories", "benign", "agent_note",
     "Cust asked if the app will get Face ID login. Logged as feature request FR-221. No personal details."),
    ("special_categories", "benign", "voicemail",
     "Hi, it's Sunnyside Nursery. We want to order the Palm Print Party pack for our open day craft table, the "
     "big one with fabric paint. Thanks!"),
    ("special_categories", "benign", "review",
     "The face-paint party bags were a hit at our summer fair stall. Good value for 20."),
    ("special_categories", "benign", "dm",
     "can i order through alexa or google home? would be handy for reordering labels || "
     "Agent: Not yet, but reorder-in-one-tap is in the app under Past Orders."),
    ("special_categories", "benign", "in_app",
     "Any plans for passkey login instead of passwords? I keep getting locked out after resets. || "
     "Agent: Passkeys are planned for spring. Meanwhile, I've unlocked your account."),
]


def rill_examples() -> list[dict]:
    """The rill split as labelled tickets (same shape as ``sensitive_eval.build_eval_set``'s)."""
    return stranger_examples("rill", ENTRIES, SUBJECTS)
