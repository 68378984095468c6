"""kiln split: written by a helper who had not seen the detection rules, the anchors or any other split.
Setting: Brightwater Leisure, a chain of gyms and leisure centres (memberships, swimming lessons, kids'
sports clubs and holiday camps, martial arts, yoga and women-only sessions, personal training, and the
Brightwater Go app with 3D body scans), reached by email, chat, calls, SMS, social DMs, web forms,
review replies, voicemail and agent notes, in UK, Irish, US, Australian, Indian, Nigerian and Filipino
English. The benign half reuses each category's words through class and product names ('Back Care
Pilates', 'Dead Bug', 'Ninja Kidz', goat yoga), gym idioms ('killed my legs', 'the app is dead'),
badminton courts and judges, business customers (schools, churches, unions, law firms, undertakers),
pets and cars called 'my baby', general policy questions, and plain ordinary tickets.
35 sensitive and 35 benign tickets for children and for special categories, 20 and 20 for each other category.
First reading (policy 2026.11.14, before any change made in response to it; `sensitive_eval.evaluate`, as `make
eval-sensitive`): 95.9 / 7.1 recall / false exclusion in % as shipped, 97.6 / 17.1 without the overruling, 91.8 / 15.3 by the
rules alone. Held out (chosen before it was written): never tuned or trained on, read as aggregates only."""

from __future__ import annotations

from training_gate.sensitive_blind import stranger_examples

SUBJECTS: tuple[str, ...] = (
    "Question about my account",
    "Membership freeze request",
    "Change to my direct debit",
    "Swimming lessons booking",
    "Holiday camp enquiry",
    "Problem with the app",
    "Body scan results",
    "Personal training sessions",
    "Cancellation",
    "Class timetable query",
    "Complaint about a visit",
    "Update my details",
    "Refund request",
    "Kids' club enquiry",
    "Access card not working",
)

