"""gowl split: written by a helper who had not seen the detection rules, the anchors or any other split.
Setting: Kestrel Cars, a local taxi firm running app and phone bookings, account customers, airport transfers,
wheelchair-accessible vehicles and council school-transport contracts;
registers are email, chat, sms, call, note, form, review, voicemail and dm.
The benign half borrows the same territory harmlessly: organisations booking as organisations (a mosque committee,
a union branch, a school office, a funeral director), general policy questions, idioms, place and brand names,
app features and routine fare or card trouble, without revealing anything about any person.
70 sensitive and 70 benign tickets for special categories, 50 and 50 for children, 20 and 20 for financial hardship,
15 and 15 for health, legal, bereavement and violence and self-harm.
First reading (policy 2026.11.24.7, after it was final; `sensitive_eval.evaluate`, as `make eval-sensitive`):
93.5 / 3.5 recall / false exclusion in % as shipped, 94.0 / 6.0 without the overruling,
87.0 / 5.0 by the rules alone. Waits for the next round (tuned and trained on after this reading)."""

from __future__ import annotations

from training_gate.sensitive_blind import stranger_examples

SUBJECTS: tuple[str, ...] = (
    "Airport transfer to Stenford - pickup time",
    "Lost property from last night's journey",
    "Complaint about driver conduct",
    "School contract route query",
    "Account invoice question",
    "Wheelchair-accessible vehicle booking",
    "App booking not showing",
    "Fare and tip refund request",
    "Regular weekly booking",
    "Driver feedback",
    "Change of account details",
    "Cancelled booking - still charged?",
)

