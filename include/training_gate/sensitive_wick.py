"""wick split: written by a helper who had not seen the detection rules, the anchors or any other split.
Setting: Kestrel Lane Learning, a home-education, tutoring and SEN support agency (PerchMatch tutor matching, Kestrel
Live online lessons, Fledge Exams private-candidate entries, Wingspan SEN assessments, Nestbox resource packs and the
Eyrie parent portal with invoices); registers are email, chat, sms, call_transcript, agent_note, web_form, review,
voicemail, dm, in_app.
The benign half borrows the same territory harmlessly: themed resource packs, schools, councils, churches, unions and
charities as customers, adult learners' ordinary details, idioms, policy questions and routine billing or app faults.
70 sensitive and 70 benign tickets for special categories, 50 and 50 for children, 20 and 20 for financial hardship,
15 and 15 for health, legal, bereavement and violence and self-harm.
First reading (policy 2026.11.24.3, before any change made in response to it; `sensitive_eval.evaluate`, as `make
eval-sensitive`): 95.0 / 1.5 recall / false exclusion in % as shipped, 95.0 / 8.0 without the overruling,
89.5 / 8.0 by the rules alone. Then read while tuning the rules of 2026.11.24.4
(rules alone after the round: 93.0 / 8.0) and trained on for it."""

from __future__ import annotations

from training_gate.sensitive_blind import stranger_examples

SUBJECTS: tuple[str, ...] = (
    "Tutor match request",
    "Lesson booking",
    "Invoice query",
    "Exam entry",
    "Assessment report",
    "Resource pack order",
    "Eyrie portal login",
    "Refund request",
    "Change of tutor",
    "Lesson recording",
    "Account details",
    "Feedback",
    "Cancellation",
    "Kestrel Live app problem",
)

