"""Willow split: written by a helper who had not seen the detection rules, the anchors or any other split.
Setting: faith, culture and identity goods and services (a religious bookshop, halal/kosher meal kits, DNA ancestry
kits, festival/pride/rally ticketing, a campaign printer, a union portal, a language school, a community hall) over
email, chat, SMS, phone, voicemail, DMs, web forms and agent notes, in UK, US, Irish, Indian, Nigerian, Australian,
Caribbean and Singaporean English. The benign half reuses each category's vocabulary through idioms, book titles,
organisation and trade customers, venue and printing jobs, dietary choices stated as preference, fiction, pets,
negations and policy questions, without revealing anything sensitive about anyone.
First reading (policy 2026.11.12, before any change made in response to it; `sensitive_eval.evaluate`, as `make eval-sensitive`): 87.9 / 9.3 recall / false exclusion in % as shipped, 89.3 / 12.9 without the overruling, 82.9 / 12.9 by the rules alone. Held out: never tuned or trained on, read as aggregates only."""

from __future__ import annotations

from training_gate.sensitive_blind import stranger_examples

SUBJECTS: tuple[str, ...] = (
    "Order BK-48213 not arrived yet",
    "Question about hall booking deposit",
    "Change of meal-kit delivery day",
    "Ticket transfer for Saturday event",
    "Print proof approval - banners",
    "Can't log in to the portal",
    "Refund request",
    "Course enrolment query",
    "DNA kit activation code not working",
    "VAT invoice needed for our records",
    "Wrong item in parcel",
    "Update delivery address",
    "Pause my subscription",
    "Trade account enquiry",
)

