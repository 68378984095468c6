"""ings split: written by a helper who had not seen the detection rules, the anchors or any other split.
Setting: Ings Appliance Care, a home-appliance repair, extended-warranty and white-goods rental firm whose engineers
fix washers, fridges, ovens and boilers in customers' homes, selling Silver/Gold/Platinum Care plans, weekly rentals
(WashPro washers, FreshStore fridges, the Baby Compact oven) and old-appliance collection and recycling;
registers are email, chat, sms, call, agent_note, web_form, review, voicemail, dm.
The benign half borrows the same territory harmlessly: appliances that 'die' or 'fight back', schools, nurseries,
surgeries, mosques, churches, union and party offices and law firms booking as organisations, adults' own dates of
birth, product features (child lock, Sabbath mode, anti-fingerprint steel, voice control) and routine billing.
70 sensitive and 70 benign tickets for special categories, 50 and 50 for children, 20 and 20 for financial hardship,
15 and 15 for health, legal, bereavement and violence and self-harm.
First reading (policy 2026.11.24.5, after it was final; `sensitive_eval.evaluate`, as `make eval-sensitive`):
94.5 / 2.5 recall / false exclusion in % as shipped, 94.5 / 7.5 without the overruling,
89.0 / 5.5 by the rules alone. Then read while tuning the rules of 2026.11.24.6
(the rules alone 97.0 / 4.0 after) and trained on for sensitive-linear-21."""

from __future__ import annotations

from training_gate.sensitive_blind import stranger_examples

SUBJECTS: tuple[str, ...] = (
    "Washing machine repair booking",
    "Fridge-freezer rental query",
    "Boiler warranty claim",
    "Rescheduling my engineer visit",
    "Weekly rental payment",
    "Old appliance collection and recycling",
    "Oven not heating",
    "Complaint about an engineer visit",
    "Update my account details",
    "Tumble dryer fault",
    "Dishwasher leaking",
    "Warranty plan renewal",
    "Cancel my Care plan",
)

