"""glen split: written by a helper who had not seen the detection rules, the anchors or any other split.
Setting: Tallis Mobile, an invented phone shop chain with repair counters (SIM-only and family plans, parental
controls, trade-ins, insurance, unlocking); emails, chats, calls, SMS, DMs, forms, reviews, notes, many Englishes.
Benign half borrows: schools, mosques, unions, clinics as customers, idioms, product names, general questions.
50 sensitive and 50 benign tickets for children and for special categories, 30 and 30 for financial hardship, 20 and
20 for health and for violence and self-harm, 15 and 15 for legal and for bereavement.
First reading (policy 2026.11.17, before any change made in response to it; `sensitive_eval.evaluate`, as `make
eval-sensitive`): 91.0 / 2.5 recall / false exclusion in % as shipped, 91.5 / 8.0 without the overruling,
85.0 / 7.0 by the rules alone. Then read while tuning the rules for 2026.11.18 and trained on."""

from __future__ import annotations

from training_gate.sensitive_blind import stranger_examples

SUBJECTS: tuple[str, ...] = (
    "Question about my bill",
    "Change to my plan",
    "Repair booking",
    "Trade-in query",
    "Unlock request",
    "Insurance claim",
    "Family plan change",
    "Parental controls help",
    "Order and delivery",
    "Account details update",
    "SIM or eSIM problem",
    "Cancel a line",
    "Upgrade enquiry",
    "Store visit follow-up",
    "Business account enquiry",
)

