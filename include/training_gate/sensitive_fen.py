"""fen split: written by a helper who had not seen the detection rules, the anchors or any other split.
Setting: Marshgate Cars, invented taxi/private-hire firm (app, airport runs, council school runs, accessible cars,
business accounts); riders, parents, drivers, account managers by email, chat, call, SMS, DM, form, review, notes.
The benign half borrows school runs, clinics, mosques, law firms, unions, funerals and debt words in harmless senses.
50 sensitive and 50 benign tickets for children and for special categories, 30 and 30 for financial hardship, 20 and
20 for health and for violence and self-harm, 15 and 15 for legal and for bereavement.
First reading (policy 2026.11.17, before any change made in response to it; `sensitive_eval.evaluate`, as `make
eval-sensitive`): 89.5 / 2.0 recall / false exclusion in % as shipped, 90.5 / 8.5 without the overruling,
82.0 / 7.5 by the rules alone. Then read while tuning the rules for 2026.11.18 and trained on."""

from __future__ import annotations

from training_gate.sensitive_blind import stranger_examples

SUBJECTS: tuple[str, ...] = (
    "Question about my booking",
    "Change to a regular pickup",
    "Receipt request",
    "Airport transfer",
    "App login problem",
    "Business account query",
    "School transport route",
    "Feedback on a recent ride",
    "Lost property",
    "Payment issue",
    "Driver rota",
    "Accessible vehicle booking",
    "Account update",
    "Complaint about a ride",
    "Invoice query",
)

