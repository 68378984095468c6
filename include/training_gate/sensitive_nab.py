"""nab split: written by a helper who had not seen the detection rules, the anchors or any other split.
Setting: Pennock Motors, a two-site car dealership and garage (Halden and Wexcombe) covering new and used sales,
finance, part-exchange, servicing, MOT, courtesy cars, breakdown recovery and mobility/adapted cars;
registers are email, chat, SMS, call transcript, agent note, web form, review (with reply), voicemail, DM.
The benign half borrows the same territory harmlessly: car idioms (dead battery, coughing engine, labour charge,
straight-six, transmission), organisations acting as organisations (parish minibus, union branch vans, school office,
funeral directors' hearses), child seats and pram-sized boots, adults' dates of birth and general policy questions.
70 sensitive and 70 benign tickets for special categories, 50 and 50 for children, 20 and 20 for financial hardship,
15 and 15 for health, legal, bereavement and violence and self-harm.
First reading (policy 2026.11.24.6, after it was final; `sensitive_eval.evaluate`, as `make eval-sensitive`):
93.5 / 3.5 recall / false exclusion in % as shipped, 94.5 / 8.5 without the overruling,
87.0 / 8.5 by the rules alone. Waits for the next round."""

from __future__ import annotations

from training_gate.sensitive_blind import stranger_examples

SUBJECTS: tuple[str, ...] = (
    "MOT booking for next week",
    "Service reminder query",
    "Courtesy car availability",
    "Part-exchange valuation request",
    "Finance quote on used Kestrel",
    "Question about my invoice",
    "Test drive this Saturday",
    "Warning light on dashboard",
    "Tyre and tracking check",
    "Collection time for my car",
    "Warranty claim update",
    "Breakdown recovery follow-up",
    "Handover paperwork",
    "Mobility car enquiry",
)

