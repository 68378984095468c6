"""loch split: written by a helper who had not seen the detection rules, the anchors or any other split.
Setting: Quillmere, an invented translation, interpreting and visa-paperwork bureau (certified translations, court and
medical interpreters booked by clients, visa and residence application checks, invoices and turnaround times);
registers are email, chat, sms, call_transcript, agent_note, web_form, review, voicemail, dm, in_app.
The benign half borrows the same territory harmlessly: product names (MedLink, Court Desk, VisaReady Check, Sworn &
Sealed), idioms ("this form is killing me", "in good faith"), organisations acting as organisations (a mosque
committee, a union branch, a school office, a clinic, a law firm, a refuge charity), general policy questions about
documents and biometrics appointments, and routine payment and invoice trouble.
70 sensitive and 70 benign tickets for special categories, 50 and 50 for children, 20 and 20 for financial hardship,
15 and 15 for health, legal, bereavement and violence and self-harm.
First reading (policy 2026.11.24, before any change made in response to it; `sensitive_eval.evaluate`, as `make
eval-sensitive`): 96.0 / 4.5 recall / false exclusion in % as shipped, 96.5 / 9.5 without the overruling,
92.0 / 8.0 by the rules alone. Waits for the next round."""

from __future__ import annotations

from training_gate.sensitive_blind import stranger_examples

SUBJECTS: tuple[str, ...] = (
    "Certified translation quote",
    "Interpreter booking change",
    "Visa application check",
    "Turnaround time query",
    "Invoice query",
    "Refund request",
    "Translation error on certificate",
    "Court Desk booking",
    "MedLink interpreter request",
    "Residence permit paperwork",
    "Apostille and legalisation",
    "Account and app access",
    "Complaint about interpreter",
    "Express 24 upgrade",
)

