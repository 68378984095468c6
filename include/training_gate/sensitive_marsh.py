"""marsh split: written by a helper who had not seen the detection rules, the anchors or any other split.
Setting: Harrowgate Motors, an invented car dealership (service garage, MOT testing, finance, part exchange,
breakdown cover and roadside recovery); email, chat, call transcripts, SMS, social DMs, web forms, answered
reviews, voicemails and agent notes, in UK, Scottish, Irish, US, Australian, Indian, Nigerian, Filipino,
South African, Singaporean and non-native or machine-translated English, with lowercase chat and SMS shorthand.
The benign half reuses each category's words through motoring trade terms and idioms (vehicle health check,
diagnosis, minor service, child lock, dead battery, passed its MOT, estate car, broke down, recovery, labour
charge, third party, transmission, bi-xenon, road legal, warranty claim, violent shudder, killing it), businesses
as customers (a physio clinic, a dental surgery, nurseries, schools, a scout group, a mosque trust, a church
hall, a law firm, a debt agency, funeral directors), occupations, product questions and general policy questions.
50 sensitive and 50 benign tickets for children and for special categories, 20 and 20 for each other category.
First reading (policy 2026.11.16, before any change made in response to it; `sensitive_eval.evaluate`, as `make
eval-sensitive`): 90.0 / 4.0 recall / false exclusion in % as shipped, 92.0 / 9.5 without the overruling, 86.5 / 8.0 by the
rules alone (turns are separated by " || "). Then read while tuning the rules for 2026.11.17 and trained
on."""

from __future__ import annotations

from training_gate.sensitive_blind import stranger_examples

SUBJECTS: tuple[str, ...] = (
    "Question about my booking",
    "Service enquiry",
    "MOT booking",
    "Re: your quote",
    "Finance agreement query",
    "Part exchange valuation",
    "Breakdown cover",
    "Recovery request",
    "Courtesy car",
    "Test drive",
    "Collection and delivery",
    "Invoice query",
    "Change of details",
    "Feedback on my visit",
    "Vehicle handover",
    "Warranty question",
)