ENTRIES: list[tuple[str, str, str, str]] = [
    # ---- health
    ("health", "sensitive", "email",
     "Hi, I rent a fridge-freezer from you (agreement RA-40217). It stopped cooling overnight and I keep my "
     "insulin pens in the door shelf, so I really need someone today if at all possible. I've moved them to a "
     "neighbour's for now. Thanks, Maureen Ashdown"),
    ("health", "sensitive", "chat",
     "hiya, engineer is booked for thurs but can he not come before 10? || Agent: We can request an afternoon "
     "slot for you, is there a reason mornings are tricky? || yeah im on dialysis tues thurs and sat mornings at "
     "the unit, usually back about 1"),
    ("health", "sensitive", "agent_note",
     "Cust (Mr Derek Pollard) is a wheelchair user, washer is under the worktop and he can't reach the filter or "
     "the isolator. Book two-person visit and flag access: ramp at side door. Job ING-58820."),
    ("health", "sensitive", "voicemail",
     "Hello it's Priya Mistry, job reference ING five nine one four four, um, I won't be able to let the engineer "
     "in tomorrow because they're keeping me in at St Aldhelm's after my operation, could you ring my sister on "
     "07700 900412 to rearrange, thank you, bye"),
    ("health", "sensitive", "sms",
     "Can ur engineer knock really loud pls, im deaf in my left ear n the bell's broke. Flat 3 Corran House. Ta, "
     "Gav || Agent: No problem Gav, I've added that to the job notes for Thursday."),
    ("health", "sensitive", "web_form",
     "Name: Ruth Okafor | Job type: Oven repair | Access notes: I'm 31 weeks pregnant and can't get down to the "
     "oven, so please could the engineer pull it out himself | Preferred time: any weekday"),
    ("health", "sensitive", "call",
     "Agent: Ings Appliance Care, Lewis speaking. || Caller: Hi, the tumble dryer's making that burning smell "
     "again. || Agent: Right, and when did that start? || Caller: Last week, only I was laid up with a slipped "
     "disc so I couldn't ring sooner. I can't even kneel to get at the lint filter."),
    ("health", "sensitive", "email",
     "To whom it may concern, my mother (Joan Tebbit, 84) has vascular dementia and keeps switching the boiler "
     "off at the wall, then forgetting and sitting in the cold. Is there a tamper cover your engineer could fit "
     "on her next service? I can authorise the work. Regards, Alan Tebbit"),
    ("health", "sensitive", "chat",
     "the washer keeps leaving powder in everything and I'm coming up in hives again, the dermatologist says it's "
     "contact eczema so I need an extra rinse setting that actually works. can someone look at it"),
    ("health", "sensitive", "review",
     "2/5. Engineer was on time but didn't listen when I said I have ME and can't stand for long, had me holding "
     "the utility door open for twenty minutes and I was wiped out for two days. || Agent: Hello Claire, I'm very "
     "sorry the visit left you so exhausted. I've added a note so future engineers can work without needing you "
     "there."),
    ("health", "sensitive", "dm",
     "@IngsCare my boiler warranty visit got cancelled AGAIN. I'm just out of hospital after a heart attack and "
     "the house is freezing, please sort this today || Agent: I'm so sorry, that's not acceptable. I've booked an "
     "emergency visit for this afternoon and I'll DM you the engineer's name. || thank you. sorry for shouting"),
    ("health", "sensitive", "agent_note",
     "Spoke to Mrs Hollis re dishwasher. She mentioned she's on chemo and her immunity is low - engineer to wear "
     "mask and gloves, and avoid Fridays as that's her treatment day."),
    ("health", "sensitive", "chat",
     "Hi can I move my rental payment day? || Agent: Of course, which day would suit you better? || Friday "
     "please. Also while I've got you, I'm partially sighted, could reminders come as phone calls instead of "
     "texts? I can't read the small print on my phone any more"),
    ("health", "sensitive", "email",
     "Hello, I've been signed off work with anxiety and I'm finding phone calls really hard at the moment, so "
     "please could all contact about the oven repair (ING-61170) be by email only. Sorry to be a pain. Kiran"),
    ("health", "sensitive", "sms",
     "Agent: Hi, it's Ings engineer Rob for job ING-60377, running about 15 mins late || No worries, door's on "
     "the latch. I'll be upstairs as I've done my knee ligaments and can't manage the stairs much, just shout up"),
    ("health", "benign", "chat",
     "Does the Gold Care plan include an annual boiler health check, or is that an extra? Trying to compare it "
     "with Silver before I renew."),
    ("health", "benign", "email",
     "Hi, I'm the practice manager at Fernside Surgery. The vaccine fridge in our treatment room is reading 9 "
     "degrees and the alarm keeps going. Could you send someone today? It's on business plan BP-1120. Thanks, "
     "Gail Rowntree"),
    ("health", "benign", "agent_note",
     "Engineer diagnosis: oven heating element failed, everything else healthy. Element ordered, revisit booked "
     "for the 14th. No further action needed."),
    ("health", "benign", "review",
     "Five stars. The diagnostic visit was quick and the engineer explained exactly what was wrong with the "
     "compressor. Fridge is back to full health and quieter than before!"),
    ("health", "benign", "web_form",
     "Product: WashPro 8kg | Question: Does the Allergy Care cycle actually reach 60 degrees? The manual isn't "
     "clear and I'd like to know before I sign the rental | Contact: email please"),
    ("health", "benign", "chat",
     "my dishwasher's got a fever lol, the door is scorching to touch || Agent: Ha, that's not what we want! Is "
     "it hot on every cycle or just the intensive one? || only intensive I think, and there's a plasticky smell"),
    ("health", "benign", "sms",
     "Reminder from Ings Appliance Care: your washer's free annual safety check is due. Reply YES to book or call "
     "07700 900118. || YES please, any weekday morning suits me || Agent: Thanks! We'll text you a date and time "
     "within 24 hours."),
    ("health", "benign", "email",
     "Hello, I run a small independent chemist's on Bridge Row. We need a lockable pharmacy-grade fridge on "
     "weekly rental for stock. Which models do you offer and what's the weekly price? Many thanks, Dev Chauhan"),
    ("health", "benign", "call",
     "Caller: I'm ringing about the Steam Refresh thing on the washers, someone said it kills dust mites? || "
     "Agent: It does run hot enough for that, yes, on the 60-minute setting. || Caller: Great. Can I swap my "
     "current rental to that model or is it a new agreement?"),
    ("health", "benign", "dm",
     "your engineer literally saved my life today, freezer was full of the christmas food and now it's humming "
     "away again. legend"),
    ("health", "benign", "voicemail",
     "Hi, this is Dana from facilities at Greystones Care Home, the big commercial washer in the laundry room is "
     "leaking from the door seal again. Could somebody call me back on 07700 900233? Thanks."),
    ("health", "benign", "agent_note",
     "Cust asked whether the cooker hood filter is 'hospital grade'. Told her it's a standard carbon filter, HEPA "
     "upgrade available for 29 pounds. She'll think about it and call back."),
    ("health", "benign", "chat",
     "Is it actually safe to run a tumble dryer overnight? Just a general question - the fire service leaflet "
     "says don't, but your manual doesn't mention it either way. || Agent: We'd always recommend running it while "
     "you're awake and at home, and clearing the lint filter every load. || good to know, I'll stick to daytime "
     "then"),
    ("health", "benign", "web_form",
     "Name: Stephen Cole | Appliance: gas boiler | Fault: pressure keeps dropping below 1 bar | Notes: boiler "
     "cupboard is inside the first-aid room of our office building, ask reception for the key"),
    ("health", "benign", "review",
     "The engineer was basically a doctor for washing machines, had the drum bearing done in half an hour. || "
     "Agent: Thank you Harriet, we'll pass that on to Olu - he'll love the new job title!"),
    # ---- legal
    ("legal", "sensitive", "email",
     "Dear Ings, I have now instructed a solicitor (Fairbairn & Lowe) regarding the flood your engineer caused "
     "when he refitted my dishwasher. Please direct all further correspondence to them. Sincerely, Graham "
     "Pettifer"),
    ("legal", "sensitive", "chat",
     "hi I need to take my ex off the rental agreement || Agent: I can help with that. Is the other account "
     "holder able to give consent? || no, we're in the middle of divorce proceedings and my lawyer's told me not "
     "to contact him directly"),
    ("legal", "sensitive", "agent_note",
     "Cust states there is a restraining order against her former partner. DO NOT disclose her new address or "
     "visit times to anyone calling on her behalf. Password-only verification from now on."),
    ("legal", "sensitive", "voicemail",
     "Yeah hi, it's Connor Baines, I missed the engineer Tuesday cos I was stuck at the magistrates' court all "
     "day, can I rebook for next week? Number's 07700 900561, cheers."),
    ("legal", "sensitive", "sms",
     "wont be in for the fridge collection fri, got to give a statement at the police station at 10 about the "
     "break-in. can u do mon?"),
    ("legal", "sensitive", "web_form",
     "Complaint type: Damage | Details: Your collection team damaged my hallway and I have now filed a claim in "
     "the small claims court (ref 4QZ71932). I'm still willing to settle before the hearing. | Name: Bernadette "
     "Nwosu"),
    ("legal", "sensitive", "call",
     "Agent: Can I just confirm the name on the account? || Caller: It's under my brother's name, Jamie Rourke, "
     "but he's... he's on remand at the moment so he can't ring himself. || Agent: I understand. I'll need his "
     "authorisation in writing, or a power of attorney, before I can make changes."),
    ("legal", "sensitive", "email",
     "Hello, I'd like a weekly rental on a washer-dryer but I have an unspent conviction from 2021. Does your "
     "credit and ID check include a criminal records search? I'd rather know now than waste your time. Thanks, P. "
     "Kowalczyk"),
    ("legal", "sensitive", "dm",
     "my neighbour is suing me cos your engineer parked across her drive for 3 hrs and now I'm getting letters "
     "from her solicitor. can someone send me the visit times in writing asap"),
    ("legal", "sensitive", "chat",
     "Ok so the police have asked for the serial number of the tumble dryer I rent from you - it was taken in a "
     "burglary on Sunday and they've given me a crime reference. Is the rental insured against theft?"),
    ("legal", "sensitive", "review",
     "Rubbish. Boiler warranty claim refused on a technicality, I'm taking this further and my lawyer is already "
     "drafting the letter before action. || Agent: I'm sorry to hear that, Mr Delaney. I've escalated this to our "
     "complaints team, who will contact you within 48 hours."),
    ("legal", "sensitive", "agent_note",
     "Cust says he was arrested last week and his phone was seized, so he's calling from a friend's number, 07700 "
     "900774. Verified via security questions. Rebooked oven repair for Mon."),
    ("legal", "sensitive", "email",
     "Hi, can you send me the full visit history for the washing machine at 14 Marlowe Close? || Agent: "
     "Certainly, may I ask what it's needed for so I send the right records? || It's for my employment tribunal. "
     "My employer claims I wasn't waiting in for your engineer on the days I said I was."),
    ("legal", "sensitive", "sms",
     "Hi its Tanya, sorry to cancel again, my court date got moved to Weds (the drink driving thing, long story). "
     "Any slot next wk? || Agent: Sorry to hear that, Tanya. I can do Tuesday the 9th, 8 till 12? || tues works "
     "ta"),
    ("legal", "sensitive", "voicemail",
     "Message for Ings Appliance Care from Hamid at Carrow Law Centre, I'm acting for your customer Mrs Lena "
     "Vasquez in her disrepair claim against her landlord and we need copies of the engineer reports on her "
     "boiler. Please call me back on 07700 900248."),
    ("legal", "benign", "chat",
     "Quick question - what are my rights if the fridge breaks in the first six months? Is that covered by "
     "consumer law or only by your warranty?"),
    ("legal", "benign", "email",
     "Hi, we're a law firm (Pennick Hale LLP) and would like to rent two dishwashers for our office kitchens on a "
     "12-month business agreement. Could you send terms and a quote? Best, Ruth Ambrose, Office Manager"),
    ("legal", "benign", "web_form",
     "Query: Can I read the full terms and conditions of the Platinum Care plan before I sign? The link on the "
     "page gives a 404 error. | Name: Olivia Brandt | Contact: email"),
    ("legal", "benign", "agent_note",
     "Warranty claim WC-88213 approved. Parts and labour covered, customer pays nothing. Case closed."),
    ("legal", "benign", "review",
     "The engineer was judge, jury and executioner on that limescale - absolutely annihilated it. Drum looks "
     "brand new. Five stars."),
    ("legal", "benign", "sms",
     "Ings: your case reference is CS-20418. Keep it handy if you need to chase your warranty claim."),
    ("legal", "benign", "call",
     "Caller: I've had a letter saying my warranty's 'void' - what does that actually mean? || Agent: Usually "
     "that a non-approved engineer has worked on the appliance. Has anyone else repaired it? || Caller: Ah. Yes, "
     "my brother-in-law had a go at the pump. Oops."),
    ("legal", "benign", "chat",
     "hi does the 14-day cooling-off period apply to rentals too? || Agent: Yes, you can cancel within 14 days of "
     "delivery and get back any payments made. || perfect, and would I have to pay for the collection?"),
    ("legal", "benign", "email",
     "Hello, I manage the staff canteen at Harbury Crown Court. The commercial oven's door hinge has gone again - "
     "same fault as March. Business account BA-3371. Could you book an engineer this week? Thanks, Sandra Bell"),
    ("legal", "benign", "dm",
     "is the Consumer Rights Act the reason you do free repairs in year one, or is that just your own policy? "
     "settling an argument in the office || Agent: Bit of both! The law gives you rights on faulty goods, and our "
     "free first-year repairs sit on top of that. || ha, so we were both right"),
    ("legal", "benign", "voicemail",
     "Hi it's Mark from the Tennis Court Cafe on Orchard Parade, the drinks fridge has stopped working and we've "
     "got the club tournament this weekend, please call me on 07700 900309."),
    ("legal", "benign", "review",
     "Claimed on the warranty, got passed around a bit but they sorted it in the end. 4 stars. || Agent: Thanks "
     "Paul, and sorry about the runaround - we've changed how claims are routed so it should be quicker next "
     "time."),
    ("legal", "benign", "web_form",
     "Business name: Sterling & Rowe Notaries | Request: under-counter fridge on rental | Delivery: ground floor, "
     "weekdays only | Billing contact: accounts@example.com"),
    ("legal", "benign", "agent_note",
     "Customer asked whether we're liable if a rented appliance damages flooring. Explained the liability section "
     "of the rental T&Cs (clause 9) and emailed her a copy."),
    ("legal", "benign", "chat",
     "lol the dishwasher has committed a crime against my wine glasses, they come out cloudier than they go in. "
     "is that the rinse aid or hard water?"),
    # ---- bereavement
    ("bereavement", "sensitive", "email",
     "Hello, my father, Leonard Haig, passed away on 3 March. He had a washing machine on rental with you "
     "(RA-31122). Could you arrange collection and close the account? I'm his executor and can send whatever you "
     "need. Many thanks, Susan Haig-Morris"),
    ("bereavement", "sensitive", "chat",
     "hi I need to cancel the boiler cover || Agent: Sorry to see you go. Can I ask why you're cancelling today? "
     "|| my wife died in January and I'm selling the house, I can't keep it all going on my own"),
    ("bereavement", "sensitive", "sms",
     "Sorry missed ur call, been at the crematorium all morning. Mum's fridge can go back whenever, key is with "
     "the neighbour at no 12"),
    ("bereavement", "sensitive", "voicemail",
     "Hi, it's Denise Carroll, my husband Mick always dealt with the warranty, he died last month and I honestly "
     "don't know what we're paying for. Could somebody ring me and go through it with me, 07700 900145, thank "
     "you."),
    ("bereavement", "sensitive", "agent_note",
     "Bereavement: account holder Mr Trevor Ainsley deceased (per daughter, Kerry). Payments frozen 30 days "
     "pending death certificate. Go gently, she's finding calls very hard."),
    ("bereavement", "sensitive", "web_form",
     "Reason for cancellation: Other | Details: The account holder, my brother Owen, died suddenly last week. I'm "
     "sorting out his flat and need the rented tumble dryer collected. | Your name: Gareth Price"),
    ("bereavement", "sensitive", "call",
     "Agent: ...and is the account holder available to speak? || Caller: No, that's why I'm ringing, Nan passed "
     "on Saturday. She'd have wanted the oven warranty moved to me, I'm keeping the house. || Agent: I'm so "
     "sorry. We can do that, I'll just need a copy of the will or the grant of probate."),
    ("bereavement", "sensitive", "review",
     "I rang to cancel my late partner's rental and the lady on the phone was so kind, let me cry and never "
     "rushed me. Thank you Ings. || Agent: Thank you for taking the time to write this, Jo. All of us here are "
     "thinking of you."),
    ("bereavement", "sensitive", "dm",
     "tried to cancel the warranty online but it keeps asking the account holder to log in. he's dead. how am I "
     "meant to do that || Agent: I'm so sorry for your loss. You don't need his login - send me his postcode and "
     "I'll call you to close it down."),
    ("bereavement", "sensitive", "chat",
     "Can the engineer come after 2 on Thursday? We've got my grandad's funeral in the morning and I won't be "
     "back before then"),
    ("bereavement", "sensitive", "email",
     "Hi, the dishwasher repair next Thursday - can we push it back? || Agent: Of course, what date would suit? "
     "|| Any time after the 20th. We lost our son Ryan in a car crash and everything is on hold right now."),
    ("bereavement", "sensitive", "sms",
     "this is Lou, Pete's partner. Pete died on Sunday so there'll be nobody home for the fridge delivery. Please "
     "cancel it"),
    ("bereavement", "sensitive", "agent_note",
     "Customer's mother died at Beechcroft care home on Friday; the rented mini fridge in her room needs "
     "collecting. Waived early-return fee as goodwill. Condolences passed on."),
    ("bereavement", "sensitive", "voicemail",
     "Er, hello, this is about the boiler service for Mrs Eileen Bray at 4 Hollin Terrace. I'm her neighbour. I'm "
     "afraid Eileen passed away in her sleep on Tuesday and the family are abroad, so they asked me to let you "
     "know."),
    ("bereavement", "sensitive", "chat",
     "hey do you do recycling of old freezers || Agent: We do - 25 pounds, or free with a new rental. || ok good. "
     "it was my dad's, we're clearing his bungalow since he went. don't think anyone wants a chest freezer from "
     "1998 lol"),
    ("bereavement", "benign", "chat",
     "My washing machine died mid-cycle with all my work shirts inside. RIP. Can someone come out tomorrow? || "
     "Agent: Sorry to hear that! Is it on a rental or a Care plan? || Care plan, Gold. ref WP-33018"),
    ("bereavement", "benign", "review",
     "Dead on arrival - the new fridge wouldn't even power on. To be fair the replacement came the next morning "
     "and works perfectly. 3 stars."),
    ("bereavement", "benign", "email",
     "Hello, we're a funeral directors' office (Marsh & Daughters) and the staff kitchen dishwasher isn't "
     "draining. Business account BA-7762. Could you book us in this week? Kind regards, Philippa Marsh"),
    ("bereavement", "benign", "sms",
     "Ings: your engineer has passed your job to a colleague due to a parts delay. New visit: Wed 10am-12pm. "
     "Reply STOP to opt out of texts."),
    ("bereavement", "benign", "agent_note",
     "Old chest freezer collected from customer's garage and taken for recycling. Customer glad to see the back "
     "of it. Disposal certificate emailed."),
    ("bereavement", "benign", "call",
     "Caller: Hi, my tumble dryer's gone to the great laundrette in the sky. || Agent: Ha, sorry for your loss! "
     "Is it one of ours on rental? || Caller: Yeah, RA-22093. It just clicks and does nothing."),
    ("bereavement", "benign", "dm",
     "the oven light is dead, is that a warranty thing or do I just go and buy a bulb? || Agent: Bulbs aren't "
     "covered I'm afraid, but it's a standard 25W oven bulb from any hardware shop."),
    ("bereavement", "benign", "voicemail",
     "Hi it's Brenda calling from Lakeside Memorial Hall, the fridge in the hall kitchen is making a terrible "
     "grinding noise and we've got a wedding reception on Saturday, so could someone come Friday? 07700 900287."),
    ("bereavement", "benign", "web_form",
     "Appliance: Fridge-freezer | Fault: freezer section completely dead, fridge part still cold | Account holder "
     "date of birth: 12/05/1961 | Preferred contact: phone, evenings"),
    ("bereavement", "benign", "chat",
     "does the warranty carry over if I sell the house? || Agent: It can be transferred to the new owner for a 15 "
     "pound admin fee. || great, and does it stay with the boiler or follow me if I move?"),
    ("bereavement", "benign", "review",
     "I killed two washing machines in three years before I got the Ings plan, now they just come and fix it. "
     "Worth every penny. || Agent: Glad to hear it, Nadia - long may the third one live!"),
    ("bereavement", "benign", "email",
     "Hi, my late-evening slot for the fridge delivery was missed - I waited up until 9pm. Can we rebook for the "
     "weekend? Order RO-55810. Thanks, Imran"),
    ("bereavement", "benign", "agent_note",
     "Cust asked, for general info, what our policy is when an account holder dies. Nothing has happened on her "
     "account, she's just updating her household paperwork. Explained transfer policy and sent the FAQ link."),
    ("bereavement", "benign", "sms",
     "Ur old fridge is gone for good - collected & recycled today. Thanks for choosing Ings Appliance Care!"),
    ("bereavement", "benign", "chat",
     "the boiler's been ghosting me, fires up for 5 mins then nothing at all. pressure looks fine. any ideas "
     "before I book someone?"),
    # ---- violence_self_harm
    ("violence_self_harm", "sensitive", "email",
     "I want to make a formal complaint. When I told your collection driver the fridge wasn't emptied yet he "
     "shoved me against the door frame and I've got bruising all down my shoulder. His van registration is on the "
     "confirmation. Hannah Pryce"),
    ("violence_self_harm", "sensitive", "chat",
     "can you remove my old address from the account please || Agent: Sure, can I ask if you've moved house? || "
     "I've left my husband, he hits me. I'm staying at a refuge and I don't want him seeing anything about new "
     "deliveries"),
    ("violence_self_harm", "sensitive", "agent_note",
     "Engineer K. Mensah reports the customer at 22 Aspen Walk threatened to 'put him through the window' after "
     "being told the part wasn't in stock. Engineer left safely. Address flagged: no lone visits."),
    ("violence_self_harm", "sensitive", "sms",
     "pls dont send that engineer again, the man who came kept texting me after the visit asking me out and now "
     "he's turned up outside my work twice. im scared || Agent: I'm very sorry. He won't be sent to you again and "
     "I've passed this to our safeguarding lead, who will call you today."),
    ("violence_self_harm", "sensitive", "voicemail",
     "Yeah it's Liam, the washing machine's done, whatever, I don't really care any more. I'm not planning on "
     "being around much longer to be honest, so just cancel it all."),
    ("violence_self_harm", "sensitive", "dm",
     "someone from your company has been messaging me from a personal account calling me names ever since I left "
     "a bad review. screenshots attached. this is harassment and I want it to stop"),
    ("violence_self_harm", "sensitive", "chat",
     "hi can you give me the engineer's ETA || Agent: He's about 20 minutes away now. || ok. sorry if i'm slow "
     "answering, had a bad night and cut myself again so my hands are bandaged"),
    ("violence_self_harm", "sensitive", "web_form",
     "Safety note for engineer: My ex-partner is not allowed at this property. If a man claiming to be the "
     "account holder answers, don't let him sign anything - he has been violent towards me. | Name: Sade Williams"),
    ("violence_self_harm", "sensitive", "call",
     "Agent: And is there anything the engineer should know before visiting? || Caller: Just... knock twice. The "
     "man over the road has been threatening me, he said he'd burn my car out, so I don't open the door unless I "
     "know who it is. || Agent: That's no problem at all, I'll add it to the notes."),
    ("violence_self_harm", "sensitive", "review",
     "Engineer was lovely, which mattered because I've been too scared to let men into the house since I was "
     "attacked last year. He kept the door open and talked me through everything. || Agent: Thank you for sharing "
     "this with us, Rebecca. I'll make sure Dev sees your review."),
    ("violence_self_harm", "sensitive", "email",
     "Hi, just letting you know I won't be home for the boiler service. I'm in hospital after taking an overdose "
     "on Sunday and my sister is dealing with things for now. Her number is 07700 900630."),
    ("violence_self_harm", "sensitive", "agent_note",
     "Call from Mrs Gill: said 'if you take the fridge I'll kill myself, it's all I've got left'. Followed "
     "safeguarding script, gave Samaritans number, paused the collection, referred to vulnerability team."),
    ("violence_self_harm", "sensitive", "chat",
     "your engineer grabbed my wrist hard when I wouldn't sign the job sheet, I've reported it to the police on "
     "101. I want his manager to call me"),
    ("violence_self_harm", "sensitive", "sms",
     "Someone keeps ringing my landline pretending to be Ings and saying they know where I live and what time I "
     "get home. Is that you?? I'm frightened"),
    ("violence_self_harm", "sensitive", "voicemail",
     "Hi this is Fran at number 9 Kestrel Court, the man next door who rents from you shouts at me every time "
     "your van blocks the lane, yesterday he spat at me and said he'd break my legs. Can your drivers park "
     "somewhere else please."),
    ("violence_self_harm", "benign", "chat",
     "The spin cycle is so violent the whole machine walks across the kitchen floor. Is the load unbalanced or "
     "are the feet wrong? || Agent: Usually it's transit bolts left in or uneven feet. Have a look at the back "
     "for any bolts. || found two bolts still in!! cheers"),
    ("violence_self_harm", "benign", "review",
     "Killer price on the weekly rental, and the engineer fought that stubborn boiler for an hour and won. 5 stars."),
    ("violence_self_harm", "benign", "email",
     "Hi, the oven door glass shattered as I closed it - nobody was near it, it just exploded into little cubes. "
     "Is that covered under the warranty? Photos attached. Thanks, Rhona"),
    ("violence_self_harm", "benign", "sms",
     "This drum is murdering my jumpers, everything comes out doll-sized. Which cycle is actually wool safe? || "
     "Agent: Use the Wool programme at 30 with a low spin - it's the one with the ball-of-yarn symbol."),
    ("violence_self_harm", "benign", "agent_note",
     "Customer reported washer 'banging like someone's attacking it' on spin. Diagnosed failed shock absorbers, "
     "replaced both, test cycle OK."),
    ("violence_self_harm", "benign", "dm",
     "hey @IngsCare your hold music is genuinely torture, please change it. anyway my fridge is fine now thanks"),
    ("violence_self_harm", "benign", "call",
     "Caller: The boiler makes a noise like gunshots when it fires up. || Agent: That's often delayed ignition, "
     "we'd want to look at it soon. || Caller: Okay, what's the earliest slot you've got?"),
    ("violence_self_harm", "benign", "web_form",
     "Fault description: Dishwasher kicks off the trip switch every time it starts heating | Appliance age: 3 "
     "years | Warranty: yes (WP-41908) | Access: side gate, code 4471"),
    ("violence_self_harm", "benign", "chat",
     "Do you offer a safety check - gas leaks, carbon monoxide alarm, that sort of thing? || Agent: Yes, our Safe "
     "Home visit covers CO alarm testing and a gas appliance safety check. || brilliant, can I add that to my "
     "boiler cover?"),
    ("violence_self_harm", "benign", "voicemail",
     "Hi, Malcolm here, calling about the freezer, the door got smashed up in the house move and now it won't "
     "seal. Could you call me back about a new door or just a seal? 07700 900422."),
    ("violence_self_harm", "benign", "review",
     "I was ready to throw the dryer out of the window but the engineer fixed it in ten minutes. || Agent: We're "
     "glad the dryer survived, Ellie! Thanks for the lovely review."),
    ("violence_self_harm", "benign", "agent_note",
     "Cust annoyed about the third missed appointment but polite throughout. 20 pound credit applied and priority "
     "slot booked for Tues."),
    ("violence_self_harm", "benign", "email",
     "Hello, I'm being bombarded with your marketing emails - four this week. Please stop them. || Agent: "
     "Apologies, I've unsubscribed you from marketing. You'll still get service messages about your rental. || "
     "Thank you, that's perfect."),
    ("violence_self_harm", "benign", "sms",
     "Ings tip: never hit the fridge to stop it buzzing! Book a free check at example.com/ings instead."),
    ("violence_self_harm", "benign", "chat",
     "the self-destruct sequence on this tumble dryer has started again - F09 flashing and nonstop beeping. what "
     "does F09 mean?"),
    # ---- financial_hardship
    ("financial_hardship", "sensitive", "email",
     "Hi, I lost my job at the warehouse last month and I can't make this week's rental payment on the washer "
     "(RA-60311). Can I pause it for a few weeks until my Universal Credit comes through? Thanks, Darren Akers"),
    ("financial_hardship", "sensitive", "chat",
     "is there any way to get a payment break || Agent: We do have a payment support scheme. Could you tell me a "
     "bit about your situation? || im on benefits and they sanctioned me this month, ive literally got 12 quid "
     "til the 28th"),
    ("financial_hardship", "sensitive", "sms",
     "cant pay the 14.99 this week sorry. bailiffs took the car yesterday. will pay what i can friday || Agent: "
     "Thanks for telling us. I've paused this week's payment with no fees, and our support team will text you "
     "about options."),
    ("financial_hardship", "sensitive", "agent_note",
     "Customer entered a Debt Relief Order on 02/04. Account on hold, no further collection activity. Do NOT pass "
     "to the DCA."),
    ("financial_hardship", "sensitive", "voicemail",
     "Hi, it's Kayleigh Dunn, I've had a letter from a debt collection agency about my old fridge rental, I "
     "didn't even know it had gone to them. I'm on a really low income and can't pay 340 pounds in one go. Please "
     "call me back on 07700 900871."),
    ("financial_hardship", "sensitive", "web_form",
     "Request: Payment plan | Reason: I've been made redundant and I'm behind on my rent, so priority bills come "
     "first. Could I drop to 5 pounds a week on the dryer agreement? | Account: RA-17720"),
    ("financial_hardship", "sensitive", "call",
     "Caller: Can you take the cooker back? I don't want to, but I can't keep up with it. || Agent: I'm sorry to "
     "hear that. Have we talked to you about a payment plan? || Caller: There's no point, I'm being evicted on "
     "the 15th, so I won't have a kitchen to put it in."),
    ("financial_hardship", "sensitive", "review",
     "Ings were understanding when I fell into arrears after my hours got cut - froze the charges and let me pay "
     "less for three months. || Agent: Thanks for letting us know, Sam. We're really glad the support plan "
     "helped."),
    ("financial_hardship", "sensitive", "dm",
     "can someone from ings pls ring me, I've been declared bankrupt and my trustee says I have to tell you about "
     "the rental agreement || Agent: Thank you for letting us know. I'll call you this afternoon - could you have "
     "your trustee's details to hand?"),
    ("financial_hardship", "sensitive", "chat",
     "I know I owe 3 weeks on the fridge. I've got a food bank voucher this week and nothing else coming in. "
     "Please don't take it back, it's the only way I can keep anything fresh"),
    ("financial_hardship", "sensitive", "email",
     "Hello, please can you stop the direct debit for now. || Agent: I can, though the rental will then fall into "
     "arrears. Is something going on that we could help with? || My sick pay has run out and I'm still waiting on "
     "a benefits decision. I have nothing coming in at all."),
    ("financial_hardship", "sensitive", "agent_note",
     "Third failed DD. Spoke to cust: she's choosing between heating and eating this month. Referred to StepAway "
     "debt charity, 60-day breathing space applied to account."),
    ("financial_hardship", "sensitive", "sms",
     "Ings: your payment of 11.50 failed. Please pay at example.com/pay || I know. Im on jobseekers now, can I "
     "pay fortnightly when it comes in?"),
    ("financial_hardship", "sensitive", "voicemail",
     "It's Ahmed Rashid, account ending 449, I need to cancel the boiler cover, I've gone into an IVA and my "
     "insolvency practitioner says no non-essential spending. Thank you."),
    ("financial_hardship", "sensitive", "web_form",
     "Account holder: Neil Fenwick | Query: Early return of washing machine | Why: My business went under and the "
     "bank is repossessing the flat, so I need to clear everything out by the end of the month"),
    ("financial_hardship", "sensitive", "chat",
     "how much to buy out the rental early? || Agent: There's 96 pounds remaining on your agreement. || ha no "
     "chance then. I've got about 20 left after the payday loan lot take theirs, was hoping it'd be less"),
    ("financial_hardship", "sensitive", "review",
     "Don't rent from this lot. I missed two payments while I was out of work and they had debt collectors at my "
     "door within a week. Absolute vultures."),
    ("financial_hardship", "sensitive", "email",
     "Dear Sir/Madam, I write on behalf of my client Ms Harper, whom I'm advising at Eastmoor Citizens Advice. "
     "She has priority debts of over 4,000 pounds and cannot afford the 19 pound weekly rental. We propose 2 "
     "pounds per week. Yours, T. Oyelaran, Debt Adviser"),
    ("financial_hardship", "sensitive", "dm",
     "got my hours cut to 8 a week, no way I can do 17 a week for the dryer any more. what are my options before "
     "it gets worse"),
    ("financial_hardship", "sensitive", "call",
     "Agent: Okay, I can see the missed payments on the account. || Caller: Yeah, we've been living off my wife's "
     "carer's allowance since the factory shut and it doesn't stretch. || Agent: Let's go through the hardship "
     "options together."),
    ("financial_hardship", "benign", "chat",
     "My card expired so this week's rental payment bounced - how do I put the new one on? || Agent: You can "
     "update it in the app under Payments, or I can take it over the phone. || app's fine, done it now"),
    ("financial_hardship", "benign", "email",
     "Hi, I've been charged twice for the boiler cover this month (12.99 on the 1st and again on the 3rd). Please "
     "refund the duplicate. Account WP-30018. Thanks, Colette"),
    ("financial_hardship", "benign", "sms",
     "Can I move my weekly payment from Monday to Thursday? Suits my pay day better. Acc RA-44102 || Agent: Done "
     "- your payments will come out on Thursdays from next week."),
    ("financial_hardship", "benign", "agent_note",
     "Customer requested a VAT invoice for the fridge rental (she's a sole trader). Sent by email, no other issues."),
    ("financial_hardship", "benign", "web_form",
     "Question: Is there a discount if I pay the annual warranty upfront instead of monthly? | Product: Gold Care "
     "| Name: Farah Idris"),
    ("financial_hardship", "benign", "call",
     "Caller: I want to buy out the rental early, what's the settlement figure? || Agent: You've got 58 pounds "
     "left, I can take that now if you like. || Caller: Go on then, use the card you've got on file."),
    ("financial_hardship", "benign", "review",
     "Affordable weekly rental, no credit-check faff, and the price includes repairs. Great value for a first "
     "flat. 5 stars."),
    ("financial_hardship", "benign", "voicemail",
     "Hi it's Jo Whitlock, just noticed the direct debit went out a day early this month, no problem at all, just "
     "checking the date hasn't changed for good. Thanks."),
    ("financial_hardship", "benign", "dm",
     "why has my warranty gone up from 9.99 to 11.49?? didn't get any email about a price change || Agent: Sorry "
     "you weren't told - the annual price review letter should have gone out in March. I'll resend it today."),
    ("financial_hardship", "benign", "chat",
     "can i pay with apple pay || Agent: Not yet I'm afraid - card, direct debit or bank transfer. || ok bank "
     "transfer then, whats the sort code and reference"),
    ("financial_hardship", "benign", "email",
     "Hello, I'd like a copy of my payment history for the last year for my records. || Agent: Of course, I've "
     "attached a statement covering April to March. || Lovely, that's exactly what I needed, thank you."),
    ("financial_hardship", "benign", "agent_note",
     "Payment failed due to a Northway Bank system outage. Retried automatically and cleared. No late fee applied."),
    ("financial_hardship", "benign", "sms",
     "Ings Appliance Care: we've received your payment of 16.00. Your next payment is due 14/06. Thank you."),
    ("financial_hardship", "benign", "web_form",
     "Subject: Refund query | Detail: I returned the dishwasher within the cooling-off period and I'm still "
     "waiting for the 32 pound deposit to come back | Order: RO-60122"),
    ("financial_hardship", "benign", "review",
     "Cheaper than the big shops for the same fridge once you count the free repairs. || Agent: Thanks Kwame! We "
     "work hard to keep prices fair."),
    ("financial_hardship", "benign", "chat",
     "Do you do any discount for renting two appliances at once? Looking at a washer and a dryer together"),
    ("financial_hardship", "benign", "call",
     "Caller: The engineer said the part's 80 and the labour's extra, but I thought labour was included on "
     "Silver? || Agent: Silver does cover labour, you're right - I'll correct the quote now. || Caller: Thanks, I "
     "thought I was going mad."),
    ("financial_hardship", "benign", "voicemail",
     "Hello, Gordon Pike here, I'm switching banks and need to move the direct debit for my rental to the new "
     "account, could someone call me on 07700 900516 please."),
    ("financial_hardship", "benign", "dm",
     "quick one: does the 4.99 recycling fee get added to my next rental payment or is it taken separately?"),
    ("financial_hardship", "benign", "email",
     "Hi team, I run a lettings agency and we rent 14 appliances across our properties. Could we move to one "
     "consolidated monthly invoice? Billing email is accounts@example.org. Best, Lorna Grieve"),
    # ---- children
    ("children", "sensitive", "email",
     "Hi, could the engineer avoid 3 to 3.30pm? That's when I collect my son from reception class and I'll have "
     "to leave the house. Job ING-70112. Thanks, Helen Brooks"),
    ("children", "sensitive", "chat",
     "can you add a second user to the app || Agent: Sure, who would you like to add? || my daughter Aisha, she's "
     "15, she does most of the washing now and keeps asking me what the error codes mean"),
    ("children", "sensitive", "sms",
     "Engineer pls dont ring the bell, baby (3 wks old) finally asleep. Door open, kitchen straight thru || "
     "Agent: Noted, he'll knock quietly and come straight through."),
    ("children", "sensitive", "agent_note",
     "Cust's son Oliver, aged 9, was home alone when engineer arrived at 4pm. Engineer did not enter. Rebooked "
     "for when an adult is present. Flagged for safeguarding review."),
    ("children", "sensitive", "web_form",
     "Name: Charlie Nesbitt | Date of birth: 14/09/2011 | Query: I'm setting up the washer rental for my mum "
     "because she's at work, she said I could fill this in"),
    ("children", "sensitive", "voicemail",
     "Hi, this is Mrs Kerr, I've got the twins' sixth birthday party on Saturday so I really need the oven fixed "
     "before then, could someone call me on 07700 900327, thanks."),
    ("children", "sensitive", "call",
     "Agent: Who'll be home for the visit? || Caller: My eldest, Tyler, he's in Year 11 so he's off on study "
     "leave. || Agent: I'm afraid we need someone over 18 present, could we find another time?"),
    ("children", "sensitive", "review",
     "Engineer was great with my little girl, she's 4 and wanted to 'help' fix the dishwasher so he let her hold "
     "the torch. || Agent: That's lovely to hear, Stacey! Sounds like we've got a future engineer."),
    ("children", "sensitive", "dm",
     "hey my son's in grade 8 and doing a science project on how fridges work, could one of your engineers answer "
     "3 questions for him?"),
    ("children", "sensitive", "chat",
     "the child lock needs to actually work - my toddler Ruby got the oven door open yesterday while it was on. "
     "she's fine but it was scary"),
    ("children", "sensitive", "email",
     "Hello, I'm 16 and I've just moved into supported lodgings. My key worker said I could rent a fridge from "
     "you but do you rent to under-18s? Thanks, Jordan"),
    ("children", "sensitive", "agent_note",
     "Caller said she's 14 (Maisie), mum at work and the washing machine flooding the kitchen. Talked her through "
     "turning off the water at the stopcock, then rang mum on 07700 900508."),
    ("children", "sensitive", "sms",
     "Hi is the engineer still coming today? || Agent: Yes, between 12 and 2. || Ok my 12 yr old will be in, he's "
     "got chicken pox so he's off school"),
    ("children", "sensitive", "web_form",
     "Access notes: Please use the side door - there's a stair gate at the front and my 18-month-old naps in the "
     "front room 1-3pm | Job: ING-71984"),
    ("children", "sensitive", "chat",
     "hi we're away 2-9 Aug, can you do the fridge swap after? || Agent: Yes, I have the 11th free? || 11th is "
     "perfect. it's the summer hols so Seren's home anyway, she's going into P5"),
    ("children", "sensitive", "voicemail",
     "Hello it's Gwen, my grandson Alfie's staying with me for half term, he's seven and he has a nut allergy, so "
     "could the engineer please not bring food in. Silly I know. Call back on 07700 900154."),
    ("children", "sensitive", "email",
     "Hi, can I change the delivery address for the fridge? || Agent: Of course, what's the new address? || It's "
     "my ex's house, 7 Linden Rise. We share custody of Ellie (8) and Max (5) and the fridge is for their weeks "
     "there."),
    ("children", "sensitive", "review",
     "Booked a repair and they were flexible when I had to fetch my daughter from nursery early - she's two and "
     "had a temperature. 4 stars."),
    ("children", "sensitive", "agent_note",
     "Mrs Adeyemi asked that we only call after 7pm as she's home-schooling her son (Y6) during the day and can't "
     "take calls."),
    ("children", "sensitive", "chat",
     "do u do a version of the app for kids? my 11 year old wants his own login so he can check the dryer times "
     "lol || Agent: Not at the moment, but you can add him as a second user on your account with limited access. "
     "|| oh nice ok how do I do that"),
    ("children", "sensitive", "dm",
     "@IngsCare my son is 13 and somehow has his own Ings account for his mini fridge, can he manage it himself? "
     "|| Agent: Hi! Account holders need to be 18 or over, so you'd need to hold it and add him as a user."),
    ("children", "sensitive", "sms",
     "Jake's got his GCSE mocks this week so please NO visits before 4, he's revising at the kitchen table || "
     "Agent: Understood - I've moved the visit to 4-6pm Wednesday. Good luck to Jake!"),
    ("children", "sensitive", "call",
     "Caller: Hiya, it's about the washer. It's full of formula and sick. || Agent: Oh dear! || Caller: Yeah, the "
     "baby, Noah, he's six weeks and everything gets covered, so it's on four times a day and now it won't drain."),
    ("children", "sensitive", "web_form",
     "Customer name: Amira Haddad | Other occupants: daughter Layla, DOB 03/02/2019 | Special requirements: "
     "engineer to avoid school run times"),
    ("children", "sensitive", "email",
     "Dear Ings, our son Finlay is in 2nd grade at Brookhurst Elementary and has been asked to write to a local "
     "business. He wants to know how long a fridge lasts! Could someone reply? Kind regards, the Duffy family"),
    ("children", "sensitive", "agent_note",
     "Warranty claim WC-90377: oven control panel damage caused by customer's 3-year-old (per mum, pressing "
     "buttons with a spoon). Accidental damage cover applies."),
    ("children", "sensitive", "chat",
     "the tumble dryer door got kicked shut on my son's fingers, he's fine but the latch is bent || Agent: Oh no, "
     "glad he's okay! How old is he, just for the damage report? || He's four. Latch won't catch at all now"),
    ("children", "sensitive", "voicemail",
     "Hi, Mr Langley here, can you ring me on 07700 900689 after six, I'm doing the nursery pick-up for Poppy at "
     "half five and then it's bath time."),
    ("children", "sensitive", "review",
     "Rented a washer-dryer when our first baby was born and it's been on pretty much nonstop for ten weeks. Not "
     "a single fault. || Agent: Congratulations on the new arrival, Dan, and thanks for the review!"),
    ("children", "sensitive", "dm",
     "my lad's in lower sixth (he's 17) and wants to know if you do work experience with your engineers? he loves "
     "taking stuff apart || Agent: We run a few placements each summer - I'll send you the details for him."),
    ("children", "sensitive", "sms",
     "fridge delivery Sat is fine but it's my daughter's 10th birthday party at 2 so before 12 please!! || Agent: "
     "No problem, I've put you in the 8-11 slot on Saturday."),
    ("children", "sensitive", "email",
     "Hi, please send the repair invoice to me rather than the account holder. || Agent: We can only send it to "
     "the account holder I'm afraid - who is that? || It's my daughter, Keeley, but she's only 17 so I'm not sure "
     "how it ended up in her name. I think the shop made a mistake."),
    ("children", "sensitive", "agent_note",
     "Called cust back re fridge. Her son (Year 2) answered and said mum was in the shower. Didn't take details "
     "from him; sent SMS instead."),
    ("children", "sensitive", "chat",
     "hi, engineer needs to know we've got a newborn (born Tuesday) and I'm feeding her in the living room, so "
     "please knock and wait a sec"),
    ("children", "sensitive", "web_form",
     "Booking for: boiler service | Who will be home: my son, age 15, and his gran | Notes: he can show you where "
     "the boiler is but can't sign anything"),
    ("children", "sensitive", "call",
     "Agent: Can I take a date of birth for security? || Caller: Oh, it's not my account, it's my son's, but he's "
     "in Year 9 so I don't know how he's got one. He was born on the 21st of June 2012. || Agent: Ah, we'll need "
     "to close that one and open it in your name."),
    ("children", "sensitive", "voicemail",
     "Hiya, it's Bex, just to say the little one, Ivy, she's teething, so if she's screaming when your engineer "
     "comes that's why, don't panic. Visit's Thursday."),
    ("children", "sensitive", "review",
     "The fridge they rented us got us through my son's whole first year at primary - reliable, quiet, his "
     "packed-lunch yoghurts never froze once."),
    ("children", "sensitive", "sms",
     "Agent: Ings engineer running late, ETA 4.45pm || no!! Harvey's swimming lesson is at 5, he's 6 and I have "
     "to drive him. Can u come tomorrow instead?"),
    ("children", "sensitive", "email",
     "Hello, I'm a foster carer and I've just had a 10-year-old placed with me, so I need the washing machine "
     "repaired urgently - the placement team need me to have working appliances. Regards, Bernice Lowe"),
    ("children", "sensitive", "chat",
     "can the engineer bring the wall bracket for the fridge? || Agent: Which bracket do you mean? || The "
     "anti-tip one. My 2 yr old climbs everything, he's already tried using the door shelves as a ladder."),
    ("children", "sensitive", "agent_note",
     "Teen caller (said he's 16, Kai) asking about his dad's expired boiler warranty. Explained we can only "
     "discuss with the account holder, advised dad to call."),
    ("children", "sensitive", "dm",
     "Hey, my daughter's doing her Duke of Edinburgh bronze and needs a volunteering placement, do you take "
     "14-year-olds at the recycling depot?"),
    ("children", "sensitive", "web_form",
     "Reason for rental: new baby | Baby's name: Theo | Born: 19/01, 3.2kg | Appliance: washer-dryer | Delivery: "
     "any weekday"),
    ("children", "sensitive", "email",
     "Hi, my son's class (Year 4, Ashcombe Primary) is doing a recycling week. Could an engineer come in and talk "
     "about how old fridges get recycled? || Agent: We'd love to! Which day works for the class? || Friday "
     "afternoons are topic time. His teacher is Mrs Penrose, I'll put you in touch."),
    ("children", "sensitive", "call",
     "Caller: My daughter's at Little Wrens in the mornings, that's the nursery on Weir Lane, so any time nine "
     "till twelve is fine. || Agent: Lovely, I'll book you 9 to 12 on Wednesday."),
    ("children", "sensitive", "chat",
     "hi im 15 and my mum asked me to find out why the washing machine says E21, can you help? she's at work till "
     "6 || Agent: Hi! E21 usually means the water isn't draining. Don't open anything - could your mum call us "
     "when she gets home? || ok ill tell her when shes back"),
    ("children", "sensitive", "voicemail",
     "Hello, message for the collections team, my son's only 17, he signed up for the dryer rental without me "
     "knowing, I didn't think he could at his age, please call me, Mrs Varga, on 07700 900902."),
    ("children", "sensitive", "review",
     "Quick visit, and the engineer didn't mind my son (he's in kindergarten) asking a hundred questions. || "
     "Agent: Thanks Laura! Our engineers love an audience."),
    ("children", "sensitive", "agent_note",
     "Cust asked us to avoid Weds - her son has physio for his cerebral palsy that day and she'll be at the "
     "children's hospital with him."),
    ("children", "benign", "chat",
     "How do I turn the child lock off on the WashPro 9? It's stuck on and I can't change the programme or open "
     "the door. || Agent: Hold the Temp and Spin buttons together for three seconds until the key symbol goes "
     "out. || that's done it, thanks!"),
    ("children", "benign", "email",
     "Hello, I'm the office manager at Holme Lea Primary School. The staff room fridge is on rental from you "
     "(BA-2213) and it's started icing up at the back. Could someone visit after 3.30pm? Thanks, Janet Oakley"),
    ("children", "benign", "web_form",
     "Name: Ben Castle | Date of birth: 02/11/1988 | Appliance: dishwasher | Fault: won't start, all the control "
     "lights flash together"),
    ("children", "benign", "agent_note",
     "Customer asked if the Baby Compact oven (45cm) fits a standard housing unit. Confirmed dimensions and "
     "emailed the spec sheet."),
    ("children", "benign", "sms",
     "Is the 10-year parts warranty on the fridge transferable if I move? Acc RA-55109"),
    ("children", "benign", "review",
     "Rented a mini fridge for the garden office and it does exactly what it says. Little thing is surprisingly "
     "quiet too."),
    ("children", "benign", "call",
     "Caller: Hi, I'm ringing from Sunnybank Nursery - the garden centre, not a kids' nursery, everyone thinks "
     "that - our display fridge has gone warm. || Agent: Ha, noted! Is it the drinks chiller by the till? || "
     "Caller: That's the one."),
    ("children", "benign", "chat",
     "what energy grade is the FreshStore 300? the listing says grade A but the sticker on the door says B || "
     "Agent: It's grade A on the current label - the door sticker is from the old scale. We'll post you a new "
     "one."),
    ("children", "benign", "voicemail",
     "Hi, it's Alison from Little Acorns Children's Centre, our dishwasher is leaking all over the kitchen floor, "
     "it's on the business account. Could you call 07700 900377? Thanks."),
    ("children", "benign", "dm",
     "does the WashPro have the 'school uniform' quick wash? saw it on an advert, might have been a different brand"),
    ("children", "benign", "email",
     "Hi, do you supply appliances to schools on a lease? We're a secondary academy trust with six sites. || "
     "Agent: We do - our education team handles multi-site leases, I'll ask them to call you. || Great, best "
     "number is the trust office, 07700 900212."),
    ("children", "benign", "agent_note",
     "Engineer replaced door lock mechanism and showed the customer where the child safety lock setting lives in "
     "the menu. She doesn't need it, just wanted to know."),
    ("children", "benign", "web_form",
     "Organisation: 1st Westlow Scout Group (hut committee) | Request: chest freezer on rental for our hall | "
     "Contact: Jim Sayer, treasurer"),
    ("children", "benign", "chat",
     "is the bottle steriliser setting on the dishwasher any good? || Agent: It runs a 70 degree rinse, so it's "
     "popular for bottles and jars. || jars mainly, I do a lot of jam making"),
    ("children", "benign", "review",
     "Replaced the ancient fridge we'd had since our student house days. Installed in twenty minutes. || Agent: "
     "Thanks Rob! Enjoy the upgrade from student living."),
    ("children", "benign", "sms",
     "Hi, Ings here. Junior engineer Callum will be with you between 8 and 10 tomorrow, supervised by senior "
     "engineer Mo."),
    ("children", "benign", "call",
     "Caller: I'm calling on behalf of my mum, she's the account holder and she's given permission, it's about "
     "her fridge. || Agent: Thanks, I can see her consent on file. What's the problem? || Caller: Water pooling "
     "under the salad drawer."),
    ("children", "benign", "email",
     "Hi, we've moved house and the old owners turned the utility room into a play area, so the washer plumbing "
     "needs putting back. Do your engineers do that, or only repairs? Thanks, Corinne"),
    ("children", "benign", "agent_note",
     "Year 3 of 5 on customer's extended warranty. Annual check done, no faults found."),
    ("children", "benign", "dm",
     "the 'Teen' setting on my dryer?? is that a translation mistake for 'Ten'? lol || Agent: Ha! On that model "
     "it's 'Time Extend', shortened badly on the dial - it adds drying time at low heat. || well that's not "
     "confusing at all"),
    ("children", "benign", "chat",
     "do you do rentals for childminders? like a business account? asking for a friend who's setting up || Agent: "
     "We do business rentals for any registered sole trader - she can apply online under Business. || great, I'll "
     "pass that on"),
    ("children", "benign", "web_form",
     "Company: Tiny Steps Day Nursery Ltd | Appliance: commercial washing machine | Issue: error E05 as the cycle "
     "starts | Account: BA-4409"),
    ("children", "benign", "voicemail",
     "Hi it's Owen Pritchard, date of birth seventh of March 1979, calling to confirm the washer delivery for "
     "Friday, I'll be in all day."),
    ("children", "benign", "review",
     "Class A for energy, quiet, and the freezer drawers are well thought out. Would rent from Ings again."),
    ("children", "benign", "email",
     "Hello, does the oven have a cool-touch door? || Agent: Yes, the CoolGuard range has a triple-glazed door "
     "that stays under 40 degrees outside. || Lovely, that one then. The old door was roasting."),
    ("children", "benign", "sms",
     "School's out! Summer offer: 10% off all washer rentals booked before 31 Aug. Terms at example.com/offers"),
    ("children", "benign", "call",
     "Caller: I'm a teacher at Crossgate Academy, I want to rent a fridge for my flat - do you need proof of "
     "employment? || Agent: No, just ID and a bank account. || Caller: Easy, let's do it."),
    ("children", "benign", "agent_note",
     "PTA of Marsh End Primary asked about hiring a catering fridge for the summer fair. Quoted 25 pounds for the "
     "weekend, delivery Fri, collection Mon."),
    ("children", "benign", "chat",
     "does the fridge have a holiday mode? we're off to Portugal for a fortnight and don't want to empty it || "
     "Agent: Yes - Holiday mode holds the fridge at 15 degrees and keeps the freezer running. || perfect, I'll "
     "switch it on before we fly"),
    ("children", "benign", "dm",
     "baby it's cold outside... and inside my freezer, which is set to -18 but reads -30. help"),
    ("children", "benign", "web_form",
     "Enquiry type: Community | Message: Our youth club committee wants to donate the old fridge-freezer to the "
     "community fridge project. Can you collect it and safety-check it? | Org: Priorsfield Youth Club"),
    ("children", "benign", "voicemail",
     "Hello, Graham at Westmoor College facilities team, the canteen dishwasher has tripped the electrics again, "
     "business account BA-9021, please call back when you can."),
    ("children", "benign", "email",
     "Hi, I'm 23 and renting for the first time - do I need a guarantor to rent a washing machine from you? "
     "Thanks, Niamh"),
    ("children", "benign", "agent_note",
     "Residents' association chair asked for our minimum age policy for renters, for their newsletter. Told her "
     "18+ with photo ID, emailed the wording."),
    ("children", "benign", "chat",
     "what's the little blue light on the dishwasher? || Agent: That's the rinse-aid reminder - top it up and "
     "it'll go off. || sorted, cheers"),
    ("children", "benign", "review",
     "My grown-up son set the rental up for me online and it took him five minutes. Easy process. || Agent: "
     "Thanks Margaret - glad he found it straightforward!"),
    ("children", "benign", "sms",
     "Can the engineer come after 9.30? Traffic round here is mad before that. Job ING-77310"),
    ("children", "benign", "call",
     "Caller: The fridge makes a noise like a baby crying, a sort of high whine. || Agent: That sounds like the "
     "evaporator fan. I'll book an engineer. || Caller: Please do, it's driving me up the wall."),
    ("children", "benign", "email",
     "Dear Ings, as head of facilities at Greyfriars Grammar School I'd like a quote for servicing four gas "
     "boilers over the summer holidays. Regards, Keith Ambler"),
    ("children", "benign", "web_form",
     "Name: Sophie Lane | DOB: 30/06/1995 | ID type: driving licence | Product: tumble dryer weekly rental | "
     "Delivery: Sat AM"),
    ("children", "benign", "dm",
     "the kid gloves approach isn't working, this washer needs a proper engineer not another 'have you tried "
     "turning it off and on'"),
    ("children", "benign", "agent_note",
     "Customer ordered the spare 'Junior' shelf for the FreshStore fridge (the half-width door shelf). Posted 2nd "
     "class."),
    ("children", "benign", "chat",
     "hi are your engineers DBS checked? we do a lot of work in schools so the council asks || Agent: Yes, every "
     "engineer holds an enhanced DBS check. I can email a letter confirming it. || perfect, send it to "
     "facilities@example.org"),
    ("children", "benign", "voicemail",
     "Hi there, Tom from Kidderford Lettings, the fridge at 18 Cedar Close needs collecting, the tenant's moved "
     "out. Call me back on the office number please."),
    ("children", "benign", "review",
     "Apprentice engineer (supervised) fixed the oven fan and clearly knew his stuff. Good to see the trade being "
     "passed on."),
    ("children", "benign", "sms",
     "is the 'little one' in your ad the 3kg dryer or the 5kg? || Agent: The 3kg compact is the little one, 4.50 "
     "a week. The 5kg is the Midi."),
    ("children", "benign", "call",
     "Caller: Hi, I need to correct the date of birth on my account, it says 1992 but I was born in 1991. || "
     "Agent: No problem, I just need to verify it. Could you upload a photo of your licence? || Caller: Doing it "
     "now."),
    ("children", "benign", "chat",
     "what are the small drawers in the fridge door called? the manual calls them 'junior drawers' and one of "
     "mine has cracked || Agent: They're the door bins - I can post you a replacement for 8 pounds. || yes "
     "please, same address as the account"),
    ("children", "benign", "email",
     "Hi Ings, I'm secretary of Harcourt Rovers FC and the club would like to rent a drinks fridge for the "
     "clubhouse. Is there a sports club rate? Cheers, Dave Hirst"),
    ("children", "benign", "agent_note",
     "Reminder set: customer wants a call when the Family Size fridge-freezer (600L) is back in stock. No deposit "
     "taken."),
    # ---- special_categories
    ("special_categories", "sensitive", "chat",
     "can the engineer come after 8pm next week? || Agent: Our latest slot is 7pm I'm afraid. Is earlier "
     "difficult? || it's Ramadan so we open our fast around 8.30 and I'd rather nobody was in the kitchen while "
     "we cook for iftar, but 7 is ok if he's quick"),
    ("special_categories", "sensitive", "email",
     "Hello, please note that I keep Shabbat, so I can't answer the phone or open the door from Friday sunset "
     "until Saturday night. The fridge delivery booked for Saturday will need moving. Thank you, Miriam Feld"),
    ("special_categories", "sensitive", "agent_note",
     "Cust asked that the engineer take his shoes off as the front room is used for daily prayers, and no visits "
     "1-2pm Fridays as he'll be at the mosque. Noted on account."),
    ("special_categories", "sensitive", "sms",
     "Sorry cant do Sunday morning, we're at mass. Any time after 1 is fine for the dryer || Agent: No problem, "
     "I've booked Sunday 1-3pm for the dryer."),
    ("special_categories", "sensitive", "review",
     "The engineer waited respectfully while my father finished his puja before coming into the kitchen. Small "
     "thing but it meant a lot. || Agent: Thank you, Anjali - we'll pass your kind words on to Sam."),
    ("special_categories", "sensitive", "voicemail",
     "Hello, it's Gurpreet Sandhu, I need the big freezer fixed before Vaisakhi, we do the langar prep at home "
     "for the gurdwara and I've got food for two hundred in there. Please call 07700 900719."),
    ("special_categories", "sensitive", "web_form",
     "Note for engineer: We keep a kosher kitchen - please don't put tools or anything else on the meat-side "
     "counter, use the dairy side. | Name: Aaron Lipman | Job: oven door hinge"),
    ("special_categories", "sensitive", "chat",
     "i'm a Jehovah's Witness and I'm out on the ministry most mornings so afternoons only for the oven repair "
     "please || Agent: Thanks for letting us know, I've booked you an afternoon slot on Tuesday."),
    ("special_categories", "sensitive", "call",
     "Agent: Anything else I can help with? || Caller: Yes - the replacement fridge, can it have the Sabbath "
     "mode? We're observant, so the light mustn't come on when we open it on Saturdays. || Agent: Let me check "
     "which models have that for you."),
    ("special_categories", "sensitive", "email",
     "I'm writing to complain. The engineer on Tuesday asked where I was 'really from' and made a joke about my "
     "accent. I was born in Birmingham, my parents came from Jamaica, and I expect better. Marcia Campbell"),
    ("special_categories", "sensitive", "chat",
     "hi my mum will be home for the repair but she only speaks Sylheti really || Agent: Thanks for letting us "
     "know, we can set up a telephone interpreter. || that would be amazing, Bengali is close enough for her"),
    ("special_categories", "sensitive", "agent_note",
     "Cust reports a collection driver used a racial slur about her family on the doorstep. Escalated to HR, "
     "driver suspended pending investigation. Apology call booked for Mon."),
    ("special_categories", "sensitive", "review",
     "As a Black woman living alone I was nervous, but the engineer was respectful and professional from start to "
     "finish. Five stars, will book again."),
    ("special_categories", "sensitive", "sms",
     "We're a Romany family on the Cobbs Lane site, pitch 6. Tell the engineer the site office will let him in"),
    ("special_categories", "sensitive", "voicemail",
     "Hi, this is Lin Wei, I just want to say thank you, the engineer was very kind, my English not so good, we "
     "are Chinese family, my son helps usually but today he is at work. Thank you very much."),
    ("special_categories", "sensitive", "web_form",
     "Ethnicity (optional, for our diversity survey): Mixed - White and Black Caribbean | Rate your engineer: 5 | "
     "Comments: quick and friendly, tidied up after"),
    ("special_categories", "sensitive", "dm",
     "ur engineer asked if I was 'one of the travellers' cos of the caravan on my drive. it's a holiday caravan. "
     "but yes my family are Irish Travellers and it's none of his business"),
    ("special_categories", "sensitive", "call",
     "Caller: I'd like a female engineer if possible. || Agent: I'll request one - may I note the reason? || "
     "Caller: We're a Somali household and my mother is more comfortable that way, she's not used to men in the "
     "house."),
    ("special_categories", "sensitive", "email",
     "Hi, I'm standing as the Green Party candidate in the Eastmoor ward by-election, so I'm out canvassing every "
     "evening until the 2nd. Could the boiler service be a morning? Thanks, Isla Renwick"),
    ("special_categories", "sensitive", "chat",
     "can u deliver to my work instead, I'm a caseworker for our Labour MP and I'm in the constituency office 9-5"),
    ("special_categories", "sensitive", "agent_note",
     "Cust asked the engineer not to take down the 'Stop the Incinerator' banner on her fence when using the side "
     "gate. She's one of the campaign organisers."),
    ("special_categories", "sensitive", "sms",
     "Cant do Sat, I'm stewarding the climate march in town. Sun ok? || Agent: Sunday 10-12 is free, shall I book "
     "it? || go for it, Sunday it is"),
    ("special_categories", "sensitive", "review",
     "Engineer spent half the visit arguing with me about the Reform poster in my front window. Fixed the oven "
     "though. 3 stars. || Agent: I'm sorry, Mr Hale - our engineers shouldn't comment on customers' politics. "
     "I've raised it with his manager."),
    ("special_categories", "sensitive", "voicemail",
     "Hiya, it's Morag, I'm the SNP branch organiser for Kilbrae and I'm out chapping doors all week, so please "
     "text rather than phone about the fridge, 07700 900355."),
    ("special_categories", "sensitive", "web_form",
     "Name: Declan Mahony | Best time: weekday evenings | Notes: I'm a Sinn Fein councillor so most mornings are "
     "taken up with constituency surgeries"),
    ("special_categories", "sensitive", "chat",
     "sorry for the slow reply, was at a Palestine solidarity vigil || Agent: No problem at all. So for the "
     "washer, is Monday still OK? || yeah Monday's fine"),
    ("special_categories", "sensitive", "dm",
     "I chair our local Conservative association and I'm at party conference all next week, can we move the dryer "
     "collection?"),
    ("special_categories", "sensitive", "email",
     "Hi, we're out on strike with the RCN on the 18th and 19th, so I'll actually be home - could we bring the "
     "dishwasher repair forward to one of those days? Thanks, Beth Kinsella"),
    ("special_categories", "sensitive", "chat",
     "do you do union member discounts? || Agent: We partner with a few unions - which one are you with? || "
     "Unite, I'm a shop steward at the bus depot"),
    ("special_categories", "sensitive", "agent_note",
     "Cust is a GMB workplace rep and asked for an evening slot because of a union meeting on Tuesday. Booked "
     "Thursday 6-8pm."),
    ("special_categories", "sensitive", "sms",
     "On the picket line at the sorting office til 2, engineer can come after. Im the CWU rep so phone might be busy"),
    ("special_categories", "sensitive", "voicemail",
     "Hello, it's Pat Dorney, I was told my UNISON membership gets me ten percent off the warranty but it's not "
     "showing on my bill. My membership number's on the card, call me on 07700 900488."),
    ("special_categories", "sensitive", "review",
     "Booked around my NEU strike days with no fuss at all. Engineer even asked how the dispute was going. 5 stars."),
    ("special_categories", "sensitive", "web_form",
     "Discount code: NASUWT-MEMBER | Name: Rachel Gould | Appliance: fridge-freezer weekly rental | Notes: happy "
     "to show my membership card on delivery"),
    ("special_categories", "sensitive", "call",
     "Agent: What days suit you? || Caller: Not Wednesday - I've got a disciplinary hearing at work and my union "
     "rep's coming in with me. Any other day. || Agent: Thursday morning then?"),
    ("special_categories", "sensitive", "dm",
     "been elected branch secretary of my Unite branch (!!) so evenings are chaos now, pls can the boiler guy "
     "come Sat || Agent: Congratulations! Saturday 9-11 is free for the boiler, shall I book it? || yes pls, 9-11 "
     "is ideal"),
    ("special_categories", "sensitive", "email",
     "Hi, my husband and I would like to add his name to the washer rental so he can ring about it too. His name "
     "is Marcus Ohene. Thanks, Tom Fairley"),
    ("special_categories", "sensitive", "chat",
     "can I change the contact name on the dishwasher rental || Agent: Of course, who should we add? || my wife, "
     "Jen. I'm Karen by the way, the account's in my name"),
    ("special_categories", "sensitive", "agent_note",
     "Cust (Mr Alan Price) said his boyfriend Rhys will be in for the delivery. Added Rhys as an authorised person."),
    ("special_categories", "sensitive", "sms",
     "Hiya its Sophie, my girlfriend Emily will be in for the fridge delivery, she's got the gate code x || "
     "Agent: Thanks Sophie, I've added Emily as a contact for the delivery."),
    ("special_categories", "sensitive", "review",
     "Engineer clocked the Pride flag and our wedding photo - me and my husband - didn't bat an eyelid, just got "
     "on with the boiler. || Agent: Thanks Gareth, we're glad the visit felt comfortable."),
    ("special_categories", "sensitive", "voicemail",
     "Hi, Daniel here, calling because my partner Luke and I are moving in together and we want to transfer the "
     "fridge rental to the new flat, call back on 07700 900593."),
    ("special_categories", "sensitive", "web_form",
     "Title: Ms | Name: Ana Ferreira | Second account holder: Ms Joanna Ferreira (wife) | Appliance: washer-dryer"),
    ("special_categories", "sensitive", "chat",
     "is it a problem having three names on one rental? we're a throuple so there's three of us sharing the flat "
     "and the bills equally"),
    ("special_categories", "sensitive", "call",
     "Caller: I'm bi, and my ex-boyfriend is still on the account, I want him off. || Agent: I can help. We'll "
     "need his consent or proof he's moved out. || Caller: He's gone, I've got post showing his new address."),
    ("special_categories", "sensitive", "email",
     "Hello, I've recently transitioned and changed my name by deed poll. Please update my account from Mr Daniel "
     "Reeves to Ms Danielle Reeves. I can send a copy of the deed poll. Thank you"),
    ("special_categories", "sensitive", "chat",
     "hi your engineer kept calling me 'sir' even after I corrected him || Agent: I'm really sorry about that, "
     "I'll make sure it's addressed. || thanks. I'm a trans woman and it honestly ruined my day"),
    ("special_categories", "sensitive", "agent_note",
     "Customer is non-binary; uses they/them and the title Mx. Account updated - please make sure job sheets show "
     "'Mx Jordan Ellery'."),
    ("special_categories", "sensitive", "sms",
     "Ings still sending letters to my deadname, I changed it in March. Please fix || Agent: I'm really sorry. "
     "I've corrected the name on every record, including the letter templates."),
    ("special_categories", "sensitive", "web_form",
     "Title: Mx | Name: Sam Oduya | Pronouns: they/them | Gender: non-binary | Appliance: oven, fan not spinning"),
    ("special_categories", "sensitive", "voicemail",
     "Hi, it's Lucas, I'm trans and my account might still be under my old name, Lucy Harland, date of birth "
     "ninth of April 1990, I need it updated before the boiler visit. Ring me on 07700 900665."),
    ("special_categories", "sensitive", "review",
     "The booking form made me pick Mr or Mrs. I'm neither. Otherwise good service. || Agent: Thanks for "
     "flagging, Alex - we've now added Mx and no-title options."),
    ("special_categories", "sensitive", "dm",
     "just got my gender recognition certificate!! can you update the gender on my account please, it still says M"),
    ("special_categories", "sensitive", "call",
     "Agent: For security, can I confirm you're Mr Pearce? || Caller: It's Ms Pearce now, I've been living as a "
     "woman for two years and never updated the warranty. || Agent: Thank you for telling me, I'll change that "
     "now."),
    ("special_categories", "sensitive", "chat",
     "can I add a contact to the account || Agent: Sure, what's their name and relationship to you? || Mark "
     "Gillespie, he's my half-brother, we only found each other last year through an AncestryDNA match"),
    ("special_categories", "sensitive", "agent_note",
     "Cust is waiting on genetic test results for Huntington's (her dad had it) and asked that all contact be by "
     "email for now. Flagged."),
    ("special_categories", "sensitive", "email",
     "Hello, odd request: my DNA screening showed I'm a cystic fibrosis carrier and so is my partner, and we see "
     "a genetic counsellor on the 12th, so please don't book the washer repair that day. Regards, Leah Corrigan"),
    ("special_categories", "sensitive", "sms",
     "DNA test came back and Craig Dunmore is NOT my brother after all, long story. Take him off my account as a "
     "contact pls. Kelly"),
    ("special_categories", "sensitive", "review",
     "The engineer saw my 23andMe report on the table, the page saying I carry the APOE4 gene, and started asking "
     "me about it. Not his business. || Agent: You're quite right, Nina, and I'm sorry. I've shared this with his "
     "team leader."),
    ("special_categories", "sensitive", "voicemail",
     "Hi, it's Ted Lowry, we found out from a DNA test that me and the account holder, Ray Lowry, are twins, "
     "adopted separately, long story, and he's asked me to take over his fridge rental. Can someone call me, "
     "07700 900731."),
    ("special_categories", "sensitive", "web_form",
     "Additional info: Please keep on file - genome sequencing showed I have Factor V Leiden, so the engineer "
     "shouldn't ask me to help move heavy appliances | Name: Piotr Zielinski"),
    ("special_categories", "sensitive", "chat",
     "my genetic test came back with the MTHFR variant and my dietitian wants me eating way more fresh veg, so I "
     "want to swap up to the bigger fridge on my rental"),
    ("special_categories", "sensitive", "chat",
     "why does your app want a face scan to log in? || Agent: It's optional - face login just unlocks the app on "
     "your phone. || ok but I set it up and now it says my face doesn't match. it's me, I've just shaved my beard "
     "off"),
    ("special_categories", "sensitive", "email",
     "I object to your engineer's tablet photographing my face to 'verify the customer' before the repair. I did "
     "not consent to my biometric data being taken or stored. Please delete it. Frank Odell"),
    ("special_categories", "sensitive", "agent_note",
     "Voice ID failed 3 times for Mrs P. Hanley - voiceprint mismatch, she has a heavy cold. Verified manually "
     "via security questions. Re-enrol her voiceprint when she's better."),
    ("special_categories", "sensitive", "sms",
     "my fingerprint won't open the smart lock for the engineer, he's stuck outside. can you tell him the backup "
     "code is in the email I sent"),
    ("special_categories", "sensitive", "voicemail",
     "Hello Ings, this is Hari Patel, your phone line says my voice is my password and now it won't recognise me "
     "since my throat surgery, please call me to sort it out, 07700 900846."),
    ("special_categories", "sensitive", "web_form",
     "Complaint: Your collection driver had me press my thumb on his handheld scanner to 'sign' for the "
     "collection. I didn't know what I was agreeing to. Please confirm my fingerprint has been deleted | Name: "
     "Ayo Balogun"),
    ("special_categories", "sensitive", "review",
     "Love that I can verify with my voice on the phone now instead of remembering a password, took two minutes "
     "to enrol. || Agent: Glad Voice ID is working for you, Carol!"),
    ("special_categories", "sensitive", "dm",
     "the palm scanner at your parts pick-up locker didn't recognise my hand and I couldn't get my spare filter "
     "out. now what"),
    ("special_categories", "benign", "chat",
     "Does the new FreshStore oven have a Sabbath mode? A customer in our shop asked and the spec sheet doesn't "
     "say either way. || Agent: It does, on the Pro model only - hold Light and Timer for five seconds. I'll "
     "email the spec sheet over."),
    ("special_categories", "benign", "email",
     "Dear Ings, I'm secretary of the Al-Noor Mosque management committee. The community kitchen's commercial "
     "fridge needs servicing before our open day on the 20th. Please send a quote. Regards, Yusuf Khan"),
    ("special_categories", "benign", "agent_note",
     "St Cuthbert's Church Hall (business account BA-3309): dishwasher door seal replaced. Invoice to the parish "
     "office."),
    ("special_categories", "benign", "web_form",
     "Organisation: Eastmoor Trades Union Council | Request: hot water urn and fridge on rental for our annual "
     "conference, 2 days | Contact: events@example.org"),
    ("special_categories", "benign", "sms",
     "Is labour included in the boiler repair price or is that parts only? || Agent: On Silver and Gold cover "
     "labour's included. Without cover it's 45 pounds for the first hour."),
    ("special_categories", "benign", "chat",
     "can I get a straight answer on the labour charge? || Agent: Sure - it's 45 pounds for the first hour, then "
     "15 per quarter hour. || thanks. conservative estimate for fitting a cooker hood then?"),
    ("special_categories", "benign", "review",
     "White goods at fair prices, and the black fridge-freezer looks great in our kitchen. 5 stars."),
    ("special_categories", "benign", "dm",
     "does the stainless steel have the anti-fingerprint coating? my last fridge was covered in smudges within a "
     "day || Agent: The FreshStore 400 and up have it. The 300 is plain brushed steel."),
    ("special_categories", "benign", "call",
     "Caller: The smart oven's voice control doesn't respond. || Agent: Is it connected in the assistant app? || "
     "Caller: It says connected but it ignores me when I say 'preheat to 200'."),
    ("special_categories", "benign", "email",
     "Hi, is the Ings Care plan available on the ex-display models at your Union Street branch? We're a retail "
     "partner and customers keep asking. Thanks, Priya, Union Street store"),
    ("special_categories", "benign", "agent_note",
     "Customer asked whether we offer halal-certified cleaning products for fridge deep cleans. Told her we use "
     "standard plant-based products and emailed the product list."),
    ("special_categories", "benign", "web_form",
     "Question: Will there be fewer engineer slots over Christmas and Eid? Just planning when to book my annual "
     "service | Name: (left blank)"),
    ("special_categories", "benign", "chat",
     "we're in a race against time here, new tenants arrive Friday and the oven at 12 Greaves Row is still broken"),
    ("special_categories", "benign", "review",
     "Green credentials are real - they collected our old fridge and recycled it properly. || Agent: Thanks Ian, "
     "every fridge recycled responsibly keeps things a little greener."),
    ("special_categories", "benign", "voicemail",
     "Hi, it's the Liberal Club on Mill Street, the bottle cooler behind the bar isn't cooling, could someone "
     "come this week? Ask for the steward, 07700 900415."),
    ("special_categories", "benign", "sms",
     "Your engineer Gene will arrive between 1 and 3pm today. Track him at example.com/track || thanks, will the "
     "van need a visitor permit on our street?"),
    ("special_categories", "benign", "chat",
     "is the Wool cycle safe for a hand-knotted Persian rug? only a small one for the hallway || Agent: We'd not "
     "recommend machine washing hand-knotted rugs, I'm afraid. || fair enough, dry cleaner it is"),
    ("special_categories", "benign", "email",
     "Hello, I'm facilities officer for the Eastmoor Labour Party office. Our kettle, fridge and microwave are "
     "rented from you - could we add a dishwasher? Account BA-6180. Thanks, Colin Marsh"),
    ("special_categories", "benign", "agent_note",
     "Engineer notes: fingerprint smart lock on the utility room door, not our product, didn't touch it. Washer "
     "repaired, tested, signed off."),
    ("special_categories", "benign", "web_form",
     "Business: Pride of the Valley Bakery | Appliance: commercial proving oven | Issue: thermostat overshoots by "
     "about 15 degrees"),
    ("special_categories", "benign", "chat",
     "does the fridge have a holiday setting that stops the ice maker? we're away over Christmas and New Year"),
    ("special_categories", "benign", "dm",
     "who do I talk to about the voice recognition on your helpline, it keeps saying 'sorry I didn't catch that' "
     "when I read out my account number"),
    ("special_categories", "benign", "call",
     "Caller: Hi, I'm calling from the Ashgrove Synagogue office about the hall kitchen's dishwasher. || Agent: "
     "Hi, I can see the business account. What's the fault? || Caller: Leaking from the door, same as last "
     "spring."),
    ("special_categories", "benign", "review",
     "Mixed feelings: brilliant engineer, but the booking system is a pain to use. 3 stars."),
    ("special_categories", "benign", "sms",
     "Ings: our depot is closed on bank holiday Monday. Bookings resume Tuesday 8am."),
    ("special_categories", "benign", "email",
     "Hi, we're a housing co-operative and members vote on big purchases. Can you hold the quote for ten washers "
     "until after the AGM vote on the 30th? || Agent: Absolutely, I'll extend the quote to 7 July. || Brilliant, "
     "thank you."),
    ("special_categories", "benign", "agent_note",
     "Customer asked if our engineers are unionised. Said I didn't know and pointed her to the careers page. "
     "General curiosity, no issue with her account."),
    ("special_categories", "benign", "web_form",
     "Question: Does your face-to-face installation service cover built-in wall ovens? | Appliance: double oven | "
     "Area: EM4"),
    ("special_categories", "benign", "chat",
     "the fridge light is rainbow coloured?? || Agent: That's the MoodLight feature on the FreshStore Pro - you "
     "can set it back to white in settings. || omg thank god, thought it was broken"),
    ("special_categories", "benign", "voicemail",
     "Hello, this is Joan, the administrator at the parish office, ringing about the boiler in the church hall, "
     "it's been off since Sunday. Account BA-1184. Thank you."),
    ("special_categories", "benign", "dm",
     "do you deliver in the Chinatown area? our restaurant needs a second chest freezer on rental asap"),
    ("special_categories", "benign", "review",
     "Came out on a Sunday, which with a broken boiler and tenants waiting was a godsend. || Agent: Thanks Derek! "
     "Sunday call-outs are part of Gold cover."),
    ("special_categories", "benign", "email",
     "Hello, as part of our supplier checks could you send your equality, diversity and inclusion policy? We're "
     "the procurement team at Westlow Housing Association. Regards, Maya Ortiz"),
    ("special_categories", "benign", "agent_note",
     "Cust asked about the 'Eco Green' programme on the WashPro. Explained it's a low-temperature long cycle. No "
     "fault with machine."),
    ("special_categories", "benign", "sms",
     "Hi, is the Trans-Pennine depot still doing collections this week? Need the old freezer gone from Brightholme"),
    ("special_categories", "benign", "chat",
     "what's the genetic makeup of this dishwasher lol, every part looks like it's from a different brand. can "
     "you even get OEM seals for it?"),
    ("special_categories", "benign", "call",
     "Caller: I'm ringing from the Carpenters' Union branch office, our staff fridge keeps tripping the fuse. || "
     "Agent: OK, I'll book a visit. Is the office staffed on Friday? || Caller: Until 4, yes."),
    ("special_categories", "benign", "web_form",
     "Name: Dr Helen Fry | Organisation: Westlow University Genetics Lab | Request: quote for servicing three "
     "-80C lab freezers | Contact: h.fry@example.org"),
    ("special_categories", "benign", "review",
     "Straight-talking engineer, told me what was wrong and what it'd cost, no upselling. Top bloke."),
    ("special_categories", "benign", "dm",
     "does your app support fingerprint login? typing the password every time is a faff || Agent: Yes - turn on "
     "Quick Login in Settings and it'll use your phone's own fingerprint unlock. Nothing is stored by us."),
    ("special_categories", "benign", "email",
     "Hi, I coordinate the community pantry that runs out of St Luke's hall. We need a second fridge on rental. "
     "|| Agent: We can offer a charity rate - could you send your charity number? || Sure, it's 1190027. Thanks "
     "so much."),
    ("special_categories", "benign", "agent_note",
     "Canvassers knocked during the visit; engineer asked the homeowner if she wanted him to answer, she said no "
     "and they left. Visit unaffected."),
    ("special_categories", "benign", "chat",
     "is the dryer's Mixed cycle ok for cotton and polyester together or should I split them? || Agent: Mixed is "
     "designed for exactly that, at a medium heat - no need to split them."),
    ("special_categories", "benign", "voicemail",
     "Hi, it's the Shree Mandir committee, we've hired a catering oven from you for the festival weekend, just "
     "confirming delivery for Friday morning, call 07700 900563."),
    ("special_categories", "benign", "review",
     "Engineer refused to take sides when my flatmate and I argued about whether the washer was overloaded. "
     "Diplomatic! || Agent: Haha, our engineers are strictly neutral, Hugh."),
    ("special_categories", "benign", "sms",
     "Hi, is the face ID on your app the phone's own one or do you keep a picture of me on your system?"),
    ("special_categories", "benign", "web_form",
     "Enquiry: Do you rent appliances to community groups? We're the Westlow Pride committee and need a drinks "
     "fridge for the event marquee in July | Contact: Kim Porter"),
    ("special_categories", "benign", "chat",
     "does your engineer uniform allow religious headwear? I'm writing up uniform policies for our HR handbook "
     "and want examples || Agent: Yes, our uniform policy allows religious headwear and modest-fit options. || "
     "thanks, that's really useful"),
    ("special_categories", "benign", "email",
     "Hi, the black-and-white display on the washer has gone patchy, half the digits are missing. Model WP-900. "
     "Is that the PCB? Thanks, Leon"),
    ("special_categories", "benign", "agent_note",
     "Offered Voice ID enrolment; customer declined, prefers her password. No voiceprint taken."),
    ("special_categories", "benign", "dm",
     "your 'Partner Engineer' badge - does that mean they're subcontractors or actual Ings staff?"),
    ("special_categories", "benign", "call",
     "Caller: I work in the council's elections office and we need fridges for the count venue on polling night. "
     "|| Agent: How many, and for how long? || Caller: Three, just Thursday to Friday."),
    ("special_categories", "benign", "review",
     "Two engineers came, one trainee and one old hand - a great partnership. Washer fixed in half an hour."),
    ("special_categories", "benign", "sms",
     "Can the engineer park on Chapel Street? Our road's permit-only. Job ING-81430"),
    ("special_categories", "benign", "web_form",
     "Name: Grace Temple | Appliance: tumble dryer | Fault: drum not turning | Access: flat 2, buzzer broken, "
     "call 07700 900127"),
    ("special_categories", "benign", "chat",
     "Does Ings publish a modern slavery and ethical sourcing statement? Our company is choosing a supplier for "
     "20 rental fridges."),
    ("special_categories", "benign", "email",
     "Hello, we're the Westlow Multicultural Festival committee and need four chest freezers for food stalls on "
     "14-15 Sept. || Agent: We can do that, 40 pounds per freezer for the weekend. || Great, please invoice the "
     "committee."),
    ("special_categories", "benign", "agent_note",
     "Customer asked what 'white goods' means on her invoice. Explained it's the trade term for large kitchen and "
     "laundry appliances."),
    ("special_categories", "benign", "voicemail",
     "Hi, facilities desk at Westlow Town Hall, the staff kitchen dishwasher's broken again, business account "
     "BA-5521, please call us back on 07700 900674."),
    ("special_categories", "benign", "review",
     "Customer service is clearly in the DNA of this company - called back exactly when promised. || Agent: Thank "
     "you, Fiona! That's lovely feedback."),
    ("special_categories", "benign", "dm",
     "how long do you keep the dashcam footage from your vans? saw the 'CCTV in operation' sticker on one parked "
     "outside mine"),
    ("special_categories", "benign", "chat",
     "what does 'gender neutral' mean on your engineer job ad? || Agent: It just means the role is open to anyone "
     "- we welcome applicants of every gender. || ok cool, my cousin's thinking of applying"),
    ("special_categories", "benign", "web_form",
     "Request type: Data | Question: What personal data do you hold on customers, and do you collect any "
     "biometric data at all? Doing a GDPR review for our lettings firm | Org: Brightholme Lettings"),
    ("special_categories", "benign", "sms",
     "Spring clean offer: old white goods collected free with any new rental this month. Reply INFO for details"),
    ("special_categories", "benign", "call",
     "Caller: My account says 'Title: Dr' but I'm not a doctor, it's a typo, can you change it to Mr? || Agent: "
     "Of course, that's done. || Caller: Brilliant, thanks."),
    ("special_categories", "benign", "agent_note",
     "Customer updated surname after marriage (Holt to Ferris). Certificate seen. Account updated."),
    ("special_categories", "benign", "review",
     "Engineer had a brilliant Scouse accent and even better banter. Oven sorted in no time. 5 stars."),
    ("special_categories", "benign", "email",
     "Hello, we're a union-recognised employer and our staff forum has asked for a second fridge in the break "
     "room. Could you quote for weekly rental? Kind regards, Sheila Dunn, Office Manager, Carrow Print Works"),
    ("special_categories", "benign", "chat",
     "can I pay the rental from my credit union account? the debit card is from Eastmoor Credit Union"),
    ("special_categories", "benign", "voicemail",
     "Hello, it's Sue at the Westlow Interfaith Forum office, we're hosting a community open evening and need a "
     "catering fridge on short rental for the 21st. Please ring back on 07700 900588."),
]


def ings_examples() -> list[dict]:
    """The ings split as labelled tickets (same shape as ``sensitive_eval.build_eval_set``'s)."""
    return stranger_examples("ings", ENTRIES, SUBJECTS)
