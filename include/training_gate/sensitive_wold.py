"""wold split: written by a helper who had not seen the detection rules, the anchors or any other split.
Setting: Wold Libraries & Learning, an invented public library, local museum and community-learning service
(library cards including children's cards, room bookings, English language and citizenship-test classes,
family-history and heritage projects, exhibitions, fines and reservations); registers are email, chat, sms,
call, agent_note, web_form, review, voicemail and dm.
The benign half borrows the same territory harmlessly: book, film and exhibition titles (Death on the Nile,
Killing Eve, 'Strike! Wold in 1926'), idioms (my phone died, nearly gave me a heart attack), organisations acting
as organisations (a mosque committee, a union branch, a Pride committee, a school office, Citizens Advice booking
rooms or printing), general policy questions (face-ID, halal options, junior-card fines) and routine payment
trouble (card declined, charged twice).
70 sensitive and 70 benign tickets for special categories, 50 and 50 for children, 20 and 20 for financial hardship,
15 and 15 for health, legal, bereavement and violence and self-harm.
First reading (policy 2026.11.19, before any change made in response to it; `sensitive_eval.evaluate`, as `make
eval-sensitive`): 92.5 / 6.0 recall / false exclusion in % as shipped, 95.5 / 14.0 without the overruling, 91.5 /
11.5 by the rules alone. Then read while tuning the rules of 2026.11.20 (after it, 95.0 / 5.5
by the rules alone) and trained on by the classifier."""

from __future__ import annotations

from training_gate.sensitive_blind import stranger_examples

SUBJECTS: tuple[str, ...] = (
    "Library card query",
    "Room booking",
    "Reservation / hold",
    "Overdue items and fines",
    "English language classes",
    "Citizenship test course",
    "Family history enquiry",
    "Exhibition tickets",
    "Children's and young people's services",
    "Home library service",
    "Heritage volunteering",
    "Complaint",
    "Feedback",
    "Account and PIN",
)

