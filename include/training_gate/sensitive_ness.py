"""ness split: written by a helper who had not seen the detection rules, the anchors or any other split.
Setting: Nessfire Games, an invented mobile games studio (Emberfall Arena, Pocket Drakes, Skyforge Rally,
Ashen Crown) that also runs the Ness League esports circuit and the Nessfire Cup tournaments: Embers and
Fireforge Pass purchases and refunds, accounts and logins, chat moderation and player reports, clans (Hearths)
and tournaments, Kindle streaming partners, Family Hub parental controls and the Nessfire Shop merchandise;
registers are email, chat, sms, call, agent_note, web_form, review, voicemail, dm and in_app.
The benign half borrows the same territory harmlessly: game titles, skins, maps and mechanics named after
hospitals, courts, deaths, unions, parties or babies; trash-talk idioms; organisations (schools, hospices,
churches, union branches, councils) ordering merch or booking events; general policy questions about age
ratings, accessibility, halal catering or account legacy; and routine card, refund and login trouble.
70 sensitive and 70 benign tickets for special categories, 50 and 50 for children, 20 and 20 for financial hardship,
15 and 15 for health, legal, bereavement and violence and self-harm.
First reading (policy 2026.11.20, before any change made in response to it; `sensitive_eval.evaluate`, as `make
eval-sensitive`): 89.5 / 2.5 recall / false exclusion in % as shipped, 91.0 / 5.0 without the overruling, 88.0 / 4.5
by the rules alone. Not yet tuned or trained on: left for the next round."""

from __future__ import annotations

from training_gate.sensitive_blind import stranger_examples

SUBJECTS: tuple[str, ...] = (
    "Refund request for Embers purchase",
    "Can't log in to my Nessfire account",
    "Player report from Emberfall Arena ranked",
    "Nessfire Cup registration question",
    "Family Hub settings not saving",
    "Merch order hasn't arrived",
    "Kindle Partner payout query",
    "Hearth (clan) dispute",
    "Fireforge Pass charged twice",
    "Ness League roster change",
    "Chat ban appeal",
    "Pocket Drakes progress lost after update",
    "Account name change request",
    "Question about a venue for the League finals",
)

