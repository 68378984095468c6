"""bramble split: written by a helper who had not seen the detection rules, the anchors or any other split.
Setting: a mobile network and broadband provider (SIM-only and family plans with parental controls, phone
insurance and repairs, device financing, roaming, number porting, engineer visits), reached by email, chat,
calls, SMS, social DMs, web forms, review replies, voicemails and agent notes, in UK, US, Irish, Indian,
Nigerian, Australian and Filipino English. The benign half reuses each category's words through product and
tariff names (Family Hub, Kids Zone, Legacy plans, Kill Switch), business customers (GP practices, schools,
churches, unions, law firms, funeral directors, charities), idioms (dead router, killing me), TV and games,
pets and goats, customers' jobs, general policy questions and hypotheticals, plus plain everyday tickets.
35 sensitive and 35 benign tickets for children and for special categories, 20 and 20 for each other category.
First reading (policy 2026.11.14, before any change made in response to it; `sensitive_eval.evaluate`, as `make
eval-sensitive`): 94.7 / 4.1 recall / false exclusion in % as shipped, 94.7 / 10.0 without the overruling, 87.1 / 9.4 by the
rules alone."""

from __future__ import annotations

from training_gate.sensitive_blind import stranger_examples

SUBJECTS: tuple[str, ...] = (
    "Question about my account",
    "Engineer appointment",
    "Change to my plan",
    "SIM not working",
    "Bill query",
    "Phone repair follow-up",
    "Insurance claim",
    "Roaming charges",
    "Porting my number",
    "Family plan settings",
    "Broadband keeps dropping",
    "Device finance question",
    "Complaint about store visit",
    "Update my details",
    "Cancel a line",
)

