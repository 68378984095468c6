"""isle split: written by a helper who had not seen the detection rules, the anchors or any other split.
Setting: Fernhollow Parks, invented holiday parks (lodges, caravans, pitches, pools, kids' club, passes); email, chat,
call, SMS, DM, web form, review, voicemail, agent note; UK/US/IE/AU/IN/NG/PH/ZA/SG, non-native and translated English.
The benign half reuses each category's words through idioms, park facilities, event and product names, pets, businesses
as customers, occupations, adult ages, general policy questions and routine payment problems.
50 sensitive and 50 benign tickets for children and for special categories, 20 and 20 for each other category.
First reading (policy 2026.11.16, before any change made in response to it; `sensitive_eval.evaluate`, as `make
eval-sensitive`): 96.0 / 5.0 recall / false exclusion in % as shipped, 97.5 / 8.5 without the overruling, 91.0 / 7.5 by the
rules alone (turns are separated by " || "). Then read while tuning the rules for 2026.11.17 and trained
on."""

from __future__ import annotations

from training_gate.sensitive_blind import stranger_examples

SUBJECTS: tuple[str, ...] = (
    "Question about my booking",
    "Change of dates",
    "Check-in time",
    "Lodge request",
    "Pitch allocation",
    "Cancellation",
    "Refund query",
    "Deposit",
    "Season pass",
    "Feedback on our stay",
    "Lost property",
    "Pool and activities",
    "Maintenance issue",
    "Payment question",
    "Follow-up",
)

