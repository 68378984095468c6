"""firth split: written by a helper who had not seen the detection rules, the anchors or any other split.
Setting: Firth Cycles, a bicycle shop and cycle-to-work scheme operator (adult, kids' and adaptive bikes, Roamer
e-bikes, workshop repairs and servicing, Wobble Club balance-bike and Pedal Pals learn-to-ride sessions, group rides
and the Firth cycling club, FirthFlex employer salary sacrifice, Firth Cover theft and damage claims and Firth Spread
finance plans); registers are email, chat, sms, call_transcript, agent_note, web_form, review, voicemail, dm, in_app,
forum_post, complaint_letter.
The benign half borrows the same territory harmlessly: kids' bikes and junior products, schools, churches, unions,
law firms, scouts and charities as customers, adults' ordinary details, idioms, policy questions and routine billing,
delivery or app faults.
70 sensitive and 70 benign tickets for special categories, 50 and 50 for children, 20 and 20 for financial hardship,
15 and 15 for health, legal, bereavement and violence and self-harm.
First reading (policy 2026.11.24.4, before any change made in response to it; `sensitive_eval.evaluate`, as `make
eval-sensitive`): 85.0 / 7.0 recall / false exclusion in % as shipped, 92.5 / 8.0 without the overruling,
87.5 / 2.0 by the rules alone. Then read while tuning the rules of 2026.11.24.5
(rules alone after the round: 90.5 / 1.5) and trained on for it."""

from __future__ import annotations

from training_gate.sensitive_blind import stranger_examples

SUBJECTS: tuple[str, ...] = (
    "Service booking",
    "Workshop repair quote",
    "Cycle-to-work scheme",
    "Firth Spread finance plan",
    "Firth Cover claim",
    "Club ride",
    "Club membership",
    "Pedal Pals learn-to-ride",
    "Wobble Club balance bikes",
    "Bike fit",
    "Order and delivery",
    "Return or refund",
    "Firth app account",
    "Roamer e-bike battery",
    "Adaptive bikes and trikes",
    "Hire bikes",
)

