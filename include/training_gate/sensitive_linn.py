"""linn split: written by a helper who had not seen the detection rules, the anchors or any other split.
Setting: Linn Music Academy, a music school with in-person and LinnPlay online lessons, the Linn Hire-to-Own
instrument rental scheme, graded exam entries, the Linn Community Choir, Youth Orchestra and worship-band
coaching, and the Linn Summer Camp;
registers are email, chat, sms, call, agent_note, web_form, review, voicemail, dm.
The benign half borrows the same territory harmlessly: piece and band titles, idioms, organisations (schools,
chapels, union branches, choirs) booking as organisations, adults' own exam forms and routine payment trouble.
70 sensitive and 70 benign tickets for special categories, 50 and 50 for children, 20 and 20 for financial hardship,
15 and 15 for health, legal, bereavement and violence and self-harm.
First reading (policy 2026.11.24.5, after it was final; `sensitive_eval.evaluate`, as `make eval-sensitive`):
94.5 / 2.0 recall / false exclusion in % as shipped, 95.0 / 8.5 without the overruling,
89.5 / 8.0 by the rules alone. Then read while tuning the rules of 2026.11.24.6
(the rules alone 96.5 / 6.5 after) and trained on for sensitive-linear-21."""

from __future__ import annotations

from training_gate.sensitive_blind import stranger_examples

SUBJECTS: tuple[str, ...] = (
    "Lesson timetable change",
    "Hire-to-Own agreement query",
    "Grade exam entry confirmation",
    "Linn Summer Camp booking",
    "LinnPlay online lesson link not working",
    "Invoice for spring term fees",
    "Community Choir rehearsal schedule",
    "Rent-to-buy piano instalments",
    "Youth Orchestra concert tickets",
    "Refund for a cancelled lesson",
    "Accompanist booking for exam day",
    "Practice room availability",
    "Instrument return and collection",
    "Ensemble membership renewal",
)

