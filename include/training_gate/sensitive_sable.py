"""Sable split: written by a helper who had not seen the detection rules, the anchors or any other split.
Setting: support traffic for a home-security firm (alarms, video doorbells, CCTV), a locksmith, a personal
safety app, a car tracker and a self-storage company, over email, chat, calls, voicemail, SMS, DMs, web forms,
app reviews with replies and agent notes, in UK, US, Irish, Nigerian, South African, Australian, Filipino,
Singaporean and non-native English. The benign half reuses each category's words through product and venue
names, locksmith and alarm jargon, idioms, pets, TV, hypotheticals, policy text and trade customers.
First reading (policy 2026.11.13, before any change made in response to it; `sensitive_eval.evaluate`, as `make
eval-sensitive`): 98.6 / 3.6 recall / false exclusion in % as shipped, 98.6 / 9.3 without the overruling, 90.7 / 7.9
by the rules alone. Held out: never tuned or trained on, read as aggregates only."""

from __future__ import annotations

from training_gate.sensitive_blind import stranger_examples

SUBJECTS: tuple[str, ...] = (
    "Question about my account",
    "Engineer visit",
    "Storage unit access",
    "Tracker alerts",
    "Doorbell not working",
    "Billing query",
    "Change of details",
    "Lock change request",
    "App login problem",
    "Booking an appointment",
    "Follow-up on my call",
    "Quote request",
    "Cancel subscription",
    "Feedback on your service",
)

