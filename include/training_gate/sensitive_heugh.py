"""heugh split: written by a helper who had not seen the detection rules, the anchors or any other split.
Setting: Millbrook Rovers, a grassroots football club with a youth league, adult and junior memberships, kit,
fixtures, pitch bookings, coaching, the clubhouse bar, volunteer rota and DBS checks, tournaments and the club app;
registers are email, chat, sms, call, note, form, review, voicemail and dm.
The benign half borrows the territory harmlessly: organisations booking pitches, first-aid and kit orders, club
policy questions, football idioms ("we got murdered"), app bugs and routine payment trouble.
70 sensitive and 70 benign tickets for special categories, 50 and 50 for children, 20 and 20 for financial hardship,
15 and 15 for health, legal, bereavement and violence and self-harm.
First reading (policy 2026.11.24.7, after it was final; `sensitive_eval.evaluate`, as `make eval-sensitive`):
97.0 / 1.5 recall / false exclusion in % as shipped, 97.0 / 5.5 without the overruling,
91.0 / 5.5 by the rules alone. Held out: never tuned or trained on."""

from __future__ import annotations

from training_gate.sensitive_blind import stranger_examples

SUBJECTS: tuple[str, ...] = (
    "Subs payment query",
    "Junior membership registration",
    "Kit order and sizing",
    "Fixture change for Saturday",
    "Pitch booking request",
    "Coaching session booking",
    "Clubhouse bar tab",
    "Volunteer rota swap",
    "DBS check paperwork",
    "Tournament entry",
    "Club app login problem",
    "Function room hire",
    "Complaint about match day",
    "Membership cancellation",
)

