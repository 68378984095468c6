"""mesa split: written by a helper who had not seen the detection rules, the anchors or any other split.
Setting: Mesa Photo & Documents, an invented high-street and online shop for passport and visa photos, ID and
document services (form checking, certified copies, translations, printing, laminating, photo booths, online
photo upload); registers are email, chat, sms, call, agent_note, web_form, review, voicemail and dm.
The benign half borrows the same shop's vocabulary: policy questions about head coverings, baby photos, gender
markers and biometric standards; organisations (mosques, churches, union branches, parties, councils, schools,
nurseries, funeral directors) ordering printing; film, show, band and product names; idioms (dead, killing me,
broke, shoot, blow up); and routine payment trouble.
70 sensitive and 70 benign tickets for special categories, 50 and 50 for children, 20 and 20 for financial hardship,
15 and 15 for health, legal, bereavement and violence and self-harm.
First reading (policy 2026.11.18, before any change made in response to it; `sensitive_eval.evaluate`, as `make
eval-sensitive`): 95.0 / 6.0 recall / false exclusion in % as shipped, 96.5 / 11.0 without the overruling, 88.5 /
9.5 by the rules alone. Then read while tuning the rules and trained on by the classifier."""

from __future__ import annotations

from training_gate.sensitive_blind import stranger_examples

SUBJECTS: tuple[str, ...] = (
    "Question about my order",
    "Passport photo appointment",
    "Visa photo requirements",
    "Certified copies",
    "Translation quote",
    "Online photo upload rejected",
    "Printing and laminating order",
    "Photo booth problem",
    "Refund request",
    "Change to my booking",
    "Form checking service",
    "Account details",
    "Collection of my order",
    "Complaint about a branch",
)

