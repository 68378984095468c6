"""cedar split: written by a helper who had not seen the detection rules, the anchors or any other split.
Setting: Brightmoor, an invented betting, lottery and online casino operator (sportsbook app, casino, Moor
Millions lotto, scratchcards): accounts, age and identity checks, deposits, withdrawals, limits, self-exclusion
and promotions, reached by email, chat, transcribed calls, SMS, DMs, web forms, review replies, voicemail and
agent notes, in UK, Irish, US, Australian, Indian, Nigerian, Filipino, South African and Singaporean English.
The benign half reuses each category's words through slot, horse and market names, betting idioms, business
accounts (a law firm, a funeral director, a school trust), general policy questions and plain tickets.
35 sensitive and 35 benign tickets for children and for special categories, 20 and 20 for each other category.
First reading (policy 2026.11.15, before any change made in response to it; `sensitive_eval.evaluate`, as `make
eval-sensitive`): 86.5 / 4.1 recall / false exclusion in % as shipped, 87.6 / 8.8 without the overruling, 79.4 / 6.5 by the
rules alone. Then read while tuning the rules for 2026.11.16 and trained on."""

from __future__ import annotations

from training_gate.sensitive_blind import stranger_examples

SUBJECTS: tuple[str, ...] = (
    "Question about my account",
    "Withdrawal still pending",
    "Deposit declined",
    "ID verification problem",
    "Self-exclusion request",
    "Change my deposit limit",
    "Bet settlement query",
    "Free bet not credited",
    "Lotto ticket query",
    "App not working",
    "Please close my account",
    "Complaint about service",
    "Update my personal details",
    "Casino game issue",
)

