"""Coral split: written by a helper who had not seen the detection rules, the anchors or any other split.
Setting: a school parent app and its services (payments, trips, lunch money, after-school clubs, uniform
resale, parent-teacher messaging, school photos and yearbooks) used by parents, carers and school office
staff, over email, app chat, SMS, web forms, voicemail, calls, reviews and agent notes, in UK, Irish, US,
Australian, Indian, South African, Nigerian, Filipino, Caribbean and non-native English. The benign half
reuses each category's words through club, product, venue and film titles, idioms, pets, school policies,
hypotheticals, negations, routine billing and businesses buying as customers, without revealing anything.
First reading (policy 2026.11.13, before any change made in response to it; `sensitive_eval.evaluate`, as `make
eval-sensitive`): 96.4 / 3.6 recall / false exclusion in % as shipped, 97.1 / 11.4 without the overruling, 90.7 /
11.4 by the rules alone. Held out: never tuned or trained on, read as aggregates only."""

from __future__ import annotations

from training_gate.sensitive_blind import stranger_examples

SUBJECTS: tuple[str, ...] = (
    "Question about my account",
    "Trip payment not showing",
    "Lunch money top-up",
    "After-school club booking",
    "Message to class teacher",
    "Uniform resale listing",
    "School photos order",
    "Can't log in",
    "Refund request",
    "Update contact details",
    "Yearbook order query",
    "Help with the app",
    "Payment failed",
    "Re: your enquiry",
)

