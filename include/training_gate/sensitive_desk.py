"""The desk split: 280 hand-written tickets (20 sensitive and 20 benign for each of the seven
categories), written by a helper who had not seen the detection rules, anchors or any other split,
and fixed before any measurement of the rules on it (so before any rule change it could prompt).
The writer played a researcher collecting tickets from help desks in the UK, the US, Ireland, India,
Australia, Germany, Nigeria and the Philippines, so spelling, idiom and local words vary (GP,
solicitor, garda, council tax, Universal Credit, JobSeeker, SNAP, EMI, Jobcenter, Year 6, JSS2,
Grade 4, 'expired', 'put to bed'). Registers are mostly threads with the agent (the sensitive fact
often comes in a later turn or from the agent), transcribed calls, agent summaries and handovers,
web forms and non-native English, with some chat and email; industries include telecom, banking,
insurance, airlines, hotels, online shops, grocery and meal kits, gyms, utilities, streaming, car
rental, pharmacy shops, payroll and marketplaces. Benign tickets borrow each category's words
(product names, idioms, business customers, policy questions, fiction, adults' life events)."""

from __future__ import annotations

from training_gate.sensitive_blind import stranger_examples

SUBJECTS = ("Order 55120", "Account help", "Billing question", "Booking change", "Request",
            "Re: your ticket", "Delivery issue", "Subscription")