ENTRIES: list[tuple[str, str, str, str]] = [
    # ---- health (sensitive)
    ("health", "sensitive", "email",
     "Hi, I need my balance of £212.40 sent to a different card. I've been on the orthopaedic ward at St "
     "Mary's since the 3rd after they pinned my hip, and the old card expired while I was in. Account "
     "BM-448210. Thanks, Derek"),
    ("health", "sensitive", "chat",
     "can u pause my acc for 6 months. my counsellor at the gambling clinic says i should block everything "
     "while im doing the programme"),
    ("health", "sensitive", "call",
     "Yeah hi, um, it's about the ID check. I can't do the selfie video thing on my own cos I'm registered "
     "blind, so my partner's gonna hold the phone for me, is that allowed or will it fail?"),
    ("health", "sensitive", "sms",
     "pls stop the promo txts. on sertraline and trying to stay off the apps, free spins msgs every morning "
     "arent helping"),
    ("health", "sensitive", "web_form",
     "Reason for request: I have type 1 diabetes and had a bad hypo while playing live roulette last night. "
     "I placed several bets I genuinely don't remember making. Requesting a review of bets on 14/06 between "
     "23:10 and 23:40."),
    ("health", "sensitive", "agent_note",
     "Cust rang re stuck withdrawal. Mentioned she has chemo on Tuesdays so best to call back Wed-Fri. "
     "Withdrawal of 340.00 released after SOW docs checked."),
    ("health", "sensitive", "dm",
     "ur verification keeps failing my face scan. I had Bell's palsy last year and one side of my face "
     "still droops, the app just doesnt recognise me"),
    ("health", "sensitive", "email",
     "Can you tell me why my account is locked? || Agent: Hi Daniel, the account was closed at your request "
     "on 2 March under our self-exclusion scheme. || Ah right. I was in the Priory at the time and honestly "
     "don't remember doing that. Can it be reopened now I'm home?"),
    ("health", "sensitive", "voicemail",
     "Hi, this is Gráinne Ní Bhriain, account ending 7713. I'll be hard to reach for a couple of weeks, I'm "
     "going in for the embryo transfer on Monday, so could someone just cancel the Lotto subscription for "
     "now? Thanks a million."),
    ("health", "sensitive", "chat",
     "hi im 28 weeks along and the midwife said no stress lol so can you close the casino side of my "
     "account and just leave the lotto"),
    ("health", "sensitive", "review_reply",
     "2 stars. Bet slip is tiny and the app crashes. || Agent: Sorry to hear that, Mr Okafor. We've noted "
     "from your call that your dyslexia makes the small print on bet slips hard to read; the large-text "
     "setting is under Settings > Display."),
    ("health", "sensitive", "email",
     "Respected Sir/Madam, I am undergoing dialysis three times weekly (Monday, Wednesday, Saturday). "
     "Kindly schedule the KYC video call on Tuesday or Thursday only. Kindly do the needful. Regards, R. "
     "Venkatesan"),
    ("health", "sensitive", "agent_note",
     "Customer disclosed a bipolar diagnosis during the safer gambling interaction and said he's currently "
     "in a manic phase. Applied 12-month exclusion per request and flagged to SG team."),
    ("health", "sensitive", "sms",
     "wont be able to send the bank stmt till next wk, in hosp getting my appendix out. dont close the acc "
     "pls"),
    ("health", "sensitive", "call",
     "Hello, yes, it's Mr Pollard. Since the neurologist told me it's early dementia I've been forgetting "
     "what I've put on. Can you set it so I can't put in more than twenty pound a month? My wife says I "
     "should."),
    ("health", "sensitive", "chat",
     "the 2FA code goes to my old number and i cant get to the phone shop for a few weeks after the knee "
     "replacement. can you send it by email instead"),
    ("health", "sensitive", "email",
     "Good day, I wish to complain that my withdrawal of 85,000 naira has been pending for 9 days. I am "
     "currently managing hypertension and this kind of stress is not good for my BP at all. Please treat as "
     "urgent."),
    ("health", "sensitive", "dm",
     "Hello po, can I change my registered email? I'm on sick leave because of dengue and can't open my "
     "office email po. Thank you"),
    ("health", "sensitive", "agent_note",
     "Called back re bonus dispute. Cust slurring, said he'd taken his methadone late today and would ring "
     "back. No action on account, callback booked 10:00."),
    ("health", "sensitive", "chat",
     "eh my face ID cannot work already, after the cataract op the camera keep say 'no match'. can do "
     "manual check or not?"),
    # ---- health (benign)
    ("health", "benign", "chat",
     "Is the Plague Doctor Megaways slot coming back? It vanished from the casino lobby yesterday."),
    ("health", "benign", "email",
     "My bet on Sick Note in the 3:40 at Kempton was settled as a loser but the horse was declared a "
     "non-runner. Please resettle, slip ref SB-90331."),
    ("health", "benign", "sms",
     "app keeps dying when i open the in-play tab. iphone 13, latest update"),
    ("health", "benign", "call",
     "Hi, quick one, does injury time count for the ninety-minute result market or is it just the ninety? I "
     "had the draw and they scored in the ninety-third."),
    ("health", "benign", "web_form",
     "Suggestion: a single 'account health check' page showing all my limits, reality checks and marketing "
     "settings in one place would be really handy."),
    ("health", "benign", "dm",
     "the odds on the derby are sick 🔥 is the price boost still on"),
    ("health", "benign", "review_reply",
     "Fever Reels takes forever to load on Android. || Agent: Thanks for the feedback, we've passed the "
     "loading issue for Fever Reels to the studio that makes it."),
    ("health", "benign", "email",
     "Hello, I'm writing a piece for a trade magazine comparing operators' safer gambling tools. Could you "
     "tell me which deposit limit, time-out and reality check options Brightmoor offers? No account query."),
    ("health", "benign", "agent_note",
     "Cust asked whether the Medic Mania tournament leaderboard resets daily. Confirmed reset at 00:00 UK. "
     "No further action."),
    ("health", "benign", "chat",
     "my wifi is on life support lol, the live stream buffers every 10 sec. is there a lower quality "
     "option?"),
    ("health", "benign", "sms",
     "mate the cash out button is broken again, this app gives me a headache every saturday arvo"),
    ("health", "benign", "email",
     "We are Kelso Pharmacy Ltd, a chain of 14 pharmacies in the Borders, and would like to sponsor a race "
     "at your charity race day. Who should we contact in partnerships?"),
    ("health", "benign", "call",
     "I want to set a deposit limit of fifty pound a week, just to keep things tidy. How do I do it on the "
     "app? I can't find the menu."),
    ("health", "benign", "web_form",
     "The 'Heartbeat Hold & Win' jackpot display shows £0.00 while the trailer says £50k. Bug?"),
    ("health", "benign", "dm",
     "any odds on the Nurses v Doctors charity football match at Dalymount on Saturday? would be class"),
    ("health", "benign", "voicemail",
     "Hi, it's Ruth Adeyemi, account 55190. Just ringing about my Lotto ticket, the numbers I picked were "
     "3, 11 and 17 and a few others, but the app says I didn't enter the draw. Could someone ring me back?"),
    ("health", "benign", "chat",
     "my phone died mid-bet, did the acca go through? ref ACC-7712"),
    ("health", "benign", "email",
     "Your promo email promised 'a healthy dose of free spins' but the spins never arrived after I "
     "deposited £20 on Friday. Username kev_w88."),
    ("health", "benign", "agent_note",
     "Caller asked if Brightmoor has a reality check pop-up. Explained 15/30/60 min intervals. Set to 30 "
     "min at cust request."),
    ("health", "benign", "review_reply",
     "The new UI is a nightmare, took me 5 minutes to find my open bets. || Agent: Sorry about that! Open "
     "bets are pinned to the top of My Bets from version 6.2."),
    # ---- children (sensitive)
    ("children", "sensitive", "email",
     "My son is 15 and has opened an account using my card and my date of birth. Please close it "
     "immediately and refund the deposits to my card. I've attached his birth certificate."),
    ("children", "sensitive", "chat",
     "someone on my account placed £40 of bets while I was at work. turns out it was my lad, he's in Year "
     "10 and knew my password. can I get it back?"),
    ("children", "sensitive", "call",
     "I'm ringing because my daughter, her birthday's the 2nd of May 2011, she's had your Lotto promo text "
     "on her phone. How did you get her number? She's never signed up for anything."),
    ("children", "sensitive", "sms",
     "stop texting this number its my 13yo's phone now"),
    ("children", "sensitive", "agent_note",
     "Underage account suspected: ID uploaded shows DOB 11/09/2008. Account frozen, deposits to be returned "
     "to source per policy."),
    ("children", "sensitive", "dm",
     "my kid brother in JSS3 keeps seeing your ads on his instagram, isnt that illegal? abeg check it"),
    ("children", "sensitive", "web_form",
     "Please remove my details, I'm no longer a customer. Also delete the second profile created on this "
     "device - that was my nephew, he's only in Grade 8 and used my laptop without asking."),
    ("children", "sensitive", "email",
     "I share custody of the kids with my ex and they're with me every other weekend. Is there a way to "
     "lock the app after 8pm so they can't get into it on my tablet? They're too young to be anywhere near "
     "it."),
    ("children", "sensitive", "voicemail",
     "Hi, it's Jo Barker, I need to move the verification appointment, the baby came three weeks early so I "
     "won't be home on Thursday. Ring me back when you can."),
    ("children", "sensitive", "chat",
     "can I put my winnings straight into a Junior ISA for my daughter? she's 4"),
    ("children", "sensitive", "call",
     "Hiya, it's about my fella's Lotto win. We want to give a share to his girl from his first marriage, "
     "she's sixteen, can the cheque be made out to her direct?"),
    ("children", "sensitive", "email",
     "My daughter (Year 12, doesn't turn 18 until March) admitted she signed up with a fake date of birth "
     "to use the free bet. Please close it now and don't keep her ID."),
    ("children", "sensitive", "agent_note",
     "Cust called re age verification fail. Says the debit card belongs to her 17-year-old and was used in "
     "error. Advised card can't be used; £10 refunded to card."),
    ("children", "sensitive", "sms",
     "hi po, the account under my name was used by my pamangkin, grade 9 student, pls block na"),
    ("children", "sensitive", "dm",
     "bro you let a 14 yr old register?? my cousin showed me his account, screenshot attached"),
    ("children", "sensitive", "web_form",
     "I am the parent of Liam Carter, date of birth 03/02/2012. He has received marketing emails from you "
     "at an address he set up for a school project. Please erase all data you hold on him."),
    ("children", "sensitive", "email",
     "Lads, my young one's in 5th class and she's after seeing the scratchcard game on my phone and keeps "
     "asking to play it. Can I hide the casino tab altogether? Cheers, Aoife"),
    ("children", "sensitive", "chat",
     "My son P5 already, he anyhow click your ad inside his game app and now got your email. Can "
     "unsubscribe him or not?"),
    ("children", "sensitive", "call",
     "I'm a foster carer, and one of the lads placed with me, he's twelve, got hold of my phone last night "
     "and put two deposits through. I need it reversed and the card taken off."),
    ("children", "sensitive", "agent_note",
     "Multi-account check: second account at same address belongs to cust's son, still at sixth-form "
     "college, DOB shows age 17. Both accounts suspended pending review."),
    ("children", "sensitive", "email",
     "Good morning. My laaitie in Grade 10 has been using my Brightmoor account to bet on the Springboks. "
     "Please can you assist in locking it with a new password and tell me what he spent. Thank you."),
    ("children", "sensitive", "review_reply",
     "Great app, fast payouts. || Agent: Thanks, Priya! As discussed on chat, we've also removed the second "
     "profile your 15-year-old set up on the family iPad."),
    ("children", "sensitive", "sms",
     "cant do the video ID till after 3, doing the nursery pickup for the twins"),
    ("children", "sensitive", "chat",
     "hey i got a message saying my account is under review for age?? im 17 but i turn 18 in 2 weeks can u "
     "just wait till then"),
    ("children", "sensitive", "email",
     "Please update my registered address. We've moved to be closer to the kids' school, Ava starts Year 7 "
     "in September. New address: 14 Larkfield Close, Wigan WN3 7QP."),
    ("children", "sensitive", "voicemail",
     "Hi, Mark Delaney here, account 30021. I think my stepson used my login, he's only in Form 2, could "
     "someone look at the bets from Sunday and call me?"),
    ("children", "sensitive", "web_form",
     "Complaint: your advert ran during the U12 tournament livestream my boy was playing in. Kids his age "
     "shouldn't be seeing betting ads."),
    ("children", "sensitive", "agent_note",
     "Parental consent letter received for an 'account' for their 16yo. NOTE we don't accept parental "
     "consent for under-18s. Account closed, letter destroyed per retention policy."),
    ("children", "sensitive", "dm",
     "hi! my daughter's Grade 6 class is doing a project on gambling ads, could she email someone in your "
     "marketing team with a few questions?"),
    ("children", "sensitive", "chat",
     "Hi, I want to withdraw my winnings || Agent: Hi! Before we process this, the passport uploaded "
     "belongs to someone born in 2010. Is this your document? || uh its my mums account, i just use it"),
    ("children", "sensitive", "email",
     "Our son is a high school sophomore and got into our shared Brightmoor sportsbook account. He placed "
     "about $60 in parlays on NBA games. How do we get this refunded?"),
    ("children", "sensitive", "call",
     "My little one got hold of my phone and hit deposit twice, two lots of twenty-five. He's two and "
     "obsessed with the shiny buttons. Can you reverse it?"),
    ("children", "sensitive", "sms",
     "hi can my 16 yr old collect the scratchcard prize at the shop for me? got the code"),
    ("children", "sensitive", "web_form",
     "Please close the account of my ward, Tunde Bello, aged 15, who registered using his elder brother's "
     "NIN. He is in SS1."),
    ("children", "sensitive", "agent_note",
     "Chat flagged: customer mentioned 'doing my GCSE mocks next week' while asking about bet limits. Age "
     "verification re-triggered."),
    # ---- children (benign)
    ("children", "benign", "email",
     "I backed a two-year-old filly in the nursery handicap at Nottingham and the result changed after a "
     "stewards' enquiry. Will my each-way bet be resettled?"),
    ("children", "benign", "chat",
     "is the Juvenile Hurdle at Cheltenham part of the price boost today?"),
    ("children", "benign", "sms",
     "any odds for the U21 euros final?"),
    ("children", "benign", "call",
     "Hi, I'm the bursar at Redmoor Secondary School. One of your marketing agencies emailed us offering a "
     "sponsorship, and we'd like our school removed from any such lists please."),
    ("children", "benign", "dm",
     "the Baby Boomer Jackpot slot is bugged, spins for ages then freezes"),
    ("children", "benign", "web_form",
     "Business enquiry: Little Acorns Toys Ltd received an invoice from you in error. We're not a customer. "
     "Ref INV-77810."),
    ("children", "benign", "email",
     "What checks do you do to stop under-18s signing up? I'm comparing operators for a consumer blog, this "
     "is a general question."),
    ("children", "benign", "agent_note",
     "Cust asked why the race with the greyhound Kid Galahad wasn't streamed. Stream rights issue at "
     "Romford, explained. No further action."),
    ("children", "benign", "chat",
     "my daughter set the app up for me, she's 31 and much more techy than me, but I can't find where she "
     "put the cash out settings"),
    ("children", "benign", "chat",
     "your new Teen Patti table keeps kicking me out after one hand yaar, fix it"),
    ("children", "benign", "call",
     "I'm sixty-eight, so I'm no spring chicken, and I'd just like the writing bigger on the bet slip. Is "
     "there a setting?"),
    ("children", "benign", "email",
     "Hollis & Ward Education Supplies booked corporate hospitality for Grand National day. Invoice "
     "INV-2231 shows the wrong VAT number, please reissue."),
    ("children", "benign", "review_reply",
     "Child's play to set up, great welcome offer. || Agent: Thanks Jordan, glad sign-up was smooth!"),
    ("children", "benign", "web_form",
     "The Junior Jackpot on Moor Millions hasn't updated on the site, still shows last week's amount."),
    ("children", "benign", "dm",
     "anyone else's app showing 'Nursery' as the runner name instead of the horses? looks like a bug"),
    ("children", "benign", "chat",
     "How old do you have to be to play the Lotto through your app in Ireland? Just checking the rule "
     "before I sign up myself."),
    ("children", "benign", "agent_note",
     "Age verification passed via passport, DOB 1991. Account fully verified. Cust thanked."),
    ("children", "benign", "email",
     "I'm 19 and your app still says I need to verify my age even though I uploaded my driving licence a "
     "week ago. Can someone check?"),
    ("children", "benign", "call",
     "My son's thirty-five and he put me onto your app, but I don't do smartphones. Can I place my bets "
     "over the phone instead?"),
    ("children", "benign", "sms",
     "does the Little Legends slot have a max bet? keeps rejecting £5"),
    ("children", "benign", "web_form",
     "Sunbeam Daycare Pty Ltd received a Brightmoor promo mailer addressed to 'The Owner'. Please remove "
     "our business address from your mailing list."),
    ("children", "benign", "dm",
     "ur new ad with the guy dressed as a giant baby is hilarious 😂 who's the actor"),
    ("children", "benign", "chat",
     "will you price up the school sports day egg and spoon race? jk. real question, any specials on the "
     "Ashes?"),
    ("children", "benign", "email",
     "I teach an adult evening class in maths and wondered if you have any material explaining how odds and "
     "probability work that I could use."),
    ("children", "benign", "agent_note",
     "Cust (retired headteacher) called re missing Lotto prize of £25 from draw 1189. Prize credited "
     "manually. Ticket ref LT-58812."),
    ("children", "benign", "voicemail",
     "Hello, it's Marguerite from Oakfield Nursery Garden Centre, we've a corporate hospitality account "
     "with you, ringing about our table for the races on the 14th. Call me back please."),
    ("children", "benign", "review_reply",
     "Baby steps, but the new app is better than the old one. Still no dark mode. || Agent: Dark mode is "
     "coming in version 7, thanks for sticking with us!"),
    ("children", "benign", "sms",
     "e be like say na pikin dey run una app, e don hang 3 times today. abeg fix am"),
    ("children", "benign", "chat",
     "playing Candy Kids Bonanza and the free spins feature triggered but paid 0. can i send a screenshot?"),
    ("children", "benign", "email",
     "General privacy question: can a parent ever see an adult child's betting account with you? I assume "
     "not, just curious how your policy works."),
    ("children", "benign", "call",
     "I'm calling from Greenway Academy Trust finance. Your events team hired our sports hall for a staff "
     "do in March and the invoice still hasn't been paid."),
    ("children", "benign", "dm",
     "your mascot looks like a Teletubby lol. anyway how do I turn off push notifications"),
    ("children", "benign", "web_form",
     "Feature request: a beginners' mode for the bet builder. I'm 42 and have never placed a bet before, "
     "it's confusing."),
    ("children", "benign", "agent_note",
     "Cust asked whether Brightmoor prices under-20s rugby. Confirmed only senior internationals. No "
     "action."),
    ("children", "benign", "chat",
     "hi can i add a second card || Agent: Sure, cards must be in your own name. Is it yours? || yes mine, "
     "the old one is the joint one with my wife"),
    # ---- financial_hardship (sensitive)
    ("financial_hardship", "sensitive", "email",
     "I'm in an IVA and my supervisor says I must close all gambling accounts. Please close mine and "
     "confirm in writing. Thank you, Sean McAteer"),
    ("financial_hardship", "sensitive", "chat",
     "can i get back the £300 i deposited last night, it was the rent and the landlord's already served a "
     "section 21 on us"),
    ("financial_hardship", "sensitive", "sms",
     "pls dont take the deposit again, my UC just went in and that was for the food shop"),
    ("financial_hardship", "sensitive", "call",
     "I lost my job at the plant back in March and I've been chasing it ever since. I need you to block me, "
     "honestly, I've nothing left."),
    ("financial_hardship", "sensitive", "agent_note",
     "Cust mentioned debt collectors calling daily about payday loans. Affordability check triggered; "
     "deposit limit reduced to £0 pending review."),
    ("financial_hardship", "sensitive", "web_form",
     "Reason for closure: living off Centrelink and can't afford it anymore."),
    ("financial_hardship", "sensitive", "dm",
     "bailiffs were round today. dont need ur 'we miss you' £10 free bet emails mate"),
    ("financial_hardship", "sensitive", "email",
     "Dear team, I have taken loans from three loan apps to cover my losses and the recovery agents are now "
     "calling my family members. Please permanently close my account."),
    ("financial_hardship", "sensitive", "chat",
     "my SASSA grant comes in on the 3rd, can i set it so i cant deposit that whole week?"),
    ("financial_hardship", "sensitive", "voicemail",
     "Hi, it's Callum Reid, account 60715. I've been made redundant and I'm, um, three months behind on the "
     "mortgage. I want the account shut before I lose any more. Please ring me."),
    ("financial_hardship", "sensitive", "agent_note",
     "Withdrawal of £1,250 requested to a new bank account. Cust said old account was frozen by the bank "
     "after an overdraft default. New account verified."),
    ("financial_hardship", "sensitive", "sms",
     "cant pay the chargeback fee u lot want, im on a debt relief order"),
    ("financial_hardship", "sensitive", "email",
     "Would ye ever refund the last deposit. MABS told me not to be gambling at all while they sort out the "
     "arrears with the council. Thanks, Mick"),
    ("financial_hardship", "sensitive", "call",
     "I was declared bankrupt last year and I'm not sure if my old account with you should've been closed. "
     "The trustee's asking for statements."),
    ("financial_hardship", "sensitive", "web_form",
     "Requesting full gambling transaction history for 2023. StepChange need it for my debt management "
     "plan."),
    ("financial_hardship", "sensitive", "review_reply",
     "Customer service closed my account with no warning! || Agent: Hi Aisha, we understand your "
     "frustration. As explained on the phone, after you told us you'd been relying on food banks we're "
     "required to apply our affordability measures."),
    ("financial_hardship", "sensitive", "chat",
     "pls help, i borrowed from a 5-6 lender to play and now i cant pay back, can i get my last deposit "
     "back po"),
    ("financial_hardship", "sensitive", "dm",
     "got my eviction notice friday and still had 80 quid in ur wallet, withdraw it asap please"),
    ("financial_hardship", "sensitive", "email",
     "My husband and I are behind on the car finance and the credit card is maxed. I'm asking you to close "
     "my account and stop all marketing. I can't keep doing this."),
    ("financial_hardship", "sensitive", "agent_note",
     "Cust on JSA per call, asked for deposit limit £5/wk. Applied. Safer gambling follow-up scheduled."),
    # ---- financial_hardship (benign)
    ("financial_hardship", "benign", "chat",
     "my deposit got declined but the card's fine, worked in Tesco 5 minutes ago"),
    ("financial_hardship", "benign", "email",
     "Why was my withdrawal of £85 split into two payments on my bank statement?"),
    ("financial_hardship", "benign", "sms",
     "Payday Spins promo - do they credit on the 25th or the last friday?"),
    ("financial_hardship", "benign", "dm",
     "backed Debt Collector in the 2:15 at Fontwell, won at 9/1 but my slip shows 7/1. which is right?"),
    ("financial_hardship", "benign", "call",
     "Hi, what's the maximum I can withdraw in a day? Had a good win at the Cheltenham Festival and I'd "
     "like it out in one go."),
    ("financial_hardship", "benign", "web_form",
     "The 'Bankrupt the Bookie' acca boost didn't apply to my 5-fold on Saturday."),
    ("financial_hardship", "benign", "agent_note",
     "Cust queried £2.50 conversion fee on EUR deposit. Explained it's the bank's FX charge, not "
     "Brightmoor's. Cust satisfied."),
    ("financial_hardship", "benign", "email",
     "Hillcrest Debt Recovery Ltd has a corporate account for staff events. The invoice for our box at York "
     "shows the wrong company number, please correct."),
    ("financial_hardship", "benign", "review_reply",
     "Withdrawals take forever!! || Agent: Sorry, Ben. Card withdrawals take 1-3 working days; you can "
     "switch to instant bank transfer in Wallet."),
    ("financial_hardship", "benign", "chat",
     "my bankroll rule is 2% per bet, can I set a max stake per bet on the app rather than a deposit limit?"),
    ("financial_hardship", "benign", "sms",
     "cheers for the refund on the voided bet, came thru fine"),
    ("financial_hardship", "benign", "email",
     "I've been charged twice for my Lotto subscription this month, £8 on the 2nd and again on the 3rd. "
     "Please refund one of them."),
    ("financial_hardship", "benign", "dm",
     "you blokes are bleeding me dry with these AFL odds haha. any multi boosts this round?"),
    ("financial_hardship", "benign", "call",
     "I'm a financial adviser and a client asked whether gambling winnings are taxable here. Do you issue "
     "any kind of annual statement people can use?"),
    ("financial_hardship", "benign", "web_form",
     "Can I set up a direct debit for the Lotto instead of using my card?"),
    ("financial_hardship", "benign", "agent_note",
     "Cust asked whether 'Broke Bank Heist' slot is available in Ireland. Confirmed geo-restricted. No "
     "action."),
    ("financial_hardship", "benign", "chat",
     "the withdrawal says 'pending reversal' what does that mean"),
    ("financial_hardship", "benign", "email",
     "Good afternoon, I deposited 10,000 naira by bank transfer on Monday and it has not reflected. Kindly "
     "find the receipt attached."),
    ("financial_hardship", "benign", "voicemail",
     "Hi, Siobhan here, account 44120, just to say the new card's arrived so you can switch payments over, "
     "the old one expired end of last month. Thanks."),
    ("financial_hardship", "benign", "sms",
     "wah my cash out value drop so fast, like stock market crash sia. normal or not?"),
    # ---- legal (sensitive)
    ("legal", "sensitive", "email",
     "My solicitor has advised me to request all transaction records from 2021 to 2023 for the divorce "
     "proceedings. Please post them to the address on file."),
    ("legal", "sensitive", "chat",
     "someone hacked my acc and withdrew £600, reported it to action fraud, ref NFRC2404551. what happens "
     "now"),
    ("legal", "sensitive", "call",
     "I can't do the video verification on the 9th, I'm at the Crown Court that day for my hearing. Can we "
     "do the 10th?"),
    ("legal", "sensitive", "agent_note",
     "Cust disclosed he's on probation and his conditions include no gambling. Account closed at his "
     "request."),
    ("legal", "sensitive", "sms",
     "need ur stmnts for my brief b4 the trial on the 22nd"),
    ("legal", "sensitive", "dm",
     "I'm suing you. My lawyer will be in touch about the £4k you voided."),
    ("legal", "sensitive", "web_form",
     "Subject access request. I'm currently on bail and the conditions require me to show I haven't gambled "
     "since 1 May. Please provide full records."),
    ("legal", "sensitive", "email",
     "The guards still have my phone since they arrested me last week so I can't get the 2FA codes. Can you "
     "send them to my sister's number instead?"),
    ("legal", "sensitive", "voicemail",
     "Hi, it's Natalie Osei. There's a restraining order against my ex and I think he's been logging into "
     "my account. Please change everything and call me."),
    ("legal", "sensitive", "agent_note",
     "Letter received from Harcourt & Lowe Solicitors on behalf of cust re claim for losses during "
     "self-exclusion. Forwarded to legal team."),
    ("legal", "sensitive", "chat",
     "Sir, police has filed FIR against me in one cheating case, nothing to do with you, but my bank "
     "account is frozen. Kindly send the withdrawal to alternate account."),
    ("legal", "sensitive", "email",
     "My driver's license was suspended after the DUI conviction last fall so I can't use it for ID. Can I "
     "use my passport instead?"),
    ("legal", "sensitive", "call",
     "My employment tribunal's next month and I need to show my income from betting. Can you send me an "
     "annual statement?"),
    ("legal", "sensitive", "sms",
     "cant do ID check till im released on the 3rd. its only 2 wks"),
    ("legal", "sensitive", "web_form",
     "Dispute: I've filed a small claims case, number CC-4471-B, against a friend who used my account. "
     "Please freeze the winnings until it's resolved."),
    ("legal", "sensitive", "agent_note",
     "Police production order received (ref MET/PO/22931) for account holder. Disclosure prepared, cust NOT "
     "to be informed per order."),
    ("legal", "sensitive", "dm",
     "Please I need my withdrawal urgently, EFCC arrested my brother and froze the family account, we need "
     "money for his lawyer."),
    ("legal", "sensitive", "review_reply",
     "Blocked my account for no reason. || Agent: Hi Marcus, as mentioned on the call, the account is "
     "restricted because of the court order your former spouse's solicitors served on us; we can't lift it "
     "until the court does."),
    ("legal", "sensitive", "email",
     "Good day, I need a letter confirming my account balance for my case at the Magistrate's Court, my "
     "attorney requested it by Friday."),
    ("legal", "sensitive", "chat",
     "why is my account restricted || Agent: We've had a request from a law enforcement agency and can't "
     "discuss it further, sorry. || is this about the charge from last month? my solicitor said nothing "
     "would be frozen"),
    # ---- legal (benign)
    ("legal", "benign", "chat",
     "Cops 'n' Robbers slot won't load the bonus round"),
    ("legal", "benign", "email",
     "I'm the office manager at Pryce & Gill LLP, a law firm, and we'd like to book a hospitality box for "
     "our summer outing. Who handles corporate bookings?"),
    ("legal", "benign", "sms",
     "why did u void my tennis bet? match moved to court 3 but still got played"),
    ("legal", "benign", "dm",
     "the judges robbed him in that fight 😂 any refund on points decision bets?"),
    ("legal", "benign", "call",
     "I'd like to dispute the settlement on my Grand National bet. Legal Eagle finished third but I was "
     "paid as unplaced."),
    ("legal", "benign", "web_form",
     "What are your rules for voiding bets on abandoned matches? Asking before I place a big acca."),
    ("legal", "benign", "agent_note",
     "Cust asked about Jailhouse Jackpot drop times. Explained daily drop before 22:00. No action."),
    ("legal", "benign", "review_reply",
     "Your T&Cs are longer than a law textbook. || Agent: Fair point! We've added a one-page summary of the "
     "key terms at brightmoor.example/terms-summary."),
    ("legal", "benign", "email",
     "Under GDPR, how long do you keep my data after I close my account? General question, I'm not closing "
     "yet."),
    ("legal", "benign", "chat",
     "is it legal to bet on the US election markets through your app from Ireland?"),
    ("legal", "benign", "sms",
     "court jester slot 100 free spins - code didnt work. JESTER100"),
    ("legal", "benign", "call",
     "Is your company licensed by the Gambling Commission? I'd like the licence number for my records."),
    ("legal", "benign", "voicemail",
     "It's Declan at Mulcahy Law, we're a corporate account, just confirming our table of twelve at your "
     "charity race night is still booked. Cheers."),
    ("legal", "benign", "dm",
     "that ref's decision was criminal. anyway bet builder won't let me add the cards market"),
    ("legal", "benign", "email",
     "I write detective novels and my next book features a bookmaker. Could your press team answer a few "
     "general questions about how odds are set?"),
    ("legal", "benign", "agent_note",
     "Cust queried 'Objection!' courtroom-themed slot RTP. Provided 96.1% from game info. Resolved."),
    ("legal", "benign", "web_form",
     "Please explain Rule 4 deductions. My winnings on the 3:10 at Ascot were reduced."),
    ("legal", "benign", "chat",
     "why is the in-play market suspended every 2 minutes on the cricket"),
    ("legal", "benign", "email",
     "Please send me a copy of your complaints procedure and the details of your ADR provider."),
    ("legal", "benign", "sms",
     "my bet on Bail Out at Doncaster lost by a nose lol, any 2nd place refund promo?"),
    # ---- special_categories (sensitive)
    ("special_categories", "sensitive", "email",
     "As a practising Muslim I've come to the decision that gambling is haram for me. Please close my "
     "account and, if possible, donate the remaining balance to charity."),
    ("special_categories", "sensitive", "chat",
     "can you not book the KYC call on a Saturday please, I keep Shabbat"),
    ("special_categories", "sensitive", "sms",
     "pls pause the marketing for the next month, fasting and at the masjid most evenings"),
    ("special_categories", "sensitive", "call",
     "I'm a deacon at my church and I'd rather nobody at the parish saw 'Brightmoor' on my bank statement. "
     "Can the descriptor be changed to something generic?"),
    ("special_categories", "sensitive", "agent_note",
     "Callback requested after 8pm, cust doing seva at the gurdwara until then."),
    ("special_categories", "sensitive", "email",
     "I'm an Irish Traveller and I've been refused an account twice after your address check. I live on a "
     "halting site with a permanent bay. Is there discrimination going on here?"),
    ("special_categories", "sensitive", "dm",
     "ur agent said my accent was hard to understand and asked where im 'really from'. im British "
     "Pakistani, born in Bradford. out of order"),
    ("special_categories", "sensitive", "web_form",
     "My passport lists my names in Igbo order and your system swapped my first and last names. Please "
     "correct it so my withdrawal isn't blocked."),
    ("special_categories", "sensitive", "review_reply",
     "Support was rude. || Agent: Hi Mr Nguyen, we're sorry our agent made comments about your Vietnamese "
     "heritage. That is unacceptable and has been escalated."),
    ("special_categories", "sensitive", "email",
     "I'm a Labour councillor for Hatfield ward and I'd like my account closed. I'm standing for "
     "re-election and don't want any link to gambling."),
    ("special_categories", "sensitive", "chat",
     "can u change my email, the old one was the address I used volunteering on the Green Party campaign "
     "and I don't check it anymore"),
    ("special_categories", "sensitive", "agent_note",
     "Cust said she'd be unreachable Saturday as she's stewarding the Palestine solidarity march. Callback "
     "Monday."),
    ("special_categories", "sensitive", "sms",
     "dont call on thurs, out canvassing for the lib dems all day"),
    ("special_categories", "sensitive", "call",
     "My rep from Unite said I should ask you for my full transaction history for the disciplinary at work. "
     "Can you email it?"),
    ("special_categories", "sensitive", "email",
     "I'm on the picket line with the rest of the CWU lads most mornings this month, so the best time to "
     "call about my withdrawal is after 2pm."),
    ("special_categories", "sensitive", "web_form",
     "Notes: please send the self-exclusion confirmation to my NEU branch email, not my work one."),
    ("special_categories", "sensitive", "dm",
     "as an INMO member i'm out on strike thursday so can we do the video ID then?"),
    ("special_categories", "sensitive", "chat",
     "hi I'm Steven, I want to add my husband Graham Lowe as the second guest on our hospitality booking"),
    ("special_categories", "sensitive", "email",
     "Your ad with the 'lads on tour' ogling girls is off-putting to gay customers like me. I'll be closing "
     "my account."),
    ("special_categories", "sensitive", "dm",
     "Can I pay with my wife's card if we're in a civil partnership? I'm Helen, she's Marta, same address"),
    ("special_categories", "sensitive", "agent_note",
     "Cust mentioned he's bisexual when complaining about the targeted 'dating'-style casino ad. Complaint "
     "logged."),
    ("special_categories", "sensitive", "email",
     "You asked for source of funds. The £3,000 came from my webcam work on an adult site; I've attached "
     "the payout statements. I'd rather this stays private."),
    ("special_categories", "sensitive", "chat",
     "your ad popped up while I was on a hookup app, that's creepy. how are you targeting people?"),
    ("special_categories", "sensitive", "agent_note",
     "SOW review: cust stated income is from an adult content subscription site. Payslips not available; "
     "bank statements accepted."),
    ("special_categories", "sensitive", "call",
     "I need the statements posted, not emailed. My wife reads my email and she doesn't know about the "
     "affair or the account."),
    ("special_categories", "sensitive", "email",
     "I've transitioned and my name is now Alex Morgan. My passport is updated but the account still shows "
     "my deadname. Please change it."),
    ("special_categories", "sensitive", "chat",
     "hi, pls update my title to Mx and my pronouns to they/them. my driving licence still has the old "
     "gender marker tho"),
    ("special_categories", "sensitive", "web_form",
     "ID check failed because my selfie doesn't match my pre-transition passport photo. I have a Gender "
     "Recognition Certificate if that helps."),
    ("special_categories", "sensitive", "dm",
     "ur agent kept calling me 'sir' on the phone after I told him I'm a trans woman. not ok"),
    ("special_categories", "sensitive", "email",
     "Your ad says 'gambling is in your genes'. My DNA test flagged a genetic predisposition to addiction, "
     "so I found that tasteless."),
    ("special_categories", "sensitive", "chat",
     "can my DNA ancestry report count as proof of ID? it has my full name and my haplogroup on it lah"),
    ("special_categories", "sensitive", "agent_note",
     "Cust said a genetic test found she carries the Huntington's gene and wants to gamble 'while she can'. "
     "Escalated to safer gambling."),
    ("special_categories", "sensitive", "email",
     "Please delete my facial scan and fingerprint template held by your verification provider. I withdraw "
     "consent to biometric processing."),
    ("special_categories", "sensitive", "web_form",
     "Your Voice ID enrolled my voiceprint on a call without asking me. I want that recording and the "
     "voiceprint deleted."),
    ("special_categories", "sensitive", "call",
     "Hi, I want my scan deleted. || Agent: I can see the palm-vein scan enrolled at the Leeds shop "
     "terminal on 3 May; we'll delete it as requested. || Great, thanks."),
    # ---- special_categories (benign)
    ("special_categories", "benign", "chat",
     "Book of Dead free spins not credited after the Sunday promo"),
    ("special_categories", "benign", "email",
     "St Columba's Parish Hall has a business account for our annual race night fundraiser. Please send the "
     "invoice to the parish office rather than the treasurer."),
    ("special_categories", "benign", "sms",
     "odds on general election turnout above 65%?"),
    ("special_categories", "benign", "dm",
     "rugby union or league, which one's got the price boost this weekend?"),
    ("special_categories", "benign", "call",
     "I want to pay in by transfer from my credit union account, is that allowed?"),
    ("special_categories", "benign", "web_form",
     "Does the new app support Touch ID login on iPhone? I can't see the option in settings."),
    ("special_categories", "benign", "agent_note",
     "Cust asked about Divine Fortune jackpot tiers. Explained Major/Minor/Mega. No action."),
    ("special_categories", "benign", "review_reply",
     "Godsend of an app when you're stuck at the airport. || Agent: Cheers Tom! Safe travels."),
    ("special_categories", "benign", "email",
     "Your registration form asks for a title. Why do you need Mr/Ms at all? General question, I'd just "
     "like to understand what data you collect."),
    ("special_categories", "benign", "chat",
     "Temple Tumble slot, what's the max win?"),
    ("special_categories", "benign", "sms",
     "straight forecast on the 4:20 - did it pay?"),
    ("special_categories", "benign", "dm",
     "you blokes still running the footy tipping comp? my work crew wants in"),
    ("special_categories", "benign", "call",
     "I'm calling from the Trades Hall Social Club, we're a venue with a Brightmoor terminal and it's not "
     "printing tickets."),
    ("special_categories", "benign", "web_form",
     "Pride of Aintree promo: does the free bet apply to each-way bets?"),
    ("special_categories", "benign", "email",
     "How do you price political betting markets? I'm writing a university dissertation on prediction "
     "markets."),
    ("special_categories", "benign", "agent_note",
     "Cust queried void on 'Next Pope' novelty market. Explained market suspended. No action."),
    ("special_categories", "benign", "chat",
     "is Genie Genes the slot with the wild multiplier or am I thinking of another one"),
    ("special_categories", "benign", "sms",
     "the 'it's in our DNA' ad plays before every stream, can I skip it"),
    ("special_categories", "benign", "voicemail",
     "Hi, Dev here, account 88201. The Diwali Lights slot promo said 50 spins and I only got 20. Call me "
     "back please."),
    ("special_categories", "benign", "review_reply",
     "The Christmas cracker bonus was pants. || Agent: Sorry! We'll pass that on to the promotions team."),
    ("special_categories", "benign", "dm",
     "is the Dubai World Cup priced on the app yet?"),
    ("special_categories", "benign", "email",
     "We're Harmon & Gray Genetics Lab Ltd, corporate account for staff hospitality. Please update our "
     "billing address to Unit 4, Kelvin Park."),
    ("special_categories", "benign", "chat",
     "Is there a women's football market for the Euros? can't find it"),
    ("special_categories", "benign", "call",
     "The face scan option isn't showing on my Android, can I just upload my passport instead? That's fine "
     "by me."),
    ("special_categories", "benign", "web_form",
     "I never filled in a title and I'd just prefer a plain 'Hi' in the app banner instead of 'Hi "
     "Customer'. Small thing."),
    ("special_categories", "benign", "agent_note",
     "Cust asked whether the Straight Flush side bet applies on the live poker table. Confirmed yes."),
    ("special_categories", "benign", "sms",
     "hail mary acca came in!!! 7 legs 🙌 when does it pay"),
    ("special_categories", "benign", "email",
     "Could you explain the rules of the Cross of Gold slot? The paytable is confusing."),
    ("special_categories", "benign", "dm",
     "lol your chat bot said 'bless you' when I typed achoo. anyway how do I reset my password"),
    ("special_categories", "benign", "chat",
     "hi po, can I bet on the PBA finals? not showing in the basketball tab"),
    ("special_categories", "benign", "call",
     "Calling from Ashby Miners' Welfare Club, we've a corporate account and want the big screen package "
     "for the Derby."),
    ("special_categories", "benign", "web_form",
     "Election night special: will you price the number of seats won by each party? Just want to know "
     "before I plan."),
    ("special_categories", "benign", "agent_note",
     "Caller asked about 'Kings of Africa' slot bonus buy. Explained not available in UK. No action."),
    ("special_categories", "benign", "email",
     "Do you store biometric data from the ID check, or does your provider? General question, I haven't "
     "done the check yet."),
    ("special_categories", "benign", "review_reply",
     "The new Mardi Gras Magic slot is brilliant. || Agent: Thanks Leah, glad you're enjoying it!"),
    # ---- bereavement (sensitive)
    ("bereavement", "sensitive", "email",
     "My father, Peter Ashworth, passed away on 2 February. I'm the executor of his estate and need to "
     "close his account and claim the balance. Please advise what you need."),
    ("bereavement", "sensitive", "chat",
     "can u change the address on my account, moved back in with dad since mum passed"),
    ("bereavement", "sensitive", "sms",
     "cant do the ID call this wk, funeral on thurs"),
    ("bereavement", "sensitive", "call",
     "I'm the widow of Ray Kellett, he had an account with you. The solicitor needs the balance for "
     "probate."),
    ("bereavement", "sensitive", "agent_note",
     "Cust's brother died last month; cust requested a 6-month time-out. Applied."),
    ("bereavement", "sensitive", "dm",
     "my late husband's name is still on the joint payment card, how do i remove it"),
    ("bereavement", "sensitive", "web_form",
     "Reason for change: account holder deceased. Letters of administration attached."),
    ("bereavement", "sensitive", "voicemail",
     "Hi, it's Mags Doyle, I'm ringing about my son's account. He, em, he was killed in the crash in June "
     "and you're still sending him emails. Can someone ring me."),
    ("bereavement", "sensitive", "email",
     "Sir, my brother expired last week and I am his nominee. Kindly guide how to withdraw his wallet "
     "balance."),
    ("bereavement", "sensitive", "chat",
     "Good evening, we are still doing burial arrangements for my uncle, please hold on closing his "
     "account, the family will send documents."),
    ("bereavement", "sensitive", "review_reply",
     "You still send promo mail to my dad 2 years after we buried him. || Agent: We're so sorry, Ms Tan. "
     "We've marked the account as deceased and stopped all contact."),
    ("bereavement", "sensitive", "sms",
     "wont be around for the promo, flying home to Manila for lola's wake"),
    ("bereavement", "sensitive", "agent_note",
     "Account frozen: death certificate received from daughter. Balance £1,034.22 to be paid to the estate."),
    ("bereavement", "sensitive", "call",
     "G'day, I'm after cancelling my Lotto syndicate. It was me and my mate Dazza but he passed in March "
     "and I can't bring meself to play the numbers."),
    ("bereavement", "sensitive", "email",
     "The autoplay Lotto numbers on my account are my late wife's birthday numbers. Please make sure they "
     "don't change in the system update."),
    ("bereavement", "sensitive", "chat",
     "why cant i log in to my mums account || Agent: The account was closed after we were notified of the "
     "account holder's passing. Are you the executor? || yes sorry, what do you need"),
    ("bereavement", "sensitive", "web_form",
     "Please stop the 'We miss you!' texts. I lost my partner three weeks ago and the account was his."),
    ("bereavement", "sensitive", "dm",
     "Howzit, my gran's funeral is Saturday, can I withdraw my winnings before then for the costs?"),
    ("bereavement", "sensitive", "voicemail",
     "It's Tom Hale. I'll be at the inquest into my brother's death on Tuesday so I won't be available for "
     "your callback."),
    ("bereavement", "sensitive", "agent_note",
     "Cust upset re free bet on 'Callum Reilly Memorial Stakes': the race is named for her son and "
     "sponsored by the family. Promo suppressed for her account."),
    # ---- bereavement (benign)
    ("bereavement", "benign", "chat",
     "how do dead heat rules work? my horse tied for 2nd"),
    ("bereavement", "benign", "email",
     "I'm the office manager at Blackwell & Sons Funeral Directors. Our corporate hospitality booking for "
     "May needs changing to 8 guests."),
    ("bereavement", "benign", "sms",
     "Dead or Alive 2 not loading"),
    ("bereavement", "benign", "dm",
     "app is dead again, anyone else?"),
    ("bereavement", "benign", "call",
     "Our dog passed away last week and my security question was his name, so I'd like to change it to "
     "something else."),
    ("bereavement", "benign", "web_form",
     "Dead rubber in the Davis Cup: are bets void if the match is shortened to best of three?"),
    ("bereavement", "benign", "agent_note",
     "Cust asked about Día de los Muertos slot tournament dates. Confirmed 28 Oct - 2 Nov."),
    ("bereavement", "benign", "review_reply",
     "Killing it with the new cash out feature. || Agent: Thanks Sam!"),
    ("bereavement", "benign", "email",
     "Your deadline for the Grand National free bet said midnight but the offer vanished at 10pm."),
    ("bereavement", "benign", "chat",
     "Ghost Town Gold paid out twice on one spin? not complaining just curious lol"),
    ("bereavement", "benign", "sms",
     "phone died mid-withdrawal, did it go through?"),
    ("bereavement", "benign", "dm",
     "your odds on the derby are killing me 😂"),
    ("bereavement", "benign", "call",
     "Hi, I'm calling from Kinsella Funeral Plans Ltd, we advertise on your racing streams and our last "
     "invoice hasn't been paid."),
    ("bereavement", "benign", "web_form",
     "The horse I backed, Mourning Star, was withdrawn at the start. Rule 4 or void?"),
    ("bereavement", "benign", "voicemail",
     "Hi, it's Bev, account 22371, about the Grave Digger slot tournament. The leaderboard still shows my "
     "old nickname. Ta."),
    ("bereavement", "benign", "agent_note",
     "Cust asked for a copy of last year's statement for tax. Sent via secure email."),
    ("bereavement", "benign", "email",
     "General question: what happens to an account balance if the holder dies? I'm updating my will and "
     "want to know what my executors would need."),
    ("bereavement", "benign", "chat",
     "the horse that was put down after the fall at Aintree, are bets on it void or lost?"),
    ("bereavement", "benign", "sms",
     "my acca die already at the last leg, siao. next time cash out earlier ah"),
    ("bereavement", "benign", "review_reply",
     "Over my dead body will I go back to the old app, the new one is class. || Agent: Ha, glad you like "
     "the update, Niamh!"),
    # ---- violence_self_harm (sensitive)
    ("violence_self_harm", "sensitive", "email",
     "I'm staying in a refuge at the moment and can't give you my home address. Can I verify using the "
     "refuge's PO box instead?"),
    ("violence_self_harm", "sensitive", "chat",
     "honestly lost everything tonight and i dont see the point in being here anymore"),
    ("violence_self_harm", "sensitive", "sms",
     "my ex has my login and keeps betting to wind me up, hes done worse b4. change it pls"),
    ("violence_self_harm", "sensitive", "call",
     "My husband makes me deposit from my account and checks my phone every night. I need it closed without "
     "him getting an email about it."),
    ("violence_self_harm", "sensitive", "agent_note",
     "Cust stated during chat she had 'taken some pills'. Emergency protocol followed, 999 called with "
     "address on file. Account suspended."),
    ("violence_self_harm", "sensitive", "dm",
     "someone in your poker chat keeps messaging me saying they know where I live and will come round. "
     "username Lucky_Lenny77"),
    ("violence_self_harm", "sensitive", "web_form",
     "I was attacked outside your partner shop on Hume St on Friday night after a win. The guy followed me "
     "out. Your staff saw it."),
    ("violence_self_harm", "sensitive", "voicemail",
     "it's Kieran, I just wanted to say sorry to whoever hears this. I won't be needing the account after "
     "tonight."),
    ("violence_self_harm", "sensitive", "email",
     "I've got an intervention order against my former partner and he knows my Brightmoor password. Please "
     "lock the account and don't send anything to the old address."),
    ("violence_self_harm", "sensitive", "chat",
     "can i withdraw everything || Agent: Of course. Can I ask if you're OK? Earlier you mentioned you'd "
     "thought about hurting yourself. || ya im ok. just want it out"),
    ("violence_self_harm", "sensitive", "agent_note",
     "Caller said a tipster from a Telegram group threatened to come to her workplace after she refused to "
     "pay for tips. Advised police report; account notes updated."),
    ("violence_self_harm", "sensitive", "sms",
     "pls dont send post here, he opens it and i get it worse when he sees gambling stuff"),
    ("violence_self_harm", "sensitive", "dm",
     "the customer wey I refer dey threaten me say him go beat me if I no share the bonus. abeg block am"),
    ("violence_self_harm", "sensitive", "review_reply",
     "1 star. || Agent: Hi Chloe, thank you for talking to us last night. As promised, the Samaritans "
     "number is 116 123 and we've paused your account for 30 days."),
    ("violence_self_harm", "sensitive", "call",
     "Your agent yesterday, I told him I'd been cutting again and he just carried on about a deposit bonus. "
     "That's not acceptable."),
    ("violence_self_harm", "sensitive", "email",
     "A man I met in your poker lobby has been sending me sexual messages and threats since I blocked him. "
     "I've kept screenshots."),
    ("violence_self_harm", "sensitive", "web_form",
     "Reason for exclusion: my brother came at me with a knife over money I lost. Please make it permanent."),
    ("violence_self_harm", "sensitive", "agent_note",
     "Visible bruising on cust's face during video ID; she said 'the fella' did it. Safeguarding referral "
     "completed, DA helpline info shared."),
    ("violence_self_harm", "sensitive", "chat",
     "My wife's brothers came to my home and beat me for the money I owe from gambling. I want my account "
     "closed completely."),
    ("violence_self_harm", "sensitive", "sms",
     "if my withdrawal isnt in by tmrw theres no reason for me to keep going. im serious"),
    # ---- violence_self_harm (benign)
    ("violence_self_harm", "benign", "chat",
     "your bonus abuse rule, what counts? I just used two promos back to back"),
    ("violence_self_harm", "benign", "email",
     "Boxing question: does the method of victory market count a TKO as a KO?"),
    ("violence_self_harm", "benign", "sms",
     "Blood Suckers slot frozen mid-spin"),
    ("violence_self_harm", "benign", "dm",
     "stop harassing me with 5 texts a day about free spins lol, how do I turn them off"),
    ("violence_self_harm", "benign", "call",
     "Penalty shootout, does my ninety-minute bet include it? I had Italy to win."),
    ("violence_self_harm", "benign", "web_form",
     "The app threatens to log me out every 5 minutes. Please fix the session timeout."),
    ("violence_self_harm", "benign", "agent_note",
     "Cust queried UFC fight night void, fighter missed weight. Explained bet voided per rules."),
    ("violence_self_harm", "benign", "review_reply",
     "Killer odds on the darts. || Agent: Cheers Gav!"),
    ("violence_self_harm", "benign", "email",
     "I run Ironfist Martial Arts Gym and we'd like to promote our fight night through your sponsorship "
     "programme."),
    ("violence_self_harm", "benign", "chat",
     "my acca bombed on the last leg again. any acca insurance this weekend?"),
    ("violence_self_harm", "benign", "sms",
     "mate ur app is absolutely smashing it, cashed out in 2 sec"),
    ("violence_self_harm", "benign", "call",
     "Hi, it's about the Hitman slot, the bonus round locks up every time."),
    ("violence_self_harm", "benign", "dm",
     "who'd win in a fight, your chatbot or a toaster 😂 anyway need my password reset"),
    ("violence_self_harm", "benign", "web_form",
     "Policy question: how do you deal with abusive messages in the poker chat? I haven't had any, just "
     "wondering if there's a report button."),
    ("violence_self_harm", "benign", "agent_note",
     "Cust called re 'Savage Sam' greyhound result. Dog finished 2nd, bet paid correctly. Closed."),
    ("violence_self_harm", "benign", "email",
     "I'm writing a thriller novel where a character hacks a bookmaker. Would your security team answer a "
     "few generic questions?"),
    ("violence_self_harm", "benign", "chat",
     "the Shoot the Sheriff slot shows a gun symbol that doesn't pay anything?"),
    ("violence_self_harm", "benign", "voicemail",
     "Hi, it's Patrick, 31766, the Fight Night price boost didn't show on my bet slip. Ring me back would "
     "you."),
    ("violence_self_harm", "benign", "sms",
     "ur app kena whack by update or what, cannot login since morning"),
    ("violence_self_harm", "benign", "review_reply",
     "This app is a total trainwreck since the update. || Agent: Sorry Jay, we've pushed a fix in version "
     "6.3.1."),
]


def cedar_examples() -> list[dict]:
    """The cedar split as labelled tickets (same shape as ``sensitive_eval.build_eval_set``'s)."""
    return stranger_examples("cedar", ENTRIES, SUBJECTS)
