"""yat split: written by a helper who had not seen the detection rules, the anchors or any other split.
Setting: Harbourside Hotels, a coastal hotel chain with a spa and conference rooms (room bookings, spa health
questionnaires, weddings and conferences, loyalty scheme, restaurant, accessible rooms, late checkout, lost property,
company invoices); registers are email, chat, sms, call, note, form, review, voicemail and dm.
The benign half borrows the territory harmlessly: organisations booking as organisations, policy questions,
treatment, menu and event names, idioms, routine billing trouble and agent boilerplate.
70 sensitive and 70 benign tickets for special categories, 50 and 50 for children, 20 and 20 for financial hardship,
15 and 15 for health, legal, bereavement and violence and self-harm.
First reading (policy 2026.11.24.7, after it was final; `sensitive_eval.evaluate`, as `make eval-sensitive`):
95.5 / 1.0 recall / false exclusion in % as shipped, 96.5 / 8.0 without the overruling,
90.5 / 8.0 by the rules alone. Waits for the next round (tuned and trained on after this reading)."""

from __future__ import annotations

from training_gate.sensitive_blind import stranger_examples

SUBJECTS: tuple[str, ...] = (
    "Booking amendment",
    "Spa treatment enquiry",
    "Health questionnaire",
    "Wedding venue enquiry",
    "Conference room booking",
    "Loyalty points query",
    "Restaurant reservation",
    "Accessible room request",
    "Late checkout",
    "Lost property",
    "Company invoice",
    "Cancellation and refund",
    "Complaint about my stay",
    "Kids' club",
)