ENTRIES: list[tuple[str, str, str, str]] = [
    # ---------------------------------------------------------------- health
    ("health", "sensitive", "thread",
     "Hi, I need to pause my gym membership for March and April. || Agent: Happy to help. Can I ask the "
     "reason for the freeze? Some reasons are free, others carry a fee. || Knee reconstruction on the 4th, "
     "the surgeon says no weights for eight weeks. || Agent: Understood, that freeze is free. I've set it "
     "from 1 March."),
    ("health", "sensitive", "voice",
     "yeah hi um I'm calling about my pharmacy order, the uh the metformin refill didn't come with the rest "
     "of the box, and I'm down to like two days of pills so I kinda need it sorted today"),
    ("health", "sensitive", "summary",
     "Handover: cust rang re broadband engineer visit Thurs. She can't get to the door quickly since her "
     "stroke last spring, asked that the engineer ring and wait 5 mins. Note added to job. No further action."),
    ("health", "sensitive", "form",
     "Request type: Change of travel date | Booking ref: given on call | Reason: Wife is expecting, doctor "
     "advised no flying after 32 weeks | Preferred new date: open, after the delivery"),
    ("health", "sensitive", "non-native",
     "Hello, I must cancel the hotel in Munich for next week. My husband is since Monday in the clinic with "
     "his heart, I cannot travel now. Please can you give refund or move the booking to later?"),
    ("health", "sensitive", "thread",
     "Can I change the delivery slot to the evening? || Agent: Of course, what time suits? || After 6 if "
     "possible. I'm on dialysis three mornings a week and I'm wrecked after it. || Agent: No bother, I've "
     "moved you to 6-8pm."),
    ("health", "sensitive", "chat",
     "Hey can someone unlock my account, got locked out after 3 tries. My hands shake a fair bit with the "
     "Parkinson's and I keep fat-fingering the PIN."),
    ("health", "sensitive", "email",
     "Good day, I write to request a refund of my flight booking to Abuja for the 14th. My younger brother "
     "was admitted at the teaching hospital last week and I had to travel by road urgently to be with him. "
     "Kindly find attached the admission note. Thank you."),
    ("health", "sensitive", "voice",
     "hello po, I'm calling for my mom's account, she can't talk on the phone na since the operation on her "
     "throat, so I'm the one handling the bills now, can I be added as the authorised person?"),
    ("health", "sensitive", "summary",
     "Escalation: pax on rebooked flight uses a wheelchair, needs aisle chair at boarding and an accessible "
     "seat row. Approved, SSR added to both sectors."),
    ("health", "sensitive", "thread",
     "I've been charged twice for the app subscription. || Agent: Sorry about that. I can see two charges on "
     "the 12th, I'll refund one now. || Thanks. And sorry if I was short on the phone earlier, I've just "
     "started new antidepressants and I'm not myself this week. || Agent: No need to apologise at all. The "
     "refund is on its way."),
    ("health", "sensitive", "form",
     "Name: Kylie | Reason for cancellation: Diagnosed with coeliac disease last month, can't use the meal "
     "kits any more | Refund requested: Yes, the remaining 3 boxes"),
    ("health", "sensitive", "non-native",
     "Sir, kindly update my address for the credit card delivery. I am staying with my father in Pune now, "
     "he is taking chemo sessions there every week so I shifted."),
    ("health", "sensitive", "thread",
     "Hi, I need to return the treadmill. || Agent: Sure, was there a problem with it? || Nothing wrong with "
     "the machine. My cardiologist wants me off anything like that for now, after the stent. || Agent: "
     "Understood. I've booked a pickup for Thursday and the refund goes out once it's back."),
    ("health", "sensitive", "voice",
     "ah yeah so I'm ringing about the car hire for the weekend, I'd need an automatic now, I'm only after "
     "getting the cast off me leg and the physio says no clutch for a while yet"),
    ("health", "sensitive", "summary",
     "Notes: Kundin called about her annual gym contract. She is in a psychosomatic rehab clinic for 6 weeks "
     "for burnout, has a certificate from her Hausarzt, requests Sonderkündigung. Forwarded to contracts team."),
    ("health", "sensitive", "email",
     "Hi, please could you send my statements on paper rather than by email from now on? My eyesight's gone "
     "downhill with macular degeneration and I can't read the screen properly any more. Thanks, Margaret"),
    ("health", "sensitive", "chat",
     "hi can I change the name on the postpaid plan to my sister for now? I'll be confined for around 2 weeks "
     "for my TB treatment and she'll be the one paying meanwhile"),
    ("health", "sensitive", "thread",
     "Please I want to move my data plan renewal date. || Agent: Okay, what date would you prefer? || Make it "
     "the 28th. My wife was operated on Tuesday, CS, and I'm running up and down the hospital. || Agent: "
     "Sorry to hear, I hope she recovers quickly. Renewal moved to the 28th."),
    ("health", "sensitive", "form",
     "Issue: Prescription delivery | Order status: delivered | Notes: the insulin has to stay refrigerated and "
     "it sat on the porch all afternoon in 90 degree heat. Need a replacement shipped cold please."),
    ("health", "benign", "thread",
     "Do you stock the Health & Glow vitamin C serum in the 50ml? || Agent: We do, it's back in stock from "
     "Friday. || Great, I'll order it then. || Agent: Lovely, I've set a back-in-stock alert for you too."),
    ("health", "benign", "summary",
     "Customer is the practice manager at a GP surgery ordering 12 ergonomic chairs for reception. Requested "
     "the invoice to the practice address. Quote sent."),
    ("health", "benign", "voice",
     "hiya, I'm ringing because the app's been sick all morning, like it keeps crashing every time I open my "
     "bill, is there an outage or is it just me"),
    ("health", "benign", "form",
     "Product: First aid kit, 100-piece | Issue: Arrived with the box crushed and the lid cracked | Wanted: "
     "replacement"),
    ("health", "benign", "non-native",
     "Hello, I want to know if your travel insurance is covering hospital costs if somebody get sick in "
     "Thailand? I am only asking before I buy, I want to compare with the other company."),
    ("health", "benign", "chat",
     "The pharmacy click and collect says ready but the store says it's not there?? It's just sunscreen and "
     "a bottle of shampoo, order 4471."),
    ("health", "benign", "thread",
     "My fitness watch stopped syncing heart rate to the app. || Agent: Have you tried unpairing and pairing "
     "again? || Yes, twice. Steps come through fine, just no heart rate graph. || Agent: That's a known bug in "
     "version 3.2, a fix is rolling out this week."),
    ("health", "benign", "email",
     "Hi, our clinic's website has been down since last night. We're a physiotherapy practice and clients "
     "book online, so could you check the hosting as a matter of urgency? Cheers, Aoife"),
    ("health", "benign", "voice",
     "madam I'm calling about the yoga mat I ordered, the colour is wrong, I ordered blue and purple came, "
     "can you exchange it"),
    ("health", "benign", "summary",
     "Caller asked whether the hotel has step-free access and a lift to all floors; she's organising a "
     "conference and wants to list access details on the event page. Confirmed yes to both."),
    ("health", "benign", "thread",
     "Your Wellness Week promo code doesn't apply to the protein powder. || Agent: Sorry, which code? || "
     "WELL15, it says 'not valid for this item'. || Agent: Protein powder was excluded by mistake, I've "
     "applied the 15% manually."),
    ("health", "benign", "form",
     "Request: Update employer details on account | Company: Mediclinic Supplies GmbH | Role: warehouse "
     "team lead | Reason: changed jobs"),
    ("health", "benign", "non-native",
     "Good day! I would like to ask if the nurse uniform set in size M is still available, it is for our "
     "hospital staff order, 30 pieces. Can you give discount for bulk?"),
    ("health", "benign", "chat",
     "lol this bug is giving me a headache, every time I add the second item the cart drops the first one"),
    ("health", "benign", "voice",
     "good afternoon, I want to complain, the generator I bought is coughing and then it dies after ten "
     "minutes, your technician should come and check it"),
    ("health", "benign", "thread",
     "Can I transfer my gym membership to my partner? || Agent: Yes, there's a $25 transfer fee. || No "
     "worries. I'm moving to Perth for work and there's no club there. || Agent: Done, I'll email the form."),
    ("health", "benign", "email",
     "Hello, I've written a novel where the main character is a surgeon, and I'd like to know whether your "
     "print-on-demand service allows anatomical illustrations on the cover. Best, Tom"),
    ("health", "benign", "summary",
     "Customer asked to remove the health insurance add-on from her credit card; she already has cover "
     "through work and doesn't want to pay twice. Removed, last premium refunded."),
    ("health", "benign", "non-native",
     "My package with the massage gun is since 5 days in the depot, tracking says 'Zustellung fehlgeschlagen'. "
     "Please send again, I am home all day."),
    ("health", "benign", "thread",
     "Hi, is the pharmacy open on the bank holiday? || Agent: Yes, 10 to 4. || Grand, I just need to pick up "
     "a gift set for my sister's birthday. || Agent: See you then."),
    # ---------------------------------------------------------------- children
    ("children", "sensitive", "thread",
     "Can I add another profile to our streaming plan? || Agent: Sure, who's it for? || My daughter, she's "
     "in Year 6 and wants her own watchlist. || Agent: I'd suggest a Kids profile for her; I've set one up."),
    ("children", "sensitive", "voice",
     "hi yeah so my son, he's eleven, he bought a bunch of coins in the game on my card without asking, like "
     "two hundred dollars worth, can I get that back"),
    ("children", "sensitive", "summary",
     "Cx wants to open a savings account for her lad who's starting secondary school in September. Advised "
     "junior account docs needed (birth cert, PPS no.). Call back booked for Tues."),
    ("children", "sensitive", "form",
     "Passenger 3 first name: Aarav | Age: 7 | Meal preference: child meal, veg | Seat: next to parent"),
    ("children", "sensitive", "non-native",
     "Hello, I want to order the school backpack again but in blue, because my daughter is now in the 2. "
     "Klasse and the pink one she does not like anymore. Can I send back the pink?"),
    ("children", "sensitive", "email",
     "Hi team, my boy's in Year 9 and the school wants them all bringing a laptop from term 2. Can I set the "
     "device up under my account with controls so he can't buy apps? Thanks, Shane"),
    ("children", "sensitive", "thread",
     "Hi, can I register a SIM under my name but for someone else to use? || Agent: Yes, who will be using "
     "it? || My youngest, he's in Grade 4, just for emergency calls when he walks to school. || Agent: Okay, "
     "we'll register it with you as the owner."),
    ("children", "sensitive", "chat",
     "Good evening, I want to add my son to the family data plan, he is in JSS2 and needs data for the "
     "online classes"),
    ("children", "sensitive", "voice",
     "hiya love, I'm ringing about the holiday booking, so we've got the two adults and the little one, she "
     "turns three in August, so does she need her own seat on the plane or not"),
    ("children", "sensitive", "summary",
     "Agent note: mom requested removal of her 14yo's photos from the shared album that a former sitter "
     "uploaded. Verified account owner, photos removed. Closed."),
    ("children", "sensitive", "form",
     "Account holder: Jen | Additional cardholder: Ellie | Date of birth of additional cardholder: 03/2012 | "
     "Relationship: daughter | Spending limit: 50"),
    ("children", "sensitive", "thread",
     "Can my kid use the pool with me at the gym? || Agent: Under-16s need to be with an adult member. How "
     "old is he? || He's nine. || Agent: Then he can swim with you. I've added him as a junior guest, no charge."),
    ("children", "sensitive", "non-native",
     "Respected sir, please shift the broadband installation visit to Saturday. My daughter is writing her "
     "class 10 board exams this week and she needs the room quiet."),
    ("children", "sensitive", "email",
     "Hi, I ordered a birthday cake for collection on the 12th. Could you put 'Happy 8th Birthday Cillian' "
     "on it instead of just 'Happy Birthday'? Thanks a million, Niamh"),
    ("children", "sensitive", "voice",
     "yeah so the car seat we rented with the car is for an infant and my baby's already twenty pounds and "
     "fourteen months, so we need the toddler one instead, can you swap it at the counter"),
    ("children", "sensitive", "thread",
     "Can I change the delivery address for my order? || Agent: Yes, where to? || To the Kita round the "
     "corner, my little one's there until four and I won't be home. It's only nappies anyway. || Agent: "
     "Updated, the driver will hand it in at reception."),
    ("children", "sensitive", "summary",
     "Caller is guardian of a minor account holder (Grade 8 student) asking to reset the learning app "
     "password. Verified via guardian ID. Reset done."),
    ("children", "sensitive", "chat",
     "hi, trying to sign up for the tutoring trial but the form won't accept my lad's date of birth, he was "
     "born in 2015"),
    ("children", "sensitive", "form",
     "Name of pupil: Chidera | Class: Primary 5 | Items: school sandals size 34, two uniforms | Delivery: "
     "to the school gate, Monday"),
    ("children", "sensitive", "thread",
     "Hey, I need to cancel one of the summer camp sign-ups. || Agent: Sure, which camper? || The older one, "
     "Maya, she's going into 6th grade and decided she'd rather do soccer. || Agent: Cancelled, refund in "
     "5-7 business days."),
    ("children", "benign", "thread",
     "Do you deliver to schools? || Agent: Yes, we take bulk orders. || Great, I'm the office manager at a "
     "primary school and we need 200 glue sticks and 50 reams of paper. || Agent: I'll send a quote today."),
    ("children", "benign", "voice",
     "hi I'm calling about the kids' bike helmet I ordered, it's a gift for a friend, and the box came open "
     "with the strap missing, can you send another one"),
    ("children", "benign", "summary",
     "Customer owns a Kidz Kitchen franchise store and wants the POS software licence renewed for 3 "
     "terminals. Renewed, invoice sent."),
    ("children", "benign", "form",
     "Request: Surname change on account | Reason: marriage | Documents: certificate attached | Effective: "
     "next billing cycle"),
    ("children", "benign", "non-native",
     "I am teacher at a Gymnasium and want to buy the classroom licence for 30 tablets. Can you send the "
     "offer with invoice to the school address?"),
    ("children", "benign", "chat",
     "Hi, I'm 19 and I'd like to get my own postpaid plan, do I still need a parent to co-sign?"),
    ("children", "benign", "thread",
     "My daughter's moving into her first apartment in Galway, can I give her my old router? || Agent: "
     "She'll need her own account, is she over 18? || Yes, she's 24 and working. || Agent: Great, she can "
     "sign up online and use the router."),
    ("children", "benign", "email",
     "Hello, we run a children's charity shop and our card reader keeps dropping its connection. Could an "
     "engineer take a look this week? Regards, Pauline"),
    ("children", "benign", "voice",
     "good morning, the baby powder I ordered came with the seal broken and powder everywhere in the bag, I "
     "want a replacement please"),
    ("children", "benign", "summary",
     "Customer asked about the Kids Eat Free promo at our airport restaurant partner; explained it applies "
     "to the menu only, not to fares. No booking changes."),
    ("children", "benign", "thread",
     "The toy store gift card isn't working at checkout. || Agent: What error do you see? || It says 'card "
     "expired' but I only bought it last month. || Agent: It had been activated wrongly, fixed now."),
    ("children", "benign", "form",
     "Item: Lego Technic set | Reason for return: duplicate gift, the recipient already has it | Recipient: "
     "my brother, he's 35 | Refund to: original card"),
    ("children", "benign", "non-native",
     "Sir, I want to know your policy: if I book flight for a child in future, what documents are needed? "
     "Right now I am booking only for myself."),
    ("children", "benign", "chat",
     "Is the Junior plan only for under 18s? I'm 22 and wanted the cheaper data. Just asking before I switch"),
    ("children", "benign", "voice",
     "ah hello, I'm after ordering the Peppa Pig cake topper for my friend's fortieth, it's a joke thing, and "
     "it still hasn't arrived and the party's Saturday"),
    ("children", "benign", "summary",
     "Caller owns a daycare centre and wants the business fibre plan upgraded to 200 Mbps for CCTV "
     "streaming. Upgrade scheduled."),
    ("children", "benign", "thread",
     "I'm writing a YA novel and want to mention your app by name in a scene. Is that okay? || Agent: "
     "Generally that's fine, I'll confirm with our brand team. || Thanks, it's all fiction, the characters "
     "are invented. || Agent: Brand team says go ahead."),
    ("children", "benign", "email",
     "Hi, our son is 27 and turning our garage into a studio. Can he be added as a second account holder "
     "for the electricity? Thanks, Lorraine"),
    ("children", "benign", "form",
     "Business name: Little Angels Creche Supplies | Request: Increase POS daily limit | Reason: busy "
     "season for school resumption sales"),
    ("children", "benign", "non-native",
     "Hello, the 'Kids' edition case I ordered is not fitting my e-reader. I use it myself, I like the "
     "colours. Can I return it and get the normal one?"),
    # ---------------------------------------------------------------- financial_hardship
    ("financial_hardship", "sensitive", "thread",
     "Can I change my payment date? || Agent: Of course, what date would you like? || The 28th if possible. "
     "I'm on Universal Credit now and that's when it lands. || Agent: Done, your next payment will be on the 28th."),
    ("financial_hardship", "sensitive", "voice",
     "hi I got a letter from a collections agency about my old cable bill from like 2019 and I wanna know "
     "if that's even you guys or some kind of scam"),
    ("financial_hardship", "sensitive", "summary",
     "Cust explained she was let go in January and can't cover the gym contract at the moment. Offered a "
     "3-month freeze, accepted. Flag for review in April."),
    ("financial_hardship", "sensitive", "form",
     "Loan account: on file | Request: Moratorium on EMI for 3 months | Reason: company shut down, salary "
     "not paid since October"),
    ("financial_hardship", "sensitive", "non-native",
     "Hello, I can not pay the invoice this month completely. I am since February without work and the "
     "Jobcenter money comes only at the end of the month. Can I pay in two parts?"),
    ("financial_hardship", "sensitive", "email",
     "Dear Sir/Ma, I am writing to plead for more time on the outstanding balance for my POS terminal "
     "rental. Business has been very slow and I could not even pay my shop rent this quarter. Kindly give me "
     "until next month end. Thank you."),
    ("financial_hardship", "sensitive", "thread",
     "Hey, I need to drop down to your cheapest plan. || Agent: No worries, the $30 one? || Yeah. Things are "
     "tight, I'm on JobSeeker till I find something. || Agent: I've switched you over and waived the change fee."),
    ("financial_hardship", "sensitive", "chat",
     "can you hold off shipping my order? landlord gave us a notice to vacate by the 30th so I honestly "
     "don't know what address I'll be at next week"),
    ("financial_hardship", "sensitive", "voice",
     "hello po, I want to ask if I can extend my due date ulit, I got laid off from the call center last "
     "month and I'm still looking for work po"),
    ("financial_hardship", "sensitive", "summary",
     "Escalation: customer has an IVA in place and asked us to stop contacting her directly about the "
     "arrears; all contact via her insolvency practitioner. Account marked."),
    ("financial_hardship", "sensitive", "thread",
     "Why did my card get declined for the renewal? || Agent: The bank declined it. Would you like to try "
     "another card? || That's the only one left. I filed Chapter 7 last month and the old cards were all "
     "closed. || Agent: Understood, we can take a bank transfer instead."),
    ("financial_hardship", "sensitive", "form",
     "Reason for request: Please set up a payment plan for the arrears on my electricity account | "
     "Household: one adult | Income: Jobseeker's Allowance"),
    ("financial_hardship", "sensitive", "non-native",
     "Madam please don't cut my mobile connection. I lost my job in the lockdown and my family is managing "
     "on my wife's small salary only. I will pay the dues slowly slowly."),
    ("financial_hardship", "sensitive", "email",
     "Hi, I'm writing on behalf of my dad, who's on the aged pension. His power bill has doubled and he "
     "genuinely can't pay it this quarter. Is there a hardship program he can go on? Cheers, Leanne"),
    ("financial_hardship", "sensitive", "voice",
     "good afternoon, since they retrenched us at the bank in March I have not been able to pay the "
     "instalment for this phone, please can you remove the late fee and give me small time"),
    ("financial_hardship", "sensitive", "thread",
     "Please cancel my streaming subscription. || Agent: Sorry to see you go. May I ask why? || I have to "
     "save on everything now, there's a Pfändung on my account and only the protected amount is left. || "
     "Agent: Understood, cancelled with immediate effect."),
    ("financial_hardship", "sensitive", "summary",
     "Cx asked to restructure her credit card balance; she has been borrowing from a 5-6 lender to pay the "
     "minimum and can't keep up. Referred to the restructuring program."),
    ("financial_hardship", "sensitive", "chat",
     "hiya can i pay my council tax arrears in smaller bits? the bailiffs letter says 640 and i havent got it"),
    ("financial_hardship", "sensitive", "form",
     "Service: Electric | Request: Disconnection protection | Notes: our household is on SNAP and I am two "
     "months behind on this account"),
    ("financial_hardship", "sensitive", "thread",
     "Can I get my deposit back from the car hire any sooner? || Agent: It normally takes 7-10 days to "
     "release. || I know, sorry. It's just I'm down to my last tenner till the dole comes in Thursday. || "
     "Agent: I've asked finance to fast-track it for you."),
    ("financial_hardship", "benign", "thread",
     "Why was I charged twice this month? || Agent: One is last month's payment, it failed because your "
     "card had expired. || Ah right, I updated the card yesterday. So no more double charges? || Agent: "
     "Correct, back to normal from next month."),
    ("financial_hardship", "benign", "voice",
     "hey, so I'm calling because my autopay failed, I switched banks and forgot to update it, can I just "
     "pay the balance over the phone now"),
    ("financial_hardship", "benign", "summary",
     "Customer asked for a no-cost EMI option on the washing machine; explained it's available on two "
     "partner bank cards only. Order placed on 6-month EMI."),
    ("financial_hardship", "benign", "form",
     "Request: Change billing to fortnightly | Reason: I get paid fortnightly, easier to keep track"),
    ("financial_hardship", "benign", "non-native",
     "Hello, I received a Mahnung but I paid already on the 3rd. Please check, maybe the bank transfer had "
     "the wrong reference number."),
    ("financial_hardship", "benign", "email",
     "Good day, I am the accounts officer at a microfinance bank and we want to renew our bulk SMS "
     "subscription for loan repayment reminders. Kindly send a proforma invoice. Regards."),
    ("financial_hardship", "benign", "chat",
     "Hi! Is there an installment option for the new phone? 0% for 12 months?"),
    ("financial_hardship", "benign", "thread",
     "I want to close my account and move to another provider. || Agent: Sorry to hear that. Is it about "
     "price? || I just got a better deal elsewhere, nothing against ye. || Agent: No bother, your final bill "
     "will follow by email."),
    ("financial_hardship", "benign", "voice",
     "hi there, I'm a debt adviser at a charity and we're opening a new office in Leeds, so we want to set "
     "up a business broadband line there from next month"),
    ("financial_hardship", "benign", "summary",
     "Caller asked whether a missed payment would affect her credit score; she hasn't missed any, just "
     "wanted to understand before setting up autopay. No action."),
    ("financial_hardship", "benign", "form",
     "Subject: Insolvency law textbook, wrong edition delivered | Ordered: 5th edition | Received: 4th "
     "edition | Request: exchange"),
    ("financial_hardship", "benign", "non-native",
     "Sir, I want to close my car loan fully this month itself, please tell me the foreclosure charges."),
    ("financial_hardship", "benign", "thread",
     "Can I pause my meal kit for two weeks? || Agent: Sure, which dates? || 10th to 24th, we're off to "
     "Bali. || Agent: Paused, enjoy the trip!"),
    ("financial_hardship", "benign", "chat",
     "the app says 'in collections' on three of my cards but that's just the game collection tab lol, how "
     "do I hide cards in there"),
    ("financial_hardship", "benign", "email",
     "Hi, I'm an insolvency accountant and our firm needs 6 more seats added to the office software plan. "
     "Invoice to the usual address please. Thanks, Dean"),
    ("financial_hardship", "benign", "voice",
     "hello, I paid for the data bundle but it did not reflect, the money has left my account already, "
     "please check it for me"),
    ("financial_hardship", "benign", "summary",
     "Cx asked why her bill went up; explained the promo discount ended after 6 months. She chose to stay "
     "on the plan."),
    ("financial_hardship", "benign", "thread",
     "Our letting agency's rent portal is down. || Agent: Sorry, since when? || Since 9am. Tenants keep "
     "ringing us because they can't pay online. || Agent: Engineers are on it, estimated fix within the hour."),
    ("financial_hardship", "benign", "form",
     "Request: Refund | Reason: Cancelled within the 14-day cooling-off period | Amount: 89.99"),
    ("financial_hardship", "benign", "non-native",
     "Hello, I am sending money to my mother in Cebu every month, can I set it as automatic transfer on the "
     "15th?"),
    # ---------------------------------------------------------------- legal
    ("legal", "sensitive", "thread",
     "Can you send me copies of all my phone bills from last year? || Agent: Yes, I can email PDFs. Do you "
     "need itemised calls as well? || Yes please, itemised. My solicitor needs them for the divorce "
     "proceedings. || Agent: No problem, sending them now."),
    ("legal", "sensitive", "voice",
     "yeah hi I need the footage from your store camera on the 3rd, someone keyed my car in your lot and "
     "the police report number is, uh, hang on, I'll email it over"),
    ("legal", "sensitive", "summary",
     "Customer's account frozen at garda request; she called asking why. Advised we can't discuss, referred "
     "her to the investigating station. Escalated to compliance."),
    ("legal", "sensitive", "form",
     "Reason for SIM block: Handset seized by police during investigation | FIR copy: attached | Request: "
     "duplicate SIM on same number"),
    ("legal", "sensitive", "non-native",
     "Hello, I need to cancel the car rental from 12th. I must be at the Amtsgericht on that day, it is the "
     "case about the accident from last year. Can you move it to 19th?"),
    ("legal", "sensitive", "email",
     "Hi, I'm after a refund on the rest of my gym membership. I'm unable to attend the city club for the "
     "next few months due to bail conditions that keep me out of the CBD. Regards, Jake"),
    ("legal", "sensitive", "thread",
     "Hi, I want to remove my ex-husband as authorized user. || Agent: Sure, we'll need his consent or a "
     "supporting document. || I have the annulment decision from the court, can I send that? || Agent: Yes "
     "please, upload it and we'll process the removal."),
    ("legal", "sensitive", "chat",
     "hey so my brother got picked up by the cops last night and they kept his phone, can I suspend his "
     "line? he's on my family plan"),
    ("legal", "sensitive", "voice",
     "hiya, I'm ringing about my insurance renewal, the form's asking about unspent convictions and I've "
     "got one from 2021 for drink driving, so do I tick yes or what"),
    ("legal", "sensitive", "summary",
     "Escalation: customer is suing the moving company we partner with over damaged furniture and requests "
     "all communications we hold on file. Forwarded to legal for the records process."),
    ("legal", "sensitive", "form",
     "Complaint type: Account restriction | Details: My account was placed on PND by court order as part of "
     "the dispute with my former business partner. Kindly advise how to lift it once resolved."),
    ("legal", "sensitive", "thread",
     "Can you change the name on the lease car account? || Agent: To whose name? || Mine only. We're in the "
     "Family Court over the property settlement and my lawyer says to separate everything. || Agent: "
     "Understood, we'll need ID from you and his signature on the release."),
    ("legal", "sensitive", "non-native",
     "Sir, why my visa fee refund is delayed? I have sent legal notice through my advocate to the travel "
     "agent also, but still nothing is coming."),
    ("legal", "sensitive", "email",
     "Dear Sir or Madam, please retain my account records. I've been charged following an incident at work "
     "and my barrister has advised that the times of my calls on 14 June may be relevant. Kind regards, Owen"),
    ("legal", "sensitive", "voice",
     "howya, just ringing about a parcel that never came, the thing is I was away a few weeks, I was inside, "
     "like, in Mountjoy, so I couldn't chase it at the time"),
    ("legal", "sensitive", "summary",
     "Kunde: his Anwalt requested the call recordings from 2 March for the court case against his neighbour "
     "over the boundary fence. Power of attorney verified, recordings sent."),
    ("legal", "sensitive", "thread",
     "Hi, I need to update my address. || Agent: Sure, what's the new address? || I'll be on house arrest at "
     "my mom's place for six months, so put it there. Same town. || Agent: Updated."),
    ("legal", "sensitive", "chat",
     "Pls I need my transaction statement for Jan to Mar urgently, EFCC invited me for questioning and they "
     "want to see it"),
    ("legal", "sensitive", "form",
     "Request: Certified true copy of billing statements | Purpose: for filing of estafa complaint in court "
     "vs. supplier"),
    ("legal", "sensitive", "non-native",
     "Please move my deliveries to Saturday. On weekdays I must do the community service hours that the "
     "judge gave me, until end of June."),
    ("legal", "benign", "thread",
     "Our law firm's printer keeps jamming. || Agent: Which model is it? || The big one on the second floor, "
     "we use it for printing long documents. || Agent: An engineer will be there tomorrow morning."),
    ("legal", "benign", "voice",
     "hi I'm calling about the Law and Order box set I ordered, disc three is scratched and skips the whole "
     "way through"),
    ("legal", "benign", "summary",
     "Caller asked whether our terms let her cancel within 14 days under consumer law; confirmed yes and "
     "cancelled. No dispute."),
    ("legal", "benign", "form",
     "Request: Change of registered name | Reason: name change after marriage, gazette notification | "
     "Documents: attached"),
    ("legal", "benign", "non-native",
     "Hello, I am a Rechtsanwältin and want to upgrade our office internet to 500 Mbit, we are 6 persons "
     "in the office."),
    ("legal", "benign", "email",
     "Hi, I'm a justice of the peace and I do document witnessing at the library on Saturdays. Can I get a "
     "second SIM for my work phone? Cheers, Barb"),
    ("legal", "benign", "chat",
     "Hi po, ask ko lang if you have Suits season 9 on your streaming? my friend said it got removed"),
    ("legal", "benign", "thread",
     "Can I get a notarized copy of my invoice? || Agent: We can provide a signed PDF; notarization isn't "
     "something we do. || Fine, it's for my visa application, they want proof of address. || Agent: "
     "Sending the signed PDF now."),
    ("legal", "benign", "voice",
     "hiya, it's about the police auction site, I won a bike on it last week but the courier you use still "
     "hasn't collected it"),
    ("legal", "benign", "summary",
     "Customer is a paralegal ordering 20 boxes of legal-size folders and a label maker for her office. "
     "Delivered to firm address."),
    ("legal", "benign", "form",
     "Business: Chambers of a legal practice | Request: Domain renewal for the firm website | Period: 2 years"),
    ("legal", "benign", "non-native",
     "Sir, my formal court shoes are not fitting, size 8 is too small. Please exchange to size 9."),
    ("legal", "benign", "thread",
     "Your terms say you can suspend accounts. Does that happen if I'm overseas for 3 months? || Agent: No, "
     "only for a breach of the terms. || Great, just checking before I go. || Agent: Have a good trip!"),
    ("legal", "benign", "chat",
     "the Crime Scene escape room voucher I bought hasn't come through by email, it's been 2 days"),
    ("legal", "benign", "email",
     "Hi, I'm a garda stationed in Cork and I'm moving to a new flat next month. Can I bring my broadband "
     "with me? Thanks, Darragh"),
    ("legal", "benign", "voice",
     "good morning, I am calling from a law firm in Lagos, we want to open a corporate account for our "
     "staff data plans, about 15 lines"),
    ("legal", "benign", "summary",
     "Customer asked for the link to the Impressum / legal notice page of our shop because he is writing a "
     "blog review. Link sent."),
    ("legal", "benign", "thread",
     "Hi, the game I bought isn't loading. || Agent: Which game? || Ace Attorney trilogy, bought it last "
     "week. || Agent: Try re-downloading it; that usually fixes it."),
    ("legal", "benign", "form",
     "Request: Update company address on invoices | Company: Harlow and Finch Solicitors | New address: "
     "to follow by email"),
    ("legal", "benign", "non-native",
     "Hello, can I cancel my contract before the end? I read in the AGB there is a special right when the "
     "price goes up. The price went up 3 euro."),
    # ---------------------------------------------------------------- special_categories
    ("special_categories", "sensitive", "thread",
     "Can I move my grocery delivery from Friday evening to Thursday? || Agent: Sure, any reason? Friday "
     "slots are popular. || We keep Shabbat, so nobody will answer the door after sundown. || Agent: Moved "
     "to Thursday 6-7pm."),
    ("special_categories", "sensitive", "voice",
     "hi, I need to add my husband to the rental as a second driver, and before you ask, yes, I'm a guy, "
     "the last agent got really confused about it"),
    ("special_categories", "sensitive", "summary",
     "Customer requested no onion, no garlic, no root vegetable meals on both flights as she is a practising "
     "Jain. SSR added."),
    ("special_categories", "sensitive", "form",
     "Request: Change of payroll deduction | Details: please stop the deduction for my SIPTU subscription "
     "from next month, I'm moving to the other union | Employee no: on file"),
    ("special_categories", "sensitive", "non-native",
     "Hello, I want to change the delivery address for the flyers to the office of our party district "
     "group. I am the local chair for the Greens here since spring."),
    ("special_categories", "sensitive", "email",
     "Good day, I noticed your app's language options include Yoruba and Hausa but not Igbo. I'm Igbo and my "
     "mother would prefer to use the app in our own language. Are there any plans to add it? Thank you."),
    ("special_categories", "sensitive", "thread",
     "Hi, I need to update the name and title on my account. || Agent: Sure, what would you like them "
     "changed to? || Ms, and the first name to Chloe. I've transitioned and my old name keeps popping up on "
     "emails. || Agent: All done, and sorry about that."),
    ("special_categories", "sensitive", "chat",
     "hi can I add my girlfriend as beneficiary sa insurance? we're both women, is that allowed or only "
     "for spouses?"),
    ("special_categories", "sensitive", "voice",
     "yeah hello, I'm the Unite rep at the depot and I'm ringing because my work phone got cut off the day "
     "after I put in a grievance for the lads, can you check the account"),
    ("special_categories", "sensitive", "summary",
     "Customer asked us to permanently delete his raw genotype file and the ancestry estimate from the kit "
     "he sent in last year. Deletion ticket raised."),
    ("special_categories", "sensitive", "form",
     "Issue: Aadhaar fingerprint authentication failing at SIM shop | Request: allow iris scan instead | "
     "Note: my fingerprints don't register, the ridges are worn from masonry work"),
    ("special_categories", "sensitive", "non-native",
     "Please update my profile in the payroll portal: since May I am not member of the Catholic church "
     "anymore, so the church tax must stop."),
    ("special_categories", "sensitive", "thread",
     "Can I get a refund on the hotel night of the 14th? || Agent: May I ask what changed? || I'm a delegate "
     "for the state party convention and they moved the date. || Agent: Refund processed."),
    ("special_categories", "sensitive", "email",
     "Hello, your shade finder keeps recommending foundations that don't exist for me. I'm of Nigerian "
     "heritage with quite dark skin and the range tops out far too light. Could someone help? Thanks, Funmi"),
    ("special_categories", "sensitive", "voice",
     "hiya, I'm ringing about the dinner booking for the 15th, I converted to Islam last year so could the "
     "set menu be halal for me, it's just the one person"),
    ("special_categories", "sensitive", "summary",
     "Caller is a CFMEU delegate; asked that the bulk SIM order invoice be addressed to the branch, not to "
     "him personally. Explained we need the branch ABN."),
    ("special_categories", "sensitive", "chat",
     "Pls my ticket for the Abuja flight should be moved to Friday, I'm a ward agent for my party and "
     "collation is now Thursday"),
    ("special_categories", "sensitive", "form",
     "Requested change: Name on account | To: Jessa | Reason: I'm a trans woman, my legal name change is "
     "still in process but I don't want the old name on my bills"),
    ("special_categories", "sensitive", "thread",
     "Can the salutation on my invoices be changed? || Agent: Of course, we have Herr, Frau, or no "
     "salutation. || No salutation please. I'm non-binary, so 'Herr' is simply wrong. || Agent: Changed, "
     "it applies from the next invoice."),
    ("special_categories", "sensitive", "non-native",
     "Sir, the matrimony site profile is showing my community wrongly as Brahmin, I am from Scheduled "
     "Caste. Please correct it, the families are calling with wrong idea."),
    ("special_categories", "benign", "thread",
     "Do you have the Christmas jumper in XL? || Agent: Yes, in red and in green. || Red please, it's for "
     "the office party. || Agent: Ordered, it'll be with you Thursday."),
    ("special_categories", "benign", "voice",
     "hi, I'm calling about a transfer from my credit union, it's been pending for three days and the "
     "money's not showing"),
    ("special_categories", "benign", "summary",
     "Customer is an event planner asking if the hotel restaurant can do Jain meals for a corporate event; "
     "she'll confirm numbers from attendees. Menu sent."),
    ("special_categories", "benign", "form",
     "Request: Book function room | Event: retirement party | Guests: 60 | Notes: need a vegetarian option "
     "and a cake table"),
    ("special_categories", "benign", "non-native",
     "Hello, the Pride and Prejudice book I ordered is the wrong edition. I wanted the one with the "
     "illustrations."),
    ("special_categories", "benign", "email",
     "Good day, I manage bookings for an event centre in Lekki; we rent our hall to weddings, churches and "
     "corporate clients. We want to add an online payment link to our website. Kindly advise."),
    ("special_categories", "benign", "chat",
     "hi! why does the app keep saying 'face not detected' when I upload my profile pic? it's a photo of my "
     "dog haha"),
    ("special_categories", "benign", "thread",
     "My Labour Day sale discount code didn't work. || Agent: Which code did you use? || LABOUR10. || "
     "Agent: It expired yesterday, but I've applied it manually for you."),
    ("special_categories", "benign", "voice",
     "hiya, I ordered the rainbow bunting for my mum's seventieth and it's arrived without the string, can "
     "you send some"),
    ("special_categories", "benign", "summary",
     "Customer asked about our policy on political ads on the streaming platform for a marketing course "
     "assignment. Sent the public ad policy."),
    ("special_categories", "benign", "form",
     "Request: Branch holiday calendar | Question: Will the branch be open on Diwali and the day after?"),
    ("special_categories", "benign", "non-native",
     "Hello, I want to switch on fingerprint login but in the new app version there is no option anymore. "
     "Where is it?"),
    ("special_categories", "benign", "thread",
     "Can I take online payments for a GAA club lotto on your app? || Agent: Which club is it? || Just the "
     "local one, I'm the treasurer. || Agent: I'll send you the onboarding link for clubs."),
    ("special_categories", "benign", "chat",
     "do you ship the 'Vote' enamel pins in bulk? we're a print shop and want to resell them"),
    ("special_categories", "benign", "email",
     "Hi, we're a genetics lab at the uni and need another 10TB of cloud storage for sequencing data. Could "
     "you quote for a year? Cheers, Priya"),
    ("special_categories", "benign", "voice",
     "hello, I saw the Ramadan data promo on the billboard, is it for everybody or only some SIMs, and how "
     "do I subscribe"),
    ("special_categories", "benign", "summary",
     "Caller is HR at a BPO asking to add a pronouns field to our ticketing tool for their agents' "
     "profiles. Feature request logged."),
    ("special_categories", "benign", "thread",
     "The Union Jack bunting arrived torn. || Agent: Sorry! Replacement or refund? || Replacement please, "
     "it's for the street party. || Agent: Sent today by first class."),
    ("special_categories", "benign", "form",
     "Request: Invoice for 'Party' package | Event: company Sommerfest | Guests: 80 | Payment: bank transfer"),
    ("special_categories", "benign", "non-native",
     "Sir, my DND is activated but still I am getting promotional calls daily, please check and stop them."),
    # ---------------------------------------------------------------- bereavement
    ("bereavement", "sensitive", "thread",
     "I need to close my mum's phone contract. || Agent: I can help with that. Can I ask the reason, so I "
     "can apply the right process? || She passed away on the 3rd. I've got the certificate. || Agent: I'm so "
     "sorry. I'll waive the early termination fee."),
    ("bereavement", "sensitive", "voice",
     "hi, I'm calling about my dad's account, um, he's no longer with us as of last month, and I'm the "
     "executor, so I need to stop the autopay"),
    ("bereavement", "sensitive", "summary",
     "Cx rang to cancel the TV package in her husband's name; he was buried on Friday. Waived the final "
     "month. Condolence card sent per process."),
    ("bereavement", "sensitive", "form",
     "Request: Transfer of connection | Reason: original holder (father) expired on 12/01 | Documents: "
     "attached as required | New holder: son"),
    ("bereavement", "sensitive", "non-native",
     "Hello, I am writing for my grandmother. My grandfather is died in January and the electricity is "
     "still in his name, we must change it to her name."),
    ("bereavement", "sensitive", "email",
     "Good day, I write to inform you that my elder brother, the holder of this wallet, has gone to be with "
     "the Lord. Kindly advise the process for the family to access the balance. Thank you."),
    ("bereavement", "sensitive", "thread",
     "Can you take my partner off the account? || Agent: Sure, he'll just need to confirm by phone. || He "
     "can't. He was killed in a car crash in June. || Agent: I'm so sorry. I'll handle it with a copy of "
     "the certificate instead."),
    ("bereavement", "sensitive", "chat",
     "hi, how do I cancel my lola's subscription? we buried her last December and we only found the "
     "charges now"),
    ("bereavement", "sensitive", "voice",
     "hello love, it's about my late husband's car insurance, I want to put it in my own name now, I'm "
     "keeping the car"),
    ("bereavement", "sensitive", "summary",
     "Caller's wife died in March; he asked to remove her from the joint account and keep the line. "
     "Bereavement code applied."),
    ("bereavement", "sensitive", "form",
     "Account holder status: Deceased | Contact: son (next of kin) | Request: close account, refund credit "
     "balance to the estate"),
    ("bereavement", "sensitive", "non-native",
     "Madam, my mother's pension account mobile number should be changed to mine, she left us last week only."),
    ("bereavement", "sensitive", "thread",
     "Hey, I want to cancel the flower subscription. || Agent: Sure, can I ask why? || They went on my "
     "grandpa's grave every month, but the family's moving him to a cemetery out of state. || Agent: "
     "Understood, cancelled from today."),
    ("bereavement", "sensitive", "email",
     "Dear team, please cancel the newspaper subscription of my father. He passed on at the start of April. "
     "Best regards, Stefan"),
    ("bereavement", "sensitive", "voice",
     "hi, it's about the hotel booking for the weekend of the 20th, we need to cancel it, my uncle's funeral "
     "is that Saturday and we have to be in Sligo"),
    ("bereavement", "sensitive", "summary",
     "Customer's father's burial is on the 18th; she requested a change of her flight to Enugu and a waiver "
     "of the change fee. Approved on compassionate grounds."),
    ("bereavement", "sensitive", "chat",
     "hey can I get the direct debit stopped on my brother's gym membership? we lost him a couple of weeks "
     "ago and it's still coming out"),
    ("bereavement", "sensitive", "form",
     "Reason for cancellation: Other | Details: my wife's memorial service was last week and I can't look "
     "at her account any more, please close it"),
    ("bereavement", "sensitive", "thread",
     "Hi, I want to transfer the postpaid line to my name. || Agent: Is the current holder available to "
     "authorize? || No po. Papa's 40th day was just last week. We need the number because all his contacts "
     "use it. || Agent: My condolences. Please send the death certificate and your ID."),
    ("bereavement", "sensitive", "non-native",
     "Please stop the letters for my husband. He is not alive since summer and every letter is hurting me."),
    ("bereavement", "benign", "thread",
     "My card expired so the payment failed. || Agent: No problem, you can update it in the app. || Done. "
     "Will I get a late fee? || Agent: No, I've waived it this time."),
    ("bereavement", "benign", "voice",
     "yeah my phone just died on me, like completely dead, won't turn on at all, and it's still under "
     "warranty"),
    ("bereavement", "benign", "summary",
     "Caller is the office manager of a funeral home; their website hosting renewal failed. Card updated, "
     "site restored."),
    ("bereavement", "benign", "form",
     "Request: Add nominee to term life insurance policy | Nominee: wife | Question: can I split it 50/50 "
     "with my brother?"),
    ("bereavement", "benign", "non-native",
     "My plant from your shop is dead after one week. Can I get a new one or money back?"),
    ("bereavement", "benign", "email",
     "Good day, I'm planning my parents' 40th wedding anniversary and would like to book the hall and "
     "catering for 150 guests on the last Saturday of May. Kindly send the packages."),
    ("bereavement", "benign", "chat",
     "Hi! my battery is dying so fast after the update, 100 to 20 in like 3 hours"),
    ("bereavement", "benign", "thread",
     "I want to cancel the wine club. || Agent: Sorry to see you go, any reason? || Just too many bottles "
     "piling up, nothing wrong with the wine. || Agent: Cancelled, no more boxes after this month."),
    ("bereavement", "benign", "voice",
     "hello, I'm ringing about the Funeral for a Friend tickets, the band, the gig's been moved and I can't "
     "make the new date so I want a refund"),
    ("bereavement", "benign", "summary",
     "Customer asked how to set up a legacy contact on her account as part of tidying up her settings. Sent "
     "the help article."),
    ("bereavement", "benign", "form",
     "Request: Will-writing service voucher | Issue: code not accepted at checkout | Code: from the bank's "
     "rewards page"),
    ("bereavement", "benign", "non-native",
     "Sir, my old SIM is expired because I did not recharge for 90 days. Please reactivate with the same "
     "number."),
    ("bereavement", "benign", "thread",
     "The game keeps saying my character died and won't let me respawn. || Agent: Which platform? || PS5. I "
     "lose all my progress every time. || Agent: There's a patch out, please update and try again."),
    ("bereavement", "benign", "email",
     "Hi, I'm a florist and we do a lot of sympathy wreaths. Can I add a 'Sympathy' category to my online "
     "store template? Thanks, Mel"),
    ("bereavement", "benign", "voice",
     "hello, the flight to Owerri, my cousin's wedding is the same day so I want the morning flight, not "
     "the evening one"),
    ("bereavement", "benign", "summary",
     "Customer wants to cancel the gym because he's moving to Hamburg; provided the new address as proof. "
     "Special termination approved."),
    ("bereavement", "benign", "chat",
     "my laptop's been dead slow since the update, is it just me?"),
    ("bereavement", "benign", "thread",
     "Hi, can I change the account holder name? || Agent: Sure, to whom? || To my husband, he's taking over "
     "the bills since I changed jobs. || Agent: Please send both IDs and we'll do it."),
    ("bereavement", "benign", "form",
     "Product: 'Memento Mori' journal | Issue: pages misprinted | Request: replacement"),
    ("bereavement", "benign", "non-native",
     "Hello, my grandfather is 90 years this month and we want to book the restaurant for his birthday, "
     "20 persons."),
    # ---------------------------------------------------------------- violence_self_harm
    ("violence_self_harm", "sensitive", "thread",
     "Can I change my number please? || Agent: Sure, is there a reason? It helps us pick the right option. "
     "|| My ex keeps ringing and texting saying he'll come round and sort me out. || Agent: I'm sorry. I'll "
     "issue a new unlisted number today."),
    ("violence_self_harm", "sensitive", "voice",
     "hi um I need to get a new card, my boyfriend took mine and he, he gets rough when I ask for it back, "
     "so I just want that one cancelled"),
    ("violence_self_harm", "sensitive", "summary",
     "Cust stated she's been getting abusive messages from a buyer on the marketplace since a sale last "
     "week; screenshots provided. User blocked and reported to T&S."),
    ("violence_self_harm", "sensitive", "form",
     "Complaint: Delivery agent behaviour | Details: the delivery boy touched me inappropriately at the door "
     "and passed comments. I don't want him coming to my address again."),
    ("violence_self_harm", "sensitive", "non-native",
     "Hello, please delete my address from the profile. My neighbour is watching me and wrote he will hurt "
     "me if I complain again. I want nobody can find me."),
    ("violence_self_harm", "sensitive", "email",
     "Hi, I need the account address changed to a PO box and my details hidden. I've just left a violent "
     "relationship and he knows my email password. Thanks, Kat"),
    ("violence_self_harm", "sensitive", "thread",
     "Hi, can you cancel my order? || Agent: Sure, may I know the reason? || I ordered the rope and... "
     "honestly I don't think I should have it right now. I haven't been okay. || Agent: I've cancelled it. "
     "If you're thinking of hurting yourself, please reach out to a crisis line, I can share the number."),
    ("violence_self_harm", "sensitive", "chat",
     "can u delete my account? i dont really plan on being around much longer anyway"),
    ("violence_self_harm", "sensitive", "voice",
     "hi, yeah, it's about the doorbell camera footage, some lads from down the road have been putting "
     "things through my letterbox and screaming at me every night, I need to save the videos"),
    ("violence_self_harm", "sensitive", "summary",
     "Escalation: customer disclosed on chat that she's been cutting again and asked to cancel her razor "
     "subscription. Gave 988 info, cancelled, flagged to wellbeing team."),
    ("violence_self_harm", "sensitive", "form",
     "Complaint: Staff conduct | Details: your driver slapped me at the park when I asked for my change. "
     "Witnesses were there."),
    ("violence_self_harm", "sensitive", "thread",
     "Can you stop showing my location on the app? || Agent: You can turn it off under Privacy. Is "
     "everything okay? || Not really. A bloke I matched with once keeps turning up at my work, I've told "
     "him to leave me alone. || Agent: I'm sorry. I've also hidden your profile from him."),
    ("violence_self_harm", "sensitive", "non-native",
     "Madam please change the registered number to my new one. My in-laws are checking my phone and "
     "beating me if I talk to my parents, now I am staying with my sister."),
    ("violence_self_harm", "sensitive", "email",
     "Hello, please stop sending account post to my old address. My stepfather used to hit me and I've "
     "moved out, but he still opens my letters there. Regards, Jess"),
    ("violence_self_harm", "sensitive", "voice",
     "howya, I want to turn off the tracker on the car, my husband's been using it to follow me, and he's "
     "put his hands on me before, so"),
    ("violence_self_harm", "sensitive", "summary",
     "Kundin reports a colleague sends her threatening messages through the team chat tool; she wants the "
     "message history exported for HR. Export provided."),
    ("violence_self_harm", "sensitive", "chat",
     "Pls block this number from calling my line, the man has been threatening to kill me over a land "
     "matter in the village"),
    ("violence_self_harm", "sensitive", "thread",
     "Please cancel the auto-refill on my sleeping tablets. || Agent: Sure, can I ask why? || My sister "
     "thinks I shouldn't have a big supply in the house right now, after what I said to her last week. || "
     "Agent: Understood, auto-refill is off. If you're in crisis, please call 988."),
    ("violence_self_harm", "sensitive", "form",
     "Concern: Seller harassing me | Details: after I left a 1-star review the seller posted my photo on "
     "Facebook calling me a scammer and messaged all my contacts"),
    ("violence_self_harm", "sensitive", "non-native",
     "I want end my contract. Life has no sense anymore and I will not need a phone soon."),
    ("violence_self_harm", "benign", "thread",
     "The Killer Sudoku book came with pages missing. || Agent: Sorry about that, replacement or refund? || "
     "Replacement please. || Agent: Sent today."),
    ("violence_self_harm", "benign", "voice",
     "hi, this update is killing my battery, like seriously, I'm at ten percent by lunch"),
    ("violence_self_harm", "benign", "summary",
     "Caller is a self-defence instructor booking the hall for weekly classes; asked for the invoice to go "
     "to the club."),
    ("violence_self_harm", "benign", "form",
     "Product: Mosquito killer bat | Issue: not charging | Request: replacement"),
    ("violence_self_harm", "benign", "non-native",
     "Hello, the knife block set arrived but one knife is missing, the bread knife. Please send it."),
    ("violence_self_harm", "benign", "email",
     "Good day, we are a security company and want to upgrade our CCTV cloud storage to 90 days retention. "
     "Kindly send a quote."),
    ("violence_self_harm", "benign", "chat",
     "hi, my Mobile Legends account got hacked, how do I recover it?"),
    ("violence_self_harm", "benign", "thread",
     "The boxing gloves I ordered are the wrong size. || Agent: What size did you get? || 10oz, I need 14oz "
     "for sparring. || Agent: I'll swap them, the courier collects tomorrow."),
    ("violence_self_harm", "benign", "voice",
     "hiya, I'm ringing about the true crime podcast subscription, it's charging me twice every month"),
    ("violence_self_harm", "benign", "summary",
     "Customer asked about our policy on reporting harassment in the community forum before joining. Sent "
     "the community guidelines."),
    ("violence_self_harm", "benign", "form",
     "Request: Change of delivery | Item: splitting axe for firewood | Note: leave at the back shed"),
    ("violence_self_harm", "benign", "non-native",
     "Sir, my phone screen is broken, it fell from my hand in the bus. Can you repair under the insurance?"),
    ("violence_self_harm", "benign", "thread",
     "I got a threatening email saying my account will be closed unless I click a link. || Agent: That's "
     "phishing, please don't click it. || Thought so, just checking. || Agent: Please forward it to our "
     "security team."),
    ("violence_self_harm", "benign", "chat",
     "the 'report player' button in the game doesn't do anything when I tap it, just want to flag the bug"),
    ("violence_self_harm", "benign", "email",
     "Hi, I write crime thrillers and I'm researching a scene: does your car rental app keep location "
     "history after a trip ends? Purely for the plot. Best, Rob"),
    ("violence_self_harm", "benign", "voice",
     "good evening, the boxing fight I bought on pay-per-view, the stream cut off in the third round, I "
     "want a refund"),
    ("violence_self_harm", "benign", "summary",
     "Customer complained the smoke alarm keeps screaming at night with a low battery chirp; replacement "
     "batteries sent."),
    ("violence_self_harm", "benign", "thread",
     "Hi, is the Hunger Games box set available? || Agent: Yes, paperback or hardcover? || Paperback po. || "
     "Agent: Added to your cart."),
    ("violence_self_harm", "benign", "form",
     "Request: Remove fake review | Reason: a 1-star review on our shop page is about a product we don't "
     "even sell"),
    ("violence_self_harm", "benign", "non-native",
     "Hello, I cut the internet cable by mistake with the lawnmower. Can a technician come to fix it?"),
]


def desk_examples() -> list[dict]:
    """The desk split as labelled tickets (same shape as ``sensitive_eval.build_eval_set``'s)."""
    return stranger_examples("desk", ENTRIES, SUBJECTS)
