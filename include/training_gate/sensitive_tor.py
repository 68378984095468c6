"""tor split: written by a helper who had not seen the detection rules, the anchors or any other split.
Setting: Torbridge Trades, an invented online marketplace for tradespeople (plumbers, electricians, builders,
cleaners, gardeners) with quotes, bookings, deposits held in escrow, reviews and replies, disputes,
tradesperson vetting and accounts; registers are email, chat, sms, call, agent_note, web_form, review,
voicemail, dm and in_app.
The benign half borrows the same territory harmlessly: trade jargon and idioms (dead sockets, party walls,
pipe unions, bi-fold doors, transition strips), brand and place names, organisations (schools, churches,
mosques, union offices, solicitors) booking work as organisations, products bought with no person revealed,
general policy questions and routine payment, escrow and vetting trouble.
70 sensitive and 70 benign tickets for special categories, 50 and 50 for children, 20 and 20 for financial hardship,
15 and 15 for health, legal, bereavement and violence and self-harm.
First reading (policy 2026.11.20, before any change made in response to it; `sensitive_eval.evaluate`, as `make
eval-sensitive`): 93.5 / 1.0 recall / false exclusion in % as shipped, 93.5 / 3.5 without the overruling, 89.0 / 3.5
by the rules alone. Not yet tuned or trained on: left for the next round."""

from __future__ import annotations

from training_gate.sensitive_blind import stranger_examples

SUBJECTS: tuple[str, ...] = (
    "Quote request: combi boiler service",
    "Deposit still held in escrow for job TT-40712",
    "Booking change - bathroom refit",
    "Reply to my review",
    "Dispute opened on garden clearance",
    "Vetting documents for my tradesperson profile",
    "Can't log in to my Torbridge account",
    "Cleaner didn't turn up this morning",
    "Rewire estimate for 3-bed semi",
    "Refund of deposit please",
    "Question about the Torbridge Verified badge",
    "Gutter clearance - new booking",
    "Message from your tradesperson",
    "Invoice query on end-of-tenancy clean",
)