ENTRIES: list[tuple[str, str, str, str]] = [
    # ---- health
    ("health", "sensitive", "email",
     "Hi, booking ref HH-48213 for the Quayside Suite, 12-14 March. Could we swap to a ground floor room? "
     "My wife had her hip replaced in January and stairs are still a real struggle for her, and last time "
     "the lift was out of order for a day. Thanks, Gareth Pryce || Agent: Hi Gareth, I've moved you to "
     "room 102 on the ground floor, right by the lift and the breakfast room."),
    ("health", "sensitive", "chat",
     "hi can i still do the hot stone massage on saturday || Agent: Of course! Is there anything on your "
     "health questionnaire you'd like to update before then? || yeah im 14 weeks now so not sure if thats "
     "allowed, forgot to tick the box || Agent: Thanks for telling us, I'll swap you to the pregnancy-safe "
     "massage."),
    ("health", "sensitive", "note",
     "Guest in 214 (Ms Okafor) asked housekeeping not to remove the sharps bin from the bathroom - she "
     "injects insulin before meals. Added to room notes, please brief evening staff."),
    ("health", "sensitive", "form",
     "Spa health questionnaire | Name: Lorna Beattie | Treatment: deep tissue massage | Medical "
     "conditions: fibromyalgia, flare-ups in lower back | Current medication: amitriptyline 25mg nightly | "
     "Signature: L.B."),
    ("health", "sensitive", "voicemail",
     "Hi it's Dev Rathore, I was meant to be checking in tonight at the Marina hotel, room's under "
     "Rathore, but I'm actually ringing from A&E, came off my bike this afternoon and they're keeping me "
     "in for a scan on my wrist, so please don't mark me as a no-show, I'll call back tomorrow."),
    ("health", "sensitive", "sms",
     "Running late for the 3pm facial sorry - chemo appt overran again. Still ok if I come at 3.30? Priya"),
    ("health", "sensitive", "call",
     "Agent: Harbourside weddings, Tomasz speaking. || Hi, we've got the August package booked. One thing "
     "- my dad's got early-onset dementia and he can wander off, is there somewhere quiet off the function "
     "room where he can sit with his carer? || Agent: Absolutely, we can hold the Lantern Room next door "
     "for you all evening."),
    ("health", "sensitive", "review",
     "Lovely stay overall but the 'gluten free' toast at breakfast came out on the same board as the "
     "normal bread. I'm coeliac and was ill the whole next day. || Agent: We're very sorry, Ms Arden. "
     "We've retrained the breakfast team on allergen handling and refunded your breakfasts."),
    ("health", "sensitive", "chat",
     "Agent: Hi Sam, your late checkout until 2pm is confirmed. || thank you!! really need the extra hours "
     "honestly, my anxiety's been awful this week and packing in a rush sets off panic attacks || Agent: "
     "No rush at all, take all the time you need."),
    ("health", "sensitive", "email",
     "Dear conference team, for our delegate Mr Owen Harris on the 9th please note he is profoundly deaf "
     "and will need the hearing loop switched on in the Dockside Room and a seat near the front so he can "
     "lip-read. Many thanks, Events Office, Calloway Ltd"),
    ("health", "sensitive", "note",
     "Lost property: black glasses case found in the gym. Guest Mr Fenwick (rm 308) rang - it holds his "
     "epilepsy tablets and he's out, urgent. Couriered to home address 11/04, tracking sent."),
    ("health", "sensitive", "dm",
     "hey harbourside 👋 my gf is in recovery from an eating disorder so could the restaurant NOT bring the "
     "dessert trolley round on our anniversary? table for 2 fri 8pm under Reid. thank u"),
    ("health", "sensitive", "form",
     "Restaurant booking | Name: Colette Baines | Party: 6 | Date: 22/05 | Notes: I have a severe peanut "
     "allergy and carry an EpiPen - please confirm the kitchen can cater safely for me"),
    ("health", "sensitive", "call",
     "Agent: Loyalty desk, how can I help? || I need to cancel my spa day on the 3rd. I've been signed off "
     "work with depression and my GP says I shouldn't be travelling. || Agent: I'm sorry to hear that. "
     "I'll put the full amount back as points. || ok, thanks for being nice about it"),
    ("health", "sensitive", "email",
     "Hello, I'm writing about invoice INV-30912. The pool session should come off - I didn't go because I "
     "found out that morning I was miscarrying. I'd rather not go into it, just the refund please. Hannah "
     "Cole || Agent: Of course, Hannah. The refund is processed and we won't ask anything more."),
    ("health", "benign", "email",
     "Hi, do your spa treatments need a health questionnaire for every visit or just the first one? We're "
     "booking a team away day for 12 people and want to send the forms round in advance. Thanks, Office "
     "Manager, Brightwater Design || Agent: Just the first visit, then it's valid for 12 months. I'll send "
     "you a group link."),
    ("health", "benign", "chat",
     "the health questionnaire page keeps crashing on my phone when I press submit || Agent: Sorry about "
     "that! Try the desktop site, or reception can take it on paper when you arrive. || ok reception it "
     "is, thanks"),
    ("health", "benign", "review",
     "The Detox Body Wrap is incredible, came out feeling like a new person. The 'Healing Hands' package "
     "is worth every penny too. Five stars for the spa team."),
    ("health", "benign", "form",
     "Conference enquiry | Organisation: North Coast Physiotherapy Association | Event: annual CPD day | "
     "Delegates: 80 | Needs: projector, two breakout rooms, lunch buffet | Contact: cpd@example.org"),
    ("health", "benign", "sms",
     "Hi, can I move my Hangover Cure Facial from Sat 10am to Sun 11am? Ref SPA-7721. Thanks, Jo || Agent: "
     "Done, Jo - Sunday 11am confirmed."),
    ("health", "benign", "call",
     "Agent: Harbourside Marina, good morning. || Hi, does the hotel have a defibrillator and first aiders "
     "on site? We're an events company doing the risk assessment for a client's gala. || Agent: Yes, "
     "there's an AED at reception and trained first aiders on every shift."),
    ("health", "benign", "email",
     "Hello, could you tell me how many accessible rooms the Quayside hotel has, and whether they have "
     "roll-in showers? We're updating our corporate travel policy and need the same details from all "
     "preferred suppliers. Regards, Travel Desk, Ormond Group || Agent: The Quayside has six accessible "
     "rooms, four with roll-in showers. Full specs are attached."),
    ("health", "benign", "note",
     "Rep from Lintel Pharma booked the Harbour Room for a product launch 14/06. Needs AV, lectern and 40 "
     "chairs theatre style. Invoice to company, PO 55812."),
    ("health", "benign", "dm",
     "is the gym open 24/7? trying to get my steps in lol. also is there a set lane swimming time in the "
     "pool"),
    ("health", "benign", "chat",
     "Agent: Hi, how can I help today? || do you have the allergen menu online? just planning a group "
     "dinner and want to check before we pick a restaurant || Agent: Yes, it's on the Dining page under "
     "Menus, with all 14 allergens listed for each dish."),
    ("health", "benign", "voicemail",
     "Hi, this is Carl from Dunmore Medical Supplies, we've got the first aid kits for your Marina site as "
     "per the facilities order, but the loading bay was locked, can someone ring me back on 07700 900412."),
    ("health", "benign", "review",
     "Came for the 'Sick of Winter' weekend break and honestly the food alone was the cure. Staff lovely, "
     "room a touch small. 4/5."),
    ("health", "benign", "email",
     "Hi team, what's your policy if someone falls ill before their stay - is the Flex rate fully "
     "refundable up to 24 hours before? Just weighing up the rates before I book for our sales team."),
    ("health", "benign", "call",
     "Agent: Spa reception, Ellie speaking. || Hi, is the sauna temperature adjustable? I read it's 90 "
     "degrees and that sounds like it'd kill me haha || Agent: It's usually 80 to 85, and the steam room "
     "is gentler if you'd prefer."),
    ("health", "benign", "form",
     "Spa gift voucher order | Voucher: Mindful Mornings (yoga + massage) | Value: £120 | Recipient: Ellie "
     "| Message: Happy birthday, treat yourself! | Delivery: ellie.morgan@example.com"),
    # ---- legal
    ("legal", "sensitive", "email",
     "Hi, I need an itemised copy of the invoice for my stay 3-5 Feb, room 117. My solicitor has asked for "
     "it as evidence in the divorce proceedings - it shows where I actually was that weekend. Kind "
     "regards, Mark Dalby || Agent: Mr Dalby, the itemised invoice is attached as a PDF, showing check-in "
     "and check-out times."),
    ("legal", "sensitive", "call",
     "Agent: Reservations, Aisha speaking. || Hi, I need to cancel the Corbett booking for next week. || "
     "Agent: No problem, can I note a reason for the refund team? || My husband's been remanded in "
     "custody, so he won't be coming. Just cancel it, please."),
    ("legal", "sensitive", "note",
     "DC Harland (Western Division) attended reception 19:40 requesting bar CCTV for 02/03 re an assault "
     "allegation against guest Mr Vance (rm 402). Referred to GM, footage preserved, officer's card filed."),
    ("legal", "sensitive", "chat",
     "quick q about the exhibitor passes || Agent: Sure, go ahead! || your security form asks about "
     "unspent convictions. i got one in 2021 for drink driving, does that mean i cant get a pass for the "
     "trade stand? || Agent: I'll check with our security manager and come back to you today."),
    ("legal", "sensitive", "form",
     "Lost property claim | Item: brown leather laptop bag | Date lost: 14/01 | Additional info: bag has "
     "my court papers in it for my hearing at Easton Crown Court on the 28th, please treat as urgent | "
     "Contact: 07700 900231"),
    ("legal", "sensitive", "voicemail",
     "Hello, it's Denise Farrow, we've a wedding booked with you for June and we need to postpone - my "
     "fiancé was arrested last month and his bail conditions mean he can't leave the county till the "
     "trial. Please call me back."),
    ("legal", "sensitive", "email",
     "To the Events Manager, we act for Ms Joanna Pell in her claim against Harbourside Hotels following "
     "her fall on the spa floor on 8 October. Please preserve all incident reports and CCTV. Yours "
     "faithfully, Hartley & Co Solicitors, claims@example.org || Agent: Acknowledged. This has gone to our "
     "insurers and all records are preserved."),
    ("legal", "sensitive", "sms",
     "hi its Kerry rm 12, pls dont give my room to anyone who asks at the desk, theres a restraining order "
     "against my ex and he's not allowed near me"),
    ("legal", "sensitive", "chat",
     "Agent: Hi there, what can I do for you? || can u keep my room an extra night? my court case got "
     "adjourned to tomorrow so im stuck in town || Agent: I can extend you to Thursday at the same rate. "
     "|| legend thanks"),
    ("legal", "sensitive", "review",
     "Stayed here for three nights while attending my son's sentencing hearing nearby. The night manager "
     "was so kind when I came back in pieces. Thank you, Harbourside."),
    ("legal", "sensitive", "note",
     "Mr Lucan disputes minibar and damage charges on INV-41873. States he has instructed a lawyer and is "
     "suing us. Do not discuss by phone - all further contact in writing via GM."),
    ("legal", "sensitive", "email",
     "Hi, I'm the bride's mum for the Quinn/Adebayo wedding on the 19th. Please take Darren Quinn off the "
     "guest list and don't let him in - there's an ongoing court case between him and my daughter and her "
     "barrister says he mustn't attend. Thanks, Grace"),
    ("legal", "sensitive", "call",
     "Agent: Accounts, this is Neil. || Why has my card been charged £90? || Agent: That's the damage "
     "charge for room 210 on the 4th. || I've never stayed there. I've reported it to the police as "
     "identity fraud, crime ref 4471/23, someone booked in my name."),
    ("legal", "sensitive", "dm",
     "do you have a record of me staying on 21 nov? my lawyer needs proof of where i was for the "
     "employment tribunal next month"),
    ("legal", "sensitive", "form",
     "Corporate account application | Company: Redfern Logistics | Director: Paul Redfern | Has any "
     "director been convicted of fraud? Yes - conviction 2017, now spent | Signature: P. Redfern"),
    ("legal", "benign", "email",
     "Hello, we're Castleton Legal LLP and would like to book the Boardroom for a client seminar on 12 "
     "April, 9am-1pm, 20 people, coffee and pastries. Please invoice accounts@example.org."),
    ("legal", "benign", "chat",
     "whats your cancellation policy, like legally do I have to pay if we cancel the wedding venue 10 "
     "months out? || Agent: The deposit is non-refundable, and the balance only becomes due 8 weeks before "
     "the date. Full terms are on your confirmation. || ok cool thanks"),
    ("legal", "benign", "review",
     "Booked the 'Case Closed' murder mystery dinner and it was a hoot. The actor playing the detective "
     "arrested our table for stealing the cheese board. 10/10."),
    ("legal", "benign", "note",
     "Magistrates' court admin office rang to book 6 rooms for visiting magistrates, 4-6 June. Corporate "
     "rate applied, invoice to the regional office."),
    ("legal", "benign", "sms",
     "Hi, can you send me the T&Cs for the loyalty scheme? Want to check the small print before I sign up. "
     "Thanks"),
    ("legal", "benign", "form",
     "Event booking | Organisation: Western Bar Association | Event: annual dinner | Guests: 140 | Date: "
     "29/11 | Dietary requirements: to follow | Contact: events@example.org"),
    ("legal", "benign", "call",
     "Agent: Harbourside Quayside, good afternoon. || Hi, I'm a solicitor coming to a conference at your "
     "hotel next week, is there a quiet room I could use for client calls? || Agent: Yes, our business "
     "pods can be booked by the hour at reception."),
    ("legal", "benign", "email",
     "Under data protection law I'd like a copy of the personal data you hold on me from the loyalty "
     "scheme, member no. HL-220914. Email is fine. Thanks, Rhian Lloyd || Agent: Thanks Rhian, we'll "
     "respond within one month as the law requires."),
    ("legal", "benign", "voicemail",
     "Hi, it's Martin from Pennant Security, we're booked to do door supervision for the Baxter wedding on "
     "Saturday - just checking whether you need our licence numbers sent over in advance. Call me on 07700 "
     "900588."),
    ("legal", "benign", "chat",
     "Agent: Welcome to Harbourside chat! || the lawyer in our group wants to know if the deposit's "
     "protected lol, he's being a pain about it || Agent: Ha, tell him it's held in a separate client "
     "account and shown on the invoice. || cheers, that'll shut him up"),
    ("legal", "benign", "dm",
     "your car park machine gave me a parking charge notice when I'd paid for the whole day?? reg FX19 "
     "KLB, stayed in room 305. can someone cancel it"),
    ("legal", "benign", "review",
     "Attended the Law Society regional conference here. Great AV, decent lunch, coffee went cold by 11 "
     "though. Would come back."),
    ("legal", "benign", "note",
     "Dalmore Estates conference contract signed and returned by their legal team; clause 7 (force "
     "majeure) amended at their request. Deposit invoice sent 02/03."),
    ("legal", "benign", "email",
     "Hi, I'm organising a hen do with a courtroom theme - judges' wigs, gavels, the lot. Is fancy dress "
     "allowed in the restaurant? Table for 10 on Sat 18th. Thanks, Jess || Agent: Fancy dress is fine, "
     "Jess - just no gavel-banging on the tables please!"),
    ("legal", "benign", "sms",
     "Hi, your confirmation says photo ID must be shown at check-in 'in line with police guidance' - will "
     "a driving licence do? Ref HH-77102"),
    # ---- bereavement
    ("bereavement", "sensitive", "email",
     "Hello, I need to cancel booking HH-60117 for 18-20 May. My husband passed away on Sunday and the "
     "trip was meant to be for his 60th. Could the deposit be refunded? Regards, Maureen Stokes || Agent: "
     "Dear Mrs Stokes, I am so sorry. The deposit will be refunded in full, no paperwork needed."),
    ("bereavement", "sensitive", "call",
     "Agent: Harbourside events, Kieran speaking. || Hi, we'd like the Harbour Room for a wake on Friday "
     "after the funeral, about 50 people. It's for my brother, he died last week. || Agent: I'm so sorry "
     "for your loss. Let me take you through the buffet options gently."),
    ("bereavement", "sensitive", "chat",
     "hi um my mum booked a spa day for both of us in march but she died in jan, can i use the voucher on "
     "my own or move it to my name || Agent: I'm really sorry. Yes, I'll transfer it to you and extend the "
     "expiry."),
    ("bereavement", "sensitive", "note",
     "Loyalty member Mr A. Kowalski deceased per daughter's call 02/02. Daughter asks for his points to be "
     "moved to her account. Death certificate requested, pending."),
    ("bereavement", "sensitive", "sms",
     "Sorry I wont make the 4pm check in, lost my grandad this morning, will be there tmrw instead. Room "
     "under Hughes"),
    ("bereavement", "sensitive", "voicemail",
     "Hi, this is Pete Lambourne, we had the wedding booked for the 14th of September... we're going to "
     "have to postpone. My fiancée's dad died suddenly on Tuesday and nobody's in any state for it. Please "
     "ring me back."),
    ("bereavement", "sensitive", "form",
     "Cancellation request | Booking: HH-90311 | Reason: bereavement - death of my wife | Supporting "
     "document: attached | Preferred refund: original card"),
    ("bereavement", "sensitive", "review",
     "We stayed the night after scattering Dad's ashes off the harbour wall. The staff had no idea but the "
     "bartender sat with us for a while anyway. Thank you, it meant a lot."),
    ("bereavement", "sensitive", "dm",
     "hiya can i get the invoice from my late partner's stay in july reissued in my name? sorting out his "
     "estate and the executor needs it"),
    ("bereavement", "sensitive", "email",
     "Dear Sirs, I am the executor of my late mother, Mrs Eileen Marsh, who held a Harbourside Gold "
     "loyalty account. Please close the account and advise of any balance. Yours faithfully, R. Marsh"),
    ("bereavement", "sensitive", "call",
     "Agent: Lost property, Jen speaking. || I left a watch at the Marina hotel. It was my brother's, he "
     "passed in the spring, so it... it really matters. || Agent: Let me check the log for you right now."),
    ("bereavement", "sensitive", "chat",
     "Agent: Hi Leon, your late checkout is approved until 1pm. || could it be 3? my aunt's funeral is at "
     "11 and I don't want to rush back to pack || Agent: Of course, 3pm is fine, and I'm sorry for your "
     "loss."),
    ("bereavement", "sensitive", "note",
     "Restaurant: table 9 tonight (Patel, party of 8) are coming from a memorial service for the host's "
     "son. No fuss or singing please, quiet corner by the window."),
    ("bereavement", "sensitive", "email",
     "Hi, we came for our anniversary every year for 30 years. This will be the first one without Joan. "
     "Could I have our usual room, 401, on the 9th? Just me this time. Bill Tanner || Agent: Mr Tanner, "
     "room 401 is yours on the 9th. There'll be a pot of tea waiting."),
    ("bereavement", "sensitive", "sms",
     "Hi its Claire, please cancel my massage tomorrow, family emergency - my sister passed away "
     "overnight. Thanks for understanding"),
    ("bereavement", "benign", "email",
     "Hello, South Coast Funeral Directors' Association would like a conference room for our quarterly "
     "meeting on 7 March, 25 attendees, lunch included. Invoice to the association."),
    ("bereavement", "benign", "review",
     "The Death by Chocolate dessert nearly finished me off. Absolutely killer. Restaurant staff "
     "brilliant. || Agent: Glad you survived it! Compliments passed to the pastry team."),
    ("bereavement", "benign", "chat",
     "do you host wakes? just reviewing venues for our planning business, nothing booked yet || Agent: We "
     "do, the Lantern Room is popular for receptions of all kinds. || great, can you email a brochure"),
    ("bereavement", "benign", "sms",
     "My phone died so I missed your call about the booking - can you ring again? 07700 900145"),
    ("bereavement", "benign", "note",
     "Tribute act booked for Friday's dinner dance - 'The Late Greats' (Elvis, Sinatra, Cash). Invoice "
     "from their agent to follow."),
    ("bereavement", "benign", "call",
     "Agent: Harbourside, Rosa speaking. || Hi, I've made a late booking for tonight, can I still use my "
     "loyalty points? || Agent: Yes, points work for same-day stays too. || brilliant"),
    ("bereavement", "benign", "voicemail",
     "Hi, it's Gemma from the Memorial Hall committee in Portcliff, we'd like a quote for 60 rooms for our "
     "twinning visit in October. Call me back on 07700 900377 please."),
    ("bereavement", "benign", "form",
     "Feedback | Stay: 2-4 Aug | Comments: the wifi kept dying in room 512, had to tether to my phone the "
     "whole time | Rating: 3/5"),
    ("bereavement", "benign", "email",
     "Hi, I'm planning a murder mystery weekend for 30 people - the 'Dead on Arrival' package. Can we have "
     "the Library bar to ourselves on the Saturday night?"),
    ("bereavement", "benign", "dm",
     "lol the 'Deathbed' cocktail at your bar is lethal, what's in it?? need the recipe for my party"),
    ("bereavement", "benign", "chat",
     "Agent: Hi, how can I help? || just checking whether the Remembrance Sunday lunch menu is the same as "
     "the usual Sunday roast || Agent: It's the normal roast plus a poppy dessert, with a donation to the "
     "Legion."),
    ("bereavement", "benign", "review",
     "Attended the 'Grief and Growth' coaching conference here as a speaker. Venue great but the breakout "
     "rooms got stuffy. Coffee excellent."),
    ("bereavement", "benign", "note",
     "Corporate account Everlasting Memorials Ltd (headstone suppliers) - 3 rooms monthly for sales reps, "
     "10% discount agreed, invoice quarterly."),
    ("bereavement", "benign", "email",
     "Hello, my laptop died halfway through paying for booking HH-33820 and I'm not sure the payment went "
     "through. Could you check and resend the invoice to j.rowe@example.com? Thanks || Agent: It went "
     "through once, and the invoice is on its way to you now."),
    ("bereavement", "benign", "call",
     "Agent: Events, Kieran speaking. || Hi, we're doing a Day of the Dead theme for our staff Halloween "
     "party, is face paint allowed in the ballroom? || Agent: Yes, just no candles on the tables please, "
     "fire regs."),
    # ---- violence and self-harm
    ("violence_self_harm", "sensitive", "sms",
     "pls dont tell anyone which room im in if a man called Rob asks. he's been following me since I left "
     "him, turned up at my work twice"),
    ("violence_self_harm", "sensitive", "note",
     "Night manager: female guest rm 219 reports the male guest in 221 repeatedly knocking on her door "
     "after midnight and making sexual comments. Moved her to 5th floor, incident log #882, she didn't "
     "want police."),
    ("violence_self_harm", "sensitive", "chat",
     "hey can I extend one more night || Agent: Sure, same room? || yes. honestly i'm not in a good place, "
     "not sure i want to be around much longer, the sea view is the only thing helping || Agent: I'm "
     "really glad you told me. Can I call someone for you, or share the Samaritans number?"),
    ("violence_self_harm", "sensitive", "email",
     "To the manager, during Saturday's wedding reception at the Marina, one of the guests punched my "
     "brother in the car park and split his lip. Your staff saw it happen. Did your CCTV catch it? Tom "
     "Reilly || Agent: Mr Reilly, we've kept the car park footage from that evening and will release it to "
     "the police on request."),
    ("violence_self_harm", "sensitive", "voicemail",
     "Hi, it's Jade in room 30... I need to leave early tomorrow, my partner's turned up in the lobby and "
     "last time he found me he hit me. Please can someone help me get out the back way."),
    ("violence_self_harm", "sensitive", "review",
     "A male therapist kept touching me inappropriately during my massage even after I told him to stop. I "
     "reported it at reception and nothing happened. Never again. || Agent: Ms Lowry, this is extremely "
     "serious. Our spa director will call you today and the therapist has been suspended."),
    ("violence_self_harm", "sensitive", "form",
     "Staff incident form | Department: bar | Details: a conference guest threatened to 'sort me out' "
     "after I refused to serve him, then waited by my car after my shift | Staff member: Callum | Contact: "
     "07700 900690"),
    ("violence_self_harm", "sensitive", "dm",
     "your receptionist gave my new address to my ex. he's now sending me threatening messages every "
     "night. how could you do that || Agent: I am so sorry. I've escalated this to our data protection "
     "lead and the general manager, who will call you today."),
    ("violence_self_harm", "sensitive", "call",
     "Agent: Reception, Faisal speaking. || Yeah hi, I've been getting abusive calls to my room phone all "
     "night, same bloke, says he knows where I live. || Agent: I'll block external calls to your room and "
     "send security up now."),
    ("violence_self_harm", "sensitive", "note",
     "Housekeeping found razor blades and blood-stained towels in 116; guest (woman, travelling alone) "
     "visibly distressed. Duty manager checked in on her - she disclosed she has been cutting herself. "
     "Declined ambulance, helpline numbers given."),
    ("violence_self_harm", "sensitive", "email",
     "Hi, table for 2 on Friday please, under Carter. Please don't seat us by the window - my daughter's "
     "ex has been harassing her for months and he knows she loves your place. Thanks, Julie"),
    ("violence_self_harm", "sensitive", "chat",
     "i want to cancel the couples spa || Agent: Sure, can I ask why so I can note it? || we split up. he "
     "got violent last weekend and im staying at my sister's now || Agent: I'm so sorry. It's cancelled "
     "with a full refund and I won't contact him about it."),
    ("violence_self_harm", "sensitive", "sms",
     "Hi, I'm the one in the ground floor room. Ignore the note about my carer joining me, she's been "
     "taking money from my purse and shoving me around so she's gone"),
    ("violence_self_harm", "sensitive", "voicemail",
     "This is Ross, the guy from the wedding last weekend. Your bar manager's going to regret banning me. "
     "I know what car he drives and when he finishes."),
    ("violence_self_harm", "sensitive", "form",
     "Spa health questionnaire | Treatment: facial only | Anything else we should know: bruising on upper "
     "arms and back, please avoid touching - it's from my husband, he doesn't know I'm here"),
    ("violence_self_harm", "benign", "review",
     "The Killer Prawns starter is to die for. Absolutely smashed it, chef. || Agent: Chef's blushing. "
     "Thanks for the shout-out!"),
    ("violence_self_harm", "benign", "email",
     "Hello, Coastal Karate Federation would like to book the ballroom for a grading event, 9 to 5 on 3 "
     "May. We bring our own mats. Could you confirm the floor loading? Thanks, Events Secretary"),
    ("violence_self_harm", "benign", "chat",
     "this booking system is torturing me, it keeps kicking me back to the start || Agent: Sorry about "
     "that! Try clearing cookies, or I can book it for you here. || yes please, 2 nights from the 8th"),
    ("violence_self_harm", "benign", "note",
     "Self-defence workshop (Safer Streets CIC) confirmed for Harbour Room 15/09, 30 participants, crash "
     "mats arriving the day before."),
    ("violence_self_harm", "benign", "sms",
     "Heads up, the fire alarm in block B went off at 3am - false alarm I think but it scared the life out "
     "of us. Rm 61"),
    ("violence_self_harm", "benign", "form",
     "Event enquiry | Organisation: Harbour Women's Refuge Trust | Event: fundraising gala dinner | "
     "Guests: 200 | Date: 8 Nov | Contact: gala@example.org"),
    ("violence_self_harm", "benign", "call",
     "Agent: Harbourside security desk. || Hi, we're running a corporate awards night and need to know "
     "your policy if a guest gets aggressive - do you provide door staff? || Agent: Yes, licensed door "
     "staff are included for events over 100 guests."),
    ("violence_self_harm", "benign", "dm",
     "i could murder a full english rn, what time does breakfast stop on sundays?"),
    ("violence_self_harm", "benign", "review",
     "The Mortal Kombat tournament our company ran in your conference suite was brilliant. Screens huge, "
     "wifi held up, pizza arrived on time."),
    ("violence_self_harm", "benign", "email",
     "Hi, can your staff do something about the seagulls attacking people on the terrace? One nicked my "
     "sandwich today. Not really a complaint, just funny and annoying in equal measure. || Agent: We hear "
     "you. Our falconer visits on Tuesdays to keep them at bay."),
    ("violence_self_harm", "benign", "voicemail",
     "Hi, it's Amir from Harbour Boxing Club, we'd like to book the function room for our awards night, "
     "around 90 people. Call me on 07700 900212."),
    ("violence_self_harm", "benign", "note",
     "Guest complained the in-room film 'Blood Harbour' was stuck on a loop. Reset the box and refunded "
     "the movie charge."),
    ("violence_self_harm", "benign", "chat",
     "Agent: Evening! || do you have an anti-harassment policy for staff at events? our HR team want it "
     "attached to the contract || Agent: Yes, I'll email our events code of conduct over tonight."),
    ("violence_self_harm", "benign", "form",
     "Restaurant booking | Party: 12 | Occasion: stag do | Notes: they'll be loud but harmless, happy to "
     "pay extra for the private room"),
    ("violence_self_harm", "benign", "sms",
     "The hairdryer in 308 nearly electrocuted me lol, it's sparking at the plug. Can someone swap it?"),
    # ---- financial hardship
    ("financial_hardship", "sensitive", "email",
     "Hi, our wedding's booked for next spring and the second instalment is due on the 1st. I was made "
     "redundant last week and genuinely can't find £3,200 right now. Is there any way to spread it? Lucy "
     "Marsh || Agent: Hi Lucy, we can split the balance into four monthly payments at no extra charge."),
    ("financial_hardship", "sensitive", "call",
     "Agent: Accounts, good morning. || Hi, I've had a letter from Barrow Collections about an unpaid bill "
     "from your hotel. || Agent: Let me look. Yes, the spa charge from January was passed to them. || I "
     "can't pay it all at once, I'm on Universal Credit now."),
    ("financial_hardship", "sensitive", "chat",
     "can i pay for the room in 2 parts? || Agent: We do need full payment at check-in, I'm afraid. || ok "
     "its just im behind on rent and the landlord's threatening to evict me so money's tight, but it's my "
     "sister's wedding and i cant miss it"),
    ("financial_hardship", "sensitive", "note",
     "Mr Harrow (loyalty HL-501334) called re outstanding invoice £640. States he has been declared "
     "bankrupt, gave trustee's details. Account frozen, passed to credit control."),
    ("financial_hardship", "sensitive", "sms",
     "Sorry my card got declined again, lost my job last month and everything's overdrawn. Can I leave my "
     "ID and pay Friday when my last wages land?"),
    ("financial_hardship", "sensitive", "voicemail",
     "Hi, it's Vicky Dunne, you've passed my spa booking debt to a collection agency and they ring every "
     "day. I'm on benefits, I can manage maybe £10 a month. Please call me, 07700 900734."),
    ("financial_hardship", "sensitive", "form",
     "Deposit refund request | Booking: HH-71190 | Reason: my partner's business went under and the bank "
     "is repossessing our house, we can't go ahead with the party | Amount: £500"),
    ("financial_hardship", "sensitive", "review",
     "Used the last of our loyalty points here because it's the only break we'll get this year since my "
     "husband lost his job. Staff made it special without knowing. Thank you."),
    ("financial_hardship", "sensitive", "dm",
     "hi is there any way to stop the monthly loyalty plus fee, i genuinely cant afford £8 a month "
     "anymore, my hours got cut to nothing and im using the food bank"),
    ("financial_hardship", "sensitive", "email",
     "Dear Accounts, regarding INV-44120 for the conference I booked as a sole trader: I've since entered "
     "an IVA and my insolvency practitioner has asked me to refer all creditors to her. Details below. Ben "
     "Achterberg"),
    ("financial_hardship", "sensitive", "chat",
     "Agent: Hi Ayo, how can I help? || need to change to the cheapest room || Agent: The Harbour Standard "
     "is £79 a night. || still too much tbh, we got evicted monday and the council b&b isn't ready till "
     "tues, just need 2 nights for me and my partner"),
    ("financial_hardship", "sensitive", "note",
     "Restaurant: guest at table 4 (Mr Quill) unable to pay £86 bill. Said he's been out of work six "
     "months and couldn't face telling his date. Details taken, GM agreed a payment plan."),
    ("financial_hardship", "sensitive", "call",
     "Agent: Lost property, Bev speaking. || I left my wallet in the bar, it's got my bank card and my "
     "benefits letter, it's all I've got till the next payment goes in. || Agent: We've a brown wallet "
     "logged from last night, let me check it for you."),
    ("financial_hardship", "sensitive", "sms",
     "Can't make today's payment for the conference room. Bailiffs came to my flat yesterday. Will be in "
     "touch when I can. Jon Pryor"),
    ("financial_hardship", "sensitive", "email",
     "Hello, I'd like to ask for the late checkout charge (£40) to be waived. I know it's small but I'm on "
     "a debt management plan and every bit counts. Thank you, Sandra Pike || Agent: Of course, Sandra, the "
     "charge has been removed."),
    ("financial_hardship", "sensitive", "form",
     "Payment plan application | Name: Craig Ellison | Amount owed: £1,120 | Income: Jobseeker's Allowance "
     "only | Proposed repayment: £25 a month"),
    ("financial_hardship", "sensitive", "voicemail",
     "Hiya, it's Nadia, about my sister's hen weekend booked under Malik. She can't pay her share - her "
     "husband walked out and left her with all the debts - so could we drop one of the rooms? Thanks."),
    ("financial_hardship", "sensitive", "chat",
     "hey do you still do the pay monthly wedding scheme? || Agent: We do, up to 12 instalments. || great "
     "cos i got a CCJ for debt last year so no bank will lend me anything || Agent: Our scheme doesn't "
     "need a credit check, I'll send the form."),
    ("financial_hardship", "sensitive", "dm",
     "had to pawn my ring to cover the spa day i booked before i got laid off. can i at least get the "
     "add-ons refunded"),
    ("financial_hardship", "sensitive", "review",
     "Had to move our stay at short notice. || Agent: Dear Kelly, we were so sorry to hear about your job "
     "loss and were glad to move your booking free of charge. We hope to welcome you back soon."),
    ("financial_hardship", "benign", "email",
     "Hi, my card was declined at checkout but I think the bank flagged it as an unusual transaction. I've "
     "approved it in my app now - can you try again? Booking HH-12009. || Agent: It's gone through now, "
     "thanks for sorting that."),
    ("financial_hardship", "benign", "chat",
     "can we pay for the wedding in instalments? || Agent: Yes, a deposit and then up to 12 monthly "
     "payments. || perfect, we just like to budget it out"),
    ("financial_hardship", "benign", "note",
     "INV-50231 for Rowntree Analytics 14 days overdue. Standard reminder emailed to accounts@example.com. "
     "No response yet, chase again Friday."),
    ("financial_hardship", "benign", "form",
     "Corporate invoice request | Company: Pellow Engineering | PO: 88201 | Cost centre: SALES-04 | Send "
     "to: ap@example.org"),
    ("financial_hardship", "benign", "sms",
     "Your text said payment failed for booking HH-82210 - I've updated the card in the app so it should "
     "go through now"),
    ("financial_hardship", "benign", "call",
     "Agent: Accounts, Helen speaking. || Hi, we've been charged twice for the conference deposit. || "
     "Agent: I can see that, I'll refund the duplicate today, allow 3-5 working days. || Great, thanks."),
    ("financial_hardship", "benign", "review",
     "Great value - the Budget Breaks deal saved us a fortune. Rooms basic but spotless."),
    ("financial_hardship", "benign", "dm",
     "any discount codes going? feeling broke after christmas lol || Agent: Try JANSALE for 15% off stays "
     "before March!"),
    ("financial_hardship", "benign", "email",
     "Hello, Harbour Money Advice (a debt advice charity) would like to hire a meeting room for our "
     "volunteer training day, 15 people, 10-4. Please send a quote."),
    ("financial_hardship", "benign", "voicemail",
     "Hi, Graham from Blake & Sons accounts here, we've had an invoice from you with the wrong VAT rate on "
     "it, can someone reissue? 07700 900558, thanks."),
    ("financial_hardship", "benign", "chat",
     "Agent: Hi, welcome to Harbourside. || do loyalty points expire after 12 months? don't want to lose "
     "mine || Agent: Points last 24 months from your last stay. || nice one"),
    ("financial_hardship", "benign", "note",
     "Guest queried £12 parking on final bill - it was included in the package. Removed and revised "
     "invoice sent."),
    ("financial_hardship", "benign", "form",
     "Refund request | Booking: HH-61002 | Reason: booked the wrong dates by mistake, rebooked for next "
     "month | Amount: £45 deposit"),
    ("financial_hardship", "benign", "sms",
     "Is the Flexi rate cheaper if we pay upfront? Trying to keep the hen do under budget"),
    ("financial_hardship", "benign", "email",
     "Hello, could you split the restaurant bill for our team dinner into 8 equal card payments? We're "
     "claiming on different expense codes. Booking under Varga, Thursday."),
    ("financial_hardship", "benign", "call",
     "Agent: Reservations. || Hi, do you price-match? I found the same room cheaper on another site. || "
     "Agent: We do under our Best Rate Guarantee, send me the link and I'll adjust it."),
    ("financial_hardship", "benign", "review",
     "The 'Skint Student' brunch deal is a cracker, massive portions for a tenner."),
    ("financial_hardship", "benign", "dm",
     "your website says free cancellation but I got charged a fee? can you check ref HH-30021"),
    ("financial_hardship", "benign", "note",
     "Wedding client Patel/Ross asked for a statement of payments to date. Emailed: £4,000 paid, £6,500 "
     "remaining, due 01/08."),
    ("financial_hardship", "benign", "chat",
     "my bank app froze halfway through paying the deposit, did it go through?? || Agent: I can see one "
     "payment of £200, so all good. || phew, thanks"),
    # ---- children
    ("children", "sensitive", "email",
     "Hi, we're booking the family room for half term. Our son Alfie is 9 - does he still count as a child "
     "for breakfast pricing? Thanks, Sian Davies || Agent: Hi Sian, under-12s have breakfast at half "
     "price, so yes he does."),
    ("children", "sensitive", "chat",
     "do you do cots? || Agent: Yes, free of charge, just let us know the dates. || great, our little one "
     "is 7 months and still wakes in the night so we'll need it right by the bed"),
    ("children", "sensitive", "note",
     "Kids' club: Maisie Cole (age 5) collected by grandmother at 15:30, authorised on form. Mum says "
     "Maisie gets upset if she's separated from her rabbit toy - keep it with her."),
    ("children", "sensitive", "form",
     "Kids' club registration | Child's name: Oscar Finch | Date of birth: 14/03/2019 | Allergies: none | "
     "Parent mobile: 07700 900118 | Collection password: lighthouse"),
    ("children", "sensitive", "sms",
     "Hi its Leah in 207, could the lifeguard keep an eye on my daughter Ruby, she's 11 and wants to swim "
     "on her own while I'm in the spa"),
    ("children", "sensitive", "call",
     "Agent: Reservations, Chloe speaking. || Hi, I'm booking two rooms, one for us and an adjoining one "
     "for the kids - they're 14 and 16, is that allowed? || Agent: Yes, under-16s just need to be "
     "adjoining or in your room, so that works."),
    ("children", "sensitive", "review",
     "The staff were brilliant with our twins, who turned 3 the week we stayed - the chef even made them "
     "dinosaur-shaped pancakes. We'll be back."),
    ("children", "sensitive", "dm",
     "hey can my son use my loyalty points? he's 15 and going on a school football tour down to the "
     "harbour in may"),
    ("children", "sensitive", "voicemail",
     "Hi, it's Farah Siddiqui, I left a pink school cardigan in the restaurant last night - it's my "
     "daughter's, the label says Zara S, Year 4, Millbrook Primary. Please call me on 07700 900267."),
    ("children", "sensitive", "email",
     "Dear Weddings team, for the table plan please put the children's table near the door. The flower "
     "girls are Isla (6) and Poppy (4) and the page boy is Theo, he's 8. Thanks, Becky"),
    ("children", "sensitive", "note",
     "Mrs Lindqvist (rm 118) asked if she can store expressed milk for her 6-week-old in a staff fridge. "
     "Agreed - labelled with her name and stored in the restaurant walk-in."),
    ("children", "sensitive", "chat",
     "Agent: Hi Dan, what can I help with? || the wifi login for the teen lounge wants a date of birth, my "
     "daughter's 13 and it says she's too young || Agent: Sorry about that, I'll set up a guest login for "
     "her."),
    ("children", "sensitive", "form",
     "Spa booking | Treatment: Mini Pamper (ages 8-15) | Guest name: Layla Hart | Age: 12 | Accompanied "
     "by: mother (Gemma Hart)"),
    ("children", "sensitive", "sms",
     "Pls can u put the baby's name on the cake - Arlo, he's 1 on Sunday. Restaurant booking 1pm under "
     "Walsh"),
    ("children", "sensitive", "call",
     "Agent: Lost property, Mo speaking. || Hi, my son left his school tablet in room 113, he's Year 9 at "
     "Kingsmead and they'll go mad if it's lost. || Agent: Found it, I'll post it recorded delivery today."),
    ("children", "sensitive", "note",
     "Wedding 21/06 (Barnes): bride's niece, 10, doing a reading - needs a step at the lectern. Her mum "
     "asked that no photos of her go on our social media."),
    ("children", "sensitive", "email",
     "Hi, I'm bringing my daughter (she's 7) for the weekend. Is there a babysitting service on the "
     "Saturday evening so I can go to my friend's dinner in the restaurant? Ed Morley || Agent: Yes, our "
     "vetted sitters can come to your room from 7pm, £15 an hour."),
    ("children", "sensitive", "review",
     "Pool was far too cold for our 2 year old, she was shivering after ten minutes. Otherwise a lovely "
     "stay. 3 stars. || Agent: Thanks, Mr Kaye - the pool heating has since been repaired."),
    ("children", "sensitive", "chat",
     "hi is the kids menu up to age 12? my son turned 12 last week so hes borderline lol || Agent: Up to "
     "and including 12, so he's fine! || sorted"),
    ("children", "sensitive", "dm",
     "our newborn's first outing is your sunday lunch 😍 she was born 3 weeks ago, 6lb 2oz, can we bring "
     "the pram to the table?"),
    ("children", "sensitive", "form",
     "Group booking | Organisation: 1st Portcliff Scouts | Rooms: 5 | Fire register attached: Jack Orme "
     "02/07/2012, Mia Tull 19/11/2011, Rory Beck 05/01/2012 | Leader: 07700 900180"),
    ("children", "sensitive", "voicemail",
     "Hello, this is Kate Arkwright, I've booked the kids' club for my boys Noah, who's 4, and Ben, who's "
     "6, on Wednesday - Noah's still in pull-ups at night, is that OK? Call me back."),
    ("children", "sensitive", "note",
     "Call from Mr Osei: his son Kofi (16) will check in alone on 12/08 for a sports camp. Parental "
     "consent form received, dad's card on file for incidentals."),
    ("children", "sensitive", "email",
     "Hello, our daughter Phoebe is in Year 11 and her prom is at your Quayside ballroom. She's set her "
     "heart on arriving by boat - can the jetty be used? Regards, Alison Grant || Agent: It can, with our "
     "harbourmaster present. We'll arrange it closer to the date."),
    ("children", "sensitive", "chat",
     "Agent: Evening, Harbourside Marina! || we're in 402 and the baby monitor keeps cutting out, is there "
     "a better wifi channel? || Agent: I'll send someone up now. || ta, she's only 4 months so we're a bit "
     "paranoid"),
    ("children", "sensitive", "sms",
     "Our son's name is spelt Kian not Keon on his junior loyalty card, he's 10, member no JL-20441. "
     "Thanks"),
    ("children", "sensitive", "call",
     "Agent: Spa reception. || Can my 15-year-old come in the steam room with me? || Agent: Under-16s "
     "can't use the thermal suite I'm afraid, but the pool's fine. || Ah, she'll be gutted."),
    ("children", "sensitive", "review",
     "As a 14 year old I thought the teen zone was mint, loads of games and the pool slide is sick. Mum "
     "made me write this lol"),
    ("children", "sensitive", "form",
     "Junior loyalty sign-up | Child's name: Ellis Brannagh | Date of birth: 30/09/2016 | Favourite "
     "activity: swimming | Parent/guardian: Rhona Brannagh"),
    ("children", "sensitive", "note",
     "Restaurant complaint, table 12: their toddler Lila (18 months) was handed a cup with a chipped rim. "
     "Replaced, desserts on the house."),
    ("children", "sensitive", "email",
     "Hi, about the Year 6 residential from Oakfield Primary: Hamza Ali (10) will share with his brother "
     "Yusuf (12) rather than the boys' dorm room, as their parents requested. Thanks, Mrs Penrose, trip "
     "lead"),
    ("children", "sensitive", "dm",
     "my 8yo left his lego figure in the lounge, the batman one, could u check?? he's devastated 😭 || "
     "Agent: Found him behind the sofa cushions! Batman is waiting at reception."),
    ("children", "sensitive", "voicemail",
     "Hi, it's about my son Callum - he's 16 and doing his Duke of Edinburgh, his group's staying at the "
     "Marina on the 3rd. Just checking you've got me as his emergency contact, 07700 900845."),
    ("children", "sensitive", "chat",
     "do under 2s stay free? || Agent: Yes, under-2s are free in a cot. || cool, my daughter will be 22 "
     "months on the trip so we're just in"),
    ("children", "sensitive", "sms",
     "Hi, booking HH-55390, can we add a rollaway bed? Our grandson's coming too, he's just started "
     "secondary school. Thanks, Pat"),
    ("children", "sensitive", "call",
     "Agent: Harbourside, Priya speaking. || Hi, I'm booking a birthday tea for my little girl's 5th, is "
     "there a private room? || Agent: Yes, the Sail Loft seats 20. || lovely, she's obsessed with "
     "mermaids, can we decorate it?"),
    ("children", "sensitive", "note",
     "Lost property: child's blue raincoat with name tape 'Finn Harper' found by the pool. Dad called - "
     "Finn is 6 - collecting tomorrow 10am."),
    ("children", "sensitive", "email",
     "Hi, could I get a copy of my stay invoice for expenses? Also please confirm you've deleted the "
     "photos your staff took of my daughter (9) at the kids' disco - I don't want her on your Instagram. "
     "Thanks, Joanna Pratt || Agent: Invoice attached, and the photos have been deleted from our shared "
     "drive."),
    ("children", "sensitive", "form",
     "Restaurant booking | Party: 4 (2 adults, 2 children aged 3 and 7) | High chair: yes | Notes: our "
     "youngest, Ada, will need warm milk around 7pm"),
    ("children", "sensitive", "review",
     "Celebrated our daughter Amira's sweet sixteen in the Sail Loft. Cake was gorgeous and the DJ played "
     "every one of her requests."),
    ("children", "sensitive", "chat",
     "Agent: Hi, what can we do for you? || can i book a massage for my son, he's 13 and plays rugby every "
     "weekend || Agent: We have a junior massage for 12-15s, with a parent in the room. || perfect, sunday "
     "morning?"),
    ("children", "sensitive", "sms",
     "Hey, running late for check-in - baby Noor needed a feed at the services. ETA 7pm. Room under "
     "Hussain"),
    ("children", "sensitive", "note",
     "Ms Reyes wants to book a room for her son Mateo (17) for a university interview nearby; under-18s "
     "can't hold a room alone, advised she must book and be the named guest."),
    ("children", "sensitive", "dm",
     "is the kids club ok for a 3 year old who isn't really talking yet? he's fine with other kids just "
     "doesn't say much"),
    ("children", "sensitive", "voicemail",
     "Hi, it's Orla, my daughter Saoirse is on a school trip staying at your hotel with her class, she's "
     "in year 8 - can I leave a little care package for her at reception?"),
    ("children", "sensitive", "email",
     "Hello, please add my daughter to our family membership: Elodie Marchetti, date of birth 02/05/2015. "
     "Member number HL-118822. Thanks, Luca Marchetti"),
    ("children", "sensitive", "call",
     "Agent: Weddings, Hannah speaking. || For the per-head price, my stepson's 12 - does he count as an "
     "adult guest? || Agent: Under-13s are half price, so he'd be on the child rate."),
    ("children", "sensitive", "form",
     "Lost property enquiry | Item: purple brace retainer case | Owner: my son Reuben, age 11 | Last seen: "
     "breakfast room 03/04 | Contact: 07700 900509"),
    ("children", "sensitive", "chat",
     "our boy is 4, can he go in the main pool if we're with him? || Agent: Yes, under-8s just need an "
     "adult in the water with them. || lovely thanks"),
    ("children", "sensitive", "note",
     "Conference delegate Ms Doyle needs a private room to express milk every 3 hours - her baby is 10 "
     "weeks old and staying with his dad in room 310."),
    ("children", "benign", "email",
     "Hi, what's your policy on children in the spa? We're looking at a family break next year and want to "
     "know the age limits before we book anything."),
    ("children", "benign", "chat",
     "do you have cots and high chairs at all your hotels? || Agent: Yes, both free on request at every "
     "Harbourside. || ok good to know, cheers"),
    ("children", "benign", "note",
     "Millbrook Primary school office booked the Harbour Room for a staff training day, 30 teachers, "
     "9-3:30, buffet lunch. Invoice to the school business manager."),
    ("children", "benign", "form",
     "Conference enquiry | Organisation: Portcliff Childminders Network | Event: AGM | Attendees: 45 | "
     "Requirements: projector, tea and coffee, parking"),
    ("children", "benign", "sms",
     "Hi, only kidding about the early check in, we'll be there at 3 as normal. Ref HH-22871"),
    ("children", "benign", "review",
     "Like a kid in a sweet shop - that's how I felt at the breakfast buffet. Incredible spread."),
    ("children", "benign", "call",
     "Agent: Events team. || Hi, I'm from Little Acorns Nursery, we'd like a quote for our staff Christmas "
     "party, about 25 adults. || Agent: I'll email our festive packages this afternoon."),
    ("children", "benign", "dm", "is the kids menu available to adults lol, i just want the mini fish and chips"),
    ("children", "benign", "email",
     "Hello, I run Tiny Tots Sensory classes and wondered whether your function room is free to hire on "
     "Tuesday mornings. Please send rates. Thanks, Naomi || Agent: Hi Naomi, Tuesday mornings in the Sail "
     "Loft are £60."),
    ("children", "benign", "note",
     "Restaurant: new children's menu printed and in use from 01/05. Old menus recycled, high chairs "
     "cleaned and safety-checked."),
    ("children", "benign", "chat",
     "Agent: Hi there! || what age counts as a child for room pricing? || Agent: Under-16s sharing with "
     "adults stay free; 16 and over pay the adult rate. || ok thanks, just planning ahead"),
    ("children", "benign", "voicemail",
     "Hi, this is Sunita from BabyBloom, we supplied the baby changing units for your Marina site, just "
     "calling about invoice BB-4410, please ring back on 07700 900321."),
    ("children", "benign", "review", "The baby back ribs were the best I've ever had. Portion absolutely massive."),
    ("children", "benign", "form",
     "Gift voucher | Voucher: Family Fun Day (pool + lunch) | Value: £80 | Recipient: the Morgans | "
     "Message: Enjoy! Love from Bev"),
    ("children", "benign", "sms",
     "Is the Kids Eat Free offer on every weekend or just in the school holidays? || Agent: Every weekend, "
     "all year round!"),
    ("children", "benign", "email",
     "Hi, I'm treasurer of Portcliff Youth FC. The committee (all adults) would like dinner for 10 in the "
     "restaurant for our end-of-season meeting. Invoice to the club please."),
    ("children", "benign", "call",
     "Agent: Reservations. || Hi, is the pool suitable for little ones, is there a shallow end? We're just "
     "comparing options. || Agent: Yes, there's a separate learner pool at 0.9 metres."),
    ("children", "benign", "note",
     "Kids' club rota for summer: 3 playworkers per session, all background checks on file. Reviewed by HR "
     "02/06."),
    ("children", "benign", "chat",
     "this chat bot is giving me baby answers, can I talk to a real person about my invoice? || Agent: Hi, "
     "I'm real! What's wrong with the invoice? || the VAT number is missing"),
    ("children", "benign", "review", "Quiet, adults-only vibe at the Quayside, exactly what we were after. Bliss."),
    ("children", "benign", "dm",
     "do u sell the teddy bears from the gift shop online? the harbour seal ones are so cute"),
    ("children", "benign", "email",
     "Hi, Wobble & Co (toy makers) are holding our product launch with you in September. Can we bring in a "
     "ball pit for display? It's for trade press only, no children attending."),
    ("children", "benign", "form",
     "Spa menu feedback | Comment: the 'Little Ones' and 'Teen Glow' treatments should be on their own "
     "page, the menu's confusing | Rating: 3/5"),
    ("children", "benign", "sms",
     "Hi, is there a baby changing room near the restaurant? I'm writing the access guide for our company "
     "family day."),
    ("children", "benign", "call",
     "Agent: Harbourside Quayside. || Hi, do you do school prom packages? I'm the events coordinator at St "
     "Bride's Academy. || Agent: We do, I'll send the brochure to your school email."),
    ("children", "benign", "note",
     "Lost property: kids' scooter found in the car park, no name. Logged LP-3321, held 3 months."),
    ("children", "benign", "voicemail",
     "Hi, it's Pauline from the Portcliff Parent-Teacher Association, we're after a quote for our summer "
     "fundraiser dinner, about 120 adults. Call me back on 07700 900603."),
    ("children", "benign", "review",
     "Child-friendly without being chaotic. Good mix of guests, rooms spotless, staff cheerful."),
    ("children", "benign", "chat",
     "Agent: Welcome to Harbourside chat. || is the Junior Suite for children?? the name is confusing || "
     "Agent: Ha, no! It's just a smaller suite, ideal for two adults. || got it"),
    ("children", "benign", "email",
     "Hello, please invoice Brightstart Academy Trust for the head teachers' conference on 4 March, PO "
     "11903, attention Finance, finance@example.org."),
    ("children", "benign", "form",
     "Restaurant booking | Party: 8 | Occasion: retirement of our head teacher | Notes: school staff, "
     "please put a card on the table"),
    ("children", "benign", "sms",
     "Your newsletter says Kids Go Free in August - does that apply at the Marina hotel too?"),
    ("children", "benign", "note",
     "Family room 101 converted back to a standard double after refurb; cot and bunk beds moved to storage "
     "B."),
    ("children", "benign", "dm",
     "your instagram post of the seal pup in the harbour is adorable, does it have a name? 🦭 || Agent: The "
     "team call him Gordon!"),
    ("children", "benign", "chat",
     "how much is a family room on 3 august? || Agent: £189 including breakfast. || hmm, I'll check with "
     "the other half and come back to you"),
    ("children", "benign", "call",
     "Agent: Hello, spa shop. || Do you sell the kids' bath bombs separately? Thinking of a party bag "
     "order. || Agent: Yes, £3 each or 10 for £25."),
    ("children", "benign", "review",
     "Lovely new play area and garden. || Agent: Thank you for your kind words about our new play area, "
     "we'll pass them on to the team who designed it."),
    ("children", "benign", "email",
     "Hi, Harbour Children's Hospice would like to book the ballroom for our annual fundraising ball - 250 "
     "guests, black tie, in February. Please send availability."),
    ("children", "benign", "form",
     "Careers enquiry | Role: kids' club playworker | Experience: 4 years as a nursery practitioner | "
     "Availability: weekends | Email: k.lowe@example.com"),
    ("children", "benign", "voicemail",
     "Hello, calling from Sunny Days Nursery Supplies about your order of 12 high chairs for the "
     "restaurants, delivery Tuesday morning. 07700 900455."),
    ("children", "benign", "note",
     "Marketing: 'Little Sailors' family package photos use stock models only, licence confirmed. No guest "
     "images used."),
    ("children", "benign", "sms",
     "Hi, I'm the booker for the Pearson Group offsite - can we have the room that's NOT next to the soft "
     "play? Need it quiet for presentations"),
    ("children", "benign", "chat",
     "Agent: Hi! || do you accept childcare vouchers? asking for HR, we're listing local businesses for "
     "our staff benefits page || Agent: We don't at the moment, sorry."),
    ("children", "benign", "email",
     "Hello, I'm writing a piece for Harbour Family magazine on family-friendly hotels along the coast. "
     "Could your PR team send images and a short quote? || Agent: Thank you, our PR manager will be in "
     "touch this week."),
    ("children", "benign", "review", "The 'Naughty Kids' cocktail (rum, sherbet, popping candy) is dangerously good."),
    ("children", "benign", "call",
     "Agent: Reservations. || Hi, is there an age limit for the rooftop bar? || Agent: Over-18s only after "
     "7pm. || Right, noted for our group, thanks."),
    ("children", "benign", "dm",
     "the nursery rhymes playing in the lift are driving me mad 😂 is that on purpose || Agent: Sorry! "
     "Someone left it on the kids' playlist, fixed now."),
    ("children", "benign", "form",
     "Event enquiry | Organisation: Coastal Midwives Network | Event: training day | Attendees: 35 | "
     "Needs: standard meeting room, two flipcharts"),
    ("children", "benign", "note",
     "Kids' club closed 12-14 Sept for a deep clean. Front desk to tell guests at booking."),
    ("children", "benign", "chat",
     "is the school holiday pricing different? || Agent: Yes, peak rates apply during local school "
     "holidays. || ugh ok, when do they end in october? || Agent: The 27th this year."),
    # ---- special categories
    # religion and belief
    ("special_categories", "sensitive", "chat",
     "Agent: Hi Yasmin, your table for 6 is booked for 7pm Thursday. || could we make it 8.15? it's "
     "Ramadan so we won't eat till sunset and want to open our fast together || Agent: Of course, moved to "
     "8:15, and we'll have dates and water ready."),
    ("special_categories", "sensitive", "email",
     "Hello, for our stay on 12-13 April could we have a room without the minibar stocked with alcohol, "
     "and is there somewhere quiet I can pray five times a day? Last time I ended up in the corner of the "
     "gym. Thanks, Imran Qureshi || Agent: Hello Imran, the minibar will be emptied and the quiet room on "
     "level 1 is yours to use."),
    ("special_categories", "sensitive", "note",
     "Mr Gold (rm 318) keeps Shabbat - asked for a physical key instead of the card for Saturday and for "
     "the motion-sensor light to be disabled. Done by maintenance Friday 3pm."),
    ("special_categories", "sensitive", "form",
     "Wedding enquiry | Couple: Harpreet & Simran | Ceremony: Anand Karaj at the gurdwara in the morning, "
     "reception with you | Guests: 300 | Notes: fully vegetarian, no alcohol at the top tables"),
    ("special_categories", "sensitive", "sms",
     "Hi, it's Brother Michael from Ashcombe Abbey - I'm one of the monks there and I'll be at the "
     "conference for 2 nights. A simple room is fine, no need for the tv."),
    ("special_categories", "sensitive", "call",
     "Agent: Restaurant bookings. || Table for two Friday at 7. Oh, and we're Jehovah's Witnesses, so if "
     "there's a birthday party on we'd rather not be next to it. || Agent: No problem, I'll put you in the "
     "garden room."),
    ("special_categories", "sensitive", "review",
     "As a practising Hindu I really appreciated the chef making us a vegetarian thali without onion or "
     "garlic during Navratri. Small thing, made our week."),
    ("special_categories", "sensitive", "dm",
     "got baptised catholic at easter and my confirmation's on the 14th, want to book lunch for the family "
     "after mass, 12 people, is the orangery free?"),
    ("special_categories", "sensitive", "email",
     "Hi, we'd like a humanist celebrant for our ceremony in your garden rather than anything religious - "
     "we're both atheists and don't want any readings mentioning God. Can you recommend one? Josh & Nia"),
    # ethnic origin and race
    ("special_categories", "sensitive", "email",
     "Dear Harbourside, I want to complain about the doorman at the Quayside bar on Saturday. He waved my "
     "white friends straight in and asked me, the only Black guy in the group, for ID twice. Marcus "
     "Adeyemi || Agent: Mr Adeyemi, I'm very sorry. I'm investigating this personally and will call you "
     "tomorrow."),
    ("special_categories", "sensitive", "chat",
     "hey im booking the wedding for my cousin || Agent: Congratulations! How can I help? || it's a Romani "
     "wedding so theres a lot of family coming, is that gonna be an issue? two venues turned us down once "
     "they found out we're travellers"),
    ("special_categories", "sensitive", "note",
     "Ms Nwosu (rm 412) asked whether the salon has a stylist experienced with afro hair - she's mixed "
     "race and says other hotels have butchered it. Passed to spa manager, Tash booked for 10am."),
    ("special_categories", "sensitive", "form",
     "Staff feedback form | Department: housekeeping | Comment: the guest in 415 called me a 'dirty Pole' "
     "and told me to go back where I came from. I'm Polish and I've worked here six years. | Name: "
     "Agnieszka W."),
    ("special_categories", "sensitive", "call",
     "Agent: Conference and events, Yusuf speaking. || I'm organising our family reunion - we're Kurdish, "
     "about 80 of us flying in from Germany and Sweden. || Agent: Lovely. || We'll want to do the "
     "traditional halay dancing after dinner, is the ballroom floor big enough?"),
    ("special_categories", "sensitive", "review",
     "The receptionist assumed I was there to clean because I'm Filipino. I was a paying guest in the "
     "Penthouse Suite. Disappointing. || Agent: Ms Santos, I'm truly sorry. This is not acceptable and "
     "I've raised it with the team directly."),
    ("special_categories", "sensitive", "sms",
     "hi, my nan only speaks cantonese, she grew up in hong kong, is there anyone on the team who can help "
     "her check in tmrw? room under Chan"),
    ("special_categories", "sensitive", "dm",
     "we're a mixed heritage couple (me half Jamaican, him Scottish) and want a photographer who knows how "
     "to light different skin tones for the wedding, any recs?"),
    ("special_categories", "sensitive", "voicemail",
     "Hi, it's Olu, I was at the conference last week. One of your bar staff made a comment about my "
     "'African accent' and asked if I was 'a long way from home'. I'd like someone to ring me back about "
     "it."),
    # political opinions and activity
    ("special_categories", "sensitive", "email",
     "Hi, I'm standing as the Green Party candidate for Portcliff West and will be staying three nights "
     "during the campaign. Could the invoice be made out to my election agent? Thanks, Harriet Lowe || "
     "Agent: Certainly, send us your agent's details and we'll address the invoice to them."),
    ("special_categories", "sensitive", "chat",
     "Agent: Hi Joe, what can I do for you? || need to move my stay back a day, i'm a steward on the "
     "climate march in london on the saturday || Agent: No problem, Sunday to Tuesday instead? || yep "
     "thanks"),
    ("special_categories", "sensitive", "note",
     "Delegate Mr Rourke argued with bar staff about immigration for 20 min; told them he canvasses for a "
     "nationalist party every weekend and is 'proud of it'. No further action, logged for conference "
     "organiser."),
    ("special_categories", "sensitive", "form",
     "Restaurant booking | Party: 14 | Occasion: celebrating my 20 years as a Labour councillor | Name: "
     "Cllr Dennis Mabry | Notes: red napkins if you have them!"),
    ("special_categories", "sensitive", "sms",
     "pls dont seat us near the tory business lunch lol, im a lifelong socialist and my husband will start "
     "a row"),
    ("special_categories", "sensitive", "call",
     "Agent: Reservations. || Booking a room for the 5th. I'm marching at the independence rally in "
     "Edinburgh on the 4th so I might get in late. || Agent: Late check-in is fine, the night desk is "
     "staffed."),
    ("special_categories", "sensitive", "review",
     "Nice hotel but the lounge TV was permanently on a channel pushing pro-Brexit rubbish. As a remainer "
     "who still marches every year it ruined my breakfast."),
    ("special_categories", "sensitive", "dm",
     "hi! I volunteer for the Lib Dems locally and I'm organising our members' dinner, is the Sail Loft "
     "free 4 Oct? (Helen, I'm the organiser)"),
    ("special_categories", "sensitive", "voicemail",
     "Hi, it's Ines in 305 - please don't give anyone my room number. I've been getting abuse online since "
     "my anti-monarchy protest video went viral."),
    # trade-union membership
    ("special_categories", "sensitive", "email",
     "Hi, I'll be in Portcliff for the RMT regional meeting as our branch delegate - could I get the union "
     "rate you mentioned? Two nights from the 11th. Thanks, Gary Nolan || Agent: Hi Gary, the union rate "
     "is £85 a night and I've applied it."),
    ("special_categories", "sensitive", "chat",
     "can I cancel my booking for the 20th? we're out on strike that week so I won't be getting paid || "
     "Agent: Sorry to hear that, I'll cancel it without a charge. || appreciate it"),
    ("special_categories", "sensitive", "note",
     "HR: room attendant Lena Brook is the GMB rep for housekeeping and has asked for a meeting room for a "
     "members' meeting during her break on 14/03. Approved."),
    ("special_categories", "sensitive", "form",
     "Conference delegate registration | Name: Sharon Pike | Organisation: Unison, Eastshire branch | "
     "Role: branch secretary | Dietary: none"),
    ("special_categories", "sensitive", "sms",
     "hi its dave, on the picket line til 2 so I'll be checking in late, room under Kerr"),
    ("special_categories", "sensitive", "call",
     "Agent: Accounts, Ruth speaking. || My union's paying for my hotel, can the invoice go straight to "
     "them? It's the NEU. || Agent: Yes, just give me their address and your membership number for the "
     "reference."),
    ("special_categories", "sensitive", "review",
     "Stayed here for our Unite shop stewards' course. As a steward myself it was good to hear your staff "
     "are on a decent wage (I asked!)."),
    ("special_categories", "sensitive", "dm",
     "are your staff unionised? i'm a union member and won't cross a picket, so want to know if the strike "
     "at the other hotel will affect you"),
    ("special_categories", "sensitive", "voicemail",
     "Hi, it's Bernadette Cole, I'm the FBU rep at Portcliff station, booking the members' dinner on the "
     "9th - put the deposit on my own card for now and the branch will pay me back."),
    # sexual orientation and sex life
    ("special_categories", "sensitive", "email",
     "Hi, booking our anniversary weekend - my husband and I would love the Harbour Suite with a bottle of "
     "fizz on arrival, 14-16 June. Thanks, Tom Baxter || Agent: Hi Tom, the Harbour Suite is booked for "
     "you both, fizz on ice."),
    ("special_categories", "sensitive", "chat",
     "Agent: Hello Priya! || hi, I need to add my fiancée Leah to the wedding booking but the form only "
     "lets me pick 'groom' for the second partner?? || Agent: So sorry, I'll change it to 'bride' "
     "manually."),
    ("special_categories", "sensitive", "note",
     "Guest in 510 asked reception not to mention his male partner to anyone who calls - he isn't out at "
     "work and colleagues from his conference are staying here too."),
    ("special_categories", "sensitive", "form",
     "Spa couples package | Guest 1: Jamie Rhodes | Guest 2: Alex Rhodes | Occasion: first anniversary of "
     "our civil partnership | Notes: we're both 6ft+, big robes please!"),
    ("special_categories", "sensitive", "sms",
     "Hi!! can you put rose petals on the bed for 8pm, me & my girlfriend are in rm 33, it's her first "
     "time away with a woman so I want it special x Becca"),
    ("special_categories", "sensitive", "review",
     "As a gay couple we were a bit nervous booking a small coastal hotel but the staff couldn't have been "
     "more welcoming. The bar team even remembered our names."),
    ("special_categories", "sensitive", "call",
     "Agent: Reservations. || Hi, a double for me and my boyfriend please, and is the hotel OK with us "
     "being poly? Our girlfriend might join on the Saturday. || Agent: Of course, I'll note three guests "
     "for Saturday."),
    ("special_categories", "sensitive", "dm",
     "is the pride brunch open to non-guests? my wife and I want to bring her sister along (im kate btw)"),
    ("special_categories", "sensitive", "voicemail",
     "Hi, it's Sandeep. I'm bi and my boyfriend booked us a surprise room, but the confirmation went to my "
     "family's email - please don't call that landline or mention him if my parents ring. Thanks."),
    # gender identity
    ("special_categories", "sensitive", "email",
     "Hi, I booked under my old name before I transitioned. Could you change my loyalty account from "
     "Michael to Mia Turner and the title to Ms? My ID will match by the time of the stay. Thanks || "
     "Agent: Done, Mia. Your account and booking now show Ms Mia Turner."),
    ("special_categories", "sensitive", "chat",
     "Agent: Hi! || the spa form asks 'sex assigned at birth' and I don't know what to put, I'm trans and "
     "it feels weird to answer || Agent: You can leave that blank, the therapist only needs anything "
     "medically relevant."),
    ("special_categories", "sensitive", "note",
     "Guest in 227 (R. Okoye) is non-binary and uses they/them. Please make sure staff avoid sir/madam at "
     "check-in and in the restaurant."),
    ("special_categories", "sensitive", "form",
     "Wedding booking | Partner 1: Daniel Price | Partner 2: Kerry Sloane | Notes: Kerry is a trans woman, "
     "please make sure the officiant says 'bride' and uses she/her throughout"),
    ("special_categories", "sensitive", "sms",
     "Hi, which changing room should I use at the spa as a trans man? Booked for the pool Sunday and don't "
     "want any awkwardness. Cheers, Ash"),
    ("special_categories", "sensitive", "call",
     "Agent: Spa reception. || Hi, I'm genderfluid and I'd like a therapist I'll feel safe with - is there "
     "someone used to working with trans clients? || Agent: Absolutely, I'll book you with Marta."),
    ("special_categories", "sensitive", "review",
     "The receptionist kept calling me 'sir' even after I corrected her and my passport says F. Really "
     "upsetting as a trans woman travelling alone. 2 stars."),
    ("special_categories", "sensitive", "dm",
     "hi, my partner's a trans guy and his bank card still has his deadname on it, will that be an issue "
     "at check-in? booking's under Jordan Ellis"),
    ("special_categories", "sensitive", "voicemail",
     "Hello, it's Robin Marsh, I emailed about a gender-neutral toilet near the conference room - as I "
     "said, I'm non-binary and the men's and women's options don't work for me. Just checking it's sorted "
     "for Tuesday."),
    # genetic data
    ("special_categories", "sensitive", "email",
     "Hi, booking a spa day for me and my sister. Just so the therapist knows, we both tested positive for "
     "the BRCA1 gene variant, so she'd prefer the massage avoids the chest area. Thanks, Claire || Agent: "
     "Thanks Claire, noted on both bookings for your therapists."),
    ("special_categories", "sensitive", "chat",
     "Agent: Hello! || can I move my stay? my genetic test came back showing I carry the Huntington's gene "
     "and the clinic wants to see me that week || Agent: Of course, which dates would suit you?"),
    ("special_categories", "sensitive", "note",
     "Ms Fairley (conference, rm 206) said her DNA screening shows she's a cystic fibrosis carrier and she "
     "needs to leave early for a genetic counselling appointment. Checkout moved to 10am."),
    ("special_categories", "sensitive", "form",
     "Spa health questionnaire | Any other relevant information: Factor V Leiden, confirmed by DNA test - "
     "please no hot stones on my legs | Treatment: back massage"),
    ("special_categories", "sensitive", "sms",
     "hi pls hold the envelope from Helix Genomics for me at reception, it's my genetic test results (the "
     "Lynch syndrome one), dont want it left in the pigeonhole. Niamh rm 404"),
    ("special_categories", "sensitive", "call",
     "Agent: Conference team. || We're planning a family gathering - actually it's a reunion after a DNA "
     "test matched me with three half-siblings I never knew about. Twelve of us. || Agent: How lovely, the "
     "Sail Loft would be perfect."),
    ("special_categories", "sensitive", "review",
     "Booked our 'family reunion' weekend here after my ancestry DNA results linked my mum to second "
     "cousins in Canada. Eleven of us, perfect weekend."),
    ("special_categories", "sensitive", "voicemail",
     "Hi, it's Gareth Lyle, I need to push my room back a week - I'm being tested for the Marfan gene my "
     "dad carried and the genetics appointment's landed on that date. Thanks."),
    # biometric data
    ("special_categories", "sensitive", "email",
     "Hello, your spa lockers used fingerprint scanning and I enrolled my print on Saturday. Now I've "
     "checked out, please delete my fingerprint template from your system. Lara Whitcombe, room 209. || "
     "Agent: Your fingerprint template has been deleted and we've confirmed it in writing."),
    ("special_categories", "sensitive", "chat",
     "Agent: Hi, welcome! || i did the face scan check-in on the app but it keeps saying my face doesnt "
     "match my passport photo || Agent: We'll do a manual check at the desk, sorry! || ok see you in 10"),
    ("special_categories", "sensitive", "note",
     "Mr Haddad complained the gym's facial recognition entry enrolled his face without consent on his "
     "first visit. Face template deleted 14/05 at his request, confirmed by IT."),
    ("special_categories", "sensitive", "form",
     "Data request | Name: Owen Pritchard | Request: a copy of the voiceprint you hold for my loyalty "
     "phone-line verification, and when it will be deleted | Email: o.pritchard@example.com"),
    ("special_categories", "sensitive", "sms",
     "The app has my face scan registered for room unlock, can I switch to a normal key card and have the "
     "scan deleted? Not comfy with it on your servers. Rm 512 - Dee"),
    ("special_categories", "sensitive", "call",
     "Agent: Loyalty line. || Hi, the voice ID isn't recognising me today. || Agent: No worries, I'll "
     "verify you with security questions instead. || Thanks. Can you delete my voiceprint altogether while "
     "you're there?"),
    ("special_categories", "sensitive", "dm",
     "why did your conference registration scan my face and match it to my linkedin photo?? I never agreed "
     "to that. delete it. - R. Osei"),
    ("special_categories", "sensitive", "review",
     "The palm-vein scanner at the spa entrance is slick, but I didn't love handing over my biometrics for "
     "a massage. To be fair they deleted my palm scan when I asked."),
    # benign: religion and belief territory
    ("special_categories", "benign", "email",
     "Hello, Al-Noor Mosque's events committee would like to book the Harbour Room for a community iftar "
     "dinner, 120 guests. Can you confirm halal catering is available? Regards, Events Committee || Agent: "
     "Yes, our halal kitchen partner can cater for 120."),
    ("special_categories", "benign", "chat",
     "do you offer halal and kosher options on the conference menu? || Agent: Yes, both can be ordered "
     "with 7 days' notice. || great, I'll add them to our delegate booking form"),
    ("special_categories", "benign", "note",
     "Chapel at the Marina hotel repainted; available for ceremonies again from 1 June. Update the wedding "
     "brochure and website."),
    ("special_categories", "benign", "form",
     "Restaurant booking | Party: 40 | Organisation: St Columba's Church choir | Occasion: end of season "
     "meal | Notes: set menu please, invoice to the choir treasurer"),
    ("special_categories", "benign", "sms",
     "hi do you do christmas day lunch in the restaurant? want to book for 6 at 1pm"),
    ("special_categories", "benign", "review",
     "Heavenly spa. The 'Zen Temple' treatment room is gorgeous. Praying they keep the mango body scrub on "
     "the menu!"),
    ("special_categories", "benign", "call",
     "Agent: Events team. || Hi, is there a prayer or quiet room at the conference centre? We have to list "
     "facilities in our delegate pack. || Agent: Yes, there's a multi-faith room on level 1."),
    ("special_categories", "benign", "dm",
     "the diwali lights along the harbour from your terrace 😍 are you doing the fireworks dinner again "
     "this year?"),
    ("special_categories", "benign", "voicemail",
     "Hi, this is Tanya from the Portcliff Interfaith Forum office, we'd like to hold our annual meeting "
     "in one of your rooms, about 30 people. Please call me on 07700 900742."),
    # benign: ethnic origin territory
    ("special_categories", "benign", "email",
     "Hi, could the restaurant do a Caribbean night for our company party? Jerk chicken, rice and peas, "
     "the works. 60 guests, Friday 14th. Thanks, Hollis & Grant HR || Agent: We'd love to, I'll send a "
     "sample menu."),
    ("special_categories", "benign", "chat",
     "is the spa treatment menu available in other languages? we get a lot of international delegates || "
     "Agent: We have Spanish, French and German versions, with Polish coming soon. || great, send the lot"),
    ("special_categories", "benign", "note",
     "Lunar New Year dinner menu finalised for the Quayside restaurant, 10 Feb. Lion dance troupe booked "
     "for 7:30pm."),
    ("special_categories", "benign", "form",
     "Conference enquiry | Organisation: Harbour African & Caribbean Business Network | Event: networking "
     "breakfast | Attendees: 60 | Contact: hello@example.org"),
    ("special_categories", "benign", "review",
     "The Thai green curry was the real deal and the Balinese massage in the spa was superb. Great all "
     "round."),
    ("special_categories", "benign", "sms",
     "Do you sell products for curly and afro hair in the spa shop? Want to buy a gift set for a friend's "
     "birthday"),
    ("special_categories", "benign", "call",
     "Agent: Reservations. || Hi, do your reception staff speak other languages? We've got delegates "
     "flying in from Japan and Brazil. || Agent: We usually have Japanese and Portuguese speakers on "
     "shift."),
    ("special_categories", "benign", "dm",
     "the irish coffee in your bar is the best on the coast. which whiskey do you use?"),
    ("special_categories", "benign", "voicemail",
     "Hi, it's Gwen from the Portcliff Multicultural Festival, we'd like 20 rooms for performers over the "
     "festival weekend in July. Please call me back on 07700 900916."),
    # benign: political territory
    ("special_categories", "benign", "email",
     "Dear Harbourside, Portcliff Borough Council would like to book the ballroom for the election count "
     "on 2 May. Please quote for overnight use. Regards, Electoral Services || Agent: Quote attached for "
     "overnight hire including security."),
    ("special_categories", "benign", "chat",
     "is the hotel a polling station on thursday? someone said the conference hall gets used || Agent: Not "
     "this year, it's at the community centre. || ok ta"),
    ("special_categories", "benign", "note",
     "All-candidates hustings hosted in the Harbour Room 28/04 by the Chamber of Commerce. Security "
     "briefed, press area set up at the back."),
    ("special_categories", "benign", "form",
     "Room booking | Organisation: Portcliff Debating Society | Event: motion 'This house would abolish "
     "the monarchy' | Audience: 80 | Layout: two lecterns"),
    ("special_categories", "benign", "sms",
     "The Party Platter for the office do - does it feed 20 or 30? Ordering for Friday"),
    ("special_categories", "benign", "review",
     "Democracy in action - we voted on the best cocktail at the bar and the Harbour Mule won by a "
     "landslide. Fun night."),
    ("special_categories", "benign", "call",
     "Agent: Events. || We're the Green Business Alliance and want a zero-waste conference - can you do it "
     "with no single-use plastic? || Agent: Yes, our events have been plastic-free since last year."),
    ("special_categories", "benign", "dm",
     "was the bar closed for a private event last night? saw a lot of suits and a film crew, just "
     "wondering if it's open tonight"),
    ("special_categories", "benign", "voicemail",
     "Hello, this is Sam from the Portcliff Liberal Club - it's a snooker club these days really - wanting "
     "to book the restaurant for 18 on the 3rd. Please call back."),
    # benign: trade-union territory
    ("special_categories", "benign", "email",
     "Hi, the Eastshire branch office of the teachers' union would like to book a training room on 5 Nov, "
     "25 people, with lunch. Please invoice the branch office. Thanks"),
    ("special_categories", "benign", "chat",
     "Agent: Good afternoon! || Portcliff Rugby Union Club here, is the function room free for our awards "
     "night on 22 May? || Agent: It is, I'll pencil you in and send the menus."),
    ("special_categories", "benign", "note",
     "Rail strike 14-15 June may delay guest arrivals. Front desk to waive late-arrival fees for those "
     "dates."),
    ("special_categories", "benign", "form",
     "Corporate account | Organisation: Harbour Credit Union | Rooms per month: 4 | Invoice: quarterly | "
     "Contact: finance@example.org"),
    ("special_categories", "benign", "sms",
     "Hi, trains are off on Tuesday so I'll drive instead - is there parking at the Marina? Booking "
     "HH-49012"),
    ("special_categories", "benign", "review",
     "The wedding venue is stunning - the perfect union of sea views and great food. Thanks team!"),
    ("special_categories", "benign", "call",
     "Agent: Events team. || Hi, I'm calling from the Students' Union at Portcliff Uni, we're looking for "
     "a venue for our summer ball. || Agent: Lovely, how many tickets are you expecting?"),
    ("special_categories", "benign", "dm",
     "saw in the paper that the hotel workers got a pay deal, good on you all. anyway can i get late "
     "checkout till 1?"),
    ("special_categories", "benign", "voicemail",
     "Hi, it's about the Union Jack bunting for the VE Day dinner, the wrong size was delivered - could "
     "someone from events call 07700 900824?"),
    # benign: sexual orientation territory
    ("special_categories", "benign", "email",
     "Hello, Portcliff Pride committee here. We'd like 30 rooms for performers over Pride weekend and the "
     "terrace for the after-party. Please send rates. || Agent: Rates attached, and the terrace is free "
     "that night."),
    ("special_categories", "benign", "chat",
     "are you LGBT-friendly as a venue? we need it for our supplier diversity checklist || Agent: Yes, "
     "we've signed the Open Doors charter and all staff are trained. || perfect"),
    ("special_categories", "benign", "note",
     "Rainbow flags up at all three hotels for Pride month. Restaurant running a Pride Prosecco offer "
     "until the 30th."),
    ("special_categories", "benign", "form",
     "Wedding enquiry | Couple: Chris & Sam | Date: 15/08/2026 | Guests: 110 | Notes: outdoor ceremony "
     "preferred, backup marquee if wet"),
    ("special_categories", "benign", "sms",
     "Can we switch the double to a twin? My colleague and I are sharing for the conference and don't "
     "fancy sharing a bed lol"),
    ("special_categories", "benign", "review",
     "Fabulous drag brunch! The host was hilarious and the bottomless mimosas never stopped. Book it."),
    ("special_categories", "benign", "call",
     "Agent: Reservations. || My partner and I fancy a romantic break, is there a package with dinner and "
     "the spa? || Agent: Yes, the Harbour Escape for two includes both."),
    ("special_categories", "benign", "dm",
     "is your drag bingo the first or last friday of the month? want to bring my work lot"),
    ("special_categories", "benign", "voicemail",
     "Hi, this is Gemma from Out in Business, the LGBT professionals network, about our networking evening "
     "in the Sail Loft - can we add 20 more places? 07700 900635."),
    # benign: gender identity territory
    ("special_categories", "benign", "email",
     "Hello, do your hotels have gender-neutral toilets in the conference areas? Our company policy "
     "requires them at every venue we use. Thanks, Facilities, Morrow & Vale || Agent: Yes, all three "
     "hotels have gender-neutral toilets on each conference floor."),
    ("special_categories", "benign", "chat",
     "your booking form only has Mr/Mrs/Ms, could you add Mx? just a suggestion || Agent: Thanks, I'll "
     "pass that to our web team today. || cheers"),
    ("special_categories", "benign", "note",
     "HR: staff name badges now include optional pronouns. Reception and spa teams to get their new badges "
     "by Friday."),
    ("special_categories", "benign", "form",
     "Spa feedback | Comment: please make the changing room signs bigger, I walked into the wrong one by "
     "accident, so embarrassing! | Rating: 4/5"),
    ("special_categories", "benign", "sms",
     "Hi, what are the pool times on Thursday? Want to fit in a swim before the conference dinner"),
    ("special_categories", "benign", "review",
     "Loved the unisex spa robes - finally ones with proper pockets. Comfy slippers too."),
    ("special_categories", "benign", "call",
     "Agent: Conference team. || Hi, we're running a trans inclusion training day for our HR team, we "
     "bring our own facilitator, we just need a room for 20. || Agent: The Dockside Room is free on the "
     "9th."),
    ("special_categories", "benign", "dm",
     "your emails keep starting 'Dear Sir or Madam', could you just use my first name? not fussed either "
     "way really"),
    ("special_categories", "benign", "voicemail",
     "Hi, it's Carla from the fundraising team at a trans support charity, we'd like to buy a table for 10 "
     "at your gala dinner in March. Call me back on 07700 900563."),
    # benign: genetic territory
    ("special_categories", "benign", "email",
     "Hi, Helix Genomics Ltd would like to book your conference suite for our annual sales kick-off, 60 "
     "staff, two days in October. Please send a proposal. || Agent: Proposal attached, covering both the "
     "Dockside and Harbour rooms."),
    ("special_categories", "benign", "chat",
     "is the 'Family Tree' afternoon tea ok for a big group? || Agent: Yes, up to 30 people in the "
     "Orangery. || nice, it's for a work do"),
    ("special_categories", "benign", "note",
     "'Advances in Genetic Medicine' conference (Portcliff University) confirmed 12-13 Sept, 200 "
     "delegates, 40 poster boards needed."),
    ("special_categories", "benign", "form",
     "Gift shop order | Item: 'Seaside is in my DNA' mug x 2 | Delivery: standard | Email: "
     "m.brook@example.com"),
    ("special_categories", "benign", "sms",
     "Just checked in and the room's great, must be in my genes to love a sea view haha. Can I get extra "
     "towels pls"),
    ("special_categories", "benign", "review",
     "The genetics conference we attended had everything - fast wifi, plenty of plugs, good coffee. Minus "
     "one star for parking."),
    ("special_categories", "benign", "call",
     "Agent: Reservations. || Hi, I'm booking for a university lab team coming for a DNA sequencing "
     "course, 8 rooms, 3 nights. || Agent: I'll hold them at the academic rate."),
    ("special_categories", "benign", "voicemail",
     "Hello, it's Ian from Gene's Catering about the wedding on the 21st, we need to confirm hog roast "
     "access at the back gate. Call me on 07700 900931."),
    # benign: biometric territory
    ("special_categories", "benign", "email",
     "Hi, does your hotel use facial recognition or fingerprint systems anywhere? Our data protection "
     "officer needs to know for the venue assessment. Thanks, Compliance Team, Garrick Insurance || Agent: "
     "Only card and PIN systems are in use at all our sites."),
    ("special_categories", "benign", "chat",
     "can I log in to the Harbourside app with the fingerprint unlock on my phone? || Agent: Yes, turn it "
     "on under Settings > Security in the app. || cool thanks"),
    ("special_categories", "benign", "note",
     "IT: fingerprint spa locker trial cancelled; all lockers back on PIN codes. No biometric data was "
     "collected during testing."),
    ("special_categories", "benign", "form",
     "Feedback | Comment: the new deep-cleansing facial was amazing, skin glowing for days | Therapist: "
     "Nadia | Rating: 5/5"),
    ("special_categories", "benign", "sms",
     "My fingerprints are all over the glass shower screen lol, don't worry about it. Can you just do "
     "towels today? Rm 404"),
    ("special_categories", "benign", "review",
     "The Face Sculpt facial is worth every penny. Therapist really knew her stuff."),
    ("special_categories", "benign", "call",
     "Agent: Hello, loyalty line. || Is voice recognition the only way to get into my account? I'd rather "
     "use a PIN. || Agent: A PIN works fine, I'll set it up now."),
    ("special_categories", "benign", "voicemail",
     "Hi, this is Steve from SecureTech, we're quoting for your new door access system - card-based, not "
     "biometric. Can I book a site visit? 07700 900276."),
]


def yat_examples() -> list[dict]:
    """The yat split as labelled tickets (same shape as ``sensitive_eval.build_eval_set``'s)."""
    return stranger_examples("yat", ENTRIES, SUBJECTS)