ENTRIES: list[tuple[str, str, str, str]] = [
    # ---- special categories, sensitive
    ("special_categories", "sensitive", "chat",
     "hi there, need a car every Friday from the Millgate industrial estate at 12.30 please || Agent: No problem, "
     "where to? || to the Carver Street mosque. last week the driver came at 12.50 and I missed most of jummah, so "
     "12.30 sharp pls || Agent: Understood, I've put a note on the standing booking for a 12.25 arrival."),
    ("special_categories", "sensitive", "call",
     "Agent: Kestrel Cars, Lorna speaking. || Caller: Hiya love, it's Mrs Quigley on Tanner's Row, account 3318. I "
     "need my Sunday car moving to half eight instead of nine. || Agent: Half eight, no problem. || Caller: Only "
     "Father Breen's asked me to do the readings at the early mass now, and I'm not walking in late to that."),
    ("special_categories", "sensitive", "note",
     "Acct note (Mr A. Lewin): asks that we don't phone or text him from Friday sundown to Saturday night as he "
     "keeps Shabbat - send his Monday airport confirmations on Thursday instead. Driver for return leg told."),
    ("special_categories", "sensitive", "sms",
     "Eid starts thursday so we'll be fasting till then - can wednesday's airport pickup be after 9pm pls so we "
     "can break the fast at home first. ref KC-58820"),
    ("special_categories", "sensitive", "email",
     "Hello, I travelled with you from Stenford Airport on Tuesday evening (booking KC-60317). I think I left a "
     "string of wooden prayer beads, my misbaha, in the seat pocket. It was my grandfather's and I use it every day "
     "after salah, so I would be really grateful if the driver could check. Thank you, Bilal"),
    ("special_categories", "sensitive", "review",
     "3/5. Car clean and on time for the airport run. Knocked two stars off because the driver spent the whole "
     "drive asking why I wear a turban, whether I'd 'always been Sikh' and if I'm allowed to cut my hair. || "
     "Agent: Thank you for the feedback, Mr Dhaliwal. We're sorry; this has been raised with the driver directly."),
    ("special_categories", "sensitive", "form",
     "Booking type: Regular | Day: Sunday | Time: 09:15 | From: 22 Orchard Close | To: Kingdom Hall, Fenner Lane | "
     "Notes: same driver as last month please, I go to the meeting there every week and the return is 11:30"),
    ("special_categories", "sensitive", "chat",
     "Customer: can I put a note on my account saying no religious chat from drivers? || Agent: Of course, can I "
     "ask what happened? || Customer: last two drivers both tried to hand me church leaflets and one said he'd "
     "pray for me. I'm an atheist, not offended exactly, I just want a quiet ride to work"),
    ("special_categories", "sensitive", "voicemail",
     "Hi, it's Hamid Seddiqi, 07700 900412. My father is going for Hajj on the 14th so we need the big seven-seater "
     "to Stenford for 4am, and the return on the 2nd, he'll have the zamzam water with him so lots of luggage. "
     "Call me back, thanks."),
    ("special_categories", "sensitive", "email",
     "Re: driver on Saturday night. I've used Kestrel for three years and never complained. Saturday's driver "
     "asked where I was 'really from'. I said Harrowby. He asked where my parents were from, then said 'you know "
     "what I mean'. I'm Black British, born four streets from your office, and I'm tired of having this "
     "conversation in a car I'm paying for. || Agent: Ms Adeyemi, I'm very sorry. I've logged this formally and "
     "the operations manager will call you tomorrow."),
    ("special_categories", "sensitive", "chat",
     "Customer: is it possible to ask for a driver who speaks Tigrinya? || Agent: We can't guarantee languages but "
     "I can check the rota. Who's travelling? || Customer: my mum, she's Eritrean, only came over in March and "
     "her English is very little. It's Thursday to my sister's in Ashcombe"),
    ("special_categories", "sensitive", "note",
     "Controller note: caller (Mrs Loveridge) said she and her family are Romany and two other firms won't collect "
     "from the site on Fenner Lane. Told her we collect anywhere in the district. Booked Wed 10:00 "
     "to Ashcombe market."),
    ("special_categories", "sensitive", "review",
     "5 stars for Dave. As a mixed-race woman I'm used to drivers opening with 'so where's your accent from' or "
     "calling me exotic. Dave talked about the football and the roadworks and got me to the airport early. That's "
     "all I ever want."),
    ("special_categories", "sensitive", "sms",
     "hiya its Aisling from the Traveller site on Brook Lane, same as usual thurs 10am to the market pls, the "
     "driver last time didnt want to come up the track, tell them its fine"),
    ("special_categories", "sensitive", "call",
     "Agent: You're through to Kestrel, how can I help? || Caller: I want to complain about a driver from last "
     "night. || Agent: I'm sorry to hear that, what happened? || Caller: I queried the fare because he went the "
     "long way and he said 'you Chinese always haggle'. I'm Malaysian Chinese, for the record, been "
     "here twenty years."),
    ("special_categories", "sensitive", "form",
     "Complaint form | Date of journey: 14/09 | Pickup: Stenford Airport, Arrivals | What went wrong: The driver at "
     "the rank refused my husband and me and muttered that he doesn't take 'Pakistanis' after dark. We're British "
     "Pakistani and have booked with you for years. | Outcome wanted: an apology and to know he's been dealt with"),
    ("special_categories", "sensitive", "dm",
     "hiya! booking for my nan's 90th - she's flying in to Stenford on the 3rd. she came over from Jamaica on one "
     "of the Windrush ships in '58 and went back when she retired, so she's proper old school. driver needs to "
     "carry her bags and call her Mrs Campbell, not 'love' lol"),
    ("special_categories", "sensitive", "chat",
     "Agent: Just so the driver can spot you at Arrivals, could you give me a quick description? || Customer: ha, "
     "I'll probably be the only Black guy in a red Kestrel Rovers shirt, 6'4, grey holdall || Agent: Perfect, "
     "that's on the job sheet. The driver will message when he's parked."),
    ("special_categories", "sensitive", "email",
     "Hi, I'm standing for the Green Party in the Ashcombe ward by-election and will need a car most evenings for "
     "the next three weeks to get between canvassing sessions. Can I open a personal account so the receipts go "
     "to my agent? Thanks, Imogen Thorley"),
    ("special_categories", "sensitive", "note",
     "Driver Kev B. reports fare from Civic Sq: passenger spent the journey handing him leaflets against the "
     "Harrowby incinerator and said she's one of the organisers of Saturday's march. No issue with fare, polite."),
    ("special_categories", "sensitive", "sms",
     "can u do 6 of us to the climate march in town sat 11am, pickup the Hollies. we've got placards so maybe the "
     "big car lol. we're going as the Ashcombe XR group"),
    ("special_categories", "sensitive", "review",
     "2 stars. On polling day I was telling for the Conservatives outside St Jude's and booked a car home after. "
     "The driver saw my rosette and lectured me the whole way about what 'my lot' had done to the NHS. || Agent: "
     "We're sorry, Mr Pryce. Drivers are expected to keep their views to themselves and we've reminded him."),
    ("special_categories", "sensitive", "chat",
     "Customer: the driver yesterday had a phone-in on and kept asking my view on immigration || Agent: I'm sorry, "
     "that shouldn't happen. || Customer: I told him I'm a socialist and always have been, and after that he went "
     "silent and slammed the brakes at every light. Not acceptable"),
    ("special_categories", "sensitive", "call",
     "Caller: Morning, it's Cllr Ndlovu, independent member for Millgate. I'm campaigning against the bus cuts so "
     "I'm all over the ward, can I set up an account? || Agent: Of course. Personal or through the council? || "
     "Caller: Personal, the campaign's not council business."),
    ("special_categories", "sensitive", "form",
     "Account application | Name: Ruaridh Stell | Account type: Personal | Usual journeys: monthly to Harrowby for "
     "Communist Party branch meetings, occasional trips to Stenford | Billing: monthly invoice"),
    ("special_categories", "sensitive", "voicemail",
     "Hi Kestrel, it's Raj on 07700 900233. Booking for Saturday - I'm stewarding at the Palestine solidarity march "
     "so I need dropping at the station for half nine, and I'll ring when it's finished for a pickup. Cheers."),
    ("special_categories", "sensitive", "dm",
     "Tell Tomasz thanks for the chat on Monday's airport run. As a lifelong Tory voter I don't often agree with a "
     "cabbie about politics but he was spot on about the council's parking mess!"),
    ("special_categories", "sensitive", "email",
     "Hello, I'm the GMB workplace rep at the Westmere bakery and I've got a hearing to attend with a member at "
     "head office on Friday. Can you book me a car from the bakery at 8am and back at 1? I'll pay on the day. "
     "Regards, Sean Malley"),
    ("special_categories", "sensitive", "note",
     "Driver Colin Marsh (#52) told the controller he's joined the IWGB drivers' union and wants his rep present "
     "at Thursday's meeting about app deactivations. Passed to ops manager."),
    ("special_categories", "sensitive", "sms",
     "hi its Pat, cancel my usual 5.45 for tomorrow and thurs, I'll be on the CWU picket line at the sorting "
     "office instead. back to normal friday"),
    ("special_categories", "sensitive", "chat",
     "Customer: hi, I'm a Unison member and the union website says members get 10% off with Kestrel? || Agent: "
     "Yes, we run a members' scheme. Can you give me your membership number? || Customer: UN-448210, thanks"),
    ("special_categories", "sensitive", "review",
     "Brilliant service getting me to the NEU annual conference at Stenford. As a delegate I had two boxes of "
     "motions paperwork and the driver helped me in with everything. Will use again."),
    ("special_categories", "sensitive", "call",
     "Agent: Kestrel Cars, Amir speaking. || Caller: Hi, I need a car to work at Brackley Road for 10 on Tuesday, "
     "and can it wait? || Agent: We can do wait-and-return, how long? || Caller: An hour maybe. It's my grievance "
     "hearing and my rep from the union's meeting me there, so depends how it goes."),
    ("special_categories", "sensitive", "form",
     "Lost property report | Date: Sat 12th | Route: Harrowby to Millgate | Item: black lanyard with my work pass "
     "and my Unite membership card on it | Name: Gail Mercer | Phone: 07700 900578"),
    ("special_categories", "sensitive", "voicemail",
     "Hiya, it's Mo, driver 41. Can't make Wednesday's drivers' meeting. I'm in the union now so whatever gets "
     "decided, send it to Les as my rep and he'll speak for me. Ta."),
    ("special_categories", "sensitive", "dm",
     "hi, can you make the receipt for tuesday's trip out to ASLEF rather than me? I'm going to the district "
     "council meeting as a member and they reimburse. thanks - Dean Pollard"),
    ("special_categories", "sensitive", "email",
     "Hi, please can I book the airport run for 06:00 on the 22nd from 14 Larch Way for my husband Marcus and me, "
     "back on the 29th, flight KX220 landing 21:40. Two large cases. Thanks, Gareth Lowe"),
    ("special_categories", "sensitive", "chat",
     "Hannah: hiya can I book a surprise pickup for my girlfriend Leonie at 5.30 from the Brackley Rd offices? || "
     "Agent: Lovely! Where's she going? || Hannah: the Quayside restaurant, it's our 2 year anniversary so please "
     "don't tell her who booked it haha"),
    ("special_categories", "sensitive", "review",
     "Driver kept calling Jamie my 'mate' all the way to the Pride afterparty. As two blokes who've been together "
     "eight years we get that a lot, didn't spoil anything, driving was great. 4 stars"),
    ("special_categories", "sensitive", "note",
     "Complaint logged: cust (Mr Devlin) says driver made homophobic remarks after seeing him kiss his partner "
     "goodbye at pickup; partner is male, together 6 yrs. Cust wants assurance he won't get that driver again."),
    ("special_categories", "sensitive", "sms",
     "if my wife rings asking where ur driver dropped me fri night pls dont tell her it was the Quay St hotel. im "
     "seeing someone, its complicated. acct 2210"),
    ("special_categories", "sensitive", "voicemail",
     "Hi, it's Priya Sandhu, booking ref KC-61984. Just to say it's me and my wife travelling Saturday, not two "
     "separate passengers like the app says - we're off on honeymoon, so one car, lots of suitcases! Thanks."),
    ("special_categories", "sensitive", "form",
     "Airport booking | Passengers: 2 | Names: Stuart Kerr, Ewan Baird | Special requests: it's the tenth "
     "anniversary of our civil partnership, could the car come at 7 rather than 7.15 so we make the lounge?"),
    ("special_categories", "sensitive", "call",
     "Caller: I wanted to pass something on about one of your drivers. || Agent: Go on. || Caller: Every single "
     "time, 'got a girlfriend yet?', 'when you settling down?'. I'm asexual, I don't want to explain that to a "
     "cabbie on the way to work, can you just ask him to drop it?"),
    ("special_categories", "sensitive", "dm",
     "lol your driver asked if my wife was my sister. she is not. nice man though, got us to the airport in record "
     "time - Kerry-Anne"),
    ("special_categories", "sensitive", "email",
     "Hello, my account is still under my old name. I'm trans and changed my name by deed poll in the spring, so "
     "please update it to Elliot Farrow and make sure the old name doesn't show to drivers. Same email and phone."),
    ("special_categories", "sensitive", "chat",
     "Customer: quick one, can drivers see my name on the booking? || Agent: They see the first name on the "
     "account, yes. || Customer: then why did the last one keep calling me sir. it says Sophie. I'm a trans "
     "woman, I know what I look like, I'd just like basic respect on the way to work"),
    ("special_categories", "sensitive", "note",
     "Acct note: Sam Ruddock is non-binary and uses they/them. Please update the driver brief for their standing "
     "Tuesday 06:40 to the station; cust asked for no 'sir/madam'."),
    ("special_categories", "sensitive", "form",
     "Change of details | Account no: 7713 | New name: Jordan Pike | Previous name: Joanne Pike | Reason for "
     "change: gender transition | Please do not use the previous name on receipts or with drivers."),
    ("special_categories", "sensitive", "sms",
     "hi can u put my bookings under Ash now not my old name, the one on my bank card. ive transitioned and the "
     "card's not updated yet so pls dont read it out thx"),
    ("special_categories", "sensitive", "review",
     "1 star. The driver asked me what I was 'born as' because my voice 'didn't match'. I'm trans, I don't owe "
     "anyone that, least of all on a ten-minute ride to the station. || Agent: We're truly sorry. This is not "
     "acceptable and the driver has been taken off jobs pending a review."),
    ("special_categories", "sensitive", "voicemail",
     "Hi, this is Kai on account 5592. Ringing because your driver called me 'young lady' again this morning, "
     "third time. I'm a trans man, it's been on my account notes for a year, could someone actually read them?"),
    ("special_categories", "sensitive", "call",
     "Agent: And the name for the booking? || Caller: Danielle. My card'll come up as Daniel, sorry, I'm "
     "mid-transition and the bank are dragging their feet. || Agent: Not a problem at all, I'll put Danielle on it."),
    ("special_categories", "sensitive", "dm",
     "some days I present femme and some days I don't, so can your drivers please stop comparing me to the "
     "account photo and asking if it's 'really me'? I'm genderfluid, the booking's mine. - R."),
    ("special_categories", "sensitive", "email",
     "Hi, I need a car on Saturday at 11 from Millgate to an address in Harrowby and back about 4. Bit of a "
     "strange one - an ancestry DNA test matched me with a half-brother I never knew I had and we're meeting for "
     "the first time. Would rather not be late. Thanks, Moira"),
    ("special_categories", "sensitive", "chat",
     "Customer: need a return to Stenford General next weds, 2pm || Agent: Which entrance? || Customer: the "
     "genetics department, I'm getting my BRCA result and my sister tested positive last year so might be a long one"),
    ("special_categories", "sensitive", "note",
     "Call note: cust (Mr Osei-Tutu) chatty on the phone, said the paternity test came back positive and he's "
     "meeting his son, now 30, and the son's family for the first time on Sunday. Booked 13:00 to Ashcombe."),
    ("special_categories", "sensitive", "sms",
     "pls check car 12 for a white envelope from Genelink Labs, its my brother's and my sibling DNA results, says "
     "we're half siblings not full. left it on the back seat this morning"),
    ("special_categories", "sensitive", "review",
     "Kind driver. I'd just opened the email from the DNA kit company telling me my dad isn't my biological father "
     "and I was a mess in the back. He said take your time and turned the radio down. Thank you, car 7."),
    ("special_categories", "sensitive", "call",
     "Caller: Can I book for two, Thursday 9.30, to the Ashcombe clinic? || Agent: Which department? || Caller: "
     "Genetic counselling. Me and my fiance both came back as cystic fibrosis carriers so they want "
     "to see us together."),
    ("special_categories", "sensitive", "form",
     "Lost property | Item: blue A4 folder | Contents: genetic test report for Lachlan Orme showing Factor V Leiden "
     "(heterozygous), plus letters from the lab | Where left: back seat, Friday 6pm airport drop"),
    ("special_categories", "sensitive", "voicemail",
     "Hiya, Bernie Holt on 07700 900761, I left an envelope in your car this afternoon - it's the zygosity test for "
     "me and my twin, came back identical after sixty years of arguing about it! Please hang onto it."),
    ("special_categories", "sensitive", "email",
     "Hi, your app keeps failing my selfie check. It says my face doesn't match the scan I enrolled with in June. "
     "I've grown a beard since - can I re-enrol my face data without losing my saved cards? Mark Ellery, acct 9031"),
    ("special_categories", "sensitive", "note",
     "Driver Tariq Hume (#33) failed the face-match check at log-on three times today (score 41%, threshold 80%). "
     "Locked out, re-enrolled with a new face template at 14:10, now working."),
    ("special_categories", "sensitive", "chat",
     "Customer: weird one, the app says two fingerprints are registered for login on my account || Agent: That "
     "normally comes from your phone's settings, but I can check our side. || Customer: one of them is Callum's, "
     "my old flatmate, he enrolled his thumb when he borrowed my phone. can you wipe his print"),
    ("special_categories", "sensitive", "sms",
     "the voice ID on ur phone line doesnt know me since my cold, can u reset my voiceprint? acct "
     "4471 Jenny Ashworth"),
    ("special_categories", "sensitive", "form",
     "Depot clock-in enrolment | Driver: Nasrin Blake (#23) | Biometric captured: right index and thumb "
     "fingerprints | Template ID: FT-7781 | Enrolled by: J. Colley"),
    ("special_categories", "sensitive", "call",
     "Caller: your app took a scan of my face when I signed up and I never agreed to that || Agent: That's the "
     "identity check, it's optional for cash accounts. || Caller: well it's got my face on file now, under Ruth "
     "Danvers, and I want it deleted."),
    ("special_categories", "sensitive", "review",
     "App is fine but why does my payment receipt show my face-match confidence score (98.7%) and the time my "
     "face was scanned? Didn't need to know that and definitely don't want it in my inbox."),
    ("special_categories", "sensitive", "voicemail",
     "Hi, it's Gary, driver 17. The fingerprint reader on the depot door won't take my print, keeps saying no "
     "template found. Someone must have deleted my record. Can I get re-registered before Thursday's shift?"),
    # ---- special categories, benign
    ("special_categories", "benign", "chat",
     "Customer: are you open over Christmas and Eid, and do you charge extra? || Agent: We run 24/7. Bank "
     "holidays, Christmas Day included, are time-and-a-half; other days are normal fares. || Customer: great, "
     "just planning the office rota, thanks"),
    ("special_categories", "benign", "email",
     "On behalf of the Carver Street Mosque management committee, we'd like to book three cars on the 8th to "
     "collect visiting speakers from Stenford Airport for our open day. Please invoice the mosque's account. "
     "Kind regards, Committee Secretary"),
    ("special_categories", "benign", "form",
     "Account application | Organisation: St Bride's Parish Hall (lettings office) | Use: cars for caterers and "
     "performers at hall events | Billing: monthly invoice to the hall | Contact: lettings@example.org"),
    ("special_categories", "benign", "review",
     "Absolute godsend, this firm. Trains were off and the driver got me from Harrowby to the airport in 25 "
     "minutes. Bless him, he even found my gate number on his phone."),
    ("special_categories", "benign", "sms",
     "holy moly the surge at 2am sat was a shock!! is that normal for weekend nights or was it a "
     "glitch? ref KC-60811"),
    ("special_categories", "benign", "note",
     "Road closures Sunday 09:00-12:00 for the Whit Walk procession through Millgate centre; route station jobs "
     "via Tanner's Row and warn customers of delays."),
    ("special_categories", "benign", "call",
     "Caller: I need a car for the Cathedral Quarter at 7. || Agent: Which address? || Caller: Le Clocher, the "
     "restaurant - not the cathedral itself, your drivers always take me to the wrong door."),
    ("special_categories", "benign", "voicemail",
     "Hi Kestrel, it's Temple Road Estate Agents. We'd like to open an account for our valuers - three or four "
     "trips a week around Ashcombe. Can someone ring the office back on 07700 900118? Thanks."),
    ("special_categories", "benign", "dm",
     "your christmas lights tour last year was the best thing ever, are you running it again this december? want "
     "to book one for the office party"),
    ("special_categories", "benign", "email",
     "Race day at Ashcombe on the 17th: we'd like four cars for our corporate hospitality guests, leaving the "
     "Brackley Road office at 11:30 and returning from the racecourse after the last race. Invoice to account 2207."),
    ("special_categories", "benign", "chat",
     "Customer: is the car black or silver? I need to spot it at the pickup point || Agent: Black Skoda Superb, "
     "the reg is in the app under 'your driver'. || Customer: got it, cheers"),
    ("special_categories", "benign", "sms",
     "is the black friday deal still on? saw 20% off airport runs on facebook but the app shows full price"),
    ("special_categories", "benign", "note",
     "Multilingual phone line trial starts Monday: press 3 for Polish, 4 for Urdu, 5 for Romanian. Review call "
     "volumes after eight weeks."),
    ("special_categories", "benign", "form",
     "Feedback | Topic: app | Comment: please add more language options - Welsh and Polish at least. The settings "
     "menu only offers English at the moment."),
    ("special_categories", "benign", "review",
     "Driver knew every back road around Windrush Road and shaved ten minutes off the school-traffic crawl. "
     "Top marks, will book again."),
    ("special_categories", "benign", "call",
     "Caller: Hi, it's the Spice Island restaurant on Dock Street. Your driver from last night's job left his "
     "sunglasses in our kitchen when he came in for the order. || Agent: Thanks, I'll let him know to pop by."),
    ("special_categories", "benign", "voicemail",
     "Hello, this is the organising team for the Harrowby International Food Festival. We'll need eight cars on "
     "the Sunday to shuttle traders from the station. Please call back to quote."),
    ("special_categories", "benign", "dm",
     "the link to your equality and diversity policy on the website footer goes to a 404 page, just fyi"),
    ("special_categories", "benign", "email",
     "Westmere Council elections office: we require six cars on the night of the 6th to carry sealed ballot boxes "
     "from polling stations to the count at the Civic Centre. Drivers will be accompanied by a council officer."),
    ("special_categories", "benign", "chat",
     "Customer: is there a party surcharge? || Agent: Sorry, a party? || Customer: hen party, 8 of us, fancy "
     "dress, no drama I promise || Agent: No surcharge, you'll just need the 8-seater."),
    ("special_categories", "benign", "note",
     "Reminder to all drivers: no political badges, stickers or radio phone-ins in cabs during the election "
     "period. Keep chat neutral."),
    ("special_categories", "benign", "sms",
     "does the election count on thurs mean roads shut round the town hall? need to get to work for 7"),
    ("special_categories", "benign", "form",
     "Interview travel | Company: Brackley Logistics | Candidates: 3 arriving by train, collect from Millgate "
     "station at 09:00, 11:00 and 14:00 | Bill to HR cost centre 41"),
    ("special_categories", "benign", "review",
     "Driver was a great conversationalist - we covered everything from the cricket to the price of parking at the "
     "airport. Never a dull moment."),
    ("special_categories", "benign", "call",
     "Caller: Is it right the council's changing the licensing rules for taxis? I read something in the Gazette. "
     "|| Agent: There's a consultation on at the moment; we'll update customers when it's decided."),
    ("special_categories", "benign", "voicemail",
     "Hello, Westmere Council events team here. We'll need two cars for the mayor-making ceremony on the 19th, "
     "collecting guests from the Civic Centre at 18:30. Purchase order to follow."),
    ("special_categories", "benign", "email",
     "Westmere Unison branch office: we'd like to book two cars for guest speakers arriving at Stenford on the 4th "
     "for the branch AGM. Please invoice the branch, PO number 2291."),
    ("special_categories", "benign", "chat",
     "Customer: where do I get picked up on Union Street, the front of the shops or the car park? || Agent: The "
     "car park entrance is easier, the driver can't stop on the double yellows at the front."),
    ("special_categories", "benign", "sms",
     "train strike tomorrow so can i pre-book 7am to stenford? will you be mega busy"),
    ("special_categories", "benign", "note",
     "Stenford University Students' Union asked for a quote for a freshers' week safe-ride scheme; rate card sent, "
     "follow up Friday."),
    ("special_categories", "benign", "form",
     "Account application | Organisation: Harrowby Credit Union | Use: staff travel between branches | Named "
     "users: 5 | Billing: monthly invoice"),
    ("special_categories", "benign", "review",
     "Lovely touch with the Union Jack air freshener for the jubilee weekend, ha. Car spotless, driver on time, "
     "card machine worked first go."),
    ("special_categories", "benign", "call",
     "Caller: are your drivers employed or self-employed? We're choosing a firm for company travel and our "
     "procurement policy asks. || Agent: Mostly self-employed, licensed by the council; I can email our statement."),
    ("special_categories", "benign", "voicemail",
     "Hiya, it's Dawn from the bowling club, we need two cars to the regional league Saturday, back after the last "
     "strike of the night, ha. Ring me back on 07700 900354."),
    ("special_categories", "benign", "dm",
     "do you recognise a drivers' association or anything like that? just curious after the news piece about the "
     "app companies"),
    ("special_categories", "benign", "email",
     "Hello, we run the cafe on Quay Street. Will the Pride parade on Saturday close the road for pickups? Our "
     "staff usually book cars home at 11pm and we want to warn them."),
    ("special_categories", "benign", "chat",
     "Agent: Is that straight to Terminal 2 or do you need a stop on the way? || Customer: straight there please, "
     "flight's at 9 || Agent: Booked, the driver will be there at 6."),
    ("special_categories", "benign", "note",
     "Pride weekend: heavy demand expected Sat 14:00-02:00 around Quay St; two extra drivers rostered, pickups "
     "moved to the Dock St rank."),
    ("special_categories", "benign", "sms",
     "booking for the stag do sat - 2 x 8 seaters to the races from the Fox & Hound at 11, back whenever lol"),
    ("special_categories", "benign", "form",
     "Corporate account | Company: Rainbow Print Ltd | Contact: accounts@example.com | Users: 4 | Notes: "
     "printing firm on the Millgate estate, please send statements monthly"),
    ("special_categories", "benign", "review",
     "Proper gent of a driver - dropped all six partners from the accountancy firm at the awards dinner bang on "
     "time and collected them at midnight."),
    ("special_categories", "benign", "call",
     "Caller: Can I add a second person to my account? || Agent: Yes - do they need their own login? || Caller: "
     "Yes, it's my business partner, we run the hardware shop together."),
    ("special_categories", "benign", "voicemail",
     "Hi, this is Lena at the Quay Street wedding venue. We'd like to add Kestrel to the list of recommended "
     "suppliers we give couples; could someone email over a rate card?"),
    ("special_categories", "benign", "dm",
     "saw your sponsorship banner at the carnival, nice one! do you do sponsorships for the Harrowby 10k as well?"),
    ("special_categories", "benign", "chat",
     "Customer: can passengers request a female driver for late-night runs? our office is writing a staff safety "
     "policy || Agent: You can add a preference to a booking; we'll meet it where the rota allows."),
    ("special_categories", "benign", "email",
     "HR at Brackley Logistics here. We're updating our travel policy - does your account portal allow Mx as a "
     "title, or a blank title? We'd like the option available for all staff profiles."),
    ("special_categories", "benign", "note",
     "App 4.2 release notes: title field now optional for all customers; drivers can add preferred name to their "
     "profile card."),
    ("special_categories", "benign", "form",
     "Change of account name | Old name: Fenwick & Hale Ltd | New name: Fenwick Hale Partners | Reason: company "
     "rebrand | Effective: 1st of next month"),
    ("special_categories", "benign", "sms",
     "my name's spelled wrong on the booking - its Siobhan not Shivon, can u fix before the driver arrives thx"),
    ("special_categories", "benign", "review",
     "Ladies and gents, this is how a taxi firm should be run. Driver early, car warm, fare exactly as quoted."),
    ("special_categories", "benign", "call",
     "Caller: Is it true you've got women drivers now? Our netball club's looking for a firm for away games. || "
     "Agent: We do, and the club can have one account with the team's bookings on it."),
    ("special_categories", "benign", "voicemail",
     "Hi, it's Gordon at Transline Coaches, our coach has broken down at Stenford services. Can you send three "
     "cars for twelve passengers? Call me on 07700 900622."),
    ("special_categories", "benign", "dm",
     "does your app let you pick 'prefer not to say' for title? filling in the sign-up form and it won't let me "
     "skip it"),
    ("special_categories", "benign", "email",
     "We're a diagnostics lab setting up a business account to move sealed sample boxes between our Millgate site "
     "and Stenford General. Drivers won't handle contents; boxes are sealed and labelled by us."),
    ("special_categories", "benign", "chat",
     "Customer: your ad says 'customer service is in our DNA' lol, so why am I 20 mins on hold || Agent: Fair "
     "point, sorry - Saturday nights are busy. What can I book for you?"),
    ("special_categories", "benign", "sms",
     "booking for the Genealogy Society trip to the county archives, 6 people, 9am from the library, return 4pm"),
    ("special_categories", "benign", "form",
     "Booking notes: pickup at the Gene Hall (community hall on Gene Street), 4 passengers, going to Stenford "
     "Airport, large cases x3"),
    ("special_categories", "benign", "review",
     "Hereditary excellence - my grandad used Kestrel in the 80s and they're still the best in town."),
    ("special_categories", "benign", "call",
     "Caller: I'm from the university science festival. We've got a public lecture on genetics on the 12th and "
     "need three speakers collected from Millgate station. || Agent: Of course, what times?"),
    ("special_categories", "benign", "voicemail",
     "Hi, it's the production team from the Ancestry Roadshow, we're filming at Ashcombe Hall on Tuesday and need "
     "two cars for crew from 6am. Please call back."),
    ("special_categories", "benign", "dm",
     "did you change your logo? the new kestrel looks like it's mutated lol, liked the old one better"),
    ("special_categories", "benign", "chat",
     "Customer: does the new app support Face ID login or just a PIN? || Agent: Both; Face ID and fingerprint "
     "login use your phone's own settings, we never see or store them."),
    ("special_categories", "benign", "email",
     "How long should I allow for the passport e-gates at Stenford on the way back? I'm booking my pickup for "
     "flight KX410 landing 18:20 and don't want the driver waiting forever."),
    ("special_categories", "benign", "note",
     "Card reader in car 14 covered in fingerprint smudges and sticky; cleaned at depot, driver reminded to use "
     "the screen wipes between fares."),
    ("special_categories", "benign", "sms",
     "how do i turn on the thumbprint login thing, cant find it anywhere in the settings"),
    ("special_categories", "benign", "form",
     "Feature request | Area: driver app | Request: a voice-note option so drivers don't have to type messages to "
     "customers while waiting at pickup."),
    ("special_categories", "benign", "review",
     "App is slick - no selfie needed to sign up, took two minutes, and the driver tracking is spot on."),
    ("special_categories", "benign", "call",
     "Caller: your privacy notice mentions biometric data, do you actually collect any? || Agent: Only drivers, "
     "who can opt into a face check at log-on. Customers aren't asked for anything like that."),
    ("special_categories", "benign", "voicemail",
     "Hello, can someone ring me about an invoice? Your voice menu kept sending me to bookings instead of accounts, "
     "four times. Account 3021, thanks."),
    ("special_categories", "benign", "dm",
     "does the dashcam in your cars record inside the cab or just the road? asking before I sign the office up"),
    # ---- children, sensitive
    ("children", "sensitive", "chat",
     "Customer: hi do your cars have booster seats? || Agent: We can fit one if you ask when booking. Who's it "
     "for? || Customer: my daughter, she's 5, we're going to the airport sat 6am from 9 Heron Close || Agent: "
     "Booster added to KC-62014."),
    ("children", "sensitive", "note",
     "Route SR-12 (council contract): escort reports pupil Liam Dorsey, Year 4, not at the pickup point on "
     "Kestrel Way at 08:05. Parent rang at 08:20 - he's off today. Route continued."),
    ("children", "sensitive", "email",
     "Hello, my son Ollie is 14 and starting at Fernhill Academy after Easter. Would you take him on his own from "
     "school to my office on Brackley Road three afternoons a week, on my account? I can give you a password for "
     "the driver to check. Thanks, Rachel Boyd || Agent: Hi Rachel, yes - we carry over-12s alone with a parent's "
     "written consent, form attached."),
    ("children", "sensitive", "form",
     "Airport booking | Passengers: 2 adults, 1 child | Child seat required: yes | Child's age: 18 months | "
     "Child's name (for driver): Isla | Flight: KX118 | Pickup: 04:30"),
    ("children", "sensitive", "sms",
     "can the driver get my daughter from St Aldric's at 3.15, she's in year 2, Maisie, curly hair, she knows the "
     "password is bluebell. im stuck at work sorry"),
    ("children", "sensitive", "voicemail",
     "Hi, it's Kirsty on 07700 900447, I've had the baby, she's three weeks now, and I need a car Thursday for me "
     "and her to my mum's in Ashcombe. We've got our own car seat, just need the driver to wait while I strap it in."),
    ("children", "sensitive", "review",
     "Driver was a saint. My twins are 4 and screamed the whole way to the airport, he just put on the Frozen "
     "soundtrack and carried on. 5 stars and a big tip."),
    ("children", "sensitive", "call",
     "Agent: Kestrel school transport, Bev speaking. || Caller: Hi, it's Oakfield Primary office. Just to let you "
     "know Harvey Quigley in Year 3 is going home with his dad today, so don't pick him up on route SR-4. || Agent: "
     "Noted, I'll tell the escort."),
    ("children", "sensitive", "form",
     "Lost property report | Item: navy school jumper | Label: Reuben Hale 6C | Where: back seat, Tuesday "
     "afternoon school run | Contact: 07700 900391"),
    ("children", "sensitive", "note",
     "SR-7 incident: escort says pupil Amelia (Yr 6) wasn't met at drop-off by her grandad at 15:40; driver waited "
     "10 min then took her back to the school office, who contacted home. Logged for the council."),
    ("children", "sensitive", "chat",
     "Customer: can a 16 year old have her own account? || Agent: We need an adult account holder, but you can "
     "add her as a user. || Customer: ok add Freya Wynn then, she's 16, starting at Millgate College in sept, "
     "she'll book her own rides to there"),
    ("children", "sensitive", "email",
     "From Westmere Council passenger transport: please note change of address for pupil Theo Marsh (DOB "
     "03/02/2015) on route SR-4 from Monday. New pickup: 41 Vale Road, Harrowby, 07:55. Escort to be informed."),
    ("children", "sensitive", "dm",
     "your driver let my 12yo sit in the front this morning!! she's tiny for her age, that's not ok. school run, "
     "car 9, about 8.10"),
    ("children", "sensitive", "sms",
     "pls tell driver my lad's the one in the blue Fernhill blazer, year 7, first time doing it on his own so "
     "he might look a bit lost"),
    ("children", "sensitive", "form",
     "Add a user | Account: 6150 (S. Moore) | New user: Jack Moore | Relationship: son | Age: 15 | Allowed "
     "journeys: home to Ashcombe Rec for football training, Tues and Thurs"),
    ("children", "sensitive", "voicemail",
     "Hiya, it's Nadia, nursery run. Zara's got her nativity at Little Acorns on Wednesday so pick-up's 12 not 3 "
     "that day. She's a sheep, apparently. Cheers."),
    ("children", "sensitive", "note",
     "Cust says her son (7) left his reading folder in car 11 on this morning's school run, red folder, name "
     "Ethan on front. Driver to drop at Oakfield office."),
    ("children", "sensitive", "chat",
     "Customer: we're flying with our six-week-old on friday, does the car have an infant carrier base or do I "
     "bring ours? || Agent: Bring yours if you can; our drivers can fit it. || Customer: ok thanks, he'll be asleep "
     "hopefully"),
    ("children", "sensitive", "review",
     "Amrit made my daughter's 10th birthday. She'd never been in a 'limo' (the executive Merc) and he played her "
     "songs all the way to the bowling alley. || Agent: That's lovely to hear - we'll pass it on to Amrit!"),
    ("children", "sensitive", "call",
     "Caller: I'm ringing about my grandson, he's 11, he gets the council taxi to Oakfield. || Agent: Yes? || "
     "Caller: He says the driver's been dropping him at the back gate and he has to cross the car park. Can it be "
     "the front please?"),
    ("children", "sensitive", "email",
     "Hi, our son Toby (Year 3) is on route SR-9 and would like to sit next to his friend Alfie in the car - they "
     "were split up this week and he was upset. Could the escort arrange it? Thanks, Lucy Prentice"),
    ("children", "sensitive", "sms",
     "running late from work, can the driver wait with my two at the school gate, Lily 8 and Sam 6, i'll pay the "
     "waiting time. be there by 3.40"),
    ("children", "sensitive", "form",
     "School transport referral | Pupil name: Kacper Nowak | School: Oakfield Primary | Year group: Reception | "
     "DOB: 11/11/2019 | Pickup: 3 Mill Row | Parent contact: 07700 900517"),
    ("children", "sensitive", "note",
     "Driver #19 reports a teenager (approx 15) tried to book a 1am ride alone on his dad's account from Quay St. "
     "Declined per policy, rang the account holder, who collected him."),
    ("children", "sensitive", "voicemail",
     "Hello, this is Mrs Fairley. My daughter Poppy's in Year 11 and has her first GCSE exam at 9 on Monday, so "
     "please make sure the car's outside at 8.15, not 8.30. Thank you."),
    ("children", "sensitive", "chat",
     "Customer: does my son need a car seat, he's 3, or can he go on my lap for a short trip? || Agent: He'll need "
     "a seat - it's the law for under-12s under 135cm. I'll add one. || Customer: ok fine"),
    ("children", "sensitive", "email",
     "Hello, I left my daughter's tablet in your car last night, pink case, her name Evie is written inside the "
     "cover. She's 9 and very upset. We were dropped at Larch Way about 7. Thanks, Tom"),
    ("children", "sensitive", "review",
     "Driver chatted to my 13 year old about her school play all the way to the theatre, really kind. Car was "
     "spotless too."),
    ("children", "sensitive", "dm",
     "hey my kid (14) left her PE kit in ur car this morning, green bag, Fernhill logo, can it go back to the "
     "school office?"),
    ("children", "sensitive", "call",
     "Agent: And how old is the passenger travelling alone? || Caller: Seventeen, she's my niece, Orla. She's "
     "flying back to Dublin on her own Sunday. || Agent: That's fine, we'll take her to departures."),
    ("children", "sensitive", "note",
     "Account 3318: add child profile Harvey Quigley, DOB 22/07/2016, for school pickups Tue/Thu. Grandmother is "
     "the account holder."),
    ("children", "sensitive", "sms",
     "can i book a car seat for a 2yo AND a booster for a 6yo, airport fri 5am, 4 Harwood Gdns"),
    ("children", "sensitive", "form",
     "Complaint | Journey: school run, route SR-3 | Details: my son (Year 5) was dropped at the wrong gate of "
     "Oakfield and walked round on his own. He's ten. | Outcome: please make sure it doesn't happen again"),
    ("children", "sensitive", "email",
     "Hi, my daughter starts at Fernhill in September - she'll be eleven - and we'd like a regular 8am car from "
     "Birch Lane. Is there a termly price? || Agent: Hi, yes, we do a termly rate; I've attached it with the "
     "consent form."),
    ("children", "sensitive", "voicemail",
     "Hi it's Jo, booking for tomorrow 10am, can the driver bring the baby seat please, Noah's only four months. "
     "Thanks."),
    ("children", "sensitive", "review",
     "Tip for parents: they have proper car seats. Our two (3 and 18 months) were strapped in properly and the "
     "driver checked the straps twice. Couldn't fault it."),
    ("children", "sensitive", "chat",
     "Customer: collecting my daughter Ava and three of her friends from the trampoline park at 4 || Agent: How "
     "old are they? || Customer: all year 4 so 8 or 9 || Agent: We'll send the people-carrier with boosters."),
    ("children", "sensitive", "note",
     "SR-2: escort reports pupil Ruby Day (Year 1) cried all the way in, first week at school. Mum informed by "
     "the office; escort will sit next to her tomorrow."),
    ("children", "sensitive", "call",
     "Caller: My son's fifteen and he's doing work experience at Stenford Airport next week. Can he go in a taxi "
     "on my account on his own? || Agent: Yes, with written consent. What's his name? || Caller: Kieran."),
    ("children", "sensitive", "dm",
     "can your drivers stop letting kids out on the road side?? my 8yo got out into traffic yesterday on the "
     "Oakfield run. it's car 6"),
    ("children", "sensitive", "sms",
     "baby on board lol - our daughter arrived tuesday, Sienna, 6lb 2, need a car home from Stenford General "
     "thurs about 11, we have the car seat"),
    ("children", "sensitive", "form",
     "Unaccompanied minor consent | Passenger: Leo Grant | Age: 13 | Parent/guardian: Carys Grant | Journey: "
     "Millgate station to 8 Elm Court | I consent to my child travelling alone: yes"),
    ("children", "sensitive", "email",
     "Passenger transport unit, Westmere Council: pupil Jayden Cole (Year 8, Fernhill) moves to your route SR-11 "
     "from Monday. Pickup 07:40 at 17 Fern Terrace. Please confirm the escort has his details."),
    ("children", "sensitive", "chat",
     "Customer: how much for a car at 3.10 to pick up my two from Oakfield? || Agent: About GBP 8. Any seats "
     "needed? || Customer: yes, they're in reception and year 2 so a booster each pls"),
    ("children", "sensitive", "note",
     "Lost property: child's lunchbox labelled 'Mia R - Class 3' found in car 8 after the school run. Parent "
     "called, collecting from depot."),
    ("children", "sensitive", "voicemail",
     "Hiya, it's Dean on 07700 900283. I've got my lad this weekend - he's six - so I'll need a booster in the "
     "car on Saturday morning, pickup from his mum's on Quarry Road at 10."),
    ("children", "sensitive", "review",
     "The driver helped my son (13, first time flying solo to his dad's) find the assistance desk at departures. "
     "Above and beyond. || Agent: Thanks so much, we'll make sure Pete hears this."),
    ("children", "sensitive", "call",
     "Caller: Can you take my daughter to Brownies on Wednesday? She's eight. || Agent: Yes, on your account with "
     "consent we can. Where's it held? || Caller: The scout hut on Mill Lane, six o'clock."),
    ("children", "sensitive", "sms",
     "do u have a kids seat? my daughters 4 nearly 5, we're going to the airport at 6 tomoz"),
    ("children", "sensitive", "form",
     "Booking | Passenger: Elsie Tran (aged 10) | Accompanied by: grandmother | From: 2 Lark Rise | To: Ashcombe "
     "Leisure Centre | Notes: booster seat please"),
    # ---- children, benign
    ("children", "benign", "email",
     "Hello, this is the business office at Fernhill Academy. We'd like a quote for four cars to take staff to "
     "the inset day venue at Ashcombe Hall on the 2nd, 08:00 out and 16:00 back. || Agent: Thanks, quote "
     "attached - GBP 42 per car each way, invoiced to the academy."),
    ("children", "benign", "chat",
     "Customer: do all your cars carry child seats or is it on request? just comparing firms for a local "
     "guide || Agent: On request - tick 'child seat' when booking and we send a car with one fitted. || "
     "Customer: thanks, that's all I needed"),
    ("children", "benign", "note",
     "Council school-transport tender: SR-series routes renewed for two years from September. Signed contract "
     "and new rate schedule passed to ops."),
    ("children", "benign", "sms",
     "is there a surcharge in the school holidays for airport runs? prices look higher on the app for august"),
    ("children", "benign", "form",
     "Account application | Organisation: Little Acorns Nursery Ltd (business account) | Use: staff travel to "
     "training courses | Named users: 3 | Billing: monthly"),
    ("children", "benign", "review",
     "Felt like a kid in a sweet shop in the new Mercedes. Leather seats, phone charger, silent ride. Lovely."),
    ("children", "benign", "call",
     "Caller: Hi, I write the consumer page for the Harrowby Gazette. What's your policy on under-16s travelling "
     "alone? || Agent: Over-12s can travel alone with an account holder's written consent; under-12s need an "
     "adult. || Caller: Great, can I quote that?"),
    ("children", "benign", "voicemail",
     "Hi, it's the office at Oakfield Primary. Our photocopier engineer is arriving at Millgate station at 10 "
     "tomorrow and needs bringing to school. Please bill the school account. Thanks."),
    ("children", "benign", "dm",
     "are your drivers doing the sponsored pyjama shift for Children in Need again this year? the office wants "
     "to donate"),
    ("children", "benign", "note",
     "Driver training: new booster-seat fitting guidance from the manufacturer attached. All drivers to read and "
     "sign by Friday."),
    ("children", "benign", "email",
     "Hello, we're Nursery Lane Plant Nursery on the Ashcombe road. We'd like an account for our two sales reps "
     "who visit garden centres around the county. Invoice monthly please. || Agent: Happy to - application form "
     "attached."),
    ("children", "benign", "chat",
     "Customer: are your child seats ISOFIX or belted? writing a comparison of local firms for a consumer blog || "
     "Agent: Our fitted ones are ISOFIX in the newer cars, belted boosters in the rest."),
    ("children", "benign", "sms",
     "school lane was shut for roadworks this morning, driver had to go round by the ring road, took 20 mins "
     "extra. fare should still be the quote right?"),
    ("children", "benign", "review",
     "Old-school service in the best way: driver got out, opened the door, took the cases. Fare as quoted. "
     "|| Agent: Thank you! We'll pass that on."),
    ("children", "benign", "form",
     "Lost property | Item: toy kestrel keyring (one of your promo ones) | Where: car 4, Monday evening | "
     "Notes: not urgent, just sentimental, we got it at your stand at the county show"),
    ("children", "benign", "call",
     "Caller: Hello, Westmere Council passenger transport unit. Just a reminder your escorts' training "
     "certificates are due for renewal in March. || Agent: Thanks, I'll get the list to you this week."),
    ("children", "benign", "note",
     "Half-term week: airport demand expected up 30%. Two extra drivers rostered Sat-Mon; school contract routes "
     "not running."),
    ("children", "benign", "voicemail",
     "Hi, it's the Junior Chamber of Commerce, we're booking two cars to bring our after-dinner speakers from "
     "the station on the 9th. Ring me back on 07700 900640 to confirm."),
    ("children", "benign", "dm",
     "lol your new ad with the cartoon kestrel chick is so cute, who drew it? local artist?"),
    ("children", "benign", "chat",
     "Customer: when's best to leave for the airport to dodge the school-run traffic? flight's 11am || Agent: "
     "Leave before 7.45 or after 9.15; the roads round Oakfield are solid in between. || Customer: 9.15 it is"),
    ("children", "benign", "email",
     "Hello, Kiddiwinks Toys Ltd here. We'd like a business account to move sample stock from our Millgate "
     "depot to trade fairs. Mostly boxes, no passengers. || Agent: We can do that as a courier account."),
    ("children", "benign", "form",
     "Feedback | Area: app | Comment: the 'extras' menu is confusing - pet-friendly and extra luggage are in "
     "different places and I couldn't find either at first."),
    ("children", "benign", "call",
     "Caller: It's the Fernhill Academy office. Two of our staff need a car to the exam board meeting in "
     "Stenford on Tuesday. || Agent: Of course, what time? || Caller: Leaving school at 1, back by 5."),
    ("children", "benign", "review",
     "No kidding, the fastest pickup I've ever had. Booked at 7.02, car outside at 7.06."),
    ("children", "benign", "sms",
     "hi its the finance office at Fernhill - can we pay the minibus invoice from last term by BACS? ref INV-3390"),
    ("children", "benign", "voicemail",
     "Hello, Greenacres Garden Centre here. We need a car each Saturday in December to bring our Father "
     "Christmas performer from Millgate station for the grotto. Please call back to set it up."),
    ("children", "benign", "dm",
     "how many suitcases fit in your 'family size' people carrier? 6 adults going to the airport for a work trip"),
    ("children", "benign", "chat",
     "Customer: need 3 cars after the evening show on saturday || Agent: From where? || Customer: Millgate "
     "Playhouse stage door, it's for the panto cast, 9 adults, going to the Hollies hotel || Agent: "
     "Booked for 22:15."),
    ("children", "benign", "email",
     "Hi, I'm organising the Fernhill Old Boys' reunion dinner at the Quayside on the 20th - about 30 of us, all "
     "well past our school days. Can you quote for cars home after midnight? || Agent: Certainly, I've pencilled "
     "in five cars."),
    ("children", "benign", "form",
     "Booking | From: Scout Hut, Mill Lane (quiz night) | To: 12 Ryecroft | Passengers: 4 adults | Time: 22:30"),
    ("children", "benign", "review",
     "Childishly excited about the free wifi in the cab, I'll admit. Driver was great too."),
    ("children", "benign", "call",
     "Caller: Hi, it's the creche manager at Brackley business park. Two of our staff are on a first-aid course "
     "in Stenford on Monday and need a car. || Agent: No problem, I'll set it up on the business park account."),
    ("children", "benign", "sms",
     "teaching assistant training day at Stenford weds, 4 of us staff from Oakfield, can u do a car at 8?"),
    ("children", "benign", "note",
     "School contract escorts: lanyards reprinted with the new council logo, collect from the depot office "
     "before Monday."),
    ("children", "benign", "voicemail",
     "Hi, it's Playtime Soft Play on the retail park. We'd like a taxi account for staff finishing late shifts, "
     "maybe five trips a week. My number's 07700 900712."),
    ("children", "benign", "dm",
     "do you do a discount for students at Stenford Uni? asking for the Students' Union newsletter"),
    ("children", "benign", "chat",
     "Customer: my car's my baby and it's in the garage all week so I'll be needing you lot lol || Agent: We'll "
     "look after you! Shall I set up a standing booking? || Customer: yes, 8am weekdays to Brackley Rd"),
    ("children", "benign", "email",
     "Hello, this is the Ashcombe Toy Museum. Our touring exhibition curators arrive on the 4th and need cars "
     "between the museum and the Hollies hotel for a week. Please invoice the museum."),
    ("children", "benign", "form",
     "Driver application | Licence: Westmere hackney/private hire | Experience: six years on council school "
     "contract routes, two years airport work | Available: weekdays"),
    ("children", "benign", "review",
     "Driver knew all the school-run rat runs so we dodged the 8.30 traffic completely. Made my train with time "
     "to spare."),
    ("children", "benign", "call",
     "Caller: Query on the council tender - is the maximum passengers per vehicle set by you or by the council? "
     "|| Agent: By the council's specification, it's in section 4. || Caller: Thanks, I'll check it."),
    ("children", "benign", "sms",
     "where do drivers wait at the youth club hall on Park Rd? its the venue for our quiz night and theres no "
     "signage"),
    ("children", "benign", "note",
     "Caller asked in general whether child-seat hire costs extra; told free on request. No booking made."),
    ("children", "benign", "voicemail",
     "Hi, Little Acorns Nursery accounts office. Your invoice for staff taxis went to our old address - please "
     "use accounts@example.org from now on. Thanks."),
    ("children", "benign", "dm",
     "whoever does your socials, the baby kestrel webcam post was adorable. is the nest actually near the depot?"),
    ("children", "benign", "chat",
     "Customer: need a car for teen people friday || Agent: Ten, or...? || Customer: TEN sorry, autocorrect. ten "
     "adults, work do, from the Fox & Hound at 7 || Agent: Two cars then, booked."),
    ("children", "benign", "email",
     "Oakfield Primary PTA committee: could we book two cars on Saturday morning to bring raffle prizes from "
     "donors' shops to the school hall? Payment from the PTA account. || Agent: Yes, booked for 9am."),
    ("children", "benign", "form",
     "Contract variation request | Council route: SR-6 | Change: vehicle size from saloon to 7-seater from "
     "next term | Requested by: Westmere Council transport unit"),
    ("children", "benign", "review",
     "Grown-up service at a fair price. Booked, tracked, paid, done. || Agent: Short and sweet - thank you!"),
    ("children", "benign", "call",
     "Caller: Can I book for the school? || Agent: Which school? || Caller: Harrowby School of Motoring - the "
     "driving school. Our instructor's car is in for repair, she needs getting to lessons on Tuesday."),
    # ---- financial hardship, sensitive
    ("financial_hardship", "sensitive", "chat",
     "Customer: can I pay the airport fare in two bits? || Agent: We normally take it in full at booking. Is "
     "there a problem? || Customer: I was made redundant last month and money's tight until the payout comes "
     "through, I can do half now and half on the 28th || Agent: I'll check with the office and come back to you."),
    ("financial_hardship", "sensitive", "call",
     "Agent: Kestrel accounts, Jo speaking. || Caller: It's about my account, I know it's three months behind. "
     "|| Agent: Yes, GBP 286 outstanding. || Caller: I've got debt collectors on two other things already, I "
     "can't add you lot. Can I do a tenner a week?"),
    ("financial_hardship", "sensitive", "email",
     "Hello, I'm on Universal Credit and my work coach has me going to interviews in Stenford twice a week. Is "
     "there any way to pay weekly for the car rather than per trip? I really can't find GBP 30 in one go. "
     "Thanks, Darren Lyle || Agent: Hi Darren, we can set up a weekly invoice - details attached."),
    ("financial_hardship", "sensitive", "note",
     "Acct 4420 (Mr Hargate) owes GBP 312 across three months. Says he was evicted in June and is sofa-surfing, "
     "asked us to hold off. Account on hold, no further credit, review in 30 days."),
    ("financial_hardship", "sensitive", "sms",
     "sorry couldnt pay all of last nights fare, card got declined. been out of work since march and its maxed. "
     "will transfer the £9 thurs when the money comes in"),
    ("financial_hardship", "sensitive", "voicemail",
     "Hi, it's Lorraine Pask, account 2786. The bailiffs took the car on Monday over the finance arrears so "
     "I'll need you for work till I sort something. Could you ring me about a cheaper regular rate?"),
    ("financial_hardship", "sensitive", "review",
     "My card bounced at the end and the driver just said forget the last three quid. I'm between jobs and "
     "counting every penny, so that meant more than he knows. || Agent: That's kind of you to share - we'll "
     "tell Sunil."),
    ("financial_hardship", "sensitive", "form",
     "Account closure | Account no: 5063 | Reason for closing: I have been declared bankrupt and my trustee says "
     "I can't hold credit accounts | Outstanding balance: please send to the trustee"),
    ("financial_hardship", "sensitive", "dm",
     "hi its Wes (driver 29), can't make the car rental this week, behind on rent and the landlord's given me "
     "notice. can it come out of next week's jobs instead?"),
    ("financial_hardship", "sensitive", "chat",
     "Customer: need the big car friday morning with all our stuff || Agent: Moving house? || Customer: being "
     "evicted tbh, council's put us in temporary B&B in Harrowby so its one way with everything we own lol"),
    ("financial_hardship", "sensitive", "call",
     "Agent: I'm calling about invoice 5521, it's now with our collections agency. || Caller: I know. I've "
     "lost my job and I'm on a debt management plan, the letters should have gone to them. || Agent: Understood, "
     "can you give me their reference?"),
    ("financial_hardship", "sensitive", "email",
     "Hi, I tipped GBP 20 instead of GBP 2 on last night's ride by mistake. Please could you refund it - that's "
     "my food money for the week, I'm on jobseeker's allowance. Booking KC-63002. Thank you."),
    ("financial_hardship", "sensitive", "note",
     "Driver Frank Sewell (#8) asked for an advance on earnings. Says his wife lost her job and they've had a "
     "repossession letter on the house. Passed to the MD."),
    ("financial_hardship", "sensitive", "sms",
     "can i get a receipt showing the fare pls, the jobcentre pays back travel to interviews and they need proof"),
    ("financial_hardship", "sensitive", "form",
     "Concessionary fare scheme | Name: Irene Cobb | Income: Pension Credit and housing benefit only | Journeys: "
     "weekly to Ashcombe market | Any arrears with Kestrel: GBP 40, paying it off"),
    ("financial_hardship", "sensitive", "voicemail",
     "Hi, it's Stan Rourke, account 1180. The business has gone into liquidation and I've lost the house with it, "
     "so nobody's going to be paying the last two invoices, I'm sorry. Call me if you need the administrator's "
     "details."),
    ("financial_hardship", "sensitive", "review",
     "Please stop emailing me debt recovery letters. I'm paying GBP 5 a month as agreed with your office and "
     "there is nothing else to give. || Agent: Apologies, the reminders should have stopped; we've corrected it."),
    ("financial_hardship", "sensitive", "chat",
     "Customer: can I pay next week? || Agent: Is that for a booking now? || Customer: yeah, to the food bank "
     "on Mill Lane and back, I've got about 60p till Friday || Agent: I'll put it on account, pay when you can."),
    ("financial_hardship", "sensitive", "call",
     "Caller: I need to cancel all the standing airport trips on my account. || Agent: All of them? || Caller: "
     "We're having to sell the house to clear the debts, there won't be any holidays for a long while."),
    ("financial_hardship", "sensitive", "dm",
     "im on housing benefit and just been told the rent's going up again, is there any cheaper way to book "
     "the trips to the job centre? the fares are killing me"),
    # ---- financial hardship, benign
    ("financial_hardship", "benign", "chat",
     "Customer: my card keeps getting declined in the app || Agent: It shows an expiry of 08, has it been "
     "renewed? || Customer: oh, yes, new card came last week, I'll update it || Agent: Great, that should fix it."),
    ("financial_hardship", "benign", "email",
     "Hello, I was charged twice for Tuesday's airport transfer (KC-62870), GBP 38 each time. Could you refund "
     "the duplicate? || Agent: Sorry about that, the duplicate has been refunded; allow 3-5 working days."),
    ("financial_hardship", "benign", "sms",
     "fare came to £3 more than the quote on the app, why? no stops or waiting. ref KC-63110"),
    ("financial_hardship", "benign", "note",
     "Payment gateway outage 14:00-14:40. Failed card payments will retry automatically overnight; tell "
     "callers not to pay twice."),
    ("financial_hardship", "benign", "call",
     "Caller: Accounts at Brackley Logistics. Your March invoice has our old PO number on it. || Agent: I'll "
     "reissue it - what's the new one? || Caller: PO-7719. || Agent: Done, it'll be with you today."),
    ("financial_hardship", "benign", "review",
     "The price is killing me... joking, it was cheaper than a week's parking at Stenford and the driver was "
     "waiting when we landed."),
    ("financial_hardship", "benign", "form",
     "Refund request | Booking: KC-62555 | Reason: cancelled two hours before pickup and was still charged the "
     "cancellation fee | Amount: GBP 5"),
    ("financial_hardship", "benign", "voicemail",
     "Hi, it's the accounts team at Fenwick Hale Partners. We haven't received the March statement yet, could "
     "someone resend it to accounts@example.com? Thanks."),
    ("financial_hardship", "benign", "dm",
     "do you take apple pay now or is it still card and cash only? || Agent: Apple Pay and Google Pay both work "
     "in the app and in the cars now."),
    ("financial_hardship", "benign", "chat",
     "Customer: can I add a tip after the ride or only when I book? || Agent: Up to 24 hours after, from the "
     "receipt screen. || Customer: perfect, the driver was brilliant"),
    ("financial_hardship", "benign", "email",
     "Agent: Dear Accounts Payable, a friendly reminder that invoice INV-4410 for Rainbow Print Ltd was due on "
     "the 30th. If it's already been paid please ignore this. || Hi, paid this morning, remittance attached."),
    ("financial_hardship", "benign", "sms",
     "the car broke down on the ring road, not me lol - driver says another one's coming, do i pay twice?"),
    ("financial_hardship", "benign", "note",
     "Tariff change approved by the council: tariff 1 up 4% from 1 April. Update the app quote engine and the "
     "meter cards."),
    ("financial_hardship", "benign", "call",
     "Caller: Is it cheaper if I pre-book the airport run rather than on the day? || Agent: Yes, pre-booked is "
     "a fixed price, usually a few pounds less. || Caller: Book me in for the 12th then."),
    ("financial_hardship", "benign", "form",
     "Change of payment method | Account: 2207 | From: card on file | To: monthly invoice | Reason: our finance "
     "team prefers one invoice a month"),
    ("financial_hardship", "benign", "review",
     "Worth every penny. Clean car, calm driver and the fare was exactly what the app said."),
    ("financial_hardship", "benign", "voicemail",
     "Hi, I've been charged waiting time on Saturday's booking but the driver was the late one, not me. Ref "
     "KC-62901. Could you look at it? Thanks."),
    ("financial_hardship", "benign", "dm",
     "your payday friday promo code isn't working in the app, says invalid. is it still running?"),
    ("financial_hardship", "benign", "chat",
     "Customer: can I pay in euros at the airport? just landed and only have euro cash || Agent: Drivers can "
     "only take pounds, but card payment in the car is fine. || Customer: card it is"),
    ("financial_hardship", "benign", "email",
     "Hello, our company has moved banks. Please update the direct debit for account 2207 to the new details on "
     "the attached mandate. || Agent: Thanks, updated from next month's collection."),
    # ---- health, sensitive
    ("health", "sensitive", "chat",
     "Customer: do you have a wheelchair car free on thursday? || Agent: We have one WAV free from 10. Who's "
     "travelling? || Customer: my husband Geoff, he's been in a chair since his stroke in the spring, manual "
     "chair, going to his brother's in Millgate || Agent: Booked for 10:30."),
    ("health", "sensitive", "note",
     "Standing booking: Mrs Okoro, Mon/Wed/Fri 06:45 to the renal unit at Stenford General for dialysis, return "
     "approx 11:30. Often tired after - driver to see her to the door."),
    ("health", "sensitive", "sms",
     "im 34 weeks pregnant so pls can the driver not take the speed bumps on Kestrel Way like last time, it "
     "really hurt. pickup 8am as usual"),
    ("health", "sensitive", "email",
     "Hello, I think I left my insulin pen in the car from Millgate station last night (about 9pm, KC-63205). "
     "It's in a small grey case. I'm type 1 so I need it back today if at all possible. || Agent: Driver's found "
     "it - he'll drop it to you within the hour."),
    ("health", "sensitive", "call",
     "Caller: Can I have the same driver every other Tuesday? || Agent: We'll try. What's the journey? || "
     "Caller: Stenford General, I'm having chemo there till Christmas and I'm usually sick on the way back, so "
     "someone who doesn't mind would help."),
    ("health", "sensitive", "voicemail",
     "Hi, it's Paula on account 3390. For Friday's airport run can the driver please use the back roads, not "
     "the motorway? I get panic attacks on motorways since the accident. Thanks."),
    ("health", "sensitive", "review",
     "As a blind passenger with a guide dog I get refused more than you'd think. This driver welcomed Bramble, "
     "told me where the door handle was and described the drop-off. 5 stars. || Agent: Wonderful - thank you."),
    ("health", "sensitive", "form",
     "WAV booking | Passenger: Alan Frew | Mobility: powered wheelchair (MS), cannot transfer to a seat | From: "
     "7 Beck Court | To: Ashcombe Library | Return: 14:00"),
    ("health", "sensitive", "dm",
     "broke my ankle at 5-a-side, in a cast for six weeks so i'll need a car to work every day. front seat "
     "pushed right back pls"),
    ("health", "sensitive", "chat",
     "Customer: please add to my notes - if I have a seizure in the car, don't call an ambulance unless it "
     "lasts over five minutes || Agent: Of course. Anything else the driver should do? || Customer: just pull "
     "over and keep me on my side, I've had epilepsy since I was a teenager"),
    ("health", "sensitive", "note",
     "Driver Pete Vance (#12) off for two weeks following his hernia operation; his school route "
     "SR-5 covered by #27."),
    ("health", "sensitive", "call",
     "Caller: My dad's being discharged Thursday after his heart bypass. || Agent: Sorry to hear he's been "
     "poorly. Where from? || Caller: Cardiac ward, Stenford General, and he can't lift anything so the driver "
     "will need to do the bags."),
    ("health", "sensitive", "email",
     "Please cancel my weekday 07:30 booking until further notice. I've been signed off work with depression "
     "and don't know when I'll be back. Account 6604, Neil Garside. || Agent: Cancelled, Neil. Take care."),
    ("health", "sensitive", "sms",
     "can the driver come to the door and help me down the steps, im partially sighted and its dark at 6"),
    ("health", "sensitive", "review",
     "My brother is autistic and loud music sends him into meltdown. Driver turned the radio off without being "
     "asked and didn't make a fuss when he rocked the whole way. Thank you so much."),
    # ---- health, benign
    ("health", "benign", "chat",
     "Customer: how many wheelchair-accessible cars do you have, and do they need booking ahead? || Agent: "
     "Three WAVs; best booked 24 hours ahead, but ask anytime. || Customer: thanks, just for our events guide"),
    ("health", "benign", "email",
     "Stenford General Hospital NHS Trust, transport office: we'd like to set up an account for staff travel "
     "between our two sites. Around 40 journeys a month. || Agent: Thank you, application form attached."),
    ("health", "benign", "sms",
     "sick of waiting 20 mins for a car every friday night, can u not get more drivers on? ref KC-63301"),
    ("health", "benign", "note",
     "First aid kits in cars 3 and 7 restocked; expiry dates on the rest of the fleet checked, all fine till June."),
    ("health", "benign", "call",
     "Caller: Pickup from Boots on the High Street - which side will the driver be? || Agent: The loading bay on "
     "Tanner's Row. || Caller: Lovely, see him there."),
    ("health", "benign", "review",
     "Car smelled of fresh sanitiser and the driver had a very healthy respect for the speed limit. Five stars."),
    ("health", "benign", "form",
     "Procurement enquiry | Organisation: Larchfield Care Home | Question: are your WAVs rear-ramp or side-lift, "
     "and what's the maximum wheelchair width? | Contact: office@example.org"),
    ("health", "benign", "voicemail",
     "Hi, it's Millgate Pharmacy. We'd like to open an account for prescription deliveries to the villages, "
     "sealed bags only, no passengers. Please ring the shop back."),
    ("health", "benign", "dm",
     "the new app update is sick!! the live map is mint. whoever designed it deserves a raise"),
    ("health", "benign", "chat",
     "Customer: I spilled my energy drink on the back seat, so sorry || Agent: Thanks for telling us. Was it "
     "much? || Customer: half a bottle, happy to pay the cleaning fee || Agent: We'll add GBP 15, thanks for "
     "being honest."),
    ("health", "benign", "note",
     "Driver wellbeing: reminder that shifts over 11 hours are not allowed. Fatigue leaflet in the rest room."),
    ("health", "benign", "call",
     "Caller: If I book to the Fit4Life gym, will the driver wait in the car park or on the road? || Agent: In "
     "the car park, bay by the entrance. || Caller: Great."),
    ("health", "benign", "email",
     "Hello, Holland Vitamins Ltd here. We'd like a business account for our reps visiting health food shops "
     "across the county. Please send terms. || Agent: Terms attached, thank you."),
    ("health", "benign", "sms",
     "the cough sweets in the door pocket of car 5 were lush, what brand are they lol"),
    ("health", "benign", "review",
     "Booking was painless, app showed the driver the whole way, and he helped with the heavy suitcase. "
     "|| Agent: Thanks for the kind words!"),
    # ---- legal, sensitive
    ("legal", "sensitive", "call",
     "Caller: I need a car Monday to Westmere Magistrates' for 9.30. || Agent: Return as well? || Caller: Dunno "
     "how long it'll be, it's my hearing for the drink-drive, that's why I'm not driving. I'll ring after."),
    ("legal", "sensitive", "email",
     "Hello, my solicitor has asked me to obtain the dashcam footage from my journey on the 3rd (KC-61877). We're "
     "suing the van driver who hit us at the Mill Lane junction. Could you preserve it? || Agent: We've saved "
     "the footage and will release it to your solicitor on written request."),
    ("legal", "sensitive", "note",
     "Driver #36 reports passenger (account 7740, Mr Reece Dunmore) arrested by police at drop-off on Vale Road. "
     "Fare GBP 11.40 unpaid. Police ref given to driver."),
    ("legal", "sensitive", "sms",
     "meeting my divorce solicitor at 2, can u pick me up from their office on brackley rd at 3? dont text the "
     "home number pls"),
    ("legal", "sensitive", "form",
     "Driver application | Name: Carl Ainsley | Unspent convictions: yes - possession, 2021, community order | "
     "Licence points: 3 | Available: nights"),
    ("legal", "sensitive", "chat",
     "Customer: the police want to speak to Friday's driver as a witness || Agent: Oh, what happened? || "
     "Customer: my bag was nicked outside the Fox & Hound just after he dropped me, I've reported it, crime ref "
     "WP/2287. can you give them his details?"),
    ("legal", "sensitive", "voicemail",
     "Hi, it's Carla Neeson, account 4410. I've got a court order against my ex now, so if anyone rings asking "
     "where your drivers take me, please don't say. The police have a copy of the order."),
    ("legal", "sensitive", "review",
     "Driver got me to the Crown Court on time for my sentencing even with the ring road shut. Whatever happens "
     "today, thank you for that."),
    ("legal", "sensitive", "dm",
     "just so you know I've filed a small claims case against Kestrel over the suitcase your driver lost. papers "
     "should reach your office this week"),
    ("legal", "sensitive", "call",
     "Caller: I need to be home by 8.45 on Saturday, not a minute later. || Agent: We can book a 20:15 pickup. || "
     "Caller: Make it 8 - I'm on bail and the curfew's 9, I can't risk it."),
    ("legal", "sensitive", "email",
     "Please could I have a receipt for my trip to the employment tribunal in Stenford on Thursday? My claim "
     "against my old employer is still running and my lawyer wants all expenses logged. Thanks, Anita Sorensen"),
    ("legal", "sensitive", "note",
     "Driver #44 (B. Lowther) informed us he was cautioned by police for a public order offence while off duty. "
     "Council licensing notified per policy."),
    ("legal", "sensitive", "sms",
     "my solicitor needs the receipt for the night of the crash, the 14th, we're taking the other driver's "
     "insurer to court. can u email it"),
    ("legal", "sensitive", "form",
     "Complaint | Driver: car 18, Saturday 01:30 | Details: overcharged and verbally abusive. I have reported him "
     "to the police, crime ref 44/1187/24 | Outcome: I expect you to cooperate with them"),
    ("legal", "sensitive", "chat",
     "Customer: need the car to Stenford Crown Court for 10 every day next week || Agent: Is that for work? || "
     "Customer: no, I'm a prosecution witness in a fraud trial, they said it might run three days"),
    # ---- legal, benign
    ("legal", "benign", "chat",
     "Customer: what do your terms say about cancelling an airport run? || Agent: Free up to 2 hours before, "
     "GBP 5 after that. || Customer: fine, thanks"),
    ("legal", "benign", "email",
     "Hello, Hargreaves Pike Solicitors here. We'd like a business account for staff travel between our "
     "Harrowby and Stenford offices. About 30 trips a month. || Agent: Thank you, forms attached."),
    ("legal", "benign", "note",
     "Police closed the ring road 07:00-09:30 for a burst water main; divert via Tanner's Row and warn airport "
     "customers."),
    ("legal", "benign", "sms",
     "pickup on court road - which end will the driver be, by the chip shop or the church?"),
    ("legal", "benign", "call",
     "Caller: What happens to lost property nobody claims? || Agent: We keep it 28 days, then anything valuable "
     "goes to the police and the rest to charity. || Caller: Fair enough."),
    ("legal", "benign", "review",
     "Arresting views on the hilltop route to the airport. Driver suggested it and it was only two minutes longer."),
    ("legal", "benign", "form",
     "Data request | Type: copy of my booking history | Account: 3021 | Reason: expense claims for work | Format: "
     "spreadsheet if possible"),
    ("legal", "benign", "voicemail",
     "Hello, it's the admin office at Westmere Magistrates' Court. We need a car to take a document bundle to the "
     "Stenford court office by 2pm today. Please ring back."),
    ("legal", "benign", "dm",
     "can drivers pick up from outside Barrister Coffee on the High St? app keeps moving the pin"),
    ("legal", "benign", "chat",
     "Customer: are your drivers licensed by the council? writing the supplier list for work || Agent: All "
     "drivers and cars are licensed by Westmere Council; I can send the licence numbers."),
    ("legal", "benign", "email",
     "Procurement at Brackley Logistics: please send a copy of your public liability insurance certificate for "
     "our supplier file. || Agent: Certificate attached, valid until next June."),
    ("legal", "benign", "note",
     "New council licensing conditions from June: CCTV signage on both rear windows of every car. Stickers at "
     "the depot."),
    ("legal", "benign", "call",
     "Caller: I'm a paralegal at Pike & Co. A partner needs a car to a client meeting at the Hollies at 11. || "
     "Agent: On the firm's account? || Caller: Yes please."),
    ("legal", "benign", "review",
     "Judge for yourself, but they're the best firm in town. Never late once in two years of airport runs."),
    ("legal", "benign", "sms",
     "driver got a parking ticket waiting outside my house this morning?? do i pay that or does kestrel"),
    # ---- bereavement, sensitive
    ("bereavement", "sensitive", "email",
     "Hello, my husband Ron held account 2290 with you for years. He died on the 9th and I'd like to close the "
     "account, or move the Thursday booking into my name if that's simpler. Mavis Tait || Agent: I'm so sorry, "
     "Mrs Tait. I've moved the booking to you and will close Ron's account."),
    ("bereavement", "sensitive", "call",
     "Caller: I need to book cars for a funeral. || Agent: Of course, I'm sorry. How many? || Caller: Two, from "
     "Heron Close to the crematorium for 11 on Friday. It's my mum's. The undertaker's doing the hearse."),
    ("bereavement", "sensitive", "sms",
     "pls cancel tomorrows airport run KC-63390, my dad passed away last night. sorry for the short notice"),
    ("bereavement", "sensitive", "note",
     "Mr Harnett rang: his partner Lynne died in the hospice Sunday. Asked us to stop her weekly bookings and "
     "refund any prepaid. Done; condolence card from the office."),
    ("bereavement", "sensitive", "chat",
     "Customer: I think I left a ring on the back seat last night, gold with a small sapphire || Agent: I'll "
     "ask the driver now. || Customer: thank you, it was my wife's wedding ring, I've worn it on a chain since "
     "she died in March"),
    ("bereavement", "sensitive", "voicemail",
     "Hi, it's Sue Corran, Dave's wife - driver number 3. Just ringing to let you know Dave passed on Sunday. He "
     "loved driving for you. The funeral's on the 20th if any of the lads want to come."),
    ("bereavement", "sensitive", "review",
     "Took me to the crematorium for my brother's service and waited without being asked, then drove me home "
     "slowly because I couldn't stop crying. That driver is a good man. || Agent: We're so sorry for your loss."),
    ("bereavement", "sensitive", "form",
     "Account closure | Account no: 1147 | Reason: account holder deceased (my mother, Edna Fox, died 2 May) | "
     "Contact: Graham Fox, 07700 900805 | Refund any balance to: her estate"),
    ("bereavement", "sensitive", "dm",
     "a year today since we lost mum and Tomasz, who drove her to the day centre every week, sent a message "
     "saying he was thinking of us. tell him thank you from all the Pearces"),
    ("bereavement", "sensitive", "chat",
     "Customer: airport run sunday 5am, 4 people, lots of luggage || Agent: Going anywhere nice? || Customer: "
     "not really, flying to Lagos for my father's burial. he died on tuesday || Agent: I'm very sorry. Booked "
     "with the people-carrier."),
    ("bereavement", "sensitive", "call",
     "Agent: How can I help? || Caller: I need to cancel the holiday transfers on the 3rd and the 17th. || Agent: "
     "No problem - any reason I should note? || Caller: My partner died on Thursday. I can't go on my own."),
    ("bereavement", "sensitive", "note",
     "Driver Imran Shah (#21) on compassionate leave from today - his younger sister died over the weekend. "
     "His SR-8 run covered by #14."),
    ("bereavement", "sensitive", "sms",
     "my grandad died monday, need a car to the chapel of rest on thurs at 2 for me and my nan, Orchard Close"),
    ("bereavement", "sensitive", "review",
     "After my wife's funeral I realised I hadn't booked a way home. Rang at 5pm and a car was there in ten "
     "minutes. The driver didn't say much and that was right."),
    ("bereavement", "sensitive", "voicemail",
     "Hello, it's about my mum's account, Joyce Whitlow. She died on Friday. What do I do about her weekly "
     "bookings to the market? Please call me back on 07700 900826."),
    # ---- bereavement, benign
    ("bereavement", "benign", "sms",
     "sorry my phone died so i couldnt answer when the driver rang, im at the side door now"),
    ("bereavement", "benign", "chat",
     "Customer: the app's dead, won't even load || Agent: We had a short outage, it's back now. Try closing and "
     "reopening. || Customer: yep working, thanks"),
    ("bereavement", "benign", "email",
     "Hello, Rowe & Sons Funeral Directors here. We'd like a business account for occasional staff travel "
     "between our Harrowby and Ashcombe branches. Monthly invoice please. || Agent: Certainly, forms attached."),
    ("bereavement", "benign", "note",
     "Car 9 had a dead battery at the depot this morning; jump-started and booked in for a new one Tuesday."),
    ("bereavement", "benign", "call",
     "Caller: Pickup from Memorial Park after the Sunday league match - which gate? || Agent: The main gate on "
     "Park Road, the driver can't get into the side lane. || Caller: Cheers."),
    ("bereavement", "benign", "review",
     "Dead on time, spot on price, driver knew exactly where the drop-off zone was. Five stars."),
    ("bereavement", "benign", "form",
     "Booking | To: Grave Lane allotments (gate 2) | Passengers: 1 plus two bags of compost | Time: 09:00 Sat"),
    ("bereavement", "benign", "voicemail",
     "Hi, it's Jan on 07700 900437, about the late-running 7 o'clock this morning - driver was twenty minutes "
     "late and I missed my train. Can someone call me?"),
    ("bereavement", "benign", "dm",
     "the pin for Dead End Lane is wrong in the app, drivers keep going to the farm. it's the lane behind the "
     "pub"),
    ("bereavement", "benign", "chat",
     "Customer: left my umbrella in the car, big golf one || Agent: Sorry for your loss, ha. I'll check with "
     "the driver. || Customer: lol thanks, it's a good one"),
    ("bereavement", "benign", "email",
     "Hi, our finance deadline for quarter-end expense claims is Friday - could you send me all receipts for "
     "account 3021 from January to March? || Agent: Statement and receipts attached."),
    ("bereavement", "benign", "note",
     "RIP old booking system: migration to the new platform finished Sunday night. Report any missing jobs to ops."),
    ("bereavement", "benign", "call",
     "Caller: Can I get picked up from the Wake Up Cafe on Dock Street? || Agent: Yes, when for? || Caller: "
     "Half ten, going to the station."),
    ("bereavement", "benign", "review",
     "I would die for this driver's playlist. 80s classics all the way to the airport. || Agent: Ha, we'll "
     "tell him!"),
    ("bereavement", "benign", "sms",
     "hi its Rowe & Sons, can we get a copy of last month's invoice, we never got it"),
    # ---- violence and self-harm, sensitive
    ("violence_self_harm", "sensitive", "note",
     "Incident: driver Lee Cartwright (#14) punched in the face by a passenger at the Quay St rank, 02:10 Sat. "
     "Police attended, ref given. Lee checked over and sent home; car off the road for cleaning."),
    ("violence_self_harm", "sensitive", "chat",
     "Customer: can I ask something awkward? || Agent: Of course. || Customer: the driver who took me home "
     "tuesday has been messaging me on whatsapp ever since. kisses, 'you looked nice', asking if I'm home alone. "
     "I never gave him my number, he must have got it from the booking"),
    ("violence_self_harm", "sensitive", "call",
     "Caller: Did someone ring you today asking where your driver dropped me? || Agent: Let me check... a man "
     "did ask, we didn't say. || Caller: That's my ex. He's been following me for weeks, turning up wherever I "
     "go. Please never tell anyone anything."),
    ("violence_self_harm", "sensitive", "chat",
     "Customer: cancel the return car for tonight || Agent: No problem, shall I rebook it for later? || Customer: "
     "no. i wont be coming back from the bridge tbh. sorry to the driver || Agent: I'm worried about you - can I "
     "call you right now? The Samaritans are on 116 123 and I'm staying on this chat."),
    ("violence_self_harm", "sensitive", "email",
     "I need a car at 10am on Tuesday while he's at work. The support worker will give you the address - it's a "
     "refuge. Please never ring the landline or send a text, he checks my phone. I'll pay cash. || Agent: "
     "Understood. No calls or texts; the driver will knock once at 10."),
    ("violence_self_harm", "sensitive", "voicemail",
     "Yeah, this is for the driver who took me home Saturday. Tell him I know where he lives and next time I "
     "see him I'll smash his face in. He knows what he did."),
    ("violence_self_harm", "sensitive", "review",
     "1 star. When I queried the fare the driver got out, grabbed my arm hard enough to leave bruises and pushed "
     "me against the car. || Agent: This is extremely serious. The driver has been suspended and our manager "
     "will call you today."),
    ("violence_self_harm", "sensitive", "form",
     "Complaint | Journey: Friday 23:40, Quay St to Larch Way | Details: the driver made sexual comments and kept "
     "the doors locked at my house until I gave him my number | Outcome: I want him removed"),
    ("violence_self_harm", "sensitive", "dm",
     "your driver from last week found me on instagram, then turned up at my work on Monday 'just to say hi'. "
     "I'm scared to leave the building. please do something"),
    ("violence_self_harm", "sensitive", "chat",
     "Customer: one way to the Stenford multi-storey pls, top floor || Agent: Sure, and a return later? || "
     "Customer: no return. nobody's going to miss me anyway || Agent: I don't want to just book that - are you "
     "safe right now? Can I call you?"),
    ("violence_self_harm", "sensitive", "note",
     "Driver #31 reports passenger had fresh cuts on her forearms and said she'd done it herself after a bad day. "
     "Driver took her to A&E with her agreement instead of home. Welfare follow-up logged."),
    ("violence_self_harm", "sensitive", "call",
     "Caller: I need a car right now, 12 Quarry Road, please hurry. || Agent: Are you safe? || Caller: My "
     "neighbour's outside with a bat saying he's going to do me, I've rung the police, I just need to get out."),
    ("violence_self_harm", "sensitive", "sms",
     "driver 22 keeps texting me at night, i told him to stop and now hes saying he knows where i live. what are "
     "u going to do about it"),
    ("violence_self_harm", "sensitive", "review",
     "On the shared airport shuttle a drunk man in the back groped me the whole way and the driver did nothing "
     "when I asked for help. I'll never use you again. || Agent: We are deeply sorry. Please reply so our manager "
     "can contact you."),
    ("violence_self_harm", "sensitive", "voicemail",
     "Hi, it's Mandy, account 2731. He hit me again last night. I need the car to my sister's at 9 tomorrow but "
     "please don't ring the house, ring this mobile only, 07700 900944."),
    # ---- violence and self-harm, benign
    ("violence_self_harm", "benign", "review",
     "Absolute killer service. Booked at midnight for a 4am airport run and the car was outside at 3.55."),
    ("violence_self_harm", "benign", "chat",
     "Customer: traffic on the ring road is murder this morning, will the driver still make 8? || Agent: He's "
     "taking the back way, ETA 7.56. || Customer: legend"),
    ("violence_self_harm", "benign", "sms",
     "driver absolutely smashed it, got me to the station with 5 mins to spare. tell him ta"),
    ("violence_self_harm", "benign", "note",
     "Minor bump in the depot car park, car 6 reversing into a bollard. Nobody hurt; photos taken and insurer "
     "informed."),
    ("violence_self_harm", "benign", "email",
     "Hi, I'll fight you for the last 8-seater on Saturday, ha - any chance there's one left for 7pm from the "
     "Fox & Hound? || Agent: You're in luck, last one's yours."),
    ("violence_self_harm", "benign", "call",
     "Caller: If I leave at 4 will I beat the traffic to Stenford? || Agent: Should do, the jams start about "
     "4.30. || Caller: Book me for 3.50 then."),
    ("violence_self_harm", "benign", "form",
     "Booking | From: The Hunter's Rest pub, Cutthroat Lane | To: Millgate station | Passengers: 3 | Time: 23:15"),
    ("violence_self_harm", "benign", "voicemail",
     "Hi, your app crashed twice while I was trying to pay, so I don't know if the booking went through. Ref "
     "might be KC-63550. Ring me back please."),
    ("violence_self_harm", "benign", "dm",
     "it's threatening rain all weekend - will your drivers wait inside the hotel lobby for the airport pickups?"),
    ("violence_self_harm", "benign", "chat",
     "Customer: kill the 6pm booking please, plans changed || Agent: Cancelled, no fee as it's over two hours "
     "away. || Customer: ace, thanks"),
    ("violence_self_harm", "benign", "note",
     "Policy reminder: zero tolerance for abuse of call-centre staff. Agents may end any call after one warning "
     "and log it."),
    ("violence_self_harm", "benign", "call",
     "Caller: Is there a self-service booking kiosk at the station rank now? || Agent: Yes, by the ticket "
     "office. || Caller: Good, the queue was a nightmare last week."),
    ("violence_self_harm", "benign", "review",
     "Knocked it out of the park. Three cars for our team's away day and every one was early."),
    ("violence_self_harm", "benign", "sms",
     "dying to know where the driver is lol, app says 2 mins and has for 10 mins"),
    ("violence_self_harm", "benign", "email",
     "Hello, Harrowby Kickboxing Club here. We need three cars on the 15th to get our coaches to the regional "
     "tournament in Stenford. Invoice the club. || Agent: Booked, 08:00 from the club."),
]



def gowl_examples() -> list[dict]:
    """The gowl split as labelled tickets (same shape as ``sensitive_eval.build_eval_set``'s)."""
    return stranger_examples("gowl", ENTRIES, SUBJECTS)
