"""fell split: written by a helper who had not seen the detection rules, the anchors or any other split.
Setting: Nestwell Student Living, an invented halls-of-residence and student-services provider for the (invented)
University of Eastmarch: halls such as Alder Court, Tanner's Yard, Merrow House and Quayside Studios, rent plans,
the Nestwell Hub app, maintenance, the students' union, clubs and societies, the wellbeing desk, parents paying fees
and the Nestwell Summer Academy; registers are email, chat, sms, call_transcript, agent_note, web_form, review,
voicemail, dm, in_app.
The benign half borrows the same territory harmlessly: hall and plan names (Healthy Nest meals, the Union Bar,
the Junior Common Room), idioms ("this deadline is killing me"), societies, school offices, union branches and faith
groups acting as organisations, general policy questions, agent boilerplate and routine payment or refund trouble.
70 sensitive and 70 benign tickets for special categories, 50 and 50 for children, 20 and 20 for financial hardship,
15 and 15 for health, legal, bereavement and violence and self-harm.
First reading (policy 2026.11.24, before any change made in response to it; `sensitive_eval.evaluate`, as `make
eval-sensitive`): 94.0 / 3.0 recall / false exclusion in % as shipped, 95.0 / 9.0 without the overruling,
90.0 / 7.5 by the rules alone. Held out: never tuned or trained on."""

from __future__ import annotations

from training_gate.sensitive_blind import stranger_examples

SUBJECTS: tuple[str, ...] = (
    "Room booking change",
    "Rent payment query",
    "Maintenance request",
    "Contract cancellation",
    "Deposit refund",
    "Guest and visitor policy",
    "Key fob / door access",
    "Summer Academy booking",
    "Students' union event room",
    "Society booking",
    "Wellbeing desk enquiry",
    "Parent payment on behalf of student",
    "Nestwell Hub app problem",
    "Complaint about hall staff",
)

