"""aster split: written by a helper who had not seen the detection rules, the anchors or any other split.
Setting: Corvina Airways, an invented airline with its airport services (bookings, special assistance, unaccompanied
minors, meals, baggage, the Horizon Club loyalty scheme, refunds, name changes, travel documents), reached by email,
chat, transcribed calls, SMS, DMs, web forms, review replies, voicemail and agent notes, in UK, US, Irish, Australian,
Indian, Nigerian, Filipino, South African and Singaporean English, machine translation and SMS shorthand.
The benign half reuses each category's words through brand, film and product names, idioms and jokes, business
accounts (a school, a law firm, an undertaker, a debt firm), pets, occupations, policy questions and plain tickets.
35 sensitive and 35 benign tickets for children and for special categories, 20 and 20 for each other category.
First reading (policy 2026.11.15, before any change made in response to it; `sensitive_eval.evaluate`, as `make
eval-sensitive`): 94.1 / 2.4 recall / false exclusion in % as shipped, 96.5 / 6.5 without the overruling, 92.9 / 5.3 by the
rules alone. Held out (drawn at random before it was written): never tuned or trained on, read as aggregates only."""

from __future__ import annotations

from training_gate.sensitive_blind import stranger_examples

SUBJECTS: tuple[str, ...] = (
    "Question about my account",
    "Change to my booking",
    "Refund request",
    "Special assistance request",
    "Unaccompanied minor service",
    "Meal request",
    "Baggage problem",
    "Horizon Club points",
    "Name change on ticket",
    "Travel documents query",
    "Complaint about my flight",
    "Seat request",
    "Invoice and payment",
    "Cancellation",
    "Lost property",
)

