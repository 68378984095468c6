"""lea split: written by a helper who had not seen the detection rules, the anchors or any other split.
Setting: Leastream, an invented music, podcast and video streaming service with family plans, Kids profiles and
parental controls, playlists, recommendations, downloads, billing, household sharing checks and creator accounts;
registers are agent_note, call, chat, dm, email, forum, review, sms, voicemail, web_form.
The benign half borrows the same territory harmlessly: album, song, band and podcast titles (The Police, 'Funeral for a
Fortnight', 'Killing in the Name', 'DNA', 'Face Value'), idioms ("my phone died", "this update is killing me", "no
kidding", "a minor issue"), technical homonyms (child folders, crossfade transition, carrier billing, collections,
wifi reception, binary file), organisations acting as organisations (a school office, a nursery, a masjid committee, a
union branch, a students' union, a law firm, a physio clinic), general policy questions (Kids age range, face-ID
unlock, harassment tools, pronoun titles, gender at sign-up) and routine billing trouble (declined card, double charge,
proration, expired promo code).
70 sensitive and 70 benign tickets for special categories, 50 and 50 for children, 20 and 20 for financial hardship,
15 and 15 for health, legal, bereavement and violence and self-harm.
First reading (policy 2026.11.19, before any change made in response to it; `sensitive_eval.evaluate`, as `make
eval-sensitive`): 97.0 / 2.5 recall / false exclusion in % as shipped, 97.5 / 4.5 without the overruling, 92.5 / 4.0
by the rules alone. Then read while tuning the rules of 2026.11.20 (after it, 96.0 / 1.5
by the rules alone) and trained on by the classifier."""

from __future__ import annotations

from training_gate.sensitive_blind import stranger_examples

SUBJECTS: tuple[str, ...] = (
    "Question about my plan",
    "Billing query",
    "Downloads not working",
    "Parental controls help",
    "Family plan members",
    "Creator account help",
    "Cancel my subscription",
    "Playlist missing",
    "App keeps crashing",
    "Refund request",
    "Can't log in to my account",
    "Recommendations are off",
    "Podcast upload problem",
    "Privacy and my data",
)