ENTRIES: list[tuple[str, str, str, str]] = [
    # ---- health, sensitive
    ("health", "sensitive", "email",
        "Hi, I had cataract surgery on my left eye last week and I'm still wearing the plastic shield at "
        "night, and the eye is still a bit red and droopy. My visa photo is due by Friday. Will that be a "
        "problem or should I wait another week? Thanks, Doreen Phelps || Agent: Hi Doreen, the shield "
        "can't be in the photo, but it's fine if the eye looks different as long as it's open. Thursday "
        "morning is quiet if you'd like to try then. || Thank you, I'll try Thursday."),
    ("health", "sensitive", "chat",
        "Customer: hi can I sit down for the passport photo in the booth? || Agent: Of course, the stool "
        "adjusts. Is there anything else we can do to make it easier? || Customer: I use a wheelchair "
        "since the MS got worse, the booth seat doesnt swing out far enough, last time I nearly fell || "
        "Agent: Thanks for telling us. Our Elm Parade branch has a walk-in studio with level access, we "
        "can take the photo with you in your chair."),
    ("health", "sensitive", "agent_note",
        "Cust (Mr Okafor) in for certified copies of his discharge summary from St Anselm's, he was in 3 "
        "weeks after a heart attack and the insurer wants certified copies. Did 4 pages, waived the rush "
        "fee as he was struggling to stand at the counter."),
    ("health", "sensitive", "web_form",
        "Service: Translation (Polish > English) | Pages: 6 | Notes: these are my psychiatric assessment "
        "and my medication list (sertraline and quetiapine) for my new GP, please keep confidential and "
        "don't email them to anyone else"),
    ("health", "sensitive", "sms",
        "hiya its Jade, can I move my photo appt to thurs? got my 20 week scan at the maternity unit weds "
        "and no idea how long ill be there"),
    ("health", "sensitive", "voicemail",
        "Hello, this is Graham Tulley, I'm calling about my driving licence photo. I'm having chemo at "
        "the moment and I've lost all my hair, so I wanted to know if that's okay as it is, or if I need "
        "to wear the wig in it... my number's 07700 900412. Thank you."),
    ("health", "sensitive", "review",
        "3 stars. Staff were lovely but the booth flash went off four times with no warning and I have "
        "photosensitive epilepsy, I had to sit outside for twenty minutes. || Reply from Mesa: Thank you "
        "for telling us and we're sorry. We're adding warnings to every booth, and you can always ask for "
        "a studio photo with the flash off."),
    ("health", "sensitive", "chat",
        "do u laminate medical exemption cards? its my autism card, i get overwhelmed on buses and need "
        "it to not get bent || Agent: Yes we can laminate it, credit card size is £1.50 and takes two "
        "minutes. || ok cool will come in after work"),
    ("health", "sensitive", "email",
        "Dear Mesa, I'd like to use the form-checking service for my Access to Work application. I have "
        "rheumatoid arthritis and fibromyalgia and my hands flare badly, so filling in long forms takes "
        "me days. Could someone go through it with me on the phone rather than in person? Kind regards, "
        "Bernadette Quinn || Agent: Of course, Bernadette. I've booked a phone check for Tuesday at 10. "
        "|| Thank you, that's a huge help."),
    ("health", "sensitive", "call",
        "Caller: I need the photo redone, in the last one you can see the cannula taped on my hand. || "
        "Agent: Oh no, sorry about that, were you in hospital? || Caller: Yeah, two weeks on the ward "
        "with pneumonia, they only let me out yesterday and my visa renewal can't wait. || Agent: Come in "
        "whenever you're ready, the retake is free."),
    ("health", "sensitive", "dm",
        "hey quick q, my hearing aids are the big behind-the-ear ones, do I need to take them out for the "
        "passport pic? I'm profoundly deaf without them so I won't hear your photographer lol || Agent: "
        "You can keep them in as long as they don't hide your face. The photographer will use hand "
        "signals too! || amazing thank u"),
    ("health", "sensitive", "email",
        'Order MPD-20417: the online upload keeps rejecting my photo saying "eyes not visible". || Agent: '
        "Sorry about that! Could you try a version without glasses? || I'm not wearing any. I have a "
        "prosthetic eye on the right side since an accident and it sits differently, the checker reads it "
        "as closed. Can a person look at it instead?"),
    ("health", "sensitive", "web_form",
        "Name: Priya Lal | Request: Certified copy | Document: Letter from Dr Haines confirming my "
        "bipolar disorder diagnosis, for my university's extenuating circumstances panel | Copies: 2 | "
        "Collect from: Kingsgate"),
    ("health", "sensitive", "agent_note",
        "Customer phoned re collection of printed order 55190, asks that her partner collects as she's on "
        "bed rest until 34 weeks (pregnancy complications, she said). Added him as authorised collector."),
    ("health", "sensitive", "chat",
        "Customer: Does your translator do Spanish medical terms? || Agent: Yes, we have a specialist "
        "medical translator. || Customer: Great. It's my HIV clinic letters and viral load results, I'm "
        "moving to Valencia and the new clinic wants them in Spanish before my first appointment."),
    # ---- health, benign
    ("health", "benign", "email",
        "Hi, our practice manager asked me to order 50 laminated A4 Health & Safety at Work posters for "
        "the surgery waiting room and staff kitchen. Please invoice Fernhill Medical Centre as usual. "
        "Thanks, Nadia (admin) || Agent: Hi Nadia, no problem, they'll be ready Thursday and the invoice "
        "will go to the practice. || Lovely, I'll send someone over to collect."),
    ("health", "benign", "chat",
        "Customer: is the booth on Harbour St working? || Agent: It had a fault this morning but an "
        "engineer fixed it at 11. || Customer: great, the one at the station is out of order and this "
        "deadline is killing me"),
    ("health", "benign", "web_form",
        'Service: Printing | Item: 200 A5 flyers | Notes: flyer for the "Mind Your Step" ballroom dance '
        "class, gloss, same as the spring run. Artwork attached as PDF."),
    ("health", "benign", "review",
        "Five stars. The woman at the counter spotted a wrong date on my visa form that would have been a "
        "real headache later. Saved me a second trip! || Reply from Mesa: Thanks for the lovely review, "
        "we'll pass it on to Hayley!"),
    ("health", "benign", "sms",
        "Hi Mesa, is the Kingsgate branch open bank holiday Monday? Need passport photos and Im sick of "
        "the queue at the post office"),
    ("health", "benign", "call",
        "Caller asked whether glasses are allowed in passport photos. Agent explained the current "
        "guidance that glasses should normally be taken off, and that our photographer checks for glare "
        "either way. No booking made."),
    ("health", "benign", "email",
        "Good morning, I run first aid training at Corran Logistics. Could you laminate 30 A4 First Aid "
        "at Work certificates and make 30 wallet cards to match? Template attached. Kind regards, Marcus "
        "Hale || Agent: Hi Marcus, 30 of each comes to £48, ready tomorrow after 2pm. || Perfect, go "
        "ahead."),
    ("health", "benign", "dm",
        "does your photo app have a red-eye fix? all my holiday pics from Crete look possessed lol || "
        "Agent: Yes! Tap Edit, then Eyes, then Auto-fix. || Customer: omg it works, thank you"),
    ("health", "benign", "chat",
        "Customer: the prints on my order came out really pale, look a bit sickly tbh || Agent: Sorry! "
        "That batch had a toner problem, we'll reprint at no charge. || Customer: thanks, the colours "
        "were giving me a headache just looking at them"),
    ("health", "benign", "web_form",
        "Service: Translation | Language: German > English | Document: product leaflets for the VitaBoost "
        "multivitamin range, 4 pages | Company: Lindqvist Pharmacies Ltd | Use: import listing"),
    ("health", "benign", "voicemail",
        "Hi, it's Colin from Brightwater Dental, just ringing to reorder the appointment cards we had "
        "printed in March. Same design, a thousand please. Call me back on 07700 900233. Cheers."),
    ("health", "benign", "agent_note",
        "Customer asked if our booths are wheelchair accessible in general, she's writing the access "
        "guide for the Millbrook community centre. Confirmed Harbour St and Elm Parade have swing-out "
        "seats, the others don't. Emailed her the list."),
    ("health", "benign", "email",
        "Hi there, is it true you can't smile in passport photos any more? My face looks like I'm in pain "
        "when I don't! Can I at least look a bit friendly? Cheers, Rob || Agent: Hi Rob, mouth closed and "
        "a neutral expression is the rule, but relaxed is fine. Our photographers are good at the "
        "in-between! || Ha, I'll practise in the mirror."),
    ("health", "benign", "review",
        "Booth swallowed my coins and spat out a blank strip. Bit of a heart attack moment as I needed "
        "them same day, but the manager sorted it in ten minutes. Fair play."),
    ("health", "benign", "chat",
        'Customer: do you print custom covers on notebooks? I want a "Pregnancy Journal" one as a gift || '
        "Agent: We do custom cover printing on A5 hardback notebooks, £9.50. || Customer: perfect, I'll "
        "upload the design tonight"),
    # ---- children, sensitive
    ("children", "sensitive", "chat",
        "Customer: hi do you do baby passport photos? || Agent: We do! Babies under one don't need their "
        "eyes open or a neutral expression. How old is your little one? || Customer: she's 7 weeks, born "
        "3rd of March, we fly out to see my parents in June || Agent: Lovely. Bring her car seat and "
        "we'll lay a white sheet over it in the studio."),
    ("children", "sensitive", "sms",
        "hi can i book the kids photo slot sat am, its for my son Kai hes 4 and wont sit still for the "
        "booth"),
    ("children", "sensitive", "agent_note",
        "Mum in with twins (Ellie & Sam, 18 months) for passport photos. Took 40 mins, both asleep by the "
        "end. Printed 2 sets each, order MPD-31877."),
    ("children", "sensitive", "email",
        "Hello, I need certified copies of my daughter Amira's birth certificate (DOB 14/11/2016) for her "
        "school place appeal in Leeds. Can you do it same day? Many thanks, Hana R. || Agent: Yes, same "
        "day if you're in before 3. It's £9.50 per copy. || Thank you, I'll come at lunchtime."),
    ("children", "sensitive", "web_form",
        "Service: Photo ID card | Holder name: Oliver Brandt | Holder DOB: 02/05/2011 | Club: Westbrook "
        "Juniors FC Under 14s | Notes: parent uploading on his behalf, please print the card in club "
        "colours"),
    ("children", "sensitive", "call",
        "Caller: I'm trying to upload a photo for my son's passport renewal on your site. || Agent: No "
        "problem, what's the error? || Caller: It says applicant under 16 needs a countersignatory. He's "
        "12, who can sign it? || Agent: Someone who's known him for two years, like a teacher. Pop in and "
        "we'll check the whole form for you."),
    ("children", "sensitive", "voicemail",
        "Hiya, it's Becca, order 40211. I put the wrong school on the form for the ID cards, it's Hollin "
        "Lane Primary not Hollin Park, and Freddie's in Year 2 not Year 3. Can you change it before you "
        "print? Ta."),
    ("children", "sensitive", "dm",
        "my lil one starts reception in sept and the school want 4 passport size pics for his file, can i "
        "just upload from my phone??"),
    ("children", "sensitive", "review",
        "Took my 6-month-old for her first passport photo and the photographer was a star, squeaky toys, "
        "endless patience, done in three goes. || Reply from Mesa: Thank you so much, and happy first "
        "passport to her!"),
    ("children", "sensitive", "chat",
        "hey do u do provisional licence photos? for my daughter, she turns 17 in august and wants it "
        "sorted before then || Agent: Yes, £8.99 for four prints plus the digital code. || thx x"),
    ("children", "sensitive", "email",
        "Hi, quick one, you printed the ID cards for Brook Academy sixth form. Mine says Year 11 but I'm "
        "in Year 12 (I'm 16). Can it be reprinted? || Agent: Hi Tasha, so sorry, we'll reprint it and "
        "send it to the school office. || Thank you!!"),
    ("children", "sensitive", "agent_note",
        "Customer is a minor (15) wanting a certified copy of her passport for a work experience "
        "placement. Explained a parent needs to sign the collection form. Dad booked in for Tue."),
    ("children", "sensitive", "web_form",
        "Translation request | From: Romanian | To: English | Document: school reports for Andrei P., "
        "ages 9 to 11, for his new primary school in Reading | Urgent: yes, starts on the 4th"),
    ("children", "sensitive", "sms",
        "Hi its Lorna, is the photo of Mia ready? Shes only 3 and it took ages, hope her eyes are open in "
        "one of them lol"),
    ("children", "sensitive", "call",
        "Call summary: baby born 6 days ago, premature, still in the neonatal unit. Parents want a "
        "passport for a family trip in 5 weeks. Explained we can't visit the ward; suggested a photo on a "
        "plain white sheet uploaded for our free check."),
    ("children", "sensitive", "chat",
        "Customer: I uploaded my son's picture for his school travel card and it's been rejected twice || "
        "Agent: Let me look, have you got the reference? || Customer: MPD-77042. he's 13, year 8 at St "
        "Columba's || Agent: It's the shadow behind his ear, we'll fix it in editing at no cost."),
    ("children", "sensitive", "email",
        "Dear team, our foster child (aged 10) needs a passport photo but for safeguarding reasons we "
        "can't share his full name with third parties. Can the order be put under my name only? Regards, "
        "Gwen Harlow || Agent: Hi Gwen, absolutely, we only need a name for the order, not his. || Thank "
        "you, that's a relief."),
    ("children", "sensitive", "review",
        "My toddler screamed the whole way through and the staff didn't bat an eyelid. Photos still "
        "passed the checker. Legends. || Reply from Mesa: We've heard louder, honestly! Thanks for the "
        "kind words."),
    ("children", "sensitive", "voicemail",
        "Hello, it's Mr Dhillon. I'm ringing about my daughter Simran's visa photos. She's nine. The "
        "embassy wants a light grey background, not white. Could we redo them on Saturday? Thank you."),
    ("children", "sensitive", "dm",
        "do u need my mums permission to get passport pics? im 14 and she's at work all day || Agent: For "
        "the photos themselves, no. For the passport application a parent needs to sign. || ok ill ask "
        "her tonight"),
    ("children", "sensitive", "agent_note",
        "Laminated 3 copies of a child's allergy action plan for nursery (Jacob, age 2, Little Acorns "
        "room), mum also wanted a credit-card version for his bag. No charge for the small one."),
    ("children", "sensitive", "web_form",
        "Name: Femi Adeyemi | Service: Certified copies | Documents: son's adoption order and new birth "
        "certificate (son born 2019) | Purpose: his first passport application | Copies: 2 of each"),
    ("children", "sensitive", "chat",
        "Customer: can I print photos from my kid's account on your app? || Agent: Photo accounts are "
        "18+, but you can add a child profile under yours. || Customer: ah ok, Leo's 11 so I'll add him "
        "to mine and move his sports day pics over"),
    ("children", "sensitive", "call",
        "Agent: Mesa Photo, Sunil speaking. || Caller: Hello love, I need my grandson's photos done for "
        "his Irish passport, he's five. || Agent: We do Irish passport photos, yes. || Caller: He lives "
        "with me now, I've got the guardianship papers, is my signature enough?"),
    ("children", "sensitive", "email",
        "Hi Mesa, the photos of my stepdaughter Chloe that we had printed for her Duke of Edinburgh "
        "bronze (she's in Year 10) came with somebody else's receipt in the envelope. Can you check her "
        "photos didn't go to them? Martin"),
    ("children", "sensitive", "sms",
        "Hi can I bring our 3 kids 8 6 and 2 for passport pics at 4pm, the baby wont keep still so might "
        "need the sheet thing"),
    ("children", "sensitive", "agent_note",
        "Sixth-form student, 17, came in alone for visa photo for a school trip to Japan. Parental "
        "consent not needed for the photo itself; took her details for the order."),
    ("children", "sensitive", "review",
        "They printed my son's GCSE certificate copies with the wrong pages, he's only 16 and nearly "
        "missed his college enrolment deadline. || Reply from Mesa: We're very sorry, Ms Pike, the store "
        "manager will call you today."),
    ("children", "sensitive", "dm",
        "hi!! can u print my daughters first birthday pics on canvas? she turns 1 next week and i want "
        "the one with cake all over her face"),
    ("children", "sensitive", "web_form",
        "Upload type: Child passport (under 16) | Applicant DOB: 21/09/2020 | Notes: he was born with a "
        "cleft lip, just so the checker isn't confused by the shape of his mouth"),
    ("children", "sensitive", "voicemail",
        "Hi, it's Stacey Marsh, I'm calling about the nursery ID badge for Ruby, she's in the "
        "Caterpillars room, and the photo on it is a different little girl. Please call me on 07700 "
        "900517. Thanks."),
    ("children", "sensitive", "chat",
        "hey what do I need for a child passport? || Agent: Birth certificate, a countersigned photo and "
        "a parent's passport details. Who's it for? || my nephew Aarav, he's 6, I'm taking him to Goa at "
        "Christmas with his mum's permission"),
    ("children", "sensitive", "email",
        "Hello, I want translate my son vaccination record from Tagalog to English. He is 4 years old and "
        "will start school in September. How much it cost and how many days? Thank you, Maricel || Agent: "
        "Hello Maricel, one page is £35 and takes 3 working days. || Ok thank you, I bring it Saturday."),
    ("children", "sensitive", "call",
        "Call summary: father asked us to delete his daughter's (age 8) photos from the online upload "
        "system once the order was done. Confirmed deletion and sent written confirmation to "
        "ben.hewitt@example.com."),
    ("children", "sensitive", "sms",
        "cn u laminate my sons school timetable hes year 7 and keeps losing it lol. 2 copies pls"),
    ("children", "sensitive", "agent_note",
        "Grandad collected order MPD-60118 (passport photos for baby Isla, 4 months). Not on the "
        "authorised list, called mum who confirmed by phone. Added him for next time."),
    ("children", "sensitive", "review",
        "Went in for my own passport photos and came out with lovely ones of my two girls (5 and 7) as "
        "well because they kept photobombing. Staff sold us a strip of them! Great shop."),
    ("children", "sensitive", "dm",
        "Hello, do you do school uniform photos? My son is in Year 1 at Marsh Road and they want a photo "
        "with his tie on for the class board"),
    ("children", "sensitive", "web_form",
        "Service: Document check | Form: Child passport, first application | Child: Zofia Nowak, born "
        "2015 | Parent notes: her father lives abroad, is it ok if only I sign?"),
    ("children", "sensitive", "email",
        "Hi there, my daughter (15) has been picked for the county U16 netball squad and they want a "
        "headshot for the programme. Can we book a studio session after school, around 4.30? Cheers, Dawn "
        "Kiely || Agent: Hi Dawn, 4.30 on Wednesday is free at Elm Parade. || Perfect, book it please."),
    ("children", "sensitive", "chat",
        "Customer: hi im 13, can i use the booth on my own? || Agent: Anyone can use the booths! For a "
        "passport under 16 a parent has to do the application though. || Customer: ok its just for my bus "
        "pass"),
    ("children", "sensitive", "voicemail",
        "Good afternoon, Mrs Cheung here. My son Ethan is sitting his eleven-plus in October and the exam "
        "board needs two photos signed on the back by his headteacher. Do you print them with a white "
        "border for signing? Thank you."),
    ("children", "sensitive", "agent_note",
        'Cust says her son (7) hates his new school photo and wants one "without the fringe" for his '
        "passport. Did a studio photo, passed the check."),
    ("children", "sensitive", "call",
        "Caller: my baby's passport photo got rejected, they said there's a hand in the picture. || "
        "Agent: That'll be from someone holding her up. How old is she? || Caller: 10 weeks. || Agent: We "
        "can lay her on a white blanket instead, come in any time, no charge for the retake."),
    ("children", "sensitive", "sms",
        "morning! Its Kerry, Harvey's mum, can u do 2 more prints of his year 5 class pic, the one u "
        "scanned last week?"),
    ("children", "sensitive", "review",
        "Can't recommend them enough for kids. My daughter is 11 and autistic and hates flashes, they "
        "switched it off and used the window light. Took ten minutes."),
    ("children", "sensitive", "email",
        "To whom it may concern, I am applying for a student visa for my 16-year-old son Matteo, who "
        "joins Brackley College in September. We need his Italian birth certificate translated and "
        "certified. Best regards, Giulia Ferrante"),
    ("children", "sensitive", "chat",
        "Customer: can you put my baby's photo on a mug? || Agent: Sure! Upload it via the Gifts tab. || "
        "Customer: it's for his christening next month, he'll be 5 months by then"),
    ("children", "sensitive", "web_form",
        "Order: Photo ID lanyard x1 | Name on card: Holly Ferris | Role: Junior member (age 12) | "
        "Organisation: Sandbay Sailing Club | Photo: uploaded"),
    ("children", "sensitive", "dm",
        "pls help, my son is 16 in may and needs an adult passport, does he need a new photo or can we "
        "use his old one from when he was 10? || Agent: He'll need a new photo, it has to show him as he "
        "looks now. || ok thanks will bring him in"),
    # ---- children, benign
    ("children", "benign", "email",
        "Hello, I'm the office manager at Greenhill Primary. Could we order 500 A4 laminating pouches and "
        "2 boxes of the 150-micron card? Please invoice the school as before. Best wishes, Carol Betts || "
        "Agent: Hi Carol, both are in stock, we'll deliver Wednesday with the invoice. || Thanks, that's "
        "great."),
    ("children", "benign", "chat",
        "Customer: do you do baby passport photos at every branch? || Agent: Studio branches only: "
        "Kingsgate, Elm Parade and Harbour St. || Customer: thanks, I'm putting the info in our HR "
        "relocation pack for new staff"),
    ("children", "benign", "review",
        'Printed our poster for "The Kid Stays in the Picture" film night at the Regal. Colours spot on '
        "and ready by lunchtime."),
    ("children", "benign", "sms",
        "hi r the Kidz Korner photo frames back in stock? the blue ones with the stars"),
    ("children", "benign", "agent_note",
        "Customer asked what the rules are for under-ones in passport photos; she writes a travel admin "
        "blog and wanted to quote us. Sent the official guidance link. No order."),
    ("children", "benign", "web_form",
        "Service: Printing | Item: 300 A5 flyers | Customer: Sunnyside Toddler Group (community hall "
        'committee) | Notes: "Messy Play Tuesdays 10am", same layout as last term, new date only'),
    ("children", "benign", "dm",
        "is there any minor difference between the 35x45 and the Schengen visa size? asking before I "
        "print 40 of them for our travel agency clients"),
    ("children", "benign", "call",
        "Caller from Hartside Scout Group HQ asked for a quote on 60 laminated A5 map sheets for the "
        "district hike. Quoted £42, they'll confirm by Friday."),
    ("children", "benign", "chat",
        "Customer: no kidding, is the booth really only £6 now? || Agent: Yes, spring offer until 30 "
        "April! || Customer: amazing, I'll pop in after work"),
    ("children", "benign", "email",
        "Hi, we're a small publisher, Little Lantern Press, and need 12 pages of a picture-book proof "
        "translated from French to English. Could you quote and give a turnaround? Thanks, Eloise Maret "
        "|| Agent: Hi Eloise, 12 pages would be £180 with a five working day turnaround. || Lovely, I'll "
        "send the files today."),
    ("children", "benign", "review",
        "Bought the Little Travellers passport wallet set as a raffle prize for our office charity day. "
        "Good quality for £7."),
    ("children", "benign", "voicemail",
        'Hello, this is Priti from Oak Tree Nursery\'s office. We\'d like to reorder the "Please close the '
        'gate" signs, laminated A4, six of them. Our account number is MP-8820. Thanks very much.'),
    ("children", "benign", "agent_note",
        "Query from a new parent-and-toddler café on Mill Road about hiring our instant photo booth for "
        "their opening day. Sent hire pricing (£180/day). No personal details taken."),
    ("children", "benign", "web_form",
        "Service: Translation quote | Language pair: English > Welsh | Document: school admissions "
        "policy, 12 pages | Client: Ysgol Bryn Glas office | Deadline: end of term"),
    ("children", "benign", "chat",
        "Customer: Do you have a kids' size photo frame, like 4x6 with cartoon animals on? || Agent: Yes, "
        "the Zoo Pals range, £5.99. || Customer: great, I'll grab two for a present"),
    ("children", "benign", "email",
        "Hi, does the child passport photo have different rules from the adult one? I'm updating the FAQ "
        "page for our community advice centre and want to get it right. Thanks, Joel (volunteer) || "
        "Agent: Hi Joel, mainly that under-ones don't need their eyes open and young children don't need "
        "a neutral expression. || Brilliant, that's exactly what I needed."),
    ("children", "benign", "voicemail",
        "Hi, it's Baby Blue Events, we'd like to collect the 200 wedding invites tomorrow morning, order "
        "51180. Give us a ring if there's a problem. Thanks."),
    ("children", "benign", "review",
        "Good service but the self-serve printer kept jamming. Staff were quick to help and it was only a "
        "minor delay."),
    ("children", "benign", "dm",
        "do u sell those kids' passport holders with the dinosaur print? saw them on ur insta and want a "
        "few for the gift bags at our shop raffle"),
    ("children", "benign", "call",
        "Caller from a toy shop asked if we can laminate Lego instruction booklet covers for their window "
        "display. Quoted 20p a sheet for A4, they'll drop them in Monday."),
    ("children", "benign", "chat",
        "Customer: The Toy Story poster I ordered came out a bit cropped on the left || Agent: Sorry "
        "about that, we'll reprint it with a 5mm bleed. || Customer: cool, no rush"),
    ("children", "benign", "agent_note",
        "School business manager at Fenwick Academy booked our mobile studio for staff ID photos on the "
        "INSET day. 45 staff, 9am to 1pm. Confirmed by email."),
    ("children", "benign", "web_form",
        'Service: Print & bind | Item: "Child Development Level 3" course handbooks x25 | Client: '
        "Riverside College, Early Years department | Binding: wire, clear front cover"),
    ("children", "benign", "email",
        "Hey, small thing: your website's Baby & Child photo page says £9.99 but the sign in the "
        "Kingsgate shop says £10.99. Which is right? Just curious. Tom || Agent: Thanks Tom, the website "
        "is right, the shop sign is out of date and we'll change it today. || No worries!"),
    ("children", "benign", "review",
        "Kid you not, fastest visa photo I've ever had. In and out in four minutes and it passed first "
        "time. || Reply from Mesa: Four minutes is the new record to beat, thanks!"),
    ("children", "benign", "voicemail",
        "Hi, it's Deb from the Puddle Ducks swim school office. Can you print a hundred of our "
        "certificate template on the thick card again? Same as October. Thanks, bye."),
    ("children", "benign", "sms",
        "whats the youngest age you do passport photos for? its for the info board in our baby shop on "
        "Station Rd || Agent: Any age, from newborns up! || thanks, ill put that on the board"),
    ("children", "benign", "chat",
        "Customer: does the booth seat go low enough for, like, really short people? || Agent: The seat "
        "spins down to 40cm. || Customer: perfect, cheers"),
    ("children", "benign", "dm",
        "omg your photo of the Brickhill Youth Club mural on insta is gorgeous, can I order a print of it "
        "for my hallway? || Agent: Thank you! We can do A3 or A2, the A3 is £14. || A3 please!"),
    ("children", "benign", "agent_note",
        'Customer asked if our "child-safe" rounded-corner laminate works for menu cards. Yes, did 40 A5 '
        "rounded for Café Bambino."),
    ("children", "benign", "email",
        "Dear Mesa, the Northvale Schools Trust is holding a science fair and we need 30 A1 posters "
        "printed from PDFs. They're about volcanoes and recycling, no names on them. Can you quote? "
        "Regards, Mr Ellison, Trust office"),
    ("children", "benign", "web_form",
        "Enquiry type: General | Message: Do your booths allow a parent to hold a baby for the photo or "
        "is it studio only? I'm writing a family travel guide for a magazine."),
    ("children", "benign", "chat",
        'Customer: I need "Kids Eat Free" posters for my restaurant window, A2 || Agent: No problem, '
        "upload the artwork and we'll print today. || Customer: done, it's order 66310"),
    ("children", "benign", "review",
        "Bought the Little Explorer travel document folder for my own passport because I liked the map "
        "design. Sturdy, zips well, a bit bright but who cares."),
    ("children", "benign", "call",
        "Caller from Stoneleigh Children's Centre reception asked about bulk printing of their "
        "opening-hours leaflet. Quoted 500 for £38, proof to be emailed to office@example.org."),
    ("children", "benign", "sms",
        "is the Back to School 20% off laminating still on? saw it in the window at elm parade"),
    ("children", "benign", "email",
        'Hi, our youth theatre company is staging "Annie" in July and we\'d like 2,000 A5 flyers and 20 A3 '
        "posters. Artwork from our designer is attached. Many thanks, Rowan Hale, Producer"),
    ("children", "benign", "agent_note",
        "Regular asked whether our form-check service can check a child passport form without the child "
        "being there. Yes, it's paperwork only. General question, no booking."),
    ("children", "benign", "dm",
        "hiya is the baby-pink border an option on photo prints or only white and black?"),
    ("children", "benign", "web_form",
        'Service: Sign printing | Text: "Pushchair parking this way" | Qty: 4 | Material: Correx | '
        "Customer: Hillside Shopping Centre management office"),
    ("children", "benign", "chat",
        "Customer: the kids' corner in your Elm Parade shop, is it still there? our playgroup committee "
        "wants a list of family-friendly shops || Agent: Yes! Colouring table and all. || Customer: "
        "lovely, I'll add you"),
    ("children", "benign", "review",
        'Printed the "Jungle Book" programme covers for our amateur dramatics society. Crisp colours and '
        "a fair price."),
    ("children", "benign", "email",
        "Hello, I'm a photographer starting to offer newborn sessions and wondered if you sell the white "
        "posing blankets in the shop or just use them in the studio. Thanks, Alisha || Agent: Hi Alisha, "
        "we sell them in store, £12 each in white or cream. || Great, I'll pick up two."),
    ("children", "benign", "sms",
        "can u print 50 copies of the summer reading challenge leaflet for Fairwater Library? same file "
        "as last yr"),
    ("children", "benign", "call",
        "Caller from an online uniform shop wants product photos of school uniforms on mannequins, "
        "flat-lay and hanging. Booked the studio for Thursday afternoon."),
    ("children", "benign", "chat",
        "Customer: is it child's play to use the online upload or do I need an account? || Agent: No "
        "account needed, just upload and pay. || Customer: easy, thanks"),
    ("children", "benign", "agent_note",
        "Organiser of the summer fair at Linden Community Hall emailed about printing raffle tickets, "
        "2000 numbered. Quoted £55."),
    ("children", "benign", "review",
        "Only complaint: the cushion on the booth's little booster seat was missing. Minor thing, "
        "otherwise perfect."),
    ("children", "benign", "dm",
        "do u have a student discount? im doing my masters at the uni and need visa photos"),
    ("children", "benign", "web_form",
        "Service: Document translation | From: Spanish | To: English | Document: nursery franchise "
        "agreement (commercial), 18 pages | Company: Pequeños Pasos Ltd"),
    # ---- financial_hardship, sensitive
    ("financial_hardship", "sensitive", "email",
        "Hi, I lost my job at the warehouse last month and the Jobcentre needs certified copies of my ID "
        "before they'll sort my claim. Is there any way to get a discount? I honestly can't stretch to "
        "£15 right now. Dean Cross || Agent: Hi Dean, we can do the copies free under our hardship "
        "scheme, just show this email in store. || Thank you, genuinely."),
    ("financial_hardship", "sensitive", "chat",
        "Customer: can I pay for the translation in instalments? || Agent: We don't usually, but tell me "
        "what's going on. || Customer: I'm on Universal Credit and the papers for my eviction hearing are "
        "in Portuguese, I need them by the 12th and I've only got £20 till payday"),
    ("financial_hardship", "sensitive", "agent_note",
        "Customer's card declined 3 times for passport photos. She said she's behind on rent and "
        "everything's gone on the electric meter. Manager used the community fund voucher. Order "
        "MPD-41220."),
    ("financial_hardship", "sensitive", "sms",
        "hi sorry its Leanne, can u hold my prints till the 28th? got literally nothing till my UC comes "
        "in || Agent: No problem Leanne, we'll hold them until the 28th. || thank u so much"),
    ("financial_hardship", "sensitive", "voicemail",
        "Hello, this is Mr Abara about the invoice you sent me. My business went into liquidation and I "
        "am bankrupt personally now, the trustee is dealing with my creditors. Please send any letters to "
        "the trustee. Thank you."),
    ("financial_hardship", "sensitive", "web_form",
        "Service: Certified copies | Documents: debt relief order paperwork, 9 pages | Purpose: for my "
        "new landlord | Notes: please can you do this cheaply, I'm in a DRO and I have about £3 a week "
        "spare"),
    ("financial_hardship", "sensitive", "call",
        "Caller: I need the letter from the debt collectors translated to Arabic for my father, he "
        "doesn't understand it. || Agent: We can do that. How long is it? || Caller: Two pages. They say "
        "bailiffs are coming about his council tax arrears and he's frightened."),
    ("financial_hardship", "sensitive", "review",
        "Be warned, they won't waive the fee even when you explain you're homeless and just need one "
        "photo for a housing application. || Reply from Mesa: We're really sorry. Please ask for the "
        "branch manager, we do have a hardship scheme."),
    ("financial_hardship", "sensitive", "dm",
        "hey is there like a free version of the id photo? my dad got made redundant and we can't afford "
        "my passport renewal fee and the photo on top || Agent: Sorry to hear that. Ask at the counter "
        "about our hardship scheme, the photos can be free. || ok thank you"),
    ("financial_hardship", "sensitive", "chat",
        "Customer: do you print bank statements? || Agent: Yes, 10p a page if you email them over. || "
        "Customer: ok good its 40 pages, the food bank referral wants 3 months of them and I've got no "
        "printer"),
    ("financial_hardship", "sensitive", "email",
        "Dear Mesa, please stop chasing the £84 for my print order by text. I'm on a debt management plan "
        "with a charity for all my debts and you've been added as a creditor; you'll get paid through the "
        "plan. Sincerely, Rhona Gill"),
    ("financial_hardship", "sensitive", "agent_note",
        "Cust asked to split the £60 translation over four weeks. Evicted last Friday, staying in a "
        "hostel, needs her Lithuanian ID translated for the council housing team. Approved, hostel "
        "address noted for collection only."),
    ("financial_hardship", "sensitive", "sms",
        "Sorry Im going to have to cancel the laminating order, bailiffs took the van this morning and I "
        "cant run the market stall anymore"),
    ("financial_hardship", "sensitive", "web_form",
        "Name: K. Osei | Enquiry: Refund | Details: please refund order 38814 to my card not store "
        "credit. I've been on JSA since March and store credit is no use to me, I need the £22 for gas"),
    ("financial_hardship", "sensitive", "call",
        "Agent: Is there anything else I can help with? || Caller: Just... the photo's for my IVA "
        "paperwork, the insolvency practitioner wants ID. Does it need certifying? || Agent: Yes, we can "
        "certify it here for £9.50."),
    ("financial_hardship", "sensitive", "voicemail",
        "Hi, this is Maureen, I ordered the photo restoration but I'll have to cancel it, I've had to "
        "give up the flat, the repossession is next week. Sorry. Please don't charge the card."),
    ("financial_hardship", "sensitive", "review",
        "Honest review: the staff let me pay for my visa photos the week after when I said I'd been laid "
        "off and was still waiting on my final pay. Kind people. Paid up today."),
    ("financial_hardship", "sensitive", "dm",
        "hi is there a cheaper photo option at all? I'm on a zero hours contract and haven't had a shift "
        "in three weeks, behind on everything"),
    ("financial_hardship", "sensitive", "email",
        "Order MPD-55902: card declined. || Agent: Hi Sam, could you try another card? || I don't have "
        "another one. My account is frozen while the bank deals with my overdraft default. Can I pay cash "
        "in store next week?"),
    ("financial_hardship", "sensitive", "agent_note",
        "Gentleman asked for a certified copy of his county court judgment for a new rental application. "
        "Embarrassed, said the CCJ was from the year he lost the shop and couldn't pay anyone. 1 copy "
        "done."),
    # ---- financial_hardship, benign
    ("financial_hardship", "benign", "chat",
        "Customer: my card got declined on the upload page || Agent: Sorry! The 3D Secure step sometimes "
        "times out. Could you try once more? || Customer: worked second time, cheers"),
    ("financial_hardship", "benign", "email",
        "Hi, I was charged twice for order MPD-30951 (£12.99 x2). Could you refund one of them? "
        "Screenshot of the statement attached. Thanks, Lewis || Agent: Hi Lewis, you're right, one was a "
        "duplicate. Refunded today, allow 3 to 5 working days. || Cheers."),
    ("financial_hardship", "benign", "voicemail",
        "Hi, quick question, do the Harbour Street booths take Apple Pay or is it coins only? I'll try "
        "and pop by later. Cheers."),
    ("financial_hardship", "benign", "review",
        "Cheap as chips for four passport photos and a digital code. Won't break the bank, and they "
        "passed first time."),
    ("financial_hardship", "benign", "web_form",
        "Enquiry: Invoice | Company: Harlow & Pike Surveyors | Message: please re-issue invoice 7720 with "
        "our VAT number on it, our finance team won't process it without"),
    ("financial_hardship", "benign", "agent_note",
        "Customer queried the £2 surcharge for express certified copies. Website still showed the old "
        "price so refunded the difference as goodwill."),
    ("financial_hardship", "benign", "call",
        "Caller asked if we price-match the post office photo service. Explained we don't, but we include "
        "the digital code. Caller booked anyway for Saturday."),
    ("financial_hardship", "benign", "dm",
        "the laminator at Kingsgate is broke again lol, just fyi, there's a queue forming"),
    ("financial_hardship", "benign", "chat",
        "Customer: Can I get a receipt for expenses? || Agent: Of course, it's emailed to the address on "
        "the order. || Customer: Found it, it was in spam. Thanks!"),
    ("financial_hardship", "benign", "email",
        "Hello, we'd like to open a business account for monthly document printing, roughly 2,000 pages a "
        "month. What payment terms do you offer? Regards, Finance team, Corvell Logistics || Agent: We "
        "offer 30-day invoicing on business accounts. I'll send the application form now. || Thank you, "
        "we'll return it this week."),
    ("financial_hardship", "benign", "review",
        "Paid for next-day delivery on my prints and they came three days later. The refund came through "
        "quickly when I complained though. || Reply from Mesa: Sorry for the delay, and glad the refund "
        "was quick."),
    ("financial_hardship", "benign", "voicemail",
        "Hi, it's Anton, just checking whether the gift voucher I bought in December is still valid. It "
        "says twelve months so I think yes? Cheers."),
    ("financial_hardship", "benign", "sms",
        "Your voucher code MESA10 didnt work at checkout, says expired? I thought it ran till the end of "
        "the month"),
    ("financial_hardship", "benign", "web_form",
        'Service: Poster printing | Item: A1 posters, "Debt-Free Day: Financial Planning Seminar" | '
        "Client: Brook & Lyle Accountants | Qty: 6 | Finish: matt"),
    ("financial_hardship", "benign", "chat",
        "Customer: do you charge for cancelling a studio booking? || Agent: It's free up to 24 hours "
        "before. || Customer: great, I'll move it to next week then"),
    ("financial_hardship", "benign", "agent_note",
        "Customer asked for a breakdown of the translation quote (per-word rate vs certification fee). "
        "Sent itemised quote, accepted same day."),
    ("financial_hardship", "benign", "review",
        "Printed a poster for our band Broke Millionaires' gig at the Anchor. Sharp print, good price, "
        "will be back."),
    ("financial_hardship", "benign", "email",
        "Hi Mesa, your payment page timed out and now there's a pending charge of £8.99 but no order "
        "confirmation. Will it drop off or do I need to do something? Chloe || Agent: Hi Chloe, that's a "
        "pre-authorisation and it will drop off within 5 days, nothing to do. || Great, thanks."),
    ("financial_hardship", "benign", "dm",
        "is there a discount if we order 100+ copies? printing window cards for our estate agency"),
    ("financial_hardship", "benign", "call",
        "Caller queried a payment to Mesa on their statement. It was the annual photo storage "
        "subscription, which they'd forgotten. Cancelled the renewal at their request."),
    # ---- legal, sensitive
    ("legal", "sensitive", "email",
        "Hi, my solicitor has asked for certified copies of my marriage certificate and the decree nisi "
        "for my divorce proceedings. Would a certified copy from you be accepted by the family court? "
        "Thanks, Annette Crowe || Agent: Hi Annette, our certified copies are usually accepted, but the "
        "court can ask for originals. || Thanks, I'll check with my solicitor."),
    ("legal", "sensitive", "agent_note",
        "Customer needed photos for the ID his probation officer asked for. He's on licence after being "
        "released last month. Printed 4, standard price, he was polite and in a hurry for his "
        "appointment."),
    ("legal", "sensitive", "chat",
        "Customer: I need a translation of a court letter from Polish || Agent: Certainly. Does it need "
        "to be certified? || Customer: yes its for my lawyer, my old employer in Gdansk is suing me for "
        "breaking the contract and the hearing is in June"),
    ("legal", "sensitive", "web_form",
        "Service: Document check | Form: ESTA | Notes: I have a conviction from 2014 for possession. Do I "
        "have to declare it and can you help me word the answer?"),
    ("legal", "sensitive", "call",
        "Caller: I need copies of my DBS certificate certified. || Agent: Sure, how many? || Caller: Two. "
        "It shows a caution from when I was 19, the new employer wants the original seen and a copy for "
        "their file."),
    ("legal", "sensitive", "voicemail",
        "Hi, Tomasz Wrobel, order 49001. The witness statement translation needs to be ready before my "
        "hearing on the 9th at Southwark Crown Court, please, it's very urgent. My barrister's clerk is "
        "chambers.clerk@example.org."),
    ("legal", "sensitive", "review",
        "Brilliant when I needed 30 pages copied for my tribunal claim against my ex-employer at 5pm on a "
        "Friday. || Reply from Mesa: Glad we could help, and good luck with it."),
    ("legal", "sensitive", "sms",
        "hi its Gemma, the copies of the non-molestation order, can they go in a plain envelope pls, I'll "
        "collect in person"),
    ("legal", "sensitive", "agent_note",
        "Police officer came in with a customer to view the CCTV from outside Kingsgate on 3/6. Customer "
        "was arrested there that night and is disputing the charge. Manager approved release of stills to "
        "the officer."),
    ("legal", "sensitive", "email",
        "Dear Sirs, I am the defendant in a small claims case brought by my former landlord. I need "
        "certified copies of my tenancy agreement and 14 WhatsApp screenshots printed. Could they be "
        "ready by Tuesday? Yours faithfully, P. Hallam || Agent: Yes, ready Tuesday from 10am. It's £1.50 "
        "per certified page plus 20p per print. || Thank you."),
    ("legal", "sensitive", "chat",
        "Customer: can a certified copy go in a court bundle? || Agent: Usually yes, but check with the "
        "court office. || Customer: ok, the final hearing in my divorce is next month and my ex's "
        "solicitor keeps rejecting my paperwork"),
    ("legal", "sensitive", "dm",
        "can u print my immigration appeal bundle? 120 pages, tribunal hearing next week and my lawyer's "
        "printer has died"),
    ("legal", "sensitive", "web_form",
        "Name: Errol Vance | Service: Passport photo + form check | Notes: my passport was taken as a "
        "bail condition and has just been given back since the case was dropped, but it's damaged. "
        "Anything special I need to put on the form?"),
    ("legal", "sensitive", "call",
        "Call notes: customer needs her Turkish divorce judgment translated for a UK marriage notice. "
        "Divorce finalised in Izmir last year. Quoted £95 certified, she'll bring the original Thursday."),
    ("legal", "sensitive", "voicemail",
        "Hi, I'm ringing from my brother's phone, it's Carl Dunne. I'm in a bit of bother, I've been "
        "charged with drink driving and the court wants my licence and a photocopy of it. Can you do that "
        "while I wait tomorrow?"),
    # ---- legal, benign
    ("legal", "benign", "chat",
        "Customer: do you print on legal size paper? the US one || Agent: We do, 8.5 by 14 inches. || "
        "Customer: brill, 40 copies then please"),
    ("legal", "benign", "review",
        "Printed my Legally Blonde musical poster for the uni theatre society, as pink as pink gets. Love "
        "it. || Reply from Mesa: Break a leg to the whole cast!"),
    ("legal", "benign", "email",
        "Good afternoon, Hargreaves & Lowe Solicitors would like a quote for 1,000 business cards for our "
        "new trainees. Design attached. Regards, Office Manager || Agent: Thanks, 1,000 cards on 400gsm "
        "are £65. Shall I go ahead? || Yes please, same address as the invoice."),
    ("legal", "benign", "web_form",
        "Enquiry: Do you offer apostille services or only certified copies? | Asking for: general "
        "information for our firm's staff relocation guide"),
    ("legal", "benign", "voicemail",
        "Hiya, is the Court Street branch open on Sundays? I need to print a boarding pass for Monday. "
        "Thanks a lot."),
    ("legal", "benign", "agent_note",
        "Caller asked whether our certified copies are done by a solicitor. Explained that our trained "
        "staff certify for most uses, and for anything the court specifies we refer to Pennant Notaries "
        "next door."),
    ("legal", "benign", "call",
        "Caller: have you got passport cases, like covers? || Agent: Yes, leather ones at £12 in four "
        "colours. || Caller: lovely, I'll get the green one on Saturday"),
    ("legal", "benign", "dm",
        "do you laminate the big Highway Code wall chart? it's for our driving school office"),
    ("legal", "benign", "chat",
        "Customer: Can you translate the terms and conditions on our website into French? || Agent: Yes, "
        "how many words? || Customer: about 3,000, it's standard contract boilerplate"),
    ("legal", "benign", "review",
        "Fastest turnaround on 200 wedding invitations I've ever seen. Honestly criminal how cheap it "
        "was."),
    ("legal", "benign", "email",
        "Hi, I'm a pupil barrister and just wanted to know if you stock tabbed A4 dividers numbered 1 to "
        "50? Chambers has run out and the stationery order isn't till Monday. || Agent: We do, £4.20 a "
        "set, and Kingsgate has 12 sets in. || Great, I'll take six."),
    ("legal", "benign", "voicemail",
        "Hello, it's Neil from the Tennis Court Café in the park, we need our menus reprinted and "
        "laminated, 30 of them, A4, same as last time. Thanks."),
    ("legal", "benign", "web_form",
        "Service: Translation | Document: standard NDA template, English > German | Client: Fenwick "
        "Robotics Ltd | Words: 2,100 | Deadline: flexible"),
    ("legal", "benign", "agent_note",
        "Customer asked about our policy on copying documents marked Crown Copyright. Explained "
        "personal-use copying is fine; emailed the policy page."),
    ("legal", "benign", "chat",
        "Customer: I'm writing a crime novel and want the cover printed for my proof copy || Agent: "
        "Exciting! What size? || Customer: B-format paperback, it's called The Witness Box"),
    # ---- bereavement, sensitive
    ("bereavement", "sensitive", "email",
        "Hello, my mum passed away on Sunday and I need certified copies of her death certificate for the "
        "bank and the pension people, maybe 6? Also could you print her photo for the order of service. "
        "Sorry if this is muddled. Karen"),
    ("bereavement", "sensitive", "chat",
        "Customer: can you restore an old photo? it's got a crease down the middle || Agent: Yes, "
        "restoration starts at £25. Is it for anything special? || Customer: it's the only picture of me "
        "and my brother together, he died in March. I want it framed for his anniversary"),
    ("bereavement", "sensitive", "agent_note",
        "Widow came in for certified copies of her husband's passport and birth certificate for probate, "
        "he died 3 weeks ago. Very upset, used the quiet room. 4 copies, no charge per manager."),
    ("bereavement", "sensitive", "sms",
        "hi can I collect the order of service prints on wed instead? dads funeral got moved to thurs || "
        "Agent: Of course, and we're so sorry for your loss. They'll be waiting at the counter. || thanks"),
    ("bereavement", "sensitive", "voicemail",
        "Hi, it's Mo. Um. I've got an order in for visa photos but I won't need them now, my nan died "
        "last night and we're not travelling any more. Can you refund? Thanks."),
    ("bereavement", "sensitive", "web_form",
        "Service: Photo enlargement | Size: A3 canvas | Notes: this is my partner Danny, he passed in "
        "October. Please don't crop out the dog, it was his"),
    ("bereavement", "sensitive", "review",
        "I had to print photos for my daughter's memorial and the staff were so gentle with me. Thank "
        "you, Harbour St. || Reply from Mesa: We're so sorry for your loss, and thank you for letting us "
        "know."),
    ("bereavement", "sensitive", "call",
        "Caller: I need the probate form checked, the PA1P. || Agent: Of course. Is it for a family "
        "member? || Caller: My father, he died in January. My sister and I are executors and neither of "
        "us has a clue."),
    ("bereavement", "sensitive", "dm",
        "do u do the laminated photos that go on graves? lost my grandad last month and want one for the "
        "headstone || Agent: We're sorry about your grandad. We do weatherproof memorial plaques, 5x7, "
        "from £25. || thank you, i'll bring the photo in"),
    ("bereavement", "sensitive", "email",
        "Dear Mesa, I need my late wife's Italian death certificate translated for the pension office "
        "here. She died in Bologna while visiting her sister in May. Regards, Alan Pryce || Agent: Dear "
        "Mr Pryce, we're very sorry. We can do the certified translation in three working days. || Thank "
        "you."),
    ("bereavement", "sensitive", "chat",
        "hiya do u print orders of service || Agent: We do, from £1.20 each. || ok it's for my best mate, "
        "he was killed in a car crash on saturday and his mum asked me to sort it. sorry im all over the "
        "place"),
    ("bereavement", "sensitive", "agent_note",
        "Customer cancelled the family portrait booking, their son was stillborn last week. Refunded in "
        "full. Flag on account: no family shoot marketing emails."),
    ("bereavement", "sensitive", "sms",
        "Sorry to do this by text but Mum died on Friday so we wont be at the appt tmrw. Please cancel "
        "her passport photos. Ruth"),
    ("bereavement", "sensitive", "voicemail",
        "Good morning, it's Derek Howe, I'm a neighbour of Mrs Price, her husband passed last week. She "
        "needs copies of his ID certified for the solicitor and she doesn't drive. Is there any way "
        "someone could come to her?"),
    ("bereavement", "sensitive", "review",
        "Took my late mother's old passport photos in to be scanned for the slideshow at her wake. Done "
        "in an hour and they wouldn't take any money. Thank you."),
    # ---- bereavement, benign
    ("bereavement", "benign", "chat",
        "Customer: my phone died halfway through the upload, did it go through? || Agent: I can see order "
        "MPD-60713, it completed fine. || Customer: phew"),
    ("bereavement", "benign", "review",
        "The booth at the station is dead, third time this month. Had to walk all the way to Harbour St. "
        "|| Reply from Mesa: Sorry! An engineer is booked for Monday morning."),
    ("bereavement", "benign", "email",
        'Hi, could you print 50 posters for "Death on the Nile" at the Corn Exchange? Our drama group\'s '
        "A2 design is attached. Thanks, Jim || Agent: Hi Jim, A2 on satin is £3.50 each, ready Friday? || "
        "Friday's perfect."),
    ("bereavement", "benign", "sms",
        "the laminator at elm parade is dead again, just so u know, staff said to text"),
    ("bereavement", "benign", "agent_note",
        "Customer asked if the deadline for Christmas photo-card orders is 15 Dec. Confirmed 16 Dec for "
        "click-and-collect."),
    ("bereavement", "benign", "dm",
        "this queue is killing me, how long's the wait for walk-ins at Kingsgate rn? || Agent: About 15 "
        "minutes right now, sorry! || ugh ok, worth it"),
    ("bereavement", "benign", "web_form",
        "Service: Printing | Item: album artwork posters x10 | Band: The Late Arrivals | Notes: matt, A2, "
        "pick up Friday"),
    ("bereavement", "benign", "call",
        "Caller from Oakfield & Sons Funeral Directors asked about our memorial print range for a page on "
        "their website. Sent product info and trade pricing."),
    ("bereavement", "benign", "review",
        "Dead easy to upload the photo from my phone and it passed the check instantly. Would use again."),
    ("bereavement", "benign", "chat",
        "Customer: I'm running late for my 3pm studio slot, is 3:20 ok? || Agent: No problem, see you "
        "then. || Customer: thanks, traffic's a nightmare"),
    ("bereavement", "benign", "email",
        "Hello, I'm a local historian printing old photos of the Gravesend ferry for an exhibition at the "
        "library. 20 prints at A3, mono. Could you quote? Regards, Frank Oyelaran || Agent: Hi Frank, 20 "
        "A3 mono prints come to £70. || Go ahead, thanks."),
    ("bereavement", "benign", "voicemail",
        "Hi, this is Sue from Wickham & Dale Funeral Directors. We'd like 500 blank order-of-service "
        "templates on the cream card, as per our standing order. Thank you."),
    ("bereavement", "benign", "agent_note",
        'Customer\'s order was "lost in the system". Turned out to be a dead link in the confirmation '
        "email. Resent the link."),
    ("bereavement", "benign", "voicemail",
        "Hello, um, I need the digital code resending, the one you emailed expired before I got round to "
        "using it. The order ends 442. Thanks, bye."),
    ("bereavement", "benign", "chat",
        "Customer: do you print Halloween stuff? like RIP gravestone signs for a pub party? || Agent: "
        "Yes, on foam board from £6 each. || Customer: great, 8 please, skeleton design"),
    # ---- violence_self_harm, sensitive
    ("violence_self_harm", "sensitive", "email",
        "Please remove my photo and address from your online account. My ex has been stalking me and I "
        "think he's been using old order emails to find out where I live. I've had to move twice this "
        "year. S. || Agent: We've removed your address and photos and closed the account. Nothing further "
        "will be sent. || Thank you."),
    ("violence_self_harm", "sensitive", "agent_note",
        "Customer was verbally abused and shoved by another customer in the Kingsgate queue around 2pm. "
        "Police called; she has a bruise on her arm. CCTV saved. Completed her order free of charge."),
    ("violence_self_harm", "sensitive", "chat",
        "Customer: can I change the delivery address on my order? || Agent: Of course, what's the new "
        "address? || Customer: it's a refuge, I've left my husband because he hits me. please don't send "
        "anything to the old address ever"),
    ("violence_self_harm", "sensitive", "sms",
        "hi the man who did my photos yesterday keeps messaging me on insta, he got my name off the "
        "order. its making me feel really unsafe || Agent: I'm really sorry. Please send us screenshots; "
        "he's suspended while we investigate. || ok"),
    ("violence_self_harm", "sensitive", "voicemail",
        "Hello, er, I'm calling because someone pushed one of your photo envelopes through my door with "
        'my passport photo in it and "we know where you live" written across my face. I\'ve called the '
        "police but wanted you to know."),
    ("violence_self_harm", "sensitive", "review",
        "Need to say this. I came in for photos for the last bit of paperwork and I'd been planning to "
        "end my life that week, and the lady on the counter just talked to me for twenty minutes. I'm "
        "still here. Thank you."),
    ("violence_self_harm", "sensitive", "web_form",
        "Service: Certified copy | Document: police incident record | Notes: I was attacked outside my "
        "flat on 2 Feb and Victim Support need certified copies. Please use my work email only"),
    ("violence_self_harm", "sensitive", "dm",
        "idk why im messaging a photo shop but i dont think i want to be here anymore. ive got the pills "
        "out || Agent: I'm really glad you messaged. Please call 999 right now, or the Samaritans. Can "
        "you tell me where you are so we can help?"),
    ("violence_self_harm", "sensitive", "call",
        "Caller: I need new photos for a new passport. || Agent: Is it lost or a renewal? || Caller: He "
        "burned the old one. My husband. He won't let me leave the house without him, I'm calling from "
        "work."),
    ("violence_self_harm", "sensitive", "agent_note",
        'Amy reports a customer refused a refund threatened to "come back and stab" her. Customer '
        "identified from order 71123. Reported to police, ref on file. Amy sent home for the day."),
    ("violence_self_harm", "sensitive", "chat",
        "Customer: hi can you blur my face in the group photo on your instagram? || Agent: Of course, may "
        "I ask why? || Customer: someone from my old school has been harassing me online for months and "
        "found me through it"),
    ("violence_self_harm", "sensitive", "email",
        "To Mesa management: your Harbour St photographer made comments about my body and put his hands "
        'on my waist to "position" me. I felt unsafe and have reported it. I expect a response. Lauren '
        "Tate || Agent: Ms Tate, thank you for reporting this. The photographer has been suspended and "
        "the area manager will call you today."),
    ("violence_self_harm", "sensitive", "sms",
        "need to cancel studio slot sorry. cut myself again last night and my arms are a mess, cant do "
        "photos like this"),
    ("violence_self_harm", "sensitive", "review",
        'The man at the counter got in my face and told me he\'d "sort me out" after closing because I '
        "complained. Management didn't care. Zero stars."),
    ("violence_self_harm", "sensitive", "web_form",
        "Enquiry: Data removal | Details: I have a confidential address because of domestic abuse. A "
        "parcel from you went to my old address where my abuser still lives. Please urgently tell me what "
        "was on the label."),
    # ---- violence_self_harm, benign
    ("violence_self_harm", "benign", "chat",
        "Customer: can I book a headshot shoot for our team of 12? || Agent: Yes! Studio shoots are £30 a "
        "person. || Customer: great, we'll shoot on the Friday"),
    ("violence_self_harm", "benign", "review",
        "Killer prices on canvas prints right now. My living room looks amazing."),
    ("violence_self_harm", "benign", "email",
        "Hi, please print 100 A3 posters for our pub's Fight Club film night on the 20th. Artwork "
        "attached. Cheers, Gaz at the Red Lion || Agent: Cheers Gaz, ready Thursday. First rule of film "
        "night: collect before 5. || haha nice one"),
    ("violence_self_harm", "benign", "sms",
        "can u blow up my holiday photo to A2? the beach one from the folder I sent"),
    ("violence_self_harm", "benign", "agent_note",
        "Customer asked for a crop to remove a stranger in the background of their photo. Done at no "
        "charge."),
    ("violence_self_harm", "benign", "dm",
        "the self-serve printer just murdered my document lol, paper jam. can someone help at Kingsgate?"),
    ("violence_self_harm", "benign", "web_form",
        'Service: Poster | Title: "Kill Bill Vol. 1" anniversary screening | Qty: 15 | Venue: Odeon '
        "Riverside events team"),
    ("violence_self_harm", "benign", "call",
        "Caller asked about photo shoot packages for LinkedIn headshots. Sent brochure; booked two slots "
        "next week."),
    ("violence_self_harm", "benign", "review",
        "The photographer absolutely nailed it, my visa photo is the best picture anyone's ever taken of "
        "me. Knocked it out of the park. || Reply from Mesa: Thanks so much, we'll tell Jordan!"),
    ("violence_self_harm", "benign", "chat",
        "Customer: the trimmer cut my prints a bit wonky || Agent: Sorry! Bring them back and we'll "
        "reprint. || Customer: ok, thx"),
    ("violence_self_harm", "benign", "email",
        "Hello, our club would like 40 laminated grading certificates for the kick-boxing and taekwondo "
        "classes. Template attached. Thanks, Dragon Gate Martial Arts office"),
    ("violence_self_harm", "benign", "voicemail",
        "Hi, it's Pete from the Bullseye Darts League, we need our fixture cards printed for the new "
        "season, two hundred of them. Give us a bell back."),
    ("violence_self_harm", "benign", "agent_note",
        'Cust complained the booth "attacked" her with the flash; it fires twice for the test shot. '
        "Explained, she laughed, got her photos."),
    ("violence_self_harm", "benign", "dm",
        "ur new shop logo absolutely slaps tbh, who designed it? we want one for our café || Agent: Haha "
        "thank you, it was done in-house! We don't design logos for other businesses, sorry. || fair "
        "enough"),
    ("violence_self_harm", "benign", "web_form",
        'Service: Printing | Item: "Stop Bullying" awareness posters, A2 x 30 | Client: Eastfield Leisure '
        "Centre | Notes: campaign artwork supplied by the council"),
    # ---- special_categories, sensitive
    ("special_categories", "sensitive", "chat",
        "Customer: can I keep my hijab on for the passport photo? || Agent: Yes, head coverings worn for "
        "religious reasons are fine as long as your face is fully visible. || Customer: ok thank you, and "
        "can the photographer be a woman please"),
    ("special_categories", "sensitive", "sms",
        "Eid starts Thursday so we'll be fasting till then and at the mosque late most nights, can I move "
        "my photo slot to after 8pm?"),
    ("special_categories", "sensitive", "email",
        "Hi, I keep Shabbat so I can't come in on Saturdays, and the Kingsgate studio seems to only have "
        "visa slots then. Do any branches do Sunday appointments? Thanks, Miriam Kahan || Agent: Hi "
        "Miriam, Elm Parade opens Sundays 10 till 4. || Wonderful, thank you."),
    ("special_categories", "sensitive", "agent_note",
        "Cust asked that the photographer not touch his turban when adjusting position, it's part of his "
        "faith. Noted on his account for future visits."),
    ("special_categories", "sensitive", "web_form",
        "Service: Translation | Document: baptism certificate, Latin > English | Purpose: I converted to "
        "Catholicism last year and I'm being confirmed at St Brendan's at Easter, the parish needs it in "
        "English"),
    ("special_categories", "sensitive", "voicemail",
        "Hello, Pastor Emmanuel Boateng here. I need my ordination certificate certified, and my visa "
        "photos redone wearing my clerical collar, the church I'm visiting in Accra asked for that. "
        "Please call me back."),
    ("special_categories", "sensitive", "review",
        'As an atheist I was a bit put off by the "Blessed Day!" sticker on my bag, but the photos '
        "themselves were perfect. Four stars."),
    ("special_categories", "sensitive", "dm",
        "hi, I'm a Jehovah's Witness so I don't celebrate birthdays. can you take the birthday discount "
        "thing off my account, I keep getting the emails"),
    ("special_categories", "sensitive", "call",
        "Caller: Do you do the photos for the Hajj visa? My wife and I are going in June, inshallah. || "
        "Agent: We do, white background, and we'll size them to the Saudi spec. || Caller: Thank you, "
        "we'll come after Jummah on Friday."),
    ("special_categories", "sensitive", "email",
        "Hello, I am Romani and my birth was registered in Slovakia. The certificate has my mother's "
        "surname spelled two different ways. Will your translator keep it like the original or correct "
        "it? Thank you, Jana Horvathova"),
    ("special_categories", "sensitive", "agent_note",
        "Customer reported racial abuse from another customer in the Elm Parade queue, he shouted at her "
        'to "go back to where you came from". Witnessed by two staff. Logged, offered to report to '
        "police, she accepted."),
    ("special_categories", "sensitive", "chat",
        "Customer: hi what address do I put on the passport form, we live on the Traveller site at Cold "
        "Harbour Lane and the plot numbers keep changing || Agent: Use the site's postal address with "
        "your plot number. || Customer: ok, last time they sent it back and I know its because of where "
        "we live"),
    ("special_categories", "sensitive", "review",
        'The photographer told me my skin was "too dark for the lighting" and then blamed the camera. As '
        "a Black woman I've heard it all before, but I expected better. || Reply from Mesa: Ms Adebayo, "
        "we're sorry. This has been escalated."),
    ("special_categories", "sensitive", "web_form",
        "Service: Document check | Form: Windrush scheme application | Notes: I came over from Jamaica in "
        "1962 with my parents and never had a passport of my own, what proof can I use?"),
    ("special_categories", "sensitive", "sms",
        "hello, I am Kurd from Turkey, not Turkish. please the translation must say Kurdish for my "
        "ethnicity like the original paper say || Agent: Of course, our translator will keep it exactly "
        "as the original. || thank you very much"),
    ("special_categories", "sensitive", "dm",
        "my grandparents were Irish Travellers and I'm doing the family history, can you scan and print "
        "the old photos of the wagons and the camp at Ballinasloe?"),
    ("special_categories", "sensitive", "call",
        "Caller: I was born in Hong Kong and I've got BN(O) status, I need photos for the BN(O) visa. || "
        "Agent: We can do those, standard UK size. || Caller: Good. And my Chinese name should go on the "
        "translation too."),
    ("special_categories", "sensitive", "voicemail",
        "Hello, it's Samira, I'm half Moroccan, half Scottish, and the Moroccan consulate wants different "
        "proportions for my ID card photo from the UK ones. Can you do both in one session? Thanks."),
    ("special_categories", "sensitive", "email",
        "Hi, I'm standing as an independent candidate for Riverside ward in the May elections. I need "
        "certified copies of my nomination papers and a headshot for the ballot leaflet. Ruth Akers || "
        "Agent: Hi Ruth, we can do both on Tuesday, the headshot is £25. || Great."),
    ("special_categories", "sensitive", "agent_note",
        'Cust ordered 5000 "Vote Green" leaflets; he\'s canvassing Hillside ward himself this weekend and '
        "asked us to box them by street."),
    ("special_categories", "sensitive", "chat",
        "Customer: can you laminate protest placards? || Agent: We can laminate up to A2. || Customer: "
        "perfect, we're marching against the arms fair on Saturday and the rain ruined ours last time"),
    ("special_categories", "sensitive", "dm",
        "bit awkward, the leaflets I delivered round the estate for the Reform candidate had your "
        "watermark on the back. can you reprint without it before I do the next round Sunday"),
    ("special_categories", "sensitive", "web_form",
        "Service: Translation | Document: asylum claim statement | Notes: I was arrested in Iran for "
        "organising opposition protests and my lawyer needs this in English. Please keep confidential"),
    ("special_categories", "sensitive", "review",
        'Refused to print my Palestine solidarity banners, said they were "too political". I\'ve been a '
        "Labour activist for 20 years and no shop has ever done that to me."),
    ("special_categories", "sensitive", "sms",
        "Hi its Graham, I'm election agent for the Lib Dem candidate in Easton, can I grab the poster "
        "proofs tmrw before 10"),
    ("special_categories", "sensitive", "call",
        "Caller: I'm abroad in October, can you check my postal vote form? || Agent: Yes, our form check "
        "covers overseas elector forms. || Caller: Great, I've voted SNP every election since I was "
        "eighteen and I'm not missing this one."),
    ("special_categories", "sensitive", "voicemail",
        "Hi, it's Oona. I'm one of the organisers of the climate blockade on Friday and I was arrested at "
        "the last one, so I need a copy of my ID and my solicitor's card laminated together. Can you do "
        "it Thursday?"),
    ("special_categories", "sensitive", "email",
        "Hi, as shop steward for Unite at the depot I've been asked to get photos done for our new union "
        "ID cards, mine included. Can I book myself in first and the others after? Cheers, Des Murray || "
        "Agent: Hi Des, you're booked for Monday at 9 and we've kept the rest of the morning free for the "
        "others."),
    ("special_categories", "sensitive", "sms",
        "on the picket line tuesday so cant collect till weds, pls hold my prints. Janice || Agent: No "
        "problem Janice, they'll be here."),
    ("special_categories", "sensitive", "agent_note",
        "Customer mentioned she's an RCN rep and needs her union ID photo reissued after her name change. "
        "Printed a photo card, 54x86."),
    ("special_categories", "sensitive", "chat",
        "Customer: do you print union membership cards? mine's falling apart, I'm GMB || Agent: We can't "
        "print official ones, the union issues those, but we can laminate yours. || Customer: fair "
        "enough, I'll bring it in"),
    ("special_categories", "sensitive", "review",
        "Great place. The lad on the till spotted my NEU badge and we had a good natter about the strike "
        "ballot. Oh, and the photos were fine too."),
    ("special_categories", "sensitive", "web_form",
        "Service: Certified copy | Document: letter from UNISON confirming my role as branch secretary | "
        "Purpose: employment tribunal, I'm representing one of our members"),
    ("special_categories", "sensitive", "call",
        "Caller: I'm out on strike with the RMT on the 14th, so can I move my visa photo to then instead "
        "of my shift day? || Agent: Of course, we've slots all day on the 14th."),
    ("special_categories", "sensitive", "dm",
        "hey me and Kev are the union reps at the Harrow bus garage, can we get our lanyards reprinted "
        'with "Unite Rep" on?'),
    ("special_categories", "sensitive", "voicemail",
        "Hi, this is Lorraine Fisk. I was sacked last month for trying to get a union recognised at my "
        "warehouse. The union's taking it to tribunal and I need copies of my contract certified."),
    ("special_categories", "sensitive", "email",
        "Hi Mesa, my husband and I are adopting and the agency needs certified copies of our marriage "
        "certificate and both our passports. Could we come in Thursday evening? Best, Tom Whitley || "
        "Agent: Hi Tom, Thursday at 6 works at Harbour St. Bring the originals. || Great, see you then."),
    ("special_categories", "sensitive", "chat",
        "Customer: need photos for a visa for me and my girlfriend, we're moving to Canada || Agent: "
        "Lovely, I'll book you both in. || Customer: she's called Ana, we're both women if that changes "
        "anything on the common-law partner form"),
    ("special_categories", "sensitive", "dm",
        "ok this is embarrassing but can u take a decent headshot for my grindr profile lol. all my "
        "selfies are awful || Agent: Not embarrassing at all! The Profile Pic package is £20 for three "
        "edited shots. || perfect"),
    ("special_categories", "sensitive", "agent_note",
        "Cust mentioned he's bi and that a previous photographer made a joke about it when he came in "
        "with his boyfriend. Complaint passed to the area manager."),
    ("special_categories", "sensitive", "review",
        "We're both dads and nobody blinked when we came in together for the family passport photos. "
        "Small thing, meant a lot. || Reply from Mesa: That's how it should be. Thanks for coming in!"),
    ("special_categories", "sensitive", "web_form",
        "Service: Translation | Document: civil partnership certificate, Spanish > English | Parties: "
        "Jorge Ruiz and Martin Ellery | Purpose: spouse visa"),
    ("special_categories", "sensitive", "sms",
        "can u print the wedding pics for me and my wife off the USB I dropped in, its Jess and Kat, "
        "order 62011"),
    ("special_categories", "sensitive", "call",
        "Caller: I need a letter from the sexual health clinic translated for travel insurance. || Agent: "
        "Sure, which language? || Caller: Portuguese. It's about my PrEP prescription, I'm taking three "
        "months' supply."),
    ("special_categories", "sensitive", "voicemail",
        "Hi, Liam here. Since I came out my parents won't give me my birth certificate, so I've ordered a "
        "copy from the register office and I need it certified for my new flat. Can you do Monday?"),
    ("special_categories", "sensitive", "email",
        "Hi, after my transition I changed my name by deed poll and I need certified copies of the deed "
        "poll and my Gender Recognition Certificate for my passport. Please use my name, Alex Morgan, and "
        "not the one on my old account. Thanks. || Agent: Hi Alex, I've updated the name on your account. "
        "Bring the originals in any time. || Thank you so much."),
    ("special_categories", "sensitive", "chat",
        "Customer: my pronouns are they/them, can you update my account so the emails stop saying Mr? || "
        "Agent: Done, I've set it to Mx and removed the title from emails. || Customer: thank you!!"),
    ("special_categories", "sensitive", "agent_note",
        "Cust's order history still showed her deadname. Asked for it removed; updated to Sophie Clarke. "
        "Old name kept only in the audit log per policy."),
    ("special_categories", "sensitive", "sms",
        "hiya, I'm trans and a bit nervous the new passport photo will look really different to my old "
        "one. can I book a quiet time when there's no one else in? || Agent: Of course. Tuesday at 9 is "
        "usually empty, shall I book you in? || yes please x"),
    ("special_categories", "sensitive", "web_form",
        "Service: Document check | Form: passport, change of gender | Notes: I'm non-binary and the form "
        "only has M or F, which one do I pick and can you help with the supporting letter?"),
    ("special_categories", "sensitive", "review",
        "I'm a trans man and the photographer got my name and pronouns right first time without me having "
        "to explain. That never happens. Five stars."),
    ("special_categories", "sensitive", "dm",
        "is it ok to wear a bit of makeup in a passport photo? im a trans woman, early in transition, and "
        "i want it to look like me"),
    ("special_categories", "sensitive", "call",
        "Caller explained her driving licence still shows her old name and gender. She's had her GRC "
        "since January and wants the form check for the DVLA update. Booked Tuesday 11am."),
    ("special_categories", "sensitive", "voicemail",
        "Hi, it's Jamie. I came out as non-binary at work and HR need a new photo and name for my pass. "
        "Can you do the photo this week? Thanks."),
    ("special_categories", "sensitive", "email",
        "Hello, I need my BRCA result letter certified. I tested positive for BRCA2 and my insurer in "
        "Germany also wants it translated. Can you do both together? Kind regards, Helen Strauss || "
        "Agent: Yes, we'll translate it into German and certify both. || Thank you."),
    ("special_categories", "sensitive", "web_form",
        "Service: Certified translation | Document: DNA relationship test between me and my brother "
        "(Arabic report) | Purpose: family reunion visa, the Home Office asked for it"),
    ("special_categories", "sensitive", "chat",
        "Customer: can I print out my 23andMe health report? it's 40 pages || Agent: Yes, email the PDF "
        "and it's 10p a page. || Customer: great, turns out I'm a cystic fibrosis carrier so my partner "
        "wants to see it before our fertility appointment"),
    ("special_categories", "sensitive", "agent_note",
        "Cust asked for a laminated card stating she has Factor V Leiden (inherited clotting disorder) to "
        "carry when flying. Printed credit-card size."),
    ("special_categories", "sensitive", "sms",
        "Hi, could u scan my Huntington's gene test letter and email it to me? the hospital only sent "
        "paper"),
    ("special_categories", "sensitive", "call",
        "Caller: I did an ancestry DNA test and want the results translated to French for my cousin in "
        "Abidjan. || Agent: We can do that. How many pages? || Caller: Six, mostly the ethnicity "
        "breakdown and the relatives list."),
    ("special_categories", "sensitive", "review",
        "They printed my DNA ancestry chart as a poster and the guy asked if the 12% Ashkenazi surprised "
        "me. It did! Fun visit."),
    ("special_categories", "sensitive", "dm",
        "need my genetic counselling letter printed x3, it says I've got the Lynch syndrome gene and my "
        "siblings need to see it"),
    ("special_categories", "sensitive", "chat",
        "Customer: at the visa centre the fingerprint scanner couldn't read my prints, they're worn down "
        "from plastering. Can you help? || Agent: We can't take fingerprints, sorry. || Customer: ok, "
        "they said they'll retake my biometrics next week"),
    ("special_categories", "sensitive", "email",
        "Please delete my face scan from your photo app. I used Smart Crop and then read in your privacy "
        "policy that you keep a facial template for 30 days. I want it gone. Ines Duarte || Agent: Hi "
        "Ines, your facial template is deleted and Smart Crop is switched off on your account."),
    ("special_categories", "sensitive", "agent_note",
        "Customer requested a copy of the facial geometry data our ID-check kiosk captured during her "
        "right-to-work check. Passed to the DPO as a subject access request."),
    ("special_categories", "sensitive", "web_form",
        "Service: Data request | Details: the kiosk at your airport branch took an iris scan of me for "
        'the "fast lane" and I never agreed to it. Please confirm it\'s deleted.'),
    ("special_categories", "sensitive", "sms",
        "hi did my fingerprint enrolment for the e-visa go through at your shop? the screen froze after "
        "the 4th finger"),
    ("special_categories", "sensitive", "voicemail",
        "Hello, Derek Ashby here. I enrolled my voiceprint for your phone line's voice ID last year and "
        "I'd like it removed, please. I don't want my voice stored anywhere."),
    ("special_categories", "sensitive", "review",
        "Used the new biometric kiosk for my visa appointment, it scanned my face and all ten fingers in "
        "about two minutes. Slick. || Reply from Mesa: Thanks for the feedback!"),
    ("special_categories", "sensitive", "dm",
        "your app unlocked for my sister's face instead of mine?? we're not even twins. is my face data "
        "actually secure || Agent: That's worrying, thanks for telling us. Face unlock is disabled on "
        "your account while we investigate."),
    # ---- special_categories, benign
    ("special_categories", "benign", "chat",
        "Customer: are religious head coverings allowed in passport photos? it's for the FAQ on our "
        "travel site || Agent: Yes, as long as the whole face is visible. || Customer: thanks, that's "
        "what I thought"),
    ("special_categories", "benign", "email",
        "Hello, I'm writing for the Al-Noor Mosque facilities committee. We'd like 20 laminated A3 signs, "
        '"Shoes off beyond this point" and "Car park closes 10pm". Please invoice the mosque. Regards, '
        "Committee office"),
    ("special_categories", "benign", "sms",
        "are you open on Christmas Eve? need to pick up a print order before 2"),
    ("special_categories", "benign", "agent_note",
        "St Michael's Church office ordered 300 copies of the parish newsletter, A4 folded. Same as the "
        "monthly order."),
    ("special_categories", "benign", "web_form",
        'Service: Printing | Item: "Eid Mubarak" greeting cards x500 | Client: Zahra Gifts (retailer) | '
        "Notes: gold foil if available, delivery to the shop"),
    ("special_categories", "benign", "review",
        "Printed the posters for Jesus Christ Superstar at the Playhouse, vibrant and done in a day."),
    ("special_categories", "benign", "dm",
        "do you do special opening hours for Diwali? want to know if Kingsgate closes early that week"),
    ("special_categories", "benign", "call",
        "Caller from the gurdwara management committee asked for a quote on 1000 flyers for their "
        "community open day. Quoted, waiting on artwork."),
    ("special_categories", "benign", "chat",
        "Customer: does the Kingsgate shop have a prayer room nearby? || Agent: The shopping centre has a "
        "multi-faith room on level 2. || Customer: good to know, I'm putting together an accessibility "
        "guide for the centre"),
    ("special_categories", "benign", "email",
        "Hi, Temple Street branch: do you still do the Saturday morning photo clinic, or has that moved? "
        "Thanks, Rhys"),
    ("special_categories", "benign", "web_form",
        "Enquiry: General | Message: does your translation team cover Hebrew and Yiddish? We're an "
        "archive digitising old shop ledgers from the 1920s."),
    ("special_categories", "benign", "review",
        "Pride and Prejudice quote print on A3, gorgeous typography and they gift-wrapped it for free. || "
        "Reply from Mesa: Thank you! It is a truth universally acknowledged that gift wrap makes it "
        "better."),
    ("special_categories", "benign", "voicemail",
        "Hi, I'm calling about the Union Street branch, is the booth fixed yet? It was taped off when I "
        "came by yesterday. Thanks."),
    ("special_categories", "benign", "email",
        "Dear Mesa, the Eastfield branch of the NEU would like 200 A5 flyers for a branch meeting. "
        "Artwork attached. Please invoice the branch account. Thanks, Branch office || Agent: Thanks, 200 "
        "flyers will be ready Tuesday and the invoice will go to the branch account. || Great."),
    ("special_categories", "benign", "agent_note",
        "Unite regional office set up a standing order for printing the monthly newsletter. Invoice to "
        "regional office, contact through the office email."),
    ("special_categories", "benign", "chat",
        "Customer: do you print union jack bunting? || Agent: We print custom bunting, yes, £3 a metre. "
        "|| Customer: great, it's for the street party on the green"),
    ("special_categories", "benign", "dm",
        "whats the difference between your Labour Saver bundle and the normal print pack? website doesn't "
        "say || Agent: The Labour Saver includes cutting and bagging, the normal pack is prints only. || "
        "ah ok makes sense"),
    ("special_categories", "benign", "call",
        "Caller asked us to quote for a banner for the Riverside Trades Council May Day event. Quoted £85 "
        "for 3m vinyl; they'll send the design."),
    ("special_categories", "benign", "web_form",
        "Service: Signage | Qty: 60 A3 laminated | Client: Northbrook District Council Electoral Services "
        '| Text: "Polling Station" and "No campaigning beyond this point"'),
    ("special_categories", "benign", "email",
        "Hi, the Northfield Green Party office would like 2,000 A5 leaflets, double-sided. Artwork "
        "attached; please invoice the local party. Office, Northfield Greens || Agent: Thanks, they'll be "
        "ready Friday morning. || Brilliant."),
    ("special_categories", "benign", "review",
        "Conservative estimate, it saved me an hour compared with the post office. Photos passed first "
        "time."),
    ("special_categories", "benign", "agent_note",
        "Council asked whether we can print passes for the election count. Yes: 120 lanyard cards from "
        "their artwork, ready Wednesday."),
    ("special_categories", "benign", "chat",
        "Customer: my left margin is off on the print || Agent: It's the PDF scaling, set it to actual "
        "size. || Customer: right, that fixed it"),
    ("special_categories", "benign", "sms",
        "hi is there much free parking near Elm Parade or is it all pay and display now"),
    ("special_categories", "benign", "dm",
        "do you guys print campaign posters? it's for a charity winter coat drive at the library"),
    ("special_categories", "benign", "review",
        'Our local history society\'s "Elections of 1906" exhibition panels came out beautifully. Balanced '
        "colours, no fuss."),
    ("special_categories", "benign", "chat",
        "Customer: does the Pride Collection photo frame come in black? || Agent: It comes in rainbow, "
        "black and white. || Customer: black please, it's a birthday present"),
    ("special_categories", "benign", "email",
        "Hi, we're organising Brackley Pride this summer and need 40 A2 posters and 2 vinyl banners. "
        "Please invoice Brackley Pride CIC. Thanks, Events team"),
    ("special_categories", "benign", "sms",
        "when is the new photo app update coming out? the old one keeps crashing"),
    ("special_categories", "benign", "call",
        'Caller asked whether the "Partner" field on our business account is for a second card holder. '
        "Explained it adds a second authorised user, e.g. a business partner."),
    ("special_categories", "benign", "agent_note",
        "Independent cinema ordered film posters for Brokeback Mountain and Carol for their retrospective "
        "season. Licensed artwork supplied by the cinema."),
    ("special_categories", "benign", "web_form",
        'Enquiry: Photo booth hire | Message: do your hire booths print "couple" strips, two people per '
        "frame? It's for our stand at the wedding fair in March."),
    ("special_categories", "benign", "chat",
        "Customer: can I get a straight edge on the laminate, not rounded? || Agent: Sure, just tick "
        "square corners. || Customer: nice one"),
    ("special_categories", "benign", "review",
        "They take real pride in the work here. Every print was checked before it went in the bag."),
    ("special_categories", "benign", "dm",
        "is your Profile Pic package meant for dating apps or for LinkedIn? the website's not clear"),
    ("special_categories", "benign", "email",
        "Hello, is the X gender marker accepted on UK passports yet? We're a travel agency updating our "
        "FAQ and customers do ask. Thanks, Nadia at Skyway Travel || Agent: Hi Nadia, not at the moment, "
        "UK passports show M or F only. || Thanks for confirming."),
    ("special_categories", "benign", "chat",
        "Customer: do you have gender-neutral toilets at the studios? || Agent: Yes, Harbour St and Elm "
        "Parade both do. || Customer: great, thanks for checking"),
    ("special_categories", "benign", "agent_note",
        "Translation client (Lumen Fashion) asked whether our French translators handle gendered pronouns "
        "in product copy for unisex ranges. Confirmed, added to their style guide."),
    ("special_categories", "benign", "sms",
        "hey, does the transit visa for Doha need a different photo size? flying through next month"),
    ("special_categories", "benign", "web_form",
        "Service: Translation | Document: HR transgender inclusion policy, English > Polish | Client: "
        "Meridian Logistics HR department | Pages: 6"),
    ("special_categories", "benign", "review",
        "Smooth transition to the new online upload system, much faster than the old site."),
    ("special_categories", "benign", "call",
        "Caller asked whether printed receipts show titles like Mr/Ms/Mx. Explained receipts show the "
        "order number only. General query."),
    ("special_categories", "benign", "dm",
        "love the Trans Pennine Trail map poster in ur window, can i buy one?"),
    ("special_categories", "benign", "email",
        "Hi, our HR team is updating staff ID badges to show pronouns optionally. Can your badge template "
        "have a pronoun line under the name? Ordering 150. Facilities, Larkspur Housing Association"),
    ("special_categories", "benign", "chat",
        "Customer: do you keep biometric data from the booth photos? || Agent: No, the booth keeps the "
        "image for 30 days for reprints only, no face templates. || Customer: ok good, just checking "
        "before I use it"),
    ("special_categories", "benign", "web_form",
        "Enquiry: App | Message: does the Mesa app have a face ID login option or just a password?"),
    ("special_categories", "benign", "agent_note",
        "Customer reported fingerprint smudges all over the booth screen at the station. Cleaning team "
        "notified."),
    ("special_categories", "benign", "review",
        "The new kiosk takes phone payments with Touch ID, handy, no more fumbling for cards."),
    ("special_categories", "benign", "sms",
        "do ur booths meet the biometric passport standard? the one for the new e-gates"),
    ("special_categories", "benign", "call",
        'Caller asked whether our passport photos are "biometric compliant". Confirmed all photos meet '
        "the ICAO standard for e-passports."),
    ("special_categories", "benign", "email",
        "Hi there, I run DNA Coffee on the high street and we'd like 500 loyalty cards printed. Logo "
        "attached. Cheers, Marco || Agent: Hi Marco, 500 cards on 350gsm are £32. || Lovely, go ahead."),
    ("special_categories", "benign", "chat",
        "Customer: can you print a family tree chart? I've got a PDF from a genealogy site, just names "
        "and dates || Agent: Yes, up to A0. || Customer: A1 please"),
    ("special_categories", "benign", "review",
        "Good genes in this company, the new branch is just as efficient as the old one!"),
    ("special_categories", "benign", "dm",
        "do u print lab posters? for the biology department at the sixth form college, the double helix "
        "one for the genetics topic"),
    ("special_categories", "benign", "web_form",
        "Service: Translation | Document: product spec sheet for a PCR lab kit | Client: Helix "
        "Diagnostics Ltd | Language: English > Spanish"),
    ("special_categories", "benign", "agent_note",
        "Customer asked about our policy on keeping copies of medical or genetic documents we copy. "
        "Explained copies aren't kept after collection; pointed to the privacy notice."),
    ("special_categories", "benign", "call",
        "Caller asked if we can print conference posters for the Northern Genomics Symposium. Quoted for "
        "80 A0 posters, booked."),
    ("special_categories", "benign", "email",
        "Hello, St Aidan's choir is doing a charity concert and needs 300 programmes. Just the running "
        "order inside, no names. Can you quote? St Aidan's Music Committee"),
    ("special_categories", "benign", "voicemail",
        "Hello, I wanted to ask if the Chapel Lane branch is still doing three for two on laminating. "
        "I've got a stack of menus. Thank you."),
    ("special_categories", "benign", "chat",
        "Customer: do you translate from Urdu? || Agent: Yes, Urdu to English and English to Urdu. || "
        "Customer: cool, it's a restaurant menu, 3 pages"),
    ("special_categories", "benign", "review",
        "Faith in high street shops restored! Quick, friendly and cheap visa photos. || Reply from Mesa: "
        "Thanks for stopping by!"),
    ("special_categories", "benign", "dm",
        "hey is the Black Friday deal on canvas prints still live? || Agent: It ends Monday at midnight! "
        "|| nice one"),
    ("special_categories", "benign", "agent_note",
        "Customer ordered black and white prints and was charged the colour rate. Refunded the "
        "difference."),
    ("special_categories", "benign", "web_form",
        "Enquiry: General | Message: does your passport photo lighting work well for all skin tones? "
        "Other booths get complaints and we want to recommend a shop on our community website."),
    ("special_categories", "benign", "email",
        "Hi, we'd like 100 posters for the pub's Race Night on the 12th. Horses and odds on the design, "
        "nothing fancy. Cheers, Landlord, The Plough || Agent: No problem, A3 at £1.20 each, ready in two "
        "days. || Sorted."),
    ("special_categories", "benign", "call",
        "Caller asked which countries need the larger 50x50mm visa photo (e.g. US, India). Sent our visa "
        "photo size chart. General enquiry."),
    ("special_categories", "benign", "chat",
        "Customer: what's the background rule for Indian visa photos? || Agent: Plain white, 2x2 inches. "
        "|| Customer: thanks, planning a holiday to Goa in the spring"),
    ("special_categories", "benign", "review",
        "The Heritage frame range is lovely, walnut with a little brass plate. Bought two."),
    ("special_categories", "benign", "voicemail",
        "Hi, it's the office at the Guru Nanak Community Centre. We need the hall hire posters reprinted, "
        "same as last year, twenty of them. Thanks."),
    ("special_categories", "benign", "voicemail",
        "Hello, Greenway Interfaith Forum office here, just checking the proofs for our conference "
        "programme are ready to collect on Thursday. Thank you."),
]


def mesa_examples() -> list[dict]:
    """The mesa split as labelled tickets (same shape as ``sensitive_eval.build_eval_set``'s)."""
    return stranger_examples("mesa", ENTRIES, SUBJECTS)