ENTRIES: list[tuple[str, str, str, str]] = [
    # ---- health
    ("health", "sensitive", "email",
     "Hello Quillmere team, I'd like to book a MedLink Farsi interpreter for my appointments at Eastmoor Renal Unit. "
     "I'm on dialysis three mornings a week (Mon/Wed/Fri, 7.30 to 11.30) and the nurses say my questions keep "
     "getting lost. Could the same interpreter come each time if possible? Invoice to me please, Dariush Kamali."),
    ("health", "sensitive", "chat",
     "hi, need my hospital discharge summary translated from Greek for the travel insurer, it's 3 pages || "
     "Agent: Hi there, happy to help. Is it for a claim with a deadline? || yes they gave me 14 days. "
     "had my appendix out in Chania on holiday and they won't pay till they can read it || "
     "Agent: Understood. Express 24 would have it back tomorrow for 78.00, or Standard in 5 days for 52.00. || "
     "express pls, i'll upload now"),
    ("health", "sensitive", "sms",
     "Cant make the 10am interpreter tmrw, still on the ward after my fall, hip pinned. Pls move to fri? Ref QM-40817"
     " || Agent: Get well soon. Moved to Friday 10am, same interpreter. || ta"),
    ("health", "sensitive", "agent_note",
     "Cust (Mrs Adaeze Okafor) requested a female Igbo interpreter for her antenatal scan at St Brannoc's on the 19th. "
     "She is 22 weeks pregnant and had a bad experience last time. Booked Ngozi E., confirmed by email. No charge "
     "change."),
    ("health", "sensitive", "voicemail",
     "Hi, this is Jurgen Fass, calling about the VisaReady check on my residence renewal, reference QM-51120. "
     "Just so you know, I'm on chemotherapy every other Tuesday, so please don't book the document review call "
     "on a Tuesday, I'm basically out of it that day. Thursdays are best. Thanks, bye."),
    ("health", "sensitive", "web_form",
     "Service: MedLink interpreter (BSL + Polish relay) | Date: 4 June, 14:00 | Location: Harlow Road Eye Clinic | "
     "Notes: the patient is me, Witold Zajac. I'm deaf and losing my sight (macular degeneration), so the "
     "interpreter needs to sit close and on my left side. | Contact: witold.zajac@example.com"),
    ("health", "sensitive", "review",
     "Five stars for Luis, the Spanish interpreter at my psychiatric review last month. I've been sectioned twice and "
     "I was terrified of saying the wrong thing, but he was calm and never rushed me. Booking him again for the "
     "tribunal hearing about my discharge. Thank you Quillmere."),
    ("health", "sensitive", "call_transcript",
     "Agent: Quillmere visa desk, Tomasz speaking. || Caller: Hello, yes, the clinic did my chest X-ray for the "
     "visa and they found an old scar from TB I had as a student. They gave me a letter in Tagalog. || "
     "Agent: Okay, and the embassy wants it in English? || Caller: Yes, certified. And they ask proof I finished "
     "the treatment, I have the card from the health centre also. || Agent: We can do both under Sworn & Sealed, "
     "two documents, ready Thursday."),
    ("health", "sensitive", "dm",
     "hey is the translation of my insulin prescription ready yet? flying to Lisbon next wk and the airline said "
     "i need it in portuguese for the pens and needles in hand luggage. order QM-62034"
     " || Agent: Hi! It was delivered to your inbox this morning, certified PDF plus a printed copy in "
     "the post. || got it, legend"),
    ("health", "sensitive", "in_app",
     "Turnaround is too slow. I'm having my knee replaced on the 14th and the surgeon's consent form has to be in "
     "Portuguese for my mum to read it before. Can you bump QM-55391 to Express please, I'll pay the difference."
     " || Agent: Upgraded to Express 24; the 22.00 difference is on your card. You'll have it by tomorrow "
     "5pm."),
    ("health", "sensitive", "email",
     "Subject: Deadline on my degree certificate translation || Hi, sorry I've gone quiet. I've been signed off "
     "work with depression since March and I just haven't been able to open letters. Is it too late to send the "
     "originals for QM-47702? || Agent: Hi Rhiannon, not too late at all. The quote is held for 60 days, so "
     "anything before 30 June is fine. Take your time, and just reply here when you post them. || "
     "Thank you, that's a weight off. Posting Monday."),
    ("health", "sensitive", "chat",
     "can you send the visa checklist as a written list and not a call? i have ADHD and i lose track halfway "
     "through a phone call || Agent: Of course, I'll email it as a numbered list with tick boxes. || "
     "perfect ty, and maybe put the deadlines in bold"),
    ("health", "sensitive", "agent_note",
     "Mr Halvorsen rang to book a Norwegian interpreter for his wife's memory clinic appointment. Wife diagnosed "
     "with early-onset dementia last year, he is her carer and will attend. Asked we don't call her mobile, "
     "contact him only on 07700 900412."),
    ("health", "sensitive", "sms",
     "Hi its Lena, the IVF clinic in Brno need my hormone test results translated into Czech before our next "
     "cycle, can you do by 3rd? Will email pdfs tonight"
     " || Agent: Yes, by the 3rd is fine on Standard. Send the PDFs whenever ready. || sent, thank you!!"),
    ("health", "sensitive", "email",
     "Dear Quillmere, for my residence permit I must show that my medication is legal in the country. I take "
     "levetiracetam for epilepsy, and my neurologist's letter is in Dutch. Please quote for a certified "
     "translation into English. Also, I use a wheelchair: is your office in Leith step-free if I drop the letter "
     "in person? Regards, Pieter Vos"),
    ("health", "benign", "email",
     "Hello, we're Corvane Medical, a manufacturer of infusion pumps. We need the instructions for use (IFU, "
     "approx. 11,200 words) translated into German, French, Italian, Spanish, Polish and Dutch, with a medical "
     "terminology review. Could you quote per language and give a realistic turnaround? Kind regards, "
     "Regulatory Affairs, Corvane Medical Ltd"),
    ("health", "benign", "chat",
     "Quick question about MedLink. Do your medical interpreters have hospital ID clearance, or do we arrange that "
     "on our side? || Agent: All MedLink interpreters hold an enhanced background check and carry a Quillmere ID. "
     "Some trusts also issue a day pass at reception. || ok great, and is there a minimum booking length? || "
     "Agent: One hour minimum, then billed in 15 minute steps."),
    ("health", "benign", "sms",
     "Is the MedLink booking line open on the bank holiday Monday or just the online form?"
     " || Agent: The phone line is closed on bank holidays, but online bookings are processed the next "
     "morning. || ok thx"),
    ("health", "benign", "agent_note",
     "Set up account for Harrowgate Community Clinic (practice manager: G. Osei). Standing arrangement for Urdu "
     "and Romanian interpreters, invoices monthly to finance@example.org, PO required on every invoice."),
    ("health", "benign", "web_form",
     "Quote request | Document type: pharmaceutical patient information leaflet | Word count: 3,400 | "
     "Language pair: English > Romanian | Certification: not needed | Deadline: end of month | "
     "Company: Brightwell Pharma"),
    ("health", "benign", "review",
     "We've used Quillmere for all our outpatient leaflets (appointment letters, parking info, the new "
     "physiotherapy exercise sheets) in nine languages. Consistent terminology and they never miss a deadline. "
     "Reviewed on behalf of the Patient Information Team, Eastmoor Hospitals."),
    ("health", "benign", "voicemail",
     "Hello, Carys from Penrose Dental Surgery here. We're looking at a standing contract for interpreters, mostly "
     "Arabic and Bengali, maybe ten hours a month. Could someone ring the surgery back on 07700 900233 with "
     "your rates? Thanks."),
    ("health", "benign", "dm",
     "your new upload page is giving me a headache lol, where did the 'add another document' button go?"
     ' || Agent: Sorry! It moved to the bottom right, the "+ Document" button. || found it, cheers'),
    ("health", "benign", "in_app",
     "Does the VisaReady Check cover the immigration health surcharge payment step, or only the forms and the "
     "document list?"
     " || Agent: It covers the forms, the document list and a reminder for the surcharge, but you pay the "
     "surcharge on the government site yourself."),
    ("health", "benign", "call_transcript",
     "Caller: I'm the data protection lead at a GP federation. Before we send any records, how are medical "
     "documents stored once translated? || Agent: They're encrypted at rest, only the assigned translator and "
     "reviewer can open them, and they're deleted 90 days after delivery unless you ask for longer. || "
     "Caller: Can we have that in writing for our DPIA? || Agent: Yes, I'll send our processing schedule today."),
    ("health", "benign", "email",
     "Hi, I'm a freelance Lithuanian translator with a diploma in medical terminology and five years on clinical "
     "trial protocols. I'd like to join the MedLink written panel. Is there a test, and who do I send my CV to? "
     "Best, Egle Vaitkute"),
    ("health", "benign", "chat",
     "just wanted to say the new order tracker is sick, way better than the old one || Agent: Ha, thank you! "
     "I'll pass that on to the product team. || also can i download invoices from it? || Agent: Yes, under "
     "Orders > Documents there's a PDF button on each invoice."),
    ("health", "benign", "agent_note",
     "Allcure Pharmacies (head office) ordered Polish and Romanian versions of their flu vaccination season "
     "posters, 6 posters, 180 words each. Standard turnaround, non-certified. Print-ready PDF requested."),
    ("health", "benign", "web_form",
     "Service: glossary building | Client: European Cardiology Forum | Details: bilingual EN-ES glossary for a "
     "three-day conference, about 600 terms, to be shared with the booth interpreters in advance | "
     "Budget code: ECF-2291"),
    ("health", "benign", "email",
     "Subject: Schengen insurance paperwork || Hello, general question: for Schengen visa applications, does the "
     "travel medical insurance certificate ever need a certified translation, or is English accepted? || "
     "Agent: It depends on the consulate. Most accept English; the Czech and Polish ones sometimes ask for their "
     "language. Our VisaReady Check flags it per consulate. || Great, that answers it, thanks."),
    # ---- children
    ("children", "sensitive", "email",
     "Hello, our daughter Mila was born on 3 March at Ospedale San Carlo in Milan and we need her Italian birth "
     "certificate translated and certified for her first British passport. Her surname has an accent (Ferrè), "
     "please keep it. Thanks, Giulia and Sam Ferrè-Hart"),
    ("children", "sensitive", "chat",
     "hiya, can u translate school reports? || Agent: Yes, we can. Which language and how many pages? || "
     "polish to english, 4 pages. my son Kacper is 9 and the new school in Swindon wants to see his last two "
     "years || Agent: No problem, that's a Standard job, 46.00. Do they need it certified? || dont think so, "
     "just so they know what year group to put him in"),
    ("children", "sensitive", "sms",
     "Hi Quillmere, pls add my daughter Zeynep (14) to the family visa check, QM-60215. I forgot her on the form"
     " || Agent: Added Zeynep as a dependant on QM-60215, no extra charge for the check. || thank u so "
     "much"),
    ("children", "sensitive", "agent_note",
     "Mr Rahimi booked a Dari interpreter for a parents' evening at Fernhill Primary on 12 Nov, 17:30. It's for "
     "his son Omid, Year 4. The school pays half; invoice split agreed with the school office."),
    ("children", "sensitive", "voicemail",
     "Hi, it's Claire Dunmore, I need the consent letter for my daughter to travel translated into Spanish. "
     "She's eleven and she's flying to Malaga with her grandparents on the 2nd, so it has to be done by the "
     "Friday before. My number's 07700 900318. Thanks."),
    ("children", "sensitive", "web_form",
     "Document: vaccination record (carnet de vaccination) | From: French | To: English | Person named: "
     "Noah Leblanc, date of birth 14/09/2021 | Purpose: nursery registration at Little Acorns, Stirling | "
     "Turnaround: Standard | Certified: yes"),
    ("children", "sensitive", "review",
     "Quick and friendly. They translated my 17 year old's Lithuanian school-leaving certificate for his UCAS "
     "application in two days and the admissions team accepted it straight away. Four stars only because the "
     "upload page kept timing out."),
    ("children", "sensitive", "in_app",
     "hi im 15, can i order a translation of my own certificate or does it have to be my mum? its my piano grade "
     "exam from Vienna"
     " || Agent: Hi! Orders need a parent or guardian to accept the terms, so ask your mum to add the "
     "order and you can upload the certificate. || ok will ask her"),
    ("children", "sensitive", "call_transcript",
     "Agent: You're through to Quillmere, Ines speaking. || Caller: Hi, the birth certificates for my twins, "
     "they've spelled one of the names wrong. It says Lukas instead of Lucas. || Agent: I'm sorry about that. "
     "Can I take the order number? || Caller: QM-58841. They're six, it's for their school place, and the council "
     "wants them by Wednesday. || Agent: I'll have the corrected copy certified and emailed today, no charge."),
    ("children", "sensitive", "dm",
     "can my 12yo have her own login on the Quillmere Go app? she's doing the language exchange with a school "
     "in Lyon and wants to upload her own forms"
     " || Agent: Accounts are for 18+, but you can add her as a household member under your login so she "
     "can upload. || ok that works"),
    ("children", "sensitive", "email",
     "Dear Sir/Madam, I am applying for family reunion for my two children, Amanuel (4) and Selam (8), who are "
     "living with my sister in Addis Ababa. I have their birth certificates and the school letter for Selam. "
     "Can you check the documents before I send to the Home Office? Yours, Tesfaye Gebre"),
    ("children", "sensitive", "chat",
     "Hello I need translation for my baby residence card papers. he is only 2 years old and born in Kyiv || "
     "Agent: Hello! Which documents do you have for him? || birth certificate and the hospital paper with his "
     "weight || Agent: Thank you. The birth certificate is the one they need certified; the hospital paper is "
     "optional. || ok only birth certificate then. how much?"),
    ("children", "sensitive", "agent_note",
     "Caller's son, Dylan, 10, has a trial with a youth football academy in Porto; the club wants his birth "
     "certificate and a parental consent form in Portuguese. Quoted 64.00 for both, Express 24. Paid by card."),
    ("children", "sensitive", "sms",
     "my daughter is in Year 8 at Kingsmead and her school trip to Germany needs her EHIC form and passport page "
     "in German?? do u do that"
     " || Agent: We do! The passport page is 29.00, though most German schools accept an EHIC as is. || "
     "oh ok just the passport then"),
    ("children", "sensitive", "web_form",
     "Name: Ana Souza | Request: interpreter for a school meeting | Details: my son Theo is in 3rd grade and the "
     "teacher wants to talk about his reading. I speak Portuguese. Meeting at Brook Lane School, Tuesday 15:15. "
     "| Phone: 07700 900542"),
    ("children", "sensitive", "email",
     "Hi, we are hosting a 16-year-old exchange student from Seoul, Ji-ho, for the spring term and the school "
     "needs his medical consent form and emergency contact sheet translated from Korean. Could you turn it "
     "around this week? Helen Marsh"),
    ("children", "sensitive", "voicemail",
     "Hello, this is Yusuf from the Northgate Refugee Youth Project. We support a young person, he's sixteen, "
     "unaccompanied, arrived in August. His age assessment meeting is on the 21st and we need a Pashto "
     "interpreter, ideally a man. Can you call me back on 07700 900187? Thank you."),
    ("children", "sensitive", "review",
     "The interpreter at my daughter's school admission appeal was patient with her, she's only seven and "
     "got upset, and he explained everything slowly. Great service, will book again."),
    ("children", "sensitive", "chat",
     "hi my newborn's name is wrong on the translated birth cert || Agent: Oh no, sorry. What should it say? || "
     "Aarav, not Arav. he was born 2 weeks ago so I'm knackered and didn't spot it till the passport office did || "
     "Agent: Congratulations! I've reopened QM-63377, the corrected certified copy will be with you by tonight. || "
     "thank u"),
    ("children", "sensitive", "in_app",
     "Upload note: this is my son's GCSE certificate (he's 16), for the college in Valencia. Please translate "
     "into Spanish, certified."),
    ("children", "sensitive", "agent_note",
     "Adoption agency solicitor asked us to translate the adoption order and the child's new birth record for "
     "Maya (DOB 02/05/2019) from Romanian. Marked confidential, restricted to translator R. Popescu only."),
    ("children", "sensitive", "email",
     "Subject: Dependant visa for our son || Hello, I'm relocating to Toronto with my job and our son Felix is "
     "three. Does the VisaReady Check cover a dependant under 18, and does his nursery report need translating? "
     "|| Agent: Yes, dependants are included at no extra cost. Nursery reports aren't required for Canada, only "
     "his birth certificate. || Good to know, I'll book it now."),
    ("children", "sensitive", "sms",
     "Hi its Bogdan, the kindergarten wants the translated paper for Ilinca before monday, she starts there next "
     "week, is it ready? QM-59002"),
    ("children", "sensitive", "call_transcript",
     "Caller: Hello, I'm phoning for my grandson. His mother is abroad and I'm looking after him, he's five. "
     "The school here wants his records translated from Arabic. || Agent: Of course. Do you have the documents "
     "with you? || Caller: I have his report from the school in Amman and his vaccination book. || Agent: Let's "
     "start with those. I'll email you an upload link."),
    ("children", "sensitive", "dm",
     "quick one!! my kid's passport photo got rejected bc she smiled 🙃 she's 4, how strict are they for under 5s "
     "when you check the visa form?"
     " || Agent: They're more relaxed for under-5s: a neutral expression is preferred but mouth closed "
     "isn't required. A small smile is usually rejected though. || argh ok, retake it is"),
    ("children", "sensitive", "web_form",
     "Service: Sworn & Sealed certified translation | Document: Kinderausweis (child ID card) | Holder: Emil "
     "Braun, born 11 July 2016 | From German to English | Use: swimming club registration | Delivery: email"),
    ("children", "sensitive", "email",
     "Hello, my daughter Sofia is 13 and has been selected for a youth choir tour in Japan. The organisers want "
     "her passport, a parental consent letter and her school attendance letter translated into Japanese. Can "
     "you quote? Regards, Marek Novak"),
    ("children", "sensitive", "chat",
     "do you do interpreters for a nursery settling-in session? || Agent: We can, yes. Which language? || "
     "Mandarin. my little one Xinyi is 2 and a half and starts at Bumblebees Nursery on the 8th, the staff want "
     "to ask about her routines || Agent: Lovely. I'll book a Mandarin interpreter for an hour on the 8th."),
    ("children", "sensitive", "agent_note",
     "Called back Mrs Kowalczyk re: QM-61198. Her son Filip (Year 11) needs his predicted grades letter in Polish "
     "for a sixth-form scholarship in Kraków. Advised non-certified is fine. Quote accepted."),
    ("children", "sensitive", "review",
     "Two stars. Ordered my baby's birth certificate translation on Express and it took three days. She was born "
     "in Athens in January and we needed it for her child benefit claim. Reply promised a partial refund, still "
     "waiting."),
    ("children", "sensitive", "in_app",
     "Please add my son Mateo (DOB 30/11/2012) as a second person on this residence application check, "
     "he's moving with me."),
    ("children", "sensitive", "voicemail",
     "Good morning, this is Father, sorry, Mr Obi, Chidi's dad. Chidi is eight. You translated his school "
     "transfer letter last week but the headteacher's name is spelled wrong. Please call me back, 07700 900655."),
    ("children", "sensitive", "email",
     "Subject: Custody handover letter || Hi, my ex-wife lives in Hamburg and our daughter Lea (9) flies "
     "between us for the holidays. The airline's unaccompanied minor service needs a signed letter in German "
     "from both parents. Can you translate my part and certify it? || Agent: Certainly, Mr Tate. Please upload "
     "the signed English letter and we'll return a certified German version within 48 hours. || Done, uploaded."),
    ("children", "sensitive", "chat",
     "helloo, my daughter is doing her DofE bronze and needs a letter from her Spanish host family translated, "
     "she's 14 || Agent: Hi! Happy to help, how long is the letter? || one page, handwritten, sorry about the "
     "writing || Agent: That's fine, our Spanish team is used to handwriting. 28.00, back Thursday."),
    ("children", "sensitive", "sms",
     "Need interpreter for my boy's SEN review meeting thurs 2pm, he's 7, Somali please. Ref from school: SR-441"
     " || Agent: Somali interpreter booked for Thursday 2pm at the school, confirmation sent by text."),
    ("children", "sensitive", "web_form",
     "Client: Hollybrook Family Centre | Request: Tigrinya interpreter | For: a mum and her 3-month-old baby "
     "Yonas at the baby clinic weighing session | When: Wednesdays 10:00 for 6 weeks | Invoice: centre"),
    ("children", "sensitive", "agent_note",
     "Cust asked whether a 17-year-old can sign for her own translation order. Confirmed the order is for "
     "herself (A. Lindqvist, turns 18 in October). Advised parent/guardian must accept T&Cs; mother added as "
     "payer."),
    ("children", "sensitive", "email",
     "Hi! Our son starts reception class in September at a bilingual school in Brussels. They want his UK "
     "nursery learning journal (about 20 pages of photos and notes) summarised in French. Is that something you "
     "do? He's four. Thanks, Priyanka"),
    ("children", "sensitive", "call_transcript",
     "Agent: Quillmere, Kofi speaking. || Caller: Yes, hi, I'm booking an interpreter for my daughter's "
     "appointment at the child development centre, she's three. || Agent: Which language, please? || "
     "Caller: Hungarian, for my wife, she doesn't speak English well. || Agent: Okay, Hungarian, and the date? "
     "|| Caller: The 17th, 9am, Riverside Children's Centre."),
    ("children", "sensitive", "dm",
     "hey so my little brother (he's 10) got a certificate from a maths olympiad in Romania and mum wants it "
     "translated to frame it and show his school lol. is that a weird request"),
    ("children", "sensitive", "review",
     "Used Quillmere for my son's student visa check. He's 16 and going to boarding school in Switzerland. The "
     "checklist spotted that his guardian letter was missing a signature, which would have sunk the "
     "application. Worth every penny."),
    ("children", "sensitive", "in_app",
     "The translation of Layla's school enrolment form lists her as Year 5, but she's going into Year 6 in "
     "September. Please correct."),
    ("children", "sensitive", "chat",
     "do you translate adoption papers from Colombia || Agent: We do, Spanish to English, certified. || ok. "
     "our daughter came home last year at 18 months and now we need the sentencia for her citizenship || "
     "Agent: Understood. Please upload a scan and I'll quote you today."),
    ("children", "sensitive", "voicemail",
     "Hi, Jess here, I think I've put the wrong date of birth on my son's order. Oliver was born 22 August 2015, "
     "not 2016. The order is QM-64410. Can you fix it before it's certified? Cheers."),
    ("children", "sensitive", "agent_note",
     "Interpreter feedback: Vietnamese session at Oakfield Academy for Year 9 pupil Minh and his parents went "
     "over by 40 mins. School approved the extra time by email. Bill 1h40."),
    ("children", "sensitive", "sms",
     "Hi, sorry, my daughter Chloe is 13 not 12 on the consent form translation, can you change? Flight sat"),
    ("children", "sensitive", "web_form",
     "Type: visa document check | Applicants: 1 adult, 2 children (Rafael, 8; Inês, 5) | Visa: Portugal D7 | "
     "Notes: kids' school records from Leeds included, please check if they need apostilles"),
    ("children", "sensitive", "in_app",
     "hey my daughter's the one on this order, she's 11. can you put her name exactly as on her passport "
     "(ZOË with the dots)"
     " || Agent: Will do, ZOË with the diaeresis exactly as on her passport. || perfect"),
    ("children", "sensitive", "call_transcript",
     "Caller: I need a Turkish interpreter for a meeting with social services about my nephew, he's 12. || "
     "Agent: Okay, is it in person? || Caller: At the council offices, Thursday at 11. || Agent: I'll book "
     "that. Is there a reference I should put on the booking? || Caller: They gave me CS-2093."),
    ("children", "sensitive", "dm",
     "pls can someone look at my order, its my sons first passport (hes 7 months) and the translated birth cert "
     "has his middle name missing"
     " || Agent: So sorry, fixing it now; corrected copy within the hour. || thanks"),
    ("children", "benign", "email",
     "Hello, I'm the office manager at St Aldhelm's Primary. We send a weekly newsletter home and would like it "
     "translated into Polish, Romanian and Urdu every Thursday, roughly 700 words. Could we set up a standing "
     "order with a school discount? Many thanks, Mrs J. Pardoe"),
    ("children", "benign", "chat",
     "we run 14 nurseries across the north west and want our parent handbook translated || Agent: Great, how "
     "long is it and which languages? || 38 pages, into Arabic, Polish and Slovak. it's just policies, opening "
     "hours, what to pack, that kind of thing || Agent: I'll send a quote for all three by end of day."),
    ("children", "benign", "sms",
     "Do you translate birth certificates from Tamil and what's the price for certified?"
     " || Agent: Yes, 39.00 certified, 5 working days. || and for express? || Agent: 58.00, within 24 "
     "hours."),
    ("children", "benign", "agent_note",
     "Toy manufacturer Pipkin & Co. sent safety instructions for a wooden play kitchen range, 9 SKUs, for "
     "translation into 5 EU languages. CE wording to follow their glossary. Quote QM-Q-8812 sent."),
    ("children", "benign", "web_form",
     "Company: Tumbleweed Books | Service: literary translation | Project: picture book, 32 pages, approx. 900 "
     "words, Catalan to English | Notes: rhyming text, we'd like a translator with children's publishing "
     "experience | Deadline: Frankfurt Book Fair"),
    ("children", "benign", "review",
     "Used the Court Desk and the VisaReady Check for our firm's relocations this year. Honestly child's play "
     "compared to the agency we used before. Clear invoices, real people on the phone."),
    ("children", "benign", "voicemail",
     "Hi, it's Dominic from Greenholme Garden Nursery, the plant nursery, not a kids' one! We want our seed "
     "catalogue translated into Welsh for the spring. Give me a ring on 07700 900761. Ta."),
    ("children", "benign", "dm",
     "are your interpreters DBS checked for school work? we're an academy trust looking at suppliers"
     " || Agent: Yes, all interpreters on school work hold an enhanced DBS, renewed every three years. I "
     "can send our safeguarding statement."),
    ("children", "benign", "in_app",
     "What's your policy on under-18s having their own account? Asking for our youth club's info sheet, not "
     "for a particular person."),
    ("children", "benign", "call_transcript",
     "Caller: I'm with Westbury Council's school admissions team. We get applications with documents in about "
     "thirty languages. || Agent: We work with several councils on that. Do you need certified or just working "
     "translations? || Caller: Working translations, quick. || Agent: Then our Rapid Read service fits: "
     "same day, 0.06 per word, billed monthly against a PO."),
    ("children", "benign", "email",
     "Subject: Parent company billing || Hi, please note that from April the invoices for Lindqvist Freight UK "
     "should go to our parent company, Lindqvist Holding AB, in Gothenburg. VAT number attached. || Agent: "
     "Thanks, I've updated the billing entity from 1 April and added the Swedish VAT number. || Perfect, "
     "thank you."),
    ("children", "benign", "chat",
     "just minor changes to the translated contract pls, clause 4 and 9 || Agent: No problem, minor edits "
     "within 7 days are free. Can you mark them on the PDF? || sure, uploading now"),
    ("children", "benign", "sms",
     "Hi, its the office at Ravensbourne Infants. Is the interpreter for the parents' evening still booked for "
     "6pm on the 9th?"),
    ("children", "benign", "agent_note",
     "Summer camp operator Campfire Trails wants their website (booking pages, FAQs, packing list) localised "
     "into Spanish and Italian. No personal data involved. Passed to localisation team."),
    ("children", "benign", "web_form",
     "Organisation: Harbour Lights Children's Charity | Service: translation | Document: safeguarding policy "
     "(organisational template, 14 pages) | Languages: Bengali, Somali | Certified: no | Contact: "
     "ops@example.org"),
    ("children", "benign", "review",
     "Baby steps, but the new Quillmere Go app is finally usable. You can see the translator's progress on each "
     "order. Invoices still a bit hidden though."),
    ("children", "benign", "email",
     "Dear Quillmere, I'm a junior associate at Barrow & Leckie and I've been asked to set up our firm's account "
     "for contract translations. Who should I speak to about volume pricing? Best, Owen Price"),
    ("children", "benign", "voicemail",
     "Hello, Kestrel School Travel here. We organise exchange trips and we'd like the consent form template "
     "translated into French and German, just the blank template, for next year's brochure. Call me back on "
     "07700 900129, thank you."),
    ("children", "benign", "call_transcript",
     "Caller: Hi, general question. If a family applies for a visa, do the dependants' documents go on one "
     "order or separate orders? || Agent: One order can hold up to six applicants, each with their own "
     "checklist. || Caller: And the price? || Agent: The main applicant is 95.00 and each additional person is "
     "35.00."),
    ("children", "benign", "dm",
     "lol your chatbot called me 'kiddo', bit much?? anyway where do i find my invoice"
     " || Agent: Ha, sorry, we'll tone the bot down. Invoices are under Orders > Documents. || found it ta"),
    ("children", "benign", "in_app",
     "The translation of our brochure says 'kids eat free' in the Spanish version as 'los niños comen gratis', "
     "is that the right tone for a restaurant menu or too literal?"),
    ("children", "benign", "chat",
     "hello, we're a baby product brand, need our bottle steriliser packaging translated into Arabic and "
     "Turkish || Agent: Lovely. Is it just the box copy or the leaflet too? || box copy and the leaflet, about "
     "1,200 words together || Agent: I'll put that through as one job with a packaging proofreading step."),
    ("children", "benign", "email",
     "Hi, the local authority's early years team would like a Quillmere account for ad hoc interpreting at our "
     "family hubs. Invoices should go to the early years cost centre EY-330. Can you send the account form? "
     "Thanks, Bernadette Lowe, Commissioning Officer"),
    ("children", "benign", "web_form",
     "Service: subtitle translation | Content: animated series for pre-school TV, 26 episodes x 7 minutes | "
     "Languages: Welsh, Irish | Client: Puddle Lane Animation Ltd | Format: SRT"),
    ("children", "benign", "agent_note",
     "University of Tarrant admissions asked for a bulk rate on transcript translations for the new "
     "international intake. All applicants adults. Sent tiered pricing sheet v3."),
    ("children", "benign", "review",
     "Not a great experience: the 'Express 24' translation of our school prospectus arrived after 40 hours and "
     "two pages were swapped. Support fixed it quickly, so three stars. Review from the marketing office, "
     "Hazelwood College."),
    ("children", "benign", "sms",
     "Hi, are the Polish baby-changing room signs for our cafe chain ready yet? Ref QM-70098, thanks"),
    ("children", "benign", "voicemail",
     "Hi, this is Sandra at Little Pines Montessori head office. We're after a quote for translating our menu "
     "and allergen board into Polish. It's a one-off. Number's 07700 900844."),
    ("children", "benign", "call_transcript",
     "Caller: Do your court interpreters work in family courts as well? I'm compiling a supplier list for our "
     "chambers. || Agent: Yes, our Court Desk interpreters cover family, civil and criminal courts. || Caller: "
     "Do you have a rate card I can circulate? || Agent: I'll email the 2025 rate card now."),
    ("children", "benign", "dm",
     "heyy do you guys hire junior translators? just finished my MA in Spanish & Italian translation"
     " || Agent: Congratulations on the MA! Yes, apply through the Careers page, there's a short test for "
     "each language pair."),
    ("children", "benign", "in_app",
     "Feature request: let me group orders by 'family' like Spotify does, so I can see all the visa paperwork "
     "for one household in one place."),
    ("children", "benign", "email",
     "Subject: Academy trust framework || Dear Quillmere, the Meridian Academy Trust is running a procurement for "
     "interpreting and translation across 11 schools. The tender pack is attached; responses by 28 February. || "
     "Agent: Thank you, we've downloaded the pack and will submit by the deadline. || Much appreciated."),
    ("children", "benign", "chat",
     "do you have a price list for translating birth, marriage and death certificates? || Agent: Yes. Each "
     "civil certificate is 39.00 certified, 29.00 non-certified. || and is that per page or per certificate || "
     "Agent: Per certificate, up to two pages."),
    ("children", "benign", "agent_note",
     "Kidstown Play Centres (franchise) wants a Polish version of their staff health and safety induction "
     "booklet. Corporate document, 22 pages. Standard turnaround. Invoice to franchise HQ."),
    ("children", "benign", "web_form",
     "Enquiry type: partnership | Organisation: Youthwise Mentoring | Message: we'd like to refer families to "
     "you for document translations and wondered if you offer a charity rate or a referral code | Email: "
     "hello@example.org"),
    ("children", "benign", "review",
     "The interpreter booking page is so simple a child could use it. Our HR team books Court Desk and MedLink "
     "sessions from one dashboard now."),
    ("children", "benign", "sms",
     "Hi from Bramley Primary office, pls send the invoice for the translation of our term dates letter to "
     "admin@example.org"),
    ("children", "benign", "chat",
     "hi, grade question, what grade of paper do you print certified translations on? the consulate said "
     "something about 'security paper' || Agent: Certified translations are printed on 120gsm watermarked paper "
     "with an embossed seal. || great, that's what they want"),
    ("children", "benign", "email",
     "Hello, I run the Saturday supplementary school at the Hollins Community Centre (Polish language and "
     "culture). We'd like a poster advertising our classes translated from Polish to English for the "
     "library noticeboard. Please quote. Dorota W."),
    ("children", "benign", "call_transcript",
     "Caller: My question's about your minimum charge. If it's just a short certificate, is there a minimum? || "
     "Agent: Yes, the minimum for any certified job is 29.00. || Caller: Even for one line? || Agent: Even for one "
     "line, sorry, the certification step is the same amount of work."),
    ("children", "benign", "voicemail",
     "Morning, Tom Hughes from Hughes Educational Supplies. We're translating our school furniture catalogue "
     "into Dutch for a distributor. Can someone call me about timing? 07700 900903. Thanks."),
    ("children", "benign", "in_app",
     "Could you add 'Nursery / pre-school' as an organisation type in the sign-up form? We had to pick 'Other'."),
    ("children", "benign", "dm",
     "is 'child's play' ok in a legal translation or is that too casual 😂 our client used it in his cover "
     "letter"),
    ("children", "benign", "agent_note",
     "Department for Early Learning (Isle of Marrow government) requested a framework quote for translating "
     "public leaflets on funded childcare hours into 8 languages. Sent to bids team."),
    ("children", "benign", "web_form",
     "Question: do I need to certify translations of school transcripts for a UK university, or is a normal "
     "translation fine? | Context: general question for our student recruitment FAQ | Organisation: "
     "Brightpath Education Agents"),
    ("children", "benign", "review",
     "Reply from Quillmere: Thank you for the lovely review of our school-interpreting service, Headteacher. "
     "We're glad the staff training session on working with interpreters was useful and we look forward to next "
     "term."),
    ("children", "benign", "email",
     "Hi, we're a toy shop on Etsy. Our product listings need translating into German and French. Roughly 40 "
     "listings, 120 words each. Is this something you do or is it too small? Cheers, Lottie at Wooden Wren Toys"),
    ("children", "benign", "sms",
     "Quillmere: your interpreter for Ashgrove Primary staff training (Thurs 3.30pm) is confirmed. Ref QM-70112"),
    ("children", "benign", "chat",
     "hey is there a student discount? || Agent: Yes, 10% with a valid university email address. || nice, "
     "i'm at uni of Tarrant, does my .ac.uk email work || Agent: It does, the code will appear at checkout."),
    ("children", "benign", "in_app",
     "Your 'Family visa' guide says dependants need a birth certificate. Does that cover adopted dependants "
     "too in general? Just checking the guide's wording, nothing urgent."),
    # ---- financial hardship
    ("financial_hardship", "sensitive", "email",
     "Subject: Invoice INV-2025-3318 || Hello, I'm writing about the invoice for my diploma translations. I was "
     "made redundant two weeks after I placed the order and I can't pay the 186.00 in one go. Could I pay 30 a "
     "month? I don't want to ignore it. Ruth Adeyemi || Agent: Hi Ruth, thank you for telling us. I've set up six "
     "monthly payments of 31.00 with no fees, first one on the 1st. || That's so kind, thank you."),
    ("financial_hardship", "sensitive", "chat",
     "hi can i cancel the express upgrade and just do standard || Agent: Sure, may I ask if there's a problem "
     "with the timing? || no timing is fine its just money, im on universal credit and the extra 40 is the "
     "gas || Agent: Understood, I've switched it to Standard and refunded the 40.00 difference to your card."),
    ("financial_hardship", "sensitive", "sms",
     "Pls dont pass my invoice to debt collectors, I have 3 already chasing me. Can pay 10 a week from fri"),
    ("financial_hardship", "sensitive", "agent_note",
     "Cust Mr Dragan Ilic says his business went into bankruptcy in Serbia and he needs the court's discharge "
     "decision translated for his UK residence application. Very anxious about cost; offered to split payment "
     "over 3 months."),
    ("financial_hardship", "sensitive", "voicemail",
     "Hi, it's Marta Kowal, order QM-52210. I got an eviction notice from my landlord and the council housing "
     "team need it translated, but I honestly can't afford it until my wages come in on the 28th. Is there any "
     "way to do it now and pay later? 07700 900276."),
    ("financial_hardship", "sensitive", "web_form",
     "Request: fee waiver / reduced rate | Reason: I've been out of work since the factory closed in January and "
     "I live on jobseeker's allowance. I need my work references translated from Portuguese to apply for jobs. "
     "| Name: Cristiano Alves | Email: c.alves@example.com"),
    ("financial_hardship", "sensitive", "review",
     "I have nothing but praise for the agent who let me defer payment on my visa check when my savings ran out "
     "halfway through. She didn't make me feel ashamed. The service itself was thorough too."),
    ("financial_hardship", "sensitive", "call_transcript",
     "Caller: I got a letter from Northway Recoveries saying I owe you 240 pounds. || Agent: I'm sorry, let me "
     "look. Yes, that's the unpaid interpreting invoice from last year. || Caller: I lost my job in the "
     "autumn and I've got rent arrears as well, I just can't. || Agent: I'll put the account on hold for 60 days "
     "and ask them to stop contacting you while we agree a plan."),
    ("financial_hardship", "sensitive", "dm",
     "hey, my visa fee took everything i had saved and i literally cannot pay for the certified translations "
     "on top. do u have any hardship thing or charity partners?"),
    ("financial_hardship", "sensitive", "in_app",
     "Please stop the automatic retry on my card. It keeps failing because my account is overdrawn and the "
     "bank charges me 8 each time. I will pay when my benefit comes in."),
    ("financial_hardship", "sensitive", "email",
     "Dear Quillmere, I'm applying for a debt relief order and my adviser at the Citizens' Advice office needs "
     "the loan statements from my bank in Bucharest translated. Is there any way to get a reduced rate? I have "
     "about 60 pounds a month after rent. Kind regards, Ioana"),
    ("financial_hardship", "sensitive", "chat",
     "is there a payment plan for the residence permit check? || Agent: We can split it into 2 or 3 payments. || "
     "3 pls. my husband lost his job at the warehouse and we are using the food bank this month, i know its "
     "embarrassing || Agent: Not embarrassing at all. I've set it to 3 payments and waived the admin fee."),
    ("financial_hardship", "sensitive", "agent_note",
     "Mrs Yilmaz called, distressed. Her card was declined because she's maxed out after her hours were cut to "
     "zero. Placed the certified translation order on hold, not cancelled. Follow up on 3rd of next month."),
    ("financial_hardship", "sensitive", "sms",
     "sorry for late payment, bailiffs took my car last week and everything is chaos. will pay the 58 by monday"),
    ("financial_hardship", "sensitive", "web_form",
     "Order: QM-66041 | Issue: can't pay | Details: my repossession hearing is next month and the mortgage "
     "lender's letters are in Greek, I need them translated but I'm behind on everything. Can you invoice me "
     "after? | Phone: 07700 900351"),
    ("financial_hardship", "sensitive", "voicemail",
     "Hello, this is Femi, I'm calling because I need to cancel my interpreter booking. I'm in an IVA now and my "
     "supervisor said I can't take on any new costs. Sorry for the short notice, reference QM-57723."),
    ("financial_hardship", "sensitive", "email",
     "Subject: Refund please || Hi, I paid for the VisaReady Check but I have to withdraw the application. We "
     "lost the flat and we're in temporary accommodation, so I can't show the address history. Is a partial "
     "refund possible? || Agent: I'm so sorry to hear that. As the check hadn't started, I've refunded the full "
     "95.00. || Thank you."),
    ("financial_hardship", "sensitive", "call_transcript",
     "Agent: Quillmere accounts, Priya speaking. || Caller: Hi, I'm ringing about the overdue invoice. Since "
     "my restaurant closed I've been living off my credit cards and they're all at the limit. || Agent: I "
     "understand. Would a monthly plan help? || Caller: Yes, maybe 20 a month? || Agent: That's fine, I'll set it "
     "up."),
    ("financial_hardship", "sensitive", "review",
     "Warning: they charged my card twice for one translation and while I waited for the refund my rent bounced "
     "and I got a late fee from the landlord. When you're living payday to payday that's a disaster. Refund came "
     "eventually."),
    ("financial_hardship", "sensitive", "in_app",
     "I need my payslips translated for the tenancy but honestly I've not had a payslip since March, I'm on "
     "hardship payments from the council. What else can I send for proof of income?"),
    ("financial_hardship", "benign", "email",
     "Hello, our company card expired last month and I think that's why the invoice for QM-61870 failed. I've "
     "updated the card in the portal, could you retry the payment? Thanks, Accounts Payable, Holm Logistics"),
    ("financial_hardship", "benign", "chat",
     "hi, the invoice doesn't show VAT separately, our finance team needs that || Agent: Apologies, I'll "
     "reissue it as a full VAT invoice. Which company name and address should be on it? || Brenner Architects "
     "Ltd, 4 Quayside, Leith || Agent: Done, sent to your email."),
    ("financial_hardship", "benign", "sms",
     "Payment failed for QM-60544? Card's fine, might be 3D secure. Can you send a new link"
     " || Agent: New payment link sent by SMS, it should prompt 3D Secure this time. || worked, thanks"),
    ("financial_hardship", "benign", "agent_note",
     "Customer asked whether we accept payment in euros. Explained we invoice in GBP but accept EUR via bank "
     "transfer at the day's rate; sent IBAN details."),
    ("financial_hardship", "benign", "web_form",
     "Question: does the VisaReady Check explain the financial requirement for a spouse visa, like how much "
     "savings count and which bank statements are accepted? | General question before purchase"),
    ("financial_hardship", "benign", "review",
     "Good value. The certified translation of our company's annual accounts was cheaper than the other three "
     "quotes and arrived a day early. Invoice was clear and the VAT was right first time."),
    ("financial_hardship", "benign", "voicemail",
     "Hi, Gareth from Tillman Engineering, purchase ledger. We've got a debit note from you on the interpreting "
     "account and I'm not sure what it relates to. Can someone email me the breakdown? Cheers."),
    ("financial_hardship", "benign", "call_transcript",
     "Caller: Your discount code SPRING15 didn't apply at checkout. || Agent: Let me check. Ah, it's valid on "
     "Standard turnaround only, and your basket has Express. || Caller: Okay, I'll switch to Standard then, "
     "I'm not in a rush. || Agent: Great, the 15% will show once you change it."),
    ("financial_hardship", "benign", "dm",
     "do you do instalments in general? like klarna or similar? just comparing translation firms for a "
     "blog post"
     " || Agent: We offer a split into three payments on orders over 100.00, no Klarna yet. || useful, "
     "cheers"),
    ("financial_hardship", "benign", "in_app",
     "How long do refunds take to show on a card? You refunded QM-59930 yesterday for the cancelled extra page."
     " || Agent: Usually 3 to 5 working days depending on your bank."),
    ("financial_hardship", "benign", "email",
     "Subject: Outstanding invoices Q3 || Dear Quillmere, our auditors have asked for a statement of account "
     "for Q3. Could you send one showing paid and outstanding invoices? || Agent: Attached is the statement; "
     "all Q3 invoices are paid apart from INV-2025-2877, which is due on the 30th. || Thanks, that matches our "
     "ledger."),
    ("financial_hardship", "benign", "chat",
     "what's the price difference between Standard and Express 24 for a 2-page bank statement? || Agent: "
     "Standard is 44.00, Express 24 is 66.00, both certified. || ok standard, it's for a mortgage application, "
     "no rush"),
    ("financial_hardship", "benign", "agent_note",
     "Duplicate payment detected on QM-62019 (card charged twice by gateway error). Refunded the second charge "
     "of 52.00 and emailed the customer an apology."),
    ("financial_hardship", "benign", "sms",
     "Hi, can the invoice for the court interpreter go to my firm instead of me personally? Firm: Ashdown Law"),
    ("financial_hardship", "benign", "web_form",
     "Request: quote | Document: loan agreement (commercial, between two companies) | 18 pages | Language pair: "
     "German > English | Certified: yes | Client: Vessel & Pike Capital"),
    ("financial_hardship", "benign", "review",
     "Three stars. Translation fine, but why do I have to pay upfront for a 400-word job? Other firms invoice "
     "after delivery. Just a suggestion for the payment process."),
    ("financial_hardship", "benign", "voicemail",
     "Hello, this is Niamh from Credit Union Lisburn's office. We'd like our member leaflet about savings "
     "accounts translated into Polish and Lithuanian. Could you call me on 07700 900580?"),
    ("financial_hardship", "benign", "call_transcript",
     "Caller: I need proof of funds translated for a student visa, bank statements, three months. || Agent: "
     "Which language? || Caller: Vietnamese to English. || Agent: That's 3 statements at 39.00 each, certified, "
     "ready in five working days. || Caller: Fine, I'll upload them tonight."),
    ("financial_hardship", "benign", "dm",
     "your checkout keeps saying 'insufficient address details' when i pay, is that a bug? using safari"
     " || Agent: Known Safari issue with autofill, fix going live tonight. Try typing the postcode "
     "manually for now. || that did it"),
    ("financial_hardship", "benign", "in_app",
     "Can I get a receipt rather than an invoice? My employer reimburses translation costs through expenses."),
    # ---- legal
    ("legal", "sensitive", "email",
     "Hello, my divorce was finalised in Madrid last month and I need the sentencia de divorcio translated and "
     "certified so I can change my name back on my UK passport. My solicitor, Ms Adair, may contact you as "
     "well. Thank you, Lucia Hartley"),
    ("legal", "sensitive", "chat",
     "hey do you translate police certificates? || Agent: Yes, criminal record certificates from most countries. "
     "|| ok its from Poland, and it's not clean, there's a conviction from 2016 for drink driving. will that be "
     "a problem for the visa check? || Agent: We translate exactly what's on it. For the check, I'll note it so "
     "the reviewer can advise on disclosure."),
    ("legal", "sensitive", "sms",
     "URGENT my brother was arrested last night, police station in Dover needs Albanian interpreter, can u send "
     "someone?"),
    ("legal", "sensitive", "agent_note",
     "Court Desk booking for the customer's own hearing at Harbridge Magistrates' on 6 May, 10:00. He is the "
     "defendant (charge: common assault, denies it). Russian interpreter, Yelena K. Solicitor: Fenwick & Moor."),
    ("legal", "sensitive", "voicemail",
     "Hi, it's Samuel Quist. My lawyer says the court needs the tenancy agreement translated for my claim "
     "against my old landlord. The hearing's in three weeks. Please phone me back on 07700 900492. Thanks."),
    ("legal", "sensitive", "web_form",
     "Service: certified translation | Document: police report (theft of my car in Lyon, filed at the "
     "commissariat) | From French to English | Needed for: my insurance claim and the UK police | Name: "
     "Harriet Moss"),
    ("legal", "sensitive", "review",
     "Booked an interpreter for my immigration appeal at the tribunal. She was excellent, but the judge "
     "adjourned the case because the Home Office's bundle was late, so I'll need her again in July. Thank you "
     "Quillmere."),
    ("legal", "sensitive", "call_transcript",
     "Caller: I'm taking my former employer to an employment tribunal and my witness statement needs to be in "
     "English. I wrote it in Portuguese. || Agent: We can do that, certified for tribunal use. How long is it? "
     "|| Caller: Nine pages. My solicitor said by Friday. || Agent: Express 24 would make Friday easily."),
    ("legal", "sensitive", "dm",
     "hi, i got a fine for speeding in Belgium and now there's a court summons in Dutch, no idea what it says. "
     "can you translate it fast? court date might be soon"),
    ("legal", "sensitive", "in_app",
     "Upload note: this is the decree nisi from my divorce, plus the financial order. Please translate both "
     "into Polish for the bank in Gdańsk."),
    ("legal", "sensitive", "email",
     "Subject: Probation letter || Hi, I'm on probation until next spring and my probation officer has to "
     "approve a trip to see family in Lisbon. She needs the invitation letter in English. Can you translate it? "
     "|| Agent: Of course, Mr Duarte. Is a standard translation enough, or does she need it certified? || "
     "She said certified to be safe."),
    ("legal", "sensitive", "chat",
     "i need the court order in English for my residence application || Agent: Which court order, please? || "
     "the one from my case in Romania, i was sued by my old business partner and lost, the judgement says i "
     "have to pay him || Agent: Understood, upload it and I'll quote for a certified translation."),
    ("legal", "sensitive", "agent_note",
     "Cust asked us to translate a letter from the prosecutor's office in Turin. She is a witness in a fraud "
     "trial against her ex-employer and has been summoned for 12 June. Booked Italian court interpreter too."),
    ("legal", "sensitive", "sms",
     "Hi, my immigration lawyer wants the translated docs sent direct to her at a.sorensen@example.com for my "
     "appeal, ok?"),
    ("legal", "sensitive", "web_form",
     "Request: interpreter for a meeting with my solicitor | Topic: my arrest last month and the charges | "
     "Language: Kurdish Sorani | Location: Larkin & Shaw Solicitors | Date: any weekday next week"),
    ("legal", "benign", "email",
     "Dear Quillmere, Barrow & Leckie LLP would like a certified translation of a share purchase agreement "
     "(Norwegian to English, 64 pages) for a corporate client. Please include your confidentiality terms "
     "with the quote. Kind regards, Legal Support"),
    ("legal", "benign", "chat",
     "one sentence in my translated degree certificate seems off, 'with honours' is missing || Agent: Let me "
     "look. You're right, that phrase was dropped. I'll correct and recertify it. || thanks, how long? || "
     "Agent: Within 24 hours, no charge."),
    ("legal", "benign", "sms",
     "Is a Sworn & Sealed translation legally accepted in Spain or do I need a traductor jurado?"
     " || Agent: For official use in Spain you generally need a traductor jurado; we can arrange one "
     "through our Madrid partner."),
    ("legal", "benign", "agent_note",
     "Law firm Ashdown Law asked for Court Desk terms: cancellation within 24h billed at 50%, interpreters "
     "hold NRPSI-equivalent registration. Sent framework agreement draft for their review."),
    ("legal", "benign", "voicemail",
     "Hello, it's the company secretary at Orrin Biotech. We need our certificate of incorporation apostilled "
     "and translated into Japanese for a distributor. Could you explain the steps? 07700 900610."),
    ("legal", "benign", "web_form",
     "Question type: privacy | Message: what is your lawful basis for keeping translated documents after "
     "delivery, and how do I submit a data access request? | General policy question"),
    ("legal", "benign", "review",
     "Case closed in under an hour! I raised a ticket about a wrong date format on my certificate translation "
     "and support fixed it before lunch. Proper service."),
    ("legal", "benign", "call_transcript",
     "Caller: I'm a court manager compiling our interpreter supplier list. What qualifications do your Court "
     "Desk interpreters hold? || Agent: A level 6 interpreting diploma, court experience, and they're "
     "registered with the national register. || Caller: And vetting? || Agent: Enhanced checks, renewed "
     "every three years. I'll email the certificates."),
    ("legal", "benign", "dm",
     "can someone judge whether 'legal tender' should be translated or left in English in my company's FAQ? "
     "it's for our payments page"
     ' || Agent: Our Spanish reviewer suggests "moneda de curso legal", not leaving it in English. || '
     "great, go with that"),
    ("legal", "benign", "in_app",
     "I'd like to appeal the late-upload fee on QM-61322. The upload page was down on Tuesday, I have the "
     "screenshot."
     " || Agent: You're right, the portal had an outage on Tuesday. Fee removed. || thanks!"),
    ("legal", "benign", "email",
     "Subject: Trademark filing || Hello, we're filing a trademark in China and the IP office wants the "
     "goods and services list translated into simplified Chinese. About 1,500 words. || Agent: We have a "
     "specialist IP translator for that. Quote attached, 5 working days. || Approved, please proceed. "
     "PO 77120."),
    ("legal", "benign", "chat",
     "do I need a notary as well as your certification for a Dutch residence permit? || Agent: For the "
     "Netherlands, a certified translation is usually enough, but if your document is from outside the EU it "
     "may need an apostille first. || ok I'll check if mine has one"),
    ("legal", "benign", "agent_note",
     "Policy question from customer: can they get a translation certified for use in court in general? "
     "Explained our certificate of accuracy and that the court may ask for the translator to attend."),
    ("legal", "benign", "web_form",
     "Service: legal translation | Document: general terms and conditions of sale (company template) | "
     "Languages: French, German | Client: Hollow Oak Furniture Ltd | Certified: no"),
    ("legal", "benign", "review",
     "The translation of our employment contract templates was bang on, the lawyer who reviewed them found "
     "nothing to change. HR team at Fenwick Retail."),
    # ---- bereavement
    ("bereavement", "sensitive", "email",
     "Hello, my mother passed away in Kraków in February and the probate registry here needs her death "
     "certificate and her Polish will translated and certified. I'm the executor. I'm sorry if this email is "
     "a bit scattered, it's been a lot. Agnieszka Reid"),
    ("bereavement", "sensitive", "chat",
     "hi, i need to cancel my husband's Quillmere Pro subscription || Agent: I can help with that. Is he able "
     "to confirm, or shall I take details from you? || he died three weeks ago. i'm going through his accounts "
     "|| Agent: I'm very sorry for your loss. I'll cancel it today and refund the unused months to the card on "
     "file. You don't need to do anything else."),
    ("bereavement", "sensitive", "sms",
     "Need the Express translation asap pls, my dad died in Lagos and we need the papers to fly his body home"),
    ("bereavement", "sensitive", "agent_note",
     "Account holder Mr E. Sandoval deceased (per daughter's call, 14 Mar). Daughter asked for copies of his "
     "translated pension documents. Requested death certificate and her ID before releasing. Flag: be gentle."),
    ("bereavement", "sensitive", "voicemail",
     "Hi, it's Tariq, I'd booked an interpreter for my grandmother's hospital appointment on Thursday. She "
     "passed on Sunday, so please cancel it. Sorry, I should have called sooner. Thanks."),
    ("bereavement", "sensitive", "web_form",
     "Request: urgent visa document check | Reason: my brother died suddenly in Manila and the funeral is on "
     "the 9th, I need to get there with my partner | Visa: Philippines, for my partner | Phone: 07700 900733"),
    ("bereavement", "sensitive", "review",
     "When my wife passed I had to deal with her family in Greece and all the paperwork. The Quillmere "
     "translator handled the death certificate and the inheritance forms with real care. Thank you, Constantinos "
     "in particular."),
    ("bereavement", "sensitive", "call_transcript",
     "Agent: Quillmere, Dafydd speaking. || Caller: Hi, I need the widow's pension form from Germany translated. "
     "My husband died last year and the Rentenversicherung keeps sending me letters I can't read. || Agent: "
     "I'm sorry. We can translate the letters and help you fill the form. || Caller: That would help so much."),
    ("bereavement", "sensitive", "dm",
     "sorry for the late reply on the quote, we lost our son in october and i haven't been opening emails. still "
     "need the documents translated for his estate"),
    ("bereavement", "sensitive", "in_app",
     "Please change the name on the order to mine, Aurelie Martin. My father, who placed it, died last week and "
     "I'm handling his residence paperwork now."),
    ("bereavement", "sensitive", "email",
     "Subject: Delay on QM-58810 || Hi, apologies for missing the interpreter session. My best friend was killed "
     "in a road accident on Friday and I just couldn't face it. Can I rebook for next month? || Agent: I'm so "
     "sorry, Lewis. There's no charge for the missed session and I've held the same interpreter for you. || "
     "Thank you. Really."),
    ("bereavement", "sensitive", "chat",
     "do you do the translation of the coroner's report? || Agent: Yes, we can. Which language is needed? || "
     "Italian. It's for my sister, she died while on holiday in Sicily and the family there need to read "
     "it || Agent: I'm very sorry. I'll assign our most experienced medical-legal translator."),
    ("bereavement", "sensitive", "agent_note",
     "Mrs Okonkwo asked to pause the spouse visa check: her fiancé's mother has died and the wedding is "
     "postponed. Paused for 90 days, no fee."),
    ("bereavement", "sensitive", "sms",
     "Hi its Nuala. My mum passed away last night. Can u hold the translation of her residence papers, dont "
     "know if we still need them"),
    ("bereavement", "sensitive", "voicemail",
     "Hello, this is Henryk Wolski. My wife Danuta, who had the account, passed away in January. There's an "
     "invoice still in her name for some translations. I'd like to pay it and close the account. Number is "
     "07700 900824."),
    ("bereavement", "benign", "email",
     "Hello, we're Fairhaven Funeral Directors. We'd like our service brochure and price list translated into "
     "Polish, Romanian and Punjabi for the families we serve. Around 2,000 words. Could you quote? Kind regards, "
     "Office Manager"),
    ("bereavement", "benign", "chat",
     "how much is it to translate a death certificate from Spanish? just pricing it up || Agent: A death "
     "certificate is 39.00 certified, up to two pages. || and turnaround? || Agent: Five working days Standard, "
     "or 24 hours on Express."),
    ("bereavement", "benign", "sms",
     "The deadline for QM-60071 is dead on Friday right? Not Thursday? Want to plan the printing"
     " || Agent: Yes, Friday 5pm is the delivery time. || great"),
    ("bereavement", "benign", "agent_note",
     "Broken link in the order confirmation email ('dead link' to the tracker). Logged bug BUG-2291 with web "
     "team; affects all orders since Monday's release."),
    ("bereavement", "benign", "voicemail",
     "Hi, my laptop died halfway through uploading my documents to your site. Can you tell me if the upload "
     "went through? The order is QM-61804. Thanks."),
    ("bereavement", "benign", "web_form",
     "Organisation: Cedar Lane Hospice Shop | Request: translate our volunteer recruitment poster into "
     "Polish and Lithuanian | Word count: 180 | Deadline: next Friday"),
    ("bereavement", "benign", "review",
     "RIP the old clunky order form, the new one is a big improvement. Took me five minutes to order a "
     "certified translation of my degree."),
    ("bereavement", "benign", "call_transcript",
     "Caller: Our HR department is updating its bereavement leave policy and we need it in Spanish and "
     "Tagalog for our care home staff. || Agent: Sure, how long is the policy? || Caller: About four pages. || "
     "Agent: That's roughly a three-day job. I'll send the quote to your HR inbox."),
    ("bereavement", "benign", "dm",
     "your late fee is a bit steep tbh, 15 quid because i uploaded the docs a day after the slot"
     " || Agent: Fair point. As it's your first late upload I've waived it this once. || oh nice, "
     "appreciate it"),
    ("bereavement", "benign", "in_app",
     "Please kill the job QM-62480, I ordered the wrong language pair by accident. Should be Czech not Slovak."
     " || Agent: Cancelled and re-created as Czech to English, no charge for the switch."),
    ("bereavement", "benign", "email",
     "Subject: Book translation || Dear Quillmere, we're an independent publisher and have acquired rights to a "
     "Danish novel called 'Grief Is a House'. We'd like a sample translation of the first chapter. || Agent: "
     "Lovely. Our literary team can do a 5,000-word sample for 350.00. || Great, contract to follow."),
    ("bereavement", "benign", "chat",
     "do you translate probate documents for solicitors in bulk? we're a private client team || Agent: Yes, we "
     "have a framework rate for law firms. || perfect, please send the rate card to our office email"),
    ("bereavement", "benign", "agent_note",
     "Booked interpreters for a heritage open day at the Memorial Hall, Brackley (venue name). French and "
     "German tour groups, 2 x 3 hours. Invoice to the Hall trustees."),
    ("bereavement", "benign", "web_form",
     "Question: does a translated death certificate need an apostille for use in France, in general terms? | "
     "Context: writing guidance notes for our probate department | Company: Greaves Solicitors"),
    ("bereavement", "benign", "review",
     "Passed my chartered accountancy exams in Warsaw and the professional body here accepted the certified "
     "translation of my certificate without any questions. Thanks, team!"),
    # ---- violence and self-harm
    ("violence_self_harm", "sensitive", "email",
     "Hello, please do not print my home address on the certified translation or the invoice. My ex-partner "
     "has been stalking me since I left and he found my last address through a document. Use the PO box on my "
     "account. Thank you for understanding. Name withheld on purpose, account QM-C-2210."),
    ("violence_self_harm", "sensitive", "chat",
     "i need my residence application checked, it's the domestic abuse route || Agent: Thank you for telling "
     "us. Our reviewers are trained for that route and everything stays confidential. || he used to hit me "
     "and took my passport, i have the police letters and the refuge letter || Agent: Those are exactly the "
     "documents that help. Upload them whenever you feel ready."),
    ("violence_self_harm", "sensitive", "sms",
     "if this visa gets refused again i dont want to be here anymore honestly. whats the point"),
    ("violence_self_harm", "sensitive", "agent_note",
     "Complaint: interpreter (ID 4471) sent the customer repeated personal messages after the session, "
     "including one saying he'd 'wait outside her work'. Interpreter suspended pending investigation; "
     "customer advised to report to police. Escalated to safeguarding lead."),
    ("violence_self_harm", "sensitive", "voicemail",
     "This is for whoever handled my visa check. You cost me my job. I know where your Leith office is and I'll "
     "be waiting for you when you come out. You've been warned."),
    ("violence_self_harm", "sensitive", "web_form",
     "Request: certified translation | Document: medical-legal report of my injuries after the attack in "
     "Bucharest, for the criminal injuries claim | Notes: please don't phone, email only, I'm staying "
     "somewhere safe"),
    ("violence_self_harm", "sensitive", "review",
     "One star. The interpreter at my mother's appointment made comments about my sister's body and then "
     "followed her to the car park. We reported it. Quillmere's response has been slow and defensive."),
    ("violence_self_harm", "sensitive", "call_transcript",
     "Agent: Quillmere, Saoirse speaking. || Caller: Hi... I'm sorry, I don't really know why I rang you. "
     "The visa was refused and I've been thinking about ending it. || Agent: I'm really glad you called. Are you "
     "safe right now? || Caller: I think so. || Agent: Okay. I'd like to give you the Samaritans number, "
     "116 123, and stay on the line while you call if you want."),
    ("violence_self_harm", "sensitive", "dm",
     "the guy who interpreted at my asylum interview keeps messaging me on insta, says he'll tell my family "
     "back home where i live if i don't meet him. i'm scared"),
    ("violence_self_harm", "sensitive", "in_app",
     "Please add a note to my file: no male interpreters. I was assaulted last year and I can't be in a small "
     "room with a man I don't know."),
    ("violence_self_harm", "sensitive", "email",
     "Subject: Torture evidence || Dear Quillmere, my asylum solicitor needs the medical report documenting "
     "the scars from my detention translated from Arabic. They beat me for weeks. I want it to be accurate. || "
     "Agent: We'll assign a senior translator, and nothing will be shortened. || Thank you."),
    ("violence_self_harm", "sensitive", "chat",
     "can i change the email on my account? my husband reads my emails and he gets violent when i do things "
     "without asking || Agent: Yes, of course. I'll update it now and turn off email notifications to the old "
     "address. || thank you. please dont call the house"),
    ("violence_self_harm", "sensitive", "agent_note",
     "Customer mentioned in passing on the call that she's been cutting herself again since the refusal letter. "
     "Gave Samaritans number, followed wellbeing protocol, logged for team leader. Order proceeding."),
    ("violence_self_harm", "sensitive", "sms",
     "Someone keeps calling me saying they know I used your service and they'll hurt my kids if I don't pay "
     "them. Is this you??"),
    ("violence_self_harm", "sensitive", "voicemail",
     "Hi, Amira calling. I need the non-molestation order translated into Arabic so my mother understands it. "
     "My ex threatened to burn the flat down with me in it. Please ring back on 07700 900159, only this number."),
    ("violence_self_harm", "benign", "email",
     "Hello, Safehaven Women's Refuge (the charity) would like our information leaflet about our services "
     "translated into Urdu, Bengali and Polish. 1,100 words. We'd be grateful for a charity rate if you have one. "
     "Best, Operations Team"),
    ("violence_self_harm", "benign", "chat",
     "this residence permit form is literally killing me, 14 pages lol || Agent: It's a beast! The VisaReady "
     "Check walks you through it section by section. || sold. how do i start || Agent: Click 'Start check' on "
     "your dashboard and pick 'Residence permit'."),
    ("violence_self_harm", "benign", "sms",
     "Could murder a coffee. Anyway is QM-61150 done? You said noon"
     " || Agent: Done and in your inbox as of 11:52! Enjoy the coffee."),
    ("violence_self_harm", "benign", "agent_note",
     "Corporate client Lanyon Retail ordered translation of their anti-harassment and bullying policy into "
     "Portuguese and Romanian for warehouse staff. Standard turnaround."),
    ("violence_self_harm", "benign", "voicemail",
     "Hi, just shoot me an email when the quote's ready, I'm in meetings all day. It's Rob at Kestrel Security, "
     "the manned guarding contract translation."),
    ("violence_self_harm", "benign", "web_form",
     "Service: subtitling | Content: thriller feature film 'Knife Edge', 104 minutes | Languages: Spanish, "
     "Brazilian Portuguese | Client: Redgate Pictures | Deliverable: SRT + burnt-in preview"),
    ("violence_self_harm", "benign", "review",
     "The deadline was a killer but they hit it. 200 pages of technical manuals in four days. Top marks."),
    ("violence_self_harm", "benign", "call_transcript",
     "Caller: Our IT team flagged a lot of failed logins on our Quillmere business account, looks like a "
     "brute-force attack. || Agent: Thanks for flagging. I've locked the account and enabled two-factor for all "
     "users. || Caller: Great, can you send the access log? || Agent: Yes, to your admin email within the hour."),
    ("violence_self_harm", "benign", "dm",
     "hit me up when the interpreter's confirmed for the trade fair, i need the name for the badge"
     " || Agent: Confirmed: Luca Ferri, Italian, both fair days. || sweet, badge ordered"),
    ("violence_self_harm", "benign", "in_app",
     "What's your safety policy for interpreters doing home visits? Writing our lone-working procedure as a "
     "partner agency."
     " || Agent: Interpreters check in and out with our duty desk and never go alone into a visit flagged "
     "as high-risk. I'll email the full policy."),
    ("violence_self_harm", "benign", "email",
     "Subject: Martial arts syllabus || Hi, our karate association wants the grading syllabus translated into "
     "Japanese for the visiting examiners. Lots of 'strikes' and 'kicks' vocabulary. || Agent: Fun one! We have "
     "a translator who teaches judo. Quote attached. || Ha, perfect."),
    ("violence_self_harm", "benign", "chat",
     "the threat model doc for our app needs translating to German for the auditors || Agent: Sure. Is it "
     "technical security content? || yes, STRIDE, attack trees etc, 20 pages || Agent: I'll put it with our IT "
     "localisation team."),
    ("violence_self_harm", "benign", "agent_note",
     "Customer joked he'd 'strangle the printer' for ruining the first copy. Sent a replacement certified copy "
     "by courier, no charge."),
    ("violence_self_harm", "benign", "web_form",
     "Organisation: Northside Victim Support (charity) | Request: translate our general 'How we can help' "
     "leaflet into Tigrinya and Amharic | Words: 650 | Invoice: charity finance office"),
    ("violence_self_harm", "benign", "review",
     "Absolutely smashed it. Ordered at 9pm, certified PDF in my inbox by 8am. Express 24 is worth the money."),
    # ---- special categories: religion and belief
    ("special_categories", "sensitive", "email",
     "Hello, for my spouse visa I need our nikah certificate translated from Urdu. We married at Masjid Noor in "
     "Lahore in December and the imam also gave us a letter confirming the ceremony. Can both be certified? "
     "Regards, Bilal Chaudhry"),
    ("special_categories", "sensitive", "chat",
     "hi can we book the interpreter for the residence interview? || Agent: Of course, which days suit? || any "
     "day except friday evening and saturday, we keep shabbat || Agent: Noted. How about Sunday the 14th at 11? "
     "|| perfect, thank you"),
    ("special_categories", "sensitive", "sms",
     "It's Ramadan so I'm fasting, could the interpreter come after 8pm when we break the fast? Ref QM-63901"),
    ("special_categories", "sensitive", "agent_note",
     "Cust (Ms Kerrigan) needs her baptism certificate from Vilnius translated for her church wedding. She's "
     "being received into the Catholic Church at Easter and the parish priest asked for it. Standard, certified."),
    ("special_categories", "sensitive", "voicemail",
     "Hi, Harjit Singh here. Quick one about the visa photo check: I wear my turban at all times, it's part of "
     "my faith, and I wanted to be sure your check won't flag the photo. Call me on 07700 900277. Thanks."),
    ("special_categories", "sensitive", "web_form",
     "Document: marriage confirmation letter from Shri Ganesh Mandir, Leicester | From: Gujarati | To: English "
     "| Note: our wedding was a Hindu ceremony only, we didn't register it civilly, so this letter is our main "
     "evidence | Names: Kiran & Nikhil Patel"),
    ("special_categories", "sensitive", "review",
     "They sent a female interpreter when I asked and she didn't blink when I needed five minutes to pray "
     "during the long session at the housing office. As a Muslim woman that meant a lot. Five stars."),
    ("special_categories", "sensitive", "call_transcript",
     "Agent: Court Desk, Benedikt speaking. || Caller: Hi, my affidavit translation says 'sworn before God'. "
     "I'm an atheist and I'll be affirming, not swearing, at court. || Agent: Understood, I'll ask the "
     "translator to use the affirmation wording. || Caller: Thanks, it matters to me."),
    ("special_categories", "sensitive", "dm",
     "hey, after my ordination as a Buddhist nun I took the name Tenzin Dolma. need the monastery's letter "
     "translated so I can change my name on my documents"),
    # ---- special categories: ethnic origin and race
    ("special_categories", "sensitive", "email",
     "Subject: Missing birth registration || Hello, I'm Roma and my grandmother's birth in Slovakia was never "
     "properly registered, like a lot of our families then. For my citizenship application I need the "
     "community leader's statement translated. || Agent: We can translate and certify it. The check reviewer "
     "will add a note on alternative evidence. || Thank you, that helps."),
    ("special_categories", "sensitive", "chat",
     "need an interpreter for my asylum interview, kurmanji || Agent: Sure, do you have any preferences? || "
     "yes please dont send a turkish interpreter who also speaks kurdish. i'm kurdish and last time it felt "
     "like he was judging me || Agent: Understood, I'll only assign a native Kurmanji speaker."),
    ("special_categories", "sensitive", "review",
     "When I dropped my documents at your Leith office, the receptionist asked if I was there to clean. I'm a "
     "Black woman in a suit holding a folder. The translation was fine, the welcome was not."),
    ("special_categories", "sensitive", "agent_note",
     "Cust is from the Irish Traveller community and has no fixed address history for 2019-2022; VisaReady "
     "flagged the gap. Advised letters from the site warden and GP. She asked that her background isn't "
     "mentioned to the translator."),
    ("special_categories", "sensitive", "voicemail",
     "Hello, my name is Abdurehim. I am Uyghur, and it is not possible for me to get new documents from "
     "Xinjiang. I have only old copies. Can your check still help with the residence application? "
     "07700 900318 is my number, sorry, 07700 900381."),
    ("special_categories", "sensitive", "web_form",
     "Document: Myanmar national ID card | From: Burmese | To: English | Special instruction: the ethnicity "
     "field says Rohingya in Burmese script, please translate it exactly and do not change it to 'Bengali' as "
     "the other agency did"),
    ("special_categories", "sensitive", "in_app",
     "Applying for German citizenship restoration under Article 116 since my grandparents were Jewish and "
     "fled Berlin in 1938. Need their old papers translated, a lot of Gothic handwriting."),
    ("special_categories", "sensitive", "call_transcript",
     "Caller: I'm mixed race, my mum came over from Jamaica in 1962 and I'm trying to prove my status. || "
     "Agent: Okay, what documents do you have? || Caller: Her old Jamaican passport and some school records "
     "of mine. || Agent: The passport we can check. I'll put you with a reviewer who handles these cases."),
    ("special_categories", "sensitive", "sms",
     "the translation changed my name to the hanzi my dad uses but im Hakka and we write it differently, "
     "pls use 邱 not 丘"),
    # ---- special categories: political opinions and activity
    ("special_categories", "sensitive", "email",
     "Dear Quillmere, I am claiming asylum because I was a district organiser for the opposition Democratic "
     "Renewal Movement and was threatened after the election. I need my party membership card and the "
     "party's letter translated from Amharic. Please keep this confidential. Mesfin"),
    ("special_categories", "sensitive", "chat",
     "hi, need my nomination papers translated into Welsh || Agent: Sure, what are they for? || i'm standing "
     "as an independent councillor in the May elections, anti-incinerator platform || Agent: Good luck! "
     "Standard turnaround gets you there by the 3rd."),
    ("special_categories", "sensitive", "sms",
     "Can't do saturday, I'm marching at the Palestine demo in London. Sunday ok for the interpreter?"),
    ("special_categories", "sensitive", "agent_note",
     "Cust is a journalist who fled Belarus after writing against the government; her asylum solicitor needs "
     "her published articles translated as evidence of her political views. 14 articles, confidential."),
    ("special_categories", "sensitive", "voicemail",
     "Hello, it's Nino. I was detained after the protests in Tbilisi last spring, I was there against the "
     "foreign agents law. My lawyer needs the detention record translated for my visa. Please call back."),
    ("special_categories", "sensitive", "web_form",
     "Question about the visa check | The US form asks about party membership. I was in the Communist Youth "
     "Union in Cuba as a teenager and I'm still a socialist. How should I answer? | Name: Yaima R."),
    ("special_categories", "sensitive", "review",
     "My asylum statement was translated by someone who softened every line about the regime. I WROTE that I "
     "oppose the government and want it gone, because that's the truth of my case. Had to redo it elsewhere."),
    ("special_categories", "sensitive", "dm",
     "i'm out canvassing for Labour every evening this week so can we do the document review by email instead "
     "of a call? thx"),
    ("special_categories", "sensitive", "in_app",
     "My police caution is from an Extinction Rebellion action in 2022 (I glued myself to a bridge, proudly). "
     "Does that need disclosing on the Canadian visa?"),
    # ---- special categories: trade-union membership
    ("special_categories", "sensitive", "email",
     "Hello, my union, the Transport and Allied Workers' Union, is covering the cost of translating my "
     "grievance letter and witness notes into English. Please invoice them directly; my membership number "
     "is TAWU-448120. Thank you, Dorota Lis"),
    ("special_categories", "sensitive", "chat",
     "can we move the interpreter from tuesday? || Agent: Sure, what's happening Tuesday? || we're out on "
     "strike, i'll be on the picket at the depot all day || Agent: No problem, I've moved it to Wednesday "
     "at 10."),
    ("special_categories", "sensitive", "sms",
     "Hi, I'm the shop steward at Harlow distribution, need a Romanian interpreter for our branch meeting on "
     "the 12th for the new members"),
    ("special_categories", "sensitive", "agent_note",
     "Cust asked whether the union subscription line on his payslips (GMB-style deduction, 'Union dues 14.20') "
     "should be included in the translation for his visa. Advised we translate in full; he can ask to redact."),
    ("special_categories", "sensitive", "voicemail",
     "Hi, it's Grzegorz. My union rep, Pauline, is coming with me to the disciplinary hearing on Friday and "
     "she asked if the interpreter can meet us at the union office first. Can you arrange that? Thanks."),
    ("special_categories", "sensitive", "web_form",
     "Document: trade union membership book (NSZZ Solidarność), 1989-2004 | From: Polish | To: English | "
     "Purpose: proving my work history for the pension claim | Name: Zbigniew Nowak"),
    ("special_categories", "sensitive", "review",
     "I've been a union member for twenty years and our branch recommended Quillmere for my tribunal papers. "
     "Good work, fair price, would recommend to other members."),
    ("special_categories", "sensitive", "call_transcript",
     "Caller: I've got a referral code from my union's legal helpline, UNL-2231. || Agent: Yes, that gives "
     "members 20% off certified translations. Can I take your name? || Caller: Aoife Brennan, I joined last "
     "year when the hospital started the restructure. || Agent: Thanks Aoife, applied."),
    ("special_categories", "sensitive", "dm",
     "sorry missed ur call, was at the union branch AGM till late, i'm the new equality rep 🙌 can u ring "
     "tomorrow about the translation"),
    # ---- special categories: sexual orientation and sex life
    ("special_categories", "sensitive", "email",
     "Hi Quillmere, my husband and I are applying for his spouse visa and we need our marriage certificate "
     "from Portugal translated and certified. Also his name has a tilde, João, please keep it. Cheers, Tom "
     "Whitfield"),
    ("special_categories", "sensitive", "chat",
     "hi we're doing an unmarried partner visa, need relationship evidence translated || Agent: Sure, what kind "
     "of evidence? || messages and a letter from her mum. me and my girlfriend couldn't marry in her country, "
     "same-sex marriage isn't legal there || Agent: Understood. We'll translate the messages you select and the "
     "letter, certified."),
    ("special_categories", "sensitive", "sms",
     "Ben here, pls add my boyfriend Marco Bellini as 2nd applicant on QM-64102. Same address"),
    ("special_categories", "sensitive", "agent_note",
     "Cust asked that the Polish translation of his residence papers sent to his parents does not mention his "
     "partner, Daniel. He isn't out to his family. Separate version prepared; flagged as confidential."),
    ("special_categories", "sensitive", "review",
     "As a gay man applying for a partner visa from a country where I can't be open, I was nervous. The "
     "reviewer was respectful and matter-of-fact. Thank you."),
    ("special_categories", "sensitive", "web_form",
     "Document: civil partnership certificate | Partners: Priya Shah and Meera Joshi | From: English | To: "
     "Gujarati | Purpose: for my partner's family records | Certified: yes"),
    ("special_categories", "sensitive", "voicemail",
     "Hello, Helen Carver here, I booked the visa check for my wife, Sarah. Can you send the checklist to both "
     "of us? Her email is sarah.carver@example.com. Thanks so much."),
    ("special_categories", "sensitive", "call_transcript",
     "Caller: For the relationship evidence, do I have to include the private stuff? We've been sleeping "
     "together since 2021 but only moved in last year. || Agent: You don't need to include anything intimate. "
     "Joint bills, photos and messages about day-to-day life are enough. || Caller: Oh thank god."),
    ("special_categories", "sensitive", "in_app",
     "Uploading screenshots from the dating app where we met (he was on Grindr, I was on Hinge, long story) "
     "for the partner visa, they're in Spanish, pls translate"),
    # ---- special categories: gender identity
    ("special_categories", "sensitive", "email",
     "Subject: Deed poll translation || Hello, I changed my name by deed poll after my transition and need it "
     "translated into Spanish so the registry in Valencia can update my records. || Agent: Of course. Do you "
     "need your previous documents translated too? || Only the old birth certificate, unfortunately. Please "
     "don't put my old name anywhere except where it has to be. Elena"),
    ("special_categories", "sensitive", "chat",
     "can you update my title to Mx on the certified translation? || Agent: Yes, certainly. || thanks, i'm "
     "non-binary and the last agency refused || Agent: Not a problem here. I'll reissue it today."),
    ("special_categories", "sensitive", "sms",
     "The translation you sent has my deadname on page 2. Please fix, it should be Alex Rowe throughout."),
    ("special_categories", "sensitive", "agent_note",
     "Cust is a trans woman; birth certificate from Brazil shows previous name and male sex. Translation must "
     "match the source, but she asked that correspondence uses Luana only. Updated account name and notes."),
    ("special_categories", "sensitive", "voicemail",
     "Hi, I need my gender recognition certificate translated into Italian for my residency in Bologna. It's "
     "Kit Ambrose, order not placed yet. Call me on 07700 900466. Thanks."),
    ("special_categories", "sensitive", "web_form",
     "Request: visa check | Note: my passport gender marker was changed to F last year but my degree "
     "certificates still show M and my old name. Will the mismatch be a problem? | Name: Jess Ó Dálaigh"),
    ("special_categories", "sensitive", "review",
     "Translation good, phone support awful. The agent called me 'sir' four times after I corrected him. I'm a "
     "woman. Trans, yes, still a woman."),
    ("special_categories", "sensitive", "dm",
     "she/her pls!! the interpreter kept saying 'he' to the doctor even though i corrected him twice. please "
     "put it on my profile"),
    # ---- special categories: genetic data
    ("special_categories", "sensitive", "email",
     "Hello, the embassy in Accra asked for a DNA test to prove I'm the father of my son for family "
     "reunification. The lab result came back (99.99% probability of paternity) and I need it translated into "
     "English for the Home Office. Regards, Kwame Asante"),
    ("special_categories", "sensitive", "chat",
     "need a genetic test report translated into Polish for my relatives || Agent: Sure, what sort of report? "
     "|| BRCA1, i tested positive and the clinic says my cousins in Gdańsk should get tested too || Agent: "
     "Understood, our medical team will handle it."),
    ("special_categories", "sensitive", "agent_note",
     "Cust sent a paternity DNA report from a German lab (Mr H. Vogel excluded as father) for translation for "
     "his lawyer. Marked highly confidential; restricted to translator A. Berger."),
    ("special_categories", "sensitive", "web_form",
     "Document: HelixRoots ancestry DNA report (shows 38% Ashkenazi and 2nd-cousin match in Lviv) | Purpose: "
     "supporting evidence for citizenship by descent | From: English | To: Ukrainian"),
    ("special_categories", "sensitive", "voicemail",
     "Hello, it's Maeve. I've had the Huntington's gene test and the result is in a letter from the clinic in "
     "Dublin, but my sister lives in Spain and wants to read it properly. Could you translate it to Spanish?"),
    ("special_categories", "sensitive", "sms",
     "Hi, need my CF carrier screening result translated for the fertility clinic in Prague, one page"),
    ("special_categories", "sensitive", "review",
     "Translated my whole-genome sequencing report from Korean, 40 pages of variants, and got it right. My "
     "genetic counsellor was impressed."),
    ("special_categories", "sensitive", "in_app",
     "The genetics clinic in Madrid found I carry Factor V Leiden (heterozygous). Need the lab report in "
     "English for my GP."),
    # ---- special categories: biometric data
    ("special_categories", "sensitive", "email",
     "Subject: Biometrics failed || Hi, at my biometrics appointment yesterday the scanner couldn't read my "
     "fingerprints, they said my fingertips are worn from years of bricklaying. They took the photo and asked me "
     "to come back. Does this affect the VisaReady timeline? || Agent: It happens fairly often. We'll add the "
     "new appointment to your check and update the timeline. || Thanks."),
    ("special_categories", "sensitive", "chat",
     "the Quillmere Go face login keeps failing since i grew a beard || Agent: Sorry! You can re-enrol your "
     "face in Settings > Security. || actually can you delete my face scan completely? i'd rather use a "
     "password || Agent: Done, your face template has been deleted from our system."),
    ("special_categories", "sensitive", "sms",
     "Biometrics done today, they took all 10 fingerprints and the face photo. Ref GWF081552. What next?"),
    ("special_categories", "sensitive", "agent_note",
     "Cust enrolled in phone-line voice ID last year; today asked us to remove his voiceprint as he's "
     "uncomfortable with it. Removed; he'll use the PIN from now on."),
    ("special_categories", "sensitive", "voicemail",
     "Hi, it's Rashid. For the UAE residence visa they did an iris scan and fingerprints at the medical centre "
     "and the receipt is in Arabic. Do I need it translated for my file with you?"),
    ("special_categories", "sensitive", "web_form",
     "Document: biometric enrolment letter and BRP collection notice | Details: confirms my fingerprints and "
     "facial image were recorded on 3 April | Name: Hoang Thi Lan | Need: check before I collect the card"),
    ("special_categories", "sensitive", "call_transcript",
     "Caller: Your ID check rejected me. It says the face match failed against my passport. || Agent: That "
     "sometimes happens with lighting. The system compares your selfie to the passport chip photo. || Caller: "
     "I've had surgery on my jaw since the passport photo. || Agent: Then I'll verify you manually instead."),
    ("special_categories", "sensitive", "dm",
     "ur app scanned my face and my fingerprint for 'verification'. where is that stored and for how long??"),
    ("special_categories", "sensitive", "in_app",
     "I'm starting hormones next month and changing my name to Rafael. Can my account and all future "
     "translations use Rafael, and can the old orders be archived under the new name?"),
    # ---- special categories: benign
    ("special_categories", "benign", "email",
     "Hello, I'm the secretary of the Al-Huda Mosque committee in Bradford. We're holding an open day for "
     "neighbours and local schools on 18 May and would like two interpreters (Urdu and Arabic) for the tours, "
     "11am to 3pm. Please invoice the mosque's account. Thank you, Imran Siddiq"),
    ("special_categories", "benign", "web_form",
     "Organisation: St Columba's Parish Church | Request: translate our monthly newsletter into Polish and "
     "Tagalog | Length: 4 pages | Frequency: monthly | Invoice: parish office"),
    ("special_categories", "benign", "agent_note",
     "The Eastgate branch of the Transport and Allied Workers' Union ordered Portuguese and Polish translations "
     "of their recruitment leaflet and AGM notice. Invoice to branch treasurer. Standard turnaround."),
    ("special_categories", "benign", "email",
     "Subject: Manifesto translation || Hello, the local office of the Harbour Independents party would like "
     "our council election manifesto (3,200 words) translated into Bengali and Somali. || Agent: Certainly. "
     "Please note we translate faithfully and don't edit content. Quote attached. || Understood, approved."),
    ("special_categories", "benign", "agent_note",
     "Westbury Council's consultation on the new bus lanes: leaflet to be translated into 9 languages. "
     "Council PO 55012. Deadline tied to the consultation launch on the 1st."),
    ("special_categories", "benign", "chat",
     "hi, we're the organising committee for Tarrant Pride and we need BSL interpreters on the main stage || "
     "Agent: Lovely! For how many hours? || 12 till 6, so probably two interpreters swapping || Agent: Yes, "
     "two for that length. I'll send a quote and the stage requirements form."),
    ("special_categories", "benign", "web_form",
     "Organisation: Rainbow Line (LGBT+ helpline charity) | Request: translate wallet cards with our phone "
     "number and opening times into 6 languages | Words: 60 per card | Contact: comms@example.org"),
    ("special_categories", "benign", "sms",
     "Are you open on Good Friday or is the office closed til Tuesday?"
     " || Agent: Closed Good Friday and Easter Monday, back Tuesday 8am. Online orders still go through."),
    ("special_categories", "benign", "chat",
     "general question, do you still have interpreters available during Ramadan and Eid? we book a lot for "
     "our clinics || Agent: Yes, our availability stays the same all year; we just ask for a bit more notice "
     "around Eid. || ok good to know"),
    ("special_categories", "benign", "in_app",
     "Does the VisaReady Check include booking the biometrics appointment for me, or just telling me when to "
     "book it?"),
    ("special_categories", "benign", "dm",
     "any plans to add Face ID login to the iOS app? typing the password every time is a pain"
     " || Agent: It's on the roadmap for the autumn release. || yesss"),
    ("special_categories", "benign", "email",
     "Hi, we're launching in Spain and our tagline 'Quality is in our DNA' needs translating for the "
     "packaging. We don't want a literal version if it sounds odd. Can your transcreation team suggest "
     "options? Thanks, Brand Team, Ferro Cycles"),
    ("special_categories", "benign", "web_form",
     "Client: Genova Diagnostics Ltd | Document: laboratory standard operating procedures (sample handling, "
     "sequencer maintenance) | 48 pages | EN > DE | Certified: no | Confidential: yes"),
    ("special_categories", "benign", "chat",
     "which African languages do you cover? amharic, tigrinya, oromo? || Agent: All three, plus Somali, "
     "Swahili, Yoruba, Igbo, Hausa and more. || and romani? || Agent: Yes, two Romani dialects for "
     "interpreting, written translation on request."),
    ("special_categories", "benign", "agent_note",
     "Supermarket chain Greengrocer & Co wants their Diwali and Christmas campaign posters translated into "
     "Gujarati, Punjabi and Polish. Marketing copy, 6 posters. Sent to transcreation team."),
    ("special_categories", "benign", "in_app",
     "Why does the account form ask for gender? It's optional I hope? Just curious about the policy."
     " || Agent: It's optional and only used for addressing letters correctly; you can leave it blank."),
    ("special_categories", "benign", "email",
     "Dear Quillmere, our company style guide asks for gender-neutral language in job adverts. Can your "
     "German and French translators follow that, given both languages mark gender grammatically? Best, "
     "Talent Team, Orrin Biotech"),
    ("special_categories", "benign", "call_transcript",
     "Caller: The contract you translated refers to 'the third party' in clause 6 but the original says 'the "
     "other party'. || Agent: Thanks for catching it. Those mean different things legally, so I'll have it "
     "corrected. || Caller: And recertified? || Agent: Yes, a new certified PDF today."),
    ("special_categories", "benign", "chat",
     "does my EU residence card need a translation for a UK visa or is it ok as is || Agent: If it's already "
     "bilingual with English, no. Most EU cards aren't, so usually yes. || mine's only in Dutch || Agent: "
     "Then you'll need it translated, certified."),
    ("special_categories", "benign", "sms",
     "Pls strike out line 3 of the address on the invoice, it's our old office"
     " || Agent: Done, reissued invoice attached to your account."),
    ("special_categories", "benign", "review",
     "We take pride in our documentation and Quillmere clearly do too. The Italian manuals came back "
     "formatted perfectly. Procurement Manager, Vessel Marine."),
    ("special_categories", "benign", "chat",
     "what's a conservative estimate of the word count for a 30-page scanned report? || Agent: If it's "
     "dense text, around 12,000 words. We'll confirm after OCR. || ok send the quote on that basis"),
    ("special_categories", "benign", "email",
     "Subject: Literal or liberal? || Hello, for our museum's exhibition captions, should we ask for a "
     "liberal translation or a literal one? They're quite poetic. || Agent: For captions we'd suggest a "
     "liberal approach with a short brief about tone. || Great, we'll write a brief."),
    ("special_categories", "benign", "agent_note",
     "Manufacturer Printa Security sent the user manual for their fingerprint door-lock range for Spanish "
     "and Italian translation. Technical terms glossary supplied. 22,000 words."),
    ("special_categories", "benign", "sms",
     "What are the photo rules for a Schengen application, background colour and size? Just general"
     " || Agent: 35x45mm, light grey or white background, taken within the last six months. || thx"),
    ("special_categories", "benign", "in_app",
     "Page orientation came out as portrait in the certified PDF but the original spreadsheet was landscape. "
     "Could you re-export?"),
    ("special_categories", "benign", "review",
     "A real race against the clock: our bid documents needed to be in Norwegian in 36 hours. They made it "
     "with an hour to spare."),
    ("special_categories", "benign", "email",
     "Hello, we paid the deposit in good faith before the quote was finalised, and now the final price is 30% "
     "higher. Can you explain the difference? Thanks, Owen at Brickfield Studios"),
    ("special_categories", "benign", "chat",
     "what transliteration system do you use for Cyrillic names? || Agent: By default the ICAO passport "
     "standard, unless the client asks otherwise. || great, that matches the passport spellings"),
    ("special_categories", "benign", "agent_note",
     "Client asked about sending a mass mailing to their customers with our translated privacy notice. "
     "Confirmed licence covers distribution. No further action."),
    ("special_categories", "benign", "review",
     "The delay was a blessing in disguise: the translator queried a mistake in our source text and saved us "
     "an embarrassing launch."),
    ("special_categories", "benign", "web_form",
     "Organisation: Our Lady of Lourdes Catholic High School (office) | Request: translate the school "
     "calendar and uniform price list into Polish | Words: 900 | Invoice: school business manager"),
    ("special_categories", "benign", "voicemail",
     "Hello, this is Ruth from the Leith Old Synagogue heritage trust. We run building tours for visitors and "
     "need a German and a French interpreter for a coach group in June. Please ring 07700 900592."),
    ("special_categories", "benign", "email",
     "Subject: Autumn campaign || Hi, our autumn marketing campaign needs localising into Dutch and Danish: "
     "emails, social posts and landing pages. || Agent: We can do that. Will you send the files as a "
     "package? || Yes, a zip by Friday."),
    ("special_categories", "benign", "web_form",
     "Company: Highland Rally Events | Request: translate the rally rulebook and entrant pack into French and "
     "Italian | Pages: 40 | Deadline: 6 weeks"),
    ("special_categories", "benign", "chat",
     "are your translators native speakers of the target language? || Agent: Yes, every translator works into "
     "their native language and each job is checked by a second linguist. || good, that's the main thing for us"),
    ("special_categories", "benign", "email",
     "Dear Accounts, the invoice for our interpreter bookings shows 'labour' and 'travel' as separate lines. "
     "Could you add the booking references next to each so we can match them to our cost centres? Regards, "
     "Finance, Penrose Housing"),
    ("special_categories", "benign", "web_form",
     "Business: Zaytoon Grill (halal restaurant) | Request: menu translation into Arabic and Turkish | Items: "
     "54 | Notes: we want the halal certification line on each page too"),
    ("special_categories", "benign", "agent_note",
     "Food manufacturer Levy Bakeries sent their kosher certification documents and supplier declarations "
     "for Hebrew to English translation for a retailer audit. Corporate, certified."),
    ("special_categories", "benign", "voicemail",
     "Hello, this is the volunteer office at the Guru Nanak Gurdwara. We'd like our langar volunteer "
     "rota flyer translated into English and Polish. Call us back on 07700 900214 please."),
    ("special_categories", "benign", "call_transcript",
     "Caller: I'm organising the regional Trades Union Congress conference and we need simultaneous "
     "interpreting in Polish and Portuguese. || Agent: For how many delegates? || Caller: Around 300 over two "
     "days. || Agent: Then you'll want booths and four interpreters; I'll send a technical spec."),
    ("special_categories", "benign", "email",
     "Hello, the Electoral Services team at Westbury Council would like our 'How to register to vote' "
     "leaflet translated into 12 languages ahead of the canvass. Can you confirm capacity? Thanks, K. Ahmed"),
    ("special_categories", "benign", "sms",
     "Need the party wall agreement translated into Polish for our builder, 3 pages, how much?"
     " || Agent: 3 pages is 84.00 non-certified, back in 3 days. || ok go ahead"),
    ("special_categories", "benign", "in_app",
     "Do I need to translate my biometric residence permit for the job application, or is it already in "
     "English? General question."),
    ("special_categories", "benign", "chat",
     "does your transcription service use voice recognition software or humans? || Agent: A first pass by "
     "software, then a human transcriber corrects every line. || ok, and can it handle two speakers? || "
     "Agent: Yes, speakers are labelled."),
    ("special_categories", "benign", "web_form",
     "Organisation: Sunrise Community Radio (multicultural station) | Request: subtitles for 10 short video "
     "interviews, Urdu and Swahili to English | Length: 4 minutes each"),
    ("special_categories", "benign", "agent_note",
     "Office for National Statistics contractor asked for a quote to translate the census household "
     "questionnaire guidance into 20 languages. Forwarded to public sector bids."),
    ("special_categories", "benign", "chat",
     "in the German version should 'user' be der Nutzer or die Nutzerin, or both? grammatical gender thing || "
     "Agent: Our default is the neutral 'Nutzende' unless your style guide says otherwise. || nice, keep it"),
    ("special_categories", "benign", "email",
     "Subject: Account transition || Hi, we're moving from our old procurement system to a new one in March. "
     "Please pause invoicing for two weeks during the transition. || Agent: Noted, we'll hold invoices from "
     "1 to 14 March and send them together. || Thank you."),
    ("special_categories", "benign", "in_app",
     "Your translator referred to our company as 'they' in the English summary. We prefer 'it'. Tiny thing."),
    ("special_categories", "benign", "review",
     "Straight to the point, no upselling. Quote in an hour, translation in three days, invoice correct."),
    ("special_categories", "benign", "web_form",
     "Client: Loopwise Software | Document: technical documentation for a genetic algorithm scheduling library "
     "| EN > JA | 60 pages | Format: Markdown"),
    ("special_categories", "benign", "chat",
     "is face-to-face interpreting more expensive than video? || Agent: Face-to-face has a two-hour minimum and "
     "travel; video is billed per 15 minutes. || makes sense, we'll go video for short ones"),
    ("special_categories", "benign", "review",
     "You can see the translator's fingerprints on every paragraph, in a good way. Our brand voice survived "
     "the trip into French intact."),
    ("special_categories", "benign", "email",
     "Dear Quillmere, the Department of Religious Studies at Tarrant University needs a Latin manuscript "
     "(17th-century sermon collection, 30 folios) transcribed and translated for a research project. Is this "
     "within your scope? Prof. A. Whitcombe"),
    ("special_categories", "benign", "sms",
     "Can you translate our Christmas card greeting into 8 languages by Friday? 2 lines, company cards"
     " || Agent: Yes, 8 languages by Friday, 48.00 in total. || booked"),
    ("special_categories", "benign", "dm",
     "your glossary tool is the holy grail tbh, how do i export it as csv"
     " || Agent: Glad you like it! Glossary > Export > CSV, top right."),
    ("special_categories", "benign", "dm",
     "is quillmere unionised? writing an article on working conditions at translation agencies, happy to "
     "send questions by email"
     " || Agent: Thanks for asking, I'll pass this to our press office, who will reply by email this week."),
    ("special_categories", "benign", "call_transcript",
     "Caller: General question for our training pack: how do your interpreters stay neutral in political "
     "asylum interviews? || Agent: They follow our code of conduct: interpret everything, add nothing, and "
     "declare any conflict of interest before starting. || Caller: Can I quote that? || Agent: Yes, it's "
     "public on our website."),
    ("special_categories", "benign", "voicemail",
     "Hi, quick one: is the consulate's document drop-off closed for their national day on the 3rd? Your "
     "VisaReady calendar says open. This is Petra from Holm Logistics' HR team."),
    ("special_categories", "benign", "agent_note",
     "Faith-based charity Hope Kitchens asked for their grant application to a Norwegian foundation to be "
     "translated. Organisational document, 5,000 words. Charity rate applied."),
    ("special_categories", "benign", "in_app",
     "When is the new version of the app coming out? The beta says 'spring'."
     " || Agent: Planned for late April. || ok thanks"),
    ("special_categories", "benign", "sms",
     "The stamp on the certified copy is pink this time, is that normal? Last one was blue"
     " || Agent: Yes, we changed ink suppliers, both colours are valid. || phew"),
    ("special_categories", "benign", "email",
     "Hello, our partner agency in Lyon will send you overflow French work from next month. Could you set them "
     "up as a sub-account under our Quillmere Pro plan? Best, Hanna, Vantage Translation Partners"),
    ("special_categories", "benign", "web_form",
     "Organisation: Westbury Heritage Language Schools network | Request: translate the teacher handbook "
     "into Arabic, Mandarin and Polish | Pages: 28 | Invoice: network coordinator"),
    ("special_categories", "benign", "in_app",
     "Which documents does the identity verification step accept? Driving licence, passport, anything else?"),
    ("special_categories", "benign", "dm",
     "do you do voice note transcription? we get voicemails from suppliers in Portuguese and need them in "
     "English"),
    ("special_categories", "benign", "call_transcript",
     "Caller: We're the charity team at Northgate Runners, we need our sponsorship letter for the Great North "
     "Race translated for a Danish sponsor. || Agent: Happy to. How long is it? || Caller: One page. || "
     "Agent: That's 29.00 non-certified, back tomorrow."),
    ("special_categories", "benign", "voicemail",
     "Morning, this is the Tarrant Family History Society. We've got parish registers from the 1700s in "
     "Latin and old German, for a society project. Could someone call about a quote? 07700 900707."),
    ("special_categories", "benign", "chat",
     "can you strike a balance between formal and friendly in the Spanish version of our onboarding emails? "
     "|| Agent: Yes, we'd use 'tú' with a polite tone. Shall I add that to your style notes? || yes please"),
]


def loch_examples() -> list[dict]:
    """The loch split as labelled tickets (same shape as ``sensitive_eval.build_eval_set``'s)."""
    return stranger_examples("loch", ENTRIES, SUBJECTS)
