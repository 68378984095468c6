"""brae split: written by a helper who had not seen the detection rules, the anchors or any other split.
Setting: Brae Road Driving School, a driving school and test-booking service (BraeMatch instructor matching, Starter and
20-hour lesson packages, five-day intensive courses, the BraeTheory practice app, test booking, help with the medical
declaration for the licence authority, Test Day Car Hire and Confident Again refresher lessons for older drivers);
registers are email, chat, sms, call_transcript, agent_note, web_form, review, voicemail, dm, in_app, forum_post,
complaint_letter.
The benign half borrows the same territory harmlessly: the school's own products and policies, churches, councils,
unions, law firms and companies as customers, adult learners' ordinary details, landmarks, idioms and routine billing
or app faults.
70 sensitive and 70 benign tickets for special categories, 50 and 50 for children, 20 and 20 for financial hardship,
15 and 15 for health, legal, bereavement and violence and self-harm.
First reading (policy 2026.11.24.4, before any change made in response to it; `sensitive_eval.evaluate`, as `make
eval-sensitive`): 91.5 / 10.0 recall / false exclusion in % as shipped, 92.0 / 12.0 without the overruling,
87.5 / 6.5 by the rules alone. Then read while tuning the rules of 2026.11.24.5
(rules alone after the round: 91.5 / 4.0) and trained on for it."""

from __future__ import annotations

from training_gate.sensitive_blind import stranger_examples

SUBJECTS: tuple[str, ...] = (
    "Lesson booking",
    "Change of pick-up address",
    "Pause my package",
    "Intensive course enquiry",
    "Test booking",
    "Test Day Car Hire",
    "BraeTheory app",
    "Medical declaration help",
    "Refund request",
    "Instructor feedback",
    "Payment problem",
    "Confident Again refresher",
    "Gift voucher",
    "Account details",
    "Complaint",
)

