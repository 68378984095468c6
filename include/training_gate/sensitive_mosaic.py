"""Mosaic split: written by a helper who had not seen the detection rules, the anchors or any other split.
Setting: support traffic for a cycle/fertility, sleep and nutrition tracking app, an online sexual-health and
contraception pharmacy, a DNA and home health-test kit company, a wedding and honeymoon planner and a photo-sharing
cloud, through email, chat, SMS, voicemail and call transcripts, web forms, DMs, app reviews with replies and agent
notes, in UK, Irish, Scottish, US, Indian, Nigerian, South African, Australian and Filipino English. The benign half
reuses each category's vocabulary through product, venue and brand names, idioms, pets, fiction, hypotheticals,
business buyers, policy questions and routine billing, without revealing anything sensitive about anyone.
First reading (policy 2026.11.13, before any change made in response to it; `sensitive_eval.evaluate`, as `make
eval-sensitive`): 90.0 / 3.6 recall / false exclusion in % as shipped, 91.4 / 10.0 without the overruling, 84.3 /
9.3 by the rules alone. Then read while tuning the rules, and trained on by the classifier."""

from __future__ import annotations

from training_gate.sensitive_blind import stranger_examples

SUBJECTS: tuple[str, ...] = (
    "Question about my account",
    "Order update",
    "Help with the app",
    "Booking enquiry",
    "Subscription query",
    "Re: your recent message",
    "Photo upload problem",
    "Change to my order",
    "Delivery question",
    "Feedback",
    "Invoice request",
    "Quick question",
    "Wedding planning follow-up",
    "Test kit query",
)

