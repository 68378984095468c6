"""Solstice split: written by a helper who had not seen the detection rules, the anchors or any other split.
Setting: a social network's help centre and trust-and-safety desk, a forum host, a dating app, a streaming
platform, a group-chat app and a creator-payments service - in-app reports, appeals, emails, mod notes, chats,
SMS and voicemails in US, UK, Irish, Indian, Nigerian, Australian, Caribbean, Singaporean, non-native and
lowercase English. The benign half reuses each category's vocabulary through game and stream slang, spam and
routine moderation, fiction, invented song lyrics, pets, businesses in the field as customers, negations,
hypotheticals, policy boilerplate and routine billing, without revealing anything sensitive about anyone.
First reading (policy 2026.11.12, before any change made in response to it; `sensitive_eval.evaluate`, as `make eval-sensitive`): 92.9 / 5.7 recall / false exclusion in % as shipped, 92.9 / 12.1 without the overruling, 87.1 / 11.4 by the rules alone. The classifier then trained on it; the rules were tuned on it for policy 2026.11.14."""

from __future__ import annotations

from training_gate.sensitive_blind import stranger_examples

SUBJECTS: tuple[str, ...] = (
    "Can't log in after changing phones",
    "Appeal: post removed by auto-mod",
    "Payout still pending after 7 days",
    "Report a profile",
    "Request to close an account",
    "Stream keeps dropping frames",
    "Verification badge question",
    "Charged twice this month",
    "Group chat member limit",
    "Copyright claim on my VOD",
    "Update name on payout account",
    "Re: your report #48213",
    "Help with 2FA codes",
    "Question about community guidelines",
)