ENTRIES: list[tuple[str, str, str, str]] = [
    # ---- health
    ("health", "sensitive", "email",
     "Hi Nestwell team, I've been allocated room 4.12 at Merrow House for September, which is on the fourth floor. "
     "I had a knee reconstruction in June and I'm on crutches until at least November, and the physio says stairs "
     "are a no. Is there any chance of a ground floor room or one near the lift? Happy to pay the difference if the "
     "band is higher. Thanks, Keira Lomond"),
    ("health", "sensitive", "chat",
     "hey quick one, does the studio at quayside come with its own fridge or is it shared? || Agent: Hi! Quayside "
     "studios each have an under-counter fridge in the kitchenette. Anything specific you need it for? || yeah i'm "
     "type 1 so i need somewhere to keep my insulin pens that nobody else is opening all day lol || Agent: Totally "
     "understood, your own fridge it is. I can also note it on your file so the cleaners know not to defrost it."),
    ("health", "sensitive", "sms",
     "Hi its Jordan in Tanners Yard 2B. Rent will be late this month sorry, been in Eastmarch General since "
     "Tuesday with my appendix, they took it out yesterday. Will pay when discharged"),
    ("health", "sensitive", "agent_note",
     "Call from resident Ffion Carradine (Alder Ct, 1.07). She has photosensitive epilepsy and is worried about the "
     "new strobe fire alarm beacons fitted on her corridor. Asked whether they can be swapped for the steady-light "
     "type. Raised with Estates (ref MNT-44817); advised her to keep her seizure action plan with the hall office."),
    ("health", "sensitive", "voicemail",
     "Hello, this is Mrs Okonkwo, I'm calling about my daughter Adaeze who's in Bellfield Towers. She's been "
     "struggling a lot with her anxiety since Christmas, the GP has upped her medication, and she feels the top "
     "floor is very isolated. Could someone ring me back about moving her somewhere busier, maybe near the "
     "wellbeing desk? My number is 07700 900214. Thank you."),
    ("health", "sensitive", "web_form",
     "Request type: Maintenance | Hall: Merrow House | Room: G.03 | Priority: High | Description: black mould "
     "spreading behind the wardrobe again, third time reported. I'm asthmatic and I've used my reliever inhaler "
     "more this fortnight than in the whole of last year. Please send someone who will actually treat it this time."),
    ("health", "sensitive", "in_app",
     "Hiya, I need to ask about ending my contract early. I'm 14 weeks pregnant and my partner and I want to move "
     "into a flat together before the baby comes in the spring. What's the notice period and is there a fee? || "
     "Agent: Congratulations! For the Monthly Flex plan it's 8 weeks' notice and no exit fee if we can re-let the "
     "room. I'll send the release form to your app inbox now. || amazing thank you so much"),
    ("health", "sensitive", "call_transcript",
     "Agent: Nestwell Student Living, Sade speaking. || Caller: Hi, I'm in Alder Court, I fell on the wet stairs "
     "by the laundry on Saturday and broke my wrist, it's in a cast now. || Agent: Oh no, I'm so sorry. Are you "
     "OK? || Caller: Yeah, just annoyed. I can't carry the laundry basket down three flights one-handed. Is there "
     "any help? || Agent: I'll log the wet stairs as a hazard and ask the hall assistant to help with laundry runs "
     "for the next six weeks. I'll also send you an incident form for the fall."),
    ("health", "sensitive", "dm",
     "hi sorry to msg on here but the flat above me in tanners yard plays music till 4am every night. im on "
     "sertraline and it already messes with my sleep, i genuinely cant function. can someone have a word pls"),
    ("health", "sensitive", "review",
     "3/5. Rooms at Quayside are nice and modern but the 'quiet study pods' are anything but quiet. As someone "
     "with ADHD I rely on a low-distraction space and these are next to the pool table. || Agent: Thank you for "
     "the honest review. We've moved the pool table to the ground-floor lounge this week and added booking to the "
     "pods so they can't be used as a hangout."),
    ("health", "sensitive", "email",
     "Dear Accommodation Office, I'm profoundly deaf and I'll be starting at Eastmarch in September. I need a "
     "vibrating pillow pad and flashing beacon linked to the fire alarm in my room. Who should I speak to so it's "
     "fitted before I arrive? Best, Tomasz Wierzba || Agent: Dear Tomasz, thank you for letting us know early. "
     "Our Estates team fit the Deaf Alerter kit; I've booked it for your room at Alder Court (3.04) for 2 "
     "September. Kind regards, Lucy, Resident Support || Perfect, thank you Lucy."),
    ("health", "sensitive", "chat",
     "Is the catered hall kitchen at Bellfield able to keep gluten separate? I'm coeliac and even crumbs make me "
     "properly ill for days || Agent: Good question. Bellfield has a dedicated allergen station with its own "
     "toaster and utensils. I'll flag you to the catering manager too. || cheers, is breakfast included in that "
     "or just dinners? || Agent: Both breakfast and dinner on the Full Board plan."),
    ("health", "sensitive", "agent_note",
     "Resident Ravi P. (Merrow, 2.09) came to the desk. Concussion from rugby training on Wed, told by A&E not to "
     "use screens for a week. Asked for a paper copy of his rent statement and the house meeting minutes. "
     "Printed and handed over. Recommend follow-up welfare check Monday."),
    ("health", "sensitive", "in_app",
     "I'm starting chemo next month so my immune system will be rubbish for a while. Could the cleaners who do "
     "the shared kitchen in my flat wear masks, or could I skip the weekly room inspection during treatment? "
     "Flat 6, Quayside Studios."),
    ("health", "sensitive", "web_form",
     "Form: Change of meal plan | Current plan: Full Board (Bellfield) | Requested plan: Self-catered (Alder Court) "
     "| Reason: I'm in recovery from an eating disorder and my dietitian thinks preparing my own meals on my own "
     "schedule will help. Set canteen times are quite hard for me right now. | Supporting evidence: letter "
     "attached"),
    ("health", "benign", "chat",
     "hi, I'm on the Medical Society ball committee, can we book the Merrow House function room for a planning "
     "meeting thursday 6pm? || Agent: Hi! Thursday 6-8pm is free. How many of you? || about 12 || Agent: Booked "
     "under MedSoc, reference RB-2291. The room key is at reception from 5:45."),
    ("health", "benign", "email",
     "Hi, the first aid kit in the flat 3 kitchen at Tanner's Yard is basically empty, no plasters or wipes left "
     "after freshers. Could someone restock it? Thanks, Molly"),
    ("health", "benign", "sms",
     "Hi, are there any gym induction slots left this week at the Tanners Yard fitness suite? Want to start using "
     "the weights"),
    ("health", "benign", "web_form",
     "Request type: Maintenance | Hall: Quayside Studios | Room: 14 | Description: the tumble dryer in the laundry "
     "room is on its last legs, takes three cycles and still comes out damp. Can it be looked at?"),
    ("health", "benign", "agent_note",
     "SU Welfare Officer rang to reserve the Alder Court atrium for Wellbeing Week stalls, 10-14 Feb, 11am-3pm "
     "daily. Tables x6 and a power point needed. Confirmed, invoice to SU cost centre 4410."),
    ("health", "benign", "in_app",
     "Does the Healthy Nest meal plan include breakfast at weekends or just weekdays? Trying to decide between "
     "that and the Full Board plan for next year. || Agent: Healthy Nest includes breakfast seven days a week and "
     "dinner Monday to Friday. It's £18 a week less than Full Board."),
    ("health", "benign", "dm",
     "Hi! Mind Matters Society here, we'd love to do a bake sale in the Bellfield foyer next Wed to raise money "
     "for a local mental health charity. Is that allowed and who do we ask? || Agent: Sounds lovely! Just fill in "
     "the event request form in the Hub app and tick 'food for sale' so we can send you the hygiene checklist."),
    ("health", "benign", "review",
     "5 stars for the new fitness suite at Alder Court. Decent free weights, rowing machines that actually work, "
     "and it's open till 11pm. Only thing missing is a water fountain."),
    ("health", "benign", "voicemail",
     "Hi, it's Dev from flat 9 at Merrow House, just to let you know the defibrillator cabinet in the lobby has "
     "been beeping since this morning, I think its battery needs changing. Cheers."),
    ("health", "benign", "call_transcript",
     "Caller: Hello, it's Hannah from the university outreach office. We're updating the open day brochure. || "
     "Agent: Hi Hannah, how can I help? || Caller: How many accessible rooms do you have across the halls, "
     "roughly, and can applicants request one in advance? || Agent: We have 46 adapted rooms across five halls, "
     "and applicants can request one on the application form or by emailing resident support."),
    ("health", "benign", "email",
     "Dear Nestwell, the Nursing Society is asking whether the Bellfield catering team could offer a 6.30am grab-"
     "and-go breakfast on weekdays, as many second years start placements early. Is this something you've "
     "considered? Kind regards, Nursing Society committee || Agent: Thank you for the suggestion. We'll trial "
     "grab-and-go bags from 6.30am from 3 March and review take-up at Easter."),
    ("health", "benign", "chat",
     "the poster in the alder court lobby says the flu jab pop-up clinic is tuesday but the hub app says "
     "wednesday, which is right? || Agent: Good catch, it's Wednesday 10am-2pm in the common room. I'll get "
     "the poster corrected today."),
    ("health", "benign", "in_app",
     "The bin store behind flat 4 smells absolutely sickening, I think collection was missed last week. Can you "
     "chase it?"),
    ("health", "benign", "web_form",
     "Form: Room booking | Society: Sports Injury & Physio Club | Room: Tanner's Yard seminar room | Date: 22 "
     "November | Time: 7-9pm | Purpose: taping and stretching workshop for club members | Attendees: 20"),
    ("health", "benign", "sms",
     "Is the St John Ambulance first aid course at Alder Court still on this Saturday? Signed up via the SU "
     "but haven't had a confirmation"),
    # ---- children
    ("children", "sensitive", "email",
     "Hello, I'd like to book my son Oliver onto the Nestwell Summer Academy engineering week (21-27 July). He's "
     "15 and will be going into Year 11. Is the consent form something I sign online or do I need to post it? "
     "Many thanks, Gareth Pryce"),
    ("children", "sensitive", "chat",
     "hi so i got my offer for eastmarch but i'm only 17 until 9 october. can i still sign the tenancy for alder "
     "court myself? || Agent: Congratulations on your offer! Because you'll be under 18 at the start date, we "
     "need a parent or guardian to co-sign and we use our under-18 licence instead of the standard contract. || "
     "ok does my mum just make an account? || Agent: I'll email her a co-signing link, just pop her address here."),
    ("children", "sensitive", "sms",
     "Hi its Bea in Quayside 11, my little boy is visiting this wknd (hes 4), can he stay over in my studio or "
     "is that against the rules?"),
    ("children", "sensitive", "agent_note",
     "Cust (postgrad, family flat waiting list) says her son is in Year 2 at Eastmarch Primary and the walk from "
     "Bellfield takes 40 min. Asked to be prioritised for Alder Court family flats which are 5 min from the "
     "school. Added note to waiting list entry; no guarantee given."),
    ("children", "sensitive", "voicemail",
     "Hello, it's Margaret Hale, I'm calling about my grandson Freddie who's on the Summer Academy this week, "
     "he's fourteen. His mum's asked me to pick him up on Saturday instead of her, and I wanted to check what ID "
     "I need to bring. My number is 07700 900318. Thank you, bye now."),
    ("children", "sensitive", "web_form",
     "Summer Academy application | Participant name: Priya Shah | Date of birth: 03/05/2010 | School: Hollins Park "
     "School | Current school year: Year 10 | Course: Medicine Taster Week | Parent/guardian: Nisha Shah | Parent "
     "email: nisha.shah@example.com"),
    ("children", "sensitive", "in_app",
     "Hi, we're moving into family flat 3 at Alder Court in April and our baby is due in March. Do you provide a "
     "cot or should we bring our own? Also is there space for a pram in the hallway? || Agent: Hi! We can supply "
     "a cot on request, I've added one to your move-in list. There's a buggy store by the main door. || Brilliant, "
     "thank you"),
    ("children", "sensitive", "call_transcript",
     "Agent: Summer Academy line, Marek speaking. || Caller: Hi, my daughter Isla's on your residential this "
     "week, she's only 16 and she hasn't answered her phone since last night. I'm getting worried. || Agent: I "
     "understand. Let me radio her group leader. ... Isla's at the climbing session right now, phones are kept in "
     "lockers during it. I'll ask her to call you at 4. || Caller: Oh thank goodness. Thank you."),
    ("children", "sensitive", "dm",
     "hey is it ok if my sister comes to stay at merrow house next weekend? she's 12 and my parents are dropping "
     "her off friday, she'd sleep on a blow up mattress in my room"),
    ("children", "sensitive", "review",
     "Sent my 15-year-old to the Summer Academy creative writing week and he came back buzzing. Staff were lovely "
     "and he actually rang home twice which is a miracle. Food could be better. || Agent: Thanks so much for "
     "letting us know, we'll pass this to the writing tutors. Noted on the food too!"),
    ("children", "sensitive", "email",
     "Dear Sir/Madam, my daughter Chloe is in Year 12 and her school has recommended your Year 12 Taster "
     "Residential in June. She has a severe peanut allergy and carries two auto-injectors. Could you confirm the "
     "catering is nut-free before I pay the £190? Regards, Anita Boateng || Agent: Dear Ms Boateng, the taster "
     "residential kitchen is nut-free and staff are trained to use auto-injectors. I've added Chloe's allergy to "
     "her booking. Kind regards, Jen"),
    ("children", "sensitive", "chat",
     "can I see my son's summer academy timetable on my hub account? he's 14 so he doesn't have his own login || "
     "Agent: Yes, under-16s are linked to the parent account. Go to Bookings > Summer Academy > View timetable. || "
     "found it thanks"),
    ("children", "sensitive", "agent_note",
     "Resident Josh Mahony (Bellfield 5.21) is 17 until 2 Dec. Under-18 protocol applied: flagged on door-entry "
     "system, flat party request for Sat refused as alcohol would be present. Explained reason to him politely; he "
     "was fine with it."),
    ("children", "sensitive", "sms",
     "Cant make the 5pm room inspection tmrw, my daughters nursery shuts at 5.30 and theres no one else to get "
     "her. Can we do 9am instead? - Rosa, AC family flat 6"),
    ("children", "sensitive", "in_app",
     "Please don't use any photos of Mia Kowalczyk in your Summer Academy brochure or social media. She's 15 and "
     "we didn't tick the photo consent box. I saw her in a Facebook post today."),
    ("children", "sensitive", "web_form",
     "Family accommodation application | Applicant: Daniel Oyelaran | Course: PhD Chemistry | Partner: Yes | "
     "Children: 2 | Child 1: Tobi, DOB 11/08/2017 | Child 2: Ayo, DOB 30/01/2021 | Preferred hall: Alder Court | "
     "Move-in: 1 October"),
    ("children", "sensitive", "voicemail",
     "Hiya, it's Lauren from family flat 2 at Quayside, I'm booked onto the fire warden training tomorrow but my "
     "son's come down with chickenpox and nursery won't have him, so I can't come. Can I do the next one? Ta."),
    ("children", "sensitive", "email",
     "Hi, I'm a second-year student living in the Alder Court family flats. Is there a waiting list for the SU "
     "nursery? My daughter is 18 months and I need a place from January when my placement starts. Thanks, Hollie"),
    ("children", "sensitive", "dm",
     "hi im on the summer academy and im 15, i lost my lanyard somewhere between the canteen and block B, can "
     "i get a new one?? my group leader said to message here"),
    ("children", "sensitive", "call_transcript",
     "Caller: Hi, quick question about the Summer Academy. My son Kai is 16 - is he allowed to go into town on "
     "his own in the evenings? || Agent: Hi there. Participants aged 16-17 can go out in pairs between 6 and 8pm "
     "if a parent has signed the town-pass consent. || Caller: Right, he hasn't got that. Can I sign it now? || "
     "Agent: Yes, I'll text the link to the number on his booking."),
    ("children", "sensitive", "agent_note",
     "Summer Academy: participant Ellie T. (14) very homesick on night 2, crying at dinner. Group leader sat with "
     "her; with her consent we phoned mum at 8pm. Mum happy for her to stay. Will check in again at breakfast."),
    ("children", "sensitive", "review",
     "Family flats at Quayside were perfect for us and our two (3 and 6). Playground round the back, thin walls "
     "though so the neighbours heard every bath-time meltdown. 4 stars."),
    ("children", "sensitive", "chat",
     "is the SU family fun day open to residents' kids? my nephew is 9 and staying with me half term || Agent: "
     "Yes, residents can bring children up to 12 as long as an adult stays with them. It's free, just sign in at "
     "the door. || nice one"),
    ("children", "sensitive", "email",
     "To whom it may concern, my son Luca (Year 11) wants to do the computing week at your Summer Academy. He has "
     "dyslexia and gets extra time at school. Would he be able to have handouts in advance and a laptop? Thanks, "
     "Francesca Romano"),
    ("children", "sensitive", "in_app",
     "Add occupant request | Flat: Alder Court family 4 | Name: Zara Ahmed | Relationship: daughter | DOB: "
     "14/02/2019 | Reason: moving from her grandparents to live with me full time from March"),
    ("children", "sensitive", "sms",
     "Can my 13 yr old come to the gym with me at Tanners Yard? hes nearly as tall as me lol"),
    ("children", "sensitive", "web_form",
     "Summer Academy health & emergency form | Participant: Reuben Adler | Age: 16 | Medication: none | Dietary: "
     "vegetarian | Emergency contact: Ruth Adler (mother), 07700 900461 | GP: Castlegate Surgery"),
    ("children", "sensitive", "voicemail",
     "Hi, this is Amina in Quayside 8. I got a letter about a noise complaint. The noise is my baby, she's six "
     "weeks old and she cries at night, there's nothing I can do about that. Can someone call me please? "
     "07700 900577."),
    ("children", "sensitive", "agent_note",
     "Reception 16:40: boy approx 10 found alone in Alder Court car park looking for 'mum in flat 2'. Staff "
     "member stayed with him in reception; mum (resident, family flat 2) came down within 10 min, said he'd "
     "walked back early from school club. Logged under child welfare incidents."),
    ("children", "sensitive", "email",
     "Hello, I need to cancel my daughter's place on the Summer Academy art week (booking SA-1182). She's 14 and "
     "broke her leg at netball on Saturday, she's in plaster for six weeks. Is a refund possible? Thanks, Sian "
     "Morgan || Agent: Dear Sian, I'm sorry to hear that. Medical cancellations get a full refund; it'll be back "
     "on your card in 5 working days. We hope she's back on her feet soon. Ollie"),
    ("children", "sensitive", "chat",
     "My daughter has just got her place at Eastmarch. She's 17 - am I able to sign the Merrow House contract on "
     "her behalf? || Agent: Yes, for under-18s the parent signs as licence holder until her birthday, then it "
     "converts automatically. || Oh that's easier than I thought. Her birthday's in November. || Agent: Then "
     "from November she'll get a notification to confirm the contract in her own name."),
    ("children", "sensitive", "dm",
     "my kids school sports day is the same day as my move out inspection (june 19) can i have an extra day?? "
     "dont want to miss her egg and spoon race"),
    ("children", "sensitive", "call_transcript",
     "Agent: Nestwell parking, how can I help? || Caller: Hi, I live in family flat 5 and I do the school run "
     "for my two boys every morning, they're at St Anne's Juniors. The permit you gave me only covers after 9. "
     "|| Agent: Ah, that's the standard resident permit. I can switch you to a family permit that covers 7.30 "
     "onwards. || Caller: Perfect."),
    ("children", "sensitive", "in_app",
     "My son (16) has a friend from school staying over on Friday, is that OK in the family flat or does he need "
     "to be signed in as a guest like adults?"),
    ("children", "sensitive", "review",
     "1 star. Dropped my 14-year-old at Summer Academy and nobody from staff was at the meeting point for 20 "
     "minutes. For kids that age that's not acceptable. || Agent: We're very sorry. Our arrivals team was "
     "delayed at the coach bay; that should never leave a group unsupervised and we've changed the rota."),
    ("children", "sensitive", "email",
     "Dear Summer Academy team, I'm applying for the bursary for my daughter Kayla, who is in Year 10 at Hollins "
     "Park and gets free school meals. The form asks for proof - will a letter from the school do? Thanks, "
     "Danielle"),
    ("children", "sensitive", "web_form",
     "Lost property report | Item: blue scooter with stickers | Where: Alder Court courtyard | Owner: my son Ethan, "
     "aged 5 | Contact: family flat 1, 07700 900102"),
    ("children", "sensitive", "sms",
     "Summer Academy pickup Sat: I'm collecting Noah Brennan (room B14), not his dad. Noah is 15. My name is "
     "Claire Brennan"),
    ("children", "sensitive", "agent_note",
     "Mum rang: daughter Aoife (17) arriving 14 Sept for freshers, turns 18 in Jan. Under-18 licence sent to mum "
     "for co-signature; mum asked if daughter can still attend Union Bar events - told her ID-checked events only "
     "from her 18th."),
    ("children", "sensitive", "chat",
     "Hi, I'm a foster carer and the young person I look after is 14 and doing your Summer Academy. Who signs the "
     "consent, me or the local authority? || Agent: Hi, thanks for asking. For looked-after children we need the "
     "social worker's consent as well as yours. I'll send you both forms. || Thanks, her social worker is on "
     "leave till Monday, is that OK? || Agent: Yes, the deadline is the 30th."),
    ("children", "sensitive", "voicemail",
     "hi um this is Amira Haddad, I'm 16 and I'm on the summer academy, I think I left my charger in room C7 "
     "when we checked out this morning. could someone post it to my mum? thanks"),
    ("children", "sensitive", "in_app",
     "Can I book the Alder Court family common room on 12 May for my daughter's 7th birthday party? About 10 "
     "kids from her class plus parents. || Agent: Yes, 12 May 2-5pm is free. There's a £20 cleaning deposit. "
     "|| Great, booked"),
    ("children", "sensitive", "email",
     "Hi, can my twins (8) go to the SU Kids' Club on the two days I have exams in May? I'm a resident in "
     "Quayside family flats. Thanks, Tendai || Agent: Hi Tendai, yes, Kids' Club runs during exam weeks for "
     "residents' children aged 5-11. I've reserved places on 14 and 16 May."),
    ("children", "sensitive", "dm",
     "my boyfriends little sister is 11 and really wants to see the uni, can she come into merrow house with us "
     "on saturday afternoon or is it over 18s only"),
    ("children", "sensitive", "call_transcript",
     "Caller: Hi, my partner gave birth on Monday, our son Reuben, and we're in family flat 7. || Agent: "
     "Congratulations! || Caller: Thanks! Do we need to add him to the contract as an occupant? || Agent: Yes, "
     "just his name and date of birth on the occupant form. || Caller: Born 3 March, Reuben Ellis-Ward."),
    ("children", "sensitive", "agent_note",
     "Summer Academy: parent of Jamal Adeyemi (15) asked he share with his cousin Tunde (16), both from Ridgeway "
     "Academy. Room swap done, block C room 4. Group leaders informed."),
    ("children", "sensitive", "review",
     "Family flat at Alder Court is fine for us but the stairs have no gate and my toddler is climbing everything. "
     "A stair gate would make it 5 stars. || Agent: Thank you, we can fit one free - reply with your flat number."
     " || Flat 3, thank you!"),
    ("children", "sensitive", "web_form",
     "Incident report | Location: Alder Court family block, fire door level 1 | Person involved: child, aged 6, "
     "resident's daughter | What happened: trapped fingers in the fire door, it closes very fast | Injury: bruised, "
     "no break | Reported by: parent"),
    ("children", "sensitive", "sms",
     "Hi can I swap my cleaning rota slot to next Thurs? Ellas school broke up early for half term and I've got "
     "her all day"),
    ("children", "sensitive", "chat",
     "what's the youngest age for summer academy? my son only turns 13 on 2 august and the coding week starts 28 "
     "july || Agent: The minimum is 13 on the first day of the course, so he'd be a few days short for that week. "
     "The 4 August coding week would work. || ugh ok, can I move his booking to that one then"),
    ("children", "benign", "chat",
     "Hi, what's the minimum age for the Nestwell Summer Academy? I'm writing the careers newsletter for our "
     "college || Agent: Hi! Courses are for ages 13 to 17, with separate 13-15 and 16-17 streams. || Thanks, "
     "and is there a brochure I can link? || Agent: Yes, nestwell.example.com/summer has the PDF."),
    ("children", "benign", "email",
     "Dear Nestwell, I'm the trips coordinator at Hollins Park School. We'd like to book 40 beds at Bellfield "
     "Towers for our sixth form residential, 8-10 July, plus two staff rooms. Please invoice the school rather "
     "than individual families. Regards, Mrs K. Ashworth, Hollins Park School Office"),
    ("children", "benign", "web_form",
     "Form: Room booking | Group: Alder Court Junior Common Room (JCR) committee | Room: common room | Date: every "
     "Tuesday this term | Time: 7-9pm | Purpose: JCR committee meetings and quiz night"),
    ("children", "benign", "call_transcript",
     "Caller: Hi, I'm doing the accessibility audit for the SU. Does the new Union building have baby-changing "
     "facilities? || Agent: Yes, there's one in the accessible toilet on each floor. || Caller: Great, and "
     "are they in the men's as well? || Agent: The ground floor ones are in a gender-neutral accessible room."),
    ("children", "benign", "in_app",
     "The freshers in flat 6 are acting like absolute babies, they've left a tower of pans in the sink for a "
     "week. Can the hall team do a kitchen reminder?"),
    ("children", "benign", "dm",
     "Hi! RAG society here 👋 we're doing a sponsored sleep-out in the Tanner's Yard courtyard for a children's "
     "hospice charity on 15 Nov. Can we use the courtyard 8pm-8am? || Agent: Love this. Send the risk "
     "assessment through the event form and we'll get security to do an extra patrol."),
    ("children", "benign", "email",
     "Hi, the Teddy Bear Hospital society (med students who visit local primary schools) would like to store "
     "about 30 teddies and some plastic stethoscopes in the Merrow House society cupboard. Is there space? "
     "Thanks, Orla, TBH secretary"),
    ("children", "benign", "sms",
     "Hi, SU comms here - is the Sunday 'kids eat free' deal at the Union Bar still running? Putting it in "
     "the newsletter"),
    ("children", "benign", "web_form",
     "Request: Parking permit | Car park: Nursery Road (behind Bellfield) | Vehicle: blue Fiesta | Reg: to follow "
     "| Permit type: resident, full year"),
    ("children", "benign", "agent_note",
     "Big Sibling scheme: second-year mentors for Merrow House first years. Mentor training booked in seminar room "
     "2, 19 Sept 2-4pm. 24 mentors confirmed. Welcome packs ordered."),
    ("children", "benign", "chat",
     "Hi, I'm paying my daughter's rent for Alder Court and the card keeps saying 'payment failed' || Agent: Sorry "
     "about that. Is it a UK card? || It's a credit card, the bank isn't UK-based || Agent: Overseas cards "
     "sometimes need 3D Secure approval in the banking app. Could you check for a pending notification? || Ah "
     "yes there it was, gone through now"),
    ("children", "benign", "email",
     "Dear Admissions, we are an education agency in Seoul. Is the Nestwell Summer Academy open to international "
     "applicants, and do you offer airport transfers for groups? We would send groups of 10-15. Best regards, "
     "Bright Path Education || Agent: Dear Bright Path, yes to both. Group transfers from Eastmarch Airport are "
     "£25 per person each way. I attach the agent pack."),
    ("children", "benign", "review",
     "The 'Nestling Studio' plan is a great option if you want your own space on a budget. Small but everything "
     "works and the bed is comfy. Four stars from me."),
    ("children", "benign", "call_transcript",
     "Caller: Hello, admissions office here at the university. Someone asked at the open day whether Nestwell "
     "takes residents who are under 18. || Agent: We do, under a separate licence with a parent co-signing. || "
     "Caller: OK, and is there a different set of rules? || Agent: Yes, they're on page 14 of the handbook. I'll "
     "send you the link."),
    ("children", "benign", "in_app",
     "Volunteering Society are doing a toy donation drive for the Eastmarch children's centre in December. Can "
     "we put a collection box in the Quayside reception? || Agent: Absolutely, reception can take it from 1 "
     "December."),
    ("children", "benign", "dm",
     "yo is the 'Kids of the 90s' night at the union bar this friday or next? the poster in the lift is ripped"),
    ("children", "benign", "email",
     "Hello, what's your refund policy for Summer School bookings if a course is cancelled by you rather than "
     "the booker? I'm a school careers adviser and parents ask me. Thanks, Pete Lawless"),
    ("children", "benign", "voicemail",
     "Hi, it's Leon from flat 12 at Bellfield. Weird question, is Nestwell's parent company the same one that "
     "runs Kestrel Lets? My landlord for next year is Kestrel and I wondered if my deposit can transfer. Cheers."),
    ("children", "benign", "agent_note",
     "Applicant for Summer Academy group leader role asked if an enhanced DBS is required. Confirmed yes, we "
     "process it after interview at no cost. Sent job pack."),
    ("children", "benign", "web_form",
     "Form: General enquiry | Topic: Family accommodation | Message: For our faculty's welcome guide, roughly how "
     "long is the waiting list for family flats and where can prospective postgrads apply? | From: Faculty of "
     "Science student office"),
    ("children", "benign", "chat",
     "hiii PlayMakers drama soc here, can we use the tanner's yard seminar room for rehearsals mon and wed "
     "evenings? || Agent: Hi PlayMakers! Mondays are free, Wednesdays the room's booked by Chess Club until 8. "
     "|| we'll take 8-10 on weds then || Agent: Done, both recurring till 12 December."),
    ("children", "benign", "email",
     "Hi there, the Education Society wants to run a mock-lesson workshop for trainee teachers in the Merrow "
     "House seminar room, 4 Feb 6-8pm. Do you have a projector and whiteboard? Thanks, Gemma (EdSoc president)"),
    ("children", "benign", "sms",
     "Hi Summer Academy staff office, I'm a tutor on the art week, where do I pick up the staff room key for "
     "block C?"),
    ("children", "benign", "in_app",
     "My dad is my guarantor, does he need to sign the guarantor form online or can he send a scan? || Agent: "
     "Online is quickest, he'll get a DocuSign email. A scan works too if he prefers. || Online is fine, "
     "thanks"),
    ("children", "benign", "review",
     "Shoutout to the Bellfield reception team for hosting the Children in Need bake sale, raised £412 and the "
     "brownies were unreal."),
    ("children", "benign", "voicemail",
     "Hiya, Priya from the Green Living Society, we're running an 'adopt a plant' scheme for the communal "
     "kitchens and want to drop pot plants off on Monday. Give me a call back on 07700 900633. Thanks."),
    ("children", "benign", "agent_note",
     "Baby grand piano in the Alder Court music room is out of tune again (middle C sticking). Booked the tuner "
     "for 9 Oct, £85 from the common room budget."),
    ("children", "benign", "email",
     "Hi, the Teenage Cancer Trust fundraising committee at the SU would like to do a bucket collection in the "
     "Quayside lobby during Freshers' Week. Is that OK? Best, Callum"),
    ("children", "benign", "call_transcript",
     "Caller: Hello, I'm with the university's schools outreach team. We need three rooms at Bellfield for a "
     "teachers' development day, 20 March. || Agent: Seminar rooms 1 to 3 are free that day. || Caller: Lovely. "
     "Lunch for 45? || Agent: I'll pass that to catering and send a quote."),
    ("children", "benign", "chat",
     "can I hire a camp bed? my mate from home is visiting for the weekend || Agent: Yes, £10 for the weekend "
     "from reception, and sign them in as a guest on the Hub app. || sweet"),
    ("children", "benign", "web_form",
     "Form: Feedback | Hall: Merrow House | Topic: Staff | Comments: the Junior Warden on our floor, Abi, sorted "
     "our broken oven in a day and organised a pancake night. She deserves a mention."),
    ("children", "benign", "dm",
     "hi, your summer academy brochure says 'acommodation' on page 3, just so you know before it goes to print 😅"),
    ("children", "benign", "email",
     "Hello, the link to your safeguarding policy PDF on the Summer Academy page returns a 404. Could you fix it? "
     "Regards, J. Osei"),
    ("children", "benign", "agent_note",
     "SU Student Parents' Network booked the Quayside community room for termly meet-ups (first Weds of the month, "
     "12-2). Rep: Aisha, network coordinator. Room set with sofas, no AV."),
    ("children", "benign", "in_app",
     "The building works at Little Acorns Nursery next door start at 7am with a jackhammer. Is there anything "
     "Nestwell can do? Half the block is being woken up."),
    ("children", "benign", "chat",
     "hi my parents are coming for the parents' weekend, can I book one of the guest rooms at alder court for "
     "saturday night? || Agent: Hi! We've got a double guest room free on the Saturday, £55. || perfect, book "
     "it pls, they'll arrive about 3 || Agent: Booked, ref GR-5530, key at reception."),
    ("children", "benign", "review",
     "The Scout and Guide society stall at the Freshers' Fair was in the Bellfield atrium, which was a great "
     "spot. Nestwell staff were really helpful setting up. 5/5."),
    ("children", "benign", "email",
     "Hi, my mum is paying my deposit from her bank account. Will the payment still match to me if I give her my "
     "student number as the reference? Thanks, Nadia || Agent: Yes, the student number is all we need as a "
     "reference. Nadia, you'll get a confirmation email once it's matched."),
    ("children", "benign", "sms",
     "Summer Academy staff q: what do the green vs orange lanyards mean? Got both in my staff pack"),
    ("children", "benign", "web_form",
     "Request type: Maintenance | Hall: Tanner's Yard | Room: 3C | Description: fridge door hanging off, have "
     "to handle it with kid gloves or it falls on the floor. Please fix."),
    ("children", "benign", "voicemail",
     "Hi, it's Sam in Quayside 21, school's out for summer apparently because the laundry's shut all week. Could "
     "someone tell us when it's back? Ta."),
    ("children", "benign", "in_app",
     "How much is the Nestling Mini fridge rental for the year? Want one for my room || Agent: It's £45 for the "
     "academic year, delivered in week one."),
    ("children", "benign", "dm",
     "can we use the bellfield kitchen oven to bake a cake for my flatmate's 21st on sunday? it's the big one "
     "in the shared space"),
    ("children", "benign", "email",
     "Dear Nestwell conferences, we're booking Merrow House for a 300-delegate summer conference in August. Do "
     "you offer a crèche that delegates could use, or can you recommend one nearby? Kind regards, Events Team, "
     "British Association of Archivists || Agent: We don't run one ourselves, but Eastmarch SU's nursery "
     "offers holiday places for conference delegates; I've attached their contact."),
    ("children", "benign", "call_transcript",
     "Caller: Hi, I'm calling from Ridgeway Academy's finance office about invoice INV-7781 for the sixth form "
     "taster trip. || Agent: Yes, I see it. || Caller: We paid by BACS on Monday but it still shows outstanding. "
     "|| Agent: It's just been matched this morning, you'll get a receipt by email."),
    ("children", "benign", "agent_note",
     "Summer Academy 2025 brochure order: 500 copies for the Eastmarch careers fair. Sent to print, delivery 3 "
     "March to the Bellfield office."),
    ("children", "benign", "chat",
     "is there a youth hostel association discount for summer stays? || Agent: Not YHA specifically, but our "
     "Summer Stay rooms are 15% off with any student or NUS card. || ok thanks ill use my student card"),
    ("children", "benign", "web_form",
     "Form: Room booking | Society: Eastmarch Student Scouts and Guides | Room: Bellfield seminar room 2 | Date: "
     "7 March | Time: 6-9pm | Purpose: committee AGM and pizza"),
    ("children", "benign", "review",
     "Merrow House is a good hall but the Wi-Fi goes down every evening at about 9 when everyone's streaming. "
     "Three stars. || Agent: Thanks for the feedback. We're doubling the bandwidth at Merrow over reading week."),
    ("children", "benign", "sms",
     "hi is the baby blue sofa in the alder court common room ours to keep or is it getting collected? someone "
     "said its being replaced"),
    # ---- financial_hardship
    ("financial_hardship", "sensitive", "email",
     "Hi, I'm really sorry but I can't pay January's rent (£642) on the 1st. I lost my job at the Castlegate "
     "cinema when it closed before Christmas and my student loan doesn't come in until the 20th. Is there any way "
     "to split it or delay it? Flat 4B, Tanner's Yard. Thanks, Callum Reade || Agent: Hi Callum, thanks for "
     "telling us early. I've put your January rent on hold until 25 Jan with no late fee, and I've referred you to "
     "the SU hardship fund, who'll be in touch this week. Farah"),
    ("financial_hardship", "sensitive", "chat",
     "hello I got a letter from a company called Redline Recovery saying I owe Nestwell £1,380 from last year?? "
     "|| Agent: I'm sorry, that must've been a shock. Can I take your student number? || 2291847 || Agent: I can "
     "see last year's final two instalments were unpaid and passed to our collection agency in August. || I "
     "literally couldn't pay it, my dad lost his business and I had nothing. can I pay it back monthly || Agent: "
     "Yes, I'll ask them to set up £50 a month and put the account on hold while that's agreed."),
    ("financial_hardship", "sensitive", "sms",
     "Hi, I only have £11 in my account until the 15th and my rent DD is on the 10th. It will bounce. Please "
     "dont charge me the £30 fee. Merrow 3.02"),
    ("financial_hardship", "sensitive", "agent_note",
     "Resident Jade F. (Quayside 19) came to the desk in tears. Hasn't eaten properly for a week, spent last of her "
     "money on a train home for a family emergency. Gave her a food bank voucher and a Nestwell meal card "
     "(£30). Emailed the SU hardship team; arrears of £910 noted, no action on account for 4 weeks."),
    ("financial_hardship", "sensitive", "voicemail",
     "Hi, my name's Dariusz Nowak, I'm in Bellfield 6.14. I had an email saying you're starting the eviction "
     "process because I'm two months behind. Please don't do that, I'm waiting for my Universal Credit to sort "
     "out and I'll have money then. Call me on 07700 900219, please."),
    ("financial_hardship", "sensitive", "web_form",
     "Form: Payment plan request | Student no: 3017724 | Hall: Alder Court | Amount owed: £1,960 | Reason: my "
     "parents usually pay my rent but my mum was made redundant in October and they can't cover it any more. I "
     "work 12 hours a week but it only covers food. | Proposed plan: £150 per month"),
    ("financial_hardship", "sensitive", "in_app",
     "Is it possible to move to a cheaper room mid-year? The Studio Plus is costing me more than my loan and I'm "
     "on my overdraft limit already. I'd take a shared flat in Bellfield if there's one. || Agent: We have a "
     "twin-share at Bellfield for £118 a week, which would save you £74 a week. Shall I hold it? || yes please, "
     "honestly that'd be a lifesaver"),
    ("financial_hardship", "sensitive", "call_transcript",
     "Agent: Nestwell rent team, Ollie speaking. || Caller: Hi, I'm calling about my son's account, Ben Carter, "
     "Merrow House. I've been paying his rent but I've been declared bankrupt last month and the trustee has "
     "frozen everything. || Agent: I'm really sorry. We can move the account into Ben's name as payer or look at "
     "a guarantor change. || Caller: I don't know who else could guarantor. || Agent: We have a guarantor "
     "scheme for exactly this. I'll email Ben the details."),
    ("financial_hardship", "sensitive", "dm",
     "hiya, is the nestwell hardship bursary still open? i got laid off from my bar job and i've literally been "
     "living on pasta and the free breakfast at the SU. rent is due friday and i have £23"),
    ("financial_hardship", "sensitive", "review",
     "2 stars. Nice rooms but when I fell behind on rent after my part-time job ended, the letters were really "
     "threatening and I felt like a criminal. || Agent: We're sorry the letters felt that way. We've rewritten "
     "our arrears letters this term to lead with support options. If you're still behind, please reply to us "
     "privately and we'll set up a plan."),
    ("financial_hardship", "sensitive", "email",
     "Dear Nestwell, I am an international student from Nigeria. Because of the currency crash my family can "
     "no longer send the money for my rent, the naira has lost half its value. I have £240 left for the term. "
     "Please can I have more time to pay the £2,100 instalment? Yours faithfully, Chinedu Eze"),
    ("financial_hardship", "sensitive", "chat",
     "i keep getting charged late fees but i'm on universal credit and it only comes on the 28th, can my rent date "
     "move to the 29th? || Agent: Yes, we can move your due date to the 29th on the Monthly Flex plan. I've "
     "also removed the last two late fees. || oh my god thank you"),
    ("financial_hardship", "sensitive", "agent_note",
     "Parent guarantor (Mr A. Lindqvist) emailed: his business has gone into liquidation and he can no longer "
     "act as guarantor for daughter (Alder Court 2.11). Balance due next term £2,640. Referred to guarantor "
     "scheme and hardship team. Not to chase Mr L. further."),
    ("financial_hardship", "sensitive", "sms",
     "Sorry about missed rent. Had to pay a payday loan back or they'd add more fees, now i cant cover the room "
     "till my next shift pay on 3rd"),
    ("financial_hardship", "sensitive", "web_form",
     "Form: Contract cancellation | Hall: Quayside Studios | Reason: I have to leave university at the end of "
     "this term. I can't afford to stay; my savings are gone and I have a county court judgment for an unpaid "
     "phone bill which means no bank will lend to me. | Leaving date: 20 Dec"),
    ("financial_hardship", "sensitive", "in_app",
     "Can I use the food bank box in reception? I don't know if it's only for certain people. Money's really "
     "bad right now and I've got nothing in till Friday. || Agent: It's for anyone who needs it, no questions "
     "asked. Take what you need. I'll also send you the hardship fund info."),
    ("financial_hardship", "sensitive", "voicemail",
     "Hello, this is Mrs Patel calling about my son Rohan's rent at Bellfield Towers. My husband lost his job in "
     "September and we've been paying on credit cards, we just can't keep up. Is there anything you can do? "
     "07700 900854."),
    ("financial_hardship", "sensitive", "email",
     "Hello, I've been told the bailiffs were at my parents' house about my old Nestwell account. I moved out in "
     "June owing about £700 because I ran out of money in my final year. I want to sort it but I'm unemployed at "
     "the moment. What can I do? Ellie Marsh"),
    ("financial_hardship", "sensitive", "call_transcript",
     "Caller: Hi, I need to talk about my rent. My Student Finance got suspended because of a paperwork mess and "
     "I've had no money since October. || Agent: I'm sorry. How far behind are you? || Caller: About £1,300. I've "
     "been borrowing off friends. || Agent: Right, I'll pause any arrears action and write a letter for "
     "Student Finance confirming you're a resident, that often speeds up the review."),
    ("financial_hardship", "sensitive", "dm",
     "is there any way to get the deposit back early? i've got debt collectors ringing me every day about a "
     "credit card and i need anything i can get"),
    ("financial_hardship", "benign", "chat",
     "my card got declined paying the october instalment, tried twice || Agent: Sorry about that. It looks like "
     "the card's expiry date on file is last month. || oh yeah I got a new card. can I update it here? || Agent: "
     "Best done in the Hub app under Payments > Cards. Then retry, and the reminder will clear."),
    ("financial_hardship", "benign", "email",
     "Hi, can I move my instalment dates from the 1st to the 15th of each month? My payday changed at work. "
     "Thanks, Ines || Agent: Hi Ines, done, your next instalment will be taken on 15 February."),
    ("financial_hardship", "benign", "sms",
     "Hi, when will my deposit refund come through? Moved out of Merrow on 30 June. Ta"),
    ("financial_hardship", "benign", "web_form",
     "Form: Invoice request | Payer: guarantor | Name: Robert Hughes | Student: Owain Hughes, Alder Court | "
     "Request: a VAT invoice for this year's rent for my records"),
    ("financial_hardship", "benign", "agent_note",
     "Investment Society asked to book the Merrow House seminar room for a stock-picking competition final, 5 "
     "March 7pm. Booked, AV needed. Invoiced to SU."),
    ("financial_hardship", "benign", "review",
     "The 'Broke Student Cookbook' freebie in the welcome pack is genuinely useful. Made the lentil thing three "
     "times already. 5 stars for Alder Court."),
    ("financial_hardship", "benign", "in_app",
     "What is the hardship fund and who is it for? I'm a new hall rep and want to point people to it || Agent: "
     "Great question. It's run by the SU for students who hit unexpected money problems; applications are in "
     "the Hub app under Support. I'll send you the rep leaflet."),
    ("financial_hardship", "benign", "email",
     "Dear rent team, I'm paying from Malaysia and my bank is charging a big fee for GBP transfers. Do you accept "
     "Flywire or another service? Kind regards, Wei Ling || Agent: Dear Wei Ling, yes, we accept Flywire; the "
     "link is on your payment page and it shows the exchange rate upfront."),
    ("financial_hardship", "benign", "voicemail",
     "Hi, it's Tom from Quayside 5, I've set up a direct debit but I'm not sure it went through, the app says "
     "pending. Could someone check? Thanks."),
    ("financial_hardship", "benign", "call_transcript",
     "Caller: Hi, is there a rent-free week over Easter or do we pay for the whole contract? || Agent: The "
     "contract is 44 weeks and includes Easter, so there's no rent-free week, but it's spread across the "
     "instalments. || Caller: OK, and if I go home can I leave my stuff? || Agent: Yes, your room stays yours."),
    ("financial_hardship", "benign", "dm",
     "you've charged me twice for september!! £588 taken on the 1st and again on the 2nd || Agent: So sorry, "
     "that was a bank processing error affecting some residents. The duplicate will be refunded within 3 "
     "working days. || ok thanks, was panicking"),
    ("financial_hardship", "benign", "sms",
     "Can I pay the summer stay balance in two halves or does it have to be in one go?"),
    ("financial_hardship", "benign", "agent_note",
     "Parent rang to pay the spring instalment for daughter (Bellfield 2.04) by card over the phone. Took "
     "payment £1,712, receipt emailed. Parent asked for statements to go to both emails; updated."),
    ("financial_hardship", "benign", "web_form",
     "Form: Refund request | Reason: I booked the Summer Stay twice by mistake (bookings SS-440 and SS-441) | "
     "Amount: £210 | Refund to: original card"),
    ("financial_hardship", "benign", "chat",
     "hey does nestwell do a student discount at the gym or is it included in rent || Agent: Gym access is "
     "included for all residents on Studio Plus and Standard Ensuite plans. || oh nice, I'm on standard ensuite"),
    ("financial_hardship", "benign", "review",
     "Paying rent is so easy through the app, Apple Pay works and you get a receipt straight away. The only "
     "annoying bit is the £1.50 card fee on credit cards."),
    ("financial_hardship", "benign", "email",
     "Hello, the SU Money Advice team would like to run a budgeting workshop in each hall during Welcome Week. "
     "Could we have a room for an hour in each? Best, Marianne, SU Advice Centre"),
    ("financial_hardship", "benign", "in_app",
     "Why is my balance showing -£12? I thought I was paid up for the term || Agent: That's a credit, not a "
     "debt - you overpaid by £12 last month. It'll come off your next instalment. || oh ha, good"),
    ("financial_hardship", "benign", "voicemail",
     "Morning, it's Hugh Bramwell, I'm guarantor for my nephew at Tanner's Yard. I'd like a copy of the "
     "guarantor agreement I signed, I seem to have lost it. 07700 900705. Thanks."),
    ("financial_hardship", "benign", "call_transcript",
     "Agent: Nestwell, Callum speaking. || Caller: Hi, I paid the deposit but the booking still says 'awaiting "
     "payment'. || Agent: Let me look... The payment's landed, the status just hadn't refreshed. It now says "
     "'confirmed'. || Caller: Brill, thanks."),
    # ---- legal
    ("legal", "sensitive", "email",
     "Hi, my bike was stolen from the Tanner's Yard bike store on Sunday night. I've reported it to Eastmarch "
     "police, crime reference EM/22/48817. Could you check the CCTV for the store between 10pm and 7am and pass "
     "anything to the officer? Thanks, Finn Aldous || Agent: Hi Finn, sorry to hear that. Security have pulled "
     "the footage and will contact PC Hargreaves directly with your crime reference. Marek"),
    ("legal", "sensitive", "chat",
     "hi i need to leave my room for a few days next week because i have to be at Eastmarch Crown Court for a "
     "trial, i'm the defendant. do i need to tell you if i'm away? || Agent: Thanks for letting us know. You "
     "don't need permission to be away, but it's handy to log it in the app so we don't worry if there's a fire "
     "drill. || ok will do"),
    ("legal", "sensitive", "agent_note",
     "Resident (Merrow 4.07) arrested in the flat on Friday night, police took his laptop. Flatmates upset and "
     "asked if he is coming back. Told them we can't discuss another resident. Informed the hall manager and "
     "university conduct office per policy."),
    ("legal", "sensitive", "web_form",
     "Form: Application declaration | Do you have any unspent criminal convictions? Yes | Details: conviction for "
     "possession with intent to supply (2021), community order, spent next year. Probation officer: K. "
     "Laverty, happy to provide a reference. | Hall preference: any"),
    ("legal", "sensitive", "voicemail",
     "Hello, this is Gemma Shaw from Linfield & Cole Solicitors. We act for Mr Hassan Iqbal regarding the "
     "withheld deposit on his Quayside tenancy. We'll be issuing a small claims application unless we hear from "
     "you within 14 days. Please call me on 07700 900150. Thank you."),
    ("legal", "sensitive", "sms",
     "Just so you know, I have a non-molestation order against my ex, Kyle Ridley. He is not allowed near "
     "Alder Court. Please dont let him in if he turns up. Copy of the order is with the hall office"),
    ("legal", "sensitive", "call_transcript",
     "Caller: Hi, my parents are going through a divorce and the court's ordered my dad to pay my rent, but he "
     "hasn't. || Agent: I'm sorry to hear that. Is he named as the payer on the account? || Caller: Yeah. My "
     "mum's solicitor says you should send the arrears letters to him, not me. || Agent: I can change the "
     "correspondence to him as guarantor, and I'll note the court order on your file."),
    ("legal", "sensitive", "in_app",
     "I got a police caution last week for having weed in my room. Does that mean Nestwell will end my contract? "
     "|| Agent: A caution alone doesn't end a contract, but there will be a disciplinary meeting under the "
     "licence terms. Someone from ResLife will contact you. || ok. I've learned my lesson tbh"),
    ("legal", "sensitive", "dm",
     "can nestwell give me a letter confirming my address? my immigration tribunal hearing is on the 18th and "
     "my lawyer says they need proof i've lived here since september"),
    ("legal", "sensitive", "review",
     "Took Nestwell to the small claims court over my deposit and won. Shouldn't have had to go that far for "
     "£400. 1 star. || Agent: We're sorry it came to court. We've since moved all deposit disputes to the "
     "independent adjudication service so residents don't have to."),
    ("legal", "sensitive", "email",
     "To the Hall Manager, Merrow House. I am writing to inform you that I have been charged with assault "
     "following an incident in town on 4 November and have been released on bail with a condition to reside at "
     "my Merrow House address. I'm telling you because my solicitor advised I should. Regards, K. Dunmore"),
    ("legal", "sensitive", "agent_note",
     "Call from DC Fenwick, Eastmarch CID, asking for key-fob logs for Bellfield flat 9 on 12 Oct relating to an "
     "ongoing investigation involving a resident. Asked for the request in writing on a data protection form "
     "before disclosure. Escalated to DPO."),
    ("legal", "sensitive", "web_form",
     "Form: Contract cancellation | Hall: Alder Court | Reason: I've been given a custodial sentence and will "
     "not be able to return from 3 February. My sister Lorna will collect my belongings. | Contact: "
     "lorna.mcbride@example.com"),
    ("legal", "sensitive", "chat",
     "Hi, I'm suing my previous landlord and my barrister wants to know if Nestwell will confirm the date I "
     "moved in here for the court bundle || Agent: Yes, we can provide a signed tenancy confirmation. Who "
     "should it be addressed to? || Harrow Chambers, for the attention of Ms Osei || Agent: It'll be in your "
     "inbox by tomorrow afternoon."),
    ("legal", "sensitive", "voicemail",
     "Hi, it's Shane in Tanners Yard 6A. The police came round about the fight outside the Union Bar and I've got "
     "to go in for an interview under caution on Thursday, so I won't be at the flat inspection. Sorry. Bye."),
    ("legal", "benign", "chat",
     "hi law soc here, can we book the merrow house lecture theatre for our mooting competition final on 28 "
     "feb? || Agent: Hi! 28 Feb is free all evening. How long do you need? || 5-9pm and could we have 3 chairs "
     "on a raised bit for the judges || Agent: We'll set up the stage with a judges' table. Booked, RB-3042."),
    ("legal", "benign", "email",
     "Hello, clause 7.3 of my tenancy agreement says I need 'written consent' to put posters up. Does an email "
     "count, or is it a form? Thanks, Ruby || Agent: Hi Ruby, an email reply from the hall office counts. Blu "
     "Tack only, please!"),
    ("legal", "benign", "sms",
     "What time does the SU Legal Advice Centre open on Weds? Need to ask something for my law coursework"),
    ("legal", "benign", "web_form",
     "Form: Room booking | Society: Criminology Society | Room: Alder Court common room | Date: 31 October | "
     "Time: 7-10pm | Purpose: true crime film night | Attendees: 35"),
    ("legal", "benign", "agent_note",
     "Debating Society asked for two volunteer 'judges' from staff for the Freshers' Debate on 1 Oct. Dominic "
     "and Jen volunteered. Room: Bellfield function room."),
    ("legal", "benign", "review",
     "Guilty pleasure confession: the Bellfield Sunday roast is better than my mum's. Don't tell her. 5/5."),
    ("legal", "benign", "in_app",
     "Is my deposit protected in a government scheme? My course mate says it has to be by law || Agent: Hall "
     "licences aren't covered by the deposit schemes, but Nestwell is a member of the national code, which sets "
     "deposit rules. Details are in section 9 of your licence."),
    ("legal", "benign", "voicemail",
     "Hi, this is Zoe from the Crime Fiction Book Club, we meet in the Quayside lounge on Thursdays. The lounge "
     "was locked this week. Could you check our booking is still there? Thanks."),
    ("legal", "benign", "call_transcript",
     "Caller: Hi, what's the policy on noise warnings? Our flat got a letter. || Agent: The first letter is just "
     "a reminder; a second within 28 days means a meeting with the hall manager. || Caller: And after that? || "
     "Agent: A fine of £50 under the licence, but it rarely gets that far."),
    ("legal", "benign", "dm",
     "hey is the contract for next year the same as this year? want to read the terms before i sign this time "
     "lol"),
    ("legal", "benign", "email",
     "Dear Nestwell, I'm writing a dissertation on student housing law and wondered if you publish your standard "
     "licence agreement publicly. Kind regards, Aled Price || Agent: Dear Aled, yes, it's on our website under "
     "'Your contract'. Good luck with the dissertation!"),
    ("legal", "benign", "sms",
     "Got a library fine notice from Nestwell but I've never borrowed from the hall library?? ref LIB-0291"),
    ("legal", "benign", "agent_note",
     "Eastmarch Police community team requested a stall in the Quayside foyer to register bikes for free (bike "
     "marking scheme), 12 Oct 10-2. Approved; table set up by reception."),
    ("legal", "benign", "in_app",
     "My contract says 'joint and several' for the cluster flat. What does that actually mean for us? || Agent: "
     "It doesn't apply here; Nestwell rooms are individual licences, so you're only responsible for your own "
     "rent and your share of communal damage. || Oh good!"),
    ("legal", "benign", "review",
     "Got booked onto the free 'Know Your Rights as a Renter' talk in Alder Court run by the SU. Short, practical "
     "and they gave out pizza. More of this please."),
    # ---- bereavement
    ("bereavement", "sensitive", "email",
     "Hi, my grandad passed away on Sunday and the funeral is in Belfast next Friday. I'll be away from Tanner's "
     "Yard for about ten days. Could you hold my post and let the cleaners know the room's empty? Thanks, Ciaran "
     "|| Agent: Dear Ciaran, I'm so sorry for your loss. Post will be held at reception and I've told the "
     "cleaning team. Take all the time you need. Sade"),
    ("bereavement", "sensitive", "call_transcript",
     "Agent: Nestwell Student Living, Lucy speaking. || Caller: Hello. I'm ringing about my son, Aaron Whitlock, "
     "he was in Merrow House. He died three weeks ago. || Agent: I'm so very sorry. || Caller: Thank you. I need "
     "to know what happens with his contract, and we'd like to collect his things. || Agent: The contract ends "
     "from the date of his death with nothing further to pay, and I'll arrange a private time for you to visit "
     "his room, whenever you're ready."),
    ("bereavement", "sensitive", "sms",
     "Hi, my mum died last night. I'm going home to Leeds today, don't know when I'll be back. Room 2.08 "
     "Bellfield. Sorry I cant speak on the phone"),
    ("bereavement", "sensitive", "agent_note",
     "Flatmates in Alder Court flat 7 told us their friend (a resident in Quayside, not ours to name here) died "
     "at the weekend. Several very shaken. Wellbeing desk notified; hall chaplain and counsellor visiting flat 7 "
     "tonight at 7."),
    ("bereavement", "sensitive", "web_form",
     "Form: Contract cancellation | Hall: Quayside Studios | Reason: bereavement. My father died suddenly in "
     "March and I need to go home to look after the family business and my mum. | Leaving date: 15 April | "
     "Death certificate: can send if needed"),
    ("bereavement", "sensitive", "voicemail",
     "Hello, it's Jenny Marlow. I'm phoning for my daughter Cerys in Alder Court, her boyfriend was killed in a "
     "car crash on Tuesday and she's not in any state to call herself. Could someone check on her? "
     "07700 900362. Thanks."),
    ("bereavement", "sensitive", "chat",
     "is it possible to get an extension on the room inspection deadline? my nan's funeral is on thursday and i "
     "won't be back till monday || Agent: Of course, I'm sorry about your nan. I've moved your inspection to "
     "the following Wednesday. || thanks, appreciate it"),
    ("bereavement", "sensitive", "in_app",
     "I'd like to cancel the guest room booking for 14 March (GR-5912). It was for my dad to visit but he passed "
     "away last month. Can I get a refund? || Agent: I'm really sorry for your loss. I've cancelled it and "
     "refunded the full £55 to your card. || Thank you"),
    ("bereavement", "sensitive", "dm",
     "hey sorry if this is the wrong place, my flatmate Jordan died over christmas and his room still has all "
     "his stuff in it. its really hard walking past it. does anyone from nestwell deal with this?"),
    ("bereavement", "sensitive", "review",
     "I want to thank the Bellfield team. When my sister died in November they let me out of my contract, sent a "
     "card, and the hall manager packed my room when I couldn't face it. 5 stars isn't enough."),
    ("bereavement", "sensitive", "email",
     "Dear Nestwell, my wife Hilary was guarantor for our daughter's room at Merrow House. Hilary died in June. "
     "Please can you tell me how to take over as guarantor and close her online account? Kind regards, Peter "
     "Gaunt"),
    ("bereavement", "sensitive", "agent_note",
     "Resident Ahmed K. (Bellfield 3.11) asked for help: his brother died in Cairo and the burial is tomorrow. "
     "Booked him a taxi to the airport at 4am, told him rent will be frozen for the month. Welfare follow-up "
     "scheduled for his return."),
    ("bereavement", "sensitive", "sms",
     "Sorry I missed the flat meeting, had to go to my best mates memorial service in Hull. Can someone fill "
     "me in"),
    ("bereavement", "sensitive", "call_transcript",
     "Caller: Hi, I got an email saying I've missed two instalments. || Agent: Yes, I can see February and March "
     "are outstanding. || Caller: My mum passed away in January, she always paid it, I didn't even know. || "
     "Agent: I'm so sorry. I'm putting a hold on the account now with no fees, and I'll send you the "
     "bereavement support details."),
    ("bereavement", "sensitive", "web_form",
     "Form: Wellbeing desk contact | Topic: Grief | Message: my stepdad died two weeks ago and I'm back in halls "
     "trying to carry on like normal. I'm not sleeping and I keep thinking I should have gone home sooner. Is "
     "there someone I can talk to? | Preferred contact: email"),
    ("bereavement", "benign", "chat",
     "is there any chance of an extension on the room selection deadline? the portal was down all afternoon || "
     "Agent: Yes, we've extended it to Friday 5pm for everyone because of the outage. || legend"),
    ("bereavement", "benign", "email",
     "Hi, the Spanish Society would like to hold a Día de los Muertos party in the Alder Court common room on 1 "
     "Nov. We'd have paper flowers, face paint and pan de muerto. Is that OK? Gracias, Lucía || Agent: Hi Lucía, "
     "that sounds brilliant. Please no candles, LED ones are fine."),
    ("bereavement", "benign", "sms",
     "The washing machine in Bellfield laundry no 3 has died. Ate my £2 too"),
    ("bereavement", "benign", "web_form",
     "Form: Room booking | Society: Death Café Eastmarch (discussion group) | Room: Quayside community room | Date: "
     "second Tuesday monthly | Time: 6-8pm | Purpose: open conversation over tea and cake"),
    ("bereavement", "benign", "in_app",
     "RIP my phone, dropped it in the Tanner's Yard courtyard. Is there a way to log into the Hub app on a laptop "
     "to check my parcels? || Agent: Yes, hub.nestwell.example.com works in any browser."),
    ("bereavement", "benign", "agent_note",
     "Ghost Walk Society booking: 'Grave Tales of Eastmarch' tour starting at Merrow House gate, 29 Oct 8pm. "
     "Asked for the courtyard lights left on. Security informed."),
    ("bereavement", "benign", "review",
     "Bellfield is dead on weekends because everyone goes home, but during the week it's great. Catering is "
     "decent. 4/5."),
    ("bereavement", "benign", "voicemail",
     "Hiya, it's the gardening club. The memorial garden by Alder Court's back entrance needs weeding and the "
     "bench is rotting. Can we help with a work day? 07700 900418. Cheers."),
    ("bereavement", "benign", "call_transcript",
     "Caller: Hi, the late checkout for the Summer Stay - how late can it be? || Agent: Up to 2pm for £15. || "
     "Caller: And later than that? || Agent: Only if nobody's arriving in the room that day; I can check "
     "closer to the date."),
    ("bereavement", "benign", "dm",
     "this essay deadline is actually killing me, is the 24hr study room at quayside open over reading week?"),
    ("bereavement", "benign", "email",
     "Hello, the Film Society is screening Dead Poets Society in the Merrow House lounge on 6 Feb. Can we borrow "
     "the projector and the big speakers? Best, Theo || Agent: Hi Theo, the kit's yours from 6pm, sign it out at "
     "reception."),
    ("bereavement", "benign", "sms",
     "Hi the battery in our flat's smoke alarm is dead and its beeping every 30 secs. Tanners Yard 1D"),
    ("bereavement", "benign", "in_app",
     "Is there a quiet reflection room in any of the halls? The student rep forum is compiling a list of quiet "
     "spaces for the welcome guide. || Agent: Yes, Bellfield has a multi-faith and reflection room on the ground "
     "floor, open 7am-11pm."),
    ("bereavement", "benign", "chat",
     "the sympathy cards in the Merrow House shop are priced at £3.50 but ring through as £4.20, just flagging "
     "|| Agent: Thanks for spotting that, I'll get the till updated and refund you the difference if you bought "
     "one. || I didn't, just noticed while queuing"),
    ("bereavement", "benign", "web_form",
     "Form: Feedback | Hall: Alder Court | Topic: Events | Comments: the 'Murder on the Dance Floor' disco was "
     "grim, DJ left after an hour. Please book someone better for the next one."),
    # ---- violence_self_harm
    ("violence_self_harm", "sensitive", "email",
     "Hi, I need to move flats. One of my flatmates at Tanner's Yard has been going through my stuff, leaving "
     "notes under my door and last night he shoved me against the fridge when I asked him to stop. I don't feel "
     "safe in the kitchen. Lily || Agent: Lily, thank you for telling us. Security are doing checks on your flat "
     "tonight and we have a room free at Alder Court you can move into tomorrow. The wellbeing team will call you "
     "at 10."),
    ("violence_self_harm", "sensitive", "chat",
     "can you stop someone getting my room number? my ex keeps turning up at reception asking which flat i'm in "
     "and he's been waiting outside the bellfield doors when my lectures finish || Agent: I'm sorry, that sounds "
     "frightening. Reception will never give out room numbers, and I'm adding a security alert with his "
     "description. Do you know his name? || Marcus Teale. he's not a student"),
    ("violence_self_harm", "sensitive", "sms",
     "Please can someone check on Hayley in Merrow 5.03, she sent me a message saying she wants to end it and "
     "now she isnt answering. Im at home in Cardiff"),
    ("violence_self_harm", "sensitive", "agent_note",
     "00:40 night porter call: resident (Quayside 12) found with cuts to forearms in the shared bathroom, said "
     "she'd done it herself. First aider attended, ambulance not needed per 111. Porter stayed with her until "
     "friend arrived. Urgent wellbeing referral made; hall manager informed at 8am."),
    ("violence_self_harm", "sensitive", "voicemail",
     "Hi, this is Nikhil in Alder Court 4.02. Someone keeps leaving messages on my door calling me names and "
     "saying they'll sort me out if I report them. Yesterday it said they know where I park. I'm honestly scared. "
     "07700 900273."),
    ("violence_self_harm", "sensitive", "web_form",
     "Form: Report an incident | Type: Assault | Location: path between Union Bar and Bellfield | Date: Sat 2am | "
     "Details: two men grabbed my friend and punched him when he wouldn't hand over his phone. He's got a black "
     "eye. We've told the police. Could you check the path camera?"),
    ("violence_self_harm", "sensitive", "in_app",
     "honestly I don't see the point in any of it anymore. I've been thinking about taking all my tablets. I "
     "don't know why I'm typing this here || Agent: I'm really glad you told us. Are you safe right now? Our "
     "night warden can be with you in 5 minutes, and Samaritans are free to call any time. What's your room? "
     "|| merrow 3.14 || Agent: Someone's on their way now. Please stay on here with me."),
    ("violence_self_harm", "sensitive", "call_transcript",
     "Caller: Hi, I think my drink was spiked at the Union Bar last night. I don't remember getting home and I "
     "woke up with bruises on my arms. || Agent: I'm so sorry. Are you safe now? || Caller: I'm in my room, "
     "Tanner's Yard. || Agent: I'm going to send our welfare officer to you, and she can help you report it to "
     "the police and get checked at the sexual assault referral centre if you want."),
    ("violence_self_harm", "sensitive", "dm",
     "a girl in my flat keeps posting pics of me on a group chat with horrible comments, she's sent them to "
     "people on my course too. i've stopped going to lectures. can nestwell do anything if its in halls"),
    ("violence_self_harm", "sensitive", "review",
     "1/5. Reported my flatmate's boyfriend for threatening me with a knife in our kitchen and it took Nestwell "
     "four days to do anything. || Agent: We're deeply sorry. That response was too slow; we've reviewed the "
     "case, the visitor has been banned from all our halls and our out-of-hours process has changed."),
    ("violence_self_harm", "sensitive", "email",
     "To whom it may concern, I'm writing on behalf of my friend in Quayside Studios. Her partner hits her when "
     "he stays over and she's too afraid to make him leave. She has asked me to ask if Nestwell can stop him "
     "being signed in. Please don't contact her by phone as he checks it. Laura"),
    ("violence_self_harm", "sensitive", "agent_note",
     "Resident Owen B. (Bellfield 7.01) told ResLife mentor he has been self-harming again since exams and "
     "burned himself with a lighter. Agreed safety plan, GP appt booked for tomorrow, mentor to check in daily."),
    ("violence_self_harm", "sensitive", "sms",
     "Guy from flat 2 said he'll smash my face in if I complain about the noise again. What do I do. Tanners "
     "Yard"),
    ("violence_self_harm", "sensitive", "chat",
     "someone followed me from the library to alder court last night and then stood outside my window for like "
     "an hour. same guy as last week. || Agent: That's really worrying. I'm logging this as a stalking concern "
     "and security will walk you back from the library tonight. What time do you finish? || around 9 || Agent: "
     "Ring 07700 900991 at 8:50 and a guard will meet you at the library door."),
    ("violence_self_harm", "sensitive", "web_form",
     "Form: Wellbeing desk contact | Topic: Other | Message: I'm worried about myself. I keep having thoughts "
     "about jumping from the top floor of Bellfield and it scared me. I'm not going to do anything tonight but I "
     "need to talk to someone. | Preferred contact: phone, 07700 900487"),
    ("violence_self_harm", "benign", "chat",
     "hey kickboxing club here, can we use the tanner's yard studio for sparring on tuesdays? we bring our own "
     "mats || Agent: Hi! Tuesdays 7-9pm are free. Please sign the sports risk form first. || done, sent it "
     "this morning || Agent: Got it, booked for the whole term."),
    ("violence_self_harm", "benign", "email",
     "Hi, the Assassins Society are running their campus-wide water-pistol game in week 5. Could you let hall "
     "staff know so nobody panics when people jump out with Super Soakers? Cheers, Raff (Game Master)"),
    ("violence_self_harm", "benign", "sms",
     "The fire alarm test every monday at 8am is murdering my sleep lol, any chance it could be 10?"),
    ("violence_self_harm", "benign", "web_form",
     "Form: Room booking | Society: Boxing Club | Room: Bellfield function room | Date: 15 March | Time: 7-11pm | "
     "Purpose: 'Fight Night' charity exhibition bouts, ticketed | Attendees: 150"),
    ("violence_self_harm", "benign", "agent_note",
     "SU Vice-President Welfare asked for our harassment reporting policy to include in the new SU handbook. "
     "Sent current version (v3.2) and the link to the anonymous report form."),
    ("violence_self_harm", "benign", "in_app",
     "Does Nestwell run any self-defence classes? A few of us in flat 9 were talking about trying one || Agent: "
     "Not us directly, but the SU Martial Arts club does a free taster on the first Sunday of each month."),
    ("violence_self_harm", "benign", "review",
     "The Murder Mystery dinner at Merrow House was a scream. The chef dressed as the butler. 10/10 would be "
     "poisoned again."),
    ("violence_self_harm", "benign", "voicemail",
     "Hi, it's Asha from Alder Court kitchen 3, the knife block in our flat inventory is missing two knives "
     "since move-in. Just so we're not charged at the end. Thanks."),
    ("violence_self_harm", "benign", "call_transcript",
     "Caller: Hello, the printer in the Quayside study room has been properly beaten up, the paper tray's "
     "snapped off. || Agent: Oh dear. Is it still printing? || Caller: Only if you hold the tray. || Agent: "
     "I'll get a replacement tray ordered; in the meantime the Merrow House printer works."),
    ("violence_self_harm", "benign", "dm",
     "omg the new bellfield menu absolutely slaps, whoever added the katsu curry deserves a raise"),
    ("violence_self_harm", "benign", "email",
     "Hello, I'm on the SU Safety Committee. Could Nestwell share how many security patrols run each night across "
     "the halls? We're writing a general safety guide for freshers. Thanks, Ola || Agent: Hi Ola, there are two "
     "mobile patrols from 10pm to 6am plus a night porter in each hall. Happy to review the guide."),
    ("violence_self_harm", "benign", "sms",
     "Fire door on floor 2 Merrow keeps slamming like a gunshot, can the closer be adjusted"),
    ("violence_self_harm", "benign", "chat",
     "hi Fencing Club here, can we store our sabres and masks in the Bellfield sports cupboard? they're in locked "
     "bags || Agent: Yes, if they're locked and labelled. I'll get you a key. || thanks!! || Agent: Key's at "
     "reception under Fencing Club."),
    ("violence_self_harm", "benign", "web_form",
     "Form: Feedback | Hall: Tanner's Yard | Topic: Events | Comments: the paintball trip organised by the hall "
     "committee was brilliant, covered in paint but happy. Please do it again in summer term."),
    ("violence_self_harm", "benign", "in_app",
     "My flat is at war over the dishwasher rota lol. Is there a template rota Nestwell can give us? || Agent: "
     "Ha, we hear this a lot. There's a printable rota in the Hub app under Flat Life > Templates."),
    # ---- special_categories
    ("special_categories", "sensitive", "chat",
     "hi, Ramadan starts next week and I'll be fasting, is Bellfield catering doing anything for suhoor? the "
     "canteen doesn't open till 7.30 || Agent: Yes! We do a suhoor bag you can collect the evening before, and "
     "iftar is held back for you until sunset. Want me to add you to the list? || yes please, Bellfield 4.09, "
     "Yusuf || Agent: Done, Yusuf. Ramadan Mubarak!"),
    ("special_categories", "sensitive", "email",
     "Dear Merrow House office, I keep Shabbat, so from Friday sunset to Saturday night I can't use the "
     "electronic key fob or the lift. Is it possible to have a mechanical key for those hours? I'm happy to pay a "
     "deposit. Thank you, Eliana Rosen || Agent: Dear Eliana, we've arranged a mechanical key for the side door; "
     "collect it from reception on Friday afternoons. Best, Dominic"),
    ("special_categories", "sensitive", "agent_note",
     "Resident (Alder Ct 2.15) asked whether the multi-faith room could open before 5am in summer so he can "
     "pray Fajr there instead of in his room. Raised with facilities; temporary fob access granted from 4am."),
    ("special_categories", "sensitive", "sms",
     "Hi, is it ok to have little diyas for Diwali in the flat kitchen on Sunday? Me and my flatmates are "
     "doing a small puja. They're tea lights. Merrow 1.06"),
    ("special_categories", "sensitive", "in_app",
     "I wear a kara and a small kirpan as part of my faith. The licence says no blades in halls. Is the "
     "kirpan allowed? || Agent: Yes, a kirpan worn for religious reasons is exempt under our policy. I've added "
     "a note to your file so any room inspection is aware."),
    ("special_categories", "sensitive", "voicemail",
     "Hi, it's Conor in Tanner's Yard 5C. I go to the 8am Mass at St Aidan's every Sunday, so I always miss the "
     "weekend brunch slot. Could I get a takeaway brunch bag instead? Thanks."),
    ("special_categories", "sensitive", "review",
     "As a Muslim student, Bellfield was the first place I didn't have to explain myself. Halal labelled "
     "clearly, a quiet prayer room and staff who knew when Eid was. 5 stars."),
    ("special_categories", "sensitive", "dm",
     "hey, I'm a Jehovah's Witness so I don't do birthdays or Christmas. can you ask the hall rep to leave me "
     "out of the secret santa and the birthday cake thing without making it weird"),
    ("special_categories", "sensitive", "web_form",
     "Catering requirements form | Resident: Avi Goldberg | Hall: Bellfield (Full Board) | Requirement: kosher "
     "(sealed meals) | Reason: religious observance | Any other: no meat and dairy together please"),
    ("special_categories", "sensitive", "email",
     "Hi, I ticked 'White British' on my Nestwell application by mistake. I'm Black Caribbean, and I think that "
     "affects my eligibility for the Widening Access rent discount. Can it be corrected? Thanks, Jaden Clarke "
     "|| Agent: Hi Jaden, corrected, and I've passed your application to the Widening Access panel."),
    ("special_categories", "sensitive", "chat",
     "could the merrow shop stock shea butter and edge control? i'm mixed race and the nearest shop with "
     "anything for my hair is 40 mins away on the bus || Agent: That's a fair request and others have asked too. "
     "I'll add it to the shop's order list this week. Any brands? || cantu is fine, thank youuu"),
    ("special_categories", "sensitive", "agent_note",
     "Resident Bridget Joyce (Alder Ct 3.01) mentioned she is from an Irish Traveller family. Asked if her "
     "relatives can park their caravan in the Alder Court car park for one night for her graduation. Agreed a "
     "space in the overflow car park, 14 July."),
    ("special_categories", "sensitive", "in_app",
     "Can I join the Black Students' Mentoring Scheme even though I'm mixed? My dad's Nigerian and my mum's "
     "Scottish. || Agent: Absolutely, it's for anyone who identifies with the Black community. I'll add you to "
     "the next intake."),
    ("special_categories", "sensitive", "voicemail",
     "Hello, this is Mrs Begum, my daughter Shirin is in Quayside. We are a Bangladeshi family and my English "
     "reading is not so good. Please, can the rent letters come to me in Bengali or can somebody phone? Thank "
     "you."),
    ("special_categories", "sensitive", "review",
     "Being one of a handful of South Asian students in Tanner's Yard, the monthly world-food nights meant a "
     "lot. Finally ate proper dal that wasn't from my mum. 4/5."),
    ("special_categories", "sensitive", "web_form",
     "Scholarship housing application | Name: Amara Nwosu | Ethnicity: Black African | Nationality: British | "
     "First in family to attend university: Yes | Hall: Alder Court | Household income band: B"),
    ("special_categories", "sensitive", "dm",
     "im half japanese and my flatmates are lovely but they keep asking where im 'really' from lol. not a "
     "complaint, just wondering if i can go on the international corridor next year, it seems fun"),
    ("special_categories", "sensitive", "sms",
     "Your ethnicity question only has White/Black/Asian/Mixed/Other. Im Arab, could you add that? Ticked Other "
     "for now. - Rania, Bellfield"),
    ("special_categories", "sensitive", "email",
     "Hello, I'm standing as the Green Party candidate for Eastmarch Central ward in May's council elections and "
     "I live in Alder Court. Am I allowed to deliver leaflets to the flats in my own hall? Thanks, Isobel Rafferty "
     "|| Agent: Hi Isobel, the halls don't permit door-to-door leafleting for any party, but you can use the "
     "public noticeboard like any resident. Good luck!"),
    ("special_categories", "sensitive", "chat",
     "can i put a 'vote labour' poster in my window at alder court? i'm canvassing for them every weekend this "
     "month || Agent: Window posters are allowed if they're not offensive and don't cover the fire sign. || "
     "sound"),
    ("special_categories", "sensitive", "agent_note",
     "Resident Noor A. (Merrow 3.10) has been camping at the Palestine solidarity encampment on the main quad "
     "and asked to store a tent and banners in the Merrow bike store in the day. Allowed for one week."),
    ("special_categories", "sensitive", "in_app",
     "I'll be away 4-7 October at the Conservative party conference in Manchester (I'm the Eastmarch "
     "Young Conservatives chair). Could someone water my plant lol, and hold parcels. || Agent: Parcels held, "
     "sure. Plant-watering isn't a service we offer, but I won't tell if a flatmate does it."),
    ("special_categories", "sensitive", "sms",
     "Will be on the XR coach to the London climate march sat, leaves 5am and back around 1am. can night porter "
     "let me in if my fob plays up again"),
    ("special_categories", "sensitive", "voicemail",
     "Hello, it's Mr Hartley, Josh's dad, Tanner's Yard 3A. He's got mixed up with the Socialist Workers lot and "
     "he tells me he's selling their paper in the hall foyer. Is that allowed? I'd like a call back on 07700 "
     "900529."),
    ("special_categories", "sensitive", "dm",
     "someone ripped my reform uk poster off my door again. I'm a member, I'm allowed my views same as everyone "
     "else. can you check the corridor cctv, merrow 2nd floor"),
    ("special_categories", "sensitive", "review",
     "Two stars. Staff took down the Free Palestine flag from my window while I was at a demo. Other residents "
     "have football flags up. || Agent: We're sorry this felt unfair. The flag was removed because it covered "
     "the window restrictor, not because of its content; it's at reception and you can put it up inside the "
     "frame."),
    ("special_categories", "sensitive", "web_form",
     "Event request | Resident: Calum Ross, Bellfield 6.02 | Event: SNP branch canvassing briefing (I'm the "
     "Eastmarch branch organiser) | Room: Bellfield seminar room 1 | Date: 22 April | Attendees: 15"),
    ("special_categories", "sensitive", "email",
     "Dear HR, I'm a residence assistant at Tanner's Yard and I've been invited to a disciplinary hearing on "
     "Thursday. I'm a Unison member and would like my rep, Gary Fenton, to come with me. Please confirm that "
     "is OK. Kind regards, Priya Mohan"),
    ("special_categories", "sensitive", "agent_note",
     "Bellfield cleaner Maria S. asked at the desk how to get her GMB subscription taken from her wages instead "
     "of by direct debit. Passed her to payroll with the check-off form."),
    ("special_categories", "sensitive", "chat",
     "hey I'm a PhD student and I teach seminars, I'll be out on the UCU picket line all next week so I won't "
     "be around for the flat inspection on Tues. can it move? || Agent: No problem, I've moved it to Monday 17th "
     "at 10am. || thank you, solidarity lol"),
    ("special_categories", "sensitive", "sms",
     "I work weekends as a guard on Northern and I'm out with the RMT on Saturday so I can actually make the "
     "move-out slot at 11 now if still free"),
    ("special_categories", "sensitive", "in_app",
     "I'm the Unite rep for the Union Bar staff (I work there part time alongside my degree). We'd like to use "
     "my flat's common room for a members' meeting. Is that allowed? || Agent: Residents can book common rooms "
     "for any lawful meeting, so yes. I'll send you the form."),
    ("special_categories", "sensitive", "voicemail",
     "Hi, it's Alison Greaves, I pay my son's rent at Merrow House. My husband and I are both teachers and we're "
     "out on strike with the NEU this month, so the payment might be a week late. Just wanted to warn you. "
     "Thanks."),
    ("special_categories", "sensitive", "review",
     "Working as an RA for Nestwell got a lot better after a group of us joined the IWGB and pushed for proper "
     "breaks on night duty. Good company now, 4 stars. || Agent: Thanks for the review, and we're glad the night "
     "duty changes have helped."),
    ("special_categories", "sensitive", "dm",
     "hi i'm one of the porters at bellfield, joined the gmb last week. do i tell hr or does the union sort the "
     "payments"),
    ("special_categories", "sensitive", "web_form",
     "Guarantor scheme application | Employment: teaching fellow, University of Eastmarch | Payslip attached: "
     "yes | Notes from applicant: the deduction labelled 'UCU sub £17.40' is my union subscription, not a loan"),
    ("special_categories", "sensitive", "email",
     "Hi there, my husband and I are both starting postgrad courses in September and would love a couples "
     "studio at Quayside if you have one. We've been married three years and have no pets. Thanks! Tom Ashby"),
    ("special_categories", "sensitive", "chat",
     "hey, my girlfriend wants to move into my studio with me next term, is that allowed or do we need a bigger "
     "room? || Agent: Studios are single-occupancy, but Quayside double studios allow two named residents. || "
     "how much more is it? || Agent: £38 a week more. || ok will talk to her. thanks! - Hannah"),
    ("special_categories", "sensitive", "in_app",
     "Could I swap to the LGBTQ+ corridor at Alder Court next term? I came out as gay to my flat over Christmas. "
     "They're fine about it, but I'd like to be around more people like me. || Agent: Of course. There's a space "
     "on the Rainbow corridor from January, I'll reserve it for you."),
    ("special_categories", "sensitive", "sms",
     "Hey, signing my boyfriend Jake in for Fri to Sun, he'll be in 3.04 with me. Cheers, Marcus"),
    ("special_categories", "sensitive", "agent_note",
     "Resident Liam O. (Tanner's Yard 2E) asked for an extended guest pass for his husband, David, who is "
     "visiting from Dublin for the whole of reading week. Approved up to 9 nights."),
    ("special_categories", "sensitive", "voicemail",
     "Hi, it's Sophie from Merrow 4.02, my wife's coming up for graduation and we'd like to book the guest room "
     "for the 12th and 13th, the double one. Thanks!"),
    ("special_categories", "sensitive", "review",
     "As a lesbian fresher I was nervous about halls, but Merrow House had Pride flags at reception and the RA "
     "made it clear from day one that everyone was welcome. 5/5."),
    ("special_categories", "sensitive", "dm",
     "quick q about the guest policy. I'm polyamorous and have two partners who visit on different nights, so "
     "it's two different guests a few times a week. is there a limit per resident?"),
    ("special_categories", "sensitive", "web_form",
     "Guest registration | Resident: Callum Frey, Bellfield 5.11 | Guest: Ben Hollis | Relationship: boyfriend | "
     "Nights: 14-16 Feb | ID checked: yes"),
    ("special_categories", "sensitive", "email",
     "Hello, I've changed my name by deed poll as part of my transition and would like my Nestwell records "
     "updated from Rebecca Holm to Reuben Holm, title Mr. Deed poll attached. Thanks, Reuben || Agent: Hi Reuben, "
     "all records, your door sign and your fob profile are now updated. Let us know if anything old pops up."),
    ("special_categories", "sensitive", "chat",
     "my door sign still has my deadname on it 😞 can it be changed? I go by Alex, they/them || Agent: I'm sorry "
     "about that, Alex. I'll have a new sign printed and fitted tomorrow and update your profile now. || ty"),
    ("special_categories", "sensitive", "agent_note",
     "Resident (trans woman, Bellfield mixed flat 4) asked to move to a female-only flat. Request approved by "
     "hall manager; room 7.03 available from Monday. Keep reason confidential, record only 'resident request'."),
    ("special_categories", "sensitive", "in_app",
     "I'm non-binary and the app only lets me pick Mr/Mrs/Miss/Ms as a title. Could Mx be added, or can I "
     "have none? || Agent: Thanks for flagging. I've set your title to Mx manually, and raised it with the app "
     "team so it's an option for everyone."),
    ("special_categories", "sensitive", "voicemail",
     "Hello, this is Karen Ellwood. My son Finley starts at Alder Court in September. He's transgender and his "
     "old documents still say female, so the booking came through in his old name. Please could someone call me "
     "back to fix it quietly. 07700 900672."),
    ("special_categories", "sensitive", "review",
     "As a trans guy, having my own en-suite at Quayside made first year so much easier than sharing a "
     "corridor bathroom would have been. Staff used my name and pronouns from the start. 5 stars."),
    ("special_categories", "sensitive", "sms",
     "Got my gender recognition certificate through!! can my nestwell record be changed to female now? "
     "Bellfield 2.13"),
    ("special_categories", "sensitive", "dm",
     "the summer staff application makes me tick male or female and i'm genderfluid, is that box compulsory? "
     "dont want it to count against me"),
    ("special_categories", "sensitive", "web_form",
     "Change of personal details | Old name: Daniel Price | New name: Danielle Price | Title: Ms | Pronouns: "
     "she/her | Reason: social transition | Apply to: door sign, fob, emails"),
    ("special_categories", "sensitive", "email",
     "Hi, I recently found out through genetic testing that I carry a BRCA2 mutation, same as my mum. I'll have "
     "a few appointments at the family cancer clinic in London over spring. Could my parcels be held at Alder "
     "Court reception when I'm away? Thanks, Georgia"),
    ("special_categories", "sensitive", "agent_note",
     "Resident (Merrow 1.12) disclosed at the wellbeing desk that he tested positive for the Huntington's gene "
     "last month; his dad has the disease. Not ill himself. Wanted to know if this has to go on his "
     "accommodation record (no). Referred to counselling."),
    ("special_categories", "sensitive", "in_app",
     "I need to post a DNA sample for a paternity test, can the courier collect it from Quayside reception? || "
     "Agent: Yes, leave it sealed at reception with the courier label. || thanks. the last one came back saying "
     "the man I grew up with isn't my biological dad so this is a big one"),
    ("special_categories", "sensitive", "voicemail",
     "Hi, it's Amelia in Tanner's Yard 4D. I've got a genetic counselling appointment on Thursday because my "
     "test showed I'm a cystic fibrosis carrier, so I can't do the fire warden course that afternoon. Can I "
     "swap? Thanks."),
    ("special_categories", "sensitive", "web_form",
     "Support plan form | Resident: Ola Adebayo | Info to share with hall team: genetic testing confirmed I "
     "have sickle cell trait. Not the disease, but I need to stay warm and hydrated, so please prioritise "
     "heating repairs in my room."),
    ("special_categories", "sensitive", "sms",
     "My whole genome results came back and I've got the gene variant linked to hypermobile EDS, so any chance "
     "of a room with a bath not a shower? Bellfield"),
    ("special_categories", "sensitive", "dm",
     "weird thing to share but my ancestry DNA test came back 30% Ashkenazi which nobody in my family knew 😂 "
     "anyway is the jewish society friday dinner open to anyone in merrow?"),
    ("special_categories", "sensitive", "chat",
     "my genetic test shows I'm heterozygous for factor V leiden, the haematologist said long sitting is a risk "
     "so can the summer academy staff training have breaks? || Agent: Thanks for telling us. Each session "
     "will have a 10 minute movement break every hour, and you can stand at the back any time."),
    ("special_categories", "sensitive", "chat",
     "the new fingerprint reader on alder court main door won't recognise my finger since i enrolled it last "
     "week || Agent: Sorry! Sometimes the first scan is a bit off. Pop to reception and we'll delete your "
     "fingerprint template and re-enrol you. || ok after my lecture"),
    ("special_categories", "sensitive", "email",
     "Hello, I'm cancelling my Tanner's Yard gym membership. Under data protection law, please delete the face "
     "scan I registered for gym entry and confirm in writing. Thanks, Mark Evesham || Agent: Dear Mark, your "
     "facial template has been permanently deleted from the gym entry system today, 3 June. Regards, Data "
     "Protection Team"),
    ("special_categories", "sensitive", "agent_note",
     "Resident J. Pereira re-enrolled on the Merrow House palm-vein reader after a hand injury changed the "
     "scan. Old template deleted, new one stored. Fob issued as backup."),
    ("special_categories", "sensitive", "in_app",
     "The Nestwell phone line's voice ID keeps saying my voiceprint doesn't match. I've got a bit of a cold but "
     "come on. Can I turn it off and use a PIN? || Agent: Yes, I've disabled voice ID on your account and "
     "deleted the stored voiceprint. You'll get a PIN by text."),
    ("special_categories", "sensitive", "sms",
     "Face scanner at Quayside doesnt recognise me since I shaved my beard off. Locked out, at the side door now"),
    ("special_categories", "sensitive", "web_form",
     "Biometric consent withdrawal | Resident: Sana Iqbal, Bellfield 3.02 | System: fingerprint door entry | "
     "Request: delete my fingerprint data and issue a standard fob | Date: 9 Jan"),
    ("special_categories", "sensitive", "voicemail",
     "Hi, it's Kofi, I enrolled my face for the Union Bar entry cameras at freshers but now it's letting my "
     "flatmate in on my account, we look nothing alike. Can someone fix that? Bye."),
    ("special_categories", "sensitive", "review",
     "Made to register both my thumbprints at move-in for the door system and nobody explained how long they "
     "keep them. 2 stars. || Agent: You're right that we should have explained. Fingerprint templates are "
     "deleted within 30 days of move-out, and you can switch to a fob at any time."),
    ("special_categories", "benign", "email",
     "Salaam, the Islamic Society would like to book the Bellfield function room for our Eid dinner on 31 March, "
     "about 120 guests. Could Bellfield catering quote for a halal buffet? JazakAllah, ISoc events team || "
     "Agent: Hi ISoc, the room is yours 6-11pm. A halal buffet quote is attached, £14 a head."),
    ("special_categories", "benign", "chat",
     "do any of the catered halls do halal or kosher options? writing the FAQ for the international office "
     "|| Agent: Bellfield does halal every day and sealed kosher meals on request. || great, and vegan? || "
     "Agent: Vegan at every meal in all catered halls."),
    ("special_categories", "benign", "web_form",
     "Form: Room booking | Society: Christian Union | Room: Merrow House lecture theatre | Date: 10 December | "
     "Time: 7-9pm | Purpose: carol service, open to all | Attendees: 90 | AV: microphone and piano"),
    ("special_categories", "benign", "agent_note",
     "Welcome guide update: chaplaincy drop-in in the Bellfield multi-faith room runs Mon-Fri 12-2 from week 1. "
     "Added to page 6. Rabbi, imam and Anglican chaplain names to be confirmed by the university."),
    ("special_categories", "benign", "sms",
     "Hi, Jewish Society here - can a kosher caterer deliver to the Merrow House common room for our Friday night "
     "dinner, or is outside catering banned?"),
    ("special_categories", "benign", "review",
     "The 'Heavenly Hot Chocolate' at the Bellfield café is a religious experience. Whipped cream, marshmallows, "
     "the works. 5/5, no notes."),
    ("special_categories", "benign", "in_app",
     "Oh my god the lift at Merrow is broken AGAIN. Fourth time this month. Can somebody sort it properly? || "
     "Agent: Really sorry. The engineer's booked for 9am tomorrow and they're replacing the door sensor, not "
     "just resetting it this time."),
    ("special_categories", "benign", "dm",
     "hey it's the hindu society, our diwali night posters need nestwell approval before we put them up in "
     "the halls. who do we send them to?"),
    ("special_categories", "benign", "voicemail",
     "Hi, this is Beth, I'm the hall rep at Tanner's Yard. I'm putting together a list of quiet spaces in each "
     "hall, could someone tell me the multi-faith room opening times at Bellfield? Thanks."),
    ("special_categories", "benign", "call_transcript",
     "Caller: Hi, are the halls open over Christmas or does everyone have to leave? || Agent: All halls stay open "
     "over Christmas; the office is closed 24 Dec to 2 Jan and there's an emergency number. || Caller: And the "
     "canteen? || Agent: Bellfield catering closes from 20 Dec, so it's self-catering over the break."),
    ("special_categories", "benign", "web_form",
     "Form: Room booking | Society: African-Caribbean Society | Room: Alder Court atrium | Date: 18 October | "
     "Time: 6-10pm | Purpose: Black History Month food and music night | Attendees: 100"),
    ("special_categories", "benign", "email",
     "Hello, the Chinese Students and Scholars Association would like to hang lanterns and red decorations in the "
     "Quayside lobby for Lunar New Year, from 25 Jan to 9 Feb. Is that OK with fire regulations? Thanks, Wen "
     "(CSSA) || Agent: Hi Wen, paper lanterns are fine if they're fire-retardant and away from sprinkler heads."),
    ("special_categories", "benign", "agent_note",
     "Black History Month: library exhibition panels delivered to Merrow House reception for display 1-31 Oct. "
     "Set up by the SU Liberation Officer and Estates. No issues."),
    ("special_categories", "benign", "sms",
     "When is international student welcome week this year? Need the dates for the volunteer rota"),
    ("special_categories", "benign", "chat",
     "why do your application forms ask about ethnicity? a friend asked me and i didn't know || Agent: It's "
     "optional and only used, anonymised, to check our services reach all groups fairly. Ticking 'prefer not "
     "to say' is fine. || makes sense thx"),
    ("special_categories", "benign", "review",
     "The World Kitchen menu at Bellfield is the best thing about being catered. Jollof on Mondays, ramen on "
     "Thursdays, pierogi on Fridays. Four stars because the portions are small."),
    ("special_categories", "benign", "in_app",
     "Hall committee is doing a Race Night fundraiser (the horse racing videos with betting on fake money) in "
     "the Alder Court common room. Do we need a licence? || Agent: Not if no real money is bet. Please add it "
     "on the event form anyway."),
    ("special_categories", "benign", "dm",
     "hi, the running club's doing Race for Life in june and we want to train from the quayside car park, "
     "is it ok to use it as a meet point on wednesday evenings?"),
    ("special_categories", "benign", "voicemail",
     "Hello, it's Marta from the Polish Society, we booked the Tanner's Yard seminar room for a pierogi-making "
     "night but the room was double booked with the chess club. Please call back on 07700 900744. Thanks."),
    ("special_categories", "benign", "email",
     "Dear Nestwell, Politics Society are holding a hustings for the Eastmarch Central by-election on 3 May and "
     "would like the Merrow House lecture theatre. All five candidates have been invited. Best, Ethan "
     "(PolSoc secretary) || Agent: Hi Ethan, booked 7-9pm. Security will be on the door for the event."),
    ("special_categories", "benign", "web_form",
     "Form: Room booking | Society: Labour Students | Room: Bellfield seminar room 2 | Date: Tuesdays, weeks 2-10 "
     "| Time: 6-7pm | Purpose: weekly society meeting | Attendees: 20"),
    ("special_categories", "benign", "agent_note",
     "Eastmarch Council elections office confirmed Bellfield foyer will be a polling station on 1 May, 7am-10pm. "
     "Notice to go on all hall boards and the Hub app by 20 April."),
    ("special_categories", "benign", "chat",
     "what's the rule on political posters in windows? my flat's arguing about it || Agent: Any resident can "
     "display a poster for any party or cause, as long as it's inside the frame, not offensive and doesn't "
     "block a fire sign. || cool ill tell them"),
    ("special_categories", "benign", "sms",
     "Is the 'party room' at Quayside bookable for a birthday? Like how much and until what time"),
    ("special_categories", "benign", "in_app",
     "How do I vote in the SU elections? The link in my email goes to a blank page || Agent: Sorry, the link "
     "expired. Open the Hub app, tap Union, then Elections. Voting closes Friday at 5pm."),
    ("special_categories", "benign", "review",
     "Model UN conference weekend at Merrow House was brilliant, rooms were ready and the catering kept "
     "200 delegates fed. 5 stars from the MUN society committee."),
    ("special_categories", "benign", "call_transcript",
     "Caller: Hi, the Conservative Society and Labour Students want to do a joint debate night, who do we "
     "speak to about booking? || Agent: That's me! Which hall? || Caller: Alder Court atrium, 15 Nov. || "
     "Agent: Free from 6. I'll book it under both societies."),
    ("special_categories", "benign", "dm",
     "what time does the union bar open on sundays? the sign on the door says 12 but google says 4"),
    ("special_categories", "benign", "email",
     "Dear Accommodation Office, the UCU Eastmarch branch would like to book a room at Merrow House for a "
     "branch general meeting on 12 Feb, 1-2pm, for about 60 members. Please invoice the branch. Regards, "
     "Branch Secretary, UCU Eastmarch"),
    ("special_categories", "benign", "chat",
     "will the library and hall offices be affected by the strike next week? || Agent: Nestwell staff aren't "
     "part of the university dispute, so hall offices stay open as normal. The university library may have "
     "reduced hours. || ok good"),
    ("special_categories", "benign", "web_form",
     "Form: Print order | Customer: Unison Eastmarch Health branch | Item: A5 leaflets, 2,000 | Delivery: "
     "Tanner's Yard reception | Notes: please invoice the branch treasurer"),
    ("special_categories", "benign", "agent_note",
     "SU membership cards: replacement cards are now printed at Bellfield reception, not the Union building. "
     "£5 fee. Updated the FAQ and the desk crib sheet."),
    ("special_categories", "benign", "sms",
     "Hi, is there a credit union savings scheme through Nestwell? My flatmate said there was one at the SU"),
    ("special_categories", "benign", "in_app",
     "Is joining the students' union automatic or do I have to sign up somewhere? || Agent: It's automatic for "
     "every Eastmarch student. You can opt out at the SU office if you wish."),
    ("special_categories", "benign", "review",
     "The Union Bar quiz on Tuesdays is unbeatable. Cheap pints, good prizes, a host who takes no nonsense. "
     "5 stars."),
    ("special_categories", "benign", "voicemail",
     "Hello, I'm calling from the GMB regional office about the room we booked at Alder Court for a training day "
     "on the 9th. We need to add ten places to the lunch order. 07700 900810. Thank you."),
    ("special_categories", "benign", "call_transcript",
     "Caller: Hi, I'm writing an article for the student paper on the rail strikes. Do you know if the summer "
     "move-out dates will shift if trains are off? || Agent: We'll extend move-out by 48 hours for anyone "
     "affected by cancelled trains. || Caller: Great, can I quote that? || Agent: Yes, as Nestwell's policy."),
    ("special_categories", "benign", "dm",
     "hi, the union jack bunting from the jubilee party is still up in the alder court atrium, does anyone want "
     "it or can we bin it"),
    ("special_categories", "benign", "email",
     "Hi Nestwell, the LGBTQ+ Society is planning Pride Week in February. Could we hang rainbow banners in "
     "the Merrow House and Quayside receptions for the week? We'll put them up and take them down. Thanks, "
     "Jess (LGBTQ+ Soc events) || Agent: Hi Jess, yes, we'd love to. Hang them from the picture rails, please."),
    ("special_categories", "benign", "agent_note",
     "Pride Month: reception teams asked whether the rainbow lanyards can be worn by all staff. HR confirmed "
     "yes, optional. Box of 50 delivered to each hall."),
    ("special_categories", "benign", "sms",
     "The condom machine in the Union Bar toilets has been empty for a fortnight, also takes money and gives "
     "nothing"),
    ("special_categories", "benign", "web_form",
     "Form: Stall booking | Organisation: SU Sexual Health Week team | Location: Bellfield atrium | Date: 12-13 "
     "Feb | Needs: two tables, leaflet stand | Notes: free resources, no personal data collected"),
    ("special_categories", "benign", "chat",
     "are there any double rooms or is everything single beds? asking for the open day FAQ || Agent: Quayside "
     "Studio Plus and all double studios have a double bed; standard en-suites are small doubles (4ft). || ok "
     "noted"),
    ("special_categories", "benign", "in_app",
     "Can you put the 'Rainbow Disco' on the events calendar? It's the LGBTQ+ soc social, 20 March at the Union "
     "Bar, everyone welcome. || Agent: Added! It'll show in everyone's Hub feed from Monday."),
    ("special_categories", "benign", "review",
     "Went to the Queer Film Club screening in the Quayside lounge. Great popcorn, comfy beanbags, terrible "
     "projector bulb. 3/5 for the room."),
    ("special_categories", "benign", "voicemail",
     "Hi, Halden Venue Bookings here for our client the Eastmarch Pride Choir, who hire Merrow House on "
     "Mondays. The piano's been moved out of their room. Could you find out where it's gone? Thanks."),
    ("special_categories", "benign", "dm",
     "is there a guest policy page somewhere? flat's having a debate about how many nights someone can stay "
     "and nobody can find it"),
    ("special_categories", "benign", "email",
     "Hello, I'm the SU Equality Officer. Could you tell me how many gender-neutral toilets there are across the "
     "halls' communal areas? We're updating the campus map. Many thanks, Kofi Mensah || Agent: Hi Kofi, 23 "
     "across the five halls. A floor-by-floor list is attached."),
    ("special_categories", "benign", "chat",
     "Gender Studies reading group here, can we use the Alder Court quiet room on Thursday afternoons? || "
     "Agent: Thursdays 2-4pm are free. How many of you? || about 8 || Agent: Booked for the rest of term."),
    ("special_categories", "benign", "agent_note",
     "Welcome Week: pronoun badges ('she/her', 'he/him', 'they/them', 'ask me') available at every reception "
     "for staff and volunteers who want one. Optional. Restocked Bellfield."),
    ("special_categories", "benign", "sms",
     "Is the women-only hour at the Tanners Yard gym still Tues and Thurs 7pm? timetable on the app is blank"),
    ("special_categories", "benign", "web_form",
     "Form: Event request | Society: LGBTQ+ Society | Event: Trans Day of Visibility flag raising | Location: "
     "Merrow House front lawn | Date: 31 March | Time: 12pm | Attendees: 40"),
    ("special_categories", "benign", "in_app",
     "When will the app let people choose their own title, e.g. Mx or no title? Asking for the accessibility "
     "review the student reps are doing. || Agent: It's in the next release, due late November."),
    ("special_categories", "benign", "review",
     "The mixed flats at Tanner's Yard work well, everyone cooks together and the cleaning rota actually gets "
     "followed. 4 stars."),
    ("special_categories", "benign", "call_transcript",
     "Caller: Hi, journalism student here, for a piece on student housing. Do you offer single-gender flats? || "
     "Agent: Yes, applicants can request a female-only or male-only flat, or a mixed one. || Caller: And how "
     "many ask? || Agent: About a fifth of applicants request a single-gender flat."),
    ("special_categories", "benign", "email",
     "Dear Nestwell, the Genetics Society would like to book the Bellfield seminar room for a guest lecture, "
     "'CRISPR in the clinic', on 28 Nov, 6-8pm. About 50 attending. Best wishes, Harriet (GenSoc) || Agent: Hi "
     "Harriet, booked. The projector remote is at reception."),
    ("special_categories", "benign", "sms",
     "Are the Gene Pool swim club allowed to use the Quayside minibus for the gala on Saturday?"),
    ("special_categories", "benign", "web_form",
     "Form: Room booking | Society: Family History & Genealogy Society | Room: Merrow House library corner | "
     "Date: 5 March | Time: 2-4pm | Purpose: beginners' workshop on using census records"),
    ("special_categories", "benign", "chat",
     "Biology Society is doing a DNA extraction from strawberries demo at the freshers fair, can we use the "
     "Bellfield atrium kitchen for prep? || Agent: Yes, as long as everything's cleaned after. || amazing, "
     "strawberry smoothies for everyone after lol"),
    ("special_categories", "benign", "agent_note",
     "Cleaning DNA: the new contractor's slogan 'Clean is in our DNA' on their vans has confused a few "
     "residents. Confirmed it's the approved supplier, CleanCo. No action."),
    ("special_categories", "benign", "review",
     "Nestwell says 'community is in our DNA' and for once it's true: the hall events calendar at Alder Court is "
     "packed every week. 5 stars."),
    ("special_categories", "benign", "voicemail",
     "Hello, Dr Anand from the Biosciences department. We'd like to run a public science evening on heredity "
     "and genetics in the Quayside lounge in March. Please call 07700 900921 to discuss availability."),
    ("special_categories", "benign", "dm",
     "does alder court use fingerprint entry or fobs? my parents want to know what to expect before move-in"),
    ("special_categories", "benign", "email",
     "Hi, how does Nestwell store biometric data from the door readers, and where's the privacy notice? I'm "
     "reviewing data policies for my Information Law module. Thanks, Marcus Doyle || Agent: Hi Marcus, the "
     "privacy notice is at nestwell.example.com/privacy; section 6 covers biometric entry systems."),
    ("special_categories", "benign", "agent_note",
     "Quayside face-recognition entry panel offline from 06:10 after a power cut. All residents using fob "
     "backup. Engineer attending 11:00. Notice posted on the doors and in the app."),
    ("special_categories", "benign", "in_app",
     "Feature request: please add Face ID / fingerprint login to the Hub app, typing my password every time is "
     "painful || Agent: Thanks! Biometric login using your phone's own settings is planned for spring."),
    ("special_categories", "benign", "sms",
     "The fingerprint reader on Bellfield side door has a massive crack in the glass, someone will cut themselves"),
    ("special_categories", "benign", "call_transcript",
     "Caller: Hi, the palm reader tarot stall at the Freshers' Fair, is that organised by you? || Agent: No, "
     "the fair stalls are booked through the SU. || Caller: Oh, OK, I wanted to ask about the pitch next to "
     "it for our society. || Agent: The SU events team can help with that."),
    ("special_categories", "benign", "review",
     "Door system at Merrow is slick, two seconds and you're in, no more digging for a fob with shopping bags. "
     "Laundry app less slick. 4/5."),
    ("special_categories", "benign", "web_form",
     "Form: General enquiry | Topic: Data protection | Message: On behalf of the SU Council, can Nestwell "
     "confirm whether any hall uses voice recognition for phone support, and if so where it is disclosed? | "
     "From: SU Democracy Officer"),
]


def fell_examples() -> list[dict]:
    """The fell split as labelled tickets (same shape as ``sensitive_eval.build_eval_set``'s)."""
    return stranger_examples("fell", ENTRIES, SUBJECTS)
