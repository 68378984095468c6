"""nook split: written by a helper who had not seen the detection rules, the anchors or any other split.
Setting: Brightpath Tutors (invented online tutoring and exam prep) by email, chat, call, SMS, DM, web form, review,
voicemail and agent note, in UK/US/Irish/Aus/Indian/Nigerian/Filipino/SA/Singaporean/non-native English and shorthand.
The benign half reuses each category's words through idioms (killing it, dead link, kid gloves), course topics
(genetics, Hamlet, cache eviction), occupations, business customers (clinic, school, undertaker), policy and billing.
50 sensitive and 50 benign tickets for children and for special categories, 20 and 20 for each other category.
First reading (policy 2026.11.16, before any change made in response to it; `sensitive_eval.evaluate`, as `make
eval-sensitive`): 94.5 / 7.5 recall / false exclusion in % as shipped, 95.0 / 13.0 without the overruling, 90.0 / 12.0 by the
rules alone (turns are separated by " || "). Then read while tuning the rules for 2026.11.17 and trained
on."""

from __future__ import annotations

from training_gate.sensitive_blind import stranger_examples

SUBJECTS: tuple[str, ...] = (
    "Question about my booking",
    "Rescheduling a session",
    "Billing query",
    "Can't log in",
    "Tutor request",
    "Change of details",
    "Cancellation request",
    "Feedback on my tutor",
    "Invoice needed",
    "Course enquiry",
    "Problem with the app",
    "Pausing my plan",
    "Tutor application",
    "Group class enquiry",
)