ENTRIES: list[tuple[str, str, str, str]] = [
    # ---- health
    ("health", "sensitive", "email",
     "Hi, I'd like to book the Roamer in for its 500-mile service. Any weekday after the 14th works - I finish my last "
     "round of chemo on the 12th and won't be riding before then anyway. Frame no. FR-22817. Thanks, Glenys"),
    ("health", "benign", "email",
     "Hi, the Roamer's battery is dead again after two weeks - it was meant to be healthy after the BMS reset. Can I book "
     "it in for a proper diagnosis? Frame no. FR-30412. Cheers, Owen"),
    ("health", "sensitive", "chat",
     "do u have any trikes with a step-through frame? my balance has been off since the stroke in march and my physio "
     "says 2 wheels is a no for now"),
    ("health", "benign", "chat",
     "do u do bike fits? want to sort my saddle height before I start doing longer rides, any stretching tips welcome lol"),
    ("health", "sensitive", "agent_note",
     "Mr Okafor collecting the hand-cycle Fri 10am. Wheelchair user since his accident in 2019, needs room to transfer - "
     "keep the workshop entrance clear and bring the bike out to the kerb for him."),
    ("health", "benign", "agent_note",
     "Caller asked whether the shop is wheelchair accessible before booking a group visit for her office. Confirmed ramp "
     "at side door and accessible loo. No other needs noted."),
    ("health", "sensitive", "sms",
     "Hi its Dan, cant make the club ride sat, on crutches after my knee op. Can u pause my membership 6 wks?"),
    ("health", "benign", "sms",
     "Hi its Priya, cant make sat ride, work thing. Can u move me to the sunday 9am group?"),
    ("health", "sensitive", "web_form",
     "FirthFlex application - Why are you choosing an e-bike? My GP recommended low-impact exercise for my type 2 diabetes "
     "and the assist means I can manage the 9-mile commute without overdoing it."),
    ("health", "benign", "web_form",
     "FirthFlex application - Why are you choosing an e-bike? 9-mile commute with a brutal hill at the end, and I'd rather "
     "not turn up to the office dripping."),
    ("health", "sensitive", "call_transcript",
     "Hiya, I bought the Sprint road bike last month and need to return the clip-in pedals. || Agent: Sure, was there a "
     "problem with them? || No, they're fine, it's just I've had a couple of seizures and the neurologist says no clipping "
     "in until they've sorted my meds. || Agent: Understood, I'll set up the return for you now."),
    ("health", "benign", "call_transcript",
     "Hi, I want to swap the clip-in pedals on my Sprint for flats. || Agent: No problem, were they faulty? || No, just "
     "never got used to them, nearly kissed the tarmac at a junction twice. || Agent: Happens to everyone. I'll set up the "
     "exchange."),
    ("health", "sensitive", "review",
     "5 stars. The staff were brilliant fitting the Firth Trike for my husband - he has Parkinson's and they took all the "
     "time in the world adjusting the brake levers so the tremor doesn't matter."),
    ("health", "benign", "review",
     "5 stars. Staff took ages adjusting my brake levers till they were spot on. Patient, friendly, no upselling. Healthy "
     "prices too."),
    ("health", "sensitive", "voicemail",
     "Hi, it's Marta Kowalski, I've got a service booked for tomorrow but I'm thirty weeks along and had a bit of a scare, "
     "they're keeping me in on the maternity ward overnight, so could someone ring me to move it? 07700 900134. Thanks."),
    ("health", "benign", "voicemail",
     "Hi, it's Marta Kowalski, I've got a service booked for tomorrow but my car's in the garage so I can't get the bike to "
     "you. Could someone ring me to move it? 07700 900135. Thanks."),
    ("health", "sensitive", "dm",
     "hey is the sunday social ride ok for someone slow? the antidepressants I'm on wipe me out a bit and last time the "
     "pace was too much, dont want to hold people up"),
    ("health", "benign", "dm",
     "hey is the sunday social ride ok for someone slow? last time I went out with the club it nearly killed me lol, dont "
     "want to hold people up"),
    ("health", "sensitive", "in_app",
     "Finance plan question: can I take a 3-month payment holiday? Not a money issue - I'm having my hip replaced in May "
     "and won't be riding for a while."),
    ("health", "benign", "in_app",
     "Finance plan question: can I change my payment date from the 1st to the 15th? Payday moved at work."),
    ("health", "sensitive", "forum_post",
     "Anyone here ride an e-bike with a pacemaker? Wondering if the hub motor magnets are a problem. My cardiologist just "
     "shrugged. I'm on the Roamer 2."),
    ("health", "benign", "forum_post",
     "Anyone here pair a heart rate strap with the Roamer 2 display? Mine keeps dropping out after ten minutes."),
    ("health", "sensitive", "complaint_letter",
     "Dear Sir or Madam, I am writing about the delay to my adaptive tricycle (ref AD-4471). I have MS and my occupational "
     "therapist assessed me specifically for this model in January. Every week without it I lose more confidence about "
     "going out at all. Please give me a firm delivery date. Yours faithfully, Hilary Brennan"),
    ("health", "benign", "complaint_letter",
     "Dear Sir or Madam, our charity ordered three adaptive tricycles (ref AD-4479) for our inclusive cycling sessions. "
     "They were promised for January and it is now March. Please give us a firm date or a refund. Yours faithfully, Rhys "
     "Morgan, Treasurer, Wheels For Everyone Calder"),
    ("health", "sensitive", "email",
     "Can you swap the saddle on order 88213 to the wide cut-out one? Still a bit tender down there since the prostate "
     "surgery in February."),
    ("health", "benign", "email",
     "Can you swap the saddle on order 88214 to the wide cut-out one? The stock one is a pain in the backside, literally."),
    ("health", "sensitive", "chat",
     "Hi, can I bring a support worker to the adult learn-to-ride session? I'm autistic and big noisy groups are a lot for "
     "me || Agent: Of course, support workers come free. || amazing thank you"),
    ("health", "benign", "chat",
     "Hi, can I bring a friend to the adult learn-to-ride session just to watch? She's thinking of signing up too || "
     "Agent: Of course, spectators are welcome. || amazing thank you"),
    ("health", "sensitive", "agent_note",
     "Roamer battery warranty claim approved. Cust was in hospital three weeks with pneumonia so the bike sat unused and "
     "uncharged - explains the deep discharge, not misuse."),
    ("health", "benign", "agent_note",
     "Roamer battery warranty claim approved. Bike sat unused and uncharged in a cold garage all winter - deep discharge, "
     "but inside the goodwill window so no charge."),
    # ---- children
    ("children", "sensitive", "web_form",
     "Wobble Club booking - Session: Sat 10am. Rider name: Ollie Haines. Rider date of birth: 14/08/2022. Notes: a bit "
     "shy to start with, warms up after ten minutes."),
    ("children", "benign", "web_form",
     "Wobble Club booking - Session: Sat 10am. Question: do you supply the balance bikes or do we bring our own? Also is "
     "there parking?"),
    ("children", "sensitive", "chat",
     "hi my lad's in year 5 and has outgrown his 20 inch, what size next? he's about 140cm"),
    ("children", "benign", "chat",
     "hi what frame size for someone about 140cm? I'm a short adult and even the XS feels big"),
    ("children", "sensitive", "sms",
     "Hi its Tom (12) my dad said to text about my brakes squeeking can I bring it after school thurs"),
    ("children", "benign", "sms",
     "Hi its Tom, brakes on the commuter squeaking again, can I drop it in after work thurs?"),
    ("children", "sensitive", "email",
     "Hello, I'm writing about the Pedal Pals course my ex-wife booked for our daughter Isla. Under the court order I have "
     "her alternate Saturdays and the sessions fall on my weekends - please add me as an authorised collector and don't "
     "contact her mother to collect on those days. Thanks, Graham Pike"),
    ("children", "benign", "email",
     "Hello, my Roamer has now been in your workshop's custody for three weeks. Who is actually responsible if it gets "
     "damaged while you've got it? Just want to understand the policy. Thanks, Graham Pike"),
    ("children", "sensitive", "review",
     "Brilliant learn-to-ride session! Our Amara went from wobbling to riding on her own in 40 minutes, not bad for four "
     "and a half. Coach Becky was so patient."),
    ("children", "benign", "review",
     "Brilliant adult learn-to-ride session! Went from wobbling to riding on my own in 40 minutes at 52 years old. Coach "
     "Becky was so patient."),
    ("children", "sensitive", "call_transcript",
     "Hi, I want to order the Sprout balance bike, it's for my granddaughter's second birthday next week. || Agent: "
     "Lovely. The 12-inch one? || That's it, she's tall for two so it should be fine."),
    ("children", "benign", "call_transcript",
     "Hi, do you gift wrap? I'm ordering the kids' dinosaur helmet as a present. || Agent: We do, it's three pounds. || "
     "Perfect, and will it arrive by Friday?"),
    ("children", "sensitive", "agent_note",
     "Cust's daughter (15) joining Sunday club ride. Parental consent form received, mum's mobile on file as emergency "
     "contact. Pair her with a leader for the first two rides."),
    ("children", "benign", "agent_note",
     "Cust asked about the minimum age for the Sunday club ride. Explained policy: 16+, or 14+ with a parent riding too. "
     "She'll think about it."),
    ("children", "sensitive", "in_app",
     "Can I add a second rider profile to my account? It's for Leo, he's 9, so he can log his rides on the family plan."),
    ("children", "benign", "in_app",
     "Can I add a second rider profile to my account? It's for my partner so we can compare ride stats."),
    ("children", "sensitive", "forum_post",
     "Anyone's kid done the Firth junior race series? Mine is U11 this season - are 24in wheels allowed or do they make "
     "them ride 20s?"),
    ("children", "benign", "forum_post",
     "Anyone ridden the Firth Junior 24 as a grown-up? I'm five foot and it fits me better than any adult XS, just not "
     "sure about the gearing."),
    ("children", "sensitive", "voicemail",
     "Hi, it's Sunita, just to say Arjun won't be at Pedal Pals on Saturday, it's his Primary 4 school trip. Thanks, bye."),
    ("children", "benign", "voicemail",
     "Hi, it's Sunita from Greenbank Primary, I'm ringing about the bikes the school hired for Bikeability week - can we "
     "extend to the end of term? Call me on 555-0142."),
    ("children", "sensitive", "dm",
     "do u do 3rd grade discounts lol she's 8 in may and wants a pink bike with streamers"),
    ("children", "benign", "dm",
     "do u do student discounts? just started uni and need something cheap to get round campus"),
    ("children", "sensitive", "complaint_letter",
     "I am writing to complain that photographs of my son were posted on your Instagram after Saturday's Wobble Club "
     "without my consent. He is three; his face and name tag are clearly visible. I want them removed today and I want "
     "to know who else they have been shared with. - E. Laurent"),
    ("children", "benign", "complaint_letter",
     "I am writing to complain that photos of me from the club sportive were posted on your Instagram without anyone "
     "asking. I'm a grown woman and I don't mind much, but the one with my mouth open has to go. - E. Laurent"),
    ("children", "sensitive", "email",
     "Hi, Kai's PE teacher has sent home his school record showing he passed Bikeability Level 2 - do you need a copy for "
     "him to join the junior group ride? He's in Year 7 at Hollins High."),
    ("children", "benign", "email",
     "Hi, do adult riders need Bikeability Level 2 or similar to join the beginner group ride? I never did it at school."),
    ("children", "sensitive", "chat",
     "Hallo, sorry my english. My girl is in Klasse 2 in Germany, now we move here. Which bike size for her, she has 7 "
     "years?"),
    ("children", "benign", "chat",
     "Hallo, sorry my english. I am new here from Germany. Which bike is good for going to work, 7 km each way?"),
    ("children", "sensitive", "web_form",
     "FirthFlex question: can a child seat be included in the package? It's for Rosie, born March 2023, so I can drop her "
     "at nursery on my commute."),
    ("children", "benign", "web_form",
     "FirthFlex question: can panniers, lights and a lock be included in the package, or only the bike itself?"),
    ("children", "sensitive", "sms",
     "Hi, Mia's Pedal Pals level 2 certificate has her surname spelt wrong, its Szabo not Zabo, she's 6 and very upset "
     "lol"),
    ("children", "benign", "sms",
     "Hi, my FirthFlex certificate has my surname spelt wrong, its Szabo not Zabo. Can u reissue?"),
    ("children", "sensitive", "call_transcript",
     "I'm ringing because my boy's bike was nicked from outside his school. || Agent: Sorry to hear that. Is it on Firth "
     "Cover? || Yes, policy FC-2231. He's only eleven, he's gutted. || Agent: I'll start the claim now."),
    ("children", "benign", "call_transcript",
     "I'm ringing because my bike was nicked from outside the office. || Agent: Sorry to hear that. Is it on Firth Cover? "
     "|| Yes, policy FC-2232. || Agent: I'll start the claim - have you got the frame number handy?"),
    ("children", "sensitive", "agent_note",
     "Posted replacement name sticker for junior frame. Rider: Evie R., age 4. Mum asked that we leave the surname off."),
    ("children", "benign", "agent_note",
     "Posted replacement decal sheet for the Junior 20 frame (colour: Bubblegum). Cust said the original peeled off after "
     "a jet wash."),
    ("children", "sensitive", "review",
     "My 13yo rides the Trail 24 to school every day and it's held up great. 4 stars, gears a bit clunky."),
    ("children", "benign", "review",
     "I've had my Trail 29 for 13 years and it's still going. 4 stars, gears a bit clunky now."),
    ("children", "sensitive", "in_app",
     "Rider profile - Name: Noah Berg. Date of birth: 02/11/2016. Height: 128 cm. Recommended frame: ?"),
    ("children", "benign", "in_app",
     "Rider profile - Name: Noah Berg. Date of birth: 02/11/1986. Height: 178 cm. Recommended frame: ?"),
    ("children", "sensitive", "forum_post",
     "PSA for club parents: the under-14s ride now leaves the shop at 9, not 9:30. My two (10 and 12) missed it last week."),
    ("children", "benign", "forum_post",
     "PSA for club members: the Sunday social ride now leaves the shop at 9, not 9:30. Half of us missed it last week."),
    ("children", "sensitive", "email",
     "Hi, do you have a helmet that fits over a big head of curls? Ours is in Senior Infants and nothing we've tried stays "
     "put."),
    ("children", "benign", "email",
     "Hi, do you have a helmet that fits over a big head of curls? Adult size obviously - nothing I've tried stays put."),
    ("children", "sensitive", "chat",
     "is the Sprout ok for a 20 month old? || Agent: Minimum inside leg is 30cm, so usually from about two. || she's got "
     "long legs, I'll measure tonight"),
    ("children", "benign", "chat",
     "what's the minimum inside leg for the Sprout? || Agent: 30cm. || thanks, and max rider weight? || Agent: 25kg."),
    ("children", "sensitive", "voicemail",
     "Hello, this is Jake, I'm 14, I left my phone in the workshop this morning when I picked up my bike, it's got a green "
     "case. My mum's number is 07700 900377, could you call her please."),
    ("children", "benign", "voicemail",
     "Hello, this is Jake from Harbourside Scouts, we booked the bike maintenance evening for our leaders. Could you call "
     "me back on 07700 900378 to confirm numbers."),
    ("children", "sensitive", "dm",
     "mine's in kindy and wants to ride to school with me on a tag-along, will one fit my Commuter 3?"),
    ("children", "benign", "dm",
     "will a tag-along fit my Commuter 3? got one second hand and the clamp looks different"),
    ("children", "sensitive", "web_form",
     "Firth Spread application - Household: 2 adults. Dependants: 3 (ages 2, 5 and 9). Monthly outgoings: as attached."),
    ("children", "benign", "web_form",
     "Firth Spread application - Question: is it a hard or soft credit check? I don't want it on my file if I'm declined."),
    ("children", "sensitive", "complaint_letter",
     "Re: Pedal Pals, 3 June. My son Reuben, who is seven, came home with a grazed chin and a chipped tooth after a fall "
     "during the session, and nobody said a word at pick-up. I only found out from him. I want the incident report and an "
     "explanation."),
    ("children", "benign", "complaint_letter",
     "Re: Pedal Pals, 3 June. The session was cancelled by text with twenty minutes' notice, after we had already driven "
     "forty minutes. I would like the fee refunded and your cancellation policy explained."),
    ("children", "sensitive", "sms",
     "Can my daughter ride on my club membership for the family ride? She's Year 9 so under 16 - does she need her own?"),
    ("children", "benign", "sms",
     "Can my partner ride on my club membership for the family ride or does she need her own?"),
    ("children", "sensitive", "agent_note",
     "E-cargo test ride. Cust brought the twins (about 3) to try the bench seat, both harnessed fine. Interested in the "
     "rain cover for the school run."),
    ("children", "benign", "agent_note",
     "E-cargo test ride. Cust tested with 2 x 20kg sandbags to simulate her florist deliveries. Interested in the rain "
     "cover."),
    ("children", "sensitive", "call_transcript",
     "My daughter turns sixteen next month and she's desperate for an e-bike, is she allowed to ride one? || Agent: In the "
     "UK it's 14 and over for e-bikes, so she's fine. || Great, what would you recommend for someone five foot two?"),
    ("children", "benign", "call_transcript",
     "What's the minimum age for riding an e-bike in the UK? || Agent: 14 and over for e-bikes. || Thanks, just settling "
     "an argument in the office."),
    ("children", "sensitive", "email",
     "Hi, attached is Tyler's EHCP page from his school - the SENCo asked me to share it so your coaches know how to "
     "support him at Pedal Pals. He's 8. Please keep it private."),
    ("children", "benign", "email",
     "Hi, attached is our school's risk assessment for Bikeability week - the head asked me to share it with your coaches "
     "before they arrive. Please confirm receipt. Bursar, St Aidan's Primary"),
    ("children", "sensitive", "review",
     "Took the wee one (P2) to the learn-to-ride class at Firth and she loved it, 10/10"),
    ("children", "benign", "review",
     "Took the wee Brompton in for a service at Firth and it came back like new, 10/10"),
    ("children", "sensitive", "in_app",
     "Please delete my son's account. He set it up himself without asking and he's only 12 - username ridebro2013."),
    ("children", "benign", "in_app",
     "Please delete my account. I've moved away and won't be using the shop any more - username ridebro_1983."),
    ("children", "sensitive", "forum_post",
     "hi im 13 and saving for the firth trail 26, got 180 quid birthday money and 15 a week from my paper round, is there "
     "a cheaper one thats still good for jumps"),
    ("children", "benign", "forum_post",
     "hi, saving up for the Firth Trail 26, got about 180 quid so far, is there a cheaper one thats still good for jumps? "
     "not fussed about new"),
    ("children", "sensitive", "chat",
     "hello, my son is in CE1 in France, what is this in England? his new friends here have 20 inch bikes and he want the "
     "same but he is small"),
    ("children", "benign", "chat",
     "hello, je suis francaise, your size guide is in cm or inches? I want a city bike for me, I am 165 cm"),
    ("children", "sensitive", "sms",
     "Running late for Pedal Pals, stuck in traffic - can someone keep an eye on Zara (green helmet, age 5) till I get "
     "there? 10 mins"),
    ("children", "benign", "sms",
     "Running late for my service drop-off, stuck in traffic - can someone hang on till I get there? 10 mins. Green "
     "Roamer."),
    ("children", "sensitive", "voicemail",
     "Hi, calling about my grandson Lucas's bike, he's only six and the stabilisers you fitted keep slipping, he's nearly "
     "gone over twice. Can someone call me back."),
    ("children", "benign", "voicemail",
     "Hi, do you sell stabilisers separately? We need a few pairs for the kids' bikes we lend out at the community bike "
     "library. Can someone call me back."),
    ("children", "sensitive", "dm",
     "she's turning 10 on sat and we're surprising her with the Junior 24 - can we pick up fri after 6 so she doesnt see?"),
    ("children", "benign", "dm",
     "our club's turning 10 on sat and we're doing a raffle - can we pick up the prize bike fri after 6?"),
    ("children", "sensitive", "web_form",
     "Pedal Pals photo consent - Rider's name: Harvey Lin. Year group: Year 1. I consent to photos being taken: NO."),
    ("children", "benign", "web_form",
     "Adult beginners photo consent - Name: Harvey Lin. I consent to photos being taken: YES. Please tag me @harveyrides."),
    ("children", "sensitive", "agent_note",
     "Lost property: lunchbox found after Wobble Club, label says 'Freya M. - Nursery Class 2'. Holding at the till."),
    ("children", "benign", "agent_note",
     "Lost property: 'Kids Club' branded lunch bag found after staff meeting, belongs to Dev in the workshop. Returned."),
    ("children", "sensitive", "email",
     "Hello, can I set up a Firth Spread plan for my daughter's bike in her own name so she starts building credit? She'll "
     "be 17 in June. Is that allowed?"),
    ("children", "benign", "email",
     "Hello, can I set up a Firth Spread plan for my wife's bike in her own name even though I'll be the one paying? Is "
     "that allowed?"),
    ("children", "sensitive", "call_transcript",
     "Agent: And how old is the rider? || He'll be five in October. || Agent: Then the 14-inch is perfect. || Brilliant, "
     "can I order it for collection?"),
    ("children", "benign", "call_transcript",
     "Agent: Which one were you looking at? || The 14-inch in the window. || Agent: That one's usually for about four to "
     "six. || Brilliant, just browsing for now, thanks."),
    ("children", "sensitive", "complaint_letter",
     "To the manager: on Sunday's group ride one of your leaders told my fourteen-year-old she could go off the front with "
     "the fast group, and she ended up on her own on the A-road. Your own rules say under-16s stay with a leader. I expect "
     "a response."),
    ("children", "benign", "complaint_letter",
     "To the manager: on Sunday's group ride the leader let the fast group go off the front and the rest of us ended up "
     "lost on the A-road. Please remind leaders to regroup at junctions."),
    ("children", "sensitive", "in_app",
     "Add rider: Ava, 11 - level: can ride fine but never been on roads"),
    ("children", "benign", "in_app",
     "Add rider: Ava (me) - level: can ride fine but never been on roads, want to start commuting"),
    ("children", "sensitive", "review",
     "Good shop but the lad who served my 9-year-old was dismissive just because she's a kid. 3 stars."),
    ("children", "benign", "review",
     "Good shop but the lad who served me was a bit dismissive about my old bike. 3 stars."),
    ("children", "sensitive", "forum_post",
     "Does the club do anything for grade 6ers? We moved over from Ontario last year and my daughter's done with the "
     "learn-to-ride stuff but too young for the adult rides."),
    ("children", "benign", "forum_post",
     "Does the club do anything between the beginner and intermediate rides? Done with the learn-to-ride stuff but not "
     "ready for 30km at pace."),
    ("children", "sensitive", "dm",
     "hiya can I book my little one into the balance bike class, she's 2 and a half, any sat"),
    ("children", "benign", "dm",
     "hiya can I book myself into the basic maintenance class, any sat, total beginner"),
    ("children", "sensitive", "agent_note",
     "Parent emailed daughter's allergy action plan and adrenaline pen instructions ahead of Pedal Pals (she's Year 3). "
     "Saved to booking, flagged to coaches."),
    ("children", "benign", "agent_note",
     "Coach asked for an adrenaline pen trainer to be added to the kit for the staff first-aid refresher. Ordered from "
     "supplier."),
    ("children", "sensitive", "sms",
     "hi can u put the birthday card in the box its for Jayden turning 7 from Nana x"),
    ("children", "benign", "sms",
     "hi can u put a gift card in the box its for my brother's 40th x"),
    ("children", "sensitive", "email",
     "Our youngest has just gone into 1st class and we'd like to trade her 16in in for something bigger. Do you do "
     "part-exchange on kids' bikes?"),
    ("children", "benign", "email",
     "Do you do part-exchange on kids' bikes? We've got three outgrown ones in the shed and want to know if they're worth "
     "anything before they go to the tip."),
    # ---- financial_hardship
    ("financial_hardship", "sensitive", "email",
     "Hi, I've just been made redundant and I can't keep up the 42 pounds a month on my Firth Spread plan. Is there "
     "anything you can do before it goes to collections?"),
    ("financial_hardship", "benign", "email",
     "Hi, I'm switching banks next month - how do I move the direct debit for my 42 pounds a month Firth Spread plan?"),
    ("financial_hardship", "sensitive", "chat",
     "is there any way to pause the payments? I'm on universal credit now and every penny's gone before the month's out"),
    ("financial_hardship", "benign", "chat",
     "is there any way to pay off the plan early? got a bonus and want it cleared"),
    ("financial_hardship", "sensitive", "sms",
     "Sorry I missed the payment, had bailiffs at the door this week over council tax. Can I pay half now half end of "
     "month?"),
    ("financial_hardship", "benign", "sms",
     "Sorry missed the payment, card expired. Can I pay now over the phone?"),
    ("financial_hardship", "sensitive", "agent_note",
     "Cust leaving FirthFlex early - employer went into administration and he's lost his job. Explained early-leaver "
     "balance. Very worried, says nothing coming in at all. Referred to hardship team."),
    ("financial_hardship", "benign", "agent_note",
     "Cust leaving FirthFlex early - moving to a new employer in June. Explained early-leaver balance and ownership "
     "options. No issues."),
    ("financial_hardship", "sensitive", "call_transcript",
     "I'm in an IVA at the moment, would that stop me getting the finance? || Agent: I'm afraid it would most likely be "
     "declined. || Yeah, thought so. Could I pay it off bit by bit and collect at the end?"),
    ("financial_hardship", "benign", "call_transcript",
     "Is the finance interest-free? || Agent: Yes, 0% over 12 months on bikes over 500 pounds. || Great, can I apply in "
     "store?"),
    ("financial_hardship", "sensitive", "web_form",
     "Reason for return: Honestly I can't afford it any more, the rent went up and we're already behind. Bike unused, "
     "still boxed."),
    ("financial_hardship", "benign", "web_form",
     "Reason for return: Found it cheaper elsewhere the day after I bought it. Bike unused, still boxed."),
    ("financial_hardship", "sensitive", "review",
     "Firth were kind when I told them I'd lost my job - they bought the e-bike back and cleared the finance. Won't forget "
     "it."),
    ("financial_hardship", "benign", "review",
     "Firth bought my old e-bike back when I upgraded, fair price, finance cleared same day. Won't forget it."),
    ("financial_hardship", "sensitive", "voicemail",
     "Hi, it's Leon Mbeki, I got your letter about the missed payments, I am trying, honestly, I've been on statutory sick "
     "pay for two months and it doesn't cover the rent. Could someone ring me about a plan, 07700 900412."),
    ("financial_hardship", "benign", "voicemail",
     "Hi, it's Leon Mbeki, I got a letter about my payments, I think it's the annual statement, just want to check the "
     "balance is right. Ring me on 07700 900413."),
    ("financial_hardship", "sensitive", "dm",
     "can i swap to a cheaper bike on the scheme? we're being evicted end of month and i need every bit of my salary"),
    ("financial_hardship", "benign", "dm",
     "can i swap to a cheaper bike on the scheme? changed my mind, dont need an e-bike for a 2 mile commute"),
    ("financial_hardship", "sensitive", "in_app",
     "Payment failed again. Sorry - I was declared bankrupt last week and the bank has frozen everything."),
    ("financial_hardship", "benign", "in_app",
     "Payment failed again. Bank says the problem is your end, something about 3D Secure not working?"),
    ("financial_hardship", "sensitive", "forum_post",
     "Does anyone know a charity that gives bikes to people on jobseekers? Mine got stolen and I can't get to interviews "
     "without it, no way I can afford another."),
    ("financial_hardship", "benign", "forum_post",
     "Does anyone know a charity that takes donated bikes? Clearing the garage and have three decent ones going."),
    ("financial_hardship", "sensitive", "complaint_letter",
     "I have explained three times that I am on a debt management plan with ClearPath Debt Advice and cannot pay more "
     "than five pounds a month. Your collections agency still phones me every day. Please confirm the arrangement in "
     "writing and stop the calls."),
    ("financial_hardship", "benign", "complaint_letter",
     "I have asked three times for a paper copy of my finance agreement and still have not received one. Please post it "
     "to the address on file."),
    ("financial_hardship", "sensitive", "email",
     "Can you hold the Commuter 3 for me till the 28th? That's when my PIP back-payment lands - money's been non-existent "
     "since they cut my hours."),
    ("financial_hardship", "benign", "email",
     "Can you hold the Commuter 3 for me till the 28th? That's payday and I'd rather not stick it on the credit card."),
    ("financial_hardship", "sensitive", "chat",
     "the lady at the food bank said you do cheap reconditioned bikes? need one for the new job, cant pay full price"),
    ("financial_hardship", "benign", "chat",
     "the food bank we volunteer at wants to run a bike drive - could Firth donate a few reconditioned ones or lend us a "
     "mechanic for an afternoon?"),
    ("financial_hardship", "sensitive", "agent_note",
     "Cust rang re: CCJ letter. Behind on everything since the divorce and says the bailiffs have already been. Account on "
     "hold 30 days, hardship form sent."),
    ("financial_hardship", "benign", "agent_note",
     "Cust rang to ask if our finance application checks for county court judgments. Confirmed soft search only at quote "
     "stage, full check on application."),
    ("financial_hardship", "sensitive", "sms",
     "cant pay for the repair this month sorry, my benefits got sanctioned. is it ok sitting in the workshop till next "
     "month?"),
    ("financial_hardship", "benign", "sms",
     "cant pick up the repair this month sorry, away with work. is it ok sitting in the workshop till next month?"),
    ("financial_hardship", "sensitive", "call_transcript",
     "Agent: I can see two missed payments. || I know. We've been living off my wife's carer's allowance since the "
     "factory shut. I'm not trying to dodge it. || Agent: Let's look at a reduced plan together."),
    ("financial_hardship", "benign", "call_transcript",
     "Agent: I can see two payments taken this month. || Yes, the direct debit went out twice, can you refund one? || "
     "Agent: Of course, that's our error, sorry."),
    ("financial_hardship", "sensitive", "web_form",
     "FirthFlex - cancel application. We've all just been put on notice of redundancy at work and I can't commit to 12 "
     "months of deductions."),
    ("financial_hardship", "benign", "web_form",
     "FirthFlex - cancel application. Found a second-hand bike I like better so I don't need the scheme after all."),
    ("financial_hardship", "sensitive", "review",
     "2 stars. When I said I couldn't pay the full repair bill because I'm between jobs and in arrears on everything, the "
     "manager just shrugged. My bike's held hostage now."),
    ("financial_hardship", "benign", "review",
     "2 stars. The repair bill was 40 quid more than quoted and nobody rang to check first. Paid it, but not happy."),
    ("financial_hardship", "sensitive", "email",
     "Hi, since the eviction we've been in temporary accommodation and there's nowhere to keep the e-bike. Can I hand it "
     "back and end the finance?"),
    ("financial_hardship", "benign", "email",
     "Hi, we're moving into a flat with no bike storage. Can I sell the e-bike back to you and settle the finance?"),
    # ---- legal
    ("legal", "sensitive", "email",
     "Please can you send me a copy of the receipt for my Roamer (order 77310)? My solicitor needs it for the list of "
     "assets in the divorce."),
    ("legal", "benign", "email",
     "Please can you send a VAT receipt for order 77311? Our accountants need it for year-end. Office Manager, Hartley & "
     "Rowe Solicitors"),
    ("legal", "sensitive", "chat",
     "bike was stolen from my garage overnight, police gave me crime ref CR/4471/25 - what else do you need for the Firth "
     "Cover claim?"),
    ("legal", "benign", "chat",
     "what would you need for a Firth Cover claim if a bike got stolen? just asking before I buy the policy"),
    ("legal", "sensitive", "agent_note",
     "Cust hit by a car last month; driver's insurer disputing liability and his lawyer wants our inspection report on the "
     "frame damage. Report emailed to cust."),
    ("legal", "benign", "agent_note",
     "Cust wants a post-crash inspection on her carbon frame after a low-speed topple in the car park. No other party, no "
     "claim. Booked Tues."),
    ("legal", "sensitive", "sms",
     "hi can i collect the bike next week instead, i'm in court thurs and fri"),
    ("legal", "benign", "sms",
     "hi can i collect the bike next week instead, tennis tournament thurs and fri and i'm on court all day"),
    ("legal", "sensitive", "call_transcript",
     "I need to cancel my club membership. || Agent: Sorry to hear that, can I ask why? || My bail conditions say I can't "
     "leave the county, so the away rides are out for now. || Agent: Okay, I'll process that."),
    ("legal", "benign", "call_transcript",
     "I need to cancel my club membership. || Agent: Sorry to hear that, can I ask why? || Moving out of the county next "
     "month. || Agent: Okay, I'll process that."),
    ("legal", "sensitive", "web_form",
     "FirthFlex eligibility - Anything else we should know? I've got a driving ban until 2027 after a conviction last "
     "year, that's why I need the bike."),
    ("legal", "benign", "web_form",
     "FirthFlex eligibility - Anything else we should know? Do I need a driving licence to join the scheme? Never learned "
     "to drive."),
    ("legal", "sensitive", "review",
     "Shop helped me out massively - handed the police their CCTV of the bloke who nicked my bike off their rack and he "
     "was arrested two days later."),
    ("legal", "benign", "review",
     "Love that the bike rack outside is covered by CCTV. Never worry about leaving my bike there. Would recommend."),
    ("legal", "sensitive", "voicemail",
     "Hi it's Wendy Clarke, I'm suing the builder whose van knocked me off, and my claims solicitor needs an itemised quote "
     "for a new frame and wheels. Could you email it to wendy.clarke@example.com? Thanks."),
    ("legal", "benign", "voicemail",
     "Hi it's Wendy Clarke, I need an itemised quote for a new frame and wheels for my home insurance. Could you email it "
     "to wendy.clarke@example.com? Thanks."),
    ("legal", "sensitive", "dm",
     "ok so the guy i sold my old bike to off your trade-in board is taking me to small claims saying it was faulty lol. "
     "have u got the inspection record from when u checked it?"),
    ("legal", "benign", "dm",
     "have u got the inspection record from when u checked my old bike for trade-in? the buyer wants proof it was "
     "serviced"),
    ("legal", "sensitive", "in_app",
     "Update address: I've had to move out after getting a non-molestation order and I don't want anything going to the "
     "old address."),
    ("legal", "benign", "in_app",
     "Update address: I've moved and don't want anything going to the old address any more. New one below."),
    ("legal", "sensitive", "forum_post",
     "Got a fixed penalty for riding on the pavement outside the station, contested it and now I've got to go to the "
     "magistrates. Anyone on here been through this?"),
    ("legal", "benign", "forum_post",
     "Heads up - new council byelaw bans cycling through the market square on Saturdays. Signs went up this week. "
     "Dismount or go round."),
    ("legal", "sensitive", "complaint_letter",
     "I have now instructed Fairlie & Co. solicitors regarding the brake failure on the bike you serviced, which caused my "
     "fall on 4 April. Please preserve all workshop records. Further correspondence will come from them."),
    ("legal", "benign", "complaint_letter",
     "We are a firm of solicitors and ordered twelve bikes through your cycle-to-work scheme for our staff on 4 April. "
     "Three have still not arrived. Please advise. Office Manager, Fairlie & Co."),
    ("legal", "sensitive", "email",
     "Could the workshop write up the condition of my bike? The police seized it as evidence when I was arrested last "
     "month (released, no charge) and it came back with a bent derailleur and a cracked light."),
    ("legal", "benign", "email",
     "Could the workshop write up the condition of my bike? The courier damaged it in transit and their claims form asks "
     "for a mechanic's opinion."),
    ("legal", "sensitive", "chat",
     "my probation officer wants proof I've been going to the bike maintenance course as part of my community order - can "
     "you send an attendance letter?"),
    ("legal", "benign", "chat",
     "my employer wants proof I've been going to the bike maintenance course for my CPD record - can you send an "
     "attendance letter?"),
    ("legal", "sensitive", "agent_note",
     "Cust asked us never to give her details to anyone calling as her ex - she has a restraining order against him. "
     "Account flagged: no information to third parties."),
    ("legal", "benign", "agent_note",
     "Cust asked us never to give her details to anyone calling on her behalf. Standard data protection request. Account "
     "flagged: no information to third parties."),
    # ---- special_categories
    # religion or belief
    ("special_categories", "sensitive", "email",
     "Hi, can I move my service slot from Friday afternoon to Thursday? I need to be at Jummah by 1 and won't make it "
     "back in time. Thanks, Imran"),
    ("special_categories", "benign", "email",
     "Hi, can I move my service slot from Friday afternoon to Thursday? Good Friday's a bank holiday so I assume you're "
     "shut? Thanks, Ian"),
    ("special_categories", "sensitive", "chat",
     "I wear a hijab and need a helmet that sits over it without squashing the pins - any recommendations?"),
    ("special_categories", "benign", "chat",
     "I wear a thick fleece headband in winter and need a helmet that sits over it - any recommendations?"),
    ("special_categories", "sensitive", "sms",
     "can we not do the saturday fitting, it's shabbat for me. sunday any time?"),
    ("special_categories", "benign", "sms",
     "can we not do the saturday fitting, got a wedding. sunday any time?"),
    ("special_categories", "sensitive", "agent_note",
     "Cust became Sikh last year and now wears a dastar - his old helmet doesn't fit. Aware helmets aren't compulsory. "
     "Ordered two adjustable lids to try over a patka for training rides."),
    ("special_categories", "benign", "agent_note",
     "Cust wears her hair in a big bun and standard helmets sit too high. Ordered two adjustable lids with a ponytail port "
     "for her to try."),
    ("special_categories", "sensitive", "review",
     "Great group ride, and the leader even planned the cafe stop so those of us fasting this month could skip it without "
     "being left behind. Eid Mubarak to the Firth crew!"),
    ("special_categories", "benign", "review",
     "Great group ride, and the leader timed the cafe stop perfectly - best bacon roll in the county. Cheers to the Firth "
     "crew!"),
    ("special_categories", "sensitive", "call_transcript",
     "I need to change the name on my club membership. || Agent: Sure, to what? || Rachel Dunn. I've left the Witnesses "
     "and gone back to my birth name, I'd rather not have the congregation name on anything. || Agent: No problem, "
     "updated."),
    ("special_categories", "benign", "call_transcript",
     "I need to change the name on my club membership. || Agent: Sure, to what? || Rachel Dunn, I got married last month. "
     "|| Agent: Congratulations, updated."),
    ("special_categories", "sensitive", "web_form",
     "Club dinner booking - Dietary requirements: strictly kosher please, I'm happy to bring my own sealed meal if that's "
     "easier for the venue."),
    ("special_categories", "benign", "web_form",
     "Club dinner booking - Dietary requirements: vegetarian, no mushrooms please. Happy to sit anywhere."),
    ("special_categories", "sensitive", "forum_post",
     "Anyone else go to 9am mass on Sundays and then try to make the 11am club ride? Wondering if I can get from St "
     "Brigid's to the shop in time."),
    ("special_categories", "benign", "forum_post",
     "Does the 11am club ride still go past St Brigid's church? The cafe opposite used to be a great water stop."),
    # ethnic or national origin
    ("special_categories", "sensitive", "complaint_letter",
     "When I came in to collect my bike on Saturday your staff member asked whether I had 'actually paid for it' and "
     "demanded ID he had not asked the white customer ahead of me for. As a Black man I know exactly what that was. I "
     "expect an apology."),
    ("special_categories", "benign", "complaint_letter",
     "When I came in to collect my bike on Saturday your staff asked for photo ID to match the order. Fair enough, but it "
     "wasn't mentioned anywhere in the confirmation email. Please make that clear."),
    ("special_categories", "sensitive", "email",
     "Hi, we're an Irish Traveller family and don't have a fixed address for the delivery at the moment - can we collect "
     "order 91004 from the shop instead?"),
    ("special_categories", "benign", "email",
     "Hi, we're touring in a campervan all summer so won't be home for the delivery - can we collect order 91005 from the "
     "shop instead?"),
    ("special_categories", "sensitive", "chat",
     "I'm Roma and I keep getting turned down for finance everywhere, honestly wondering if it's my surname. Can someone "
     "check why mine was rejected?"),
    ("special_categories", "benign", "chat",
     "I keep getting turned down for your finance and honestly wondering if it's my address. Can someone check why mine "
     "was rejected?"),
    ("special_categories", "sensitive", "dm",
     "ur group ride leader asked me where im 'really from' in front of everyone. im from Leeds, my parents are from "
     "Mirpur. just want it noted"),
    ("special_categories", "benign", "dm",
     "ur group ride leader asked where everyone was from at the start, nice icebreaker, loads of us from Leeds lol"),
    ("special_categories", "sensitive", "web_form",
     "FirthFlex employee form - Equal opportunities (optional): Ethnic group: Mixed - White and Black Caribbean."),
    ("special_categories", "benign", "web_form",
     "FirthFlex employee form - Equal opportunities (optional): Prefer not to say. Why is this even on a bike scheme "
     "form?"),
    ("special_categories", "sensitive", "voicemail",
     "Hello, this is Mrs Nguyen, my English not so good, my son translate usually. I am Vietnamese, is someone in shop can "
     "speak Vietnamese to explain the e-bike? Thank you."),
    ("special_categories", "benign", "voicemail",
     "Hello, this is Mrs Nguyen, can I get the e-bike manual in large print? The small one is hard to read. Thank you."),
    ("special_categories", "sensitive", "review",
     "So glad the club started Polish-language beginner rides - as a family who only came over from Gdansk two years ago "
     "it's made us feel at home."),
    ("special_categories", "benign", "review",
     "So glad Firth stock the Polish-made steel tourers - brilliant value and built like tanks."),
    ("special_categories", "sensitive", "in_app",
     "Profile: the app won't accept the letter ê in my name, Hêvî. I came here as a Kurdish refugee and my Home Office "
     "papers spell it this way, so it has to match."),
    ("special_categories", "benign", "in_app",
     "Profile: the app won't accept the é in my surname, Bézier. Can you fix the character set? It keeps saving as "
     "B?zier."),
    # political opinion or activity
    ("special_categories", "sensitive", "email",
     "Can I pick up the cargo bike early on Saturday? I'm one of the marshals for the climate march and we're using it to "
     "carry the sound system."),
    ("special_categories", "benign", "email",
     "Can I pick up the cargo bike early on Saturday? We're using it to carry the sound system for the street party at "
     "11."),
    ("special_categories", "sensitive", "chat",
     "I'm standing for the Greens in the council elections in May - any chance I could leave a few leaflets by the till?"),
    ("special_categories", "benign", "chat",
     "We're the Riverside Residents' Association - could we leave leaflets by the till about the council's consultation "
     "on the new cycle lane?"),
    ("special_categories", "sensitive", "sms",
     "Running late for drop off, still out canvassing for Labour til 2, sorry!"),
    ("special_categories", "benign", "sms",
     "Running late for drop off, stuck at the level crossing, there in 10, sorry!"),
    ("special_categories", "sensitive", "agent_note",
     "Fitted a flag mount to cust's rear rack - he takes the Saltire and a Yes banner to every independence rally and "
     "wanted it secure. 12 pounds."),
    ("special_categories", "benign", "agent_note",
     "Fitted a flag mount to cust's rear rack - hi-vis orange pennant for the canal path. 12 pounds."),
    ("special_categories", "sensitive", "review",
     "Lovely shop but I won't be back after the owner lectured me about the Palestine solidarity badge on my bag. I'm "
     "allowed my views."),
    ("special_categories", "benign", "review",
     "Lovely shop but the owner lectured me about my tyre pressures for ten minutes. I'm allowed to ride soft tyres."),
    ("special_categories", "sensitive", "forum_post",
     "I'm on the committee of the local Conservative association and we're backing the new bike lane - anyone from the "
     "club want to come to the hustings on Friday and ask the candidates about it?"),
    ("special_categories", "benign", "forum_post",
     "The council's consultation on the new bike lane closes Friday. The club's official response is linked here - "
     "members can add comments until Thursday."),
    ("special_categories", "sensitive", "call_transcript",
     "Can you print a custom jersey? || Agent: Sure, what's the design? || Our anti-fascist cycling collective's logo - we "
     "ride to the counter-protests together. || Agent: Send the artwork over and we'll quote."),
    ("special_categories", "benign", "call_transcript",
     "Can you print a custom jersey? || Agent: Sure, what's the design? || Our office five-a-side team's logo, the Ledger "
     "Legends. || Agent: Send the artwork over and we'll quote."),
    ("special_categories", "sensitive", "in_app",
     "Please hide my name from the public club member list - I've just been elected as an independent councillor and I'd "
     "rather constituents didn't message me through the bike app."),
    ("special_categories", "benign", "in_app",
     "Please hide my name from the public club member list - I'd rather people from work didn't message me through the "
     "bike app."),
    # trade-union membership or activity
    ("special_categories", "sensitive", "email",
     "Hi, can I book the Roamer in on Thursday? I'm off that day - we're all out on the RMT strike, so any time suits."),
    ("special_categories", "benign", "email",
     "Hi, can I book the Roamer in on Wednesday? There's a train strike Thursday so I'll be cycling in and want the brakes "
     "checked first."),
    ("special_categories", "sensitive", "chat",
     "I'm the Unite rep at our depot and want to get the cycle-to-work scheme into this year's pay claim - can you send me "
     "the info pack?"),
    ("special_categories", "benign", "chat",
     "Our HR team wants to add the cycle-to-work scheme to our staff benefits - can you send the employer info pack?"),
    ("special_categories", "sensitive", "sms",
     "cant make the 6pm collection, NEU branch meeting ran over, will come tmrw"),
    ("special_categories", "benign", "sms",
     "cant make the 6pm collection, bank branch shut early so no cash, will come tmrw"),
    ("special_categories", "sensitive", "agent_note",
     "Cust joining FirthFlex via employer asked whether we share employee data with management - she's the shop steward "
     "and has had grief over it. Confirmed we only share order value for payroll."),
    ("special_categories", "benign", "agent_note",
     "Cust joining FirthFlex via employer asked whether we share employee data with management. Confirmed we only share "
     "order value for payroll."),
    ("special_categories", "sensitive", "web_form",
     "Discount request: Saw you give 10% off to GMB members - mine's below. Membership no. GMB-44187."),
    ("special_categories", "benign", "web_form",
     "Discount request: We're the regional office of a trade union and want to enrol our 40 staff on FirthFlex. Is there "
     "an employer discount? Contact: office manager."),
    ("special_categories", "sensitive", "review",
     "Cheers to Firth for fixing my bike in an hour before the picket - six hours stood at the hospital gates in the rain "
     "with the rest of the nurses, couldn't have walked it."),
    ("special_categories", "benign", "review",
     "Cheers to Firth for fixing my bike in an hour before my night shift at the hospital - the bus in the rain would've "
     "been grim."),
    ("special_categories", "sensitive", "call_transcript",
     "Does the salary sacrifice come out before or after my FBU subs? || Agent: It comes off gross pay, before tax and "
     "before deductions like subs. || Okay, just checking it won't clash, the branch takes theirs on the 1st."),
    ("special_categories", "benign", "call_transcript",
     "Does the salary sacrifice come out before or after my pension? || Agent: It comes off gross pay, before tax. || "
     "Okay, just checking it won't clash with the pension contribution."),
    ("special_categories", "sensitive", "forum_post",
     "Any other posties on here? Our CWU branch is organising a sponsored ride for the strike hardship fund and we're "
     "after a friendly shop for a group discount."),
    ("special_categories", "benign", "forum_post",
     "Any other posties on here? After a bike that'll take a heavy rear rack for a rural round - the work ones are "
     "shocking."),
    # sexual orientation
    ("special_categories", "sensitive", "email",
     "Hi, I'd like two Roamers on the scheme, one for me and one for my husband Chris. I'm Dave - we work at the same firm "
     "so can it all go through one HR contact?"),
    ("special_categories", "benign", "email",
     "Hi, I'd like two Roamers on the scheme, one for me and one for my colleague Chris. I'm Dave - we work at the same "
     "firm so can it all go through one HR contact?"),
    ("special_categories", "sensitive", "chat",
     "is the Pride ride on the 14th open to non-members? me and my girlfriend want to come, first proper one since I came "
     "out"),
    ("special_categories", "benign", "chat",
     "is the Pride ride on the 14th still looking for marshals? I've done road marshalling at sportives before, happy to "
     "help"),
    ("special_categories", "sensitive", "review",
     "Me and my wife (yes, two women on a tandem, shock horror) did the tandem hire and loved every minute. Staff were "
     "lovely."),
    ("special_categories", "benign", "review",
     "Me and my sister did the tandem hire for her birthday and loved every minute, shock horror no arguments. Staff were "
     "lovely."),
    ("special_categories", "sensitive", "agent_note",
     "Cust asked to change the emergency contact on his membership from his ex-boyfriend to his mum. Done."),
    ("special_categories", "benign", "agent_note",
     "Cust asked to change the emergency contact on his membership from his ex-flatmate to his mum. Done."),
    ("special_categories", "sensitive", "dm",
     "hey! is there a queer-friendly social ride? as a bi woman the club vibe is a bit lads-on-carbon lol"),
    ("special_categories", "benign", "dm",
     "hey! is there a more chilled social ride? the club vibe is a bit lads-on-carbon lol"),
    ("special_categories", "sensitive", "forum_post",
     "Our lesbian cycling group is looking for a shop to run a maintenance evening - there's about 15 of us, mostly "
     "beginners. Any takers?"),
    ("special_categories", "benign", "forum_post",
     "Our book club is looking for a shop to run a maintenance evening - there's about 15 of us, mostly beginners. Any "
     "takers?"),
    ("special_categories", "sensitive", "voicemail",
     "Hi, it's Tom, ringing about the couples' bike fit deal - I'd like to book it for me and my boyfriend Marcus, "
     "Saturday if you can. 07700 900556."),
    ("special_categories", "benign", "voicemail",
     "Hi, it's Tom, ringing about the couples' bike fit deal - is it still running? Saturday if you can. 07700 900557."),
    ("special_categories", "sensitive", "in_app",
     "Can my partner and I share a family account? She's Jess, I'm Laura, we're not married but we've lived together six "
     "years."),
    ("special_categories", "benign", "in_app",
     "Can my sister and I share a family account? She's Jess, I'm Laura, we've lived together since uni."),
    # sex life
    ("special_categories", "sensitive", "email",
     "Please send the order to my work address, not home. It's a present for the woman I've been seeing behind my wife's "
     "back and my wife opens all the post."),
    ("special_categories", "benign", "email",
     "Please send the order to my work address, not home. It's a surprise present for my wife and she opens all the "
     "post."),
    ("special_categories", "sensitive", "chat",
     "the saddle's giving me numbness and tbh it's killing things in the bedroom, my girlfriend's not impressed. which "
     "cut-out would u recommend"),
    ("special_categories", "benign", "chat",
     "the saddle's giving me numbness on anything over an hour, which cut-out would u recommend"),
    ("special_categories", "sensitive", "review",
     "Tandem hire was perfect for our swingers' group weekend away - 8 couples, all bikes ready on time, no awkward "
     "questions."),
    ("special_categories", "benign", "review",
     "Tandem hire was perfect for our running club's weekend away - 8 pairs, all bikes ready on time, no faff."),
    ("special_categories", "sensitive", "dm",
     "lol the hire bike's been in my one night stand's hallway since sat and i dont have her number. can u extend the hire "
     "till i find her flat again"),
    ("special_categories", "benign", "dm",
     "lol the hire bike's been in my mate's hallway since sat and he's not answering. can u extend the hire till i get it "
     "back"),
    ("special_categories", "sensitive", "agent_note",
     "Hire cust mentioned he'd ridden to the sexual health clinic for an STI check and wanted it noted he locked the bike "
     "properly, in case of a theft claim. No further action."),
    ("special_categories", "benign", "agent_note",
     "Hire cust mentioned he'd locked the bike outside the leisure centre and wanted it noted, in case of a theft claim. "
     "No further action."),
    ("special_categories", "sensitive", "call_transcript",
     "Can I put three adults on one family membership? || Agent: It covers two adults and their dependants. || We're a "
     "throuple, all three of us live together - no way round it? || Agent: I'll ask the manager."),
    ("special_categories", "benign", "call_transcript",
     "Can I put three adults on one family membership? || Agent: It covers two adults and their dependants. || It's me, "
     "my partner and my dad, he lives with us now - no way round it? || Agent: I'll ask the manager."),
    ("special_categories", "sensitive", "forum_post",
     "Bit of an overshare, but we're trying to conceive and the fertility nurse told my husband to keep rides under an "
     "hour around ovulation - anyone else juggled a training plan round that?"),
    ("special_categories", "benign", "forum_post",
     "Bit of an overshare, but my training plan for the sportive means I keep cancelling date nights - anyone else juggled "
     "a plan round a social life?"),
    # gender identity
    ("special_categories", "sensitive", "email",
     "Hi, please update the name on my club membership to Alex Morgan (it was Alexandra). I changed it by deed poll when I "
     "transitioned and the old one still shows on the ride list."),
    ("special_categories", "benign", "email",
     "Hi, please update the name on my club membership to Alex Morgan (it says Alexander). Everyone calls me Alex and the "
     "full name on the ride list looks so formal."),
    ("special_categories", "sensitive", "chat",
     "which saddle is best after bottom surgery? had mine (mtf) in january and I'm finally cleared to ride"),
    ("special_categories", "benign", "chat",
     "which saddle is best for long rides? women's-specific if that makes a difference, I'm finally doing my first 100k"),
    ("special_categories", "sensitive", "agent_note",
     "Cust is non-binary, they/them. Please use this on the fitting notes and don't default to a men's or women's frame - "
     "explain the geometry neutrally."),
    ("special_categories", "benign", "agent_note",
     "Cust wants frame geometry explained without the men's/women's labels - just wants stack and reach numbers. Fine."),
    ("special_categories", "sensitive", "review",
     "As a trans woman I was nervous about the women's social ride, but everyone was lovely and the leader made sure I "
     "felt welcome from the off."),
    ("special_categories", "benign", "review",
     "As a total beginner I was nervous about the women's social ride, but everyone was lovely and the leader made sure I "
     "felt welcome from the off."),
    ("special_categories", "sensitive", "web_form",
     "Contact preferences - Title: Mr. Note: I'm a trans man and my bank details still say F until my certificate comes "
     "through, please don't send anything addressed to 'Miss'."),
    ("special_categories", "benign", "web_form",
     "Contact preferences - Title: Dr. Note: please don't send anything addressed to 'Mr' - I'm a woman with a "
     "gender-neutral first name and it happens constantly."),
    ("special_categories", "sensitive", "in_app",
     "My finance agreement still shows my deadname. Can you reissue it as Jordan Price? I can send the deed poll."),
    ("special_categories", "benign", "in_app",
     "My finance agreement still shows my maiden name. Can you reissue it as Jordan Price? I can send the marriage "
     "certificate."),
    ("special_categories", "sensitive", "sms",
     "hiya, ok to use the women's changing area at the club sportive? I'm a year into hrt and don't want any awkwardness "
     "on the day"),
    ("special_categories", "benign", "sms",
     "hiya, is there a changing area at the club sportive or do we turn up kitted out? don't want any awkwardness on the "
     "day"),
    ("special_categories", "sensitive", "forum_post",
     "Anyone else in the club genderfluid? Some weeks I want the women's cut and some weeks the men's - can I order one "
     "of each in the club kit order?"),
    ("special_categories", "benign", "forum_post",
     "Can we mix cuts in the club kit order? Some of us just prefer the women's jersey fit and some the men's, whoever's "
     "wearing it."),
    # genetic data
    ("special_categories", "sensitive", "email",
     "Hi, I'm thinking about an adaptive trike for the future. A genetic test last year showed I carry the Huntington's "
     "gene, so I'm planning ahead while I can still try things out properly."),
    ("special_categories", "benign", "email",
     "Hi, cycling's in my genes - my grandad raced in the sixties and I've just inherited his old steel frame. Can you "
     "quote for a full restoration?"),
    ("special_categories", "sensitive", "chat",
     "my DNA test says I've got the ACTN3 sprint variant lol so the Roamer's wasted on me. but seriously can I test ride "
     "the road bike sat"),
    ("special_categories", "benign", "chat",
     "the Roamer's got race-bike DNA right, same frame as the Sprint? can I test ride it sat"),
    ("special_categories", "sensitive", "agent_note",
     "Cust said genetic screening picked up sickle cell trait and asked if altitude on the Alps trip is a concern. "
     "Suggested she checks with GP, trip booked provisionally."),
    ("special_categories", "benign", "agent_note",
     "Cust asked if altitude on the Alps trip is a concern for less fit riders. Explained max is 2,100 m with plenty of "
     "stops. Trip booked."),
    ("special_categories", "sensitive", "web_form",
     "Bike fit questionnaire - Anything we should know? I have vascular EDS, confirmed by genetic testing, so please don't "
     "push my joints to the end of their range."),
    ("special_categories", "benign", "web_form",
     "Bike fit questionnaire - Anything we should know? I'm very flexible from years of yoga and the last fitter set me "
     "far too low and long."),
    ("special_categories", "sensitive", "forum_post",
     "Random one - did anyone else use the DNA kit from the club raffle? Mine came back with Factor V Leiden so I'm in "
     "compression socks for the long rides now."),
    ("special_categories", "benign", "forum_post",
     "Random one - did anyone else win the double-helix jersey in the club raffle? Love the print but the sizing is way "
     "off."),
    ("special_categories", "sensitive", "call_transcript",
     "I want to put Firth Cover on my e-bike. || Agent: Great, any questions? || Does the form ask about family history? "
     "My dad and I both tested positive for the same heart gene mutation and I've been turned down elsewhere. || Agent: "
     "No, it's bike cover only, nothing medical."),
    ("special_categories", "benign", "call_transcript",
     "I want to put Firth Cover on my e-bike. || Agent: Great, any questions? || Does the form ask about previous claims? "
     "|| Agent: Just bike claims in the last five years."),
    ("special_categories", "sensitive", "sms",
     "Hi, can I move my fitting? Got the genetic counselling appt for my BRCA results that morning."),
    ("special_categories", "benign", "sms",
     "Hi, can I move my fitting? Got a dentist appt that morning."),
    # biometric data
    ("special_categories", "sensitive", "in_app",
     "I registered my fingerprint on the Roamer smart lock but I've changed my mind - how do I delete the stored print "
     "from the app and your servers?"),
    ("special_categories", "benign", "in_app",
     "Since the update I can't open the Firth app with my phone's fingerprint login - how do I get in with my password "
     "instead?"),
    ("special_categories", "sensitive", "email",
     "I'd like a copy of the 3D body and face scan your fitter took during my bike fit. I didn't agree to you keeping it. "
     "Please send it or confirm it has been deleted."),
    ("special_categories", "benign", "email",
     "Could you send me the numbers from my bike fit? Saddle height, reach and stack - the fitter said he'd email them but "
     "nothing's come through."),
    ("special_categories", "sensitive", "chat",
     "does the new face recognition door at the shop store my face? came in yesterday and it greeted me by name, bit "
     "creepy"),
    ("special_categories", "benign", "chat",
     "does the new door at the shop need a code? came in yesterday at 9:05 and it was still locked"),
    ("special_categories", "sensitive", "agent_note",
     "Cust enrolled her voiceprint for the Firth Cover claims line ID check. Consent form signed, template stored in claims "
     "system."),
    ("special_categories", "benign", "agent_note",
     "Cust asked about voice control on the e-bike display. Explained the Roamer 2 doesn't support it, recommended the "
     "handlebar remote."),
    ("special_categories", "sensitive", "web_form",
     "Theft claim - supporting info: the smart lock log shows my fingerprint (ID 2) unlocked it at 07:42, then an unknown "
     "finger failed three times at 07:55."),
    ("special_categories", "benign", "web_form",
     "Theft claim - supporting info: the smart lock log shows my PIN unlocked it at 07:42, then three wrong PINs at "
     "07:55."),
    ("special_categories", "sensitive", "review",
     "Great smart lock - I've enrolled both my thumbprints and my partner's, opens in a second even in the rain."),
    ("special_categories", "benign", "review",
     "Great smart lock - the app unlock and the chunky keypad both work a treat, even with winter gloves on."),
    ("special_categories", "sensitive", "call_transcript",
     "Agent: The claims line uses voice ID now - please say the passphrase. || My voice is my password. || Agent: Thanks, "
     "your voiceprint matches the one on file, you're verified."),
    ("special_categories", "benign", "call_transcript",
     "Agent: For security, can you confirm your postcode and date of birth? || LS6 9ZZ, 4 March 1979. || Agent: Thanks, "
     "you're verified."),
    ("special_categories", "sensitive", "dm",
     "the club ride app made me do a selfie face scan to verify my account. did it but now i want it gone, how do i get "
     "my facial data deleted?"),
    ("special_categories", "benign", "dm",
     "the club ride app wants a selfie for my profile pic, does it have to be my face or can it just be my bike lol"),
    # ---- bereavement
    ("bereavement", "sensitive", "email",
     "Hello, my father Alan Preece passed away last month. He had a Firth Spread plan on his Roamer - I'm his executor, "
     "what do we need to do to settle it?"),
    ("bereavement", "benign", "email",
     "Hello, my father Alan Preece is taking over my Roamer. Can the Firth Spread plan be moved into his name, and what "
     "do we need to do?"),
    ("bereavement", "sensitive", "chat",
     "hi can I cancel mum's club membership, she died in march and the renewal email just came through, it's a bit much"),
    ("bereavement", "benign", "chat",
     "hi can I cancel my club membership, the renewal email just came through and I've barely ridden this year, it's a "
     "bit much"),
    ("bereavement", "sensitive", "sms",
     "Not collecting the bike this week, Dad's funeral is Thurs. Will be in touch."),
    ("bereavement", "benign", "sms",
     "Not collecting the bike this week, away on a stag do. Will be in touch."),
    ("bereavement", "sensitive", "voicemail",
     "Hi, my husband Pete rode with your Saturday group, he passed away suddenly on Tuesday. His bike's still in your "
     "workshop for a service and I just don't know what to do with it. Sorry. Could someone call me."),
    ("bereavement", "benign", "voicemail",
     "Hi, my husband Pete's bike is still in your workshop for a service and he's working away till the 20th. Can I "
     "collect it for him? It's under Pete Lowry. Thanks."),
    ("bereavement", "sensitive", "agent_note",
     "Widow returning her late husband's unused FirthFlex e-bike. Waived restocking fee, refund to her account. Please be "
     "gentle if she calls."),
    ("bereavement", "benign", "agent_note",
     "Cust returning unused FirthFlex e-bike within 14 days. Standard refund, restocking fee waived as box unopened."),
    ("bereavement", "sensitive", "review",
     "Firth helped us strip, paint and chain up a ghost bike at the junction where my brother was killed last spring. "
     "Couldn't have done it without them."),
    ("bereavement", "benign", "review",
     "Bought the Ghost gravel frame in matte white - absolutely killer on the climbs and dead light. 5 stars."),
    ("bereavement", "sensitive", "forum_post",
     "This Sunday's club ride will be a memorial ride for my dad, Gareth, who died last month. He rode with this club for "
     "thirty years. Slow pace, everyone welcome."),
    ("bereavement", "benign", "forum_post",
     "This Sunday's club ride is the Dead Legs 100 - slow pace, everyone welcome, cake stop at halfway."),
    ("bereavement", "sensitive", "call_transcript",
     "I need to cancel my late wife's Firth Cover policy. || Agent: I'm so sorry for your loss. I'll need the policy "
     "number and a copy of the death certificate. || I've got both here."),
    ("bereavement", "benign", "call_transcript",
     "I need to cancel my wife's Firth Cover policy, she's sold the bike. || Agent: No problem, I'll just need the policy "
     "number. || I've got it here."),
    ("bereavement", "sensitive", "in_app",
     "Please remove Daniel from our family account. He passed away in January and I keep getting ride reminders for him."),
    ("bereavement", "benign", "in_app",
     "Please remove Daniel from our family account. He moved out in January and I keep getting ride reminders for him."),
    ("bereavement", "sensitive", "dm",
     "sorry for ghosting the club lately, lost my nan a couple of weeks ago and it's been rough. back on the bike soon x"),
    ("bereavement", "benign", "dm",
     "sorry for ghosting the club lately, work's been killing me. back on the bike soon x"),
    ("bereavement", "sensitive", "web_form",
     "FirthFlex cancellation - Reason: the employee, my son Owen Hale, died on 2 May. I'm his next of kin. Please stop "
     "the salary deductions."),
    ("bereavement", "benign", "web_form",
     "FirthFlex cancellation - Reason: Owen Hale left the company on 2 May. Please stop the salary deductions. HR, "
     "Dunmore Logistics"),
    ("bereavement", "sensitive", "complaint_letter",
     "I have written twice to tell you my mother has died and to ask you to stop sending marketing to her. Another "
     "brochure arrived this morning in her name. This is very distressing. Please remove her details."),
    ("bereavement", "benign", "complaint_letter",
     "I have written twice asking you to stop sending marketing to my address. Another brochure arrived this morning. "
     "Please remove my details."),
    ("bereavement", "sensitive", "email",
     "Hi, could you engrave a small plate for the top tube: 'Ride on, Grandad 1948-2025'? We're giving his old bike to my "
     "cousin."),
    ("bereavement", "benign", "email",
     "Hi, could you engrave a small plate for the top tube: 'Firth Wheelers, est. 1948'? It's for the club's vintage "
     "display bike."),
    ("bereavement", "sensitive", "chat",
     "just wanted to say thank you to Sam in the workshop, he got my late partner's bike going again so I could ride it on "
     "what would've been his 40th"),
    ("bereavement", "benign", "chat",
     "just wanted to say thank you to Sam in the workshop, he got my ancient bike going again so I could ride it on my "
     "40th"),
    ("bereavement", "sensitive", "call_transcript",
     "Hi, I'm ringing about a bike my brother ordered before he died - it's turned up and I don't know whether to send it "
     "back. || Agent: I'm very sorry. We can collect it and refund in full, no charge."),
    ("bereavement", "benign", "call_transcript",
     "Hi, I'm ringing about a bike my brother ordered - it's turned up at mine by mistake. || Agent: Sorry about that. "
     "We'll collect it and redirect it, no charge."),
    # ---- violence_self_harm
    ("violence_self_harm", "sensitive", "email",
     "Please don't give my new address to anyone who asks, especially my ex, Mark. He was violent and he's been trying to "
     "find me. I'll collect the bike myself."),
    ("violence_self_harm", "benign", "email",
     "Please don't leave the bike on the doorstep this time - the last parcel got nicked. I'll collect it myself."),
    ("violence_self_harm", "sensitive", "chat",
     "one of your ride leaders keeps messaging me late at night after I told him no, it's making me not want to come to "
     "club rides anymore"),
    ("violence_self_harm", "benign", "chat",
     "one of your ride leaders keeps posting route changes in the club chat at 5am, any chance he could send them the "
     "night before lol"),
    ("violence_self_harm", "sensitive", "sms",
     "Someone from the Sunday ride keeps turning up outside my work and following me home. I'm scared. What can the club "
     "do?"),
    ("violence_self_harm", "benign", "sms",
     "Someone from the Sunday ride left a black windproof at the cafe stop, I've got it. Who do I give it to?"),
    ("violence_self_harm", "sensitive", "call_transcript",
     "I'm not really ringing about the bike. I don't see the point of anything right now and I was thinking of riding it "
     "off the bridge. || Agent: I'm really glad you called. Are you safe right now? Can I give you the Samaritans number? "
     "|| Yeah. Okay."),
    ("violence_self_harm", "benign", "call_transcript",
     "I'm ringing about the bridge on your group ride map - is it open again? || Agent: Yes, reopened Monday. || Great, "
     "saves a killer detour."),
    ("violence_self_harm", "sensitive", "agent_note",
     "Cust shouting in shop over the repair bill, threatened to 'smash Dev's face in'. Dev shaken. Cust asked to leave, "
     "incident logged."),
    ("violence_self_harm", "benign", "agent_note",
     "Cust unhappy with the repair bill, raised his voice briefly, calmed down after the itemised breakdown. Paid in "
     "full. No further action."),
    ("violence_self_harm", "sensitive", "review",
     "1 star. Another rider on your club ride shoved me off my bike at the lights and called me a stupid old cow. The "
     "leader saw it and did nothing."),
    ("violence_self_harm", "benign", "review",
     "1 star. My chain came off at the lights on my first club ride and the leader didn't even stop. Fix your bikes and "
     "your leaders."),
    ("violence_self_harm", "sensitive", "voicemail",
     "Hi, I need to cancel tomorrow's fitting. My partner smashed up the bike last night, and, um, me a bit as well. I'm "
     "at my sister's. I'll ring when I can."),
    ("violence_self_harm", "benign", "voicemail",
     "Hi, I need to cancel tomorrow's fitting. My flatmate reversed over the bike last night, don't ask. I'll ring about "
     "a repair quote."),
    ("violence_self_harm", "sensitive", "dm",
     "ngl some days I think about just not stopping at the red light and letting whatever happens happen. anyway what "
     "time does the shop open sat"),
    ("violence_self_harm", "benign", "dm",
     "ngl some days I think about just not stopping at the cafe and doing the whole loop. anyway what time does the shop "
     "open sat"),
    ("violence_self_harm", "sensitive", "in_app",
     "Please block user Rolla_Mike from seeing my rides. He comments on every one with sexual stuff and threats, and he "
     "knows where I start from."),
    ("violence_self_harm", "benign", "in_app",
     "Please change my ride visibility to club only. Sick of random people giving kudos on my commute."),
    ("violence_self_harm", "sensitive", "forum_post",
     "Got deliberately knocked off by a van driver who then got out and punched me twice. Bike's a write-off. Does Firth "
     "Cover pay out when it's an assault?"),
    ("violence_self_harm", "benign", "forum_post",
     "Got knocked off by a pothole, no other party. Bike's a write-off. Does Firth Cover pay out for road-surface damage?"),
    ("violence_self_harm", "sensitive", "complaint_letter",
     "I am writing because your mechanic, when I collected my bike on 12 June, made repeated comments about my body and "
     "stood in the doorway when I tried to leave. I felt unsafe and I want this investigated."),
    ("violence_self_harm", "benign", "complaint_letter",
     "I am writing because, when I collected my bike on 12 June, a workstand was blocking the doorway and I had to lift "
     "my bike over it. The shop is cramped - please rethink the layout."),
    ("violence_self_harm", "sensitive", "email",
     "Can you change the delivery address for the Roamer to 14 Hillside Rd? I've left home - my husband's been hurting "
     "me and I can't go back. Please don't mention the order if he rings."),
    ("violence_self_harm", "benign", "email",
     "Can you change the delivery address for the Roamer to 14 Hillside Rd? I'm staying at my mum's while the kitchen's "
     "being redone."),
    ("violence_self_harm", "sensitive", "chat",
     "is there a way to hide my start point on the app map? a guy from the club keeps sending me threatening messages "
     "saying he knows which bike shed is mine"),
    ("violence_self_harm", "benign", "chat",
     "is there a way to hide my start point on the app map? it shows my exact front door which feels a bit much"),
    ("violence_self_harm", "sensitive", "agent_note",
     "At e-bike handover cust had fresh cuts on her forearms and said 'at least this'll get me out instead of hurting "
     "myself'. Gave her the local crisis line leaflet. Follow up gently at 2-week check."),
    ("violence_self_harm", "benign", "agent_note",
     "At e-bike handover cust had chainring marks on her calf ('the usual battle scars'). Showed her how to fit the chain "
     "guard. Follow up at 2-week check."),
    ("violence_self_harm", "sensitive", "web_form",
     "Incident report - Group ride 8 Sept: a driver deliberately swerved at the group, then followed us and threatened to "
     "'run the lot of you over next time'. Reg noted. Want the club to back us reporting it."),
    ("violence_self_harm", "benign", "web_form",
     "Incident report - Group ride 8 Sept: a driver clipped the back rider's wheel at the roundabout, no injuries. Reg "
     "noted for the insurance."),
]


def firth_examples() -> list[dict]:
    """The firth split as labelled tickets (same shape as ``sensitive_eval.build_eval_set``'s)."""
    return stranger_examples("firth", ENTRIES, SUBJECTS)