ENTRIES: list[tuple[str, str, str, str]] = [
    # ---- health
    ("health", "sensitive", "email",
        "Hi there, I'd like to book the Vantor in for its 40,000-mile service at the Kelby branch, "
        "please. The reg is on your system under order 55-1032. Last time the courtesy car was a "
        "manual and I'd really prefer an automatic if you have one. I'll be coming straight from my "
        "session at the renal unit, which runs until about half one, so could we make the drop-off "
        "any time after 2pm? I'm happy to leave it overnight if the technicians need longer. Could "
        "you also check the nearside rear tyre, which seems to lose a bit of pressure every week. "
        "Please send the quote before any extra work is done. Thanks, Pauline"),
    ("health", "sensitive", "chat",
        "hi can someone else drop the car off for the mot? im on crutches for 6 weeks after the knee "
        "op and cant do the clutch"),
    ("health", "sensitive", "call",
        "[transcript] Caller: Yes madam, good afternoon. My father is having Parkinson's since two "
        "years and now he is not able to manage the clutch pedal properly. We want to part exchange "
        "his manual Kelso for one automatic. Can you give the valuation over the phone or we have to "
        "bring the car?"),
    ("health", "sensitive", "sms",
        "Running late for the MOT, had a hypo at the petrol station, all fine now, there in 20 mins"),
    ("health", "sensitive", "agent_note",
        "Cust is 30 weeks pregnant and found the driving position in the Arden demo too cramped. "
        "Rebooked her test drive in the larger Vantor for next Thursday and noted she'd like a "
        "ground-floor handover room."),
    ("health", "sensitive", "web_form",
        "Enquiry type: Vehicle adaptations. Message: Do you fit swivel passenger seats and a boot "
        "hoist? My wife has used a wheelchair since her stroke last spring and getting her in and out "
        "of our current car is a real struggle."),
    ("health", "sensitive", "email",
        "Dear Sir, I am writing for the collection of my car which was planned on Thursday. "
        "Unfortunately I cannot be there because I am still on ward 4B until the doctors let me go "
        "home, maybe next week. Can my neighbour Mr Tadeusz collect it with a letter from me? Sorry "
        "for the trouble."),
    ("health", "sensitive", "dm",
        "hey team, need to push the service back a week or two sorry. just started on sertraline and "
        "the GP reckons no driving til I see how it sits with me. cheers, Brodie"),
    ("health", "sensitive", "review",
        "3 stars. Service itself was fine and the car came back clean, but the waiting area only has "
        "those tall bar stools and with my prosthetic leg I had to stand for an hour. || Reply from "
        "Harrowgate Motors: Thank you for telling us, and we're sorry. We've ordered proper chairs "
        "with arms for the Kelby waiting area and next time please ask at reception and we'll set one "
        "aside for you."),
    ("health", "sensitive", "voicemail",
        "Hi, it's Siobhan Keane, ref QX7P2L, about the MOT on Tuesday. I'm afraid I won't make it, "
        "I'm in for my second cycle at the oncology day unit that morning and they say I'll be wiped "
        "out after. Could we try the Friday instead? Thanks a million."),
    ("health", "sensitive", "chat",
        "Customer: I want to renew the breakdown cover but change the main driver. || Agent: No "
        "problem, can I ask why you're changing it? || Customer: I had a seizure in March and the "
        "DVLA took my licence off me for a year, so my son will be the main driver now. He's 34 and "
        "already on the policy."),
    ("health", "sensitive", "email",
        "Hello, we'd like to look at the Arden SUV this weekend. To be honest, I'm autistic and the "
        "showroom on Saturdays is loud and busy for me. Would it be possible to come in before you "
        "open, or to view the car outside in the yard? Happy to fit around your staff."),
    ("health", "sensitive", "sms",
        "Good morning sir, pls I will not be able to come for the car today, my wife was admitted in "
        "hospital since yesterday with typhoid. I will call you when she is discharged. God bless."),
    ("health", "sensitive", "agent_note",
        "Cust sounded very flat on the call. Said he's been signed off work with depression for a "
        "month and asked if we could hold the part-ex paperwork until he feels up to coming in. "
        "Agreed, no chasing until he contacts us."),
    ("health", "sensitive", "web_form",
        "Comments: Could your valeters please not use the strong citrus spray inside the car this "
        "time? After the last valet my asthma flared up and I was on the inhaler for most of the "
        "evening. Unscented products only, please."),
    ("health", "sensitive", "call",
        "[transcript] Caller: Hello po, good morning. I want to ask about the home collection for "
        "service. My mother just had her hip replacement last week and she cannot go out yet, so she "
        "cannot bring the car to you. Is there extra fee for collection?"),
    ("health", "sensitive", "email",
        "Hi Harrowgate team, I'm interested in trading in my 2016 Kelso for the new Kelso hybrid. I "
        "have attached photos of the car, the mileage is about 62,000 km and there are two small "
        "scratches on the rear bumper. Could you please give me an estimate of the trade-in value? I "
        "would also like to know about your 3-year service plan and what it covers. One request: I "
        "wear hearing aids and I struggle on the phone, so please reply only by email or WhatsApp "
        "text. I am free most evenings after 7pm and on Saturdays. The car has full service history "
        "with your Kelby branch. Thank you very much, Mr Lim"),
    ("health", "sensitive", "chat",
        "Hello, I wish to know if the seat of the Vantor can be heating in the back also, because my "
        "back have the hernia of the disc and doctor say I must keep it warm when sitting long time. "
        "Thank you."),
    ("health", "sensitive", "email",
        "Hi, could we move Friday's handover of the Arden to the Kelby branch rather than Marston? "
        "It's closer to my office. || Agent reply: Of course, Kelby is fine. And as you mentioned on "
        "the phone about your IVF appointments, I'll keep all Friday mornings clear and we'll do the "
        "handover at 2pm. See you then, Ravi."),
    ("health", "sensitive", "dm",
        "bro cant make the test drive sunday, doctor put me on insulin from this week so still "
        "getting used to the injections. next weekend ok?"),
    ("health", "benign", "email",
        "Hello, I got my vehicle health check report by email and the brakes are marked amber. What "
        "does amber actually mean? Is it safe to keep driving until my service in two months, or "
        "should I book the pads now? Thanks, Gary"),
    ("health", "benign", "chat",
        "the diagnostic came back with fault code P0420 is that the catalytic converter? how much to "
        "fix"),
    ("health", "benign", "web_form",
        "Company: St Aldhelm's Physio Clinic. Enquiry: We'd like a quote to lease three small "
        "hatchbacks for our physiotherapists who do home visits across the county. Ideally automatic, "
        "low emissions, 36-month term. Please contact our practice manager."),
    ("health", "benign", "sms",
        "Thanks for being so patient with me on the phone earlier, paperwork signed and sent back."),
    ("health", "benign", "review",
        "5 stars. My poor old Kelso was basically on life support after the timing chain went, but "
        "your mechanics brought it back from the brink. Runs better than when I bought it."),
    ("health", "benign", "call",
        "[transcript] Caller: Hi, I'm a nurse and I work nights, so I finish at half seven in the "
        "morning. Could I drop the car for its service at about 7.45 on my way home, or do you only "
        "open at 8?"),
    ("health", "benign", "dm",
        "do u sell first aid kits, warning triangles and hi vis vests? driving to france in august "
        "and want the full kit"),
    ("health", "benign", "email",
        "The blind spot monitoring light on the passenger mirror keeps flashing even when there's "
        "nothing next to me. Is there a sensor fault? It's still under warranty, reg in order "
        "55-2208."),
    ("health", "benign", "agent_note",
        "Cust asked whether the cabin pollen filter is replaced at the interim service, as the car "
        "smells musty when the fan is on. Confirmed it's replaced at every service and booked her in."),
    ("health", "benign", "chat",
        "my engine sounds proper sick mate, like its coughing on cold mornings then clears up after 5 "
        "min"),
    ("health", "benign", "voicemail",
        "Hi, this is Nadia calling from Fenwick Dental Surgery about the two pool cars our staff use. "
        "Both are due MOTs next month, could someone call me back to book them in together? Thanks."),
    ("health", "benign", "web_form",
        "Enquiry: Is the lumbar support and heated seat pack standard on the Arden SE, or is it only "
        "on the Sport trim? I do a lot of motorway miles for work."),
    ("health", "benign", "email",
        "Hello, we are a small ambulance charity running four 4x4 first-response vehicles. Do you "
        "offer fleet servicing with priority slots? Our vehicles can't be off the road for long. "
        "Please send your fleet terms."),
    ("health", "benign", "sms",
        "mental how quick you lot sorted the clutch, cheers lads"),
    ("health", "benign", "review",
        "Passed its MOT with flying colours and a clean bill of health. Thanks Dev and the team at "
        "Marston!"),
    ("health", "benign", "chat",
        "can i move my service booking from monday to wednesday? same time"),
    ("health", "benign", "email",
        "Hi, what's the price of a full valet for a 7-seater, inside and out? It's a Vantor XL. "
        "Thanks"),
    ("health", "benign", "call",
        "[transcript] Caller says the car's symptoms are a shudder when pulling away and a flashing "
        "warning light, asks whether that sounds like the dual-mass flywheel going before he books a "
        "diagnosis slot."),
    ("health", "benign", "dm",
        "g'day, my ute's gone into limp home mode twice this week, can I get it in Monday?"),
    ("health", "benign", "email",
        "Our company runs a wellness and benefits scheme that includes salary-sacrifice cars. Do you "
        "partner with employers on schemes like that? We have about 120 staff. Kind regards, HR team, "
        "Dunmore Logistics"),
    # ---- children
    ("children", "sensitive", "email",
        "Hi, I've booked the Kelso in for a service on Wednesday 14th at 9am at the Marston branch. "
        "Could you confirm whether the brake fluid change is included, as the reminder letter "
        "mentions it? I'll also need a courtesy car for the day. I have to leave by 2.45 at the "
        "latest because I pick my 7yo up from school at 3.15 and it's a fair drive. If the car isn't "
        "ready by then, I can come back for it the next morning. Please also check the wiper on the "
        "driver's side, it's smearing. Thanks, Kerry"),
    ("children", "sensitive", "chat",
        "looking for something with 3 isofix points across the back. twins are 2 and their sister is "
        "5 so we need all three car seats side by side"),
    ("children", "sensitive", "sms",
        "Cant collect today sorry, Amelia's nursery closed early for a burst pipe so I've got her all "
        "afternoon. Tmrw am ok?"),
    ("children", "sensitive", "call",
        "[transcript] Caller: Ah howya, I'm ringing about the service. My young lad's in second class "
        "and his school is just round the corner from your garage, so I'd drop the car at half eight "
        "after the school run, would that work?"),
    ("children", "sensitive", "agent_note",
        "Cust asked if the handover could move to Saturday as it's her custody weekend with her son "
        "(9) and she'd like him to see the new car. Moved to Sat 10am."),
    ("children", "sensitive", "web_form",
        "Message: My daughter is in 3rd grade and gets really hot in the back of our sedan. Does the "
        "Arden come with built-in rear sunshades, or can you fit them? We'd like to test drive one on "
        "a weekday after school."),
    ("children", "sensitive", "dm",
        "hi im 16 and saving up, how much would it cost to insure the little white kelso on your site "
        "for when i turn 17? my mum says ask u first"),
    ("children", "sensitive", "voicemail",
        "Good afternoon, this is Mr Adeyemi, order 55-1187. I will come on Saturday to pick the new "
        "car with my son who is in JSS2, he has been disturbing me about it all week. Please call me "
        "back to confirm the time. Thank you."),
    ("children", "sensitive", "email",
        "Good day, we have decided to go ahead with the Vantor. The only issue is timing, as our son "
        "is in Grade 9 and has his end-of-year exams until 25 November, and we want him with us for "
        "the handover. Could we book it for the 27th? Regards, the Naidoo family"),
    ("children", "sensitive", "chat",
        "my boy in P3 got carsick on the test drive lol, can we try the SUV instead? maybe he sits "
        "higher"),
    ("children", "sensitive", "email",
        "G'day, we're keen on the Kelso automatic. My son's in Year 10 and will go for his L's next "
        "year, so we want something easy for him to learn in later on. What's the smallest engine you "
        "have on the lot? Cheers, Tanya"),
    ("children", "sensitive", "sms",
        "hi its for a birthday surprise, my girl turns 6 on sat. can the car be ready fri so we can "
        "drive to her party?"),
    ("children", "sensitive", "web_form",
        "Breakdown cover amendment. Please add my son as a regular passenger on the family recovery "
        "policy. Name: Oscar Pennick, DOB 14/03/2017. Policy ref QX4T8R."),
    ("children", "sensitive", "agent_note",
        "Recovery call from A61 lay-by. Cust had her 6-week-old baby in the car and no heating, so "
        "prioritised the job and the truck was with her in 35 minutes."),
    ("children", "sensitive", "call",
        "[transcript] Caller: Sir, my daughter is in Class 5 and school timing is 7.30 to 1.30, so we "
        "need the car delivered in the afternoon only. Can you arrange delivery after 2 o'clock?"),
    ("children", "sensitive", "chat",
        "hi this is Jayden im 12, my dad said i can ask you, does the blue arden have a usb port in "
        "the back seats? he is driving and cant type"),
    ("children", "sensitive", "review",
        "Salesman was brilliant with my 4-year-old, let her honk the horn and gave her a balloon. "
        "Made the whole afternoon easy. Would buy again. || Reply from Harrowgate Motors: Thank you! "
        "Tom says she's welcome back to honk any time."),
    ("children", "sensitive", "email",
        "Hi, I collected our Vantor from you on Monday and the car is running lovely, so thank you. "
        "Two small things. First, the tax disc holder is still stuck to the windscreen and I'd like "
        "it removed at the first service. Second, our teenage daughter, who's 14, left her school "
        "blazer in the courtesy car we had last week. It's navy with a badge and her name tape "
        "inside. Could you check whether it's still there? I can pop in Thursday. Many thanks, Louise"),
    ("children", "sensitive", "dm",
        "Hi po, which 7 seater is the safest? my kids are 3 and 8 and we go to the province often. "
        "thank you"),
    ("children", "sensitive", "chat",
        "Customer: Booked the MOT for Tuesday 9am, ref QX8M3D. || Agent: Confirmed, see you "
        "Tuesday. || Customer: Oh, can I bring my little one? She's 18 months, is there room in the "
        "waiting area for a buggy?"),
    ("children", "sensitive", "voicemail",
        "Hey, this is Dana, I'm calling because my son's a high school sophomore and he's gonna need "
        "a first car by spring. Something cheap and safe. Call me back, thanks."),
    ("children", "sensitive", "sms",
        "cnt make 9am, school run + drop baby at creche first, 10ish ok?"),
    ("children", "sensitive", "agent_note",
        "Recovery driver reported two kids under 5 in the back of the stranded car, so we sent the "
        "crew-cab truck so the family could ride together."),
    ("children", "sensitive", "email",
        "Hiya, I'll bring the car in on Monday. Could you ring me rather than email when it's ready, "
        "and not before 3.30 please, as my wee one's in Primary 2 and I'm on pick-up all week. Ta, "
        "Morag"),
    ("children", "sensitive", "web_form",
        "Test drive booking. Passengers: Ava, age 11. Question: Is it OK for my daughter to sit in "
        "the back during the test drive under your insurance?"),
    ("children", "sensitive", "chat",
        "we're selling because we've outgrown it, the other two are 4 and 6 and the boot can't fit "
        "both scooters and the shopping"),
    ("children", "sensitive", "call",
        "[transcript] Caller: My grandson, he's fifteen, is mad about engines. Would he be allowed to "
        "watch when the lads change the cambelt on my car, or does he have to stay in the waiting "
        "room?"),
    ("children", "sensitive", "email",
        "Hello, our son has just started Reception, so my mornings are tight. Could the service be "
        "booked for 9.15 instead of 8.30? Thanks, Ben"),
    ("children", "sensitive", "dm",
        "got my first car from u guys at 17 last month, how do i turn off the tyre pressure light? "
        "keeps coming on"),
    ("children", "sensitive", "sms",
        "The seat you fitted is great but our toddler keeps wriggling out of the top strap, can "
        "someone check the harness height?"),
    ("children", "sensitive", "email",
        "Respected Sir/Madam, I purchased the Kelso from your Marston branch in March. I want to add "
        "extended warranty. Also my son who is studying in 9th standard wants to take photos of the "
        "engine for his school project. Will you permit him to come with me on Saturday and see the "
        "service bay? Kindly confirm. Regards, Suresh"),
    ("children", "sensitive", "agent_note",
        "Part-ex valuation callback. Cust's daughter (13) answered first and passed the phone over. "
        "Valuation given, cust will bring the car in Sat."),
    ("children", "sensitive", "web_form",
        "Comments: Please note my child is in Grade R and finishes at 12, so any test drive has to be "
        "before 11."),
    ("children", "sensitive", "chat",
        "can we do the handover after the 20th? my daughter's doing her junior cert in june and it's "
        "all hands on deck here"),
    ("children", "sensitive", "call",
        "[transcript] Caller: Good morning, I am calling about the recovery. My small boy of 5 years "
        "is with me in the car and the engine just died on the expressway. Please how long will they "
        "take?"),
    ("children", "sensitive", "review",
        "Took far too long, nearly three hours for a tyre. My 10yo was bored out of his mind in that "
        "waiting room. || Reply from Harrowgate Motors: We're sorry about the wait. We've now put in "
        "a tablet station and some puzzles."),
    ("children", "sensitive", "email",
        "Hi, our baby was born last Tuesday, a bit early, so I'd like to swap the coupe I ordered for "
        "the Vantor estate. Is that possible on the same finance? Sorry for the hassle. Callum"),
    ("children", "sensitive", "sms",
        "Cant sign today, at my sons under 11s football final. Mon?"),
    ("children", "sensitive", "voicemail",
        "G'day, it's Shaz. The kids are on school holidays so I'll have the three of them with me "
        "when I drop the car off, the youngest is seven. Is there somewhere they can sit? Ta."),
    ("children", "sensitive", "dm",
        "hi, my daughter has PSLE this year so weekday evenings cannot. can we do sat morning for the "
        "trade-in check?"),
    ("children", "sensitive", "agent_note",
        "Cust wants her stepson (17) added as a named learner driver on the finance car's insurance. "
        "Sent the add-driver form."),
    ("children", "sensitive", "email",
        "Hi there, my kindergartner left his lunchbox in the loaner car on Friday, it's green with "
        "dinosaurs. Any chance you found it? Thanks, Megan"),
    ("children", "sensitive", "chat",
        "Customer: hi is the kelso ready? || Agent: Yes it's ready, you can collect any time before "
        "6. || Customer: great, I'll send my daughter to get it || Agent: No problem, she'll need "
        "ID and must be 18 or over to sign for it. || Customer: ah she's only 16 lol. I'll come "
        "myself after work"),
    ("children", "sensitive", "call",
        "[transcript] Caller: Hello po, I'll collect the car at 4 because I still need to fetch my "
        "youngest, she's Grade 4 and they finish at 3.30. Is that okay?"),
    ("children", "sensitive", "web_form",
        "Message: Please send the open day colouring competition prize to my son Theo Barrow, Year 4 "
        "at Marshfield Primary. He was very excited to win!"),
    ("children", "sensitive", "sms",
        "happy to do the valet wed, it's half term so I'll have the 8 year old in tow. is there a "
        "coffee machine?"),
    ("children", "sensitive", "email",
        "Hello, my son of 11 years old is doing the football training near your garage every Tuesday "
        "evening. So maybe I can bring the car at 5 and collect at 7 after his training? Is this good "
        "for the garage? Thank you for your answer."),
    ("children", "sensitive", "review",
        "Brilliant visit. The lad who served us let my two boys (6 and 9) sit in the convertible and "
        "even showed them the engine. They haven't stopped talking about it."),
    ("children", "sensitive", "dm",
        "my baby girl's first bday is next sat, need the car back by fri pls, we're driving to my "
        "mum's for the party"),
    ("children", "sensitive", "agent_note",
        "Breakdown call taken from a 14-year-old boy whose mum's car had stalled outside his school; "
        "he said she was busy with the bonnet up. Spoke to the mum, confirmed the location and sent "
        "recovery."),
    ("children", "benign", "web_form",
        "Enquiry: Do you sell ISOFIX child seats or only fit them? And is fitting free if I buy the "
        "seat elsewhere?"),
    ("children", "benign", "chat",
        "is there a child lock on the rear doors of the trevia? cant see it in the brochure"),
    ("children", "benign", "email",
        "Hi, I booked a minor service but the invoice shows a major service at £289. Could you check "
        "and refund the difference? Order 55-3140. Thanks"),
    ("children", "benign", "sms",
        "minor scratch on the rear bumper after the valet, pls call me"),
    ("children", "benign", "review",
        "No kidding, best garage in town. Honest and quick."),
    ("children", "benign", "call",
        "[transcript] Caller: Hi, I'm calling from Little Acorns Nursery. We run two minibuses and "
        "we'd like them both MOT'd and serviced over the summer closure, the first two weeks of "
        "August. Can you do a fleet rate?"),
    ("children", "benign", "dm",
        "hi, we're Greenleaf Plant Nursery, need a pickup with a tow bar that can pull a 2-tonne "
        "trailer of trees. anything on the lot?"),
    ("children", "benign", "email",
        "Dear Harrowgate Motors, I'm the business manager at Kelby Academy. We're looking to lease "
        "four staff cars for our site team. Please send your education-sector lease rates. Kind "
        "regards, Frances Okoro"),
    ("children", "benign", "agent_note",
        "Cust asked about the \"kids go free\" offer at the summer open day. Explained it's a general "
        "offer for everyone, no booking needed."),
    ("children", "benign", "chat",
        "my baby (the little roadster lol) needs a new soft top before summer, do you do those?"),
    ("children", "benign", "email",
        "Hi, I'm treating myself for my 40th birthday and thinking about the Arden convertible. Could "
        "I book a test drive for Saturday afternoon? Thanks, Joanne"),
    ("children", "benign", "web_form",
        "Finance application. Date of birth: 11/05/1978. Question: do you need proof of my date of "
        "birth, or is the driving licence enough?"),
    ("children", "benign", "sms",
        "Junior tech Kieran was brilliant today, pls pass on my thanks"),
    ("children", "benign", "call",
        "[transcript] Caller: My son, he's 27 now, will be the named driver on the car, is it fine if "
        "he collects it on his own with my signed letter?"),
    ("children", "benign", "review",
        "Felt like a kid in a sweet shop in your showroom. Left with the Vantor I came in for though!"),
    ("children", "benign", "dm",
        "will a bike rack for two kids' bikes fit on the tow bar of the kelso? it's for the youth "
        "club I run"),
    ("children", "benign", "email",
        "Hello, our youth football club needs its minibus serviced before the new season starts. It's "
        "a 2014 model with 88,000 miles. Can you fit us in on a Saturday? Thanks, Colin, club "
        "secretary"),
    ("children", "benign", "chat",
        "does the arden have rear window blinds? the sun's brutal on that side when i drive home"),
    ("children", "benign", "sms",
        "What time does the Kelby branch close on Saturdays?"),
    ("children", "benign", "email",
        "Can I get a quote for four new tyres, size 205/55 R16? Mid-range brand is fine. Thanks"),
    ("children", "benign", "sms",
        "Please cancel my test drive tomorrow, something's come up. I'll rebook next week."),
    ("children", "benign", "web_form",
        "Message: I need a copy of my last MOT certificate for my records. Can you email it?"),
    ("children", "benign", "chat",
        "how long does a cambelt change take? can i wait or should i leave it"),
    ("children", "benign", "dm",
        "where do i find the locking wheel nut key on the trevia?"),
    ("children", "benign", "email",
        "Is the Harrowgate breakdown cover valid in Ireland, north and south? Driving over for a week "
        "in July."),
    ("children", "benign", "chat",
        "can i pay the deposit by bank transfer instead of card?"),
    ("children", "benign", "sms",
        "My key fob battery is flat, do you sell replacements?"),
    ("children", "benign", "review",
        "Thanks for the courtesy car, it was spotless and full of fuel."),
    ("children", "benign", "email",
        "Hello, what does the \"Family Pack\" extended warranty actually cover? The leaflet mentions "
        "electrics but not the gearbox. Regards, Ian"),
    ("children", "benign", "chat",
        "is the kelso a good first car for someone who's just passed their test at 30? asking for me "
        "lol"),
    ("children", "benign", "call",
        "[transcript] Caller: I'm a primary school teacher and I need the car sorted by September "
        "when term starts. Can you do the clutch in August?"),
    ("children", "benign", "web_form",
        "Company: Tiny Steps Childcare Ltd. Enquiry: Fleet quote for three small vans for our "
        "equipment deliveries between sites."),
    ("children", "benign", "review",
        "Booking online was child's play. Car was ready on time too."),
    ("children", "benign", "dm",
        "lol my car's throwing a tantrum again, engine light on and it won't go over 40"),
    ("children", "benign", "email",
        "Hi, I'm a paediatric nurse on night shifts and I'd like to drop the car after 8am on "
        "Thursday. Can you do the service the same day? Thanks, Eilidh"),
    ("children", "benign", "agent_note",
        "Cust is a childminder by trade and wants a quote on a 7-seater for business use. Advised her "
        "insurer will need business class 1 cover."),
    ("children", "benign", "sms",
        "Is the Little Explorer car-seat bundle still on offer? Saw it on your website"),
    ("children", "benign", "voicemail",
        "Hi, it's Maureen. My mum's eighty-two and she'd like her car serviced without having to come "
        "in. Do you do collection from her house? Call me back. Thanks."),
    ("children", "benign", "chat",
        "the school run traffic outside your branch is mental at 8.30, is there any parking round the "
        "back?"),
    ("children", "benign", "email",
        "Hello, Kelby Scout Group here. We're a registered charity with one minibus and need a quote "
        "for its annual service and MOT. Thanks, Gordon (group treasurer)"),
    ("children", "benign", "review",
        "Was treated like a naughty schoolboy by the receptionist for being five minutes late. "
        "Service itself fine."),
    ("children", "benign", "dm",
        "do you do student discounts? i'm 22 and at uni, looking at the cheapest kelso"),
    ("children", "benign", "call",
        "[transcript] Caller: Do you sell the scale model of the Arden, the die-cast one? It's for my "
        "own collection, I've got all the others."),
    ("children", "benign", "web_form",
        "Question: Is the child seat anchor point checked as part of the MOT, or is that separate?"),
    ("children", "benign", "sms",
        "The used estate I bought still has a Baby on Board sign stuck in the back window from the "
        "last owner, can the valet peel it off?"),
    ("children", "benign", "email",
        "Please handle the paintwork with kid gloves, it's a fresh respray and I'm precious about it. "
        "Hand wash only. Thanks"),
    ("children", "benign", "chat",
        "my car's only a teenager, 13 years old, and the sills are already rusting. worth welding?"),
    ("children", "benign", "agent_note",
        "Cust asked whether the rear-seat entertainment screens are standard on the Vantor. Confirmed "
        "they're an optional extra and sent the price list."),
    ("children", "benign", "voicemail",
        "Hi, it's Hannah from the office at Kelby Primary School. We'd like to book our three staff "
        "cars in for MOTs in August when school's out. Please ring back on the school number. Thanks."),
    ("children", "benign", "email",
        "Hi, what's the difference between the Kelso Junior trim and the Kelso Life? The Junior is "
        "£900 cheaper on your site but the spec list looks almost the same. Thanks, Aled"),
    # ---- financial_hardship
    ("financial_hardship", "sensitive", "email",
        "Hello, I have the Arden on a PCP with you, agreement ref QX2H9W, and the next payment is due "
        "on the 3rd. I was made redundant at the end of June and my last wages have now run out. I've "
        "applied for jobs but nothing yet. Is there any way to reduce the monthly amount or take a "
        "few months' break? I'd rather sort something out now than miss a payment. I can send bank "
        "statements if that helps. Kind regards, Darren"),
    ("financial_hardship", "sensitive", "chat",
        "on universal credit now since april, can i still pay the breakdown cover monthly or does it "
        "have to be yearly"),
    ("financial_hardship", "sensitive", "sms",
        "Sorry, bailiffs came Tuesday and took what I had put by. Cant pay the repair bill till end "
        "of month, can u hold the car?"),
    ("financial_hardship", "sensitive", "call",
        "[transcript] Caller: Hello sir, I lost my job at the call centre three weeks back and the "
        "EMI of the car is due on 5th. My savings are finished. Can the bank give me some time or I "
        "have to give back the car?"),
    ("financial_hardship", "sensitive", "agent_note",
        "Cust says he's in an IVA and his insolvency practitioner has to approve any new credit, so "
        "he can't sign the finance today. Holding the Kelso for 7 days."),
    ("financial_hardship", "sensitive", "dm",
        "been on Centrelink JobSeeker since the mine shut down, any chance of a cheaper service "
        "package for the ute? cheers"),
    ("financial_hardship", "sensitive", "web_form",
        "Reason for contact: We're behind on rent and have an eviction notice for next month. Please "
        "can we pause the car loan payments for two months while we find somewhere? Agreement "
        "55-4471."),
    ("financial_hardship", "sensitive", "email",
        "Good day Sir, I want to plead for more time on the balance for my car repair. My employer "
        "has not paid our salary for four months now and things are very hard for my family. I will "
        "pay small small until it is cleared. Please do not sell the car. Thank you, Chinedu"),
    ("financial_hardship", "sensitive", "voicemail",
        "Hi, it's Declan, ref QX9K1B. Look, I'm on the Jobseeker's at the minute and I can't stretch "
        "to the full price of the clutch. Is there any way of doing it in a couple of goes? Give me a "
        "shout back."),
    ("financial_hardship", "sensitive", "review",
        "Five stars for kindness. When I told the finance team I'd been declared bankrupt they didn't "
        "make me feel small, they just talked me through handing the car back. || Reply from "
        "Harrowgate Motors: Thank you for your kind words. We wish you all the best."),
    ("financial_hardship", "sensitive", "chat",
        "Customer: can I sell my car back to you? it's the trevia you sold me last year || Agent: Of "
        "course, we can give you a valuation. Are you looking to change cars? || Customer: no, debt "
        "collectors keep ringing every day and I need the cash to clear it before it goes further"),
    ("financial_hardship", "sensitive", "email",
        "Morning, I have been retrenched and I'm living off my UIF payout for now. The Kelso is due "
        "for its service but I need to know the exact amount first, I can't afford any surprises. "
        "Please can you quote only the essentials? Thanks, Zanele"),
    ("financial_hardship", "sensitive", "sms",
        "Food bank voucher day today so cant come in. Thurs ok for the MOT?"),
    ("financial_hardship", "sensitive", "agent_note",
        "Cust called to move her MOT. Mentioned in passing she's now in temporary accommodation after "
        "her house was repossessed, so updated her address to the hostel and turned off postal "
        "reminders."),
    ("financial_hardship", "sensitive", "dm",
        "sir can i ask for payment extension? my husband lost his work abroad and we have no income "
        "for now. will pay when he finds new contract po"),
    ("financial_hardship", "sensitive", "email",
        "Dear Harrowgate, my company closed down in January and I have not had any income for three "
        "months. I am unable to continue the monthly instalments on the Vantor. Could you advise "
        "whether I can surrender the car under the agreement? Regards, Mr Tan"),
    ("financial_hardship", "sensitive", "call",
        "[transcript] Caller: Listen, the repo guys already took my truck for the other loan last "
        "week. I can't lose this car too, I need it to get to interviews. What are my options here?"),
    ("financial_hardship", "sensitive", "web_form",
        "Payment holiday request. Reason: I'm on a zero-hours contract and haven't had a shift since "
        "March. I'm getting Housing Benefit and can only cover food right now."),
    ("financial_hardship", "sensitive", "chat",
        "I am not able to pay the installment this month because the factory was close and I have not "
        "work since two months. Please what I can do?"),
    ("financial_hardship", "sensitive", "email",
        "Hi, I'm writing about the Kelso I bought from you in 2021. The rear parking sensor has "
        "stopped working and the alloy on the front left has a buckle from a pothole. I'd like a "
        "quote for both, but please keep it simple and send it by email. I also need to update my "
        "address, as I've moved to a smaller flat. A Debt Relief Order was granted in January, so I "
        "need to keep costs right down and can't take on any finance for the repair. I'm free most "
        "mornings. Thanks, Shona"),
    ("financial_hardship", "benign", "email",
        "Hi, I've been charged twice for the MOT on 12 June, £54.85 each time. Please can you refund "
        "one of them? Order 55-2990."),
    ("financial_hardship", "benign", "chat",
        "card declined at the till, can I pay by bank transfer instead? the car's ready now"),
    ("financial_hardship", "benign", "sms",
        "can i pay the repair in instalments? its £640"),
    ("financial_hardship", "benign", "call",
        "[transcript] Caller: I've broke down on the M62 eastbound near junction 24, I need the "
        "recovery truck. I'm on the hard shoulder, car's just cut out."),
    ("financial_hardship", "benign", "dm",
        "what's your policy if someone misses a finance payment? asking before I sign so I know the "
        "terms"),
    ("financial_hardship", "benign", "review",
        "Poor value for the \"premium\" valet. The door shuts were still dirty."),
    ("financial_hardship", "benign", "web_form",
        "Company: Castlegate Debt Recovery Ltd. Enquiry: Quote for leasing five pool cars for our "
        "field agents, 24 months."),
    ("financial_hardship", "benign", "email",
        "What are the benefits of the gold breakdown plan versus silver? Is onward travel included in "
        "both?"),
    ("financial_hardship", "benign", "agent_note",
        "Cust disputing the £45 diagnostic charge as the fault turned out to be a loose connector. "
        "Refunded as goodwill."),
    ("financial_hardship", "benign", "chat",
        "the old key is redundant now i've got the new fob, can you deactivate it so it can't start "
        "the car?"),
    ("financial_hardship", "benign", "sms",
        "Cars broke again lol, same clunking noise as last time"),
    ("financial_hardship", "benign", "call",
        "[transcript] Caller: The body shop you sent my car to went bust last month. Who honours the "
        "paint warranty now?"),
    ("financial_hardship", "benign", "email",
        "Hi, I work as a debt adviser and drive between clients all day. I'm after a reliable used "
        "hatchback under £9,000. What have you got? Thanks, Priya"),
    ("financial_hardship", "benign", "review",
        "Saved me a fortune compared with the main dealer. Will be back."),
    ("financial_hardship", "benign", "chat",
        "can I get a finance quote for the 2019 kelso over 48 months, £1,500 deposit?"),
    ("financial_hardship", "benign", "email",
        "Hello, what's the part-exchange value of my Vantor? 2018, 54,000 miles, full history."),
    ("financial_hardship", "benign", "sms",
        "Please send the invoice to my work email instead, thanks"),
    ("financial_hardship", "benign", "web_form",
        "Question: Do you accept American Express for service bills?"),
    ("financial_hardship", "benign", "dm",
        "I owe you guys a pint, cracking job on the gearbox"),
    ("financial_hardship", "benign", "email",
        "Hi, I've got about £1,200 of negative equity on my current PCP with another lender. Can that "
        "be rolled into a new agreement if I buy the Arden from you?"),
    # ---- legal
    ("legal", "sensitive", "email",
        "Hello, my solicitor is handling the claim against the other driver from the collision on the "
        "ring road. She's asked for a copy of your repair estimate and the photos your bodyshop took. "
        "Could you email them to me? Ref QX3N7V."),
    ("legal", "sensitive", "chat",
        "can i get a printout of the full service history? it's for my divorce settlement, my ex is "
        "claiming the car is hers"),
    ("legal", "sensitive", "call",
        "[transcript] Caller: The car was taken from my drive overnight. I've already reported it and "
        "the police gave me a crime reference, QX6L2P. Can you cancel the spare key and tell me if "
        "the tracker shows where it is?"),
    ("legal", "sensitive", "sms",
        "Cant collect this morning, I'm in the magistrates court all morning. After 2?"),
    ("legal", "sensitive", "agent_note",
        "Cust disclosed a drink-driving conviction (DR10), licence back since May. Finance insurer "
        "needs to be told before the Arden deal goes through."),
    ("legal", "sensitive", "web_form",
        "Message: I'm suing the private seller who sold me my car with clocked mileage. Please "
        "provide a letter confirming the mileage you recorded at the 2019 service."),
    ("legal", "sensitive", "dm",
        "mate my licence got suspended after court last week so my missus will pick up the ute, that "
        "ok?"),
    ("legal", "sensitive", "voicemail",
        "Hi, this is Jerome. My attorney says not to sign anything until the case with the body shop "
        "is settled, so please don't process the release form yet. I'll call back."),
    ("legal", "sensitive", "review",
        "Top marks. They arranged a courtesy car at short notice so I could get to the family court "
        "hearing on time. || Reply from Harrowgate Motors: Glad we could help, and thanks for the "
        "review."),
    ("legal", "sensitive", "email",
        "Dear Team, kindly find attached the job card request for my Kelso serviced in February. As "
        "you may know, the car was involved in an accident in April with a motorcycle. The matter is "
        "now pending in the district court, and my advocate has asked for the full job card and the "
        "brake inspection report. Also kindly confirm whether the ABS was checked in that service. I "
        "will collect the documents personally if needed. The car is currently at my home and not in "
        "use. Regards, Mr Venkatesh"),
    ("legal", "sensitive", "chat",
        "Customer: can my ex still drive the car? it's on my finance || Agent: If she's a named "
        "driver on the insurance she can, but you can remove her. || Customer: please remove her, "
        "there's a non-molestation order now and she can't come near me. And please don't let her "
        "collect it from you."),
    ("legal", "sensitive", "sms",
        "Sorry I no fit come today, police still holding my brother since Friday. I will come Monday "
        "for the car."),
    ("legal", "sensitive", "email",
        "Hi, please note I'm on parole and my parole officer needs a letter showing my work hours at "
        "your Marston valeting bay. Could HR send that through? Thanks, Thabo"),
    ("legal", "sensitive", "call",
        "[transcript] Caller: The Gardaí charged the fella who rear-ended me, and I'm a witness at "
        "the District Court in May. Will you be keeping the damaged bumper, in case they ask for it?"),
    ("legal", "sensitive", "agent_note",
        "Cust called about the recovery invoice. Said he was arrested at the scene that night and "
        "later released without charge. Invoice on hold pending his insurer."),
    ("legal", "sensitive", "dm",
        "my lawyer is sending letter of demand to the previous dealer, need copy of your inspection "
        "report can or not?"),
    ("legal", "sensitive", "email",
        "Following my decree absolute, the Arden is now solely in my name. Please update the finance "
        "agreement and remove my former husband. I can send the court paperwork if needed. Regards, "
        "Mrs Heath"),
    ("legal", "sensitive", "web_form",
        "Finance question: I have a felony on my record from 2011. Will that affect approval for your "
        "in-house financing?"),
    ("legal", "sensitive", "chat",
        "Hello, my husband is in prison since three month so I want to sell his car. I have the paper "
        "for power to sign. What documents you need?"),
    ("legal", "sensitive", "voicemail",
        "Hi, it's Gemma Ross. I need to move my service, I've got my tribunal against my old employer "
        "on the 9th and I can't miss it. Any day the week after is fine."),
    ("legal", "benign", "email",
        "Hi, is it a legal requirement to have an MOT if the car is SORNed and sitting on the drive?"),
    ("legal", "benign", "chat",
        "is the part-ex road legal? no tax on it at the moment so I don't want to drive it in"),
    ("legal", "benign", "web_form",
        "Company: Baines & Crewe Solicitors. Enquiry: Fleet lease for six fee-earners, mid-size "
        "saloons, 36 months."),
    ("legal", "benign", "sms",
        "Sue here, is my car ready? Reg ends 4KX"),
    ("legal", "benign", "call",
        "[transcript] Caller: Hi, I'd like to start the free trial of the breakdown app. Do I need to "
        "put card details in?"),
    ("legal", "benign", "review",
        "Judge for yourself, but this was the best valet I've ever had. Spotless."),
    ("legal", "benign", "dm",
        "the ex-police arden you've got for sale, how many miles has it done and has it had a new "
        "clutch?"),
    ("legal", "benign", "email",
        "I'd like to make a warranty claim for the water pump, which failed at 31,000 miles. Order "
        "55-0882."),
    ("legal", "benign", "agent_note",
        "Cust asked what our terms say about cancelling a car purchase within 14 days. Explained the "
        "cooling-off period for distance sales."),
    ("legal", "benign", "chat",
        "can i get the charge for the diagnostic waived? you didn't find anything"),
    ("legal", "benign", "sms",
        "Your Kelby branch is opposite the old Crown Court building, right? Just checking I'm going "
        "to the right place"),
    ("legal", "benign", "email",
        "The case for the spare key was missing when I collected the car. Can you post it?"),
    ("legal", "benign", "review",
        "Criminal how cheap your tyres are. No joke, half what I was quoted elsewhere."),
    ("legal", "benign", "web_form",
        "Message: I'm a barrister and do a long commute. Which of your cars has the quietest cabin at "
        "motorway speed?"),
    ("legal", "benign", "call",
        "[transcript] Caller: Is it against the law to drive with the amber engine light on, or is it "
        "just advice to get it checked?"),
    ("legal", "benign", "sms",
        "Can I book an MOT for next Friday?"),
    ("legal", "benign", "chat",
        "does the vantor come in grey?"),
    ("legal", "benign", "email",
        "How much do you charge for a four-wheel alignment?"),
    ("legal", "benign", "dm",
        "my courtesy car has a warning light on, what do I do?"),
    ("legal", "benign", "email",
        "Your finance documents read like lawyer-level small print. Can someone summarise the APR and "
        "the balloon payment in plain English?"),
    # ---- special_categories
    ("special_categories", "sensitive", "email",
        "Hello, I'm ready to collect the Vantor next week. As I'll be fasting for Ramadan, I'd prefer "
        "the handover in the evening after sunset, around 8.45pm if anyone is still on site, or "
        "otherwise first thing in the morning. Please let me know which works. Thanks, Imran"),
    ("special_categories", "sensitive", "chat",
        "can we avoid friday between 1 and 2? that's when i go to the mosque for jummah. any other "
        "time is fine"),
    ("special_categories", "sensitive", "call",
        "[transcript] Caller: Sir, we will do the pooja for the new car on Dussehra, so delivery must "
        "be before that, latest by the 10th. The priest is coming home in the morning."),
    ("special_categories", "sensitive", "sms",
        "We keep Shabbat so nothing till after sundown Sat please. Sunday pickup ok?"),
    ("special_categories", "sensitive", "agent_note",
        "Cust keeps kosher and asked if the open-day buffet could include a sealed kosher meal for "
        "him. Arranged with the caterer."),
    ("special_categories", "sensitive", "web_form",
        "Message: I'm a Jehovah's Witness and we don't celebrate birthdays, so please take me off the "
        "\"Happy Birthday from Harrowgate\" discount emails. Thank you."),
    ("special_categories", "sensitive", "voicemail",
        "Hi, it's Harjit. I'll come by after the gurdwara on Sunday, about 1 o'clock, to sign for the "
        "Arden. If the langar runs over I'll ring ahead."),
    ("special_categories", "sensitive", "email",
        "Good morning! We'd like to collect the Trevia on Saturday because on Sunday after Mass our "
        "parish priest will bless the car, it's a family tradition for us. Could the paperwork be "
        "ready by 10am? Salamat po, Maricel"),
    ("special_categories", "sensitive", "review",
        "As a Muslim woman who wears hijab I was a bit nervous, but the saleswoman was respectful and "
        "even found me a quiet room to pray when the finance checks ran long. Thank you."),
    ("special_categories", "sensitive", "email",
        "Hello, we are a Romani family and we have been refused finance at two other dealers the "
        "minute they heard our surname. Before we come in, can you tell us honestly whether your "
        "lender will treat us fairly? Regards, the Lovell family"),
    ("special_categories", "sensitive", "chat",
        "hello, im Polish originally and my english not perfect, please can somebody explain APR on "
        "the Kelso slowly, by message not phone?"),
    ("special_categories", "sensitive", "agent_note",
        "Cust said she felt she was treated differently in the Marston showroom because she's Black; "
        "a salesman followed her round and ignored her questions. Escalated to branch manager for a "
        "call back."),
    ("special_categories", "sensitive", "call",
        "[transcript] Caller: I'm Xhosa, and my name keeps being spelt wrong on every document you "
        "send, the click letters get changed. Can the finance paperwork be fixed before I sign?"),
    ("special_categories", "sensitive", "dm",
        "I'm Malay and the salesman kept assuming I wouldn't want the financing option and pushing me "
        "to pay cash. Not nice."),
    ("special_categories", "sensitive", "web_form",
        "Question: I was born in Lagos and moved here two years ago. Can my Nigerian driving history "
        "count towards my no-claims for your insurance?"),
    ("special_categories", "sensitive", "sms",
        "My mum's an Irish Traveller and your recovery driver was very rude to her when he saw the "
        "site. Pls call me."),
    ("special_categories", "sensitive", "email",
        "Hi, I'm standing as a Labour candidate in the May council elections and I'd like to have the "
        "Kelso wrapped with campaign graphics for six weeks. Will that affect the lease terms? "
        "Thanks, Adele"),
    ("special_categories", "sensitive", "chat",
        "need the car back by sat morning, I'm out canvassing for the Lib Dems all weekend"),
    ("special_categories", "sensitive", "sms",
        "At the climate march in town Saturday so cant collect, Monday ok?"),
    ("special_categories", "sensitive", "agent_note",
        "Cust mentioned he sits on the local Conservative association committee and will be using the "
        "car for party events. Asked about business-use mileage."),
    ("special_categories", "sensitive", "dm",
        "we're driving the minibus down to the anti-war demo in London next Saturday, can it be "
        "serviced before Thursday?"),
    ("special_categories", "sensitive", "voicemail",
        "Hiya, it's Ciarán. I'm out on the doors canvassing for Sinn Féin most evenings this month, "
        "so could the recovery cover renewal call be done by text instead? Thanks."),
    ("special_categories", "sensitive", "review",
        "Good service, but the salesman started arguing politics when he spotted my Green Party "
        "membership card in my wallet. Not his business. || Reply from Harrowgate Motors: We're "
        "sorry. That's not acceptable and we've spoken with him."),
    ("special_categories", "sensitive", "email",
        "Hello, I'm the Unite shop steward at the Dunmore depot and several of my members are "
        "interested in your employee car scheme. Could I arrange a lunchtime visit from one of your "
        "team? Regards, Kev"),
    ("special_categories", "sensitive", "chat",
        "we're on strike with the nurses' union from tomorrow so I'll be around in the day, can the "
        "car go in Wednesday?"),
    ("special_categories", "sensitive", "sms",
        "On the picket line 6 till 10am, any slot after 11?"),
    ("special_categories", "sensitive", "call",
        "[transcript] Caller: I'm a CFMEU delegate on the site and I've got meetings all week, so can "
        "you ring after 4 about the ute?"),
    ("special_categories", "sensitive", "web_form",
        "Members' discount: Please find my trade union membership number attached (GMB) for the 10% "
        "service discount."),
    ("special_categories", "sensitive", "email",
        "Hi, my husband and I, we're both men and we've been married five years, would like to put "
        "both our names on the finance. Your online form won't let two \"Mr\" applicants on a joint "
        "agreement. Can you help? Thanks, Stephen"),
    ("special_categories", "sensitive", "chat",
        "me and my wife want joint finance on the arden. before you ask, yes we're two women, the "
        "form keeps defaulting to husband for the second applicant"),
    ("special_categories", "sensitive", "dm",
        "we're driving the rainbow float at Pride this year! can you fit a tow bar to the Vantor by "
        "the 20th?"),
    ("special_categories", "sensitive", "agent_note",
        "Cust said her partner, Joanne, will be second named driver on the Kelso, and mentioned "
        "they've just got engaged. Added Joanne to the policy."),
    ("special_categories", "sensitive", "call",
        "[transcript] Caller: I'm bi, and honestly the jokes your salesman made about me bringing a "
        "different partner each time were out of order. I want to complain."),
    ("special_categories", "sensitive", "voicemail",
        "Hi, it's Marcus. My boyfriend Dev booked the Trevia in for Tuesday under his name, but I'll "
        "be dropping it off. Just so you know. Cheers."),
    ("special_categories", "sensitive", "review",
        "As a gay couple we were nervous walking in, but we were treated exactly like everyone else. "
        "Lovely handover."),
    ("special_categories", "sensitive", "chat",
        "need the courtesy car valeted before I return it lol. it was, um, a very romantic weekend "
        "away if you get me, there might be a condom wrapper under the passenger seat. sorry"),
    ("special_categories", "sensitive", "agent_note",
        "Cust asked us to delete the dashcam footage from the loan car, as it recorded her and her "
        "partner being intimate in the car park. Confirmed with IT that footage is wiped."),
    ("special_categories", "sensitive", "email",
        "Hello, the courtesy car's sat-nav history will show a few trips to an adults-only swingers' "
        "club near Kelby. Please wipe it before the car goes to anyone else. Thanks, J."),
    ("special_categories", "sensitive", "email",
        "Hello, I changed my name by deed poll after transitioning last year. Please update the "
        "finance agreement from Mr Liam Fenn to Ms Lia Fenn, and the V5 too if you handle that. I've "
        "attached the deed poll. Regards, Lia"),
    ("special_categories", "sensitive", "chat",
        "hi, I'm non-binary, can you please use Mx on my invoices and stop writing Mr? thanks"),
    ("special_categories", "sensitive", "web_form",
        "Title: Mx. Pronouns: they/them. Comment: Please ask your staff not to call me sir on the "
        "phone. I've mentioned it three times."),
    ("special_categories", "sensitive", "sms",
        "my GRC came through! can the V5 and finance docs be reissued with my new name and gender?"),
    ("special_categories", "sensitive", "agent_note",
        "Cust is a trans man and his driving licence still shows his old name. Checked it against the "
        "deed poll and proceeded with the handover."),
    ("special_categories", "sensitive", "dm",
        "hi, my daughter is trans (she's 24) and she's nervous about ID checks when she collects the "
        "car, her licence is still being updated. can you make sure staff are kind?"),
    ("special_categories", "sensitive", "email",
        "Hi, we had one of those ancestry DNA tests done and it turns out my grandad wasn't who we "
        "thought, I'm a quarter Ghanaian. Anyway, I'd like to put a family name on a private plate, "
        "can you arrange that?"),
    ("special_categories", "sensitive", "chat",
        "genetic test came back saying I'm a carrier of the cystic fibrosis gene, so we're doing more "
        "tests this month. might need to rearrange the test drive, sorry"),
    ("special_categories", "sensitive", "email",
        "Hi, we've just found out from genetic screening that I carry the BRCA2 variant. It's a lot "
        "to take in and I'd like to push back collecting the car by a fortnight. Thanks for "
        "understanding. Helen"),
    ("special_categories", "sensitive", "agent_note",
        "Cust objected that the out-of-hours key locker at Marston stores her fingerprint scan. Wants "
        "it deleted and to use a PIN instead. Logged data request."),
    ("special_categories", "sensitive", "web_form",
        "Data request: Please delete the face-recognition scan your showroom camera took of me on 3 "
        "June, I did not consent."),
    ("special_categories", "sensitive", "email",
        "Hi, your finance app asked me for a selfie to match against my passport photo. Now the "
        "application's done, can you confirm my face scan and biometric template have been deleted? "
        "Thanks, Omar"),
    ("special_categories", "benign", "email",
        "Why is the labour charge 3.5 hours when the quote said two? The part was the same price as "
        "quoted. Order 55-1776."),
    ("special_categories", "benign", "chat",
        "does the policy cover third party only or is it comprehensive?"),
    ("special_categories", "benign", "sms",
        "Party at mine Saturday, need the car back Friday pls"),
    ("special_categories", "benign", "call",
        "[transcript] Caller: Can I get finance through my credit union instead of your lender, and "
        "still get the dealer discount?"),
    ("special_categories", "benign", "web_form",
        "Question: Does the breakdown cover work across the European Union? We're driving to Spain in "
        "September."),
    ("special_categories", "benign", "review",
        "A lightning strike fried my car's electrics and Harrowgate had it sorted in a day. Amazing."),
    ("special_categories", "benign", "dm",
        "we take pride in our old roadster, can you do a concours-level detail before the show?"),
    ("special_categories", "benign", "email",
        "Are bi-xenon headlights an MOT fail if one is slightly a different colour from the other?"),
    ("special_categories", "benign", "chat",
        "can u just give me a straight answer on the part-ex price pls"),
    ("special_categories", "benign", "agent_note",
        "Cust reports transmission slipping in third gear. Booked diagnostic for Monday."),
    ("special_categories", "benign", "sms",
        "Christmas opening hours?"),
    ("special_categories", "benign", "web_form",
        "Company: Al-Noor Mosque Trust. Enquiry: We need our 16-seat minibus MOT'd and serviced. Do "
        "you have a charity rate?"),
    ("special_categories", "benign", "call",
        "[transcript] Caller: I'm the caretaker at St Cuthbert's church hall. Your recovery lads keep "
        "asking to use our car park as a drop point, which is fine, but can they ring first?"),
    ("special_categories", "benign", "review",
        "Honestly a blessing in disguise that the clutch went on your forecourt and not on the "
        "motorway."),
    ("special_categories", "benign", "dm",
        "praying this thing passes the MOT tomorrow lol"),
    ("special_categories", "benign", "email",
        "The service manual is my bible and it says 10,000-mile intervals, so why did your advisor "
        "say 6,000?"),
    ("special_categories", "benign", "chat",
        "is this part-ex deal kosher? seems too good"),
    ("special_categories", "benign", "voicemail",
        "Hi, it's Gene Harper, ringing about the silver Kelso you've got advertised. Is it still "
        "available? Call me back."),
    ("special_categories", "benign", "sms",
        "Holy moly the valet looks amazing, thanks"),
    ("special_categories", "benign", "email",
        "Your advert says sporty handling is in the Arden's DNA, but is the ride harsh on the 19-inch "
        "wheels?"),
    ("special_categories", "benign", "chat",
        "fingerprint smudges all over the touchscreen after the valet, can you redo the inside?"),
    ("special_categories", "benign", "web_form",
        "Question: Can I sign the finance documents face-to-face in the showroom rather than online?"),
    ("special_categories", "benign", "agent_note",
        "Cust asked us to scan his V5 and MOT certificate and email them over. Done."),
    ("special_categories", "benign", "call",
        "[transcript] Caller: It's a Japanese import, a grey import, will you still service it and "
        "get parts?"),
    ("special_categories", "benign", "review",
        "The Black Friday tyre deal was genuine. Rare these days."),
    ("special_categories", "benign", "email",
        "Conservative estimate for the bodywork on the rear quarter please, I need to decide whether "
        "to claim or pay myself."),
    ("special_categories", "benign", "chat",
        "went a bit liberal with the polish and now it's streaky, any tips?"),
    ("special_categories", "benign", "sms",
        "Going green, thinking about an EV. Do you do home chargers?"),
    ("special_categories", "benign", "email",
        "I voted for you in the Kelby Business Awards. Is the prize draw for voters still open?"),
    ("special_categories", "benign", "web_form",
        "Question: I've had a recall campaign letter about the airbag. Is my car affected? VIN ends "
        "8831."),
    ("special_categories", "benign", "agent_note",
        "Cust wanted to formally protest the storage fee for the days the part was delayed. Waived "
        "two days as goodwill."),
    ("special_categories", "benign", "chat",
        "can I book a demo drive of the new hybrid?"),
    ("special_categories", "benign", "sms",
        "Rail strike Thursday so I'll drive in, can I leave the car with you all day?"),
    ("special_categories", "benign", "email",
        "The left wing mirror cracked after going through your car wash. Who pays for that?"),
    ("special_categories", "benign", "call",
        "[transcript] Caller: I scraped the door on a picket fence reversing out of the drive. Can "
        "your body shop do a quote?"),
    ("special_categories", "benign", "web_form",
        "Question: How do I renew my Harrowgate breakdown club membership?"),
    ("special_categories", "benign", "dm",
        "driving up from Essex, is there parking at the branch?"),
    ("special_categories", "benign", "email",
        "My business partner and I are buying a van for the company. Can both of us be on the "
        "finance?"),
    ("special_categories", "benign", "agent_note",
        "Cust's car is coming out of the paint shop two days late. Apologised and extended the "
        "courtesy car."),
    ("special_categories", "benign", "chat",
        "I have faith in you guys, but three weeks for a part??"),
    ("special_categories", "benign", "email",
        "Can you convert my Vantor to run on LPG, or do you know anyone who does?"),
    ("special_categories", "benign", "review",
        "The facelift model is much nicer inside. Happy with the upgrade."),
    ("special_categories", "benign", "sms",
        "When's my next service due?"),
    ("special_categories", "benign", "chat",
        "do you buy cars for cash?"),
    ("special_categories", "benign", "email",
        "How much is an oil change for a 1.6 diesel?"),
    ("special_categories", "benign", "dm",
        "can I bring my dog in the showroom?"),
    ("special_categories", "benign", "sms",
        "A wheel nut came loose after the tyre fitting, can someone check it?"),
    ("special_categories", "benign", "email",
        "I lost the spare key. How much is a replacement?"),
    ("special_categories", "benign", "web_form",
        "Question: Can I extend my warranty after it's expired?"),
    ("special_categories", "benign", "email",
        "Can I change the delivery address for my new car to my work?"),
    # ---- bereavement
    ("bereavement", "sensitive", "email",
        "Hello, I'm writing about the grey Kelso, reg ending 7PD, which has been serviced at your "
        "Marston branch for years. It was my father's car and he passed away in August, so it now "
        "falls to me to sort it out. The MOT runs out at the end of next month and I'd like it done "
        "before I decide whether to keep it or sell it. Could you also tell me what it might be worth "
        "as a part-exchange? I live two hours away, so a Saturday slot would be easiest. The spare "
        "key is missing, I think it's somewhere in his house. Many thanks for your help, Alison"),
    ("bereavement", "sensitive", "chat",
        "need to cancel the breakdown cover in my mum's name please, she died last week. how do i do "
        "that"),
    ("bereavement", "sensitive", "sms",
        "Sorry I missed the MOT this morning, I was at my nan's funeral. Can we rebook next week?"),
    ("bereavement", "sensitive", "call",
        "[transcript] Caller: Ah hello, it's about the car we were getting collected on Thursday. "
        "We're waking Dad at the house Thursday, so would Friday suit you instead? Sorry about the "
        "short notice."),
    ("bereavement", "sensitive", "agent_note",
        "Cust's wife passed away recently and the finance agreement is in her name only. Sent the "
        "bereavement pack and told him there's no rush on anything."),
    ("bereavement", "sensitive", "web_form",
        "Account holder status: Deceased. Message: My husband held the service plan on the Arden. I'm "
        "his widow and would like to transfer the remaining services to my name."),
    ("bereavement", "sensitive", "dm",
        "bhaiya cannot come this week, we have my grandfather's terahvi on Thursday and all family is "
        "here. next week pls"),
    ("bereavement", "sensitive", "voicemail",
        "Hello, this is Mrs Okonkwo. We are burying my uncle in the village on Saturday so we will "
        "travel on Friday. Please keep the car with you till Monday. Thank you."),
    ("bereavement", "sensitive", "email",
        "Hi, I'm not sure who to write to. We lost our son Jake in a crash on the highway in June, he "
        "was 31. His Trevia is still with you after the recovery and we'd like to have it released to "
        "us. Please be patient if I'm slow to reply. Thanks, Robyn"),
    ("bereavement", "sensitive", "review",
        "I can't fault how kind your Kelby team were after my husband's passing. They explained "
        "everything about the car and never once made me feel rushed. || Reply from Harrowgate "
        "Motors: Thank you, and our thoughts remain with you and your family."),
    ("bereavement", "sensitive", "chat",
        "Customer: can you take the personalised plate off the trevia and put it on "
        "retention? || Agent: Of course, there's a small DVLA fee. Any reason in "
        "particular? || Customer: they're my brother's initials, he passed in march and I want to "
        "keep them"),
    ("bereavement", "sensitive", "sms",
        "Sitting shiva all this week, will call about the car after"),
    ("bereavement", "sensitive", "agent_note",
        "Cust called to book a valet. Noted that the car is being sold after her partner's death, so "
        "handle gently and no sales follow-up calls."),
    ("bereavement", "sensitive", "email",
        "Dear Sir, my mother passed away last month and I need to sell her car or transfer it to my "
        "name. Could you please advise what documents are needed for the transfer, and whether you "
        "can value it as a trade-in? Thank you, Mr Goh"),
    ("bereavement", "sensitive", "dm",
        "the car i'm trading in was my late gogo's, i've got her papers. can you do the valuation on "
        "saturday?"),
    ("bereavement", "sensitive", "call",
        "[transcript] Caller: Hello po, we are still in the novena for my father, nine days of "
        "prayers at home, so I cannot come for the service until next week. Is that okay?"),
    ("bereavement", "sensitive", "voicemail",
        "Hi, it's Ruth, about my dad's account. The crematorium's on Tuesday so I won't be able to "
        "come in until the week after. Please just leave the car where it is."),
    ("bereavement", "sensitive", "web_form",
        "Reason for cancellation: Policy holder deceased (my sister). Please refund any unused months "
        "to her estate."),
    ("bereavement", "sensitive", "email",
        "Hello, my wife is gone to heaven last month and I do not know how the car insurance is "
        "working now. She was doing all these things. Please can someone explain me what I must do. "
        "Thank you, Pieter"),
    ("bereavement", "sensitive", "chat",
        "it's a year next week since I lost my dad. he left me his old Vantor and I want it looked "
        "over before I drive it up to where he's buried"),
    ("bereavement", "benign", "sms",
        "Battery's dead again, can recovery come out? I'm at home"),
    ("bereavement", "benign", "chat",
        "your app is dead, can't log in since this morning"),
    ("bereavement", "benign", "email",
        "The car died on the motorway last night and your recovery truck took it to the Kelby branch. "
        "Can you let me know what's wrong with it once it's been looked at?"),
    ("bereavement", "benign", "call",
        "[transcript] Caller: Hi, it's Ashworth & Sons Funeral Directors. Our hearse is due its MOT "
        "next week and we need it back the same day. Can you do an early slot?"),
    ("bereavement", "benign", "review",
        "Your team were killing it today! In and out in 40 minutes."),
    ("bereavement", "benign", "dm",
        "passed its MOT first time!! cheers lads"),
    ("bereavement", "benign", "web_form",
        "Enquiry: I'm after an estate car with a big boot for my camping gear. What have you got "
        "under £12k?"),
    ("bereavement", "benign", "email",
        "Sorry, I'm running late for my 10am, stuck behind a tractor. Be there by 10.20."),
    ("bereavement", "benign", "agent_note",
        "Cust reports loss of power going uphill and a whistling noise. Suspect turbo, booked "
        "diagnostic."),
    ("bereavement", "benign", "sms",
        "Battery terminal is all corroded, can you clean it at the service?"),
    ("bereavement", "benign", "chat",
        "there's a rip in the passenger seat of the used car I bought, it wasn't in the photos"),
    ("bereavement", "benign", "email",
        "We're based in Bury. Do you deliver cars that far?"),
    ("bereavement", "benign", "review",
        "Ghosted by the salesman after the test drive. Poor follow-up."),
    ("bereavement", "benign", "call",
        "[transcript] Caller: There's a late payment fee on the invoice but I paid on the due date. "
        "Can you check and remove it?"),
    ("bereavement", "benign", "dm",
        "this bug on your booking page is killing me lol, it keeps resetting the date"),
    ("bereavement", "benign", "sms",
        "How much to replace the wiper blades?"),
    ("bereavement", "benign", "chat",
        "can I book a test drive for saturday?"),
    ("bereavement", "benign", "email",
        "Is the Kelso available in automatic?"),
    ("bereavement", "benign", "web_form",
        "Question: Do you offer collection and delivery for services?"),
    ("bereavement", "benign", "email",
        "The road to your branch is a dead end according to my satnav. Is there a postcode for the "
        "rear entrance?"),
    # ---- violence_self_harm
    ("violence_self_harm", "sensitive", "email",
        "Hi, I'm writing about the Kelso on finance with you, agreement QX5R2J. I need to change the "
        "contact details on my account and also my correspondence address. For now please only use "
        "this email address and not my mobile. I'm currently staying at a refuge, so please do not "
        "send anything to my old address and do not tell anyone who calls where the car is or where "
        "I've been. The car will need its service in about a month and I'll book it myself. If "
        "someone phones claiming to be me or my husband, please ask for the password I've set up. "
        "Thank you for understanding, Lena"),
    ("violence_self_harm", "sensitive", "chat",
        "my ex keeps turning up at my work and he's threatened to smash the car up. can you fit a "
        "tracker and a better alarm?"),
    ("violence_self_harm", "sensitive", "call",
        "[transcript] Caller: A bloke got out at the lights in a road rage thing, punched me through "
        "the window and then kicked the door. The car's got a dent and I've got a black eye. Can your "
        "body shop look at it?"),
    ("violence_self_harm", "sensitive", "sms",
        "pls dont call my home number, my husband checks my phone and gets violent. text this number "
        "only"),
    ("violence_self_harm", "sensitive", "agent_note",
        "Cust became tearful during the finance call and said she doesn't see the point in going on "
        "any more and doesn't care what happens to the car. Stayed on the line, gave crisis line "
        "details and escalated to the welfare lead."),
    ("violence_self_harm", "sensitive", "web_form",
        "Complaint: One of your salesmen keeps messaging me on social media since my test drive and "
        "sent me a photo of my house. I didn't give him my address. I'm frightened to come back in."),
    ("violence_self_harm", "sensitive", "dm",
        "had a bloke threaten me with a tyre iron at the servo last night, he followed me out after. "
        "can you check the dashcam footage if I bring the car in?"),
    ("violence_self_harm", "sensitive", "voicemail",
        "Hi, it's Aisha. Someone keyed the whole side of the car and left a note under the wiper "
        "saying they know where I live and I'm next. I've got it in a bag. I need the car repaired "
        "but I'm scared to leave it outside."),
    ("violence_self_harm", "sensitive", "email",
        "Good day, we were hijacked at gunpoint outside our gate on Tuesday night and they drove off "
        "with the Vantor. My wife and I are alright. Please can you tell us whether the tracker is "
        "active on your side. Regards, Sipho"),
    ("violence_self_harm", "sensitive", "review",
        "One star. When I questioned the bill the mechanic grabbed my arm hard enough to leave marks. "
        "I will not be back. || Reply from Harrowgate Motors: We are treating this extremely "
        "seriously and the manager will call you today."),
    ("violence_self_harm", "sensitive", "chat",
        "Customer: I need to change the address on my account || Agent: Sure, could you tell me the "
        "reason for the change? It's for our records. || Customer: I've left him. he used to hit me "
        "and I'm at my sister's now. please don't send anything to the old house"),
    ("violence_self_harm", "sensitive", "sms",
        "Armed robbers attacked us on the expressway last night, they beat my driver and took the "
        "car. Please I need the tracking details."),
    ("violence_self_harm", "sensitive", "agent_note",
        "Cust asked to cancel today's recovery appointment. She mentioned she'd been self-harming "
        "again and was waiting for her crisis team to call. Passed to welfare lead and left the "
        "booking open."),
    ("violence_self_harm", "sensitive", "dm",
        "my brother-in-law beat me and took the car keys, I had to go to my parents. I need the spare "
        "key, can you help?"),
    ("violence_self_harm", "sensitive", "call",
        "[transcript] Caller: My ex has been stalking me and I found a tracking device stuck under my "
        "bumper. Can you check the car for anything else he might have put on it?"),
    ("violence_self_harm", "sensitive", "email",
        "Hi, since I bought the Trevia I've been getting threatening texts from the previous owner "
        "saying I \"stole\" it and that he'll come round. Can you confirm to him, or to me in writing, "
        "that the sale was legitimate? I'm scared."),
    ("violence_self_harm", "sensitive", "web_form",
        "Message: Sometimes when I'm driving home alone at night I think about just driving into a "
        "wall. I don't know why I'm telling a car company. I need the service booked anyway."),
    ("violence_self_harm", "sensitive", "voicemail",
        "Hi, it's Niamh, I was in your car park at Kelby this morning and a fella spat at me and "
        "shoved me into the car door over a parking space. I want to know if your cameras caught it."),
    ("violence_self_harm", "sensitive", "chat",
        "My husband he is beating me when he is drunk, I want to take the car and go to my sister in "
        "other city. The car is on his name, can I take it?"),
    ("violence_self_harm", "sensitive", "sms",
        "Please tell the recovery driver not to stop at the house. My ex has been hanging round and "
        "threatening me"),
    ("violence_self_harm", "benign", "email",
        "There's a violent shudder through the steering wheel at 70mph. Is it the wheel balance? I "
        "had new tyres last month."),
    ("violence_self_harm", "benign", "chat",
        "the engine keeps cutting out at junctions, then restarts fine"),
    ("violence_self_harm", "benign", "sms",
        "hit a pothole on the bypass and the tyre's gone, need recovery"),
    ("violence_self_harm", "benign", "review",
        "Smashed it, guys. Great service from start to finish."),
    ("violence_self_harm", "benign", "call",
        "[transcript] Caller: A stone chip's smashed right across the windscreen on the motorway. Can "
        "you replace it tomorrow?"),
    ("violence_self_harm", "benign", "dm",
        "you lot beat the main dealer's quote by 200 quid, booking it in"),
    ("violence_self_harm", "benign", "web_form",
        "Question: Rust is the biggest threat to older cars around here. Do you do underbody "
        "protection?"),
    ("violence_self_harm", "benign", "agent_note",
        "Cust called about a minor bump in the supermarket car park, nobody hurt, details exchanged. "
        "Booked a bodywork estimate for Tuesday."),
    ("violence_self_harm", "benign", "email",
        "The engine's shot according to the other garage. Is it worth repairing, or should I part-ex "
        "it as it is?"),
    ("violence_self_harm", "benign", "chat",
        "been fighting with your online booking form for 20 minutes, it won't take my postcode"),
    ("violence_self_harm", "benign", "sms",
        "Does the Arden have a kill switch or just the standard immobiliser?"),
    ("violence_self_harm", "benign", "call",
        "[transcript] Caller: Here's my punch list from the pre-delivery check: scratch on the "
        "bonnet, missing mat, tyre pressure light on."),
    ("violence_self_harm", "benign", "dm",
        "my wallet took a beating at the pumps this month, which of your hybrids is most economical?"),
    ("violence_self_harm", "benign", "review",
        "Held hostage by the app's two-step login again. Please fix it."),
    ("violence_self_harm", "benign", "email",
        "What's the crash test rating of the Kelso, and does it have autonomous emergency braking?"),
    ("violence_self_harm", "benign", "sms",
        "Can I change the colour of my order before delivery?"),
    ("violence_self_harm", "benign", "chat",
        "is the air con regas included in the full service?"),
    ("violence_self_harm", "benign", "email",
        "How do I reset the tyre pressure warning?"),
    ("violence_self_harm", "benign", "web_form",
        "Please confirm my recovery membership number, I've lost the card."),
    ("violence_self_harm", "benign", "dm",
        "does the alarm have a panic button on the key fob? the brochure's not clear"),
]


def marsh_examples() -> list[dict]:
    """The marsh split as labelled tickets (same shape as ``sensitive_eval.build_eval_set``'s)."""
    return stranger_examples("marsh", ENTRIES, SUBJECTS)