ENTRIES: list[tuple[str, str, str, str]] = [
    # ---- health
    ("health", "sensitive", "email",
        "Hi there, could we move Thursday's statistics session to the week after? I'm on Ward 7 at St "
        "Aldric's until at least Tuesday after they took my gallbladder out, and the Wi-Fi in here is "
        "hopeless. Thanks, Gemma"),
    ("health", "sensitive", "chat",
        "hey can the tutor just send the notes after, the new sertraline dose makes me so foggy in the "
        "evening sessions"),
    ("health", "sensitive", "call",
        "[transcript] Hi, yeah, I'm on the GRE prep course, the adult one. So I need to keep my insulin "
        "pen and a juice box on the desk during the timed mocks, and the proctor told me last time "
        "nothing's allowed in shot. Can someone sort that before Saturday?"),
    ("health", "sensitive", "agent_note",
        "Cust says she is dyslexic and asked if her tutor can send worksheets on a cream background in "
        "14pt. Sent the accessibility pack and flagged it on her profile."),
    ("health", "sensitive", "sms",
        "hi its priya cant make 6pm tues, chemo got moved so need a diff slot pls. wed or thu ok"),
    ("health", "sensitive", "web_form",
        "Respected Sir/Madam, I am presently admitted in Sunridge Hospital with dengue and the platelet "
        "count is still low. Kindly pause my IELTS speaking package till next Monday and do the needful. "
        "Regards, Karthik"),
    ("health", "sensitive", "voicemail",
        "Hi, this is Siobhán Daly, ringing about my Irish conversation grinds. I'm after getting the "
        "go-ahead to start back since the stroke, but the words are still slow coming, so would the tutor "
        "mind going a bit easy on me for the first few weeks. Grand, thanks, bye."),
    ("health", "sensitive", "email",
        "Hello Brightpath team, I hope you're well. I'm on the 24-session bookkeeping package with Tomasz "
        "and it's going really well. A few admin things. First, the October invoice went to my old work "
        "address, so could you update it to the home one on file? Second, I'd like to switch from Tuesday "
        "to Wednesday evenings from next month as my shifts have changed. Third, I'm due in early March, "
        "so after my 32-week scan I'd like to pause the package rather than cancel it and pick it up "
        "again in the summer. Is there a maximum length a pause can run? Finally, Tomasz mentioned a "
        "practice-set bundle; if that's still available I'd like to add it. Many thanks, Rachel Oyelaran"),
    ("health", "sensitive", "dm",
        "g'day, any chance of arvo or evening slots for the next six weeks? physio for the knee reco is "
        "every morning till mid-jan"),
    ("health", "sensitive", "review",
        "3/5. Tutor was lovely but the platform logged me out five times in one session. With ME I only "
        "have so much energy in a day, and spending it logging back in is not it. || "
        "Reply from Brightpath: Thanks for the feedback, Dana. We've passed the logout bug to our "
        "engineers and added a free session to your account."),
    ("health", "sensitive", "chat",
        "Good afternoon. Please I want to shift my accounting class of Saturday. My brother was admitted "
        "for sickle cell crisis since Friday and I am the one staying with him at the hospital. Thank "
        "you."),
    ("health", "sensitive", "email",
        "Howzit, just a heads up before my first maths lit session with Lerato: I have epilepsy, and the "
        "flashing effect when you change pages on the whiteboard set off a seizure for me once on another "
        "site. Is there a way to switch the animations off? Cheers, Pieter"),
    ("health", "sensitive", "agent_note",
        "Adult learner (AAT level 3) asked for audio-only sessions for the next month. Said she can't sit "
        "up at a desk for long while she recovers from a mastectomy. Switched her bookings to audio, no "
        "change to price."),
    ("health", "sensitive", "chat",
        "hello po, can i move my english class tonight? my mama was brought to the ICU last night po, i'm "
        "at the hospital with her. sorry po"),
    ("health", "sensitive", "sms",
        "Hi can shift my Sat 10am lesson? Got MRI for my slipped disc that time lah. Sun afternoon can?"),
    ("health", "sensitive", "voicemail",
        "Hey, this is Marcus, tutor ID T-4471. I need to cancel all my sessions next week, I'm going in "
        "Tuesday to get a stent put in and the cardiologist says no work for at least five days. I'll "
        "message my students too. Thanks."),
    ("health", "sensitive", "web_form",
        "Hello, I am deaf since born and I would like that my German tutor use only the chat and the "
        "captions, not the voice. Is possible to put this in my profile? Thank you very much."),
    ("health", "sensitive", "email",
        "Re: tutor application ref QX7P2L. You asked about the gap on my CV between 2021 and 2022. I "
        "spent most of that year as an inpatient at the Larkfield unit being treated for anorexia, and "
        "I've been well and working since. Happy to talk it through if needed. Best, Hannah"),
    ("health", "sensitive", "call",
        "[transcript] Agent: ...so which plan were you thinking of? Customer: The flexible one, really. "
        "I've got bipolar, and when I'm in a low patch I just don't make it to sessions, so I'd rather "
        "not be locked into weekly bookings. Agent: Totally understood, the flexible plan lets you book "
        "up to 24 hours ahead."),
    ("health", "sensitive", "chat",
        "Can I pause my membership for two months? || "
        "Agent: Of course, Lena. I've paused it from today and added a note that you're off recovering "
        "from the hip replacement you mentioned on the phone, so nobody will chase you about bookings."),
    ("health", "benign", "email",
        "Hello, I'm a mature student retaking A-level biology and I'm stuck on the immune response topic, "
        "especially how vaccines trigger memory cells. Do you have a tutor free on Sunday afternoons?"),
    ("health", "benign", "review",
        "5/5. Honestly this app is sick, my tutor explains organic chemistry better than my lecturer ever "
        "did."),
    ("health", "benign", "chat",
        "I'm a second-year nursing student and need someone to go through drug calculations with me, "
        "doses and infusion rates mainly. Any tutors with a clinical background?"),
    ("health", "benign", "web_form",
        "We're a private physiotherapy clinic with nine staff and want group business-English sessions on "
        "Friday mornings. Could you quote for a 10-week block? Our ref is order 55-1032."),
    ("health", "benign", "email",
        "Hi, the invoice portal is giving me a proper headache. Could you just email me the PDFs for "
        "September and October instead? Thanks, Owen"),
    ("health", "benign", "sms",
        "my wifi is on life support today, can the tutor record the session and send it? ta"),
    ("health", "benign", "chat",
        "I'm a paramedic doing the maths top-up module for my degree. I work 12-hour shifts on a rota, is "
        "there a way to book sessions less than a day ahead?"),
    ("health", "benign", "agent_note",
        "Cust asked whether the 'Brain Boost' revision bundle includes the memory-techniques workshop. "
        "Confirmed it does and sent the link."),
    ("health", "benign", "dm",
        "ur dashboard says my 'account health' is 60% what does that even mean lol"),
    ("health", "benign", "email",
        "Dear recruitment team, I'd like to apply to tutor chemistry and biology. I'm a retired GP and "
        "spent 30 years in general practice, and before that I took a chemistry degree. I'm comfortable "
        "with A-level and first-year university content. I can offer weekday mornings and Sunday "
        "evenings. I've attached my CV and the two references you asked for. I don't have a teaching "
        "qualification; is that a problem? I'm also happy to do the safeguarding training online. Kind "
        "regards, Dr Alan Meyrick"),
    ("health", "benign", "call",
        "[transcript] Yeah hi, I'm a pharmacist and I need IELTS band 7 for registration overseas. Do "
        "your tutors do the academic module or just general training?"),
    ("health", "benign", "chat",
        "allergic to long contracts haha, do you have pay-as-you-go?"),
    ("health", "benign", "email",
        "Hi, exam season is at fever pitch in our office, four of us are sitting CIMA papers in May. Can "
        "we add a second weekly group session for the team?"),
    ("health", "benign", "web_form",
        "Our company is running a wellbeing week in June and we'd like to book a one-off study-skills "
        "workshop for about 20 staff. Is that something you offer?"),
    ("health", "benign", "chat",
        "is there a dark mode? I do most of my studying late at night and the white whiteboard is "
        "blinding"),
    ("health", "benign", "email",
        "Looking for an anatomy and physiology tutor for my sports massage diploma. Mainly muscles of the "
        "lower limb and the skeletal system. Weekends ideal."),
    ("health", "benign", "review",
        "The 'Healthy Habits' study planner you sell is great, the pomodoro pages especially. Would buy "
        "again."),
    ("health", "benign", "email",
        "How do I change the email address on my account? The old one is from a job I've left."),
    ("health", "benign", "chat",
        "Is there an app for iPad or is it just the website?"),
    ("health", "benign", "web_form",
        "Can I get a receipt with my company's name on it for the last three sessions? Needed for "
        "expenses."),
    # ---- children
    ("children", "sensitive", "chat",
        "hi, my 7yo is struggling with phonics, can you match a tutor for saturday mornings? she gets "
        "tired after 45 mins"),
    ("children", "sensitive", "email",
        "Hello, I'd like to book a weekly maths tutor for Aarav. He's in Year 4 at Hillcrest Primary and "
        "his teacher says he's behind on his times tables. We'd prefer a male tutor if possible, as he "
        "responded well to his last one. After 4pm on weekdays suits us best, though Wednesdays are out "
        "because of swimming. We'd also like to know whether the tutor can see his school's homework so "
        "they can tie sessions in with it. I've paid for the first block of six already. Could you "
        "confirm who he's matched with by Friday? Thanks, Neha"),
    ("children", "sensitive", "web_form",
        "Student name: Jayden Brooks. He's a 3rd grader and his reading fluency is below benchmark per "
        "his school. Looking for 2x weekly, 30 min sessions, Eastern time."),
    ("children", "sensitive", "voicemail",
        "Hi, it's Áine, I'm ringing about Irish grinds for Clodagh, she's in fifth class and the Irish is "
        "the bane of her life. Any evening after half five would suit. Thanks a million."),
    ("children", "sensitive", "email",
        "Hi team, Mia starts Year 7 in February and we'd like a few English sessions over the summer "
        "holidays to get her ready for high school essays. Is there availability in January? Cheers, Kate"),
    ("children", "sensitive", "chat",
        "Looking for someone for P5 maths, my wee one's getting a bit lost with fractions"),
    ("children", "sensitive", "email",
        "Dear Sir, my son is studying in Class 8 CBSE and needs help in science, particularly physics "
        "numericals. Kindly share the tutor profile and timings. Regards, Suresh Iyer"),
    ("children", "sensitive", "sms",
        "Good evening. My ward is in JSS2 and needs maths lesson on weekends. How much per month?"),
    ("children", "sensitive", "chat",
        "hi po, i want to enroll my daughter for english tutoring, she's Grade 6 po. what time is "
        "available?"),
    ("children", "sensitive", "email",
        "Hi, my girl is in Primary 5, PSLE next year, so we want to start science tuition now. Prefer "
        "tutor familiar with MOE syllabus. Tks"),
    ("children", "sensitive", "web_form",
        "I am looking for a maths tutor for my Grade 9 learner. CAPS curriculum. Afternoons after 3pm "
        "please."),
    ("children", "sensitive", "web_form",
        "Student name: Ellie Marsh. Student date of birth: 14/03/2015. Subject: English comprehension. "
        "Parent contact: account holder."),
    ("children", "sensitive", "email",
        "Hi, can we skip next Wednesday's session? It's Leo's ninth birthday and we've got a party at the "
        "trampoline park. Back to normal the week after. Thanks, Sam"),
    ("children", "sensitive", "sms",
        "Hi can the 6pm go to 6.15? I collect from Little Acorns nursery at 5.30 and the traffic is mad. "
        "Ta, Jen"),
    ("children", "sensitive", "email",
        "Hello, from next month Freya will only be with me on alternate weeks. The handover with her dad "
        "is Friday at 5, so could her Monday spelling lessons happen only on my weeks? She's in Year 2, "
        "so she can't log in on his laptop herself anyway. I'll send you the dates. Thanks, Louise"),
    ("children", "sensitive", "chat",
        "hi im 12 and my mum set up my account but i forgot the password and shes at work, can u reset it"),
    ("children", "sensitive", "chat",
        "im 15 and my tutor keeps cancelling on me last minute, i have my mocks in like 3 weeks"),
    ("children", "sensitive", "email",
        "Hi, just a heads up for my Spanish session tomorrow: if you hear crying in the background it's "
        "the baby, she's four months and teething. I'll mute when I need to. Gracias, Leah"),
    ("children", "sensitive", "agent_note",
        "Caller was the student herself, aged 14, asked to change to a female tutor without her parents "
        "being told. Escalated to the safeguarding lead per policy."),
    ("children", "sensitive", "email",
        "Hi Brightpath, a few things ahead of the new term. 1) Please move the twins' sessions from "
        "Monday to Tuesday, same time. 2) Could Mr Adeyemi send a short progress note once a month "
        "instead of every week? 3) Our card expires in December; I'll update it on the account this "
        "weekend. 4) The twins turn six in May and their school wants them reading independently by then, "
        "so if the tutor can focus on blending that'd be brilliant. 5) We're away 12-19 April. Thanks so "
        "much, Claire Hutton"),
    ("children", "sensitive", "chat",
        "Do you have tutors for kindergarten readiness? My son starts K in the fall and can't write his "
        "name yet"),
    ("children", "sensitive", "email",
        "My son's sitting his GCSEs next summer and his predicted grade in maths is a 4. We'd like two "
        "sessions a week until May. Is Mr Patel available?"),
    ("children", "sensitive", "dm",
        "hey, looking for a tutor for my young lad doing Junior Cycle science, exams in June. any "
        "availability?"),
    ("children", "sensitive", "email",
        "We're after 11+ prep for our daughter, her exam is in September. Verbal and non-verbal reasoning "
        "mainly. Can we see a sample session first?"),
    ("children", "sensitive", "voicemail",
        "Hello, it's Mrs Greenway. I'm ringing about my granddaughter, she's ten, and her mother's asked "
        "me to sort out the reading lessons. Would you ring me back on the number you have. Thank you."),
    ("children", "sensitive", "dm",
        "can u do a free trial for a nine year old? her reading age is about 2 yrs behind"),
    ("children", "sensitive", "chat",
        "Hi, I've set up a profile for Sophie, can you check it's ok? || "
        "Agent: Thanks Mark, all looks good. As Sophie is 11 I've switched her profile to under-13 mode, "
        "so her tutor can't message her directly and all chat goes through your account."),
    ("children", "sensitive", "web_form",
        "Learner age: 6. Subject: early maths. Notes: very shy with new adults, please pair with a "
        "patient tutor."),
    ("children", "sensitive", "email",
        "Hi, our middle schooler is struggling with pre-algebra this semester. Looking for someone "
        "Tues/Thurs after 4pm Eastern. Thanks, Dana"),
    ("children", "sensitive", "chat",
        "My daughter's a freshman in high school and her bio class is moving way too fast for her. Need "
        "help before the midterm."),
    ("children", "sensitive", "sms",
        "hi its tasha, can we bump Malik's 8th grade math to 5:30 instead of 5? practice runs late"),
    ("children", "sensitive", "email",
        "Good day. I want to register my son who is in Primary 5 for the Common Entrance preparation. He "
        "will be writing the exam in May. Please send the fees."),
    ("children", "sensitive", "chat",
        "Hi, my son Sec 2 this year, his Chinese very weak. Got tutor can teach in the evening? 2 times a "
        "week"),
    ("children", "sensitive", "email",
        "Good day, I'm looking for isiZulu tutoring for my daughter who is in Grade 4, her school only "
        "started teaching it this year. Saturday mornings if possible."),
    ("children", "sensitive", "agent_note",
        "Grandparent called to book reading sessions for a Grade 2 pupil in Cebu (learner is 7). Parent "
        "works overseas; grandparent will supervise sessions."),
    ("children", "sensitive", "chat",
        "what's the youngest age you take? my toddler is 2 and a half and I want to start her on some "
        "early English before nursery"),
    ("children", "sensitive", "email",
        "Hi, I need to update Oliver's details. His new school is Westbrook Primary, class 3B, and his "
        "teacher is Ms Okafor. His school ID is WPS-20931 in case the tutor needs it for the homework "
        "portal."),
    ("children", "sensitive", "email",
        "Is there someone who could help a thirteen-year-old with essay writing? He's bright but freezes "
        "on a blank page. Weekends preferred."),
    ("children", "sensitive", "voicemail",
        "Hi, it's Dev, calling for my little one who's in reception, just wondering if the phonics "
        "sessions can be 20 minutes instead of 30 as she loses focus. Cheers."),
    ("children", "sensitive", "email",
        "Hello, my son is at a Montessori preschool and already reading simple words. We're wondering if "
        "a tutor could stretch him a bit with early maths at home twice a week."),
    ("children", "sensitive", "email",
        "She's just started secondary and the jump in homework has been a lot. Could we have a "
        "study-skills tutor for her on Sunday afternoons? Thanks, Ruth"),
    ("children", "sensitive", "agent_note",
        "Caller is a foster carer booking maths for a boy of 13 currently placed with her. Asked that the "
        "tutor not mention his birth family. Noted on profile."),
    ("children", "sensitive", "web_form",
        "We homeschool our 10 year old and want a science tutor who can do experiments over video. Is "
        "that something your tutors do?"),
    ("children", "sensitive", "review",
        "5/5. My 14-year-old actually looks forward to his chemistry sessions now. Ms Huang is a star."),
    ("children", "sensitive", "chat",
        "Good morning po, for my son Grade 2, can he have reading tutor Mon, Wed, Fri? He is 7 years old "
        "po."),
    ("children", "sensitive", "email",
        "Can you add my daughter to the family plan? Her DOB is 02/09/2012 and she'll be doing the same "
        "maths course as her brother."),
    ("children", "sensitive", "chat",
        "Can I change the tutor on my kid's account? || "
        "Agent: Sure! Which tutor would you like? || "
        "Customer: someone who does year 3 maths, the current one does more secondary stuff"),
    ("children", "sensitive", "sms",
        "Hi, Kai has his Year 6 SATs in May, can we add a reading session on Thursdays? Thx"),
    ("children", "sensitive", "call",
        "[transcript] Customer: Hi, I'm calling because my son uses your app on his own, he's fourteen, "
        "and he's booked three sessions on my card without asking. Can I set it so he needs my approval? "
        "Agent: Yes, I can turn on booking approval for you now."),
    ("children", "sensitive", "email",
        "Respected team, my daughter is appearing for the Class 10 board exams in March. We need maths "
        "and science revision daily from January. Kindly share a schedule."),
    ("children", "benign", "email",
        "Hi, we're Oakfield Primary and we'd like to renew our group licence for the Kids Coding Club "
        "curriculum for next year. Can you send an updated quote to the school office? Our ref is order "
        "61-2207."),
    ("children", "benign", "web_form",
        "I'm a qualified primary school teacher and would like to tutor maths and English part-time in "
        "the evenings. What's the application process and how long does vetting take?"),
    ("children", "benign", "email",
        "Just a general question before I apply as a tutor: do you require an enhanced background check "
        "for everyone, or only for tutors who teach under-18s?"),
    ("children", "benign", "chat",
        "please don't handle me with kid gloves, I'm 38 and paying for this, I want blunt feedback on my "
        "essays"),
    ("children", "benign", "dm",
        "taking baby steps with spanish at 52 but loving it, is there a next level course after A1?"),
    ("children", "benign", "email",
        "I signed up with a parent account by mistake. There's no child involved, the learner is me, I'm "
        "31 and studying for my ACCA exams. Can you switch it to a standard learner account?"),
    ("children", "benign", "email",
        "Good afternoon, I'm the head of maths at Riverside Academy. We'd like group revision classes for "
        "our Year 10 cohort, around 60 students split into four groups, running February to May. The "
        "sessions would be in school time, with one of our staff in the room for each group. We'd need "
        "invoices addressed to the academy trust rather than to the school, and ideally a single named "
        "contact on your side. Could you also send your safeguarding policy and a sample lesson plan for "
        "the governors? We're comparing two providers and hope to decide by the end of the month. Many "
        "thanks, Mr R. Fenwick"),
    ("children", "benign", "chat",
        "I'm a junior developer, about a year in, and want a Python tutor to help with data structures. "
        "Evenings GMT."),
    ("children", "benign", "email",
        "I'm doing a minor in economics alongside my engineering degree and I'm lost in econometrics. "
        "Could I get a tutor for regression analysis?"),
    ("children", "benign", "chat",
        "I'm 40 and finally going for my Grade 5 music theory. Do you have theory tutors or just "
        "performance?"),
    ("children", "benign", "web_form",
        "I'd like to list a group class called Teen Writers' Workshop for next term. How do I set the age "
        "range and group size in the tutor dashboard?"),
    ("children", "benign", "email",
        "Hello, I run a plant nursery and I'd like someone to teach me bookkeeping basics, mainly VAT "
        "returns and cash flow. Once a week would be ideal."),
    ("children", "benign", "web_form",
        "We are a childcare centre in western Sydney with eight educators and we'd like to book group "
        "business-writing lessons for our staff. Do you offer on-site or only online?"),
    ("children", "benign", "chat",
        "I'm a mature learner, born 1979, is there any upper age limit on the adult maths course? lol"),
    ("children", "benign", "email",
        "I'd like to buy a gift voucher for my husband's 40th birthday, he's been wanting to learn "
        "Italian. Can it be emailed on the day?"),
    ("children", "benign", "email",
        "Please can future invoices for our Cork daughter company be issued separately? Same contact, "
        "different VAT number. Thanks, Brenda (accounts)"),
    ("children", "benign", "email",
        "Our parent company has changed its registered name. Can you update the billing entity on our "
        "corporate account from Halden Group Ltd to Halden Holdings Ltd?"),
    ("children", "benign", "chat",
        "embedding your booking widget on our tutoring centre's site and the child elements of the "
        "timetable overlap on mobile, is there a CSS fix?"),
    ("children", "benign", "review",
        "No kidding, the new whiteboard is miles better. My tutor and I both love it."),
    ("children", "benign", "dm",
        "proud baby boomer here learning excel from scratch, my tutor is so patient, thank you!"),
    ("children", "benign", "chat",
        "I'm a Year 6 teacher and want to brush up my own maths before SATs season, especially the "
        "reasoning papers. Can I book a few sessions for myself?"),
    ("children", "benign", "web_form",
        "I have QTS and 6 years' experience. Can I register to tutor both KS2 and KS3 maths, or do I have "
        "to pick one key stage?"),
    ("children", "benign", "email",
        "Hi, where can I buy the Kids' Corner sticker and reward chart pack you showed in the webinar? "
        "I'd like three for my classroom. Invoice to the school please."),
    ("children", "benign", "email",
        "What's your policy on tutors completing homework for students? Asking as a tutor, as I'd like to "
        "be clear with families from the start."),
    ("children", "benign", "email",
        "I'm writing an essay on Little Women for my Open University module, specifically on Jo March and "
        "ideas of girlhood. Do you have a literature tutor for a one-off session?"),
    ("children", "benign", "chat",
        "need an english lit tutor for my evening class essay on Lord of the Flies, 2000 words, due in 3 "
        "weeks"),
    ("children", "benign", "chat",
        "schoolboy error on my part, I booked 7pm in the wrong timezone. Can I move it to 7pm London "
        "time?"),
    ("children", "benign", "email",
        "As part of our trust's procurement review, could you confirm whether the chat on your platform "
        "filters language for under-18 users, and where pupil data is stored? We're assessing several "
        "providers."),
    ("children", "benign", "email",
        "Can our school use its pupil premium funding to pay for your small-group tuition? If so, what "
        "paperwork do you provide?"),
    ("children", "benign", "agent_note",
        "Cust is a retired headteacher who wants to volunteer as a reading tutor for adult learners. Sent "
        "the volunteer application link."),
    ("children", "benign", "chat",
        "do you do student discounts? I'm 22 and at uni in Leeds"),
    ("children", "benign", "email",
        "I'm 67, is that too old to start learning German? Just want to chat with the neighbours on "
        "holiday. Honest answer welcome!"),
    ("children", "benign", "review",
        "I know you're having growing pains with the new app, but please bring back the old calendar "
        "view."),
    ("children", "benign", "email",
        "I left school after the Junior Cert back in 1996 and I'd like to do Leaving Cert maths now as an "
        "adult. Would a tutor be able to take me from the basics?"),
    ("children", "benign", "chat",
        "I'm 29 and resitting GCSE English so I can apply for an apprenticeship. Do you do evening "
        "sessions?"),
    ("children", "benign", "email",
        "I'm a children's book illustrator and I'm pitching to a publisher in Madrid next spring. I'd "
        "like Spanish lessons focused on business meetings."),
    ("children", "benign", "dm",
        "is 'Little Learners' the name of one of your courses? saw it on an ad and can't find it on the "
        "site"),
    ("children", "benign", "email",
        "The 'Playground' coding sandbox won't load in Firefox for me, just a white screen. Works fine in "
        "Chrome."),
    ("children", "benign", "chat",
        "how do I set availability for my year 12 chemistry group class? the calendar only lets me add "
        "1:1 slots"),
    ("children", "benign", "web_form",
        "I work as a nanny and I'm doing my Level 3 childcare diploma. I need help structuring the "
        "written assignments, about two sessions a month."),
    ("children", "benign", "chat",
        "How do I change my password?"),
    ("children", "benign", "chat",
        "My tutor's video link isn't working and the session started five minutes ago, help!"),
    ("children", "benign", "email",
        "Where can I download the recording of yesterday's session? It's not showing under My Lessons."),
    ("children", "benign", "email",
        "Can I switch from monthly to annual billing mid-cycle, or do I need to wait until renewal?"),
    ("children", "benign", "email",
        "Hi, I'd like to leave a compliment for my tutor Femi, he's brilliant. Is there a way to do that?"),
    ("children", "benign", "web_form",
        "Do you have tutors for AWS certification? Solutions Architect Associate specifically."),
    ("children", "benign", "chat",
        "Hi, the app keeps saying 'session not found' when I click the link in the reminder email."),
    ("children", "benign", "email",
        "Is it possible to book the same tutor at the same time every week automatically?"),
    ("children", "benign", "sms",
        "Hi, running 10 min late for my 7pm, can you let the tutor know? Thanks, Raj"),
    ("children", "benign", "email",
        "Can I get an invoice showing the VAT separately? My accountant needs it."),
    # ---- financial_hardship
    ("financial_hardship", "sensitive", "email",
        "Hi, I was let go from my job last Friday and I can't keep paying £120 a month for the tutoring. "
        "Is there any way to cancel without the early-exit fee? Really sorry. Mark"),
    ("financial_hardship", "sensitive", "chat",
        "hiya, I'm on Universal Credit at the mo so the monthly plan is a stretch. Do you have any "
        "bursary places for the functional skills course?"),
    ("financial_hardship", "sensitive", "email",
        "Dear Brightpath, I'm writing about the outstanding balance on account BT-88213. I'll be honest "
        "with you: enforcement agents came to the flat last week over my council tax, and on top of that "
        "I'm behind on two credit cards. I've got an appointment with a debt adviser at ClearPath on the "
        "12th. I don't want to lose my place on the bookkeeping course, because it's the thing that'll "
        "get me back into work. Could you freeze the payments until after that appointment? I can send "
        "the letter from them once I have it. Sorry to dump all this on you. Thanks, Gary"),
    ("financial_hardship", "sensitive", "call",
        "[transcript] Customer: I'm getting calls from a collection agency saying I owe you £340 from "
        "last year. Agent: I'm sorry to hear that, let me check. Customer: I just can't pay that right "
        "now, I'm already on payment plans with three other lots."),
    ("financial_hardship", "sensitive", "email",
        "Can I pause my membership? We've been served a section 21 and have to be out of the house by the "
        "end of next month, so I can't think about study right now."),
    ("financial_hardship", "sensitive", "agent_note",
        "Cust is in an IVA and her insolvency practitioner has told her not to take on new credit. Asked "
        "to switch from the finance-plan option to pay-per-session. Done."),
    ("financial_hardship", "sensitive", "dm",
        "hey, got laid off two weeks ago and I'm living on unemployment till something comes up. any "
        "chance to downgrade my GRE plan without the fee?"),
    ("financial_hardship", "sensitive", "web_form",
        "I'm on JobSeeker at the moment and can only manage a session a fortnight. Is there a cheaper "
        "option for the adult literacy course?"),
    ("financial_hardship", "sensitive", "sms",
        "hi, on the dole since the plant in town shut, cant do the €90 this month. can i skip a month?"),
    ("financial_hardship", "sensitive", "email",
        "Dear Sir/Madam, due to my father's shop closing down we are unable to pay the fees for this "
        "quarter. Kindly allow us to pay in May after the harvest money comes. My studies are very "
        "important to me. Regards, Ravi"),
    ("financial_hardship", "sensitive", "email",
        "Good day. Please I am pleading for extension on my payment. Our salary has not been paid for "
        "four months now and I am managing with support from family. I will pay as soon as things "
        "improve. Thank you, Chiamaka"),
    ("financial_hardship", "sensitive", "chat",
        "Hi there, I was retrenched at the end of the month and I'm not sure when I'll find another job. "
        "Can I cancel the debit order for the accounting course for now?"),
    ("financial_hardship", "sensitive", "chat",
        "hello po, my husband lost his job abroad and came home last month, we can't pay the balance for "
        "my TESOL course right now. can i pay little by little po?"),
    ("financial_hardship", "sensitive", "email",
        "Hi, I've been declared bankrupt and the Official Assignee has to approve my spending, so I need "
        "to stop the auto-renewal on my Excel course. Please confirm. Thanks."),
    ("financial_hardship", "sensitive", "voicemail",
        "Hi, it's Donna, I had a session booked Thursday but I'm going to have to cancel. Honestly things "
        "are so tight we've been going to the food bank, I can't justify the lessons right now. Sorry."),
    ("financial_hardship", "sensitive", "email",
        "I filed for Chapter 7 last month and the trustee has asked for a written statement of what I owe "
        "you. Could you send one to this address?"),
    ("financial_hardship", "sensitive", "agent_note",
        "Cust explained she's been sleeping in her car since being evicted in August and uses library "
        "Wi-Fi for sessions. Agreed to waive the two missed-session fees and moved her to flexible "
        "booking."),
    ("financial_hardship", "sensitive", "chat",
        "i had to take out a payday loan to pay for last month's lessons and now im drowning in it, can "
        "you refund the unused 3 sessions pls"),
    ("financial_hardship", "sensitive", "email",
        "Hi, I'm a tutor on the platform (ID T-2290). Could you bring my payout forward this month if at "
        "all possible? My hours at my other job were cut to nothing in September and I'm two months "
        "behind on rent; my landlord has given me until the 30th before he starts proceedings. I know "
        "payouts normally go out on the 15th. If that's not possible, could you at least split it into "
        "two? I've got eleven sessions booked for next month so I'm not going anywhere. Thanks so much, "
        "Amara"),
    ("financial_hardship", "sensitive", "chat",
        "Please cancel my subscription. || "
        "Agent: Sorry to see you go, Jon. Can I ask why? || "
        "Customer: the redundancy money's gone and we're living on Jobseeker's Allowance now, there's "
        "just nothing spare"),
    ("financial_hardship", "benign", "email",
        "Hi, I was charged twice for October, £45 on the 1st and again on the 2nd. Could you refund one "
        "of them? Thanks, Fiona"),
    ("financial_hardship", "benign", "chat",
        "my card got declined but there's definitely money on it, can you check if it's your end?"),
    ("financial_hardship", "benign", "email",
        "Can I pay for the 20-hour exam pack in instalments, say three monthly payments?"),
    ("financial_hardship", "benign", "web_form",
        "We're a debt advice charity and would like Excel and report-writing training for our six "
        "caseworkers. Can you quote for a group course?"),
    ("financial_hardship", "benign", "chat",
        "hi, it's a bank holiday on Monday, will my tutor payout still land on time or does it slip to "
        "Tuesday?"),
    ("financial_hardship", "benign", "email",
        "I'm training to become an insolvency practitioner and need a tutor for the JIEB exams, "
        "especially the personal insolvency paper. Anyone suitable?"),
    ("financial_hardship", "benign", "chat",
        "need an economics tutor for my A-level retake, the unit on unemployment and inflation is killing "
        "me. I'm 23 btw"),
    ("financial_hardship", "benign", "email",
        "Why has the hourly price gone from £30 to £34? I didn't get any notice about it."),
    ("financial_hardship", "benign", "chat",
        "do you do a discount if I pay for the whole year upfront?"),
    ("financial_hardship", "benign", "dm",
        "after the update my profile lost my job title, it just shows blank now. can you fix?"),
    ("financial_hardship", "benign", "email",
        "I'm stuck on my operating systems module, specifically page replacement and cache eviction "
        "policies. Could a tutor go through LRU vs LFU with me?"),
    ("financial_hardship", "benign", "email",
        "I need a tutor for corporate finance, mainly debt vs equity financing and WACC. MBA level."),
    ("financial_hardship", "benign", "chat",
        "the confirmation emails are redundant, I get three for every booking. can I turn two of them "
        "off?"),
    ("financial_hardship", "benign", "web_form",
        "What are the benefits of the premium plan compared to standard? The page doesn't make it very "
        "clear."),
    ("financial_hardship", "benign", "email",
        "My latest statement shows 'arrears: £0.00' at the bottom. Does that mean something's wrong? I "
        "thought I was fully paid up."),
    ("financial_hardship", "benign", "email",
        "My tutor cancelled Tuesday's session with an hour's notice. Will I be refunded or get a credit?"),
    ("financial_hardship", "benign", "agent_note",
        "Cust's voucher code BRIGHT20 wasn't applying at checkout. Applied the discount manually and "
        "refunded the difference."),
    ("financial_hardship", "benign", "email",
        "Hello, I'm the finance manager at Kestrel Logistics. We pay for six staff on your business plan. "
        "A few things: please add PO number 4471-KL to all invoices from November. Our accounts team is "
        "changing, so send invoices to the new accounts inbox on file instead of to me. Could you confirm "
        "whether the annual renewal price will change? Also, one of our staff has moved to another firm, "
        "so we'd like to reduce to five seats from the next billing date. Finally, is there a way for me "
        "to see all six learners' attendance in one report? Thanks, Paul"),
    ("financial_hardship", "benign", "sms",
        "hi, can I change the card on my account? new bank"),
    ("financial_hardship", "benign", "review",
        "4/5. Good value for money compared to the local centres, and the payment plan was easy to set "
        "up."),
    # ---- legal
    ("legal", "sensitive", "email",
        "Hi, I'm going through a divorce and my ex-husband's card is still on our account. Please remove "
        "it and don't share any booking details with him from now on. Thanks, Joanne"),
    ("legal", "sensitive", "chat",
        "can you change the surname on my account back to Whitfield? the decree absolute came through "
        "last week"),
    ("legal", "sensitive", "email",
        "Could I move Wednesday's session? I've got to be at Harrowgate Magistrates' Court that morning "
        "for my own case and I've no idea how long it'll take."),
    ("legal", "sensitive", "web_form",
        "Question about the application: I have a conviction from 2015 for shoplifting which is now "
        "spent. Do I still need to declare it on the tutor vetting form?"),
    ("legal", "sensitive", "email",
        "My laptop was stolen from my car on Saturday, so I'll miss sessions until I replace it. The "
        "police gave me a crime reference, CR/55-2231, if you need it for anything."),
    ("legal", "sensitive", "email",
        "Please make sure nobody gives any information about my lessons to Daniel Brooke. I have a "
        "restraining order against him, and he has tried to get at me through people I deal with before."),
    ("legal", "sensitive", "chat",
        "I'm suing my old employer and my deposition schedule is all over the place, can I switch to the "
        "flexible plan?"),
    ("legal", "sensitive", "agent_note",
        "Cust's lawyer emailed about the refund dispute over the cancelled exam course. Cust says she'll "
        "take it to small claims if it isn't resolved. Escalated to complaints team."),
    ("legal", "sensitive", "voicemail",
        "Hey, it's Tyler, I'm gonna miss my sessions for a bit. I got arrested last weekend and I'm out "
        "on bail now, and my public defender says I need to keep my schedule clear for meetings. I'll "
        "call back."),
    ("legal", "sensitive", "email",
        "Can we move my Tuesday sessions to Thursday? I have to see my probation officer every Tuesday at "
        "2 now."),
    ("legal", "sensitive", "email",
        "Dear team, my matter is pending before the family court and my advocate has asked me to attend "
        "the hearings on 4th and 18th. Kindly reschedule my classes on those dates."),
    ("legal", "sensitive", "chat",
        "Please I could not attend class last week, I was detained by the police at Area C for two days "
        "over a matter that was not my fault. Can I get make-up class?"),
    ("legal", "sensitive", "sms",
        "hi, had the non-mol hearing this morning so missed my 10am, sorry. can we rebook?"),
    ("legal", "sensitive", "email",
        "I have a hearing at the First-tier Tribunal about my immigration appeal on the 22nd. Please can "
        "my IELTS mock be moved to the following week?"),
    ("legal", "sensitive", "web_form",
        "My DBS came back showing a police caution for possession from when I was 19. Will that stop me "
        "tutoring adults?"),
    ("legal", "sensitive", "email",
        "We're in a dispute with our landlord at the tenancy tribunal and I'll need the evening of the "
        "9th free for the hearing. Could my tutor swap to the 10th?"),
    ("legal", "sensitive", "chat",
        "I've filed a small claims case against my builder and the mediation call is at 6 on Monday, same "
        "time as my lesson. Can we move it?"),
    ("legal", "sensitive", "email",
        "Could you email me copies of all my invoices since January? || "
        "Agent: Of course, sent now. Anything else we can help with? || "
        "Customer: Thanks. My attorney needs them for the separation agreement, my husband's disputing "
        "who paid for what."),
    ("legal", "sensitive", "email",
        "Hi, I'm Dermot and I'm on the Wednesday conversation course. There was a break-in at the house "
        "on Sunday and the laptop went with it. The Gardaí took a statement from me yesterday. I'll be "
        "back online when I get a new one, so please hold my sessions until then. Thanks a million."),
    ("legal", "sensitive", "call",
        "[transcript] Customer: Yeah, I need to pause for a while. I've been charged with drink-driving "
        "and I'm waiting on the court date, so everything's up in the air. Agent: I'm sorry to hear that, "
        "I'll pause it from today."),
    ("legal", "benign", "email",
        "I'm in the second year of my LLB and struggling with contract law, especially the offer and "
        "acceptance cases. Can I book a law tutor for weekly sessions?"),
    ("legal", "benign", "web_form",
        "We're a small law firm and want business-English sessions for our two trainee solicitors. "
        "Tuesday and Thursday lunchtimes would suit."),
    ("legal", "benign", "email",
        "Just a general question: what happens if a tutor cancels repeatedly? Is there anything in your "
        "terms about compensation for learners?"),
    ("legal", "benign", "chat",
        "can't do tuesdays anymore, I've got a standing booking at the badminton court. wednesday "
        "instead?"),
    ("legal", "benign", "email",
        "I need help with sentence structure. My tutor says my sentences are far too long and I agree. "
        "Could we focus on that next time?"),
    ("legal", "benign", "chat",
        "Is the first lesson a free trial or do I pay upfront?"),
    ("legal", "benign", "email",
        "Can a tutor help me prepare for the moot court competition at my university? It's in three weeks "
        "and I'm lead speaker."),
    ("legal", "benign", "web_form",
        "I'm a police officer studying for my sergeant's exam and need help with the legislation "
        "sections. I work nights, so daytime sessions please."),
    ("legal", "benign", "email",
        "I'm a solicitor and I'd like French lessons geared to client meetings. Two 45-minute sessions a "
        "week."),
    ("legal", "benign", "chat",
        "looking for a tutor for my paralegal certificate, the civil procedure unit specifically"),
    ("legal", "benign", "dm",
        "the jury's still out on the new app tbh, the booking flow is way slower"),
    ("legal", "benign", "email",
        "Under GDPR I'd like a copy of the data you hold on me, please. What's the process?"),
    ("legal", "benign", "email",
        "I'm writing a crime novel and I'd like a creative writing tutor to look at my first three "
        "chapters."),
    ("legal", "benign", "chat",
        "Do you have anyone for A-level criminology? I'm a mature student doing it at evening college."),
    ("legal", "benign", "review",
        "5/5. My tutor gave me an arresting way to remember the Krebs cycle, I'll never forget it now."),
    ("legal", "benign", "email",
        "I'd like to 'divorce' my work and personal accounts, ha. Can you split them so my employer's "
        "sessions are billed separately?"),
    ("legal", "benign", "email",
        "Hello, I finished the Level 2 bookkeeping course last week and I'm very pleased. Three quick "
        "things. How do I download my certificate? Can the name on it include my middle name, which isn't "
        "on my account? And could you let me know whether the Level 3 course uses the same tutor? I'd "
        "also like to book a one-off session with my tutor to go over the final assessment feedback. I'm "
        "free most evenings next week. Thanks, Graham"),
    ("legal", "benign", "chat",
        "The calendar shows my sessions an hour out since the clocks changed."),
    ("legal", "benign", "chat",
        "Can I book two sessions back to back with the same tutor?"),
    ("legal", "benign", "agent_note",
        "Cust asked if tutors can share their screen during sessions. Confirmed yes and sent the help "
        "article."),
    # ---- special_categories
    ("special_categories", "sensitive", "email",
        "Hi, during Ramadan could my sessions be moved to after 9pm? I'd rather not be mid-lesson right "
        "when I'm breaking my fast. Thanks, Yusuf"),
    ("special_categories", "sensitive", "sms",
        "Can we finish by 12.45 on Fridays? I go to Jumu'ah at the mosque on Calder Road straight after."),
    ("special_categories", "sensitive", "chat",
        "hiya, any chance of no Friday evening or Saturday sessions? we keep Shabbat so I'm offline from "
        "sundown"),
    ("special_categories", "sensitive", "email",
        "Could my tutor avoid booking Sunday mornings? I'm at the gurdwara doing seva most weeks and "
        "don't get home until after langar."),
    ("special_categories", "sensitive", "agent_note",
        "Cust is a practising Jehovah's Witness and asked that any group class she joins doesn't include "
        "birthday or holiday activities. Noted on profile."),
    ("special_categories", "sensitive", "web_form",
        "I wear niqab, so I would prefer to keep my camera off, or to have a female tutor if the camera "
        "has to be on for the speaking exam practice."),
    ("special_categories", "sensitive", "email",
        "For the in-person group class on the 14th: I keep kosher, so please don't count me in for the "
        "catered lunch, I'll bring my own."),
    ("special_categories", "sensitive", "chat",
        "Sir, I'll be fasting for Navratri and visiting the mandir every evening, so please keep my "
        "classes in the morning for these nine days."),
    ("special_categories", "sensitive", "voicemail",
        "Hi, it's Grace, I can't do Wednesday as it's Ash Wednesday and I'll be at Mass at St Columba's "
        "in the evening. Could we do Thursday instead? Thanks."),
    ("special_categories", "sensitive", "email",
        "I'm Roma and I've had bad experiences with tutors making comments about that before, so I'd like "
        "to know what your tutors are trained on regarding discrimination before I book."),
    ("special_categories", "sensitive", "chat",
        "I am Igbo and I want a tutor who can help my English pronunciation without making fun of my "
        "accent. The last platform was terrible."),
    ("special_categories", "sensitive", "email",
        "As a Black woman retraining into data science, I'd really value a tutor who's been through the "
        "industry as a minority themselves. Is it possible to request that?"),
    ("special_categories", "sensitive", "web_form",
        "I'm a Wiradjuri woman doing my Cert IV and I'd like a tutor who's comfortable with Indigenous "
        "perspectives in the essay units."),
    ("special_categories", "sensitive", "agent_note",
        "Cust said his family are Tamil refugees from Sri Lanka and asked whether the fee-waiver scheme "
        "applies to refugee status. Sent the eligibility page."),
    ("special_categories", "sensitive", "email",
        "I'm from the Travelling community and left school early, so I'm a bit nervous about starting the "
        "literacy course. Can the first session just be a chat?"),
    ("special_categories", "sensitive", "dm",
        "im mixed race (jamaican/scottish) and honestly just want a tutor who won't ask me where I'm "
        "really from every session lol"),
    ("special_categories", "sensitive", "call",
        "[transcript] Customer: I'm of Pakistani heritage and my Urdu is pretty rusty, I'd like to get it "
        "back so I can talk to my nani properly. Agent: Lovely, we have three Urdu tutors, let me check "
        "who's free."),
    ("special_categories", "sensitive", "email",
        "Could we move Thursday's session? I'm out canvassing for the People's Reform Party that evening "
        "ahead of the council by-election."),
    ("special_categories", "sensitive", "chat",
        "im a member of the Green Alliance and i'm standing as a candidate in the local elections, so May "
        "is going to be chaos. can I pause till June?"),
    ("special_categories", "sensitive", "sms",
        "Cant do sat, I'll be at the climate march in town all day. sunday ok?"),
    ("special_categories", "sensitive", "email",
        "Hello, I'll be away the week of the 16th as I'm a delegate at the Social Progress Party's annual "
        "conference. Could my two sessions that week be moved to the week after? Thanks, Imogen"),
    ("special_categories", "sensitive", "agent_note",
        "Cust mentioned she volunteers phone banking for a Democratic congressional candidate every "
        "Tuesday night and asked for a different weekday slot. Moved to Wednesdays."),
    ("special_categories", "sensitive", "chat",
        "i'll be protesting outside parliament on wednesday against the new border bill so can we move "
        "the lesson"),
    ("special_categories", "sensitive", "email",
        "Hi, a slightly awkward one. I'm quite active in the local republican campaign, the anti-monarchy "
        "one, and I do a lot of their leafleting. In our last reading exercise about the coronation, my "
        "tutor made a snide remark when I gave my view. I'd like to switch tutors, please."),
    ("special_categories", "sensitive", "email",
        "Hi, I'm a rep for the Educators' Union at my school and we're on strike on the 5th and 6th, so "
        "I'll actually be free those mornings. Could I book extra sessions then? I'm working through the "
        "data analysis certificate and I'm behind on module 4. If Priya's free at 10 on both days that "
        "would be ideal; if not, anyone who knows pivot tables. I'll also need an invoice in my own name "
        "this time, not my school's. Thanks, Gareth"),
    ("special_categories", "sensitive", "sms",
        "on the picket line from 7 tomorrow, can we push the 8am lesson to the evening?"),
    ("special_categories", "sensitive", "agent_note",
        "Tutor T-3310 asked for the 14th off; he's a shop steward at his day job and has a union branch "
        "meeting. Blocked his calendar."),
    ("special_categories", "sensitive", "chat",
        "I'm a union member through work and the branch is paying for part of my course, can you invoice "
        "them directly?"),
    ("special_categories", "sensitive", "email",
        "G'day, I'm the safety rep for my union down at the port and we've got stop-work meetings next "
        "week, so I'll need to shift my Tuesday session. Cheers, Col"),
    ("special_categories", "sensitive", "voicemail",
        "Hi, it's Marcia, I'm out on strike with the nurses from Monday so my hours are all over the "
        "place. Can someone ring me back to rearrange my sessions?"),
    ("special_categories", "sensitive", "email",
        "Could you add my husband Tom as a second adult on the account? He and I are both doing the "
        "Spanish course before our move to Valencia. Thanks, David"),
    ("special_categories", "sensitive", "chat",
        "i'm gay and honestly a bit wary after a tutor on another app made comments. is there any way to "
        "pick tutors who've done inclusion training?"),
    ("special_categories", "sensitive", "sms",
        "Hi, my wife Sophie will be paying for my sessions from now on, can you add her card? Thanks, Amy"),
    ("special_categories", "sensitive", "email",
        "I'm bi, and it came up naturally in an English conversation practice about weekends. The tutor "
        "went quiet and then cancelled my next two bookings. I'd like that looked into."),
    ("special_categories", "sensitive", "dm",
        "hey it's jess, can't do sat 28th, i'm marching at Pride with my girlfriend and her mates. any "
        "other day that week?"),
    ("special_categories", "sensitive", "agent_note",
        "Cust mentioned his boyfriend usually sits in on sessions to practise too, and asked whether two "
        "people can share one login. Explained the household plan."),
    ("special_categories", "sensitive", "call",
        "[transcript] Customer: I'm asexual, and one of the conversation units in the course is all about "
        "dating, which I find really uncomfortable. Can my tutor skip that one? Agent: Absolutely, I'll "
        "let them know."),
    ("special_categories", "sensitive", "chat",
        "sorry i missed the 8am, met someone off a dating app and stayed over at his, totally forgot to "
        "set an alarm"),
    ("special_categories", "sensitive", "email",
        "I'm in a polyamorous relationship and both of my partners are on this account. Could we each "
        "have our own login but share the credit?"),
    ("special_categories", "sensitive", "email",
        "I've chosen to stay celibate until marriage, and I'd prefer to skip the unit on dating and "
        "relationships in the conversation course. Is that possible?"),
    ("special_categories", "sensitive", "email",
        "Hi, I've changed my name by deed poll since I transitioned and I'd like my certificate reissued "
        "as Alex Morgan rather than my old name. I can send a copy of the deed poll. While you're at it, "
        "could you also update the name on my invoices from March onwards, and change the email on the "
        "account to the new one I'm writing from? The old address will be closed at the end of the month. "
        "I'd also like to book the next module, Advanced Excel, starting in September if there's space. "
        "Thanks, Alex"),
    ("special_categories", "sensitive", "chat",
        "my pronouns are they/them, I'm non-binary, could my tutor update how they refer to me in the "
        "session notes?"),
    ("special_categories", "sensitive", "web_form",
        "I'm a trans woman and my passport hasn't been updated yet, so the name on the ID check won't "
        "match my account. How do I get verified?"),
    ("special_categories", "sensitive", "agent_note",
        "Cust explained he is a trans man and the old name on his invoices outs him at work. Updated "
        "billing name and reissued three invoices."),
    ("special_categories", "sensitive", "email",
        "My gender marker on my documents is X now, and your sign-up form only allows male or female. "
        "Could you fix that?"),
    ("special_categories", "sensitive", "email",
        "I did one of those HelixRoots DNA tests and it turns out I'm about 40% Ashkenazi, which is why I "
        "want to learn some Yiddish. Do you have anyone?"),
    ("special_categories", "sensitive", "chat",
        "my BRCA2 result came back positive so there'll be a lot of appointments coming up. can I pause "
        "for 6 weeks?"),
    ("special_categories", "sensitive", "email",
        "For the tutor background check you asked for my fingerprints. I've attached the scans of both "
        "hands (file FP-2291.zip). Let me know if they're clear enough."),
    ("special_categories", "sensitive", "web_form",
        "The exam proctoring face scan keeps rejecting me. I've uploaded three face scans of myself "
        "holding my ID, can someone verify manually? Photo refs IMG-0043 to IMG-0045."),
    ("special_categories", "sensitive", "agent_note",
        "Cust emailed a copy of her genetic test report showing she carries the gene for Huntington's, to "
        "explain why she wants a slower course pace. Advised her not to send such documents; deleted the "
        "attachment."),
    ("special_categories", "benign", "email",
        "I'm doing English literature at evening classes and writing on Pride and Prejudice, mainly "
        "Darcy's first proposal. Could a tutor look at my draft?"),
    ("special_categories", "benign", "chat",
        "I take a lot of pride in my work but my tutor's feedback is really vague, can I ask for more "
        "detailed comments?"),
    ("special_categories", "benign", "email",
        "Struggling with sets in my foundation maths course, union and intersection especially. Can we go "
        "over Venn diagrams next session?"),
    ("special_categories", "benign", "email",
        "We're the Students' Union at Marlow College and want to buy 50 hours of study-skills tutoring "
        "for our members. Who should I talk to about a contract?"),
    ("special_categories", "benign", "chat",
        "the strike-through button in the shared notes doesn't work, text just stays normal"),
    ("special_categories", "benign", "sms",
        "power cut after a lightning strike in our street, missed my 7pm, can I rebook?"),
    ("special_categories", "benign", "email",
        "Does your platform integrate with third-party calendars like Outlook? I'd like bookings to sync "
        "automatically."),
    ("special_categories", "benign", "chat",
        "can you recommend a tutor for surds? I keep messing up rationalising the denominator with "
        "radicals"),
    ("special_categories", "benign", "email",
        "A conservative estimate is that I'll need 20 sessions to pass. Is there a bundle discount at "
        "that level?"),
    ("special_categories", "benign", "review",
        "My tutor makes liberal use of colour-coding and it really helps. 5 stars."),
    ("special_categories", "benign", "email",
        "Hello, St Brendan's church hall runs an adult literacy group on Tuesday evenings and we'd like "
        "to buy tutor hours to train our volunteers. There are twelve volunteers, most of them new this "
        "year. We'd like the training spread over four evenings in October if possible. The parish office "
        "handles payment, so please send the invoice there. We can provide a projector and the hall's "
        "Wi-Fi, but we'd need to know whether the tutor can come in person or will join by video. Could "
        "you also tell me whether the materials can be kept afterwards? Many thanks, Bernadette (group "
        "coordinator)"),
    ("special_categories", "benign", "chat",
        "I've been religiously doing the practice papers every night but my timing's still off. Any tips "
        "from the tutors?"),
    ("special_categories", "benign", "dm",
        "this revision guide is my exam bible now, do you sell the chemistry one too?"),
    ("special_categories", "benign", "email",
        "When are tutors off over Christmas and New Year? I want to plan my bookings around the break."),
    ("special_categories", "benign", "email",
        "I'm a mature student taking Religious Studies A-level and need help with the philosophy of "
        "religion paper, mainly the ontological argument."),
    ("special_categories", "benign", "email",
        "I'm an architecture student and my dissertation is on the geometry of domes in Ottoman mosques. "
        "Do you have anyone for the structural maths?"),
    ("special_categories", "benign", "chat",
        "need a sociology tutor for my degree module on ethnicity and migration, the essay's on theories "
        "of assimilation"),
    ("special_categories", "benign", "email",
        "Why does the invoicing form ask for nationality? I'm not sure that's needed for a receipt. Is it "
        "optional?"),
    ("special_categories", "benign", "chat",
        "are your french tutors native speakers or not necessarily?"),
    ("special_categories", "benign", "email",
        "I'm retaking A-level biology and genetics is my weak spot. Punnett squares and sex-linked "
        "inheritance mainly."),
    ("special_categories", "benign", "review",
        "Customer service is in your DNA, honestly. Problem sorted in ten minutes."),
    ("special_categories", "benign", "chat",
        "the fingerprint login on the android app doesn't do anything when I tap it, just falls back to "
        "the password screen"),
    ("special_categories", "benign", "email",
        "I need a transcript of my completed courses for my employer. Can you send a PDF?"),
    ("special_categories", "benign", "chat",
        "the slide transitions lag badly on the whiteboard, is there a lighter mode?"),
    ("special_categories", "benign", "email",
        "Can I have bi-weekly sessions, as in every other week, rather than weekly?"),
    ("special_categories", "benign", "chat",
        "is it possible to find a bilingual tutor, english and spanish, for business spanish?"),
    ("special_categories", "benign", "email",
        "We're a partner school on your corporate scheme. Who is our new account manager now that Olivia "
        "has left?"),
    ("special_categories", "benign", "dm",
        "when is the new app coming out? the beta has been 'coming soon' for ages"),
    ("special_categories", "benign", "email",
        "When is the next orientation session for new tutors? I was accepted last week."),
    ("special_categories", "benign", "email",
        "Do tutors have to go through identity verification too, or is that just for learners doing "
        "proctored exams?"),
    ("special_categories", "benign", "email",
        "I'd like to protest the late-cancellation fee. The tutor moved the session, not me."),
    ("special_categories", "benign", "chat",
        "can I book the 3rd of March as a one-off? I'm away the rest of that month"),
    ("special_categories", "benign", "email",
        "Please unsubscribe me from your marketing campaign emails, I only want booking notifications."),
    ("special_categories", "benign", "chat",
        "how do I vote for tutor of the month? mine deserves it"),
    ("special_categories", "benign", "email",
        "I'm a mature student looking for a politics A-level tutor. Mainly the UK constitution and the US "
        "presidency papers."),
    ("special_categories", "benign", "chat",
        "German noun genders are destroying me, der die das, can my tutor do a session just on that?"),
    ("special_categories", "benign", "email",
        "Need help with Spanish object pronouns, I mix up le and lo constantly."),
    ("special_categories", "benign", "chat",
        "I'm doing a CS course and have a race condition in my multithreaded code, can a tutor help me "
        "debug it?"),
    ("special_categories", "benign", "email",
        "Is there still a Black Friday discount on the 10-session bundle?"),
    ("special_categories", "benign", "chat",
        "is this 50% off offer kosher or is it a scam email? it came from a weird address"),
    ("special_categories", "benign", "web_form",
        "We run a halal catering company and would like food-hygiene English lessons for our four kitchen "
        "staff."),
    ("special_categories", "benign", "dm",
        "pray the wifi holds for my mock tomorrow lol"),
    ("special_categories", "benign", "email",
        "Finding a good tutor for the actuarial exams has been the holy grail for me. Do you have anyone "
        "for CS1?"),
    ("special_categories", "benign", "email",
        "What's your three-strikes policy on no-shows? Asking before I commit to a package."),
    ("special_categories", "benign", "web_form",
        "Our office wants to book a group course on partnership accounting for eight staff. Do you do "
        "group rates?"),
    ("special_categories", "benign", "chat",
        "How do I turn off the email reminders but keep the SMS ones?"),
    ("special_categories", "benign", "chat",
        "I can't see my tutor's availability for next month, is the calendar broken?"),
    ("special_categories", "benign", "email",
        "Can I change my session length from 60 to 45 minutes?"),
    ("special_categories", "benign", "chat",
        "Where do I leave a review for my tutor?"),
    ("special_categories", "benign", "email",
        "Is there a referral scheme? My colleague wants to sign up."),
    # ---- bereavement
    ("bereavement", "sensitive", "email",
        "Hi, my dad passed last month and he had a subscription for German lessons with you. Could you "
        "cancel it and stop the payments? I'm working through his things. Thanks, Helen"),
    ("bereavement", "sensitive", "sms",
        "Hi, won't make Thursday, it's my nan's funeral. Will rebook next week x"),
    ("bereavement", "sensitive", "email",
        "My wife died in March. The family account is in her name and I'd like to move it to mine so the "
        "bookings carry on. What do you need from me?"),
    ("bereavement", "sensitive", "chat",
        "we're sitting shiva for my father this week so I'll miss my sessions, can you pause the account "
        "till Monday"),
    ("bereavement", "sensitive", "voicemail",
        "Hi, it's Graham Pike, I'm calling about my mother's account, she passed away on the 3rd. She was "
        "doing the French course. I have the death certificate if you need it. Thanks."),
    ("bereavement", "sensitive", "email",
        "Dear Sir, my grandmother expired yesterday and we will be doing the rituals for 13 days, so I "
        "cannot attend my classes. Kindly put my batch on hold."),
    ("bereavement", "sensitive", "chat",
        "Good morning. My father's burial is holding in the village next weekend, I will be travelling "
        "from Thursday. Please shift my classes to the following week."),
    ("bereavement", "sensitive", "dm",
        "hi po, my lola's wake is this week so i can't join the class tonight and tomorrow. sorry po"),
    ("bereavement", "sensitive", "email",
        "Hi, just to let you know I won't make Friday. The removal is Thursday evening and the Mass is "
        "Friday morning, for my uncle Pat. I'll be in touch next week. Thanks, Ciarán"),
    ("bereavement", "sensitive", "email",
        "Good day, I have to travel to the Eastern Cape for my gogo's burial this weekend, and the family "
        "will do the unveiling later in the year too. Please cancel Saturday."),
    ("bereavement", "sensitive", "chat",
        "sorry for the no show yesterday, my best mate was killed in a car crash on the weekend and i "
        "just couldn't"),
    ("bereavement", "sensitive", "sms",
        "Sorry cannot make Sat lesson, my grandfather's wake at the void deck until Monday. Will "
        "reschedule."),
    ("bereavement", "sensitive", "agent_note",
        "Cust's husband died last month; she asked to stop the auto-renewal on his Excel course and "
        "refund the unused sessions. Refund approved as a compassionate exception."),
    ("bereavement", "sensitive", "email",
        "Hi Brightpath, I'm the executor of my aunt Margaret Ellery's estate and I'm going through her "
        "accounts. She had a Brightpath membership for conversational Italian (account BT-40712) which I "
        "believe renews annually in January. Could you please close it and confirm whether any refund is "
        "due for the unused months? Any refund should go to the estate account rather than her card, "
        "which has been cancelled. I've attached a copy of the grant of probate. I'd also like to "
        "download her lesson notes if possible, as she kept journals and the family would like them. "
        "Thank you for your help, Robert Ellery"),
    ("bereavement", "sensitive", "email",
        "Hi team, I'm a tutor here (T-1802). I need to cancel all my sessions next week. My partner died "
        "suddenly on Sunday and I'm not in a position to teach. I'll update my calendar when I can."),
    ("bereavement", "sensitive", "chat",
        "can i move tuesday 11am? that's when the service at the crematorium is for my mum"),
    ("bereavement", "sensitive", "email",
        "Hi, I need to close my brother's account, he won't be using it any more. || "
        "Agent: Of course, Nadia. I'm so sorry for your loss. I've closed James's account and refunded "
        "the unused balance to the card on file."),
    ("bereavement", "sensitive", "email",
        "We're holding a memorial service for my grandfather on Saturday, so I'll need to move my "
        "session. Any time Sunday works."),
    ("bereavement", "sensitive", "voicemail",
        "Hiya, it's Shaz, just to say I've lost my mum, it was very sudden, so I won't be on for a couple "
        "of weeks. I'll ring when I'm ready. Ta."),
    ("bereavement", "sensitive", "web_form",
        "Reason for cancellation: the learner on this account, my husband Colin, died in July. Please "
        "stop all emails and reminders in his name."),
    ("bereavement", "benign", "chat",
        "the app is dead again on my laptop, can't log in at all"),
    ("bereavement", "benign", "email",
        "There's a dead link on your pricing page, the 'compare plans' button goes to a 404."),
    ("bereavement", "benign", "review",
        "My tutor is absolutely killing it, I went from a 4 to a 7 in my mock."),
    ("bereavement", "benign", "dm",
        "dying to start my Spanish course, when does the next intake begin?"),
    ("bereavement", "benign", "email",
        "Hello, we're a family-run firm of funeral directors and we'd like business-English lessons for "
        "two of our staff who deal with clients by phone. Both are fluent but want to sound more natural "
        "on calls. We'd prefer a tutor who can do early mornings, before 9, as that's our quietest time. "
        "Could you send a quote for ten sessions each, invoiced to the business? We'd also like to know "
        "if the sessions can be recorded for our staff to review. Kind regards, Hilary Marsh"),
    ("bereavement", "benign", "email",
        "I'm writing an essay on Death of a Salesman for my evening literature course, focusing on Willy "
        "Loman's delusions. Is there a tutor who knows the play well?"),
    ("bereavement", "benign", "chat",
        "grief and revenge in Hamlet is my essay topic, need help structuring the argument. adult learner "
        "btw"),
    ("bereavement", "benign", "sms",
        "I PASSED!!! thank you so much to Ms Obi, couldn't have done it without her"),
    ("bereavement", "benign", "email",
        "My tutor was 15 minutes late again today. Can I get a partial credit?"),
    ("bereavement", "benign", "chat",
        "lost my password and the reset email never arrives"),
    ("bereavement", "benign", "email",
        "Sir, my voucher got expired before I could use it. Kindly extend the validity by one month."),
    ("bereavement", "benign", "email",
        "Can you migrate my legacy account to the new platform? I still have the old-style login."),
    ("bereavement", "benign", "chat",
        "I'm an estate agent and want Spanish to talk to buyers on the Costa Blanca, any tutors?"),
    ("bereavement", "benign", "email",
        "There's a grave error on my invoice, it says 40 hours instead of 4. Please correct it."),
    ("bereavement", "benign", "dm",
        "RIP my wifi lol, can the tutor resend the link"),
    ("bereavement", "benign", "email",
        "Is the Memorial Day discount still running? I wanted to buy the GMAT prep pack."),
    ("bereavement", "benign", "chat",
        "deadline for my coursework is friday, can I get an extra session on thursday?"),
    ("bereavement", "benign", "email",
        "Need a history tutor for the Black Death topic in my Open University module."),
    ("bereavement", "benign", "chat",
        "How do I change the time zone on my account?"),
    ("bereavement", "benign", "web_form",
        "Can I pay with PayPal, or only by card?"),
    # ---- violence_self_harm
    ("violence_self_harm", "sensitive", "email",
        "Please stop sending post to my old address. I'm staying at a refuge for now and my ex must not "
        "find out where I am. Email only, please."),
    ("violence_self_harm", "sensitive", "chat",
        "my tutor has been messaging me at midnight, commenting on my photos and asking where i live. "
        "i've told him to stop and he won't. please do something"),
    ("violence_self_harm", "sensitive", "email",
        "Camera off for me this week if that's ok. Someone punched me at the bus stop on Friday and I've "
        "got a black eye I'd rather not show."),
    ("violence_self_harm", "sensitive", "chat",
        "honestly I don't see the point in any of this anymore. I've been thinking about ending it || "
        "Agent: Thank you for telling me, Sam. I'm really concerned about you. If you're in danger right "
        "now please call emergency services or a crisis line, and I can share numbers. I've paused your "
        "bookings at no charge."),
    ("violence_self_harm", "sensitive", "dm",
        "cant do tonight, been cutting again and my arms are a mess, dont want the tutor to see"),
    ("violence_self_harm", "sensitive", "email",
        "I'd like my sessions taken off the shared family calendar. My husband gets angry when he sees "
        "what I spend and last time he hit me. Please only contact me by email."),
    ("violence_self_harm", "sensitive", "web_form",
        "Another learner in my group class said he'd find out where I live and 'sort me out' after I "
        "disagreed with him in the breakout room. I'm scared to go back."),
    ("violence_self_harm", "sensitive", "chat",
        "someone keeps making new accounts to send me abusive messages on the platform, this is the 4th "
        "one this week, they know my real name"),
    ("violence_self_harm", "sensitive", "agent_note",
        "Cust said she took an overdose a fortnight ago and has just come home. Wants to restart slowly. "
        "Shared support resources and set a gentle schedule."),
    ("violence_self_harm", "sensitive", "email",
        "Can you take my phone number off the account? An ex-colleague has been following me and got my "
        "number from somewhere. He turns up outside my flat most nights."),
    ("violence_self_harm", "sensitive", "email",
        "Sorry for the late payment. My partner checks my phone and my bank app and I'm not allowed my "
        "own card, so I have to wait until he gives me money. Please don't call the number on file, email "
        "only."),
    ("violence_self_harm", "sensitive", "chat",
        "Please I will miss class. My landlord and his boys beat me yesterday over the rent and I am "
        "still in pain."),
    ("violence_self_harm", "sensitive", "email",
        "Madam, my in-laws are torturing me for more dowry and I am not allowed to use the laptop freely. "
        "Kindly keep my course paused and do not call the house phone."),
    ("violence_self_harm", "sensitive", "sms",
        "got mugged at knifepoint on the way home, phone gone, will be on a new number soon. miss thurs "
        "pls"),
    ("violence_self_harm", "sensitive", "email",
        "My ex is threatening to post intimate photos of me online if I don't get back with him. I can't "
        "concentrate on anything. Can I pause my course?"),
    ("violence_self_harm", "sensitive", "agent_note",
        "Caller said her partner pushed her down the stairs last week; she has a broken wrist so can't "
        "type. Switched her to voice-only sessions and gave DV helpline details."),
    ("violence_self_harm", "sensitive", "chat",
        "sorry po can't join tonight, my employer slapped me again and took my phone, i'm using my "
        "friend's po"),
    ("violence_self_harm", "sensitive", "voicemail",
        "Hi, I need someone to call me back urgently. A man in the Thursday group chat has said he's "
        "going to kill me, he's sent it three times now. I've got screenshots. Please ring me."),
    ("violence_self_harm", "sensitive", "email",
        "Hello, some admin and then something more serious. First, please move my Tuesday session to "
        "Wednesday at 7. Second, my new billing address is now on the account. Third, I want to report "
        "that my former tutor, whom I stopped seeing in September, has messaged me on social media every "
        "day since, including about what I was wearing and saying he knows which gym I go to. I've "
        "blocked him twice and he makes new profiles. I've kept screenshots. Please make sure he can't "
        "see my bookings or my new address. Thank you, Maya"),
    ("violence_self_harm", "sensitive", "call",
        "[transcript] Customer: It's about my mum's account. She's been burning herself again, her arms "
        "are covered, and she asked me to cancel her lessons for now. Agent: I'm so sorry. I'll pause it "
        "and won't charge anything."),
    ("violence_self_harm", "benign", "review",
        "My tutor is killing it, honestly. Best decision I made this year."),
    ("violence_self_harm", "benign", "chat",
        "this bug with the calendar is a nightmare, every session appears twice"),
    ("violence_self_harm", "benign", "sms",
        "I could murder a coffee before my 8am, can we start at 8.15? ha"),
    ("violence_self_harm", "benign", "chat",
        "that mock paper absolutely destroyed me, can we go through Q7 next time"),
    ("violence_self_harm", "benign", "email",
        "I teach self-defence and run a small martial arts club. I'd like business-English lessons to "
        "help with the club's emails and sponsorship letters."),
    ("violence_self_harm", "benign", "chat",
        "when I hit submit on the booking form nothing happens"),
    ("violence_self_harm", "benign", "email",
        "Is your platform secure against cyber attacks? Our company's IT team wants details before we "
        "sign up."),
    ("violence_self_harm", "benign", "chat",
        "I'll have a stab at the practice questions before the session"),
    ("violence_self_harm", "benign", "email",
        "What's your policy if a tutor harasses a learner? Asking generally, before my company signs a "
        "contract for our staff."),
    ("violence_self_harm", "benign", "email",
        "I'm writing about Wilfred Owen's war poetry for my access course, especially Dulce et Decorum "
        "Est. Can a tutor help me plan it?"),
    ("violence_self_harm", "benign", "chat",
        "my adult book club picked Crime and Punishment, can I get a tutor to help me with the Russian "
        "context?"),
    ("violence_self_harm", "benign", "email",
        "Can we cut the lesson to 45 minutes from next week? 60 is a bit long for me."),
    ("violence_self_harm", "benign", "email",
        "Nothing but a bruised ego after my first speaking mock, ha. Let's go again next week."),
    ("violence_self_harm", "benign", "email",
        "Doing a SWOT analysis for my MBA and I'm not sure what counts as threats versus weaknesses. "
        "Could a tutor help?"),
    ("violence_self_harm", "benign", "dm",
        "wouldn't hurt to add a reminder 1 hour before, I keep forgetting"),
    ("violence_self_harm", "benign", "email",
        "Where is the 'report abuse' button in the app? I wanted to show our HR team how it works before "
        "we roll it out."),
    ("violence_self_harm", "benign", "chat",
        "beat my personal best on the timed test today! 38/40"),
    ("violence_self_harm", "benign", "chat",
        "how do I download my invoices?"),
    ("violence_self_harm", "benign", "web_form",
        "Can I choose a tutor by their rating, or is it random?"),
    ("violence_self_harm", "benign", "voicemail",
        "Hi, it's Tunde, just calling to update my phone number on the account. I'll send it by text. "
        "Thanks."),
]


def nook_examples() -> list[dict]:
    """The nook split as labelled tickets (same shape as ``sensitive_eval.build_eval_set``'s)."""
    return stranger_examples("nook", ENTRIES, SUBJECTS)
