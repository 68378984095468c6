"""gill split: written by a helper who had not seen the detection rules, the anchors or any other split.
Setting: Lanternway Journeys, an invented faith, pilgrimage and heritage travel agency (Camino Companion walks,
Holy Land Heritage Circuit, Cantor Tours for choirs, Roots & Rivers heritage trips, Twinning Bridge school
exchanges, the Visa Desk, Group Lantern bookings and the Pilgrim Shield insurance add-on); registers are email,
chat, sms, call_transcript, agent_note, web_form, review, voicemail, dm, in_app.
The benign half borrows the same territory harmlessly: product and tour names (Lourdes Healing Waters, Martyrs'
Trail, Junior Pilgrim), idioms, parishes, schools, unions and choirs acting as organisations, general policy
questions about visas, insurance, meals and fares, and routine payment, seating and app trouble.
70 sensitive and 70 benign tickets for special categories, 50 and 50 for children, 20 and 20 for financial hardship,
15 and 15 for health, legal, bereavement and violence and self-harm.
First reading (policy 2026.11.24, before any change made in response to it; `sensitive_eval.evaluate`, as `make
eval-sensitive`): 91.5 / 3.5 recall / false exclusion in % as shipped, 92.5 / 13.5 without the overruling,
85.0 / 13.0 by the rules alone. Waits for the next round."""

from __future__ import annotations

from training_gate.sensitive_blind import stranger_examples

SUBJECTS: tuple[str, ...] = (
    "Booking change",
    "Refund request",
    "Visa question",
    "Group booking enquiry",
    "Pilgrim Shield insurance",
    "Seat and room requests",
    "Payment problem",
    "School exchange",
    "Choir tour logistics",
    "Heritage trip planning",
    "Complaint about tour",
    "Documents and tickets",
)