ENTRIES: list[tuple[str, str, str, str]] = [
    # ---- children
    ("children", "sensitive", "email",
        "Hi, I need to change the school run pickup for Alfie from next Monday. He's moved from "
        "Brookfield Primary to St Anselm's Juniors (Year 5) so the drop-off is now Carr Lane, not Mill "
        "Road. Same times. Thanks, Dawn Pickering"),
    ("children", "sensitive", "sms",
        "hi its Kerry, can the driver wait 5 min tmrw, my lad is 7 and takes ages with his shoes lol. "
        "pickup 8.10 Elm Crescent"),
    ("children", "sensitive", "chat",
        "Customer: Do your drivers have car seats? || Agent: We can provide one on request for airport "
        "bookings, what age and weight? || Customer: She's 14 months, about 10kg. Flight lands 06:40 "
        "Thursday, booking ref MG-55120."),
    ("children", "sensitive", "agent_note",
        "Agent note: caller Mrs Oyelaran confirmed the passenger on council route 14B is her son Daniel, "
        "aged 11, Year 6 at Hollins Park. Updated escort requirement per the council transport plan. No "
        "other changes."),
    ("children", "sensitive", "web_form",
        "Booking for a passenger travelling alone. My daughter (15) is flying back from her dad's in "
        "Dublin on 22 Aug, landing Tarnham 17:25. Can you send a driver with a name board and text me "
        "when she's in the car? Her mobile is 07700 900481."),
    ("children", "sensitive", "email",
        "Please note that from now on the Friday pickups for Maisie should be billed to my account only. "
        "Her dad and I have a new arrangement agreed through mediation and he isn't to book the Friday "
        "run any more. Any questions ring me, not him."),
    ("children", "sensitive", "call",
        "[transcript] Caller: Hiya, I'm ringing about the taxi that takes the twins to Oakmere. || Agent: "
        "Yes, that's route 22? || Caller: Yeah. They've only just started Reception so they're tiny, and "
        "the driver last week let them out at the gate with nobody from school there. || Agent: I'm "
        "really sorry, I'll raise that with the school transport team today."),
    ("children", "sensitive", "dm",
        "hey can i get an account on the app? im 16 and my mum said its fine, need it for college on "
        "tuesdays"),
    ("children", "sensitive", "review",
        "Review: 2 stars. Driver was rude to my son because he was eating crisps in the back. He's 9! || "
        "Reply from Marshgate: Hi Lisa, sorry to hear this. Could you send us the date and time so we can "
        "check the trip and speak to the driver?"),
    ("children", "sensitive", "voicemail",
        "Voicemail: hi it's Gemma Royce, booking ref 4471, I need to add a second seat, a booster for my "
        "eldest, he's turning five next week so just the booster, not the full seat. Call me back, "
        "thanks."),
    ("children", "sensitive", "email",
        "We're heading to the airport with our newborn, she'll be 3 weeks old on the travel date. Can the "
        "accessible car take our travel system with the carrycot clipped in, or do we need a separate "
        "infant seat? Flight is early so pickup 04:15 from 6 Fell View."),
    ("children", "sensitive", "chat",
        "Customer: Can I switch tomorrow's 3.15 collection to 2.30? Early finish for the Year 3s because "
        "of sports day. || Agent: Done, the driver will be at the main gate at 2.30."),
    ("children", "sensitive", "agent_note",
        "Account holder Mr Haldane asked for May receipts, sent. FYI the regular 07:50 booking on this "
        "account is for his stepson (age 13, attends Kingsgrove Academy) and must not be changed without "
        "Mr Haldane's consent, per his instruction."),
    ("children", "sensitive", "email",
        "Good day. Kindly be informed that my ward, Chidinma, aged 12, will resume at Fernhill School on "
        "4th September. I wish to continue the morning pickup under the council contract. Please do the "
        "needful and confirm the driver details. Regards, Mrs Ngozi Eze"),
    ("children", "sensitive", "sms",
        "Pls dont send Ray tmrw, the new baby came early so no school run for the big one for a few days, "
        "will txt when we need u again x"),
    ("children", "sensitive", "web_form",
        "Lost property. My son left his school bag in your taxi this morning (reg ending 4KX). Navy blue, "
        "his name Ethan Marr and Class 4B are on the label, and his inhaler is in the front pocket so "
        "it's quite urgent."),
    ("children", "sensitive", "chat",
        "Customer: Hi can book 2 cars for Sat? One for my mother, one for my girl and her friends going "
        "to birthday party, they are all Primary 4 so need the driver to be careful ah || Agent: Sure, I "
        "can book both. Please share the pickup addresses."),
    ("children", "sensitive", "email",
        "Hi, please remove my daughter's phone number and photo from your app. She set up the account "
        "herself last year when she was 14 and I don't think she should have been allowed to. The account "
        "email is tilly.b2009@mailbox.example."),
    ("children", "sensitive", "forwarded",
        "Fwd from Oldbridge County Council Transport. Good afternoon, please note the following change "
        "for route 9 from 1 March. Pupil R. Mensah (DOB 03/02/2015), currently collected from 17 Saxon "
        "Way at 07:55 and taken to Greystones School, now has an Education, Health and Care Plan which "
        "requires a trained passenger assistant for the whole journey. The plan also asks for the same "
        "driver where possible and a two-minute warning call to the parent before arrival. Could you "
        "confirm by Friday whether the current route 9 crew can accommodate this, or whether a separate "
        "vehicle will be needed, and send the revised cost so we can raise a purchase order? Many thanks, "
        "Home to School Transport Team."),
    ("children", "sensitive", "chat",
        "Customer: Hi, just checking tomorrow's 8am is still booked? || Agent: Yes, confirmed. I've also "
        "kept the note that the passenger is 10, needs the child lock on and is to be walked to the "
        "reception door at Linbrook Primary."),
    ("children", "sensitive", "dm",
        "G'day, need a maxi taxi Saturday arvo for my boy's footy team, the under 12s, 9 kids plus 2 "
        "parents, from Ridley Oval to the Pizza Barn on Kent St. Can do?"),
    ("children", "sensitive", "call",
        "[transcript] Agent: Marshgate, how can I help? || Caller: My ex has been booking cabs on my card "
        "to pick our daughter up from school on my days. || Agent: I can unlink the card from his "
        "profile. Do you want the school contact changed as well? || Caller: Yes, only me on Tuesdays and "
        "Wednesdays, that's what we agreed."),
    ("children", "sensitive", "email",
        "Hi there, wondering can I get a regular booking for my young fella, he's in sixth class in Scoil "
        "Bhríde and I'm on earlies so I can't do the run. Mon to Thu 8.15 from Glenview Park. Thanks a "
        "million, Siobhán"),
    ("children", "sensitive", "sms",
        "Hello po, pls confirm pick up of my pamangkin at 3pm, she is grade 2 at Holy Family, her name is "
        "Andrea, I am the tita. Thank u po"),
    ("children", "sensitive", "agent_note",
        "Driver report: on route 31 this morning the youngest passenger (Year 1, manifest name Lily P.) "
        "was not at the stop. Waited 4 min, called office, office rang mum, child off sick. Logged as "
        "no-show, not billable to council."),
    ("children", "sensitive", "email",
        "My son Josh has his own rider profile linked to my family account (he's 17). Can I set a monthly "
        "spending cap on it? He took a £38 ride at 2am last Saturday and I'd rather that didn't happen "
        "again."),
    ("children", "sensitive", "web_form",
        "We're approved foster carers and a 6-year-old is placed with us from Monday. The local authority "
        "says Marshgate holds the contract for her school transport. Who do I speak to about pickup "
        "times? I'd rather not put her name on this form."),
    ("children", "sensitive", "chat",
        "Customer: Hello, I want to order taxi with seat for small child, she has 2 years and 3 months, "
        "from hotel Grand Maris to airport, tomorrow 9 hour morning. || Agent: Certainly, a toddler seat "
        "has been added. Pickup 09:00 at the Grand Maris."),
    ("children", "sensitive", "voicemail",
        "Hi, it's about the pick up for Noah Kessler, he's in the nursery class at Ashdown, we've been "
        "told the driver can't take him on the council run until he turns four in March, is that right? "
        "Can someone ring me back on 07700 900217."),
    ("children", "sensitive", "review",
        "5 stars for Bernie who drives the 3.30 to Westfield. My lad is autistic and nonverbal and Bernie "
        "always puts the same music on for him. It makes a massive difference to his afternoon."),
    ("children", "sensitive", "email",
        "Morning, I need a lift club type arrangement for my laaitie and two of his mates from Grade 9 at "
        "Parkside High to water polo practice, Tuesdays and Thursdays at 5. Can your business account "
        "cover it and split the cost between the three families?"),
    ("children", "sensitive", "agent_note",
        "Call notes: mum (Ms Abara) says son (14) was let out of the car two streets from home on Tues "
        "instead of at the door as per his transport plan. Driver D. Coyle spoken to, escort reminded. Ms "
        "Abara wants written confirmation."),
    ("children", "sensitive", "sms",
        "hi its jade, am i ok to book the airport one myself for the school trip? im in yr 10, the coach "
        "leaves from Tarnham at 5am and my dad is working nights"),
    ("children", "sensitive", "chat",
        "Customer: Sir, kindly arrange cab for my daughter from Sunview Residency to St Mary's Convent "
        "daily, she is in class 7. Lady driver preferred. || Agent: We'll check for a female driver on "
        "that route and call you back today."),
    ("children", "sensitive", "email",
        "Can you invoice the March airport trip to the company account instead of my personal card? I was "
        "coming back from a keeping-in-touch day at HQ during my parental leave and had the little one "
        "with me, she was 5 months then."),
    ("children", "sensitive", "chat",
        "Customer: Why was I charged the accessible vehicle rate on Thursday? || Agent: Hi Mr Bose, that "
        "booking came through the council portal for a pupil aged 8 at Greystones School who uses a "
        "wheelchair, and the contract rate should never be billed to you. I've refunded the £24.60 and "
        "flagged it."),
    ("children", "sensitive", "dm",
        "do u do school runs for ones who get sick in cars? mine is 6 and is always car sick on the "
        "bypass bit"),
    ("children", "sensitive", "email",
        "I look after my grandson two afternoons a week while his mum works. He's just started at Lowther "
        "Infants. Could I set up a standing booking for Wednesdays and Fridays at 3pm, from the school to "
        "my flat at 12 Parsons Walk?"),
    ("children", "sensitive", "call",
        "[transcript] Caller: Hi, I'm the school business manager at Riverside Academy. One of our Year 8 "
        "pupils, Kyle Dunmore, was dropped at the wrong site this morning. || Agent: I'm sorry, is he "
        "safe now? || Caller: Yes, reception walked him over, but his mum's upset and we need an incident "
        "reference."),
    ("children", "sensitive", "web_form",
        "Subject access request on behalf of my son (aged 12). Please send all trip records, GPS logs and "
        "any driver notes relating to him on the council school route since September 2023. I am his "
        "parent with parental responsibility."),
    ("children", "sensitive", "sms",
        "running late, can driver wait at the gate, the P2 assembly ran over and she cant be left on her "
        "own"),
    ("children", "sensitive", "email",
        "We'd like an MPV for a day out to Harlow Zoo on the 14th: me, my partner and our three, who are "
        "11, 8 and 10 months. We'll need one infant carrier and two high-backed boosters please."),
    ("children", "sensitive", "agent_note",
        "Flag on account 88213: pupil passenger (age 15) must not be collected by anyone other than the "
        "route driver, per the school safeguarding lead. Do not disclose pickup times to callers claiming "
        "to be relatives."),
    ("children", "sensitive", "chat",
        "Customer: Abeg, the driver for my small boy never come today, he is just 8 years, he wait for "
        "school gate till 4:30. || Agent: I am so sorry, can I have the booking reference? || Customer: "
        "MG 77410. This is not acceptable o."),
    ("children", "sensitive", "email",
        "Could you send me the receipt for the ride on 2 May from Kingsmead Hospital? We were there for "
        "my daughter's grommets op (she's 4) and I need it for the health cash plan claim."),
    ("children", "sensitive", "email",
        "Driver query: can my 13-year-old ride along on a Saturday day shift? Childcare has fallen "
        "through this week. She'd sit in the back with her headphones and not talk to customers. Badge "
        "2231."),
    ("children", "sensitive", "email",
        "Our 16 year old's phone was stolen and he thinks someone's using his Marshgate login. The "
        "account is in his name, Rhys Tallon. Can you lock it and tell me if any rides have been taken "
        "since Friday?"),
    ("children", "sensitive", "chat",
        "Customer: can I pay for my daughter's ride from uni? || Agent: Of course, you can add her as a "
        "family member. || Customer: she's actually still at sixth form, she's 17, it's an open day at "
        "Kestwick Uni"),
    ("children", "sensitive", "web_form",
        "Please update the address for the council run for my two. Ava (Year 2) and Leo (Year 5) are now "
        "with me at 40 Copse Road Mon to Wed and with their father at 9 Hartley Close Thu and Fri. School "
        "is still Millbrook."),
    ("children", "sensitive", "review",
        "Really pleased. Booked the airport transfer for my 12yo going to Spain with her school, and the "
        "driver waited with her until the teacher turned up at departures. Thank you Marcus."),
    ("children", "benign", "email",
        "Hi, this is the office at Hollins Park Primary. We'd like to set up a business account for staff "
        "travel to training days and cluster meetings. It's usually two or three teachers at a time, "
        "mostly to the Education Centre on Kingsway or the station, and we'd need everything invoiced "
        "monthly to the school rather than paid on personal cards. Could you let me know what information "
        "you need from us, whether there's a minimum spend, and whether staff can book in the app "
        "themselves with the school as the payer? Our finance officer would also like a sample invoice so "
        "she can check it works with our purchase order system. Thanks, Karen Wilde, school business "
        "manager."),
    ("children", "benign", "chat",
        "Customer: What's your policy on child seats in general? Do you carry them in every car? || "
        "Agent: Not every car. You can request one when booking and we'll send a vehicle that carries "
        "one, no extra charge."),
    ("children", "benign", "sms",
        "Hi this is about my mum's booking tmrw 10am, the address shd be 3 Orchard Row not 5, she booked "
        "it herself and typo'd it"),
    ("children", "benign", "dm",
        "Do you take dogs? My fur baby is a very chilled greyhound, need a ride to the vets on Tues"),
    ("children", "benign", "review",
        "Great service to the airport, car was spotless and the driver was early. 5 stars. || Reply: "
        "Thanks Owen, glad it all went smoothly!"),
    ("children", "benign", "email",
        "Our company runs a Saturday coding club for staff and volunteers. We'd like a quote for "
        "collecting our two volunteer tutors from the station each week, 9am, and returning them at 1pm."),
    ("children", "benign", "web_form",
        "Do you offer a regular school-run service in general? I'm setting up as a childminder and want "
        "to understand pricing for a daily 8am slot before I take on any bookings."),
    ("children", "benign", "chat",
        "Customer: the app keeps crashing when I open the Family tab || Agent: Sorry about that, please "
        "update to version 6.3.1, it fixes the crash on the Family tab."),
    ("children", "benign", "call",
        "[transcript] Caller: Hi, I'm ringing for my mum, she's asked me to call about her own booking. "
        "She wants to move Thursday's 11am to the afternoon. || Agent: No problem, can I take the "
        "reference? || Caller: MG-20931. || Agent: Moved to 2pm."),
    ("children", "benign", "email",
        "The Little Acorns Nursery group would like to invoice all four of our sites' staff taxis under "
        "one account. Please send the account application forms."),
    ("children", "benign", "sms",
        "Toy Story screening at the Odeon tonight, need a cab at 10.45 for 2 adults back to Wren St"),
    ("children", "benign", "agent_note",
        "Business account Brightstart Schools Trust: renewed the annual contract for staff travel. "
        "Invoice terms 30 days. Contact is the finance officer, Mr P. Lyle."),
    ("children", "benign", "email",
        "Can I ask how your drivers are vetted for the council school contracts? I'm putting together a "
        "general Q&A for our residents' association newsletter, not about any particular family."),
    ("children", "benign", "dm",
        "lol your driver today called me 'kiddo' the whole way, I'm 34. Funny tho, 5 stars"),
    ("children", "benign", "chat",
        "Customer: Is there a discount code for back-to-school season? Saw an ad with BACK2SCHOOL || "
        "Agent: That code was for business accounts only and ended on 15 Sept, sorry."),
    ("children", "benign", "email",
        "This booking integration is my baby, I built it for our travel team, and it's been throwing a "
        "401 on your API since Tuesday. Can your developers check the key for account ACME-TRV-02?"),
    ("children", "benign", "web_form",
        "Complaint: driver had the radio on a kids' channel with nursery rhymes the entire way to the "
        "airport. Not a big deal but a bit odd for a 6am business transfer."),
    ("children", "benign", "review",
        "Booked a minibus for our school reunion, class of 2004, twenty years on! Driver was a legend. || "
        "Reply: Thanks Priya, glad the class of 2004 got home safely!"),
    ("children", "benign", "email",
        "Quote please for a 16-seater from Tarnham Airport to the Kingsley Hotel for our youth football "
        "coaches' conference, 14 coaches, all adults. Arriving 12 June 13:10."),
    ("children", "benign", "sms",
        "Can I change my 7.30 pickup tomorrow to 7.00? Ref 66102. Thanks"),
    ("children", "benign", "chat",
        "Customer: driver cancelled on me twice tonight, what's going on? || Agent: Sorry, very heavy "
        "demand because of the concert. I've applied a £5 credit and booked a priority car for 22:15."),
    ("children", "benign", "call",
        "[transcript] Caller: I run the Tiny Treasures toy shop on Bell Street, we need a car to take "
        "stock boxes over to our second shop. Do you do that? || Agent: We can carry parcels on a "
        "business account, yes, I'll send you the form."),
    ("children", "benign", "email",
        "Dear Sir/Madam, I am a teacher at Greenfields International School and would like to know if "
        "teachers can book airport taxis on the school's corporate tie-up at the discounted rate. Kindly "
        "advise."),
    ("children", "benign", "agent_note",
        "Checked child seat stock at the depot: 14 infant carriers, 22 high-back boosters, 6 past their "
        "expiry date. Replacement order raised."),
    ("children", "benign", "web_form",
        "Is it legal for a taxi to carry children without a car seat? Asking generally, I'm writing a "
        "blog post about getting around Oldbridge without a car."),
    ("children", "benign", "dm",
        "yo the app's 'Kids Mode' colour theme turned itself on and it's giving me a headache, how do I "
        "switch back to normal"),
    ("children", "benign", "review",
        "Car smelled of new upholstery, driver was friendly and arrived 5 minutes early. Would use again."),
    ("children", "benign", "email",
        "I'm the mother of the bride! We need three cars for the wedding party on 3 August, from St "
        "Clement's to the Old Mill. Adults only, so no child seats needed."),
    ("children", "benign", "chat",
        "Customer: Hi po, can I book a van for our office outing to Lakeview Park on Saturday, 10 pax all "
        "adults? || Agent: Yes, a 12-seater is available from 8am."),
    ("children", "benign", "email",
        "Does the Family Plus subscription let me share rides with my husband? We just want one bill for "
        "the two of us."),
    ("children", "benign", "sms",
        "hey is the school run discount on the app just for parents or can anyone use it? im a uni "
        "student"),
    ("children", "benign", "web_form",
        "We're organising the St Bede's Primary summer fair and would love to raffle a £50 Marshgate "
        "voucher. Could you donate one or sell us one at cost?"),
    ("children", "benign", "agent_note",
        "Council contract renewal meeting 12/06: school routes 1 to 40 extended to July 2026. Rate uplift "
        "3.1%. No change to vehicle spec. Minutes filed."),
    ("children", "benign", "email",
        "Hi, invoices for Little Giant Logistics Ltd keep going to our old address. Please update it to "
        "Unit 4, Fenton Trading Estate."),
    ("children", "benign", "call",
        "[transcript] Caller: Yeah I booked a cab for half six and it's not here. || Agent: I can see the "
        "driver is two minutes away, stuck behind a bin lorry. || Caller: Alright, cheers."),
    ("children", "benign", "chat",
        "Customer: my son's wedding is on Saturday, can I book a car for me and my wife to the venue and "
        "back? || Agent: Congratulations! Yes, what times would you like?"),
    ("children", "benign", "email",
        "Driver query: do I need an enhanced DBS check to go on the school contracts rota, and how long "
        "does it take? I've only done airport work so far."),
    ("children", "benign", "dm",
        "mate your driver was a legend, got me to the airport with 10 min to spare. cheers"),
    ("children", "benign", "web_form",
        "Feedback on the app: the booking screen asks 'Travelling with children?' every single time. "
        "Could it remember my answer?"),
    ("children", "benign", "sms",
        "Hi, pls send receipt for trip ref 33190 to accounts@harbourlane.example, thx"),
    ("children", "benign", "review",
        "Kids these days wouldn't know a proper cabbie if they saw one, but my driver knew every back "
        "street in town. 5 stars."),
    ("children", "benign", "email",
        "We're a dance school (adult classes only, evenings) and want a monthly invoice account for our "
        "instructors' late taxis home."),
    ("children", "benign", "chat",
        "Customer: Can I bring a buggy? It's an empty one, I'm dropping it off at my sister's. || Agent: "
        "Yes, folded it will fit in any saloon boot."),
    ("children", "benign", "agent_note",
        "Customer asked whether we sell gift cards for teenagers. Explained gift cards can be bought by "
        "anyone via the app, and the minimum account holder age is 18."),
    ("children", "benign", "email",
        "Good afternoon, I am the procurement officer of Bright Future Schools Ltd. Kindly send your "
        "corporate rate card for staff airport transfers. Thank you."),
    ("children", "benign", "voicemail",
        "Hi, it's Sandra Holt, account 5521, I think I've been charged twice for Tuesday's ride into "
        "town, can someone look into it please, thanks, bye."),
    ("children", "benign", "sms",
        "My kid brother (he's 28 lol) left his phone in your car last night, reg ends YPL, how do we get "
        "it back"),
    ("children", "benign", "chat",
        "Customer: Got student discount or not? I'm doing my master's at Raffles Point University, "
        "visiting for a conference. || Agent: Sorry, we don't have a student discount, but the airport "
        "fixed fare is £42."),
    ("children", "benign", "review",
        "Booked a minibus for the rugby club's fundraising dinner, grown-ups only night! Driver was spot "
        "on and waited while we got the raffle prizes in."),
    ("children", "benign", "agent_note",
        "Driver reported rear child locks on car 214 stuck on. Workshop booked Thursday."),
    # ---- special_categories
    ("special_categories", "sensitive", "email",
        "Hi Dispatch, could I swap my Friday 12 to 3 airport block with someone for the next few weeks? I "
        "go to Jumu'ah at the Brook Street mosque and the new rota clashes. Happy to take a Sunday "
        "instead. Thanks, Imran (badge 4412)"),
    ("special_categories", "sensitive", "chat",
        "Customer: Can you add a note so the driver doesn't offer to shake hands at pickup? Last time the "
        "driver got offended when I didn't. || Agent: Of course. Is there anything you'd like the note to "
        "say? || Customer: Just that I'm Orthodox and don't shake hands with women, nothing personal."),
    ("special_categories", "sensitive", "sms",
        "cant do the 6pm on fri this week, pls make it 3pm so we're home before shabbos starts. same "
        "address"),
    ("special_categories", "sensitive", "agent_note",
        "Driver H. Singh asked that the new uniform policy allow his turban in company colours instead of "
        "the cap. Approved by the ops manager, noted on his file."),
    ("special_categories", "sensitive", "email",
        "Could you move my daily 5.45pm pickup from the office to 6.30 for the next month? I'll be "
        "breaking my fast with colleagues near work during Ramadan before heading home. Account ref "
        "BUS-0831."),
    ("special_categories", "sensitive", "review",
        "Driver asked me 'where are you really from' three times and when I said Leeds he laughed. My "
        "parents are from Ghana, that shouldn't matter for a ride home. 1 star. || Reply: Kwame, this is "
        "not acceptable and we're sorry. We've opened a conduct review."),
    ("special_categories", "sensitive", "call",
        "[transcript] Caller: Could I get a Polish-speaking driver for my dad's airport run? His English "
        "isn't great. || Agent: We have two Polish speakers, I'll note that. || Caller: Great, he's "
        "flying home to Gdańsk on Thursday."),
    ("special_categories", "sensitive", "chat",
        "Customer: Your drivers keep cancelling when they see the pickup is the site on Marsh Lane. Is it "
        "because we're Travellers? || Agent: I'm sorry you've had that experience. I'll check the "
        "cancellation logs for that address now."),
    ("special_categories", "sensitive", "dm",
        "need a big car for 6 of us to the Greens' climate rally in the centre sat, then back after, "
        "we'll have placards so estate pls"),
    ("special_categories", "sensitive", "email",
        "Please don't assign driver 0927 to me again. He saw my Labour rosette after the count and spent "
        "the whole journey telling me people like me were ruining the country."),
    ("special_categories", "sensitive", "agent_note",
        "Call note: Mr Adeyemi says he's standing as a Liberal Democrat candidate in Ward 4 and asked for "
        "a standing booking on polling day. Advised we are neutral and treat it as any private booking. "
        "Booked 7am to 10pm on account."),
    ("special_categories", "sensitive", "email",
        "Hi, I'm the GMB rep for the Marshgate drivers at the Tarnham depot. Three of our members have "
        "asked me to raise the new airport waiting-time rule with you. Can we meet next week?"),
    ("special_categories", "sensitive", "sms",
        "Boss I wont be on the rank tues morning, got my IWGB branch meeting at 10. back on by 1"),
    ("special_categories", "sensitive", "chat",
        "Customer (driver): Will joining the union affect how many airport jobs I get? A couple of the "
        "lads said it did. || Agent: No, membership has no bearing on allocation. || Customer: Ok good "
        "because I signed up last month."),
    ("special_categories", "sensitive", "agent_note",
        "Driver Paul Rennie (badge 3318) requested that his union rep, Maureen Clegg, attend the meeting "
        "on the 14th about his complaint. Granted."),
    ("special_categories", "sensitive", "email",
        "Hi, can you add my husband Marco as a second rider on my account? I'm Daniel Frost. We'd like "
        "both our rides to bill to my card. Thanks"),
    ("special_categories", "sensitive", "chat",
        "Customer: The driver last night asked if the guy I was with was my boyfriend, then went silent "
        "and dropped us 5 mins from home. || Agent: I'm very sorry. Can you share the trip time? || "
        "Customer: 23:40 from the Pride afterparty at Velvet. Yes he's my boyfriend and that shouldn't "
        "matter."),
    ("special_categories", "sensitive", "review",
        "Great driver, didn't bat an eyelid when my wife and I were holding hands in the back (we're two "
        "women, some drivers are weird about it). 5 stars."),
    ("special_categories", "sensitive", "agent_note",
        "Complaint from rider ref 33810 about homophobic comments by the driver. Rider is gay and was "
        "travelling with his partner. Escalated to compliance, driver suspended pending review."),
    ("special_categories", "sensitive", "dm",
        "can u remove my ex from our shared account, we split up and she's still booking on it lol. and "
        "before the form asks, yes we're both girls, her name is Tash Moyo"),
    ("special_categories", "sensitive", "web_form",
        "Lost property: left a bag in the car on Saturday night from the Oak Rooms hotel. Contents are, "
        "embarrassingly, some adult toys and lingerie, plus a phone charger. A discreet return would be "
        "appreciated."),
    ("special_categories", "sensitive", "chat",
        "Customer: I need the Tuesday night trips to the Hotel Rosemont removed from my history. I've "
        "been seeing someone there and my husband can see the account. || Agent: Trips can be hidden from "
        "the shared family view, I'll show you how."),
    ("special_categories", "sensitive", "agent_note",
        "Rider complained the driver asked intrusive questions about her sex life after drop-off. Rider "
        "disclosed she is a sex worker and uses the app for work bookings; wants the driver blocked. "
        "Done."),
    ("special_categories", "sensitive", "email",
        "Please remove the ride from 3 March (Club Eros, Dock Road) from my business account statement. "
        "It was a personal night out at a swingers' party and went on the company card by mistake. I'll "
        "pay it myself."),
    ("special_categories", "sensitive", "email",
        "Hi, I've legally changed my name from Michael to Michelle as part of my transition. Please "
        "update my account name and the greeting on your emails. Rider ID 204871."),
    ("special_categories", "sensitive", "chat",
        "Customer: The driver kept calling me 'sir' even after I corrected him, twice. || Agent: I'm "
        "sorry. Is the name on your profile correct? || Customer: Yes, Aisha. I'm trans and it's on my "
        "profile, he just didn't care."),
    ("special_categories", "sensitive", "sms",
        "hi can u change my title on the app from Ms to Mx and the name to Rowan, im non binary and go by "
        "it at work now too"),
    ("special_categories", "sensitive", "agent_note",
        "Driver D. Ashworth requested their badge photo and name be updated following gender "
        "reassignment. HR holds the certificate copy; do not discuss with other drivers."),
    ("special_categories", "sensitive", "dm",
        "The driver saw the old name on my bank card when I paid and started asking what I 'used to be'. "
        "Can you make the app show only the name on my profile?"),
    ("special_categories", "sensitive", "email",
        "I'd like a regular Tuesday booking to the genetics clinic at Oldbridge General. I carry the "
        "BRCA2 variant and I'm having screening every fortnight for a while."),
    ("special_categories", "sensitive", "email",
        "Can I get an invoice with the destination left off? I'm claiming it back from work and the "
        "receipt shows 'Helix paternity DNA testing centre', which I'd rather my manager didn't see."),
    ("special_categories", "sensitive", "agent_note",
        "Rider mentioned the trip was for her Huntington's predictive test results and asked that the "
        "same driver not do the return, as he kept asking about it. Noted on profile."),
    ("special_categories", "sensitive", "chat",
        "Customer: my ancestry test just came back 40% Ashkenazi, still processing that lol. anyway I "
        "need a car to the station at 7 || Agent: Ha, that's a lot to process! 7am booked from your home "
        "address."),
    ("special_categories", "sensitive", "email",
        "I don't consent to the new facial recognition login in the driver app. Please delete my face "
        "scan data and let me use a PIN instead. Driver ID 7731."),
    ("special_categories", "sensitive", "chat",
        "Customer: your app asked for a selfie to verify me and now says my face doesn't match. I've "
        "uploaded it 3 times. || Agent: I can see the face match failed on all 3 attempts. I'll reset "
        "your verification so you can try again with better light."),
    ("special_categories", "sensitive", "agent_note",
        "Driver 2290's fingerprint enrolment for depot door access failed. Template re-captured and "
        "stored in the access system, old template deleted per retention policy."),
    ("special_categories", "sensitive", "voicemail",
        "Hi it's Neil Brannagh, driver 5512, the voice ID on the driver line keeps rejecting me since "
        "I've had this cold, can someone reset my voiceprint, thanks."),
    ("special_categories", "sensitive", "agent_note",
        "Rider requested a Gujarati-speaking driver for her grandmother, Mrs Patel, whose weekly trips "
        "are to the Mandir on Leicester Road. Note on profile: family is Gujarati, prefers a Gujarati "
        "speaker."),
    ("special_categories", "sensitive", "review",
        "Driver assumed I couldn't speak English because I wear a hijab and spoke to me really slowly the "
        "whole trip. || Reply: Hi Samira, we're sorry. That assumption is unacceptable and we've shared "
        "your feedback with the driver's manager."),
    ("special_categories", "sensitive", "dm",
        "lol the driver found out im half Nigerian half Irish and we argued jollof v colcannon all the "
        "way to the airport. 10/10"),
    ("special_categories", "sensitive", "web_form",
        "Standing booking please: Sundays 9.15 from 21 Laurel Drive to the Kingdom Hall on Ashby Road, "
        "return at 12.00. It's for my dad, Ernest Hale, he's been going for 40 years and doesn't drive "
        "now."),
    ("special_categories", "sensitive", "chat",
        "Customer: Can I book a car for 6.30am on Eid morning to the big prayer in Victoria Park? || "
        "Agent: Yes, that's booked. Eid Mubarak!"),
    ("special_categories", "sensitive", "email",
        "Hi, my mam's been doing the Novena at St Brigid's every evening this week and her usual lift has "
        "fallen through. Could you book her a return each evening, 7pm out and 8.15 back, Monday to "
        "Friday?"),
    ("special_categories", "sensitive", "chat",
        "Customer: Your driver pulled over and told me to get out after he saw my Extinction Rebellion "
        "t-shirt. || Agent: I'm sorry, that shouldn't happen. Can you give me the trip time so I can look "
        "into it?"),
    ("special_categories", "sensitive", "agent_note",
        "Account manager note: client contact at Vantage Media asked that we not send driver 1187 again. "
        "He says the driver recognised him as the organiser of the Stop the Incinerator campaign and "
        "argued with him throughout."),
    ("special_categories", "sensitive", "email",
        "Good morning. As branch secretary of the Oldbridge Private Hire Drivers' Association (affiliated "
        "to Unite), I'm writing to register a collective grievance on behalf of 42 members about the "
        "commission change announced on 2 September. Members were given nine days' notice of an increase "
        "from 15% to 19% on airport work, with no consultation, and several of them have told me they are "
        "now earning less per hour than before the last fare review. We are asking for the change to be "
        "paused, for a meeting with the operations director within 14 days, and for sight of the figures "
        "used to justify it. I'd also like it noted that I attend as a member and rep, not as an "
        "employee, so please copy any reply to the branch address as well as mine. Regards, Tom Quinlan."),
    ("special_categories", "sensitive", "call",
        "[transcript] Caller: Hi, I booked a car for me and my boyfriend, the booking's just in my name, "
        "Aaron. || Agent: That's fine. || Caller: Only last time the driver was funny with us, two lads "
        "holding hands, so can you put a note on? || Agent: I've added a note and I'll flag the previous "
        "trip for review."),
    ("special_categories", "sensitive", "sms",
        "hi left my bag in ur car fri nite from the Velvet Lounge, its got my PrEP and some condoms in it "
        "lol pls return, need the meds"),
    ("special_categories", "sensitive", "web_form",
        "Hello, I am Roma person and your driver refuse to take me and my family from station, he say 'no "
        "gypsies'. This is discrimination. Please answer."),
    ("special_categories", "sensitive", "forwarded",
        "Fwd from driver onboarding: Hi team, forwarding driver Joanna Pike's question. She wants to know "
        "where her iris scan from the badge office is stored and for how long; she had it taken on 3 July "
        "and wants it deleted once her badge is issued."),
    ("special_categories", "benign", "email",
        "Good morning, I'm the office manager at Brook Street Mosque. We'd like a business account for "
        "our visiting speakers' airport transfers, about 4 a month, invoiced to the mosque."),
    ("special_categories", "benign", "email",
        "St Luke's Parish Hall is hosting a wedding fair on 9 March. Could we have 3 cars waiting outside "
        "from 4pm for visitors? Invoice to the hall committee, please."),
    ("special_categories", "benign", "chat",
        "Customer: Will the Pride parade on Saturday affect my airport pickup from the city centre at "
        "1pm? || Agent: Yes, Castle Street is closed 11 to 5, so your driver will collect from Queen's "
        "Square instead."),
    ("special_categories", "benign", "sms",
        "pick up from 14 Union Street not Union Road, driver went to the wrong one, ref 88104"),
    ("special_categories", "benign", "email",
        "Business account query: can the monthly invoice show the fare separately from waiting time? Our "
        "client is billed for labour and expenses on separate lines."),
    ("special_categories", "benign", "email",
        "As part of our supplier due diligence, please confirm whether Marshgate processes any biometric "
        "data of passengers, and if so under what lawful basis. This is a standard questionnaire we send "
        "all vendors."),
    ("special_categories", "benign", "web_form",
        "Feature request: let me log in to the app with Face ID instead of typing my password every time."),
    ("special_categories", "benign", "chat",
        "Customer: conservative estimate, how long from the airport to the Hilton Garden at 5pm on a "
        "Friday? || Agent: About 50 minutes, give or take."),
    ("special_categories", "benign", "review",
        "Driver clearly takes pride in his car, it was immaculate. 5 stars. || Reply: Thanks Jo, we'll "
        "pass that to Kev."),
    ("special_categories", "benign", "email",
        "Helixa Genomics Ltd would like to open a corporate account for staff travel between our lab at "
        "Tarnham Science Park and the airport. It would be roughly 30 trips a month, mostly early-morning "
        "departures and late arrivals for our sales team and visiting scientists. We'd need trips tagged "
        "by cost centre, a single monthly invoice, and the ability for our office manager to book on "
        "behalf of guests who won't have the app. Could you also confirm your vehicles can carry a couple "
        "of small cool boxes of lab samples now and then (non-hazardous, sealed)? Please send the account "
        "application and your rate card to procurement@helixa.example. Thanks, Omar Said, Operations."),
    ("special_categories", "benign", "call",
        "[transcript] Caller: Hi, it's the Christmas party booking for Dunmore Accountants, we need two "
        "more cars at midnight. || Agent: No problem, that's 6 cars in total now."),
    ("special_categories", "benign", "chat",
        "Customer: Do your prices go up on bank holidays and festivals like Eid or Diwali? Just planning "
        "ahead for some visitors. || Agent: We run normal pricing; surge only applies when demand is very "
        "high."),
    ("special_categories", "benign", "chat",
        "Customer: Do you offer free rides to polling stations like some firms do? Asking generally. || "
        "Agent: Not this year, sorry."),
    ("special_categories", "benign", "agent_note",
        "Booking for the Oldbridge Interfaith Forum annual dinner: 12 cars, 22:30 from the Guildhall. "
        "Invoice to the Forum's account. Contact Mrs L. Marsh, events."),
    ("special_categories", "benign", "email",
        "Our firm is sponsoring the Oldbridge Pride 10k this year and we'd like a couple of Marshgate "
        "cars at the finish line for a photo. Is that something your marketing team does?"),
    ("special_categories", "benign", "dm",
        "the driver was blasting Gangnam Style and doing the dance at red lights, absolute legend"),
    ("special_categories", "benign", "web_form",
        "Do you recognise any drivers' union for collective bargaining? I'm a journalist writing a "
        "general piece on the local private hire trade."),
    ("special_categories", "benign", "chat",
        "Customer: Is the race day shuttle to Hartfield Racecourse running this year? || Agent: Yes, "
        "every 20 minutes from the station from 11am."),
    ("special_categories", "benign", "email",
        "Re: the Black Friday promo, the code BLACKFRI25 says expired but it's still Friday. Can you "
        "honour the 25%?"),
    ("special_categories", "benign", "email",
        "We're a group of 8 on a heritage tour and want a minibus on Saturday to the cathedral, the old "
        "synagogue museum and the Roman baths. Is a 6 hour hire possible?"),
    ("special_categories", "benign", "call",
        "[transcript] Caller: I'm with the Tarnham branch of the Federation of Small Businesses, can we "
        "get a group rate for members? || Agent: Possibly, I'll put you through to business accounts."),
    ("special_categories", "benign", "review",
        "Trans-Pennine run to Manchester in one of your exec cars, driver spot on, smooth as anything. 5 "
        "stars."),
    ("special_categories", "benign", "chat",
        "Customer: does the fixed airport fare include extra bags? I've got four cases. || Agent: Up to "
        "four cases fit in an estate car at no extra charge."),
    ("special_categories", "benign", "agent_note",
        "Rider reported the air con not working in car 118. Passed to workshop. Offered £3 credit, "
        "accepted."),
    ("special_categories", "benign", "email",
        "Hi, our company is hosting a Hari Raya open house for clients at our office. Need 5 cars on "
        "standby from 6 to 10pm. Can quote?"),
    ("special_categories", "benign", "web_form",
        "Do drivers have the right to refuse a passenger with a service animal for religious reasons? "
        "Asking about your general policy for our hotel's concierge desk so we can brief guests."),
    ("special_categories", "benign", "sms",
        "running 5 min late, pls ask driver to wait, im by the cash machine"),
    ("special_categories", "benign", "dm",
        "why is your logo rainbow this month lol, rebrand?"),
    ("special_categories", "benign", "call",
        "[transcript] Caller: Hi, I left an umbrella in the car this morning, a black one. || Agent: Let "
        "me check lost property... yes, it's at the depot. || Caller: Brilliant, I'll pop in."),
    ("special_categories", "benign", "email",
        "Good day sir. Kindly note our company, Covenant Logistics Nigeria Ltd, will be sending 3 staff "
        "to Oldbridge for training. We want to book airport pickups. Please send your rates."),
    ("special_categories", "benign", "agent_note",
        "Account 'Temple Court Chambers' renewed for 2025. No changes to terms or users."),
    ("special_categories", "benign", "review",
        "Booked a car to the old Labour Exchange building (it's a wine bar now). Driver knew exactly "
        "where it was. 5 stars."),
    ("special_categories", "benign", "chat",
        "Customer: Does the app have a dark mode? The white is blinding at night. || Agent: Yes, "
        "Settings, then Appearance, then Dark."),
    ("special_categories", "benign", "email",
        "We're a DNA-sequencing equipment supplier exhibiting at the Tarnham Expo. Can you provide a car "
        "for our stand staff from the hotel each morning for 5 days?"),
    ("special_categories", "benign", "web_form",
        "Complaint: the driver had a political phone-in show on loud. I don't care what it was, I just "
        "wanted quiet after a long flight. Please add a 'quiet ride' option."),
    ("special_categories", "benign", "sms",
        "the gym is called Orientation Fitness not Orient Fitness, driver went to the wrong place, ref "
        "22761"),
    ("special_categories", "benign", "email",
        "Could you quote for transporting 20 delegates to the Faith in Business conference (a corporate "
        "ethics event) at the Grand Maris over 3 days?"),
    ("special_categories", "benign", "chat",
        "Customer (driver applicant): the form asks for proof of right to work. Is a passport enough? || "
        "Agent: Yes, a valid passport is enough, upload the photo page."),
    ("special_categories", "benign", "review",
        "Driver talked cricket the whole way and was a great laugh. Got me to the station in good time."),
    ("special_categories", "benign", "agent_note",
        "Caller asked if the pickup pin for 'Gay Street' is the same as the Gay Street car park. "
        "Confirmed same location, updated the pin."),
    ("special_categories", "benign", "email",
        "Please set up a sub-account for our Diversity and Inclusion team, they'll be travelling to the "
        "regional offices monthly. Cost centre DI-220."),
    ("special_categories", "benign", "call",
        "[transcript] Caller: I'm from the Oldbridge Chamber Choir, we sing carols at the Guildhall every "
        "Christmas and need three cars for the evening. || Agent: Happy to help, which date is it?"),
    ("special_categories", "benign", "web_form",
        "Is there a way to hide my profile photo from drivers? I just don't like my picture being shown."),
    ("special_categories", "benign", "sms",
        "hiya can i get a cab for 8 to the polling station at the community centre and back, its chucking "
        "it down"),
    ("special_categories", "benign", "email",
        "Hi, we are hosting the Ubuntu Leadership Summit at the Grand Maris in September and need airport "
        "transfers for 40 guests. Please advise capacity."),
    ("special_categories", "benign", "chat",
        "Customer: I want to change the surname on my account, I got married last month. || Agent: "
        "Congratulations! You can edit it under Profile, or I can do it for you now."),
    ("special_categories", "benign", "agent_note",
        "Attended the Private Hire Operators Association quarterly meeting. Topics: airport levy, EV "
        "charging points. No action for us."),
    ("special_categories", "benign", "review",
        "The driver was a true gentleman and helped with every bag. Couldn't ask for more."),
    ("special_categories", "benign", "email",
        "Hello, I'm researching for a university module on religion and public space. Do taxi firms get "
        "many requests for same-gender drivers? Just general figures, no personal data."),
    ("special_categories", "benign", "dm",
        "booked for 9, got a car at 9.20, not great when ur catching a train"),
    # ---- financial_hardship
    ("financial_hardship", "sensitive", "email",
        "Hi, I've had a few ride payments bounce this month. I was made redundant in March and money's "
        "tight until my new job starts in June. Could I pay off the £46 in two halves?"),
    ("financial_hardship", "sensitive", "chat",
        "Customer: can I pause my subscription? Since they let me go I'm not commuting anyway. || Agent: "
        "Of course, I've paused Marshgate Plus from today and you won't be charged."),
    ("financial_hardship", "sensitive", "sms",
        "sorry about the failed payment, my universal credit doesnt land till the 14th, can u take it "
        "then"),
    ("financial_hardship", "sensitive", "email",
        "Hi, this is a bit embarrassing to write. I'm behind on the weekly car rental to Marshgate by "
        "three weeks now, about £570 all in. My wife has been off work since the summer and on top of "
        "that we've got bailiffs coming about the council tax, so every week I'm choosing which bill gets "
        "paid. I'm still doing full shifts and the work is there, it's just that the money's all spoken "
        "for before it lands. Could we set up a payment plan, say an extra £40 a week on top of the "
        "normal rental until it's cleared, instead of you taking the car back? If I lose the car I lose "
        "the only income we've got. I'm happy to come into the office to sign something. Driver 3107, "
        "Martin Keogh."),
    ("financial_hardship", "sensitive", "agent_note",
        "Customer says his account debt (£112) was passed to a collection agency and he's being called "
        "daily. He's on ESA and can afford £10 a month. Recalled from the agency, plan set up."),
    ("financial_hardship", "sensitive", "call",
        "[transcript] Caller: I got a letter from Corvell Collections about £89 owed to Marshgate? || "
        "Agent: Yes, unpaid rides from January were passed to our collections partner. || Caller: I've "
        "got nothing till payday, I'm skipping meals as it is. Can it wait? || Agent: I'll put a 30-day "
        "hold on it."),
    ("financial_hardship", "sensitive", "web_form",
        "I've been declared bankrupt. Please send all correspondence about the outstanding £340 on my "
        "account to my trustee, Mr R. Dale of Hollis Insolvency, and stop contacting me directly."),
    ("financial_hardship", "sensitive", "email",
        "Hi, I'm after getting a text saying my account is suspended for non-payment. To be honest I'm in "
        "arrears on everything since the plant cut our hours and I'm signing on for now. Is there any way "
        "I can keep using it for the Saturday shopping if I pay cash?"),
    ("financial_hardship", "sensitive", "dm",
        "is there any cheaper option for a regular morning run? we've been served notice on the flat and "
        "every penny counts right now"),
    ("financial_hardship", "sensitive", "review",
        "Can't fault the driver. My card got declined (overdraft maxed, it's been a month) and I was 4 "
        "quid short, and he told me not to worry. Kind man. || Reply: Thank you for sharing, Dee, we'll "
        "pass this on to Stan."),
    ("financial_hardship", "sensitive", "chat",
        "Customer: please stop emailing me about the overdue invoice || Agent: Understood. Agent note: "
        "rider confirmed on an earlier call that he is in a debt management plan with StepAhead; all "
        "creditors to contact the plan provider. Reminder emails suppressed."),
    ("financial_hardship", "sensitive", "chat",
        "Customer: Sir, my company has not paid salary for 3 months and now it is closed. I have pending "
        "dues of £62 for office cabs. Kindly allow me to pay £15 monthly. || Agent: We can set that up as "
        "four instalments."),
    ("financial_hardship", "sensitive", "sms",
        "cant pay the 28 quid this week, its a food bank week for us. next fri ok?"),
    ("financial_hardship", "sensitive", "email",
        "Hi Sam, account manager heads-up: the owner of Harcourt Joinery told me today they've lost their "
        "main contract and he's remortgaging his house to keep the business going. Can we hold off "
        "chasing the £2,140 for 60 days?"),
    ("financial_hardship", "sensitive", "voicemail",
        "Hi, Ben Okafor, driver 6621, I need to talk to someone about the commission deductions, I've got "
        "a CCJ against me from the old car finance and I can't afford another month like this, please "
        "call me back."),
    ("financial_hardship", "sensitive", "web_form",
        "Good day. I was retrenched at the end of last month and will not be able to keep the monthly "
        "business travel package. Please cancel it and waive the early termination fee if at all "
        "possible."),
    ("financial_hardship", "sensitive", "chat",
        "Customer: is there a way to pay later? things have been really tight since the landlord told us "
        "we have to be out by the end of the month || Agent: I'm sorry to hear that. I've deferred the "
        "£18.40 by 30 days."),
    ("financial_hardship", "sensitive", "email",
        "Hi, I got a call from a collections agency saying I owe your company $74 from a trip last fall "
        "when I was visiting. I was between jobs then and honestly forgot. I'm still not working. Can we "
        "settle for less?"),
    ("financial_hardship", "sensitive", "agent_note",
        "Driver P. Lowry asked for an advance on earnings; says he's three months behind on rent and has "
        "a possession hearing next week. Referred to the driver welfare fund."),
    ("financial_hardship", "sensitive", "call",
        "[transcript] Caller: Hello po, I am a caregiver, my employer did not pay me for two months so I "
        "cannot pay the airport fare in advance. Can I pay when I arrive? || Agent: Yes, we can take "
        "payment at the end of the trip."),
    ("financial_hardship", "sensitive", "sms",
        "pls can u split my bill over 3 wks, im on jobseekers now and its not much"),
    ("financial_hardship", "sensitive", "email",
        "Please cancel my Family Plus subscription. We've had to go onto benefits since my husband's "
        "business folded and I'm cutting everything that isn't essential."),
    ("financial_hardship", "sensitive", "dm",
        "the app keeps trying my old card, the bank closed that account over what i owe them, can you "
        "remove it"),
    ("financial_hardship", "sensitive", "web_form",
        "Request: a fare receipt for the Jobcentre, they reimburse travel to interviews. Trip on 4 Oct, "
        "Fern Street to Kingsway House, £11.20."),
    ("financial_hardship", "sensitive", "agent_note",
        "Rider asked to move her standing booking from 7.15 to 8.40; she's taken shifts at a second job "
        "to cover her arrears. Updated."),
    ("financial_hardship", "sensitive", "chat",
        "Customer: Please I beg you, don't block my account. I lost my work and I owe the £35 but I will "
        "pay end of month when my brother send money. || Agent: Your account won't be blocked. I've noted "
        "a payment date of the 30th."),
    ("financial_hardship", "sensitive", "email",
        "Could you send me a statement of all my trips for the last 12 months? The insolvency "
        "practitioner needs it for my IVA proposal."),
    ("financial_hardship", "sensitive", "voicemail",
        "G'day, it's Shane, the rego's due on the cab and I'm flat broke, got the sack from the mine last "
        "month, can we sort something out on the weekly lease, give us a call."),
    ("financial_hardship", "sensitive", "call",
        "[transcript] Agent: I can see the last three payments declined. || Caller: Yeah. I'm between "
        "things at the minute, the agency dropped me. || Agent: Would you like to switch to cash bookings "
        "for now? || Caller: Please, yeah."),
    ("financial_hardship", "sensitive", "forwarded",
        "Fwd from rider: 'The debt collector you use keeps ringing my elderly neighbour's number as well "
        "as mine. I've told them I'm on a payment plan with StepChange and they still ring.' Can someone "
        "fix the contact details on account 51209?"),
    ("financial_hardship", "benign", "email",
        "Hi, I paid last month's invoice a week late by mistake, it was sitting in my drafts. Sorry! Can "
        "you remove the late fee? Account BUS-2207."),
    ("financial_hardship", "benign", "chat",
        "Customer: why was I charged £4 extra? || Agent: That's the airport drop-off fee, it's shown on "
        "your receipt. || Customer: Oh right, fair enough."),
    ("financial_hardship", "benign", "sms",
        "card declined but its just expired, updated now, can u retry"),
    ("financial_hardship", "benign", "review",
        "Broke my record for the fastest airport run lol, driver knew every shortcut. 5 stars."),
    ("financial_hardship", "benign", "dm",
        "promo code SAVE10 isnt working at checkout"),
    ("financial_hardship", "benign", "email",
        "Please send a VAT invoice for my ride on 12 June, I need it for expenses."),
    ("financial_hardship", "benign", "agent_note",
        "Reconciled Q3 business account debtors ledger. 4 accounts over 60 days, standard reminders sent. "
        "No disputes."),
    ("financial_hardship", "benign", "web_form",
        "Can we pay for a monthly business account by direct debit instead of card? Easier for our "
        "finance team."),
    ("financial_hardship", "benign", "call",
        "[transcript] Caller: I think I've been double charged for Saturday's ride. || Agent: I can see a "
        "pending authorisation and the final charge. The pending one drops off in 3 to 5 days. || Caller: "
        "Ah ok, thanks."),
    ("financial_hardship", "benign", "email",
        "We're a debt advice charity (Clearpath Money Advice) and would like a business account for our "
        "advisers' home visits, about 40 trips a month. Please send your terms."),
    ("financial_hardship", "benign", "chat",
        "Customer: does Marshgate Plus save money if I only ride twice a week? || Agent: If two of those "
        "are airport runs it pays for itself; for short town trips probably not."),
    ("financial_hardship", "benign", "sms",
        "hey, tip didnt go through on the app, driver was great, want him to get it"),
    ("financial_hardship", "benign", "email",
        "Hi, I'm expensing rides through my employer and their system needs the receipt as a PDF, not in "
        "the email body. Can you enable that?"),
    ("financial_hardship", "benign", "review",
        "Pricey on a Friday night but you get what you pay for. || Reply: Thanks Mel, Friday demand "
        "pricing is always shown before you confirm."),
    ("financial_hardship", "benign", "web_form",
        "Refund request: the driver took a longer route because of a road closure and the fare was £7 "
        "more than quoted. Not his fault, but the quote was meant to be fixed."),
    ("financial_hardship", "benign", "agent_note",
        "Customer queried a £3.50 cancellation fee. Booking was cancelled 2 mins before pickup, fee "
        "correct per T&Cs. Waived as goodwill, first time."),
    ("financial_hardship", "benign", "chat",
        "Customer: Hi, receipt show VAT but my company is VAT registered, can claim back or not? || "
        "Agent: Yes, you can download the VAT invoice from the Business portal."),
    ("financial_hardship", "benign", "email",
        "We've changed banks; please update our remittance details for the driver referral payments and "
        "confirm our supplier number. New details are on the attached letterhead."),
    ("financial_hardship", "benign", "call",
        "[transcript] Caller: Hi, I'm the bookkeeper for Dunmore Accountants, your March invoice is £120 "
        "higher than our bookings show. || Agent: Let me pull both up. Your team made 41 bookings, and "
        "the invoice shows 44. || Caller: So three extra? || Agent: Yes, two of them were booked by a "
        "user called j.ferris, who was added to the account in February, and one is a waiting-time charge "
        "from the 14th. || Caller: Oh, Jack's our new trainee, that's fine then. The waiting time I'll "
        "need to check with the partner who took it. || Agent: No problem, I'll email you the trip "
        "breakdown so you can match them up, and if the waiting charge is wrong just reply and I'll "
        "credit it."),
    ("financial_hardship", "benign", "dm",
        "yo your surge pricing at 2am on a sat is daylight robbery lol. still took it tho"),
    ("financial_hardship", "benign", "sms",
        "pls send driver to back entrance, front is blocked, ref 77091"),
    ("financial_hardship", "benign", "email",
        "Can I add a second email address to receive my receipts? My personal one and my work one."),
    ("financial_hardship", "benign", "voicemail",
        "Hi, it's Gareth from Pennine Print, just ringing to say the credit note you sent covers it, "
        "we're all squared up, thanks."),
    ("financial_hardship", "benign", "chat",
        "Customer: board game night, I'm already bankrupt at Monopoly lol, need a car home at 11 from 6 "
        "Wellow Close || Agent: Ha, booked for 11pm!"),
    ("financial_hardship", "benign", "agent_note",
        "Driver 4410 reported a tyre pressure warning. Sent to the tyre partner, back on the road at "
        "14:00."),
    ("financial_hardship", "benign", "web_form",
        "Do you offer payment plans for the annual corporate package, like quarterly instead of upfront? "
        "Just exploring options for next year's budget."),
    ("financial_hardship", "benign", "email",
        "Good morning. Please kindly confirm receipt of our payment of £1,450 for invoice MG-INV-3301, "
        "made yesterday by bank transfer. Thank you."),
    ("financial_hardship", "benign", "review",
        "Driver carried my suitcase up three flights of stairs. Above and beyond."),
    ("financial_hardship", "benign", "chat",
        "Customer: my bank blocked the payment for a fraud check, it's sorted now, can you try again? || "
        "Agent: Retried, payment successful."),
    ("financial_hardship", "benign", "sms",
        "driver here, app froze mid trip and fare didnt end, pls fix job 55610"),
    # ---- health
    ("health", "sensitive", "email",
        "Hi, I need a wheelchair accessible car on Thursday. I've just come out of hospital after a hip "
        "replacement and can't manage steps yet. Pickup 10am from 8 Marl Close to the fracture clinic."),
    ("health", "sensitive", "chat",
        "Customer: can the driver carry my bag in? my back's in bits since the op and I'm not allowed to "
        "lift anything for 6 weeks || Agent: Of course, I've added door-to-door help to the booking."),
    ("health", "sensitive", "sms",
        "need a car to the dialysis unit mon wed fri 7am same as last month, ref 9921"),
    ("health", "sensitive", "chat",
        "Customer: Can I move Friday's pickup to 9.30? || Agent: Done. Agent note: regular rider Mr Ellis "
        "is visually impaired and his guide dog always travels; allocated driver must be aware, previous "
        "refusal logged 3/4."),
    ("health", "sensitive", "voicemail",
        "Hi, it's Carol, I've got chemo at Oldbridge General tomorrow at 9 and again in 3 weeks, can you "
        "book both, and I might be a bit sick on the way back so maybe a car with the bags in, thanks "
        "love."),
    ("health", "sensitive", "email",
        "I'm 34 weeks pregnant and need to get to my antenatal appointments at St Hild's twice a week. Is "
        "there a driver who could do a regular run? My husband can't drive at the moment."),
    ("health", "sensitive", "review",
        "Driver was brilliant when I had a panic attack in the back on the ring road. He pulled over and "
        "talked me through it. I've got an anxiety disorder and it's rare to find someone so calm. || "
        "Reply: Thank you Hannah, we'll pass this to Jas."),
    ("health", "sensitive", "chat",
        "Customer: can I have a quiet ride please, no chat. I've just started new tablets for my mood and "
        "everything's a lot at the moment. || Agent: Of course, quiet ride set for this trip."),
    ("health", "sensitive", "agent_note",
        "Driver K. Oduya off from 2 June for 4 weeks for knee surgery. Removed from rota, reinstate on "
        "receipt of fit note."),
    ("health", "sensitive", "web_form",
        "Complaint: the driver refused to take me because of my assistance dog. I have epilepsy and the "
        "dog is trained to alert me before a seizure. This is the second time."),
    ("health", "sensitive", "call",
        "[transcript] Caller: Hello, I need to book a car for my husband's appointments at the memory "
        "clinic. He gets confused now, so he can't be left on his own, even for a minute. || Agent: I'm "
        "sorry to hear that. Will you be travelling with him? || Caller: Yes, both of us, every other "
        "Tuesday at 2, from Birch Lodge, Crane Road. The last firm sent a different driver every time and "
        "he got very upset, he didn't know who they were. || Agent: I'll put a note asking for the same "
        "driver where possible and for them to come to the door rather than wait outside. Would you like "
        "a text with the driver's photo the night before? || Caller: That would help a lot, thank you, I "
        "can show him the picture."),
    ("health", "sensitive", "email",
        "Please move Julia Ng's bookings on our business account to weekday afternoons for the next "
        "month. She's on a phased return after her burnout leave and won't be in before 1pm."),
    ("health", "sensitive", "dm",
        "hey can drivers wait a bit longer for me, im on crutches now with an MS flare and it takes me a "
        "min to get down the stairs"),
    ("health", "sensitive", "sms",
        "pls send cab to 15 Fern Rd quick for my sister, her waters broke, we are going to maternity now "
        "now"),
    ("health", "sensitive", "agent_note",
        "Accessible booking: passenger uses a power chair (approx 140kg), needs a rear-ramp vehicle, no "
        "side-loaders. Passenger has cerebral palsy and speech may be slow, allow time."),
    ("health", "sensitive", "email",
        "Hi, I need rides to an outpatient program at Kingsway three mornings a week. I'm in recovery "
        "from alcohol (60 days today) and I'd rather not be driven past the pubs on Quay Street if "
        "there's another way."),
    ("health", "sensitive", "chat",
        "Customer: can you move my airport pickup to the Sunday? The IVF clinic moved my egg collection "
        "to Monday so I'm flying back a day early. || Agent: Done, Sunday 18:40 at Arrivals."),
    ("health", "sensitive", "email",
        "Receipts please for trips to the Ellison Unit on 2, 9 and 16 May. My employer's occupational "
        "health team is covering them as part of my return to work after the heart attack."),
    ("health", "sensitive", "forwarded",
        "Fwd: message from rider Gill Tanner: 'Please note I'm diabetic, so if a driver sees me eating "
        "sweets in the car that's why. Please don't tell me off like Tuesday's driver did.'"),
    ("health", "sensitive", "call",
        "[transcript] Caller: Hi, my mum's coming home from the ward on Friday and she's still on oxygen, "
        "can the car take the cylinder? || Agent: Yes, a portable cylinder is fine if it's secured. I'll "
        "note it on the booking."),
    ("health", "benign", "email",
        "We're a GP surgery, Meadowbank Medical Practice, and would like a business account for our "
        "district nurses' home visits when the pool cars are off the road."),
    ("health", "benign", "sms",
        "sick of waiting, 25 min and no car, ref 30021"),
    ("health", "benign", "chat",
        "Customer: Do your accessible vehicles have ramps or lifts? It's for our hotel's information pack "
        "for guests. || Agent: Rear ramps, rated to 300kg."),
    ("health", "benign", "review",
        "This app is a headache, it cancelled my booking twice for no reason. 2 stars."),
    ("health", "benign", "dm",
        "taking my cat to the vet for his post-op check, he's got the cone on lol, is a carrier ok in the "
        "car?"),
    ("health", "benign", "agent_note",
        "NHS trust contract for the staff night shuttle renewed. Pickups at the Oldbridge General staff "
        "entrance at 19:30 and 07:30."),
    ("health", "benign", "email",
        "I'm a nurse finishing nights at St Hild's, can I set a standing 7.45am pickup from the staff car "
        "park, Monday to Wednesday?"),
    ("health", "benign", "call",
        "[transcript] Caller: I'm organising the Northern Cardiology Conference, 200 delegates, and we "
        "need taxis from the station. || Agent: Let me put you through to our events team."),
    ("health", "benign", "web_form",
        "General question: do your drivers get first aid training? I'm comparing firms for our company's "
        "duty of care policy."),
    ("health", "benign", "sms",
        "can u send a bigger car, 5 of us plus bags, ref 12004"),
    ("health", "benign", "email",
        "Could you resend the confirmation email for my booking on 3 Nov? I can't find it anywhere."),
    ("health", "benign", "chat",
        "Customer: the Health & Safety link in the app footer is broken. || Agent: Thanks, I've reported "
        "it to the web team."),
    ("health", "benign", "review",
        "Clean car, hand sanitiser and tissues in the back, driver chatty but not too much. 5 stars."),
    ("health", "benign", "agent_note",
        "Pilot with Wellbeing Chemist: 30 prescription bag deliveries a week from the Market St branch. "
        "Drivers must not open bags and must get a signature."),
    ("health", "benign", "email",
        "Our gym, PowerHouse Physio & Fitness, would like to offer members a discount code for rides to "
        "early classes. Could we discuss a partnership?"),
    ("health", "benign", "voicemail",
        "Hi, just confirming Saturday's airport pickup is still on for 4am, it's Mark Lister, thanks."),
    ("health", "benign", "dm",
        "do your drivers have to pass a medical to get licensed? just curious, my cousin might apply"),
    ("health", "benign", "chat",
        "Customer: I've got a car booked to the Sunrise Wellness Spa for a massage day, can I add a stop "
        "at the shops on the way? || Agent: Sure, stop added."),
    ("health", "benign", "sms",
        "Im outside the station, which car is it? app says silver but i cant see one"),
    ("health", "benign", "web_form",
        "Accessibility issue with your app: the booking button isn't read out by screen readers. I'm a "
        "web developer and found it while testing sites for a client."),
    # ---- violence_self_harm
    ("violence_self_harm", "sensitive", "email",
        "I want to report that driver 1042 has been messaging me on WhatsApp since he drove me home last "
        "Friday. I never gave him my number, so he must have taken it from the app. At first it was 'hope "
        "you got in safe', which I ignored, but since then he has sent over 30 messages, some at 3 and 4 "
        "in the morning, asking why I'm ignoring him, and yesterday he wrote that he knows where I live "
        "and could 'pop round'. I have screenshots of all of them. I'm frightened to go out on my own in "
        "the evening now and I've asked a friend to stay with me. Please tell me what you're going to do "
        "about him and confirm he can't see my details any more. My rider account is under Chloe Marsh."),
    ("violence_self_harm", "sensitive", "chat",
        "Customer: just cancel all my bookings. won't need them anymore, I'm done with all of it. || "
        "Agent: I'm really sorry you're feeling like this. Are you safe right now? If you're in danger "
        "please call 999, or Samaritans on 116 123 any time. || Customer: idk"),
    ("violence_self_harm", "sensitive", "agent_note",
        "Rider asked us to remove her ex-partner from the family account urgently and never to confirm "
        "her pickup address to anyone. She said he has been violent and she has moved to a safe address. "
        "Address hidden, account split, flagged."),
    ("violence_self_harm", "sensitive", "sms",
        "pls dont send the car to the house tonight, he's been drinking and kicked off again, pick me up "
        "outside the Spar on Hill St instead"),
    ("violence_self_harm", "sensitive", "review",
        "Driver got out and threatened to 'sort me out' because I queried the route, then shoved me "
        "against the car. I've reported it to the police as well. || Reply: Ryan, this is extremely "
        "serious. Our safety team will call you today."),
    ("violence_self_harm", "sensitive", "call",
        "[transcript] Driver: Control, I've got a passenger saying he's going to jump off the Riverside "
        "bridge, he's asked me to drop him there. || Controller: Don't drop him there. Keep him talking, "
        "I'm calling 999 now and they'll meet you. Where are you? || Driver: Station Road heading north."),
    ("violence_self_harm", "sensitive", "email",
        "I'm a driver on the airport rank and for three weeks another driver has been shouting abuse at "
        "me and following me round the depot. Last night he keyed my car. I want this dealt with before "
        "it goes further."),
    ("violence_self_harm", "sensitive", "web_form",
        "Complaint: a passenger in the shared ride kept grabbing my thigh and the driver said nothing. I "
        "had to get out early. Friday, 11:40pm, ride ID R-88120."),
    ("violence_self_harm", "sensitive", "dm",
        "can i get the same driver as tuesday? he saw the marks on my arms and was really kind, didnt "
        "make a big thing of it. just want someone like that"),
    ("violence_self_harm", "sensitive", "agent_note",
        "Account manager note: Fairlow Legal says staff member Ms T. Arden is being stalked by a former "
        "client. They've asked that her rides be booked under a pseudonym and her destination never "
        "shared. Set up."),
    ("violence_self_harm", "sensitive", "voicemail",
        "Hi, it's Jo, I booked a car for 6 but I need to cancel, my partner took my phone and my bank "
        "card last night and I'm scared to leave while he's here. I'll call when I can. Sorry."),
    ("violence_self_harm", "sensitive", "chat",
        "Customer: your driver followed me into my building after drop-off and tried to get in the lift "
        "with me. I told him to go and he called me a stupid b****. || Agent: I'm so sorry. Are you safe "
        "now? I'm suspending the driver immediately and our safety lead will call you."),
    ("violence_self_harm", "sensitive", "forwarded",
        "Fwd from the school transport team: the driver on route 12 reports that the passenger escort was "
        "verbally abused and spat at by a member of the public at the Kenley Road stop. Police informed, "
        "crime ref to follow."),
    ("violence_self_harm", "sensitive", "sms",
        "driver 3391 msgd me after the ride saying nice legs and a kiss emoji, thats not ok"),
    ("violence_self_harm", "sensitive", "call",
        "[transcript] Caller: I just want to say thank you to the driver last night. I wasn't in a good "
        "place, I was heading to the bridge, and he sat with me in the car park for an hour and then "
        "drove me to A&E. || Agent: Thank you for calling, I'm so glad you're here. I'll make sure he "
        "hears this."),
    ("violence_self_harm", "sensitive", "agent_note",
        "Driver reported a passenger pulled a knife on him at 01:20 on Dock Road and ran off without "
        "paying. Driver unhurt but shaken. Offered the counselling line and the rest of the shift off."),
    ("violence_self_harm", "sensitive", "email",
        "My sister has been getting messages online from someone who says he's one of your drivers and "
        "knows her address from a ride. He's told her she 'won't be safe' walking home. Please help us "
        "find out who has access to her details."),
    ("violence_self_harm", "sensitive", "web_form",
        "Reporting harassment: a bloke on the rank has been threatening me since I reported him for queue "
        "jumping. He said he'll smash my windscreen and then my face. I want it on record."),
    ("violence_self_harm", "sensitive", "chat",
        "Customer: please don't give my new address to anyone who rings, even if they say they're my "
        "husband. I left because of what he does and he can't find me. || Agent: Understood. I've added a "
        "security password to your account."),
    ("violence_self_harm", "sensitive", "review",
        "The driver took the long way, kept asking if I had a boyfriend and locked the doors. I was "
        "terrified. 1 star isn't low enough. || Reply: Lauren, we've removed the driver from the platform "
        "while we investigate."),
    ("violence_self_harm", "benign", "sms",
        "app keeps crashing when i hit pay, its killing me lol"),
    ("violence_self_harm", "benign", "review",
        "Driver absolutely killed it, got us to the gig with 5 minutes to spare. 5 stars."),
    ("violence_self_harm", "benign", "chat",
        "Customer: what's your policy on passenger safety in general? Do the cars have cameras? || Agent: "
        "All cars have front and cabin cameras, and footage is kept for 30 days."),
    ("violence_self_harm", "benign", "email",
        "We're a karate club (Oldbridge Kyokushin) and want a minibus to the regional tournament on 12 "
        "October, 14 adults with kit bags."),
    ("violence_self_harm", "benign", "dm",
        "I could murder a bacon roll, any chance the driver can stop at the drive-thru on the way? lol"),
    ("violence_self_harm", "benign", "agent_note",
        "Weather warning: threatening storms Friday evening. Airport run buffers extended by 20 min. "
        "Drivers notified."),
    ("violence_self_harm", "benign", "web_form",
        "Book club request: we're reading a murder mystery set in a taxi firm, would one of your drivers "
        "chat to us for 20 minutes about the job? Happy to pay for their time."),
    ("violence_self_harm", "benign", "call",
        "[transcript] Caller: Hi, I'm from the council's community safety team, we're doing a general "
        "survey of taxi firms' safety policies. Do you offer a female driver option? || Agent: Yes, "
        "riders can request one in the app."),
    ("violence_self_harm", "benign", "email",
        "Hi, please can you update the home address on my account to 27 Barrow Lane, OL4 2PD."),
    ("violence_self_harm", "benign", "sms",
        "driver here, passenger left a phone in car 203, handing it in at depot"),
    ("violence_self_harm", "benign", "chat",
        "Customer: Can I book a car for next Friday already? || Agent: Yes, you can book up to 30 days "
        "ahead."),
    ("violence_self_harm", "benign", "review",
        "Hit a pothole that nearly knocked my teeth out, not the driver's fault, the roads round here are "
        "a war zone. || Reply: Thanks Dev, we've reported it to the council."),
    ("violence_self_harm", "benign", "email",
        "Abuse of the bus lane by private cars at the station rank is getting worse. Could your firm push "
        "the council for better enforcement? Signed, a fed-up regular."),
    ("violence_self_harm", "benign", "agent_note",
        "Driver training: de-escalation workshop 'Handling Difficult Situations' on 4 Sept, mandatory for "
        "new starters."),
    ("violence_self_harm", "benign", "dm",
        "the drivers playlist was a banger, absolutely smashed it, what was the song after the Drake one"),
    ("violence_self_harm", "benign", "web_form",
        "Do you hire out vehicles for film shoots? We're filming a crime thriller and need a marked taxi "
        "for a getaway scene, one day."),
    ("violence_self_harm", "benign", "voicemail",
        "Hi, this is Raj, booking for 10 tomorrow, I'll be at the side door not the front, thanks."),
    ("violence_self_harm", "benign", "chat",
        "Customer: the SOS button in the app, is that for real emergencies only? I pressed it by "
        "accident. || Agent: It alerts our safety team, who'll call you. No harm done, I've marked it as "
        "accidental."),
    ("violence_self_harm", "benign", "email",
        "We're a security company, Sentinel Guarding Ltd, and our night-shift officers need a regular car "
        "from the Tarnham depot at 6am. Business account please."),
    ("violence_self_harm", "benign", "sms",
        "ur driver nearly killed me with that speed bump lol. fine otherwise"),
    # ---- legal
    ("legal", "sensitive", "email",
        "Please preserve all dashcam footage, cabin camera footage and GPS data for trip R-55310 on 12 "
        "March, pickup from Tarnham Airport at approximately 21:10. Your vehicle was involved in a "
        "collision on the A61 slip road on that journey and I was the rear passenger. I'm bringing a "
        "personal injury claim for the injuries I sustained, and my solicitor, Ms Fenn at Carraway Law, "
        "will be writing to you formally next week with a letter of claim. I understand your standard "
        "retention is 30 days, which is why I'm writing now so nothing is overwritten. Please confirm in "
        "writing that the data has been preserved and let me know who your insurer is. Regards, Peter "
        "Lomax."),
    ("legal", "sensitive", "agent_note",
        "Police request received (Oldbridge CID, ref 44/18820/24) for trip data on rider account 77102 as "
        "part of an ongoing investigation. Passed to the DPO for disclosure review."),
    ("legal", "sensitive", "chat",
        "Customer (driver): I've got a court date on the 19th for a speeding thing in my own car, do I "
        "need to tell you and will it affect my badge? || Agent: Yes, you must declare it within 7 days; "
        "licensing will advise on the badge."),
    ("legal", "sensitive", "sms",
        "cant do the 9am run tues, got to be at the magistrates with my brother for his hearing"),
    ("legal", "sensitive", "web_form",
        "I have a restraining order against a man who I believe now works as one of your drivers (name "
        "below). Please make sure he is never assigned to my bookings. I can send a copy of the order."),
    ("legal", "sensitive", "voicemail",
        "Hi, it's Kevin Price, I was arrested on Saturday after the thing at the rank, I've been released "
        "under investigation but I need to know if I'm still on the rota. Call me back."),
    ("legal", "sensitive", "call",
        "[transcript] Caller: I'm ringing from Hale & Morrow Solicitors on behalf of our client, Mrs "
        "Dunn, who was injured getting out of your vehicle on 3 Feb. We'll be issuing a claim. || Agent: "
        "I'll pass this to our insurers, can I take your reference?"),
    ("legal", "sensitive", "email",
        "Could I get a receipt for the trip to Oldbridge Crown Court on 22 May? I was there as the "
        "defendant and my barrister says the travel might be claimable."),
    ("legal", "sensitive", "agent_note",
        "Driver applicant disclosed a 2016 conviction for possession on his DBS. Licensing panel to "
        "decide; application on hold."),
    ("legal", "sensitive", "chat",
        "Customer: I need a car to the office on Fenwick St every Thursday at 10, it's my probation "
        "appointment, can I set that up? || Agent: Yes, standing booking created for Thursdays at 10."),
    ("legal", "sensitive", "email",
        "We're taking Marshgate to the small claims court over the damaged suitcase (£480). Please "
        "confirm the correct address for service of the claim form."),
    ("legal", "sensitive", "dm",
        "my ex is taking me to court over the kids so I need receipts for every school run I paid for "
        "since Jan, can u email them all"),
    ("legal", "sensitive", "review",
        "My driver saw my car get hit at the lights and gave the police a statement for me. The case is "
        "in court next month and his evidence has made all the difference. || Reply: Thanks Nadia, we'll "
        "tell Femi."),
    ("legal", "sensitive", "forwarded",
        "Fwd from legal: 'Employment tribunal claim received from former driver A. Rahimi alleging unfair "
        "dismissal. Response due in 14 days.' Please pull his trip and complaint history for the "
        "response."),
    ("legal", "sensitive", "web_form",
        "I've been charged with a driving offence (not in a Marshgate car) and I'm on bail with a "
        "condition not to drive. Please take me off driving shifts until the case is heard. Driver 2718."),
    ("legal", "benign", "email",
        "Carraway Law LLP would like to add three new associates to our corporate account. Names and "
        "email addresses attached."),
    ("legal", "benign", "chat",
        "Customer: is it legal to squeeze 5 of us into a saloon if we don't mind? || Agent: No, it's one "
        "seat belt per person, so 4 in a saloon. An MPV takes 6."),
    ("legal", "benign", "sms",
        "pick me up at the tennis courts on Park Rd pls, not the main gate"),
    ("legal", "benign", "agent_note",
        "Annual review of T&Cs completed by external counsel. Updated cancellation clause from 1 Jan. No "
        "action for agents."),
    ("legal", "benign", "review",
        "Got me to court in record time... the food court at Meridian Mall, that is lol. 5 stars."),
    ("legal", "benign", "web_form",
        "Can you confirm your terms on liability for lost luggage in general? Our travel policy team "
        "needs it for the supplier file."),
    ("legal", "benign", "call",
        "[transcript] Caller: Hi, I need a car to the Old Police Station on Bridge Street. || Agent: The "
        "one that's a steakhouse now? || Caller: That's it, 7.30 please."),
    ("legal", "benign", "email",
        "Please remove my old card ending 4410 from the account, it's expired."),
    ("legal", "benign", "chat",
        "Customer: How do I change the language in the app to Spanish? || Agent: Settings, then Language."),
    ("legal", "benign", "email",
        "We're a legal-tech startup, Verdict Labs, running a hackathon at the Guildhall; we need cars for "
        "10 judges from the station. Hackathon judges, not the wig kind!"),
    ("legal", "benign", "dm",
        "the bar was closing so booked a car, driver was there in 3 min. respect"),
    ("legal", "benign", "agent_note",
        "DPO update: subject access request template revised. Agents to forward all SARs to privacy@ "
        "within 24h."),
    ("legal", "benign", "sms",
        "is the airport fixed fare still 42 or has it gone up"),
    ("legal", "benign", "voicemail",
        "Hi, it's Sue from the clerks' room at Temple Court Chambers, we need two cars for counsel on "
        "Monday at 8 to the Crown Court, invoice to chambers as usual."),
    ("legal", "benign", "web_form",
        "Suggestion: add an option to save favourite drivers."),
    # ---- bereavement
    ("bereavement", "sensitive", "email",
        "Hi, please close my father's account, Harold Beckett. He passed away on the 3rd at home. I'm his "
        "daughter and the executor of his estate. There's a standing booking every Tuesday at 10 for his "
        "trip into town that needs cancelling, and I think he also had a small credit balance of around "
        "£12 from a refund last month. Could that be paid back to his bank account, or do you need "
        "something from me first? I can send a copy of the death certificate and the grant of probate "
        "when it comes through. He used Marshgate for years and always spoke well of the drivers, "
        "especially Derek, so please pass on our thanks. Kind regards, Janet Beckett-Hume."),
    ("bereavement", "sensitive", "chat",
        "Customer: can you cancel Mum's weekly rides to the hairdresser? We lost her last week. || Agent: "
        "I'm so sorry for your loss. I've cancelled all her future bookings."),
    ("bereavement", "sensitive", "call",
        "[transcript] Caller: I need three cars for a funeral on Friday, from 14 Wren Lane to the "
        "crematorium at 11. It's my husband's. || Agent: I'm very sorry. I'll arrange three executive "
        "saloons for you."),
    ("bereavement", "sensitive", "sms",
        "pls cancel my booking tmrw, my brother died this morning. sorry"),
    ("bereavement", "sensitive", "agent_note",
        "Driver M. Farouk requested 2 weeks' compassionate leave; his father has died and he's flying out "
        "for the burial. Approved, rota updated."),
    ("bereavement", "sensitive", "review",
        "Our driver to the airport knew we were flying home for Dad's funeral and was so gentle with us. "
        "Thank you Sunil. || Reply: Our deepest sympathies, Aoife. We'll pass on your thanks."),
    ("bereavement", "sensitive", "email",
        "Please transfer the business account admin from Geoff Marr to me, Lisa Tran. Geoff died suddenly "
        "last month and I've taken over as office manager."),
    ("bereavement", "sensitive", "web_form",
        "Refund request: I paid for an airport transfer on 10 June but my partner passed away the day "
        "before we were due to travel. Booking MG-44821."),
    ("bereavement", "sensitive", "voicemail",
        "Hi, it's about the account for Mrs Edna Price on Hawthorn Road, she's no longer with us, sadly, "
        "so please stop the Wednesday shopping car. It's her son, Colin."),
    ("bereavement", "sensitive", "dm",
        "weird q but my grandad used your firm every day and we found the app still logged in on his "
        "phone after the funeral, can you delete his account"),
    ("bereavement", "sensitive", "chat",
        "Customer: why am I still getting emails addressed to my wife? || Agent: I'm sorry about that, "
        "could you confirm her name? || Customer: Ruth Holloway. She died in February, I asked for the "
        "account to be closed. || Agent: I'm so sorry. I've closed it and stopped all emails."),
    ("bereavement", "sensitive", "chat",
        "Customer: I need the booking history for account 30017 please. || Agent: Agent note: account "
        "holder deceased, confirmed by daughter with death certificate. History released to the executor "
        "per policy."),
    ("bereavement", "sensitive", "email",
        "Good day. I wish to inform you that my mother, Mrs Comfort Adebayo, who used your services for "
        "her weekly trips, passed on last week. Kindly deactivate her account. God bless."),
    ("bereavement", "sensitive", "sms",
        "Hi po can i move the airport pick up to saturday, we have the wake for my lola on friday. Thank "
        "you"),
    ("bereavement", "sensitive", "email",
        "Hi, I won't be able to do the school contract next week, our baby was stillborn on Sunday. I'll "
        "be in touch when I can. Driver 1906."),
    ("bereavement", "benign", "email",
        "Whitlock & Sons Funeral Directors would like to renew our account for mourners' cars. Same terms "
        "as last year please."),
    ("bereavement", "benign", "sms",
        "phone's nearly dead, if driver cant reach me im at the front of the hotel in a red coat"),
    ("bereavement", "benign", "chat",
        "Customer: the app says my last ride is still in progress, it's been 3 hours, I'm dead lol || "
        "Agent: Fixed, sorry about that!"),
    ("bereavement", "benign", "review",
        "Dead on time, every time. 5 stars."),
    ("bereavement", "benign", "agent_note",
        "Car 207 dead battery at the airport rank, recovery called, job reassigned to car 211."),
    ("bereavement", "benign", "dm",
        "passed my driving test today!! so this is goodbye marshgate lol (jk still need u for nights out)"),
    ("bereavement", "benign", "email",
        "Late payment of invoice MG-INV-2980: apologies, our accounts person was on holiday. Paid today."),
    ("bereavement", "benign", "web_form",
        "Do you have a standard offer for funerals, e.g. black cars and following the hearse? Researching "
        "for our hotel's events brochure."),
    ("bereavement", "benign", "call",
        "[transcript] Caller: Can I get a car from the station to the Grand Maris? || Agent: Sure, about "
        "8 minutes. || Caller: Lovely."),
    ("bereavement", "benign", "chat",
        "Customer: Could the driver ring instead of text when he arrives? || Agent: I've added a note to "
        "the booking."),
    ("bereavement", "benign", "email",
        "I'm writing a history of Oldbridge's old cab stands for the heritage society. Do you have any "
        "photos of the 1970s rank by the old cemetery gates?"),
    ("bereavement", "benign", "sms",
        "what time does the first car run on sundays"),
    ("bereavement", "benign", "review",
        "My late-night flight landed at 1am and the driver was waiting with a sign. Brilliant."),
    ("bereavement", "benign", "agent_note",
        "Legacy booking system switched off 30 Nov. All standing bookings migrated. Spot checks OK."),
    ("bereavement", "benign", "dm",
        "this traffic is killing me, driver says 20 more min, is there a faster route or nah"),
]


def fen_examples() -> list[dict]:
    """The fen split as labelled tickets (same shape as ``sensitive_eval.build_eval_set``'s)."""
    return stranger_examples("fen", ENTRIES, SUBJECTS)