ENTRIES: list[tuple[str, str, str, str]] = [
    # ---- health
    ("health", "sensitive", "email",
     "Hi, since I was diagnosed with PCOS in March my cycles have been all over the place and the app keeps "
     "predicting my period on completely the wrong days. Is there a setting for irregular cycles? Thanks, Maren"),
    ("health", "sensitive", "chat",
     "hi, quick question before I check out the emergency contraception || Agent: Hi there, of course, what "
     "would you like to know? || I've been on sertraline 100mg for about two years, is it ok with that? || "
     "Agent: Thanks for telling us. Our pharmacist will review the order and message you within the hour "
     "before it ships."),
    ("health", "sensitive", "agent_note",
     "Customer called about the sleep tracker flagging low blood oxygen overnight. States her cardiologist has "
     "put her on the waiting list for an overnight study for suspected sleep apnoea and she wants the SpO2 "
     "history as a PDF to take to the clinic. Walked her through Settings > Export. No further action."),
    ("health", "sensitive", "web_form",
     "Order no: GK-448120. Message: I can't produce much saliva because of Sjogren's, I tried for 20 minutes "
     "and only got halfway to the line. Is there a cheek swab version of the ancestry kit you could swap it for?"),
    ("health", "sensitive", "review_reply",
     "2/5. Love the design but the nutrition log is useless for us type 1s. I bolus before every meal and need "
     "carbs in grams, not 'portions'. Please fix. || Developer reply: Thanks for the feedback! Gram-level carb "
     "logging is in testing and should land in version 6.2 next month."),
    ("health", "sensitive", "email",
     "Hello Priya, could we move the menu tasting from the 14th? I'm in the middle of chemo and it's every "
     "other Thursday until the end of May, so Thursdays are a write-off for me. Any Tuesday would work. "
     "Best, Gemma Hollis"),
    ("health", "sensitive", "chat",
     "hi there, is there any way to get back photos that were deleted in Feb? || Agent: Deleted items stay in "
     "Recently Deleted for 60 days, after that we can sometimes restore from backup. What happened? || I was in "
     "the Mater for three weeks after a stroke and himself was clearing space on my phone, bless him. Grand if "
     "you can't, but there's a few lovely ones in there || Agent: Sorry to hear that. I've opened a restore "
     "request, you should see them within 48 hours."),
    ("health", "sensitive", "thread",
     "Agent: Hi Lerato, your repeat order of Rigevidon is due to dispatch on Monday. Shall we keep it active? "
     "|| No please cancel it. I found out I'm 11 weeks pregnant so I won't need it for a while haha || "
     "Agent: Congratulations! I've cancelled the repeat and no payment will be taken. || Thanks, ja that's all"),
    ("health", "sensitive", "sms",
     "hi its Dee, cant do the dress fitting tmrw sorry!! they moved my lithium bloods to 10am and its right "
     "across town. is fri any good? x"),
    ("health", "sensitive", "voicemail",
     "Hi, it's Tomasz Nowak calling about the Bali booking, reference HN-2291. My fiancee has used a wheelchair "
     "since her spinal injury, so I need to check the villa really is step-free, including the bathroom. Can "
     "someone call me back on 07700 900418? Thanks."),
    ("health", "sensitive", "dm",
     "hey, does the app let me log progesterone pessaries and the transfer date? we're on our third round of "
     "IVF and I'm trying to keep everything in one place instead of six spreadsheets"),
    ("health", "sensitive", "call",
     "Caller: I just want to check, I'm on Biktarvy, will that mess with the home test results at all? || "
     "Agent: It won't affect the chlamydia or gonorrhoea parts. The HIV part of the kit wouldn't be useful for "
     "you, so I can swap it for the two-infection kit if you like. || Caller: Yeah do that please, saves me a "
     "few quid."),
    ("health", "sensitive", "agent_summary",
     "Customer asked if her cholesterol finger-prick kit results will still be valid as she started "
     "atorvastatin 20mg two weeks ago after a heart scare. Advised the test is valid and to note the "
     "medication on the lab form. Resolved."),
    ("health", "sensitive", "email",
     "Dear Support, I'm registered partially sighted with macular degeneration and the new web interface has "
     "tiny light-grey icons I simply cannot see. Is there a high-contrast mode, or can the old layout be "
     "brought back? Regards, Harold Petrie"),
    ("health", "sensitive", "chat",
     "the sleep score is honestly pointless for me mate || Agent: Sorry to hear that! What's not working? || "
     "i do night shifts and my GP's had me on zopiclone since xmas, so it just says 'poor' every single day. "
     "can i turn the score off and keep the raw hours? || Agent: Yep, Settings > Sleep > Show score, toggle it "
     "off and you'll just see hours."),
    ("health", "sensitive", "web_form",
     "Feature request: can I hide calorie numbers completely? My dietitian at the eating disorders service "
     "says I shouldn't see them while I'm in recovery, but I still want to log meals to show her in our "
     "sessions."),
    ("health", "sensitive", "thread",
     "Agent: Hi both, the caterer has sent the draft menu for the 9th, attached. Any dietary needs we should "
     "pass on? || Just one, Sam's coeliac so his plate has to be properly gluten free, not just 'no bread'. "
     "Separate board for the cake too please. || Agent: Noted, I'll get written confirmation from the kitchen."),
    ("health", "sensitive", "review_reply",
     "5 stars. I get migraines with aura so the combined pill is a no for me, and the pharmacist here actually "
     "checked that before switching me to the mini pill. Fast delivery too. || Reply: Thanks so much, we're "
     "glad the consultation helped!"),
    ("health", "sensitive", "agent_note",
     "Account locked after 9 failed logins. Customer explained her short-term memory hasn't been the same since "
     "the brain injury last autumn and she writes passwords down then loses the note. Verified ID via card, "
     "reset password, suggested passkey login."),
    ("health", "sensitive", "email",
     "Hi, I had a bone marrow transplant in 2021 and I've read the saliva sample might pick up my donor's cells "
     "instead of mine. Should I still do the kit or is there another way? Kind regards, Oluwaseun"),
    ("health", "benign", "chat",
     "the app is dead again after the update, sleep tab just spins forever || Agent: Sorry! Could you try "
     "logging out and back in? || did that, still spinning || Agent: Thanks, it's a known bug in 5.8.1, the "
     "fix goes out tonight."),
    ("health", "benign", "email",
     "Hi, I've been charged twice for Healthy Habits Pro this month (GBP 4.99 on the 2nd and again on the 3rd). "
     "Can you refund one of them? Thanks, Ciaran"),
    ("health", "benign", "email",
     "Hello, we are a community health centre in Leeds and want to order 200 boxes of condoms for our waiting "
     "room every quarter. Do you offer trade accounts with invoicing on 30-day terms? Regards, Procurement, "
     "Kirkgate Wellbeing Hub"),
    ("health", "benign", "web_form",
     "Venue: The Old Infirmary, Bristol. Question: is there parking on site for about 40 cars, or should we "
     "book the car park next door for the guests?"),
    ("health", "benign", "chat",
     "hi, the dog DNA kit for Biscuit says 'sample rejected'. she's a lab cross and I swabbed her cheek like the "
     "video shows || Agent: Sorry about that, it looks like the swab dried out too long before posting. I'll "
     "send a free replacement kit today. || thank you!"),
    ("health", "benign", "review_reply",
     "3 stars. Health score widget doesn't update on the lock screen until I open the app. Otherwise solid for "
     "steps and water. || Developer reply: Thanks! Widget refresh is fixed in the next build."),
    ("health", "benign", "email",
     "Before I sign up, does your 'medication reminders' feature go by text or by email? I'm comparing a few "
     "apps for an article on online pharmacies. Thanks, Rae (freelance tech writer)"),
    ("health", "benign", "dm",
     "hi! genuine question for a comparison video: if a user logs a positive pregnancy test, does the app switch "
     "to pregnancy mode automatically or do they have to turn it on themselves?"),
    ("health", "benign", "chat",
     "How do I turn off the fertility window prompts? I only downloaded it for sleep and water tracking, I "
     "don't want the cycle stuff at all || Agent: Settings > Tracking > uncheck Cycle. || sorted, thanks"),
    ("health", "benign", "thread",
     "Your email said 'Mental Health Awareness Week - 20% off annual' but the code MHAW20 says expired at "
     "checkout. It's only Tuesday? || Agent: Apologies, the code was set up with the wrong end date. It's "
     "fixed now, please try again. || worked, ta"),
    ("health", "benign", "sms",
     "Hiya, DJ says the sound system is sick and he'll bring it Sat, but can the venue confirm there's a 3-pin "
     "socket near the stage? Ta, Jodie"),
    ("health", "benign", "email",
     "Good afternoon, we're a chain of 14 independent pharmacies evaluating your home health-test kits for "
     "retail. Are the cholesterol and vitamin D kits UKCA marked, and what is the trade price per 50? Kindly "
     "revert at the earliest. Regards, Anil Mehta, Buying Manager"),
    ("health", "benign", "chat",
     "uploading stills from our student short film, it's set on a hospital ward, and the shared link gives a "
     "403 to anyone outside the uni || Agent: The link is restricted to your organisation. Change it to "
     "'Anyone with the link' under Share. || ah that's it, cheers"),
    ("health", "benign", "web_form",
     "Just browsing before I order anything: what's your returns policy on unopened medicines? The FAQ page "
     "link is broken."),
    ("health", "benign", "review",
     "Barcode scanner reads Doctor's Choice oat granola as 0 kcal per 100g lol. Please fix your food database. "
     "2 stars until then"),
    ("health", "benign", "thread",
     "my watch says I slept 14 hours last night, I wish || Agent: Haha, that does sound suspicious! Was the "
     "watch on its charger overnight? || yes... || Agent: That'll be it, charging time is being logged as "
     "stillness. We're fixing this in the next update."),
    ("health", "benign", "email",
     "Hi, quick comparison question: does your Maldives honeymoon package include travel and medical insurance "
     "as standard, or is it an add-on? We're weighing up three quotes. Cheers, Callum & Chloe"),
    ("health", "benign", "chat",
     "album called 'Blood Moon 2025' won't upload, stuck at 43%. they're just eclipse pics from the garden || "
     "Agent: Thanks, can you try pausing and resuming the upload? || that did it"),
    ("health", "benign", "review_reply",
     "Doesn't sync with Calm Mind Plus any more since the update. Used to pull my meditation minutes fine. "
     "|| Developer reply: Thanks! Calm Mind changed their API, we're rebuilding the connection now."),
    ("health", "benign", "agent_note",
     "Customer queried the GBP 3.95 delivery fee on her vitamin D and multivitamin order; explained free "
     "delivery starts at GBP 20. She added fish oil to reach the threshold. Closed."),
    # ---- children
    ("children", "sensitive", "chat",
     "can I make a child account for my 9yo? she keeps deleting the shared album from the family iPad lol || "
     "Agent: Yes! Family plan > Add member > Child (under 13). You'll approve anything she deletes. || perfect ty"),
    ("children", "sensitive", "email",
     "Hello, my daughter is 14 and wants to start tracking her cycle. Is your app suitable for under-16s, and "
     "can I see her data from my own account? Thank you, Natalia"),
    ("children", "sensitive", "web_form",
     "Can I buy the ancestry kit for my son as well? He's in Year 4 and obsessed with Vikings. Do you need "
     "anything from me as his parent for the consent?"),
    ("children", "sensitive", "email",
     "Hi Fern, small thing for the cake: our niece Ava is the flower girl and she turns six the week of the "
     "wedding. Could the bakers do a mini cake with a '6' on it for the top table? Thanks, Rory & Beth"),
    ("children", "sensitive", "agent_note",
     "Caller wants the public link to 'Oakridge Grade 7 trip' taken down. Album shows her son and his "
     "classmates with first names captioned and the school name in the title. Link disabled, caller advised "
     "to review sharing settings."),
    ("children", "sensitive", "chat",
     "hi, my daughter is in the middle of her GCSEs and wants to go on the pill to sort her periods out, can she "
     "do the online consultation herself or do I have to? || Agent: For patients under 16 we need to speak to "
     "them directly with a parent or guardian present. We can book a video call. || ok, we'll book one for "
     "after school on Thursday"),
    ("children", "sensitive", "email",
     "Hi, change of plan, we're bringing my stepson Jaden on the honeymoon after all. He's eleven - does he need "
     "his own passport for Mauritius or can he go on his mum's? And can the villa add a single bed? Thanks, "
     "Marcus"),
    ("children", "sensitive", "thread",
     "My ex keeps adding and deleting photos in the boys' shared album || Agent: You're the plan owner, so you "
     "can change his permissions to view-only. || He has them every other weekend under the custody order so I "
     "don't want to block him, just stop the deleting || Agent: View-only does exactly that."),
    ("children", "sensitive", "chat",
     "is there a way to log someone else's sleep? I track my toddler's naps too, she's in nursery three days a "
     "week and I want to compare nap days vs home days || Agent: You can add a dependant profile under "
     "Family. || oh nice"),
    ("children", "sensitive", "email",
     "Hello, I'm trying to upload about 500 photos from Sofia's first communion on Sunday and the app keeps "
     "stopping at 120. I'm on Wi-Fi. Can you help? Gracias, Marisol"),
    ("children", "sensitive", "dm",
     "Hi there, my wee one's in P6 and her class are making a shared album for their project. Can I give her a "
     "login that's locked to just that album?"),
    ("children", "sensitive", "chat",
     "does the app need you to be 16? my son turns 15 next month and wants the running plans || Agent: Users "
     "aged 13 to 15 can join with a parent-linked account. || ok how do I link it"),
    ("children", "sensitive", "dm",
     "hello po, is the teen plan available for my 13 yr old twins? they both want the sleep tracker for school "
     "nights. thank you po"),
    ("children", "sensitive", "agent_summary",
     "Mum reports her son Kofi (Form 2, St Aidan's Grammar, Accra) made the family album public by mistake. "
     "Link revoked, album set to private, 2FA enabled on his sub-account."),
    ("children", "sensitive", "email",
     "Hi, our baby girl arrived on 3 June and we've already hit the 50GB limit (oops). Can I upgrade mid-month "
     "and only pay the difference? Thanks, Tom"),
    ("children", "sensitive", "call",
     "Caller: The ring bearer's my nephew Ollie, he's only four, so can he sit with us at the top table instead "
     "of the kids' table? || Agent: Of course, I'll ask the venue for a booster seat. || Caller: Brilliant."),
    ("children", "sensitive", "web_form",
     "Order: HT-90312. My twelve-year-old did the ancestry swab herself as a birthday treat. The form asks for "
     "a date of birth - should I put hers (14/02/2013) or mine since I'm the account holder?"),
    ("children", "sensitive", "email",
     "Hi, I'm setting up the meal planner for my son. He's 16, plays rugby for the county under-17s and the "
     "default targets look way too low. Can I set custom macros on a linked account? Cheers, Dean"),
    ("children", "sensitive", "thread",
     "Agent: Hi, your order for the acne cream has been paused for a pharmacist check. Who is the cream for? "
     "|| It's for my daughter Niamh, she's in Year 10. || Agent: Thank you, the pharmacist will call to ask a "
     "couple of questions about her skin."),
    ("children", "sensitive", "review_reply",
     "1 star. Family sharing put my son Liam's Grade 2 school photos in my sister's 'Memories' feed. Not ok. "
     "|| Reply: We're really sorry. Memories now respects per-album sharing; please contact us so we can "
     "check your settings."),
    ("children", "benign", "email",
     "Hi, do you do a kids' menu for the reception, and what's the price per head compared with adults? Just "
     "budgeting at this stage. Thanks, Aoife"),
    ("children", "benign", "chat",
     "my baby boy is on every page of my camera roll haha, he's a 3 year old beagle. is there face grouping "
     "for pets like you have for people? || Agent: Pet albums are coming in the next release!"),
    ("children", "benign", "review",
     "Little Sprouts photobook template keeps crashing on page 12. Ordered the Wanderlust one instead and it "
     "worked fine. 3 stars"),
    ("children", "benign", "email",
     "Hello, I'm the IT coordinator at a secondary school reviewing apps for our safeguarding policy. Does "
     "your wellness app allow accounts for under-13s, and where is your children's privacy notice? Regards, "
     "D. Okafor"),
    ("children", "benign", "email",
     "Hi Priya, we've decided on an adults-only wedding. Could you suggest polite wording for the invitations "
     "that won't upset anyone? Thanks, Josh & Imani"),
    ("children", "benign", "chat",
     "I'm illustrating a children's picture book and the colour profile changes when I upload PNGs, the reds "
     "go orange || Agent: Please turn off 'Optimise for web' in upload settings. || fixed, thanks"),
    ("children", "benign", "chat",
     "honestly the new editor is like dealing with a toddler, it throws a tantrum every time I crop || Agent: "
     "Ha, sorry! Which device? || pixel 7, latest app || Agent: Thanks, we've logged it with the team."),
    ("children", "benign", "web_form",
     "Company: Bright Acorns Nursery Ltd. Enquiry: We'd like a business plan for 12 staff for storing our "
     "marketing photos and newsletters. Do you offer invoiced annual billing?"),
    ("children", "benign", "email",
     "Hiya, the farm venue has baby goats in spring, can we do photos with them or is that up to the farm? "
     "Cheers, Lou"),
    ("children", "benign", "sms",
     "Hi, confirming the Old Schoolhouse venue for the rehearsal dinner on Fri 6pm, 22 guests. Thanks, Paddy"),
    ("children", "benign", "email",
     "Hi, the tribute act we booked through you is called The Kids Are Alright and their invoice still hasn't "
     "come through. Could you chase it? Thanks, Greta"),
    ("children", "benign", "chat",
     "if we ever add kids to the family plan later does the price go up? it's just the two of us for now || "
     "Agent: The family plan covers up to 6 people at the same price. || great"),
    ("children", "benign", "web_form",
     "I'm buying the ancestry kit as a gift for my dad's 70th. Can it be shipped to his address with no price "
     "on the packing slip?"),
    ("children", "benign", "chat",
     "my playlist called 'Teen Spirit 2009' disappeared from the music tab in the wedding planner, can you "
     "restore it?"),
    ("children", "benign", "thread",
     "We're childhood sweethearts and want a 'then and now' slideshow at the reception || Agent: Lovely! "
     "Upload to the shared folder and our AV team will build it. || what format do they need? || Agent: JPG "
     "or PNG, max 20MB each."),
    ("children", "benign", "chat",
     "do you stock children's factor 50 sunscreen or just adult? want to add it to my order before it ships"),
    ("children", "benign", "agent_note",
     "Customer asked how to use 'Parental controls' on the photo TV app - she wants to stop her own accidental "
     "purchases on the living room TV. Walked through PIN setup."),
    ("children", "benign", "review",
     "The 'Mini Me' matching outfit filter is adorable on my dog and me. 5 stars, no notes"),
    ("children", "benign", "email",
     "Saw the news about schools banning phones - does that affect the class photo-sharing feature you "
     "advertised last year? Asking as a photographer who does school portraits. Best, Wale"),
    ("children", "benign", "dm",
     "no kidding, I've reset my password 4 times this week. can you check why my account keeps signing me "
     "out? || Agent: Nothing unusual on our side, it looks like your password manager is saving an old one."),
    # ---- financial_hardship
    ("financial_hardship", "sensitive", "email",
     "Dear Priya, I'm so sorry to do this but I lost my job in January and I can't pay the remaining GBP 4,200 "
     "balance by the 1st. Is there any way to spread it or move the date? Regards, Hannah Kowalczyk"),
    ("financial_hardship", "sensitive", "chat",
     "hi is there a cheaper tier? im on UC now and 9.99 a month is a lot || Agent: We do have a reduced plan "
     "at 2.99 for people receiving certain support, I'll send the link. || thank u so much"),
    ("financial_hardship", "sensitive", "email",
     "Hi, please can you pause my subscription rather than cancel it? The bailiffs took the laptop on Tuesday "
     "and I don't want to lose 15 years of photos while I sort things out. Thanks, Gary"),
    ("financial_hardship", "sensitive", "thread",
     "I've had a letter from Harcourt Recoveries saying I owe you 71.88 || Agent: I'm sorry about that. I can "
     "see two failed annual payments that were passed to our collection partner. || I couldn't pay because "
     "I'm behind on everything, can it come off them and go on a plan with you directly? || Agent: Yes, I've "
     "recalled it and set up 6 monthly payments of 11.98."),
    ("financial_hardship", "sensitive", "agent_note",
     "Customer is in an IVA and her insolvency practitioner won't allow new credit agreements, so she can't "
     "use the pay-monthly option for the honeymoon. Offered staged bank-transfer payments instead; she'll "
     "confirm by Friday."),
    ("financial_hardship", "sensitive", "web_form",
     "Please change my delivery address for the pill subscription. We were evicted last week and I'm staying "
     "at my sister's for now: Flat 2, 14 Cable Row, Salford M5 9ZZ."),
    ("financial_hardship", "sensitive", "chat",
     "good afternoon, abeg can I cancel the meal plan subscription, I cannot buy those groceries again, we are "
     "collecting from the food bank this month. how far with refund for the 3 days? || Agent: Sorry to hear "
     "this. I've cancelled it and refunded the unused days. || thank you, God bless"),
    ("financial_hardship", "sensitive", "email",
     "Hi there, I was made redundant on Friday so I need to cancel the premium health upgrade I ordered. The "
     "kit hasn't shipped yet. Thanks a million, Siobhan"),
    ("financial_hardship", "sensitive", "email",
     "To whom it may concern, I was declared bankrupt on 3 March. The Official Receiver has asked me to cancel "
     "all non-essential subscriptions, including your photo storage plan. Please confirm in writing. "
     "Derek Amanfo"),
    ("financial_hardship", "sensitive", "chat",
     "can I just order one month this time instead of the 3-month pack? || Agent: Of course, I'll switch you "
     "to monthly. || thanks. had a final demand on the gas and I'm behind on council tax, it's been a rough "
     "winter"),
    ("financial_hardship", "sensitive", "sms",
     "hi its Keisha, need to push the dress payment to end of month. landlord's served notice over the rent "
     "arrears so everything's upside down rn"),
    ("financial_hardship", "sensitive", "dm",
     "took out a payday loan to cover the deposit and now I can't make the repayments, is there ANY chance of "
     "getting the 500 deposit back?? the venue's still 8 months away"),
    ("financial_hardship", "sensitive", "email",
     "Hello, I live on PIP and ESA so I can't stretch to the annual plan. Is the monthly price fixed or will it "
     "go up? Thanks, Margaret"),
    ("financial_hardship", "sensitive", "chat",
     "hey, I got laid off last week and need to downgrade to the free plan but I'm over the storage limit. will "
     "you delete my stuff? || Agent: No, we keep everything read-only for 12 months so you won't lose "
     "anything. || ok thats a relief"),
    ("financial_hardship", "sensitive", "thread",
     "Agent: Hi Thabo, your honeymoon balance of R38,000 is due on the 28th. || Ja, I'm aware. I had to sell "
     "the bakkie to cover the bond payments after the business went under, so can we talk about dropping to "
     "the 5-night option? || Agent: Absolutely, I'll send revised quotes today."),
    ("financial_hardship", "sensitive", "email",
     "Hi, I've just started a debt management plan through a charity and they've asked me to list all my "
     "direct debits. Can you send a statement for my wellness subscription and tell me the cheapest way to "
     "keep it? Ta, Bryony"),
    ("financial_hardship", "sensitive", "call",
     "Caller: My bank's frozen my card because I'm over the overdraft and they're taking everything that "
     "comes in, so your payment bounced. || Agent: I understand. I'll hold your order for 14 days, no charge. "
     "|| Caller: Thank you, honestly."),
    ("financial_hardship", "sensitive", "email",
     "Dear both, with a heavy heart we need to cancel. Dev's restaurant closed in April and we're now two "
     "months behind on the mortgage. We understand the deposit is non-refundable but ask if any of it can be "
     "returned. Anjali & Dev"),
    ("financial_hardship", "sensitive", "web_form",
     "Reason for cancellation: Signing on at the Jobcentre since the factory shut, can't justify 7.99 on photo "
     "storage. Please export my albums first."),
    ("financial_hardship", "sensitive", "agent_summary",
     "Customer disputes our collection letter; she says a CCJ was already registered against her for the same "
     "120 by the previous agency and she has no means to pay. Escalated to Credit Control to check for "
     "duplicate pursuit."),
    ("financial_hardship", "benign", "chat",
     "my card got declined, I have a new one now, can you retry the payment? || Agent: Sure, please update it "
     "under Billing and we'll retry automatically within an hour. || done"),
    ("financial_hardship", "benign", "email",
     "Hi, I was charged twice for my photo plan on 1 Nov (two lots of 2.49). Can you refund the duplicate? "
     "Order ref PC-77120. Thanks, Jonas"),
    ("financial_hardship", "benign", "chat",
     "this upload bug is going to bankrupt my patience lol. 3rd time it's stuck at 99% || Agent: Sorry! Can "
     "you try the desktop uploader? || ok will do"),
    ("financial_hardship", "benign", "review_reply",
     "The 'Budget Bride' package is great value, our planner was brilliant. Only 4 stars because the invoice "
     "PDFs have the wrong VAT number. || Reply: Thanks! The VAT number is corrected on all new invoices."),
    ("financial_hardship", "benign", "email",
     "Hi Priya, can we get a quote for The Old Counting House for 80 guests on a Saturday in June? Thanks, "
     "Fiona"),
    ("financial_hardship", "benign", "web_form",
     "Company: Marsh & Lyle Chartered Accountants. Requirement: 2TB shared photo storage for client events, "
     "20 users, annual invoice. Please send a quote."),
    ("financial_hardship", "benign", "email",
     "Hello, our procurement team is reviewing supplier terms. What happens if a business customer's invoice "
     "goes unpaid past 60 days? We need it documented before signing. Regards, E. Vance"),
    ("financial_hardship", "benign", "chat",
     "does the pay in 3 option do a credit check? just wondering before I use it for the honeymoon deposit || "
     "Agent: It's a soft check only and won't affect your credit score. || cool thanks"),
    ("financial_hardship", "benign", "email",
     "We're on a fairly tight budget for the wedding, what's your cheapest package that still includes day-of "
     "coordination? Thanks, Will & Ade"),
    ("financial_hardship", "benign", "chat",
     "my dog literally chewed my credit card in half, can I pay by PayPal this month instead? || Agent: Ha, "
     "yes, PayPal is under Billing > Payment method. || cheers"),
    ("financial_hardship", "benign", "email",
     "Hi, the honeymoon invoice is in USD but my card is in GBP. Will you charge conversion fees, or can you "
     "invoice in pounds? Thanks, Martha"),
    ("financial_hardship", "benign", "thread",
     "Do you have a student discount for the premium photo plan? I'm doing a photography degree. || Agent: "
     "Yes, 50% off with a valid student email. || amazing, applying now"),
    ("financial_hardship", "benign", "email",
     "Saw a piece on the news about cost-of-living price rises - are your subscription prices going up in "
     "April as well? Just want to plan ahead."),
    ("financial_hardship", "benign", "web_form",
     "What's the balance on gift card GC-4419-8820? It was a wedding present and I'm not sure how much is "
     "left on it."),
    ("financial_hardship", "benign", "dm",
     "promo code BROKEBRIDE from your Instagram ad isn't working at checkout, says invalid"),
    ("financial_hardship", "benign", "agent_note",
     "Customer requested invoices be reissued in company name (Halden Events Ltd) for expense claims. Payment "
     "was by BACS. Reissued and emailed."),
    ("financial_hardship", "benign", "email",
     "Hi, I returned the unopened test kit two weeks ago and tracking shows delivered. When will the refund hit "
     "my account? Ref DK-31175. Thanks, Pradeep"),
    ("financial_hardship", "benign", "chat",
     "your pricing page says 'broke? try free!' - does the free tier include shared albums or not? || Agent: "
     "Yes, up to 3 shared albums. || ok good"),
    ("financial_hardship", "benign", "review",
     "Worth every penny. Costs less than a coffee a month and my photos are finally organised. 5 stars"),
    ("financial_hardship", "benign", "thread",
     "Agent: Hi Sanjay, your annual renewal of 59.99 is coming up on the 12th. || Can I switch to monthly "
     "instead? I just prefer spreading costs for my budgeting spreadsheet. || Agent: Done, you'll be billed "
     "5.99 monthly from the 12th."),
    # ---- legal
    ("legal", "sensitive", "email",
     "Hello, I'm going through a divorce and my solicitor has advised me not to delete anything from the joint "
     "photo account until the financial settlement is done. Can I remove my ex's edit rights without deleting? "
     "Thanks, Caroline"),
    ("legal", "sensitive", "chat",
     "someone got into my account and downloaded everything. I've reported it, crime ref 14/88213/25 || "
     "Agent: I'm sorry. I've locked the account and can provide access logs for the investigating officer if "
     "they request them. || yes please, the officer said she'd email you"),
    ("legal", "sensitive", "email",
     "Hi Priya, just to keep you in the loop, we've issued a claim against Larkspur Hall in the county court "
     "for the deposit they kept after cancelling on us. Our barrister may ask you for the email chain. "
     "Best, Naomi"),
    ("legal", "sensitive", "sms",
     "Hi, need to move the suit fitting on the 12th - I've got to be at Snaresbrook that day, it's the first "
     "day of my trial. Any chance of the 14th? Cheers, Jay"),
    ("legal", "sensitive", "thread",
     "Agent: Hi Mrs Adeyemi, following up on your call about the Bali transfer. || My husband was arrested at "
     "the airport in Denpasar over something they say was in his bag, he's being held and the embassy is "
     "involved. I need to cancel the rest of the trip || Agent: I'm so sorry. I've cancelled all remaining "
     "bookings and flagged it for a full refund review."),
    ("legal", "sensitive", "email",
     "Hello, my ESTA was refused because of a conviction from 2011, so we can't do the New York leg of the "
     "honeymoon. Can you swap it for somewhere in Europe? Regards, Lee Barnard"),
    ("legal", "sensitive", "agent_note",
     "Customer states she has a restraining order against a former business partner and asked that no one else "
     "can ever request her delivery address. Added a security flag and password-protected the address."),
    ("legal", "sensitive", "email",
     "Hi, my lawyer needs an export of my sleep and mood logs from October to March for my employment "
     "tribunal. What's the quickest way to get them in a certified format? Thanks, Ruth Emenike"),
    ("legal", "sensitive", "web_form",
     "Complaint: You've ignored three emails about my refund so I've started a small claims case against you "
     "through Money Claim Online. This is your notice. Claim no. J4QZ71K2."),
    ("legal", "sensitive", "chat",
     "any chance the fittings can be before 7pm? I'm on a tag with a curfew till end of Sept || Agent: Sure, "
     "we can do 5pm slots on weekdays. || legend"),
    ("legal", "sensitive", "email",
     "Good morning, the family court has ordered a paternity test in my matter. Are your DNA kits accepted as "
     "evidence, or only the chain-of-custody version? Regards, Michael Obi"),
    ("legal", "sensitive", "thread",
     "Agent: Hi, you asked about the photos from 3 May. || Yes, I'm a witness in the case about the fight "
     "outside the club and the CPS want the originals with the metadata intact. How do I download without "
     "compression? || Agent: Use Download > Original quality, that keeps full EXIF data."),
    ("legal", "sensitive", "voicemail",
     "Hi, it's Callum Reid. I need to cancel the stag weekend booking, ref ST-1140. I've been charged with "
     "drink-driving and the hearing's that Friday, so I can't go anywhere. Please call back."),
    ("legal", "sensitive", "email",
     "Dear Support, my ex-wife's barrister has asked for our shared album history as part of the proceedings. "
     "What does your team need from me to release it? Sincerely, A. Lindqvist"),
    ("legal", "sensitive", "chat",
     "hi can I get my step data exported? I'm bringing a claim against my old employer and my rep says it shows "
     "when I was actually on site || Agent: Sure, Settings > Data > Export CSV. || thanks"),
    ("legal", "sensitive", "email",
     "Hi, the police seized my phone as part of an investigation and I need to get into my cloud from a new "
     "device, but the 2FA codes go to the old phone. Can you help? Regards, Connor Hale"),
    ("legal", "sensitive", "agent_summary",
     "Customer asked to pay her wedding balance a week late because of a fine the magistrates imposed last "
     "month; she's paying it off at 50 a week. Agreed a 7-day extension."),
    ("legal", "sensitive", "dm",
     "hey can we do the planning meeting on a sunday? I'm doing my community service hours on saturdays until "
     "august"),
    ("legal", "sensitive", "email",
     "Hello, my partner is currently in HMP Brixworth and can't access email. Can I manage the joint DNA kit "
     "results on his behalf if he signs a paper form? Thank you, Tasha"),
    ("legal", "sensitive", "web_form",
     "Message: We need to postpone the wedding from July. My fiance's immigration appeal was listed for the "
     "same week and our solicitor says he can't travel until the tribunal decides."),
    ("legal", "benign", "email",
     "Hi, could you send me a copy of the personal data you hold on my account, as per GDPR? Thanks, "
     "Priyanka Rao"),
    ("legal", "benign", "chat",
     "the Terms and Conditions link in the footer goes to a 404 || Agent: Thanks for flagging, fixed now! "
     "|| np"),
    ("legal", "benign", "web_form",
     "Company: Ashdown Webb LLP (solicitors). Enquiry: We need a business photo plan for our staff awards "
     "night albums, approx. 60 users. Do you offer SSO?"),
    ("legal", "benign", "chat",
     "made an album for our Law & Order marathon night and the cover photo keeps reverting to the first pic "
     "|| Agent: Long-press the photo and choose 'Set as cover'. || ahh thanks"),
    ("legal", "benign", "email",
     "Hi, is The Old Courthouse in Knaresborough still on your venue list? We loved the photos. Cheers, "
     "Molly & Ed"),
    ("legal", "benign", "email",
     "Heads up, the groom's a contracts lawyer so expect some very pedantic questions about clause 7 haha. "
     "Could you clarify what 'force majeure' covers in your T&Cs? - Hamza"),
    ("legal", "benign", "chat",
     "charging 3 quid for a reprint is criminal lol. is there a bulk discount? || Agent: Yes, 20% off orders "
     "of 50+ prints. || ok fair"),
    ("legal", "benign", "dm",
     "do you do police-themed fancy dress for stag dos? or just the packages"),
    ("legal", "benign", "review",
     "New layout... jury's still out. Cluttered, but the search is faster. 3 stars"),
    ("legal", "benign", "email",
     "For a privacy comparison piece I'm writing: would you ever hand user cycle data to police if asked? Is "
     "there a transparency report? Thanks, Noor (journalist)"),
    ("legal", "benign", "web_form",
     "Question about section 9 of your privacy policy, 'court orders'. Does that mean you notify users first? "
     "Just reading before I sign up."),
    ("legal", "benign", "chat",
     "can I sign the planning contract electronically or does it need a wet signature? || Agent: E-signature "
     "is fine, we'll send a link. || great"),
    ("legal", "benign", "chat",
     "my cat is an actual criminal, she walked across the keyboard and deleted an album. is there an undo? || "
     "Agent: Yes, it's in Recently Deleted for 60 days. || phew"),
    ("legal", "benign", "email",
     "Hi, I host a true crime podcast called Cold Files and want to use your cloud for our episode artwork. "
     "Does the Pro plan allow commercial use? Thanks, Daisy"),
    ("legal", "benign", "review_reply",
     "Always read the fine print! The free trial auto-renews, which I missed. Support refunded me quickly "
     "though. 4 stars || Reply: Thanks, glad we could sort it!"),
    ("legal", "benign", "email",
     "Could the planner help organise a cake judging contest at the reception? My uncle insists on being the "
     "judge, as usual. Lol. - Ngozi"),
    ("legal", "benign", "thread",
     "Agent: Hi Dan, the stag itinerary is attached. || Can we swap the go-karting for the 'Prison Break' "
     "escape room? || Agent: Done, booked for 3pm Saturday."),
    ("legal", "benign", "email",
     "Hi, do you help with the marriage licence paperwork for a Greek island wedding or is that up to us? "
     "Thanks, Elena"),
    ("legal", "benign", "agent_note",
     "Customer (a small photography studio) asked whether using our logo on their website as an 'as seen on' "
     "badge is OK. Forwarded to brand team; advised not to until approved."),
    ("legal", "benign", "sms",
     "hi, just checking the florist contract got signed on both sides? thx, Rita"),
    # ---- special_categories
    ("special_categories", "sensitive", "chat",
     "can the nutrition tracker handle suhoor and iftar? my meals are at 4am and 8pm this month and the app "
     "keeps nagging me about skipping breakfast || Agent: Yes, turn on Fasting mode and set custom meal "
     "windows. || thank you, Ramadan Mubarak"),
    ("special_categories", "sensitive", "email",
     "Hi Priya, the caterer needs to be fully kosher and supervised - we're observant, so nothing can be cooked "
     "or served after sunset on the Friday either. Can the venue work with that? Thanks, Rebecca & Eli"),
    ("special_categories", "sensitive", "call",
     "Caller: We're having the Anand Karaj at the gurdwara in the morning, so the photographer needs to cover "
     "his head and take his shoes off. || Agent: I'll put that in his brief. || Caller: Thanks, and the "
     "evening do is at the hotel, that's where the bar is."),
    ("special_categories", "sensitive", "email",
     "Hi, as a Black woman I find the skin-tone options on your retouching filters don't go anywhere near dark "
     "enough for me. Please add more. Thanks, Adaeze"),
    ("special_categories", "sensitive", "dm",
     "hi, I'm Romani and in my family the wedding is a three-day celebration, does your planner do multi-day "
     "packages or is it one day only?"),
    ("special_categories", "sensitive", "email",
     "Hello, I'm a Green Party councillor and I need the albums from my canvassing sessions moved to a separate "
     "account from my family photos. Can you split them? Thanks, Cllr Fenwick"),
    ("special_categories", "sensitive", "chat",
     "can I make an album private after sharing it? it has pics from the climate march I helped organise and "
     "some of the other organisers don't want their faces out there || Agent: Yes, Share > Stop sharing "
     "removes access for everyone. || thanks"),
    ("special_categories", "sensitive", "agent_note",
     "Customer is branch secretary of her union at the depot and asked to avoid wedding dates in the week of "
     "the strike ballot result, as she'll be running the count. Moved consultation to the 20th."),
    ("special_categories", "sensitive", "email",
     "Hi, I'm a shop steward for the GMB at our warehouse and use the photo cloud to keep evidence of safety "
     "issues for members. Can I set up a folder shared with just the other reps? Cheers, Kev"),
    ("special_categories", "sensitive", "email",
     "Hi Priya, just flagging for the venue paperwork - it's two brides, so please change 'Bride & Groom' on "
     "the seating plan and the menus. Thanks! Jess & Laila"),
    ("special_categories", "sensitive", "chat",
     "hi, as a gay guy with a regular partner, do I need the full STI kit every 3 months or is there a smaller "
     "one? || Agent: Our pharmacist can recommend the right kit based on a short questionnaire. || ok send it"),
    ("special_categories", "sensitive", "review_reply",
     "5 stars. The honeymoon team were lovely to me and my husband, zero awkwardness when the resort asked "
     "about beds. Other same-sex couples: they check local laws for you. - Marcus & Theo || Reply: Thank you "
     "both, congratulations!"),
    ("special_categories", "sensitive", "chat",
     "is there a way to log sex without the little heart icon showing on the lock screen widget? my flatmate "
     "saw it lol || Agent: Yes, Settings > Privacy > Hide intimate logs on widgets. || lifesaver"),
    ("special_categories", "sensitive", "email",
     "Hi, my partner and I have stopped using condoms since we're exclusive now, so can I cancel the monthly "
     "condom subscription and switch to a pill consultation instead? Thanks, Zara"),
    ("special_categories", "sensitive", "email",
     "Hi, I'm a trans man and I still track my cycle, but the app keeps calling me 'she' in the notifications. "
     "Can pronouns be set anywhere? Cheers, Ash"),
    ("special_categories", "sensitive", "thread",
     "Agent: Hi, how can I help today? || I transitioned last year and my old name still shows on shared "
     "albums from before || Agent: I've updated the display name on all albums you own; albums owned by "
     "others will update when they next open them. || thank you, that means a lot"),
    ("special_categories", "sensitive", "email",
     "Hi, my results say I'm a carrier for cystic fibrosis. My fiance is doing his kit next week - can the two "
     "reports be compared side by side? Regards, Ellie"),
    ("special_categories", "sensitive", "chat",
     "hey, my raw data shows two copies of APOE4 and I'm freaking out a bit, can I delete the health report "
     "but keep ancestry? || Agent: You can. We also offer a free session with a genetic counsellor, I'll send "
     "the link. || ok thank you"),
    ("special_categories", "sensitive", "email",
     "Hi, your face recognition built a 'person' for my sister from my uploads and she never agreed to that. "
     "Please delete her face model entirely, not just the label. Thanks, Ines"),
    ("special_categories", "sensitive", "agent_note",
     "Customer completed our selfie ID check to recover his account and now asks that the face scan and the "
     "match data from his passport photo be erased. Raised erasure ticket with Trust & Safety."),
    ("special_categories", "benign", "chat",
     "holy moly the app crashed again when I hit save on the seating plan || Agent: Sorry! Is this on iPad? "
     "|| yes || Agent: Known issue, fix is in 4.2 out tomorrow."),
    ("special_categories", "benign", "email",
     "Is St Mary's Barn available for a civil ceremony on 14 September? About 90 guests. Thanks, Connor"),
    ("special_categories", "benign", "review_reply",
     "Bought the 2TB plan in the Christmas sale, price went up in Jan without warning. 2 stars || Reply: The "
     "sale price was for the first year, as shown at checkout, but we've sent you a goodwill credit."),
    ("special_categories", "benign", "email",
     "We're doing a Pride and Prejudice themed wedding - can your stylists source Regency-style bonnets for 6 "
     "bridesmaids? Thanks, Harriet"),
    ("special_categories", "benign", "chat",
     "can the bakery do a rainbow layer cake for the after-party? like 6 colours inside || Agent: Yes, it's "
     "on the specials menu. || yay"),
    ("special_categories", "benign", "email",
     "Hi, the officiant's script says 'this union of two families' - could we change it to 'this marriage'? We "
     "just prefer it. Thanks, Ben"),
    ("special_categories", "benign", "web_form",
     "Venue preference: The Loft, Union Street, Aberdeen. Date: Sat 2 May. Guests: 70. Budget: flexible."),
    ("special_categories", "benign", "email",
     "Hi, will my order ship over the Labor Day weekend or sit until Tuesday? Thanks, Kayla"),
    ("special_categories", "benign", "chat",
     "does the caterer do a Thai street food station? we loved it on a trip to Bangkok last year || Agent: "
     "They do, I'll add it to the quote."),
    ("special_categories", "benign", "email",
     "Before I buy: is genetic data ever sold to third parties? Your privacy page is vague on this. Thanks, "
     "M. Castillo"),
    ("special_categories", "benign", "chat",
     "does the app support Face ID login on iPhone or only a PIN? || Agent: Both, toggle it under Security. "
     "|| ok"),
    ("special_categories", "benign", "dm",
     "lmao my dog's DNA results say 40% husky and 0% whatever my neighbour swore he was. how do I download "
     "the certificate?"),
    ("special_categories", "benign", "chat",
     "can you give me a straight answer on whether the 2TB plan includes video? the support bot keeps looping "
     "|| Agent: Yes, video is included up to the storage limit."),
    ("special_categories", "benign", "email",
     "Conservatively estimating 140 guests, maybe 150. Can the quote cover both numbers? - Fola"),
    ("special_categories", "benign", "review",
     "Makes liberal use of filters by default, which I hate. Let me turn off auto-enhance please. 2 stars"),
    ("special_categories", "benign", "email",
     "Hello, we manage St Columba's Church Hall as a hire venue and would like to be listed in your wedding "
     "planner directory. What are the fees? Regards, Hall Bookings Team"),
    ("special_categories", "benign", "chat",
     "how do guests vote for the best photo in the shared wedding album? we want to give a prize || Agent: "
     "Turn on Reactions and the most-liked photo shows at the top."),
    ("special_categories", "benign", "review_reply",
     "The printed photobook arrived covered in fingerprint smudges on the glossy cover. 3 stars. || Reply: "
     "Sorry! We've sent a reprint with a matte protective sleeve."),
    ("special_categories", "benign", "sms",
     "hey it's Christian from the Lowe wedding, can we move the after-party to the terrace if it's dry? thx"),
    ("special_categories", "benign", "email",
     "Read an article about a DNA company data breach (not you guys) - what encryption do you use for stored "
     "results? Considering buying a kit. Thanks, Oisin"),
    # ---- bereavement
    ("bereavement", "sensitive", "email",
     "Hello, my mum died last month and I'd like to download her photo albums before the account is closed. I "
     "have her death certificate and I'm the executor. Regards, Deborah Mensah"),
    ("bereavement", "sensitive", "chat",
     "hi I need to cancel my late husband's subscription, it's still charging his card || Agent: I'm so sorry "
     "for your loss. I can do that now and refund the last two months. || thank you love"),
    ("bereavement", "sensitive", "email",
     "Hi, I need 30 prints of the photo in the 'Grandad' album done by Thursday morning - the funeral is "
     "Friday at 11. Can you do express delivery to Dundee? Thanks, Iain"),
    ("bereavement", "sensitive", "thread",
     "Agent: Hi Kemi, just confirming the final numbers for the 21st. || We need to postpone. Tunde's father "
     "died on Sunday and the burial will be in Lagos that week || Agent: I'm so sorry. I'll contact every "
     "supplier today and come back to you with dates."),
    ("bereavement", "sensitive", "dm",
     "we lost our son at 38 weeks in January. the app is still sending 'your baby is the size of a...' "
     "notifications. please make it stop"),
    ("bereavement", "sensitive", "email",
     "Dear team, my father passed before his health report came back. As executor, can I get access to his "
     "results for the family? I can send the grant of probate. Kind regards, Peter Nkemelu"),
    ("bereavement", "sensitive", "agent_note",
     "Caller's wife passed away in March. He wants to keep her photo account as a memorial rather than close "
     "it. Converted to memorialised status, set caller as legacy contact."),
    ("bereavement", "sensitive", "chat",
     "hi the sleep tracker says I'm only getting 4 hrs most nights, is it accurate? since losing my brother in "
     "August I feel like I'm awake all night || Agent: I'm very sorry about your brother. The tracker is "
     "usually within 20 minutes of a lab study, so it's likely right. || ok. thanks"),
    ("bereavement", "sensitive", "email",
     "Hi, we're putting together a slideshow for Nan's memorial service on the 9th. Can I give my cousins "
     "upload access to one album without them seeing my other albums? Thanks, Jade"),
    ("bereavement", "sensitive", "web_form",
     "Request type: Account closure. Details: I'm handling probate for my aunt's estate and need her photo "
     "plan cancelled. Her email was j.carrow@mailbox.example."),
    ("bereavement", "sensitive", "chat",
     "can u recover a deleted vid? it was the last one of my nana singing, she passed in june and i deleted it "
     "by accident || Agent: I'm so sorry. Let me check our backups. || Agent: Found it, it's back in your "
     "library now. || omg thank u"),
    ("bereavement", "sensitive", "email",
     "Hello, I was widowed in the autumn and I'm now the only one left on our family plan. Can I drop to a "
     "single plan without losing the shared albums? Thanks, Rosemary"),
    ("bereavement", "sensitive", "voicemail",
     "Hi, it's Ciara. We're scattering my twin sister's ashes in Donegal on the 3rd and I wanted to ask about "
     "a photographer for the day. It's not a wedding, I know, but you were recommended. Call me on "
     "087 555 0192."),
    ("bereavement", "sensitive", "email",
     "Hi, attached is my husband's death certificate. Please remove him as the primary holder on our family "
     "wellness plan and put it in my name. Thanks, Linda Torres"),
    ("bereavement", "sensitive", "review_reply",
     "Support were so kind when I rang to close Dad's account after he passed. 5 stars. || Reply: Thank you, "
     "and our condolences again to you and your family."),
    ("bereavement", "sensitive", "thread",
     "Agent: Hi Maria, we noticed your mother's sleep tracker hasn't synced for 3 weeks. || She didn't wake up "
     "on the 2nd of this month. Please stop the automatic emails || Agent: I'm so very sorry. I've stopped "
     "all emails and paused the account."),
    ("bereavement", "sensitive", "sms",
     "Hi Priya, after Dad's passing we've decided to keep the date but have a quieter day. Can we talk "
     "Thurs? x Mel"),
    ("bereavement", "sensitive", "email",
     "Hi, the hotel where we're holding my uncle's wake wants to know if your AV team can set up a screen for "
     "photos. It's Saturday at 2pm. Thanks, Donal"),
    ("bereavement", "sensitive", "agent_summary",
     "Customer is recently bereaved (her brother) and asked us to stop the family-matching emails that list "
     "him as a relative match. Suppressed his matches and opted her out of marketing."),
    ("bereavement", "sensitive", "email",
     "To the planning team, I'm writing to cancel everything for 14 June. My fiancee Sarah was killed in a car "
     "crash two weeks ago. I can't face the calls, please reply by email only. Owen"),
    ("bereavement", "benign", "chat",
     "the app died mid-upload again and now I can't tell what made it across || Agent: Check Uploads > "
     "History, it lists completed files. || found it, cheers"),
    ("bereavement", "benign", "email",
     "The 'download invoice' link in your email is a dead link. Ref INV-58812. Thanks, Gordon"),
    ("bereavement", "benign", "dm",
     "i'm dying to see the wedding photos!! when does the photographer upload the gallery?"),
    ("bereavement", "benign", "email",
     "Hi, our cat Pickles passed away last week and the photo app keeps showing her in 'On this day'. Can I "
     "turn off memories for one pet? Thanks, Aisling"),
    ("bereavement", "benign", "chat",
     "is there a kill switch to stop all sharing at once? just tidying up my settings || Agent: Yes, Privacy "
     "> Stop all sharing. || perfect"),
    ("bereavement", "benign", "email",
     "Is Deadman's Cove in Cornwall an option for a beach ceremony? Looks dramatic in the photos. - Sam"),
    ("bereavement", "benign", "email",
     "Hello, we're a family-run funeral directors looking at your photo cloud for our staff to share "
     "service-sheet templates. Do you offer a 5-user business plan? Regards, Hartley & Sons"),
    ("bereavement", "benign", "chat",
     "made a watch-party album for our Six Feet Under rewatch and the invite link expired after a day || "
     "Agent: Links default to 24 hours; you can set 'Never expire' when sharing."),
    ("bereavement", "benign", "email",
     "Does the Memorial Day sale apply to annual plans or only monthly? Thanks, Greg"),
    ("bereavement", "benign", "email",
     "We want a Halloween wedding with skeletons, black roses and a coffin-shaped cake. Is that too much for "
     "the venue? Ha. - Morgan & Sky"),
    ("bereavement", "benign", "chat",
     "what's the difference between the Legacy plan and the new Plus plan? I've been on Legacy since 2016 || "
     "Agent: Plus adds 1TB and video backup; Legacy stays at the old price."),
    ("bereavement", "benign", "web_form",
     "Venue: Hartwell Estate. Date: 22 August. Guests: 110. Query: Do you handle the marquee hire too?"),
    ("bereavement", "benign", "chat",
     "what happens to my photos if I die one day? is there a legacy contact feature like other apps have? "
     "just setting things up properly || Agent: Yes, Settings > Account > Legacy contact."),
    ("bereavement", "benign", "email",
     "Your 'deceased user policy' page returns a 404. Just flagging, I was reading through your terms."),
    ("bereavement", "benign", "thread",
     "the florist has totally ghosted us, 3 emails and no reply. can you chase them? || Agent: On it, I'll "
     "call them today. || Agent: Update: they'd been emailing the wrong address, all sorted."),
    ("bereavement", "benign", "thread",
     "Agent: Hi! Did the table centrepieces arrive ok? || Yes but one of the succulents has died already lol "
     "|| Agent: Oh no, we'll send a replacement!"),
    ("bereavement", "benign", "review",
     "The new app inherited all my old bugs plus some new ones. Sleep graph still broken. 2 stars"),
    ("bereavement", "benign", "email",
     "Hi, I'm writing a novel where the heroine inherits a photo archive after a death in the family - purely "
     "fictional - and wondered how a service like yours handles deceased users, for accuracy. Thanks, Imogen"),
    ("bereavement", "benign", "chat",
     "RIP my phone battery, the app drained it overnight. is background sync supposed to run constantly? || "
     "Agent: It shouldn't, please turn off 'Sync on mobile data' and check again."),
    ("bereavement", "benign", "agent_note",
     "Customer asked why 'Memories' put a 'gone but not forgotten' caption on a photo of her old car. "
     "Explained auto-captions; disabled them on her account."),
    # ---- violence_self_harm
    ("violence_self_harm", "sensitive", "email",
     "Hi, my ex still knows my password and has messaged saying he'll post private photos from my cloud if I "
     "don't come back to him. I've changed my number. Please help me lock him out. - R"),
    ("violence_self_harm", "sensitive", "agent_note",
     "Customer is currently staying in a refuge and asked that her new delivery address is never shown on "
     "order confirmations or visible to the account's second user. Removed second user, address masked."),
    ("violence_self_harm", "sensitive", "chat",
     "can I remove my partner from the shared wellness plan without him getting a notification? he hit me "
     "last week and I don't want him knowing I'm leaving || Agent: Yes, you can remove him silently. If "
     "you're in danger please call 999. I'm doing it now. || thank you"),
    ("violence_self_harm", "sensitive", "chat",
     "honestly whats the point of tracking sleep when I don't want to be here anymore || Agent: I'm really "
     "glad you told me. You don't have to go through this alone - you can call Samaritans free on 116 123 at "
     "any time. Are you safe right now? || idk. im at home"),
    ("violence_self_harm", "sensitive", "email",
     "Hi, the mood tracker has a 'self-harm' tag but no way to hide it from the weekly summary. I've started "
     "cutting again and I don't want my sister seeing it on our shared iPad. Thanks"),
    ("violence_self_harm", "sensitive", "thread",
     "I think someone's using my shared album to find me || Agent: What makes you think so? || a man I blocked "
     "everywhere keeps turning up where my latest photos were taken, he's done it three times now || Agent: "
     "I've turned off location data on all your shared photos and revoked old links. Please consider "
     "reporting this to the police."),
    ("violence_self_harm", "sensitive", "dm",
     "someone made a fake account and is sending my friends intimate pictures of me from an old relationship. "
     "they were in my cloud years ago. how do I find out if my account was accessed"),
    ("violence_self_harm", "sensitive", "email",
     "Hello, my husband checks my cycle app every morning and decides whether I'm 'allowed' to go out based on "
     "it. Is there a way to set a second PIN that shows a different calendar? Please don't reply to this "
     "address, I'll check the help centre. M."),
    ("violence_self_harm", "sensitive", "review_reply",
     "I've had death threats from strangers since our wedding photos went viral, and your 'public by default' "
     "setting is why. 1 star. || Reply: We're so sorry. We've made your albums private and passed the "
     "accounts sending threats to our safety team."),
    ("violence_self_harm", "sensitive", "call",
     "Caller: The groom's brother punched the DJ at the reception and broke his nose, the police came. || "
     "Agent: I'm so sorry. Is the DJ okay? || Caller: He's in A&E, we'll cover any damage to the kit, just "
     "let us know."),
    ("violence_self_harm", "sensitive", "agent_note",
     "Customer called to cancel a bulk order of paracetamol multipacks; said she took too many of her tablets "
     "on purpose last week and her crisis team asked her to clear out stockpiles. Cancelled, refunded, shared "
     "crisis line numbers."),
    ("violence_self_harm", "sensitive", "email",
     "Hi, I was raped on Saturday. The centre did some tests but I also want a home STI kit for two weeks' "
     "time. Can you send it in plain packaging? Thank you."),
    ("violence_self_harm", "sensitive", "chat",
     "my IDVA said I should change all my passwords and turn off location sharing, can you check what devices "
     "are logged into my account? || Agent: Of course. I can see an iPad in Coventry, is that yours? || "
     "that's his. please remove it || Agent: Done, and I've signed out every other session."),
    ("violence_self_harm", "sensitive", "email",
     "Hello, I'm worried Mum's carer has been using her card on your site - orders for things Mum doesn't use. "
     "Mum says the carer shoves her when she's slow and she's frightened of her. Can you tell me what's been "
     "bought? I have power of attorney. Helen Voss"),
    ("violence_self_harm", "sensitive", "sms",
     "Hi, could the photographer edit the bruises on my arm out of the engagement shoot? It's from him grabbing "
     "me. Pls don't mention it if he calls."),
    ("violence_self_harm", "sensitive", "chat",
     "a guy from the other planning company keeps leaving voicemails saying he knows where I live and I'll "
     "regret switching to you. what do I do? || Agent: That's completely unacceptable. Please save the "
     "voicemails and report them to the police; I'm flagging it to our legal team too."),
    ("violence_self_harm", "sensitive", "email",
     "He changed the password on the family photo account and the email on it too, like he did with the "
     "bank. I'm not allowed my own phone most days. I'm writing from the library. Can you reset it to this "
     "email? Rana"),
    ("violence_self_harm", "sensitive", "chat",
     "can you delete my account and all my photos. thinking of ending it tonight so it doesn't matter || "
     "Agent: I'm really concerned by what you've said. Are you safe right now? In the UK you can call 999 or "
     "text SHOUT to 85258. || ... || Agent: I'm still here with you."),
    ("violence_self_harm", "sensitive", "agent_summary",
     "Customer reports a former colleague has been harassing her with repeated DMs through our community "
     "forum and opened two new accounts after being blocked. Both accounts banned, IP flagged, customer "
     "advised to keep records."),
    ("violence_self_harm", "sensitive", "web_form",
     "Message: My brother-in-law threatened to smash my face in at the engagement party in front of everyone. "
     "He's on the planning board for the wedding. How do I take him off without him noticing?"),
    ("violence_self_harm", "benign", "chat",
     "this bug is killing me, the photo order keeps duplicating at checkout || Agent: So sorry! Clearing the "
     "basket and re-adding usually fixes it. || worked"),
    ("violence_self_harm", "benign", "sms",
     "could murder a coffee, running 10 mins late for the tasting sorry!! - Bex"),
    ("violence_self_harm", "benign", "email",
     "We're doing a Fight Club themed stag night, can you find a venue with a basement bar? Haha. - Rob"),
    ("violence_self_harm", "benign", "review",
     "Knockout prices in the Black Friday sale. Grabbed 2TB for the price of 1TB. 5 stars"),
    ("violence_self_harm", "benign", "email",
     "Can we book a kickboxing demo as entertainment? The groom runs a gym and his students want to perform. "
     "- Sunita"),
    ("violence_self_harm", "benign", "chat",
     "the bridesmaid dresses are to die for!! can we order the sage one in 4 sizes? || Agent: Yes, send me "
     "the sizes and I'll place the order."),
    ("violence_self_harm", "benign", "email",
     "Can we book a photo shoot at the castle the morning before? We want the couple shots done early. "
     "Thanks, Ravi"),
    ("violence_self_harm", "benign", "chat",
     "hit my upload limit again, how do I see what's taking up the most space? || Agent: Storage > Manage "
     "shows the biggest files first."),
    ("violence_self_harm", "benign", "email",
     "Hi, what's your policy on abusive language in the community forum? I run a moderator team for another "
     "app and want to compare approaches. Thanks, Tomi"),
    ("violence_self_harm", "benign", "web_form",
     "Question: if someone were harassed through your community chat, how would they report it? I'm writing "
     "our office's software review and need the process."),
    ("violence_self_harm", "benign", "email",
     "Do you do smash cakes for dogs? Our spaniel is in the wedding party and deserves one. - Kerry & Bo"),
    ("violence_self_harm", "benign", "chat",
     "my speech totally bombed at the rehearsal lol. does the planner offer speechwriting help? || Agent: We "
     "do, a 30-minute session with a writer is 45."),
    ("violence_self_harm", "benign", "chat",
     "my cat attacks my phone every time the sleep alarm goes off, can I make it vibrate only?"),
    ("violence_self_harm", "benign", "email",
     "Got an email saying my account is under threat and I must 'verify' my card. Is this phishing? I didn't "
     "click anything. Forwarded it to you. - Ade"),
    ("violence_self_harm", "benign", "email",
     "Can you add a self-defence class to the hen weekend? The bride thinks it's hilarious and wants 'fight "
     "like a girl' T-shirts for everyone."),
    ("violence_self_harm", "benign", "thread",
     "Agent: Hi, the video editor asked which moments you want in the highlights. || the cake cut, first "
     "dance and the confetti shot please || Agent: Perfect, noted."),
    ("violence_self_harm", "benign", "email",
     "We're having a Star Wars themed wedding - will the venue allow lightsaber props in the ceremony room?"),
    ("violence_self_harm", "benign", "review",
     "This photo editor SLAYS. Best retouching tools I've used on a phone. 5 stars"),
    ("violence_self_harm", "benign", "email",
     "Could you organise a murder mystery evening for the hen do? 12 of us, Friday night, somewhere in York."),
    ("violence_self_harm", "benign", "agent_note",
     "Customer asked whether the 'Shield' security add-on protects against brute-force attacks on her login; "
     "explained rate limiting and 2FA. No incident reported."),
]


def mosaic_examples() -> list[dict]:
    """The mosaic split as labelled tickets (same shape as ``sensitive_eval.build_eval_set``'s)."""
    return stranger_examples("mosaic", ENTRIES, SUBJECTS)