ENTRIES: list[tuple[str, str, str, str]] = [
    # ---- health
    ("health", "sensitive", "email",
     "Hi, I had a seizure back in March and the consultant says I have to be a full year clear before I can drive "
     "again. Can I pause my 20-hour package rather than lose it? Booking ref BR-4471. Thanks, Owen"),
    ("health", "benign", "email",
     "Hi, can I pause my 20-hour package? I'm off travelling round Portugal for six weeks from June. Booking ref "
     "BR-4488. Thanks, Owen"),
    ("health", "sensitive", "chat",
     "do you have automatic cars for the intensive course? my left knee got replaced in january and the physio says "
     "no clutch work for a while yet"),
    ("health", "benign", "chat",
     "do you have automatic cars for the intensive course? i just find the clutch a total pain tbh, never got the "
     "hang of it in my mates car"),
    ("health", "sensitive", "agent_note",
     "Caller asked to move her test to afternoon slots only - on insulin, needs to check her levels and eat before "
     "driving and says mornings are unpredictable for her. Moved to 14:10 on the 3rd."),
    ("health", "benign", "agent_note",
     "Caller asked to move her test to afternoon slots only - works night shifts at the parcel depot, mornings no "
     "good. Moved to 14:10 on the 3rd."),
    ("health", "sensitive", "web_form",
     "Medical declaration help: which box do I tick for bipolar? I've been stable on lithium for three years and my "
     "psychiatrist is happy to write a letter if the licence people want one."),
    ("health", "benign", "web_form",
     "Medical declaration help: does your team fill the form in for me or do I do it on the licence authority's "
     "website myself? Just want to understand the process, I've got nothing to declare."),
    ("health", "sensitive", "sms",
     "Sorry cant make lesson tmrw, in A&E with my chest, theyre keeping me in overnight for obs. Will ring Fri"),
    ("health", "benign", "sms",
     "Sorry cant make lesson tmrw, stuck in Glasgow for work, train cancelled. Will ring Fri"),
    ("health", "sensitive", "review",
     "Five stars for Gordon. I told him on lesson one about my panic attacks on fast roads and he built up to the "
     "dual carriageway really slowly, never once made me feel daft. Passed first time!"),
    ("health", "benign", "review",
     "Five stars for Gordon. I was terrified of the dual carriageway and he built up to it really slowly. The nerves "
     "were killing me on the day but passed first time!"),
    ("health", "sensitive", "call_transcript",
     "Agent: Brae Road Driving School, Nadia speaking. || Hi, I want to book the Confident Again lessons for my dad, "
     "he's 81. He had a small stroke in the autumn, the GP has cleared him to drive but he's lost his nerve. || "
     "Agent: That's exactly what the course is for, we'll go at his pace. || Lovely, can it be Tuesdays?"),
    ("health", "benign", "call_transcript",
     "Agent: Brae Road Driving School, Nadia speaking. || Hi, I want to book the Confident Again lessons for my dad, "
     "he's 81. He hasn't driven since he moved into town and he's lost his nerve with all the new junctions. || "
     "Agent: That's exactly what the course is for. || Lovely, can it be Tuesdays?"),
    ("health", "sensitive", "dm",
     "hey do your instructors mind if I take a break every 40 mins? I've got ME and I'm wiped out really fast, "
     "some days I can only manage an hour total"),
    ("health", "benign", "dm",
     "hey can I split a 2 hour lesson into two 1 hours on different days? my brain is fried after an hour of "
     "roundabouts honestly"),
    ("health", "sensitive", "in_app",
     "The hazard perception clips set off my migraines, it's the flicker. My neurologist has told me to avoid "
     "strobing screens. Is there a reduced-motion mode in BraeTheory?"),
    ("health", "benign", "in_app",
     "Is there a dark mode for the hazard perception clips in BraeTheory? The white screen is blinding when I revise "
     "in bed lol"),
    ("health", "sensitive", "email",
     "Hello, I'll be about 34 weeks along by my test date in August. Is the driver's seat in your Test Day hire car "
     "adjustable enough to give the bump some room? Midwife says I'm fine to drive. Thanks, Keira Dunlop"),
    ("health", "benign", "email",
     "Hello, is the driver's seat in your Test Day hire car adjustable enough for a tall person? I'm 6 foot 5 and my "
     "knees hit the wheel in most small hatchbacks. Thanks, Keira Dunlop"),
    ("health", "sensitive", "forum_post",
     "Anyone else done their practical on sertraline? It makes me a bit foggy first thing so I'm wondering whether "
     "to ask Brae Road for a later slot. They had 8am and 2pm available."),
    ("health", "benign", "forum_post",
     "Anyone else done their practical first thing in the morning? I'm not a morning person at all so wondering "
     "whether to ask Brae Road for a later slot. They had 8am and 2pm available."),
    ("health", "sensitive", "voicemail",
     "Hi, it's Priya Nandakumar, I've got a lesson at four on Thursday. I've just come out of hospital after an "
     "operation on Monday and the surgeon says no driving for six weeks, so can you hold my slots? I'm on 07700 "
     "900114. Thanks."),
    ("health", "benign", "voicemail",
     "Hi, it's Priya Nandakumar, I've got a lesson at four on Thursday. I'm a porter at the General now, so could "
     "the pick-up be the hospital staff entrance instead of home? I'm on 07700 900114. Thanks."),
    ("health", "sensitive", "complaint_letter",
     "Dear Sir or Madam, I wish to complain that on 12 May my instructor ended my lesson after twenty minutes "
     "because I mentioned I take medication for epilepsy. My consultant has signed off my declaration, I have been "
     "seizure-free for over two years and I am fully entitled to learn. I expect an apology and a refund of the "
     "lesson. Yours faithfully, Martin Achterberg"),
    ("health", "benign", "complaint_letter",
     "Dear Sir or Madam, I wish to complain that on 12 May my instructor ended my lesson after twenty minutes "
     "because his car overheated, and I was still charged for the full two hours. I am sick and tired of this "
     "happening. I expect a refund of the lesson. Yours faithfully, Martin Achterberg"),
    ("health", "sensitive", "chat",
     "can i wear my hearing aids for the test? i'm deaf in my left ear so i'll need the examiner to sit where i can "
     "see them talk, is that something you can tell them when you book it"),
    ("health", "benign", "chat",
     "can i wear earphones for the sat nav part of the test? or does it have to come out the car speakers, not sure "
     "what the rules are"),
    ("health", "sensitive", "agent_note",
     "Refund processed for 4 unused lessons. Customer stopping for now while she finishes chemo, hopes to come back "
     "in the spring. Please be gentle if she rings again."),
    ("health", "benign", "agent_note",
     "Refund processed for 4 unused lessons. Customer moving to Leeds for a new job in September, may come back in "
     "the holidays when visiting family."),
    # ---- children
    ("children", "sensitive", "email",
     "Hi there, I'd like to book ten lessons for my daughter Isla. She turns 17 on 14 May and her provisional has "
     "already come through, so can she start that same week? Best, Fiona Grant"),
    ("children", "benign", "email",
     "Hi there, I'd like to book ten lessons for my daughter Isla as a graduation present - she's 23 and finally "
     "ready to learn. Can she start mid-May? Best, Fiona Grant"),
    ("children", "sensitive", "sms",
     "hiya its Kai, im 16 til august, can i start on the theory app now or do i have to wait till im old enough"),
    ("children", "benign", "sms",
     "hiya its Kai, does the theory app work offline? got no signal at my flat"),
    ("children", "sensitive", "web_form",
     "Learner date of birth: 02/11/2008. Instructor preference: female. Pick-up: Ashgrove Academy main gate, after "
     "the 3.20pm bell."),
    ("children", "benign", "web_form",
     "Learner date of birth: 02/11/1988. Instructor preference: female. Pick-up: Ashgrove Business Park, unit 4, "
     "after 5.30pm."),
    ("children", "sensitive", "chat",
     "is it ok if he does his lessons in free periods? he's in lower sixth at Kingsmead and has Weds and Fri "
     "afternoons off"),
    ("children", "benign", "chat",
     "is it ok if he does his lessons on his lunch? he works at Kingsmead retail park and gets a long break Weds and "
     "Fri"),
    ("children", "sensitive", "call_transcript",
     "Agent: Who is the lesson for? || My daughter Ellie. Her mum and I are separated, she's with her mum in the week, "
     "so it'll have to be Saturdays when she's at mine. She's in Year 13. || Agent: No problem, Saturdays it is. || "
     "And can the confirmations come to me, not her mum?"),
    ("children", "benign", "call_transcript",
     "Agent: Who is the lesson for? || Me, Ellis Ward. I'm at my partner's place most weekends, so it'll have to be "
     "Saturdays from her address. || Agent: No problem, Saturdays it is. || And can the confirmations come to my "
     "work email?"),
    ("children", "sensitive", "agent_note",
     "Mum rang asking us to remove the 'Just Passed!' Facebook photo of Lily, 17, that her instructor posted - says "
     "no parent consent was given. Removed 11:40, instructor reminded of photo policy."),
    ("children", "benign", "agent_note",
     "Customer rang asking us to remove her 'Just Passed!' Facebook photo - she's changed her hair and hates it. "
     "Removed 11:40."),
    ("children", "sensitive", "review",
     "Ryan was brilliant with our son, who only turned seventeen in March - passed by July! Calm, funny and never "
     "late."),
    ("children", "benign", "review",
     "Ryan was brilliant with me, a 52-year-old who'd put it off for thirty years - passed by July! Honestly child's "
     "play once he explained roundabouts."),
    ("children", "sensitive", "dm",
     "can my mum pay for my lessons on her card? I'm in S5 so I don't have a bank card yet"),
    ("children", "benign", "dm",
     "can my mum pay for my lessons on her card? mine got cloned last week and the bank is sending a new one"),
    ("children", "sensitive", "in_app",
     "My profile says I'm 25 but I'm actually 17, I put my sister's birthday in by mistake when I signed up. How do I "
     "change it?"),
    ("children", "benign", "in_app",
     "My profile has my birth year as 1979 instead of 1997, makes me look ancient lol. How do I change it?"),
    ("children", "sensitive", "forum_post",
     "Anyone got their 16 year old on BraeTheory? Mine is doing the mock tests before his birthday in June and wants "
     "to know if progress carries over from his phone to the family iPad."),
    ("children", "benign", "forum_post",
     "Anyone using BraeTheory on two devices? Does progress carry over from the phone to an iPad or do you start "
     "again?"),
    ("children", "sensitive", "voicemail",
     "Hi, this is Gemma Hollis, I need to move Tom's lesson on Friday. He's in lower sixth and they've sprung a "
     "chemistry mock on them, so could it be Saturday morning? Thanks, bye."),
    ("children", "benign", "voicemail",
     "Hi, this is Gemma Hollis, I need to move my lesson on Friday. I've got an exam for my evening accountancy "
     "course, so could it be Saturday morning? Thanks, bye."),
    ("children", "sensitive", "email",
     "Hello! We've moved over from Ohio for the year. My daughter is a junior in high school and has her learner's "
     "permit back home - does that count for anything here or does she start from scratch? Thanks, Dana Kowalczyk"),
    ("children", "benign", "email",
     "Hello! We've moved over from Ohio for the year. My husband has held a full US licence for twenty years - does "
     "he need lessons before he can convert it? Thanks, Dana Kowalczyk"),
    ("children", "sensitive", "complaint_letter",
     "To whom it may concern, my son, who is 17, was left waiting outside his school gates in the rain for forty "
     "minutes on 3 March because his instructor did not turn up and nobody from your office answered the phone. "
     "This is not acceptable. Regards, Mrs A. Whitfield"),
    ("children", "benign", "complaint_letter",
     "To whom it may concern, I teach at St Brendan's and was left waiting in the staff car park in the rain for "
     "forty minutes on 3 March because my instructor did not turn up and nobody answered the phone. This is not "
     "acceptable. Regards, Mrs A. Whitfield"),
    ("children", "sensitive", "chat",
     "my girl wants to do the intensive course in the summer holidays before she goes into year 13, is that allowed "
     "or does she have to wait"),
    ("children", "benign", "chat",
     "what's the minimum age for the intensive course? and is there a maximum, my colleague is 70 lol"),
    ("children", "sensitive", "agent_note",
     "Father requested copies of all lesson records and progress reports for his son (17). Mother is the account "
     "holder; father says they have joint custody. Escalated to DP lead before anything is shared."),
    ("children", "benign", "agent_note",
     "Customer requested copies of all his lesson records and progress reports before switching to a school nearer "
     "his new flat. PDF sent to his registered email."),
    ("children", "sensitive", "sms",
     "cn u pick me up frm skl not home tmrw? yr 12 finishes at 2.45 on thurs"),
    ("children", "benign", "sms",
     "cn u pick me up frm work not home tmrw? shift finishes at 2.45 on thurs"),
    ("children", "sensitive", "web_form",
     "Theory app sign-up. Name: Aaliyah Brooks. Age: 16. Parent/guardian email: d.brooks@example.com. Notes: she's "
     "revising for her theory ahead of her birthday."),
    ("children", "benign", "web_form",
     "Theory app sign-up. Name: Aaliyah Brooks. Age: 36. Company email: a.brooks@example.com. Notes: we'd like 12 "
     "BraeTheory licences for our new delivery drivers."),
    ("children", "sensitive", "email",
     "I'm 38 and finally learning to drive because the twins start reception in September and the bus doesn't go "
     "anywhere near their school. Do you do a package that would get me through by August? Cheers, Lauren"),
    ("children", "benign", "email",
     "I'm 38 and finally learning to drive because my new job at the primary school in Hollins is two buses away. Do "
     "you do a package that would get me through by August? Cheers, Lauren"),
    ("children", "sensitive", "call_transcript",
     "Agent: And how old is the learner? || He's in fifth year, so he'll be doing the Leaving Cert next June. We've "
     "just moved over from Cork. || Agent: Grand, has he got a provisional yet? || Not yet, that's what I need help "
     "with."),
    ("children", "benign", "call_transcript",
     "Agent: And is the learner yourself? || Yes, I teach fifth years at the community school, so I can only do "
     "lessons in the holidays. || Agent: Grand, have you got a provisional yet? || Not yet, that's what I need help "
     "with."),
    ("children", "sensitive", "review",
     "Great service. Booked my 17 y/o's practical test through them and they found a cancellation within two weeks. "
     "Saved me hours on the government site."),
    ("children", "benign", "review",
     "Great service. Booked my practical test through them and they found a cancellation within two weeks. Kid you "
     "not, I'd been trying for months on my own."),
    ("children", "sensitive", "in_app",
     "Can my little brother use my BraeTheory login? He's 15 and desperate to start early, is that against the "
     "rules?"),
    ("children", "benign", "in_app",
     "Can my big brother use my BraeTheory login? He's 29 and retaking his theory after living abroad for years, is "
     "that against the rules?"),
    ("children", "sensitive", "dm",
     "my daughter has a learning support plan at school (she's year 12) - can the instructor have a copy so they "
     "know how she likes things explained? happy to send it over"),
    ("children", "benign", "dm",
     "I've got my progress sheet from my old driving school - can the new instructor have a copy so they know where "
     "I'm up to? happy to send it over"),
    ("children", "sensitive", "chat",
     "do you do gift vouchers? it's for my grandson's 17th in march, he's itching to get started the day after"),
    ("children", "benign", "chat",
     "do you do gift vouchers? it's for my grandson's 21st in march, he's itching to get started"),
    ("children", "sensitive", "agent_note",
     "Learner Jayden Cole, DOB 19/06/2009 - provisional checked and correct. Booked 10hr block, mum (Tanya) is "
     "paying and wants all texts copied to her."),
    ("children", "benign", "agent_note",
     "Learner Jayden Cole, DOB 19/06/1999 - provisional checked and correct. Booked 10hr block, paid in full by "
     "card."),
    ("children", "sensitive", "email",
     "Just so you're aware, Ethan's dad and I share custody but I'm the only one authorised to book or cancel his "
     "lessons. Ethan is 17 and in Year 12 at Fernhill. Please don't take instructions from anyone else. Thank you, "
     "Rachel Moss"),
    ("children", "benign", "email",
     "Just so you're aware, please send all booking confirmations to my work email rather than my personal one, I "
     "never check that. Thank you, Rachel Moss"),
    ("children", "sensitive", "forum_post",
     "Question for other parents: how long after passing did you let your 17yo loose on the motorway? Mine passed "
     "with Brae Road last week and is already asking to drive to Manchester."),
    ("children", "benign", "forum_post",
     "Question for new drivers: how long after passing did you try the motorway? Was Pass Plus worth it or just "
     "take a mate along?"),
    ("children", "sensitive", "sms",
     "Hi its Mrs Okafor, Chidi's lesson at 4 - he's been kept behind for detention so can u push to 4.45? sorry"),
    ("children", "benign", "sms",
     "Hi its Mrs Okafor, my lesson at 4 - stuck at parents evening at the school I teach at, can u push to 4.45? "
     "sorry"),
    ("children", "sensitive", "web_form",
     "Learner's school: Fernhill High. Year group: 12. Emergency contact: parent, 07700 900362. Lessons to fit round "
     "the school timetable please."),
    ("children", "benign", "web_form",
     "Organisation: Fernhill High School. Enquiry: could one of your instructors give a road safety talk at our "
     "sixth form assembly in June? Contact: fernhill.office@example.org"),
    ("children", "sensitive", "call_transcript",
     "Um, hi. I'm seventeen and my parents don't know I'm booking lessons yet, it's a surprise. Can I pay cash? || "
     "Agent: We can take cash through the instructor, yes. || Okay cool, and don't ring the house please."),
    ("children", "benign", "call_transcript",
     "Um, hi. Can I pay cash for lessons or is it card only? || Agent: We can take cash through the instructor, "
     "yes. || Okay cool, thanks."),
    ("children", "sensitive", "email",
     "Attached are the photo page of my son's passport and his provisional licence for the ID check. He's 17 next "
     "Tuesday so hopefully everything is in order for his first lesson."),
    ("children", "benign", "email",
     "Attached are the photo page of my passport and my provisional licence for the ID check, as requested in your "
     "welcome email."),
    ("children", "sensitive", "review",
     "Maureen taught me when I was 17 and now she's teaching my own daughter, who turned 17 at Easter - still as "
     "calm as ever, even when Ella clipped the kerb on lesson three!"),
    ("children", "benign", "review",
     "Maureen taught me when I was 17 and now, thirty years later, she's doing my Confident Again refresher - still "
     "as calm as ever, even when I clipped the kerb!"),
    ("children", "sensitive", "in_app",
     "Is there a kids mode? My 12-year-old loves doing the road sign quizzes on my phone but keeps wrecking my "
     "progress stats."),
    ("children", "benign", "in_app",
     "Is there a quick mode for the road sign quizzes? I only get about five minutes on the bus each morning."),
    ("children", "sensitive", "dm",
     "Do your instructors have DBS checks? My daughter's only 17 and I'm a bit nervous about her being on her own in "
     "a car with a stranger"),
    ("children", "benign", "dm",
     "Do your instructors have DBS checks? We're a care home booking refresher lessons for our staff and HR needs "
     "to see it in writing"),
    ("children", "sensitive", "agent_note",
     "Family relocated from Munich; son is in Klasse 11 at the international school and wants to start lessons when "
     "eligible. Mum asked about age rules here vs Germany. Sent eligibility guide."),
    ("children", "benign", "agent_note",
     "Customer relocated from Munich; holds a German licence and wants two lessons on UK roundabouts before "
     "exchanging it. Booked with Petra."),
    ("children", "sensitive", "chat",
     "whats the earliest my son can book his theory? his birthday is 3 oct 2008, just want to get him in asap"),
    ("children", "benign", "chat",
     "whats the earliest I can book my theory after my provisional arrives? it came on 3 oct, just want to get in "
     "asap"),
    ("children", "sensitive", "complaint_letter",
     "Dear Brae Road, you charged my card £84 for two lessons my daughter cancelled because of her GCSE exam "
     "timetable, which she gave you in writing in April. She was 16 when we booked the taster sessions and I am the "
     "account holder. I would like the money returned. Yours sincerely, Paul Renwick"),
    ("children", "benign", "complaint_letter",
     "Dear Brae Road, you charged my card £84 for two lessons I cancelled a full week ahead because of my Open "
     "University exam timetable. I would like the money returned. Yours sincerely, Paul Renwick"),
    ("children", "sensitive", "voicemail",
     "Hiya, it's Dee, ringing about Maisie's test on the 9th. She's 17 and hasn't got her own email yet, so can you "
     "send the confirmation to me instead? Thanks, love."),
    ("children", "benign", "voicemail",
     "Hiya, it's Dee, ringing about my test on the 9th. I'm not great with email, so can you post the confirmation "
     "to me instead? Thanks, love."),
    ("children", "sensitive", "email",
     "My nephew's staying with us from Perth for six months. He's in Year 11 over there and has his L plates. Can he "
     "have lessons with you while he's here?"),
    ("children", "benign", "email",
     "My nephew's staying with us from Perth for six months. He's 26 and has a full WA licence. Can he hire your test "
     "car for a few practice drives while he's here?"),
    ("children", "sensitive", "sms",
     "omg PASSED THEORY!!! 1st go and im only just 17 😭😭 can i book my practical now??"),
    ("children", "benign", "sms",
     "omg PASSED THEORY!!! 1st go after 3 yrs of putting it off 😭😭 can i book my practical now??"),
    ("children", "sensitive", "web_form",
     "Additional information: Learner is 16 years 10 months, will be 17 on 1 February. Would like to sit the theory "
     "test in January and start practical lessons in February."),
    ("children", "benign", "web_form",
     "Additional information: Learner has ten years' driving experience abroad. Would like a single mock test only, "
     "no full lessons."),
    ("children", "sensitive", "call_transcript",
     "Agent: Can I take the learner's date of birth? || Eighth of April 2009. || Agent: Lovely, and is that yourself? "
     "|| No, it's my son, I'm his mum. He's at school. || Agent: No problem, I'll put you down as the contact."),
    ("children", "benign", "call_transcript",
     "Agent: Can I take the learner's date of birth? || Eighth of April 1959. || Agent: Lovely, and is that yourself? "
     "|| Yes, it's for the Confident Again course. || Agent: Wonderful, let's find you a slot."),
    ("children", "sensitive", "forum_post",
     "PSA for parents: if your teen is under 18, Brae Road need a parent's signature on the intensive course "
     "cancellation terms. Found out the hard way with my 17yo last month."),
    ("children", "benign", "forum_post",
     "PSA: Brae Road need 14 days' notice to cancel an intensive course without a fee. Found out the hard way last "
     "month."),
    ("children", "sensitive", "agent_note",
     "Learner Ava Khan (17) messaged instructor's personal mobile late evening. Instructor reported it per "
     "safeguarding procedure; parent informed and messaging moved to the app."),
    ("children", "benign", "agent_note",
     "Adult learner messaged instructor's personal mobile about lesson time. Reminded him to use in-app messaging per "
     "policy."),
    ("children", "sensitive", "email",
     "Could you send the invoice to my ex-wife too? We split the cost of our daughter's lessons - she's in Year 13 "
     "and lives between the two of us. Her email is j.penrose@example.net."),
    ("children", "benign", "email",
     "Could you send the invoice to my accountant too? I claim the lessons as a business expense for my courier "
     "work. His email is books@example.net."),
    ("children", "sensitive", "review",
     "2 stars. Instructor was on his phone the whole time my 16-year-old was doing her off-road taster in the car "
     "park. Not what I paid for."),
    ("children", "benign", "review",
     "2 stars. Instructor was on his phone for half my lesson. Not what I paid for."),
    ("children", "sensitive", "in_app",
     "Please delete my daughter's account. She's 15 and signed up without asking us, and she's put her school and "
     "photo on it."),
    ("children", "benign", "in_app",
     "Please delete my account, I PASSED! thanks for everything, the theory app was a lifesaver"),
    ("children", "sensitive", "chat",
     "yeah so im doing my highers this year and want to be driving by the summer, can i fit in 2 lessons a week "
     "round school?"),
    ("children", "benign", "chat",
     "yeah so im doing my accountancy exams this year and want to be driving by the summer, can i fit in 2 lessons a "
     "week round work?"),
    ("children", "sensitive", "dm",
     "Can I upload my son's birth certificate instead of a passport for the ID check? He's 17 and has never had a "
     "passport."),
    ("children", "benign", "dm",
     "Can I upload my birth certificate instead of a passport for the ID check? Mine's expired and the renewal is "
     "taking ages."),
    ("children", "sensitive", "voicemail",
     "Hiya it's Roxy, I'm seventeen, I've got a lesson Saturday but my mum says I've got to be home by twelve for "
     "my little sister's sixth birthday party, so can we do earlier? Ta."),
    ("children", "benign", "voicemail",
     "Hiya it's Roxy, I've got a lesson Saturday but I'm booked to DJ a kids' party at twelve - I do children's "
     "entertainment at weekends - so can we do earlier? Ta."),
    ("children", "sensitive", "agent_note",
     "Customer asked if she can bring her baby (8 months) to the test centre on the day as she has no childcare, and "
     "whether someone could watch him in reception. Told no supervision available; suggested later slot."),
    ("children", "benign", "agent_note",
     "Customer asked if her partner can wait in the test centre reception during the test. Told yes, there's "
     "seating and a vending machine."),
    # ---- financial_hardship
    ("financial_hardship", "sensitive", "email",
     "Hi, I was let go from the warehouse last month and I can't keep up £120 a week for lessons any more. Can I "
     "pause without losing what I've already paid? Thanks, Connor"),
    ("financial_hardship", "benign", "email",
     "Hi, I changed jobs last month and my payday has moved to the 28th. Can I move my lesson direct debit to the "
     "29th? Thanks, Connor"),
    ("financial_hardship", "sensitive", "chat",
     "is there any way to pay the intensive course in bits? i'm on universal credit and can only really do about "
     "£40 a month"),
    ("financial_hardship", "benign", "chat",
     "is there any way to pay the intensive course in bits? would rather spread it over three months than pay it "
     "all up front"),
    ("financial_hardship", "sensitive", "agent_note",
     "Customer's final instalment bounced twice. She says bailiffs are due next week and everything is going on rent. "
     "Account put on hold, late fee waived, no chasing for 30 days."),
    ("financial_hardship", "benign", "agent_note",
     "Customer's final instalment bounced - her bank changed sort code after a merger. Retaken manually, late fee "
     "waived."),
    ("financial_hardship", "sensitive", "sms",
     "sorry bout the missed payment. got evicted fri, sofa surfing at my cousins. can u email not post"),
    ("financial_hardship", "benign", "sms",
     "sorry bout the missed payment, moved house fri, new address is on the app. can u email not post"),
    ("financial_hardship", "sensitive", "complaint_letter",
     "Dear Sir or Madam, your debt collection agency has telephoned me three times a day about £85 for a cancelled "
     "lesson. I am on a debt relief order and I have told them so. Please stop this contact and deal with me in "
     "writing only. Yours faithfully, Bernadette Cole"),
    ("financial_hardship", "benign", "complaint_letter",
     "Dear Sir or Madam, you charged me an £85 cancellation fee for a lesson that your instructor cancelled. I expect "
     "this to be refunded to my card within 14 days. Yours faithfully, Bernadette Cole"),
    ("financial_hardship", "sensitive", "call_transcript",
     "Agent: How can I help? || I've just been made redundant and I need to know if the test car hire fee is "
     "refundable, because honestly I can't afford the test now. || Agent: Let me check your booking for you."),
    ("financial_hardship", "benign", "call_transcript",
     "Agent: How can I help? || I just need to know if the test car hire fee is refundable if the examiners cancel "
     "on the day. || Agent: Let me check the terms for you."),
    ("financial_hardship", "sensitive", "review",
     "Only school that let me pay as I go while I was in arrears with the council and everything else. Dev never once "
     "made me feel small about it. Thank you."),
    ("financial_hardship", "benign", "review",
     "Only school round here that lets you pay as you go instead of buying a big block up front. Dev was great. "
     "Thank you."),
    ("financial_hardship", "sensitive", "forum_post",
     "Does anyone know of grants for driving lessons? I'm on benefits and need a licence for the care job I've been "
     "offered, Brae Road quoted me £1,100 and I just don't have it."),
    ("financial_hardship", "benign", "forum_post",
     "Does Brae Road do discounts for block bookings? They quoted me £1,100 for 30 hours, comparing prices before I "
     "commit."),
    ("financial_hardship", "sensitive", "web_form",
     "Reason for cancellation: can't afford it anymore, my hours got cut to zero and I'm behind on everything."),
    ("financial_hardship", "benign", "web_form",
     "Reason for cancellation: found a school closer to home. Thanks for the lessons so far."),
    ("financial_hardship", "sensitive", "in_app",
     "Payment failed again. My bank account is frozen while my IVA goes through - can I pay the instructor cash "
     "instead?"),
    ("financial_hardship", "benign", "in_app",
     "Payment failed again, app says card declined but there's definitely money in there. Can I pay by bank transfer "
     "instead?"),
    ("financial_hardship", "sensitive", "voicemail",
     "Hi, it's Marcus Reid. I've had to go bankrupt, and the official receiver says I need to list everyone I owe, so "
     "could you send me a statement of what's outstanding on my account? Thanks."),
    ("financial_hardship", "benign", "voicemail",
     "Hi, it's Marcus Reid. My accountant needs a statement of everything I've paid you this tax year, could you "
     "email it over? Thanks."),
    ("financial_hardship", "sensitive", "dm",
     "can i sell my last 6 lessons to someone? need the money back for food tbh, the food bank only opens tuesdays"),
    ("financial_hardship", "benign", "dm",
     "can i transfer my last 6 lessons to my brother? ive moved to bristol for work"),
    ("financial_hardship", "sensitive", "email",
     "My landlord's served me a section 21 and I have to be out by the 30th, so I'll have to put lessons on hold. "
     "Honestly no idea where I'll be living or if I can pay for the rest."),
    ("financial_hardship", "benign", "email",
     "My landlord's finally fixing the damp so I'm out for two weeks - can my lessons pick me up from my parents' "
     "address in the meantime?"),
    ("financial_hardship", "sensitive", "chat",
     "im on jobseekers atm, do u do concessions at all?"),
    ("financial_hardship", "benign", "chat",
     "do u do student concessions? im at the college doing my level 3"),
    ("financial_hardship", "sensitive", "agent_note",
     "Customer very upset - credit cards all maxed and the test fee was refused. Offered to hold the test slot for "
     "48 hours while she asks family for help."),
    ("financial_hardship", "benign", "agent_note",
     "Customer's credit card refused for test fee - card had expired. Updated details, test booked for the 14th."),
    ("financial_hardship", "sensitive", "call_transcript",
     "I'm on PIP and ESA so money's really tight. Does the Confident Again course have a cheaper option? || "
     "Agent: We do have a shorter three-lesson version. || Could I pay that weekly?"),
    ("financial_hardship", "benign", "call_transcript",
     "Does the Confident Again course have a discount for over-70s? || Agent: Yes, it's ten percent off. || "
     "Lovely, I'll take the full six."),
    ("financial_hardship", "sensitive", "sms",
     "cant pay this week sorry, just had a county court judgment letter thru and everythings gone haywire. will sort "
     "asap"),
    ("financial_hardship", "benign", "sms",
     "cant pay this week sorry, on hols in tenerife til tues and the app wont load. will sort asap"),
    ("financial_hardship", "sensitive", "complaint_letter",
     "To the manager, in January you passed my account to a collection agency for £60 while I was homeless and "
     "sleeping at a night shelter. I could not possibly have received your letters. I ask that the debt be recalled. "
     "Signed, Terry Vaughan"),
    ("financial_hardship", "benign", "complaint_letter",
     "To the manager, in January you passed my refund request for £60 between three different departments and "
     "nobody replied to my letters. I ask that it be paid this week. Signed, Terry Vaughan"),
    ("financial_hardship", "sensitive", "email",
     "My husband left and took the car and the savings with him, so I need to learn fast, but I've got about £200 to "
     "my name right now. What's the cheapest way to get to a test?"),
    ("financial_hardship", "benign", "email",
     "My husband needs the car for his new job, so I need to learn fast. What's the quickest way to get to a test? "
     "Budget isn't really an issue."),
    ("financial_hardship", "sensitive", "in_app",
     "Is there a hardship option? A payday loan took my whole wage this month and I've got a lesson tomorrow."),
    ("financial_hardship", "benign", "in_app",
     "Is there an option to pay on payday? My wage comes in on the 25th and the app charges on the 20th."),
    # ---- legal
    ("legal", "sensitive", "email",
     "Before I book, do I need to tell you about my drink-driving conviction from 2019? The ban's long finished but "
     "I've been told I had to retake the test. Regards, Glen Mathers"),
    ("legal", "benign", "email",
     "Hargreaves & Pike Solicitors would like to book a block of Confident Again refresher lessons for three of our "
     "associates. Please send a quote to hargreavespike.accounts@example.com. Regards, Glen Mathers, Office Manager"),
    ("legal", "sensitive", "chat",
     "my solicitor says i need lessons booked before the hearing on the 12th to show the magistrates i'm taking it "
     "seriously, can u do a letter"),
    ("legal", "benign", "chat",
     "is your cancellation policy actually legally binding? just reading the terms and conditions before i sign up"),
    ("legal", "sensitive", "agent_note",
     "Lesson car was hit at the lights on 14/3. Other driver's insurer disputing liability; learner has instructed a "
     "solicitor for a personal injury claim and wants the dashcam footage. Forwarded to insurance team."),
    ("legal", "benign", "agent_note",
     "Learner asked for dashcam footage from her lesson on 14/3 to show her mum how good her roundabouts are now. "
     "Explained footage is kept 7 days only."),
    ("legal", "sensitive", "call_transcript",
     "Agent: What times suit you? || Mornings only, sorry. I was arrested last weekend - nothing to do with driving - "
     "and my bail conditions say I'm in by seven. || Agent: Okay, mornings it is."),
    ("legal", "benign", "call_transcript",
     "Agent: What times suit you? || Mornings only, sorry. I'm a custody officer at the station and I do seven till "
     "seven nights. || Agent: Okay, mornings it is."),
    ("legal", "sensitive", "sms",
     "pls dont send anything to my home address, theres a non molestation order and he still checks the post"),
    ("legal", "benign", "sms",
     "pls dont send anything to my home address, post goes missing on our estate all the time, email only"),
    ("legal", "sensitive", "forum_post",
     "Has anyone had to do lessons again after a ban? Got 12 months from the magistrates, ends in January, and I'm "
     "bricking it about the extended test."),
    ("legal", "benign", "forum_post",
     "Has anyone done lessons again after a long break? Haven't driven in 12 years and I'm bricking it about "
     "motorways."),
    ("legal", "sensitive", "web_form",
     "Other declarations: I have an unspent conviction (not motoring related). Does this affect which instructor I "
     "can be matched with?"),
    ("legal", "benign", "web_form",
     "Other declarations: none. Question: are your instructors insured for dual controls, and who is liable if "
     "there's a bump?"),
    ("legal", "sensitive", "complaint_letter",
     "Dear Sir, please note that I have passed this matter to my lawyer. On 2 June one of your instructors reversed "
     "into my parked car outside my house and drove off. I will be issuing proceedings unless I hear from your "
     "insurer within 14 days. C. Abernethy"),
    ("legal", "benign", "complaint_letter",
     "Dear Sir, under the Consumer Rights Act I believe I'm entitled to a refund for a service not provided with "
     "reasonable care - my instructor turned up 50 minutes late twice. Please refund the two lessons. C. Abernethy"),
    ("legal", "sensitive", "voicemail",
     "Hi, it's Leanne Moore. I need a letter confirming I'm booked on lessons with you, it's for my probation officer. "
     "Can you email it to me? Thanks."),
    ("legal", "benign", "voicemail",
     "Hi, it's Leanne Moore. I need a letter confirming I'm booked on lessons with you, it's for my employer as "
     "they're paying half. Can you email it to me? Thanks."),
    ("legal", "sensitive", "dm",
     "my brother gets out of prison in may, can i buy him a block of lessons as a welcome home present? he's 24"),
    ("legal", "benign", "dm",
     "my brother's back from his army tour in may, can i buy him a block of lessons as a welcome home present? he's "
     "24"),
    ("legal", "sensitive", "in_app",
     "I've reported the instructor to the police for what he said to me in the car. Please cancel every lesson I "
     "have with him and don't give him my address again."),
    ("legal", "benign", "in_app",
     "Please cancel every lesson I have with Steve, we just didn't click. Can you match me with someone calmer?"),
    ("legal", "sensitive", "call_transcript",
     "Agent: I'm sorry you're unhappy. || I'm not just unhappy, I've filed a small claims case for the £400 deposit. "
     "You'll get the court papers this week. || Agent: I'll pass this to my manager now."),
    ("legal", "benign", "call_transcript",
     "Agent: I'm sorry you're unhappy. || I'd just like the £400 deposit back like your refund policy says. || "
     "Agent: I'll pass this to my manager now, you should have it in five days."),
    ("legal", "sensitive", "agent_note",
     "Police requested lesson records for learner Dean Harper in connection with an ongoing investigation. Referred "
     "to data protection officer; nothing released without a formal request."),
    ("legal", "benign", "agent_note",
     "County police force enquiring about Confident Again sessions for their civilian office staff. Sent corporate "
     "rates."),
    ("legal", "sensitive", "email",
     "I'm in the middle of divorce proceedings and the court hasn't decided yet who keeps the car, so I need a test "
     "hire car for my practical. Please invoice me only, not our joint account."),
    ("legal", "benign", "email",
     "What happens legally if I scratch your test hire car on the day - am I liable, or does your insurance cover it? "
     "Just want to know before I book."),
    ("legal", "sensitive", "review",
     "Brae Road stood by me when I had to go to court over a crash that wasn't my fault - they wrote a statement "
     "about my lessons for the judge. Top people."),
    ("legal", "benign", "review",
     "Brae Road's Test Day Car Hire was a lifesaver - the courtesy car from my insurer wasn't allowed for the test. "
     "Top people."),
    # ---- bereavement
    ("bereavement", "sensitive", "email",
     "Hello, my mum passed away last week. I'd bought her the Confident Again package for her 75th birthday and she "
     "only managed one lesson. Is it possible to have the rest refunded to me? Many thanks, Carol Brennan"),
    ("bereavement", "benign", "email",
     "Hello, my mum has decided she doesn't want the Confident Again package I bought her for her 75th - she's "
     "taken up cycling instead! Is it possible to have it refunded? Many thanks, Carol Brennan"),
    ("bereavement", "sensitive", "sms",
     "cant do sat, its my grandads funeral. next wk ok?"),
    ("bereavement", "benign", "sms",
     "cant do sat, its my mates wedding. next wk ok?"),
    ("bereavement", "sensitive", "agent_note",
     "Daughter rang to say account holder Mr Derek Oyelaran has died. She'd like his remaining 6 lessons transferred "
     "to her. Asked for a copy of the death certificate, no rush."),
    ("bereavement", "benign", "agent_note",
     "Account holder Mr Derek Oyelaran asked to transfer his remaining 6 lessons to his daughter Funmi, 34. Done."),
    ("bereavement", "sensitive", "chat",
     "since we lost my husband in the spring there's nobody to drive me anywhere, so I need to get my confidence "
     "back. is the refresher course suitable for someone who hasn't driven since 1998?"),
    ("bereavement", "benign", "chat",
     "since my husband started working away in the week there's nobody to drive me anywhere, so I need to get my "
     "confidence back. is the refresher course suitable for someone who hasn't driven since 1998?"),
    ("bereavement", "sensitive", "call_transcript",
     "Agent: Brae Road, how can I help? || Sorry... my son Jamie was meant to have his test tomorrow at ten. He died "
     "on Saturday. I don't know what I'm supposed to do with the booking. || Agent: I'm so sorry. Leave it with me, "
     "I'll cancel everything and refund it to you."),
    ("bereavement", "benign", "call_transcript",
     "Agent: Brae Road, how can I help? || Sorry, my son Jamie was meant to have his test tomorrow at ten but he's "
     "had to fly out to Aberdeen for work. What do we do with the booking? || Agent: Leave it with me, I'll move it "
     "for him."),
    ("bereavement", "sensitive", "review",
     "Thank you to Jo, who kept my lessons going so gently after my dad died and I could barely concentrate. Passed "
     "in his memory."),
    ("bereavement", "benign", "review",
     "Thank you to Jo! The app is dead useful and the instructors are killer. Passed first time, could have died of "
     "happiness."),
    ("bereavement", "sensitive", "voicemail",
     "Hi, it's Fiona Reid. My partner Alan had lessons with you, he passed away on the 2nd. Could someone cancel his "
     "direct debit please? Thank you."),
    ("bereavement", "benign", "voicemail",
     "Hi, it's Fiona Reid. My partner Alan had lessons with you - he passed his test on the 2nd! Could someone cancel "
     "his direct debit please? Thank you."),
    ("bereavement", "sensitive", "dm",
     "hey, need to pause my lessons for a bit, lost my nan on monday and im all over the place x"),
    ("bereavement", "benign", "dm",
     "hey, need to pause my lessons for a bit, lost my provisional on monday and waiting on the replacement x"),
    ("bereavement", "sensitive", "web_form",
     "Reason for pausing package: compassionate leave after my sister's passing. Back in about a month I hope."),
    ("bereavement", "benign", "web_form",
     "Reason for pausing package: annual leave for my sister's wedding in Crete. Back in about a month."),
    ("bereavement", "sensitive", "in_app",
     "My brother was the one who was going to teach me, before he was killed in the crash last year, so I'm really "
     "nervous about motorways. Can I have an instructor who'll go slowly?"),
    ("bereavement", "benign", "in_app",
     "My brother was going to teach me but he's moved to Dubai, so I'm really nervous about motorways. Can I have an "
     "instructor who'll go slowly?"),
    ("bereavement", "sensitive", "email",
     "I'm the executor of my late father's estate. He had eight prepaid Confident Again lessons - please refund them "
     "to the estate account. Probate reference available on request. Regards, Neil Stobart"),
    ("bereavement", "benign", "email",
     "I'm the treasurer of our village hall committee. Please send an invoice for the road safety evening you ran for "
     "our members last month. Regards, Neil Stobart"),
    ("bereavement", "sensitive", "forum_post",
     "Anyone else learning at 60 because their husband always did the driving? Widowed eight months and the car's "
     "just sat on the drive. Brae Road's refresher looks good."),
    ("bereavement", "benign", "forum_post",
     "Anyone else learning at 60 because their husband always did the driving? He's had enough of being my taxi lol. "
     "Brae Road's refresher looks good."),
    ("bereavement", "sensitive", "complaint_letter",
     "Dear Brae Road, I told my instructor at the start of the lesson that it was the day of my mother's cremation "
     "and I needed something normal to do. She then told me twice to 'cheer up'. I found this deeply hurtful. "
     "Yours, Helen Ashdown"),
    ("bereavement", "benign", "complaint_letter",
     "Dear Brae Road, every time I stalled my instructor laughed and said the car had 'died on me again'. After the "
     "fifth time I found this unprofessional and hurtful. Yours, Helen Ashdown"),
    ("bereavement", "sensitive", "chat",
     "Hi, about the lessons booked under Grace Tillman - she won't be coming. She passed on last month. I'm her "
     "husband, I'm just trying to close all her accounts."),
    ("bereavement", "benign", "chat",
     "Hi, about the lessons booked under Grace Tillman - she won't need them. She passed last month, first time! I'm "
     "her husband, can you cancel the rest?"),
    ("bereavement", "sensitive", "agent_note",
     "Customer asked for a gift voucher to be reissued in her own name. It was a present from her late gran, who "
     "bought it before she passed in February under her own email."),
    ("bereavement", "benign", "agent_note",
     "Customer asked for a gift voucher to be reissued in her own name. It was a present from her gran, who bought it "
     "under her own email. Reissued."),
    # ---- violence_self_harm
    ("violence_self_harm", "sensitive", "email",
     "Can I have a different pick-up address from now on? My ex keeps turning up outside the house and I don't want "
     "him to see when I'm going out. The Co-op car park on Dean St would be fine."),
    ("violence_self_harm", "benign", "email",
     "Can I have a different pick-up address from now on? They've dug the whole road up outside the house for a "
     "month. The Co-op car park on Dean St would be fine."),
    ("violence_self_harm", "sensitive", "chat",
     "the instructor kept putting his hand on my leg when he reached for the gearstick and made comments about my "
     "body. i dont want him ever again and i dont feel safe"),
    ("violence_self_harm", "benign", "chat",
     "the instructor kept grabbing the wheel every time i drifted a bit, was a bit much. id like someone calmer"),
    ("violence_self_harm", "sensitive", "agent_note",
     "Learner said during lesson she 'wouldn't care if she crashed' and 'wouldn't mind not waking up'. Instructor "
     "ended lesson, drove her home, gave her the Samaritans number. Welfare call booked for tomorrow."),
    ("violence_self_harm", "benign", "agent_note",
     "Learner said during lesson she'd 'die of embarrassment' if she stalled at the test centre again. Instructor "
     "did extra hill starts. Confident for Thursday."),
    ("violence_self_harm", "sensitive", "sms",
     "some guy followed us in his van after the lesson and screamed hed kill me for pulling out. instructor got his "
     "reg. what do i do now im shaking"),
    ("violence_self_harm", "benign", "sms",
     "some guy beeped at us for like 10 secs when i stalled at the lights lol. instructor said just ignore it. is that "
     "normal"),
    ("violence_self_harm", "sensitive", "review",
     "Avoid instructor K. He shouted, slammed his hand on the dashboard, called me thick and threatened to leave me "
     "at the side of the road if I cried. One star is too many."),
    ("violence_self_harm", "benign", "review",
     "Instructor K is brutally honest - said my mirror checks were murder and he'd kill for a learner who signals. "
     "Hilarious, and I passed."),
    ("violence_self_harm", "sensitive", "call_transcript",
     "Agent: What's the new pick-up address? || My sister's, 14 Larch Close. I'm staying there now because my partner "
     "hit me and I'm not going back. Please don't tell anyone where I am. || Agent: Of course, I'll mark it "
     "confidential."),
    ("violence_self_harm", "benign", "call_transcript",
     "Agent: What's the new pick-up address? || My sister's, 14 Larch Close. I'm staying there while my kitchen gets "
     "ripped out. || Agent: Lovely, updated."),
    ("violence_self_harm", "sensitive", "dm",
     "honestly whats the point in passing, ive been thinking about ending it all anyway"),
    ("violence_self_harm", "benign", "dm",
     "honestly whats the point in the hazard perception bit, im ending my subscription anyway"),
    ("violence_self_harm", "sensitive", "forum_post",
     "Warning: a Brae Road instructor started messaging me on my personal Instagram after a lesson - sexual stuff. "
     "I've reported it and I'm still waiting to hear back."),
    ("violence_self_harm", "benign", "forum_post",
     "Warning: Brae Road send SO many messages after your lesson lol. Turn off push notifications in the app."),
    ("violence_self_harm", "sensitive", "in_app",
     "Please remove my address from my profile. A man from my old job has been stalking me and I've found out he "
     "learns with the same driving school."),
    ("violence_self_harm", "benign", "in_app",
     "Please remove my old address from my profile. I moved in March and it keeps suggesting it for pick-up."),
    ("violence_self_harm", "sensitive", "voicemail",
     "Hi, it's Jade. I need to cancel Tuesday. I've hurt myself again, I've got stitches in my arm and can't grip the "
     "wheel. Sorry."),
    ("violence_self_harm", "benign", "voicemail",
     "Hi, it's Jade. I need to cancel Tuesday. Just had my nails done and they're massive, can't grip the wheel "
     "properly lol. Sorry."),
    ("violence_self_harm", "sensitive", "complaint_letter",
     "Dear Sir/Madam, on 4 June, while waiting at the test centre, I was confronted by another learner's father who "
     "pushed me against the wall, threatened me and spat at me. Your instructor saw it and did nothing. I want to "
     "know what you will do. Ms R. Kaur"),
    ("violence_self_harm", "benign", "complaint_letter",
     "Dear Sir/Madam, your prices for the intensive course have gone up 20% in a year. That is daylight robbery and "
     "an absolute assault on the wallet. I want to know how you justify it. Ms R. Kaur"),
    ("violence_self_harm", "sensitive", "web_form",
     "Safeguarding concern: my daughter's instructor has been texting her late at night, telling her she's 'special' "
     "and not to tell us about the messages."),
    ("violence_self_harm", "benign", "web_form",
     "Feedback: my daughter's instructor sends her lesson summaries late at night - could they be scheduled for "
     "daytime instead?"),
    ("violence_self_harm", "sensitive", "email",
     "My husband doesn't let me have any money of my own so I'm paying for these lessons in cash in secret. Please "
     "never ring the house phone or send anything by post."),
    ("violence_self_harm", "benign", "email",
     "My husband manages our household accounts, so please send the invoices to his email and he'll pay them."),
    ("violence_self_harm", "sensitive", "chat",
     "I'm getting bullied at work because I can't drive, they call me names every single day and it's really "
     "getting to me, so I want the intensive course asap"),
    ("violence_self_harm", "benign", "chat",
     "my colleagues keep teasing me that I still get the bus lol, so I want the intensive course asap to shut them "
     "up"),
    ("violence_self_harm", "sensitive", "agent_note",
     "Caller threatened to 'come down and smash the office up' and named the street where instructor Ben lives. "
     "Call ended, logged, manager and Ben informed."),
    ("violence_self_harm", "benign", "agent_note",
     "Caller very frustrated about a third cancelled test, raised voice, calmed down once refund was offered. Logged."),
    # ---- special_categories: religion or belief
    ("special_categories", "sensitive", "email",
     "Hi, I can't do lessons on Friday lunchtimes because I go to Jummah at the mosque on Hilltop Road. Can my block "
     "be Monday to Thursday only? Thanks, Yusuf"),
    ("special_categories", "benign", "email",
     "Hi, are you open over Christmas and Easter? I'd like to book an intensive course for the school holidays if "
     "there are slots. Thanks, Yusuf"),
    ("special_categories", "sensitive", "chat",
     "no lessons saturdays pls, we keep shabbat. sunday any time is great"),
    ("special_categories", "benign", "chat",
     "any chance of a sunday morning lesson? the roads round the retail park are dead quiet then"),
    ("special_categories", "sensitive", "agent_note",
     "Learner asked for a female instructor only - she wears a niqab and isn't comfortable alone in a car with a "
     "man. Also asked whether the examiner will need to see her face for the ID check. Advised private check is "
     "available."),
    ("special_categories", "benign", "agent_note",
     "St Aidan's Parish Church booked our road safety talk for their over-60s lunch club on 18 March. Invoice to the "
     "parish office."),
    ("special_categories", "sensitive", "sms",
     "can we move thurs to 6.30? breaking my fast at sunset this month so i'll be starving earlier lol"),
    ("special_categories", "benign", "sms",
     "can we move thurs to 6.30? got a work lunch that'll run over, i'll be stuffed lol"),
    ("special_categories", "sensitive", "web_form",
     "Anything your instructor should know? I wear a turban and the last car's roof was too low to sit up straight. "
     "A taller car please."),
    ("special_categories", "benign", "web_form",
     "Anything your instructor should know? Can I wear my baseball cap during the test or does it have to come off "
     "for the ID check?"),
    ("special_categories", "sensitive", "forum_post",
     "Left the Witnesses last year and lost every lift I had overnight, so I'm learning at 29. Any Brae Road "
     "instructors good with anxious adults?"),
    ("special_categories", "benign", "forum_post",
     "Passed with Brae Road, thank God. Hamid is a godsend with anxious adults, honestly."),
    ("special_categories", "sensitive", "call_transcript",
     "Agent: Any evenings you can't do? || Tuesdays. I'm converting, and my classes with the rabbi are Tuesday "
     "evenings at the synagogue. || Agent: No problem, we'll avoid Tuesdays."),
    ("special_categories", "benign", "call_transcript",
     "Agent: Where shall we pick you up? || Outside the Gurdwara on Sutton Road - it's the easiest landmark, I live "
     "just behind it. || Agent: Lovely, I'll note that."),
    ("special_categories", "sensitive", "in_app",
     "For the packed lunch on the intensive course - I only eat kosher, so is it ok if I bring my own?"),
    ("special_categories", "benign", "in_app",
     "Does your Diwali weekend offer apply to gift vouchers as well as lessons? Want to get one for my boss."),
    # ---- special_categories: ethnic or national origin
    ("special_categories", "sensitive", "chat",
     "my english not so good, i am from eritrea since two years. can instructor speak slow and maybe draw the "
     "roundabout on paper?"),
    ("special_categories", "benign", "chat",
     "we are a community centre running ESOL classes - does the theory test come in other languages, or only "
     "english and welsh?"),
    ("special_categories", "sensitive", "email",
     "I'm Roma and the last driving school stopped answering once they heard my surname and where we're stopping. "
     "Please tell me honestly if that's going to be a problem here. Milan"),
    ("special_categories", "benign", "email",
     "Which foreign licences can be exchanged here without a test? Asking for our HR team - we recruit drivers from "
     "all over the EU. Milan, Hollins Logistics"),
    ("special_categories", "sensitive", "agent_note",
     "Learner is a Polish national, living here since 2019. Asked about exchanging her Polish licence versus sitting "
     "the test, and would prefer a Polish-speaking instructor. Matched with Tomasz."),
    ("special_categories", "benign", "agent_note",
     "Learner's meeting point changed to the Caribbean takeaway on Mill Lane, easier parking than the old spot."),
    ("special_categories", "sensitive", "call_transcript",
     "Agent: What went wrong with the lesson? || My mum's Jamaican and my dad's from Donegal, and he kept asking "
     "where I'm 'really' from for half an hour. I don't want him again. || Agent: I'm sorry, I'll rematch you today."),
    ("special_categories", "benign", "call_transcript",
     "Agent: What went wrong with the lesson? || Nothing really, I'm from Leeds originally and your one-way system "
     "completely threw me. || Agent: It gets everyone, we'll do a route lesson."),
    ("special_categories", "sensitive", "web_form",
     "Country of birth: Syria. Arrived 2022 with refugee status. Which ID can I use for my provisional - I have a "
     "biometric residence permit but no passport."),
    ("special_categories", "benign", "web_form",
     "Bug report: the Welsh version of the booking page shows broken characters in the address fields."),
    ("special_categories", "sensitive", "review",
     "As a Black woman learning at 40 I was nervous about how I'd be treated after past experiences. Tunde and the "
     "team were fab from day one."),
    ("special_categories", "benign", "review",
     "Tunde taught me reverse bay parking in a single session. Absolute legend, the team were fab from day one."),
    ("special_categories", "sensitive", "sms",
     "hi its Mei, can fri lesson end by 5? its lunar new year and whole family coming for dinner"),
    ("special_categories", "benign", "sms",
     "hi its Mei, can fri lesson end by 5? its my mums 60th and whole family coming for dinner"),
    ("special_categories", "sensitive", "forum_post",
     "Any other Gujarati families using Brae Road? They say they've got an instructor who speaks it, and my nani "
     "wants to do the refresher course in her own language."),
    ("special_categories", "benign", "forum_post",
     "Just back from Krakow and the roundabouts there are mad compared to here lol. Any tips for Brae Road's big one "
     "by the station?"),
    # ---- special_categories: political opinion or activity
    ("special_categories", "sensitive", "email",
     "Can I move Saturday's lesson? I'm stewarding at the Palestine solidarity march in town that afternoon. "
     "Sunday would be great. Cheers, Rory"),
    ("special_categories", "benign", "email",
     "Can I move Saturday's lesson? The town centre is closed for a march that afternoon and the roads will be a "
     "nightmare. Sunday would be great. Cheers, Rory"),
    ("special_categories", "sensitive", "chat",
     "i'm standing for the greens in the council by-election and need to be able to drive between polling stations "
     "by may. can i do an intensive in april?"),
    ("special_categories", "benign", "chat",
     "hollins council transport team here - we'd like refresher lessons for four staff who drive the pool cars. can "
     "we do an intensive in april?"),
    ("special_categories", "sensitive", "agent_note",
     "Learner asked instructor to turn off the phone-in radio; said as a lifelong Labour activist she found the "
     "presenter 'unbearable'. Instructor apologised, radio off for future lessons."),
    ("special_categories", "benign", "agent_note",
     "Learner asked instructor to turn off the radio during lessons, can't concentrate with the news on. Radio off "
     "for future lessons."),
    ("special_categories", "sensitive", "sms",
     "running late, stuck at the climate protest on the bridge, we're glued to the road lol be there by 3"),
    ("special_categories", "benign", "sms",
     "running late, bridge is shut for some protest, traffic's at a standstill lol be there by 3"),
    ("special_categories", "sensitive", "review",
     "Instructor spent the whole lesson ranting about immigration and how great Reform are. I'm a Lib Dem councillor "
     "so that was a long hour. Two stars."),
    ("special_categories", "benign", "review",
     "I voted for you in the Brae Local Business Awards! Hope you win, my instructor was great. Five stars."),
    ("special_categories", "sensitive", "call_transcript",
     "Agent: Which days suit? || Weekday evenings only. I'm out canvassing for the Conservatives every weekend till "
     "the election. || Agent: Evenings it is."),
    ("special_categories", "benign", "call_transcript",
     "Agent: Which days suit? || Not the 2nd - the polling station is at the school on my road and parking will be "
     "hopeless. || Agent: Okay, I'll avoid election day."),
    ("special_categories", "sensitive", "forum_post",
     "Anyone else lose an instructor over politics? Mine saw the 'Rejoin' badge on my bag and went quiet for a whole "
     "lesson, then asked to swap me."),
    ("special_categories", "benign", "forum_post",
     "My instructor and I argued for twenty minutes about whether roundabouts beat traffic lights. Very political "
     "lesson lol."),
    ("special_categories", "sensitive", "dm",
     "no thursday lessons pls, that's our SNP branch meeting and i'm the secretary"),
    ("special_categories", "benign", "dm",
     "can pick-up be the town hall on thursday? i work in council tax there"),
    # ---- special_categories: trade union membership or activity
    ("special_categories", "sensitive", "email",
     "I'm the Unite rep at the distribution centre and I'm pushing management to fund lessons for lads who need a "
     "licence for promotion. Could you give me a quote for 10 learners? Darren Platt, 07700 900518"),
    ("special_categories", "benign", "email",
     "We're the Hollins branch office of Unison and would like 25 BraeTheory app licences for our staff training "
     "programme. Please invoice the branch. Darren Platt, office administrator"),
    ("special_categories", "sensitive", "chat",
     "can we move my lessons to mornings for the next fortnight? we're out on strike from monday and i'm on the "
     "picket line from 2"),
    ("special_categories", "benign", "chat",
     "is the test centre affected by the rail strike on thursday? i'm getting the train there for my 10am"),
    ("special_categories", "sensitive", "agent_note",
     "Learner asked whether her GMB membership card gets her a discount. Told no partnership at present; she said "
     "she'd raise it at the next branch meeting."),
    ("special_categories", "benign", "agent_note",
     "Learner asked whether her NUS student card gets her a discount. Told yes, 5% on blocks of 10."),
    ("special_categories", "sensitive", "sms",
     "cant make wed night sorry, branch meeting about the strike ballot and im chairing"),
    ("special_categories", "benign", "sms",
     "meet at union street car park not union square, the app keeps picking the wrong one"),
    ("special_categories", "sensitive", "call_transcript",
     "Agent: Who's paying for the lessons? || My union's learning fund is covering it, so the invoice needs to go to "
     "the regional office, not me. || Agent: Can you give me their address?"),
    ("special_categories", "benign", "call_transcript",
     "Agent: Who's paying for the lessons? || My credit union savings account, so can the receipt show the amount "
     "clearly? || Agent: Of course."),
    ("special_categories", "sensitive", "forum_post",
     "Any other NEU members using Brae Road? Our district association has got a discount code apparently, does "
     "anyone have it?"),
    ("special_categories", "benign", "forum_post",
     "Are Brae Road's instructors employed or self-employed franchisees? Writing a piece on the local gig economy "
     "for the Hollins Herald."),
    ("special_categories", "sensitive", "review",
     "Booked round my shifts and my shop steward duties without any fuss. Can't recommend them enough."),
    ("special_categories", "benign", "review",
     "Booked round my 4-on-4-off shifts at the depot without any fuss. Can't recommend them enough."),
    ("special_categories", "sensitive", "web_form",
     "Employer: Hollins Bus Depot. Availability notes: I'm the RMT health and safety rep, so some Tuesdays I'll be "
     "away on union training."),
    ("special_categories", "benign", "web_form",
     "Organisation: Eastgate Trades Union Council office. Request: invoice for the refresher course bought for our "
     "caretaker, Mr Lowe."),
    # ---- special_categories: sexual orientation
    ("special_categories", "sensitive", "email",
     "Hi, I'd like to book lessons as a gift for my wife Hannah - she's never driven and I'd love her to have a go "
     "before our anniversary. Can I pay now and she picks dates? Thanks, Claire"),
    ("special_categories", "benign", "email",
     "Hi, I'd like to book lessons as a gift for my wife Hannah - she's never driven and I'd love her to have a go "
     "before our anniversary. Can I pay now and she picks dates? Thanks, Mark"),
    ("special_categories", "sensitive", "chat",
     "hi it's Dan, can my boyfriend Luke be the supervising driver for practice in my own car? he's 30 and had his "
     "licence ten years"),
    ("special_categories", "benign", "chat",
     "can my husband be the supervising driver for practice in our own car? he's 42 and had his licence twenty years"),
    ("special_categories", "sensitive", "agent_note",
     "Learner asked not to be matched with instructor P again after P made remarks when he mentioned his husband "
     "would be collecting him. Rematched, P's manager informed."),
    ("special_categories", "benign", "agent_note",
     "Learner asked not to be matched with instructor P again - says P's car always smells of cigarettes. Rematched."),
    ("special_categories", "sensitive", "review",
     "As a bi woman I've had uncomfortable moments with male instructors before. Aisha was ace and never made it a "
     "thing when my girlfriend picked me up."),
    ("special_categories", "benign", "review",
     "Came out of the test centre buzzing - PASSED! Aisha was ace, never made a thing of my nerves."),
    ("special_categories", "sensitive", "sms",
     "can we finish early sat? marching at pride with my lesbian running club at 2"),
    ("special_categories", "benign", "sms",
     "can we finish early sat? pride weekend in town and parking will be chaos after 2"),
    ("special_categories", "sensitive", "forum_post",
     "Came out to my dad last year and he stopped teaching me to drive, so here I am booking proper lessons. Is "
     "Brae Road any good?"),
    ("special_categories", "benign", "forum_post",
     "Our LGBT+ staff network at the council wants a group rate on refresher lessons. Has anyone negotiated one with "
     "Brae Road?"),
    ("special_categories", "sensitive", "call_transcript",
     "Agent: And who else is learning? || My husband Tomasz, we'd like to share a block. I'm James by the way. || "
     "Agent: Lovely, I'll set up a joint account for you both."),
    ("special_categories", "benign", "call_transcript",
     "Agent: And who else is learning? || My partner, we'd like to share a block if that's allowed. || Agent: "
     "Lovely, I'll set up a joint account for you both."),
    ("special_categories", "sensitive", "dm",
     "lol my instructor asked if i had a girlfriend to practise with and i had to tell him i'm gay. awkward but he "
     "was sound about it"),
    ("special_categories", "benign", "dm",
     "straight roads only for lesson one pls, im terrified of bends lol"),
    # ---- special_categories: sex life
    ("special_categories", "sensitive", "email",
     "Please don't send texts to the home phone. My wife doesn't know about the other relationship and these "
     "lessons are so I can drive my girlfriend's car. Mobile only: 07700 900947."),
    ("special_categories", "benign", "email",
     "Please don't send texts to the home phone, nobody checks it. Mobile only: 07700 900231."),
    ("special_categories", "sensitive", "chat",
     "we're a poly household, three of us in a relationship and we share everything, can we all book under one "
     "login?"),
    ("special_categories", "benign", "chat",
     "three of us in a shared house all want lessons, can we book under one login and split the bill?"),
    ("special_categories", "sensitive", "dm",
     "can i do lessons late evenings? i do cam work overnight so mornings i'm asleep"),
    ("special_categories", "benign", "dm",
     "can i do lessons late evenings? i work behind a bar till 2 so mornings i'm asleep"),
    ("special_categories", "sensitive", "forum_post",
     "Mortifying: my hookup app notification popped up on the phone mount mid-lesson with a very explicit preview. "
     "Instructor pretended not to see. Turn your notifications off people."),
    ("special_categories", "benign", "forum_post",
     "Mortifying: my mum's texts popped up on the phone mount mid-lesson calling me sweetie pie. Instructor pretended "
     "not to see. Turn your notifications off people."),
    ("special_categories", "sensitive", "agent_note",
     "Learner missed 9am lesson - said she'd stayed at a one-night stand's place and couldn't get home in time. "
     "Rebooked, fee waived as goodwill."),
    ("special_categories", "benign", "agent_note",
     "Learner missed 9am lesson - overslept after a friend's birthday party. Rebooked, fee waived as goodwill."),
    ("special_categories", "sensitive", "call_transcript",
     "Agent: How can I help? || My partner and I have an open relationship, so sometimes a different guy drops me at "
     "my lesson. Can you ask the instructor to stop commenting on it? || Agent: Absolutely, I'll speak to him."),
    ("special_categories", "benign", "call_transcript",
     "Agent: How can I help? || Sometimes my brother drops me at my lesson and sometimes my dad. Can you ask the "
     "instructor to stop asking who it'll be? || Agent: Absolutely, I'll speak to him."),
    ("special_categories", "sensitive", "review",
     "Instructor was fine on the driving, but I did not appreciate the questions about my sex life just because I "
     "mentioned I'm waiting until marriage. Three stars."),
    ("special_categories", "benign", "review",
     "Intensive course was intense in the best way - five days, thirty hours, never been so intimate with a clutch "
     "pedal. Five stars."),
    # ---- special_categories: gender identity
    ("special_categories", "sensitive", "email",
     "I've changed my name by deed poll as part of transitioning, but my provisional is still in my old name. Which "
     "name will the examiner call out at the test centre? Thanks, Sophie"),
    ("special_categories", "benign", "email",
     "I've changed my surname since getting married, but my provisional is still in my maiden name. Which name will "
     "the examiner call out at the test centre? Thanks, Sophie"),
    ("special_categories", "sensitive", "chat",
     "pls use they/them for me in the instructor notes, and Mx not Miss on emails"),
    ("special_categories", "benign", "chat",
     "why do you ask for sex on the booking form? is it mandatory or can i skip it"),
    ("special_categories", "sensitive", "agent_note",
     "Learner asked for title changed from Mr to Ms and her previous name removed from old invoices. Done; instructor "
     "told to use Sophie from now on."),
    ("special_categories", "benign", "agent_note",
     "Learner asked for title changed from Mrs to Dr - she's just passed her PhD viva! Done, instructor told."),
    ("special_categories", "sensitive", "sms",
     "hey its Robin (ur system still says Rebecca from before i transitioned), can u update? ta"),
    ("special_categories", "benign", "sms",
     "hey its Rob (ur system says Robert), can u shorten it? ta"),
    ("special_categories", "sensitive", "review",
     "As a trans man I dreaded the ID check at the test centre, but the booking team warned the centre ahead and it "
     "was a non-event. Class service."),
    ("special_categories", "benign", "review",
     "Asked for a female instructor because I'm more relaxed that way, and they matched me the same day. Class "
     "service."),
    ("special_categories", "sensitive", "forum_post",
     "Non-binary learner here - does anyone know if the licence authority lets you change the sex marker on a "
     "provisional yet? Mine says F and it's just wrong."),
    ("special_categories", "benign", "forum_post",
     "Is the test centre toilet gender-neutral or separate? Asking for the accessibility audit we're doing for the "
     "council."),
    ("special_categories", "sensitive", "call_transcript",
     "Agent: What's the learner's name? || It's my son, he's 19 - he was Leah on your old records from when I booked "
     "taster lessons, but it's Leo now. || Agent: I'll update that everywhere."),
    ("special_categories", "benign", "call_transcript",
     "Agent: What's the learner's name? || It's my son Leo, he's 19 - you've got him as Leon on the old records by "
     "mistake. || Agent: I'll update that everywhere."),
    ("special_categories", "sensitive", "in_app",
     "My top surgery is booked for July - can I freeze my package for 8 weeks while I recover?"),
    ("special_categories", "benign", "in_app",
     "My transition from manual to automatic has been rough lol - can I switch my remaining lessons to the auto car?"),
    # ---- special_categories: genetic data
    ("special_categories", "sensitive", "email",
     "I've tested positive for the Huntington's gene, no symptoms at all yet. Do I need to put that on the medical "
     "declaration for my provisional? Thanks, Alex"),
    ("special_categories", "benign", "email",
     "Does the medical declaration ask about family history, or only about my own conditions? Just reading it "
     "through before I send it. Thanks, Alex"),
    ("special_categories", "sensitive", "chat",
     "my dna test came back with a marker for early onset dementia, so i want to learn now while i can. can i start "
     "next week?"),
    ("special_categories", "benign", "chat",
     "is it in brae road's DNA to cancel last minute?? third time this month, can i start next week or not"),
    ("special_categories", "sensitive", "agent_note",
     "Refresher customer (72) mentioned his genetic test shows he carries the haemochromatosis variant, asked "
     "whether he needs to declare it. Pointed him to the licence authority guidance."),
    ("special_categories", "benign", "agent_note",
     "Refresher customer (72) mentioned his wife, his daughter and now he have all learned with us. 'Runs in the "
     "family.' Offered loyalty discount."),
    ("special_categories", "sensitive", "forum_post",
     "Colour blindness runs in my family and the genetic test says I'm a carrier too. Will that matter for the "
     "theory test pictures of traffic lights?"),
    ("special_categories", "benign", "forum_post",
     "Does Brae Road's family referral scheme count cousins? My whole family tree has learned with them at this "
     "point."),
    ("special_categories", "sensitive", "web_form",
     "Medical declaration question: a genetic screen showed I'm heterozygous for factor V Leiden. Is that something I "
     "have to declare?"),
    ("special_categories", "benign", "web_form",
     "Organisation: Helix Genomics Ltd. Request: quote for refresher lessons for five lab staff who'll be driving "
     "the company van."),
    ("special_categories", "sensitive", "sms",
     "sorry missed ur call, was at the genetics clinic getting results for the heart thing that runs in our family. "
     "ok to rebook?"),
    ("special_categories", "benign", "sms",
     "why does my test car hire invoice say DNA - did not attend?? i DID attend, passed even"),
    ("special_categories", "sensitive", "dm",
     "the paternity test came back and the man i thought was my dad isn't, so he's not paying for my lessons any "
     "more. can i switch the card on the account?"),
    ("special_categories", "benign", "dm",
     "i'm a genetic counsellor at the hospital and clinics run till 6, so evening lessons only please"),
    # ---- special_categories: biometric data
    ("special_categories", "sensitive", "in_app",
     "I set up fingerprint and face sign-in on BraeTheory. I want my face scan deleted from your servers - how do I "
     "do that?"),
    ("special_categories", "benign", "in_app",
     "Does BraeTheory support Face ID login? I can't find the setting anywhere."),
    ("special_categories", "sensitive", "email",
     "Your test booking ID check made me record a selfie video for face matching. Where is my facial scan stored, who "
     "sees it, and for how long is it kept?"),
    ("special_categories", "benign", "email",
     "What ID do I need to bring to the practical test - just the provisional photocard, or my passport as well?"),
    ("special_categories", "sensitive", "agent_note",
     "Learner's face match failed three times at online ID verification - she had facial reconstruction after an "
     "accident. Manual check approved by supervisor."),
    ("special_categories", "benign", "agent_note",
     "Learner's photo on her provisional is nine years old and examiner may query it. Advised to bring passport as "
     "backup."),
    ("special_categories", "sensitive", "chat",
     "did your phone line just record my voiceprint for voice ID without asking?? please delete it"),
    ("special_categories", "benign", "chat",
     "your phone line's voice menu doesnt understand a word i say, i just want to talk to a person and book a lesson"),
    ("special_categories", "sensitive", "web_form",
     "Subject access request: please send me all data you hold on me, including the fingerprint templates from "
     "signing off lessons on the instructor's tablet."),
    ("special_categories", "benign", "web_form",
     "Feature request: thumbprint sign-off on the instructor tablets would be much quicker than scribbling a "
     "signature every lesson."),
    ("special_categories", "sensitive", "call_transcript",
     "Agent: What's your question? || The in-car camera does face recognition to check if I'm drowsy. Does it keep "
     "my face data after the lesson? I never agreed to that. || Agent: Let me find out for you."),
    ("special_categories", "benign", "call_transcript",
     "Agent: What's your question? || Is the dashcam in the lesson car recording all the time, or only if there's "
     "a bump? Just curious about the policy. || Agent: Let me find out for you."),
    ("special_categories", "sensitive", "complaint_letter",
     "Dear Sir or Madam, I have learned that my thumbprint scans, taken on your instructor's tablet to sign off "
     "lessons, were shared with a franchise partner without my consent. I request that my biometric data be "
     "erased. Yours faithfully, Dr N. Osei"),
    ("special_categories", "benign", "complaint_letter",
     "Dear Sir or Madam, the BraeTheory app logs me out every single day and I have to reset my password each time. "
     "Please fix this or refund my subscription. Yours faithfully, Dr N. Osei"),
    ("special_categories", "sensitive", "sms",
     "hi did u send my face scan from the ID check to the test centre? they said they already had my face match on "
     "file??"),
    ("special_categories", "benign", "review",
     "App is slick, fingerprint login works a treat and the mock tests are spot on. Five stars."),
]


def brae_examples() -> list[dict]:
    """The brae split as labelled tickets (same shape as ``sensitive_eval.build_eval_set``'s)."""
    return stranger_examples("brae", ENTRIES, SUBJECTS)
