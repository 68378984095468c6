"""kyle split: written by a helper who had not seen the detection rules, the anchors or any other split.
Setting: Bramblewick Hostels, a youth-hostel and group-accommodation chain (Wayfarer Card membership, Bramblewick Go
app, GroupBunk group desk, Kitchen Key self-catering); registers are email, chat, sms, call_transcript, agent_note,
web_form, review, voicemail, dm, in_app.
The benign half borrows the same territory harmlessly: hostel and room names (Chapel Row, Union Quay, Sanctuary dorm),
schools, parishes, choirs and clubs booking as organisations, policy questions, idioms and routine payment problems.
70 sensitive and 70 benign tickets for special categories, 50 and 50 for children, 20 and 20 for financial hardship,
15 and 15 for health, legal, bereavement and violence and self-harm.
First reading (policy 2026.11.24.3, before any change made in response to it; `sensitive_eval.evaluate`, as `make
eval-sensitive`): 94.0 / 3.0 recall / false exclusion in % as shipped, 94.5 / 7.0 without the overruling,
87.0 / 6.5 by the rules alone. Then read while tuning the rules of 2026.11.24.4
(rules alone after the round: 90.0 / 6.0) and trained on for it."""

from __future__ import annotations

from training_gate.sensitive_blind import stranger_examples

SUBJECTS: tuple[str, ...] = (
    "Booking change",
    "Group booking enquiry",
    "Refund request",
    "Wayfarer Card question",
    "Problem with the app",
    "Room request",
    "Feedback on my stay",
    "Cancellation",
    "Kitchen Key access",
    "Payment issue",
    "Check-in question",
    "Lost property",
    "Accessible room enquiry",
    "Invoice for our group",
)