ENTRIES: list[tuple[str, str, str, str]] = [
    # ---- health
    ("health", "sensitive", "email",
     "Hello, the Sorrel is booked in for its service on Thursday but I've been told no driving for six "
     "weeks after the cataract op on Monday. Could my son drop it off instead, and please cancel the "
     "courtesy car as I won't be able to use it. Kind regards, Marjorie Pell"),
    ("health", "sensitive", "chat",
     "hiya is the courtesy car an automatic || Agent: Yes, all our courtesy cars are automatics. || "
     "good cos since the stroke my left side isnt great, clutch is a no go now"),
    ("health", "sensitive", "sms",
     "Running late for the MOT, stuck at the renal unit, machine was playing up this morning. Can I "
     "come at 2 instead? Ravi"),
    ("health", "sensitive", "call",
     "Caller: Hi, it's about the finance on the Tern, the second car. || Agent: Of course, how can I "
     "help? || Caller: My wife had two seizures last month so the licence has gone back to the DVLA. We "
     "don't need two cars now. What would it cost to settle early? || Agent: I'll get a settlement "
     "figure sent over today."),
    ("health", "sensitive", "note",
     "Mr Okafor rang re adapted car handover. Says the MS has moved on a fair bit since the assessment "
     "in Feb, he now needs the hand controls on the right not the left. Pls update order w/ Brackley "
     "Conversions BEFORE the build slot. JT"),
    ("health", "sensitive", "form",
     "Name: Shona Baird | Enquiry type: Mobility lease | Vehicle of interest: small SUV | Message: Just "
     "been awarded the higher mobility rate after my fibro assessment finally went through. Looking for "
     "something with a boot hoist for the wheelchair, can someone ring after 11am, mornings are bad"),
    ("health", "sensitive", "review",
     "★★★★★ Went in to look at the Kestrel and had a full-on panic attack by the coffee machine. Priya "
     "sat with me, got me water and didn't once try to sell me anything. Came back a week later and "
     "bought it. || Reply from Pennock Motors: Thank you Leanne, we've passed this on to Priya and we "
     "hope you're enjoying the car."),
    ("health", "sensitive", "voicemail",
     "Hi, Gerald Moss here, about the Marlin you've got in for the clutch. I'm on Ward 6 at St "
     "Cuthbert's, they kept me in after the chest pains on Sunday, so could you hang on to it till I'm "
     "out, Friday probably? Ta."),
    ("health", "sensitive", "dm",
     "hey do you guys fit swivel seats to a 2019 Osprey? mum's Parkinson's has got worse and getting "
     "her in and out of the passenger side is a two person job now"),
    ("health", "sensitive", "email",
     "Hi Dan, re the coupe order, is it too late to swap to the estate? We found out last week we're "
     "expecting (due in March!) and my partner's not keen on a two-door with a car seat. Sorry to mess "
     "you about. Eilidh"),
    ("health", "sensitive", "chat",
     "quick one, i left my insulin pen in the glovebox of the courtesy car when i swapped back this "
     "morning, reg ends XKD. is it still there?? need it before lunch"),
    ("health", "sensitive", "note",
     "Mrs Kaur asked for the ground floor waiting area, she's on crutches after her knee was done in "
     "June and can't manage the stairs up to the lounge. Booked her the 9.30 so she's first in and out."),
    ("health", "sensitive", "call",
     "Agent: Pennock Motors, Halden, you're speaking to Mo. || Caller: Hello love, I want to sell my "
     "Pipit back to you. The eye clinic told me it's macular degeneration and I shouldn't be driving, "
     "so that's that. || Agent: I'm sorry to hear that. We can do a valuation at your house if that's "
     "easier?"),
    ("health", "sensitive", "sms",
     "can u push the drivers seat all the way back when u drop the car off after the service, im 32 "
     "weeks and the bump touches the wheel otherwise lol"),
    ("health", "sensitive", "email",
     "Apologies for missing the last two appointments for the airbag recall on the Rook. I've been "
     "signed off work with depression since August and honestly opening post has been beyond me. Could "
     "we try again, an afternoon if possible? Thanks, Tom Greaves"),
    # health: benign look-alikes
    ("health", "benign", "email",
     "Morning, my Wren has got a horrible cough on cold starts, splutters like it's got bronchitis for "
     "about 30 seconds then clears. Can I book it in for a look this week? Cheers, Alan"),
    ("health", "benign", "chat",
     "does the first aid kit in the boot come with the new Kestrel or is it an extra? need one for work "
     "vehicle regs || Agent: It's included with the Business Edition pack. || sound thanks"),
    ("health", "benign", "form",
     "Organisation: Milford Road Surgery | Contact: Practice Manager | Message: We'd like quotes for "
     "three small hatchbacks on contract hire for our district nursing team, high mileage, need them by "
     "October."),
    ("health", "benign", "note",
     "Cust asked whether the CleanAir Plus cabin filter is worth paying for over the standard pollen "
     "filter. Explained difference, she went for standard at £39. No further action."),
    ("health", "benign", "sms",
     "Is the free vehicle health check included when I bring it in for the MOT on the 14th or do I need "
     "to book it separately? Sam, WK19 ..."),
    ("health", "benign", "call",
     "Caller: My battery's on life support, mate, it's died twice this week already. || Agent: Sounds "
     "like it's on its way out. Is it the original battery? || Caller: Think so, car's five years old. "
     "|| Agent: We'll test it and quote you for a new one."),
    ("health", "benign", "review",
     "The technician was like a doctor for my car, diagnosed the misfire in ten minutes after two other "
     "garages scratched their heads. || Reply from Pennock Motors: Thanks Raj, we'll tell Kieran he's "
     "been promoted to Dr!"),
    ("health", "benign", "email",
     "Hi, general question before I visit: do your showrooms have step-free access and an accessible "
     "toilet? I'm writing a piece on local dealerships for the Halden Gazette motoring page."),
    ("health", "benign", "chat",
     "is blind spot assist standard on the Kestrel SE or only on the Sport trim"),
    ("health", "benign", "voicemail",
     "Hello, this is Carol from facilities at Westmere General Hospital, we've got the patient "
     "transport minibus needing its MOT before the end of the month, can someone call me back on 07700 "
     "900214, thanks."),
    ("health", "benign", "dm",
     "your advert for the black Heron says 'this car is sick' lol do u mean its good or that its got "
     "problems"),
    ("health", "benign", "note",
     "Showroom defibrillator flagged amber on monthly check, pads expire next month. Ordered "
     "replacement pads from supplier, fitted by Friday. Reception aware."),
    ("health", "benign", "form",
     "Vehicle: 2020 Sorrel | Enquiry: Warranty | Message: engine management light came on, you quoted "
     "£85 for diagnostics, is that covered under the used car warranty or not?"),
    ("health", "benign", "email",
     "Hello, a general question: do you fit hand controls and other adaptations on used cars bought "
     "from you, or only on new ones? Trying to understand the options for customers at our clients. "
     "Thanks, Halden Advice Centre drop-in desk"),
    ("health", "benign", "call",
     "Caller: Check engine light's flashing on and off like a heart monitor and it's juddering at idle. "
     "|| Agent: Okay, flashing usually means a misfire, I'd not drive it far. Can you get it here "
     "tomorrow at 8?"),
    # ---- children
    ("children", "sensitive", "email",
     "Hi there, looking at getting my daughter Isla her first car for when she turns 17 on 2nd May. "
     "She's doing her theory next month. Could you give me a rough insurance-friendly shortlist under "
     "£6k, something with a low group? Thanks, Fiona Lennox"),
    ("children", "sensitive", "chat",
     "hello, my 8yo left his game console in the back of the courtesy car, blue case with stickers on "
     "it. hes devastated lol can someone check before it goes out again"),
    ("children", "sensitive", "sms",
     "Can't get there before 3.30, have to do the school pickup first, Mia's year 2 finish at 3.10. Is "
     "that ok for the handback?"),
    ("children", "sensitive", "call",
     "Caller: Hiya, my lad's in Year 11 at Halden Academy and he's dead keen to do his work experience "
     "week in a garage. || Agent: We do take a few placements. How old is he? || Caller: Fifteen, "
     "sixteen in July. || Agent: I'll email you the form, he'd need to be with a mentor at all times."),
    ("children", "sensitive", "note",
     "Mrs Dunne's toddler was sick all over the rear seat of courtesy car 4 on the way back from the "
     "nursery. Valet charge waived by SL. Car off fleet till Weds."),
    ("children", "sensitive", "form",
     "Test drive request | Model: Tern Estate | Date: Sat 14th | Additional passengers: my two (Arlo 4, "
     "Maisie 6), please can you have two booster seats ready"),
    ("children", "sensitive", "review",
     "5 stars. Had to bring my 3 year old along while the tyres were done and the lad on reception got "
     "out the colouring sheets and kept him busy for the whole hour. || Reply from Pennock Motors: "
     "Thanks Gemma! Tell him his dinosaur picture is on our fridge."),
    ("children", "sensitive", "voicemail",
     "Hi it's Zara Hussain, the car's due back today but I need to be gone by 5.30 at the latest to get "
     "Ruby from nursery, they close at 6 and charge a pound a minute, so can you ring me when it's done?"),
    ("children", "sensitive", "dm",
     "could you take down the handover photo you posted on insta? my daughter is in the corner of it "
     "and her dad and I agreed she doesn't go on social media. thank you"),
    ("children", "sensitive", "email",
     "To whom it may concern, my son Callum Reid is 16 and sits his last GCSE on 19 June. He's very "
     "interested in your mechanic apprenticeship. Is he too young to apply now, or should he wait for "
     "his results? Regards, Duncan Reid"),
    ("children", "sensitive", "chat",
     "can my son drive on the test drive? hes 17 and on a provisional, id be sat next to him. we're "
     "buying it for him really"),
    ("children", "sensitive", "call",
     "Caller: The isofix base isn't clicking in on the loan car, the green indicator won't come on. || "
     "Agent: Is it a base you've brought with you? || Caller: Yeah, for the baby, she's six weeks, I'm "
     "not driving her anywhere till it's right. || Agent: Bring it round the front, one of the lads "
     "will sort it now."),
    ("children", "sensitive", "note",
     "Child, around 10, left on his own in the waiting area for 40+ mins while mum popped to the shops. "
     "Reception kept an eye. Mum told on return we can't supervise kids. Logged for info."),
    ("children", "sensitive", "sms",
     "Any chance it'll be ready by 12? Oscar's got a swimming gala at 1 with his club and I'm the only "
     "one who can take him"),
    ("children", "sensitive", "form",
     "Request type: Delete my data | Details: Your workshop CCTV/dashcam clip from 3 March shows my son "
     "(12) in the customer car park. Please delete any footage of him and confirm in writing."),
    ("children", "sensitive", "email",
     "Please find attached Ava's entry for the Design a Car colouring competition. She is 7 and in "
     "Class 3 at St Bede's. She says the car runs on rainbows. Thanks, Rebecca Kowalski"),
    ("children", "sensitive", "chat",
     "my boy plays for Halden Colts under 11s and the manager said you lot might sponsor the away kit? "
     "who do i speak to"),
    ("children", "sensitive", "review",
     "2 stars. Bought a used hatchback for my 17 year old son. The second I went to the loo the "
     "salesman was pushing gap insurance on him, he's a kid and can't even sign anything. || Reply from "
     "Pennock Motors: We're sorry Mr Walsh, that's not how we work. Our sales manager will call you."),
    ("children", "sensitive", "voicemail",
     "Hello, this is Ayesha Siddiq's mum. She's just turned 16 and she's had the letter about the "
     "apprenticeship interview on Tuesday, but it's in school time so can we move it to after 4?"),
    ("children", "sensitive", "dm",
     "hi im 15 is there any chance of a saturday job valeting the cars? i'm good with a hoover and i'll "
     "work for cash lol"),
    ("children", "sensitive", "note",
     "Young lad, says he's 14, came in asking to buy the scrap Micra in bay 9 for a 'banger project' "
     "with his grandad. Told him we can't sell to under 18s, needs an adult. Took no details."),
    ("children", "sensitive", "call",
     "Caller: I need the courtesy car to take three car seats across the back. || Agent: We can do a "
     "seven-seater. Ages of the children? || Caller: Twins are eighteen months, the big one's four and "
     "still rear facing at home."),
    ("children", "sensitive", "email",
     "Hi, when we part-exchanged the estate last month I forgot to wipe the sat nav. It's got home and "
     "my daughter's school (Wexcombe Primary) saved as favourites. Can you make sure that's cleared "
     "before it's sold? Thanks, Kirsty"),
    ("children", "sensitive", "sms",
     "Sorry missed your call, I'm at parents evening for Jack (year 9). Will ring back tmrw about the "
     "brakes quote"),
    ("children", "sensitive", "chat",
     "is there somewhere quiet in the waiting area i could feed the baby? she's 4 months and won't go 2 "
     "hours without"),
    ("children", "sensitive", "form",
     "Part-exchange valuation | Condition notes: Runs well. There's crayon on the headlining courtesy "
     "of my 5-year-old, sorry in advance. Rear seats have a few juice stains."),
    ("children", "sensitive", "note",
     "Ben Hartley (17, provisional) has booked a seat at the First Car evening on 21st. Mum (Claire) "
     "attending with him as he can't take out finance himself. Send both the invite."),
    ("children", "sensitive", "email",
     "Hi, my daughter Lily left her school blazer in the back of the loan car (KE21 ...). It's navy "
     "with 'L. Morton, Y4 Oakfield' on the name tag. Could you keep it at reception? Thank you"),
    ("children", "sensitive", "call",
     "Caller: I'm after something with a big boot, I take the grandkids to the coast every summer. || "
     "Agent: How many are we talking? || Caller: Three of them. Ten, seven and the little one's just "
     "started reception. And the dog."),
    ("children", "sensitive", "voicemail",
     "Hi, it's about my son Ethan. He's 13 and autistic and the noise in your waiting area last time "
     "was too much. When we come for the service Thursday could he wait in the car, or is there a "
     "quieter room?"),
    ("children", "sensitive", "dm",
     "my lad is 16, would he be allowed to come on your track day with me if I'm driving? he wouldn't "
     "be driving obviously"),
    ("children", "sensitive", "review",
     "The team were so patient with my daughter, she's 17, just passed, and was nervous buying her "
     "first car. Explained everything twice. || Reply from Pennock Motors: Best of luck on the road, "
     "Chloe!"),
    ("children", "sensitive", "email",
     "Dear Sir/Madam, I am a Year 12 student at Wexcombe College doing my business BTEC. Could I "
     "interview one of your sales managers about how you set targets? I'm 16 so my teacher Mr Osei will "
     "be cc'd. Thanks, Jayden"),
    ("children", "sensitive", "chat",
     "hi this is noah typing for my dad cos hes driving. he says is the blue car ready yet. im 9"),
    ("children", "sensitive", "sms",
     "pls could u text my mum not me about the car, im only 16 and its in her name. thx Kayla"),
    ("children", "sensitive", "note",
     "Handover for Mr & Mrs Adebayo done in the quiet room as requested, they had the baby with them "
     "(about 3 months). Keys, V5 and service book handed over."),
    ("children", "sensitive", "call",
     "Caller: My daughter arrived on Saturday, a bit early, and she comes home Tuesday. Can someone fit "
     "the car seat before then? I've no idea how the base works. || Agent: Congratulations! Pop in "
     "Monday, any time after 10."),
    ("children", "sensitive", "form",
     "Competition entry | Child's name: Freddie Oluwole | Age: 6 | School: Halden Infants | Parent "
     "email: t.oluwole@example.com | Comments: he drew his grandad's tow truck"),
    ("children", "sensitive", "email",
     "Hi Marcus, keeping this hush hush: my grandson Alfie turns 17 on the 9th and I want to surprise "
     "him with the little red Pipit. He doesn't know! Could you hold it with a deposit? Regards, "
     "Maureen Trent"),
    ("children", "sensitive", "chat",
     "the reversing camera on your courtesy car caught my daughter riding her bike into the back of it "
     "on our drive 🙈 she's 11, she's fine, but there's a scratch. what do i do"),
    ("children", "sensitive", "voicemail",
     "Hiya, Dawn here, I'm a childminder, I'll have three little ones with me when I bring the car in, "
     "they're two, three and four. Is it alright if we wait in the showroom or would you rather we went "
     "for a walk?"),
    ("children", "sensitive", "dm",
     "can u send me the photos from the handover please want to show Poppy her 'new' car, she's 6 and "
     "thinks it's hers lol"),
    ("children", "sensitive", "note",
     "Boy of about 12 from the houses behind keeps climbing the fence into the compound. Spoke to his "
     "mum (Flat 3b Cole Street) on Sat. Reminder to lock the back gate."),
    ("children", "sensitive", "call",
     "Caller: I'm taking five of the Cubs to camp next weekend, they're eight to ten, and my car's a "
     "five-seater. || Agent: You'd like a seven-seater courtesy car? || Caller: If you've got one, yes, "
     "and it'll need boosters for the little ones."),
    ("children", "sensitive", "email",
     "Hi, my ex and I do the handover of the kids (7 and 9) in your customer car park on Fridays at 6. "
     "Just checking that's fine with you, we buy a coffee from the machine! Nadia"),
    ("children", "sensitive", "sms",
     "can I bring my son to watch the MOT? he's 14 and totally obsessed with cars, will stay behind the "
     "yellow line"),
    ("children", "sensitive", "review",
     "Love the little play corner. My 2 year old didn't want to leave and cried when the car was ready, "
     "a first for a garage! || Reply from Pennock Motors: Ha, he's welcome back any time."),
    ("children", "sensitive", "chat",
     "hi my daughter is in year 6 and doing a project on electric cars for school. would one of your "
     "technicians be able to answer a few questions on a video call?"),
    ("children", "sensitive", "form",
     "Finance application | Main applicant: Sarah Barnes | Additional driver: Leo Barnes, DOB "
     "14/03/2008 (provisional licence) | Relationship: son"),
    ("children", "sensitive", "note",
     "Cust (Ms Farrell) asked us to remove her 15 y/o daughter's phone from the paired bluetooth "
     "devices before the car's sold on. Done, plus full infotainment reset."),
    # children: benign look-alikes
    ("children", "benign", "email",
     "Hi, do you sell ISOFIX child seats or should I buy one elsewhere and get you to check it fits? "
     "Just planning ahead for a family car. Thanks, Owen"),
    ("children", "benign", "chat",
     "my baby needs new tyres lol, the '09 roadster, 205/45 R16 x2, what have u got in stock"),
    ("children", "benign", "sms",
     "Is the kids' colouring corner open on Saturdays too or just weekdays?"),
    ("children", "benign", "call",
     "Caller: Hello, it's the business manager at Wexcombe Primary. Our school minibus is due an MOT on "
     "the 20th. || Agent: Is it the 17-seater? || Caller: Yes, and the tail lift needs checking too "
     "please."),
    ("children", "benign", "note",
     "Junior technician Liam (22) to shadow Gary in MOT bay 2 this week. Sign-off on brake testing "
     "pending."),
    ("children", "benign", "form",
     "Name: Graham Pirie | Date of birth: 03/11/1979 | Licence held since: 1998 | Enquiry: PCP quote, "
     "used 4x4"),
    ("children", "benign", "review",
     "Felt like a kid in a sweet shop in that showroom, walked out with a convertible I didn't plan to "
     "buy. || Reply from Pennock Motors: No regrets we hope, Dave!"),
    ("children", "benign", "voicemail",
     "Hi, it's Jo from Nursery Lane Garden Centre, our pickup's pulling left and the tyres are bald on "
     "one side, can we book it in this week? We've got compost deliveries all Saturday."),
    ("children", "benign", "dm",
     "do u do student discount on servicing? im at uni in Carrow, 2nd year"),
    ("children", "benign", "email",
     "My son (he's 34, don't worry!) wants to take over the lease on my hatchback now I've retired. Is "
     "a transfer possible or does he need his own agreement? Derek Hollis"),
    ("children", "benign", "chat",
     "whats the boot space on the Cub? is it actually usable or just for shopping"),
    ("children", "benign", "call",
     "Caller: How do I turn off the child locks on the back doors? My mate was stuck in there for five "
     "minutes at the petrol station. || Agent: There's a little switch on the edge of each rear door, "
     "flick it up."),
    ("children", "benign", "note",
     "Child Seat Safety Week, 4th to 10th Aug: free seat fitting check for any customer. Posters in "
     "both showrooms, social post scheduled."),
    ("children", "benign", "sms",
     "any chance of a private plate like B4BY? missus calls the car her baby so it'd be a laugh for her "
     "birthday"),
    ("children", "benign", "form",
     "Enquiry type: General | Message: Do you have a policy on children in the workshop area? We're a "
     "small group of adults doing a tour for our car club, all adults, about twelve of us."),
    ("children", "benign", "email",
     "The old estate is well into its teens now (2011) but it's never let me down. Is it worth doing "
     "the timing belt or should I start looking?"),
    ("children", "benign", "chat",
     "looking for a school-run friendly 7 seater under 15k, whats the smallest you do"),
    ("children", "benign", "call",
     "Caller: I'm a driving instructor, I need dual controls fitted on a new hatchback. || Agent: We "
     "use an approved fitter, about a week's lead time."),
    ("children", "benign", "review",
     "Booking online was child's play, in and out in 40 minutes. || Reply from Pennock Motors: Glad it "
     "was painless, Simon."),
    ("children", "benign", "voicemail",
     "Hi, it's Rob, secretary at Halden Youth Football Club. The committee would like to talk about you "
     "sponsoring next season's kit, could someone call me on 07700 900631?"),
    ("children", "benign", "dm",
     "saw your new tv ad with the baby in the back seat, so cute, where was it filmed? looks like the "
     "Wexcombe bypass"),
    ("children", "benign", "note",
     "Ms Adeyemi (DOB 1988) signed finance docs, ID checked, deposit taken. Delivery Fri."),
    ("children", "benign", "email",
     "Hello, I'm 21 and just graduated in mechanical engineering. Do you run a graduate scheme or only "
     "apprenticeships? CV attached. Best, Tariq"),
    ("children", "benign", "sms",
     "im babysitting my brother's car while he's away, can i book it in for a valet and put it on his "
     "account? he said its ok"),
    ("children", "benign", "form",
     "Message: What age do you have to be to get car finance with you? And do you accept a guarantor?"),
    ("children", "benign", "chat",
     "are the toys in the waiting room for sale? the wooden garage with the lift, my nephew would love "
     "it"),
    ("children", "benign", "call",
     "Caller: Hello, it's Mrs Lowe from the PE department at Halden Academy. We need to hire a van for "
     "a week to move sports kit to the new site. || Agent: Panel van? || Caller: Yes, a long wheelbase "
     "if possible."),
    ("children", "benign", "note",
     "Handle Mr Brandt's complaint with kid gloves. Third time in for the same rattle. Manager to call."),
    ("children", "benign", "review",
     "My little runaround is my baby and you treated her like one. Spotless after the valet. || Reply "
     "from Pennock Motors: Thank you Pam, give her our love!"),
    ("children", "benign", "voicemail",
     "Hello, it's Pat from the office at Little Acorns Day Nursery, ringing about renewing the lease on "
     "our van, it's up in November. Could you send me the options?"),
    ("children", "benign", "dm",
     "do u sell those 'baby on board' stickers or do i get them at the motor factors lol"),
    ("children", "benign", "email",
     "Hi, my daughter (she's 27 and lives in Carrow) is buying her first car and I said I'd ask you: is "
     "it better to pay cash or take PCP? Bob"),
    ("children", "benign", "chat",
     "is the family pack (rear sunblinds and seatback organisers) available on the used Kestrels?"),
    ("children", "benign", "sms",
     "Can I book onto the Young Driver insurance info night? I'm 23, does that still count?"),
    ("children", "benign", "call",
     "Caller: The child lock switch on the rear window's broken, the window won't go down at all. || "
     "Agent: Could be the switch or the motor. Book it in and we'll diagnose it."),
    ("children", "benign", "form",
     "Name: Jenna Fox | Employer: Brightstart Childcare Ltd | Job title: Nursery manager | Annual "
     "income: £31,000 | Finance term: 48 months"),
    ("children", "benign", "note",
     "Christmas toy appeal box at front desk from 1 Dec, collected by Halden Toy Bank on 20th. Remind "
     "staff."),
    ("children", "benign", "email",
     "Will a pram fit in the boot of the Tern? It's a Pebblestroll Duo, folds to 80 x 60. Just want to "
     "be sure before I order the car."),
    ("children", "benign", "review",
     "The sales guy looked about twelve but he knew his stuff inside out. || Reply from Pennock Motors: "
     "Josh will be delighted (he's 26)!"),
    ("children", "benign", "voicemail",
     "You're kidding me, the part's on backorder again? It's Mark Ellery, third week without the car. "
     "Ring me back."),
    ("children", "benign", "dm",
     "when's the family fun day at your open weekend? want to check the date before we book stuff"),
    ("children", "benign", "chat",
     "yes the finance is in my name, born 2001 so im 24 now, full licence 6 yrs"),
    ("children", "benign", "call",
     "Caller: Is the courtesy car alright for a dog crate in the boot? The puppy's twelve weeks. || "
     "Agent: That's fine, just keep it on a blanket."),
    ("children", "benign", "note",
     "Respray on the Cub confirmed in baby blue (paint code BL4). Body shop Monday."),
    ("children", "benign", "email",
     "Hello, I'm a primary teacher so I'd like the car delivered during the half-term week if possible. "
     "Is the 28th feasible? Anna Petrie"),
    ("children", "benign", "sms",
     "can i move my service to Thurs? my son's graduation is Weds and we're driving up to Carrow"),
    ("children", "benign", "form",
     "Organisation: 1st Wexcombe Scout Group | Contact: Group Treasurer | Message: We're looking for a "
     "second-hand minibus, 15 seats, budget £12k."),
    ("children", "benign", "review",
     "Driving the convertible home I felt like a child again. Worth every penny. || Reply from Pennock "
     "Motors: That's what we like to hear!"),
    ("children", "benign", "chat",
     "my car makes a noise like a baby crying every time i brake, is that the pads?"),
    ("children", "benign", "voicemail",
     "Hi, it's Brenda from the Halden Primary PTA, we're doing our summer fair raffle and wondered if "
     "you'd donate a free MOT or valet as a prize. Thanks."),
    # ---- special_categories
    ("special_categories", "sensitive", "email",
     "Hi Sean, could we move the collection to Friday after 2.15? I'm at the mosque for Jummah from 1 "
     "and I don't want to rush back. If not, Monday morning is fine. Thanks, Imran Qureshi"),
    ("special_categories", "sensitive", "sms",
     "Please don't ring on Saturday, I keep Shabbat. Text is fine and I'll reply after dark. Re the "
     "Kestrel quote. Daniel L"),
    ("special_categories", "sensitive", "chat",
     "can i get the earliest slot you have for the service? fasting this month for Ramadan and by 3pm "
     "i'm useless, not safe to be driving tbh"),
    ("special_categories", "sensitive", "call",
     "Caller: Hello, I'm coming in Thursday to sign the finance. || Agent: Great, bring photo ID. || "
     "Caller: That's the thing, I wear the niqab. Is there a lady who could check my face against the "
     "licence in a private room? || Agent: Of course, I'll ask Hannah to do it."),
    ("special_categories", "sensitive", "note",
     "Valet brief: Mr Gill asked that the kara and the small Khanda hanging from the mirror are NOT "
     "removed or moved during the valet. Religious items, handle with care. Put back exactly as found."),
    ("special_categories", "sensitive", "review",
     "2 stars. Told the salesman three times I'm at church all day Sunday and he kept ringing me on "
     "Sunday to 'close the deal'. Lost the sale in the end. || Reply from Pennock Motors: Sorry Mrs "
     "Adeyemi, we've noted no Sunday contact on your account."),
    ("special_categories", "sensitive", "dm",
     "hey, when we collect the new car can our pandit do a quick puja blessing in your car park? takes "
     "15 mins, coconut and a bit of kumkum on the bonnet, we'll clean up!"),
    ("special_categories", "sensitive", "voicemail",
     "Hi it's Ellen Price, I can't do the Sunday collection slot, it's my baptism at the chapel that "
     "morning, finally taking the plunge, literally! Could we do the Monday? Thanks."),
    ("special_categories", "sensitive", "email",
     "Hello, sorry my English is not perfect, I am from Poland, only 1 year living here. Can someone "
     "explain the PCP in easy words or maybe send the contract in Polish? I don't want to sign what I "
     "don't understand. Thank you, Tomasz"),
    ("special_categories", "sensitive", "call",
     "Caller: My dad wants to buy the silver estate but he only speaks Punjabi. Do you have anyone who "
     "could go through the finance with him in Punjabi? || Agent: Raj in sales does, I'll book you in "
     "with him."),
    ("special_categories", "sensitive", "review",
     "One star. Walked in, only Black guy in there, and I was the only customer nobody came over to. "
     "Three white couples got greeted while I stood by the Kestrel for 20 minutes. || Reply from "
     "Pennock Motors: Mr Campbell, this is unacceptable and our GM would like to speak with you "
     "directly."),
    ("special_categories", "sensitive", "note",
     "Cust is a Syrian national, refugee status granted in May. Only ID is his residence permit, no UK "
     "licence yet (has international). Checked with compliance - OK to proceed on the cash purchase."),
    ("special_categories", "sensitive", "chat",
     "im an irish traveller and last time i rang about finance the guy went quiet when i gave the site "
     "address and never rang back. am i wasting my time with you lot too?"),
    ("special_categories", "sensitive", "form",
     "Enquiry type: Finance | Nationality: Romanian | Residency: Settled status | Message: I have lived "
     "in UK 4 years, good job, but other dealer said finance is harder for me because I am Romanian. Is "
     "this true with you?"),
    ("special_categories", "sensitive", "sms",
     "Hi can you send the service reminders to me not my mum? she's Chinese and doesn't read English, "
     "she just panics when letters come. This is her daughter Mei, 07700 900388"),
    ("special_categories", "sensitive", "dm",
     "your salesman asked me where I'm 'really' from twice. I'm from Wexcombe mate. my grandparents "
     "came over from Jamaica, not that it's got anything to do with a test drive"),
    ("special_categories", "sensitive", "email",
     "Hi, I'm standing for the Greens in Halden East at the council elections in May, so please don't "
     "take the campaign magnets off the doors during the valet! Thanks, Ruth Ansell"),
    ("special_categories", "sensitive", "chat",
     "need something small that parks easy, i'm out leafleting for the party every weekend round the "
     "terraces and my van's a nightmare on those streets"),
    ("special_categories", "sensitive", "note",
     "Mrs Okoro asked we leave the 'Scrap the Bypass' bumper sticker on. She chairs the campaign group "
     "and she's their Lib Dem candidate, wants the car visible around town."),
    ("special_categories", "sensitive", "sms",
     "Can't pick up Sat, I'm on the anti-austerity march in town all day. Mon ok? Lee"),
    ("special_categories", "sensitive", "call",
     "Caller: I'm a party agent for the by-election, the car's going to be running people to polling "
     "stations all day on the 12th. || Agent: Right. || Caller: So I really need it back from the body "
     "shop by the 11th."),
    ("special_categories", "sensitive", "review",
     "Walked out. Salesman spent 20 mins ranting about immigrants and 'lefties'. As a Labour party "
     "member and a human being I'll take my money elsewhere. || Reply from Pennock Motors: We're sorry, "
     "Mr Dhillon. This has been raised with the individual."),
    ("special_categories", "sensitive", "form",
     "Name: Cllr Vanessa Hurst | Message: I'm an elected councillor (Halden Independents) and want a "
     "personal car for ward visits. Happy to have it discreet, no dealer badges, I get enough attention "
     "as it is."),
    ("special_categories", "sensitive", "dm",
     "ngl i only want a british built car, voted leave and i'm proud of it, what've you got that's made "
     "here"),
    ("special_categories", "sensitive", "email",
     "Hi both, Thursday would actually suit me for the service. I'm the union rep at the depot and "
     "we're out on strike on Thursdays until the pay offer improves, so I'll be free. Cheers, Tony Marsh"),
    ("special_categories", "sensitive", "chat",
     "do you do any discount for union members? i'm in the nurses union and they've got a list of "
     "partner offers apparently"),
    ("special_categories", "sensitive", "call",
     "Caller: I need a hire car for the week of the 14th. I'm a shop steward and I'm off to our union's "
     "annual conference in Carrow. || Agent: No problem. Manual or auto? || Caller: Auto please."),
    ("special_categories", "sensitive", "note",
     "Cust drives at the bus garage, member of the transport union, says they're balloting for strike "
     "action. Doesn't want to commit to finance till it's settled. Offered a 3 month hire instead."),
    ("special_categories", "sensitive", "sms",
     "picket line at 6am tmrw so can u do the MOT first thing after 9? i'll drop keys thru the "
     "letterbox tonight"),
    ("special_categories", "sensitive", "form",
     "Employer: Halden Borough Council | Union membership: Yes (public services union, branch "
     "secretary) | Message: I'd like to check whether your finance partner would accept my union legal "
     "cover letter as proof of employment."),
    ("special_categories", "sensitive", "voicemail",
     "Hi it's Keith Roper, branch secretary for the teachers' union here. It's about my own car, not "
     "the union's, I'll be driving to conference in Easter so I need the service done before then."),
    ("special_categories", "sensitive", "email",
     "Hello, please add my husband Adrian Moss as a named driver on the courtesy car agreement. His "
     "licence details are attached. Many thanks, Michael Moss"),
    ("special_categories", "sensitive", "chat",
     "hi it's Hannah, my girlfriend Sophie's picking the car up at 4 cos I'm stuck at work. she's got "
     "the key fob ref. is that ok?"),
    ("special_categories", "sensitive", "review",
     "Took my boyfriend for a test drive, and the salesman kept calling us 'you two brothers'. We "
     "corrected him. He did it again. Car was nice though. || Reply from Pennock Motors: Sorry Jamie, "
     "that's not good enough and we'll make sure it doesn't happen again."),
    ("special_categories", "sensitive", "call",
     "Caller: It's a joint application with my partner. || Agent: Lovely, and what's her name? || "
     "Caller: His name. Marcus. We've been together eight years. || Agent: Apologies, Mr Price. "
     "Marcus's date of birth please?"),
    ("special_categories", "sensitive", "note",
     "Mr Carr and his husband came in together for the handover. Both on the agreement. Both want the "
     "app login. Set up 2 accounts."),
    ("special_categories", "sensitive", "sms",
     "the rainbow sticker on the back window stays please, me and my wife put it there at Pride lol. "
     "thanks - Becky"),
    ("special_categories", "sensitive", "dm",
     "came out to my parents last month and had to move out pretty sharpish, need a cheap reliable car "
     "for work asap, what have you got under 3k"),
    ("special_categories", "sensitive", "form",
     "Main applicant: Graham Wright | Joint applicant: Peter Lund | Relationship to main applicant: "
     "Civil partner | Years at address: 11"),
    ("special_categories", "sensitive", "voicemail",
     "Hiya, it's Nicola Bryce. My wife Jess dropped the car off this morning, she's put her number on "
     "the form but can you ring me, I'm the one paying! Ta."),
    ("special_categories", "sensitive", "note",
     "Cust rang sheepishly asking if the valet found 'a personal item' under the passenger seat. It was "
     "an adult toy. Bagged, held at reception in an envelope, discreet handover only, no comments "
     "please team."),
    ("special_categories", "sensitive", "chat",
     "can you wipe the sat nav history before the part ex? there's a couple of hotel trips on there my "
     "wife definitely doesn't need to know about"),
    ("special_categories", "sensitive", "email",
     "Hi, can the interior-facing camera on the dashcam you fitted be turned off permanently? My "
     "partner and I are... let's say the car's a bit of a date night venue, and I'd rather that isn't "
     "being recorded anywhere. Thanks"),
    ("special_categories", "sensitive", "call",
     "Caller: Your app shows the car's location history, yeah? My wife's on the account too. || Agent: "
     "That's right. || Caller: I was at my girlfriend's Tuesday night. I need Tuesday gone, can you do "
     "that? || Agent: I'm afraid we can't selectively edit logs, but you can turn location history off."),
    ("special_categories", "sensitive", "dm",
     "i work nights as an escort so need something discreet, dark colour, tinted rear windows. cash "
     "buyer. no questions pls"),
    ("special_categories", "sensitive", "sms",
     "that SD card u gave back from the dashcam has a clip on it from our anniversary night in the back "
     "of the car 🙈 pls tell me nobody watched it"),
    ("special_categories", "sensitive", "email",
     "Hi, I transitioned last year and your system still has me under my old name. My licence and V5 "
     "have been updated. Please change everything to Ms Alexandra Reed and destroy anything with the "
     "old one. Thanks"),
    ("special_categories", "sensitive", "chat",
     "please stop calling me Mr on the emails, i'm non binary. Mx is fine, or just Robin"),
    ("special_categories", "sensitive", "call",
     "Caller: The finance documents have my old name on them. I've got my gender recognition "
     "certificate now and all my ID matches it. || Agent: I'm sorry about that. Can you send a copy? || "
     "Caller: I'll email it, and can you make sure the salesman uses the right name this time."),
    ("special_categories", "sensitive", "review",
     "Salesman misgendered me all the way through. I corrected him twice. As a trans woman I'm used to "
     "it but I expected better. Buying elsewhere. || Reply from Pennock Motors: Kelly, we're truly "
     "sorry. Please call our GM Sarah, she wants to put this right."),
    ("special_categories", "sensitive", "note",
     "Cust uses they/them. CRM note updated. Previous name is NOT to be used on any correspondence or "
     "on the key tag. Copy to service reception."),
    ("special_categories", "sensitive", "sms",
     "can u put Sam on the key tag not the old name please, i've changed it by deed poll since coming "
     "out as trans. cheers"),
    ("special_categories", "sensitive", "form",
     "Title: Mx | Name: Jordan Ellis | Any previous names: withheld, changed following transition | "
     "Message: My licence photo is from before I transitioned. Please don't make a thing of it at the "
     "ID check."),
    ("special_categories", "sensitive", "voicemail",
     "Hi it's Charlie Webb, I'm collecting on Friday. Just a heads up, I'm a trans guy and the bank "
     "card still says Charlotte because the bank are slow, so don't be thrown, the deed poll's coming "
     "with me."),
    ("special_categories", "sensitive", "email",
     "Hi Paul, my dad had Huntington's and I tested positive for the gene last year. I'm fine for now "
     "but I'd like a car that could be adapted later. Is that worth planning around now? Cheers, Rhys"),
    ("special_categories", "sensitive", "chat",
     "did one of those ancestry dna kits, apparently i'm 40% scandinavian lol so obviously i need the "
     "estate with the heated steering wheel"),
    ("special_categories", "sensitive", "note",
     "Mrs Bell mentioned her BRCA result came back positive and she's having preventative surgery in "
     "spring. Wants to push the handover into April. Agreed, no charge."),
    ("special_categories", "sensitive", "call",
     "Caller: The eye specialist said my condition's hereditary, it's genetic, so I'll lose my licence "
     "eventually. || Agent: I'm sorry. || Caller: That's why I want something I can sell on easily in a "
     "couple of years, not a long finance deal."),
    ("special_categories", "sensitive", "form",
     "Enquiry type: Finance / Payment protection | Message: Does your payment protection insurance ask "
     "about genetic test results? I carry the BRCA2 gene variant and I don't want to be refused later."),
    ("special_categories", "sensitive", "sms",
     "Can't make it tomorrow for the handover, got my genetic test results appointment at the hospital. "
     "Friday? Lauren"),
    ("special_categories", "sensitive", "review",
     "Salesman and I found out mid-deal we're third cousins through an ancestry DNA site. Small world! "
     "Great car too. || Reply from Pennock Motors: You can't beat a family discount, Neil!"),
    ("special_categories", "sensitive", "dm",
     "paternity test came back and the kid isnt mine so i'm not paying for the car i bought her on my "
     "finance. how do i get my name off it"),
    ("special_categories", "sensitive", "email",
     "Please can you delete my fingerprint from the keyless start system on the coupe before you sell "
     "it on. I set it up when I bought it and I don't like the thought of my print being on a "
     "stranger's car. Thank you, Priya"),
    ("special_categories", "sensitive", "chat",
     "does your app store my face scan? I used the face login when i signed up and i'd rather it didnt"),
    ("special_categories", "sensitive", "note",
     "Mr Vance objected to the camera at the entrance capturing his face. Wants to know if we keep face "
     "images or run recognition on them. Referred to DPO."),
    ("special_categories", "sensitive", "call",
     "Caller: The car's voice assistant has learned my voice, it says it's made a voice profile. || "
     "Agent: That's right. || Caller: I'm selling it back to you next week, I want that voiceprint "
     "deleted, not just the phone unpaired."),
    ("special_categories", "sensitive", "form",
     "Subject access request | Please send copies of all personal data you hold on me including any "
     "biometric data, e.g. the fingerprint signature pad I used to sign the finance on the tablet."),
    ("special_categories", "sensitive", "sms",
     "the demo car kept scanning my face and eyes on the test drive (driver monitoring thing). is that "
     "footage stored anywhere? didnt agree to that"),
    ("special_categories", "sensitive", "review",
     "Had to give a fingerprint AND a face scan at the 24 hour key locker to get my car back. Felt "
     "creepy. || Reply from Pennock Motors: Thanks Ola, the locker provider is being reviewed and we'll "
     "offer a PIN option."),
    ("special_categories", "sensitive", "voicemail",
     "Hi, it's Ewan Fraser. I enrolled my fingerprint on the demo car's start button when I did the "
     "test drive. Can you make sure it's wiped please? Thanks."),
    # special_categories: benign look-alikes
    ("special_categories", "benign", "email",
     "Dear Sir, St Michael's Parish Church has a 2016 minibus due its annual service and MOT. Could you "
     "book it in for the week of the 8th? The churchwarden will drop it off. Regards, Parish Office"),
    ("special_categories", "benign", "voicemail",
     "Hello, this is the trustees' secretary at Halden Central Mosque, we'd like quotes on leasing two "
     "vans for the food bank deliveries, could someone ring 07700 900417."),
    ("special_categories", "benign", "chat",
     "are you open on Good Friday? need to pick up the car before the long weekend"),
    ("special_categories", "benign", "sms",
     "Thank god it passed the MOT!!! Thought the exhaust was a goner. Cheers lads"),
    ("special_categories", "benign", "note",
     "Faith Okoro collected the Kestrel, keys x2, all docs. Happy customer."),
    ("special_categories", "benign", "form",
     "Name: Peter Gale | Address: 12 Chapel Row, Kirkby End | Vehicle: 2017 Wren | Message: front tyres "
     "worn on the inside edge, need tracking?"),
    ("special_categories", "benign", "review",
     "The service manager is an absolute saint. Stayed late to get my car back to me. || Reply from "
     "Pennock Motors: Thank you, we'll pass on your kind words to Dom."),
    ("special_categories", "benign", "call",
     "Caller: Do you close over Christmas and Boxing Day? I need the MOT done before the holidays. || "
     "Agent: We're closed 25th to 27th, open 28th. Shall I book you for the 22nd?"),
    ("special_categories", "benign", "email",
     "Hi, where is the engine in the new Kestrel actually built? Country of origin on the window "
     "sticker just says EU. Curious, that's all."),
    ("special_categories", "benign", "chat",
     "do you have any staff who speak Welsh? asking for our company's procurement checklist, we have to "
     "ask all suppliers"),
    ("special_categories", "benign", "note",
     "Spice Route restaurant on Mill St want 3 small hatchbacks for delivery drivers. Fleet quote to go "
     "out by Wednesday."),
    ("special_categories", "benign", "sms",
     "black edition or the white one? can't decide, what holds value better"),
    ("special_categories", "benign", "form",
     "Message: Which is better, the native sat nav or phone mirroring? The salesman said native but my "
     "mate says it's pointless."),
    ("special_categories", "benign", "call",
     "Caller: It's a Japanese import, a grey import from '08. Can you MOT it? || Agent: Yes, as long as "
     "the headlights have been converted for UK roads."),
    ("special_categories", "benign", "review",
     "Sorted me out with European breakdown cover before our trip to Spain in a day. Brilliant. || "
     "Reply from Pennock Motors: Buen viaje, Kath!"),
    ("special_categories", "benign", "dm",
     "does the french built version of the Tern have the same warranty as the UK one?"),
    ("special_categories", "benign", "email",
     "Hello, the labour charge on my invoice is 3.5 hours for a brake disc swap. That seems a lot? "
     "Invoice 44107. Thanks, Geoff"),
    ("special_categories", "benign", "chat",
     "whats a conservative estimate on the clutch job? just so i know worst case"),
    ("special_categories", "benign", "note",
     "Halden Borough Council fleet dept confirmed order of 4 electric vans. Delivery to depot, not "
     "council offices."),
    ("special_categories", "benign", "sms",
     "how do i vote for Kieran in the regional dealer awards? he deserves it"),
    ("special_categories", "benign", "form",
     "Message: Is the green option (the hybrid) really worth it on 6,000 miles a year? Or should I "
     "stick to petrol?"),
    ("special_categories", "benign", "call",
     "Caller: The party's on Friday so I really need the car back Thursday, it's my fortieth. || Agent: "
     "It'll be ready Wednesday afternoon."),
    ("special_categories", "benign", "review",
     "Liberal amounts of grease on my steering wheel after the service. Otherwise fine. || Reply from "
     "Pennock Motors: Sorry about that Jen, we've reminded the team about seat and wheel covers."),
    ("special_categories", "benign", "voicemail",
     "Hi, Electoral Services at Halden Council here, we need to hire a van for the polling station kit "
     "on the 2nd and 3rd, could someone call us back?"),
    ("special_categories", "benign", "email",
     "Is the Union Street branch open on Sundays? I need to drop off a key."),
    ("special_categories", "benign", "call",
     "Caller: I'm ringing on behalf of the Halden branch of the rail workers' union. We want to order "
     "two vans for the branch office. || Agent: Will that be on a business account? || Caller: Yes, "
     "invoice to the branch please."),
    ("special_categories", "benign", "chat",
     "my car got struck by lightning (honestly) and the electrics are haywire. is that covered under "
     "the warranty?"),
    ("special_categories", "benign", "note",
     "Staff branch meeting moved to 8.30 Tues. Service reception to open at 9 that day."),
    ("special_categories", "benign", "sms",
     "the steward at the Wexcombe car show said you'd have a stand, is that right? want to see the new "
     "coupe"),
    ("special_categories", "benign", "form",
     "Organisation: Halden Credit Union | Message: We'd like to discuss a salary sacrifice car scheme "
     "for our 14 staff."),
    ("special_categories", "benign", "review",
     "Great job on the paperwork for my European-spec import, all done in a week. || Reply from Pennock "
     "Motors: Thanks Luis!"),
    ("special_categories", "benign", "email",
     "My business partner and I are setting up a small courier company and want a fleet account. Three "
     "vans to start. Who do I speak to? Amir"),
    ("special_categories", "benign", "chat",
     "straight six or the four cylinder on the touring? which is nicer to drive"),
    ("special_categories", "benign", "note",
     "Bi-xenon headlight unit on order for the coupe, ETA Tues. Cust informed."),
    ("special_categories", "benign", "sms",
     "Sharon here, my husband will drop the car off at 8, he's got the spare key. x"),
    ("special_categories", "benign", "form",
     "Organisation: Halden Pride committee | Message: We're looking for a local business to provide a "
     "lead vehicle for the parade in July. Would you be interested in sponsoring?"),
    ("special_categories", "benign", "call",
     "Caller: The brakes feel a bit queer, it pulls funny to the left when I stop. || Agent: Sounds "
     "like a sticking caliper. Can you bring it in?"),
    ("special_categories", "benign", "review",
     "My car came out of the service looking brand new. Top job. || Reply from Pennock Motors: Thanks "
     "Marge!"),
    ("special_categories", "benign", "dm",
     "is the rainbow chrome wrap on your insta available on the coupe? how much"),
    ("special_categories", "benign", "voicemail",
     "Hello, it's Frank from Delta Leasing, your finance partner. Just calling about the fleet renewals "
     "for the Halden account."),
    ("special_categories", "benign", "chat",
     "ur advert says 'sexy red coupe, one careful owner' lol. is it actually one owner?"),
    ("special_categories", "benign", "note",
     "Cust wants rear seats that fold fully flat so he can sleep in the car at festivals. Showed him "
     "the Tern estate."),
    ("special_categories", "benign", "sms",
     "hot date sat night so need the car valeted by fri pls 😂 full valet"),
    ("special_categories", "benign", "review",
     "Fell in love with this car at first sight, and the team made buying it a pleasure. || Reply from "
     "Pennock Motors: Happy motoring, Dawn!"),
    ("special_categories", "benign", "call",
     "Caller: The heated seats get really hot, like too hot, even on setting one. Is that normal? || "
     "Agent: They shouldn't. Bring it in and we'll test the element."),
    ("special_categories", "benign", "email",
     "Hi, love the new coupe, the brochure says it's 'the most intimate driving experience yet'. What "
     "does that even mean? Just want to know if the driving position's cramped. Tim"),
    ("special_categories", "benign", "email",
     "How much is a transmission fluid change on the auto box? The manual says every 60k and I'm at 61k."),
    ("special_categories", "benign", "chat",
     "does the Transito come in long wheelbase? need it for my building work"),
    ("special_categories", "benign", "note",
     "IT ticket: title field on the booking form only has Mr and Mrs. Please add Ms, Miss, Mx, Dr and "
     "Rev for all customers."),
    ("special_categories", "benign", "sms",
     "my car's called Betty and she's a lady, so be gentle with her on the ramp pls 😂"),
    ("special_categories", "benign", "form",
     "Title: Mrs | Name: Irene Cole | Message: Lost the MOT certificate in a house move, can you print "
     "me a copy?"),
    ("special_categories", "benign", "call",
     "Caller: Is the charger cable in the courtesy car Type 2 at both ends? The male plug on mine "
     "doesn't fit. || Agent: It's Type 2, should match your wallbox."),
    ("special_categories", "benign", "review",
     "Changed my mind about electric completely. Transition from diesel was painless and the staff "
     "explained everything. || Reply from Pennock Motors: Thanks Mike, welcome to EV life!"),
    ("special_categories", "benign", "dm",
     "when does the changeover to the new model year happen? want to wait for the facelift"),
    ("special_categories", "benign", "email",
     "The brochure says sportiness is 'in the Kestrel's DNA'. Any chance of a test drive so I can see "
     "if that's marketing talk? Ta, Owen"),
    ("special_categories", "benign", "chat",
     "the rattle seems hereditary lol, my last two of the same model had exactly the same one from the "
     "dash"),
    ("special_categories", "benign", "note",
     "Workshop: GenScan diagnostic tool licence renewal due 1st of month. Service manager to approve."),
    ("special_categories", "benign", "sms",
     "the car's in my genes ha, dad drove Kestrels for 30 years. put me down for the new one"),
    ("special_categories", "benign", "form",
     "Message: Do you sell the GeneTech OBD reader, or can you recommend a cheaper one?"),
    ("special_categories", "benign", "call",
     "Caller: Can you do that DNA marking on the catalytic converter? Three got nicked on my street. || "
     "Agent: Yes, it's £45 with a window sticker."),
    ("special_categories", "benign", "review",
     "Emissions test results came back perfect after the fix. Thanks for sorting it. || Reply from "
     "Pennock Motors: Glad it's passing with flying colours, Stu!"),
    ("special_categories", "benign", "dm",
     "is the new model a totally new car or just a mutation of the old one lol"),
    ("special_categories", "benign", "email",
     "After the service there were greasy fingerprints all over the touchscreen. Minor, but can the "
     "valet wipe them next time? Thanks, Liz"),
    ("special_categories", "benign", "chat",
     "does the Kestrel have keyless entry or just push button start?"),
    ("special_categories", "benign", "note",
     "Facelift Tern arrives in showroom Monday. Swap with the old demo."),
    ("special_categories", "benign", "sms",
     "face id on my phone won't connect to the car app, keeps asking me to log in again"),
    ("special_categories", "benign", "form",
     "Message: General question, do you use facial recognition cameras on your forecourts? We're "
     "compiling supplier information for a data protection audit."),
    ("special_categories", "benign", "call",
     "Caller: The driver attention alert keeps beeping, says I'm tired when I'm not. || Agent: It uses "
     "steering inputs, a recalibration usually sorts it."),
    ("special_categories", "benign", "review",
     "Smooth handover, real eye for detail on the valet. || Reply from Pennock Motors: Thanks Emma!"),
    ("special_categories", "benign", "voicemail",
     "Hi, I think I left my thumb drive in the courtesy car, it's a little red one with work stuff on "
     "it. Can you check the cup holders?"),
    # ---- financial_hardship
    ("financial_hardship", "sensitive", "email",
     "Hi Amanda, I was made redundant on Friday along with half the warehouse. I've got the PCP payment "
     "on the 1st and I honestly don't know how I'll make it. Is there such a thing as a payment "
     "holiday? Regards, Stuart Kerr"),
    ("financial_hardship", "sensitive", "chat",
     "got a letter saying the car could be taken back?? i'm 2 payments behind, is that you or the "
     "finance company doing that. i need it for work, the little i've got left"),
    ("financial_hardship", "sensitive", "call",
     "Caller: I'm in an IVA, it started in January. Will that stop me getting the car on finance? || "
     "Agent: It's likely to, I'm afraid. We could look at a cheaper cash car? || Caller: I've got about "
     "eight hundred quid. That's it."),
    ("financial_hardship", "sensitive", "note",
     "Cust's hours were cut in March, now on Universal Credit. Wants only what's needed to pass the "
     "MOT, nothing else. Advisories listed but NOT quoted on. Be kind at collection."),
    ("financial_hardship", "sensitive", "sms",
     "can i pay the brake repair in 3 bits? honestly got £40 to last me till the 28th. not trying it on"),
    ("financial_hardship", "sensitive", "form",
     "Reason for enquiry: Voluntary termination | Details: I lost my job in the summer and I can't keep "
     "up the payments. I've paid over half. What happens now? | Best time to call: any"),
    ("financial_hardship", "sensitive", "review",
     "When I admitted I'd been declared bankrupt they didn't make me feel like dirt, they found a cheap "
     "runaround I could buy outright. || Reply from Pennock Motors: Thanks for trusting us, Carl."),
    ("financial_hardship", "sensitive", "voicemail",
     "Hi it's Danielle, about the car sale. I've had the eviction notice, we're out by the 30th, so I "
     "might need to keep the car a bit longer, I might be sleeping in it, sorry, can you call me back."),
    ("financial_hardship", "sensitive", "dm",
     "bailiffs are coming thursday. can i sell my car to u before then? its in my name fully paid off, "
     "just need the cash fast"),
    ("financial_hardship", "sensitive", "email",
     "I've been refused finance by your partner bank. I know why, I've got a CCJ from two years ago "
     "when things went badly wrong. Is there any way round it or is it cash only for me now? Mark"),
    ("financial_hardship", "sensitive", "chat",
     "sleeping in my car at the moment so i can't have it off the road. can you do the exhaust while i "
     "wait? i can't afford a courtesy car and i've got nowhere else to be anyway"),
    ("financial_hardship", "sensitive", "call",
     "Caller: I'm on a debt management plan with a charity, paying a bit to everyone each month. || "
     "Agent: OK. || Caller: The advisor said I should tell you before we do the finance. Does it rule "
     "me out?"),
    ("financial_hardship", "sensitive", "note",
     "Mrs Ndlovu 3 months in arrears on the PCP. Says she's been off work unpaid since Feb and the "
     "bank's frozen her overdraft. Passed to collections with a note to offer the hardship plan."),
    ("financial_hardship", "sensitive", "sms",
     "sorry about the bounced payment, my wages got stopped when the firm went bust last week. sorting "
     "it at the jobcentre. will pay what i can"),
    ("financial_hardship", "sensitive", "form",
     "Employment status: Unemployed | Monthly income: Jobseeker's Allowance and housing benefit | "
     "Message: I know it's a long shot but do you do anything for people like me? I need a car for "
     "interviews."),
    ("financial_hardship", "sensitive", "review",
     "The service guy told me exactly which bits could wait, after I said I'm on benefits and skint "
     "till the end of the month. Proper honest. || Reply from Pennock Motors: Thanks Rich."),
    ("financial_hardship", "sensitive", "voicemail",
     "Hi, it's Ray Dobson. The bank's repossessing the house and I need to sell the Kestrel back to you "
     "to cover some of the arrears. Please call me as soon as you can."),
    ("financial_hardship", "sensitive", "dm",
     "payday loan people keep ringing my work. i need to sell the car for cash today if possible. whats "
     "the best you'd give"),
    ("financial_hardship", "sensitive", "email",
     "Hi Lee, can we hold off on the repair for a couple of weeks? We're using the food bank at the "
     "moment and there's nothing left after rent. I'll bring it in as soon as the wages come back. "
     "Thanks, Gail"),
    ("financial_hardship", "sensitive", "chat",
     "can i hand the courtesy car back early? can't afford the fuel for it, been laid off and every "
     "quid counts now"),
    # financial_hardship: benign look-alikes
    ("financial_hardship", "benign", "email",
     "Hi, my card got declined when I tried to pay the invoice online. Bank says it's fine, can I try "
     "again or pay over the phone? Invoice 50318. Thanks, Ross"),
    ("financial_hardship", "benign", "chat",
     "can i change my direct debit date to the 15th? get paid on the 14th now I've changed jobs"),
    ("financial_hardship", "benign", "sms",
     "hi what's the settlement figure on my PCP? thinking of trading up"),
    ("financial_hardship", "benign", "call",
     "Caller: What APR are you doing on the Kestrel at the moment? || Agent: 6.9% representative on "
     "PCP. || Caller: And on HP? || Agent: Same rate, different structure. I'll send both."),
    ("financial_hardship", "benign", "note",
     "Invoice 55021 on Halden Builders trade account 30 days overdue. Chased their accounts payable, "
     "they say it's in this week's payment run."),
    ("financial_hardship", "benign", "form",
     "Employment status: Self-employed | Annual income: £48,000 | Time in business: 6 years | Finance "
     "type: HP"),
    ("financial_hardship", "benign", "review",
     "Service didn't break the bank, and they didn't invent extra work. Rare these days. || Reply from "
     "Pennock Motors: Cheers Tony!"),
    ("financial_hardship", "benign", "voicemail",
     "Hi, it's Mrs Patel, I cancelled the service booking two weeks ago and I was told I'd get the "
     "deposit back but I haven't seen it yet. Could you check?"),
    ("financial_hardship", "benign", "dm",
     "do u do buy now pay later on servicing? saw a sign in reception"),
    ("financial_hardship", "benign", "email",
     "These fuel prices will bankrupt me lol. What's the most economical car you've got for about 10k? "
     "Mostly motorway. Anita"),
    ("financial_hardship", "benign", "chat",
     "what credit score do you need to get finance with you?"),
    ("financial_hardship", "benign", "call",
     "Caller: Do you ever sell ex-repossession cars? I've seen them at the auctions. || Agent: Now and "
     "then, they're in our used stock like any other car."),
    ("financial_hardship", "benign", "note",
     "Cust paid deposit across two cards, £500 each, receipts emailed. Balance via finance."),
    ("financial_hardship", "benign", "sms",
     "can i pay the balance by bank transfer instead of card? will do it tonight"),
    ("financial_hardship", "benign", "form",
     "Message: Do you offer payment holidays on your finance in general? Just asking before I sign, "
     "nothing wrong."),
    ("financial_hardship", "benign", "review",
     "Best price in the county by a mile, saved me a fortune compared to the other dealer. || Reply "
     "from Pennock Motors: Glad we could help, Fran."),
    ("financial_hardship", "benign", "voicemail",
     "Hi, I've been charged twice for my MOT, £54.85 both times on the 3rd. Please refund one. Thanks, "
     "Ken."),
    ("financial_hardship", "benign", "dm",
     "broke down on the bypass, is recovery included with the service plan?"),
    ("financial_hardship", "benign", "email",
     "The fuel economy is poor since the service, 35mpg, it used to do 48. Anything you might have "
     "changed? Phil"),
    ("financial_hardship", "benign", "chat",
     "i'm retiring next month and want to pay off the finance early with my lump sum, how do i do that"),
    # ---- legal
    ("legal", "sensitive", "email",
     "Dear Pennock Motors, I am instructing Carver Lyle Solicitors regarding the brake failure on the "
     "Tern two days after your service on 4 April. They will be in touch about a personal injury claim. "
     "Please preserve all workshop records. Yours, Ian Fenwick"),
    ("legal", "sensitive", "call",
     "Caller: My car's been nicked off the drive overnight, it's one of yours, bought last year. || "
     "Agent: I'm so sorry. Have you reported it? || Caller: Police came this morning, I've got a crime "
     "reference. They want to know if the tracker's active."),
    ("legal", "sensitive", "note",
     "Mr Hollins has a driving ban as of last week, court hearing 3rd for the sentencing. Wife will "
     "collect and drive from now. Update the named driver on the service plan."),
    ("legal", "sensitive", "chat",
     "my car got impounded last night when i got arrested, long story. how do i get the service book "
     "out of it, your lot need it for the warranty"),
    ("legal", "sensitive", "form",
     "Unspent convictions: Yes | Details: Conviction from 2019, declared to insurer | Message: Will "
     "this affect finance? I'd rather know now than get knocked back at the desk."),
    ("legal", "sensitive", "sms",
     "in court all day tmrw for the divorce hearing, can we do the handover weds instead? sorry"),
    ("legal", "sensitive", "review",
     "Had to take them to the small claims court over a botched gearbox job and I won. Only then did "
     "they pay up. || Reply from Pennock Motors: We regret it got that far, Mr Lowry. Our processes "
     "have since changed."),
    ("legal", "sensitive", "voicemail",
     "Hi, this is Sinead Kelly. I've got a restraining order against my ex partner. If he rings about "
     "my car, please don't tell him anything, not where it is, not when it's being serviced. Thanks."),
    ("legal", "sensitive", "dm",
     "my solicitor says i can reject the car under the consumer rights act and she's drafting a letter "
     "to you this week. just a heads up before you get it"),
    ("legal", "sensitive", "email",
     "Hello, someone smashed my window in your customer car park last Tuesday and took my laptop. The "
     "police have asked for your CCTV, crime ref HD-22719. Who do I send them to? Thanks, Ola Bankole"),
    ("legal", "sensitive", "call",
     "Caller: I'm on bail at the moment and the conditions say I can't leave the county. || Agent: OK. "
     "|| Caller: So can you deliver the car to me at home? Your Wexcombe site's just over the line."),
    ("legal", "sensitive", "note",
     "Cust is on probation with a curfew tag, has to be home by 7pm. Moved his pickup to 5.30 so "
     "there's no risk. Don't mention in front of others."),
    ("legal", "sensitive", "chat",
     "being sued by my ex business partner and my solicitor says sell the car in my name before it gets "
     "messy. can you value it today"),
    ("legal", "sensitive", "sms",
     "got a speeding notice from when i had your courtesy car but i'm contesting it in court, it wasn't "
     "me driving. what do you need from me"),
    ("legal", "sensitive", "form",
     "Reason for late payment: Currently at employment tribunal against my former employer for unfair "
     "dismissal. Expecting an award in the autumn, can I pay the full balance then?"),
    # legal: benign look-alikes
    ("legal", "benign", "chat",
     "is it road legal with these tints on the front windows? the last owner put them on"),
    ("legal", "benign", "email",
     "Hi, do you ever get ex-police cars in? I like the look of the old traffic cars, and I've heard "
     "they're well maintained. Regards, Ken Ashby"),
    ("legal", "benign", "note",
     "Cust asked what the legal minimum tread depth is. Told him 1.6mm but we recommend changing at "
     "3mm. Quoted for two fronts."),
    ("legal", "benign", "sms",
     "can i charge the car overnight in your car park before the service? saves me a trip"),
    ("legal", "benign", "call",
     "Caller: Hello, it's Pryce and Hallam Solicitors, we need two pool cars on contract hire for the "
     "office. || Agent: Any preference? || Caller: Something electric, the partners want to reduce the "
     "mileage claims."),
    ("legal", "benign", "form",
     "Message: General question about your terms and conditions, what's the cancellation policy if I "
     "order a new car and change my mind?"),
    ("legal", "benign", "review",
     "It's a crime how cheap this service was compared to my old garage. Cracking job. || Reply from "
     "Pennock Motors: We'll take that as a compliment, Bill!"),
    ("legal", "benign", "voicemail",
     "Hi, I bought a car at the police auction in Carrow last week and it needs an MOT before I can tax "
     "it. Could you fit me in? It's Leon, 07700 900152."),
    ("legal", "benign", "dm",
     "is the 14 day trial on the subscription car for real? can i send it back if i dont like it"),
    ("legal", "benign", "email",
     "Hi, the warranty claim for my sunroof was rejected. Your terms say seals are covered. Could you "
     "look again? Claim ref W-8812. Thanks, Debbie"),
    ("legal", "benign", "chat",
     "should i switch to petrol? there's a diesel ban in the city centre from next year apparently"),
    ("legal", "benign", "call",
     "Caller: Someone reversed into me at the supermarket and drove off. My insurer wants the repair "
     "estimate. || Agent: No problem, bring it to the body shop and we'll send it straight to them."),
    ("legal", "benign", "note",
     "Trading Standards routine visit to Halden showroom, checked price displays and advertising. All "
     "fine, no actions."),
    ("legal", "benign", "sms",
     "whats the case number on the warranty email for? do i need to quote it every time i ring"),
    ("legal", "benign", "review",
     "Sorted the V5 and part-ex paperwork properly and by the book. Nice to deal with a legit outfit. "
     "|| Reply from Pennock Motors: Thank you, Ahmed!"),
    # ---- bereavement
    ("bereavement", "sensitive", "email",
     "Hello, my husband Bill passed away in January. The car was in his name and I'd like it "
     "transferred to me, and could you cancel his service plan too? I don't really know where to start "
     "with any of this. Kind regards, Joan Aldridge"),
    ("bereavement", "sensitive", "call",
     "Caller: Hi, my dad died last month and I'm the executor. His car's one of yours, a Kestrel on "
     "finance. || Agent: I'm very sorry for your loss. || Caller: Thanks. I need to know what's owed "
     "and whether I can just hand it back."),
    ("bereavement", "sensitive", "note",
     "Mr Yates's wife passed away last week. Cancel the MOT reminders and marketing for her car. He'll "
     "ring when he's ready to talk about selling it."),
    ("bereavement", "sensitive", "sms",
     "can't make fri, it's mum's funeral. can we move the service to the following week? thanks"),
    ("bereavement", "sensitive", "chat",
     "my brother died and left me his van. its out of MOT. do i need to register it to me before i "
     "bring it in or can you do the MOT first"),
    ("bereavement", "sensitive", "form",
     "Reason for cancellation: Policyholder deceased | Name of deceased: Arthur Greaves | Your "
     "relationship: daughter | Message: Please cancel the service plan and refund what's left."),
    ("bereavement", "sensitive", "review",
     "Had to bring in my late husband's car to sell and I was dreading it. Jack was so gentle and "
     "didn't rush me, even when I got upset in the office. || Reply from Pennock Motors: Thank you "
     "Margaret, we're thinking of you."),
    ("bereavement", "sensitive", "voicemail",
     "Hello, I'm calling about my father's car, Dennis Hale. He died in the hospice on Thursday. "
     "There's a service booked next week, please cancel it. I'll ring about the rest later."),
    ("bereavement", "sensitive", "dm",
     "we lost our son in March and I can't face driving his car, it's just sitting on the drive. could "
     "you buy it from us? I don't want to do the private sale thing"),
    ("bereavement", "sensitive", "email",
     "Hi, the settlement on Mum's car will be delayed. We're still waiting on probate, the solicitor "
     "says at least three months. Is interest still being added? Regards, Paul Quinn (executor)"),
    ("bereavement", "sensitive", "chat",
     "the finance is in my partner's name and she passed away in the summer. i've been paying it but "
     "what happens now? the car's what i get to work in"),
    ("bereavement", "sensitive", "call",
     "Caller: My husband booked the MOT for Thursday. He died on Sunday. || Agent: Oh, I'm so sorry. || "
     "Caller: I don't drive. I don't know what to do with the car."),
    ("bereavement", "sensitive", "note",
     "Do NOT send the part-ex offer letter to Mrs Kemp. Her husband's car came in after the crash, he "
     "didn't survive. Manager handling personally."),
    ("bereavement", "sensitive", "sms",
     "sorry i missed the appointment, had a death in the family, my grandad. will rebook next week"),
    ("bereavement", "sensitive", "form",
     "Message: My mother died at the care home last month and her mobility car needs to go back. Who "
     "arranges collection? | Name: Steven Akers"),
    # bereavement: benign look-alikes
    ("bereavement", "benign", "sms",
     "battery's dead again, third time this month. can i bring it in tomorrow?"),
    ("bereavement", "benign", "chat",
     "engine died on the motorway and wouldn't restart, recovery dropped it at yours, any news?"),
    ("bereavement", "benign", "email",
     "Hello, Hale and Sons Funeral Directors here. Our two hearses are due their annual service and MOT "
     "in June. Could we book them in on consecutive days? Regards, Office Manager"),
    ("bereavement", "benign", "note",
     "Passed MOT, no advisories. Cust delighted. Cert emailed."),
    ("bereavement", "benign", "call",
     "Caller: Sorry, my phone's about to die, can you ring me back on the landline? || Agent: Of "
     "course, what's the number? || Caller: 07700 900503, it's a mobile actually, my partner's."),
    ("bereavement", "benign", "form",
     "Vehicle type wanted: Estate | Budget: £12,000 | Message: Need a big boot for two spaniels, "
     "nothing too thirsty."),
    ("bereavement", "benign", "review",
     "Killer deal on the part-ex and I got my new car the same week. || Reply from Pennock Motors: "
     "Thanks Rob!"),
    ("bereavement", "benign", "voicemail",
     "Rest in peace old Pipit, you did 180,000 miles. Anyway, it's Terry, calling to see if you'll give "
     "me anything for it as a part-ex."),
    ("bereavement", "benign", "dm",
     "is that 0% deal dead now or is it still on till the end of the month?"),
    ("bereavement", "benign", "email",
     "Hi, I've lost one of the keys for my Sorrel. How much for a spare and how long does it take? "
     "Thanks, Amy"),
    ("bereavement", "benign", "chat",
     "running late, be there in 10, traffic on the ring road is awful"),
    ("bereavement", "benign", "call",
     "Caller: I'm a probate solicitor. General question, how do you value cars that are part of an "
     "estate? || Agent: Same as any valuation, we'd need to see the car and its history."),
    ("bereavement", "benign", "note",
     "Demo car written off after the hail. Dead stock, insurer collecting Thurs."),
    ("bereavement", "benign", "sms",
     "your lot saved my life, car passed!! owe you a pint"),
    ("bereavement", "benign", "review",
     "Sad to say goodbye to my old estate after twelve years, but the new one's lovely. || Reply from "
     "Pennock Motors: We'll make sure she goes to a good home, Sue!"),
    # ---- violence_self_harm
    ("violence_self_harm", "sensitive", "email",
     "Hi, I need my ex removed from the car app urgently. He's still logged in and he's been turning up "
     "wherever I park. I left him in June because of how he treated me. Please make sure he can't see "
     "the location. Clare"),
    ("violence_self_harm", "sensitive", "chat",
     "someone keeps keying my car and leaving notes under the wiper saying they'll hurt me. the police "
     "know. can you repaint the door and do you fit cameras?"),
    ("violence_self_harm", "sensitive", "note",
     "Cust disclosed she's fleeing domestic abuse. Needs all post to the refuge address, not home. "
     "Flagged account: no info to anyone calling as 'husband'."),
    ("violence_self_harm", "sensitive", "call",
     "Caller: Your salesman, the tall one, keeps messaging me on my personal number asking me out. I've "
     "told him no twice. || Agent: I'm really sorry. That's not acceptable. || Caller: I just want to "
     "pick up my car without seeing him."),
    ("violence_self_harm", "sensitive", "sms",
     "i dont want to be here anymore. sorry. cancel the service, theres no point"),
    ("violence_self_harm", "sensitive", "form",
     "Message: Please do not contact my husband about this. He controls all the money and I need a car "
     "he doesn't know about so I can leave. | Preferred contact: email only"),
    ("violence_self_harm", "sensitive", "review",
     "Got threatened by another customer in your car park over a parking space and your staff just "
     "watched. He said he'd smash my head in. || Reply from Pennock Motors: We're so sorry, Mr Nunn. "
     "Please call our GM, we have the CCTV."),
    ("violence_self_harm", "sensitive", "voicemail",
     "Yeah it's Darren Platt. If my car's not ready by 4 I'm coming down there and I'll put one of your "
     "lads through the window. I mean it."),
    ("violence_self_harm", "sensitive", "dm",
     "think my ex put a tracker on my car, he always knows where i am. can u put it on the ramp and "
     "check underneath? pls dont ring the house"),
    ("violence_self_harm", "sensitive", "email",
     "Hi, sorry I never turned up on Tuesday. I was in a bad way and hurt myself and ended up in A&E. "
     "I'm getting help now. Can I rebook? Alex"),
    ("violence_self_harm", "sensitive", "chat",
     "got jumped at the petrol station last night, they smashed the driver's window trying to get at "
     "me. need the glass done today if poss"),
    ("violence_self_harm", "sensitive", "call",
     "Caller: If he rings, don't tell him where the car is. || Agent: Who's that? || Caller: My ex. "
     "He's not allowed near me, he hurt me. He knows the car's with you."),
    ("violence_self_harm", "sensitive", "note",
     "Sales exec reported a customer making sexual comments and then following her to her car after "
     "close. Banned from site, incident book updated, police informed."),
    ("violence_self_harm", "sensitive", "sms",
     "the guy i bought the car off privately keeps texting saying he knows where i live and i'll regret "
     "it. i just want the car checked over so i can sell it on"),
    ("violence_self_harm", "sensitive", "form",
     "Message: I'm leaving an abusive relationship and need a car fast. Can the finance be in my name "
     "only and documents posted to my friend's address? | Name: Leanne Shaw"),
    # violence_self_harm: benign look-alikes
    ("violence_self_harm", "benign", "chat",
     "violent vibration through the steering wheel at 70, fine at 60. balancing?"),
    ("violence_self_harm", "benign", "email",
     "What's the crash test rating on the new Kestrel? Comparing it with the Tern. Thanks, Jo"),
    ("violence_self_harm", "benign", "sms",
     "smashed it lads, runs like new after the clutch. cheers"),
    ("violence_self_harm", "benign", "call",
     "Caller: Someone bumped me in the car park, just a scuff on the bumper. Can you quote? || Agent: "
     "Send a photo and we'll price it."),
    ("violence_self_harm", "benign", "note",
     "Ghost immobiliser (kill switch) fitted to the Kestrel for Mr Ibe, PIN sequence given to cust only."),
    ("violence_self_harm", "benign", "form",
     "Message: Can you beat this service quote? £189 at the independent down the road."),
    ("violence_self_harm", "benign", "review",
     "The tyre prices murdered my wallet but the fitting was quick and clean. || Reply from Pennock "
     "Motors: Fair point, Ash. We'll look at our pricing."),
    ("violence_self_harm", "benign", "voicemail",
     "Hi, it's Colin, the brake pads are screaming every time I stop, can you squeeze me in this week?"),
    ("violence_self_harm", "benign", "dm",
     "shoot me a few more pics of the blue one please, especially the interior"),
    ("violence_self_harm", "benign", "email",
     "Hit a pothole on the Wexcombe road and buckled an alloy. Can you repair or is it a new wheel? Sam"),
    ("violence_self_harm", "benign", "chat",
     "this booking app is killing me, keeps crashing when i pick a date"),
    ("violence_self_harm", "benign", "call",
     "Caller: The car alarm keeps going off at night like someone's attacking the car, but nobody's "
     "there. || Agent: Probably the bonnet sensor. Bring it in."),
    ("violence_self_harm", "benign", "note",
     "Courtesy car 7 abused: returned with 300 extra miles and smelling of smoke. Excess mileage and "
     "valet charge applied."),
    ("violence_self_harm", "benign", "sms",
     "how much is the tracker subscription renewal for next year?"),
    ("violence_self_harm", "benign", "review",
     "The team fought my corner with the warranty company and won. Top people. || Reply from Pennock "
     "Motors: Thanks Lydia!"),
]


def nab_examples() -> list[dict]:
    """The nab split as labelled tickets (same shape as ``sensitive_eval.build_eval_set``'s)."""
    return stranger_examples("nab", ENTRIES, SUBJECTS)
