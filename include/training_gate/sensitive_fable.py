"""Fable split: written by a helper who had not seen the detection rules, the anchors or any other split.
Setting: support traffic for an online games and social platform with age checks (Hollowpine), an e-reader and
audiobook service (Pagewise), a music-lessons marketplace (Tempo Tutors) and a teen-friendly messaging app
(Natter): player and parent tickets, trust-and-safety reports, in-app chat, DMs, SMS, calls, voicemails and
app-store reviews with replies, in UK, US, Scottish, Irish, Indian, Nigerian, South African, Australian,
New Zealand, Filipino, Singaporean and Caribbean English. The benign half reuses each category's vocabulary
through game mechanics, book, band and skin names, idioms, pets, policy questions, hypotheticals, routine
billing and businesses buying in bulk, without revealing anything sensitive about anyone.
First reading (policy 2026.11.13, before any change made in response to it; `sensitive_eval.evaluate`, as `make
eval-sensitive`): 95.0 / 3.6 recall / false exclusion in % as shipped, 96.4 / 13.6 without the overruling, 90.0 /
12.9 by the rules alone. Then read while tuning the rules, and trained on by the classifier."""

from __future__ import annotations

from training_gate.sensitive_blind import stranger_examples

SUBJECTS: tuple[str, ...] = (
    "Question about my account",
    "Billing query",
    "Lesson booking",
    "Help with my subscription",
    "Audiobook playback issue",
    "Account access",
    "Refund request",
    "Change of plan",
    "Report from in-app chat",
    "Feedback on the app",
    "Age check question",
    "Family plan settings",
    "Tutor booking change",
    "Login trouble",
)