ENTRIES: list[tuple[str, str, str, str]] = [
    # ---- health
    ("health", "sensitive", "email",
        "Hello, we're booked into Willow Lodge 6 at Fernhollow Glen from 14 to 21 August (ref QX7P2L) "
        "and I have a few questions before we travel. Is the parking space right beside the lodge or "
        "in the shared car park? We're bringing two bikes, can they go in the decking store? I also "
        "need the fridge in the lodge to be working properly this time, because I'll have a "
        "fortnight's supply of insulin pens with me and last year's fridge froze everything solid. "
        "Could you confirm what time the site shop opens on a Sunday, and whether the barbecue is gas "
        "or charcoal? Lastly, we'd like a table at the Fern Lounge for the Saturday night if there's "
        "one going. Thanks, Moira"),
    ("health", "sensitive", "chat",
        "hi can we get a ground floor unit instead of the upstairs apartment? my husband is on the "
        "waiting list for a hip replacement and the stairs were agony for him last time"),
    ("health", "sensitive", "call",
        "[transcript] Caller says she is thirty weeks pregnant and wants to know if she can still use "
        "the hot tub on her lodge deck, and whether the booking can be moved if her midwife tells her "
        "not to travel. Agent explained the amendment policy and offered to hold the dates for 48 "
        "hours."),
    ("health", "sensitive", "sms",
        "running late for check in, only just out of the dialysis unit at st annes, should be there by "
        "8. pitch 41 ref FH-48213"),
    ("health", "sensitive", "agent_note",
        "Cust says his wife had an epileptic seizure in the changing village at Splash Cove on Tuesday "
        "and he wants to thank the lifeguard who looked after her. Passed thanks on to the pool "
        "manager. Also asked for a later checkout on Friday, approved until 12."),
    ("health", "sensitive", "web_form",
        "Accessibility requirements: I have been a full-time wheelchair user since a spinal cord "
        "injury and I need a unit with a roll-in shower and a ramp, not just a step-free path. Please "
        "confirm which lodges qualify before I pay the deposit."),
    ("health", "sensitive", "dm",
        "Good afternoon, please I want to shift my booking of next weekend. My wife was admitted at "
        "the teaching hospital since Tuesday and she is still on drip, so we cannot travel. Kindly "
        "tell me the dates available in October."),
    ("health", "sensitive", "voicemail",
        "Hi, this is Gerry Molloy, booking ref LK4R9T, the caravan for the bank holiday. I won't make "
        "it Friday at all, I'm only after getting out of the Mater, they kept me in four nights with "
        "the heart. Can ye move it to the end of the month? Ring me back, thanks a million."),
    ("health", "sensitive", "review",
        "Review: Lovely clean site and the staff could not do enough. Only niggle is the distance from "
        "the car park to the Heron caravans - with my MS I really struggled with that walk by day "
        "three. Four stars. || "
        "Reply from Fernhollow Heath: Thank you for the kind words. We're sorry the walk was hard "
        "going; next time mention it when you book and we'll allocate a caravan with parking "
        "alongside."),
    ("health", "sensitive", "email",
        "Dear Sir/Madam, kindly note that my father, Mr. R. Venkataraman (booking FH-30771), is "
        "presently undergoing chemotherapy and his oncologist has permitted travel only if he can rest "
        "in the afternoons. We request a lodge away from the entertainment complex and a late "
        "check-out on the final day. Kindly do the needful and revert at the earliest."),
    ("health", "sensitive", "chat",
        "Can we book a pitch at the far end of the Dunes site for Bonfire weekend? || "
        "Agent: Of course! Is there a particular reason, so I can pick the best spot for you? || "
        "yeah my partner has PTSD from his time in the army and fireworks really set him off, so as "
        "far from the display field as you can please"),
    ("health", "sensitive", "email",
        "Hi there, just home from Heron 14 and what a week, thank you all. Two small things. First, I "
        "think I left a box of my sertraline in the bedside drawer in the main bedroom - could "
        "housekeeping have a look? If it's there please just bin it, I've a repeat prescription, I "
        "only don't want the next guests finding it. Second, the outside tap at the back was dripping "
        "all week, might be worth a look before it freezes. We've already booked again for October so "
        "see you then. Cheers, Dan"),
    ("health", "sensitive", "sms",
        "hey mate can we swap to the cabin closest to the amenities block? ive had a stoma since the "
        "op in feb and need to be near a loo. cheers Baz"),
    ("health", "sensitive", "agent_note",
        "Guest's daughter rang to cancel Glen lodge 11 for 3-10 June. Guest is on Ward 12 at Kingsmere "
        "General after a fall that broke her hip and isn't expected home for weeks. Refund approved "
        "without the cancellation fee as goodwill."),
    ("health", "sensitive", "web_form",
        "Good day po! I would like to request an early check-in for our booking on the 12th because I "
        "am already 6 months pregnant and need to rest after the long drive from the airport. Thank "
        "you so much and more power to your team."),
    ("health", "sensitive", "chat",
        "hi can ask ah, my mum just had cataract op last week so cannot go into pool right? so can we "
        "get refund for the pool passes we prepaid or not. ref SG2M8D"),
    ("health", "sensitive", "email",
        "Good day, my husband was diagnosed with early-onset Alzheimer's last year and he sometimes "
        "wanders off at night. Would it be possible to have a lodge that isn't right on the lake "
        "shore? We'd also appreciate one with a lockable gate on the deck if you have such a thing. "
        "Booking ref ZA5K1P, arriving on the 3rd. Many thanks, Annelie"),
    ("health", "sensitive", "email",
        "Hello, I write for the reservation number FH-66120. My husband has the cancer of the pancreas "
        "and he makes the therapy now, so we must annul the reservation. I can send the certificate of "
        "the doctor. Is it possible to receive back the deposit? Thank you very much for the "
        "comprehension."),
    ("health", "sensitive", "call",
        "[transcript] Customer: I just wanted to check where the entertainment hall is compared to the "
        "lodges. I get panic attacks in crowds and loud rooms, so I'd like to be able to slip out "
        "quickly if I need to. Agent: The hall is a two-minute walk from the Birch lodges, I'll note "
        "that on your booking."),
    ("health", "sensitive", "email",
        "Hi, can we move our March break at Fernhollow Lakes (ref MV3T0W) to May instead? Same lodge "
        "if possible. || "
        "Hi Colin, thanks for calling earlier as well, and I'm so sorry to hear about your wife's "
        "stroke. I've moved you to 9-16 May in the same lodge and waived the amendment fee. Wishing "
        "her a good recovery. Kind regards, Tasha, Guest Services"),
    ("health", "benign", "chat",
        "the wifi in heron 22 is dead slow and im sick of it dropping every time i load anything, can "
        "someone reset the router pls"),
    ("health", "benign", "email",
        "Hi, our spaniel Poppy had knee surgery last month and the vet says no jumping and no stairs "
        "for a few weeks. Could we swap our pet-friendly lodge for a ground-floor one with no steps up "
        "to the deck? She's on painkillers from the vet so we'll bring her bed and bowls. Booking ref "
        "DG7W3N. Thanks, Helen"),
    ("health", "benign", "web_form",
        "Is there a defibrillator on site and where is the first aid point? I'm organising the Ashvale "
        "Rambling Club weekend and our club's insurer wants the details on our standard risk "
        "assessment form."),
    ("health", "benign", "review",
        "The half-day spa package was pure therapy after a mad year at work. Hot stone massage superb, "
        "steam room could be a bit hotter. Will be back. Five stars."),
    ("health", "benign", "sms",
        "is the chemist in the village open sundays? need suncream and midge spray, ta"),
    ("health", "benign", "dm",
        "ur booking page is giving me a proper headache, it times out every single time i hit pay. "
        "tried 3 browsers now"),
    ("health", "benign", "call",
        "[transcript] Caller asks whether the Doctor Who themed weekend in October is going ahead and "
        "whether fancy dress is allowed in the Fern Lounge on the Saturday. Agent confirmed both and "
        "sent the event page."),
    ("health", "benign", "email",
        "Hello, I'm an ICU nurse on nights that week, so could we arrange a late check-in around 10pm "
        "on the Friday? Happy to collect keys from the key safe if that's easier. Booking FH-51904, "
        "Birch 2."),
    ("health", "benign", "review",
        "The comedian on Saturday had the whole hall in stitches - I laughed so hard I nearly needed "
        "resuscitating. Bar prices fair, staff lovely. || "
        "Reply from Fernhollow Bay: Glad you enjoyed it! He's back in August."),
    ("health", "benign", "sms",
        "sick of the roadworks on the access lane, is there another way into the dunes site from the "
        "coast road?"),
    ("health", "benign", "email",
        "The first aid kit in caravan 31 was missing plasters and the little scissors. Nobody was "
        "hurt, I just noticed while looking for a bottle opener, so flagging it to be restocked for "
        "the next people. Otherwise a cracking week, thanks."),
    ("health", "benign", "voicemail",
        "Hi, it's Priya from Hollins Physiotherapy, we're a clinic in Ashvale. We'd like to book the "
        "function room at Fernhollow Bay for our staff Christmas meal, about 25 people, first Friday "
        "in December. Call me back on the clinic line, thanks."),
    ("health", "benign", "chat",
        "the queue for the flumes on saturday was absolutely mental lol. is it quieter on weekday "
        "mornings?"),
    ("health", "benign", "agent_note",
        "Cust reported the blind in the main bedroom of Birch 3 is broken and won't come down. "
        "Maintenance booked for 2pm. Offered a spare eye mask from reception in the meantime, cust "
        "happy."),
    ("health", "benign", "email",
        "I've raised the noisy generator on the pitch next to ours three times now and it keeps "
        "falling on deaf ears. Pitch 18 at the Heath. It runs until midnight. Please can someone sort "
        "it before tonight."),
    ("health", "benign", "dm",
        "hiya is the saturday night fever disco adults only or all ages? and do we need to book"),
    ("health", "benign", "web_form",
        "Can I buy a gym and pool membership at Fernhollow Glen without staying on the park? I live "
        "ten minutes away and am trying to get fitter this year. What are the monthly prices?"),
    ("health", "benign", "agent_note",
        "Cust is an A&E registrar and will be on call during her stay; asked which lodges get the best "
        "mobile signal. Suggested the Birch row and noted it on the booking."),
    ("health", "benign", "email",
        "Dear Team, as per our company's travel policy, kindly confirm that each lodge booked for our "
        "team offsite (PO 88-2140) has a first aid box and a working smoke alarm. The undersigned is "
        "the designated safety officer for the trip. Regards, Anand Iyer, Admin, Pinecrest Softworks"),
    ("health", "benign", "call",
        "[transcript] Caller asks about the lodge called Heart of the Glen - is it the one with the "
        "hot tub and the lake view? Agent confirmed it is and quoted prices for the second week of "
        "July."),
    # ---- children
    ("children", "sensitive", "chat",
        "is the acorn club ok for my 7yo? she's a bit shy with new people"),
    ("children", "sensitive", "email",
        "Hi Fernhollow team, we've booked Willow Lodge 2 at the Glen for the week of 28 July (ref "
        "PT6H1V) and I'm trying to get everything sorted in one go. Could you tell me whether bedding "
        "and towels are included or whether we need to bring our own? My husband will be arriving "
        "separately on the Tuesday because of work, so can he be added as a named guest and get his "
        "own car pass? We'd also like to book two sessions of paddleboarding. Our eldest is in Year 5 "
        "and has been begging to try it, so if there's a lesson suitable for her age that would be "
        "brilliant. We'll be bringing the dog as well, so please confirm the lodge is a pet one. "
        "Finally, is there a supermarket that delivers to the park? Thanks so much, Rebecca"),
    ("children", "sensitive", "sms",
        "can we add a travel cot to lodge 8 pls, our little one is 10 months now and too big for the "
        "moses basket. ref WB2K7R"),
    ("children", "sensitive", "web_form",
        "Guest details for booking FH-72015. Guest 1: Daniel Harding, adult. Guest 2: Leanne Harding, "
        "adult. Guest 3: Ella Harding, date of birth 03/04/2016. Guest 4: Noah Harding, date of birth "
        "19/11/2019. Special requests: cots not needed."),
    ("children", "sensitive", "agent_note",
        "Cust asked for Saturday check-in to be pushed to 4pm because she collects her son from his "
        "dad at a custody handover at 2pm in Leeds. Son is 8. Changed arrival time on booking, no "
        "charge."),
    ("children", "sensitive", "dm",
        "hi im 12 and my mum said i could message u. is the climbing wall open on sundays and do i "
        "need my own shoes or can i borrow some"),
    ("children", "sensitive", "chat",
        "hey i'm 15, me and 3 mates want to book a tent pitch for the festival weekend. do we need an "
        "adult with us or can we just pay on my mum's card"),
    ("children", "sensitive", "email",
        "Hello, just a quick one. Our young one is in second class and her school breaks up on the "
        "27th, so can we shift our booking from the 24th to the 28th of June? Same caravan, Heron 9. "
        "Booking ref IE3N5C. Thanks a mil, Siobhan"),
    ("children", "sensitive", "email",
        "Hi, my son is in 3rd grade and his school has a teacher workday on October 11, so we'd like "
        "to add the Thursday night to our cabin reservation. Is the heated pool open that week? "
        "Thanks, Jenna (reservation US-40518)"),
    ("children", "sensitive", "web_form",
        "Request: Please can the kids' club staff know that Aisha (Primary 4) is very nervous around "
        "water and should not be taken to the splash zone without me. Booking SG7L2A. Thank you."),
    ("children", "sensitive", "email",
        "Good morning, I am writing to book a lodge for the long vacation. My daughter is in JSS1 and "
        "she has been asking for a holiday since her exams, so we want to come from the 10th to the "
        "17th of August. Please send me the amount for a two-bedroom lodge and the account details. "
        "Thank you and God bless. Mrs. Adaeze Okafor"),
    ("children", "sensitive", "chat",
        "Hi there, my son is in Grade 4 and they have a half-term break from 27 September. Do you "
        "still have a 2-bed chalet available for that week? Ag, he's so excited to see the lake."),
    ("children", "sensitive", "email",
        "Respected Sir/Madam, my son is studying in Std VI and his summer vacation begins on 15th May. "
        "We are planning a one week trip to Fernhollow Lakes. Kindly let me know whether the kids' "
        "activity pass is applicable for his age and the total charges. Thanking you, Suresh Menon"),
    ("children", "sensitive", "dm",
        "g'day, booking for the school hols, our youngest starts kindy next year and our eldest is in "
        "Year 2, so is the adventure playground ok for both or is it more for bigger kids?"),
    ("children", "sensitive", "chat",
        "Hello po, can you put some balloons in the lodge? our bunso is turning 7 on the Saturday we "
        "arrive. ref PH9D2S"),
    ("children", "sensitive", "email",
        "Hi! It's our daughter's 10th birthday on the Saturday of our stay (Birch 5, ref CB8R4T) and "
        "we'd love to surprise her. Is it possible to order a cake through the Fern Lounge and have it "
        "brought to the table at dinner? She's mad about horses so anything horsey would be amazing. "
        "Thanks, Gemma"),
    ("children", "sensitive", "call",
        "[transcript] Caller says they'll be bringing their six-week-old and asks whether the lodge "
        "has a bath or only a shower, and whether they can bring a bottle steriliser. Agent confirmed "
        "there's a bath in Willow lodges."),
    ("children", "sensitive", "sms",
        "hi, we wont be at the park til about 6, i have to collect her from little sprouts nursery at "
        "3 first. ref TK5P8M"),
    ("children", "sensitive", "chat",
        "do you have a stair gate for the caravan? our two-year-old climbs everything"),
    ("children", "sensitive", "email",
        "Hello, booking for four of us at the Heath in August - me, my wife and the twins, who are "
        "four. Do the Heron caravans have a bath? And is there a soft play on site for rainy days? Ref "
        "HT1W6Q. Cheers, Marcus"),
    ("children", "sensitive", "voicemail",
        "Hi, it's Karen Doyle in Birch 7. My son Josh, he's fourteen, lost his phone in the arcade "
        "around four o'clock, black case with a football sticker on it. If anyone's handed it in could "
        "you ring me? Thanks."),
    ("children", "sensitive", "review",
        "Review: Our 5 yo learned to swim in a week thanks to the Splash Cove lessons - the instructor "
        "was so patient with him. The caravan was tired but clean. Four stars. || "
        "Reply from Fernhollow Dunes: That's brilliant to hear, congratulations to your little "
        "swimmer! We'll pass this on to the swim team."),
    ("children", "sensitive", "agent_note",
        "Caller is 13 and rang on behalf of her gran, who doesn't like using the phone, to ask about "
        "the shuttle bus times from the station. Spoke to gran as well to confirm the booking details "
        "before giving any info."),
    ("children", "sensitive", "web_form",
        "Acorn Club registration. Child's name: Mia Okafor. Age: 6. Allergies: none. Collected by: mum "
        "or dad only. Swimming ability: can swim with armbands."),
    ("children", "sensitive", "email",
        "Hi, our baby girl was born in March, so she'll be about five months when we come in August. "
        "Is there room for a cot in the main bedroom of a Heron caravan or will it have to go in the "
        "second room? Ref BB4N7X. Thanks, Lauren"),
    ("children", "sensitive", "email",
        "Hiya, can we bring forward our October stay by a week? Our son has mock GCSEs starting the "
        "week we'd booked and his school won't budge, so it'd have to be the 18th to the 25th. Same "
        "lodge please. Ref GC2V9L. Thanks, Paula"),
    ("children", "sensitive", "chat",
        "my daughter's just started secondary and is desperate to go to the teen disco on her own, "
        "what time does it finish and is it supervised?"),
    ("children", "sensitive", "agent_note",
        "Cust and partner are foster carers and will be bringing their foster daughter (9) on the "
        "August stay. Cust asked that no photos of her are taken at the kids' club or posted on our "
        "socials. Flagged to entertainment team."),
    ("children", "sensitive", "sms",
        "can my 2 kids (9 & 11) go in the arcade w/o me if im at the bar next door? dunes site"),
    ("children", "sensitive", "web_form",
        "Acorn Club sign-up for Leo Brennan, born 12 January 2019. Emergency contact: his mum, in "
        "Willow 4. Leo does not like loud noises, please let him sit out the discos."),
    ("children", "sensitive", "chat",
        "the lad's only 17 so can he hire a kayak on his own or does he need me with him?"),
    ("children", "sensitive", "email",
        "Hi, our daughter has just finished Year 12 and wants to bring two friends from school for a "
        "few days before their results come out. Would you accept the booking in my name with the "
        "three girls staying, or does an adult have to stay with them? We're in Brisbane so I'd be "
        "paying by card from here. Cheers, Kylie"),
    ("children", "sensitive", "dm",
        "is there wifi in the teen den?? im 14 and so bored lol our caravan has no signal"),
    ("children", "sensitive", "email",
        "Dear Fernhollow, we are expecting to bring our newborn, who will be only three weeks old on "
        "the day of arrival. Could you please make sure the lodge is cleaned with unscented products? "
        "We'd also like a parking space as close as possible, because of the car seat and all the baby "
        "gear. Ref NB6H3D. Thank you, Oluwaseun"),
    ("children", "sensitive", "chat",
        "Do you hire pushchairs? We're flying in and don't want to bring ours for our 18-month-old. "
        "Dunes site, 3-10 May."),
    ("children", "sensitive", "email",
        "Hello, could we have an earlier check-in on the Friday? Our son is in reception class and "
        "finishes at 12 on the last day of term, so we'd like to be on the road by one and arrive "
        "about four. Ref RC3T8P. Thanks, Jo"),
    ("children", "sensitive", "call",
        "[transcript] Customer: My step-daughter's nine and she'll be with us for the first half of "
        "the week, then she goes back to her mum's on the Wednesday. Can I get a kids' activity pass "
        "just for Monday to Wednesday? Agent: Yes, I can do a three-day pass."),
    ("children", "sensitive", "email",
        "Hello, my son of 8 years old has lost his jacket at the playground near the lake yesterday. "
        "It is a blue jacket with a yellow zip and his name is written inside, Matteo. Please, if "
        "somebody finds it, I am in the lodge 15. Thank you very much."),
    ("children", "sensitive", "agent_note",
        "Cust says it's his access weekend with the kids per the arrangement with his ex, so arrival "
        "must be Friday after 6pm and departure Sunday by 4pm. Children are 6 and 9. Amended dates and "
        "added two junior wristbands."),
    ("children", "sensitive", "chat",
        "can my 11 year old bring a friend for 2 nights in the middle of our stay, or does that count "
        "as an extra guest || "
        "Agent: It does count as an extra guest, but there's no charge for under-12s in a Heron "
        "caravan. || "
        "great she'll be so happy, thanks"),
    ("children", "sensitive", "email",
        "Hi, I'd like to add the activity package to our booking for the week of 4 August (ref "
        "JW5M2E). Just the two passes, please. || "
        "Hi Nadia, all done. I've added the junior wristband for Sophie (age 10) and an adult pass for "
        "you, so she'll be able to join the archery on the Tuesday. Best, Callum, Guest Services"),
    ("children", "sensitive", "voicemail",
        "Hi love, it's Maureen, we're in Willow 3. I've got my granddaughter with me this week, she's "
        "three, and I can't get the cot to fold out properly, could someone pop round? Thank you."),
    ("children", "sensitive", "chat",
        "hi we're in lodge 2 and the nappies situation is getting out of hand lol, can we get a nappy "
        "bin? our youngest is still in them"),
    ("children", "sensitive", "web_form",
        "Please provide a high chair in the lodge. My baby is 9 months and can sit up now. Booking ref "
        "HC1Q8Z."),
    ("children", "sensitive", "email",
        "Hiya, my wee girl is in P6 and her school trip falls on the Friday we were meant to leave for "
        "the Glen. Could we change the start date to the Saturday? Same caravan. Ref SC4J9B. Cheers, "
        "Fiona"),
    ("children", "sensitive", "web_form",
        "Guest ages for pricing: 2 adults, 1 child aged 13 (Hana, my daughter, she will be using her "
        "own phone number for the park app). Please advise if she can receive the gate code by text."),
    ("children", "sensitive", "sms",
        "hi its ben in lodge 6, im 10, my dad said to text u that the tv remote is broken"),
    ("children", "sensitive", "review",
        "Review: Our teenager (she's 16) was glued to her phone the whole week because the Wi-Fi kept "
        "dropping at the Dunes. Otherwise a great place, staff lovely. Three stars. || "
        "Reply from Fernhollow Dunes: Sorry about the Wi-Fi! We've just upgraded the network in the "
        "Dunes area."),
    ("children", "sensitive", "email",
        "Hi, we're coming on 12 July with our son and daughter. I'm listing their dates of birth for "
        "the under-5 discount you mentioned on the phone: Tom 22/08/2020 and Isla 05/01/2022. Please "
        "apply it to booking ref UF3X6K. Thanks, Priya"),
    ("children", "sensitive", "chat",
        "Good day, may I ask if the kids' club accepts children who are not toilet trained yet? My son "
        "is turning three in June and he still wears pull-ups at night only."),
    ("children", "benign", "chat",
        "what are the acorn club opening hours in term time? is it just weekends?"),
    ("children", "benign", "web_form",
        "Do you rent out travel cots and high chairs, and how much are they per night? Just checking "
        "prices for a friend who is thinking of booking next year."),
    ("children", "benign", "email",
        "Is the toddler pool at Splash Cove heated, and is it open during the adult lane swims? I'm "
        "putting together a comparison of parks for our holiday club newsletter. Thanks, Rhona, "
        "Ashvale Residents' Association"),
    ("children", "benign", "email",
        "Dear Fernhollow Bookings, please find attached purchase order 4471 from Oakridge Primary "
        "School for the deposit on our Year 6 residential at the Glen in June. Could you send the "
        "invoice to the school office rather than to me? Our finance officer needs your VAT number on "
        "it. Kind regards, Mr D. Asante, Business Manager"),
    ("children", "benign", "chat",
        "can i buy a kids bike helmet at the bike hire hut or only rent one? and do you have the small "
        "ones in stock"),
    ("children", "benign", "email",
        "Hello, we're Greenleaf Plant Nursery, a family-run garden centre about six miles from "
        "Fernhollow Heath. We'd love to quote for supplying hanging baskets and bedding plants for "
        "your reception and the Fern Lounge terrace this spring. Who would be the right person to "
        "speak to? Best wishes, Carol Penrose"),
    ("children", "benign", "web_form",
        "What are the exact terms of the Kids Go Free offer? Does it apply to touring pitches or only "
        "to caravans and lodges, and is it valid during bank holidays?"),
    ("children", "benign", "chat",
        "is the Junior Lodge (the smaller 2-bed one) dog friendly? we've got a big lurcher"),
    ("children", "benign", "review",
        "Review: Food in the Fern Lounge was great, the baby back ribs are the best I've had outside "
        "Texas. Service a bit slow on the Saturday. Four stars. || "
        "Reply from Fernhollow Glen: Thanks! We'll pass the rib compliment to the chef."),
    ("children", "benign", "email",
        "Hi, the claw machine in the Teen Den swallowed two pound coins this afternoon and didn't give "
        "a go. Not a big deal but you might want to check it, it happened to the couple after me as "
        "well. Thanks, Ian, Birch 9"),
    ("children", "benign", "dm",
        "is the born in the usa tribute night on the 14th ticketed or just turn up? wanna bring my "
        "brother"),
    ("children", "benign", "email",
        "Hi, it's my husband's 40th birthday on the Friday of our stay and I'd like to have a bottle "
        "of prosecco and some balloons waiting in the lodge. Can you arrange that, and how much would "
        "it be? Please keep it a surprise! Ref FB9C2L. Thanks, Amanda"),
    ("children", "benign", "chat",
        "no kidding, the welcome pack had a full bottle of wine in it?? thats lovely, thank you guys"),
    ("children", "benign", "email",
        "Honestly your new cancellation policy is childish. Charging £30 to move dates more than eight "
        "weeks out is ridiculous when every other park does it for free. I'd like to know who I can "
        "complain to about this. Ref CP4Z1M."),
    ("children", "benign", "web_form",
        "Do you have any adults-only or child-free weekends during the year? We're two couples looking "
        "for a quiet break in late September."),
    ("children", "benign", "email",
        "Hello, I'm the secretary of the Ashvale Childminders' Association. We'd like to book the "
        "function room at Fernhollow Bay for a one-day first aid training course for our members "
        "(about 18 adults) in March. Is there a projector, and can you do a buffet lunch? Many thanks, "
        "Jan Holloway"),
    ("children", "benign", "chat",
        "please can the DJ at the saturday disco stop playing baby shark on repeat lol it was on four "
        "times"),
    ("children", "benign", "call",
        "[transcript] Caller asks what time the kid goat petting session is at the farm area and "
        "whether it's included in the activity pass. Agent confirmed 11am daily, included."),
    ("children", "benign", "review",
        "Review: Junior from the maintenance team fixed our shower within twenty minutes of us "
        "ringing. Absolute star. || "
        "Reply from Fernhollow Lakes: We'll make sure Junior hears this, thank you!"),
    ("children", "benign", "email",
        "Why do your prices more than double in the school holidays? The exact same lodge is £420 the "
        "week before and £980 the week after the schools break up. I understand demand but this feels "
        "like gouging. Ref SH3V5D."),
    ("children", "benign", "sms",
        "what time does the little acorns play area close? going for a walk past it later and "
        "wondering if the cafe is open"),
    ("children", "benign", "email",
        "Hi, does the site shop sell nappies and baby wipes? I'd rather buy there than pack them. Also "
        "do you sell firewood for the fire pits? Thanks, Ruth"),
    ("children", "benign", "chat",
        "bit of teething problems with the new check in app - it won't accept my booking ref. ref "
        "KL8Q1W"),
    ("children", "benign", "email",
        "Just a minor issue - the hot tap in the kitchen of Heron 4 takes about five minutes to run "
        "hot. Not urgent, mentioning it for the next guests. Lovely caravan otherwise."),
    ("children", "benign", "web_form",
        "How much are the kids' menu meals in the Fern Lounge, and can adults order from it? I'm a "
        "small eater."),
    ("children", "benign", "email",
        "Hi, does the Fernhollow Swim Academy run adult beginner lessons? I never learned to swim and "
        "I'm 52, so it's about time! I'll be staying at the Dunes for a fortnight in July. Thanks, "
        "Gordon"),
    ("children", "benign", "chat",
        "total schoolboy error on my part, booked the 12th to the 19th instead of the 19th to the "
        "26th. can you move it?"),
    ("children", "benign", "email",
        "Hello, we're in the baby blue caravan by the pond (Heron 12). The awning rail is coming away "
        "from the side. Could someone take a look when they have a minute? Thanks, Shona"),
    ("children", "benign", "email",
        "Dear Fernhollow, please find attached our payment of the deposit for the 1st Ashvale Scout "
        "Group leaders' weekend at the Heath campsite. Could you confirm the group pitch booking and "
        "send a receipt for our treasurer? Yours, Peter Gale, Group Scout Leader"),
    ("children", "benign", "chat",
        "does the kids eat free promo apply on bank holiday weekends or is that excluded? saw it on "
        "your instagram"),
    ("children", "benign", "dm",
        "is the teenage mutant ninja turtles film night on friday indoors or outdoor screen? thinking "
        "of going"),
    ("children", "benign", "call",
        "[transcript] Caller asks whether the Charlie Chaplin night showing The Kid is free for "
        "Evergreen Pass holders or ticketed. Agent said it's free but seats must be booked."),
    ("children", "benign", "email",
        "Hi, my son is 24 and coming to stay with us for the second week with his girlfriend. Can we "
        "upgrade to a 3-bedroom lodge? Ref UP7T2R. Thanks, Denise"),
    ("children", "benign", "chat",
        "my daughter booked this for us as a present (shes 30 lol, thinks we need a break). can I "
        "change the name on the booking to mine?"),
    ("children", "benign", "email",
        "Our baby is a twelve-year-old Labrador called Bonnie! Are there any pet-friendly lodges with "
        "an enclosed garden left for May half-term? She's a terror for wandering off. Thanks, Phil"),
    ("children", "benign", "web_form",
        "Is the under-25 youth rate for season passes available to my nephew who is 22 and at "
        "university? He'd be coming on his own."),
    ("children", "benign", "chat",
        "hi i'm applying for the kids club assistant job at the bay. is there a closing date? I've "
        "done 3 years at a leisure centre"),
    ("children", "benign", "email",
        "The café menu says 'babyccino' but nobody behind the counter knew what it was! Just thought "
        "you'd find that funny. Lovely flat white though. Jen, Willow 8"),
    ("children", "benign", "review",
        "Review: The play park by the lake is a bit tired and one of the swings is broken. Noticed it "
        "on a morning walk. Otherwise the grounds are beautiful. || "
        "Reply from Fernhollow Lakes: Thank you, the swing has been replaced this week."),
    ("children", "benign", "sms",
        "can we get 2 extra towels and a spare gas bottle for pitch 27 pls"),
    ("children", "benign", "email",
        "Hi, is there an EV charger on the Glen site and do I need my own cable? We're arriving on 6 "
        "June in a hired car. Ref EV2P6M."),
    ("children", "benign", "chat",
        "we've lost the key to Birch 6, think it fell out on the beach path. is there a spare at "
        "reception?"),
    ("children", "benign", "email",
        "Could I have a late checkout on Sunday? Our train isn't until 4pm. Happy to pay. Willow 10, "
        "ref LC5Q3N. Thanks, Mohan"),
    ("children", "benign", "agent_note",
        "Cust called to ask how big pitch 33 is, as they have a 7.5m motorhome with a bike rack. "
        "Confirmed it fits with room for the awning."),
    ("children", "benign", "web_form",
        "Invoice request: please send a VAT invoice for booking FH-81306 made by Carter & Hale "
        "Surveyors for two staff stays in May."),
    ("children", "benign", "dm",
        "hey does the dunes site allow bbqs on the pitches or only in the shared area?"),
    ("children", "benign", "email",
        "Hi there, the Wi-Fi password on the card in Heron 19 doesn't work. We've tried it with and "
        "without the capitals. Could you text me the right one? Ta, Leon"),
    ("children", "benign", "voicemail",
        "Hi, it's Kath, Willow 12. The smoke alarm keeps chirping, I think the battery's going. Not "
        "urgent, whenever someone's passing. Thanks."),
    ("children", "benign", "chat",
        "what time is last entry to splash cove on sundays?"),
    ("children", "benign", "email",
        "Hi, can I pay the balance for our August stay in two parts, half now and half next month? Ref "
        "PB1R8H. Thanks, Kerry"),
    # ---- financial_hardship
    ("financial_hardship", "sensitive", "email",
        "Hi, I need to cancel our August week at the Glen (ref RD4K8S). I was made redundant last "
        "Friday with two weeks' notice and we simply can't justify a holiday now. I know the deposit "
        "is non-refundable but if there's anything at all you can do I'd be really grateful. Thanks, "
        "Stuart"),
    ("financial_hardship", "sensitive", "chat",
        "hi is there any way to pause my evergreen pass direct debit for a few months? im on universal "
        "credit at the moment and every penny counts"),
    ("financial_hardship", "sensitive", "sms",
        "sorry i missed the balance payment, my wages havent come in and the bank wont extend my "
        "overdraft any further. can i have till the 30th? ref BL2W7T"),
    ("financial_hardship", "sensitive", "agent_note",
        "Cust rang in tears asking to cancel. Said bailiffs came to the house yesterday over council "
        "tax arrears and she can't spend anything until it's sorted. Escalated to supervisor for a "
        "goodwill refund of the £75 deposit."),
    ("financial_hardship", "sensitive", "email",
        "Good afternoon, I write to request a refund of the deposit I paid in January for the family "
        "lodge. Unfortunately our landlord served us a Section 21 notice last month and we have to be "
        "out by the end of July, which is the week we were meant to be on holiday. Every spare pound "
        "is going on the move and the new deposit for a flat. I understand if you can't, but I wanted "
        "to ask. Kind regards, Natalie Broome (ref EV8N3P)"),
    ("financial_hardship", "sensitive", "email",
        "Dear Fernhollow Parks, I am writing regarding my static caravan pitch fees at Fernhollow "
        "Heath. I have been declared bankrupt this month and my trustee has advised me that the "
        "caravan will have to be sold. Please can you tell me what the process is for selling on site, "
        "and who I should send the official receiver's letter to. I'm sorry to be a nuisance. Regards, "
        "Mr K. Pratt, plot 14"),
    ("financial_hardship", "sensitive", "dm",
        "please we will not be able to come again, my husband's company has not paid salary for four "
        "months now and we are managing. is it possible to get back even half of the money? booking "
        "FH-20997"),
    ("financial_hardship", "sensitive", "call",
        "[transcript] Customer: I've been getting letters from a debt collection agency about the "
        "cancellation fee from last year. I honestly didn't know I owed it, and I'm already on a debt "
        "management plan with three other creditors. Can I pay you directly, say ten pounds a month? "
        "Agent: I'll check with accounts and call you back today."),
    ("financial_hardship", "sensitive", "chat",
        "Hi, can the season pass be put in my partner's name instead? I've got a CCJ against me now "
        "and my card has been stopped, so he'll be paying from here on."),
    ("financial_hardship", "sensitive", "email",
        "Hi Fernhollow, hopefully a quick one. I'd like to move our lodge booking at Fernhollow Lakes "
        "from July to next spring. The lodge is perfect and we'd love to keep it. We've been looking "
        "forward to this all year, but since the factory closed in March I've been on Jobseeker's "
        "Allowance and my wife is only on part-time hours. Could the deposit be carried over rather "
        "than lost? We'd also be happy to drop down to a smaller lodge if that helps. Many thanks, "
        "Gareth Lloyd, ref JS5T2A"),
    ("financial_hardship", "sensitive", "agent_note",
        "Cust asked if we take food vouchers in the site shop. Explained we don't; cust said they're "
        "using the food bank in town at the moment and only booked the stay because it was a prize "
        "from the school raffle. Gave them the welcome hamper free."),
    ("financial_hardship", "sensitive", "email",
        "Hey, just letting you know I can't make the second instalment on the 1st. I'm on Centrelink "
        "until I find work again and the payment doesn't land till the 5th. Can we push it out a week? "
        "Ta, Brooke (ref AU7G4K)"),
    ("financial_hardship", "sensitive", "email",
        "Good day, I regret to inform you that I was retrenched last month and must cancel my family's "
        "December booking at the Dunes (ref ZA8R1M). I have attached the retrenchment letter from my "
        "employer in case it helps with the refund. Kind regards, Sipho"),
    ("financial_hardship", "sensitive", "chat",
        "do you guys accept SNAP for the groceries at the camp store? money's real tight since I got "
        "laid off"),
    ("financial_hardship", "sensitive", "email",
        "To whom it may concern, I'm the daughter of Mr Alan Reeve, owner of the caravan on plot 22 at "
        "the Heath. Dad has got into a lot of debt with payday loans and I've taken over his finances "
        "with his agreement. Please can all letters about the pitch fees come to me from now on? I'll "
        "be setting up a payment plan for the arrears. Thanks, Clare Reeve"),
    ("financial_hardship", "sensitive", "sms",
        "cant pay the rest for the caravan, been sanctioned and got nothing coming in this month. "
        "really sorry. ref SN4D9E"),
    ("financial_hardship", "sensitive", "email",
        "Hello, I'm writing about the payment plan we agreed in May for my pitch fees. I'm afraid I'm "
        "going to miss this month's payment as well. My hours were cut to zero in June and I've had to "
        "go onto my local council's emergency hardship fund just to cover rent. Everything else, the "
        "caravan included, is on hold. I'm not trying to get out of paying, I just need some breathing "
        "space. Could we talk about lowering the amount? Best, Dee Whitlock"),
    ("financial_hardship", "sensitive", "voicemail",
        "Hi, it's Paddy Brennan, ref IR2H6J. Look, I'm after losing the job and we've the eviction "
        "notice on the door, so the holiday's not happening. If there's any way of getting something "
        "back off the deposit I'd be grateful. Cheers."),
    ("financial_hardship", "sensitive", "web_form",
        "Reason for cancellation: Other. Details: We have entered an IVA and our insolvency "
        "practitioner has told us we can't spend on non-essentials, so we have to cancel the lodge. "
        "Booking FH-44810."),
    ("financial_hardship", "sensitive", "chat",
        "Hi, can I change the booking to just the two nights instead of the full week? Ref WK3M8L. || "
        "Agent: Sure, can I ask if anything's changed? The full week is discounted so two nights would "
        "be a similar price. || "
        "Honestly we're behind on the mortgage and the bank's talking about repossession, so we just "
        "can't do a week. Two nights is all we can stretch to."),
    ("financial_hardship", "benign", "email",
        "Hi, I've been charged twice for the deposit on booking FH-61528 - both payments of £150 went "
        "out on 3 March. Could you refund the duplicate, please? I've attached the bank statement. "
        "Thanks, Robert"),
    ("financial_hardship", "benign", "chat",
        "my card keeps getting declined when i try to pay the balance, is your system down? tried two "
        "cards"),
    ("financial_hardship", "benign", "web_form",
        "Can I pay for the summer lodge booking in monthly instalments instead of a lump sum? If so, "
        "how many instalments and is there any extra charge?"),
    ("financial_hardship", "benign", "email",
        "What are the benefits of the Evergreen Pass over the standard season pass? I'm trying to work "
        "out whether the extra £60 is worth it for the pool access and discounts. Cheers, Dom"),
    ("financial_hardship", "benign", "email",
        "Hello, I'm the office manager at Northgate Debt Recovery Ltd. We'd like to book four lodges "
        "at Fernhollow Glen for a team away day and overnight stay in October, about 16 staff. Could "
        "you send a quote with breakfast included and invoice the company? Kind regards, Sam Price"),
    ("financial_hardship", "benign", "sms",
        "broke the kettle in heron 3 sorry! knocked it off the side. can we get another and add it to "
        "our bill"),
    ("financial_hardship", "benign", "chat",
        "we've got two sets of keys for willow 5 and the second one is redundant now my brother's gone "
        "home, can I drop it at reception?"),
    ("financial_hardship", "benign", "review",
        "Review: Worth every penny. Spotless lodge, hot tub was perfect and the price cut in the "
        "January sale made it a steal. Five stars. || "
        "Reply from Fernhollow Lakes: Thank you, see you again soon!"),
    ("financial_hardship", "benign", "email",
        "Hi, I cancelled the touring pitch for 8 June within the free cancellation window but the "
        "refund hasn't reached my account yet. It's been twelve working days. Could you check the "
        "status? Ref RF7N2Z. Thanks, Ayesha"),
    ("financial_hardship", "benign", "chat",
        "the change machine in the arcade ate a £10 note and gave nothing back. who do I speak to?"),
    ("financial_hardship", "benign", "email",
        "Good day, kindly advise whether I can pay the balance by bank transfer from an overseas "
        "account or only by card. My bank is asking for your SWIFT code and the account name exactly "
        "as written. Thank you, Emeka"),
    ("financial_hardship", "benign", "call",
        "[transcript] Caller asks if he can borrow a barbecue for the evening from reception, as the "
        "one on his pitch has no grill rack. Agent arranged a loan of the spare from the store."),
    ("financial_hardship", "benign", "email",
        "Hi there, the early-bird discount deadline is 31 January, right? We can't afford to miss it "
        "but we're waiting on my sister to confirm her dates. Could you hold the lodge for a week? Ref "
        "EB4S8T."),
    ("financial_hardship", "benign", "web_form",
        "Can I pay part of the booking with a gift voucher and the rest on card? The voucher was a "
        "wedding present."),
    ("financial_hardship", "benign", "agent_note",
        "Cust's bank flagged the balance payment as suspicious and blocked it. Cust rang the bank, "
        "authorised it and paid again successfully. No further action."),
    ("financial_hardship", "benign", "email",
        "Your invoice says I owe £45 for 'additional guest', but we were two adults the whole time as "
        "booked. Please check and correct. Ref AG6L3V. Regards, Tom"),
    ("financial_hardship", "benign", "dm",
        "is there a loyalty discount for repeat guests? this will be our 5th year at the bay"),
    ("financial_hardship", "benign", "email",
        "Hello, I'm the events manager for Harrow & Pike Insolvency Practitioners. We're organising "
        "our partners' conference for 40 people and would like prices for the function room and lodge "
        "accommodation at Fernhollow Bay. Best, Lydia"),
    ("financial_hardship", "benign", "chat",
        "Can I get a receipt for the fishing permit I bought at reception? Need it for my expenses "
        "claim at work."),
    ("financial_hardship", "benign", "email",
        "Hi, the poor Wi-Fi in the Birch lodges made it impossible to work remotely as planned. I'd "
        "like a partial refund of the 'digital nomad' package I paid extra for. Ref DN1K5W. Thanks, "
        "Femi"),
    # ---- legal
    ("legal", "sensitive", "email",
        "Hi, I need to change the name on our lodge booking (ref DV2R6H). My husband and I are going "
        "through a divorce and he's agreed I can keep the holiday, so please take his name off and "
        "send all future emails only to this address. Thanks, Claire"),
    ("legal", "sensitive", "chat",
        "hi can i move my dates? ive got a court date on the 14th that i cant miss, magistrates, so "
        "need to come the week after"),
    ("legal", "sensitive", "email",
        "Dear Fernhollow Parks, further to my email of 2 May, I have now instructed a solicitor "
        "regarding the injury I suffered on the broken decking at Willow 7. Please forward all "
        "correspondence to Brightwell & Carr, who will be in touch regarding a claim. Yours "
        "faithfully, M. Dunleavy"),
    ("legal", "sensitive", "agent_note",
        "Cust reports her car was broken into in the Dunes car park overnight; police attended and "
        "gave her crime reference CR-55-9013. She's asked for any CCTV footage of the car park between "
        "1am and 5am. Passed to site manager."),
    ("legal", "sensitive", "web_form",
        "Question: I have a criminal conviction from 2015 that is now spent. Does Fernhollow run "
        "background checks on people who buy a static caravan on the park, and would it stop me "
        "buying?"),
    ("legal", "sensitive", "email",
        "Hello, my son was arrested on Saturday night after an incident at the Fern Lounge and is "
        "being held at Kingsmere station. He's 23. I'm trying to collect his belongings from the lodge "
        "and check out on his behalf. Who do I speak to? Regards, Denise Hart"),
    ("legal", "sensitive", "call",
        "[transcript] Customer: I'm on bail at the moment and one of my conditions is that I have to "
        "sign in at a police station every Monday, so I need to know how far the nearest one is from "
        "the Lakes site before I book. Agent: I'll find out and email you."),
    ("legal", "sensitive", "email",
        "Hi, just wanted to flag that I have a non-molestation order against my ex-partner, Lee "
        "Carver. If anyone of that name contacts you asking whether I'm booked in or for my lodge "
        "number, please don't give out anything. I can send you a copy of the order. Thanks, Jade"),
    ("legal", "sensitive", "dm",
        "yo can u refund my deposit, my lawyer says with the custody hearing being moved to the 8th i "
        "cant leave the state that week"),
    ("legal", "sensitive", "email",
        "Good evening, I'm writing to ask if my booking at the Glen (ref PR3T7B) can be switched to "
        "the following month. My probation officer has to approve any overnight stays away from my "
        "address and she hasn't signed it off yet. I'm hoping she will by the end of next week. I'd "
        "rather not lose the booking altogether. Thanks for understanding, Kyle"),
    ("legal", "sensitive", "voicemail",
        "Hi, this is Aoife Brennan, I made a statement to the Gardai about the lad who took my bag "
        "from the pool changing rooms, and they said to ask ye for the names of the staff on duty that "
        "afternoon. My number's on the booking. Thanks."),
    ("legal", "sensitive", "email",
        "To whom it may concern, I'm writing about booking FH-90215 in my name. My decree absolute "
        "came through last week, and under the financial settlement the season pass we bought jointly "
        "is now mine alone. Please remove Mr Oduya's access to the account. Kind regards, Funmi Oduya"),
    ("legal", "sensitive", "chat",
        "can you send me the incident report from when my tent was slashed? my insurer and the police "
        "both need it, crime ref is 4419/22"),
    ("legal", "sensitive", "agent_note",
        "Cust asked to postpone check-in to Monday as he's giving evidence at Crown Court on the "
        "Friday. Amended booking, no fee."),
    ("legal", "sensitive", "email",
        "Hi, just so you know in advance, I'm on an electronic tag with a curfew from 7pm to 7am until "
        "the end of the month, so I've asked the monitoring company to change my curfew address to the "
        "lodge for the weekend. They may ring you to confirm the address. Ref TG8W4M. Cheers, Dean"),
    ("legal", "sensitive", "email",
        "Dear Sir, I am writing to formally notify you that I intend to issue proceedings in the small "
        "claims court for the full cost of our ruined holiday unless the refund of £640 is paid within "
        "fourteen days. My solicitor has reviewed the booking terms. Yours, Dr. Ravi Shah"),
    ("legal", "sensitive", "sms",
        "hi, can we move from the 20th? got my immigration tribunal hearing that week and my barrister "
        "says i must attend in person. ref IM5Q2X"),
    ("legal", "sensitive", "email",
        "Hi there, lovely stay at the Bay last month. One odd thing: I was arrested at the gate on the "
        "last morning on an old warrant for unpaid fines that I didn't even know about, which is why I "
        "didn't return the key. It's sorted now and I'm posting the key back today. Sorry for the "
        "trouble. Rob"),
    ("legal", "sensitive", "review",
        "Review: Our stay was ruined when the couple in the next caravan started a fight with my "
        "husband. We reported it to the police and are now waiting to hear whether they'll be charged. "
        "Staff were helpful. Two stars. || "
        "Reply from Fernhollow Heath: We're sorry this happened. We've shared our incident log with "
        "the officer handling the case."),
    ("legal", "sensitive", "email",
        "Hello, could you cancel my Evergreen Pass? || "
        "Hi Mr Kowalski, I've cancelled it as asked. As you mentioned on the phone that the court has "
        "now banned you from driving for 12 months and you can't get to the park, I've refunded the "
        "remaining months rather than charge the exit fee. Best wishes, Priti, Membership Team"),
    ("legal", "benign", "email",
        "Hello, I'm the office manager at Sutton Greaves LLP, a law firm in Ashvale. We'd like to book "
        "six lodges at the Glen for our partners' retreat in September, with a meeting room for one "
        "day. Please send a quote to this address. Kind regards, Olivia Marsh"),
    ("legal", "benign", "chat",
        "is the tennis court free to use or do we need to book a slot? and do you lend rackets"),
    ("legal", "benign", "web_form",
        "Where can I find the full terms and conditions for the Evergreen Pass? The link in my "
        "confirmation email is broken."),
    ("legal", "benign", "dm",
        "is the police academy film night still on for tuesday? lol the whole family loves those films"),
    ("legal", "benign", "email",
        "Hi! We've booked the Murder Mystery weekend at Fernhollow Bay in November. Do we need to "
        "dress up as our characters for the dinner, and will we get the character packs in advance? "
        "Can't wait to find out whodunnit. Rachel"),
    ("legal", "benign", "call",
        "[transcript] Caller asks who is judging the fancy dress dog show on Sunday and whether "
        "entries close on the day. Agent said entries close at 10am."),
    ("legal", "benign", "email",
        "Hi, we solved the case of the missing phone charger - it was down the side of the sofa all "
        "along! Please cancel the lost property request I made this morning. Thanks, Willow 11"),
    ("legal", "benign", "chat",
        "the free trial of the fernhollow app ended and now it wants £2.99 a month?? thought the app "
        "was free for guests"),
    ("legal", "benign", "sms",
        "can sue at reception ring me back about the late checkout pls, she said she'd check"),
    ("legal", "benign", "email",
        "Hi, the wetsuit I hired from the watersports hut had a big tear at the knee. I've left it at "
        "the hut with a note. I didn't want to be charged for damage that was already there. Ref "
        "WS9C3D. Thanks, Noor"),
    ("legal", "benign", "email",
        "Dear team, I bought a static caravan from your sales office at the Heath in 2022 and the "
        "boiler has failed. Is it still under the manufacturer's warranty, and who arranges the "
        "repair? Plot 31. Regards, Graham"),
    ("legal", "benign", "review",
        "Review: The clubhouse bar is great, the jury's still out on the new menu though. Burgers "
        "good, the curry not so much. Four stars. || "
        "Reply from Fernhollow Glen: Thanks for the honest feedback, we'll pass it on."),
    ("legal", "benign", "agent_note",
        "Cust disputed the £20 charge for the EV charging point, says it didn't charge. Checked logs: "
        "session failed after 2 mins. Refunded."),
    ("legal", "benign", "chat",
        "hiya, we left a pillow case and a suitcase in Birch 4 this morning. is that in lost property?"),
    ("legal", "benign", "email",
        "Hi there, I think the last sentence of your email got cut off - it ends at 'please make sure "
        "you'. What were you going to say? Ref LS2K7P."),
    ("legal", "benign", "web_form",
        "I'd like to read the licence agreement for my static caravan pitch before renewing. Can you "
        "email me a copy?"),
    ("legal", "benign", "email",
        "Hello, I'm writing on behalf of the Ashvale Magistrates' Bench social committee. We'd like to "
        "book the Fern Lounge for a retirement dinner for one of our long-serving members, about 30 "
        "guests. Please let me know availability in April. Many thanks, Jean Barlow"),
    ("legal", "benign", "dm",
        "the sign at the entrance says no solicitors lol, does that include the ice cream van guy?? he "
        "was knocking on caravans"),
    ("legal", "benign", "chat",
        "is there a parking charge for a second car at the lodges or is it included?"),
    ("legal", "benign", "call",
        "[transcript] Caller wants to know if the guided bat walk on Thursday needs booking. Agent "
        "confirmed it does, £5 per adult."),
    # ---- special_categories
    ("special_categories", "sensitive", "chat",
        "hi, is the meat in the bbq packs from the site shop halal? we only eat halal so if not we'll "
        "bring our own"),
    ("special_categories", "sensitive", "email",
        "Hello, we're booked at Fernhollow Lakes over the last week of Ramadan (ref RM4E1J). As we'll "
        "be fasting, could we collect our breakfast hampers the night before rather than at 8am? Also, "
        "is there anywhere quiet on site we could pray together on the Friday, or is the nearest "
        "mosque far? Many thanks, Imran"),
    ("special_categories", "sensitive", "web_form",
        "Special requests: We keep Shabbat, so please could we have a physical key instead of the "
        "electronic keycard, and check-in before sunset on the Friday. Booking FH-37702."),
    ("special_categories", "sensitive", "email",
        "Hi! We've booked Willow 9 for the week of Diwali and we'd love to light diyas along the deck "
        "on the evening. Would that be allowed, with us keeping an eye on them of course? We'll also "
        "be doing a small puja inside the lodge, just so housekeeping aren't surprised by the flowers "
        "and rangoli at the door. Thanks, Kavita"),
    ("special_categories", "sensitive", "chat",
        "whats the nearest gurdwara to the heath site? we go every sunday morning and want to keep "
        "that up while we're away"),
    ("special_categories", "sensitive", "email",
        "Hello, just a quick question before we travel. We go to Mass every Sunday without fail, and I "
        "wondered if you know of a Catholic church within a short drive of the Glen, and the Sunday "
        "Mass times if you have them. Thanks and God bless, Bernadette"),
    ("special_categories", "sensitive", "agent_note",
        "Cust asked that we don't arrange any birthday surprise for her husband during the stay, even "
        "though the booking form mentioned his birthday. They're Jehovah's Witnesses and don't "
        "celebrate birthdays. Removed the note from the entertainment team's list."),
    ("special_categories", "sensitive", "email",
        "Good day, we are Seventh-day Adventists and keep the Sabbath from Friday sunset to Saturday "
        "sunset, so we won't be joining any of the Saturday activities in the package. Could those be "
        "swapped for Sunday sessions instead? Booking ref SA2B6Y. Kind regards, the Mthembu family"),
    ("special_categories", "sensitive", "dm",
        "Is it ok if I do my morning meditation and chanting on the deck at 5am? I'm a practising "
        "Buddhist and it's quiet, just want to check it won't bother the neighbours"),
    ("special_categories", "sensitive", "review",
        "Review: As the only Black family on the park that week we got some stares, but the staff were "
        "warm and welcoming from the minute we arrived. The lodge was beautiful. Four stars. || "
        "Reply from Fernhollow Glen: Thank you for sharing this. Everyone should feel at home with us "
        "and we're glad the team made you welcome."),
    ("special_categories", "sensitive", "email",
        "Hello, my family are Irish Travellers and when we tried to book two touring pitches by phone "
        "last week, the person on the line asked where we were 'really from' and then said the site "
        "was full, but your website still shows availability. I'd like to know whether the pitches are "
        "available or not. Regards, Bridget Ward"),
    ("special_categories", "sensitive", "chat",
        "We're a Roma family and last time at another park we were asked for a bigger deposit than "
        "everyone else. Is the deposit the same for all guests at Fernhollow? Just want to be sure "
        "before I book."),
    ("special_categories", "sensitive", "call",
        "[transcript] Customer: My husband was born in Lagos and moved here in his twenties, and his "
        "mum is visiting from Nigeria. She doesn't have a UK bank card, so can she pay her share in "
        "cash at reception? Agent: Yes, cash is fine at reception."),
    ("special_categories", "sensitive", "email",
        "Dear Fernhollow, we are a Pakistani-heritage family, and my parents, who speak mainly "
        "Punjabi, will be staying with us. Do any of your staff speak Urdu or Punjabi, or is there a "
        "translated version of the safety information for the lodges? Thank you, Sana"),
    ("special_categories", "sensitive", "dm",
        "hey, im Aboriginal and i'll be visiting the UK with my cousins in june. any chance the lodges "
        "have a fire pit? we like to sit round one of an evening like back home"),
    ("special_categories", "sensitive", "email",
        "Hi, I'm Chinese-Malaysian and my mum, who's travelling with us, is quite homesick for proper "
        "congee in the mornings. Is the lodge kitchen big enough to use a rice cooker, and is there an "
        "Asian grocery nearby? Ref CM9K4L. Thanks, Wei Ling"),
    ("special_categories", "sensitive", "email",
        "Hello, I'm a member of the Green Party and I'll be out canvassing for the county council "
        "by-election during our stay at the Heath. Would it be all right to leave a few of our "
        "leaflets on the noticeboard in the clubhouse? If not, no worries at all. Kind regards, Ruth "
        "Abbott"),
    ("special_categories", "sensitive", "chat",
        "can we arrive late on the saturday? we're going on the climate march in the city that morning "
        "and won't be done till 3"),
    ("special_categories", "sensitive", "sms",
        "hi running late, branch meeting of the constituency labour party ran over, be there about 9. "
        "birch 2"),
    ("special_categories", "sensitive", "agent_note",
        "Cust is a sitting councillor for the Liberal Democrats and asked that the booking be kept "
        "under her partner's name, as she's had people turn up at events before. Booking moved to Mr "
        "Hayes's name."),
    ("special_categories", "sensitive", "email",
        "Hi, we'd like to move our stay to the following weekend if at all possible. The anti-fracking "
        "protest camp near us has been moved forward and I'm one of the stewards, so I really can't be "
        "away that weekend. Booking ref FR3P8N. Thanks, Tamsin"),
    ("special_categories", "sensitive", "web_form",
        "Cancellation reason: I'm standing as an independent candidate in the local elections and the "
        "count is that weekend. Please move the booking rather than cancel if possible."),
    ("special_categories", "sensitive", "email",
        "Hi, I need to move our week at the Lakes. My union has just called a strike for the week of "
        "12 May and as the rep for our depot I have to be on the picket line. Could we have the week "
        "of the 26th instead? Same lodge. Cheers, Andy Kerr"),
    ("special_categories", "sensitive", "chat",
        "hi, we're on strike from monday so i wont get paid for those days, and i'm shop steward so i "
        "can't take the week off anyway. can we move to august? ref US6T2F"),
    ("special_categories", "sensitive", "agent_note",
        "Cust is a member of Unison and asked whether we honour the union's members' discount scheme. "
        "Confirmed we don't at present. Cust said they'll raise it at their branch."),
    ("special_categories", "sensitive", "email",
        "Hello, I'm a teacher and a member of the NEU, and our union conference is being held in the "
        "same town as Fernhollow Bay over Easter. Could I book one of the studio lodges for the four "
        "nights? Kind regards, Mark"),
    ("special_categories", "sensitive", "call",
        "[transcript] Caller says she's the branch secretary of her local GMB branch and would like to "
        "bring the branch committee for a weekend away; asks if there's a meeting room. Agent quoted "
        "for the Heron room."),
    ("special_categories", "sensitive", "dm",
        "hey, the booking form only let me put one name. it's me and my boyfriend Josh for the "
        "weekend, can you add him? (I'm Callum btw)"),
    ("special_categories", "sensitive", "email",
        "Hi, I'm booking a surprise anniversary break for my wife, Laura. I'm Emma. We'd love a lodge "
        "with a hot tub and maybe a bottle of something waiting. It's our fifth wedding anniversary on "
        "the 18th. Ref AN5V3Q. Thanks so much!"),
    ("special_categories", "sensitive", "chat",
        "we're a lesbian couple and last year at another park we got some comments from the "
        "neighbours. is the quieter area at the glen ok for us?"),
    ("special_categories", "sensitive", "email",
        "Hi, my husband Dev and I are coming for our honeymoon in September. I'm Arjun. Can we request "
        "a double bed rather than twins? The confirmation says 'two adults, twin' which I think is a "
        "mistake. Ref HM7R1D. Thanks!"),
    ("special_categories", "sensitive", "web_form",
        "Additional info: I'm bi and my girlfriend and I will be sharing, please don't put us in a "
        "twin like last time just because we're two women."),
    ("special_categories", "sensitive", "call",
        "[transcript] Customer: We're marching in Pride on the Saturday in town, me and my husband, so "
        "we'll be back late, around midnight. Is the barrier still open? Agent: It's open with your "
        "car pass until 1am."),
    ("special_categories", "sensitive", "email",
        "Hello, I'd like to ask about the new Rainbow Weekend at the Bay. My partner and I are both "
        "women in our sixties and this would be our first LGBT holiday together since we came out. Is "
        "it mainly younger people? Warm regards, Pat"),
    ("special_categories", "sensitive", "email",
        "Hi, this is a bit awkward. Last time we stayed, our neighbours in the next lodge complained "
        "to reception about us being noisy in the bedroom. Could we have a lodge that isn't "
        "semi-detached this time? We're on our anniversary and would rather not have a repeat. Ref "
        "SX2L8M. Thanks, Nick"),
    ("special_categories", "sensitive", "agent_note",
        "Cust and her partner are in an open relationship and a third person, Sam Tenby, will be "
        "joining them for two nights. Cust asked for Sam to be added as a guest without his name going "
        "on the shared booking email. Done."),
    ("special_categories", "sensitive", "chat",
        "can we get twin beds please, we're married but we're both asexual so we sleep better apart "
        "lol"),
    ("special_categories", "sensitive", "email",
        "Hello, I changed my name by deed poll last year after my transition, and my Evergreen Pass "
        "still shows my old name. Please update it to Ms Harriet Lane. I've attached the deed poll. "
        "Thank you."),
    ("special_categories", "sensitive", "dm",
        "hi, i'm non-binary and use they/them. is there a gender-neutral changing area at splash cove? "
        "the village one is all mixed cubicles right?"),
    ("special_categories", "sensitive", "email",
        "Hi, I'm a trans woman and I'm a bit nervous about the pool changing rooms. Could you tell me "
        "whether the changing village has private cubicles, and whether staff are aware of your policy "
        "if anyone complains? Thanks, Jess"),
    ("special_categories", "sensitive", "agent_note",
        "Cust called to correct the title on his booking from Miss to Mr and said he's been living as "
        "male for three years; asked that staff use his name Rowan. Updated the booking and guest "
        "profile."),
    ("special_categories", "sensitive", "web_form",
        "My passport still has my old gender marker while my driving licence shows my current one. "
        "Which ID do you need at check-in? I'd rather not have to explain my history at the desk."),
    ("special_categories", "sensitive", "email",
        "Hi, quick question about the dates on our booking. Could we have the 2nd to the 9th instead? "
        "It's my sister's wedding and I want to be there. I've been feeling a bit out of sorts lately "
        "because my DNA test results came back and turns out my dad isn't my biological father, so I'm "
        "glad of the break. Ref DN8H2S. Thanks, Leah"),
    ("special_categories", "sensitive", "chat",
        "random q but my genetic test from GenoTrace shows i carry the gene for haemochromatosis, do "
        "the spa treatments include iron-rich supplements or anything i should avoid?"),
    ("special_categories", "sensitive", "email",
        "Hello, my brother and I have just had our ancestry DNA results back and we've found a whole "
        "branch of cousins in Ireland we never knew about. We'd like to book three lodges at the Lakes "
        "for a reunion in August. How many people can each lodge take? Best, Tony"),
    ("special_categories", "sensitive", "email",
        "Dear Team, my partner had genetic testing and carries a BRCA2 variant, so she's having "
        "preventive surgery in spring. We'd like to bring our holiday forward to February while she's "
        "well. Booking ref BR4G7T. Thanks, Adam"),
    ("special_categories", "sensitive", "email",
        "Hi, when I joined the gym at the Glen I had my fingerprints taken for the entry system. I've "
        "now cancelled my membership and I'd like you to confirm my fingerprint data has been deleted. "
        "Thank you, Owen Pryce"),
    ("special_categories", "sensitive", "chat",
        "the new gate at splash cove scanned my face and my husband's when we walked in. we never "
        "agreed to that. can you delete our face scans please"),
    ("special_categories", "sensitive", "agent_note",
        "Cust asked for her palm-vein scan to be removed from the Lakes locker system after her stay. "
        "Raised a data deletion request with IT, ref DD-5527."),
    ("special_categories", "sensitive", "email",
        "Hi, can I push our Heath caravan booking back a fortnight? Something's come up at work. Ref "
        "WK9U3C. || "
        "Hi Marie, no problem, I've moved you to 23-30 August. As you said on the phone, being the "
        "branch rep for your nurses' union during the strike ballot, you'll have your hands full - "
        "good luck with it. Best, Jordan, Guest Services"),
    ("special_categories", "benign", "chat",
        "is the Pride of Fernhollow caravan the one with the wraparound deck? the brochure pics are "
        "confusing"),
    ("special_categories", "benign", "email",
        "Hi, could you put up Union Jack bunting on Willow 3 for our arrival? It's for my dad's 70th "
        "and we're doing a street-party theme, he'll love it. Happy to pay. Ref UJ4D2N. Thanks, Sarah"),
    ("special_categories", "benign", "web_form",
        "Can I pay the balance from my credit union account? They've asked for your sort code and a "
        "payment reference."),
    ("special_categories", "benign", "email",
        "Hello, I'm the bookings officer for the Kingsmere University Students' Union. We'd like to "
        "book the Heath campsite group field for our hiking society's weekend in October, about 30 "
        "students. Could you send availability and the group rate? Thanks, Priya Nair"),
    ("special_categories", "benign", "chat",
        "can we book the function room for a birthday party on 14 june? 40 adults, need a bar"),
    ("special_categories", "benign", "email",
        "I booked through a third-party site and they've charged me a booking fee on top of your "
        "price. Is the booking definitely confirmed with you? Ref TP3K8V. Regards, Ahmed"),
    ("special_categories", "benign", "review",
        "Review: Bowling alley is brilliant fun - I got my first ever strike! Lanes well kept, shoes a "
        "bit smelly. Four stars. || "
        "Reply from Fernhollow Bay: Congratulations on the strike!"),
    ("special_categories", "benign", "email",
        "Hi, the barrier at the Heath entrance seems to have been hit by the lightning strike last "
        "night - it won't lift and people are queuing on the lane. Might want to send someone. Pitch "
        "6."),
    ("special_categories", "benign", "email",
        "I'd like to protest the new £8 daily parking charge for a second car. It wasn't mentioned "
        "when I booked in January and I don't think it's fair to add it afterwards. Ref PC5N1Q. "
        "Regards, Derek"),
    ("special_categories", "benign", "dm",
        "what time is the sack race at the fun day? and can adults enter lol"),
    ("special_categories", "benign", "chat",
        "is the rubber duck race on the river on sunday this year? where do we buy the ducks"),
    ("special_categories", "benign", "email",
        "Hello, I'm interested in the lodge furniture - the oak dining table in Willow 6 is gorgeous. "
        "Do you know the make or country of origin? I'd love to buy one. Thanks, Ellie"),
    ("special_categories", "benign", "email",
        "Honestly I've lost all faith in your booking system. It's the third time it has double-booked "
        "our pitch. Can somebody actually fix it? Ref DB6P2S."),
    ("special_categories", "benign", "chat",
        "it'll take a prayer to get the awning up in this wind lol, is there a sheltered pitch free?"),
    ("special_categories", "benign", "email",
        "Dear Fernhollow, St Michael's Church Choir would like to book a coach day trip to Fernhollow "
        "Bay with lunch in the Fern Lounge on 20 July, about 35 people. Could you send a group menu "
        "and an invoice to the church office? Kind regards, Margaret Quinn, Choir Secretary"),
    ("special_categories", "benign", "email",
        "Hi, we're organising the Christmas party for Pinewood Logistics, about 60 staff. Do you have "
        "availability at the Fern Lounge on 13 December, and what's the per-head price for the festive "
        "menu? Thanks, Gail"),
    ("special_categories", "benign", "web_form",
        "What time is the Easter egg hunt at the Lakes on the Sunday, and where does it start from?"),
    ("special_categories", "benign", "sms",
        "went straight to voicemail when i rang reception, can someone call me back re pitch 12 "
        "electrics"),
    ("special_categories", "benign", "chat",
        "do the lodges have a queen bed or a king? my partner's 6'4 and our feet hang off normal "
        "doubles"),
    ("special_categories", "benign", "email",
        "Hello, I'm using my employer's partner discount code (PINE10) but the booking page says it's "
        "invalid. Could you check it? Ref PD2M9R. Thanks, Liam"),
    ("special_categories", "benign", "email",
        "Hi, we're cycling the Trans-Fell Trail in June and want to stop two nights at the Glen. Is "
        "there secure bike storage and can we get a packed lunch for the next day? Ref TF7L4C. Cheers, "
        "Owen"),
    ("special_categories", "benign", "chat",
        "can I transfer my booking to my friend? I can't go anymore because of work and she wants the "
        "dates"),
    ("special_categories", "benign", "web_form",
        "Why does the booking form ask for a title (Mr/Mrs/Ms)? Is it compulsory? I'd rather skip it."),
    ("special_categories", "benign", "email",
        "Your advert says 'fun is in our DNA' but the entertainment hall was shut for three nights of "
        "our stay with no notice. I'd like a partial refund. Ref AD8W1X. Regards, Kevin"),
    ("special_categories", "benign", "review",
        "Review: Lovely lodge but the glass doors onto the deck were covered in greasy fingerprints "
        "and smudges when we arrived. Cleaning needs tightening up. Three stars. || "
        "Reply from Fernhollow Lakes: Sorry about that, we've raised it with housekeeping."),
    ("special_categories", "benign", "chat",
        "does the barrier use number plate recognition? I'm bringing a different car than the one on "
        "my booking"),
    ("special_categories", "benign", "email",
        "Hi, how do we vote for Fernhollow Glen in the Holiday Park of the Year awards? We'd love to "
        "give you our vote after such a brilliant week. Jan and Pete"),
    ("special_categories", "benign", "dm",
        "do you sell or rent canvas bell tents for the pitches or do we bring our own"),
    ("special_categories", "benign", "email",
        "Hi, as a conservative estimate we'll need about six bags of logs for the fire pit over the "
        "week. Can we pre-order them so they're at the lodge when we arrive? Ref LG3Q6Z. Thanks, Mike"),
    ("special_categories", "benign", "review",
        "Review: The pool staff were a bit liberal with the chlorine - our eyes stung after twenty "
        "minutes. Slides were great fun though. Three stars. || "
        "Reply from Fernhollow Dunes: Thanks, we've asked the team to check the dosing."),
    ("special_categories", "benign", "chat",
        "hey! are you open labor day weekend and do you have any cabins left? coming from out of state"),
    ("special_categories", "benign", "email",
        "Hello, I'm an Evergreen Pass member and I've moved house. Could you update my address and "
        "send a new membership card? Member no. EG-44127. Thanks, Sandra"),
    ("special_categories", "benign", "sms",
        "is the rainbow trail walk suitable for a bad weather day or is it muddy? heron 8"),
    ("special_categories", "benign", "chat",
        "we're coming out to the park friday for a day visit, do day visitors pay for the pool?"),
    ("special_categories", "benign", "email",
        "Hi, please can we have extra black bin bags for Willow 2? Also, is the Black Friday sale on "
        "lodges still running? Ref BF1V5D. Thanks, Nat"),
    ("special_categories", "benign", "review",
        "Review: The white lodges on the hill are stunning, best views on the site. Kitchen could do "
        "with a better kettle. Five stars. || "
        "Reply from Fernhollow Heath: Thank you! New kettles are on order."),
    ("special_categories", "benign", "email",
        "Hi, we got a mass email about the pool closure but it didn't say how long for. We arrive on "
        "the 9th, will it be open? Ref MP6T2K."),
    ("special_categories", "benign", "chat",
        "do the lodges have bi-fold doors onto the deck? looking at the willow vs birch"),
    ("special_categories", "benign", "web_form",
        "Do I need to bring my passport to check in, or will a driving licence do?"),
    ("special_categories", "benign", "email",
        "Fernhollow Bay has been our spiritual home for twenty years and we were gutted the Starlight "
        "Lounge has closed. Is it coming back next season? Regards, Alan and Jean"),
    ("special_categories", "benign", "chat",
        "the beds in the birch lodges are heavenly!! where do you get the mattresses from"),
    ("special_categories", "benign", "email",
        "Hi, is the rail strike next week going to affect your shuttle bus from the station, or does "
        "it run regardless? Ref RS5H9N. Thanks, Gemma"),
    ("special_categories", "benign", "agent_note",
        "Cust reported the picket fence around pitch 9 has two broken panels. Maintenance notified; "
        "cust happy."),
    ("special_categories", "benign", "email",
        "Our annual pilgrimage to the Dunes is booked for August again! Can we have the same pitch as "
        "last year, number 21, please? Ref PG4C7B. Cheers, the Fletchers"),
    ("special_categories", "benign", "chat",
        "can I convert my booking into a voucher and rebook next year? ref CV2R8W"),
    ("special_categories", "benign", "email",
        "Is this 50% off offer in your newsletter kosher? It looks almost too good to be true and the "
        "link goes to a different website. Regards, Hilary"),
    ("special_categories", "benign", "agent_note",
        "Cust asked which is the quietest side of the park. Explained the left wing of the Birch row "
        "backs onto woodland. Cust happy to take Birch 1."),
    ("special_categories", "benign", "call",
        "[transcript] Caller asks if there's an orientation walk for first-time guests on arrival day. "
        "Agent said there's a 10am welcome walk from reception on Saturdays."),
    ("special_categories", "benign", "sms",
        "whats the code for the green waste bins? the lid is locked"),
    ("special_categories", "benign", "email",
        "Hi, I need to verify my identity for the online account - it's asking for a photo of my ID. "
        "Is that normal? I've never had to do it before. Thanks, Rory"),
    # ---- bereavement
    ("bereavement", "sensitive", "email",
        "Hello, I'm afraid I need to cancel our lodge at the Glen for next week (ref FN3D8K). My "
        "father passed away on Sunday and the funeral is likely to be that week. I've attached a copy "
        "of the death certificate in case you need it. Regards, Hannah Price"),
    ("bereavement", "sensitive", "chat",
        "hi can the booking be moved? mum passed last month and we just cant face it yet. ref MP2L5V"),
    ("bereavement", "sensitive", "email",
        "Dear Fernhollow, my husband and I came to Fernhollow Lakes every September for thirty-one "
        "years. I lost him in March, and I'd like to come back one more time on my own, to the same "
        "lodge if possible, Willow 4. Would you have it for a few nights in mid-September? I don't "
        "need anything special. Kind regards, Margaret Evans"),
    ("bereavement", "sensitive", "web_form",
        "Question: Are guests allowed to scatter ashes on the park? My late wife loved the walk down "
        "to the cove and I'd like to leave some of her there quietly. I'd be happy to do it early in "
        "the morning."),
    ("bereavement", "sensitive", "sms",
        "sorry wont make check in today, had a call from the hospice, dad went peacefully this "
        "morning. will ring about cancelling. pitch 19"),
    ("bereavement", "sensitive", "agent_note",
        "Cust rang to move their May stay. Cust's partner died suddenly three weeks ago and she's not "
        "ready to travel. Moved to October with no fee and added a note for reception to be mindful on "
        "arrival."),
    ("bereavement", "sensitive", "email",
        "Hi, just checking in on booking ref NN4W7P. We'll be arriving a day later than planned, on "
        "the Sunday, because the nine nights for my grandmother finish on the Saturday and the whole "
        "family will be at the house. Everything else stays the same. Thanks, Marcia"),
    ("bereavement", "sensitive", "email",
        "Good day, I wish to request a change of our booking dates to the end of the month. We must "
        "travel home to the village for my father-in-law's burial ceremony, which has been fixed for "
        "the 14th. Kindly confirm the new dates. Yours faithfully, Chinedu Eze"),
    ("bereavement", "sensitive", "chat",
        "hello po, we will cancel our booking because my Lola died last week and we are going home for "
        "the pasiyam. can we get refund? thank you"),
    ("bereavement", "sensitive", "email",
        "Dear Sir/Madam, with a heavy heart I inform you that my mother left us on the 2nd. The "
        "thirteenth-day rites will be held at our home, so we are unable to use the lodge booked for "
        "that week (ref IN6K2R). Kindly advise on the refund or transfer of the amount. Regards, Anil "
        "Sharma"),
    ("bereavement", "sensitive", "email",
        "Hi there, could we move our Heath caravan booking to the second week of November? The "
        "unveiling of my uncle's tombstone is the weekend we'd planned to come, and the family is all "
        "travelling up for it. Thanks, Thandi"),
    ("bereavement", "sensitive", "voicemail",
        "Hi, it's Noreen in Heron 16. I have to leave early, I'm sorry, my brother was found dead at "
        "his flat this morning and I need to get home. I'll leave the key in the box. Thanks."),
    ("bereavement", "sensitive", "email",
        "Hello Fernhollow team, this is a slightly unusual request. We're booked into three lodges at "
        "the Bay on the 20th for a family weekend. It's the first anniversary of my son's death, and "
        "we'd like to have a small gathering by the lake on the Saturday evening, just family, maybe "
        "fifteen of us. We'll bring some lanterns and flowers. Would you be able to tell us where "
        "would be best, and whether we'd need to let the security team know? We want to do it quietly "
        "and not disturb the other guests. Ref MR8B3E. Many thanks, Janet and Colin Webb"),
    ("bereavement", "sensitive", "dm",
        "hiya, need to change the names on the caravan booking, my nan was meant to come but we lost "
        "her at christmas so it's just me and my sister now"),
    ("bereavement", "sensitive", "call",
        "[transcript] Customer: The booking's in my husband's name but he died in January and I've "
        "only just found the confirmation. Can it be transferred to me? Agent: Of course, I'm very "
        "sorry. I'll just need his booking reference."),
    ("bereavement", "sensitive", "email",
        "Hi, we need to leave on Wednesday rather than Saturday. Sorry for the short notice. || "
        "Dear Mr Davies, thank you for letting us know, and please accept our condolences on the loss "
        "of your sister. I've ended the booking on Wednesday and refunded the unused nights. Kind "
        "regards, Amira, Guest Services"),
    ("bereavement", "sensitive", "chat",
        "is there anywhere quiet on the lakes site for a sort of memorial picnic? it's a year since my "
        "best mate took his own life and a few of us want to come up together"),
    ("bereavement", "sensitive", "email",
        "Good morning, I'm writing to ask if the remaining balance on my mum's season pass can be "
        "refunded. She passed away last month and Hartwell & Sons funeral directors gave me your "
        "address. I'm her executor. Thank you, Steven Clarke"),
    ("bereavement", "sensitive", "agent_note",
        "Cust cancelled touring pitch for 4-11 Aug. Said they're sitting shiva for her father that "
        "week. Full refund given under compassionate policy."),
    ("bereavement", "sensitive", "email",
        "Hi, please can you update the booking from two adults to one? My wife, Gillian, died in the "
        "spring and I'd still like to come as we planned together. Ref GS5T1H. Regards, Frank"),
    ("bereavement", "benign", "chat",
        "the fernhollow app is dead again, won't load my booking at all. anyone else?"),
    ("bereavement", "benign", "sms",
        "car battery's dead at pitch 4, does anyone on site have jump leads?"),
    ("bereavement", "benign", "review",
        "Review: The entertainment team were absolutely killing it this year, best cabaret we've had "
        "at any park. Five stars. || "
        "Reply from Fernhollow Bay: Thank you! We'll tell the team."),
    ("bereavement", "benign", "email",
        "Hi, there's a rip in the awning of Heron 11 along the seam, about a foot long. It's letting "
        "the rain in. Could someone patch it? Thanks, Greg"),
    ("bereavement", "benign", "email",
        "Hello, the church hall we hire for our craft club has lent us their tea urn, but it's broken. "
        "Does the Fern Lounge have one we could hire for a Saturday morning event on the park? Thanks, "
        "Pam, Heath Crafters"),
    ("bereavement", "benign", "chat",
        "can we have a late checkout sunday? our ferry isn't till 3"),
    ("bereavement", "benign", "dm",
        "is the ghost tour on halloween suitable for scaredy cats lol? how long does it last"),
    ("bereavement", "benign", "email",
        "Dear Fernhollow, I'm the office manager at Hartley Brothers Funeral Directors. We'd like to "
        "book the Fern Lounge for our staff summer barbecue in July, about 20 people, and two lodges "
        "overnight for staff travelling from afar. Could you send a quote? Kind regards, Lorraine "
        "Hartley"),
    ("bereavement", "benign", "chat",
        "hey are you open memorial day weekend? do you have any cabins left"),
    ("bereavement", "benign", "email",
        "We're dying to come back next summer! Has the brochure for next year come out yet and when do "
        "bookings open? Ref DC2N8Q. Cheers, Ian and Sue"),
    ("bereavement", "benign", "email",
        "The pot plant in Willow 3 is completely dead, bless it. Not a complaint, just thought "
        "housekeeping might want to swap it. Lovely stay otherwise."),
    ("bereavement", "benign", "web_form",
        "Do you offer wake-up calls in the lodges, or should we set an alarm? We have an early flight "
        "on departure day."),
    ("bereavement", "benign", "call",
        "[transcript] Caller asks if the wakeboarding lake at Fernhollow Lakes is open in April and "
        "whether wetsuits are included in the session price. Agent confirmed open from Easter, "
        "wetsuits included."),
    ("bereavement", "benign", "email",
        "Hi, we're having a total loss of Wi-Fi in the Birch lodges since about 6pm. Both of us work "
        "remotely and need it tomorrow. Please can someone look? Birch 7."),
    ("bereavement", "benign", "chat",
        "lost my car keys somewhere between the pool and heron 20, anyone handed a set in? blue fob"),
    ("bereavement", "benign", "agent_note",
        "Cust asked whether the 'Graveyard Shift' karaoke on Friday finishes before midnight. "
        "Confirmed 11.30pm finish."),
    ("bereavement", "benign", "email",
        "Hello, we've just seen the sign about the Remembrance Sunday parade through the village on "
        "the 10th. Will the road to the Heath be closed that morning, and what times? We check out "
        "that day. Thanks, Elaine"),
    ("bereavement", "benign", "sms",
        "the smoke alarm in heron 2 went off when we made toast, its stopped now but thought we should "
        "tell u"),
    ("bereavement", "benign", "email",
        "Could we book a late arrival? We won't reach the Glen until after 10pm on the Friday as we're "
        "driving from Cornwall. Ref LA3P7K. Thanks, Dave"),
    ("bereavement", "benign", "chat",
        "the heating in willow 7 has died on us, radiators are stone cold. can someone come?"),
    # ---- violence_self_harm
    ("violence_self_harm", "sensitive", "email",
        "Hi, I'm writing because I don't feel safe. The man in the caravan next to ours (Heron 21) has "
        "been shouting at me every time I walk past and last night he said he'd 'sort me out' if I "
        "complained about the noise again. Please can we be moved tonight? Ref HS4K9T. Thanks, Lorna"),
    ("violence_self_harm", "sensitive", "chat",
        "can you make sure nobody gives out my lodge number? my ex has been following me and turned up "
        "at my work twice last month"),
    ("violence_self_harm", "sensitive", "agent_note",
        "Cust reported being punched by another guest outside the Fern Lounge at about 11pm. Cut lip, "
        "refused an ambulance. Security reviewed CCTV and the other guest has been asked to leave. "
        "Cust offered a move to the Birch row."),
    ("violence_self_harm", "sensitive", "web_form",
        "Booking notes: I'm currently staying in a women's refuge with my two children and our support "
        "worker has arranged this break for us. Please don't confirm our booking to anyone who phones, "
        "and please don't put our surname on the lodge door."),
    ("violence_self_harm", "sensitive", "sms",
        "can i get a different pitch, the bloke on 14 grabbed my arm and pushed me into the hedge when "
        "i asked him to turn his music down. not going back there"),
    ("violence_self_harm", "sensitive", "email",
        "Hello, I'm writing about our stay last weekend. A member of your bar staff made repeated "
        "comments about my body, followed me to the toilets and tried to touch me. I told my friend "
        "and we left immediately. I want to know what you are going to do about it. Regards, Kirsty"),
    ("violence_self_harm", "sensitive", "chat",
        "hi, sorry if this is weird but I don't think I want to be here anymore. I booked the lodge so "
        "I could be somewhere quiet to end things. I dont know why I'm telling you || "
        "Agent: Thank you for telling me. You're not weird and you're not alone. Can I ask, are you "
        "safe right now? I'd like to give you the Samaritans' number and stay with you on this chat "
        "while you call."),
    ("violence_self_harm", "sensitive", "email",
        "Hello, please can you cancel our booking for the 18th. I have been having a very hard time "
        "and last week I hurt myself badly enough to need stitches, and my doctor thinks I should stay "
        "close to home for now. I'm sorry for the short notice. Ref SH2W6M. Amy"),
    ("violence_self_harm", "sensitive", "dm",
        "someone on your facebook page keeps messaging me saying they know which caravan im in and "
        "that they'll come round. i'm genuinely scared. can you do something?"),
    ("violence_self_harm", "sensitive", "call",
        "[transcript] Customer: My husband gets violent when he drinks and he's been drinking all "
        "afternoon at the bar. I'm in Willow 12 with the kids and I need somewhere else to sleep "
        "tonight. Agent: I'm moving you to a different lodge now and I'm calling security to walk you "
        "over."),
    ("violence_self_harm", "sensitive", "email",
        "Hi Fernhollow, we'll be a bit late arriving on Friday, around 8pm. Just a heads up so the "
        "gate knows. Also, I've been getting threatening texts from a neighbour back home who's said "
        "he'll 'find us wherever we go', and I've given the police your address just in case. If "
        "anyone asks whether we're staying, could you please say no? Everything else with the booking "
        "is fine. Ref TX5M1L. Thank you, Rachel"),
    ("violence_self_harm", "sensitive", "voicemail",
        "Hi, I'm in Birch 10. Some lads were shouting racial stuff at my son and me by the arcade and "
        "one of them threw a bottle at us. We're okay, just shaken. Can someone from security ring me "
        "back please."),
    ("violence_self_harm", "sensitive", "agent_note",
        "Lifeguard found a guest with fresh cuts on her forearms in the changing village; she said "
        "she'd done it herself. First aider attended, her mother was called. Incident form IR-2207 "
        "completed and safeguarding lead informed."),
    ("violence_self_harm", "sensitive", "email",
        "Good afternoon, I need to move our holiday to later in the year. My wife was attacked on her "
        "way home from work three weeks ago and she's not ready to be around crowds. The police are "
        "dealing with it. Ref AT3G8R. Regards, Jonathan"),
    ("violence_self_harm", "sensitive", "chat",
        "the guy from maintenance keeps turning up at our lodge when my husband's out, he's made "
        "comments and last night he tried the door handle. i want it logged"),
    ("violence_self_harm", "sensitive", "review",
        "Review: Beautiful park, but I can't recommend it after my partner was beaten up in the car "
        "park by a group of men on our last night. Security took ages to come. One star. || "
        "Reply from Fernhollow Dunes: We're truly sorry. We've reviewed the response time and shared "
        "the footage with the police. Please contact our guest relations manager directly."),
    ("violence_self_harm", "sensitive", "email",
        "Hi, quick request for our stay in July. Could we have a lodge with a door that locks from the "
        "inside, and ideally not ground floor? My sister is coming with us and she's just got away "
        "from a very controlling relationship where he used to hit her. She'll feel safer that way. "
        "Ref CR7P2D. Thanks, Debbie"),
    ("violence_self_harm", "sensitive", "sms",
        "pls dont tell anyone im here if they ring. my dad kicked off again and i had to leave the "
        "house, staying in the caravan my aunt booked. lodge 9"),
    ("violence_self_harm", "sensitive", "chat",
        "hi I'm the one who rang last night about the threats. Just confirming the booking stays under "
        "my maiden name || "
        "Agent: Yes, it does, and I've put the 'no information' flag on it as you asked after telling "
        "me about your ex threatening to kill you. Security at the gate have a description."),
    ("violence_self_harm", "sensitive", "email",
        "Hello, I'd like to report harassment by another guest on the touring field. He's been "
        "photographing me from his van every morning when I go to the shower block and made a lewd "
        "comment yesterday. I have his plate number. Please deal with it. Ref TF9V4C. Jo"),
    ("violence_self_harm", "benign", "review",
        "Review: The kids' club team are killing it, and the Saturday show absolutely smashed it. Best "
        "entertainment we've had. Five stars. || "
        "Reply from Fernhollow Bay: Thank you, we'll pass this on!"),
    ("violence_self_harm", "benign", "email",
        "Hi, we've booked the Murder Mystery dinner on 8 March. Is the 'victim' an actor or one of the "
        "guests? We want to know whether to dress up. Thanks, Nicola"),
    ("violence_self_harm", "benign", "chat",
        "how much is paintball for a group of 8 adults? stag do in may"),
    ("violence_self_harm", "benign", "sms",
        "the midges attacked us all evening on the lake path lol, do u sell repellent at the shop"),
    ("violence_self_harm", "benign", "chat",
        "the seagulls are harassing everyone eating chips on the promenade, maybe put up a sign? one "
        "nicked my whole sausage"),
    ("violence_self_harm", "benign", "email",
        "Hi, the cutlery drawer in Willow 8 is missing the sharp knife and there's only one tin opener "
        "that doesn't work. Could housekeeping drop off replacements? Thanks, Sarah"),
    ("violence_self_harm", "benign", "web_form",
        "Is the laser tag arena open to adults in the evenings, or is it only for the family sessions? "
        "We're a group of six."),
    ("violence_self_harm", "benign", "dm",
        "it was a fight to get a sunbed at the pool this morning lol, any chance of more loungers?"),
    ("violence_self_harm", "benign", "email",
        "Could we have a fruit punch bowl for 20 at our party in the function room? Non-alcoholic "
        "please. Booking ref FR3N7X. Thanks, Claire"),
    ("violence_self_harm", "benign", "chat",
        "it's threatening rain all day, is the outdoor cinema still on tonight?"),
    ("violence_self_harm", "benign", "call",
        "[transcript] Caller asks if the archery taster session on Tuesday needs booking and whether "
        "there's a minimum age. Agent said booking required, 12+."),
    ("violence_self_harm", "benign", "email",
        "Hi, my husband is a die-hard Elvis fan and saw you have a tribute act on the 20th. Can I book "
        "two tickets with a table near the front? Ref EL5W2B. Thanks, Sue"),
    ("violence_self_harm", "benign", "chat",
        "slashed prices on the lodges for september?? saw the ad, is it real or a mistake"),
    ("violence_self_harm", "benign", "agent_note",
        "Cust reversed into the bollard by the Heron car park and dented the bumper. No one hurt, "
        "bollard slightly bent. Maintenance to check."),
    ("violence_self_harm", "benign", "email",
        "Top tip for other guests: go to the pool at 9am to beat the queue. But please could you open "
        "the second set of changing rooms at weekends? Lovely park. Ian"),
    ("violence_self_harm", "benign", "chat",
        "is the axe throwing on the activity list open to day visitors? my brother's obsessed"),
    ("violence_self_harm", "benign", "email",
        "Hello, the book club from my library is reading 'A Shot in the Dark' and we'd like to hold "
        "our meeting in the Fern Lounge on a Tuesday afternoon. Is there a quiet corner we could "
        "reserve? Kind regards, Dorothy"),
    ("violence_self_harm", "benign", "email",
        "Hi, the Shark Attack foam party was brilliant fun, but my phone got soaked. Any chance of a "
        "warning at the door next time? Willow 15"),
    ("violence_self_harm", "benign", "chat",
        "the wasps are absolutely terrorising us on the deck of birch 5, is there a nest somewhere? "
        "can someone check"),
    ("violence_self_harm", "benign", "sms",
        "hit the jackpot with the weather this week! can we extend by 2 nights? heron 10"),
]


def isle_examples() -> list[dict]:
    """The isle split as labelled tickets (same shape as ``sensitive_eval.build_eval_set``'s)."""
    return stranger_examples("isle", ENTRIES, SUBJECTS)
