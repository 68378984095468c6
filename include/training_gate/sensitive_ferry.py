"""Ferry split: written by a helper who had not seen the detection rules, the anchors or any other split.
Setting: support traffic for an immigration and visa adviser, a certified document translation agency, an
international money transfer app used by families abroad, a language school for newcomers and a passport/ID
photo studio, over email, chat, SMS, calls, voicemail, web forms, reviews, DMs and agent notes, in UK, US,
Irish, Scottish, Indian, Pakistani, Nigerian, Ghanaian, Kenyan, South African, Australian, Filipino, Caribbean and
Singaporean English plus non-native English from Polish, Brazilian, Spanish, Arabic, Ukrainian and Chinese
speakers. The benign half reuses each category's words through document and product names, venues, idioms,
pets, TV and fiction, hypotheticals, negations, fee and policy questions and businesses in the field buying as
customers, without revealing anything sensitive about anyone.
First reading (policy 2026.11.13, before any change made in response to it; `sensitive_eval.evaluate`, as `make
eval-sensitive`): 95.7 / 10.7 recall / false exclusion in % as shipped, 95.7 / 16.4 without the overruling, 92.9 /
12.1 by the rules alone. Held out: never tuned or trained on, read as aggregates only."""

from __future__ import annotations

from training_gate.sensitive_blind import stranger_examples

SUBJECTS: tuple[str, ...] = (
    "Question about my application",
    "Appointment change request",
    "Re: your quote for certified translation",
    "Transfer pending",
    "Course enrolment",
    "Photo rejected - what now?",
    "Documents checklist",
    "Refund request",
    "Re: Re: booking reference",
    "Can someone call me back",
    "Account access",
    "Invoice query",
    "Urgent: travel date",
    "Update to my details",
)