ENTRIES: list[tuple[str, str, str, str]] = [
    # ---- children
    ("children", "sensitive", "email",
        "Hi, I'd like to add a line to our family plan for my daughter Hana. She's 11 and starts at Fenwick "
        "Academy in September, so she'll need it from the last week of August. Thanks, Yusuf Rahman"),
    ("children", "sensitive", "sms",
        "my lads in year 4 n hes cracked the screen on his tablet AGAIN, can abbey st do a same day fix"),
    ("children", "sensitive", "chat",
        "Customer: How do I stop my son buying games without asking me first? He's 8. || Agent: You can turn "
        "on Ask to Buy in SafeStart, then any purchase on his line sends a request to your phone first. || "
        "Customer: Perfect, doing it now."),
    ("children", "sensitive", "email",
        "My ex-husband and I share custody of our two (Leo is 7, Ava is 10). Both phones are on my account "
        "but they're at his place every other weekend. Can he have view-only access to the SafeStart "
        "dashboard, without being able to change anything?"),
    ("children", "sensitive", "voicemail",
        "Voicemail: Hiya, it's Shannon Pike, I had a trade-in appointment Thursday at Market Square but I had "
        "the baby on Tuesday, a bit earlier than planned! Could you move it to sometime next month? Ta."),
    ("children", "sensitive", "web_form",
        "Report lost/stolen: My 15-year-old's phone was taken from his bag at school today. Please block the "
        "SIM and the handset. Number ends 0412, he's a named user on my family plan."),
    ("children", "sensitive", "chat",
        "Could I move my collection slot to after half three? I've got the school run for the twins first."),
    ("children", "sensitive", "agent_note",
        "Agent note: applicant at Kingsway is 16. We can't sign a contract with a minor, so advised that a "
        "parent or guardian must come in with ID and be the account holder, with her as named user."),
    ("children", "sensitive", "email",
        "Customer: Why was the £49.99 app purchase refunded? I didn't ask for that. || Agent: Hi Mr Osei, we "
        "refunded it because it was made on the line for Kofi, who's registered on your family plan as 12. "
        "Our policy is to refund one unapproved in-app purchase by an under-13. || Customer: Oh. Thank you, "
        "I'll have words with him."),
    ("children", "sensitive", "email",
        "My grandson is 14 and autistic, and the SafeStart screen-time warnings keep popping up and really "
        "upsetting him. Can they be set to switch off quietly at the limit instead of counting down? His mum "
        "has asked me to sort it."),
    ("children", "sensitive", "email",
        "The school (St Brendan's Primary) says phones must be handed in at the office each morning. Our Isla "
        "is in P5 and just needs something to call home on when she walks back, no internet at all. What have "
        "you got?"),
    ("children", "sensitive", "chat",
        "Need the location sharing to actually work on Maisie's watch. She's 6 and walks home with the "
        "childminder, and it keeps showing her three streets away."),
    ("children", "sensitive", "sms",
        "hi need 2 unlock my sons fone, hes going on the yr 9 trip 2 france n we want 2 put a local sim in it"),
    ("children", "sensitive", "email",
        "My 13-year-old opened an account on your app using my card, and your records have her date of birth "
        "as 14/03/2012. I want her profile deleted and the card removed please. I'm the card holder, Mrs D. "
        "Fenn."),
    ("children", "sensitive", "email",
        "Good afternoon, my daughter just finished her JSS3 exams and I promised her a first smartphone. "
        "Please what do you have under the family bundle that I can control from my own phone? Regards, Mrs "
        "Adaeze Okoro"),
    ("children", "sensitive", "email",
        "Respected Sir, my son is studying in 10th standard and board exams are coming. Kindly block YouTube "
        "and Instagram on his number from 7pm to 10pm on weekdays. The line is under my name on the family "
        "plan. Thanks, R. Iyer"),
    ("children", "sensitive", "dm",
        "Hi po! My bunso is turning 9 next week and we want to give her my old phone. Can you put a SIM on it "
        "with no data, only calls and texts? Thank you po"),
    ("children", "sensitive", "chat",
        "Howzit, my laaitie is in Grade 6 and he smashed his phone at rugby practice on Saturday. Is that "
        "covered on the TallisCare or must I pay?"),
    ("children", "sensitive", "email",
        "G'day, my youngest starts Year 7 in Term 1 and the school wants her to have a phone for the bus. Can "
        "she go on my family plan, and can I limit her to 5GB?"),
    ("children", "sensitive", "voicemail",
        "Voicemail: Hi, it's Jodie, I'm ringing about the watch I bought for my little boy's fifth birthday, "
        "the Buddy one. It won't hold a charge past lunchtime. Can you call me on this number?"),
    ("children", "sensitive", "forwarded",
        "FW: message from Mrs Patel, Greenhill Juniors: 'Ellie in Class 3B has been getting messages on her "
        "watch from a number we don't recognise during lessons.' Can you block that number on Ellie's line "
        "please? It's on my account. Thanks, Rob Lyle"),
    ("children", "sensitive", "web_form",
        "Plan enquiry: We use an old phone as a baby monitor for our four-month-old. I only need a cheap data "
        "SIM for it to stream to my phone. What's your smallest SIM only?"),
    ("children", "sensitive", "email",
        "Our eldest is 17 and heading to uni in September. She turns 18 in October. Can we move her line off "
        "our family plan into her own name once she's 18, and keep the number?"),
    ("children", "sensitive", "agent_note",
        "Agent note: dad called about son (10). Son had been texting premium rate quiz numbers, £63 in three "
        "weeks. Barred premium SMS on line ending 218, goodwill credit £30 applied."),
    ("children", "sensitive", "chat",
        "Customer: Can I trade in two old phones at once? || Agent: Sure, which models? || Customer: An "
        "iPhone 11 and a Galaxy A12. The A12 is my son's, he's in Year 2 and he's moving to the tablet "
        "instead."),
    ("children", "sensitive", "web_form",
        "Repair request: tablet charging port. My niece (she's seven) pushed a pencil lead into it while I "
        "was cooking. It still charges if you hold the cable at an angle."),
    ("children", "sensitive", "email",
        "My son has type 1 diabetes (he's 9) and his glucose monitor app has to run all day at school. Will "
        "SafeStart's school-hours mode block it? If so, how do I whitelist it?"),
    ("children", "sensitive", "chat",
        "Hi, I'm 14 and my mum said I can get my own SIM only plan if I pay for it from my paper round. Does "
        "she have to sign anything?"),
    ("children", "sensitive", "call",
        "[transcript] Caller: My lad's just turned sixteen and got a Saturday job at the garden centre, he "
        "wants his own contract. Agent: At sixteen he'd need to be a named user on an adult's account. "
        "Caller: Right, on mine then."),
    ("children", "sensitive", "sms",
        "cn u deliver after 4 pls, the wee one has nursery til then and im doing pick up"),
    ("children", "sensitive", "email",
        "Please rename line 3 on my family plan from 'Kid phone' to 'Aoife'. Her birthday is 2 June, she'll "
        "be 12, so could you also move her to the Junior 12+ allowance?"),
    ("children", "sensitive", "review",
        "Review, 5 stars: The lady at Harbour Rd set up the parental controls on my grandson's phone while he "
        "sat there moaning about it. He's eleven and thinks he knows everything! || Tallis Mobile replied: "
        "Thanks Pat, we'll pass this on to Shireen."),
    ("children", "sensitive", "chat",
        "Customer: I want to cancel line 4. || Agent: No problem. Just to check, line 4 is Tom's, the one "
        "with the school-hours restriction for Ashcombe Primary? Once it's cancelled those restrictions go "
        "too. || Customer: Yes, he's getting a hand-me-down instead."),
    ("children", "sensitive", "chat",
        "Hi, my boy in Sec 2 lost his phone on the MRT just now, can block the line first? Number is 9123 "
        "4408. Thanks"),
    ("children", "sensitive", "email",
        "Hello, I buy the phone for my daughter of 10 years old, the shop put my name as the user. She need "
        "WhatsApp for the school class group but it say she must be 13. What I can do?"),
    ("children", "sensitive", "dm",
        "someone keeps messaging my 12yo on her phone from a number we dont know. how do i block it and can "
        "you tell me who it is"),
    ("children", "sensitive", "call",
        "[transcript] Agent: Tallis Mobile, you're through to Tariq. Caller: Hi, it's about my daughter "
        "Lily's line, she's thirteen and she's blown through her data again. Can you put a hard cap at 5GB? "
        "Agent: Done, she'll get a text when she hits 4.5."),
    ("children", "sensitive", "email",
        "We need a phone that runs Google Classroom properly for our eldest. She's going into Year 10 and the "
        "school's moved all the GCSE homework online. Budget is about £200."),
    ("children", "sensitive", "email",
        "Hi there, our young lad is making his First Communion in May and his godmother wants to give him a "
        "phone. Can she buy a gift card in store that I can put toward it? Thanks, Siobhán"),
    ("children", "sensitive", "chat",
        "Her mum has her Monday to Thursday, I have her at weekends. I'd like a second number on her watch so "
        "she can ring me from my place. She's 7."),
    ("children", "sensitive", "email",
        "Could I still get the bundle price? Our little one arrived three weeks early so I missed the "
        "trade-in deadline while we were in hospital with him."),
    ("children", "sensitive", "email",
        "I'm the account holder. Please send me the call and text log for my daughter's number for the last "
        "month. She's 15 and something's going on."),
    ("children", "sensitive", "agent_note",
        "Agent note: walk-in at Riverside, mum with daughter (about 9). Daughter's phone was sharing its "
        "location to an unknown account via a game app. Removed the sharing, reset the Google account, showed "
        "mum Family Link."),
    ("children", "sensitive", "dm",
        "yo my little bro (hes 10) has been using my old phone and bought £80 of vbucks on my account. can u "
        "refund it pls"),
    ("children", "sensitive", "web_form",
        "Trade-in notes: This phone was my son's, he's started at secondary and has a new one now. Please "
        "make sure his data is wiped (school photos, his class chat) before it's resold."),
    ("children", "sensitive", "email",
        "Claim for a cracked screen. It happened at my daughter's 8th birthday party, there was a bouncy "
        "castle and my phone was in my back pocket. Claim ref pending."),
    ("children", "sensitive", "chat",
        "Customer: my boy wants the new Nova for Christmas || Agent: Lovely, which plan were you thinking? || "
        "Customer: he's only in P7 so I want it on my account with all the blocks on"),
    ("children", "sensitive", "dm",
        "My 3 year old twins keep video calling random people from my contacts. Is there a way to lock the "
        "phone to the one cartoon app?"),
    ("children", "sensitive", "email",
        "Hi, my son is in 5th grade and the school wants him to have a phone with a hotspot for homework. Is "
        "hotspot included on the kid line of the family plan, or is that an extra?"),
    ("children", "benign", "email",
        "Hi, we're the office at Oakfield Primary School and want to put four staff phones onto a business "
        "SIM-only plan. Who's the right person to talk to?"),
    ("children", "benign", "chat",
        "Does the Junior plan come with SafeStart included, or is it an add-on? Just comparing before we "
        "decide."),
    ("children", "benign", "sms",
        "i kid u not this is the 3rd charging cable thats frayed in a month"),
    ("children", "benign", "review",
        "Review, 5 stars: Setting up the new phone was child's play, all moved over in 10 minutes. || Tallis "
        "Mobile replied: Great to hear, thanks for the review!"),
    ("children", "benign", "voicemail",
        "Voicemail: Hello, it's Brenda Walsh. My son usually does this sort of thing for me but he's working "
        "away, so I'm ringing myself about my own order, the Aria 5. It says dispatched but there's no "
        "tracking. Could someone call me back?"),
    ("children", "benign", "web_form",
        "General question: what's the minimum age to take out a contract in your stores, and what ID is "
        "needed?"),
    ("children", "benign", "chat",
        "My puppy chewed through the charging cable and the port. Is that accidental damage on TallisCare?"),
    ("children", "benign", "email",
        "The Nova Mini is the baby of the range and I love the size, but the battery's awful. Is a "
        "replacement battery covered in the first year?"),
    ("children", "benign", "email",
        "Our parent company is moving offices. Please update the billing address on all 30 lines to Unit 4, "
        "Greyford Business Park."),
    ("children", "benign", "chat",
        "I run a small childminding business and want a second number just for work. Can I have two SIMs on "
        "the one account?"),
    ("children", "benign", "web_form",
        "Do you stock the chunky kid-friendly foam cases for the Tab 8? Looking for the green or blue one."),
    ("children", "benign", "email",
        "My daughter is 32 and moving to Canada for a year. Can she drop to your lowest SIM only to keep her "
        "UK number ticking over?"),
    ("children", "benign", "email",
        "We run Tumble Toys on Bridge Street and need a data SIM for our new card machine. Do you do those on "
        "a business account?"),
    ("children", "benign", "chat",
        "Family plan question: can I add my husband and my sister to my plan if we all live at different "
        "addresses?"),
    ("children", "benign", "chat",
        "Is a family plan cheaper per line than four separate SIM onlys? It'd be four adults."),
    ("children", "benign", "dm",
        "the school run traffic outside your Bridge St shop is mental, is there any parking round the back?"),
    ("children", "benign", "email",
        "Hello, I teach Year 6 at Millbrook and would love someone from your store to give a short online "
        "safety talk at our assembly. Do you do community visits?"),
    ("children", "benign", "sms",
        "baby steps lol, got the esim working, now how do i move my contacts over"),
    ("children", "benign", "chat",
        "I'm 19 and want my first contract. What ID do you need?"),
    ("children", "benign", "agent_note",
        "Agent note: customer asked generally about parental control options for a future purchase. Sent the "
        "SafeStart leaflet link. No account changes made."),
    ("children", "benign", "email",
        "Does the Buddy kids' smartwatch work with iPhone or only Android? I write for a gadget review site "
        "and I'm putting together a buyer's guide."),
    ("children", "benign", "chat",
        "Is there a grandparent discount? Asking for my dad, he's 80 and wants a simple phone."),
    ("children", "benign", "email",
        "I manage IT for a 20-person accountancy office. Can SafeStart-style controls be put on work phones "
        "to block gambling and streaming sites?"),
    ("children", "benign", "email",
        "Greenleaf Nursery (the plant kind!) needs a mobile for the till counter, calls only. Can we get one "
        "on a business account?"),
    ("children", "benign", "web_form",
        "Your Back to School promo code SCHOOL25 didn't apply at checkout. Order TM-660193."),
    ("children", "benign", "voicemail",
        "Voicemail: Hi, it's Derek Ames. My grown-up son got me a new phone for my birthday and I can't work "
        "out how to get my old texts onto it. Can you help? I'm near the Castle St shop."),
    ("children", "benign", "email",
        "Is the 20GB on the Teen bundle rollover data or is it use-it-or-lose-it each month?"),
    ("children", "benign", "email",
        "I'm writing my master's dissertation on parental control software in the UK. Would someone on your "
        "product team answer five short questions by email?"),
    ("children", "benign", "chat",
        "Student discount, I'm 21 and at uni. Does it work on SIM only or just handsets?"),
    ("children", "benign", "web_form",
        "Mother's Day: can I buy a gift card online and have it posted straight to my mum in Galway?"),
    ("children", "benign", "email",
        "Does the Father's Day trade-in bonus stack with the normal trade-in price or is it one or the other?"),
    ("children", "benign", "chat",
        "Is the Junior plan only for under-16s, or could an adult take it if they only need calls and texts?"),
    ("children", "benign", "dm",
        "your kids' zone in the Riverside store is a great idea btw, can you tell me if that store does "
        "unlocking while you wait?"),
    ("children", "benign", "review",
        "Review, 4 stars: Good store, knowledgeable staff, but the queue was long on a Saturday. || Tallis "
        "Mobile replied: Thanks Hollie, we've added an extra person on Saturdays from next month."),
    ("children", "benign", "sms",
        "wheres my PAC code, asked 2 days ago"),
    ("children", "benign", "chat",
        "Can I change my direct debit date from the 1st to the 15th?"),
    ("children", "benign", "email",
        "How much is the roaming add-on for Portugal? Off to the Algarve in July."),
    ("children", "benign", "web_form",
        "Store hours: is the Kingsway branch open on Sundays?"),
    ("children", "benign", "chat",
        "The eSIM QR code you emailed says invalid when I scan it. Can you send a new one?"),
    ("children", "benign", "email",
        "How long does a network unlock usually take once the contract's paid off?"),
    ("children", "benign", "chat",
        "What's the excess on a TallisCare claim for a cracked back glass?"),
    ("children", "benign", "email",
        "My bill shows the same £12.50 charge twice this month. Can someone look at it? Account 6620184."),
    ("children", "benign", "sms",
        "am i due an upgrade yet, been 22 months"),
    ("children", "benign", "chat",
        "Can I get my new phone delivered to a parcel locker instead of home?"),
    ("children", "benign", "email",
        "My voicemail just says the number isn't available instead of letting people leave a message. Can you "
        "reset it?"),
    ("children", "benign", "web_form",
        "I'm moving from another network and want to keep my number. Do I port before or after the SIM "
        "arrives?"),
    ("children", "benign", "chat",
        "Do you price match the big online retailers on SIM-free handsets?"),
    ("children", "sensitive", "agent_note",
        "Agent note: Nan rang about grandson Callum (12), who lives with her under a kinship care arrangement "
        "now. She's been made account holder and his line moved across from his dad's account with the dad's "
        "written consent."),
    ("children", "benign", "chat",
        "Can I put spending limits like the parental ones on my own line? I keep buying stupid things in apps "
        "at 2am."),
    ("children", "benign", "email",
        "We run the Hope Hall children's charity shop on Mill Lane and need one phone line for the till area. "
        "Business SIM only, calls and a little data."),
    ("children", "benign", "chat",
        "Can I swap my Nova 12 for a different colour? It's still sealed, bought Tuesday."),
    # ---- special_categories
    ("special_categories", "sensitive", "chat",
        "Can I move my repair collection from Friday lunchtime to about 3pm? Jummah at the mosque on Church "
        "Road runs over and I'd never make 1.30."),
    ("special_categories", "sensitive", "email",
        "Hi, I keep Shabbat, so the phone needs to go quiet from Friday sundown until Saturday night. Is "
        "there a way to schedule do-not-disturb with an auto-reply every week, or can the Castle St counter "
        "set it up for me?"),
    ("special_categories", "sensitive", "agent_note",
        "Agent note: customer explained she's a Jehovah's Witness and uses her mobile for ministry calls most "
        "days, so she's running out of minutes. Moved to SIM Only 10GB with unlimited minutes, no change to "
        "contract end."),
    ("special_categories", "sensitive", "chat",
        "I'm fasting this month so I'd rather do the trade-in appointment first thing, before I'm flagging. "
        "Is 9am free at Northgate on Wednesday?"),
    ("special_categories", "sensitive", "email",
        "Sir, we are a Sikh family and my husband wears a turban and full beard. The face unlock on his new "
        "phone fails nearly every time. Please advise how to reset it or if the repair counter can help."),
    ("special_categories", "sensitive", "email",
        "Please I am a pastor at Living Waters Assembly and I want a new number ending in 777 for the church "
        "ministry line. Is it possible to choose the number and how much? God bless, Pastor Emeka"),
    ("special_categories", "sensitive", "dm",
        "going on pilgrimage to Lourdes with the parish in May, do I need a roaming add-on for France or is "
        "it included"),
    ("special_categories", "sensitive", "email",
        "We're a Romany Gypsy family and we travel for a lot of the year, so we don't always have a fixed "
        "address. Can we still get a family plan with you, and where would the bills go?"),
    ("special_categories", "sensitive", "review",
        "Review, 1 star: The security guard at Northgate followed me round the whole store. I was the only "
        "Black customer in there and I know exactly why. || Tallis Mobile replied: Femi, we're sorry. That's "
        "not acceptable and our area manager would like to speak to you directly; please DM us a number."),
    ("special_categories", "sensitive", "chat",
        "Does the keyboard on the Aria 5 do Gurmukhi? My mum's Punjabi and only really reads that, English is "
        "hard for her."),
    ("special_categories", "sensitive", "agent_note",
        "Agent note: complaint from customer that a staff member at Market Sq made comments about her being "
        "Chinese and asked if she 'ate dogs'. Escalated to store manager and HR, complaint ref C-4471. "
        "Apology and £50 credit offered."),
    ("special_categories", "sensitive", "web_form",
        "Account name issue: Your system won't take my surname Nguyễn. I'm Vietnamese and the accent is part "
        "of the name, without it it's a different word. Can the account and contract show it properly?"),
    ("special_categories", "sensitive", "email",
        "Hi, I'm an Irish Traveller and your credit check keeps failing me because I've moved sites three "
        "times in two years. Is there anything else I can show you to get a contract?"),
    ("special_categories", "sensitive", "email",
        "I'm a Green Party councillor for Ashby ward and need a second number for casework so residents stop "
        "ringing my personal line. What's your cheapest SIM only?"),
    ("special_categories", "sensitive", "chat",
        "I organise for Left Unity in Brackford and since our leaflet drop my number's getting abusive spam "
        "calls. Can you change the number and keep it ex-directory?"),
    ("special_categories", "sensitive", "sms",
        "need a phone with a decent camera by sat, marching with the palestine solidarity demo in town and "
        "want to film it. what have u got under 300"),
    ("special_categories", "sensitive", "call",
        "[transcript] Caller: I'm out canvassing for Reform most evenings next month, lots of walking, and my "
        "phone dies by 7. Agent: The Aria 5 has a 5000mAh battery, or I can do you a power bank bundle. "
        "Caller: Go on then."),
    ("special_categories", "sensitive", "email",
        "Customer: Can I add the bulk text option to my business line? || Agent: Yes, you can. As you "
        "mentioned the texts go to members of your Conservative Association branch, please note they must "
        "have opted in to receive them. || Customer: They have, thanks."),
    ("special_categories", "sensitive", "chat",
        "I'm the Unite rep at the depot and people ring me at all hours on night shift. Is there a plan with "
        "unlimited minutes that doesn't cost the earth?"),
    ("special_categories", "sensitive", "email",
        "Please can I change my bill date to the 5th? My union subs for the GMB come out on the 1st along "
        "with the rent and it's a lot all at once."),
    ("special_categories", "sensitive", "agent_note",
        "Agent note: customer is an RMT member and asked if there's a union discount. Advised we have no "
        "partnership with RMT at present. No changes made."),
    ("special_categories", "sensitive", "forwarded",
        "FW: from my branch secretary at the CWU: 'Reps, please make sure your phone numbers are up to date "
        "on the branch list.' Can you confirm my number is 07700 900337? I think it changed when I moved to "
        "you."),
    ("special_categories", "sensitive", "chat",
        "I'm on strike with the NEU on Thursday so I can actually come in for the screen repair then. Any "
        "slots in the morning?"),
    ("special_categories", "sensitive", "email",
        "Hi, please add my husband to the family plan. His name's Martin Cole, mine is Stephen Cole, same "
        "address. Thanks!"),
    ("special_categories", "sensitive", "chat",
        "My wife Priya and I want to merge our lines onto one plan. I'm Sarah, account ends 7719. How do we "
        "do it?"),
    ("special_categories", "sensitive", "review",
        "Review, 2 stars: Helpful with the phone but as a gay man I'm a bit tired of being asked who the "
        "'lucky lady' is every time I mention my partner. || Tallis Mobile replied: Thanks for telling us, "
        "Jamie. You're right, and we'll be using this in our staff training."),
    ("special_categories", "sensitive", "email",
        "There's a Grindr Xtra charge on my bill. That's mine, I'm not disputing it, but my parents can see "
        "the account and I'm not out to them. Can the itemised bill show it as just an app store charge?"),
    ("special_categories", "sensitive", "chat",
        "I came out to my family last month and my dad has taken me off the family plan. I need my own SIM "
        "only contract as soon as possible, can I keep my number?"),
    ("special_categories", "sensitive", "agent_note",
        "Agent note: Mr Dean Farrow added his husband, Kieran, as an authorised person to discuss the "
        "account. Password set."),
    ("special_categories", "sensitive", "email",
        "Hi, my partner and I use a fertility tracker that logs cycles and when we've had sex, and since the "
        "update it's syncing everything into the shared family calendar where my in-laws can see it. Please "
        "help me turn that off urgently."),
    ("special_categories", "sensitive", "chat",
        "Can I get a second SIM just for dating apps? My wife and I have an open marriage and I don't want "
        "those messages on my main number."),
    ("special_categories", "sensitive", "agent_note",
        "Agent note: customer asked for an itemised bill with premium numbers masked; said the calls were to "
        "an adult chat line and his partner opens the post. Masked last 4 digits on paper bills as standard."),
    ("special_categories", "sensitive", "web_form",
        "I'm a sex worker and want a separate number for clients. Is that allowed on your SIM only terms? I'd "
        "be paying monthly by card."),
    ("special_categories", "sensitive", "email",
        "I've changed my name by deed poll from Daniel to Danielle as part of my transition. Please update my "
        "account name and title to Ms. I can send the deed poll."),
    ("special_categories", "sensitive", "chat",
        "Hi, I'm non-binary. Can you change my title to Mx on the account and the letters?"),
    ("special_categories", "sensitive", "review",
        "Review, 2 stars: The assistant kept calling me 'sir' after he saw my driving licence. I'm a trans "
        "woman and my ID hasn't caught up yet, but I was standing right there. || Tallis Mobile replied: "
        "Laura, we're really sorry. Our team should go by how you introduce yourself and we've taken this up "
        "with the store."),
    ("special_categories", "sensitive", "agent_note",
        "Agent note: Voice ID failed repeatedly. Customer explained she is transgender and her voice has "
        "changed with hormone therapy. Verified by security questions, re-enrolled voiceprint."),
    ("special_categories", "sensitive", "email",
        "My partner's name is still showing as her old name on line 2 of the family plan. She's transitioning "
        "and now goes by Alex, can you change it? She's here with me if you need to speak to her."),
    ("special_categories", "sensitive", "dm",
        "hi po, im a trans man and my old name is still on the account. i have the updated PSA documents. how "
        "do i change it"),
    ("special_categories", "sensitive", "email",
        "I carry the BRCA2 variant, so I'm having preventative surgery in June and will be off for about "
        "eight weeks. Can my plan be dropped to the minimum for those two months?"),
    ("special_categories", "sensitive", "chat",
        "The DNA results came back showing I'm a cystic fibrosis carrier and I need to send the PDF to my "
        "partner, but the file won't attach in your messaging app. It's 14MB."),
    ("special_categories", "sensitive", "email",
        "Since the genetic test showed my sister and I both have the same Lynch syndrome variant we get "
        "constant calls from clinics. Could we both get unlimited minutes? We're both on your family plan "
        "under my name."),
    ("special_categories", "sensitive", "chat",
        "Can you restore my photos from the cloud backup? There's a screenshot of my genome report in there "
        "that the genetic counsellor asked me to bring Thursday."),
    ("special_categories", "sensitive", "agent_note",
        "Agent note: customer mentioned her GenoTrace ancestry results show a rare inherited heart condition "
        "and she's worried the app shared them. Advised app data is held by GenoTrace not us; no Tallis data "
        "affected."),
    ("special_categories", "sensitive", "email",
        "Your in-store ID check took a scan of my face at Kingsway yesterday. I want that face data deleted "
        "under GDPR and to be told how long you keep it. Full name: Marcus Lindqvist."),
    ("special_categories", "sensitive", "chat",
        "Please remove my voiceprint from your Voice ID, I never agreed to it. My account is 4410382."),
    ("special_categories", "sensitive", "email",
        "The repair tech at Harbour Rd asked me to register my face on the phone to test the camera after the "
        "fix. Did your system save a copy of my face data? I'd like it removed if so."),
    ("special_categories", "sensitive", "agent_note",
        "Agent note: customer enrolled a palm scan at Kingsway for the collection lockers in March. Now "
        "requests deletion of his palm template. Raised DPO request DPO-0918."),
    ("special_categories", "sensitive", "email",
        "Before I trade in my old phone, my fingerprint and my wife's are both registered on it, and she's "
        "told me your shop once kept prints for a 'security check'. Please confirm you'll delete both our "
        "fingerprint records."),
    ("special_categories", "benign", "email",
        "We're the committee of Al-Noor Mosque and want a business account for five phones for our admin "
        "office and caretaker. Who do we speak to about a quote?"),
    ("special_categories", "benign", "email",
        "St Aidan's Church Hall is hosting your pop-up repair event on the 12th. Can you confirm what time "
        "your van arrives so we can open up?"),
    ("special_categories", "benign", "chat",
        "I religiously check my data usage and the app still says I've used 40GB. That can't be right."),
    ("special_categories", "benign", "dm",
        "face unlock on the new Nova stops working when I wear my glasses. known bug?"),
    ("special_categories", "benign", "web_form",
        "Repair quote: the fingerprint sensor on my Aria 4 is cracked. How much to fix?"),
    ("special_categories", "benign", "chat",
        "Is your Union Street store open on the bank holiday Monday?"),
    ("special_categories", "benign", "email",
        "Does the Black Friday £150 off the Nova 12 stack with the trade-in bonus?"),
    ("special_categories", "benign", "chat",
        "Ordering the Midnight Black edition but the site says out of stock. When's it back?"),
    ("special_categories", "benign", "email",
        "Does your Eid promotion apply in all stores or only the London ones? Just checking before I travel "
        "in."),
    ("special_categories", "benign", "email",
        "Northfield branch office of the union here. We need 12 SIMs on a business contract for our "
        "organisers' work phones. Can we get a quote?"),
    ("special_categories", "benign", "email",
        "We're setting up a local election campaign office and need 20 pay-as-you-go SIMs for phone banking "
        "for six weeks. Can you do a bulk order?"),
    ("special_categories", "benign", "chat",
        "Do you have the rainbow glitter case for the Aria 5 in store?"),
    ("special_categories", "benign", "dm",
        "is the pride edition strap for the pulse watch still on sale or has it gone"),
    ("special_categories", "benign", "email",
        "I'm doing an Open University module on world religions and need a tablet that runs the study app. "
        "Which of yours would you recommend under £250?"),
    ("special_categories", "benign", "email",
        "We run a community centre offering English classes. Do your phones support Arabic, Urdu and Bengali "
        "keyboards out of the box? We'd like to recommend a model."),
    ("special_categories", "benign", "chat",
        "Can I have my bills in Welsh please?"),
    ("special_categories", "benign", "sms",
        "what r ur christmas day opening hours"),
    ("special_categories", "benign", "chat",
        "I'm a big believer in refurbished. Do you sell refurbished Nova 11s?"),
    ("special_categories", "benign", "review",
        "Review, 5 stars: Your staff were a godsend, fixed my screen in 20 minutes before my flight. || "
        "Tallis Mobile replied: Thanks Olu, safe travels!"),
    ("special_categories", "benign", "email",
        "Great cameras are in the DNA of the Aria range, but the battery on the 5 is worse than the 4. Any "
        "settings that help?"),
    ("special_categories", "benign", "email",
        "Hi, I'm a genealogy hobbyist and the family tree app eats data when I'm scanning old parish records "
        "at the archive. Which plan suits?"),
    ("special_categories", "benign", "web_form",
        "General question before I sign up: your ID check asks for a selfie. What happens to that photo and "
        "how long is it kept?"),
    ("special_categories", "benign", "chat",
        "Conservative estimate, I use about 8GB a month. Which SIM only fits?"),
    ("special_categories", "benign", "email",
        "Your liberal returns policy is why I shop with you. Can I return a case I bought 20 days ago? "
        "Unopened."),
    ("special_categories", "benign", "email",
        "Beth Shalom Synagogue is moving offices. Please update the billing address on our business account "
        "to 18 Carlton Terrace."),
    ("special_categories", "benign", "email",
        "The parish office router uses one of your data SIMs and it's stopped connecting since Monday. "
        "Account PO-2281."),
    ("special_categories", "benign", "chat",
        "Voice ID keeps failing when I ring in, is there another way to get through security?"),
    ("special_categories", "benign", "email",
        "Do you use face recognition cameras in your stores? If so I'd like to know how to opt out. General "
        "question."),
    ("special_categories", "benign", "chat",
        "Is the Notting Hill branch closed over carnival weekend?"),
    ("special_categories", "benign", "dm",
        "voting with my feet if the price goes up again. what are my options to leave early"),
    ("special_categories", "benign", "web_form",
        "Promo code VOTE10 from the radio ad didn't give me the discount."),
    ("special_categories", "benign", "chat",
        "Do you sell that Kente pattern case I saw on your Instagram?"),
    ("special_categories", "benign", "chat",
        "My fingerprints must be worn out from all the gardening, the sensor won't read them. Can I just use "
        "a PIN?"),
    ("special_categories", "benign", "email",
        "Is there a discount for union members? A colleague mentioned some networks have deals with unions "
        "and I wondered if you do. Just asking in general."),
    ("special_categories", "benign", "email",
        "I'm reading a biography of a trade union leader on the Kindle app and it keeps crashing on the Nova "
        "10. Any fix?"),
    ("special_categories", "benign", "chat",
        "Can the Pulse watch show prayer times and Qibla as a watch face? Asking for a product review I'm "
        "writing."),
    ("special_categories", "benign", "email",
        "Hi, we're the Ebenezer Chapel Choir and we'd like one shared mobile for bookings. Can a charity open "
        "an account?"),
    ("special_categories", "benign", "dm",
        "the transfer of my number from Veltro has been stuck for 3 days"),
    ("special_categories", "benign", "chat",
        "Top up isn't showing on my pay as you go, I paid £10 an hour ago."),
    ("special_categories", "benign", "sms",
        "how do i reset my voicemail pin"),
    ("special_categories", "benign", "chat",
        "Can I swap my physical SIM to an eSIM without coming into store?"),
    ("special_categories", "benign", "email",
        "Where do I download my bill as a PDF? The app only shows the summary."),
    ("special_categories", "benign", "chat",
        "5G not working in Harrowgate since Monday, just 4G. Is there an outage?"),
    ("special_categories", "benign", "web_form",
        "Please change the email on my account to d.morrow@example.net."),
    ("special_categories", "benign", "chat",
        "I want to cancel my trade-in, I've decided to keep the old phone."),
    ("special_categories", "benign", "email",
        "Where's my repair? Dropped it at Riverside last Tuesday, ticket R-30044."),
    ("special_categories", "benign", "sms",
        "add a 5gb booster to my line pls"),
    ("special_categories", "benign", "chat",
        "How long does an unlock take? Contract ended last month."),
    ("special_categories", "benign", "email",
        "Is my insurance excess still £50 or did it change in the spring?"),
    ("special_categories", "sensitive", "email",
        "Small thing but please pass it on: the assistant at Kingsway asked me three times where I'm 'really "
        "from'. I was born in Leeds, my parents are Nigerian Yoruba, and I just wanted a SIM only deal."),
    ("special_categories", "benign", "chat",
        "Can I get paper bills posted instead of email ones?"),
    # ---- financial_hardship
    ("financial_hardship", "sensitive", "email",
        "Hi, I've been made redundant from the bakery and can't keep up with the £45 a month. Is there any "
        "way to drop to a cheaper plan without paying off the rest of the contract? Thanks, Lee Danby"),
    ("financial_hardship", "sensitive", "sms",
        "since they let me go at the warehouse ive got behind on the phone bill. can we do a payment plan or "
        "sumthing"),
    ("financial_hardship", "sensitive", "email",
        "A company called Marstone Recovery keeps ringing me about a Tallis bill from 2021, £340. Is this "
        "legit? I don't want to pay a scammer but I don't want it getting worse either."),
    ("financial_hardship", "sensitive", "chat",
        "I'm on Universal Credit, do you have a social tariff? I only need calls and a bit of data for job "
        "searching."),
    ("financial_hardship", "sensitive", "email",
        "I was made bankrupt last month and the official receiver says I have to let my creditors know. What "
        "happens to my phone contract now? Account 5510293."),
    ("financial_hardship", "sensitive", "email",
        "We're being evicted on the 30th and I don't know yet where we'll end up. Please stop any deliveries "
        "to this address and send the replacement SIM to my sister's at 14 Lowther Close instead."),
    ("financial_hardship", "sensitive", "agent_note",
        "Agent note: customer 3 months in arrears (£138). Lost job in February, now on JSA. Set up £10/month "
        "repayment arrangement, flagged as vulnerable, paused late fees."),
    ("financial_hardship", "sensitive", "sms",
        "cant pay this month sorry, my money comes thru on the 12th, pls dont cut me off i need it for the "
        "job centre calls"),
    ("financial_hardship", "sensitive", "email",
        "Please my salary has not been paid for four months by my employer and I cannot afford the instalment "
        "on the phone. Kindly allow me to pay half until things improve. Thank you, Blessing Adeyemi"),
    ("financial_hardship", "sensitive", "email",
        "Sir, due to financial problems in family I am not able to pay the EMI of the phone for this month "
        "and next. Kindly advise if there is some option to postpone without penalty. Regards, Suresh"),
    ("financial_hardship", "sensitive", "chat",
        "Every penny's going on rent and the electric at the moment. Is there any way to freeze the handset "
        "payments until the spring and just keep the SIM going?"),
    ("financial_hardship", "sensitive", "email",
        "I'm in an IVA and can't take on any new credit, so could I get a SIM only with no credit check at "
        "all? I'd pay on a prepaid card."),
    ("financial_hardship", "sensitive", "chat",
        "Customer: why is my account on hold? || Agent: Hi Dean, the hold was placed when the £212 balance "
        "was passed to our collections partner in March. If you can agree a plan with them, we can lift it "
        "straight away. || Customer: I didn't know it had gone that far."),
    ("financial_hardship", "sensitive", "web_form",
        "I was given a voucher by the Trinity food bank for a free SIM from your community scheme. How do I "
        "redeem it? I don't have a bank card at the moment."),
    ("financial_hardship", "sensitive", "chat",
        "How much would you give me for my phone as cash, today if possible? I've literally nothing left "
        "until payday and there's nothing in the cupboards."),
    ("financial_hardship", "sensitive", "voicemail",
        "Voicemail: Hi, it's Sandra Hale, account ending 4412. I got your letter about the missed payments. "
        "I'm on statutory sick pay now and it doesn't cover everything. Please ring me before anything gets "
        "passed on."),
    ("financial_hardship", "sensitive", "email",
        "Hi, my Centrelink payments got cut back and I'm about $300 short this fortnight. Can I get an "
        "extension on this month's bill? I'll pay it by the 20th."),
    ("financial_hardship", "sensitive", "email",
        "Good day, I was retrenched in January and I'm still looking for work. Can I downgrade my contract to "
        "the R99 SIM only without the cancellation fee? Account TM-ZA-3380."),
    ("financial_hardship", "sensitive", "dm",
        "hi po, I lost my work abroad and just came home. I can't continue the postpaid plan for now, can I "
        "change it to prepaid without penalty?"),
    ("financial_hardship", "sensitive", "email",
        "I'm on SNAP and just lost my hours at work. Do you have anything like the Lifeline discount for "
        "phone service?"),
    ("financial_hardship", "sensitive", "email",
        "Your letter says my account is going to a debt agency. I've already got three others chasing me, "
        "please can we sort a plan direct instead of adding another one?"),
    ("financial_hardship", "sensitive", "email",
        "I'm staying at a hostel at the moment since I lost the flat, so I can't get post. Can all my bills "
        "go paperless and can you stop the letters to the old address?"),
    ("financial_hardship", "sensitive", "review",
        "Review, 2 stars: Your Kingsway store put me on a £60 contract when I'd told them I was on benefits "
        "and couldn't stretch to it. || Tallis Mobile replied: Hi Tracey, that shouldn't have happened. "
        "Please DM us so we can look at moving you to a plan you can afford without any fee."),
    ("financial_hardship", "sensitive", "agent_note",
        "Agent note: Breathing Space notification received for customer 88-2210. Collections frozen for 60 "
        "days under the Debt Respite Scheme. No contact about arrears until the end date."),
    ("financial_hardship", "sensitive", "chat",
        "My husband's lost his job so we need to cut the family plan from five lines to two. Which two can go "
        "without fees?"),
    ("financial_hardship", "sensitive", "email",
        "Hi, I'm out of work since the factory in Shannon closed and I need to move to the cheapest SIM only "
        "you have. Can that be done before the next bill?"),
    ("financial_hardship", "sensitive", "sms",
        "payday loans ate this months wages, can u push my DD to the 28th just this once"),
    ("financial_hardship", "sensitive", "email",
        "Hello, I am not able to pay the bill because the bank have closed my account for the debts. How "
        "other way I can pay you? I do not want to lose the number."),
    ("financial_hardship", "sensitive", "chat",
        "Customer: can I cancel the insurance please? || Agent: Sure, can I ask why? || Customer: honestly I "
        "can't afford it. I'm on PIP and ESA and it's £9 a month I just don't have."),
    ("financial_hardship", "sensitive", "email",
        "We've been in temporary accommodation from the council since the eviction, and the phone's the only "
        "way the housing officer can reach me. Please don't suspend it, I'll pay what I can on the 1st."),
    ("financial_hardship", "benign", "email",
        "I paid my bill late by mistake, I forgot the date had changed. It's paid now. Will that affect "
        "anything?"),
    ("financial_hardship", "benign", "chat",
        "My direct debit bounced because I switched banks. Can you retry it from the new account?"),
    ("financial_hardship", "benign", "dm",
        "i broke my screen (not broke broke lol). how much is a repair on the nova 11"),
    ("financial_hardship", "benign", "email",
        "Can't afford to miss the Nova 12 deal, does it really end Sunday?"),
    ("financial_hardship", "benign", "email",
        "We're a debt advice charity and would like 10 SIM only lines for our advisers. Do you do charity "
        "pricing?"),
    ("financial_hardship", "benign", "chat",
        "Is there any credit left on my pay as you go? It shows £0.00 but I topped up £10 this morning."),
    ("financial_hardship", "benign", "web_form",
        "Do the Autumn Collection cases come in green for the Aria 5?"),
    ("financial_hardship", "benign", "email",
        "Why was I charged twice this month? £24 on the 1st and £24 on the 3rd."),
    ("financial_hardship", "benign", "chat",
        "Can I spread the phone over 24 months instead of 36? I'd rather pay more each month and be done "
        "sooner."),
    ("financial_hardship", "benign", "sms",
        "promo code SAVE20 not working at checkout"),
    ("financial_hardship", "benign", "email",
        "Is trade-in cashback paid to my bank or as credit on the account?"),
    ("financial_hardship", "benign", "chat",
        "Our payroll date is moving, so could you move my bill date to the 28th?"),
    ("financial_hardship", "benign", "email",
        "On my bill there's a line that says 'arrears £0.00'. What does arrears mean on there?"),
    ("financial_hardship", "benign", "web_form",
        "General question: if a payment is missed, do you charge a late fee and how much?"),
    ("financial_hardship", "benign", "email",
        "I run a small bookkeeping firm and want three SIM only lines on one invoice, VAT receipted."),
    ("financial_hardship", "benign", "chat",
        "I need a VAT invoice for the phone I bought last week for my business."),
    ("financial_hardship", "benign", "chat",
        "The price went up 3.9% in April. Why, when I'm on a fixed contract?"),
    ("financial_hardship", "benign", "email",
        "What's the cheapest SIM only you do? I barely use data, it's really just calls to my brother."),
    ("financial_hardship", "benign", "email",
        "My refund still isn't in my account after 10 days. Ref RF-11902."),
    ("financial_hardship", "benign", "email",
        "I keep seeing adverts about social tariffs, what are they and who are they for? Just curious."),
    ("financial_hardship", "benign", "chat",
        "Paid my phone off early, can I get it unlocked now?"),
    ("financial_hardship", "benign", "chat",
        "Can I get a loan phone while mine's being repaired?"),
    ("financial_hardship", "benign", "email",
        "Can you send me a final statement showing a zero balance? I'm closing my account and want it for my "
        "records."),
    ("financial_hardship", "benign", "review",
        "Review, 5 stars: Best value SIM only I've found, and the bill is always exactly what I expect. || "
        "Tallis Mobile replied: Thanks Aziz!"),
    ("financial_hardship", "benign", "sms",
        "how do i turn on paperless billing"),
    ("financial_hardship", "benign", "chat",
        "Can I add my partner's card as a second payment method?"),
    ("financial_hardship", "benign", "email",
        "Is there a fee to switch from monthly to pay as you go?"),
    ("financial_hardship", "benign", "chat",
        "My bill date keeps landing on a weekend, is that a problem?"),
    ("financial_hardship", "benign", "email",
        "Does the Black Friday credit on my account expire?"),
    ("financial_hardship", "benign", "voicemail",
        "Voicemail: Hi, it's Gemma Royce, I'd like to pay my bill over the phone instead of by direct debit "
        "this month as I'm changing accounts. Can someone call me? Thanks."),
    # ---- health
    ("health", "sensitive", "email",
        "Hi, I need to pause my SIM-only plan for about six weeks rather than cancel it. I'm going in for a "
        "hip replacement on the 14th at Ashby General and then a spell of rehab, so I won't use any data. Is "
        "a freeze possible? Many thanks, Maureen Tolley"),
    ("health", "sensitive", "chat",
        "Customer: can you switch on the hearing aid mode on the new handset before I collect it || Agent: Of "
        "course, which model is it? || Customer: the Nova 12, it's for my dad. He's got profound hearing loss "
        "in both ears so he needs the t-coil setting on and he won't manage it himself"),
    ("health", "sensitive", "call",
        "[transcript] Agent: Tallis Fix, Priya speaking. Caller: Hi, my screen's cracked, I dropped it when I "
        "had a seizure on Saturday. I've got epilepsy so it happens now and then. Does TallisCare count that "
        "as accidental damage? Agent: Yes, that's accidental damage, the excess is £25. Caller: Brilliant, "
        "I'll bring it in."),
    ("health", "sensitive", "sms",
        "hi its Dev, cant get in 2 collect my fone til next wk, im on the chemo unit tues n weds. can u hold "
        "it pls"),
    ("health", "sensitive", "agent_note",
        "Agent note: customer asked to add a second SIM to her family plan for her carer. She has MS and uses "
        "a wheelchair, Castle St store has steps so arranged home delivery of the SIM and did ID over video."),
    ("health", "sensitive", "web_form",
        "Request type: plan change. Details: I'm 30 weeks pregnant and start maternity leave on the 1st, so "
        "I'll be home and streaming far more. Please move me from the 15GB SIM only to the 100GB one from "
        "that date."),
    ("health", "sensitive", "dm",
        "hey can someone sort my unlock code, its been 9 days. ive been an inpatient on a psych ward since "
        "the 2nd so i missed all ur emails, please dont close the request"),
    ("health", "sensitive", "email",
        "Hello, my husband does dialysis three mornings a week, four hours a go, and the unit's wifi is "
        "hopeless. We'd like to move his line up to unlimited data so he has something to watch. Account is "
        "in my name, Carol Beck."),
    ("health", "sensitive", "chat",
        "Customer: Why has my bill gone up by £9? || Agent: Hi Ruth, the £9 is the TallisCare Plus add-on "
        "from June. I can also see the note from your call when you set up the fall-alert app for your mum "
        "after her stroke, but that app is free, so it isn't that. || Customer: Ah right, remove the "
        "insurance then please."),
    ("health", "sensitive", "review",
        "Review, 2 stars: The lad at the Northgate counter kept finishing my sentences. I have a stammer, it "
        "takes me a bit longer, that doesn't mean you get to talk for me. || Tallis Mobile replied: We're "
        "very sorry, Gareth. That isn't the service we want anyone to get and we've shared your feedback with "
        "the store manager."),
    ("health", "sensitive", "email",
        "Dear Sir/Madam, my father aged 71 is suffering from Parkinson's and his hands are shaking, so he is "
        "unable to operate the touch screen properly. Kindly suggest a handset with physical keys and an SOS "
        "button under your senior plan. Regards, Anil Kumar"),
    ("health", "sensitive", "email",
        "Good day. Please I want to change my line to SIM only. I was admitted for three weeks with typhoid "
        "and could not use the contract phone at all, so I don't want to keep paying for the device plan. "
        "Thank you, Chinedu"),
    ("health", "sensitive", "voicemail",
        "Voicemail: Hi, it's Colm, I had the two o'clock slot at the repair counter about my charging port. I "
        "won't make it, they've kept me in after the angiogram. Could someone ring me to rebook? Cheers."),
    ("health", "sensitive", "agent_note",
        "Agent note: waived £15 storage fee. Customer left phone at Riverside for five weeks, explained she'd "
        "been on a residential programme for her eating disorder. Please don't bring it up on future contacts "
        "unless she does."),
    ("health", "sensitive", "chat",
        "Customer: Can I set screen time limits on my own phone, not a kid's one? || Agent: Yes, SafeStart "
        "works on adult lines too. || Customer: Good. I'm in recovery from gambling and my counsellor wants "
        "betting sites and apps blocked from 10pm to 8am."),
    ("health", "sensitive", "email",
        "Can you set up two alarms a day on my mum's new phone before we pick it up, 8am and 8pm? She's on "
        "warfarin and she can't miss a dose. Big clear labels would help. Thanks, Jo"),
    ("health", "sensitive", "chat",
        "hi, my wife just had her C-section at KK, can I change the delivery for the new phone to the ward "
        "instead? Ward 52 bed 14. Thanks ah"),
    ("health", "sensitive", "email",
        "Hello, I am wanting to cancel the insurance on the phone of my mother because she live now in the "
        "care house with the dementia and she is not using the phone anymore. How I do this please? Thank "
        "you, Katarzyna"),
    ("health", "sensitive", "email",
        "We manage the company phones for Harwood Joinery. One of our joiners, Pete Sowerby, is off long-term "
        "with depression, so please suspend his line but keep the number for when he's back. Account 44810. "
        "Thanks, Lorraine (office manager)"),
    ("health", "sensitive", "chat",
        "Hi po, my tita had a mild stroke last month and her speech is not back yet. Can we change her plan "
        "to one with unlimited video calls so she can at least see us and nod? Salamat po"),
    ("health", "benign", "email",
        "Hi, our dental practice has six staff phones on a business plan. Could we add two more SIM-only "
        "lines for the new hygienists starting next month? Practice name: Brookside Dental, account BD-2291."),
    ("health", "benign", "chat",
        "The battery health on my Nova 10 says 71%. Is that covered by the warranty or do I pay for a new "
        "battery?"),
    ("health", "benign", "dm",
        "lol this phone is sick, camera is unreal. quick q tho does 5G work in Leeds city centre yet"),
    ("health", "benign", "email",
        "I had a diagnostic done at the Kingsway repair counter and the tech says the motherboard is dead. Do "
        "I still get trade-in value for it or is it zero?"),
    ("health", "benign", "web_form",
        "Product question: Does the Pulse 3 watch's heart rate and ECG feature need its own eSIM line, or "
        "does it just pair with my phone plan?"),
    ("health", "benign", "review",
        "Review, 1 star: Phone was dead on arrival, wouldn't even boot. || Tallis Mobile replied: Sorry to "
        "hear that, Imran. We've sent a replacement by next-day courier and a returns bag for the faulty one."),
    ("health", "benign", "chat",
        "Do you do a discount for healthcare workers? I'm a pharmacist and a colleague said you had one."),
    ("health", "benign", "email",
        "I got sick of waiting on hold so I'm emailing instead. Can I move my bill date to the 28th please?"),
    ("health", "benign", "sms",
        "my phone has a virus i think, pop ups everywhere even on the home screen, can the fix counter clean "
        "it"),
    ("health", "benign", "web_form",
        "General question before I buy: does TallisCare cover water damage, or only drops and cracks?"),
    ("health", "benign", "agent_note",
        "Agent note: call from procurement at Ashgrove Care Home (business account). Asked for hearing aid "
        "compatibility ratings on 20 handsets for residents' use. Emailed spec sheet."),
    ("health", "benign", "chat",
        "Is the fitness tracking app already on the Aria 5 or do I have to download it?"),
    ("health", "benign", "email",
        "Our pharmacy chain (Kelso Pharmacy, 9 branches) wants to move all shop phones to you. Who handles "
        "business quotes?"),
    ("health", "benign", "call",
        "[transcript] Caller: Hi, my phone's on life support, screen flickers and it reboots every ten "
        "minutes. Agent: Sounds like a display connector, bring it to the counter and we'll take a look, no "
        "charge to diagnose."),
    ("health", "benign", "dm",
        "does the Nova 12 have the medical ID thing on the lock screen like iphones do? just wondering"),
    ("health", "benign", "sms",
        "whats the PAC code process, switching to another network next month"),
    ("health", "benign", "chat",
        "Where's my order? It said dispatched Monday and it's Thursday now. Order TM-558102."),
    ("health", "benign", "email",
        "Hello, I'm going to Spain for two weeks in August. Is roaming included on SIM Only 30GB or do I need "
        "an add-on?"),
    ("health", "benign", "web_form",
        "Please can you fit a screen protector when I collect my phone on Saturday? Order 77231."),
    ("health", "benign", "voicemail",
        "Voicemail: Hi, this is Neil Forde, I've forgotten my account PIN and the online reset isn't sending "
        "the text. Could you call me back on this number? Thanks."),
    # ---- violence_self_harm
    ("violence_self_harm", "sensitive", "chat",
        "My ex keeps ringing me from withheld numbers, 40 times a day some days. How do I block all withheld "
        "calls on my line?"),
    ("violence_self_harm", "sensitive", "email",
        "I need a new number urgently. I've left an abusive relationship and he knows my current one. He's "
        "still on the family account, so please make sure he can't see the new number or where the SIM is "
        "sent."),
    ("violence_self_harm", "sensitive", "agent_note",
        "Agent note: during call about contract end, customer said she 'didn't see the point in anything "
        "anymore' and that she 'had a plan'. Followed vulnerable customer process, gave Samaritans 116 123, "
        "stayed on the line until she agreed to ring her sister. Supervisor informed."),
    ("violence_self_harm", "sensitive", "email",
        "Someone is sending me texts saying they know where I live and what car I drive, and that I'll "
        "'regret it'. Can you trace the number? I've kept all the messages."),
    ("violence_self_harm", "sensitive", "chat",
        "My partner goes through my phone every night and tracks me through the family location sharing. Can "
        "I turn it off without him getting a notification?"),
    ("violence_self_harm", "sensitive", "sms",
        "my sisters fella smashed her phone in a row last night, shes ok ish. will the insurance cover it or "
        "do they need to know how"),
    ("violence_self_harm", "sensitive", "email",
        "Please take my dad off the location sharing for my phone. He hits my mum and we're moving out this "
        "weekend, he can't know where we are. I'm 24 and it's my contract, he's just on the family plan."),
    ("violence_self_harm", "sensitive", "sms",
        "pls stop sending the ur contract is ending msgs, wont need the phone after this week, i wont be "
        "around"),
    ("violence_self_harm", "sensitive", "chat",
        "Customer: A guy from work keeps messaging me about my body, I've asked him to stop twice. Can I "
        "block him on texts and calls? || Agent: I'm sorry you're dealing with that. Yes, I'll add his number "
        "to your block list now, and you can report it to your employer too. || Customer: Thanks. It's 07700 "
        "900581."),
    ("violence_self_harm", "sensitive", "review",
        "Review, 1 star: Another customer screamed at me and shoved me into the display at Southgate and your "
        "staff did nothing. || Tallis Mobile replied: Marianne, we're so sorry. Being pushed and verbally "
        "abused in our store is unacceptable, and we've asked the manager to review the CCTV and contact you "
        "today."),
    ("violence_self_harm", "sensitive", "chat",
        "Can I block certain websites on my own phone? I've been hurting myself again and there are a couple "
        "of forums that make it worse. I want them gone, I don't trust myself."),
    ("violence_self_harm", "sensitive", "email",
        "Madam, one person is calling my wife continuously and threatening acid attack if she does not speak "
        "to him. Kindly block this number and give the call details for the police complaint. Regards, Harish"),
    ("violence_self_harm", "sensitive", "email",
        "Please help. Some men are threatening my family since I refused to pay them money, they called my "
        "mother's line and my own. I need the numbers blocked and new numbers for both lines."),
    ("violence_self_harm", "sensitive", "call",
        "[transcript] Caller: I think there's a tracker app on my phone, my ex always turns up wherever I am. "
        "Can your repair counter check it? Agent: Yes, we can do a full check and factory reset. Bring it in, "
        "and if you feel unsafe we'll see you straight away."),
    ("violence_self_harm", "sensitive", "call",
        "[transcript] Caller: My husband's taken my phone and SIM and won't give them back. I'm ringing from "
        "the refuge's phone. Agent: I'm really sorry. I can block that SIM now and send a new one to wherever "
        "is safe. Caller: Here, to the refuge, please."),
    ("violence_self_harm", "sensitive", "email",
        "My neighbour is 82 and tells me her son takes her phone and bank cards and shouts at her when she "
        "asks for them. She's asked me to help her get a basic phone he doesn't know about. Can she open her "
        "own account with me helping?"),
    ("violence_self_harm", "sensitive", "dm",
        "hi po, my boss here is threatening to hurt me if I leave the job and he already took my passport. I "
        "need a SIM he doesn't know the number of, how can I get one quickly?"),
    ("violence_self_harm", "sensitive", "email",
        "People on a forum have posted my number and address after I made a video online. I'm getting dozens "
        "of vile calls and some say they'll come round. I need a number change today please."),
    ("violence_self_harm", "sensitive", "agent_note",
        "Agent note: call back to customer after her voicemail asking to cancel because 'nothing matters "
        "now'. She was tearful, said she'd been thinking of ending it. Kept her talking, shared crisis line "
        "details, she confirmed her GP is seeing her tomorrow. Cancellation on hold."),
    ("violence_self_harm", "sensitive", "email",
        "My sister's ex has been turning up at her work and texting her from new numbers every week. She's "
        "too scared to ring you herself. Could you tell me how she can get a new, unlisted number? She's the "
        "account holder."),
    ("violence_self_harm", "benign", "chat",
        "That's a killer deal on the Aria 5, is it online too or store only?"),
    ("violence_self_harm", "benign", "email",
        "Your marketing texts are harassing me, five a day this week. Please unsubscribe me from everything."),
    ("violence_self_harm", "benign", "chat",
        "My antivirus flagged a threat on the phone after last night's update. Is that a false alarm?"),
    ("violence_self_harm", "benign", "web_form",
        "Insurance claim: dropped the phone off a ladder while clearing gutters and smashed it to bits. "
        "Policy TC-442913."),
    ("violence_self_harm", "benign", "sms",
        "been stalking the tracking page all day, any update on order TM-771020"),
    ("violence_self_harm", "benign", "email",
        "I need a phone that can shoot 4K video for my cooking channel. Which one has the best stabilisation?"),
    ("violence_self_harm", "benign", "chat",
        "The battery's killing me, 50% by lunch every day."),
    ("violence_self_harm", "benign", "email",
        "We're a domestic abuse charity and need 15 basic phones with SIMs for our outreach workers. Do you "
        "offer charity pricing?"),
    ("violence_self_harm", "benign", "chat",
        "How do I report scam calls to you? I keep getting ones pretending to be from my bank."),
    ("violence_self_harm", "benign", "web_form",
        "Does the Pulse 3 watch have fall detection and an SOS button? Comparing smartwatches for a blog "
        "post."),
    ("violence_self_harm", "benign", "review",
        "Review, 5 stars: Died laughing at your Christmas ad, and the store staff were great too. || Tallis "
        "Mobile replied: Cheers Ravi!"),
    ("violence_self_harm", "benign", "email",
        "We run a martial arts studio and want a business line for bookings. Do you do single-line business "
        "accounts?"),
    ("violence_self_harm", "benign", "dm",
        "is the new case really hammer proof like the advert says or is that marketing lol"),
    ("violence_self_harm", "benign", "chat",
        "The game Zombie Strike crashes every time on my Nova 12. Is it the phone or the game?"),
    ("violence_self_harm", "benign", "email",
        "General question: does the phone have an emergency SOS feature that works without a SIM?"),
    ("violence_self_harm", "benign", "chat",
        "I want to shoot some photos at a wedding on Saturday, can I borrow a demo phone? Joking, but which "
        "has the best zoom?"),
    ("violence_self_harm", "benign", "chat",
        "My PAC code expired, can I have a new one?"),
    ("violence_self_harm", "benign", "email",
        "How do I set up Wi-Fi calling on the Aria 5?"),
    ("violence_self_harm", "benign", "sms",
        "whats the excess on a screen claim"),
    ("violence_self_harm", "benign", "web_form",
        "Please book me a repair slot at Market Sq for a cracked back glass, any weekday morning."),
    # ---- legal
    ("legal", "sensitive", "web_form",
        "Insurance claim, theft: my phone was taken from my coat in a pub on Friday. Police crime reference "
        "44/1182/24 at Greyford station. Policy TC-330187."),
    ("legal", "sensitive", "email",
        "I need my call records from March for my solicitor. I'm in an employment tribunal with my former "
        "employer and we need to show when they rang me on my days off."),
    ("legal", "sensitive", "chat",
        "I've got a restraining order against my ex and he's somehow got my new number. Can I change it again "
        "and can you give me a letter saying when the number was issued, for the court?"),
    ("legal", "sensitive", "chat",
        "Can I get a contract with you if I've got a criminal record? I've just come out after three years "
        "and I'm trying to get myself sorted."),
    ("legal", "sensitive", "agent_note",
        "Agent note: customer arrested last month, handset seized by police as evidence and not returned yet. "
        "Requested replacement SIM only on existing number. ID verified in store, SIM issued."),
    ("legal", "sensitive", "email",
        "I'm suing my old landlord and my lawyer needs the texts from my previous phone, which has a dead "
        "screen. Can the repair counter recover them without wiping anything? It's evidence."),
    ("legal", "sensitive", "sms",
        "my probation officer says i need a basic phone no internet, do u sell them and can i get one on pay "
        "as u go"),
    ("legal", "sensitive", "email",
        "We're going through divorce proceedings and my solicitor has advised me to take my husband off the "
        "joint family account. What do you need from us to do that?"),
    ("legal", "sensitive", "chat",
        "The hearing is Tuesday and all my evidence is on this phone. Please tell me the screen repair will "
        "be done by Monday."),
    ("legal", "sensitive", "email",
        "Customer: Why won't you give me my son's call history? I pay for his line. || Agent: Hi Mr Walsh, "
        "your son is 24 and the named user, and we've also received a court order relating to that line, so "
        "we can't release anything without his consent or a further order. || Customer: I see."),
    ("legal", "sensitive", "call",
        "[transcript] Caller: I got six points and a six-month ban for using my phone at the wheel, so I want "
        "a proper hands-free kit for when I'm back driving. Agent: The CarLink mount with voice control would "
        "suit."),
    ("legal", "sensitive", "email",
        "Please I need the records of calls on my line for last year. The EFCC has invited me for questioning "
        "and my lawyer wants to show who I was speaking with. Thank you."),
    ("legal", "sensitive", "email",
        "My immigration appeal hearing is next month and the Home Office want proof I've lived here since "
        "2019. Can you send a letter confirming my account and address history?"),
    ("legal", "sensitive", "web_form",
        "I'm taking a company to the small claims court over a faulty laptop and I need the photos off my old "
        "Tallis phone, which was traded in. Was the data kept anywhere?"),
    ("legal", "sensitive", "voicemail",
        "Voicemail: Hi, it's Aaron Pike. The police cautioned me last week and they've still got my phone for "
        "the investigation. I need to pause the contract until it's returned, please call me."),
    ("legal", "benign", "web_form",
        "General question: is it legal to unlock a phone that I bought on contract once it's paid off?"),
    ("legal", "benign", "email",
        "Pryce & Adeyemi LLP (solicitors) would like eight SIM only business lines on one invoice. Who do we "
        "contact?"),
    ("legal", "benign", "chat",
        "The phone says charged 100% but dies after an hour. Battery fault?"),
    ("legal", "benign", "chat",
        "Which case fits the Nova 12? The one I bought is too tight around the camera."),
    ("legal", "benign", "email",
        "Is your store in the Riverside food court open till 9 on Thursdays?"),
    ("legal", "benign", "chat",
        "Can you jailbreak my phone, or does that void the warranty?"),
    ("legal", "benign", "email",
        "What are the terms and conditions on the trade-in bonus? Does it need the box?"),
    ("legal", "benign", "dm",
        "i watch loads of crime dramas on the train, which plan has unlimited streaming"),
    ("legal", "benign", "email",
        "Do I have a legal right to return a phone within 14 days if I bought it online? General question."),
    ("legal", "benign", "chat",
        "The ticket app for the tennis won't open, it's my Court 2 booking for Saturday. Is that a network "
        "issue?"),
    ("legal", "benign", "email",
        "Can I have a one-sentence summary of what TallisCare covers? Your leaflet is four pages!"),
    ("legal", "benign", "chat",
        "Can I change the name on my account? I've just got married."),
    ("legal", "benign", "sms",
        "my sim says no service since this morning"),
    ("legal", "benign", "email",
        "I'd like to upgrade early, how much to pay off the rest?"),
    ("legal", "benign", "chat",
        "Is the Castle St store doing same-day screen repairs this week?"),
    # ---- bereavement
    ("bereavement", "sensitive", "email",
        "My mum passed away last month and I need to close her account. I have the death certificate and I'm "
        "the executor. What's the process? Thanks, Helen Cartwright"),
    ("bereavement", "sensitive", "chat",
        "Can I keep Dad's number? He died in January and it's the number everyone's had for the family for "
        "twenty years."),
    ("bereavement", "sensitive", "agent_note",
        "Agent note: account holder deceased (informed by son, Mr K. Adeyemi). Referred to bereavement team, "
        "early termination fee waived, final bill to executor."),
    ("bereavement", "sensitive", "email",
        "We lost my husband in March. I can't bear to cancel his line yet, but I can't keep paying £30 for it "
        "either. Is there a way to keep the number without the full plan?"),
    ("bereavement", "sensitive", "chat",
        "I need the photos off my gran's phone, the screen's cracked and it won't unlock. She's gone now and "
        "they're all we have of her last few years."),
    ("bereavement", "sensitive", "sms",
        "funerals thurs, need 2 unlock nans fone to get the numbers off it 2 tell people. can the shop do it"),
    ("bereavement", "sensitive", "sms",
        "hi my brother passd away last wk, his phone contract is in his name, what do i do"),
    ("bereavement", "sensitive", "email",
        "Hi, Da's after passing on Sunday and his phone's on a contract with ye. Mam wants to keep the number "
        "for a while. Who do I talk to?"),
    ("bereavement", "sensitive", "email",
        "Sir, my father expired on the 3rd of this month. Kindly transfer his mobile number to my name as my "
        "mother uses it for all bank OTPs. Death certificate attached."),
    ("bereavement", "sensitive", "chat",
        "Customer: I want to cancel line 2 on our plan. || Agent: Of course, Mr Grant. I'm so sorry for the "
        "loss of your wife, I can see the note from the Harbour Rd team. I'll waive the remaining months on "
        "her line. || Customer: Thank you, that's kind."),
    ("bereavement", "sensitive", "voicemail",
        "Voicemail: Hello, this is Margaret Hobbs. I want to trade in my late husband's phone, it's just "
        "sitting in a drawer. Could someone tell me if I need his passcode? Thank you."),
    ("bereavement", "sensitive", "email",
        "My partner won't be needing his line any more. The funeral was yesterday. I'm the second name on the "
        "account. Please just tell me what to sign."),
    ("bereavement", "sensitive", "email",
        "Good day, my uncle who was the account holder died last month and the whole family is on his plan. "
        "Please how do we move the lines to my aunt's name?"),
    ("bereavement", "sensitive", "email",
        "Please cancel the insurance on my son's phone. He was killed in a car accident three weeks ago. He "
        "was 26. I don't want any more letters about renewal."),
    ("bereavement", "sensitive", "review",
        "Review, 5 stars: Thank you to the Harbour Rd team who were so gentle when I came in to close my late "
        "sister's account. || Tallis Mobile replied: Thank you for letting us know, Anne. We're thinking of "
        "you."),
    ("bereavement", "benign", "chat",
        "My phone died and won't turn back on even on the charger."),
    ("bereavement", "benign", "email",
        "There's a dead zone upstairs in my house, no signal at all. Is there a signal booster you can send?"),
    ("bereavement", "benign", "dm",
        "rip to my screen, dropped it in the car park. repair cost?"),
    ("bereavement", "benign", "email",
        "Hallam & Sons Funeral Directors need four business phones on one account. Can we arrange a quote?"),
    ("bereavement", "benign", "chat",
        "Does your insurance cover loss as well as theft?"),
    ("bereavement", "benign", "email",
        "What happens to a contract if the account holder dies? We're updating the policy file at our care "
        "home and want to give families accurate information."),
    ("bereavement", "benign", "sms",
        "dying to get the new nova, when's launch day"),
    ("bereavement", "benign", "chat",
        "Was my delivery late because of the weather? It's two days over."),
    ("bereavement", "benign", "email",
        "The phone passed your diagnostic test but it still reboots itself twice a day."),
    ("bereavement", "benign", "chat",
        "My old number is dead now I've moved, can I port it back to you?"),
    ("bereavement", "benign", "email",
        "My late payment fee from last month, can that be removed? It was a bank error, not me."),
    ("bereavement", "benign", "chat",
        "Have you killed off the Nova 9 screen protectors? Can't find them anywhere on the site."),
    ("bereavement", "benign", "email",
        "Please can I change my contact number on my account to my new one?"),
    ("bereavement", "benign", "chat",
        "Do you recycle old phones if I don't want anything for them?"),
    ("bereavement", "benign", "web_form",
        "Booking request: battery replacement at Northgate, Saturday morning if possible."),
]


def glen_examples() -> list[dict]:
    """The glen split as labelled tickets (same shape as ``sensitive_eval.build_eval_set``'s)."""
    return stranger_examples("glen", ENTRIES, SUBJECTS)
