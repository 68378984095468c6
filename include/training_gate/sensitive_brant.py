"""brant split: written by a helper who had not seen the detection rules, the anchors or any other split.
Setting: Hollins Pharmacy, a community pharmacy chain with prescription delivery, repeat prescriptions, delivery
slots, over-the-counter orders, flu jabs and travel vaccines booked online, a photo and gift counter, a loyalty
card and app accounts; registers are email, chat, sms, call, note, form, review, voicemail, dm.
The benign half orders and asks about medicines, baby goods and gifts as products, books clinics in general terms,
has organisations (schools, mosques, union branches, solicitors, funeral directors) acting as organisations, and
uses idioms, brand names, branch names and agent boilerplate that sound sensitive but reveal nothing about anyone.
70 sensitive and 70 benign tickets for special categories, 50 and 50 for children, 20 and 20 for financial hardship,
15 and 15 for health, legal, bereavement and violence and self-harm.
First reading (policy 2026.11.24.7, after it was final; `sensitive_eval.evaluate`, as `make eval-sensitive`):
92.0 / 0.5 recall / false exclusion in % as shipped, 93.0 / 4.0 without the overruling,
89.5 / 3.5 by the rules alone. Waits for the next round (tuned and trained on after this reading)."""

from __future__ import annotations

from training_gate.sensitive_blind import stranger_examples

SUBJECTS: tuple[str, ...] = (
    "Repeat prescription not delivered",
    "Change my delivery slot",
    "Loyalty card points missing",
    "Flu jab appointment",
    "Travel vaccine booking",
    "Can't log in to the Hollins app",
    "Photo order problem",
    "Gift counter order",
    "Over-the-counter order arrived damaged",
    "Update my account details",
    "Refund not received",
    "Feedback about a branch",
    "Stock question",
    "Cancel my order",
)