ENTRIES: list[tuple[str, str, str, str]] = [
    # ---- health
    ("health", "sensitive", "email",
     "Dear ClearPath team, I need to move my biometrics appointment on 14 May. I'm halfway through chemotherapy "
     "for breast cancer and my oncologist says I can't sit in crowded waiting rooms until my counts recover. "
     "Could you ask for a later slot or a mobile visit? Kind regards, Janet Okafor-Reid"),
    ("health", "sensitive", "chat",
     "hi can i bring a small bag into the biometrics centre? || Agent: Only small clear bags are allowed. Is "
     "there something specific you need to bring? || yes my NovoRapid pens and the glucose meter, i inject "
     "before lunch and last time the queue was 3 hours || Agent: That's fine, just show them at the "
     "security desk."),
    ("health", "sensitive", "web_form",
     "Booking request - SnapID Leeds. I've used a wheelchair since my spinal injury and the booth on your site "
     "looks like it has a fixed stool. Is there a step-free studio where the photographer can shoot me seated? "
     "Preferred time: Saturday morning. Name: Callum Breen"),
    ("health", "sensitive", "email",
     "Hello Mrs Patel, I am sorry but I must pause my B1 course from next week. The doctors start me on "
     "radiotherapy five days a week for six weeks, so I cannot come to evening class. Is possible to freeze "
     "the payment and start again in autumn? Thank you, Katarzyna Wolska"),
    ("health", "sensitive", "email",
     "Need certified translation EN>PT of my hospital discharge summary. I was admitted with a heart attack in "
     "February and my insurer in Lisbon wants it in Portuguese. 3 pages. How much and how fast? Rui"),
    ("health", "sensitive", "thread",
     "Hi, the family visa is approved, thanks! Question about the flight - I'll be 34 weeks by the 20th "
     "and the airline wants a fit-to-fly letter from my midwife. Can we change the travel date on the "
     "vignette? || Agent: Congratulations! The vignette is valid until 2 August, so you can travel any "
     "time before that. || Great, then we'll fly earlier while they still let me on the plane."),
    ("health", "sensitive", "chat",
     "is there a quieter time to come in for fingerprints? last time the centre was packed and i had to walk out "
     "halfway, i'm on sertraline but crowds still set off the panic. early morning maybe? || Agent: The 8am "
     "slots are usually the calmest, shall I move you to Tuesday 8:10?"),
    ("health", "sensitive", "agent_note",
     "Agent note: Mr D. Haddad emailed via his sister. He is profoundly deaf and asks for a BSL interpreter or a "
     "text-only consultation for the spouse visa review. Booked 30-min chat slot, accessibility flag added."),
    ("health", "sensitive", "sms",
     "Good evening KinPay, pls why is my transfer to Kumasi still pending? Its for my father's dialysis, he goes "
     "three times a week and the unit wont do the session without paying first. Ref KP-88213"),
    ("health", "sensitive", "thread",
     "Update: the clinic doctor saw something on my chest X-ray and now I need three sputum samples before they "
     "issue the certificate. Will this delay the application? || Agent: I'm afraid we can't submit without the "
     "TB certificate. Once the culture results are back, usually 8 weeks, we file straight away. || 8 weeks?? "
     "ok, please keep my file open."),
    ("health", "sensitive", "sms",
     "sorry cant make class tmrw, had a seizure last nite (epilepsy) and still in A&E waiting for a bed. will "
     "email when im out - Yusuf, Elementary 2"),
    ("health", "sensitive", "email",
     "Hello, I'd like to book a passport photo but I have Bell's palsy and the left side of my face doesn't "
     "move, so I can't do an even neutral expression. Will the Passport Office reject it? Can your photographer "
     "advise before I pay? Thanks, Moira Galbraith"),
    ("health", "sensitive", "call",
     "Caller: My wife collapsed on Sunday, she's in intensive care at St Thomas's. Her brother in Nairobi needs "
     "to come, what is the fastest visa? || Agent: I'm so sorry. We can use the priority visitor service; we'll "
     "need a letter from the hospital confirming she's been admitted. || Caller: I'll ask the ward sister today."),
    ("health", "sensitive", "web_form",
     "Exam access request. Name: Lucas Ferreira. Course: IELTS prep Tue/Thu. I was assessed with dyslexia at "
     "college in Campinas and I read much slower than others. Can I have 25% extra time in the mock tests? "
     "Report attached."),
    ("health", "sensitive", "review_reply",
     "1 star. Locked out of my account for three weeks while I was in hospital after my surgery and nobody would "
     "let my husband sort it, so my mum's monthly transfer never went. || Agent: Hi Graca, we're really sorry. "
     "Please DM us and our security team will review the lock and explain third-party access."),
    ("health", "sensitive", "chat",
     "Hi, I need my prescription and last clinic letter translated into Spanish for my new GP in Valencia. It "
     "lists Biktarvy and my viral load results, is this kept confidential? || Agent: Yes, all our translators "
     "work under NDA. Send the PDF and we'll quote within the hour."),
    ("health", "sensitive", "email",
     "Hi KinPay, I'm trying to pay the clinic in Nicosia EUR 4,800 for our third IVF cycle and the app keeps "
     "stopping it for 'additional checks'. Egg collection is booked for the 12th, please release it today. "
     "Hannah Lowry"),
    ("health", "sensitive", "agent_summary",
     "Summary: Caller (Elementary evening group) has had long Covid since January and is exhausted after 30 "
     "minutes in class. Asked to switch to the online group for the rest of term. Approved pending manager OK."),
    ("health", "sensitive", "dm",
     "hi, my mum's dependant visa needs renewing but she has Alzheimer's now and can't sign or answer questions "
     "on a call. i'm her carer and hold the LPA. how do we do it? || Agent: Sorry to hear that. You can act as her "
     "representative - please send the LPA and a letter from her GP."),
    ("health", "sensitive", "web_form",
     "Translation request: my blood test results (lithium levels) and repeat prescription for Priadel 400mg, "
     "Polish to English, for registering with a GP here. Not urgent but before 1 June please. - Tomasz"),
    ("health", "benign", "email",
     "Hi, your invoice shows the Immigration Health Surcharge twice (GBP 1,035 x2) for my Skilled Worker "
     "application. I only paid it once on the gov site. Can you correct the invoice please? Thanks, Arjun Mehta"),
    ("health", "benign", "chat",
     "hello, I am working as staff nurse and need OET writing preparation only, not full course. kindly share "
     "batch timings || Agent: Our OET Writing for Healthcare Professionals runs Mon/Wed 7pm, 8 weeks. || "
     "ok please send fee details to my mail"),
    ("health", "benign", "email",
     "Good morning, Westbrook Private Clinic would like a quote for certified translations of 14 nursing diplomas "
     "and registration certificates for our new overseas recruits (Tagalog and Malayalam to English). Invoice to "
     "HR, PO 55102. Regards, Felicity Arden, HR Manager"),
    ("health", "benign", "chat",
     "this upload page is giving me a headache lol, keeps saying file too big and it's a 2mb pdf || Agent: "
     "Sorry! The limit is 5MB, could you try Chrome instead of the in-app browser? || worked, cheers"),
    ("health", "benign", "email",
     "Hi there, I need my dog's rabies vaccination certificate and vet health certificate translated into "
     "French for his pet passport - we're moving to Lyon with him in July. Two pages. Cheers, Declan"),
    ("health", "benign", "chat",
     "Had my photo done at the Boots pharmacy on High St and the online check rejected it for shadows. Can you "
     "redo it if I come in? || Agent: Of course, walk-ins until 5pm, GBP 7.99 for a digital code."),
    ("health", "benign", "sms",
     "Hi is your new classroom in the Old Infirmary Business Centre? Sat nav keeps taking me to the back car park"),
    ("health", "benign", "email",
     "Just a general question before I buy travel insurance: if a visitor got ill in the UK, would the NHS "
     "treat them for free or do they need private cover? Nothing wrong, just planning my trip in September."),
    ("health", "benign", "web_form",
     "The online form forces me to answer the 'medical conditions' question and I have none. Is 'N/A' acceptable "
     "or will it hold up the application? Ref CP-20417"),
    ("health", "benign", "chat",
     "teacher said watch Grey's Anatomy for listening practice but the doctors talk so fast haha. any easier "
     "series u recommend? || Agent: Try Call the Midwife with subtitles first, the speech is slower."),
    ("health", "benign", "email",
     "Hello, we run Brookfield Care Home and want to sponsor two carers under the Health and Care Worker route. "
     "What is your fee for handling the certificates of sponsorship? Best, Sandeep Grewal, Director"),
    ("health", "benign", "email",
     "Dear Lingua Certa, we are a pharmaceutical distributor and need our patient information leaflets for an "
     "antihistamine range translated into Arabic and French. 22 pages total. Please send a quote and timeline."),
    ("health", "benign", "chat",
     "the transfer purpose dropdown has family support, medical, education, gift... which one for sending "
     "my brother money for his birthday? || Agent: 'Gift' is perfect for that."),
    ("health", "benign", "thread",
     "Under GDPR please tell me what data you hold on me. || Agent: We hold your name, contact details, passport "
     "scan and payment history. We never collect medical information for photo orders. || Thanks, that's all."),
    ("health", "benign", "chat",
     "your app shows 'Photo Health Check: red' after i take the selfie. what is the health check?? || Agent: "
     "It's our automatic check for lighting, background and head position. Red usually means a shadow."),
    ("health", "benign", "email",
     "I nearly had a heart attack when I saw the priority fee - GBP 500 on top?! Is the standard service really "
     "8 weeks right now? Siobhan"),
    ("health", "benign", "chat",
     "saw on the news the TB test rule changed for applicants from some countries. does it apply to visitor "
     "visas or only long stays? || Agent: Only stays over 6 months. A visitor visa doesn't need it."),
    ("health", "benign", "web_form",
     "Bug report: Unit 7 'At the Doctor's' in the student portal - the listening audio won't play on iPhone. "
     "Other units are fine."),
    ("health", "benign", "email",
     "Hi, my employer is Northfield Medical Supplies Ltd and their sponsor licence letter is in Dutch. Can you "
     "translate and certify it for my visa bundle? 2 pages. Thanks, Pieter"),
    ("health", "benign", "agent_note",
     "Agent note: Customer asked whether our fee is refundable if the panel clinic cancels her visa medical "
     "appointment. Explained clinic fees are separate from ours. No further action."),
    # ---- children
    ("children", "sensitive", "email",
     "Hi, do you do passport photos for babies? Our son Mateo is 4 months old and can't hold his head up "
     "yet. Can we lay him on a white sheet, and do his eyes need to be open? Thanks, Lorena"),
    ("children", "sensitive", "chat",
     "hello i want to add my daughter to my dependant visa, she is 7 || Agent: Sure. We'll need her birth "
     "certificate, passport and proof you have sole or shared responsibility. || her dad is here with us, "
     "only i am main applicant || Agent: Then both parents sign the consent form, I'll email it."),
    ("children", "sensitive", "email",
     "Good afternoon, I need the school reports of my son translated from Romanian for the admissions team. "
     "He goes into Year 4 in September at Holly Lane Primary. 3 reports, 2 pages each. Mihaela Popescu"),
    ("children", "sensitive", "chat",
     "hiya, does the school do a summer club for newcomers? my wee one's in P6 and her English is still "
     "shaky, she only arrived in March || Agent: Yes! Our Junior Summer Club runs 8-11 year olds, 9am-1pm."),
    ("children", "sensitive", "email",
     "Hi po, my son is Grade 7 already back home, can he join your teen English class even if he is "
     "only 12? He is tall and shy hehe. Salamat, Marites Dizon"),
    ("children", "sensitive", "thread",
     "My son turns 15 next month - can he have his own card on our KinPay family plan? || Agent: Family "
     "cards are for 13+, so he can have one now with you as the account owner. || Great, add Jaden then. "
     "His school is in Birmingham, same address as mine."),
    ("children", "sensitive", "web_form",
     "Enquiry: Do you have weekend English for my 9yo? We moved from Kharkiv in January and she is in Year 5 "
     "but very quiet at school. Parent: Olena Kravets. Phone 07700 900 418"),
    ("children", "sensitive", "call",
     "Caller: The only biometrics slot is Thursday 11am but my daughter is in nursery until 12 and I have "
     "nobody to pick her up. Can I bring her? || Agent: Yes, children can come with a parent. || Caller: "
     "Ok o, thank you, we will come together."),
    ("children", "sensitive", "email",
     "Dear ClearPath, my daughter Aisha is doing her GCSEs in May and June. Our visas expire 30 April. "
     "Please can we extend so she doesn't have to move schools mid-exams? Regards, Imran Qureshi"),
    ("children", "sensitive", "chat",
     "need to send 5000 pesos to Cebu for my goddaughter's first communion on Sunday, the app says limit "
     "reached || Agent: Your weekly limit resets tomorrow at 00:00. || ay ok i will send tmrw morning"),
    ("children", "sensitive", "email",
     "Hi, my stepdaughter Freya is in Year 9 and has a school trip to Paris in March. She holds a UK "
     "residence card - will she be let back in with that, or does she need a separate travel document?"),
    ("children", "sensitive", "web_form",
     "Translation request: Spanish court order giving me sole custody of my son Leo (6) plus the consent "
     "letter for travel. Needed certified for his visa application. Name: Ana Ruiz"),
    ("children", "sensitive", "agent_note",
     "Agent note: Parent called about pupil Amara Bello, St Bride's Primary, class 3B. Photo ID card for the "
     "school bus pass was printed with the wrong date of birth (should be 12/02/2017). Reprint ordered."),
    ("children", "sensitive", "dm",
     "hey, how long does the photo code take for a child passport? it's for Tomas, born 2019, first "
     "passport. we fly in 5 weeks || Agent: The code is instant, HMPO currently takes about 3 weeks."),
    ("children", "sensitive", "email",
     "Hello, we need passport photos for our twins, they are 11 months. Do you have a slot where both can "
     "be done one after the other? They nap at 1. Thanks, Priya and Karan"),
    ("children", "sensitive", "thread",
     "Hi, my 16-year-old wants to do A levels here on a Child Student visa. Do you handle those? || Agent: "
     "Yes. Is the school a licensed sponsor? || Yes, Ashcombe Sixth Form. He's with his aunt in Croydon."),
    ("children", "sensitive", "review_reply",
     "2 stars. Staff were kind but the biometric centre had nowhere to sit and my toddler screamed for 40 "
     "mins. || Agent: Sorry Olu, we'll pass your feedback to the centre about a family waiting area."),
    ("children", "sensitive", "sms",
     "Abeg my transfer for Kofi JSS2 school fees never reach Lagos since Monday, term starts today. Ref "
     "KP-31772. Help me check"),
    ("children", "sensitive", "chat",
     "can my nephew enrol in the intensive course? he's 17, lives with me since last month || Agent: Yes, "
     "under-18s need a parent or guardian to sign. Are you his legal guardian? || yes i have the papers"),
    ("children", "sensitive", "email",
     "Hi, our baby girl was born on 3 March in Dubai and we need her birth certificate translated from "
     "Arabic for the UK passport application. How quickly can you do it? Best, Sarah & Omar"),
    ("children", "benign", "email",
     "Hello, Little Stars Nursery needs ID badge photos for our 12 staff members. Could your photographer "
     "come on site one morning? Invoice to the nursery please. Jo Whitaker, Office Manager"),
    ("children", "benign", "web_form",
     "The application keeps asking about dependants. I have no children and I'm applying alone - do I "
     "leave the section blank or write none?"),
    ("children", "benign", "email",
     "Slightly embarrassing - our new puppy chewed the corner of my BRP card. Is it still valid to travel "
     "with or do I need a replacement? Thanks, Gareth"),
    ("children", "benign", "thread",
     "What's your policy on photos of under-18s? I'm 19, do I sign the consent form myself? || Agent: Yes, "
     "from 18 you sign yourself; only under-18s need a parent's signature. || Perfect, booking now."),
    ("children", "benign", "dm",
     "your 'Kids English' ad keeps popping up on my feed. I'm 34, no kids, please show me the adult "
     "evening classes instead lol"),
    ("children", "benign", "chat",
     "they said the form would be child's play. it is not. where do i put my previous address? || Agent: "
     "Section 4, 'Address history' - it opens after you save section 3."),
    ("children", "benign", "email",
     "Hi Lingua Certa, we produce the animated children's series 'Bramble & Pip' and need subtitles for 26 "
     "episodes translated into Polish and Portuguese. Can you quote per minute? Ellis Media Ltd"),
    ("children", "benign", "chat",
     "random question, if we ever had a baby while on the spouse visa in future, would we need to apply "
     "for them separately? not planning yet just curious || Agent: Yes, a child born in the UK would need "
     "their own application unless they're British at birth."),
    ("children", "benign", "email",
     "Dear team, Riverside International School is hiring six teachers from abroad. We need their degree "
     "certificates translated and certified. Please invoice the school. M. Duval, Bursar"),
    ("children", "benign", "chat",
     "transfer to our supplier Kiddy Kingdom Toys Ltd in Shenzhen is on hold, it's a normal business "
     "invoice, 3,200 USD || Agent: Thanks, please upload the invoice and we'll release it today."),
    ("children", "benign", "chat",
     "no kidding, this is the third time i upload the same bank statement. did you receive it?? || Agent: "
     "Got it this time, sorry - the previous ones timed out."),
    ("children", "benign", "sms",
     "Hi, sending money to my kid brother in Accra (he's 28) and it asks for his ID number. Is that new?"),
    ("children", "benign", "email",
     "Do you offer a discount if my wife and I both get passport photos at the same appointment? Just "
     "the two of us. Thanks, Rahul"),
    ("children", "benign", "email",
     "Read in the news that child visa fees went up this month. Does the rise also affect adult visitor "
     "visas like the one my friend is applying for?"),
    ("children", "benign", "email",
     "Hello, I teach Year 6 at a primary school in Leicester and need my teaching licence from Zimbabwe "
     "translated and certified for a QTS application. Regards, Mrs T. Moyo"),
    ("children", "benign", "chat",
     "the placement test put me in 'Elementary'. is that a class for kids? i'm a grown woman haha || "
     "Agent: Not at all! Elementary is the level name, all our classes are adults 18+."),
    ("children", "benign", "web_form",
     "Your form flags my surname as invalid. My name is Robert Childs, with an s at the end. Please fix."),
    ("children", "benign", "chat",
     "what is 'Baby mode' in the SnapID app menu? i only need my own photo || Agent: It just relaxes "
     "the checks for infant photos, you can ignore it."),
    ("children", "benign", "agent_summary",
     "Summary: Caller (aged 26) asked if he qualifies for the Youth Mobility Scheme. Explained the 18-30 "
     "age range and the ballot dates. Sent the checklist by email."),
    ("children", "benign", "email",
     "Hi, I'm starting as an au pair in Bristol and the agency needs my childcare qualification "
     "translated from German. One certificate. How much? Lena"),
    # ---- financial_hardship
    ("financial_hardship", "sensitive", "email",
     "Hello, I lost my job at the end of last month and I honestly cannot afford the extension fee and "
     "your service charge before my visa runs out on the 28th. Is there any fee waiver I could apply "
     "for? I have about GBP 300 left. Marcin Zielinski"),
    ("financial_hardship", "sensitive", "chat",
     "hi i'm on UC since march and can't keep up the monthly payments for the B2 course. can i drop to "
     "one class a week? || Agent: We can move you to the Saturday-only group at half the monthly fee. || "
     "yes pls, thank u"),
    ("financial_hardship", "sensitive", "email",
     "Sorry I missed the online classes this week. The bailiffs came on Monday about the council tax and "
     "took the laptop, so I only have my phone now. Can I join by phone? Regards, Nadia"),
    ("financial_hardship", "sensitive", "thread",
     "Our landlord gave us a section 21 and we have to be out by 31 August. Where should the Home Office "
     "send letters if we don't have an address yet? || Agent: We can use our office as your correspondence "
     "address for now. || Thank you, we might be in temporary accommodation for a while."),
    ("financial_hardship", "sensitive", "chat",
     "pls cancel the scheduled transfer on the 1st, my overdraft is maxed and if it goes out i can't "
     "cover the rent || Agent: Done, the 1 June transfer is cancelled and nothing will be taken."),
    ("financial_hardship", "sensitive", "email",
     "Dear Lingua Certa, a debt collection agency has written to me about your unpaid invoice 7781. I'm "
     "not disputing it, I just have no money at the moment. Could we agree GBP 20 a month? Ngozi Eze"),
    ("financial_hardship", "sensitive", "web_form",
     "Question: I was declared bankrupt last year. Can I still be the financial sponsor for my mother's "
     "visitor visa, or will the bankruptcy count against her?"),
    ("financial_hardship", "sensitive", "voicemail",
     "Voicemail: Hi, it's Esi from Tuesday's class. I can't come on Thursday because that's the only "
     "day I can get to the food bank. Could you send the homework by WhatsApp? Thank you."),
    ("financial_hardship", "sensitive", "email",
     "Hi, I was made redundant on Friday and my Skilled Worker visa is tied to that employer. How long do I "
     "have, and can we pause your retainer? Savings won't last past July. - Dev"),
    ("financial_hardship", "sensitive", "chat",
     "can i pay for the translation in parts? i honestly can't afford 180 in one go right now, things "
     "are really tight || Agent: Yes, we can split it into three payments of 60."),
    ("financial_hardship", "sensitive", "email",
     "Hello, I'm in an IVA for the next four years and my insolvency practitioner says I need to tell "
     "you before taking on any payment plan. Can the course fee be paid term by term? Thanks, Carla"),
    ("financial_hardship", "sensitive", "chat",
     "my hours got cut to zero in January and we are three months behind on rent. is there cheaper "
     "option than priority service? || Agent: Standard service is GBP 250 less and still within your "
     "deadline, shall I switch you?"),
    ("financial_hardship", "sensitive", "email",
     "Good day KinPay, my business collapsed last quarter and I am owing suppliers everywhere. Please "
     "cancel the monthly standing transfer to my mother for now, I will restart when God helps. Emeka"),
    ("financial_hardship", "sensitive", "email",
     "Hi there, I got retrenched from the mine in March, so I need to cancel my Australian visa "
     "application and ask about a partial refund. We just can't swing it now. Thabo Nkosi, Rustenburg"),
    ("financial_hardship", "sensitive", "dm",
     "my visa says no recourse to public funds and we have 12 pounds until friday. is there any "
     "charity you know that can help with the photo fee for the renewal? || Agent: I'm sorry. We'll waive "
     "the photo fee - please come in any weekday."),
    ("financial_hardship", "sensitive", "agent_summary",
     "Summary: Customer in arrears on the course instalment plan. She told me she is on a debt management "
     "plan with a debt charity and can only pay GBP 15/month. Payment plan amended, fees frozen."),
    ("financial_hardship", "sensitive", "chat",
     "i pawned my wedding ring to pay the health surcharge, now the transfer bounced. why?? || Agent: The "
     "receiving bank rejected the name format. I've fixed it, it will go through in 2 hours."),
    ("financial_hardship", "sensitive", "email",
     "Please send my documents to the library, not to the old flat. Since the landlord kicked us out we "
     "have been sleeping in the car. I can collect at the library on Mill Road. Florin"),
    ("financial_hardship", "sensitive", "chat",
     "good pm po, my employer here in Riyadh has not paid my salary for 4 months so i cannot send to "
     "my family this month. can i stop the auto send? || Agent: Yes, I've paused your recurring transfer."),
    ("financial_hardship", "sensitive", "email",
     "Hi, I'm on the dole since the factory in Athlone closed, so I won't be renewing the Saturday "
     "conversation class this term. Can I get the deposit back? Thanks a million, Dara"),
    ("financial_hardship", "benign", "email",
     "Hi, I was charged twice for the certified translation (order LC-5521), two payments of GBP 64. "
     "Please refund the duplicate. Thanks, Helena"),
    ("financial_hardship", "benign", "email",
     "Good morning, we are a debt collection agency and need 40 standard letter templates translated "
     "into Polish, Romanian and Lithuanian. Please quote per word. Regards, Compliance Team, Arden Credit"),
    ("financial_hardship", "benign", "chat",
     "the upload button is broke again on the app, it just spins || Agent: We had an outage this "
     "morning, please try now. || works"),
    ("financial_hardship", "benign", "chat",
     "do you take Klarna or split payments for the photo + printing bundle? || Agent: Not at the "
     "moment, card or Apple Pay only."),
    ("financial_hardship", "benign", "email",
     "Your exchange rate for GBP to PHP today is worse than the mid-market rate by almost 2%. Your ads "
     "say 'no hidden fees'. Can you explain the margin? Regards, Jun"),
    ("financial_hardship", "benign", "chat",
     "for the proof of funds, my savings are about 40k in an ISA. does an ISA statement count or do "
     "you need a current account? || Agent: An ISA statement is fine if it shows 28 days of history."),
    ("financial_hardship", "benign", "email",
     "Hello, I wrote a novel about a bankrupt baron who loses his estate and I'd like a sample chapter "
     "translated into Italian for an agent. About 6,000 words. Best, Oliver"),
    ("financial_hardship", "benign", "web_form",
     "General question for our HR FAQ (our company is doing fine): if a sponsor went bust, how long "
     "would sponsored workers have to find a new job?"),
    ("financial_hardship", "benign", "thread",
     "What happens if I pay the second term a few days late? || Agent: There is a GBP 10 late payment "
     "fee after 7 days, as in our terms. || Fine, I'll pay on time, just checking."),
    ("financial_hardship", "benign", "chat",
     "can I swap from Tuesday to Wednesday class? I volunteer at the food bank on Tuesdays now || "
     "Agent: Of course, Wednesday 6pm has space."),
    ("financial_hardship", "benign", "email",
     "The daily transfer limit is too low for me. I'm buying a flat in Porto and need to send EUR 60,000 "
     "for completion. How do I raise the limit? Regards, Sofia"),
    ("financial_hardship", "benign", "email",
     "Hello, could you reissue invoice 2290 as a VAT invoice with our company name, Tanaka Trading Ltd? "
     "Our accountant needs it. Thanks"),
    ("financial_hardship", "benign", "chat",
     "promo code WELCOME10 not working at checkout || Agent: It's for first orders only, but I've "
     "applied 10% manually this time."),
    ("financial_hardship", "benign", "chat",
     "in class we watched the EastEnders scene with the bailiffs at the door, what does 'seize goods' "
     "mean exactly? || Agent: Great question for Ms Hall! It means taking things to pay a debt."),
    ("financial_hardship", "benign", "email",
     "Hi, I've got a new job in Manchester so I'm moving and need to cancel the course in London. Your "
     "terms say pro-rata refund after notice - please process. Regards, Luis"),
    ("financial_hardship", "benign", "review_reply",
     "4 stars. Love the app but please add a credit score feature like other banks. || Agent: Thanks "
     "Amelia! We're a transfer app so we don't offer that, but we've noted it."),
    ("financial_hardship", "benign", "chat",
     "saw on the news inflation is up again, are your course fees going up in september? || Agent: "
     "Fees for the next academic year are fixed at this year's prices."),
    ("financial_hardship", "benign", "email",
     "Hello, I'm a caseworker at a refugee advice charity. Could you send your policy on fee reductions "
     "for low-income clients so we can signpost people correctly? Many thanks, Ruth Adeyemi"),
    ("financial_hardship", "benign", "sms",
     "Hi, the photo booth inside Poundland on Market St is out of order. Is there another one nearby?"),
    ("financial_hardship", "benign", "chat",
     "want to send money to my mum monthly, something that won't break the bank in fees. bank deposit "
     "or cash pickup cheaper? || Agent: Bank deposit is free above GBP 100."),
    # ---- legal
    ("legal", "sensitive", "email",
     "Hello, I need the divorce judgment from the district court in Krakow translated and certified. The "
     "hearing was in March and my ex contested the property part, so it's 11 pages. It's for my new "
     "marriage visa. Regards, Agnieszka"),
    ("legal", "sensitive", "call",
     "Caller: My cousin Bilal landed at Gatwick last night and they arrested him at the airport. He has no "
     "phone. Can you tell me if his visa is cancelled? || Agent: We can't access Border Force records, but "
     "his solicitor can request them. Does he have one? || Caller: Not yet, that's why I'm calling."),
    ("legal", "sensitive", "web_form",
     "Eligibility question: I have a conviction from 2012 for drink driving (12-month ban, fine). Will this "
     "affect my spouse visa? It's the only thing on my record. Name: Kieran Walsh"),
    ("legal", "sensitive", "email",
     "Hi, there's a restraining order against me from 2019 that my ex took out. It expired last year. Will "
     "it show on the police certificate you're requesting for my Canada application? Thanks, Jordan"),
    ("legal", "sensitive", "email",
     "FYI I have started a county court claim against BrightVisa Ltd, the previous agent who lost my "
     "original passport. Can you send a letter confirming the date you received my file from them? Chidi"),
    ("legal", "sensitive", "chat",
     "someone tricked me into sending 2,000 to a fake landlord through your app. i reported it to the police, "
     "crime ref 46/88201/24. can you trace it? || Agent: I'm sorry. Please email the crime reference to our "
     "fraud team and we'll contact the receiving bank."),
    ("legal", "sensitive", "email",
     "Dear ClearPath, my appeal hearing at the First-tier Tribunal is on 14 October in Taylor House. Can "
     "your translator attend to confirm the certified documents, or is the letter enough? Faisal"),
    ("legal", "sensitive", "chat",
     "my solicitor says we need every page of the old tenancy agreement translated for the hearing "
     "bundle, can you do 30 pages by friday? || Agent: Yes, express turnaround is 72 hours. || ok do it"),
    ("legal", "sensitive", "email",
     "Hello, I can't attend Monday classes for now because my bail conditions say I have to sign in at "
     "the station every Monday at 6. Can I move to the Wednesday group? Regards, Andrei"),
    ("legal", "sensitive", "sms",
     "hi got a summons to the magistrates court on 3 july same day as my biometrics. which one do i move?? "
     "- Stelian"),
    ("legal", "sensitive", "thread",
     "My brother Samuel is being held at the removal centre near Heathrow since Tuesday. Can you help with "
     "a bail application? || Agent: We can refer him to our immigration solicitor. Do you have his Home "
     "Office reference? || Yes, I'll send it now. He has a flight booked by them for the 20th."),
    ("legal", "sensitive", "web_form",
     "The visa form asks about cautions. I got a police caution for shoplifting in 2016 when I was at "
     "university. Do I have to declare it? Name: Beatriz Lima"),
    ("legal", "sensitive", "email",
     "Hi, I'm taking my former employer to an employment tribunal for unpaid wages and unfair dismissal. "
     "My payslips are in Portuguese, can you translate 14 of them? Best, Joao"),
    ("legal", "sensitive", "chat",
     "quick update - the judge adjourned my case again, new date is 9 Jan. so I still can't travel for "
     "the wedding in Lahore. can we push the visa appointment? || Agent: Yes, I've released your slot."),
    ("legal", "sensitive", "email",
     "My KinPay account is frozen and your team says it's because of a production order from the court "
     "connected to my ex-business partner's case. I need to know what I'm allowed to access. Ravi"),
    ("legal", "sensitive", "dm",
     "hi, my husband was remanded last week so he can't sign the joint application. can i continue "
     "alone? || Agent: I'm sorry to hear that. Let's book a call with an adviser to look at options."),
    ("legal", "sensitive", "email",
     "Hello, my brother was charged in Bucharest and I need the charge sheet translated into English for "
     "his lawyer here. 4 pages, confidential please. Elena"),
    ("legal", "sensitive", "chat",
     "need the WhatsApp messages from my landlord translated from Hindi for my small claims case about "
     "the deposit, hearing is 2nd may || Agent: Sure, export the chat as a PDF and send it over."),
    ("legal", "sensitive", "agent_note",
     "Agent note: Client disclosed he is awaiting trial for allegedly using a forged bank statement in a "
     "2022 application. Advised we cannot act on new application until outcome. Escalated to senior adviser."),
    ("legal", "sensitive", "email",
     "Dear team, my barrister needs the certified translations 5 working days before the hearing at "
     "Snaresbrook. Please confirm you can deliver by the 18th. Kind regards, Kwame Asante"),
    ("legal", "benign", "email",
     "Dear Lingua Certa, Harrow & Finch Immigration Solicitors would like to set up a monthly account for "
     "certified translations for our clients' files. Please send your trade rates. Priya Shah, Practice Manager"),
    ("legal", "benign", "chat",
     "my police clearance certificate came back, says 'no record found'. do you need the original or "
     "is a scan ok? || Agent: A scan is fine for the online upload."),
    ("legal", "benign", "chat",
     "teacher can we watch Suits in class for business English? I love Harvey's speeches || Agent: "
     "Ha, I'll pass the suggestion on to Ms Okoro!"),
    ("legal", "benign", "email",
     "GBP 45 for a digital photo code is daylight robbery, the supermarket booth is GBP 8. What am I "
     "paying extra for? Regards, Keith"),
    ("legal", "benign", "email",
     "Your terms say they're governed by the law of England and Wales. I live in Dublin - does that "
     "still apply to me for refunds? Just reading before I sign up."),
    ("legal", "benign", "chat",
     "hypothetically what happens if someone overstays by one day? mine is valid till 2027, just "
     "planning ahead || Agent: Overstays under 30 days are usually disregarded, but always apply in time."),
    ("legal", "benign", "sms",
     "Is the SnapID studio at Tottenham Court Road open on Sunday?"),
    ("legal", "benign", "chat",
     "whats included in the 'LegalEase Premium' package vs Standard? || Agent: Premium adds a document "
     "check by a senior adviser and priority email support."),
    ("legal", "benign", "email",
     "Hello, does the translation of my degree need to be notarised and apostilled for Spain, or is "
     "your certification enough? Thanks, Megan"),
    ("legal", "benign", "web_form",
     "Enrolment: I work as a court interpreter for Punjabi and want the advanced English legal "
     "terminology course to keep my CPD up. Weekday evenings."),
    ("legal", "benign", "email",
     "Do you have sworn translators recognised in Spain (traductor jurado)? I need my birth certificate "
     "for a residency card there. Thanks, Liam"),
    ("legal", "benign", "email",
     "Hi, I'm buying a house in Algarve and my notary there needs a power of attorney translated into "
     "Portuguese so my cousin can sign the deed for me. 2 pages."),
    ("legal", "benign", "chat",
     "I'm a paralegal and my firm wants me to do the IELTS by August. Is there an intensive course? || "
     "Agent: Yes, our 4-week intensive starts 1 July."),
    ("legal", "benign", "email",
     "Hi, my courtroom thriller is being published in Germany and the editor wants the trial chapters "
     "re-translated. Could you look at 15,000 words? Best, Nora Clarke"),
    ("legal", "benign", "chat",
     "for the listening homework can i watch Arrested Development or is it too much slang? || Agent: "
     "It's fast! Try it with English subtitles on."),
    ("legal", "benign", "email",
     "Our teacher used 'Every Breath You Take' by The Police for the grammar lesson. Can you share the "
     "lyrics worksheet? I missed Tuesday. Thanks, Min-jun"),
    ("legal", "benign", "chat",
     "saw the Home Office got taken to court over the new fees. does that change the fee i pay next "
     "month? || Agent: Not at the moment, the current fees still apply."),
    ("legal", "benign", "email",
     "Under UK GDPR, what is your legal basis for keeping my passport scan after the photo order is "
     "complete? I'd like it deleted. Regards, Hugo"),
    ("legal", "benign", "email",
     "Hi, I booked the course online yesterday and changed my mind. I understand I have 14 days to "
     "cancel under consumer law - please cancel and refund. No complaint, plans changed. Ines"),
    ("legal", "benign", "chat",
     "is your Exeter branch the one opposite the Crown Court? where do i park || Agent: Yes, use the "
     "Mary Arches car park, 3 min walk."),
    # ---- special_categories
    ("special_categories", "sensitive", "email",
     "Hello, I'm a Sikh and I wear a turban as part of my faith. Your booking page says 'no head "
     "coverings' - can I keep it on for my passport photo? Regards, Harjit Singh Gill"),
    ("special_categories", "sensitive", "chat",
     "can i change my appointment from friday 1pm? that's Jumu'ah and i'm at the mosque till 2. any "
     "slot after 3 is fine || Agent: I've moved you to Friday 3:30pm."),
    ("special_categories", "sensitive", "email",
     "Hi, please don't book me any Saturday classes - I keep Shabbat, so from Friday sunset to Saturday "
     "night I can't travel or use my phone. Weekday evenings only. Thanks, Miriam Levi"),
    ("special_categories", "sensitive", "thread",
     "I'm Roma and honestly the last agency treated me like a criminal the moment they saw my name. I "
     "just want someone to check my settlement application fairly. || Agent: I'm sorry that happened. "
     "Your adviser will be Paula and she'll go through everything with you. || Thank you."),
    ("special_categories", "sensitive", "email",
     "Please correct the certified translation: I am Kurdish, not Turkish. Where the original says "
     "'ethnicity: Kurdish' you have written 'Turkish'. This matters to me and to the tribunal. Rojin"),
    ("special_categories", "sensitive", "review_reply",
     "2 stars. As a Black woman your app's auto-check rejected my photo five times for 'poor lighting' "
     "when the lighting was fine. || Agent: Thank you for telling us, Adaeze. We've escalated this to our "
     "engineering team to review how the check handles darker skin tones."),
    ("special_categories", "sensitive", "email",
     "Dear ClearPath, I was a district organiser for the opposition party back home and after the "
     "elections the security services came to my parents' house. I need advice about protection here. "
     "Please reply only to this email."),
    ("special_categories", "sensitive", "chat",
     "can I do the Saturday morning class online? I canvass for the Greens every weekend till the "
     "council elections || Agent: Yes, you can join on Zoom."),
    ("special_categories", "sensitive", "email",
     "Hi, I'm the Unite rep at the depot so Thursday evenings are branch meetings. Could I swap to "
     "the Tuesday conversation group? Cheers, Wiktor"),
    ("special_categories", "sensitive", "chat",
     "for proof of address can i use my Unison membership letter? my name isn't on the bills || Agent: "
     "Unfortunately it needs to be a bank, council or utility letter."),
    ("special_categories", "sensitive", "email",
     "Hi, my husband and I are a gay couple married in Cape Town and we want to apply for his spouse "
     "visa. Will the UK accept a South African same-sex marriage certificate? Regards, Pieter van Wyk"),
    ("special_categories", "sensitive", "chat",
     "hi, my girlfriend and I (we're both women) have lived together 2 years but not married. what "
     "proof do we need for unmarried partner visa? || Agent: Joint bills, tenancy and photos over 2 years."),
    ("special_categories", "sensitive", "thread",
     "The interview officer asked really personal questions, like when we first slept together and how "
     "often we stay over, because we don't live together yet. Is that normal? || Agent: They can ask "
     "about the relationship, but you can tell us if it felt inappropriate and we'll note it."),
    ("special_categories", "sensitive", "email",
     "We're in an open relationship and both see other people. The form only asks about 'your partner' "
     "- do I need to mention that, or just the person I'm applying with? Thanks, Sam"),
    ("special_categories", "sensitive", "email",
     "Hello, I'm a trans woman and my passport photo still shows me before transition with an M marker. "
     "The new photo won't match the old one - will the Passport Office flag it? Kind regards, Leona"),
    ("special_categories", "sensitive", "web_form",
     "Translation request: deed poll and Gender Recognition Certificate, English to Spanish, so my "
     "records in Bogota match my name and gender now. Name: Mateo (formerly Valentina) Restrepo"),
    ("special_categories", "sensitive", "email",
     "The DNA test for the family reunion came back: 99.98% probability that Daniel is my biological "
     "father. Do you submit the lab report directly or do I send it to the embassy? Regards, Grace"),
    ("special_categories", "sensitive", "chat",
     "for the Irish citizenship by descent, can I use my AncestryDNA results? it shows 38% Irish and a "
     "match with my grandfather's cousins || Agent: Sadly DNA results aren't accepted, it needs birth records."),
    ("special_categories", "sensitive", "email",
     "Your kiosk scanned my face and all ten fingerprints at enrolment, and now the app says my face "
     "scan doesn't match. Please send me a copy of the biometric data you hold on me under GDPR. Ali"),
    ("special_categories", "sensitive", "agent_note",
     "Agent note: Re-submission for Ms L. Tan. Attached her fingerprint images and the facial template "
     "from the enrolment kiosk (left thumb unreadable, retaken). Sent to processing via secure upload."),
    ("special_categories", "benign", "chat",
     "can i wear my baseball cap in the photo? it's kind of my look lol || Agent: Sorry, no hats. HMPO "
     "only allows headwear worn for religious or medical reasons. || fair enough, cap off"),
    ("special_categories", "benign", "sms",
     "Hi, is tonight's class still at St Andrew's Church Hall or back at the main building?"),
    ("special_categories", "benign", "email",
     "What are your opening hours over Christmas and Boxing Day? I need a photo before the 29th."),
    ("special_categories", "benign", "email",
     "Dear Lingua Certa, the Hartley Museum needs the wall texts for our Buddhist art exhibition "
     "translated into Mandarin and Japanese, about 3,000 words. Deadline 1 March."),
    ("special_categories", "benign", "chat",
     "will the general election change the visa fees? should i apply before? || Agent: Fee changes "
     "need new regulations, so nothing changes overnight. Apply when your documents are ready."),
    ("special_categories", "benign", "chat",
     "my UnionPay card keeps getting declined when i top up || Agent: We don't support UnionPay yet, "
     "please use Visa or Mastercard."),
    ("special_categories", "benign", "web_form",
     "Why does the enrolment form ask for ethnicity? I've ticked 'prefer not to say' - will that affect "
     "my place?"),
    ("special_categories", "benign", "chat",
     "we're reading Pride and Prejudice in the B2 group, is there an easier edition? || Agent: Yes, "
     "there's a graded reader at the front desk."),
    ("special_categories", "benign", "email",
     "Hello, Rainbow Translations Ltd here - we subcontract overflow work and wondered if you take on "
     "Vietnamese legal documents? Regards, Tom Hughes"),
    ("special_categories", "benign", "web_form",
     "Suggestion: your form's 'Title' field only offers Mr/Mrs/Ms. Lots of forms now include Mx or "
     "no title - could you add that?"),
    ("special_categories", "benign", "review_reply",
     "3 stars. 'Customer service is in our DNA' says the banner, but it took 4 days to get an answer. || "
     "Agent: Fair point, Derek - we're hiring more staff for the evening shift."),
    ("special_categories", "benign", "email",
     "My Biometric Residence Permit card never arrived in the post, it's been 15 working days. What do "
     "I do? Ref CP-66103"),
    ("special_categories", "benign", "chat",
     "where is the nearest biometrics enrolment centre to Croydon and what are the hours? || Agent: "
     "Croydon itself, Lunar House area, 8am-6pm weekdays."),
    ("special_categories", "benign", "chat",
     "face id login stopped working after the update, now i have to type the password every time || "
     "Agent: Please turn Face ID off and on again in Settings > Security."),
    ("special_categories", "benign", "sms",
     "Hi are you open on Labour Day (1 May)? Need to collect my translation. - Jasmine, Singapore office"),
    ("special_categories", "benign", "email",
     "My fantasy novel has an invented religion with its own prayers. Should the translator keep the "
     "made-up words or adapt them? 90,000 words, Czech to English."),
    ("special_categories", "benign", "chat",
     "the destination country list doesn't have Cote d'Ivoire, i need to send to Abidjan || Agent: It's "
     "listed as 'Ivory Coast', sorry for the confusion!"),
    ("special_categories", "benign", "email",
     "When is orientation week for the September intake? I want to book my flight to arrive before it. "
     "Thanks, Chen Wei"),
    ("special_categories", "benign", "sms",
     "Is the Middlesex Street branch open late on Thursdays?"),
    ("special_categories", "benign", "chat",
     "my documents are stuck because of the postal strike, can I upload scans instead? || Agent: Yes, "
     "scans are fine for now; bring originals to your appointment."),
    # ---- bereavement
    ("bereavement", "sensitive", "email",
     "Hello, my father died in Warsaw last month and the probate registry here needs his death "
     "certificate translated and certified. It's one page. How soon can you do it? Regards, Pawel Nowak"),
    ("bereavement", "sensitive", "call",
     "Caller: My mum passed on Tuesday and the funeral in Accra is on the 22nd. My Ghana visa expired. "
     "How fast can you get one? || Agent: I'm very sorry for your loss. We can request an emergency "
     "visa, it usually takes 48 hours. || Caller: Please, let's do it."),
    ("bereavement", "sensitive", "sms",
     "Pls my transfer of 1,500 cedis is for my grandmother's burial rites, the family is waiting at "
     "the house. Why is it on hold? Ref KP-55019"),
    ("bereavement", "sensitive", "email",
     "Hi, my husband died in May and I need to close his KinPay account and move the balance to mine. "
     "What documents do you need from me? Thank you, Rosa Mendes"),
    ("bereavement", "sensitive", "chat",
     "i need to withdraw from the course, i lost my brother in the earthquake last week and i am "
     "flying home || Agent: I'm so sorry. We'll refund the rest of the term in full, please take care."),
    ("bereavement", "sensitive", "email",
     "Do you print from old photos? I'd like the photo from my late wife's passport enlarged for the "
     "order of service. I'll bring it in on Wednesday. Arthur Pemberton"),
    ("bereavement", "sensitive", "chat",
     "the funeral is on saturday in Manila and i still dont have my passport back from the embassy, can "
     "you chase them? || Agent: I'll call them this morning and update you by 2pm. || salamat"),
    ("bereavement", "sensitive", "voicemail",
     "Voicemail: Hi, it's Niamh Brennan, I'm booked for Thursday's class but I'm going home to Mayo for "
     "Mammy's wake, so I'll miss the next two weeks. I'll ring when I'm back."),
    ("bereavement", "sensitive", "chat",
     "mi need to send money to Kingston for Granny nine night on Friday, the app say verification "
     "needed || Agent: Please upload a photo ID and it should clear in about an hour."),
    ("bereavement", "sensitive", "agent_note",
     "Agent note: Mrs Adeyemi called to say her son Tunde, who was enrolled in B2 mornings, passed "
     "away on 3 April. Full refund of remaining fees approved, account closed, no further marketing."),
    ("bereavement", "sensitive", "email",
     "Since my husband's passing in January I'm now the only applicant on what was our joint "
     "settlement application. Do I need to start again? Regards, Li Na"),
    ("bereavement", "sensitive", "thread",
     "I'm a widow now and my spouse visa was based on my husband. What happens to it? || Agent: I'm "
     "very sorry. There's a bereaved partner route to settlement; we can check if you qualify. || "
     "Yes please, we were married 6 years."),
    ("bereavement", "sensitive", "email",
     "I'm the executor of my aunt's estate and need her will and bank statements translated from "
     "Greek for the solicitor. Around 20 pages. Kind regards, Helen Papadakis"),
    ("bereavement", "sensitive", "call",
     "Caller: We're arranging to repatriate my brother's body to Lagos and the airline wants the "
     "documents translated. || Agent: I'm so sorry. Send them over and we'll do it today. || "
     "Caller: Thank you, the undertaker has the originals."),
    ("bereavement", "sensitive", "email",
     "Hello, the crematorium in Delhi issued the certificate in Hindi and the bank here won't accept "
     "it. Can you translate it so I can close Papa's account? Regards, Anil"),
    ("bereavement", "sensitive", "chat",
     "my sister was killed in a car accident in Durban on Sunday. I need to fly out tomorrow, can you "
     "move my visa interview? || Agent: I'm so sorry. I've cancelled the 14th and will rebook when you're back."),
    ("bereavement", "sensitive", "agent_note",
     "Agent note: Letter received from the family of account holder Mr Ji-ho Park confirming he "
     "passed away on 12 Feb. Recurring transfers cancelled; deceased account process started."),
    ("bereavement", "sensitive", "chat",
     "sending to Tehran for my father's 40th day memorial, family is gathering on Thursday. how long "
     "does it take? || Agent: That corridor takes 1-2 days, so Wednesday at the latest."),
    ("bereavement", "sensitive", "thread",
     "Please pause my course for a few weeks, I need to go home. || Agent: Of course, may I ask the "
     "reason for our records? || My late father's affairs need sorting. || Agent: I'm so sorry for "
     "your loss. Your place is held until October."),
    ("bereavement", "sensitive", "dm",
     "need to send 20k rupees to my mother for dad's terahvi (13th day ceremony), bank transfer failed "
     "twice || Agent: Sorry for your loss. The IFSC code was wrong - I've corrected it, please retry."),
    ("bereavement", "benign", "chat",
     "my phone died halfway through the upload, did the passport scan go through? || Agent: Yes, we "
     "received it at 10:42."),
    ("bereavement", "benign", "email",
     "What's the deadline to submit documents after the biometrics appointment? I thought it was 5 "
     "days. Thanks, Aoife"),
    ("bereavement", "benign", "chat",
     "is The Walking Dead good for listening practice or too much shouting haha || Agent: Maybe start "
     "with something calmer, like Bake Off!"),
    ("bereavement", "benign", "email",
     "Hello, Greenway Funeral Directors would like our family information brochure translated into "
     "Polish, Urdu and Romanian. 8 pages. Please send a quote. Regards, Martin Cole"),
    ("bereavement", "benign", "web_form",
     "Your terms mention 'death of the account holder'. What exactly happens to a balance in that "
     "case? I'm reading the terms before I open an account."),
    ("bereavement", "benign", "email",
     "Our dog passed away last month so we no longer need his pet passport translated. Please cancel "
     "order LC-4410 and refund. Thanks, Bethan"),
    ("bereavement", "benign", "chat",
     "can i add a beneficiary to my account in case anything happens to me one day? just being "
     "organised || Agent: We don't have that feature, but your bank or a will can cover it."),
    ("bereavement", "benign", "chat",
     "dying to start the September course!! when will the timetable be out? || Agent: By 15 August."),
    ("bereavement", "benign", "sms",
     "Is Saturday's induction at the Victoria Memorial Hall or at your office?"),
    ("bereavement", "benign", "email",
     "What's the difference between your 'Last Minute Visa' package and the normal priority service? "
     "I travel in 3 weeks."),
    ("bereavement", "benign", "chat",
     "i was charged a late fee but i paid on the due date?? || Agent: You're right, it posted a day "
     "late on our side. Fee refunded."),
    ("bereavement", "benign", "email",
     "Hi, I need a quote to translate my murder mystery novel into Swedish. The detective finds three "
     "bodies in a lighthouse - it's cosy crime, honest! 75,000 words. Ros"),
    ("bereavement", "benign", "chat",
     "for the writing homework about a historical event can i write about the death of Queen Victoria? "
     "|| Agent: Yes, any event before 1950 is fine."),
    ("bereavement", "benign", "email",
     "My estate agent in Spain needs my payslips and employment letter translated for the mortgage. "
     "5 pages. Regards, Craig"),
    ("bereavement", "benign", "sms",
     "Do you have a photo studio in Gravesend or is Dartford the nearest?"),
    ("bereavement", "benign", "chat",
     "RIP my weekend, the IELTS mock is saturday 9am?? || Agent: Afraid so! Bring a pencil and your ID."),
    ("bereavement", "benign", "chat",
     "paying our supplier Dead Sea Minerals Ltd in Amman and the app asks for purpose of payment || "
     "Agent: Choose 'Business - goods' and attach the invoice."),
    ("bereavement", "benign", "email",
     "I lost my passport on the train yesterday and have an appointment on Friday. Can I still go with "
     "my driving licence? Thanks, Kenji"),
    ("bereavement", "benign", "agent_note",
     "Agent note: Customer has just made her own will with a solicitor and wants it translated into "
     "Tagalog so her siblings can read it. Quoted GBP 90, sent T&Cs."),
    ("bereavement", "benign", "review_reply",
     "The app is dead again, third time this week I can't log in. || Agent: Sorry Femi, we had a server "
     "outage this morning. It's back up now."),
    # ---- violence_self_harm
    ("violence_self_harm", "sensitive", "email",
     "Please help. My husband hits me and I need to leave, but my visa depends on him. Is there a "
     "domestic violence route? Don't call my mobile, he checks it. Email only. Sunita"),
    ("violence_self_harm", "sensitive", "thread",
     "I'm staying at a refuge now. Please don't send anything to the Elm Road address, he still lives "
     "there. || Agent: Understood. Can we use your support worker's office address? || Yes, she will "
     "email you from the service. || Agent: Done, the old address is removed from your file."),
    ("violence_self_harm", "sensitive", "chat",
     "my ex keeps sending me 1p transfers through your app with messages in the reference like 'I know "
     "where you live now'. can you block him? || Agent: I'm sorry. I've blocked his account from paying "
     "you and reported it to our safety team."),
    ("violence_self_harm", "sensitive", "email",
     "The old agent I used says if I don't pay him another GBP 2,000 he will send men to my family's "
     "house and hurt my brother. He knows the address. What should I do? Hamza"),
    ("violence_self_harm", "sensitive", "chat",
     "if this visa is refused again i don't want to be here anymore. i mean it. i'm so tired || Agent: "
     "I'm really glad you told me. You can call Samaritans free on 116 123 any time, and I'll stay "
     "with you on chat. Are you safe right now?"),
    ("violence_self_harm", "sensitive", "agent_note",
     "Agent note: During tutorial, student (Intermediate 3, age 24) showed fresh cuts on her forearm "
     "and said she has been hurting herself since her asylum interview. Safeguarding lead informed."),
    ("violence_self_harm", "sensitive", "email",
     "A man in my evening class keeps following me to the bus stop and messages me at night even after I "
     "told him to stop. I don't feel safe in class anymore. Can I change group? Yuki"),
    ("violence_self_harm", "sensitive", "call",
     "Caller (quietly): My employer took my passport and when I asked for it back he beat me. I am "
     "working every day, no pay. || Agent: Are you safe to talk now? I can give you the Modern Slavery "
     "Helpline. || Caller: Only 5 minutes, they are out shopping."),
    ("violence_self_harm", "sensitive", "chat",
     "can i stop the auto transfer to my boyfriend's account? he makes me send all my wages or he says "
     "he'll hurt me || Agent: I've cancelled it. Would you like details for a support line?"),
    ("violence_self_harm", "sensitive", "email",
     "Sorry I missed my appointment. He locked the door and took my phone and the keys, I only got out "
     "today. Please rebook and do not call the landline. Fatima"),
    ("violence_self_harm", "sensitive", "email",
     "I was assaulted by my landlord last month and I've moved out. I need my documents sent to my "
     "friend's address instead. Please keep this private. Chiara"),
    ("violence_self_harm", "sensitive", "web_form",
     "Translation request: non-molestation order (Family Court) and my police statement, English to "
     "Arabic, for my family back home to understand what happened with my ex-husband. Name: Layla"),
    ("violence_self_harm", "sensitive", "sms",
     "the loan men say they will break my legs if i don't send the money by friday. can the transfer "
     "go faster? ref KP-90412"),
    ("violence_self_harm", "sensitive", "call",
     "Caller: I've had enough, after this call I'm going to end it tonight. || Agent: I'm really sorry "
     "you're feeling like this. Are you on your own? I'd like to get you some help right now. || "
     "Agent note: Stayed on line, caller agreed to call 999; escalated per protocol."),
    ("violence_self_harm", "sensitive", "email",
     "I want to complain about the photographer at your Camden studio. While adjusting my head he "
     "touched me and made comments about my body. I left in tears. Jasmine Cole"),
    ("violence_self_harm", "sensitive", "dm",
     "my family is arranging for me to be married in Sylhet in August and I don't want it. they took my "
     "passport. can you help me with a new one without them knowing? || Agent: Yes, there's a Forced "
     "Marriage Unit that can help. Are you safe to talk?"),
    ("violence_self_harm", "sensitive", "email",
     "My uncles have said that if I don't come back and leave my partner, they will kill me for the "
     "shame. I need to know if my visa lets me stay here. Please don't write to my family home. Zara"),
    ("violence_self_harm", "sensitive", "agent_summary",
     "Summary: Student asked to defer. She said she took too many of her pills last week and was kept "
     "in overnight, and is now seeing the crisis team. Deferral approved, wellbeing contact sent."),
    ("violence_self_harm", "sensitive", "email",
     "My supervisor at the farm threatened to 'make me disappear' if I report the conditions to the "
     "Home Office, and he pushed me against the wall. Can my sponsor be changed? Andriy"),
    ("violence_self_harm", "sensitive", "agent_summary",
     "Summary: Caller whispered that her partner was in the next room. Bruises on her arms after last "
     "weekend; wants her settlement application to continue without him. Agreed safe callback word."),
    ("violence_self_harm", "benign", "chat",
     "i could kill whoever designed this form, it logs me out every 10 mins || Agent: Ha, fair. The "
     "timeout is 20 min now, we fixed it this morning."),
    ("violence_self_harm", "benign", "chat",
     "teacher can we watch Peaky Blinders for accent practice? || Agent: Good choice for Birmingham "
     "accents! Ask Mr Dlamini for the episode list."),
    ("violence_self_harm", "benign", "email",
     "Hello, we're an indie game studio and need the subtitles for our war shooter 'Ashfront' translated "
     "into 6 languages. About 40,000 words of dialogue. Best, Aaron"),
    ("violence_self_harm", "benign", "email",
     "Hi, I need my Muay Thai coaching certificate translated from Thai so I can teach at a gym in "
     "Bristol. One page. Thanks, Nattapong"),
    ("violence_self_harm", "benign", "thread",
     "Hi, sorry for the many emails, just anxious about the date. || Agent: Not at all! For reference, "
     "our policy is zero tolerance of abuse towards staff, but you've been lovely. Your date is 12 June."),
    ("violence_self_harm", "benign", "web_form",
     "Bug: the 'Report abuse' link at the bottom of your app's help page goes to a 404."),
    ("violence_self_harm", "benign", "chat",
     "i hit submit twice by accident, will i be charged twice? || Agent: No, the second one was blocked."),
    ("violence_self_harm", "benign", "email",
     "My antivirus flagged your last email as a phishing threat. Is the link to the document portal "
     "genuine? Thanks, Gloria"),
    ("violence_self_harm", "benign", "chat",
     "been fighting with this photo upload for an hour, it keeps cropping my ears off || Agent: Try "
     "standing further back, the tool crops automatically."),
    ("violence_self_harm", "benign", "email",
     "Hello, Sentinel Security Ltd needs our guard training manual translated into Romanian and "
     "Bulgarian, including the section on handling violent incidents. 60 pages."),
    ("violence_self_harm", "benign", "email",
     "Our theatre company is touring a play about a hostage siege and needs the surtitles translated "
     "into Welsh. Can you quote? Best, Dylan"),
    ("violence_self_harm", "benign", "sms",
     "Where exactly is your office? Is it near the bus shelter on King St?"),
    ("violence_self_harm", "benign", "chat",
     "saw a security alert at Victoria station on the news, is your Victoria office open today? || "
     "Agent: Yes, we're open as normal."),
    ("violence_self_harm", "benign", "email",
     "We're writing our HR policy: if one of our sponsored workers reported harassment at work, would "
     "that affect their visa in any way? General question, nothing has happened. Regards, HR, Tidewell Ltd"),
    ("violence_self_harm", "benign", "review_reply",
     "5 stars. Killer exchange rate this week, sent to Nairobi in 2 minutes. || Agent: Thanks Wanjiru!"),
    ("violence_self_harm", "benign", "chat",
     "do you also do professional headshots or only passport photos? need one for LinkedIn || Agent: "
     "Yes, headshots are GBP 35 with two edits."),
    ("violence_self_harm", "benign", "email",
     "Just wanted to say thanks - I smashed my IELTS, 7.5 overall! Your speaking classes really helped. "
     "Regards, Mei Ling"),
    ("violence_self_harm", "benign", "email",
     "Hello, Iron Lotus Self-Defence Academy needs ID badge photos for 9 instructors. Can you come on a "
     "Monday? Invoice the academy."),
    ("violence_self_harm", "benign", "sms",
     "Hi, the building had a lockdown drill during class so we lost 30 min. Will the lesson be extended?"),
    ("violence_self_harm", "benign", "agent_note",
     "Agent note: Customer frustrated about the 6-week delay and raised her voice briefly, then "
     "apologised. No threats or abusive language. Explained timeline, follow-up set for Friday."),
]


def ferry_examples() -> list[dict]:
    """The ferry split as labelled tickets (same shape as ``sensitive_eval.build_eval_set``'s)."""
    return stranger_examples("ferry", ENTRIES, SUBJECTS)