ENTRIES: list[tuple[str, str, str, str]] = [
    # ---- health
    ("health", "sensitive", "email",
     "Hi, I need to move my broadband install from the 14th. I'm having knee surgery that week and won't be "
     "able to get down the stairs to let the engineer in. Any slot after the 28th works. Thanks, Gareth"),
    ("health", "sensitive", "chat",
     "hiya can u send the new sim to my mums address instead || Agent: Of course! Can I ask why you'd like it "
     "redirected, just for our security checks? || im staying at hers a few weeks since the chemo started, she "
     "does all the driving to the appointments"),
    ("health", "sensitive", "call",
     "Agent: Thanks for calling Bramble, you're speaking with Dean, how can I help? || Yeah hi, it's my husband's "
     "line. He's got early onset dementia and he keeps ringing premium numbers off the telly by accident. Can you "
     "put a bar on it? || Agent: I'm sorry to hear that. I can add a premium-rate bar today at no cost, and I'll "
     "note that you manage the account."),
    ("health", "sensitive", "agent_note",
     "Cust on line ending 0431 requested large-print bills going forward, states she is registered partially "
     "sighted. Added accessibility flag, confirmation sent as audio message."),
    ("health", "sensitive", "sms",
     "cant make the repair drop off tmrw, im stuck in the maternity ward, waters went 3 wks early. can i rebook "
     "for next wk"),
    ("health", "sensitive", "web_form",
     "Request type: Accessibility. Details: I am profoundly deaf and use Relay UK. Please do not phone me about "
     "the engineer visit, text or email only, and tell the engineer to knock hard as I won't hear the bell."),
    ("health", "sensitive", "dm",
     "@BrambleHelp your engineer left our front door wide open for nearly 2 hrs yesterday. My brother lives with "
     "us and has epilepsy, he wanders when he's post-seizure. We need to know who's coming in and that it won't "
     "happen again."),
    ("health", "sensitive", "email",
     "Dear Sir/Madam, My father is admitted in Apollo hospital since last Tuesday for bypass operation and I am "
     "handling all his matters. Kindly extend the due date of the postpaid bill by 10 days, account no "
     "BR-4418820. Regards, Suresh Natarajan"),
    ("health", "sensitive", "chat",
     "my insurance claim got rejected, it says 'no evidence of accidental damage' but I dropped the phone during "
     "a seizure, I wasn't being careless || Agent: Thanks for explaining that, I'm sorry it happened. I'll ask the "
     "claims team to review it with that context. || ok thanks, the neurologist can write something if needed"),
    ("health", "sensitive", "voicemail",
     "Hi, it's Maureen Kelly, account ending 2291. I was meant to get a call back about the roaming charges but "
     "I've been above in St James's with the pneumonia since Sunday week so I missed it. Ring me on the landline "
     "please, not the mobile."),
    ("health", "sensitive", "agent_note",
     "Caller advised she takes medication for anxiety and finds phone calls very stressful. Asked that all future "
     "contact about the contract change be by email. Contact preference updated."),
    ("health", "sensitive", "call",
     "Agent: Bramble, Jess speaking. || G'day Jess, I need to port my number to a new phone but the old one's got "
     "my glucose monitor app on it, I'm type 1, so I can't lose any of that data mate. || Agent: No worries, we'll "
     "back it up first and I'll stay on the line while the app reconnects."),
    ("health", "sensitive", "email",
     "Hi team, please cancel the 5G home broadband upgrade I ordered. My partner has been diagnosed with long "
     "covid and will be working from home permanently now, so we actually need the full fibre package instead. "
     "Cheers, Nadia"),
    ("health", "sensitive", "chat",
     "Good afternoon, please my sister is on admission at LUTH after her operation, she cannot come to the store "
     "to do the SIM swap herself. Can I do it on her behalf with her ID? || Agent: Sorry to hear she's unwell. "
     "We'd need a signed letter of authority from her plus both your IDs."),
    ("health", "sensitive", "web_form",
     "Reason for cancelling: Moving into a care home next month following my stroke. Additional info: please send "
     "the router returns bag to my daughter's address, she'll post it back for me."),
    ("health", "sensitive", "sms",
     "Hi its Dev, cant do the video call ID check, had cataract surgery on fri and cant see the screen properly "
     "yet. any other way to verify?"),
    ("health", "sensitive", "agent_note",
     "Spoke w/ cust's carer. Cust has MS, limited hand mobility, can't manage nano SIM tray. Sent free SIM tool "
     "and booked home setup visit, no charge."),
    ("health", "sensitive", "review_reply",
     "Review: 'Staff at the Leeds Trinity store were brilliant. I'm autistic and busy shops are really hard, they "
     "took me somewhere quiet to set up my phone.' || Agent: Thank you so much for sharing this, we'll make sure "
     "the Trinity team hears it."),
    ("health", "sensitive", "dm",
     "Hi po, ask lang if pwede i-pause yung line ng mister ko on the family plan, he's confined pa sa hospital "
     "because of dengue, he won't use data for 2 weeks. Thank you po"),
    ("health", "sensitive", "call",
     "Agent: What's the best number to reach you on? || Use my wife's, I wear hearing aids and calls on my mobile "
     "come through really muffled. Actually, does your network support the hearing aid mode on the Pixel? || "
     "Agent: It does, I'll send you a guide to switch on HAC and RTT."),
    ("health", "benign", "chat",
     "my router is on life support, lights flashing red every 10 mins || Agent: Sorry about that! Let's try a "
     "reset first: hold the pin button on the back for 15 seconds."),
    ("health", "benign", "email",
     "Hello, we're a GP practice in Truro and would like a quote for 12 business SIMs with a shared data pool. "
     "Please send it to our practice manager. Many thanks."),
    ("health", "benign", "web_form",
     "Does your phone insurance cover water damage if the phone gets dropped in the bath? Asking before I add it "
     "to my upgrade."),
    ("health", "benign", "agent_note",
     "Cust asked whether the Health & Fitness bundle includes the smartwatch or only the app subscription. "
     "Explained it's the app only, watch sold separately."),
    ("health", "benign", "sms",
     "ur broadband has been sick all week, buffering constantly. sort it pls"),
    ("health", "benign", "call",
     "Agent: Bramble, Ryan speaking. || Hiya, I work twelve-hour shifts on the ambulances so I'm never home in the "
     "day. Can the engineer come after six? || Agent: We've got evening slots on Tuesdays and Thursdays, shall I "
     "book Tuesday?"),
    ("health", "benign", "dm",
     "Is the NHS App zero-rated on your data plans? My mate says it is on his network"),
    ("health", "benign", "chat",
     "The screen's got a fracture right across the corner, is that a repair or a replacement on my insurance? || "
     "Agent: A cracked screen is a repair, the excess is £49 and we'll send a courier box."),
    ("health", "benign", "email",
     "Hi, can you confirm my direct debit date has moved to the 5th? Thanks, Lorna"),
    ("health", "benign", "chat",
     "how do i turn off voicemail on my line || Agent: Dial 1750 and choose option 3 to switch it off."),
    ("health", "benign", "review_reply",
     "Review: 'Signal in the hospital car park is dreadful, can't even load the parking app to pay.' || Agent: "
     "Thanks for flagging, we've asked the network team to check coverage around the Royal Berkshire."),
    ("health", "benign", "web_form",
     "General question: if a customer becomes unable to manage their account because of illness, how does a "
     "power of attorney get added? Just want to understand the process."),
    ("health", "benign", "agent_note",
     "Cust called re a heart icon showing in the status bar since the update. Explained it's the Favourites "
     "contacts shortcut, not a fault. Resolved."),
    ("health", "benign", "sms",
     "What time does the Bramble shop in Swindon open on Sundays?"),
    ("health", "benign", "chat",
     "Hi, the SIM in our pharmacy's card machine keeps dropping out. We're Hollis Chemists on King St, business "
     "account BA-20391. || Agent: Thanks, I'll check the terminal SIM status now."),
    ("health", "benign", "call",
     "Agent: How can I help? || My phone's running a fever, it gets roasting hot and the battery's dying by "
     "lunchtime. || Agent: That sounds like a battery fault, it's covered under your warranty, I'll book a "
     "repair."),
    ("health", "benign", "email",
     "Please send a copy of my last three bills to this email address. Account 55120387."),
    ("health", "benign", "dm",
     "Watching Grey's Anatomy on the Bramble TV app and it freezes at the same spot every episode, is it just me"),
    ("health", "benign", "web_form",
     "Do you do a discount for NHS staff or carers? I saw a poster about key worker deals in the window."),
    ("health", "benign", "chat",
     "hi can I add a roaming pass for Spain from Friday || Agent: Yes, the EU Roam pass is £2.50 a day, I've "
     "added it from Friday."),
    # ---- children
    ("children", "sensitive", "chat",
     "hi I want to set up parental controls on my daughter's line, she's 9 and just got her first phone for her "
     "birthday || Agent: Lovely! I can switch on the Under-12 content filter now and you can fine tune it in the "
     "Family app."),
    ("children", "sensitive", "email",
     "My 14 year old has somehow run up £86 on in-app purchases charged to his SIM. Can you put a spend cap on "
     "the line ending 4410? He's not allowed to buy anything without asking me first."),
    ("children", "sensitive", "call",
     "Agent: Bramble, Aisha speaking. || Hi, it's for my son Jamie. He's in Year 6 at St Anne's and the school says "
     "they can bring a phone now for walking home, so I just want the cheapest SIM with calls and texts. || Agent: "
     "Our Simple 1GB plan would do that, £5 a month."),
    ("children", "sensitive", "sms",
     "can u move the engineer to after 3.30? need to do pick up, my little one is in reception at Hillcrest "
     "Primary"),
    ("children", "sensitive", "agent_note",
     "Mum called: line ending 0872 is used by her son (15). Wants adult content filter back on, says he turned it "
     "off using her account password. Reset PW, re-enabled filter, advised on admin PIN."),
    ("children", "sensitive", "dm",
     "My kid is in second grade and his school wants every family to have a hotspot for remote learning days. Do "
     "y'all have a cheap data-only plan for that?"),
    ("children", "sensitive", "web_form",
     "Please add my daughter Ella Whitcombe (just turned 16) as a named user on the family plan so she can speak "
     "to you about her own line without me being there."),
    ("children", "sensitive", "chat",
     "my son's got his GCSEs starting in may and the broadband keeps cutting out in the evenings when he's "
     "revising, this is urgent || Agent: Understood, I'll run a line test now and book an engineer if it fails."),
    ("children", "sensitive", "email",
     "Our toddler dropped my phone down the toilet (of course he did). Does the insurance cover that kind of "
     "thing? I'll need to send it off for repair this week."),
    ("children", "sensitive", "voicemail",
     "Hi, this is Aoife Brennan, I'm ringing about my phone that's going in for repair. It has all the photos of "
     "our newborn on it, she's only three weeks old, and I need them backed up before anything gets wiped. Please "
     "call me back."),
    ("children", "sensitive", "agent_note",
     "Cust says ex-partner has the kids alternate weekends and is still tracking their 11yo daughter via Family "
     "Locator. Cust is primary acct holder, wants ex's access to the child's location removed. Escalated."),
    ("children", "sensitive", "chat",
     "Sir my son is studying in class 8, I want to block YouTube and games after 9 pm on his number. How to do? "
     "|| Agent: You can set a Bedtime schedule for his line in the Bramble Family app under Controls."),
    ("children", "sensitive", "call",
     "Agent: How can I help today? || We're foster carers and we've just had a 12 year old girl placed with us. "
     "The social worker says she can have a phone but her number mustn't show up anywhere. || Agent: I can make "
     "the number unlisted and withhold caller ID on it, and mark the account for extra verification."),
    ("children", "sensitive", "sms",
     "Good evening pls my daughter is in JSS2 and she misplaced her sim at school today, how do i block it"),
    ("children", "sensitive", "email",
     "Hello, I'm the grandparent paying for my granddaughter's phone. She's 13 and lives with us full time now, "
     "but the account is still in her mum's name. Can we move it over to me?"),
    ("children", "sensitive", "dm",
     "hey so my 17 yr old keeps getting 'age verification required' on his phone when he tries to open certain "
     "sites. is that a bramble thing? he's 18 in october if that matters lol"),
    ("children", "sensitive", "web_form",
     "Issue: Remove photos from cloud backup. Details: My son Oliver, age 10, uploaded pictures of himself and "
     "his classmates from the school trip to our shared family album, which it turns out is public. Please help "
     "me take them down."),
    ("children", "sensitive", "chat",
     "my year 9 girl had her phone nicked on the bus, can I get a replacement sim today and block the old one? || "
     "Agent: Sorry to hear that, I've blocked the old SIM and you can collect a new one in store today."),
    ("children", "sensitive", "agent_note",
     "Cust's daughter (sounds approx 8) read out the PUK code on the call. Explained to mum SIM locked after 3 "
     "wrong PIN attempts. Unlocked."),
    ("children", "sensitive", "sms",
     "hi need to change my engineer appt, baby's 6 days old and we haven't slept, any chance of an afternoon slot "
     "instead of 8am"),
    ("children", "sensitive", "email",
     "I bought a phone on finance for my son's 18th but he's actually still 17 until June. Is that a problem "
     "with the credit agreement being in my name while he uses it?"),
    ("children", "sensitive", "chat",
     "Hi, my nephew Callum is 12 and he's staying with us for the summer holidays. Can I put a SIM for him on my "
     "account just for 6 weeks? || Agent: Yes, a 30-day rolling SIM would work, and you can add controls to it."),
    ("children", "sensitive", "review_reply",
     "Review: 'Your shop sold my 15-year-old a 24 month contract without checking ID. He can't sign a contract, "
     "he's a child!' || Agent: We're really sorry, please DM us the account details and we'll cancel it right "
     "away."),
    ("children", "sensitive", "web_form",
     "Hello, my son is Grade 4 and he need a phone for the online class. Please what plan is cheap and have limit "
     "of data so he cannot overuse?"),
    ("children", "sensitive", "dm",
     "my teen keeps sneaking on her phone at 2am on school nights, she's in Year 10, is there any way to cut her "
     "data overnight without it being obvious it's me"),
    ("children", "sensitive", "call",
     "Agent: Bramble, Tom speaking. || Hi Tom, it's about a form from school. My daughter Priya's in Mrs Henley's "
     "class at Oakfield and they need the name of our broadband provider for the laptop loan scheme. Can you "
     "send me a letter? || Agent: Of course, I'll email a confirmation of service today."),
    ("children", "sensitive", "agent_note",
     "Acct holder requested removal of minor (DOB 2011) from shared location tracking after separation. Advised "
     "both parents on acct must consent; escalated to Privacy team."),
    ("children", "sensitive", "email",
     "Our son started kindergarten this fall and we got him a smartwatch with one of your eSIMs so he can call us. "
     "It keeps disconnecting during the school day. Can you check the line ending 7731?"),
    ("children", "sensitive", "sms",
     "my lad just passed his 11 plus so i promised him a proper phone, wat deals u got on the iphone 13 for a kid"),
    ("children", "sensitive", "chat",
     "Hi there I need a pay as you go SIM for my 6yo, only to ring me or her dad in an emergency || Agent: Our "
     "Simple PAYG SIM can be locked so it only calls up to 3 numbers you choose."),
    ("children", "sensitive", "voicemail",
     "Hi, Kwame here, account 90215534. The twins are 4 now and they've figured out the TV box, they keep renting "
     "films on it. Can someone please put a PIN on purchases? Thanks."),
    ("children", "sensitive", "web_form",
     "Please change the name on our second line from mine to my daughter's, Sophie Marsh, date of birth "
     "04/09/2009. She's taking over paying for it once she starts her Saturday job."),
    ("children", "sensitive", "agent_note",
     "Caller is in sixth form, 17, ringing about upgrading her own line. Advised acct holder (father) must "
     "authorise any upgrade. Call back arranged."),
    ("children", "sensitive", "chat",
     "quick question, my grandson is 8 and he's over from Canada visiting. His mum wants him to have a UK number "
     "while he's here, can I buy a SIM in my name for him? || Agent: Yes, that's fine, and I'd suggest switching "
     "on the child filter."),
    ("children", "sensitive", "call",
     "Agent: Thanks for holding. || Ah it's about the phone I'm sending in for repair. My young one had her "
     "seventh birthday last week and all the pictures of her are on it. Will they be wiped? || Agent: They might "
     "be, so let's back them up to Bramble Cloud before you post it."),
    ("children", "benign", "web_form",
     "Do you sell baby monitors that work over the home wifi, or only the smart cameras?"),
    ("children", "benign", "chat",
     "my baby is my new Galaxy S24, if anything happens to her I will actually cry, what does the insurance "
     "cover || Agent: Loss, theft, accidental damage and breakdown, with a £75 excess."),
    ("children", "benign", "agent_note",
     "Cust asked what the 'Kids Zone' tile on the TV box is. Explained it's the children's channel hub that comes "
     "with every TV package. No action."),
    ("children", "benign", "email",
     "Good morning, we're a primary school in Dudley and need 30 data-only SIMs for our classroom tablets. "
     "Please send a quote to the bursar's office. Kind regards."),
    ("children", "benign", "chat",
     "At what age can someone have a pay monthly contract in their own name? just asking for future reference "
     "|| Agent: You need to be 18 to take out a pay monthly contract."),
    ("children", "benign", "sms",
     "my phone is acting like a toddler, throws a tantrum every time I open maps"),
    ("children", "benign", "dm",
     "anyone else's Family Hub app just showing a blank screen since the last update?"),
    ("children", "benign", "call",
     "Agent: Bramble, Leanne speaking. || Hi, I run a nursery, a plant nursery I mean, garden centre, and the SIM "
     "in our card reader keeps dropping. || Agent: Let me check the signal at your postcode."),
    ("children", "benign", "web_form",
     "Does Family Plus give each line its own data allowance or is it one shared pot?"),
    ("children", "benign", "chat",
     "we keep goats and the kids have chewed through the broadband cable outside the barn AGAIN, can the engineer "
     "run it through conduit? || Agent: Ha, yes, we can fit protective conduit when they replace the cable."),
    ("children", "benign", "email",
     "I'm a paediatric nurse on nights. Is there a way to set quiet hours on the network side so texts don't "
     "wake me in the day?"),
    ("children", "benign", "agent_note",
     "Cust queried 'Junior' tariff name on bill. It's the legacy name for the 2GB plan, not age-related. "
     "Explained and offered migration."),
    ("children", "benign", "email",
     "Hi, my contract ends on the 30th and I'd like my PAC code please. Account BR-7780124."),
    ("children", "benign", "chat",
     "hello is there an outage in NE6? no internet since 8 || Agent: Yes, there's a fault on the cabinet, fix "
     "expected by 2pm."),
    ("children", "benign", "review_reply",
     "Review: 'Streamed Baby Driver on the TV app all night with zero buffering, finally!' || Agent: Love to hear "
     "it, enjoy the rest of the weekend!"),
    ("children", "benign", "sms",
     "how much is the 100GB sim only deal"),
    ("children", "benign", "dm",
     "what's actually the difference between Bramble Family and Bramble Family Plus?"),
    ("children", "benign", "web_form",
     "Do you have a student discount? I'm at uni in Leeds and my contract's up."),
    ("children", "benign", "chat",
     "is the new case actually child-proof? asking cos I'm the clumsiest adult alive || Agent: It's rated for "
     "drops up to 2 metres, so you should be safe!"),
    ("children", "benign", "email",
     "Our youth football club needs a mobile broadband router for the clubhouse. We're a registered community "
     "group, is there any charity pricing?"),
    ("children", "benign", "agent_note",
     "Cust wanted to change billing address to new flat. Verified and updated."),
    ("children", "benign", "chat",
     "my son-in-law set up my new phone and now I can't find the settings || Agent: Swipe down from the top and "
     "tap the little cog icon."),
    ("children", "benign", "web_form",
     "General question: what happens to a child's line on a family plan if the account holder closes the account? "
     "Not doing it, just want to know."),
    ("children", "benign", "call",
     "Agent: Bramble, how can I help? || I'd like a roaming pass for Turkey please, I fly Thursday. || Agent: The "
     "Worldwide pass is £6 a day, I'll add it from Thursday."),
    ("children", "benign", "email",
     "I bought the Little Explorer kids' smartwatch from your Bristol shop as a party present but the birthday "
     "girl already has one. Can I return it unopened?"),
    ("children", "benign", "chat",
     "the Teenage Mutant Ninja Turtles film keeps cutting out on the movie rental, can I get a refund || Agent: "
     "Sorry about that, I've credited the £3.99."),
    ("children", "benign", "dm",
     "your new advert with the singing baby is so annoying I changed channel lol, 5G's actually decent tho"),
    ("children", "benign", "web_form",
     "Please update my contact email address, I've put the new one in my account settings already."),
    ("children", "benign", "agent_note",
     "Cust asked about the 'School Run' speed boost on the TV ad. Explained it's a 3-5pm promo boost open to all "
     "broadband customers. Added."),
    ("children", "benign", "chat",
     "my phone is like ten years old, basically a teenager now, what upgrades have you got on finance || Agent: "
     "The Pixel 8 is £24 a month over 36 months with no upfront cost."),
    ("children", "benign", "sms",
     "do yous do the ipad mini on finance? thinking of it as a present for my nephew"),
    ("children", "benign", "call",
     "Agent: Thanks for calling. || My bill's gone up £3.50 this month, why's that? || Agent: That's the annual "
     "price change in April that was in your contract terms."),
    ("children", "benign", "email",
     "I teach at a secondary school and the wifi there is awful, so I hotspot from my phone to show videos in "
     "lessons. Will that chew through my data quickly?"),
    ("children", "benign", "web_form",
     "Please cancel my Disney+ add-on from the next billing cycle."),
    ("children", "benign", "agent_note",
     "Cust asked to switch off the default under-18 content filter on her SIM. Completed age verification by card "
     "check, filter removed."),
    # ---- financial_hardship
    ("financial_hardship", "sensitive", "email",
     "Hi, I lost my job at the warehouse last month and I honestly can't keep up the £42 a month. Is there "
     "anything cheaper I can move to without paying a penalty? Thanks, Liam"),
    ("financial_hardship", "sensitive", "chat",
     "ive had a letter from a debt collection agency saying i owe bramble £310 from an old contract, i dont even "
     "recognise it || Agent: I'm sorry for the worry. Can you give me the reference on the letter so I can check "
     "the account history?"),
    ("financial_hardship", "sensitive", "call",
     "Agent: Bramble, Sophie speaking. || Hi, I'm on Universal Credit and someone at the jobcentre said you do a "
     "cheaper broadband for people like me? || Agent: Yes, Bramble Essentials is £15 a month, I just need to "
     "check your eligibility."),
    ("financial_hardship", "sensitive", "agent_note",
     "Cust 3 months in arrears. Says partner left and she's now the only earner on a part-time wage. Agreed "
     "payment plan of £10/wk, late fees suspended for 90 days."),
    ("financial_hardship", "sensitive", "sms",
     "cant pay the bill till wages come in on the 28th, pls dont cut me off, i need the phone for the agency "
     "shifts"),
    ("financial_hardship", "sensitive", "web_form",
     "I've entered an IVA and my insolvency practitioner needs a final statement of what I owe on account "
     "44021987. Please send it to me by email."),
    ("financial_hardship", "sensitive", "dm",
     "Please I beg you, my employer has not paid salary for 3 months now and my line has been barred. I need it "
     "for job interviews, can you restore it for one week while I sort myself out"),
    ("financial_hardship", "sensitive", "email",
     "I'm being evicted from the flat on the 30th and I've nowhere sorted yet, so can ye pause the broadband "
     "instead of moving it? I genuinely don't know where I'll be living. Sinead"),
    ("financial_hardship", "sensitive", "call",
     "Agent: How can I help? || This week it was either top up the gas meter or pay you, so you lost, sorry. Is "
     "there any kind of hardship scheme? || Agent: There is, I can put a 30-day hold on the account and look at "
     "a cheaper tariff with you."),
    ("financial_hardship", "sensitive", "chat",
     "Hello, I was laid off from my IT company in March and the EMI on the iPhone is too much for me now. Can I "
     "return the phone and close the financing? || Agent: I'm sorry to hear that. Let me look at the options on "
     "your device plan."),
    ("financial_hardship", "sensitive", "agent_note",
     "Cust made bankrupt Jan 2024, old acct passed to recoveries. Asking whether she can open a new SIM-only. "
     "Advised credit check applies; offered PAYG instead."),
    ("financial_hardship", "sensitive", "voicemail",
     "Hi, it's Tom Ridley. I got a text saying my number's being disconnected. I know I'm behind, I'm on "
     "Jobseeker's till something comes up, can someone call me about paying it off bit by bit?"),
    ("financial_hardship", "sensitive", "web_form",
     "Been on Centrelink since my hours got cut at the mine. Need to drop the NBN plan to the cheapest one and "
     "spread the overdue amount over a few months if possible."),
    ("financial_hardship", "sensitive", "dm",
     "Bramble sold my debt to a collections firm and now they're hounding me for £600. I asked you for a payment "
     "plan months ago and heard nothing"),
    ("financial_hardship", "sensitive", "email",
     "I'm behind on the device payment plan because my unemployment benefits ran out. Can I skip one installment "
     "without it hitting my credit score?"),
    ("financial_hardship", "sensitive", "chat",
     "my card got declined again cos there's literally nothing on it till payday. can i pay £5 now and the rest "
     "in 2 weeks || Agent: Yes, I can set up a split payment for you."),
    ("financial_hardship", "sensitive", "agent_note",
     "3rd party call from StepChange adviser for cust, who is on a debt management plan. Requested 60-day hold "
     "on collections. Hold applied, consent form on file."),
    ("financial_hardship", "sensitive", "call",
     "Agent: Bramble, how can I help? || Hello ma'am, my husband is an OFW and he lost his contract abroad, so "
     "there's no padala this month. Can we pay half of the family plan first? || Agent: I can arrange that and "
     "set the balance for next month."),
    ("financial_hardship", "sensitive", "sms",
     "the food bank gave me ur number for the free sim scheme, am I eligible"),
    ("financial_hardship", "sensitive", "email",
     "Since the shop went under I've been living off savings and they're gone now. Please cancel the two extra "
     "lines and just keep mine going on the cheapest plan."),
    ("financial_hardship", "benign", "chat",
     "why did my card get declined on the app? it works everywhere else || Agent: Your bank flagged it for a "
     "security check, try again after approving it in your banking app."),
    ("financial_hardship", "benign", "email",
     "I've been charged twice for June, please refund the duplicate £35. Account 60418822."),
    ("financial_hardship", "benign", "web_form",
     "We're a debt advice charity and would like a quote for 20 SIM-only lines for our advisers, with a shared "
     "bill."),
    ("financial_hardship", "benign", "dm",
     "this broadband is so slow I'm going bankrupt on patience"),
    ("financial_hardship", "benign", "agent_note",
     "Cust queried a 'Recovery' text. It was the Find My Phone recovery confirmation, not a debt letter. "
     "Explained, no action."),
    ("financial_hardship", "benign", "sms",
     "when does my contract end?"),
    ("financial_hardship", "benign", "chat",
     "what happens if someone misses a payment on a phone finance plan? want to know before I sign up || Agent: "
     "We'd contact you first, and a missed payment may be reported to credit agencies after 30 days."),
    ("financial_hardship", "benign", "call",
     "Agent: Bramble Business. || Hi, I'm an accountant, I need itemised VAT invoices for the company lines going "
     "back to April. || Agent: No problem, I'll email them over today."),
    ("financial_hardship", "benign", "email",
     "Please switch my billing to paperless, thanks."),
    ("financial_hardship", "benign", "review_reply",
     "Review: 'Best value SIM I've had, saving a fortune compared to my old network.' || Agent: Brilliant, thanks "
     "for the lovely review!"),
    ("financial_hardship", "benign", "chat",
     "is there a pay as you go option with rollover data? || Agent: Yes, our PAYG bundles roll unused data over "
     "for one month."),
    ("financial_hardship", "benign", "web_form",
     "Is your social tariff available in Wales? I volunteer at a community centre and want to put a poster up "
     "about it."),
    ("financial_hardship", "benign", "call",
     "Agent: Thanks for calling. || My router keeps rebooting itself every night around 2am. || Agent: That's the "
     "scheduled update, I can move it to 4am for you."),
    ("financial_hardship", "benign", "dm",
     "Rewatched The Big Short on your TV app, still the best film about the crash, zero buffering too"),
    ("financial_hardship", "benign", "agent_note",
     "Cust's direct debit bounced as her bank changed sort code after a merger. Re-set up DD with new details, "
     "fee waived."),
    ("financial_hardship", "benign", "email",
     "We're a housing association and would like bulk broadband pricing for 40 new-build flats in Salford. Who "
     "should I speak to?"),
    ("financial_hardship", "benign", "sms",
     "got ur text about the price rise, can I leave without paying the exit fee"),
    ("financial_hardship", "benign", "chat",
     "how do i get my PUK code || Agent: Text PUK to 85075 or find it in the My Bramble app under SIM."),
    ("financial_hardship", "benign", "web_form",
     "I work in credit control for a small firm. Can you explain how late payment charges work on business "
     "accounts?"),
    ("financial_hardship", "benign", "review_reply",
     "Review: 'Engineer turned up on time, tidy job, broadband flying now.' || Agent: Thanks so much, we'll pass "
     "it on!"),
    # ---- legal
    ("legal", "sensitive", "email",
     "My solicitor has asked for a full call log for my number from March to May as part of the divorce "
     "proceedings. How do I request that from you?"),
    ("legal", "sensitive", "agent_note",
     "Police request re cust's stolen handset, crime ref 44/19283/24. Cust consented on call, IMEI blocked and "
     "ref noted on account."),
    ("legal", "sensitive", "chat",
     "my phone got seized when I was arrested last week and the police still have it, can I get a new sim with "
     "the same number || Agent: Yes, we can do a SIM replacement and keep your number."),
    ("legal", "sensitive", "call",
     "Agent: Bramble Customer Relations. || Good afternoon, I'm calling from Carter & Shaw solicitors, we act for "
     "Mr Femi Adeyemi regarding his device finance agreement, which we say was mis-sold. || Agent: I'll need the "
     "signed authority from Mr Adeyemi before I can discuss the account."),
    ("legal", "sensitive", "web_form",
     "I have a non-molestation order against my ex and I need to change my number and make it unlisted. I can "
     "send a copy of the order if you need it."),
    ("legal", "sensitive", "sms",
     "got a court date on the 14th, cant do the engineer that day, rebook pls"),
    ("legal", "sensitive", "email",
     "Respected team, my brother is in judicial custody since 2 weeks. His postpaid number is in my name, please "
     "suspend it until his bail matter is heard. Regards, Anil"),
    ("legal", "sensitive", "dm",
     "I'm taking my landlord to small claims and need written confirmation that the broadband install was refused "
     "because of the building, can you email that to me?"),
    ("legal", "sensitive", "agent_note",
     "Cust states she's going through a divorce; husband is acct holder but she uses line ending 2210. Advised "
     "transfer of ownership form needs his signature or a court order."),
    ("legal", "sensitive", "call",
     "Agent: How can I help? || Yeah I've got a criminal record from years back, and I got knocked back for the "
     "phone on finance. Is that why? || Agent: No, our credit check doesn't look at criminal records, it's based "
     "on your credit file."),
    ("legal", "sensitive", "voicemail",
     "Hello, this is Jonathan Pryce of Pryce Legal. I act for your customer Mrs Helen Okafor in a dispute over a "
     "termination fee. Please return my call on 0161 496 0732."),
    ("legal", "sensitive", "chat",
     "i need proof my number was active on the 3rd of jan around 11pm, my defence lawyer says it could help my "
     "case || Agent: I can't give call data over chat, but I'll explain how a formal data request works."),
    ("legal", "sensitive", "web_form",
     "I'm on probation and have to give my phone records to my probation officer every month. What's the "
     "quickest way to download the statements?"),
    ("legal", "sensitive", "email",
     "The police have asked me to keep my old SIM active for their investigation into the fraud on my account, so "
     "please don't cancel it, just suspend outgoing calls."),
    ("legal", "sensitive", "sms",
     "Pls my husband was detained by police since friday and his phone is off, can u tell me where it was last"),
    ("legal", "sensitive", "agent_note",
     "Cust said ex-partner has started family court proceedings and is using the shared family plan to view her "
     "call history. Split of acct initiated, separate logins set."),
    ("legal", "sensitive", "chat",
     "my housing tribunal hearing is next week and I need a letter saying the broadband was down for 3 weeks in "
     "February || Agent: I can send a fault history letter to your email within 48 hours."),
    ("legal", "sensitive", "call",
     "Agent: Bramble, Ciaran speaking. || I've a summons for the District Court, nothing to do with ye really, but "
     "my solicitor wants proof I'd no TV package with ye last year. || Agent: I can send a statement of your "
     "services for that period."),
    ("legal", "sensitive", "dm",
     "got banned from driving last month so can you cancel the in-car wifi add-on, no car anymore"),
    ("legal", "sensitive", "email",
     "I've been called as a witness in a criminal trial and the police have advised me to change my number. "
     "Please give me a new withheld number and don't port the old one."),
    ("legal", "benign", "email",
     "We're a law firm in Chester, Hollins & Mayer LLP, please quote for a leased line and 8 mobiles for our "
     "office."),
    ("legal", "benign", "chat",
     "is it legal to use a VPN on your network? just checking || Agent: Yes, VPNs work fine on all our plans."),
    ("legal", "benign", "agent_note",
     "Cust asked about T&Cs clause 7.2 on mid-contract price changes. Explained and sent link."),
    ("legal", "benign", "dm",
     "binge watching Better Call Saul on the app and the picture quality is criminal, so pixelated"),
    ("legal", "benign", "sms",
     "can i change my payment date"),
    ("legal", "benign", "web_form",
     "General question: can the police get access to my texts through your network? Just curious after "
     "listening to a podcast about it."),
    ("legal", "benign", "call",
     "Agent: Bramble, how can I help? || I'm a barrister and I'm in Strasbourg a lot for work, what's roaming "
     "going to cost me in France? || Agent: Your plan includes EU roaming, so nothing extra up to 30GB."),
    ("legal", "benign", "chat",
     "my phone's been in jail since the update, stuck on the logo screen || Agent: Let's force restart it: hold "
     "volume down and power for 10 seconds."),
    ("legal", "benign", "email",
     "Please send me a returns label for the old router."),
    ("legal", "benign", "review_reply",
     "Review: 'The Court Street store team are so courteous, sorted my upgrade in 10 mins.' || Agent: Thanks, "
     "we'll pass this on to the Court St team!"),
    ("legal", "benign", "agent_note",
     "Cust asked whether porting out needs a PAC or STAC. Explained both, sent PAC by text."),
    ("legal", "benign", "web_form",
     "How long do you keep call records and browsing data? I'd like to read your data retention policy."),
    ("legal", "benign", "chat",
     "can I use my phone in Morocco || Agent: Yes, with the Worldwide pass at £6 a day."),
    ("legal", "benign", "sms",
     "ur ad says unlimited but there's a fair use policy, is that even legal lol"),
    ("legal", "benign", "call",
     "Agent: Thanks for calling Bramble. || I'd like to upgrade to the iPhone 15 please. || Agent: Great, you're "
     "eligible now, let's look at storage options."),
    ("legal", "benign", "email",
     "I'm a paralegal and use my own phone for work under the firm's BYOD scheme. Can I get a separate itemised "
     "bill for the work calls?"),
    ("legal", "benign", "dm",
     "playing the Judge Dredd game on your cloud gaming add-on and the lag is unreal"),
    ("legal", "benign", "agent_note",
     "Cust reported no dial tone on landline. Line test found exchange fault, engineer booked for Weds AM."),
    ("legal", "benign", "web_form",
     "Do I need to sign anything on paper for the 24 month device plan or is it all done online?"),
    ("legal", "benign", "chat",
     "what's the cooling off period? ordered online yesterday and changed my mind || Agent: You have 14 days to "
     "cancel, I can start that for you now."),
    # ---- special_categories
    ("special_categories", "sensitive", "chat",
     "can the engineer come after 2pm on friday? I'm at the mosque for jummah before that || Agent: Sure, I've "
     "booked the 2-6pm slot for Friday."),
    ("special_categories", "sensitive", "email",
     "Please don't book anything for me on a Saturday. We keep Shabbat, so from Friday sunset I won't be "
     "answering the door or the phone. Sunday to Thursday is fine. Thanks, Miriam"),
    ("special_categories", "sensitive", "sms",
     "not sunday morning pls, i'm at mass till 12. any time after is grand"),
    ("special_categories", "sensitive", "call",
     "Agent: Bramble, Kavya speaking. || Hello madam, for the installation, we are Jain, so please tell the "
     "engineer not to bring any food into the house and to remove shoes near the prayer room. || Agent: Of course, "
     "I've added that to the job notes."),
    ("special_categories", "sensitive", "agent_note",
     "Cust is the parish priest at St Brigid's; his personal mobile number is getting calls from parishioners. "
     "Wants a second number on same handset for church calls. Set up dual SIM."),
    ("special_categories", "sensitive", "dm",
     "I'm fasting for Ramadan so please can my store appointment be before 4pm, I'm wiped out by the evening"),
    ("special_categories", "sensitive", "web_form",
     "As a practising Sikh I will not remove my turban for the photo ID check in store. Is there another way to "
     "verify me for the finance agreement?"),
    ("special_categories", "sensitive", "email",
     "The assistant in your Birmingham store kept asking where I'm 'really from' after I'd shown him my British "
     "passport. I'm of Pakistani heritage, born and raised in Bradford. I want a formal complaint logged."),
    ("special_categories", "sensitive", "chat",
     "my name keeps getting rejected on your form because of the accent marks, it's an Igbo name, I'm Igbo, can "
     "you put it in manually? || Agent: Apologies for that, I can update it on the account for you."),
    ("special_categories", "sensitive", "call",
     "Agent: Customer Relations, Hannah speaking. || I'm a Black man and I was followed round your Oxford Street "
     "shop by security the whole time I was there, and it isn't the first time. || Agent: I'm really sorry, that "
     "isn't acceptable. I'll raise this with the store manager and our conduct team."),
    ("special_categories", "sensitive", "dm",
     "the face unlock on the phone you sold me barely works on darker skin like mine, is that a known issue with "
     "this model"),
    ("special_categories", "sensitive", "web_form",
     "I'm a Romany Gypsy living on a site and your broadband checker doesn't recognise our pitch as an address. "
     "Can an engineer come and survey it?"),
    ("special_categories", "sensitive", "email",
     "I'm standing for the Green Party in the council elections and I'll be getting a lot of calls during the "
     "campaign. Can I get a second number on my phone so I can keep it separate?"),
    ("special_categories", "sensitive", "chat",
     "my phone got smashed at the climate march on saturday when the crowd surged, am I covered || Agent: Yes, "
     "accidental damage is covered, I'll start a claim for you."),
    ("special_categories", "sensitive", "agent_note",
     "Cust says she's a Labour member canvassing for the by-election, wants a bulk SMS bolt-on to coordinate "
     "volunteers. Referred to business team."),
    ("special_categories", "sensitive", "sms",
     "lost my phone at the palestine protest in town yesterday, pls block the sim"),
    ("special_categories", "sensitive", "email",
     "I'm the Unite rep at the depot and our members have asked me to raise the coverage black spot at the "
     "Halewood site again. Nobody can get a signal in the loading bays."),
    ("special_categories", "sensitive", "call",
     "Agent: How can I help? || I'm in the CWU and there's a strike day on the 12th so I'll be home, can the "
     "engineer come that day? || Agent: Yes, I've got an 8 till 1 slot on the 12th."),
    ("special_categories", "sensitive", "web_form",
     "I'd like to claim the union member discount advertised on your site. I'm a member of the NEU, membership "
     "number 882145."),
    ("special_categories", "sensitive", "chat",
     "can I add my husband to the family plan? || Agent: Of course, what's his name? || Mark. and yes I'm Steve, "
     "before you ask, your last agent got very confused lol"),
    ("special_categories", "sensitive", "email",
     "Hello, my wife and I would like to merge our two accounts into one family plan. She's Claire Dunmore, "
     "account 30029184. Thanks, Rachel Dunmore"),
    ("special_categories", "sensitive", "agent_note",
     "Cust asked we send no post about the new joint line to his parents' address, as he hasn't come out to them "
     "yet and the second line is his boyfriend's. Address changed."),
    ("special_categories", "sensitive", "dm",
     "me and my girlfriend are moving in together, can I transfer the broadband into her name? (I'm a woman too, "
     "before anyone assumes it's a typo like last time)"),
    ("special_categories", "sensitive", "voicemail",
     "Hi, it's Daniel Okoro, account 70341826. I'm calling about adding my fiancé, Luke, to the account, we're "
     "getting married in June and want everything under one plan. Give me a ring back, cheers."),
    ("special_categories", "sensitive", "email",
     "I've transitioned and changed my name by deed poll from Michael to Michelle. Please update my account name "
     "and title to Ms. I've attached the deed poll."),
    ("special_categories", "sensitive", "chat",
     "my pronouns are they/them, can you stop sending letters addressed to Mr? || Agent: Of course, I've changed "
     "the title to Mx and removed gendered greetings."),
    ("special_categories", "sensitive", "agent_note",
     "Cust is a trans man; voice has dropped since starting testosterone and Voice ID no longer recognises him. "
     "Re-enrolled Voice ID after security questions."),
    ("special_categories", "sensitive", "sms",
     "hi my deadname is still on the bill, can u change it to Alex, i told ur chat about this last month"),
    ("special_categories", "sensitive", "web_form",
     "The name on my account doesn't match my passport yet because I'm mid-transition and my gender recognition "
     "certificate is still pending. Can I still pass the ID check for an upgrade?"),
    ("special_categories", "sensitive", "email",
     "Bit of an odd one. I saved my DNA results to Bramble Cloud and the shared family folder is showing them to "
     "my cousins. I've just found out I carry a BRCA2 variant and I don't want them seeing that yet. Please help."),
    ("special_categories", "sensitive", "chat",
     "my dad's ancestry DNA results keep going to the email on my account, can you give him his own login so "
     "they're not mixed with mine? || Agent: Yes, I'll set up a separate My Bramble login for him."),
    ("special_categories", "sensitive", "agent_note",
     "Cust mentioned genetic testing showed he and his wife are both sickle cell carriers; clinic texts going to "
     "old number. Redirected to new line at cust request."),
    ("special_categories", "sensitive", "call",
     "Agent: Bramble, Marcus speaking. || I want my voiceprint deleted. I never agreed to voice ID and I don't "
     "want a recording of my voice stored on your systems. || Agent: I can remove your Voice ID enrolment today "
     "and confirm the deletion by email."),
    ("special_categories", "sensitive", "web_form",
     "Please confirm whether you kept my fingerprint scan from the ID check when I bought my phone in your Croydon "
     "store. If so I want it erased under GDPR."),
    ("special_categories", "sensitive", "dm",
     "why did your store take a scan of my face for the finance check?? that's my biometric data, I want it "
     "deleted"),
    ("special_categories", "benign", "email",
     "We're St Mark's Church in Hove and need broadband in the church hall so we can livestream services. Could "
     "you send a business quote to the parish office?"),
    ("special_categories", "benign", "chat",
     "is the rainbow phone case from the Pride collection coming back in stock? || Agent: Yes, it's due back on "
     "the 20th, I can set an alert."),
    ("special_categories", "benign", "dm",
     "your network went down during the leaders' debate and I missed the end, gutted"),
    ("special_categories", "benign", "email",
     "Hello, we're the regional office of a trade union and need 15 mobile lines for our organisers. Please send a "
     "quote and contract terms."),
    ("special_categories", "benign", "web_form",
     "Does the fingerprint sensor on the Galaxy A55 work with gloves on? I work outdoors."),
    ("special_categories", "benign", "chat",
     "how do I set up face ID on the new iPhone || Agent: Go to Settings, Face ID & Passcode, then Set Up Face "
     "ID."),
    ("special_categories", "benign", "sms",
     "is the diwali offer on the s24 still on? saw it on ur site last week"),
    ("special_categories", "benign", "call",
     "Agent: Bramble, how can I help? || Is the Christmas roaming pass still going? Off to Portugal over the "
     "holidays. || Agent: It is, 10 days of roaming for £15."),
    ("special_categories", "benign", "chat",
     "my wifi extender shows a solid orange light, what does that mean || Agent: It's too far from the router, "
     "move it a room closer."),
    ("special_categories", "benign", "email",
     "Hi, please can you tell me how much data I've used this month? The app won't load. Thanks."),
    ("special_categories", "benign", "agent_note",
     "Cust asked if the Genesis router is being discontinued. Confirmed, replaced by Genesis 2. Free upgrade "
     "offered and accepted."),
    ("special_categories", "benign", "dm",
     "the new design DNA of your app is awful, bring the old layout back"),
    ("special_categories", "benign", "review_reply",
     "Review: 'Love that Bramble sponsors Pride in Brighton, will the rainbow SIM design stay for good?' || Agent: "
     "Thanks! The rainbow SIM is staying in our range all year."),
    ("special_categories", "benign", "web_form",
     "Before I agree to the new terms: do you store voiceprints if I use voice ID? General question, I haven't "
     "set it up."),
    ("special_categories", "benign", "email",
     "I manage facilities for a community centre that hosts several faith groups through the week. We need "
     "better wifi in the main hall. Please quote."),
    ("special_categories", "benign", "agent_note",
     "Cust asked whether a credit union account can be used for direct debit. Confirmed yes, DD set up."),
    ("special_categories", "benign", "dm",
     "is your Heritage broadband bundle still available? my neighbour's on it and it's cheap"),
    ("special_categories", "benign", "sms",
     "whats the code to check my data balance"),
    ("special_categories", "benign", "email",
     "We run a translation agency and our staff make a lot of calls to Lagos and Abuja. Which business "
     "international add-on would suit us best?"),
    ("special_categories", "benign", "chat",
     "the engineer today was called Jesús, top bloke, fixed the wifi in 10 minutes, can I leave feedback "
     "somewhere? || Agent: That's great to hear, you'll get a survey text shortly."),
    ("special_categories", "benign", "web_form",
     "How do I change the surname on my account? I've got married and taken my spouse's name."),
    ("special_categories", "benign", "dm",
     "the guy with the rainbow umbrella in your new advert is iconic, who is he"),
    ("special_categories", "benign", "agent_note",
     "Cust asked whether the pronoun field in the My Bramble profile is mandatory. Explained it's optional. "
     "Nothing changed."),
    ("special_categories", "benign", "agent_note",
     "Cust works in the council elections office; asked if the wifi outage at a polling station on Thursday was "
     "on our side. Checked, no outage recorded."),
    ("special_categories", "benign", "chat",
     "trans-Atlantic roaming question, does the USA pass cover Canada too? || Agent: Yes, the Americas pass covers "
     "both."),
    ("special_categories", "benign", "email",
     "Is the biometric login on the My Bramble app optional? I'd rather just use a password."),
    ("special_categories", "benign", "call",
     "Agent: Thanks for calling. || I want to swap my SIM for an eSIM please. || Agent: No problem, I'll send a "
     "QR code to your email."),
    ("special_categories", "benign", "web_form",
     "My bill shows a £2 charge called 'Caller Display', what is it and can I remove it?"),
    ("special_categories", "benign", "agent_note",
     "Cust asked for the broadband hub to be collected from old address. Courier booked for Monday."),
    ("special_categories", "benign", "sms",
     "ur app has gone full evangelist, notifications every 5 mins about upgrades, how do i turn them off"),
    ("special_categories", "benign", "dm",
     "watching Ms. Marvel on the app and the subtitles are way out of sync"),
    ("special_categories", "benign", "chat",
     "your app showed me an ad for a DNA ancestry kit and I tapped it by accident, did it charge my phone bill? "
     "|| Agent: No, that's a third-party ad and nothing was charged to your account."),
    ("special_categories", "benign", "web_form",
     "We're a synagogue in Golders Green and need broadband for the office and the hall. Our administrator will "
     "be the contact. Please quote."),
    ("special_categories", "benign", "email",
     "Quote request: we're a restaurant group and want to send an Eid opening-hours SMS to about 5,000 customers "
     "who opted in. What's the price per text?"),
    ("special_categories", "benign", "chat",
     "does the pay monthly sim work in a dual sim phone || Agent: Yes, it works in either slot."),
    # ---- bereavement
    ("bereavement", "sensitive", "email",
     "My mum passed away on 2 April and I need to close her mobile account. I'm her executor and can send the "
     "death certificate. Account 77150293."),
    ("bereavement", "sensitive", "chat",
     "hi sorry, my dad died last week and his phone is on our family plan, can I keep his number? it's got his "
     "voicemail greeting on it and I can't lose that || Agent: I'm so sorry for your loss. Yes, we can transfer "
     "the number to you and keep the greeting."),
    ("bereavement", "sensitive", "agent_note",
     "Bereavement: cust's husband deceased 12/03. Death cert received. Waived ETF on his line, moved broadband "
     "into cust's name."),
    ("bereavement", "sensitive", "call",
     "Agent: Bramble, Niamh speaking. || Hi Niamh, it's about my brother's account, he passed away, the funeral "
     "was Tuesday. I'm just trying to stop the direct debit coming out. || Agent: I'm very sorry. I'll put the "
     "account on hold now and explain what we need."),
    ("bereavement", "sensitive", "sms",
     "need to cancel the engineer on thurs, its my nans funeral"),
    ("bereavement", "sensitive", "dm",
     "Good day, my father of blessed memory had a line with you. We want to retrieve his contacts for the burial "
     "arrangements, how do we go about it?"),
    ("bereavement", "sensitive", "web_form",
     "Reason for leaving: Account holder deceased. Additional info: My partner Sam died in August. Please collect "
     "the router, I can't face packing it up."),
    ("bereavement", "sensitive", "voicemail",
     "Hello, it's Brenda Marsh. I'm ringing about my late husband Ron's phone. It's still getting texts from you "
     "about his upgrade and it's awful every time it pings. Please make them stop."),
    ("bereavement", "sensitive", "chat",
     "Hello, my father-in-law expired on the 15th and the postpaid bill is still coming in his name. Kindly "
     "transfer it to my husband's name. || Agent: Please accept our condolences. I'll send you the transfer form "
     "now."),
    ("bereavement", "sensitive", "email",
     "My wife passed in February. Her iPhone is on our plan and still has 14 installments left on it. Do I have "
     "to keep paying those off?"),
    ("bereavement", "sensitive", "agent_note",
     "Caller's sister died suddenly; caller wants access to voicemails on the sister's line for the inquest. "
     "Advised we need executor details and death cert."),
    ("bereavement", "sensitive", "call",
     "Agent: Bramble, Jess here. || Yeah g'day, my old man carked it last month, just after we got his NBN "
     "sorted. Need to cancel it, I'm the one sorting his stuff. || Agent: I'm sorry for your loss, I'll take care "
     "of that with you now."),
    ("bereavement", "sensitive", "dm",
     "lost my grandad yesterday, can someone stop the auto renewal texts on his line? he'd have hated them"),
    ("bereavement", "sensitive", "review_reply",
     "Review: 'When my son died, Priya on the bereavement team made closing his account painless. Thank you.' || "
     "Agent: We're so sorry for your loss, and we'll pass your words on to Priya."),
    ("bereavement", "sensitive", "sms",
     "Hi, my flatmate Josh passed away at the weekend. The broadband is in his name, what happens to our internet"),
    ("bereavement", "sensitive", "web_form",
     "Good day. My tita passed away last month in Cebu. She was the reason I had the roaming pass for calls home. "
     "Can I stop it now please?"),
    ("bereavement", "sensitive", "email",
     "Since my twin brother's death I've been trying to get his photos off his Bramble Cloud backup. We're his "
     "next of kin. What do you need from us?"),
    ("bereavement", "sensitive", "chat",
     "how do i cancel the phone contract for my stepmum, she died on sunday || Agent: I'm so sorry. We'll need a "
     "copy of the death certificate, I'll send you a secure upload link."),
    ("bereavement", "sensitive", "agent_note",
     "Cust mentioned she'd just come back from her mother's cremation in Delhi; disputing roaming charges from "
     "the trip. Goodwill credit applied."),
    ("bereavement", "sensitive", "call",
     "Agent: How can I help? || We lost our baby at 20 weeks and I'm still getting pregnancy offer texts from one "
     "of your partners. Please can you stop them. || Agent: I'm so very sorry. I'm opting you out of all partner "
     "marketing right now."),
    ("bereavement", "benign", "web_form",
     "I'm writing my will and wondered what happens to a mobile number after the account holder dies. Can it be "
     "left to someone?"),
    ("bereavement", "benign", "chat",
     "my phone just died mid call and won't turn back on || Agent: Plug it in for 15 minutes, then hold power and "
     "volume down together."),
    ("bereavement", "benign", "sms",
     "broadband is dead AGAIN"),
    ("bereavement", "benign", "dm",
     "this outage is killing me, I've got a deadline at 5"),
    ("bereavement", "benign", "email",
     "We're a funeral directors in Stockport and need a new business line and two mobiles for our second "
     "branch."),
    ("bereavement", "benign", "agent_note",
     "Cust's handset battery dead after 6 months. Booked warranty repair."),
    ("bereavement", "benign", "review_reply",
     "Review: 'RIP my old Nokia, Bramble gave me a great trade-in on it.' || Agent: Glad it went to a good home!"),
    ("bereavement", "benign", "call",
     "Agent: Bramble, how can I help? || Can I change my number? I'm getting loads of spam calls. || Agent: Yes, "
     "a number change is free once a year."),
    ("bereavement", "benign", "email",
     "Hi, can I pay my bill by bank transfer instead of card? Account 81230567."),
    ("bereavement", "benign", "chat",
     "The Walking Dead isn't showing on my TV box since last night || Agent: There's a channel update, restart the "
     "box and it'll come back."),
    ("bereavement", "benign", "web_form",
     "My router's wifi name is still 'Bramble-4F2A', how do I change it?"),
    ("bereavement", "benign", "agent_note",
     "Cust asked about 'Legacy tariff' letter. Explained legacy plans are being moved to current equivalents."),
    ("bereavement", "benign", "dm",
     "my grandma's 90th is next week and she finally wants a smartphone, which is easiest for her"),
    ("bereavement", "benign", "sms",
     "is there 5G in Inverness yet"),
    ("bereavement", "benign", "chat",
     "what does 'end of life' mean in the email about my router? || Agent: It means the model is no longer "
     "supported, so we'll send you a replacement for free."),
    ("bereavement", "benign", "email",
     "I coordinate fundraising for a local hospice. Would Bramble donate a couple of refurbished handsets for our "
     "summer raffle?"),
    ("bereavement", "benign", "call",
     "Agent: Thanks for calling. || I'd like to add another line to my account for my work phone. || Agent: Sure, "
     "the 20GB plan is £10 a month."),
    ("bereavement", "benign", "chat",
     "there's a dead zone upstairs with no signal at all, would a booster help || Agent: Yes, our Signal Boost "
     "plug-in should cover that."),
    ("bereavement", "benign", "dm",
     "hey is the black friday deal on the pixel still on"),
    ("bereavement", "benign", "agent_note",
     "Cust asked us to kill the old email alias after migrating to the new address. Alias deleted."),
    # ---- violence_self_harm
    ("violence_self_harm", "sensitive", "email",
     "My ex keeps calling me from withheld numbers even though I've blocked him. Is there any way to block all "
     "withheld calls? I'm scared to answer my phone at all now."),
    ("violence_self_harm", "sensitive", "chat",
     "someone keeps sending me threatening texts saying they know where i live, it's from a number on your "
     "network || Agent: I'm really sorry. Please report it to the police, and I can block that number and share "
     "the crime reference with our nuisance calls team."),
    ("violence_self_harm", "sensitive", "agent_note",
     "Cust disclosed domestic abuse. New number issued, all comms to new email only. Do NOT discuss acct with "
     "husband (listed as 2nd user). Safeguarding flag added."),
    ("violence_self_harm", "sensitive", "call",
     "Agent: Bramble, how can I help? || I need to know if there's a tracking app on my phone. My partner always "
     "knows where I am and he gets angry if I go anywhere without telling him. || Agent: Thank you for telling me. "
     "We can check the handset in store privately, and I can give you the number for a support line."),
    ("violence_self_harm", "sensitive", "chat",
     "just cancel everything. i wont be needing a phone after this week, there's no point anymore || Agent: I'm "
     "really concerned by what you've said. Are you safe right now? You can call Samaritans free on 116 123, any "
     "time."),
    ("violence_self_harm", "sensitive", "dm",
     "your engineer grabbed my arm when I asked him to leave my flat, I've got bruises. I want this investigated"),
    ("violence_self_harm", "sensitive", "web_form",
     "A colleague keeps sending me sexual messages after work and won't stop when I ask. He's on Bramble. Can you "
     "do anything?"),
    ("violence_self_harm", "sensitive", "voicemail",
     "Hi, um, I got jumped on my way home and they took my phone. I'm ringing from my friend's. Please block my "
     "SIM, it's Reece Hall, account 33902817."),
    ("violence_self_harm", "sensitive", "chat",
     "I self harm and I'd like a block on certain sites on my own phone to help me stay safe. can you do that "
     "for adults? || Agent: Thank you for trusting us with that. Yes, we can switch the content filter on for "
     "any line."),
    ("violence_self_harm", "sensitive", "email",
     "My neighbour is threatening my family and has posted my mobile number online. I am getting abusive calls "
     "all night. Please change my number urgently."),
    ("violence_self_harm", "sensitive", "agent_note",
     "Caller said he was 'going to end it tonight' when told about the ETF. Followed suicide risk process, gave "
     "Samaritans number, escalated to welfare team for same-day callback."),
    ("violence_self_harm", "sensitive", "call",
     "Agent: How can I help? || Someone is calling my wife every night saying they will kidnap her. Please can "
     "you give us the number they are calling from? || Agent: I can't share it directly, but if you report it to "
     "the police we'll give them everything we have."),
    ("violence_self_harm", "sensitive", "dm",
     "an ex coworker has been stalking me for months and just showed up at my work. can I make my number and "
     "address fully private on your system?"),
    ("violence_self_harm", "sensitive", "sms",
     "my brother bashed me and took my phone, can u lock it remotely"),
    ("violence_self_harm", "sensitive", "web_form",
     "My father hits my mother and she can't call anyone from the house because he checks the call log on the "
     "bill. Is there a way to hide calls from the itemised bill?"),
    ("violence_self_harm", "sensitive", "email",
     "Since the assault I don't really leave the house, so could the repair be collected from my home rather "
     "than me bringing it into a store?"),
    ("violence_self_harm", "sensitive", "chat",
     "an ex is harassing me on snapchat and by text, the guards said keep screenshots, how do I back them up "
     "before the phone goes in for repair? || Agent: Let's save them to Bramble Cloud first, I'll walk you "
     "through it."),
    ("violence_self_harm", "sensitive", "agent_note",
     "Cust reports ex-husband threatened to kill her during a call last night; requests call records preserved "
     "for police. Flagged to Law Enforcement Liaison."),
    ("violence_self_harm", "sensitive", "call",
     "Agent: Thanks for waiting. || Honestly I'm not doing great, I've been having thoughts about hurting myself "
     "and I just need my phone working so I can talk to my counsellor tomorrow. || Agent: I'm glad you told me. "
     "Let's get your line back on right now, and I'll give you a number you can call tonight."),
    ("violence_self_harm", "sensitive", "review_reply",
     "Review: 'Your nuisance calls team helped me after months of someone ringing and breathing down the line at "
     "3am.' || Agent: We're so glad we could help, and sorry you went through that."),
    ("violence_self_harm", "benign", "dm",
     "this wifi is killing me slowly"),
    ("violence_self_harm", "benign", "chat",
     "my phone got attacked by my cat, screen's all scratched, is that insurance? || Agent: Yes, that's "
     "accidental damage, £49 excess."),
    ("violence_self_harm", "benign", "email",
     "We're a domestic abuse charity and need 10 low-cost phones for our refuge staff. Please could you quote?"),
    ("violence_self_harm", "benign", "agent_note",
     "Cust asked about the 'Kill Switch' feature for lost phones. Explained remote lock and wipe in My Bramble."),
    ("violence_self_harm", "benign", "sms",
     "can i get a paper bill sent out"),
    ("violence_self_harm", "benign", "review_reply",
     "Review: 'Price rise again? Daylight robbery.' || Agent: Sorry you feel that way, DM us and we'll check "
     "you're on the best plan."),
    ("violence_self_harm", "benign", "web_form",
     "Does your network offer nuisance call blocking in general? Looking at my options before switching."),
    ("violence_self_harm", "benign", "call",
     "Agent: Bramble, how can I help? || I'm watching Killing Eve on your app and it stutters every scene. || "
     "Agent: Let's clear the app cache and check your speed."),
    ("violence_self_harm", "benign", "chat",
     "I teach self-defence classes in the evenings, can I get an engineer early morning instead? || Agent: Yes, "
     "we have 7am slots on Monday."),
    ("violence_self_harm", "benign", "email",
     "Hello, please could you unlock my old handset so I can sell it? IMEI in my account."),
    ("violence_self_harm", "benign", "chat",
     "do you have the galaxy watch in stock at the Norwich shop || Agent: Yes, both sizes are in stock."),
    ("violence_self_harm", "benign", "dm",
     "i swear i'm throwing this router out the window if it drops one more time"),
    ("violence_self_harm", "benign", "agent_note",
     "Cust's screen shattered after drop. Insurance claim raised, £79 excess taken."),
    ("violence_self_harm", "benign", "email",
     "What's your process if a customer is harassed by a caller on your network? I'm writing a policy for our HR "
     "team and want to reference it."),
    ("violence_self_harm", "benign", "web_form",
     "Please send me my PAC code, I'm leaving at the end of the month."),
    ("violence_self_harm", "benign", "call",
     "Agent: Thanks for calling. || Hi, my data isn't working since I got back from Spain. || Agent: Let's reset "
     "your network settings, go to Settings, then General."),
    ("violence_self_harm", "benign", "chat",
     "Call of Duty keeps lagging on the fibre, ping's 150ms || Agent: Let's switch you to the gaming channel on the "
     "hub and check for interference."),
    ("violence_self_harm", "benign", "sms",
     "dropped my phone and the screen's black and blue lol, can i get it repaired"),
    ("violence_self_harm", "benign", "dm",
     "when's the new iPhone on pre order with you"),
    ("violence_self_harm", "benign", "email",
     "I work nights as a security guard. Can I have my calls divert to voicemail between 9am and 5pm?"),
]


def bramble_examples() -> list[dict]:
    """The bramble split as labelled tickets (same shape as ``sensitive_eval.build_eval_set``'s)."""
    return stranger_examples("bramble", ENTRIES, SUBJECTS)