ENTRIES: list[tuple[str, str, str, str]] = [
    # ---- health
    ("health", "sensitive", "email",
     "Hello, I'm booked into the Keswick hostel for 3 nights from the 14th (ref BW-48213). I had my left knee "
     "replaced in March and stairs are still a real struggle, so could you swap me to a ground floor room? "
     "Happy to pay the difference. Thanks, Moira Pennington"),
    ("health", "benign", "chat",
     "hi does the Sanctuary dorm still do the wellness weekend with the yoga and the sauna thing? "
     "saw it on insta last year || Agent: Hi! The Wellness Weekend runs again from May, bookable in the app. "
     "|| brill ta"),
    ("health", "sensitive", "chat",
     "Quick one - is there a fridge I can use that isn't the shared kitchen one? I'm type 1 and my insulin pens "
     "can't sit next to someone's leftover curry for a week lol || Agent: Of course, reception has a small "
     "locked fridge for exactly that. Just ask when you check in. || perfect thank you"),
    ("health", "benign", "review",
     "Lovely spot, friendly staff, but the Wi-Fi in the annexe is on life support. Breakfast was fab. 4 stars."),
    ("health", "sensitive", "sms",
     "Hi its Dev Bhatt booking BW-50977. Wont make it tonight, been in hospital since tues with my appendix, "
     "can u move it or refund pls"),
    ("health", "benign", "email",
     "Dear Bramblewick, the first aid box in the Kitchen Key kitchen at York had no plasters or gauze left when "
     "we stayed last weekend. Not a complaint as such, nobody needed it, but thought someone should restock it. "
     "Regards, Tom Eakins"),
    ("health", "sensitive", "call_transcript",
     "Caller: I use a wheelchair full time, so I need to know the accessible room actually has space to turn "
     "beside the bed, not just a grab rail. || Agent: Understood. Room 4 at Whitby has a 1.5 metre turning "
     "circle and a roll-in shower. || Caller: Great, book that one for me then, Saturday and Sunday night."),
    ("health", "benign", "web_form",
     "We're an outdoor instructor company and want to hire your meeting room at Ambleside for a two-day "
     "First Aid at Work course, 12 delegates, tea and coffee included please. Invoice to Fellside Adventures Ltd."),
    ("health", "sensitive", "agent_note",
     "Guest (Ms R. Okafor, ref BW-51102) told me privately she has epilepsy and asked that her dorm mates are "
     "not told. Moved her to a lower bunk near the door per her request. No further action."),
    ("health", "benign", "in_app",
     "the app is sick when it works but today it just keeps crashing on the map screen, samsung s21"),
    ("health", "sensitive", "web_form",
     "Booking for me and my husband in October. I'll be about 30 weeks along by then so I'd rather not climb "
     "into a top bunk - can you guarantee a double bed or at least two bottom bunks?"),
    ("health", "benign", "sms",
     "honestly sick of waiting for this refund, its been 3 wks. ref BW-47330"),
    ("health", "sensitive", "review",
     "The staff were kind but I should never have booked the 12-bed dorm. I get panic attacks in crowded rooms "
     "and had two that first night. Next time I'll pay for a private. Not the hostel's fault really."),
    ("health", "benign", "agent_note",
     "Guest asked whether breakfast items carry allergen labels. Explained our standard policy: all 14 "
     "allergens listed on the card by the buffet, staff can show the folder. Guest satisfied."),
    ("health", "sensitive", "dm",
     "Hi! Leading the Harrogate ramblers group in June. One of our volunteers is halfway through chemo and "
     "tires easily - any chance of a room near the lift for her?"),
    ("health", "benign", "voicemail",
     "Hi, it's Gemma from the Bristol hostel booking, just wondering if your reception shop sells sunscreen and "
     "plasters because we're heading straight up the hills after check-in. Cheers, bye."),
    ("health", "sensitive", "voicemail",
     "Hello, this is Graham Lowe, I'm due at Hathersage on Friday. I've come down with shingles and the GP "
     "has told me not to travel, so I'll need to cancel, sorry. Booking ref BW-49018. Thanks."),
    ("health", "benign", "call_transcript",
     "Caller: Hiya, I'm booking for the St Luke's hospital trust, we've got a nurses' conference in Leeds and "
     "need 20 beds. || Agent: Lovely, is that dorms or privates? || Caller: Privates if you can, they'll "
     "have been on shift all day."),
    ("health", "sensitive", "in_app",
     "Need a plug socket right next to the bed please, I sleep with a CPAP machine. Booking BW-52240."),
    ("health", "benign", "dm",
     "Is there a defib on site at the Edale hostel? Writing up the risk assessment for our walking club's "
     "weekend and it's one of the boxes."),
    ("health", "sensitive", "email",
     "I need to cancel my trip to the Glasgow hostel. I've been struggling with depression since the winter and "
     "I just can't face travelling right now. I know it's inside the 48 hours but I'm hoping you'll make an "
     "exception. Sam Whitlock, BW-50433"),
    ("health", "benign", "review",
     "The check-in queue at 4pm was mental, took forty minutes. Room itself spotless though."),
    ("health", "sensitive", "chat",
     "Is the breakfast toast done in a separate toaster? || Agent: We do have a gluten-free option, is there "
     "an allergy we should know about? || I'm coeliac so even crumbs make me ill for days || Agent: Thanks "
     "for telling us, I'll note a separate toaster bag on your booking."),
    ("health", "benign", "email",
     "Hello, as group leader I've been asked for a copy of your health and safety certificate and fire risk "
     "assessment for the Conwy hostel before our society trip. Could you email them over? Many thanks, "
     "Priya Sandhu, Treasurer, Cardiff Uni Hillwalking"),
    ("health", "sensitive", "agent_note",
     "Guest slipped in the 2nd floor shower around 7am, hit his head. Ambulance called, taken to A&E, later "
     "phoned to say concussion confirmed and kept overnight. Incident form IR-0931 filed, floor sign ordered."),
    ("health", "benign", "in_app",
     "Can you add oat milk to the breakfast? I'm vegan and the soy one runs out by 8"),
    ("health", "sensitive", "sms",
     "hi my partner is deaf so can we get one of the vibrating fire alarm pads for the room pls, ref BW-51876"),
    ("health", "benign", "chat",
     "do u have a room thats wheelchair accessible at Oban? asking for a guide im writing for a travel blog, "
     "not booking yet || Agent: Yes, two ground floor rooms with level access. || thanks!"),
    ("health", "sensitive", "web_form",
     "Refund request for BW-49955. I've been signed off work with stress for six weeks and started on sertraline, "
     "the doctor doesn't want me going anywhere on my own yet. Fit note attached if you need it."),
    ("health", "benign", "web_form",
     "Our choir is booking Llandudno in August. Do your night staff hold first aid certificates? Standard "
     "question from our insurer, nothing specific. Also is there a room we can use for warm-ups?"),
    # ---- children
    ("children", "sensitive", "email",
     "Hi there, we've booked a family room at Betws-y-Coed for half term (BW-53019). Our son Rory is 11 and "
     "too big for the cot you've put on the booking, can it be changed to a single or a bunk? Thanks, Claire"),
    ("children", "benign", "email",
     "Hello, does the Kids Stay Free offer apply to the May bank holiday weekend or only school holidays? "
     "I'm trying to work out if it's worth waiting. Thanks, Nadia"),
    ("children", "sensitive", "chat",
     "hey can i book a dorm bed on my own? im 16 and going to a gig in manchester with mates || Agent: Hi! "
     "Under-18s need a parent or guardian to book and we'll need a consent form. || ugh ok ill ask my mum"),
    ("children", "benign", "chat",
     "whats the minimum age for the mixed dorms? || Agent: Guests in shared dorms must be 18 or over; "
     "families can book private rooms. || ok cheers"),
    ("children", "sensitive", "sms",
     "Hello it's Margaret Toller, I'm bringing my granddaughter Isla to Whitby on the 3rd, she turned 8 last "
     "month. Do I need to bring anything to prove I'm allowed to have her with me?"),
    ("children", "benign", "sms",
     "Hi, need a cot in our private room for the 12th pls, ref BW-50211. thx"),
    ("children", "sensitive", "agent_note",
     "Lone guest at check-in gave DOB 2009, no adult with him, booking made on a parent's card. Did not check "
     "him in. Rang the mother on 07700 900412, she collected him at 21:40. Booking cancelled, refund issued."),
    ("children", "benign", "agent_note",
     "St Aidan's Primary rang to confirm coach arrival time for their residential on the 9th. Told them 2pm "
     "is fine, rooms ready from 3. Invoice INV-2231 still unpaid, school bursar says it's going through."),
    ("children", "sensitive", "call_transcript",
     "Caller: I want to add my daughter to my Wayfarer Card as a junior member. || Agent: Of course, what's "
     "her date of birth? || Caller: Seventeenth of June 2016. Her name's Poppy Ashworth. || Agent: Lovely, "
     "she's added, card in the post within five days."),
    ("children", "benign", "call_transcript",
     "Caller: How much is a Junior Wayfarer Card these days? || Agent: It's six pounds a year for under-16s. "
     "|| Caller: Right, and the adult one is still eighteen? || Agent: That's right. || Caller: Grand, thanks."),
    ("children", "sensitive", "review",
     "Our 6 year old thought the bunk beds were the best thing ever and refused to sleep in anything else all "
     "week. Family room was cosy, kitchen clean. Would come back."),
    ("children", "benign", "review",
     "Great family-friendly hostel. Games room, garden, a proper kitchen. Not one for a quiet weekend mind, "
     "it's school holidays chaos in August."),
    ("children", "sensitive", "voicemail",
     "Hi, we checked out of Room 12 at Ambleside this morning and my daughter Ellie's left her rabbit, grey, "
     "a bit chewed. She's four and she's been crying the whole drive. Please call me on 07700 900733. Thank you."),
    ("children", "benign", "voicemail",
     "Hello, this is Keith from the 3rd Penrith Scouts, just calling to check whether our group invoice has been "
     "raised yet, we need it for the treasurer by Friday. Ring me back on 555-0142. Cheers."),
    ("children", "sensitive", "dm",
     "my son's 13, is he allowed to sleep in the dorm next to ours if we book both beds or does he have to "
     "be in the same room as us?"),
    ("children", "benign", "dm",
     "do you do group rates for youth football clubs? we're an under-14s club looking at a tour in wales, "
     "the committee wants a quote before the AGM"),
    ("children", "sensitive", "in_app",
     "Adding a second child to booking BW-52877: Maisie Khan, born 04/09/2015. She'll share the double with me."),
    ("children", "benign", "in_app",
     "Where in the app do I find the family room filter? Can only see dorms and doubles."),
    ("children", "sensitive", "web_form",
     "I'm the teacher leading our Year 9 trip to Snowdonia. One of the pupils in my group, Jayden, has just "
     "turned 14 and his parents want him in a room with his older cousin who isn't on the trip - is that even "
     "allowed under your safeguarding rules?"),
    ("children", "benign", "web_form",
     "Crossfield Academy would like a quote for 60 beds plus 6 staff rooms at Castleton for our geography field "
     "trip next June. Please send to bursar@example.com. We will need a safeguarding policy with the quote."),
    ("children", "sensitive", "email",
     "Dear Sir/Madam, I booked two nights at York for myself and my twins, who are 2 and a half. When we "
     "arrived there was only one travel cot. Can you confirm a second one will be there for our return visit "
     "in July? Kind regards, Hannah Odell"),
    ("children", "benign", "email",
     "My daughter (she's 29, before you ask!) is booking the Whitby hostel with her friends and asked me to "
     "pay with my card. Can I pay on her booking from my own account? Thanks, Pauline"),
    ("children", "sensitive", "chat",
     "is the games room open late? my 15 yr old gets bored after dinner || Agent: It's open till 10pm, "
     "under-16s need to be with an adult after 8 though. || ah right, fair enough"),
    ("children", "benign", "chat",
     "hi do you have baby changing facilities at the Keswick one? || Agent: Yes, in the ground floor "
     "accessible toilet. || ok ta"),
    ("children", "sensitive", "sms",
     "Hi this is Lily, im 12, mum said to text u that we are running late and will be there about 9. Booking "
     "is under Sarah Heald"),
    ("children", "benign", "sms",
     "running late, kids are being kids, there by 8 hopefully. BW-51450"),
    ("children", "sensitive", "agent_note",
     "Mrs Petrova rang re son Alexei (age 10) on the Bramblewick Explorers summer camp week. He wets the bed "
     "occasionally and she asked for a bottom bunk and discreet spare sheets. Added to booking notes, staff "
     "briefed."),
    ("children", "benign", "agent_note",
     "Explained the Kids Stay Free terms to a caller: one free child per paying adult in a private family room, "
     "not valid in August. Caller said he'd think about it. No booking made."),
    ("children", "sensitive", "call_transcript",
     "Caller: Hi, my grandson's doing his Duke of Edinburgh bronze and they're finishing at your Edale place. "
     "He's only 14, can I book him a bed for the Saturday so he's not travelling home that night? || Agent: "
     "As he's under 16 we'd need an adult staying with him. || Caller: Oh. I'll come up then."),
    ("children", "benign", "call_transcript",
     "Caller: Do you take bookings from Duke of Edinburgh groups? || Agent: Yes, we work with lots of DofE "
     "centres, the GroupBunk team handles those. || Caller: Brilliant, can I have their email? || Agent: "
     "groups@example.com."),
    ("children", "sensitive", "review",
     "Booked the family pod for me and my two (Finn 9, Ava 7). Staff gave them a colouring pack at check-in "
     "which was a lovely touch. Beds were a bit creaky."),
    ("children", "benign", "review",
     "Felt like a big kid on the climbing wall at the activity centre next door. Hostel was clean, good value."),
    ("children", "sensitive", "voicemail",
     "Hi, it's Dan Mercer, I'm booked at Hawes next weekend with my son. He's in Year 3 and he's got a "
     "sleepover phobia thing going on, so could we possibly have a room without other families either side? "
     "Number's 07700 900518."),
    ("children", "benign", "voicemail",
     "Hello it's the office at Millbrook Juniors. We've had an email about the deposit for the residential and "
     "it looks like we paid it twice. Could someone check? Thanks very much."),
    ("children", "sensitive", "dm",
     "Hi! Can my daughter use the climbing wall? She's in year 7 but tall for her age. We're staying at "
     "the Ambleside hostel the week after next."),
    ("children", "benign", "dm",
     "love the new little ramblers rooms!! are they bookable yet or still coming soon?"),
    ("children", "sensitive", "in_app",
     "Junior card for Oscar please - he's 9 and his school is doing a trip with you in spring so I want his "
     "membership sorted first."),
    ("children", "benign", "in_app",
     "Can I buy a Junior Wayfarer Card as a gift? There's no option at checkout."),
    ("children", "sensitive", "web_form",
     "Request for a travel cot and high chair. Our baby, Noah, was born on 2 March this year so he'll be about "
     "five months when we come. Booking BW-53590, Tenby."),
    ("children", "benign", "web_form",
     "Is a high chair available in the self-catering kitchen at Tenby or should we bring our own?"),
    ("children", "sensitive", "email",
     "To whom it may concern, I'm writing as foster carer for a 12-year-old girl placed with me since January. "
     "We'd like to go on the Bramblewick activity weekend in Keswick, but her social worker needs to know "
     "whether any photos of guests are taken for marketing. Her image must not appear anywhere. Regards, "
     "J. Whitfield"),
    ("children", "benign", "email",
     "Hi, we're the Harbourside Children's Choir (a registered charity) and we'd like to book exclusive use of "
     "the Oban hostel for a tour in July, roughly 40 people. Could you send availability and a group quote? "
     "Best wishes, Ruth Galloway, Tour Manager"),
    ("children", "sensitive", "chat",
     "im 17 can i still get the student discount or do i need to be at uni || Agent: The student rate needs "
     "a valid student card, sixth form cards are fine. || oh sick ok"),
    ("children", "benign", "chat",
     "is the student discount only for uni students or does it work for anyone with a NUS card? || Agent: "
     "Any valid student card works. || ok nice"),
    ("children", "sensitive", "sms",
     "Please dont put our kids in the top bunks, Mia is only 5 and falls out of everything. Thanks Jo BW-52004"),
    ("children", "benign", "sms",
     "can we add an extra bed to the family room? 5 of us now not 4. BW-52688"),
    ("children", "sensitive", "agent_note",
     "Teacher (Mr Osei, Ridgeway High) called from the trip: pupil in Year 8 went missing from the group for "
     "approx 40 mins near the lake, found safe. Teacher asked us to log it. Logged as IR-1104."),
    ("children", "benign", "agent_note",
     "Ridgeway High group checked out, all keys returned. Two dorms need deep clean (muddy boots). Damage "
     "deposit to be refunded in full per manager."),
    ("children", "sensitive", "call_transcript",
     "Caller: My son's on the school trip with you this week, Year 5, name's Kai Brennan. Can you pass a "
     "message on that his nan's had to go into hospital? Nothing serious. || Agent: I'll get the message to "
     "his teacher straight away."),
    ("children", "benign", "call_transcript",
     "Caller: Hi, I'm the trip coordinator at Beacon Hill School, the Year 5 residential. Can we move arrival "
     "from Monday to Tuesday? || Agent: Let me check... yes, Tuesday's fine, I'll re-issue the confirmation."),
    ("children", "sensitive", "review",
     "We came with our daughter who has just turned 1 and the staff could not have been more helpful - "
     "bottle warmer in the kitchen, a cot already made up. Thank you Conwy team!"),
    ("children", "benign", "review",
     "The cot provided was clean and sturdy, kitchen has a microwave steriliser. Good for families."),
    ("children", "sensitive", "voicemail",
     "Hi it's Anna, Tilly Grove's mum. Tilly's on the Brownies trip with you this weekend and she left her "
     "inhaler pouch on the kitchen side at home, I'm driving it up now, she's 7 so please could someone let "
     "her leader know. Thanks."),
    ("children", "benign", "voicemail",
     "Hi, 1st Kendal Brownies here, just confirming we're arriving at 5 on Friday, 18 of us including leaders. "
     "Thank you!"),
    ("children", "sensitive", "dm",
     "My stepdaughter is 16 and wants to come on the pride weekend at your Brighton hostel with her mates, "
     "no adults. Do you allow that?"),
    ("children", "benign", "dm",
     "do you have any school holiday deals coming up? looking at august for a family trip"),
    ("children", "sensitive", "in_app",
     "Child on this booking is Leo Harland DOB 11/01/2018 - the app says children must be 3 or older for the "
     "bunk room, he's 7 so why is it blocking me?"),
    ("children", "benign", "in_app",
     "app keeps asking me for child ages even though it's just me and my husband, two adults, please fix"),
    ("children", "sensitive", "web_form",
     "Our son Reuben (14) has a place on the Bramblewick Young Leaders scheme this summer. The form asks for his "
     "school and year group - it's Eastfield Comprehensive, Year 9. Is there anything else you need from us?"),
    ("children", "benign", "web_form",
     "How do I apply to be a volunteer on the Young Leaders scheme? I'm 24 and a trainee teacher."),
    ("children", "sensitive", "email",
     "Hi, my nephew Ahmed is coming with me on the Kitchen Key self-catering stay at Oban. He's 10. Is he "
     "allowed to use the kitchen with me or is it adults only? Thanks, Yusuf"),
    ("children", "benign", "email",
     "Hello, is your self-catering kitchen suitable for a group of adults cooking for about twelve? We're a "
     "book club, none of us are kids despite how we behave. Best, Fran"),
    ("children", "sensitive", "chat",
     "my kid is on the year 6 residential with you and his teacher says no phones. he's 10 and has never been "
     "away from home. can I ring the hostel to check he's ok? || Agent: Absolutely, you can call reception "
     "and we'll pass it to the school staff. || thank you so much"),
    ("children", "benign", "chat",
     "hiya, is there a phone number for reception that works in the evening? || Agent: Yes, 555-0167, "
     "staffed until 11pm. || cheers"),
    ("children", "sensitive", "sms",
     "hi i booked for me and my boyfriend but i just realised we're both 17, is that going to be a problem at "
     "checkin?"),
    ("children", "benign", "sms",
     "what time is kids breakfast served, our lot wake at 6 lol. Family room 3 Whitby"),
    ("children", "sensitive", "agent_note",
     "Parent emailed passport scan for daughter Zofia (DOB 22/05/2012) as proof of age for the youth rate. "
     "Rate applied. Scan deleted from the inbox after checking as per data policy."),
    ("children", "benign", "agent_note",
     "Updated the website FAQ with the new youth rate: 16-25 year olds, valid ID required at check-in."),
    ("children", "sensitive", "call_transcript",
     "Caller: My daughter's got a placement near your Durham hostel for her work experience week, she's in "
     "Year 10. Could she stay in a private room Monday to Friday on her own? || Agent: I'm afraid we can't "
     "accommodate under-16s without an adult. || Caller: She's fifteen and a half, honestly she's very "
     "sensible."),
    ("children", "benign", "call_transcript",
     "Caller: Is there an age limit on the private rooms? I'm eighteen, just about to start uni. || Agent: "
     "Eighteen is fine, you can book anything. || Caller: Brilliant, doing it now."),
    ("children", "sensitive", "review",
     "Stayed with my three, aged 14, 11 and 6, in the big family room. Plenty of space, bunks solid, the "
     "eldest even said it was alright, which is high praise from a teenager."),
    ("children", "benign", "review",
     "Big school group arrived at 5 and it got loud, but staff handled it well and the group leaders were "
     "on it. Quiet by 10."),
    ("children", "sensitive", "voicemail",
     "Hello, Mr Patel here. I'm calling about the consent form for my son Arjun, he's eleven, for the "
     "adventure week. The form wants his GP and his school class, I've filled those in but it won't upload, "
     "could someone call me back on 07700 900264?"),
    ("children", "benign", "voicemail",
     "Hi, it's Colin, we're bringing the cubs' parents committee for a planning weekend, all grown-ups, just "
     "wanted to check the meeting room has a projector. Cheers."),
    ("children", "sensitive", "dm",
     "Hi, my little one turns 3 next week and we'd love to celebrate at the Whitby hostel. Can we bring a "
     "cake into the dining room?"),
    ("children", "benign", "dm",
     "can we bring a birthday cake into the dining room? it's my 40th lol. staying at whitby sat"),
    ("children", "sensitive", "in_app",
     "Sign up for junior membership: name Evie Blackwood, age 13, school St Bede's. Please send the card to me, "
     "her dad."),
    ("children", "benign", "in_app",
     "the youth hostel badge on my profile is showing the wrong year, I joined in 2019 not 2021"),
    ("children", "sensitive", "web_form",
     "Safeguarding question: my 16-year-old is going on the Bramblewick Bike Week with a cycling club. Will "
     "she be in a dorm with adults she doesn't know? She's never stayed anywhere without family."),
    ("children", "benign", "web_form",
     "Please send a copy of your safeguarding policy and DBS arrangements for staff. We are a youth theatre "
     "company planning a residential next spring."),
    ("children", "sensitive", "email",
     "Hi Bramblewick, I'm a childminder and I'm taking two of my mindees (ages 3 and 4) on a day out near "
     "Ambleside. Parents have signed off. Can we use the hostel cafe for lunch and the garden for an hour? "
     "Thanks, Debbie Rowe"),
    ("children", "benign", "email",
     "Dear Bramblewick, our nursery staff team would like to book a night away at Ambleside as a thank you "
     "for the adults who work with us. 8 people, twin rooms preferred. Best, Leanne, Manager, Acorns Nursery"),
    ("children", "sensitive", "chat",
     "hi i left my hoodie in dorm 4 at york, im on the school trip with Hollins Park yr 8, can u keep it "
     "till my mum comes || Agent: We'll keep it at reception for you. What colour is it? || navy, with my "
     "name inside, Ruby S"),
    ("children", "benign", "chat",
     "left a navy hoodie in dorm 4 at york yesterday, can u post it? I'll pay postage || Agent: Found it, "
     "I'll send a payment link. || legend"),
    ("children", "sensitive", "sms",
     "Hi its Gwen, Callum's granny. He is 9 not 12 so he shouldn't be on the adult ticket, can u change it. "
     "BW-53318"),
    ("children", "benign", "sms",
     "is the family ticket 2 adults 2 kids or can it be 1 adult 3 kids? thinking of booking for sept"),
    ("children", "sensitive", "agent_note",
     "Mum of guest Tyler (15) rang concerned he'd been drinking with older guests in the lounge. Spoke to "
     "night manager, no alcohol seen, Tyler with his dad. Reassured mum, noted for duty manager."),
    ("children", "benign", "agent_note",
     "Reminder to all staff: the licensed bar closes at 11 and we ask for ID from anyone who looks under 25. "
     "No change to policy, just a refresher."),
    ("children", "sensitive", "web_form",
     "Dietary form for the Year 6 residential at Castleton: my daughter Amelia Stokes, class 6B, can't have "
     "nuts or sesame. Please make sure the kitchen staff know. She's eleven and won't always remember to ask."),
    ("children", "benign", "web_form",
     "Can you send the menu for school residentials at Castleton? Our catering lead wants to check the "
     "allergen info before we confirm the booking. Thanks, Northgate Primary office"),
    ("children", "sensitive", "chat",
     "hiya, booking for me and my little brother, he's 8, i'm 19 - am i old enough to be the responsible "
     "adult? || Agent: Yes, anyone 18+ can book a private room with a child. || sound"),
    ("children", "benign", "chat",
     "is there a minimum age to be the lead guest on a booking? || Agent: The lead guest must be 18 or "
     "over. || ok thanks"),
    ("children", "sensitive", "email",
     "Hello, I'm a Year 11 student and I'm doing my GCSE geography coursework on the coast at Robin Hood's Bay. "
     "My dad will be with me but he asked me to write to you myself. Can we book a twin for two nights in "
     "April? Thanks, Oliver Marsh (15)"),
    ("children", "benign", "email",
     "Hello, I'm a geography lecturer and I'd like to book a twin at Robin Hood's Bay for a fieldwork recce "
     "before bringing undergraduates in the autumn. Two nights in April. Regards, Dr S. Kemp"),
    ("children", "sensitive", "voicemail",
     "Hi, this is Rachel Dunn, I'm booked with my boys at Hawes. The younger one, Jack, he's five, has just "
     "come out in chickenpox spots, so I suppose we can't come? Could someone ring me back? Thanks."),
    ("children", "benign", "voicemail",
     "Hi, Rachel here from the Hawes family booking, just checking whether you've got a cot and a stair gate "
     "in the family rooms, or should we bring our own? Thanks, bye."),
    ("children", "sensitive", "review",
     "Came with our son who is autistic and nine. The staff let him have breakfast early before the dining "
     "room got busy, which made the whole trip. Can't thank the Conwy team enough."),
    ("children", "benign", "review",
     "The early breakfast slot for families is a great idea, the dining room's much calmer at 7. Well done."),
    ("children", "sensitive", "sms",
     "hi im 14 and on the youth club trip at ur Keswick hostel, i left my charger in the lounge, can u "
     "keep it for me till tmrw"),
    ("children", "benign", "sms",
     "Lee from Keswick Youth Club here, we're 20 mins out, coach is on the A66. See you soon"),
    # ---- special_categories
    ("special_categories", "sensitive", "email",
     "Hello, I'm staying at the Leeds hostel for a week in March, which falls in Ramadan this year. I'll be "
     "fasting, so I'd need to use the Kitchen Key kitchen at about 4.30am to eat before dawn. Is the kitchen "
     "open that early, and would I be disturbing anyone? Many thanks, Imran Qureshi"),
    ("special_categories", "benign", "email",
     "Good afternoon, I'm booking on behalf of the Diocese of Ripon youth office. We'd like exclusive use of "
     "the Chapel Row hostel for a weekend retreat in October, about 35 guests. Could you send a group quote "
     "and the catering options? Kind regards, Helen Marsh, Bookings Administrator"),
    ("special_categories", "sensitive", "chat",
     "hi, your rooms at York open with the app or a key card right? from friday sunset to saturday night "
     "i don't use anything electronic, is there an old-fashioned key I could have instead? || Agent: We can "
     "leave a manual key at reception for you. || amazing, thank you"),
    ("special_categories", "benign", "chat",
     "is there a quiet room or prayer room at the manchester hostel? booking for a mixed group and want to "
     "list what's available || Agent: There's a multi-faith quiet room on the first floor. || great thx"),
    ("special_categories", "sensitive", "sms",
     "Hi will be back late tonight about 1.30, going to midnight mass at the cathedral. Pls dont lock me out! "
     "Bed 6 dorm B, Ciaran"),
    ("special_categories", "sensitive", "web_form",
     "I converted to Judaism last year and now keep kosher, which is new for me. Is it possible to have a "
     "separate shelf and a set of pans in the self-catering kitchen at Edinburgh that nobody else uses? "
     "I'm happy to bring my own pans if easier."),
    ("special_categories", "benign", "web_form",
     "Does the Edinburgh self-catering kitchen have separate shelves or lockers for guests' food? Wondering "
     "whether to bring a cool box."),
    ("special_categories", "sensitive", "review",
     "I'm a Sikh and wear a kara, and the lifeguard at the hostel's pool told me to take it off or get out. "
     "After I explained, the duty manager sorted it and apologised. Otherwise a great stay."),
    ("special_categories", "benign", "review",
     "The staff were absolute saints when our coach broke down. Kept dinner warm, found us extra blankets. "
     "Can't praise them enough."),
    ("special_categories", "sensitive", "dm",
     "hey, i left the jehovah's witnesses last year and most of my family don't speak to me now. my mum found "
     "out where i was staying last time through your confirmation email to a shared address. can you make "
     "sure emails only go to my new address please"),
    ("special_categories", "benign", "dm",
     "hi how do I change the email address on my account? old one's a shared family address and I want "
     "my own"),
    ("special_categories", "sensitive", "call_transcript",
     "Caller: We'd like a ground floor room if possible. My wife and I will be travelling for Navratri and "
     "we'll be fasting most days, so we'll only need the kitchen in the evenings. || Agent: No problem, "
     "I'll note that. || Caller: Thank you, and we're vegetarian, strictly."),
    ("special_categories", "benign", "call_transcript",
     "Caller: Hi, I'm ringing from St Columba's parish, our choir wants to book the Oban hostel in September. "
     "|| Agent: Lovely, how many in the group? || Caller: Twenty-two singers and two drivers. || Agent: "
     "I'll put you through to GroupBunk."),
    ("special_categories", "sensitive", "agent_note",
     "Guest (Ms A. Haddad) asked for a female-only dorm, explained she wears hijab and removes it to sleep so "
     "would prefer not to share with men. Moved from mixed dorm 3 to female dorm 5, no charge."),
    ("special_categories", "benign", "agent_note",
     "Guest asked why we offer female-only dorms but not male-only. Explained current policy: female-only and "
     "mixed dorms at most sites, male-only at Leeds and York. Guest happy with answer."),
    ("special_categories", "sensitive", "in_app",
     "i've been going to quaker meeting for about a year and the friends at my meeting recommended your "
     "silent retreat at Malham. is there a single room left for the november one?"),
    ("special_categories", "benign", "in_app",
     "is the Malham silent retreat weekend just silence or are there activities too? can't find a schedule"),
    ("special_categories", "sensitive", "email",
     "Hi, I'm a humanist celebrant and I'm also non-religious myself, so when I'm staying at your hostels I "
     "would rather not be put in the Chapel Row building with the crosses on the walls. Is there an "
     "alternative at Ripon? Thanks, Gareth"),
    ("special_categories", "benign", "email",
     "Hi, the Chapel Row hostel looks gorgeous. Is it still a working chapel or fully converted? Planning a "
     "photo walk with friends and want to be respectful. Cheers, Lou"),
    ("special_categories", "sensitive", "voicemail",
     "Hiya, it's Ayesha from room 14, I need the quiet room tomorrow at about 1 and again around 4 for my "
     "prayers, is that alright or is someone booked in? Call me back on 07700 900381, thanks."),
    ("special_categories", "benign", "voicemail",
     "Hello, this is the office at Bethel Chapel, we've had a quote for our youth group weekend and we'd like "
     "to go ahead. Can someone call back about the deposit? Thank you."),
    ("special_categories", "sensitive", "chat",
     "can i swap the friday breakfast to something without meat? im catholic and still do no meat on fridays "
     "even outside lent || Agent: Of course, I'll switch it to the veggie cooked breakfast. || thanks!"),
    ("special_categories", "benign", "chat",
     "do you do fish on fridays in the cafe? || Agent: Yes, fish and chips every Friday evening. || yesss"),
    ("special_categories", "sensitive", "agent_note",
     "Caller said she is a Romany Gypsy and was turned away from our Appleby site in 2022 during fair week "
     "when staff heard her surname. Wants an apology and to know whether we blacklist names. Escalated to "
     "complaints, ref CMP-0417."),
    ("special_categories", "benign", "agent_note",
     "Appleby site fully booked for Horse Fair week. Waiting list started, 14 names. Please don't promise "
     "anyone a bed until the manager confirms release of held rooms."),
    ("special_categories", "sensitive", "review",
     "Honest review: the night receptionist checked everyone else in without fuss but asked me, the only Black "
     "guy in the queue, for two forms of ID and whether I was 'really staying'. Room was fine. Won't be back."),
    ("special_categories", "benign", "review",
     "Check-in asked for photo ID which annoyed my mate but it's on their website, so fair enough. Hostel "
     "itself was spotless, good kitchen, big lounge."),
    ("special_categories", "sensitive", "web_form",
     "Complaint. A member of your reception staff at Bristol imitated my accent and asked if 'all Polish "
     "people' bring their own food. I have lived here 15 years. Booking BW-54288."),
    ("special_categories", "benign", "web_form",
     "Do you have staff who speak Polish at Bristol reception? My parents are visiting and their English is "
     "limited. Booking BW-54301."),
    ("special_categories", "sensitive", "email",
     "Dear GroupBunk team, I need an invitation letter for my UK visa application. I am a Nigerian citizen "
     "coming for the Manchester folk festival and the embassy asks for proof of accommodation in my name. "
     "Booking BW-54360. Best regards, Chinedu Okeke"),
    ("special_categories", "sensitive", "sms",
     "its Tharshan not Tharsan, the app keeps autocorrecting my name. its tamil, could someone fix it on my "
     "card pls"),
    ("special_categories", "benign", "sms",
     "my surname is spelt wrong on my wayfarer card, its Hollis not Hollies. thanks"),
    ("special_categories", "sensitive", "dm",
     "My grandparents came over from Jamaica on one of the Windrush-era ships and I'm doing a family history "
     "trip to Liverpool docks. Any chance of a room with a view of the water?"),
    ("special_categories", "benign", "dm",
     "any rooms at the Liverpool hostel with a view of the docks? fancy something nice for a change"),
    ("special_categories", "sensitive", "call_transcript",
     "Caller: I'm Irish Traveller, and I'll tell you straight, I've had hostels cancel on me when they saw "
     "my address. I want to know that won't happen with you. || Agent: It won't, and if anything like that "
     "happened we'd want to hear about it. || Caller: Right. Book me in for the 20th then."),
    ("special_categories", "benign", "call_transcript",
     "Caller: Hi, I'm calling from Dublin, can I book your Holyhead hostel for the night before the ferry? "
     "|| Agent: Of course, what date? || Caller: 18th of May, one bed in a dorm. || Agent: Done."),
    ("special_categories", "sensitive", "in_app",
     "staying in London for the climate march on saturday, i'm one of the stewards so i'll be out from 6am "
     "and back late with a big banner, is there somewhere to store it?"),
    ("special_categories", "benign", "in_app",
     "is there luggage storage at the london hostel after checkout? we've got big bags and a late train"),
    ("special_categories", "sensitive", "email",
     "Hello, I'm standing as a Green Party candidate in the local elections and will be canvassing in Hexham "
     "for a fortnight. I'd like a private room for the whole period and a receipt made out to my campaign. "
     "Best, Rowan Tate"),
    ("special_categories", "benign", "email",
     "Hi, our local Liberal Democrat branch would like to hire the Hexham hostel meeting room for an evening "
     "in April, about 20 people. Could you send prices? Regards, Secretary, Tynedale Branch"),
    ("special_categories", "sensitive", "review",
     "A guest in my dorm started a row about Brexit and when I said I'd voted Leave the staff member took his "
     "side and asked me to calm down. Felt singled out for my views. Otherwise fine."),
    ("special_categories", "benign", "review",
     "A conservative estimate: the walls are thin enough to hear a whisper. Bring earplugs. Great location."),
    ("special_categories", "sensitive", "voicemail",
     "Hi, this is Fiona, booking BW-54512. I'd like to ask that my name isn't shown on anything public at the "
     "hostel, I campaign for Scottish independence and I've had some nasty stuff online. Cheers."),
    ("special_categories", "benign", "voicemail",
     "Hi there, calling about the Inverness hostel, is it open over the independence day weekend for the "
     "Americans? We've got a group from Ohio. Give us a ring back. Thanks."),
    ("special_categories", "sensitive", "chat",
     "booked for the anti-austerity march next month, me and two others from our socialist group. can we "
     "get beds together || Agent: Yes, I've put you all in dorm 2. || cheers comrade"),
    ("special_categories", "sensitive", "agent_note",
     "Guest asked us not to put his name on the printed dorm list as he is a local councillor for Reform "
     "and says he's had threats from opponents. Removed from list, booking noted."),
    ("special_categories", "sensitive", "web_form",
     "I'm a Unite shop steward and I'll be at the regional branch meeting in Sheffield. The union reimburses "
     "me, so I need an invoice in my name with our branch number on it. Booking BW-54601."),
    ("special_categories", "benign", "web_form",
     "Please send an invoice to Unison North West Region for the meeting room hire on 14 March. PO number "
     "PO-88210. Thanks."),
    ("special_categories", "sensitive", "sms",
     "hi im one of the striking train guards so travel is a mess, might arrive late or a day early "
     "depending on the picket rota, is that ok BW-54644"),
    ("special_categories", "benign", "sms",
     "train strikes again so might be late in, hold my bed pls BW-54650"),
    ("special_categories", "sensitive", "email",
     "Hi, I noticed you offer 10% off for members of the nurses' union. I've been in the RCN since I qualified. "
     "Where do I enter my membership number for the discount? Thanks, Bethan Lloyd"),
    ("special_categories", "benign", "email",
     "Hello, do you offer any discounts for NHS workers or teachers? Trying to plan a cheap summer away. "
     "Thanks, Marcus"),
    ("special_categories", "sensitive", "call_transcript",
     "Caller: I'm the NEU rep at my school, and we're holding a members' meeting over the strike ballot. Can "
     "I book the meeting room at Derby for a Saturday morning in my own name? || Agent: Yes, the room is "
     "free on the 12th. || Caller: Perfect."),
    ("special_categories", "benign", "call_transcript",
     "Caller: Hi, we're the Derby County Supporters' Club, can we use your meeting room for our AGM? || "
     "Agent: Sure, roughly how many? || Caller: About thirty. || Agent: I'll email a quote."),
    ("special_categories", "sensitive", "dm",
     "our union's paying for me and my colleague to go on the CWU organising course, so please bill the "
     "branch, not my card. i'll dm you my member number"),
    ("special_categories", "sensitive", "agent_note",
     "Guest mentioned she was sacked last year after organising a union at her warehouse and is worried her "
     "old employer's staff, who often stay here, will recognise her. Moved her to the annexe on request."),
    ("special_categories", "sensitive", "in_app",
     "Me and my wife are booking our first anniversary trip. Can we get a double rather than two singles? "
     "Last time they assumed we were sisters lol - Jess"),
    ("special_categories", "benign", "in_app",
     "Ten years married next month! Is there a room with a proper double at Whitby or is it all bunks? "
     "Want to surprise the other half - Paul"),
    ("special_categories", "sensitive", "chat",
     "hi can i change my booking from two singles to a double? it's me and my boyfriend, we just didn't want "
     "any awkwardness at check in but honestly who cares || Agent: Done, you're in room 8 with a double. "
     "|| cheers, Liam"),
    ("special_categories", "benign", "chat",
     "can couples share a bed in the dorms or is it one person per bunk? || Agent: One person per bunk in "
     "shared dorms, but our private doubles are great value. || fair enough"),
    ("special_categories", "sensitive", "review",
     "As a gay couple we're always a bit on guard when we book somewhere new, but the Whitby team were brilliant, "
     "not a raised eyebrow when we asked for the double. Lovely breakfast too."),
    ("special_categories", "benign", "review",
     "Proud to say we've now stayed at every Bramblewick in Yorkshire! Whitby is still the best, that view."),
    ("special_categories", "sensitive", "email",
     "Hi, please could you stop sending the booking confirmations to my home address? I still live with my "
     "parents and they don't know I'm gay - I'm going to the pride weekend in Brighton with my boyfriend and "
     "I'd rather they didn't find out this way. Email only please. Thanks, Jamie"),
    ("special_categories", "benign", "email",
     "Hello, I'm the volunteer coordinator for Brighton Rainbow Walkers, an LGBTQ+ walking charity. We'd like "
     "to book 20 beds at the Brighton hostel over the Pride weekend for our volunteers. Could you hold them "
     "until we confirm numbers? Thanks, Pat"),
    ("special_categories", "sensitive", "agent_note",
     "Mr Hughes and his husband arrived to find two singles in their room, booking clearly said double. "
     "Guest upset, felt it was deliberate. Apologised, moved to room 11 with double, 20% refund processed."),
    ("special_categories", "benign", "agent_note",
     "Rooms 9 and 11 at Whitby: bed configuration keeps reverting to twin in the system after the update. "
     "IT ticket raised. Check all double bookings manually until fixed."),
    ("special_categories", "sensitive", "dm",
     "came out as bi to my family this year and this will be my first ever pride!! booking your hostel for "
     "it, is there a group meetup for solo guests?"),
    ("special_categories", "benign", "dm",
     "is there a group meetup at the hostel for solo travellers? going to be in brighton for the festival"),
    ("special_categories", "sensitive", "voicemail",
     "Hi, it's Kate Newbury. Just to let you know my fiancée Sophie will be checking in before me on the "
     "Friday, so the booking's under my name but it's her face you'll see. We're in the double. Thanks!"),
    ("special_categories", "benign", "voicemail",
     "Hi, Gene Walsh here, booking BW-54890. I'm arriving after midnight so can you leave the key code by "
     "text? Number's 555-0133. Thanks."),
    ("special_categories", "sensitive", "call_transcript",
     "Caller: Is the private room at Manchester soundproof? || Agent: They're well insulated, why do you ask? "
     "|| Caller: Me and my girlfriend haven't seen each other in three months, long distance, so... you "
     "know. || Agent: Ha, I'll put you in the end room."),
    ("special_categories", "benign", "call_transcript",
     "Caller: Are your private rooms quiet? I'm a light sleeper. || Agent: The end rooms on the top floor "
     "are the quietest. || Caller: Perfect, can I request one of those?"),
    ("special_categories", "sensitive", "web_form",
     "Lost property: a small purple vibrator, left in the bedside drawer of private room 6 at Keswick on the "
     "21st. Embarrassing I know. If found please post discreetly to the address on my booking, BW-54933."),
    ("special_categories", "benign", "web_form",
     "Lost property: black phone charger and a purple wash bag, left in private room 6 at Keswick on the 21st. "
     "Happy to pay postage. BW-54940"),
    ("special_categories", "sensitive", "in_app",
     "booking the family room for me and my two partners, we're a polyamorous triad so no kids, just three "
     "adults who'd like one big bed and a single. is that weird for you lot"),
    ("special_categories", "benign", "in_app",
     "can the family room be booked by three adults friends or is it families only?"),
    ("special_categories", "sensitive", "sms",
     "Hi reception charged me for an extra guest last night, I met someone at the bar and they stayed in my "
     "private room til morning. Didnt know that was a charge? Room 4"),
    ("special_categories", "benign", "sms",
     "hi theres a £12 charge on my room 4 bill and i dont know what its for, can u check"),
    ("special_categories", "sensitive", "email",
     "We got a warning letter after our stay at Conwy about 'noise from the private room' on our wedding "
     "night. We're newlyweds in a private room, I'm not sure what you expected, and the letter was mortifying. "
     "Booking BW-54985. Regards, Mr and Mrs Dale"),
    ("special_categories", "benign", "email",
     "Hi, we're having our wedding at the church in Conwy and want to put 30 guests in the hostel. Is there a "
     "group rate? We'd love a warm welcome card for the bride and groom! Thanks, Lucy"),
    ("special_categories", "sensitive", "dm",
     "going to a fetish club night in manchester on saturday so will be back around 4am and probably dressed "
     "a bit... unusually. will the night door let me in without a fuss"),
    ("special_categories", "benign", "dm",
     "going to a fancy dress night in manchester sat, will be back around 4, does the night door work with the "
     "app"),
    ("special_categories", "sensitive", "web_form",
     "I'm a trans woman and I'd like to book a bed in a female dorm at Oban. My passport still has an M on it "
     "while I wait for the new one. Will that cause a problem at check-in?"),
    ("special_categories", "benign", "web_form",
     "Do you have single-sex dorms at Oban or only mixed? Booking for a walking group of mixed friends."),
    ("special_categories", "sensitive", "email",
     "Hello, I changed my name by deed poll last year as part of my transition, but my Wayfarer Card and the "
     "app still show my old name, which I'd really rather nobody saw at reception. New name is Elliot Price. "
     "Can you update it? Deed poll attached."),
    ("special_categories", "benign", "email",
     "Hi, I got married in the summer and changed my surname. How do I update my Wayfarer Card from Jones to "
     "Pritchard? Marriage certificate attached if needed. Thanks, Anya"),
    ("special_categories", "sensitive", "in_app",
     "the profile makes me pick Male or Female and I'm neither, I'm non-binary. Can you add another option "
     "or let me leave it blank?"),
    ("special_categories", "benign", "in_app",
     "why does the app ask for sex at registration? just curious what it's used for"),
    ("special_categories", "sensitive", "agent_note",
     "Guest's driving licence shows a different name and gender marker from booking. Guest explained she is "
     "transitioning and documents are being updated. Checked in under booking name, no issue. Please be "
     "discreet."),
    ("special_categories", "benign", "agent_note",
     "Guest's driving licence showed a different address from the booking. Guest said he'd moved recently. "
     "Checked in as normal, no further action."),
    ("special_categories", "sensitive", "review",
     "Staff were friendly but one receptionist kept calling me 'sir' and 'him' after I'd said twice that I'm "
     "she. Small thing to you, not to me. Rooms were fine."),
    ("special_categories", "benign", "review",
     "Receptionist called me madam about nine times, made me feel about 90! Ha. Lovely place though."),
    ("special_categories", "sensitive", "sms",
     "hi ill need help with my bags at check in, had top surgery 3 wks ago and cant lift yet. Alex, BW-55070"),
    ("special_categories", "benign", "sms",
     "do staff help with bags at the York hostel? got a massive suitcase and its 3 flights up"),
    ("special_categories", "sensitive", "call_transcript",
     "Caller: I'm booking for my son, he's 24, he's trans and he's a bit anxious about which dorm he'll be "
     "put in. Can he just be in the male dorm? || Agent: Yes, guests choose the dorm that fits them. || "
     "Caller: Thank you, that's a weight off."),
    ("special_categories", "benign", "call_transcript",
     "Caller: Are your dorms gender-neutral, or split? || Agent: Most sites have mixed dorms and female-only "
     "dorms. || Caller: OK, mixed is fine for us."),
    ("special_categories", "sensitive", "chat",
     "can i send a new photo for my membership card? i've been on hormones for a year and honestly i don't "
     "look like the old one anymore || Agent: Of course, upload it in the app under Profile. || thanks x"),
    ("special_categories", "benign", "chat",
     "can i change the photo on my card? the old one is from 2015 and i've got a beard now || Agent: Yes, "
     "under Profile in the app. || cheers"),
    ("special_categories", "sensitive", "email",
     "Hi, I did one of those DNA ancestry kits at Christmas and it turns out I've got a whole branch of "
     "cousins in Pembrokeshire I never knew about. I'm going to meet them in June - do you have anything in "
     "St Davids for four nights? Cheers, Dale"),
    ("special_categories", "benign", "email",
     "Hello, I'm interested in your Heritage Trail walking holiday in Pembrokeshire. Does the price include "
     "baggage transfer between hostels? Thanks, Judith"),
    ("special_categories", "sensitive", "web_form",
     "I need to change my dates. I've just had genetic test results back showing I carry the BRCA2 variant, "
     "and the clinic in Manchester wants to see me the week I'd booked in Keswick. Could I move to August?"),
    ("special_categories", "benign", "web_form",
     "Please can I move my Keswick booking from July to August? Work has changed my holiday dates. "
     "BW-55132"),
    ("special_categories", "sensitive", "dm",
     "hey, me and a woman I matched with as half-sisters on a DNA site are finally meeting in person!! "
     "can we book a twin at York for the 9th"),
    ("special_categories", "benign", "dm",
     "me and my sister are meeting up in york for the first time in ages, any twins free on the 9th?"),
    ("special_categories", "sensitive", "voicemail",
     "Hello, it's Ian Forbes. I need to cancel the walking week. I tested positive for the Huntington's gene "
     "last month, same as my dad, and I'm just not in the right place for a holiday. Ref BW-55177. Thanks."),
    ("special_categories", "benign", "voicemail",
     "Hi, it's Ian from the Forbes party, booking BW-55180, we need to cancel the walking week, the dates "
     "clash with a work thing. Could you ring me about the deposit? Cheers."),
    ("special_categories", "sensitive", "agent_note",
     "Guest mentioned she is donor-conceived and has traced her biological father through a DNA testing "
     "site. They're meeting at the hostel cafe tomorrow. Asked if a quiet table could be reserved. Done."),
    ("special_categories", "sensitive", "in_app",
     "my genetic screening said I carry sickle cell trait, is there anywhere at the Ben Nevis hostel to "
     "rest if I get lightheaded after the climb? booking BW-55210"),
    ("special_categories", "sensitive", "email",
     "Dear Bramblewick, I enrolled my fingerprint on the locker system at Leeds during my stay in May. I'd "
     "now like that fingerprint template deleted from your systems under data protection law. Please "
     "confirm when done. Regards, Nkechi Obi"),
    ("special_categories", "benign", "email",
     "Hi, do the lockers at Leeds use a key, a code or the app? I've got a laptop I want to leave there "
     "during the day. Thanks, Rob"),
    ("special_categories", "sensitive", "review",
     "The new check-in kiosk at Glasgow scanned my face without really asking. I've since been told the "
     "face template is stored to 'speed up future visits'. I want it deleted. Two stars for that alone."),
    ("special_categories", "benign", "review",
     "New check-in kiosk at Glasgow was quick, printed my key in under a minute. Good stuff."),
    ("special_categories", "sensitive", "call_transcript",
     "Caller: I set up the voice ID thing on your phone line and now it says it doesn't recognise me. || "
     "Agent: Sometimes a cold changes how the voiceprint matches. I can re-enrol you. || Caller: Yes "
     "please, I'll say the phrase again."),
    ("special_categories", "benign", "call_transcript",
     "Caller: Your phone line keeps sending me straight to voicemail. || Agent: Sorry, we had a line fault "
     "this morning. How can I help? || Caller: Just want to check my booking dates."),
    ("special_categories", "sensitive", "chat",
     "the fingerprint reader on locker 22 won't take my thumb anymore, i cut it on a tin in the kitchen || "
     "Agent: I'll clear your enrolled print and you can register your other thumb. || thanks"),
    ("special_categories", "benign", "chat",
     "how do the fingerprint lockers work, do you keep the fingerprints? || Agent: The lockers store an "
     "encrypted template only while you're checked in, deleted at checkout. || ok good to know"),
    ("special_categories", "sensitive", "dm",
     "your Leeds hostel door has a palm scanner now and it took my palm print at check-in. where is that "
     "stored, and who can see it?"),
    ("special_categories", "sensitive", "agent_note",
     "Re-enrolled guest's face for the room door camera after she said the door stopped recognising her "
     "since she changed her glasses. Old face template deleted. Guest asked for confirmation in writing, sent."),
    ("special_categories", "benign", "agent_note",
     "Room door cameras at Glasgow offline 2-4pm for maintenance. Issue temporary key cards to all guests."),
    ("special_categories", "sensitive", "in_app",
     "I logged into the Bramblewick Go app with face login once and now I want to withdraw consent and "
     "have my face data removed. How?"),
    ("special_categories", "benign", "in_app",
     "does the app support face id on iphone? typing my password every time is a pain"),
    ("special_categories", "sensitive", "web_form",
     "I arrived in the UK from Ukraine under the sponsorship scheme and my only ID is my Ukrainian passport. "
     "Your form won't accept it. Can I still join the Wayfarer Card scheme?"),
    ("special_categories", "benign", "web_form",
     "Which IDs do you accept at check-in? I've got a biometric passport and a provisional licence."),
    ("special_categories", "sensitive", "sms",
     "hi im back from the temple late tonight, its diwali, about 11.30. room 7. sorry in advance for the "
     "noise at the door!"),
    ("special_categories", "benign", "sms",
     "hi back late tonight about 11.30 from the fireworks, room 7. can u leave door code"),
    ("special_categories", "benign", "web_form",
     "Booking enquiry from Holy Trinity youth group: 24 young people and 4 leaders, Conwy, first weekend of "
     "May. Please send a quote and your policy on group leaders' rooms."),
    ("special_categories", "benign", "email",
     "Hi, I was charged a currency conversion fee on my euro card for my Edinburgh booking. Is that your fee "
     "or my bank's? BW-55302. Thanks, Marco"),
    ("special_categories", "benign", "chat",
     "hi can we book the meeting room for staff orientation day at Derby? new starters, about 15 || Agent: "
     "Sure, what date? || 2nd of Sept"),
    ("special_categories", "benign", "review",
     "I use the app religiously and it's never let me down until last week, when the booking vanished. "
     "Support fixed it in ten minutes though."),
    ("special_categories", "benign", "call_transcript",
     "Caller: Hi, I'm booking for the Al-Noor Mosque youth committee, we want the Bradford meeting room "
     "for a planning day. || Agent: How many? || Caller: Twelve, and we'll bring our own lunch. || Agent: "
     "Great, I'll send the hire form."),
    ("special_categories", "benign", "voicemail",
     "Hello, this is Deborah from the Leeds Interfaith Council, we used your meeting room in March and "
     "haven't had an invoice yet. Our treasurer is chasing me. Thanks."),
    ("special_categories", "benign", "in_app",
     "is the Trans Pennine train strike going to affect arrivals at the york hostel? can I cancel free if "
     "I can't get there"),
    ("special_categories", "benign", "sms",
     "is the bath hostel near gay street? meeting friends there for lunch"),
    ("special_categories", "benign", "agent_note",
     "Guest asked if our staff are in a union. Told him I didn't know company-wide arrangements and passed "
     "his query to HR. No complaint."),
    ("special_categories", "benign", "dm",
     "friendliness is in the DNA of this place, thanks for a great weekend at hawes!"),
    ("special_categories", "benign", "email",
     "Hello, our Young Farmers club is booking the Hawes hostel for our end-of-season party. 30 people, "
     "Saturday night only. Do you allow a DJ in the lounge? Best, Tom, Social Secretary"),
    ("special_categories", "benign", "review",
     "Stayed during the local election count - the town hall is next door so it was lively. Hostel was calm "
     "and comfortable, decent showers."),
    ("special_categories", "sensitive", "in_app",
     "since taking my shahada in the spring i don't drink anymore, is there a dorm that isn't right above "
     "the bar at Whitby? my old mates would laugh but it matters to me now"),
    ("special_categories", "sensitive", "review",
     "Yoga retreat was lovely, but being one of the only British Asian women there I got asked 'where I'm "
     "really from' three times by other guests. Staff weren't to blame. The teacher was fab."),
    ("special_categories", "sensitive", "agent_note",
     "Guest in dorm 4 said he's a Communist Party member and had been leaving leaflets for their meeting in "
     "the lounge. Explained house rules on leafleting, he took them down without fuss. Nothing else to log."),
    # ---- financial_hardship
    ("financial_hardship", "sensitive", "email",
     "Hi GroupBunk, I'm the organiser for our walking group's trip to Hathersage (BW-55410). I was made "
     "redundant two weeks ago and I honestly can't cover the £640 balance that's due on the 1st. Is there "
     "any way to split it or push the date back? I don't want to let the others down. Thanks, Carl Brophy"),
    ("financial_hardship", "benign", "email",
     "Hello, can the balance on our group booking be paid in instalments rather than one lump? The club "
     "treasurer prefers to spread it over three months. Booking BW-55418. Regards, Anne Tiller"),
    ("financial_hardship", "sensitive", "sms",
     "hi im on universal credit and it comes in monthly, could i pay for the room weekly instead of all up "
     "front? BW-55433"),
    ("financial_hardship", "benign", "sms",
     "card declined twice but bank says nothing wrong on their side?? BW-55440"),
    ("financial_hardship", "sensitive", "chat",
     "got a letter about £90 for a damaged bunk from last year. i'm already on a debt management plan and "
     "everything goes through them, can you contact them instead of me? || Agent: Yes, send us their "
     "details and we'll deal with them directly. || thank you, it's been a rough year"),
    ("financial_hardship", "benign", "chat",
     "I've got a credit note from a cancelled stay, how do I use it? || Agent: Enter the code at checkout "
     "in the app. || found it, thanks"),
    ("financial_hardship", "sensitive", "call_transcript",
     "Caller: We got evicted on Monday and the council can't rehouse us till next week. Have you got a "
     "family room at Bradford for five nights? || Agent: Let me look... yes, room 3. || Caller: Can I pay "
     "nightly? I've only got what's in my purse."),
    ("financial_hardship", "benign", "call_transcript",
     "Caller: Hi, I'm calling from Bradford council's housing team, we want to book your meeting room for "
     "a staff away day. || Agent: Of course, how many? || Caller: Eighteen, with lunch."),
    ("financial_hardship", "sensitive", "agent_note",
     "Guest in dorm 2 has been with us 3 weeks paying cash each night. Told me today he's sleeping here "
     "because he lost his flat after falling behind on rent. Gave him the number for the local housing "
     "advice service. No change to booking."),
    ("financial_hardship", "benign", "agent_note",
     "Long-stay guests (7+ nights) now get 10% off automatically. Please make sure the system applies it; "
     "two complaints this week where it didn't."),
    ("financial_hardship", "sensitive", "voicemail",
     "Hi, it's Neil Ashby. My payment for the Keswick booking will have bounced. I was made bankrupt last "
     "month and the bank's closed my card. I can pay cash on arrival if that's alright. Ring me on 07700 "
     "900655."),
    ("financial_hardship", "benign", "voicemail",
     "Hi, Neil here, the payment for my Keswick booking didn't go through because my card expired. I've "
     "updated it in the app, can you try again? Thanks."),
    ("financial_hardship", "sensitive", "web_form",
     "Refund request BW-55502. I've lost my job since booking and I can't afford to travel. I know it's "
     "non-refundable but even a partial refund would help with the rent this month."),
    ("financial_hardship", "benign", "web_form",
     "Refund request BW-55509. I booked the non-refundable rate by mistake instead of the flexible one. "
     "Could you switch it and charge me the difference?"),
    ("financial_hardship", "sensitive", "review",
     "I live on benefits so Bramblewick is the only way I get a holiday. The dorm was clean, the kitchen "
     "meant I could cook for pennies. Means more than you'd think."),
    ("financial_hardship", "benign", "review",
     "Great value, my wallet is still recovering from the festival so a £19 bed was perfect. Kitchen "
     "well stocked with pans."),
    ("financial_hardship", "sensitive", "dm",
     "hey is there any way to book without the £20 deposit? i'm two months behind on rent and literally "
     "can't spare it till payday"),
    ("financial_hardship", "benign", "dm",
     "do you have a pay later option like klarna? would rather spread it across two paydays"),
    ("financial_hardship", "sensitive", "in_app",
     "bailiffs have frozen my account so the payment won't go through, can i pay at reception in cash when "
     "i arrive"),
    ("financial_hardship", "benign", "in_app",
     "can i pay at reception in cash when i arrive or does it have to be card in the app"),
    ("financial_hardship", "sensitive", "email",
     "Dear Sir or Madam, our son's school trip to your Castleton hostel costs £180 and since my husband lost "
     "his job we simply can't find it. The school told me to ask whether Bramblewick has a hardship fund. "
     "Yours, Mrs L. Goodwin"),
    ("financial_hardship", "benign", "email",
     "Dear Bramblewick, as a school we'd like to know whether you offer any funded places or discounts for "
     "pupil premium groups on residentials. We're budgeting for next year. Regards, Business Manager, "
     "Valley Road School"),
    ("financial_hardship", "sensitive", "chat",
     "i'm in an IVA so i can't take any credit, is the 'book now pay later' thing credit? || Agent: It's "
     "provided by a credit company, so yes. You could pay in full or on arrival instead. || ok on arrival "
     "then"),
    ("financial_hardship", "benign", "chat",
     "is your pay later option a credit check thing? || Agent: It's a soft check by the provider. || "
     "ok cool"),
    ("financial_hardship", "sensitive", "sms",
     "sorry to ask, ive been using the food bank this month, is it ok to keep stuff in the shared kitchen "
     "fridge for the whole week"),
    ("financial_hardship", "benign", "sms",
     "can we leave leftover food in the kitchen for the next guests? got loads of pasta and tins"),
    ("financial_hardship", "sensitive", "call_transcript",
     "Caller: A debt collection company has written to me saying I owe Bramblewick £340 from a group "
     "booking in 2022. || Agent: I'm sorry, let me look. || Caller: I'm already drowning in letters, I can't "
     "take another one. Is it even real?"),
    ("financial_hardship", "benign", "call_transcript",
     "Caller: Our scout group has had a letter from a debt collection agency over an invoice we paid in "
     "March. || Agent: That's not right, I'll check the ledger. || Caller: Thanks, the treasurer has the "
     "bank statement."),
    ("financial_hardship", "sensitive", "agent_note",
     "Guest's card declined three times at check-out. She explained her business went under in the spring "
     "and she's behind on everything. Agreed to let her pay the £58 in two parts, note on account."),
    ("financial_hardship", "benign", "agent_note",
     "Card machine at reception declining contactless all morning. Engineer booked for 2pm. Use the app "
     "payment link as a workaround."),
    ("financial_hardship", "sensitive", "web_form",
     "My zero-hours shifts dried up in January and I haven't had work since. I booked this before it all "
     "went wrong. Could I move the booking to much later rather than lose it? BW-55690"),
    ("financial_hardship", "benign", "web_form",
     "I've just started a new job and need a VAT invoice for my stay to claim expenses. BW-55697"),
    ("financial_hardship", "sensitive", "voicemail",
     "Hello, my name's Dawn. The housing officer said to ring you, I've been placed with you for two weeks "
     "as emergency accommodation after the repossession. Just want to check when I can check in. Thanks."),
    ("financial_hardship", "benign", "voicemail",
     "Hi, it's Kerry from the Shelter Street hostel booking, just checking what time check-in opens, "
     "we're driving up from Bristol. Thanks."),
    ("financial_hardship", "sensitive", "in_app",
     "is there a discount for people on jobseekers? i've been out of work since the factory closed and i "
     "need to get to interviews in leeds"),
    ("financial_hardship", "benign", "in_app",
     "is there a discount for Wayfarer members on weekday stays or just weekends?"),
    ("financial_hardship", "sensitive", "review",
     "Stayed here a fortnight while we were between homes after the repossession. The staff never once made "
     "us feel like a problem. Thank you, York."),
    ("financial_hardship", "benign", "review",
     "These breakfast prices would bankrupt a small nation, but the porridge is honestly worth it."),
    ("financial_hardship", "sensitive", "dm",
     "my debts have got on top of me and the council tax people are threatening court, i can't do the "
     "group trip anymore. can i get my £50 deposit back pls"),
    ("financial_hardship", "benign", "dm",
     "we're a homeless charity and want to book a night away for our volunteers as a thank you, 12 people. "
     "any charity rate?"),
    # ---- legal
    ("legal", "sensitive", "email",
     "Hello, my rucksack was taken from the luggage room at Edinburgh on Saturday. I've reported it to the "
     "police, crime reference 4410/23/SC, and my insurer wants written confirmation from you that it was "
     "stored there. Can you help? Thanks, Aoife Brennan, BW-55812"),
    ("legal", "benign", "email",
     "Hello, is your cancellation policy legally binding if a train strike stops me travelling? Just want "
     "to understand the terms before I book. Thanks, Ravi"),
    ("legal", "sensitive", "chat",
     "I fell on the wet stairs at Conwy in February and broke my wrist. My solicitor has asked me to request "
     "your incident report before we issue a claim. || Agent: I'm sorry to hear that. I'll pass this to our "
     "legal team today. || Thank you"),
    ("legal", "benign", "chat",
     "where can I read your terms and conditions? the link in the app footer goes nowhere || Agent: Sorry, "
     "here's the direct link. || thanks"),
    ("legal", "sensitive", "agent_note",
     "Police attended at 02:15 and arrested the guest in dorm 5, bed 3 (booking BW-55840). Officers took "
     "his belongings. Bed stripped and released. Manager informed, incident IR-1187."),
    ("legal", "benign", "agent_note",
     "Local police station asked if we'd host a community PCSO drop-in in the lounge once a month. Manager "
     "said yes in principle, dates TBC."),
    ("legal", "sensitive", "sms",
     "Hi, I'm on a curfew with a tag so I have to be in my room by 7pm every night, is the hostel ok with "
     "that? Booking BW-55856"),
    ("legal", "benign", "sms",
     "hi whats the latest i can check in? train gets in at 11pm. BW-55860"),
    ("legal", "sensitive", "web_form",
     "I have a restraining order against my ex-partner and he knows I sometimes use your Lancaster hostel. "
     "Please do not confirm to anyone, by phone or in person, that I'm staying. I can send a copy of the "
     "order if needed. BW-55871"),
    ("legal", "benign", "web_form",
     "Do you confirm to callers whether someone is staying at the hostel? My friend wants to surprise me "
     "and I'm curious what your policy is."),
    ("legal", "sensitive", "call_transcript",
     "Caller: I need a room near Leeds Crown Court for the week of the 12th. I'm a witness in a trial and "
     "they've told me it could run five days. || Agent: Our Leeds hostel is ten minutes' walk. || Caller: "
     "Private room please, I don't want to be chatting to strangers that week."),
    ("legal", "benign", "call_transcript",
     "Caller: Hi, is there a tennis court near the Leeds hostel? || Agent: There's a public court in the "
     "park across the road. || Caller: Brilliant, we'll bring rackets."),
    ("legal", "sensitive", "voicemail",
     "This is Mr Fenwick. My daughter's laptop was damaged by a leak in your ceiling and nobody has replied "
     "in six weeks. My lawyer will be writing to you formally this week. Booking BW-55900."),
    ("legal", "benign", "voicemail",
     "Hello, Bramley and Hart solicitors here, we'd like to book your Harrogate meeting room for a team "
     "away day on the 4th. Please call back on 555-0119."),
    ("legal", "sensitive", "review",
     "Ended up spending the night in a cell after a scuffle in the bar, which was my fault, and the staff "
     "were decent about keeping my stuff safe until I was released. Not my finest weekend."),
    ("legal", "benign", "review",
     "The Wi-Fi is criminally slow but the beds are heavenly, so I'll let it go. Good breakfast."),
    ("legal", "sensitive", "dm",
     "hi i'd like to volunteer on your Young Leaders scheme but i've got a conviction from 11 years ago, "
     "it's spent now. will the background check rule me out?"),
    ("legal", "benign", "dm",
     "what checks do your volunteers go through? thinking of applying for the summer"),
    ("legal", "sensitive", "in_app",
     "I'm on probation and my officer needs written proof of my address for the next month. Could someone "
     "email a letter confirming my stay at the Derby hostel?"),
    ("legal", "benign", "in_app",
     "Can I get a letter confirming my stay dates? My employer needs it for the relocation allowance."),
    ("legal", "sensitive", "email",
     "Hi, I've got a family court hearing in Leeds about contact arrangements for my kids on the 21st and "
     "22nd, so I need somewhere close and quiet for both nights. Any private rooms? Thanks, Shaun"),
    ("legal", "benign", "email",
     "Hello, our university's Law Society is planning a mock trial competition weekend in Leeds. Could we "
     "book 30 beds and the meeting room? Best, Events Officer"),
    ("legal", "sensitive", "call_transcript",
     "Caller: I'm just letting you know I've filed a small claims case against Bramblewick over the "
     "cancelled retreat. || Agent: I'm sorry it's come to that. Can I take a reference? || Caller: You'll "
     "get the court papers."),
    ("legal", "benign", "call_transcript",
     "Caller: Our retreat got cancelled, what happens to the refund? || Agent: It's automatic, five to ten "
     "working days back to the card. || Caller: Oh easy, thanks."),
    ("legal", "sensitive", "agent_note",
     "Two detectives came in asking for the booking details and arrival times of a guest named in a fraud "
     "investigation. Manager asked for the data request form before sharing anything. Form received, "
     "details supplied."),
    ("legal", "benign", "agent_note",
     "Reminder: any data request from police or other bodies goes to the data protection team. Don't hand "
     "over guest details at the desk."),
    ("legal", "sensitive", "sms",
     "got arrested at the airport last night, long story, all sorted now, but missed my first night. can "
     "i still have the other two? BW-55977"),
    ("legal", "benign", "sms",
     "flight delayed, missed my first night, can i keep the other two nights? BW-55981"),
    ("legal", "sensitive", "web_form",
     "My asylum appeal hearing is at the tribunal in Manchester on 9 May. My caseworker has booked me one "
     "night before at your hostel. Can I check in early in the morning because of the train times?"),
    ("legal", "benign", "web_form",
     "Is early check-in possible at the Union Quay hostel? Arriving on the sleeper at 7am."),
    # ---- bereavement
    ("bereavement", "sensitive", "email",
     "Hello, I need to cancel my stay at Tenby next week (BW-56020). My mum passed away on Thursday and the "
     "funeral is the same weekend. I'd be grateful for a refund if at all possible. Thank you, Sian Howells"),
    ("bereavement", "benign", "email",
     "Hi, what's your policy if someone has to cancel because of a death in the family? Just asking before I "
     "book a non-refundable rate for August. Thanks, Colin"),
    ("bereavement", "sensitive", "sms",
     "dad died sunday, cant come this weekend, pls cancel BW-56031. sorry"),
    ("bereavement", "benign", "sms",
     "phone died so i missed ur call, whats up with my booking? BW-56035"),
    ("bereavement", "sensitive", "call_transcript",
     "Caller: I'm ringing about my husband's Wayfarer Card. He died in January and I keep getting the "
     "renewal emails. || Agent: I'm so sorry for your loss. I'll close the membership and stop the emails "
     "today. || Caller: Thank you, love. It's silly, but they upset me every time."),
    ("bereavement", "benign", "call_transcript",
     "Caller: I keep getting renewal emails for a card I cancelled. || Agent: Sorry about that, I'll make "
     "sure the membership's closed. || Caller: Cheers, they were doing my head in."),
    ("bereavement", "sensitive", "agent_note",
     "Guest in room 7 got a call this morning that her brother had died. Refunded remaining 3 nights in full, "
     "arranged taxi to the station. Manager approved."),
    ("bereavement", "benign", "agent_note",
     "Door lock on room 7 had a dead battery, guest locked out for 20 mins. Battery replaced, added 10% "
     "discount as goodwill."),
    ("bereavement", "sensitive", "voicemail",
     "Hi, it's Maureen. We're coming up for my nan's funeral at St Mary's on the 14th, there'll be six of "
     "us, could we get a family room and a twin for the Friday? Call me on 07700 900827. Thanks."),
    ("bereavement", "benign", "voicemail",
     "Hi, Kevin here from the Northern Funeral Directors' Association, we'd like to book your conference room "
     "in Harrogate for our spring meeting, about 40 people. Call us back please."),
    ("bereavement", "sensitive", "web_form",
     "I'm the executor of my late father's estate. He had a Wayfarer Card with £85 of stay credit on it. "
     "Can that be refunded to the estate account? Death certificate attached. Member no. WC-338812."),
    ("bereavement", "benign", "web_form",
     "I have £85 of stay credit on my Wayfarer Card that expires next month. Can it be extended or refunded? "
     "Member no. WC-340017."),
    ("bereavement", "sensitive", "review",
     "We came to Patterdale to scatter Mum's ashes on Helvellyn, where she walked every summer. The staff "
     "left a card and flowers in our room. Thank you for making a hard weekend gentler."),
    ("bereavement", "benign", "review",
     "Dead quiet at night, which is exactly what we wanted after a day on Helvellyn. Drying room is a "
     "lifesaver."),
    ("bereavement", "sensitive", "dm",
     "lost my wife in january and this is my first trip on my own. booked the walking week at grasmere. "
     "is it mostly couples or will there be other people going solo?"),
    ("bereavement", "benign", "dm",
     "is the grasmere walking week mostly couples or do solo travellers go too? thinking about booking"),
    ("bereavement", "sensitive", "in_app",
     "Please take my son Daniel off our family membership. He passed away in March and I can't keep seeing "
     "his name in the app."),
    ("bereavement", "benign", "in_app",
     "how do i remove someone from our family membership? my brother's got his own card now"),
    ("bereavement", "sensitive", "chat",
     "hi can i move my dates? my grandmother passed and the funeral's on the saturday i was meant to be "
     "at yours || Agent: I'm very sorry. I've moved you to the following weekend at no charge. || thank you"),
    ("bereavement", "benign", "chat",
     "need to shift my booking, work's put me on the saturday rota || Agent: No problem, moved to the "
     "following weekend. || ta"),
    ("bereavement", "sensitive", "email",
     "Dear Bramblewick, my husband died during our stay with you at Ambleside last May. I know your staff "
     "did all they could that night. I'd like to book the same room for the anniversary, if that's not too "
     "odd a request. Yours, Elaine Rigby"),
    ("bereavement", "benign", "email",
     "Hello, we had such a good time at Ambleside last May that we'd like the same room for our anniversary "
     "this year. Is room 9 free on the 18th? Best, Elaine and Bob"),
    ("bereavement", "sensitive", "agent_note",
     "Phone call from the sister of guest Mr P. Walsh (BW-56140): he died suddenly last week. She asked us "
     "to cancel his upcoming stay and delete his account. Cancelled, full refund to original card, account "
     "closure request sent to data team."),
    ("bereavement", "benign", "agent_note",
     "Ghost walk company wants to start tours from our Whitby reception. Passed to manager. Guests keep "
     "asking about the Dracula graveyard tour so might be popular."),
    ("bereavement", "sensitive", "sms",
     "Hi, we lost our baby at 20 weeks last month and we just need to get away. Any quiet private room at "
     "Tenby this weekend?"),
    ("bereavement", "benign", "sms",
     "any quiet private rooms at tenby this weekend? need a break from the city"),
    ("bereavement", "sensitive", "web_form",
     "Group booking for a memorial walk: my brother died two years ago and fifteen of us are climbing Pen y "
     "Fan in his memory, raising money for the hospice. Could you do a group rate at Brecon?"),
    ("bereavement", "benign", "web_form",
     "Group booking for our charity walk up Pen y Fan, fifteen people raising money for the local hospice. "
     "Is there a group rate at Brecon?"),
    ("bereavement", "sensitive", "call_transcript",
     "Caller: I'm Jim, I run the choir trips. I'm afraid our usual booker, my wife Sandra, passed away in "
     "the autumn, so it'll be me dealing with you from now on. || Agent: I'm so sorry. I'll update the "
     "contact on the account. || Caller: Thanks. She'd have known all this."),
    ("bereavement", "benign", "call_transcript",
     "Caller: Hi, I'm the new booker for the Calder Valley choir, Sandra's handed it over to me. || Agent: "
     "Welcome! I'll change the named contact to you. || Caller: Lovely, thanks."),
    # ---- violence_self_harm
    ("violence_self_harm", "sensitive", "email",
     "I'm writing about my stay at Oban last week. A man from the next dorm followed me to the kitchen, the "
     "laundry and the bus stop two days running, and kept making comments about my body. I told the night "
     "staff but nothing happened. I didn't feel safe. Holly Grant, BW-56301"),
    ("violence_self_harm", "benign", "email",
     "Hello, do you have a written policy on harassment between guests? I'm putting together a code of "
     "conduct for our hiking club and would like to align with yours. Thanks, Ben"),
    ("violence_self_harm", "sensitive", "chat",
     "do you have anything tonight in Preston? I need to get out of the house, my partner's been getting "
     "violent and I've got my bag packed || Agent: Yes, we have a private room. Are you safe right now? || "
     "for now. he's at work till 10"),
    ("violence_self_harm", "benign", "chat",
     "anything free tonight in preston? spontaneous trip || Agent: Yes, dorm beds from £21. || booked!"),
    ("violence_self_harm", "sensitive", "agent_note",
     "Guest at reception around 23:00 tearful, said she didn't want to be alive anymore. Stayed with her, "
     "rang the crisis line together, then her friend came to collect her. Manager informed, welfare check "
     "logged."),
    ("violence_self_harm", "benign", "agent_note",
     "Welfare check posters updated in all dorms with the new night-manager number. Old posters binned."),
    ("violence_self_harm", "sensitive", "sms",
     "guy in dorm 3 just said hes going to stab me if i touch his stuff again. im in the lounge, can someone "
     "come"),
    ("violence_self_harm", "benign", "sms",
     "someone in dorm 3 keeps using my locker lol can u swap me"),
    ("violence_self_harm", "sensitive", "call_transcript",
     "Caller: My ex has been sending me messages saying he'll come and find me at the hostel. He knows I'm "
     "at Lancaster this week. || Agent: Thank you for telling us. I'll alert the night team and keep your "
     "room number private. Have you spoken to the police? || Caller: Not yet, I will."),
    ("violence_self_harm", "benign", "call_transcript",
     "Caller: Do the rooms have a panic alarm or anything? Asking for our risk assessment. || Agent: "
     "Every floor has an alarm point and reception is staffed 24 hours. || Caller: Great, that's what I "
     "needed."),
    ("violence_self_harm", "sensitive", "review",
     "A group of lads in the bar grabbed me and wouldn't let go when I tried to leave. Staff got there in "
     "the end but it shook me badly. I won't be staying in the dorms again."),
    ("violence_self_harm", "benign", "review",
     "Killer views from the top-floor dorm. I'd murder for that breakfast again. 10/10."),
    ("violence_self_harm", "sensitive", "voicemail",
     "Hi, it's Stuart, booking BW-56388. Just cancel it, cancel all of it. I don't see the point of any of "
     "it anymore, I won't be around by then anyway. Sorry."),
    ("violence_self_harm", "benign", "voicemail",
     "Hi, it's Stuart, BW-56390, can you cancel the Saturday, I'm cutting the trip short, weather looks "
     "awful. Cheers."),
    ("violence_self_harm", "sensitive", "dm",
     "someone i met at your york hostel keeps finding me through the app's guest chat, making new accounts "
     "after i block him. last message said he knows where i work"),
    ("violence_self_harm", "benign", "dm",
     "how do i turn off the guest chat in the app? getting too many notifications"),
    ("violence_self_harm", "sensitive", "in_app",
     "Another member of our group chat in the app keeps sending me abuse and last night said he'd 'sort me "
     "out' at the retreat. Please remove him or tell me what to do."),
    ("violence_self_harm", "benign", "in_app",
     "the app is killing my battery since the update, anyone else?"),
    ("violence_self_harm", "sensitive", "web_form",
     "I was punched in your car park at Carlisle on Friday night by someone who'd been drinking in the bar. "
     "I've got a cut above my eye. I want to know what CCTV you have of the car park."),
    ("violence_self_harm", "benign", "web_form",
     "Is the car park at Carlisle covered by CCTV? I'm leaving my car for a week while walking the wall."),
    ("violence_self_harm", "sensitive", "agent_note",
     "Housekeeping found blood on the sheets in room 14. Checked on guest, who had cut her arms. First aid "
     "given, ambulance offered and declined, she agreed to call her GP. Duty manager following up."),
    ("violence_self_harm", "benign", "agent_note",
     "Housekeeping cut a finger on broken glass in room 14 bin. First aid given, accident book completed, "
     "sharps bin requested."),
    ("violence_self_harm", "sensitive", "chat",
     "can i book a room for my mum and me next week? my brother lives with her and he's been taking her "
     "pension and shoving her about, she needs a break while we sort it || Agent: I'm sorry. Yes, I've a "
     "twin at Keswick. || thank you"),
    ("violence_self_harm", "benign", "chat",
     "is there a self defence class at the Keswick activity centre? saw it on the poster || Agent: Tuesdays "
     "at 7, bookable at reception. || nice"),
    ("violence_self_harm", "sensitive", "email",
     "Dear Bramblewick, I was abused by a volunteer leader at a youth camp held at your Hathersage hostel in "
     "1994. I've never told anyone official before. I'd like to know who to speak to. Regards, M. Clarke"),
    ("violence_self_harm", "benign", "email",
     "Dear Bramblewick, I'm organising a reunion for people who did the 1994 summer camp at Hathersage. "
     "Could we book the lounge for an evening? Best, Martin"),
    ("violence_self_harm", "sensitive", "sms",
     "i'm sorry for the state of the room. i'm not sure i'll still be here next week honestly. please "
     "don't ring me"),
    ("violence_self_harm", "benign", "sms",
     "sorry about the state of the room, we had a bit of a party. happy to pay for extra cleaning"),
    ("violence_self_harm", "sensitive", "review",
     "Was threatened by another guest in the kitchen for using 'his' pan, he pushed me against the fridge. "
     "Reception moved him but I barely slept."),
    ("violence_self_harm", "benign", "review",
     "The fire alarm test at 8am scared me half to death, but the rest of the stay was peaceful."),
]


def kyle_examples() -> list[dict]:
    """The kyle split as labelled tickets (same shape as ``sensitive_eval.build_eval_set``'s)."""
    return stranger_examples("kyle", ENTRIES, SUBJECTS)
