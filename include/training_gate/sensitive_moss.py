"""moss split: written by a helper who had not seen the detection rules, the anchors or any other split.
Setting: Parlavo Ltd, a language-learning app (Parlavo Live one-to-one tutors, Circles group classes, Exam Track prep,
Family and Teen plans, EchoCoach voice pronunciation coach, app-store billing); registers are email, chat, sms,
call_transcript, agent_note, web_form, review, voicemail, dm, in_app.
The benign half borrows the same territory harmlessly: medical/legal/religious course packs, schools, unions, churches
and councils as customers, idioms, adults' ordinary details, policy questions and routine app-store billing problems.
70 sensitive and 70 benign tickets for special categories, 50 and 50 for children, 20 and 20 for financial hardship,
15 and 15 for health, legal, bereavement and violence and self-harm.
First reading (policy 2026.11.24.3, before any change made in response to it; `sensitive_eval.evaluate`, as `make
eval-sensitive`): 94.0 / 4.5 recall / false exclusion in % as shipped, 95.0 / 11.0 without the overruling,
88.0 / 8.0 by the rules alone. Then read while tuning the rules of 2026.11.24.4
(rules alone after the round: 93.0 / 8.0) and trained on for it."""

from __future__ import annotations

from training_gate.sensitive_blind import stranger_examples

SUBJECTS: tuple[str, ...] = (
    "Question about my subscription",
    "Tutor session issue",
    "Circles class booking",
    "Exam Track help",
    "EchoCoach not working",
    "Family plan question",
    "Refund request",
    "App Store billing",
    "Google Play charge",
    "Change of lesson time",
    "Account access",
    "Feedback on the app",
    "Teen plan setup",
    "Cancel or pause plan",
)