ENTRIES: list[tuple[str, str, str, str]] = [
    # ---- health
    ("health", "sensitive", "email",
     "Hi, I need to pause Dan Whitcombe's adult membership for March and April. He had his ACL reconstruction on "
     "the 3rd and the surgeon says no contact football until the summer at the earliest. Can the subs be frozen "
     "rather than cancelled? Thanks, Lorna Whitcombe"),
    ("health", "sensitive", "chat",
     "hi can I swap my thursday bar shift with someone || Agent: Sure, which date are you looking to swap? || "
     "the 14th. got a hospital appt, they're starting me on the insulin pump that week so I'll be all over the "
     "place || Agent: No problem, I'll put it out on the rota group and let you know who picks it up."),
    ("health", "sensitive", "note",
     "Agent note: Member Priya Lall (vets 40+) rang to say she has been diagnosed with MS and wants to move to "
     "social membership. Downgraded from 1 May, refund of the difference approved by treasurer."),
    ("health", "sensitive", "sms",
     "Wont make training tonite, back in a&e with the ankle again, fracture clinic reckon its not healed right. Gaz"),
    ("health", "sensitive", "voicemail",
     "Voicemail: Hi, it's Mo from the Sunday vets. Just so whoever does the team sheet knows, I'm on beta blockers "
     "now after the heart thing in January, so I'll only be doing the first half for a while. Cheers, bye."),
    ("health", "sensitive", "form",
     "Volunteer rota form | Name: Helen Okafor | Role: tea hut | Availability: Saturdays only | Anything we should "
     "know: I'm 24 weeks pregnant so happy to serve but can't lift the urns"),
    ("health", "sensitive", "email",
     "Dear committee, I use a wheelchair since my stroke last year and the ramp up to the clubhouse has been "
     "blocked by the kit container three weekends running. I had to watch my grandson's game from the car park. "
     "Please can someone sort this. Regards, Malcolm Tierney"),
    ("health", "sensitive", "dm",
     "yo coach not ghosting u, been in a really bad place with my depression the last few weeks. ill be back at "
     "training when i can face it, dont give my shirt away lol"),
    ("health", "sensitive", "call",
     "Caller: I want to cancel the direct debit for my wife's walking football membership. || Agent: Of course, "
     "can I ask the reason for our records? || Caller: She's gone into the hospice on Farley Road, the chemo "
     "stopped working. She won't be playing again. || Agent: I'm so sorry. I'll cancel it today, no charges."),
    ("health", "sensitive", "review",
     "Review: Great club, lovely people. Only gripe: when I told the manager I'd been diagnosed with epilepsy he "
     "benched me for the rest of the season without even asking what my consultant said. 3 stars."),
    ("health", "sensitive", "note",
     "Kit order note: Cust asked for the long-sleeve compression version of the training top, says it's for her "
     "lymphoedema after the surgery and she needs both arms covered. Order amended, no charge for the swap."),
    ("health", "sensitive", "chat",
     "Hello, I am sorry to cancel my coaching session booking. My doctor say I have the hernia and need operation "
     "next month, I cannot run. Can I have refund please? || Agent: Yes, I have refunded the three sessions to "
     "your card. Get well soon!"),
    ("health", "sensitive", "email",
     "Could I step back from running the bar on match days? My panic attacks have got a lot worse since Christmas "
     "and the noise and crowd are setting them off. Happy to do the midweek stock-take instead. Sorry, Bev"),
    ("health", "sensitive", "sms",
     "hi its Kerry, can someone else run the line sunday? my back went at work, im on co-codamol and signed off "
     "for 2 wks"),
    ("health", "sensitive", "form",
     "Tournament entry form | Team: Millbrook Rovers Vets | Player medical notes: No. 6 Ian Pryce - type 1 "
     "diabetic, carries glucose tabs; No. 9 Rob Amis - asthma, inhaler in the kit bag"),
    ("health", "benign", "email",
     "Hi, we'd like to order two more first-aid kits for the pitch-side bags, the standard ones with the ice packs "
     "and freeze spray. Can it go on the club account? Thanks, Pete (kit secretary)"),
    ("health", "benign", "chat",
     "Is the defibrillator training on the 12th still going ahead? || Agent: Yes, 7pm in the clubhouse, run by "
     "St Aldric's First Aid and open to all volunteers. || Great, put me and Jonno down please."),
    ("health", "benign", "note",
     "Agent note: Physio firm ActiveMend Ltd asked to rent the committee room on Tuesday evenings for clinics open "
     "to the public. Quoted the standard room rate, awaiting their insurance certificate."),
    ("health", "benign", "sms",
     "That last-minute equaliser nearly gave me a heart attack lol. First round's on me at the bar tonight"),
    ("health", "benign", "review",
     "Review: The Saturday breakfast at the clubhouse is a danger to the waistline, the chip butties are enormous. "
     "Friendly staff, 5 stars, would recommend."),
    ("health", "benign", "email",
     "Quick question about the club's concussion policy: do you follow the FA 'if in doubt, sit them out' "
     "guidance, and where is it on the app? The new coaching team want to read it before pre-season."),
    ("health", "benign", "form",
     "Pitch booking form | Organisation: Brookside Health Centre staff social club | Date: Fri 21 June | Pitch: "
     "3G half | Purpose: 5-a-side staff tournament | Contact: bookings@example.org"),
    ("health", "benign", "call",
     "Caller: The app keeps crashing when I open the injury log page. || Agent: Is that the coaches' incident "
     "report form? || Caller: Yes, the blank one, it freezes before I can type anything. || Agent: That's a known "
     "bug, the fix is in next week's update."),
    ("health", "benign", "chat",
     "the fixture list this month is absolutely mental, three away games in eight days, who signed that off"),
    ("health", "benign", "voicemail",
     "Voicemail: Hiya, it's Sandra from the bar. The sports drinks delivery came in but they've sent the "
     "sugar-free ones instead of the original, can someone ring the supplier? Thanks, bye."),
    ("health", "benign", "dm",
     "is the pitchside sports massage stand coming back for the summer tournament? happy to pay the fiver again"),
    ("health", "benign", "email",
     "Hello, Millbrook Pharmacy would like to renew its sponsorship of the first team's away kit for next season. "
     "Could you send the invoice and the logo size spec? Kind regards, the Millbrook Pharmacy team"),
    ("health", "benign", "note",
     "Agent note: Supplier confirms the two ice baths for the home changing room arrive Thursday. Store them in "
     "the physio room until the plumber has been."),
    ("health", "benign", "chat",
     "Do members still get a discount at Fitwell gym? || Agent: Yes, 15% off with your membership card, just show "
     "it at the desk. || Sweet, does that cover the recovery pool too? || Agent: It does, all facilities."),
    ("health", "benign", "form",
     "Volunteer rota form | Name: Alan Birch | Role: match-day first aider | Qualification: First Aid at Work, "
     "renewed 2024 | Availability: alternate Sundays"),
    # ---- legal
    ("legal", "sensitive", "email",
     "My solicitor has advised me not to discuss what happened on the 9th with anyone at the club until my claim "
     "against Dorran Plant Hire is settled, so I'll be stepping off the committee for now. Best, Ken Ashworth"),
    ("legal", "sensitive", "chat",
     "hi can I get the car park CCTV from saturday afternoon || Agent: We can only release footage to the police, "
     "I'm afraid. || thats fine, I've reported my car being broken into, the officer said to ask you. crime ref "
     "is on the letter || Agent: Okay, ask the officer to email the secretary and we'll send it over."),
    ("legal", "sensitive", "note",
     "Agent note: Volunteer applicant Craig Denholm declared a conviction for affray (2011) on his DBS form. Passed "
     "to the welfare officer for a risk assessment before any rota allocation."),
    ("legal", "sensitive", "sms",
     "Cant do the away match sat, got to be at the magistrates for the speeding thing. sorry skip"),
    ("legal", "sensitive", "voicemail",
     "Voicemail: Hi, it's Jenna Moss. Just letting the club know I've got a court order against my ex, Lee Carver. "
     "He's not allowed within 100 metres of me, so if he turns up at the clubhouse please don't serve him."),
    ("legal", "sensitive", "email",
     "Please remove Mark Tulley from the family membership and send future renewals to me only. We're in the "
     "middle of divorce proceedings and my lawyer says the joint payments need separating by the end of the month."),
    ("legal", "sensitive", "form",
     "Complaint form | Subject: Bar tab dispute | Details: I've passed this to Hollins & Reed solicitors and they "
     "will be in touch about the £340 you say I owe. Please do not contact me directly. | Name: Vince Arlott"),
    ("legal", "sensitive", "call",
     "Caller: I need to freeze my Tuesday coaching slot for a few months. || Agent: Is everything alright? || "
     "Caller: I'm on a tag, curfew's seven o'clock, the court gave me sixteen weeks. || Agent: Right, I'll freeze "
     "it from today and you can pick it back up after."),
    ("legal", "sensitive", "dm",
     "mate did u hear Deano got nicked after the cup final? been charged over the fight outside the Feathers, "
     "he's up in court next month"),
    ("legal", "sensitive", "review",
     "Review: Avoid. I'm suing the club over my fall by the pitch-side barrier last October and they still haven't "
     "passed my lawyer's letter to their insurers. 1 star."),
    ("legal", "sensitive", "chat",
     "Hello, I need a letter from the club that I am volunteer coach here for two years. It is for my appeal "
     "hearing at the immigration tribunal next month, my lawyer ask for it. || Agent: Of course, Andrei, the "
     "secretary will write it this week. || Thank you very much"),
    ("legal", "sensitive", "note",
     "Committee note: The former treasurer, Neil Garside, is now under police investigation over the missing "
     "tournament funds. Legal advice is not to discuss the matter with members while it is ongoing."),
    ("legal", "sensitive", "email",
     "Could the bar manager confirm in writing what time I left on Saturday 2 February? I was arrested later that "
     "night and my duty solicitor says a statement from the club could help. Thanks, Ryan Coles"),
    ("legal", "sensitive", "sms",
     "Hi its Sam, can we move my DBS appointment? My probation meeting clashes on weds morning"),
    ("legal", "sensitive", "form",
     "Volunteer DBS form | Applicant: Wes Halloran | Role applied for: minibus driver | Convictions declared: Yes "
     "| Details: drink driving, 2019, 18-month ban completed"),
    ("legal", "benign", "email",
     "Hi, the club's solicitors at Fenwick Law are reviewing the new clubhouse lease. Could the committee send "
     "over the signed minutes from the AGM so they can check the vote was quorate?"),
    ("legal", "benign", "chat",
     "Is there a rule about parking on the grass verge outside? || Agent: That's a council bylaw rather than ours, "
     "but please use the main car park on match days. || Got it, cheers."),
    ("legal", "benign", "note",
     "Agent note: The local police neighbourhood team booked pitch 2 for a community kickabout on 6 July. Standard "
     "community rate applied, risk assessment on file."),
    ("legal", "benign", "form",
     "Enquiry form | Subject: Terms and conditions | Question: Do your membership T&Cs allow a refund within 14 "
     "days if I sign up on the app and change my mind?"),
    ("legal", "benign", "sms",
     "Ref was criminal today, three pens against us. Are we appealing to the league or what"),
    ("legal", "benign", "review",
     "Review: We share the clubhouse on Tuesdays with the 'Court Jesters' walking netball lot and they're a great "
     "laugh. Bar prices fair, pitches well kept."),
    ("legal", "benign", "voicemail",
     "Voicemail: Hi, it's Ray from the county courts staff social club, we'd like to enter a team in your summer "
     "sixes. Could someone ring me back on 07700 900412? Ta."),
    ("legal", "benign", "email",
     "Under data protection rules, how long does the club keep volunteer application records? I'm drafting the "
     "privacy notice for the new app and need the retention period."),
    ("legal", "benign", "call",
     "Caller: Who deals with our bar licence renewal? || Agent: The premises licence holder is the club secretary, "
     "Gill. || Caller: The council want the form back by Friday. || Agent: I'll chase Gill this afternoon."),
    ("legal", "benign", "dm",
     "did u see the disciplinary panel gave their keeper a 3 game ban for dissent lol. deserved"),
    ("legal", "benign", "chat",
     "What's the club's position if a ball damages a car in the car park? || Agent: The gate sign says parking "
     "is at owner's risk, but email the secretary and she'll check with our insurer."),
    ("legal", "benign", "note",
     "Agent note: Contract with Greenline Groundworks for pitch drainage signed by chair and treasurer today; copy "
     "saved in the Legal folder on the shared drive."),
    ("legal", "benign", "email",
     "Can I update my surname on the app to Rowe-Hart? The profile form won't accept a hyphen and keeps saying "
     "invalid characters."),
    ("legal", "benign", "form",
     "Lost property form | Item: black rucksack with a 'Law Society FC' badge | Found: away changing room | "
     "Contact: 07700 900388"),
    ("legal", "benign", "sms",
     "Ground rules for the tournament: no dogs pitch side, no glass, no smoking. Stewards will enforce. Pls share "
     "with your teams."),
    # ---- bereavement
    ("bereavement", "sensitive", "email",
     "Please cancel Bill Haworth's vets membership. Dad passed away on Sunday morning. He loved that club for "
     "forty years and I know he'd want me to thank you all. Janet Haworth"),
    ("bereavement", "sensitive", "chat",
     "hi can we get a refund for the tournament entry || Agent: Of course, can I ask why you're withdrawing? || "
     "our keeper's wife died last week and the lads haven't got it in them this month || Agent: Completely "
     "understand, refund done and our thoughts are with him."),
    ("bereavement", "sensitive", "note",
     "Agent note: Member Sue Lomax's husband Alan died suddenly at home. She asked for his name to be taken off "
     "the bar tab and the app so she stops getting fixture notifications for him."),
    ("bereavement", "sensitive", "sms",
     "Wont be at the quiz tonight, we lost mum this morning. Tell everyone ill be in touch x"),
    ("bereavement", "sensitive", "voicemail",
     "Voicemail: Hi, it's Derek. Just to say the funeral for Tony Marsh is on the 18th at Holbeck crematorium, "
     "and the family asked if the club could do a guard of honour in the old kit. Give me a bell."),
    ("bereavement", "sensitive", "form",
     "Membership cancellation form | Member: Graham Pike | Reason: deceased 2 March | Submitted by: Angela Pike "
     "(wife) | Refund to: joint account ending 4410"),
    ("bereavement", "sensitive", "review",
     "Review: When my brother died the club put a black armband on every player that Saturday and the bar did the "
     "wake for free. Never forgot it. Five stars forever."),
    ("bereavement", "sensitive", "dm",
     "sorry been quiet, grandad passed on tuesday. he's the one who got me into football in the first place. "
     "back at training next week"),
    ("bereavement", "sensitive", "call",
     "Caller: I'm phoning about my partner's season ticket. || Agent: Sure, what do you need? || Caller: He died "
     "in the crash on the bypass last month and I don't know how to stop the direct debit. || Agent: I'm so sorry. "
     "I'll stop it now and refund anything taken since."),
    ("bereavement", "sensitive", "email",
     "Could we put a memorial bench by pitch 1 for Frank Oduya? He coached here for twenty years until we lost him "
     "in January. The family are happy to pay for it."),
    ("bereavement", "sensitive", "chat",
     "Hello, I must cancel my bar shifts for two week. My father he is died in Poland and I fly for the funeral "
     "tomorrow. Sorry for short notice. Tomasz || Agent: So sorry, Tomasz. Your shifts are covered, take all the "
     "time you need."),
    ("bereavement", "sensitive", "note",
     "Welfare note: Dave F (Sunday firsts) lost his twin brother over the weekend. Manager aware; committee agreed "
     "to cover his subs for the rest of the season."),
    ("bereavement", "sensitive", "sms",
     "hey could u pull my name off the rota for june. my wife's funeral is the 5th and im all over the place"),
    ("bereavement", "sensitive", "form",
     "Kit order form | Item: 1 x home shirt printed 'LEIGH 9' | Notes: it's to go in with my husband at his "
     "funeral next Friday, please rush if you can"),
    ("bereavement", "sensitive", "voicemail",
     "Voicemail: It's Maureen Beck. Roy died last night. He'd have wanted me to tell you he can't do the Sunday "
     "gate any more. Sorry, I don't know what else to say."),
    ("bereavement", "benign", "email",
     "Hi, when is the draw for the Harold Best Memorial Cup this year? We'd like to enter our Sunday side again. "
     "Is the entry fee the same as last season?"),
    ("bereavement", "benign", "chat",
     "the app is dead slow today, fixtures won't load at all || Agent: Sorry about that, the server is being "
     "upgraded this morning. Try again after lunch. || ok will do"),
    ("bereavement", "benign", "note",
     "Agent note: Groundsman reports the old oak by pitch 2 is dead and needs felling before it drops branches on "
     "the car park. Quote requested from Treecare Ltd."),
    ("bereavement", "benign", "sms",
     "We got killed 6-0 on saturday, absolute funeral atmosphere in the bar after lol"),
    ("bereavement", "benign", "review",
     "Review: Bar's decent but the jukebox is stuck in 1985. If I hear 'Another One Bites the Dust' one more time "
     "I'll scream. 4 stars."),
    ("bereavement", "benign", "form",
     "Pitch booking form | Organisation: Holbeck Funeral Services staff | Event: charity 7-a-side | Date: Sun 8 "
     "Sept | Pitch: 2 | Contact: events@example.com"),
    ("bereavement", "benign", "email",
     "Hello, is there going to be a minute's applause before the derby for the club's centenary? A few of us want "
     "to bring the big banner."),
    ("bereavement", "benign", "voicemail",
     "Voicemail: Hi, it's Nick. Someone said the old Rovers badge is dead and buried and the committee voted in a "
     "new crest. Can we still wear last year's away kit for matches?"),
    ("bereavement", "benign", "call",
     "Caller: My membership has expired and I can't log in. || Agent: Yes, your account shows it lapsed on 31 "
     "March. || Caller: Can I renew over the phone? || Agent: You can, I'll take the payment now."),
    ("bereavement", "benign", "dm",
     "the new first team coach is a dead ringer for Klopp honestly, glasses and everything"),
    ("bereavement", "benign", "chat",
     "Do you take bookings for wakes in the function room? I'm the events manager at Greaves & Sons and we want "
     "your price list for our brochure. || Agent: We do, I'll email the hire rates and the catering menu."),
    ("bereavement", "benign", "note",
     "Agent note: Millbrook Heritage Group asked to photograph the 1950s team photos in the clubhouse for their "
     "'Lost Grounds of Millbrook' book. Approved by the chair."),
    ("bereavement", "benign", "email",
     "Please could the bar stock the 'Last Orders' ale from Tolley Brewery again? It sold out at the end of season "
     "do in about an hour."),
    ("bereavement", "benign", "sms",
     "Heads up: floodlights on pitch 3 have died again. Tonight's training moved to the 3G."),
    ("bereavement", "benign", "form",
     "Feedback form | Topic: club app | Comment: the 'In Memoriam' page in the history section has a broken link "
     "to the 1966 cup team photo. Please fix."),
    # ---- violence and self-harm
    ("violence_self_harm", "sensitive", "email",
     "I need to report that a spectator at the Ashby game (red coat, home side) threatened to 'sort me out in the "
     "car park' after I gave a penalty. I'm the referee, Paul Hanley. I don't feel safe going back there."),
    ("violence_self_harm", "sensitive", "chat",
     "can someone change my number on the app || Agent: Sure, what's the new one? || 07700 900155. my ex keeps "
     "ringing and turning up at training so I had to change it || Agent: Updated, and I've hidden your number from "
     "the team list too."),
    ("violence_self_harm", "sensitive", "note",
     "Welfare note: Volunteer Kim A. disclosed that her partner has been hitting her; asked for her home address "
     "to be removed from the rota spreadsheet. Done, and signposted to the local domestic abuse service."),
    ("violence_self_harm", "sensitive", "sms",
     "honestly dont see the point anymore. not coming back to football or anything. sorry for letting everyone "
     "down"),
    ("violence_self_harm", "sensitive", "dm",
     "someone's been leaving notes on my car at the ground every sunday, knows my shifts, knows what i drink. its "
     "freaking me out, can we check the cctv?"),
    ("violence_self_harm", "sensitive", "voicemail",
     "Voicemail: It's Marcus from the bar. Last night one of the away lot glassed Jordan Pell at closing, he's got "
     "stitches all down his cheek. We need to talk about door staff before Saturday."),
    ("violence_self_harm", "sensitive", "form",
     "Incident report form | Date: 12 Oct | Location: car park | Description: Ferncliffe United player punched our "
     "no. 4 (Kai Dutton) after the final whistle and kicked him on the ground. Police called."),
    ("violence_self_harm", "sensitive", "call",
     "Caller: I need to come off the volunteer rota for a bit. || Agent: Sorry to hear that, is everything okay? "
     "|| Caller: I've started cutting again and my therapist says I need less on my plate. || Agent: Thank you for "
     "telling me. I'll take you off and the welfare officer is there if you want to talk."),
    ("violence_self_harm", "sensitive", "review",
     "Review: The club ignored months of me being shoved and spat at in the changing room by two teammates. I "
     "reported it twice. Left in the end. 1 star."),
    ("violence_self_harm", "sensitive", "email",
     "Please remove my photo from the club app. Someone has been messaging me from a fake account with pictures of "
     "my front door. I've told the police and they said to get it taken down. Leanne Shaw"),
    ("violence_self_harm", "sensitive", "chat",
     "Hi, the man from other team he say he will kill me after match on Sunday, he say it two times. I am scared "
     "to go back. What can I do? || Agent: I'm sorry, that's serious. Please send me the date and I'll get the "
     "welfare officer and the league involved today."),
    ("violence_self_harm", "sensitive", "note",
     "Agent note: Caller (member Lee Bristow) said he 'won't be around for the renewal anyway' and that he'd "
     "'got the pills sorted'. Kept him on the line, emergency services called, welfare officer informed."),
    ("violence_self_harm", "sensitive", "sms",
     "your bar manager grabbed me by the throat last night when I asked for my change. I'm going to the police"),
    ("violence_self_harm", "sensitive", "dm",
     "bro the stuff ppl are posting about me in the team group chat is getting proper nasty, now theyre saying "
     "theyll jump me after training thursday"),
    ("violence_self_harm", "sensitive", "email",
     "Since I stood down as secretary I've had abusive voicemails every night telling me they know where I live "
     "and I'd better watch my back. I've kept them all. What is the club going to do? Carol Pendry"),
    ("violence_self_harm", "benign", "email",
     "Could we book pitch 1 for Millbrook Kickboxing Academy's charity football match? Saturday 14th, 10 till 12, "
     "about 30 players and a few spectators."),
    ("violence_self_harm", "benign", "chat",
     "that game was a bloodbath, we got slaughtered 7-1 || Agent: Ha, tough one! Next week's fixtures are up on "
     "the app. || cheers, we'll be out for revenge"),
    ("violence_self_harm", "benign", "note",
     "Agent note: Safeguarding and anti-bullying policy updated on the app in line with league guidance; all "
     "coaches emailed to read it before 1 Sept."),
    ("violence_self_harm", "benign", "sms",
     "Ref's whistle was killing me, he blew up for everything. Anyway see you at training Tuesday"),
    ("violence_self_harm", "benign", "review",
     "Review: The hot wings at the bar should come with a warning, absolutely lethal. Smashed two plates anyway. "
     "5 stars."),
    ("violence_self_harm", "benign", "form",
     "Tournament entry form | Team name: Ferncliffe Assassins | Division: Vets | Manager: Col Burke | Contact: "
     "col.burke@example.com"),
    ("violence_self_harm", "benign", "voicemail",
     "Voicemail: Hiya, it's Dom from the Millbrook Samaritans branch. We're doing a sponsored walk on the 3rd and "
     "wondered if we could use your car park as the start point. I'm on 07700 900276."),
    ("violence_self_harm", "benign", "email",
     "What is the club's policy on abuse towards referees? We're drafting a respect code for our league and would "
     "like to borrow the wording of yours, with credit of course."),
    ("violence_self_harm", "benign", "call",
     "Caller: Is the self-defence class still on in the clubhouse on Wednesdays? || Agent: Yes, 8pm, run by an "
     "outside instructor. || Caller: How do I book? || Agent: Through their own website, it's not on our app."),
    ("violence_self_harm", "benign", "dm",
     "our striker absolutely murdered that volley, top bins. keeper had no chance"),
    ("violence_self_harm", "benign", "chat",
     "The fruit machine in the bar ate my quid again. Bashed the button, nothing. || Agent: Sorry! The engineer "
     "is booked for Tuesday, ask the bar staff for a refund meanwhile."),
    ("violence_self_harm", "benign", "note",
     "Agent note: Replaced the broken window in the away dressing room (ball through it during training). Invoice "
     "from Clearview Glazing, £180, paid."),
    ("violence_self_harm", "benign", "sms",
     "Reminder: CCTV signs are up in the car park now, the cameras go live on Monday."),
    ("violence_self_harm", "benign", "form",
     "Feedback form | Topic: app | Comment: the 'report a concern' button sits right next to 'book a pitch' and I "
     "keep pressing the wrong one. Can you move it?"),
    ("violence_self_harm", "benign", "email",
     "We're running a mental health awareness and suicide prevention evening for all volunteers with the county "
     "FA. Could the bar do tea and sandwiches for about 40 people?"),
    # ---- financial hardship
    ("financial_hardship", "sensitive", "email",
     "I can't pay my subs this month. I was made redundant from the depot in January and the Universal Credit "
     "doesn't stretch to football. Could I pay in instalments, or pause it? Sorry to ask. Darren Loft"),
    ("financial_hardship", "sensitive", "chat",
     "hi my direct debit bounced || Agent: No worries, shall I re-run it on Friday? || better not, account's "
     "overdrawn till my benefits land on the 28th, can we do the 29th? || Agent: Done, set for the 29th."),
    ("financial_hardship", "sensitive", "note",
     "Agent note: Member Gary Sneddon asked to clear his £62 bar tab at £5 a week. Says he's lost his job and "
     "has bailiffs chasing him over council tax. Plan agreed by the treasurer."),
    ("financial_hardship", "sensitive", "sms",
     "hi its Chris, cant do the tournament, cant afford the entry or the petrol since the landlord served us "
     "notice. sorry lads"),
    ("financial_hardship", "sensitive", "voicemail",
     "Voicemail: Hi, it's Nadia Ross. I've had a letter from a debt collection agency saying it's about the kit "
     "order from last year. I'm already on a debt management plan, please call me before this goes any further."),
    ("financial_hardship", "sensitive", "form",
     "Hardship fund application | Name: Stuart Keel | Membership: adult playing | Circumstances: evicted last "
     "month, staying at my brother's, on jobseeker's allowance | Request: waive subs until September"),
    ("financial_hardship", "sensitive", "review",
     "Review: Took three phone calls to get them to accept I'm bankrupt and can't pay the £90 kit bill, but the "
     "treasurer sorted it in the end. 3 stars."),
    ("financial_hardship", "sensitive", "dm",
     "mate can u cover me for the bar whip this week, honestly skint, they cut my hours to zero and rent's due "
     "friday"),
    ("financial_hardship", "sensitive", "call",
     "Caller: I need to cancel my membership. || Agent: Can I ask why? || Caller: Lost the flat and the job in "
     "the same month, I'm sofa-surfing, I can't keep paying for football. || Agent: Before you cancel, let me "
     "check with the committee about our hardship fund."),
    ("financial_hardship", "sensitive", "email",
     "Dear club, I am sorry my payment is late. I lost my work at the factory and my family is using the food bank "
     "now. I will pay when I find a new job, I promise. Regards, Bogdan"),
    ("financial_hardship", "sensitive", "note",
     "Treasurer note: Referred L. Ansell to a free debt advice charity after he said he's got six payday loans "
     "and can't cover his subs or the bar tab. Subs frozen for two months."),
    ("financial_hardship", "sensitive", "sms",
     "Sorry for the late kit money, the IVA payments take everything til the 1st. Will send it then"),
    ("financial_hardship", "sensitive", "chat",
     "can I run a tab at the bar on match days? || Agent: Sorry, the bar is card or cash only. || ok. its just "
     "the bank froze my card over the arrears and im literally down to coins"),
    ("financial_hardship", "sensitive", "form",
     "Direct debit change request | Member: Aisha Noon | New date: 15th | Reason: got laid off, now on Universal "
     "Credit which is paid mid-month"),
    ("financial_hardship", "sensitive", "email",
     "Please take me off the tournament squad. The bailiffs took the car on Friday so I've no way of getting to "
     "the away venue and I can't pay my share of the minibus either. Sorry, Jamie"),
    ("financial_hardship", "sensitive", "voicemail",
     "Voicemail: It's Phil Garrow. The bank is repossessing the house next month and I need to drop everything, "
     "including the Sunday coaching. I'll drop the club laptop back at the weekend."),
    ("financial_hardship", "sensitive", "dm",
     "cant do the social. been on the dole since march and the missus says no more spending on football"),
    ("financial_hardship", "sensitive", "note",
     "Agent note: R. Tindall (vets) asked for bar tab statements by email, not post, because 'the post is all "
     "final demands at the minute and I've stopped opening it'. Preference updated."),
    ("financial_hardship", "sensitive", "review",
     "Review: Grateful to the committee for letting me pay my subs a few quid at a time after I got sacked. "
     "Brilliant people."),
    ("financial_hardship", "sensitive", "chat",
     "is the adult membership cheaper if ur unemployed? asking cos i am now, company went bust last week and "
     "none of us got paid || Agent: There's a concession rate of £12 a month, I can switch you today."),
    ("financial_hardship", "benign", "email",
     "Hi, I was charged twice for my adult subs this month. Could you refund the duplicate £25? Reference "
     "MR-44127. Thanks, Owen"),
    ("financial_hardship", "benign", "chat",
     "How do I change my direct debit date? || Agent: In the app under Payments > Direct Debit > Change date. "
     "|| Found it, thanks."),
    ("financial_hardship", "benign", "note",
     "Agent note: The bar card machine declined contactless for everyone on Saturday evening; provider confirmed "
     "an outage 7-9pm. Members can settle tabs now."),
    ("financial_hardship", "benign", "sms",
     "Subs due Friday, £25 adults / £15 concessions. Pay on the app or cash to Mel at training."),
    ("financial_hardship", "benign", "form",
     "Refund request | Booking: pitch 3, 4 May | Reason: fixture rescheduled by the league | Amount: £45 | "
     "Contact: fixtures@example.org"),
    ("financial_hardship", "benign", "review",
     "Review: Bar is good value, pints £3.20 on match days and the pies are homemade. Can't complain. 4 stars."),
    ("financial_hardship", "benign", "voicemail",
     "Voicemail: Hi, it's Jo from Millbrook Credit Union, we'd like to sponsor the Sunday side's shirts next "
     "season. Could the treasurer ring me on 07700 900519?"),
    ("financial_hardship", "benign", "call",
     "Caller: The app says my payment failed but my bank shows it went out. || Agent: That's a pending "
     "authorisation, it drops off in about three days. || Caller: So I'm paid up? || Agent: Yes, your membership "
     "is active."),
    ("financial_hardship", "benign", "email",
     "Do you offer a discount when two adults from the same address join? And is there a student rate for "
     "university players home for the summer?"),
    ("financial_hardship", "benign", "dm",
     "bar prices went up again, a tenner for two pints?? daylight robbery"),
    ("financial_hardship", "benign", "chat",
     "Does the club run a hardship fund? I'm putting together a list of local support for the community "
     "newsletter. || Agent: Yes, the committee can reduce subs case by case. Details are on the website."),
    ("financial_hardship", "benign", "note",
     "Treasurer note: Year-end accounts show a £1,240 surplus from the bar; committee to decide between new goals "
     "and the clubhouse roof."),
    ("financial_hardship", "benign", "email",
     "Our invoice for the tournament entry says £120 but the flyer said £100. Which one is right? Happy to pay, "
     "we just need to know which."),
    ("financial_hardship", "benign", "sms",
     "Can I pay the kit balance by bank transfer instead? My card expired and the new one hasn't come yet"),
    ("financial_hardship", "benign", "form",
     "Gift Aid declaration | Name: Colin Fry | Donation: £50 to the clubhouse roof fund | UK taxpayer: yes"),
    ("financial_hardship", "benign", "voicemail",
     "Voicemail: It's Terry, I left my wallet at the bar last night, brown leather one, could someone pop it "
     "behind the till for me?"),
    ("financial_hardship", "benign", "call",
     "Caller: I'd like to upgrade from social to playing membership. || Agent: That's £10 more a month, pro-rata "
     "from today. || Caller: Fine, same card please."),
    ("financial_hardship", "benign", "dm",
     "who's got the float for the bbq? treasurer says there's £100 in coins in the safe"),
    ("financial_hardship", "benign", "review",
     "Review: Booked a pitch through the app and it took the payment twice, but they refunded it within a day. "
     "Good service."),
    ("financial_hardship", "benign", "chat",
     "Why does the app add a 50p booking fee? || Agent: That's the payment processor's charge, the club doesn't "
     "keep it. || Fair enough."),
    # ---- children
    ("children", "sensitive", "email",
     "Hi, I'd like to register my daughter Ellie Marsh for the U9s. Her date of birth is 14/06/2016 and she's in "
     "Year 4 at Brook Lane Primary. Is there a space on Saturday mornings? Thanks, Kate Marsh"),
    ("children", "sensitive", "chat",
     "how do i add a second kid to my account on the app || Agent: Go to Family > Add member and fill in the "
     "details. || it wants a dob and an email, he's only 6, does he need his own email?"),
    ("children", "sensitive", "note",
     "Agent note: Mum called re Oscar Finch (U11s), left off the tournament team sheet. He turned 10 in March so "
     "he is eligible; coach informed and sheet corrected."),
    ("children", "sensitive", "sms",
     "Hi coach, Leo wont be at training tonite he's got his year 6 SATs revision club. Mum"),
    ("children", "sensitive", "voicemail",
     "Voicemail: Hi, it's Darren Pike. My two boys Alfie and Sonny are in the U8s and the U12s. Can you move "
     "Sonny's session to Tuesday? He's got swimming on Thursdays now. Cheers."),
    ("children", "sensitive", "form",
     "Junior membership form | Child's name: Ruby Allen | DOB: 02/09/2015 | School: Harefield Primary | Year: 5 "
     "| Parent contact: 07700 900233"),
    ("children", "sensitive", "dm",
     "is it ok if my son comes to watch the first team sat? hes 13, does he get in free or is it the adult price"),
    ("children", "sensitive", "call",
     "Caller: I'm ringing about my granddaughter's kit. || Agent: Which age group is she in? || Caller: The U7s, "
     "she's only five, the shorts are falling off her. || Agent: I'll swap them for the age 5-6 size."),
    ("children", "sensitive", "review",
     "Review: My 8-year-old has come on leaps and bounds with coach Dale at the Saturday soccer school. He can do "
     "a Cruyff turn now and won't stop showing us!"),
    ("children", "sensitive", "email",
     "Please could you reset Mia Holt's junior account login? She's 11 and has forgotten her password again. I'm "
     "her dad, Simon Holt, the parent account is under my email."),
    ("children", "sensitive", "chat",
     "what's the earliest drop off for the summer holiday camp? || Agent: Doors open at 8:30am. || ok, Freya's "
     "only 7 so she can't walk herself, I'll need to sort something before work"),
    ("children", "sensitive", "note",
     "Agent note: Photo consent withdrawn for Jayden Okoro (U10s) by his mum. Remove him from the app gallery and "
     "this season's team photo before it goes to print."),
    ("children", "sensitive", "sms",
     "Hi its Becky, Noah's got his year 9 parents evening thurs so he'll miss training, sorry"),
    ("children", "sensitive", "form",
     "Tournament entry form | Team: Rovers U12 Girls | Players: Isla Brand (DOB 11/01/2013), Maya Pound (DOB "
     "30/07/2013), Erin Shaw (DOB 04/12/2012) | Manager: Tracy Pound"),
    ("children", "sensitive", "email",
     "My son Callum is 15 and keen to help out. Is he allowed to collect glasses in the clubhouse bar on Saturday "
     "afternoons, or does he have to be 16? Thanks, Lynn Burrows"),
    ("children", "sensitive", "call",
     "Caller: I'm trying to set my lad up on the app. || Agent: How old is he? || Caller: Twelve last week. || "
     "Agent: Under-13s need an account linked to a parent, so I'll send you a link to add him to yours."),
    ("children", "sensitive", "voicemail",
     "Voicemail: Hello, it's Pat, Bobby Regan's nan. I'm picking him up from the U9 session on Saturday as his "
     "mum's working, so please let him come with me. He's got a green coat on."),
    ("children", "sensitive", "review",
     "Review: The coaches at Tiny Rovers were brilliant with our Poppy. She's 4 and very shy and she came out "
     "beaming with a sticker on her shirt."),
    ("children", "sensitive", "note",
     "Kit note: Cust ordered junior kit age 7-8 for her son Archie Dent, number 7, 'ARCHIE' on the back. "
     "Delivery to Meadow View Primary reception at her request."),
    ("children", "sensitive", "dm",
     "can my kid bring his mate to the u11 session tmrw? theyre both year 6 at harefield"),
    ("children", "sensitive", "chat",
     "Hello, my son Yusuf is 9 year old, he want to play football in your club. He is good in defence. Which "
     "team he can go? || Agent: He'd be in our U10s, training Wednesday 5pm. Bring him along for a trial!"),
    ("children", "sensitive", "email",
     "Please update Ben Carr's school on his junior profile. He moved up to Westfield Academy in September and "
     "is in Year 7 now, so the old primary can come off."),
    ("children", "sensitive", "form",
     "Coaching session booking | Participant: Lily Tse | Age: 10 | Session: girls' skills, Sat 9am | Parent: "
     "Grace Tse, 07700 900341"),
    ("children", "sensitive", "sms",
     "Hi coach, our Tyler lost a tooth at training lol, he's 6 so it was due, just so u know why he was crying"),
    ("children", "sensitive", "note",
     "Agent note: Dad (Mr Kellow) asked whether his daughter Amber, 14, can play up in the U16 girls. Told him "
     "it needs league dispensation; form sent by email."),
    ("children", "sensitive", "call",
     "Caller: My twins start in the under-sevens next week. || Agent: Lovely, what are their names? || Caller: "
     "Harry and Jack Dunmore, born March 2018. || Agent: Got them, they're on the Saturday 9am group."),
    ("children", "sensitive", "voicemail",
     "Voicemail: Hi, Rachel Quinn, Ollie's mum. He's had his birthday and he's eleven now, so he needs moving up "
     "to the U12 squad on the app. Thanks."),
    ("children", "sensitive", "review",
     "Review: My son has been with the U14s for two years. The coach knows every kid by name and never shouts. "
     "Couldn't ask for more."),
    ("children", "sensitive", "email",
     "Can Nathan Ives (U13s) miss the Sunday tournament? He's away on his Year 8 residential that weekend. Sorry "
     "for the late notice. Claire Ives"),
    ("children", "sensitive", "chat",
     "hey the app wont let me log in || Agent: What's the username? || zaraplays2012, my mum set it up, im 12 || "
     "Agent: Thanks Zara, I'll email the reset link to your mum's address."),
    ("children", "sensitive", "dm",
     "hi im in the u15s, can i get my mates on the list for presentation night? we're all 14 or 15"),
    ("children", "sensitive", "form",
     "Holiday camp registration | Child: Teddy Lamb | Age: 8 | School year: 3 | Emergency contact: Sian Lamb, "
     "07700 900617"),
    ("children", "sensitive", "note",
     "Safeguarding note: Coach reports U12 player Ethan W. is regularly left at the ground until 8pm after the "
     "6pm session ends. Welfare officer to speak to the parents."),
    ("children", "sensitive", "sms",
     "hiya its Ava from the u13 girls on my mums phone, can i get a lift to the away game sat, she's working"),
    ("children", "sensitive", "email",
     "Daisy Fenwick's date of birth on the app is wrong: it should be 19/04/2014, not 2004. She's the U10 "
     "goalkeeper and her league registration bounced because of it."),
    ("children", "sensitive", "chat",
     "Is there a sibling discount? || Agent: Yes, 20% off the second child's subs. || great, Evie's 9 and "
     "Rosie's 7, both do the Saturday sessions"),
    ("children", "sensitive", "call",
     "Caller: My boy's been picked for the county development squad. || Agent: Brilliant news! || Caller: He's "
     "only eleven and it clashes with your Sunday league, can he do both? || Agent: Usually yes, I'll ask his "
     "coach."),
    ("children", "sensitive", "voicemail",
     "Voicemail: Hiya, it's Kev. Our little one, Finley, left his boots on the minibus after the U8 festival. "
     "Kids' size 12, blue. Can someone keep them aside?"),
    ("children", "sensitive", "review",
     "Review: Took my 5-year-old to the tots session. He spent the whole hour chasing the cones and high-fiving "
     "everyone. 10/10."),
    ("children", "sensitive", "note",
     "Agent note: Mum asked that Sienna Ward (U9s) not be photographed for the club's social media. Consent "
     "record updated and coaches told."),
    ("children", "sensitive", "form",
     "Junior kit order | Player: Marcus Obi | Age group: U11 | Shirt size: 9-10 yrs | Name on back: OBI 4"),
    ("children", "sensitive", "dm",
     "coach ok if i bring our Harvey to watch the firsts sunday? he's 3, he'll be in the pram"),
    ("children", "sensitive", "email",
     "Our son Jack is in Year 10 and doing his Duke of Edinburgh. Could his U16 coach sign off his volunteering "
     "hours helping with the tots? Thanks, Paula Reece"),
    ("children", "sensitive", "sms",
     "Millie will be late tonight, dentist after school. She's only in year 2 so I'll walk her over at half 5"),
    ("children", "sensitive", "chat",
     "can my daughter play in a boys team? || Agent: Mixed teams are allowed up to U16 in our league. || cool, "
     "she's 12 and wants to join her brother's U13s"),
    ("children", "sensitive", "note",
     "Agent note: U10 tournament sheet lists Kyle Benn as born 2013; parent confirms he was born in 2015. "
     "Corrected before submission to the league."),
    ("children", "sensitive", "call",
     "Caller: My granddaughter's profile is on my account on the app. || Agent: Yes, I can see Lacey. || Caller: "
     "She's nine now and the team still says U8. || Agent: I'll move her to the U10 squad for you."),
    ("children", "sensitive", "form",
     "Photo consent form | Child: Amelia Frost | Age: 7 | Club website: No | Team photo: Yes | Parent: Dan Frost"),
    ("children", "sensitive", "voicemail",
     "Voicemail: It's Sara Gill. My daughter Chloe turned fourteen yesterday and she wants to start the referee "
     "course, is that old enough? Ring me back please."),
    ("children", "sensitive", "review",
     "Review: My nephew, he's 10, scored his first ever goal for the U11s and the coach gave him the match ball. "
     "Lovely touch from a lovely club."),
    ("children", "benign", "email",
     "Hi, Harefield Primary would like to book pitch 2 for our school sports day on 10 July, 9 till 3. We'll "
     "bring our own staff and equipment. Mrs Dalton, school office"),
    ("children", "benign", "chat",
     "What age groups do you run? || Agent: U6 through U16, plus girls' sections at U10, U12 and U14. || "
     "Thanks, that's helpful."),
    ("children", "benign", "note",
     "Agent note: U12s v Ashby moved to a 10:30 kick-off due to the pitch clash; all U12 parents notified "
     "through the app."),
    ("children", "benign", "sms",
     "U9 training cancelled tonight, pitches waterlogged. Back to normal next week."),
    ("children", "benign", "form",
     "Coaching course enquiry | Course: FA Introduction to Coaching Football | Question: what's the minimum age "
     "to enrol? | Contact: coaching@example.org"),
    ("children", "benign", "review",
     "Review: Kids' menu at the clubhouse is great value, fish fingers and chips for £3.50. Nice family "
     "atmosphere on a Saturday."),
    ("children", "benign", "voicemail",
     "Voicemail: Hi, it's Lorraine from Little Acorns Nursery. We'd like to hire the function room for our "
     "summer fair on the 22nd. Could someone call me about prices?"),
    ("children", "benign", "dm",
     "the vets were acting like absolute kids on the minibus back from the cup, crisps everywhere"),
    ("children", "benign", "email",
     "We're ordering junior kit for the new season. Could you confirm the size chart from age 5-6 up to 13-14 "
     "and the bulk price for 60 shirts? Youth section committee"),
    ("children", "benign", "call",
     "Caller: Do you sell junior shin pads in the club shop? || Agent: Yes, small, medium and large. || Caller: "
     "How much? || Agent: £8 a pair."),
    ("children", "benign", "chat",
     "Is the clubhouse child-friendly on Saturdays? || Agent: Yes, families are welcome until 8pm. || Nice one."),
    ("children", "benign", "note",
     "Agent note: Youth league handbook 2025 uploaded to the app; it covers the retreat line rule for U9-U11 "
     "and the heading guidance."),
    ("children", "benign", "sms",
     "Youth presentation night 28 June, tickets on the app, £5 adults. Raffle prizes welcome."),
    ("children", "benign", "form",
     "Volunteer application | Name: Sean Ball | Role: U13 assistant coach | DBS: enhanced, applied 3 March | "
     "Availability: Saturday mornings"),
    ("children", "benign", "review",
     "Review: Watched the U15s cup final from the bar terrace. Fantastic standard, proper end-to-end game."),
    ("children", "benign", "email",
     "Could someone send us the club's safeguarding policy and the welfare officer's contact details? The "
     "school PE department needs them on file before the joint tournament."),
    ("children", "benign", "voicemail",
     "Voicemail: It's Gary. The fence round the play area by the car park has a loose panel, someone should fix "
     "it before Saturday."),
    ("children", "benign", "dm",
     "our new centre back runs like a baby giraffe lol, all legs, but wins every header"),
    ("children", "benign", "chat",
     "Do you run a girls' Wildcats programme? I'm collecting info for a leaflet the library is putting together. "
     "|| Agent: Yes, Saturdays at 9am, details on the website."),
    ("children", "benign", "note",
     "Agent note: Baby changing unit fitted in the clubhouse accessible toilet; invoice from Hygieia Supplies, "
     "£210."),
    ("children", "benign", "sms",
     "Reminder to all youth coaches: team sheets on the league portal by Thursday 6pm."),
    ("children", "benign", "form",
     "Pitch booking form | Organisation: 3rd Millbrook Scout Group | Date: Sat 5 Oct | Purpose: district "
     "football fun day | Numbers: about 80 | Contact: scouts@example.org"),
    ("children", "benign", "email",
     "Hi, I run Kickstart Soccer, a kids' coaching franchise. Would the club be interested in renting us the 3G "
     "on weekday afternoons?"),
    ("children", "benign", "call",
     "Caller: Is the holiday camp running at Easter? || Agent: Yes, both weeks, 9 till 3. || Caller: What's the "
     "daily price? || Agent: £18 a day or £80 for the week."),
    ("children", "benign", "review",
     "Review: Baby Shark on repeat at the youth presentation night nearly finished me off, but a lovely evening. "
     "4 stars."),
    ("children", "benign", "voicemail",
     "Voicemail: It's Tom at Tots & Co in the precinct. We'd like to sponsor the U7s shirts next season, can the "
     "treasurer give me a call?"),
    ("children", "benign", "dm",
     "ha the vets were like kids in a sweet shop when the new kit turned up"),
    ("children", "benign", "chat",
     "Why can't under-18s stay in the bar after 9? || Agent: It's a condition of our premises licence. || Makes "
     "sense, thanks."),
    ("children", "benign", "note",
     "Agent note: Order for 40 junior water bottles with the club crest received from the youth section "
     "committee; delivery to the clubhouse."),
    ("children", "benign", "sms",
     "U16 cup draw is out: home to Ferncliffe, 3 Nov. Coaches please confirm the pitch."),
    ("children", "benign", "email",
     "What coach-to-player ratio do you use for the U7 sessions? I'm a new volunteer and want to plan my drills."),
    ("children", "benign", "form",
     "Lost property form | Item: junior size 4 boots, green | Found: U8 pitch after the Saturday session | "
     "Handed to: bar"),
    ("children", "benign", "review",
     "Review: Good youth set-up from what I see walking the dog past on a Saturday, loads of teams and organised "
     "coaches."),
    ("children", "benign", "call",
     "Caller: I teach at Westfield Academy. Could our Year 10 class visit the groundstaff for a careers day? || "
     "Agent: I'm sure we can, I'll pass it to the head groundsman. || Caller: Great, thanks."),
    ("children", "benign", "voicemail",
     "Voicemail: Hi, it's Deb from the youth section. Can the bar do squash and biscuits for 50 at the U10 "
     "festival, 2pm Sunday?"),
    ("children", "benign", "dm",
     "reminder youth committee meets tues 7:30 in the clubhouse, agenda on the app"),
    ("children", "benign", "chat",
     "Does the app have parental controls for junior accounts? I'm comparing club apps for the league's tech "
     "group. || Agent: Yes, junior accounts are parent-linked and chat is off by default."),
    ("children", "benign", "note",
     "Agent note: County FA audit of youth section paperwork passed; DBS register up to date for all 34 youth "
     "coaches."),
    ("children", "benign", "email",
     "Please could the club shop stock the 'Little Rovers' baby onesie again? We had loads of requests at the "
     "Christmas fair."),
    ("children", "benign", "sms",
     "Tots session moved from pitch 4 to the 3G this Saturday only."),
    ("children", "benign", "form",
     "Tournament entry form | Club: Ashby Juniors FC | Age group: U12 | Teams entered: 2 | Secretary: Mandy Cole "
     "| Contact: juniors@example.com"),
    ("children", "benign", "review",
     "Review: Youth tournament was brilliantly run. Parking a bit chaotic but the food stalls were great."),
    ("children", "benign", "call",
     "Caller: Can parents watch training from the touchline? || Agent: Yes, behind the rope. || Caller: And is "
     "there anywhere to get a coffee? || Agent: The bar does hot drinks from 9."),
    ("children", "benign", "voicemail",
     "Voicemail: It's Steve. The junior goals on pitch 5 need new nets, the old ones are shredded."),
    ("children", "benign", "dm",
     "lol the first team are playing like U7s today, no shape at all"),
    ("children", "benign", "chat",
     "Is there a minimum age for walking football? || Agent: It's 50 and over, so no youngsters I'm afraid! || "
     "Ha, fair enough."),
    ("children", "benign", "note",
     "Agent note: Youth league confirmed the new season starts 7 Sept; age groups are set by the 31 August "
     "cut-off."),
    ("children", "benign", "email",
     "Our playgroup committee would like to hold a sponsored toddle round pitch 1 on a Sunday morning. Is there "
     "a fee for that?"),
    ("children", "benign", "sms",
     "Junior membership renewals open 1 July on the app. Prices unchanged."),
    ("children", "benign", "form",
     "Feedback form | Topic: app | Comment: the junior fixtures tab and the senior fixtures tab look identical, "
     "could they be colour coded?"),
    # ---- special categories: religion and belief
    ("special_categories", "sensitive", "chat",
     "can the vets' sunday fixtures kick off after 1pm this season? || Agent: Possibly, I can ask the league. Any "
     "reason I should give? || I'm at mass every sunday morning and I'm the only keeper we've got || Agent: Fair "
     "enough, I'll put in the request."),
    ("special_categories", "sensitive", "email",
     "Hi, Ramadan starts next week so I'll be fasting. Could I swap my Saturday lunchtime bar shifts for evening "
     "ones after sunset? Thanks, Yasmin || Agent: Of course, Yasmin, I've moved you to the 8pm slots for the month."),
    ("special_categories", "sensitive", "note",
     "Agent note: Member Daniel Roth asked that the awards night not be held on a Friday evening as he keeps "
     "Shabbat and would miss it. Passed to the social committee for the date vote."),
    ("special_categories", "sensitive", "sms",
     "Cant play sunday, getting baptised at Grace Chapel in the morning! been a long time coming. Jon || Agent: "
     "Congrats Jon, I'll let the manager know."),
    ("special_categories", "sensitive", "call",
     "Caller: Does the kit supplier do long-sleeve base layers and leggings in club colours? || Agent: Yes, both. "
     "|| Caller: Great. I wear hijab and cover up for games, and the ref last week queried it. || Agent: That's "
     "allowed under league rules, I'll email you the guidance to show him."),
    ("special_categories", "sensitive", "dm",
     "mate can u take me off the xmas do list quietly, I'm a Jehovah's Witness so we don't do Christmas, didnt want "
     "to make it a thing || Agent: No problem, done, nobody needs to know why."),
    ("special_categories", "sensitive", "form",
     "Function room booking | Name: Harpreet Sandhu | Event: family meal after my amrit ceremony at the gurdwara | "
     "Guests: 45 | Catering: vegetarian only, no alcohol on the tables"),
    ("special_categories", "sensitive", "review",
     "Review: Being an atheist I was a bit put off when the chairman opened the end-of-season dinner with a prayer. "
     "Otherwise a great night. 4 stars. || Agent: Thanks for the feedback, we'll keep future dinners non-religious."),
    ("special_categories", "sensitive", "voicemail",
     "Voicemail: Hi, it's Aaron Levy. I can't do Saturday gate duty through the autumn, I'm observant now and I "
     "don't handle money on Shabbat. Happy to do Sundays instead. Bye."),
    # ---- special categories: ethnic origin and race
    ("special_categories", "sensitive", "email",
     "Is the club's coaching bursary for under-represented groups open again? As a British Pakistani woman I'd "
     "love to apply for the UEFA B funding. Nasreen || Agent: Hi Nasreen, yes, applications close 30 June."),
    ("special_categories", "sensitive", "chat",
     "the name box on the app keeps rejecting my surname || Agent: Sorry, what happens? || it's Ó Súilleabháin, the "
     "accents break it. my family are Irish Travellers and we're sick of people anglicising it || Agent: Totally "
     "fair, I'll get the developers to fix the character set."),
    ("special_categories", "sensitive", "note",
     "Agent note: Player Tendai M. asked for his league equality form to be corrected: he ticked White British by "
     "mistake, should be Black African (Zimbabwean). Updated on the portal."),
    ("special_categories", "sensitive", "sms",
     "hey its Kwame, can i bring my cousins to saturday's game? they just arrived from Ghana and want to see "
     "proper english grassroots football haha || Agent: Course, tell them to come say hi at the bar"),
    ("special_categories", "sensitive", "form",
     "Equality monitoring form | Name: Chantelle Morris | Ethnic group: Mixed - White and Black Caribbean | "
     "Consent to store: yes | Membership: adult playing"),
    ("special_categories", "sensitive", "review",
     "Review: As a Roma man I've been turned away from plenty of clubhouses. Not here. The bar staff treated me "
     "like anyone else. 5 stars. || Agent: That's how it should be everywhere. Thanks for the review."),
    ("special_categories", "sensitive", "dm",
     "bro ur the only other Bangladeshi lad in the squad, you coming to the curry night or what || Agent: Ha, "
     "saving you a seat"),
    ("special_categories", "sensitive", "call",
     "Caller: I'd like to join the walking football. || Agent: Great, can I take your name? || Caller: Wei Chen. "
     "I'm second-generation Chinese, so my English is fine, the last club kept speaking slowly at me. || Agent: "
     "Ha, understood, you're booked in for Tuesday."),
    ("special_categories", "sensitive", "voicemail",
     "Voicemail: Hi, it's Dev from the Sunday firsts. For that league diversity survey, can you put me down as "
     "Indian, Gujarati heritage, I couldn't get the form to save. Cheers."),
    # ---- special categories: political opinions and activity
    ("special_categories", "sensitive", "email",
     "Could I come off the bar rota on 4 July? I'm standing as the Green Party candidate for Millbrook East and "
     "the count is that night. Thanks, Ros || Agent: Done, Ros, and good luck."),
    ("special_categories", "sensitive", "chat",
     "can I leave some leaflets on the clubhouse tables? || Agent: Sorry, we don't allow political material. || "
     "fair, just thought I'd ask as I'm running the Lib Dem branch's campaign this year"),
    ("special_categories", "sensitive", "note",
     "Agent note: Member Gwen Parry complained that the chair's speech mocked 'people who glue themselves to "
     "roads'. She's in Extinction Rebellion and felt singled out. Chair to apologise."),
    ("special_categories", "sensitive", "sms",
     "Wont make training tues, out canvassing for the Tories til 9. save me a bib || Agent: Will do"),
    ("special_categories", "sensitive", "dm",
     "between us i voted Leave and half the vets have barely spoken to me since the quiz night argument || "
     "Agent: That's not on, want me to have a word with the captain?"),
    ("special_categories", "sensitive", "form",
     "Volunteer form | Name: Farid Qureshi | Other commitments: Labour councillor for Holbeck ward, surgeries "
     "Saturdays 10-12 | Availability: Sundays only"),
    ("special_categories", "sensitive", "review",
     "Review: Good club, but don't let on you're a socialist at the bar, I got ribbed all night once the news came "
     "on. 4 stars. || Agent: Ha, we'll tell the regulars to go easy."),
    ("special_categories", "sensitive", "call",
     "Caller: I need Saturday off from the tea hut. || Agent: No problem, anything nice? || Caller: I'm one of "
     "the organisers of the Palestine solidarity march in town. || Agent: Okay, I'll find cover."),
    ("special_categories", "sensitive", "voicemail",
     "Voicemail: Hi, it's Martin Hale. I'd rather the club left my photo out of the newsletter. I campaign against "
     "the monarchy and I don't want the club dragged into any of that."),
    # ---- special categories: trade-union membership
    ("special_categories", "sensitive", "email",
     "I can't do the Wednesday coaching any more. I've been elected secretary of our Unite branch at the depot and "
     "the meetings are Wednesdays. || Agent: Congratulations, I'll advertise the slot."),
    ("special_categories", "sensitive", "chat",
     "is there a discount for nhs staff? || Agent: Not at the moment, sorry. || shame. what about union members? "
     "im in unison, they've got a sports discount scheme || Agent: I'll raise it with the treasurer."),
    ("special_categories", "sensitive", "note",
     "Agent note: Bar staff member Leah Doyle has joined the GMB and asked for her union rep, Tony Crane, to attend "
     "the meeting about her shift hours. Agreed."),
    ("special_categories", "sensitive", "sms",
     "we're out on strike monday with the RMT so i can do the day shift at the bar if anyone wants to swap || "
     "Agent: Great, Bev wants Monday off"),
    ("special_categories", "sensitive", "dm",
     "cant do the away trip, on the picket line 6am sat, NEU stuff. tell skip sorry || Agent: No worries, passed on"),
    ("special_categories", "sensitive", "form",
     "Volunteer form | Name: Jess Oakley | Skills: negotiating, taking minutes | Notes: I'm the NASUWT rep at my "
     "school so I'm used to running meetings"),
    ("special_categories", "sensitive", "review",
     "Review: The bar manager told me my union badge 'wasn't appropriate' behind the bar. Since when? 2 stars. || "
     "Agent: Sorry, that was wrong of us. Staff can wear union badges."),
    ("special_categories", "sensitive", "call",
     "Caller: Can you send a letter confirming my bar hours for last month? || Agent: Sure, what's it for? || "
     "Caller: My CWU rep's helping me with a claim at my day job and needs proof of my other work. || Agent: I'll "
     "email it over tonight."),
    ("special_categories", "sensitive", "voicemail",
     "Voicemail: It's Stevie. The union's balloting us at the plant next week and they've asked me to be a "
     "steward, so I might miss a few Thursdays. Sorry mate."),
    # ---- special categories: sexual orientation and sex life
    ("special_categories", "sensitive", "email",
     "Hi, my husband and I would like to switch to the couples membership, he's only social but I play for the "
     "vets. Thanks, Tom Rennard || Agent: Hi Tom, switched from next month, 10% off for you both."),
    ("special_categories", "sensitive", "chat",
     "is there a plus-one for the awards dinner? || Agent: Yes, one guest each. || great, I'll bring my "
     "girlfriend Alice. I'm Sophie, I play for the ladies || Agent: Lovely, both names are on the list."),
    ("special_categories", "sensitive", "note",
     "Agent note: Member Rhys Bowen asked that his partner Marc's name not show on the family account in the squad "
     "view; says he's not out to the rest of the team yet. Privacy setting changed."),
    ("special_categories", "sensitive", "sms",
     "cant make sunday, me n my wife are at her cousin's wedding. Kirsty || Agent: Have a great day Kirsty"),
    ("special_categories", "sensitive", "dm",
     "honestly mate im bi and im sick of the changing room 'banter', just wanted u to know why i went quiet || "
     "Agent: Thanks for telling me. That banter stops now."),
    ("special_categories", "sensitive", "form",
     "Couples membership form | Member 1: Gareth Lowe | Member 2: Aled Jenkins | Relationship: civil partners | "
     "Payment: joint direct debit"),
    ("special_categories", "sensitive", "review",
     "Review: Joined the Rovers Rainbows after coming out at 40. Best decision I've made, the lads are class. 5 "
     "stars. || Agent: So glad to have you with us!"),
    ("special_categories", "sensitive", "call",
     "Caller: Who do I talk to about the function room for an engagement party? || Agent: I can take the details. "
     "|| Caller: It's me and my fiancée Hannah, I'm Becca. About 60 people. || Agent: Congratulations! Which date?"),
    ("special_categories", "sensitive", "voicemail",
     "Voicemail: Hi, it's Lewis Tate. Can you take my ex-boyfriend off my emergency contact on the app? It's "
     "Callum Reid. I'll add someone new. Thanks."),
    # ---- special categories: gender identity
    ("special_categories", "sensitive", "email",
     "Please update my name on the app from Daniel to Danielle and move my registration to the women's team. I've "
     "been living as a woman for two years and I have the county FA's approval letter. || Agent: Done, welcome "
     "to the women's squad."),
    ("special_categories", "sensitive", "chat",
     "can you change the pronouns on my profile? || Agent: Sure, what would you like? || they/them please, and "
     "the name to Robin. the app keeps calling me mr || Agent: Fixed, sorry about that."),
    ("special_categories", "sensitive", "note",
     "Agent note: New member Sam Keogh is a trans man registering for the Sunday men's league; FA policy applied, "
     "welfare officer to confirm the eligibility paperwork."),
    ("special_categories", "sensitive", "sms",
     "hi coach its Jules, can i change in the ref's room sat? still not comfy in the main one since i started "
     "transitioning || Agent: No problem, I'll leave it unlocked"),
    ("special_categories", "sensitive", "dm",
     "dont deadname me on the team sheet again pls, its Kai now, been months || Agent: Really sorry Kai, fixed "
     "everywhere now"),
    ("special_categories", "sensitive", "form",
     "Membership update | Current name: Mark Ellery | New name: Maria Ellery | Title: Ms | Reason: gender "
     "transition, deed poll attached"),
    ("special_categories", "sensitive", "review",
     "Review: As a non-binary player I was nervous about joining. The captain just asked my pronouns and moved on. "
     "5 stars. || Agent: Exactly how it should be, thanks for joining."),
    ("special_categories", "sensitive", "call",
     "Caller: My kit order has the wrong name on the back. || Agent: What should it say? || Caller: Ellis. The "
     "other one's my birth name, I'm trans and I don't use it. || Agent: Sorry, we'll reprint it free."),
    ("special_categories", "sensitive", "voicemail",
     "Voicemail: Hi, it's Alex Thorne. I've changed the gender marker on my passport now, so can the league "
     "registration be updated to male to match before Saturday? Ta."),
    # ---- special categories: genetic data
    ("special_categories", "sensitive", "email",
     "Before I sign for the vets, you should know I carry the gene for hypertrophic cardiomyopathy. My genetic test "
     "came back positive after Dad's diagnosis, but the cardiologist says light training is fine. || Agent: "
     "Thanks for letting us know, I'll note it privately for the first aiders."),
    ("special_categories", "sensitive", "chat",
     "do you do the cardiac screening for adult players? || Agent: We host a screening day twice a year. || good, "
     "my brother's gene test showed the long QT mutation so the rest of us are being checked || Agent: Next one's "
     "in May, I'll book you in."),
    ("special_categories", "sensitive", "note",
     "Agent note: Player Nadia Reyes provided a genetic counselling letter (Marfan variant confirmed) to support an "
     "exemption from heading drills. Filed confidentially."),
    ("special_categories", "sensitive", "sms",
     "ancestry dna results came back, apparently im 30% irish. explains the guinness lol. Steve || Agent: Ha, "
     "first pint's on you then"),
    ("special_categories", "sensitive", "dm",
     "did the 23andme thing, turns out i carry the cystic fibrosis gene. explains a lot about the family || "
     "Agent: Wow, thanks for sharing mate"),
    ("special_categories", "sensitive", "form",
     "Medical declaration | Name: Owen Pritchard | Known genetic conditions: BRCA2 carrier (tested 2022) | "
     "Relevant to sport: no"),
    ("special_categories", "sensitive", "call",
     "Caller: Can I get a copy of what the club holds on me? || Agent: A subject access request, sure. || Caller: "
     "I want to check my sickle cell trait result from the screening isn't on the app. || Agent: It isn't, but "
     "I'll confirm that in writing."),
    ("special_categories", "sensitive", "voicemail",
     "Voicemail: It's Claire Voss. My results from the Huntington's genetic test came back positive, so I'm "
     "stepping back from the committee for a while. I'll explain properly later."),
    # ---- special categories: biometric data
    ("special_categories", "sensitive", "email",
     "I've left the club, so please delete my fingerprint from the clubhouse door entry system. I don't want my "
     "prints held anywhere I'm not a member. Tony Walsh || Agent: Deleted today, Tony, confirmation attached."),
    ("special_categories", "sensitive", "chat",
     "the gate scanner won't recognise my face any more || Agent: When did you enrol? || last year, before the "
     "beard lol. can you re-scan me? || Agent: Pop into the office on Saturday and we'll re-enrol your face."),
    ("special_categories", "sensitive", "note",
     "Agent note: Member Ian Gould's voiceprint on the phone booking line failed three times; reset and a new voice "
     "sample recorded after security questions."),
    ("special_categories", "sensitive", "sms",
     "bar till wont take my thumbprint again, Lou had to log me in with hers all night || Agent: I'll re-enrol "
     "you before your next shift"),
    ("special_categories", "sensitive", "dm",
     "why has the new app got a face scan of me stored? i only used face login once. want it wiped || Agent: "
     "I've deleted your face template, you'll need your password now"),
    ("special_categories", "sensitive", "form",
     "Access system enrolment | Name: Precious Ade | Fingerprint: right index enrolled 12/03 | Facial template: "
     "captured | Access level: bar staff"),
    ("special_categories", "sensitive", "review",
     "Review: The facial recognition turnstile flagged me as 'banned' because it mixed my face up with someone "
     "else's. Embarrassing in front of the whole queue. 2 stars. || Agent: Sorry, your face match has been reset."),
    ("special_categories", "sensitive", "call",
     "Caller: It's about the face ID on the kit store cabinet. || Agent: Is it not opening? || Caller: It opens "
     "for my brother with my face enrolment, we're identical twins. || Agent: Right, I'll switch you to a PIN."),
    # ---- special categories: benign (organisations, policies, products, idioms)
    ("special_categories", "benign", "email",
     "Hello, St Bede's Church men's group would like to book pitch 2 for a friendly on Saturday 12th, about 20 "
     "players, 2 till 4. || Agent: Pitch 2 is free then, I've pencilled you in at the community rate."),
    ("special_categories", "benign", "chat",
     "Do you offer halal options in the clubhouse kitchen? || Agent: Yes, the burgers and chicken wraps are halal "
     "certified. || Great, and is there a veggie option? || Agent: Bean burger and a cheese toastie."),
    ("special_categories", "benign", "note",
     "Agent note: Millbrook Central Mosque committee booked the function room for their annual volunteers' "
     "dinner, 80 guests, no bar service requested. Deposit paid."),
    ("special_categories", "benign", "sms",
     "Christmas fixtures: no games 25/26 Dec, back on the 28th. Merry Christmas all from the committee!"),
    ("special_categories", "benign", "review",
     "Review: Our quiz team 'Holy Goalie' won the clubhouse quiz again. The quizmaster is a legend. 5 stars. || "
     "Agent: Well played, see you next month for the title defence."),
    ("special_categories", "benign", "form",
     "Pitch booking | Organisation: Millbrook Interfaith Forum | Event: charity football match | Date: 20 July | "
     "Pitch: 1 | Contact: forum@example.org"),
    ("special_categories", "benign", "call",
     "Caller: Is the clubhouse open on Good Friday? || Agent: Yes, normal bar hours. || Caller: And Easter Monday? "
     "|| Agent: Closed, it's the groundsman's day off."),
    ("special_categories", "benign", "dm",
     "that save was an absolute miracle, our keeper's a god || Agent: Clip's going on the club socials tonight"),
    ("special_categories", "benign", "email",
     "Could the new clubhouse plans include a small quiet room? A lot of clubs have a multi-faith prayer space now "
     "and it would help when we host big tournaments. || Agent: Good idea, it's on the agenda for the building "
     "sub-committee."),
    ("special_categories", "benign", "email",
     "Hi, the Millbrook Polish Community Association would like to enter a team in the summer sixes. Entry form "
     "attached. || Agent: Received, you're in group B. Fixtures out next week."),
    ("special_categories", "benign", "chat",
     "Is the Caribbean food stall coming back for the tournament? || Agent: Yes, Island Flavours are booked again. "
     "|| brilliant, best jerk chicken in town"),
    ("special_categories", "benign", "note",
     "Agent note: League's annual equality, diversity and inclusion survey link shared with all members through "
     "the app; responses are anonymous and go straight to the league."),
    ("special_categories", "benign", "sms",
     "Black History Month match programme goes to print Friday, any articles to Jen by Thursday please"),
    ("special_categories", "benign", "review",
     "Review: Curry night at the clubhouse was outstanding, chef Mo knows his spices. Book early. 5 stars. || "
     "Agent: Next one is 18 October, tickets on the app."),
    ("special_categories", "benign", "form",
     "Feedback form | Topic: app | Comment: the language setting only offers English and Welsh. Could you add "
     "Polish and Urdu for the club information pages?"),
    ("special_categories", "benign", "call",
     "Caller: Does the app handle names with accents? || Agent: It should do. || Caller: It doesn't, é comes out "
     "as a question mark on the team sheet. || Agent: Thanks, I'll log that as a bug."),
    ("special_categories", "benign", "dm",
     "who's doing the food for the Kick It Out weekend? need a headcount by weds || Agent: Bar's doing it, 120 "
     "so far"),
    ("special_categories", "benign", "voicemail",
     "Voicemail: Hi, it's Priti from the Millbrook Asian Business Network. We'd like to sponsor the match ball for "
     "the derby. Call me back on 07700 900834, thanks."),
    ("special_categories", "benign", "email",
     "Hello, Millbrook Town Council would like to hire the function room for a public hustings before the council "
     "elections, all candidates invited. Is 24 April free? || Agent: It is, booked for 7pm."),
    ("special_categories", "benign", "chat",
     "Is there a club rule about political banners at matches? || Agent: Nothing political on the railings or in "
     "the clubhouse, same as the league rule. || Understood, thanks."),
    ("special_categories", "benign", "note",
     "Agent note: Council asked to use the clubhouse as a polling station on 2 May. Approved; bar closed that day "
     "and Sunday league notified."),
    ("special_categories", "benign", "sms",
     "AGM vote on the new crest is Tues 7pm. One member one vote, proxy forms on the app."),
    ("special_categories", "benign", "review",
     "Review: Committee meetings are more political than Westminster, but the club itself is brilliant. 4 stars. "
     "|| Agent: Ha, we'll try to keep the AGM under three hours this year."),
    ("special_categories", "benign", "form",
     "Function room hire | Organisation: Millbrook Debating Society | Event: 'This house would scrap VAR' | Date: "
     "14 Nov | Guests: 50"),
    ("special_categories", "benign", "call",
     "Caller: Is the car park open on election day? || Agent: Yes, it's open for voters all day. || Caller: "
     "And the bar? || Agent: Closed until the polls shut, licence condition."),
    ("special_categories", "benign", "dm",
     "campaign to get the council to fix the car park potholes, sign the petition on the app pls || Agent: "
     "Shared it in the members' news"),
    ("special_categories", "benign", "voicemail",
     "Voicemail: Hi, this is the constituency office of the local MP. We'd like to arrange a visit to the club "
     "during community sport week. Could the secretary call us back?"),
    ("special_categories", "benign", "email",
     "Hello, the Unite Millbrook branch would like to order 30 t-shirts for its charity five-a-side team, in "
     "similar colours to your kit. Could you quote? || Agent: Quote attached, £9.50 each including printing."),
    ("special_categories", "benign", "chat",
     "Can we book the function room for a branch meeting? || Agent: Yes, £40 for the evening. || Great, it's the "
     "RMT regional committee, 6 till 9, about 25 people. || Agent: Booked, invoice to the branch."),
    ("special_categories", "benign", "note",
     "Agent note: Bar staff pay rates reviewed against the real living wage; all staff informed in writing. No "
     "changes to contracts needed."),
    ("special_categories", "benign", "sms",
     "Train strikes tomorrow so the away game at Ashby is moved to 2pm. Car share list on the app."),
    ("special_categories", "benign", "review",
     "Review: The 'Union Jack' burger is massive. Best bar food in the league. || Agent: Thanks, the chef will "
     "be chuffed."),
    ("special_categories", "benign", "form",
     "Pitch booking | Organisation: Millbrook Trades Council | Event: May Day family football | Date: 5 May | "
     "Contact: trades@example.org"),
    ("special_categories", "benign", "call",
     "Caller: Is it true the bar staff are going on strike? || Agent: No, that rumour's about the brewery's "
     "delivery drivers, so we might be short of lager. || Caller: Panic over then."),
    ("special_categories", "benign", "dm",
     "united we stand lads, 3 points sunday || Agent: Up the Rovers"),
    ("special_categories", "benign", "email",
     "Do you offer discounted memberships for partner organisations? Our workplace sports association would like "
     "to sign up its members as a group. || Agent: Yes, 15% for groups of ten or more."),
    ("special_categories", "benign", "email",
     "Hi, the Millbrook Pride committee would like to book the 3G for a Pride cup tournament on 15 June. Any "
     "chance of rainbow corner flags? || Agent: Booked, and the flags are already in the store."),
    ("special_categories", "benign", "chat",
     "Are you doing Rainbow Laces weekend again? || Agent: Yes, laces are free at the gate. || nice, can I grab 20 "
     "pairs for our team? || Agent: Of course, I'll leave them behind the bar."),
    ("special_categories", "benign", "note",
     "Agent note: Couples membership option added to the app (two adults at one address, 10% off). Price list "
     "updated on the website."),
    ("special_categories", "benign", "sms",
     "Valentine's quiz night at the clubhouse 14 Feb, teams of 4, £2 a head"),
    ("special_categories", "benign", "review",
     "Review: Went to watch the Pride tournament, brilliant atmosphere and great burgers. 5 stars. || Agent: "
     "Thanks for coming, same again next year."),
    ("special_categories", "benign", "form",
     "Function room hire | Event: wedding reception | Date: 9 Aug | Guests: 120 | Bar: full | Contact: "
     "bookings.mills@example.com"),
    ("special_categories", "benign", "call",
     "Caller: Does the couples membership need both people to play? || Agent: No, one can be a social member. || "
     "Caller: And can we share a bar tab? || Agent: Yes, a joint tab on the app."),
    ("special_categories", "benign", "dm",
     "that through ball was sexy ngl || Agent: Agreed, goal of the month contender"),
    ("special_categories", "benign", "voicemail",
     "Voicemail: Hi, it's the fixtures secretary at Millbrook Marauders, the inclusive LGBT+ club. We'd like to "
     "arrange a friendly with your Sunday side in September."),
    ("special_categories", "benign", "email",
     "Could you share the club's policy on transgender players? We're writing the league's inclusion handbook and "
     "want it consistent across clubs. || Agent: Attached; we follow the FA policy word for word."),
    ("special_categories", "benign", "chat",
     "Can I add a nickname to my profile? || Agent: Yes, under Profile > Display name. || Ta, everyone calls me "
     "Gaz anyway."),
    ("special_categories", "benign", "note",
     "Agent note: Changing rooms refurbished with two private cubicles each and gender-neutral toilets by the "
     "bar. Signage ordered."),
    ("special_categories", "benign", "sms",
     "Mixed walking football starts Thursdays from 4 Sept, all welcome. || Agent: Sign-up link is on the app"),
    ("special_categories", "benign", "form",
     "Kit order | Item: women's fit home shirt x 14, men's fit x 16 | Team: Sunday squads | Contact: "
     "kit@example.com"),
    ("special_categories", "benign", "review",
     "Review: The new pronoun field and title options on the app are a nice touch, registration took two minutes. "
     "5 stars. || Agent: Thanks, glad the update works."),
    ("special_categories", "benign", "call",
     "Caller: The title field on the app only has Mr, Mrs and Miss. || Agent: We've added Mx and Dr in the "
     "update. || Caller: And Ms? || Agent: Yes, that too."),
    ("special_categories", "benign", "dm",
     "whoever picked the pink away kit, respect, it's growing on me || Agent: Ha, it was a members' vote"),
    ("special_categories", "benign", "voicemail",
     "Voicemail: Hi, it's Anne from the county FA women's and girls' development team. We'd like to run a "
     "recruitment evening in your clubhouse. Can someone call me back?"),
    ("special_categories", "benign", "email",
     "Winning is in this club's DNA! Attached is the draft centenary brochure for proofreading before it goes to "
     "print. || Agent: Thanks, two typos on page 4, otherwise great."),
    ("special_categories", "benign", "chat",
     "is the heart screening day open to all members? || Agent: Yes, it's charity funded and free, book a slot on "
     "the app. || great, I'll tell the squad"),
    ("special_categories", "benign", "note",
     "Agent note: 'Genes & Jeans' fundraiser night booked for 3 March in the function room; proceeds to the "
     "hospital charity."),
    ("special_categories", "benign", "sms",
     "Family fun day Sunday: bouncy castle, bbq, face painting. Bring the whole family tree lol"),
    ("special_categories", "benign", "review",
     "Review: The new gaffer has good football genes, his dad managed us in the 80s. Great season so far. || "
     "Agent: We think so too!"),
    ("special_categories", "benign", "form",
     "Sponsorship enquiry | Company: HelixGen Labs | Offer: sponsor the vets' away kit | Contact: "
     "marketing@example.com"),
    ("special_categories", "benign", "call",
     "Caller: Someone said the club is doing DNA testing? || Agent: No, that's the Heritage Group tracing old "
     "players for the centenary book. || Caller: Ah, got it, thanks."),
    ("special_categories", "benign", "dm",
     "our 4-4-2 has evolved into something Darwin would study lol || Agent: Tell the manager, not me"),
    ("special_categories", "benign", "email",
     "Is the fingerprint entry system at the clubhouse GDPR compliant? I'm writing the data protection section of "
     "the league's guidance. || Agent: Yes, templates are stored on the device only and deleted when membership "
     "ends."),
    ("special_categories", "benign", "chat",
     "does the app support face ID login on iphone? || Agent: Yes, turn it on in Settings > Security. || sorted, "
     "cheers"),
    ("special_categories", "benign", "note",
     "Agent note: Quote received for a fingerprint lock on the kit store, £320. Committee to decide; a PIN keypad "
     "alternative is £90."),
    ("special_categories", "benign", "sms",
     "Reminder: new photo member cards being printed, upload a headshot on the app by Friday"),
    ("special_categories", "benign", "review",
     "Review: The voice assistant on the booking line thought I said 'pitch free' instead of 'pitch three'. Still "
     "booked fine. 4 stars. || Agent: Ha, we'll teach it some local accents."),
    ("special_categories", "benign", "form",
     "Feedback form | Topic: app | Comment: please add a fingerprint login option on Android, typing the password "
     "every time is a pain"),
    ("special_categories", "benign", "call",
     "Caller: Does the bar CCTV use facial recognition? || Agent: No, it's standard recording, kept for 30 days. "
     "|| Caller: Okay, just curious."),
    ("special_categories", "benign", "dm",
     "ref's fingerprints all over that result, never a penalty || Agent: Complaints to the league, not me"),
]


def heugh_examples() -> list[dict]:
    """The heugh split as labelled tickets (same shape as ``sensitive_eval.build_eval_set``'s)."""
    return stranger_examples("heugh", ENTRIES, SUBJECTS)