ENTRIES: list[tuple[str, str, str, str]] = [
    # ---- health
    ("health", "sensitive", "email",
     "Hi, I'm writing about the Nessfire Cup regional qualifier on the 14th. I had my gallbladder out last "
     "Tuesday and the surgeon says no travel for a fortnight, so I can't get to the Castlemere venue. Is there "
     "an online slot, or can my seat be held for the next round? Thanks, Priya Lautenbach || "
     "Agent: Hi Priya, sorry to hear about the op. We can hold your seat for round two on the 28th. "
     "|| That's brilliant, thank you"),
    ("health", "sensitive", "chat",
     "hey the new Emberfall update has that strobing ult animation || Agent: Hi! Thanks for flagging it. Is "
     "that the Solar Burst effect on Kael? || yes that one. i have photosensitive epilepsy and got an aura "
     "mid match yesterday, can i turn it off somehow || Agent: I'm really sorry that happened. Settings > "
     "Accessibility > Reduce Flashing caps it, and I've logged the effect with our VFX team."),
    ("health", "sensitive", "agent_note",
     "Cust (Dorota Wiśniak) asked for refund of Fireforge Pass S4. States she was in hospital for three weeks "
     "with pneumonia and missed the whole season. Approved as goodwill, 1,200 Embers returned to wallet."),
    ("health", "sensitive", "sms",
     "Hi Nessfire, can someone else collect merch order NS-55812 from the pop-up? Only finished chemo this "
     "morning so my partner Arjun will pick it up, he'll bring my confirmation email || "
     "Agent: No problem, Arjun is now a named collector on NS-55812. Take care."),
    ("health", "sensitive", "voicemail",
     "Hi, it's Callum Breck, tag Breckless, I'm on the Wrenfield Wolves roster for Saturday. I've done my ACL "
     "playing five-a-side and I'm on crutches, so we need to register our sub before the deadline. Ring me "
     "on 07700 900412, cheers."),
    ("health", "sensitive", "web_form",
     "Name: Oluwaseun Trent | Event: Ness League Finals, Castlemere Arena | Request: wheelchair space plus "
     "one companion seat | Notes: I use a power chair and need a step-free route from the car park to the "
     "player lounge"),
    ("health", "sensitive", "dm",
     "yo quick one, any chance of a quiet room at the LAN? my adhd meds wear off by the evening block and the "
     "bleachers are absolute chaos for me lol"),
    ("health", "sensitive", "review",
     "2 stars. Pocket Drakes was my wind-down game while I was being treated for anxiety, but the new energy "
     "timers stress me out more than they help. || Agent: Thank you for telling us this, Marisol. We've "
     "passed your feedback on the timers straight to the design team."),
    ("health", "sensitive", "in_app",
     "Report a problem > Other: the vibration on every tap is really hard on my hands since my rheumatoid "
     "arthritis flared up. Can haptics be switched off per game instead of for the whole phone?"),
    ("health", "sensitive", "call",
     "Hi, I'm ringing about my creator stipend for March || Agent: Sure, can I take your partner ID? || "
     "KP-3318. I barely streamed that month because I was admitted to a psychiatric ward, and I don't want it "
     "counting against my minimum hours || Agent: Thank you for telling me. I'll mark March as exempt, so "
     "nothing counts against you."),
    ("health", "sensitive", "email",
     "Hello team, I need to drop out of the travelling squad for the Kelsworth Open in June. I'll be 30 weeks "
     "pregnant by then and my midwife isn't keen on the flight. Could Jonah take my slot? Hattie (HatTrick) || "
     "Agent: Congratulations, Hattie! Jonah's in the travelling squad and you're listed as reserve."),
    ("health", "sensitive", "chat",
     "why has my account been flagged for suspicious logins?? || Agent: Our system noticed sign-ins from a "
     "new network several times a week. Was that you? || yeah thats me, im on dialysis three mornings a week "
     "and i play through the sessions on the unit wifi || Agent: Understood, I've marked that network as "
     "trusted so it won't trigger the lock again."),
    ("health", "sensitive", "agent_note",
     "Merch return NS-60194: customer sent back the knitted Ember jumper. Said the wool blend sets off her "
     "eczema and her dermatologist told her to avoid it. Full refund, restock fee waived."),
    ("health", "sensitive", "sms",
     "hey its Dev from the Ashby Vale hearth, cant captain tmrw night, got concussed coming off my bike and "
     "the GP says no screens for 48h. Mo will run the lobby"),
    ("health", "sensitive", "voicemail",
     "Hello, this is Gwendolyn Faraday. I'm calling about my father's account, Ronnie_F52. Dad has dementia "
     "and he's been buying Embers over and over without remembering, about forty pounds a day. Can you put "
     "a spending cap on it please? My number is 07700 900518."),
    ("health", "benign", "chat",
     "does the Plague Doctor skin come back in the Halloween shop? || Agent: It's back on the 28th, along "
     "with the Bone Surgeon emote. || sick, saving my embers till then"),
    ("health", "benign", "email",
     "Hello, Fenwick Hall Community Centre is hosting a gaming evening and we'd like to know whether Skyforge "
     "Rally carries a photosensitivity warning and what options there are to reduce flashing. Is there a "
     "sheet we could print for attendees? Kind regards, the Fenwick Hall events team"),
    ("health", "benign", "review",
     "5 stars. The medic class rework is brilliant, healing finally feels rewarding and the revive animation "
     "is chef's kiss. Only gripe: the health bar colours clash on the desert map."),
    ("health", "benign", "in_app",
     "Bug: health potions stack to 99 in the inventory but only 20 show up in the quickbar. Restarted twice, "
     "same thing. Build 4.12.1 on a tablet. || "
     "Agent: Thanks for the report. The quickbar cap is a bug, fixed in 4.12.2. || ok cool, will wait for that"),
    ("health", "benign", "web_form",
     "Order enquiry | Item: Nessfire blue-light gaming glasses x2 | Question: are the lenses swappable or "
     "fixed? Want to check before ordering a pair for the stream desk"),
    ("health", "benign", "sms",
     "Tried to add the First Aid Kit mousepad to my basket but it says out of stock. Any restock date? "
     "Order ref would be the same account as NS-41177 || "
     "Agent: It's back in stock on the 12th; want an email when it lands? || yes please"),
    ("health", "benign", "agent_note",
     "Cust asked whether Ness League has a policy on energy-drink sponsors and caffeine at events. Pointed to "
     "the Player Welfare page. General question, nothing personal raised."),
    ("health", "benign", "call",
     "Hi, calling about the hospital map in the Emberfall ranked rotation || Agent: Saint Vesper's Ward? "
     "What's happening on it? || The respawn timer in the east wing is broken, you're back in about two "
     "seconds || Agent: Got it, I'll log that with the map team for the next patch."),
    ("health", "benign", "dm",
     "ngl this lag spike is giving me a headache 😂 any eta on the EU-West servers being fixed before tonight's "
     "scrims?"),
    ("health", "benign", "email",
     "Do you publish an accessibility statement for the Pocket Drakes app? Our procurement team need one "
     "before we install it on the tablets in the staff breakout room. Many thanks, Orla, Facilities, "
     "Greyhollow Logistics"),
    ("health", "benign", "chat",
     "what's the difference between Vitality and Fortitude in Ashen Crown? || Agent: Vitality raises your max "
     "HP, Fortitude cuts the damage you take from bleed and poison ticks. || so the poison boss wants "
     "fortitude on the tank, got it"),
    ("health", "benign", "voicemail",
     "Hi, it's Marcus from Emberline Pharmacy in Port Aldous. We sponsor the Harbour Hawks team and want "
     "sixty jerseys with our logo on the sleeve for the new season. Give me a ring back on 07700 900233."),
    ("health", "benign", "review",
     "4/5. The Sick Drake status effect is annoying but fair. Wish the nurse NPC in the Drake Clinic "
     "restocked faster though. || Agent: Thanks Ines! Clinic restock time is being halved in 6.2."),
    ("health", "benign", "in_app",
     "Feature request: an optional hourly break reminder like some other games have. Just a general wellbeing "
     "setting for everyone, not urgent at all."),
    ("health", "benign", "web_form",
     "Enquiry type: Events | Organisation: Northmere Hospice Trust | Message: we're running a 24-hour charity "
     "stream in November and wondered if Nessfire could donate some signed merchandise for the raffle."),
    # ---- children
    ("children", "sensitive", "email",
     "Hello, my son Ollie is ten and he managed to buy 3,400 Embers on my card over the weekend without "
     "asking. I didn't realise the card was saved on his tablet. Is there any way to refund this? Order refs "
     "EM-20931 and EM-20935. Thanks, Rachel Pemberton"),
    ("children", "sensitive", "chat",
     "can i sign up for the Ness League open qualifiers?? || Agent: Hi! Open qualifiers are for players aged "
     "16 and over. Could you confirm your date of birth? || 12 march 2012 || Agent: Thanks. Unfortunately "
     "you're not old enough for the Open yet, but the Spark Cup runs for younger players with a guardian's "
     "consent."),
    ("children", "sensitive", "agent_note",
     "Parent called: daughter Amira, Year 7, is set up under his Family Hub but can't accept her cousin's "
     "friend request. Walked him through the approvals tab, now working."),
    ("children", "sensitive", "sms",
     "Pls deliver NS-71402 to my sister's address instead, it's the Drake plushie for my nephew Finn's 6th "
     "birthday on Saturday and he lives there. Thanks! || "
     "Agent: Updated, NS-71402 now goes to your sister's address."),
    ("children", "sensitive", "voicemail",
     "Hiya, we ordered the Baby Drake sleepsuit in 0-3 months for our daughter Ivy, she was born on the third "
     "at seven pounds two, and it's swamping her. Can we swap it for newborn size? Order NS-38810. Thanks, "
     "bye."),
    ("children", "sensitive", "web_form",
     "Parental consent | Child's name: Tobiah Rennick | Child's date of birth: 04/09/2014 | Parent or "
     "guardian: Sorcha Rennick | Game: Pocket Drakes | Permissions: chat off, purchases need approval"),
    ("children", "sensitive", "review",
     "1 star. My 8 year old was chatting with strangers in Emberfall before I even knew that option existed. "
     "|| Agent: We're very sorry, Mr Okafor. Chat is now off by default on Family Hub accounts and we've "
     "sent you a guide to the settings."),
    ("children", "sensitive", "dm",
     "hey nessfire my lil bro (hes 11) got his acc hacked, it was DrakeLord_Milo, can u help he is in bits "
     "about his shiny drakes"),
    ("children", "sensitive", "in_app",
     "Ban appeal: im 14 and i didnt know swearing in lobby chat gets you a week ban. sorry. please can you "
     "lift it, its my only account and my mates are all on || "
     "Agent: Thanks for being honest. As a young player your ban is cut to 24 hours. Keep chat friendly!"),
    ("children", "sensitive", "call",
     "Hello, I'm calling on behalf of my grandson || Agent: Of course, what's the trouble? || He's nine and "
     "since the Family Hub update he can't get into Pocket Drakes at all, it just keeps asking for a parent "
     "code || Agent: That's the new consent check. I'll send the code to the guardian email on his account."),
    ("children", "sensitive", "email",
     "Dear Nessfire, I'm the mum of Kit Anand, who plays as KitKatKaboom. He's in Year 9 at Bramwell "
     "Academy and wants to enter the Spark Cup with his friends. What do I need to sign, and can he play from "
     "school's computer club?"),
    ("children", "sensitive", "agent_note",
     "Refund EM-44102 approved. Mum says purchase was made by her twins (age 7) who guessed the password. "
     "Advised turning on purchase approval in Family Hub. One-time courtesy noted on account."),
    ("children", "sensitive", "chat",
     "hi my daughter wants to stream on Kindle but shes 15, is that allowed || Agent: Kindle Partners must be "
     "18 or over, but she can stream normally with your permission on a supervised account. || ok "
     "what info do you need from me for that"),
    ("children", "sensitive", "sms",
     "Hi it's Bea's dad, she's the sub for the Under-14 Hearth team at Saturday's Spark Cup. She'll be late, "
     "she has a swimming gala till 11. Can she play from round 2? || "
     "Agent: Yes, Bea can join from round 2; I've told the referee."),
    ("children", "sensitive", "web_form",
     "Account recovery | Account name: PixiePounce | Owner's age: 12 | Who is filling this in: parent "
     "(Lorna Abbot) | Problem: my daughter forgot her password and the recovery email is an old school "
     "address she no longer has"),
    ("children", "sensitive", "review",
     "3/5. Fun game, but my son is obsessed with the drake sounds... anyway he's 6 and "
     "accidentally spent 600 Embers on a hat. || Agent: Sorry about that! Please contact support with the "
     "order number and we'll look at a refund for a young player's accidental purchase."),
    ("children", "sensitive", "voicemail",
     "Hi, it's Mrs Dacre. My son Harvey is thirteen and he's been invited to a tournament team by someone "
     "called GhostRider_77 who says he's seventeen. I'm not comfortable with it, can you tell me how to block "
     "adult players from messaging him?"),
    ("children", "sensitive", "dm",
     "sorry to dm but my kid (year 5) won the drawing comp on your insta last month and the prize never came. "
     "her name is Saoirse Bell, entry was the purple drake || "
     "Agent: So sorry! I've found Saoirse's entry and the prize has been reshipped today."),
    ("children", "sensitive", "in_app",
     "Family Hub > Help: I set bedtime lock to 8pm for Noah's account (he's 7) but he's still getting "
     "notifications at 9. Is the lock broken? || "
     "Agent: The lock follows the time zone on Noah's device. Check it matches yours and it'll work."),
    ("children", "sensitive", "call",
     "Hi, I run the Wrenfield Wolves junior squad and one of my players has a problem || Agent: Go ahead. || "
     "Zane Corliss, he's twelve, his account got merged with his dad's by mistake when they changed phones, "
     "so his rank is gone || Agent: I can split them back. Can his dad call us from the account email?"),
    ("children", "sensitive", "email",
     "To whom it may concern, we adopted our daughter Mei last spring and she's just turned ten. Her old "
     "account was set up by her previous foster carer with the wrong birth year. How do I correct her date "
     "of birth on the account to 2015?"),
    ("children", "sensitive", "agent_note",
     "Chat mod escalation: player Skyl4rk_09 disclosed in voice that they are 11. Account moved to Family Hub "
     "restricted mode pending guardian verification. Clan invite from adult Hearth withdrawn."),
    ("children", "sensitive", "chat",
     "hello, question about merch || Agent: Sure, what can I help with? || i want the Ember hoodie in age "
     "9-10 for my son Reuben, he wears it to school every day so need two || Agent: Lovely! Both are in "
     "stock, I'll pop a link in the chat."),
    ("children", "sensitive", "sms",
     "Hello, this is Anya's mum. She's only 10 and a player called Vortex keeps sending her gift requests in "
     "Pocket Drakes. How do I stop it?"),
    ("children", "sensitive", "web_form",
     "Refund request | Order: EM-51870 | Amount: £24.99 | Reason: purchase made by my 4-year-old who was "
     "playing with my phone in the car | Name: Declan Moyes"),
    ("children", "sensitive", "review",
     "Great for my little one! Ellie just started reception and she's learning her letters from the drake "
     "names. 5 stars. || Agent: This made our day, thank you for sharing!"),
    ("children", "sensitive", "voicemail",
     "Hello, it's Tomasz. My son Filip is fifteen and he's made the final of the Spark Cup in Kelsworth. I "
     "need to know if I have to be with him at the venue the whole day or if a teacher can go instead. "
     "07700 900647. Thanks."),
    ("children", "sensitive", "dm",
     "can u reset my account pls im 13 and my mum changed the email to hers and now i cant get the codes "
     "lol. user is Blaze_Ferret || "
     "Agent: Hi! We'll need your mum to confirm this from her email, we've just sent her a message."),
    ("children", "sensitive", "in_app",
     "Appeal: my account was locked for age. I put 2011 as my birth year by mistake, I'm actually born in "
     "2009 so I'm 16 now and allowed to play ranked || "
     "Agent: Thanks. Please ask a guardian to upload ID so we can correct your date of birth."),
    ("children", "sensitive", "call",
     "Yeah hi, my two lads share one iPad || Agent: Okay, are they both on the same Pocket Drakes profile? || "
     "Yeah, Rory's eight and Cal's five, and they keep wiping each other's saves, can they each have their "
     "own under my Family Hub? || Agent: Definitely, I'll add a second child profile for you now."),
    ("children", "sensitive", "email",
     "Hi, I'm a foster carer. The young person in my care is 14 and I'd like her Nessfire account linked to "
     "my Family Hub, but I can't share her birth certificate for privacy reasons. What else can I use to "
     "verify? Regards, Hester Quayle || "
     "Agent: Hi Hester, a local authority letter confirming the placement is fine; black out the rest."),
    ("children", "sensitive", "agent_note",
     "Spark Cup check-in: player LunaByte confirmed DOB 22/11/2013, guardian present (aunt, Mrs Okonjo). "
     "Consent form on file, cleared to play."),
    ("children", "sensitive", "chat",
     "hii so my baby brother deleted my drakes 😭 he's 3 and pressed everything || Agent: Oh no! We keep "
     "backups for 30 days. What's your username? || its CrimsonPip, can u get them back"),
    ("children", "sensitive", "sms",
     "Reminder from Nessfire re order NS-66021: you asked us to engrave Happy 5th Birthday Theo on the "
     "keyring. Please reply YES to confirm spelling."),
    ("children", "sensitive", "web_form",
     "Tournament registration | Team: Bramble Foxes | Captain: Isla Grey | Captain's school year: Year 10 | "
     "Guardian contact: isla.grey.parent@example.com | Notes: two players are under 16"),
    ("children", "sensitive", "review",
     "Why does my 11 year old need my passport photo just to play a drake game?? 1 star. || Agent: We "
     "understand the frustration. We only need ID from the guardian, not your son, and you can use the "
     "card check instead."),
    ("children", "sensitive", "voicemail",
     "Hello, Sunny Days Nursery here, ringing for Mrs Petrakis. Little Eleni's been drawing the fire dragon "
     "from your game all week and we'd love to send her pictures in for your fan wall. Could you tell us the "
     "address? Thank you."),
    ("children", "sensitive", "dm",
     "yo the guy who runs my clan keeps asking what school i go to and im only 12, is he allowed to do that || "
     "Agent: No, and you did the right thing telling us. He's blocked from contacting you now. "
     "Please tell a trusted adult too."),
    ("children", "sensitive", "in_app",
     "Family Hub > Contact us: I want to download all the data you hold on my son Jasper (age 9) and then "
     "delete his account, please tell me the steps || "
     "Agent: Request the export in Family Hub > Data, then tap Delete child profile once it's downloaded."),
    ("children", "sensitive", "call",
     "Hi, I'm phoning from the Graniteford Academy esports club || Agent: Hello, what can I do for you? || "
     "One of our Year 8 pupils, Kofi Mensah, has had his tournament winnings paid into a bank account and "
     "his mum wants to know where it went || Agent: For a minor we pay the guardian. I'll email her the "
     "payment trail."),
    ("children", "sensitive", "email",
     "Hello, my daughter Nadia (16 in August) wants to join a Kindle streamer's Hearth but the invite says 18+. "
     "She's really mature for her age, could you make an exception? Thanks, Farid Haddad || "
     "Agent: Hi Farid, sorry, the 18+ rule is fixed, but Nadia can join any Hearth marked all-ages."),
    ("children", "sensitive", "agent_note",
     "Mum reports son (Year 3) was sent a friend request then asked for photos by an unknown adult in Pocket "
     "Drakes. Escalated to Trust & Safety urgent queue, reported account suspended, mum given reference."),
    ("children", "sensitive", "chat",
     "Hello I am grandmother of Lucas, 7 years. He want the fire dragon cap from your shop but your site ask "
     "me the age of child for size?? || Agent: Hello! For a 7-year-old the Junior M fits best. || Thank you, "
     "I take two then, one for his brother too"),
    ("children", "sensitive", "sms",
     "Hi, can I change the name on the Spark Cup badge? My son is registered as Rob but he goes by Bobby, "
     "he's in Year 6 at Kelsworth Primary. Thanks || "
     "Agent: Done, his badge will say Bobby."),
    ("children", "sensitive", "web_form",
     "Child account set-up | Child's first name: Maisie | Child's age: 8 | Games: Pocket Drakes only | Screen "
     "time limit: 45 mins school days | Parent email: j.farrow@example.org"),
    ("children", "sensitive", "review",
     "We got the drake nightlight for our baby's nursery and our son (he's 2 months) stares at it for ages. "
     "Lovely glow. || Agent: That's adorable, thank you! Enjoy those night feeds."),
    ("children", "sensitive", "voicemail",
     "Hi, it's Kerry-Ann from Wrenfield Primary's office. Jayden Morris in Year 5 says he won your drawing "
     "competition and the prize is being sent to the school. We just wanted to check that's genuine before "
     "we hand anything over. Cheers."),
    ("children", "sensitive", "dm",
     "need help pls my stepdaughter is 9 and someone in her drake trading group keeps saying he'll tell her "
     "mum if she doesnt send him rare drakes || "
     "Agent: Thank you for telling us. That account is suspended and removed from the group. Keep any screenshots."),
    ("children", "sensitive", "in_app",
     "Hi I'm 10 and I want to change my username because it has my real name and school in it, can you do it "
     "for me? It's ToddyStMarks || "
     "Agent: Good thinking! You're now Toddy_4821 and you can choose a new name whenever you like."),
    ("children", "sensitive", "call",
     "Hello, we've got a newborn and I keep getting the push notifications at 3am || Agent: Congratulations! "
     "Let's fix that. Which game is sending them? || Pocket Drakes, and every buzz wakes little Rosa up, she's "
     "only ten days old || Agent: I've turned off night notifications on your account from 10pm to 7am."),
    ("children", "benign", "email",
     "Hello, the IT department at Graniteford Academy would like to order twelve team jerseys for our "
     "esports club, printed with the school crest. Can we pay against a purchase order and receive an invoice "
     "addressed to the bursar? Best wishes, D. Holloway, Network Manager"),
    ("children", "benign", "chat",
     "do you do the Ember hoodie in kids' sizes? || Agent: We do, Junior S through Junior XL. || great, "
     "what's the chest measurement on the Junior L? || Agent: 84 cm laid flat, there's a full size chart "
     "under the product photos."),
    ("children", "benign", "web_form",
     "General enquiry | Topic: age ratings | Message: what is the official age rating for Emberfall Arena "
     "and does it differ between the app stores? Writing a comparison for our games blog."),
    ("children", "benign", "in_app",
     "Baby Drake won't evolve even though it's level 30 and has the Ember Stone attached. Is this a bug or "
     "did the requirements change in the last patch? || "
     "Agent: Since 5.8 it also needs 10 Moonberries. We'll make the tooltip clearer."),
    ("children", "benign", "review",
     "5 stars. The Nursery track in Skyforge Rally is gorgeous, racing round giant toy blocks and a spinning "
     "mobile is the most fun I've had in this game. || "
     "Agent: Thanks! The track team will be thrilled to hear it."),
    ("children", "benign", "agent_note",
     "Cust asked in general terms what Family Hub does and which Nessfire titles support it. Sent the overview "
     "article. No account changes made, no profiles discussed."),
    ("children", "benign", "call",
     "Hi, the game won't open on my laptop || Agent: What do you see when you launch it? || A box saying "
     "'child process exited unexpectedly' and then it closes || Agent: That's the anti-cheat helper crashing. "
     "Reinstalling the launcher usually sorts it; I'll send the steps."),
    ("children", "benign", "sms",
     "Quick Spark Cup rules q: how many substitutes can a team register, and can you swap them between "
     "rounds?"),
    ("children", "benign", "voicemail",
     "Hi, it's Jo from the Brambly Lane PTA. We're doing a tombola at the summer fair and want to buy twenty "
     "drake plushies at trade price if that's possible. Could someone call me back on 07700 900171? Thanks."),
    ("children", "benign", "dm",
     "the Kid Kael skin is so cursed lmao who designed the tiny sword and the oversized helmet 😂 10/10 "
     "buying it anyway"),
    ("children", "benign", "chat",
     "how do i link a child hearth to our main hearth? we've got too many members for one roster || Agent: "
     "As the Hearth leader, open Hearth > Branches > Add branch and invite the second roster's leader. || "
     "perfect, done, thank you"),
    ("children", "benign", "email",
     "Good afternoon, Hopscotch Toys operates four shops across Ashby Vale and we'd like to stock the Pocket "
     "Drakes plush range for the Christmas season. Please send wholesale terms and minimum order quantities. "
     "Regards, Malcolm Teague, Buyer"),
    ("children", "benign", "web_form",
     "Organisation: Kelsworth Library (children's section) | Request: posters and colouring sheets for a "
     "drake drawing afternoon in the half-term holiday | Quantity: about 40 | Contact: events@example.org"),
    ("children", "benign", "in_app",
     "The hatchling timer shows negative numbers since I changed my phone's time zone for a trip. Eggs say "
     "-3h and never hatch. || "
     "Agent: Set your phone back to automatic time and the eggs will recalculate."),
    ("children", "benign", "review",
     "3 stars. The Back to School bundle is decent value for the pencil-case backpack skin, but the Embers "
     "included are less than last year's version. || "
     "Agent: Thanks for the feedback; we'll look at the Ember amount for next year."),
    ("children", "benign", "sms",
     "Do Nessfire gift cards come in £5 amounts? Looking to buy about fifteen to put in party bags. || "
     "Agent: Our smallest card is £10, sorry, in both digital and physical versions."),
    ("children", "benign", "call",
     "Is the Family Hub app on Android or just iPhone? || Agent: It's on both, plus a web version. || And "
     "can one adult manage it from two phones? || Agent: Yes, just sign in with the same guardian login on "
     "each device."),
    ("children", "benign", "agent_note",
     "Caller from Wrenfield Council youth service asking about a bulk licence for tablets at the new youth "
     "centre. Passed to B2B sales with the council's procurement email."),
    ("children", "benign", "voicemail",
     "Hello, quick question about the League: which forms of ID do you accept for age verification at "
     "check-in, and do digital driving licences count? Thanks, I'll check the website too."),
    ("children", "benign", "dm",
     "my aim is like a toddler's today 😭 any tips on sensitivity settings for the new sniper in Emberfall? || "
     "Agent: Try scope sensitivity around 40% and switch off aim acceleration!"),
    ("children", "benign", "email",
     "Hi, I bought the Newborn Drake egg from the event shop and was charged twice on my card, both for "
     "£3.99 on the same minute. Could you refund the duplicate? Receipt EM-30018. Cheers, Stuart || "
     "Agent: Hi Stuart, the duplicate £3.99 has been refunded to your card."),
    ("children", "benign", "chat",
     "is the Spark Cup double elimination or single? || Agent: Group stage round robin, then single "
     "elimination from the quarter-finals. || ok and best of 3 or 5 in the final? || Agent: Best of five "
     "in the grand final."),
    ("children", "benign", "review",
     "The Child of Embers questline is the best story content you've ever done. The twist in chapter four "
     "with the orphaned phoenix got me. 5 stars."),
    ("children", "benign", "in_app",
     "What does Kids Mode actually change in Pocket Drakes? The help page just says simplified interface. "
     "Is it bigger buttons, no chat, or both? || "
     "Agent: Both, plus the shop is hidden. It's a display mode for any profile."),
    ("children", "benign", "web_form",
     "Business enquiry | Company: Little Sprouts Ltd (toy and baby shops) | Interest: licensing the drake "
     "designs for a range of bibs and sleepsuits | Contact: licensing@example.com"),
    ("children", "benign", "sms",
     "When does the School's Out summer event start this year? Want to save my Embers for the beach skins"),
    ("children", "benign", "call",
     "Hi, my Rookie badge hasn't shown up || Agent: You get it after ten ranked wins. How many have you got? "
     "|| Twelve, and it's still not there || Agent: The badge job runs overnight; if it's missing tomorrow "
     "I'll add it by hand."),
    ("children", "benign", "agent_note",
     "Order from St Cuthbert's High School office: 30 lanyards and 30 badge holders for the school esports "
     "tournament. Invoice to bursar, delivery to main reception. Processed."),
    ("children", "benign", "voicemail",
     "Hi, this is Raj from Ashby Vale Juniors Football Club. We'd like to put our club badge on a Spark Cup "
     "team's shirts as a sponsor. Who should I talk to about that? Thanks a lot."),
    ("children", "benign", "dm",
     "will the Baby Dragon pet from the anniversary be tradeable or is it account-bound? need to know before "
     "i spend my tokens"),
    ("children", "benign", "chat",
     "how much is the family plan and how many profiles do you get? || Agent: It's £7.99 a month for up to "
     "six profiles, each with its own saves. || can you add profiles later || Agent: Any time, from the "
     "plan owner's settings."),
    ("children", "benign", "email",
     "Dear Nessfire, do you offer educational licences for secondary schools? We're looking at Skyforge "
     "Rally for an after-school club about game design. Kind regards, Ms Acheampong, Head of Computing"),
    ("children", "benign", "review",
     "The Drake Daycare feature is adorable but the UI is clunky; you have to tap four times to swap a drake "
     "into a slot. 3/5 until it's fixed. || "
     "Agent: A drag-and-drop layout for the Daycare is in testing now."),
    ("children", "benign", "in_app",
     "Error when joining: 'could not link to parent Hearth (code PH-12)'. Happens on wifi and mobile data. || "
     "Agent: PH-12 means the parent Hearth is full; ask its leader to free a slot."),
    ("children", "benign", "web_form",
     "Feedback | Area: login | Message: the age gate asks for my birth date every time I launch Skyforge "
     "Rally on this tablet. Can it remember the answer?"),
    ("children", "benign", "sms",
     "the youth size chart link on the Nessfire Shop goes to a 404 page, fyi || "
     "Agent: Thanks, the link is fixed now!"),
    ("children", "benign", "call",
     "Do you still sell the Ember Kids lore book? || Agent: The hardback sold out but the paperback's in stock. "
     "|| Is it the same content? || Agent: Same stories, minus the foil cover."),
    ("children", "benign", "agent_note",
     "Cust asked whether Spark Cup matches are streamed and whether players' full names appear on screen. "
     "Explained handles only. General policy query, no player discussed."),
    ("children", "benign", "voicemail",
     "Hi there, do you host birthday parties at the pop-up arena in Castlemere, and what are the packages "
     "and prices? I'm asking for the venue hire listings page we run. Thanks."),
    ("children", "benign", "dm",
     "who voices the baby drake in the new trailer?? that little sneeze at the end 😭 credits please"),
    ("children", "benign", "chat",
     "my drake is stuck at the juvenile stage after the Grow Up event ended || Agent: Juveniles need one "
     "more Moonberry to reach adult form now the event is over. || ahh ok, where do moonberries drop? || "
     "Agent: Night-time foraging in the Silverfen."),
    ("children", "benign", "email",
     "Hello, 3rd Kelsworth Scout Group would like to order 45 custom drake badges for a gaming activity "
     "badge evening. Do you do bulk orders for youth organisations? Yours, the Group Scout Leader"),
    ("children", "benign", "review",
     "Solid game for the whole family. Age rating feels right, no gore, and the shop doesn't push you too "
     "hard. 4 stars."),
    ("children", "benign", "in_app",
     "The Nanny Brindle quest 'Lost Hatchling' won't complete; I've returned the hatchling three times and "
     "she just repeats the same line. || "
     "Agent: Try talking to Brindle after the night cycle; a fix for the loop is coming."),
    ("children", "benign", "web_form",
     "Press enquiry | Outlet: Parenting Weekly | Message: I'm writing a feature on parental controls in "
     "mobile games and would like a comment from Nessfire on how Family Hub works."),
    ("children", "benign", "sms",
     "Is the School Run achievement bugged? Done the route 10 times in Skyforge and it's stuck at 9/10 || "
     "Agent: Known issue: the tenth run counts after you relog. Proper fix coming."),
    ("children", "benign", "call",
     "Hi, I manage a baby boutique in Port Aldous || Agent: Hello, how can I help? || We'd like to stock the "
     "'Future Champion' drake bibs, are they sold wholesale? || Agent: They are, I'll put you through to our "
     "trade team."),
    ("children", "benign", "agent_note",
     "Reviewed report on Hearth name 'Ember Kidz'. Name complies with naming policy, no action taken, "
     "reporter informed by template."),
    ("children", "benign", "voicemail",
     "Hello, this is the Port Aldous Sea Cadets unit. We'd like to book your mobile arena truck for our open "
     "day on the 9th. Could you send availability and costs? Thank you."),
    ("children", "benign", "dm",
     "the Spark Cup finals stream had no audio for the first ten mins, is there a VOD going up? || "
     "Agent: Yes, the full VOD with the audio fixed goes up tonight."),
    # ---- financial hardship
    ("financial_hardship", "sensitive", "email",
     "Hi, please cancel my Fireforge Pass auto-renewal and, if at all possible, refund this month's charge. "
     "I was made redundant on Friday and I'm cutting everything I can until I find something. I've not "
     "used any of the new season. Thanks for understanding, Glen Arkwright"),
    ("financial_hardship", "sensitive", "chat",
     "can i get my money back for the drake bundle i bought yesterday || Agent: Let me look. It's been "
     "opened, but tell me what happened. || honestly i shouldn't have bought it, my hours got cut to nothing "
     "and i can't cover the gas this week || Agent: I'm sorry to hear that. I've refunded the £9.99 to your "
     "card as a one-off."),
    ("financial_hardship", "sensitive", "agent_note",
     "Cust asked to remove all saved cards. Explained she is on benefits now and gets tempted by the "
     "daily deals. Cards removed, purchase lock enabled at her request."),
    ("financial_hardship", "sensitive", "sms",
     "Got a letter from a debt collector saying I owe Nessfire £62 from a chargeback in 2022. I genuinely "
     "can't pay that right now, is there any way to sort it? || "
     "Agent: Sorry to hear that. We've put the debt on hold and will contact you about a plan that suits you."),
    ("financial_hardship", "sensitive", "voicemail",
     "Hi, Kezia Brandt here, order NS-49920. We've been evicted and I won't be at the Castlemere address "
     "after Thursday, so please don't send the parcel there. I'll ring back when I know where we're "
     "staying."),
    ("financial_hardship", "sensitive", "web_form",
     "Refund request | Order: EM-62213 | Amount: £49.99 | Reason: I'm two months behind on rent and can't "
     "justify this, the purchase was impulsive | Name: Ravi Solanki"),
    ("financial_hardship", "sensitive", "review",
     "1 star. Prices keep going up and I can't afford the pass anymore since I lost my job at the depot. Used "
     "to love this game. || Agent: We're sorry to hear this, Gary. The free track still gets all the story "
     "chapters, and your progress is saved if you come back."),
    ("financial_hardship", "sensitive", "dm",
     "bit awkward but I've been declared bankrupt and the trustee says my Kindle payouts need to go to them "
     "now. who do I talk to about changing the payee?"),
    ("financial_hardship", "sensitive", "in_app",
     "Please stop retrying the payment on my pass. My account is overdrawn and every failed attempt costs "
     "me a £5 fee from the bank. I can't afford any more of these. || "
     "Agent: All retries have been stopped on your pass; no more attempts will be made."),
    ("financial_hardship", "sensitive", "call",
     "Hi, I play for the Harbour Hawks in the League || Agent: Hi, what can I help with? || The team owner "
     "hasn't paid our salaries for two months, I'm behind on rent and my landlord has served notice. Does "
     "the League do anything about that? || Agent: Yes, the League holds a wage guarantee. I'll open a "
     "welfare case for you today."),
    ("financial_hardship", "sensitive", "email",
     "Dear Nessfire, I've entered a debt management plan and my adviser says I must cancel all "
     "non-essential subscriptions. Please close the family plan on this email and confirm in writing that "
     "no further payments will be taken. Regards, Simone Achterberg || "
     "Agent: Confirmed: the family plan is closed and no further payments will be taken."),
    ("financial_hardship", "sensitive", "chat",
     "is there a way to turn off all the shop popups || Agent: Yes, Settings > Notifications > Offers. Can "
     "I ask what's prompting it? || just trying not to spend, we're relying on the food bank this month and "
     "every popup is a temptation || Agent: Completely understand. I've also turned off offer emails for you."),
    ("financial_hardship", "sensitive", "agent_note",
     "Customer asked to cancel the merch preorder NS-70855. Says her husband's business went into "
     "liquidation last week and they've no income coming in. Cancelled, refund issued to original card."),
    ("financial_hardship", "sensitive", "sms",
     "hi can i pay off the jersey order in bits? been out of work since march and universal credit doesnt "
     "stretch that far. order NS-51034 || "
     "Agent: We can split it into three payments; I'll text you the link for the first."),
    ("financial_hardship", "sensitive", "voicemail",
     "Hi, this is Lenny, Kindle partner KP-2207. Is there any chance my May payout can go out early? The "
     "bailiffs are coming Friday for council tax arrears and I need to show them something. Please call "
     "07700 900384."),
    ("financial_hardship", "sensitive", "web_form",
     "Billing dispute | Name: Ciaran Boyle | Details: a collection agency called Harwick Recoveries has "
     "written to me about a failed £48 Nessfire payment. I'm already in arrears with three other creditors "
     "and can't take another one on."),
    ("financial_hardship", "sensitive", "review",
     "I spent my rent money on drake packs chasing the shiny and now I'm in arrears. These loot mechanics "
     "should be illegal. || Agent: We're genuinely sorry. We've emailed you about a spending block and "
     "support services."),
    ("financial_hardship", "sensitive", "dm",
     "had to sell my gaming pc to cover the electric so I'm stuck on mobile for the qualifiers, hope that's "
     "still allowed"),
    ("financial_hardship", "sensitive", "in_app",
     "Please turn off auto-renew on everything on this account. I'm on jobseeker's allowance and can't "
     "have anything coming out of my account right now. || "
     "Agent: Done, auto-renew is off on every item on your account."),
    ("financial_hardship", "sensitive", "call",
     "I need to change the delivery address on my order || Agent: No problem, what's the new address? || "
     "It'll have to be the Wrenfield night shelter on Tanner Street, I've lost my flat || Agent: That's fine, "
     "I'll mark it for collection by you in person with your order number."),
    ("financial_hardship", "benign", "email",
     "Hello, my card was declined when I tried to buy the Fireforge Pass this morning, but the bank says "
     "nothing was blocked their end. I've got plenty of credit on it. Is there a known problem with "
     "payments? Thanks, Hamish"),
    ("financial_hardship", "benign", "chat",
     "I've been charged twice for the Emberfall starter pack || Agent: Sorry about that! Can you share the "
     "two receipt numbers? || EM-70211 and EM-70212 || Agent: Confirmed duplicate. The second one is "
     "refunded and should show in 3 to 5 working days."),
    ("financial_hardship", "benign", "agent_note",
     "Cust asked why the pass cost £5.12 on his statement instead of £4.99. Explained the card issuer's "
     "foreign transaction fee as the shop bills in euros. Resolved."),
    ("financial_hardship", "benign", "sms",
     "i'm broke on embers lol 😭 when's the next free drop or login bonus? || "
     "Agent: The daily login chest is back on Monday with 50 Embers!"),
    ("financial_hardship", "benign", "voicemail",
     "Hi, it's Beatrix from accounts at Greyhollow Logistics. Just confirming we've paid the sponsorship "
     "invoice for the Harbour Hawks by bank transfer today. Please send a receipt to the usual address."),
    ("financial_hardship", "benign", "web_form",
     "Refund request | Order: EM-58140 | Amount: £1.99 | Reason: tapped the wrong bundle, meant the Starter "
     "not the Veteran one | Name: Yusuf Darby"),
    ("financial_hardship", "benign", "review",
     "The 'Bankrupt' achievement you get for losing all your gold to the merchant guild in Ashen Crown is "
     "hilarious. Whoever wrote that questline, well done. 5 stars."),
    ("financial_hardship", "benign", "dm",
     "pass going from £4.99 to £5.99 is a bit cheeky not gonna lie, will the rewards go up to match? || "
     "Agent: Yes, the premium track has 20% more rewards this season."),
    ("financial_hardship", "benign", "in_app",
     "The Loan Shark NPC in Port Gallow charges interest every real-world hour even when I'm offline. Pretty "
     "sure it's meant to be per in-game day."),
    ("financial_hardship", "benign", "call",
     "My wallet app payment keeps failing in the shop || Agent: Which wallet, and which device? || The "
     "phone's built-in one, on the latest update || Agent: There's a known issue on that version; using the "
     "card directly works until tomorrow's fix."),
    ("financial_hardship", "benign", "email",
     "Hi, our Hearth leader evicted half the members by accident while trying to kick one inactive player. "
     "Is there any way to restore the roster as it was on Sunday? Hearth name: Cinder Row. Thanks, Pim"),
    ("financial_hardship", "benign", "chat",
     "the Debt Collector bounty quest won't give me the reward || Agent: Did you return the ledger to "
     "Magistrate Hobb or to the Collector? || the collector || Agent: That's the problem; the ledger has to go "
     "to Hobb to complete it."),
    ("financial_hardship", "benign", "agent_note",
     "Cust asked if the Nessfire Shop offers pay-in-three at checkout. Explained it's available on orders "
     "over £30 through the checkout partner. General question."),
    ("financial_hardship", "benign", "sms",
     "How do I check the balance left on a Nessfire gift card? The code starts NFG and the site just "
     "spins"),
    ("financial_hardship", "benign", "voicemail",
     "Hello, this is Petra at Kelsworth Credit Union. We're sponsoring a charity match and want to know if "
     "we can have our logo on the stream overlay. Please call me back when you can. Thank you."),
    ("financial_hardship", "benign", "web_form",
     "Kindle Partner query | Topic: tax | Message: which tax residency form do I need to fill in for payouts "
     "if I live in Portugal but the account was set up in the UK?"),
    ("financial_hardship", "benign", "review",
     "The economy in Ashen Crown is broken. Gold inflation is so bad that everyone's poor unless they farm "
     "the same dungeon all day. 2 stars until it's balanced."),
    ("financial_hardship", "benign", "dm",
     "lmao the stock market minigame in Pocket Drakes crashed my save when the berry price hit zero, pls fix"),
    ("financial_hardship", "benign", "in_app",
     "I paid for the Fireforge Pass but the premium track still shows as locked. Receipt attached, "
     "EM-61490. Please activate. || "
     "Agent: Activated now; restart the app and the premium track will unlock."),
    ("financial_hardship", "benign", "call",
     "Hi, my bank flagged your payment as suspicious || Agent: That happens with new merchants. Have you "
     "approved it in the bank app? || Yes, just now || Agent: Great, please try the purchase again and it "
     "should go straight through."),
    # ---- legal
    ("legal", "sensitive", "email",
     "To the Ness League office: it's now five months since the Kelsworth Open and I still haven't received "
     "my £1,500 prize. I've instructed a solicitor, Marchetti & Lowe, and they'll be writing to you next "
     "week if it isn't paid. Adebayo Sterling (tag Stormcall)"),
    ("legal", "sensitive", "chat",
     "someone stole my account and sold my drakes || Agent: I'm sorry. Have you been able to secure your "
     "email? || yes and ive reported it to the police, crime ref is CR/4471/24, do you need that || Agent: "
     "That helps, thank you. I'll attach it to the recovery case and we'll preserve the login records."),
    ("legal", "sensitive", "agent_note",
     "Cust requested full purchase history and login records. States they are needed for her court case "
     "against a former flatmate who used her card. Routed to data requests with priority flag."),
    ("legal", "sensitive", "sms",
     "Please don't give my address to anyone who calls asking for it. I have a restraining order against my "
     "ex and he knows I order from you. Order NS-73310. || "
     "Agent: Understood. There's now a security flag on your account and no details will be given out."),
    ("legal", "sensitive", "voicemail",
     "Hi, this is Shona, manager of the Cinder Row team. Our jungler Declan won't be at Saturday's match, "
     "he was arrested on Wednesday and his phone's been seized. We need to register an emergency sub. "
     "07700 900556."),
    ("legal", "sensitive", "web_form",
     "League staff application | Role: volunteer referee | Criminal record declaration: yes | Details: "
     "conviction for affray in 2015, spent, happy to discuss | Name: Tobias Renner"),
    ("legal", "sensitive", "review",
     "One star and I'm taking you to the small claims court over the £89 you won't refund. || Agent: We're "
     "sorry it's come to this, Mr Ilić. Our legal team will respond formally to the claim within 14 days."),
    ("legal", "sensitive", "dm",
     "weird one but my ex-wife's lawyer is asking for records of what I spent on Emberfall for the divorce "
     "financials. can you send me a statement so I can pass it on? || "
     "Agent: I've emailed a full purchase statement to the address on the account."),
    ("legal", "sensitive", "in_app",
     "The police have asked me to keep the messages that player sent me for their investigation. How do I "
     "export chat logs before they auto-delete? || "
     "Agent: We've put a hold on those messages so they won't be deleted; the police can request them from us."),
    ("legal", "sensitive", "call",
     "I need to withdraw from the Cup semi-final || Agent: Sorry to hear that. Can I ask why, for the "
     "records? || I've got a court date on the 12th for a driving offence and my brief says I have to be "
     "there all day || Agent: Understood, I'll mark it as an authorised withdrawal."),
    ("legal", "sensitive", "email",
     "Hello, I'm on licence after my release and my probation officer says I'm not allowed to use online "
     "chat. Is there a way to play Pocket Drakes with chat permanently disabled on my account? Thanks, "
     "Warren"),
    ("legal", "sensitive", "chat",
     "I need all my scrim and match records from when I played for Vantage Esports || Agent: What's it "
     "for? || I'm suing them for breach of contract, they dropped me without notice || Agent: I'll send your "
     "match history export to your registered email."),
    ("legal", "sensitive", "agent_note",
     "Legal forwarded letter from Penhallow Solicitors acting for Mrs Delphine Amory, who alleges unfair "
     "loot box practices on her account. Do not respond to cust directly; all contact via legal."),
    ("legal", "sensitive", "sms",
     "cant make saturdays scrim, got my divorce hearing at the family court that morning. will be back "
     "sunday"),
    ("legal", "sensitive", "voicemail",
     "Good morning, this is Helena Vos of Vos Legal. I act for Mr Caspar Lind in a dispute about a banned "
     "account and unpaid winnings. Please call me on 07700 900731 to arrange disclosure."),
    ("legal", "benign", "chat",
     "any tips for the Court of Ash raid? we keep wiping on the second judge || Agent: Split your team "
     "before the Verdict cast, the damage is shared across anyone in the circle. || ohh thats why, thanks"),
    ("legal", "benign", "review",
     "The Outlaw skin line is gorgeous, the wanted-poster loading screen is a lovely touch. 5 stars. || "
     "Agent: Thank you! Our poster artist will be delighted."),
    ("legal", "benign", "in_app",
     "Jailbreak mode queue times are over ten minutes in the evening. Can you add it to the normal "
     "rotation?"),
    ("legal", "benign", "agent_note",
     "Castlemere Police community engagement team booked the mobile arena truck for a public open day on "
     "the 20th. Invoice to their events budget code."),
    ("legal", "benign", "web_form",
     "Policy question | Topic: content creation | Message: am I allowed to use Emberfall gameplay footage "
     "in monetised videos, and do I need to credit Nessfire in the description?"),
    ("legal", "benign", "sms",
     "Does the Ember phone case fit the newer model with the bigger camera bump? Listing doesn't say || "
     "Agent: The v2 case fits it, that's the one with the wider camera cutout."),
    ("legal", "benign", "call",
     "I started the free trial of the pass and it took £4.99 straight away || Agent: Let me look. The "
     "trial was applied, but a pre-authorisation shows as a charge. || So it'll drop off? || Agent: Yes, "
     "within a few days, and nothing is taken unless you keep it past day 7."),
    ("legal", "benign", "dm",
     "who's on the judging panel for the cosplay contest at the finals? want to know if they're into "
     "armour builds"),
    ("legal", "benign", "voicemail",
     "Hi, I bought the Pinstripe Suit skin bundle but only the hat came through, not the suit itself. "
     "Order EM-27740. Please give me a call back or email, thanks."),
    ("legal", "benign", "chat",
     "is the Bounty Hunter class worth it over the Ranger || Agent: For solo queue, Bounty Hunter's mark "
     "makes picks easier. In teams, Ranger's vision wins. || going bounty then"),
    ("legal", "benign", "review",
     "Judge Morrow is the best boss fight in Ashen Crown. Phase two's sentencing mechanic where you argue "
     "your case with dodges is genius. 5/5."),
    ("legal", "benign", "agent_note",
     "Cust asked whether Nessfire publishes loot box odds in line with consumer rules. Pointed to the odds "
     "disclosure page in the shop. General policy question."),
    ("legal", "benign", "email",
     "Hi, I'd like a copy of the data you hold on my account, mainly my match history and purchase list, "
     "so I can move to a new phone number. Account: Quillfeather. Thanks, Anouk || "
     "Agent: Hi Anouk, your export is ready under Settings > Privacy > Download my data."),
    ("legal", "benign", "in_app",
     "Can you add a skip button to the case-opening animation? Opening 50 cosmetic cases takes forever."),
    ("legal", "benign", "web_form",
     "Corporate booking | Organisation: Bellweather & Crane LLP social committee | Request: team-building "
     "tournament for 40 staff at the Castlemere pop-up in September | Contact: social@example.com"),
    # ---- bereavement
    ("bereavement", "sensitive", "email",
     "Hello, my brother Elias passed away in January. He played Emberfall every day as Ashborne and his "
     "friends keep sending him invites. Is it possible to memorialise his account so his name stays on "
     "the Hearth roster but nobody can log in? Thank you, Mirela Constantin"),
    ("bereavement", "sensitive", "chat",
     "hi, how do i take over a family plan || Agent: Sure, the current owner can transfer it from settings. "
     "|| the owner was my dad, he died last month so he can't do that || Agent: I'm so sorry for your "
     "loss. I can transfer it for you; I'll just need a few details by email, no rush at all."),
    ("bereavement", "sensitive", "agent_note",
     "Cust's wife passed away two weeks ago; he asked us to cancel her Fireforge Pass and close the account "
     "but keep her drake collection screenshots. Sent export, account scheduled for closure."),
    ("bereavement", "sensitive", "sms",
     "sorry lads I won't make Friday's match, it's my nan's funeral. can Tariq cover jungle?"),
    ("bereavement", "sensitive", "voicemail",
     "Hello, my name is Maureen Tillotson. My husband Bernard died in the spring and he'd collected all "
     "these little dragons on his phone. I don't know his password but I'd love to keep playing them for "
     "him. Could someone call me on 07700 900862?"),
    ("bereavement", "sensitive", "web_form",
     "Deceased account request | Account holder: Isaac Penrose | Relationship: son | Date of death: 3 "
     "February | Request: close account, refund remaining pass balance to estate"),
    ("bereavement", "sensitive", "review",
     "5 stars. This game is how I stayed close to my late husband; we played Pocket Drakes together every "
     "night. I still log in to feed his drakes. || Agent: Thank you for sharing something so personal. "
     "We're honoured the game holds those memories for you."),
    ("bereavement", "sensitive", "dm",
     "our Hearth lost Kieran last week in a car crash. can his tag K1eranKnight be retired so nobody else "
     "takes it? it'd mean a lot to us || "
     "Agent: We're so sorry about Kieran. K1eranKnight is retired and can't be claimed by anyone."),
    ("bereavement", "sensitive", "in_app",
     "Please stop sending 'We miss you!' notifications to this account. It belonged to my mother and she "
     "passed away in March. I'm just keeping it for the photos. || "
     "Agent: I'm so sorry for your loss. All notifications on the account are now off."),
    ("bereavement", "sensitive", "call",
     "Hi, I manage the Ashby Vale Embers team || Agent: Hello, how can I help? || Our support player, Ash "
     "Merriday, died suddenly on Tuesday. The lads want to play the final in his memory, could we wear a "
     "black armband on stream? || Agent: I'm very sorry. Yes, of course, I'll tell the broadcast team today."),
    ("bereavement", "sensitive", "email",
     "Dear Kindle Partners team, my partner Jamal Whitcombe died on the 2nd and his stream payouts are "
     "still being sent to his account. I'm the executor. What do you need from me to redirect or stop "
     "them? Rosalind Kerr"),
    ("bereavement", "sensitive", "chat",
     "can i pause my pass for a couple of weeks || Agent: We can pause for up to 30 days. Everything okay? "
     "|| we lost grandad on sunday and i just don't have it in me to play || Agent: I'm so sorry. Paused "
     "for 30 days; take all the time you need."),
    ("bereavement", "sensitive", "agent_note",
     "Cancelled merch order NS-64418 on request. Customer says the hoodie was a gift for her sister, who "
     "died before it arrived. Full refund, no return required."),
    ("bereavement", "sensitive", "sms",
     "Hi, following up on the memorial request for my son Callum's account (CalTheCrow). It's been three "
     "weeks since he passed and we haven't heard back. || "
     "Agent: I'm so sorry for the delay. Callum's account was memorialised this morning."),
    ("bereavement", "sensitive", "voicemail",
     "Hiya, I'm ringing because my mum died last month and going through her bank statements I found a "
     "monthly Nessfire charge. Her name was Patricia Ogunleye. Could you cancel it please? Thanks."),
    ("bereavement", "benign", "chat",
     "is the Death Knight skin coming back? missed it last year || Agent: It's in the Halloween rotation "
     "from the 25th. || yesss, same price? || Agent: Same 1,200 Embers."),
    ("bereavement", "benign", "review",
     "The Funeral Pyre map is stunning, all the lanterns and ash falling. Matchmaking on it is slow though. "
     "4 stars."),
    ("bereavement", "benign", "in_app",
     "The Oceania server is dead after midnight, matchmaking searches for 15 minutes and never finds "
     "anyone. Can you merge queues? || "
     "Agent: Cross-region queues for Oceania start next month."),
    ("bereavement", "benign", "email",
     "Hi, general question: what is your policy on accounts when a player dies? I'm compiling a guide to "
     "digital legacy settings for our library's tech help sessions. Thanks, Alder Street Library"),
    ("bereavement", "benign", "sms",
     "RIP my ranked streak 😂 lost 8 in a row, is matchmaking broken or am I just bad || "
     "Agent: Matchmaking's fine, promise! Take a break and come back fresh."),
    ("bereavement", "benign", "voicemail",
     "Hi, just wanted to say the finals production absolutely killed it. The drone shots were amazing. "
     "Who did the lighting? We'd love to hire them for our expo."),
    ("bereavement", "benign", "dm",
     "you lot murdered it with the anniversary stream, that surprise trailer had chat going insane"),
    ("bereavement", "benign", "agent_note",
     "Cust asked when the 'Last Rites' emote will be back in the shop. Told him it's in the seasonal "
     "rotation, no date yet."),
    ("bereavement", "benign", "web_form",
     "Bug report | Game: Ashen Crown | Issue: the Ghost of Hollowmere boss goes invisible permanently if you "
     "use a stun during phase two | Device: tablet"),
    ("bereavement", "benign", "call",
     "What's happening with the Necromancer rework? || Agent: It's in the next balance patch, mainly "
     "changes to skeleton minion health. || Will my old build still work? || Agent: The core skills "
     "stay the same, so mostly yes."),
    ("bereavement", "benign", "chat",
     "my phone died mid match and i got a leaver penalty || Agent: Sorry about that. Was it a ranked "
     "match? || yeah, last night around 10 || Agent: I've removed the penalty as a one-off."),
    ("bereavement", "benign", "review",
     "Dead Man's Hand event is my favourite card mode ever. Bring it back permanently please. 5/5"),
    ("bereavement", "benign", "email",
     "Good morning, Hargreave & Sons Funeral Directors would like to sponsor a local team in the amateur "
     "league as part of our community programme. Could you tell us what sponsorship packages exist? "
     "Regards, the Hargreave office"),
    ("bereavement", "benign", "in_app",
     "I used a revive token when my character died on the last boss but it didn't bring me back and the "
     "token's gone. Can you restore it?"),
    ("bereavement", "benign", "sms",
     "when's the Day of the Dead bundle coming out this year? the marigold drake was gorgeous || "
     "Agent: The bundle returns on 30 October, marigold drake included."),
    # ---- violence and self-harm
    ("violence_self_harm", "sensitive", "in_app",
     "Report player: xXGr1mXx | Reason: threats | Details: after the match he messaged that he knows I live "
     "in Kelsworth and he's going to find me and stab me. He named my street."),
    ("violence_self_harm", "sensitive", "chat",
     "I'm a Kindle partner and I need help || Agent: Of course, what's going on? || a viewer who's been "
     "messaging me for months turned up outside my house last night. he'd worked it out from my stream "
     "background || Agent: I'm so sorry. I'm escalating to our safety team now and banning his accounts; "
     "please also contact the police if you feel unsafe."),
    ("violence_self_harm", "sensitive", "agent_note",
     "Moderation escalation: player FernLight wrote in Hearth chat that she's going to kill herself tonight "
     "and has pills ready. Crisis protocol followed, signposting sent, emergency referral made."),
    ("violence_self_harm", "sensitive", "sms",
     "Please remove my ex's phone from my family plan. He's been using the location sharing to follow me "
     "and he's hit me before. I've moved and don't want him finding me."),
    ("violence_self_harm", "sensitive", "voicemail",
     "Hi, it's Ollie Brennan, I was playing at the Castlemere LAN on Saturday. Someone from another team "
     "punched me in the car park after our match and I've got two black eyes. I want it on record with "
     "the League."),
    ("violence_self_harm", "sensitive", "web_form",
     "Harassment report | Reporter: Jun Watanabe-Hale | Offender: at least 40 alt accounts | Details: the "
     "same person has sent me sexual messages and insults every day for three months, every new account I "
     "block he makes another"),
    ("violence_self_harm", "sensitive", "review",
     "1 star. I got doxxed by a player after a ranked loss and people posted my home address with threats. "
     "Reports did nothing. || Agent: We're very sorry, Niamh. We've reopened your reports and the safety "
     "team will contact you today."),
    ("violence_self_harm", "sensitive", "dm",
     "sorry to message you here, you're the only community mod I know. honestly I don't see the point of "
     "anything anymore and I've been cutting again. I don't know who else to tell"),
    ("violence_self_harm", "sensitive", "email",
     "Hello, please remove the delivery address from my Nessfire account and don't send anything there. "
     "I've left my partner because he was violent and I'm staying in a refuge. He has the old login. "
     "Thank you, S."),
    ("violence_self_harm", "sensitive", "call",
     "Someone's sending me death threats through Pocket Drakes trades || Agent: That's serious, thank you for "
     "calling. What do the messages say? || He puts them in the trade notes, stuff like 'you're dead when I "
     "find you' || Agent: I'm suspending the account now and we'll keep the messages for the police."),
    ("violence_self_harm", "sensitive", "chat",
     "can you delete my account || Agent: I can help with that. Would you like to export anything first? || "
     "no. i won't need it. i don't want to be here anymore || Agent: I'm really glad you told me. You don't "
     "have to go through this alone; can I share a helpline number with you right now?"),
    ("violence_self_harm", "sensitive", "agent_note",
     "Incident report, Kelsworth Open: coach of Vantage Esports shoved player Ivo Marsh into a barrier "
     "during an argument. Witnessed by two referees. Coach suspended pending review."),
    ("violence_self_harm", "sensitive", "in_app",
     "this player keeps following me into every lobby and whispering stuff about my body and what he'd do "
     "to me. i've blocked 6 accounts. please help || "
     "Agent: We've banned the account and its linked devices. Thank you for reporting."),
    ("violence_self_harm", "sensitive", "sms",
     "my old teammate said he's coming to the finals to hurt me and i believe him, he did it before. can "
     "security know? || "
     "Agent: Yes. Finals security has his details and he won't be admitted. Please tell the police as well."),
    ("violence_self_harm", "sensitive", "voicemail",
     "Hi, I'm worried about my flatmate, Dom, he plays as DomTheDrake. He's been talking about ending it and "
     "he's gone quiet. I don't know if you can see anything, I just didn't know who else to ring."),
    ("violence_self_harm", "benign", "in_app",
     "The kill feed shows the wrong weapon icon for kills with the Emberlance. Cosmetic bug but confusing "
     "in replays."),
    ("violence_self_harm", "benign", "review",
     "Why nerf the assault rifle again?? It was finally viable. 2 stars until you revert it. || "
     "Agent: Thanks for the feedback; we're watching pick rates closely this week."),
    ("violence_self_harm", "benign", "chat",
     "quick policy question, what counts as griefing in Emberfall? || Agent: Deliberately feeding, blocking "
     "teammates or AFK farming. The full list is in the Code of Conduct. || is throwing a lost game counted "
     "|| Agent: Only if it's intentional and repeated."),
    ("violence_self_harm", "benign", "dm",
     "I'm dying 😂 the new chicken dance emote is the best thing you've ever shipped"),
    ("violence_self_harm", "benign", "email",
     "Hello, Kindred Ground is an anti-bullying charity running a schools campaign in October. We'd love to "
     "partner with Nessfire on a short video about good sportsmanship in online games. Who should we "
     "speak to? Warm regards, Kindred Ground partnerships"),
    ("violence_self_harm", "benign", "agent_note",
     "Cust asked in general how the player report button works and how long reports take to review. "
     "Explained the queue and the notification on outcome."),
    ("violence_self_harm", "benign", "call",
     "When does the Blood Moon event end? || Agent: Sunday at midnight server time. || And do the crimson "
     "drakes stay catchable after? || Agent: No, they leave with the event, so catch them this week."),
    ("violence_self_harm", "benign", "voicemail",
     "Hi, this Ashen Crown boss is killing me, I've been at it for hours. Is the Warden meant to one-shot "
     "you from full health on normal difficulty? Sounds like a bug. Cheers."),
    ("violence_self_harm", "benign", "web_form",
     "Feature request | Area: social | Message: the block list caps at 100 names, please raise it; I "
     "play a lot of public lobbies and it fills up with old spam accounts"),
    ("violence_self_harm", "benign", "sms",
     "we're gonna destroy the Bramble Foxes on Saturday 🔥 can we get our logo on the stream overlay for "
     "the match?"),
    ("violence_self_harm", "benign", "chat",
     "what's the headshot multiplier on the new sniper || Agent: 2.5x on body-armoured targets, 3x on "
     "unarmoured. || lol ok that's why it's everywhere"),
    ("violence_self_harm", "benign", "review",
     "The new beat 'em up mode is pure chaos in the best way. Combo system is deep. 5 stars."),
    ("violence_self_harm", "benign", "in_app",
     "The mech self-destruct button in Skyforge Rally triggers when you tap boost too close to it. Please "
     "move it!"),
    ("violence_self_harm", "benign", "agent_note",
     "Hearth name 'Bloodbath Bros' reported by another player. Reviewed: fantasy violence terms are allowed "
     "under naming policy. No action, reporter informed."),
    ("violence_self_harm", "benign", "email",
     "Hi, Ironfist Martial Arts in Wrenfield would like to sponsor an amateur Emberfall team and run a "
     "meet-and-greet at our gym. Could you send details of how local sponsorship works? Thanks, Coach "
     "Remy Lau"),
    # ---- special categories: religion and belief
    ("special_categories", "sensitive", "chat",
     "hey, can our group match on Thursday move to later in the evening? || Agent: Possibly, what time "
     "were you thinking? || after 8:30 if poss. Eid starts Thursday so we'll be fasting till sunset and "
     "then eating with family || Agent: Makes sense. I've asked the Bramble Foxes if 9pm works for them."),
    ("special_categories", "sensitive", "email",
     "Hello, I've qualified for the Kelsworth Open final, which is on a Saturday. I'm an observant Jew and "
     "keep Shabbat, so I can't play until after nightfall. Is there any flexibility in the schedule? "
     "Best, Eliezer Baum"),
    ("special_categories", "sensitive", "agent_note",
     "Player Kavya Raman asked for a lighter schedule in the October qualifiers as she'll be observing the "
     "Navratri fast for nine days. Passed to scheduling; no issue expected."),
    ("special_categories", "sensitive", "sms",
     "can't do Sunday morning scrims any more, I've started going to church with my gran and I'm doing the "
     "confirmation classes. Sunday afternoons fine"),
    ("special_categories", "sensitive", "dm",
     "the LAN rules say no headwear under the headsets but I wear a turban as a Sikh, I'm not taking it off. "
     "is that gonna be a problem for check-in? || "
     "Agent: Not at all. Religious headwear is exempt and we've fixed the wording of that rule."),
    ("special_categories", "sensitive", "in_app",
     "Odd request: I'm a Benedictine monk and the abbot allows me an hour of Pocket Drakes on Sundays only. "
     "Could my daily streak be weekly instead so I don't lose it every week? || "
     "Agent: We can't change streak types, but we've added a weekly streak shield to your account."),
    ("special_categories", "sensitive", "review",
     "2 stars. As a practising Catholic the demon-summoning rituals in the Ashen Crown expansion made me "
     "uncomfortable, and there's no way to skip them. || Agent: Thank you for the honest feedback, Joseph. "
     "A skip option for those cutscenes is on the roadmap."),
    ("special_categories", "sensitive", "voicemail",
     "Hi, it's Lin Ostrova, Kindle partner KP-4032. I'm going on a ten-day silent retreat at the Buddhist "
     "centre where I practise, so I won't stream from the 4th. Please don't count it against my hours. "
     "Thanks."),
    ("special_categories", "sensitive", "web_form",
     "Player lounge catering | Name: Shira Adler | Team: Cinder Row | Dietary requirement: kosher | Notes: I "
     "keep kosher strictly, sealed meals from a supervised kitchen please"),
    # ---- special categories: ethnic origin and race
    ("special_categories", "sensitive", "in_app",
     "The chat filter keeps blocking the word Roma when I talk about my own family. I'm Romani, it's not an "
     "insult, it's who we are. Please fix it. || "
     "Agent: You're right, and I'm sorry. 'Roma' has been removed from the filter."),
    ("special_categories", "sensitive", "chat",
     "the character creator has no hair that looks like mine || Agent: Thanks for the feedback! Which "
     "styles are you after? || I'm a Black woman with 4C hair, I'd love locs, a proper afro, box braids. "
     "everything is straight or wavy || Agent: Totally fair. I've added this to the open request for "
     "textured hairstyles."),
    ("special_categories", "sensitive", "email",
     "Hi there, my family is Punjabi and I'd like my display name in Gurmukhi script so my grandparents can "
     "read it when they watch me play. Right now it only accepts Latin letters. Any plans to change that? "
     "Harjot"),
    ("special_categories", "sensitive", "agent_note",
     "Cust says he's an Irish Traveller and couriers keep refusing to deliver to his site address, so "
     "merch order NS-59003 bounced twice. Rerouted to the local pickup point at his request."),
    ("special_categories", "sensitive", "dm",
     "half Korean half Scottish here lol, can our team name have hangul in it? want to put my mum's family "
     "name next to the thistle || "
     "Agent: Team names support hangul since 5.2, so go for it!"),
    ("special_categories", "sensitive", "review",
     "1 star. As a Māori player it hurt to see a tā moko face design sold as a 'tribal' skin for 800 "
     "Embers. || Agent: Thank you for raising this, Aroha. We've pulled the skin and are reviewing how it "
     "was designed."),
    ("special_categories", "sensitive", "sms",
     "hi my name Oluwadamilare doesn't fit on the player badge, it's a Yoruba name and I'd rather not "
     "shorten it. can you print it smaller? || "
     "Agent: Absolutely, we'll print your full name in a smaller font."),
    ("special_categories", "sensitive", "call",
     "I've got a question about the new avatar options || Agent: Go ahead. || I'm mixed, my dad's "
     "Jamaican and my mum's Hakka Chinese, and none of the face presets look anything like me || Agent: "
     "That's helpful. We're adding blendable presets in the next update, I'll pass your comment on."),
    ("special_categories", "sensitive", "web_form",
     "Ness League player survey | Name: Rafiq Chowdhury | Ethnic background: British Bangladeshi | Age "
     "band: 25-34 | Comments: would love to see more South Asian casters on the broadcast"),
    # ---- special categories: political opinions and activity
    ("special_categories", "sensitive", "email",
     "Hi all, I'm stepping back from captaining the Wrenfield Wolves until after May. I've been selected as "
     "the Civic Reform Party candidate for Northgate ward and campaigning will take every evening. Rhys"),
    ("special_categories", "sensitive", "chat",
     "can I run a charity stream for a political party? || Agent: Political fundraising isn't allowed on "
     "Kindle channels, but you can stream normally. Why do you ask? || I'm branch secretary for the "
     "Harbour Independents and we wanted a fun fundraiser || Agent: Thanks for checking first."),
    ("special_categories", "sensitive", "agent_note",
     "Ban appeal from user Saltire_Sam. Says the 'slogan' he was muted for is a Scottish independence "
     "campaign line and he's an activist for Yes Alba. Chat rules apply regardless; mute upheld."),
    ("special_categories", "sensitive", "dm",
     "won't be online much this month, out canvassing every night for the Green Coalition before the "
     "by-election. don't kick me from the hearth pls 😅"),
    ("special_categories", "sensitive", "review",
     "5 stars from a lifelong socialist. The satire of the merchant guilds in Ashen Crown is spot on and "
     "made me laugh out loud."),
    ("special_categories", "sensitive", "sms",
     "sorry can't play thursday, I'm a polling agent for the Progressive Alliance at the count. friday ok"),
    ("special_categories", "sensitive", "voicemail",
     "Hello, Councillor Imogen Pryce here, I sit for the Liberal Forum group on Castlemere council. "
     "Someone's set up an account using my name to post party slogans. Can you take it down? "
     "07700 900295."),
    ("special_categories", "sensitive", "in_app",
     "my hearth kicked me because I said I voted to leave and I'd do it again. thats not against the rules "
     "is it? I never insulted anyone || "
     "Agent: Sharing a political view respectfully isn't against the rules, but Hearth leaders "
     "can still remove members."),
    ("special_categories", "sensitive", "web_form",
     "Kindle Partner application | Handle: TidewatchTess | Bio: I organise with the Tidewatch climate "
     "campaign and mention our actions on stream | Question: is that allowed under partner rules?"),
    # ---- special categories: trade-union membership
    ("special_categories", "sensitive", "email",
     "Hi, could we move the Thursday scrims to Wednesday? I'm the union rep for the Allied Warehouse "
     "Workers at our depot and Thursday evening is branch meeting night. Cheers, Danny"),
    ("special_categories", "sensitive", "chat",
     "need to drop out of next tuesday's cup round || Agent: Sorry to hear it, is there a reason I can "
     "note? || I'm a teacher and our union's called a strike day, I'll be on the picket line all day || "
     "Agent: No problem, I'll mark it as a notified withdrawal."),
    ("special_categories", "sensitive", "agent_note",
     "Caller asked if Nessfire offers discounts through her union's member benefits scheme. She's a member "
     "of the Retail & Allied Workers Union. Told her no partnership currently; fed back to marketing."),
    ("special_categories", "sensitive", "sms",
     "Morning match is a no from me sat, on the picket at 6am with the transit workers union. can do "
     "evening"),
    ("special_categories", "sensitive", "dm",
     "hi! I'm an organiser with the Game Workers Union and a member myself, I stream on Kindle too. would "
     "love to do a Q&A stream about pay in esports, allowed?"),
    ("special_categories", "sensitive", "voicemail",
     "Hi, it's Bernie Okafor. My union subs went out the same day as the pass renewal and the renewal "
     "bounced. Can you try it again on Monday? Account name BernieO. Ta."),
    ("special_categories", "sensitive", "review",
     "4 stars. As a proud member of the Nurses' and Midwives' Union I love the new medic hero. Please give "
     "her a union badge cosmetic! || Agent: Ha, we'll pass that to the art team, Carys!"),
    ("special_categories", "sensitive", "in_app",
     "Can I rename our hearth to 'Local 14 Strike Fund'? I'm branch treasurer and we're streaming matches "
     "to raise money for members on strike. || "
     "Agent: Yes, that name's fine. Good luck with the fundraiser!"),
    ("special_categories", "sensitive", "web_form",
     "Tournament entry | Team: Shop Floor Heroes | Captain: Gail Thorne | About the team: we're all shop "
     "stewards in the Postal Workers Union branch at the Kelsworth sorting office"),
    # ---- special categories: sexual orientation and sex life
    ("special_categories", "sensitive", "email",
     "Hello, my husband and I share the family plan and we'd like to split it into two accounts so our "
     "drakes stop overwriting each other's. How do I do that without losing his progress? Thanks, Tom "
     "Kettering"),
    ("special_categories", "sensitive", "chat",
     "can I add my girlfriend as the second adult on my Family Hub? || Agent: Yes, just invite her from "
     "Hub > Adults. || great, her email's different from the one on the shop, that ok? || Agent: Totally "
     "fine. Any email works. || thanks! - Hannah"),
    ("special_categories", "sensitive", "agent_note",
     "Cust asked us to stop suggesting his boyfriend as a 'friend you may know'. Says he isn't out to his "
     "family and they see his profile. Disabled contact-sync suggestions on his account."),
    ("special_categories", "sensitive", "dm",
     "hey i founded Sapphic Embers, a lesbian-run hearth, and we keep getting reported just for our "
     "description. can someone look at it? || "
     "Agent: We've reviewed it; the description is fine and those reports are closed."),
    ("special_categories", "sensitive", "review",
     "5 stars. As a gay man who grew up hiding it, seeing the Pride drake in the main shop made me "
     "stupidly emotional. Thank you."),
    ("special_categories", "sensitive", "sms",
     "Hi this is Anjali, can you add my wife Priya to our ticket booking for the finals? Order NS-67214. We "
     "need seats together"),
    ("special_categories", "sensitive", "voicemail",
     "Hi, it's Reuben. Small feedback: I'm asexual and the romance side quest in Ashen Crown locks you out "
     "of the best armour unless you pick a love interest. Would be nice to have another route. Thanks."),
    ("special_categories", "sensitive", "in_app",
     "Profile feature request: let us list more than one partner. I'm polyamorous and my two partners and "
     "I all play; the single 'partner' slot makes someone feel left out. || "
     "Agent: Thanks for this. Multiple partner slots are now on our profile wishlist."),
    ("special_categories", "sensitive", "web_form",
     "Finals ticket transfer | From: Marcus Hale | To: Daniel Hale | Relationship: husband | Reason: I "
     "can't go on the Saturday so Dan will take my seat next to our friends"),
    # ---- special categories: gender identity
    ("special_categories", "sensitive", "email",
     "Hi, I'm trans and I competed in the 2021 Kelsworth Open under my deadname. The old brackets still "
     "show it on your site. Could you change it to Sienna Vale, or remove the name altogether? Thank you."),
    ("special_categories", "sensitive", "chat",
     "is there a pronouns field anywhere on the profile? || Agent: Not yet, it's on the roadmap. || ok, "
     "I'm non-binary and the casters keep saying 'he' when they read my name out || Agent: I'm sorry. "
     "I'll add 'they/them' to your player notes so the broadcast team gets it right."),
    ("special_categories", "sensitive", "agent_note",
     "Kindle payout failed: name on the bank account no longer matches the partner record. Cust explained "
     "she's transitioned and updated her name with the bank. Record updated after ID check."),
    ("special_categories", "sensitive", "sms",
     "hi, I'm a trans woman and want to enter the women's showcase in June. what do you need from me for "
     "eligibility?"),
    ("special_categories", "sensitive", "dm",
     "can you update the caster sheet for me? I'm she/her now, came out last month and it'd be really "
     "weird hearing 'he' on the main stream || "
     "Agent: Updated! Every caster sheet now lists you as she/her."),
    ("special_categories", "sensitive", "review",
     "5 stars. As someone genderfluid I love that the character creator doesn't lock hair, voice or "
     "clothes to a body type. Small thing, big deal."),
    ("special_categories", "sensitive", "voicemail",
     "Hi, it's Alex Moreno. I've changed my name by deed poll as part of my transition and my old name "
     "still shows on my League contract and payslips. Could someone call me about updating it?"),
    ("special_categories", "sensitive", "in_app",
     "Report caster: during the Hearth Cup stream he deliberately kept misgendering me after I'd asked him "
     "to use she. I'm a trans player and this happens every time. || "
     "Agent: We're very sorry. The caster has been spoken to and taken off next week's broadcast."),
    ("special_categories", "sensitive", "web_form",
     "Player registration | Name: Jonah Weiss | Gender: trans man | Pronouns: he/him | Note: my ID still "
     "shows F, can check-in staff please not read it out"),
    # ---- special categories: genetic data
    ("special_categories", "sensitive", "email",
     "Hi, I did the HelixTrail DNA test from your Heritage Drake promo and the results came back 34% "
     "Scandinavian, 28% Irish. Can my Heritage Drake reflect both? The app only picked the top one. "
     "Ingrid"),
    ("special_categories", "sensitive", "chat",
     "can you delete the genetic report I uploaded for the drake promo? || Agent: Yes. Do you want the "
     "whole Heritage profile gone? || yes all of it, it showed I'm a carrier for a cystic fibrosis variant "
     "and I don't want that sitting with a games company || Agent: Understood. Deleted now, with written "
     "confirmation to follow."),
    ("special_categories", "sensitive", "agent_note",
     "Data request: cust wants a copy of the raw HelixTrail genotype file linked to his Heritage Drake, "
     "then deletion. Verified identity, export sent, deletion scheduled for 72h."),
    ("special_categories", "sensitive", "dm",
     "ok this is wild, my HelixTrail results matched me to a half-brother I never knew about and he plays "
     "in your amateur league. is there any way to message him?"),
    ("special_categories", "sensitive", "review",
     "2 stars. The Heritage Drake promo said my maternal haplogroup is H1b and then posted it on my public "
     "profile. Way too much info. || Agent: We're sorry, Beatriz. That field is now private by default "
     "and yours has been hidden."),
    ("special_categories", "sensitive", "sms",
     "sent my DNA kit back for the drake promo and it says 23% Iberian lol. how long till my drake "
     "updates?"),
    ("special_categories", "sensitive", "web_form",
     "Privacy request | Type: erasure | Data: the DNA results from my HelixTrail kit and the ancestry "
     "percentages shown on my account | Name: Caoimhe Dunleavy"),
    ("special_categories", "sensitive", "voicemail",
     "Hi, Jude and Jesse Farrant here. Your anti-cheat keeps flagging us as one person on two accounts. "
     "We're identical twins, we had a DNA test to prove it years ago, happy to send it. Please call back."),
    # ---- special categories: biometric data
    ("special_categories", "sensitive", "in_app",
     "The age check made me do a face scan to unlock ranked. I didn't really want to. Can you delete the "
     "scan of my face now that I'm verified? || "
     "Agent: Done. The scan is deleted and your verification stays in place."),
    ("special_categories", "sensitive", "chat",
     "the League verification says my face matches an existing account?? || Agent: The face match found a "
     "similar template. Do you have an older account? || no, never || Agent: I'll send it for manual "
     "review and delete the duplicate template if it's a false match."),
    ("special_categories", "sensitive", "email",
     "Dear Nessfire, when I set up voice verification for Kindle payouts you stored a voiceprint of me. I "
     "withdraw my consent and want it deleted. Please use the security questions instead. Regards, Paulo "
     "Ferreira"),
    ("special_categories", "sensitive", "agent_note",
     "LAN check-in: facial recognition gate failed twice for player Marek Szabo. Manual ID check done. He "
     "asked for his stored face template to be deleted after the event; logged."),
    ("special_categories", "sensitive", "dm",
     "got palm-scanned at the finals entrance yesterday without anyone really explaining it. how do I get "
     "my palm data wiped?"),
    ("special_categories", "sensitive", "review",
     "1 star. The selfie age estimate decided I'm 14. I'm 31. Now my face scan is on your servers and I'm "
     "still locked out. || Agent: Sorry, Dimitri. We've verified you another way and deleted the selfie "
     "data."),
    ("special_categories", "sensitive", "web_form",
     "Data request | Category: biometric | Details: I enrolled my fingerprint on the player PCs at the "
     "Castlemere LAN for quick login. Please confirm what you store and delete it | Name: Yara Haddad"),
    ("special_categories", "sensitive", "call",
     "I want to know what happened to my voice sample || Agent: Which service was it for? || The phone "
     "line's voice ID. I said 'my voice is my password' to set it up || Agent: That's stored as a voiceprint "
     "on your account. I can delete it and switch you to a PIN."),
    # ---- special categories: benign
    ("special_categories", "benign", "web_form",
     "Venue question | Event: Ness League Finals | Message: will the food stalls at Castlemere Arena offer "
     "halal and vegetarian options? Planning for a group booking of twelve."),
    ("special_categories", "benign", "email",
     "Hello, the youth committee of Ashby Vale Central Mosque would like to hire your mobile "
     "arena truck for our community fun day on the 18th. Please send availability and a quote. With "
     "thanks, the committee secretary"),
    ("special_categories", "benign", "voicemail",
     "Hello, I'm calling from St Brigid's church hall. We'd like to book one of your Pocket Drakes "
     "tournament kits for a parish games night next month. Could someone ring the parish office back? "
     "Thank you."),
    ("special_categories", "benign", "in_app",
     "Bug in the Temple of Ash dungeon: the altar puzzle resets if two players touch the candles at once. "
     "Can't finish the run. || "
     "Agent: Thanks, reproduced it. Fix is coming in Thursday's patch."),
    ("special_categories", "benign", "chat",
     "when does the Christmas event end? || Agent: The Winterfest event runs until the 6th of January. || "
     "and the advent calendar rewards, can I claim missed days? || Agent: Yes, catch-up tokens let you "
     "claim up to three missed days."),
    ("special_categories", "benign", "review",
     "The Paladin rework is fantastic. Holy Smite finally feels powerful and the divine shield timing is "
     "tight. 5/5"),
    ("special_categories", "benign", "sms",
     "how much is the Diwali lantern bundle? the shop shows two prices, 600 and 900 embers || "
     "Agent: 600 is the lantern set alone, 900 includes the Diwali drake too."),
    ("special_categories", "benign", "agent_note",
     "Cust asked whether Ness League events provide a multi-faith or quiet room. Confirmed Castlemere Arena "
     "has one on level 2. General venue question."),
    ("special_categories", "benign", "dm",
     "the Holy Relic drop rate has to be bugged, 200 runs and nothing. what's the actual percentage? || "
     "Agent: It's 0.5% per run, with a pity drop guaranteed at 250."),
    ("special_categories", "benign", "call",
     "Why is the Korean server lagging so much tonight? || Agent: There's a routing issue with one of our "
     "providers in Seoul. || any eta? || Agent: Engineers expect it fixed within the hour; we'll post on "
     "the status page."),
    ("special_categories", "benign", "web_form",
     "Localisation request | Language: Punjabi | Message: do you have plans to add Punjabi or Urdu to the "
     "language options in Pocket Drakes? It would help a lot of players in our community group."),
    ("special_categories", "benign", "email",
     "Hi, the Lunar New Year bundle says it includes 888 Embers but I only got 800. Receipt EM-33198. "
     "Could you top up the missing 88? Thanks, Wes || "
     "Agent: Hi Wes, the missing 88 Embers have been added. Happy new year!"),
    ("special_categories", "benign", "in_app",
     "The Nordic Fjords track in Skyforge Rally has a hole in the map near the second waterfall. You fall "
     "through the world. || "
     "Agent: Thanks! Collision fix for the waterfall is in the next patch."),
    ("special_categories", "benign", "review",
     "Please add more skin tone and hair options to the character creator. Everyone should be able to make "
     "whoever they want. 4 stars otherwise. || "
     "Agent: Thank you! A bigger palette and more hair options arrive in the spring update."),
    ("special_categories", "benign", "sms",
     "Is there going to be an Irish-language version of the app? Asking for our Gaelscoil-friendly games "
     "night list"),
    ("special_categories", "benign", "chat",
     "can I play on the SEA server from Europe? || Agent: Region lock applies to ranked only; you can play "
     "casual on any region. || nice, ping will be awful but whatever || Agent: Ha, expect 250ms or so!"),
    ("special_categories", "benign", "voicemail",
     "Hi, this is the Castlemere Caribbean Carnival committee. We'd like a gaming tent at this year's "
     "carnival with Skyforge Rally set up. Can your events team give us a call on 07700 900448? Thanks."),
    ("special_categories", "benign", "email",
     "Hello, will the Black Friday sale include the Fireforge Pass or just shop items? Last year's "
     "discount didn't apply to the pass. Cheers, Morgan || "
     "Agent: Hi Morgan, this year the pass is 30% off as part of the sale."),
    ("special_categories", "benign", "in_app",
     "Party finder is broken, it says 'party full' when there's only two of us in the group. || "
     "Agent: Party finder is being restarted now, try again in 10 minutes."),
    ("special_categories", "benign", "review",
     "Loved voting in the community skin contest. The winning Ember Phoenix design deserves it. 5 stars. || "
     "Agent: We agree, it's a beauty. Next contest opens in March!"),
    ("special_categories", "benign", "chat",
     "who won the election event in Ashen Crown? || Agent: The players elected Duchess Marivelle, so her "
     "storyline unlocks next week. || aw I backed the Iron Duke || Agent: His faction gets a consolation "
     "questline!"),
    ("special_categories", "benign", "dm",
     "is campaign mode co-op yet? me and my mate want to run the whole thing together || "
     "Agent: Two-player co-op for campaign mode lands in the 7.0 update!"),
    ("special_categories", "benign", "agent_note",
     "Wrenfield Borough Council events team booked the mobile arena for the summer festival. Invoice to "
     "council finance. Public-liability certificate sent."),
    ("special_categories", "benign", "web_form",
     "Policy question | Topic: usernames | Message: are political slogans or party names allowed as "
     "usernames or Hearth names? Writing the rules for our community server."),
    ("special_categories", "benign", "sms",
     "Red Banner skin didn't come with the flag emote, order EM-39055, pls check || "
     "Agent: Sorry, the emote was missing from that order; it's now in your inventory."),
    ("special_categories", "benign", "call",
     "Hi, the Senate Hall arena is crashing || Agent: On which device? || Android, every time the "
     "chandelier drops in the second round || Agent: Known bug, hotfix goes out tomorrow morning."),
    ("special_categories", "benign", "email",
     "Hi, our left winger keeps getting moved to the right side when the lobby loads in Skyforge Rally "
     "team mode. Is there a way to lock lane positions? Cheers, Rhiannon, Harbour Hawks amateur team"),
    ("special_categories", "benign", "in_app",
     "Iron Union hearth can't upgrade the forge even though we've hit the member cap. Hearth ID IU-2290. || "
     "Agent: Forge upgrades also need a level 5 hall. Once that's done the button unlocks."),
    ("special_categories", "benign", "email",
     "Hello, the Kelsworth branch of the Allied Warehouse Workers would like to order 60 printed T-shirts "
     "with our branch logo for a charity gaming day. Do you take custom print orders? Branch office"),
    ("special_categories", "benign", "voicemail",
     "Hiya, what are the opening hours for the pop-up shop on Union Quay this weekend? Want to pick up the "
     "new jersey. Thanks."),
    ("special_categories", "benign", "review",
     "Lightning Strike is way overtuned after the patch. Three strikes and your whole team's gone. 2 stars. || "
     "Agent: Thanks, the balance team is looking at Lightning Strike's chain damage."),
    ("special_categories", "benign", "agent_note",
     "Cust asked how the three-strikes chat policy works and whether strikes expire. Explained they expire "
     "after 90 days. General question."),
    ("special_categories", "benign", "chat",
     "guild bank isn't showing deposits || Agent: Which hearth is it? || Ember Syndicate || Agent: The "
     "bank ledger was stuck; I've refreshed it and your deposits are showing now."),
    ("special_categories", "benign", "dm",
     "who picks the walkout music at the finals? our team wants something better than last year || "
     "Agent: Each finalist team submits a track; we'll email you the form!"),
    ("special_categories", "benign", "sms",
     "The picket fence decoration in Drake Garden disappears after I log out. Pls fix || "
     "Agent: Known issue with garden saves. Fixed in 6.3 next week."),
    ("special_categories", "benign", "web_form",
     "Bug report | Game: Ashen Crown | Quest: Steward Ilse's Ledger | Issue: the guild steward won't accept "
     "the sealed letter, so the quest can't be handed in"),
    ("special_categories", "benign", "in_app",
     "Bought the Pride bundle but the rainbow trail isn't showing in my cosmetics. Receipt EM-41326. || "
     "Agent: The trail is now in your cosmetics; please restart the app."),
    ("special_categories", "benign", "review",
     "The Rainbow Drake is the prettiest creature in the game, love the shimmer. 5 stars, please do more "
     "like it."),
    ("special_categories", "benign", "chat",
     "is there a couples' category in the cosplay contest? || Agent: There's a group category for two or "
     "more cosplayers. || ah ok, how many in a group max || Agent: Up to six."),
    ("special_categories", "benign", "email",
     "Hello, Spectrum Gaming Network is an LGBTQ+ gaming charity and we'd love to host a Pride tournament "
     "on Emberfall in June. Could Nessfire provide tournament lobbies and a few prizes? Best, the Spectrum "
     "events team"),
    ("special_categories", "benign", "sms",
     "the straight flush bonus in the poker minigame only paid 2x instead of 5x, is the payout table "
     "wrong?"),
    ("special_categories", "benign", "chat",
     "is the Valentine's bundle coming back this year? || Agent: Yes, from the 7th to the 15th of "
     "February. || does it still have the heart-trail drake || Agent: It does, plus a new rose emote."),
    ("special_categories", "benign", "voicemail",
     "Hi, quick question about Ashen Crown. Can you romance Captain Vell in the new expansion or is that "
     "only Lady Orrin? My guild is arguing about it. Thanks."),
    ("special_categories", "benign", "agent_note",
     "Cust asked about the Drake Wedding event dates and whether the wedding bells emote is tradeable. "
     "Event 14th to 21st, emote not tradeable."),
    ("special_categories", "benign", "dm",
     "Kindle partner here, can my duo partner co-stream the tournament on his channel too or just mine?"),
    ("special_categories", "benign", "in_app",
     "Is there a pronouns field planned for profiles? General question for our hearth's rules doc. || "
     "Agent: It's planned for later this year, with a free-text option."),
    ("special_categories", "benign", "chat",
     "can i switch my character's gender after creation? || Agent: Yes, the Mirror of Ash lets you "
     "re-customise everything for 300 Embers. || does it keep my armour dye || Agent: Yes, dyes carry over."),
    ("special_categories", "benign", "review",
     "The screen transition animation stutters every time I open the map on older phones. Otherwise great. "
     "4/5"),
    ("special_categories", "benign", "email",
     "Hi, could the tournament announcer have a choice of voice lines? The female caster pack from the "
     "anniversary was brilliant and I'd love to select it permanently. Thanks, Kai"),
    ("special_categories", "benign", "web_form",
     "Product question | Item: Nessfire team jersey | Message: is the jersey a unisex fit or are there "
     "separate cuts? The size guide only shows one chart."),
    ("special_categories", "benign", "agent_note",
     "Cust asked how the women's showcase eligibility works in general terms. Sent the published "
     "eligibility policy link. No personal details discussed."),
    ("special_categories", "benign", "sms",
     "Queen Drake or King Drake, which one's better for the raid? asking before I spend my tokens || "
     "Agent: Queen Drake for healing, King Drake for raw damage. Depends on your team!"),
    ("special_categories", "benign", "call",
     "How often can I change my display name? || Agent: Once every 30 days for free, or sooner with a name "
     "token. || does it change on old match history too || Agent: Yes, history updates to the new name."),
    ("special_categories", "benign", "dm",
     "identity verification code isn't arriving by text, tried 3 times. anything I can do? || "
     "Agent: Try the email option instead; some carriers delay our texts."),
    ("special_categories", "benign", "in_app",
     "How do drake genetics work? I bred two fire drakes and got a water one. Are traits inherited from "
     "grandparents too?"),
    ("special_categories", "benign", "review",
     "The Gene Splicer item is the best addition to Pocket Drakes in ages. Breeding actually feels "
     "strategic now. 5 stars."),
    ("special_categories", "benign", "email",
     "Hi, loved the article on the Ness League's competitive DNA and how the teams scout. Could I reprint "
     "an excerpt in our club newsletter with credit? Best, Orrin, Kelsworth Esports Society"),
    ("special_categories", "benign", "web_form",
     "Promo question | Heritage Drake x HelixTrail | Message: before anyone in our hearth signs up, what "
     "data would actually be shared between HelixTrail and Nessfire? General question."),
    ("special_categories", "benign", "chat",
     "the Mutation event drakes don't show their mutation colours || Agent: Try clearing the cache, the "
     "new palettes download in the background. || that fixed it, thanks!"),
    ("special_categories", "benign", "sms",
     "clone drake bug: I traded a drake and now it's in both my box and my friend's. want to report before "
     "I get banned lol"),
    ("special_categories", "benign", "voicemail",
     "Hi, suggestion for Pocket Drakes: a family tree view for drake bloodlines so we can see which "
     "grandparents passed on which traits. Would be great for breeders. Cheers."),
    ("special_categories", "benign", "review",
     "The Heritage skin line is gorgeous, especially the embroidered cloaks. Pricey but worth it. 4 stars."),
    ("special_categories", "benign", "agent_note",
     "Cust asked in general whether Nessfire apps support fingerprint or face login on phones. Explained "
     "we use the phone's own sign-in and never receive the data. General question."),
    ("special_categories", "benign", "email",
     "Hello, does the Kindle Partner program allow VTuber avatars with face tracking software, or do "
     "partners need to show a camera feed? Planning a new channel format. Thanks, Lumen Studio"),
    ("special_categories", "benign", "in_app",
     "Voice chat quality is really crunchy since the update, everyone sounds like a robot. Android, "
     "Emberfall ranked."),
    ("special_categories", "benign", "web_form",
     "Accessibility question | Message: is eye-tracking control supported in Skyforge Rally? Asking for "
     "our library's adaptive gaming station listing."),
    ("special_categories", "benign", "chat",
     "the QR scanner at the gate wouldn't read our tickets last year, will it be better this time? || "
     "Agent: We've replaced the handheld scanners. || can we use screenshots or need the app || Agent: "
     "Screenshots work fine."),
    ("special_categories", "benign", "dm",
     "the Palm Reader NPC in the carnival zone gives the same fortune every single time 😂 is that "
     "intended?"),
    ("special_categories", "benign", "review",
     "When is the mascot face reveal?? The teaser with Emby in the mask has me hooked. 5 stars for "
     "marketing alone."),
    ("special_categories", "benign", "call",
     "Hi, does your phone line use voice recognition? || Agent: No, just a PIN and security questions. || "
     "Okay, I was only curious before setting it up || Agent: No problem at all, happy to help."),
]


def ness_examples() -> list[dict]:
    """The ness split as labelled tickets (same shape as ``sensitive_eval.build_eval_set``'s)."""
    return stranger_examples("ness", ENTRIES, SUBJECTS)