ENTRIES: list[tuple[str, str, str, str]] = [
    # ---- health
    ("health", "sensitive", "email",
     "Dear Lanternway team, re booking LW-40213 (Lourdes Spring Pilgrimage, two travellers). My mother has used a "
     "wheelchair since her stroke last autumn, so could you confirm the hotel in Lourdes has a working lift and "
     "that the airport coach has a ramp? She can manage two or three steps with her frame but no more. "
     "Kind regards, Bernadette Kivell"),
    ("health", "sensitive", "chat",
     "hi is seat 12C still free on the Rome flight? || Agent: Hi Kieran, let me look. Yes, 12C is free, shall I "
     "hold it? || yes pls, aisle is better, my knee is still in a brace after the ACL op in march so i need to "
     "stretch it out || Agent: Understood. 12C is yours and I've added a mobility note so the crew know."),
    ("health", "sensitive", "sms",
     "Hi its Joyce from the Walsingham group, im 22 weeks pregnant now, is the walking day still ok for me or "
     "can I go on the minibus instead? Thx"
     " || Agent: Hi Joyce, of course, I've moved you to the minibus for the walking day."),
    ("health", "sensitive", "agent_note",
     "Mr Harlan Oduya (LW-38870) rang re Pilgrim Shield claim. Was admitted to hospital in Fatima for 3 nights "
     "with kidney stones, discharge papers to follow by post. Advised claim form PS-2, flagged to claims team."),
    ("health", "sensitive", "voicemail",
     "Hi, this is Gwen Pardoe about the Camino Companion, the Sarria to Santiago stretch in June. Since I booked "
     "I've been diagnosed with type 1 diabetes, so I'll be carrying insulin pens and a cool pouch, and I need to "
     "know if the albergues have a fridge I can use. Could someone ring me back on 07700 900114? Thanks, bye."),
    ("health", "sensitive", "web_form",
     "Name: Dariusz Wrona | Booking ref: LW-41177 | Change type: Date change | Reason: GP has told me no long-haul "
     "flights for six weeks after the blood clot in my leg | Preferred new date: October departure"),
    ("health", "sensitive", "review",
     "Four stars. Our guide Matteo was lovely and the Basilica visit was unforgettable. Only gripe: the Assisi "
     "hotel put me on the fourth floor with no lift, even though I had told you twice about my COPD and the "
     "oxygen concentrator. || Agent: Thank you for the kind words about Matteo, and we are truly sorry about the "
     "room in Assisi. We have raised it with the hotel and our accessibility notes are now sent to them directly."),
    ("health", "sensitive", "dm",
     "hey quick one, my partner has epilepsy - do they use strobe lighting in the Jerusalem citadel night show? "
     "really don't want a repeat of the seizure she had at a gig last year"),
    ("health", "sensitive", "call_transcript",
     "Agent: Lanternway Journeys, Femi speaking. || Caller: Hi, I want to add the pre-existing conditions cover to "
     "my Pilgrim Shield policy. || Agent: Of course. Which condition would you like to declare? || Caller: "
     "Depression. I'm on sertraline, been stable about two years now. || Agent: Thanks, that's covered with the "
     "standard screening, it adds twenty-four pounds. Shall I go ahead? || Caller: Yes please."),
    ("health", "sensitive", "in_app",
     "Dietary needs box won't save!! I keep typing 'coeliac disease - strictly gluten free' and it resets to "
     "blank. Departing Friday, need the hotels told."
     " || Agent: Sorry about that. I've added it from our side and emailed all four hotels today."),
    ("health", "sensitive", "email",
     "Hello, I'm joining the Cantor Tours trip to Salzburg with the Fernhill Singers. I'm profoundly deaf in my "
     "left ear and lip-read a lot, so I was wondering whether the guide uses the whisper headsets and if I can "
     "have one with a neckloop for my hearing aid. || Agent: Hi Corinne, yes, all our guided walks use the "
     "headset system and we carry induction neckloops. I'll reserve one in your name. || Wonderful, thank you!"),
    ("health", "sensitive", "chat",
     "is the mount sinai sunrise climb ok with a pacemaker? asking for me, had it fitted in january || Agent: "
     "Most guests with pacemakers do the camel option up to the last steps. I'd check with your cardiologist and "
     "we can book the camel for you. || ok do that pls"),
    ("health", "sensitive", "agent_note",
     "Tour leader reports pilgrim Ms Ada Fenwick slipped on the wet steps at Knock, fractured right wrist, seen "
     "at Mayo University Hospital and plastered. Continuing with group. Incident form IF-221 raised, PS claim pack "
     "emailed."),
    ("health", "sensitive", "sms",
     "Running late for the coach, had chemo this morning and the nausea is bad, 20 mins away || Agent: No problem "
     "Alan, the driver will wait at the church hall. Take your time."),
    ("health", "sensitive", "web_form",
     "Traveller: Oonagh Farrelly | Seat preference: bulkhead | Special requests: I get severe panic attacks in "
     "enclosed spaces (diagnosed claustrophobia). Please can I board early and sit near the front."),
    ("health", "benign", "email",
     "Hello, the pilgrimage committee at St Wilfrid's is looking at your Lourdes Healing Waters package for next "
     "May. Could you send the brochure and say whether group pricing starts at 30 travellers? Many thanks, "
     "Parish Pilgrimage Secretary"),
    ("health", "benign", "chat",
     "does Pilgrim Shield cover pre-existing conditions as standard or is that an extra? just comparing policies "
     "|| Agent: It's an optional add-on, screened over the phone when you buy it. || ok cheers, will compare"),
    ("health", "benign", "web_form",
     "Enquiry type: Accessibility | Question: Which of your coach partners have wheelchair lifts as standard? We "
     "are writing the travel page of the diocesan accessibility statement and want to list them."),
    ("health", "benign", "sms",
     "Hi, is the first aid kit on your coaches checked before every trip? Our insurer wants it in writing. "
     "Kings Road Baptist travel desk"),
    ("health", "benign", "review",
     "Loved the Malta heritage day, especially the Sacra Infermeria, the old hospital of the Knights. The guide "
     "knew every ward and every surgeon's story. Five stars."),
    ("health", "benign", "call_transcript",
     "Caller: Hi, the St Winefride's Well visit on the Welsh shrines tour, what time does it open? || Agent: The "
     "healing well opens at nine, and the bathing times are posted by the custodians each season. || Caller: "
     "Lovely, we'll aim for the ten o'clock slot then. || Agent: I'll put that in the itinerary."),
    ("health", "benign", "in_app",
     "The Medical info section on the traveller profile, is it mandatory? It's blocking me from saving the "
     "profile and I don't want to enter anything there."),
    ("health", "benign", "dm",
     "do u sell travel first aid kits as well or just the insurance? want one for the parish minibus"),
    ("health", "benign", "agent_note",
     "Caller asked for the 24-hour medical assistance number on Pilgrim Shield. Read it out from the policy "
     "wording and emailed the PDF. No claim, no condition mentioned."),
    ("health", "benign", "email",
     "Good afternoon, the Ashgrove Hospice charity shop is sponsoring our choir's tour this year. Would it be "
     "possible to hang their banner in the coach window for the photos? It's a small vinyl one. || Agent: Yes, "
     "that's fine as long as it doesn't block the driver's view. || Great, we'll bring cable ties."),
    ("health", "benign", "chat",
     "general q - are there pharmacies near the hotels on the Camino Companion route? putting together the "
     "walkers' FAQ for our rambling club || Agent: Every overnight town has at least one farmacia, green cross "
     "sign. || perfect thx"),
    ("health", "benign", "voicemail",
     "Hello, it's Nadine, practice manager at Brookfield Medical Centre. We're looking to book a heritage day "
     "out to York Minster for the whole surgery team, about twenty-two staff, a Saturday in September. Please "
     "call 07700 900231."),
    ("health", "benign", "web_form",
     "Tour: Lourdes Healing Waters | Month: September | Travellers: 2 | Room: twin | Special requirements: none "
     "| Insurance: Pilgrim Shield standard"),
    ("health", "benign", "review",
     "A healthy mix of free time and guided visits, and the breakfasts in Krakow were enormous. Would book again "
     "with Lanternway."),
    ("health", "benign", "sms",
     "Is the vaccination advice for the Lalibela tour on your website up to date? Which jabs does it list now?"),
    # ---- children
    ("children", "sensitive", "email",
     "Hello, attached is the signed consent form for the Twinning Bridge exchange to Rouen. My daughter Lily "
     "Okonjo is in Year 9 at Hollins Academy. Could you confirm which host family she's been placed with before "
     "half term? Many thanks, Grace Okonjo"),
    ("children", "sensitive", "chat",
     "hi, need to add my baby to the Rome booking as a lap infant || Agent: Congratulations! I'll need her full "
     "name and date of birth please. || Aurelia Mae Quint, born 3rd March this year || Agent: Lovely, added to "
     "LW-47720 as an infant on your lap, no seat charge."),
    ("children", "sensitive", "sms",
     "Can Jayden sit next to his nan on the Dublin flight? He's 12 and gets nervous. Booking LW-39904"),
    ("children", "sensitive", "agent_note",
     "Taize youth week: Ms Priya Anand (15) travelling without a parent, joining the St Columba's group. "
     "Unaccompanied minor form received, emergency contact is her father on 07700 900318."),
    ("children", "sensitive", "web_form",
     "Traveller 3 | Type: child | First name: Harvey | Surname: Mellor | Date of birth: 19/11/2016 | Passport "
     "expiry: 02/2027 | Meal: children's menu"),
    ("children", "sensitive", "voicemail",
     "Hi there, it's Siobhan Kearney. My son Padraig is making his First Communion in May and we wanted to take "
     "him to Knock after, he'll be eight by then. Is there a family version of the day trip? 07700 900420, thanks."),
    ("children", "sensitive", "review",
     "Our six-year-old twins, Ezra and Mabel, talked about the donkey ride outside Bethlehem for weeks. The guide "
     "had so much patience with them. Brilliant family holiday. || Agent: Thank you, this made the whole office "
     "smile. We'll pass it on to Yusuf the guide."),
    ("children", "sensitive", "dm",
     "my lad turns 16 next month, can he do the grown up Camino Companion with me or does he have to be on the "
     "youth one?"),
    ("children", "sensitive", "in_app",
     "Trying to add a child traveller, DOB 14/02/2015, and the app says 'age not valid for this tour'. She's 10, "
     "the brochure says 8+??"
     " || Agent: You're right, that tour is 8+. The app was using the old limit; I've added her "
     "manually."),
    ("children", "sensitive", "call_transcript",
     "Caller: Hi, I'm booking the Holy Land circuit for me, my wife and our son. || Agent: Lovely. How old is "
     "your son? || Caller: Just turned two in April. || Agent: Then he needs his own seat but gets the child "
     "rate, seventy percent of the adult price. || Caller: Fine, book it."),
    ("children", "sensitive", "email",
     "Dear Twinning Bridge team, our son Idris is 15 and would really love an exchange partner who plays "
     "football, he's in the school under-16s. He's also quite shy so a smaller host family might suit him. "
     "Thanks, Nadia Rahimi || Agent: Hi Nadia, thanks, that's really useful. We'll note both for the matching "
     "meeting on Thursday."),
    ("children", "sensitive", "chat",
     "son's passport runs out in august, he's 10, do I need to renew before the Iona trip in july? || Agent: "
     "Ireland-bound trips only need it valid for the stay, but we'd renew now as child passports take longer. "
     "|| ugh ok thanks"),
    ("children", "sensitive", "agent_note",
     "Hollins Academy group list received (28 pupils). One pupil, Amira Cole, turns 16 during the tour so moved "
     "her to the 16-17 fare band. Teacher Mr Briggs informed by email."),
    ("children", "sensitive", "sms",
     "Sorry missed your call, was doing nursery pick up for Evie. Yes Saturday works for the coach. Rach"),
    ("children", "sensitive", "web_form",
     "Cantor Tours chorister form | Name: Oliver Brandt | Age: 13 | Voice part: treble | Parent/guardian: "
     "Katrin Brandt | Can he share a room with another chorister? Yes"),
    ("children", "sensitive", "review",
     "It was our daughter's first trip abroad, she was eleven, and Pilar turned every church into a treasure "
     "hunt for her. Can't thank you enough."),
    ("children", "sensitive", "voicemail",
     "Morning, Margaret Ellison here. I'd like to add my grandson Theo to our Iona booking, he's in Year 6 at "
     "Broadlea Primary and his school have said he can have the Friday off. Please ring me back."),
    ("children", "sensitive", "dm",
     "whats the cot situation at the Nazareth hotel? the baby will be 9 months by then and doesn't sleep "
     "anywhere else lol"
     " || Agent: There's a travel cot in every family room there, I've reserved one for you. || "
     "amazing, ty"),
    ("children", "sensitive", "in_app",
     "School year field for my child only lets me pick a number but she's in Year 4 / P5 (Scotland), which one "
     "do I pick?"),
    ("children", "sensitive", "call_transcript",
     "Agent: Visa Desk, Ilse speaking. || Caller: My daughter Keira's fourteen and she's going to Poland with "
     "me, but her dad isn't coming. Do we need a letter? || Agent: We recommend a signed consent letter from "
     "her father with a copy of his passport. || Caller: Okay, can you email me the template? || Agent: "
     "Sending it now."),
    ("children", "sensitive", "email",
     "Hi, my son Felix is a treble in the cathedral choir and is 12. For the Cantor Tours trip to Cologne, will "
     "there be a chaperone sleeping on the same corridor as the boys? I'd also like him in a room with Sam if "
     "possible, they're best friends. Thanks, Andrew Lacey"),
    ("children", "sensitive", "chat",
     "booking for me + my 2 kids aged 7 and 9, is there a family discount on the Lourdes coach trip? || Agent: "
     "Yes, under-12s are half price on coach pilgrimages. || amazing!! || Agent: I'll apply it at checkout."),
    ("children", "sensitive", "agent_note",
     "Vatican Museums: Mia Tran, aged 9, separated from parents for approx 20 mins in the Map Gallery. Found by "
     "guide Lorenzo near the exit. Parents informed, museum security report filed, no harm done."),
    ("children", "sensitive", "sms",
     "Noah's birth certificate finally came, can I send his details now so you can book his passport appt? "
     "He's 6 weeks"
     " || Agent: Congratulations! Yes, reply with his full name and date of birth and we'll book the "
     "slot."),
    ("children", "sensitive", "web_form",
     "Application: Twinning Bridge exchange | Student: Chloe Amadi | School year: 11 | Languages: French (GCSE) "
     "| Host preference: no pets | Parent email: j.amadi@example.com"),
    ("children", "sensitive", "review",
     "My fourteen-year-old rolled his eyes at a week of cathedrals but then wouldn't come down from the Ulm "
     "tower. Teenagers! 5 stars from both of us."),
    ("children", "sensitive", "voicemail",
     "Hi, it's Mr Duffy, trip leader for Castlegate. One of my Year 8s, Callum Pryce, has left his passport at "
     "home and his mum's driving it over now. Can the coach wait 25 minutes? Call me on 07700 900512."),
    ("children", "sensitive", "dm",
     "hiya my daughter just started reception so we can only go in October half term now, can we move the "
     "pilgrimage to then?"
     " || Agent: Of course, the 24 October departure has space, shall I move all of you? || yes pls"),
    ("children", "sensitive", "in_app",
     "Photo upload for my son Arjun's passport copy keeps failing (he's 3, it's a jpg). Error 413."
     " || Agent: The limit is 5 MB, could you try a smaller scan? || that worked, thank you"),
    ("children", "sensitive", "call_transcript",
     "Caller: It's about the host placement for my daughter, Ruby Atherton. || Agent: Let me find her. Ruby, "
     "Year 10? || Caller: Yes, she's fifteen. She's asking if she can stay with a family near the lycee, she "
     "doesn't want long bus rides. || Agent: I'll pass that to the coordinator in Lyon."),
    ("children", "sensitive", "email",
     "Hello, one of our pupils, Kacper Nowicki, only turns 14 in July, so I think he needs the under-14 band of "
     "Pilgrim Shield, not the standard one. Could you amend? Best, Ms Hale, Trip Coordinator, Brackley High "
     "|| Agent: Amended, Ms Hale, and the premium difference refunded to the school account."),
    ("children", "sensitive", "chat",
     "my daughter is doing her DofE bronze expedition that weekend so she can't come on the heritage trip, can "
     "we take her off and keep the rest? || Agent: Yes, I can remove her. Could you confirm her name? || "
     "Isla Pemberton || Agent: Done, refund of the child fare to follow."),
    ("children", "sensitive", "agent_note",
     "Mum (Mrs Oyelaran) asked that her son Reuben (5) is not photographed for the brochure shoot in Canterbury. "
     "Noted on booking LW-51930 and told photographer."),
    ("children", "sensitive", "sms",
     "Hi its Tamsin, Jack Ferris's mum, he's in Mrs Patel's form on the exchange. Is the coach back at 6 or 7?"),
    ("children", "sensitive", "web_form",
     "Adults: 2 | Children under 12: 2 | Ages of children: 4 and 8 | Tour: Rhineland Cathedrals | Cot needed: "
     "no | Extra bed: yes"),
    ("children", "sensitive", "review",
     "Kids club at the Fatima hotel was brilliant, our youngest (3) cried when we left because she'd miss "
     "'Auntie Rosa'. || Agent: Aww, we'll tell Rosa! Thank you for travelling with us."),
    ("children", "sensitive", "voicemail",
     "Hello, this is Ruth Ingram. I'm ringing about my granddaughter Poppy, who is coming on the Iona week with "
     "me. She's seven and a fussy eater, so is there anything plain on the menu? My number is 07700 900633."),
    ("children", "sensitive", "dm",
     "is there a min age for the Camino? my son is desperate to come and he's only 10"
     " || Agent: The Camino Companion is 12+, but our family Camino week takes children from 8. || "
     "ooh send me that"),
    ("children", "sensitive", "in_app",
     "There's no tick box for 'infant'. Our baby girl was born last Tuesday and I need to add her to the "
     "September trip. Help"),
    ("children", "sensitive", "email",
     "Dear Twinning Bridge, our daughter Hana (14) has been matched with a host in Lyon, thank you. Could we "
     "have the host's address and phone number so we can send a little gift? Kind regards, Tomoko Sato || "
     "Agent: Dear Tomoko, the host pack with full contact details goes out on the 1st. || Thank you, we'll wait."),
    ("children", "sensitive", "chat",
     "can my 4 yr old have a kids meal on the Tel Aviv flight? he won't eat anything spicy || Agent: Yes, I've "
     "requested a child meal for him. || thank u sm"),
    ("children", "sensitive", "agent_note",
     "Daughter Grace Whitlow (17) travelling solo on the Holy Land youth pilgrimage; consent needed from both "
     "parents. Sent form CF-3 to mother, chasing father's signature."),
    ("children", "sensitive", "sms",
     "Sophia has school till 3 on Friday, can we switch to the 5pm coach instead of 2pm? Thanks, Dimitra"),
    ("children", "sensitive", "call_transcript",
     "Caller: Hi, I booked the Malta heritage week. Just to say my son has his GCSE French exam on the Monday, "
     "so can we fly Tuesday? || Agent: Let me check flights. Tuesday the 10th has seats. || Caller: Brilliant, "
     "move all three of us please. || Agent: Done, no change fee."),
    ("children", "sensitive", "review",
     "Roots & Rivers Ireland was magical. My granddaughter (10) found our family name carved above a church door "
     "in Sligo and hasn't stopped talking about it."),
    ("children", "sensitive", "dm",
     "can my 17 yr old drive the hire car on the Scottish heritage trip? he passed his test in May"),
    ("children", "sensitive", "in_app",
     "How do I link my daughter's Junior traveller account to mine? Ellie, she's 12, it says 'parent not "
     "verified'."),
    ("children", "sensitive", "voicemail",
     "Hi it's Leah, I'm calling about the infant seat on the Krakow flight. Our little one is 14 months, do we "
     "need a car seat for the transfer coach too? Thanks."),
    ("children", "sensitive", "web_form",
     "Newborn passport help request | Baby's name: Rosa Delaney | Date of birth: 02/05 this year | Parent "
     "applying: Ciara Delaney | Travel date: 14 August"),
    ("children", "sensitive", "chat",
     "hi! the exchange student we're hosting, Mathis, is 14 and arriving on the 3rd, where do we pick him up? "
     "|| Agent: The Lycee group arrives at St Pancras at 16:40, you'll meet him at the Twinning Bridge banner. "
     "|| perfect"),
    ("children", "benign", "email",
     "Good morning, this is the finance office at Hollins Academy. Please could you send an invoice addressed to "
     "the school for the Twinning Bridge exchange deposit? Our purchase order number is PO-7781. || Agent: "
     "Invoice INV-90214 attached, made out to Hollins Academy. || Received, thank you."),
    ("children", "benign", "chat",
     "at what age does your child fare stop? writing the FAQ for our parish newsletter || Agent: Child fares "
     "apply up to and including 11, then it's the full fare. || thanks!"),
    ("children", "benign", "sms",
     "Could we order 40 copies of the Junior Pilgrim booklet for the parish office? Same address as last year."),
    ("children", "benign", "agent_note",
     "St Bede's school office asked for our risk assessment template for exchanges. Emailed RA template v4. "
     "No pupil details taken or discussed."),
    ("children", "benign", "web_form",
     "Organisation: Greyfriars Primary PTA | Contact role: Treasurer | Enquiry: quote for a coach for the "
     "staff training day at Lincoln Cathedral, 12 adults"),
    ("children", "benign", "review",
     "The talk on the Children's Crusade in the Cologne old town was fascinating, our guide separated the "
     "legend from the chronicles really well."),
    ("children", "benign", "voicemail",
     "Hello, I'm calling from the diocesan youth ministry office. Could you post us fifty of your new "
     "brochures for the noticeboards? Our address is on the last order. Thank you."),
    ("children", "benign", "dm",
     "do you do family rooms as standard on the Holy Land tours or only on request?"),
    ("children", "benign", "in_app",
     "The 'Kids go free' banner on the home screen links to a page not found error. iOS app, latest version."),
    ("children", "benign", "call_transcript",
     "Caller: Hi, I'm the bursar at Marlow Grange School, we'd like to pay the exchange balance by BACS. || "
     "Agent: Of course, our sort code and account are on the invoice, use the LW reference. || Caller: Great, "
     "it'll go Thursday. || Agent: I'll watch for it."),
    ("children", "benign", "email",
     "Hello, our school is starting a twinning link with a Gymnasium in Bamberg. As a matter of policy, what "
     "vetting do your host families go through in Germany? The governors want to see it before we sign. "
     "Regards, Deputy Head, Castlegate School"),
    ("children", "benign", "chat",
     "do your coaches have baby changing facilities? writing the visitor access page for the cathedral site "
     "|| Agent: Our 49-seaters don't, but the motorway stops we use all do. || ok I'll phrase it like that"),
    ("children", "benign", "sms",
     "Pls resend the Twinning Bridge teacher handbook PDF, the link in your email has expired. Thx, Hollins"),
    ("children", "benign", "agent_note",
     "Caller asked whether we sell the 'Little Pilgrims' colouring book mentioned on a blog. Not a product of "
     "ours; suggested the cathedral shop."),
    ("children", "benign", "web_form",
     "Enquiry: Is the Nativity Trail walk in Bethlehem suitable for all ages? We're a parish putting together "
     "a mixed group and want to describe it fairly in the leaflet."),
    ("children", "benign", "review",
     "The Salzburg Cantor Tour had everything: concert in the Dom, a sing-along in the square and a visit to "
     "Mozart's childhood home. Five stars."),
    ("children", "benign", "voicemail",
     "Hi, school office at Marlow Grange again. Just checking you received our payment last week, reference "
     "LW-55102. No need to call if it's there, an email is fine."),
    ("children", "benign", "dm",
     "ur Junior Choir Festival page says sold out but the calendar still shows spaces, which one is right?"),
    ("children", "benign", "in_app",
     "The 'add dependant' button crashes the app on Android 14. Happens every time, even on wifi."),
    ("children", "benign", "call_transcript",
     "Caller: I'm calling from Brackley High, the governors have asked for a copy of your safeguarding policy "
     "for school trips. || Agent: We can email the current version and the certificate from our annual "
     "audit. || Caller: Perfect, to the main office address. || Agent: On its way."),
    ("children", "benign", "email",
     "Hello, quick question on your exchange programme in general: do the visiting groups stay in youth hostels "
     "or with families? Our head is weighing up options for next year and wants both prices. || Agent: We offer "
     "both, I'll send you the two quotes. || Thank you."),
    ("children", "benign", "chat",
     "general question: are kids' meals available on your Israel tours? just for the info sheet || Agent: Yes, "
     "every hotel on the circuit offers a children's menu. || cool"),
    ("children", "benign", "sms",
     "Reminder from Lanternway: Twinning Bridge parents' information evening, Tues 7pm, Hollins Academy hall. "
     "Reply STOP to opt out."),
    ("children", "benign", "agent_note",
     "Head of languages at Castlegate asked to move the exchange from March to April. Checked with Lycee "
     "partner, April dates confirmed, amendment sent."),
    ("children", "benign", "web_form",
     "School: St Aidan's High | Trip: Rhineland history exchange | Staff: 4 | Students: 36 | Preferred "
     "month: June | Contact: office@example.org"),
    ("children", "benign", "review",
     "Loved the Pied Piper walking tour in Hamelin on day three, the actors were brilliant and the rat-shaped "
     "bread was a bonus."),
    ("children", "benign", "voicemail",
     "Hi, it's Dennis, leader of the 3rd Thornbury Scouts. We'd like to book a planning weekend for our adult "
     "leaders at the retreat house in Walsingham. Could you call me back?"),
    ("children", "benign", "dm",
     "is the infant fare the same as the child fare or different? just comparing with another firm"),
    ("children", "benign", "in_app",
     "The 'Family' filter on the tours list also shows the adults-only silent retreats. Looks like a tagging "
     "bug."),
    ("children", "benign", "call_transcript",
     "Caller: Hello, I run the Sunday school committee at St Mark's and we'd like a bulk order of pilgrim "
     "passports for our Walsingham day. || Agent: How many would you like? || Caller: Sixty, please. || Agent: "
     "That's fine, they'll be posted to the church office."),
    ("children", "benign", "email",
     "Hi, I'm the PTA treasurer at Greyfriars Primary. Can we pay the coach deposit by cheque, or is it bank "
     "transfer only? || Agent: Cheques are fine, payable to Lanternway Journeys Ltd. || Thanks, posting today."),
    ("children", "benign", "chat",
     "what's the upper age limit policy for the taize youth week? making a poster for the deanery || Agent: "
     "The Taize youth programme is for 15 to 29 year olds. || great thanks"),
    ("children", "benign", "sms",
     "Can the Junior Pilgrim activity packs be posted to the parish office instead of my home address?"),
    ("children", "benign", "agent_note",
     "Exchange coordinator at Lycee Saint-Exupery asked for our public liability certificate. Sent PDF, "
     "no further action."),
    ("children", "benign", "web_form",
     "Website feedback | Page: Twinning Bridge school sign-up | Issue: the terms and conditions link is missing "
     "at the bottom of the form"),
    ("children", "benign", "review",
     "We're all young at heart in the Fernhill Singers and this tour kept up with us. Good hotels, good coach, "
     "good concerts."),
    ("children", "benign", "voicemail",
     "Good afternoon, this is Ashfield Garden Nursery. We'd like to take our staff on your Gardens of the Abbeys "
     "heritage day in July, around fifteen of us. Please call the nursery on 07700 900745."),
    ("children", "benign", "dm",
     "do u have anything like a kids go free deal this summer or was that just last year"),
    ("children", "benign", "in_app",
     "Bug report: the 'child seat' toggle on the airport transfer page flickers on and off while scrolling."),
    ("children", "benign", "call_transcript",
     "Caller: It's the travel office at Ravenscourt School. We need your financial protection certificate for "
     "the trip file. || Agent: No problem, which email? || Caller: trips@example.org. || Agent: Sent, you "
     "should see it in a minute."),
    ("children", "benign", "email",
     "Dear Lanternway, the Northfield branch of a children's charity is organising a sponsored pilgrimage walk "
     "for adult supporters along the St Cuthbert's Way. Do you offer luggage transfer for charity groups? || "
     "Agent: We do, and there's a 10% charity rate. || Excellent."),
    ("children", "benign", "chat",
     "is the youth exchange programme open to new schools this year? || Agent: Yes, applications for new "
     "partner schools close on 31 January. || ok will tell the head"),
    ("children", "benign", "sms",
     "School office here, the exchange group coach is booked for the 14th, can you confirm pick up at the main "
     "gate not the sports hall?"),
    ("children", "benign", "agent_note",
     "St Anne's RC Primary admin asked for the invoice to be in the school's name rather than the head "
     "teacher's. Reissued as INV-88412."),
    ("children", "benign", "web_form",
     "Newsletter preferences | Family tours: yes | Retreats: no | School exchanges: yes | Frequency: monthly"),
    ("children", "benign", "review",
     "Good value, the Baby Jesus of Prague church was smaller than I imagined but beautiful. Guide was a "
     "bit rushed."),
    ("children", "benign", "voicemail",
     "Hello, this is the captain of the 1st Ellesmere Girls' Brigade company. We'd like to book a retreat "
     "weekend for our officers, eight adults, in October. Could someone call me back please."),
    ("children", "benign", "dm",
     "does the Roots & Rivers Ireland trip welcome all ages or is it more aimed at adults? asking generally"),
    ("children", "benign", "in_app",
     "Typo in the Junior Pilgrim quiz, question 4 says 'Santiago de Compostella' with two Ls."),
    ("children", "benign", "email",
     "Hello, Castlegate School finance here. We'd like to split the exchange balance into three instalments "
     "across the spring term. Is that possible? || Agent: Yes, I've set up three equal payments due 1 Feb, 1 Mar "
     "and 1 Apr. || Perfect, thank you for sorting it so fast."),
    # ---- financial_hardship
    ("financial_hardship", "sensitive", "email",
     "Hello, I'm writing about LW-36118, the Holy Land Heritage Circuit in November. I was let go from the "
     "depot three weeks ago and there is no way I can find the balance of 1,480 pounds by the due date. Is "
     "there any chance of moving the deposit to a cheaper trip next year instead of losing it? Thanks, Graham "
     "Lowry || Agent: Dear Graham, I'm sorry to hear that. Yes, we can hold the deposit as credit for 18 months. "
     "|| That's a huge relief, thank you."),
    ("financial_hardship", "sensitive", "chat",
     "hi i'm on universal credit now since my hours got cut, is there any way i can pay the Walsingham trip in "
     "smaller bits? || Agent: We can spread it weekly, as little as 12 pounds a week. || yes please that "
     "would help loads"),
    ("financial_hardship", "sensitive", "sms",
     "Got a letter from Harcourt Recovery saying I owe you for the Fatima balance?? didn't know it had gone to "
     "collectors, I'm already behind on everything, can we talk. Bev 07700 900861"),
    ("financial_hardship", "sensitive", "agent_note",
     "Mr Leon Abara declared bankrupt in March; letter from his trustee received today. Booking LW-33021 "
     "cancelled, deposit refund of 300 pounds to be paid to the trustee, not the customer."),
    ("financial_hardship", "sensitive", "voicemail",
     "Hi, Donna Whitcombe, booking for Iona in August. We're being evicted at the end of the month so the trip "
     "has to go, and honestly I need whatever money I can get back. Please ring 07700 900902."),
    ("financial_hardship", "sensitive", "web_form",
     "Cancellation request | Booking: LW-44590 | Reason: redundancy, no income from next month | Refund to: "
     "original card | Comments: please tell me if the Pilgrim Shield policy can pay anything"),
    ("financial_hardship", "sensitive", "review",
     "I had to cancel our Assisi trip when the shop went under and we couldn't cover the balance. Lanternway "
     "were kinder than they needed to be and turned the deposit into credit. Five stars for humanity. || Agent: "
     "Thank you, Maureen. We hope to see you on the Assisi road when the time is right."),
    ("financial_hardship", "sensitive", "dm",
     "sorry the choir tour payment will be late, bank's frozen my account over the overdraft and I can't touch "
     "anything till the 20th"),
    ("financial_hardship", "sensitive", "in_app",
     "My instalment failed again. I'm in arrears on pretty much every bill at the moment, can you pause the "
     "plan for two months rather than keep retrying?"),
    ("financial_hardship", "sensitive", "call_transcript",
     "Agent: Lanternway, Tomasz speaking. || Caller: Hi, it's about my trip to Krakow. I've had to use the food "
     "bank twice this month and I just can't pay the next bit. || Agent: I understand. Let's pause the plan "
     "and look again in six weeks. || Caller: Thank you, I was dreading this call."),
    ("financial_hardship", "sensitive", "email",
     "Dear Sir or Madam, I am a pensioner and since the county court judgment last year my bank will not give "
     "me any credit, so I cannot use the Pay Monthly option you offered. Could I pay in cash at the office "
     "instead, a little each month? Yours faithfully, E. Marchbank"),
    ("financial_hardship", "sensitive", "chat",
     "no klarna or anything for me please, I'm on a debt management plan and not allowed new credit || Agent: "
     "Understood, we can take a simple deposit and hold the balance till 6 weeks before. || ok that works"),
    ("financial_hardship", "sensitive", "sms",
     "Wages not paid again, company's gone into administration. The balance for Lourdes will be late, sorry."),
    ("financial_hardship", "sensitive", "agent_note",
     "Mrs Quayle on hardship arrangement, 20 pounds per month. She asked for a 2-month pause after a benefit "
     "sanction. Agreed, next payment 1 June."),
    ("financial_hardship", "sensitive", "voicemail",
     "Hiya, it's Lorraine. The bailiffs came round yesterday about the council tax so the choir tour money "
     "just isn't there now. Can you take me off the list and I'll sort the rest when I can."),
    ("financial_hardship", "sensitive", "web_form",
     "Cantor Tours member bursary | Choir: Fernhill Singers | Member: Peter Gaskin | Circumstances: laid off in "
     "January, currently job seeking, savings used up | Amount requested: 250 pounds"),
    ("financial_hardship", "sensitive", "review",
     "When I was three months behind on my rent the agent, Mercy, let me pay the last 200 in pieces without "
     "any fuss. The trip itself was lovely too."),
    ("financial_hardship", "sensitive", "dm",
     "debt collectors keep ringing saying i owe Lanternway 340 quid. i can't pay it all, I'm skint. who do i talk "
     "to??"),
    ("financial_hardship", "sensitive", "in_app",
     "Can't afford the final payment now I've lost my job. Does Pilgrim Shield cover redundancy? Booking "
     "LW-48811."),
    ("financial_hardship", "sensitive", "call_transcript",
     "Caller: I'm in an IVA, the insolvency practitioner said I need to tell you. || Agent: Thank you for "
     "letting us know. Does that affect the payment plan? || Caller: I can only pay what's in my budget, ten a "
     "month. || Agent: We can reduce it to ten and extend the plan. || Caller: Thanks, that's fair."),
    ("financial_hardship", "benign", "email",
     "Hi, my card was declined twice when paying the Iona deposit. My bank says there's nothing wrong on their "
     "side and no block. Can you try taking it over the phone? || Agent: Sorry about that, our payment page had "
     "an outage this morning. Please try again now. || Worked, thanks."),
    ("financial_hardship", "benign", "chat",
     "how do your instalment plans work generally? is there interest? || Agent: Pay Monthly Pilgrim is "
     "interest-free, split over up to ten months. || nice"),
    ("financial_hardship", "benign", "sms",
     "Is the balance for the Holy Land trip due 8 weeks or 10 weeks before we go? Brochure says one, site the "
     "other"),
    ("financial_hardship", "benign", "agent_note",
     "Parish treasurer at St Oswin's asked for a receipt for the group deposit of 2,400 pounds. Sent receipt "
     "RCT-5520."),
    ("financial_hardship", "benign", "voicemail",
     "Hi, it's Colin. The price of the Malta trip has dropped by sixty pounds since I booked. Can I get the "
     "difference back or a credit? Thanks."),
    ("financial_hardship", "benign", "web_form",
     "Payment query | Method: bank transfer | Issue: I forgot to add the LW reference when I paid on Monday, "
     "amount 450 pounds, from a Barclays account ending 4412"),
    ("financial_hardship", "benign", "review",
     "Really good value, won't break the bank and everything was included. Hotels in Porto were spotless."),
    ("financial_hardship", "benign", "dm",
     "general question, does Pilgrim Shield cover you if you're made redundant before travel, or is that not "
     "in the standard policy?"),
    ("financial_hardship", "benign", "in_app",
     "Apple Pay option is greyed out on the checkout page. Card via Safari works fine."),
    ("financial_hardship", "benign", "call_transcript",
     "Caller: I'm paying the balance for our parish group and want to split it across two cards. || Agent: "
     "That's fine, I'll take the first amount now. || Caller: It's 900 on the first and the rest on the "
     "second. || Agent: Both went through, receipts emailed."),
    ("financial_hardship", "benign", "email",
     "Hello, in your Franciscan Heritage itinerary you mention Francis's marriage to 'Lady Poverty'. Is that "
     "explained on the tour? Our reading group is studying the Fioretti and would love the guide to cover it. "
     "|| Agent: Yes, there's a talk at San Damiano on exactly that. || Wonderful."),
    ("financial_hardship", "benign", "chat",
     "why was my debit card charged in euros? now the bank added a conversion fee || Agent: The Spanish "
     "albergue supplement is billed by our partner in euros, sorry that wasn't clear. || ok, pls make that "
     "clearer on the page"),
    ("financial_hardship", "benign", "sms",
     "Double charged for the Knock deposit this morning, 2 x 100. Please refund one of them."),
    ("financial_hardship", "benign", "agent_note",
     "Caller asked about the APR on Pay Monthly Pilgrim. Confirmed 0%, no credit check for plans under 1,000 "
     "pounds."),
    ("financial_hardship", "benign", "voicemail",
     "Hello, I coordinate the volunteers at Eastgate Food Bank. We'd like to treat our volunteer team to a "
     "heritage day in Durham. About thirty people. Can you send a quote to volunteers@example.org?"),
    ("financial_hardship", "benign", "web_form",
     "Request: VAT invoice | Company: Hartwell Organ Builders Ltd | Booking: LW-50211 | Purpose: staff study "
     "tour of Dutch organs"),
    ("financial_hardship", "benign", "review",
     "The Southwell workhouse visit was sobering and very well interpreted. Amazing that it's still standing. "
     "Four stars, lunch was slow."),
    ("financial_hardship", "benign", "dm",
     "can I pay the balance in cash at your Chester office or is it card only now?"),
    ("financial_hardship", "benign", "in_app",
     "Got a 'payment overdue' reminder but I paid the balance last week, it even shows as paid on the "
     "booking screen. Glitch?"),
    ("financial_hardship", "benign", "call_transcript",
     "Caller: Hi, we've changed our plans and won't go to Santiago this year. What's the refund schedule? || "
     "Agent: More than 60 days out you get everything back minus the 100 pound deposit. || Caller: Fine, "
     "cancel it please. || Agent: Done, refund in 5 to 7 days."),
    # ---- legal
    ("legal", "sensitive", "email",
     "Hi, the Visa Desk told me my application for the Holy Land circuit was refused. I think it's because of "
     "my conviction in 2013 (handling stolen goods, spent now). Is there anything I can do, or should I cancel "
     "before the balance? Regards, Shane Corbett || Agent: Hi Shane, you can request a review with a letter "
     "explaining the conviction; I'll send the guidance. || Thanks, I'll try."),
    ("legal", "sensitive", "chat",
     "i need to move my Rome dates, my solicitor says I can't leave the country till after the hearing in "
     "march || Agent: No problem, what dates would suit? || anything april onwards || Agent: I've moved you to "
     "the 14 April departure."),
    ("legal", "sensitive", "sms",
     "My passport's been kept by the police as part of their investigation so I can't travel on the 9th. What "
     "happens to my money?"),
    ("legal", "sensitive", "agent_note",
     "Mr Fabian Roe is in divorce proceedings; his wife's solicitor has written asking for his booking records "
     "and who he travelled with. Referred to DPO, nothing to be disclosed without a court order."),
    ("legal", "sensitive", "voicemail",
     "Hello, it's Anita Brennan. I've been called as a witness in a trial at Leeds Crown Court that week, so I "
     "can't do the Lindisfarne retreat. Could you move me to the next one? Thanks."),
    ("legal", "sensitive", "web_form",
     "Visa Desk question | Destination: USA (Boston heritage add-on) | Question: the ESTA asks if I've ever "
     "been arrested. I was arrested in 2016 for a public order offence but not charged. What do I put?"),
    ("legal", "sensitive", "review",
     "The tour was great until my wallet was lifted on the metro in Rome. Giulia the guide came with me to the "
     "carabinieri to file a report, translated everything and got me a copy for the insurance. Above and "
     "beyond. || Agent: Thank you, Desmond, we'll make sure Giulia sees this."),
    ("legal", "sensitive", "dm",
     "im suing the fatima hotel over my fall on their stairs, my lawyer needs the incident report you lot "
     "wrote. can you send it?"),
    ("legal", "sensitive", "in_app",
     "My decree absolute hasn't come through yet so my passport is still in my married name. Can the booking "
     "stay in that name until the divorce is final?"),
    ("legal", "sensitive", "call_transcript",
     "Caller: I need to flag something. I've got a non-molestation order against my ex-husband, and he's "
     "booked on the same parish trip. || Agent: Thank you for telling us. We'll speak to the group leader "
     "confidentially. || Caller: I can send the court order if you need it. || Agent: A copy would help, to our "
     "secure email."),
    ("legal", "sensitive", "email",
     "Hello, I'm afraid we'll have to postpone the Krakow booking. Our daughter's father won't agree to her "
     "going abroad and the family court hearing on it isn't until June. I'll let you know the outcome. "
     "Kind regards, Helena Vasquez"),
    ("legal", "sensitive", "chat",
     "i'm on probation and need my PO to sign off any travel abroad. can you give me a letter with the full "
     "itinerary and hotels? || Agent: Yes, I'll produce an itinerary letter on headed paper. || ta"),
    ("legal", "sensitive", "agent_note",
     "DC Harper (West Mercia Police) asked for passenger list details for Mr Ansel Grey, who is under "
     "investigation. Told officer we need a formal request under the data protection exemption; forwarded "
     "to legal."),
    ("legal", "sensitive", "sms",
     "court date's been moved to the 12th so I can't do the Rome trip on the 11th. Can we swap to the later "
     "one? Marek"),
    ("legal", "sensitive", "web_form",
     "Complaint stage 2 | Booking: LW-29940 | Outcome wanted: full refund | Note: I have now filed a claim "
     "against Lanternway in the small claims court, papers will be served on your Chester office"),
    ("legal", "benign", "email",
     "Hello, could you clarify clause 8 of your booking terms and conditions? It's not clear whether the "
     "cancellation charges apply per person or per booking for groups. || Agent: Per person, and I'll send you "
     "the group addendum which spells it out. || Thanks, that's clearer."),
    ("legal", "benign", "chat",
     "does the name on the ticket need to match the passport exactly, including middle names? || Agent: "
     "First and last names must match, middle names are optional. || great"),
    ("legal", "benign", "sms",
     "Is the Visa Desk open on Saturdays or weekdays only?"
     " || Agent: Weekdays 9 to 5 only, but you can leave documents in the drop box on Saturdays."),
    ("legal", "benign", "agent_note",
     "Pemberton & Vale Solicitors booking a partners' retreat at Ampleforth for 14. Sent quote Q-3381 to "
     "their office manager."),
    ("legal", "benign", "voicemail",
     "Hi, quick one about the Tudor heritage day, what time do we arrive at Hampton Court? The itinerary says "
     "morning but no time. Cheers."),
    ("legal", "benign", "web_form",
     "Request type: Data | Details: please send me a copy of the personal data you hold on me, for my own "
     "records | ID provided: yes"),
    ("legal", "benign", "review",
     "The Inns of Court and Old Bailey walk was superb, our guide was a retired court usher with a story for "
     "every staircase. Five stars."),
    ("legal", "benign", "dm",
     "are your packages ATOL protected or similar? want to check before our group books"),
    ("legal", "benign", "in_app",
     "The 'Legal' link at the bottom of the app's settings page goes nowhere, just a blank white screen."),
    ("legal", "benign", "call_transcript",
     "Caller: Does the Pendle Witches heritage walk go into Lancaster Castle, where the trial was? || Agent: "
     "Yes, the tour includes the old Crown Court and the cells. || Caller: Brilliant, book two. || Agent: "
     "Two for the 18th, done."),
    ("legal", "benign", "email",
     "Dear Lanternway, the Dean and Chapter have approved the choir's tour to Utrecht. The chapter's solicitor "
     "will sign the group contract on their behalf, so please address it to the Chapter Office. Yours, "
     "Chapter Clerk"),
    ("legal", "benign", "chat",
     "what visa do UK citizens need for the Saudi heritage tour? tourist e-visa? || Agent: Yes, the tourist "
     "eVisa, our Visa Desk can apply for you for a small fee. || ok"),
    ("legal", "benign", "sms",
     "Do we have to sign a liability waiver for the Croagh Patrick climb or is it covered by your terms?"
     " || Agent: No separate waiver, the climb is covered by our standard booking terms. || great, ta"),
    ("legal", "benign", "agent_note",
     "Caller asked what 'force majeure' covers in our terms. Explained strikes, extreme weather and closures, "
     "emailed clause 14."),
    ("legal", "benign", "review",
     "Seeing the Magna Carta at Lincoln Castle was the highlight for me. Good pace, great coach driver."),
    # ---- bereavement
    ("bereavement", "sensitive", "email",
     "Dear Lanternway, I'm afraid I need to cancel my mother's place on the Walsingham pilgrimage, LW-37719. "
     "She died last Tuesday at home. I've attached a scan of the death certificate. She was so looking forward "
     "to it. Regards, Carol Aitken || Agent: Dear Carol, we are so sorry for your loss. A full refund has been "
     "processed and there's nothing more you need to do. || Thank you for being so gentle about it."),
    ("bereavement", "sensitive", "chat",
     "hi, my husband passed away in february. he'd booked the Camino Companion for both of us. can my sister "
     "take his place? || Agent: I'm very sorry. Yes, we can change the name free of charge. What's your "
     "sister's full name? || Lorna Shaw || Agent: Done. I hope the walk brings you some peace."),
    ("bereavement", "sensitive", "sms",
     "Dad died in his sleep on Sunday. Won't be on the Knock coach Saturday. Sorry for short notice. Ciaran"),
    ("bereavement", "sensitive", "agent_note",
     "Pilgrim Mr Walter Ince passed away at the hotel in Lourdes overnight. Repatriation arranged through "
     "Pilgrim Shield assistance; his wife flying home tomorrow with the group leader. Condolence card sent."),
    ("bereavement", "sensitive", "voicemail",
     "Hello, my name's Hugh Tennant. I'm booked on the Iona week in June and I'll be bringing my late wife's "
     "ashes, she always wanted to be scattered off the north beach. Is there anything I need to arrange "
     "for the ferry? Thank you."),
    ("bereavement", "sensitive", "web_form",
     "Cancellation form | Booking: LW-46230 | Traveller: Sunita Kaur | Reason: bereavement - my grandmother, "
     "who raised me, passed away on the 2nd | Documents: death certificate to follow"),
    ("bereavement", "sensitive", "review",
     "We took this trip in memory of our son, who we lost last spring. In every church we lit a candle for "
     "him and the guide quietly waited each time. Thank you. || Agent: Thank you for sharing this with us. "
     "We're honoured to have been part of that journey."),
    ("bereavement", "sensitive", "dm",
     "me and my best mate were meant to walk the camino together this year. he died last month. I'm going to "
     "do it anyway for him, can i keep both spaces under my name?"),
    ("bereavement", "sensitive", "in_app",
     "Trying to remove a traveller from the booking, my brother, who died on 3 March. The app wants a reason "
     "code and none of them fit."),
    ("bereavement", "sensitive", "call_transcript",
     "Caller: The booking's in my husband's name, but he died in January. || Agent: I'm so sorry. We can move "
     "the lead name to you. Can I take your full name? || Caller: Margaret Doyle. I still want to go, it was "
     "our plan. || Agent: Of course. The booking is now in your name."),
    ("bereavement", "sensitive", "email",
     "Hi, the funeral for my father-in-law has been set for the 22nd, which is the day the choir flies to "
     "Vienna. Could I fly out on the 23rd and meet them at the hotel? I'll pay the difference. Thanks, "
     "Owain"),
    ("bereavement", "sensitive", "chat",
     "it will be a year since mum died on the 15th and i'd like a mass said for her while we're in Rome, can "
     "you arrange that? || Agent: Yes, we can request a mass intention at Santa Maria in Trastevere. What was "
     "her name? || Bridget Mullan || Agent: I'll confirm the time by email."),
    ("bereavement", "sensitive", "agent_note",
     "Bereavement refund approved for Mrs Jean Salter (LW-40075); her partner of 30 years died two weeks before "
     "departure. Fees waived, refunded to card."),
    ("bereavement", "sensitive", "sms",
     "Funeral is Thursday. Can I fly out Friday and join the group in Santiago on Saturday?"),
    ("bereavement", "sensitive", "review",
     "After my wife died I couldn't face travelling on my own, but the group on the Assisi trip took me in "
     "like family. First holiday in three years. Thank you, Lanternway."),
    ("bereavement", "benign", "email",
     "Hello, could you send the dates for the Memorial Chapels of Oxford tour next year? Our history society "
     "would like to book a group of about twenty. || Agent: Dates attached; the 14 May and 11 June tours have "
     "room for twenty. || Lovely, we'll take May."),
    ("bereavement", "benign", "chat",
     "is the All Souls' Day walk through Pere Lachaise running this year? || Agent: Yes, 2 November, 10am "
     "from the main gate. || brill, 2 places please"),
    ("bereavement", "benign", "sms",
     "the deadline for the group name list is killing me, can we have till Monday?"),
    ("bereavement", "benign", "agent_note",
     "Caller asked for our bereavement cancellation policy in general, for the parish travel handbook. "
     "Emailed the policy page."),
    ("bereavement", "benign", "voicemail",
     "Hi, I'm the secretary of the Royal British Legion branch in Hexham. We'd like to organise the war graves "
     "tour to the Somme for the branch next summer. Please call me back on 07700 900377."),
    ("bereavement", "benign", "web_form",
     "Tour: Remembrance Battlefields, Ypres | Group size: 20 | Request: reserved standing for the Last Post "
     "at the Menin Gate"),
    ("bereavement", "benign", "review",
     "The catacombs of St Callixtus were eerie and beautiful, and our guide brought the early Christian "
     "burials to life. Recommend."),
    ("bereavement", "benign", "dm",
     "is the dead sea float included in the Holy Land price or is it extra?"
     " || Agent: Included, along with towels and the shower afterwards. || nice one"),
    ("bereavement", "benign", "in_app",
     "App died on me halfway through booking the Fatima trip and I lost everything I'd typed. Third time."),
    ("bereavement", "benign", "call_transcript",
     "Caller: Our choir is singing the Faure Requiem at Saint-Eustache in October. Can you handle the "
     "venue booking as well as travel? || Agent: Yes, through Cantor Tours. Evening or afternoon? || Caller: "
     "Evening, after vespers. || Agent: I'll request 8pm."),
    ("bereavement", "benign", "email",
     "Before I buy Pilgrim Shield, does it cover cancellation if a close relative dies? Just checking the "
     "general wording. || Agent: Yes, death or serious illness of a close relative is a covered reason. || "
     "Thanks, buying now."),
    ("bereavement", "benign", "chat",
     "does the Paris heritage week include the 'Lost Generation' literary walk? hemingway etc || Agent: Yes, "
     "on the Thursday afternoon. || great"),
    ("bereavement", "benign", "sms",
     "Is the Last Supper viewing in Milan included in the price or do we book tickets ourselves?"
     " || Agent: Included, the group slot is 10:15 on day two. Arrive 20 minutes early."),
    ("bereavement", "benign", "agent_note",
     "Group leader asked to add the Tyburn martyrs' shrine to the London day. Added a 45-min stop after the "
     "Westminster visit."),
    ("bereavement", "benign", "review",
     "Dead good trip, Liverpool's two cathedrals in one day and a ferry across the Mersey. Ta very much!"),
    # ---- violence_self_harm
    ("violence_self_harm", "sensitive", "email",
     "I want to make a formal complaint about another pilgrim on the Fatima trip, a man called Roy from the "
     "Preston group. He kept putting his hand on my back and knee at dinner, followed me to my room twice and "
     "knocked late at night. I told the leader and nothing happened. I don't want to travel with him again. "
     "Yvonne Batty || Agent: Dear Yvonne, thank you for telling us. This is unacceptable and we're opening "
     "an investigation today; he will not be placed on any trip you book."),
    ("violence_self_harm", "sensitive", "chat",
     "please don't confirm to anyone on the phone that I'm on the Malta trip. my ex has been stalking me for "
     "months and he's rung round places before || Agent: Understood. I've put a privacy lock on your booking, "
     "no details will be given without your password. || thank you, really"),
    ("violence_self_harm", "sensitive", "sms",
     "Since I complained, a man from the group keeps texting me saying I'll regret it. I'm scared to get on the "
     "coach tomorrow. Jo"
     " || Agent: Jo, thank you for telling us. Your tour leader will meet you at the coach and sit "
     "you at the front, and we're contacting him tonight."),
    ("violence_self_harm", "sensitive", "agent_note",
     "Camino guide Inigo Sarasola punched and kicked by a drunk man outside the albergue in Burgos last night. "
     "Police attended, Inigo treated for bruising. Replacement guide for stages 12-14."),
    ("violence_self_harm", "sensitive", "voicemail",
     "Hi, it's Raymond Achebe from the Jerusalem group. I got jumped near Damascus Gate last night, they hit me "
     "and took my bag with my passport in it. I'm okay but shaken. Can someone from the Visa Desk help with "
     "an emergency passport?"),
    ("violence_self_harm", "sensitive", "web_form",
     "Room change request | Booking: LW-42980 | Current: double with spouse | Requested: single, separate "
     "booking | Reason: he hits me when he's been drinking and I need my own room and my own reference"),
    ("violence_self_harm", "sensitive", "review",
     "One star. The coach driver on the Lisbon transfer screamed at an elderly lady for being slow and then "
     "shoved her up the step. I saw it happen. || Agent: We're appalled to read this. The driver has been "
     "removed from our contracts while the operator investigates, and we'd like to speak to you as a witness."),
    ("violence_self_harm", "sensitive", "dm",
     "cancel my camino booking. i won't be around by september anyway || Agent: Hi Liam, we can cancel, but "
     "first, I'm worried by what you said. Are you safe right now? If you're thinking of ending your life, "
     "please call 999 or a crisis line. || dont know. everything's just too much || Agent: Please stay "
     "with me a moment and let me share a number you can call right now."),
    ("violence_self_harm", "sensitive", "in_app",
     "A man on the trip keeps sending me abusive messages in the group chat, calling me names and saying he'll "
     "'sort me out' when we land. How do I block him and can you do something?"),
    ("violence_self_harm", "sensitive", "call_transcript",
     "Caller: Quick question on the Vatican dress code, it says shoulders and knees covered? || Agent: That's "
     "right. || Caller: Good, because I've got scars on my arms from when I used to cut myself and I'd rather "
     "keep them covered anyway. Can I wear a light cardigan? || Agent: Absolutely, a cardigan is perfect."),
    ("violence_self_harm", "sensitive", "email",
     "Hello, I left home last week because of my partner's violence and I'm staying with a friend. Please "
     "change the contact address on my Iona booking and do not send anything to the old address or tell "
     "anyone who calls where I'm staying. Thank you, Shelley"),
    ("violence_self_harm", "sensitive", "chat",
     "the taxi driver you arranged in Cairo pulled a knife on me when I argued about the fare. I'm at the "
     "hotel now || Agent: Are you hurt? I'm calling our Cairo rep now. || not hurt, just shaking || Agent: "
     "Stay in the lobby, Hossam is on his way."),
    ("violence_self_harm", "sensitive", "agent_note",
     "While cancelling, Ms Coral Betts said she'd been having thoughts of ending her life. Followed welfare "
     "protocol, stayed on the line, gave crisis line details, she agreed to call her GP today. Supervisor "
     "informed."),
    ("violence_self_harm", "sensitive", "sms",
     "Same man has followed me back from the square to the hotel three evenings now. I'm frightened. What do I do?"
     " || Agent: Please stay inside tonight. I've told the hotel and your guide will walk you back "
     "each evening. If he approaches you, call 112."),
    ("violence_self_harm", "sensitive", "review",
     "The guide in Seville made comments about my body all week and on the last night grabbed me in the lift. "
     "I reported it and heard nothing for a month. Not acceptable."),
    ("violence_self_harm", "benign", "email",
     "Hello, could you send more detail on the Crusader Castles tour? We're particularly keen on Krak des "
     "Chevaliers and Kerak. Is the siege history covered by a specialist? || Agent: Yes, a military historian "
     "joins for the castle days. || Wonderful."),
    ("violence_self_harm", "benign", "chat",
     "how long is the Martyrs' Trail walk in Rome? || Agent: About 4 km with stops, roughly three hours. || "
     "ok good, shoes on then"),
    ("violence_self_harm", "benign", "sms",
     "Queue at the Vatican was murder lol but the Sistine Chapel was worth every minute"
     " || Agent: Glad it was worth it! Tomorrow's early entry should be much quicker."),
    ("violence_self_harm", "benign", "agent_note",
     "Caller from St Luke's asked for our code of conduct on harassment for group tours, for their parish "
     "safeguarding file. Sent policy document."),
    ("violence_self_harm", "benign", "voicemail",
     "Hi, I'm after the dates for the Culloden and Highland battlefields tour next spring. Could you ring me "
     "back please? It's Fergus on 07700 900588."),
    ("violence_self_harm", "benign", "web_form",
     "Tour info request | Tour: Via Dolorosa, Jerusalem | Question: how many of the fourteen stations are "
     "inside buildings and how long does the whole walk take?"),
    ("violence_self_harm", "benign", "review",
     "Killer views from the Montserrat funicular and an absolute steal of a deal. The boys' choir at midday "
     "was the icing on the cake."),
    ("violence_self_harm", "benign", "dm",
     "ur website is killing me, the date picker keeps jumping back to 2019 every time I pick a month"),
    ("violence_self_harm", "benign", "in_app",
     "What does the 'Report' button in the group chat actually do? Just curious, it's not explained anywhere."),
    ("violence_self_harm", "benign", "call_transcript",
     "Caller: Does the London heritage day include the Gunpowder Plot walk? || Agent: Yes, it ends at the "
     "cellar site under Parliament. || Caller: Great, my whole reading group is obsessed with Guy Fawkes. || "
     "Agent: They'll love it, I'll add six."),
    ("violence_self_harm", "benign", "email",
     "Hi, what's the general security situation for your Jerusalem tours at the moment? Do you follow the "
     "Foreign Office advice? Our committee wants to see it before approving the trip. || Agent: We follow FCDO "
     "advice daily and would cancel free of charge if it changed. || Thank you."),
    ("violence_self_harm", "benign", "chat",
     "canterbury day - do we see where Becket was murdered? || Agent: Yes, the Martyrdom is the first stop in "
     "the cathedral. || ace"),
    ("violence_self_harm", "benign", "sms",
     "Our choir absolutely slayed the concert in Bruges last night, the organist was in tears. Thanks for "
     "arranging!"),
    ("violence_self_harm", "benign", "agent_note",
     "Guide training: de-escalation and first-aid refresher delivered to all Iberian guides on 3 Feb. "
     "Attendance sheet filed."),
    ("violence_self_harm", "benign", "review",
     "The scaffold site at the Tower of London was gruesome in the best way, and the Beefeater's jokes were "
     "terrible. Loved it."),
    # ---- special_categories
    ("special_categories", "sensitive", "chat",
     "hi, the Andalusia heritage tour falls in Ramadan this year so we'll be fasting. can the hotels in Granada "
     "and Cordoba leave something out for us before dawn? || Agent: Yes, we'll ask for a pre-dawn tray each "
     "morning and a late iftar table. || perfect, jazakallah khair"),
    ("special_categories", "sensitive", "email",
     "Hello, I was received into the Orthodox Church last Pascha and this will be my first time in Jerusalem. "
     "Could the Holy Land circuit itinerary leave me free for the Greek liturgy at the Holy Sepulchre on the "
     "Sunday morning? I'd rather receive communion there than join the group mass. Thank you, Neil Harker "
     "|| Agent: Dear Neil, yes, Sunday morning is free time; we'll note that you'll rejoin at lunch."),
    ("special_categories", "sensitive", "sms",
     "We keep kosher so no hotel breakfasts for us please, we'll bring our own. Can you knock that off the price?"),
    ("special_categories", "sensitive", "agent_note",
     "Mrs Delphine Asante asked that her Pilgrim Shield medical file notes she is a Jehovah's Witness and "
     "refuses blood transfusions. Added to assistance notes with her signed advance directive."),
    ("special_categories", "sensitive", "voicemail",
     "Hi, Peter Lindqvist. I'll be honest, I'm an atheist, I don't believe a word of it, but my wife's set on "
     "Lourdes, so I'll be the one in the cafe during the processions. Is there a partner price that skips the "
     "services? Call me back."),
    ("special_categories", "sensitive", "web_form",
     "Traveller: Harjit Bhamra | Dietary: strictly vegetarian, no egg | Faith needs: I wear a kirpan and "
     "turban, please advise airport security for the Amritsar Golden Temple heritage trip"),
    ("special_categories", "sensitive", "review",
     "As a lifelong Quaker I wasn't sure a guided cathedral week was for me, but the hour of silence at "
     "Lindisfarne felt like a proper meeting for worship. Thank you."),
    ("special_categories", "sensitive", "dm",
     "we dont travel from friday sundown to saturday night, is there a version of the Krakow tour that "
     "doesn't move hotels on a saturday?"),
    ("special_categories", "sensitive", "in_app",
     "Notes for guide: I pray five times a day, can we stop somewhere quiet around 1pm and 4pm on the coach days?"),
    ("special_categories", "sensitive", "email",
     "Dear Roots & Rivers team, my father came over from Kingston in 1961 on the back of the Windrush years "
     "and never went back. I'd like to be the first of us to go. His parish was in St Elizabeth, near Black "
     "River. Can you build a trip around finding the family land? Best, Marcia Campbell || Agent: Dear Marcia, "
     "what a trip to plan. Our Jamaica genealogist will start with the parish registers."),
    ("special_categories", "sensitive", "chat",
     "honest question, as a black woman travelling alone in rural Poland on the heritage trip, should I expect "
     "hassle? || Agent: Our guides are with the group throughout, and we've had no incidents reported, but "
     "I'll make sure your tour leader knows to keep an eye out. || thanks, that helps"),
    ("special_categories", "sensitive", "sms",
     "My grandparents were Roma from eastern Slovakia. Can the roots trip help find their settlement? Names "
     "Lakatos and Horvath"),
    ("special_categories", "sensitive", "agent_note",
     "Mr Wei Chen complains hotel staff in Florence stopped him at breakfast, assuming he wasn't a guest, while "
     "the rest of the group walked in. He feels it was because he's Chinese. Complaint lodged with hotel "
     "manager, goodwill voucher offered."),
    ("special_categories", "sensitive", "voicemail",
     "Hello, it's Bridget Ward. We're Travellers, Irish Travellers, and the last agency cancelled our booking "
     "the minute they heard the family name. I'm ringing to check you won't do the same before I pay the "
     "deposit for Knock. My number's 07700 900191."),
    ("special_categories", "sensitive", "web_form",
     "Roots & Rivers questionnaire | Family background: Gujarati, expelled from Uganda in 1972, resettled in "
     "Leicester | Places of interest: Kampala, Jinja, Porbandar | Travellers: 3"),
    ("special_categories", "sensitive", "review",
     "I was the only brown face in a group of forty and was nervous on day one. By day three I was sharing "
     "chapatis on the coach. Lovely people, lovely trip."),
    ("special_categories", "sensitive", "dm",
     "my mum's side is igbo, from near enugu. does the nigeria heritage tour get out that way or is it just lagos?"),
    ("special_categories", "sensitive", "in_app",
     "Complaint: the guide in Vienna kept asking me where I'm 'really from'. I'm mixed race and born in "
     "Croydon. Please pass this on."),
    ("special_categories", "sensitive", "email",
     "Hi, I'm a Green Party councillor and there's a full council vote on the 10th that I can't miss, so I need "
     "to fly back from the Assisi trip a day early. Can you book me on the 9th? Cheers, Ruth Penhale || Agent: "
     "Hi Ruth, I've moved your return to the 9th, fifty pounds difference. || Fine, thanks."),
    ("special_categories", "sensitive", "chat",
     "i've been on quite a few pro-Palestine marches in London and posted about it a lot. will border control "
     "at Ben Gurion give me grief on the holy land tour? || Agent: We can't predict individual questioning, "
     "but our Visa Desk can brief you on what to expect. || yes pls"),
    ("special_categories", "sensitive", "sms",
     "I'm canvassing for the Lib Dems every day till polling day so any departure after the 8th please. Gwyn"),
    ("special_categories", "sensitive", "agent_note",
     "Ms Sandra Okafor is standing as an independent in the mayoral election next month; asked that her booking "
     "isn't mentioned in the parish newsletter's list of pilgrims. Flag added."),
    ("special_categories", "sensitive", "voicemail",
     "Hiya, it's Dougie Reid. I'm fairly well known locally as a Yes campaigner, independence and all that, "
     "and I wondered if the Spanish guides mind a wee Saltire badge on the Catalonia tour? Get back to me."),
    ("special_categories", "sensitive", "web_form",
     "Traveller profile | Occupation: parliamentary researcher for the Plaid Cymru group in the Senedd | "
     "Emergency contact: Elin Rowlands | Tour: Celtic Saints of Brittany"),
    ("special_categories", "sensitive", "review",
     "Three stars. Good hotels but the guide kept telling us Brexit was a catastrophe. As someone who campaigned "
     "for Leave I didn't pay to be lectured. || Agent: Thank you for the feedback. Our guides should keep "
     "their own views out of the commentary and we've reminded them."),
    ("special_categories", "sensitive", "dm",
     "I've written a fair bit online criticising the Saudi government, under my own name. is it safe for me to "
     "apply for the heritage tour visa?"),
    ("special_categories", "sensitive", "in_app",
     "I put 'politics' in my interests because I'm a Labour Party organiser. Will other travellers see that on "
     "my profile? I'd rather they didn't."),
    ("special_categories", "sensitive", "email",
     "Hello, a heads-up: I'm the Unite rep at the bus depot and there's a strike ballot closing the week before "
     "we fly. If it goes out I'll be needed on the picket line, so can I get the free date change if that "
     "happens? Regards, Tony Moss"),
    ("special_categories", "sensitive", "chat",
     "I've got a member discount code from my union, NEU member benefits, where do I put it? || Agent: On the "
     "payment page under 'partner codes'. || got it, 10% off, ta"),
    ("special_categories", "sensitive", "sms",
     "Can't do the 4th sorry, it's our union branch AGM and I'm the branch secretary. Could we do the 11th?"),
    ("special_categories", "sensitive", "agent_note",
     "Cust Mr Keith Durrant is a GMB shop steward; says he'll forward our cancellation letter to the union's "
     "legal helpline for advice. Sent copy of T&Cs as requested."),
    ("special_categories", "sensitive", "voicemail",
     "Hi, Gary Whitlock here. I've been elected as a Unison delegate to national conference, which clashes "
     "with the choir tour, so I need to drop out of the first two days. Ring me."),
    ("special_categories", "sensitive", "web_form",
     "Partner discount | Organisation: Royal College of Nursing | Membership number: RCN-448210 | Name: "
     "Abena Mensah | Tour: Iona week"),
    ("special_categories", "sensitive", "review",
     "Had to leave the Salzburg trip two days early to join the strike. As a union member I wasn't going to "
     "scab. Lanternway sorted my flight without a murmur, credit to them."),
    ("special_categories", "sensitive", "dm",
     "our whole nurses' union is striking that week and I'm one of the reps so I can't go. can I swap to May?"),
    ("special_categories", "sensitive", "in_app",
     "My Community union member code shows as 'invalid'. I joined in January, my card number is CU-55921."),
    ("special_categories", "sensitive", "email",
     "Hello, my husband and I are booked on the Rhineland Cathedrals tour. Could you make sure we have a "
     "double bed rather than twins in every hotel? Last trip with another firm we got twins twice. Thanks, "
     "Tom Ashby || Agent: Hi Tom, noted, doubles requested throughout for you and Mr Ashby-Vale. || Great."),
    ("special_categories", "sensitive", "chat",
     "hi it's Chloe, me and my girlfriend want a double room in Krakow. will the hotel be weird about two "
     "women? || Agent: The Hotel Wawel has a clear equality policy, you'll have no problem. || amazing thanks"),
    ("special_categories", "sensitive", "sms",
     "Can my boyfriend Jamal share my room on the Malta trip? Booking is under Andrew Pike."
     " || Agent: Yes Andrew, send us Jamal's passport name and we'll add him to your double."),
    ("special_categories", "sensitive", "agent_note",
     "Mr Daniel Ferris and his partner Mr Luke Amos asked for a double. On a previous trip a hotel in Fatima "
     "refused them one. Checked all hotels on this itinerary confirm same-sex couples, noted on booking."),
    ("special_categories", "sensitive", "voicemail",
     "Hi, it's Owen. I'm gay and I'll be honest, I'm a bit anxious about the Saudi heritage tour. Is it okay "
     "for me to go on my own and just keep my head down? Call me back on 07700 900266."),
    ("special_categories", "sensitive", "web_form",
     "Lead traveller: Rebecca Lind | Traveller 2: Sarah Lind (wife) | Room: double | Occasion: tenth wedding "
     "anniversary"),
    ("special_categories", "sensitive", "review",
     "As a lesbian couple we were a bit wary of a pilgrimage tour, but we were made to feel completely welcome "
     "from the first coffee. Five stars."),
    ("special_categories", "sensitive", "dm",
     "lol this time my partner's a guy so you can stop sending us separate rooms. last trip it was my ex "
     "girlfriend. yes I'm bi, keep up"),
    ("special_categories", "sensitive", "in_app",
     "Booking holder: Stefan Marek. Emergency contact: Marcus Marek, my husband. The form only lets me pick "
     "'wife' from the dropdown."),
    ("special_categories", "sensitive", "email",
     "Hi, I transitioned last year and my new passport says F, but my old Lanternway account still calls me "
     "Mr and has my previous name. Can you update it before the Rome trip? I've attached the deed poll. "
     "Thanks, Leah Hargreaves || Agent: Hi Leah, all updated to Ms Leah Hargreaves, and the old details are "
     "removed."),
    ("special_categories", "sensitive", "chat",
     "I'm non-binary and your form only has Mr/Mrs/Ms/Miss. can you put Mx on my booking? || Agent: Yes, I "
     "can set Mx manually for you. || and they/them for the guide please || Agent: Noted on your profile."),
    ("special_categories", "sensitive", "sms",
     "My gender marker change is still going through so my passport says male. Will the ticket name "
     "mismatch be a problem? Jess"
     " || Agent: The ticket must match the passport for now, Jess; we'll use your preferred name "
     "everywhere else."),
    ("special_categories", "sensitive", "agent_note",
     "Cust is a trans man and asked for a single room instead of the shared men's dorm on the Camino "
     "Companion. Single supplement waived by supervisor."),
    ("special_categories", "sensitive", "voicemail",
     "Hello, this is Alex. I'm trans and I'm really nervous about the body scanner at the airport, last time "
     "it flagged me and it was humiliating. Is there anything you can arrange? Thanks."),
    ("special_categories", "sensitive", "web_form",
     "Title: Mx | Pronouns: they/them | Name on passport differs from booking name: yes, deed poll in "
     "progress | Traveller: Robin Achterberg"),
    ("special_categories", "sensitive", "review",
     "Two stars. The guide misgendered me all week, even after I quietly corrected her on day one. The "
     "tour itself was fine. || Agent: We're sorry, Kit. That shouldn't have happened and we've spoken to the "
     "guide."),
    ("special_categories", "sensitive", "dm",
     "as a trans woman am I ok in the women's dorm at the Taize retreat or should I book a single?"),
    ("special_categories", "sensitive", "in_app",
     "I changed my name when I came out as trans. How do I update it in the app? Deed poll uploaded, but "
     "it still says Daniel."),
    ("special_categories", "sensitive", "email",
     "Hi, my HomeThread DNA results came back: 38% Irish, 12% Norwegian, and a match with a second cousin in "
     "Westport, Mayo. Could the Roots & Rivers trip include meeting her? She's agreed. Thanks, Declan Moore || "
     "Agent: Lovely news, Declan. We'll build a free afternoon in Westport."),
    ("special_categories", "sensitive", "chat",
     "the DNA matching says I'm a half sibling of a man in Cork I've never heard of. can the heritage "
     "genealogist help me work out how? || Agent: Yes, with your consent she can compare the shared "
     "segments. || ok, I consent"),
    ("special_categories", "sensitive", "sms",
     "Got my results! Y-DNA R1b-L21, matches the Galway McDonagh line. Can we add Connemara to the trip?"),
    ("special_categories", "sensitive", "agent_note",
     "Mrs Yolanda Pike's raw DNA file was attached to her husband's traveller profile by mistake. Moved to "
     "her profile and the copy deleted. Customer informed."),
    ("special_categories", "sensitive", "voicemail",
     "Hi, it's Fiona. My DNA kit from your heritage package showed my dad isn't my biological father, and "
     "I'm still processing it. I'd like to pause the Scotland roots trip for now. Thanks."),
    ("special_categories", "sensitive", "web_form",
     "Roots DNA consent | Share results with matched relatives: yes | Maternal haplogroup: H1 | Name: "
     "Ingrid Solberg"),
    ("special_categories", "sensitive", "review",
     "The DNA analysis found three third cousins in Lithuania, and we had dinner with all of them on the "
     "roots trip. Unbelievable."),
    ("special_categories", "sensitive", "in_app",
     "My genetic ancestry report in the app says 4% Ashkenazi and 96% Irish. Can the genealogist explain where "
     "the 4% could come from?"),
    ("special_categories", "sensitive", "email",
     "Hello, the visa centre took my fingerprints today for the China heritage tour, but they said they don't "
     "match the ones on file from my 2019 visa and I'll need a second appointment. Could your Visa Desk "
     "help? Regards, Imran Sheikh || Agent: We'll book a re-enrolment slot and send a covering letter."),
    ("special_categories", "sensitive", "chat",
     "the e-gate face recognition at lisbon failed to match me AGAIN, third time. do I just always go to "
     "the desk? || Agent: Yes, if the gate rejects your face scan the officer desk is the way. || ugh ok"),
    ("special_categories", "sensitive", "sms",
     "Done my biometrics for the Saudi visa, fingerprints and photo taken at the centre in Manchester. "
     "What's next?"
     " || Agent: Nothing more for you to do, the eVisa usually lands within five working days."),
    ("special_categories", "sensitive", "agent_note",
     "Voice ID: Mr Emeka Okoro's voiceprint kept failing at phone login. Re-enrolled his voiceprint after "
     "security questions; works now."),
    ("special_categories", "sensitive", "voicemail",
     "Hi, it's Rashid. The face scan login on your app won't recognise me since I grew a beard. Can you "
     "reset it so I can enrol a new scan?"),
    ("special_categories", "sensitive", "web_form",
     "Visa Desk update | Applicant: Helga Brandt | Biometric enrolment: ten fingerprints and facial image "
     "captured at VFS London, 3 April | Reference: UKVB-220193"),
    ("special_categories", "sensitive", "review",
     "The face-scan boarding rejected me three times in Dublin and I was pulled aside while the group boarded. "
     "Not your fault, but a warning to others."),
    ("special_categories", "sensitive", "in_app",
     "Fingerprint login stopped recognising me after I re-registered my right thumb. Now neither thumb works. "
     "Help?"),
    ("special_categories", "benign", "chat",
     "do you offer halal options on the Andalusia heritage tour, as a general thing? || Agent: Yes, every "
     "hotel on that route can provide halal meals on request. || good to know for the brochure"),
    ("special_categories", "benign", "email",
     "Hello, the committee of the Al-Noor mosque in Bradford would like to hire two coaches for a "
     "heritage day to the Shah Jahan Mosque in Woking. About ninety people, a Sunday in June. Could you quote? "
     "|| Agent: Thanks for asking us, quote Q-4410 attached for two 49-seaters. || Thank you, the committee meets "
     "Tuesday."),
    ("special_categories", "benign", "sms",
     "Is the kosher meal option available on all your flights or just some airlines?"
     " || Agent: Most of our scheduled airlines offer it if requested 48 hours ahead; a few charter "
     "flights don't."),
    ("special_categories", "benign", "agent_note",
     "Parish office of St Mary's asked for the invoice for their Lourdes group to be addressed to the PCC "
     "treasurer. Reissued INV-77310."),
    ("special_categories", "benign", "voicemail",
     "Good morning, this is the secretary of the Friends' Meeting House heritage trust. We'd like details of "
     "your Quaker heritage tour of the Lake District for our members. Thank you."),
    ("special_categories", "benign", "web_form",
     "Enquiry: Does the Orthodox Easter date affect prices on the Holy Land circuit? | Context: we're "
     "comparing spring departures for the next brochure"),
    ("special_categories", "benign", "review",
     "The Mezquita in Cordoba was breathtaking, a mosque with a cathedral dropped in the middle. Our guide "
     "explained the history beautifully."),
    ("special_categories", "benign", "dm",
     "what's the dress code for the Golden Temple visit? head covering for everyone?"),
    ("special_categories", "benign", "in_app",
     "The 'Faith & prayer' filter on the tours page returns zero results even though there are retreats listed."),
    ("special_categories", "benign", "call_transcript",
     "Caller: Do the Cordoba sites change opening hours during Ramadan? || Agent: The Mezquita keeps normal "
     "hours; some smaller sites close earlier. || Caller: Thanks, just updating our itinerary template. "
     "|| Agent: I'll email the seasonal timetable."),
    ("special_categories", "benign", "email",
     "Dear Lanternway, the Cathedral Chapter would like a quote for its annual staff study tour to Chartres. "
     "Twelve places, mid-October, half board. Kind regards, Chapter Office"),
    ("special_categories", "benign", "chat",
     "is the Vatican dress code strict or do they let shorts slide in summer? || Agent: Strict, knees and "
     "shoulders covered or you won't get in. || noted, will warn the group"),
    ("special_categories", "benign", "sms",
     "Any news on the Windrush heritage walk in Brixton? Site says dates TBC"),
    ("special_categories", "benign", "agent_note",
     "Caller asked whether Roots & Rivers covers the Caribbean. Confirmed Jamaica, Barbados and Trinidad "
     "itineraries; sent brochure."),
    ("special_categories", "benign", "voicemail",
     "Hi, I'm booking for the Irish Heritage Society, we'd like the Great Famine museum at Strokestown added "
     "to the October tour. Please call me back."),
    ("special_categories", "benign", "web_form",
     "Tour request | Sikh Heritage Trail, Punjab | Group: Leamington Gurdwara committee | Size: 30 | "
     "Preferred: November"),
    ("special_categories", "benign", "review",
     "The Chinatown and Limehouse history walk was great fun, and the dumplings at the end were the best "
     "part."),
    ("special_categories", "benign", "dm",
     "which languages do your guides speak on the Poland roots tour? polish and english only?"),
    ("special_categories", "benign", "in_app",
     "The ethnicity question on the Roots & Rivers sign-up: is it optional? It seems to be marked as required."),
    ("special_categories", "benign", "call_transcript",
     "Caller: Does the Nigeria heritage tour visit the Benin bronzes museum? || Agent: Yes, the National "
     "Museum in Benin City on day four. || Caller: Great, that's our society's main interest. || Agent: I'll "
     "send the group form."),
    ("special_categories", "benign", "email",
     "Hi, we're the history department of a sixth-form college's staff team planning a Westminster day: the "
     "Houses of Parliament tour, lunch, then the Churchill War Rooms. Is that a package you sell? || Agent: "
     "Yes, our Westminster Heritage Day covers exactly that. || Brilliant."),
    ("special_categories", "benign", "chat",
     "are hotels near Brighton booked up for party conference week? we wanted the cathedral trail then || "
     "Agent: Yes, prices jump that week, I'd pick the week after. || ok good tip"),
    ("special_categories", "benign", "sms",
     "Coach pickup moved from the church hall on Thursday because it's a polling station. Where instead?"
     " || Agent: The library car park on Bridge Street, same time."),
    ("special_categories", "benign", "agent_note",
     "Borough council events team booked a civic twinning visit to Ghent for the mayor's office, 8 people. "
     "Invoice to council."),
    ("special_categories", "benign", "voicemail",
     "Hello, I'm calling about the Political History of Dublin walk, does it go to the GPO and Kilmainham? "
     "Thanks, bye."),
    ("special_categories", "benign", "web_form",
     "Tour: Gdansk heritage | Question: is the European Solidarity Centre included or an optional extra?"),
    ("special_categories", "benign", "review",
     "The Berlin Wall memorial and the Stasi museum made for a heavy but important day. Excellent guide."),
    ("special_categories", "benign", "dm",
     "do you need a different visa for the Jerusalem bit vs the West Bank bit of the circuit?"),
    ("special_categories", "benign", "call_transcript",
     "Caller: I'm the clerk to the parish council, we're booking the Lincoln Cathedral and Castle day for "
     "councillors. || Agent: How many? || Caller: Eleven, invoice to the council. || Agent: Booked, invoice "
     "to follow."),
    ("special_categories", "benign", "email",
     "Hello, the Dorset branch of a teachers' union is organising a coach to the Tolpuddle Martyrs festival in "
     "July. Could you quote for two coaches from Bournemouth? || Agent: Quote attached. || Thanks, we'll take "
     "it to the branch committee."),
    ("special_categories", "benign", "chat",
     "will we need the ETIAS thing for the European Union countries next year? || Agent: Yes, once it starts, "
     "UK passport holders will need ETIAS for Schengen trips. || ok thx"),
    ("special_categories", "benign", "sms",
     "Mothers' Union branch outing: can you hold 25 seats on the Walsingham coach on the 14th?"),
    ("special_categories", "benign", "agent_note",
     "Students' Union travel officer at Durham asked for group rates for the Camino. Sent student group "
     "pricing sheet."),
    ("special_categories", "benign", "voicemail",
     "Hi, it's the credit union office in Paisley. We're organising a staff heritage day to Glasgow "
     "Cathedral. Can you email options to office@example.org?"),
    ("special_categories", "benign", "web_form",
     "Partner discounts | Question: do you have a discount scheme for trade union members generally, or only "
     "for specific unions? We're an HR team reviewing staff perks."),
    ("special_categories", "benign", "review",
     "The Durham Miners' Gala trip was fantastic, brass bands, banners and a great day out. Well organised."),
    ("special_categories", "benign", "dm",
     "can the coach have union jack bunting for the jubilee heritage trip or is that a no?"),
    ("special_categories", "benign", "in_app",
     "The 'Union & guild' discount field won't accept letters, only numbers. Most member numbers have letters."),
    ("special_categories", "benign", "call_transcript",
     "Caller: Hi, the People's History Museum visit on the Manchester day, is it included? || Agent: Yes, "
     "entry's free and we have a guided slot at eleven. || Caller: Lovely, it's the trade union banners we want "
     "to see. || Agent: They're on the first floor."),
    ("special_categories", "benign", "email",
     "Hi, as a general policy, do your partner hotels accept same-sex couples in double rooms? We're writing "
     "our company's travel policy and want to list inclusive suppliers. || Agent: Yes, all contracted hotels "
     "sign our equality clause. || Thanks."),
    ("special_categories", "benign", "chat",
     "are hotels in Lisbon more expensive during Pride week? planning the cathedral tour dates || Agent: A "
     "little, mid-June. We'd suggest early June. || great"),
    ("special_categories", "benign", "sms",
     "Whats the difference in price between a double and a twin on the Malta trip? Site shows one price."),
    ("special_categories", "benign", "agent_note",
     "Caller asked for our inclusion statement for LGBT travellers for a diversity audit. Emailed the "
     "published policy."),
    ("special_categories", "benign", "voicemail",
     "Hello, it's Brenda from the Harrogate Ladies' Choir. We'd like to book Cantor Tours for Bruges next "
     "spring, about twenty-eight singers. Please ring me."),
    ("special_categories", "benign", "web_form",
     "Feedback | Page: room options | Suggestion: show 'double' and 'twin' side by side so group organisers "
     "can compare quickly"),
    ("special_categories", "benign", "review",
     "The Romantic Rhine cruise day was stunning, castles on every bend. Couples and friends groups alike "
     "loved it."),
    ("special_categories", "benign", "dm",
     "is the honeymoon suite at the Assisi hotel bookable through you or direct?"),
    ("special_categories", "benign", "in_app",
     "The relationship dropdown for emergency contacts has 'partner' twice in the list. Small bug."),
    ("special_categories", "benign", "email",
     "Hello, could your booking form offer Mx as a title option? We're a university chaplaincy and book for "
     "a lot of staff, and our policy asks us to check suppliers offer it. || Agent: It's being added in the "
     "next release. || Good to hear."),
    ("special_categories", "benign", "chat",
     "do you run any women-only retreats? asking for the parish women's group flyer || Agent: Yes, the "
     "Julian of Norwich women's retreat every May. || lovely"),
    ("special_categories", "benign", "sms",
     "Is the Lady Chapel at Ely included in the cathedral tour or extra?"
     " || Agent: Included, and the stained glass museum is a small extra."),
    ("special_categories", "benign", "agent_note",
     "Caller asked if our coaches have gender-neutral toilets. Confirmed single unisex toilet on all "
     "49-seaters."),
    ("special_categories", "benign", "voicemail",
     "Hi, quick question about the Lady Day pilgrimage to Walsingham on the 25th March, is the coach leaving "
     "from Norwich or King's Lynn? Cheers."),
    ("special_categories", "benign", "web_form",
     "Website feedback | Form: traveller details | Issue: the 'title' field is mandatory but the list is "
     "missing Dr and Revd"),
    ("special_categories", "benign", "review",
     "The Hildegard of Bingen day was the highlight, her abbey, her music, her herb garden. Five stars."),
    ("special_categories", "benign", "in_app",
     "Profile page: the pronouns field shows on my profile but there's no way to hide it from the group list. "
     "Could you add a toggle?"),
    ("special_categories", "benign", "email",
     "Hi, is the HomeThread DNA kit included in the Roots & Rivers price, or is it bought separately? We're "
     "comparing packages for our genealogy society. || Agent: It's included in the Plus package only. "
     "|| Thank you."),
    ("special_categories", "benign", "chat",
     "how long do the DNA kit results take usually? || Agent: About six to eight weeks from when the lab "
     "receives the sample. || ok thanks"),
    ("special_categories", "benign", "sms",
     "Does your Brno tour include Mendel's abbey and the pea garden? The science club wants to know."),
    ("special_categories", "benign", "agent_note",
     "Caller asked how long we retain DNA kit data and whether it's shared with the lab. Sent privacy notice "
     "section 7."),
    ("special_categories", "benign", "voicemail",
     "Hello, I'm secretary of the Cheshire Family History Society. We'd like a talk from your genealogist at "
     "our AGM about the Roots & Rivers trips. Please call."),
    ("special_categories", "benign", "web_form",
     "Product question | DNA kit | Can the kit be posted to an overseas address, e.g. Canada, as a gift?"),
    ("special_categories", "benign", "review",
     "Our genealogy society's trip to the Public Record Office in Belfast was superbly organised."),
    ("special_categories", "benign", "dm",
     "do I need biometrics for the ETIAS or is it just an online form?"),
    ("special_categories", "benign", "email",
     "Hello, is the VFS biometrics centre in Manchester open on Saturdays? We're putting together the visa "
     "checklist for our parish group. || Agent: Yes, Saturday mornings by appointment. || Thanks."),
    ("special_categories", "benign", "chat",
     "general q, does the China visa always require fingerprints? || Agent: Yes, most applicants aged 14 to "
     "70 give fingerprints at the visa centre. || ok"),
    ("special_categories", "benign", "in_app",
     "Feature request: please add face ID login on iOS. Typing my password every time is a pain."),
    ("special_categories", "benign", "sms",
     "Which passports can use the e-gates at Tel Aviv airport? Site doesn't say."
     " || Agent: Israeli passports and a short list of others; UK passports use the officer desks for"
     " now."),
    ("special_categories", "benign", "agent_note",
     "Visa Desk team briefing: new biometric appointment system for Saudi visas from 1 May. Updated the "
     "checklist template."),
    ("special_categories", "benign", "review",
     "Visa Desk were great, explained the whole fingerprint appointment process clearly. Four stars, only "
     "because the hold music is awful."),

]


def gill_examples() -> list[dict]:
    """The gill split as labelled tickets (same shape as ``sensitive_eval.build_eval_set``'s)."""
    return stranger_examples("gill", ENTRIES, SUBJECTS)