ENTRIES: list[tuple[str, str, str, str]] = [
    # ---- health, sensitive
    ("health", "sensitive", "email",
        "Hi, I'd like to pause my Family plan rather than cancel it. I go into St Aldhelm's on the 14th for a "
        "hip replacement and then I'm recovering at my sister's for about six weeks, and she has no "
        "broadband. Can billing be frozen and my playlists kept as they are? Many thanks, Gwen Atherley"),
    ("health", "sensitive", "chat",
        "Customer: hey can downloads last longer than 30 days offline? || Agent: Hi! Downloads need to "
        "reconnect once every 30 days to stay playable. Is there something specific you're planning for? || "
        "Customer: its just im starting chemo next week and ill be on the ward a lot, signal in there is "
        "awful. wanted to load up on podcasts || Agent: I'm really sorry to hear that. I can't change the "
        "30-day check, but even a few seconds on the hospital guest wifi will refresh them all."),
    ("health", "sensitive", "agent_note",
        "Cust called re: volume jumps between tracks on autoplay. States she has had tinnitus since an ear "
        "infection last year and the sudden loud tracks are painful. Walked her through Settings > Playback > "
        "Normalise (Quiet). Cust happy. Logged feedback that normalisation should default to on."),
    ("health", "sensitive", "web_form",
        "Name: Desmond Achterberg | Topic: Accessibility | Device: iPhone 13 | Message: I'm registered blind "
        "and rely on VoiceOver. Since update 8.2 the play button on podcast pages is read out as 'button 47' "
        "and I can't start an episode without asking someone sighted. Please fix."),
    ("health", "sensitive", "sms",
        "Leastream: We couldn't take your payment for Premium. Reply HELP for options. || sorry only just "
        "seeing this, been in the psych unit 3 wks and phone was in a locker. can u retry my card now pls"),
    ("health", "sensitive", "review",
        "★★★★★ The sleep stories honestly keep me going. I've had awful insomnia since my PTSD diagnosis and "
        "the 'Slow Rain' series with the 60-minute timer is the only thing that works. Please never remove "
        "the timer. || Reply from Leastream: Thank you for telling us this, we're really glad it helps. The "
        "sleep timer isn't going anywhere."),
    ("health", "sensitive", "call",
        "Agent: Leastream support, you're speaking with Priya. || Customer: Hi, yeah, I need the login email "
        "changing. It's my wife's account but she had a stroke in August and she can't really manage the "
        "phone now, so I'm doing all the admin for her. || Agent: I'm sorry to hear that. I can add you as a "
        "trusted contact if she's able to confirm by text. || Customer: She can do a yes by text, yes."),
    ("health", "sensitive", "voicemail",
        "Hi, it's Maureen Pike, account ending 4471. I'm calling because my husband was diagnosed with "
        "early-onset dementia in March and he keeps buying albums on the account without realising he's done "
        "it. Is there some way to block purchases altogether? You can reach me on 07700 900312. Thank you."),
    ("health", "sensitive", "dm",
        "@LeastreamHelp why is there no way to turn off the flashing visualiser on the TV app?? I'm epileptic "
        "and it set off an aura last night. this is a safety issue not a 'feature request' || Agent: We're "
        "sorry, that shouldn't happen. You can switch it off now under TV Settings > Display > Visualiser, "
        "and we've asked the team to make it off by default."),
    ("health", "sensitive", "email",
        "Hello, please downgrade me from Premium to Duo from next month. I'm 28 weeks pregnant and start "
        "maternity leave in April so I'm tidying up subscriptions. Also, is the 'Bump to Baby' podcast bundle "
        "included on Duo or only Premium? Thanks, Kirsty"),
    ("health", "sensitive", "forum",
        "Anyone else using the Focus mixes for ADHD? Got diagnosed at 34, started on Elvanse in January, and "
        "the brown noise playlists genuinely get me through a workday. Only wish there was a 3-hour version "
        "without the little chime every hour."),
    ("health", "sensitive", "chat",
        "Customer: Can I get a refund on my annual Premium? || Agent: Annual plans can be refunded within 14 "
        "days; yours was bought in July, so I'm afraid a full refund isn't possible. || Customer: I get that, "
        "but I lost most of my hearing after meningitis in September. I genuinely can't use a music service "
        "any more. || Agent: I'm so sorry. I've escalated this as an exceptional case and you'll hear back "
        "within 48 hours."),
    ("health", "sensitive", "agent_note",
        "Creator acct 'Venn Sessions' (Rahul Venn) rang about payout deadline. Said he missed the upload "
        "window because he's been off work with long covid since October and recording wipes him out for "
        "days. Extended creator programme deadline to 30 Nov as goodwill, noted on acct."),
    ("health", "sensitive", "web_form",
        "Cancellation reason: Other | Details: I'm going into a residential alcohol treatment programme for "
        "12 weeks from Monday. Phones only at weekends so no point paying for the whole thing. I'll come back "
        "when I'm out. Please keep my library."),
    ("health", "sensitive", "email",
        "Hi team, the lyrics on the TV app are far too small. Since my cataract operation the left eye is "
        "still blurry and I can't read them from the sofa at all. Is there a large-text setting for TV like "
        "there is on the phone app? Regards, Bernard Coyle"),
    # ---- health, benign
    ("health", "benign", "email",
        "Hi, this bug is honestly killing me. Every time I open the 'Health & Wellness' shelf in Podcasts the "
        "app crashes back to the home screen. Pixel 7, Android 14, already cleared cache and reinstalled "
        "twice. Is there a fix coming?"),
    ("health", "benign", "chat",
        "Customer: is the Mindful Minutes meditation series free or premium only? || Agent: It's included "
        "with Premium and Duo; free listeners get the first three episodes. || Customer: ok and can I "
        "download it for the plane? || Agent: Yes, Premium downloads cover the whole series, just tap the "
        "arrow on the series page."),
    ("health", "benign", "web_form",
        "Creator account: The Clinic Hour | Issue: Our podcast is two GPs answering listener questions about "
        "general health topics, sleep, diet, that kind of thing. Leastream has filed us under Comedy for some "
        "reason. Could you move us to Health & Fitness?"),
    ("health", "benign", "review",
        "★★☆☆☆ Workout mode is a headache. Tempo matching is all over the place, it dropped from 170 BPM to "
        "90 halfway through my 10k. Running playlists used to be the best bit of this app. || Reply from "
        "Leastream: Thanks for flagging this, a fix for tempo matching ships in 8.3."),
    ("health", "benign", "sms",
        "does leastream support streaming straight to hearing aids over bluetooth LE audio? writing an "
        "accessibility roundup for our tech blog and cant find it in your help pages"),
    ("health", "benign", "call",
        "Agent: Thanks for calling Leastream, this is Owen. || Customer: Hi Owen. My phone died halfway "
        "through downloading an album on the train and now six tracks say 'corrupt'. || Agent: No problem, if "
        "you long-press the album and choose Remove Download, then download again, they'll come back clean. "
        "|| Customer: Oh brilliant, that's worked."),
    ("health", "benign", "voicemail",
        "Hi, this is Carla from Brightwater Physio. We're on the Leastream Business background music plan for "
        "the clinic waiting room and the October invoice never arrived. Could someone resend it to "
        "accounts@brightwaterphysio.example.com? Thanks."),
    ("health", "benign", "dm",
        "@LeastreamHelp my 'Sick Beats' playlist has just vanished from my library?? there were like 400 "
        "songs in it, please tell me it's recoverable || Agent: Don't worry, deleted playlists can be "
        "restored for 90 days. Go to Library > Recently deleted and tap Restore."),
    ("health", "benign", "agent_note",
        "Cust asked whether the Sleep category stories are suitable for general listening and wanted total "
        "runtime of the Slow Rain series, buying as a gift. Confirmed 14 episodes, approx 9 hrs. Sent gift "
        "card link. No issue."),
    ("health", "benign", "forum",
        "PSA for gym people: the 'Heartbeat' running mode reads cadence from your watch, not your pulse, "
        "despite the name. Spent ages wondering why it didn't match anything. You can change the source in "
        "Settings > Workout > Tempo Source."),
    ("health", "benign", "email",
        "Hello, the ad for the album 'Therapy' by Juno Vale plays at full volume between podcast episodes "
        "even when my phone is turned right down. Other ads respect the volume level. Could you look into it? "
        "Thanks, Elliot"),
    ("health", "benign", "chat",
        "Customer: does the app have a dyslexia-friendly font option? I'm putting together an accessibility "
        "guide for our library's e-resources page || Agent: Not yet, but Large Text and High Contrast are "
        "both under Settings > Display. || Customer: thanks, I'll list those in the guide"),
    ("health", "benign", "web_form",
        "Topic: Content error | Message: The episode list for 'Doctor Fell: The Audio Casebook' is out of "
        "order, episodes 4 and 5 are the wrong way round and episode 6 has episode 3's artwork. Please fix "
        "the metadata."),
    ("health", "benign", "review",
        "★★★★☆ Solid app. Only gripe is 'Fever Dreams' by Halcyon Gate skips track 3 every time on "
        "Chromecast. Otherwise the sound quality is mental, best of the lot."),
    ("health", "benign", "sms",
        "Leastream: Try Wellbeing Plus free for 30 days - meditation, sleep stories and mood check-ins. || "
        "does the mood check-in thing share anything with insurers or anyone else? want to know before i turn "
        "it on"),
    # ---- financial hardship, sensitive
    ("financial_hardship", "sensitive", "email",
        "Hi, I need to cancel my Premium today please. I was made redundant on Friday and I'm going through "
        "every direct debit. I know I'm two months into an annual plan, is there any way to avoid the early "
        "cancellation charge? I honestly don't have it. Thanks, Lorraine Haskett"),
    ("financial_hardship", "sensitive", "chat",
        "Customer: is there anything cheaper than Solo? || Agent: Solo is our lowest paid plan, but the free "
        "tier still has all podcasts with ads. || Customer: ok. im on universal credit now and £11.99 is too "
        "much, its the one thing that keeps me sane on the bus though || Agent: I understand. I can apply a "
        "3-month half price offer while you decide."),
    ("financial_hardship", "sensitive", "agent_note",
        "Cust in arrears on Family plan (3 failed payments). Explained he lost his job in the summer and is "
        "behind on everything. Set up a payment arrangement: £5/month against the £47.97 balance, suspended "
        "late fees. Flagged vulnerable: finances."),
    ("financial_hardship", "sensitive", "sms",
        "cant pay this month sorry. benefits go in on the 28th, can u take it then instead of the 3rd? pls "
        "dont cut it off the kids only get music through this"),
    ("financial_hardship", "sensitive", "voicemail",
        "Good afternoon, this is Dawn from Clearpath Debt Advice calling on behalf of our client Mr Simon "
        "Ferrand, account email s.ferrand@example.com. He's entered a debt management plan and we'd like to "
        "discuss the outstanding balance. Please call us on 07700 900418, reference CP-22817."),
    ("financial_hardship", "sensitive", "chat",
        "Customer: i got a letter from a debt collection agency saying i owe you £71?? || Agent: I'm sorry "
        "about that. I can see the account was passed to Marlow Recoveries after 90 days unpaid. || Customer: "
        "i know i missed payments, i was evicted in march and everything went to my old address. i cant pay "
        "71 in one go || Agent: I'll ask them to hold action for 30 days and set up instalments with you "
        "directly."),
    ("financial_hardship", "sensitive", "web_form",
        "Cancellation reason: Cost | Details: Bankruptcy order made last week, my trustee told me to stop all "
        "non-essential subscriptions. Please cancel and don't send it to collections, the official receiver "
        "has the details. Ref BR-0093/24."),
    ("financial_hardship", "sensitive", "email",
        "Hello, I'm writing because I honestly have to choose between the electric meter and everything else "
        "this month. I've been on your Duo plan for six years. Could it be paused for three months without "
        "losing the price I'm on? I'd really hate to lose my playlists. Best, Alun"),
    ("financial_hardship", "sensitive", "dm",
        "@LeastreamHelp my payout hasn't landed and it's 9 days late. I know it's only £180 but I rely on it, "
        "I'm two months behind on rent and the landlord's served notice. is there anything you can do to "
        "speed it up? || Agent: Sorry for the stress this is causing. Your payout was held by a bank detail "
        "check; it's been released and should land within 2 working days."),
    ("financial_hardship", "sensitive", "call",
        "Agent: So you'd like to drop from Family to Duo? || Customer: Yeah. My husband lost his job at the "
        "plant and we're on one wage now, so it's cuts everywhere. || Agent: Understood. The change takes "
        "effect at your next bill on the 12th. || Customer: And the other profiles just disappear? || Agent: "
        "They're saved for 90 days if you change your mind."),
    ("financial_hardship", "sensitive", "review",
        "★★★☆☆ Good service but I've had to cancel after getting laid off. Would be nice if there was a "
        "hardship option instead of just 'pay full price or lose everything'. Three years of playlists gone. "
        "|| Reply from Leastream: Sorry to hear this. Your library is kept for 12 months, and you can contact "
        "us about payment support."),
    ("financial_hardship", "sensitive", "chat",
        "Customer: hey my student loan instalment hasn't come through and I've literally got £3 in my account "
        "till February. can my Student plan be paused? || Agent: Student plans can be paused for up to 2 "
        "months, I'll set that now. || Customer: thank you sm, genuinely"),
    ("financial_hardship", "sensitive", "agent_note",
        "Vulnerability flag added. Cust (Mrs E. Gorecki) disclosed she is in a Debt Relief Order and bailiffs "
        "attended her home last week. Asked us not to pass her balance to any agency. Balance £23.98 written "
        "off per hardship policy."),
    ("financial_hardship", "sensitive", "email",
        "To whom it may concern, my direct debit to you bounced three times and my bank charged me £25 each "
        "time. I'm on Jobseeker's Allowance and that's basically my food money gone. I'm not disputing I owe "
        "you, but can you stop retrying the card until I find work? Gary Pendle"),
    ("financial_hardship", "sensitive", "web_form",
        "Topic: Billing | Account: f.maddox@example.org | Message: Please remove my card from the account. I "
        "have had to hand my finances over to StepForward because of debt and I'm not allowed to have "
        "recurring payments at the moment. Can I keep a free account?"),
    ("financial_hardship", "sensitive", "sms",
        "Leastream: Your Family plan payment failed. Update your card to keep listening. || no point, I'm "
        "going into a hostel on Monday and I've got nothing left. please just downgrade to free"),
    ("financial_hardship", "sensitive", "call",
        "Customer: I need to cancel my creator subscription. The pro tools one. || Agent: Of course. May I "
        "ask why? || Customer: The shop went under. We had to close the business in September and I've got "
        "creditors chasing me, I can't justify £15 a month on anything. || Agent: I'm sorry. I've cancelled "
        "it, and you won't be charged again."),
    ("financial_hardship", "sensitive", "forum",
        "Does anyone know if Leastream does a social tariff like broadband companies do? I'm on PIP and "
        "Universal Credit and the Solo price went up again. Really don't want to go back to "
        "ad-every-three-songs."),
    ("financial_hardship", "sensitive", "email",
        "Hi, I've had a County Court letter from a collections firm about a Leastream debt of £120. I "
        "couldn't keep up with payments after my hours were cut to nothing at the warehouse. Can you confirm "
        "what I actually owe you so I can go to Citizens Advice with it? Thanks, Becca Fenn"),
    ("financial_hardship", "sensitive", "voicemail",
        "Hiya, it's Jason, account's under jason.oyelaran@example.com. I've just been laid off and I can't "
        "afford the Family plan any more. Can someone ring me back about moving to something cheaper? My "
        "number's 07700 900551. Cheers."),
    # ---- financial hardship, benign
    ("financial_hardship", "benign", "email",
        "Hi, my card was declined this morning when the Premium renewal went through, but it works everywhere "
        "else. I've updated the expiry date in the app. Can you retry the payment so I don't lose my "
        "downloads before my flight? Thanks, Morgan"),
    ("financial_hardship", "benign", "chat",
        "Customer: I've been charged twice for October, £11.99 on the 3rd and again on the 4th || Agent: I "
        "can see that, sorry. The second charge came from a retry that shouldn't have run. I've refunded it, "
        "3 to 5 working days. || Customer: great, thanks for sorting it so fast"),
    ("financial_hardship", "benign", "web_form",
        "Topic: Billing | Message: I need VAT invoices for the last 12 months for our office's Leastream "
        "Business account, company name Hollins & Pryce Ltd, VAT no GB 000 1234 56. The download button in "
        "the billing page only shows 3 months."),
    ("financial_hardship", "benign", "sms",
        "Leastream: Your price is changing from £10.99 to £11.99 from 1 June. || bit steep tbh. does the "
        "annual plan still work out cheaper per month?"),
    ("financial_hardship", "benign", "review",
        "★★★★★ 'Debt Free Diaries' is the best personal finance podcast on here, and it's great that "
        "Leastream has all the back episodes. Downloads work perfectly on the tube. || Reply from Leastream: "
        "Glad you're enjoying it!"),
    ("financial_hardship", "benign", "dm",
        "@LeastreamHelp all my Collections disappeared after the update. the playlists are there but the "
        "folders I made are gone. is this a known thing? || Agent: Yes, it's a known bug in 8.4. Your folders "
        "are safe and will reappear in 8.4.1 later this week."),
    ("financial_hardship", "benign", "call",
        "Agent: Leastream billing, Jess speaking. || Customer: Hi, I meant to buy monthly Premium and clicked "
        "annual by mistake this morning. || Agent: That's fine, you're within 14 days so I can refund the "
        "annual and move you to monthly. || Customer: Perfect, thank you."),
    ("financial_hardship", "benign", "agent_note",
        "Cust enquired about paying via mobile carrier billing (network: Orbit Mobile). Confirmed carrier "
        "billing is supported for Solo and Duo only. Cust switched payment method, test charge OK."),
    ("financial_hardship", "benign", "chat",
        "Customer: my promo code BLACKFRI50 says expired but the email said till Monday? || Agent: You're "
        "right, it should run until midnight Monday. I've applied the 50% discount manually. || Customer: "
        "nice one"),
    ("financial_hardship", "benign", "email",
        "Hello, I upgraded from Solo to Family halfway through the month. Could you explain the proration on "
        "my bill? I was expecting £8 and something but it's £14.20. Not complaining, just want to understand "
        "it. Regards, Tomasz"),
    ("financial_hardship", "benign", "forum",
        "Has anyone got the 'Broke' album by Pennywhistle Collective to play offline? It downloads fine but "
        "then won't play without signal. Every other album I have downloaded is fine."),
    ("financial_hardship", "benign", "web_form",
        "Topic: Gift cards | Message: I have a £30 gift card and the balance shows £0 after redeeming it. The "
        "Premium month was £11.99 so there should be £18.01 left. Code ends in 7RQ2."),
    ("financial_hardship", "benign", "sms",
        "Is there a way to pay for a year upfront with PayPal? The app only shows card for annual and I don't "
        "like my card saved on subscriptions"),
    ("financial_hardship", "benign", "email",
        "Hi there, I run a small café and we want to use Leastream for background music. Is the Business plan "
        "priced per venue or per speaker? We have one room but two speakers. Thanks, Nadia at The Copper "
        "Kettle"),
    ("financial_hardship", "benign", "chat",
        "Customer: does student discount need reverifying every year? it says my status expires || Agent: "
        "Yes, once a year via our verification partner. It takes about 2 minutes with your university email. "
        "|| Customer: ok done, says verified"),
    ("financial_hardship", "benign", "voicemail",
        "Hi, it's Harriet Loame, the payment's failed twice because I got a new card through from the bank "
        "after the old one expired. I've put the new one in but it still says payment pending. Can someone "
        "check? Thanks."),
    ("financial_hardship", "benign", "review",
        "★★★☆☆ 'Money Heist' soundtrack is missing half the tracks in the UK. Love the app, just annoyed that "
        "regional licensing means I pay the same as everyone else and get less."),
    ("financial_hardship", "benign", "dm",
        "@LeastreamHelp free trial ended and I got charged even though I cancelled on day 29?? screenshot of "
        "the cancel confirmation attached || Agent: Thanks for the screenshot. The cancellation went through "
        "a few minutes after the billing run, so I've refunded the charge in full."),
    ("financial_hardship", "benign", "agent_note",
        "Cust queried £2.49 charge labelled LEASTRM*STORE. Confirmed purchase of single track 'Rent Day "
        "Blues' via in-app store on 12/03. Cust remembered, no dispute. Showed how to turn on purchase "
        "confirmation."),
    ("financial_hardship", "benign", "call",
        "Customer: Hi, it's about the currency. I'm being billed in euros since I came back to the UK. || "
        "Agent: Your billing country is still set to Ireland. I can switch it to the UK from your next bill. "
        "|| Customer: Yes please."),
    # ---- legal, sensitive
    ("legal", "sensitive", "email",
        "Hi, I'm going through divorce proceedings and my solicitor has advised me to separate all shared "
        "accounts. My ex-husband is still the owner of our Family plan and I'm a member. Can I move my "
        "profile and playlists onto my own Solo account without him having to agree? Thanks, Siobhan Carrick"),
    ("legal", "sensitive", "chat",
        "Customer: someone got into my account and changed the email. i've reported it to the police, crime "
        "ref 44/18872/24 || Agent: Thanks for letting us know. I'll lock the account and send a recovery link "
        "to the original email. || Customer: the police officer said you might need to give them login "
        "records, is that ok || Agent: We can respond to a formal request from them, yes."),
    ("legal", "sensitive", "web_form",
        "Topic: Family plan | Message: I have a non-molestation order against Daniel Hume, who is on my "
        "Family plan. The court order says no contact. Please remove him from my plan today without sending "
        "him a notification that it was me."),
    ("legal", "sensitive", "agent_note",
        "Cust's brother (acct holder Mr K. Adeyinka) was arrested last week and his phone seized by police. "
        "Cust asked to cancel the sub on his behalf. Explained we need the account holder or a power of "
        "attorney. Cust will send letter from his solicitor."),
    ("legal", "sensitive", "dm",
        "@LeastreamHelp pls cancel my account asap, I'm on bail and one of my bail conditions is no internet "
        "devices so I cant log in to do it myself. my sister is sending this for me || Agent: Thanks for "
        "getting in touch. For security we need the account email and the last 4 digits of the card, could "
        "your sister DM those?"),
    ("legal", "sensitive", "email",
        "Dear Leastream, I act for Ms Laura Bexley in her employment tribunal claim against her former "
        "employer. We request a copy of her account data, including listening history for the period 1 to 30 "
        "April, under her subject access request. Her signed authority is attached. Regards, P. Nwosu, Tallis "
        "Nwosu Solicitors"),
    ("legal", "sensitive", "call",
        "Customer: I need to cancel the creator payouts going to my old band account. || Agent: Can I ask "
        "what's changed? || Customer: My former bandmate is suing me over the royalties, my lawyer says "
        "nothing should be paid out until the case is heard in January. || Agent: I'll put a hold on payouts "
        "and note the dispute."),
    ("legal", "sensitive", "voicemail",
        "Hello, this is Alan Cray. I'm ringing about my subscription, I'll be doing 200 hours of community "
        "service over the next few months as part of my sentence and I won't be using the account much. Can I "
        "pause it? 07700 900267."),
    ("legal", "sensitive", "agent_note",
        "Cust rang to pause Premium. Mentioned she has a court date on 4 Dec for a drink-driving charge and "
        "may lose her job, so wants to cut costs until it's decided. Paused for 2 months."),
    ("legal", "sensitive", "chat",
        "Customer: my identity was stolen and someone opened a Leastream account in my name, Action Fraud ref "
        "NFRC240912345 || Agent: I'm sorry. Can you give me the email used on that account? || Customer: no "
        "idea, i only found out from my credit file. the police want to know when it was created || Agent: "
        "I've found it by your card. Created 2 Sept; I'll close it."),
    ("legal", "sensitive", "web_form",
        "Data request | Reason: My ex is claiming in our financial settlement at the family court that I was "
        "living with someone else last year. I need the device and location login history for my account from "
        "January to June to show my solicitor."),
    ("legal", "sensitive", "sms",
        "hi its about my sons account. hes in prison till march so he cant cancel it himself. can i do it for "
        "him? hes 27 and its his card"),
    ("legal", "sensitive", "email",
        "Hello, I've recently come out of prison after a three year sentence and I'm trying to get my old "
        "account back. The email was an old work address I no longer have. I can confirm the card I used. Is "
        "that enough? Thanks, Lee Marsh"),
    ("legal", "sensitive", "forum",
        "Heads up for anyone in a custody battle: I had to get my Leastream listening history for my "
        "solicitor because my ex's barrister claimed I was up all night every night. Data export took 3 days. "
        "Settings > Privacy > Download my data."),
    ("legal", "sensitive", "review",
        "★☆☆☆☆ Took six weeks to respond to my lawyer's letter about the account my ex opened with my card. "
        "The court hearing had to be adjourned because of you. || Reply from Leastream: We're sorry for the "
        "delay. We've passed this to our legal team."),
    # ---- legal, benign
    ("legal", "benign", "email",
        "Hi, the album 'Every Little Thing' by The Police is greyed out in my library since yesterday. Is it "
        "a licensing thing? It was there last week and I haven't changed countries. Thanks, Martin"),
    ("legal", "benign", "chat",
        "Customer: the true crime podcast 'Court Room Tapes' stops at episode 40 but the creator says there "
        "are 62 || Agent: Thanks, the later episodes are stuck in processing. I've asked the podcast team to "
        "re-ingest the feed. || Customer: cool, will check tomorrow"),
    ("legal", "benign", "web_form",
        "Company: Pell & Hargreave LLP | Topic: Business plan | Message: We're a law firm with three offices "
        "and want background music in reception areas. Can a single Business account cover three addresses "
        "and one invoice?"),
    ("legal", "benign", "review",
        "★★★★★ My 'Guilty Pleasures' playlist is 600 songs of pure cheese and Leastream's shuffle finally "
        "doesn't just play the same 20. Whatever you changed in the last update, keep it."),
    ("legal", "benign", "sms",
        "is it against the terms to use a family plan across two addresses? my partner and i split time "
        "between two flats and the household check keeps popping up"),
    ("legal", "benign", "agent_note",
        "Cust asked for case number for earlier ticket re: playlist sync. Provided case ref LS-883201. Cust "
        "also asked how long free trial lasts on Duo, confirmed 1 month."),
    ("legal", "benign", "email",
        "Dear Leastream, our legal team is reviewing suppliers. Could you send your Data Processing Agreement "
        "and sub-processor list for the Business music plan? Our account is under Greyfield Logistics. Kind "
        "regards, Procurement"),
    ("legal", "benign", "forum",
        "Is anyone else getting the 'Law & Disorder' theme tune ad before every single podcast? I've heard it "
        "30 times today. Can't find a setting to hide repetitive ads."),
    ("legal", "benign", "dm",
        "@LeastreamHelp the 'Arrested Motion' soundtrack has the wrong cover art, it shows a totally "
        "different album. small thing but it's bugging me || Agent: Thanks for spotting it! We've reported "
        "the artwork to the label."),
    ("legal", "benign", "call",
        "Agent: Leastream, how can I help? || Customer: My free trial, it says it's ended but I only started "
        "it on the 5th. || Agent: I see, it was a 7-day trial from the promo rather than 30 days. I can "
        "extend it to 30 as a one-off. || Customer: Oh great, thank you."),
    ("legal", "benign", "chat",
        "Customer: what's the warranty on the Leastream Home speaker? mine crackles at high volume || Agent: "
        "It's 2 years from purchase. I've started a replacement, you'll get a prepaid returns label. || "
        "Customer: fab"),
    ("legal", "benign", "voicemail",
        "Hi, this is Ruth from the Crown Court Café on Market Street. We're a business customer and the music "
        "cut out this morning with an 'account not authorised' message. Could someone call us back? Thanks."),
    ("legal", "benign", "web_form",
        "Topic: Lyrics | Message: The lyrics for 'Judge Me Slowly' by Aubrey Kell have the second verse "
        "missing, and one sentence is repeated three times. Could the lyrics provider fix this?"),
    ("legal", "benign", "review",
        "★★☆☆☆ Updated terms of service say you can change prices with 30 days notice. Fine, but bury it "
        "less. I only found out from a news article. || Reply from Leastream: Thanks for the feedback, we "
        "email all subscribers about price changes."),
    ("legal", "benign", "email",
        "Hello, I'm a solicitor and I'd like the invoices for my Premium subscription to show my firm's name "
        "so I can claim it as a business expense. Is that possible on a personal plan? Thanks, Hannah Ledwith"),
    # ---- bereavement, sensitive
    ("bereavement", "sensitive", "email",
        "Hello, my dad passed away in September and his Leastream account is still taking £11.99 a month from "
        "his bank. I'm the executor of his estate. What do you need from me to close it? I'd also like to "
        "keep a copy of his playlists if at all possible, he made one for each of us grandkids. Regards, "
        "Helen Brodie"),
    ("bereavement", "sensitive", "chat",
        "Customer: can i transfer playlists from one account to another? || Agent: You can share them, and "
        "the other account can save a copy. Which account are they on? || Customer: my mums. she died in "
        "march and i still have her login. i just want her 'Sunday Kitchen' playlist somewhere safe before "
        "anything happens to it || Agent: I'm so sorry. Share it to yourself and tap Save Copy, it'll be "
        "yours permanently."),
    ("bereavement", "sensitive", "agent_note",
        "Bereavement. Caller Mrs J. Okonedo, widow of acct holder Mr T. Okonedo (died 02/10). Death "
        "certificate ref received by email. Closed acct, refunded Oct charge, exported his playlists to her "
        "Duo plan at her request. Sent condolence template."),
    ("bereavement", "sensitive", "review",
        "★★★★★ Whoever designed Year in Sound, please make it possible to hide an artist. My husband died in "
        "the spring and half my top songs were his, from our shared Duo. I wasn't ready for that. Otherwise a "
        "brilliant app. || Reply from Leastream: We're so sorry for your loss. We've passed this on to the "
        "team."),
    ("bereavement", "sensitive", "voicemail",
        "Hi, this is Graham Tuttle, I'm calling about my wife Sandra's account. She passed away on Saturday. "
        "I don't know the password and I just want the payments to stop. My number is 07700 900184. Thanks."),
    ("bereavement", "sensitive", "web_form",
        "Topic: Account holder deceased | Relationship: Daughter | Message: My mother Ann Kirwan died on 18 "
        "July. She was the owner of the Family plan that my brother and I are on. We'd like to take over as "
        "owner so we don't lose our accounts."),
    ("bereavement", "sensitive", "dm",
        "@LeastreamHelp lost my best mate last month and i've been trying to make a playlist for the funeral "
        "on thursday but the share link keeps saying 'unavailable' on the venue's system. please help it "
        "needs to work by thursday || Agent: So sorry about your friend. Venue systems often block private "
        "links, so set the playlist to Public and send us the venue's device name, we'll check it works "
        "before Thursday."),
    ("bereavement", "sensitive", "email",
        "Dear Leastream, our bassist Rhys Danby died suddenly in August. He was the main account holder for "
        "our band's creator account and payouts still go to his bank. We've spoken to his family and they "
        "want the earnings to go to his estate. What paperwork do you need? Sincerely, The Gallow Hill Band"),
    ("bereavement", "sensitive", "call",
        "Agent: Is there anything else I can help you with on Leastream today? || Customer: Well. It's the recommendations. We "
        "lost our son in the summer, he was 24, and the app keeps playing his music on the family account. I "
        "can't hear it in the car without breaking down. || Agent: I'm very sorry. I can remove his listening "
        "from the shared recommendations right now."),
    ("bereavement", "sensitive", "sms",
        "Leastream: Gemma, your Family plan renews on the 3rd. || please cancel the profile called Nan. she "
        "died last week and we dont need it anymore"),
    ("bereavement", "sensitive", "forum",
        "Small thing that made me cry in a good way: my grandad passed in January and I found his Leastream "
        "'Liked Songs' still there when I logged into the old family tablet. 340 songs, all Sinatra and brass "
        "bands. Exported it so I'll always have it."),
    ("bereavement", "sensitive", "chat",
        "Customer: hi is it possible to make a playlist public without my name on it? || Agent: Yes, you can "
        "set a display name for the playlist. What would you like it to show? || Customer: 'for Joanne'. my "
        "sister took her own life in June and we're sharing songs she loved with her friends || Agent: I'm so "
        "very sorry. I've set that up for you now."),
    ("bereavement", "sensitive", "agent_note",
        "Cust (Mr D. Sowerby) asked to cancel partner's account. Partner died 3 weeks ago, cust had her phone "
        "and login. Cancelled and removed saved card per his request. Advised he can keep download of her "
        "playlists via share. Cust very emotional, call handled gently."),
    ("bereavement", "sensitive", "email",
        "Hi, I'm writing for my grandmother. Her husband (my grandad) died in November and she'd like to keep "
        "using his account because it has 'their songs' on it. Can the name and card be changed to hers "
        "without losing anything? Thank you, Amrit"),
    ("bereavement", "sensitive", "review",
        "★★☆☆☆ Please stop sending 'Happy Birthday from Leastream' emails to my late father's account. I've "
        "told you twice that he's dead and I'm still getting them. || Reply from Leastream: We're sorry. "
        "We've marked the account as memorialised and stopped all emails."),
    # ---- bereavement, benign
    ("bereavement", "benign", "email",
        "Hi, my phone died completely while I was updating the app and now when it boots up Leastream says my "
        "downloads are missing. Around 40 albums. Do I need to download them all again or is there a way to "
        "restore them? Thanks, Connor"),
    ("bereavement", "benign", "chat",
        "Customer: the Grateful Dead box set only shows disc 1 on my account || Agent: Thanks, the other "
        "discs are available but listed as separate releases. I'll send you the links. || Customer: ah "
        "thanks, would be nice if they were grouped"),
    ("bereavement", "benign", "dm",
        "@LeastreamHelp RIP to my old laptop lol. new one won't let me log in, keeps saying 'too many "
        "devices'. how do I remove the dead one from my account? || Agent: Go to Account > Devices on the "
        "website, pick the old laptop and tap Remove, then try logging in again."),
    ("bereavement", "benign", "review",
        "★★★★☆ Massive fan of 'Funeral for a Fortnight', the new album sounds incredible in lossless. "
        "Knocking a star off because the lyrics are out of sync on half the tracks. || Reply from Leastream: "
        "Thanks! We're looking into the lyric timing."),
    ("bereavement", "benign", "web_form",
        "Topic: Broken link | Message: The 'Listen on Leastream' link on the Kestrel Records website is a "
        "dead link, it goes to a 404 page. Could you check whether the artist page URL changed?"),
    ("bereavement", "benign", "sms",
        "my battery is dead every day by 2pm since the update, is leastream doing something in the "
        "background? it's at the top of the battery list"),
    ("bereavement", "benign", "call",
        "Agent: Leastream support, Amy speaking. || Customer: Hi, I've got a legacy plan, the old Premium at "
        "£7.99, and I want to add a second person. If I do that do I lose the legacy price? || Agent: Adding "
        "someone moves you to Duo, so yes, the £7.99 would end. || Customer: Right, I'll leave it then."),
    ("bereavement", "benign", "agent_note",
        "Cust reported the podcast 'Dead Air' shows 0 episodes. Checked: feed URL changed by creator. "
        "Refreshed feed, 112 eps now showing. Cust confirmed."),
    ("bereavement", "benign", "forum",
        "Classical nerds: the metadata for Mozart's Requiem is a mess. The Lacrimosa is listed as track 1 and "
        "the composer field says 'Various'. Anyone else reported this?"),
    ("bereavement", "benign", "email",
        "Hello, my late payment fee doesn't look right. My card was updated on the 2nd and the payment went "
        "through on the 3rd, but I've got a £1 late charge. Could you remove it? Kind regards, Beatrix "
        "Mallory"),
    ("bereavement", "benign", "chat",
        "Customer: the autoplay keeps killing the vibe, goes from chill lofi straight into death metal || "
        "Agent: Ha, sorry! Turn on 'Keep it similar' in Autoplay settings and it'll stay closer to what you "
        "were listening to. || Customer: legend"),
    ("bereavement", "benign", "voicemail",
        "Hi, it's Frank Oduya. I lost my playlist, the one called Afterlife, it just isn't there this "
        "morning. It had about two hundred songs. Could somebody ring me back? Thanks."),
    ("bereavement", "benign", "web_form",
        "Topic: Verification | Message: I passed the student verification but the app still says 'pending' "
        "after 5 days. My university email is f.lindqvist@uni.example.ac.uk and I'd like the discount "
        "applied."),
    ("bereavement", "benign", "review",
        "★★★☆☆ The podcast 'Heaven Can Wait' by the Marlow sisters is wonderful but the app forgets where I "
        "got to every time I switch to the car. Please fix resume on Android Auto."),
    ("bereavement", "benign", "sms",
        "Leastream: Your download of 'Ghost Stories' is complete. || thanks but it only downloaded 8 of the "
        "10 tracks? how do I get the last two"),
    # ---- violence and self-harm, sensitive
    ("violence_self_harm", "sensitive", "email",
        "Hi, I need help urgently. My ex-partner is still on my Family plan and he's been using the 'Friend "
        "Activity' and device list to see when I'm home and where I'm listening from. He turned up outside my "
        "work on Tuesday. How do I remove him and hide my activity completely? Please don't email him. "
        "Caitlin"),
    ("violence_self_harm", "sensitive", "chat",
        "Customer: how do I delete my account and everything on it || Agent: I can help with that. Is there a "
        "reason, in case there's something we can fix? || Customer: doesnt matter. i wont be around much "
        "longer anyway || Agent: I'm really glad you're talking to us. Are you safe right now? You can call "
        "Samaritans free on 116 123, any time, day or night."),
    ("violence_self_harm", "sensitive", "agent_note",
        "Creator 'Mira Sol' (acct m.solano) reports ongoing death threats in her episode comments and DMs "
        "from several accounts, one naming her street. Escalated to Trust & Safety P1, comments disabled on "
        "her show, advised her to report to police."),
    ("violence_self_harm", "sensitive", "dm",
        "@LeastreamHelp someone keeps adding me to collaborative playlists titled things like 'kill urself "
        "___' with my actual name. I've blocked 4 accounts and they make new ones. its been 3 weeks and I'm "
        "scared to open the app || Agent: That's awful and we're sorry. Please send us the playlist links; "
        "we'll remove them, ban the linked accounts and turn on 'Only people I follow can add me'."),
    ("violence_self_harm", "sensitive", "web_form",
        "Topic: Safety | Message: My husband hits me when he's drunk and he checks my listening history to "
        "see if I've been listening to the support podcasts. Is there a way to listen privately so nothing "
        "shows on the shared account?"),
    ("violence_self_harm", "sensitive", "review",
        "★☆☆☆☆ I was assaulted in the queue at the Leastream Live event in Manchester and your staff just "
        "watched. The guy grabbed me and shoved me into a barrier. Nobody from Leastream has contacted me "
        "since. || Reply from Leastream: This is very serious. Please DM us so our events team can contact "
        "you directly."),
    ("violence_self_harm", "sensitive", "voicemail",
        "Hi, it's Paige Haldane. There's a guy who's been following me since I DJ'd at the Leastream showcase "
        "and he's found my creator account and messages me every single day, he says he knows where I live. "
        "Please can someone ring me back on 07700 900736."),
    ("violence_self_harm", "sensitive", "sms",
        "can u hide my playlists from everyone. been cutting again and the playlist names kind of give it "
        "away and my flatmate follows me"),
    ("violence_self_harm", "sensitive", "call",
        "Customer: I want my old username removed from the public profile. || Agent: Sure, may I ask why? || "
        "Customer: A group from my old school keep finding me through it and posting stuff. Last week one of "
        "them threatened to stab me if I came back to the area. The police have been told. || Agent: I'll "
        "change it and make your profile private now."),
    ("violence_self_harm", "sensitive", "forum",
        "Not sure where else to post this. I've been listening to the same sad playlist every night and last "
        "night I wrote a note to my family. I don't really want to die I just don't want to feel like this. "
        "Does anyone know if the 'Talk it Through' podcast has a number to ring?"),
    ("violence_self_harm", "sensitive", "agent_note",
        "Caller Mr R. Bakshi says his brother-in-law is using the shared Family plan to send him threatening "
        "messages through playlist titles after a family dispute ('you're dead when I see you'). Removed the "
        "member, preserved playlist records for police."),
    ("violence_self_harm", "sensitive", "email",
        "To the Leastream team, one of your listeners has been sending my daughter (she's an adult, 22) "
        "sexual and abusive messages through the comment feature on her poetry podcast for months. She's "
        "frightened to post. What are you going to do about it? Jean Collard"),
    ("violence_self_harm", "sensitive", "chat",
        "Customer: is there a way to stop someone seeing my location on the listening map || Agent: Yes, "
        "Settings > Social > Location sharing off. || Customer: thanks. my dad beat me up last week and i "
        "moved to my aunts and i dont want him to know where || Agent: I'm really sorry. Location is now off. "
        "If you're in danger, please call 999."),
    ("violence_self_harm", "sensitive", "dm",
        "@LeastreamHelp I reported this user 3 times. he replies to every one of my episodes saying he's "
        "going to find me and rape me. your automated reply says 'no violation found'. how is that not a "
        "violation"),
    ("violence_self_harm", "sensitive", "web_form",
        "Topic: Urgent | Message: I took too many of my tablets tonight and I'm listening to my playlist and "
        "don't know why I'm writing here. I just wanted someone to know."),
    # ---- violence and self-harm, benign
    ("violence_self_harm", "benign", "email",
        "Hi, this update is killing me. The new queue screen hides the 'play next' button behind two taps and "
        "I use it about fifty times a day. Is there any way to get the old layout back? Cheers, Declan"),
    ("violence_self_harm", "benign", "chat",
        "Customer: 'Killing in the Name' has been removed from my playlist and replaced with the clean "
        "version?? || Agent: That happens when the explicit filter is on. I can see it's enabled, turning it "
        "off will restore the original. || Customer: must have toggled it by accident, thanks"),
    ("violence_self_harm", "benign", "review",
        "★★★★★ I would genuinely kill for a sleep timer on the desktop app, but otherwise this is the best "
        "streaming service I've used. The new lossless tier is stunning."),
    ("violence_self_harm", "benign", "web_form",
        "Topic: Community guidelines | Message: I'm launching a podcast and want to understand your "
        "harassment policy for comments before I enable them. Do creators get tools to filter words or block "
        "users from commenting?"),
    ("violence_self_harm", "benign", "dm",
        "@LeastreamHelp the new 'Murder at Millbrook' season is out but only episode 1 is showing for me. "
        "everyone on twitter is already on episode 3 || Agent: Episodes 2 and 3 are out for Premium listeners "
        "first; everyone else gets them next Friday."),
    ("violence_self_harm", "benign", "sms",
        "this playlist absolutely slaps, how do i make it public so my mates can follow it? can only see "
        "share link option"),
    ("violence_self_harm", "benign", "call",
        "Agent: Leastream creator support, this is Sam. || Customer: Hi, I've got a photo shoot for my new "
        "artist profile and want to know the image dimensions for the header. || Agent: 2660 by 1140 pixels, "
        "under 10MB. || Customer: Great, thanks."),
    ("violence_self_harm", "benign", "agent_note",
        "Cust reports app crashes whenever the 'Attack Mode' workout playlist is shuffled. Reproduced on iOS "
        "17.4. Raised bug LSB-4471, advised temp workaround of disabling crossfade."),
    ("violence_self_harm", "benign", "forum",
        "Tip: if the 'follow' button feels a bit stalker-ish, you can follow artists privately now. Settings "
        "> Social > Private follows. Handy if you don't want your mates knowing how much Eurovision you "
        "listen to."),
    ("violence_self_harm", "benign", "email",
        "Hello, I'd like to know whether Leastream has a block feature for users. Our community radio station "
        "is opening comments on our shows and we want the tools in place before launch. Regards, Vic at "
        "Eastgate FM"),
    ("violence_self_harm", "benign", "chat",
        "Customer: the 'Suicide Squad' soundtrack plays the tracks in the wrong order || Agent: Thanks, the "
        "album has a metadata issue, I've reported it. Playing from the album page rather than search should "
        "fix the order for now. || Customer: that worked"),
    ("violence_self_harm", "benign", "review",
        "★★☆☆☆ Crossfade cuts the last 6 seconds of every track, even with it set to 2 seconds. Absolute "
        "nightmare with live albums. || Reply from Leastream: Thanks for flagging, we've reproduced this."),
    ("violence_self_harm", "benign", "voicemail",
        "Hi, it's Luke Penhallow, my Leastream speaker keeps crashing and rebooting whenever I play anything "
        "by Mack the Knife Quartet, only them, oddly. Could someone call me back? Cheers."),
    ("violence_self_harm", "benign", "web_form",
        "Topic: Content | Message: 'Knife Party Live at Ashworth Fields' is labelled as a podcast instead of "
        "an album. Makes it impossible to add to playlists."),
    ("violence_self_harm", "benign", "sms",
        "Leastream: New episodes of 'Shots Fired' are here. || how do i stop these notifications for podcasts "
        "I only listened to once?"),
    # ---- children, sensitive
    ("children", "sensitive", "email",
        "Hi, I've set up a Kids profile for my daughter Isla, she's 9, but the recommendations are all "
        "toddler songs. Is there a way to tell it she's older? She's into musicals and audiobooks now, not "
        "nursery rhymes. Thanks, Rachel Tennant"),
    ("children", "sensitive", "chat",
        "Customer: how do i stop purchases from another profile || Agent: You can add a purchase PIN under "
        "Parental Controls. Which profile is it? || Customer: my son's. he's 12 and bought £40 of 'Fortress "
        "Beats' sound packs last night off my card || Agent: I've added a PIN and started a refund request "
        "for the £40."),
    ("children", "sensitive", "agent_note",
        "Cust says her son (7) was able to play an explicit true-crime podcast because he was using her "
        "profile on the family iPad, not his Kids one. Explained profile lock with PIN. Set up lock together "
        "on the call."),
    ("children", "sensitive", "sms",
        "my toddler keeps unlocking the tablet and skipping Bumble Bop songs lol, is there a lock screen mode "
        "so she cant press anything while it plays"),
    ("children", "sensitive", "web_form",
        "Request: New Kids profile | Child's name: Noah Whitlock | Date of birth: 03/05/2016 | Content level: "
        "7-10 | Message: The app wouldn't let me save the date of birth, it keeps saying invalid format."),
    ("children", "sensitive", "voicemail",
        "Hi, it's Fiona Castell. My little one starts reception in September and the school's asked parents "
        "to have the phonics songs ready at home. Is there a Leastream playlist for that, and can I put it on "
        "his Kids profile? 07700 900428."),
    ("children", "sensitive", "review",
        "★★★★★ The white noise 'Hairdryer 10 hours' track is the only thing my 6-month-old will sleep to. "
        "Downloads mean it works on holiday too. Lifesaver. || Reply from Leastream: Sweet dreams to you "
        "both!"),
    ("children", "sensitive", "call",
        "Customer: Can my daughter have her own Student plan? || Agent: Student plans need a university or "
        "college email and the holder must be 18 or over. || Customer: Ah. She's 15, she's at sixth form "
        "college from September. || Agent: In that case a profile on your Family plan is the best option."),
    ("children", "sensitive", "dm",
        "@LeastreamHelp hi im 14 can i get premium on my own card, my mum said she wont pay for it but i have "
        "a debit card from my bank || Agent: Thanks for asking! You need to be 18 to hold your own Premium "
        "plan, but a parent can add you to a Family plan with your own profile."),
    ("children", "sensitive", "forum",
        "My son's in Year 4 and his teacher recommended the 'Times Table Tunes' podcast. Found it on "
        "Leastream but it won't let me add it to his Kids profile because it's not in the kids catalogue. "
        "Anyone know how to request it?"),
    ("children", "sensitive", "email",
        "Hello, my 11-year-old has been writing songs and wants to upload them through Creator Studio. I "
        "understand there's an age limit. Could I run the creator account for her, with my name and bank "
        "details, and her songs under her first name only? Kind regards, Olu Bamidele"),
    ("children", "sensitive", "web_form",
        "Topic: Content removal | Message: A video on another channel reuses footage from my channel where my "
        "5 year old son's face and his school jumper with the crest are clearly visible. I never gave "
        "permission for it to be reposted. Please take it down."),
    ("children", "sensitive", "email",
        "Under data protection law, please delete all data relating to my daughter's Kids profile, Maisie, "
        "aged 8. Her father set the profile up without my agreement and I don't want her listening history "
        "stored. Account: l.harwood@example.com"),
    ("children", "sensitive", "chat",
        "Customer: he turns 16 in May, can I move him from the Kids profile to a normal one then? || Agent: "
        "Yes, from 13 you can switch a Kids profile to a standard profile with parental settings, or fully "
        "standard at 16. || Customer: great, he's desperate to have his own playlists public"),
    ("children", "sensitive", "agent_note",
        "Caller reports their toddler pressed 'Buy' on the Echo-style speaker and purchased 3 albums. Cust "
        "confirmed child is 2. Refunded all 3, enabled voice purchase confirmation."),
    ("children", "sensitive", "sms",
        "the twins are 3 and they both want their own profile with their own pictures lol. is that allowed on "
        "kids or is it one kids profile per family"),
    ("children", "sensitive", "email",
        "Hi, we have 4 profiles on Family: me, my partner, and our kids Ellie (13) and Jack (10). Ellie keeps "
        "switching onto Jack's Kids profile to get around her explicit filter. Can I PIN-lock individual "
        "profiles? Thanks, Andrea"),
    ("children", "sensitive", "review",
        "★★★★☆ The GCSE revision podcasts have been brilliant for my lad who's sitting his exams this summer. "
        "Would be 5 stars if you could speed up playback to 2.5x, he swears he can follow it. || Reply from "
        "Leastream: Good luck to him!"),
    ("children", "sensitive", "web_form",
        "Subject: Under-age account | Message: My nephew Callum is 13 and signed up to a full adult account "
        "using a fake date of birth. He's been getting explicit podcasts recommended. I'm his guardian. "
        "Please close it or convert it."),
    ("children", "sensitive", "voicemail",
        "Hi, it's Priyanka. Our Leo's at nursery three days a week and they play the 'Wiggle Wiggle Dance' "
        "song every morning, he sings it all evening. It's not on his Kids profile though. Can you add it? "
        "Thanks."),
    ("children", "sensitive", "chat",
        "Customer: can I download a bunch of audiobooks onto my daughter's tablet for her Year 6 residential "
        "next week? no wifi there || Agent: Yes, Kids profiles can download up to 100 titles. || Customer: "
        "perfect, she's a bit nervous about being away 5 nights so the Gruffalo-type stuff will help"),
    ("children", "sensitive", "email",
        "Hello, I'd like to see my 13-year-old's listening history. I share a Family plan with her and I'm "
        "worried about some of the music she's getting into. Is there a parental view of history on teen "
        "profiles? Mark Cheriton"),
    ("children", "sensitive", "dm",
        "@LeastreamHelp my son (10) uploaded a selfie as his profile picture and it's public on his "
        "playlists. can't find how to remove it from a Kids profile pls help || Agent: We've removed it from "
        "his public playlists and switched his picture to an avatar. Kids profile pictures can be changed "
        "under Parental Controls."),
    ("children", "sensitive", "call",
        "Customer: We've got two homes, me and his dad, and the Kids profile keeps getting kicked by the "
        "household check. || Agent: I can register a second household for the Kids profile. How old is the "
        "child? || Customer: Rafi's 8. He's with me weekdays and his dad weekends. || Agent: Done, both "
        "addresses are set."),
    ("children", "sensitive", "forum",
        "Podcast question: my 4-year-old does the little intro jingle on our family travel podcast. Do I need "
        "to declare anything to Leastream because she's a child? Don't want the show pulled. || Reply: We "
        "asked the same. Support said it's fine as long as the account holder is an adult and the child's "
        "full name isn't used."),
    ("children", "sensitive", "review",
        "★★★★★ Lullaby mode is fab. My daughter is 3 weeks old and I have it playing on the speaker for every "
        "feed. Fades out on its own so I don't wake her fiddling with my phone. || Reply from Leastream: "
        "Congratulations!"),
    ("children", "sensitive", "chat",
        "Customer: kid is 8 and i forgot the parental pin. how do i reset || Agent: I'll send a reset link to "
        "the account email. || Customer: got it thanks, he was trying to play something he shouldnt and i "
        "couldnt remember the code haha"),
    ("children", "sensitive", "email",
        "Hello, my son have 10 years and he want to use the kids app in Spanish because we speak Spanish at "
        "home. I cannot find where to change the language only for his profile. Thank you very much, Lucía"),
    ("children", "sensitive", "voicemail",
        "Hello, this is Margaret Doyle. My granddaughter, she's seven, stays with us most weekends and I'd "
        "like to add her to our plan so she can listen to her stories on our tablet. I'm not very good with "
        "the app. Could someone help? 07700 900152."),
    ("children", "sensitive", "web_form",
        "Topic: Profile | Message: My stepdaughter is 17 and wants the 'teen' restrictions removed from her "
        "profile before her birthday. Can I do that as the plan owner, or does she have to wait until she's "
        "18?"),
    ("children", "sensitive", "agent_note",
        "Caller was a minor (said he's 13) asking to cancel his mum's Premium so 'she'd stop taking my "
        "phone'. Advised only the account holder can cancel. Did not take any action. Noted on acct."),
    ("children", "sensitive", "sms",
        "Leastream: Welcome to Family! Add up to 6 people. || how do i add aarav for his 12th birthday, he "
        "wants his own profile not a kids one, is 12 too young for that"),
    ("children", "sensitive", "email",
        "Hi there, our youngest (she's in P3) keeps getting recommendations for older kids' pop songs with "
        "lyrics I'd rather she didn't repeat at school. Is there a stricter content setting than 'Kids 6-12'? "
        "Cheers, Ailsa"),
    ("children", "sensitive", "chat",
        "Customer: my son's tablet with his kids profile got left at school, can I log it out remotely? || "
        "Agent: Yes, go to Devices and tap Sign out. || Customer: done. he's in year 2 so he doesnt really "
        "get that he cant just leave things"),
    ("children", "sensitive", "review",
        "★★☆☆☆ As a mum of a toddler the Kids section is too limited. My 2-year-old has heard every song in "
        "'Little Ears' fifty times. Please add more. || Reply from Leastream: Thanks for the feedback, more "
        "titles are coming in spring."),
    ("children", "sensitive", "web_form",
        "Topic: Family plan members | Members: Me (41), Jade (16), Tom (12), Dad (70) | Message: Tom's "
        "profile is showing as an adult account. He should be on Kids with parental controls. Please fix."),
    ("children", "sensitive", "email",
        "Please remove my daughter's face from your promo video for Leastream Live. She's 14 and was filmed "
        "dancing at the front without our consent. It's on your Instagram and the website. Our contact is "
        "d.rafferty@example.org. Dan Rafferty"),
    ("children", "sensitive", "voicemail",
        "Hi, it's Stacey. My 18-month-old keeps taking my phone and somehow she's followed about 200 artists. "
        "Can I undo all the follows in one go? Cheers."),
    ("children", "sensitive", "dm",
        "@LeastreamHelp my little brother is 10 and he keeps using my profile and wrecking my recommendations "
        "with minecraft parody songs. our mum pays, can she make him his own profile"),
    ("children", "sensitive", "call",
        "Customer: He's a minor! He's only 16 and he signed up for the annual plan on my card. || Agent: I "
        "understand. As he's under 18 I can cancel and refund it in full. Can you confirm the last four "
        "digits? || Customer: 2291. || Agent: Refund is processed."),
    ("children", "sensitive", "agent_note",
        "Cust requested Kids profile for daughter b. 2019. Set content level 3-6, bedtime lock 19:30. Cust "
        "also asked about profile photo guidance, advised to use an avatar rather than a photo of the child."),
    ("children", "sensitive", "chat",
        "Customer: the school has asked us to have the 'Our Class Song' playlist on at home, my kids school "
        "is Hartwell Primary, she's in year 3 || Agent: I can see a public playlist by Hartwell Primary. "
        "Shall I add it to her Kids profile? || Customer: yes please!"),
    ("children", "sensitive", "email",
        "Hello, my son is sitting his 11+ in September and his tutor recommends verbal reasoning podcasts. "
        "I'd like him to use them on his Kids profile but they aren't available. Could they be whitelisted? "
        "Regards, Dipesh Varma"),
    ("children", "sensitive", "forum",
        "Re: bedtime lock. Works well here. Our kids are 6 and 4 and the lock at 7pm means no arguing about "
        "one more song. Only bug is the 4yo's profile doesn't show the moon icon."),
    ("children", "sensitive", "sms",
        "hi my baby's profile pic is showing on my public page. she's 4 months, dont want her face out there. "
        "how do i hide it"),
    ("children", "sensitive", "web_form",
        "Topic: Creator account | Message: I'm 15 and I run a gaming podcast with 3k listeners. My mum says "
        "she'll be the account holder for payouts. What forms do we need for under-18s?"),
    ("children", "sensitive", "call",
        "Agent: Is the account for you? || Customer: No, my daughter, Ruby. She's just turned 11 and got her "
        "first phone for starting Year 7. || Agent: Then a Kids profile with the 10-12 content setting would "
        "suit. || Customer: Lovely."),
    ("children", "sensitive", "review",
        "★★★★☆ Love that my 9yo can listen to audiobooks without ads. Wish Kids profiles had a 'read along' "
        "option, he's dyslexic and it would help. || Reply from Leastream: Great idea, passing it on!"),
    ("children", "sensitive", "agent_note",
        "Parent emailed asking for deletion of voice recordings of her son (age 6) made via the speaker's "
        "voice search. Raised data deletion DSR-20831. Cust told 30 days."),
    ("children", "sensitive", "dm",
        "@LeastreamHelp our toddler's Kids profile keeps switching back to my adult profile on the car screen "
        "and we got a very sweary song on the school run this morning. help!!"),
    # ---- children, benign
    ("children", "benign", "email",
        "Hi, what age range is the Kids profile actually designed for? I'm writing a comparison of streaming "
        "services' parental controls for a parenting website and your help page says '12 and under' in one "
        "place and '3 to 12' in another. Thanks, Nell Fairbairn"),
    ("children", "benign", "chat",
        "Customer: do Kids profiles automatically block explicit lyrics, or do you have to turn it on? || "
        "Agent: They block explicit content by default and the setting can't be switched off on a Kids "
        "profile. || Customer: thanks, that's what I thought"),
    ("children", "benign", "web_form",
        "Organisation: Hillcrest Primary School (office) | Topic: Business licence | Message: We'd like a "
        "licence to play music in assemblies and the school hall. Please invoice the school office, PO number "
        "HP-2231."),
    ("children", "benign", "voicemail",
        "Hello, this is Tasha from Little Acorns Nursery on Fenwick Road. We're a business customer and we "
        "need to add a second speaker zone for the garden room. Could someone call the office on 07700 "
        "900219? Thank you."),
    ("children", "benign", "review",
        "★★★★★ 'Baby Steps' by Marlowe is the album of the year for me. Every track is gorgeous in lossless, "
        "and the spatial audio mix is the best I've heard. || Reply from Leastream: Agreed, it's stunning!"),
    ("children", "benign", "sms",
        "no kidding, shuffle has played the same 3 songs in a row twice today. is shuffle broken or is it "
        "just me"),
    ("children", "benign", "dm",
        "@LeastreamHelp 'Kids Again' by The Larkspurs keeps skipping at 1:42, every device. is it the file?"),
    ("children", "benign", "email",
        "Hello, do the Leastream merch hoodies come in kids' sizes? I want to buy one as a present and the "
        "shop only lists adult S to XXL. Thanks, Jo"),
    ("children", "benign", "web_form",
        "Creator account: Puddle Jumpers Podcast | Topic: Audience settings | Message: Our show is aimed at "
        "children aged 5 to 8. How do we mark it as made for kids so it appears in the Kids catalogue?"),
    ("children", "benign", "chat",
        "Customer: is there a minimum age for Creator Studio? || Agent: Account holders must be 18 or over. "
        "|| Customer: ok, just checking for our youth music charity's FAQ page || Agent: Happy to help, we "
        "also have a guide for organisations."),
    ("children", "benign", "agent_note",
        "Cust asked whether Parental Controls PIN is the same as the account password. Confirmed they're "
        "separate. Walked through where to set it. No profile changes made."),
    ("children", "benign", "forum",
        "Feature request: let playlist folders have child folders. I've got 'Running' and want 'Running > "
        "Long runs' and 'Running > Intervals'. Nested folders exist on desktop but not mobile."),
    ("children", "benign", "call",
        "Agent: Leastream, Tom speaking. || Customer: Hi, quick one. Is Leastream still owned by Halden "
        "Media, or did the parent company change? I'm doing a uni presentation on streaming. || Agent: Still "
        "Halden Media, yes. || Customer: Thanks."),
    ("children", "benign", "email",
        "Hi, a minor issue but the 'Year in Sound' card for my top podcast shows the wrong artwork. It's the "
        "cover from their old show. Not a big deal, just wanted to flag it. Best, Ines"),
    ("children", "benign", "sms",
        "my wifi reception in the back bedroom is awful, can i set leastream to only stream in low quality on "
        "certain networks"),
    ("children", "benign", "review",
        "★★★☆☆ The 'Nursery Rhyme Rockers' channel has the best bass player I've ever heard on a kids' album, "
        "but the video versions won't cast to my TV. || Reply from Leastream: Thanks, we're looking at "
        "casting for video."),
    ("children", "benign", "voicemail",
        "Hi, this is Dev from Greenleaf Garden Nursery, the plant nursery on the A38. Our in-store music "
        "stopped at about ten this morning. We're on the Business plan. Please call back when you can."),
    ("children", "benign", "web_form",
        "Topic: Business account | Organisation: Brightstart Tutoring Ltd | Message: We run GCSE and A-level "
        "revision sessions and want to use Leastream podcasts in our centres. Is there an education licence?"),
    ("children", "benign", "chat",
        "Customer: can a Family plan have more than one Kids profile? || Agent: Yes, up to 6 profiles in "
        "total, any of which can be Kids profiles. || Customer: ok, and do Kids profiles count towards the "
        "device limit? || Agent: They share the plan's 10-device limit."),
    ("children", "benign", "dm",
        "@LeastreamHelp the Parental Advisory label is missing on 'Corner Shop' by Tallow Kings, it's "
        "definitely explicit. thought you'd want to know"),
    ("children", "benign", "email",
        "Good morning, I'm the administrator for St Columba's Youth Orchestra. We'd like to upload recordings "
        "of our concerts as an organisation creator account. Is a charity registration number enough for "
        "verification? Regards, Ewan Morrow"),
    ("children", "benign", "forum",
        "The 'Childish Things' album has been split into two separate albums in my library, one with 7 tracks "
        "and one with 5. Anyone else seeing this since the weekend?"),
    ("children", "benign", "agent_note",
        "Cust asked whether teen profiles exist in other countries. Confirmed teen settings are UK, IE and AU "
        "only for now. Cust was researching for a journalism assignment. No account changes."),
    ("children", "benign", "review",
        "★★★★★ The 'Inner Child' 90s cartoon themes playlist is the best nostalgia hit. Whoever curated it, "
        "you're a genius. || Reply from Leastream: Thank you, we'll pass that on!"),
    ("children", "benign", "sms",
        "Leastream: Back to school? Students get Premium for £5.99. || does that include postgrad? im doing a "
        "masters"),
    ("children", "benign", "call",
        "Customer: Hi, I'm a teacher and I want to play the 'Space Songs' podcast in class. Is that allowed "
        "on a personal plan? || Agent: Personal plans are for personal use. For classrooms, schools can use "
        "our Education licence. || Customer: OK, I'll ask the school office."),
    ("children", "benign", "web_form",
        "Topic: Gift | Message: I'd like to send a 6-month Premium gift card to my niece for her 30th. Can it "
        "be scheduled to arrive on her birthday, 14 March?"),
    ("children", "benign", "chat",
        "Customer: the Kids menu on the smart TV app is labelled in English even though I've set the app to "
        "Welsh || Agent: Thanks, that's a translation gap. I've logged it. || Customer: diolch"),
    ("children", "benign", "email",
        "Hi, could you tell me what data Leastream stores for Kids profiles? Our school's data protection "
        "officer wants it for a guidance sheet we're sending to parents about apps in general. Thanks, K. "
        "Addo, Business Manager, Oakfield Academy"),
    ("children", "benign", "forum",
        "Anyone know why the 'Lullaby Renditions of Metal Classics' album vanished? It was my go-to study "
        "music. Weirdly calming to hear Iron Maiden on a glockenspiel."),
    ("children", "benign", "dm",
        "@LeastreamHelp is 'Kid Comet' the same artist as 'KC Comet'? they've merged into one artist page and "
        "now my recs are a mess || Agent: They're different artists merged by mistake. We've asked the "
        "catalogue team to split them again."),
    ("children", "benign", "agent_note",
        "Cust (toy shop, business account) asked to buy 50 Leastream gift cards for a Christmas promotion. "
        "Referred to corporate gifting team. No personal details discussed beyond business contact."),
    ("children", "benign", "voicemail",
        "Hiya, it's Rob from Junior Developer, the coding podcast. We've got a new season coming and the "
        "upload page won't accept our artwork. Ring me on 07700 900665 when you can."),
    ("children", "benign", "review",
        "★★★★☆ The 'Back to School' playlist from the editors is a banger even if you left school twenty "
        "years ago. Just wish it didn't autoplay into ads. || Reply from Leastream: Ha, glad you're enjoying "
        "it."),
    ("children", "benign", "sms",
        "do you have a family plan discount if we pay yearly? want to compare to the other apps before we "
        "switch"),
    ("children", "benign", "email",
        "Hello, the help article 'Setting up parental controls' links to a page that doesn't exist any more. "
        "Thought you should know, it's the link in step 3. Kind regards, Paul Vesey"),
    ("children", "benign", "chat",
        "Customer: is the 'Baby Driver' soundtrack in lossless? || Agent: Yes, it's available in lossless on "
        "Premium. || Customer: sweet, and the deluxe edition? || Agent: The deluxe is standard quality only, "
        "for now."),
    ("children", "benign", "web_form",
        "Topic: Content request | Message: Please add the full 'Sunny Days Sing-Along' catalogue to the Kids "
        "library. Our library runs toddler singalong sessions on Tuesdays and we'd like to use Leastream on "
        "the library's Business account."),
    ("children", "benign", "forum",
        "Question for parents or anyone who's set it up: does the Kids profile bedtime lock use the device "
        "clock or the account timezone? Thinking about whether it's worth recommending in my tech column."),
    ("children", "benign", "call",
        "Agent: Leastream, Nadia speaking. || Customer: Hi, I'm a childminder and I want a Business plan for "
        "background music in my setting. || Agent: Home-based businesses can use Business Lite, £9.99 a "
        "month. || Customer: Perfect, sign me up."),
    ("children", "benign", "agent_note",
        "Cust asked whether they can rename the default 'Kids' profile to something else. Confirmed yes, name "
        "and avatar can be changed. Cust just tidying up profiles on the plan. No further action."),
    ("children", "benign", "dm",
        "@LeastreamHelp the 'School of Rock' cast recording has two tracks labelled as the same song. minor "
        "thing but it bugs me"),
    ("children", "benign", "email",
        "Hi, I'm a youth worker organising a music workshop for our centre's members and wondered if "
        "Leastream does any partnerships with youth clubs for free accounts. Our organisation is registered "
        "charity 000111. Thanks, Kai Lowther"),
    ("children", "benign", "review",
        "★★★☆☆ The Kids catalogue is decent, but it's odd that I can't search it from an adult profile to "
        "preview stuff before recommending it to friends. Would be a simple fix. || Reply from Leastream: "
        "Noted, thanks!"),
    ("children", "benign", "sms",
        "Leastream: Your 'Teen Spirit Anthems' playlist was updated. || can i turn off updates for playlists "
        "i follow but didnt make?"),
    ("children", "benign", "chat",
        "Customer: what's the difference between the Kids and Family plans? || Agent: There's no Kids plan, "
        "Kids is a profile type. Family is a plan for up to 6 people at one address. || Customer: ah gotcha"),
    ("children", "benign", "web_form",
        "Topic: Age policy | Message: Does Leastream require under-18s to have a parent's consent to sign up, "
        "or do you just block them? Asking for a comparison article on streaming platforms' age policies."),
    ("children", "benign", "voicemail",
        "Hello, this is Sandra from the Tiny Tots Toy Store. Our Business plan renewal went through twice "
        "this month. Could you refund one of them? Thanks."),
    ("children", "benign", "forum",
        "PSA: the 'Growing Pains' podcast moved to a new feed and your subscription won't carry over. Search "
        "the show again and re-follow, old episodes are all there. || Reply: Thanks, was wondering why it had "
        "gone quiet."),
    ("children", "benign", "agent_note",
        "Cust enquired whether 'Kids Zone' editorial playlists appear on non-Kids profiles. Confirmed they do "
        "if searched for. Cust had seen the 'Kids Zone' banner on home screen and wanted it hidden. Disabled "
        "editorial banners."),
    # ---- special categories, sensitive
    ("special_categories", "sensitive", "chat",
        "Customer: can I set a playlist to start automatically at a certain time? || Agent: Yes, Alarms & "
        "Routines lets you schedule any playlist. || Customer: Eid's over now but Ramadan next year I'd like "
        "the Quran recitation to come on at 4am for suhoor, we get up to eat before the fast || Agent: You "
        "can set that now and enable it nearer the time."),
    ("special_categories", "sensitive", "email",
        "Hello, your 'household check' keeps logging me out. I'm Shabbat observant, so my phone is off from "
        "Friday before sunset until Saturday night, every week, and the app seems to treat 25 hours offline "
        "as me being in another household. Can this be switched off for my account? Yossi Kleinberg"),
    ("special_categories", "sensitive", "web_form",
        "Creator account: Fr. Michael Doran | Topic: Verification | Message: I'm a parish priest and record a "
        "weekly homily podcast under my own name for the parishioners at St Anselm's. Could my show be "
        "verified so people know it's genuinely me?"),
    ("special_categories", "sensitive", "email",
        "Hi, since I converted to Islam last year I've stopped listening to music, but I love the podcasts. "
        "Is there a podcast-only plan that's cheaper, and can I hide music completely from my home screen? "
        "Thanks, Bethany"),
    ("special_categories", "sensitive", "dm",
        "@LeastreamHelp I'm an atheist and I'm getting 'Sunday Worship' push notifications every week plus "
        "the home screen is full of christian podcasts. never listened to any. how do I stop this? || Agent: "
        "Sorry about that! Long-press the notification and choose 'Turn off', and tap 'Not interested' on "
        "those podcasts to retrain your home screen."),
    ("special_categories", "sensitive", "agent_note",
        "Cust mentioned he's a practising Sikh and asked whether the Routines feature could start the Gurbani "
        "kirtan channel for Amrit Vela at 3:30am without the 'Good morning' voice prompt. Showed him how to "
        "disable the voice greeting."),
    ("special_categories", "sensitive", "review",
        "★★★★★ We do puja every morning and I play the Hanuman Chalisa from Leastream on the kitchen speaker. "
        "The new devotional section is lovely. Please add more Bhajans by Anup Sharma. || Reply from "
        "Leastream: Thank you, we'll pass on the request."),
    ("special_categories", "sensitive", "forum",
        "Bit of a niche one: I left the Jehovah's Witnesses two years ago and I'm finally listening to music "
        "with swear words and Christmas songs. Anyone got a 'catching up on everything I missed' playlist? "
        "Starting from about 1998."),
    ("special_categories", "sensitive", "sms",
        "hi during ramadan i listen to the taraweeh recitations after iftar and the app keeps going into ads "
        "halfway, can premium trial be started now"),
    ("special_categories", "sensitive", "chat",
        "Customer: your genre called 'Gypsy Jazz' is a problem for me || Agent: Thanks for raising it, could "
        "you tell me more? || Customer: I'm Romani. my family gets called that word in the street. seeing it "
        "as a genre tile on my home screen every day is not great || Agent: That's fair feedback. I've passed "
        "it to our editorial team."),
    ("special_categories", "sensitive", "email",
        "Dear Leastream, someone renamed our collaborative playlist with a racial slur and tagged me in it, "
        "and I'm the only Black person in the group. I've screenshots. I want the account responsible removed "
        "and the playlist deleted. Regards, Marcus Ilori"),
    ("special_categories", "sensitive", "call",
        "Customer: The household check keeps blocking us. We're Irish Travellers and we move site every few "
        "weeks, the trailer wifi changes each time. || Agent: I understand. I can set your plan to mobile "
        "household mode so it stops checking location. || Customer: That'd be grand."),
    ("special_categories", "sensitive", "web_form",
        "Topic: Recommendations | Message: I'm originally from Nigeria and moved to Leeds last year. My "
        "recommendations are all UK chart stuff. How do I get it to learn I want Nigerian gospel, highlife, "
        "and Yoruba talk radio?"),
    ("special_categories", "sensitive", "review",
        "★★★★☆ My mum is Korean and I'm half Korean, and the K-ballad section is the first time I've found "
        "songs she used to sing to me. The only problem is the Korean titles show as boxes on the TV app. || "
        "Reply from Leastream: Thanks, a font fix is coming."),
    ("special_categories", "sensitive", "dm",
        "@LeastreamHelp your 'Heritage Months' banner asked me to 'celebrate my roots' with Jamaican "
        "dancehall?? I'm mixed race, Jamaican and Welsh, and I'd rather the algorithm didn't guess my "
        "ethnicity from my name"),
    ("special_categories", "sensitive", "agent_note",
        "Cust said she is of Pakistani heritage and that the Urdu lyrics translation has been showing Hindi "
        "script instead. Confirmed bug on Android 8.1.2. Raised LSB-5120."),
    ("special_categories", "sensitive", "email",
        "Hello, as a Kurdish person I find it upsetting that your 'World Music' page lists Kurdish artists "
        "under Turkey. We are not Turkish. Could these be moved into their own section? Regards, Rojan Aziz"),
    ("special_categories", "sensitive", "forum",
        "Long shot: I'm Sámi and I'd love more joik on Leastream. There are two albums total. Is there a way "
        "to request artists, or do I just have to keep hoping the algorithm notices me?"),
    ("special_categories", "sensitive", "email",
        "Hi, I'm standing as a Green Party candidate in the May council elections and want to use a track "
        "from my own Leastream album in my campaign video. Do I need any permission from Leastream as "
        "distributor? Thanks, Ollie Venner"),
    ("special_categories", "sensitive", "chat",
        "Customer: I'm out canvassing for the Lib Dems all weekend, can I download podcasts to my watch? || "
        "Agent: Yes, the Leastream watch app supports up to 20 downloaded episodes. || Customer: great, saves "
        "my phone battery for the canvassing app"),
    ("special_categories", "sensitive", "review",
        "★☆☆☆☆ Been a Reform member since it started and your 'News & Politics' recommendations are wall to "
        "wall lefty podcasts. Unsubscribed. || Reply from Leastream: Recommendations are based on listening; "
        "you can tap 'Not interested' to tune them."),
    ("special_categories", "sensitive", "dm",
        "@LeastreamHelp I was at the Palestine march in London on Saturday and recorded the chanting for my "
        "podcast. the upload got flagged as 'copyrighted music'?? there's no music in it"),
    ("special_categories", "sensitive", "sms",
        "i've voted conservative my whole life and your news podcast ads keep telling me what to think. how "
        "do i turn them off"),
    ("special_categories", "sensitive", "web_form",
        "Creator account: Red Valley Voices | Message: This podcast is the official podcast of our SNP branch "
        "in Dundee West. I'm the branch secretary and would like to add the convenor as a second admin."),
    ("special_categories", "sensitive", "agent_note",
        "Cust (Cllr Huw Bevan) asked for invoices to be addressed to his council office. Mentioned he is a "
        "Plaid Cymru councillor and the sub is for his constituency podcast. Updated invoice name only."),
    ("special_categories", "sensitive", "call",
        "Customer: I need the creator account moved to my personal email. I was the comms officer for the "
        "local Communist Party branch and I'm stepping down. || Agent: I'll need the current admin to "
        "approve. || Customer: That's me still until Friday."),
    ("special_categories", "sensitive", "email",
        "Hi, I'm a long-time Extinction Rebellion activist and we're making an audio diary of the actions. I "
        "got arrested last time so I'd like the podcast published under a pseudonym only. Is that allowed for "
        "creators? Thanks"),
    ("special_categories", "sensitive", "email",
        "Hi, as a shop steward for Unite at the Harlow depot I'd like to set up a private podcast feed for "
        "our members to get updates during negotiations. Can a podcast be restricted to a list of emails? "
        "Regards, Dev Malik"),
    ("special_categories", "sensitive", "sms",
        "Leastream: Reminder - your Premium renews Tuesday. || im on the picket line tuesday, can you move "
        "the payment to friday when strike pay comes in"),
    ("special_categories", "sensitive", "chat",
        "Customer: union rep here, RMT. can I use the podcast feature to record our branch meetings and share "
        "with members only? || Agent: Private podcasts can be shared with up to 500 listeners by invite link. "
        "|| Customer: perfect, about 300 of us"),
    ("special_categories", "sensitive", "web_form",
        "Discount code: NEU-MEMBER-2024 | Message: I'm an NEU member and the union newsletter said members "
        "get 3 months Premium free, but this code is rejected. Membership no. 00481920."),
    ("special_categories", "sensitive", "agent_note",
        "Cust mentioned he's UNISON branch secretary and the union is paying for his Leastream Pro for the "
        "branch podcast. Asked to change billing to union card. Advised union must be the account holder. "
        "Cust to call back."),
    ("special_categories", "sensitive", "review",
        "★★★★★ As a Musicians' Union member I was worried about creator payouts but the royalty statements "
        "here are the clearest of any platform. Well done. || Reply from Leastream: Thank you!"),
    ("special_categories", "sensitive", "voicemail",
        "Hi, it's Kerry Bright. I'm an Equity member doing voice work and I want to check whether the "
        "audiobooks I record through Leastream Creator count as union-rate work. My union rep said to ask. "
        "07700 900399."),
    ("special_categories", "sensitive", "dm",
        "@LeastreamHelp we've been on strike 6 weeks and my GMB rep suggested I cancel non-essentials. can I "
        "pause instead of cancel so I keep my playlists"),
    ("special_categories", "sensitive", "forum",
        "Any other union organisers using Leastream private podcasts for the members? I'm the CWU rep for our "
        "sorting office and it's been great for getting updates out to people on different shifts."),
    ("special_categories", "sensitive", "email",
        "Hi, my husband and I share a Duo plan and I'd like to move the account into his name as he pays for "
        "it now. Is that possible without losing our shared playlists? Thanks, Tom Barraclough"),
    ("special_categories", "sensitive", "chat",
        "Customer: we're both dads and the Family plan setup keeps calling the second adult 'Mum' in the "
        "profile templates || Agent: Sorry about that, the template labels are just suggestions. You can "
        "rename them. || Customer: I know, would be nice if it didn't assume though"),
    ("special_categories", "sensitive", "forum",
        "Since I came out last year my Leastream Year in Sound has basically become a coming-out timeline. "
        "January: Adele. March: first Pride playlist. July: 40 hours of Troye. Anyone else?"),
    ("special_categories", "sensitive", "email",
        "Hi there, my girlfriend and I have separate Solo accounts and want to join up on Duo. Can we keep "
        "both our libraries? Thanks, Hannah Pryde"),
    ("special_categories", "sensitive", "review",
        "★★★★☆ As a bi woman, I appreciate the Pride hub, but it's all gay men's club anthems. Some of us "
        "want a bit more range. Otherwise love the app. || Reply from Leastream: Thanks, we'll share this "
        "with the editors."),
    ("special_categories", "sensitive", "dm",
        "@LeastreamHelp the 'share your anthem to dating apps' button put my Leastream profile on Grindr with "
        "my real surname. how do I unlink it?? not everyone at work knows || Agent: You can unlink it in "
        "Settings > Connected apps. We've also hidden your surname on your public profile."),
    ("special_categories", "sensitive", "sms",
        "Leastream: You have a new episode of 'Clinic Notes'. || pls stop these push notifications showing on "
        "my lock screen, im on PrEP and listening to the sexual health podcast, dont need my colleagues "
        "seeing it"),
    ("special_categories", "sensitive", "call",
        "Customer: My ex-boyfriend still has the login to our shared account. || Agent: I can reset the "
        "password and sign out all devices. || Customer: Please, yes. We broke up in June and he's still "
        "adding songs. || Agent: Done. Can I confirm your name? || Customer: Daniel Ashworth."),
    ("special_categories", "sensitive", "agent_note",
        "Cust mentioned she identifies as asexual and found the 'Romance' mood tiles on her home screen "
        "unwelcome. Showed her how to hide mood categories. Feedback logged."),
    ("special_categories", "sensitive", "email",
        "Hello, after my transition my old name still appears on my receipts and on the Year in Sound share "
        "card. I changed my name in the profile months ago. Could you make sure my deadname is removed "
        "everywhere? Thanks, Elena Sorensen"),
    ("special_categories", "sensitive", "chat",
        "Customer: my pronouns are they/them and your support emails keep starting 'Dear Mr' || Agent: I'm "
        "sorry about that. I can set your title to none or Mx. || Customer: Mx please || Agent: Done, future "
        "emails will use Mx."),
    ("special_categories", "sensitive", "web_form",
        "Topic: Account details | Message: I'm trans and have my Gender Recognition Certificate now. The "
        "account was opened under my previous name and the card has been updated. Please update the legal "
        "name on billing. I can provide the GRC if needed."),
    ("special_categories", "sensitive", "agent_note",
        "Cust is a trans woman; account was opened under previous male name. Requested all references to old "
        "name removed, including creator credits. Updated name on acct and creator profile. Sensitive: do not "
        "read out old name on calls."),
    ("special_categories", "sensitive", "email",
        "Hi, my son is 26 and transitioning, and he's on my Family plan under his old name. He asked me to "
        "change the profile name and I don't want to get it wrong. Can I change it, or does he need to do it "
        "himself? Regards, Pauline Reed"),
    ("special_categories", "sensitive", "dm",
        "@LeastreamHelp i'm on HRT and my voice has dropped a lot so voice login on the speaker doesn't "
        "recognise me anymore. can I re-record it or just switch it off || Agent: Either works: Settings > "
        "Voice > Voice Match > Re-enrol, or switch Voice Match off entirely."),
    ("special_categories", "sensitive", "sms",
        "ive just legally changed my name as part of transitioning, deed poll attached. can my account name "
        "be changed without cancelling my annual plan"),
    ("special_categories", "sensitive", "review",
        "★★★☆☆ Nice app but the gender dropdown at signup is just male/female. I'm non-binary, please add an "
        "option or drop the question. || Reply from Leastream: Thanks, gender is now optional and we're "
        "adding more options."),
    ("special_categories", "sensitive", "forum",
        "Genderqueer listener here: anyone found a way to get Leastream to use 'Mx' in billing emails? "
        "Support changed it for me on chat but the renewal email still said 'Ms'. || Reply: Same happened to "
        "me. Support said renewal emails pull from the billing name, not the profile, so it's a separate "
        "setting."),
    ("special_categories", "sensitive", "email",
        "Hi, I'd like to cancel the 'Wellness Plus' add-on. I got my BRCA result back last month, positive, "
        "and the tips section keeps serving me cancer-risk episodes I'm not ready for. Please cancel and "
        "clear my history in that section. Thanks, Leanne Fry"),
    ("special_categories", "sensitive", "forum",
        "Weird recommendation moment: did a GeneTrail DNA test and it said I'm 40% Irish, so I've been "
        "listening to loads of trad to 'connect' lol. Now my whole home screen is fiddles. Anyone know how to "
        "reset recs?"),
    ("special_categories", "sensitive", "chat",
        "Customer: can I remove some of my podcast history? || Agent: Yes, you can delete individual episodes "
        "from History. || Customer: thanks, it's the genetics ones. we both did carrier screening and we're "
        "both cystic fibrosis carriers, I just don't want my partner seeing me obsess over it on the shared "
        "tablet || Agent: Understood, they're removed."),
    ("special_categories", "sensitive", "email",
        "Hello, I'm making a podcast about living with a positive Huntington's gene test. My dad had the "
        "disease and I tested positive in 2022. Should I mark the show as 'Health' or 'Society'? I'm nervous "
        "about the content policy. Thanks, Callum"),
    ("special_categories", "sensitive", "web_form",
        "Topic: Data deletion | Message: I linked my GeneTrail account to Leastream for the 'ancestry "
        "playlist' promo. I didn't realise it would share my ancestry breakdown. Please delete anything you "
        "received from GeneTrail about my DNA."),
    ("special_categories", "sensitive", "agent_note",
        "Cust mentioned she has Lynch syndrome (hereditary) and asked whether her podcast listening about it "
        "is shared with any partner insurers via Wellbeing Plus. Confirmed no. Provided privacy policy link."),
    ("special_categories", "sensitive", "voicemail",
        "Hello, it's Anil Chopra. My genetic counsellor recommended a podcast series about inherited heart "
        "conditions, after our family's test results came back, and it's not on Leastream. Is there a way to "
        "request it? Thanks."),
    ("special_categories", "sensitive", "dm",
        "@LeastreamHelp my DNA match on the ancestry site turned out to be a half-brother I never knew about, "
        "and now his Leastream profile is showing up as 'people you may know'. can I stop that? || Agent: "
        "'People you may know' uses contacts and shared playlists. Turn it off under Settings > Social > "
        "Suggestions and he won't see you either."),
    ("special_categories", "sensitive", "email",
        "Hi, at the Leastream Live festival I enrolled my fingerprint at the kiosk for cashless entry and "
        "merch. The festival is over. Please confirm that my fingerprint data has been deleted. Regards, "
        "Aidan Kerslake"),
    ("special_categories", "sensitive", "web_form",
        "Topic: Privacy | Message: Please delete my voiceprint. I set up Voice Match on the Leastream Home "
        "speaker and no longer want my voice stored to identify me. Account: g.ward@example.org"),
    ("special_categories", "sensitive", "chat",
        "Customer: the age check asked me to scan my face to unlock explicit podcasts. is the face scan "
        "stored? || Agent: The scan is processed by our partner and deleted within 24 hours. || Customer: I'd "
        "like written confirmation that mine has been deleted, I did it on Monday || Agent: I've requested "
        "that for you."),
    ("special_categories", "sensitive", "agent_note",
        "Cust enrolled face ID at Leastream Live VIP entry (iris + face template per event partner). "
        "Requested deletion of her biometric template. Forwarded to events privacy team, ref BIO-0071."),
    ("special_categories", "sensitive", "call",
        "Customer: My husband's voice unlocks my profile on the speaker. It's meant to be Voice Match but it "
        "thinks he's me. || Agent: I'll reset your voice profile so you can re-enrol it. || Customer: And "
        "delete his recording off my profile too. || Agent: Done."),
    ("special_categories", "sensitive", "sms",
        "pls delete the fingerprint I registered on the Leastream car kit. sold the car and dont want my "
        "print on anything"),
    ("special_categories", "sensitive", "review",
        "★★☆☆☆ The new Voice Match thing recorded my voice without properly asking, now it recognises me and "
        "greets me by name when I'm at my friend's house on her speaker. Creepy. || Reply from Leastream: "
        "We're sorry, you can delete your voice profile in Settings > Voice."),
    ("special_categories", "sensitive", "forum",
        "Anyone know how long Leastream keeps the face scan from the age verification? I did it for the "
        "explicit podcasts and now I'm worried my face is sitting on some server. Privacy page is vague."),
    # ---- special categories, benign
    ("special_categories", "benign", "chat",
        "Customer: do you do a Ramadan collection like you do for Christmas? || Agent: Yes, there's a "
        "seasonal hub with recitations, nasheeds and talks that appears in the month. || Customer: great, I'm "
        "writing the 'what's on' column for our community newsletter and wanted to mention it"),
    ("special_categories", "benign", "email",
        "Hello, I'm the administrator for St Mary's Church Choir. We'd like to set up an organisation creator "
        "account to upload our Advent concert recordings. Is a charity number enough for verification? Kind "
        "regards, the choir office"),
    ("special_categories", "benign", "web_form",
        "Organisation: Al-Noor Masjid facilities committee | Topic: Creator account | Message: We want to "
        "stream the Friday talk recordings as a podcast. Can two committee members both have admin access to "
        "one organisation account?"),
    ("special_categories", "benign", "review",
        "★★★★☆ The 'Saints & Sinners' album by Holloway Drive is superb. Only complaint is the gapless "
        "playback fails between tracks 5 and 6, which is meant to be one continuous piece. || Reply from "
        "Leastream: Thanks, we're fixing gapless."),
    ("special_categories", "benign", "dm",
        "@LeastreamHelp the Gospel genre page is showing death metal in the top tracks 😂 something's gone "
        "wrong with the tagging || Agent: Ha, that's definitely wrong. Fixed now, thanks for flagging."),
    ("special_categories", "benign", "sms",
        "holy moly the new lossless tier sounds amazing. is it included in duo or just premium?"),
    ("special_categories", "benign", "forum",
        "Does anyone know if the 'Bible Project' podcast episodes were removed? My history shows them but "
        "they won't play. Other podcasts fine."),
    ("special_categories", "benign", "agent_note",
        "Cust asked whether there's a Diwali promotion like the Christmas one. Confirmed seasonal offers vary "
        "by region and there's no Diwali discount this year. Cust thanked, no further action."),
    ("special_categories", "benign", "email",
        "Hi, the 'Hymns for the Highlands' album has the wrong track listing, track 7 is a duplicate of track "
        "2. It's a lovely album but the metadata needs sorting. Thanks, Euan"),
    ("special_categories", "benign", "chat",
        "Customer: is the K-pop section region locked? I can see it on my phone but not on the TV app || "
        "Agent: It should be on both. A TV app update last week broke some genre tiles, it's fixed in 4.2. || "
        "Customer: updating now"),
    ("special_categories", "benign", "review",
        "★★★★★ The Irish trad playlist curated by the editors is class. Perfect for the pub quiz warm-up. || "
        "Reply from Leastream: Sláinte!"),
    ("special_categories", "benign", "web_form",
        "Topic: Genre | Message: Afrobeats and Afrobeat are being treated as the same genre on your genre "
        "pages. They aren't. Fela Kuti shouldn't be next to 2024 chart hits. Could the editors split them?"),
    ("special_categories", "benign", "sms",
        "Leastream: Black Friday - 3 months Premium for £0.99. || does this work if I'm already on a free "
        "trial?"),
    ("special_categories", "benign", "email",
        "Hello, is there a way to show song titles in their original script? The Bollywood soundtracks I play "
        "show romanised titles on the app but the original Hindi on the website. Would like it consistent. "
        "Thanks, Leo"),
    ("special_categories", "benign", "dm",
        "@LeastreamHelp Welsh language setting keeps reverting to English after each update. please make it "
        "stick || Agent: Sorry! It's a known bug in the last two updates and the fix is in 8.5. Until then, "
        "set Welsh in your phone's app language settings."),
    ("special_categories", "benign", "call",
        "Agent: Leastream, this is Mo. || Customer: Hi, I'm moving to Spain. Does my plan work there or do I "
        "need to change country? || Agent: You can use it abroad for 14 days, after that you'd change your "
        "billing country. || Customer: Right, I'll update it once I've moved."),
    ("special_categories", "benign", "forum",
        "The 'Latin Heat' editorial playlist hasn't been updated since June. Is anyone still curating it or "
        "has it been abandoned?"),
    ("special_categories", "benign", "agent_note",
        "Cust asked about regional pricing in India vs UK. Confirmed plans are priced by billing country and "
        "can't be changed by VPN. Cust is based in UK. No changes."),
    ("special_categories", "benign", "email",
        "Hi, I'm producing the election night coverage podcast for Wessex Community Radio. Can we schedule an "
        "episode to publish at 6am the morning after? The scheduler only lets me pick times between 7am and "
        "midnight. Thanks, production team"),
    ("special_categories", "benign", "chat",
        "Customer: what category should my podcast go in, News & Politics or Society? it's a weekly show "
        "explaining how parliament works, no opinions || Agent: News & Politics fits best. || Customer: "
        "cheers"),
    ("special_categories", "benign", "review",
        "★★★★☆ Party mode is brilliant, lets everyone at the house add to the queue from their phones. Would "
        "be 5 stars if it didn't disconnect after an hour. || Reply from Leastream: Thanks, we're looking at "
        "the timeout."),
    ("special_categories", "benign", "sms",
        "my left earbud only plays the vocals on some tracks, is that a mono setting on leastream or my "
        "earbuds"),
    ("special_categories", "benign", "web_form",
        "Topic: Creator ads | Message: We're running a paid ad campaign for our new podcast 'The Parliament "
        "Sessions' and the campaign dashboard hasn't updated impressions since Thursday. Campaign ID "
        "CAM-7719."),
    ("special_categories", "benign", "dm",
        "@LeastreamHelp can you add a green theme? the dark mode is great but everything is the same blue"),
    ("special_categories", "benign", "forum",
        "Labour Day deal in the US is 4 months free, UK gets 1. Any idea if there's a UK equivalent coming "
        "for the bank holiday? || Reply: UK usually gets a Boxing Day deal instead, for what it's worth."),
    ("special_categories", "benign", "email",
        "Hello, the band The Conservatives' Daughters have had their new EP split across two artist pages. "
        "Could someone merge them? Regards, Mia Osei"),
    ("special_categories", "benign", "agent_note",
        "Cust asked if Leastream hosts political ads. Confirmed no political advertising is sold on "
        "Leastream. Cust is a journalist writing a piece on ad policies. Sent press office contact."),
    ("special_categories", "benign", "voicemail",
        "Hi, this is Barry at Unite Region South office, we're a business customer on the music plan for the "
        "reception area and it's stopped playing. Can someone call the office back on 07700 900843? Thanks."),
    ("special_categories", "benign", "email",
        "Hi, our trade union branch would like to order Leastream Business for our office and the meeting "
        "room. Invoice to the branch, not to any individual please. Details: Eastmoor Branch, 12 Quarry Lane. "
        "Thanks, branch office"),
    ("special_categories", "benign", "chat",
        "Customer: the 'Union Jack' album by Royal Crescent has the wrong year on it, says 1899 || Agent: Ha, "
        "that's a typo in the metadata, I've reported it. || Customer: thanks, made me laugh at least"),
    ("special_categories", "benign", "web_form",
        "Organisation: Bramley College Students' Union | Topic: Business plan | Message: We want background "
        "music in the SU bar and café. Do you do an education discount for students' unions?"),
    ("special_categories", "benign", "sms",
        "can i pay through my credit union account by direct debit? bank details page says 'bank not "
        "supported'"),
    ("special_categories", "benign", "review",
        "★★★☆☆ Prices in the European Union went up again and we still don't get lossless in half the "
        "countries. Good app, getting pricey. || Reply from Leastream: Lossless is rolling out across the EU "
        "this year."),
    ("special_categories", "benign", "forum",
        "Feature request: a 'union' option for merging two playlists without duplicates. Right now I have to "
        "copy one into the other and manually delete the repeats."),
    ("special_categories", "benign", "agent_note",
        "Caller rang on behalf of a trade union branch office to add a second speaker zone to the branch "
        "Business account. Account holder is the organisation. Added zone, confirmed prorated charge. No "
        "individual details discussed."),
    ("special_categories", "benign", "dm",
        "@LeastreamHelp is Leastream unionised? asking because I'm writing a piece on tech companies and "
        "labour for my blog || Agent: Thanks for asking. Press questions go to press@leastream.example.com "
        "and they'll get back to you."),
    ("special_categories", "benign", "sms",
        "Leastream: Pride Month is here! Check out the Pride hub. || will the pride hub stay up after june? "
        "some great podcasts in there"),
    ("special_categories", "benign", "email",
        "Hello, 'The Gay Gordons' on the Scottish Country Dance Classics album plays at double speed. It's "
        "the only track on the album that does it. Thanks, Morag"),
    ("special_categories", "benign", "review",
        "★★★★★ Queen's live albums in lossless are a revelation. Whoever remastered 'Live at the Rainbow' did "
        "an amazing job. || Reply from Leastream: A classic!"),
    ("special_categories", "benign", "chat",
        "Customer: is there a couples discount? || Agent: Duo is designed for two people at one address, it's "
        "£15.99 vs £11.99 for Solo. || Customer: ok so for two people it's cheaper than two Solos, got it"),
    ("special_categories", "benign", "forum",
        "The 'Swipe Left' dating podcast is in Comedy on my phone but Relationships on the web. Which is it? "
        "Trying to find similar shows. || Reply: Web is right, it moved to Relationships last month. The app "
        "is just showing the old category."),
    ("special_categories", "benign", "web_form",
        "Topic: Business partner access | Message: My business partner and I co-run a podcast and want "
        "separate logins to the same creator account. Is that possible, or do we have to share one password?"),
    ("special_categories", "benign", "dm",
        "@LeastreamHelp 'Sex Pistols' greatest hits has vanished from the UK catalogue? was in my playlist "
        "yesterday"),
    ("special_categories", "benign", "call",
        "Customer: I'd like to add someone to my Duo plan. || Agent: Sure, they need to live at the same "
        "address. Do you have their email? || Customer: Yes, it's j.rowe@example.com. || Agent: Invite sent, "
        "they've got 7 days to accept."),
    ("special_categories", "benign", "agent_note",
        "Cust asked whether the 'Pride' hub is available year-round. Confirmed it's seasonal but the "
        "playlists stay up all year. Cust following the playlists. No issue."),
    ("special_categories", "benign", "chat",
        "Customer: can I set custom pronouns on my profile? I saw another app does it || Agent: Not on "
        "profiles yet, but you can choose the title used in emails (Mr, Ms, Mx or none). || Customer: ok "
        "cool, just curious what you offer"),
    ("special_categories", "benign", "email",
        "Hello, the crossfade transition between tracks seems to have stopped working since the update. It's "
        "set to 6 seconds but tracks just cut. iOS 17.5. Thanks, Lewis"),
    ("special_categories", "benign", "sms",
        "how do i transfer my playlists from another app? the import tool only takes links one at a time"),
    ("special_categories", "benign", "review",
        "★★★★☆ Transformers soundtrack in spatial audio rattles my windows in the best way. Would love the "
        "full score not just the songs. || Reply from Leastream: Noted!"),
    ("special_categories", "benign", "forum",
        "Desktop app tip: if downloads fail with 'binary file error', clear the cache folder under Settings > "
        "Storage. Fixed it for me after two days of failed downloads."),
    ("special_categories", "benign", "web_form",
        "Topic: Sign-up | Message: Why does Leastream ask for gender at sign-up? Is it used for ads, and can "
        "I skip it? Asking before I create an account."),
    ("special_categories", "benign", "agent_note",
        "Cust asked how to change title on invoices from 'Mr' to the company name for a business account. "
        "Updated invoice display name to 'Tarrant Design Ltd'. No issue."),
    ("special_categories", "benign", "dm",
        "@LeastreamHelp the transition from playlist to autoplay is so jarring. one second it's my chill list "
        "and then it's hardcore techno. can autoplay be turned off?"),
    ("special_categories", "benign", "chat",
        "Customer: the song 'DNA' has disappeared from my liked songs? || Agent: That track was reissued "
        "under a new ID by the label. The new version is on the album page, I'll send it. || Customer: "
        "thanks, hope my other likes are ok"),
    ("special_categories", "benign", "email",
        "Hi, 'In My Genes' by the Fallowfield Four is listed as a single but it's actually a five-track EP. "
        "Could you look at the release info? Thanks, Rhian"),
    ("special_categories", "benign", "forum",
        "The 'Family Tree' sharing feature is genuinely great. Set up a tree for the plan so everyone's "
        "playlists appear in one place. Took five minutes."),
    ("special_categories", "benign", "sms",
        "can i pay through my mobile carrier? i'm with Orbit and the option isn't showing in the app"),
    ("special_categories", "benign", "review",
        "★★★☆☆ The 'Ancestry Sessions' podcast is fascinating, but the episodes download out of order. Small "
        "thing, annoying though. || Reply from Leastream: Thanks, looking into the ordering."),
    ("special_categories", "benign", "web_form",
        "Topic: Family plan | Message: When I upgraded to Family, my old Solo playlists were inherited by the "
        "plan but my downloads weren't. Do I really need to re-download everything?"),
    ("special_categories", "benign", "agent_note",
        "Cust asked whether Gene Pitney's full catalogue is available. Confirmed 4 albums only due to "
        "licensing. Cust thanked."),
    ("special_categories", "benign", "call",
        "Agent: Leastream support. || Customer: Hi, my lab's research podcast is called 'Genome Weekly'. The "
        "new episode keeps failing upload at 99%. || Agent: The file's over 500MB. Export at 128kbps and "
        "it'll go through. || Customer: Will try."),
    ("special_categories", "benign", "chat",
        "Customer: is there a face ID option to unlock the app? || Agent: Yes, the app can use your phone's "
        "built-in Face ID or fingerprint lock, turn it on in Settings > Privacy > App lock. || Customer: and "
        "you don't store anything? || Agent: No, it's handled by your phone."),
    ("special_categories", "benign", "email",
        "Hello, I'm an IT manager evaluating Leastream Business for our offices. Does the admin console "
        "support single sign-on, and is there any biometric login requirement for staff? Thanks, Priti Shah, "
        "Rowan Logistics"),
    ("special_categories", "benign", "review",
        "★★★★★ 'Face Value' in lossless is incredible, the drums on 'In the Air Tonight' are something else. "
        "|| Reply from Leastream: Absolutely iconic."),
    ("special_categories", "benign", "sms",
        "does the voice search feature keep recordings? reading your privacy policy and it's not clear"),
    ("special_categories", "benign", "forum",
        "Anyone know if the 'Voiceprint' band's first album is coming back? It was on here until last month. "
        "Their second one is still available."),
    ("special_categories", "benign", "dm",
        "@LeastreamHelp 'Iris' keeps skipping at the chorus on every device, can you check the file?"),
    ("special_categories", "benign", "agent_note",
        "Cust asked whether the Leastream Home speaker supports fingerprint touch controls. Confirmed touch "
        "controls only, no fingerprint sensor. Cust comparing speakers before buying."),
    ("special_categories", "benign", "web_form",
        "Topic: Accessibility | Message: Is fingerprint unlock available on the Android app? I can only see "
        "PIN lock in the settings. Samsung Galaxy S23."),
    ("special_categories", "benign", "voicemail",
        "Hi, it's Joanne from the bookings office at St Luke's parish hall. The hall's on your Business plan "
        "for background music at events and the Bluetooth speaker won't pair since the update. Could you call "
        "the hall office back? Thanks."),
]


def lea_examples() -> list[dict]:
    """The lea split as labelled tickets (same shape as ``sensitive_eval.build_eval_set``'s)."""
    return stranger_examples("lea", ENTRIES, SUBJECTS)