ENTRIES: list[tuple[str, str, str, str]] = [
    # ---- health
    ("health", "sensitive", "email",
     "Hi, I'm sitting A-level Biology with Fledge as a private candidate. I had my gallbladder out last week and "
     "I'm still on strong painkillers that make me foggy, so can the June entry be moved to the November series "
     "without losing the fee? Kind regards, Corinne Abbott"),
    ("health", "benign", "email",
     "Hello, could you send me the contents list for the Nestbox 'Healthy Minds' PSHE pack? Our secondary "
     "department is deciding between that and another supplier before the budget meeting on Thursday."),
    ("health", "sensitive", "chat",
     "can the tutor turn her screen brightness down or use a dark background? bright slides set me off since the "
     "concussion in feb || Agent: Of course, I'll put that on your learner profile so every tutor sees it. || "
     "appreciate it, still get headaches most days"),
    ("health", "benign", "chat",
     "the whiteboard in kestrel live keeps freezing, honestly it's sick of me at this point || Agent: Sorry about "
     "that! Which browser are you on? || chrome, latest || Agent: Try clearing the cache and rejoining, that usually "
     "sorts it."),
    ("health", "sensitive", "sms",
     "Hi its Deb, cant do 4pm today im at the clinic for my chemo top up. thurs same time ok?"),
    ("health", "benign", "sms",
     "running 10 mins late, stuck behind an ambulance on the ring road. start the warm up quiz without me"),
    ("health", "sensitive", "agent_note",
     "Tutor R. Okafor asked to pause all bookings for six weeks; she was signed off after losing the pregnancy at "
     "eleven weeks. Families to be told 'tutor unavailable' only. Set return check-in for 3 July."),
    ("health", "benign", "agent_note",
     "Tutor applicant is a retired GP wanting to teach A-level Biology and Chemistry. Enhanced DBS pending, "
     "interview booked for 14 May with the science lead."),
    ("health", "sensitive", "web_form",
     "Reason for requesting a Wingspan assessment: Jamie was diagnosed with ADHD by the community paediatrician "
     "in March and now takes methylphenidate before breakfast. We'd like his reading and spelling looked at "
     "separately so the two reports can go to the same meeting."),
    ("health", "benign", "web_form",
     "Question about assessments: what is the difference between a Wingspan screener and the full diagnostic "
     "report, and is the full one the version local authorities usually accept? Just comparing options."),
    ("health", "sensitive", "voicemail",
     "Hello, it's Martin Greaves, I tutor chemistry for you. I'm ringing from the ward, they admitted me on Sunday "
     "with chest pains and want to keep me in for more tests, so could someone cancel my Tuesday and Wednesday "
     "students please. I'll call again once I'm discharged."),
    ("health", "benign", "voicemail",
     "Hi, this is Priya calling from the staff training office at Oakridge Surgery. We'd like to put four of our "
     "receptionists onto your adult functional skills English course, ideally as a group. Could someone call me "
     "back on 07700 900412? Thanks."),
    ("health", "sensitive", "call_transcript",
     "I'd like to move all my lessons to the afternoon if possible || Agent: No problem. Is there anything you'd "
     "like me to pass on to the tutor? || Honestly the tablets I'm on for depression knock me flat until about "
     "midday, I'd rather she knew than thought I was lazy || Agent: Thank you for telling me. I'll note afternoons "
     "only and keep the detail private."),
    ("health", "benign", "call_transcript",
     "Do I need a first aid certificate to do in-person tutoring for you? || Agent: It isn't required for tutors, "
     "though some venues ask for it. || Right, I've got one anyway from my old job, just wondered if I should "
     "upload it || Agent: You can add it under Qualifications if you like."),
    ("health", "sensitive", "review",
     "Five stars for Mrs Hale. I'm deaf in my left ear and wear a hearing aid in the right, and she moved her "
     "camera so I could lip-read and switched on captions without me even asking twice. First tutor who ever "
     "bothered."),
    ("health", "benign", "review",
     "The GCSE Biology revision pack is excellent. The pages on the immune system, vaccines and the heart are "
     "clearer than my textbook and the diagrams actually label everything."),
    ("health", "sensitive", "dm",
     "hey quick q - I'm 30 weeks pregnant, due end of august. can I still sit GCSE english language in the summer "
     "series or is it smarter to push to november?"),
    ("health", "benign", "dm",
     "does the A-level anatomy pack come with the heart dissection worksheet or is that sold on its own?"),
    ("health", "sensitive", "in_app",
     "Please ask tutors not to use flashing transitions or GIFs. I have photosensitive epilepsy and I had a seizure "
     "after one of the videos last term."),
    ("health", "benign", "in_app",
     "The 'upload medical evidence' button on the access arrangements page is greyed out. I'm the exams officer at "
     "Ferndown Learning Centre and was just testing the flow before families start using it."),
    ("health", "sensitive", "email",
     "I manage the account, but the learner is my partner Elise. She was discharged last week after two months as "
     "an inpatient for anorexia, and her team want her to ease back in with one short session a week. Could you "
     "set that up without charging the full block rate?"),
    ("health", "benign", "email",
     "Hi, I'm a nurse on rotating night shifts, so I can only do lessons after 2pm on weekdays. Do you have Level 2 "
     "maths tutors with afternoon availability? Happy to do Kestrel Live rather than in person."),
    ("health", "sensitive", "chat",
     "do any of your tutors have experience with autistic adults? got my diagnosis at 38, now retaking maths and "
     "I need things written down, not just said out loud || Agent: Yes, a few do. Shall I filter PerchMatch for "
     "that? || please, and someone patient"),
    ("health", "benign", "chat",
     "honestly the invoice page is giving me a migraine, where on earth is the VAT number? || Agent: It's at the "
     "bottom of the PDF, under our address. || found it, cheers"),
    ("health", "sensitive", "agent_note",
     "Parent asked for the Wingspan report to be corrected: assessor wrote 'no relevant medical history' but Oscar "
     "had meningitis as a baby and has had hearing loss in his left ear since. Escalated to assessor lead."),
    ("health", "benign", "review",
     "Great tutor, but the Kestrel Live app is dead on arrival on older iPads. It crashed six times in one lesson "
     "and we had to switch to the laptop."),
    ("health", "sensitive", "web_form",
     "Access arrangements request, private candidate. I have type 1 diabetes and need to keep my glucose monitor "
     "and some snacks at the desk, plus supervised rest breaks if my levels drop. Centre: Fledge Exams Leeds."),
    ("health", "benign", "web_form",
     "What is your policy if a tutor is off sick on the day? Do we get a replacement tutor, a credit or a refund? "
     "I couldn't see it in the terms."),
    ("health", "sensitive", "sms",
     "sorry i missed the lesson, had a panic attack on the bus and had to get off and go home. can we rebook for "
     "next week?"),
    ("health", "benign", "agent_note",
     "Customer asked if our assessors are HCPC-registered before booking. Sent the accreditation page and the "
     "assessor qualifications PDF. No further action needed."),
    # ---- legal
    ("legal", "sensitive", "email",
     "Dear Sir or Madam, we act for Ms Hannah Rudd in proceedings against her former employer. Please preserve all "
     "Kestrel Live recordings and messages involving our client from September to December, as these may be "
     "relevant to the claim. Yours faithfully, Brennan Coyle Solicitors"),
    ("legal", "benign", "email",
     "Hello, we're Pennant & Rowe, a small law firm in Chester. We'd like to book functional skills maths for our "
     "three apprentices, ideally one evening a week online. Can you invoice the firm directly?"),
    ("legal", "sensitive", "call_transcript",
     "I need my ex-husband taken off the Eyrie account today || Agent: I can help with that. Is he a named account "
     "holder? || He was, but there's a court order now and he's not allowed any contact or information about the "
     "kids' lessons. I can email you a copy || Agent: Please do, and I'll remove his access as soon as it's in."),
    ("legal", "benign", "call_transcript",
     "I want to dispute a charge on my March invoice || Agent: Of course, which line is it? || the cancellation fee "
     "for the 12th, I cancelled two days ahead || Agent: You're right, that's within the window. I'll reverse it now."),
    ("legal", "sensitive", "agent_note",
     "Tutor applicant's enhanced DBS shows a police caution for shoplifting (2015). Applicant had declared it. "
     "Passed to safeguarding lead for a risk assessment before any matching."),
    ("legal", "benign", "agent_note",
     "Contracts team sent tutor agreement v4 to all active tutors. Two replied asking what the non-solicitation "
     "clause covers; answered with the FAQ wording."),
    ("legal", "sensitive", "sms",
     "cant make tmrw sorry, got to be at the magistrates for 10am. will message when i know more"),
    ("legal", "benign", "sms",
     "booked the tennis court for 5 so can we do 3.30 instead of 4.30 tmrw? ta"),
    ("legal", "sensitive", "web_form",
     "Complaint: the tutor you sent knocked my laptop off the table and refused to pay for it. I've now instructed "
     "a solicitor and a letter before action will follow if I don't hear from you within 14 days."),
    ("legal", "benign", "web_form",
     "Tutor application. I worked as a court clerk for twenty years and have just retired. I'd like to tutor GCSE "
     "English and adult literacy, weekday mornings preferred."),
    ("legal", "sensitive", "chat",
     "who do you share my address with? I've got a non-molestation order against my ex and he absolutely cannot "
     "find out where we live now || Agent: We don't share addresses with anyone outside the tutor you book. I can "
     "also hide your address from tutor view entirely. || yes please do that"),
    ("legal", "benign", "chat",
     "is it true you don't have to tell the council if you home educate? we're writing an FAQ for our home-ed "
     "co-op newsletter and want to get it right || Agent: It depends on the situation, so I'd point readers to the "
     "government guidance page rather than quote us."),
    ("legal", "sensitive", "voicemail",
     "Hi, it's Connor Blake. I was arrested on Friday and I've been released under investigation, and the police "
     "still have my phone, so I can't get into my account or the two-factor codes. Can someone ring my mum's mobile, "
     "07700 900517? Cheers."),
    ("legal", "benign", "voicemail",
     "Hello, this is Sergeant Doyle from the community engagement team at Harbour Road police station. We'd like "
     "to buy around twenty of your adult literacy packs for our outreach sessions. Please give me a call back."),
    ("legal", "sensitive", "dm",
     "I'm on probation until next march, does that stop me signing up for the adult GCSE maths course? don't want "
     "to waste my money if you'll say no"),
    ("legal", "benign", "dm",
     "your terms say 30 days notice - do I actually have to pay for the whole month if I cancel on day 2?"),
    ("legal", "sensitive", "in_app",
     "Note for my tutor: I'm the claimant in an employment tribunal on 3-5 June so I won't be doing any lessons "
     "that week. Back on the 10th."),
    ("legal", "benign", "in_app",
     "The 'Report a concern' link at the bottom of the lesson screen goes to a 404 page."),
    ("legal", "sensitive", "review",
     "One star. Had to take them to the small claims court to get my £420 back for lessons that never happened, "
     "and the judge found in my favour. Shouldn't have come to that."),
    ("legal", "benign", "review",
     "Found a brilliant tutor for A-level Law through PerchMatch. She made contract and tort finally click and "
     "I got an A in the mock."),
    ("legal", "sensitive", "email",
     "The council has started proceedings for a school attendance order and our hearing is on the 18th. Could "
     "Kestrel Lane provide a letter confirming the tutoring hours and subjects Mia has had since January? The "
     "family solicitor has asked for it."),
    ("legal", "benign", "email",
     "Hi, could you send me your privacy notice and how long you keep lesson recordings? I'm a trainee barrister "
     "and I like to read these things before signing up for anything."),
    ("legal", "sensitive", "agent_note",
     "Police request received (PC Hollis) for lesson logs relating to a tutor currently under investigation. "
     "Forwarded to DPO. Do not discuss with the tutor or families."),
    ("legal", "benign", "review",
     "Bought the 'Legal Eagles' debate pack for our club. The mock trial scripts are fun and the kids' club leader "
     "said it was the best session of term."),
    ("legal", "sensitive", "chat",
     "my brother's in prison at the moment and wants to do an english GCSE through you, is that something you can "
     "arrange? || Agent: We can't run lessons inside prisons, but I can send information on distance packs. || ok "
     "he'd appreciate that"),
    ("legal", "benign", "chat",
     "what are my rights if the tutor just doesn't turn up? || Agent: You'd get a full credit or refund for that "
     "lesson, it's in section 6 of our terms. || great thanks"),
    ("legal", "sensitive", "call_transcript",
     "I need copies of every invoice since last April || Agent: Sure, is that for tax? || No, my ex and I are going "
     "through divorce proceedings and my solicitor needs to show who paid for what || Agent: Understood. I'll "
     "email a statement to the address on the account."),
    ("legal", "benign", "agent_note",
     "Customer asked whether our tutor contracts are employment or self-employed. Explained tutors are independent "
     "contractors and linked the tutor handbook."),
    ("legal", "sensitive", "web_form",
     "Tutor application question: I have a spent conviction for drink-driving from 2013. Do I still need to "
     "declare it on your form, given this role needs an enhanced check?"),
    ("legal", "benign", "web_form",
     "Do you hold a licence to resell past exam papers in the Nestbox packs, or are they your own practice papers? "
     "Asking for our school's procurement checklist."),
    # ---- bereavement
    ("bereavement", "sensitive", "email",
     "Hello, my husband Graham died in January. The Eyrie account and the direct debit are both in his name, and "
     "I'd like to move them into mine so everything can carry on as before. What do you need from me? Ruth Ellison"),
    ("bereavement", "benign", "email",
     "Hi, do you sell a PSHE resource pack on grief and loss suitable for secondary tutor groups? Our pastoral lead "
     "wants something ready-made for the spring term."),
    ("bereavement", "sensitive", "sms",
     "Tom wont make his lesson today, his grandad passed away last night. I'll be in touch about next week"),
    ("bereavement", "benign", "sms",
     "battery dead, rejoining on my phone in 5"),
    ("bereavement", "sensitive", "chat",
     "how do I stop the subscription on my mum's account? she passed in march and it's still taking £45 a month "
     "|| Agent: I'm so sorry. I can cancel it now and look at refunding the payments since March. || thank you, "
     "that would help"),
    ("bereavement", "benign", "chat",
     "the kestrel live session just died on me for the third time this week || Agent: Sorry, that's frustrating. "
     "Are you on wifi or mobile data? || wifi, but the laptop's old"),
    ("bereavement", "sensitive", "agent_note",
     "Tutor Mrs Adeyemi's son died suddenly at the weekend. She is on compassionate leave with no return date. "
     "Reassign her nine students this week and send families a neutral note only."),
    ("bereavement", "benign", "agent_note",
     "Customer was confused by the 'Estate' field on the billing form; she lives on the Greenfield Estate and "
     "thought it was asking about a will. Explained it's address line 2."),
    ("bereavement", "sensitive", "voicemail",
     "Hi, it's Sandra Moyo. We buried my father on Tuesday and I just haven't been in any state to log on, so "
     "please don't mark me as a no-show for last week. I'll call when I'm ready to start again."),
    ("bereavement", "benign", "voicemail",
     "Hello, this is Jan from the volunteer office at St Aidan's Hospice. We'd like to book some English and maths "
     "sessions for a few of our adult volunteers. My number is 07700 900238. Thanks very much."),
    ("bereavement", "sensitive", "review",
     "I signed up for the English course a month after my wife's funeral, mainly to have something to get up for. "
     "Joe was patient and kind and never once made me feel daft. Thank you."),
    ("bereavement", "benign", "review",
     "Our tutor made 'Death of a Salesman' genuinely interesting, which I didn't think was possible. Highly "
     "recommend for A-level English Lit."),
    ("bereavement", "sensitive", "web_form",
     "Special consideration request for Fledge candidate 40213. The candidate's mother died two weeks before the "
     "chemistry paper and he sat it anyway. We'd like this taken into account please."),
    ("bereavement", "benign", "web_form",
     "Do you have a compassionate refund policy for families? I'm writing our school's supplier checklist and it "
     "asks every provider that question."),
    ("bereavement", "sensitive", "in_app",
     "Please remove Lily from the family dashboard. We lost her in November and I can't keep seeing her name every "
     "time I open the app."),
    ("bereavement", "benign", "in_app",
     "Can you merge my legacy account with my new one? The old email address is dead and I can't reset it."),
    ("bereavement", "sensitive", "call_transcript",
     "The invoices are still going to my brother's email || Agent: Would you like them sent somewhere else? || Yes, "
     "he died last month and I'm the executor, so they need to come to me || Agent: I'm very sorry. I'll need a "
     "copy of the grant or death certificate, then I'll update it."),
    ("bereavement", "benign", "call_transcript",
     "Can you archive my old tutor profile? || Agent: Sure, are you leaving us? || I've retired to Spain, so yes, "
     "that's me done with tutoring || Agent: Congratulations! I'll archive it today."),
    ("bereavement", "sensitive", "dm",
     "sorry for ghosting the lessons. my sister died in a car crash three weeks ago and I haven't been able to face "
     "anything"),
    ("bereavement", "benign", "dm",
     "loved the Romeo and Juliet pack, the tragic ending section finally made the themes click for me"),
    ("bereavement", "sensitive", "chat",
     "need to pause lessons for two weeks please, flying to Lagos for the funeral || Agent: Of course. I'll pause "
     "from today, no charges. || thanks, we'll be back on the 20th"),
    ("bereavement", "benign", "chat",
     "is the November entry deadline dead and buried or can I still squeeze in? || Agent: Late entries are open "
     "until the 10th with a fee. || ok booking now"),
    ("bereavement", "sensitive", "agent_note",
     "Called to chase the unpaid February invoice. His widow answered and said Mr Pike passed away on 2 Feb. "
     "Stopped all reminders and flagged the account for the bereavement process."),
    ("bereavement", "benign", "email",
     "Hello, we're Linwood Funeral Directors. One of our apprentices needs functional skills maths Level 2 for his "
     "qualification. Could you quote for ten online sessions, invoiced to the business?"),
    ("bereavement", "sensitive", "sms",
     "hi its Kerry. can we skip fri, its his nan's funeral. sorry for short notice"),
    ("bereavement", "benign", "agent_note",
     "Customer asked what happens to prepaid credit if an account holder dies, as part of general estate planning. "
     "Explained credit can be refunded to the estate. No account changes."),
    ("bereavement", "sensitive", "web_form",
     "Account holder deceased. Name: Peter Laing. Date of death 14 August. I am his daughter and would like the "
     "account closed and remaining lesson credit refunded to the estate."),
    ("bereavement", "benign", "review",
     "Fantastic history tutor. The session on the Black Death was grim in all the right ways and I actually "
     "remembered it for the exam."),
    ("bereavement", "sensitive", "voicemail",
     "Hello, this is Alan, I'm one of your maths tutors. My wife passed away on Saturday after a short illness. "
     "I won't be able to teach for a while. Please let my students know I'm sorry."),
    ("bereavement", "benign", "sms",
     "tutor killed it today, finally get simultaneous equations"),
    # ---- violence_self_harm
    ("violence_self_harm", "sensitive", "chat",
     "honestly i don't see the point of the exams or anything any more. sometimes i think everyone would be better "
     "off without me || Agent: I'm really glad you told me. Are you safe right now? Samaritans are there to talk "
     "day or night. || i dont know"),
    ("violence_self_harm", "benign", "chat",
     "does the Nestbox anti-bullying week pack come with assembly slides? || Agent: Yes, a 20-minute assembly deck "
     "and three tutor-time activities. || perfect, ordering for the whole school"),
    ("violence_self_harm", "sensitive", "agent_note",
     "Tutor reported that during Thursday's lesson the student showed bruising on her forearm and said her stepdad "
     "'gets rough when he's had a drink'. DSL informed same day, referral made to children's services."),
    ("violence_self_harm", "benign", "agent_note",
     "Brightline Listening Service (charity) bought ten adult literacy places for volunteers. Invoice raised to "
     "their finance team, PO attached."),
    ("violence_self_harm", "sensitive", "email",
     "I want to complain about the tutor you matched me with. Since our last lesson he has been messaging me late "
     "at night, calling me gorgeous and asking to meet up away from the platform. I've told him to stop twice and "
     "he hasn't. I don't feel safe having him as my tutor."),
    ("violence_self_harm", "benign", "email",
     "Someone keeps posting spam links in the Kestrel Lane community forum. How do I report abuse of the forum so "
     "a moderator can ban them?"),
    ("violence_self_harm", "sensitive", "sms",
     "pls dont post anything to the house, my partner opens my letters and he'll go mad. he's hit me before. "
     "email only"),
    ("violence_self_harm", "benign", "sms",
     "tutor absolutely smashed it today, essay marked and sent back in an hour"),
    ("violence_self_harm", "sensitive", "voicemail",
     "Yeah this is about my refund. If I don't get my money by Friday I know where your office is and I'll come "
     "down there and sort your staff out myself. You've been warned."),
    ("violence_self_harm", "benign", "voicemail",
     "Hi, it's Carla from Westgate Academy. We'd like to order the Macbeth 'Blood and Ambition' pack for two GCSE "
     "classes, so sixty student booklets. Can you ring me back to confirm the price?"),
    ("violence_self_harm", "sensitive", "in_app",
     "I've started cutting again and I can't focus on revision at all. Can I pause the course without losing my "
     "exam entry?"),
    ("violence_self_harm", "benign", "in_app",
     "The safeguarding concern form asks for a Designated Safeguarding Lead. We're a small tutoring co-op, whose "
     "name goes in that box?"),
    ("violence_self_harm", "sensitive", "call_transcript",
     "There's a man who keeps turning up outside the library where I have my in-person lessons || Agent: That "
     "sounds frightening. Do you know him? || He's an ex from years back. He's followed me home twice || Agent: "
     "Let's move you to Kestrel Live straight away, and please do report it to the police."),
    ("violence_self_harm", "benign", "call_transcript",
     "Does your GCSE History pack cover the Blitz and the Holocaust? || Agent: Yes, both are in the Conflict and "
     "Tension unit. || And is there a teacher guide? || Agent: There is, it's a free download."),
    ("violence_self_harm", "sensitive", "dm",
     "my ex is threatening to put my private photos online if I don't pay him. I can't concentrate on anything, "
     "can my lessons go on hold?"),
    ("violence_self_harm", "benign", "dm",
     "what's the cut off for summer series entries? want to make sure I don't miss it"),
    ("violence_self_harm", "sensitive", "web_form",
     "Complaint about tutor. During the in-person session the tutor shouted at my son, grabbed his arm hard "
     "enough to leave a mark and pushed him back into the chair. I want him removed from your platform."),
    ("violence_self_harm", "benign", "web_form",
     "What safeguarding training do your tutors get, and how often is it refreshed? We're a home-ed group looking "
     "at bulk bookings."),
    ("violence_self_harm", "sensitive", "chat",
     "i took too many of my tablets last night and i still feel weird || Agent: Please call an ambulance or go to A&E now. "
     "Is anyone with you? || my flatmate is here || Agent: Please show her this message and get help right away."),
    ("violence_self_harm", "benign", "chat",
     "this exam timetable is a war zone, three papers in one day?! || Agent: That does happen with some boards, "
     "but you can apply for a clash arrangement. || how"),
    ("violence_self_harm", "sensitive", "agent_note",
     "Tutor J. Marsh forwarded messages from a parent saying 'you'll regret this' and 'I know your car'. Parent "
     "account suspended, tutor advised to contact police, incident log opened."),
    ("violence_self_harm", "benign", "review",
     "Brutal but fair feedback on my essays. The tutor tore my first draft apart and the second one got a 7."),
    ("violence_self_harm", "sensitive", "email",
     "Other children in the Saturday group lesson have been telling my daughter to kill herself in the chat box. "
     "I have screenshots. She is now refusing to log on. What are you going to do about it?"),
    ("violence_self_harm", "benign", "agent_note",
     "Customer joked she'd 'throw the router out the window' if the lesson dropped again. Ran connection test, "
     "fine. Suggested wired connection."),
    ("violence_self_harm", "sensitive", "sms",
     "I can't do this anymore. Thank you for always being kind Sarah. Tell my tutor I'm sorry"),
    ("violence_self_harm", "benign", "review",
     "The tutor really attacked my weak spots in trigonometry. Tough sessions, big improvement, five stars."),
    ("violence_self_harm", "sensitive", "voicemail",
     "Hi, it's Naomi. We've had to leave home and we're staying in a refuge now because of my husband, so please "
     "don't send anything to the old address and don't tell anyone who rings where we are."),
    ("violence_self_harm", "benign", "email",
     "Hi, I'm a self-defence instructor and want to improve my written English for my coaching qualification. "
     "Do you have tutors who can help with report writing?"),
    ("violence_self_harm", "sensitive", "review",
     "Another parent from the group sessions has been sending me abusive messages for weeks, calling me names and "
     "telling me to watch my back. I reported it and nobody did anything. Two stars."),
    ("violence_self_harm", "benign", "web_form",
     "Resource request: could you make a pack on the causes of the First World War for KS3? The current conflict "
     "units jump straight to the trenches."),
    # ---- financial_hardship
    ("financial_hardship", "sensitive", "email",
     "Hi, I was made redundant when the depot closed last month and there's no way I can keep paying £180 a month "
     "for the maths block. Is there any way to drop to fortnightly or freeze it until I find something? I really "
     "don't want to give up now. Dean Harwood"),
    ("financial_hardship", "benign", "email",
     "Hello, can I pay this term's invoice by bank transfer rather than card? Our accounts team prefers BACS. "
     "Invoice KL-20931. Thanks, Sophie"),
    ("financial_hardship", "sensitive", "sms",
     "cant pay till the 28th, universal credit doesnt land before then. sorry, please dont cancel the lessons"),
    ("financial_hardship", "benign", "sms",
     "just paid the invoice, sorry, completely forgot till now"),
    ("financial_hardship", "sensitive", "chat",
     "a debt collection agency rang me about the february invoice?? I didn't even know it had gone that far || "
     "Agent: I'm sorry, let me check. It was passed on after three reminders. || I've had no money since my hours "
     "got cut, I was going to call you || Agent: I'll recall it and we can set up a plan directly."),
    ("financial_hardship", "benign", "chat",
     "my card got declined on the eyrie, turns out it expired last month. updated it now, can you retry? || Agent: "
     "Done, payment went through. || brilliant"),
    ("financial_hardship", "sensitive", "agent_note",
     "Customer confirmed she has entered an IVA. Agreed payment arrangement of £10 per month towards the £240 "
     "balance; late fees waived. Review in six months."),
    ("financial_hardship", "benign", "agent_note",
     "Duplicate charge of £45 on 3 March caused by a payment gateway retry. Refunded in full, customer informed "
     "by email."),
    ("financial_hardship", "sensitive", "voicemail",
     "Hi, it's Lorraine Pascoe. We've been served an eviction notice and we've got to be out by the end of the "
     "month, so I need to stop the lessons for now. I can't pay the last invoice at the moment either. Please "
     "call me back."),
    ("financial_hardship", "benign", "voicemail",
     "Hello, this is Raj from Thornbury Debt Advice Centre. We're a charity and we'd like to buy adult numeracy "
     "sessions for some of our clients, paid by us. Could someone from sales call me on 07700 900661?"),
    ("financial_hardship", "sensitive", "call_transcript",
     "I was declared bankrupt in October || Agent: Thanks for letting us know. Is this about your outstanding "
     "balance? || Yes, does it go to the official receiver now or do I still owe you? || Agent: We'll register it "
     "as a claim with the receiver, so please don't pay us directly."),
    ("financial_hardship", "benign", "call_transcript",
     "Is the Fledge exam fee VAT exempt? || Agent: Exam entry fees are outside the scope of VAT, yes. || Great, "
     "my employer is paying and wanted to know || Agent: I'll put that on the receipt for you."),
    ("financial_hardship", "sensitive", "web_form",
     "Bursary application. I'm a full-time carer for my husband and we live on Carer's Allowance and his PIP. "
     "I'd like to do GCSE maths to get back into work one day but I can't pay the full price."),
    ("financial_hardship", "benign", "web_form",
     "Do you accept purchase orders from companies? Our firm is funding my Level 3 English and finance need a PO "
     "before they can pay."),
    ("financial_hardship", "sensitive", "review",
     "When I told them I was struggling to pay after losing my job, they froze my account without a single fee "
     "and let me restart when I could. Decent people."),
    ("financial_hardship", "benign", "review",
     "Pricey compared to the high street, but worth every penny. My tutor was brilliant."),
    ("financial_hardship", "sensitive", "in_app",
     "Can I pay the exam fee in three instalments? It's been a choice between the heating and food this winter "
     "and I can't find £150 in one go."),
    ("financial_hardship", "benign", "in_app",
     "Can I move my direct debit date to the 15th? It lines up better with when I get paid."),
    ("financial_hardship", "sensitive", "dm",
     "card got declined because I'm right at the end of my overdraft and rent is due friday. can the invoice wait "
     "2 weeks?"),
    ("financial_hardship", "benign", "dm",
     "whats your refund policy if I cancel halfway through a 10 lesson block?"),
    ("financial_hardship", "sensitive", "email",
     "I'm embarrassed to write this, but we've been using the food bank since Christmas and I can't cover the "
     "Nestbox subscription any more. Please cancel it, and if there's anything owed could I pay a bit at a time?"),
    ("financial_hardship", "benign", "email",
     "Hi, is the A-level Economics pack updated for this year? The recession and unemployment section in my old "
     "copy still uses 2019 figures."),
    ("financial_hardship", "sensitive", "chat",
     "need to cancel, my husband's business went under last month and we're behind on everything || Agent: I'm "
     "sorry to hear that. I can cancel with no notice fee. || thank you, that's one less thing"),
    ("financial_hardship", "benign", "chat",
     "the invoice says overdue but I paid on the 3rd? || Agent: I can see your payment, it just hadn't matched "
     "yet. All clear now. || phew"),
    ("financial_hardship", "sensitive", "agent_note",
     "Customer said bailiffs visited last week over council tax arrears. Requested to put all Kestrel Lane "
     "payments on hold. Hold applied for 8 weeks; no reminders to be sent."),
    ("financial_hardship", "benign", "agent_note",
     "Customer asked for itemised receipts for her employer's training reimbursement scheme. Sent PDFs for "
     "January to April."),
    ("financial_hardship", "sensitive", "sms",
     "can we drop to every other week? hours cut at work and im behind on the council tax"),
    ("financial_hardship", "benign", "sms",
     "broke my tablet screen, can I join the lesson on my phone instead?"),
    ("financial_hardship", "sensitive", "call_transcript",
     "I'm on jobseeker's at the minute || Agent: Okay, are you asking about our reduced-fee places? || yes, I "
     "need my English qualification for the jobs I'm going for but I've got nothing spare || Agent: Let's get "
     "you on the list, it's a short form."),
    ("financial_hardship", "benign", "call_transcript",
     "Do you run a bursary scheme? I'm writing the newsletter for our home-ed co-op and want to mention it || "
     "Agent: Yes, we fund a limited number of places each term. || Where do people apply? || Agent: There's a "
     "form on the Fees page."),
    ("financial_hardship", "sensitive", "web_form",
     "Hardship fund application. Single parent on a zero-hours contract. I took out a payday loan to cover the "
     "last two invoices and now I'm paying that back too. Asking for help with the next term."),
    ("financial_hardship", "benign", "web_form",
     "Is there a discount for paying a full year upfront rather than monthly? Comparing a few providers."),
    ("financial_hardship", "sensitive", "voicemail",
     "Hiya, it's Gemma. The house is being repossessed, we're moving in with my sister next week, so can you "
     "stop the direct debit and put everything on hold? Ta."),
    ("financial_hardship", "benign", "voicemail",
     "Hi, I got a final reminder email this morning but it's for an account I closed back in 2022. Could someone "
     "check and let me know it's an error? Much appreciated."),
    ("financial_hardship", "sensitive", "in_app",
     "Please stop the direct debit. I've gone onto a debt management plan and the adviser said I have to cancel "
     "anything non-essential until it's sorted."),
    ("financial_hardship", "benign", "in_app",
     "Where can I download last year's invoices for my self-assessment tax return?"),
    ("financial_hardship", "sensitive", "review",
     "Couldn't afford to carry on after the redundancy, and the team let me pause for three months without a "
     "penalty. That kindness is why I'm back."),
    ("financial_hardship", "benign", "review",
     "The 'Money Matters' financial literacy pack is great for adult learners. Budgeting, payslips and interest "
     "all explained simply."),
    ("financial_hardship", "sensitive", "dm",
     "had to borrow off my mum to pay the last invoice and I can't do that again. is there a cheaper option?"),
    ("financial_hardship", "benign", "dm",
     "I'm a mortgage adviser by day - any chance of tutoring maths for you in the evenings?"),
    # ---- children
    ("children", "sensitive", "email",
     "Hello, I'm looking for a maths tutor for my 11-year-old, Freddie. He finds fractions really hard and he's "
     "starting secondary in September, so I'd like to get him more confident over the summer. Weekday afternoons "
     "suit us best. Thanks, Anna Whitfield"),
    ("children", "benign", "email",
     "Hi, what age do you tutor from? I'm putting together a list of local providers for a community noticeboard "
     "and want to get the details right."),
    ("children", "sensitive", "chat",
     "hi I'm booking for my granddaughter Ava, she's 7 and her reading has gone backwards this year || Agent: Lovely, "
     "I can match her with a primary literacy tutor. Would she do online or in person? || online, she's good on "
     "the ipad"),
    ("children", "benign", "chat",
     "setting up the eyrie was child's play, but where do I add a second payment card? || Agent: Under Billing, "
     "then Payment methods. || got it"),
    ("children", "sensitive", "sms",
     "Ellie in Yr4 has a school trip tues so cant do the 4pm. wed instead? thx"),
    ("children", "benign", "sms",
     "rescheduling pls, im at my nephew's wedding on sat. any slot sun?"),
    ("children", "sensitive", "agent_note",
     "New learner DOB 12/03/2014. Profile switched to under-13 settings; recording consent collected from mother "
     "on the call."),
    ("children", "benign", "agent_note",
     "Hollybank Primary ordered 45 Year 3 reading packs on the school account. PO received, dispatch Monday."),
    ("children", "sensitive", "web_form",
     "Learner details. Name: Ruben Sharma. Date of birth: 9 June 2016. Current school: Elmfield Juniors. Subject "
     "needed: English, mainly handwriting and spelling."),
    ("children", "benign", "web_form",
     "Do all your tutors have enhanced DBS checks, and are they renewed? We're a home-ed group and need to know "
     "before we book anyone."),
    ("children", "sensitive", "dm",
     "im 15 and my parents dont know I signed up, I paid with my own card. can I still keep the lessons going?"),
    ("children", "benign", "dm",
     "is the 11+ practice pack the GL style or CEM style? need the right one"),
    ("children", "sensitive", "email",
     "Dear Kestrel Lane, I'm the Year 2 class teacher at Brookside Primary. One of my pupils, Noor, has been "
     "offered tutoring funded by the school and her parents have agreed. Could you set up a phonics tutor for her, "
     "two sessions a week?"),
    ("children", "benign", "email",
     "Hello, I'm 34 and going back to GCSE maths after fifteen years. Is there a tutor who works with adults who "
     "are, frankly, a bit terrified of numbers?"),
    ("children", "sensitive", "call_transcript",
     "He wants to sit GCSE maths early || Agent: How old is he now? || He's only 14, but he's already done the "
     "higher paper at home and got a 7 || Agent: We can enter him as a private candidate with Fledge, no problem."),
    ("children", "benign", "call_transcript",
     "Can one family account have several learners on it? || Agent: Yes, up to six learner profiles under one "
     "payer. || And each gets their own tutor? || Agent: Each learner can be matched separately."),
    ("children", "sensitive", "voicemail",
     "Hi, it's Claire Dunmore, calling about my twins, they're nine. They've both been matched with the same tutor "
     "and I'd really like them split up, they just wind each other up. Call me back please."),
    ("children", "benign", "voicemail",
     "Hello, this is Maple Grove Nursery. We'd like to order the early phonics flashcard sets, ten boxes, and "
     "wondered about a bulk discount. Number is 07700 900150."),
    ("children", "sensitive", "in_app",
     "Add learner: Mabel Fox, born April 2018. Please match with a reading tutor, Saturday mornings only."),
    ("children", "benign", "in_app",
     "The Kids' Corner tab in the app just shows a spinning wheel. Reinstalled, same thing."),
    ("children", "sensitive", "review",
     "My 6 year old adores Miss Tan. She turns phonics into a game and he asks every day whether it's a tutor day."),
    ("children", "benign", "review",
     "As a 52-year-old learner I expected to feel out of place, but my English tutor treated me like an adult "
     "and I passed."),
    ("children", "sensitive", "web_form",
     "Fledge exam entry. Candidate: Ishaan Rao, home educated, age 13. Subject: IGCSE Mathematics, May/June "
     "series. Parent will accompany him to the centre."),
    ("children", "benign", "web_form",
     "What's the minimum age for a Fledge exam entry, and do candidates under 16 need an adult with them on the "
     "day? General question for our co-op's handbook."),
    ("children", "sensitive", "agent_note",
     "Student is 12. Dad gave consent for lesson recordings but asked that the camera stays off on the student's "
     "side. Tutor informed."),
    ("children", "benign", "agent_note",
     "Adult learner's son (27) asked to be added as a second learner for Level 2 English. Created separate "
     "profile and invoice."),
    ("children", "sensitive", "chat",
     "im in year 10 and i think my tutor is going too fast for me, can i get a different one without my dad "
     "finding out? || Agent: We can look at that. Your dad is the account holder, so he'd need to agree a change. "
     "|| ugh ok"),
    ("children", "benign", "chat",
     "im in year 2 of my degree and want to tutor A-level chem part time, do you take students? || Agent: Yes, if "
     "you have an A or A* in the subject. || I got an A*"),
    ("children", "sensitive", "email",
     "Our son Alfie turns 16 in May and we'd like to move his account over to him so he can book his own lessons. "
     "Is that possible before his birthday, or do we have to wait?"),
    ("children", "benign", "email",
     "Hi, could you tell me whether lessons carry on through school half-terms, or is everything paused in line "
     "with the school calendar?"),
    ("children", "sensitive", "sms",
     "Theo's 8th birthday party is sat so can we move his lesson to sunday am?"),
    ("children", "benign", "sms",
     "the year 11 revision bundle arrived with pages 40-56 missing"),
    ("children", "sensitive", "call_transcript",
     "It's for my grandson || Agent: Lovely, what year is he in? || Year 7 at Hillcrest, only started in September "
     "and he's struggling with the homework || Agent: I'll look for a KS3 tutor with evening slots."),
    ("children", "benign", "call_transcript",
     "Do you have a kids' rate and an adult rate, or is it one price? || Agent: It's one hourly price by level, "
     "not by age. || And GCSE is the same as A-level? || Agent: A-level is slightly higher."),
    ("children", "sensitive", "dm",
     "hi! my daughter is 4, is that too young for phonics tutoring or should I wait a year?"),
    ("children", "benign", "dm",
     "does the Tiny Tots early maths pack come with the counting bears or just the cards?"),
    ("children", "sensitive", "in_app",
     "Please change Isla's school year from Year 5 to Year 6 on her profile. The tutor is still sending her Year 5 "
     "worksheets."),
    ("children", "benign", "in_app",
     "How do I turn on parental controls for the Kestrel Live chat box? Can't see the setting anywhere."),
    ("children", "sensitive", "review",
     "Our tutor got my ten-year-old through the 11+ and into Kingsmead Grammar. Couldn't be happier."),
    ("children", "benign", "review",
     "Bought the Children's Book Week pack for our library's reading club. Lovely activities, easy to print."),
    ("children", "sensitive", "web_form",
     "Wingspan assessment request. Child: Harry Bellamy, age 9, Year 4. Concerns: reading well below his "
     "classmates, reverses letters, avoids writing."),
    ("children", "benign", "web_form",
     "Can our school pay for Kestrel Live tutoring out of pupil premium funding? What paperwork do you provide "
     "for audits?"),
    ("children", "sensitive", "email",
     "Hello, I'm the SENCO at Castleford Road Primary. We'd like to refer Jayden Moore (Year 3, DOB 02/10/2017) "
     "for a Wingspan assessment. His parents have signed the consent form, attached."),
    ("children", "benign", "email",
     "Hello, I run a registered childminding business and I'd like to buy the EYFS activity packs. Do you offer a "
     "trade account?"),
    ("children", "sensitive", "chat",
     "my stepdaughter is 13 and really shy on camera, could the tutor start with audio only? || Agent: Absolutely, "
     "I'll let the tutor know to start with voice and a shared whiteboard. || thank you"),
    ("children", "benign", "chat",
     "how many students can join one group lesson? || Agent: Up to six in a Kestrel Live group. || and is it "
     "cheaper per person? || Agent: Yes, about 40% less than one-to-one."),
    ("children", "sensitive", "agent_note",
     "Parent asked to book lessons for her toddler (2 years 3 months). Advised our youngest learners start at 4; "
     "sent Tiny Tots pack info instead."),
    ("children", "benign", "agent_note",
     "Riverside Youth Club booked two group literacy sessions for their volunteer leaders. Adults only; invoice "
     "to club treasurer."),
    ("children", "sensitive", "voicemail",
     "Hi, it's Mrs Lowe, Archie's mum. He's twelve and he told me the tutor gave him her personal number to text. "
     "I'm not comfortable with that, can someone call me back today please?"),
    ("children", "benign", "voicemail",
     "Hi, I'm calling about a gift voucher for tutoring. I'd like to buy one worth £100 as a present and have it "
     "emailed. Ta very much."),
    ("children", "sensitive", "sms",
     "ruby's only 5 so can her lessons be 30 min not an hour? she loses focus"),
    ("children", "benign", "sms",
     "baby steps but I'm finally getting the hang of algebra, thanks Kev"),
    ("children", "sensitive", "call_transcript",
     "I'd like to book lessons for myself || Agent: Of course, can I take your date of birth? || It's 14 August "
     "2009, I'm 16 || Agent: Thanks. As you're under 18 we'll need a parent or guardian to confirm the account."),
    ("children", "benign", "call_transcript",
     "I need to do an ID check for my tutor application || Agent: Sure, can you confirm your date of birth? || 3rd "
     "of March 1988 || Agent: Thanks, that matches. You'll get the DBS link by email."),
    ("children", "sensitive", "in_app",
     "My son is in Reception and the tutor is setting far too much writing. Can she do more speaking and "
     "listening?"),
    ("children", "benign", "in_app",
     "The Key Stage 2 grammar pack - does it follow the current national curriculum or the old one?"),
    ("children", "sensitive", "review",
     "I'm 14 and I was really nervous but my chemistry tutor explains things like a normal person. I actually "
     "like science now."),
    ("children", "benign", "review",
     "Bought 30 of the Year 6 SATs packs for our school. Solid practice papers and the mark schemes are clear."),
    ("children", "sensitive", "dm",
     "what time is his lesson on mon? he goes into Year 9 in sept and we want to keep the same slot"),
    ("children", "benign", "dm",
     "are you doing a back-to-school sale on the revision packs this year?"),
    ("children", "sensitive", "web_form",
     "Private candidate registration. Candidate name: Evie Marsh. Date of birth: 03/07/2011. Subjects: English "
     "Language, Biology. Home educated since 2019."),
    ("children", "benign", "web_form",
     "Do you accept private candidates from outside Yorkshire at the Fledge Leeds centre? Travelling from "
     "Lincoln."),
    ("children", "sensitive", "email",
     "Hi, I'm a foster carer and I've recently had a ten-year-old placed with me. Her social worker has approved "
     "tutoring for maths and English. Can the invoices come to me while the council reimburses?"),
    ("children", "benign", "email",
     "Hello, I'm a teaching assistant and I'd like to do your Level 3 English course to help me move into teacher "
     "training. Do you run evening sessions?"),
    ("children", "sensitive", "agent_note",
     "Sibling booking: Zara (Year 3) and Kai (Year 6), same family account. Mum wants back-to-back slots with the "
     "same tutor on Tuesdays."),
    ("children", "benign", "agent_note",
     "Updated the junior tutor job advert: minimum age 18, A-level in the subject, enhanced DBS required."),
    ("children", "sensitive", "chat",
     "the portal says Mason is 13 but he's 12, his birthday's in december. can you fix it? || Agent: Sorry about "
     "that! What's his date of birth? || 9 december 2013"),
    ("children", "benign", "chat",
     "under-13 accounts - what's your policy on parental consent? writing our school's tech guidance || Agent: "
     "Under 13s need a parent or school to hold the account. || just what I needed"),
    ("children", "sensitive", "voicemail",
     "Hello, it's Jean, I'm ringing for my nephew Callum, he's seven, and his mum asked me to sort out his reading "
     "lessons while she's away. Could you call me back on 07700 900301?"),
    ("children", "benign", "voicemail",
     "Hi, Grace here from Hartley Academy's PTA. We're hosting a parents' evening and wondered if someone from "
     "Kestrel Lane could run a stall. Give me a ring."),
    ("children", "sensitive", "sms",
     "Leo turns 11 next wk, could the tutor do a quick 11+ mock before his exam on the 14th?"),
    ("children", "benign", "sms",
     "junior science pack arrived, the class loved the volcano experiment"),
    ("children", "sensitive", "email",
     "We home educate our three, who are 6, 9 and 12, and we're looking for one tutor who could do a combined "
     "science session for all of them on Wednesdays. Is that something PerchMatch can find?"),
    ("children", "benign", "email",
     "Is there a way to print the Eyrie lesson calendar? I like to stick it on the fridge so I remember my own "
     "sessions."),
    ("children", "sensitive", "call_transcript",
     "She's in Year 11 and the mocks are in November || Agent: Which subjects are worrying her most? || Maths and "
     "physics, she's predicted 4s and wants 6s for sixth form || Agent: I'll look for a tutor who can cover both."),
    ("children", "benign", "call_transcript",
     "Do lessons continue in August? || Agent: Yes, tutors set their own availability over summer. || I'm a "
     "teacher myself so summer is when I've got time to study || Agent: Plenty of slots then."),
    ("children", "sensitive", "in_app",
     "Uploaded a photo of Poppy for her profile. She's 8 - can you make sure only her tutor can see it?"),
    ("children", "benign", "in_app",
     "Profile photo upload fails with 'file too large'. It's a 4MB jpg of me. What's the limit?"),
    ("children", "sensitive", "review",
     "My grandson is nine and has always hated reading. Three months with Mr Pryce and he's asked for a library "
     "card. Worth every penny."),
    ("children", "benign", "review",
     "The TeenTalk PSHE pack worked well with our youth group leaders. Discussion cards were the highlight."),
    ("children", "sensitive", "web_form",
     "Tutor request. Student's school: St Bede's Primary, Year 3. Needs help with times tables and telling the "
     "time. Parent contact: d.ward@example.com"),
    ("children", "benign", "web_form",
     "How do I apply to be a tutor? I'm 19 and at university studying maths, and I have a clean DBS from my "
     "summer camp job."),
    ("children", "sensitive", "dm",
     "can I book a tutor without my mum? I'm 13 and I've got birthday money"),
    ("children", "benign", "dm",
     "does the reception phonics flashcard set come laminated? last lot got chewed up at our playgroup"),
    ("children", "sensitive", "agent_note",
     "Caller was a 15-year-old learner asking to reset her own password and change the email to hers. Explained "
     "the parent must approve the change; sent request to the account holder."),
    ("children", "benign", "agent_note",
     "Customer asked if the Little Learners bundle suits a nursery setting. Confirmed it's designed for EYFS "
     "groups; sent the sample pages."),
    ("children", "sensitive", "chat",
     "both my twins were born in 2015, do they go in the same Fledge group or different ones? || Agent: They'd be "
     "in the same KS2 band. || great, less driving"),
    ("children", "benign", "chat",
     "your website is a playground for bugs today lol, the basket keeps emptying || Agent: Sorry! We're fixing a "
     "checkout issue now. || no rush"),
    ("children", "sensitive", "email",
     "Hi team, one of my students, Ben, who's 10, has mentioned he can't see the board in his classroom. I'm only "
     "his tutor, but should I let his parents know through the Eyrie or is that for the office?"),
    ("children", "benign", "email",
     "Hello, I'm coordinating the school book fair and wondered if Kestrel Lane would like a table. Open to all "
     "educational suppliers."),
    ("children", "sensitive", "sms",
     "poppy's just started nursery so mornings are out now, afternoons from 1?"),
    ("children", "benign", "sms",
     "finished grade 8 piano so have more time for maths lessons now!"),
    ("children", "sensitive", "voicemail",
     "Hiya, my lad's only in Year 1 and he's struggling to hold a pencil properly. Does anyone there do handwriting "
     "with little ones? Call back on 07700 900774."),
    ("children", "benign", "voicemail",
     "Hi, it's Tessa from the junior tutor team, just letting you know I've updated my availability for next term. "
     "No need to call back."),
    ("children", "sensitive", "call_transcript",
     "He's 17 and doing three A-levels || Agent: And he wants help with which one? || Further maths mostly, he's "
     "fine with physics || Agent: I'll match him with a further maths specialist."),
    ("children", "benign", "call_transcript",
     "Do your tutors handle teenagers well? I'm putting together a guide for our youth club || Agent: Many tutors "
     "specialise in KS3 and KS4. || thanks, I'll mention that || Agent: Happy to send a leaflet."),
    ("children", "sensitive", "in_app",
     "Exam entry for my daughter, DOB 22/11/2010. She'll be taking GCSE History and RS this summer."),
    ("children", "benign", "in_app",
     "Can I gift the Year 5 maths pack to another account holder? There's no gift option at checkout."),
    ("children", "sensitive", "review",
     "Our son (Year 8) went from hiding his maths book to showing it off. The tutor matched through PerchMatch was "
     "spot on."),
    ("children", "benign", "review",
     "Good resource for the GCSE Child Development course. The pack covers milestones and play really clearly for "
     "adult learners like me."),
    # ---- special_categories
    ("special_categories", "sensitive", "sms",
     "cant do friday evening lessons any more, we've started keeping shabbat properly. sun-thurs only pls"),
    ("special_categories", "benign", "sms",
     "what are your christmas closure dates? want to book the last lesson before the break"),
    ("special_categories", "sensitive", "email",
     "Hello, during Ramadan I'll be fasting, so the 5pm sessions are hard because I'm flagging by then. Could we "
     "move my English lessons to after we break the fast, around 9pm, for the month? Many thanks, Yusuf"),
    ("special_categories", "benign", "email",
     "Hello, we're St Mary's Church in Thornbury and we'd like to host a weekly adult literacy group in our hall "
     "using one of your tutors. Could you send us a quote for a ten-week term?"),
    ("special_categories", "sensitive", "chat",
     "bit of a random one, I was baptised last month and my new church runs a study group on tuesday nights, can "
     "we move my maths to wednesday? || Agent: Congratulations! Wednesday at 7 is free with your tutor. || perfect"),
    ("special_categories", "benign", "chat",
     "does your RS tutor cover Buddhism and Christianity for the GCSE, or only Islam? || Agent: Our RS tutors cover "
     "all the common exam board religions. || cool, need the buddhism one"),
    ("special_categories", "sensitive", "agent_note",
     "Tutor asked to keep Sundays clear permanently as he is a lay preacher at his chapel and leads two services. "
     "Availability updated."),
    ("special_categories", "benign", "agent_note",
     "Hope Street Methodist Church (organisation account) paid invoice KL-30177 for their community maths group. "
     "Marked as settled."),
    ("special_categories", "sensitive", "web_form",
     "About me: I left the Jehovah's Witnesses last year after growing up in it, and I missed a lot of education "
     "along the way. I'm 24 and want to do GCSE English and maths. Evenings please."),
    ("special_categories", "benign", "web_form",
     "Is the Faith and Festivals pack suitable for a KS2 RE scheme of work? We're a community primary and need "
     "coverage of six world religions."),
    ("special_categories", "sensitive", "voicemail",
     "Hi, my name is Harjit. I'm sitting my exam at the Fledge centre next week and I wear a kara and a small "
     "kirpan as part of my faith. I wanted to check what the centre's arrangements are so there's no problem on the "
     "day. Bye for now."),
    ("special_categories", "benign", "voicemail",
     "Hello, it's Mark from the office at St Cuthbert's C of E Academy. We'd like to order thirty of the GCSE "
     "Religious Studies packs. Could you send a pro forma invoice? Thanks ever so much."),
    ("special_categories", "sensitive", "dm",
     "pls don't book me for thursday eve, it's diwali and we'll be at the mandir with the whole family"),
    ("special_categories", "benign", "dm",
     "honestly this chemistry pack is the holy grail, why didn't I find it sooner"),
    ("special_categories", "sensitive", "in_app",
     "Could you match me with a female tutor only? As a practising Muslim woman I'm not comfortable being one to "
     "one on camera with a man."),
    ("special_categories", "benign", "in_app",
     "Is there a setting to choose a tutor by gender? Just asking where the filter is, I can't find it."),
    ("special_categories", "sensitive", "review",
     "I was raised in a very strict evangelical household and I'm an atheist now. My philosophy tutor let me argue "
     "it all out without judgement. Exactly what I needed."),
    ("special_categories", "benign", "review",
     "The 'Big Questions' philosophy and ethics pack is superb. The arguments for and against God's existence are "
     "laid out really fairly."),
    ("special_categories", "sensitive", "email",
     "Hi, we're Irish Travellers and we move between sites through the year, so in-person tutoring never works for "
     "us. Can the Kestrel Live lessons continue wherever we are as long as there's signal?"),
    ("special_categories", "benign", "email",
     "Do you ship resource packs to the Republic of Ireland, and is there a customs charge on top?"),
    ("special_categories", "sensitive", "chat",
     "is there any chance of a tutor who's also Black? not a big deal but I'd just feel more relaxed || Agent: "
     "I can add that preference to your request and see who's available. || appreciate that"),
    ("special_categories", "benign", "chat",
     "is the black friday discount on the packs still running? || Agent: It ended Monday, sorry! || ah well, "
     "next year"),
    ("special_categories", "sensitive", "agent_note",
     "Learner came to the UK from Syria as a refugee in 2022; Arabic first language, some Kurdish. Wants ESOL "
     "then GCSE maths. Matched with Tutor L. Haddad."),
    ("special_categories", "benign", "agent_note",
     "Customer asked for a French GCSE tutor who can also help with the oral exam. Three matches sent."),
    ("special_categories", "sensitive", "call_transcript",
     "I need English GCSE for my nursing course || Agent: Great, is English your first language? || No, I'm "
     "Polish, I've lived here six years, speaking is fine but writing is hard || Agent: I'll find someone "
     "experienced with that."),
    ("special_categories", "benign", "call_transcript",
     "I want to learn Mandarin for work, do you do adult language tutoring? || Agent: We do, mainly for HSK exams. "
     "|| HSK 3 would be ideal || Agent: I'll send you three tutor profiles."),
    ("special_categories", "sensitive", "review",
     "Disappointed. Tutor was good on the content but asked where I'm 'really from' and made a joke about my accent. "
     "I'm British-Nigerian and was born in Croydon."),
    ("special_categories", "benign", "review",
     "The Black History Month pack is brilliant for our secondary school assemblies. Well researched and easy "
     "to adapt."),
    ("special_categories", "sensitive", "sms",
     "im romanian and my school certificates are in romanian, do you accept them or do i need translations?"),
    ("special_categories", "benign", "sms",
     "do you have a chinese new year craft pack in stock? need it by the 1st"),
    ("special_categories", "sensitive", "dm",
     "my tutor keeps calling me 'Jenny' but my name is Jiayi, I'm Chinese-Malaysian and I'd like her to say it "
     "properly. can you have a word?"),
    ("special_categories", "benign", "dm",
     "is there an EAL version of the GCSE English pack? for our school's language support department"),
    ("special_categories", "sensitive", "web_form",
     "Preferred tutor: someone who can speak Punjabi with my parents if they ever answer the door. We're a Sikh "
     "Pakistani-heritage family and my mum's English is limited."),
    ("special_categories", "benign", "web_form",
     "Does Kestrel Lane have an equality and diversity policy for tutor recruitment? Our local authority asks to "
     "see it before approving any supplier."),
    ("special_categories", "sensitive", "sms",
     "cant do sat morning, out canvassing for the greens before the by-election. sunday?"),
    ("special_categories", "benign", "sms",
     "exam centre still open on election day? isnt it a polling station"),
    ("special_categories", "sensitive", "email",
     "Hi, I'm standing as a Liberal Democrat candidate in the May council elections, so my evenings are going to "
     "disappear into leafleting for the next six weeks. Could I freeze my A-level Economics lessons until after "
     "polling day? Thanks, Oliver"),
    ("special_categories", "benign", "email",
     "Hello, we're Harbury Town Council. We'd like to offer free adult numeracy sessions to residents through "
     "Kestrel Lane. Who should I speak to about a contract?"),
    ("special_categories", "sensitive", "chat",
     "fyi I volunteer with my local conservative association so I won't discuss politics with the tutor if he "
     "brings it up lol || Agent: Understood! Tutors keep to the syllabus anyway. || good good"),
    ("special_categories", "benign", "chat",
     "do you have a tutor for A-level politics? specifically the US constitution and pressure groups || Agent: Yes, "
     "two specialists. || brill, send them"),
    ("special_categories", "sensitive", "agent_note",
     "Tutor reported learner repeatedly steers sessions onto Scottish independence, which he campaigns for. Tutor "
     "asked for guidance on keeping to the syllabus. Sent standard note."),
    ("special_categories", "benign", "agent_note",
     "Customer complained about 'office politics' at her workplace making it hard to find study time. Suggested "
     "early morning slots. No further action."),
    ("special_categories", "sensitive", "review",
     "My tutor spent half our session lecturing me about Brexit once he found out I'd voted Leave. Not what I pay "
     "for. Avoid."),
    ("special_categories", "benign", "review",
     "The GCSE Citizenship pack's section on Parliament, elections and the House of Lords is the clearest I've "
     "seen."),
    ("special_categories", "sensitive", "in_app",
     "Can my lessons avoid Wednesday evenings? I'm at the weekly Palestine solidarity vigil outside the town hall "
     "every week."),
    ("special_categories", "benign", "in_app",
     "The Politics A-level pack's PDF is missing the chapter on devolution. Downloaded twice."),
    ("special_categories", "sensitive", "web_form",
     "Tutor application, experience section: I taught history for twelve years and stood as a Green Party parliamentary "
     "candidate in 2019. Happy to tutor GCSE and A-level History."),
    ("special_categories", "benign", "web_form",
     "Could you make a pack on how elections work for adult ESOL learners? We're a council-funded community "
     "centre."),
    ("special_categories", "sensitive", "email",
     "Hello, just so you know, I'm the NEU rep at my school and term is about to get busy with ballots, so I might "
     "need to move my tutoring shifts around at short notice. Best, Helen Marr"),
    ("special_categories", "benign", "email",
     "Hi, I'm the education officer at a regional union branch office. We'd like to buy twenty functional skills "
     "maths places for our members. Could you quote?"),
    ("special_categories", "sensitive", "sms",
     "on strike with the union tmrw so free all day, can we do a morning lesson instead?"),
    ("special_categories", "benign", "sms",
     "the students union at my college said you do discounts? cheers"),
    ("special_categories", "sensitive", "chat",
     "can my union pay for my lessons? I'm in Unison and they fund learning for members || Agent: Yes, we can "
     "invoice Unison Learning directly if they send a voucher. || amazing, i'll ask my rep"),
    ("special_categories", "benign", "chat",
     "does the Politics pack cover the European Union and why the UK left? || Agent: Yes, chapter 7. || thanks"),
    ("special_categories", "sensitive", "agent_note",
     "Tutor says she has joined the GMB and wants her union rep to attend the meeting about the complaint against "
     "her. Agreed; meeting moved to the 12th."),
    ("special_categories", "benign", "agent_note",
     "Payment received from Northgate Credit Union on behalf of a member. Matched to invoice KL-30655."),
    ("special_categories", "sensitive", "call_transcript",
     "I'm the branch secretary for our union so my Thursday evenings are meetings || Agent: No problem, shall I "
     "take Thursdays out of your availability? || Yes please, and the odd Tuesday when we've got a dispute going "
     "|| Agent: I'll add a note."),
    ("special_categories", "benign", "call_transcript",
     "Can I combine my two accounts into one? || Agent: We can merge them. Which email should be kept? || The "
     "gmail one || Agent: Done, both learner histories are now under that login."),
    ("special_categories", "sensitive", "review",
     "I booked my maths tutor through our union learning rep at the warehouse and passed Level 2 first time. "
     "Couldn't have done it otherwise."),
    ("special_categories", "benign", "review",
     "Union flag bunting on the VE Day history pack is a nice touch. Our whole class made some."),
    ("special_categories", "sensitive", "voicemail",
     "Hi, it's Gareth. I'm on the picket line all this week so I won't be at my lessons. Back on Monday if the "
     "strike's over."),
    ("special_categories", "benign", "voicemail",
     "Hello, I'm phoning from the regional office of the teaching union. We'd like to discuss a partnership on "
     "CPD for members. Please call back."),
    ("special_categories", "sensitive", "in_app",
     "Please don't ring me at work about lessons. I'm a shop steward and management already keep an eye on who "
     "I'm talking to."),
    ("special_categories", "benign", "in_app",
     "Can I link my partner's account to mine so we share a single invoice?"),
    ("special_categories", "sensitive", "dm",
     "heads up I'm a delegate at the party conference that weekend so the saturday lesson won't happen. I'll "
     "be in Liverpool with the rest of the Labour lot"),
    ("special_categories", "benign", "dm",
     "is the Parliament week pack free for schools or paid? couldn't tell from the page"),
    ("special_categories", "sensitive", "email",
     "Hi, my wife Jo and I share the Eyrie account, so could you add her as a second payer? She'll take over the "
     "invoices while I'm on my course. Thanks so much, Kate Brennan"),
    ("special_categories", "benign", "email",
     "Hello, our secondary school would like the LGBT+ History Month assembly pack for February. Is there a "
     "version for KS3 and one for KS4?"),
    ("special_categories", "sensitive", "chat",
     "hi, it's Daniel, can my boyfriend sit in on my lesson on saturday? he's thinking of signing up too || "
     "Agent: Sure, just let the tutor know at the start. || great, his name's Sam"),
    ("special_categories", "benign", "chat",
     "got straight A's in my mocks thanks to my tutor!! || Agent: That's amazing, congratulations! || cheers, "
     "booking more for finals"),
    ("special_categories", "sensitive", "review",
     "As a gay man going back into education in my forties I was nervous about being judged. My tutor couldn't "
     "have cared less and just got me through Level 3."),
    ("special_categories", "benign", "review",
     "The chemistry pack explains Boyle's law and Gay-Lussac's law better than my college notes. Very happy."),
    ("special_categories", "sensitive", "sms",
     "its Leah, my girlfriend Shona will collect the books from reception fri, thats ok?"),
    ("special_categories", "benign", "sms",
     "does the RSE pack come with the teacher notes? for our school"),
    ("special_categories", "sensitive", "agent_note",
     "Learner complained the tutor made an offhand remark about 'the gays' after the learner mentioned he's "
     "bisexual and has a male partner. Complaint logged, tutor suspended pending review."),
    ("special_categories", "benign", "agent_note",
     "Customer asked whether our tutor code of conduct covers respect for LGBT+ learners, for her HR department. "
     "Sent the code of conduct PDF."),
    ("special_categories", "sensitive", "dm",
     "came out to my family last month and it's been grim at home. can I move my lessons to the library room "
     "instead of doing them from the house?"),
    ("special_categories", "benign", "dm",
     "do you do any pride month resources for youth groups? we run a monthly session"),
    ("special_categories", "sensitive", "voicemail",
     "Hello, this is Marcus Reid. My husband David will be paying the invoices from now on, so could you put his "
     "card on file and send the receipts to him? He's d.reid@example.com. Cheers, bye."),
    ("special_categories", "benign", "voicemail",
     "Hi, it's Mel from Fenwick Diversity Network, a local charity. We'd like to buy adult literacy sessions for "
     "our volunteers. Call me back on 07700 900823."),
    ("special_categories", "sensitive", "in_app",
     "Please add my partner Lewis as a second contact. We're a same-sex couple and we're about to adopt, so the "
     "social worker wants both of us on record for any learning support."),
    ("special_categories", "benign", "in_app",
     "How do I add a second contact to the account? The plus button does nothing."),
    ("special_categories", "sensitive", "email",
     "Slightly awkward, but my partner and I are polyamorous and I'd like my other partner, Rosa, added as an "
     "emergency contact alongside him. Is there a limit on how many I can have?"),
    ("special_categories", "benign", "email",
     "Hi, does the A-level Biology pack include the chapter on sexual reproduction in plants and humans? My old "
     "version skipped fertilisation."),
    ("special_categories", "sensitive", "sms",
     "sorry running late, coming straight from my date's flat haha. 10 mins"),
    ("special_categories", "benign", "sms",
     "loved today's lesson on the reproductive system, finally get the menstrual cycle diagram"),
    ("special_categories", "sensitive", "chat",
     "can you change the name on the account back to my maiden name? getting divorced after I had an affair, so "
     "yeah, fresh start || Agent: Certainly. Do you have proof of the name change? || deed poll, will upload"),
    ("special_categories", "benign", "chat",
     "is your RSE pack compliant with the statutory guidance? we're a secondary academy || Agent: Yes, updated for "
     "the latest guidance. || great"),
    ("special_categories", "sensitive", "voicemail",
     "Hi, it's Tom. I know this sounds odd, but I'm celibate, I took vows with my order last year, so I'd prefer a "
     "male tutor for in-person sessions. Thanks for understanding."),
    ("special_categories", "benign", "voicemail",
     "Hello, calling from Ashgrove Secondary. We need to order the relationships and sex education pack for Year "
     "9 classes. Please call our business manager."),
    ("special_categories", "sensitive", "dm",
     "ok this is embarrassing but I hooked up with someone last weekend and it turns out he's my tutor's "
     "brother. can I switch tutors quietly?"),
    ("special_categories", "benign", "dm",
     "does the biology pack cover contraception for the GCSE spec or just hormones?"),
    ("special_categories", "sensitive", "agent_note",
     "Learner explained a missed session: she had to go to the sexual health clinic after finding out her partner "
     "had been sleeping with someone else. No charge applied."),
    ("special_categories", "benign", "agent_note",
     "School asked if the RSE pack can be sent to the head of PSHE rather than the bursar. Delivery address "
     "updated."),
    ("special_categories", "sensitive", "email",
     "Hello, I've transitioned since my last exam entry and my name has changed from Ryan Hale to Rhiannon Hale. "
     "Please update my Fledge candidate record and certificates. I can send my deed poll."),
    ("special_categories", "benign", "email",
     "Could you send us Kestrel Lane's gender pay gap figures? We're a large employer considering you as our "
     "training provider and procurement requires it."),
    ("special_categories", "sensitive", "in_app",
     "My pronouns are they/them. I'm non-binary and would really appreciate it if my tutor knew before Monday."),
    ("special_categories", "benign", "in_app",
     "Is the pronouns field on the profile optional? I'd rather not fill in things I don't need to."),
    ("special_categories", "sensitive", "chat",
     "my certificate needs to show my name and gender as they are on my gender recognition certificate, not my "
     "old ones || Agent: Noted. Fledge can reissue with your current details. || thank you, it's been a long "
     "road"),
    ("special_categories", "benign", "chat",
     "is there an Mx option in the title dropdown? asking for our school's admin team || Agent: Yes, it's "
     "there with Mr, Mrs, Ms and Dr. || oh good"),
    ("special_categories", "sensitive", "agent_note",
     "Learner is trans and her previous name still shows on invoices and the tutor dashboard. Updated all "
     "records; asked IT to purge the old name from the search index."),
    ("special_categories", "benign", "agent_note",
     "Customer asked for a female tutor for her A-level maths as she'd feel more comfortable. Matched with Tutor "
     "K. Osei."),
    ("special_categories", "sensitive", "sms",
     "pls call me Alex from now on not Alexandra, im trans and using he/him. thanks"),
    ("special_categories", "benign", "sms",
     "can the tutor call me Sam? nobody calls me Samantha except my gran"),
    ("special_categories", "sensitive", "review",
     "The first place that got my pronouns right from day one, no fuss. As a trans woman that means more than "
     "you'd think."),
    ("special_categories", "benign", "review",
     "The 'Gender in Victorian Literature' pack was perfect for my A-level coursework. Great quotations."),
    ("special_categories", "sensitive", "call_transcript",
     "Our youngest has come out as trans and she's starting at the Fledge centre in September || Agent: Thank "
     "you for letting us know. What name should be on her record? || Maya, and she/her please || Agent: I'll "
     "make sure the centre has that."),
    ("special_categories", "benign", "call_transcript",
     "Do you record gender on the exam entry? || Agent: Only because the exam board asks for it. || Can it be "
     "left blank? || Agent: Not for the board, but it's kept confidential."),
    ("special_categories", "sensitive", "voicemail",
     "Hi, I'm a trans woman sitting an exam at your Leeds centre next month. Could someone tell me which toilets "
     "I'll be escorted to during the paper? I'd just like to know beforehand."),
    ("special_categories", "benign", "voicemail",
     "Hello, I'm the head of a girls' school and we'd like some female tutors for a maths intervention "
     "programme. Could you ring me back?"),
    ("special_categories", "sensitive", "email",
     "Hi, I carry the BRCA2 gene and I'm having preventive surgery in the spring, so I'll need to pause my "
     "course for about eight weeks. Can I keep the same tutor when I return? Lisa"),
    ("special_categories", "benign", "email",
     "Hello, the genetics chapter in the A-level Biology pack has an error in the Punnett square on page 62. The "
     "offspring ratio should be 3:1."),
    ("special_categories", "sensitive", "web_form",
     "New Wingspan referral. Background: genetic testing last year confirmed Fragile X syndrome. We would "
     "like a learning profile to share with the home-ed tutor."),
    ("special_categories", "benign", "web_form",
     "Do you sell the DNA extraction practical kit separately from the biology pack? Our home-ed group wants "
     "to run it together."),
    ("special_categories", "sensitive", "chat",
     "did one of those ancestry DNA kits and found out my dad isn't my biological father. anyway, need to change "
     "my surname on the account || Agent: Of course, I can do that for you. || ta"),
    ("special_categories", "benign", "chat",
     "do you have a tutor for genetic algorithms? it's for my computer science degree || Agent: Yes, a couple of "
     "CS tutors list it. || send them over please"),
    ("special_categories", "sensitive", "agent_note",
     "Parent shared genetic test results showing a 22q11 deletion for her son. Attached to the Wingspan file with "
     "consent; assessor to read before the session."),
    ("special_categories", "benign", "agent_note",
     "Tutor joked that teaching is 'in her DNA', her whole family are teachers. Added to her profile bio as "
     "requested."),
    ("special_categories", "sensitive", "dm",
     "huntington's runs in my family and I tested positive last month. I still want to finish my degree course but "
     "might need to slow down"),
    ("special_categories", "benign", "dm",
     "is the inheritance and variation worksheet in the KS3 pack or only GCSE?"),
    ("special_categories", "sensitive", "in_app",
     "Uploaded the microarray report showing my duplication on chromosome 15, for the access arrangements "
     "application. Please keep it confidential."),
    ("special_categories", "benign", "in_app",
     "The genetics quiz in the biology app says 'loading' forever."),
    ("special_categories", "sensitive", "call_transcript",
     "I'd like to pass the clinical geneticist's letter to the assessor || Agent: Yes, we can. What does it cover? "
     "|| My daughter's whole genome test, it found a variant linked to her learning difficulties || Agent: I'll "
     "get it to the assessor securely."),
    ("special_categories", "benign", "call_transcript",
     "Do you tutor the genetics option in A-level Biology? || Agent: Yes, most biology tutors cover it. || It's "
     "the epigenetics bit I'm stuck on || Agent: I'll note that for the match."),
    ("special_categories", "sensitive", "agent_note",
     "Learner enrolled in the Fledge face-match ID check; facial template stored against candidate 50881 for "
     "exam-day verification. Retention 12 months."),
    ("special_categories", "benign", "agent_note",
     "Customer asked if the app supports Face ID login. Explained it's on our roadmap; currently password and "
     "two-factor only."),
    ("special_categories", "sensitive", "in_app",
     "Please delete my face scan from the ID check. I don't want my facial data kept on your system after the "
     "exam."),
    ("special_categories", "benign", "in_app",
     "Fingerprint unlock on my phone works for everything but your app. Any plans to add it?"),
    ("special_categories", "sensitive", "call_transcript",
     "Your voice ID keeps failing me || Agent: Sorry about that. It compares your voice to the print recorded at "
     "sign-up. || My voice has changed a lot since then || Agent: I'll re-enrol your voiceprint now."),
    ("special_categories", "benign", "call_transcript",
     "Is the voice typing on Kestrel Live any good for essays? || Agent: It works well in Chrome. || Does it "
     "store my recordings? || Agent: No, nothing is kept after the session."),
    ("special_categories", "sensitive", "web_form",
     "My thumbprint was registered at the Fledge centre last summer for identity checks. I've since had an injury "
     "to that thumb, can a different finger be registered?"),
    ("special_categories", "benign", "web_form",
     "Does the Fledge centre use facial recognition on exam day? General question for our home-ed group's "
     "information leaflet."),
    ("special_categories", "sensitive", "email",
     "I've just found out the tutor recorded my voice in our lessons and has been using it to train an AI voice "
     "clone without asking. I want it destroyed and confirmation in writing."),
    ("special_categories", "benign", "email",
     "Hi, does the GCSE Computer Science pack cover biometrics and authentication, or only passwords? Need it for "
     "the security topic."),
    ("special_categories", "sensitive", "review",
     "They scanned my daughter's face at the exam centre without explaining where it's stored. We found out "
     "afterwards. Not good enough."),
    ("special_categories", "benign", "review",
     "Kestrel Live's new login is quicker, and the face unlock on the tablet app is handy."),
    ("special_categories", "sensitive", "chat",
     "can the exam centre reuse my fingerprint scan from last year's sitting or do I redo it? || Agent: We "
     "deleted it after 12 months, so you'll be re-scanned on the day. || fine"),
    ("special_categories", "benign", "chat",
     "does your website's fingerprint login work on android? || Agent: The website doesn't use fingerprints; your "
     "phone's password manager might. || oh ok"),
    ("special_categories", "sensitive", "in_app",
     "Please remove Jake as second payer. We were only ever friends with benefits and that's finished now, so "
     "he doesn't need to see my invoices."),
    ("special_categories", "benign", "web_form",
     "Do your tutors ever discuss personal relationships during lessons? Our company's training policy has to "
     "say what topics are off-limits for external providers."),
]


def wick_examples() -> list[dict]:
    """The wick split as labelled tickets (same shape as ``sensitive_eval.build_eval_set``'s)."""
    return stranger_examples("wick", ENTRIES, SUBJECTS)
