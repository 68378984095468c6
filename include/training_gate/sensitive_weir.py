"""weir split: written by a helper who had not seen the detection rules, the anchors or any other split.
Setting: Weirline Home, an invented maker of smart locks (Bolt), video doorbells (Knock), home cameras
(Lookout, Nook), fitness trackers (Stride) and children's smartwatches (Sprout), with a companion app offering
fingerprint and face unlock, Household sharing, location tracking, Guard subscriptions, warranty and returns;
registers are email, chat, sms, call, agent_note, web_form, review, voicemail and dm.
The benign half borrows the setting's own vocabulary: product features (TouchKey, FaceKey, Familiar Faces,
fall detection, Kids Mode, Intruder Alert, Legacy Contact), idioms ("my phone died", "deadbolt", "killing me",
"free trial", "race condition"), organisations acting as organisations (a mosque committee, a union office, a
school, a scout group, a care home), general policy questions (Sabbath mode, biometric storage, children's
data, police requests) and routine billing trouble (declined cards, double charges, refunds).
70 sensitive and 70 benign tickets for special categories, 50 and 50 for children, 20 and 20 for financial hardship,
15 and 15 for health, legal, bereavement and violence and self-harm.
First reading (policy 2026.11.18, before any change made in response to it; `sensitive_eval.evaluate`, as `make
eval-sensitive`): 93.0 / 2.5 recall / false exclusion in % as shipped, 94.5 / 10.5 without the overruling, 91.0 /
10.0 by the rules alone. Then read while tuning the rules and trained on by the classifier."""

from __future__ import annotations

from training_gate.sensitive_blind import stranger_examples

SUBJECTS: tuple[str, ...] = (
    "Question about my order",
    "Bolt lock not responding",
    "Knock doorbell keeps going offline",
    "Help with the Weirline Home app",
    "Sprout watch setup",
    "Stride band syncing issue",
    "Household sharing",
    "Guard subscription",
    "Return / refund request",
    "Warranty claim",
    "Lookout camera footage",
    "Account and privacy",
    "Billing query",
    "Installation booking",
)