ENTRIES: list[tuple[str, str, str, str]] = [
    # ---- health
    ("health", "sensitive", "email",
     "Hello, please pause my meal-kit subscription (account MK-55812) for six weeks. I'm having my knee replaced "
     "on the 14th and will be staying at my daughter's while I recover. Could you restart it from 2 December? "
     "Many thanks, Brenda Holloway"),
    ("health", "sensitive", "chat",
     "hi can i swap the lamb tagine kit for something without garlic or onion || Agent: Sure! Is this a taste "
     "preference or should I flag it as an allergy? || its the low FODMAP thing, my gastro says my IBS flares "
     "come from those so pls flag it"),
    ("health", "sensitive", "sms",
     "Can't make Tues Spanish, on the chemo ward at St Brigid's till thurs. will catch up on the recording - Aoife"),
    ("health", "sensitive", "voicemail",
     "Hi, it's Desmond Okafor, booking ref HB-3391, er, the hall on the 9th. I need to check the main hall has "
     "step-free access and a hearing loop, my wife's in a wheelchair now and she's lost most of the hearing in "
     "one ear. Call me back on 07700 900412. Thanks."),
    ("health", "sensitive", "agent_note",
     "Customer called re late delivery of kit DK-1190. Mentioned she's on Ozempic now and wants the smaller "
     "portions; switched her to Lite 2-person. No refund needed."),
    ("health", "sensitive", "web_form",
     "Reason for deferral: My GP has signed me off work with stress and anxiety for the next month and I can't "
     "manage the intensive French module. Please move me to the January intake. Student ID LS-30417."),
    ("health", "sensitive", "dm",
     "hey, bought 2 tix for the saturday festival but my partner's just found out she's 12 weeks and the midwife "
     "says no crowds with the bleeding she's had. any chance of a refund or transfer? 🙏"),
    ("health", "sensitive", "email",
     "Dear Sir/Madam, Kindly note I will not be able to attend the Hindi conversation batch from 5th onwards as "
     "my father is admitted in City Care Hospital for bypass surgery and I am the only one to attend him. Please "
     "do the needful and adjust the fees to the next batch. Regards, Pradeep Nair"),
    ("health", "sensitive", "chat",
     "yes the large-print edition is the right one, thank you, my macular degeneration has got worse so I can't "
     "manage the standard size any more. But the cover came bent, can I get a swap?"),
    ("health", "sensitive", "phone",
     "Caller: I need to cancel this week's box, I'm in Ward 7 at the Royal, I had a fall and they think it's my "
     "hip. || Agent: I'm sorry to hear that. I've skipped this week and put a hold on the account until you ring "
     "us. || Caller: Lovely, thank you love."),
    ("health", "sensitive", "email",
     "Good day. Please I want to know if the shop banners can be delivered by Friday. I am managing a sickle cell "
     "crisis this week so my brother Emeka will receive it on my behalf. Job no. CP-7724. Thank you."),
    ("health", "sensitive", "agent_note",
     "Refund approved on DNA kit AN-40018. Customer couldn't produce enough saliva; explained she's on dialysis "
     "and her meds give her a very dry mouth. Offered cheek-swab kit instead, declined."),
    ("health", "sensitive", "sms",
     "running late for the hall handover, had a hypo at the bus stop, need to sort my sugars. 20 mins - Gary"),
    ("health", "sensitive", "review_reply",
     "Agent: Thanks for the lovely review, Marguerite. We're so glad the gluten-free kits have made dinner easier "
     "since your coeliac diagnosis, and we've passed your note about the sauce labels to the kitchen team."),
    ("health", "sensitive", "thread",
     "My husband has early-onset Alzheimer's and keeps reordering the same books on your app. Can you cap account "
     "RB-6627 at one order a week and send confirmations to my email instead? || Agent: Of course. I've added a "
     "weekly limit and changed the notification address to yours. || Thank you, you've no idea what a relief "
     "that is."),
    ("health", "sensitive", "chat",
     "can u move my ticket to the sunday session? got the fracture clinic sat morning for my wrist"),
    ("health", "sensitive", "web_form",
     "Accessibility requirements: I use a cane because of my MS, so please seat me near an exit and away from "
     "stairs. Event: Riverside Folk Weekend, order TK-99231."),
    ("health", "sensitive", "email",
     "G'day, kit came with the ice packs melted again. Not great, I'm only just over a nasty bout of salmonella "
     "from last month and the hospital told me to be extra careful with chilled meat. Can you sort a "
     "replacement? Cheers, Mick"),
    ("health", "sensitive", "voicemail",
     "Morning, this is Mrs Clarke from the Tuesday Portuguese class. Me nah reach class this week, the doctor "
     "say me pressure too high and put me on tablets, and me feeling dizzy. Tell the teacher for me please. "
     "Thank you."),
    ("health", "sensitive", "agent_note",
     "Reset bookshop account password for customer RB-2093. She said the sertraline makes her forget things and "
     "she's been locked out twice. Reset link sent, recovery email updated."),
    ("health", "benign", "email",
     "Hi, I'm the practice manager at Northgate Medical Practice. We'd like to book the small hall on Thursday "
     "evenings for our patient-participation group meeting, 6-8pm, about 20 chairs. Could you send the rate "
     "card?"),
    ("health", "benign", "chat",
     "the new checkout is sick, so smooth now 👌 just wanted to say. is the WELCOME10 code still live?"),
    ("health", "benign", "sms",
     "Has 'Healing Gardens of the World' shipped? ref RB-22017"),
    ("health", "benign", "web_form",
     "Allergen question: does the chicken shawarma kit contain sesame? I'm ordering a few for a work lunch and "
     "don't know everyone's requirements yet, so I want to check before I pick."),
    ("health", "benign", "agent_note",
     "Customer asked whether the DNA kit tests for health conditions. Explained Ancestry Basic is ancestry-only "
     "with no health or carrier screening. No order placed."),
    ("health", "benign", "email",
     "Our dog ate half of the date-and-walnut cookbook you sent (!). The vet says he's absolutely fine, but could "
     "I order another copy to the same address? Order BK-1145."),
    ("health", "benign", "chat",
     "this print queue is giving me a headache lol. job CP-3380 stuck on 'proof pending' for 3 days"),
    ("health", "benign", "phone",
     "Caller: Hi, I'm ringing from St Luke's Hospice charity shop, we'd like your boxed 'Quiet Moments' "
     "notecard packs for the till area. || Agent: Lovely, I can set you up with a trade account today. || "
     "Caller: Brilliant."),
    ("health", "benign", "web_form",
     "Event: Mind & Body Wellness Fair. Ticket type: Exhibitor. Question: is there power at the stalls? We're a "
     "yoga-mat company and need to run a card reader."),
    ("health", "benign", "review_reply",
     "Agent: Thanks for the five stars, Jonas! We're glad the 'Heart Healthy' recipe box went down well at your "
     "dinner party. The new season menu lands next week."),
    ("health", "benign", "dm",
     "not pregnant or anything lol, I just want smaller portions 😂 can I switch plan size mid-month?"),
    ("health", "benign", "email",
     "Hi, can help check? The courier said my parcel was 'in critical condition' haha, the corner totally crushed "
     "and the Malay workbook inside got wet. Can send new one or not? Order LS-7734. Thanks ah."),
    ("health", "benign", "thread",
     "What's the hall capacity for a first-aid training course? We're a training provider running it for a local "
     "employer. || Agent: The main hall seats 80, or 40 with tables, and there's a defibrillator in the foyer. "
     "|| Perfect, booking it for 12 May."),
    ("health", "benign", "sms",
     "hall keys collected. where's the first aid kit kept? the H&S form asks us to note it. ta"),
    ("health", "benign", "chat",
     "hypothetically if someone with a nut allergy came to our team lunch, which kit would you recommend? "
     "ordering 10 for the office"),
    ("health", "benign", "agent_note",
     "Greenleaf Chemists (trade) reordered 300 printed tote bags for their flu-jab campaign. Same artwork as last "
     "year, date changed only."),
    ("health", "benign", "voicemail",
     "Hi, it's Paul, I coordinate the dementia-friendly cafe that runs at Holbrook Community Centre, just "
     "confirming our Wednesday slot in the side room carries on into the new year. Cheers."),
    ("health", "benign", "email",
     "Howya, your site's been dying on its feet all morning, I've tried to pay for the Irish-language weekend "
     "three times. Card's grand, it's your end I think. Can ye check? Siobhán"),
    ("health", "benign", "web_form",
     "Feedback: please add calories and protein to the recipe cards, I'm tracking macros for the gym. Also the "
     "card saying overcooking 'kills the sauce' made me laugh."),
    ("health", "benign", "dm",
     "is the paperback of 'The Surgeon's Wife' by M. Kellaway back in stock? the hardback's too heavy for the "
     "train"),
    # ---- children
    ("children", "sensitive", "email",
     "Hi, I'd like to enrol my daughter Lily in the Saturday Mandarin class. She's 9 and has done a bit at school "
     "already. Would the beginners group suit her? Thanks, Hannah Price"),
    ("children", "sensitive", "web_form",
     "Student name: Oscar Bennett. Date of birth: 14/03/2015. Parent/guardian: Rachel Bennett. Course: Junior "
     "Spanish Level 1. Emergency contact: 07700 900318."),
    ("children", "sensitive", "sms",
     "hi its for my lads year 6 leavers party, hall booking on the 19th, can we get a bouncy castle in? ta"),
    ("children", "sensitive", "chat",
     "can my 15 yr old go to the festival with her mate or does she need an adult ticket holder with her?"),
    ("children", "sensitive", "agent_note",
     "Parent asked to add her son Reuben (13) as a second user on the meal-kit account so he can track "
     "deliveries. Advised no accounts for under-16s; shared delivery-tracking link instead."),
    ("children", "sensitive", "dm",
     "Good evening, my daughter is in JSS2 and wants to take the French holiday class. Please is there discount "
     "for siblings? Her brother is in Primary 5 and he wants to join too."),
    ("children", "sensitive", "email",
     "Respected Sir, my son is studying in Class 8 and he needs German A1 coaching on weekends only, as weekdays "
     "he has tuition. Kindly share fees and timings. Thanking you, R. Venkatesh"),
    ("children", "sensitive", "voicemail",
     "Hiya, it's Jo, booking HB-2281, the party on Sunday for our little one, Maisie, she's turning one! Just "
     "checking we can get in at ten to decorate. Ta-ra."),
    ("children", "sensitive", "thread",
     "Hello, I bought a DNA kit for my nephew, he's 16, is that ok? || Agent: Thanks for checking. Anyone under "
     "18 needs a parent or guardian to consent and register the kit for them. || Ok, his mum will do it then. "
     "Does she need her own account? || Agent: Yes, she registers it under her account as the guardian."),
    ("children", "sensitive", "sms",
     "pls change delivery to after 3.30, nobody home till i'm back from the school run with the twins (they just "
     "started reception)"),
    ("children", "sensitive", "email",
     "Hi team, my son's Year 11 formal is at your hall on the 22nd and the school coordinator asked me to get the "
     "no-alcohol condition in writing. Can you email it over? Cheers, Kylie"),
    ("children", "sensitive", "chat",
     "my boy Primary 4 this year, can join the Tamil enrichment class on Sat or is he too young? he is 10 lah"),
    ("children", "sensitive", "web_form",
     "Booking notes: Our youngest, Ava, who's 2, will be with me while I set up, so I'd like the room with the "
     "baby-change and a high chair if you have one."),
    ("children", "sensitive", "agent_note",
     "Holder asked to move ticket TK-44120 into her daughter's name; daughter is 17. Late-night stage is 18+, so "
     "issued a day-only wristband."),
    ("children", "sensitive", "phone",
     "Caller: My grandson's just turned eleven and he's mad about languages, can he sit in the adult Italian "
     "evening class with me? || Agent: Evening classes are 16-plus, but our Saturday juniors' group covers 8 to "
     "14. || Caller: Right, sign him up for that then."),
    ("children", "sensitive", "email",
     "Good morning, I need the cookbook delivered before Friday because my daughter taking it to school for her "
     "CSEC food and nutrition practical. She in fifth form. Order BK-5521. Thank you kindly."),
    ("children", "sensitive", "dm",
     "hey! is there a kids price for the sunday gig? my two are 6 and 8"),
    ("children", "sensitive", "agent_note",
     "Account has a secondary email belonging to the customer's son (Year 9, Greenfield Academy) who has been "
     "placing book orders. Mother asked us to remove his access and cap spend at £20."),
    ("children", "sensitive", "sms",
     "hi its amiras mum, shes at her nans today so wont make the 4pm kids arabic class. shes only 7 so shell be "
     "gutted lol"),
    ("children", "sensitive", "email",
     "Hi, my young one is doing her Junior Cert next June and I'd like to book the Irish grinds course for her. "
     "She's in second year. Any spaces left? Thanks a million, Deirdre"),
    ("children", "benign", "email",
     "Hello, I'm the office manager at Hollybrook Primary School. We'd like to book the main hall for a staff "
     "training day on 3 September, 9 till 3, with the tea urn. Invoice to accounts@hollybrook.example.org please."),
    ("children", "benign", "chat",
     "are the 'kids' menu' kits the same portion as the adult ones? ordering 12 for a staff lunch and some of us "
     "just like fish fingers"),
    ("children", "benign", "sms",
     "Does the illustrated children's Bible come in hardback? Gift for a colleague's shop."),
    ("children", "benign", "web_form",
     "Organisation: Little Acorns Nursery Ltd. Request: 200 printed tote bags with our logo for our open day. "
     "Artwork attached. Please quote."),
    ("children", "benign", "agent_note",
     "Customer asked if the junior course workbooks can be bought without enrolling. Confirmed they're sold "
     "separately. Ordered 12 sets for her tutoring business."),
    ("children", "benign", "dm",
     "are the kids-size festival ear defenders back in stock? I run a stall and get asked for them all day"),
    ("children", "benign", "email",
     "Hi, the invoice for our holiday club's hall hire lists VAT twice. We're a registered childcare provider, "
     "invoice HB-3307. Could you reissue it please?"),
    ("children", "benign", "chat",
     "the proof looks a bit childish tbh, the font's too round. can we redo proof 2 with the serif one?"),
    ("children", "benign", "review_reply",
     "Agent: Thanks, Ruth! 'The Lion Who Learned to Share' is one of our bestselling picture books, so we're "
     "delighted it was a hit as a raffle prize at your office fundraiser."),
    ("children", "benign", "voicemail",
     "Hi, this is Sam from Kidzone Play Hire, that's the company name, calling about our invoice for the bouncy "
     "castle we supplied at your hall in June. It's still showing unpaid. Cheers."),
    ("children", "benign", "thread",
     "Is there an age limit for the DNA kit? || Agent: Yes, the person giving the sample must be 18 or over. || "
     "Good to know, it's for me and I'm 34, just checking the rule before I buy."),
    ("children", "benign", "sms",
     "kids these days and their QR codes 🙄 the scanner won't read my printout. order TK-5512"),
    ("children", "benign", "email",
     "We're a YA book club (all grown-ups, promise, we just love teen fiction) and want 8 copies of 'Summer at "
     "Rowan Creek'. Is there a group discount?"),
    ("children", "benign", "phone",
     "Caller: I'm head of languages at a secondary school, can I book a private Spanish session for our staff "
     "team after hours? || Agent: Absolutely, our corporate tutors do staff sessions. || Caller: Great, send me "
     "dates."),
    ("children", "benign", "web_form",
     "Product question: does the 'Little Chef' kids' cooking kit come with child-safe knives? We're considering "
     "it for our shop's gift range."),
    ("children", "benign", "agent_note",
     "Organiser Tiny Tunes CIC listed a nursery-rhyme singalong; asked for ticket types 'Adult' and 'Family'. "
     "Set up as requested."),
    ("children", "benign", "dm",
     "Abeg, the children's story Bible order for our bookshop in Ibadan, 50 copies, when will it ship? Invoice "
     "BK-8820."),
    ("children", "benign", "chat",
     "is the festival family-friendly generally? I'm not bringing anyone, just writing a listings piece for the "
     "local paper"),
    ("children", "benign", "email",
     "Hi there, Greenbank Youth FC here. We'd like 150 printed hoodies for our coaches and committee with the "
     "club crest, adult sizes S to XXL, spreadsheet attached. Quote please."),
    ("children", "benign", "voicemail",
     "G'day, it's Trev from the Bayside Scouts hall committee, we hire your main hall now and then, just wanting "
     "to know if your public liability covers our hires. Ring me back, cheers."),
    # ---- financial_hardship
    ("financial_hardship", "sensitive", "email",
     "Hi, I need to cancel my meal-kit subscription. I was made redundant last week and honestly can't afford £60 "
     "a week right now. Please don't take next week's payment. Account MK-90124."),
    ("financial_hardship", "sensitive", "chat",
     "can i pay for the course in instalments? im on universal credit at the mo and cant do £240 in one go"),
    ("financial_hardship", "sensitive", "sms",
     "sorry the hall deposit bounced, my wages got an attachment of earnings this month. can i pay fri?"),
    ("financial_hardship", "sensitive", "agent_note",
     "Customer disputed 3 failed charges. Says she's on a debt management plan and the bank's restricted her "
     "account. Waived failed-payment fees and paused the subscription."),
    ("financial_hardship", "sensitive", "web_form",
     "Reason for refund request: I've lost my job and we're being evicted at the end of the month, so I won't be "
     "able to go to the festival. Order TK-7716."),
    ("financial_hardship", "sensitive", "voicemail",
     "Hello, good afternoon, I calling bout the book order. Me can't pay the balance right now, the shop where me "
     "work close down and me waiting on the jobseeker money. Can you hold it for me till next month? Thank you."),
    ("financial_hardship", "sensitive", "thread",
     "Hi, I got a letter from a debt collection agency about an old invoice from your print service?? || Agent: "
     "Sorry for the worry. Invoice CP-2219 from 2022 was passed to our collections partner after 90 days unpaid. "
     "|| I didn't even know. I'm already behind on rent and council tax, could we do something small, like a "
     "tenner a month? || Agent: Yes, I'll recall it from collections and set up a £10 monthly plan."),
    ("financial_hardship", "sensitive", "dm",
     "hey is there a hardship fund for the language course? been on jobseeker's since the factory shut and can't "
     "do full price"),
    ("financial_hardship", "sensitive", "email",
     "Dear Team, I had booked the community hall for my sister's engagement function but my business has gone "
     "into heavy losses and the bank has declared my loan NPA, so we cannot go ahead. Kindly refund the advance "
     "at the earliest. Regards, Suresh"),
    ("financial_hardship", "sensitive", "chat",
     "pls dont send it to collections, i'll pay, my hours just got cut to nothing and im behind on everything"),
    ("financial_hardship", "sensitive", "agent_note",
     "Caller is going bankrupt, trustee's letter to follow. Stopped the DD on her DNA kit instalment plan; £42 "
     "balance noted for the trustee."),
    ("financial_hardship", "sensitive", "sms",
     "mate can i defer the kit payment, on centrelink till i find work, will pay ya back promise"),
    ("financial_hardship", "sensitive", "review_reply",
     "Agent: Thank you for the honest review, Dale. I'm sorry the boxes became unaffordable after your "
     "redundancy. I've refunded the last two as a goodwill gesture and closed the account with no fees."),
    ("financial_hardship", "sensitive", "email",
     "Good day sir, please I cannot pay the balance for the banner printing because my salary has not been paid "
     "for four months and my landlord has given me quit notice. Can you release the ones already paid for? Job "
     "CP-5530."),
    ("financial_hardship", "sensitive", "web_form",
     "Concession request: I get Pension Credit and Housing Benefit. Can I have the reduced-rate ticket for the "
     "autumn concert? Order pending."),
    ("financial_hardship", "sensitive", "phone",
     "Caller: They've repossessed my car and I'm working two jobs now, so I can't do Tuesday evenings and I can't "
     "afford the switch fee either. || Agent: I'll waive the transfer fee and move you to Saturday mornings. || "
     "Caller: God bless you."),
    ("financial_hardship", "sensitive", "chat",
     "hi can ask, my salary kena cut and now must clear credit card debt first, the bookstore order can pay by "
     "instalment or not?"),
    ("financial_hardship", "sensitive", "agent_note",
     "Hirer on HB-6610 can't pay the £150 balance. She's been in temporary accommodation since the eviction and "
     "is using food bank vouchers. Escalated to manager for community rate."),
    ("financial_hardship", "sensitive", "dm",
     "been skint since the redundancy tbh, any way to keep my ancestry membership without the annual fee?"),
    ("financial_hardship", "sensitive", "email",
     "Hi, I'm after getting a letter from Revenue about arrears and the credit union won't lend me any more, so "
     "I've to cancel the meal kits for now. Sorry about that. Margaret."),
    ("financial_hardship", "benign", "email",
     "Hi, our card was declined on the hall booking because it expired last month. I've updated it in the portal, "
     "can you retry the payment? Booking HB-4410."),
    ("financial_hardship", "benign", "chat",
     "broke my phone screen so can't use the app, can I pay for the print job by bank transfer instead?"),
    ("financial_hardship", "benign", "sms",
     "Could you send a VAT invoice for order BK-3304? Our accounts team needs it."),
    ("financial_hardship", "benign", "agent_note",
     "Customer charged twice for festival tickets after a payment gateway timeout. Duplicate refunded, "
     "confirmation sent."),
    ("financial_hardship", "benign", "web_form",
     "We're Northside Money Help, a debt advice charity, and want the small hall every Monday for drop-in "
     "sessions. Do you offer a charity rate?"),
    ("financial_hardship", "benign", "dm",
     "these prices are daylight robbery 😂 jk. is there a student code for the spanish course?"),
    ("financial_hardship", "benign", "thread",
     "The direct debit date clashes with payday, can I move it from the 1st to the 28th? || Agent: Done, your next "
     "collection will be on the 28th. || Cheers."),
    ("financial_hardship", "benign", "email",
     "Good afternoon, kindly share your bank details for transfer. We are paying for 300 branded caps for our "
     "client's product launch campaign. Invoice CP-9911."),
    ("financial_hardship", "benign", "review_reply",
     "Agent: Thanks, Priya, and sorry the pricing page was confusing. 'Pay what you can' tickets are open to "
     "anyone for our community events, no questions asked."),
    ("financial_hardship", "benign", "voicemail",
     "Hi, it's Leon from Hartley & Crane Insolvency Practitioners, we're the firm, ha, looking to book the "
     "function room for our staff Christmas do. Give me a ring."),
    ("financial_hardship", "benign", "chat",
     "what's the refund policy if the festival gets cancelled for weather? not cancelling, just asking before I "
     "buy"),
    ("financial_hardship", "benign", "sms",
     "committee's trimmed the budget so 100 banners not 200 pls, can u update the quote"),
    ("financial_hardship", "benign", "web_form",
     "Billing question: why was I charged £4.99 on my ancestry account this month? I thought the trial was free "
     "for 14 days."),
    ("financial_hardship", "benign", "agent_note",
     "Games publisher asked for 500 printed box sleeves for their board game 'Broke & Bust'. Quote CP-7781 sent."),
    ("financial_hardship", "benign", "email",
     "Dear Team, payment of Rs 12,400 for the Japanese N5 batch got debited twice from my account. Kindly reverse "
     "the extra amount. Transaction ID ending 8812."),
    ("financial_hardship", "benign", "phone",
     "Caller: The invoice says 'budget box' but I ordered the standard. || Agent: Apologies, that's a label error "
     "on our side, you were charged the standard price. || Caller: Fine, no worries."),
    ("financial_hardship", "benign", "chat",
     "Afterpay accepted for festival tix?"),
    ("financial_hardship", "benign", "dm",
     "Hi, I'm the volunteer coordinator at Westside Food Bank, can we book the hall on the 18th to sort donations "
     "for the Christmas appeal?"),
    ("financial_hardship", "benign", "email",
     "Hello, Ashford Credit Union here. We'd like 1,000 printed leaflets about our new savings account. Please "
     "confirm turnaround and send a proof."),
    ("financial_hardship", "benign", "thread",
     "Is there a cheaper way to get the DNA kit? || Agent: We usually run 25% off in November. || Great, I'll "
     "wait for that, no rush."),
    # ---- legal
    ("legal", "sensitive", "email",
     "Hi, I'll have to miss the Wednesday class for three weeks. The custody hearing at the family court has been "
     "listed and my solicitor says keep those dates clear. Student ID LS-2290."),
    ("legal", "sensitive", "chat",
     "my brother got arrested at the weekend so he can't pick up the tickets, can i collect them with his order "
     "number?"),
    ("legal", "sensitive", "agent_note",
     "Customer wants full order and kit history exported; her solicitor needs it for proceedings in the county "
     "court. Sent standard subject access request form."),
    ("legal", "sensitive", "sms",
     "cant do the hall clean up sat, got my probation appointment. sorry - Dean"),
    ("legal", "sensitive", "web_form",
     "Message: I'm suing my former landlord and my lawyer needs a copy of the receipt for the hall booking on 12 "
     "June, to show I was living at the Elm Road address. Please email it."),
    ("legal", "sensitive", "voicemail",
     "Yeah hi, it's Kevin, booking HB-1032. I have to cancel, my case has been listed at the magistrates' that "
     "morning. I know I lose the deposit. Cheers."),
    ("legal", "sensitive", "email",
     "Sir, I want to transfer my course seat to my cousin as an FIR has been filed against me in a property "
     "matter and I must appear before the court on several dates. Please advise the procedure."),
    ("legal", "sensitive", "thread",
     "I need proof I was at your festival on 4 August between 2pm and 10pm || Agent: We can provide the ticket "
     "scan record. What's it for, so we format it correctly? || my defence barrister needs it, the police are "
     "saying I was somewhere else that night || Agent: Understood. I'll send a signed scan log to you or your "
     "barrister by Friday."),
    ("legal", "sensitive", "dm",
     "hey just so u know my husband has a restraining order against his brother, if anyone called Curtis Fenn "
     "tries to collect our print order DO NOT give it to him"),
    ("legal", "sensitive", "agent_note",
     "Customer has a CCJ from unpaid invoices with another supplier, asked if we'd still give 30-day terms. "
     "Declined; prepayment only."),
    ("legal", "sensitive", "chat",
     "Please my brother has been detained by police at Ikeja since Thursday and I need to collect his parcel for "
     "him, how can I do it?"),
    ("legal", "sensitive", "phone",
     "Caller: Can I still book the hall if I've got a criminal record? It's spent, from years back. || Agent: "
     "There's no check for hall hire, but thanks for being upfront. || Caller: Right, just wanted to know before "
     "I paid."),
    ("legal", "sensitive", "email",
     "Hi, my bail conditions mean I can't be in the CBD after 8pm, so I can't do the evening session of the "
     "festival. Any chance of swapping to the day pass? Order TK-3381."),
    ("legal", "sensitive", "sms",
     "my employment tribunal got moved to the 3rd so can i shift the hall booking to the 10th?"),
    ("legal", "sensitive", "web_form",
     "Please update the surname on my account. I've changed it by deed poll since my divorce was finalised at "
     "court last month."),
    ("legal", "sensitive", "agent_note",
     "Police production order received for account AC-55012 (ancestry). Forwarded to Legal; account holder not "
     "to be informed per the order."),
    ("legal", "sensitive", "chat",
     "yo can i get a refund, got a court date the same day as the festival lol. tk-8820"),
    ("legal", "sensitive", "email",
     "Hi, I won't be at the Irish class for a while. My son is up in front of the District Court next week and "
     "then there's the solicitor and all that. I'll be in touch. Nuala"),
    ("legal", "sensitive", "review_reply",
     "Agent: Thank you, Tom. We're glad your brother finally got the books at HMP Wealdhurst, prison deliveries "
     "take a while to clear, so thanks for your patience."),
    ("legal", "sensitive", "voicemail",
     "Yes hello, Mr Baptiste here. The lawyer say the court case with the old landlord finish next month, so me "
     "can pay for the hall booking then. Booking HB-7703. Call me back."),
    ("legal", "benign", "email",
     "Hello, Marsh & Pell Solicitors here. We'd like the meeting room for a client seminar on wills and probate, "
     "15 attendees, 6pm on the 20th. Please send your terms."),
    ("legal", "benign", "chat",
     "your checkout is criminal lol, 6 clicks to apply a promo code 😂"),
    ("legal", "benign", "sms",
     "Pls send the T&Cs for the hall hire before I sign. thx"),
    ("legal", "benign", "agent_note",
     "Customer asked about retention of DNA samples. Explained samples are destroyed after 60 days unless the "
     "customer opts in to storage; sent privacy policy link."),
    ("legal", "benign", "web_form",
     "Print job: 500 flyers for 'Courtroom Drama Night', a murder-mystery dinner at the Riverside Theatre. A5, "
     "artwork attached."),
    ("legal", "benign", "dm",
     "is 'The Advocate's Silence' out as an audiobook? loved the first one in that legal thriller series"),
    ("legal", "benign", "thread",
     "Do we need a licence to play music at a party in the hall? || Agent: The hall holds a music licence for "
     "recorded music, so you're covered. || Great, thanks."),
    ("legal", "benign", "email",
     "Good day, our chambers, Adeyemi & Co Legal Practitioners, wishes to enrol 6 staff in the corporate French "
     "course. Kindly send the invoice in the company name."),
    ("legal", "benign", "voicemail",
     "Hi, it's Anna, about the cop-film quiz night we've booked in the hall, it's a fundraiser for the bowls club, "
     "do you have a projector? Thanks."),
    ("legal", "benign", "review_reply",
     "Agent: Thanks, Graham. You're right that our terms said tickets were non-transferable. We've since changed "
     "that, so you can transfer up to 48 hours before the event."),
    ("legal", "benign", "chat",
     "i got 'arrested' by the stilt walkers in police costumes at the festival last year haha, are they back?"),
    ("legal", "benign", "agent_note",
     "Court service admin office ordered 40 copies of the multi-faith oath card set for witness waiting rooms. "
     "Invoiced against PO-55120."),
    ("legal", "benign", "sms",
     "are there parking restrictions outside the hall on saturdays? don't want our guests getting fined"),
    ("legal", "benign", "email",
     "Hi, I'm a paralegal organising our firm's 25th anniversary dinner. Can you print 80 lanyards and 80 menu "
     "cards with our logo? Files attached."),
    ("legal", "benign", "web_form",
     "Question: would your DNA results stand up as evidence in court? Just curious, I'm writing a crime novel and "
     "want the detail right."),
    ("legal", "benign", "phone",
     "Caller: I run a security firm, we'd like to quote for stewarding at your festival. || Agent: I'll pass you "
     "to the events team. || Caller: Cheers."),
    ("legal", "benign", "chat",
     "hello, the hall contract got one clause about 'indemnity', what does this mean ah? first time booking for "
     "our company D&D"),
    ("legal", "benign", "dm",
     "the judge's decision is final 😂 our office bake-off needs 3 printed rosettes, can you do that by Friday?"),
    ("legal", "benign", "email",
     "Dear Sir, Kindly provide a stamped rental agreement for the hall booking on 22nd for our company's annual "
     "day, as our finance department requires it for audit."),
    ("legal", "benign", "agent_note",
     "Customer asked whether we'd ever share data with the police. Pointed to privacy policy s.7: only on a valid "
     "legal request. She said she was just curious after a news article."),
    # ---- special_categories
    ("special_categories", "sensitive", "email",
     "Hi, could my box come on Thursday instead of Friday this month? I'm fasting for Ramadan and it's easier to "
     "cook for iftar if it's already here. Account MK-6603. Thanks, Yusuf"),
    ("special_categories", "sensitive", "chat",
     "can you make sure it doesn't come saturday? we keep Shabbat and nobody will answer the door till after "
     "havdalah"),
    ("special_categories", "sensitive", "agent_note",
     "Customer became Catholic at Easter and asked for the follow-on reading list from her RCIA group. "
     "Recommended three titles; set restock alert for Confirmation gift sets."),
    ("special_categories", "sensitive", "thread",
     "DNA results are in and apparently I'm 48% Yoruba and 30% Irish, which explains my nan 😂 but the map won't "
     "load || Agent: Congratulations on your results! The map bug is known, fix due Friday. || ok cool, "
     "can I download the raw file meanwhile? || Agent: Yes, Settings > Data > Download raw DNA."),
    ("special_categories", "sensitive", "web_form",
     "Comment: As a Romani woman I've been turned away from two venues this year, so I'd like to confirm in "
     "advance that there's no problem with our family's booking for 14 September."),
    ("special_categories", "sensitive", "agent_note",
     "Customer objected to facial-recognition entry at the festival gates. She'd enrolled her face scan at "
     "registration and wants the biometric template deleted. Raised DSR-7741."),
    ("special_categories", "sensitive", "dm",
     "hey I'm volunteer coordinator for the Westbrook Independents campaign, I paid for our leaflets on my own "
     "card by mistake, can it go on the party account?"),
    ("special_categories", "sensitive", "voicemail",
     "Hi, it's Colm. I'll be out canvassing for the Liberal Democrats every weekend till polling day, so could "
     "you move my Saturday French lessons to Wednesday evenings? Thanks."),
    ("special_categories", "sensitive", "email",
     "Please take my name off the supporters' list printed on the back of the flyers. I'm a paid-up member of the "
     "Communist Party but my employer doesn't know and I'd like to keep it that way."),
    ("special_categories", "sensitive", "web_form",
     "Membership no. UN-449102. I've moved from the depot to the hospital estates team, please transfer my "
     "membership to the Eastfield branch and keep my subs going by payroll."),
    ("special_categories", "sensitive", "agent_note",
     "Member rang about strike pay for last month's walkout; payslip shows 3 days docked. Raised claim SP-2231 "
     "with the branch treasurer."),
    ("special_categories", "sensitive", "sms",
     "can u send the subs receipt to my home email not work? dont want my manager knowing im in the union"),
    ("special_categories", "sensitive", "chat",
     "hi! me and my girlfriend are both going to Pride on the 28th, can you link our tickets so we get scanned "
     "in together? I'm Sara, she's Jen 🏳️‍🌈"),
    ("special_categories", "sensitive", "email",
     "Hello, we're booking the hall for our wedding reception. Please put both grooms' names on the booking: "
     "Marcus Webb and Daniel Osei. About 90 guests."),
    ("special_categories", "sensitive", "dm",
     "not out at work yet so pls don't put the rainbow sticker on the outside of the parcel 🙏 order BK-7732"),
    ("special_categories", "sensitive", "web_form",
     "Please change my name on the language school account from Michael to Michelle and my title to Ms. I've "
     "transitioned and seeing my deadname on certificates is upsetting. Student ID LS-8840."),
    ("special_categories", "sensitive", "agent_note",
     "Caller is non-binary; asked for they/them and Mx on all ticket emails. Pronoun field updated in CRM."),
    ("special_categories", "sensitive", "chat",
     "my results say I carry a BRCA2 variant?? I only bought the ancestry+health kit for fun, what do I do with "
     "this"),
    ("special_categories", "sensitive", "thread",
     "Hi, my DNA match list shows a half-sibling I've never heard of, can I hide my profile from him? || Agent: "
     "Yes, go to Settings > DNA Matches and switch 'Visible to matches' off. || Done, thanks."),
    ("special_categories", "sensitive", "email",
     "Hi, the fingerprint reader at the school entrance hasn't recognised me since I cut my thumb. Could you "
     "delete my old fingerprint and re-register it at reception on Monday? Student ID LS-5126."),
    ("special_categories", "benign", "email",
     "Hi, Eastfield branch office of the Allied Transport Workers' Union here. We need 2,000 leaflets and 300 "
     "lanyards for our recruitment week. PO attached, invoice to the branch."),
    ("special_categories", "benign", "chat",
     "do you do the halal lamb kofta kit in the 4-person size? I just prefer the lamb from that supplier tbh"),
    ("special_categories", "benign", "web_form",
     "Print job: 500 'Vote Yes' placards for the Kingsmead Allotment Society's ballot on the new shed. Yes, "
     "really. Artwork attached."),
    ("special_categories", "benign", "agent_note",
     "Trade customer St Anne's Parish Office reordered 120 large-print hymn books and 20 Advent candles. "
     "Standard trade discount applied."),
    ("special_categories", "benign", "dm",
     "are pride tickets refundable if it rains? asking for our company's staff allocation, HR bought 40"),
    ("special_categories", "benign", "thread",
     "Does the DNA kit give ethnicity percentages? || Agent: It gives estimated regional origins, no health info. "
     "|| ok, haven't bought one yet, I'll have a think"),
    ("special_categories", "benign", "sms",
     "Hall booking for the Diwali fair is under Riverside Traders Association, not me personally. Need 30 tables."),
    ("special_categories", "benign", "email",
     "Hi, our company ordering 60 kosher and 40 halal kits for a client dinner. We don't know everyone's "
     "requirements so we want both options. Can deliver same day?"),
    ("special_categories", "benign", "voicemail",
     "Hi, it's Jules from Ferngate Council's elections office. We'd like your hall as a polling station on 2 May, "
     "6am to 11pm. Can the caretaker open up? Thanks."),
    ("special_categories", "benign", "chat",
     "the rainbow bunting for the shop window came out way more pastel than the proof. can you check the colour "
     "profile? job CP-6104"),
    ("special_categories", "benign", "review_reply",
     "Agent: Thank you, Oluwaseun! 'The Quran: A Reader's Companion' has been popular with book clubs this year, "
     "glad your club liked the discussion questions."),
    ("special_categories", "benign", "web_form",
     "Question about the union portal: I'm payroll manager at Fenwick Logistics. How do we set up check-off "
     "deductions for staff who join? I'm management so won't be joining myself."),
    ("special_categories", "benign", "agent_note",
     "Customer asked if fingerprint login is available on the app. Explained we only support password + SMS code "
     "and collect no biometric data."),
    ("special_categories", "benign", "dm",
     "Please how much to print 1,000 campaign T-shirts? Our agency is quoting for a drinks brand's summer "
     "campaign, we just do the printing o."),
    ("special_categories", "benign", "chat",
     "is the gender-neutral toilet at the hall on the ground floor? filling in the venue accessibility checklist "
     "for our conference"),
    ("special_categories", "benign", "email",
     "Hi, I'm writing a novel where the main character takes a DNA test and finds a secret brother. How long do "
     "results usually take, so the timeline's realistic? Thanks, Orla"),
    ("special_categories", "benign", "sms",
     "festival of lights market - what time can stallholders set up? we sell candles"),
    ("special_categories", "benign", "phone",
     "Caller: Booking the hall for a debate night for the Young Chamber of Commerce, both sides of the motion. "
     "Does the lectern have a mic? || Agent: Yes, a lectern and a wireless mic. || Caller: Brilliant."),
    ("special_categories", "benign", "agent_note",
     "Venue operator asked if our ticket scanners capture any biometric data. Confirmed they only read QR codes; "
     "no face or fingerprint data."),
    ("special_categories", "benign", "email",
     "Reordering the 'Love Is Love' tote (200) for our gift shop, same as last pride season. Can you confirm the "
     "unit price?"),
    # ---- bereavement
    ("bereavement", "sensitive", "email",
     "Hello, my mother, Joan Pritchard, passed away on 2 October. She had a monthly book subscription (account "
     "RB-1184). Please cancel it and refund anything taken after that date. I can send the death certificate. "
     "Regards, Alan Pritchard"),
    ("bereavement", "sensitive", "sms",
     "Please cancel this week's kit, we lost dad on Sunday. Will be in touch. - Karen"),
    ("bereavement", "sensitive", "chat",
     "i need to cancel the hall on the 21st, it was for my husband's 60th but he died last week"),
    ("bereavement", "sensitive", "agent_note",
     "Caller's wife died in August; he keeps getting reminders to activate her DNA kit. Deactivated AN-60021, "
     "removed from mailing list, refunded as a courtesy."),
    ("bereavement", "sensitive", "voicemail",
     "Hi, it's Bernie. I booked two festival tickets for me and my brother Frank. Frank passed over the weekend "
     "so I won't be going. Could someone ring me about a refund? Thanks."),
    ("bereavement", "sensitive", "web_form",
     "Reason: Bereavement. My grandmother's funeral is on the same day as my Italian B1 exam. Can I resit?"),
    ("bereavement", "sensitive", "email",
     "Dear Sir, My father expired on the 11th of this month and hence I could not attend the Sanskrit classes. "
     "Kindly extend my course validity by one month. Regards, Anil"),
    ("bereavement", "sensitive", "dm",
     "hey can you take my sister's name off the joint account? she's gone, RIP 💔 just want the emails to stop"),
    ("bereavement", "sensitive", "thread",
     "Hi, I need the small hall for the wake after my uncle's funeral on Friday, about 40 people. || Agent: I'm "
     "very sorry for your loss. The small hall's free from 1pm Friday and I've held it for you. || Thank you, "
     "that's one less thing."),
    ("bereavement", "sensitive", "chat",
     "Good evening, please change the banner text to 'Celebration of Life: Chief Adebayo Okonkwo, 1941-2024'. My "
     "papa passed last week and we need them for the burial on Saturday."),
    ("bereavement", "sensitive", "agent_note",
     "Next of kin (daughter) called: ticket holder died in hospital last month. Transferred 2 tickets into the "
     "daughter's name per her request."),
    ("bereavement", "sensitive", "email",
     "Hi, my partner Steve passed away suddenly in June and his meal kit is still charging his card. I'm the "
     "executor. Could you cancel MK-7782 and tell me what you need from me? Thanks, Leanne"),
    ("bereavement", "sensitive", "sms",
     "Morning, me mother gone home Tuesday, please hold the book order till after the nine night. thanks"),
    ("bereavement", "sensitive", "phone",
     "Caller: I'm ringing about my late wife's language course, she'd paid for the full year. || Agent: I'm so "
     "sorry. I can refund the remaining terms to her card or to you. || Caller: To me, please, her card's been "
     "closed."),
    ("bereavement", "sensitive", "review_reply",
     "Agent: Dear Mrs Farrell, thank you for writing, and please accept our condolences on the loss of your son. "
     "We've refunded his festival tickets in full and removed his details."),
    ("bereavement", "sensitive", "web_form",
     "Account holder: Peter Lowe (deceased). Requester: Claire Lowe, daughter. Please close the account and "
     "delete his saved card."),
    ("bereavement", "sensitive", "chat",
     "grandads funeral is thurs so cant make class, sorry x"),
    ("bereavement", "sensitive", "email",
     "Hi, we'd like to book the community hall for Mam's month's mind on the 9th, about 60 people, tea and "
     "sandwiches after. Thanks, Fiona"),
    ("bereavement", "sensitive", "agent_note",
     "Customer's husband called: customer died in a road accident on 3 Nov. Closed account, stopped DD, sent "
     "condolence card."),
    ("bereavement", "sensitive", "voicemail",
     "Hello, I calling about the print order for the wreath ribbons, my father-in-law pass away last night, the "
     "wake is at Block 214 void deck, can rush by tomorrow morning?"),
    ("bereavement", "benign", "email",
     "Hello, Hargreaves & Sons Funeral Directors here. We'd like a trade account for printed order-of-service "
     "booklets, roughly 30 jobs a month."),
    ("bereavement", "benign", "chat",
     "my phone died halfway through checkout, did the order go through? ref BK-6650"),
    ("bereavement", "benign", "sms",
     "this heat is killing me, can the kit come before noon so the ice packs survive? lol"),
    ("bereavement", "benign", "web_form",
     "Print job: 250 posters for 'Dead Poets' Night', the open mic at the Corner Café. A3 matte."),
    ("bereavement", "benign", "agent_note",
     "Customer asked what happens to an account when the holder dies. Explained next of kin can close it with a "
     "death certificate. She said she's just sorting her own will paperwork."),
    ("bereavement", "benign", "dm",
     "for the Day of the Dead parade, is face paint provided or bring our own? we're the dance troupe performing"),
    ("bereavement", "benign", "thread",
     "Can I book the hall for a murder-mystery party? || Agent: Of course! Saturday evenings are £180. || "
     "Brilliant, I'll be the corpse 💀"),
    ("bereavement", "benign", "voicemail",
     "Hi, it's Nell from Greenhill Crematorium's office. We'd like 50 copies of the 'Words for Remembrance' "
     "anthology for the chapel waiting area. Please call back with trade pricing."),
    ("bereavement", "benign", "review_reply",
     "Agent: Thanks, Kemi! We're glad the novel 'The Widow's Garden' was such a hit with your reading group."),
    ("bereavement", "benign", "chat",
     "the old site is dead and buried thank god, new one's way faster. quick q, where's my class timetable?"),
    ("bereavement", "benign", "email",
     "Good day, I'm events coordinator for a funeral-planning company in Lagos. We want 20 seats on your "
     "corporate Spanish course for our staff. Kindly send a proforma invoice."),
    ("bereavement", "benign", "sms",
     "mate the battery in the hall smoke alarm is dead, beeping all night. can someone swap it before our hire "
     "tmrw?"),
    ("bereavement", "benign", "phone",
     "Caller: It's about my late delivery, no, not late like that, ha, the box is late, it was due yesterday. || "
     "Agent: Understood! It's out with the courier now. || Caller: Grand."),
    ("bereavement", "benign", "agent_note",
     "Carver Memorials Ltd (headstone masons) asked if we print vinyl lettering. We don't; referred to our "
     "sign-making partner."),
    ("bereavement", "benign", "web_form",
     "Question: if I buy tickets and can't go for any reason, can I transfer them? Just checking before I buy."),
    ("bereavement", "benign", "email",
     "Dear Team, the course link has expired and I cannot log in to the Japanese recorded sessions. Kindly "
     "extend the access."),
    ("bereavement", "benign", "dm",
     "RIP my inbox 😩 can you stop sending 5 emails a day about the lineup?"),
    ("bereavement", "benign", "chat",
     "Morning! 'Nine Nights in Kingston', is that the crime novel or the cookbook? Is the novel I want."),
    ("bereavement", "benign", "thread",
     "Our funeral home's printer has packed in, can you do 100 order-of-service booklets by Thursday? PDF "
     "attached. || Agent: Yes, proofs by 3pm today. || You're lifesavers, thanks."),
    ("bereavement", "benign", "agent_note",
     "Customer's dog died; cancelled the dog-friendly camping add-on on her festival ticket. Refund of £15 "
     "issued."),
    # ---- violence_self_harm
    ("violence_self_harm", "sensitive", "email",
     "Please don't send anything to my old address any more. I left my partner because he was violent and I "
     "don't want him finding out where I've gone. New address by phone only. Account MK-2217."),
    ("violence_self_harm", "sensitive", "chat",
     "a guy at the festival last week kept following me and now he's messaging me, he found my name through the "
     "ticket app. can you hide my profile?"),
    ("violence_self_harm", "sensitive", "dm",
     "your tutor keeps messaging me on insta late at night saying stuff about my body. I've told him to stop. I "
     "don't want to go back to the course"),
    ("violence_self_harm", "sensitive", "agent_note",
     "Caller very distressed, said she 'doesn't see the point any more' and has been thinking about ending it. "
     "Stayed on the line, gave Samaritans 116 123, escalated to welfare lead."),
    ("violence_self_harm", "sensitive", "sms",
     "hall caretaker said he'd smash my car in if we came back late again. not ok. booking hb-4490"),
    ("violence_self_harm", "sensitive", "web_form",
     "Complaint: a man spat at me and shouted slurs at me in the entry queue and your stewards did nothing. "
     "Ticket TK-9951."),
    ("violence_self_harm", "sensitive", "voicemail",
     "Hi, um, it's Jade. Can you leave Friday's delivery at my mum's instead? Things at home... he's been getting "
     "physical again so I'm staying with her for a bit. Thanks."),
    ("violence_self_harm", "sensitive", "email",
     "Dear Team, I am getting threatening calls from a person who says he got my number from your kit delivery "
     "slip. He says he will come to my house. Kindly tell me how he got my details. Regards, Kavitha"),
    ("violence_self_harm", "sensitive", "thread",
     "hi can you pause my meal kits || Agent: Of course, for how long? || not sure. I've started cutting again "
     "and I'm going to stay at my sister's for a while. sorry for oversharing || Agent: Never apologise. I've "
     "paused it with no end date. If you need someone to talk to, Samaritans are on 116 123."),
    ("violence_self_harm", "sensitive", "chat",
     "Please my ex-husband beat me last week and took my phone. I am using my friend's phone. Please change the "
     "account email so he can't see my orders."),
    ("violence_self_harm", "sensitive", "agent_note",
     "Two hirers reported a man followed them to their cars after Saturday's booking shouting abuse and "
     "threatening them. Incident logged, CCTV request sent to caretaker."),
    ("violence_self_harm", "sensitive", "sms",
     "cancel tmrw lesson pls. cant face it. been having thoughts of not being here tbh"),
    ("violence_self_harm", "sensitive", "email",
     "Hi, your driver grabbed my arm and shoved me into the door frame when I asked him to bring the box up. I'm "
     "bruised and shaken and I want this investigated."),
    ("violence_self_harm", "sensitive", "review_reply",
     "Agent: Hi Lauren, we're so sorry someone threatened to hurt you in the queue. That's never acceptable; our "
     "safety team would like to speak with you directly and has emailed you."),
    ("violence_self_harm", "sensitive", "dm",
     "someone from the class group chat keeps sending me threats since i complained, says they know where i live"),
    ("violence_self_harm", "sensitive", "web_form",
     "Safeguarding concern: my daughter's ex keeps turning up at the hall when she works the Friday bar shift and "
     "screaming at her. Please ban him."),
    ("violence_self_harm", "sensitive", "phone",
     "Caller: My flatmate took a load of pills last night, she's okay, the ambulance came, but she can't take "
     "the delivery today. || Agent: I'm glad she's safe. I'll move the box to Monday. || Caller: Thanks."),
    ("violence_self_harm", "sensitive", "agent_note",
     "Student told tutor her father hits her mother and she's scared to go home after evening class. Tutor "
     "followed safeguarding procedure; referral made."),
    ("violence_self_harm", "sensitive", "chat",
     "hi, the man sit beside me in Korean class keep touching me and follow me to the MRT. I tell teacher already "
     "but nothing happen. can change my class?"),
    ("violence_self_harm", "sensitive", "voicemail",
     "Hi, it's Gráinne. Someone's been sending me horrible messages since the flyers went out with my number, "
     "saying they'll burn the shop down. Can ye reprint without my number? Thanks."),
    ("violence_self_harm", "benign", "chat",
     "this promo is killer 🔥 can I stack it with the student code?"),
    ("violence_self_harm", "benign", "email",
     "Hello, Eastside Women's Refuge here, the charity itself. We'd like the hall every Tuesday morning for "
     "volunteer training. Invoice to our finance team please."),
    ("violence_self_harm", "benign", "web_form",
     "Print job: 300 A2 gloss posters for our martial arts club's self-defence open day."),
    ("violence_self_harm", "benign", "agent_note",
     "Event organiser reviewing partners asked about our anti-harassment policy. Sent code of conduct link."),
    ("violence_self_harm", "benign", "sms",
     "we got absolutely slaughtered at the quiz lol. is the hall free same time next month?"),
    ("violence_self_harm", "benign", "dm",
     "Battle of the Bands tickets, standing only?"),
    ("violence_self_harm", "benign", "thread",
     "I'm going to murder whoever designed this checkout 😂 where's gift wrap? || Agent: Ha! It's on the basket "
     "page under 'Add a message'. || Found it, ta."),
    ("violence_self_harm", "benign", "review_reply",
     "Agent: Thanks, Marcus. Glad the thriller 'Knife Edge' kept you up reading, the sequel's out in March."),
    ("violence_self_harm", "benign", "voicemail",
     "Hi, it's Keisha from Lifeline Haven, the listening-service charity. We'd like 500 printed wallet cards with "
     "our helpline number for an outreach stall. Call me back."),
    ("violence_self_harm", "benign", "email",
     "Good morning, the delivery man said our dog almost attacked him haha, sorry, Bingo is harmless. Please next "
     "time ring the bell twice."),
    ("violence_self_harm", "benign", "chat",
     "hypothetically if a guest was rude to hall staff would we lose the deposit? the contract mentions "
     "conduct"),
    ("violence_self_harm", "benign", "web_form",
     "Event enquiry: we're a boxing gym hosting a charity fight night. Can the hall take a ring, and what about "
     "insurance?"),
    ("violence_self_harm", "benign", "sms",
     "strewth this heat's brutal, leave the box in the esky by the door pls"),
    ("violence_self_harm", "benign", "agent_note",
     "Anti-bullying charity KindSchools ordered 2,000 printed wristbands for awareness week. Proof approved."),
    ("violence_self_harm", "benign", "phone",
     "Caller: Today's lesson was a massacre, I forgot all my verbs, haha. Can I book an extra one-to-one? || "
     "Agent: Of course, Tuesday at 5? || Caller: Perfect."),
    ("violence_self_harm", "benign", "email",
     "Dear Team, the DNA kit box came crushed like someone beat it with a hammer. Kindly send a replacement. "
     "Order AN-3390."),
    ("violence_self_harm", "benign", "dm",
     "the ghost-story night at the hall was terrifying in the best way 👻 when's the next one?"),
    ("violence_self_harm", "benign", "chat",
     "Good evening, festival security did the bag check real quick, good job. Can I bring my own folding chair?"),
    ("violence_self_harm", "benign", "web_form",
     "Question: does the hall have CCTV and a panic alarm? Our insurer requires it for a jewellery pop-up."),
    ("violence_self_harm", "benign", "thread",
     "Do your stewards get de-escalation training? || Agent: Yes, all stewards complete conflict-management "
     "training each season. || Great, that'll go in our partner report."),
]


def willow_examples() -> list[dict]:
    """The willow split as labelled tickets (same shape as ``sensitive_eval.build_eval_set``'s)."""
    return stranger_examples("willow", ENTRIES, SUBJECTS)
