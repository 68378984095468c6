"""swang split: written by a helper who had not seen the detection rules, the anchors or any other split.
Setting: ByteFix, an IT support and computer repair shop (laptop and phone repairs, data recovery, home visits,
virus removal, small-business support contracts, device set-up, parental controls, trade-ins and refurbished sales);
registers are email, chat, sms, call, note, form, review, voicemail and dm.
The benign half borrows the same words (dead drives, killer deals, union of partitions, Face ID, child folders)
and has organisations act as organisations, general policy questions and routine payment trouble, revealing nothing.
70 sensitive and 70 benign tickets for special categories, 50 and 50 for children, 20 and 20 for financial hardship,
15 and 15 for health, legal, bereavement and violence and self-harm.
First reading (policy 2026.11.24.7, after it was final; `sensitive_eval.evaluate`, as `make eval-sensitive`):
91.0 / 1.0 recall / false exclusion in % as shipped, 94.5 / 2.5 without the overruling,
89.5 / 2.5 by the rules alone. Waits for the next round (tuned and trained on after this reading)."""

from __future__ import annotations

from training_gate.sensitive_blind import stranger_examples

SUBJECTS: tuple[str, ...] = (
    "Cracked screen on phone, quote please",
    "Laptop won't boot after update",
    "Data recovery from external drive",
    "Booking a home visit",
    "Virus / pop-ups on the PC",
    "Support contract renewal",
    "Setting up a new tablet",
    "Parental controls on the home wifi",
    "Trade-in value for old phone",
    "Refurbished laptop order",
    "Repair status update?",
    "Invoice query",
    "Printer not connecting to network",
    "Password / account locked out",
)