ENTRIES: list[tuple[str, str, str, str]] = [
    # ---- health / sensitive
    ("health", "sensitive", "email",
        "Hi, I had a pacemaker fitted in March and the cardiac nurse told me to check anything with "
        "magnets in it. Does the Stride's charging clip contain a magnet, and how far from my chest "
        "should I keep it overnight? Many thanks, Gordon Pryce || Agent: Hi Gordon, the charging clip "
        "does contain a small magnet. We advise keeping it at least 15cm from an implanted device and "
        "not charging it on your chest. || Customer: Thank you, that's clear."),
    ("health", "sensitive", "chat",
        "Customer: hi the stride keeps buzzing 'irregular rhythm' at night || Agent: Thanks for "
        "getting in touch! That alert comes from the heart-rhythm check, I can show you how to switch "
        "it off if you like? || Customer: no leave it on, ive actually got AF, diagnosed last year. i "
        "just want to export the readings so i can send them to the arrhythmia clinic"),
    ("health", "sensitive", "agent_note",
        "Cust Mrs Adaeze Okafor rang re Bolt keypad. Has rheumatoid arthritis in both hands and can't "
        "press the small keys reliably. Set her up with TouchKey as primary, extended keypad timeout "
        "to 20s. Large-print guide to go out by post."),
    ("health", "sensitive", "web_form",
        "Order number: WL-448201 / Reason for return: Outside returns window / Details: The Knock "
        "arrived on 2 Feb but I was taken into hospital on the 5th with pneumonia and was only "
        "discharged last Friday. I know it's past 30 days, is there anything you can do? || Agent: "
        "Sorry to hear you've been unwell. I've extended the return window by 30 days for order "
        "WL-448201."),
    ("health", "sensitive", "sms",
        "Agent: Hi Dee, just checking whether you'd still like the replacement strap sent? || "
        "Customer: its Dee again sorry for the slow reply, been signed off with my depression and not "
        "really opening post. yes please still send the replacement strap, same address"),
    ("health", "sensitive", "call",
        "Agent: Weirline Home, you're through to Priya, how can I help? || Customer: Hiya, it's about "
        "the lock on my mum's front door. She's got Alzheimer's, early days, but she's started going "
        "out in the middle of the night. || Agent: I'm sorry to hear that. We can set the Bolt to "
        "alert you whenever the door is unlocked from inside between certain hours. || Customer: That "
        "would be brilliant, can we do 11pm to 6am?"),
    ("health", "sensitive", "review",
        "★★★★ The Stride is comfy and the battery lasts ages. One gripe: since my hip replacement I "
        "walk with a frame and it barely counts half my steps. Would love a mobility-aid mode. || "
        "Agent: Thanks for the honest review, Sandra. I've passed the mobility-aid idea to our "
        "product team."),
    ("health", "sensitive", "email",
        "The blue light ring on the Knock pulses whenever it detects motion. I have photosensitive "
        "epilepsy and that flicker rate is exactly the sort that sets me off - I had a seizure on my "
        "own doorstep last week. Can the ring be made steady or switched off completely?"),
    ("health", "sensitive", "chat",
        "does the stride have a pregnancy mode?? im 22 weeks and the calorie goals keep telling me "
        "I've \"overeaten\" lol not helpful rn || Agent: Congratulations! You can pause calorie goals "
        "under Profile > Goals. || Customer: amazing ty"),
    ("health", "sensitive", "dm",
        "@WeirlineHome FaceKey on my Bolt Pro stopped recognising me after my stroke in Jan, one side "
        "of my face droops a bit now. how do I re-enrol without the old scan getting in the way?"),
    ("health", "sensitive", "voicemail",
        "Hello, this is Marjorie Bell, I'm ringing about the Nook camera I ordered last week. I'm "
        "registered blind, well, partially sighted, and I can't read the little setup code on the "
        "bottom of it. Could someone ring me back on 07700 900412 and talk me through it? Thank you."),
    ("health", "sensitive", "email",
        "I need to ask for more time to install the Bolt. I fractured my wrist coming off my bike "
        "three weeks ago and I'm in a cast until the end of the month, so there's no way I can fit it "
        "before the return window closes. Order WL-452930."),
    ("health", "sensitive", "agent_note",
        "Customer is profoundly deaf, BSL user, asked us not to phone - email only. Wants doorbell "
        "presses to trigger a flashing light; recommended Knock + Nook flash-alert routine. Account "
        "flag added: no voice calls."),
    ("health", "sensitive", "chat",
        "Customer: is there any way to make the doorbell chime less shrill? || Agent: Yes, you can "
        "choose from eight chimes and set the volume. || Customer: tried them all. I'm autistic and "
        "high-pitched sounds are genuinely painful for me, the lowest one is still too sharp. || "
        "Agent: Thanks for explaining. I can send you a firmware build with a softer low-tone chime "
        "to trial."),
    ("health", "sensitive", "sms",
        "Hi, need to move the Saturday installation. I'm having chemo that week and won't be up to "
        "visitors. Could we do the 28th instead? Ruth Ashdown || Agent: Of course, Ruth. I've moved "
        "you to the 28th, 10am-12pm. Take care. || Customer: thank you x"),
    # ---- health / benign
    ("health", "benign", "email",
        "Hi, does the Stride measure heart rate all the time or only when you start a workout? Trying "
        "to choose between it and the Stride Pro before the sale ends. || Agent: Both measure heart "
        "rate continuously; the Pro adds rhythm checks and built-in GPS."),
    ("health", "benign", "chat",
        "Customer: my sleep score says Poor every single night even on weekends when i lie in || "
        "Agent: Sorry about that! A loose strap can confuse the sensor, could you try it one notch "
        "tighter? || Customer: tightened it and last night was 82. sorted, cheers"),
    ("health", "benign", "review",
        "★★★★★ The Knock is an absolute lifesaver. Ten minutes to fit, the picture is crisp, and I "
        "finally know when parcels arrive instead of finding a card on the mat."),
    ("health", "benign", "web_form",
        "Organisation: Hollins Row Housing Association / Enquiry: We're looking at fitting Bolt locks "
        "across an accessible block. Is the keypad usable by people with limited grip strength, and "
        "do you have a spec sheet on key travel and pressure?"),
    ("health", "benign", "sms",
        "this update is giving me a proper headache, the app logs me out every 5 mins. fix pls || "
        "Agent: Sorry! Version 5.2.3 fixes the logout loop, it's live in the store now. || Customer: "
        "updated, seems ok"),
    ("health", "benign", "agent_note",
        "Cust buying three Stride bands as prizes for a running club raffle, asked if we engrave. We "
        "don't; offered gift wrap and gift receipts instead. Order WL-501377."),
    ("health", "benign", "email",
        "The Health tab in the Weirline Home app crashes as soon as I open it since update 5.2, so I "
        "can't see my step history at all. Pixel 7, Android 14. Already cleared the cache and "
        "reinstalled."),
    ("health", "benign", "call",
        "Customer: I've had the Stride a month and honestly it's sick, love it. || Agent: Ha, glad to "
        "hear it! What can I help with today? || Customer: The strap clasp has cracked though. Is "
        "that covered? || Agent: It is, I'll send a new strap out under warranty today."),
    ("health", "benign", "dm",
        "Quick one - is the Stride classed as a medical device or a wellness tracker? Want to know "
        "what the heart-rate accuracy claims are based on before I buy."),
    ("health", "benign", "chat",
        "Customer: my lookout camera is showing a little thermometer icon with a red dot?? || Agent: "
        "That's the overheat warning, it appears when the camera sits in direct sun for a long time. "
        "|| Customer: ah it's on a south wall, makes sense. a hood then? || Agent: Yes, the Lookout "
        "sun hood will sort it."),
    ("health", "benign", "email",
        "Does the Stride's cycle tracking sync to other health apps, or does it only live inside the "
        "Weirline app? Asking on behalf of our HR team before we roll out a staff wellbeing scheme."),
    ("health", "benign", "review",
        "Fall detection on the Stride Pro is clever. I tested it by dropping the band onto the sofa "
        "(sorry Weirline) and the alert hit my phone in about four seconds."),
    ("health", "benign", "voicemail",
        "Hi, it's Pete from the maintenance office at Meadowbank Care Home. We're after a quote for "
        "twelve Bolt locks for room doors and a couple of Lookouts for the car park. Office number's "
        "07700 900318, thanks."),
    ("health", "benign", "agent_note",
        "Cust asked if the Stride is OK for swimming (yes, 5 ATM) and whether hand sanitiser damages "
        "the strap. Advised a wipe with a damp cloth after use. No fault reported."),
    ("health", "benign", "email",
        "My heart sank when I came home and saw the Knock dangling off the wall by its wire. The "
        "backplate screws seem to have pulled out of the render. Do you sell masonry fixings, or is "
        "this a warranty thing? || Agent: That's covered - we'll send a masonry fixing kit free of "
        "charge. || Customer: Brilliant, thank you."),
    # ---- children / sensitive
    ("children", "sensitive", "email",
        "Hello, I'm setting up a Sprout for my son Jamie, he's 8 and his school doesn't allow phones. "
        "Do I need a separate child account for him or can the watch sit under my Household? His DOB "
        "is 3 March 2017 if you need it for the profile. || Agent: Hi! Jamie can sit under your "
        "Household as a child member, no separate account needed. || Customer: Perfect, doing it "
        "tonight."),
    ("children", "sensitive", "chat",
        "shes 9 and keeps taking the sprout off in class and leaving it in her tray, can i get an "
        "alert when its unstrapped?? || Agent: Yes, switch on Removal Alerts in the Sprout settings. "
        "|| Customer: found it thank u"),
    ("children", "sensitive", "agent_note",
        "Cust says her son (7) worked out the Bolt guest code from watching the cleaner type it. "
        "Wants a separate child code that only works 3pm-6pm on school days. Time-limited code set "
        "up, advised changing the guest code."),
    ("children", "sensitive", "web_form",
        "Child's name: Ava Lindqvist / Date of birth: 14/06/2016 / School: St Brannock's Primary / "
        "Problem: watch won't pair after the reset, tried three times with two different phones"),
    ("children", "sensitive", "sms",
        "my 6 month old keeps setting off the nook motion alerts every time she kicks her legs lol. "
        "can i mask out the cot? || Agent: Yes! Draw a privacy mask over the cot in Nook > Zones. || "
        "Customer: omg life changing"),
    ("children", "sensitive", "call",
        "Agent: Thanks for calling Weirline, this is Marcus. || Customer: Hi, our toddler's been "
        "pressing the doorbell over and over and it rings through to my phone at work. Can I turn off "
        "the outside button for an hour at a time? || Agent: You can use Quiet Mode for that, up to "
        "four hours at once. || Customer: Lifesaver, he thinks it's a game."),
    ("children", "sensitive", "review",
        "★★★★ Bought the Sprout for my daughter who's just gone into Year 4 and walks the last bit to "
        "school on her own now. Safe Zones work well, battery could be better."),
    ("children", "sensitive", "dm",
        "hey, my lad turns 16 in May, can he move from the Sprout child profile to his own adult "
        "Weirline account and keep his step history from the watch? || Agent: He can! At 16 the child "
        "profile converts to an adult account and the history carries over."),
    ("children", "sensitive", "voicemail",
        "Hi, it's Lorraine Dacey, I've got an order for a Sprout on the way. My little one starts "
        "reception in September and I want it all set up before then, so can someone call me about "
        "the school-hours mode? 07700 900562. Ta."),
    ("children", "sensitive", "email",
        "Please could you tell me how to download the Lookout clip from 14:02 yesterday. It shows my "
        "son Oliver, he's 11, being pushed off his bike by two older boys at the end of our drive. I "
        "need to show it to his head of year. || Agent: I'm sorry this happened to Oliver. Open the "
        "clip in Events, tap Share > Download, and it saves as an MP4."),
    ("children", "sensitive", "chat",
        "Customer: can I give our nanny her own Bolt code? || Agent: Of course, you can add her as a "
        "guest with a schedule. || Customer: great, she collects Maisie from Little Acorns at half 5 "
        "and brings her home, so weekdays 5 to 7 would be perfect. Maisie's 3 so she can't do the "
        "door herself yet."),
    ("children", "sensitive", "agent_note",
        "Caller (father, Mr Tomasz Nowak) requests deletion of all data on daughter's Sprout profile "
        "- Zofia, aged 12 - now she has moved to a phone. Verified as account owner. Deletion ticket "
        "raised, 30-day confirmation email sent."),
    ("children", "sensitive", "email",
        "My nephew, who is a minor, bought a year of Guard Plus using my card that was saved on the "
        "family tablet. He's 14 and thought it was a game upgrade. Can the charge be reversed? I've "
        "removed the card now. || Agent: Thanks for letting us know. I've refunded the Guard Plus "
        "charge in full and cancelled the plan."),
    ("children", "sensitive", "chat",
        "hi hi, I have twins, both turned 5 last week, and got them a Sprout each. can both go on one "
        "Household plan or do I pay twice || Agent: Both can go on one Household plan at no extra "
        "charge! || Customer: yay"),
    ("children", "sensitive", "web_form",
        "Device: Nook / Used as: nursery monitor / Baby's name: Rafe / Born: 3 weeks ago, a bit early "
        "/ Question: Can the night vision be dimmed? The infrared glow seems to wake him up."),
    ("children", "sensitive", "sms",
        "can u stop the watch ringing during school hrs, hes in yr 2 and his teacher has complained "
        "twice now || Agent: Yes, switch on School Mode and set the hours. Calls are held until it "
        "ends. || Customer: done thx"),
    ("children", "sensitive", "review",
        "★★ My 13yo figured out how to switch off location on his Sprout within two days. Great for "
        "him, not great for me. Parental lock needs to be stronger. || Agent: Sorry to hear this, "
        "Claire. Firmware 3.4 puts location settings behind the parent PIN and should arrive this "
        "week."),
    ("children", "sensitive", "email",
        "We're setting up Household sharing. Members: me, my wife Kiera, our son Callum (10) and our "
        "daughter Isla (6). Can the kids be added without seeing the camera feeds? I'd rather they "
        "didn't have those."),
    ("children", "sensitive", "call",
        "Customer: I'm ringing because my daughter's watch shows her at the leisure centre but she's "
        "in school. || Agent: Let me check the last few location pings. What's the Sprout serial? || "
        "Customer: SPR-22871. She's in Year 6 at Hallam Road, so she should be there, not two miles "
        "away. || Agent: The pings are using wifi location. I'll recalibrate it remotely now."),
    ("children", "sensitive", "agent_note",
        "Chat with Ms Beaumont. Wants the Lookout to stop recording the shared garden when her son "
        "(15) and his friends are out there, because other parents have asked. Explained privacy "
        "zones and schedules."),
    ("children", "sensitive", "dm",
        "our toddler figured out the Bolt's inside thumb-turn and walked out onto the street on "
        "Sunday. is there a child lock for the inside handle?? she's 2 and a half and fearless"),
    ("children", "sensitive", "email",
        "Hello, my daughter Nia is 10 and has type 1 diabetes. Can her Sprout show a reminder every "
        "lunchtime to check her levels, and can the school nurse be added as a trusted contact? || "
        "Agent: Hi, yes to both - set a daily reminder in Sprout > Reminders and add the nurse under "
        "Trusted Contacts."),
    ("children", "sensitive", "chat",
        "Customer: how do i set sprout to only allow calls from approved numbers || Agent: Go to "
        "Sprout > Contacts and switch on Approved Only. || Customer: done. he's only 7 and some "
        "random number rang him yesterday, gave me a fright"),
    ("children", "sensitive", "web_form",
        "Name: Hannah Greer / Child account to delete: Poppy Greer (age 9) / Reason: Switching brands "
        "/ I confirm I am the parent or guardian: Yes || Agent: Thanks Hannah, Poppy's profile is "
        "scheduled for deletion within 30 days."),
    ("children", "sensitive", "voicemail",
        "Hiya, this is Dom. My boy's Sprout went flat on the school trip to Chester on Thursday, the "
        "Year 5 one, and I couldn't see where he was for three hours. Need someone to look at the "
        "battery please. Cheers."),
    ("children", "sensitive", "sms",
        "Hi its Anita. The Sprout for Zara arrived but shes only 4, is it too big for her wrist? Do "
        "you do a smaller strap? || Agent: Hi Anita, we do an XS strap for smaller wrists, I'll pop "
        "one in the post for Zara. || Customer: thank you!!"),
    ("children", "sensitive", "review",
        "Perfect first watch. My eldest (11) wore it all through her first term at secondary and "
        "loved the step challenges with her dad. Five stars from her, four from me for the charger."),
    ("children", "sensitive", "email",
        "Could you remove the photos from the Sprout camera roll on your servers? My son (8) has been "
        "taking pictures of other kids in his class and their parents are not happy. I've deleted "
        "them in the app but want them gone from the cloud too."),
    ("children", "sensitive", "chat",
        "Customer: hi, the school have asked whether the sprout records audio || Agent: It doesn't "
        "record audio unless the SOS button is held down. || Customer: ok. they're strict about it "
        "cos my son Kai's in year 3 there and they need a note for his file, I'll let them know"),
    ("children", "sensitive", "agent_note",
        "Cust's daughter (16) wants her own login to the Bolt app. Explained under-18s can be "
        "Household members but not owners. Mum happy with that, added daughter as Member."),
    ("children", "sensitive", "email",
        "Hello Weirline, I'm a registered childminder and one of the children I look after, Theo, "
        "who's 2, knocked the Nook off the shelf this morning. Is accidental damage covered under "
        "Guard Plus?"),
    ("children", "sensitive", "dm",
        "baby was due on the 9th and arrived on the 2nd so I missed the delivery slot for the Nook 😅 "
        "can you re-book for any weekday, we're home all the time now"),
    ("children", "sensitive", "call",
        "Customer: Hi, my daughter's Sprout keeps turning school mode off by itself. || Agent: Is it "
        "possible she's doing it from the watch? || Customer: She's 10. She's definitely doing it "
        "from the watch. Can I lock it? || Agent: Yes, set a parent PIN under Sprout > Controls and "
        "she won't be able to change it."),
    ("children", "sensitive", "web_form",
        "Issue: Sprout SOS triggered / Child: Ellis, 6 / When: Tuesday 10:40 / Details: He pressed "
        "SOS during PE by accident, I got the alert and panicked. Can it be set to need a 3-second "
        "hold?"),
    ("children", "sensitive", "sms",
        "Hey, Lewis is in Year 9 now and wants the Sprout gone, says its babyish. How do I cancel the "
        "Sprout plan without losing his old photos? || Agent: Download the photos from Sprout > "
        "Gallery first, then cancel under Plans. || Customer: ta"),
    ("children", "sensitive", "review",
        "★★★★★ Set this up for my 7 year old and her grandma. She can ring Nan from the park and Nan "
        "can see she's got home. Brilliant bit of kit."),
    ("children", "sensitive", "email",
        "My ex-partner and I share care of our daughter, she's 8, and she splits the week between us. "
        "Can two parents on separate Weirline accounts both see her Sprout location?"),
    ("children", "sensitive", "chat",
        "Customer: whats the youngest age for the sprout? || Agent: We recommend it for ages 4 and "
        "up. || Customer: mine is 3 and three quarters lol, close enough? he's very tall for his age"),
    ("children", "sensitive", "agent_note",
        "Nursery manager phoned for a parent. Child Amelie (age 4) left her Sprout at Bright Stars "
        "nursery; watch is showing the nursery address. Parent will collect tomorrow. No account "
        "changes made."),
    ("children", "sensitive", "email",
        "Hi, my son Reuben has just started Year 7 and is getting the bus on his own. I'd like an "
        "alert when his Sprout arrives at school and when it leaves. Is that what Safe Zones does? || "
        "Agent: Yes, add the school as a Safe Zone and you'll get arrive and leave alerts for Reuben."),
    ("children", "sensitive", "voicemail",
        "Morning, it's Faye from flat 3. The Lookout I bought keeps catching my kids in the hallway, "
        "they're 5 and 8, and I'd rather it didn't record them. Can you ring me about turning that "
        "bit off? 07700 900774."),
    ("children", "sensitive", "dm",
        "ur Sprout age check asked for my child's birth certificate?? she's 6, why on earth do you "
        "need that"),
    ("children", "sensitive", "chat",
        "Customer: the household invite went to my son's email but it says he's too young || Agent: "
        "Accounts with a date of birth under 13 have to be managed by a parent. || Customer: right, "
        "he's 12 til August. how do I manage it then? || Agent: Add him from your account under "
        "Household > Add child and it'll link up."),
    ("children", "sensitive", "review",
        "★★★ Decent watch. My son is in Year 1 and the strap is loose even on the smallest hole, had "
        "to punch a new one with a skewer."),
    ("children", "sensitive", "web_form",
        "Name: Graham Oyelaran / Request: Subject access request / Scope: All data held on my "
        "daughter Temi's Sprout profile (she is 14), including location history for the last 6 months "
        "|| Agent: We've logged your request and will send Temi's data within one month."),
    ("children", "sensitive", "email",
        "Hi, the Nook in our daughter's room tags her as 'unknown person' every night and pings me. "
        "She's 5 months old, can I just name her in Familiar Faces so it stops alerting?"),
    ("children", "sensitive", "sms",
        "ok so the Sprout says Ollie's at Greenfield Primary at 4.30, but that's right, he's at "
        "after-school club til 5. false alarm sorry!!"),
    ("children", "sensitive", "agent_note",
        "Cust explained her stepdaughter (aged 11) is staying every weekend from now on. Added her as "
        "a Household child member, paired the Sprout, Safe Zone set to both homes."),
    ("children", "sensitive", "call",
        "Agent: Weirline support, Aisha speaking. || Customer: Hi, I want to buy a Sprout for my "
        "granddaughter, she'll be 7 on the 18th. Will it get here in time? || Agent: If you order "
        "before 2pm today, yes, it'll arrive by Friday."),
    ("children", "sensitive", "chat",
        "Customer: can the Sprout work without a SIM? || Agent: It needs the Sprout SIM for calls, "
        "but location can run on wifi. || Customer: ok good, my daughter's only 6 and I don't want "
        "her calling anyone but me and her dad anyway"),
    # ---- children / benign
    ("children", "benign", "email",
        "Hi, what age range is the Sprout designed for? The box says 4+ but your website says 6+, so "
        "I'm a bit confused which is right. || Agent: Sorry for the mix-up, the Sprout is designed "
        "for ages 4 and up; we'll correct the website."),
    ("children", "benign", "web_form",
        "Organisation: Ashgrove Primary School office / Enquiry: We'd like to order four Lookout "
        "cameras for the playground gates and one Knock for reception. Do you offer an education "
        "discount and can we pay by invoice?"),
    ("children", "benign", "chat",
        "Customer: is there a child lock on the Bolt keypad? || Agent: Yes, Keypad Lock disables the "
        "keypad until it's re-enabled in the app. || Customer: great thanks, that's what I needed"),
    ("children", "benign", "review",
        "★★★★ The Sprout strap is lovely and soft and the colours are fun. Would be good to be able "
        "to buy the kids' size M strap separately though."),
    ("children", "benign", "email",
        "What wrist sizes does the Sprout strap fit, minimum and maximum? I'm thinking of it as a "
        "gift and want to check the range before I buy. || Agent: The standard strap fits 110-160mm "
        "wrists and the XS strap covers 95-125mm."),
    ("children", "benign", "sms",
        "Hi, my Sprout order WL-603114 is still showing In Transit after 6 days. Any update? || "
        "Agent: It's at the courier's local depot and due tomorrow. || Customer: great"),
    ("children", "benign", "agent_note",
        "Caller from Little Oaks Day Nursery Ltd asking for a business quote on two Knock doorbells "
        "and a Bolt for the staff entrance. Passed to B2B team."),
    ("children", "benign", "chat",
        "Customer: does the app have a kids mode that hides the camera tiles? || Agent: Not yet, but "
        "you can set Household members to 'Limited', which hides cameras. || Customer: ok that'll do "
        "for now"),
    ("children", "benign", "dm",
        "the app is throwing a tantrum like a toddler today, keeps crashing on the Lookout feed 😩 iOS "
        "17.4"),
    ("children", "benign", "email",
        "Does the back-to-school offer include the Sprout, or is it only the Stride? I saw 20% off on "
        "a banner but the checkout doesn't apply it. || Agent: The offer covers the Sprout too; I've "
        "applied the discount manually."),
    ("children", "benign", "web_form",
        "Organisation: 7th Kelbrook Scout Group / Request: Keypad lock for the scout hut's equipment "
        "store. Leaders change each term so we need codes we can revoke. Which Bolt suits a wooden "
        "door?"),
    ("children", "benign", "review",
        "★★★★★ The baby blue Knock looks lovely against our grey door. Great picture day and night."),
    ("children", "benign", "chat",
        "Customer: what happens when the SOS button on the Sprout is pressed? who does it call? || "
        "Agent: It calls the first three trusted contacts in order and sends a location to all of "
        "them. || Customer: thanks, good to know before buying"),
    ("children", "benign", "email",
        "Is the Sprout designed to comply with the ICO's Children's Code? I'm writing a comparison of "
        "kids' smartwatches for a consumer tech site and want to get the details right."),
    ("children", "benign", "call",
        "Customer: Hi, do you ship the Sprout to Ireland? || Agent: We do, delivery is three to five "
        "working days. || Customer: And the SIM works over there? || Agent: Yes, it roams across the "
        "UK and Ireland at no extra cost."),
    ("children", "benign", "agent_note",
        "Customer asked about the difference between the Household 'Child' and 'Limited' roles. "
        "Explained both in general terms. No devices or members added."),
    ("children", "benign", "email",
        "We're a children's charity (reg. no. 1190442) buying 30 Bolt locks for our family centres. "
        "Can we get charity pricing, and are the locks eligible for VAT relief?"),
    ("children", "benign", "sms",
        "Got the Sprout gift box today, the wrapping is adorable, thanks!"),
    ("children", "benign", "review",
        "★★ The Nook is marketed as a baby monitor but the app has no lullabies or white noise. Other "
        "brands do this as standard. || Agent: Thanks for the feedback, we've shared it with the "
        "product team."),
    ("children", "benign", "chat",
        "Customer: does the nook work as a baby monitor? like can it alert on crying || Agent: It has "
        "sound detection, which alerts on loud noise including crying. || Customer: cool, thanks"),
    ("children", "benign", "email",
        "Are your Sprout straps free of latex and nickel? We're buying a couple as prizes for a "
        "school fete raffle and want to be sure."),
    ("children", "benign", "web_form",
        "Enquiry type: Press / Message: I'm a journalist at Gadget Weekly putting together a 'best "
        "kids' smartwatches' roundup. Could I borrow a Sprout for review for two weeks?"),
    ("children", "benign", "dm",
        "Do the Sprout watches come in a Toy Story edition or was that just a rumour?"),
    ("children", "benign", "agent_note",
        "Customer asked if the Sprout can be used without a Household plan. Explained it needs either "
        "Guard or the Sprout Plan. Customer will think about it."),
    ("children", "benign", "chat",
        "Customer: the sprout box says 'not suitable for under 3s, small parts' is that just the "
        "charger? || Agent: Yes, it's the little cap on the charging pins. || Customer: ta"),
    ("children", "benign", "email",
        "I run a toy shop in Harrogate and would like to stock the Sprout. Who handles retail "
        "partnerships? || Agent: Thanks! I've passed your details to our retail partnerships team, "
        "they'll be in touch this week."),
    ("children", "benign", "review",
        "Handled the install with kid gloves after reading the reviews, and it went fine. The Bolt is "
        "solid."),
    ("children", "benign", "call",
        "Customer: Hello, I'm the bursar at Wenlock Academy. We've got a purchase order for six "
        "Lookouts. || Agent: Great, I can take that now. Is it going on account? || Customer: Yes, "
        "account EDU-2231, delivery to the site office please."),
    ("children", "benign", "sms",
        "Hi, can I exchange the pink Sprout for the green one? Still sealed. Order WL-611290 || "
        "Agent: Of course, we'll send a returns label and dispatch the green one once it's scanned."),
    ("children", "benign", "chat",
        "Customer: is the sprout's location data stored in the UK? || Agent: Yes, it's held in UK "
        "data centres and deleted after 90 days by default. || Customer: perfect"),
    ("children", "benign", "email",
        "What's your policy on children's data? Before buying a Sprout I'd like to know who can see "
        "location history and how long you keep it. || Agent: Only parents and guardians in the "
        "Household can see location history, and it's deleted after 90 days unless you change that."),
    ("children", "benign", "agent_note",
        "Cust wanted to know whether Weirline sponsors junior football teams. Passed to the marketing "
        "inbox. No order involved."),
    ("children", "benign", "review",
        "★★★★ The Sprout app's 'Chore Chart' is such a nice idea. Wish it synced with Google Calendar "
        "though."),
    ("children", "benign", "dm",
        "hey will there be a Sprout 2 this year? the current one's been out since 2022"),
    ("children", "benign", "web_form",
        "Organisation: Riverside Children's Centre / Enquiry: Our reception door needs a video "
        "doorbell with two-way intercom. Can the Knock ring two staff phones at once?"),
    ("children", "benign", "email",
        "Is there a minimum age for the main Weirline Home account holder? Your terms say 18 but the "
        "app store listing says 13+. || Agent: Thanks for spotting that. Account owners must be 18+; "
        "the 13+ rating is for the app itself."),
    ("children", "benign", "chat",
        "Customer: my sprout's charging cradle is cracked, warranty? || Agent: Yes, I'll send a new "
        "cradle free of charge. || Customer: legend"),
    ("children", "benign", "sms",
        "The 'Playground' chime on the Knock is really catchy haha, everyone who visits comments on "
        "it"),
    ("children", "benign", "review",
        "★★★ Good watch, but the 'Kids Mode' watch faces are limited. More dinosaurs please."),
    ("children", "benign", "email",
        "Hello, I manage an after-school club and we'd like three Sprouts for staff to use as "
        "walkie-talkies on trips. Is that possible without setting up child profiles?"),
    ("children", "benign", "agent_note",
        "Pre-sales: customer asked if the Sprout has a camera (yes, 2MP) and whether photos can be "
        "disabled (yes, under Controls). General enquiry, no order yet."),
    ("children", "benign", "call",
        "Agent: Weirline Home, Tom speaking. || Customer: Hi Tom, I'm looking at the Sprout on your "
        "site and there's a 'Sprout' and a 'Sprout Junior', what's the difference? || Agent: The "
        "Junior has no SIM, so it's wifi and Bluetooth only. The Sprout has calls and GPS."),
    ("children", "benign", "chat",
        "Customer: lol your chatbot just called me 'kiddo' || Agent: Oops, sorry about that! That was "
        "a greeting template and we've fixed it. || Customer: all good, made me laugh"),
    ("children", "benign", "email",
        "The nursery rhyme in your new advert is stuck in my head. Great ad. Anyway, is the Knock 2 "
        "in stores yet or online only?"),
    ("children", "benign", "web_form",
        "Topic: Returns / Details: Bought a Sprout as a present but the recipient already had one. "
        "Unopened. Can I get a refund rather than store credit?"),
    ("children", "benign", "dm",
        "are the sprout straps compatible with the stride? same lug size?"),
    ("children", "benign", "review",
        "★★★★★ Used the Nook to keep an eye on the new puppy. Crystal clear night vision and the "
        "treat-cam meme potential is endless."),
    ("children", "benign", "agent_note",
        "Customer asked about the 30-day return policy for the Sprout and whether opened items are "
        "accepted. Yes if complete and undamaged. No return raised."),
    ("children", "benign", "sms",
        "Hi Weirline, does the Sprout work with an EE SIM or only your own? || Agent: The Sprout only "
        "works with our SIM, which is included in the plan. || Customer: ok"),
    ("children", "benign", "chat",
        "Customer: hi, our youth club wants a lock for the tuck shop cupboard || Agent: The Bolt Mini "
        "would suit a cupboard door. || Customer: can several volunteers have codes? || Agent: Yes, "
        "up to 50 codes, each with its own schedule."),
    # ---- financial_hardship / sensitive
    ("financial_hardship", "sensitive", "email",
        "Hi, I was made redundant last month and I can't keep paying £9.99 a month for Guard Plus. "
        "Can I drop to the free tier without losing the clips I've saved? Thanks, Colin || Agent: Hi "
        "Colin, sorry to hear that. You can move to the free tier and your saved clips stay in your "
        "library."),
    ("financial_hardship", "sensitive", "chat",
        "Customer: my direct debit bounced again || Agent: I'm sorry about that, shall I retry it on "
        "a different date? || Customer: honestly theres no point, im on universal credit and it "
        "doesnt come in till the 28th and by then its gone on rent. can i pause the plan instead"),
    ("financial_hardship", "sensitive", "agent_note",
        "Cust has received a letter from Lowther Recoveries about an unpaid Weirline balance of £74. "
        "Wanted to know if it's genuine and if she can pay in bits. Confirmed Lowther acts for us; "
        "set up £10/month arrangement."),
    ("financial_hardship", "sensitive", "web_form",
        "Reason for cancellation: Financial / Comments: We've been served an eviction notice and have "
        "to be out by the 30th. I need to take the Bolt off the door before we go and cancel the "
        "subscription. Sorry."),
    ("financial_hardship", "sensitive", "sms",
        "Hi sorry I cant pay the instalment this month, lost my job on friday. can I have till next "
        "month pls || Agent: I'm sorry to hear that. I've moved this month's instalment to next "
        "month, no fee. || Customer: thank you so much"),
    ("financial_hardship", "sensitive", "email",
        "To whom it may concern, I have entered an Individual Voluntary Arrangement and my insolvency "
        "practitioner has asked me to list all creditors. Please confirm the outstanding balance on "
        "my Weirline Pay agreement, ref WLF-20931."),
    ("financial_hardship", "sensitive", "voicemail",
        "Hi, it's Keith Marsh, account ending 4471. I was declared bankrupt last Tuesday and the "
        "official receiver said I have to let you know. Ring me on 07700 900233. Thanks."),
    ("financial_hardship", "sensitive", "chat",
        "Customer: can i return the stride even though ive used it || Agent: Within 30 days, yes. May "
        "I ask the reason? || Customer: i just cant afford it now. my hours got cut to nothing and "
        "i've got a food bank voucher for this week. i shouldn't have bought it"),
    ("financial_hardship", "sensitive", "review",
        "★★★ Love the doorbell, but I had to cancel Guard when my benefits were sanctioned, and "
        "without it you only get live view, no history. Feels harsh. || Agent: Sorry things are tough "
        "right now. Please DM us, we can look at a discounted plan."),
    ("financial_hardship", "sensitive", "dm",
        "hey is there any hardship discount on the Guard plan? I'm a full time carer on Carer's "
        "Allowance and £8 a month is a lot rn"),
    ("financial_hardship", "sensitive", "agent_note",
        "Call from Mr Pradeep Shah re Weirline Pay finance. Three missed payments. Cust explained his "
        "business went under in spring and he's behind with everything incl. council tax. Account put "
        "on 60-day breathing space, debt advice leaflet sent."),
    ("financial_hardship", "sensitive", "email",
        "I'm writing to ask you to stop the collection calls. I'm in a Debt Relief Order and my "
        "adviser at Citizens Advice says you should be dealing with her, not me. My DRO reference is "
        "DRO-55812."),
    ("financial_hardship", "sensitive", "chat",
        "Customer: can I swap my Knock for the cheaper Knock Lite and get the difference back? || "
        "Agent: We can do an exchange within 30 days. || Customer: please. my wife's been laid off "
        "and we're two months behind on the mortgage, every bit helps"),
    ("financial_hardship", "sensitive", "sms",
        "got a final demand from u for £42?? i'm on ESA and can only manage £5 a week, is that ok || "
        "Agent: Yes, £5 a week is fine. I've set that up and put the account on hold with "
        "collections."),
    ("financial_hardship", "sensitive", "web_form",
        "Name: Jolene Fairweather / Query: Payment arrangement / Details: I'm three months behind on "
        "my rent and trying to cut every direct debit I can before it gets worse. Please cancel Guard "
        "and refund anything you're able to."),
    ("financial_hardship", "sensitive", "call",
        "Agent: You're through to Weirline Billing, this is Sam. || Customer: Hi, I need to cancel "
        "the Stride finance, I can't make the payments. || Agent: I'm sorry to hear that. Can I ask "
        "if something's changed? || Customer: I got let go in January and I've got about forty quid "
        "to last me the rest of the month."),
    ("financial_hardship", "sensitive", "email",
        "Hi, my card was declined because my bank account has been frozen after a court judgment for "
        "an old debt. Please don't send this to collections, I'll pay once it's sorted. Alisha Bhatt"),
    ("financial_hardship", "sensitive", "agent_note",
        "Customer is in temporary accommodation after losing her home; asked if she can take the Nook "
        "with her and keep the plan at £0 while she's in the hostel. Applied 3 months free as "
        "goodwill."),
    ("financial_hardship", "sensitive", "dm",
        "lost my job at the warehouse last week and honestly it's between the gas and the Guard sub. "
        "can i just freeze it? || Agent: I'm sorry, that's a tough spot. I've frozen your Guard plan "
        "for 3 months at no cost. || Customer: cheers, means a lot"),
    ("financial_hardship", "sensitive", "review",
        "★★★★ Great product. Customer service were kind when I told them I'd become homeless and "
        "couldn't keep up the finance. They paused it for three months, no questions asked."),
    # ---- financial_hardship / benign
    ("financial_hardship", "benign", "email",
        "Hi, my card was declined when I tried to renew Guard Plus, but the bank says there's nothing "
        "wrong on their side. Can you check your end? Order WL-700412 || Agent: It was a 3D Secure "
        "timeout on our side. Please try again now, it should go through."),
    ("financial_hardship", "benign", "chat",
        "Customer: i've been charged twice for the Knock || Agent: Sorry about that! I can see two "
        "authorisations; the second is a pending hold and will drop off in 3-5 days. || Customer: ah "
        "it's just pending, ok"),
    ("financial_hardship", "benign", "sms",
        "Hi, when will my refund for the returned Lookout reach my account? It's been 7 working days. "
        "|| Agent: The refund was issued on the 3rd; banks can take up to 10 working days. || "
        "Customer: ok will wait"),
    ("financial_hardship", "benign", "agent_note",
        "Customer asked about Pay in 3 with Weirline Pay for the Bolt Pro. Explained it uses a soft "
        "credit check only. Customer to decide."),
    ("financial_hardship", "benign", "web_form",
        "Query: Billing / Details: I've moved banks and my direct debit failed. How do I update my "
        "payment details for the Guard plan?"),
    ("financial_hardship", "benign", "email",
        "Is there a student discount on the Stride? I can send a photo of my student card if that "
        "helps."),
    ("financial_hardship", "benign", "review",
        "★★★ The Lookout is great but Guard Plus feels steep at £10 a month. I'd happily pay for an "
        "annual plan with a discount."),
    ("financial_hardship", "benign", "chat",
        "Customer: do you price match? || Agent: We match major UK retailers on identical items in "
        "stock. || Customer: Currys has the Knock at £20 less || Agent: Done, I've applied the "
        "difference to your basket."),
    ("financial_hardship", "benign", "dm",
        "spent way too much on Black Friday lol, is the Bolt coming back into the sale before "
        "Christmas?"),
    ("financial_hardship", "benign", "email",
        "Could you send me a VAT invoice for order WL-718802? It's for my business and my accountant "
        "needs it by the end of the month. || Agent: Attached, and it's also available under Orders "
        "in your account."),
    ("financial_hardship", "benign", "agent_note",
        "Cust queried a £1 payment from Weirline on her statement. Explained it's the card "
        "verification hold when a card is added. Resolved."),
    ("financial_hardship", "benign", "call",
        "Agent: Weirline Billing, Jo speaking. || Customer: Hi Jo, I'd like to switch from monthly to "
        "annual billing on Guard. || Agent: No problem, that saves you two months. It'll start at "
        "your next renewal date."),
    ("financial_hardship", "benign", "sms",
        "Pls cancel my Guard free trial before it converts, don't want to be charged. Email on the "
        "account is kit.barlow@example.com || Agent: Done, your trial is cancelled and you won't be "
        "charged."),
    ("financial_hardship", "benign", "email",
        "The gift card I got for my birthday won't apply at checkout - it just says 'invalid code'. "
        "The code starts WLG-88. || Agent: The code had a typo in our system, I've reissued it by "
        "email."),
    ("financial_hardship", "benign", "web_form",
        "Query: Refund / Details: I returned the Stride Pro within 14 days but was refunded £20 less "
        "than I paid. Is there a restocking fee I missed?"),
    ("financial_hardship", "benign", "chat",
        "Customer: can I pay for the Bolt with PayPal || Agent: Yes, and Klarna too. || Customer: "
        "sweet"),
    ("financial_hardship", "benign", "review",
        "★★★★★ Paid for itself in a month - caught the courier leaving my parcel in the wheelie bin. "
        "Worth every penny."),
    ("financial_hardship", "benign", "dm",
        "your site says free delivery over £50 but I was charged £4.99 on a £59 order?"),
    ("financial_hardship", "benign", "agent_note",
        "Customer moving house asked whether the Guard plan transfers to the new address. Explained "
        "plans are per account, not property. No charge."),
    ("financial_hardship", "benign", "email",
        "Our company card expired and the Guard Business renewal failed overnight. New card details "
        "to follow by phone this morning. Please don't suspend the cameras at the warehouse."),
    # ---- legal / sensitive
    ("legal", "sensitive", "email",
        "I've been asked by Hartwell & Moss solicitors to preserve the Lookout footage from 12 "
        "October. They're representing me in a personal injury claim against my neighbour's building "
        "contractor. How do I stop it auto-deleting? || Agent: Open the clip and tap Save to Library; "
        "saved clips aren't auto-deleted."),
    ("legal", "sensitive", "agent_note",
        "Cust has a non-molestation order against her ex-husband and wants him removed from Household "
        "and all Bolt codes revoked today. Done. Advised changing the physical key cylinder too."),
    ("legal", "sensitive", "chat",
        "Customer: the police have asked for the doorbell footage from last thursday || Agent: You "
        "can share clips straight from the app. || Customer: they want the original file with "
        "metadata because it's going to court, my neighbour's been charged with criminal damage to my "
        "car"),
    ("legal", "sensitive", "web_form",
        "Request type: Data disclosure / Details: I'm the defendant in a case at Leeds Magistrates' "
        "Court on 3 June and my solicitor needs the Bolt access logs for the night of 19 March to "
        "show what time I came home."),
    ("legal", "sensitive", "sms",
        "hi, got arrested last week, all sorted now, released with no charges, but they kept my phone "
        "so I cant log into the app. how do i reset 2FA? || Agent: We can reset 2FA once you verify "
        "by email. I've sent the link. || Customer: got it thanks"),
    ("legal", "sensitive", "voicemail",
        "Hi, it's Amir Haddad. I'm going through a divorce and my solicitor says I need a record of "
        "who's had access to the house since January. Can you export the lock history for me? 07700 "
        "900681."),
    ("legal", "sensitive", "email",
        "I'm taking the installer you recommended to the small claims court over the damage to my "
        "door frame. Can you provide a copy of the installation booking and the engineer's notes? "
        "Claim number H4QZ71B. || Agent: We'll email a copy of the booking and the engineer's job "
        "notes within 5 working days."),
    ("legal", "sensitive", "call",
        "Agent: Weirline support, Lena speaking. || Customer: Hi, bit of an odd one. I'm on probation "
        "and my licence conditions mean my probation officer needs to know if the doorbell records "
        "audio. || Agent: It records audio with video clips, but you can switch audio off under Knock "
        "> Recording."),
    ("legal", "sensitive", "dm",
        "my landlord is suing me for \"damage\" from fitting a Bolt. your site said no drilling "
        "needed?? i need something in writing from you for my lawyer"),
    ("legal", "sensitive", "agent_note",
        "Customer reported Lookout stolen from the wall; crime ref 47/22190/24. Serial logged as "
        "stolen. Cust mentioned he's also a prosecution witness in the trial of the man next door and "
        "wants all footage kept."),
    ("legal", "sensitive", "chat",
        "Customer: can you delete everything about my ex from my account? || Agent: I can remove her "
        "as a Household member. || Customer: please. the divorce hearing's next month and my "
        "barrister said not to have anything shared with her"),
    ("legal", "sensitive", "email",
        "Dear Sir or Madam, I am a paralegal at Orme Clarke LLP acting for Mr Lionel Bates in "
        "proceedings against his former landlord. Please treat this as a request to preserve all "
        "Knock recordings for 14 Sedley Road between 1 and 30 April."),
    ("legal", "sensitive", "review",
        "★ Your camera was no help when my van was broken into. I reported it to the police and the "
        "night vision was too grainy to identify anyone, the officer actually laughed. || Agent: "
        "We're very sorry, Neil. Please contact us so we can check the camera settings with you."),
    ("legal", "sensitive", "web_form",
        "Name: Frankie Doyle / Issue: I'm on bail with a curfew and my solicitor wants to know if the "
        "Bolt logs can show when I'm home. Can I get an export emailed?"),
    ("legal", "sensitive", "sms",
        "Hi, my solicitor needs a letter confirming my Weirline account was cancelled before 1 Feb, "
        "it's for the custody case. Can you email it to d.marlowe@example.com? || Agent: We've "
        "emailed the confirmation letter; it shows the cancellation on 24 January."),
    # ---- legal / benign
    ("legal", "benign", "email",
        "Do you share doorbell footage with the police if they ask for it? I'd like to understand the "
        "policy before putting a Knock on a shared entrance. || Agent: We only share footage with "
        "police if you choose to, or if we receive a valid legal order."),
    ("legal", "benign", "chat",
        "Customer: my free trial ended and I wasn't reminded || Agent: Sorry about that, I can refund "
        "the first month. || Customer: thanks, appreciated"),
    ("legal", "benign", "review",
        "★★★★ Judging by the picture quality alone, the Lookout is worth the money. App could be "
        "snappier though."),
    ("legal", "benign", "web_form",
        "Topic: Privacy / Question: Where can I read your terms and conditions for Guard Plus? The "
        "link in the app goes to a 404 page."),
    ("legal", "benign", "agent_note",
        "Cust asked for the support case number for her warranty claim on the Stride. Gave case "
        "WL-CS-88213. No other issues."),
    ("legal", "benign", "sms",
        "Hi, is there a guide on the rules for pointing a Lookout at the street? Don't want to fall "
        "foul of anything. || Agent: Yes, there's a guide under Help > Camera placement, including "
        "how to set privacy zones."),
    ("legal", "benign", "email",
        "I'm binge-watching Line of Duty and spotted a Knock doorbell in series 3! Was that product "
        "placement? Fun to see."),
    ("legal", "benign", "call",
        "Agent: Weirline, Chris speaking. || Customer: Hi, is the warranty on the Bolt two years or "
        "three? The leaflet says two and the site says three. || Agent: It's three years for orders "
        "placed after 1 January."),
    ("legal", "benign", "dm",
        "your legal team needs to look at the cookie banner, it won't let me reject all on mobile 🙃"),
    ("legal", "benign", "chat",
        "Customer: the app says \"Access denied - policy violation\" when I add a second lock || Agent: "
        "That's a bug in 5.2.1, please update to 5.2.2. || Customer: fixed, ta"),
    ("legal", "benign", "web_form",
        "Organisation: Brentmoor Parish Council / Enquiry: We want a Lookout on the village hall car "
        "park. Do you have data protection guidance or a DPIA template for organisations?"),
    ("legal", "benign", "email",
        "Can I get a copy of the data you hold on my account? Just curious what the app actually "
        "stores. || Agent: You can download it under Account > Privacy > Export my data."),
    ("legal", "benign", "review",
        "★★★★★ Solid as a rock. The Bolt has survived two winters and a very determined postman. Case "
        "closed."),
    ("legal", "benign", "agent_note",
        "Caller asked whether the 'Evidence Export' feature adds a hash to clips. Explained SHA-256 "
        "checksum is included. General question, no incident mentioned."),
    ("legal", "benign", "sms",
        "Got a notice saying my Knock is part of a recall? Reference RC-2024-07. What do I need to "
        "do? || Agent: Stop using the battery pack and we'll send a replacement free. || Customer: ok "
        "thanks"),
    # ---- bereavement / sensitive
    ("bereavement", "sensitive", "email",
        "Hello, my father, Harold Quinn, passed away on 2 May. He had a Guard Plus subscription and a "
        "Bolt on his bungalow. I'm the executor and need to cancel the subscription and change the "
        "lock codes before the house is cleared. || Agent: I'm very sorry for your loss. Please send "
        "a copy of the death certificate and proof you're the executor, and we'll transfer control to "
        "you."),
    ("bereavement", "sensitive", "chat",
        "Customer: how do i remove someone from household? || Agent: Go to Settings > Household and "
        "tap their name. || Customer: ok. it's my wife, she died in march and I just can't look at "
        "her name on the app every morning any more"),
    ("bereavement", "sensitive", "agent_note",
        "Customer's son died in a road accident last month. His Stride is still linked to her "
        "Household. She asked us to export his step history before the account closes. Export sent, "
        "closure paused 90 days. Handle with care."),
    ("bereavement", "sensitive", "sms",
        "Hi, please cancel the Stride plan for Margaret Ellis, she died on Sunday. I'm her daughter. "
        "Thank you. || Agent: I'm so sorry. I've cancelled the plan and no further payments will be "
        "taken."),
    ("bereavement", "sensitive", "voicemail",
        "Hello, it's Valerie Moss. My husband Dennis set up all the cameras and he passed away in the "
        "summer, and now I can't get into the app because it's all in his name. Could somebody ring "
        "me on 07700 900915, I'm usually in."),
    ("bereavement", "sensitive", "web_form",
        "Reason for return: Other / Details: I bought this Stride as a birthday present for my "
        "brother but he passed away before his birthday. It's unopened. Can I return it even though "
        "it's been 40 days?"),
    ("bereavement", "sensitive", "review",
        "★★★★★ The Knock let me see Mum's visitors in her last weeks - her friends popping in every "
        "single day. I'll keep those clips forever. || Agent: We're so sorry for your loss, Jenny, "
        "and glad the clips mean something to you."),
    ("bereavement", "sensitive", "dm",
        "my grandad died on tues and his Stride is still sending fall alerts to my phone because it's "
        "lying on the floor at his flat. how do i turn it off"),
    ("bereavement", "sensitive", "email",
        "Hi, after my partner's funeral last week I found her Weirline account was still billing my "
        "card. Can the last payment be refunded? Her name was Chloe Andrade. || Agent: I'm so sorry. "
        "I've refunded the last payment and closed the account."),
    ("bereavement", "sensitive", "chat",
        "Customer: can i transfer the Bolt into my name? my mum passed away and i've moved into her "
        "house || Agent: I'm sorry for your loss. Yes, we'll need a copy of the death certificate and "
        "your ID. || Customer: ok I'll upload them tonight"),
    ("bereavement", "sensitive", "call",
        "Agent: Thanks for calling Weirline, Ben speaking. || Customer: Hi, I'm ringing for my "
        "neighbour, Mr Doyle. His wife Sheila died last week and the lock still says 'Welcome home, "
        "Sheila' when he comes in. He can't bear it. || Agent: Of course, I can talk you both through "
        "removing her profile from the Bolt."),
    ("bereavement", "sensitive", "agent_note",
        "Customer lost her baby at 20 weeks; she had pre-ordered a Nook for the nursery. Cancel and "
        "refund requested. Refunded in full, baby-product marketing suppressed."),
    ("bereavement", "sensitive", "sms",
        "hiya, my brother passed in August and I'm trying to close down his accounts. How do I close "
        "his Weirline one? || Agent: I'm so sorry for your loss. Reply with his email address and "
        "we'll send you the closure form."),
    ("bereavement", "sensitive", "email",
        "I'm the widow of Ronald Tate. His Stride was returned to us by the hospice and I'd like to "
        "keep it, but please delete his data from your systems. How do I go about that?"),
    ("bereavement", "sensitive", "web_form",
        "Name: Owen Price / Account holder: Gwen Price (deceased) / Relationship: Son / Request: "
        "Close the account, cancel Guard, but keep the last 30 days of Lookout clips"),
    # ---- bereavement / benign
    ("bereavement", "benign", "sms",
        "my phone died halfway through setting up the Knock, now it says device already registered. "
        "help || Agent: Remove it from the app on your phone first, then set it up again. || "
        "Customer: sorted"),
    ("bereavement", "benign", "chat",
        "Customer: the Bolt's deadbolt is sticking when the door's closed || Agent: That's usually "
        "alignment. Try Settings > Lock > Calibrate. || Customer: worked, thanks"),
    ("bereavement", "benign", "email",
        "The Lookout was dead on arrival - it won't power on at all, even with a different cable and "
        "plug. Order WL-730021. Can I get a replacement? || Agent: Sorry about that, a replacement is "
        "on its way and a returns label is attached."),
    ("bereavement", "benign", "review",
        "★★ RIP my old Knock, the new firmware bricked it. Support did replace it within a week "
        "though."),
    ("bereavement", "benign", "agent_note",
        "Cust asked when the original Bolt (gen 1) reaches end of life for app support. Advised "
        "support continues until Dec 2026."),
    ("bereavement", "benign", "dm",
        "the lookout's battery is dead within 2 days, is that normal in cold weather?"),
    ("bereavement", "benign", "web_form",
        "Topic: Wifi / Details: There's a dead zone by the front door so the Knock keeps dropping "
        "off. Would your wifi extender fix it?"),
    ("bereavement", "benign", "chat",
        "Customer: i'm dying to try the new Guard Plus features, when do they roll out? || Agent: "
        "Next Tuesday for UK customers. || Customer: can't wait"),
    ("bereavement", "benign", "email",
        "We've finally killed off the old Weirline Hub and moved everything into the app. Is there "
        "anything I should do to wipe the hub before recycling it? || Agent: Factory reset it by "
        "holding the button for 20s, then remove it from your account."),
    ("bereavement", "benign", "call",
        "Agent: Weirline support, Hana speaking. || Customer: Hi, the Nook's gone silent. Dead "
        "silent, the microphone doesn't pick anything up. || Agent: Let's try a mic reset - hold the "
        "button on the back for ten seconds."),
    ("bereavement", "benign", "review",
        "★★★★★ Bought the Stride for my dad's birthday - he loves it and now competes with me on step "
        "count every day."),
    ("bereavement", "benign", "sms",
        "the Knock chime is loud enough to wake the dead lol can it go down a bit || Agent: Ha, yes - "
        "Knock > Chime > Volume. || Customer: perfect"),
    ("bereavement", "benign", "agent_note",
        "Customer asked how the 'Legacy Contact' feature works for account access. Explained it in "
        "general terms; no account changes requested."),
    ("bereavement", "benign", "email",
        "Is the Lookout 'Ghost' edition (the matte black one) still available? It's out of stock "
        "everywhere I look."),
    ("bereavement", "benign", "dm",
        "my old doorbell has finally given up the ghost, thinking of switching to the Knock. does it "
        "fit a standard 2-wire setup?"),
    # ---- violence_self_harm / sensitive
    ("violence_self_harm", "sensitive", "email",
        "My ex keeps turning up at the house. I've seen him on the Knock three times this week, once "
        "at 2am, and he's been putting notes through the door. How do I save all the clips in one go "
        "and get an alert the moment he's there? I'm scared. || Agent: I'm so sorry you're dealing "
        "with this. Select the clips in Events and tap Save All. If you're ever in immediate danger "
        "please contact the emergency services."),
    ("violence_self_harm", "sensitive", "chat",
        "Customer: how do i stop someone seeing my location in household || Agent: You can remove "
        "them, or switch off location sharing for yourself. || Customer: if i remove him will he get "
        "a notification? he gets violent when he thinks i'm hiding things"),
    ("violence_self_harm", "sensitive", "agent_note",
        "Cust disclosed she's in a refuge after domestic abuse. Husband is still Household owner and "
        "can see her Stride location. Removed her device from his Household, new standalone account "
        "made, no notifications sent. Account flagged: do not disclose."),
    ("violence_self_harm", "sensitive", "sms",
        "someone keeps ringing my doorbell at night and shouting abuse, it's the lad from across the "
        "road. cam has it all. how long does it keep the recordings?"),
    ("violence_self_harm", "sensitive", "dm",
        "a guy I went on one date with found out where I live and has been sat outside in his car "
        "most nights. can the lookout alert me just for that bit of the street?"),
    ("violence_self_harm", "sensitive", "web_form",
        "Issue: Camera / Details: I was assaulted on my own doorstep on Friday night and the Knock "
        "only caught half of it because it cut out. I need to know why before I give the clip to the "
        "police."),
    ("violence_self_harm", "sensitive", "chat",
        "Customer: can you delete my account. i won't need it after this weekend || Agent: I can help "
        "with that. Can I ask if everything's okay? || Customer: not really. i've decided i'm not "
        "going to be around much longer || Agent: I'm really sorry you're feeling like this. You "
        "don't have to go through it alone - Samaritans are free to call, day or night. I'm here and "
        "happy to keep talking."),
    ("violence_self_harm", "sensitive", "voicemail",
        "Hi, it's Bernadette. A man from my work has been following me home and I think he's been in "
        "my back garden. Can someone tell me how to make the Lookout record all night, not just on "
        "motion? Please ring 07700 900147."),
    ("violence_self_harm", "sensitive", "review",
        "★★★★★ After my stepdad threatened to burn the house down, I got this camera. It caught him "
        "at the gate the next night and I finally felt believed. Thank you."),
    ("violence_self_harm", "sensitive", "email",
        "My son's Sprout received messages from an unknown adult telling him to keep their chats a "
        "secret. I've screenshotted them. How do I block the number and report it to you?"),
    ("violence_self_harm", "sensitive", "agent_note",
        "Customer said his neighbour punched him during an argument about the Lookout's field of "
        "view. Wants to angle the camera away from the neighbour's garden to calm things down. "
        "Explained privacy masking."),
    ("violence_self_harm", "sensitive", "chat",
        "Customer: the stride keeps asking me to log my mood || Agent: You can turn mood check-ins "
        "off under Wellbeing. || Customer: tbh it's been good for me. i've been self harming again "
        "and seeing the bad days logged helps me talk to my counsellor"),
    ("violence_self_harm", "sensitive", "sms",
        "my sister's boyfriend has threatened to kill her and she's staying with me for a while. can "
        "i add her to the bolt so she can get in without a key? || Agent: Yes, add her as a Member "
        "with her own code. If she's in danger, please contact the emergency services. || Customer: "
        "thank you"),
    ("violence_self_harm", "sensitive", "call",
        "Agent: Weirline support, Dani speaking. || Customer: Hi, I think my ex is still logged into "
        "my Weirline account. He always knows when I've left the house. He's been stalking me for "
        "months. || Agent: Let's sign out every device and change your password right now, while "
        "we're on the phone."),
    ("violence_self_harm", "sensitive", "dm",
        "someone posted a clip from my doorbell online with my street name and now I'm getting "
        "threats in my DMs. can you help me find who shared it from my household?"),
    # ---- violence_self_harm / benign
    ("violence_self_harm", "benign", "email",
        "Does the Knock do person detection vs vehicle detection? I'm sick of getting alerts every "
        "time a car goes past. || Agent: Yes, turn on Smart Alerts and untick Vehicles."),
    ("violence_self_harm", "benign", "chat",
        "Customer: what does the 'Intruder Alert' setting actually do? || Agent: It sounds the siren "
        "and sends a priority notification when motion is detected in Away Mode. || Customer: nice, "
        "thanks"),
    ("violence_self_harm", "benign", "review",
        "★★★★★ Knocked it out of the park. Best doorbell I've owned and the app is fast."),
    ("violence_self_harm", "benign", "agent_note",
        "Cust asked whether the Bolt resists brute-force PIN attempts. Explained the 5-attempt "
        "lockout and tamper alarm. No incident."),
    ("violence_self_harm", "benign", "sms",
        "the tamper alarm on the lookout keeps going off when it's windy, can I lower the "
        "sensitivity? || Agent: Yes, under Lookout > Tamper > Sensitivity. || Customer: cheers"),
    ("violence_self_harm", "benign", "dm",
        "this app update is killing me, the live view takes 20 seconds to load now"),
    ("violence_self_harm", "benign", "web_form",
        "Topic: Pre-sales / Question: Is the Lookout vandal-resistant? We're fitting it on a bike "
        "shed at work."),
    ("violence_self_harm", "benign", "email",
        "Please shoot me an email when the Stride Pro is back in stock, I've been refreshing the page "
        "for a week. || Agent: Done, you'll get an email the moment it's back."),
    ("violence_self_harm", "benign", "call",
        "Agent: Weirline Home, Gus speaking. || Customer: Hiya, the siren on the Nook is deafening, I "
        "tested it and nearly jumped out of my skin. Can I turn it down? || Agent: It's fixed at "
        "100dB so it does its job, but you can disable it per camera."),
    ("violence_self_harm", "benign", "chat",
        "Customer: can you beat the price on the Bolt Pro? Argos has it at £199 || Agent: We can "
        "match that to £199. || Customer: deal"),
    ("violence_self_harm", "benign", "review",
        "★★★ The 'Threat Level' colour on the security dashboard is a bit dramatic - amber just "
        "because a fox walked past? Otherwise fine."),
    ("violence_self_harm", "benign", "agent_note",
        "Customer asked whether the cameras are protected against cyber attacks. Explained end-to-end "
        "encryption and 2FA. General enquiry."),
    ("violence_self_harm", "benign", "email",
        "I'm a security researcher and I'd like to report a vulnerability in the Bolt's Bluetooth "
        "pairing. Do you have a responsible disclosure programme?"),
    ("violence_self_harm", "benign", "dm",
        "ur doorbell scared the life out of my cat lol, the chime is so loud"),
    ("violence_self_harm", "benign", "web_form",
        "Organisation: Castlegate Boxing Club / Enquiry: Looking for a keypad lock for the gym's side "
        "entrance and a camera for the car park. Do you offer trade pricing?"),
    # ---- special_categories / sensitive
    ("special_categories", "sensitive", "email",
        "Hi, is there a way to stop the Bolt auto-locking with a beep on Friday evenings? We're "
        "shomer Shabbat and don't operate electrical devices from sundown Friday until Saturday "
        "night, so I need it to follow a schedule. Thanks, Ezra Halpern || Agent: Hi Ezra, you can "
        "use a Schedule to silence beeps and pause auto-lock from Friday sunset to Saturday "
        "nightfall."),
    ("special_categories", "sensitive", "chat",
        "Customer: can the stride stop nagging me about water? || Agent: You can set quiet hours for "
        "hydration reminders. || Customer: Ramadan starts Thursday so I'll be fasting dawn to sunset, "
        "I just need it to shut up during the day lol || Agent: Done - I've set reminders to start "
        "after sunset for the next 30 days."),
    ("special_categories", "sensitive", "agent_note",
        "Caller Fr. Declan Moran, parish priest, wants a Bolt code for the presbytery housekeeper "
        "that works weekdays only, and asked that the lock stays silent during morning Mass times. "
        "Set up."),
    ("special_categories", "sensitive", "sms",
        "hi can u set the doorbell quiet hrs 5.30-6.15am? i pray fajr then and the chime goes off "
        "every time the milkman comes"),
    ("special_categories", "sensitive", "review",
        "★★★★ Great lock. As a practising Sikh I wear my kara on my right wrist and it clunks on the "
        "keypad every time, so I've switched to TouchKey. Works perfectly."),
    ("special_categories", "sensitive", "dm",
        "since I converted to Catholicism last year I go to early mass most days - can the Lookout "
        "stop notifying me 7 to 8am? it's embarrassing buzzing in church lol"),
    ("special_categories", "sensitive", "web_form",
        "Issue: Stride step count / Details: I go to the mandir every morning and the prostrations "
        "during puja are being counted as hundreds of steps. Can the motion detection be "
        "recalibrated?"),
    ("special_categories", "sensitive", "chat",
        "Customer: hey, the app asked for my religion in the profile?? || Agent: It shouldn't - that "
        "sounds like a third-party survey. Could you screenshot it? || Customer: ok. for the record "
        "I'm an atheist and I'd rather not tell an app anything about that, whatever the answer"),
    ("special_categories", "sensitive", "email",
        "We're Jehovah's Witnesses and do door-to-door ministry every Saturday morning, so the house "
        "is empty from 9 till 2. Could Away Mode switch itself on automatically on Saturdays?"),
    ("special_categories", "sensitive", "email",
        "I'm Romani and we're moving the caravan to a new site next month. Can the Lookout run on "
        "mobile data rather than fixed broadband, and will the address on the account matter for the "
        "warranty?"),
    ("special_categories", "sensitive", "agent_note",
        "Cust reported racist abuse shouted at his door by a delivery driver (not ours); clip saved. "
        "He's Nigerian-born and says it happens a lot round there. Helped him export the footage."),
    ("special_categories", "sensitive", "chat",
        "Customer: FaceKey doesn't recognise me in low light || Agent: Sorry about that, let me check "
        "your settings. || Customer: i've read face recognition is worse on darker skin. i'm Black "
        "and it works fine for my flatmate every single time. is that a known issue?"),
    ("special_categories", "sensitive", "sms",
        "my mum only reads Punjabi, she came over from Jalandhar in the 80s. can the app be set to "
        "Punjabi for her? || Agent: Punjabi is available under Settings > Language. || Customer: "
        "brilliant she'll be happy"),
    ("special_categories", "sensitive", "review",
        "★★★ Works fine. But Familiar Faces kept mixing up my Chinese relatives with each other. Not "
        "great. || Agent: We're sorry, Mei. We're improving accuracy across all faces and would value "
        "your feedback."),
    ("special_categories", "sensitive", "voicemail",
        "Hello, Irish Traveller here, name's Patrick Ward. We're on the council site at Coldharbour "
        "Lane and I need to know if you'll deliver a doorbell to a pitch number. 07700 900359."),
    ("special_categories", "sensitive", "dm",
        "i'm half Jamaican half Scottish and the app's avatar builder has zero hair textures for me "
        "lol. any plans?"),
    ("special_categories", "sensitive", "web_form",
        "Issue: Delivery / Details: The courier refused to come into our street, said it's \"full of "
        "Poles\", and dumped the parcel at the shop. I'm Polish and I've lived here twelve years. "
        "Please complain to them. Order WL-815533."),
    ("special_categories", "sensitive", "email",
        "Hi, my husband's family are Kurdish and his relatives come over from Erbil for weeks at a "
        "time. Can guests be given Bolt codes that last a month?"),
    ("special_categories", "sensitive", "email",
        "I'm standing as a Green Party candidate in the council elections in May and I'll be out "
        "canvassing most evenings. Can I set the Knock to play visitors a recorded message saying I'm "
        "out?"),
    ("special_categories", "sensitive", "chat",
        "Customer: the Lookout picked up someone ripping my Labour poster out of the window || Agent: "
        "Sorry to hear that! Want help saving the clip? || Customer: yes please. I'm the ward "
        "organiser so it's the third time this month"),
    ("special_categories", "sensitive", "sms",
        "cant do the install tues, im on the Palestine march in London. weds ok? || Agent: "
        "Wednesday's fine, same time slot."),
    ("special_categories", "sensitive", "agent_note",
        "Customer mentioned he's a Reform UK councillor and gets a lot of post and visitors at home; "
        "wants the Knock to announce his surgery hours. Custom quick reply set up."),
    ("special_categories", "sensitive", "review",
        "★★★★★ Caught the lot who spray-painted 'Tory scum' on my garage. As a Conservative activist "
        "I get this a lot. Police have the clip now."),
    ("special_categories", "sensitive", "dm",
        "I do leaflet drops for the Lib Dems every weekend, 12k steps easy. can the Stride save the "
        "route map so I know which streets I've done?"),
    ("special_categories", "sensitive", "web_form",
        "Issue: Familiar Faces / Details: I'm involved with Extinction Rebellion and we hold planning "
        "meetings at my flat. I'd rather the Nook didn't recognise or store the faces of people who "
        "come. How do I switch it off?"),
    ("special_categories", "sensitive", "chat",
        "Customer: I'd like to cancel Guard || Agent: Sorry to see you go, may I ask why? || "
        "Customer: honestly I vote SNP and your CEO's comments about independence in that interview "
        "put me right off. nothing personal"),
    ("special_categories", "sensitive", "email",
        "Hi, I'm a Plaid Cymru member and help run the local branch from my house. Could I add three "
        "committee members as guests on the Bolt so they can get in when I'm at work?"),
    ("special_categories", "sensitive", "sms",
        "can we move the installer to thurs? im on the picket line tues and weds || Agent: Thursday "
        "works, the installer will be there 8-12. || Customer: nice one"),
    ("special_categories", "sensitive", "email",
        "I'm the Unite rep at our depot and I'll be away at conference for a week. Could you pause "
        "Guard Plus until I'm back, or at least the notifications?"),
    ("special_categories", "sensitive", "agent_note",
        "Cust mentioned she's a Unison shop steward at the hospital and gets calls from members in "
        "the evenings; wants Stride call alerts to ring through quiet hours from one number only. "
        "Configured."),
    ("special_categories", "sensitive", "chat",
        "Customer: do you do discounts for union members? || Agent: We don't currently, sorry. || "
        "Customer: shame, i've been in the NEU for 20 years and most places give us something"),
    ("special_categories", "sensitive", "review",
        "★★★★ The Lookout caught my van being keyed during the dispute. I'm in the RMT and some "
        "people clearly didn't like the strike placard in my windscreen. Footage was clear as day."),
    ("special_categories", "sensitive", "dm",
        "as a GMB branch secretary I'm barely ever home, is there an out-of-office message for the "
        "doorbell?"),
    ("special_categories", "sensitive", "voicemail",
        "Hiya, Carl Dunmore here. I need to rearrange my Bolt delivery. I'm CWU and we're out on "
        "strike Friday, so I'll be on the picket and nobody's home. Can it come Saturday? 07700 "
        "900488."),
    ("special_categories", "sensitive", "web_form",
        "Name: Sunita Rao / Query: I'm a union learning rep and I run workshops for members at my "
        "house. Can the Nook be switched off remotely when they come round, and back on when they "
        "leave?"),
    ("special_categories", "sensitive", "email",
        "I've just been elected health and safety rep for our Usdaw branch and I'm running meetings "
        "from my kitchen on Mondays. Can I give a temporary Bolt code to the branch chair for those "
        "nights?"),
    ("special_categories", "sensitive", "email",
        "Hi, my husband and I want to set up Household sharing so we both get the doorbell alerts. At "
        "the moment only my phone gets them. Thanks, Tom Harding (husband's account: Michael Harding)"),
    ("special_categories", "sensitive", "chat",
        "Customer: can two mums both be listed as parent on the Sprout? || Agent: Yes, add a second "
        "guardian under Sprout > Guardians. || Customer: great, the form kept defaulting to "
        "mother/father and we're both mums"),
    ("special_categories", "sensitive", "sms",
        "hey so since I came out my parents stopped paying for the family plan, can I move my Stride "
        "onto my own account? || Agent: Yes, I can move your Stride to its own account and keep your "
        "history."),
    ("special_categories", "sensitive", "review",
        "★★★★★ My girlfriend and I got matching Strides for our anniversary - we're both runners so "
        "the weekly challenges are brilliant. Ellie"),
    ("special_categories", "sensitive", "agent_note",
        "Cust Mr Femi Adeyemi asked for his boyfriend, Lewis, to be added as a Household member with "
        "full lock access. Done."),
    ("special_categories", "sensitive", "dm",
        "my ex-boyfriend still has a Bolt code from when we lived together. how do I delete it "
        "without him knowing? - Jake"),
    ("special_categories", "sensitive", "chat",
        "Customer: is there a way to hide notifications from the lock screen? || Agent: Yes, under "
        "Notifications > Privacy. || Customer: thanks. my flatmates don't know I'm gay and the Knock "
        "shows a preview every time a date turns up"),
    ("special_categories", "sensitive", "web_form",
        "Issue: Household dashboard / Details: Can I stop activity between 11pm and 7am being shared "
        "to the Household leaderboard? My wife and I would rather our sex life didn't show up as "
        "'vigorous exercise'."),
    ("special_categories", "sensitive", "email",
        "The Stride reminder I set for my PrEP went off in the middle of a work meeting with the full "
        "text on the screen. Can reminders show a generic label instead of what I typed?"),
    ("special_categories", "sensitive", "email",
        "Hi, I've legally changed my name after my transition and my Weirline account still shows my "
        "deadname on invoices and in Household. Can you update it everywhere? Old name: Daniel "
        "Sharpe, new: Danielle Sharpe."),
    ("special_categories", "sensitive", "chat",
        "Customer: can i change the title on my account? || Agent: Of course - we have Mr, Mrs, Ms, "
        "Miss, Dr and Mx. || Customer: Mx please. I'm non-binary and the app's been calling me Mr for "
        "a year"),
    ("special_categories", "sensitive", "sms",
        "pls update my pronouns on the support profile to they/them, the last agent kept saying "
        "\"sir\". ty || Agent: Done, and apologies for that. || Customer: thank you"),
    ("special_categories", "sensitive", "agent_note",
        "Cust is a trans man; gender marker on account changed to male following his Gender "
        "Recognition Certificate. Asked for historic records to be updated too. Done, invoices "
        "reissued."),
    ("special_categories", "sensitive", "review",
        "★★★ The Stride's calorie maths asks for 'sex at birth' and won't let you change it. As a "
        "trans woman on HRT that gives me wildly wrong numbers. || Agent: Thank you, Lucy. We're "
        "adding an option for this in the next update."),
    ("special_categories", "sensitive", "dm",
        "FaceKey stopped recognising me about six months into testosterone lol. new jawline. how do I "
        "rescan?"),
    ("special_categories", "sensitive", "web_form",
        "Name (as you'd like us to use it): Rowan Ellery / Legal name (if different): Rebecca Ellery "
        "/ Pronouns: he/him / Issue: Please send the replacement strap addressed to Rowan."),
    ("special_categories", "sensitive", "email",
        "My partner is genderfluid and goes by two names depending on the day. Can their Household "
        "profile show a nickname instead of the legal name on the card?"),
    ("special_categories", "sensitive", "voicemail",
        "Hi, it's Alex, ringing about my order. I've recently come out as trans and I'm going by "
        "Alexandra now, so if the courier asks for Alex Morgan that's still me. Number's 07700 "
        "900826."),
    ("special_categories", "sensitive", "email",
        "I've just had my BRCA result back and it's positive, so I'm trying to get as fit as I can "
        "before surgery. Does the Stride track resistance training, or just cardio? || Agent: It "
        "tracks strength sessions too - choose Strength in the workout list."),
    ("special_categories", "sensitive", "chat",
        "Customer: does the stride health report include family history? || Agent: No, it only "
        "includes what the band records. || Customer: ok. I did a DNA test and I'm a carrier for "
        "cystic fibrosis, wondered if I could add it to the report for my GP"),
    ("special_categories", "sensitive", "agent_note",
        "Cust explained her family has hereditary long QT syndrome and her genetic test came back "
        "positive; asked if the Stride's rhythm alert can use a lower threshold. Explained limits, "
        "advised she speak to her cardiologist."),
    ("special_categories", "sensitive", "sms",
        "my dad and brother both have huntingtons and i got tested last month. not great news. is the "
        "Stride's fall alert any good?"),
    ("special_categories", "sensitive", "review",
        "★★★★ The Stride's heart data was useful while I went through genetic testing for familial "
        "hypercholesterolaemia - turns out I have it, like my mum. Nice to have the history."),
    ("special_categories", "sensitive", "dm",
        "got my ancestry DNA results back and apparently I'm 30% Ashkenazi lol. anyway does the "
        "Stride sync with the Ancestry app at all?"),
    ("special_categories", "sensitive", "web_form",
        "Issue: Data export / Details: My genetic counsellor wants my resting heart rate history to "
        "go alongside my Marfan gene test results. Can I export 12 months as a CSV?"),
    ("special_categories", "sensitive", "email",
        "Hi, after a DNA test flagged that I carry two copies of APOE4 I've been trying to walk 10k a "
        "day. Any plans to let the Stride share data with research studies?"),
    ("special_categories", "sensitive", "email",
        "Please delete my face scan from FaceKey and from any of your servers. I enrolled it when I "
        "set up the Bolt Pro but I no longer want my biometric data held anywhere. Account name: "
        "Hollie Grange. || Agent: Your FaceKey template is stored only on the lock. Remove it under "
        "Bolt > FaceKey and it's erased."),
    ("special_categories", "sensitive", "chat",
        "Customer: my ex's fingerprint is still on the lock || Agent: I can show you how to remove "
        "it. Do you know which slot it's in? || Customer: slot 3, labelled 'Sam thumb'. he moved out "
        "in may"),
    ("special_categories", "sensitive", "agent_note",
        "Cust asked where her fingerprint templates are stored; she has four fingers enrolled. "
        "Confirmed on-device only, never uploaded. She then asked for confirmation they're deleted "
        "after a factory reset. Confirmed."),
    ("special_categories", "sensitive", "review",
        "★★★ Familiar Faces tagged my neighbour Gary as me twice. Face recognition needs work. || "
        "Agent: Sorry about that! Re-training your face profile usually fixes it."),
    ("special_categories", "sensitive", "sms",
        "hi, voice unlock on the Bolt Pro learned my voice but now my twin brother can open it too 🙃 "
        "can i retrain the voiceprint"),
    ("special_categories", "sensitive", "dm",
        "the Nook tagged my cleaner as 'Magda' using face recognition and she never agreed to that. "
        "how do I delete her face data?"),
    ("special_categories", "sensitive", "web_form",
        "Request: Biometric data deletion / Data subjects: myself (Kofi Mensah) and my partner (Ama "
        "Mensah) / Details: Delete all FaceKey templates and Familiar Faces profiles linked to us."),
    ("special_categories", "sensitive", "call",
        "Agent: Weirline, Jess speaking. || Customer: Hi, I enrolled my face and both index fingers "
        "on the Bolt Pro and now I'm moving out. If I factory reset it, is my face data gone from "
        "your servers too? || Agent: Yes, the templates are only stored on the lock and are wiped on "
        "reset."),
    # ---- special_categories / benign
    ("special_categories", "benign", "web_form",
        "Organisation: Al-Noor Mosque facilities committee / Enquiry: We'd like a quote for four "
        "Lookout cameras and a Knock for the main entrance. Can the doorbell ring two phones?"),
    ("special_categories", "benign", "email",
        "Do you have a Sabbath mode on the Bolt, or any scheduling that stops the beeps at certain "
        "hours? General question before we buy. || Agent: Yes, schedules can mute beeps and pause "
        "auto-lock at any times you choose."),
    ("special_categories", "benign", "chat",
        "Customer: is there a face-ID option on the Bolt? || Agent: Yes, the Bolt Pro has FaceKey. || "
        "Customer: nice, is it on the cheaper one too? || Agent: Not at the moment, only the Pro."),
    ("special_categories", "benign", "review",
        "★★★★★ Heavenly. Install was a breeze and the Knock's picture is divine."),
    ("special_categories", "benign", "agent_note",
        "Caller from St Cuthbert's Church parish office asked for a quote on a Bolt for the vestry "
        "door and a camera for the churchyard gate. Sent B2B pricing."),
    ("special_categories", "benign", "email",
        "Will you be running an Eid sale this year? Last year's offer on the Stride was great and I'd "
        "like to time my order. || Agent: We'll announce it by email, you can sign up under Offers."),
    ("special_categories", "benign", "sms",
        "does the app support Welsh? my language settings only show English || Agent: Yes, update to "
        "5.3 and Welsh appears in the list."),
    ("special_categories", "benign", "chat",
        "Customer: the app keeps saying \"race condition error 0x44\" when two phones open the lock at "
        "once || Agent: That's a known sync bug, fixed in 5.3. || Customer: great, updating now"),
    ("special_categories", "benign", "web_form",
        "Organisation: Unite the Union, Yorkshire regional office / Enquiry: We're refitting the "
        "office and need a keypad lock for the server room and a doorbell for reception. Please send "
        "trade pricing."),
    ("special_categories", "benign", "email",
        "Does the Bolt's three-strikes lockout reset after an hour, or does it need the app? Someone "
        "fat-fingered the code three times and we were stuck outside."),
    ("special_categories", "benign", "review",
        "★★★★ Voted best smart lock by Home Tech Monthly and I can see why. Solid build, quick app."),
    ("special_categories", "benign", "dm",
        "is the Pride edition strap coming back this June? missed it last year"),
    ("special_categories", "benign", "agent_note",
        "Cust asked whether third-party integrations (Alexa, Google Home) are supported for the Bolt. "
        "Yes. Explained setup."),
    ("special_categories", "benign", "chat",
        "Customer: how many fingerprints can the Bolt Pro hold? || Agent: Up to 100 across all users. "
        "|| Customer: plenty, thanks"),
    ("special_categories", "benign", "email",
        "Our constituency office in Harrowfield South is moving premises and we'd like to keep the "
        "Lookout cameras. Can the devices be moved to a new address on the business account?"),
    ("special_categories", "benign", "sms",
        "is the DNA of the Stride Pro the same as the old Stride? like same sensors, just a new case? "
        "|| Agent: Same sensors, plus GPS and a brighter screen."),
    ("special_categories", "benign", "review",
        "★★★ Transitioning to the new app was painful - lost my routines and had to rebuild them. "
        "Works OK now."),
    ("special_categories", "benign", "web_form",
        "Topic: Accessibility / Question: Do you offer the setup guide in Urdu, Polish or Bengali? We "
        "manage properties for a housing co-op and residents speak lots of languages."),
    ("special_categories", "benign", "call",
        "Agent: Weirline Home, Raj speaking. || Customer: Hi Raj, quick one - the Bolt has a 'Guest' "
        "role and a 'Member' role. Can a Guest ever see the cameras? || Agent: No, guests only get "
        "lock access."),
    ("special_categories", "benign", "email",
        "Is face recognition on the Lookout opt-in? I want to understand how Familiar Faces works "
        "before anyone switches it on."),
    ("special_categories", "benign", "chat",
        "Customer: the app's new rainbow icon - is that for pride month? || Agent: It is! It reverts "
        "in July. || Customer: ah ok, I thought my phone had glitched"),
    ("special_categories", "benign", "agent_note",
        "Customer queried whether 'Genetic Age' was a Stride feature - it's an advert for a "
        "third-party app. Advised it's not a Weirline product."),
    ("special_categories", "benign", "dm",
        "big fan of the Knock. my whole street is a Weirline union now lol, 6 houses"),
    ("special_categories", "benign", "review",
        "★★★★★ A real conversion story - I was a sceptic about smart locks and now I'm a true "
        "believer. The Bolt is superb."),
    ("special_categories", "benign", "email",
        "Are Weirline's products made in factories that recognise trade unions? I'm writing an "
        "ethical buying guide for a magazine and would like a comment."),
    ("special_categories", "benign", "web_form",
        "Organisation: Bethel Pentecostal Church / Enquiry: We need a Bolt for the church hall so "
        "hire groups can let themselves in with time-limited codes. Which model?"),
    ("special_categories", "benign", "sms",
        "the Knock picked up a bloke in a Santa outfit at 11pm, turned out to be next door back from "
        "their work do. made my night"),
    ("special_categories", "benign", "chat",
        "Customer: does your voice assistant cope with regional accents? || Agent: It supports UK, "
        "Irish, US and Australian English and we're improving regional accuracy every update. || "
        "Customer: good to know"),
    ("special_categories", "benign", "email",
        "We're the Greenbank Conservative Club, a members' social club with a bar, and need a camera "
        "for the car park. Please invoice the club."),
    ("special_categories", "benign", "review",
        "★★★★ The 'Voiceprint' setting sounds clever but I can't find where to switch it on. The "
        "manual could be clearer."),
    ("special_categories", "benign", "agent_note",
        "Customer asked whether Weirline stores biometric data in the cloud. Explained TouchKey and "
        "FaceKey templates stay on the device. No enrolment discussed."),
    ("special_categories", "benign", "dm",
        "is there a prayer times watch face for the Stride? saw one mentioned in a review and can't "
        "find it in the store"),
    ("special_categories", "benign", "email",
        "Can the Lookout tell people and animals apart without using face recognition? I'd prefer not "
        "to store anyone's face data at all."),
    ("special_categories", "benign", "chat",
        "Customer: the app asked for my gender during signup, is that required? || Agent: No, it's "
        "optional and only used to tune calorie estimates on the Stride. || Customer: ok I'll skip it"),
    ("special_categories", "benign", "review",
        "★★ Felt like I was protesting to a brick wall trying to get a refund. Took three weeks. "
        "Product itself is fine."),
    ("special_categories", "benign", "web_form",
        "Organisation: Kirkgate Synagogue security committee / Enquiry: We've received a security "
        "grant and need quotes for eight Lookouts and two Bolts. Do you work with approved "
        "installers?"),
    ("special_categories", "benign", "sms",
        "is there a party mode on the Knock? having a big do on sat and don't want 40 notifications "
        "|| Agent: Yes, Party Mode mutes notifications for up to 6 hours."),
    ("special_categories", "benign", "agent_note",
        "Caller from Halden Gurdwara committee asked for bulk pricing on Knock doorbells for the "
        "langar hall entrance. Passed to B2B."),
    ("special_categories", "benign", "email",
        "The 'Out and Proud' strap colourway sold out in a day - any restock planned?"),
    ("special_categories", "benign", "chat",
        "Customer: does the app support Mx as a title? || Agent: Yes, Mx is available alongside Mr, "
        "Mrs, Ms, Miss and Dr. || Customer: good to know, thanks"),
    ("special_categories", "benign", "review",
        "★★★★ The fingerprint reader on the Bolt Pro is fast - about a tenth of a second. Just wish "
        "fingerprints didn't smudge the lovely brass finish."),
    ("special_categories", "benign", "dm",
        "do you have the Knock with an Irish plug? it's for a holiday let in Galway"),
    ("special_categories", "benign", "email",
        "Your new advert says 'Weirline: peace of mind is in our genes'. Clever line. Is the Lookout "
        "Pro out yet?"),
    ("special_categories", "benign", "web_form",
        "Topic: Privacy / Question: Does the Familiar Faces feature comply with UK GDPR rules on "
        "biometric data? I'm the data protection officer reviewing it for our company's offices."),
    ("special_categories", "benign", "call",
        "Agent: Weirline Home, Imogen speaking. || Customer: Hi, I'm after a doorbell for our union "
        "office - the NEU district office on Lister Street. || Agent: Lovely, the Knock would suit. "
        "Is it on a business account? || Customer: Yes, we'll pay by invoice."),
    ("special_categories", "benign", "chat",
        "Customer: is there a 'do not disturb' for certain days of the week? like Fridays? || Agent: "
        "Yes, Schedules lets you set quiet days and hours. || Customer: perfect"),
    ("special_categories", "benign", "sms",
        "Strike three for the courier - third time they've left the Knock box in the rain. Pls use a "
        "different service || Agent: Sorry about that, I've asked for the next delivery to go with a "
        "different courier."),
    ("special_categories", "benign", "review",
        "★★★★★ A broad church of features: lock, cameras, doorbell, all in one app. Love it."),
    ("special_categories", "benign", "agent_note",
        "Customer asked if the app supports right-to-left languages like Arabic and Hebrew. Not yet; "
        "logged as a feature request."),
    ("special_categories", "benign", "email",
        "Is voice unlock on the Bolt Pro a true voiceprint, or just a spoken PIN? Trying to "
        "understand what biometric data it creates before recommending it to clients."),
    ("special_categories", "benign", "dm",
        "lol the Nook labelled my cat as 'Unknown person'. face recognition is a bit keen"),
    ("special_categories", "benign", "web_form",
        "Organisation: Bradford Hindu Cultural Association / Enquiry: Our hall is hired out for "
        "weddings and festivals and we need a keypad lock with a code per booking. Which Bolt is "
        "best?"),
    ("special_categories", "benign", "chat",
        "Customer: what's your policy on political ads? yours came up before a news clip on youtube "
        "|| Agent: We don't target by political content, placement is done by the platform. || "
        "Customer: fair enough"),
    ("special_categories", "benign", "email",
        "Can every member of a Household enrol their own fingerprint, or does only the account owner "
        "get TouchKey?"),
    ("special_categories", "benign", "review",
        "★★★ The 'Elect primary hub' screen during setup confused me - who elects what? Works fine "
        "now though."),
    ("special_categories", "benign", "sms",
        "hi the Bolt says 'Biometric sensor error 12', what does that mean? the keypad still works || "
        "Agent: Error 12 means the reader needs cleaning, wipe it with a dry cloth."),
    ("special_categories", "benign", "agent_note",
        "Customer asked whether the Lookout can go on a listed building (a flat in a chapel "
        "conversion). Advised the adhesive mount, no drilling needed."),
    ("special_categories", "benign", "chat",
        "Customer: the Stride's Pilgrimage challenge, is it a real route? || Agent: It's a virtual "
        "challenge based on the Camino de Santiago, about 800km. || Customer: ha, tempting"),
    ("special_categories", "benign", "email",
        "I'm a journalist covering facial recognition in consumer devices. Could someone from your "
        "press team talk about FaceKey's accuracy testing across different skin tones?"),
    ("special_categories", "benign", "review",
        "★★★★★ Amazing doorbell, amazing app. Every political party could learn something from your "
        "customer service lol."),
    ("special_categories", "benign", "web_form",
        "Topic: Pre-sales / Question: Can the Knock show custom messages to visitors, e.g. our "
        "opening hours over Christmas, Diwali or Eid? We run a corner shop."),
    ("special_categories", "benign", "dm",
        "your privacy page says you don't process 'special category data' - but FaceKey is biometric, "
        "isn't it? genuinely curious"),
    ("special_categories", "benign", "agent_note",
        "Customer asked about the 'Heritage' colourway of the Bolt (oak effect). Confirmed in stock, "
        "order placed."),
    ("special_categories", "benign", "chat",
        "Customer: is the fingerprint sensor on the Bolt ok in the rain? || Agent: Yes, it's IP65 "
        "rated. || Customer: great, it's a north-facing door and gets soaked"),
    ("special_categories", "benign", "email",
        "Do you sell or share any customer data with DNA testing companies? I saw a headline about a "
        "fitness brand doing that and wanted to check."),
    ("special_categories", "benign", "sms",
        "heads up, the Lookout picked up a leaflet drop from the council candidates at 8pm and pinged "
        "me 5 times. is the motion zone too wide?"),
    ("special_categories", "benign", "review",
        "★★★★ The 'Faith' colour (soft gold) Stride strap is gorgeous. Great tracker too."),
    ("special_categories", "benign", "chat",
        "Customer: can the Knock announce visitors in different languages? || Agent: It supports "
        "English, Welsh, Spanish, Polish, Urdu and Punjabi announcements. || Customer: nice, thanks"),
    ("special_categories", "benign", "web_form",
        "Organisation: Leeds Trades Union Council / Enquiry: We're hosting a May Day event at our "
        "hall and need a temporary camera at the entrance. Do you rent devices?"),
    ("special_categories", "benign", "call",
        "Agent: Weirline, Femi speaking. || Customer: Hi, my Knock keeps saying 'Face not recognised' "
        "out loud to the postman. || Agent: That's the Familiar Faces greeting - you can switch it "
        "off under Doorbell > Greetings. || Customer: Thanks, he looked very confused."),
]


def weir_examples() -> list[dict]:
    """The weir split as labelled tickets (same shape as ``sensitive_eval.build_eval_set``'s)."""
    return stranger_examples("weir", ENTRIES, SUBJECTS)