ENTRIES: list[tuple[str, str, str, str]] = [
    # ---- health
    ("health", "sensitive", "email",
     "Hi there, I've had classical guitar with Mr Baird for two years but my rheumatoid arthritis has flared "
     "badly this winter and the barre chords are agony. Would it be possible to switch to keyboard with a "
     "lighter action for the rest of the term? Same Tuesday slot if you can. Thanks, Gillian Orr || "
     "Agent: Hi Gillian, yes, Mr Baird also teaches keyboard and we have a light-action Kawai in "
     "his room. Same slot from next week."),
    ("health", "sensitive", "chat",
     "Hi, I need to pause my LinnPlay lessons for a bit || Agent: Of course, how long would you like to "
     "pause for? || Had surgery on my left wrist on Monday (carpal tunnel release) and the surgeon says no "
     "fiddle for six weeks minimum || Agent: Sorry to hear that. I've paused the plan until 14 April and "
     "the teacher will keep your slot open."),
    ("health", "sensitive", "agent_note",
     "Cust (adult, flute, Grade 6) is 24 wks pregnant, due early June, wants to defer from summer session to "
     "the winter session as she won't be able to sit the exam. Deferral fee waived per manager."),
    ("health", "sensitive", "voicemail",
     "Hiya, it's Morag Dunleavy, cello on a Thursday with Anna. I'm actually calling from the Royal "
     "Infirmary, I came off my bike and broke my collarbone so I'm in here till at least Monday and "
     "definitely won't make Thursday. Could someone let Anna know? Ta."),
    ("health", "sensitive", "sms",
     "cant make singing tmrw sorry, got tonsillitis, on antibiotics and the GP says total voice rest for 2 "
     "wks. can we rebook?"),
    ("health", "sensitive", "web_form",
     "Form: Exam access arrangements | Candidate: Fergus Aldane (adult) | Instrument: Piano, Grade 5 | "
     "Condition / diagnosis: Dyslexia and dyspraxia, assessed 2019 | Request: extra time for sight-reading and "
     "an enlarged copy of the aural test sheet | Evidence: educational psychologist report attached"),
    ("health", "sensitive", "call",
     "Caller: I sing second alto in the community choir. || Agent: Lovely, how can I help? || Caller: I've "
     "got hearing aids now, both ears, and at the Friday rehearsals in the church hall I can't pick out the "
     "piano at all. Is there a hearing loop? || Agent: There is one at the main hall, I'll ask the director "
     "to move your section to the loop area."),
    ("health", "sensitive", "email",
     "Dear Linn Academy, my wife Bernadette was diagnosed with multiple sclerosis last month and her balance "
     "is too unsteady for the ballroom-piano duet course we booked together. Could we transfer both places "
     "to the autumn or get a credit? Regards, Hugh Lennox || "
     "Agent: Dear Hugh, I'm very sorry to hear this. Both places are now credited to your "
     "account, usable for any course."),
    ("health", "sensitive", "review",
     "Five stars for Ms Kowalczyk. I have panic attacks and told her at the first lesson - she dims the lights "
     "and lets me play facing the wall when it's bad, never makes a fuss. || Agent: Thank you so much for "
     "sharing this, we'll pass it straight on to Ewa."),
    ("health", "sensitive", "chat",
     "hey quick q. im on sertraline and it makes my hands shake a bit esp when nervous, will the examiner "
     "mark me down for that in grade 5 piano? || Agent: The examiner marks the playing only, but you can "
     "also apply for an access arrangement if you'd like it noted."),
    ("health", "sensitive", "dm",
     "Hiya Jo, gutted but I can't do the choir concert on Saturday. I've got chemo on the Friday and I'm "
     "wiped out for days after. Save me a programme xx || "
     "Agent: Will do, Maureen. Thinking of you, rest well and we'll see you when you're up to it x"),
    ("health", "sensitive", "email",
     "Hello, I am Katarzyna Nowak, we booked the adult summer camp week in July. My husband Tomasz have "
     "diabetes type 1 and he need to keep his insulin pens in a fridge and to eat at regular time. Is this "
     "possible in the accommodation? Thank you very much."),
    ("health", "sensitive", "agent_note",
     "Late return of hired trumpet #TR-2209. Cust says it's been unused since March: he was in hospital "
     "after a heart attack and his cardiologist has told him to stop playing brass. Waived late fee, "
     "collection booked for Weds."),
    ("health", "sensitive", "call",
     "Caller: Hello, I'm Aled, I have the 60-minute Saturday piano lesson. || Agent: Hi Aled, what can I do "
     "for you? || Caller: Since I had Covid in the autumn I've had long Covid, the fatigue is awful, an hour "
     "is too much now. Could I go to two 30-minute lessons? || Agent: Yes, I can split it into Saturday "
     "and Wednesday half-hours."),
    ("health", "sensitive", "web_form",
     "Form: Instrument hire - delivery details | Name: Priscilla Haig | Instrument: Cello, full size | "
     "Access needs: I'm a wheelchair user, please deliver to the ground-floor flat door and I'd need an "
     "endpin that extends further, as I play from my chair"),
    ("health", "benign", "email",
     "Hello, do you run any workshops on posture and avoiding strain when practising? A few of us in the "
     "adult strings group were talking about it after the last rehearsal and would happily pay for an "
     "evening session. Best, Carwyn"),
    ("health", "benign", "chat",
     "Is the recital hall at Merchant Street step-free? I'm putting together the access info for our "
     "community choir's concert poster. || Agent: Yes, there's a ramp at the side entrance and an accessible "
     "toilet on the ground floor. || Perfect, thanks, I'll add that."),
    ("health", "benign", "sms",
     "Is the Fever Pitch jazz band rehearsal still at 7pm on Weds or has it moved? Tx || "
     "Agent: Still 7pm, Room 6, see you there."),
    ("health", "benign", "agent_note",
     "Cust asked whether the first aid kit in Studio 3 had been restocked after the annual inspection. "
     "Confirmed with facilities: restocked 2 Feb, next check in August."),
    ("health", "benign", "review",
     "Honestly this teacher is a tonic. My scales were a sick joke six months ago and now they're in "
     "rude health. Book her!"),
    ("health", "benign", "call",
     "Caller: Can I book the Piano Doctor visit? || Agent: The home tuning and regulation service, yes. "
     "Which piano is it? || Caller: An old Broadwood upright, a couple of keys stick and the middle C "
     "buzzes. || Agent: Our technician has Friday morning free, I'll send the confirmation."),
    ("health", "benign", "web_form",
     "Form: General enquiry | Subject: Access arrangements | Message: What evidence do you need for an exam "
     "access arrangement? I'm writing the FAQ page for our ensemble's website and want to link to your "
     "policy rather than guess."),
    ("health", "benign", "voicemail",
     "Hi, it's about the Heartbeat Percussion taster night on the 12th, is there space for two more? Call "
     "me back on 07700 900417, thanks."),
    ("health", "benign", "email",
     "We'd like to order 20 pairs of the filtered musicians' earplugs for the Youth Orchestra's brass and "
     "percussion sections, invoiced to the orchestra account please. Regards, Orchestra Manager"),
    ("health", "benign", "dm",
     "that key change in bar 40 is honestly killing me, any tips before Thursday's rehearsal?"),
    ("health", "benign", "email",
     "Hello, I manage St Brendan's Hall where your summer camp is booked. Our insurer needs a copy of your "
     "public liability certificate and the camp risk assessment before June. Many thanks, Rhona Yule"),
    ("health", "benign", "agent_note",
     "Teacher reports the Studio 2 Yamaha has a sticking C#4, described it as 'properly sick'. Technician "
     "booked for Monday; studio still usable."),
    ("health", "benign", "call",
     "Caller: What's the Music and Wellbeing course exactly, is it a therapy thing? || Agent: Not at all, "
     "it's a relaxed eight-week group singing course, no auditions, open to any adult. || Caller: Oh that "
     "sounds nice, sign me up for the Monday one."),
    ("health", "benign", "sms",
     "Linn Music Academy: if your teacher cancels a lesson you'll be offered a make-up slot within 4 "
     "weeks. Reply HELP for the timetable."),
    ("health", "benign", "chat",
     "my brain is completely fried after that sight-reading marathon lol. is the theory class next week "
     "still on Zoom or in person? || Agent: In person, Room 4, 6.30pm."),
    # ---- legal
    ("legal", "sensitive", "email",
     "Hi, the hired violin (agreement HT-30981) was stolen from my car outside Partick station on Saturday "
     "night. I've reported it to the police, crime reference PS/2291/24, and I'm told you'll need that for "
     "the insurance claim. What happens with my monthly payments now? Ewan Mackie"),
    ("legal", "sensitive", "agent_note",
     "Cust disputing hire-to-own charges on tenor sax. Says she's in divorce proceedings, her ex-husband "
     "still has the sax at the marital home, and her solicitor will write to us. Hold collections action "
     "until we hear from the solicitor."),
    ("legal", "sensitive", "call",
     "Caller: I need to move my Tuesday lessons for a few weeks. || Agent: No problem, what works? || "
     "Caller: The trial starts on the 4th and I'm one of the defendants, my barrister says it could run "
     "three weeks, so honestly I don't know. || Agent: Let's put the lessons on hold and you ring us when "
     "it's over."),
    ("legal", "sensitive", "web_form",
     "Form: Volunteer application - Community Ensemble | Name: Ross Whitelaw | Do you have any unspent "
     "convictions? Yes | Details: Drink-driving conviction, March 2022, 18-month ban, fine paid | Role "
     "applied for: music librarian"),
    ("legal", "sensitive", "voicemail",
     "Hi, this is Declan from the Thursday rock school. Got arrested on Saturday, long story, released "
     "under investigation but the police have my phone, so please use my sister's number 07700 900382 "
     "for now. Cheers."),
    ("legal", "sensitive", "chat",
     "Three emails and still no refund for the camp you cancelled. || Agent: I'm sorry, I can see the "
     "refund request from 2 May. || Not good enough. I've filed a small claims case at the sheriff court "
     "today and you'll be getting the papers. || Agent: Understood, I'll pass this to our finance manager "
     "today."),
    ("legal", "sensitive", "email",
     "Hi, my bail conditions mean I can't be in the Southside area after 7pm, so could my evening "
     "trombone lesson move to the city-centre studio until the hearing in June? Sorry for the odd "
     "request. Craig"),
    ("legal", "sensitive", "sms",
     "hi its Gav, cant do orchestra tues, its my employment tribunal hearing, will be in Glasgow all day"),
    ("legal", "sensitive", "review",
     "One star. Had to get a lawyer involved just to get my cello deposit back. || Agent: We're sorry "
     "you felt that was needed; the deposit was returned on 12 March and we're reviewing how the claim "
     "was handled."),
    ("legal", "sensitive", "agent_note",
     "IMPORTANT: Cust has a non-harassment order against her former partner. Do NOT confirm her lesson "
     "times or location to anyone phoning, even if they claim to be family."),
    ("legal", "sensitive", "email",
     "Hello, the police took the hired Roland keyboard during a search of my flat last week and I've now "
     "been charged. They say it's being held as evidence, so I can't return it yet. Can you pause the "
     "agreement? Reference HT-41770."),
    ("legal", "sensitive", "chat",
     "can you confirm in writing who signed the piano rental? || Agent: The agreement is in your name, "
     "signed 2021. Is something wrong? || my ex and i are in court over the financial settlement and "
     "his lawyer claims the piano is his || Agent: I'll email you a copy of the signed agreement now."),
    ("legal", "sensitive", "dm",
     "hey, can't do the Thursday jam nights for a while, got 120 hours community service and it's "
     "Thursday evenings. gutted tbh"),
    ("legal", "sensitive", "call",
     "Caller: The Grade 8 date you've given me is the 19th? || Agent: Yes, 10.40am. || Caller: That's the "
     "day I'm in court, I'm suing my old landlord for the deposit. Any later date? || Agent: The next "
     "session is 2 July, I'll move you across."),
    ("legal", "sensitive", "web_form",
     "Form: Complaint | Name: Abigail Fenwick | Details: Paid a term in advance to your teacher Mr Laidlaw "
     "privately and he never came. I have reported him to the police for fraud (ref FR-88120) and want to "
     "know what the academy intends to do."),
    ("legal", "benign", "email",
     "Could you send me a PDF of the full hire-to-own terms and conditions? My accountant likes a copy of "
     "every contract for the business records. Thanks, Imogen Rae"),
    ("legal", "benign", "chat",
     "is 'The Court Jester' still on the grade 2 piano list or has it been dropped? || Agent: It's still "
     "there, list B, number 4. || great, thanks"),
    ("legal", "benign", "agent_note",
     "Checked with compliance: photocopying choir scores for rehearsal is covered by our CLA licence. "
     "Replied to the choir director with the licence number."),
    ("legal", "benign", "sms",
     "Linn Music Academy: your Hire-to-Own agreement HT-44821 has been signed and is now active. "
     "Reply STOP to stop texts."),
    ("legal", "benign", "review",
     "The judging panel at the adult concerto competition were fair, friendly and gave really useful "
     "written feedback. Well run."),
    ("legal", "benign", "call",
     "Caller: What do you do with recordings of online lessons? || Agent: They're kept for 30 days so you "
     "can rewatch, then deleted; it's in our privacy notice. || Caller: Good to know, I'll read it."),
    ("legal", "benign", "web_form",
     "Form: Venue hire | Organisation: Glenmore Bar Association Choir | Event: Christmas concert | Date: "
     "14 December | Audience: approx. 150 | Notes: we'll need the Steinway and two dressing rooms"),
    ("legal", "benign", "voicemail",
     "Hello, this is the office at Harcourt and Lyle Solicitors. We'd like to book one of your "
     "team-building drumming sessions for twelve staff in March. Please call 07700 900251."),
    ("legal", "benign", "email",
     "Your sight-reading app should honestly be illegal, it's that addictive. Small bug though: the streak "
     "counter reset overnight. Could someone look?"),
    ("legal", "benign", "dm",
     "whoever arranged Jailhouse Rock for the Saturday big band deserves a medal, can we get the charts?"),
    ("legal", "benign", "chat",
     "Do we need a performing licence to play covers at your open mic? || Agent: No, the venue holds the "
     "PRS licence, you just list your songs on the sign-up sheet."),
    ("legal", "benign", "agent_note",
     "Cust asked for the sale contract for the Kawai digital piano to be reissued: serial number was "
     "wrong (ends 7719, not 7791). Corrected and resent."),
    ("legal", "benign", "call",
     "Caller: I'm organising rehearsal space for the Strathmore Police Pipe Band. || Agent: Great, how "
     "many pipers and drummers? || Caller: About eighteen, Wednesday nights, and the drums are loud. || "
     "Agent: Then the basement hall is your best bet."),
    ("legal", "benign", "web_form",
     "Form: Billing dispute | Invoice: INV-20931 | Issue: I was charged twice for the exam accompanist fee "
     "(£45 on 3 and 4 March). Please refund the duplicate."),
    ("legal", "benign", "email",
     "Hi, I'd like my account and the hire agreement updated to my new surname, Dunbar, from 1 May. "
     "Everything else stays the same. Kind regards, Freya"),
    # ---- bereavement
    ("bereavement", "sensitive", "email",
     "Dear Academy, my mother, Isobel Grant, had piano lessons with Mrs Abernethy every Wednesday for twelve "
     "years. I'm sorry to tell you she passed away peacefully last Thursday. Please cancel her lessons and the "
     "direct debit, and thank Mrs Abernethy for being such a bright spot in her week. Alison Grant"),
    ("bereavement", "sensitive", "call",
     "Caller: Hi, I need to arrange for a cello to be collected. || Agent: Sure, is that a hire instrument? "
     "|| Caller: Yes, it was my husband's, Peter Simms. He died in January and I just can't look at it in the "
     "hall any more. || Agent: I'm so sorry. I'll book a collection and close the agreement with no further "
     "charges."),
    ("bereavement", "sensitive", "agent_note",
     "Cust's father died on Sunday; she's flying to Cork for the funeral and will miss her Grade 7 singing "
     "exam on the 22nd. Applied for compassionate refund of the entry fee; no certificate needed."),
    ("bereavement", "sensitive", "sms",
     "sorry wont be at choir fri, my grans funeral is that morning and we're doing the wake after x || "
     "Agent: So sorry, Hannah. No need to explain anything else, see you whenever you're back."),
    ("bereavement", "sensitive", "chat",
     "Hi, this is an odd one. || Agent: Go ahead, happy to help. || My partner Elaine died on Sunday. She "
     "sang with the Community Choir for nine years and it would mean the world if some of them could sing "
     "at the service. || Agent: I'm very sorry for your loss. I'll ask the choir director to call you "
     "today."),
    ("bereavement", "sensitive", "voicemail",
     "Hello, this is Ruth Calder, Bill Calder's daughter. Dad passed away on the 3rd. He had a violin on "
     "your hire-to-own scheme, I think nearly paid off, and I'd like to know what we need to do. My number "
     "is 07700 900634. Thank you."),
    ("bereavement", "sensitive", "review",
     "I want to thank the office staff who were so kind when my brother passed away in the middle of term. "
     "They froze everything without me having to ask twice. || Agent: Thank you for taking the time to "
     "write this. We were all thinking of you."),
    ("bereavement", "sensitive", "web_form",
     "Form: Cancel membership | Account holder: Mrs Patricia Lowe | Reason: Bereavement | Details: My wife "
     "Patricia, the account holder, died on 18 October. Please close the account and refund the unused "
     "choir subscription to the same card. Submitted by: Graham Lowe"),
    ("bereavement", "sensitive", "email",
     "Good morning, my uncle die in Lagos last month and I travel for the burial, so I miss four lessons "
     "of saxophone. I am back now. Is it possible to add these lessons at the end of term? Thank you, "
     "Chinedu"),
    ("bereavement", "sensitive", "dm",
     "Just wanted to say thank you for the card after we lost Dad. It meant a lot. I'll be back at brass "
     "band in a few weeks x"),
    ("bereavement", "sensitive", "chat",
     "hi can i freeze my singing lessons for a month? || Agent: Yes, of course. Any particular reason we "
     "should note? || lost my best friend suddenly last week and i cant face singing right now, sorry || "
     "Agent: Please don't apologise. It's frozen until 10 November, take all the time you need."),
    ("bereavement", "sensitive", "agent_note",
     "Estate of the late Mr Desmond Ferris: executor (his son) requests a final statement for the "
     "rent-to-buy grand piano so it can be settled from the estate. Sent to executor by email."),
    ("bereavement", "sensitive", "call",
     "Caller: My mum died in the summer and she'd already paid for the adult summer camp next year. || "
     "Agent: I'm so sorry. We can refund it, or transfer it. || Caller: Could it transfer to me? She'd "
     "have liked that. || Agent: Absolutely, I'll put the place in your name."),
    ("bereavement", "sensitive", "email",
     "Hello, it's the first anniversary of my husband Ian's death next month. He loved Elgar's Salut "
     "d'Amour and I'd like to play it at the open recital. Could my teacher help me get it ready in time? "
     "Margaret"),
    ("bereavement", "sensitive", "sms",
     "Hi its Tariq, my stepdad passed on Tuesday so I need to move my guitar exam please, family stuff to "
     "sort"),
    ("bereavement", "benign", "email",
     "Hi, are there still tickets for the Fauré Requiem concert on 16 November? Two in the stalls if "
     "possible, card payment is fine."),
    ("bereavement", "benign", "chat",
     "the battery in my clip-on tuner is dead, can I buy a new one at reception? || Agent: Yes, CR2032, "
     "£2.50. || cool, will grab one before my lesson"),
    ("bereavement", "benign", "agent_note",
     "Enquiry from Grieve & Sons Funeral Directors: they'd like a list of our pipers, organists and "
     "singers they can recommend to families. Sent the freelance musician list and rate card."),
    ("bereavement", "benign", "sms",
     "My old keyboard finally died, can I trade it in against a new Casio? Ta"),
    ("bereavement", "benign", "review",
     "Killer drum teacher. Absolutely slayed it in the first lesson and I was dead chuffed with my first "
     "paradiddle."),
    ("bereavement", "benign", "voicemail",
     "Hi, it's the secretary of the Kelso Town Band. We're doing the Last Post at the Remembrance parade "
     "and want to book the bugle workshop for two cornet players. 07700 900718. Thanks."),
    ("bereavement", "benign", "web_form",
     "Form: Question about terms | Message: Before I sign the piano hire-to-own, what happens to the "
     "agreement if the account holder dies? Just want to understand the small print."),
    ("bereavement", "benign", "call",
     "Caller: We're a Grateful Dead tribute band looking for a rehearsal room. || Agent: How many of you? "
     "|| Caller: Six, plus a lot of gear. || Agent: Studio 5 is the biggest, £18 an hour."),
    ("bereavement", "benign", "email",
     "Our upright has gone dead quiet since the move, I think the soft pedal is stuck on. Can your "
     "technician come out? Ground floor, easy access."),
    ("bereavement", "benign", "dm",
     "that recital last night was to die for, who was the viola player?!"),
    ("bereavement", "benign", "chat",
     "I can't log in to my legacy account from the old booking system. || Agent: We migrated those in "
     "January; use 'forgot password' on the new portal. || Done, I'm in."),
    ("bereavement", "benign", "agent_note",
     "Choir librarian ordered 30 copies of the In Memoriam choral anthology for the autumn programme. "
     "Invoice to choir account."),
    ("bereavement", "benign", "email",
     "Hi, I think I lost my black music folder in Studio 1 on Monday, it's got the Grade 6 pieces in it with "
     "pencil fingerings. Has anyone handed it in?"),
    ("bereavement", "benign", "sms",
     "running 10 mins late, bus died on the hill, sorry!!"),
    ("bereavement", "benign", "call",
     "Caller: Could we get the viola part for the Danse Macabre arrangement the adult strings are doing? || "
     "Agent: I'll email it over today. || Caller: Brilliant, I'll print it at work."),
    # ---- violence_self_harm
    ("violence_self_harm", "sensitive", "email",
     "I need to tell someone. A man from the Tuesday adult choir has started following me to the bus stop "
     "and sending me messages late at night about what I was wearing. I've asked him to stop and he hasn't. "
     "I don't feel safe coming to rehearsals."),
    ("violence_self_harm", "sensitive", "chat",
     "someone in the orchestra group chat keeps messaging me privately || Agent: What kind of messages? || "
     "saying he'll smash my violin and then me if I take his chair again. screenshots attached || Agent: "
     "Thank you for telling us. I'm removing him from the group now and our safeguarding lead will call "
     "you."),
    ("violence_self_harm", "sensitive", "agent_note",
     "Cust disclosed her partner smashed her guitar during an argument and she's scared to take the "
     "replacement home. Offered to store it in a locker here. Gave domestic abuse helpline number; she "
     "said she'd think about it."),
    ("violence_self_harm", "sensitive", "voicemail",
     "Hi, it's Stuart, I've got the Monday slot. I don't think I'll be coming back. I don't really see the "
     "point of anything any more, I've stopped practising, stopped everything. I've been thinking a lot "
     "about ending it. Sorry. Just cancel it."),
    ("violence_self_harm", "sensitive", "sms",
     "Please don't give my new number to anyone. My ex has been turning up at places I go, including your "
     "Byres Road studio last week. || "
     "Agent: Understood. Your number is now hidden from teachers' lists and reception has been "
     "told not to confirm your bookings to anyone."),
    ("violence_self_harm", "sensitive", "call",
     "Caller: I want to report something from last night. || Agent: Go ahead. || Caller: After the big "
     "band rehearsal a guy in the car park punched me and grabbed my trumpet case. I've got a split lip. "
     "|| Agent: That's awful. Did you get checked over? We'll pull the car park CCTV for you."),
    ("violence_self_harm", "sensitive", "dm",
     "tbh the reason I don't want to wear the short-sleeve concert shirt is I've been cutting again and I "
     "don't want anyone seeing my arms. can I wear my black long-sleeve?"),
    ("violence_self_harm", "sensitive", "web_form",
     "Form: Incident report | Name: Linda Carruthers | What happened: Another singer in the community choir "
     "screamed at me at the break and shoved me against the wall by the coat racks. Two people saw it. | "
     "Injuries: bruised shoulder"),
    ("violence_self_harm", "sensitive", "review",
     "Avoid Mr Drennan. He called me stupid every week and last lesson he threw a music stand across the "
     "room at me. || Agent: This is extremely serious and we've suspended him while we investigate. "
     "Please contact our safeguarding lead directly."),
    ("violence_self_harm", "sensitive", "email",
     "Hi, a member of your LinnPlay online guitar group keeps leaving sexual comments on my practice "
     "videos and messaging me photos I never asked for. I've blocked him twice and he made new accounts."),
    ("violence_self_harm", "sensitive", "chat",
     "can u just cancel everything on my account || Agent: I can, can I ask if everything's ok? || "
     "honestly i just want to disappear. i'm tired of being here at all || Agent: I'm really glad you "
     "told me. If you're in danger please call 999, or Samaritans on 116 123. Can I call you now?"),
    ("violence_self_harm", "sensitive", "agent_note",
     "Caller (ex-partner of an adult student) threatened to 'come down and sort out' teacher Mr Orr "
     "personally, says Orr 'took her side'. Logged incident, informed centre manager and warned Mr Orr."),
    ("violence_self_harm", "sensitive", "email",
     "I have to stop my lessons and I can't say why on the phone. My husband checks my bank account and my "
     "phone and he's said if I keep going to 'that place' there'll be consequences. Please don't call, "
     "email only. J."),
    ("violence_self_harm", "sensitive", "sms",
     "took too many of my pills last night on purpose, in a&e now, wont be at lesson. sorry || "
     "Agent: Please don't worry about the lesson at all. Are staff with you now? Could we call "
     "later to check in?"),
    ("violence_self_harm", "sensitive", "call",
     "Caller: I was mugged on my way to the studio. || Agent: Oh no, are you hurt? || Caller: He knocked "
     "me over and took the hired flute, my knee's a mess. || Agent: Let's get you sorted first; the "
     "instrument can wait."),
    ("violence_self_harm", "benign", "chat",
     "the new bass drum absolutely slaps but it's too boomy for the small studio, can I get a felt "
     "beater? || Agent: Yes, we've got them at reception for £12."),
    ("violence_self_harm", "benign", "email",
     "Hi, we'd like to book the Smash and Crash percussion workshop for ten adults on 8 March. Do we "
     "bring our own sticks?"),
    ("violence_self_harm", "benign", "sms",
     "I'll kill that Bach fugue by Thursday, promise. Can we do 5pm?"),
    ("violence_self_harm", "benign", "review",
     "Brutal sight-reading test but fair, and the teacher prepared me well. Passed with merit."),
    ("violence_self_harm", "benign", "agent_note",
     "Annual safeguarding policy review complete; updated PDF uploaded to website and emailed to all "
     "ensemble leaders."),
    ("violence_self_harm", "benign", "call",
     "Caller: Can you restring my acoustic? I snapped the top E attacking the riff. || Agent: Same day if "
     "you drop it in before noon. || Caller: Perfect."),
    ("violence_self_harm", "benign", "web_form",
     "Form: Neighbour enquiry | Organisation: Tiger Kickboxing Club (unit 4) | Message: Our class and your "
     "drum room share a wall on Wednesdays at 6pm. Could we chat about timings?"),
    ("violence_self_harm", "benign", "voicemail",
     "Hi, calling about the Battle of the Bands entry form, the online one won't submit. It's Keira, "
     "07700 900561. Cheers."),
    ("violence_self_harm", "benign", "dm",
     "your trombone section is a genuine threat to my eardrums lol 😂 amazing gig though"),
    ("violence_self_harm", "benign", "email",
     "Hello, our community orchestra committee is drafting an anti-harassment policy and we liked the "
     "wording of yours. Would you mind if we adapted it? Best wishes, Secretary, Wellpark Sinfonia"),
    ("violence_self_harm", "benign", "chat",
     "the practice app keeps crashing at the metronome screen, I'm about to throw my phone out the window "
     "|| Agent: Sorry! Update to 3.4.1, that fixes the crash."),
    ("violence_self_harm", "benign", "agent_note",
     "Hired drum kit arrived with a cut in the snare head. Replacement head posted first class; "
     "courier damage claim opened."),
    ("violence_self_harm", "benign", "email",
     "Hi, I'm events lead at Riverside Women's Aid. We're planning a fundraising concert in May and would "
     "love to hire your recital hall. Could you send a quote?"),
    ("violence_self_harm", "benign", "call",
     "Caller: Does the adult pop choir have Fight Song in the new term's set? || Agent: It does, plus "
     "Titanium. || Caller: Yes! Count me in."),
    ("violence_self_harm", "benign", "sms",
     "hit me with the new rehearsal time pls, lost the email"),
    # ---- financial_hardship
    ("financial_hardship", "sensitive", "email",
     "Hello, I was made redundant from the call centre on Friday along with half the floor, and I honestly "
     "can't keep up the £38 a month for the hire-to-own saxophone at the moment. Is there any way to pause "
     "it rather than lose what I've paid so far? Thanks, Donna McPhail"),
    ("financial_hardship", "sensitive", "call",
     "Caller: I've had a letter from a debt collection agency about my lesson fees. || Agent: Let me look, "
     "can I take your account number? || Caller: LA-55301. I'm on a debt management plan with StepWise, "
     "they pay my creditors monthly, I didn't know you'd passed it on. || Agent: I see it was referred in "
     "May. I'll recall it and we can join the plan instead."),
    ("financial_hardship", "sensitive", "agent_note",
     "Cust (adult beginner, ukulele) on Universal Credit, asked whether the community bursary covers "
     "adults. Sent bursary form; flagged as eligible for 50% reduction."),
    ("financial_hardship", "sensitive", "sms",
     "cant pay this month, rent is due and im short. please dont take the piano back, ill pay double in "
     "april i promise || "
     "Agent: We won't take it back. Let's skip March and spread it over the next six months, no fee."),
    ("financial_hardship", "sensitive", "chat",
     "I need to stop the piano rent-to-buy. || Agent: Can I ask why, in case there's another option? || I "
     "was declared bankrupt last week and the official receiver says I can't keep up agreements like this. "
     "|| Agent: Understood. I'll note the bankruptcy on the account and arrange a collection; you won't be "
     "charged further."),
    ("financial_hardship", "sensitive", "voicemail",
     "Hi, it's Shona Reid. We've been evicted from the flat on Maryhill Road and we're in temporary "
     "accommodation now, one room, so there's nowhere for the hired keyboard. Can somebody collect it from "
     "my sister's? 07700 900149. Sorry."),
    ("financial_hardship", "sensitive", "web_form",
     "Form: Hardship bursary application | Name: Martin Gow | Instrument: Accordion | Employment status: "
     "Unemployed since August | Household income: Jobseeker's Allowance only | Amount requested: full fee "
     "for spring term"),
    ("financial_hardship", "sensitive", "review",
     "Have to give them credit. When I got laid off they paused my cello contract for three months without "
     "a single penalty. || Agent: Thanks, we know how hard that time can be and we're glad it helped."),
    ("financial_hardship", "sensitive", "email",
     "Hello, I am Mehmet. I lost my work in the restaurant when it closed and I cannot pay the rest of the "
     "fee for the summer camp, £240. Can I cancel and get some money back? I am very sorry for this."),
    ("financial_hardship", "sensitive", "dm",
     "honestly I'm skint till payday and behind on literally everything, council tax, phone, the lot. any "
     "chance I can pay the choir subs in Feb instead? || "
     "Agent: Course you can, I've moved them to 1 Feb."),
    ("financial_hardship", "sensitive", "chat",
     "my direct debit bounced again didn't it || Agent: It did, that's the third time this term. || yeah "
     "my overdraft is maxed and I'm using the food bank at the moment, I'm not hiding from you I promise || "
     "Agent: Thank you for being honest. Let's stop the debit and set a smaller amount you can manage."),
    ("financial_hardship", "sensitive", "agent_note",
     "Account LA-60114 passed to Castlegate Recoveries after 4 missed payments. Cust rang very distressed; "
     "says she has an IVA in place and collectors are phoning daily. Asked finance to review referral."),
    ("financial_hardship", "sensitive", "call",
     "Caller: I need to cancel the drum lessons for now. || Agent: Sorry to hear that, can I ask why? || "
     "Caller: My business went under in March and I'm still paying off the creditors out of what's left. "
     "Lessons are a luxury I can't justify. || Agent: That's completely understandable, I'll cancel from "
     "today."),
    ("financial_hardship", "sensitive", "email",
     "Hi, I'm on a zero-hours contract and they've cut my hours to basically nothing since Christmas. I "
     "can't cover the violin hire and lessons both. Could I keep the violin and drop to fortnightly "
     "lessons until things pick up? Ailsa"),
    ("financial_hardship", "sensitive", "sms",
     "Got a CCJ from another company last month so my bank has frozen stuff, the hire payment will be "
     "late sorry, hoping to sort by the 20th"),
    ("financial_hardship", "sensitive", "web_form",
     "Form: Payment plan request | Account: LA-47022 | Reason: my redundancy pay has run out and I'm "
     "between jobs, living on what's left of my savings | Proposed plan: £10 a month"),
    ("financial_hardship", "sensitive", "chat",
     "is there a cheaper monthly plan for the cello? || Agent: There's the 48-month option at £22. || i "
     "took a payday loan to cover this month's and i can't do that again, so yes please || Agent: I'll "
     "switch you today and there's no fee for changing."),
    ("financial_hardship", "sensitive", "voicemail",
     "Hi, it's about the hired clarinet, account ending 331. Bailiffs came this morning for the council "
     "tax and listed everything in the flat. I told them the clarinet's yours but can you send something "
     "in writing? 07700 900276."),
    ("financial_hardship", "sensitive", "review",
     "Don't bother asking for flexibility. I told them I was on benefits and struggling and they still "
     "charged the full cancellation fee. || Agent: We're sorry. Our hardship policy should have applied "
     "and we've refunded the fee."),
    ("financial_hardship", "sensitive", "email",
     "My pension barely covers the bills now that heating costs have gone up, so I'll have to give up the "
     "cello hire, sadly. I've been choosing between heating and eating some weeks. Please arrange "
     "collection. Mr R. Baxter"),
    ("financial_hardship", "benign", "chat",
     "my card got declined paying for the exam entry || Agent: Sometimes the bank blocks new merchants. "
     "Could you try again or use another card? || just approved it on my banking app, went through now "
     "thanks"),
    ("financial_hardship", "benign", "email",
     "Hi, could I switch from monthly to termly payments for my singing lessons? Paying once a term is "
     "easier for my budgeting spreadsheet. Thanks, Lorna"),
    ("financial_hardship", "benign", "call",
     "Caller: Is VAT included in the hire-to-own price? || Agent: Yes, the £29 a month includes VAT. || "
     "Caller: And is there a deposit? || Agent: First month up front, that's it."),
    ("financial_hardship", "benign", "web_form",
     "Form: General enquiry | Message: Do you offer bursaries for adult learners? I'm editing our community "
     "choir newsletter and want to list local schemes."),
    ("financial_hardship", "benign", "sms",
     "Can I move my direct debit to the 28th? That's when I get paid now after changing banks."),
    ("financial_hardship", "benign", "agent_note",
     "Invoice INV-21877 showed cust's old address. Corrected and reissued; cust happy."),
    ("financial_hardship", "benign", "email",
     "Hello, I cancelled the Saturday course two weeks ago and was told the refund would take 5 working "
     "days. Nothing yet. Could you check? Reference RF-3391. || "
     "Agent: Sorry for the wait, it was sent yesterday and should show in 2 to 3 days."),
    ("financial_hardship", "benign", "voicemail",
     "Hello, it's Kirsty from Halden Engineering HR. Our staff choir's invoice needs to be addressed to the "
     "company not to me, could you reissue it? 07700 900492."),
    ("financial_hardship", "benign", "chat",
     "is the Broke Boys Blues session an actual jam or a workshop? || Agent: It's a jam, first Friday of "
     "the month, bring your harmonica. || ha love it"),
    ("financial_hardship", "benign", "dm",
     "the big band's arrangement of Money was unreal last night, who did the sax solo"),
    ("financial_hardship", "benign", "sms",
     "Linn Music Academy: your Hire-to-Own instalment of £32.00 is due on 1 October. No action needed if "
     "you pay by direct debit."),
    ("financial_hardship", "benign", "agent_note",
     "Cust asked whether rent-to-buy involves a credit check. Explained it's a soft search only and won't "
     "show on her file. Proceeded with application."),
    ("financial_hardship", "benign", "call",
     "Caller: How do I check my gift voucher balance? || Agent: Read me the code. || Caller: GV-7712-KQ. "
     "|| Agent: You've got £45 left, valid until December."),
    ("financial_hardship", "benign", "email",
     "Do you take PayPal or Apple Pay for the summer camp? I'd rather not type card details into another "
     "site. Cheers, Matteo"),
    ("financial_hardship", "benign", "review",
     "Great value. The rent-to-buy worked out cheaper than buying the piano outright and the instalments "
     "were clear from day one."),
    ("financial_hardship", "benign", "chat",
     "Could I get an early settlement figure for the piano rent-to-buy? I'd like to pay it off this month. "
     "|| Agent: It's £612.40 if paid by the 30th. || Great, I'll transfer it Friday."),
    ("financial_hardship", "benign", "dm",
     "is the camp early-bird discount still on or did I miss it again"),
    ("financial_hardship", "benign", "web_form",
     "Form: Billing change | Account: LA-52209 | Request: please move the hire payments from my personal "
     "card to the business account of Orr Joinery Ltd from next month"),
    ("financial_hardship", "benign", "email",
     "Hi, I accidentally paid the May invoice twice, once by card and once by bank transfer. Could one be "
     "refunded or kept as credit for June? Either is fine. Zainab"),
    ("financial_hardship", "benign", "call",
     "Caller: Can the Grade 8 exam fee go on my monthly invoice instead of paying it separately? || "
     "Agent: Yes, I'll add it to June's. || Caller: Lovely, one less thing to remember."),
    # ---- children
    ("children", "sensitive", "email",
     "Hi, my son Callum is eight and has been air-drumming on every surface in the house since he saw a "
     "band at the school fete. Do you have a Saturday morning drum slot for a complete beginner his age? "
     "Thanks, Steph Rankin"),
    ("children", "sensitive", "chat",
     "Hi, looking at the group recorder class for my daughter || Agent: Lovely! Which school year is she "
     "in? || She's in P4 at Hillhead Primary, so she finishes at 3 || Agent: Then the 4pm Thursday group "
     "at our West End studio would suit her."),
    ("children", "sensitive", "agent_note",
     "Cust says her son (7) left his recorder and blue book bag at the Saturday Mini Musicians group. "
     "Found in lost property, labelled 'Rory M'. Holding at reception."),
    ("children", "sensitive", "web_form",
     "Form: New student enrolment | Student name: Ava Mbatha | Date of birth: 14/03/2016 | Instrument: "
     "Violin | Parent/guardian: Thandi Mbatha | Preferred day: Wednesday after school"),
    ("children", "sensitive", "sms",
     "Hi its Leanne, Kayla is starting Year 9 in Sept and has PE after school on Tues now, can her flute "
     "move to Weds?"),
    ("children", "sensitive", "call",
     "Caller: I need to change Leo's lesson pattern. || Agent: Sure, what's changed? || Caller: The kids "
     "are with their mum on alternate weekends now, it's in the custody arrangement, so Leo can only do "
     "every other Saturday. He's ten, he won't mind the gap. || Agent: I'll set fortnightly Saturdays from "
     "the 6th."),
    ("children", "sensitive", "voicemail",
     "Hi, it's Jenna, Isla's mum. Isla's in reception class at Briar Lane and they've got a nativity "
     "rehearsal on Thursday, so she'll miss her little piano lesson. Could we swap it? Thanks, bye."),
    ("children", "sensitive", "review",
     "My 12-year-old came back from Linn Summer Camp taller, louder and playing the clarinet without being "
     "asked! || Agent: That's the best review we could hope for, thank you. See her next summer!"),
    ("children", "sensitive", "email",
     "Hello from Ohio! We're moving to Edinburgh in August. My son is going into 5th grade and has done "
     "two years of Suzuki cello. Could he join a string group there? Best, Dana Kowalski"),
    ("children", "sensitive", "chat",
     "hi im 15 can i sign up for guitar lessons myself or does my mum have to do it || Agent: Hi! For "
     "anyone under 16 we need a parent or guardian to complete the booking. || ok ill get her to do it "
     "tonight"),
    ("children", "sensitive", "dm",
     "Hiya! My little one is 18 months, is Linn Tots ok at that age or is it more for toddlers who walk "
     "properly? She's only just started."),
    ("children", "sensitive", "web_form",
     "Form: Summer camp health and consent | Camper: Ruby Finlay | Age: 11 | Allergies: peanuts (carries "
     "EpiPen) | Can swim: yes | Photo consent: yes | Collected by: grandparent, Mrs J. Finlay"),
    ("children", "sensitive", "agent_note",
     "Grade 1 violin entry for minor candidate Sami Qureshi, DOB 2015-09-02. Parent signed consent; "
     "accompanist requested for the 11am slot."),
    ("children", "sensitive", "email",
     "Hi, our twins, Eilidh and Mairi, start Year 7 at Kingsmead Academy in September and both want to "
     "carry on with trumpet. Are there sibling discounts? Kind regards, Gordon Baird"),
    ("children", "sensitive", "chat",
     "g'day, we've just moved from Sydney || Agent: Welcome! How can I help? || My daughter was in Year 3 "
     "at Coogee Public and did keyboard there, is there a group for her here? || Agent: Yes, Junior "
     "Keyboard Club, Tuesdays, for kids around her age."),
    ("children", "sensitive", "call",
     "Caller: He's only six but he picks out tunes by ear on the piano already. || Agent: That's a great "
     "sign. We start piano from five. || Caller: Brilliant, can he have a trial? His name's Arjun. || "
     "Agent: Trial lesson booked for Arjun, Monday 4.15."),
    ("children", "sensitive", "sms",
     "Mia has her school trip to the Science Centre on Thurs, can she do Weds at 5 instead just this week? || "
     "Agent: Yes, Weds at 5 with Mr Hay, just this once."),
    ("children", "sensitive", "voicemail",
     "Hi, just letting you know the babysitter, Chloe, will collect Oscar after his 4pm lesson today. He "
     "knows her. Oscar's on the cello with Miss Daly. Thanks."),
    ("children", "sensitive", "email",
     "Hello, our son is nine and was diagnosed with ADHD last year. He loves music but struggles to sit "
     "still for 45 minutes. Would two 20-minute lessons be possible, and could the teacher know before "
     "they start? Thanks, Priya and Sam"),
    ("children", "sensitive", "web_form",
     "Form: Photo and video consent | Child's name: Zara Hussain | Age: 13 | Ensemble: Junior Strings | "
     "I consent to my child appearing in concert photos on the academy's website: Yes | Parent: Nadia "
     "Hussain"),
    ("children", "sensitive", "chat",
     "What do I put for school year on the form? || Agent: Just the year your child is in now. || She's "
     "S2, so second year of high school here in Scotland || Agent: Put S2, that's perfect."),
    ("children", "sensitive", "agent_note",
     "Mum called: Theo (Year 4) came out of his lesson upset, said the teacher raised her voice at him. "
     "Passed to head of strings to speak with teacher and call mum back."),
    ("children", "sensitive", "email",
     "Good day, my son Jonas is in the 3rd class of the Grundschule in Germany, we now live here for one "
     "year because of my work. He plays recorder since two years. Can he join a group with other children "
     "of same age? Mit freundlichen Grüßen, Anke Vogel"),
    ("children", "sensitive", "review",
     "Brilliant with teenagers. My 14 year old actually practises now without me nagging, which I never "
     "thought I'd see. || Agent: Amazing! Please tell him the whole brass team is proud."),
    ("children", "sensitive", "call",
     "Caller: We'd like to book the parent-and-baby singing group. || Agent: Lovely, how old is the baby? "
     "|| Caller: My daughter Hana was born on 2 April, so about ten weeks. || Agent: The under-ones group "
     "on Friday mornings is ideal."),
    ("children", "sensitive", "sms",
     "Hi its Jake, Im 16, my mum said I could text you about hiring a bass guitar, is that ok? || "
     "Agent: Hi Jake, yes! We'll just need your mum to sign the hire form. Short-scale or full?"),
    ("children", "sensitive", "dm",
     "does the Saturday rock school take a 10yo total beginner? he's desperate to play guitar like his "
     "cousin"),
    ("children", "sensitive", "web_form",
     "Form: Exam entry | Candidate: Leah Morrison | Instrument: Piano | Grade: 3 | Candidate's age at exam "
     "date: 12 | School: Bellfield High | Entered by: parent"),
    ("children", "sensitive", "chat",
     "my daughter is homeschooled, what age group would she fit? || Agent: How old is she? || she'd be "
     "4th grade in the US system, so about 9 || Agent: Then the Junior Musicianship class on Wednesdays."),
    ("children", "sensitive", "agent_note",
     "Parent asks that teacher does NOT mention exams to Lily (Primary 6); she gets very anxious. Noted on "
     "student record, teacher informed."),
    ("children", "sensitive", "email",
     "Hi, she's in kindergarten this year so she's done by lunchtime, which means we could do a weekday "
     "morning Mini Musicians instead of the Saturday. Is there one? Ta, Becky"),
    ("children", "sensitive", "call",
     "Caller: I need to update who can collect Finn. || Agent: Of course. || Caller: There's a court order "
     "now, his dad isn't allowed to collect him from anywhere, including his guitar lesson. I can send a "
     "copy. || Agent: Please do. I've flagged Finn's record so only you and his gran can collect."),
    ("children", "sensitive", "voicemail",
     "Hi, this is Gemma from Hollybank Nursery. Little Freddie in our Bumblebee room loves your music "
     "visits so much that his mum asked me to ring about signing him up for the Saturday toddler class. "
     "Her number's 07700 900826."),
    ("children", "sensitive", "email",
     "Hi, Aaron turns 13 in May and would like to move from the junior to the senior orchestra then. Does "
     "he need to audition or does his age move him up automatically? Cheers, Paul"),
    ("children", "sensitive", "sms",
     "is year 11 too late for my son to start cello? he wants to take it for GCSE music next year"),
    ("children", "sensitive", "chat",
     "hi im doing my gcse music composition this year (year 10) || Agent: Great, how can we help? || can "
     "my guitar teacher help me with it in my lessons or is that cheating || Agent: Not cheating at all, "
     "teachers can give feedback; the composing has to be yours."),
    ("children", "sensitive", "review",
     "Mrs Tait is so patient. My son's doing Grade 2 piano, he's only seven, and he comes out every week "
     "beaming. || Agent: Thank you! Mrs Tait will be delighted."),
    ("children", "sensitive", "web_form",
     "Form: Junior Orchestra audition | Name: Efe Adeyemi | School: St Columba's High | Year: S3 | "
     "Instrument: Oboe | Highest grade passed: 5 | Parent email: adeyemi.family@example.com"),
    ("children", "sensitive", "agent_note",
     "Teen (15) phoned herself to cancel her singing lessons. Explained policy: need parent or guardian "
     "to confirm. Emailed mum on file."),
    ("children", "sensitive", "email",
     "Hello, we're foster carers and have a boy, aged nine, placed with us long-term. He's very keen on "
     "drums. What consent do you need, as the local authority holds parental responsibility? Regards, "
     "Hilary and Don"),
    ("children", "sensitive", "call",
     "Caller: She's in second class in the national school, we've just moved over from Galway. || Agent: "
     "Welcome to Glasgow! Second class would be about P4 here. || Caller: Grand. She's after the fiddle, "
     "any group for her? || Agent: Junior Folk Fiddle, Thursdays at four."),
    ("children", "sensitive", "dm",
     "my lad's 11 and obsessed with drums, do you do gift vouchers for lessons? birthday in 2 wks || "
     "Agent: We do! Any value, or a block of four lessons for £76."),
    ("children", "sensitive", "chat",
     "Kia ora, we're here for a year from NZ. || Agent: Welcome, what are you after? || My son is in Year "
     "8 at Kowhai Intermediate back home, he plays trombone || Agent: The Junior Brass Band would suit "
     "him, rehearsals Mondays."),
    ("children", "sensitive", "sms",
     "School sports day is Weds so Ethan will miss trumpet, sorry! Back next week"),
    ("children", "sensitive", "email",
     "Hello, our baby Noor was born eight weeks early and came home from the neonatal unit last month. "
     "We'd love to come to the baby music group but she can't be near crowds this winter. Is there an "
     "online version? Thanks, Samira"),
    ("children", "sensitive", "voicemail",
     "Hi, erm, I'm a student at the academy, I'm fourteen, and I've lost the key for my locker. It's locker "
     "22. My name's Callie. Could someone let me in before my lesson at five? Bye."),
    ("children", "sensitive", "web_form",
     "Form: Summer camp booking | Camper name: Lucas Brennan | Date of birth: 22/07/2012 | Emergency "
     "contact: Aoife Brennan (mother), 07700 900903 | Dietary: vegetarian | Sleeping over: yes"),
    ("children", "sensitive", "agent_note",
     "Dad phoned from Canada: Noah is in Grade 6 at Maple Ridge Elementary, family relocating here in "
     "January. Wants him in the Youth Orchestra; booked informal audition for 12 Jan."),
    ("children", "sensitive", "call",
     "Caller: My daughter is in CM1 in the French school, she is nine years. || Agent: Thank you, and what "
     "instrument is she interested in? || Caller: The harp, she played one year in Lyon. || Agent: We "
     "have a lever harp teacher on Tuesdays, I'll check for you."),
    ("children", "sensitive", "review",
     "The camp counsellors looked after my boy, who'd only just turned nine, brilliantly. First time away "
     "from home and he didn't want to leave. || Agent: Thank you, we'd love to have him back."),
    ("children", "benign", "email",
     "Hello, Hillcrest Primary School office here. We'd like to order 30 descant recorders and 30 copies "
     "of Recorder from the Start, Book 1, invoiced to the school. PO number HPS-2291. Many thanks, Mrs "
     "Dalgleish, School Administrator"),
    ("children", "benign", "chat",
     "How much is it to hire a baby grand for a wedding reception? || Agent: For one day with delivery, "
     "tuning and collection it's £420. || Does that include a stool? || Agent: Yes, an adjustable "
     "concert stool."),
    ("children", "benign", "sms",
     "Hi, sitting Grade 5 theory as an adult this term, the form wants DOB so it's 09/06/1988. Is that "
     "all you need?"),
    ("children", "benign", "web_form",
     "Form: New student enrolment | Student name: Fiona Strachan | Date of birth: 04/11/1979 | Instrument: "
     "Cello | Experience: played at school, stopped at 16, returning after 25 years | Preferred day: "
     "Monday evening"),
    ("children", "benign", "agent_note",
     "Fernbank Academy music department requested an invoice for this term's peripatetic brass lessons "
     "(3 hours a week). Sent to school business manager."),
    ("children", "benign", "review",
     "Felt like a kid in a sweet shop in the percussion room. Ended up with a cajón and no regrets."),
    ("children", "benign", "call",
     "Caller: Are all your teachers PVG checked? || Agent: Yes, every teacher and volunteer is a PVG "
     "scheme member, renewed as required. || Caller: Good, that's what our ensemble committee wanted to "
     "confirm before we recommend you."),
    ("children", "benign", "voicemail",
     "Hi, it's Lorraine from the office at Little Acorns Nursery. We'd like to book one of your music "
     "leaders for our staff in-service day on 3 February, just for the staff. Could you ring me on 07700 "
     "900745?"),
    ("children", "benign", "email",
     "Grade 1 piano at 52, am I too old? Be honest. I've wanted to learn since forever and finally have "
     "the time. Trevor"),
    ("children", "benign", "chat",
     "What's the minimum age for Linn Summer Camp? Just writing the info for our newsletter. || Agent: "
     "The junior week is from 8, the senior week from 13, and there's an adult week too. || Thanks, "
     "that's all I needed."),
    ("children", "benign", "dm",
     "you're kidding me, the Saturday 10am slot is gone AGAIN? I'll take 11 then"),
    ("children", "benign", "email",
     "Hi, we run Tune Town music shop in Paisley. Do you sell the Junior quarter-size classical guitars "
     "wholesale? We'd like six for our display wall."),
    ("children", "benign", "sms",
     "Student discount question: I'm a uni student at Strathclyde, card number 44712. Does it apply to "
     "hire as well as lessons?"),
    ("children", "benign", "agent_note",
     "Youth Orchestra spring concert: 200 tickets printed, 40 reserved for sponsors. Box office opens 1 "
     "March."),
    ("children", "benign", "web_form",
     "Form: Trade enquiry | Company: Kiddo Music Ltd | Message: We make percussion shakers and egg "
     "shakers and would like to supply your early-years classes. Can we send samples?"),
    ("children", "benign", "call",
     "Caller: My old school band is getting back together for a reunion gig. || Agent: Fun! What do you "
     "need? || Caller: A rehearsal room three Sundays running, we're all in our forties so be gentle. || "
     "Agent: Studio 4, Sundays 2 till 5, booked."),
    ("children", "benign", "chat",
     "is the Kids' Corner Songbook any good for an adult total beginner on ukulele haha || Agent: "
     "Honestly yes, the tunes are simple and the chord charts are clear. || sold"),
    ("children", "benign", "review",
     "Teachers treat adult beginners like grown-ups, not like kids who need telling off for not "
     "practising. Refreshing."),
    ("children", "benign", "email",
     "FYI the link to your child protection policy on the Contact page is broken, it goes to a 404. "
     "Thought you'd want to know."),
    ("children", "benign", "voicemail",
     "Hello, this is the chair of the Parent Teacher Association at Oakfield Primary. We'd like to hire "
     "your recital hall for a fundraising ceilidh on 15 March. Please call 07700 900588."),
    ("children", "benign", "sms",
     "Are the music stands still in the back-to-school sale? Need two for the home studio."),
    ("children", "benign", "chat",
     "I'm a primary teacher and want to learn ukulele so I can use it in class. || Agent: Great idea! "
     "Our 6-week Ukulele for Teachers course starts in January. || Perfect, book me on."),
    ("children", "benign", "agent_note",
     "Adult learner (b. 1991) entering Grade 3 flute in the summer session. DOB verified against photo "
     "ID. Entry complete."),
    ("children", "benign", "web_form",
     "Form: Exam entry | Candidate: Douglas Imrie | Date of birth: 12/02/1965 | Instrument: Tenor horn | "
     "Grade: 4 | Entered by: self | Accompanist: not needed"),
    ("children", "benign", "email",
     "Hello, we're the training manager for Sunflower Nurseries (six settings). Do you run CPD sessions "
     "for early-years practitioners on using music? Looking at autumn dates."),
    ("children", "benign", "call",
     "Caller: Do you teach GCSE music? I'm a private tutor putting together a referral list. || Agent: We "
     "do support it in lessons but we're not an exam centre. || Caller: That's fine, I'll list you for "
     "performance coaching."),
    ("children", "benign", "dm",
     "hi, Hallside Sixth Form College orchestra here, can we hire timpani for our concert on the 20th?"),
    ("children", "benign", "review",
     "The jazz band's Baby Driver medley at the showcase was incredible. Tequila had the whole room "
     "shouting."),
    ("children", "benign", "sms",
     "do you stock the Nursery Rhymes for Ukulele book? my retired folks' strum group wants it"),
    ("children", "benign", "chat",
     "Can I buy a Mini Maestro keyboard voucher online? || Agent: Yes, under Gifts on the website, any "
     "amount from £20. || Great, I'll pick one up tonight."),
    ("children", "benign", "email",
     "Hi, I'm one of the leaders of 1st Bramley Scout Group. We'd like a quote for a drumming workshop as "
     "part of our district camp programme, about 40 participants. Thanks, Andy"),
    ("children", "benign", "agent_note",
     "Cust asked whether 'Linn Tots' is a registered trademark, as her design agency is naming a product. "
     "Forwarded to marketing."),
    ("children", "benign", "web_form",
     "Form: Teaching vacancy application | Name: Marisa Kerr | Experience: 10 years teaching piano to ages "
     "5 to 18 in schools, plus adult evening classes | Available: from August"),
    ("children", "benign", "chat",
     "When does the 2025 exam calendar come out? || Agent: Usually mid-October. || Ok, I'll plan my "
     "Grade 6 around it."),
    ("children", "benign", "email",
     "Hiya, I'm 19 and at college in town, looking to rent a bass for the year. Is the student rate "
     "available for college, or only uni? Cheers, Rhys"),
    ("children", "benign", "voicemail",
     "Hi, this is Westfield High School music department. Our invoice for the timpani hire is missing our "
     "PO number, it's WHS-4470. Could you reissue? Thanks."),
    ("children", "benign", "chat",
     "my inner child really wants the glockenspiel tbh. do you hire those? || Agent: We do, £6 a week. "
     "|| dangerous information"),
    ("children", "benign", "sms",
     "Grade 8 certificate arrived! 42 and finally done it. Thank you Mr Baird!! || "
     "Agent: Congratulations! Mr Baird is grinning ear to ear."),
    ("children", "benign", "dm",
     "will the instrument petting zoo from the open day run again in spring? want to bring my pals"),
    ("children", "benign", "review",
     "Youth Theatre Band gig at the Tron was brilliant, the brass section especially. Well done Linn for "
     "hosting rehearsals."),
    ("children", "benign", "email",
     "Does the academy close for the October school holidays, or do adult lessons carry on as normal? I "
     "need to plan my leave."),
    ("children", "benign", "agent_note",
     "Teacher (staff, viola) asked for cover on 7 Nov, she has parents' evening at the school where she "
     "works days. Cover arranged with Ms Dey."),
    ("children", "benign", "web_form",
     "Form: Safeguarding contact | Organisation: Dunmore Primary School | Message: Our new safeguarding "
     "lead would like to be added to your schools mailing list for the visiting-musician programme."),
    ("children", "benign", "call",
     "Caller: Is the new edition of the Grade 1 theory workbook out? || Agent: Yes, the blue cover, £8.95. "
     "|| Caller: Keep one for me at reception, I'll collect Saturday."),
    ("children", "benign", "chat",
     "Is the student rate just for school pupils or do college students get it too? || Agent: Any "
     "full-time student with a valid card."),
    ("children", "benign", "sms",
     "I'm the choir's child-safety officer, could you send the updated register template before Sunday?"),
    ("children", "benign", "email",
     "Dear Linn team, the Canalside Community Ensemble is applying to the Youth Music fund for a new "
     "outreach project. Would you write us a short letter of support as a partner venue? Best, Tom Gallacher"),
    ("children", "benign", "review",
     "Whoever did the Childish Gambino cover at open mic, you made my month. More of that."),
    ("children", "benign", "voicemail",
     "Hi, it's Paula from the Kindergarten Café downstairs. Happy to put your open-day posters in our "
     "window, pop some down when you can."),
    ("children", "benign", "agent_note",
     "Adult cust (DOB on file 1972) asked for the Young at Heart Choir term dates. Sent schedule and "
     "venue map."),
    # ---- special_categories
    ("special_categories", "sensitive", "sms",
     "Ramadan starts next week so I'll be fasting, could my Thursday 6pm lesson move to after iftar, "
     "maybe 9? My singing will be rubbish on an empty stomach anyway"),
    ("special_categories", "sensitive", "email",
     "Hello, I'd love to join the Community Choir but I keep Shabbat, so Friday evenings and Saturdays "
     "are out for me. Is the Sunday afternoon group the same repertoire? Kind regards, Miriam Cohen"),
    ("special_categories", "sensitive", "chat",
     "can the Sunday masterclass be afternoon instead? || Agent: It's fixed at 10am this time, is that "
     "tricky? || yeah I play keys in the worship band at St Ninian's every Sunday morning, I can't let "
     "them down || Agent: Understood, I'll put you on the list for the afternoon one in May."),
    ("special_categories", "sensitive", "agent_note",
     "Cust asked whether he can keep his kara on while playing in his Grade 6 piano exam, as he never "
     "takes it off. Confirmed with exam board: no problem, jewellery is fine if it doesn't affect "
     "playing."),
    ("special_categories", "sensitive", "call",
     "Caller: I need to drop out of the Christmas concert. || Agent: Oh no, is it the date? || Caller: "
     "No, I became a Jehovah's Witness this year and I don't celebrate Christmas any more, I'd feel wrong "
     "singing carols. || Agent: Of course, I'll let the director know, and you're welcome back in "
     "January."),
    ("special_categories", "sensitive", "voicemail",
     "Hi, it's Anjali, tabla on Wednesdays. It's Diwali next week so I'll be at the mandir with the family "
     "all evening, I won't make it. Happy Diwali if you celebrate! Bye."),
    ("special_categories", "sensitive", "web_form",
     "Form: Adult summer camp - additional needs | Name: Yusuf Demir | Dietary: halal meat only | "
     "Other: I pray five times a day and would need a quiet room for about ten minutes, including the "
     "early morning prayer"),
    ("special_categories", "sensitive", "review",
     "As an atheist I was a bit wary of a choir that sings so much sacred music, but the director made it "
     "clear it's about the music, not belief. Lovely group. || Agent: Thank you, everyone's welcome "
     "whatever they believe."),
    ("special_categories", "sensitive", "dm",
     "can't skip Ash Wednesday mass so I'll be 20 mins late to choir, save me a seat by the altos"),
    ("special_categories", "sensitive", "email",
     "Dear Linn, I've been in the Youth Orchestra alumni group for a year and I'm still the only Black "
     "player in it. Last week someone asked if I'd rather play 'something more rhythmic'. I don't think "
     "it was meant badly but it stung. Can we talk? Kwame Asante"),
    ("special_categories", "sensitive", "chat",
     "i want to complain about the busking workshop || Agent: I'm sorry, what happened? || when i said i'm "
     "Roma one of the other people made jokes about stealing and the leader laughed || Agent: That's not "
     "acceptable. I'm escalating it to the centre manager today."),
    ("special_categories", "sensitive", "agent_note",
     "Cust (British Pakistani, adult beginner) asked about the South Asian Musicians Fund bursary for "
     "sitar lessons. Checked eligibility: heritage-based, she qualifies. Sent form."),
    ("special_categories", "sensitive", "call",
     "Caller: It's about the heritage concert. || Agent: Yes, are you performing? || Caller: I'd like "
     "to. My mum's Chinese and my dad's from Fife, and I've been learning erhu from her. Could I play "
     "something from both sides? || Agent: That sounds wonderful, I'll add you to the programme."),
    ("special_categories", "sensitive", "web_form",
     "Form: Equal opportunities monitoring (optional) | Name: Tanya Brooks | Ethnic group: Mixed - White "
     "and Black Caribbean | Role: adult student, saxophone"),
    ("special_categories", "sensitive", "sms",
     "We're Gypsy Travellers and we move to our summer site in April, so can the lessons go online on "
     "LinnPlay from then? Same day and time pls"),
    ("special_categories", "sensitive", "review",
     "Two stars. The teacher kept mispronouncing my surname and asked where I'm 'really from'. I'm "
     "Nigerian-British, born in Leeds. || Agent: We're sorry. That shouldn't happen and we've spoken to "
     "the teacher about it."),
    ("special_categories", "sensitive", "dm",
     "hey! I'm half Japanese and I've always wanted to learn shamisen to connect with my grandma's side, "
     "any chance you know a teacher?"),
    ("special_categories", "sensitive", "voicemail",
     "Hi, my name's Jarrah. I'm Wiradjuri, over here from New South Wales for a year, and I was wondering "
     "if your world music evening would be open to me sharing some songs from my mob. 07700 900667."),
    ("special_categories", "sensitive", "email",
     "Hi, I'm standing for the Green Party in the council by-election on the 14th and I'm out canvassing "
     "every evening until then, so I'll miss rehearsals. I'll be back after polling day. Fiona Lawrie"),
    ("special_categories", "sensitive", "chat",
     "can I swap my Thursday lesson this month? || Agent: Sure, any particular day? || any day but "
     "Thursday, I chair our local Labour branch and the meetings are Thursday nights || Agent: Tuesdays "
     "at 7 it is, for four weeks."),
    ("special_categories", "sensitive", "agent_note",
     "Cust asked that his name be left out of the concert programme: he's a Conservative candidate in "
     "the by-election and doesn't want it to look like campaigning. Programme credit changed to 'R.M.'"),
    ("special_categories", "sensitive", "sms",
     "cant do saturday, I'm marching against the new asylum bill in George Square. sorry, next week? || "
     "Agent: No problem, see you on the 18th."),
    ("special_categories", "sensitive", "call",
     "Caller: Who's sponsoring the summer gala? || Agent: Northgate Energy this year. || Caller: Then I'll "
     "sit it out. I campaign against fossil fuel companies and I'm not playing under their logo. || "
     "Agent: Understood, I'll let the ensemble leader know."),
    ("special_categories", "sensitive", "review",
     "Three stars. Lovely teachers, but I was asked to take off my pro-independence badge during the "
     "concert, which felt petty. || Agent: Thanks for the feedback; our policy is no badges on stage for "
     "any cause."),
    ("special_categories", "sensitive", "web_form",
     "Form: Adult lessons enrolment | Name: Ruaridh Shaw | Occupation: full-time organiser for the SNP, "
     "Glasgow office | Availability: weekends only, weekdays are taken up with campaigning"),
    ("special_categories", "sensitive", "voicemail",
     "Hi, it's Callum from the Tuesday jazz group. I'm leafleting for the Lib Dems every evening this week "
     "so I'll be missing Tuesday, see you after the election."),
    ("special_categories", "sensitive", "dm",
     "voted leave and the choir lot won't stop having a go at me in the pub after rehearsal, getting "
     "really tired of it tbh"),
    ("special_categories", "sensitive", "email",
     "Hi, I'm the Unite rep at the depot and we're out on strike Monday and Tuesday, so I'll be on the "
     "picket line and can't do my Monday lesson. Could I get Wednesday instead? Thanks, Brian"),
    ("special_categories", "sensitive", "chat",
     "do you give a discount to Musicians' Union members? || Agent: We do, 10% on lessons. || great, I've "
     "been in the MU since 2015, my card number is 88120 || Agent: Perfect, I've applied it to your "
     "account."),
    ("special_categories", "sensitive", "agent_note",
     "Cust is an EIS member and her school is on strike Tues and Weds for three weeks; she wants daytime "
     "slots those days since she won't be at work. Booked 11am Tues/Weds."),
    ("special_categories", "sensitive", "sms",
     "on the picket line till 2 tmrw so running late for my lesson, sorry, be there by 3"),
    ("special_categories", "sensitive", "call",
     "Caller: I'll be late to brass band for a few weeks. || Agent: No bother, what's up? || Caller: I'm "
     "the shop steward at the bus garage and we've got union meetings straight after the back shift. || "
     "Agent: Okay, I'll tell the band leader you'll be in after half seven."),
    ("special_categories", "sensitive", "web_form",
     "Form: Discount claim | Name: Pauline Herd | Discount type: trade union member | Union: UNISON | "
     "Membership number: 4471902 | Course: adult beginners piano"),
    ("special_categories", "sensitive", "voicemail",
     "Hello, it's Derek Paton. I'm branch secretary for our RMT branch and I've got a ballot count on the "
     "night of the concert, so I'll have to miss it. Sorry to the trombones."),
    ("special_categories", "sensitive", "review",
     "As an Equity member I expected the audition to follow proper practice and it did, paid "
     "accompanist, clear feedback. Good people. || Agent: Thank you, we try to do it properly."),
    ("special_categories", "sensitive", "dm",
     "just joined the union at work because of the restructure, so my tuesdays are all meetings for a "
     "bit. can we do thursdays?"),
    ("special_categories", "sensitive", "email",
     "Hello, my husband and I would like to book the Duets for Two Pianos weekend in March. He's a bit "
     "rusty, I'm a total beginner, so be kind. Many thanks, Tom Ferguson"),
    ("special_categories", "sensitive", "chat",
     "Hi, booking the adult summer camp for two || Agent: Great, names please? || Me, Sarah Lyle, and my "
     "girlfriend Priya Sandhu, and can we have a double room please? || Agent: All done, a double in the "
     "lodge for Sarah and Priya."),
    ("special_categories", "sensitive", "agent_note",
     "Complaint from cust (Mezzo, Community Choir): says she mentioned at tea break that she's bisexual "
     "and two members have been making comments since. Passed to choir director and welfare officer."),
    ("special_categories", "sensitive", "call",
     "Caller: I might need to swap to a different rehearsal night. || Agent: Which one clashes? || "
     "Caller: Thursdays, I've just joined Rainbow Voices, the LGBT choir, and they rehearse then. || "
     "Agent: Our Monday group has space, I'll move you."),
    ("special_categories", "sensitive", "sms",
     "hi it's Daniel, my boyfriend Marcus will pick up the cello from reception at 5, he's got my ID || "
     "Agent: Thanks Daniel, it'll be ready at the desk for Marcus."),
    ("special_categories", "sensitive", "review",
     "As a gay man in his sixties I was nervous joining a jazz group full of strangers, but I felt "
     "totally welcome from week one. || Agent: That's exactly what we want to hear. Thank you, Gerry."),
    ("special_categories", "sensitive", "web_form",
     "Form: Enrolment | Name: Helen Pryce | Instrument: Viola | Emergency contact: Joanne Pryce, my wife, "
     "07700 900314 | How did you hear about us: friend"),
    ("special_categories", "sensitive", "voicemail",
     "Hi, it's Liam McAllister. I'm after a string quartet for my wedding in August. Me and my fiancé "
     "Ross would love something for the first dance. Give me a call on 07700 900128."),
    ("special_categories", "sensitive", "dm",
     "ok slightly awkward but I'm asexual and the love-song heavy set list is making me a bit "
     "uncomfortable, is there any flex in what the soloists pick?"),
    ("special_categories", "sensitive", "email",
     "Hello, I'm trans and I've changed my name from Daniel to Danielle Reid. Please update my student "
     "record, and importantly the Grade 7 certificate needs to be in my new name. My deed poll is "
     "attached. Thanks, Danielle"),
    ("special_categories", "sensitive", "chat",
     "hey, for the concert programme can you use they/them for me? || Agent: Of course, what name should "
     "we print? || just Robin Maclean, thanks, I'm non-binary and the last programme said 'Miss' || "
     "Agent: Sorry about that, I've changed your record to Mx and they/them."),
    ("special_categories", "sensitive", "agent_note",
     "Cust is transitioning and says his voice has dropped since starting testosterone; wants to move "
     "from the soprano line to the tenor section in the Community Choir. Director agreed, parts sent."),
    ("special_categories", "sensitive", "web_form",
     "Form: Update personal details | Current name: Kieran Boyd | Previous name: Katie Boyd | Gender: Male "
     "(trans man) | Title: Mr | Please update all exam entries and invoices"),
    ("special_categories", "sensitive", "call",
     "Caller: It's about the camp changing rooms. || Agent: Sure. || Caller: I'm a trans woman and I'd "
     "like to know I can use the women's facilities without a fuss. || Agent: Yes, absolutely, and "
     "there are private cubicles in both blocks too."),
    ("special_categories", "sensitive", "sms",
     "pls update my name to Alex on the invoice, my deadname is still on it and my mum opens the post"),
    ("special_categories", "sensitive", "review",
     "The lessons themselves are fine but my teacher kept misgendering me even after I corrected her "
     "twice. It's exhausting. || Agent: We're sorry. We've spoken to your teacher and updated your "
     "record with your pronouns."),
    ("special_categories", "sensitive", "voicemail",
     "Hi, it's Jordan Kirk. I've got my Gender Recognition Certificate now, so I'd like my exam records "
     "changed to female. Can you tell me what you need from me? Thanks."),
    ("special_categories", "sensitive", "dm",
     "since coming out as genderfluid I'd rather not wear the black dress for choir, can I do trousers "
     "and a shirt like the basses?"),
    ("special_categories", "sensitive", "chat",
     "lol random but I did a HelixMe DNA test || Agent: Ooh, and? || apparently I've got the gene "
     "variant linked to perfect pitch, so no excuses in aural tests now || Agent: Ha! We'll hold you to "
     "that in the Grade 6 aurals."),
    ("special_categories", "sensitive", "email",
     "Hi, I recently had genetic testing and the geneticist confirmed I've inherited the same Marfan "
     "variant as my dad. It's why my fingers are so long. I'd like a teacher who can advise on stretching "
     "safely on guitar. Best, Euan"),
    ("special_categories", "sensitive", "agent_note",
     "Cust shared his DNA ancestry result (mostly Ashkenazi Jewish, he says it surprised him) and wants "
     "klezmer clarinet lessons to explore it. Matched with Mr Levy."),
    ("special_categories", "sensitive", "web_form",
     "Form: Research participation (Pitch and Genes study, hosted at Linn) | Participant ID: PG-0417 | "
     "Name: Shona Baillie | DNA saliva sample: collected 3 March | Sequencing result received: yes"),
    ("special_categories", "sensitive", "call",
     "Caller: I want to learn piano while I still can. || Agent: That's a lovely goal. || Caller: My "
     "genetic test came back showing I carry the gene for the family's inherited hearing loss, so I'd "
     "like to start now. || Agent: Let's get you booked in this week."),
    ("special_categories", "sensitive", "sms",
     "Guess what, DNA test came back and Martin from the Tuesday band is actually my half-brother!! We're "
     "both joining the choir now"),
    ("special_categories", "sensitive", "dm",
     "my genome sequencing report says I've got a MYH9 variant, apparently it's on the list of "
     "hearing-related genes so I'm asking for earplugs in the brass section"),
    ("special_categories", "sensitive", "voicemail",
     "Hello, it's Iona Barr. You asked in the research consent whether my genetic results from the study "
     "could be shared with my teacher. Yes, that's fine, she can see the full report. Thanks."),
    ("special_categories", "sensitive", "email",
     "Hi, my fingerprint won't register on the practice-room scanner since I cut my thumb. Could you "
     "delete the old print you have on file from 2022 and re-enrol me? Student ID 30981. Thanks, Beth"),
    ("special_categories", "sensitive", "chat",
     "did LinnPlay store a scan of my face when I set up face login? || Agent: The face template is "
     "stored to verify you at login. || then please delete it, I'll use a password instead || Agent: "
     "Done, your face template has been deleted from your account."),
    ("special_categories", "sensitive", "agent_note",
     "Voiceprint verification failed twice on phone line for cust Abdul Karim (account LA-61833). "
     "Identity confirmed by security questions; old voiceprint deleted and re-enrolled."),
    ("special_categories", "sensitive", "web_form",
     "Form: Studio access consent | Name: Marcus Ellery | I consent to my facial template being stored "
     "for studio door entry: Yes | Template ID: FT-2231 | Enrolled: 12/01"),
    ("special_categories", "sensitive", "call",
     "Caller: I don't want to be scanned by the facial recognition at the concert hall door. || Agent: "
     "You can opt out. || Caller: Then delete the photo you matched me with last time. || Agent: I'll "
     "remove your face record from the entry system today."),
    ("special_categories", "sensitive", "sms",
     "your door scanner matched my face as R. Okafor yesterday and let me in under her name lol, pls fix "
     "my face ID record"),
    ("special_categories", "sensitive", "review",
     "Creepy. The exam centre photographed every candidate and face-matched us against our ID, and "
     "nobody asked me first. || Agent: We're sorry it wasn't explained; you can ask for your image to be "
     "deleted."),
    ("special_categories", "sensitive", "dm",
     "the locker palm scanner won't read my hand since I had the cast off, can someone reset my palm "
     "print? locker 41 || "
     "Agent: Pop to reception and we'll re-enrol your palm print in two minutes."),
    ("special_categories", "benign", "email",
     "Assalamu alaikum, I'm writing for the Al-Noor Mosque community committee. We'd like to hire your "
     "recital hall for a nasheed and poetry evening on 9 March, about 120 guests, chairs in rows. Could "
     "you send a quote? Kind regards, Events Committee"),
    ("special_categories", "benign", "chat",
     "Do you offer halal options at the summer camp? Just comparing camps for a leaflet. || Agent: Yes, "
     "halal, vegetarian and vegan options are on the menu every day. || Thanks, that's helpful."),
    ("special_categories", "benign", "agent_note",
     "St Ninian's Parish Church choir ordered 24 copies of the Common Praise hymnal and 24 of Carols for "
     "Choirs 1. Invoice to the church treasurer."),
    ("special_categories", "benign", "sms",
     "Are tickets for the carol concert at the Cathedral on sale yet? Want 4 for the Saturday matinee"),
    ("special_categories", "benign", "call",
     "Caller: Is the Gospel Keys piano course any good for learning jazz chords? || Agent: It's really "
     "about gospel-style voicings, which overlap with jazz a lot. || Caller: Sounds ideal, I'll try the "
     "first module."),
    ("special_categories", "benign", "web_form",
     "Form: Venue hire | Organisation: Kelvinside Synagogue fundraising committee | Event: charity "
     "chamber concert | Date: 23 June | Requirements: piano tuned on the day, interval drinks"),
    ("special_categories", "benign", "review",
     "Heavenly acoustics in the new recital hall, and hallelujah, the heating finally works! Great "
     "concert."),
    ("special_categories", "benign", "voicemail",
     "Hi, it's the caretaker at Broomhill Church Hall. Your choir's key for the Friday rehearsals needs "
     "to come back to me by the end of the month for the new locks. Cheers."),
    ("special_categories", "benign", "dm",
     "is Leonard Cohen's Hallelujah on the open mic setlist again? it's always the showstopper"),
    ("special_categories", "benign", "chat",
     "Are you open on Good Friday and Easter Monday? || Agent: We're closed on both bank holidays; "
     "lessons move to the following week. || Ok, thanks for confirming."),
    ("special_categories", "benign", "email",
     "Hi, we'd like to book the West African drumming workshop as a team away-day for 14 people from our "
     "accounts department. Any Friday in May would work. Thanks, Gemma Shields"),
    ("special_categories", "benign", "chat",
     "Do you teach Irish fiddle style or only classical violin? || Agent: Both. Ms Quinn teaches Irish "
     "and Scottish trad. || Great, can I book a taster with her?"),
    ("special_categories", "benign", "agent_note",
     "World Music Evening programme confirmed: gamelan ensemble, samba band, klezmer trio and a "
     "flamenco guitar duo. Posters at the printer Friday."),
    ("special_categories", "benign", "call",
     "Caller: We're a Black Keys tribute band, can we hire a rehearsal room? || Agent: Sure, two-piece or "
     "bigger? || Caller: Just the two of us, guitar and drums, loud. || Agent: Studio 3 on Wednesday "
     "evenings is free."),
    ("special_categories", "benign", "sms",
     "Is the Latin percussion class at 7 or 7.30 tonight? The website says both"),
    ("special_categories", "benign", "web_form",
     "Form: Equal opportunities monitoring (optional) | Name: left blank | Ethnic group: prefer not to "
     "say | Religion: prefer not to say | Comments: form loads slowly on mobile"),
    ("special_categories", "benign", "review",
     "The steel pan course was pure joy from start to finish. Ten weeks flew by and we played a full set "
     "at the end."),
    ("special_categories", "benign", "dm",
     "Hi from Southside Community Arts! Where did you get the lion dance drums for the Chinese New Year "
     "parade? we'd love to hire some"),
    ("special_categories", "benign", "email",
     "Quick question about your enrolment form: why do you ask for ethnic group, and is it compulsory? "
     "Just curious how the data is used. Thanks, Colin"),
    ("special_categories", "benign", "email",
     "Hello, I've heard the main hall is a polling station on 4 July. Will lessons in the building go "
     "ahead that day, or should I expect a reschedule? Thanks, Niamh"),
    ("special_categories", "benign", "chat",
     "is The Red Flag in the brass band's folk set or did I imagine that || Agent: You didn't imagine "
     "it, it's number 6 in the folk programme, after Loch Lomond."),
    ("special_categories", "benign", "agent_note",
     "City council culture committee visiting on Tuesday 10am; tour of new wing arranged with the "
     "principal. Studio 1 to be kept free."),
    ("special_categories", "benign", "sms",
     "Is Revolution on the Beatles night setlist? My guitar group wants to know which riffs to practise"),
    ("special_categories", "benign", "call",
     "Caller: I'm calling from a constituency office, we're hosting a reception for local charities. || "
     "Agent: How can we help? || Caller: We'd like a string quartet for an hour, background music. || "
     "Agent: I'll send our quartet rates and availability."),
    ("special_categories", "benign", "web_form",
     "Form: Venue hire | Organisation: Hillhead Community Council | Event: Annual general meeting | "
     "Date: 18 April | Room: Studio 1 | Notes: projector needed"),
    ("special_categories", "benign", "review",
     "We campaigned for years for more ensemble rooms and the new wing was worth the wait. Bright, warm, "
     "great soundproofing."),
    ("special_categories", "benign", "voicemail",
     "Hello, this is the Electoral Registration Office confirming the hall booking for polling day, 7am "
     "to 10pm. Please call 07700 900530 to arrange key collection."),
    ("special_categories", "benign", "dm",
     "voting for the choir's favourite-piece poll closes tonight! my money's on Bohemian Rhapsody"),
    ("special_categories", "benign", "email",
     "Hello, I'm secretary of the Fife Miners' Gala committee. We'd like to book your brass band to lead "
     "the parade on 8 June. Could you send availability and fee? Best, John Lister"),
    ("special_categories", "benign", "chat",
     "Does the Musicians' Union publish a rate card for accompanists? I'm setting fees for our choir's "
     "concert. || Agent: Yes, it's on their website under rates. || Cheers."),
    ("special_categories", "benign", "agent_note",
     "Rail strike on Thursday: expect late arrivals at Central studio. Teachers asked to be flexible with "
     "start times; no late-cancellation fees that day."),
    ("special_categories", "benign", "sms",
     "Is my lesson at the Union Street studio or the Union Terrace one? Can't remember which"),
    ("special_categories", "benign", "call",
     "Caller: Our EIS local association wants the hall for a retirement do. || Agent: Lovely, how many "
     "people? || Caller: About eighty, and a ceilidh band if you've one. || Agent: We do, I'll send both "
     "quotes."),
    ("special_categories", "benign", "web_form",
     "Form: Event booking | Organisation: Caledonian University Students' Union | Event: monthly jam "
     "night | Requirements: backline, PA, two mics"),
    ("special_categories", "benign", "review",
     "The Union Jack medley at Proms Night was tight, brass were superb, and the flag-waving in the "
     "finale was a hoot."),
    ("special_categories", "benign", "voicemail",
     "Hi, it's the regional office of UNISON. We're after a ceilidh band for our conference dinner on 12 "
     "October. Could someone call me back on 07700 900211?"),
    ("special_categories", "benign", "dm",
     "the big band's Strike Up the Band opener gave me goosebumps, more Gershwin please"),
    ("special_categories", "benign", "email",
     "Hello, Rainbow Voices Glasgow would like to hire the recital hall for our spring concert on 26 "
     "April. Around 60 singers and 200 audience. Could you send your hire pack? With thanks, Concert "
     "Manager"),
    ("special_categories", "benign", "chat",
     "Is the main hall free on the Pride weekend for an afterparty gig? || Agent: Which date? || Saturday "
     "21 June, it's the organising committee's booking || Agent: Free from 8pm, I'll pencil it in."),
    ("special_categories", "benign", "agent_note",
     "Wedding quartet booked for the Stewart-Patel wedding, 12 August, Ceremony 2pm, drinks until 5. "
     "Repertoire list sent to the couple."),
    ("special_categories", "benign", "sms",
     "Is I Will Survive on the disco night set? Asking for the entire alto section"),
    ("special_categories", "benign", "call",
     "Caller: Is the Duets for Two Pianos weekend only for couples? || Agent: Not at all, any pair: "
     "friends, siblings, colleagues. || Caller: Great, me and my neighbour will sign up."),
    ("special_categories", "benign", "review",
     "Queen tribute night was fab. The choir doing Somebody to Love gave me chills. Ten out of ten."),
    ("special_categories", "benign", "web_form",
     "Form: Enrolment | Name: Lesley Watt | Instrument: Bassoon | Emergency contact: Morven Ure, friend, "
     "07700 900342 | How did you hear about us: poster"),
    ("special_categories", "benign", "voicemail",
     "Hi, I'm booking a quartet for my brother's wedding in September at Crossbasket. Could someone send "
     "your wedding package? It's Iain, 07700 900455."),
    ("special_categories", "benign", "dm",
     "could I buy the sheet music for the Love Is All Around arrangement from the summer concert?"),
    ("special_categories", "benign", "email",
     "Suggestion: your enrolment form's Title field only has Mr, Mrs, Miss and Ms. Might be worth adding "
     "a 'no title' option, some forms crash on a blank. Cheers, Ollie"),
    ("special_categories", "benign", "chat",
     "Are there gender-neutral toilets in the new building? Writing up an accessibility guide for our "
     "choir. || Agent: Yes, on every floor, plus an accessible one on the ground. || Great, thank you."),
    ("special_categories", "benign", "agent_note",
     "Concert dress code updated: 'all black, any style' replaces the old 'dresses for upper voices' "
     "rule. Emailed to all choirs and ensembles."),
    ("special_categories", "benign", "call",
     "Caller: We're a Trans-Siberian Orchestra tribute band. || Agent: Great, what do you need? || "
     "Caller: A big room for eight and somewhere to put two keyboards overnight. || Agent: The main hall "
     "with storage, Thursdays."),
    ("special_categories", "benign", "review",
     "The transition from Grade 5 to Grade 6 was tough but my teacher broke it down brilliantly. "
     "Passed!"),
    ("special_categories", "benign", "sms",
     "Reminder from Linn: choir concert dress is all black, any style. Doors 7pm, warm-up 6.15"),
    ("special_categories", "benign", "email",
     "My love of music must be in my DNA, my grandad still plays the Odeon organ. Anyway, is there "
     "space in the adult organ course? Thanks, Brenda"),
    ("special_categories", "benign", "chat",
     "can the hip-hop workshop do DNA by Kendrick? || Agent: The tutor says yes, they're doing a beat "
     "breakdown of it next week. || amazing"),
    ("special_categories", "benign", "agent_note",
     "University genetics department booked the recital hall for their symposium drinks reception, 5 "
     "Sept, 6-9pm. Jazz trio requested."),
    ("special_categories", "benign", "sms",
     "Is the Perfect Pitch ear-training course still running on Monday nights? || "
     "Agent: Yes, 7 to 8.30pm, Room 2."),
    ("special_categories", "benign", "call",
     "Caller: I saw a poster for the Pitch and Genes study, is that open to anyone? || Agent: It's run by "
     "the university; the poster has their email. || Caller: Okay, I'll read up first."),
    ("special_categories", "benign", "review",
     "Ms Ahmed has a real gift for explaining theory, it's in her DNA. Modes finally make sense."),
    ("special_categories", "benign", "email",
     "Do the practice rooms need fingerprint entry? I'd rather use a key card if there's the option. Is "
     "there? Cheers, Alan"),
    ("special_categories", "benign", "chat",
     "is face login coming to the Android version of LinnPlay? || Agent: It's planned for the spring "
     "update. || ok, password it is for now"),
    ("special_categories", "benign", "agent_note",
     "Facilities: fingerprint smudges all over the Steinway's lid after the gala. Cleaned with approved "
     "polish; sign added asking performers not to lean on it."),
    ("special_categories", "benign", "sms",
     "Do you accept voice notes on WhatsApp for lesson changes, or text only?"),
    ("special_categories", "benign", "call",
     "Caller: Does the LinnPractice app record me when it listens? || Agent: No, it only analyses pitch "
     "live on your phone, nothing is stored. || Caller: Good, thanks."),
    ("special_categories", "benign", "web_form",
     "Form: App feedback | Feature request: please add fingerprint or face unlock to the LinnPractice app, "
     "typing the password every time is a pain"),
    ("special_categories", "benign", "review",
     "The new keycard entry for practice rooms is so much quicker than the old buzzer. Small thing, big "
     "difference."),
    ("special_categories", "benign", "voicemail",
     "Hi, this is the Palm House tearoom at the Botanic Gardens. We'd like to book a piano trio for "
     "Sunday afternoons in July. 07700 900693."),
    ("special_categories", "benign", "dm",
     "your Face the Music open mic is my favourite night of the month, when's the next one?"),
    ("special_categories", "benign", "sms",
     "Linn Music Academy: our privacy notice has been updated, including the section on studio entry "
     "systems. No action needed."),
    ("special_categories", "benign", "chat",
     "Do you close for Eid or Diwali, or is it only the bank holidays? || Agent: We close for public "
     "holidays only, but any student can move a lesson with a week's notice. || Good to know, thanks."),
    ("special_categories", "benign", "email",
     "Hi, the Clydeside Trades Union Council is holding its May Day rally and would like to hire your "
     "pipe band for the march. || Agent: Thanks for getting in touch. The pipe band is free on 1 May; "
     "I've attached the fee sheet and the route form."),
]


def linn_examples() -> list[dict]:
    """The linn split as labelled tickets (same shape as ``sensitive_eval.build_eval_set``'s)."""
    return stranger_examples("linn", ENTRIES, SUBJECTS)