ENTRIES: list[tuple[str, str, str, str]] = [
    # ---- health
    ("health", "sensitive", "chat",
     "hi, the new laptop you set up for me last week, can the text be made even bigger? || Agent: Of course, we can "
     "bump the scaling to 200% and turn on the magnifier. || thanks. my sight's been going since the macular "
     "degeneration got worse so the reading glasses dont cut it anymore"),
    ("health", "sensitive", "note",
     "Home visit for Mr Alwyn Pryce moved from Tues to the 14th - he's in Westbrook General for a knee replacement "
     "and won't be home till the weekend. Wife says leave the router box at the door if early."),
    ("health", "sensitive", "email",
     "Hello, I need the back glass and camera replaced on my phone. For your notes, it fell when I had a seizure "
     "on the bus (I'm epileptic, it happens a couple of times a month) so it may be a bit bent too. Ruth Okafor"),
    ("health", "sensitive", "sms",
     "Running late sorry!! chemo session overran, should be at the shop for the laptop pickup by 4:15. Jen || "
     "Agent: No rush Jen, we're open till 5:30 and it's on the shelf ready."),
    ("health", "sensitive", "call",
     "Agent: ByteFix data recovery, how can I help? || Caller: Hi, my phone's gone into a boot loop and there are "
     "photos on it I really need. || Agent: Any idea when it was last backed up? || Caller: Not since May. The thing "
     "is, the twelve-week scan pictures are on there and we haven't told either family yet that I'm expecting, so "
     "please don't ring my landline, my mother-in-law answers it."),
    ("health", "sensitive", "voicemail",
     "Hello, it's Gordon Beale, I'm ringing about the tablet you were going to set up. Sorry if I'm slow, I had a "
     "stroke in the spring and the words don't always come. Could someone come to the house? 07700 900412."),
    ("health", "sensitive", "form",
     "Service: Device set-up | Name: Priya Lal | Accessibility needs: I have MS and a bad tremor in my right hand, "
     "please could you set up voice typing and a bigger mouse | Preferred time: mornings"),
    ("health", "sensitive", "chat",
     "Agent: We can do drop-off at the Castle Street shop any weekday. || is there any way someone could collect "
     "it instead? || Agent: We do collections for £15 within town. || ok thats fine. i dont really leave the flat "
     "at the moment, panic attacks have been bad since jan and my therapist says not to push it yet"),
    ("health", "sensitive", "review",
     "Five stars. The technician who came out was so patient with my dad, who has Alzheimer's and kept asking the "
     "same question about the new phone. He wrote everything on a card for him. - Colin M."),
    ("health", "sensitive", "email",
     "Hi ByteFix, after you replaced my phone's battery the glucose sensor app stopped pairing. I'm type 1 and rely "
     "on the alerts overnight, so this is urgent for me. Can you look at it today? Thanks, Owen Bright"),
    ("health", "sensitive", "dm",
     "hey can u set up dictation on my macbook? broke my wrist coming off the bike on saturday and im in a cast for "
     "6 weeks, typing one handed is killing me"),
    ("health", "sensitive", "note",
     "Called Mrs Hadley re laptop collection. She asked us to email the instructions rather than explain by phone, "
     "said she's just started on sertraline and is finding it hard to take things in. Sent written steps."),
    ("health", "sensitive", "form",
     "Contact preference: TEXT ONLY please, I am profoundly deaf and can't use the phone | Device: Samsung A54 | "
     "Fault: charging port loose | Name: Marek Novak"),
    ("health", "sensitive", "email",
     "Apologies for not collecting the trade-in payment, I've been on a psychiatric ward for the last three weeks "
     "and only just got my phone back. Is the offer of £120 still valid? Regards, Dean Halloran"),
    ("health", "sensitive", "call",
     "Caller: Quick question before I buy the wireless charging stand. || Agent: Go ahead. || Caller: I had a "
     "pacemaker fitted in March and the cardiology nurse said to keep magnets away from my chest. Is that pad "
     "going to be a problem if I sleep next to it? || Agent: I'd check with your clinic, but I can send the specs."),
    ("health", "benign", "chat",
     "this printer is making me ill lol. third time this week it says paper jam with no paper in it || Agent: "
     "Sounds like the sensor flap is stuck. Can you open the rear door and send a photo? || sure one sec"),
    ("health", "benign", "email",
     "Dear ByteFix, Ashgrove Dental Practice would like a quote to re-image three reception PCs and move the "
     "appointment software onto the new server. We are closed Wednesday afternoons if that suits. Practice Manager"),
    ("health", "benign", "form",
     "Service: Refurbished sales | Question: Do any of your refurbished monitors have a flicker-free panel and a "
     "blue-light mode? Looking for something for long working days. | Name: Tom Hext"),
    ("health", "benign", "chat",
     "Agent: The scan found 41 infected files and a browser hijacker. || yikes. is the laptop going to survive? || "
     "Agent: Yes, we've quarantined everything and it's clean now. Full health check passed."),
    ("health", "benign", "email",
     "What does the £30 'laptop health check' actually include? Is it just a dust-out or do you test the battery "
     "and the drive too? Thinking of booking one for the office machine. - Sam"),
    ("health", "benign", "sms",
     "Hi its Lola, phone says battery health is 71% and it dies by lunchtime. How much for a new battery on an "
     "iPhone 12? ta || Agent: Hi Lola, £59 fitted, about an hour. || ok bringing it in at lunch"),
    ("health", "benign", "chat",
     "my step counter watch wont sync to the phone anymore since the update, the app just spins || Agent: Try "
     "removing the watch from Bluetooth and re-pairing it through the app rather than "
     "settings. || that did it, cheers"),
    ("health", "benign", "note",
     "Template for booking confirmations: 'If you need any adjustments for your visit, such as step-free access or "
     "a quieter time slot, just reply to this message and we'll arrange it.'"),
    ("health", "benign", "voicemail",
     "Hi, this is Nadia calling from Riverside Physio. The booking PC on our front desk keeps freezing when we open "
     "the diary software. Can someone come out this week? Our number is 07700 900318. Thanks."),
    ("health", "benign", "review",
     "Absolute lifesavers. My external drive started clicking and I thought four years of design work was gone. "
     "ByteFix got back 98% of it in two days. Fair price too."),
    ("health", "benign", "email",
     "Hello, we run Kestrel Pharmacy on the High Street. The label printer connected to the dispensing PC has "
     "stopped printing barcodes properly. Are you able to support that model under a business contract?"),
    ("health", "benign", "chat",
     "quick q, do your techs wear masks on home visits if asked? just want to know the general policy before I "
     "book || Agent: Yes, any technician will wear one on request, no reason needed."),
    ("health", "benign", "call",
     "Caller: My laptop screen has gone all blotchy, like it's bleeding at the corners. || Agent: That sounds like "
     "pressure damage to the panel. Did anything get closed on the keyboard? || Caller: Possibly a pen, yeah."),
    ("health", "benign", "dm",
     "Sick of this laptop fan sounding like a jet engine every time I open Chrome. Can you do a clean and repaste "
     "on a Dell XPS and what's the turnaround?"),
    ("health", "benign", "form",
     "Service: Device set-up | Device: Fitbit-style smart scale and phone | Notes: just want it connected to the "
     "home wifi, app keeps failing at the network step | Name: Gail Ferris"),
    # ---- legal
    ("legal", "sensitive", "email",
     "Hi, my laptop was stolen from my car on Saturday. I reported it and have a crime reference number "
     "(CR/55120/24) which the insurer wants alongside your repair-replacement quote. Can you do that letter? Ian"),
    ("legal", "sensitive", "chat",
     "can you export a whole whatsapp chat with the dates and times showing? || Agent: Yes, we can export it to PDF "
     "with timestamps. What's it for, so we get the format right? || my solicitor needs it for the divorce, my "
     "husband's barrister is saying I never asked him to move out"),
    ("legal", "sensitive", "note",
     "Cust (Mr Lyle Sandford) wants a written report on the water damage to his phone. He's taking the previous "
     "repair shop to the small claims court and says the report will be used as evidence. Quote £45."),
    ("legal", "sensitive", "form",
     "Job application - Bench Technician | Name: Carl Westbury | Criminal convictions (unspent): none | Spent "
     "convictions you wish to declare: theft, 2016, community order completed | Start date: two weeks' notice"),
    ("legal", "sensitive", "voicemail",
     "Yeah hi it's Kyle, I brought my phone in before. The police took it off me when I got arrested last month, "
     "they've only just given it back and I want it wiped and reset properly. Call me on 07700 900561."),
    ("legal", "sensitive", "email",
     "We are being sued by a former client who says our system leaked their records. Our lawyer has asked for the "
     "ByteFix maintenance logs for our server from January to April. Please send them to office@example.com. "
     "Marsh & Pell Lettings"),
    ("legal", "sensitive", "sms",
     "Sorry can't come into the town centre shop, my bail conditions say I can't go past the ring road til my "
     "hearing. Can you post the laptop back instead? Reece || Agent: Yes, tracked post is £8, we'll send a link."),
    ("legal", "sensitive", "call",
     "Agent: So you'd like us to check the phone for anything installed remotely? || Caller: Yes. I've got a "
     "non-molestation order against my ex as of last week and I'm sure he still has access to my iCloud somehow. "
     "|| Agent: We'll do a full security sweep and change every login with you present."),
    ("legal", "sensitive", "chat",
     "Agent: Your repair is booked for the 3rd at 10am. || ah can we do the 4th? im in magistrates court on the "
     "3rd for the speeding thing and no idea how long it'll take || Agent: No problem, moved to the 4th."),
    ("legal", "sensitive", "review",
     "Recovered the deleted emails I needed for my employment tribunal against my old boss. The hearing is next "
     "month and my solicitor says they're the strongest bit of the case. Couldn't have done it without you."),
    ("legal", "sensitive", "dm",
     "need the laptop fixed by friday pls, my barrister is emailing the bundle for my appeal and I've got to read "
     "it all before the hearing on monday. can pay extra for express"),
    ("legal", "sensitive", "note",
     "Ms Ortega asked whether we keep copies of data after repair. Explained we don't. She said her former "
     "partner's lawyers have asked for her devices in the divorce and she wanted to know what we might hold."),
    ("legal", "sensitive", "email",
     "Hello, I was interviewed under caution last week about some money missing at work. I haven't been charged, "
     "but my solicitor wants to know if you can prove when files on my laptop were last opened. Paul Greaves"),
    ("legal", "sensitive", "chat",
     "how do I get stuff off the shared macbook before I hand it over? || Agent: We can copy your user folder to a "
     "drive. || good, his lawyer sent a letter saying it has to go to him as part of the separation agreement"),
    ("legal", "sensitive", "call",
     "Caller: My brother's on a tag at the moment, he's on licence after prison, and his probation officer said "
     "he can't have a smartphone with internet. Can you set up a basic phone for him? || Agent: Yes, we have a few "
     "refurbished feature phones."),
    ("legal", "benign", "email",
     "Hi, before I book, could you point me to your terms and conditions? I'd like to read the small print about "
     "liability for data loss during a repair. Thanks, R. Ames"),
    ("legal", "benign", "email",
     "Hartley & Moss Solicitors would like to renew our support contract for 12 seats and add two new laptops for "
     "the conveyancing team. Please send the renewal invoice to accounts@example.com."),
    ("legal", "benign", "chat",
     "is it legal to unlock a phone thats locked to one network? bought it outright || Agent: Yes, if it's yours "
     "and paid off it's completely fine. We can unlock most models in 24 hours."),
    ("legal", "benign", "form",
     "Question: How long do you keep my personal details after a repair? I'd like to know your GDPR policy and who "
     "to ask for deletion. | Name: Hannah Cole"),
    ("legal", "benign", "dm",
     "Police Simulator keeps crashing on my PC right after the loading screen. Graphics card is a 3060. Is this "
     "something you can look at or is it just the game?"),
    ("legal", "benign", "note",
     "Standard wording for the collection form: 'By signing you confirm you are the owner of the device or have "
     "the owner's permission, and you accept ByteFix's repair terms.'"),
    ("legal", "benign", "chat",
     "Agent: For unlocking we need proof of ownership, like the original receipt. || will a bank statement showing "
     "the payment do? || Agent: Yes, that works fine."),
    ("legal", "benign", "voicemail",
     "Hi, Gavin here from the council licensing office. We need someone to PAT test and tidy the cabling in our "
     "upstairs meeting room before inspection. Can you ring back on 07700 900247?"),
    ("legal", "benign", "sms",
     "Hi, is the Court Lane branch open on Sunday? Need to drop off a laptop for the warranty claim. Cheers Mo || "
     "Agent: Hi Mo, Court Lane is closed Sundays, but Market Street opens 10-4."),
    ("legal", "benign", "review",
     "Brought my Xbox in because The Lincoln Lawyer kept buffering and it turned out to be the ethernet port. Quick, "
     "honest and cheap. Will be back."),
    ("legal", "benign", "email",
     "Can you copy my old DVDs of my own band's gigs onto a hard drive? I assume that's allowed if we recorded them "
     "ourselves. Around 40 discs. - Finn"),
    ("legal", "benign", "call",
     "Caller: The manufacturer rejected my warranty claim and said the water indicator's tripped. || Agent: We can "
     "do an independent inspection and a written report if you want to challenge it. || Caller: Yes please."),
    ("legal", "benign", "chat",
     "autocorrect keeps changing 'sentence' to 'sentience' which is hilarious but annoying || Agent: You can delete "
     "that learned word under Keyboard > Text Replacement. || found it, thanks"),
    ("legal", "benign", "form",
     "Service: Trade-in | Question: Do I need photo ID to trade in a phone, and what if the receipt is lost? | "
     "Device: iPhone 13 Pro | Name: Alice Brun"),
    ("legal", "benign", "note",
     "Re: Penrose Accountancy contract - their compliance officer wants a copy of our data processing agreement "
     "before renewal. Sent the standard DPA PDF and our cyber insurance certificate."),
    # ---- bereavement
    ("bereavement", "sensitive", "email",
     "Hello, my mother died in October and her phone has years of photos of the grandchildren on it. None of us "
     "know the passcode. Is there anything you can do? I have the death certificate if you need it. Alison Tate"),
    ("bereavement", "sensitive", "email",
     "Please cancel the support contract for Pryor Joinery. My husband Glyn ran the business and he passed away "
     "suddenly last month, so there's no one to use the computers now. Kind regards, Sheila Pryor"),
    ("bereavement", "sensitive", "note",
     "Mrs Amadi in re her late husband's laptop. He died in March; she needs his email for the probate paperwork. "
     "Advised she contacts the mail provider with the death certificate; we'll help with the upload."),
    ("bereavement", "sensitive", "voicemail",
     "Hi, it's Lorna Byrne, I'm so sorry I missed the nine o'clock visit yesterday. It was my brother's funeral and "
     "I completely forgot to ring. Could we rebook for next week? 07700 900733."),
    ("bereavement", "sensitive", "sms",
     "Hi ByteFix, my dad passed on Sunday so can we push the home visit on Thurs back a couple of weeks? Sorry for "
     "the short notice. Ellie || Agent: So sorry Ellie. Of course, just text us when you're ready to rebook."),
    ("bereavement", "sensitive", "chat",
     "do you help with turning a facebook account into a memorial one? || Agent: We can walk you through the "
     "request form, yes. Whose account is it? || my brother's. he died in august and people keep posting happy "
     "birthday on it and tagging him, its really hard"),
    ("bereavement", "sensitive", "form",
     "Service: Trade-in | Device: iPad Air 4 | Condition: very good | Reason for selling (optional): It was my late "
     "wife's, I can't bear to see it on the side any more | Name: Harold Finch"),
    ("bereavement", "sensitive", "review",
     "You got Grandad's voice messages back off his old phone after he passed. My nan plays them every night now. "
     "I don't know how to thank the lad who did it. Five stars isn't enough."),
    ("bereavement", "sensitive", "call",
     "Agent: And what would you like recovered? || Caller: Everything from his laptop really. My partner died "
     "suddenly in June, and the only copy of the videos from our trip is on there. || Agent: I'm very sorry. We'll "
     "treat it as priority and not wipe anything."),
    ("bereavement", "sensitive", "dm",
     "hello, my father is die last week in Gdansk and I have his laptop here in UK. I need password for the bank "
     "and the photos. Please you can open it? I pay"),
    ("bereavement", "sensitive", "note",
     "Handle gently: Mr Ruiz's grown-up son died in the spring. The son's old gaming PC is the one being collected. "
     "Don't reset it without asking, he wants the save files and the desktop kept exactly as it is."),
    ("bereavement", "sensitive", "chat",
     "hi so my nan passed away and left me her pc, its full of junk and really slow. can u clean it up but keep her "
     "recipe documents? || Agent: Sorry for your loss. Yes, we'll back up her documents first."),
    ("bereavement", "sensitive", "email",
     "Our colleague Dev Anand passed away suddenly over the weekend. We need his work laptop's project files "
     "moved to the shared drive, and his accounts closed respectfully. Fenwick Design, office manager"),
    ("bereavement", "sensitive", "voicemail",
     "Hello, I'm calling about the phone I dropped off, the one with the smashed back. It was my son-in-law's. "
     "He died in the crash on the A38 and his wife wants whatever's on it. Please ring June on 07700 900128."),
    ("bereavement", "sensitive", "chat",
     "Agent: Do you want the old accounts removed from the iMac before sale? || leave mine but please take off "
     "Mum's, she died at Christmas and I keep getting her reminders popping up || Agent: Understood, we'll remove "
     "her profile."),
    ("bereavement", "benign", "chat",
     "my laptop just died mid-essay. black screen, no lights, nothing || Agent: Did it shut down suddenly or "
     "after a warning? || just went. charger light is on though"),
    ("bereavement", "benign", "sms",
     "Car battery's fine but my phone battery is totally dead and won't take a charge on any cable. Can I drop it "
     "in before 5? Rob || Agent: Yes Rob, bring the cable too so we can rule it out."),
    ("bereavement", "benign", "email",
     "Oakfield Funeral Services needs a new reception PC and the booking system moved across from the old one. We "
     "are open 9 to 5 weekdays; please arrange with Marie on 07700 900655."),
    ("bereavement", "benign", "review",
     "Killed it, team! Phone screen replaced in forty minutes and they even put a free protector on. Highly "
     "recommend the Market Street shop."),
    ("bereavement", "benign", "chat",
     "my screen keeps typing on its own, like ghost touches. freaky || Agent: That's usually a lifted digitiser "
     "or a faulty protector. Try removing the protector first. || already off, still happening"),
    ("bereavement", "benign", "form",
     "Service: Trade-in | Device: Nokia 3310 | Condition: RIP, doesn't turn on | Notes: probably worthless but "
     "thought I'd ask before it goes in the bin lol | Name: Jas"),
    ("bereavement", "benign", "email",
     "Windows 10 is reaching end of life, I hear. What does that mean for the six PCs in our office and what would "
     "upgrading cost? Do you have a package for small firms? - Holt Surveyors"),
    ("bereavement", "benign", "chat",
     "general question - do you help people set up legacy contacts on Apple or Google accounts? just tidying up my "
     "own admin || Agent: Yes, it's part of our 30-minute account health session."),
    ("bereavement", "benign", "call",
     "Caller: There's a dead pixel right in the middle of my new monitor. || Agent: If it's one of ours it's "
     "covered under the refurb warranty. Bring it in with the receipt and we'll swap it."),
    ("bereavement", "benign", "email",
     "The backup drive is dead, won't spin up at all. Is anything recoverable, and roughly what does platter-level "
     "recovery cost? Mostly accounts spreadsheets. Thanks, Bryony"),
    ("bereavement", "benign", "dm",
     "Dead Island 2 keeps crashing to desktop every 10 mins lol. Could it be the RAM? PC was built by you lot last "
     "year"),
    ("bereavement", "benign", "note",
     "Boilerplate for delayed parts: 'We're sorry for the wait. The part has been held up with our supplier and "
     "we'll contact you as soon as it arrives.'"),
    ("bereavement", "benign", "sms",
     "SIM seems dead, no service since this morning and the network says it's not them. Can you test the phone? "
     "Priti"),
    ("bereavement", "benign", "voicemail",
     "Hi, this is Peter from the Memorial Hall committee. We need the projector and the wifi in the main hall "
     "sorted before the quiz night on the 20th. Ring me on 07700 900802, thanks."),
    ("bereavement", "benign", "chat",
     "old tablet finally gave up the ghost, any trade-in for a dead one? || Agent: We offer £5 recycling credit "
     "on non-working tablets. || better than nothing, ill bring it in"),
    # ---- violence_self_harm
    ("violence_self_harm", "sensitive", "chat",
     "can you check my phone for tracking apps? || Agent: Sure, what makes you think there's one on it? || my ex "
     "keeps turning up wherever I am, the gym, my mate's house. he's never been told where I'd be. im scared to "
     "go home tbh"),
    ("violence_self_harm", "sensitive", "email",
     "Hello, someone keeps messaging me from new numbers every day saying they know where I live and that I'll "
     "'regret it'. I've blocked over thirty. Can you set the phone up to silence unknown callers? Tariq"),
    ("violence_self_harm", "sensitive", "note",
     "Screen repair for Ms Kay Lindo. She said her partner threw the phone at the wall during an argument and "
     "asked us NOT to call the landline. Seemed frightened. Gave her the helpline card with the receipt."),
    ("violence_self_harm", "sensitive", "voicemail",
     "This is for the lad at the counter with the glasses. I know where your shop is and what time you lock up. "
     "You fob me off about my laptop again and I'll put your face through that window."),
    ("violence_self_harm", "sensitive", "chat",
     "Agent: We couldn't get anything off the drive, I'm really sorry. || that was everything. all of it. honestly "
     "im done. I've been thinking about ending it for a while and this is just the last thing || Agent: I'm "
     "really glad you told me. Are you safe right now? You can call Samaritans on 116 123, any time."),
    ("violence_self_harm", "sensitive", "call",
     "Caller: I need a new phone today, I got mugged last night. Two lads jumped me by the station, punched me "
     "and took it. || Agent: That's awful, are you okay? || Caller: Black eye, but yeah. Can you move my SIM over?"),
    ("violence_self_harm", "sensitive", "form",
     "Service: Data recovery | Urgency: High | Details: My brother Ash was beaten up outside a pub on Friday. His "
     "phone's smashed but it has the video of the men who did it on it and the police want it. | Name: Lena Roe"),
    ("violence_self_harm", "sensitive", "email",
     "Someone has made fake profiles using my photos and is sending me threats, saying they'll post my address. "
     "It's been going on for weeks and I'm not sleeping. Can you help me lock down all my accounts? Mae"),
    ("violence_self_harm", "sensitive", "sms",
     "pls dont ring when its ready, he goes through my phone. just text 'parcel ready' and I'll come in. thank u || "
     "Agent: Understood. We'll only text those words, nothing else."),
    ("violence_self_harm", "sensitive", "note",
     "During handover cust (Mr B. Ellery) mentioned he'd been cutting again and the laptop was 'the only thing "
     "keeping him busy'. Spoke with him for a bit, gave Samaritans number. Flagged to manager."),
    ("violence_self_harm", "sensitive", "chat",
     "how do I stop my location showing on snap maps? || Agent: Turn on Ghost Mode in the map settings. || thx. a "
     "bloke from work has started waiting outside my flat at night and I think thats how he knows"),
    ("violence_self_harm", "sensitive", "call",
     "Caller: Can you pull footage off our doorbell camera from Saturday night? || Agent: If it's saved to the "
     "cloud, yes. || Caller: My dad hit my mum in the hallway and she wants it for the police."),
    ("violence_self_harm", "sensitive", "review",
     "Tech was fine, but while I was queueing another customer shoved me into the display stand and punched me "
     "when I asked him to wait. Staff called the police. Bruised ribs. Two stars for the shop's handling."),
    ("violence_self_harm", "sensitive", "dm",
     "sorry i went quiet about the laptop, took an overdose last month and was in for a bit. home now, can I "
     "still collect it?"),
    ("violence_self_harm", "sensitive", "email",
     "I'd like online banking removed from my tablet. My carer has been taking money from my account and she "
     "shouted at me and grabbed my arm when I asked about it. My niece is helping me write this. Edna Platt"),
    ("violence_self_harm", "benign", "sms",
     "Smashed my screen AGAIN, dropped it in the car park. Same model as last time, Galaxy S22. Have you got the "
     "part in? Kieran"),
    ("violence_self_harm", "benign", "chat",
     "word has frozen and wont close || Agent: Press Ctrl+Shift+Esc, find Word in Task Manager and End Task. If "
     "that fails we can kill the process from the command line. || ok that worked"),
    ("violence_self_harm", "benign", "dm",
     "Call of Duty keeps crashing whenever a match loads, tried reinstalling twice. Is it worth bringing the PC "
     "in for a look?"),
    ("violence_self_harm", "benign", "email",
     "Got an email 'from our bank' asking me to confirm payroll details. Is this a phishing attack? I haven't "
     "clicked anything. Screenshot attached. - Bramley Tiles office"),
    ("violence_self_harm", "benign", "note",
     "Greyfield Print: router logs show repeated brute-force login attempts from overseas IPs. Changed admin "
     "password, disabled remote management, enabled lockout. Advised firmware update Friday."),
    ("violence_self_harm", "benign", "sms",
     "Shoot me a text when the MacBook's ready, I'll swing by after work. Cheers, Declan || Agent: Will do, it's "
     "on the bench now, should be done by 3."),
    ("violence_self_harm", "benign", "email",
     "Hello, Riverside Kickboxing Club would like a simple website and a laptop for the front desk to take "
     "class bookings. Could someone pop round to discuss? Coach Danny"),
    ("violence_self_harm", "benign", "chat",
     "the antivirus popped up saying 'threat detected' on a file called setup_old.exe. delete or keep? || Agent: "
     "Quarantine it for now and we'll check it remotely. || done"),
    ("violence_self_harm", "benign", "chat",
     "copy and paste has stopped working in every program, ctrl c does nothing || Agent: Sounds like a stuck "
     "clipboard service. Restart rdpclip or reboot. || reboot fixed it"),
    ("violence_self_harm", "benign", "voicemail",
     "Hello, it's the office at Harbour House charity. Our network keeps dropping in the afternoons and the "
     "printer's vanished off it. Could someone visit this week? 07700 900276."),
    ("violence_self_harm", "benign", "call",
     "Caller: My laptop fan is absolutely screaming. || Agent: Is it doing it all the time or under load? || "
     "Caller: All the time, even on the desktop. || Agent: Probably dust. We'll do a clean for £35."),
    ("violence_self_harm", "benign", "review",
     "Got hit with ransomware on the shop's till PC on a Friday and ByteFix had us trading again by Saturday "
     "morning. Restored from backups and locked things down. Cannot fault them."),
    ("violence_self_harm", "benign", "form",
     "Question: Can you turn on a filter for graphic content on my own YouTube account? I'd rather not see gory "
     "clips in my feed. | Device: Android | Name: Lou Sinclair"),
    ("violence_self_harm", "benign", "chat",
     "keep getting spam calls about 'an accident you had recently' which I didn't. how do I block them || Agent: "
     "Turn on Filter Spam Calls in the Phone app settings, and report the numbers. || brilliant"),
    ("violence_self_harm", "benign", "email",
     "Is the camera on the refurb Pixel the punch-hole type or a notch? Also does it come with a charger? Thinking "
     "of ordering the 128GB one. Thanks, Jo"),
    # ---- financial_hardship
    ("financial_hardship", "sensitive", "chat",
     "how much for the screen? || Agent: £89 for that model, fitted same day. || ugh. i got made redundant "
     "three weeks ago and the phone is how the job centre contacts me, is there anything cheaper"),
    ("financial_hardship", "sensitive", "email",
     "Dear ByteFix, I'm sorry the invoice for the data recovery is still unpaid. I've lost my job and I'm "
     "waiting on my first Universal Credit payment. Could I pay £20 a month? Regards, Hollie Dunmore"),
    ("financial_hardship", "sensitive", "note",
     "Mr Faris Quill rang about his unpaid repair bill (#40812). Says debt collectors are already chasing him "
     "for two other things and he can't cover ours till March. Agreed to hold account, no late fee."),
    ("financial_hardship", "sensitive", "sms",
     "Hi its Marta, we've been evicted and I need to collect the laptop before Friday, we're in a B&B after "
     "that and I don't know the address yet"),
    ("financial_hardship", "sensitive", "voicemail",
     "Hello, it's Vic Hammond from Hammond Plumbing. I need to cancel the support contract, I'm afraid. The "
     "business has gone bust and I've been declared bankrupt, the insolvency practitioner will be in touch."),
    ("financial_hardship", "sensitive", "chat",
     "do you buy laptops for cash same day? || Agent: Yes, subject to condition. What model? || hp pavilion. "
     "honestly need the money for the electric, the meter's on emergency credit and we're out of food til "
     "payday"),
    ("financial_hardship", "sensitive", "form",
     "Service: Repair | Fault: laptop hinge broken | Budget: as cheap as possible, I'm on PIP and ESA and "
     "there's nothing left at the end of the month | Name: Gerald Soames"),
    ("financial_hardship", "sensitive", "email",
     "Please stop sending reminders, I know I owe the £140. I've had a letter from a bailiff company about my "
     "council tax this week too. I will pay when I can, but not this month. Ben"),
    ("financial_hardship", "sensitive", "call",
     "Agent: The replacement board would be £230 including labour. || Caller: There's no way. I'm three months "
     "behind on the rent already and the landlord's talking about a section 21. Can you just get the files off? "
     "|| Agent: Yes, a data-only recovery is £40."),
    ("financial_hardship", "sensitive", "dm",
     "hiya, is there any way i could pay the repair in bits? lost my hours at the warehouse and living off my "
     "overdraft rn || Agent: We can split it over three months, no interest. || thank u so much"),
    ("financial_hardship", "sensitive", "note",
     "Card declined x3 for cust at Castle St. She said quietly that her benefits had been sanctioned and she "
     "had £4 in the account. Manager approved releasing the phone on a payment promise."),
    ("financial_hardship", "sensitive", "chat",
     "Agent: Your contract renewal is due on the 1st. || we won't be renewing, we've had to let half the staff "
     "go and the bank has called in the loan. not sure we'll be trading by summer"),
    ("financial_hardship", "sensitive", "email",
     "Hello, I'm in an IVA and my supervisor has said I can't take on any new credit, so I can't use the "
     "finance option for the refurbished laptop. Is there a lay-away scheme instead? Thanks, Carys Lowe"),
    ("financial_hardship", "sensitive", "review",
     "When I told them I was using the food bank and couldn't afford the repair, the manager did it at cost "
     "and let me pay next month. Proper decent people."),
    ("financial_hardship", "sensitive", "sms",
     "Cant make payment this week, wages got stopped when the agency let me go. Will pay something next "
     "Friday promise. Dom"),
    ("financial_hardship", "sensitive", "form",
     "Service: Trade-in | Device: iPhone 14 | Reason: Phone is on a contract I can't keep up with, it's gone "
     "to a debt collection agency and I need to sell it to pay them off | Name: Sasha Ibe"),
    ("financial_hardship", "sensitive", "call",
     "Caller: Can you wipe the PC so I can sell it? || Agent: Sure, a secure wipe is £15. || Caller: Fine. We're "
     "selling most stuff, we've got a repossession hearing next month and the house will probably go."),
    ("financial_hardship", "sensitive", "chat",
     "is the refurb tablet still £99? || Agent: It is, yes. || ok. my mum's on pension credit and her old one "
     "broke, she can't afford more than that and we're both skint so we're splitting it"),
    ("financial_hardship", "sensitive", "voicemail",
     "Hi, it's Nell Arkwright, about the laptop you've got. I can't pay the £60 right now. I've been out of "
     "work since the factory closed and the jobseeker's doesn't stretch. Can you hold it for a few weeks?"),
    ("financial_hardship", "sensitive", "email",
     "We've had to take out a payday loan to cover last month's rent, so the £75 callout fee will need to "
     "wait. I'm embarrassed to ask but could you invoice in two halves? Kaye Morton"),
    ("financial_hardship", "benign", "chat",
     "my card got declined paying online for the repair, it's definitely got money on it || Agent: It may be "
     "the card's 3D Secure step timing out. Try again or pay at collection. || went through second time"),
    ("financial_hardship", "benign", "email",
     "Hi, the invoice for job #40577 shows VAT twice, I think. Could you send a corrected copy to "
     "accounts@example.org? Otherwise all fine. Thanks, Pete at Lane & Co"),
    ("financial_hardship", "benign", "form",
     "Question: Do you offer payment plans on refurbished laptops over £300, and is there a credit check? | "
     "Name: Kim Abara"),
    ("financial_hardship", "benign", "sms",
     "Broke my charging port, how broke is my wallet going to be? lol. Pixel 7. Ali"),
    ("financial_hardship", "benign", "chat",
     "what would you give me for an iphone 11 with a cracked back? || Agent: Around £70 in credit or £55 cash. "
     "|| credit towards a refurb 13 then please"),
    ("financial_hardship", "benign", "note",
     "Direct debit for the Hollin Vets support contract bounced - their bank changed sort code after a merger. "
     "Emailed them the new mandate form; no issue."),
    ("financial_hardship", "benign", "email",
     "Our card expired last month so I expect the contract payment failed. New card details below, please "
     "update and re-run it. Apologies for the hassle. Grange Bakery"),
    ("financial_hardship", "benign", "call",
     "Caller: I was charged £45 but the quote said £40. || Agent: Let me check. Ah, the extra fiver is the "
     "screen protector you added. || Caller: Oh yes, forgot about that. Fair enough."),
    ("financial_hardship", "benign", "dm",
     "any student discount? or black friday deals on refurb macbooks coming up? || Agent: 10% with a valid "
     "student card, and yes, refurb MacBooks are in the November sale."),
    ("financial_hardship", "benign", "review",
     "Really good value. Got a refurbished ThinkPad for half what a new one costs and it's spotless. The "
     "trade-in credit on my old laptop took another £40 off."),
    ("financial_hardship", "benign", "chat",
     "can I pay with apple pay in the shop? || Agent: Yes, contactless, cards and cash all fine. || great"),
    ("financial_hardship", "benign", "voicemail",
     "Hi, it's Rhona from Castleton Nursery Supplies. I think we paid invoice 3381 twice. Could someone check "
     "and either refund or put it on account? 07700 900914."),
    ("financial_hardship", "benign", "email",
     "Hello, is the quote for the office network upgrade fixed or an estimate? Our budget for this quarter is "
     "set and I want to make sure we don't go over. Best, Lydia, Fern & Finch"),
    ("financial_hardship", "benign", "form",
     "Service: Data recovery | Question: If you can't recover anything, do I still pay the diagnostic fee? | "
     "Device: 2TB WD external | Name: Ravi Menon"),
    ("financial_hardship", "benign", "sms",
     "Hi, I got a 'payment failed' email but my bank shows it came out. Can you check job 41120? Thx, Cerys"),
    ("financial_hardship", "benign", "chat",
     "Agent: Your total is £129.99. || can i split it between two cards? || Agent: Yes, just tell us the "
     "amount for each at the till."),
    ("financial_hardship", "benign", "note",
     "Refund issued to Mr Ostrowski for the cancelled home visit (£30). Processed to original card, 3-5 days. "
     "Customer happy."),
    ("financial_hardship", "benign", "email",
     "Could the monthly support invoices come addressed to the finance team instead of me? Our bookkeeper "
     "prefers everything in one inbox: finance@example.com. Thanks, Owen, Tallis Architects"),
    ("financial_hardship", "benign", "call",
     "Caller: Do you price match? Another shop quoted £10 less for the same battery. || Agent: We do, if it's "
     "a genuine part. Bring the quote in. || Caller: Will do."),
    ("financial_hardship", "benign", "review",
     "Cheapest quote in town for an iPad screen and the repair's held up for a year. Free re-check when the "
     "touch got a bit laggy. Great shop."),
    # ---- children
    ("children", "sensitive", "chat",
     "hi, can you do parental controls on a new ipad? || Agent: Yes, we set up Screen Time and content filters. "
     "Who's the user? || my son Jacob, he's 9, mostly wants minecraft and youtube but I don't want him on chat"),
    ("children", "sensitive", "note",
     "Cust says her son (7) spilled blackcurrant squash into the keyboard on Sunday. Laptop dries 48h before "
     "testing. Quote given for keyboard only."),
    ("children", "sensitive", "form",
     "Service: Child account set-up | Child's name: Isla Brennan | Child's date of birth: 14/03/2016 | Device: "
     "Kindle Fire | Parent email: k.brennan@example.com"),
    ("children", "sensitive", "sms",
     "hi im 15 can i bring my phone in for a screen without my mum coming? i have the money || Agent: For a "
     "repair that's fine, just bring the phone and your passcode."),
    ("children", "sensitive", "email",
     "Hello, my daughter Niamh starts Year 7 at Hollybank Academy in September and the school says she needs a "
     "laptop that runs Teams. Could you recommend a refurb under £300? Thanks, Aoife"),
    ("children", "sensitive", "call",
     "Caller: Can you set up a camera monitor in the nursery? || Agent: The baby's room? Sure. || Caller: Yes, "
     "Theo's three weeks old and we want the feed on both our phones before my partner goes back to work."),
    ("children", "sensitive", "voicemail",
     "Hi, it's Becca Lowry. The app Maisie's nursery uses to send photos of what she's done each day won't open "
     "on my phone since the update. Could you call me back on 07700 900390? Thanks."),
    ("children", "sensitive", "dm",
     "pls dont tell my dad if he rings, I cracked the screen at school. im in year 10 and its the second time"),
    ("children", "sensitive", "review",
     "Fixed my 12-year-old's tablet the same day, just before a long drive to Cornwall. He was over the moon. "
     "Lovely staff at the Bridge Road shop."),
    ("children", "sensitive", "chat",
     "Agent: For a Switch family group you'll need a Nintendo account for each child. || ok they're twins, Ava "
     "and Zoe, both turned 6 in april || Agent: Great, I'll set their accounts as under-13 with you as parent."),
    ("children", "sensitive", "note",
     "Lad came in alone to trade in an iPhone 12, looked about 13. Asked his age - said 14. Declined under our "
     "18+ policy, asked him to come back with a parent or guardian."),
    ("children", "sensitive", "email",
     "Someone has got into my son's Roblox account and spent his birthday money. Caleb is 11 and used the same "
     "password for everything. Can you help secure his email and the console? Nina Hart"),
    ("children", "sensitive", "chat",
     "need to stop my stepdaughter being on her phone till 3am, shes 14 and falling asleep in lessons || Agent: "
     "We can put a downtime schedule on her phone and lock it with your passcode."),
    ("children", "sensitive", "form",
     "Service: Data recovery | Details: USB stick with my son's GCSE art coursework on it won't open, deadline is "
     "next Friday | Name: Della Cross"),
    ("children", "sensitive", "call",
     "Caller: I'd like a laptop for my grandson's tenth birthday. || Agent: Any particular use? || Caller: "
     "Homework mostly, he's in Year 5. Could you put the safety things on before I wrap it?"),
    ("children", "sensitive", "sms",
     "Can I pick up at 3.20 instead? I collect Amara from reception class at 3 and the school's just round the "
     "corner. Thanks, Femi"),
    ("children", "sensitive", "email",
     "The hard drive has the whole first year of Oscar's life on it, he's 14 months now and we never backed it "
     "up. Please tell me there's a chance. Vicky and Sam Pell"),
    ("children", "sensitive", "chat",
     "hello, my daughter have 8 years, I want she have tablet safe, only games for childrens and no buying || "
     "Agent: No problem, we'll set it up with a child profile and purchase approval."),
    ("children", "sensitive", "note",
     "Home visit, 12 Larch Close: Family Link set up for cust's two boys, Oli (8) and Rafe (11). Bedtime lock "
     "8pm for Oli, 9pm for Rafe. School apps whitelisted."),
    ("children", "sensitive", "voicemail",
     "Hi, it's Mrs Doyle, Connor's mum. He's in Year 4 and the school Chromebook he brought home won't charge. "
     "Can you look at it or do I have to go through the school? 07700 900566."),
    ("children", "sensitive", "dm",
     "my little bro (9) dropped my phone in the bath lmaooo. its a pixel 6a, any chance u can save it"),
    ("children", "sensitive", "form",
     "Service: Parental controls | Child's date of birth (for age settings): 02/11/2013 | Devices: PS5, Android "
     "phone | Main concerns: in-game chat with strangers | Name: Rory Pike"),
    ("children", "sensitive", "chat",
     "the wee one's school ipad wont connect to our wifi, hes in P5 at Kirkbrae Primary || Agent: It's probably "
     "locked to the school's network profile. We can add your home network if the school allows."),
    ("children", "sensitive", "email",
     "I'm a registered childminder and need photos moved off my old phone. They include the children I mind, "
     "e.g. Poppy (3) and Leo (4), so please delete everything from your systems afterwards. Jill Amos"),
    ("children", "sensitive", "call",
     "Caller: Hi, I'm sixteen, can I get my laptop fixed without a parent signing anything? || Agent: For "
     "repairs we just need you to agree the quote. || Caller: Cool, it's the hinge."),
    ("children", "sensitive", "note",
     "Cust's daughter is in Year 9 and wants Discord. Cust wants to be able to see who she's messaging. Set "
     "up Family Center and explained the privacy settings to both of them."),
    ("children", "sensitive", "sms",
     "Phone went down the loo. Toddler. Freddie is 2 and an absolute menace. Bringing it in in a bag of rice!"),
    ("children", "sensitive", "chat",
     "can you set up one of those audio cube players for my 4yo? || Agent: The Tonies box? Yes, it's just a "
     "wifi set-up. || yeah she got it from her nan and we can't get it past the flashing light"),
    ("children", "sensitive", "voicemail",
     "Hi there, calling for my nephew Kai, he's twelve, his PS5 account got banned and we think someone used "
     "his login. My sister's the account holder. Number is 07700 900449."),
    ("children", "sensitive", "form",
     "Service: Phone repair | Is the account holder under 18? Yes - aged 15 | Parent/guardian contact: "
     "Marcus Ellis, m.ellis@example.org | Fault: cracked screen"),
    ("children", "sensitive", "review",
     "My daughter's 16 and went in on her own to get her phone sorted. They talked to her like an adult, "
     "explained the options and didn't upsell. Thank you."),
    ("children", "sensitive", "dm",
     "is there a way to see what my 10 yr old is searching on youtube? he keeps clearing the history"),
    ("children", "sensitive", "note",
     "Kids' tablet for Oakley (turns 5 Saturday) set up with kid profile, case fitted, gift-wrapped. "
     "Grandma collecting Friday."),
    ("children", "sensitive", "chat",
     "Agent: What's the issue with the laptop? || sound's gone. my son's just started reception at Hillcrest "
     "Primary and they send phonics videos home that he needs to watch every night"),
    ("children", "sensitive", "email",
     "Mila's key worker at Little Acorns asked for the sleep and feeds spreadsheet I keep for her and the file "
     "is corrupted. She's 9 months. Any chance you can recover it? Thanks, Rosa"),
    ("children", "sensitive", "call",
     "Agent: How old is the user, so I can pick the right filter level? || Caller: She's seven. It's for her "
     "Year 2 reading app and nothing else."),
    ("children", "sensitive", "sms",
     "Is the laptop done? Need it for Josh's 11+ practice papers this weekend, exam is in 3 weeks. Thanks, Lou"),
    ("children", "sensitive", "chat",
     "building a gaming pc for my son's 13th, can you put age limits on steam? || Agent: Yes, Steam Family View "
     "lets you restrict games by rating. || perfect, he's not getting GTA yet"),
    ("children", "sensitive", "form",
     "Service: Device set-up | Profile to create: YouTube Kids | Child's name: Ruby | Age: 6 | Notes: only "
     "approved channels please"),
    ("children", "sensitive", "note",
     "Teen cust (14, Year 9 at Meadowfield) came in with his mum for a screen on a Galaxy A14. Mum paid and "
     "signed. Collection Weds."),
    ("children", "sensitive", "email",
     "The baby monitor app cut out at 2am and didn't alert us. Esme is six weeks old so we really need it "
     "reliable. Is it the phone or the camera? Ed Hollis"),
    ("children", "sensitive", "voicemail",
     "Hello, my daughter's phone was stolen from her bag at school today. She's only twelve. We need it blocked "
     "and her photos off the cloud. It's Sarah Quinn, 07700 900187."),
    ("children", "sensitive", "dm",
     "hey im 13 and my screen is cracked, how much is it? i have £40 from my birthday || Agent: Which phone is "
     "it? || samsung a13 || Agent: That one's £49, so maybe ask a parent to top it up."),
    ("children", "sensitive", "chat",
     "we're foster carers and have a placement arriving Monday, a boy of 10. need the family laptop locked "
     "down || Agent: We can do a visit on Saturday morning. || thats great, thank you"),
    ("children", "sensitive", "review",
     "Got my 15-year-old's laptop working again the week before his mocks. Absolute heroes. Will recommend to "
     "every parent at the school gate."),
    ("children", "sensitive", "call",
     "Caller: My granddaughter Lily needs Word on her laptop, she's in Year 6 and it's SATs revision. || Agent: "
     "Does the school give a free Office licence? || Caller: I'll ask her mum."),
    ("children", "sensitive", "note",
     "Refurb iPad sold to cust for her nephew (6). Screen Time on, date of birth set to 2018, App Store "
     "purchases need approval."),
    ("children", "sensitive", "email",
     "The videos from the twins' nursery sports day are stuck on an SD card that says it needs formatting. "
     "They're four and it was their first race. Can anything be saved? Marnie"),
    ("children", "sensitive", "chat",
     "Agent: Which account should the Xbox be linked to? || mine, but make a child one for Sol, he's 8, and "
     "turn off voice chat || Agent: Done, Sol's account is set as a child with you as organiser."),
    ("children", "sensitive", "sms",
     "Hi, it's for my daughter's birthday tomorrow, she's 11. Is the pink refurb iPad still available? Can "
     "you put a child account on it? Helen"),
    ("children", "benign", "email",
     "Hello, Fairfield Primary School office here. We'd like to order 20 refurbished Chromebooks and a charging "
     "trolley before the autumn term. Please send a quote to office@example.org."),
    ("children", "benign", "chat",
     "task manager shows loads of child processes under chrome, is that a virus? || Agent: No, Chrome runs each "
     "tab as a separate process. That's normal."),
    ("children", "benign", "dm",
     "Be gentle with my laptop, handle with kid gloves lol, it's held together with tape. Hinge repair price?"),
    ("children", "benign", "form",
     "Question: Do you stock the chunky foam 'kids' cases for the iPad 10th gen in the shop, and what colours? "
     "| Name: Ellen Marsh"),
    ("children", "benign", "chat",
     "general question, what parental control routers do you sell? not for me, just comparing for a blog post "
     "|| Agent: We stock two mesh systems with built-in filtering, happy to send specs."),
    ("children", "benign", "sms",
     "Can you put a Baby Yoda wallpaper on the refurb phone before I collect? Its a gift, they love Star Wars. "
     "Ta, Pat"),
    ("children", "benign", "voicemail",
     "Hi, it's Doug from Greenleaf Plant Nursery and Garden Centre. Our till system's lost its card reader "
     "again. Could someone come out today? 07700 900651."),
    ("children", "benign", "email",
     "The WordPress child theme on our website stopped loading its stylesheet after the last update. Can your "
     "web support look at it? - Ferris Cycles"),
    ("children", "benign", "note",
     "Harbour Cafe NAS: parent folder permissions weren't inheriting to subfolders. Reset ACLs, confirmed "
     "staff share works."),
    ("children", "benign", "chat",
     "what opening hours over the school holidays? is the shop still open saturdays || Agent: Same hours all "
     "year: 9-5:30 weekdays, 10-4 Saturdays."),
    ("children", "benign", "review",
     "I'm 71 and had never used a tablet. The young man was so patient with me and now I'm video-calling my "
     "friends in Spain. Young at heart!"),
    ("children", "benign", "email",
     "We're having some teething problems with the new booking system you installed. The calendar double-books "
     "the Tuesday slots. Could you take a look? Waverley Physio reception"),
    ("children", "benign", "voicemail",
     "Hello, this is Anne, the secretary of the 4th Elmbridge Scout Group. We'd like the wifi in our hut "
     "extended to the kit store. Please ring me on 07700 900370."),
    ("children", "benign", "form",
     "Question: What's the minimum age to sell a phone to you? Asking about the policy before I recommend you to "
     "a community group | Name: Bilal Ward"),
    ("children", "benign", "note",
     "Price list update: parental controls set-up £25 for up to four devices, £5 per extra device. Includes "
     "router filtering and a printed guide."),
    ("children", "benign", "chat",
     "does the refurb sale have any Fire Kids Edition tablets? || Agent: Not currently, but we have standard "
     "Fire HD 8s at £45. || ok I'll keep an eye out"),
    ("children", "benign", "chat",
     "baby steps, I've managed to turn the laptop on and log in! next is the email || Agent: Brilliant. Click "
     "the envelope icon at the bottom and we'll go from there."),
    ("children", "benign", "sms",
     "Born in 2009 this MacBook lol still going, is it worth a new battery or time to trade in? Rhys || Agent: "
     "Honestly, trade in. It can't run a current macOS."),
    ("children", "benign", "dm",
     "Lego Star Wars Skywalker Saga keeps freezing on the loading screen on my PC. Any ideas before I bring it in?"),
    ("children", "benign", "email",
     "We'd like to run a Minecraft server for our office team-building day. Can you set one up on the spare "
     "PC and open it to our network only? Ash at Northline Logistics"),
    ("children", "benign", "email",
     "Dear ByteFix, the ICT support contract for St Anselm's Primary is due for renewal in July. The head "
     "would like to add the new library PCs. Please send an updated quote. School Business Manager"),
    ("children", "benign", "call",
     "Caller: Hi, it's the IT office at Westgate College. We need six projector bulbs for the lecture theatres. "
     "|| Agent: What model? || Caller: Epson EB-X41, I'll email the order."),
    ("children", "benign", "form",
     "Question: Does your website check ages for the online shop? A friend asked and I wasn't sure | Name: "
     "Tomasz Biel"),
    ("children", "benign", "chat",
     "the washing machine app has a 'child lock' toggle that's greyed out, any idea? || Agent: It only unlocks "
     "when the machine is idle. Stop the cycle and try again. || ahh ok"),
    ("children", "benign", "email",
     "Ravensworth Youth FC committee would like help moving our club website to a new host and setting up "
     "club email addresses for the committee. Treasurer: Gail, committee@example.org"),
    ("children", "benign", "call",
     "Caller: Our library has four PCs in the kids' corner and they all need the new catalogue software. || "
     "Agent: Is that the Borrowbox update? || Caller: Yes. Ashby Library, we open at nine."),
    ("children", "benign", "chat",
     "how do I get rid of the Kids profile on netflix? it came with the account and nobody uses it || Agent: "
     "Manage Profiles, pick it, then Delete Profile at the bottom. || gone, ta"),
    ("children", "benign", "email",
     "Do you sell gift vouchers for Father's Day? Thinking £50 towards a repair or accessory. Can they be "
     "emailed? Thanks, Kasia"),
    ("children", "benign", "form",
     "Question: Do your technicians have enhanced DBS checks? We'd need that on file for a support contract at "
     "our school | Organisation: Brookvale Infant School | Contact: school office"),
    ("children", "benign", "chat",
     "Agent: Your old drive was set as primary and the new SSD as secondary. I've swapped them. || so it boots "
     "off the fast one now? || Agent: Exactly, about 12 seconds to desktop."),
    ("children", "benign", "review",
     "Explained everything in kindergarten-level language, which is exactly what I needed as a total "
     "technophobe. New router works perfectly."),
    ("children", "benign", "dm",
     "my inner child is screaming for the glitter case on the refurb iPhone, is it still in stock or just the "
     "black one?"),
    ("children", "benign", "sms",
     "Toy drone won't pair with my phone since the iOS update. Tried resetting both. Can you take a look? Gus || "
     "Agent: Check the drone app has Local Network permission in Settings first."),
    ("children", "benign", "email",
     "Hi, Juniper Toys here. The EPOS in our second shop doesn't sync stock with the first. Is this something "
     "you cover under the business support contract? Manager, Cleo"),
    ("children", "benign", "note",
     "Hound Hotel dog daycare: webcam feed for owners kept dropping. Moved camera to 5GHz band and "
     "replaced the PoE injector. Working."),
    ("children", "benign", "chat",
     "should I get the little chromebook or the big one? mainly for emails and recipes || Agent: The 14-inch "
     "is nicer on the eyes for the same money. || 14 it is"),
    ("children", "benign", "email",
     "When does your back-to-school sale on refurbished laptops start this year? I saw a poster in the window "
     "but no dates. - Colm"),
    ("children", "benign", "voicemail",
     "Hi, it's Grace at Ridgeway Sixth Form College. We need the AV in the hall checked before our open evening "
     "on the 12th. Can you call 07700 900534?"),
    ("children", "benign", "call",
     "Caller: OneDrive says I've got orphaned files taking up space. || Agent: That's usually leftovers from a "
     "sync conflict. We can clean them up remotely. || Caller: Go on then."),
    ("children", "benign", "chat",
     "the laptop's a birthday present for my partner's 40th, can you put a bow on it lol || Agent: We can "
     "gift-wrap it for free. || perfect"),
    ("children", "benign", "note",
     "Junior developer starting at Tern Software on Monday needs a laptop imaged with the dev build. Image "
     "v4.2, ready for collection Friday."),
    ("children", "benign", "form",
     "Service: Business support | Organisation: Little Sparks Day Nursery | Request: quote for a new office "
     "PC and a printer for the staff room | Contact: manager@example.com"),
    ("children", "benign", "sms",
     "Hi, is the pink refurb iPad mini still for sale? Want to grab it before the weekend. Zara || Agent: It is, "
     "we can hold it till Saturday for you."),
    ("children", "benign", "review",
     "Bought a 'kids' tough case for my own tablet because I'm clumsy and it's brilliant. Survived three drops "
     "already. Thanks ByteFix."),
    ("children", "benign", "email",
     "The Playhouse Theatre box office PC keeps losing the printer. We have a matinee on Saturday, so an urgent "
     "visit would be appreciated. - Front of House"),
    ("children", "benign", "chat",
     "is 'Family Sharing' worth setting up just for me and my partner to share storage? || Agent: Yes, you can "
     "share iCloud+ across up to six people. || ok let's do that"),
    ("children", "benign", "call",
     "Caller: We're a toy library charity and need a laptop for our volunteers to log loans. || Agent: A refurb "
     "Latitude would do it for about £180. || Caller: Sounds good."),
    ("children", "benign", "dm",
     "nostalgia trip: can you get my old Game Boy Color save file onto my PC? Pokemon Silver from 2001"),
    ("children", "benign", "note",
     "General FAQ draft: 'Can you set up parental controls?' Yes - we cover consoles, tablets, phones and "
     "home routers, in shop or on a home visit."),
    ("children", "benign", "voicemail",
     "Hi, it's Pauline from Hillside Primary PTA. We're raffling a refurbished tablet at the summer fair and "
     "wondered if you'd donate or discount one. 07700 900129."),
    # ---- special_categories: religion and belief
    ("special_categories", "sensitive", "chat",
     "Agent: The technician can come between 4 and 6 on Thursday. || could it be after 8 instead? we break our "
     "fast at sunset this month and I'd rather not have to stop halfway through for someone || Agent: Sure, "
     "8:15 works."),
    ("special_categories", "sensitive", "note",
     "Home visit request from Mrs Yasmin Qureshi: she asks for a female technician as she doesn't wear her "
     "hijab at home. Booked Kerry for Weds pm."),
    ("special_categories", "sensitive", "email",
     "Hello, please don't book the collection for a Saturday. We keep Shabbat, so from Friday sunset until "
     "Saturday night we won't answer the door or the phone. Sunday is fine. Thanks, Dov Levine"),
    ("special_categories", "sensitive", "sms",
     "Can't do Sunday morning sorry, I'm at Mass and then doing the teas in the parish hall. Any time after 1? "
     "Bernadette"),
    ("special_categories", "sensitive", "call",
     "Caller: When you set up my new phone, could you put the prayer times app on with the adhan alerts? || "
     "Agent: Which app do you use? || Caller: Muslim Pro. I pray five times a day and my old phone kept "
     "missing Fajr."),
    ("special_categories", "sensitive", "form",
     "Service: Factory reset | Apps to keep: JW Library and my meeting schedules - I'm one of Jehovah's "
     "Witnesses and use them for service every week | Name: Ruth Ambler"),
    ("special_categories", "sensitive", "voicemail",
     "Sat sri akal, it's Gurpreet. We'll be at the gurdwara till two on Sunday for the langar, so could your "
     "man come after that for the printer? 07700 900274."),
    ("special_categories", "sensitive", "dm",
     "hey can you hold my laptop for 2 weeks? since I became a buddhist I do a silent retreat every autumn, no "
     "phone, no email. back on the 20th"),
    ("special_categories", "sensitive", "review",
     "The technician took his shoes off without being asked and was so respectful around the puja shelf in our "
     "front room. Fixed the wifi in 20 minutes. Thank you, from the Desai family."),
    # ---- special_categories: ethnic origin and race
    ("special_categories", "sensitive", "chat",
     "the webcam face tracking thing on this laptop never finds me || Agent: Is the room lit from behind? || no, "
     "its lit fine. honestly it's because I'm Black, these things are always tuned on white faces"),
    ("special_categories", "sensitive", "note",
     "Cust Mr Tommy Lee is a Romany Gypsy living on the Fallow Lane site, no postcode for deliveries. Arranged "
     "collection from shop only."),
    ("special_categories", "sensitive", "email",
     "Could you scan and restore these old photos? My grandparents came over from Jamaica in 1958 and these are "
     "the only pictures of their first years in Bristol. Many thanks, Marcia Dennis"),
    ("special_categories", "sensitive", "review",
     "The shop across the road followed me round like I was going to nick something, because I'm Asian I "
     "suppose. ByteFix just treated me like a customer. Quick repair and decent price."),
    ("special_categories", "sensitive", "call",
     "Caller: My mum's Hong Kong Chinese and only really reads Cantonese. || Agent: We can set her phone to "
     "Traditional Chinese. || Caller: Perfect, and if anyone there speaks it even better."),
    ("special_categories", "sensitive", "dm",
     "being mixed race the auto exposure on this webcam makes me look grey on every zoom call. any settings "
     "that help?"),
    ("special_categories", "sensitive", "form",
     "Job application - Shop Assistant | Name: Patrick Joyce | Equality monitoring - ethnic group: White - "
     "Irish Traveller | Right to work: yes"),
    ("special_categories", "sensitive", "sms",
     "Hi its Rojhat. I'm Kurdish so pls put the Kurmanji keyboard on the new phone as well as English. Thanks"),
    ("special_categories", "sensitive", "chat",
     "Agent: Which languages for the tablet? || English for me, but my mother-in-law's Somali like my husband "
     "and she only reads Somali, can it have that too? || Agent: Yes, we'll add it as a second language."),
    # ---- special_categories: political opinions and activity
    ("special_categories", "sensitive", "email",
     "Hi, I'm standing as the Green Party candidate for Eastfield ward in May and my laptop has died with all "
     "my canvassing sheets on it. Any chance of a rush job? Sunita Vale"),
    ("special_categories", "sensitive", "chat",
     "phone keeps freezing when I open whatsapp || Agent: How many groups are you in? || like 40, I'm on the "
     "local Lib Dem campaign team and the leaflet groups go mad before an election"),
    ("special_categories", "sensitive", "note",
     "Cust (Ms Freya Noakes) says she's active with Extinction Rebellion and wants her phone locked down - "
     "disappearing messages, no cloud backups - before the next action. Advised on settings."),
    ("special_categories", "sensitive", "sms",
     "I'll be on the Palestine march in London Saturday so can I pick up the laptop Monday instead? Adam"),
    ("special_categories", "sensitive", "dm",
     "I run an anti-monarchy page on insta and it keeps getting hacked, think its royalists reporting it. can "
     "you lock my accounts down properly?"),
    ("special_categories", "sensitive", "call",
     "Caller: I'm a Conservative councillor on the borough and my casework inbox has gone missing from Outlook. "
     "|| Agent: Is it a personal or council account? || Caller: Personal, I use it for ward stuff."),
    ("special_categories", "sensitive", "review",
     "Repair was fine but the tech made a snide remark about the Reform UK poster in my window. I vote how I "
     "like. Three stars."),
    ("special_categories", "sensitive", "form",
     "Service: Device set-up | Occupation (for business discount): volunteer organiser, Yes for Scottish "
     "independence group, Leith | Device: 2 laptops | Name: Calum Reid"),
    ("special_categories", "sensitive", "voicemail",
     "Hiya, it's Sean. I'm a Communist Party member and I do the branch newsletter on my own laptop, which has "
     "just blue-screened. Could you have a look? 07700 900688."),
    # ---- special_categories: trade-union membership
    ("special_categories", "sensitive", "email",
     "I'm the Unison rep on my ward at St Clement's and I want my union emails off my work phone and onto my "
     "personal one. Could you set that up this week? Thanks, Joy Mensah"),
    ("special_categories", "sensitive", "chat",
     "can my employer see what's on my work laptop? || Agent: If it's managed by them, they may be able to. || "
     "thought so. we're in the union and organising a strike ballot, I don't want any of that on their kit"),
    ("special_categories", "sensitive", "note",
     "Cust (Mr Gary Pound, signalling tech) is in the RMT and wants work apps removed from his own phone before "
     "the industrial action starts. Removed MDM profile, he confirmed device is his."),
    ("special_categories", "sensitive", "sms",
     "On the picket line till 2, can I collect after? Sorry for messing you about. Trish || Agent: No bother "
     "Trish, we're here till half five."),
    ("special_categories", "sensitive", "call",
     "Caller: The GMB app won't let me log in to my membership since the new phone. || Agent: Has your email "
     "changed? || Caller: No, same one. I need it to book my rep meeting."),
    ("special_categories", "sensitive", "form",
     "Service: Refurb laptop | Discount code: NEU member - number 448812 (saw your union partner offer) | Name: "
     "Helen Oduya | Delivery: collect"),
    ("special_categories", "sensitive", "dm",
     "got elected shop steward at the depot lol so now i need a printer for all the union paperwork, "
     "anything cheap in refurb?"),
    ("special_categories", "sensitive", "review",
     "Used the Unite members' discount and they applied it no questions. Laptop runs like new. Cheers lads."),
    ("special_categories", "sensitive", "voicemail",
     "Hello, it's Bev Aldous, I'm branch secretary for the CWU at the Northgate delivery office, but this is "
     "about my home PC, not theirs. It's full of pop-ups. Call me on 07700 900311."),
    # ---- special_categories: sexual orientation and sex life
    ("special_categories", "sensitive", "email",
     "Hi, my husband and I would like the home wifi extended to the garden office. Saturday morning ideal. "
     "Thanks, Tom Arkell"),
    ("special_categories", "sensitive", "chat",
     "Agent: Who else needs to be on the account? || my wife, Georgia. she'll collect it || Agent: Lovely, what "
     "name is the booking under? || Claire Benton"),
    ("special_categories", "sensitive", "note",
     "Mr Dev Rao asked that when his parents collect the phone we don't mention the Grindr app or open it in "
     "front of them. Noted on ticket, hand over sealed."),
    ("special_categories", "sensitive", "dm",
     "im bi and my family dont know. when you restore my backup please dont put my hinge chats on the family "
     "ipad. only my phone"),
    ("special_categories", "sensitive", "call",
     "Agent: Can I take a name? || Caller: James Fenn. My boyfriend set the router up when he moved in and now "
     "neither of us remembers the password. || Agent: No problem, we'll do a reset."),
    ("special_categories", "sensitive", "review",
     "Kate here - fixed the laptop my wife Sarah and I share in one afternoon. Friendly, no jargon, and no "
     "funny looks when we came in together. Five stars."),
    ("special_categories", "sensitive", "sms",
     "Its Leon. My husband Craig will collect the tablet, he's on the account too. Thanks! || Agent: Thanks "
     "Leon, noted. Craig just needs the job number."),
    ("special_categories", "sensitive", "form",
     "Service: Secure wipe | Details: Please permanently delete the intimate videos my partner and I recorded "
     "on the old phone before trade-in, I don't want them recoverable | Name: (withheld)"),
    ("special_categories", "sensitive", "chat",
     "can you move everything but leave the dating apps off the new phone? || Agent: Sure, which ones? || her "
     "and grindr. I came out last year but work still don't know and they sometimes borrow it"),
    # ---- special_categories: gender identity
    ("special_categories", "sensitive", "email",
     "Hello, I've transitioned and changed my name from David to Daisy by deed poll. Could you update my "
     "customer account and the name on my laptop warranty? Thanks, Daisy Whitlock"),
    ("special_categories", "sensitive", "chat",
     "can the booking say Mx instead of Mr? || Agent: Of course. || thanks, I'm nonbinary and use they/them, "
     "it always comes up wrong on these things"),
    ("special_categories", "sensitive", "note",
     "Cust Ellis Harker is a trans man; older repairs are under his previous name. Merged both accounts and set "
     "name to Ellis. Do not use old name on comms."),
    ("special_categories", "sensitive", "form",
     "Service: Account update | Gender (optional): trans woman | Notes: my ID still shows my old name until my "
     "passport comes back, please use Lena on everything | Name: Lena Marsh"),
    ("special_categories", "sensitive", "dm",
     "finally got my GRC!! can you help change the name on all my accounts, apple id, email, the lot"),
    ("special_categories", "sensitive", "call",
     "Caller: Face unlock keeps failing. || Agent: Has anything changed, glasses, beard? || Caller: Well, I'm a "
     "year into HRT and my face has changed a fair bit since I transitioned, so probably that."),
    ("special_categories", "sensitive", "review",
     "As a trans customer I was nervous about handing over ID with my old name, but the staff just used my "
     "name and got on with it. Brilliant service."),
    ("special_categories", "sensitive", "voicemail",
     "Hi, this is Jordan Pike. You might have me on file as Jessica, that's my old name. I'm a guy now. I need "
     "the laptop you fixed re-registered to me. 07700 900158."),
    ("special_categories", "sensitive", "sms",
     "Can the invoice say Ms not Mr please? I'm transitioning and Sophie is my name now. Thanks x || Agent: "
     "Done, Sophie. Updated on the account too."),
    # ---- special_categories: genetic data
    ("special_categories", "sensitive", "email",
     "The drive has my 23andMe raw data and the clinic letter confirming I'm BRCA2 positive. I need both "
     "recovered for my appointment and please don't keep copies. Laura Winslow"),
    ("special_categories", "sensitive", "chat",
     "Agent: Which folders are most important? || the one called DNA. my test came back that I carry the "
     "Huntington's gene and all the counsellor's letters are in there || Agent: Understood, priority."),
    ("special_categories", "sensitive", "note",
     "Cust (Mr Neville Shaw) asked that we don't open the 'genome_results' folder. It's his whole-genome "
     "sequencing from the clinic. Imaged drive without browsing."),
    ("special_categories", "sensitive", "form",
     "Service: Data recovery | Files to prioritise: my genetic test report PDF (I'm a Lynch syndrome carrier "
     "and need it for screening) | Name: Ana Souza"),
    ("special_categories", "sensitive", "dm",
     "the dna kit results said i'm a carrier for cystic fibrosis and now the app won't load my report at all. "
     "can you get it back?"),
    ("special_categories", "sensitive", "call",
     "Caller: The laptop has our family's genetic counselling letters. We all have the factor V Leiden "
     "mutation, me, my sister and my dad. || Agent: We'll treat them as confidential. || Caller: Thank you."),
    ("special_categories", "sensitive", "voicemail",
     "Hi, Craig Dunne. The paternity test results are on the laptop you've got, in the downloads, and I need "
     "that file more than anything. Please ring 07700 900467."),
    ("special_categories", "sensitive", "sms",
     "Pls be careful with the USB I left, it's got my full genome data from the research study. Kemi"),
    # ---- special_categories: biometric data
    ("special_categories", "sensitive", "email",
     "Our clock-in terminal has corrupted its database. We need the fingerprint templates for our 14 staff "
     "restored, e.g. Hannah Price and Omar Field, or they'll all have to re-enrol. Bayside Bakery"),
    ("special_categories", "sensitive", "chat",
     "my bank uses voice ID, the 'my voice is my password' thing || Agent: Yes? || since you replaced the mic it "
     "won't match my voiceprint and I'm locked out of the account"),
    ("special_categories", "sensitive", "form",
     "Service: Business support | Issue: door access system that stores face scans for our 30 staff won't "
     "boot; backup file is facescan_staff.db | Contact: Ivo Patel, ops@example.com"),
    ("special_categories", "sensitive", "note",
     "Gym client Ironworks: exported member palm-vein templates (incl. R. Castle, J. Miles) to encrypted "
     "drive before server swap. Drive locked in safe."),
    ("special_categories", "sensitive", "dm",
     "your tech registered his own fingerprint on my laptop to test the reader and never removed it. i want "
     "only MY print on there please"),
    ("special_categories", "sensitive", "call",
     "Caller: Our CEO's voice sample for the phone banking verification is on the old PC. || Agent: The "
     "enrolment file? || Caller: Yes, Mr Halden's voiceprint. We need it moved, not re-recorded."),
    ("special_categories", "sensitive", "voicemail",
     "Hi, it's Mia at Lumen Dental. The fingerprint scanner at reception has both our dentists' prints saved "
     "for the drugs cabinet and it's wiped itself. Can you restore? 07700 900592."),
    ("special_categories", "sensitive", "sms",
     "Can you copy the face scan from my old phone to the new one? Face ID was set to my face and my twin's, "
     "Rob's. Thanks, Sam"),
    # ---- special_categories: benign, religion and belief territory
    ("special_categories", "benign", "email",
     "Dear ByteFix, the committee of Al-Noor Masjid would like a quote for wifi across the main hall and the "
     "office, plus a screen for notices. Please reply to committee@example.org. Treasurer"),
    ("special_categories", "benign", "chat",
     "are you open over christmas? || Agent: Closed 25th and 26th, open the 27th 10-4. || ok and new year? || "
     "Agent: Closed the 1st only."),
    ("special_categories", "benign", "voicemail",
     "Hello, it's Margaret from St Aidan's Church Hall bookings. The projector we hire out won't talk to "
     "people's laptops any more. Could someone look before Saturday? 07700 900213."),
    ("special_categories", "benign", "chat",
     "oh my god this laptop takes ten minutes to boot || Agent: Is it an old spinning drive? || no idea, "
     "its about 6 years old || Agent: Almost certainly. An SSD upgrade would make it boot in seconds."),
    ("special_categories", "benign", "review",
     "The holy grail of repair shops: honest quote, on time, and they tell you when something isn't worth "
     "fixing. Sorted my old Surface."),
    ("special_categories", "benign", "form",
     "Question: Do you close for Eid or Diwali, or keep normal hours? Planning when to drop off a laptop | "
     "Name: Chris Ball"),
    ("special_categories", "benign", "call",
     "Caller: It's the gift shop at the cathedral. Our card machine keeps dropping off the wifi. || Agent: "
     "Is it on the visitor network? || Caller: Probably, it's the only one we have. || Agent: Let's split them."),
    ("special_categories", "benign", "dm",
     "the manual for this printer is as thick as a bible and none of it explains the wifi button. help"),
    ("special_categories", "benign", "email",
     "Does the Easter offer on refurbished iPads include the keyboard cases, or are those extra? The poster in "
     "the window doesn't say. - Nell"),
    # ---- special_categories: benign, ethnic origin and race territory
    ("special_categories", "benign", "email",
     "Hi, we run Spice Route, an Indian restaurant on Mill Road. The tablets we take orders on keep losing "
     "connection to the kitchen printer. Can you come before Friday's rush? Manager, Raj"),
    ("special_categories", "benign", "chat",
     "when do your black friday deals start? || Agent: Thursday the 23rd, online and in store. || any "
     "macbooks in it? || Agent: A few M1 Airs, yes."),
    ("special_categories", "benign", "sms",
     "Laptop boots to a white screen of death and just sits there. Any idea? Bringing it in tomorrow. Jon || "
     "Agent: Often the display cable or GPU. Bring the charger with it."),
    ("special_categories", "benign", "call",
     "Caller: Is the phone I'm buying blacklisted? || Agent: Give me the IMEI and I'll run a check. || Caller: "
     "35 209910 448721 3. || Agent: It's clean, not reported lost or stolen."),
    ("special_categories", "benign", "chat",
     "are you open for chinese new year or is it normal hours? || Agent: Normal hours. We do have a lunar new "
     "year promotion on accessories though. || nice, ill pop in"),
    ("special_categories", "benign", "form",
     "Question: Can invoices be issued in Welsh as well as English? Our business policy is bilingual "
     "paperwork | Organisation: Cwm Coffee Co | Name: Dafydd Rees"),
    ("special_categories", "benign", "voicemail",
     "Hi, this is the office at the African Caribbean Community Centre on Wade Street. Our hall PA and laptop "
     "need setting up for an event. Ring us back on 07700 900482."),
    ("special_categories", "benign", "email",
     "O'Leary's Irish Bar needs the jukebox tablet and the till reconnected after our broadband swap. We're "
     "closed till 4pm so mornings suit. Thanks, Niall, bar manager"),
    ("special_categories", "benign", "chat",
     "I've started Polish evening classes and want to type it on my PC, how do I add the keyboard? || Agent: "
     "Settings > Time & Language > Language, add Polish. Win+Space switches. || easy, thanks"),
    # ---- special_categories: benign, political territory
    ("special_categories", "benign", "email",
     "Ashcombe Parish Council requires a new laptop for the clerk and the minutes archive moved over from the "
     "old one. Please quote. Clerk to the Council, clerk@example.org"),
    ("special_categories", "benign", "chat",
     "hows the repair going? || Agent: Parts arrived, so it should be ready Thursday. That's a conservative "
     "estimate, could be Wednesday. || great"),
    ("special_categories", "benign", "note",
     "Rebuilt the gaming PC for Mr Tan. Old thermal paste had been applied with liberal enthusiasm and was all "
     "over the socket. Cleaned, repasted, temps down 18C."),
    ("special_categories", "benign", "review",
     "Please vote for ByteFix in the Best Local Business awards! They've looked after our office IT for six "
     "years. - Harlow Opticians"),
    ("special_categories", "benign", "chat",
     "is there a green or eco mode on this refurb monitor? trying to cut my power usage || Agent: Yes, the "
     "ECO preset drops brightness and standby draw. || ill turn that on"),
    ("special_categories", "benign", "call",
     "Caller: It's the constituency office for the local MP. We need two new staff laptops set up before "
     "recess ends. || Agent: Same spec as last year's? || Caller: Yes, same image."),
    ("special_categories", "benign", "sms",
     "Why does the invoice list 'labour' separately from the part? Just want to understand it for my "
     "records. Fergus"),
    ("special_categories", "benign", "dm",
     "can u put a houses of parliament wallpaper on the refurb laptop before i collect? its for a london "
     "themed gift lol"),
    ("special_categories", "benign", "email",
     "We're printing ballot papers for our golf club's committee election and the printer keeps misfeeding the "
     "card. Could you service it this week? Club Secretary, Oakmere Golf Club"),
    # ---- special_categories: benign, trade-union territory
    ("special_categories", "benign", "email",
     "Hello, the Eastbrook branch of the teachers' union would like to order a colour laser printer for the "
     "branch office, invoiced to the branch account. Branch Admin, branch@example.org"),
    ("special_categories", "benign", "chat",
     "can I merge two partitions into one? || Agent: Yes, if they're next to each other on the disk. We can "
     "do it without losing data. || like a union of both? || Agent: Exactly, one volume."),
    ("special_categories", "benign", "chat",
     "word won't let me use strikethrough on the menu, it's greyed out || Agent: Check the document isn't in "
     "compatibility mode. || it was! fixed"),
    ("special_categories", "benign", "sms",
     "Is the postal strike going to delay my refurb laptop delivery? Order 55318. Thanks, Ruby || Agent: We've "
     "switched it to courier, so it should still arrive Wednesday."),
    ("special_categories", "benign", "voicemail",
     "Hi, it's Helen at Northway Credit Union. Our counter PCs need the new banking software installed and we "
     "want it done after closing. Please call 07700 900863."),
    ("special_categories", "benign", "call",
     "Caller: The students' union shop needs its card reader replaced. || Agent: Same model as before? || "
     "Caller: Yes, the Ingenico one. We'll raise a PO today."),
    ("special_categories", "benign", "form",
     "Question: How do I join your loyalty membership scheme, and do members get money off trade-ins? | "
     "Name: Ollie Burns"),
    ("special_categories", "benign", "note",
     "Set up a 'Collective' shared folder for the Hopkins & Reed partners with read-only access for the "
     "interns. Tested permissions."),
    ("special_categories", "benign", "review",
     "Called them during a walkout at the train station, the one day I needed to get across town, and they "
     "did a home visit instead. Saved my week."),
    # ---- special_categories: benign, sexual orientation territory
    ("special_categories", "benign", "chat",
     "do you have the rainbow pride phone cases for the iphone 15? || Agent: Yes, in the Pride range, £12. "
     "|| nice, ill grab one saturday"),
    ("special_categories", "benign", "chat",
     "my mac just shows the spinning rainbow wheel forever || Agent: How much free storage is left? || 4gb "
     "|| Agent: That's the problem, let's clear some space."),
    ("special_categories", "benign", "sms",
     "Earbuds won't pair with my phone, only one side connects. Tried forgetting them. Any ideas? Noor || Agent: "
     "Put both in the case, hold the button 15 seconds to reset, then pair again."),
    ("special_categories", "benign", "email",
     "Could someone hook up our new printer to the office network? My business partner and I can't get it "
     "past the setup screen. Sandoval & Pike Estate Agents"),
    ("special_categories", "benign", "dm",
     "do you have any bi-directional usb-c cables? need one for charging a power bank from my phone"),
    ("special_categories", "benign", "call",
     "Caller: We're organising the Pride month stall for the town festival and need a card reader that works "
     "offline. || Agent: We rent those at £15 a day. || Caller: Book two, please."),
    ("special_categories", "benign", "review",
     "Queen on vinyl, now on my phone! They digitised my old record collection and tidied up the crackle. "
     "Great little service."),
    ("special_categories", "benign", "chat",
     "laptop won't come out of sleep mode, just a black screen with the light on || Agent: Hold the power "
     "button 10 seconds and try again. || that woke it up"),
    # ---- special_categories: benign, gender identity territory
    ("special_categories", "benign", "chat",
     "how do I transfer everything from my old android to the new one? || Agent: Use the Smart Switch app, "
     "or we can do it in store for £20. || ill try the app first"),
    ("special_categories", "benign", "note",
     "Ordered male-to-female HDMI adapters (x6) for the Greyfriars Hotel conference room. Arrive Tuesday."),
    ("special_categories", "benign", "form",
     "Feedback: your booking form should have more title options, like Mx and Dr, and make the title field "
     "optional. Just a suggestion | Name: Sam Ellery"),
    ("special_categories", "benign", "email",
     "Our HR team wants everyone's Outlook signature to include an optional pronouns line. Could you push a "
     "template to all 25 staff? IT lead, Cobalt Media"),
    ("special_categories", "benign", "dm",
     "Transformers game crashes when the cutscene starts. PC specs in the pic. worth bringing in?"),
    ("special_categories", "benign", "chat",
     "Agent: Does your booking need a gender field? We removed it from the form last month. || oh good, I "
     "wondered why it asked before || Agent: It never needed it."),
    ("special_categories", "benign", "sms",
     "I got married and changed my surname, can you update it on my ByteFix account? New name Haddon. "
     "Thanks, Lucy"),
    ("special_categories", "benign", "call",
     "Caller: How long does transatlantic shipping take on a refurb order? It's a gift for someone in "
     "Canada. || Agent: We only ship within the UK, I'm afraid. || Caller: Ah, no worries."),
    # ---- special_categories: benign, genetic territory
    ("special_categories", "benign", "email",
     "Can you send the invoice to Gene in accounts rather than me? His address is gene.b@example.com. "
     "Thanks, Roisin at Kiln Studio"),
    ("special_categories", "benign", "review",
     "Customer care is in the DNA of this shop. Friendly, fast, and they phoned me when the part came in early."),
    ("special_categories", "benign", "chat",
     "the family tree software crashes when I print large charts || Agent: Which program? || Family "
     "Historian 7 || Agent: Probably the printer driver. Try printing to PDF first."),
    ("special_categories", "benign", "call",
     "Caller: Is Ancestry down or is it my laptop? It won't load any page. || Agent: Other sites work? || "
     "Caller: Yes, just that one. || Agent: Then it's probably their end, try later."),
    ("special_categories", "benign", "sms",
     "Inherited an old Dell from the previous tenant with the flat. Can you wipe it and see if it's worth "
     "keeping? Tarek"),
    ("special_categories", "benign", "chat",
     "can you carrier unlock a Samsung from Vodafone? || Agent: Yes, usually within 24 hours, £20. || "
     "great, ill drop it in"),
    ("special_categories", "benign", "note",
     "Cloned cust's 500GB HDD to a 1TB SSD. Verified boot and files, old drive returned in antistatic bag."),
    ("special_categories", "benign", "dm",
     "do u stock the lab-grade microscope cameras? uni lab wants one for a genetics teaching room, it's for "
     "the department not me"),
    ("special_categories", "benign", "form",
     "Question: My laptop's overheating seems to run in the family - both my old ones did it too! Is it "
     "worth a clean or is it the model? | Device: Acer Aspire 5 | Name: Mo Hassan"),
    # ---- special_categories: benign, biometric territory
    ("special_categories", "benign", "chat",
     "if you replace the screen will face id still work? || Agent: Yes, we transfer the sensor parts "
     "carefully. Face ID isn't touched. || good to know"),
    ("special_categories", "benign", "email",
     "Do any of the refurbished ThinkPads have a fingerprint reader? I'd prefer one with it for logging in. "
     "Budget around £400. - Amir"),
    ("special_categories", "benign", "sms",
     "Screen covered in fingerprint smudges, what's safe to clean it with? Don't want to ruin the coating."),
    ("special_categories", "benign", "call",
     "Caller: Will the webcam on the refurb Yoga work with Windows Hello? || Agent: Yes, it has the IR "
     "camera. || Caller: Great, that's the one then."),
    ("special_categories", "benign", "chat",
     "my voice assistant doesn't hear me from the kitchen || Agent: Try moving the speaker off the shelf "
     "corner and retrain the wake word. || better already"),
    ("special_categories", "benign", "note",
     "Fenwick Design: clock-in terminal not syncing to payroll. Network cable had been unplugged. Reseated, "
     "sync OK, no data changes."),
    ("special_categories", "benign", "form",
     "Question: Does your data wipe service remove saved fingerprints and face unlock from phones before "
     "trade-in, or do I do that? | Name: Becky Lau"),
    ("special_categories", "benign", "review",
     "Fixed the fingerprint sensor on my Pixel that had stopped responding, it was a lifted ribbon. Ten "
     "minutes, no fuss."),
    ("special_categories", "benign", "chat",
     "Agent: We've finished the battery swap. || does face unlock need setting up again? || Agent: No, it "
     "stays as it was. || cool, on my way"),
]


def swang_examples() -> list[dict]:
    """The swang split as labelled tickets (same shape as ``sensitive_eval.build_eval_set``'s)."""
    return stranger_examples("swang", ENTRIES, SUBJECTS)