ENTRIES: list[tuple[str, str, str, str]] = [
    # ---- health
    ("health", "sensitive", "email",
        "Hi there, booking ref QX7P2L, Heathrow to Lagos on 14 March. I'm on insulin and need to carry my pens plus a "
        "little cooler pack in the cabin. Do I need a letter from my GP or is the pharmacy label on the box enough? "
        "Thanks, Femi"),
    ("health", "sensitive", "web_form",
        "Special assistance request. Passenger: Harold Pryce (my father). He had a hip replacement six weeks ago and "
        "cannot manage the aircraft steps, so we need a wheelchair from check-in to the seat and an ambulift at "
        "Malaga. Ref MZ4K9D."),
    ("health", "sensitive", "chat",
        "hi can i bring 2 boxes of sertraline in hand luggage or do they need to go in the hold? flying tmrw 7am to "
        "dublin"),
    ("health", "sensitive", "call",
        "[transcript] Yeah hello, I need to move my Faro flight. I was going on the 3rd but I'm booked in for my chemo "
        "on the 2nd and the oncology nurse said no flying for at least five days after. Is there any way to change it "
        "without the fee? Ref is VT3J8Q."),
    ("health", "sensitive", "agent_note",
        "Pax asked for seat near rear toilets, disclosed Crohn's flare-up this month. Moved from 8A to 27C, PNR K2RT8W "
        "annotated, seat fee waived."),
    ("health", "sensitive", "sms",
        "hi its ravi, wife is 31 wks, does she need fit to fly letter for sat flight to chennai? ref PL8V3N"),
    ("health", "sensitive", "email",
        "Respected Sir/Madam, I am kindly requesting the refund for e-ticket no. 6141239988 as my mother was admitted "
        "in ICU at Apollo Hospital on 2nd instant and we could not travel. Discharge summary is attached for your kind "
        "perusal. Thanking you, S. Venkatesh"),
    ("health", "sensitive", "dm",
        "@CorvinaAir someone moved me to a window seat on Thurs and I've got a stoma bag, I need the aisle so I can "
        "get to the loo without climbing over people. please sort"),
    ("health", "sensitive", "voicemail",
        "Hi, this is Grainne Tobin, ref HT6Q1B. I'm after booking the meet-and-assist for Cork on the 9th, I'm "
        "registered blind and travelling on my own this time without the guide dog. Could someone ring me back on 087 "
        "555 3312, thanks a million."),
    ("health", "sensitive", "web_form",
        "Meal request for flight CV414: gluten-free please, I'm coeliac, it is not a lifestyle choice. Last time the "
        "crew handed me the regular pasta and I was ill for two days after."),
    ("health", "sensitive", "chat",
        "Can I bring a CPAP machine as an extra bit of hand luggage? || Agent: Yes, medical devices don't count toward "
        "your allowance. Will you need to use it during the flight? || Only on the overnight leg to Singapore, for my "
        "sleep apnoea. It needs a socket."),
    ("health", "sensitive", "email",
        "Good day. Please I want to shift my Abuja flight to next month. I just finished my treatment for typhoid at "
        "National Hospital and the doctor said I should rest well before travelling. Booking code JN3X7R. Thank you."),
    ("health", "sensitive", "agent_note",
        "Caller very anxious, said she gets panic attacks on take-off and her GP has prescribed diazepam for the "
        "flight; asked if she can carry it. Advised meds fine in cabin with prescription, offered early boarding."),
    ("health", "sensitive", "chat",
        "hello can change my husband seat to row 1 or 2? he just discharged from SGH after appendix operation, cannot "
        "walk far lah. ref WB2N6S"),
    ("health", "sensitive", "review_reply",
        "Review: 2 stars. Ground staff at T2 clueless, held me up for forty minutes. || Agent: Thank you for this, Mr "
        "Okafor. We are sorry that the portable oxygen concentrator you use for your COPD was not cleared at check-in "
        "in time; we have refunded the excess baggage charge and added a note to your profile."),
    ("health", "sensitive", "sms",
        "cn u put me on the earlier flt 2 bristol fri? got dialysis at 4 cant miss it. ref ZC9L4P"),
    ("health", "sensitive", "email",
        "Hello, I'm flying alone to Toronto next month and wanted to ask what your crew would need to know about my "
        "epilepsy. My last seizure was eight months ago and I'm well controlled on Keppra, but I'd rather someone "
        "knew. Booking AN5W7E."),
    ("health", "sensitive", "call",
        "[machine transcript] Hello I am calling for my booking. My husband has the dementia, stage two, and he is "
        "confusing in airports. Is possible that a staff accompany him from check-in until the plane? He fly alone to "
        "Porto on the 22."),
    ("health", "sensitive", "web_form",
        "Refund request for ref GD5T2M. I was signed off work in February and my therapist advised me not to make the "
        "trip while I'm on the new antidepressants. I have a letter from her if you need it."),
    ("health", "sensitive", "chat",
        "Can the refund for ref UE4P6D go to my sister's card instead? I'm still on Ward 7B at St Anne's and can't get "
        "into my banking app from here."),
    ("health", "benign", "chat",
        "Do you still sell the Corvina Wellness Kit on board, the one with the eye mask, socks and lip balm? It was a "
        "great little gift last year."),
    ("health", "benign", "email",
        "Hi, I'm putting together a checklist for a group trip and wondered what your general rule is on carrying "
        "prescription medicines in hand luggage. Do they need to be in original packaging? Nobody in particular, just "
        "want the page to link to."),
    ("health", "benign", "dm", "your new app update is sick, the boarding pass in the wallet finally works"),
    ("health", "benign", "sms", "booking page keeps crashing at the payment bit, tried 3 times on chrome and safari"),
    ("health", "benign", "web_form",
        "Before I book, does your travel insurance add-on cover medical costs abroad and cancellation, or only "
        "baggage? Comparing it with my bank's policy."),
    ("health", "benign", "review_reply",
        "Review: The Tern Lounge was a lifesaver during the five-hour delay, good coffee and decent wifi. || Agent: "
        "Thank you! We're glad the lounge made the wait easier."),
    ("health", "benign", "call",
        "[transcript] Hiya, I bought a bottle of perfume in the duty free at Gatwick and it leaked all over my hand "
        "luggage. I've still got the receipt, can I get a refund or a swap?"),
    ("health", "benign", "agent_note",
        "Customer asked if the Healthy Choice meal (grilled fish, salad) is still on the Lisbon route. Confirmed yes, "
        "pre-order closes 24h before departure."),
    ("health", "benign", "chat",
        "We're a medical equipment supplier and need to ship three crates of demo hospital bed frames to Nairobi as "
        "cargo. Who deals with commercial freight?"),
    ("health", "benign", "email",
        "I'm a nurse and my rota has just changed, so I need to move my Edinburgh flight from Friday to Sunday "
        "evening. Booking MH2R5Y. Happy to pay the difference."),
    ("health", "benign", "dm", "the hand sanitiser they gave out on CV208 smells amazing, what brand is it?? need it"),
    ("health", "benign", "sms", "is there a boots or similar airside at T2? need travel size toothpaste and lip balm"),
    ("health", "benign", "web_form",
        "Group booking enquiry: 14 delegates attending the European Cardiology Congress in Vienna, 5 to 9 October. "
        "Please quote economy and premium."),
    ("health", "benign", "call",
        "[transcript] My case came off the belt with the handle snapped clean off. Honestly it looks like it needs an "
        "ambulance. Where do I make the damage claim?"),
    ("health", "benign", "voicemail",
        "Hi, it's Colm. My cat Biscuit is on thyroid tablets from the vet and I want to know if she can fly in the "
        "cabin with me to Belfast, and if I need a vet certificate. Thanks."),
    ("health", "benign", "chat",
        "Random question, do all your planes carry a defibrillator? Just curious after watching an aviation "
        "documentary last night."),
    ("health", "benign", "email",
        "FYI the link on your 'Fit to Fly' blog post to the baggage allowance page gives a 404."),
    ("health", "benign", "agent_note",
        "Pax asked for extra legroom seat, is 6ft 6in tall. Quoted GBP 39 for row 12, accepted and paid."),
    ("health", "benign", "dm",
        "whoever the steward with the red glasses was on the Madrid flight, that extra coffee saved my sanity. pass on "
        "my thanks x"),
    ("health", "benign", "sms",
        "do u still sell the Sleep Well noise cancelling headphones on board? cant find them in the menu"),
    # ---- children
    ("children", "sensitive", "web_form",
        "Unaccompanied minor booking. Child: Daniel Reyes, age 9. Flight CV88 Manila to Cebu on 18 April. Collecting "
        "adult at arrivals: his aunt, Marites Reyes, ID to be shown."),
    ("children", "sensitive", "email",
        "Hello, my daughter is in Year 8 and her school trip flight to Berlin has been moved to the Monday, which is a "
        "school day. Can the group be put back on the Saturday? Ref FN2H8K."),
    ("children", "sensitive", "chat",
        "Can my son fly by himself Boston to Chicago? He's in 7th grade, it's for spring break at his grandparents'."),
    ("children", "sensitive", "sms", "hi my lad is 15 can he check in on his own or do i need to be there with him"),
    ("children", "sensitive", "call",
        "[transcript] G'day, booking for me, the missus and our bub, she'll be ten months by then. Do we need to ask "
        "for the bassinet seat now or at the airport?"),
    ("children", "sensitive", "email",
        "Please add an infant to booking QT8W1R. Name Amara Okonkwo, born 2 February this year. Her passport is still "
        "being processed so I'll send the number when it arrives."),
    ("children", "sensitive", "agent_note",
        "UM form incomplete: parental consent section unsigned, child DOB 14/06/2015. Called mother, form re-sent by "
        "email, booking on hold till returned."),
    ("children", "sensitive", "dm",
        "shoutout to whoever designed the kids meal on CV504, my 6yo actually ate the whole thing"),
    ("children", "sensitive", "web_form",
        "I have sole custody of my two children (11 and 13) and their father must not be given any details of our "
        "booking, ref RJ7C2A. Court order available on request."),
    ("children", "sensitive", "email",
        "Hi lads, I need to push our Lanzarote holiday back to July because my young fella is sitting the Junior Cycle "
        "exams in June. Ref BH4D9N. Sorry for the hassle. Siobhan"),
    ("children", "sensitive", "chat",
        "Kindly add my son's Horizon Club number to booking ZP6F3T. He is studying in Class 6 at DPS Noida, number is "
        "HC 4410 2291."),
    ("children", "sensitive", "chat",
        "hello po, my pamangkin is Grade 4 and will travel to Davao with her lola, does she need DSWD travel clearance "
        "or just her PSA birth cert?"),
    ("children", "sensitive", "sms",
        "pls change my daughters fare from teen to adult, she turns 16 on the 20th and flies on the 22nd, bit confused "
        "which applies"),
    ("children", "sensitive", "email",
        "Please open a Junior Horizon Club account for Leo Marsh, date of birth 03/09/2017. Signed parental consent "
        "form attached. Thank you."),
    ("children", "sensitive", "voicemail",
        "Hi, it's Jen Walsh. My daughter Chloe is flying back from her dad's on Sunday as an unaccompanied minor, "
        "she's twelve. I just want to confirm her gran is on the list to collect her, ref YK3N5B."),
    ("children", "sensitive", "call",
        "[transcript] Howzit. My laaitie is in Grade 10 and he's going on the rugby tour to Durban with the school. "
        "Can his sports bag go as a second checked bag free?"),
    ("children", "sensitive", "web_form",
        "Travel consent upload: I, Marta Lopes, give permission for my son Tiago (14) to travel to Spain with his "
        "grandparents from 1 to 15 August."),
    ("children", "sensitive", "dm",
        "why did your system put my 3 year old in row 22 and me in row 9?? ref KP4E2N. fix it please"),
    ("children", "sensitive", "agent_note",
        "Mum called about gate-checking the stroller; baby is 7 weeks old and will be on lap. Bassinet in row 3 "
        "assigned."),
    ("children", "sensitive", "email",
        "Good morning. Please my son who is in JSS2 will be travelling to Lagos for the holiday with his uncle. Kindly "
        "advise what documents the uncle need to carry for him."),
    ("children", "sensitive", "chat", "can my girl fly alone to KL? she's Sec 2 this year, quite independent one"),
    ("children", "sensitive", "chat",
        "Can you reissue the boarding pass for passenger 3 on booking LM8T1C? || Agent: Of course. For passenger 3, "
        "Mia Carter, the child fare applies as she's under 12. Can you confirm her date of birth? || 12 May 2016"),
    ("children", "sensitive", "email",
        "Hey there, our son starts kindergarten on August 25 so we need to be back from Lisbon by the 22nd at the "
        "latest. What's the cheapest change option on ref WS5E2H?"),
    ("children", "sensitive", "web_form",
        "Please delete my 10-year-old's passport scan and photo from your system, we cancelled the trip and I don't "
        "want her data kept."),
    ("children", "sensitive", "sms",
        "flight to my mums cancelled, the twins r only 4, cant have them sleeping in the airport. need a hotel"),
    ("children", "sensitive", "agent_note",
        "Pax travelling with nephew, 16, without parental consent letter. Denied boarding per minors policy, both "
        "rebooked on tomorrow's 09:10."),
    ("children", "sensitive", "dm",
        "is there anything on the long haul for toddlers? last time my 2yo screamed from Dubai to Manchester lol"),
    ("children", "sensitive", "email",
        "Dear Corvina, I'd like to book the unaccompanied minor service for my stepdaughter, who is in Year 5 and "
        "visiting her mother in Aberdeen over half-term. Is the fee per flight or per journey?"),
    ("children", "sensitive", "call",
        "[machine transcript] Good day. I want to buy ticket for my child, he have 8 years. Is necessary the "
        "authorization of the father because we are divorced and he lives in Brazil?"),
    ("children", "sensitive", "review_reply",
        "Review: Terrible service, never again. || Agent: We're very sorry your son, travelling with us as an "
        "unaccompanied minor aged 11, was left waiting at gate 14 without an escort. This should not have happened."),
    ("children", "sensitive", "chat",
        "My daughter has just started secondary and she's off to Lyon on a French exchange in March. Can she take her "
        "school laptop in hand luggage?"),
    ("children", "sensitive", "web_form",
        "Name correction: please fix the spelling of my son's name on ref DG2K7V. He's 13 and his name is Josue with "
        "an accent, it shows as Jose."),
    ("children", "sensitive", "sms",
        "hiya can u add my newborn to my booking? she arrived yesterday lol, we fly in 6 wks"),
    ("children", "sensitive", "email",
        "Mate, my boy's in Year 11 and his formal got moved to the 14th of November, so we need the Bali trip pushed "
        "back a week. Ref CU9A4M. Cheers, Shane"),
    ("children", "sensitive", "agent_note",
        "Parent asked to close Junior Horizon Club account for child aged 12 and erase travel history. Escalated to "
        "data protection team."),
    ("children", "benign", "email",
        "Hello, St Brigid's Secondary School is booking a staff training trip for 12 teachers to Edinburgh in May. "
        "Please invoice the school's business account. No pupils travelling."),
    ("children", "benign", "chat",
        "What's your policy on unaccompanied minors in general? What age ranges and which routes? Just reading up, "
        "nothing booked."),
    ("children", "benign", "dm",
        "honestly the new dark mode on your app is my baby, whoever built it deserves a raise"),
    ("children", "benign", "sms",
        "is the Kids Fly Free promo still running on the spain routes or did it end in march?"),
    ("children", "benign", "web_form",
        "Feedback: Baby Driver has disappeared from the in-flight films. Please bring it back, it was the best thing "
        "on there."),
    ("children", "benign", "call",
        "[transcript] Hi, I'm a minor shareholder in Corvina Group and I can't find the date of the AGM anywhere on "
        "the site. Who do I talk to?"),
    ("children", "benign", "agent_note",
        "Pax asked if the Little Flyers colouring pack can be bought separately as a gift for a colleague's desk. "
        "Directed to online shop."),
    ("children", "benign", "dm", "the guy in 14C threw a proper toddler tantrum when the wifi dropped lmao"),
    ("children", "benign", "chat",
        "Do you sell the Corvina teddy bear plush online? I collect airline merch and it's the one I'm missing."),
    ("children", "benign", "sms", "my puppy is 10 weeks old, can she fly in the cabin with me or is she too young?"),
    ("children", "benign", "web_form",
        "Group booking for the Kilmore Old Boys rugby club, 22 adults, Dublin to Cardiff for the match on 8 March."),
    ("children", "benign", "email",
        "A colleague asked me what the minimum age for the Junior Horizon Club is and I couldn't find it on your site. "
        "Is it listed anywhere?"),
    ("children", "benign", "call",
        "[transcript] I teach at a primary school so I can only travel during half-term. Can I move my Rome trip to "
        "the week of the 26th of October?"),
    ("children", "benign", "review_reply",
        "Review: The gate staff treated us like naughty kids, shouting boarding groups at us. || Agent: We're sorry, "
        "that's not the welcome we want. We've shared this with the Manchester team."),
    ("children", "benign", "voicemail",
        "Hi, this is Karen calling from Little Acorns Daycare Ltd about invoice 2207 for our director's business trip "
        "to Leeds. Please call the office back."),
    ("children", "benign", "chat",
        "My son is 34 and asked me to help him change his flight, he's on the call with me and can confirm. Ref "
        "TA3G8L."),
    ("children", "benign", "sms", "kid you not the queue at T2 bag drop is about 200 people long right now"),
    ("children", "benign", "email",
        "I left a Lego Millennium Falcon set in the overhead bin on CV233. It's mine, I'm 41 and not ashamed. Has "
        "anyone handed it in?"),
    ("children", "benign", "web_form",
        "Can adults order from the kids' menu? The mini chicken nuggets looked better than my meal, I'd happily pay."),
    ("children", "benign", "agent_note",
        "Corporate account Greenfield Academy Trust updated billing contact to the finance office. No travellers "
        "attached to this change."),
    ("children", "benign", "call",
        "[transcript] Hi there, I want to ship a baby grand piano to our restaurant in Jersey. Do you take something "
        "that size as cargo?"),
    ("children", "benign", "chat", "is the teen fare actually a thing or just marketing? what ages does it cover?"),
    ("children", "benign", "email",
        "I'm a paediatrician attending a conference in Geneva and would like to add my conference badge number to the "
        "booking for the delegate discount. Ref PK7B2W."),
    ("children", "benign", "sms", "child fare page gives error 500 when i click it, just so you know"),
    ("children", "benign", "web_form",
        "I paid for Family Zone seats by mistake, I'm travelling alone for work. Can I get the seat fee back? Ref "
        "NE8S4Q."),
    ("children", "benign", "review_reply",
        "Review: Flew with my parents, staff were lovely with them at boarding. || Agent: Thank you, we'll pass that "
        "on to the Belfast crew."),
    ("children", "benign", "voicemail",
        "Hiya, I'm ringing from Kidzone Soft Play Ltd, that's the company name, we need to change the card on our "
        "corporate account. Thanks."),
    ("children", "benign", "email",
        "I'm writing a picture book about a little plane called Corvy, obviously inspired by you. May I use your "
        "livery colours on the cover?"),
    ("children", "benign", "chat",
        "in Airport Tycoon my little airline is named after you lol. anyway, how do I merge two Horizon accounts?"),
    ("children", "benign", "dm", "grown adults fighting over armrests on CV770 like schoolkids. bring back manners"),
    ("children", "benign", "agent_note",
        "Pax (19, adult fare) asked whether a student discount applies. No student fare on this route, explained."),
    ("children", "benign", "sms", "the baby wipes in the amenity kit are genius, please keep them"),
    ("children", "benign", "call",
        "[transcript] Hi, I just want to change my seat from 22A to an aisle please. Ref RD3M5X."),
    ("children", "benign", "chat",
        "Which seats on the A321 are in the child-free quiet zone? I like to sleep on the early flights."),
    ("children", "benign", "web_form",
        "Suggestion: your School Holidays fare calendar should show Scottish term dates too, as ours differ from "
        "England's."),
    # ---- financial_hardship
    ("financial_hardship", "sensitive", "email",
        "Hello, I lost my job last week and there's no way I can afford this trip now. Is there any way to get a "
        "refund to my card instead of a voucher? Ref SQ3L7B."),
    ("financial_hardship", "sensitive", "chat",
        "can i pay the change fee in 2 bits? universal credit doesnt come in till the 28th"),
    ("financial_hardship", "sensitive", "call",
        "[transcript] I'm ringing because a debt collector, Lowell or someone, keeps sending letters about a Corvina "
        "charge from 2021 and I honestly can't pay it. Can you tell me what it's actually for?"),
    ("financial_hardship", "sensitive", "sms",
        "pls stop retrying the card, im overdrawn and cant pay the bank charges every time it bounces"),
    ("financial_hardship", "sensitive", "web_form",
        "Refund request: I was declared bankrupt in March and my trustee has asked that any refund due on ref HX5N2P "
        "be paid to the trustee's account. Details attached."),
    ("financial_hardship", "sensitive", "agent_note",
        "Pax said she is being evicted at end of month and needs the travel voucher converted to cash. Escalated to "
        "customer hardship team."),
    ("financial_hardship", "sensitive", "email",
        "Dear Sir, I am having severe financial crisis after my shop closed down and my EMIs are pending for three "
        "months. I humbly request full refund of booking RW9C4K instead of credit shell. Regards, Anil"),
    ("financial_hardship", "sensitive", "dm",
        "been on jobseekers since march, only booked this to see my nan, and now you want 80 quid to change the date?? "
        "cant do it"),
    ("financial_hardship", "sensitive", "chat",
        "Please I cannot pay the balance on our group booking again, my salary has not been paid for four months now. "
        "Can you extend the deadline small?"),
    ("financial_hardship", "sensitive", "voicemail",
        "Hi, it's Tom Kerrigan, ref LW8B3H. I've had a letter from a collections agency about unpaid excess baggage "
        "from last year. I can't pay it all at once, is there a payment plan? Cheers."),
    ("financial_hardship", "sensitive", "call",
        "[transcript] Mate I'm on Centrelink at the moment and a hundred and twenty dollars for a name change is just "
        "not doable. Is there anything you can do?"),
    ("financial_hardship", "sensitive", "web_form",
        "Please cancel my paid Horizon Club membership. I've been made redundant and I'm cancelling every direct debit "
        "I can."),
    ("financial_hardship", "sensitive", "email",
        "Could you hold booking FP2M6V for one more week? || Agent: We can extend the hold until Friday 5pm. || "
        "Thanks. My IVA payments take most of my wages so I'm waiting for payday on Thursday."),
    ("financial_hardship", "sensitive", "sms",
        "card got declined coz im behind on rent, can u hold the fare till tues pls"),
    ("financial_hardship", "sensitive", "agent_note",
        "Customer mentioned a CCJ and said he's on a debt management plan with StepChange; asked for no-show fee "
        "waiver. Approved as goodwill."),
    ("financial_hardship", "sensitive", "chat",
        "hi po, my husband lost his work in Dubai so we cannot pay the remaining for our Manila tickets anymore. can "
        "we cancel and get back the deposit?"),
    ("financial_hardship", "sensitive", "dm",
        "I'm under debt review so my card's blocked. Can I pay the balance at the airport desk in cash?"),
    ("financial_hardship", "sensitive", "email",
        "I've been in temporary accommodation since the eviction and my post goes to the council office. Please send "
        "any refund letters by email only."),
    ("financial_hardship", "sensitive", "review_reply",
        "Review: Charged twice for one bag! || Agent: We have reversed the duplicate charge. We also understand from "
        "your message that you're relying on the food bank at the moment, so we've waived the seat fee on your "
        "return."),
    ("financial_hardship", "sensitive", "web_form",
        "Pension credit and housing benefit are my only income. Do you have any concession fare for older passengers "
        "on low incomes?"),
    ("financial_hardship", "benign", "chat",
        "My card was declined at checkout but there's definitely money on it. Is your payment page down?"),
    ("financial_hardship", "benign", "email",
        "I've been charged twice for seat 12C on ref BB4T9R. Please refund the duplicate payment."),
    ("financial_hardship", "benign", "sms", "whats the cheapest way to pay, the card fee is silly"),
    ("financial_hardship", "benign", "web_form",
        "Our company, Redmond Debt Recovery Ltd, books a lot of business travel. Can we set up an invoiced corporate "
        "account?"),
    ("financial_hardship", "benign", "dm", "july fares are daylight robbery, my wallet is in intensive care"),
    ("financial_hardship", "benign", "call",
        "[transcript] How does the Pay Later option work? Is there interest on it, or is it just split into three?"),
    ("financial_hardship", "benign", "agent_note",
        "Corporate client Hartwell Insolvency Practitioners LLP requested monthly statements for staff travel. Set "
        "up."),
    ("financial_hardship", "benign", "email",
        "Could you send a VAT invoice for booking CY2H7D? My accountant needs it for the tax return."),
    ("financial_hardship", "benign", "chat",
        "How do I claim compensation for the four hour delay on CV302? Does EU261 apply?"),
    ("financial_hardship", "benign", "sms", "refund still not in my acct after 14 days, ref JG6C2P"),
    ("financial_hardship", "benign", "web_form",
        "The promo code DEBTFREE10 from your January newsletter says invalid at checkout."),
    ("financial_hardship", "benign", "review_reply",
        "Review: Six pounds for a sandwich on board is eye-watering. || Agent: Thanks for the feedback, we're "
        "reviewing our onboard menu prices."),
    ("financial_hardship", "benign", "dm",
        "I'm a financial adviser who helps clients with debt and even I can't follow the new Flex Fare explainer on "
        "your site"),
    ("financial_hardship", "benign", "email",
        "Can I change the currency on my booking from USD to GBP? It was set to dollars by mistake."),
    ("financial_hardship", "benign", "voicemail",
        "Hi, calling about the Horizon Club credit card, the annual fee was charged a month early. Could someone "
        "check? Thanks."),
    ("financial_hardship", "benign", "chat",
        "Played the Monopoly travel set from your online shop on the flight and went bankrupt in 20 minutes haha. Can "
        "I order another one for my brother?"),
    ("financial_hardship", "benign", "agent_note",
        "Pax asked for split payment across two cards. Explained one card per booking online; processed the split by "
        "phone."),
    ("financial_hardship", "benign", "sms", "bank app says payment pending, shd i try again or wait?"),
    ("financial_hardship", "benign", "email",
        "Our charity runs a food bank and we're booking flights for two volunteer coordinators to a conference in "
        "Glasgow. Can we get an invoice in the charity's name?"),
    ("financial_hardship", "benign", "web_form",
        "Lost my job title on my Horizon profile after the update, it used to say Director and now it's blank."),
    # ---- legal
    ("legal", "sensitive", "email",
        "Hello, my solicitor has advised me to request all records, CCTV and staff statements about the incident at "
        "gate 9 on CV119 on 2 May, as I am bringing a claim against your ground handler."),
    ("legal", "sensitive", "chat",
        "need to change my flight, my court date got moved to the 14th so I have to be in Leeds that morning"),
    ("legal", "sensitive", "agent_note",
        "Pax stated he has a previous conviction and his ESTA was refused; asked for refund of non-refundable fare. "
        "Refund declined per T&Cs, offered credit."),
    ("legal", "sensitive", "web_form",
        "Please do not disclose any of my travel details to anyone who calls. I have a non-molestation order against "
        "my ex-partner, ref no. attached."),
    ("legal", "sensitive", "sms",
        "got arrested at the airport fri, missed my flight, released no charge. can i get put on a new one?"),
    ("legal", "sensitive", "call",
        "[transcript] Yeah so I'm on bail at the moment and one of the conditions is I surrender my passport, so I "
        "need to cancel the Tenerife trip. Can I get anything back?"),
    ("legal", "sensitive", "email",
        "I wish to inform you that I have instructed my lawyer, Barrister T. Adeyemi, to institute an action against "
        "Corvina over the loss of my consignment. Kindly direct further correspondence to her chambers."),
    ("legal", "sensitive", "dm",
        "police took my statement about the stuff nicked from my case, crime ref 47/22918/24. need it for the baggage "
        "claim?"),
    ("legal", "sensitive", "voicemail",
        "Hi, it's about ref QA9R3D. I'm due at the family court on the 9th so I need to come back a day earlier. "
        "Please call me on 07700 900 418."),
    ("legal", "sensitive", "chat",
        "I need a copy of my booking history for 2022 and 2023. || Agent: Of course, is this for your own records? || "
        "It's for my immigration tribunal hearing, my representative asked for proof of travel dates."),
    ("legal", "sensitive", "web_form",
        "I'm a prosecution witness in a criminal trial at Southwark Crown Court next month and need to rebook my "
        "Amsterdam trip around it. Witness letter attached."),
    ("legal", "sensitive", "agent_note",
        "Caller said her passport is held by the court pending divorce proceedings so she can't travel. Change fee "
        "waived."),
    ("legal", "sensitive", "email",
        "Sir, FIR has been lodged at Sahar police station regarding my missing bag and the jewellery inside. Copy of "
        "FIR attached. Kindly expedite the claim."),
    ("legal", "sensitive", "call",
        "[transcript] The thing is I've got a tag on, curfew's seven at night to seven in the morning, so the six a.m. "
        "flight just won't work. Is there a midday one?"),
    ("legal", "sensitive", "sms",
        "probation officer says i need written permission b4 i travel, can u hold the booking till next wk"),
    ("legal", "sensitive", "review_reply",
        "Review: Denied boarding, appalling treatment. || Agent: We note that you have now passed this matter to your "
        "attorneys at Klein & Ruiz, so we will correspond with them directly from here."),
    ("legal", "sensitive", "dm", "im suing you lot. my lawyer will be in touch about the denied boarding on CV90"),
    ("legal", "sensitive", "email",
        "I'm in a custody dispute and the judge has ordered that I may only take my daughter abroad with 30 days' "
        "written notice to her father. Please can you issue an itinerary I can serve on him."),
    ("legal", "sensitive", "chat",
        "my brother was detained at immigration in Doha and now has a case there. can we rebook his flight home for "
        "after the hearing?"),
    ("legal", "sensitive", "web_form",
        "Subject access request: I'm under police investigation and my solicitor needs all booking and passenger data "
        "you hold on me from 2023."),
    ("legal", "benign", "web_form",
        "Corporate account for Bramwell & Fitch Solicitors LLP: please add three new partners to our travel profile."),
    ("legal", "benign", "chat", "is Legally Blonde on the entertainment this month? cant find it"),
    ("legal", "benign", "email",
        "What are your terms for denied boarding compensation? I'm just trying to understand the rules before I book."),
    ("legal", "benign", "dm", "that landing in Bergen was criminal, 10/10 bumps, would ride again"),
    ("legal", "benign", "sms", "90 mins at bag drop shd be illegal honestly"),
    ("legal", "benign", "call",
        "[transcript] I'm a barrister and I sometimes carry my wig and gown in hand luggage. Is the wig tin alright in "
        "the overhead locker?"),
    ("legal", "benign", "agent_note",
        "Pax is an airport police officer, off duty, asked whether the partner staff travel discount applies. Referred "
        "to HR portal."),
    ("legal", "benign", "web_form",
        "Please send your privacy policy and your registered legal entity name for our procurement team's supplier "
        "form."),
    ("legal", "benign", "email",
        "Our law firm needs to change the name on a booking for an associate who has left the firm. Who does that?"),
    ("legal", "benign", "chat", "can I play Ace Attorney on my Switch during takeoff or does it have to be off?"),
    ("legal", "benign", "review_reply",
        "Review: The new cabin service felt like a trial run, nothing was ready. || Agent: Thanks, we're still "
        "fine-tuning it and your feedback helps."),
    ("legal", "benign", "sms", "the judge on that baking show on your IFE is hilarious, whats the show called"),
    ("legal", "benign", "voicemail",
        "Hi, this is Sandra from Cole Legal Services accounts department, about your invoice 4492. Please call me "
        "back."),
    ("legal", "benign", "dm",
        "left my true-crime paperback in seat 3B on the Glasgow flight, who do i contact for lost property?"),
    ("legal", "benign", "call",
        "[transcript] What are the legal requirements for carrying a drone in my checked luggage? The batteries are "
        "the bit I'm unsure of."),
    ("legal", "benign", "email",
        "I'm writing my dissertation on aviation law. Do you publish your conditions of carriage as a PDF?"),
    ("legal", "benign", "agent_note",
        "Caller from Harbour Street Police Station asked about a corporate travel account for officers' training "
        "course. Referred to B2B sales."),
    ("legal", "benign", "chat",
        "We're organising a murder mystery weekend in Edinburgh and need a group booking for 10 from Bristol."),
    ("legal", "benign", "sms", "can i bring a small pen knife in hand luggage or is that illegal now"),
    ("legal", "benign", "web_form",
        "Please update the email address on my Horizon Club account to the one I'm writing from."),
    # ---- special_categories
    ("special_categories", "sensitive", "web_form",
        "Meal request: halal for both passengers on CV611, and please no pork in anything as we can't eat it."),
    ("special_categories", "sensitive", "chat",
        "Can I get a kosher meal on the Tel Aviv flight? I keep strictly kosher so sealed meals only please."),
    ("special_categories", "sensitive", "email",
        "My flight lands at 7pm on a Friday, which is after sundown. Is there any option for Saturday night instead, "
        "after Shabbat ends? I don't travel on Shabbat."),
    ("special_categories", "sensitive", "sms", "need to be back by 9am sun, im doing the first reading at mass"),
    ("special_categories", "sensitive", "call",
        "[transcript] Can I get a seat near the front? I'll be fasting for Ramadan and I want to get off quickly so I "
        "can make iftar at home."),
    ("special_categories", "sensitive", "dm",
        "going to Amritsar for Vaisakhi at the Golden Temple. can I wear my kirpan onboard or does it go in the hold?"),
    ("special_categories", "sensitive", "agent_note",
        "Pax requested a private room at security so her hijab could be removed for the ID check. Arranged with a "
        "female officer."),
    ("special_categories", "sensitive", "email",
        "I'm flying to Geneva to lobby at the UN with the Green Party delegation and my flight has been cancelled. I "
        "must be there by 9am Tuesday."),
    ("special_categories", "sensitive", "chat",
        "can u move me to the later flight? im speaking at our Labour branch meeting that evening"),
    ("special_categories", "sensitive", "web_form",
        "I'm a shop steward with Unite and need to rebook for the union's policy conference in Brighton. Ref EY4H8C."),
    ("special_categories", "sensitive", "voicemail",
        "Hi, it's Declan Moran. My RMT rep said I should ring about the group fare for the strike committee's trip to "
        "London. Call me back on 086 555 2091."),
    ("special_categories", "sensitive", "dm",
        "me and my husband (yes two dads) want to sit together, why did your system split us across the plane? ref "
        "GF2P7L"),
    ("special_categories", "sensitive", "email",
        "My wife Sarah and I are booking our honeymoon to Mauritius. Before we pay, is there anything we should know "
        "as a same-sex couple, at the hotel transfer or on arrival?"),
    ("special_categories", "sensitive", "chat",
        "I've transitioned and my new passport says F. Can you update my Horizon Club profile name and title to match? "
        "Old name on there is Mark."),
    ("special_categories", "sensitive", "sms",
        "pls update title to Mx on my booking, pronouns are they/them. ref HN5K2T"),
    ("special_categories", "sensitive", "agent_note",
        "Caller advised they are non-binary and were repeatedly misgendered at the boarding gate. Apologised, "
        "complaint logged."),
    ("special_categories", "sensitive", "web_form",
        "I want to opt out of facial recognition boarding at Heathrow and have my stored face template deleted from "
        "your SmartBoard system."),
    ("special_categories", "sensitive", "email",
        "When I enrolled in Horizon Fast Track your kiosk took my fingerprint scans. Please confirm they have been "
        "deleted under GDPR now that I've closed the account."),
    ("special_categories", "sensitive", "chat",
        "Does your travel insurance ask about genetic test results? I carry the Huntington's gene and want to know if "
        "I have to declare it."),
    ("special_categories", "sensitive", "email",
        "I'm Romani and the check-in agent at Stansted made comments about 'travellers' and asked me to open every "
        "bag. I want a formal complaint logged."),
    ("special_categories", "sensitive", "review_reply",
        "Review: Staff at gate 12 profiled me. || Agent: We're very sorry you felt singled out because of your "
        "Pakistani heritage. We've escalated this to the station manager."),
    ("special_categories", "sensitive", "dm",
        "as a Black woman in business class i got asked THREE times if i was in the right seat. do better"),
    ("special_categories", "sensitive", "call",
        "[transcript] Good morning, I am Jain so I need the Jain meal, no onion, no garlic, no root vegetables. Last "
        "time they gave me potato curry only."),
    ("special_categories", "sensitive", "agent_note",
        "Pax said he's going to Washington for the climate protest march and asked to put his placard poles in the "
        "hold. Approved as sports equipment size."),
    ("special_categories", "sensitive", "sms",
        "can i swap seats w my boyfriend? both guys lol just want to sit together on CV60"),
    ("special_categories", "sensitive", "web_form",
        "I'm gay and a bit nervous about the connection in Doha. Can I route through Amsterdam instead on the same "
        "fare?"),
    ("special_categories", "sensitive", "chat",
        "Can I change the name on my ticket? || Agent: Is this a spelling correction or a transfer to someone else? || "
        "Correction really, my deed poll came through. I'm Elena now, not Ethan."),
    ("special_categories", "sensitive", "email",
        "My partner and I are flying to a couples' swingers event in Cap d'Agde and the booking only shows one of us. "
        "Can you check ref OW6R1S?"),
    ("special_categories", "sensitive", "call",
        "[transcript] Please I am a pastor at a Redeemed church in Peckham and I'm travelling for our convention in "
        "Lagos. Can I get an extra bag for the Bibles and hymn books?"),
    ("special_categories", "sensitive", "dm",
        "flight delayed 3 hrs, gonna miss jummah at the masjid in leicester. great"),
    ("special_categories", "sensitive", "agent_note",
        "Customer asked for vegetarian meal as she's Hindu and does not eat beef; also asked for no meal on the "
        "Ekadashi leg as she'll be fasting."),
    ("special_categories", "sensitive", "web_form",
        "I'm a Liberal Democrat councillor and need the receipt addressed to our party's local office, not to me "
        "personally."),
    ("special_categories", "sensitive", "email",
        "My DNA test showed I have family in Ghana and I'm flying to Accra to meet them for the first time. Can I "
        "bring extra luggage for gifts?"),
    ("special_categories", "sensitive", "chat",
        "Can the union pay for my ticket directly? I'm a member of the NEU and they're sending me to conference."),
    ("special_categories", "sensitive", "sms", "pls delete my face scan from the boarding gates, i never agreed to it"),
    ("special_categories", "benign", "chat",
        "Is the Christmas menu on flights during December this year? The mince pies last year were great."),
    ("special_categories", "benign", "email",
        "St Columba's Parish Council needs an invoice for the flights of the organ restorer we're bringing over from "
        "Germany. Booking YB8M3F."),
    ("special_categories", "benign", "dm", "the Halal Grill Co at T3 was closed again at 6am, any idea when it opens?"),
    ("special_categories", "benign", "sms", "do u fly to christchurch or only auckland?"),
    ("special_categories", "benign", "web_form",
        "Do you have a list of the special meal codes you use (VGML, KSML, MOML and so on)? Writing an article for a "
        "travel blog."),
    ("special_categories", "benign", "call",
        "[transcript] Is there a multi-faith prayer room airside at terminal 5? We're putting together an airport info "
        "sheet for visitors to our office."),
    ("special_categories", "benign", "agent_note",
        "Corporate client Leeds Jewish Community Centre (business account) updated its billing address. No passengers "
        "affected."),
    ("special_categories", "benign", "dm",
        "my politics lecturer would love the spreadsheet I made comparing your fares to easyJet's"),
    ("special_categories", "benign", "email",
        "Will flights be disrupted around the general election in July? Wondering about airport staffing and road "
        "closures."),
    ("special_categories", "benign", "chat",
        "is this email about my Horizon points kosher or is it a phishing scam? it has a weird link"),
    ("special_categories", "benign", "sms", "face id login on the app stopped working since the update"),
    ("special_categories", "benign", "web_form",
        "Will my flight on 12 June be affected by the air traffic control strike that's been in the news?"),
    ("special_categories", "benign", "review_reply",
        "Review: The Pride livery on the A321 is gorgeous. || Agent: Thank you, the crew love it too!"),
    ("special_categories", "benign", "chat",
        "Can I go straight to the gate if I've only got hand luggage and checked in online?"),
    ("special_categories", "benign", "email",
        "Why does your booking form ask for sex (M/F/X)? Is it a legal requirement? Just curious about the data you "
        "collect."),
    ("special_categories", "benign", "dm",
        "at a conservative estimate i've flown with you 200 times and the new seats are the comfiest yet"),
    ("special_categories", "benign", "review_reply",
        "Review: The crew were very liberal with the wine top-ups, no complaints. || Agent: Glad you enjoyed the "
        "flight!"),
    ("special_categories", "benign", "sms",
        "holy moly the lounge is rammed today, any other lounge i can use with my card?"),
    ("special_categories", "benign", "chat", "Which transatlantic routes have the lie-flat seats?"),
    ("special_categories", "benign", "email",
        "Can I pay for my flights with my credit union debit card? It was declined once and I'm not sure if it's "
        "supported."),
    ("special_categories", "benign", "web_form",
        "Does my biometric passport need six months validity for Thailand, or is three enough?"),
    ("special_categories", "benign", "dm", "the devil's food cake in the lounge was heavenly, is the recipe online?"),
    ("special_categories", "benign", "agent_note",
        "Pax asked if Christian Dior perfume is in stock at duty free on the Nice route. Confirmed via onboard "
        "catalogue."),
    ("special_categories", "benign", "sms", "the e-gates at arrivals were all closed, queued for an hour. why?"),
    ("special_categories", "benign", "chat",
        "The Black Friday sale code didn't apply to my Faro booking, can you honour it?"),
    ("special_categories", "benign", "email",
        "The Fast Track lane at Dublin was closed on Tuesday morning even though I paid for it. Can I get the fee "
        "refunded?"),
    ("special_categories", "benign", "dm", "it'll take a prayer to get through security at this rate lol"),
    ("special_categories", "benign", "voicemail",
        "Hi, it's Neil from the Ethnographic Museum's travel office, we need to add a loan courier to our corporate "
        "booking. Call me back please."),
    ("special_categories", "benign", "sms",
        "my love of window seats must be genetic, my dad's the same lol. can i pre book 12A?"),
    ("special_categories", "benign", "web_form",
        "The race to the overhead bins on CV501 was chaos. Could boarding by zones be enforced properly?"),
    ("special_categories", "benign", "chat", "Do you fly to San Salvador or St Lucia from Gatwick?"),
    ("special_categories", "benign", "agent_note",
        "Party of 8 requested seats together for Lisbon. Block allocated rows 17-18."),
    ("special_categories", "benign", "email",
        "The upgrade on my anniversary trip was a real blessing, thank you to the Heathrow desk team."),
    ("special_categories", "benign", "call",
        "[transcript] I'm an EU passport holder living in London, do I need ETIAS or anything for Paris next month?"),
    ("special_categories", "benign", "review_reply",
        "Review: The Queen song in the new safety video had the whole cabin singing. || Agent: Ha, we love to hear "
        "it!"),
    # ---- bereavement
    ("bereavement", "sensitive", "email",
        "Hello, my father passed away on Sunday and I need to get to Galway for the funeral on Thursday. Do you have "
        "any bereavement fares or flexibility? I'd need to return on the Monday."),
    ("bereavement", "sensitive", "chat",
        "Can I get a refund for my mum's ticket? She died last month and I'm the executor of her estate."),
    ("bereavement", "sensitive", "sms",
        "since my mother went in jan im sorting her horizon points, can they move to my account?"),
    ("bereavement", "sensitive", "agent_note",
        "Name change request declined: original passenger deceased, death certificate received. Full refund issued to "
        "the estate."),
    ("bereavement", "sensitive", "call",
        "[transcript] I'm ringing about my husband's booking. He, um, he died on the 3rd. I've got the death "
        "certificate here. Sorry. Ref JW3K6X."),
    ("bereavement", "sensitive", "web_form",
        "Request: transport of human remains (my brother, Alejandro Ruiz) from Madrid to Dublin. The undertaker's "
        "details are in the attachment."),
    ("bereavement", "sensitive", "dm",
        "need to come home early, nan's funeral is friday. any seats on the thurs flight?"),
    ("bereavement", "sensitive", "email",
        "Good afternoon. My uncle's burial has been fixed for 20th in Enugu and I must travel with my family. Kindly "
        "assist with moving our dates forward. Ref TK4M9N."),
    ("bereavement", "sensitive", "voicemail",
        "Hi, it's Priya Nair. We lost Dad on Tuesday and the cremation is Saturday in Pune. I need to move my flight "
        "up to tomorrow if at all possible."),
    ("bereavement", "sensitive", "chat",
        "hello, my lolo passed away this morning, we need to fly to Iloilo asap for the wake. 4 pax"),
    ("bereavement", "sensitive", "review_reply",
        "Review: Slow refund. || Agent: Please accept our sincere condolences on the loss of your wife. We have now "
        "processed the refund for her ticket and apologise for the delay."),
    ("bereavement", "sensitive", "agent_note",
        "Pax flying out for her brother's memorial service on Saturday; compassionate rebooking waiver applied."),
    ("bereavement", "sensitive", "sms",
        "was meant to fly with my partner but he passed in april. can i cancel his seat and keep mine"),
    ("bereavement", "sensitive", "web_form",
        "I was widowed in January and would like my late husband removed as joint member of our Horizon Club household "
        "account."),
    ("bereavement", "sensitive", "email",
        "Hi, I'm after losing my mam last week and her month's mind is on the 14th, so I'll need to come home for "
        "that. Can I move my return from Boston? Ref DC5L8P."),
    ("bereavement", "sensitive", "call",
        "[transcript] Hi, my sister passed on Wednesday, the funeral's in Gqeberha on Saturday. I need the earliest "
        "flight from Joburg please."),
    ("bereavement", "sensitive", "dm",
        "flying back for grandad's ashes scattering on the 2nd. can i bring the urn in the cabin?"),
    ("bereavement", "sensitive", "chat",
        "Can I move my return flight? || Agent: Certainly, which date works? || The 19th. The inquest into my son's "
        "death has been moved."),
    ("bereavement", "sensitive", "email",
        "Sir, my mother expired on 5th of this month. Kindly cancel her ticket PNR 7H2K9L and process the refund to my "
        "account. Death certificate attached."),
    ("bereavement", "sensitive", "agent_note",
        "Caller's mother died while on holiday in Tenerife; arranged escort ticket for the son accompanying the coffin "
        "home."),
    ("bereavement", "benign", "chat", "my phone died halfway through check-in and now it says the booking is locked"),
    ("bereavement", "benign", "dm", "RIP my suitcase wheel, the baggage handlers on CV212 murdered it"),
    ("bereavement", "benign", "email",
        "I work for Hollis & Sons Funeral Directors and we'd like to set up a corporate account for repatriation "
        "cargo. Who should I speak to?"),
    ("bereavement", "benign", "sms", "power bank battery's dead, can i still bring it on board?"),
    ("bereavement", "benign", "web_form", "The Last Minute Deals page has flatlined, no fares have shown all week."),
    ("bereavement", "benign", "call",
        "[transcript] Our dog passed away last week so we won't need the pet place in the hold any more. Can we get "
        "the pet fee back? Ref SG7N2R."),
    ("bereavement", "benign", "agent_note",
        "Pax reported IFE screen in 21F dead on arrival. Defect logged, 10 GBP voucher given."),
    ("bereavement", "benign", "email",
        "What is your bereavement fare policy? I'm writing a blog post comparing airlines' compassionate fares."),
    ("bereavement", "benign", "review_reply",
        "Review: Delay, then no food left in the cafe. I'd rather walk next time. || Agent: We're sorry about the "
        "delay and the empty shelves."),
    ("bereavement", "benign", "dm", "watched Four Weddings and a Funeral on the way to Rome, still a classic"),
    ("bereavement", "benign", "chat",
        "Grave mistake on my booking: I put my first name as my surname. Can you swap them?"),
    ("bereavement", "benign", "sms", "online check in deadline passed, can i still check in at the airport?"),
    ("bereavement", "benign", "voicemail",
        "Hi, calling from Greenhill Memorial Park's office, booking travel for our groundskeeper's training course in "
        "York. Please call back."),
    ("bereavement", "benign", "web_form", "Ghost charge on my card from Corvina for 0.00, is that normal?"),
    ("bereavement", "benign", "email",
        "I'm writing a mystery novel where a body is found in a plane's cargo hold. Is there anyone who could answer "
        "questions about how the hold is loaded?"),
    ("bereavement", "benign", "call",
        "[transcript] Why was I charged a late fee for checking in at the desk? I was there two hours before."),
    ("bereavement", "benign", "agent_note",
        "Pax asked if The Walking Dead box set is still on the IFE. Removed in March, told him."),
    ("bereavement", "benign", "dm", "you absolutely killed it with the new lounge at Manchester, proper class"),
    ("bereavement", "benign", "chat", "my old Horizon card expired, will I get a new one automatically?"),
    ("bereavement", "benign", "sms",
        "delay was so long my houseplant has probably passed away lol. anyway how do i claim compensation"),
    # ---- violence_self_harm
    ("violence_self_harm", "sensitive", "web_form",
        "Please remove my home address from my profile. I'm staying at a refuge for now and my ex must not be able to "
        "find out where I am."),
    ("violence_self_harm", "sensitive", "email",
        "On CV301 last night a man in 15B groped me while I was asleep and when I told the crew they just moved me. I "
        "want to know what was done about him."),
    ("violence_self_harm", "sensitive", "agent_note",
        "Caller said she is fleeing an abusive husband and needs to fly today. Priority rebooking done; no information "
        "to be given to anyone calling about this booking."),
    ("violence_self_harm", "sensitive", "chat",
        "honestly dont care if the flight goes down, nothing matters anymore. just need to know if the 6am is still on "
        "time"),
    ("violence_self_harm", "sensitive", "dm",
        "another passenger threatened to kill me at the gate after I complained about him pushing in. I want it on "
        "record"),
    ("violence_self_harm", "sensitive", "sms",
        "pls dont send the booking confirmation to my old email, my ex reads it and he hits me"),
    ("violence_self_harm", "sensitive", "call",
        "[transcript] My colleague keeps sending me threatening messages and I've just found out he's booked on the "
        "same flight to Frankfurt. Can I be moved to another flight?"),
    ("violence_self_harm", "sensitive", "voicemail",
        "I just... I can't do this anymore. I booked this flight so I could go to the cliffs and just... I don't know "
        "why I'm ringing you. Sorry."),
    ("violence_self_harm", "sensitive", "agent_note",
        "At security pax disclosed self-harm cuts on her arms when asked about the bandages. Referred to wellbeing "
        "resources, no further action needed for travel."),
    ("violence_self_harm", "sensitive", "email",
        "A former partner has been stalking me and has turned up at the airport twice when I flew. Is there any way my "
        "booking can be hidden from phone enquiries?"),
    ("violence_self_harm", "sensitive", "chat",
        "Can I change my seat? || Agent: Sure, any preference? || Anywhere away from 14C. He followed me from the "
        "lounge and keeps touching my shoulder."),
    ("violence_self_harm", "sensitive", "web_form",
        "Complaint: a crew member made sexual comments to me during the flight and has since messaged me on Instagram "
        "several times."),
    ("violence_self_harm", "sensitive", "dm",
        "4th time a steward has mocked my accent and called me names on your flights. its bullying and im sick of it"),
    ("violence_self_harm", "sensitive", "sms", "one way only pls. wont need a return, ive said my goodbyes"),
    ("violence_self_harm", "sensitive", "email",
        "My husband beats me and he has taken my passport. I need help to change my booking so he does not know the "
        "date. Please do not call my home number."),
    ("violence_self_harm", "sensitive", "agent_note",
        "Elderly pax says her son takes her pension and shouts at her; asked that he is not told her flight time. "
        "Booking flagged private."),
    ("violence_self_harm", "sensitive", "call",
        "[transcript] Please somebody has been sending me threat messages that they will come to the airport to harm "
        "me when I land. What can your security do?"),
    ("violence_self_harm", "sensitive", "review_reply",
        "Review: Zero stars. || Agent: We're deeply sorry you were assaulted by another passenger on CV509. Our "
        "security team has passed the CCTV to the police."),
    ("violence_self_harm", "sensitive", "chat",
        "been thinking about ending it all. sorry, wrong place. i just need to cancel my trip"),
    ("violence_self_harm", "sensitive", "web_form",
        "Safety request: I'm a survivor of domestic abuse. Please flag my account so nobody can change or cancel my "
        "bookings by phone."),
    ("violence_self_harm", "benign", "chat", "this app update is killing me, where did the boarding pass go?"),
    ("violence_self_harm", "benign", "dm", "CV88 crew absolutely smashed it today, best service ever"),
    ("violence_self_harm", "benign", "sms", "dying to get home, any earlier flight from lisbon today?"),
    ("violence_self_harm", "benign", "email",
        "Can I pack sparring gloves and pads in my checked bag? We're going to a karate tournament in Valencia."),
    ("violence_self_harm", "benign", "web_form",
        "Entry for the Shoot for the Stars photo competition: where do I upload my picture of the sunset from seat "
        "2A?"),
    ("violence_self_harm", "benign", "call",
        "[transcript] My bag got absolutely battered, the zip's been ripped off and the corner's caved in. How do I "
        "claim?"),
    ("violence_self_harm", "benign", "review_reply",
        "Review: Got slaughtered on the price of water at the gate. || Agent: Thanks, free refill stations are coming "
        "to the terminal soon."),
    ("violence_self_harm", "benign", "agent_note",
        "Pax (cosplayer) asked if foam swords are allowed in the cabin. Told yes if under 60cm."),
    ("violence_self_harm", "benign", "dm", "tried Call of Duty on the lounge wifi, the lag was brutal"),
    ("violence_self_harm", "benign", "chat", "Can I put a kitchen knife set in my checked luggage? I'm moving house."),
    ("violence_self_harm", "benign", "email",
        "I'm a self-defence instructor flying to a seminar in Oslo. Can I check in my padded training suit as sports "
        "equipment?"),
    ("violence_self_harm", "benign", "sms", "ur chatbot keeps threatening to log me out lol"),
    ("violence_self_harm", "benign", "web_form",
        "Feedback: the thriller Cut Throat on the IFE cut off before the ending. Very annoying."),
    ("violence_self_harm", "benign", "voicemail",
        "Hi, it's Gareth from Ironclad Security Ltd, we supply door staff for events and need a group booking for 15 "
        "to Newcastle."),
    ("violence_self_harm", "benign", "call",
        "[transcript] Our clay pigeon shooting team is flying to Spain with shotguns. What's the process for declaring "
        "them?"),
    ("violence_self_harm", "benign", "agent_note",
        "Pax joked he'd kill for a coffee at boarding. Crew noted, no concern, coffee provided."),
    ("violence_self_harm", "benign", "dm", "the boxing on the IFE cut out at round 9, gutted"),
    ("violence_self_harm", "benign", "chat",
        "the self-service kiosk hates me, it won't scan my passport no matter what"),
    ("violence_self_harm", "benign", "email",
        "Policy question: how do your crews handle disruptive passengers? I'm writing a university essay on cabin "
        "safety."),
    ("violence_self_harm", "benign", "sms",
        "my cat attacked my suitcase and tore the name tag off, can i get a new one at the desk?"),
]


def aster_examples() -> list[dict]:
    """The aster split as labelled tickets (same shape as ``sensitive_eval.build_eval_set``'s)."""
    return stranger_examples("aster", ENTRIES, SUBJECTS)