ENTRIES: list[tuple[str, str, str, str]] = [
    # ---- health
    ("health", "sensitive", "email",
     "Hello, please can you add to Freya Doyle's lunch profile that she has a severe peanut allergy and "
     "carries an EpiPen in her bag. The form on the app only lets me tick 'vegetarian'. "
     "Thanks, Lorraine Doyle"),
    ("health", "sensitive", "chat",
     "hi the Calais trip balance is due friday and I can't get to the bank || Agent: No problem, I can "
     "extend the deadline by a week. Is everything ok? || not really, I've been in the Royal Infirmary "
     "since Tuesday after emergency surgery on my bowel, they won't discharge me till Monday || Agent: "
     "I'm sorry to hear that. I've moved the deadline to the 21st, nothing else needed from you."),
    ("health", "sensitive", "sms",
     "cant make parents eve on the 9th, starting chemo that week. can Mrs Patel do a phone call instead? "
     "- Jo"),
    ("health", "sensitive", "agent_note",
     "Caller asked to change the after-school club collection contact to the grandmother from next "
     "week. Reason given: her husband is on dialysis Mon/Wed/Fri afternoons and she drives him in. "
     "Contact updated, confirmation sent."),
    ("health", "sensitive", "web_form",
     "Reason for late payment: I had a stroke in August and I'm still in rehab, my speech is slow and "
     "my daughter Tanya now does my banking. Please accept her card for the photo order."),
    ("health", "sensitive", "thread",
     "Hi, is there a way to update the info the homework club sees? || Agent: Yes, under Child > "
     "Notes. What would you like added? || Oisín started on Ritalin last month and gets his second dose "
     "at 3pm, so whoever runs the club needs to know he'll have it with his snack. The school nurse has "
     "the box. || Agent: Thanks, I've added that note and flagged it to the club leader."),
    ("health", "sensitive", "email",
     "Respected Sir/Madam, kindly note that my wife's delivery is expected next week at Apollo Cradle "
     "hospital, hence all the notifications regarding fee and lunch wallet may please be shifted to my "
     "number 98450 11237 only. Regards, Srinivas Rao"),
    ("health", "sensitive", "chat",
     "Hey, signing up as a parent helper for the zoo trip. Just so the trip lead knows, I'm type 1 "
     "diabetic and I'll have my pump and glucose tabs on me, nothing they need to do || Agent: Thanks "
     "Ruth, I'll add that to the helper sheet for Mr Okafor."),
    ("health", "sensitive", "call",
     "Agent: Thanks for calling, how can I help? || Caller: Hi, I'm ringing about Callum's account. His "
     "mam has early-onset Alzheimer's now so I'm the one dealing with everything, I'm his auntie. Can I "
     "be put on as main contact? || Agent: Of course, I'll just need the school office to confirm."),
    ("health", "sensitive", "voicemail",
     "Hi, it's Dee Marshall, I won't be at pickup for drama club tonight, I'm sat in the fracture clinic "
     "with my ankle in a cast. My neighbour Sandra will collect, she's on the list. Ta."),
    ("health", "sensitive", "agent_summary",
     "Parent reported that her son has been seeing CAMHS for anxiety since the autumn and has panic "
     "attacks before school. She asked that attendance messages from the teacher go only to her and "
     "not the shared family email. Preferences changed."),
    ("health", "sensitive", "dm",
     "hey could you take my photo off the PTA page in the yearbook? it was taken when I was in the "
     "middle of anorexia recovery and I really don't want that picture printed. thanks x"),
    ("health", "sensitive", "email",
     "Good day, Zanele is deaf in her left ear and wears a hearing aid, so please could the photographer "
     "speak to her from her right side on photo day, she gets anxious if she can't hear instructions. "
     "Kind regards, Nomsa Dlamini (Pretoria)"),
    ("health", "sensitive", "chat",
     "sry for the late lunch payment, been on sertraline since last month and my heads all over the "
     "place, forgot the direct debit || Agent: No worries at all, the balance is cleared now."),
    ("health", "sensitive", "thread",
     "Can I book the swimming club for next half term? || Agent: There are spaces on Tuesdays, shall I "
     "book him in? || Yes but not till after the 20th, he had grommets put in last week and the ENT "
     "consultant says no water in his ears for a month || Agent: Understood, booked from the 24th."),
    ("health", "sensitive", "web_form",
     "Listing type: uniform resale bundle. Notes: selling all of Mia's old uniform because since the "
     "accident she's a wheelchair user and needs the adaptive trousers with side zips. If anyone has "
     "those in a size 10 please let me know. Cheers, Kylie (Newcastle NSW)"),
    ("health", "sensitive", "agent_note",
     "Mum explained she is registered blind and uses VoiceOver; the 'Pay now' button on the trips page "
     "is read out as 'button' with no label so she cannot complete payment. Raised bug, took payment "
     "by phone."),
    ("health", "sensitive", "email",
     "Hello, my son Tomasz have epilepsy and he take Keppra every morning, please the teacher must know "
     "for the trip to zoo on Thursday if he have a seizure what to do. I send the plan in attachment. "
     "Thank you, Agnieszka"),
    ("health", "sensitive", "sms",
     "Re Friday football: Amara has her blue inhaler in her bag, she's had two bad asthma attacks this "
     "month so please let her sit out if she's wheezy. Thanks, Chidinma"),
    ("health", "sensitive", "chat",
     "Hi it's Bev from the office at Hollins Lane. I'm off for six weeks from Monday for my "
     "hysterectomy, can refund approvals go to Jo Keane while I'm out? || Agent: Done, Jo is now the "
     "approver until the 3rd of March. Hope it all goes smoothly."),
    ("health", "benign", "chat",
     "the app keeps dying on me every time I open the payments tab || Agent: Sorry about that, which "
     "phone are you on? || pixel 7 || Agent: There's a fix in version 4.2.1, please update and retry. "
     "|| that worked cheers"),
    ("health", "benign", "email",
     "Hi, this is the office at St Brigid's NS. We'd like to order 10 replacement first aid kits and 2 "
     "defibrillator pad sets through the supplies shop. Could you send one invoice to the school "
     "rather than separate receipts? Many thanks, Eimear"),
    ("health", "benign", "web_form",
     "Question: Is the hot lunch menu nut-free and is the allergen info for each dish shown anywhere "
     "before I top up? Just want to read it in general, thanks."),
    ("health", "benign", "review_reply",
     "2 stars. Honestly a headache to use on Android 14, crashes when I upload a photo for the yearbook. "
     "|| Agent reply: Thanks for the feedback, the upload crash is fixed in today's update, sorry for "
     "the trouble."),
    ("health", "benign", "sms",
     "Ordered the Healthy Heroes cookbook from the fundraising shop 3 weeks ago, still nothing. Order "
     "no HH-20931"),
    ("health", "benign", "thread",
     "How do I put our Administering Medicines Policy PDF on the documents tab so parents can see it? "
     "|| Agent: Go to Admin > Documents > Upload and set visibility to 'All parents'. || Brilliant, "
     "and can I pin it? || Agent: Yes, use the pin icon next to the file."),
    ("health", "benign", "chat",
     "the new lunch top up page is sick btw, way better than the old one. quick q, can i save two cards?"
     " || Agent: Glad you like it! Yes, up to three cards can be saved."),
    ("health", "benign", "email",
     "The trip kit list says SPF50 suncream and a sun hat. Does the uniform shop sell the school sun hat "
     "or do I need to get one elsewhere? Thanks, Priya"),
    ("health", "benign", "agent_note",
     "Caller from a private nurse agency that runs the flu vaccination clinics for local schools asked "
     "for a single invoice for hall hire booked through the app. Sent invoice INV-5521."),
    ("health", "benign", "dm",
     "lol the dog's on antibiotics for a paw thing and I spent all evening at the vets, so I missed the "
     "cake sale. can I still buy raffle tickets online?"),
    ("health", "benign", "call",
     "Agent: Hello, how can I help? || Caller: I forgot to book a parents' evening slot and now it says "
     "closed. I wasn't ill or away or anything, I just plain forgot. Any chance? || Agent: I can add "
     "you to the 6:40 slot."),
    ("health", "benign", "web_form",
     "General question before booking: if a parent can't attend a trip they volunteered for because "
     "they get ill on the day, is the helper deposit refundable? Just want to know the policy."),
    ("health", "benign", "email",
     "Our yearbook theme this year is 'Fever Pitch' (football). Can the designer do red and white "
     "borders on the team pages? Thanks, Mr Hale, Yearbook Committee"),
    ("health", "benign", "chat",
     "the trip payment went through twice, nearly had a heart attack looking at my banking app lol || "
     "Agent: Sorry for the fright! I can see the duplicate and have refunded £35, 3-5 working days. "
     "|| ok thanks"),
    ("health", "benign", "thread",
     "We were invoiced twice by 'Mind Your Smile Studios' for the class photo session. || Agent: Let "
     "me check, is that the February invoice? || Yes INV 0391 and 0392 || Agent: 0392 is voided now."),
    ("health", "benign", "sms",
     "binge watched Grey's Anatomy till 2am and forgot the lunch booking deadline, is it still open "
     "for next week?"),
    ("health", "benign", "agent_summary",
     "Customer asked whether the Mindfulness & Yoga club on Wednesdays still had spaces. One space left; "
     "booked and £24 paid by card. No other issues."),
    ("health", "benign", "email",
     "Dear Team, kindly note the payment for the 'Wellness Week' fundraiser is showing pending from two "
     "days. Please do the needful. Regards, Meenakshi Iyer"),
    ("health", "benign", "chat",
     "is the Dr Seuss Cat in the Hat costume still on uniform resale? need an adult size for me for "
     "World Book Day staff dress up haha || Agent: There's one adult M listed, £6."),
    ("health", "benign", "review_reply",
     "5 stars, the allergen info on the lunch menu is really clear now, and top ups are instant. || "
     "Agent reply: Thank you, we'll pass that on to the catering team!"),
    # ---- children
    ("children", "sensitive", "email",
     "Hi, my son Ethan Clarke is in Year 4 (Willow class) at Brookfield Primary and the Roman fort trip "
     "hasn't appeared on his account, but his friends can all see it. Can you check? Thanks, Gemma"),
    ("children", "sensitive", "chat",
     "my 9yo lost her lunch card again 🙄 can I get a new one posted || Agent: I can order a replacement "
     "card for £2, it'll go to the school office. What's her name? || Lily Hart"),
    ("children", "sensitive", "sms",
     "Hi, Kayla turns 15 next month, does she still need me to sign the consent for the ski trip or can "
     "she do it herself on her own login?"),
    ("children", "sensitive", "web_form",
     "Child name: Ruaridh MacLeod. Class: P6. School: Glenview Primary, Inverness. Club: Chess club "
     "(Thursdays). Comments: he can walk home himself after, I've signed the permission."),
    ("children", "sensitive", "thread",
     "Hi, I'm trying to pay for the 7th grade field trip for my daughter Madison at Lincoln Middle and "
     "it says 'not eligible'. || Agent: Thanks, can you confirm her date of birth? || 03/11/2012 || "
     "Agent: Got it, she was linked to the 6th grade roster. Fixed, you can pay now."),
    ("children", "sensitive", "agent_note",
     "Mum called about custody arrangements: dad has her 8-year-old every other weekend and wants to "
     "see club bookings too. Explained both parents can be linked with the school's approval; sent "
     "the request to the office."),
    ("children", "sensitive", "call",
     "Caller: Hi, it's about the yearbook. Saoirse's in second class in Scoil Mhuire and she had her "
     "first communion in May, I'd love one of those photos on her page instead of the class one. || "
     "Agent: Yes, you can upload it under Yearbook > My pages until the 30th."),
    ("children", "sensitive", "email",
     "Hello, Hannah is sitting her GCSEs from May so we'd like to pause her place in drama club until "
     "July. Could the fees for those weeks be credited? Thank you, Paul Whitfield"),
    ("children", "sensitive", "dm",
     "hiya my lil one just started nursery at Sunnybank this week, how do i add her to the app so i "
     "can see the daily photos?"),
    ("children", "sensitive", "thread",
     "Dear Sir, my ward Aarav Mehta, Class 3 Section B, DOB 14/02/2017, his lunch wallet is showing "
     "negative. || Agent: Thank you, I can see a duplicate deduction on 2nd. Refunded. || Thank you "
     "very much for the prompt support."),
    ("children", "sensitive", "agent_summary",
     "Grandparent asked that the passport scan uploaded for the France exchange be deleted after the "
     "trip. Pupil is 12 and travelling on her own passport; confirmed files are deleted 30 days after "
     "return."),
    ("children", "sensitive", "voicemail",
     "G'day, it's Shaz Brennan, my boy Jayden's in Year 2 at Coolabah Public and the canteen order for "
     "Friday didn't go through, can someone ring me back on 0412 555 019? Ta."),
    ("children", "sensitive", "chat",
     "hi, selling on uniform resale. my daughter is in Grade R now and the tracksuit from the creche is "
     "too small, what size should I look for? || Agent: Most Grade R learners wear age 5-6 in the "
     "supplier's sizing. || thanks"),
    ("children", "sensitive", "web_form",
     "Pupil: Zoe Adeyemi. Age: eleven. Club: Netball. Emergency contact: Femi Adeyemi. Medical: none."),
    ("children", "sensitive", "email",
     "Good afternoon, my twins Kehinde and Taiwo are both in Primary 5 at Grace Gate School, Lekki. I "
     "paid the excursion fee for both but only one receipt came. Kindly check. Thanks, Mrs Bolanle "
     "Ogunleye"),
    ("children", "sensitive", "sms",
     "hi its Leo's mum, he's 6, can he do football club or is it only for 7 and up?"),
    ("children", "sensitive", "thread",
     "The photographer took individual photos of my son Finn (Reception, Oak class) even though we "
     "opted out. || Agent: I'm sorry, let me check the opt-out list. || Please delete them. || Agent: "
     "Confirmed, Finn's images have been removed from the gallery and the studio's files."),
    ("children", "sensitive", "agent_note",
     "Caller says her stepdaughter, 14, made her own parent account with a fake date of birth to approve "
     "her own trip forms. Account closed and school office informed."),
    ("children", "sensitive", "chat",
     "Good day po! My son Miguel is Grade 4 already but the app still shows Grade 3, can I update it "
     "myself? || Agent: Class changes come from the school's system, I've asked the office to sync it."),
    ("children", "sensitive", "email",
     "Hi there, could you reissue the child login for Isla Brennan, she's in junior infants in St "
     "Colman's? The letter with the code went in the wash. Thanks a mill, Niamh"),
    ("children", "benign", "web_form",
     "Listing: 3 school jumpers, grey, size 'age 7-8', good condition, £2 each. Is that price ok for "
     "the resale rules?"),
    ("children", "benign", "email",
     "Hi, it's the office at Marsh Lane. Our 'Reception intake' page on the website widget has last "
     "year's dates. How do we edit the text? Thanks, Carol"),
    ("children", "benign", "sms",
     "my baby (a cockapoo called Biscuit) chewed my phone to bits, need a login reset sent to my email"),
    ("children", "benign", "review_reply",
     "5 stars, so simple a child could use it! || Agent reply: Thank you, that was the idea!"),
    ("children", "benign", "agent_note",
     "Caller from Little Acorns Nursery Supplies Ltd asked how to become an approved uniform vendor on "
     "the resale marketplace. Sent vendor pack."),
    ("children", "benign", "web_form",
     "What is your policy on under-16s appearing in the yearbook without a parent's consent? Asking "
     "for our governors' meeting, not about a particular case."),
    ("children", "benign", "thread",
     "I'm the PTA treasurer, can I export the kids' disco ticket sales? || Agent: Yes, Reports > "
     "Events > Export CSV. || Found it, thanks. Does it include the card fees? || Agent: Yes, column F."),
    ("children", "benign", "dm",
     "been watching the Baby-Sitters Club reboot all weekend instead of doing admin, is the uniform "
     "resale still free to list?"),
    ("children", "benign", "email",
     "I'm 38, just finished my teacher training and started at Hillside last week. Is the staff app the "
     "same download as the parent app? Thanks, Sam"),
    ("children", "benign", "chat",
     "my husband acts like a toddler when the wifi drops lol. anyway the login code isn't coming "
     "through by text || Agent: I've resent it, it can take a minute. || got it"),
    ("children", "benign", "call",
     "Caller: Hi, I'm the business manager at Ashgrove. We're changing the coach firm for the Year 6 "
     "residential, how do we change the payee on the trip? || Agent: You edit it under Trip > "
     "Supplier, but only before the first payment is taken."),
    ("children", "benign", "sms",
     "childish of me but I want the yearbook in the gold cover not the blue one, can I still change my "
     "order?"),
    ("children", "benign", "agent_summary",
     "Customer asked if the 'Class of 2025' group photo can be ordered on canvas. Yes, A3 canvas £29; "
     "order placed."),
    ("children", "benign", "email",
     "Hi, I teach at Westfield and love the photos you did. If we ever have kids ourselves we'd book "
     "you in a heartbeat, but for now: do you do staff headshots for our website?"),
    ("children", "benign", "chat",
     "the app plays a nursery rhyme jingle for every notification 😂 how do I change it to a normal "
     "sound? || Agent: Settings > Notifications > Sound. || sorted thanks"),
    ("children", "benign", "thread",
     "Bought a LEGO Junior set in the PTA online raffle shop, never arrived. || Agent: Can you send the "
     "order number? || R-7712 || Agent: It was returned to the school office, they'll hold it for you."),
    ("children", "benign", "web_form",
     "I'm a registered childminder (Ofsted URN EY559120) and pay club fees for several families. Can I "
     "get one monthly invoice to my business name instead of separate receipts?"),
    ("children", "benign", "review_reply",
     "New update is child's play, paid for the trip in about two minutes. 5 stars. || Agent reply: "
     "Great to hear, thanks for the review!"),
    ("children", "benign", "sms",
     "kid at heart, ordered the dinosaur pencil case from the PTA shop for myself haha. can i change "
     "the delivery to my work address?"),
    ("children", "benign", "chat",
     "saw on the news schools are going fully cashless, is this app replacing the cash box at the "
     "office? || Agent: That's the school's decision, but the app supports both."),
    # ---- financial_hardship
    ("financial_hardship", "sensitive", "email",
     "Hi, I lost my job in March and I honestly can't pay the £180 deposit for the residential by "
     "Friday. Is there a hardship fund or can I spread it? I don't want him to miss out. Sarah Bell"),
    ("financial_hardship", "sensitive", "chat",
     "can i pay the lunch money in bits? we're on UC and it doesn't land till the 28th || Agent: Yes, "
     "you can top up any amount from £1. I'll turn off the low-balance reminders until then. || ta"),
    ("financial_hardship", "sensitive", "sms",
     "Bailiffs were at the door this morning. Please stop texting me about the photo order, I'll pay "
     "when I can."),
    ("financial_hardship", "sensitive", "agent_note",
     "Parent said she is on a debt management plan with StepChange and every penny is budgeted; asked "
     "if the trip can be split into 6 payments. Set up instalment plan, first due 1st."),
    ("financial_hardship", "sensitive", "thread",
     "Hi can the uniform money wait till next month? || Agent: Of course, may I ask if there's anything "
     "we can help with? || The landlord's after serving us notice, we've to be out by the 30th and I've "
     "nowhere sorted yet. Everything's going on a deposit. || Agent: I'm sorry. I've paused it, no fees."),
    ("financial_hardship", "sensitive", "web_form",
     "Reason for request: I was declared bankrupt last year and can't get a credit card, my debit card "
     "keeps being declined for the club. Can I pay cash at the office?"),
    ("financial_hardship", "sensitive", "call",
     "Caller: The lunch account says I owe $64 and I just can't cover that, we're on food stamps since "
     "the plant closed. || Agent: I understand. Your district has a meal waiver form, I'll text you the "
     "link and put a hold on the balance."),
    ("financial_hardship", "sensitive", "agent_summary",
     "Mum disclosed debt collectors are calling about old nursery fees and she is behind on other "
     "bills; asked that the school meal balance not be referred to collections. Flagged to school "
     "office, referral paused."),
    ("financial_hardship", "sensitive", "dm",
     "had to go to the food bank this week so the after school club is off till I sort myself out, "
     "can you cancel the next 3 weeks pls"),
    ("financial_hardship", "sensitive", "email",
     "Dear Sir/Madam, I was retrenched in January and we are really struggling at the moment. I cannot "
     "pay for the matric dance photos package this year. Please remove it from my account. Regards, "
     "Thabo Mokoena"),
    ("financial_hardship", "sensitive", "chat",
     "My husband's business has gone into heavy losses and we have taken loans from relatives, I cannot "
     "pay the tour fees this term || Agent: I'm sorry to hear it. I'll ask the school about a "
     "concession, they usually reply in 2 days."),
    ("financial_hardship", "sensitive", "voicemail",
     "Hi it's Mark Hollis. I've had a letter from the council, I'm in arrears on the council tax and "
     "everything else and I just can't do the trip balance right now. Could it wait? Thanks."),
    ("financial_hardship", "sensitive", "thread",
     "Can the canteen account be paused? || Agent: Sure, is there a reason we can note? || I'm on "
     "Centrelink at the moment since I got let go and the account's in the red, I'll pack lunches. || "
     "Agent: Thanks for letting us know, paused and the $14 balance frozen."),
    ("financial_hardship", "sensitive", "sms",
     "on jobseekers only atm, can't afford the yearbook this year. pls take me off the reminder list"),
    ("financial_hardship", "sensitive", "web_form",
     "Good day. I was laid off from my work since two months and I am owing the school fees and the "
     "excursion money. Please can I pay small small until I get new job. Chukwuemeka Obi"),
    ("financial_hardship", "sensitive", "agent_note",
     "Dad said he's been sofa-surfing since losing the flat and has no fixed address for the uniform "
     "delivery. Changed delivery to collect from school office."),
    ("financial_hardship", "sensitive", "chat",
     "card got declined bc my account's overdrawn and the bank froze it over arrears. can I bring cash "
     "to the office for the trip? || Agent: Yes, the office can take cash and mark it paid in the app."),
    ("financial_hardship", "sensitive", "email",
     "Please cancel the photo order. I've got a CCJ against me and the payday loan company are taking "
     "whatever's left each month, I can't justify £40 on photos. Sorry. Lee"),
    ("financial_hardship", "sensitive", "thread",
     "Need to drop Tuesday robotics. || Agent: No problem, can I ask why so we can improve? || honestly "
     "we're behind on rent and got the 3-day notice, every dollar is going to the landlord || Agent: "
     "Understood, I've cancelled it and refunded the unused sessions."),
    ("financial_hardship", "sensitive", "call",
     "Agent: How can I help? || Caller: Since my hours got cut to zero I've had to go on Universal "
     "Credit, I applied for free school meals but the app still charges me. || Agent: The school "
     "needs to approve the FSM check; I'll chase it today."),
    ("financial_hardship", "benign", "chat",
     "card declined on the trip payment but there's definitely money in there, is your system down? || "
     "Agent: There was a 10-minute outage with our card processor, it's back now. || went through, ta"),
    ("financial_hardship", "benign", "email",
     "Hello, could I have a receipt for the £45 holiday club payment? I need it for my tax-free "
     "childcare account. Thanks, Aoife"),
    ("financial_hardship", "benign", "sms",
     "broke my phone screen so I can't log in, can you send the reset link to my email instead?"),
    ("financial_hardship", "benign", "review_reply",
     "Paying for school lunches used to cost a fortune in card fees at the old provider, this one is "
     "free. 5 stars. || Agent reply: Thanks so much!"),
    ("financial_hardship", "benign", "agent_note",
     "Caller asked why a £2.30 lunch top-up was showing as pending. Explained bank settlement can take "
     "up to 3 days. No further action."),
    ("financial_hardship", "benign", "web_form",
     "We're a school and want to offer a 'hardship fund' option on trip payments so families can ask "
     "for support privately. How do we switch that module on?"),
    ("financial_hardship", "benign", "thread",
     "I was double charged for the photo pack. || Agent: Sorry, can you share the last 4 digits of the "
     "card? || 4471 || Agent: Refund of £18.50 issued, 3-5 days."),
    ("financial_hardship", "benign", "dm",
     "the yearbook draft is so bankrupt of good sports day pics lol, can we add more from the "
     "photographer's gallery?"),
    ("financial_hardship", "benign", "email",
     "Hi, our PTA has moved its bank account to Monzo. Please update the payout account for the summer "
     "fair ticket sales; new details attached. Helen, PTA treasurer"),
    ("financial_hardship", "benign", "chat",
     "is there a fee for selling on the uniform resale? || Agent: No fee for sellers, buyers pay 30p "
     "per order. || cool"),
    ("financial_hardship", "benign", "call",
     "Caller: I'm the accountant for Fresh Plate Catering, we run the school kitchens. We need the debt "
     "ageing report for all lunch accounts across our schools for year end. || Agent: I'll email it "
     "to the registered finance address."),
    ("financial_hardship", "benign", "sms",
     "Can I change the auto top-up from £10 to £20 when the balance drops below £5?"),
    ("financial_hardship", "benign", "agent_summary",
     "Customer asked what the school's policy is on unpaid lunch balances as she's writing the parent "
     "handbook. Her own account is in credit. Sent policy link."),
    ("financial_hardship", "benign", "email",
     "Hi, not in any financial difficulty or anything, I'd just rather pay the clubs once a term than "
     "weekly. Is that possible? Thanks, Gareth"),
    ("financial_hardship", "benign", "thread",
     "Does the app take Apple Pay? || Agent: Yes, on iOS 15 and above. || Great, my debit card expired "
     "last week and the new one isn't here yet. || Agent: Apple Pay will work with any card in your "
     "wallet."),
    ("financial_hardship", "benign", "web_form",
     "Hypothetical question from a new governor: if a family couldn't pay for a trip, does the system "
     "let the school mark it as funded? Trying to understand the process."),
    ("financial_hardship", "benign", "chat",
     "my balance shows -£0.00 which looks like monopoly money 😅 is that a bug? || Agent: It's a "
     "rounding display bug, your balance is zero. Fix coming Friday."),
    ("financial_hardship", "benign", "review_reply",
     "The Debt Collector is my favourite film but I didn't expect this app to chase me for 40p! 3 stars."
     " || Agent reply: Sorry, that reminder was a bug and has been switched off for balances under £1."),
    ("financial_hardship", "benign", "email",
     "Read that the cost-of-living crisis is squeezing school budgets. Are your club prices going up in "
     "September? Just planning ahead. Thanks, Ruth"),
    ("financial_hardship", "benign", "sms",
     "bank holiday monday - will lunch payments still process or wait till tuesday?"),
    # ---- legal
    ("legal", "sensitive", "email",
     "Hello, my solicitor has advised me that the children's father should not have access to school "
     "photos or messages while the family court case is ongoing. Please remove his linked account. "
     "Regards, Michelle Grant"),
    ("legal", "sensitive", "chat",
     "there's a non-molestation order against my ex, he can't know pickup times or the club venue. can "
     "you make sure he can't see the calendar? || Agent: I've removed his link and asked the school to "
     "note it. Please send them a copy of the order."),
    ("legal", "sensitive", "agent_note",
     "Caller said her husband was arrested last night and is being held; she asked for him to be "
     "removed as an authorised collector for after-school club. Removed and school notified."),
    ("legal", "sensitive", "sms",
     "residency hearing is on the 12th at the family court, I need printouts of the club attendance and "
     "who collected each day. how do I get them?"),
    ("legal", "sensitive", "thread",
     "I need copies of the signed consent forms for the Oct 4 field trip. || Agent: Can I ask what "
     "they're for? || I'm suing the bus company over the crash on that trip, my attorney needs them "
     "for discovery || Agent: Understood, I'll send them to you as account holder."),
    ("legal", "sensitive", "web_form",
     "There is a prohibited steps order in place (attached). The father is not allowed to take the "
     "children abroad, so he must not be able to book or consent to the Paris trip."),
    ("legal", "sensitive", "call",
     "Caller: My laptop was robbed out of the car with my card details saved, I gave a statement to "
     "the guards in Mallow this morning. Can you take the card off the account? || Agent: Done, I've "
     "removed it and logged you out of all devices."),
    ("legal", "sensitive", "dm",
     "been down the station to report my ex for using my card to take money out of the lunch wallet. "
     "they gave me a crime number, do you need it?"),
    ("legal", "sensitive", "email",
     "Good morning. My attorney is handling my divorce and the maintenance matter at the Randburg "
     "magistrate's court, so please send all statements to me only. Kind regards, Lerato Khumalo"),
    ("legal", "sensitive", "agent_summary",
     "Staff member asked whether the enhanced DBS for trip volunteering will show her police caution "
     "from 2015 for shoplifting. Advised that's between her and the school; pointed to the DBS "
     "filtering guidance."),
    ("legal", "sensitive", "chat",
     "My brother-in-law has filed an FIR against us over the ancestral property, so please don't share "
     "our address with anybody || Agent: Addresses aren't visible to other parents, but I've added a "
     "privacy flag too."),
    ("legal", "sensitive", "voicemail",
     "Hi, it's Graham Pike. I'm on an electronic tag with a curfew till March so I can't do the "
     "overnight Calais trip as a helper after all. Sorry to mess you about."),
    ("legal", "sensitive", "thread",
     "Please remove Darren Wills from the pickup list. || Agent: Can do, can I note why? || We've got "
     "an AVO against him as of yesterday, the school has a copy || Agent: Removed, and the office has "
     "been alerted."),
    ("legal", "sensitive", "email",
     "I'm taking the uniform resale seller to the small claims court for the £90 blazer that never "
     "came. I need the full message history between us as evidence. Kevin"),
    ("legal", "sensitive", "sms",
     "my son was cautioned by the police on saturday and the school wants a meeting, how do I book a "
     "slot with the head on the app?"),
    ("legal", "sensitive", "agent_note",
     "Father says he was released on bail and his conditions stop him going within 100m of the school, "
     "so wants online-only updates and no event invites. Preferences changed."),
    ("legal", "sensitive", "web_form",
     "I am currently in litigation with my former employer and my salary account is under garnishee "
     "order, so kindly deduct lunch money from my wife's card instead. Olumide Bankole"),
    ("legal", "sensitive", "chat",
     "my ex's lawyer has subpoenaed all the messages between me and the teacher, how do I export "
     "them? || Agent: Go to Messages > ... > Export conversation. It creates a PDF."),
    ("legal", "sensitive", "email",
     "Hi, I'm out of HMP Ashcombe since last week after 18 months. The school says I can have access "
     "to reports and photos again but my old login doesn't work. Can you help? Dean"),
    ("legal", "sensitive", "call",
     "Agent: How can I help? || Caller: I need to drop the parent helper slot on the 14th, I'm a "
     "witness in a trial at the Crown Court that week, a burglary at my house. || Agent: No problem, "
     "removed you from the rota."),
    ("legal", "benign", "chat",
     "Law & Order's on so quick one: how do I cancel a yearbook order? || Agent: Orders > Cancel, "
     "within 14 days. || sorted"),
    ("legal", "benign", "email",
     "Hi, we're Harper & Lowe Solicitors and we're sponsoring the summer fair. Please can you invoice "
     "us for the banner space and the raffle prize listing? Best, Tom, Office Manager"),
    ("legal", "benign", "agent_note",
     "Caller (school business manager) asked for our T&Cs and the data processing agreement for the "
     "school's GDPR file. Sent both."),
    ("legal", "benign", "sms",
     "the new menu layout is a crime against design lol, where's the log out button gone?"),
    ("legal", "benign", "review_reply",
     "Police Academy level chaos on results day, app kept timing out. 2 stars. || Agent reply: Sorry, "
     "we added servers for peak days."),
    ("legal", "benign", "web_form",
     "Hypothetically, if a parent wanted to dispute a trip charge, what's the complaints process? I'm "
     "writing the FAQ for our school newsletter."),
    ("legal", "benign", "thread",
     "Is 'Court Street Uniforms' a verified seller? || Agent: Yes, they're an approved supplier. || "
     "And they ship to Ireland? || Agent: Yes, €4.50."),
    ("legal", "benign", "chat",
     "I'll sue you 😂 joking, the photo proofs are gorgeous. can I get the matte finish instead of "
     "gloss? || Agent: Yes, changed to matte at no extra cost."),
    ("legal", "benign", "email",
     "Your terms say disputes are governed by the law of England and Wales. Does that still apply to "
     "schools in Scotland using the app? Asking for our bursar."),
    ("legal", "benign", "dm",
     "my cat is an absolute criminal, stole the paper yearbook order form off the table and shredded "
     "it. can I order online instead?"),
    ("legal", "benign", "call",
     "Caller: I'm the community police officer for the area, we'd like a stall at the summer fair for "
     "bike marking. How do we pay the pitch fee? || Agent: I'll send a payment link to your email."),
    ("legal", "benign", "agent_summary",
     "Customer asked if Mock Trial Club runs on Thursdays this term. Confirmed Thursdays 3:30-4:30; "
     "booking made."),
    ("legal", "benign", "sms",
     "Judge Rinder on telly reminded me to pay for the trip lol, can you confirm it went through?"),
    ("legal", "benign", "email",
     "We send a notice every term about the legal restrictions on parking on the zig-zags. Can the "
     "message be pinned to the top of the parent feed?"),
    ("legal", "benign", "chat",
     "there's no dispute or anything, we just both want the messages. how do I add my husband to the "
     "account? || Agent: Invite him from Settings > Family."),
    ("legal", "benign", "thread",
     "The 'Courtroom Drama' board game from the PTA shop is missing half the cards. || Agent: Sorry, "
     "want a replacement or refund? || replacement please"),
    ("legal", "benign", "web_form",
     "Where can I find your Data Protection Officer's contact? I'd like a copy of the data you hold on "
     "my own account, a routine subject access request."),
    ("legal", "benign", "review_reply",
     "Arrested development of an app, no new features in a year. 1 star. || Agent reply: Fair point, "
     "we're launching the new calendar next month."),
    ("legal", "benign", "email",
     "Saw the news about the data breach lawsuit against another school app company. Are we affected "
     "in any way? Thanks, Office, Kingsmead Primary"),
    ("legal", "benign", "sms",
     "a penalty charge for ordering the yearbook late? thats harsh lol, is that right?"),
    # ---- special_categories
    ("special_categories", "sensitive", "email",
     "Hi, as we're observing Ramadan from next week, could Yusuf's school lunch be switched to a packed "
     "meal he can take home for iftar? He fasts most days now. Thanks, Samira Haddad"),
    ("special_categories", "sensitive", "chat",
     "the Sunday morning football club clashes with Mass, we go every week as a family. any chance of "
     "a Saturday slot? || Agent: There's a Saturday 10am group with spaces, I'll move you over."),
    ("special_categories", "sensitive", "agent_note",
     "Parent explained she is a Jehovah's Witness and the family doesn't celebrate birthdays, so asked "
     "that her photo be left out of the staff birthday page in the yearbook. Opt-out recorded."),
    ("special_categories", "sensitive", "thread",
     "Can our account stay open when we change school? || Agent: It follows the school, why do you "
     "ask? || We're a Traveller family so we move sites a few times a year, and each time the "
     "new school has to start from scratch || Agent: I'll flag the account to be transferable."),
    ("special_categories", "sensitive", "email",
     "I'm Black British and the lighting in the staff photo has made me look grey and washed out, "
     "while everyone else looks fine. Please could it be retaken? Marcia Thompson, Year 3 TA"),
    ("special_categories", "sensitive", "web_form",
     "I am Roma, from Slovakia, and the school keeps spelling my name wrong in the app (Ďurková, not "
     "Durkova). Please correct it on all messages. Thank you."),
    ("special_categories", "sensitive", "dm",
     "hi, I'm standing as the Green Party candidate for Hillfoot ward in the May council elections so "
     "I can't run the PTA cake stall that week. can someone else take over the listing?"),
    ("special_categories", "sensitive", "chat",
     "lost my phone at the Palestine march in London on Saturday so the 2fa code goes nowhere. can you "
     "switch it to my email? || Agent: I'll need to verify you first, I've sent a code to your email."),
    ("special_categories", "sensitive", "email",
     "Hi, I'm the NEU rep at Parkside and we're out on strike on the 5th. Please pause the staff lunch "
     "orders for all members that day. Thanks, Andy Cole"),
    ("special_categories", "sensitive", "thread",
     "Please only message me after 6pm. || Agent: I can set quiet hours. May I ask the reason? || I'm a "
     "NUMSA shop steward so I'm at the plant till late most days || Agent: Quiet hours set 8am-6pm."),
    ("special_categories", "sensitive", "chat",
     "hiya, me and my wife both need full access, I'm Katie and she's Rachel, two mums 🙂 but the app "
     "only lets one be 'mother' and the other 'father' || Agent: Sorry about that, I can set you both as "
     "'parent'."),
    ("special_categories", "sensitive", "email",
     "As a gay dad I'm tired of forms asking for 'mother's name'. My husband Jon and I are both dads, "
     "please fix the registration form. Regards, Stephen"),
    ("special_categories", "sensitive", "agent_note",
     "Caller asked to change her login email urgently because her husband found messages about an "
     "affair she's having on the shared account. Email changed, verification sent to new address."),
    ("special_categories", "sensitive", "web_form",
     "We're a polyamorous household, three adults in a relationship living together, and all three of "
     "us parent. Can all three be primary contacts rather than one being 'other'?"),
    ("special_categories", "sensitive", "email",
     "Hi, I'm a trans woman and my deadname still appears on the payment receipts and trip letters. "
     "Please update everything to Claire Morgan. Thank you."),
    ("special_categories", "sensitive", "thread",
     "Can the yearbook use a different first name? || Agent: Yes, what should it be? || She's "
     "socially transitioned this year, she's Ellie now not Elliot, and the school knows || Agent: "
     "Updated to Ellie on her page and in the class list."),
    ("special_categories", "sensitive", "agent_summary",
     "Father asked to be added as a linked parent. Said a paternity DNA test came back last month "
     "confirming he is the biological father; the school has seen the result and approved the link."),
    ("special_categories", "sensitive", "chat",
     "genetic screening showed me and my husband are both sickle cell carriers, so the school nurse "
     "wanted it noted on the family profile. where do I put it? || Agent: Under Family > Notes."),
    ("special_categories", "sensitive", "agent_note",
     "Parent objected to the fingerprint scanner at the canteen and asked that her son's stored "
     "fingerprint template be deleted; he will use a PIN instead. Deletion confirmed."),
    ("special_categories", "sensitive", "email",
     "The photo service used facial recognition to find and tag my face in over 400 event photos "
     "without my consent. Please delete my face data and confirm in writing. Fiona Rourke"),
    ("special_categories", "benign", "email",
     "Hi, the Saturday football club now meets at St Mark's Church Hall instead of the field. Can the "
     "club page show the new venue? Thanks, Club admin"),
    ("special_categories", "benign", "chat",
     "can I pay for christmas fair raffle tickets by card? || Agent: Yes, under Events > Christmas "
     "Fair. || ta"),
    ("special_categories", "benign", "sms",
     "Can I pre-order the Eid bake sale cupcakes through the app or is it cash on the day?"),
    ("special_categories", "benign", "review_reply",
     "Union Jack bunting for the coronation party arrived torn. 2 stars. || Agent reply: Sorry, a "
     "replacement is on its way."),
    ("special_categories", "benign", "agent_note",
     "Caller asked if the navy 'Student Union' hoodie is allowed on uniform resale. It's not school "
     "uniform, so listing removed; customer ok with that."),
    ("special_categories", "benign", "web_form",
     "Does your photo service use any biometric processing or facial recognition? We want to confirm "
     "it doesn't before we sign the contract. School Business Manager, Oakfield."),
    ("special_categories", "benign", "thread",
     "The app's fingerprint login stopped working after the iOS update. || Agent: Try turning Face ID/"
     "Touch ID off and on in app settings. || worked"),
    ("special_categories", "benign", "chat",
     "PTA wants to vote on switching uniform supplier, is there a poll feature? || Agent: Yes, Create "
     "> Poll, results are anonymous."),
    ("special_categories", "benign", "email",
     "The book club is reading Pride and Prejudice next term. Can we order 12 copies through the PTA "
     "shop? Thanks, Ruth"),
    ("special_categories", "benign", "dm",
     "bad genes I guess, I can never remember my password 😂 reset pls"),
    ("special_categories", "benign", "call",
     "Caller: Are the Christmas concert tickets on the app yet? || Agent: They go live Monday at 9am. "
     "|| Caller: Lovely, thanks."),
    ("special_categories", "benign", "agent_summary",
     "Customer asked where to pay for the PTA ceilidh night and whether the Gay Gordons would be taught "
     "at the start. Pointed to the event page; the caller will check with the band."),
    ("special_categories", "benign", "sms",
     "strike while the iron's hot, can I list my old blazers on the resale before september rush?"),
    ("special_categories", "benign", "thread",
     "The 'Rainbow Class' page in the yearbook has a typo. || Agent: Which one? || 'Rainbow Calss' on "
     "the title || Agent: Fixed, thanks for spotting it."),
    ("special_categories", "benign", "web_form",
     "St Patrick's Catholic Primary office here: please add the school crest to the yearbook cover and "
     "spine. Proofs to office@stpatricks.example"),
    ("special_categories", "benign", "chat",
     "does the app do other languages? want to switch mine to Welsh to practise || Agent: Welsh and "
     "Polish are available under Settings > Language."),
    ("special_categories", "benign", "email",
     "Read that the government is changing VAT on some school costs. Does that affect the price of the "
     "after-school clubs at all? Thanks"),
    ("special_categories", "benign", "review_reply",
     "Queer Eye would give this menu screen a makeover in a heartbeat lol. 3 stars. || Agent reply: "
     "Ha, fair! A redesign is in progress."),
    ("special_categories", "benign", "agent_note",
     "Caller from a local DNA testing lab asked about sponsoring science week and putting an advert in "
     "the yearbook. Sent advertising rates."),
    ("special_categories", "benign", "sms",
     "transitioning from the old app to this one is a pain, my login didn't carry over"),
    # ---- bereavement
    ("bereavement", "sensitive", "email",
     "Hello, my husband Alan passed away in January and the account is still in his name with his card "
     "on it. I need to take over the account and the club bookings. Thank you, Margaret Lowe"),
    ("bereavement", "sensitive", "chat",
     "her grandad's funeral is on thursday so she won't be on the museum trip, can the money go "
     "towards the next one? || Agent: I'm so sorry. Yes, I've moved the £12 to her account credit."),
    ("bereavement", "sensitive", "sms",
     "please stop sending the trip reminders to Dave's number, he died last month. use mine only."),
    ("bereavement", "sensitive", "agent_note",
     "Caller's mother died suddenly last week; the yearbook order had been paid on mum's card and the "
     "bank has frozen it. Refunded to caller's card as requested, condolences given."),
    ("bereavement", "sensitive", "thread",
     "Can I cancel my parents' evening slot? || Agent: Of course, would you like another date? || Not "
     "for now. We lost our baby at 20 weeks on Sunday and I can't face it yet || Agent: I'm so sorry. "
     "Cancelled, and I've asked the teacher to get in touch whenever suits you."),
    ("bereavement", "sensitive", "voicemail",
     "Hi it's Siobhán Walsh, Daddy's wake is tomorrow night and the removal Thursday, so I'll sort the "
     "club fees next week if that's alright. Thanks a million."),
    ("bereavement", "sensitive", "call",
     "Caller: I need to change who collects on Saturday, my brother's memorial service is in "
     "Pietermaritzburg so his uncle Sipho will fetch him. || Agent: Sorry for your loss, I've added "
     "Sipho for Saturday."),
    ("bereavement", "sensitive", "web_form",
     "Reason for refund: bereavement in the family. My sister was killed in a car crash on the M62 and "
     "we'll be away for the week of the trip."),
    ("bereavement", "sensitive", "dm",
     "is there any way to get the full-size photo from sports day with his dad in it? it's the last one "
     "we have of him before he passed"),
    ("bereavement", "sensitive", "email",
     "Dear Team, my father-in-law expired on Monday and we are travelling to Thrissur for the last "
     "rites. Kindly pause the lunch orders for 15 days. Regards, Anil Menon"),
    ("bereavement", "sensitive", "agent_summary",
     "Customer's wife died at the hospice on Friday. He asked for all messaging to be paused for two "
     "weeks and for her to be removed as a contact. Done; condolences passed on."),
    ("bereavement", "sensitive", "chat",
     "sorry mate, rough week, Nan's service was on Tuesday. can I still pay the camp deposit? || Agent: "
     "Sorry to hear that. Yes, I've extended the deadline to Friday."),
    ("bereavement", "sensitive", "sms",
     "Grandma passed over half term. She always bought the yearbook, can we add a little tribute page "
     "for her?"),
    ("bereavement", "sensitive", "thread",
     "I need to remove a parent from the account. || Agent: Sure, can I ask the reason? || My son's mom "
     "passed in the fall and I'm the only parent now || Agent: I'm very sorry. I've removed her and set "
     "you as sole contact."),
    ("bereavement", "sensitive", "email",
     "Good day, we buried my mother last weekend in Enugu, that is why the excursion payment was late. "
     "Please reactivate the booking. Thank you, Ngozi Eze"),
    ("bereavement", "sensitive", "agent_note",
     "Parent, whose partner took his own life in March, asked that the class teacher be reminded "
     "gently ahead of the Father's Day card activity. Message passed to school office."),
    ("bereavement", "sensitive", "call",
     "Caller: I'm calling on behalf of my late sister's estate, she had an account with club bookings "
     "still running. || Agent: I'm sorry for your loss. I'll need the grant of probate or a death "
     "certificate to close it."),
    ("bereavement", "sensitive", "chat",
     "Good evening, my husband is already deceased since last year po, how can I remove his name from "
     "the account? || Agent: My condolences. Please upload the certificate and I'll update it."),
    ("bereavement", "sensitive", "web_form",
     "Please remove my uniform resale listing. The clothes were my daughter Poppy's and we lost her in "
     "November, I'm not ready to part with them after all."),
    ("bereavement", "sensitive", "sms",
     "Mi granny dead last week, mi cyaan deal wid di app right now. Just cancel di photo order please."),
    ("bereavement", "benign", "chat",
     "the app is dead again, can't log in at all || Agent: We had a short outage, it's back now. || yep"
     " working"),
    ("bereavement", "benign", "email",
     "We've killed off the old yearbook theme, can we switch to the 'Starlight' template without "
     "losing the pages we've done?"),
    ("bereavement", "benign", "sms",
     "Dead Poets Society themed leavers assembly - can we order the costume bundle through the PTA shop?"),
    ("bereavement", "benign", "review_reply",
     "Photo quality is to die for! 5 stars. || Agent reply: Thank you, we'll tell the photographer!"),
    ("bereavement", "benign", "agent_note",
     "Office staff said the class goldfish died over half term and asked to list the old tank and "
     "filter on the resale marketplace. Explained it's for uniform only; suggested the PTA page."),
    ("bereavement", "benign", "web_form",
     "Your policy mentions bereavement refunds. What's the general process? I'm writing the PTA "
     "handbook and want to describe it accurately."),
    ("bereavement", "benign", "thread",
     "My phone died halfway through paying for the trip, was I charged? || Agent: The payment didn't "
     "complete, nothing was taken. || great I'll try again"),
    ("bereavement", "benign", "dm",
     "lost the card reader from the summer fair stall 🙃 can we deactivate it from the PTA account?"),
    ("bereavement", "benign", "email",
     "Hargreaves & Sons Funeral Directors would like to sponsor the raffle at the summer fair. Please "
     "invoice us for the £150 gold package. Kind regards, Diane Hargreaves"),
    ("bereavement", "benign", "chat",
     "I'm dying to see the school photos, when do the proofs go live? || Agent: Tomorrow from 9am."),
    ("bereavement", "benign", "call",
     "Caller: I was charged a late fee on the yearbook but I ordered before the deadline. || Agent: "
     "You're right, the timestamp was wrong. £3 refunded."),
    ("bereavement", "benign", "sms",
     "RIP my wifi lol, the top up failed, will try again tmrw"),
    ("bereavement", "benign", "agent_summary",
     "Customer asked whether the yearbook has a 'Memories' page template like the 'In Memoriam' "
     "layout shown in the sample book. Sent the template list."),
    ("bereavement", "benign", "thread",
     "Someone's listed a Walking Dead hoodie on uniform resale, that's not school uniform. || Agent: "
     "Thanks, removed. || cheers"),
    ("bereavement", "benign", "email",
     "Hypothetically, if an account holder died, who could access the payment history? We're writing "
     "the school's data retention policy. Office, Birchfield Academy"),
    ("bereavement", "benign", "review_reply",
     "Killed it with the new update 👏 paying for clubs is so quick now. || Agent reply: Thanks!"),
    ("bereavement", "benign", "chat",
     "my laptop battery passed away lol, can I finish the photo order on my phone? || Agent: Yes, your "
     "basket is saved."),
    ("bereavement", "benign", "web_form",
     "Loss of card: I lost my bank card on the bus. Please remove it from my saved payment methods."),
    ("bereavement", "benign", "sms",
     "is there an adult Grim Reaper costume on the resale for the halloween disco? I'm helping"),
    ("bereavement", "benign", "email",
     "Is the app being discontinued? Heard rumours it's dying a slow death since the takeover. Should "
     "we be looking elsewhere? Thanks, Mr Ahmed, Bursar"),
    # ---- violence_self_harm
    ("violence_self_harm", "sensitive", "email",
     "My ex-partner has been sending me threatening messages through the parent messaging, saying I'll "
     "'regret it'. Please block him from contacting me. Screenshots attached. Leanne"),
    ("violence_self_harm", "sensitive", "chat",
     "we're staying at a refuge now, please make sure his dad can't see our new address or the "
     "collection details || Agent: I've hidden the address and removed his link. Please tell the "
     "school office too."),
    ("violence_self_harm", "sensitive", "agent_note",
     "Caller disclosed her husband has hit her several times and she has left the home. Requested his "
     "access to the children's accounts be removed urgently. Escalated to school DSL, access suspended."),
    ("violence_self_harm", "sensitive", "sms",
     "i cant do this anymore. i dont want to be here. sorry about the trip money"),
    ("violence_self_harm", "sensitive", "thread",
     "Can I leave the class group chat? || Agent: Yes, may I ask why? || another parent keeps "
     "messaging me horrible things every night, calling me names and saying everyone hates me || "
     "Agent: I'm sorry. I've reported the messages to the school and you can block them."),
    ("violence_self_harm", "sensitive", "voicemail",
     "Hi, Rob Kelly here. One of the other dads punched me at pickup last Tuesday, it was reported. I "
     "don't want him seeing my details on the club list. Call me back please."),
    ("violence_self_harm", "sensitive", "web_form",
     "Report a concern: a parent in the class WhatsApp said he'll 'smash my face in' at the gate "
     "tomorrow. I'm scared to do drop-off."),
    ("violence_self_harm", "sensitive", "dm",
     "pls hide my number from the listings, the man who's been following me found it on my uniform "
     "resale ad and won't stop ringing"),
    ("violence_self_harm", "sensitive", "email",
     "My husband assaulted me last month and I have moved to my sister's place in Durban with the "
     "kids. Please update the address and remove him as contact. Regards, Anele"),
    ("violence_self_harm", "sensitive", "agent_summary",
     "Parent mentioned she has been self-harming again and the school counsellor suggested she reach "
     "out; asked to pause payment reminders. Signposted Samaritans 116 123; reminders paused."),
    ("violence_self_harm", "sensitive", "chat",
     "My in-laws beat me over dowry and I have left the house with my daughter, please change the "
     "phone number on the account || Agent: I'm sorry. Number updated, old one removed."),
    ("violence_self_harm", "sensitive", "call",
     "Caller: My son's been bullied all term and on Sunday I found he'd been cutting his arms. I need "
     "to message the head directly, not the form tutor. || Agent: I'll open a direct thread to the "
     "head now."),
    ("violence_self_harm", "sensitive", "thread",
     "Can you hide my name on the PTA volunteer page? || Agent: Sure, anything wrong? || someone keyed "
     "my car and left a note saying they know where my kids go to school || Agent: Hidden. Please "
     "report it to the school too."),
    ("violence_self_harm", "sensitive", "email",
     "I need to report that one of the other helpers groped me on the coach on the museum trip. I've "
     "told the head but I don't want to be on the same trips as him. Jess"),
    ("violence_self_harm", "sensitive", "sms",
     "took an overdose last weekend, home now. sorry I missed the club payment, will do it friday"),
    ("violence_self_harm", "sensitive", "agent_note",
     "Father reports ex-partner has been monitoring his phone and bank and controlling his money for "
     "years; he's now left. New login created and old devices signed out."),
    ("violence_self_harm", "sensitive", "chat",
     "he's after putting his fist through the door again and I'm scared of him. can you take his name "
     "off the collection list? || Agent: Removed. Please also let the school know today."),
    ("violence_self_harm", "sensitive", "review_reply",
     "1 star. Another parent bombarded me with abusive messages for weeks and nobody did a thing. || "
     "Agent reply: We're really sorry. Please contact us so we can escalate to the school."),
    ("violence_self_harm", "sensitive", "web_form",
     "I'm in a DV shelter at the moment, please change my email and don't send anything to the old "
     "one, he reads it."),
    ("violence_self_harm", "sensitive", "email",
     "Hello, somebody in the parents group is sending me messages that he will burn my shop and hurt "
     "my family. I am afraid. Please what can I do? Tran Van Minh"),
    ("violence_self_harm", "benign", "chat",
     "this login bug is killing me 😩 || Agent: Sorry! Clear the app cache and try again. || fixed"),
    ("violence_self_harm", "benign", "email",
     "The yearbook page layout is a bit of a massacre after the last edit, margins all over the place. "
     "Can the designer fix it? Thanks, Yearbook Committee"),
    ("violence_self_harm", "benign", "sms",
     "is the karate club open to parents too? want to book myself in"),
    ("violence_self_harm", "benign", "review_reply",
     "Smashed it with this update, lunch top ups take seconds. 5 stars. || Agent reply: Cheers!"),
    ("violence_self_harm", "benign", "agent_note",
     "Caller from Knockout Boxing Gym asked about a half-page advert in the yearbook. Sent rates."),
    ("violence_self_harm", "benign", "web_form",
     "Where can I read your anti-bullying and online safety policy for the messaging feature? For the "
     "governors' pack."),
    ("violence_self_harm", "benign", "thread",
     "The proofs say 'shot by LensCraft' across them, can that go for print? || Agent: The watermark "
     "is removed on printed orders. || great"),
    ("violence_self_harm", "benign", "dm",
     "our dog Tyson ripped the courier's parcel to shreds lol. anyway the uniform arrived torn, can I "
     "get a replacement?"),
    ("violence_self_harm", "benign", "email",
     "Can we sell tickets for the Hunger Games themed leavers' disco through the app? Thanks, PTA"),
    ("violence_self_harm", "benign", "chat",
     "I could murder a coffee. anyway the trip payment screen is frozen || Agent: Try closing and "
     "reopening the app. || ok that worked"),
    ("violence_self_harm", "benign", "call",
     "Caller: Just a general question, does the messaging have a way to report harassment if it ever "
     "happens? Nothing's happened, I'm on the PTA. || Agent: Yes, long-press a message and tap Report."),
    ("violence_self_harm", "benign", "sms",
     "Sold the lunchbox knife and fork set on resale, how do I mark it as sold?"),
    ("violence_self_harm", "benign", "agent_summary",
     "Customer asked whether the adults' Self-Defence Workshop at the school hall can be paid online. "
     "Yes; paid £15."),
    ("violence_self_harm", "benign", "thread",
     "App crashed and my whole basket got nuked. || Agent: Sorry! Baskets are saved for 24h, try "
     "logging out and in. || It's back, thanks"),
    ("violence_self_harm", "benign", "email",
     "The film club auction: I paid twice for the Kill Bill poster. Could one be refunded? Thanks, "
     "Gary"),
    ("violence_self_harm", "benign", "review_reply",
     "The push notifications are relentless, feels like harassment lol. 3 stars. || Agent reply: You "
     "can choose which ones you get in Settings > Notifications."),
    ("violence_self_harm", "benign", "web_form",
     "Hypothetically, if a parent posted threats in a class chat, would your system flag it? We're "
     "drafting our parent code of conduct."),
    ("violence_self_harm", "benign", "chat",
     "where do I pay for the dads' paintball day? || Agent: Events > Paintball, £25. || cheers"),
    ("violence_self_harm", "benign", "sms",
     "you lot are lifesavers, found my missing photo order in the other account, ignore last message"),
    ("violence_self_harm", "benign", "email",
     "Read about the cyberattack on a council's school systems. Is our card data secure with you? "
     "Thanks, Office, Greenhill Primary"),
]


def coral_examples() -> list[dict]:
    """The coral split as labelled tickets (same shape as ``sensitive_eval.build_eval_set``'s)."""
    return stranger_examples("coral", ENTRIES, SUBJECTS)