ENTRIES: list[tuple[str, str, str, str]] = [
    # ---- health
    ("health", "sensitive", "email",
     "Hello Brightwatch, I'd like to ask whether the entry delay on my alarm keypad can go from 30 seconds "
     "up to 90. I was diagnosed with multiple sclerosis two years ago and on a bad day it takes me a good "
     "minute to get from the front door to the hall cupboard where the panel is. Account BW-448120. "
     "Kind regards, Fiona Drummond"),
    ("health", "sensitive", "chat",
     "hi is there a way to make the doorbell chime louder or flash a light? || Agent: Hi there! Yes, the Peep "
     "Chime Pro goes up to 100dB and has an optional strobe. Can I ask what you're finding at the moment? || "
     "honestly I just miss it. had my cochlear implant switched on in march and I'm still getting used to it, "
     "high pitched sounds are basically gone for me || Agent: Thanks for explaining, I'll send over the strobe "
     "add-on and a lower-tone chime option."),
    ("health", "sensitive", "agent_note",
     "Agent note: Mrs Okafor called to move the CCTV install from Tue 14th. She's on a chemo cycle every "
     "other Tuesday and her counts are low the week after, so she asked that the engineer wears a mask and "
     "doesn't come if he has a cold. Rebooked to Fri 24th AM, flagged to dispatch."),
    ("health", "sensitive", "sms",
     "Hi its Dan re locksmith booking tmrw 9am. Cant make it, been admitted to hospital with my appendix, "
     "surgery tonight. can we push to next week sometime? thx"),
    ("health", "sensitive", "review_reply",
     "5 stars. WalkWith has honestly helped my anxiety so much. I get panic attacks on the walk from the bus "
     "stop and knowing my sister can see me on the map calms me down. || Agent: Thank you so much for sharing "
     "this, Priya. We're really glad Live Share helps. Look after yourself!"),
    ("health", "sensitive", "call",
     "Caller: Morning, I'm phoning about the Trakwise on my husband's Hilux. || Agent: Morning, how can I "
     "help? || Caller: He had a stroke three weeks ago and they've said no driving for at least six months, "
     "so can we pause the subscription rather than cancel? The bakkie is just standing in the garage. || "
     "Agent: Of course, we can freeze it for up to six months at no charge. I'll set that up now."),
    ("health", "sensitive", "thread",
     "Hi, I need to get some furniture out of unit C-22 on Saturday. Is there anyone on site who could help "
     "with the heavy bits? I'm 31 weeks and the midwife told me off for lifting last time. || Agent: Hi Jess, "
     "congratulations! Our site team can't lift items for insurance reasons, but trolleys and the goods lift "
     "are free to use. || Ok no worries, my partner will come with me then."),
    ("health", "sensitive", "web_form",
     "Accessibility request: I'm registered blind and use VoiceOver on my iPhone. The arm and disarm buttons "
     "in the Brightwatch app aren't labelled, VoiceOver just says 'button'. Please can you fix this or tell "
     "me a workaround. Name: Graham Tull. Postcode: LS6 2XX."),
    ("health", "sensitive", "chat",
     "hiya quick q. my dad has dementia and lives with us, hes started going out the front door at like 3am. "
     "can the door contact send an alert just between 11pm and 6am? || Agent: Hi! Yes, you can schedule any "
     "door sensor under Automations > Night Watch. Want me to walk you through it? || yes pls, his name is on "
     "the account too if that matters"),
    ("health", "sensitive", "email",
     "Good afternoon Sir/Ma, Kindly help me to reschedule the locksmith visit for our flat in Lekki to next "
     "week. My wife just delivered through CS on Monday and she is still recovering in the hospital, so there "
     "is nobody at home to open for your man. I will be grateful for your understanding. Thank you. "
     "Emeka Nwosu"),
    ("health", "sensitive", "agent_summary",
     "Summary: Account holder Ms R. Lindqvist disclosed she has bipolar disorder and during manic episodes "
     "has set off the panic alarm by mistake. She asked that the ARC calls her sister first before "
     "escalating. Added as a special instruction on the monitoring profile with her consent."),
    ("health", "sensitive", "voicemail",
     "Voicemail transcript: Hi, this is Harold Pike, 14 Marsh Lane, about the alarm service visit. I'm at the "
     "renal unit for dialysis Monday, Wednesday and Friday mornings, so if your engineer could come on a "
     "Tuesday or Thursday, or after two on the other days, that'd be grand. Number is 07700 900418. Ta."),
    ("health", "sensitive", "dm",
     "hey trakwise, got my knee replacement booked for the 9th so I won't be driving the ute for a couple of "
     "months. can you switch the alerts to my missus Kerry's phone? she'll be using it for work || Agent: "
     "G'day! Easy done, Kerry just needs to accept the invite in the app. Good luck with the op! || cheers "
     "legend"),
    ("health", "sensitive", "thread",
     "Hello, I have the epilepsy with photosensitive seizures. The new outdoor siren you installed has very "
     "strong blue flash light, when it goes I can not look at it. It is possible to disable only the flash "
     "and keep the sound? || Agent: Hi Tomasz, yes, the engineer can disable the strobe on the siren board. "
     "I'll book a free visit. || Thank you very much, Tuesday is good for me."),
    ("health", "sensitive", "review_reply",
     "Fall alert is the best feature. After my hip operation my son set it up on my phone and it really did "
     "ring him when I slipped in the kitchen in June. Only complaint is battery drain, 4 stars. || Agent: "
     "Thank you Margaret, we're so glad it worked when it mattered. Try Low Power under Safety > Fall Alert."),
    ("health", "sensitive", "chat",
     "Good day po! I want to confirm the CCTV installation for tomorrow. Please inform the technician that my "
     "mother is on oxygen tank because of her COPD so no smoking inside or near the gate po. Thank you! || "
     "Agent: Hi! Noted, I've added this to the job notes for tomorrow's team. || Salamat po"),
    ("health", "sensitive", "email",
     "Hi there, bit of an odd one. I've recently started on sertraline and it knocks me out at night, I slept "
     "right through the smoke alarm test last week. Is there a bed shaker or pillow pad that links to your "
     "smoke detectors? Cheers, Leon"),
    ("health", "sensitive", "call",
     "Agent: Brightwatch, good afternoon. || Caller: Hi, my husband is type 1 diabetic and has bad hypos at "
     "night. I want a panic pendant next to the bed so I can press it if he won't wake up, and the control "
     "room must know to send an ambulance, not armed response. || Agent: Understood, I'll add a medical "
     "response flag to your profile and post the pendant today."),
    ("health", "sensitive", "agent_note",
     "Note: New storage customer Mr Adeyemi asked for a ground floor unit with drive-up access, he uses a "
     "wheelchair after a spinal injury. Allocated G-07 and waived the unit change fee."),
    ("health", "sensitive", "thread",
     "Hi, emailing about unit 88. I was sectioned in January and spent ten weeks on a psychiatric ward, my "
     "brother kept paying for the unit but he's lost the gate code. Can you reset it to my name? || Agent: Hi "
     "Callum, thanks for letting us know and glad you're home. I've sent a reset link to the email on the "
     "account. || Got it, thanks."),
    ("health", "benign", "chat",
     "the new CCTV kit is sick mate, night vision is unreal. just wondering how to share a clip to my phone "
     "gallery || Agent: Glad you like it! Tap the clip, then the share icon, then Save to Photos. || sorted ta"),
    ("health", "benign", "email",
     "Hi, my panel keeps showing 'System Health: FAIL' with a yellow heartbeat icon every morning around 4am. "
     "The siren and sensors all test fine. Is this a comms issue? Panel serial BWX-22918. Thanks, Andrew"),
    ("health", "benign", "web_form",
     "Business enquiry: We run Lowther Pharmacy (two branches) and need CCTV covering the dispensary and the "
     "controlled drugs cabinet, plus a monitored alarm. Please send a quote and survey dates. Contact: Nadia "
     "Shah, Superintendent Pharmacist."),
    ("health", "benign", "agent_note",
     "Locksmith job note: Greenbank Dental Surgery, replaced cylinder on the medicines store and fitted a "
     "restricted key system for 6 staff. Practice manager Carol signed off. Invoice to practice account."),
    ("health", "benign", "sms",
     "battery on the doorbell is dead again after 2 weeks, is that normal?? its the Peep 2"),
    ("health", "benign", "thread",
     "Hi, we hire out mobility scooters and hospital beds and need a 200 sq ft unit near Croydon for stock. "
     "Is there a forklift on site? || Agent: Hi, our Purley Way site has a pallet truck and 24/7 access for "
     "business customers. || Great, can we arrange a viewing Thursday?"),
    ("health", "benign", "chat",
     "If someone ever had a fall at home, would the pendant detect it by itself or do you have to press it? "
     "Just weighing up which plan to go for. || Agent: The Plus pendant has automatic fall detection; the "
     "Basic one needs a press. || Ok I'll go Basic for now, thanks"),
    ("health", "benign", "call",
     "Agent: Does anyone in the household have medical needs we should add to the response profile? || "
     "Caller: No, nobody, we're all fit and well. Just the standard burglar alarm please. || Agent: Perfect, "
     "standard profile it is, and the engineer's booked for Monday."),
    ("health", "benign", "email",
     "Hello, I work nights as a nurse at the General and park in the staff car park. The tracker keeps sending "
     "'vehicle moved' alerts when security shuffles cars around at 2am. Can I set a geofence around the car "
     "park so it ignores that? Thanks, Ruth Ames"),
    ("health", "benign", "review_reply",
     "Setting this alarm up was a total headache, the instructions are a nightmare. Two stars. || Agent: Sorry "
     "to hear that, Kev. We've just released a step-by-step guide in the app and we're happy to call you "
     "to help."),
    ("health", "benign", "dm",
     "our spaniel just had surgery on his leg and is wearing the cone of shame lol, he keeps setting off the "
     "hallway PIR at night. any pet-friendly sensor? || Agent: Poor pup! Our PetSense PIR ignores animals up "
     "to 25kg. I can swap yours free of charge. || yes please!"),
    ("health", "benign", "email",
     "Hi, in the WalkWith signup there's a 'Medical ID' section. Is it mandatory? I'd rather not fill it in. "
     "Also can I change my emergency contact later? Thanks"),
    ("health", "benign", "chat",
     "is it possible for my camera to get a virus? saw something on the news about hacked cctv || Agent: Our "
     "cameras only run signed firmware and we push security patches automatically. Turning on 2FA helps "
     "too. || ok turning that on now"),
    ("health", "benign", "sms",
     "Im sick to death of the false alarms at 5am, its the back door sensor again. Can someone come out"),
    ("health", "benign", "agent_summary",
     "Summary: Customer asked whether installers carry ID and are first-aid trained. Explained all engineers "
     "carry photo ID and hold a First Aid at Work certificate. Customer happy, install confirmed for Monday."),
    ("health", "benign", "thread",
     "Hi, moving flats and need to store a rowing machine, weight bench and a treadmill for about 3 months. "
     "What size unit? || Agent: A 35 sq ft locker should do it. || Perfect, I'll book online."),
    ("health", "benign", "review_reply",
     "Was halfway through a Grey's Anatomy binge when the doorbell showed me the courier chucking my parcel "
     "over the gate lol. Clip was good enough for the depot to refund. 5 stars. || Agent: Ha, great timing! "
     "Glad the clip helped."),
    ("health", "benign", "email",
     "Hi, the mounting bracket for the bullet camera is a real pain in the neck, the screws keep stripping in "
     "the render. Do you sell a longer fixings kit? Cheers, Sean, Galway"),
    ("health", "benign", "chat",
     "Eh the app keep crashing leh, like got fever. every time I open live view it close by itself || Agent: "
     "Sorry about that! Could you update to version 5.2? || ok updated, now can already"),
    ("health", "benign", "agent_note",
     "Job note: jammed roller shutter lock at Harbour Physio Clinic, called out by the facilities manager at "
     "7am. Freed and lubricated the mechanism, quoted for a replacement lock. Invoice to clinic account."),
    # ---- children
    ("children", "sensitive", "chat",
     "hi, can I set up WalkWith for my 9yo? he's started walking to school on his own this term and I just "
     "want to see he got there || Agent: Hi! Under-13s can't have their own account, but you can put a "
     "Trakwise Tag in his bag and see it in your app. || oh ok, how much is the tag?"),
    ("children", "sensitive", "email",
     "Dear Keyturn, my daughter Ella is in Year 4 at Holmwood Primary and has started letting herself in "
     "after school on Wednesdays. Could you fit a keypad lock so she doesn't need to carry a key? We're at "
     "22 Aspen Close. Thanks, Rachel Hale"),
    ("children", "sensitive", "sms",
     "Hi its Mhairi. can u add Isla as a user on the door keypad pls? shes in P6 now and walks home with her "
     "pal. 4 digit code is fine"),
    ("children", "sensitive", "thread",
     "Hi, my son is in Grade 7 and gets dropped at home by the lift club, can the gate camera send me a "
     "snapshot when he arrives? || Agent: Hi Thandi, yes, set a 'Person detected' rule for 14:00-15:30 on the "
     "gate cam. || Lekker, thanks!"),
    ("children", "sensitive", "web_form",
     "Question: My daughter turns 15 next month and wants her own WalkWith account for the bus home from "
     "netball. What is the minimum age, and can I link her to my family plan?"),
    ("children", "sensitive", "agent_summary",
     "Summary: Caller asked for doorbell clips from Tuesday 3pm as she thinks a driver took a parcel while "
     "she was doing nursery pick-up for her little girl (she's 3). Clip exported and emailed to customer."),
    ("children", "sensitive", "chat",
     "is the wifi at the storage office ok to use? my son needs somewhere quiet to revise for his GCSEs while "
     "I sort the unit out, he's got chemistry Monday || Agent: Yes, free guest wifi in reception, password "
     "is on the board. || brill ty"),
    ("children", "sensitive", "email",
     "Hello, my daughter Amara is going on a school trip to Normandy with her Year 8 class next week. Will "
     "the WalkWith location sharing still work in France, and will she be charged roaming? Thanks, "
     "Bisi Adebayo"),
    ("children", "sensitive", "call",
     "Caller: I need to get into my unit today, my son's passport is in a box in there and he's flying to his "
     "dad's on Friday. || Agent: Your access code works 6am to 10pm. Is there a problem with it? || Caller: "
     "I've forgotten it. He's 11, it's his first time flying on his own, I'm in a bit of a state. || Agent: "
     "No problem, I'll text a new code to your mobile now."),
    ("children", "sensitive", "thread",
     "Hi, me and my ex share the twins week on week off, they're 6. Can we both have the doorbell app on our "
     "phones so whoever has them can see the handovers? || Agent: Yes, the account owner can invite a second "
     "admin under Settings > Users. || Thanks, I'll invite her now."),
    ("children", "sensitive", "web_form",
     "Please give my dad Ray temporary access on the Brightwatch app. He's collecting Tilly from St Bride's "
     "Primary on Thursdays (Class 3B) and will need to disarm the alarm when they get back. His number is "
     "07700 900266."),
    ("children", "sensitive", "email",
     "Hi, my 16-year-old just got her learner's permit and I put a Trakwise in her Civic. Can I get speed "
     "alerts over 65 mph sent only to me and not to her phone? Thanks, Dana (Columbus, OH)"),
    ("children", "sensitive", "voicemail",
     "Voicemail: Hi, it's Sandra at 9 Kelso Road. My twelve-year-old has locked himself out and I'm stuck at "
     "work in Leeds till six, is there any chance a locksmith can get there in the next hour? Please ring me "
     "on 07700 900733."),
    ("children", "sensitive", "agent_note",
     "Note: False alarm at 16:42, customer confirmed her toddler pressed the panic button on the keypad while "
     "she was on the phone. Asked about a keypad cover, sent link to the KP-Guard accessory."),
    ("children", "sensitive", "chat",
     "hiya, we've just brought our baby home (she's 5 weeks) and the doorbell chime wakes her every single "
     "time. can I mute it at night but still get the phone alert? || Agent: Congratulations! Yes, go to "
     "Chime > Quiet Hours. || amazing thank you"),
    ("children", "sensitive", "dm",
     "Good evening. My son just entered JS1 and will be taking keke to school from next week. Please which of "
     "your trackers can fit inside his school bag and how much is the subscription? || Agent: Good evening! "
     "The Trakwise Mini fits in a bag pocket, subscription is monthly. || Ok thank you, I will order."),
    ("children", "sensitive", "email",
     "Hi, our youngest starts in Reception in September and we'll be doing drop-offs on foot. Could the alarm "
     "auto-arm when both our phones leave the house and disarm when we're back at 9? Thanks, Tom & Gemma"),
    ("children", "sensitive", "agent_summary",
     "Summary: Caller's son Kai (13) was home alone after school when a man was seen trying the back gate "
     "around 4pm. Kai stayed inside and phoned his mum. Footage reviewed with customer; she asked for a quote "
     "on a second camera for the garden side."),
    ("children", "sensitive", "thread",
     "Hi, my daughter is in sixth form and has started doing late shifts at a cafe, walking home about 10pm. "
     "Can she go on my family plan or does she need her own WalkWith? || Agent: Family plans can include "
     "members from 16 upwards, so you can add her from your app. || Great, that works then."),
    ("children", "sensitive", "review_reply",
     "Used WalkWith to keep an eye on my lad on his Year 11 prom night, he forgot to turn sharing off and I "
     "watched him go to the chippy at 1am haha. Works great, 5 stars || Agent: Haha, thanks for the review "
     "Gareth! Glad the night went smoothly."),
    ("children", "benign", "web_form",
     "Order query: I ordered 2x Trakwise Kids Tag as resale stock for my shop (independent gadget shop in "
     "Derby). Can I get trade pricing on another 20?"),
    ("children", "benign", "email",
     "Hi, my new address is 41 Nursery Road, Hockley, B19 2XX. Please update my alarm monitoring account and "
     "send me the new keyholder form. Thanks, Ian"),
    ("children", "benign", "chat",
     "does the tracker interfere with the child lock on the rear doors? since fitting it the back left door "
     "won't open from inside || Agent: The tracker doesn't touch the door circuits; sounds like the child "
     "lock lever got knocked on. Check the little switch on the door edge. || haha yep that was it"),
    ("children", "benign", "agent_note",
     "Quote note: St Anne's Primary School bursar (Mrs Pell) requested CCTV for the car park and main "
     "entrance, 6 cameras, NVR with 30-day retention. Survey booked for half term when the site is empty."),
    ("children", "benign", "dm",
     "need a camera to check on my fur baby while I'm at work, he's a 2 year old beagle who eats cushions lol. "
     "which one has two-way talk? || Agent: The Peep Indoor has two-way audio and treat-time alerts! || "
     "ordering now"),
    ("children", "benign", "thread",
     "Hi, we manage 14 retail sites. Can head office be the parent account and each site a child account so "
     "the invoices all go to one place? || Agent: Yes, that's our Multi-Site structure. I'll set up the "
     "parent account and link the 14 child accounts. || Perfect, thanks."),
    ("children", "benign", "email",
     "Please add my son Martin as second keyholder. He's 38 and lives five minutes away. His mobile is "
     "07700 900512. Regards, Dorothy Fenwick"),
    ("children", "benign", "call",
     "Caller: Can my nephew use my WalkWith login? || Agent: Accounts are personal and for users 18 and over, "
     "so he'd need his own. || Caller: Oh he's 24, he just lost his old phone. || Agent: Then he can register "
     "on any Android 10 or newer phone."),
    ("children", "benign", "chat",
     "No kids or pets in the house so we don't need the stair gate sensor or pet-immune PIRs, just standard "
     "ones please. || Agent: Noted, standard PIRs on the job sheet. Install Thursday still OK? || yep"),
    ("children", "benign", "review_reply",
     "Watching Home Alone with the wife and the doorbell went off right in the paint-can bit, nearly jumped "
     "out of my skin. Turned out to be a fox. Sensitivity now turned down, good app. || Agent: Ha! Classic "
     "timing. Thanks for the review."),
    ("children", "benign", "sms",
     "Installed the keypad lock myself, child's play with your video guide. Just need the master code reset "
     "pls, acct KT-30291"),
    ("children", "benign", "thread",
     "Hi, we run a toy shop in Harrogate and need a unit for Christmas overflow stock, roughly 200 boxes of "
     "board games and soft toys. Is access before 7am possible? || Agent: Yes, business access starts at 5am. "
     "|| Great, booking the 100 sq ft."),
    ("children", "benign", "email",
     "Hi, is your Kidderminster branch open on bank holiday Monday? I need to pick up a spare key from the "
     "counter. Thanks, Alan"),
    ("children", "benign", "email",
     "The junior engineer who came out on Friday was brilliant, really patient explaining the app to me. "
     "Please pass on my thanks to Liam. Pauline Grey"),
    ("children", "benign", "chat",
     "no kidding, the app just told me my front door was open while I'm standing here looking at it closed "
     "lol || Agent: Sounds like the magnet's misaligned. Nudge it so the gap is under 1cm. || fixed, cheers"),
    ("children", "benign", "web_form",
     "Hi, Ashby Rovers Youth FC here (club secretary). We need a small unit to store nets, goals and kit bags "
     "over the summer. Do you offer a club or charity discount? Thanks, Phil"),
    ("children", "benign", "chat",
     "Is the Peep Indoor OK to use as a baby monitor? Just comparing it against the dedicated ones in the "
     "shop. || Agent: Lots of customers use it that way; it has night vision and a room temperature sensor. "
     "|| Good to know, thanks"),
    ("children", "benign", "email",
     "If I ever have kids down the line, can the alarm be expanded with door chimes and window sensors later, "
     "or would I need a whole new panel? Thinking long term before I buy. Thanks, Chris"),
    ("children", "benign", "email",
     "The panel motherboard was replaced last month and now the keypad beeps twice every time I arm it. Is "
     "that a setting I can change? Ref BW-77120"),
    ("children", "benign", "agent_summary",
     "Summary: Caller manages Little Acorns Day Nursery and asked whether footage from the playroom cameras "
     "can be kept off the cloud for GDPR reasons. Explained local NVR storage option and sent a quote."),
    # ---- financial_hardship
    ("financial_hardship", "sensitive", "email",
     "Hi, I lost my job at the end of last month and honestly can't keep paying £24.99 a month for monitoring "
     "right now. Is there any way to pause it without losing the equipment? Thanks, Kirsty"),
    ("financial_hardship", "sensitive", "chat",
     "hi can i move my storage payment to the 12th? thats when my UC comes in, the 1st is impossible atm || "
     "Agent: Hi! Yes, I can change your billing date to the 12th from next month. || thank god, thank you"),
    ("financial_hardship", "sensitive", "agent_note",
     "Note: Caller (Mr D. Price) asked if we can delay the lock change because the bailiffs are due Thursday "
     "about his council tax arrears and he doesn't want new locks to look like he's hiding goods. Advised we "
     "can't advise on enforcement; rebooked for next week at his request."),
    ("financial_hardship", "sensitive", "thread",
     "Hi, I know I'm two months behind on unit 41. My hours got cut at the warehouse and I just can't cover "
     "rent and storage at the same time. Please don't auction my stuff. || Agent: Hi Jade, thanks for getting "
     "in touch. I can put a 30-day hold on any lien action and set up a plan of £20 a week. Would that help? "
     "|| Yes please, thank you so much."),
    ("financial_hardship", "sensitive", "email",
     "Dear Sir/Madam, I have recently entered an IVA and my insolvency practitioner has asked me to list all "
     "ongoing contracts. Please confirm the outstanding balance on my Trakwise contract and whether it can "
     "be ended early. Yours faithfully, P. Marsh"),
    ("financial_hardship", "sensitive", "web_form",
     "Complaint: I've had a letter from Castlerock Recoveries about £186 for my old alarm contract. I was "
     "never told I was in arrears. I'm already on a debt management plan through a charity and can't take on "
     "any more. Please stop this going to collections."),
    ("financial_hardship", "sensitive", "chat",
     "hey do you have any 50sq ft units free from the 28th? we've been served a section 21 and the council "
     "says we'll probably end up in temporary accommodation so I need somewhere for the furniture || Agent: "
     "I'm sorry to hear that. Yes, we have units at Eastgate and I can waive the admin fee. || that would "
     "really help ta"),
    ("financial_hardship", "sensitive", "sms",
     "Hi, been made redundant today. Please cancel the Peep Premium plan, cant justify it now. Keep the free "
     "plan. Acc 88213"),
    ("financial_hardship", "sensitive", "dm",
     "Hi po, I was terminated from my work last week and I can't pay the tracker subscription this month. "
     "Can I request extension po? || Agent: Hi! Sorry to hear that. We can defer this month's payment by "
     "30 days. || Thank you po, God bless"),
    ("financial_hardship", "sensitive", "email",
     "Good morning, Please I want to plead for more time on my CCTV installment. My employer has not paid "
     "salaries for four months now and things are very hard for my family. I will clear the balance once "
     "they pay. Thank you for your understanding. Chinedu Obi"),
    ("financial_hardship", "sensitive", "call",
     "Agent: And how would you like to pay the callout fee today? || Caller: That's the thing, I'm living off "
     "the food bank this month, I've got eleven quid in my account. I just need the door to shut properly. "
     "|| Agent: Let me check whether your landlord should be covering this one first."),
    ("financial_hardship", "sensitive", "voicemail",
     "Voicemail: Hi, it's Mark Kelsey, account 55102. My direct debit bounced again, sorry. I've got three "
     "payday loans eating my wages and I'm drowning. Can someone call me about spreading the arrears? "
     "07700 900845."),
    ("financial_hardship", "sensitive", "agent_summary",
     "Summary: Customer asked to cancel the tracker as her Astra was repossessed by the finance company after "
     "she fell behind on the payments. Cancelled with no exit fee; the finance company's agent will remove "
     "the unit."),
    ("financial_hardship", "sensitive", "thread",
     "Can I access my unit at night? Not to sleep there, I know that's not allowed. I've been sleeping in my "
     "car since I lost the flat and I just need to get clean clothes out late. || Agent: Hi Marcus, the gate "
     "is open till 10pm. I've added a note to your account and can share some local housing support numbers "
     "if useful. || Yeah please"),
    ("financial_hardship", "sensitive", "chat",
     "hey guys, just letting you know I'm on JobSeeker through Centrelink now so the monthly is tough. any "
     "concession rate for the tracker? || Agent: Hi Bec, we offer 30% off for concession card holders, just "
     "upload a photo of the card. || legend, done"),
    ("financial_hardship", "sensitive", "email",
     "Good day, I was retrenched in March and now I only have the SRD grant coming in. I can't afford the "
     "armed response anymore but I'm scared to cancel. Is there a cheaper package? Regards, Sipho"),
    ("financial_hardship", "sensitive", "email",
     "Hi, we filed for Chapter 7 bankruptcy last week and were told to notify all creditors. We still owe "
     "$340 on the camera system financing. Please note this on our account. Tanya & Rob Miller"),
    ("financial_hardship", "sensitive", "chat",
     "my card declined bc i'm overdrawn to the limit and the bank won't extend it. genuinely skint until the "
     "28th. can the storage wait? || Agent: Yes, I'll hold off the late fee until the 29th. || thank u"),
    ("financial_hardship", "sensitive", "email",
     "To whom it may concern, I've been granted a Debt Relief Order and your company is listed as a creditor "
     "for the locksmith invoice of £145. The DRO reference is attached. Please stop contacting me about "
     "payment. Regards, Sharon Lyle"),
    ("financial_hardship", "sensitive", "agent_note",
     "Note: Caller asked if we can open her old flat so she can get her belongings out; the landlord evicted "
     "her last week over rent arrears and changed the locks. Explained we can only attend with the "
     "landlord's written consent."),
    ("financial_hardship", "benign", "email",
     "Hi, I've been charged twice for March on my storage unit (two payments of £62.50 on the 1st). Please "
     "refund one of them. Unit B-15. Thanks, Olu"),
    ("financial_hardship", "benign", "chat",
     "can I move my direct debit to the 25th? just lines up better with when I get paid || Agent: Sure, "
     "done from next month. || ta"),
    ("financial_hardship", "benign", "web_form",
     "Business enquiry: We're a debt collection agency with 40 staff in Bolton and need fob access control "
     "plus CCTV on reception. Please quote."),
    ("financial_hardship", "benign", "thread",
     "Hi, I saw you hold auctions for abandoned units. Where are they listed? I buy contents for my "
     "second-hand furniture business. || Agent: They go on our Auctions page about 14 days before. || thanks"),
    ("financial_hardship", "benign", "email",
     "Hi, the engineer said one of my PIRs is redundant because the hallway is already covered by two others. "
     "Can I take it off the monitoring bill? Account BW-60312."),
    ("financial_hardship", "benign", "sms",
     "£95 for a callout to open a shed padlock?? daylight robbery lads. Can I get an itemised invoice"),
    ("financial_hardship", "benign", "chat",
     "I'm not in any money trouble or anything, I just never use the cloud recordings so I want the cheaper "
     "plan || Agent: No problem, switched to Basic from your next bill. || cheers"),
    ("financial_hardship", "benign", "chat",
     "What's the price for the 75 sq ft unit at Stockport? || Agent: It's £89 a month, first month half "
     "price. Standard note from us: if you're ever experiencing financial difficulty, please contact us early "
     "so we can discuss options. || Great, I'll book it."),
    ("financial_hardship", "benign", "dm",
     "lol the doorbell cam caught my brother flipping the Monopoly board when he went bankrupt on boxing day. "
     "anyway how do i download a clip longer than 60 seconds || Agent: Ha! Use the web portal, it allows up "
     "to 10 minutes."),
    ("financial_hardship", "benign", "chat",
     "pigeons have moved in on top of the floodlight camera and keep triggering it. any tips to evict them? "
     "|| Agent: A set of bird spikes on the bracket usually does it, we sell them for £8. || go on then"),
    ("financial_hardship", "benign", "sms",
     "broke my key off in the lock lol, need someone out to Clontarf today. Is it €90 like on the site?"),
    ("financial_hardship", "benign", "email",
     "Hi, I'm a realtor in Tampa and we list a lot of bank-owned foreclosures. Do you sell contractor "
     "lockboxes with code audit logs? We need 25. Thanks, Marisol Vega, Sunline Realty"),
    ("financial_hardship", "benign", "chat",
     "Do you do a student discount on storage over summer? Heading home from uni in June and need somewhere "
     "for a few boxes || Agent: Yes, 20% off with a student email. || sweet"),
    ("financial_hardship", "benign", "review_reply",
     "Set up 4 cameras and now I feel like the Professor in Money Heist watching everything lol. Great image "
     "quality. || Agent: Ha, love it! Thanks for the 5 stars."),
    ("financial_hardship", "benign", "email",
     "I returned the doorbell within 30 days but got store credit instead of a refund to my card. Can you "
     "change that please? Order 100-55821"),
    ("financial_hardship", "benign", "email",
     "The replacement key fob from the dealer costs an arm and a leg. Can your locksmiths cut and program a "
     "spare for a 2018 Golf? Thanks, Harj"),
    ("financial_hardship", "benign", "agent_note",
     "Note: Landlord Mr Haines requested a lock change at 5 Vale Terrace between tenancies; previous tenant "
     "left at the end of the lease and returned all keys. Job done, invoiced to his letting agency."),
    ("financial_hardship", "benign", "call",
     "Caller: Your competitor's quoting me £12 a month for the same tracker. Can you match it? || Agent: We "
     "can do £13.50 with the first three months free. || Caller: Go on then."),
    ("financial_hardship", "benign", "chat",
     "I'm a proper cheapskate, what's the cheapest way to get a doorbell cam that works with my existing "
     "chime? || Agent: The Peep Wired is £59 and uses your existing transformer. || sold"),
    ("financial_hardship", "benign", "dm",
     "ngl the app update broke the geofence on my tracker, it's saying my car's in the sea || Agent: Yikes, "
     "sorry! Known bug, the fix rolls out tonight. || haha ok"),
    # ---- legal
    ("legal", "sensitive", "email",
     "Hi, my Transit was stolen from outside the house last night. The police have given me a crime "
     "reference number, 43/118822/24. Can you send them the tracker's live location and history? I've told "
     "the officer to expect it. Thanks, Wayne Brodie"),
    ("legal", "sensitive", "thread",
     "Hello, my solicitor has asked for the doorbell footage from 3 March for my court case against my "
     "neighbour over the boundary fence. The app only keeps 30 days. Is there any way to recover it? || "
     "Agent: Hi Anita, unfortunately footage older than 30 days is permanently deleted. || Oh no. Ok, "
     "thanks anyway."),
    ("legal", "sensitive", "agent_note",
     "Note: Customer advised she has a restraining order against her ex-partner (name on file) and asked "
     "that no account information is given to anyone calling on her behalf. Added a verbal password."),
    ("legal", "sensitive", "sms",
     "hi, my brother got picked up by the police saturday night and they took his phone and keys incl the "
     "storage fob. can i get a new fob for unit 19? im the second name on it"),
    ("legal", "sensitive", "web_form",
     "Question: I have a conviction from 2016 (served my time). Does that stop me renting a storage unit "
     "with you? Your form asks about it and I want to be honest."),
    ("legal", "sensitive", "chat",
     "can you confirm in writing the date you installed my CCTV? it's for the small claims hearing, my "
     "neighbour says my camera invades his privacy and the hearing is next month || Agent: Of course, I'll "
     "email an installation certificate today. || thanks"),
    ("legal", "sensitive", "call",
     "Caller: Just so you know, I'm on a curfew with an electronic tag till June, so I can't be at the "
     "storage place after 7pm. Can I get a weekend morning for the move-in? || Agent: Absolutely, Saturday "
     "8am is free. || Caller: Sound, book it."),
    ("legal", "sensitive", "email",
     "Hi, I'm applying to join Keyturn as a trainee locksmith. My probation officer said I should mention up "
     "front that my licence period finishes in October. Would that rule me out? Thanks, Jordan"),
    ("legal", "sensitive", "voicemail",
     "Voicemail: Hi, this is Len Ward. I've had a summons to the magistrates next week for the speeding "
     "thing and my tracker log shows I was doing 28 not 38, can you send me the full GPS report for the "
     "14th? Cheers."),
    ("legal", "sensitive", "thread",
     "Hi, I'm going through a divorce and my husband's solicitor has asked for the tracker records on my car "
     "as part of financial disclosure. Do I have to provide them, and can you remove his access to the app? "
     "|| Agent: You're the account holder, so I've removed him as a secondary user. On disclosure, we'd "
     "suggest asking your own solicitor. || Ok thank you"),
    ("legal", "sensitive", "email",
     "Hi, I was charged with a DUI last month and my lawyer wants the Trakwise data showing where my car was "
     "parked between 9pm and 1am on 5/17. How do I request a certified export? Kyle Brandt, Phoenix AZ"),
    ("legal", "sensitive", "email",
     "Good day, There is a matter between me and my former landlord at the High Court in Ikeja concerning "
     "the shop. My lawyer says the CCTV recordings from the shop in January will help. Please how can I "
     "retrieve them from the DVR? Thanks, Mrs Funmi Ade"),
    ("legal", "sensitive", "agent_summary",
     "Summary: Customer is due to give evidence at the Crown Court next month in a trial about an incident "
     "outside her house, and the CPS asked for her original doorbell file. Exported the full-resolution "
     "clip with its metadata and emailed it to her."),
    ("legal", "sensitive", "thread",
     "Hi, I'm taking my old employer to an employment tribunal and need the CCTV clip of me leaving the "
     "building on 2 Feb, it was on the system you installed for them. Can you release it to me? || Agent: "
     "Sorry, the footage belongs to your former employer as the account holder, so you'd need to request "
     "it from them or through your representative. || Fair enough"),
    ("legal", "sensitive", "chat",
     "Howzit, my car was stolen from the mall parking on Friday. SAPS opened a case, CAS 214/05/2024. Can "
     "Trakwise share the last ping with the investigating officer, Sgt Mokoena? || Agent: So sorry to hear "
     "this. Please send the case number to our recoveries team and they'll liaise with SAPS directly. || "
     "sent, thanks"),
    ("legal", "sensitive", "dm",
     "hey, ute's been impounded by the cops for three months after my court date, can I pause the tracker "
     "till I get it back? || Agent: Yep, we can suspend it for up to 6 months. || good stuff"),
    ("legal", "sensitive", "email",
     "Hi po, my brother is detained at the city jail and we need to get his documents from his storage unit "
     "for his hearing. He signed an authorization letter for me. Can I access the unit? Thank you, Joy"),
    ("legal", "sensitive", "email",
     "Our HOA has filed a lawsuit against us saying the doorbell camera violates the bylaws. Can you send "
     "specs showing the field of view can be masked so it doesn't see the neighbors' yards? Denise Cole"),
    ("legal", "sensitive", "agent_note",
     "Note: Emergency lock change booked for Mrs Kay. Her ex-husband was released from HMP Durham on Monday "
     "and still has a key. No threats reported, she just wants peace of mind. Priority slot tomorrow 8am."),
    ("legal", "sensitive", "thread",
     "Hi, the police seized my laptop and phone when they searched my flat and now I can't log in to the "
     "alarm app. Can you reset 2FA to my new number? || Agent: Of course, I'll need to verify your identity "
     "by email first. || ok sent"),
    ("legal", "benign", "email",
     "Hi, before I sign: your terms say 'Governing law: England and Wales' and mention a liability cap. Is "
     "the £5,000 cap per incident or per year? Thanks, Omar"),
    ("legal", "benign", "web_form",
     "Quote request: Harper & Quayle Solicitors, 3rd floor, 12 King St. We need door access fobs for 18 "
     "staff and a camera on reception. Please advise on options."),
    ("legal", "benign", "chat",
     "which is closer to me, the Bow site or the Mile End one? I'm right by the police station on the high "
     "street || Agent: Mile End is 0.6 miles from there. || great, thanks"),
    ("legal", "benign", "review_reply",
     "Watching Line of Duty and the doorbell went off mid-interrogation, honestly more tense than the show. "
     "App loads quick though. || Agent: Ha! Thanks for the 5 stars."),
    ("legal", "benign", "sms",
     "the price of replacement keys is criminal!! £40 for one key?? Can I just get one cut at a shop"),
    ("legal", "benign", "chat",
     "your engineer bailed on me again, 3rd time. is anyone actually coming today? || Agent: So sorry Nia, "
     "he's been held up at a job, new ETA 2:30. || ok"),
    ("legal", "benign", "thread",
     "Is it legal for my doorbell camera to record the pavement outside? I just want to make sure I'm doing "
     "it right before I install. || Agent: It's allowed, but you'll want to use privacy zones to mask areas "
     "you don't need, and there's ICO guidance for home CCTV we can link you to. || Perfect, thanks"),
    ("legal", "benign", "email",
     "My warranty runs out next month and the camera's infrared has stopped working. Can I claim before it "
     "expires? Order 44718"),
    ("legal", "benign", "email",
     "Is your anti-snap cylinder Sold Secure Diamond and police-approved? My insurer requires it for the "
     "back door. Thanks"),
    ("legal", "benign", "chat",
     "do you sell a weatherproof case for the Trakwise Mini? mine's mounted under the bumper || Agent: Yes, "
     "the IP67 shell, £12. || added to basket"),
    ("legal", "benign", "chat",
     "Do you give my footage to the police if they ask? || Agent: Only with your consent or a valid legal "
     "request, and we'd tell you where we're allowed to. Full details are in section 7 of our Privacy "
     "Notice. || ok good to know"),
    ("legal", "benign", "email",
     "Hi, I work in the cafe at the Crown Court building and park on Mill Lane behind it. The tracker keeps "
     "saying my car's in a no-signal zone there. Is that normal? Sam"),
    ("legal", "benign", "email",
     "Please treat this as a subject access request for all personal data you hold about me, including call "
     "recordings. Account WW-10442. Regards, Hannah Vos"),
    ("legal", "benign", "dm",
     "is the 'Law & Order' dun-dun a real chime option or did my husband hack it?? it plays every time "
     "someone rings lol || Agent: Haha it's in Custom Chimes under Classic TV! || amazing"),
    ("legal", "benign", "email",
     "Your app's Spanish translation has a sentence cut off on the arming screen, screenshot attached."),
    ("legal", "benign", "chat",
     "doorbell says 'Charging' but stays at 12% all day. is the charger faulty? || Agent: Could be the "
     "cable, I'll send a replacement. || thanks"),
    ("legal", "benign", "web_form",
     "Facilities, Northfield Police Station: we need a locksmith to service 30 locker locks in the changing "
     "rooms. PO to follow."),
    ("legal", "benign", "agent_note",
     "Note: Customer Justice Mensah called to add a second camera to his plan. Upgraded to Plus, pro-rata "
     "charge applied."),
    ("legal", "benign", "chat",
     "can I jailbreak the DVR to run third-party apps? || Agent: We wouldn't recommend it, it voids the "
     "warranty and blocks security updates. || fair"),
    ("legal", "benign", "thread",
     "I want to cancel within the 14-day cooling off period. Is there a fee? || Agent: No fee within 14 "
     "days, I'll arrange collection of the kit. || thanks"),
    # ---- special_categories
    ("special_categories", "sensitive", "email",
     "Hello, we keep Shabbat and can't operate the keypad or the app from Friday sunset to Saturday night. Is "
     "there a way to schedule the alarm to arm and disarm automatically for those hours, including Yom Tov? "
     "Thanks, Chaim & Rivka Adler"),
    ("special_categories", "sensitive", "chat",
     "salam, during Ramadan I walk back from the masjid after taraweeh around midnight. can WalkWith check in "
     "with my husband automatically at a set time? || Agent: Wa alaikum salam! Yes, set a Timed Check-In "
     "for 00:15. || jazakallah khair"),
    ("special_categories", "sensitive", "email",
     "Good evening, I am a deaconess in our church and I lock up the building after the Friday night vigil. "
     "I want WalkWith to alert my son when I reach home. How do I set it? God bless, Mrs Grace Eze"),
    ("special_categories", "sensitive", "thread",
     "As a Black woman walking in this area I've been stopped and questioned more than once, so I want the "
     "recording to start automatically when I press SOS. || Agent: Thank you for telling us, Keisha. Turn "
     "on Auto-Record under SOS settings and it'll capture audio and video straight away. || Done, thanks"),
    ("special_categories", "sensitive", "thread",
     "Hi, I'm a Wiradjuri woman and heading back to country for a few weeks. Can someone from my mob access "
     "the storage unit while I'm away? || Agent: Yes, add them as an authorised user with their ID. || "
     "Will do, thanks"),
    ("special_categories", "sensitive", "agent_note",
     "Note: Customer, who told us she is Roma, complained the previous site manager asked her for extra ID "
     "'because of her people'. Escalated as a discrimination complaint to the area manager."),
    ("special_categories", "sensitive", "email",
     "Hi, I'm a Labour councillor and do a lot of door-knocking in the evenings. Can WalkWith share my "
     "location with our ward organiser only during canvassing sessions? Cllr Peter Owusu"),
    ("special_categories", "sensitive", "chat",
     "hi, I'm precinct captain for the county Republican party and we host meetings in my garage office. "
     "can I get a camera in there that doesn't record audio? || Agent: Sure, the Peep Indoor lets you switch "
     "audio off completely. || perfect"),
    ("special_categories", "sensitive", "call",
     "Caller: I'm the Unite rep at the depot and I keep the branch files and banners in my unit. Can I add "
     "our branch secretary as a keyholder? || Agent: Yes, she'll need to bring photo ID on her first visit. "
     "|| Caller: Grand, I'll let her know."),
    ("special_categories", "sensitive", "sms",
     "Hi, I'm out on strike with the NEU on Weds so I'll be home all day, can the engineer come then instead? "
     "Ref BW-33019"),
    ("special_categories", "sensitive", "chat",
     "hi it's Paul, can you add my husband Marcus as a user on the alarm? || Agent: Sure! What email should "
     "the invite go to? || marcus.reid@example.com, thanks"),
    ("special_categories", "sensitive", "review_reply",
     "I use WalkWith for every first date from the apps (I'm bi, so it's a mix of guys and girls) and the "
     "timed check-in is brilliant. 5 stars. || Agent: Thanks so much! Stay safe out there."),
    ("special_categories", "sensitive", "chat",
     "ok embarrassing but the doorbell caught my tinder hookup leaving at 6am and my flatmate saw it in the "
     "shared app. can i delete just that clip?? || Agent: Yes, open the clip, tap the three dots, Delete. "
     "Only admins can do it. || thank god"),
    ("special_categories", "sensitive", "email",
     "My wife and I are in an open relationship and her boyfriend stays over most weekends. Can he get his "
     "own fob for the building without being added to our account? Thanks, Ben"),
    ("special_categories", "sensitive", "email",
     "Hi, I'm trans and changed my name by deed poll last month. The app still shows my deadname on the "
     "keyholder list and the ARC used it when they rang me. Please update it to Alex Morgan. Thank you"),
    ("special_categories", "sensitive", "chat",
     "My voice has dropped a lot since I started testosterone, so the voice passphrase for the monitoring "
     "centre doesn't match anymore. Can we switch to a PIN? || Agent: Of course, I'll set up a six-digit "
     "PIN for you now. || Thanks"),
    ("special_categories", "sensitive", "agent_summary",
     "Summary: Customer asked that storage staff hold her sealed genetic test results in the unit's fire "
     "safe; she said she tested BRCA1 positive and wants the paperwork off-site. Explained we don't handle "
     "contents; she'll use a fire-rated box."),
    ("special_categories", "sensitive", "email",
     "Hi, my genetic test came back showing I carry the Huntington's gene, so I'm planning ahead and want "
     "my sister added as joint account holder on the alarm. What do you need from her? Regards, Owen"),
    ("special_categories", "sensitive", "email",
     "Please delete my face scan from the doorbell's Familiar Faces feature. I enrolled it by mistake and "
     "don't want you holding my biometric data. Account BW-20155. Lucy Hart"),
    ("special_categories", "sensitive", "thread",
     "We're selling the house. The smart lock has my fingerprints and my wife's stored on it, how do we wipe "
     "them before we hand over? || Agent: Hold the reset button for 10 seconds, then confirm in the app; it "
     "deletes all enrolled prints. || Brilliant"),
    ("special_categories", "benign", "email",
     "Hi, we're Temple Fortune Estate Agents and need a locksmith to re-key 12 lettings properties this "
     "month. Can you do a trade rate? Thanks, Ravi"),
    ("special_categories", "benign", "email",
     "Why is there a £75 labour charge on my invoice when the install was meant to be free? Invoice "
     "BW-INV-9921"),
    ("special_categories", "benign", "chat",
     "Is the Union Street branch open Sundays? And can I pay from my credit union account? || Agent: Yes to "
     "both, 9-4 on Sundays. || great"),
    ("special_categories", "benign", "chat",
     "what's 'party mode' on the doorbell? having a 40th birthday party saturday and don't want 200 "
     "notifications || Agent: It mutes alerts for up to 8 hours but still records. || perfect"),
    ("special_categories", "benign", "email",
     "Will the Black Friday deal on the Peep 3 come back? I missed it by a day."),
    ("special_categories", "benign", "email",
     "I live near Pride Park in Derby, is there an engineer who covers DE24? Thanks"),
    ("special_categories", "benign", "chat",
     "what's a conservative estimate of how long the doorbell battery lasts in winter? || Agent: Roughly 2-3 "
     "months with default settings. || ok"),
    ("special_categories", "benign", "dm",
     "can I get a straight answer on whether the tracker works in underground car parks? || Agent: It stores "
     "positions offline and uploads when signal returns. || thanks"),
    ("special_categories", "benign", "chat",
     "Does the fingerprint smart lock store prints on the lock itself or in your cloud? Asking before I buy. "
     "|| Agent: On the lock only, encrypted; nothing goes to the cloud. || good"),
    ("special_categories", "benign", "email",
     "Trakwise says 'transmission fault' every morning. Is that the tracker or my car's gearbox?"),
    ("special_categories", "benign", "thread",
     "What data do you actually store about me? || Agent: Contact details, your address, device data and "
     "clips. We don't ask for or store information about religion, ethnicity, health or similar unless you "
     "choose to add it. || Thanks"),
    ("special_categories", "benign", "email",
     "What are your Christmas and New Year opening hours for the Bristol storage site?"),
    ("special_categories", "benign", "review_reply",
     "Was mid Queer Eye episode when the doorbell pinged, live view loads fast now. 5 stars. || Agent: "
     "Thanks for the love!"),
    ("special_categories", "benign", "web_form",
     "We're the electoral services team at Ashworth Borough Council and need secure storage for ballot boxes "
     "between elections, ideally with CCTV."),
    ("special_categories", "benign", "email",
     "A lightning strike last night seems to have fried the alarm panel, nothing on the keypad. Can someone "
     "come out?"),
    ("special_categories", "benign", "chat",
     "should I be liberal with the silicone around the camera junction box? || Agent: A thin bead round the "
     "top and sides, leave the bottom open to drain. || got it"),
    ("special_categories", "benign", "email",
     "Are your cameras made in China? Our company procurement policy needs country of origin for each item."),
    ("special_categories", "benign", "chat",
     "how do I turn off Familiar Faces entirely? I haven't enrolled anyone, just want it off || Agent: "
     "Settings > Smart Detection > Familiar Faces > Off. || done"),
    ("special_categories", "benign", "sms",
     "when is the new outdoor doorbell coming out? been waiting since spring"),
    ("special_categories", "benign", "email",
     "Is the Green Plan the one with 30-day cloud or the Blue one? The naming is confusing."),
    # ---- bereavement
    ("bereavement", "sensitive", "email",
     "Hello, my husband Alan passed away in March and the Brightwatch account is in his name. Can I transfer "
     "it to mine without a new contract? I've attached the death certificate. Many thanks, Jean Cartwright"),
    ("bereavement", "sensitive", "sms",
     "Hi, can I get into unit 12 early on Friday? Mum's funeral is at 11 and the photos for the order of "
     "service are in there. Thanks, Dee"),
    ("bereavement", "sensitive", "chat",
     "hi i need to cancel the tracker on my late dad's Mondeo, we're selling it || Agent: I'm so sorry for "
     "your loss. Could you give me the reg? || KX15 ABC. thanks"),
    ("bereavement", "sensitive", "email",
     "Dear Stowly, I'm the executor of my aunt's estate and probate was granted last week. Please can you "
     "tell me the balance on her unit and how I arrange to clear it? Regards, Simon Pryce"),
    ("bereavement", "sensitive", "agent_note",
     "Note: Caller's wife died suddenly last week; he's moving in with his daughter and wants the alarm "
     "monitoring cancelled. Exit fee waived under bereavement policy. Condolence card sent."),
    ("bereavement", "sensitive", "email",
     "Good morning. My father slept in the Lord two weeks ago and we are preparing for the burial in Enugu. "
     "Kindly suspend the CCTV monitoring of his house in Owerri until after the ceremony, we will advise. "
     "Thank you. Ngozi"),
    ("bereavement", "sensitive", "chat",
     "Hello po, my Lola passed last Tuesday and the wake is at the house this week so many people are coming "
     "and going. Can we turn off the doorbell notifications for now? || Agent: Our condolences. Do Not "
     "Disturb is now on for 7 days. || Salamat po"),
    ("bereavement", "sensitive", "thread",
     "Hi, we are having my mother's tombstone unveiling on Saturday and family are coming from Limpopo. Can "
     "I add my cousin as a temporary user on the gate app? || Agent: Yes, use Guest Access and set it to "
     "expire Sunday. || Thank you"),
    ("bereavement", "sensitive", "dm",
     "hey, Dad's service is Thursday so the ute will be parked at Karrakatta most of the day, don't freak out "
     "if the geofence alert goes off. also who do I talk to about moving his plan over to me || Agent: So "
     "sorry, mate. I'll email you the transfer form. || cheers"),
    ("bereavement", "sensitive", "call",
     "Caller: I'm ringing about my brother's storage unit. He passed away in January and I've only just found "
     "the contract in his paperwork. || Agent: I'm very sorry. Is there a balance you're worried about? || "
     "Caller: Yeah, and I want to get his things out before anything's auctioned."),
    ("bereavement", "sensitive", "review_reply",
     "5 stars because the team were so kind when I rang to close my mum's account after she died. No "
     "hassle, no exit fee. || Agent: Thank you, Ruth. We're so sorry for your loss and glad we could make "
     "things a little easier."),
    ("bereavement", "sensitive", "agent_summary",
     "Summary: Customer asked for footage from 1-3pm on the 12th; the house was empty while the family were "
     "at the crematorium for her father-in-law and she wants to check nobody came to the door. Clip "
     "exported."),
    ("bereavement", "sensitive", "thread",
     "Hi, since losing my husband I've realised I don't know where any of the spare keys are. Could a "
     "locksmith come and re-key the front and back doors? || Agent: Of course, we can do Tuesday morning. "
     "|| Thank you, Tuesday's fine."),
    ("bereavement", "sensitive", "email",
     "To whom it may concern, I'm writing on behalf of my grandmother, Edna Fisk, the account holder, who "
     "died on 2 May. Please close her WalkWith account and delete her data. Kind regards, Lauren Fisk"),
    ("bereavement", "sensitive", "chat",
     "since we lost dad in the summer mum's been on her own in the house and won't use the app. can she have "
     "just a keyfob instead? || Agent: Absolutely, I'll send two keyfobs and switch her to fob arming. || "
     "thank you x"),
    ("bereavement", "sensitive", "voicemail",
     "Voicemail: Hi, it's Joy at 3 Fern Walk. We're holding Rob's memorial at the house on the 20th, he "
     "passed in April, and I'd like the outdoor siren off for the day in case someone opens the back door. "
     "Please call me back."),
    ("bereavement", "sensitive", "email",
     "Hi, Dad's removal is Friday evening and the funeral Saturday, so the house in Mullingar will be empty "
     "a good while. Can the monitoring centre ring my mobile and not the landline? Thanks, Siobhan"),
    ("bereavement", "sensitive", "agent_note",
     "Note: Caller is the sole surviving next of kin of unit holder Mr Ivo Marek (deceased 11/02). Sent "
     "authority-to-access form; unit on hold, no late fees."),
    ("bereavement", "sensitive", "chat",
     "Hi, my grandfather passed away last month. His HDB flat got your alarm, we need to cancel after we "
     "return the flat. Can? || Agent: So sorry for your loss. Yes, just send us the handover date. || ok "
     "thank you"),
    ("bereavement", "sensitive", "call",
     "Agent: Trakwise, how can I help? || Caller: It's about the Corolla. My partner was the one who used "
     "the app and since the accident in March I can't get into it, I don't know her password. || Agent: "
     "I'm so sorry. If you can send us the grant of probate or the death certificate, we'll move it to you."),
    ("bereavement", "benign", "email",
     "Can your locksmith fit a deadbolt on a uPVC back door, or is it multipoint only?"),
    ("bereavement", "benign", "sms",
     "doorbell died overnight, totally dead, won't even light up after charging"),
    ("bereavement", "benign", "chat",
     "the garage camera's in a wifi dead zone, would a mesh extender fix it? || Agent: Usually yes, place it "
     "halfway. || cool"),
    ("bereavement", "benign", "chat",
     "I work the graveyard shift and sleep in the day, can the chime be muted 9am-4pm? || Agent: Yes, set "
     "Quiet Hours. || ta"),
    ("bereavement", "benign", "web_form",
     "Quote request from Hollins & Sons Funeral Directors: CCTV for our chapel of rest corridor and car "
     "park, plus an alarm for the office."),
    ("bereavement", "benign", "review_reply",
     "Watching Dead to Me and the doorbell made me scream. 10/10 app though. || Agent: Ha! Thanks!"),
    ("bereavement", "benign", "email",
     "The engineer said our system passed its annual inspection. Can I get the certificate emailed for my "
     "insurer?"),
    ("bereavement", "benign", "chat",
     "getting loads of packet loss on the NVR stream at night, is that my router? || Agent: Likely, try a "
     "wired connection first. || will do"),
    ("bereavement", "benign", "call",
     "Caller: Lost my keys on a night out, I'm locked out in Salford. How fast can someone get here? || "
     "Agent: About 40 minutes. || Caller: Go for it."),
    ("bereavement", "benign", "review_reply",
     "RIP my old doorbell, the Peep 3 is miles better. How do I remove the old one from the app? || Agent: "
     "Settings > Devices > Remove."),
    ("bereavement", "benign", "email",
     "Our old cat passed away last month so we don't need the pet-immune sensors anymore. Can they be "
     "swapped to standard?"),
    ("bereavement", "benign", "thread",
     "What happens to a storage contract if the account holder dies? Just want to understand before I sign "
     "up for my business. || Agent: The unit passes to the estate and the executor can access it with "
     "paperwork. || Thanks"),
    ("bereavement", "benign", "sms",
     "Are you open Memorial Day? Need to grab my kayak from the unit."),
    ("bereavement", "benign", "email",
     "Tracker install for my Skoda Octavia estate, does it go behind the dash?"),
    ("bereavement", "benign", "chat",
     "night vision has ghosting trails on anything moving || Agent: Lower the exposure in Image settings. || "
     "better"),
    ("bereavement", "benign", "email",
     "The keypad arrived dead on arrival, no lights at all. Order 100-61520."),
    ("bereavement", "benign", "chat",
     "this wifi setup is killing me, can someone call me? || Agent: Sure, calling you in 5. || thanks"),
    ("bereavement", "benign", "email",
     "The doorbell won't respond to the Alexa wake word anymore since the update."),
    ("bereavement", "benign", "dm",
     "the app lost my car for 3 hours today, tracker showed nothing || Agent: Sorry, server issue, fixed "
     "now. || ok"),
    ("bereavement", "benign", "email",
     "This is a grave oversight: there's no way to export clips in bulk. Please add it."),
    # ---- violence_self_harm
    ("violence_self_harm", "sensitive", "thread",
     "Hi, I need my locks changed tonight if possible. My ex hit me on Saturday and he still has a key. I'm "
     "at my sister's. || Agent: I'm so sorry. We can have someone there by 8pm, is that safe for you? || "
     "Yes, my sister will come with me."),
    ("violence_self_harm", "sensitive", "email",
     "I'm staying at a refuge at the moment so I can't give a home address for the storage contract. Can I "
     "use a PO box? The staff here said to ask you."),
    ("violence_self_harm", "sensitive", "chat",
     "a man has been following me from the station three nights this week. can walkwith record "
     "automatically when I get off the train? || Agent: I'm really sorry, that sounds frightening. Yes, set "
     "Auto-Record on Arrival for that station, and please consider reporting it. || thank you"),
    ("violence_self_harm", "sensitive", "chat",
     "found a tracker that isn't mine taped under my wheel arch. I think my ex put it there, he always knows "
     "where I am. can you check if it's one of yours? || Agent: I'm sorry. Send the serial and we'll check. "
     "|| sending now"),
    ("violence_self_harm", "sensitive", "email",
     "My neighbour told me to my face he'd burn my house down if I didn't take the camera off. I want a "
     "second camera pointing at my front door."),
    ("violence_self_harm", "sensitive", "chat",
     "can you cancel everything. the alarm, the app, all of it. I won't need it. I don't want to be here "
     "anymore || Agent: I'm really sorry you're feeling like this, Sam. Are you safe right now? You can call "
     "Samaritans free on 116 123. || idk || Agent: I'm staying on this chat with you. Is there someone nearby "
     "you can call?"),
    ("violence_self_harm", "sensitive", "agent_note",
     "Note: Customer said her partner has been cutting himself and locks himself in the bathroom; she wants "
     "a lock that can be opened from outside. Gave Samaritans number, booked job."),
    ("violence_self_harm", "sensitive", "dm",
     "my husband checks my location on the tracker every hour and rings me screaming if I'm five minutes "
     "late. how do I remove him without him knowing? || Agent: I'm sorry. I'll send you steps privately. || "
     "ok"),
    ("violence_self_harm", "sensitive", "email",
     "My mum's carer has been pushing her around, we saw it on the indoor cam. I need the full day's footage "
     "saved before it deletes."),
    ("violence_self_harm", "sensitive", "thread",
     "someone keeps posting my doorbell clips on facebook and messaging me 'you're next'. how did they get "
     "them?? || Agent: That's awful. I'm forcing a log-out on all devices and resetting your password now. "
     "|| ok please hurry"),
    ("violence_self_harm", "sensitive", "voicemail",
     "Voicemail: Hi, it's Paula at 19 Grove Road. Someone put a note through my door saying they know where "
     "I live and I'll pay for what I said, that's the third one. Can I get the letterbox camera fitted this "
     "week?"),
    ("violence_self_harm", "sensitive", "agent_summary",
     "Summary: Caller was assaulted on her doorstep last Friday by a man she didn't know; he punched her "
     "when she refused to let him in. Requested doorbell clip export and a second camera."),
    ("violence_self_harm", "sensitive", "email",
     "Please I need your help, my husband has been beating me and I have moved to my sister's house in "
     "Surulere. I want to remove his phone from the CCTV app, I paid for it."),
    ("violence_self_harm", "sensitive", "sms",
     "Sorry I missed the install last Tuesday. I took too many of my tablets on purpose on the Monday and "
     "ended up in A&E. I'm ok now and can do next week."),
    ("violence_self_harm", "sensitive", "chat",
     "Please, my ex is WhatsApping me threats every night and came to the gate on Sunday. Can armed "
     "response come if he's on the camera again? || Agent: Yes, I'll flag him on your profile. || thank you"),
    ("violence_self_harm", "sensitive", "chat",
     "Hi po, my boyfriend slapped me last night and took my car keys. The tracker shows the car is in Pasay. "
     "Can you help me lock him out of the app po? || Agent: Yes, I'll remove all other users now. || salamat"),
    ("violence_self_harm", "sensitive", "dm",
     "my brother-in-law's been ringing and turning up at my work saying he'll 'sort me out'. can the safety "
     "app auto-call 000? || Agent: That sounds really scary, I'm sorry. SOS can dial 000 and send your "
     "location to two contacts at once, I'll walk you through it. || yes pls"),
    ("violence_self_harm", "sensitive", "review_reply",
     "App helped me more than anyone. Last winter I was on the bridge ready to end it and pressed check-in "
     "by accident, my friend called straight away. I'm still here. || Agent: Thank you for sharing this, "
     "we're so glad you're here."),
    ("violence_self_harm", "sensitive", "email",
     "My old manager keeps turning up outside my flat and leaving things on my car. I've asked him to stop. "
     "Can the doorbell alert me when he's there?"),
    ("violence_self_harm", "sensitive", "call",
     "Caller: After what happened on the towpath in March I haven't walked home alone. A man grabbed me "
     "from behind. || Agent: I'm so sorry. Let's set up SOS with auto-record. || Caller: Please."),
    ("violence_self_harm", "benign", "chat",
     "do you do key cutting while I wait? need 3 copies of a Yale || Agent: Yes, about 5 minutes each. || "
     "great"),
    ("violence_self_harm", "benign", "email",
     "Morning, how do I test the panic button without the control room phoning me and the armed response "
     "rocking up? Don't want to waste their time. Regards, Pieter (Centurion)"),
    ("violence_self_harm", "benign", "thread",
     "got an email saying there was a brute-force attack on my account and it's been locked. was that real? "
     "|| Agent: Yes, we blocked it. Reset your password. || done"),
    ("violence_self_harm", "benign", "email",
     "Can the Trakwise immobiliser kill switch be triggered from the app if the car's stolen? Asking before "
     "I upgrade."),
    ("violence_self_harm", "benign", "review_reply",
     "engineer smashed it today, neatest install I've seen. || Agent: Thanks, we'll pass it on!"),
    ("violence_self_harm", "benign", "chat",
     "We're doing a photo shoot at our house Saturday, can I pause the cameras so the crew don't trigger 500 "
     "alerts? || Agent: Use Privacy Mode. || thanks"),
    ("violence_self_harm", "benign", "web_form",
     "Quote request: Iron Fist Kickboxing, Unit 4 Mill Yard. We need CCTV covering two training rooms plus "
     "reception, 14-day recording. Best contact is the head coach, Dele, 07700 900381."),
    ("violence_self_harm", "benign", "thread",
     "Your agent hung up on me! || Agent: So sorry. Our policy only allows ending calls for abusive language, "
     "and I've listened back: that didn't happen here. Apologies. || ok"),
    ("violence_self_harm", "benign", "email",
     "What actually happens if someone breaks in while I'm on holiday? Does the control room send police or "
     "a keyholder?"),
    ("violence_self_harm", "benign", "chat",
     "is it ok hanging the camera upside down from the soffit? || Agent: Yes, use Image Flip. || cool"),
    ("violence_self_harm", "benign", "sms",
     "the alarm keeps triggering when the heating comes on"),
    ("violence_self_harm", "benign", "email",
     "What does 'threat detected' mean in the new AI feature? It flagged a bin bag."),
    ("violence_self_harm", "benign", "review_reply",
     "this app is basically stalking my battery lol, 40% drain overnight. || Agent: Sorry! Update to 5.3."),
    ("violence_self_harm", "benign", "email",
     "Your fair use policy mentions 'abuse of unlimited cloud storage'. Is 4TB abuse?"),
    ("violence_self_harm", "benign", "chat",
     "a fox attacked the bins and the floodlight didn't come on || Agent: Check the sensitivity. || ok"),
    ("violence_self_harm", "benign", "dm",
     "I listen to too many true crime podcasts, that's why I bought 6 cameras lol. Which NVR for 6?"),
    ("violence_self_harm", "benign", "email",
     "Hiya, can you beat the price of £199 for installation I was quoted elsewhere? It's a 4-camera kit on "
     "a semi in Swansea. Cheers, Rhys"),
    ("violence_self_harm", "benign", "chat",
     "had a fight with the router all morning, camera still won't connect || Agent: Let's reset it. || ok"),
    ("violence_self_harm", "benign", "email",
     "Is the outdoor cam vandal-proof? Not bulletproof obviously lol"),
    ("violence_self_harm", "benign", "email",
     "Playing Call of Duty with headset on, didn't hear the doorbell. Can it flash the Hue lights? || Agent: Yes, "
     "link Hue under Integrations and pick 'Flash on ring'. || nice one"),
]


def sable_examples() -> list[dict]:
    """The sable split as labelled tickets (same shape as ``sensitive_eval.build_eval_set``'s)."""
    return stranger_examples("sable", ENTRIES, SUBJECTS)