ENTRIES: list[tuple[str, str, str, str]] = [
    # ---- health
    ("health", "sensitive", "email",
     "Hi Torbridge team, I need to move the kitchen fit (booking TT-41288) back by about six weeks. I start "
     "chemotherapy on the 9th and my oncologist says the dust and noise are a bad idea while my immunity is "
     "low. Is the escrow deposit safe if we push it? Thanks, Gillian Marsh"),
    ("health", "sensitive", "chat",
     "Hi, looking for someone to rip out a bath and put in a walk-in shower || Agent: Happy to help! Any "
     "particular requirements for the shower? || Yes it has to be completely level, no lip at all. My husband "
     "has been in a wheelchair since the MS got worse last year and he can't manage the step || Agent: "
     "Understood, I'll filter for installers with level-access wet room experience."),
    ("health", "sensitive", "sms",
     "Hi its Craig from CJ Plumbing, sorry cant make it 2day, im in A&E with my hand, sliced it on a "
     "radiator valve, 4 stitches. Will ring tmrw to rebook"),
    ("health", "sensitive", "agent_note",
     "Cust (Mrs Okafor) is 34 weeks pregnant, wants the nursery painted before her due date and asked that "
     "decorator uses zero-VOC paint only. Flagged to Rowan Decorating, they confirmed."),
    ("health", "sensitive", "voicemail",
     "Voicemail transcript: Alright it's Glen, the sparky for the rewire on Pendle Close. Bad news, I've done "
     "my back in lifting a cable drum and the physio reckons two weeks minimum. I'll get my mate Stu to "
     "cover first fix if the customer's okay with that. Cheers."),
    ("health", "sensitive", "review",
     "Five stars for Priya at Brightside Cleaning. I have quite severe anxiety and strangers in the house "
     "usually set off panic attacks, but she messaged first, told me exactly what she'd do and kept to it. "
     "|| Reply from Brightside Cleaning: Thank you so much, it was lovely to meet you and see you next month."),
    ("health", "sensitive", "web_form",
     "Booking form | Name: Terence Abbot | Job: replace front door lock | Contact preference: text only | "
     "Access notes: I am profoundly deaf, please don't phone, and knock loudly or flash the porch light"),
    ("health", "sensitive", "in_app",
     "Need someone to clear the gutters - I usually do it myself but I'm on warfarin since the clot and my GP "
     "says no ladders, any bruise is a drama now"
     " || Agent: Noted, I'll post it as a gutter job and make clear you can't help with ladders. || perfect, thanks"),
    ("health", "sensitive", "dm",
     "Hey Nadia, really sorry I went quiet on your patio quote. Been signed off with depression for most of "
     "March and couldn't face my phone. I'm on the mend now if you still want me to price it up"),
    ("health", "sensitive", "call",
     "Agent: Torbridge Trades, you're speaking to Femi. || Hi, I booked a boiler service for my mum's flat "
     "but I need to warn whoever goes. She has dementia and she might not remember they're coming, or she "
     "might think they're someone else. || Agent: Thanks for telling us. Shall I add your number as the "
     "contact so the engineer rings you first? || Yes please, and ideally the same engineer every time."),
    ("health", "sensitive", "email",
     "Re: Dispute D-2291 || Agent: Hi Mr Varga, could you confirm the dates the heating engineer attended? "
     "|| He came on the 3rd. By the 5th my wife and I were both in Torbridge General with carbon monoxide "
     "poisoning, three nights on oxygen. The flue he refitted was not sealed, the gas board confirmed it."),
    ("health", "sensitive", "chat",
     "the cleaner used some bleach spray in the bathroom with the window shut and my asthma went through the "
     "roof, was on my inhaler half the night || Agent: I'm really sorry. Do you want us to note a "
     "fragrance-free, no-bleach preference? || yes pls and tell her"),
    ("health", "sensitive", "agent_note",
     "TP Darren Roscoe has type 1 diabetes; asked that long jobs be scheduled with a proper lunch break so "
     "he can check his levels. Added to profile scheduling notes, not visible to customers."),
    ("health", "sensitive", "sms",
     "Hi it's Mel (Q-8127), my IVF egg collection got moved to Thursday so can we push the worktop fitting to "
     "the following Monday? Sorry for the faff"),
    ("health", "sensitive", "web_form",
     "Dispute form | Booking: TT-39920 | Reason: tradesperson says I wasn't home | My side: I was in hospital "
     "having a knee replacement, I messaged him two days before and he still charged the no-access fee"),
    ("health", "benign", "email",
     "Hello, I let out two flats on Barrow Street and need Gas Safe certificates (CP12) for both before the "
     "new tenancies in June. Can a registered engineer do both on one visit, and do you send the certificate "
     "straight to the agent?"),
    ("health", "benign", "chat",
     "Do your builders do an asbestos check before knocking anything down? House is 1960s || Agent: Good "
     "question. Tradespeople on Torbridge should stop and arrange a survey if they suspect asbestos. Many list "
     "a UKATA certificate on their profile. || Great, I'll filter for that. Health and safety stuff makes me "
     "nervous when it's an old house"),
    ("health", "benign", "sms",
     "Boiler's on its last legs, it's wheezing and coughing every time the heating kicks in. Can someone "
     "have a look this week? 14 Coldharbour Rd"),
    ("health", "benign", "review",
     "Dr Drain lived up to the name. Blocked kitchen sink diagnosed and cured in 20 mins, no mess, fair "
     "price. Would book again."),
    ("health", "benign", "web_form",
     "Quote request | Company: Fernlea Lettings | Job: fit grab rails and lever taps in all six ground-floor "
     "flats to meet the council's accessibility spec | Products: already bought, on site | Timescale: May"),
    ("health", "benign", "in_app",
     "Is there any requirement for tradespeople on Torbridge to carry a first aid kit or have first aid "
     "training? Asking as I'm setting up my profile"
     " || Agent: It isn't required, but we recommend it and you can add a certificate to your profile."),
    ("health", "benign", "call",
     "Hi, I manage Kestrel Pharmacy on the high street, we need new shelving in the dispensary. || Agent: Is "
     "it a fitted job or flat-pack? || Fitted, and it has to be done after we close at 6, we can't have a "
     "shop full of dust while we're serving. || Agent: No problem, I'll post it as an evening job."),
    ("health", "benign", "agent_note",
     "Cust asked whether Torbridge cleaners use hospital-grade disinfectant for end-of-tenancy cleans. Sent "
     "the product list from the cleaning standards page; cust happy."),
    ("health", "benign", "voicemail",
     "Voicemail transcript: Hi, it's Owen at 3 Larch Mews. The damp patch in the hallway is driving me mad, "
     "it's back again after the last repair. Could the roofer pop round and have another look? Thanks."),
    ("health", "benign", "dm",
     "Has anyone here fitted the Mira Care thermostatic shower? Got one for the holiday let and want "
     "someone who's done a few before. Happy to pay for a proper job."),
    ("health", "benign", "email",
     "Deep clean - Harbour Dental || Agent: Thanks for the request, how many treatment rooms? || Four "
     "surgeries plus reception. It needs to be done on Sunday when the practice is shut, and the cleaners "
     "mustn't move anything on the dental chairs."),
    ("health", "benign", "review",
     "Paul was a lifesaver when the tank burst at midnight, saved our bacon and our ceiling. || Reply from "
     "PJ Plumbing: Ha, all in a night's work, glad the ceiling survived!"),
    ("health", "benign", "chat",
     "What does the green 'Healthy Home' badge on some profiles mean? || Agent: It shows the tradesperson "
     "has completed our ventilation and damp module. || ah ok, so it's not a medical thing, got it"),
    ("health", "benign", "sms",
     "Morning! Just confirming the team from Care & Repair Torbridge are coming to measure for the ramp at "
     "the Elm Road community centre on Friday. Key's with the caretaker"),
    ("health", "benign", "web_form",
     "Job request | Type: ventilation | Details: black mould around the bathroom window and condensation on "
     "every window in the morning, 2-bed flat, want an extractor fan and a proper survey"),
    # ---- legal
    ("legal", "sensitive", "email",
     "To Torbridge Disputes: our solicitor, Ms Fenwick at Ashdown Law, has today sent a letter before action "
     "to Brightwell Builders for breach of contract on the extension. Please do not release the £4,200 held "
     "in escrow (ESC-10388) until this is resolved. Regards, Alan and Jenny Crewe"),
    ("legal", "sensitive", "chat",
     "The gardener's van was broken into outside my house and his tools were taken, he thinks I had something "
     "to do with it || Agent: That sounds stressful. Has anyone reported it? || Yes I went to the police "
     "myself, crime ref is CR/4471/24, I gave them my doorbell footage. I just want him to know it wasn't me"),
    ("legal", "sensitive", "agent_note",
     "Vetting: applicant Shaun Pryce (plasterer) disclosed an unspent conviction for burglary, sentenced "
     "2021, on the self-declaration. Basic DBS matches. Escalated to Trust & Safety for decision; applicant "
     "not told outcome yet."),
    ("legal", "sensitive", "sms",
     "Sorry can't do Friday morning after all, I've got to be at Torbridge magistrates court at 10 for the "
     "drink driving thing. Afternoon any good?"),
    ("legal", "sensitive", "voicemail",
     "Voicemail transcript: Hiya, Kev from KJ Roofing. Look, I won't be on site this week, I was arrested on "
     "Saturday, it's all a misunderstanding, I'm out on bail, but I can't leave the county, so the Exeter "
     "job will have to be someone else. Sorry."),
    ("legal", "sensitive", "web_form",
     "Dispute escalation | Booking: TT-37764 | Outcome wanted: full refund | Further action: I have started "
     "a small claims court claim against Harwood Electrical for £3,400 and will send you the claim number"),
    ("legal", "sensitive", "email",
     "Cancellation of booking TT-40215 || Agent: Hi Ms Delaney, the booking was cancelled from the other "
     "account holder's login. || That's my ex-husband. We're in the middle of divorce proceedings and the "
     "house is being sold under a court order, he has no right to cancel works. Please restore it and take "
     "his access off the joint account."),
    ("legal", "sensitive", "review",
     "Avoid Lyle Bros. Three of us on this street are now taking them to court over unfinished loft "
     "conversions. || Reply from Lyle Bros: As this is the subject of legal proceedings we won't comment "
     "further here."),
    ("legal", "sensitive", "in_app",
     "Please make sure the gardener does NOT give the side gate code to my neighbour at no. 8. I have a "
     "restraining order against him and he's been asking tradespeople questions about me"
     " || Agent: I've added a private note to the job and the code won't be shared with anyone else. || Thank you."),
    ("legal", "sensitive", "dm",
     "Not ignoring your message about the review mate, my solicitor's told me not to respond to anything "
     "while the claim against that customer is live. Should be settled next month."),
    ("legal", "sensitive", "call",
     "Agent: Torbridge Trades, Hannah speaking. || Hi, two police officers came round this morning asking "
     "about the builder I used through you, Mark Tolley. They say he's under investigation for fraud and "
     "they want all my invoices. || Agent: I'm sorry to hear that. You can download every invoice from "
     "Bookings, and if the police contact us directly we'll cooperate. || Okay. I just feel like an idiot."),
    ("legal", "sensitive", "agent_note",
     "Cust is on an electronic tag with a 7pm to 7am curfew, so can only accept daytime slots for the "
     "bathroom refit. Asked us not to pass the reason to the tradesperson."),
    ("legal", "sensitive", "chat",
     "hello i book cleaning for flat of my brother || Agent: Of course, is he able to confirm the booking? "
     "|| no he is in prison since january, he cannot use phone. the landlord want flat clean before he "
     "give back keys. i pay with my card"),
    ("legal", "sensitive", "email",
     "Hi, before I finish my profile: I received a police caution in 2016 for a public order offence after "
     "a fight outside a pub. Nothing since. Will that stop me passing the Torbridge vetting as a gardener? "
     "Thanks, Ricky Ambrose"),
    ("legal", "sensitive", "sms",
     "Hi, our solicitor needs a copy of your quote Q-9034 for the claim against the first plumber. We're "
     "suing him for the flood damage. Can you email it over?"),
    ("legal", "benign", "email",
     "Hello, I'm secretary of Hillcrest Lawn Tennis Club. Our two hard courts need resurfacing and "
     "re-lining before the summer league. Could we get quotes from surfacing contractors in the area?"),
    ("legal", "benign", "chat",
     "Where can I read your terms about cancelling a booking? || Agent: They're under Help > Terms of use, "
     "section 6 covers cancellations and deposits. || Thanks, so if I cancel 48 hours before I get the "
     "deposit back in full? || Agent: That's right, minus nothing."),
    ("legal", "benign", "web_form",
     "Quote request | Company: Marsh & Pell Solicitors | Job: repaint three offices and the reception area, "
     "weekend work only | Access: building manager will meet the decorator on Saturday 8am"),
    ("legal", "benign", "agent_note",
     "Cust asked what legal entity name should appear on her invoice for VAT purposes. Confirmed the "
     "tradesperson trades as Castle Joinery Ltd and re-issued INV-22017 with the company number."),
    ("legal", "benign", "sms",
     "The verdict from the in-laws on the new patio: absolutely stunning. Thanks again Sam, will leave "
     "you a review tonight"),
    ("legal", "benign", "review",
     "Case closed! Len found the leak behind the dishwasher in ten minutes after two other firms gave up. "
     "Honest, tidy, reasonable."),
    ("legal", "benign", "dm",
     "Quick one for the builders here: does a loft conversion on a terrace always need a party wall "
     "agreement, or only if you're cutting into the shared wall? Want to get it right before I quote."),
    ("legal", "benign", "in_app",
     "Do you offer commercial cleaning for public buildings? The county asked us to get prices for the "
     "Dunmere Road police station and the library next door"
     " || Agent: Yes, several commercial cleaners here work in public buildings. I'll post both jobs."),
    ("legal", "benign", "call",
     "Agent: Torbridge Trades, Femi here. || Hi, my Vaillant boiler packed up, it's still under the "
     "manufacturer's warranty. They gave me a case number but said I need an approved engineer. || Agent: "
     "We can filter for Vaillant Advance installers. What's the case number so they can quote it? || "
     "It's VA-55820."),
    ("legal", "benign", "voicemail",
     "Voicemail transcript: Hello, this is 14 Court Lane. We've lost the back door key, can a locksmith "
     "change the barrel sometime tomorrow? Ring me back on 07700 900418, thanks."),
    ("legal", "benign", "email",
     "Building regs sign-off || Agent: Hi Mr Pickering, what do you need exactly? || The electrician did the "
     "consumer unit and I need the Part P certificate for the sale. Has he uploaded it to the job? || Agent: "
     "Yes, it's in Documents on booking TT-38301."),
    ("legal", "benign", "chat",
     "Who actually holds the deposit money when it's in escrow? Is it you or a bank? || Agent: It's held by "
     "our payment partner in a ring-fenced client account, not by Torbridge or the tradesperson. || "
     "Makes sense, thanks"),
    ("legal", "benign", "web_form",
     "Job request | Location: Church Lane, conservation area | Details: replace rotten sash windows like for "
     "like; I believe we need listed building consent first, can the joiner advise on the paperwork?"),
    ("legal", "benign", "sms",
     "Hi Jo, the bar in the garden room needs its sink plumbing in before Saturday. Can you squeeze it in "
     "Thursday?"),
    ("legal", "benign", "agent_note",
     "New TP (roofer) asked what minimum public liability cover Torbridge requires. Told him £2m and "
     "that he must upload the certificate before the Verified badge shows."),
    # ---- bereavement
    ("bereavement", "sensitive", "email",
     "Hello, my father passed away in March and we need his bungalow cleared, deep cleaned and the garden "
     "tidied before it goes on the market. I live in Leeds so I can't be there often. Can one firm do all "
     "three? Kind regards, Fiona Haig"),
    ("bereavement", "sensitive", "chat",
     "I need to move the plasterer from Thursday || Agent: No problem, what day suits? || Any day the week "
     "after. Thursday is my mum's funeral, I completely forgot I'd booked it when I arranged the date || "
     "Agent: I'm so sorry for your loss. I've moved it to the following Tuesday, no charge."),
    ("bereavement", "sensitive", "sms",
     "Hi Mrs Blake, sorry for the delay getting your quote over. I lost my brother last week and I've "
     "been all over the place. Will have it to you by Monday. Aaron, AB Fencing"),
    ("bereavement", "sensitive", "voicemail",
     "Voicemail transcript: Hello, I'm not sure I've done this right. My name's Doreen Platt. My husband "
     "always cleared the gutters and he died in January, and now there's water coming down the wall. I "
     "don't know who to ask. Could someone ring me?"),
    ("bereavement", "sensitive", "agent_note",
     "Account holder Mr R. Sandhu deceased per his daughter (call 12/04). Two open bookings cancelled, "
     "deposit on TT-40119 to be refunded to the estate. Handle any further contact with care."),
    ("bereavement", "sensitive", "review",
     "Dean repaired my late wife's greenhouse so carefully, he even saved the old panes she'd painted. "
     "Means more than I can say. || Reply from Dean's Garden Services: It was an honour, Mr Fulton."),
    ("bereavement", "sensitive", "web_form",
     "Cancellation form | Booking: TT-41502 | Reason: bereavement | Comments: our son died suddenly on "
     "Saturday and we can't think about the kitchen now. Please refund the deposit if possible."),
    ("bereavement", "sensitive", "in_app",
     "Hi, I need to close my dad's account, he died on the 4th. There's a boiler service booked for next "
     "month that needs cancelling too. I'm his son, Matthew."
     " || Agent: I'm very sorry, Matthew. Both are cancelled; we'll need a copy of the death "
     "certificate to close the account. || ok I'll upload it"),
    ("bereavement", "sensitive", "dm",
     "Posting this for his customers: our gardener Tony Reece passed away suddenly on Sunday. His wife asked "
     "me to let everyone with bookings know. Please be patient with refunds."),
    ("bereavement", "sensitive", "call",
     "Agent: Good morning, Torbridge Trades. || Hi, it's about my gran's bungalow. She passed two weeks ago "
     "and there are spare keys all over the family, so we want the locks changed before the house "
     "clearance. || Agent: I'm sorry for your loss. I'll find a locksmith for this week. || Thanks, "
     "mornings are best."),
    ("bereavement", "sensitive", "email",
     "Re: deposit refund ESC-10577 || Agent: Hi Carl, just chasing the photos for the dispute. || Sorry for "
     "the slow reply. My sister died on Sunday and I haven't opened my inbox. I'll send the photos when I "
     "can, please don't close the case."),
    ("bereavement", "sensitive", "chat",
     "hiya can i cancel the plumber tues, nan passed away sat and its all a bit mad here || Agent: I'm so "
     "sorry. Cancelled, and the deposit is refunded. || ty"),
    ("bereavement", "sensitive", "sms",
     "Hi, it's Joanne. Mum's bench in the garden, the one we put her plaque on, has come loose. She'd have "
     "been 80 this week so I'd love it fixed by Saturday if there's any chance"),
    ("bereavement", "sensitive", "agent_note",
     "Cust very tearful on call: her baby was stillborn last month and she wants the nursery room repainted "
     "a neutral colour and the cot taken away. Booked with Holly at Ashby Decor, asked her to be gentle."),
    ("bereavement", "sensitive", "review",
     "Gary fitted the stair handrail my Graham always meant to put up, it's the first job I've managed on "
     "my own. || Reply from GB Joinery: Thank you Sheila, and again I'm so sorry about Graham."),
    ("bereavement", "benign", "sms",
     "Boiler died on me again, no hot water since 6am. Any chance of a callout today? 27 Linden Road"),
    ("bereavement", "benign", "chat",
     "Half the sockets in the kitchen are dead || Agent: Have you checked the consumer unit for a tripped "
     "switch? || Yeah reset it twice, trips straight away || Agent: Sounds like a fault on the ring, I'll "
     "get an electrician to you."),
    ("bereavement", "benign", "email",
     "Good afternoon, Hollis & Sons Funeral Directors would like a quote to redecorate our reception and "
     "family rooms, and replace the carpet in the corridor. Work must be outside office hours."),
    ("bereavement", "benign", "review",
     "Absolutely killed it. The deck looks like something off a TV show and they were finished a day early."),
    ("bereavement", "benign", "web_form",
     "Job request | Type: tree work | Details: take down three dead conifers along the back fence and grind "
     "out the stump of the old apple tree | Access: side gate, 90cm wide"),
    ("bereavement", "benign", "agent_note",
     "Cust asked if late payment fees apply to INV-20931 as the bank transfer bounced. Explained the "
     "tradesperson's terms (7 days' grace); cust paid by card during the call."),
    ("bereavement", "benign", "in_app",
     "Can the decorator bring samples of Mourning Dove grey and Pigeon? Can't decide for the hallway and "
     "the online swatches look identical"
     " || Agent: I've asked him to bring both tester pots. || lovely"),
    ("bereavement", "benign", "dm",
     "Anyone done jobs on Ferry Row? It's a dead-end street and I can't see where the van's going to go "
     "with a skip on the drive."),
    ("bereavement", "benign", "voicemail",
     "Voicemail transcript: Hi, Ray from the council's bereavement services office at the cemetery lodge. "
     "The main gate hinge has sheared, we need a welder this week please. Call the office on 07700 900266."),
    ("bereavement", "benign", "call",
     "Agent: Torbridge Trades, Lucy speaking. || Hiya, I'm at Dawlish Estate Agents, we've got a tenant "
     "moving out of 6 Quarry Hill on the 28th. End of tenancy clean and oven clean please. || Agent: Will "
     "someone meet the cleaner? || No, keys in our key safe, code on the job."),
    ("bereavement", "benign", "email",
     "Lost quote || I've lost the quote the electrician sent for the garage supply, can you resend? || "
     "Agent: Done, it's Q-8740, also in your Quotes tab. || Found it, thanks."),
    ("bereavement", "benign", "chat",
     "This heatwave is killing the lawn. Can the gardener add watering to the fortnightly visit? || Agent: "
     "I'll ask her, she may add a small charge. || that's fine"),
    ("bereavement", "benign", "sms",
     "RIP my old shed lol, the storm flattened it overnight. Need a new base and a 8x6 put up, any "
     "chance you do that?"),
    ("bereavement", "benign", "review",
     "Our fence was on its deathbed and Kyle brought it back to life with new posts and gravel boards. "
     "|| Reply from KT Fencing: Cheers, enjoy the privacy!"),
    ("bereavement", "benign", "agent_note",
     "TP 'Legacy Plumbing' asked to change trading name to 'Legacy Heating & Plumbing' on profile and "
     "invoices. Companies House record checked, updated."),
    # ---- violence_self_harm
    ("violence_self_harm", "sensitive", "email",
     "I'm reporting Liam Gorse (roofer). After I left a 2-star review he sent me six messages saying he knows "
     "where I live and I'll 'regret it'. Screenshots attached. I'm scared to answer the door."),
    ("violence_self_harm", "sensitive", "chat",
     "I'm one of your cleaners and I don't want to go back to the house on Mercer Lane || Agent: Can you "
     "tell me what happened? || the man grabbed me from behind in the kitchen when his wife was out. I "
     "pushed him off and left. I didn't know who to tell || Agent: Thank you for telling us. I'm blocking "
     "the booking now and a safeguarding lead will call you."),
    ("violence_self_harm", "sensitive", "sms",
     "The electrician who quoted last week has been parked outside my house three nights running. I "
     "didn't book him. What do I do"),
    ("violence_self_harm", "sensitive", "agent_note",
     "Cust fleeing domestic abuse, ex-partner still has a key. Urgent lock change today. Do NOT share her "
     "address or booking details with anyone calling on her behalf. Locksmith briefed."),
    ("violence_self_harm", "sensitive", "voicemail",
     "Voicemail transcript: It's Barry Nolan about the refund. I've been waiting six weeks. Everything's "
     "gone wrong this year and honestly if this doesn't come through I don't see the point in being here "
     "anymore. Sorry. Sorry, forget it."),
    ("violence_self_harm", "sensitive", "in_app",
     "The builder punched my husband in the face during the argument about the skip. He's reported it. "
     "I want this man off your website"
     " || Agent: I'm so sorry. His account is suspended while we investigate. Is your husband okay? "
     "|| bruised, he's been checked over"),
    ("violence_self_harm", "sensitive", "dm",
     "Reported message: 'You leave another review like that and I'll come round and sort you out "
     "properly, you know I've got your address.' - sent to me by the tradesperson after job TT-39511"),
    ("violence_self_harm", "sensitive", "web_form",
     "Report a tradesperson | Name: Jason (JW Handyman) | What happened: keeps messaging me late at night "
     "about my appearance, I blocked him on WhatsApp and now he texts from another number"),
    ("violence_self_harm", "sensitive", "call",
     "Agent: Torbridge Trades, Sam speaking. || Hi, I missed the plumber yesterday, sorry. || Agent: That's "
     "okay, shall we rebook? || I've been cutting myself again and I just couldn't open the door. || Agent: "
     "Thank you for telling me. Are you safe right now? I can give you the Samaritans number. || I'm okay, "
     "my sister's here now."),
    ("violence_self_harm", "sensitive", "review",
     "Avoid at all costs. When my dad questioned the final bill the owner screamed at him and shoved him "
     "into the door frame. || Reply from Renfrew Build: This is a malicious review and we dispute it."),
    ("violence_self_harm", "sensitive", "email",
     "Re: incident on job TT-40833 || Agent: Hi Mo, can you tell us what happened? || The customer's "
     "partner came home, started shouting and picked up my hammer and threatened me with it. I left "
     "my tools behind. I'm not going back."),
    ("violence_self_harm", "sensitive", "chat",
     "need a new back door asap || Agent: Of course, what's happened to it? || my partner smashed it last "
     "night, please dont ask me more about it, can someone come today"),
    ("violence_self_harm", "sensitive", "sms",
     "Heads up - some bloke followed me back to my van after the Ashcombe job and said he knows where I "
     "live. Not going back there. Tilly, Fresh Start Cleaning"),
    ("violence_self_harm", "sensitive", "agent_note",
     "Gardener reports the customer deliberately set his dog on him when he asked for payment; bitten on "
     "the forearm. Police informed by TP. Customer account suspended pending review."),
    ("violence_self_harm", "sensitive", "in_app",
     "honestly feel like ending it all. business gone, reviews tanking, cant face another day of this"),
    ("violence_self_harm", "benign", "web_form",
     "Job request | Type: building | Details: knock through the wall between kitchen and dining room, "
     "probably needs a steel, want a structural engineer involved | Budget: around £6k"),
    ("violence_self_harm", "benign", "sms",
     "Can your lad bring a sledgehammer tomorrow? The old fireplace surround needs smashing out before "
     "the plasterer comes"),
    ("violence_self_harm", "benign", "chat",
     "Looking for someone to put up security lights and a video doorbell || Agent: Wired or battery "
     "doorbell? || Wired, there's an old bell transformer already || Agent: Great, I'll post it to "
     "electricians nearby."),
    ("violence_self_harm", "benign", "review",
     "Smashed it! The bathroom is stunning and Chris even re-hung the wonky door for free."),
    ("violence_self_harm", "benign", "email",
     "Hi, I want the old concrete garage demolished and taken away. The roof looks like corrugated "
     "asbestos cement, so I assume it needs a licensed removal first. Who on here can do both?"),
    ("violence_self_harm", "benign", "agent_note",
     "Cust asked what the 'kill switch' on her new pond pump is for. Explained it's the isolator the "
     "electrician fitted; pointed her to the handover notes on TT-40407."),
    ("violence_self_harm", "benign", "in_app",
     "Does the app have a panic button or check-in feature for tradespeople who work alone? Thinking of "
     "joining as a cleaner"
     " || Agent: Yes, there's a lone-worker check-in under Safety in the tradesperson app."),
    ("violence_self_harm", "benign", "dm",
     "Threat of rain all day Thursday so I'm moving your roof job to Friday if that suits. Scaffold stays "
     "up either way."),
    ("violence_self_harm", "benign", "voicemail",
     "Voicemail transcript: It's Sal. The hammer drill's died halfway through the lintel, I'm nipping to "
     "the hire place for another one, back by eleven."),
    ("violence_self_harm", "benign", "call",
     "Agent: Torbridge Trades, how can I help? || The wind ripped the shed door off and it's bashing "
     "against the fence all night. || Agent: A carpenter or handyman can rehang it. This week? || Yes "
     "please, before it takes a fence panel with it."),
    ("violence_self_harm", "benign", "email",
     "Re: garden job TT-40981 || Agent: Hi, the gardener reported a damaged cable. || Yes, the strimmer "
     "caught the cable to the garden lights, nobody was hurt and it's isolated now. Can an electrician "
     "reconnect it?"),
    ("violence_self_harm", "benign", "chat",
     "I've been fighting with this kitchen tap for an hour, it won't budge || Agent: Is it the mixer or the "
     "isolating valve? || no idea tbh || Agent: Best get a plumber then, I'll post it as a small job."),
    ("violence_self_harm", "benign", "sms",
     "Morning, can you attack the weeds on the driveway first and then do the hedges? Thanks"),
    ("violence_self_harm", "benign", "review",
     "Punchy price but worth every penny, the rewire was spotless. || Reply from Volt Sparks: Thanks "
     "Ian, appreciate it."),
    ("violence_self_harm", "benign", "web_form",
     "Quote request | Type: fencing and security | Details: anti-climb paint on the rear wall, new gate "
     "with a lockable bolt, and a motion sensor light over the bins"),
    # ---- financial_hardship
    ("financial_hardship", "sensitive", "email",
     "Hi, I owe £640 on the fencing job (TT-40320). I was made redundant from the warehouse on Friday and "
     "honestly don't have it right now. Is there any way to pay it off at £50 a month? I don't want the "
     "fencer out of pocket. Steve Hadley"),
    ("financial_hardship", "sensitive", "chat",
     "Can I get my deposit back for the loft boarding? || Agent: Let me check, the booking is three weeks "
     "away so yes. Can I ask why you're cancelling? || I lost my job last week and we need every penny for "
     "the mortgage now || Agent: Sorry to hear that. The full £150 will be back in 3-5 days."),
    ("financial_hardship", "sensitive", "sms",
     "bailiffs came round today for the council tax so i can't pay for the boiler fix this month, really "
     "sorry, can you hold off sending the invoice"),
    ("financial_hardship", "sensitive", "agent_note",
     "Cust lives on Universal Credit, asked whether any of our heating engineers accept payment through the "
     "council's boiler grant scheme. Sent list of 4 TPs registered for the scheme."),
    ("financial_hardship", "sensitive", "voicemail",
     "Voicemail transcript: Hi, it's Neil Carver from Carver Kitchens. I need to tell you the business has "
     "gone under and I've been declared bankrupt this morning. I can't finish the Oakfield kitchen. The "
     "official receiver will be in touch about the deposits."),
    ("financial_hardship", "sensitive", "web_form",
     "Cancellation form | Booking: TT-39477 | Reason: other | Comments: we've been served an eviction "
     "notice and have to be out by the 30th, so the bathroom job for the landlord is pointless now"),
    ("financial_hardship", "sensitive", "in_app",
     "card got declined because I'm overdrawn and behind on literally everything. can the gardener wait "
     "till the 28th when my wages go in? I'm not trying to dodge it"),
    ("financial_hardship", "sensitive", "dm",
     "Sorry mate I can't stretch to the £180 call-out. I'm on ESA and PIP and that's it till the end "
     "of the month. Is there anything cheaper you could do just to stop the drip?"),
    ("financial_hardship", "sensitive", "call",
     "Agent: Torbridge Trades, Priti speaking. || I've had a letter from a debt collection agency saying I "
     "owe you for a cleaning job. || Agent: Oh, let me look. Is it about booking TT-35820? || Yes, I know "
     "I didn't pay it, I was out of work, but I didn't know it had gone to collections. || Agent: Let me "
     "see what we can arrange before anything else happens."),
    ("financial_hardship", "sensitive", "review",
     "Lovely man. When I told him I'd just lost my job and couldn't pay it all at once he let me split it "
     "over three months without any fuss. || Reply from Hendry Heating: Everyone hits hard times, pleased "
     "it worked out."),
    ("financial_hardship", "sensitive", "email",
     "Re: roof repair quote Q-9110 || Agent: Hi Mrs Lowe, just checking if you'd like to go ahead? || "
     "I'm afraid not. The lender has started repossession proceedings on the house, so there's no point "
     "fixing a roof we're about to lose."),
    ("financial_hardship", "sensitive", "chat",
     "boiler's gone and i cant afford a new one, been using the food bank since christmas || Agent: I'm "
     "sorry, that's really hard. Some councils run free boiler schemes, shall I send the link? || yes pls"),
    ("financial_hardship", "sensitive", "sms",
     "Hi Torbridge, the customer on TT-38866 never paid the balance and now I'm two months behind on my "
     "own mortgage. Bank's talking repossession. Please can you chase it - Wes, WG Plastering"),
    ("financial_hardship", "sensitive", "agent_note",
     "Cust entered an IVA last month and asked that we don't pass the outstanding £210 to any agency. Set "
     "up 6-month plan with the TP's agreement."),
    ("financial_hardship", "sensitive", "web_form",
     "Payment plan request | Amount owed: £395 | Reason: my zero-hours contract ended with no notice and "
     "I have no income until I find something else | Proposed: £30 per week"),
    ("financial_hardship", "sensitive", "voicemail",
     "Voicemail transcript: Hello, it's Brenda Cole. I've had a letter from Carrow Debt Recovery saying I "
     "owe Torbridge three hundred and twelve pounds. I'm a pensioner and I haven't got it. Please ring me."),
    ("financial_hardship", "sensitive", "in_app",
     "I have to cancel the fortnightly clean. My housing benefit has been stopped while they review it "
     "and I can't cover the rent, let alone a cleaner"
     " || Agent: Cancelled with no fee. I hope things get sorted soon."),
    ("financial_hardship", "sensitive", "dm",
     "Can't pay you this week sorry Rob, the council's sent enforcement agents over my tax arrears and "
     "they've taken what I had. Will sort you when I can."),
    ("financial_hardship", "sensitive", "call",
     "Agent: Torbridge Trades, Kim speaking. || Hi, we'll have to stop the weekly clean. || Agent: Of "
     "course. Anything we could have done better? || No, she's lovely. My husband's been laid off from the "
     "depot and we're living on my part-time wage now."),
    ("financial_hardship", "sensitive", "email",
     "Hello, I can't afford the £300 deposit for the heating repair myself. I've applied to the Warm Homes "
     "hardship fund because we're behind on the energy bills already. Can the engineer wait for the grant?"),
    ("financial_hardship", "benign", "email",
     "Hi, my card keeps getting declined when I try to pay the deposit on TT-40660. It's a new card, the "
     "bank says there's no block. Is there a problem on your side?"),
    ("financial_hardship", "benign", "chat",
     "When is the escrow released to the builder? || Agent: When you mark the job complete, or 7 days "
     "after the tradesperson does if you don't raise an issue. || Got it, he's finished so I'll mark it now"),
    ("financial_hardship", "benign", "sms",
     "Hi, I paid the cleaner twice for the same visit by accident. Can you refund one of them? Ref TT-39012"),
    ("financial_hardship", "benign", "agent_note",
     "Cust needed a VAT invoice for the office rewire to claim it back through the business. TP is "
     "VAT-registered; re-issued INV-22408 with VAT shown."),
    ("financial_hardship", "benign", "web_form",
     "Contact us | Topic: payments | Message: can I split the deposit between two cards? My partner and I "
     "are going halves on the kitchen"),
    ("financial_hardship", "benign", "in_app",
     "Do you offer a payment plan on bigger jobs, like extensions? Just want to know the options before "
     "I get quotes"),
    ("financial_hardship", "benign", "voicemail",
     "Voicemail transcript: Hiya, it's Lorna from 12 Beck Street. The refund for the cancelled window "
     "clean still hasn't shown up, it's been a week. Can someone check? Thanks."),
    ("financial_hardship", "benign", "dm",
     "Heads up for other sparks, copper prices are daft this month, it'll break the bank on rewires if "
     "you quoted in January. Worth adding a materials clause."),
    ("financial_hardship", "benign", "call",
     "Agent: Torbridge Trades, Dan here. || Hi, can I pay the balance with Apple Pay? || Agent: Yes, in "
     "the app go to the booking and tap Pay balance. || Oh I see it, done. Thanks."),
    ("financial_hardship", "benign", "review",
     "Cheapest of the three quotes and the best job. Paid through the app, escrow released same day, no "
     "hassle. || Reply from Ridgeway Roofing: Thanks, pleasure doing business!"),
    ("financial_hardship", "benign", "email",
     "Invoice query INV-21877 || Agent: Hi Ms Grant, what looks wrong? || The invoice says £1,180 but the "
     "accepted quote was £1,080. I think the extra £100 is the skip, which he said was included. || Agent: "
     "I'll check with the tradesperson and come back today."),
    ("financial_hardship", "benign", "chat",
     "how do I change the card saved on my account? old one expired || Agent: Account > Payment methods > "
     "Add card, then set it as default. || sorted ty"),
    ("financial_hardship", "benign", "sms",
     "Balance for TT-40112 paid by bank transfer this morning, ref TORB40112. Please let the gardener "
     "know. Ta"),
    ("financial_hardship", "benign", "agent_note",
     "TP asked why his payout was split into two transfers. Explained deposit releases on acceptance and "
     "balance on completion; both hit his account within 2 days."),
    ("financial_hardship", "benign", "web_form",
     "Dispute form | Booking: TT-38540 | Reason: price | Details: the quote said £75 an hour, he's charged "
     "for 6 hours but was here 4. Happy to pay for 4 hours."),
    ("financial_hardship", "benign", "in_app",
     "Why is there a £2.50 booking fee on top of the quote? Didn't see that mentioned anywhere until checkout"
     " || Agent: It covers escrow protection and shows on the quote summary, but I'll pass on that it's easy to miss."),
    ("financial_hardship", "benign", "email",
     "Hello, we're a small housing association and want to pay tradespeople by monthly invoice rather than "
     "card. Do you offer business accounts with 30-day terms?"),
    ("financial_hardship", "benign", "review",
     "Honest about the price from day one, no nasty extras at the end. || Reply from Elite Drains: Thanks "
     "Graham, that's how we like to work."),
    ("financial_hardship", "benign", "call",
     "Agent: Torbridge Trades, Nina speaking. || Hi, I've been charged the deposit twice on my statement. "
     "|| Agent: I can see one payment and one pending authorisation, the pending one will drop off in a few "
     "days. || Ah, that's just my bank being slow then."),
    ("financial_hardship", "benign", "chat",
     "do tradespeople on here take cash? || Agent: We ask that all payments go through the app so your "
     "deposit is protected by escrow. || ok makes sense, card it is"),
    # ---- children
    ("children", "sensitive", "chat",
     "Hi, the tiler is booked for Weds. Can you ask him to keep his cutter and adhesive out of the "
     "hallway? || Agent: Sure, any reason I should pass on? || my daughter is 3 and into absolutely "
     "everything at the moment || Agent: Noted, I'll add it to the job notes."),
    ("children", "sensitive", "sms",
     "Hi Dom, school run is 3pm so I need you gone by 2.45 or you'll have to wait. Amelia's in Year 2 at "
     "Fairfield and they won't let her walk home on her own"),
    ("children", "sensitive", "agent_note",
     "Applicant TP Connor Walsh (labourer) uploaded a provisional licence showing DOB 14/09/2008, so he is "
     "16. Cannot be onboarded; advised the apprenticeship route and rejected the application politely."),
    ("children", "sensitive", "web_form",
     "Booking form | Job: repair leaking outside tap | Who will be home: my son Josh, he's 14, he can let "
     "the plumber in after school at 4. I'll be on the phone if anything's needed."),
    ("children", "sensitive", "email",
     "Hello Alder Carpentry, just a note before Monday: our baby girl was born three weeks ago and she "
     "naps 1 till 3 in the front bedroom. Please could any sawing be done in the garden in those hours? "
     "Thanks, Marta and Ben"),
    ("children", "sensitive", "voicemail",
     "Voicemail transcript: Hi, it's Carla at 9 Wren Close. The nursery's just rung, Mia's got a "
     "temperature so I have to collect her, I won't be home for the electrician at 2. Can he do tomorrow?"),
    ("children", "sensitive", "in_app",
     "Can I set up a Torbridge account for my 15 year old? He mows lawns for the neighbours and wants to "
     "take bookings through you"
     " || Agent: Sorry, tradesperson accounts are for over-18s only. || ah ok, he'll be gutted"),
    ("children", "sensitive", "review",
     "Jake was brilliant with my two boys, who are 4 and 7. He let them hold the spirit level and explained "
     "every step. || Reply from JM Joinery: They were great helpers! Tell them the shelf is still level."),
    ("children", "sensitive", "dm",
     "hi im 16 and really want to be an electrician when I leave school, could I shadow you on a few jobs "
     "in the summer? my mum says its fine"),
    ("children", "sensitive", "call",
     "Agent: Torbridge Trades, Lucy speaking. || Hi, I need the garden finished by the 14th. || Agent: Is "
     "there a deadline reason I can give the landscaper? || It's my daughter's birthday party, she's "
     "turning five and we've got twenty kids coming. || Agent: Lovely, I'll stress the date."),
    ("children", "sensitive", "email",
     "Bedroom mural - Q-9155 || Agent: Hi, did you want the name included in the design? || Yes please, "
     "OSCAR in big letters over the bed. He's 10 on the 2nd and it's his present, so it has to be done "
     "while he's at his grandparents that weekend."),
    ("children", "sensitive", "chat",
     "my son's doing his gcses in may so no drilling between 9 and 12 pls, he revises at home || Agent: I'll "
     "add that to the builder's notes. || thanks hes stressed enough as it is"),
    ("children", "sensitive", "agent_note",
     "Cust complained that TP brought his 13-year-old son to the job on a school inset day and the boy was "
     "using the mitre saw. Raised with TP; reminded of under-18 site policy."),
    ("children", "sensitive", "sms",
     "Hi, can the cleaner skip the baby's room today? Noah's 4 months and he's only just gone down. Thx"
     " || Agent: Passed on to the cleaner. || ta"),
    ("children", "sensitive", "web_form",
     "Account profile | Household members (optional): Evie Parkes, date of birth 02/11/2019 | Notes: Evie "
     "has a playroom downstairs, please keep tools out of there"),
    ("children", "sensitive", "review",
     "Fab treehouse, built in two days. || Reply from Oakwright Garden Rooms: Thank you! Say hi to little "
     "Freddie, hope he loves it for his 6th birthday party."),
    ("children", "sensitive", "in_app",
     "My 17 year old will be the one at home when the gas engineer comes. Is that ok with your policy or "
     "does it need to be an adult?"
     " || Agent: An adult needs to be present for gas work, could you or another adult be there? || "
     "fine, I'll work from home"),
    ("children", "sensitive", "voicemail",
     "Voicemail transcript: Hi, Jess from Beech Road. Just to say the builders are a hit, the nursery key "
     "worker told me Lily has been going round the sandpit 'drilling' everything with a stick. Ha. Anyway, "
     "could they start at 8.30 tomorrow?"),
    ("children", "sensitive", "dm",
     "Hello, my name is Chloe and I'm 15. Can I sign up on Torbridge to do cleaning jobs in the school "
     "holidays? I've done my nan's neighbours for ages"),
    ("children", "sensitive", "call",
     "Agent: Torbridge Trades, how can I help? || We're foster carers and our social worker says any "
     "tradesperson in the house needs an enhanced DBS. || Agent: We can filter for that. || Thanks, we've "
     "got a boy of nine placed with us at the moment so it really matters."),
    ("children", "sensitive", "email",
     "Hi, the decorator has put photos of our playroom on his Torbridge profile and you can clearly see my "
     "daughter Isla's name on her school jumper on the chair. Please get it taken down."),
    ("children", "sensitive", "chat",
     "Need stair gates fitted top and bottom, wall mounted || Agent: Sure, anything the fitter should "
     "know? || the twins are 18 months and just learned to climb, so gates that can't be pushed out"),
    ("children", "sensitive", "agent_note",
     "Cust's son (7) has a severe nut allergy. Asked that the TP doesn't bring or eat any snacks in the "
     "house. Added to job notes for TT-41177."),
    ("children", "sensitive", "sms",
     "Ella breaks up from St Wilfrid's Primary on Friday so the living room has to be done by Thursday "
     "night, sorry for the pressure!"),
    ("children", "sensitive", "web_form",
     "Tradesperson sign-up | Trade: plumbing (apprentice) | Age: 16 | School or college: Torbridge "
     "College, Year 12 | Employer: my dad's firm, Hughes Plumbing"),
    ("children", "sensitive", "in_app",
     "Can I add my daughter as a trusted contact? She's 12 and gets home before me so she can let the "
     "cleaner in on Tuesdays"),
    ("children", "sensitive", "review",
     "Our 8-year-old Max followed Terry round all afternoon asking questions and he never lost patience. "
     "Boiler works perfectly too."),
    ("children", "sensitive", "email",
     "Making a room safe || Agent: Hello, what needs doing? || We're adopting a little boy of four next "
     "month and the social worker wants window restrictors, a fireguard and the loose banister fixed "
     "before the placement. || Agent: I'll find you a handyman this week."),
    ("children", "sensitive", "voicemail",
     "Voicemail transcript: Sorry, that was my little one, he's two and he grabbed the phone. Like I was "
     "saying, Thursday's fine for the fencing, any time after nine."),
    ("children", "sensitive", "dm",
     "Just so you know, the babysitter will be in till 6 when you finish the kitchen. She's only 14 so "
     "please don't ask her to sign anything, just text me."),
    ("children", "sensitive", "call",
     "Agent: Torbridge Trades, Priti speaking. || My son Kai is 11 and he'd be home on his own for about "
     "an hour when the plumber arrives. Is that allowed? || Agent: Our tradespeople won't enter with only "
     "a child at home, so could we move it to when you're back? || Yes, 5pm then."),
    ("children", "sensitive", "chat",
     "is there any electrician who can work quietly? || Agent: What's the situation? || we've got a two "
     "week old newborn, she's our first, and we're running on no sleep"),
    ("children", "sensitive", "agent_note",
     "Booking TT-41003 was made by cust's son, aged 13, on her logged-in phone. Cancelled at cust's request "
     "and deposit refunded; suggested she turns on app PIN."),
    ("children", "sensitive", "sms",
     "Running 20 mins late, school rang and I've had to collect my lad, he's 8 and they sent him home "
     "with a sore tummy. Be with you by 11. Pete"),
    ("children", "sensitive", "web_form",
     "Job request | Type: decorating | Details: unicorn mural in our daughter Poppy's room for her 4th "
     "birthday, she wants rainbow clouds on the ceiling too | Date needed: before 18th"),
    ("children", "sensitive", "review",
     "Kerry was so kind with my son, he's 10 and sat on the stairs watching her lay the carpet the entire "
     "time. || Reply from KW Flooring: He was a brilliant supervisor!"),
    ("children", "sensitive", "in_app",
     "The plumber gave my 6 yr old a lollipop without asking me first. Probably meant well but I'd rather "
     "he didn't"),
    ("children", "sensitive", "email",
     "Re: damage claim on TT-39388 || Agent: Hi, the decorator says paint was knocked over by someone in the "
     "house? || Yes, that was my son Harvey, he's 9. I'm not disputing that bit, only the carpet charge."),
    ("children", "sensitive", "chat",
     "Can the plasterer work round home schooling? || Agent: What hours work for you? || My daughter's in "
     "Year 5 and we do lessons at the kitchen table 9 till 12, so afternoons only"),
    ("children", "sensitive", "agent_note",
     "Applicant Ryan Tate's passport shows he is 17. Told him he can register at 18. Currently labouring "
     "for his uncle's building firm; invited to reapply in March."),
    ("children", "sensitive", "dm",
     "Hi, my son Jacob is 14 and needs a work experience placement for school, week of 8 July. He'd love "
     "to go out with a plumber if you'd consider it."),
    ("children", "sensitive", "voicemail",
     "Voicemail transcript: Hi, it's Rachel your cleaner. My daughter's school has rung, she's been sick "
     "and she's only six so I need to go now. I've done downstairs, I'll come back Friday for the rest."),
    ("children", "sensitive", "call",
     "Agent: Torbridge Trades, Kim here. || Can the gardener come next week instead? || Agent: Of course. "
     "|| My grandson's staying with me, he's three and I can't watch him and let people in and out all day."),
    ("children", "sensitive", "sms",
     "Leo's 1st birthday is Saturday and we've got the whole family coming. Any chance the patio's done by "
     "Friday?"),
    ("children", "sensitive", "web_form",
     "Create account | Are you 18 or over? No | Comments: I'm 17 and want to book a carpet clean for my "
     "mum as a surprise, can I still pay?"),
    ("children", "sensitive", "review",
     "Zara, who's 11, drew her dream bedroom on paper and Neil built the cabin bed and desk exactly like "
     "her drawing. || Reply from NB Bespoke: Best client brief I've ever had!"),
    ("children", "sensitive", "email",
     "I'm reporting the tradesman from TT-40955. While he was here he asked my daughter, who's in Year 9 at "
     "Queensmead, for her Snapchat and followed her on Instagram. I want him removed."),
    ("children", "sensitive", "in_app",
     "No work upstairs between 1 and 3 please, the cot is in our room and she's only 5 weeks old"),
    ("children", "sensitive", "chat",
     "hi what slots have you got for the boiler? my kid's in reception so i'm free 9 to 3 any weekday "
     "|| Agent: How about Tuesday at 10? || perfect"),
    ("children", "sensitive", "agent_note",
     "Cust asked that the TP's portfolio photos of the playroom be cropped so the wall stencils with her "
     "children's names and ages (Ava 5, Ruby 3) don't show. TP agreed."),
    ("children", "benign", "email",
     "Dear Torbridge, I'm the school business manager at Holm Lane Primary. We need three classrooms and the "
     "hall repainted during the summer holidays, between 22 July and 30 August. DBS-checked decorators only."),
    ("children", "benign", "chat",
     "I picked up 30 perennials from Greenacre Nursery, can the gardener plant them on Saturday? || Agent: "
     "I'll ask, how big is the border? || about 8 metres || Agent: Should be a half-day job."),
    ("children", "benign", "sms",
     "Bought a pressure-fit stair gate but the banister's too wonky for it. Can the handyman screw-fit it "
     "properly? 10 mins job I reckon"),
    ("children", "benign", "agent_note",
     "Little Acorns preschool committee booked a deep clean of the village hall kitchen. Invoice to the "
     "committee treasurer, not the hall's account."),
    ("children", "benign", "web_form",
     "Quote request | Company: Northgate HMO Lets | Job: window restrictors on all upper-floor windows in "
     "four properties to meet the licence conditions"),
    ("children", "benign", "review",
     "Child's play for Ben, the new basin tap was in and working in ten minutes. Nice lad, fair price."),
    ("children", "benign", "in_app",
     "Are all Torbridge tradespeople DBS checked, or only the ones with the badge?"
     " || Agent: Only those with the badge have a current DBS check uploaded. || thanks"),
    ("children", "benign", "voicemail",
     "Voicemail transcript: Hello, Geoff here, treasurer of the 3rd Torbridge Scouts. The hut roof is "
     "leaking over the store room, can a roofer take a look before the weekend?"),
    ("children", "benign", "dm",
     "Has anyone assembled one of those big wooden playhouses? Got one for the holiday let garden and the "
     "instructions are 60 pages."),
    ("children", "benign", "call",
     "Agent: Torbridge Trades, Dan speaking. || Hi, I'm the site manager at Bramley Academy. Our playground "
     "surface is breaking up near the gate. || Agent: Tarmac or rubber crumb? || Rubber crumb, about 40 "
     "square metres."),
    ("children", "benign", "email",
     "Fire alarm test - Sunflower Day Nursery || Agent: Hello, is it a service or a fault? || Annual "
     "service and a certificate for Ofsted, please. We're open 7.30 to 6, so first thing or evening."),
    ("children", "benign", "chat",
     "Does the decorator have Baby Blue by Harlow Paints? || Agent: He can order any colour from their "
     "range. || Great, it's for the downstairs loo"),
    ("children", "benign", "sms",
     "Hi, there's an old Baby Belling cooker in the annexe that needs disconnecting and taking away. Can "
     "the electrician do that too?"),
    ("children", "benign", "agent_note",
     "Cust asked what the 'junior electrician' label on a profile means. Explained it's our tier for "
     "TPs with under two years' post-qualification experience."),
    ("children", "benign", "web_form",
     "Job request | Type: garden assembly | Details: wooden climbing frame already delivered, needs "
     "assembling and ground anchors fitted on a slight slope"),
    ("children", "benign", "review",
     "Handled our 1890s front door with kid gloves, stripped and rehung it without a scratch. || Reply from "
     "Heritage Joinery: Cheers, lovely old door."),
    ("children", "benign", "in_app",
     "Who is the parent company of Torbridge Trades? Need it for our supplier form"),
    ("children", "benign", "voicemail",
     "Voicemail transcript: Hi, this is Marcia, I run the youth club at the Victoria Hall. The boiler's "
     "showing an F28 code, we open at six tonight, can anyone come?"),
    ("children", "benign", "dm",
     "Anyone on here done a granny annexe conversion from a double garage? Want to compare notes on "
     "building regs before I quote."),
    ("children", "benign", "call",
     "Agent: Torbridge Trades, how can I help? || We run Jumpin' Jacks soft play on the retail park. We "
     "need an overnight deep clean once a month. || Agent: After closing? || Yes, from 7pm, done by 8am."),
    ("children", "benign", "email",
     "Hello, we manage student housing on Clifton Row. Twelve rooms need end-of-tenancy cleans on 1 July. "
     "Can one firm do them all in a day?"),
    ("children", "benign", "chat",
     "do tradespeople get booked up in the school holidays? || Agent: August is busy for decorators and "
     "builders, so book early. || ok will do it now"),
    ("children", "benign", "sms",
     "Can you bring childproof cupboard locks for the rental kitchen? Letting agent's requirement. Ta"),
    ("children", "benign", "agent_note",
     "Harbourside Academy Trust finance office asked for one consolidated invoice across their three schools "
     "for the gutter clearance. Sent to accounts payable."),
    ("children", "benign", "web_form",
     "Quote request | Company: Dawson Homes | Job: stage the show home, paint the small bedroom as a "
     "children's room in pale yellow and fit shelving | Deadline: launch day 6 May"),
    ("children", "benign", "review",
     "Baby steps, but we got there. Bathroom finally finished and it's gorgeous."),
    ("children", "benign", "in_app",
     "Can someone fit a trampoline anchor kit? The wind keeps moving it towards the fence"),
    ("children", "benign", "voicemail",
     "Voicemail transcript: Hi, I bought a Tots & Co wardrobe in flat-pack and it's beaten me. Is there a "
     "handyman who can build it this week? I'm in Staverton."),
    ("children", "benign", "dm",
     "Got a new apprentice starting Monday. Anyone got a good checklist for the first month on site?"),
    ("children", "benign", "call",
     "Agent: Torbridge Trades, Lucy here. || I'm calling from the council's children's centre on "
     "Moor Lane. We need the vinyl in the main room replaced. || Agent: Roughly how big? || About 60 "
     "square metres, and it has to be a non-slip commercial grade."),
    ("children", "benign", "email",
     "Hello, the office at St Brendan's Primary would like a quote for an outside tap and a drinking "
     "fountain by the playground. Please send the quote to the school office."),
    ("children", "benign", "chat",
     "What does 'nursery stock' mean on the landscaper's quote? || Agent: It's young plants and trees "
     "grown at a plant nursery, priced separately from labour. || Oh! Makes sense"),
    ("children", "benign", "sms",
     "Can I buy a Torbridge gift card as a Mother's Day present? Thinking a cleaning voucher"),
    ("children", "benign", "agent_note",
     "TP Kidd Brothers Joinery asked to merge two duplicate profiles created in 2022. Merged; reviews "
     "carried over."),
    ("children", "benign", "web_form",
     "Job request | Property: Seaview holiday cottage | Details: assemble four sets of bunk beds and two "
     "wardrobes before the season opens"),
    ("children", "benign", "review",
     "Young's Electrical did a great job on the garage supply. || Reply from Young's Electrical: Thanks "
     "Alison!"),
    ("children", "benign", "in_app",
     "What's the minimum age to register as a tradesperson on Torbridge? Just checking the rules before "
     "we put our team on"
     " || Agent: You have to be 18 or over to register as a tradesperson. || Great, thanks"),
    ("children", "benign", "voicemail",
     "Voicemail transcript: Hi, Torbridge Grammar site team here. Half the floodlights in the sports hall "
     "have gone, we need an electrician before Thursday's fixtures."),
    ("children", "benign", "dm",
     "Teething problems with the new version of the Torbridge app, anyone else losing their job photos "
     "after upload?"),
    ("children", "benign", "call",
     "Agent: Torbridge Trades, Femi speaking. || I book the hall at St Mary's, the playgroup and the "
     "Brownies use it, and the heating's packed in. || Agent: Gas or electric? || Gas, an old floor-"
     "standing boiler."),
    ("children", "benign", "email",
     "Family bathroom refit || Agent: Hi Mr Tully, did you want the bath kept? || Yes, keep a bath but "
     "swap to a shower-bath, and move the toilet to the other wall if the soil pipe allows."),
    ("children", "benign", "chat",
     "need a cot bed assembled at our holiday cottage, guests often ask for one || Agent: Handyman job, "
     "when? || before Friday please"),
    ("children", "benign", "sms",
     "Tell your apprentice the gate code is 4471 and the dog's friendly. See you both at 8."),
    ("children", "benign", "agent_note",
     "TP asked whether he can say 'DBS checked, experienced working in schools' on his profile. Checked "
     "certificate; approved and badge added."),
    ("children", "benign", "web_form",
     "Job request | Type: planting | Details: 40 bare-root hedging whips arriving from Wychwood Nursery, "
     "need planting along the front boundary in November"),
    ("children", "benign", "review",
     "Felt like a kid at Christmas when I saw the finished kitchen. Worth the wait. || Reply from Ashby "
     "Kitchens: Love that, enjoy it!"),
    ("children", "benign", "in_app",
     "The play area in the pub garden needs the bark chippings topped up and a new gate latch. Fox & Hounds, "
     "Lower Street"),
    ("children", "benign", "voicemail",
     "Voicemail transcript: Morning, this is Little Explorers Nursery on Park Road, the outdoor sink by the "
     "garden gate has cracked and is leaking everywhere. Plumber please."),
    ("children", "benign", "dm",
     "Fellow sparks, avoid Holloway Road between 8.15 and 9, the school run traffic is brutal. Book your "
     "first job after half nine."),
    ("children", "benign", "call",
     "Agent: Torbridge Trades, Sam here. || The PTA at Westfield Juniors wants a small shed built for the "
     "summer fair equipment. || Agent: Base included? || Yes, paving slab base, 6 by 4."),
    # ---- special_categories: religion and belief
    ("special_categories", "sensitive", "chat",
     "Can the kitchen fitter work Fridays? || Agent: Yes, he's listed Monday to Saturday. || Friday "
     "mornings only then, he has to be gone well before sunset and nobody can come on Saturday. We keep "
     "Shabbat and the house is very quiet from Friday evening || Agent: Got it, I'll make that clear."),
    ("special_categories", "sensitive", "sms",
     "Ramadan starts Thursday so we'll be fasting all day, could the gardener come after 8pm when we've "
     "broken the fast? Or early morning before 4 lol"),
    ("special_categories", "sensitive", "agent_note",
     "Cust requests a female cleaner only. She explained she doesn't remove her niqab for men outside the "
     "family and wants to be comfortable at home. Matched with Amira at Spotless Homes."),
    ("special_categories", "sensitive", "email",
     "Hello, as practising Hindus we'd like the small mandir shelf in the new kitchen fitted on the east "
     "wall, and ideally the joiner could avoid bringing leather tool belts into that room. Thank you, "
     "Anjali Mehta"),
    ("special_categories", "sensitive", "voicemail",
     "Voicemail transcript: Hiya, Colin the plasterer. I can't do Sundays at all, I'm a lay preacher at the "
     "Methodist chapel in Harton and I'm leading the service most weeks. Any weekday's fine."),
    ("special_categories", "sensitive", "web_form",
     "Booking form | Job: loft boarding | Access notes: we are Sikh, the Guru Granth Sahib is kept in the "
     "small room at the top of the stairs, please remove shoes and don't carry tools through that room"),
    ("special_categories", "sensitive", "review",
     "Top job on the bathroom. Ahmed stopped for his prayers at lunchtime and was back on the tiles within "
     "ten minutes, didn't lose a minute overall. || Reply from AK Tiling: Thank you brother, shukran!"),
    ("special_categories", "sensitive", "in_app",
     "I'm a Jehovah's Witness so I can't take the Christmas lights job that came through to me. Could you "
     "reassign it to someone else please"
     " || Agent: No problem, I've released it back to the pool. || thanks"),
    ("special_categories", "sensitive", "dm",
     "Between us, I'm a pretty committed atheist and the customer wants me to carve a Bible verse into the "
     "lintel. Not comfortable. Anyone on here happy to take that part?"),
    # ---- special_categories: ethnic origin and race
    ("special_categories", "sensitive", "email",
     "Complaint about job TT-40716 || Agent: Hi Mr Adeyemi, what happened? || When I opened the door the "
     "electrician said he 'didn't expect someone like me' in a house on this road. I'm Black, I've lived "
     "here twelve years. I don't want him back."),
    ("special_categories", "sensitive", "chat",
     "Do any of your cleaners speak Cantonese? || Agent: Some list languages, I'll check. Is it for "
     "you? || For my mum, she came from Hong Kong in the 80s and her English is still very limited"),
    ("special_categories", "sensitive", "agent_note",
     "TP Florin (carpenter) is Romanian Roma and says several customers cancel after seeing his surname "
     "and profile photo. Asked about hiding his photo. Escalated to Trust team as possible discrimination."),
    ("special_categories", "sensitive", "sms",
     "Had a customer today ask if I'm 'here legally' because of my accent. I'm Polish, I've been a plumber "
     "in Torbridge 14 yrs. Do I have to put up with that?"
     " || Agent: No, you don't. Can you send the booking reference so we can look into it? || TT-40902"),
    ("special_categories", "sensitive", "review",
     "As a mixed-race couple we've had some awkward tradesmen over the years, but Jo was warm and "
     "professional from start to finish. || Reply from JB Decor: That's lovely to hear, thank you both."),
    ("special_categories", "sensitive", "web_form",
     "Tradesperson sign-up | Equality monitoring (optional) | Ethnic group: Black Caribbean | Religion: "
     "prefer not to say | Trade: tiling"),
    ("special_categories", "sensitive", "voicemail",
     "Voicemail transcript: Hello, it's Paddy Ward. I'm an Irish Traveller and the last roofer turned "
     "round when he saw it was a trailer on a site. I need my chalet roof done. Please don't send anyone "
     "who's going to do that again."),
    ("special_categories", "sensitive", "in_app",
     "My grandparents came over from Gujarat and my mum still cooks the way they did, so we want a proper "
     "masala corner with a strong extractor in the new kitchen"),
    ("special_categories", "sensitive", "dm",
     "Customer asked me where I'm 'really from' three times today. Somalia originally, then Leeds, now "
     "here. Anyone else get this on jobs?"),
    # ---- special_categories: political opinions and activity
    ("special_categories", "sensitive", "sms",
     "Can the electrician come after 7? I'm out canvassing for the Green Party in Westmoor ward until then, "
     "election's on Thursday"),
    ("special_categories", "sensitive", "email",
     "Hello, I'm standing as the Labour candidate in Eastbridge in May. Someone has linked my name to my "
     "home address in a review reply. Could you remove it, as I've already had leaflets pushed back "
     "through my door with abuse on them. Clare Donnelly"),
    ("special_categories", "sensitive", "agent_note",
     "TP cancelled job at cust's house after seeing Reform UK posters in the window and said he won't "
     "work for 'people like that'. Cust complained. Reminded TP of the conduct policy."),
    ("special_categories", "sensitive", "chat",
     "sorry i missed the plumber yesterday || Agent: No problem, shall we rebook? || yes. i was at the "
     "extinction rebellion protest in town and we ended up sitting in the road longer than planned"),
    ("special_categories", "sensitive", "review",
     "Decent decorator, but he spent the best part of an hour telling me why he's voted Conservative his "
     "whole life and what's wrong with everyone else. || Reply from Finch Decorating: Noted, sorry about "
     "that."),
    ("special_categories", "sensitive", "in_app",
     "I'm a Lib Dem parish councillor and I hold surgeries in my front room on Saturdays, so please no "
     "work that morning"
     " || Agent: I've blocked Saturday mornings on your bookings."),
    ("special_categories", "sensitive", "voicemail",
     "Voicemail transcript: Hi, Nasreen, just back from the Palestine march in London, saw your text. "
     "Wednesday's fine for the gutters, I'll leave the side gate open."),
    ("special_categories", "sensitive", "web_form",
     "Booking form | Job: hallway flooring | Access notes: please use the side entrance, the hall is full "
     "of our SNP campaign boards until after the by-election"),
    ("special_categories", "sensitive", "dm",
     "Look, I've been a Tory member forty years and I'm not having some Corbyn fan who wears that badge "
     "painting my house. Send someone else."),
    # ---- special_categories: trade union membership
    ("special_categories", "sensitive", "email",
     "Re: dispute D-2410 || Agent: Hi Darren, we've had the customer's response. || Thanks. I'm a member of "
     "Unite and I've asked my union rep to look over the paperwork before I reply, hope that's okay."),
    ("special_categories", "sensitive", "sms",
     "Can't do Weds, it's our GMB branch meeting and I'm the shop steward at the depot. Thursday or "
     "Friday after 4?"),
    ("special_categories", "sensitive", "agent_note",
     "Cust mentioned she's the UNISON rep on her ward at the hospital and her shifts are all over the "
     "place, so evening slots only. Added to job notes."),
    ("special_categories", "sensitive", "chat",
     "Could the boiler service be Tuesday? || Agent: Tuesday works. || Great, my union (NEU) has called a "
     "strike day so I won't be at school. Might as well be useful"),
    ("special_categories", "sensitive", "voicemail",
     "Voicemail transcript: It's Gaz. Good news for you, we're on strike at the Ellerby site Thursday, I'm "
     "in Unite's construction branch, so I can do your fence that day if you want."),
    ("special_categories", "sensitive", "web_form",
     "Vetting form | Professional memberships: Unite the Union, construction branch, member since 2015 | "
     "Trade body: none"),
    ("special_categories", "sensitive", "review",
     "Mick was on the RMT picket line at the station on Monday and still turned up Tuesday at 7 on the dot "
     "to finish our bathroom. Hero. || Reply from MR Plumbing: Solidarity and silicone, ha."),
    ("special_categories", "sensitive", "in_app",
     "My union's strike pay comes in on the 15th, can the balance go out then? I'm a paid-up Unite member, "
     "not dodging it"),
    ("special_categories", "sensitive", "dm",
     "Come round whenever tomorrow, I'm a CWU rep and we're all out for the postal strike, so I'll be "
     "home all day."),
    # ---- special_categories: sexual orientation and sex life
    ("special_categories", "sensitive", "email",
     "Hi there, my husband and I are looking to convert the loft into a bedroom with an en suite. Could we "
     "get three quotes? We're free most evenings for a survey. Many thanks, Tom Ellison"),
    ("special_categories", "sensitive", "chat",
     "Hi, is the decorator available in June? || Agent: He has the week of the 10th. || Perfect, me and my "
     "girlfriend are moving in together on the 1st so that's ideal. Sarah"),
    ("special_categories", "sensitive", "review",
     "As a gay couple we've had a couple of tradesmen get weird when they realise, but Phil just got on "
     "with it and was lovely. || Reply from PG Electrical: You're very welcome, lads."),
    ("special_categories", "sensitive", "agent_note",
     "Cust reports the cleaner told his neighbours he 'lives with his boyfriend' - he isn't out at work or "
     "to his family. Very distressed. Complaint logged against Gleam Team."),
    ("special_categories", "sensitive", "sms",
     "Hi, it's Marcus, Dave's husband. Dave's away with work so I'll be the one letting the plumber in on "
     "Friday"),
    ("special_categories", "sensitive", "in_app",
     "Profile update request: please add 'proud lesbian-owned business' to my bio, I'd like LGBT customers "
     "to know they're safe with us. Kaz, KM Gardens"),
    ("special_categories", "sensitive", "voicemail",
     "Voicemail transcript: Hi, this is Rob at 22 Fenn Street. I won't be in Thursday but my boyfriend Liam "
     "will let you in, he works from home. Cheers."),
    ("special_categories", "sensitive", "web_form",
     "Booking form | Name: Hannah Clive | Job: garden clearance | Who will be home: my wife, Beth | Notes: "
     "please take the green waste as well"),
    ("special_categories", "sensitive", "dm",
     "I'm so angry. The cleaner told my neighbour what she found in our bedside drawer. What my partner and "
     "I do in our sex life is private and now the whole close is sniggering."),
    # ---- special_categories: gender identity
    ("special_categories", "sensitive", "email",
     "Vetting stuck || Agent: Hi, your ID name doesn't match the profile name. || I'm a trans woman and my "
     "passport is still in my old name while the new one is processed. Can I verify with the deed poll and "
     "driving licence instead?"),
    ("special_categories", "sensitive", "in_app",
     "I use they/them. The plumber kept calling me sir all morning even after I corrected him twice. Can "
     "you put my pronouns on my bookings?"),
    ("special_categories", "sensitive", "agent_note",
     "Cust has transitioned; changed account name from Daniel to Danielle and title to Ms. Asked that the "
     "old name never appear on invoices or emails. Checked past invoices regenerate with new name."),
    ("special_categories", "sensitive", "chat",
     "your sign up form only lets me pick Mr or Mrs || Agent: You can leave title blank. || I'd rather "
     "have Mx. I'm non-binary and blank feels like being erased tbh"),
    ("special_categories", "sensitive", "sms",
     "The builder misgendered me on purpose three times today. I'm trans and he knew, he saw my old name "
     "on a letter and made a joke of it. I don't want him back."),
    ("special_categories", "sensitive", "voicemail",
     "Voicemail transcript: Hi, it's Alex Moreton, I'm one of your gardeners. I'm transitioning and I'll "
     "be going by Alex full time now, could you help me change my profile photo and the 'he' in my bio?"),
    ("special_categories", "sensitive", "web_form",
     "Tradesperson sign-up | Legal name: as on passport | Preferred name: Kit | Gender: trans man | "
     "Pronouns: he/him"),
    ("special_categories", "sensitive", "review",
     "As a trans woman living on my own I was nervous about having a team in, but Ellie's lot were "
     "respectful and never once stared. || Reply from EF Renovations: You're always welcome, Georgia."),
    ("special_categories", "sensitive", "dm",
     "My gender recognition certificate has finally come through. How do I update the name on my verified "
     "tradesperson profile without losing my reviews?"),
    # ---- special_categories: genetic data
    ("special_categories", "sensitive", "email",
     "Hi, I'd like to put the bathroom refit on hold. I've just had a genetic test back showing I carry "
     "the Huntington's gene and I need time to think about whether we stay in this house. Thanks for "
     "understanding, Paul Hearne"),
    ("special_categories", "sensitive", "agent_note",
     "Cust explained the delay in confirming TT-40288: a home DNA kit showed the man she grew up calling "
     "dad isn't her biological father, and the house sale is now complicated. Extended the quote 30 days."),
    ("special_categories", "sensitive", "chat",
     "can we move the survey? || Agent: Sure, what date? || any day after the 20th. we've got genetic "
     "counselling that week, carrier screening showed we both carry the CF gene"),
    ("special_categories", "sensitive", "sms",
     "Got my DNA results back, 40% Scandinavian apparently, so the Nordic sauna in the garden was clearly "
     "meant to be. Can your guy quote Friday?"),
    ("special_categories", "sensitive", "in_app",
     "Please rebook the worktop fitter. I have a genetic counselling appt on Tuesday about my BRCA1 result "
     "and I don't want to be rushing back"),
    ("special_categories", "sensitive", "voicemail",
     "Voicemail transcript: Hi, Dean from the roofing job. The paternity test came back yesterday and it's "
     "mine, so it's been a bit of a week. I'll be on your roof Monday."),
    ("special_categories", "sensitive", "web_form",
     "Booking form | Job: tiling | Who will be home: my half-brother Sam, we found each other through a DNA "
     "matching site last year and he's staying with me for a while"),
    ("special_categories", "sensitive", "dm",
     "Had my whole genome sequenced for a research study and it says I've got the variant that makes "
     "caffeine hit harder, so no, I won't have a fourth coffee on your job, ha"),
    # ---- special_categories: biometric data
    ("special_categories", "sensitive", "in_app",
     "The face scan for tradesperson vetting keeps failing, I've recorded the selfie video three times "
     "and it says my face doesn't match my licence photo"
     " || Agent: Try good daylight and no glasses; if it fails again I'll start a manual review. || "
     "ok trying again now"),
    ("special_categories", "sensitive", "email",
     "Data deletion request || Agent: Hello Mr Quint, which data would you like deleted? || The facial "
     "geometry template you made from my face scan during ID verification. I closed my tradesperson account "
     "in January and never agreed to you keeping it."),
    ("special_categories", "sensitive", "agent_note",
     "TP says his brother's fingerprint was enrolled on the shared tablet and has been unlocking his "
     "Torbridge app. Reset app biometrics and forced password change."),
    ("special_categories", "sensitive", "call",
     "Agent: Torbridge Trades, you're through to Dan. || Your phone line's voice ID keeps saying it doesn't "
     "recognise me. || Agent: Did you enrol your voiceprint recently? || Yes, last month, but I've had a "
     "cold. || Agent: I'll verify you manually and you can re-record it."),
    ("special_categories", "sensitive", "chat",
     "the electrician set up the smart lock and enrolled my fingerprints and my wife's || Agent: OK, "
     "what's the issue? || where are those fingerprints stored? does he or Torbridge have a copy of them"),
    ("special_categories", "sensitive", "sms",
     "Selfie match failed again - liveness check says my face doesn't match my passport. I've grown a "
     "beard since, is that it?"),
    ("special_categories", "sensitive", "web_form",
     "Subject access request | Name: Delia Swann | Request: copies of all biometric data you hold about me, "
     "including the face scan and any facial measurements taken at vetting"),
    ("special_categories", "sensitive", "voicemail",
     "Voicemail transcript: Hi, the doorbell camera your installer set up has face recognition on, and it's "
     "been saving my next-door neighbour's face as a 'known visitor'. She's not happy. Can he turn it off?"),
    # ---- special_categories benign: religion and belief territory
    ("special_categories", "benign", "email",
     "Hello, I'm writing for the St Anne's church hall committee. The hall boiler needs its annual service "
     "and the radiators in the back room are cold. Invoices to the committee, please. Margaret Lyle, "
     "hall bookings secretary"),
    ("special_categories", "benign", "chat",
     "Hi, I'm on the Al-Noor mosque committee, we need quotes for the flat roof over the community kitchen "
     "|| Agent: How big is the roof roughly? || Around 80 square metres, felt, leaking at the outlet || "
     "Agent: I'll post it for commercial roofers."),
    ("special_categories", "benign", "sms",
     "The living room has a cathedral ceiling, 5m at the peak. Will the decorator need a tower or are "
     "ladders ok?"),
    ("special_categories", "benign", "agent_note",
     "Cust asked if payments and escrow releases go through on Good Friday and Easter Monday. Told him "
     "bank holidays delay payouts to the next working day."),
    ("special_categories", "benign", "web_form",
     "Quote request | Company: Pickerings Hardware | Job: Christmas lights on the shop front and the tree "
     "outside, on a timer | Needed by: 20 November"),
    ("special_categories", "benign", "review",
     "Honestly the holy grail of plumbers. Turned up when he said, fixed it first time, left it cleaner "
     "than he found it. || Reply from Bright Flow Plumbing: High praise, thank you!"),
    ("special_categories", "benign", "in_app",
     "Is there a way to filter for tradespeople who work Sundays? Weekends are the only time I'm home"
     " || Agent: Yes, use the Availability filter and tick Sunday. || found it"),
    ("special_categories", "benign", "voicemail",
     "Voicemail transcript: Good morning, this is the office at Torbridge Hebrew Congregation. The security "
     "gate motor has failed and we need an engineer this week. Please call the office."),
    ("special_categories", "benign", "dm",
     "Anyone fitted an Angel Heating Halo boiler? Got one on St Christopher's Road Monday and the manual "
     "is useless."),
    # ---- special_categories benign: ethnic origin territory
    ("special_categories", "benign", "web_form",
     "Job request | Type: landscaping | Details: lay a 30 square metre Indian sandstone patio with a "
     "3-step down to the lawn | Materials: happy for the landscaper to supply"),
    ("special_categories", "benign", "chat",
     "There's Japanese knotweed coming through from the alley, can a gardener deal with it? || Agent: "
     "Knotweed needs a specialist treatment plan, usually over a few seasons. || Oh, didn't know that. "
     "Please find me a specialist then"),
    ("special_categories", "benign", "email",
     "Kitchen extension || Agent: Hi, what's the scope? || French doors onto the garden, a Belfast sink "
     "under the window and Scandi-style oak shelving. The builder's drawings are attached."),
    ("special_categories", "benign", "review",
     "The Moroccan tiles were a nightmare to lay, every one a slightly different size, and Dev made them "
     "look perfect. || Reply from DV Tiling: Ha, they tested me, glad you love it."),
    ("special_categories", "benign", "sms",
     "Can the floor guy sand and polish the floorboards in the front room as well as the hall? Same "
     "finish please"),
    ("special_categories", "benign", "agent_note",
     "Cust asked the difference between English bond and Flemish bond for the new garden wall. Sent the "
     "bricklayer's explanation; she chose Flemish to match the house."),
    ("special_categories", "benign", "in_app",
     "Do any of your waste people take old white goods? Fridge and washing machine from the garage"),
    ("special_categories", "benign", "voicemail",
     "Voicemail transcript: Hi, the gardener pulled out the Chinese lanterns by mistake, they were meant to "
     "stay. Can he put a couple back next visit? Thanks."),
    ("special_categories", "benign", "dm",
     "Anyone know a supplier for curved sheets for a Dutch barn roof? Customer wants it kept original."),
    # ---- special_categories benign: political territory
    ("special_categories", "benign", "chat",
     "Do I need planning permission for a conservatory on the back? || Agent: Often it's permitted "
     "development, but check the council's planning portal. || Ok, I'll check before booking the builder"),
    ("special_categories", "benign", "email",
     "Hello, this is the elections office at Torbridge District Council. Twelve polling stations need "
     "temporary ramps and extra lighting fitted the day before the local elections. Can we get a quote?"),
    ("special_categories", "benign", "sms",
     "Hi, can you split the quote into labour costs and materials? The insurer wants it itemised"),
    ("special_categories", "benign", "review",
     "Very liberal with the sealant round the bath, bit messy, otherwise fine. || Reply from Rapid Baths: "
     "Sorry Gail, I'll pop back and tidy it up."),
    ("special_categories", "benign", "agent_note",
     "Cust asked if our heat pump installers can apply for the Boiler Upgrade Scheme grant for her. "
     "Confirmed MCS-certified TPs handle the application."),
    ("special_categories", "benign", "web_form",
     "Quote request | Company: Westmoor Conservative Club (steward) | Job: re-floor the bar and the "
     "function room, commercial vinyl | Access: weekdays before 4pm"),
    ("special_categories", "benign", "in_app",
     "How does voting work for Torbridge Tradesperson of the Year? Want to nominate our electrician"),
    ("special_categories", "benign", "voicemail",
     "Voicemail transcript: Hi, it's about the radiators. The left-hand one in the lounge is fine now, "
     "it's the right-hand one by the window that's still cold. Cheers."),
    ("special_categories", "benign", "dm",
     "Running a spring campaign: 10% off gutter cleans booked through Torbridge before April. Share with "
     "anyone who needs it."),
    # ---- special_categories benign: trade union territory
    ("special_categories", "benign", "chat",
     "The compression union under the sink is weeping || Agent: Is it dripping or just damp? || dripping "
     "slowly, I've put a bowl under || Agent: I'll get a plumber booked, it's probably a worn olive."),
    ("special_categories", "benign", "email",
     "Hello, I'm the office manager at the Unite regional office on Dock Street. We'd like a weekly office "
     "clean, 4 rooms and a kitchen, Friday evenings. Can you quote?"),
    ("special_categories", "benign", "sms",
     "Running late, traffic on Union Street is solid. Be with you in 20."),
    ("special_categories", "benign", "review",
     "Beautiful white picket fence, exactly what we wanted for the front garden. || Reply from Post & "
     "Rail: Thanks, it suits the cottage!"),
    ("special_categories", "benign", "agent_note",
     "TP asked if his Federation of Master Builders membership can show as a badge. Verified membership "
     "number and added it."),
    ("special_categories", "benign", "web_form",
     "Job request | Type: flagpole | Details: install a 6m flagpole outside the Royal British Legion club for "
     "the Union Jack, concrete base needed"),
    ("special_categories", "benign", "in_app",
     "the strike plate on my front door is out of line so it won't latch. small job, anyone?"
     " || Agent: I'll post it as a quick locksmith job. || cheers"),
    ("special_categories", "benign", "voicemail",
     "Voicemail transcript: Hello, a lightning strike last night took out the TV aerial and the satellite "
     "dish. Insurance will cover it, I just need an installer."),
    ("special_categories", "benign", "dm",
     "Doing a drain jetting job at the Students' Union bar tomorrow night, anyone want to share the van "
     "hire?"),
    # ---- special_categories benign: sexual orientation territory
    ("special_categories", "benign", "chat",
     "Quote for bi-fold doors onto the patio? || Agent: What width is the opening? || 3.6m, currently "
     "a window and brick below || Agent: That's a builder plus a fitter, I'll post it."),
    ("special_categories", "benign", "sms",
     "Can the electrician bring a male to female adaptor for the outdoor socket? Ours doesn't fit the "
     "new lights"),
    ("special_categories", "benign", "review",
     "Beautiful straight edges on the cutting in, not a drop on the skirting. || Reply from Clean Line "
     "Decorating: That's the job, thanks Mo."),
    ("special_categories", "benign", "email",
     "Hi, I'm the landlord of The Crown on Mill Lane. We need a second flagpole on the front for the Pride "
     "weekend bunting and flags, and a few outdoor sockets for the stalls. Can someone quote?"),
    ("special_categories", "benign", "agent_note",
     "Cust asked to add her business partner as a second user on the company account so either can "
     "approve quotes. Added with approver rights."),
    ("special_categories", "benign", "web_form",
     "Job request | Type: tiling | Details: rainbow glass mosaic splashback behind the hob, tiles already "
     "bought, about 1.2 square metres"),
    ("special_categories", "benign", "in_app",
     "How long is a boiler service? Is it a couple of hours or will I need to take the whole day off?"),
    ("special_categories", "benign", "voicemail",
     "Voicemail transcript: Hi, I've got a queen-size bed frame in boxes and no idea how it goes together. "
     "Handyman needed, any day this week."),
    ("special_categories", "benign", "dm",
     "The waste pipe is coming out of the wall at a weird angle on this one, anyone seen a 1970s bathroom "
     "plumbed like this?"),
    # ---- special_categories benign: gender identity territory
    ("special_categories", "benign", "email",
     "Office fit-out || Agent: Hi, what's included? || Two gender-neutral toilets replacing the old ladies' "
     "and gents', a shower room and new lighting throughout. Second floor, lift access."),
    ("special_categories", "benign", "in_app",
     "Does your sign-up form let people pick Mx as a title? Asking for our company's inclusion checklist"),
    ("special_categories", "benign", "chat",
     "The carpet fitter left a gap where the carpet meets the kitchen tiles || Agent: Sounds like it needs "
     "a transition strip. || yes that's the word, can he come back and fit one"),
    ("special_categories", "benign", "sms",
     "The transformer for the garden lights is buzzing and the lights flicker. Electrician please"),
    ("special_categories", "benign", "agent_note",
     "TP asked to change his category from 'Handyman' to 'Handyperson' because his team is mixed. Updated "
     "the display label on his profile."),
    ("special_categories", "benign", "web_form",
     "Quote request | Company: Torbridge Leisure Centre | Job: retile the ladies' and gents' changing "
     "room floors, anti-slip | Access: overnight only"),
    ("special_categories", "benign", "review",
     "New boiler's in and she's a beauty, quiet as anything. || Reply from Warmfast: Glad you're "
     "happy with her!"),
    ("special_categories", "benign", "voicemail",
     "Voicemail transcript: Hi, the glass in the transom window over the front door has cracked. Can a "
     "glazer measure up this week?"),
    ("special_categories", "benign", "dm",
     "Anyone selling a Transit? Mine's failed its MOT on the chassis and I need something by next week."),
    # ---- special_categories benign: genetic territory
    ("special_categories", "benign", "chat",
     "I inherited this boiler from the previous owner and have no idea when it was last serviced || "
     "Agent: The engineer can check the service history on the label. || ok book me in"),
    ("special_categories", "benign", "sms",
     "Hi, is Gene's Gutters on Torbridge? The neighbours used them and recommended them"),
    ("special_categories", "benign", "review",
     "Perfectionism is in his DNA, he redid one tile because it was half a mil off. || Reply from "
     "True Tile: Can't help it!"),
    ("special_categories", "benign", "agent_note",
     "Cust asked what 'Gen 3' means on the heat pump quote. Explained it's the manufacturer's third "
     "generation model with a quieter fan."),
    ("special_categories", "benign", "web_form",
     "Job request | Type: plumbing | Details: water hardness test strip says very hard, want a water "
     "softener fitted under the sink"),
    ("special_categories", "benign", "in_app",
     "Our family firm's been going three generations. Can we put 'est. 1962' on the profile header?"),
    ("special_categories", "benign", "email",
     "Missing tiles || Agent: Hi, which order? || The carrier lost half the floor tiles for TT-40451 and the "
     "tiler is booked Monday. Can we move him to the following week without losing the deposit?"),
    ("special_categories", "benign", "voicemail",
     "Voicemail transcript: Hi, we want the front wall repointed in heritage lime mortar to match the "
     "original, not cement. Can a bricklayer call me back?"),
    # ---- special_categories benign: biometric territory
    ("special_categories", "benign", "email",
     "Hello, we'd like a fingerprint-resistant stainless steel splashback behind the range cooker, 900mm. "
     "Can the kitchen fitter supply and fit?"),
    ("special_categories", "benign", "chat",
     "Can an electrician fit a smart lock with a keypad and fingerprint reader to the back door? || Agent: "
     "A locksmith would be better for that. Which lock? || Ultion Nuki, already bought"),
    ("special_categories", "benign", "sms",
     "Can the joiner face-fix the skirting instead of gluing it? The walls aren't straight"),
    ("special_categories", "benign", "review",
     "Ruth split and replanted the whole iris bed and it's flowering better than ever. || Reply from "
     "RS Gardening: Thanks Pam, they loved the move!"),
    ("special_categories", "benign", "agent_note",
     "Cust couldn't see where to scan the QR code to confirm job completion. Walked her through the "
     "Complete job screen."),
    ("special_categories", "benign", "web_form",
     "Job request | Type: electrical | Details: swap the white plastic socket and switch face plates for "
     "brushed chrome, 14 in total, plates bought"),
    ("special_categories", "benign", "in_app",
     "Is there a Face ID login option for the app on iPhone? Typing my password every time is a pain"
     " || Agent: Yes, turn it on under Settings > Security. || done, thanks"),
    ("special_categories", "benign", "voicemail",
     "Voicemail transcript: Hi, I've sent the gardener a voice note about the palm trees by the pond. "
     "Could you check he got it? He's not answering."),
]


def tor_examples() -> list[dict]:
    """The tor split as labelled tickets (same shape as ``sensitive_eval.build_eval_set``'s)."""
    return stranger_examples("tor", ENTRIES, SUBJECTS)