ENTRIES: list[tuple[str, str, str, str]] = [
    # ---- health
    ("health", "sensitive", "email",
        "Hi, I've had three overdue notices for the Ishiguro novels. I was in Wold General for most of March "
        "after a stroke and honestly couldn't get them back any sooner. Could the fines be looked at? Thanks,"
        " Maureen Pell || Agent: Hi Maureen, I'm sorry to hear you've been unwell. I've removed the charges "
        "and renewed the books for another three weeks."),
    ("health", "sensitive", "chat",
        "Customer: hi can i renew everything on my card for another 3 wks || Agent: Of course, that's all "
        "five items renewed to the 30th. Anything else? || Customer: yes actually, my chemo starts monday so "
        "i wont be in for a while, can the reservation for the Ottolenghi book be held longer than 7 days"),
    ("health", "sensitive", "agent_note",
        "Cust phoned re home library service. Says she's now housebound following a hip replacement (op 12 "
        "Feb), neighbour collecting books till then. Set up HLS visit fortnightly, large print crime + "
        "audiobooks."),
    ("health", "sensitive", "web_form",
        "Name: Derek Ansell | Service: English Language Classes (tutor volunteer) | Reason for withdrawal: "
        "Diagnosed with type 1 diabetes last month and the evening class clashes with my insulin routine, "
        "will rejoin in Sept | Card no: WL 448213"),
    ("health", "sensitive", "voicemail",
        "Voicemail 10:14: hello it's Parveen, I booked the Orchard Room for Thursday for the knitting group, "
        "just to say I'm in the wheelchair full time now since my MS got worse so we'll need the ground floor"
        " room please, call me on 07700 900412, thank you"),
    ("health", "sensitive", "sms",
        "Hi its Jan, cant make citizenship class tonite, my epilepsy meds got changed after the seizure on "
        "sat and im not allowed to drive for now. Will catch up next wk || Agent: Thanks for letting us know,"
        " Jan. I'll send you this week's worksheet by email. Take care."),
    ("health", "sensitive", "review",
        "3 stars. Lovely staff but the large print section is tiny and half of it is on the bottom shelf. "
        "Since my macular degeneration diagnosis I rely on it and I can't kneel down there. || Agent: Thank "
        "you for this, it's really useful. We're moving large print up to eye level next month and adding a "
        "magnifier at the desk."),
    ("health", "sensitive", "chat",
        "Customer: Do you have audiobooks on the Borrowbox app? || Agent: Yes, over 4,000 titles, free with "
        "your card. || Customer: great, I'm dyslexic and with the ADHD on top reading print is a nightmare so"
        " that's perfect || Agent: Brilliant, I'll send you the setup guide."),
    ("health", "sensitive", "email",
        "Dear Wold Libraries, I'm 28 weeks pregnant and the volunteer rota for the mill heritage project has "
        "me lifting archive boxes on Saturdays. My midwife says no heavy lifting. Could I swap to the "
        "cataloguing desk instead? Best, Rhiannon"),
    ("health", "sensitive", "call",
        "Call summary: caller asked why her exhibition tickets weren't refunded. Explained policy (no refunds"
        " after event date). Caller said she missed the date because she'd been sectioned in late January and"
        " was only discharged last week. Escalated to supervisor for goodwill refund."),
    ("health", "sensitive", "agent_note",
        "Mr Okafor (card 55102) asked for a bookable quiet room during the exam period. He mentions he has "
        "severe anxiety and gets panic attacks in open-plan spaces. Booked Study Pod 2, Mon-Fri 9-1."),
    ("health", "sensitive", "dm",
        "hey is the café at Wold Central gluten free?? im coeliac and was properly ill for two days after the"
        " scone last time lol, need to know before the book launch"),
    ("health", "sensitive", "email",
        "Customer: Hi, can I pause my family-history group membership? || Agent: Yes, we can freeze it for up"
        " to six months. May I ask the reason, just for our records? || Customer: My husband's dementia has "
        "moved on quite fast since Christmas and I'm caring for him full time now. I'll come back when I can."),
    ("health", "sensitive", "web_form",
        "Accessibility request | Event: Citizenship test prep, Tuesday 6pm | Details: I'm profoundly deaf and"
        " use BSL. Please can an interpreter be booked for the sessions? | Contact: s.marlow@example.org"),
    ("health", "sensitive", "chat",
        "Customer: is there any chance someone can bring my reserved books out to the car?? || Agent: We can "
        "do kerbside collection, yes. Where are you parked? || Customer: blue badge bay by the side door. my "
        "back's done in after the slipped disc and the physio says no carrying"),
    ("health", "benign", "chat",
        "Customer: this self-checkout is giving me a headache, it won't read the barcode on my card, third "
        "time this week! || Agent: Sorry about that, the scanner on that unit is being replaced on Friday. "
        "The one by the door works fine. || Customer: ok ta"),
    ("health", "benign", "email",
        "Hello, do you stock 'The Body Keeps the Score'? The hold queue says I'm 14th in line. Any chance you"
        " could buy another copy or two? It's been on the bestseller list for ages."),
    ("health", "benign", "chat",
        "Customer: Is the Orchard Room wheelchair accessible? We're booking for a community choir and want to"
        " check before we send the invite round. || Agent: Yes, step-free via the side entrance, with an "
        "accessible toilet on the same floor and a hearing loop. || Customer: Great, booking now."),
    ("health", "benign", "web_form",
        "Event enquiry | Event: Dementia-Friendly Film Club | Question: Does it run in August? I coordinate "
        "volunteers for Wold Carers Network and want to put the dates in our newsletter. | Contact: "
        "carers.wold@example.org"),
    ("health", "benign", "review",
        "5 stars. The new mental health and wellbeing shelf near the entrance is a brilliant idea, really "
        "well stocked and nicely laid out. Would love a similar one for cookery. || Agent: Thanks! Cookery is"
        " next on the list."),
    ("health", "benign", "sms",
        "Hi, my phone died halfway through the Borrowbox download and now it says I've used my loan for the "
        "month?? Can you reset it || Agent: Sorry about that! I've returned the loan so you can download it "
        "again."),
    ("health", "benign", "agent_note",
        "Caller asked whether the hearing loop in the lecture theatre is working again after the refurb. "
        "Confirmed yes, tested 03/04. No further action."),
    ("health", "benign", "call",
        "Caller (practice manager, Wold Physio Clinic) wants to book the Community Room monthly for free "
        "falls-prevention talks open to the public. Quoted charity rate, provisional booking for first "
        "Mondays."),
    ("health", "benign", "email",
        "The overdue fine on my card nearly gave me a heart attack - £18! I'm sure it's because the DVD "
        "return slot was jammed on the 3rd and I had to leave them at the desk. Can you check? || Agent: "
        "You're right, they were checked in late. Fine removed, sorry about that."),
    ("health", "benign", "chat",
        "Customer: do you have any books on first aid? thinking of doing the St John Ambulance course for "
        "work || Agent: Yes, try 616.02, and the 'First Aid Manual' is on the quick-reads stand. || Customer:"
        " nice one"),
    ("health", "benign", "voicemail",
        "Hi, this is Gail from the Wold Hospice charity shop, we've got about six boxes of donated hardbacks "
        "for your book sale, mostly in good nick, can someone ring me back about collection, 07700 900233. "
        "Thanks."),
    ("health", "benign", "dm",
        "are you doing the couch to 5K reading challenge again this summer?? the one where you log books like"
        " miles, it was sick last year"),
    ("health", "benign", "web_form",
        "Stock request | Titles: 'Being Mortal' by Atul Gawande and 'This Is Going to Hurt' by Adam Kay, 8 "
        "copies each for the Wednesday book club | Group: Wold Readers | Contact: readers.wold@example.org"),
    ("health", "benign", "email",
        "Customer: Hi, the lift at Thornby branch was out again on Saturday. || Agent: Thanks for letting us "
        "know. Were you unable to get to the first floor? || Customer: Not me personally, I just saw the "
        "sign, but it's been broken a fortnight now and the local history room is upstairs. Not great."),
    ("health", "benign", "review",
        "2 stars. Wi-Fi in the study area is dead on its feet every afternoon. Had to tether to my phone to "
        "submit my nursing essay. || Agent: Sorry, we've logged it with IT and a new access point is going in"
        " next week."),
    # ---- legal
    ("legal", "sensitive", "email",
        "Please cancel my booking of the Willow Room on the 14th. My divorce hearing got moved to that "
        "morning at Wold Family Court and my solicitor says I have to be there. Ref RB-20931. Thanks, Helen"),
    ("legal", "sensitive", "agent_note",
        "Customer asked us not to send any post to her old address. Says there's a non-molestation order in "
        "place against her ex-partner and he still lives there. Address updated, account flagged, no phone "
        "contact to landline."),
    ("legal", "sensitive", "chat",
        "Customer: can i use the library pc to print a witness statement? || Agent: Yes, printing is 15p a "
        "page. || Customer: ok its for the police, someone keyed my car outside my flat and theres cctv, they"
        " want it signed and back by friday"),
    ("legal", "sensitive", "web_form",
        "Course: Citizenship Test Preparation | Question: Will my caution from 2016 (shoplifting, it is spent"
        " now) affect my application? I don't want it coming up in class in front of the others. | Name: "
        "Andrei Popescu"),
    ("legal", "sensitive", "call",
        "Caller is an applicant for the heritage volunteer scheme. Said she has a criminal record "
        "(drink-driving, 2019) and wanted to know whether the DBS check would show it. Advised it's a basic "
        "check; passed on volunteer coordinator's number."),
    ("legal", "sensitive", "email",
        "Customer: Hi, I borrowed a laptop on the digital loan scheme and it was taken when my flat was "
        "burgled. || Agent: I'm so sorry. Do you have a crime reference number? || Customer: Yes, "
        "WP/22/118043. The police came out Tuesday and apparently two lads have been arrested. || Agent: "
        "Thank you, we'll write the laptop off."),
    ("legal", "sensitive", "sms",
        "hi its Samir, wont be at english class thursday, I have to go to the immigration tribunal for my "
        "appeal. sorry teacher"),
    ("legal", "sensitive", "voicemail",
        "Hi, it's Graham Holt, card ending 7781. I'm suing the builder who did our extension and my solicitor"
        " wants copies of the 2009 planning files from the local studies room. Can you call me back on 07700 "
        "900518, thanks."),
    ("legal", "sensitive", "review",
        "1 star. Your staff called the police on my brother for 'causing a disturbance' when he was only "
        "asking about his fine. He got arrested and spent the night in a cell over NOTHING. || Agent: We're "
        "sorry to read this. Please contact customer services so we can look into what happened."),
    ("legal", "sensitive", "dm",
        "hi is the small meeting room free wed pm? need somewhere private to meet my probation officer, their"
        " office in town has flooded || Agent: Yes, Meeting Room 3 is free 1-5pm on Wednesday. Shall I book "
        "2pm for you?"),
    ("legal", "sensitive", "agent_note",
        "Mr Finch says the missing items (4 books, £62) were seized by police during a search of his house "
        "and are being held as evidence. Asked for charges to be suspended pending return. Manager approved."),
    ("legal", "sensitive", "email",
        "To whom it may concern, we act for Ms T. Reyes regarding the incident on 2 May when she slipped on "
        "the wet floor by the entrance at Wold Central. We intend to issue proceedings unless we receive your"
        " insurer's details within 14 days. Harrow & Linn Solicitors"),
    ("legal", "sensitive", "chat",
        "Customer: do you have books on representing yourself in court? || Agent: Yes, we've got the Litigant"
        " in Person guide and a few others. || Customer: thanks, my landlord's taking me to small claims next"
        " month and I'm doing it without a lawyer"),
    ("legal", "sensitive", "web_form",
        "Family History Enquiry | Topic: My own adoption records | Notes: I've started a court application to"
        " have my birth certificate amended and my barrister needs the 1985 adoption register extract. | "
        "Name: Claire Dunstan"),
    ("legal", "sensitive", "call",
        "Caller returning overdue items on behalf of her son, who is on remand at HMP Wold awaiting trial. "
        "Agreed to waive fines; items returned at desk. Card suspended at her request."),
    ("legal", "benign", "email",
        "Hello, our firm (Cale & Partners Solicitors) would like to book the Boardroom for an internal "
        "training day on 9 October, about 20 people. Could you send over the hire rates and catering options?"),
    ("legal", "benign", "chat",
        "Customer: Have you got The Firm by John Grisham? || Agent: Yes, two copies at Wold Central, one on "
        "the shelf now. || Customer: brilliant, I'll grab it at lunch"),
    ("legal", "benign", "web_form",
        "Course question | Course: Life in the UK (citizenship test) | Question: Does the course cover the "
        "chapter on courts and the legal system? It's the part of the handbook everyone says is hardest to "
        "memorise."),
    ("legal", "benign", "sms",
        "Hi, has the law section moved? Couldn't find the criminal law textbooks for my LLB revision, they "
        "used to be by the stairs || Agent: Yes, law has moved to the second floor, 340s, next to the group "
        "study rooms."),
    ("legal", "benign", "review",
        "4 stars. The 'Crime and Punishment in Victorian Wold' exhibition was really well done, especially "
        "the old handcuffs and the magistrate's ledger. Shame the audio guide kept cutting out."),
    ("legal", "benign", "agent_note",
        "Caller asked about the terms and conditions for room hire, specifically the liability and "
        "cancellation clauses. Emailed T&Cs PDF. No complaint raised."),
    ("legal", "benign", "call",
        "Caller from Wold Neighbourhood Policing Team wants to run a monthly 'Cuppa with a Copper' drop-in in"
        " the foyer. Booked first Wednesdays 10-12, free (community use)."),
    ("legal", "benign", "email",
        "Customer: Hi, I got a letter saying FINAL NOTICE about a book I returned ages ago. || Agent: "
        "Apologies, that's an automated message. The book was checked in on 2 June, so I've cleared the "
        "record. || Customer: Phew, thought I was in trouble with the law there, haha. Thanks!"),
    ("legal", "benign", "dm",
        "do you still do the free copyright and IP workshop? want to understand trademark rules before i "
        "register a name for my etsy shop"),
    ("legal", "benign", "voicemail",
        "Hello, it's Lorna from the Wold Magistrates' Court admin office. We're moving buildings and wondered"
        " if the library would accept our old run of Halsbury's Laws. Please call 07700 900671."),
    ("legal", "benign", "web_form",
        "Exhibition feedback | Exhibition: 'Rough Justice: 300 Years of the Wold Assizes' | Comment: "
        "Fascinating, but the gallery was far too warm and there's nowhere to sit halfway round."),
    ("legal", "benign", "chat",
        "Customer: is it legal to photocopy a whole book if it's for studying? || Agent: Generally no; "
        "copyright allows one chapter or 5%, whichever is greater, for private study. || Customer: ah ok, one"
        " chapter it is"),
    ("legal", "benign", "email",
        "Dear team, the Wold Mock Trial Society would like to use the Lecture Theatre on 12 Nov for a staged "
        "mock trial open to the public. Can we bring our own gowns and wigs? Regards, Priya, Society "
        "Secretary || Agent: Of course! Costumes welcome."),
    ("legal", "benign", "review",
        "3 stars. Good branch but that 'Legal Eagles' detective series on the new-arrivals shelf is always "
        "checked out. More copies please! || Agent: Noted, two more on order."),
    ("legal", "benign", "agent_note",
        "Customer queried a clause in the data protection notice on the card application form. Explained "
        "retention periods (6 yrs after last use) and right to erasure. Customer satisfied."),
    # ---- bereavement
    ("bereavement", "sensitive", "email",
        "Hello, my mum passed away in January and I've found eleven library books in her flat. Her card was "
        "in the name Joan Whitley. Can I just drop them at the desk? I don't think I can face sorting out "
        "fines right now."),
    ("bereavement", "sensitive", "chat",
        "Customer: hi, how do I close an account? || Agent: I can do that for you. Is it your own card? || "
        "Customer: no it's my husband's, he died last month. i keep getting the reservation emails and it's "
        "upsetting || Agent: I'm so sorry. I've closed it and stopped all emails."),
    ("bereavement", "sensitive", "agent_note",
        "Cust's father died 3 wks ago. She wants to continue his family-history research and asked whether "
        "his saved notes on the library PCs can be moved to her card. Referred to Local Studies."),
    ("bereavement", "sensitive", "voicemail",
        "Hi, it's Colin Marsh. I'm afraid I won't be running the Thursday conversation class any more, my "
        "wife Sheila died on Sunday and I need some time. I'm sorry to leave it like this. 07700 900155."),
    ("bereavement", "sensitive", "web_form",
        "Room booking | Purpose: Gathering after my brother Kevin's funeral, approx 40 guests, tea and "
        "sandwiches | Date: 18 March | Notes: He loved this library, it felt right to do it here"),
    ("bereavement", "sensitive", "sms",
        "Sorry I missed the heritage walk, we lost my nan on Friday. Can I rebook for the next one? || Agent:"
        " I'm so sorry for your loss. Of course, I've put you on the walk on the 21st."),
    ("bereavement", "sensitive", "review",
        "5 stars. When my partner died last year the staff at Thornby helped me with the forms and just let "
        "me sit in the local history room for hours. I won't forget it. || Agent: Thank you for sharing this."
        " We'll pass it on to the team."),
    ("bereavement", "sensitive", "call",
        "Caller returning DVDs borrowed by her late son (card 30981). Distressed. Fines of £7.50 waived, "
        "account closed, condolences offered."),
    ("bereavement", "sensitive", "email",
        "Customer: Hi, I'd like to donate my late wife's collection of Penguin classics, about 300 books. || "
        "Agent: That's very generous, thank you. Can I ask a little about them? || Customer: She was a member"
        " here for 40 years and read every one. She died in the spring and I think she'd want them read."),
    ("bereavement", "sensitive", "dm",
        "hi, grandad always did the crossword club on tuesdays. he passed in the summer. could we put a "
        "little note up on the noticeboard for his friends there?"),
    ("bereavement", "sensitive", "chat",
        "Customer: I need to cancel the citizenship test course please || Agent: No problem, can I ask why? "
        "We can defer you to the autumn term. || Customer: my father died yesterday and I'm flying out for "
        "the burial tomorrow, I don't know when I'll be back"),
    ("bereavement", "sensitive", "agent_note",
        "Mrs Dunn asked to stop the home library delivery. Mr Dunn (the main reader) died in hospital on 2 "
        "Nov. Delivery cancelled; sympathy card sent from HLS team."),
    ("bereavement", "sensitive", "email",
        "Customer: Can I transfer the exhibition tickets I bought to someone else? || Agent: Yes, just give "
        "us the new name. || Customer: thank you. they were for me and my sister, she died suddenly last week"
        " so my friend will come with me instead. sorry to overshare"),
    ("bereavement", "sensitive", "web_form",
        "Feedback type: Complaint | Details: You sent an overdue letter addressed to my daughter six weeks "
        "after her funeral. I had already told the Wold Central desk she'd passed. Please remove her from "
        "your system."),
    ("bereavement", "sensitive", "voicemail",
        "Morning, it's Hilda from the family history group. Just to say I won't be there Wednesday, we had "
        "the funeral for my Stan yesterday. I'll ring when I'm up to it, love."),
    ("bereavement", "benign", "chat",
        "Customer: Have you got Death on the Nile on DVD? || Agent: We do, the 2022 one and the Ustinov "
        "version. || Customer: the Ustinov one please, the new one was rubbish"),
    ("bereavement", "benign", "email",
        "Hi, my laptop died during the catalogue upgrade and now I can't log in on the new one. Do I need a "
        "new PIN or just my old one? Card WL 337120."),
    ("bereavement", "benign", "web_form",
        "Family History Enquiry | Topic: Burial registers for St Cuthbert's, Wold, 1780-1840 | Notes: Looking"
        " for the Hebden line. Are the registers on microfilm or digitised?"),
    ("bereavement", "benign", "review",
        "4 stars. The WW1 'Fallen of Wold' memorial exhibition was moving and very well researched. Loved the"
        " interactive map of the names on the memorial. || Agent: Thank you, it runs until 11 November."),
    ("bereavement", "benign", "sms",
        "Is the Day of the Dead mask-making session on Sat still on? Cant see it on the events page anymore "
        "|| Agent: Yes, 2pm Saturday in the Willow Room, we've just had a glitch on the website."),
    ("bereavement", "benign", "agent_note",
        "Caller from Wold Funeral Directors asked to place leaflets for their bereavement support evenings on"
        " the community board. Approved, 4 weeks display."),
    ("bereavement", "benign", "voicemail",
        "Hi there, it's Tom, I'm calling about the Dead Poets Society screening on Friday, can I still get "
        "two tickets? My number's 07700 900390, thanks."),
    ("bereavement", "benign", "dm",
        "my kindle is dead AGAIN 🙃 can i borrow one of the library e-readers while I wait for the "
        "replacement?"),
    ("bereavement", "benign", "email",
        "Customer: My card's expired, I think. || Agent: It has, it lapsed in April. I can renew it now if "
        "you confirm your address. || Customer: Same address, thanks. The old card's dead and buried in a "
        "drawer somewhere."),
    ("bereavement", "benign", "call",
        "Caller asked whether we hold the probate calendars (1858-1966) for family-history research. "
        "Confirmed, Local Studies, self-service on microfilm."),
    ("bereavement", "benign", "web_form",
        "Book suggestion | Title: 'Grief Is the Thing with Feathers' by Max Porter | For: the Thursday book "
        "group's autumn list | Submitted by: Wold Readers' Circle"),
    ("bereavement", "benign", "chat",
        "Customer: the printer on floor 2 is dead, totally unresponsive || Agent: Thanks, IT are on their way"
        " up. The one by the lifts works in the meantime. || Customer: cheers"),
    ("bereavement", "benign", "review",
        "5 stars. Tuesday's talk on Victorian mourning customs and Whitby jet jewellery was superb. Speaker "
        "really knew her stuff. || Agent: So glad you enjoyed it! She's back in the spring."),
    ("bereavement", "benign", "email",
        "Hello, I'm writing a local history article about the 1918 flu in Wold and the cemetery records from "
        "that winter. Could I book a slot in the search room for two afternoons next week?"),
    ("bereavement", "benign", "agent_note",
        "Customer asked if the 'The Lovely Bones' book group set (10 copies) can be renewed for another "
        "month. Renewed to 14/07."),
    # ---- violence and self-harm
    ("violence_self_harm", "sensitive", "email",
        "Please don't give my address or phone number to anyone who asks at the desk. A man I used to go out "
        "with keeps turning up wherever I am and waiting outside. He knows I go to the Tuesday ESOL class. - "
        "K."),
    ("violence_self_harm", "sensitive", "agent_note",
        "Customer reported being shoved against a car and called names by another patron in the car park "
        "after the evening class on 6/3. Bruising to upper arm. Incident form IR-0442 completed, CCTV "
        "requested."),
    ("violence_self_harm", "sensitive", "chat",
        "Customer: can I change the name on my library card? || Agent: Yes, with ID. Is it a name change? || "
        "Customer: sort of, I've left my partner because he was hitting me and I'm in a refuge now. I don't "
        "want him finding me through anything || Agent: Understood. Let's do this privately, can you come to "
        "the desk and ask for Jo?"),
    ("violence_self_harm", "sensitive", "sms",
        "Hi, can u ask ur staff to stop that guy in the blue coat messaging me on the library wifi chat? He "
        "keeps saying he'll wait for me after, im scared to leave"),
    ("violence_self_harm", "sensitive", "voicemail",
        "Hi, this is Dee. I, um, I've got a load of books to bring back but I can't. Honestly I don't see the"
        " point of anything at the moment and I've been thinking about ending it. Sorry. I don't even know "
        "why I'm telling the library."),
    ("violence_self_harm", "sensitive", "web_form",
        "Complaint about: Wold Central reading room | Details: The same man has followed me from the library "
        "to the bus stop four times now and takes photos of me. I've told your security but nothing's "
        "happened. | Name: Hana Ito"),
    ("violence_self_harm", "sensitive", "call",
        "Caller (volunteer, heritage project) said her husband threatened her when she said she'd be "
        "volunteering on Saturdays and asked that we never ring the house number. Contact updated to mobile "
        "only."),
    ("violence_self_harm", "sensitive", "dm",
        "hey, the guy who runs the chess club keeps touching my shoulder and commenting on what I wear, it's "
        "making me really uncomfortable || Agent: Thank you for telling us. That isn't OK. Can we call you to"
        " talk about it privately? || yes pls but not while im at work"),
    ("violence_self_harm", "sensitive", "email",
        "I want to make a formal complaint. On Saturday at Thornby library a group of lads cornered my dad in"
        " the toilets, took his wallet and punched him. He's 74 and really shaken up. Why is there no staff "
        "presence downstairs?"),
    ("violence_self_harm", "sensitive", "review",
        "1 star. Got screamed at and threatened by another customer over a PC booking and your staff just "
        "watched. I had to leave in tears. || Agent: We're very sorry. Please get in touch so we can look at "
        "what happened and the CCTV."),
    ("violence_self_harm", "sensitive", "chat",
        "Customer: are you open late tonight? || Agent: Until 8pm at Wold Central. || Customer: ok good. i "
        "need somewhere to go, i cant go home yet, my stepdad gets violent when hes been drinking and hes "
        "been at it since lunch"),
    ("violence_self_harm", "sensitive", "agent_note",
        "Regular customer (card 61877) told staff she has been self-harming and showed cuts on her arms. "
        "Staff gave crisis line details and encouraged GP contact. Safeguarding lead informed."),
    ("violence_self_harm", "sensitive", "email",
        "Customer: Can I book the small study room instead of the open area for my tutoring sessions? || "
        "Agent: Sure, why the change, if you don't mind me asking? || Customer: Someone's been sending me "
        "threatening messages saying they know where I am on Tuesdays. I just feel safer with a door."),
    ("violence_self_harm", "sensitive", "web_form",
        "Library card application | Additional info: Please register me under my mother's surname. I've fled "
        "domestic abuse and there's a safety plan with the police. Do not contact my previous address under "
        "any circumstances."),
    ("violence_self_harm", "sensitive", "sms",
        "sorry i miss english class again teacher, my husband lock me in the flat and take my phone. i use "
        "neighbour phone. please dont call back this number"),
    ("violence_self_harm", "benign", "chat",
        "Customer: Is 'Killing Eve' season 3 back in? || Agent: Yes, returned this morning. Want me to hold "
        "it? || Customer: amazing, yes please"),
    ("violence_self_harm", "benign", "email",
        "Hello, Wold Women's Aid (the charity) would like to leave domestic abuse awareness leaflets in the "
        "toilets and at the desk during our campaign week in November. Is that OK? || Agent: Yes, absolutely,"
        " drop them in whenever suits."),
    ("violence_self_harm", "benign", "web_form",
        "Room booking | Group: Wold Karate & Self-Defence Club | Room: Main Hall | Date: every Monday 7-9pm |"
        " Notes: we need the tables moved back for the mats"),
    ("violence_self_harm", "benign", "review",
        "5 stars. The true crime book club is brilliant. This month's pick, 'In Cold Blood', led to the best "
        "discussion we've had all year."),
    ("violence_self_harm", "benign", "sms",
        "The self-service machine has it in for me, it attacked my card again and spat it out. Can u reset my"
        " PIN pls || Agent: Ha, sorry! PIN reset, the new one is on its way to your email."),
    ("violence_self_harm", "benign", "agent_note",
        "Customer asked about our anti-harassment and code of conduct policy for room hire (she is organising"
        " a public debate). Sent link to Customer Behaviour Policy."),
    ("violence_self_harm", "benign", "voicemail",
        "Hello, it's Martin from the Wold Players, we'd like to borrow some of the old swords and props from "
        "the museum store for our production of Macbeth in October, please call 07700 900804."),
    ("violence_self_harm", "benign", "dm",
        "your new opening hours are absolutely murdering my saturday routine 😂 any chance of 9am starts "
        "again?"),
    ("violence_self_harm", "benign", "call",
        "Caller asked if the 'Murder on the Orient Express' radio-play evening is suitable for a general "
        "audience. Explained it's gentle, no graphic content."),
    ("violence_self_harm", "benign", "email",
        "Customer: I think your website is being attacked, I'm getting loads of pop-ups on the catalogue. || "
        "Agent: Thanks for flagging. It was a bad ad script in a third-party widget, now removed. || "
        "Customer: Great, all clear now."),
    ("violence_self_harm", "benign", "chat",
        "Customer: do you have anything on the Wold riots of 1831? || Agent: Yes, Local Studies has pamphlets"
        " and a folder of newspaper cuttings. || Customer: perfect, it's for my dissertation"),
    ("violence_self_harm", "benign", "review",
        "3 stars. The 'Blood, Sweat and Steel' exhibition on the old Wold ironworks was good, but the queue "
        "to get in was brutal. || Agent: Thanks, we're adding timed entry from next week."),
    ("violence_self_harm", "benign", "web_form",
        "Event enquiry | Event: Staying Safe Online workshop | Question: Does it cover cyberbullying and scam"
        " emails, or just passwords? Asking for our U3A computing group."),
    ("violence_self_harm", "benign", "agent_note",
        "Staff training booked: de-escalation and conflict management for the front-line team, 3 June, "
        "Training Room A. Trainer from Wold Council HR."),
    ("violence_self_harm", "benign", "sms",
        "hi, the back door at the museum slams like a gunshot every time someone goes through, nearly jumped "
        "out of my skin! maybe get a closer fitted?"),
    # ---- financial hardship
    ("financial_hardship", "sensitive", "email",
        "Hi, I've got £23 of fines and I honestly can't pay it right now. I lost my job at the warehouse in "
        "November and we're on Universal Credit. Is there any way to clear it so I can keep using the "
        "computers for job applications?"),
    ("financial_hardship", "sensitive", "chat",
        "Customer: can I pay for the room booking in instalments? || Agent: We'd usually need it in full, but"
        " let me check. What's the situation? || Customer: my benefits were sanctioned last month and I'm "
        "behind on everything, but the craft group needs the room"),
    ("financial_hardship", "sensitive", "agent_note",
        "Cust asked about fee waiver for the ESOL course. Says he's currently homeless, sleeping at the night"
        " shelter on Mill Lane, and using the library address for post. Fee waived under hardship policy."),
    ("financial_hardship", "sensitive", "web_form",
        "Concession request | Course: Citizenship Test Preparation (£95) | Reason: I am on Jobseeker's "
        "Allowance and have a debt repayment plan with StepChange. I cannot afford the full fee. | Name: "
        "Yusuf Demir"),
    ("financial_hardship", "sensitive", "sms",
        "Sorry cant come to the family history session thurs, bailiffs are coming round and I need to be in "
        "|| Agent: No problem at all, I've moved you to next week's session."),
    ("financial_hardship", "sensitive", "voicemail",
        "Hi, it's Carol Beattie, I've had a letter from a debt collection agency about the lost book charge, "
        "£41, and I'm really worried, I'm already in arrears with the rent, can someone call me on 07700 "
        "900726."),
    ("financial_hardship", "sensitive", "review",
        "5 stars. After we were evicted last spring, the library was the only warm place with Wi-Fi. Staff "
        "helped me fill in the housing forms. Thank you Thornby. || Agent: This means a lot to the team. "
        "Thank you."),
    ("financial_hardship", "sensitive", "call",
        "Caller asked to cancel her paid exhibition membership. Says she's been made redundant and is using "
        "food bank vouchers. Cancelled, pro-rata refund of £12 processed."),
    ("financial_hardship", "sensitive", "email",
        "Customer: Why has my card been blocked? || Agent: It's blocked because of £15.60 in overdue charges,"
        " over the £10 limit. || Customer: i dont have 15 quid. im on ESA and its all gone on gas. can i do a"
        " quid a week? || Agent: Yes, and I've unblocked it while you do."),
    ("financial_hardship", "sensitive", "dm",
        "do u still do the free printing for people on benefits? i need to print my bankruptcy forms and i "
        "literally have nothing till the 28th"),
    ("financial_hardship", "sensitive", "chat",
        "Customer: I'd like to stop my Friends of the Museum direct debit || Agent: Sure, I can do that now. "
        "|| Customer: thanks, I was declared bankrupt last month and the official receiver says I have to "
        "cancel anything non-essential"),
    ("financial_hardship", "sensitive", "web_form",
        "Room booking cancellation | Reason: My shop has gone into administration and I've got no income at "
        "all now. I can't pay the £60 hire. Please cancel and tell me if anything is owed. | Ref: RB-20144"),
    ("financial_hardship", "sensitive", "agent_note",
        "Mr Lowe came in re replacement card fee (£2). Said he couldn't afford it this week as his hours on "
        "the zero-hours contract have been cut to nothing. Fee waived."),
    ("financial_hardship", "sensitive", "email",
        "Dear Sir/Madam, could the lost-item charge of £28 be reduced? I'm a single parent living on benefits"
        " and already on a payment plan with the council for my council tax arrears. Thank you."),
    ("financial_hardship", "sensitive", "sms",
        "can I keep the loan laptop another week? got a county court judgment for the credit card and need it"
        " for the debt advice forms online"),
    ("financial_hardship", "sensitive", "voicemail",
        "Hello, it is Mr Adeyemi. I cannot pay the English course this term. My salary stopped when the "
        "restaurant closed and the landlord gave me notice to leave. Please tell me if I can still come. "
        "07700 900947."),
    ("financial_hardship", "sensitive", "chat",
        "Customer: is there a warm space at the library over winter? || Agent: Yes, all branches are Warm "
        "Spaces, with free tea 10-3. || Customer: thank god. we cant afford to put the heating on since my "
        "partner lost his job"),
    ("financial_hardship", "sensitive", "review",
        "4 stars. Since my universal credit got cut I can't afford much, but the free Wednesday soup and the "
        "job club have been a lifeline. || Agent: So glad they help. The job club is also on Fridays now."),
    ("financial_hardship", "sensitive", "agent_note",
        "Caller's daughter phoned on her behalf. Customer (elderly) is in debt to a doorstep lender and has "
        "had her phone cut off; asked for overdue notices by post instead of text. Preference updated."),
    ("financial_hardship", "sensitive", "email",
        "Hi, I run the Saturday craft stall. I'll have to give up my table from next month. Honestly I'm "
        "skint since the separation and behind on the mortgage, so even the £8 is too much at the moment."),
    ("financial_hardship", "benign", "chat",
        "Customer: my card was declined paying the room booking online || Agent: Sorry about that. Sometimes "
        "banks flag new merchants. Could you try again or use PayPal? || Customer: paypal worked, cheers"),
    ("financial_hardship", "benign", "email",
        "Hello, I think I've been charged twice for the 'Wold Through Time' exhibition tickets, both £8.50 on"
        " 3 May. Could you refund one? || Agent: You're right, there's a duplicate. Refunded, allow 3-5 "
        "working days."),
    ("financial_hardship", "benign", "web_form",
        "Room booking | Organisation: Wold Citizens Advice | Purpose: weekly benefits and debt advice "
        "drop-in, open to the public | Room: Interview Room 1 | Day: Thursdays 10-1"),
    ("financial_hardship", "benign", "sms",
        "Hi, how much is the fine for a late DVD? Think im 2 days over with Paddington 2"),
    ("financial_hardship", "benign", "review",
        "5 stars. Loved the money management book display, picked up 'The Psychology of Money' and a "
        "budgeting planner. Great idea for January."),
    ("financial_hardship", "benign", "agent_note",
        "Customer asked why her overdue fine is £1.20 when the website says 20p/day. Explained 6 days "
        "overdue. Paid by card at desk."),
    ("financial_hardship", "benign", "voicemail",
        "Hi, it's Rachel from Wold Jobcentre Plus, we'd like to book the IT suite for a CV-writing session "
        "for our clients on the 20th, could you call me back on 07700 900561."),
    ("financial_hardship", "benign", "dm",
        "is the e-magazine app free with my card or do i have to pay extra? dont want another subscription "
        "lol"),
    ("financial_hardship", "benign", "call",
        "Caller asked for a VAT receipt for the Community Room hire invoiced to Thornby Rotary Club. Re-sent "
        "invoice INV-2291 with VAT breakdown."),
    ("financial_hardship", "benign", "email",
        "Customer: The contactless reader at the café isn't working. || Agent: Thanks, the terminal had lost "
        "connection; it's back up now. || Customer: Cool, I'll pay my fines there on the way out then."),
    ("financial_hardship", "benign", "chat",
        "Customer: do you have 'Rich Dad Poor Dad'? || Agent: All copies out, six holds. Want to join the "
        "queue? || Customer: go on then"),
    ("financial_hardship", "benign", "web_form",
        "Refund request | Item: Family History Fair ticket (£5) | Reason: event moved to a Sunday and I'm "
        "working that day | Payment: Visa ending 4410"),
    ("financial_hardship", "benign", "agent_note",
        "Query re direct debit date for Friends of Wold Museum membership. Customer wanted it moved from the "
        "1st to the 15th to line up with payday. Changed."),
    ("financial_hardship", "benign", "sms",
        "just paid my £3.40 fine online but the account still says blocked? || Agent: It can take an hour to "
        "update. I've unblocked it manually for you now."),
    ("financial_hardship", "benign", "review",
        "2 stars. Your online payment page times out every single time, took four attempts to buy the lecture"
        " tickets. || Agent: Sorry about that. The payment provider had an outage on Tuesday; it's fixed now."),
    ("financial_hardship", "benign", "email",
        "Good morning, the Wold Credit Union would like to hold a savings awareness stall in the foyer during"
        " Talk Money Week in November. Please advise on availability and any charges."),
    ("financial_hardship", "benign", "voicemail",
        "Hi, Dennis here, the photocopier ate my 50p and didn't copy anything. Not a big deal but thought you"
        " should know, it's the one on the ground floor."),
    ("financial_hardship", "benign", "chat",
        "Customer: why does the citizenship course cost £95 when the ESOL one is free? || Agent: ESOL is "
        "grant-funded; the citizenship course isn't covered by the grant. || Customer: ah ok makes sense, "
        "thanks"),
    ("financial_hardship", "benign", "dm",
        "what happens to my reservations if my card expires while im on the waiting list? dont want to lose "
        "my place for the new Richard Osman"),
    ("financial_hardship", "benign", "web_form",
        "Invoice query | Organisation: Wold Quilters' Guild | Issue: We were invoiced for 3 hours in the "
        "Willow Room but only used 2. Could this be amended? | Ref: RB-18820"),
    # ---- children
    ("children", "sensitive", "email",
        "Hi, I'd like to get a library card for my son Alfie, he's 7. Can I do it online or does he need to "
        "come in with me? || Agent: You can start it online and collect the card at any branch, no need for "
        "him to be there."),
    ("children", "sensitive", "chat",
        "Customer: hi does rhyme time need booking || Agent: At Wold Central yes, it's free via the events "
        "page. || Customer: ok cool, my little one is 14 months so is that the baby session or the toddler "
        "one? || Agent: Toddler one, Fridays at 10."),
    ("children", "sensitive", "agent_note",
        "Cust says her son (9) lost his junior card on the Thornby Primary school trip. Replacement issued "
        "free. Son: Reuben Clarke, DOB 14/02/2015."),
    ("children", "sensitive", "sms",
        "Hiya, can my daughter use my card for the ebooks? Shes 11 and reads loads, the kids ones ran out on "
        "hers || Agent: She can, but we can also raise her ebook limit to 10 on her own card. Want me to?"),
    ("children", "sensitive", "web_form",
        "Junior card application | Child's name: Maisie Thornton | Date of birth: 03/09/2017 | School: "
        "Hollins Lane Primary, Year 3 | Parent/guardian: Laura Thornton | Email: l.thornton@example.com"),
    ("children", "sensitive", "voicemail",
        "Hi, it's Jess, I'm ringing about the summer reading challenge, my two are 6 and 8 and the older "
        "one's lost his sticker card, can we get another one, my number's 07700 900309."),
    ("children", "sensitive", "review",
        "5 stars. My 4-year-old has been to every Lego club since September and now asks to go to 'the book "
        "house' every Saturday. Staff are amazing with the kids. || Agent: That's made our day, thank you!"),
    ("children", "sensitive", "email",
        "Customer: Hello, is there an age limit for the heritage volunteering scheme? || Agent: Volunteers "
        "need to be 16 or over, or 14 with a parent. || Customer: Great, my son turns 16 in May so he'll "
        "apply then. He's mad about the museum."),
    ("children", "sensitive", "call",
        "Caller (grandmother) asked whether her granddaughter, aged 13, can borrow from the adult fiction "
        "section. Explained teen card allows adult fiction from 12 with parent consent on file."),
    ("children", "sensitive", "dm",
        "omg just found a photo of my kid from dinosaur day on your insta, can u take it down pls? hes only 5"
        " and i never signed a photo consent form"),
    ("children", "sensitive", "chat",
        "Customer: hi im 14 can i get a card without my mum or does she have to sign something || Agent: Hi! "
        "Under 16s need a parent or carer to sign, but they don't have to come in, we can email the form. || "
        "Customer: ok ill ask her"),
    ("children", "sensitive", "agent_note",
        "Mother requested that her children's accounts (Lily, 10, and Oscar, 7) be linked to her address "
        "only. Accounts updated; note added."),
    ("children", "sensitive", "web_form",
        "Homework Club registration | Name: Tomasz Nowak | Age: 12 | School/Year: Wold Academy, Year 7 | "
        "Medical info: none | Emergency contact: 07700 900880"),
    ("children", "sensitive", "email",
        "Could you please check the fines on our family account? I think they're all on the children's cards "
        "- Ellie's in Year 5 and she keeps forgetting to bring things back from the school book box. || "
        "Agent: Junior cards are fine-free, so those are on your adult card. I've sent the list."),
    ("children", "sensitive", "sms",
        "running late for baby bounce, my 6-month-old has just woken up 🙈 can you save us a spot on the mat?"),
    ("children", "sensitive", "review",
        "4 stars. Good teen section but please get more manga. My 15-year-old has read everything on the "
        "shelf twice. || Agent: Noted! A big manga order is arriving this month."),
    ("children", "sensitive", "voicemail",
        "Hello, this is Anita Rao. My daughter Priya, she's in Year 9, left her school bag with her PE kit in"
        " the study area yesterday after homework club. Could you check lost property? 07700 900652."),
    ("children", "sensitive", "chat",
        "Customer: do you do work experience placements? || Agent: We do, usually for Year 10 students in "
        "July. || Customer: that's my daughter then, she's at Wold High, how does she apply? || Agent: Her "
        "school's careers lead sends us the forms."),
    ("children", "sensitive", "call",
        "Caller asked if her toddler could come to the museum's 'Tiny Explorers' session even though he's "
        "only just turned two and the poster says 3+. Advised yes, with an adult."),
    ("children", "sensitive", "agent_note",
        "Child (approx 10) came to the desk alone at 18:30, said mum hadn't collected him from homework club."
        " Staff stayed with him; mum arrived 18:55. Name recorded: Kai Ward."),
    ("children", "sensitive", "email",
        "Hello, we home-educate our three (ages 5, 9 and 12) and wondered if there's a bigger loan allowance "
        "for home educators? We get through a lot of non-fiction! || Agent: Yes, our educator card allows 40 "
        "items. I'll send the form."),
    ("children", "sensitive", "web_form",
        "Bookstart pack request | Baby's name: Isla Fenwick | Baby's date of birth: 21/01/2024 | Address: 4 "
        "Gorse Row, Wold | Parent: Amy Fenwick"),
    ("children", "sensitive", "dm",
        "hey can my lad come to the gaming club if hes year 6? says 11+ on the poster but he's 10 and a half "
        "and taller than me lol"),
    ("children", "sensitive", "chat",
        "Customer: Hi, how do I reset the PIN on a child's card? || Agent: I can do that if you give me the "
        "card number and the child's date of birth. || Customer: WJ 220918, her birthday is 2 June 2016"),
    ("children", "sensitive", "review",
        "3 stars. The baby and toddler area is nice but the changing table was broken when I took my "
        "9-week-old in. || Agent: Thanks for letting us know, a new unit is being fitted on Monday."),
    ("children", "sensitive", "sms",
        "Hi miss its Adam from homework club, im 13, can i bring my friend next week, hes 12 and in my form"),
    ("children", "sensitive", "agent_note",
        "Teen volunteer Grace Holden (15) on Saturday rota. Parental consent form received 02/05. Not to be "
        "left alone in the museum store per under-18 policy."),
    ("children", "sensitive", "email",
        "Hi, I'm the mum of Noah Patel who came on the Year 2 class visit from Meadowbank Primary on Tuesday."
        " He came home with someone else's reading record book - can I drop it back to you? || Agent: Yes "
        "please, thanks so much!"),
    ("children", "sensitive", "voicemail",
        "Hiya it's Shaz, just wondering if the family history workshop is OK for kids because my youngest is "
        "8 and dead keen on finding out about her great-granddad, ring me back on 07700 900744, ta."),
    ("children", "sensitive", "web_form",
        "Event booking | Event: Teen Writers' Workshop (13-17) | Attendee: Zara Hussain | Age: 14 | Dietary "
        "requirements: none | Parent contact: f.hussain@example.org"),
    ("children", "sensitive", "chat",
        "Customer: can my son use the PCs on his own? || Agent: Under-12s need an adult with them on the "
        "public PCs. How old is he? || Customer: he's 10, so I guess I'll sit with him"),
    ("children", "sensitive", "call",
        "Caller asked us to remove a charge on her daughter's junior card; daughter (8) dropped a picture "
        "book in the bath. Replacement cost £6.99 reduced to £3 as goodwill."),
    ("children", "sensitive", "dm",
        "our toddler chewed the corner off That's Not My Dinosaur 🙈 how much do I owe??"),
    ("children", "sensitive", "email",
        "Customer: Hi, I want to give consent for my son to borrow 15-rated DVDs. || Agent: We need a parent "
        "signature at the desk for under-15s. How old is he? || Customer: He's 14, turning 15 in August, but "
        "it's for his GCSE media coursework"),
    ("children", "sensitive", "agent_note",
        "Cust's twins (Y4, Wold Primary) both doing summer reading challenge; parent asked for medals to be "
        "posted as the kids are at their dad's for August. Address noted."),
    ("children", "sensitive", "review",
        "5 stars. The relaxed SEND session is a godsend. My son's 7 and autistic and it's the only place "
        "he'll sit with a book. || Agent: Thank you, we'll keep it running every Saturday."),
    ("children", "sensitive", "sms",
        "is the under 5s storytime on in half term? my 3yo will riot if we miss it"),
    ("children", "sensitive", "web_form",
        "Complaint | Branch: Thornby | Details: My 12-year-old daughter was asked to leave the teen area "
        "because an adult wanted the beanbag. She was really upset. | Her card: WJ 310447"),
    ("children", "sensitive", "chat",
        "Customer: i need a childrens card for my grandson, hes staying with us for the summer || Agent: We "
        "can do a temporary junior card at your address. How old is he? || Customer: 9 in july. lovely, we'll"
        " pop in"),
    ("children", "sensitive", "voicemail",
        "Hi, Mark Dobson here, my lad Ethan's reception class are doing a project on the old Wold mill and I "
        "wondered if the museum has anything at his level we could look at together. 07700 900219."),
    ("children", "sensitive", "email",
        "Hello, my daughter is doing her Duke of Edinburgh Bronze and wants to volunteer at the library for "
        "three months. She's 14 and in Year 9 at Wold High. Who should she contact?"),
    ("children", "sensitive", "agent_note",
        "Photo consent withdrawn for Amelia Ross (aged 6) - mother asked for all event photos including her "
        "to be removed from the Facebook page and archive. Marketing informed."),
    ("children", "sensitive", "call",
        "Call from mother of a 17-year-old asking whether he can attend the citizenship course alone as he's "
        "applying alongside the family. Advised under-18s welcome with parental consent."),
    ("children", "sensitive", "dm",
        "hi do u still have the baby sensory class? || Agent: Yes! Mondays 10am at Wold Central. || ok great,"
        " she's 5 months now so i think she's finally old enough for it"),
    ("children", "sensitive", "chat",
        "Customer: Hi, the school says my son needs a library card for reading homework. He's in Year 1 at "
        "Thornby Primary. Can he have one without ID? || Agent: Yes, we just need your ID and proof of "
        "address."),
    ("children", "sensitive", "review",
        "2 stars. Went to the Tuesday toddler music. My 20-month-old got knocked over by a bigger kid and no "
        "one said a word. || Agent: Sorry to hear that. We'll talk to the session leader about managing the "
        "space."),
    ("children", "sensitive", "web_form",
        "Lost card report | Card holder: Freddie Lamb (junior) | DOB: 11/11/2013 | Last seen: homework club, "
        "Wold Central | Reported by: parent, J. Lamb"),
    ("children", "sensitive", "sms",
        "hi its Mia's mum, she's in reception & wants to do the summer reading challenge but can't read yet, "
        "can she still join?"),
    ("children", "sensitive", "email",
        "Customer: Hi, my nephew wants to join the English class with me. || Agent: Lovely. Is he 19 or over?"
        " Our adult ESOL is 19+. || Customer: No, he is 16, he only arrived last month and has no school "
        "place yet. Is there something for him?"),
    ("children", "sensitive", "agent_note",
        "Child account WJ 115802: mum asked for reading history to be hidden as her daughter (11) is "
        "embarrassed about what she borrows. Privacy setting applied."),
    ("children", "benign", "chat",
        "Customer: what's the minimum age for a junior library card? || Agent: There's no minimum, babies can"
        " have one! || Customer: ha brilliant, good to know"),
    ("children", "benign", "email",
        "Hello, Wold Primary's school office here. We'd like to order 30 copies of 'The Boy at the Back of "
        "the Class' through the Schools Library Service for next term. Thanks, Mrs Gale (Office Manager)"),
    ("children", "benign", "web_form",
        "Book request | Title: 'Diary of a Wimpy Kid: No Brainer' | Format: hardback | Branch: Thornby | "
        "Notify by: email"),
    ("children", "benign", "sms",
        "Hi is the Kids Zone open on bank holiday monday? want to drop off some donated picture books"),
    ("children", "benign", "review",
        "4 stars. Really nice refurb of the children's library. Bright, welcoming, and the new reading tree "
        "is lovely. Café could be bigger though. || Agent: Thank you! The café extension is planned for next "
        "year."),
    ("children", "benign", "agent_note",
        "Caller asked whether children's books can be returned at any branch. Confirmed yes, any Wold branch "
        "or the 24h drop box."),
    ("children", "benign", "voicemail",
        "Hi, it's Helen from Little Acorns Nursery, we'd like to book a storytime visit for our pre-school "
        "room in June, about 12 children and 4 staff, can you ring me on 07700 900128."),
    ("children", "benign", "dm",
        "are the Gruffalo trail maps still at the front desk? it's such a good walk"),
    ("children", "benign", "call",
        "Caller asked about our policy on unaccompanied children in the library. Explained under-8s must be "
        "with an adult; sent link to the Safe Visits policy."),
    ("children", "benign", "chat",
        "Customer: is there lost property? someone left a pair of kids' size 10 wellies on the bench by the "
        "entrance || Agent: Thanks, we'll bring them to the desk. || Customer: no worries"),
    ("children", "benign", "email",
        "Customer: Hi, does the summer reading challenge have a theme this year? || Agent: Yes, it's 'Story "
        "Garden', launching 12 July. || Customer: Lovely, I'm a teaching assistant and want to plug it in "
        "assemblies before term ends."),
    ("children", "benign", "web_form",
        "Room booking | Organisation: Wold Parent and Toddler Group (registered charity) | Room: Community "
        "Room | Purpose: weekly play session | Day: Wednesday mornings"),
    ("children", "benign", "review",
        "5 stars. Took in the 'Toys Through Time' exhibition on a rainy Sunday. The pedal cars from the 1950s"
        " were a highlight! Good café too."),
    ("children", "benign", "agent_note",
        "Librarian from Wold Academy requested a box of 40 YA novels on loan for their reading week. Schools "
        "Library Service order SLS-0934 created."),
    ("children", "benign", "sms",
        "do u have the new Tom Gates? the book not the TV one || Agent: Yes, 3 copies on order, you can "
        "reserve one now on the app."),
    ("children", "benign", "chat",
        "Customer: Is the teen zone only for teenagers or can adults use the beanbags lol || Agent: It's "
        "reserved for 12-18s after school, but open to everyone before 3pm. || Customer: fair enough"),
    ("children", "benign", "email",
        "Dear team, I'm a children's author and would love to do a free reading of my new picture book, "
        "'Badger's Busy Day', at one of your branches. Who should I speak to? || Agent: Lovely! I'll pass you"
        " to our children's services lead."),
    ("children", "benign", "voicemail",
        "Hi, this is Carl from Wold Scouts, we want to bring a troop in to work towards their Local History "
        "badge, could someone call me about a session on the museum's old maps, 07700 900457."),
    ("children", "benign", "web_form",
        "Feedback | Topic: Children's section | Comment: The shelf labels in junior non-fiction are very "
        "confusing and the Dewey numbers are too small to read."),
    ("children", "benign", "dm",
        "when's the next Children's Laureate event? saw something on your stories about a visit || Agent: "
        "It's 14 March at Wold Central, tickets go live next week!"),
    ("children", "benign", "call",
        "Caller from St Mary's Primary school office booked a class visit on 9 May, 28 pupils plus staff. "
        "Confirmed storytime and library tour."),
    ("children", "benign", "chat",
        "Customer: Are there baby changing facilities at the Thornby branch? || Agent: Yes, in the accessible"
        " toilet on the ground floor. || Customer: Thanks, just checking before our parent group visit next "
        "week."),
    ("children", "benign", "review",
        "3 stars. The Peppa Pig event was rammed! Great idea but it needed a much bigger room. || Agent: "
        "Agreed, we're moving it to the Main Hall next time."),
    ("children", "benign", "agent_note",
        "Customer asked whether children's cards get fines. Explained junior cards have been fine-free since "
        "2022. Customer happy."),
    ("children", "benign", "email",
        "Hi, our charity book bank is putting together bundles of board books. Any classic ones you'd "
        "recommend? I was thinking 'Guess How Much I Love You' and 'Dear Zoo'."),
    ("children", "benign", "sms",
        "hiya is lego club on sat or has it moved?? the poster by the door says both"),
    ("children", "benign", "web_form",
        "Stock suggestion | Section: Young Adult | Title: 'Heartstopper' Volume 5 | Reason: the other volumes"
        " are always out and the waiting list is long"),
    ("children", "benign", "chat",
        "Customer: can I book the Kids Coding Club room for an adult Python meetup? || Agent: Yes, the "
        "Digital Den is bookable in the evenings once the club finishes at 6. || Customer: great"),
    ("children", "benign", "voicemail",
        "Hello, it's Jean. The pram ramp at the side door at Wold Central has a big crack in it, someone's "
        "going to trip. Just letting you know."),
    ("children", "benign", "dm",
        "loved the 'We're Going on a Bear Hunt' puppet show on saturday, who made the puppets? they were "
        "incredible"),
    ("children", "benign", "email",
        "Hello, I'm a registered childminder and wondered if there's a group card scheme for childminders so "
        "I can borrow books for the setting. || Agent: Yes, our Early Years card allows 20 items for 6 weeks."),
    ("children", "benign", "call",
        "Caller asked whether the Easter holiday activities need booking. Confirmed Monday craft session "
        "needs booking, the trail is drop-in."),
    ("children", "benign", "agent_note",
        "Schools Library Service van delayed by 1 day; 14 primary schools notified by email. No complaints."),
    ("children", "benign", "review",
        "5 stars. The 'Child of Our Time' photography exhibition upstairs is beautiful. Portraits of Wold "
        "streets across 30 years."),
    ("children", "benign", "web_form",
        "Event enquiry | Event: Baby Bounce | Question: What time does it finish? I want to book the room "
        "straight afterwards for my book group."),
    ("children", "benign", "sms",
        "Is there a limit on how many picture books you can take out on an adult card? the toddler section "
        "has loads of new ones"),
    ("children", "benign", "chat",
        "Customer: Are children allowed in the museum's WW2 gallery? Some of it looks quite heavy. || Agent: "
        "Yes, it's suitable for all ages, with one clearly marked room advised for 12+. || Customer: thanks, "
        "helpful"),
    ("children", "benign", "email",
        "Customer: I'd like to donate a box of children's books. Mostly Roald Dahl and Jacqueline Wilson. || "
        "Agent: Thank you! Please bring them to the desk, we check condition first. || Customer: They're in "
        "great condition, will drop them Thursday."),
    ("children", "benign", "review",
        "4 stars. Junior chess club in the Orchard Room is great to watch from the café, the concentration! "
        "Maybe drop the café prices a bit though."),
    ("children", "benign", "agent_note",
        "Customer (adult) complained the children's area is noisy near the study tables. Explained quiet "
        "study on floor 2. Customer moved."),
    ("children", "benign", "voicemail",
        "Hi, Ravi from Wold Youth Football Club, we're looking to hire the Main Hall for our end-of-season "
        "awards evening in June, about 80 people, call me on 07700 900368."),
    ("children", "benign", "dm",
        "is 'The Very Hungry Caterpillar' available in Polish? looking for bilingual picture books for the "
        "Saturday school's library"),
    ("children", "benign", "web_form",
        "Room booking | Organisation: Wold Family Hub (council) | Purpose: Parenting skills workshop open to "
        "the public | Room: Willow Room | Dates: 6 Tuesdays from 4 March"),
    ("children", "benign", "call",
        "Caller from a coach tour company asked where buggies and bags can be left during group visits to the"
        " museum. Explained lower ground floor storage by the lift."),
    ("children", "benign", "chat",
        "Customer: do you sell the Harry Potter house scarves in the museum shop? || Agent: We have "
        "Hogwarts-style scarves in all four colours, £12. || Customer: sold, I'll come in Saturday"),
    ("children", "benign", "email",
        "Hello, the PTA at Thornby Primary is running a second-hand book sale and wondered if the library "
        "might lend us a few display stands for the afternoon. Kind regards, the PTA committee"),
    ("children", "benign", "review",
        "1 star. Parking outside Wold Central is a nightmare at 3:15 with all the school runs. Took me 20 "
        "minutes to find a space just to return one book. || Agent: Sorry, there's free parking at Mill "
        "Street after 3pm too."),
    ("children", "benign", "agent_note",
        "Query about whether Young Adult titles are shelved separately from adult fiction. Confirmed YA has "
        "its own section on the ground floor."),
    ("children", "benign", "sms",
        "hi, is the Bookstart Bear event drop in or do we book? asking for the church toddler group"),
    ("children", "benign", "web_form",
        "Volunteer application | Role: Summer Reading Challenge helper | Age band: 18-25 | Availability: "
        "weekdays in July and August | Experience: tutor at a coding club"),
    # ---- special categories
    ("special_categories", "sensitive", "chat",
        "Customer: what time does the ESOL class finish on fridays? || Agent: 1.30pm. || Customer: ah I go to"
        " Jummah at the mosque at 1, could I leave 20 min early each week? || Agent: Of course, I'll let your"
        " tutor know."),
    ("special_categories", "sensitive", "email",
        "Hi, Eid is on Thursday so we'll be fasting right up till then and then celebrating with family. "
        "Could I move my slot with the family history volunteers to the following week? Thanks, Samira"),
    ("special_categories", "sensitive", "agent_note",
        "Cust asked that her oral-history interview for the heritage project not be on a Saturday as she "
        "keeps Shabbat. Moved to Sunday 11am."),
    ("special_categories", "sensitive", "sms",
        "hi can i swap to the tues class? ive started RCIA at St Joseph's on weds nights, getting confirmed "
        "at Easter 🙏"),
    ("special_categories", "sensitive", "web_form",
        "Event booking | Event: Heritage Cookery Evening | Dietary requirements: I keep kosher, so vegetarian"
        " with sealed cutlery please | Name: Daniel Levene"),
    ("special_categories", "sensitive", "review",
        "4 stars. Friendly staff and a good quiet room. As a practising Sikh I appreciated not being made to "
        "remove my kara or kirpan at the museum bag check. || Agent: Thank you, that's exactly how it should "
        "be."),
    ("special_categories", "sensitive", "voicemail",
        "Hi, it's Father Michael, I'm the new parish priest at St Cuthbert's, I've got about twenty books on "
        "my card that are terribly overdue, I'm so sorry, I'll bring them on Monday. 07700 900491."),
    ("special_categories", "sensitive", "dm",
        "honestly since I left the Jehovah's Witnesses the library's been my lifeline. any chance you'll run "
        "that book club on leaving high-control religions again?"),
    ("special_categories", "sensitive", "email",
        "Customer: Does the citizenship ceremony practice include taking the oath? || Agent: Yes, we practise"
        " both the oath and the affirmation. || Customer: I'll do the affirmation. I'm an atheist and I'd "
        "rather not swear on a holy book."),
    ("special_categories", "sensitive", "email",
        "Hello, I'm Romani and I've been tracing my family in Wold back to the 1890s. Do you have anything on"
        " the Traveller families who wintered on Crow Common? || Agent: We do, there's a collection of "
        "photographs and parish notes. I'll book you a slot."),
    ("special_categories", "sensitive", "agent_note",
        "Customer reported being racially abused by another patron in the PC area (racial slur, told to 'go "
        "back where he came from'), 14:10. Customer is British Pakistani. Incident IR-0517, police informed."),
    ("special_categories", "sensitive", "chat",
        "Customer: do you have any books on Windrush? || Agent: Yes, several, plus the oral history archive. "
        "|| Customer: great, my grandparents came over from Jamaica in 1956 and I want to do a project about "
        "them"),
    ("special_categories", "sensitive", "web_form",
        "Citizenship course enrolment | Nationality: Polish | Country of birth: Poland | Years in UK: 9 | "
        "Preferred class: Saturday morning | Name: Katarzyna Wiśniewska"),
    ("special_categories", "sensitive", "review",
        "2 stars. Every time I come in the security guard follows me round. I'm the only Black guy in there "
        "most days and it's obvious why. || Agent: We take this seriously. Please contact us so we can "
        "investigate."),
    ("special_categories", "sensitive", "sms",
        "Hi its Bridget, Irish Traveller, we're moving site next week so pls change my card address to the "
        "Lower Wold site, plot 6 || Agent: Done, Bridget, card address updated. Safe move."),
    ("special_categories", "sensitive", "dm",
        "hey, is the Chinese heritage oral history project still looking for people? im second-gen Hong Kong "
        "Chinese and my dad has loads of stories about running the takeaway in Wold in the 70s"),
    ("special_categories", "sensitive", "call",
        "Caller wanted to join the family-history group but asked if it was 'only for English people'. She's "
        "of Somali heritage, born in Wold. Reassured her it's open to everyone, booked her in."),
    ("special_categories", "sensitive", "voicemail",
        "Hello, it's Mrs Kaur. For the exhibition about Punjabi families in Wold, I can lend my mother's "
        "wedding photographs from Jalandhar, 1968. We came over when I was a girl. Please ring 07700 900615."),
    ("special_categories", "sensitive", "email",
        "Hi, I'm standing as the Green Party candidate for Wold East in May's council elections and I'd like "
        "to book the Community Room for a residents' meeting. Is that allowed during the election period?"),
    ("special_categories", "sensitive", "sms",
        "Sorry, missing English class Sat, we are all going down to London for the Palestine march"),
    ("special_categories", "sensitive", "agent_note",
        "Cust (card 40218) told staff he was the one putting Reform UK leaflets in the foyer rack and asked "
        "why they'd been removed. Explained display policy."),
    ("special_categories", "sensitive", "chat",
        "Customer: can I print 500 leaflets on the library printer? || Agent: Yes, but big jobs need booking."
        " What size? || Customer: A5. it's for canvassing for Labour this weekend, I'm doing the whole of "
        "Thornby ward"),
    ("special_categories", "sensitive", "web_form",
        "Feedback | Comment: I've voted Conservative my whole life and I'm sick of the left-wing books on the"
        " 'recommended' table. Some balance please. | Name: R. Pickering"),
    ("special_categories", "sensitive", "review",
        "5 stars. The library let our Extinction Rebellion group meet here before the council protest, I was "
        "one of the ones sat in the road that day. Staff were lovely. || Agent: Thanks for the kind words "
        "about the team."),
    ("special_categories", "sensitive", "voicemail",
        "Hi, Pat Allison here, I'm Lib Dem councillor for Wold South, I've got my surgery booked on Saturday "
        "and I need to move it to the small room please, 07700 900833."),
    ("special_categories", "sensitive", "dm",
        "ngl i only joined the SWP cos of the paper sellers outside wold central lol. do u have Capital vol "
        "2?"),
    ("special_categories", "sensitive", "call",
        "Caller wants 1980s Wold Gazette archives. Mentioned she lived at the Greenham Common peace camp and "
        "has been a CND member for 30 years; looking for photos of herself at the 1983 rally."),
    ("special_categories", "sensitive", "sms",
        "Cant make the heritage walk on Tues, im on the picket line at the depot, GMB strike day 2. Sorry!"),
    ("special_categories", "sensitive", "email",
        "Hello, I'm a Unite shop steward at Harmer's Foods and I'd like to research the 1972 strike at the "
        "old factory for our branch history. Could the local studies team help me find the newspaper "
        "coverage?"),
    ("special_categories", "sensitive", "agent_note",
        "Cust asked to pay room hire with his RMT member discount - we don't offer one. Explained. Room is "
        "for a family party."),
    ("special_categories", "sensitive", "chat",
        "Customer: hi, can I move my citizenship class from Wed to Thu? || Agent: Sure, any reason? || "
        "Customer: I'm a union rep at the hospital and Wednesdays are branch meetings now || Agent: Done, "
        "Thursdays from next week."),
    ("special_categories", "sensitive", "web_form",
        "ESOL enrolment | Employer: Wold Care Homes Ltd | Notes: I joined the GMB union last month and they "
        "are paying half my course fee, please invoice them for £40 | Name: Ana Lopes"),
    ("special_categories", "sensitive", "review",
        "4 stars. Good resources. As an old NUM man I was made up to see the miners' strike display, though "
        "you've missed Hatfield Main. || Agent: Thanks, we'd love to hear more, our curator will be in touch."),
    ("special_categories", "sensitive", "voicemail",
        "Hi, it's Kev Doyle, branch secretary of the CWU here in Wold, it's about my own card actually, I've "
        "got a fine on it I think is wrong. 07700 900279."),
    ("special_categories", "sensitive", "dm",
        "just got elected as Unison health & safety rep at work 🎉 got any books on employment law I can "
        "borrow? || Agent: Congratulations! Try 344.01 at Wold Central, and the ACAS guides are online."),
    ("special_categories", "sensitive", "email",
        "Customer: Can I cancel my Thursday class? || Agent: Of course. Would you like to move to another "
        "day? || Customer: Not for now. We're balloting for strike action and as the Unite rep I'm doing "
        "workplace meetings every Thursday until it's done."),
    ("special_categories", "sensitive", "email",
        "Hi, my husband and I would like two tickets for the Victorian Wold late opening. Could they be under"
        " the same booking? Thanks, Tom Ashby || Agent: Done, both tickets are on booking VW-2231."),
    ("special_categories", "sensitive", "chat",
        "Customer: is the LGBTQ+ book group open to new people? || Agent: Yes, first Mondays, everyone "
        "welcome. || Customer: cool, I came out last year and I don't really know any other gay people round "
        "here"),
    ("special_categories", "sensitive", "agent_note",
        "Customer asked for his partner (Mr David Kerr) to be added as second cardholder on the household "
        "membership. Both men, same address. Done."),
    ("special_categories", "sensitive", "sms",
        "can u update my emergency contact for the heritage project to my girlfriend Jess, not my ex-husband."
        " 07700 900512. thanks, Claire"),
    ("special_categories", "sensitive", "review",
        "5 stars. As a bi woman in a small town, it's a huge deal to see a proper queer section at Wold "
        "Central. Thank you. || Agent: Thank you, we're proud of it."),
    ("special_categories", "sensitive", "dm",
        "lol met my boyfriend on Grindr and it turns out he's in my citizenship class 😂 is it ok if we sit "
        "together or is there a seating plan"),
    ("special_categories", "sensitive", "web_form",
        "Room booking | Purpose: Reception after our civil partnership | Names: Sarah Pollard & Nia Evans | "
        "Guests: 45 | Room: Orchard Room | Date: 7 September"),
    ("special_categories", "sensitive", "voicemail",
        "Hi, it's Graham. Could the family history team help me trace Phil's relatives? We've been together "
        "38 years but his family cut him off when he told them he was gay and I'd like to find his cousins. "
        "07700 900438."),
    ("special_categories", "sensitive", "call",
        "Caller asked if the sexual health leaflets in the foyer could be moved somewhere more discreet; she "
        "was embarrassed picking up the PrEP and STI testing info in front of a neighbour."),
    ("special_categories", "sensitive", "email",
        "Hi, I've recently transitioned and changed my name by deed poll. Can my library card be updated from"
        " Michael to Michelle? I've attached the deed poll. Please don't use my old name in emails."),
    ("special_categories", "sensitive", "chat",
        "Customer: hi, my pronouns are they/them, can that go on my ESOL class register? || Agent: "
        "Absolutely, I'll add a note for your tutor. || Customer: thank you so much"),
    ("special_categories", "sensitive", "agent_note",
        "Customer is a trans man; asked that his deadname be removed from the old reservation history on the "
        "system. IT ticket raised (SD-2210)."),
    ("special_categories", "sensitive", "web_form",
        "Citizenship course | Name: Alex Morgan | Gender: non-binary | Note: My passport still shows my birth"
        " gender until my gender recognition certificate comes through, is that ok for the ID check?"),
    ("special_categories", "sensitive", "review",
        "3 stars. Staff mostly great but one man at the desk kept calling me 'sir' even after I corrected "
        "him. I'm a trans woman and it's exhausting. || Agent: We're sorry. This shouldn't happen and we'll "
        "address it with the team."),
    ("special_categories", "sensitive", "sms",
        "hi its Jamie, since starting testosterone my voice has dropped loads so the phone renewal line wont "
        "recognise me. can you reset it?"),
    ("special_categories", "sensitive", "dm",
        "does the library have books on being trans for older people? I'm 61 and only now starting to live as"
        " a woman"),
    ("special_categories", "sensitive", "voicemail",
        "Hi, this is Robin. The photo on my card looks nothing like me since I started hormones. Can I get a "
        "new one taken? And the form only has male and female, I'm non-binary. 07700 900632."),
    ("special_categories", "sensitive", "email",
        "Customer: I need the name on my room booking changed from Sarah to Sam. || Agent: No problem, is it "
        "someone else attending? || Customer: No, it's me. I'm a trans guy and I've just started going by "
        "Sam."),
    ("special_categories", "sensitive", "email",
        "Hello, my BRCA result came back positive last month and I'm trying to work out which side of the "
        "family it comes from. Could the family-history team help me find death records for my mum's aunts?"),
    ("special_categories", "sensitive", "chat",
        "Customer: do you have books on Huntington's disease? || Agent: Yes, a few in the health section. || "
        "Customer: thanks. my genetic test came back positive and I want to understand what it means before "
        "the clinic appointment"),
    ("special_categories", "sensitive", "agent_note",
        "Customer using library PC for the heritage project uploaded her AncestryDNA raw data; showed staff "
        "her results (38% Ashkenazi Jewish) and asked how to save the file to her USB."),
    ("special_categories", "sensitive", "web_form",
        "Family history enquiry | Topic: Finding my biological father | Notes: A 23andMe DNA match shows a "
        "half-sibling living in Wold. I'd like help with electoral rolls 1985-1992. | Name: Lisa Grant"),
    ("special_categories", "sensitive", "review",
        "5 stars. Went to the 'Your DNA and Your Ancestors' talk after my cystic fibrosis carrier result came"
        " back and the speaker explained it all so clearly."),
    ("special_categories", "sensitive", "sms",
        "hi, for the genetics talk tues can I ask the speaker a q privately after? my husband and I are both "
        "sickle cell carriers and we're worried"),
    ("special_categories", "sensitive", "dm",
        "my DNA test says I'm 12% Nigerian and nobody in my family had a clue?? do you have resources on "
        "tracing west african ancestry"),
    ("special_categories", "sensitive", "call",
        "Caller needs help building a family tree for her genetic counsellor; she carries a hereditary Lynch "
        "syndrome mutation and the clinic wants cancer history for three generations."),
    ("special_categories", "sensitive", "agent_note",
        "Customer enrolled his fingerprint on the new self-service locker at Wold Central. Template stored on"
        " the unit. He asked if it's linked to his card number; confirmed yes."),
    ("special_categories", "sensitive", "email",
        "Please delete my face scan from the museum's entry system. I signed up for the annual pass with "
        "facial recognition but I don't want my face data kept. Member no. MP-0931, Jen Holloway"),
    ("special_categories", "sensitive", "chat",
        "Customer: the fingerprint reader on the PC booking kiosk won't read my thumb anymore || Agent: It "
        "can fail after a cut or dry skin. Want me to re-enrol it? || Customer: yes pls, same thumb, right "
        "hand"),
    ("special_categories", "sensitive", "web_form",
        "Data request | Type: Subject access | Details: Please send me all the data you hold on me, including"
        " my voiceprint from the phone renewal service and the face scan from the museum gates. | Card: WL "
        "228104"),
    ("special_categories", "sensitive", "sms",
        "hi the iris scanner on the archive strongroom door didnt let me in today, i'm registered on it, name"
        " is Oliver Tang || Agent: Sorry Oliver, the reader was offline this morning. It's back now; try "
        "again and shout if not."),
    ("special_categories", "sensitive", "review",
        "2 stars. Why does the museum's new gate scan my face every visit? I enrolled once for the annual "
        "pass and now it greets me by name. Creepy. || Agent: You can switch to a card-only pass at the desk "
        "and we'll delete your face template."),
    ("special_categories", "sensitive", "voicemail",
        "Hi, Marion Slade here, the voice recognition on your renewals line keeps saying my voice doesn't "
        "match since I've had this cold, can someone reset my voiceprint please, 07700 900174."),
    ("special_categories", "sensitive", "call",
        "Caller asked how long her fingerprint template is kept after she cancels her locker membership. "
        "Advised deleted within 30 days; deletion request logged on her account."),
    ("special_categories", "benign", "web_form",
        "Room booking | Organisation: Wold Central Mosque facilities committee | Purpose: Annual general "
        "meeting | Room: Community Room | Date: 14 Sept | Attendees: approx 30"),
    ("special_categories", "benign", "chat",
        "Customer: will you be open on Good Friday? || Agent: Yes, 10-4, same as a Saturday. || Customer: "
        "perfect, thanks"),
    ("special_categories", "benign", "email",
        "Hi, do you offer halal options at the Heritage Cookery Evening, or is it all vegetarian? Just want "
        "to pass the info on in our community newsletter. || Agent: There'll be halal, vegetarian and vegan "
        "dishes, all labelled."),
    ("special_categories", "benign", "review",
        "4 stars. The 'Faiths of Wold' exhibition is really informative, from the old Quaker meeting house to"
        " the new gurdwara. Could use more seating though. || Agent: Thanks, benches are being added."),
    ("special_categories", "benign", "dm",
        "do you have The God Delusion? and that C.S. Lewis one, Mere Christianity? doing a debate module at "
        "uni and need both sides"),
    ("special_categories", "benign", "agent_note",
        "St Cuthbert's Parochial Church Council (clerk) booked the Orchard Room for their quarterly meeting, "
        "2 x 2hrs. Invoice to the PCC."),
    ("special_categories", "benign", "sms",
        "is the Diwali lantern workshop open to everyone or do I need to book? || Agent: Open to everyone, "
        "but please book as places are limited to 20."),
    ("special_categories", "benign", "voicemail",
        "Hello, it's the office at Wold Hebrew Congregation, we'd like to borrow the exhibition panels from "
        "the 'Jewish Wold' display for our open day in June, please call 07700 900592."),
    ("special_categories", "benign", "call",
        "Caller asked whether the library has a room suitable for quiet reflection during long study days. "
        "Explained the multi-faith reflection room on floor 1, open to all."),
    ("special_categories", "benign", "email",
        "Hi, we're the Wold Arts Collective and we're organising Black History Month events. Could the "
        "library host a screening of 'Small Axe' in October? || Agent: We'd love to. Lecture theatre is free "
        "on the 17th and 24th."),
    ("special_categories", "benign", "web_form",
        "Stock request | Language: Polish | Titles: any recent crime fiction | Branch: Thornby | Note: on "
        "behalf of the Thornby readers' group, the Polish shelf hasn't been refreshed in a while"),
    ("special_categories", "benign", "chat",
        "Customer: is the 'Windrush: Arrival 1948' exhibition touring or permanent? || Agent: Touring, here "
        "until 30 June. || Customer: great, I'll bring my book group"),
    ("special_categories", "benign", "review",
        "5 stars. The talk on Romani and Traveller history in the county was fascinating. Didn't know the "
        "Crow Common horse fair went back so far."),
    ("special_categories", "benign", "agent_note",
        "Customer asked whether the citizenship course materials are available in Arabic and Urdu as well as "
        "English. Explained English only, but glossaries are available in 12 languages."),
    ("special_categories", "benign", "dm",
        "what's the 'Irish in Wold' family history day like, is it just talks or can you bring documents to "
        "look at?"),
    ("special_categories", "benign", "sms",
        "Do u still do the Bollywood film night on fridays? heard the projector broke"),
    ("special_categories", "benign", "call",
        "Caller from Wold Chinese Association booked the Main Hall for Lunar New Year celebrations, 2 Feb, "
        "150 guests. Deposit taken."),
    ("special_categories", "benign", "voicemail",
        "Hi, it's Maggie from Wold U3A, we're doing a session on surnames and where they come from and "
        "wondered if your local studies librarian could come and speak, 07700 900318."),
    ("special_categories", "benign", "email",
        "Hello, Electoral Services at Wold Council here. We'll be using the Thornby library hall as a polling"
        " station on 2 May. Please confirm access from 6am. || Agent: Confirmed, the caretaker will open up "
        "at 5.45."),
    ("special_categories", "benign", "web_form",
        "Room booking | Organisation: Wold & District Labour Party (constituency office) | Purpose: Members' "
        "meeting | Room: Willow Room | Date: 3 October"),
    ("special_categories", "benign", "chat",
        "Customer: is the library a polling station this year? || Agent: Thornby is; Wold Central isn't. || "
        "Customer: ok thanks, I'll check my polling card"),
    ("special_categories", "benign", "review",
        "4 stars. The hustings before the election was well run, all five candidates got fair time. More "
        "chairs needed! || Agent: Thanks, we'll set out more next time."),
    ("special_categories", "benign", "sms",
        "hi do you have Animal Farm as a graphic novel? the orwell one not the film"),
    ("special_categories", "benign", "agent_note",
        "Customer asked about our policy on political leaflets in the foyer. Explained: none during election "
        "periods, community noticeboard only otherwise."),
    ("special_categories", "benign", "dm",
        "any chance you're doing the Suffragettes of Wold walking tour again? my mate missed it and keeps "
        "going on about it"),
    ("special_categories", "benign", "call",
        "Caller from the MP's constituency office asked about hiring a room for a public surgery. Explained "
        "the neutrality policy during election periods; booking for July OK."),
    ("special_categories", "benign", "voicemail",
        "Hi, this is Grace from Wold Debating Society, we'd like to book the lecture theatre for a public "
        "debate on 'This house would lower the voting age', 07700 900765."),
    ("special_categories", "benign", "email",
        "Hi, Unite Wold branch here. We'd like 200 copies of our AGM agenda printed through your print "
        "service by Friday. Can we pay by invoice to the branch? || Agent: Yes, invoice is fine. Please email"
        " the PDF."),
    ("special_categories", "benign", "review",
        "5 stars. The 'Strike! Wold in 1926' exhibition was brilliant, especially the old union banners from "
        "the ironworks. || Agent: Thank you! The banners are on loan until March."),
    ("special_categories", "benign", "web_form",
        "Room booking | Organisation: NEU Wold District | Purpose: Training day for school reps | Room: "
        "Training Room A | Date: 21 Nov"),
    ("special_categories", "benign", "chat",
        "Customer: do you have anything on the Tolpuddle Martyrs? || Agent: Yes, two books and a DVD. || "
        "Customer: great, it's for the WEA history course I'm teaching"),
    ("special_categories", "benign", "agent_note",
        "Caller asked whether Wold Libraries branches will close on the 12th because of the strike in the "
        "news. Confirmed all branches open as normal."),
    ("special_categories", "benign", "sms",
        "is the big trade union banner coming back to the museum? it used to hang in the stairwell, loved it"),
    ("special_categories", "benign", "dm",
        "are the Union Jack cushions in the museum shop still in stock? want one for a birthday present || "
        "Agent: Yes, £15 in the shop or online. Hope they like it!"),
    ("special_categories", "benign", "voicemail",
        "Hello, it's Steve at Wold Trades Council, just confirming our room booking for the May Day planning "
        "meeting, Tuesday 7pm. Any problems ring 07700 900846."),
    ("special_categories", "benign", "call",
        "Caller asked for dates of the Credit Union stall in the foyer. Gave dates for March and April."),
    ("special_categories", "benign", "email",
        "Hello, Wold Pride committee here. Would the library host a Pride Month book display and a drag "
        "storytime in June? Happy to discuss. || Agent: Yes to both! I'll put you in touch with our events "
        "team."),
    ("special_categories", "benign", "chat",
        "Customer: do you have 'Red, White & Royal Blue'? || Agent: All out, 9 holds. || Customer: ugh, "
        "popular. put me on it please"),
    ("special_categories", "benign", "review",
        "4 stars. Really enjoyed the 'Hidden Histories: LGBTQ+ Wold' talk. Well researched and the speaker "
        "was very funny."),
    ("special_categories", "benign", "web_form",
        "Stock suggestion | Title: 'Call Me by Your Name' (DVD) | Reason: the copy at Thornby is scratched "
        "and skips halfway | Branch: Thornby"),
    ("special_categories", "benign", "agent_note",
        "Customer queried why the sexual health clinic leaflets were removed from the foyer. Explained "
        "they've moved to the health information point. Query closed."),
    ("special_categories", "benign", "sms",
        "hi which room are the Rainbow Quilters in this month? the sign says Willow but it's locked"),
    ("special_categories", "benign", "dm",
        "are you doing the 'Love Actually' valentine's screening again? lol me and my mates want to heckle"),
    ("special_categories", "benign", "call",
        "Caller from Wold LGBT+ Switchboard (charity) asked to put up posters for their helpline on the "
        "community board. Approved."),
    ("special_categories", "benign", "voicemail",
        "Hi, it's Pat, I was at the Brokeback Mountain screening on Friday and I think I left my brolly, a "
        "green one, under row F. 07700 900420."),
    ("special_categories", "benign", "email",
        "Hi, does the library card application have a non-binary or 'prefer not to say' option for gender? "
        "Our staff network is reviewing council forms. || Agent: It has 'prefer not to say' and a free-text "
        "option."),
    ("special_categories", "benign", "chat",
        "Customer: can I change the title on my account from Mrs to Ms? || Agent: Of course, done. Anything "
        "else? || Customer: no that's it, thanks"),
    ("special_categories", "benign", "web_form",
        "Event feedback | Event: 'Orlando' screening and talk on Virginia Woolf | Comment: Excellent "
        "discussion, but the sound was very quiet at the back."),
    ("special_categories", "benign", "agent_note",
        "Customer asked whether we stock 'Gender Trouble' by Judith Butler for her sociology degree. Reserved"
        " copy from Wold Central stack."),
    ("special_categories", "benign", "review",
        "5 stars. The name badges with pronouns at the museum desk are a nice touch. Quick service and very "
        "welcoming staff."),
    ("special_categories", "benign", "sms",
        "is the Trans Day of Visibility display still up? want a photo of the timeline for a uni project"),
    ("special_categories", "benign", "dm",
        "do u know if the Transformers DVD box set is back in? the original cartoon ones"),
    ("special_categories", "benign", "call",
        "Caller asked about the council's policy on gender-neutral toilets in the new library extension. "
        "Explained one gender-neutral accessible toilet on each floor."),
    ("special_categories", "benign", "voicemail",
        "Hi, it's Jordan from Wold Council's equality team, could we get the gender monitoring figures for "
        "last year's course enrolments, anonymised please, 07700 900691."),
    ("special_categories", "benign", "email",
        "Hello, is there an evening session on using DNA tests for family history? I've seen adverts for "
        "AncestryDNA and wondered if it's worth it before I buy one. || Agent: Yes, 'DNA for Family "
        "Historians' on 3 March."),
    ("special_categories", "benign", "review",
        "4 stars. The 'DNA of a Town' exhibition about Wold's Viking and Saxon roots was a great day out. "
        "Good gift shop."),
    ("special_categories", "benign", "chat",
        "Customer: do you have 'The Gene' by Siddhartha Mukherjee? || Agent: Yes, one copy on the shelf at "
        "Thornby. || Customer: great, I'll pop over"),
    ("special_categories", "benign", "web_form",
        "Event booking | Event: 'Genetic Genealogy for Beginners' | Attendees: 2 | Access needs: none | "
        "Contact: m.feld@example.com"),
    ("special_categories", "benign", "agent_note",
        "Customer asked whether library PCs allow uploads to GEDmatch and similar sites. Explained file "
        "uploads are allowed; no data kept after logout."),
    ("special_categories", "benign", "sms",
        "the Family Genes podcast event - is it being recorded? cant make thurs || Agent: Yes, it'll be on "
        "our YouTube channel the following week."),
    ("special_categories", "benign", "dm",
        "fun fact from your museum: the Wold Longwool sheep is genetically unique! who knew. the shop should "
        "sell the wool"),
    ("special_categories", "benign", "call",
        "Caller asked if the library subscribes to MyHeritage as well as Ancestry. Confirmed Ancestry Library"
        " Edition only, in branch."),
    ("special_categories", "benign", "email",
        "Hi, is there a face-ID option on the Wold Libraries app? I keep forgetting my PIN and my banking app"
        " lets me use face unlock. || Agent: Not yet, but it's on the roadmap for the next app update."),
    ("special_categories", "benign", "chat",
        "Customer: do the new self-service lockers use fingerprints? || Agent: No, just your card and PIN. ||"
        " Customer: good, prefer it that way"),
    ("special_categories", "benign", "review",
        "3 stars. The new museum gates are faster than the old turnstiles but the QR scanner is fussy about "
        "screen brightness."),
    ("special_categories", "benign", "agent_note",
        "Customer asked whether the CCTV in the study area uses facial recognition. Confirmed it does not; "
        "standard recording, 30-day retention."),
    ("special_categories", "benign", "web_form",
        "Feedback | Topic: Phone renewals line | Comment: Please add an option to type the card number on the"
        " keypad instead of saying it, the speech system struggles with background noise."),
    ("special_categories", "benign", "sms",
        "my phone's fingerprint sensor is broken so cant get into the app to renew, can u renew my books for "
        "me? card WL 552019"),
    ("special_categories", "benign", "voicemail",
        "Hello, this is Nadia from the Wold Police Museum volunteers, we're doing an exhibit on the history "
        "of fingerprinting in Victorian policing and would love to borrow items from your store, 07700 "
        "900587."),
    ("special_categories", "benign", "dm",
        "the iris photography exhibition upstairs is stunning 😍 is it the same photographer who did the "
        "bluebells last spring?"),
]


def wold_examples() -> list[dict]:
    """The wold split as labelled tickets (same shape as ``sensitive_eval.build_eval_set``'s)."""
    return stranger_examples("wold", ENTRIES, SUBJECTS)