ENTRIES: list[tuple[str, str, str, str]] = [
    # ---- health
    ("health", "sensitive", "email",
     "Hi, I need to freeze my membership at Hollins Park from the 1st. The consultant says no gym for at "
     "least eight weeks after the knee replacement so there's no point paying for it. Membership no. "
     "BW-204817. Cheers, Gary"),
    ("health", "sensitive", "chat",
     "hiya can u pause my direct debit from next month || Agent: Of course! Can I ask the reason so I pick "
     "the right freeze option? || im pregnant and the midwife said no hot yoga or sauna so just want to stop "
     "it till after the baby comes"),
    ("health", "sensitive", "agent_note",
     "Cust rang re 3D body scan results showing in app. Says she is in treatment for an eating disorder and "
     "her therapist asked that she not see weight / body fat numbers. Hid metrics on acct 88213 and explained "
     "scans can be switched off fully under Settings > Privacy."),
    ("health", "sensitive", "sms",
     "Hi its Dev, cant make PT tmrw 7am, still on the antibiotics for this chest infection and GP said rest "
     "up. Can we move to next wk same time?"),
    ("health", "sensitive", "web_form",
     "Request type: Accessibility. Details: I'm a wheelchair user and the pool hoist at Marlow Road has been "
     "out of order for three weeks now. Without it I physically cannot get into the water. When will it be "
     "repaired, and can I have those weeks credited?"),
    ("health", "sensitive", "call",
     "Agent: Brightwater Leisure, Priya speaking, how can I help? || Hi love, yeah, my husband had a heart "
     "attack back in March and the cardiac rehab nurses have referred him to your exercise on referral "
     "thing. How do we book his first session? || Agent: Sorry to hear that. Has he got the referral letter "
     "from the GP? || Yes, I've got it here, it says Phase IV on the top."),
    ("health", "sensitive", "email",
     "Dear Sir/Madam, Kindly note my mother is a type 2 diabetic and doctor has advised her aqua aerobics. "
     "Please confirm whether the senior session at Eastgate has lifeguard who is trained to handle a hypo, "
     "as she sometimes goes low in the mornings. Regards, Ramesh Iyer"),
    ("health", "sensitive", "dm",
     "hey @BrightwaterGym the music on the new cardio floor is so loud it's set my tinnitus off twice this "
     "week, any chance you could turn it down before 9am"),
    ("health", "sensitive", "review_reply",
     "2 stars. Staff were lovely but nobody mentioned the sauna isn't advised with blood pressure tablets "
     "until I nearly passed out in there. Should be on a sign. || Agent: Thank you for telling us, Elaine, "
     "and we're sorry you felt unwell. We're adding health guidance signs to all our saunas this month."),
    ("health", "sensitive", "voicemail",
     "Hi, it's Sinead O'Brien, member number 55102, I'm after ringing about cancelling. I was diagnosed with "
     "MS in the summer and the fatigue is such that I'm not able for the classes any more, so I'd like to "
     "cancel without the notice period if that's at all possible. Thanks a million."),
    ("health", "sensitive", "chat",
     "g'day, just a heads up for the PT before my session Thursday, I had a shoulder reco in Feb and the "
     "surgeon's only cleared me for light weights, nothing overhead"),
    ("health", "sensitive", "email",
     "Hello, I'm writing on behalf of my brother Tomasz, who has epilepsy. He'd love to join the adult swim "
     "squad but we need to know your policy for swimmers who have seizures - would he need a lane buddy or "
     "a lifeguard told in advance?"),
    ("health", "sensitive", "agent_note",
     "Member K. Achebe mentioned she gets panic attacks in the dark spin studio and asked to always be given "
     "the bike nearest the door. Added to profile with her consent, instructors notified."),
    ("health", "sensitive", "web_form",
     "Reason for cancellation: Other. Please explain: I start chemo next Tuesday and won't be using the gym "
     "for the foreseeable. Please don't charge me the cancellation fee."),
    ("health", "sensitive", "sms",
     "Hi sorry I missed reformer again. Had a miscarriage at the weekend. Could someone cancel the rest of my "
     "block please, I just can't face it right now"),
    ("health", "sensitive", "chat",
     "Good afternoon. Please I want to ask if I can use the gym after my fibroid surgery, the doctor said "
     "no lifting for 6 weeks. I don't want to lose my membership abeg, can you hold it for me till then?"),
    ("health", "sensitive", "email",
     "The body scan says I'm 38% body fat but I'm on a course of steroids for my asthma right now which puffs "
     "me right up. Can I redo the scan for free once I've finished the tablets? Otherwise my progress "
     "graph is going to look mad."),
    ("health", "sensitive", "dm",
     "yo can i get a refund on the rest of bootcamp?? tore my ACL at the 2nd session lol not the trainers "
     "fault just my luck, got the MRI report if u need it"),
    ("health", "sensitive", "agent_note",
     "Caller's wife attends aquafit at Riverside. He asked that staff know she has early-onset dementia and "
     "can get disorientated in the changing village; he'll accompany her from now on. Issued free carer pass."),
    ("health", "sensitive", "email",
     "Hi po, I would like to ask if my gym membership can be transferred to my sister since I am currently "
     "confined in the hospital because of dengue and won't be able to use it until end of the month. Thank "
     "you po. - Maricel Santos, Riverside branch"),
    ("health", "benign", "web_form",
     "Is the 'Heart Health' walking group on Tuesday mornings still running from Eastgate? It's disappeared "
     "off the timetable in the app and my neighbour was asking."),
    ("health", "benign", "email",
     "Hi, I'm a chartered physiotherapist and I'd like to rent one of your treatment rooms at Hollins Park on "
     "Saturdays to see my own clients. Who's the right person to talk to about rates?"),
    ("health", "benign", "chat",
     "quick one - what's your policy on people joining with medical conditions, do you need a doctor's note "
     "before the induction or is the online questionnaire enough? || Agent: The questionnaire is enough in "
     "most cases; if you tick yes to any question we'll just ask you to check with your GP first. || ok "
     "thanks, just reading up before I sign up"),
    ("health", "benign", "dm",
     "I am SICK of the steam room being out of order every other week. Three times this month at Marlow Rd. "
     "Sort it out please"),
    ("health", "benign", "agent_note",
     "3D body scan booth at Hollins Park crashing mid-scan with 'calibration error'. Third report this week. "
     "Raised with Fitscan support, ticket FS-77120. Booth taped off."),
    ("health", "benign", "email",
     "Hello, our company's wellbeing committee wants to set up corporate memberships for about 40 staff across "
     "two offices. Do you have a corporate health and wellness package and who handles the invoicing?"),
    ("health", "benign", "chat",
     "The recovery score in the app has said I'm in the red every single morning for a week. Is it broken or "
     "am I just that unfit lol"),
    ("health", "benign", "email",
     "Hi there, I work as a nurse at St Anne's Hospital and saw on your website you do a discount for "
     "healthcare workers. What proof do I need to bring, is my staff ID card ok?"),
    ("health", "benign", "call",
     "Agent: Good morning, Brightwater Eastgate. || Hi, quick question, the sports injury clinic on your "
     "first floor, is that run by you or by a separate company? I've had an invoice with your logo on and "
     "want to know who to query it with. || Agent: That's Kinetic Physio, they rent the space from us, I'll "
     "give you their number."),
    ("health", "benign", "web_form",
     "The class called 'Back Care Pilates' is honestly more of a full-body workout, could the description "
     "in the app be updated? People keep turning up expecting a gentle stretch."),
    ("health", "benign", "sms",
     "Hi, Hollins Park vending machine is out of protein bars and the 'healthy choices' fridge has been empty "
     "since Monday."),
    ("health", "benign", "chat",
     "Do the lifeguards at Riverside all have defib training? I'm writing the safety plan for our triathlon "
     "club's Sunday pool sessions and need to tick that box."),
    ("health", "benign", "email",
     "I've moved house and would like to switch my home club from Marlow Road to Eastgate. Will my direct "
     "debit amount change?"),
    ("health", "benign", "web_form",
     "I've been charged twice for my March membership fee (£42.99 on the 1st and again on the 3rd). Please "
     "refund the duplicate. Member no. BW-311908."),
    ("health", "benign", "dm",
     "locker 214 at Riverside is jammed shut and all my stuff's in it, nobody on reception, can someone help"),
    ("health", "benign", "email",
     "My Apple Watch has stopped syncing workouts to Brightwater Go since the last update. I've reinstalled "
     "twice. Heart rate and steps come through but no workouts."),
    ("health", "benign", "review_reply",
     "Love the new 'Mind & Body' wellness week, the sound bath was a highlight. Only gripe is the cafe ran "
     "out of oat milk. || Agent: Thanks so much Becky! We've doubled the oat milk order for next time."),
    ("health", "benign", "chat",
     "is the 'Injury-Free Running' workshop on Saturday open to non-members? my mate wants to come along"),
    ("health", "benign", "voicemail",
     "Hi, it's Craig from Halden Dental Practice, we'd like to book the sports hall for a staff team-building "
     "afternoon, about twenty of us, some time in June. Give me a ring back on 01632 960412, thanks."),
    ("health", "benign", "agent_note",
     "Member asked why the app's heart rate zones differ from her Garmin (app shows 170, watch 140). Explained "
     "app uses age-based max HR unless you enter your own. Showed her where to edit."),
    # ---- children
    ("children", "sensitive", "email",
     "Hi, my son Oliver (7) is in Stage 3 swimming lessons on Saturdays at Hollins Park, but his teacher says "
     "he's ready for Stage 4. Could you move him into the 10:30 class? Thanks, Hannah Cole"),
    ("children", "sensitive", "chat",
     "does the holiday camp take them at 4?? my daughter doesnt turn 5 till september but shes very "
     "confident || Agent: Our camps start from age 5, but the Mini Movers sessions are for 3-4 year olds. "
     "|| ok can u send me the mini movers dates for august"),
    ("children", "sensitive", "web_form",
     "Junior membership application. Name: Kaya Brennan. Date of birth: 14/03/2012. School: Oakfield Academy. "
     "Emergency contact: mum, 07700 900417. Any medical info: none."),
    ("children", "sensitive", "sms",
     "Hi its Lisa, Mia wont be at gymnastics club tonight, shes got year 6 SATs revision. Back next wk x"),
    ("children", "sensitive", "agent_note",
     "Dad called re custody: mum has the children at weekends and is not to collect Jayden (9) from the Weds "
     "football club per the court order. Asked him to email a copy. Alert added to junior profile."),
    ("children", "sensitive", "dm",
     "my 14 yr old wants to start using the gym on his own, is there a teen induction or does he have to be "
     "with me every time"),
    ("children", "sensitive", "email",
     "Please remove the photo of my daughter from your Facebook post about the summer camp. She's the girl in "
     "the red cap on the left, Amara, she's 8, and we ticked NO to photos on the consent form."),
    ("children", "sensitive", "call",
     "Agent: Brightwater Riverside, how can I help? || Yeah hi, my grandson's stopping with us over half "
     "term, can I bring him in the pool on my membership? || Agent: Of course, how old is he? Under-8s need "
     "an adult in the water. || He's eleven, he's a good swimmer. || Agent: Then he can come in on a junior "
     "day pass with you, that's £3.50."),
    ("children", "sensitive", "chat",
     "hi, my kid is in second grade and the after school club pickup bus leaves at 3:15 but his school "
     "doesn't let out until 3:30. Can the bus wait for the Lincoln Elementary kids?"),
    ("children", "sensitive", "email",
     "We're foster carers and a six-year-old girl is being placed with us from Monday. Can we add her to our "
     "family membership? Her social worker says we mustn't put her surname in writing, is a first name "
     "enough for the card?"),
    ("children", "sensitive", "web_form",
     "Parental controls question: my 13 year old has Brightwater Go on her phone and I don't want her doing "
     "the body scan or seeing calorie targets. How do I lock those on her profile?"),
    ("children", "sensitive", "agent_note",
     "Teen member (15, acct J-55190) managed to book the adult HIIT class through the app, which should have "
     "blocked it. Cancelled booking, emailed parent, raised bug APP-2291."),
    ("children", "sensitive", "sms",
     "Hiya! Baby arrived 3 weeks early, shes only 10 days old so I wont be in for a while, can I pause my "
     "membership? x"),
    ("children", "sensitive", "chat",
     "Hello, my son is studying in 9th standard and wants to join badminton coaching. Is there any batch on "
     "weekday evenings after his tuition classes finish at 6?"),
    ("children", "sensitive", "email",
     "Hi there, our toddler Fionn is two and a half, would he be able for the parent and toddler splash "
     "session or is it only for the under-2s? Thanks a mil, Aoife"),
    ("children", "sensitive", "voicemail",
     "Hi, it's Marcus Reid, ringing about my daughter Ellie's GCSE PE, she needs her swimming assessment "
     "filmed for her coursework, could one of the coaches at Eastgate film her 200 metres? Call me back on "
     "07700 900861, thanks."),
    ("children", "sensitive", "dm",
     "just turned 16 last week can i get an adult membership now or do i have to wait till 18 lol"),
    ("children", "sensitive", "review_reply",
     "1 star. Left my 10yo at holiday camp and they let her walk to the corner shop with two other kids, no "
     "staff. Not impressed. || Agent: Hi Joanne, we're so sorry. That should never happen and the camp "
     "manager will call you today."),
    ("children", "sensitive", "chat",
     "Hi! My twins are in Year 2 at St Bede's and a flyer for the kids' tennis club came home in their "
     "book bags. Do you do a sibling discount?"),
    ("children", "sensitive", "email",
     "Good day. I want to register my two children for the Easter camp. The first one is 12 and the second "
     "one is 7. Kindly advise if they can be put in same group so the senior one can be looking after the "
     "small one. Thank you. Mrs Adeyemi"),
    ("children", "sensitive", "agent_note",
     "Mum reports son (age 11) being picked on by an older boy at Saturday karate. Passed to club welfare "
     "officer, coach to keep them in separate groups."),
    ("children", "sensitive", "call",
     "Is it alright if my lad uses my card while I'm working away? He's seventeen, same build as me, no one "
     "would notice. || Agent: I'm afraid cards aren't transferable, but we do a youth membership for 16 and "
     "17 year olds at £19 a month. || Oh go on then, what's he need to bring?"),
    ("children", "sensitive", "web_form",
     "Child's name: Leo Marsh. Age: 3. Swimming ability: none yet, first lessons. Preferred day: Thursday "
     "morning. Parent attending: Dad (Sam Marsh)."),
    ("children", "sensitive", "email",
     "Could you move my daughter's swim badge records (she's nine, currently Stage 5) from my old account "
     "onto the new family account? The app shows her progress as zero now which has upset her."),
    ("children", "sensitive", "dm",
     "mate my young fella's 6 and he's desperate to have a go at the junior jiu jitsu, any trial class on a "
     "sat?"),
    ("children", "sensitive", "chat",
     "hi im 13 and i want to go to the youth gym session on fridays, does my mum have to sign something or "
     "can i just turn up"),
    ("children", "sensitive", "agent_note",
     "Grandmother Mrs Okafor will collect granddaughter Zainab (7) from Thurs gymnastics from now on. Added to "
     "authorised collectors list per mum's email of 02/10."),
    ("children", "sensitive", "sms",
     "can u confirm lily is booked for camp mon-fri? shes the one with the nut allergy, age 8, she'll have "
     "her epipen in her bag"),
    ("children", "sensitive", "email",
     "My son is a high school sophomore on the swim team and his coach wants him getting extra laps in at "
     "6am. Is a 15-year-old allowed in the lap pool on his own before school?"),
    ("children", "sensitive", "call",
     "Agent: Good afternoon, Marlow Road. || Hi, my baby's nine months, is she allowed in the pool yet? Do you "
     "do baby swim? || Agent: Yes, Little Splashers is Tuesday and Friday mornings, from 3 months. || Brill, "
     "can I book her in for Friday?"),
    ("children", "sensitive", "web_form",
     "Complaint: the instructor put a video on Instagram of the Under-10s karate grading which shows my son's "
     "face and his name embroidered on his belt. I want it taken down today."),
    ("children", "sensitive", "chat",
     "Hi, can I ask if my pamangkin (nephew) who is 12 y/o can join the summer basketball camp even if I'm "
     "not the parent? I'm his guardian here while his mom and dad are working abroad."),
    ("children", "sensitive", "email",
     "Quick one - my stepdaughter's in Primary 5 and she's been put in the wrong swim group on Wednesdays, "
     "she's streets ahead of the others. Can she be moved up?"),
    ("children", "sensitive", "agent_note",
     "Lost child at Riverside soft play 14:20, boy approx 4 yrs. Reunited with dad within 5 mins at cafe. "
     "Incident log IL-3321."),
    ("children", "sensitive", "voicemail",
     "Hiya, it's Chantelle, my little one Kai starts reception in September so I need to swap his swim "
     "lesson from the Wednesday morning one to an after-school one, can someone ring me back, ta."),
    ("children", "benign", "email",
     "Hi, I run Hillside Farm Park and we'd love to hire your studio for a goat yoga pop-up. The kids (goats, "
     "I should say!) are all under six months and very friendly. Would that be allowed indoors?"),
    ("children", "benign", "dm",
     "can I bring my baby into the cafe? shes a very well behaved cockapoo and sits under the table"),
    ("children", "benign", "chat",
     "Are the kids' bike helmets in your shop at Eastgate the same brand as the adult ones? I need one for "
     "a nephew's birthday present, sizing is S/M. || Agent: Yes, same brand, we have S/M in blue and red. || "
     "Lovely, I'll pop in."),
    ("children", "benign", "web_form",
     "What age can children start swimming lessons with you, and do you need to be a member to book them?"),
    ("children", "benign", "email",
     "Dear Brightwater, I'm the PE lead at Northfield Primary and we'd like to book pool time for our Year 4 "
     "curriculum swimming lessons in the spring term, Monday afternoons. Do you take school bookings and "
     "what are the rates?"),
    ("children", "benign", "chat",
     "I'm a paediatric nurse, is there an NHS discount on the annual membership or only monthly?"),
    ("children", "benign", "review_reply",
     "Baby Shark has been playing on repeat in the Riverside cafe for a week. I'm begging you. || Agent: "
     "Ha! Message received, Tom. The playlist has been changed."),
    ("children", "benign", "agent_note",
     "Baby-changing unit in the Eastgate ground floor accessible toilet broken (hinge snapped). Maintenance "
     "job MJ-4410 raised, sign put up."),
    ("children", "benign", "email",
     "Hello, can I hire the sports hall for a children's birthday party on a Saturday afternoon? How many "
     "can we fit for a bouncy castle party and can we bring our own food?"),
    ("children", "benign", "sms",
     "Is 'Junior' the name of the off-peak plan now? The website says Junior Flex but I'm 42 so a bit "
     "confused lol"),
    ("children", "benign", "web_form",
     "Small thing but the holiday camp brochure on your website says 'ages 5-1' instead of 5-11. Might put "
     "some parents off!"),
    ("children", "benign", "chat",
     "Can the creche at Marlow Road be booked online yet or is it still phone only?"),
    ("children", "benign", "email",
     "Hi, I'm the Akela for 14th Ashby Cubs and we'd like to book the climbing wall for a pack night in "
     "November, about 20 cubs plus 5 leaders. What dates do you have?"),
    ("children", "benign", "review_reply",
     "Felt like a big kid again at the adult trampoline fitness class, absolutely loved it! || Agent: "
     "That's what we like to hear, Gemma! See you next week."),
    ("children", "benign", "dm",
     "my baby got a massive scratch down the passenger door in your car park today. yes my baby is a 2019 "
     "Golf. is there CCTV"),
    ("children", "benign", "chat",
     "The school-run traffic means I'm late for the 9am Body Pump every week. Any chance it could move to "
     "9:30? Loads of us are in the same boat."),
    ("children", "benign", "email",
     "Do you sell swim nappies at reception or do I need to get them from the shops? Just want to know "
     "before our family day out."),
    ("children", "benign", "voicemail",
     "Hello, it's Janet from the Mini Kickers franchise, we're looking to hire the 3G pitch on Saturday "
     "mornings for our football sessions, could the bookings team call me back please."),
    ("children", "benign", "web_form",
     "Your Grandparents' Day offer says 'bring a grandchild for free' - does that apply to the gym or just "
     "the pool? Asking for our over-60s group who want to promote it."),
    ("children", "benign", "chat",
     "Is there an adult version of Ninja Kidz? The obstacle course looks way more fun than my treadmill"),
    ("children", "benign", "agent_note",
     "Caller from Little Acorns Childminding asked whether we offer group rates for childminders bringing "
     "mixed groups to the pool. Sent group booking T&Cs."),
    ("children", "benign", "email",
     "I'm a youth football coach with a local club and want to take my FA Level 2 coaching badge. Do you "
     "host the courses at Eastgate or know who does?"),
    ("children", "benign", "call",
     "Agent: Hollins Park, Josh speaking. || Hi Josh, my kid brother's thirty and he's forgot his lock again, "
     "can he borrow one at the desk? || Agent: Ha, yes, we lend them for a £5 deposit. || Perfect, he's on "
     "his way."),
    ("children", "benign", "sms",
     "Hi what time does the holiday camp finish on Fridays? Need to plan my taxi shift around pickup for the "
     "school I drive for."),
    ("children", "benign", "email",
     "Please can you reset my password for the app? The reset link in my inbox says it's expired."),
    ("children", "benign", "chat",
     "hi my direct debit date is the 1st, can I change it to the 15th? || Agent: Yes, I've updated that for "
     "you from next month. || thanks!"),
    ("children", "benign", "web_form",
     "Booking error: I booked spin at 6:15pm Tuesday but my confirmation says Wednesday. Please check."),
    ("children", "benign", "dm",
     "can you put the towel service back at Eastgate? had to drip dry like an animal this morning"),
    ("children", "benign", "email",
     "The showers in the men's changing room at Riverside have been lukewarm at best for two weeks. Please "
     "fix."),
    ("children", "benign", "agent_note",
     "Member reports app crashes when opening the timetable on Android 14. Reproduced on test device. Logged "
     "APP-2304."),
    ("children", "benign", "chat",
     "wifi at Hollins Park keeps kicking me off during my workout, my playlist stops every 5 mins"),
    ("children", "benign", "email",
     "Hello, please could you send a VAT invoice for the 12 corporate memberships we paid for in January? "
     "Company: Greyfield Logistics Ltd, PO 55821."),
    ("children", "benign", "web_form",
     "Change of address: 14 Tern Close, Ashby, AB3 7QT. Please update my membership record."),
    ("children", "benign", "call",
     "Agent: Brightwater, Maya speaking. || Hi, I just wanted to check whether the pool at Eastgate is open "
     "tomorrow, the app says closed for maintenance but the sign says open. || Agent: It's open from 7am, "
     "the maintenance finished early. || Great, thanks."),
    ("children", "benign", "review_reply",
     "The new reformer studio is gorgeous but the booking opens at midnight and everything's gone by 12:05. "
     "|| Agent: Thanks Priya, we're adding three more classes from next week."),
    # ---- special_categories
    ("special_categories", "sensitive", "email",
     "Hello, I go to the women-only swim at Eastgate on Sunday evenings. As a Muslim woman I can't swim when "
     "a male lifeguard is on poolside, and last week there was one. Can you confirm the session will be "
     "female staff only going forward? Thank you, Samira"),
    ("special_categories", "sensitive", "chat",
     "Hi, I'm fasting for Ramadan from next week so I'd like to move my PT sessions to after iftar, around "
     "9pm. Is that doable? || Agent: Let me check with Connor... yes, he can do 9pm Mon and Wed. || Perfect, "
     "book me in please"),
    ("special_categories", "sensitive", "dm",
     "can i wear my burkini in the main pool or is it only allowed at the ladies session? i cover for my "
     "faith and a lifeguard told me off yesterday in front of everyone"),
    ("special_categories", "sensitive", "agent_note",
     "Member is Orthodox Jewish; asked not to be auto-booked into Saturday classes and for Friday PT to end "
     "well before sundown in winter months. Preferences updated on acct 60217."),
    ("special_categories", "sensitive", "web_form",
     "I am a practising Jain and as per my religion I do not take onion, garlic or root vegetables. None of "
     "the smoothies at the Hollins Park cafe are suitable for me. Kindly consider adding one Jain-friendly "
     "shake."),
    ("special_categories", "sensitive", "email",
     "Hi, as the vicar at St Michael's my Sundays are taken up with services, so I'd like to switch to the "
     "weekday-only membership. Would that save me anything? Rev. Andrew Hale"),
    ("special_categories", "sensitive", "chat",
     "hi does the martial arts club let me keep my kara on for sparring? I'm amritdhari so I don't take it "
     "off, can tape over it if that helps"),
    ("special_categories", "sensitive", "call",
     "Agent: Brightwater, how can I help? || I bought the winter bundle and it's got a ticket for the "
     "Christmas party night in it. I'm a Jehovah's Witness so I don't celebrate it - can I have that bit "
     "refunded? || Agent: I'll take that off and refund the £15 difference."),
    ("special_categories", "sensitive", "sms",
     "Hi can I drop my Sunday 10am spin booking permanently please, I'm a reader at 10 o'clock Mass in our "
     "parish. Thanks! - Joy"),
    ("special_categories", "sensitive", "email",
     "I'm of Nigerian heritage and with my natural hair the swim caps you sell at reception are far too "
     "small. Do you stock the larger afro caps? If not, could you?"),
    ("special_categories", "sensitive", "web_form",
     "Complaint: I'm the only Black woman in the Tuesday bootcamp and the instructor keeps calling me 'the "
     "loud one' and making jokes about my hair. I've felt singled out for weeks and nobody else gets this."),
    ("special_categories", "sensitive", "agent_note",
     "Cust (says he is from an Irish Traveller family) was refused entry at Riverside by the evening duty "
     "manager and believes it was because of his surname and address. Escalated to area manager."),
    ("special_categories", "sensitive", "dm",
     "the skin analysis bit of the body scan keeps telling me to 'even out my tone' lmaooo i'm South Asian "
     "babe, my skin is brown, that IS the tone. fix ur algorithm"),
    ("special_categories", "sensitive", "chat",
     "Another member at Marlow Road keeps asking where I'm 'really from'. I'm British Chinese, born in "
     "Leeds. Today he did a fake accent at me in the weights area. I want it dealt with."),
    ("special_categories", "sensitive", "email",
     "Hi, I'm standing as the Labour candidate for Ashby ward in the May elections and won't see the inside "
     "of a gym while I'm out canvassing. Can I freeze for three months?"),
    ("special_categories", "sensitive", "sms",
     "hi cant make PT sat, going down to the climate march in london with the extinction rebellion lot. "
     "rebook for next sat pls"),
    ("special_categories", "sensitive", "agent_note",
     "Member asked that his photo be taken off the Eastgate 'member of the month' board; he's had abuse "
     "online since being photographed at the Palestine solidarity march. Photo removed."),
    ("special_categories", "sensitive", "web_form",
     "I'm secretary of our local Conservative association branch and a few of us who are members would like "
     "a group rate. We're 9 people. Is there a minimum group size?"),
    ("special_categories", "sensitive", "email",
     "Hi, I'm the Unite rep at our depot and I've had a few of the lads asking about the gym. How many do "
     "we need for the corporate rate? Cheers, Phil"),
    ("special_categories", "sensitive", "chat",
     "I'm an NEU member and saw you're part of the union's member benefits scheme. How do I claim the 15% "
     "off? I've got my membership number here. || Agent: Just enter it at checkout in the Union Code box! "
     "|| ta"),
    ("special_categories", "sensitive", "call",
     "Agent: Marlow Road, hello. || Hiya, we're out on strike with the RMT from Monday, so money's a bit "
     "tight, can I drop down to off-peak for a couple of months? || Agent: Yes, I can do that from your "
     "next payment."),
    ("special_categories", "sensitive", "chat",
     "hi, my wife and I want to switch to a couples membership. she's Gemma Lowe and I'm Rachel Lowe, we "
     "both train at Riverside"),
    ("special_categories", "sensitive", "email",
     "My boyfriend and I both train at Eastgate (I'm Jamal Price, he's Chris Doyle). Can we get the partner "
     "discount even though we're not married or living together yet?"),
    ("special_categories", "sensitive", "dm",
     "came out to my family last month and finally feel brave enough to try the LGBTQ+ swim night. is it "
     "ok for total beginners? bit nervous ngl"),
    ("special_categories", "sensitive", "agent_note",
     "Member says male PT made comments about him being gay during session on 12/03 ('don't look at me like "
     "that'). Wants a different trainer. Formal complaint logged, PT manager informed."),
    ("special_categories", "sensitive", "email",
     "Hello, I've recently transitioned and changed my name by deed poll from Daniel to Danielle. Please "
     "update my membership name and issue a new card. Could you also confirm I'm fine to use the women's "
     "changing room at Hollins Park?"),
    ("special_categories", "sensitive", "chat",
     "my pronouns are they/them, I'm non-binary. can the app stop saying 'welcome back sir' every time I "
     "log in? it's a small thing but it gets to me"),
    ("special_categories", "sensitive", "web_form",
     "I'm a trans man, about 18 months on testosterone. The body scan makes me pick male or female for the "
     "body fat calculation. Which should I choose to get an accurate reading?"),
    ("special_categories", "sensitive", "agent_note",
     "Cust asked that his deadname be removed from everything incl. old class bookings and PT notes. Name "
     "now Alex Moreno, pronouns he/him. Updated across CRM and app; raised ticket to purge PT notes."),
    ("special_categories", "sensitive", "email",
     "I did one of those home DNA tests and it says I carry two copies of the ACTN3 'sprinter' variant. Your "
     "trainers advertise gene-based programmes - can I upload my raw results to my profile?"),
    ("special_categories", "sensitive", "chat",
     "My genetic test came back saying I'm a carrier for haemochromatosis. Does the nutrition plan in the "
     "app account for that with iron, or should I just skip the iron-rich meal suggestions?"),
    ("special_categories", "sensitive", "web_form",
     "I shared my FitGene report with my PT in the app last year. It shows I have a BRCA1 variant which I "
     "never meant him to see. Please delete it from my profile and confirm who has accessed it."),
    ("special_categories", "sensitive", "email",
     "Please delete my fingerprint template from the entry system at Hollins Park. I've cancelled my "
     "membership and I don't want my biometric data kept anywhere. Member no. BW-118274."),
    ("special_categories", "sensitive", "dm",
     "the face scan gate at Eastgate doesnt recognise me since i shaved off my beard lol, can someone "
     "re-enrol my face, im stuck at the barrier every morning"),
    ("special_categories", "sensitive", "call",
     "Agent: Brightwater support, this is Kieran. || Hi, the app's voice login keeps rejecting me since I "
     "had a cold, can you reset my voiceprint? || Agent: Sure, I'll delete your stored voice sample and you "
     "can re-record it next time you log in."),
    ("special_categories", "benign", "email",
     "Hi, we're holding a conference at your Eastgate centre in October. Do any of your sites have a quiet "
     "room or multi-faith prayer room? I'm putting the venue guide together for attendees."),
    ("special_categories", "benign", "web_form",
     "Booking enquiry: St Luke's Church youth group would like the sports hall on Friday evenings, 7-9pm, "
     "for five-a-side. Roughly 15 young people and 3 leaders. Is there a community rate?"),
    ("special_categories", "benign", "email",
     "Good morning, I'm the branch administrator for the Westshire GMB office. We'd like to book your "
     "function room for our AGM on 14 March, about 60 attendees, with tea and coffee."),
    ("special_categories", "benign", "chat",
     "Hi, I'm with the events agency for the Pride 5K you're sponsoring. Can we get 200 rainbow lanyards "
     "printed with your logo, and who signs off the artwork?"),
    ("special_categories", "benign", "sms",
     "Face scanner at Riverside entrance is offline again, queue out the door at 6am. Can you prop the gate?"),
    ("special_categories", "benign", "email",
     "Do you use fingerprint entry at all your centres? I'm curious how you store the templates and what "
     "your GDPR basis is, before I sign up."),
    ("special_categories", "benign", "chat",
     "The sports hall at Marlow Road is a polling station on Thursday - does that mean my 7pm badminton "
     "court is cancelled?"),
    ("special_categories", "benign", "dm",
     "will the 6am opening still happen with the tube strike on tuesday? half the staff come in from town"),
    ("special_categories", "benign", "web_form",
     "Your Black Friday deal shows £25/month on Instagram but £29 on the join page. Which is right?"),
    ("special_categories", "benign", "chat",
     "The women-only gym sessions at Hollins Park aren't showing on the timetable in the app, just the "
     "website. Is that a bug?"),
    ("special_categories", "benign", "email",
     "When signing up online there's an equality monitoring section (ethnicity, religion etc). Is it "
     "compulsory? The page wouldn't let me skip it."),
    ("special_categories", "benign", "agent_note",
     "Cust flagged the DNA fitness kit is £99 in the Eastgate shop but £79 online. Price matched at till, "
     "told retail team to update shelf label."),
    ("special_categories", "benign", "email",
     "We're ordering lunch platters from your cafe for our corporate away day. Could each platter be "
     "labelled halal, vegetarian or gluten-free so guests can choose?"),
    ("special_categories", "benign", "call",
     "Agent: Bookings, hi. || Hi, I'm the sports officer at the Students' Union, we'd like to book two "
     "pitches on Wednesday afternoons for intramural football. || Agent: No problem, I'll send over the "
     "block booking form."),
    ("special_categories", "benign", "review_reply",
     "Your phone line's voice recognition never understands me saying 'cancel a class'. Pressed 0 five "
     "times. || Agent: Sorry Mark! We're replacing the phone menu next month."),
    ("special_categories", "benign", "dm",
     "did the straight-leg deadlift technique video get taken off the app? cant find it anymore"),
    ("special_categories", "benign", "sms",
     "TransPennine delays again so I'll be 10 mins late for my 6pm PT with Sasha, sorry"),
    ("special_categories", "benign", "chat",
     "The Buddha bowl at Hollins Park cafe has been sold out every lunchtime this week. Could you make more?"),
    ("special_categories", "benign", "web_form",
     "The Kundalini yoga description just says 'yoga'. Could you add a bit more? A friend wants to know what "
     "to expect before she books."),
    ("special_categories", "benign", "voicemail",
     "Hello, it's Anil from the Bharat Cultural Association, we'd like to hire the main hall for our Diwali "
     "celebration evening on the 2nd of November, about 150 guests, please give me a call back."),
    ("special_categories", "benign", "email",
     "How do I join the 'Gene Pool' masters swim squad? Saw the poster at Riverside but there's no link."),
    ("special_categories", "benign", "chat",
     "The Face ID login option doesn't show up in the app on my iPad, only on my phone. Is that normal?"),
    ("special_categories", "benign", "email",
     "Some of our corporate group asked whether the yoga class you're running at our office is religious, "
     "e.g. chanting Om. Could the teacher confirm what the class involves so I can reply to them?"),
    ("special_categories", "benign", "chat",
     "what are your opening hours over Christmas and Easter bank holidays? planning ahead"),
    ("special_categories", "benign", "sms",
     "Can I bring a guest on Saturday? How much is a guest pass?"),
    ("special_categories", "benign", "web_form",
     "Lost property: gold hoop earring, left in the Eastgate women's changing room Thursday evening, "
     "locker area near the hairdryers."),
    ("special_categories", "benign", "email",
     "My 7pm Zumba was cancelled with 20 minutes notice and I'd already driven over. Can I get a class "
     "credit at least?"),
    ("special_categories", "benign", "chat",
     "how much to upgrade from off-peak to anytime? || Agent: It's an extra £8 a month. || ok do it from "
     "next month please"),
    ("special_categories", "benign", "dm",
     "how much are PT sessions at Marlow Rd, is there a block discount?"),
    ("special_categories", "benign", "email",
     "My referral code didn't apply when my friend joined last week. Her name is on the account as Lucy "
     "Grant. Can you add the free month?"),
    ("special_categories", "benign", "agent_note",
     "Member reports sauna at Riverside only reaching 60C. Checked thermostat, element faulty. Engineer "
     "booked Weds."),
    ("special_categories", "benign", "web_form",
     "Can I get a parking permit for the staff car park? I'm a PT renting space at Hollins Park three days "
     "a week."),
    ("special_categories", "benign", "sms",
     "Lost my membership card, can I get a new one at reception or do I order it online?"),
    ("special_categories", "benign", "chat",
     "App keeps logging me out every time I close it. Android, latest version."),
    ("special_categories", "benign", "email",
     "How much does it cost to freeze my membership for a month, and is there a minimum notice?"),
    # ---- financial_hardship
    ("financial_hardship", "sensitive", "email",
     "Hi, I lost my job last month and I really can't keep paying £49 a month at the moment. Is there any "
     "way to reduce it or freeze it without the £20 fee? I'd like to come back once I'm working again. "
     "Thanks, Leanne"),
    ("financial_hardship", "sensitive", "chat",
     "my DD bounced again sorry, universal credit doesnt land till the 15th, can u take it then instead || "
     "Agent: I can move your collection date to the 16th, would that help? || yes thank u so much"),
    ("financial_hardship", "sensitive", "agent_note",
     "Cust says her old membership arrears (2022) were passed to a debt collection agency and she's now "
     "getting letters daily. Disputes amount. Sent full statement, put collection on hold 30 days."),
    ("financial_hardship", "sensitive", "sms",
     "Got a letter from ur debt recovery people re £180 arrears. Cant pay it all at once, can I do £20 a "
     "month?"),
    ("financial_hardship", "sensitive", "web_form",
     "We've been evicted and are in temporary accommodation in another town. We can't afford the family "
     "membership any more. Please cancel it and waive the notice period if you can."),
    ("financial_hardship", "sensitive", "call",
     "Agent: Brightwater, Sophie speaking. || Hi, I'm on ESA and PIP at the minute, do you do any kind of "
     "concession rate? I only use the pool really. || Agent: We do, the Access rate is £14.50, I'll just need "
     "to see your award letter."),
    ("financial_hardship", "sensitive", "email",
     "Respected team, I was laid off from my company last week due to restructuring. Kindly pause my "
     "membership and the remaining 8 PT sessions until I secure a new job. I will resume immediately after. "
     "Regards, Vikram Nair"),
    ("financial_hardship", "sensitive", "dm",
     "declared bankrupt last week and my insolvency practitioner says I've got to cancel all non essential "
     "direct debits, you lot included. how do I do it without getting charged"),
    ("financial_hardship", "sensitive", "review_reply",
     "Cancelled because I'm skint after being made redundant and they STILL chased me for 30 days notice. "
     "Heartless. || Agent: Hi Tony, we're sorry to hear about your job. Please DM us your member number and "
     "we'll waive the notice period."),
    ("financial_hardship", "sensitive", "voicemail",
     "Hi, it's Fatima Hussain, I'm ringing about my son's swimming lessons, I know I'm two months behind, I've "
     "been between jobs, but please don't take him off the list, I'll ring on Friday to sort a plan."),
    ("financial_hardship", "sensitive", "chat",
     "I'm behind on rent and my bank charges me an overdraft fee every time your $39 payment bounces. Please "
     "stop trying to take it until I call you. || Agent: Understood, I've paused collection for 30 days."),
    ("financial_hardship", "sensitive", "agent_note",
     "Member is in an IVA; all creditors must go through the IVA provider. Arrears of £96 set to £5/month "
     "plan, membership cancelled with no fee."),
    ("financial_hardship", "sensitive", "email",
     "Please I am appealing to you to give me more time to pay the balance of the PT package. My business "
     "collapsed in March and I am owing many people, but I will pay by end of next month by God's grace. "
     "Sincerely, Emeka"),
    ("financial_hardship", "sensitive", "sms",
     "on centrelink at the moment mate, any chance of a hardship rate on the swim pass?"),
    ("financial_hardship", "sensitive", "call",
     "Agent: How can I help today? || I need to cancel. The bailiffs came round last week and I've been told "
     "to stop anything that isn't essential. || Agent: I'm sorry. I'll cancel it now and there'll be no "
     "cancellation charge."),
    ("financial_hardship", "sensitive", "web_form",
     "Reason for leaving: Financial. Comments: We're using the food bank at the moment and the gym is the "
     "last thing I can justify. Hope to come back when things pick up."),
    ("financial_hardship", "sensitive", "agent_note",
     "Mrs D. Harper lost her job at the warehouse and husband is on statutory sick pay. Moved family plan to "
     "pay-as-you-go. Cancellation fee waived per centre manager."),
    ("financial_hardship", "sensitive", "chat",
     "Hi, I'm on the dole since the factory shut, do ye still do the community rate for jobseekers?"),
    ("financial_hardship", "sensitive", "email",
     "The payday loan company has taken most of my wages again so the gym payment will fail this month. "
     "Please don't add a late fee, I'll pay it when I can."),
    ("financial_hardship", "sensitive", "dm",
     "Hello po, can I stop my monthly for now? I lost my work last month and we are struggling to pay the "
     "bills and the house rent. Thank you po."),
    ("financial_hardship", "benign", "chat",
     "My card got declined at the front desk even though there's definitely money on it. Can you check if "
     "it's your machine? || Agent: The card reader at Eastgate had a fault this morning, it's fixed now. || "
     "Ah ok, phew"),
    ("financial_hardship", "benign", "email",
     "Please refund the £8 for the boxfit class on Saturday that was cancelled. I was charged anyway."),
    ("financial_hardship", "benign", "web_form",
     "What's the difference between the Flex and Unlimited plans, price-wise and what's included?"),
    ("financial_hardship", "benign", "review_reply",
     "Worth every penny, broke three PBs in six weeks with Jordan. || Agent: Amazing work, Sam!"),
    ("financial_hardship", "benign", "email",
     "I'm a debt adviser at a Citizens Advice office. Do you offer a concession rate I can mention to the "
     "people we see? A leaflet would be great."),
    ("financial_hardship", "benign", "chat",
     "I volunteer at the Ashby food bank and we're putting together a list of local low-cost activities. "
     "Does Brightwater have any free or discounted community sessions?"),
    ("financial_hardship", "benign", "dm",
     "your prices are daylight robbery lol but the new pool is lush so I'll let it slide"),
    ("financial_hardship", "benign", "email",
     "Hello, our company is going through a restructure and HR would like to offer staff who are leaving a "
     "discounted membership for three months as a goodwill gesture. Who should I speak to?"),
    ("financial_hardship", "benign", "agent_note",
     "Member queried 'payment overdue' banner in app; paid cash at reception yesterday. Payment posted late by "
     "till system. Banner cleared."),
    ("financial_hardship", "benign", "sms",
     "Is the Broke Student membership still a thing for postgrads or just undergrads?"),
    ("financial_hardship", "benign", "email",
     "I got a 'final reminder' email about an unpaid balance but I've never been a member. Someone must have "
     "typed my address by mistake. Please take me off."),
    ("financial_hardship", "benign", "chat",
     "Can I switch to paying annually instead of monthly? I think it works out cheaper"),
    ("financial_hardship", "benign", "web_form",
     "My employer moved payday from the 28th to the 1st. Can you change my direct debit date to the 2nd?"),
    ("financial_hardship", "benign", "email",
     "Hello, I was charged in euros on my last payment instead of pounds. Is that a bank thing or yours?"),
    ("financial_hardship", "benign", "call",
     "Agent: Brightwater, hi. || Hi, I'm a journalist writing about gym pricing during the cost-of-living "
     "crisis. Is there someone in your press office I could talk to? || Agent: Yes, I'll pass your details "
     "to our comms team."),
    ("financial_hardship", "benign", "sms",
     "Can I buy a gift voucher for my sister's birthday online or only in the centre?"),
    ("financial_hardship", "benign", "dm",
     "'Bankrupt Your Calories' challenge is a wild name for a spin class, love it, how do I sign up"),
    ("financial_hardship", "benign", "agent_note",
     "Cust asked for a receipt for her annual membership for her expenses claim. Emailed PDF."),
    ("financial_hardship", "benign", "email",
     "Hi, I'd like to add my partner to my membership. What would the new monthly price be?"),
    ("financial_hardship", "benign", "voicemail",
     "Hi, it's Dan, I think I've been charged for two PT blocks when I only bought one, can someone check "
     "and call me back, thanks."),
    # ---- legal
    ("legal", "sensitive", "email",
     "Dear Sirs, We act for Ms Joanne Fairley in relation to an injury she sustained on 4 June at your Marlow "
     "Road centre when a cable machine failed. Please preserve all CCTV footage and maintenance records for "
     "that date. Yours faithfully, Carver Lund Solicitors"),
    ("legal", "sensitive", "agent_note",
     "Member arrested on premises 22/04, police attended re an outstanding warrant. Membership suspended "
     "pending review. Police ref 4403/22APR."),
    ("legal", "sensitive", "chat",
     "someone nicked my phone out of the locker room, ive reported it to police, crime ref CR/5521/24. can "
     "you give them the cctv? || Agent: Yes, we'll release footage directly to the officer once they "
     "request it. || ok thx"),
    ("legal", "sensitive", "email",
     "My ex-husband and I are going through divorce proceedings and the family membership is in his name. "
     "My solicitor says the children and I should still have access until the financial order. Can you put "
     "it in my name?"),
    ("legal", "sensitive", "call",
     "Agent: Eastgate, hello. || Hi, I have a restraining order against a man who I've just seen training "
     "in your gym. I need to know what you can do. || Agent: Please stay where you are, I'm getting the duty "
     "manager now."),
    ("legal", "sensitive", "web_form",
     "I'd like to coach junior football at your centre and need to declare a conviction for the DBS check. "
     "It's from 2009 and spent. Who should I send the details to?"),
    ("legal", "sensitive", "sms",
     "cant do PT thurs, in court for the custody hearing. sorry, will rebook"),
    ("legal", "sensitive", "dm",
     "ur gym is taking me to small claims over a membership i cancelled in 2021?? my solicitor will be in "
     "touch"),
    ("legal", "sensitive", "agent_note",
     "Cust says he's on bail with a curfew 7pm-7am so needs his PT moved to lunchtimes. Moved bookings, no "
     "further details taken."),
    ("legal", "sensitive", "email",
     "My attorney has advised me to request all records of my workouts and body scan data as part of my "
     "personal injury lawsuit against the driver who hit me. Please send everything you hold."),
    ("legal", "sensitive", "call",
     "Agent: Brightwater community team. || Hi, I'm on probation and my probation officer needs a letter "
     "saying I've been coming to your community fitness programme. || Agent: I can email that to you, or "
     "directly to the officer if you'd prefer."),
    ("legal", "sensitive", "web_form",
     "I was given a police caution after an argument in the car park last month and now I've been banned "
     "from all centres. I want to appeal the ban."),
    ("legal", "sensitive", "chat",
     "Sir, my case is going on in consumer court against your franchise partner for not refunding my "
     "advance of 3 months. Kindly share the contact of your legal department."),
    ("legal", "sensitive", "email",
     "Please note my solicitors, Harlow & Finch LLP, are handling my claim for the fall in the Riverside "
     "changing room. Direct further contact to them, ref HF/2231."),
    ("legal", "sensitive", "agent_note",
     "Caller (Mr P. Nowak) is being sued by a former business partner and his accounts are frozen by court "
     "order. Asked to switch payments to his wife's card. Done with her consent on the call."),
    ("legal", "sensitive", "voicemail",
     "Hi, this is DC Harris from Westshire Police, I'm calling about an investigation involving one of your "
     "members at Eastgate, I need to speak to your data protection officer, my number is 01632 960088."),
    ("legal", "sensitive", "dm",
     "got done for drink driving so I've lost me licence for 18 months, can't get to Eastgate any more, can "
     "I move to the club near the train station"),
    ("legal", "sensitive", "email",
     "I'm separating from my husband and it's going through the courts at the minute. Can you take my name "
     "off the joint account and make sure he can't see my bookings?"),
    ("legal", "sensitive", "sms",
     "hi its jordan, the tribunal date for my unfair dismissal claim clashes with bootcamp week 3, can I "
     "get a credit for that one?"),
    ("legal", "sensitive", "call",
     "Agent: Riverside, hello. || My son's been charged with assault after a fight at the Sunday league "
     "match on your pitches. His barrister wants the footage. How do we request it? || Agent: I'll send you "
     "our CCTV request form, it goes to our DPO."),
    ("legal", "benign", "email",
     "Hello, I'm a partner at a small law firm of 30 staff. Do you offer a corporate rate, and can it be "
     "billed monthly to the firm?"),
    ("legal", "benign", "chat",
     "General question: what's your policy if the police ask you for CCTV? Do you need a warrant?"),
    ("legal", "benign", "web_form",
     "Court booking: the page says court 4 is taken on Tuesday at 7pm but there's nobody on it every week. "
     "Is it a block booking that's not being used?"),
    ("legal", "benign", "email",
     "The Legal Eagles netball team (we're all from Hartley & Co) would like to book court 2 on Thursdays "
     "for the spring league."),
    ("legal", "benign", "agent_note",
     "Caller is a judge at the regional gymnastics comp we're hosting Saturday; asked where officials park. "
     "Told her the staff car park, pass at reception."),
    ("legal", "benign", "dm",
     "is jailhouse circuits a real class or is that just what everyone calls the Monday bootcamp lol"),
    ("legal", "benign", "email",
     "I got a £60 parking charge notice from your car park operator. I was in a 90 minute class and the sign "
     "says 2 hours free. Can you get it cancelled?"),
    ("legal", "benign", "chat",
     "Is your 12 month minimum term legally enforceable in Scotland? Just curious before I sign up. || Agent: "
     "Our terms apply UK-wide, but you can cancel in the first 14 days. || fair enough"),
    ("legal", "benign", "sms",
     "Im a police officer, do you do a blue light discount?"),
    ("legal", "benign", "web_form",
     "Please send me a copy of your privacy notice and tell me who the data controller is for the app."),
    ("legal", "benign", "review_reply",
     "Guilty as charged, I've eaten a whole cheesecake after every class this month. Still the best gym in "
     "town. || Agent: Your secret's safe with us, Lou!"),
    ("legal", "benign", "email",
     "Hi, I run a security firm and we're looking for corporate memberships for our door staff. Do you do "
     "shift-worker rates?"),
    ("legal", "benign", "chat",
     "the 'Courtside' cafe at Eastgate needs a card machine that actually works, had to go to the cashpoint"),
    ("legal", "benign", "call",
     "Agent: Bookings. || Hi, I'd like to book a squash court for Saturday morning. || Agent: 9 or 10am? || "
     "10 please, court 1 if it's free."),
    ("legal", "benign", "email",
     "Where do I find the full terms and conditions for the PT packages? The link in the confirmation email "
     "is broken."),
    ("legal", "benign", "agent_note",
     "Member asked to change email address on file. Verified via security questions. Updated."),
    ("legal", "benign", "sms",
     "Is the gym open on Good Friday?"),
    ("legal", "benign", "web_form",
     "The hand dryers in the Hollins Park men's changing room have been broken for a week."),
    ("legal", "benign", "dm",
     "any chance of more bikes in the spin studio? always fully booked"),
    ("legal", "benign", "email",
     "Can I bring my own resistance bands into the gym or do I have to use yours?"),
    # ---- bereavement
    ("bereavement", "sensitive", "email",
     "My mum passed away in January and I've only just noticed her direct debit is still going out for her "
     "membership at Riverside. Please cancel it and refund from February. Her member number was BW-100233. "
     "Kind regards, Helen Ward"),
    ("bereavement", "sensitive", "chat",
     "hi need to cancel my husbands membership, he died last week || Agent: I'm so sorry for your loss. I "
     "can do that for you now, could you confirm his date of birth? || 03/07/1961"),
    ("bereavement", "sensitive", "agent_note",
     "Caller's partner died suddenly last month. Converted couples membership to single in her name and "
     "moved his 6 unused PT sessions to her account. All fees waived, condolence card sent."),
    ("bereavement", "sensitive", "sms",
     "Sorry not been in, lost my dad a couple of weeks back. can u freeze me for a month"),
    ("bereavement", "sensitive", "web_form",
     "Cancellation reason: Bereavement. Additional info: The account holder, my father Alan Pryce, passed "
     "away on 3 March. I am the executor of his estate. Death certificate attached."),
    ("bereavement", "sensitive", "voicemail",
     "Hi, this is Bridget, I'm ringing about my brother Declan's membership at Eastgate, he passed away at "
     "Christmas, God rest him, and I'd like to get it closed off. My number is 07700 900552."),
    ("bereavement", "sensitive", "dm",
     "my nan's funeral is thurs so I'll miss boxing, can I get a credit for it"),
    ("bereavement", "sensitive", "email",
     "Good day. My husband Mr Chukwuemeka Obi, who was a member at Eastgate, slept in the Lord on the 12th of "
     "last month. Kindly stop all debits on his account. Mrs Ngozi Obi"),
    ("bereavement", "sensitive", "call",
     "Agent: Brightwater Marlow Road. || Hi, I used to come to the mums and babies class. We lost our little "
     "girl in November and I just can't come back to that class. Can I swap my credits to something else? || "
     "Agent: I'm so very sorry. Of course, I'll move them to general classes."),
    ("bereavement", "sensitive", "chat",
     "my PT Marco trained my late wife too before she passed. I know he's fully booked but could I keep him "
     "when I come back? it would mean a lot"),
    ("bereavement", "sensitive", "review_reply",
     "When my father died they asked me for HIS password to cancel his account. Unbelievable. || Agent: We're "
     "truly sorry for your loss, Mr Patel, and for how this was handled. Our bereavement team will call you "
     "today."),
    ("bereavement", "sensitive", "agent_note",
     "Member called: her son died in a motorbike accident in May. His account is linked to hers and the app "
     "keeps sending his birthday offer. Closed his account, suppressed all marketing."),
    ("bereavement", "sensitive", "email",
     "Dear team, my father-in-law expired on Sunday and we are observing the 13 days of mourning. Kindly "
     "extend the validity of my quarterly pack by two weeks. Thanks and regards, Sunita"),
    ("bereavement", "sensitive", "dm",
     "hey, lost my best mate last month and the Sunday running club was our thing. not ready to come back "
     "yet, can you pause it"),
    ("bereavement", "sensitive", "web_form",
     "My twin sister died in February. Her gym account is linked to my email and I keep getting 'we miss "
     "you' messages addressed to her. Please close it."),
    ("bereavement", "sensitive", "sms",
     "Hi its Ana. Lola passed on Sunday so I have to fly home to Manila tomorrow, can I freeze my "
     "membership for 4 weeks? Salamat"),
    ("bereavement", "sensitive", "call",
     "Agent: Riverside, how can I help? || My wife's passed on. She did the aquafit every Monday, the girls "
     "there were so good to her. She had ten class credits left, could they go to someone who can't "
     "afford it? || Agent: That's a lovely thought, I'll arrange that with the manager."),
    ("bereavement", "sensitive", "agent_note",
     "Widow of deceased member (acct 30291) asked for a copy of his last body scan as a keepsake. Verified "
     "with death certificate and executor letter. Sent securely."),
    ("bereavement", "sensitive", "chat",
     "My mom passed last month and I'm handling her affairs. She prepaid a year of personal training in "
     "September, can her estate get a refund for what's left?"),
    ("bereavement", "sensitive", "email",
     "Our coach Steve passed away on Saturday. A few of us from the 6am masters swim would like to put a "
     "small plaque by lane 1 at Eastgate. Who do we ask?"),
    ("bereavement", "benign", "web_form",
     "What happens to a membership if the account holder dies? Is there a fee to cancel, or does it just "
     "stop?"),
    ("bereavement", "benign", "dm",
     "app is dead AGAIN, won't load past the splash screen"),
    ("bereavement", "benign", "review_reply",
     "Leg day with Kirsty killed me, RIP my quads, 10/10 would die again. || Agent: Kirsty says you're "
     "welcome!"),
    ("bereavement", "benign", "chat",
     "The 'Dead Bug' core exercise video in the app has no sound, just the demo with silence"),
    ("bereavement", "benign", "agent_note",
     "Deadlift platform 2 at Eastgate has a cracked rubber board. Taped off, replacement ordered."),
    ("bereavement", "benign", "email",
     "Hello, I'm a funeral director and would like corporate memberships for my 8 staff. Our hours are "
     "irregular, is there a flexible option?"),
    ("bereavement", "benign", "sms",
     "pool was deathly cold this morning at Riverside, heating broken?"),
    ("bereavement", "benign", "chat",
     "Is the Dead Hang Challenge on Saturday open to non-members?"),
    ("bereavement", "benign", "email",
     "My phone died halfway through booking a PT block and now I've been charged twice. Please refund one."),
    ("bereavement", "benign", "web_form",
     "Lost and found: lost a pair of AirPods in the spin studio on Monday evening."),
    ("bereavement", "benign", "chat",
     "is there a grace period if my payment is late? || Agent: Yes, 7 days before anything happens. || "
     "great thanks"),
    ("bereavement", "benign", "email",
     "The 'Legacy' membership is showing on the website but not in the app. Is it still available?"),
    ("bereavement", "benign", "call",
     "Agent: Hollins Park. || Hi, is the Saturday 9am Pilates back on? It's been 'cancelled' for weeks. || "
     "Agent: Yes, it's back from this Saturday with a new teacher."),
    ("bereavement", "benign", "dm",
     "the treadmill by the window is giving up the ghost, squeaks like mad"),
    ("bereavement", "benign", "email",
     "Can I change my PT from Tuesday evening to Wednesday morning going forward?"),
    ("bereavement", "benign", "agent_note",
     "Member asked about student discount. Needs valid NUS/TOTUM card. Told her to bring it to reception."),
    ("bereavement", "benign", "sms",
     "Hi can you send me the timetable for the Easter holidays please"),
    ("bereavement", "benign", "web_form",
     "I'd like to upgrade to include swimming. How much extra?"),
    ("bereavement", "benign", "voicemail",
     "Hi, it's Owen, member number 40117, just calling to check my freeze has ended, the app still says "
     "frozen. Thanks."),
    ("bereavement", "benign", "chat",
     "Do you sell towels at reception? Forgot mine and I'm already in the car park"),
    # ---- violence_self_harm
    ("violence_self_harm", "sensitive", "email",
     "A man from the free weights area has followed me out to my car after my evening sessions three times "
     "now. I don't know him. Please can someone check the CCTV and walk me out on Thursday?"),
    ("violence_self_harm", "sensitive", "chat",
     "my ex keeps turning up at my spin class. i left him in march and he's not meant to know where i am. "
     "can you block him from booking? || Agent: I'm sorry you're dealing with this. We can flag his account "
     "and alert staff. Are you safe right now? || yes im home"),
    ("violence_self_harm", "sensitive", "agent_note",
     "Member reported being punched by another member in the men's changing room 09/05 after a row over a "
     "locker. Police called. Both memberships suspended pending investigation."),
    ("violence_self_harm", "sensitive", "dm",
     "one of your PTs keeps messaging me on insta after i said no to a drink, commenting on my body. its "
     "really making me uncomfortable coming in"),
    ("violence_self_harm", "sensitive", "web_form",
     "I'm staying in a refuge and need my address taken off my membership. My husband used to hurt me and "
     "he knows I use your Riverside gym."),
    ("violence_self_harm", "sensitive", "sms",
     "dont see the point in anything anymore tbh. just cancel it, wont be needing it"),
    ("violence_self_harm", "sensitive", "call",
     "Agent: Brightwater, Nia speaking. || Hi, I wanted to ask about the changing rooms, are there any "
     "private cubicles? I've been self-harming again and people stare at the marks. || Agent: Thank you for "
     "telling me. There are private cubicles at Eastgate, and can I also give you a number for support?"),
    ("violence_self_harm", "sensitive", "email",
     "My daughter's ex has threatened to 'sort her out' and he's a member at Marlow Road. She trains there "
     "Tuesday and Thursday evenings. What can you do to keep her safe?"),
    ("violence_self_harm", "sensitive", "agent_note",
     "Customer on web chat said she wanted to end it all. Followed risk protocol, gave Samaritans 116 123, "
     "stayed on chat, escalated to duty manager 21:40."),
    ("violence_self_harm", "sensitive", "chat",
     "A guy at the Riverside gym grabbed my butt at the squat rack yesterday. The front desk laughed it off. "
     "I want this formally reported."),
    ("violence_self_harm", "sensitive", "review_reply",
     "Got threatened by a member in the car park, he said he'd stab me, and staff just watched. || Agent: "
     "This is extremely serious, Liam. Please contact us directly so we can ban him and support a police "
     "report."),
    ("violence_self_harm", "sensitive", "voicemail",
     "Hi, it's Lauren, someone's been leaving notes on my car at the gym, they know my name and what classes "
     "I do, it's really scaring me, please call me back."),
    ("violence_self_harm", "sensitive", "dm",
     "Please one of your trainers at Eastgate is harassing my sister, he keeps calling her phone in the "
     "night. She is afraid to go to the gym again."),
    ("violence_self_harm", "sensitive", "email",
     "I'm a survivor of domestic abuse and for safety I'd like a different name on my membership card and "
     "no surname shown on class lists."),
    ("violence_self_harm", "sensitive", "chat",
     "Hello, my colleague was slapped by your floor manager during an argument at the Eastgate branch "
     "yesterday. We want strict action."),
    ("violence_self_harm", "sensitive", "sms",
     "bloke in the sauna exposed himself to me this arvo. reported it to the desk, want to know what's being "
     "done"),
    ("violence_self_harm", "sensitive", "agent_note",
     "PT reports client disclosed she's being hit by her partner; bruising seen on arms. Safeguarding form "
     "completed, client given DV helpline details."),
    ("violence_self_harm", "sensitive", "web_form",
     "My son has been getting threatening messages from another lad in the boxing club group chat, saying "
     "he'll batter him at training. Screenshots available."),
    ("violence_self_harm", "sensitive", "call",
     "Agent: Brightwater support. || I want to stop the 'we haven't seen you in 30 days' emails. I was in "
     "hospital after an overdose and they're not helping. || Agent: I'm really glad you told us. I've "
     "turned off all those emails now."),
    ("violence_self_harm", "sensitive", "chat",
     "ur martial arts instructor kicked my boyfriend in the head on purpose after the bell. he's got "
     "concussion. that wasn't sparring, it was assault"),
    ("violence_self_harm", "benign", "review_reply",
     "Bodycombat is killing me in the best way. || Agent: That's the spirit, Jess!"),
    ("violence_self_harm", "benign", "chat",
     "Where can I buy the boxing gloves the coach recommended? 12oz ones"),
    ("violence_self_harm", "benign", "web_form",
     "Is the women's self-defence course suitable for complete beginners? How many weeks is it?"),
    ("violence_self_harm", "benign", "dm",
     "Beast Mode HIIT absolutely murdered my arms, can't lift my coffee lol"),
    ("violence_self_harm", "benign", "email",
     "I'm a karate instructor and would like to rent the dojo room for my own club on Sunday mornings."),
    ("violence_self_harm", "benign", "sms",
     "Kickboxing class cancelled tonight with no notice? Nobody at the studio."),
    ("violence_self_harm", "benign", "agent_note",
     "Chain on heavy punch bag 3 in boxing studio snapped. Bag removed, studio safe. Replacement ordered."),
    ("violence_self_harm", "benign", "review_reply",
     "The new app update is a massacre of the layout. Bring back the old timetable view! || Agent: Feedback "
     "passed to the app team, Rob."),
    ("violence_self_harm", "benign", "chat",
     "shoot, forgot my password again, can you send a reset?"),
    ("violence_self_harm", "benign", "email",
     "Hi, I coordinate staff wellbeing at a domestic abuse charity. Our team of 12 would like a group "
     "booking for a weekly yoga session. Could you quote?"),
    ("violence_self_harm", "benign", "dm",
     "first rule of Fight Club Fitness is don't talk about Fight Club Fitness but... is there a Saturday one?"),
    ("violence_self_harm", "benign", "chat",
     "Is Krav Maga suitable for someone with no martial arts background? || Agent: Yes, the Monday class is "
     "for beginners. || Sound"),
    ("violence_self_harm", "benign", "email",
     "The climbing wall auto-belay at Hollins Park jerks hard at the top. Could someone check it before "
     "someone gets hurt?"),
    ("violence_self_harm", "benign", "call",
     "Agent: Eastgate. || Hi, is the 'Knockout' boxing fitness class on tonight? || Agent: Yes, 7pm in "
     "studio 2. || Great, thanks."),
    ("violence_self_harm", "benign", "web_form",
     "Can I pause my membership for 6 weeks while I'm travelling?"),
    ("violence_self_harm", "benign", "sms",
     "Hi the door code for the 24hr entrance isnt working"),
    ("violence_self_harm", "benign", "email",
     "Please can the air con in the spin studio be turned up, it's roasting"),
    ("violence_self_harm", "benign", "agent_note",
     "Member asked for a printed copy of her PT programme. Printed and handed over."),
    ("violence_self_harm", "benign", "dm",
     "are the new rowing machines at Riverside here yet?"),
    ("violence_self_harm", "benign", "voicemail",
     "Hi, it's Priya, I booked a trial class for my friend but she's got no email confirmation, could you "
     "resend it please, thanks."),
]


def kiln_examples() -> list[dict]:
    """The kiln split as labelled tickets (same shape as ``sensitive_eval.build_eval_set``'s)."""
    return stranger_examples("kiln", ENTRIES, SUBJECTS)