ENTRIES: list[tuple[str, str, str, str]] = [
    # ---- health
    ("health", "sensitive", "email",
     "Hi Glowcast team, I need to pause my partner schedule for about six weeks. I'm having a hysterectomy on "
     "the 14th and won't be streaming during recovery. Can you stop the 'inactive creator' warning from going "
     "out to my subs? Handle is @moth_and_ember. Thanks, Dee"),
    ("health", "sensitive", "chat",
     "can u reset my 2fa pls || Agent: Sure, can you tell me what happened to the old device? || old phone got "
     "left behind on the cardiac ward at st brigid's when they discharged me tuesday, my sister only grabbed "
     "the charger lol"),
    ("health", "sensitive", "sms",
     "Pls unlock acct, locked after too many tries. On sertraline n a bit foggy lately, keep fat-fingering "
     "the pw. user dunmore_kev"),
    ("health", "sensitive", "web_form",
     "Topic: Profile visibility. Message: Is there a way to hide my Sparkwell profile for a few months without "
     "losing my matches? Starting chemo next week and I don't want people thinking I ghosted them."),
    ("health", "sensitive", "agent_note",
     "Agent note: creator confirmed by email that the missed sponsored stream on 3 Mar was because he had a "
     "seizure live on air (epilepsy, on file since Jan). Waive sponsor penalty under creator care policy. "
     "Do NOT include any medical detail in the reply to the sponsor."),
    ("health", "sensitive", "email",
     "Respected Sir/Madam, kindly do the needful and restore my page 'Chennai Food Trails'. I was admitted in "
     "Sunrise Multispeciality for dengue for 9 days hence could not respond to your verification mail within "
     "72 hrs. Discharge summary can be shared if required. Regards, R. Venkatesh"),
    ("health", "sensitive", "review_reply",
     "Review (1 star): Auto-captions on live streams never work and there's no way to add a CART feed. I'm Deaf, "
     "so this makes half your platform useless to me. || Agent: Thank you for telling us, Marisol. Live caption "
     "support is on our roadmap and I've passed your note to the accessibility team."),
    ("health", "sensitive", "thread",
     "Appeal: my post in the T1 Tech board got removed for 'medical misinformation'. || Agent: The post shared "
     "dosing numbers, which our rules restrict. || They're MY numbers. I've been type 1 since I was a teen and "
     "I was showing my own pump basal settings, not telling anyone else what to take."),
    ("health", "sensitive", "chat",
     "Our Chorus group for Dad's dialysis lifts keeps kicking people out when we add the 9th member, we need "
     "all the cousins in for the Mon/Wed/Fri runs. Is there a bigger plan?"),
    ("health", "sensitive", "voicemail",
     "Hi, it's Maureen Quill, I'm calling about my son Alastair's account. He's on the psychiatric unit at "
     "Fairhaven at the moment and can't get to his phone, and the Plus charges keep coming out. Could someone "
     "ring me back on the number on file? Thanks."),
    ("health", "sensitive", "email",
     "G'day, lost access after I swapped phones. Did the swap from a hospital bed after my knee reco so I "
     "skipped the backup codes step, my bad. Email's the same as before. Cheers, Brodie"),
    ("health", "sensitive", "email",
     "Good afternoon. Please I want to withdraw my Coinpurse earnings before the monthly date. My wife is due "
     "next month and the antenatal visits at the clinic are every week now. I will appreciate your quick "
     "response. Tunde Okafor"),
    ("health", "sensitive", "dm",
     "hey mods, i stepped back from the discord bridge in march bc my adhd meds ran out during the shortage and "
     "i was a mess. all sorted now, can i get mod perms back on the forum?"),
    ("health", "sensitive", "chat",
     "Hi, my Sparkwell profile still showing old photo leh. I lost 40kg after my bariatric op last year, now "
     "matches say I catfish them. How to clear the old pics from cache?"),
    ("health", "sensitive", "web_form",
     "Hello, I can not do the face verify. After the stroke in winter my face is little bit not symmetric and "
     "the system say 'not match'. I try 6 times. Please help with other method, I can send passport."),
    ("health", "sensitive", "thread",
     "Can you extend the deadline on my W-9 upload? || Agent: Of course, and I'm sorry to hear you're still "
     "recovering from the bypass. I've added 30 days to the tax form deadline so your payouts won't be held."),
    ("health", "sensitive", "chat",
     "the follower alerts on my overlay are super flashy and i get migraines with aura from strobing stuff, "
     "had one mid-stream last night. can i switch the animated ones to static?"),
    ("health", "sensitive", "email",
     "Hello, my mum's carer uses Mum's Chorus account so we can video call her. Mum has dementia and keeps "
     "accidentally blocking us all. Is there a way to lock the block button on her account? Thanks, Aoife"),
    ("health", "sensitive", "web_form",
     "Please stop showing me baby product ads. We're on our third round of IVF and seeing them between every "
     "post is a lot. I've already tapped 'not interested' dozens of times."),
    ("health", "sensitive", "phone",
     "Caller: Hiya, I'm ringing about the creator fund, the spring round. I applied in January and then "
     "heard nothing, and now the portal says my application lapsed because I didn't answer a follow-up. || "
     "Agent: Thanks for calling. I can see two reminder emails went out on the 6th and the 20th of February. "
     "|| Caller: Yeah so I never saw any of them, I was in intensive care most of February with sepsis and my "
     "phone was in a drawer at home the whole time. || Agent: I'm sorry to hear that. Let me check whether the "
     "window can be reopened for you, and I'll put a note on the file so nobody asks you to reapply from "
     "scratch. || Caller: Cheers, appreciate it."),
    ("health", "benign", "chat",
     "my stream keeps dying every 20 mins, bitrate looks healthy then just flatlines. any ideas?"),
    ("health", "benign", "email",
     "Hello, this is the practice manager at Brookfield Physiotherapy Clinic. We'd like to set up a verified "
     "organisation page on Circlet for opening hours and class timetables. Which documents do you need?"),
    ("health", "benign", "chat",
     "viewers keep typing HEAL THE TANK in caps every time my raid group wipes. it's a running joke but it "
     "floods chat, can i add a phrase to the filter instead of single words?"),
    ("health", "benign", "web_form",
     "Appeal: my Threadhall serial 'The Quiet Ward' was flagged for medical content. It's historical fiction "
     "set in an invented 1920s sanatorium, every character is made up. Can a human moderator review it?"),
    ("health", "benign", "dm",
     "My corgi had his dewclaw removed and I posted a photo of him sulking in his cone. Got auto-removed as "
     "'graphic'. It is literally a fluffy dog in a lampshade, please restore."),
    ("health", "benign", "email",
     "To be clear I'm not ill or anything, I just haven't posted in a while because I was busy with work. "
     "Why has my account been marked dormant and my username put up for release?"),
    ("health", "benign", "web_form",
     "We're drafting rules for our own Chorus community. Hypothetically, what's your policy if a streamer "
     "collapses or faints live on air - do you cut the stream or leave it to mods? Want to align with yours."),
    ("health", "benign", "email",
     "My track got muted on my VOD for copyright, but it's my own song. The chorus goes 'fever in the radio, I'm "
     "sick of the static, baby' and I own the master. Distributor letter attached."),
    ("health", "benign", "thread",
     "Thanks, payout arrived. || Agent: Great! As a reminder, never share personal medical information in "
     "public posts; our wellbeing resources are linked in the Help Centre. Anything else on the payout schedule?"),
    ("health", "benign", "email",
     "Sponsorship payment from Vital Greens Supplements hasn't cleared in my Coinpurse wallet. Invoice "
     "CP-44821, due 30 days ago. Brand says they sent it on the 2nd."),
    ("health", "benign", "chat",
     "My channel is called Ward Rush, it's speedruns of a hospital management sim. Why does the category "
     "picker keep suggesting 'Health & Wellness'? I want Simulation."),
    ("health", "benign", "sms",
     "code still not arriving, 3rd time today, sick of this"),
    ("health", "benign", "agent_note",
     "Mod note: removed 14 spam posts on the Fitness board advertising 'miracle keto pills' with the same "
     "shortened link. All 14 accounts created within an hour; banned for spam, link added to blocklist."),
    ("health", "benign", "chat",
     "can i add gym rat and marathon runner as interests on sparkwell? the list only has 'fitness' which is "
     "kinda vague"),
    ("health", "benign", "email",
     "Larkspur Pharmacy here (14 branches). Our ad promoting flu jab appointment booking was rejected. Ad ID "
     "77310. Is pharmacy advertising allowed with a licence number shown?"),
    ("health", "benign", "chat",
     "the health bar widget on my overlay lags about 2 seconds behind game capture. using the browser source "
     "from your plugin, v3.2"),
    ("health", "benign", "sms",
     "Mi phone dead again, cyaan get di code. Yuh can send it to mi email instead?"),
    ("health", "benign", "review_reply",
     "Review (2 stars): The new update is a massive headache, where did the mute button go?? || Agent: Sorry "
     "about that! Mute moved to the three-dot menu; we're bringing back a one-tap option next release."),
    ("health", "benign", "email",
     "I work nights as an ICU nurse so I mostly post around 3am. Is there any truth to posts at odd hours "
     "getting less reach? My engagement dropped after the algorithm update."),
    ("health", "benign", "email",
     "We're running a 12-hour 'Bleeding Hearts' charity stream for the Northvale Blood Service donor drive. "
     "Can donations route straight to their registered charity account instead of my wallet?"),
    # ---- children
    ("children", "sensitive", "email",
     "My daughter is 12 and made a Circlet account by putting in a fake birth year. Please delete it, I've "
     "attached a screenshot of the profile. I'm her mother."),
    ("children", "sensitive", "chat",
     "my lad's in year 8 and he's been buying stream gifts on my card, £60 so far. how do i stop him and can "
     "i get it back?"),
    ("children", "sensitive", "email",
     "Hi, my son just started 6th grade and set up a Chorus account with my email address. Rather than "
     "delete it, can it be moved to a supervised profile I manage? Thanks, Gretchen"),
    ("children", "sensitive", "web_form",
     "My younger one is studying in Class 4 and she has uploaded her school photo in uniform with the school "
     "name visible as profile pic. Kindly remove the photo at the earliest."),
    ("children", "sensitive", "email",
     "Howya, my young lad is doing the Junior Cert this year and the streaming till 2am has to stop. Can I put "
     "time limits on his Glowcast account from my phone? He uses his own login."),
    ("children", "sensitive", "chat",
     "wee one's in P6 and she's made an account to watch slime videos. is there a kids mode or do I need to "
     "shut it down?"),
    ("children", "sensitive", "sms",
     "kid's in kindy and somehow bought 3 emote packs on my acct?? refund pls, she thought they were stickers"),
    ("children", "sensitive", "agent_note",
     "Agent note: DOB on file is 14/02/2013, so user was under 13 at signup. Account placed in age-gate review "
     "and parent email contacted. Hold all DMs pending parental consent."),
    ("children", "sensitive", "web_form",
     "Report profile: 'jaz_xo'. Profile says 19 but the bio mentions revising for GCSE mocks and her Year 11 "
     "prom. Looks underage to me, shouldn't be on Sparkwell."),
    ("children", "sensitive", "email",
     "I manage my son's gaming channel. He's fifteen, so he can't open his own bank account. How do we set up "
     "Coinpurse payouts to a parent account and keep the tax forms in my name?"),
    ("children", "sensitive", "chat",
     "she turns 10 on saturday and really wants to stream her birthday party to her cousins. is there a family "
     "or private mode so randoms can't watch?"),
    ("children", "sensitive", "email",
     "My twins (born 2016) share one tablet and keep logging into each other's accounts. Can two child profiles "
     "sit under my family plan with separate PINs?"),
    ("children", "sensitive", "voicemail",
     "Hi, it's Paula, I run the group chat for my daughter's under-11s netball team. Three of the parents "
     "can't join with the invite link. Could someone call me back? Cheers."),
    ("children", "sensitive", "chat",
     "Hello, my boy just finish PSLE, now he want to create his own channel. Need parent consent form or not? "
     "Where to download?"),
    ("children", "sensitive", "email",
     "Good day. My daughter is in JSS2 and she has been using my account for her class group chat. Please "
     "how can I create a separate account for her that I can still monitor? Thank you."),
    ("children", "sensitive", "thread",
     "My ex keeps posting pics of our little one at her nursery gate on his public page. I never agreed. || "
     "Agent: Thank you. Because the images show a child under five, we've escalated them under our minor "
     "safety policy and you'll hear back within 24 hours."),
    ("children", "sensitive", "email",
     "Hi, I run a homeschool co-op and our Chorus group includes my own three kids (7, 9 and 11) plus other "
     "families. Can I turn off the 'add by phone number' option so strangers can't join?"),
    ("children", "sensitive", "dm",
     "I posted a pic of my newborn's hospital bracelet by mistake, it has his full name and date of birth on "
     "it. Deleted the post but it's still in my archive and in someone's share. Help!"),
    ("children", "sensitive", "agent_note",
     "Agent note: streamer 'pixelpip' said on stream she's in 9th grade and 'stuck in algebra'. Account is "
     "monetised and age-verified as 18+. Escalate to T&S to recheck ID."),
    ("children", "sensitive", "chat",
     "my 2 yr old facetimed my boss from the chorus app at 6am 😩 can i make the call button need a pin?"),
    ("children", "benign", "email",
     "Hello, we're the PTA at St Aidan's Primary and we'd like a Chorus group for parent volunteers, about 40 "
     "adults. Do you have nonprofit pricing?"),
    ("children", "benign", "email",
     "Sponsorship payout from Little Sprouts Snacks still showing 'processing' after 12 days. Campaign ID "
     "LS-2207."),
    ("children", "benign", "chat",
     "my baby is a 3 year old beagle called Biscuit. can i make him his own circlet profile or is that against "
     "the rules lol"),
    ("children", "benign", "chat",
     "is 'Babysitter Nightmare' allowed as a category? it's an indie horror game, chat wants me to speedrun it"),
    ("children", "benign", "web_form",
     "My username is OldKid_1994 and it's been flagged as a possible minor account. I'm 31. The name is a "
     "joke. Please clear the flag."),
    ("children", "benign", "email",
     "What's the minimum age to open a Coinpurse creator wallet? We're a small agency updating our onboarding "
     "terms and want to match yours."),
    ("children", "benign", "chat",
     "chat acting like a bunch of toddlers tonight, how do i turn on slow mode from mobile?"),
    ("children", "benign", "sms",
     "Im 34, not a kid. Why does the age check keep failing on my ID?"),
    ("children", "benign", "web_form",
     "Appeal: my Threadhall story follows a 12-year-old wizard apprentice in a made-up kingdom and got flagged "
     "under child safety. It's middle-grade fantasy fiction, no real kids involved."),
    ("children", "benign", "email",
     "Bright Acorns Daycare would like to advertise open enrolment for autumn. Are there restrictions on "
     "childcare business ads?"),
    ("children", "benign", "email",
     "Content ID flagged my own song. Lyrics: 'we were kids in the summer, running every red light home'. I "
     "wrote and recorded it; split sheet attached."),
    ("children", "benign", "thread",
     "Do you have parental controls? || Agent: Circlet is for users 13 and over (16+ in some regions). Parents "
     "and guardians can read our Family Guide in the Help Centre for supervision tools."),
    ("children", "benign", "email",
     "My channel 'Dad Joke Daily' got demonetised overnight with no reason given. It's puns over coffee. What "
     "rule did I break?"),
    ("children", "benign", "email",
     "We sell building-block sets for adult collectors and our ad was rejected for 'targeting minors'. Our "
     "audience settings are 25-54. Ad ID 90211."),
    ("children", "benign", "chat",
     "can i create child accounts under my business parent account for my 3 moderators? need separate logins "
     "but one invoice"),
    ("children", "benign", "chat",
     "ranked matchmaking is broken, keep getting put with 'kids' who leave after one round. is there a "
     "leaver penalty?"),
    ("children", "benign", "web_form",
     "My surname is Kidd and the display name filter blocks 'Sam Kidd'. Please whitelist it."),
    ("children", "benign", "email",
     "I teach secondary chemistry and want to start a general-audience revision stream in the evenings. Are "
     "there rules for educators or do I just go live?"),
    ("children", "benign", "chat",
     "if i ever have kids i'd want their stuff locked down. does chorus have any parental controls at all or "
     "is it adults only?"),
    ("children", "benign", "email",
     "Hi, I'm the secretary of Riverside Juniors FC. We want a club page for fixtures and kit orders. Can "
     "three committee members all be admins?"),
    # ---- financial_hardship
    ("financial_hardship", "sensitive", "email",
     "Please pause my Plus subscription. I lost my job last month and can't cover it right now. I don't want "
     "to lose my saved posts though."),
    ("financial_hardship", "sensitive", "chat",
     "can my payout go out early this once? rent's two months behind and the landlord's served notice, i need "
     "the $310 before friday"),
    ("financial_hardship", "sensitive", "email",
     "I'm on Universal Credit and the £4.99 came out twice this month, which left me short for the week. "
     "Please refund the duplicate as soon as you can."),
    ("financial_hardship", "sensitive", "email",
     "I've had a letter from Brackwell Collections saying I owe you £89 for an unpaid Premium plan and "
     "they're adding fees. I can't pay that. Can you confirm what's actually owed?"),
    ("financial_hardship", "sensitive", "email",
     "I filed for Chapter 7 last month and my trustee needs statements of my Coinpurse creator earnings for "
     "the last 2 years. How do I download them in one file?"),
    ("financial_hardship", "sensitive", "chat",
     "on the dole since the factory closed in june, any chance ye'd refund the annual sub? only used it a "
     "couple of weeks"),
    ("financial_hardship", "sensitive", "sms",
     "On Centrelink at the moment, can I switch to monthly billing instead of yearly? Can't do $96 in one go"),
    ("financial_hardship", "sensitive", "email",
     "Sir, my salary has not come for 3 months, company is shut. Kindly cancel the auto-debit of the Sparkwell "
     "Gold subscription from my account immediately."),
    ("financial_hardship", "sensitive", "chat",
     "Abeg stop the charges, I no get money now since they sack me from work. I no fit pay am again."),
    ("financial_hardship", "sensitive", "agent_note",
     "Agent note: creator says her payouts are being garnished under a creditor's wage garnishment order. "
     "Forwarded the order copy to Payments Ops; payouts to be split per the order from next cycle."),
    ("financial_hardship", "sensitive", "email",
     "Honestly I've been going to the food bank this month. I can't afford the $9.99 and didn't realise the "
     "free trial had rolled over. Please cancel and refund if possible."),
    ("financial_hardship", "sensitive", "email",
     "I've entered an IVA and my insolvency practitioner has told me to cancel all non-essential subscriptions. "
     "He needs written confirmation of the cancellation. Ref 55102."),
    ("financial_hardship", "sensitive", "web_form",
     "Cancel Gold please. Got laid off from the warehouse Tuesday and can't justify it."),
    ("financial_hardship", "sensitive", "chat",
     "ive been streaming for tips just to keep the lights on since i was made redundant and now my payout is "
     "held for 'review'?? that's my grocery money"),
    ("financial_hardship", "sensitive", "email",
     "I'm being evicted on the 30th and will be staying at my cousin's for a bit. Please change my payout "
     "mailing address to 22 Holloway Court, Unit B, until further notice."),
    ("financial_hardship", "sensitive", "email",
     "I'm behind on every bill at this point and your charge tipped me over my overdraft, so now the bank is "
     "charging me £25 a day. I need this reversed."),
    ("financial_hardship", "sensitive", "web_form",
     "SNAP and SSI are my only income, I can't keep the subscription. Please cancel and don't send it to "
     "collections, I can't pay that either."),
    ("financial_hardship", "sensitive", "chat",
     "Mi cyaan pay dis month, hard times, mi lose mi work at di hotel. Can yuh hold di account till mi find "
     "something?"),
    ("financial_hardship", "sensitive", "chat",
     "Retrenched last month, now cannot afford the premium. Can waive the late fee or not?"),
    ("financial_hardship", "sensitive", "thread",
     "Can I get a refund on the yearly plan? || Agent: I'm so sorry to hear the bank is repossessing your home. "
     "I've processed a full refund to your card and you should see it in 5-7 days."),
    ("financial_hardship", "benign", "email",
     "I was charged twice for Plus on the 3rd. Please refund one of them. Order IDs PL-8831 and PL-8832."),
    ("financial_hardship", "benign", "chat",
     "my payout threshold is $50 and i'm at $49.80 lol. any way to release it or do i just wait?"),
    ("financial_hardship", "benign", "chat",
     "running a monopoly tournament stream and chat keeps spamming BANKRUPT every time someone lands on "
     "mayfair. automod flags it as spam, can i allow it?"),
    ("financial_hardship", "benign", "email",
     "We're Harlow Recoveries Ltd, a licensed debt collection firm. We'd like a business page but 'Financial "
     "services' doesn't list our sector. Which category should we use?"),
    ("financial_hardship", "benign", "sms",
     "card expired, how do i update payment method in app?"),
    ("financial_hardship", "benign", "email",
     "My payout in GBP came to less than the USD balance converted at today's rate. What is the FX fee and "
     "where is it shown?"),
    ("financial_hardship", "benign", "web_form",
     "Appeal: my Threadhall serial 'The Last Rent Day' was removed as a scam. It's a period drama about a "
     "fictional landlord in 1890s Dublin. There are no links or payment requests in it."),
    ("financial_hardship", "benign", "email",
     "Lyrics flagged as spam keywords: 'empty pockets, full moon, broke hearts on the avenue'. It's my "
     "original song and the post is just the lyric sheet."),
    ("financial_hardship", "benign", "chat",
     "where do i download my 1099-K for last year? the tax page says 'coming soon'"),
    ("financial_hardship", "benign", "web_form",
     "Our band is called Eviction Notice and we can't register it as a page name. It's been our name for 8 "
     "years, gig posters attached."),
    ("financial_hardship", "benign", "email",
     "If a creator's bank account is closed or changed, what happens to pending payouts? Do they bounce back "
     "to the wallet or get lost?"),
    ("financial_hardship", "benign", "chat",
     "student discount code isn't applying at checkout, says invalid. uni email verified already"),
    ("financial_hardship", "benign", "chat",
     "I'm not broke or anything, I just want to know why Gold went up from 14.99 to 17.99 without notice"),
    ("financial_hardship", "benign", "web_form",
     "Report spam: someone keeps posting 'clear ALL your debt in 7 days' loan ads in our Chorus hobby group. "
     "Removed 5 today. Accounts are all new."),
    ("financial_hardship", "benign", "email",
     "Tips from viewers have been sitting in 'pending' for 5 days. Is there a hold on new accounts?"),
    ("financial_hardship", "benign", "thread",
     "Thanks for sorting the invoice. || Agent: You're welcome! If you ever want to spread out payments, our "
     "flexible billing options are on the Plans page. Have a great day."),
    ("financial_hardship", "benign", "chat",
     "accidentally gifted 50 subs instead of 5 on someone's stream 🙃 can that be reversed?"),
    ("financial_hardship", "benign", "email",
     "A viewer charged back a $50 tip from April and now my wallet shows a negative balance. How do I dispute "
     "the chargeback on my end?"),
    ("financial_hardship", "benign", "email",
     "Could you reissue our March invoice with our VAT number on it? Company: Tidewater Media Ltd, VAT "
     "GB 219 4471 03."),
    ("financial_hardship", "benign", "chat",
     "mate that price hike is daylight robbery. cancel me at the end of the term pls, no renewal"),
    # ---- legal
    ("legal", "sensitive", "email",
     "My lawyer has advised me to preserve all messages between me and @kestrel_vane for our lawsuit. How do "
     "I export the full DM history with timestamps?"),
    ("legal", "sensitive", "email",
     "My account was hacked and used to sell fake concert tickets. I've filed a police report (ref "
     "24-118832) and the officer asked for the login IP logs. Who do I send his request to?"),
    ("legal", "sensitive", "web_form",
     "I have a protective order against my ex and he keeps making new Sparkwell profiles to match with me. "
     "Copy of the order attached. Please ban every account linked to him."),
    ("legal", "sensitive", "email",
     "I've been subpoenaed in my divorce case and need a complete copy of my Chorus chat history from 2022 "
     "onward. Is there a certified export?"),
    ("legal", "sensitive", "email",
     "Your dating app's optional background check is showing my 2015 conviction on my profile badge. It's "
     "spent under the law here. I want to dispute how it's displayed."),
    ("legal", "sensitive", "chat",
     "my brother got arrested last week and the police have his phone, so he can't do 2fa. he asked me to "
     "turn off his stream schedule so it doesn't keep announcing. can i do that?"),
    ("legal", "sensitive", "email",
     "I've got a date at the magistrates' on the 9th over posts made from my account in March. I need the "
     "login history to show it wasn't me on those days."),
    ("legal", "sensitive", "email",
     "Respected team, an FIR has been lodged at the cyber cell regarding my morphed photos posted by a fake "
     "profile. Kindly share the uploader's account details with the investigating officer. FIR copy attached."),
    ("legal", "sensitive", "email",
     "I'm taking a brand sponsor to small claims court over an unpaid invoice. I need my Coinpurse payout "
     "records showing nothing was received from them."),
    ("legal", "sensitive", "agent_note",
     "Agent note: law enforcement request from Halden County Sheriff's Office for user 8841192, who is the "
     "subject of an active investigation. Preserve account per LE policy; do not notify user."),
    ("legal", "sensitive", "web_form",
     "Part of my probation conditions is that I can't use livestreaming sites. Please deactivate my Glowcast "
     "account and confirm by email so I can show my officer."),
    ("legal", "sensitive", "chat",
     "mate's on bail and his conditions say no social media, he asked me to close his circlet for him. "
     "i've got his email access. how do i do it?"),
    ("legal", "sensitive", "email",
     "My immigration hearing is in May and my solicitor wants screenshots of my public posts from 2021 with "
     "dates visible. The archive only shows month and year."),
    ("legal", "sensitive", "email",
     "Good morning. The matter is now in court at the High Court in Ikeja and my counsel needs certified copies "
     "of the messages sent from the account. Please advise on the procedure."),
    ("legal", "sensitive", "dm",
     "Custody hearing is next week and my ex's lawyer is using clips from my old stream VODs. Can I make all "
     "VODs before 2023 private at once?"),
    ("legal", "sensitive", "thread",
     "Why can't I withdraw my balance? || Agent: The account is subject to the court's asset-freezing order "
     "we received on 2 May. We can't release funds until your attorney sends us the release from the court."),
    ("legal", "sensitive", "email",
     "I received a cease-and-desist from a solicitor saying my review video defames his client's restaurant "
     "and they'll sue. Can you tell me if they also reported the video to you?"),
    ("legal", "sensitive", "sms",
     "Di police tek mi phone when dem lock mi up Friday, now mi cyaan log in. Need fi change di number"),
    ("legal", "sensitive", "dm",
     "hi, can you take down the post about me in the Eastfield community group? it mentions my DUI from 2019 "
     "and it's costing me work."),
    ("legal", "sensitive", "voicemail",
     "Hello, Ravi Menon here. My tenancy dispute goes to the tribunal on Thursday and my barrister needs the "
     "messages my landlord sent me on Chorus. Please call back on the number on the account."),
    ("legal", "benign", "email",
     "Carver & Finch Solicitors would like a verified business page on Circlet. We're regulated by the SRA; "
     "what documents do you need?"),
    ("legal", "benign", "chat",
     "playing a courtroom visual novel on stream and chat spams OBJECTION every 10 seconds lmao. can i "
     "whitelist one word in automod?"),
    ("legal", "benign", "chat",
     "your new price is criminal lol. jk, but is there still an annual discount?"),
    ("legal", "benign", "email",
     "Do your terms of service let me sell my own merch through the creator store, or do I need a separate "
     "seller agreement?"),
    ("legal", "benign", "web_form",
     "Appeal: chapter 6 of my crime thriller was removed for 'real case details'. It's a made-up trial in a "
     "made-up town. Every name, court and date is invented."),
    ("legal", "benign", "chat",
     "monopoly stream again, chat keeps typing 'go directly to jail' and it trips the link filter somehow?"),
    ("legal", "benign", "web_form",
     "Ban appeal: I was banned for 'ban evasion' but this is my first and only account. I've never been "
     "suspended before. Please check again."),
    ("legal", "benign", "email",
     "We're the communications team at Westbrook Police and would like to verify our community engagement page "
     "for road closure updates. Who do we contact?"),
    ("legal", "benign", "chat",
     "just curious, if someone hypothetically sued over a review, would you hand over user data? trying to "
     "understand your privacy policy before I post reviews"),
    ("legal", "benign", "email",
     "My original song got flagged: 'lock me up and throw away the key, baby, I'm a prisoner of your "
     "Saturday'. I own it, publishing info attached."),
    ("legal", "benign", "email",
     "I'd like to make a subject access request under GDPR for all data you hold on my account."),
    ("legal", "benign", "web_form",
     "Page name 'The Felony Four' rejected. We're a barbershop quartet. Please review."),
    ("legal", "benign", "chat",
     "streaming our pickup game from the court at Reyes Park and audio keeps cutting out every few minutes, "
     "using phone mic"),
    ("legal", "benign", "chat",
     "No, I'm not taking any legal action, I just want the refund for the double charge."),
    ("legal", "benign", "agent_note",
     "Mod note: user posted finale spoilers in the general channel without tags. 24h mute applied per rule 4. "
     "Appeal window 7 days."),
    ("legal", "benign", "chat",
     "i'm one of the judges for the cosplay contest on tonight's stream, need co-host perms so i can put "
     "scores on screen"),
    ("legal", "benign", "email",
     "Another page is using our registered trademark 'Fernleaf Candles' and our product photos. How do I file "
     "an IP report?"),
    ("legal", "benign", "email",
     "Hi there, this is Lorna from Prison Break Escape Rooms in Leeds. Our Circlet ad for the new 'Cell Block "
     "C' room got rejected for 'criminal content or promotion of illegal acts'. It's an escape room: groups "
     "of four to six solve puzzles to get out of a themed set in under an hour. No real prisons, no weapons, "
     "nothing graphic, and the creative is a cartoon padlock and a ticking clock. We ran almost the same ad "
     "last year with no issue. Ad ID 61-55093. Could someone take a second look, or tell us what wording to "
     "change so it passes? Many thanks, Lorna"),
    ("legal", "benign", "thread",
     "Would you give my info to someone who asked? || Agent: We only disclose user data in response to valid "
     "legal process, as described in our Law Enforcement Guidelines and Privacy Policy."),
    ("legal", "benign", "sms",
     "Court Street address not validating on payout form. 48 Court St, Apt 2"),
    # ---- special_categories
    ("special_categories", "sensitive", "email",
     "I'll be streaming much less during Ramadan because I'm fasting and my usual slot clashes with iftar. Will "
     "I lose partner status if I'm under the 12-hour minimum this month?"),
    ("special_categories", "sensitive", "chat",
     "can't do the verification call on saturday, it's shabbat for us, any weekday after 5 works"),
    ("special_categories", "sensitive", "web_form",
     "Can I filter Sparkwell matches to other Sikhs only? I'm Sikh and it matters a lot to me and my family."),
    ("special_categories", "sensitive", "email",
     "Hi, I'm an elder at Grace Covenant and my personal Circlet account got flagged for posting a verse every "
     "morning. It's my faith and my own page, not spam. Please restore."),
    ("special_categories", "sensitive", "review_reply",
     "Review (1 star): The beauty filter lightens my skin every single time. As a Black woman it's upsetting "
     "to see. || Agent: Thank you for telling us, Nia. You're right, and we've sent this to the camera team."),
    ("special_categories", "sensitive", "email",
     "My Sparkwell profile shows my ethnicity as Roma and I've been getting reported for it. Please make the "
     "ethnicity field private on my profile."),
    ("special_categories", "sensitive", "chat",
     "I'm half Korean half Mexican and the ethnicity dropdown only lets me choose one. can it be multi select?"),
    ("special_categories", "sensitive", "email",
     "I'm standing for the Ward 4 council seat as the Green candidate in May and would like my campaign page "
     "verified before nominations close."),
    ("special_categories", "sensitive", "voicemail",
     "Hi, Sean here, I volunteered at the Labour campaign office on Mill Lane all week and I think I left my "
     "phone there, so I'm locked out of Circlet. Can you send the recovery code to my email?"),
    ("special_categories", "sensitive", "email",
     "I'm a shop steward and our union branch uses Chorus for members. We're at 250 and can't add anyone else "
     "before the ballot. Can we get a larger group?"),
    ("special_categories", "sensitive", "chat",
     "my union rep asked me to save the group chat about the strike vote in case management asks. how do i "
     "export it?"),
    ("special_categories", "sensitive", "web_form",
     "Can I hide that I'm a woman seeking women from my public profile? Only want matches to see it, I'm not "
     "out to my family yet."),
    ("special_categories", "sensitive", "email",
     "My boyfriend and I (I'm a guy too) want to set up a joint couples profile on Sparkwell. Is that possible "
     "for two men or only for mixed couples?"),
    ("special_categories", "sensitive", "chat",
     "im bi and set to show everyone but the app only shows me men. bug?"),
    ("special_categories", "sensitive", "email",
     "I'm trans and have legally changed my name. Please update the name on my Coinpurse payout account from "
     "my deadname. Deed poll attached."),
    ("special_categories", "sensitive", "web_form",
     "I'm non-binary (they/them) and the signup forces me to pick man or woman. Please add more options."),
    ("special_categories", "sensitive", "thread",
     "Need to update the name on my verified badge. || Agent: Congratulations on your transition, Jordan! "
     "Once your new ID is uploaded we'll update the badge and keep your follower count."),
    ("special_categories", "sensitive", "email",
     "I posted my DNA kit results in the Threadhall ancestry forum and only afterwards realised it shows I "
     "carry a BRCA2 variant. Please remove the post and the cached preview."),
    ("special_categories", "sensitive", "chat",
     "the DNA test in my genealogy post says 38% Ashkenazi and now i'm getting weird DMs. can you pull the "
     "screenshot but keep the rest of the thread?"),
    ("special_categories", "sensitive", "email",
     "Please delete my face scan and voiceprint from your creator verification system. I did the liveness "
     "check in January and don't want my biometric data kept now that I've closed my channel."),
    ("special_categories", "benign", "thread",
     "Hello, I'm the office administrator at St Columba's Parish. We'd like to livestream the Sunday service "
     "and the weekday choir rehearsals. Can we schedule a recurring stream each week rather than going live "
     "manually? || Agent: Yes! Under Creator Studio > Schedule, pick 'Repeat weekly' and set the start time; "
     "the stream key stays the same. || Thanks. And can comments be switched off just for the Sunday one? "
     "Our volunteer on the laptop can't moderate and run the camera at the same time. || Agent: You can set "
     "chat to 'off' or 'followers only' per scheduled stream in the same menu."),
    ("special_categories", "benign", "chat",
     "black friday discount on creator subscriptions didn't apply, still charged full price"),
    ("special_categories", "benign", "email",
     "We're a print shop and a client asked if we can place political ads on Circlet for them. What's the "
     "general policy before we quote?"),
    ("special_categories", "benign", "chat",
     "streaming an election night strategy game and the title got tagged 'political content'. it's a game, "
     "fictional parties and all"),
    ("special_categories", "benign", "web_form",
     "My payout address is 12 Union Street and the form keeps changing it to 'Union St' which my bank rejects."),
    ("special_categories", "benign", "chat",
     "transcoding options missing on my channel, viewers only get source quality. affiliate since last month"),
    ("special_categories", "benign", "review_reply",
     "Review (3 stars): Your Pride Month banner covers the upload button on Android. || Agent: Thanks for the "
     "heads-up! The fix is rolling out in version 8.4.1 this week."),
    ("special_categories", "benign", "chat",
     "your ads say 'community is in our DNA' but the community tab won't even load 😂"),
    ("special_categories", "benign", "email",
     "Your login page loops when I use a browser fingerprinting blocker. Can you support privacy extensions?"),
    ("special_categories", "benign", "web_form",
     "Appeal: our fantasy roleplay forum has an invented religion of moon-worshippers and mods removed a "
     "thread as hate speech. The faith, its rites and all characters are fictional."),
    ("special_categories", "benign", "email",
     "My song got auto-muted: 'pray for rain on a Sunday, I'll be gone by the Monday'. I wrote it. Please "
     "release the claim."),
    ("special_categories", "benign", "chat",
     "I'm not political at all lol, i posted a photo of the old town hall for its architecture and it got "
     "labelled election content"),
    ("special_categories", "benign", "thread",
     "Which bits of my profile can people see? || Agent: You choose! Every optional field, including "
     "languages, interests and 'about me', has its own visibility setting under Privacy."),
    ("special_categories", "benign", "chat",
     "oh my god the new layout. where did the clip button go"),
    ("special_categories", "benign", "chat",
     "stream goes straight to buffering every time i switch scenes"),
    ("special_categories", "benign", "chat",
     "can i merge two chorus groups into one? basically a union of both member lists without duplicates"),
    ("special_categories", "benign", "email",
     "Office manager at the Northside Electrical Workers' Union offices here. We'd like 12 business seats on "
     "Chorus for staff. Can you send a quote?"),
    ("special_categories", "benign", "chat",
     "how do i set the app to Korean but keep english captions on streams?"),
    ("special_categories", "benign", "dm",
     "posted my dog's DNA test result (40% husky, the rest a mystery) and it got flagged as medical info?? "
     "she's a dog"),
    ("special_categories", "benign", "chat",
     "the face tracking on my vtuber avatar stutters when i go live, fine in preview. webcam at 30fps"),
    # ---- bereavement
    ("bereavement", "sensitive", "email",
     "My father passed away in March and I'd like to memorialise his Circlet profile. I'm his daughter and "
     "have the death certificate."),
    ("bereavement", "sensitive", "email",
     "I need access to my late wife's account to download our photos before anything is deleted. What "
     "proof do you need from me?"),
    ("bereavement", "sensitive", "email",
     "Himself died a fortnight ago, God rest him, and his Plus sub is still coming out of our joint account. "
     "Can ye stop it? Kind regards, Bernadette"),
    ("bereavement", "sensitive", "email",
     "Dear sir, my mother expired on 2nd of this month. Kindly close her account and stop the monthly "
     "deduction. Her registered mobile is with me."),
    ("bereavement", "sensitive", "email",
     "Good morning. My elder brother has gone to be with the Lord last week. Please how do we stop his page "
     "and the payments going out from his card?"),
    ("bereavement", "sensitive", "email",
     "Our streamer friend Kai died in a car crash on Saturday. His Coinpurse payouts are still pending. Who "
     "can claim them for his family?"),
    ("bereavement", "sensitive", "agent_note",
     "Agent note: caller's son deceased 2 Jan; death certificate received by email. Proceed with memorial "
     "request and waive the verification call."),
    ("bereavement", "sensitive", "web_form",
     "My sister passed in the summer and her Sparkwell profile is still showing up for our friends. Please "
     "remove it."),
    ("bereavement", "sensitive", "email",
     "Sorry I missed the payout verification deadline. I was in Enugu for my dad's burial and had no network "
     "most of the week."),
    ("bereavement", "sensitive", "chat",
     "lost my nan last week and the funeral's thursday so i won't be live. can you push my scheduled streams "
     "back a week?"),
    ("bereavement", "sensitive", "chat",
     "how do i take grandpa out of the family chorus group without it saying 'removed by'? he passed on "
     "sunday and that message feels cruel"),
    ("bereavement", "sensitive", "email",
     "I want to hold a memorial stream for my co-host Ellis, who died last month. Can I add a donation link "
     "that goes straight to his parents?"),
    ("bereavement", "sensitive", "chat",
     "my ah ma passed away, the wake is this whole week so cannot stream. pls don't cancel my partner status"),
    ("bereavement", "sensitive", "sms",
     "Mi granny dead last week, nine night is Friday. Cyaan make di verification call, can we do next week?"),
    ("bereavement", "sensitive", "email",
     "A mate of mine has passed and his mum wants his gaming clips saved before his Glowcast account is "
     "closed. Can she get a download?"),
    ("bereavement", "sensitive", "chat",
     "tomorrow is 2 years since my mum died and the 'memories' thing keeps putting her photos in my feed. "
     "can i mute memories for a few days?"),
    ("bereavement", "sensitive", "thread",
     "Please make me the account holder on the family plan. || Agent: I'm so sorry for the loss of your "
     "husband, Mrs Doyle. I've transferred the plan into your name and nothing else will change."),
    ("bereavement", "sensitive", "voicemail",
     "Hello, this is Pauline Ashby calling about my son Daniel's channel on Glowcast, the username is "
     "danash_plays. Daniel died on the 4th and his subscribers keep messaging the channel asking when he'll "
     "be back on, and I don't know how to answer them all. I've got his laptop but not his password, and "
     "there's some money in his earnings bit that I think should go to his partner. I'm not very good with "
     "computers so I'd rather someone rang me than emailed. My number is 07700 900418. Thank you, sorry, "
     "bye."),
    ("bereavement", "sensitive", "email",
     "Our forum lost one of our own moderators, Priya, last weekend. How do we hand over her mod tools and "
     "put up a pinned tribute without locking her account?"),
    ("bereavement", "sensitive", "web_form",
     "Deceased user report. Account: @hollis_m. Relationship: cousin. Date of death: 11/09. Request: "
     "memorialise."),
    ("bereavement", "benign", "email",
     "Oakridge Funeral Home would like to livestream services for families who can't travel. What's the "
     "pricing on the business tier?"),
    ("bereavement", "benign", "chat",
     "died 40 times to the final boss on stream and my death counter overlay reset at 39. can i set it "
     "manually?"),
    ("bereavement", "benign", "sms",
     "battery died mid stream, VOD didn't save. any way to recover it?"),
    ("bereavement", "benign", "chat",
     "rip my ranked placement lol. anyway, why did my clip get removed?"),
    ("bereavement", "benign", "dm",
     "our hamster Pickle passed away and we posted a little tribute, but I can't tag his pet account in it."),
    ("bereavement", "benign", "web_form",
     "My fanfic on Threadhall kills off a main character in chapter 9 and the spoiler tag doesn't hide the "
     "chapter title. Can titles be hidden too?"),
    ("bereavement", "benign", "email",
     "My own lyrics got flagged: 'bury me in the city lights, darling, let the sirens sing me home'. Please "
     "remove the claim."),
    ("bereavement", "benign", "chat",
     "just curious, do you have a legacy contact feature? setting up all my accounts properly"),
    ("bereavement", "benign", "sms",
     "link in the help article for payouts is dead"),
    ("bereavement", "benign", "chat",
     "Memorial Day promo code doesn't work on the annual plan"),
    ("bereavement", "benign", "chat",
     "chat's dead on weekdays. any tips for growing viewers midweek?"),
    ("bereavement", "benign", "web_form",
     "Report: about 300 dead bot accounts followed me overnight. Can you purge them?"),
    ("bereavement", "benign", "thread",
     "How do I get into an old account? || Agent: Memorialisation requests need proof of death and "
     "relationship; for your own account access, please use the recovery form linked below."),
    ("bereavement", "benign", "chat",
     "doing a halloween stream of Grave Robbers and the game's category is missing"),
    ("bereavement", "benign", "chat",
     "absolutely killed it at the tournament 🔥 how do i clip the grand final from the VOD?"),
    ("bereavement", "benign", "email",
     "Is the Legacy plan dead? Will my legacy subscription be migrated automatically or do I need to switch?"),
    ("bereavement", "benign", "chat",
     "nobody died, I just want to delete my old account from 2014 lol"),
    ("bereavement", "benign", "email",
     "Our band The Late Arrivals can't claim our page because the name is 'already taken'. We have 4k "
     "followers."),
    ("bereavement", "benign", "email",
     "Greenhill Cemetery Trust would like to post events (heritage walks, open days). Can a charity page "
     "create ticketed events?"),
    ("bereavement", "benign", "chat",
     "poker stream, dead man's hand came up and chat went nuts. how do i make that a highlight?"),
    # ---- violence_self_harm
    ("violence_self_harm", "sensitive", "web_form",
     "Someone keeps messaging me from new accounts saying they know where I live and they're going to hurt "
     "me. I've blocked 9 so far."),
    ("violence_self_harm", "sensitive", "chat",
     "honestly don't see the point anymore, thinking about ending it. just delete everything"),
    ("violence_self_harm", "sensitive", "email",
     "My ex used to hit me and now he watches my streams from alt accounts and comments about where I am. "
     "How do I block him across every account he makes?"),
    ("violence_self_harm", "sensitive", "email",
     "For three weeks a group has been raiding my stream with slurs and posting my home address in chat. "
     "Clips attached. Please act on these accounts."),
    ("violence_self_harm", "sensitive", "agent_note",
     "Agent note: user wrote in chat 'I won't be around after tonight'. Escalated to crisis team per "
     "self-harm protocol; helpline info sent. Do not close ticket."),
    ("violence_self_harm", "sensitive", "dm",
     "been cutting again and i want my old posts about it gone before anyone from work finds them"),
    ("violence_self_harm", "sensitive", "web_form",
     "Report profile: matched with this man, he got aggressive on our date and grabbed my arm hard, then sent "
     "threats when I left. Please ban him."),
    ("violence_self_harm", "sensitive", "email",
     "My aunt's carer has been taking her phone and threatening her when she tries to call us. We need to "
     "get back into the account and change the password."),
    ("violence_self_harm", "sensitive", "email",
     "One boy is continuously sending obscene messages and threatening to leak my photos if I don't reply. "
     "Kindly block him from all accounts."),
    ("violence_self_harm", "sensitive", "web_form",
     "He turns up wherever I check in on Circlet. I've stopped checking in and now he's commenting on my "
     "friends' photos. I'm scared."),
    ("violence_self_harm", "sensitive", "email",
     "My flatmate's ex is sending her threats through Chorus and she's too scared to go out. How does she "
     "report the account without him knowing?"),
    ("violence_self_harm", "sensitive", "chat",
     "They said they will deal with me and burn my shop if I don't pull down the video. Please help me, I "
     "have the messages."),
    ("violence_self_harm", "sensitive", "chat",
     "someone's blackmailing me for money with screenshots from a video call. they want $500 by tonight"),
    ("violence_self_harm", "sensitive", "thread",
     "Streamer here, channel is lunawren. A viewer (username in the attached clip) said in chat he'd 'see me "
     "at the con next month' and then described in detail what he'd do to me once I was alone. I banned him "
     "but he's already back on two alts. || Agent: Thank you for reporting this, and I'm sorry. I've "
     "escalated it to our safety team and preserved the chat logs. Are you comfortable sharing which event "
     "and dates? || It's Northcon, 14-16 June, I'm on a panel Saturday. I need this sorted before then, I've "
     "told the organisers too. || Agent: Understood. A safety specialist will contact you within 24 hours."),
    ("violence_self_harm", "sensitive", "email",
     "Cancel my sub please. I've been in a bad place, took too many pills last week, and I'm trying to cut "
     "back on screen time now."),
    ("violence_self_harm", "sensitive", "thread",
     "Please restore my account. || Agent: I understand the account was locked after your partner took "
     "control of it during the abuse you described. I've reset access and turned on login alerts."),
    ("violence_self_harm", "sensitive", "chat",
     "This guy keep DM me vulgar things and say he will wait outside my office at Raffles Place. Can block "
     "him permanently or not?"),
    ("violence_self_harm", "sensitive", "voicemail",
     "Yes, hello, him seh him a go kill mi if mi nuh tek down di post. Mi have di message dem. Please call "
     "mi back."),
    ("violence_self_harm", "sensitive", "email",
     "Coworkers made a Chorus group just to mock me and post edited pictures of me. It's been months and "
     "someone added me by accident so I saw everything."),
    ("violence_self_harm", "sensitive", "email",
     "Someone doxxed my friend and then swatted him during his stream last night. Armed officers at his door. "
     "Please preserve the chat from that stream."),
    ("violence_self_harm", "benign", "chat",
     "got my first 20-kill game and the clip won't save 😭"),
    ("violence_self_harm", "benign", "email",
     "My headshot compilation from a tactical shooter got age-restricted. It's standard gameplay, no real "
     "footage. Can you review?"),
    ("violence_self_harm", "benign", "web_form",
     "Bot accounts spamming crypto links under every post on my page. About 50 today."),
    ("violence_self_harm", "benign", "chat",
     "this update is killing me, where's dark mode gone?"),
    ("violence_self_harm", "benign", "web_form",
     "Appeal: my horror short story has a murder scene and got removed for 'violent content'. It's fiction "
     "with a content warning at the top."),
    ("violence_self_harm", "benign", "email",
     "My song lyric 'I'd burn this whole town down for you' got flagged. It's a love song, my own."),
    ("violence_self_harm", "benign", "chat",
     "how do i set up automod to catch slurs before they show? new channel, nothing's happened yet, just want "
     "it ready"),
    ("violence_self_harm", "benign", "email",
     "Iron Lotus MMA Gym would like to stream our amateur fight nights. Any rules on combat sports content?"),
    ("violence_self_harm", "benign", "chat",
     "we have rights to stream the regional boxing card saturday. do i need to submit anything in advance?"),
    ("violence_self_harm", "benign", "email",
     "What's your threats and harassment policy, exactly? We're writing rules for our own server and want "
     "to mirror it."),
    ("violence_self_harm", "benign", "chat",
     "no one's threatening me or anything, i just want fewer notifications from strangers"),
    ("violence_self_harm", "benign", "thread",
     "Thanks for the help. || Agent: Anytime! If you ever feel unsafe, you can report a profile from the "
     "three-dot menu or visit our Safety Centre."),
    ("violence_self_harm", "benign", "chat",
     "smash tourney bracket isn't updating on the stream overlay"),
    ("violence_self_harm", "benign", "chat",
     "crushed it in the speedrun, new PB. how do i submit the VOD to the leaderboard?"),
    ("violence_self_harm", "benign", "chat",
     "lol automod flagged 'i'm going to murder this pizza' as a threat"),
    ("violence_self_harm", "benign", "email",
     "The fire emoji is being filtered in my chat. Is that a setting I turned on by mistake?"),
    ("violence_self_harm", "benign", "email",
     "Shieldwise Self-Defence classes would like to run ads for our women's beginners course. Any restrictions?"),
    ("violence_self_harm", "benign", "chat",
     "got raided by a friendly streamer with 300 viewers but the raid alert didn't fire"),
    ("violence_self_harm", "benign", "email",
     "Our comedy roast stream got flagged for bullying. It's four friends roasting each other with consent, "
     "all co-hosts. Please review."),
    ("violence_self_harm", "benign", "sms",
     "im dead 💀 the new emotes are perfect"),
]


def solstice_examples() -> list[dict]:
    """The solstice split as labelled tickets (same shape as ``sensitive_eval.build_eval_set``'s)."""
    return stranger_examples("solstice", ENTRIES, SUBJECTS)