ENTRIES: list[tuple[str, str, str, str]] = [
    # ---- health
    ("health", "sensitive", "email",
     "Hello, could you move my delivery from Tuesday 14th to the Monday before? I'm having my knee replaced at "
     "St Aldhelm's on the 14th and there will be nobody at home to sign for it. Order HP-40917. Thanks, Derek Quaile"),
    ("health", "sensitive", "chat",
     "hiya, tracking says my parcel was delivered but it's not here || Agent: Sorry about that! Can you check "
     "with neighbours or any safe place the driver might have used? || it's my sertraline so I really can't go "
     "the weekend without it, I've only got two left"),
    ("health", "sensitive", "note",
     "Cust (Mr B. Oduya) on phone asking to add test strips to his wife's repeat, she was diagnosed type 2 "
     "diabetic last week. Advised the surgery has to add them to the repeat first. Call back promised Thurs."),
    ("health", "sensitive", "sms",
     "hi can ur driver leave it with no 14 downstairs pls, im on crutches since the fall and cant do the stairs "
     "to the door"
     " || Agent: Done, I've added 'leave with flat 14 downstairs' to your delivery notes."),
    ("health", "sensitive", "voicemail",
     "Hi, this is Marguerite Fell, account ending 2281. My methotrexate still hasn't come and I've got my "
     "chemo review on Friday, so I need to know if it's coming tomorrow. Please ring me on 07700 900412."),
    ("health", "sensitive", "form",
     "Name: Anya Sorell | Branch: Kettleby | Question: I'm 20 weeks pregnant and the hay fever is awful, "
     "which of the tablets on your website would I be OK to take? | Preferred contact: email"),
    ("health", "sensitive", "review",
     "Five stars for the Marlow Green pharmacist. I came in shaking and crying in the middle of a panic attack "
     "and she sat me in the consultation room until it passed. Didn't even rush me. Thank you Priya."),
    ("health", "sensitive", "call",
     "Customer: I'd like to book the flu jab at the Holt Road branch. || Agent: No problem, Saturday morning "
     "is free. || Customer: Lovely. Is it all right to have it with MS? I'm on ocrelizumab infusions every six "
     "months. || Agent: The pharmacist will go through that with you before the jab."),
    ("health", "sensitive", "chat",
     "hello, my father he has the dementia now and he forget always to order his tablets. can i manage his "
     "repeat from my app account? || Agent: Yes, you can add him as a linked person with his consent or a "
     "power of attorney."),
    ("health", "sensitive", "dm",
     "@HollinsPharmacy third day waiting on my inhalers now. my asthma has been awful this week and the "
     "tracking just says 'processing'. order HP-51220"
     " || Agent: Sorry for the wait, I've chased the branch and it'll be on tomorrow's first van."),
    ("health", "sensitive", "email",
     "I'm booking the yellow fever vaccine for a trip to Ghana in May. Before I pay, can you confirm whether "
     "being HIV positive rules it out? My viral load is undetectable and my consultant is happy. Thanks, Rob"),
    ("health", "sensitive", "note",
     "Driver reports the customer at 22 Orchard Rise is a wheelchair user and can't get to the front gate. "
     "Delivery notes updated: bring parcel to the side door and knock loudly."),
    ("health", "sensitive", "chat",
     "just out of hospital after my appendix burst, can i switch to delivery for the next month? walking to "
     "the branch isnt happening || Agent: Of course, I've set your account to home delivery until 30 June."),
    ("health", "sensitive", "email",
     "Quick question about loyalty points. I've been buying a lot of the meal replacement shakes since I "
     "started at the eating disorder clinic and only about half the purchases show points. Card 6021 4410."),
    ("health", "sensitive", "form",
     "Customer name: Idris Tanaka | Order: HP-38814 | Issue: the lamotrigine for my partner's epilepsy came in "
     "the 25mg strength instead of 100mg, she takes it twice a day so we need the right ones before Sunday"),
    ("health", "benign", "email",
     "Hi, do you deliver the 32-pack of paracetamol or is that only sold over the counter in store? The website "
     "lets me add it to the basket but then says 'unavailable for delivery'. Happy to get two 16s instead."),
    ("health", "benign", "chat",
     "Can I move order HP-40211 from the Thursday evening slot to Friday morning? || Agent: Done, it's now "
     "booked for Friday 8am to 12pm. || Great, cheers."),
    ("health", "benign", "form",
     "Name: Colm Reddy | Branch: Kettleby | Question: what times does the walk-in flu clinic run this autumn, "
     "and is it weekends as well as weekdays?"),
    ("health", "benign", "review",
     "Quick delivery and well packed. The sun cream and the plasters arrived in a padded bag and the driver "
     "texted ten minutes before. Would order again."),
    ("health", "benign", "call",
     "Customer: How much is the travel vaccine consultation? || Agent: The consultation is twelve pounds and "
     "that's taken off if you go ahead with any vaccines. || Customer: Is that per person or per booking?"),
    ("health", "benign", "sms",
     "HOLLINS: Your order HP-55012 is ready to collect from Marlow Green. Bring this text or your app QR code. "
     "We'll hold it for 14 days."),
    ("health", "benign", "note",
     "Stock check: Hayfree 24hr tablets out at Marlow Green. 40 packs transferred from the Leighford depot, "
     "due Wednesday. Shelf label updated."),
    ("health", "benign", "dm",
     "honestly sick to death of the app logging me out every time I switch phones, is there a fix coming?"
     " || Agent: A fix is in the next update; until then, tick 'remember this device' at login."),
    ("health", "benign", "email",
     "Good morning, I'm the purchasing officer at Fernleigh Business Park. We'd like a quote for 60 bottles of "
     "the 500ml hand gel and 10 wall dispensers, delivered to reception. Invoice to the facilities account."),
    ("health", "benign", "chat",
     "Is the Migraine Relief Express tablet the same thing as your own-brand one? The price difference is "
     "huge || Agent: Same active ingredient and strength, the own-brand is just packaged differently."),
    ("health", "benign", "voicemail",
     "Hi, I saw the first aid course poster in the window at Holt Road. Is that open to members of the "
     "public or just staff, and how do I sign up? Thanks, bye."),
    ("health", "benign", "form",
     "Product enquiry | Item: upper-arm blood pressure monitor BP-200 | Question: is this in stock for delivery "
     "and does it come with batteries?"
     " || Agent: Yes, it's in stock for next-day delivery and the batteries are included."),
    ("health", "benign", "chat",
     "General question, not urgent: is it OK to take ibuprofen and paracetamol together, or do you space them "
     "out? || Agent: For most adults they can be taken together, but do read the leaflet or ask a pharmacist."),
    ("health", "benign", "chat",
     "Has my order been dispatched yet? It's HP-47730. || Agent: For your privacy we can't discuss the "
     "contents of prescription orders over chat, but I can confirm HP-47730 left the depot this morning."),
    ("health", "benign", "review",
     "It was mental in the Leighford branch at 9am, twenty people in the queue and one till open. Staff were "
     "lovely about it but you need more people on Saturdays."),
    # ---- legal
    ("legal", "sensitive", "email",
     "Dear Hollins, my solicitor has asked me to get copies of my dispensing records for 2022 to 2024 for my "
     "personal injury claim against my former employer. What's the process and how long does it take? Kind "
     "regards, Lorna Pike"),
    ("legal", "sensitive", "chat",
     "I need to change the delivery address on my account || Agent: Sure, what's the new one? || Flat 3, "
     "19 Cable Street. I moved out once the divorce petition was served so please don't send anything to the "
     "old house any more."),
    ("legal", "sensitive", "note",
     "Cust can't collect Thursday, says he's at Leighford magistrates for the drink-driving charge. Gave "
     "verbal authority for his brother Sean to collect. Noted on account."),
    ("legal", "sensitive", "voicemail",
     "Hi, it's Jo at 6 Mill Lane. Sorry I missed the driver, the police were round taking my statement about "
     "the burglary and I didn't hear the door. Can he come back tomorrow?"),
    ("legal", "sensitive", "form",
     "Delivery instructions: please do NOT deliver to 4 Beech Lane under any circumstances. My ex lives there "
     "and there's a non-molestation order in place. Use 11 Ferry Road only."),
    ("legal", "sensitive", "dm",
     "got arrested sat night (all sorted now, no charge) but they kept my phone till monday so i couldnt get "
     "the app login code. can u reset it"
     " || Agent: Reset link sent to the email on the account, it's valid for an hour."),
    ("legal", "sensitive", "email",
     "Your delivery van took my wing mirror off on Elm Walk last Tuesday. I've instructed Ms Achterberg at "
     "Hale Corbin Solicitors and she will be writing to you about the claim. Reg of the van is on the photo."),
    ("legal", "sensitive", "call",
     "Customer: Can I have the earliest slot you've got? || Agent: There's 6 to 9pm or 8 to 12 in the "
     "morning. || Customer: Morning. I'm on an electronic tag with a 7pm curfew till March so I can't risk the "
     "evening one."),
    ("legal", "sensitive", "chat",
     "my probation officer wants proof I'm collecting my script from you every week, can you print some sort "
     "of record? || Agent: We can provide a collection history letter if you come into the branch with ID."),
    ("legal", "sensitive", "review",
     "One star. The new manager at Holt Road recognised me from the paper and refused to serve me because of "
     "my conviction from 2016. I've done my time. Absolutely disgraceful."),
    ("legal", "sensitive", "note",
     "Account holder Mrs K. Danvers asked that no info be given to her ex-husband; custody hearing is on the "
     "9th and she thinks he'll try to get her address through us. Password added to account."),
    ("legal", "sensitive", "sms",
     "tues no good its my court date for the shoplifting thing. wed instead pls, any time"
     " || Agent: No problem, moved to Wednesday, any time 8am to 8pm."),
    ("legal", "sensitive", "email",
     "For your records, I have lodged an employment tribunal claim against Hollins Pharmacy over my dismissal "
     "from the Kettleby branch. My union-appointed representative will contact HR. Gareth Blanchflower"),
    ("legal", "sensitive", "form",
     "Request type: CCTV footage | Date: 3 May, approx 4.15pm, Marlow Green | Reason: my bag was stolen at the "
     "till, police crime reference 14/99281/24, the officer asked me to request it"),
    ("legal", "sensitive", "chat",
     "please change my password quick. my husband lawyer say I must not have contact with him now but he is "
     "still having my login and he see my orders || Agent: I've locked the account and sent a reset link to "
     "your email only."),
    ("legal", "benign", "email",
     "Hello, Pemberton & Vale Solicitors would like to order six workplace first aid kits and two eyewash "
     "stations for our new office on Quay Street. Please invoice the firm; PO number PV-2219."),
    ("legal", "benign", "chat",
     "What's Hollins' full registered company name and address? Our accounts team needs it on the supplier "
     "form || Agent: It's Hollins Pharmacy Ltd, registered office 1 Tanner's Yard, Leighford."),
    ("legal", "benign", "form",
     "Enquiry: please can you email me a copy of the current loyalty card terms and conditions? The link in "
     "the app footer gives a 404."
     " || Agent: Thanks for flagging it. I've emailed the T&Cs and reported the broken link."),
    ("legal", "benign", "review",
     "Forty minutes on hold to change a delivery slot. Criminal. The actual agent was great when I got "
     "through but the wait is a joke."),
    ("legal", "benign", "note",
     "Case CS-22817 closed. Refund of £8.60 issued for the faded photo prints, customer happy with reprint "
     "offer as well."),
    ("legal", "benign", "call",
     "Customer: Am I legally allowed to buy three packs of paracetamol in one go? || Agent: The limit is two "
     "packs per transaction, that's the law on pack sales. || Customer: Fair enough, two then."),
    ("legal", "benign", "sms",
     "Hollins Pharmacy Ltd, reg. in England no. 00000000. Reply STOP to stop marketing texts. Standard network "
     "rates apply."),
    ("legal", "benign", "dm",
     "does the Court Street branch shut at 5 or 5.30 on saturdays? google says one thing, your site another"
     " || Agent: 5.30 on Saturdays, we've asked Google to update the listing."),
    ("legal", "benign", "email",
     "I manage the front desk at Leighford Police Station. We'd like to set up a business account for hand "
     "sanitiser, tissues and paper cups, monthly delivery. Who should I speak to?"),
    ("legal", "benign", "chat",
     "Can my colleague pick up my photo order for me? || Agent: Yes, just give her the order number and a "
     "short note with your signature, or forward her the collection QR code."),
    ("legal", "benign", "voicemail",
     "Morning, this is Harriet from Dunmore Law. We want to book the corporate flu jab visit for our office "
     "again this year, about twenty staff. Could someone call me back on 07700 900137?"),
    ("legal", "benign", "form",
     "Data protection question: how long do you keep order history on an app account after it's closed? "
     "Just want to understand the policy before I sign up."),
    ("legal", "benign", "note",
     "Price-match request refused under policy section 4.2: competitor price was online-only and excluded "
     "delivery. Customer informed politely."),
    ("legal", "benign", "review",
     "The gift counter perfume set at half price was an absolute steal. Wrapped beautifully too."),
    ("legal", "benign", "chat",
     "Could the photo counter print an A2 poster for the Riverside library's mock trial evening? It's a "
     "public event || Agent: Yes, A2 poster prints are £9.99, upload the file and choose Holt Road."),
    # ---- bereavement
    ("bereavement", "sensitive", "email",
     "Please cancel all repeat prescriptions for my mother, Iris Penhallow, account 30-7719. She passed away "
     "on Sunday at home. I'll bring the unused items back to Holt Road next week. Martin Penhallow"),
    ("bereavement", "sensitive", "chat",
     "can loyalty points be moved from one card to another? || Agent: Usually only between cards in the same "
     "household, what's the situation? || my husband died in june and his card has about 4,000 points on it, "
     "seems a shame to waste them"),
    ("bereavement", "sensitive", "note",
     "Driver was told by a neighbour that Mr Pellow at 3 Stile Cottages died last week. Deliveries suspended "
     "and account passed to the bereavement team to contact next of kin."),
    ("bereavement", "sensitive", "voicemail",
     "Hello, it's Dawn Ricketts. We lost Dad at the weekend and there's still a full box of his tablets from "
     "you in the kitchen. How do we return them safely? Thanks, you can ring me on 07700 900588."),
    ("bereavement", "sensitive", "sms",
     "pls stop the reminder texts for Ellen Marsh, she died in march and its upsetting getting them every week"
     " || Agent: I'm very sorry for your loss. The reminders for Ellen have been stopped."),
    ("bereavement", "sensitive", "form",
     "Photo service: restoration | Notes: this is the only decent picture of my brother Kieran, we need it "
     "cleaned up and printed A5 for the order of service at his funeral on the 22nd. Rush if possible."),
    ("bereavement", "sensitive", "review",
     "The Kettleby team sent a handwritten card after Nan's funeral. She'd been going there for thirty years. "
     "Small thing but it meant the world to all of us."),
    ("bereavement", "sensitive", "call",
     "Customer: I need to close an app account but it's not mine. || Agent: Is the account holder able to "
     "give consent? || Customer: No, it's my wife's. She passed in February. I've got the death certificate "
     "if you need it."),
    ("bereavement", "sensitive", "dm",
     "just got a flu jab reminder from you for my partner who died 2 months ago. please take him off your "
     "system, not what i needed today"
     " || Agent: I'm so sorry. I've removed his details from all reminders today."),
    ("bereavement", "sensitive", "email",
     "Hi, I'd like the weatherproof photo plaque from the gift counter, engraved 'Love always, Bea'. It's "
     "going on my sister's grave so it needs to survive outdoors. Order HP-61120."),
    ("bereavement", "sensitive", "chat",
     "hello, my grandfather he die last month in Poland and I travel there for the funeral tomorrow. please "
     "hold my delivery two weeks || Agent: I'm so sorry for your loss. I've paused deliveries until the 18th."),
    ("bereavement", "sensitive", "note",
     "Customer collecting on behalf of her late husband. Showed death certificate. Remaining items in the "
     "bag returned for destruction; account closed at her request."),
    ("bereavement", "sensitive", "voicemail",
     "Hi, can you cancel tomorrow's slot? My partner's dad died suddenly on Thursday so we're staying at her "
     "mum's in Kettleby for a while. I'll rebook when we're home."),
    ("bereavement", "sensitive", "chat",
     "sorry for the late reply, been sorting my uncle's funeral all week || Agent: No need to apologise. "
     "Shall I keep your photo order on hold? || yeah please"),
    ("bereavement", "sensitive", "form",
     "Account closure | Reason: account holder deceased | Details: my father, Gerald Ainsworth, died on "
     "4 April. I'm the executor. Please refund the remaining delivery subscription to his estate."),
    ("bereavement", "benign", "sms",
     "phone's nearly dead so I'll just collect tomorrow instead, order HP-58832, thanks"),
    ("bereavement", "benign", "email",
     "When's the deadline for ordering personalised Christmas photo gifts? Last year I left it too late and "
     "missed the mugs."),
    ("bereavement", "benign", "email",
     "Hello, Oakes & Daughter Funeral Directors would like to open a trade account for hand gel, tissues and "
     "disposable gloves for our premises on Bridge Street. Monthly delivery would suit us."),
    ("bereavement", "benign", "chat",
     "Does the gift counter sell sympathy and condolence cards or only birthday ones? || Agent: We stock a "
     "small range of occasion cards, including sympathy, in the larger branches."),
    ("bereavement", "benign", "review",
     "The app is dead slow since the update. Takes ages to load my points and crashes when I open the shop."),
    ("bereavement", "benign", "dm",
     "my loyalty points just died on me?? had 900 yesterday, zero today. did they expire or is it a bug"
     " || Agent: They expired on the 1st after twelve months without a purchase, sorry."),
    ("bereavement", "benign", "note",
     "Legacy app version 3.x discontinued from 1 June. Customers on old versions get a forced update prompt."),
    ("bereavement", "benign", "chat",
     "I've lost my loyalty card, can I get a new one without losing the points? || Agent: Yes, request a "
     "replacement in the app and the balance moves over automatically."),
    ("bereavement", "benign", "form",
     "Photo order HP-60017 | Problem: my print of the old lighthouse at Sandlow came out very faded on the "
     "left side. Can it be reprinted?"),
    ("bereavement", "benign", "sms",
     "Is the Memorial Park branch open on the bank holiday Monday? Need to pick up a parcel."
     " || Agent: Yes, 10 till 4 on the bank holiday."),
    ("bereavement", "benign", "email",
     "I'm on the fundraising team at Greyfriars Hospice. Would Hollins donate a hamper or voucher as a raffle "
     "prize for our summer fair on 12 July? Happy to put your logo on the programme."),
    ("bereavement", "benign", "dm",
     "RIP my bank balance after your gift counter half price sale lol"),
    ("bereavement", "benign", "call",
     "Customer: Are the discontinued perfume sets just dead stock now? || Agent: They're going into the "
     "clearance section next week at sixty percent off. || Customer: Brilliant, I'll look out for that."),
    ("bereavement", "benign", "form",
     "Gift counter engraving | Item: silver locket | Text: 'Forever Yours, 10 years' | Collection: Kettleby"),
    ("bereavement", "benign", "voicemail",
     "Hi, the courier left my parcel by the cemetery gates on Holt Road instead of at number 41 across the "
     "street. I found it but it was soaked. Could someone call me back?"),
    # ---- violence and self-harm
    ("violence_self_harm", "sensitive", "form",
     "Collection authority | Please remove Liam Drury as an authorised collector. He has been hitting me and "
     "he knows I collect from Kettleby on Fridays. Do not tell him anything about my account."),
    ("violence_self_harm", "sensitive", "chat",
     "can the driver not leave parcels on the doorstep anymore? || Agent: Sure, would you prefer a neighbour "
     "or a collection point? || collection point. someone has been following me home for weeks and i dont "
     "want him seeing stuff with my name on it"),
    ("violence_self_harm", "sensitive", "note",
     "Customer said on the phone that if her delivery was late again she'd 'just take the whole lot' of her "
     "tablets. Escalated under safeguarding, duty pharmacist rang her back within 10 mins."),
    ("violence_self_harm", "sensitive", "dm",
     "your driver called me a slur and shoved me into the door frame when i asked him to wait while i found "
     "my glasses. reg ends 7KD. i want this dealt with"),
    ("violence_self_harm", "sensitive", "email",
     "A member of staff at Marlow Green saw my name on my order and has been messaging me on Instagram ever "
     "since, including at 2am, even after I blocked him and he made a new account. Please make it stop."
     " || Agent: Thank you for telling us. This has gone to our people team and the branch manager today."),
    ("violence_self_harm", "sensitive", "voicemail",
     "Hi, I need my delivery sent to my sister's for now. I've been getting calls saying they'll burn the "
     "house down with me in it so I'm not staying there. Call me on 07700 900264."),
    ("violence_self_harm", "sensitive", "sms",
     "dont send the big paracetamol packs anymore, ive been hurting myself again and my counsellor says not "
     "to keep lots in the house"),
    ("violence_self_harm", "sensitive", "call",
     "Customer: I just want to report something I saw at Leighford this morning. || Agent: Go ahead. || "
     "Customer: A man punched your pharmacist in the face over the counter because he was told to wait. "
     "She was bleeding. I hope she's OK."),
    ("violence_self_harm", "sensitive", "chat",
     "just cancel all of it, i wont need any of it || Agent: Can I ask if something has gone wrong with the "
     "order? || no. honestly dont see the point in anything anymore. wont be here next week"),
    ("violence_self_harm", "sensitive", "review",
     "Went to query a refund and the manager screamed in my face and grabbed my arm hard enough to bruise. "
     "In front of other customers. Never again."),
    ("violence_self_harm", "sensitive", "note",
     "Cust disclosed partner controls her money and checks her phone. Asked that we only contact her through "
     "the branch, never by text. Flag added, staff briefed."),
    ("violence_self_harm", "sensitive", "form",
     "Change of address | New address: supplied separately by phone | Note: I've moved into a refuge. Please "
     "don't share the address with anyone who calls claiming to be family."),
    ("violence_self_harm", "sensitive", "chat",
     "sorry I cannot come to shop this week, my neighbor he attack me with a bottle on Saturday and I have "
     "stitches in my head || Agent: I'm so sorry. I'll switch this week's order to delivery for you."),
    ("violence_self_harm", "sensitive", "email",
     "I'm worried about my mum, Edna Crowe on Lark Rise. Her carer intercepts her deliveries, shouts at her "
     "and I've seen bruises on her wrists. Who at Hollins can I talk to about this?"),
    ("violence_self_harm", "sensitive", "dm",
     "cut myself again last night, can you deliver more of the big dressings today? the ones from last week "
     "are gone"
     " || Agent: I can get them out today. Would it be OK for our pharmacist to give you a call too?"),
    ("violence_self_harm", "benign", "dm",
     "this delivery window is killing me, 7am to 7pm?? can you not narrow it down at all"
     " || Agent: You'll get a one-hour window by text on the morning of delivery."),
    ("violence_self_harm", "benign", "chat",
     "Do you stock personal attack alarms, the keyring type? || Agent: Yes, the Safeguard keyring alarm is "
     "£6.99 and in stock at most branches."),
    ("violence_self_harm", "benign", "email",
     "The 'SMASHTHEPRICE' code from your email won't apply at checkout. It says expired but the email said "
     "valid until Sunday."),
    ("violence_self_harm", "benign", "sms",
     "Can I just walk in for a flu shot at Holt Road or does it have to be booked?"),
    ("violence_self_harm", "benign", "review",
     "The new app update is an absolute car crash. Can't find the photo section anywhere now. Bring back the "
     "old menu."),
    ("violence_self_harm", "benign", "note",
     "Phishing texts impersonating Hollins reported in the Leighford area, asking for card details for a "
     "'missed delivery'. Advise customers not to click links."),
    ("violence_self_harm", "benign", "email",
     "Your competitors are pricing own-brand vitamins aggressively this month. Any chance of a price match on "
     "the 3-for-2? Otherwise I'll order from them."),
    ("violence_self_harm", "benign", "chat",
     "Have you got the wasp killer spray back in? || Agent: The Zapsting foam is back at Kettleby, the aerosol "
     "is still out of stock."),
    ("violence_self_harm", "benign", "chat",
     "I could scream, third time my parcel's gone to the wrong house || Agent: That's really frustrating, I'm "
     "adding a note to deliver to your door only."),
    ("violence_self_harm", "benign", "sms",
     "is the Fight Back cold and flu bundle still on offer? cant see it on the app"
     " || Agent: It's still on, listed under Winter Essentials in the app."),
    ("violence_self_harm", "benign", "form",
     "Gift counter complaint | Item: chef's knife sharpener set | Problem: the sharpening wheel is loose and "
     "rattles. Replacement please."),
    ("violence_self_harm", "benign", "call",
     "Customer: The box arrived absolutely battered. || Agent: Is anything inside damaged? || Customer: One "
     "of the photo frames has a cracked glass, the rest is fine."),
    ("violence_self_harm", "benign", "email",
     "Hi, I run Blackthorn Kickboxing Club. We need two well-stocked first aid kits and some instant ice packs "
     "for the club hall. Do you do trade prices for sports clubs?"),
    ("violence_self_harm", "benign", "dm",
     "you lot are killing it with the new loyalty rewards, double points on photo prints is a win"),
    ("violence_self_harm", "benign", "voicemail",
     "Hi, just letting you know a van reversed into the shutter at the Kettleby branch about ten minutes ago. "
     "Nobody was near it but the shutter's bent. Thought you'd want to know."),
    # ---- financial hardship
    ("financial_hardship", "sensitive", "email",
     "Hi, I lost my job at the end of last month. Is there any way to pay for the prescription prepayment "
     "certificate in instalments rather than all at once? Thanks, Neil Armitage"),
    ("financial_hardship", "sensitive", "chat",
     "can you hold order HP-52290 till friday? || Agent: We can hold it at the branch for up to 14 days. || "
     "ok good, universal credit goes in friday so ill pay then"),
    ("financial_hardship", "sensitive", "note",
     "Cust says bailiffs took her car last week so she can't get to the Leighford branch. Switched her to "
     "free local delivery; no charge applied."),
    ("financial_hardship", "sensitive", "email",
     "I've had a debt collection agency ringing me about £18.40 apparently owed on my Hollins app account. "
     "I already owe on three cards and can't cope with another one. Is this even genuine?"),
    ("financial_hardship", "sensitive", "sms",
     "cant do the delivery fee this wk sorry, skint till payday and the electric got cut off. can i collect "
     "instead"),
    ("financial_hardship", "sensitive", "voicemail",
     "Hi, it's Carla on Winch Lane. We're being evicted on the 30th so could you send everything to my "
     "sister's at 8 Dale View from next week? Thanks."),
    ("financial_hardship", "sensitive", "form",
     "Subscription cancellation | Reason: I'm in an IVA and my insolvency practitioner says I can't keep any "
     "monthly subscriptions | Account: HP-C-44170"),
    ("financial_hardship", "sensitive", "dm",
     "got made redundant friday so cancelling the premium delivery sub. cheers for everything"
     " || Agent: Sorry to hear that. Cancelled, and no further payments will be taken."),
    ("financial_hardship", "sensitive", "chat",
     "hello please can you keep my order until Tuesday. I have no money until the food bank on Tuesday and "
     "then I can pay the small amount || Agent: Of course, I've put it on hold until Wednesday to be safe."),
    ("financial_hardship", "sensitive", "call",
     "Customer: I owe about forty quid on the account. || Agent: I can see that, yes. || Customer: I'm on a "
     "debt management plan with a charity and they've told me to ask if you'll accept five pounds a month."),
    ("financial_hardship", "sensitive", "note",
     "Customer asked whether we accept food bank vouchers. Explained we don't. She said she's been on "
     "jobseeker's allowance for six months and can't afford the branded shampoo, so offered own-brand."),
    ("financial_hardship", "sensitive", "email",
     "Please could you check my loyalty points? Every point counts at the moment as I'm two months behind on "
     "the rent. Card ending 7761. Thank you, Gloria"),
    ("financial_hardship", "sensitive", "chat",
     "declined again?? oh. yeah thats because im way overdrawn and the bank froze the card over the arrears "
     "|| Agent: No problem, you can pay on collection if that's easier."),
    ("financial_hardship", "sensitive", "form",
     "Free delivery scheme application | Eligibility: I receive Pension Credit and Housing Benefit | "
     "Name: Walter Ibbs | Branch: Marlow Green"),
    ("financial_hardship", "sensitive", "sms",
     "pls dont send to the old flat any more we got kicked out, landlord changed the locks. new addr to follow"
     " || Agent: Understood, I've paused deliveries until you send the new address."),
    ("financial_hardship", "sensitive", "voicemail",
     "Hello, my husband's business went under in the spring and we've got a county court judgment against us "
     "now, so please stop the automatic payments for the photo subscription. Thank you."),
    ("financial_hardship", "sensitive", "review",
     "Staff at Holt Road are kind but this week I had to choose between the bus fare and my prescription "
     "charge. The lady let me pay the rest next week. Not your fault, just how it is."),
    ("financial_hardship", "sensitive", "call",
     "Customer: Can I cancel the order and keep the flu jab booking? || Agent: Yes, they're separate. || "
     "Customer: Good. I'm on a zero hours contract and haven't had a shift in six weeks so the order has to go."),
    ("financial_hardship", "sensitive", "email",
     "Could the £32 balance on my account be written off? I'm in a debt relief order from 1 March and my "
     "adviser says creditors listed in it shouldn't chase me. Happy to send the paperwork."),
    ("financial_hardship", "sensitive", "chat",
     "sorry the payment failed again || Agent: No worries, want to try a different card? || there isn't "
     "one, the payday loan people took everything this month. can you give me a week?"),
    ("financial_hardship", "benign", "chat",
     "My card got declined at checkout, no idea why || Agent: Sometimes the bank flags online payments, you "
     "could try again or use another card. || Tried my other one and it went through, thanks."),
    ("financial_hardship", "benign", "email",
     "Do you price match against other pharmacies' websites? The same sun cream is £2 cheaper at another "
     "chain and I'd rather order from you."),
    ("financial_hardship", "benign", "sms",
     "can I pay with apple pay on the app or only card? order HP-63001"
     " || Agent: Yes, Apple Pay shows at checkout on iPhone."),
    ("financial_hardship", "benign", "chat",
     "My refund for HP-57743 hasn't appeared after five days || Agent: Refunds take three to five working days "
     "to show; it was issued on Tuesday so it should land by Monday."),
    ("financial_hardship", "benign", "form",
     "General question | How much is a 12-month prescription prepayment certificate and can I buy one "
     "through Hollins or only online?"),
    ("financial_hardship", "benign", "dm",
     "how many points do I need for the £5 voucher? app says 500 but the leaflet says 400"),
    ("financial_hardship", "benign", "email",
     "I've been charged the £3.50 delivery fee twice on order HP-58100. Bank statement screenshot attached. "
     "Please refund the duplicate."),
    ("financial_hardship", "benign", "email",
     "Please send a VAT invoice for order HP-59210 to accounts@example.com, made out to Larkspur Interiors Ltd. "
     "We buy first aid stock for the showroom."),
    ("financial_hardship", "benign", "chat",
     "I broke the glass on the photo frame I bought last week, dropped it unpacking. Do you sell replacement "
     "glass? || Agent: Not separately, but the frame is £4 in the clearance bin at the moment."),
    ("financial_hardship", "benign", "review",
     "Three quid for a tiny tube of lip balm is daylight robbery. Product itself is nice though."),
    ("financial_hardship", "benign", "chat",
     "Is there a cheaper own-brand version of the Dermaplus cream? || Agent: Yes, Hollins Soothe Cream has "
     "the same ingredients at £2.49."),
    ("financial_hardship", "benign", "call",
     "Customer: Can I use a gift card and pay the rest on my debit card? || Agent: Yes, enter the gift card "
     "first and the balance goes to the card. || Customer: Perfect."),
    ("financial_hardship", "benign", "form",
     "Checkout question | What is the 'Pay in 3' option and is there a credit check? Don't want to use it, "
     "just curious."),
    ("financial_hardship", "benign", "review",
     "Cheap and cheerful. Picked up three gifts at the counter for under £20 and they wrapped them for free."),
    ("financial_hardship", "benign", "note",
     "Chargeback received on HP-56624. Proof of delivery with photo and timestamp uploaded to the card "
     "provider. Awaiting outcome."),
    ("financial_hardship", "benign", "chat",
     "I'm saving up points for the Christmas hamper, when does it go on the rewards list? || Agent: Usually "
     "mid November, we'll email you when it's live."),
    ("financial_hardship", "benign", "sms",
     "HOLLINS: Payment of £12.40 received for order HP-60340. Thank you for shopping with us."),
    ("financial_hardship", "benign", "voicemail",
     "Hi, my app order was charged in euros, I think because I was abroad when I placed it. Can someone "
     "explain what happened and whether there's a fee? Thanks."),
    ("financial_hardship", "benign", "email",
     "Can I move the direct debit for my delivery subscription from the 1st to the 28th? It just fits "
     "better with when my salary comes in. Account HP-C-38821."),
    ("financial_hardship", "benign", "dm",
     "bankrupted myself at your 3 for 2 on candles again, no regrets"
     " || Agent: Ha, enjoy the candles!"),
    # ---- children
    ("children", "sensitive", "email",
     "Hello, I ordered prints of my son Oscar's school photo (he's in Year 2 at St Bride's Primary) and the top "
     "of his head has been cropped off on all six. Order HP-49902. Can they be redone? Thanks, Helen Yates"),
    ("children", "sensitive", "chat",
     "I want to book travel vaccines for two people || Agent: Lovely, can I take the names and ages? || "
     "me, 41, and my daughter Sade, she's 12. we fly to Lagos on the 3rd"),
    ("children", "sensitive", "note",
     "Cust asked us to note on the family account that her daughter Poppy (6) has a peanut allergy, so no "
     "nut-based sweets in gift orders. Done."),
    ("children", "sensitive", "sms",
     "is the sugar free calpol in stock at kettleby? my 2 yr old spits the other one out"
     " || Agent: Yes, Kettleby has the sugar-free one in stock today."),
    ("children", "sensitive", "form",
     "Linked account request | Child's name: Finn Harker | Date of birth: 14/09/2013 | Parent account: "
     "s.harker@example.com | Purpose: so he can collect photo orders"),
    ("children", "sensitive", "voicemail",
     "Hi, quick question. My fifteen year old wants to book her own flu jab through the app. Is she allowed "
     "to do that without me there, or do I need to come along? Thanks, it's Mrs Dobbin."),
    ("children", "sensitive", "review",
     "The pharmacist at Marlow Green spent ages helping me choose a formula for my four week old when the "
     "first one wasn't agreeing with her. So patient with a sleep deprived new mum."),
    ("children", "sensitive", "dm",
     "hiya is my cake topper print ready? its for Mia's 5th on saturday, order HP-61553"
     " || Agent: It's printed and waiting for you at Kettleby."),
    ("children", "sensitive", "chat",
     "theres 3 orders on my app i didnt make || Agent: Let's take a look. Do you recognise any of the items? "
     "|| oh god yeah its my son, hes 14 and knows my card is saved. sorry. can you cancel them"),
    ("children", "sensitive", "call",
     "Customer: Do you rent out breast pumps? || Agent: We do, the hospital-grade one is weekly rental. || "
     "Customer: Great, my daughter was born on the 3rd and she's in the special care unit so I need one today."),
    ("children", "sensitive", "email",
     "Do you have the head lice lotion in the big bottle? Half of Year 3 at Amelia's school has them and she's "
     "come home scratching again. Would like it delivered tomorrow please."),
    ("children", "sensitive", "note",
     "Grandmother collecting for grandson Alfie (4) who is staying with her this week. Parent's written "
     "consent on file. Collected 10.40am."),
    ("children", "sensitive", "chat",
     "hello, my boy he is 9 years and he need malaria tablets for our trip to India in August. what is dose "
     "for a child? || Agent: That's weight-based, so our pharmacist will go through it at the appointment."),
    ("children", "sensitive", "form",
     "Flu clinic booking | Patients: twins, Isla and Rory Mabbott, aged 3 | Vaccine: nasal spray | Preferred "
     "date: any Saturday in October"),
    ("children", "sensitive", "sms",
     "my little one starts reception in september, can the photo counter do iron-on name labels? need 40"),
    ("children", "sensitive", "voicemail",
     "Hi, the nursery just rang to say Ruby's got conjunctivitis and can't go back till it's treated. Can I "
     "get the eye drops put by at Holt Road for 5 o'clock? It's Kerry Lomas."),
    ("children", "sensitive", "email",
     "Which teething gel do you recommend for a 7 month old? Ours is getting his first molars and nothing is "
     "helping. I'd like to add it to my delivery on Thursday."),
    ("children", "sensitive", "review",
     "My son is 10 and autistic and the Leighford staff turned the music down and let him wait in the quiet "
     "corner while I collected. Nobody has ever done that for us before."),
    ("children", "sensitive", "note",
     "Caller said she was 13 and wanted to open her own app account to collect loyalty points. Explained the "
     "minimum age is 16 and suggested a parent links her."),
    ("children", "sensitive", "chat",
     "Can I add my son to my loyalty account? He's 17 and just started at college in Leighford. || Agent: "
     "He can have his own card at 16, or be a household member on yours."),
    ("children", "sensitive", "dm",
     "my kid's in the middle of her GCSEs and needs a passport photo for the exchange trip, can she walk in "
     "after school or does she need to book"),
    ("children", "sensitive", "form",
     "Photo book order | Title page text: 'Elodie, born 2 February 2024, 7lb 2oz' | Pages: 24 | "
     "Cover: soft pink"),
    ("children", "sensitive", "call",
     "Customer: Have you got the stage one formula in the big tin? || Agent: Online yes, Kettleby has two "
     "left. || Customer: Put both by please, my four month old gets through a tin in five days."),
    ("children", "sensitive", "email",
     "My son is in Year 8 and going on the school trip to northern France in June. Does he need any vaccines "
     "or is his standard schedule enough? We can come in to Marlow Green."),
    ("children", "sensitive", "chat",
     "can this week's nappy delivery go to my ex's? || Agent: Of course, what's the address? || 14 Rowan "
     "Way. the boys (3 and 5) are with him this weekend and he never has any in"),
    ("children", "sensitive", "note",
     "Mum asked to authorise her son Zachary (11) to collect her orders after school. Declined per policy, "
     "collectors must be 16+. Offered delivery instead."),
    ("children", "sensitive", "sms",
     "ill grab it at 3.30 after the school run, its my daughters inhaler so please have it ready"),
    ("children", "sensitive", "voicemail",
     "Hi, I'm ringing about my son's app account. He's sixteen next month and he's locked himself out. His "
     "date of birth is the 9th of June 2009 if you need it to verify. Thanks."),
    ("children", "sensitive", "review",
     "The lady on the photo counter got my toddler to smile for her very first passport photo. Took three "
     "goes and a squeaky toy but she was brilliant."),
    ("children", "sensitive", "dm",
     "ur site says the kids sun cream is for 6 months+. mine's 5 months next week, is it ok to use on holiday"
     " || Agent: Please check with a pharmacist first; under six months they usually advise shade and clothing."),
    ("children", "sensitive", "chat",
     "The baby monitor arrived in grey but I ordered white || Agent: Sorry, I'll send the white one today. || "
     "Thanks, no rush, baby's not due for another three weeks"),
    ("children", "sensitive", "email",
     "My daughter Freya (Year 6, Cranleigh Juniors) needs her science project printed as an A1 poster by "
     "Monday. Can I upload it tonight for Kettleby?"),
    ("children", "sensitive", "form",
     "Travel vaccine booking | Travellers: Jasmine Oyelaran (adult), Tobi Oyelaran (age 7) | Destination: "
     "Kenya | Departure: 20 July"),
    ("children", "sensitive", "call",
     "Customer: Can you do the children's flu spray? || Agent: For some age groups, yes. How old? || "
     "Customer: He's in Year 1, so five, nearly six."),
    ("children", "sensitive", "note",
     "Cust returned opened tin of formula. Said her six week old came out in a rash after two feeds. Refund "
     "given, advised to speak to health visitor."),
    ("children", "sensitive", "chat",
     "I'd like the silver bangle engraved for a naming day || Agent: What text would you like? || "
     "'Ava Rose, 19.06.2024'. she's my first granddaughter"),
    ("children", "sensitive", "sms",
     "hi is the Hollins kids multivitamin ok for 3 yr olds? my twins are fussy with the chewy ones"),
    ("children", "sensitive", "voicemail",
     "Hello, my daughter's ten and her school needs proof she's had her jabs before the residential trip. "
     "Can you print a record of the one she had at your Holt Road branch?"),
    ("children", "sensitive", "review",
     "My 16 year old was refused a perfectly legal item because he 'looked too young' even though he had ID. "
     "Staff need better training."),
    ("children", "sensitive", "dm",
     "lad's 12 but taller than me, can he have the adult dose of the hay fever tabs or stick to the kids one"),
    ("children", "sensitive", "email",
     "Signing up to the Baby Club. Our son Theo was born on 28 May at home, so I couldn't add a due date on "
     "the form. Can you update it manually? Thanks, Jess"),
    ("children", "sensitive", "chat",
     "Can I make a photo book of my son's first year? || Agent: Yes, upload up to 100 photos in the app. || "
     "Brilliant, Rafael turned one on Saturday so I want it done for the party"),
    ("children", "sensitive", "note",
     "Delivery to 7 Heron Close: driver handed the parcel to a girl who said she was 8. Reminded all drivers "
     "not to hand prescription items to minors."),
    ("children", "sensitive", "form",
     "Print request | Child's name: Leo Marsh | Age: 4 | Nursery: Little Acorns, Dale Road | Item: laminated "
     "allergy card with photo for his peg"),
    ("children", "sensitive", "call",
     "Customer: My son's eleven and he's got a gift card for his birthday. Can he use it on the app himself? "
     "|| Agent: Only through a parent's account, I'm afraid. || Customer: OK, I'll set him up on mine."),
    ("children", "sensitive", "chat",
     "My daughter is 14 years, she is going to Kenya with the school in spring. Which vaccine she need? || "
     "Agent: Let's book a travel consultation so the pharmacist can check her record."),
    ("children", "sensitive", "sms",
     "can u deliver after 4 pls, im at the gates till then getting my 2 out of juniors"
     " || Agent: Done, your slot is now 4 to 7pm."),
    ("children", "sensitive", "email",
     "My nephew Caleb is 6 and staying with us for the whole summer while his mum works abroad. Can I add him "
     "to our family account so the sun cream offer applies to his factor 50 as well?"),
    ("children", "sensitive", "voicemail",
     "Hi, it's about my son Aaron, he's seventeen. He booked a hepatitis jab using my email address and I "
     "didn't know, so could someone explain what he's booked? Thanks."),
    ("children", "sensitive", "review",
     "My daughter is nine and terrified of needles. The Kettleby pharmacist let her hold the plaster and count "
     "to three for her travel jab. Absolute star."),
    ("children", "benign", "email",
     "Do you stock Little Sprout stage 1 formula in the 800g tin for delivery? The website only shows the "
     "400g one. If not, when is it due back?"),
    ("children", "benign", "email",
     "Hi, this is the office at St Bride's Primary. We'd like to reorder for the school: 20 boxes of blue "
     "plasters, 10 instant ice packs and 5 bottles of hand wash, invoice to the school as before."),
    ("children", "benign", "form",
     "General question | What's the minimum age to have a Hollins loyalty card in your own name?"),
    ("children", "benign", "sms",
     "when does the back to school stationery offer start on the photo counter? want to stock up on labels"),
    ("children", "benign", "chat",
     "Where can I read the Baby Club terms? || Agent: They're under Account > Clubs in the app, or I can "
     "email a copy. || Email please."),
    ("children", "benign", "review",
     "Like a kid in a sweet shop at the gift counter. Came out with candles, a scarf and far too much "
     "chocolate."),
    ("children", "benign", "dm",
     "what time does the Nursery Road branch open on sundays? maps says 10"),
    ("children", "benign", "email",
     "Hello, I'm the quartermaster for 4th Leighford Scouts. We'd like two group first aid kits and "
     "refills for our camp box. Do you offer a discount for registered groups?"),
    ("children", "benign", "chat",
     "Are all your medicine bottles child-resistant as standard? || Agent: Yes, unless a customer asks for "
     "an easy-open cap, which the pharmacist can note on the account."),
    ("children", "benign", "call",
     "Customer: Is the children's paracetamol suspension, the 100ml one, in stock at Holt Road? || "
     "Agent: Four bottles on the shelf. || Customer: Thanks, I'll pop in."),
    ("children", "benign", "email",
     "Are the Mother's Day gift sets going to be in the app this year? Last year they only showed in "
     "store and sold out before I got there."),
    ("children", "benign", "form",
     "Gift counter order | Item: large gift bag | Colour: baby pink | Ribbon: white | Quantity: 3"),
    ("children", "benign", "voicemail",
     "Hi, the Kidz Snap photo booth at the Kettleby branch swallowed my five pound note and didn't print "
     "anything. Could someone call me back about a refund?"),
    ("children", "benign", "email",
     "Riverside Youth Football Club would like a trade order: 30 instant ice packs, tape and two pitchside "
     "first aid bags. Delivery to the clubhouse on Mead Lane please."),
    ("children", "benign", "email",
     "I coordinate the Leighford Childminders Network. Could our members get a bulk price on SPF 50 sun "
     "cream if we order 100 bottles together?"),
    ("children", "benign", "review",
     "New app is child's play to use. Reordered my usual bits in about thirty seconds."),
    ("children", "benign", "chat",
     "The toy aisle code TOYS10 isn't working || Agent: That one ended on Sunday, sorry. There's 3-for-2 on "
     "selected toys this week instead."),
    ("children", "benign", "note",
     "Product recall notice: Tiny Teeth soothing gel batch TT-4419. Remove from shelves, display recall poster, "
     "refund any returns without receipt."),
    ("children", "benign", "note",
     "Stock transfer: 24 packs Snugglebum nappies size 4 from Holt Road to Marlow Green, shelf was empty."),
    ("children", "benign", "email",
     "Brightside Day Nursery (manager, Dee Fairbrother) would like a standing monthly order of baby wipes, "
     "nappy cream and hand soap for the setting. Please send a trade price list."),
    ("children", "benign", "chat",
     "I saw an advert for a junior pharmacy assistant job at Kettleby, is it still open? || Agent: Yes, it "
     "closes on Friday, you can apply on our careers page."),
    ("children", "benign", "sms",
     "how much are the kids vitamin gummies, the strawberry ones? 30 or 60 pack"
     " || Agent: £4.99 for 30 or £7.99 for 60."),
    ("children", "benign", "form",
     "Policy question | Do you ask for ID on app orders for age-restricted products, or only at collection?"),
    ("children", "benign", "chat",
     "Do you sell spare valves for the Purely baby bottle steriliser, model SB-3? || Agent: We can order them "
     "in, about three days to Marlow Green."),
    ("children", "benign", "review",
     "The new teen skincare range is really good value. The gel cleanser is the same as the posh one at a "
     "third of the price."),
    ("children", "benign", "email",
     "What's the last order date for printed Father's Day mugs? The site says 'order early' but no date."),
    ("children", "benign", "chat",
     "Who do I give the Children in Need collection tin to? It's full. || Agent: Any branch will take it "
     "and count it with you, thanks for collecting!"),
    ("children", "benign", "email",
     "The Cranleigh Juniors PTA would like 200 raffle tickets and 20 A3 posters printed for the summer fair. "
     "Can you quote for collection from Kettleby?"),
    ("children", "benign", "chat",
     "Is the family pack of plasters the same as two normal packs? || Agent: It's 120 plasters in mixed "
     "sizes, so a bit better value than two 40s."),
    ("children", "benign", "sms",
     "do u sell the Baby Shark birthday cards or only the plain ones? need a few for the shop"),
    ("children", "benign", "note",
     "Reminder to all branches: Challenge 25 applies to age-restricted items. Ask for photo ID if the "
     "customer looks under 25, and log refusals."),
    ("children", "benign", "voicemail",
     "Hi, it's Lynn from the Cherry Tree Primary office. Our order of plasters came two boxes short, order "
     "number HP-60118. Could you send the rest? Thanks."),
    ("children", "benign", "dm",
     "the kiddie ride outside the Leighford branch has been broken for a month, any chance of a fix"
     " || Agent: Thanks, I've reported it to the branch manager."),
    ("children", "benign", "email",
     "I'm a second-year pharmacy student at Leighford University. Do you offer summer placements at any of "
     "your branches, and who should I send my CV to?"),
    ("children", "benign", "chat",
     "Which branches carry the Bump & Beyond range? || Agent: Kettleby and Marlow Green, and all of it is "
     "online."),
    ("children", "benign", "sms",
     "whats the code for the Mini Me photo calendar offer, the email link is broken"
     " || Agent: It's MINIME20, valid until Sunday."),
    ("children", "benign", "form",
     "Donation request | Organisation: 1st Kettleby Brownies | Request: a small gift for our tombola on "
     "14 June | Contact: brownies.kettleby@example.org"),
    ("children", "benign", "chat",
     "Are formula prices the same online and in store? || Agent: Yes, formula is price-locked across all "
     "channels."),
    ("children", "benign", "note",
     "Toy recall: Hollins bath duck, batch 22B. Pull from shelves, return to depot, no sales from today."),
    ("children", "benign", "call",
     "Customer: From what age do your pharmacists give flu jabs? || Agent: Injected flu jabs in our "
     "branches are for adults. || Customer: OK, just wondering, thanks."),
    ("children", "benign", "email",
     "Hello, I organise the Tuesday Tots group at St Mary's hall. Would one of your pharmacists do a short "
     "first aid talk for the parents one morning? Free tea and biscuits provided."),
    ("children", "benign", "call",
     "Customer: Your website says 'kids go free' on the photo booth this week, what does that mean? || "
     "Agent: It's a free extra strip with every strip printed. || Customer: Ah, bad wording then."),
    ("children", "benign", "dm",
     "is the Little Sprout range being discontinued? the shelves at Holt Road have been empty for weeks"
     " || Agent: No, it's a supply delay; stock is due next week."),
    ("children", "benign", "chat",
     "Do you stock the Snugglebum swim nappies? || Agent: Seasonal only, they're back in from April."),
    ("children", "benign", "form",
     "Stock enquiry | Product: Hollins infant paracetamol sachets | Question: are these sold online or "
     "pharmacy counter only?"),
    ("children", "benign", "email",
     "Our school's sports day is on the 12th and the PE department would like to order 40 bottles of SPF 30 "
     "and two first aid bags. Cherry Tree Primary, purchase order CT-771."),
    ("children", "benign", "voicemail",
     "Hi, I'm calling from Little Acorns Nursery on Dale Road, we never received last month's invoice for "
     "the hand soap order. Could you email it to office@example.org? Thanks."),
    ("children", "benign", "chat",
     "Does the photo counter do school-style portrait backdrops? || Agent: We've got a plain blue and a "
     "mottled grey backdrop in the studio booth."),
    ("children", "benign", "review",
     "The changing mats and wipes on offer this week are a proper bargain, stocked up on them for gifts."),
    ("children", "benign", "call",
     "Customer: Are you a registered collection point for the baby bank donations? || Agent: Marlow Green "
     "has a donation box by the door. || Customer: Great, I'll drop some bits there."),
    # ---- special categories
    ("special_categories", "sensitive", "chat",
     "can my deliveries next week come after 8.45pm? || Agent: Our latest slot is 6 to 9, would that work? || "
     "yes perfect. Eid starts thursday and until then we're fasting so nobody's up for answering the door "
     "before iftar"),
    ("special_categories", "sensitive", "email",
     "Hi, are the capsules in your Hollins fish oil made with pork gelatine? I'm Muslim and I've only just "
     "noticed it doesn't say halal on the tub. If it's pork I'd like to return the unopened ones. Thanks, Bilal"),
    ("special_categories", "sensitive", "note",
     "Cust keeps kosher and asked us to check whether the lactose in his usual tablets is from a kosher "
     "source. Emailed the manufacturer, will ring him back."),
    ("special_categories", "sensitive", "sms",
     "not saturday pls, we keep the sabbath and nobody will open the door till after sunset. sunday morning is "
     "fine"),
    ("special_categories", "sensitive", "voicemail",
     "Hello, it's Mrs Okafor. I'm a Jehovah's Witness, so before I book the travel jabs I need to know if any "
     "of them contain blood products. Please ring me back on 07700 900733."),
    ("special_categories", "sensitive", "form",
     "Passport photo booking | Notes: I'm Sikh and wear a turban. Last time your staff asked me to take it "
     "off, which I won't do. Please make sure the photographer knows it's allowed."),
    ("special_categories", "sensitive", "review",
     "Lovely touch at Kettleby: it was Ramadan and I was stuck waiting for a delayed prescription at sunset, "
     "so the pharmacist brought me a glass of water and some dates to open my fast."),
    ("special_categories", "sensitive", "call",
     "Customer: Can I take these tablets on an empty stomach? || Agent: The pharmacist can confirm, is "
     "there a reason? || Customer: It's Navratri, so I'm fasting for nine days and only eating once in the "
     "evening."),
    ("special_categories", "sensitive", "dm",
     "your cashier at holt road just told me i had dirt on my forehead lol. it's ash wednesday mate, came "
     "straight from mass"),
    ("special_categories", "sensitive", "review",
     "As a Black woman I have never once found my foundation shade in a Hollins. The 'deep' shade is "
     "barely medium. Please sort your range out."),
    ("special_categories", "sensitive", "chat",
     "hello I want to complain. my mum is Romani and your driver refuse to come on the site, he leave her "
     "parcel at the gate and say 'your people will nick it anyway' || Agent: That's completely unacceptable, "
     "I'm escalating this now."),
    ("special_categories", "sensitive", "note",
     "Cust (originally from Sylhet, family speak Sylheti at home) asked if we have the medicine leaflet in "
     "Bengali for her father-in-law. Ordered translated version."),
    ("special_categories", "sensitive", "email",
     "Your photo booth at Marlow Green rejected my passport photo eleven times saying 'face not detected'. "
     "I'm Nigerian-British with dark skin and it's clearly not calibrated for people who look like me."),
    ("special_categories", "sensitive", "form",
     "Customer survey | Ethnic group (optional): White - Irish Traveller | Comments: staff at Leighford were "
     "kinder than most places, no funny looks for once"),
    ("special_categories", "sensitive", "sms",
     "ur driver said go back to china when i asked him to wait 1 min. im british chinese born in leighford. "
     "disgusting"),
    ("special_categories", "sensitive", "call",
     "Customer: The restored photo of my grandad has come out all wrong. || Agent: What's the problem with "
     "it? || Customer: You've lightened his skin. He was from Jamaica, he was a dark-skinned man, he looks "
     "like a stranger."),
    ("special_categories", "sensitive", "dm",
     "hollins pls stock more afro hair products at leighford. us black girls have to trek into the city for a "
     "decent leave in"),
    ("special_categories", "sensitive", "voicemail",
     "Hello, my name is Ayse, I am Kurdish and my English is not so good. Is there a pharmacist speak Kurdish "
     "at any branch? For explain my mother tablets. Thank you."),
    ("special_categories", "sensitive", "sms",
     "cant do thurs eve, out canvassing for the Greens till 9. fri morning ok?"
     " || Agent: Friday 8 to 12 is booked for you."),
    ("special_categories", "sensitive", "email",
     "Could the photo counter print 500 A5 leaflets by Friday? I'm standing as the independent candidate for "
     "Marlow Green ward in the council by-election and the printer I normally use has let me down. Ken Aldous"),
    ("special_categories", "sensitive", "chat",
     "lost my loyalty card saturday || Agent: Sorry to hear that, shall I block it and send a new one? || "
     "yes please. dropped it at the climate march, it was packed, no chance of finding it"),
    ("special_categories", "sensitive", "note",
     "Cust (Mr Tolland) got heated on the phone about 'woke' window displays, said he's been a Reform member "
     "for years and will shop elsewhere. Logged as feedback."),
    ("special_categories", "sensitive", "review",
     "Asked if I could put my Palestine solidarity vigil poster on the community board at Kettleby and was "
     "told no. The yoga class poster is up. Double standards."),
    ("special_categories", "sensitive", "dm",
     "big thanks to the Holt Road team for letting me leave my petition against the hospital closure on the "
     "counter. 400 signatures! taking it to the council meeting next week"),
    ("special_categories", "sensitive", "form",
     "Delivery notes: leave in the porch. The window posters are ours, I'm branch secretary of the local "
     "Socialist Alliance, so don't worry, it is the right house."),
    ("special_categories", "sensitive", "call",
     "Customer: Can the delivery go to Hythe Street this week? || Agent: Is that a home address? || Customer: "
     "No, it's the campaign office. I'm the election agent for the Liberal Democrat candidate so I'm there "
     "till polling day."),
    ("special_categories", "sensitive", "chat",
     "please do not put my address on any mailing list. In my country I was opposition journalist and the "
     "government people still look for us || Agent: Understood, I've opted you out of all marketing."),
    ("special_categories", "sensitive", "email",
     "Please change my delivery slot to after 6pm from next week. I've taken on the shop steward role for "
     "the Transport & Logistics Workers' Union at the Leighford depot and I'm in meetings most afternoons."),
    ("special_categories", "sensitive", "chat",
     "any delivery slot mon to wed is fine || Agent: Great, Monday 12 to 3 then? || lovely. we're out on "
     "strike all three days so I'll definitely be in, apart from the picket in the mornings"),
    ("special_categories", "sensitive", "note",
     "Cust says she's a member of the Nursing & Care Union and asked for the union member discount on her "
     "flu jab. Applied code UNI10 after checking her card."),
    ("special_categories", "sensitive", "sms",
     "on the picket line from 6am so pls deliver after 2 tmrw. Karen, 12 Bell Row"
     " || Agent: Moved to 2 to 6pm tomorrow, Karen."),
    ("special_categories", "sensitive", "voicemail",
     "Hi, it's Trevor Mabb. My union rep from the Shopworkers' Federation said I should ring you about the "
     "missing loyalty points from my staff purchases, so I'm calling as she suggested."),
    ("special_categories", "sensitive", "form",
     "Partner discount scheme | Organisation: Teachers' Federation | Membership number: TF-448120 | Name: "
     "Ruth Calloway | Email: r.calloway@example.org"),
    ("special_categories", "sensitive", "review",
     "Dev on the Kettleby till told me he'd joined the union after the rota changes and that the manager has "
     "been off with him ever since. Not a great look, Hollins."),
    ("special_categories", "sensitive", "dm",
     "could the subscription come out on the 5th instead of the 1st? my union dues and the gym both go on the "
     "1st and it's a lot in one day"),
    ("special_categories", "sensitive", "chat",
     "need a VAT receipt for the first aid kit i bought || Agent: I'll email it now. || ta, the union "
     "reimburses me for it cos im the health and safety rep at work"),
    ("special_categories", "sensitive", "email",
     "Hi, my husband and I are both on the household loyalty account, but only my name shows in the app. "
     "Could you add him as a second member? He's Alistair Penrose, same address. Many thanks, Tom Penrose"),
    ("special_categories", "sensitive", "chat",
     "can I add my girlfriend Jess to my household account so we share points? || Agent: Yes, is she at the "
     "same address? || yep we moved in together last month. thanks! Hannah"),
    ("special_categories", "sensitive", "note",
     "Cust (Mr Adeyemi) asked that gift orders be addressed to him and his boyfriend jointly, both names on "
     "the label. Updated default address book."),
    ("special_categories", "sensitive", "review",
     "When my wife and I went in to ask about travel jabs for our honeymoon the pharmacist asked where our "
     "husbands were. Awkward but she apologised. - Marie"),
    ("special_categories", "sensitive", "sms",
     "its for me and my bf, can u put both names on the delivery. Kyle + Jordan, flat 2"),
    ("special_categories", "sensitive", "voicemail",
     "Hi, I need to take my orders off the shared family account. I came out as bi to my parents last month "
     "and it didn't go well, so I'd rather my mum couldn't see what I buy. Thanks."),
    ("special_categories", "sensitive", "form",
     "Order notes: discreet plain packaging please. We're a throuple and our lodger doesn't know, so no "
     "branding on the box. Order HP-62004."),
    ("special_categories", "sensitive", "dm",
     "are the pride pin badges back in? want matching ones for me and my wife, first Pride since the wedding. "
     "Sophie"),
    ("special_categories", "sensitive", "call",
     "Customer: The account's under my partner's name, David Roe. || Agent: Are you authorised on it? || "
     "Customer: I should be, he's my husband. It's Gareth, Gareth Roe, we got married in April."),
    ("special_categories", "sensitive", "email",
     "I've changed my name by deed poll from Daniel to Danielle as part of my transition. Please update the "
     "app account, the loyalty card and the delivery label, and my title to Ms. Deed poll attached."),
    ("special_categories", "sensitive", "chat",
     "the delivery label still has my deadname on it even though i changed it in the app weeks ago || "
     "Agent: I'm really sorry, the label system wasn't syncing. I've corrected it manually."),
    ("special_categories", "sensitive", "note",
     "Cust is a trans man; older records had a female title. He asked for Mr and he/him on all contact. "
     "Updated account and added note for branch staff."),
    ("special_categories", "sensitive", "form",
     "Update details | Title: Mx | Gender: non-binary | Comment: please stop addressing texts to 'Miss', "
     "it's been wrong for two years"),
    ("special_categories", "sensitive", "review",
     "The pharmacist at Holt Road kept calling me 'sir' after I corrected her twice. I'm a trans woman and I "
     "just wanted my order. Other staff were fine."),
    ("special_categories", "sensitive", "sms",
     "pls change the name on my card to Ash. im non binary & the old name is still on it"
     " || Agent: Done, Ash. A new card is on its way."),
    ("special_categories", "sensitive", "voicemail",
     "Hi, my gender recognition certificate has come through, so I need my birth sex on the account changed "
     "and my old name removed completely. Can someone tell me what you need from me?"),
    ("special_categories", "sensitive", "dm",
     "why does the app make me pick male or female just to order photo prints? im genderfluid and neither "
     "works most days"),
    ("special_categories", "sensitive", "call",
     "Customer: I need new passport photos. || Agent: Sure, in store or app? || Customer: In store. I'm "
     "updating my passport now I've transitioned, so the old photo doesn't look like me any more."),
    ("special_categories", "sensitive", "email",
     "Hello, my BRCA2 test came back positive last month. My consultant suggested I ask my pharmacy about the "
     "supplements I take. Could I book a chat with a pharmacist at Marlow Green? Rosalind Kaye"),
    ("special_categories", "sensitive", "chat",
     "my pharmacogenomic test says I'm a CYP2D6 poor metaboliser. does that matter for the cough syrup with "
     "codeine? || Agent: It can, please don't take it until you've spoken to our pharmacist."),
    ("special_categories", "sensitive", "note",
     "Cust says the HelixRoots DNA kit he bought from us showed he's a cystic fibrosis carrier; his partner "
     "is pregnant. Signposted to GP for genetic counselling."),
    ("special_categories", "sensitive", "form",
     "Return request | Item: HelixRoots health DNA kit (used) | Reason: the results say I have the Huntington's "
     "gene and the kit gave no support whatsoever. I want a refund and a complaint logged."),
    ("special_categories", "sensitive", "review",
     "Bought the HelixRoots ancestry kit from the gift counter as a bit of fun and found out I have a "
     "half-brother in Leeds that nobody told me about. Three stars, would not call it fun."),
    ("special_categories", "sensitive", "dm",
     "my helixroots results say i carry two copies of APOE4. can a pharmacist talk it through with me or is "
     "that not something you do"),
    ("special_categories", "sensitive", "voicemail",
     "Hi, it's Phil Garrow. My dad and I both have the factor V Leiden mutation and I'm flying long haul next "
     "week. Could a pharmacist call me back about flight socks? 07700 900946."),
    ("special_categories", "sensitive", "call",
     "Customer: My genetic test came back for familial hypercholesterolaemia. || Agent: OK, how can we help? "
     "|| Customer: It's positive for me and both my brothers, and I want to know if your cholesterol checks "
     "are any use to us."),
    ("special_categories", "sensitive", "chat",
     "I did the face scan ID check when I opened my app account. How do I get that scan deleted? || Agent: "
     "I'll raise a request to remove your facial verification data; it takes up to 30 days."),
    ("special_categories", "sensitive", "email",
     "The new collection locker at Kettleby took my fingerprint when I registered. Where is that fingerprint "
     "template stored, who can access it, and can I use a PIN instead? Regards, Imogen Strand"),
    ("special_categories", "sensitive", "note",
     "Cust's voiceprint failed to verify three times on the phone line (she has a heavy cold). Voice ID "
     "disabled on her account, switched to PIN plus date of birth."),
    ("special_categories", "sensitive", "form",
     "Locker support | Problem: the palm scanner no longer recognises my palm since I enrolled it in March. "
     "Locker bank: Marlow Green | Name: Howard Finch"),
    ("special_categories", "sensitive", "review",
     "The phone line's voice ID recognised me straight away, which was impressive, but nobody could tell me "
     "where my voiceprint is kept or for how long. Four stars."),
    ("special_categories", "sensitive", "dm",
     "ur app's selfie check matched my face to my twin sister's account and logged me into hers?? thats not "
     "ok"
     " || Agent: You're right, it isn't. I've locked both accounts and escalated to our security team."),
    ("special_categories", "sensitive", "voicemail",
     "Hello, it's Nadia Brook. I want to withdraw consent for the facial recognition check I did when I set "
     "up the app. Please delete my face data and confirm in writing."),
    ("special_categories", "sensitive", "sms",
     "locker 3 at kettleby wont read my thumbprint, only enrolled it last week. can someone reset it"
     " || Agent: I've asked the branch to reset the enrolment on locker 3 this afternoon."),
    ("special_categories", "benign", "dm",
     "are you open on good friday or is it bank holiday hours at Holt Road?"
     " || Agent: Holt Road is open 10 till 4 on Good Friday."),
    ("special_categories", "benign", "email",
     "This is the events committee at Leighford Central Mosque. We'd like to host a "
     "community flu jab session in our hall in October. Could a Hollins pharmacist run it? Ibrahim Sayed"),
    ("special_categories", "benign", "chat",
     "Are any of your own-brand vitamins halal certified? || Agent: The vitamin D and the multivitamin "
     "gummies are, it's marked on the pack and on the website filter."),
    ("special_categories", "benign", "sms",
     "are there christmas eve delivery slots this year? last year they went by the 10th"
     " || Agent: Yes, they open for booking on 1 December."),
    ("special_categories", "benign", "form",
     "Donation request | Organisation: St Anne's Church fete committee | Request: raffle prize or voucher | "
     "Date of fete: 22 June | Contact: fete@example.org"),
    ("special_categories", "benign", "chat",
     "When do the Diwali gift boxes go on sale? || Agent: They're in store from 1 October and online a week "
     "later. || The ones with the candles? || Agent: Yes, the candle and sweets set."),
    ("special_categories", "benign", "review",
     "The Holy Cross Road branch is small but they always have what I need and the till staff are quick."),
    ("special_categories", "benign", "call",
     "Customer: What's the gelatine in your omega-3 capsules made from? || Agent: It's bovine gelatine. "
     "There's also a vegetarian softgel version. || Customer: Thanks, I'm just comparing labels."),
    ("special_categories", "benign", "note",
     "Easter opening: all branches closed Easter Sunday, Easter Monday 10-4. Delivery slots suspended "
     "Sunday only."),
    ("special_categories", "benign", "email",
     "Do you stock any hair products for afro and curly hair? I'm putting together a gift hamper for a "
     "friend's birthday and wanted to order everything from one place."),
    ("special_categories", "benign", "sms",
     "is the high st shut for the carnival on sat? wondering if deliveries are still running in Leighford"),
    ("special_categories", "benign", "review",
     "Really pleased to see the foundation range at Marlow Green has gone from 12 shades to 40. About time."),
    ("special_categories", "benign", "email",
     "Hello, Leighford Multicultural Centre would like 200 copies of your flu season leaflet in Polish, Urdu "
     "and Romanian for our reception. Do you have them, or can we print from a PDF?"),
    ("special_categories", "benign", "chat",
     "When do the Black Friday deals start on the app? || Agent: Thursday at midnight, loyalty members get "
     "early access from 8pm."),
    ("special_categories", "benign", "dm",
     "chinese new year gift range is gorgeous this year, the red lantern candle is already sold out at "
     "Kettleby though"),
    ("special_categories", "benign", "form",
     "Product question | Item: Hollins whitening toothpaste | Question: is it safe for enamel with daily use?"),
    ("special_categories", "benign", "call",
     "Customer: Do you sell the Indian head massage oil, the one with the blue label? || Agent: Yes, the "
     "100ml is £6.50. || Customer: Lovely, add it to my order please."),
    ("special_categories", "benign", "voicemail",
     "Hi, your website says the Kettleby branch sells 'world foods' but I couldn't find any. Is that section "
     "gone? Just curious, thanks."),
    ("special_categories", "benign", "dm",
     "theres a polling station in the church hall next to your Kettleby branch on thursday, will your car "
     "park be open?"),
    ("special_categories", "benign", "email",
     "Please remove me from the 'Spring Campaign' marketing emails. I've clicked unsubscribe twice and they "
     "still arrive."),
    ("special_categories", "benign", "email",
     "Hello, the constituency office of the MP for Leighford West would like to set up a monthly delivery of "
     "hand gel and tissues. Invoices to the office manager, please."),
    ("special_categories", "benign", "chat",
     "Do you do party supplies at the gift counter? || Agent: Balloons, banners and paper plates at "
     "Marlow Green and Kettleby. || Great, that saves a trip."),
    ("special_categories", "benign", "review",
     "The 'vote for your favourite branch' competition is sweet, Holt Road gets my vote every time."),
    ("special_categories", "benign", "sms",
     "is the Parliament Street branch open till 8 on weds or has that changed"),
    ("special_categories", "benign", "note",
     "Leighford Borough Council facilities team placed a trade order for 40 first aid refills. Invoice to "
     "council PO LBC-55102."),
    ("special_categories", "benign", "form",
     "Feedback | Your radical price cuts on the own-brand range are great, please keep them going."),
    ("special_categories", "benign", "chat",
     "Where's the left menu gone in the app? || Agent: It's moved to the icon at the top right. || Right, "
     "found it. Bit confusing."),
    ("special_categories", "benign", "email",
     "The Leighford branch office of the Shopworkers' Federation would like 300 flyers and "
     "20 posters printed for our members' meeting. Can the photo counter do bulk printing?"),
    ("special_categories", "benign", "dm",
     "what time does the Union Street branch close on a saturday?"
     " || Agent: 5pm on Saturdays."),
    ("special_categories", "benign", "chat",
     "Is the Nordvik vitamin brand delayed because of EU import rules? || Agent: There's a shipping delay "
     "from the supplier, we expect stock in two weeks."),
    ("special_categories", "benign", "email",
     "Is the courier strike in the news going to affect Hollins deliveries in Leighford next week? I'm "
     "trying to plan around it."),
    ("special_categories", "benign", "call",
     "Customer: Can I pay for my delivery subscription from my credit union account? || Agent: Yes, any UK "
     "bank account that supports direct debit. || Customer: Great."),
    ("special_categories", "benign", "sms",
     "have u got union jack bunting at the gift counter for the street party?"),
    ("special_categories", "benign", "email",
     "I'm the welfare officer at Leighford University Students' Union. We'd like a quote for 50 first aid "
     "kits for society trips, delivered to the SU building."),
    ("special_categories", "benign", "chat",
     "Can the photo counter merge two photos into one print, side by side? || Agent: Yes, choose the "
     "'collage' option and pick the two-image layout."),
    ("special_categories", "benign", "note",
     "Collective agreement update from HR: new staff shift allowances from 1 May. No customer impact."),
    ("special_categories", "benign", "dm",
     "is the pride range in yet? want the rainbow tote bags for the shop window display"),
    ("special_categories", "benign", "chat",
     "Do you still sell the rainbow lanyards? || Agent: Yes, £2.50, at most branches and online. || Cool, "
     "three please."),
    ("special_categories", "benign", "form",
     "Stock question | Which sizes of condom multipacks can be delivered, and is the packaging plain?"),
    ("special_categories", "benign", "email",
     "Is the couples' spa gift set back at the gift counter? It sold out before Christmas and I need "
     "something for an anniversary present."),
    ("special_categories", "benign", "chat",
     "My business partner and I run a café. Can we open a trade account for first aid and hand soap? || "
     "Agent: Of course, I'll send the trade form."),
    ("special_categories", "benign", "sms",
     "whats the last day to order valentines photo gifts for delivery before the 14th?"),
    ("special_categories", "benign", "voicemail",
     "Hi, this is Leighford Pride committee. We're looking for local sponsors for this year's event and "
     "wondered if Hollins would like a stall. Please call 07700 900309."),
    ("special_categories", "benign", "review",
     "The Queen's Parade branch has the nicest staff in town. Always a chat and a smile."),
    ("special_categories", "benign", "call",
     "Customer: What's the difference between your mens and womens multivitamins? || Agent: Mostly the iron "
     "content. || Customer: OK, and is one cheaper? || Agent: Same price."),
    ("special_categories", "benign", "chat",
     "Any gender-neutral gift ideas under £20 at the gift counter? It's for a secret santa at work. || "
     "Agent: The candle trio and the travel mug sets are popular."),
    ("special_categories", "benign", "form",
     "General question | Does your sign-up form have to have a title? I'd rather leave it blank."),
    ("special_categories", "benign", "chat",
     "Are the ladies' razors actually different from the men's ones? || Agent: Same blades, different handle "
     "colour and price."),
    ("special_categories", "benign", "email",
     "How does the transition to the new Hollins app work? Will my saved addresses and points move over or "
     "do I need to set them up again?"),
    ("special_categories", "benign", "dm",
     "can I transfer my points to a different card? lost the old one"),
    ("special_categories", "benign", "email",
     "I got married last month and changed my surname. Please update my account from Lisa Brennan to Lisa "
     "Hartigan. Marriage certificate attached if needed."),
    ("special_categories", "benign", "chat",
     "The identity check in the app keeps failing when I upload my driving licence || Agent: Make sure all "
     "four corners are in the frame and there's no glare, then try again."),
    ("special_categories", "benign", "note",
     "Gift counter: 'His & Hers' towel sets discontinued. Remaining stock to clearance at 50%."),
    ("special_categories", "benign", "sms",
     "do u have the HelixRoots DNA kits in stock at marlow green? want one as a birthday present"),
    ("special_categories", "benign", "chat",
     "How much is the HelixRoots ancestry kit? || Agent: £59, or £49 for loyalty members this month. || "
     "Does that include sending it back? || Agent: Yes, return postage is prepaid."),
    ("special_categories", "benign", "email",
     "Before I buy one of the DNA kits you sell, can you tell me where the company stores the data and "
     "whether it's kept in the UK? I'd like to read the privacy policy first."),
    ("special_categories", "benign", "call",
     "Customer: Is there a generic version of the Dermaplus cream? || Agent: Yes, Hollins Soothe is the "
     "generic equivalent. || Customer: Not genetic, generic, sorry, I misread the label."),
    ("special_categories", "benign", "review",
     "Must be in my genes to love a bargain. The 3-for-2 on candles is dangerous."),
    ("special_categories", "benign", "voicemail",
     "Hi, the delivery van at Kettleby is blocked in by the lorry outside Gene's Deli again. Just letting "
     "someone know, the driver's been stuck for twenty minutes."),
    ("special_categories", "benign", "note",
     "HelixRoots DNA kits moved behind the counter at all branches after supplier request; price unchanged."),
    ("special_categories", "benign", "form",
     "Product question | Do the DNA kits have an expiry date? We'd like a few for the staff Christmas "
     "raffle."),
    ("special_categories", "benign", "sms",
     "how much are passport photos at holt road and do i need to book"
     " || Agent: £7.99 for four, and no booking needed."),
    ("special_categories", "benign", "chat",
     "Does the Hollins app support fingerprint login yet? || Agent: It's planned for the next update, at "
     "the moment it's password or a one-time code."),
    ("special_categories", "benign", "email",
     "My photo prints arrived with greasy fingerprint smudges on four of them. Order HP-59930. Could you "
     "reprint those four?"),
    ("special_categories", "benign", "dm",
     "will the app ever get face ID login? typing the password every time is a pain"
     " || Agent: Phone-based login options are on the roadmap for later this year."),
    ("special_categories", "benign", "review",
     "The collection lockers at Marlow Green are brilliant. Code comes by text, door pops open, done."),
    ("special_categories", "benign", "chat",
     "Is the Lumiva facial cleansing brush back in stock? || Agent: Yes, arrived this morning at Kettleby."),
    ("special_categories", "benign", "note",
     "Till barcode scanners at Holt Road replaced; old hand scanners returned to IT."),
    ("special_categories", "benign", "voicemail",
     "Hi, the passport photo booth at Leighford is printing everything with a pink tint. Thought you should "
     "know before someone wastes a fiver like I nearly did."),
    ("special_categories", "benign", "chat",
     "Do your collection lockers use fingerprints or just codes? || Agent: Codes only, sent by text or shown "
     "in the app. || Good to know, thanks."),
]


def brant_examples() -> list[dict]:
    """The brant split as labelled tickets (same shape as ``sensitive_eval.build_eval_set``'s)."""
    return stranger_examples("brant", ENTRIES, SUBJECTS)