ENTRIES: list[tuple[str, str, str, str]] = [
    # ---- health
    ("health", "sensitive", "email",
     "Hello Pagewise support, I was diagnosed with macular degeneration in the spring and the e-ink "
     "screen is now too hard for me to read even at the largest font. Could you switch my Reader Plus "
     "plan to the Audio Only plan from the next billing date? Kind regards, Margaret Ollerton"),
    ("health", "sensitive", "chat",
     "hi, quick one, is there a setting to turn off the flashing in the Stormcaller boss fight? || "
     "Agent: Hi! Yes, Settings > Accessibility > Reduce Flashes. May I ask if anything happened? || "
     "my brother has epilepsy and he had a seizure last night mid-raid. he's ok now but we need it off "
     "by default on his profile || Agent: I'm so sorry to hear that. I've enabled Reduce Flashes on the "
     "linked profile and flagged the fight to our accessibility team."),
    ("health", "sensitive", "dm",
     "hey, I've missed my Thursday guitar slot with Dan three weeks running. the new dose of sertraline "
     "knocks me out by 6pm and I just sleep through the alarm. could the no-show fees be waived while my "
     "GP sorts out the timing?"),
    ("health", "sensitive", "chat",
     "Hi there, I'd like to pause my cello lessons from November. I'll be 34 weeks by then and honestly "
     "the instrument barely fits around the bump already! || Agent: Congratulations! You can pause for up "
     "to 6 months with no fee. Shall I set the restart for May? || May is perfect, the little one is due "
     "mid-December so that gives me some time."),
    ("health", "sensitive", "call",
     "Call transcript. Caller: My auto-renew went out on the 3rd, 89 pounds for the annual. I was in the "
     "Royal Infirmary most of last month after a stroke and never saw the reminder email. Agent: I'm sorry, "
     "that sounds really hard. As you haven't used the service since renewal, I can refund in full. "
     "Caller: Thank you, my daughter's helping me with the laptop now."),
    ("health", "sensitive", "email",
     "Dear Tempo Tutors, please pause my piano bookings with Ms Adeyemi until March. The rounds of chemo "
     "leave my fingertips numb and I can't feel the keys properly. I'll be back, I promise. Best, Colin"),
    ("health", "sensitive", "web_form",
     "Category: Accessibility. Message: I am Deaf and my first language is BSL. The new Ranked lobby "
     "requires voice chat to join a squad, which locks me out entirely. Please bring back the text-ping "
     "option or make voice optional."),
    ("health", "sensitive", "chat",
     "can u lock my account for 30 days? my CBT worker said ranked is feeding the spiral and i dont trust "
     "myself not to log in || Agent: Of course. I've applied a 30-day self-exclusion that can't be lifted "
     "early. Take care of yourself. || thank u"),
    ("health", "sensitive", "review_reply",
     "1 star. 'Impossible to focus'. As someone with ADHD, the popups every two chapters telling me about "
     "deals make Pagewise unusable. I lose my place every single time. || Agent: Hi Ravi, thanks for the "
     "honest review. You can switch off promo prompts under Profile > Notifications > Offers, and we're "
     "testing a Focus Mode we'd love your feedback on."),
    ("health", "sensitive", "sms",
     "Hi its Jess, my tutor keeps noting that I'm distracted in lessons bc I check my phone. its my pump "
     "app, the insulin alarm goes off if my levels drop. can you tell her pls, im too embarrassed"),
    ("health", "sensitive", "agent_note",
     "Agent note: Customer explained she is recovering from a double mastectomy and can't lift or hold "
     "the 61-key keyboard for the next 8 weeks. Moved her remaining 6 lessons to theory-only video "
     "sessions at no extra cost. Follow up 15 Jan."),
    ("health", "sensitive", "sms",
     "cant make tonights singing lesson, in A&E with my dad, they think its a heart attack. can we move "
     "it pls, no idea when we'll be out"),
    ("health", "sensitive", "dm",
     "Does Hollowpine have any offline mode? I'm hooked up to the dialysis machine 4 hrs Mon/Wed/Fri and "
     "the unit wifi blocks game servers. those are the most boring hours of my week lol"),
    ("health", "sensitive", "thread",
     "Hi, I booked 10 singing lessons with Priya in January. || Agent: Hi! I can see the bundle, 4 "
     "lessons left. How can I help? || I had surgery on my vocal cords last week to remove a polyp and "
     "the ENT consultant says absolutely no singing until June. Can I move the credit to piano? || "
     "Agent: Wishing you a smooth recovery. Yes, I've converted the 4 credits to piano lessons of the "
     "same value."),
    ("health", "sensitive", "email",
     "Hi, I keep getting locked out because I forget which password I set. I've had long covid since "
     "January and the brain fog is awful, so I'd really like a magic-link login instead. Is that possible "
     "on the Android app? Thanks, Tom Briggs"),
    ("health", "sensitive", "chat",
     "Good afternoon. Please my sister is admitted at LUTH since Tuesday for sickle cell crisis, she is "
     "the one using this account for her audiobooks. Her subscription is expiring today, abeg can you "
     "extend it small until she is discharged? || Agent: Sorry to hear about your sister. I've added a "
     "free 14-day extension. || God bless you, thank you."),
    ("health", "sensitive", "agent_summary",
     "Agent summary: Caller's wife has early-onset Alzheimer's and has bought the same three audiobooks "
     "several times without remembering. He asked for a purchase PIN on her profile and refunds for the "
     "duplicates. Duplicates refunded (3 x 12.99), PIN set."),
    ("health", "sensitive", "chat",
     "Hi, since the knee replacement I'm stuck on the sofa for weeks and the physio says no stairs, so "
     "the PC upstairs is out. Can I move my Hollowpine save to the tablet? || Agent: Yes, cloud saves "
     "sync across devices. Sign in on the tablet with the same account. || brilliant cheers"),
    ("health", "sensitive", "email",
     "Dear team, I am in the middle of an IVF cycle and the injection timing is fixed at 7 pm daily, so I "
     "cannot do the 7 pm tabla class with Guruji anymore. Kindly shift my slot to 8.30 pm from next "
     "week. Regards, Sneha"),
    ("health", "sensitive", "web_form",
     "I'd like to request audio-only lessons. Since the panic attacks started in September, having the "
     "camera on makes my heart race and I freeze. My tutor is lovely but the platform forces video. Is "
     "there an override?"),
    ("health", "benign", "chat",
     "my healer's heal-over-time spell stopped ticking after the 2.3 patch, the health bar just sits "
     "there. bug? || Agent: Known issue, hotfix goes out tonight. || cool ty"),
    ("health", "benign", "email",
     "Hello, I'm the librarian at Northgate Nursing College and we'd like 40 seats of Pagewise for "
     "Students so our trainees can access the clinical pharmacology textbooks. Could you send a quote "
     "and a VAT invoice? Regards, Denise Marr, Library Services"),
    ("health", "benign", "review_reply",
     "4 stars. The Plague Doctor skin is gorgeous but why does the beak mask clip through the hood? || "
     "Agent: Thanks! The clipping fix is in the next patch."),
    ("health", "benign", "sms",
     "pagewise app is dead again, wont open past the splash screen. sick of this tbh"),
    ("health", "benign", "chat",
     "Is the Fever Dream soundtrack included in the deluxe edition or is it a separate purchase?"),
    ("health", "benign", "web_form",
     "Question about policy: if a student is ill on the day, how late can they cancel without losing "
     "the lesson fee? Asking before I book for the first time."),
    ("health", "benign", "thread",
     "Hi, need to move Saturday's drum lesson. || Agent: Of course, hope all is well? || yes all fine, "
     "nobody's ill, just a work conference in Leeds. Sunday any good? || Agent: Sunday 11am is free, "
     "booked for you."),
    ("health", "benign", "dm",
     "the new zombie virus event is such a headache lol, infection spreads way too fast on the hospital "
     "map. any chance you'll tweak the timer"),
    ("health", "benign", "email",
     "Hi, I bought 'The Silent Ward' audiobook but the last chapter cuts off mid-sentence. Could you "
     "re-send the file or refund? Thanks, Owen"),
    ("health", "benign", "chat",
     "Does Pagewise have a blue-light night mode on the Paperlight 6? The screen feels very bright at "
     "11pm. || Agent: Yes, Display > Warm Light, and you can schedule it. || perfect"),
    ("health", "benign", "review_reply",
     "2 stars. Ward Rush is a fun hospital management sim but the surgeon AI keeps wandering into the "
     "gift shop mid-operation. || Agent: Ha, we've seen it too! Pathing fix lands in 1.4."),
    ("health", "benign", "voicemail",
     "Hi, this is Carla from Brightside Physio Clinic, we'd like to set up Tempo Tutors gift vouchers as "
     "staff Christmas presents, about fifteen of them. Could you call me back on 0161 555 0192? Thanks."),
    ("health", "benign", "agent_note",
     "Agent note: Customer asked whether the 'Doctor Wren' audiobook series changes narrator after book "
     "3. Confirmed a new narrator from book 4; customer happy."),
    ("health", "benign", "chat",
     "my cat keeps sitting on the keyboard during online lessons and the tutor thinks I'm sick of the "
     "lessons lol. can I mute the mic with a keyboard shortcut? || Agent: Yes, press M during a call. || ta"),
    ("health", "benign", "call",
     "Call summary: Caller asked about the difference between the Health Potion bundle and the Vitality "
     "bundle in the shop. Explained the potion bundle is consumables and Vitality is a permanent stat "
     "boost. No further action."),
    ("health", "benign", "email",
     "We run a community choir for the hospital staff social club and want to book a vocal coach for a "
     "2-hour workshop in March. Do your tutors do group sessions? Imogen, Choir Secretary"),
    ("health", "benign", "dm",
     "is there a dyslexia-friendly font on the e-reader? I'm writing an accessibility roundup of reading "
     "apps for a tech blog and want to include yours"),
    ("health", "benign", "chat",
     "this bug is a nightmare, the game crashes every time I open the inventory. any cure? || Agent: Try "
     "Settings > Storage > Verify Files. || that fixed it, cheers doc"),
    ("health", "benign", "review_reply",
     "5 stars. The 'Pulse Monitor' synth course is brilliant, my playing has had a proper heart "
     "transplant. || Agent: Love that! Thanks for the review."),
    ("health", "benign", "email",
     "Hi, the Wellness tab in Natter keeps showing step counts and I never asked for that. How do I turn "
     "the health widget off? Cheers, Rob"),
    # ---- children
    ("children", "sensitive", "chat",
     "hi, my 9yo bought 4,000 gems on my card, he didn't realise it was real money. can i get a refund? "
     "|| Agent: I'm sorry about that. I've refunded it as a one-off and you can set a purchase PIN under "
     "Family. || thanks, setting it now"),
    ("children", "sensitive", "email",
     "Hi, Maisie's teacher recommended Pagewise for home reading. She's in Year 4 at Cresswell Primary. "
     "Can I set up a profile for her under my account so she only sees the Year 3-4 book band? Many "
     "thanks, Helen Grainger"),
    ("children", "sensitive", "chat",
     "my boy's in P6 and all his pals are on Natter. is there a way I can see who he's chatting with "
     "without reading everything? || Agent: Yes, Family Link shows contacts but not message content. || "
     "aye that's what I'm after"),
    ("children", "sensitive", "web_form",
     "My son's 7th grade ELA class is using The Copper Key ebook and his school login doesn't show it. "
     "His teacher is Mrs Alvarez at Redfield Middle. Can you link his account to the class license?"),
    ("children", "sensitive", "chat",
     "The age check locked my son out of voice chat. He turns 15 next month, will it unlock "
     "automatically then or do we redo the check? || Agent: It unlocks on his birthday automatically, "
     "based on the verified date of birth. || ok great"),
    ("children", "sensitive", "sms",
     "hi can the nursery rhymes audiobook play on loop? my daughter's in nursery and wants it every "
     "night but it stops after one"),
    ("children", "sensitive", "email",
     "Hello, my son is doing his GCSEs in May and is spending most evenings on Hollowpine. Is there a way "
     "to set playtime limits on his account from my phone? He's on our family plan. Thanks, Andrea"),
    ("children", "sensitive", "agent_note",
     "Agent note: Parent reports that Lily (Oakfield Primary, class 6R) left her tablet on the school "
     "trip to the Science Museum. The account is hers under the family plan. Remote logout done; "
     "location request declined per policy."),
    ("children", "sensitive", "email",
     "I uploaded my son's passport to get through the age check. His date of birth is 2012 so he was "
     "rejected, fair enough, but please delete the passport scan now. Regards, Pieter van Wyk"),
    ("children", "sensitive", "thread",
     "Hello, I share custody of our 11-year-old with his dad. Can we both have access to the parent "
     "dashboard? || Agent: Yes, a Family plan allows two guardians. I'll send an invite link. Which email "
     "should the second guardian use? || k.obi@mailbox.example please, thank you"),
    ("children", "sensitive", "web_form",
     "Name of player: Aarav Mehta. School: St Jude's Junior School, class 5B. His account was banned "
     "yesterday for an 'inappropriate name' but the username is just his surname. Please review. Parent"),
    ("children", "sensitive", "chat",
     "looking for a violin teacher for my twins, they're six, is there anyone who does joint lessons for "
     "little ones near Bristol? || Agent: Yes, filter by 'Early years' and 'Group'. There are three tutors "
     "near BS7. || perfect"),
    ("children", "sensitive", "review_reply",
     "1 star. My two-year-old smashed the tablet screen and your app won't let me re-download my "
     "purchases on the new one! || Agent: Sorry to hear that! Purchases are tied to your account: sign in "
     "on the new tablet and go to Library > Restore."),
    ("children", "sensitive", "dm",
     "Hi po! My pamangkin is 13 na, pwede na ba siya sa Natter? Her mom is working abroad so I'm her "
     "guardian here. Thank you po!"),
    ("children", "sensitive", "agent_summary",
     "Agent summary: Caller states the account registered as an adult is actually used by her "
     "12-year-old, who set it up with a fake birthdate. Requested conversion to a supervised teen "
     "account. Converted; date of birth corrected."),
    ("children", "sensitive", "email",
     "Hi, Ethan started secondary in September and the school want all pupils reading on a device. Can I "
     "add him to our Pagewise family plan with his own bookshelf? Thanks, Gareth"),
    ("children", "sensitive", "chat",
     "hey, my kindergartner keeps tapping the buy button in the read-along app. can i turn off one-click "
     "buying? || Agent: Yes, Settings > Purchases > Require Password. || lifesaver thx"),
    ("children", "sensitive", "chat",
     "Mum here. Jack was born in 2014 and the age check says he's too young for the Skatepark lobby. His "
     "mates are all in it?? || Agent: That lobby has open voice chat so it's 13+. Jack can use Skatepark "
     "Crew with friends-only chat. || righto, cheers"),
    ("children", "sensitive", "email",
     "Dear Tempo Tutors, my eight-year-old has her Grade 1 piano exam in June. Could her teacher add an "
     "extra 30 minute lesson each week in May? Best wishes, Fiona"),
    ("children", "sensitive", "call",
     "Call transcript. Caller: My daughter's been messaging a boy from her class on Natter, she's only in "
     "Grade 6, how do I see her privacy settings? Agent: Open Family, then her profile, then Privacy. "
     "Caller: Found it, thanks."),
    ("children", "benign", "chat",
     "Is 'Kids Mode' on the Paperlight just a different home screen or does it also block purchases? I "
     "use it myself, the simpler layout is easier to navigate lol"),
    ("children", "benign", "email",
     "Hello, I'm the IT coordinator at Hillcrest Academy Trust. We'd like a quote for 300 Pagewise "
     "Education licences for next academic year, billed to the trust. Please include your DPA. Regards, "
     "Martin Kay, IT Services"),
    ("children", "benign", "review_reply",
     "3 stars. The Orphan of Ashfall storyline is amazing but the kid sidekick's voice lines repeat "
     "constantly. || Agent: Thanks! We're adding more lines in the next update."),
    ("children", "benign", "chat",
     "found a minor bug: the Junior tier badge shows on my profile even though I'm on Premium. || Agent: "
     "Thanks, that's a display bug, fixed in 3.2.1."),
    ("children", "benign", "sms",
     "buying a gift card for my nephew's 30th, can it be emailed with a message?"),
    ("children", "benign", "dm",
     "lol someone in the lobby called me a child for camping the spawn. whatever. anyway is the Toybox "
     "map coming back?"),
    ("children", "benign", "agent_note",
     "Agent note: Customer asked about the minimum age for Natter accounts for an article she's writing. "
     "Quoted policy: 13+, with supervised accounts for younger users via Family Link. No account action."),
    ("children", "benign", "email",
     "Hi, I run Little Acorns Garden Nursery and want to buy the 'Grow Your Own' audiobook bundle as a "
     "business purchase for staff. Can you invoice the company? Thanks, Paul"),
    ("children", "benign", "chat",
     "does the Young Adult section include the new Emberlight trilogy? I'm 29 and still love YA haha || "
     "Agent: It does, book 1 is in the YA Fantasy shelf. || yay"),
    ("children", "benign", "thread",
     "Hi, I'm an adult learner going for my Grade 5 theory. || Agent: Great! Which tutor? || Ms "
     "Kowalski. can she do exam prep packages? || Agent: Yes, she lists a 6-lesson exam prep bundle."),
    ("children", "benign", "review_reply",
     "5 stars. The 'Baby Steps' beginner ukulele course lives up to the name. Patient tutor. || Agent: "
     "Thank you!"),
    ("children", "benign", "web_form",
     "Is the Tiny Tots Songbook licensed for use in a preschool music group? I'm a childminder looking at "
     "resources for my business and need to know about group use."),
    ("children", "benign", "chat",
     "my puppy chewed the charging cable for the e-reader, do you sell replacements? || Agent: Yes, a "
     "USB-C cable in the accessories store, 7.99. || ordering now"),
    ("children", "benign", "call",
     "Call summary: Caller asked why the 'Teenage Riot Rock Camp' masterclass is listed under Teen when "
     "adults can book too. Explained it's the series name; the listing is 18+ only."),
    ("children", "benign", "email",
     "Hello, 'The Child Emperor' audiobook skips from chapter 12 to 14. Can you fix the file? Thanks, Ama"),
    ("children", "benign", "dm",
     "is Season 4 of the battle pass cheaper if you buy the Year 2 bundle? confused by the store page"),
    ("children", "benign", "chat",
     "does the Family plan let me add my flatmate? we're both adults, just want to split the cost || "
     "Agent: Yes, any adult can be added as a member. || sweet"),
    ("children", "benign", "voicemail",
     "Hello, this is Sunny from the board of Vale Youth Orchestra. We'd like to list our coaching team as "
     "a group tutor on Tempo Tutors, please call me back about the seller fees. Thank you."),
    ("children", "benign", "review_reply",
     "2 stars. Parental controls are so buried in settings, as a reviewer I searched for ten minutes to "
     "find them. || Agent: Fair point, we're moving them to the main menu."),
    ("children", "benign", "chat",
     "hey, the 'kid gloves' emote isn't showing in my wheel. bought it yesterday"),
    # ---- financial_hardship
    ("financial_hardship", "sensitive", "email",
     "Hi, I lost my job at the end of last month and I can't afford the 14.99 Pagewise subscription any "
     "more. Please cancel it and, if possible, refund this month's charge which went out yesterday. "
     "Thank you, Shona Reid"),
    ("financial_hardship", "sensitive", "chat",
     "hiya, the annual renewal took 79 quid out yesterday, didn't mean to keep it. I'm on UC now and "
     "that was my food shop gone. any chance of a refund? || Agent: I'm sorry. As it's within 14 days "
     "I've refunded in full and switched off auto-renew. || thank you so much"),
    ("financial_hardship", "sensitive", "sms",
     "please cancel all my remaining lessons. bailiffs were round yesterday and I can't have anything "
     "else coming out. sorry to Mark, he's a great tutor"),
    ("financial_hardship", "sensitive", "email",
     "Hello, I have received a letter from Greystone Recoveries saying I owe Tempo Tutors 240 pounds for "
     "unpaid lessons. I can't pay that in one go, I'm already behind on my other bills. Who do I talk to "
     "about a payment plan? Regards, Leon"),
    ("financial_hardship", "sensitive", "thread",
     "Hi, I need to pause my account, we're being evicted at the end of the month and I won't have "
     "anywhere to set up the PC. || Agent: I'm sorry to hear that. Pausing keeps your progress and stops "
     "billing. For how long? || maybe 3 months, till the council finds us something || Agent: Paused "
     "until 1 March, you'll get an email before it restarts."),
    ("financial_hardship", "sensitive", "email",
     "Dear Sir/Madam, I was declared bankrupt last week and the Official Receiver has told me to cancel "
     "all non-essential subscriptions. Please close my Hollowpine Premium and confirm in writing. Yours "
     "faithfully, R. Okonkwo"),
    ("financial_hardship", "sensitive", "chat",
     "hi, can you stop the 9.99 going out on the 1st? been using the food bank this month and I need every "
     "penny for the gas meter || Agent: Done, your plan ends at the close of this period with no further "
     "charges. || thanks"),
    ("financial_hardship", "sensitive", "web_form",
     "Reason for cancellation: Other. Details: Made redundant in the summer and the money's run out. "
     "I've loved the guitar lessons but can't justify them while I'm looking for work."),
    ("financial_hardship", "sensitive", "chat",
     "the renewal bounced me into unarranged overdraft and the bank's charging me 25 a day now. rent's "
     "already late. please can you reverse it || Agent: I've reversed the renewal; it'll show in 3-5 days. "
     "|| ok"),
    ("financial_hardship", "sensitive", "email",
     "Good day, I was retrenched in March and the debit order for my lessons keeps bouncing, and my bank "
     "charges me every time. Please stop the debit order and tell me what is outstanding. Thank you, "
     "Thandi"),
    ("financial_hardship", "sensitive", "agent_note",
     "Agent note: Customer is in an IVA and his insolvency practitioner needs a statement of any "
     "outstanding Hollowpine balances. Sent statement (nothing owed). Subscription cancelled at customer's "
     "request."),
    ("financial_hardship", "sensitive", "chat",
     "g'day, just lost my casual shifts and I'm on Centrelink now, can I drop to the free tier without "
     "losing my library? || Agent: Yes, purchased titles stay; only the monthly credits stop. || legend"),
    ("financial_hardship", "sensitive", "email",
     "Hi, I'm on SNAP right now and money is very tight. Is there any low-income discount for the Audio "
     "plan? I mostly use it on the bus to job interviews. Thanks, Dana"),
    ("financial_hardship", "sensitive", "agent_summary",
     "Agent summary: Caller is on a debt management plan with ClearPath Debt Advice and asked to cancel "
     "the lesson bundle and have the remaining 120 credit refunded to put towards arrears. Refund "
     "approved."),
    ("financial_hardship", "sensitive", "email",
     "Hi, the company I worked for folded and I haven't been paid for three months. I'll have to stop the "
     "drum lessons after this week. Is there a cancellation fee? I really can't pay it. Cheers, Callum"),
    ("financial_hardship", "sensitive", "chat",
     "Abeg make una cancel this subscription, they sacked me from work last week and I no get money at "
     "all. The card is empty so don't try to charge again. || Agent: I'm sorry to hear that. It's "
     "cancelled now; no further charges. || Thank you o"),
    ("financial_hardship", "sensitive", "thread",
     "Hi, I owe 180 for lessons from October. || Agent: I can see that. Would you like to pay now? || I "
     "can't, I'm between jobs and the landlord's served notice. could I do 20 a month? || Agent: Yes, "
     "I've set up a 9-month plan at 20 per month."),
    ("financial_hardship", "sensitive", "voicemail",
     "Hi it's Derek Mills, account ending 4471. The collections people keep ringing me about the "
     "Hollowpine balance. I've got nothing till my next payment and I'm maxed out on every card. Please "
     "call back so we can sort something."),
    ("financial_hardship", "sensitive", "email",
     "Dear Pagewise, I live on my pension credit alone and the price rise to 11.99 is more than I can "
     "manage. Is there a cheaper plan for audiobooks only? With thanks, Edna Blythe"),
    ("financial_hardship", "sensitive", "dm",
     "hey, I'm sofa-surfing since I lost my flat and I've only got my phone. will my audiobooks still "
     "work if I can't pay next month?"),
    ("financial_hardship", "benign", "chat",
     "I got charged twice for the Summer Pass, 9.99 x2 on my card statement. can one be refunded? || "
     "Agent: Yes, the duplicate is refunded, 3-5 days. || thanks"),
    ("financial_hardship", "benign", "review_reply",
     "4 stars. 'Bankrupt Baron' is a brilliant board game port but the AI forecloses on me every round "
     "3! || Agent: Ha, the Baron is ruthless. Try Easy mode."),
    ("financial_hardship", "benign", "email",
     "Hello, please can you send a VAT invoice for our company's 12 Tempo Tutors seats? Company: Fernhill "
     "Design Ltd, VAT GB 123 4567 89. Thanks, Accounts"),
    ("financial_hardship", "benign", "dm",
     "got evicted from my guild house because I didn't log in for 30 days lol, is there any way to "
     "recover my furniture?"),
    ("financial_hardship", "benign", "chat",
     "the Debt Collector quest in chapter 5 won't complete, the NPC never hands over the ledger. bug? || "
     "Agent: Yes, known issue, relog at the tavern to reset him. || worked"),
    ("financial_hardship", "benign", "sms",
     "card expired, how do i update payment details on the app"),
    ("financial_hardship", "benign", "email",
     "Your price increase from 8.99 to 10.99 is frankly cheeky. I'll be shopping around unless there's a "
     "loyalty discount. Terry"),
    ("financial_hardship", "benign", "web_form",
     "We're a debt advice charity and want to buy 20 Pagewise licences for our volunteers' training "
     "library. Can we get charity pricing? Contact: Yusuf Amin, Operations"),
    ("financial_hardship", "benign", "chat",
     "why am I charged in USD when I'm in Singapore? the conversion fee quite annoying lah || Agent: You "
     "can switch billing currency to SGD under Payments. || ok can"),
    ("financial_hardship", "benign", "agent_note",
     "Agent note: Customer queried why the gift card balance shows 0.00 after redeeming. Balance had been "
     "applied to the pending Deluxe pre-order. Explained; customer satisfied."),
    ("financial_hardship", "benign", "review_reply",
     "3 stars. The 'Repo Man' audiobook narrator is great but the sound levels jump around. || Agent: "
     "Thanks, a remastered version comes out next month."),
    ("financial_hardship", "benign", "thread",
     "Hi, can I get an invoice in my company's name for the lessons? || Agent: Sure, what name? || Kestrel "
     "Audio Ltd please, my boss reimburses training || Agent: Done, invoice re-issued."),
    ("financial_hardship", "benign", "chat",
     "the in-game bank won't let me withdraw more than 10k gold, is that a cap or is my character just "
     "broke lol"),
    ("financial_hardship", "benign", "email",
     "I read that lots of people are cutting subscriptions with the cost of living. Just wanted to say "
     "I'm keeping mine, great value! Any chance of a referral scheme? Ta, Bev"),
    ("financial_hardship", "benign", "dm",
     "is the student discount available for postgrads? does a uni email work?"),
    ("financial_hardship", "benign", "call",
     "Call summary: Caller asked why her bank flagged the Tempo Tutors charge as a foreign transaction. "
     "Explained our payment processor is in Ireland. Card fine; no action."),
    ("financial_hardship", "benign", "chat",
     "my cat walked across the keyboard and bought the Platinum skin pack, 2,400 coins. can I undo that? "
     "|| Agent: Since it's unused, I've reversed it. || she's banned from the desk now"),
    ("financial_hardship", "benign", "review_reply",
     "5 stars. The 'Poverty Row' noir audiobook collection is superb. || Agent: Thanks so much!"),
    ("financial_hardship", "benign", "email",
     "Hi, I want to pay for a year upfront for the piano lessons instead of monthly. Is there a discount? "
     "Thanks, Priyanka"),
    ("financial_hardship", "benign", "web_form",
     "Refund policy question: if I cancel mid-month, do I get a pro-rata refund or do I keep access until "
     "the end of the billing period?"),
    # ---- legal
    ("legal", "sensitive", "email",
     "Hi, my solicitor has advised me to request a copy of all my Natter messages from March to June for "
     "my employment tribunal. Please treat this as a subject access request. Thanks, Jordan Pike"),
    ("legal", "sensitive", "chat",
     "someone took over my Hollowpine account and sold my items. I've reported it to the police, crime ref "
     "14/88213/24. can you restore the items? || Agent: Thanks for the reference. I've locked the account "
     "and opened a recovery case. || ok thanks"),
    ("legal", "sensitive", "email",
     "Dear Tempo Tutors, your tutor Gary Lomax took 400 pounds for 10 lessons and turned up to two. I have "
     "issued a claim against him in the small claims court and need your records of the bookings. "
     "Regards, Siobhan"),
    ("legal", "sensitive", "agent_summary",
     "Agent summary: Caller says her brother was arrested on Saturday and his phone was seized by police. "
     "She asked us to lock his account. Explained we can only act on the holder's request or a formal "
     "law-enforcement request."),
    ("legal", "sensitive", "dm",
     "I have a protective order against my ex, issued last month. He keeps making new Natter accounts to "
     "find me. Can you block his device, not just the account?"),
    ("legal", "sensitive", "web_form",
     "Question for tutor onboarding: my enhanced DBS will show a conviction for theft from 2009. Will that "
     "stop me being listed as a guitar tutor? I'd rather be upfront about it."),
    ("legal", "sensitive", "sms",
     "cant do the 14th, im up in front of the magistrates that morning. can we swap to the 21st"),
    ("legal", "sensitive", "chat",
     "hi, can you deactivate my account for now? my bail conditions say no internet gaming until the "
     "hearing. dont want any issues || Agent: Understood, deactivated. You can reactivate any time by "
     "logging in. || please make sure it doesnt auto login then"),
    ("legal", "sensitive", "email",
     "Hi, my divorce lawyer needs the purchase history on our shared family account for the last two "
     "years. Can you export it as a PDF? Thanks, Michelle"),
    ("legal", "sensitive", "email",
     "My attorney will be contacting you about your decision to flag my account for chargeback fraud. I "
     "never disputed those charges. Please preserve all records. D. Hartley"),
    ("legal", "sensitive", "chat",
     "hi my probation officer needs written confirmation of which times I had lessons in August, is that "
     "something you can send? || Agent: Yes, I can email a booking statement. Which address? || the one "
     "on file thanks"),
    ("legal", "sensitive", "agent_note",
     "Agent note: Customer says she's being taken to court by her former landlord over damage to the flat "
     "and needs the receipt for the keyboard bought via our store to prove the date. Sent order "
     "confirmation."),
    ("legal", "sensitive", "email",
     "Respected sir/madam, my Hollowpine account was hacked and I have lodged an FIR at Andheri police "
     "station. Copy attached. Kindly restore my account and the 15,000 coins. Regards, Vikram Shah"),
    ("legal", "sensitive", "email",
     "Hello, I've been served a subpoena to give evidence in a civil case and I need my Natter chat logs "
     "with one user from last December. How do I download them? Alex"),
    ("legal", "sensitive", "chat",
     "need to cancel next week's lessons, I'm a witness at the Crown Court and the trial could run all "
     "week. sorry! || Agent: No problem, cancelled with no fee. Good luck."),
    ("legal", "sensitive", "email",
     "Hi, I've just got out of HMP Thornbury after two years and can't get into my old account. It's "
     "linked to an email I can't access any more. Can you help me recover it? Cheers, Dean"),
    ("legal", "sensitive", "dm",
     "hey, I'm one of the named plaintiffs in the class action against my old employer and my lawyer says "
     "to keep everything private. how do I make my Hollowpine profile completely private?"),
    ("legal", "sensitive", "agent_summary",
     "Agent summary: Customer has an immigration tribunal hearing next month and her barrister asked for "
     "proof of her continuous Tempo Tutors teaching income since 2021. Provided payout statements."),
    ("legal", "sensitive", "call",
     "Call transcript. Caller: The Gardai have my laptop as part of their investigation and I'm "
     "cooperating, but I need to log in on a new machine. Agent: No problem, I'll send a reset link to "
     "your phone. Caller: Grand, thanks."),
    ("legal", "sensitive", "chat",
     "do I need to disclose a police caution when I sign up as a tutor? I accepted one in 2018 || Agent: "
     "Tutors teaching in person need a basic check; the vetting team decides case by case. || ok fair"),
    ("legal", "benign", "review_reply",
     "5 stars. 'Objection, Your Honour!' is the best courtroom game I've played. || Agent: Thanks! Case 6 "
     "drops in spring."),
    ("legal", "benign", "chat",
     "got banned from the Ravenhold server for 'toxic behaviour' but I only typed gg. can you review? || "
     "Agent: Reviewed, it was an automated false positive. Ban lifted. || cheers"),
    ("legal", "benign", "email",
     "Hi, quick question about your Terms of Service: can I stream Hollowpine gameplay on my channel and "
     "monetise it? Thanks, Kai"),
    ("legal", "benign", "dm",
     "the Jail square in Tycoon Street keeps me stuck 5 turns instead of 3, is that a house rule setting?"),
    ("legal", "benign", "web_form",
     "We're a law firm looking to buy 25 Pagewise Professional seats for the legal textbooks collection. "
     "Please send pricing and the data processing agreement. Harriet Cole, Practice Manager"),
    ("legal", "benign", "chat",
     "is the 'Courtroom Eleven' audiobook abridged? the description doesn't say || Agent: It's unabridged, "
     "14 hours. || great"),
    ("legal", "benign", "agent_note",
     "Agent note: Customer asked whether tutors may teach copyrighted pop songs in lessons. Linked the "
     "guidance in the tutor handbook. No account action."),
    ("legal", "benign", "sms",
     "the Judge boss in act 3 is impossible, any tips? lol"),
    ("legal", "benign", "chat",
     "the Rogue's 'Arrest' skill doesn't stun the guards anymore since the patch"),
    ("legal", "benign", "email",
     "I saw in the news there's a lawsuit against some other company over loot boxes. Does Hollowpine sell "
     "loot boxes in the UK? Just curious as a player. Ta, Gemma"),
    ("legal", "benign", "review_reply",
     "2 stars. Police Pursuit Turbo is fun but the siren audio loops forever. || Agent: Audio fix "
     "incoming, sorry!"),
    ("legal", "benign", "thread",
     "Hi, I'd like to download all the data you hold about me. || Agent: You can request an export under "
     "Privacy > Download My Data. It takes up to 48 hours. || done, thanks"),
    ("legal", "benign", "chat",
     "Can I book lessons at the Tennis Court Cafe studio in Brighton? I saw a tutor lists it as a venue"),
    ("legal", "benign", "dm",
     "my 'Guilty Pleasures' playlist isn't syncing to the tablet"),
    ("legal", "benign", "call",
     "Call summary: Caller is a paralegal who wanted to confirm our registered company address for a "
     "supplier contract with her firm. Provided address. No account issue."),
    ("legal", "benign", "email",
     "Hi there, the 'Crooked Minds' audiobook series keeps resetting to episode 1 on my phone. Thanks, "
     "Bola"),
    ("legal", "benign", "chat",
     "is it against the rules to trade accounts? my mate wants to sell me his level 80 char || Agent: "
     "Account trading breaks section 4 of the ToS and both accounts can be suspended. || ah ok, won't then"),
    ("legal", "benign", "web_form",
     "If a tutor cancels repeatedly, what's your dispute process? Not in a dispute, just want to know "
     "before I book a bundle."),
    ("legal", "benign", "chat",
     "the Prison Break escape room map is bugged, the cell door opens before the timer runs out"),
    ("legal", "benign", "review_reply",
     "4 stars. Love the narration on 'The Barrister's Daughter'. || Agent: Thank you!"),
    # ---- special_categories
    ("special_categories", "sensitive", "chat",
     "Hi, can my evening lessons move to after 8pm during Ramadan? I'll be breaking my fast around 7:45 "
     "and can't play on an empty stomach lol || Agent: Of course, I've asked your tutor to shift to 8:15 "
     "for the month. || jazakallah khair"),
    ("special_categories", "sensitive", "email",
     "Hello, I keep Shabbat, so from Friday sunset to Saturday night I'm offline. The weekly streak "
     "resets every Saturday and I lose my bonus. Could observant users get a streak freeze? Thanks, "
     "Miriam"),
    ("special_categories", "sensitive", "agent_note",
     "Agent note: Customer is a Jehovah's Witness and asked us to stop birthday reward emails and remove "
     "the birthday badge from her profile. Birthday field cleared."),
    ("special_categories", "sensitive", "review_reply",
     "2 stars. As a Black woman I couldn't find a single avatar hairstyle that looks like my hair. || "
     "Agent: You're right, and we're sorry. The next avatar update adds locs, twists and afros."),
    ("special_categories", "sensitive", "chat",
     "kia ora, the name filter keeps rejecting my surname Te Whaiti as 'offensive'. I'm Maori and it's my "
     "actual name || Agent: Apologies, I've whitelisted it and reported the filter issue. || cheers"),
    ("special_categories", "sensitive", "email",
     "Hi, I'm a Labour councillor for Dunmore ward and people have been finding my Hollowpine profile and "
     "leaving political comments on it. Can I hide my real name and make the profile friends-only? "
     "Regards, Cllr Ruth Abara"),
    ("special_categories", "sensitive", "dm",
     "can I change my Natter status without it notifying everyone? I'm out canvassing for the Greens this "
     "weekend and don't want my old school group chat knowing lol"),
    ("special_categories", "sensitive", "thread",
     "Hi, I'm the Unite workplace rep at my depot and want to use a Natter group for our members. || "
     "Agent: Groups can have up to 500 members. || great, is there a way to stop management seeing who's "
     "in it? || Agent: Groups can be set to invite-only and hidden from search."),
    ("special_categories", "sensitive", "email",
     "Hello, as an NEU member I get a discount code from the union's benefits page for Tempo Tutors, but "
     "it's rejected at checkout. Code NEU-MUSIC-15. Thanks, Paul Dixon"),
    ("special_categories", "sensitive", "chat",
     "the dating-sim ads keep showing me women, I'm a gay man, can I turn off personalised ads? || Agent: "
     "Yes, Privacy > Ads > Personalisation off. || done ty"),
    ("special_categories", "sensitive", "dm",
     "hi! I'm Sarah on the account and my wife Jo wants to join our Pagewise family plan, but it only lets "
     "me add her as 'other adult', not 'spouse'. small thing but it'd be nice"),
    ("special_categories", "sensitive", "email",
     "Hi, please can the 'Spice Shelf' audiobooks be hidden from the shared listening history? My "
     "boyfriend and I listen to them together in bed and my parents use the same plan on their TV. "
     "Mortifying. Leah"),
    ("special_categories", "sensitive", "chat",
     "we're a polyamorous triad, three adults living together, can we have three partner slots on the "
     "plan instead of one? || Agent: Family plans allow up to 6 adult members; the 'partner' label is "
     "cosmetic. || ah good"),
    ("special_categories", "sensitive", "email",
     "Hello, I'm trans and my deadname still appears on my receipts and in my Tempo Tutors tutor profile "
     "URL. I changed it in settings months ago. Please fix. Thanks, Ellis"),
    ("special_categories", "sensitive", "chat",
     "can you add they/them to the pronoun options on Natter? I'm non-binary and he/she are the only "
     "choices || Agent: We added custom pronouns in 5.2, update the app. || oh nice"),
    ("special_categories", "sensitive", "web_form",
     "Since my transition my face doesn't match the photo on my old passport and the age check keeps "
     "failing. I have a new driving licence with my correct name and gender. Can I use that instead?"),
    ("special_categories", "sensitive", "email",
     "Hi, I accidentally uploaded my full GeneRoot DNA report to the Hollowpine 'Ancestor Quest' event "
     "instead of the screenshot. It has my raw genetic data in it. Please delete it from your servers. "
     "Owen Tait"),
    ("special_categories", "sensitive", "agent_note",
     "Agent note: Customer said her genetic test result showing she carries a BRCA2 variant was visible "
     "in a screenshot she posted in a Natter group. Removed the image and advised on privacy settings."),
    ("special_categories", "sensitive", "email",
     "Hello, your age check took a video scan of my face. I've finished verifying and I want my face scan "
     "and any biometric template deleted. Please confirm. Regards, Nadia Kowal"),
    ("special_categories", "sensitive", "chat",
     "the tutor app saved my fingerprint for quick login. I'm leaving, can you make sure my fingerprint "
     "data is deleted too? || Agent: The fingerprint stays on your device; we never receive it. Deleting "
     "the app removes it. || ok good"),
    ("special_categories", "benign", "chat",
     "will the Pride cosmetics bundle be back next June? missed it this year || Agent: Seasonal bundles "
     "usually return annually. || nice"),
    ("special_categories", "benign", "review_reply",
     "4 stars. Holy Paladin spec is finally viable in raids. || Agent: Glad you like the rework!"),
    ("special_categories", "benign", "dm",
     "our guild is called The Union lol and the name got flagged, can you unflag it?"),
    ("special_categories", "benign", "email",
     "Hi, the level 40 gate in 'Temple Dash' won't open. Tried reinstalling. Ben"),
    ("special_categories", "benign", "chat",
     "How do I leave a party in the lobby without leaving voice? || Agent: Party menu > Leave Party; voice "
     "stays in lobby chat. || ta"),
    ("special_categories", "benign", "web_form",
     "Question: will the in-game election event let me vote more than once a day? The candidate NPCs are "
     "hilarious."),
    ("special_categories", "benign", "email",
     "Hello, we'd like to book tabla and sitar tutors for our world music festival workshop series. We're "
     "an arts organisation; invoice to Riverside Arts Trust please."),
    ("special_categories", "benign", "chat",
     "the dragon breeding genetics are broken, two blue dragons gave me a red egg lol"),
    ("special_categories", "benign", "review_reply",
     "5 stars. The political thriller 'Westminster Burning' is gripping. || Agent: Thanks!"),
    ("special_categories", "benign", "sms",
     "when does the christmas sale end? want the deluxe edition"),
    ("special_categories", "benign", "chat",
     "does Pagewise support fingerprint unlock on Android? thinking of switching from a password || "
     "Agent: Yes, it uses your phone's built-in unlock. || cool"),
    ("special_categories", "benign", "agent_note",
     "Agent note: Customer asked whether the 'Church of the Void' faction questline is required for the "
     "ending. Confirmed it's optional."),
    ("special_categories", "benign", "dm",
     "the avatar skin tone slider resets to the default every time I log in, annoying bug"),
    ("special_categories", "benign", "email",
     "We're a trade association for music teachers and want to link our members' directory from Tempo "
     "Tutors. Who do we talk to about partnerships?"),
    ("special_categories", "benign", "chat",
     "the 'Labours of Hercules' audiobook is missing chapter 7"),
    ("special_categories", "benign", "call",
     "Call summary: Caller asked whether the face-scan age check is mandatory for Natter or whether ID "
     "upload is an alternative. Explained both options; caller hasn't started verification."),
    ("special_categories", "benign", "chat",
     "the 'Crusader' skin is showing as the default armour in my locker. bought it last night || Agent: "
     "Re-equip it from Cosmetics > Armour. || there we go"),
    ("special_categories", "benign", "dm",
     "the flag emotes pack has Atlantis but not Lemuria lol, can you add more fictional nations?"),
    ("special_categories", "benign", "review_reply",
     "3 stars. The 'Gospel Road' musical theatre course is fun for show practice but the backing tracks "
     "are quiet. || Agent: We'll boost the levels."),
    ("special_categories", "benign", "web_form",
     "Your privacy notice says you process biometric data for age estimation. Which vendor do you use and "
     "where are they based? Asking for our company's vendor review."),
    # ---- bereavement
    ("bereavement", "sensitive", "email",
     "Hello, my dad passed in February and I'd like to close his Pagewise account. He had about 300 "
     "audiobooks. Is there any way to transfer them to my account? Thank you, Anna Whitfield"),
    ("bereavement", "sensitive", "chat",
     "hi, my wife died last month. her audiobook library is on her account, can I keep listening? || "
     "Agent: I'm so sorry for your loss. We can move her purchases to your account with a death "
     "certificate. || I'll send it over"),
    ("bereavement", "sensitive", "sms",
     "sorry I missed the lesson, was at my nan's funeral. can we rebook for next week?"),
    ("bereavement", "sensitive", "dm",
     "lost my brother in the summer and his Hollowpine account still shows online every time I log in. "
     "it's like a punch. can his profile be memorialised?"),
    ("bereavement", "sensitive", "chat",
     "grandad's gone and he had the annual plan, his card is still getting charged. how do I stop it? || "
     "Agent: I'm so sorry. I can cancel and refund the most recent charge. || thank you, he loved the "
     "westerns"),
    ("bereavement", "sensitive", "email",
     "Hi, since Mum's cremation last week I've been going through her accounts. She had weekly harp "
     "lessons booked until December. Please cancel the rest and refund to her card. Regards, Sean"),
    ("bereavement", "sensitive", "chat",
     "Mam was waked on Tuesday and buried yesterday. she had the audiobook plan on my card, can you "
     "cancel it? || Agent: I'm very sorry for your loss. Cancelled, with this month refunded. || go raibh "
     "maith agat"),
    ("bereavement", "sensitive", "email",
     "Good morning. My father's burial is next Saturday in the village so I will travel home. Please help "
     "me to pause the lessons for three weeks. Thank you. Chinedu"),
    ("bereavement", "sensitive", "email",
     "Respected team, my father expired last week. His Pagewise account is linked to my mobile number. "
     "Kindly close it and stop the auto-debit. Regards, Pradeep Nair"),
    ("bereavement", "sensitive", "agent_note",
     "Agent note: Caller's husband passed away in October; she is locked out of the family plan because "
     "he was the account owner. Transferred ownership after verifying the death certificate."),
    ("bereavement", "sensitive", "email",
     "Dear Sir/Madam, I am the executor of my late aunt's estate, Mrs Joan Pettifer. Please close her "
     "Tempo Tutors account and confirm any credit balance. Yours faithfully, Graham Pettifer"),
    ("bereavement", "sensitive", "call",
     "Call transcript. Caller: My twin sister was killed in a car crash three weeks ago. Her Natter "
     "account still sends me 'say happy birthday' reminders. Agent: I'm so sorry. I'll switch off the "
     "reminders and we can memorialise her account."),
    ("bereavement", "sensitive", "chat",
     "Mum slipped away at the hospice on Sunday. The Pagewise reader was in her room and the nurses sent "
     "it home with us. can I wipe it and use it? || Agent: I'm so sorry. Yes, sign out under Settings > "
     "Device. || ok"),
    ("bereavement", "sensitive", "dm",
     "recently widowed and trying to sort all the subscriptions. can the Hollowpine sub move from her "
     "email to mine? she bought it for me"),
    ("bereavement", "sensitive", "chat",
     "rip dad, he was the one who got me into the game. can his account be left as is? dont want anyone "
     "taking his username || Agent: Yes, we can memorialise it so the name is never reissued. || ty"),
    ("bereavement", "sensitive", "web_form",
     "Request type: Account closure. Details: Death certificate for my mother attached. Please close her "
     "account and delete her data. I'm her son and next of kin."),
    ("bereavement", "sensitive", "chat",
     "Hi po, my lola passed last Friday, the wake is this week. She was the one paying for the family "
     "plan. Can I transfer it to my name po? || Agent: Our condolences. Yes, I can transfer billing to "
     "you. || Salamat po"),
    ("bereavement", "sensitive", "voicemail",
     "Hi, yes, it's Marcia calling about the account for Beverley Campbell. Mummy gone on last month, we "
     "had the nine-night Saturday. Please call me about stopping her subscription. Thanks."),
    ("bereavement", "sensitive", "thread",
     "Hi, can I move my lessons? || Agent: Sure, when to? || not for a few weeks please. my husband's "
     "funeral is on the 12th and I can't face the piano yet || Agent: I'm so sorry. I've paused "
     "everything for 6 weeks."),
    ("bereavement", "sensitive", "review_reply",
     "5 stars. After losing my wife the audiobooks got me through the nights. Thank you. || Agent: We're "
     "so sorry for your loss, and thank you for telling us."),
    ("bereavement", "benign", "chat",
     "my character died and I lost all the loot in my bag. is there a grave recovery? || Agent: Yes, your "
     "tombstone stays for 30 minutes at the death location. || brill"),
    ("bereavement", "benign", "sms",
     "are the servers dead tonight? cant connect to any lobby"),
    ("bereavement", "benign", "review_reply",
     "5 stars. 'Grave Harvest' is killing it. Best farming game with necromancy. || Agent: Thank you!"),
    ("bereavement", "benign", "dm",
     "RIP my save file lol, the update wiped 200 hrs. can you restore from the cloud?"),
    ("bereavement", "benign", "chat",
     "my dog passed away last week and I want to rename my in-game pet after him. is there a name change "
     "token? || Agent: Aww, sorry about your pup. Pet rename tokens are 100 coins in the shop. || thanks"),
    ("bereavement", "benign", "email",
     "Hi, 'The Widow's Peak' audiobook skips chapter 9. Can I re-download it? Thanks, Ruth"),
    ("bereavement", "benign", "chat",
     "The Funeral Singers are doing a livestream gig on Natter, how do I get in?"),
    ("bereavement", "benign", "web_form",
     "What happens to my purchased audiobooks when I die? Can they be left to someone in a will? Just "
     "planning ahead, nothing's wrong."),
    ("bereavement", "benign", "chat",
     "the Last Rites boss one-shots me at 50%. is that intended?"),
    ("bereavement", "benign", "agent_note",
     "Agent note: Customer asked about the 'In Loving Memory' tournament named after the late King "
     "Aldric in the game lore. Explained it's a seasonal event; rewards open 1 Nov."),
    ("bereavement", "benign", "email",
     "I heard the author of the Starfall Chronicles, Imelda Crane, has died. Will the final book still "
     "come out on Pagewise? Regards, Tunde"),
    ("bereavement", "benign", "review_reply",
     "3 stars. 'Dead Air' has great narration but long silences between chapters. || Agent: Fix coming."),
    ("bereavement", "benign", "sms",
     "you're killing me with these price rises lol. anyway can I pay annually"),
    ("bereavement", "benign", "chat",
     "the housing estate won't let me inherit my guildmate's plot after he quit. any way to transfer? || "
     "Agent: Plots can be transferred while both players are active. || ugh ok"),
    ("bereavement", "benign", "dm",
     "my tutor ghosted me, no reply for 2 weeks. can you check she's still on the platform?"),
    ("bereavement", "benign", "email",
     "Hello, could we book a tutor to coach a funeral march arrangement for our brass band's autumn "
     "concert? It's the Chopin march arranged for brass. Thanks, Secretary, Holloway Brass"),
    ("bereavement", "benign", "chat",
     "the mourning veil cosmetic is bugged, it shows as a bucket on my head lol"),
    ("bereavement", "benign", "call",
     "Call summary: Caller asked about our policy for accounts of deceased users, for the digital legacy "
     "guide she writes at her firm. Sent link to policy. No account action."),
    ("bereavement", "benign", "review_reply",
     "4 stars. I died laughing at the goose quest. || Agent: Glad you enjoyed it!"),
    ("bereavement", "benign", "thread",
     "my hamster Nibbles died, can I bring him back as a companion pet in the game? || Agent: Sorry for "
     "your loss! You can create a custom companion. || thanks, he'll be a wizard hamster now"),
    # ---- violence_self_harm
    ("violence_self_harm", "sensitive", "chat",
     "another player keeps sending me threats, says he knows where I live and posted my street name in "
     "chat. username Krol_99 || Agent: I've suspended Krol_99 and removed the messages. If you feel in "
     "danger please contact the police. || ok thanks"),
    ("violence_self_harm", "sensitive", "dm",
     "i dont want to be here anymore. just delete my account, it doesnt matter || Agent: I'm really glad "
     "you reached out, and you do matter. Can I stay chatting with you while you contact a crisis line or "
     "emergency services? || i dont know"),
    ("violence_self_harm", "sensitive", "email",
     "Hello, I've left my husband and I'm in a refuge now. He has my old password and I think he's using "
     "the family plan location to track me. Please remove him and hide my location. N"),
    ("violence_self_harm", "sensitive", "web_form",
     "Report type: Harassment. A user has been harassing me for three weeks across Natter, making a new "
     "account each time I block. Usernames: moonlit_x, moonlit_xx, moonlit_xxx."),
    ("violence_self_harm", "sensitive", "agent_note",
     "Agent note (T&S welfare): User posted photos of fresh cuts on her arm in the Late Night group and "
     "wrote that she'd been hurting herself again. Escalated to welfare team; resources sent."),
    ("violence_self_harm", "sensitive", "chat",
     "can you show me who has logged into my account? my husband checks my messages and gets angry if I "
     "talk to anyone. I'm scared to change the password in case he notices || Agent: You can view "
     "sessions privately in Settings > Security. If you're in danger, contact emergency services. || "
     "thank you"),
    ("violence_self_harm", "sensitive", "email",
     "Hi, a former student has been turning up outside the studio I teach from after my lessons and "
     "waiting by my car. Can I hide my studio address on my Tempo Tutors profile? Rhiannon, violin tutor"),
    ("violence_self_harm", "sensitive", "review_reply",
     "1 star. Someone posted my home address in the Hollowpine forums with 'see you soon'. Reported it 2 "
     "days ago and it's still up. || Agent: We're sorry. It's now removed and the account banned. Please "
     "contact your local police too."),
    ("violence_self_harm", "sensitive", "chat",
     "if you ban me ill kill myself. this game is all i have || Agent: I'm worried about what you've "
     "said. Are you safe right now? || idk. maybe"),
    ("violence_self_harm", "sensitive", "thread",
     "Hi, I need to report a tutor. || Agent: I'm sorry, what happened? || during the in-person lesson he "
     "grabbed my arm hard and shoved me against the wall when I said I wanted to stop. I've got bruises. "
     "|| Agent: That is serious. We've suspended the tutor pending investigation."),
    ("violence_self_harm", "sensitive", "dm",
     "thinking about ending it all tbh. anyway. how do I download my photos before I go"),
    ("violence_self_harm", "sensitive", "email",
     "Someone in voice chat said he'd 'send the SWAT team' to my house and then read out my address. I'm "
     "honestly shaken. His tag is Hexfire#2201. Marcus"),
    ("violence_self_harm", "sensitive", "sms",
     "someone keeps sending me pics of knives with my name written on paper next to them on natter. im "
     "scared to leave the house"),
    ("violence_self_harm", "sensitive", "chat",
     "my flatmate threw my controller at my head last night and now he's deleting my saves out of spite. "
     "can I lock my console profile? || Agent: Yes, set a profile PIN under Account > Security. Are you "
     "safe? || staying at a mate's tonight"),
    ("violence_self_harm", "sensitive", "web_form",
     "Someone I met on Natter is threatening to send intimate photos of me to my family unless I pay 500 "
     "in gift cards. Please help."),
    ("violence_self_harm", "sensitive", "agent_summary",
     "Agent summary: During a billing chat the user said she'd taken too many pills last night on purpose "
     "and was 'fine now'. Agent stayed in chat, shared emergency contacts and escalated to welfare."),
    ("violence_self_harm", "sensitive", "dm",
     "written my goodbye letters. just wanted to say thanks to the mods in the Cozy Corner server, they "
     "were always kind to me"),
    ("violence_self_harm", "sensitive", "email",
     "I'm reporting a group who follow me into every lobby and scream slurs and 'go hang yourself' at me. "
     "It's been nightly for a month. I've attached clips. Please do something."),
    ("violence_self_harm", "sensitive", "call",
     "Call transcript. Caller: My ex punched me in March and I've moved since. He keeps messaging my Natter "
     "account asking where I am. Agent: I'm sorry. I can block him across devices and hide your "
     "last-seen. Caller: Please."),
    ("violence_self_harm", "sensitive", "chat",
     "the guy from my guild turned up at my work after I blocked him and followed me to the bus stop. how "
     "do I make sure he can't see when I'm online? || Agent: Turn on Invisible mode. This is serious, "
     "please consider reporting it. || ok"),
    ("violence_self_harm", "benign", "chat",
     "kill streak counter resets after 10, shouldn't it go to 25 for the orbital strike?"),
    ("violence_self_harm", "benign", "review_reply",
     "5 stars. Headshots in 'Last Stand Squad' feel so satisfying. || Agent: Thanks!"),
    ("violence_self_harm", "benign", "sms",
     "I could murder a coffee and this lag is killing me. servers ok?"),
    ("violence_self_harm", "benign", "email",
     "Hi, where can I find your harassment and abuse reporting policy? I moderate a community server and "
     "want to link to it in our rules. Jay"),
    ("violence_self_harm", "benign", "dm",
     "someone's abusing the wall glitch on the Slaughterhouse map to spawn-camp. can you patch it?"),
    ("violence_self_harm", "benign", "chat",
     "the assault rifle skin 'Crimson Fang' isn't showing in my loadout || Agent: Relog and it'll sync. "
     "|| there it is"),
    ("violence_self_harm", "benign", "review_reply",
     "4 stars. The 'Bruised Orchard' thriller audiobook is dark but brilliant. || Agent: Thank you!"),
    ("violence_self_harm", "benign", "email",
     "Hello, the Blade Choir tribute night on your events page, is it a livestream or in person? Dev"),
    ("violence_self_harm", "benign", "chat",
     "can a tutor teach me cymbal chokes? its for a metal cover || Agent: Yes, drum tutors tagged 'Metal' "
     "cover it. || sick"),
    ("violence_self_harm", "benign", "thread",
     "my cat attacks my headphone cable every time I practise. || Agent: Ha! Wireless headphones work "
     "with the lessons app. || good shout, ordering some"),
    ("violence_self_harm", "benign", "agent_note",
     "Agent note: Customer asked why the 'Threat Level' indicator in Shadow Ops is always red. Explained "
     "it shows mission difficulty. No further action."),
    ("violence_self_harm", "benign", "chat",
     "the self-destruct button in the mech customiser does nothing. bug?"),
    ("violence_self_harm", "benign", "web_form",
     "If someone sends threats in chat, do you share their details with the police? Asking generally, "
     "for a uni essay on platform moderation."),
    ("violence_self_harm", "benign", "email",
     "Our martial arts club wants to buy the 'Dojo Beats' workout playlist licence for classes. Invoice "
     "to Ironbridge Karate Club please."),
    ("violence_self_harm", "benign", "dm",
     "the Hitman's Hold quest giver disappeared after I completed the contract"),
    ("violence_self_harm", "benign", "review_reply",
     "3 stars. The fight scenes in 'Iron Saints' drag a bit. || Agent: Thanks for the feedback!"),
    ("violence_self_harm", "benign", "chat",
     "this boss is brutal, I got absolutely destroyed 40 times. any hints? || Agent: Dodge left on the "
     "third swing. || finally beat it!!"),
    ("violence_self_harm", "benign", "call",
     "Call summary: Caller is a journalist asking for comment on our new anti-harassment tools. Passed to "
     "the press office. No account issue."),
    ("violence_self_harm", "benign", "sms",
     "cut the intro off my recorded lesson pls, just want the solo. how do i trim it"),
    ("violence_self_harm", "benign", "chat",
     "the 'Domestic Bliss' decor pack I bought won't place in my house, says no room || Agent: Each plot "
     "holds 50 decor items and you're at 50. || oh lol"),
]


def fable_examples() -> list[dict]:
    """The fable split as labelled tickets (same shape as ``sensitive_eval.build_eval_set``'s)."""
    return stranger_examples("fable", ENTRIES, SUBJECTS)