ENTRIES: list[tuple[str, str, str, str]] = [
    # ---- health
    ("health", "sensitive", "email",
     "Hi Parlavo team, I need to pause my Live sessions with Tomasz for about six weeks. I'm having my knee replaced "
     "on the 14th and I'll be on heavy painkillers afterwards, so my Portuguese won't be worth listening to. Can the "
     "unused credits roll over rather than expire? Thanks, Gemma Raleigh"),
    ("health", "benign", "email",
     "Hello, I'm the learning and development lead at Northmere Hospitals NHS Trust. We bought 20 seats of Parlavo "
     "Teams for ward staff learning Polish and the invoice came through with the wrong PO number (it should be "
     "PO-55102). Could you reissue it? Kind regards, Alan Fitch"),
    ("health", "sensitive", "chat",
     "echocoach keeps failing me on the rolled r no matter what i do || Agent: Sorry to hear that! Are you using "
     "headphones with a mic? || no its not the mic. I had a stroke in february and the right side of my mouth still "
     "doesnt move properly, my speech therapist actually suggested this app. is there a gentler setting? || Agent: "
     "Yes, under Coach settings you can set tolerance to Relaxed. I'll also pass this to our accessibility team."),
    ("health", "benign", "chat",
     "the pronunciation coach dies every single time I open it, just white screen then boots me out || Agent: Which "
     "version of the app are you on? || 6.4.1 on a pixel || Agent: There's a fix in 6.4.2 rolling out today, please "
     "update and let me know."),
    ("health", "sensitive", "sms",
     "cant make the 6pm circle tonight, chemo ran over again. can u move me to thurs if theres a space. dev"),
    ("health", "benign", "review",
     "5 stars for the Medical Spanish for Clinicians pack. As a paramedic I needed 'where does it hurt', 'are you "
     "allergic to anything', that kind of thing, and the role-plays with a fake patient are spot on. Wish there were "
     "more units though."),
    ("health", "sensitive", "call_transcript",
     "Customer: Hi, I'm in the Wednesday Italian circle and I keep missing half of what people say. || Agent: Is it "
     "the audio quality? || Customer: Partly. I wear hearing aids in both ears and when four people talk over each "
     "other it's just noise. Could captions be turned on for the group calls? || Agent: Live captions are in beta, "
     "I can switch them on for your account now."),
    ("health", "benign", "web_form",
     "Topic: Accessibility. We're rolling Parlavo out to around 300 staff next quarter. Before we sign, could you send "
     "your accessibility statement and confirm whether the app works with screen readers and switch access? This is "
     "a general procurement question. - Procurement, Calder Logistics"),
    ("health", "sensitive", "agent_note",
     "Customer (R. Okafor) rang to ask for a freeze from February to June. She's expecting in March and wants to "
     "restart once things settle. Applied courtesy freeze, no fee. Sub is billed through Google Play so advised her "
     "the pause must also be set there."),
    ("health", "benign", "in_app",
     "Bug report: lesson 14 'At the chemist' plays the audio for 'tengo fiebre' but the text on screen says 'tengo "
     "frío'. Confused me for a while!"),
    ("health", "sensitive", "web_form",
     "Exam Track accommodations request. I'm dyslexic (assessed at university, I can upload the report) and the timed "
     "reading section of the IELTS mock cuts me off every time. Is there a way to get 25% extra time like I'd get in "
     "the real exam? Name: Priya Lal, account priya.lal@example.com"),
    ("health", "benign", "dm",
     "@Parlavo you nearly gave me a heart attack charging me £89.99 twice this morning 😅 App Store shows both. "
     "Order IDs MK7Q2LL01 and MK7Q2LL02. Sort it pls"),
    ("health", "sensitive", "review",
     "Three stars. I found Parlavo while I was stuck on a spinal ward for eleven weeks after a fall, and honestly the "
     "Live tutors kept me sane. Knocking off two stars because the app doesn't let you book sessions more than a "
     "week out."),
    ("health", "benign", "call_transcript",
     "Customer: I'm a nurse, I'm moving to Munich in August and the hospital wants B2 German. Which Exam Track course "
     "fits? || Agent: For B2 I'd suggest Goethe B2 Track, it has a healthcare vocabulary module. || Customer: Perfect, "
     "can I pay monthly? || Agent: Yes, through the App Store or Google Play."),
    ("health", "sensitive", "voicemail",
     "Hi, it's Marcus Leigh, member number 40718. I've been signed off work with depression for a couple of months "
     "and I missed three Tuesday circles in a row, and now it says I've been removed. That group was kind of the one "
     "thing I was keeping up with. Could someone put me back in? Thanks."),
    ("health", "benign", "review",
     "The Exam Track JLPT N3 mock is absolutely brutal, I nearly lost my mind on the listening section. Would still "
     "recommend. Just practise the kanji first."),
    ("health", "sensitive", "dm",
     "hey, my tutor ended our session early because I kept coughing and said I should 'get well first'. I have "
     "cystic fibrosis, I cough all the time, it isn't catching. can I get the credit back and maybe a different "
     "tutor?"),
    ("health", "benign", "agent_note",
     "Caller asked whether the Healthy Habits streak challenge (30 days, 10 min/day) gives a badge or a discount. "
     "Explained it's a badge only. No further action."),
    ("health", "sensitive", "in_app",
     "Feedback: can the evening practice reminder be moved earlier? Since I started on sertraline I'm wiped out by 9 "
     "and the 9:30 nudge just makes me feel guilty."),
    ("health", "benign", "web_form",
     "Question: can Parlavo be paid for through our employer wellbeing allowance? Our HR portal (Perkbox-style) asks "
     "for a VAT invoice per employee. Is that something you can produce? Thanks, Jo Mendel"),
    ("health", "sensitive", "email",
     "Dear Parlavo, I'm writing about my husband Frank's annual plan (frank.doyle@example.com). He was diagnosed with "
     "early-onset Alzheimer's in the autumn and can no longer follow the lessons, though he tried. The renewal went "
     "through last week via the App Store. Is there anything you can do about a refund? Yours, Maureen Doyle"),
    ("health", "benign", "sms",
     "Hi its Ines, your tutor for tomorrow. Just a heads up I'll be 5 mins late, dentist appointment runs till 4:55. "
     "See you at 5!"),
    ("health", "sensitive", "chat",
     "hi, is there a way to make echocoach wait longer before it decides I've finished? I stammer and it cuts me off "
     "halfway through the word every time, then marks it wrong || Agent: Thanks for telling us. There's a 'Speaking "
     "pace' slider in Coach settings - if you set it to Extended it'll wait up to 6 seconds. || that helps, thank you"),
    ("health", "benign", "chat",
     "does keeping the mic on for echocoach drain the battery a lot? my phone's battery health is already at 78% lol "
     "|| Agent: It uses the mic only while you're speaking, so the impact is small. You can also turn off "
     "background listening in settings."),
    ("health", "sensitive", "call_transcript",
     "Customer: I'd like to switch from 60-minute to 30-minute tutor sessions, same price per month if possible. || "
     "Agent: Sure, may I ask why, just so I pick the right plan? || Customer: I've got ADHD and an hour is just too "
     "long, I'm gone after twenty minutes. || Agent: Understood. The Live Flex plan does 30-minute slots, I'll move "
     "you over at the next billing date."),
    ("health", "benign", "email",
     "Hi, quick one: my tutor profile lists Dr. Sofia Braga as 'GP in Porto, teaches medical Portuguese'. Does she "
     "also do general conversation, or is she only for healthcare professionals? I'm just a regular learner. Cheers, "
     "Neil"),
    ("health", "sensitive", "agent_note",
     "Tutor Leonie H. flagged that student (acct 88213) mentioned in session she has photosensitive epilepsy and the "
     "confetti animation after a streak made her uncomfortable. Escalated to product/accessibility; advised student "
     "to enable Reduce Motion meanwhile."),
    ("health", "benign", "voicemail",
     "Hello, this is Kath from Brightwell Pharmacy head office. We're interested in a group plan so our counter staff "
     "can pick up some basic Romanian and Arabic. Could someone call me back on 07700 900412? Thanks."),
    ("health", "sensitive", "web_form",
     "Reason for cancellation: Other. Details: My MS has flared up badly and I'm losing the use of my hands, typing "
     "and even tapping the screen is hard now. Please cancel at the end of this period. Thank you for the lovely "
     "tutors. - Hannah Wiles"),
    ("health", "benign", "in_app",
     "The 'Feeling sick?' phrase pack in French is missing the audio for 'j'ai mal au ventre'. Just silence."),
    # ---- legal
    ("legal", "sensitive", "email",
     "Hello, I need a full export of my Live session chat logs with tutor Anke from last spring. My solicitor has "
     "asked for them because they show the dates I was in Hamburg, and that's relevant to the divorce proceedings. "
     "What format do they come in and how long does it take? Regards, Stefan Brill (stefan.brill@example.com)"),
    ("legal", "benign", "email",
     "Hi, I'm the office manager at Carrow & Pike LLP. We'd like 12 seats of Parlavo Teams for our associates who are "
     "starting on a Shanghai matter, Mandarin from scratch. Can we be invoiced annually rather than through the app "
     "stores? Best, Rita Owusu"),
    ("legal", "sensitive", "chat",
     "hi, I missed four tutor sessions last month and got charged for all of them || Agent: I'm sorry, our policy "
     "is 24h notice, but tell me what happened? || I was arrested on the 3rd and they kept my phone as evidence, I "
     "only got it back on friday. I literally couldn't cancel || Agent: Thanks for explaining, I'll refund those as "
     "credits as a one-off."),
    ("legal", "benign", "chat",
     "Is the Legal English for Lawyers course suitable if I'm not a lawyer? I'm a paralegal and I just want the "
     "contract vocab || Agent: Absolutely, it's aimed at anyone working with legal documents. Units 3-6 cover "
     "contracts."),
    ("legal", "sensitive", "sms",
     "sorry need to cancel my 10am with Anke tmrw, court hearing got moved to thurs morning. can we do fri instead"),
    ("legal", "benign", "review",
     "Honestly this app is criminally underrated. The Circles classes are small, the tutors are patient, and "
     "EchoCoach actually catches my vowel errors. 5/5."),
    ("legal", "sensitive", "agent_note",
     "Customer J. Marsh requested to be moved out of the Sunday Spanish circle. She disclosed she has a restraining "
     "order against another member of that circle (her ex-partner). Moved her to Saturday group, flagged both "
     "accounts so they are never grouped together. Trust & Safety notified."),
    ("legal", "benign", "agent_note",
     "User asked how to download all his data before deleting the account. Walked him through Settings > Privacy > "
     "Export. Takes up to 48h. Closed."),
    ("legal", "sensitive", "call_transcript",
     "Customer: I'd like to apply to be a tutor for Greek but I'm worried about the background check. || Agent: "
     "What's the concern? || Customer: I have a conviction from 2016, theft, I served a short sentence. Will that rule "
     "me out? || Agent: Our vetting team reviews each case individually, I'd suggest you disclose it on the form."),
    ("legal", "benign", "call_transcript",
     "Customer: I got married in June and want to change the surname on my account and certificates. Do you need a "
     "copy of a deed poll or marriage certificate? || Agent: No, you can just edit it in profile, certificates "
     "reissue automatically. || Customer: Oh, easy."),
    ("legal", "sensitive", "review",
     "One star. Someone used my card to buy three Parlavo annual plans through Google Play. I've made a police report "
     "(crime ref given to support) and Parlavo still hasn't confirmed whether those accounts were closed."),
    ("legal", "benign", "web_form",
     "General question: if I cancel within 14 days of buying the annual plan, do I have a legal right to a full "
     "refund under UK consumer law, or does the App Store policy override that? Not urgent, just want to understand "
     "before I buy."),
    ("legal", "sensitive", "voicemail",
     "Good afternoon, this is Daniel Kerr of Hollis and Grant solicitors. We act for Ms. Amelia Stone in ongoing "
     "employment tribunal proceedings against her former employer, who paid for her Parlavo account. We'll be "
     "sending a formal request for her account records. Please call me on 07700 900733."),
    ("legal", "benign", "voicemail",
     "Hi, this is Sergeant Paula Lees from the training unit at Wessex Police. We're looking at a group plan so "
     "officers can learn some conversational Polish and Romanian. Could your business team give me a call on 07700 "
     "900218? Cheers."),
    ("legal", "sensitive", "in_app",
     "Can I get an attendance certificate listing every class I've done since January? My probation officer wants "
     "proof I'm doing something structured each week."),
    ("legal", "benign", "in_app",
     "In Exam Track Spanish unit 9 ('En el juzgado'), the answer key says 'abogado' is 'judge'. It's 'lawyer'. "
     "'Juez' is judge."),
    ("legal", "sensitive", "dm",
     "@ParlavoHelp since you won't answer emails, I've filed a small claims case against Parlavo for the £149 you "
     "took after I cancelled. Hearing paperwork has been served to your registered office."),
    ("legal", "benign", "dm",
     "whoever approved the new lesson map should be arrested 😂 where did the review button go??"),
    ("legal", "sensitive", "email",
     "Hi, my brother Callum is serving a sentence at HMP Ridgeway and the education unit lets them use approved "
     "learning apps on the in-cell tablets. Can I buy a gift subscription for him, and would Parlavo work without "
     "open internet? His release is 2027 and he wants to come out speaking Spanish. Thanks, Erin Doyle"),
    ("legal", "benign", "email",
     "Hello, I tutor Arabic on Parlavo Live. Can you tell me whether the tutor agreement makes me self-employed or a "
     "worker? My accountant wants to know for my tax return. Thanks, Karim Haddad"),
    ("legal", "sensitive", "chat",
     "can i change all my circle classes to mornings? || Agent: Sure, is there a reason the evenings no longer work? "
     "|| im on a tag with a 7pm curfew for the next 4 months and the wifi at the hostel i have to be at is awful || "
     "Agent: Got it, I'll move you to the 9am Monday and Wednesday groups."),
    ("legal", "benign", "chat",
     "app just crashes on launch on my iphone || Agent: Is the device jailbroken by any chance? Some security checks "
     "fail on modified iOS. || oh, yes it is, my mate did it. ok ill restore it"),
    ("legal", "sensitive", "web_form",
     "Data request. I'm a witness in a fraud trial next month and my barrister needs my Parlavo login history for "
     "12-19 March to show I was at home doing lessons on those evenings. Account: l.brandt@example.com. Please treat "
     "as urgent."),
    ("legal", "benign", "web_form",
     "Our council's procurement team needs your standard terms and conditions, your data processing agreement and "
     "proof of insurance before we can approve Parlavo for the adult learning service. - Eastbridge Borough Council"),
    ("legal", "sensitive", "agent_note",
     "Account holder (acct 51902) called to ask us to block tutor Marek from contacting him. Says he is on bail "
     "pending an investigation and his bail conditions forbid contact with anyone linked to his old employer, which "
     "includes Marek. Blocked pairing; no further details recorded."),
    ("legal", "benign", "review",
     "I'm a court interpreter and used Exam Track to prep for the DPSI law option. The mock exams were tougher than "
     "the real thing, which is exactly what you want."),
    ("legal", "sensitive", "call_transcript",
     "Customer: I need to cancel the family plan and take my ex off it. || Agent: I can help. Is the account in your "
     "name? || Customer: It is, but his lawyer sent a letter saying I can't touch shared accounts until the financial "
     "settlement is decided in court. Can you just freeze it? || Agent: Yes, I'll freeze changes and note it."),
    ("legal", "benign", "sms",
     "hi its bruno your portuguese tutor, im in the office late tonight (law firm deadline!) so can we push to 8:30? "
     "reply y/n"),
    ("legal", "sensitive", "web_form",
     "Refund reason: I have an immigration appeal hearing next week and my legal aid solicitor has told me to stop "
     "any non-essential spending until it's decided. Please cancel my Exam Track subscription. - Yusuf A."),
    ("legal", "benign", "call_transcript",
     "Customer: I'm going to dispute the charge with my bank, you billed me after I cancelled. || Agent: Let me "
     "check... I can see the cancellation on the 2nd, the charge on the 3rd was an error. I'll refund it now, no "
     "need for a dispute. || Customer: Great, thanks."),
    # ---- bereavement
    ("bereavement", "sensitive", "email",
     "Hello, my mother, Dorothy Hale, passed away on 9 October. She'd been doing Italian with you for two years on "
     "an annual plan through the App Store and it renewed a week after the funeral. I have her iPad but I don't know "
     "her Apple password. How do I stop it, and is any refund possible? Thank you, Susan Hale-Morgan"),
    ("bereavement", "benign", "review",
     "This update killed my streak. RIP 212 days. The streak freeze I'd bought just vanished. Two stars until it's "
     "fixed."),
    ("bereavement", "sensitive", "chat",
     "hi the family plan is under my husbands apple id and I need to keep it for the kids lessons || Agent: No "
     "problem, he'd just need to transfer organiser rights to you in Family settings. || he can't. he died last month "
     "|| Agent: I'm so sorry. Let me set up a new family group under your account and move everyone's progress "
     "across for you."),
    ("bereavement", "benign", "chat",
     "is the Dead Languages pack (latin + ancient greek) included in premium or separate? || Agent: It's included in "
     "Premium from this month, you'll see it under Explore."),
    ("bereavement", "sensitive", "sms",
     "hi its joanna, cant do this weeks lesson sorry, we're burying dad on thursday. will be in touch after"),
    ("bereavement", "benign", "email",
     "Hi, I'm the operations manager for Hartley & Sons Funeral Directors. A lot of the families we serve speak "
     "Polish and we'd like our arranging staff to learn the basics. Do you have a group plan for 8 people, and "
     "could you bill us by invoice? Regards, Owen Hartley"),
    ("bereavement", "sensitive", "voicemail",
     "Hello, this is Geoff Mayhew. My wife Elaine used to do the French lessons with you. She passed in the spring. "
     "The emails keep coming, 'we miss you, Elaine', 'come back to your streak', and it's... could someone just stop "
     "them, please. Thank you."),
    ("bereavement", "benign", "sms",
     "app is dead again, stuck on the parrot splash screen for like 5 mins. anyone else??"),
    ("bereavement", "sensitive", "agent_note",
     "Tutor Camila reported that her student (acct 72230) broke down at the start of session; her brother died "
     "suddenly at the weekend. Student asked to cancel remaining 6 sessions. Refunded in full outside policy, sent "
     "condolence note."),
    ("bereavement", "benign", "agent_note",
     "Customer asked, for will planning, what happens to a Parlavo account and any prepaid credits when the holder "
     "dies. Explained credits are non-transferable but next of kin can request closure. General enquiry only."),
    ("bereavement", "sensitive", "review",
     "I started learning Italian so I could finally talk properly to my nonna. She died in March before I was good "
     "enough. I kept going anyway and Gianni, my tutor, has been so kind about it. Five stars."),
    ("bereavement", "benign", "call_transcript",
     "Customer: My tutor Lucía says she's off for the first week of November for Día de Muertos back home. Can I get "
     "a cover tutor for those two sessions? || Agent: Yes, I'll match you with someone similar and keep the same "
     "times. || Customer: Lovely."),
    ("bereavement", "sensitive", "in_app",
     "Please turn off the streak notifications on Ollie's profile in our family plan. He was 34 and he died in "
     "August. Every morning his name pops up on my phone."),
    ("bereavement", "benign", "dm",
     "killed it in my B1 mock today 💀💀 thanks @Parlavo exam track, 87%"),
    ("bereavement", "sensitive", "dm",
     "lost my dad on sunday. is there any way to pause my sub for a month without losing the 400 day streak? i know "
     "its silly but it matters to me"),
    ("bereavement", "benign", "voicemail",
     "Hi, it's Alice Ward. In the Japanese course there's a unit on condolences and sympathy phrases, and the audio "
     "for lesson 3 doesn't play at all. Could you pass that to whoever fixes lessons? Thanks."),
    ("bereavement", "sensitive", "web_form",
     "Request type: Account holder deceased. Account name: Peter Vance. Email: p.vance@example.com. Date of death: 3 "
     "January. Your relationship: Executor (son). Request: close account, stop Google Play billing, delete data."),
    ("bereavement", "benign", "in_app",
     "Small typo in the German writing exercise 'In loving memory' - it should be 'In liebevoller Erinnerung', the "
     "app has 'Erinerung'."),
    ("bereavement", "sensitive", "call_transcript",
     "Customer: My partner Aaron had an account, he'd been doing Exam Track for his Japanese N2. He passed away in "
     "December. || Agent: I'm very sorry for your loss. || Customer: Thank you. I'd like the billing stopped but, "
     "if possible, not his notes deleted. He wrote a lot in there. || Agent: I can stop billing and lock the account "
     "so nothing is removed."),
    ("bereavement", "benign", "email",
     "Hi, my late sessions with tutor Henrik (the 10pm slot) keep getting cancelled by the system because it thinks "
     "it's the next day. Time zone bug? I'm in Vancouver. Thanks, Dana"),
    ("bereavement", "sensitive", "chat",
     "can you cancel my next two weeks of live sessions please || Agent: Of course, any reason I should note? || "
     "flying to lagos tomorrow, my uncle's funeral. i'll book again when im back || Agent: So sorry. Done, no charges "
     "for those."),
    ("bereavement", "benign", "chat",
     "I PASSED!!! DELE B2 passed with 81 points. just wanted to say thanks to the exam track team || Agent: That's "
     "amazing, congratulations! We'll send you a little certificate badge."),
    ("bereavement", "sensitive", "email",
     "Dear students, this is Hélène, your French tutor on Parlavo Live. I'm so sorry I've cancelled at short notice "
     "this week. My father died on Monday and I'm travelling to Lyon for the funeral. Support will rebook you; I hope "
     "to be back on the 20th."),
    ("bereavement", "benign", "review",
     "The Thursday Dutch circle basically died out after our tutor left. Two of us still show up. Please either merge "
     "us with another group or find a new tutor."),
    ("bereavement", "sensitive", "agent_note",
     "Customer (acct 60314) asked whether her twin sister's unused tutor credits (acct 60315) could be moved to her "
     "account. Sister passed away in November. Supervisor approved transfer as a goodwill exception."),
    ("bereavement", "benign", "agent_note",
     "User asked if we could restore a 'lost' streak after the app showed 'Streak lost' during the outage on the "
     "12th. Restored as per outage policy."),
    ("bereavement", "sensitive", "voicemail",
     "Hi, um, I'm ringing about my mum's subscription, she was Carol Dunn. She died a few weeks ago and I've only just "
     "found the charge on her bank statement. I'm on 07700 900561. Thanks."),
    ("bereavement", "benign", "web_form",
     "We're a small bereavement support charity in Leeds and some of our volunteers want to learn Ukrainian to help "
     "new arrivals. Do you offer charity pricing for about 15 learners? - Fenwick Lane Trust"),
    ("bereavement", "sensitive", "in_app",
     "Is there a Welsh circle? My wife was from Aberystwyth and since she died I've been trying to learn it so I can "
     "read her letters from her mam."),
    ("bereavement", "benign", "web_form",
     "Question about inactive accounts: if I don't log in for two years, will my account and certificates be "
     "deleted? I'm travelling long-term and just want to know."),
    # ---- violence_self_harm
    ("violence_self_harm", "sensitive", "chat",
     "how do I stop a tutor contacting me? || Agent: Has something happened in a session? || he found my instagram "
     "from my profile pic and keeps messaging, comments about my body, says he'll wait outside my gym since he knows "
     "which one it is. i only had 3 lessons with him || Agent: I'm really sorry. I'm blocking him from your account "
     "now and escalating to Trust & Safety; please keep the messages."),
    ("violence_self_harm", "benign", "review",
     "The new lesson layout is killing me. Why are the review cards now three taps deep? Otherwise still the best "
     "app for Korean."),
    ("violence_self_harm", "sensitive", "agent_note",
     "URGENT - tutor Paulo (Portuguese) reports that during today's 19:00 session his student (acct 33891) said she "
     "doesn't want to be alive anymore and has 'sorted out how'. Tutor kept her talking and gave Samaritans number "
     "116 123. Safeguarding lead paged; welfare follow-up requested."),
    ("violence_self_harm", "benign", "chat",
     "is the Crime & Thriller graded reader pack available in italian yet or only french? || Agent: Italian is coming "
     "next month, French and Spanish are live now."),
    ("violence_self_harm", "sensitive", "email",
     "Hi, I need my ex removed from our family plan urgently. He's the organiser but I've left. He used the activity "
     "feed to see when I was online and turned up where I was twice. He's been violent before and I don't want him "
     "to know anything about my day. Please help. - N. (nadia.r@example.com)"),
    ("violence_self_harm", "benign", "sms",
     "could kill for a sat morning circle option tbh, weekdays are impossible with my shifts"),
    ("violence_self_harm", "sensitive", "dm",
     "one of the men in my tuesday german circle has been sending me messages since I disagreed with him in class. "
     "the last one said i'd 'regret opening my mouth'. i'm scared to go back. please do something"),
    ("violence_self_harm", "benign", "dm",
     "this exam track listening section is actual abuse lol, 3 speakers at once with a hoover in the background"),
    ("violence_self_harm", "sensitive", "sms",
     "pls take me off the family plan, ive left the house and dont want him seeing my lessons or location. he hurt me. "
     "dont reply to this number"),
    ("violence_self_harm", "benign", "web_form",
     "We run a women's refuge and would like to offer free English lessons to residents. Is there a charity licence "
     "for 10 seats, and can accounts be created without linking to a personal email? - Harbour House Trust"),
    ("violence_self_harm", "sensitive", "in_app",
     "cancel the annual renewal, I won't be here for it. been thinking about ending things for a while and the "
     "streak reminders are just noise now"),
    ("violence_self_harm", "benign", "in_app",
     "EchoCoach is brutal, it absolutely tears my accent to shreds. Love it though. Could it show the correct mouth "
     "shape next to my attempt?"),
    ("violence_self_harm", "sensitive", "voicemail",
     "Hi, it's Ana Ribeiro, I tutor Portuguese on Live. A student I stopped teaching, Jordan, has been emailing my "
     "personal address and tonight he said he knows which street I live on. I'm frightened. Please call me back on "
     "07700 900184."),
    ("violence_self_harm", "benign", "voicemail",
     "Hi, Greg from Tillman Freight here, I'll shoot over the purchase order this afternoon for the 25 Teams seats. "
     "Just wanted a heads up that it's coming. Cheers."),
    ("violence_self_harm", "sensitive", "review",
     "One star. A guy in my group class kept making sexual remarks to me in the text chat, week after week. I "
     "reported it three times. The moderator said 'he's just joking'. I've left the app."),
    ("violence_self_harm", "benign", "review",
     "Killer feature: shadowing mode in EchoCoach. You repeat along with the native speaker and it scores your "
     "rhythm. My Spanish sounds way less robotic now."),
    ("violence_self_harm", "sensitive", "web_form",
     "Report a user. Username: k_hollins77. What happened: After I reported his comments in Circles, he messaged me "
     "privately saying he'd 'find me' and used my real surname, which I never told the class. I want him banned and I "
     "want to know how he got my name."),
    ("violence_self_harm", "benign", "web_form",
     "Content issue: in the Survival Spanish 'Emergency phrases' pack, '¡Llame a la policía!' is translated as 'Call "
     "the ambulance!'. Please correct."),
    ("violence_self_harm", "sensitive", "call_transcript",
     "Customer: I need to change my email and phone on the account and make sure nothing goes to the old ones. || "
     "Agent: Sure, can I confirm your current details first? || Customer: The old address is a house I've left. I'm "
     "in a refuge now, I got out of an abusive marriage, and he still has access to that inbox. || Agent: Understood. "
     "I'll update everything now and mark the account so no one can change it without extra checks."),
    ("violence_self_harm", "benign", "call_transcript",
     "Customer: I teach karate and I'd like Japanese for the dojo, commands, counting, that sort of thing. Is there a "
     "pack? || Agent: We've got Japanese for Martial Arts inside the Hobbies section. || Customer: Sweet, ta."),
    ("violence_self_harm", "sensitive", "chat",
     "can i pause exam track for a bit? || Agent: Of course. Is everything ok? || not really. i've started cutting "
     "again and i can't concentrate on anything, the mock date just keeps looming || Agent: I'm really glad you told "
     "me. I've paused it with no charge. If you're in the UK you can text SHOUT to 85258 any time."),
    ("violence_self_harm", "benign", "chat",
     "how do I block someone in my circle? not a big deal, he just keeps posting links to his youtube channel || "
     "Agent: Tap his name > Block. Mods will also remove the spam."),
    ("violence_self_harm", "sensitive", "agent_note",
     "Called by a Mr D. Fenn about his father's account (acct 40022). Says the father's live-in carer has been "
     "shouting at him, taking his bank card and bought two annual plans plus gift cards with it. Refunded the plans, "
     "advised son to contact adult social services."),
    ("violence_self_harm", "benign", "agent_note",
     "Customer was very frustrated and swore a few times about being billed after cancelling via Google Play. "
     "Apologised, refunded the £12.99, confirmed cancellation. Calm by end of call."),
    ("violence_self_harm", "sensitive", "email",
     "Hello, I tutor Mandarin on Parlavo. A former student has been following me from platform to platform: "
     "LinkedIn, my personal Instagram, now a fake account booking my slots just to stare at the camera. I think this "
     "is stalking and I'd like his accounts traced and banned. Xu Lin"),
    ("violence_self_harm", "benign", "email",
     "This billing loop is going to be the death of me. Every time I cancel in the app it tells me to cancel in the "
     "App Store, and the App Store says there's no subscription. Can someone just cancel it from your end? Gary"),
    ("violence_self_harm", "sensitive", "dm",
     "the people in the league chat have been piling on me every day for weeks, calling me names, posting my "
     "screenshots. I dread opening the app. I've started to think everyone would be better off without me"),
    ("violence_self_harm", "benign", "dm",
     "how does the report a tutor button work? asking before I book, not because anything happened, just curious "
     "what happens on your side"),
    ("violence_self_harm", "sensitive", "in_app",
     "Can I set it so I'm only matched with women tutors and my lesson history is hidden? My husband checks my phone "
     "and if he sees I've talked to a man for an hour it's a very bad night for me."),
    ("violence_self_harm", "benign", "in_app",
     "Feature request: a 'panic' quick-quit button for Circles when I'm out of my depth in conversation. Just a joke "
     "name, but a quiet exit would be nice."),
    # ---- financial_hardship
    ("financial_hardship", "sensitive", "email",
     "Hi, I bought the annual Exam Track plan in January for a job abroad that has now fallen through, and last week "
     "I lost my current job as well. I genuinely can't afford £179 right now. Is there any way to get a partial "
     "refund or switch to monthly for what's left? Many thanks, Olu Bankole"),
    ("financial_hardship", "benign", "email",
     "Hello, my card expired and now Google Play says my Parlavo payment failed. I've added the new card but the app "
     "still shows 'payment issue'. Do I need to do anything else? Thanks, Mira Shah"),
    ("financial_hardship", "sensitive", "chat",
     "got made redundant friday. can i cancel the 12 month plan without the early exit fee || Agent: I'm sorry to "
     "hear that. For redundancy we waive the fee - I just need you to confirm the cancellation. || yes please cancel"),
    ("financial_hardship", "benign", "chat",
     "I've been charged twice for October || Agent: I can see two charges of £14.99 on the 1st. One is a duplicate, "
     "I've refunded it; it'll show in 3-5 working days. || ty"),
    ("financial_hardship", "sensitive", "sms",
     "hi can u hold my circle place, cant pay this month, my UC doesnt land til the 14th. will pay then promise"),
    ("financial_hardship", "benign", "sms",
     "hi is there a student discount for the exam track? im at uni, NUS card if that helps"),
    ("financial_hardship", "sensitive", "call_transcript",
     "Customer: I've had a letter from a debt collection agency saying I owe you £240. || Agent: Let me look. Yes, "
     "that's the unpaid invoice from the tutor bundle last year. || Customer: I'm on a debt management plan now, I "
     "can't pay a lump sum. Can it go into the plan? || Agent: I'll recall it from the agency and set up a small "
     "monthly arrangement instead."),
    ("financial_hardship", "benign", "call_transcript",
     "Customer: I read online Parlavo had a bad year financially. If you went bust, what happens to my annual plan? "
     "|| Agent: We're not going anywhere, but paid plans are protected through the app stores' refund rules in any "
     "case. || Customer: OK, that's reassuring."),
    ("financial_hardship", "sensitive", "agent_note",
     "Customer (acct 27710) informed us he was declared bankrupt last month and his trustee has asked him to cancel "
     "non-essential subscriptions. Cancelled, no exit fee. Outstanding £29.98 written off per hardship policy."),
    ("financial_hardship", "benign", "agent_note",
     "Customer's renewal through Google Play was declined because her bank blocked it as a suspected fraud check. "
     "She approved it in her banking app and retried. Resolved."),
    ("financial_hardship", "sensitive", "web_form",
     "Reason for cancelling: Other. I was evicted at the end of last month and I'm sofa surfing at a friend's. No "
     "steady wifi, no money for extras. I'll come back when I'm sorted. Thanks for the good lessons."),
    ("financial_hardship", "benign", "web_form",
     "We're Clearway Money Advice, a debt advice charity. Some of our advisers want to learn Arabic and Tigrinya to "
     "help clients. Do you offer a charity rate for around 6 staff? - Office manager"),
    ("financial_hardship", "sensitive", "review",
     "Five stars for support. I couldn't keep up the payments after I was let go in the summer and they gave me three "
     "months free on the Circles plan without making me jump through hoops. Back on my feet now and paying again."),
    ("financial_hardship", "benign", "review",
     "Worth every penny. Works out cheaper than the private tutor I used to pay £35 an hour, and I can do it on the "
     "bus."),
    ("financial_hardship", "sensitive", "voicemail",
     "Hi, this is Kieran Lowe. I got a message from your billing about a missed payment. The bailiffs were round "
     "yesterday about other stuff and honestly I can't pay anything to anyone at the minute. Can you just cancel it "
     "and not add charges? 07700 900379."),
    ("financial_hardship", "benign", "voicemail",
     "Hi, it's Ruth from Alder Bank training. We saw you have a Business English pack with units on loans and debt "
     "negotiation; we'd like a quote for 40 staff. Call me on 07700 900650."),
    ("financial_hardship", "sensitive", "dm",
     "overdrawn, rent due tomorrow, and google play just took £79.99 for a renewal i forgot about. please refund it, "
     "i've literally got nothing for food this week"),
    ("financial_hardship", "benign", "dm",
     "£12.99 to £15.99 a month overnight?? daylight robbery @Parlavo. is the old price locked for existing subs or "
     "not"),
    ("financial_hardship", "sensitive", "in_app",
     "Is there any hardship discount? I'm on Universal Credit while I look for work and I need proper English for "
     "interviews. Even half price would make the difference."),
    ("financial_hardship", "benign", "in_app",
     "Can I pay for Exam Track in instalments? I'd rather spread it over 3 months than pay £120 up front."),
    ("financial_hardship", "sensitive", "chat",
     "payment failed again because there's literally nothing in the account. I'm between jobs. can you keep my spot "
     "with Dolores for a couple of weeks? || Agent: I'll hold your Tuesday slot until the 30th with no charge. || "
     "thank you so much"),
    ("financial_hardship", "benign", "chat",
     "I work at Fairmount Jobcentre and we'd like to recommend Parlavo to customers learning English. Is there a "
     "referral code or partnership route? || Agent: Yes, I'll connect you with our partnerships team."),
    ("financial_hardship", "sensitive", "email",
     "Hello, I used Parlavo Teams for my two kitchen staff. The restaurant closed in May and I'm now in serious "
     "arrears with the landlord and suppliers. Please cancel the Teams plan and don't chase the last invoice through "
     "collections, I'll pay what I can once the business is wound up. Luca Bertolini"),
    ("financial_hardship", "benign", "email",
     "I'm an accountant and I use Parlavo for client work in Spain. Could you send VAT receipts for the last 12 "
     "monthly payments? The app only shows the App Store reference. Thanks, Clare Whitby"),
    ("financial_hardship", "sensitive", "agent_note",
     "Caller said she's behind on rent and has been using the food bank since her hours were cut. Asked if she could "
     "keep the free tier but lose the paid Circles. Downgraded, refunded current month."),
    ("financial_hardship", "benign", "agent_note",
     "Customer bought the annual plan by mistake instead of monthly. Within 48h so refunded in full and switched to "
     "monthly. No issue."),
    ("financial_hardship", "sensitive", "web_form",
     "Payment arrangement request. I'm in a debt repayment plan with a charity and I have to list every outgoing. "
     "Could you spread the £60 I owe for missed sessions over six months? Email: t.grady@example.com"),
    ("financial_hardship", "benign", "web_form",
     "I'm in Ireland but the app charges me in GBP and my bank adds a conversion fee. Can I be billed in euros? "
     "Account: a.kenny@example.com"),
    ("financial_hardship", "sensitive", "call_transcript",
     "Customer: We need to drop the family plan to just the one account. || Agent: No problem, can I ask if there's "
     "anything we could do better? || Customer: It's not you. My husband lost his job in September and we're cutting "
     "everything we can. || Agent: Understood. I'll keep your son's progress saved in case you rejoin."),
    ("financial_hardship", "benign", "call_transcript",
     "Customer: I've just got a new job in Madrid, starting in March, and I want to upgrade to the intensive tutor "
     "plan. || Agent: Congratulations! The Intensive plan is five sessions a week. I'll switch you today."),
    ("financial_hardship", "sensitive", "sms",
     "sorry cant pay for the extra sessions til the payday loan is cleared, its a mess. will book again next month"),
    ("financial_hardship", "benign", "sms",
     "payday is the 28th, can u move my billing date to the 28th instead of the 3rd? thx"),
    ("financial_hardship", "sensitive", "voicemail",
     "Hello, it's Brenda Okoro. I've had three reminders now. I'm a pensioner and after the energy bills I'm "
     "genuinely short every month, I can't keep paying for the tutor. Please cancel it before it takes any more. "
     "Thank you."),
    ("financial_hardship", "benign", "voicemail",
     "Hi, Tom Birch here. I retire at the end of the month and I've promised myself proper Italian lessons. Do you "
     "do gift subscriptions I can buy for myself on a nice date? Ha. Call back on 07700 900902."),
    ("financial_hardship", "sensitive", "review",
     "Had to cancel. The factory shut in April and I'm living off what's left of my savings now, so £20 a month for "
     "lessons isn't happening. The app itself is great, for what it's worth."),
    ("financial_hardship", "benign", "review",
     "The free tier is surprisingly generous. I've done 60 days without paying a penny. Will upgrade for EchoCoach "
     "eventually."),
    ("financial_hardship", "sensitive", "dm",
     "is there any way to do a payment plan for what I owe? three credit cards maxed and the minimums are eating my "
     "whole wage, i'm not trying to dodge you"),
    ("financial_hardship", "benign", "dm",
     "is the 'Money Talk' unit in spanish about banking vocab? i work as a bank cashier and get a lot of spanish "
     "speaking customers"),
    ("financial_hardship", "sensitive", "in_app",
     "please just downgrade me to free, been out of work since march and I can't justify anything paid right now"),
    ("financial_hardship", "benign", "in_app",
     "My refund has said 'pending' for 5 days now. App Store order ML9X4TT3P. When will it land?"),
    # ---- children
    ("children", "sensitive", "email",
     "Hi there, I'd like to set up the Teen plan for my daughter Maya, she's 13 and wants to do Japanese because of "
     "anime, obviously. Does she need her own email address, or can she log in under my account? I'm paying through "
     "the App Store. Thanks, Rachel Ford"),
    ("children", "benign", "email",
     "Hello, I'm head of languages at Ashcombe Academy. We'd like to buy 120 Parlavo Classroom licences for the MFL "
     "department from September. Can we pay by purchase order rather than card, and is there a teacher dashboard? "
     "Regards, Mr P. Ellison"),
    ("children", "sensitive", "chat",
     "hi can i use this without my mums card? im 15 and i have my own money from my job || Agent: Hi! Under-18s need "
     "a parent or guardian to approve a paid plan, but you can use the free tier yourself. || ok ill ask her"),
    ("children", "benign", "chat",
     "what's the minimum age for the teen plan and the maximum? || Agent: The Teen plan is for ages 13 to 17. Under "
     "13s can use Parlavo Junior inside a Family plan."),
    ("children", "sensitive", "sms",
     "hello bought the app for my grandson alfie hes 9 is that alright for him or is it too grown up. regards jean"),
    ("children", "benign", "sms",
     "kids stories pack wont download, stuck at 40%. tried wifi and data"),
    ("children", "sensitive", "agent_note",
     "During chat the user said 'I'm in Year 6 and my teacher said to practise'. Account registered as adult. "
     "Paused account pending parental consent per under-13 policy; sent consent link to the email on file."),
    ("children", "benign", "agent_note",
     "Caller asked for a copy of our tutor safeguarding and vetting policy before recommending Parlavo to friends. "
     "General enquiry; emailed the public policy PDF."),
    ("children", "sensitive", "web_form",
     "Teen plan sign-up. Learner name: Oscar Pryce. Date of birth: 11/04/2012. School: Hollybrook Secondary. Parent "
     "email: k.pryce@example.com. Languages: German. Notes: he's shy so prefers self-study over tutors."),
    ("children", "benign", "web_form",
     "Bug: on the Parlavo Classroom teacher dashboard, the 'Export class progress' button downloads an empty CSV. "
     "Chrome, Windows 11. - Ms Adeyemi, Languages dept"),
    ("children", "sensitive", "call_transcript",
     "Customer: My daughter's in Year 10 and she's doing GCSE French next year. Her speaking is the weak bit. || "
     "Agent: Exam Track has a GCSE French route with speaking practice in EchoCoach. || Customer: Can I see her scores "
     "from my phone? || Agent: Yes, on the Family plan you'll get a weekly report for her."),
    ("children", "benign", "call_transcript",
     "Customer: I learned French at school about thirty years ago and remember nothing but 'ou est la piscine'. "
     "Where should I start? || Agent: Take the placement quiz, it'll probably put you at A1 plus. || Customer: Fair."),
    ("children", "sensitive", "review",
     "My seven year old is obsessed with the parrot and does her Spanish before breakfast without being asked. "
     "Never thought I'd say that about an app. 5 stars."),
    ("children", "benign", "review",
     "Learning Korean feels like child's play with EchoCoach telling me exactly which syllable I'm mangling. Top app."),
    ("children", "sensitive", "voicemail",
     "Hi, this is Rob Ainsley. My son Jacob's twelve and he's been doing Spanish on my login, which is messing up my "
     "streak. Could he have his own profile on our family plan? My number's 07700 900291. Cheers."),
    ("children", "benign", "voicemail",
     "Hello, I'm calling from the Greenfield Primary PTA. We're doing a summer fair raffle and wondered if Parlavo "
     "would donate a one-year subscription as a prize. I'm Lisa, on 07700 900805. Thank you!"),
    ("children", "sensitive", "dm",
     "@Parlavo my daughter is only 11 and someone in the league chat sent her a friend request and asked where she "
     "goes to school. how is that even possible on a family account??"),
    ("children", "benign", "dm",
     "trying to speak german at the bakery today and i sounded like a toddler lol. back to echocoach i go"),
    ("children", "sensitive", "in_app",
     "can i change my birthday? i put 2000 when i signed up but im actually born in 2010 and now it keeps showing "
     "me adult stuff"),
    ("children", "benign", "in_app",
     "Family plan says 6 members max. Can I pay extra for a 7th? We're a house of six adults plus my partner's "
     "brother staying with us."),
    ("children", "sensitive", "chat",
     "I teach Year 4 at Marlow Road Primary. I'd like to add a pupil, Ellie Marsh, she's 8, to our class account, she "
     "joined us late and is struggling with French || Agent: Of course, you can add her from the Classroom dashboard "
     "with her parent's consent form."),
    ("children", "benign", "chat",
     "I'm a nanny moving to a family in Madrid in September. Is there a course for childcare vocab, like bedtime, "
     "meals, playground? || Agent: Yes! Try the 'Everyday Spanish: Home & Family' pack."),
    ("children", "sensitive", "email",
     "Hello, our twins Arlo and Beatrix turned 6 in May and we'd like to add them to the family plan for some "
     "gentle French before we move to Brussels. Are there voice activities suitable for children that young? "
     "Thanks, Tamsin"),
    ("children", "benign", "email",
     "Hi, I'm 19 and at uni in Leeds. Is there a student discount on the Live plan? I've got a valid student ID. "
     "Thanks, Dylan"),
    ("children", "sensitive", "agent_note",
     "Safeguarding flag from tutor Gabriela: Teen plan student (age 14) asked to continue lessons over WhatsApp "
     "privately for cheaper. Tutor declined correctly. Reminded student via in-app message about platform rules; "
     "parent notified."),
    ("children", "benign", "agent_note",
     "Customer asked whether a Teen plan converts automatically when the learner turns 18. Explained it switches to "
     "standard pricing at renewal. General question only."),
    ("children", "sensitive", "web_form",
     "Course request. My son sits the 11+ in September and the grammar school wants a language aptitude "
     "piece. Is there anything in Exam Track that would help? Parent: Mr S. Qureshi"),
    ("children", "benign", "web_form",
     "We run a chain of nurseries in the North East and want our practitioners to pick up basic Polish and Romanian "
     "to talk to parents. Group pricing for 30 staff? - Little Oaks Nurseries Ltd"),
    ("children", "sensitive", "sms",
     "hi its Leo's mum, he cant do 4pm today, year 8 parents evening. can we do same time weds?"),
    ("children", "benign", "sms",
     "babysitter cancelled so i need to move my 7pm lesson with Karin. any slot after 9?"),
    ("children", "sensitive", "call_transcript",
     "Customer: Hi, um, I'm sixteen and I signed up for the annual plan with my dad's card and he doesn't know. || "
     "Agent: Thanks for telling us. Is it via the App Store? || Customer: Yes. Can it be cancelled before he sees? || "
     "Agent: I can help start a refund request, but because you're under 18 we'll need the account holder to confirm."),
    ("children", "benign", "call_transcript",
     "Customer: I'm a primary teacher and I'm supposed to be teaching French next year, but mine's rusty. Is there a "
     "course for teachers? || Agent: Yes, 'French for Primary Teachers' covers classroom language. || Customer: "
     "Perfect, thanks."),
    ("children", "sensitive", "review",
     "As a 14 year old I think the Teen plan is actually good, the tutors don't talk down to you. But please let us "
     "change the avatar without asking our parents."),
    ("children", "benign", "review",
     "I'm 35 and I secretly use the Junior stories in Italian. They're short and the voices are lovely. No shame."),
    ("children", "sensitive", "voicemail",
     "Hello dear, it's Margaret Bell. My granddaughter Poppy has just turned ten and I'd like to buy her the Spanish "
     "for her birthday. Her mum has the phone. Can you ring me on 07700 900128 and explain how I do it?"),
    ("children", "benign", "voicemail",
     "Hi, it's Mr Carter, Head of Year 10 at Oakfield School. We'd like a quote for a licence for our Year 10 French "
     "group, about 28 pupils, for the spring term. My direct line is 07700 900447."),
    ("children", "sensitive", "dm",
     "starting sixth form in sept and want to do a level spanish but my gcse grade was a 6, is exam track enough to "
     "catch up over summer?"),
    ("children", "benign", "dm",
     "why is the teen plan cheaper than the adult one?? age discrimination lol. i'm 29 and i want the discount"),
    ("children", "sensitive", "in_app",
     "Can Noah's profile use simpler words? He's only in reception and can't read most of the instructions yet."),
    ("children", "benign", "in_app",
     "The baby dragon mascot animation lags badly on the lesson complete screen. iPhone 12."),
    ("children", "sensitive", "email",
     "Please delete all voice recordings held for my daughter's profile, Isla Grant, DOB 14/03/2013, on our family "
     "plan. She used EchoCoach for a year and I don't want her voice stored. Confirm when done. Fiona Grant"),
    ("children", "benign", "email",
     "Hello, where can I find documentation on the parental controls in the Family plan? I'm writing a comparison "
     "of learning apps for a parenting blog. Thanks, Josie Lamb"),
    ("children", "sensitive", "chat",
     "my son is 17, does he count as an adult in your terms? he wants his own Live tutor || Agent: Under 18s go on "
     "the Teen plan, which includes Live tutors with extra safeguarding. || ok sign him up to that then"),
    ("children", "benign", "chat",
     "I'm 67, am I too old to start Mandarin?? || Agent: Not at all! Some of our most consistent learners are in "
     "their seventies."),
    ("children", "sensitive", "agent_note",
     "Parent called: her 12-year-old bought £49.99 of gem packs via Google Play without permission. Advised Google "
     "refund route and enabled purchase approval on the child profile."),
    ("children", "benign", "agent_note",
     "Customer (DOB 1988 per account) asked why her birthday voucher didn't arrive. Re-sent the 20% code."),
    ("children", "sensitive", "web_form",
     "School group upload. Pupils to add: Amira Khan (13), Ben Tolley (13), Chloe Vance (12), Daniel Osei (13). "
     "Class: 8M. Teacher: Mrs H. Dunbar, Westfield High. Languages: Spanish."),
    ("children", "benign", "web_form",
     "We're a children's literacy charity and would like to use Parlavo for our adult volunteers who read with "
     "families in Urdu and Bengali. Do you have a nonprofit plan? - Reading Bridges"),
    ("children", "sensitive", "call_transcript",
     "Customer: My grandson's doing his GCSEs next summer and he's panicking about the German oral. || Agent: We can "
     "book him a tutor who specialises in GCSE speaking. || Customer: Lovely, I'll pay for it, he's at his mum's most "
     "weekdays. || Agent: I'll send the booking link to you."),
    ("children", "benign", "call_transcript",
     "Customer: My daughter wants to join our family plan. || Agent: Happy to add her, how old is she? || Customer: "
     "She's 34, ha, she's got her own mortgage. || Agent: Then she can join as an adult member."),
    ("children", "sensitive", "review",
     "Bought this for my niece who's 12 and learning Portuguese for her dad's side. She finished the whole A1 in a "
     "term. Only complaint is the Teen plan price."),
    ("children", "benign", "review",
     "This is not a kids' app, whatever the cartoon parrot suggests. Exam Track is proper, serious prep."),
    ("children", "sensitive", "sms",
     "Mia (10) just finished her first 30 day streak!! she wants to know if she gets a badge?"),
    ("children", "benign", "sms",
     "echocoach said my pronunciation sounds like a kid learning to talk. harsh but fair lol"),
    ("children", "sensitive", "in_app",
     "i am 9 and i like the dog levels. can you make more dog levels please"),
    ("children", "benign", "in_app",
     "The 'At the playground' lesson in Dutch has no audio on the third dialogue."),
    ("children", "sensitive", "dm",
     "my little brother keeps going on my account and breaking my streak, hes 8 and doesnt care. can he get his own "
     "on the family plan?"),
    ("children", "benign", "dm",
     "@Parlavo do you work with scout groups? our district wants a language badge option for the leaders"),
    ("children", "sensitive", "voicemail",
     "Good morning, it's Mrs Okonjo from St Bride's Primary. It's about one of our Year 3 pupils, Kai Jennings. His "
     "mum's asked us to check his Parlavo class login, it was set up under the wrong year group. 07700 900364."),
    ("children", "benign", "voicemail",
     "Hi, Dev here, I run the Canal Street youth club. We're after a quote for 5 adult leader accounts, mainly "
     "Spanish. Call me on 07700 900950."),
    ("children", "sensitive", "email",
     "Hi, my stepson Rafael is 15 and arriving from Brazil in December to live with us. He starts at school here in "
     "January and needs as much English as possible before then. Could he have a tutor most days? Thanks, Andy Cole"),
    ("children", "benign", "email",
     "I teach secondary maths and want Spanish for myself before a sabbatical. Is there an educator discount on the "
     "individual plan? Thanks, Hugh Marr"),
    ("children", "sensitive", "chat",
     "can a 13 year old join an adult circle? my daughter's already B1 and the teen circles are too easy for her || "
     "Agent: For safeguarding, under-18s can only join Teen circles, but we have an advanced teen group on Saturdays."),
    ("children", "benign", "chat",
     "does the Teen plan include live tutors or is it self-study only? asking before I recommend it at work || "
     "Agent: It includes up to 4 tutor sessions a month."),
    ("children", "sensitive", "agent_note",
     "Teen plan verification: learner DOB 02/09/2011 entered. Parental consent email sent to l.hart@example.com; "
     "account limited to self-study until approved."),
    ("children", "benign", "agent_note",
     "Riverside School District renewal for 400 Classroom seats processed. Invoice sent to district finance office. "
     "No pupil data exchanged."),
    ("children", "sensitive", "web_form",
     "Junior profile setup. Child's name: Theo Grant. Age: 7. Goal: learn some Mandarin to talk to his grandma on "
     "video calls. Parent: Daniel Grant, d.grant@example.com"),
    ("children", "benign", "web_form",
     "The birth date field on sign-up won't accept 29/02/1996. It says invalid date. It was a leap year!"),
    ("children", "sensitive", "call_transcript",
     "Customer: My daughter's seventeen and her A-level Spanish oral is in April. She needs mock orals weekly. || "
     "Agent: Our A-level route has weekly mock orals with an examiner-trained tutor. || Customer: Great, add it to "
     "my plan for her."),
    ("children", "benign", "call_transcript",
     "Customer: Hi, I'm the receptionist at Harlow Park School. Our bursar hasn't received the invoice for the "
     "Classroom licences. || Agent: I'll resend it to the bursar's address now. || Customer: Thanks."),
    ("children", "sensitive", "review",
     "I'm in year 11 and Exam Track literally saved my German speaking. I went from freezing to actually answering. "
     "The mock orals are scary but worth it."),
    ("children", "benign", "review",
     "My son, who's 27 and lives in Berlin, recommended this to me so we could chat in German. Six months on, we "
     "actually do. Love it."),
    ("children", "sensitive", "sms",
     "Hi Sra Lopez, Isabel won't make today's session, school trip ran late. She's 12 and forgot to tell me! Sorry"),
    ("children", "benign", "sms",
     "hi im a tutor applicant, do you need tutors for the teen plan? I have a DBS and 5 yrs teaching"),
    ("children", "sensitive", "in_app",
     "Please let 13 year olds use the teen plan properly. my son turns 13 next week and it says he's too young to "
     "book tutors."),
    ("children", "benign", "in_app",
     "After the update my profile says I'm 118 years old lol. I'm 41. Can you fix the age field?"),
    ("children", "sensitive", "dm",
     "im 14 and my mum says i can only use the app for 30 min a day, can you set a limit so she stops checking my "
     "phone lol"),
    ("children", "benign", "dm",
     "the new UI is so childish, big cartoon buttons everywhere. give us a grown-up theme option please"),
    ("children", "sensitive", "voicemail",
     "Hi, Sanjay Mehta here. My boy's only six and he's been chatting away to EchoCoach every day. Just want to know "
     "what happens to his voice clips, are they kept? Call me on 07700 900073."),
    ("children", "benign", "voicemail",
     "Hello, it's Anna from Little Acorns Montessori. We'd like two staff accounts for French, billed to the nursery, "
     "not personal cards. 07700 900519, thanks."),
    ("children", "sensitive", "email",
     "Hello, we are fostering a girl of 11 who arrived speaking very little English. The local authority has agreed to "
     "pay for tutoring. Can we set up a profile for her under my account and invoice the council? Kind regards, "
     "Pauline Reece"),
    ("children", "benign", "email",
     "General question: what is your policy on awarding Junior Exam Track certificates, is there a minimum age? I'm "
     "writing guidance for our school's language department."),
    ("children", "sensitive", "chat",
     "is the voice data from my 5 year old's echocoach sessions stored anywhere? || Agent: Recordings on child "
     "profiles are deleted after scoring unless you opt in to keep them. || good, keep it that way"),
    ("children", "benign", "chat",
     "what does the Teen plan cost in USD? I'm a school counsellor putting together a list of resources || Agent: "
     "It's $7.99 a month or $59.99 a year."),
    ("children", "sensitive", "agent_note",
     "Circles moderator removed user 'starlight_ana' from the adult Spanish evening circle after she said in chat "
     "she was 12. Account was an adult profile on a family plan; organiser contacted."),
    ("children", "benign", "agent_note",
     "Caller is a school governor who wanted to know, in general, how Parlavo handles pupil data before suggesting "
     "it to the head. Sent the schools privacy notice."),
    ("children", "sensitive", "web_form",
     "Bug report. Name: Jayden. Age: 11. What happened: the matching game freezes on level 4 every time and I lose "
     "my hearts. Device: my mum's old ipad."),
    ("children", "benign", "web_form",
     "I'm a postgrad student (26) on a tight schedule. Can Circles classes be booked in the mornings only? Thanks."),
    ("children", "sensitive", "review",
     "Perfect for homeschooling. My three (8, 10 and 13) each have their own profile and the family dashboard shows "
     "who actually did their Spanish. Tutors are great with kids."),
    ("children", "benign", "review",
     "Great app but please stop the 'Back to school!' promo popups. Some of us finished school decades ago."),
    ("children", "sensitive", "sms",
     "my daughter turns 16 tomorrow, can she move off the teen plan onto her own one? she's paying with her "
     "saturday job money"),
    ("children", "benign", "sms",
     "can I buy the family plan as a gift for my sister's household? they're all adults, 4 people"),
    ("children", "sensitive", "in_app",
     "I'm 15 and on the teen plan. Can you send my progress reports to my dad too? My parents are split up and he "
     "wants to see them. His email is m.ward@example.com"),
    ("children", "benign", "in_app",
     "Would love a 'Young Learners' exam prep for Cambridge YLE - I teach it privately to classes and the materials "
     "here would be great."),
    ("children", "sensitive", "email",
     "Hi, I teach languages at Kingsmead School. One of my Year 7s, Harriet Boyd, has been using the app at home and "
     "her tutor notes would help me set her level. Could her parent share them with me? Thanks, Mr T. Neale"),
    ("children", "benign", "email",
     "Hi, is there a way for a school to pay for teacher accounts only, without any pupils on the system? Our data "
     "officer prefers it that way. Regards, Dina Shaw, Brookfield College"),
    ("children", "sensitive", "dm",
     "my son (born 2014) just passed Junior Exam Track level 2!! he's beyond proud. any chance of a printed "
     "certificate?"),
    ("children", "benign", "dm",
     "I'm a grandmother learning Spanish so I can keep up on holidays in Málaga. Is there a seniors discount?"),
    ("children", "sensitive", "call_transcript",
     "Customer: I'm ringing for my nephew, Kofi. He's in Year 5 and his school has him on Parlavo for Spanish. || "
     "Agent: How can I help? || Customer: His login shows someone else's progress, it says he's done units he's never "
     "seen. || Agent: Sounds like a profile mix-up, I'll ask the school admin to reset his class profile."),
    ("children", "benign", "call_transcript",
     "Customer: Do you run anything for parents who want to keep up with what their kids learn in French class? "
     "|| Agent: The 'French for Parents' mini-course covers the school curriculum vocab. || Customer: Ideal, cheers."),
    # ---- special_categories
    ("special_categories", "sensitive", "chat",
     "can my friday tutor slot move to sunday? || Agent: Sure, any particular time? || anything after 10am. from "
     "sundown friday to saturday night I'm off screens completely, I keep shabbat, so friday 7pm was always a "
     "mistake || Agent: Moved you to Sunday 11am with the same tutor."),
    ("special_categories", "benign", "chat",
     "is the Bible Spanish reading pack any good for vocab or is it all old-fashioned language? || Agent: It uses "
     "a modern translation, so it's fine for everyday vocabulary too. Lots of our learners use it for reading "
     "practice."),
    ("special_categories", "sensitive", "sms",
     "hi Karim, can we shift our lessons to 9pm for the next month? after iftar i can actually think. thanks, Sami"),
    ("special_categories", "benign", "sms",
     "do circles run over christmas week or is everything off till jan?"),
    ("special_categories", "sensitive", "email",
     "Hello, I took my shahada last year and I'd really like to learn to read Arabic properly, mainly so I can "
     "understand what I'm reciting. Do you have tutors who can focus on Quranic Arabic rather than the dialect "
     "courses? Thanks, Ben Whitaker"),
    ("special_categories", "benign", "email",
     "Hi, I'm the administrator at St Aidan's Parish Church. We have a group of volunteers who welcome Ukrainian "
     "families, and we'd like 10 Parlavo accounts paid for by the church. Can you invoice the parish? Blessings, "
     "Maureen Kell"),
    ("special_categories", "sensitive", "agent_note",
     "Customer asked to be moved out of the Thursday Portuguese circle. She said several members are from the "
     "Kingdom Hall she used to attend and since she left the Witnesses they won't speak to her. Moved to Monday "
     "group."),
    ("special_categories", "benign", "agent_note",
     "Customer asked if Circles pause for religious holidays in general. Explained each tutor sets their own "
     "calendar and missed sessions are credited. No further action."),
    ("special_categories", "sensitive", "in_app",
     "Avatar feedback: there's no turban option in the avatar builder. I wear one every day and my cartoon self "
     "looks nothing like me. Please add a dastar, a few colours would do."),
    ("special_categories", "benign", "in_app",
     "I've been doing my lessons religiously for 90 days and the streak counter just reset to 0. What happened?"),
    ("special_categories", "sensitive", "review",
     "Used Parlavo Live for four months before my mission to Brazil. Elder training gives you some Portuguese but my "
     "tutor Renata got me actually conversational. Five stars from a very grateful missionary."),
    ("special_categories", "benign", "review",
     "The EchoCoach update is the holy grail of pronunciation tools. It finally tells you where your tongue "
     "should be. Five stars."),
    ("special_categories", "sensitive", "call_transcript",
     "Customer: I'd like a Greek tutor who could also help with church Greek, the liturgy. || Agent: We have a couple "
     "of tutors with that background. Is it for reading? || Customer: Yes, I'm being received into the Orthodox "
     "church at Easter and I want to follow the service. || Agent: Lovely, I'll match you with tutor Eleni, "
     "she's taught liturgical Greek before."),
    ("special_categories", "benign", "call_transcript",
     "Customer: I'm just praying the next update fixes the audio lag in Circles. || Agent: It should, version 6.5 "
     "has a fix for Bluetooth delay. || Customer: Fingers crossed then."),
    ("special_categories", "sensitive", "dm",
     "can you stop recommending me the Bible Spanish and Church Latin packs? i left the church last year and it's "
     "a bit much seeing them every time i open the app"),
    ("special_categories", "benign", "dm",
     "@Parlavo any chance of a Latin course that isn't church Latin? I want classical, Cicero and Virgil style"),
    ("special_categories", "sensitive", "web_form",
     "Scheduling preference: please never book me into Saturday sessions, including makeup ones. As a Seventh-day "
     "Adventist I don't work or study on the Sabbath. Weekday evenings and Sundays are fine."),
    ("special_categories", "benign", "web_form",
     "We're an interfaith youth charity looking for a group plan for our adult staff to learn Arabic and Hebrew. "
     "Could you send pricing for 12 people? - Common Ground Trust"),
    ("special_categories", "sensitive", "voicemail",
     "Hi, it's Priya. Just to say I won't be on any lessons for the next ten days, I'm going on a retreat at the "
     "ashram in Rishikesh, no phones. Please don't count it against my streak if that's possible. Thanks."),
    ("special_categories", "benign", "voicemail",
     "Hello, this is the office at Bethel Community Church. We booked a Circles group for our English class and the "
     "link for Thursday isn't working. Call us back on 07700 900612, thank you."),
    ("special_categories", "sensitive", "email",
     "Hi, I want to complain about my last Circles session. When I said my family are Roma the tutor laughed and "
     "asked if I'd 'nicked' my laptop. Everyone heard it. I want an apology and to know what you'll do. Marius "
     "Lăcătuș-Dinu"),
    ("special_categories", "benign", "email",
     "Hi, which Korean tutors are native speakers from Seoul specifically? I'd like to learn the standard accent "
     "rather than a regional one. Thanks, Olivia"),
    ("special_categories", "sensitive", "chat",
     "looking for a korean tutor who does gentle beginner stuff || Agent: Sure, any goals? || my mum's korean but "
     "she never taught us, and my halmoni doesn't speak any english. I'd like to talk to her before she gets any "
     "older || Agent: Lovely. I'll find you a heritage-learner specialist."),
    ("special_categories", "benign", "chat",
     "does the korean course teach hangul from scratch or assume you know it? || Agent: It starts from scratch, "
     "first unit is all hangul."),
    ("special_categories", "sensitive", "review",
     "Born in Peckham to Nigerian parents and never learned Yoruba, which was always a bit of a sore point at family "
     "parties. Six months with tutor Adebayo and I can finally hold my own with my aunties."),
    ("special_categories", "benign", "review",
     "The Yoruba course is brilliant and nobody else seems to have one. Tones are explained really clearly."),
    ("special_categories", "sensitive", "agent_note",
     "Customer asked us to change his 'heritage language' tag from Turkish to Kurmanji. He's Kurdish and found the "
     "Turkish label upsetting. Updated; suggested product adds Kurmanji as a heritage option."),
    ("special_categories", "benign", "agent_note",
     "Customer asked whether tutors' nationality is shown on profiles. Explained we show languages and region of "
     "accent, not nationality. Policy question only."),
    ("special_categories", "sensitive", "in_app",
     "Heritage learner here. Grandparents came over from Gujarat in the 70s and I'm the first in my family who can't "
     "speak Gujarati. Would love a heritage track that assumes listening but no reading."),
    ("special_categories", "benign", "in_app",
     "Gujarati audio in lesson 5 plays the Hindi version instead. Script is right, audio is wrong."),
    ("special_categories", "sensitive", "sms",
     "hi, for the english exam track, can you send receipts addressed to me? the refugee council needs them. came "
     "from eritrea in 2022. thx, Yonas"),
    ("special_categories", "benign", "sms",
     "can u send me receipts for the exam track? my employer reimburses it. thx"),
    ("special_categories", "sensitive", "call_transcript",
     "Customer: The tutor asked me in front of the group where I live, and when I said the site on Fen Lane she went "
     "quiet and was off with me the rest of the class. || Agent: I'm sorry. Which site do you mean? || Customer: It's "
     "a Traveller site, I'm an Irish Traveller. || Agent: That's not acceptable. I'm escalating it to our conduct "
     "team today."),
    ("special_categories", "benign", "call_transcript",
     "Customer: Do you have Irish Gaelic? My friend keeps saying 'sláinte' and I want to understand the rest. || "
     "Agent: Yes, Irish is in the library, A1 to B1. || Customer: Brilliant."),
    ("special_categories", "sensitive", "dm",
     "third time a tutor has asked where I'm 'really from' after I said London. Funny how it only happens when the "
     "camera's on and they see I'm Black. Can I just pick tutors who've done your bias training?"),
    ("special_categories", "benign", "dm",
     "where are your tutors actually from? the spanish ones all sound mexican to me, any from spain?"),
    ("special_categories", "sensitive", "email",
     "Hi, I'm a ward councillor for Labour in Eastbridge and a lot of my constituents speak Polish. I'd like to "
     "get to basic conversation by the next surgery in May. Could I be invoiced personally rather than through the "
     "app store? Cllr Sue Adair"),
    ("special_categories", "benign", "email",
     "Hello, Eastbridge Borough Council would like to renew the 50 Parlavo Teams seats for our housing officers. "
     "Please send a quote to the procurement inbox. Thanks, Procurement Team"),
    ("special_categories", "sensitive", "chat",
     "do you have a german phrase pack for protests? || Agent: We don't have one specifically, what do you need? "
     "|| I'm going out to Berlin with my climate action group for the march in Sept and I want to talk to people "
     "there, not just chant || Agent: The Conversation Booster pack has opinions and debate phrases, that should "
     "help."),
    ("special_categories", "benign", "chat",
     "the exam track politics unit has the wrong answer for 'parliament' in german, it says Rathaus || Agent: "
     "You're right, it should be Bundestag or Parlament. I'll report it."),
    ("special_categories", "sensitive", "sms",
     "cant make tues circle, out door-knocking for the campaign till 8. can i join wednesdays this week instead?"),
    ("special_categories", "benign", "sms",
     "is the circles party tonight still on? the end-of-term one with the quiz"),
    ("special_categories", "sensitive", "agent_note",
     "Customer asked to remove her Circles bio which says she's a Green Party organiser. Said members of her "
     "class were arguing with her about it. Bio cleared; she'll rewrite it herself."),
    ("special_categories", "benign", "agent_note",
     "Customer asked if Parlavo takes any political position or donates to parties. Told him no. General question."),
    ("special_categories", "sensitive", "review",
     "Two stars. My tutor kept bringing up Brexit and when I said I voted Leave he spent the rest of the hour "
     "lecturing me. I pay to learn French, not to be re-educated."),
    ("special_categories", "benign", "review",
     "The debate circle is the best thing on the app. Each week a topic, you argue in Spanish, no one cares what you "
     "really think. Huge for fluency."),
    ("special_categories", "sensitive", "dm",
     "I'm standing as an independent in the May council elections and a lot of doors on my patch speak "
     "Portuguese. Any crash course you'd suggest? Six weeks to go"),
    ("special_categories", "benign", "dm",
     "election week promo when? you did 30% off last year lol"),
    ("special_categories", "sensitive", "in_app",
     "Please let me hide my profile picture in Circles. I'm recognisable from the Palestine solidarity marches and "
     "someone in my class has started making comments."),
    ("special_categories", "benign", "in_app",
     "Suggestion: a 'current affairs' topic in Circles where we read a news story and discuss it. Would be great for "
     "B2 practice."),
    ("special_categories", "sensitive", "voicemail",
     "Hi, it's Martin, I'm one of the Spanish learners. Could you cancel my Thursday sessions through to polling day? "
     "I'm agent for our candidate and I'm out every night till then. Thanks."),
    ("special_categories", "benign", "voicemail",
     "Hi, this is the office of the Eastbridge Debating Society. We want to book a private Circles group in French "
     "for our members. Call back on 07700 900840."),
    ("special_categories", "sensitive", "email",
     "Hi, I'm the shop steward for our branch at the distribution centre and half my members are Romanian. I'd like "
     "to be able to explain the ballot to them in their own language. Is there a Romanian intensive? Dave Pollard"),
    ("special_categories", "benign", "email",
     "Hello, we're the education officers at the Transport Workers' Guild. We'd like to offer members a discounted "
     "Parlavo plan as a benefit. Who do I talk to about an affinity partnership? Regards, Nina Hale"),
    ("special_categories", "sensitive", "chat",
     "can I add extra sessions next week? || Agent: Sure, how many? || as many as Kristof can give me, we're out "
     "on strike all week with the union so I actually have daytime free for once || Agent: He's got four slots, "
     "I'll book them all."),
    ("special_categories", "benign", "chat",
     "my credit union card keeps getting declined on google play for the parlavo renewal || Agent: Some credit "
     "unions block recurring app store payments by default, it's worth asking them to allow it."),
    ("special_categories", "sensitive", "agent_note",
     "Customer on employer-funded Teams seat asked whether the company can see his Circles chats. He's a union rep "
     "and has been chatting with colleagues there about the recognition campaign. Explained admins see usage only, "
     "not chat content."),
    ("special_categories", "benign", "agent_note",
     "Customer asked for European Union vocabulary in the Exam Track French politics unit. Logged as content "
     "request."),
    ("special_categories", "sensitive", "sms",
     "picket line from 6am tmrw, can we do the lesson at 3 instead of 9? - gill"),
    ("special_categories", "benign", "sms",
     "hi can we move the lesson to 3 instead of 9 tmrw? work thing - gill"),
    ("special_categories", "sensitive", "web_form",
     "Discount code query. I entered the TWG member code I got in the union newsletter and it says invalid. I've "
     "been a member for six years, membership no. TWG-448120. Can you apply it manually?"),
    ("special_categories", "benign", "web_form",
     "Partnership enquiry from the communications team at the Transport Workers' Guild: we'd like to promote "
     "Parlavo in our newsletter. Could we have a code for readers?"),
    ("special_categories", "sensitive", "review",
     "Parlavo helped me talk to my Polish and Lithuanian co-workers while we were organising the warehouse. We won "
     "union recognition in March. Can't really say that about many apps."),
    ("special_categories", "benign", "review",
     "The Polish course is solid. My warehouse has loads of Polish lads and now I can at least have a laugh with them "
     "on breaks."),
    ("special_categories", "sensitive", "call_transcript",
     "Customer: I just got elected branch secretary and there's a regional meeting in Madrid in the autumn. || Agent: "
     "Congratulations. Spanish then? || Customer: Yes, it's a joint meeting with the Spanish dockers' union, I want to "
     "at least introduce myself. || Agent: I'll book you on the Spanish for Meetings track."),
    ("special_categories", "benign", "call_transcript",
     "Customer: Our company has a meeting in Madrid in the autumn, I'd like to introduce myself in Spanish. || "
     "Agent: The Spanish for Meetings track is perfect. || Customer: Great."),
    ("special_categories", "sensitive", "chat",
     "hi, can we upgrade to the family plan? || Agent: Sure! How many members? || two, me and my husband Marco. "
     "the profile lets me pick 'wife' or 'partner' for him but not 'husband', bit odd || Agent: Good catch, I'll "
     "flag it. I've set up the family plan for you both, Tom."),
    ("special_categories", "benign", "chat",
     "can I add my business partner to the family plan? we share an office and both want Italian || Agent: Family "
     "plans are for households, but a 2-seat Teams plan would suit you."),
    ("special_categories", "sensitive", "email",
     "Hi, the Circles topic last night was 'describe your ideal husband' and the tutor made everyone go round. When "
     "it got to me I said I'd rather describe my wife, and she said 'let's keep it simple'. Please ask tutors to "
     "use neutral prompts. Jo Kendrick"),
    ("special_categories", "benign", "email",
     "Hi, in the Italian course, unit 7, it introduces 'marito' and 'moglie' but never 'compagno/compagna'. Could "
     "you add those? A lot of people aren't married. Thanks, Bea Morland"),
    ("special_categories", "sensitive", "sms",
     "moving to lisbon w my girlfriend in june so i need portuguese fast. can i get 3 sessions a week? - sarah"),
    ("special_categories", "benign", "sms",
     "moving to lisbon for work in june so i need portuguese fast. 3 sessions a week possible?"),
    ("special_categories", "sensitive", "agent_note",
     "Customer (male) reported tutor made a homophobic comment after he mentioned his boyfriend during a speaking "
     "exercise. Requested different tutor. Reassigned; complaint logged against tutor for conduct review."),
    ("special_categories", "benign", "agent_note",
     "Customer asked if Parlavo runs a Pride month sale in June like last year. Confirmed 25% off annual plans from "
     "1 June."),
    ("special_categories", "sensitive", "dm",
     "any chance you could recommend a queer-friendly spanish tutor? last one kept asking if i had a girlfriend yet "
     "and i'm tired of explaining i'm gay every time a new person asks"),
    ("special_categories", "benign", "dm",
     "straight answer please: is the annual plan refundable after 14 days or not?"),
    ("special_categories", "sensitive", "review",
     "Four stars. The tutors are great, but the speaking prompts assume everyone is straight and married. As a bi "
     "woman with a girlfriend I end up lying in half the role plays to keep things moving."),
    ("special_categories", "benign", "review",
     "Solid four out of five. The role plays assume everyone is married with two kids and a dog. Would be nice "
     "to have some for people who live alone or share flats."),
    ("special_categories", "sensitive", "call_transcript",
     "Customer: I'd like to add someone to my family plan. || Agent: Of course, what's their name? || Customer: David "
     "Lomas, he's my partner, we've been together twelve years. || Agent: Lovely. And you're Paul Hinds, the "
     "organiser? || Customer: That's me."),
    ("special_categories", "benign", "call_transcript",
     "Customer: I'd like to add my flatmate to my plan. || Agent: Family plans need a shared address, does he live "
     "with you? || Customer: Yes, same flat. || Agent: Then that's fine, what's his email?"),
    ("special_categories", "sensitive", "in_app",
     "Feature request: in the profile, 'Married to' only allows a man if you're a woman. I'm married to a woman. "
     "It's 2024."),
    ("special_categories", "benign", "in_app",
     "Feature request: in the profile, please let me leave 'relationship status' blank. It's nobody's business on a "
     "language app."),
    ("special_categories", "sensitive", "email",
     "Hi, slightly embarrassing one. I met someone on holiday in Valencia last summer and we've been sleeping "
     "together every time I fly over, but our conversations are mostly Google Translate. Which course gets me to "
     "actual pillow talk fastest? Ha. Thanks, Nat Corley"),
    ("special_categories", "benign", "email",
     "Hi, I bought the Dating & Romance in French pack and the audio in unit 2 ('Un premier rendez-vous') cuts out "
     "halfway through the dialogue. Could you fix or refund? Thanks, Harvey Lim"),
    ("special_categories", "sensitive", "in_app",
     "Please delete yesterday's EchoCoach recording from 23:10. I forgot the mic was still listening and it caught "
     "something very private between me and my partner in bed. I don't want that on any server."),
    ("special_categories", "benign", "in_app",
     "Are EchoCoach recordings kept on your servers or just on the phone? Couldn't find it in the privacy page."),
    ("special_categories", "sensitive", "review",
     "The icebreaker in my Circle was 'tell us about your last date' and, two glasses of wine in, I told them all "
     "about my one-night stand with a guy from the gym. Nobody said sessions were recorded. Please make that clearer."),
    ("special_categories", "benign", "review",
     "The Italian Circles icebreakers are great fun. Last week was 'describe your dream holiday' and we ended up "
     "talking for forty minutes."),
    ("special_categories", "sensitive", "dm",
     "learning french purely because of a friends-with-benefits thing in lyon, don't judge. what's the quickest way "
     "to stop sounding like a textbook in bed lol"),
    ("special_categories", "benign", "dm",
     "why does everyone say italian is the sexiest accent, my echocoach score says mine is the least sexy thing ever"),
    ("special_categories", "sensitive", "agent_note",
     "Customer asked to add two adults to her family plan. She explained she lives with two partners in a "
     "polyamorous relationship and wanted to check it's allowed. Household rule met; both added."),
    ("special_categories", "benign", "agent_note",
     "Customer asked whether Circles groups are small and intimate or big webinars. Explained max 6 learners per "
     "circle."),
    ("special_categories", "sensitive", "chat",
     "can I skip the dating & flirting unit in the B1 course? it's compulsory to unlock B2 || Agent: It's part of "
     "the core path, may I ask what the concern is? || I'm ace and I've never had sex or wanted to, and the role "
     "plays about 'spending the night' are genuinely uncomfortable || Agent: Understood, I've marked it complete "
     "for you."),
    ("special_categories", "benign", "chat",
     "what's the difference between 'tu me plais' and 'je t'aime'? the romance unit doesn't explain || Agent: 'Tu me "
     "plais' is 'I like you / I fancy you', 'je t'aime' is 'I love you'. I'll ask content to add a note."),
    ("special_categories", "sensitive", "web_form",
     "Please change my Circles nickname. I picked 'SwingerSteve' as an in-joke because my wife and I are on the "
     "swinging scene, and now people in the Spanish class keep asking about it. Something boring like Steve_H."),
    ("special_categories", "benign", "web_form",
     "Please change my Circles nickname from 'TacoTuesday' to my real name, Steve Hollis. It seemed funny at the "
     "time."),
    ("special_categories", "sensitive", "email",
     "Hello, I've transitioned and changed my name by deed poll from Daniel to Dana Price. Please update my account "
     "name, my Exam Track certificates and anything tutors can see. I can send the deed poll if needed. Thank you, "
     "Dana"),
    ("special_categories", "benign", "email",
     "Hello, my name is misspelt on my Exam Track certificate: it says 'Dana Prise', should be 'Dana Price'. Can you "
     "reissue? Thank you."),
    ("special_categories", "sensitive", "chat",
     "can the tutor use they/them for me? || Agent: Absolutely, you can set pronouns in your profile and tutors see "
     "them. || I did but the last tutor kept saying 'señor' and 'guapo'. I'm nonbinary, can I have someone who "
     "gets it || Agent: I'll match you with a tutor who uses gender-neutral Spanish."),
    ("special_categories", "benign", "chat",
     "does spanish have a gender neutral form? the course only shows -o and -a || Agent: Some speakers use -e "
     "(like 'todes'), it's in our Modern Spanish notes in unit 11."),
    ("special_categories", "sensitive", "agent_note",
     "Customer requested her previous name be removed from all historic receipts and tutor notes. She is a trans "
     "woman and the old name still shows on Google Play invoices forwarded by us. Regenerated receipts; tutor "
     "notes updated."),
    ("special_categories", "benign", "agent_note",
     "Customer asked if we offer an 'Mx' title option on invoices. Confirmed Mr, Mrs, Ms, Mx, Dr and none are "
     "available. General question."),
    ("special_categories", "sensitive", "in_app",
     "The Spanish speaking drills make me describe myself with masculine adjectives because of what I picked when I "
     "signed up. I've since come out as a trans woman. Where do I change it so it's 'cansada' not 'cansado'?"),
    ("special_categories", "benign", "in_app",
     "German der/die/das is killing me. Could the noun cards colour-code gender? Blue/red/green or whatever."),
    ("special_categories", "sensitive", "review",
     "As a trans guy eight months into transition, my voice has dropped a lot and EchoCoach now marks my French "
     "vowels as wrong because it's comparing me to my old recordings. Needs a 'reset my voice baseline' button."),
    ("special_categories", "benign", "review",
     "EchoCoach let me pick a male or female reference voice and the difference is useful. Lower reference voice "
     "matches my range much better."),
    ("special_categories", "sensitive", "sms",
     "hi pls change my name on the account to Alex. old one's my deadname and tutors keep seeing it. thx"),
    ("special_categories", "benign", "sms",
     "hi pls change my display name to Alex, everyone calls me that, not Alexander. thx"),
    ("special_categories", "sensitive", "call_transcript",
     "Customer: I need my Exam Track result letter reissued. || Agent: Is something wrong with it? || Customer: My "
     "passport now has my new name and gender marker, F, and the visa office says the letter has to match. || "
     "Agent: I'll reissue it with the details from your current passport."),
    ("special_categories", "benign", "call_transcript",
     "Customer: Can I choose whether I get a male or female tutor? || Agent: Yes, there's a filter on the tutor "
     "search page. || Customer: Great, I'd like to hear both accents."),
    ("special_categories", "sensitive", "dm",
     "tutor kept calling me 'sir' after I told her I'm a woman. yes i'm trans and my voice is low, but she was doing "
     "it on purpose by the end. want a refund for that session"),
    ("special_categories", "benign", "dm",
     "do you have a Women in Tech spanish group? our company network wants a circle for members"),
    ("special_categories", "sensitive", "email",
     "Hi! My HelixRoots DNA results came back and apparently I'm 38% Basque, which no one in my family ever "
     "mentioned. I'd love to learn some Euskara. Do you have it, or anything close? Thanks, Ruth Haddow"),
    ("special_categories", "benign", "email",
     "Hi, we're a genetics research lab at Norbridge University and our postdocs need German for a "
     "collaboration. Could we get 6 Teams seats billed to the department? Dr K. Imrie"),
    ("special_categories", "sensitive", "in_app",
     "Idea: let us upload ancestry DNA results to suggest heritage languages. Mine says 62% Scandinavian and 19% "
     "Finnish, and I'd have liked Finnish suggested on day one."),
    ("special_categories", "benign", "in_app",
     "Being late to my tutor slot must be in my genes lol. Can you add a 10 min reminder as well as the 1 hour one?"),
    ("special_categories", "sensitive", "review",
     "My DNA kit said I'm about a quarter Sami, which nobody in my family knew. I went looking and Parlavo actually "
     "had Northern Sami! Small course but lovely."),
    ("special_categories", "benign", "review",
     "The new update changed the whole DNA of the app. Used to be about speaking, now it's all tapping tiles. Bring "
     "back the old lesson style."),
    ("special_categories", "sensitive", "agent_note",
     "Customer explained a DNA test revealed her biological father is a man in Naples, and she wants enough "
     "Italian to write to him. Recommended Italian Intensive with tutor Giulia; no further notes."),
    ("special_categories", "benign", "agent_note",
     "Customer asked whether we partner with any ancestry or DNA testing companies for language recommendations. "
     "We don't. Logged as a partnership idea."),
    ("special_categories", "sensitive", "dm",
     "genuine question: my genetic test flagged a variant linked to congenital amusia, basically I can't hear pitch "
     "properly. is mandarin a lost cause with echocoach or can it help with tones?"),
    ("special_categories", "benign", "dm",
     "genuine question: is mandarin a lost cause for someone with a terrible ear? echocoach hates my tones"),
    ("special_categories", "sensitive", "chat",
     "is there a yiddish course? || Agent: We have Yiddish at A1-A2. Any particular reason, so I can suggest the "
     "right path? || my genome sequencing came back with mostly Ashkenazi markers, my grandad always denied it "
     "and now I'm curious || Agent: Fascinating. Start with Yiddish Foundations."),
    ("special_categories", "benign", "chat",
     "do you teach yiddish at all? || Agent: Yes, A1-A2. || great, I'm reading Isaac Bashevis Singer in translation "
     "and want to try the originals someday"),
    ("special_categories", "sensitive", "web_form",
     "Urgent: I attached the wrong file to my last support ticket (#55201). Instead of my receipt I uploaded my raw "
     "DNA data file from my genetic test. Please delete it from your system and confirm."),
    ("special_categories", "benign", "web_form",
     "I attached the wrong file to ticket #55214, it's a work spreadsheet rather than my receipt. Please delete it "
     "and I'll resend the right one."),
    ("special_categories", "sensitive", "chat",
     "how do I delete my voiceprint? || Agent: You mean the Voice Login enrolment? || yes. I set it up so I could "
     "sign in by speaking, but I don't want a recording that identifies me sitting on your servers || Agent: I've "
     "deleted your voice template and switched you back to password login."),
    ("special_categories", "benign", "chat",
     "echocoach doesn't understand me when I whisper, i practise late and don't want to wake the house || Agent: "
     "It needs a normal speaking volume, but a headset mic close to your mouth helps a lot."),
    ("special_categories", "sensitive", "email",
     "Hello, to take the certified Exam Track mock I had to do a face scan so the proctoring tool could verify it "
     "was me. I wasn't told how long the face template is kept. Please delete it and confirm in writing. Regards, "
     "Imogen Fairley"),
    ("special_categories", "benign", "email",
     "Hello, Face ID keeps failing when I try to buy the Exam Track upgrade in the App Store, then it asks for my "
     "password and times out. Is that an Apple thing or yours? Regards, Imogen Fairley"),
    ("special_categories", "sensitive", "agent_note",
     "Customer's Voice Login voiceprint stopped matching after months of use. Deleted old voice template at his "
     "request and re-enrolled with three new samples. He asked that the old template be purged; confirmed."),
    ("special_categories", "benign", "agent_note",
     "Customer requested a fingerprint login option like his banking app. Logged as a feature request. No further "
     "action."),
    ("special_categories", "sensitive", "in_app",
     "Voice Login just let my sister into my account. Apparently her voice is close enough to the voiceprint I "
     "enrolled. Please wipe my voice profile and turn that feature off for me."),
    ("special_categories", "benign", "in_app",
     "Touch ID prompt for Google Play purchases loops forever on the upgrade screen. Tapped cancel five times."),
    ("special_categories", "sensitive", "web_form",
     "Subject access request. Please send copies of all biometric data you hold about me: the face geometry from "
     "the exam proctoring check on 4 March and any voice templates from Voice Login. Email: r.iqbal@example.com"),
    ("special_categories", "benign", "web_form",
     "Subject access request. Please send me a copy of my lesson history, payment records and the emails you've sent "
     "me. Account email is r.iqbal@example.com"),
    ("special_categories", "sensitive", "review",
     "Face verification for the certified mock failed four times. It scanned my face from every angle, said 'no "
     "match' and locked me out. Now they have four scans of my face and I have no result."),
    ("special_categories", "benign", "review",
     "The video background blur in Live sessions is a lifesaver when your flat looks like mine. Three stars overall "
     "because of the price rise."),
    ("special_categories", "sensitive", "call_transcript",
     "Customer: For the partner exam I enrolled my fingerprints at the test centre in Croydon. || Agent: Yes, that's "
     "the centre's identity check. || Customer: Does Parlavo get a copy of those prints, or the face photo they "
     "took? || Agent: We receive a verification result only, but I'll confirm with the partner in writing."),
    ("special_categories", "benign", "call_transcript",
     "Customer: Does the voice recognition in EchoCoach work with a strong Glaswegian accent? || Agent: It's "
     "trained on lots of accents, and it scores your target language, not your English. || Customer: Let's see."),
]


def moss_examples() -> list[dict]:
    """The moss split as labelled tickets (same shape as ``sensitive_eval.build_eval_set``'s)."""
    return stranger_examples("moss", ENTRIES, SUBJECTS)
