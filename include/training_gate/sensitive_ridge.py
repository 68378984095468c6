"""Ridge split: written by a helper who had not seen the detection rules, the anchors or any other split.
Setting: support traffic for a home-care agency, a mobility-aids and stairlift supplier, a care-home fees office,
a personal alarm (pendant) service and a grocery delivery service for older people, written by customers, their
adult children and carers as emails, chats, SMS, voicemail and call transcripts, web forms, reviews and agent
notes, in UK, Irish, Scottish, US, Indian, Nigerian, South African, Australian, Filipino, Caribbean and
Singaporean English. The benign half reuses each category's words through product and brand names, addresses,
idioms, pets, TV and books, hypotheticals, negations, policy wording, routine billing and professionals ordering
for their organisations, without revealing anything sensitive about anyone.
First reading (policy 2026.11.13, before any change made in response to it; `sensitive_eval.evaluate`, as `make
eval-sensitive`): 97.9 / 11.4 recall / false exclusion in % as shipped, 98.6 / 28.6 without the overruling, 95.7 /
27.9 by the rules alone. Then read while tuning the rules, and trained on by the classifier."""

from __future__ import annotations

from training_gate.sensitive_blind import stranger_examples

SUBJECTS: tuple[str, ...] = (
    "Delivery slot change",
    "Carer visit times",
    "Invoice query",
    "Stairlift service booking",
    "Pendant account update",
    "Change of contact details",
    "Missing items from my order",
    "Question about the fees statement",
    "Direct debit date",
    "Equipment collection",
    "Feedback on recent visit",
    "Question about my account",
    "Rota change request",
    "Key safe and access details",
)

ENTRIES: list[tuple[str, str, str, str]] = [
    # ---- health
    ("health", "sensitive", "email",
     "Hello, I'm writing about my father's care package. Since his stroke in March he needs two carers "
     "for every transfer and the hoist, and this week only one turned up on Tuesday and Thursday. Could "
     "you confirm that double-up visits are on the rota going forward, and could the morning call move "
     "to 8am? Kind regards, Helen Marsh (daughter of Mr Dennis Marsh, client ref BW-20931)"),
    ("health", "sensitive", "chat",
     "hi can the driver leave the shopping with the neighbour at no 14 on thursday, we'll be out || "
     "Agent: Of course, I've added a note for Thursday's driver to leave it at number 14. Anything else? || "
     "yes pls no more grapefruit juice in the fruit box, mum's on warfarin and the surgery was very firm "
     "about it || Agent: Understood, I've blocked grapefruit products on the account and added a "
     "substitution note."),
    ("health", "sensitive", "voicemail",
     "Hello, it's Doreen Pike, account ending 4471. The pendant went off this morning because I had one "
     "of my hypos before breakfast and went a bit wobbly. Your lady on the line was lovely. I'm right as "
     "rain now, I've had my toast and my jelly babies. Just ringing to say thank you, and to check you've "
     "still got my daughter's mobile as the first contact. Bye now."),
    ("health", "sensitive", "agent_note",
     "Caller (daughter, Priya Shah) asked to reschedule the stairlift survey booked for the 9th. Mum is "
     "on Ward 7 at St Columba's recovering from a knee replacement and isn't expected home until the "
     "14th. Survey rebooked for 16th AM, Priya will attend. Engineer to bring the swivel-seat demo."),
    ("health", "sensitive", "call",
     "Caller: Good afternoon, I am calling on behalf of my uncle, Mr Babatunde Adeyemi, client number "
     "55812. || Agent: Hello, how can I help today? || Caller: He goes for dialysis Monday, Wednesday and "
     "Friday mornings, so the carers must not come those mornings, he will not be at home. Please shift "
     "them to afternoon. || Agent: No problem, I've moved those three visits to 2pm from next week."),
    ("health", "sensitive", "web_form",
     "Enquiry type: Product question | Message: My wife was diagnosed with Parkinson's last year and her "
     "hands shake too much now to press the small button on the alarm base unit. Is there a model with a "
     "bigger button, or can the pendant be worn on the wrist instead? Account holder: Mr Alan Royle, "
     "postcode DN7 4QX."),
    ("health", "sensitive", "sms",
     "Hi its Gerry Fallon, carer hasnt turned up for the 8.30 call & Maureen has her Donepezil at 9, she "
     "wont take it from me without a fuss. can someone ring me back asap on 07700 900482"),
    ("health", "sensitive", "thread",
     "Dear Sir/Madam, kindly arrange weekly grocery delivery for my mother Mrs Lakshmi Iyer at 22 "
     "Beaconsfield Road. || Agent: Thank you, I've set up a Wednesday slot between 10 and 12. Would you "
     "like a standard box or a custom list? || Custom list please. Also kindly note she is on a renal "
     "diet, low potassium, the nephrologist has told strictly no bananas, no potatoes, no tomatoes. Please "
     "do the needful and do not substitute with these items. || Agent: Noted, those items are now "
     "excluded and will never be substituted in."),
    ("health", "sensitive", "email",
     "Hi there, I'm the son of one of your residents at Hollybank, Mrs Bridget Nolan, room 14. Mam was "
     "moved over to the dementia unit after her fall last month and I'm trying to work out whether the "
     "weekly fee changes now. Nobody has written to us about it. Would you ever send me an updated "
     "breakdown? Thanks a million, Declan Nolan"),
    ("health", "sensitive", "chat",
     "hey my grandads stairlift keeps stopping halfway up, beeps 3 times and just sits there. hes had two "
     "heart attacks and honestly cant do the stairs without it, can u send someone today?? hes stuck "
     "downstairs"),
    ("health", "sensitive", "agent_summary",
     "Mrs Joan Abbott called asking for fall detection to be switched on for her pendant. She explained "
     "her osteoporosis is now severe and 'any fall is a break'. Agent enabled high-sensitivity fall "
     "detection, ran a test call with the monitoring centre and updated the responder list (son Mark "
     "first, neighbour second)."),
    ("health", "sensitive", "review_reply",
     "Review: 2 stars. Rollator arrived quickly but without the seat, which is the only reason I ordered "
     "this model. || Agent: Hi Ray, so sorry about that, a seat kit is on its way by courier and should be "
     "with you tomorrow. || Thanks, appreciated. I need to sit down every twenty yards or so since the "
     "chemo started, so it matters. Will bump the review up when it lands."),
    ("health", "sensitive", "dm",
     "G'day, ordered the bathroom grab rails for Mum last week (order 88213). Any chance of the install "
     "before Friday? She's been in and out of hospital with her COPD and the physio wants them up before "
     "she comes home. Cheers, Kylie"),
    ("health", "sensitive", "voicemail",
     "Good morning, this is Mrs Hyacinth Grant calling, 16 Palmer Close. I want to change my grocery order "
     "for Thursday. Take off the sugar and the condensed milk and the ginger cake. The doctor say my sugar "
     "is too high now and I have to start the tablets, so I must watch it. Put some more green banana "
     "instead. Thank you."),
    ("health", "sensitive", "email",
     "Hi team, my mother-in-law, Mrs Elsie van Wyk, is getting the rollator from you ahead of her hip "
     "surgery on the 3rd. The OT at the hospital said the handle height must be set to 86cm and it must "
     "have a brake she can lock, she can't grip properly with her right hand. Please can you confirm "
     "before dispatch? Thanks, Riaan"),
    ("health", "sensitive", "call",
     "Caller: Hello ah, my father need the carer to help him with the insulin pen every morning, can or "
     "not? || Agent: Our carers can prompt and assist if it's written into his care plan. I can book an "
     "assessment. || Caller: Okay can. Also he cannot see so clearly after the cataract operation, so the "
     "carer must read the dose for him lah. || Agent: I've noted that for the assessor. Thursday 11am "
     "suit you?"),
    ("health", "sensitive", "agent_note",
     "Alarm activation 02:14. Client Mr Leonard Pattison reported chest pains and breathlessness. "
     "Ambulance dispatched 02:16, son Gareth informed. Client admitted to Royal Eastfield overnight for "
     "observation. Pendant account set to 'away' until he's discharged; carers informed, morning visit "
     "cancelled."),
    ("health", "sensitive", "thread",
     "Hello, I manage my brother's grocery account (Ian Faulkner). Please could the driver knock loudly "
     "and wait a couple of minutes? He doesn't always hear the bell. || Agent: Of course, I've added that "
     "to the delivery notes. || Thank you. He's been very low since the winter and hardly goes out. His "
     "CPN says routine really matters for him, so could we keep the same Tuesday slot every week? || "
     "Agent: Done, Tuesday 1-3pm is now fixed for him."),
    ("health", "sensitive", "web_form",
     "Good day po. I am the live-in carer of Mrs Patricia Holloway. Her doctor started her on sertraline "
     "last week and she is a bit confused in the mornings. Can you please give me access to the pendant "
     "account so I can update her medicine list for the responders? Her son Mr Simon Holloway already "
     "said okay. Thank you, Marites"),
    ("health", "sensitive", "sms",
     "Hi it's Shanice (carer, Eastside team). I'm 24 weeks now and the midwife has said no more double-up "
     "hoist calls for me, can the rota for next week be changed pls? Happy to take extra solo calls "
     "instead x"),
    ("health", "benign", "chat",
     "hi do you still sell the HeartSafe pendant or is it just the Classic now? || Agent: The HeartSafe "
     "range was renamed SafeHand Plus last year, same features plus a longer battery. || ok great, is it "
     "the same monthly price? || Agent: Yes, £19.50 a month, no setup fee this month."),
    ("health", "benign", "email",
     "Dear Accounts, I'm honestly sick and tired of chasing this. The March invoice for Dad's care visits "
     "has been sent three times to the wrong address. Please update it to 4 Glebe Rise, Thornbury, and "
     "send one copy only. Many thanks, Susan Ekwueme"),
    ("health", "benign", "web_form",
     "Organisation: Riverside Medical Practice | Order enquiry: We'd like 4 standard folding wheelchairs "
     "for use in our reception area and car park. Please invoice the practice, PO number RMP-2291, and "
     "let us know the lead time."),
    ("health", "benign", "thread",
     "Hi, can you tell me your policy on carers giving medication? I'm putting together a comparison of "
     "local agencies for our residents' association newsletter. || Agent: Our carers can prompt or "
     "administer medicines only where it's agreed in a written care plan and recorded on a MAR chart. || "
     "Brilliant, thank you, that's very clear."),
    ("health", "benign", "email",
     "Hello, the 7-day pill organiser with the large lids (item 40217) arrived today with the Wednesday "
     "lid cracked. Could you send a replacement? No need to collect the broken one. Regards, Mr T. Okafor"),
    ("health", "benign", "chat",
     "u swapped my sugar free squash for full sugar again. not a medical thing, i just prefer the taste, "
     "but pls stop substituting it || Agent: Sorry about that! I've marked it as 'no substitutes' so "
     "you'll get a refund instead."),
    ("health", "benign", "web_form",
     "Dietary requirements: None. Medical conditions: None. Allergies: None. Notes: I'm just downsizing "
     "the weekly box since my lodger moved out. Please switch me from the Family box to the Solo box from "
     "next week."),
    ("health", "benign", "sms",
     "hi, the driver asked if our dog was poorly today - he's fine, just old and lazy! could the driver "
     "not ring the bell though, it sets him off barking. knock is fine. thanks, Pam at 12 Hawthorn Way"),
    ("health", "benign", "call",
     "Caller: Hiya, can the carer come at half seven instead of seven on Saturdays? || Agent: Let me "
     "check... yes, half seven is free. || Caller: Lovely, it's just that Casualty's on and I don't like "
     "missing the start. || Agent: Ha, fair enough, it's changed from this Saturday."),
    ("health", "benign", "email",
     "Please note my new delivery address from the 1st: Flat 3, Infirmary Court, Old Hospital Road, "
     "Bexford BX2 9LP. It's the new flats built where the old hospital used to be, so your sat nav may not "
     "find it yet. Thanks, Colin Reyes"),
    ("health", "benign", "chat",
     "quick question - if someone on my account ever did need the fall detection switched on, would it "
     "cost extra? not needed now, just want to know for the future || Agent: No extra charge, it's "
     "included in all plans and can be switched on by phone."),
    ("health", "benign", "email",
     "Hi, our stairlift has started making a wheezing, groaning noise near the top landing, a bit like an "
     "old accordion. It still works fine. Is this something the annual service covers, or is it a "
     "separate callout? It was installed in 2019. Thanks, Roger Dunne"),
    ("health", "benign", "call",
     "Caller: Are all your carers first-aid trained? We're choosing between you and Homeward at the "
     "moment. || Agent: Yes, every carer completes first aid and moving-and-handling training before "
     "their first visit, with refreshers yearly. || Caller: Good to know. Can you email me the brochure? "
     "|| Agent: Sent now."),
    ("health", "benign", "dm",
     "Saw on the local news that the flu clinics are opening at the leisure centre. Are your delivery "
     "drivers still wearing masks at the door or did that stop? No problem either way, just curious."),
    ("health", "benign", "review_reply",
     "Review: 5 stars. The pendant is a real lifesaver for peace of mind, battery lasts ages and the setup "
     "call was quick. || Agent: Thanks so much for the lovely review, Margaret!"),
    ("health", "benign", "email",
     "Hello fees office, the latest statement for my aunt's room at Larchfield shows a line 'Treatment "
     "room hire - £45' which we've never used and don't recognise. Could you check whether it's been "
     "added to the wrong account? Best, Olivia Brandt"),
    ("health", "benign", "chat",
     "do you stock the CareEase Physio Pro riser recliner in the grey fabric? the website says 'out of "
     "stock' but the shop in town had one || Agent: The grey is back in on the 21st, I can reserve one "
     "for you. || yes pls"),
    ("health", "benign", "email",
     "Hi, I'm an occupational therapist with Harrowby Council's community equipment service. Could you "
     "send your current trade price list for bath lifts and perching stools? We're reviewing suppliers "
     "for next year. Thanks, Nadia Collins, OT, Harrowby Council"),
    ("health", "benign", "chat",
     "your hold music is driving me mental, 25 mins now. I just want to change the key safe code on my "
     "account || Agent: Sorry for the wait! I can update that for you now, what's the new code? || it's "
     "in the app already, just want it sent to the carers"),
    ("health", "benign", "sms",
     "hi this is Joy, new carer starting monday. do I bring my own gloves & aprons or does the office "
     "supply the PPE? also where do I collect my ID badge? thx"),
    # ---- children
    ("children", "sensitive", "sms",
     "Hi, my granddaughter Ellie (she's 12) will be in on Weds to take the shopping in as I'm at the "
     "hairdresser's. She knows not to open the door to anyone but the driver. Mrs Jean Foley, 7 Orchard Rd"),
    ("children", "sensitive", "chat",
     "can my 15 yo grandson be added as a responder on my pendant? he lives with me and he's the one "
     "who's usually in || Agent: I'm afraid responders need to be 18 or over, but we can add him as a "
     "household member so the operators know he may answer. || ok do that then, his name is Kai Richards"),
    ("children", "sensitive", "agent_note",
     "Caller Mia (Year 9, Fernside Academy) helps care for her nan, Mrs Sheila Burke, after school. Asked "
     "if the teatime visit could move from 5pm to 3:45pm so she isn't managing the transfer on her own. "
     "Moved to 3:45 from Monday. Flagged to coordinator as a young carer household."),
    ("children", "sensitive", "voicemail",
     "Hi, it's Tom Baxter, ref SL-4471, the stairlift install at my mum's. I can't be there on the 9th, "
     "it's my little one's first day in reception and I promised I'd do the drop-off. Could we do the "
     "10th instead? Any time that day. Cheers."),
    ("children", "sensitive", "email",
     "Dear Fees Office, I pay the top-up fees for my mother, Mrs Rose Kettering, at Ashdown House. Since "
     "last month my nephew Callum, aged 8, has been living with me under a special guardianship order, so "
     "mornings are chaos with the school run. Could you email me rather than phone before 10am? Many "
     "thanks, Andrea Kettering"),
    ("children", "sensitive", "web_form",
     "Additional keyholder request | Name: Ruby Clarke | Relationship to client: great-granddaughter | "
     "Date of birth: 14/03/2011 | Notes: Ruby lives next door with her mum and often pops in after "
     "school, she has her own key."),
    ("children", "sensitive", "thread",
     "Hi, I'm setting up grocery deliveries for my grandad, Mr Peter Lowe. || Agent: Lovely, who will be "
     "taking the delivery in? || Usually my sister Amber. She turns 16 next month, is that old enough to "
     "sign for it? || Agent: Anyone can take it in, but alcohol items would need someone 18+ present. || "
     "No alcohol, so that's fine"),
    ("children", "sensitive", "dm",
     "Good evening, please tell the driver not to hand the heavy bags to my son Tobi when he opens the "
     "door. He is just 10 and he will try to carry everything. Leave them in the hallway, I will move "
     "them. Thank you, Mrs Funke Oladipo"),
    ("children", "sensitive", "call",
     "Caller: We booked the stairlift fitting at ours for the 20th, my mother-in-law lives with us. || "
     "Agent: Yes, I can see it. Is there a problem? || Caller: My daughter's got her GCSE maths that week "
     "and the drilling will be right outside her room. Could we push it to after the 28th? || Agent: Of "
     "course, I've moved it to the 30th."),
    ("children", "sensitive", "agent_summary",
     "Customer Mrs Agnes Dow rang after three false alarms over the weekend. Her grandson, who's in P6 at "
     "Dunmore Primary, had been pressing the pendant to 'see what happens'. Agent explained how to cancel "
     "a false alarm and noted on file that he visits on Saturdays."),
    ("children", "sensitive", "email",
     "Hi, just to say there'll be nobody at Nana's on Saturday the 18th, so please skip the 11am carer "
     "call that day. It's our Saoirse's first communion and we're bringing Nana to the church and the "
     "hotel after. Back to normal Sunday. Thanks, Niamh Brennan"),
    ("children", "sensitive", "sms",
     "pls no deliveries before 4pm on weekdays, my 9yo lets herself in after school and I don't want her "
     "answering the door to strangers. Leave in the porch if nobody answers. Ta, Lisa (acct for my mum, "
     "Mrs Carr)"),
    ("children", "sensitive", "chat",
     "hi my son Primary 4 this year, every afternoon he help grandma press the button for the lift chair. "
     "is it safe for him to use? || Agent: The stairlift is designed for the user only, so please don't "
     "let children operate it alone. We can fit a key switch. || ok please arrange the key switch, thank "
     "you"),
    ("children", "sensitive", "agent_note",
     "Carer (Debbie K.) reported that client's grandchildren, twins aged 6, are staying with her for the "
     "summer holidays. Risk assessment updated: stairlift key to be removed after each use and kept on the "
     "hook in the kitchen, hoist to be folded away between calls."),
    ("children", "sensitive", "email",
     "Hi there, my daughter Kaylee is in 7th grade at Brookside Middle and has a school project on "
     "assistive technology. Would one of your stairlift engineers be willing to do a 15-minute video call "
     "with her? Her grandpa is a customer of yours so she's seen his chair. Thanks! Dana Whitfield"),
    ("children", "sensitive", "thread",
     "Hi, I'm setting up the grocery account for my nan, Mrs Val Hennessy. || Agent: Thanks! Who should "
     "be the main contact? || Me I guess, Jasmine, but I'm in Year 11 so I'm at school till 3.20. Mum "
     "works night shifts. || Agent: No worries, we'll text you for slot changes and only ring after 3.30."),
    ("children", "sensitive", "voicemail",
     "Hi, it's Thandi Mokoena calling about my gran's pendant. If you can't get hold of her, please call "
     "my cell first, 071 555 0192, not the house phone. My boy is in Grade 2 and I do the school pickup "
     "at half one, so I might not hear the landline. Thanks."),
    ("children", "sensitive", "web_form",
     "Travel cover request | Travellers: Mrs Nora Quinn (82) and her granddaughter Aoife Quinn (11), child "
     "passport no. PA4471920 | Destination: Cork, 4-12 August | Please confirm the pendant will work on "
     "the Irish network."),
    ("children", "sensitive", "call",
     "Caller: Hi, it's Aisha, I'm on the Tuesday calls for Mr Doyle. My childminder's let me down, can I "
     "bring my little one? She's eight months. || Agent: I'm sorry Aisha, carers can't bring children on "
     "visits, but I'll see if Kerry can cover. || Caller: Okay, thanks, let me know."),
    ("children", "sensitive", "agent_summary",
     "Customer Ms Laura Pike (pays her father's care-home fees) asked that statements go to her new "
     "address only. Since the separation her children, 14 and 11, live with their father under the "
     "custody arrangement, and post at the old house is being opened. Address updated."),
    ("children", "benign", "chat",
     "what does the little padlock symbol on the stairlift handset mean? || Agent: That's the key-lock "
     "indicator, sometimes called the child lock, it means the chair is isolated and won't move. || ah "
     "that's why it wouldn't go. thanks!"),
    ("children", "benign", "email",
     "Hello, your driver asked my father for ID when delivering his bottle of red yesterday. He's 87! He "
     "saw the funny side but would you mind noting on his account that he's, well, clearly over 18? "
     "Thanks, Rachel Devlin"),
    ("children", "benign", "review_reply",
     "Review: 4 stars. The new app is so simple a child could use it. Lost a star because the delivery "
     "window is still 4 hours. || Agent: Thanks Brian, we're trialling 2-hour windows in your area from "
     "next month."),
    ("children", "benign", "web_form",
     "Change of contacts | First contact: my son, Martin Greaves (he's 46 and lives in Leeds, so he can't "
     "always come round) | Second contact: neighbour, Mrs Wendy Parr, no. 9 | Please send the updated "
     "contact sheet to both."),
    ("children", "benign", "sms",
     "new address for deliveries from next wk: Nursery Cottage, Kindergarten Lane, Ashby Parva. Yes "
     "really, the lane is named after the old village school. Gate code 1942. Thanks - Brenda"),
    ("children", "benign", "chat",
     "whats actually in the 'Grandkids Treat Box' on your website? is it just sweets? || Agent: It's a mix "
     "of biscuits, juice cartons, a colouring pad and crayons. || ok maybe not, I'll stick with the normal "
     "box"),
    ("children", "benign", "agent_note",
     "Client asked carer (Lorraine) to find her Call the Midwife DVDs before the evening visit ends. "
     "They're in the sideboard drawer. Noted for all carers: client likes the TV set up on BBC One at 8pm."),
    ("children", "benign", "email",
     "Hi, quick note for the carers: the 'baby' mentioned in the notes is our cat, Biscuit! Please make "
     "sure she doesn't slip out when you come in, she's an indoor cat. Thanks so much, Graham Oduya"),
    ("children", "benign", "web_form",
     "Organisation: Millbrook Primary PTA | Request: We'd like to buy a £50 grocery gift voucher as a "
     "prize for our summer fair raffle. Can it be posted to the school office? Contact: Mrs H. Lambert, "
     "PTA treasurer"),
    ("children", "benign", "chat",
     "if a visitor pressed my pendant by accident would you still send an ambulance? just want to know "
     "what happens || Agent: No, the operator speaks to you first through the base unit. If you say it "
     "was a mistake, they'll just cancel it. || great thanks"),
    ("children", "benign", "email",
     "Just a note to say thank you to Dev, the engineer who took out the old stairlift on Friday. He "
     "handled my grandmother's bannister like it was made of glass, real kid gloves stuff. Not a scratch "
     "on the paintwork. Best, Owen Tallis"),
    ("children", "benign", "voicemail",
     "Oh hello, it's Mrs Edna Rowbotham. I just wanted to say that jam roly-poly in last week's box was "
     "the best I've had since I was a girl at school, and that was 1951! Could you put two in this week? "
     "Thank you, dear."),
    ("children", "benign", "thread",
     "Hi, can I take my brother off the Family Plan on the pendant? He's moved into his own flat and set "
     "up his own account. || Agent: Of course, I've removed him and your plan drops to Single from next "
     "month, £16.99. || Perfect, thank you."),
    ("children", "benign", "chat",
     "there was a kids colouring book in my bag this week, not mine, and I've been charged £3.49 for it "
     "|| Agent: Sorry, that was picked in error, I've refunded the £3.49. Keep the book or pass it on!"),
    ("children", "benign", "dm",
     "Saw your van on the local news sponsoring the under-11s football league in town, nice one! Any "
     "chance of a discount code for people who saw it? 😄"),
    ("children", "benign", "call",
     "Caller: I don't need a carer to babysit me, I just want someone to come with me to the big "
     "supermarket on a Thursday. || Agent: We do companionship visits for exactly that, an hour and a "
     "half minimum. || Caller: That'll do nicely."),
    ("children", "benign", "email",
     "Hello, the alarm base unit plays a nursery-rhyme chime when it's charging and it's driving us round "
     "the bend. Is there a way to change it to a simple beep? Model SH-200. Thanks, Mr and Mrs Patel"),
    ("children", "benign", "chat",
     "you've sent baby formula instead of my semi-skimmed milk, must be someone else's order. not opened, "
     "can the driver take it back? || Agent: So sorry! Refund done and the driver will collect it on "
     "Thursday."),
    ("children", "benign", "review_reply",
     "Review: 5 stars. The young lad who fitted Mum's rail was brilliant. Told me he's 24 and only just "
     "qualified, you'd never know. || Agent: Thanks Sue, we'll pass that on to Connor!"),
    ("children", "benign", "agent_note",
     "Customer queried why the app asks 'Is anyone under 18 taking the delivery?' on alcohol orders. "
     "Explained it's a licensing requirement on every order with alcohol and not about her household. "
     "Customer happy."),
    # ---- financial_hardship
    ("financial_hardship", "sensitive", "email",
     "Dear Fees Office, I'm writing because we can no longer afford Dad's top-up fees at Larchfield. I "
     "lost my job in February and my savings are gone. I don't want him to have to move. Is there any way "
     "of reducing the top-up or spreading the arrears? Yours, Michael Ormerod"),
    ("financial_hardship", "sensitive", "sms",
     "hi its Lorraine on acc 7721, can't pay the pendant sub this month, I'm on UC and the payment's come "
     "in short. can I pay on the 28th instead? sorry"),
    ("financial_hardship", "sensitive", "agent_note",
     "Caller (son of client Mrs Vera Tilling) said bailiffs came to the house yesterday over her council "
     "tax. He asked to pause the grocery subscription for two months while they sort it out. Paused until "
     "1st Sept; offered our hardship team callback, accepted."),
    ("financial_hardship", "sensitive", "thread",
     "Hi, can we move Mum's stairlift rental payment to the end of the month? || Agent: Yes, I can change "
     "the date to the 28th. Is there anything else? || Honestly, we're behind on everything. Debt "
     "collectors ring her every day about the catalogue arrears and she's too frightened to answer the "
     "phone now, so please text rather than call. || Agent: Understood, text only from now on. I'll also "
     "send details of free debt advice."),
    ("financial_hardship", "sensitive", "voicemail",
     "Hello, this is Mr Stanley Hobbs. I've had a letter from your fees office saying my wife's account is "
     "being passed to a collection agency. I'm 79, I've never owed anyone in my life. Her pension stopped "
     "going in when the bank froze everything and I can't make up the difference. Please ring me back."),
    ("financial_hardship", "sensitive", "web_form",
     "Payment options enquiry | Message: Can I pay for the rollator in instalments? I'm on Pension Credit "
     "and there's nothing left over once the gas and rent are paid. Item: Lightweight 4-wheel rollator, "
     "£139."),
    ("financial_hardship", "sensitive", "chat",
     "hi can i cancel the lunchtime carer call from next week and just keep mornings. Ray was made "
     "redundant from the depot in march and we just cant cover it anymore || Agent: I'm sorry to hear "
     "that. I've changed it to mornings only. Would a call from our funding advisor help? || yes pls"),
    ("financial_hardship", "sensitive", "call",
     "Caller: Madam, my father's pension is not sufficient, and we have already taken a loan from a "
     "moneylender to pay the care home deposit. Now they are asking for repayment and we are in a very "
     "tight spot. || Agent: I'm sorry. Let me put you through to our fees team to discuss a payment plan. "
     "|| Caller: Thank you, that will help."),
    ("financial_hardship", "sensitive", "agent_summary",
     "Customer Mr Keith Arnott asked whether missed payments on his stairlift finance are reported to "
     "credit agencies. He disclosed he entered an IVA in January and his insolvency practitioner needs a "
     "statement of the balance. Agent emailed a statement and noted the account."),
    ("financial_hardship", "sensitive", "email",
     "Hi there, sorry to be a pain but can the food deliveries for my gran go on hold for a few weeks. The "
     "sheriff officers were round last week about the arrears on her flat and we're trying to get that "
     "paid off before anything else. Cheers, Eilidh"),
    ("financial_hardship", "sensitive", "dm",
     "Please don't deliver the stairlift on the 5th. We're being evicted at the end of the month and "
     "there's no point fitting it in a house we won't be in. Can it be held in storage? Order SL-10288."),
    ("financial_hardship", "sensitive", "thread",
     "Hello, about the ramp installation quote for my parents' house. || Agent: Hi Joanne, the quote is "
     "valid for 60 days. Would you like to book a date? || Not yet. The lender is taking the house back "
     "after they fell behind on the mortgage, so they're moving into a council flat in the autumn. We'll "
     "come back to you then. || Agent: No problem at all."),
    ("financial_hardship", "sensitive", "chat",
     "please i beg you, don't stop the carer visits for mummy. my salary has not been paid for three "
     "months at the company and i will clear the balance once it comes. || Agent: I understand. I'll ask "
     "finance to put a 30-day hold on the account. || thank you, thank you"),
    ("financial_hardship", "sensitive", "sms",
     "Cancel this week's box please, got a food bank parcel so can't stretch to both. Hopefully back next "
     "week. Acc 33019"),
    ("financial_hardship", "sensitive", "agent_note",
     "Client Mr Desmond Rae's daughter informed us he has been declared bankrupt. The official receiver "
     "will be in touch about the outstanding mobility scooter finance. Account flagged, direct debit "
     "cancelled at her request."),
    ("financial_hardship", "sensitive", "review_reply",
     "Review: 1 star. You cut off my alarm monitoring after two missed payments. || Agent: Hi Tom, I'm "
     "sorry, please DM us and we'll look at this. || I'm on ESA and it's all I've got coming in. Two "
     "payments late is nothing. || Agent: Understood. Service is restored and we've set up a lower plan."),
    ("financial_hardship", "sensitive", "email",
     "Hi, my mom's in-home aide hours need to drop to 10 a week. We've burned through her savings and the "
     "bank has started foreclosure on the house, so we're just trying to keep her there as long as we "
     "can. Thanks, Brenda Kowalski"),
    ("financial_hardship", "sensitive", "call",
     "Caller: Morning, the alarm box not charging, because the electric get cut off Friday, I couldn't "
     "find the money for the bill this month. || Agent: I'm sorry to hear that. The base unit has a "
     "battery backup for about 24 hours. || Caller: Alright, my son say he will sort it Monday."),
    ("financial_hardship", "sensitive", "web_form",
     "Invoice query | I'm on the pension and Centrelink's just cut my rent assistance, so I can't pay the "
     "full $420 invoice for the shower chair and rails this month. Could I pay $60 a fortnight? - Noel "
     "Buckley"),
    ("financial_hardship", "sensitive", "voicemail",
     "Hi, it's Carol Mensah ringing about my mum's fees. My sister's been paying her share but she lost "
     "her job at the packing factory, so we're short every month now. Someone mentioned a hardship form? "
     "Could you post one out? Ta."),
    ("financial_hardship", "benign", "email",
     "Hello, I've been charged twice for the March home-care invoice (INV-30021, £412.80). Please refund "
     "one of the payments to the card ending 6610. Thanks, Gillian Marr"),
    ("financial_hardship", "benign", "chat",
     "can I move my direct debit to the 26th? I get paid on the 25th and it's just tidier || Agent: Done, "
     "from next month it'll come out on the 26th."),
    ("financial_hardship", "benign", "chat",
     "blimey, £3,900 for a curved stairlift! at that rate I'll be broke by Christmas 😂 only joking, is "
     "there a loyalty discount for existing pendant customers? || Agent: Yes, 10% off for existing "
     "customers. || lovely, book me a survey"),
    ("financial_hardship", "benign", "thread",
     "What's the 'Hardship Fund 50p' line on my bill? || Agent: That's an optional 50p donation to our "
     "customer support fund, which you ticked at sign-up. You can remove it anytime. || Oh I don't mind, "
     "leave it on."),
    ("financial_hardship", "benign", "email",
     "Hi, I'm the office manager at Northfield Debt Advice, a small charity. We'd like some of your "
     "pendant alarm leaflets for our waiting room, and a price for a wheelchair ramp for our front step. "
     "Many thanks, Sean Okeke"),
    ("financial_hardship", "benign", "call",
     "Caller: Can the evening carer come a bit later on weekdays? || Agent: We could do 6.30. || Caller: "
     "Perfect, then Dad can finish his property auction programme. He loves guessing the hammer prices. "
     "|| Agent: Ha, changed to 6.30."),
    ("financial_hardship", "benign", "sms",
     "Hi, the dog's chewed up the paper invoice lol. Could you email a copy to rob.h.55@mailbox.example? "
     "Ta, Rob"),
    ("financial_hardship", "benign", "dm",
     "Delivery for Saturday please to the flat above The Bailiff's Arms on Mill Street, door is round the "
     "side by the bins. Buzzer says 'Flat 2'."),
    ("financial_hardship", "benign", "email",
     "Before I sign the fees contract for my aunt's room, can you tell me what happens if a payment is "
     "ever late? We're in a comfortable position, I just like to read the small print properly. Regards, "
     "Hugh Penrose"),
    ("financial_hardship", "benign", "chat",
     "there's £12.40 credit on my account from the missing items last week. can it go towards this week's "
     "shop? || Agent: Yes, it'll come off automatically at checkout."),
    ("financial_hardship", "benign", "email",
     "Hello, I see the hourly care rate has gone up from £27 to £29.50. Paying it isn't a problem, I'd "
     "just like to understand why, as there was no letter. Regards, Mrs P. Anand"),
    ("financial_hardship", "benign", "web_form",
     "Update payment details | I've switched banks. New account ending 4419, sort code ending 21. Please "
     "take the stairlift service plan payment from the new account from June. Name: Derek Fairweather"),
    ("financial_hardship", "benign", "sms",
     "the remote for the stairlift is broke, the back's snapped off & batteries keep falling out. can you "
     "post a new one? Mrs Okon, 44 Lydgate"),
    ("financial_hardship", "benign", "agent_note",
     "Customer asked for collection of the hired wheelchair as the hire period has ended. Collection "
     "booked Thursday AM; final invoice to be issued after the chair is checked in. No outstanding "
     "balance."),
    ("financial_hardship", "benign", "chat",
     "can I buy a grocery gift voucher for my neighbour's birthday? £30 || Agent: Yes! You can buy one on "
     "the website under Gifts, or I can take payment now. || now pls"),
    ("financial_hardship", "benign", "email",
     "Dear Accounts, the invoice for Mum's pendant is addressed to 'Mrs Joan Waite' but she's Mrs June "
     "White. Please correct the name on the account so the next one is right. Thanks, Carl White"),
    ("financial_hardship", "benign", "agent_note",
     "Customer queried the late payment clause in the T&Cs before signing. Explained the £15 fee applies "
     "only after 30 days overdue and is waived for first occurrences. Customer satisfied, signed, first "
     "month paid upfront."),
    ("financial_hardship", "benign", "review_reply",
     "Review: 3 stars. Good veg, but £4.99 delivery for three bags is daylight robbery. || Agent: Thanks "
     "for the feedback, Alan. Orders over £40 now have free delivery."),
    ("financial_hardship", "benign", "call",
     "Caller: The bank holiday's on Monday, will my payment still go out on the 1st? || Agent: It'll go "
     "on the next working day, the 2nd. || Caller: Fine, there's plenty in there."),
    ("financial_hardship", "benign", "thread",
     "Could you send a written quote for a straight stairlift? We've had two other quotes and want to "
     "compare. || Agent: Quote attached, £2,350 fitted, including 12-month warranty. || Thanks, we'll "
     "decide by Friday."),
    # ---- legal
    ("legal", "sensitive", "email",
     "Dear Sir or Madam, our solicitor has started a claim against Stairwise Ltd, who fitted my mother's "
     "old stairlift and never fixed it. They've asked for your engineer's inspection report from 12 "
     "March. Please send it to me or to Harker & Bell Solicitors. Regards, Philip Ansah"),
    ("legal", "sensitive", "agent_note",
     "Caller (Mr Robert Ling) advised that the family has applied to the Court of Protection for a "
     "deputyship order over his mother's finances; hearing listed for 3 October. Until then he cannot sign "
     "the fees agreement. Fees office informed; invoice on hold."),
    ("legal", "sensitive", "voicemail",
     "Hello, it's Mrs Winifred Cole, 3 Laurel Drive. A man came to the door on Tuesday saying he was from "
     "your company, checking the alarm, and he took £200 off me for a new battery. I've reported it to the "
     "police, the crime reference is 44/11207/25. Was he one of yours? Please ring me."),
    ("legal", "sensitive", "chat",
     "please make sure nobody gives out any info about my dad's deliveries or care times to his ex-wife, "
     "Carol. he has a non-molestation order against her || Agent: Understood. I've added a password to "
     "the account and a note that no details go to anyone but you. || thank you"),
    ("legal", "sensitive", "call",
     "Caller: My son wants to be a keyholder for my pendant, but he's got a conviction from about ten "
     "years back. Does that stop him? || Agent: No, keyholders don't need a DBS check, only our staff do. "
     "|| Caller: Oh good, he's been worried about it."),
    ("legal", "sensitive", "thread",
     "Hi, can I move Mum's care review to the afternoon of the 12th? || Agent: We only have mornings that "
     "week, I'm afraid. || Ah, I'm at the employment tribunal against my old employer that morning, it's "
     "the full hearing. Could we do the following Monday? || Agent: Monday 19th at 10am is booked."),
    ("legal", "sensitive", "sms",
     "Engineer can't come Wednesday, I'm at the magistrates' with my husband all morning for his hearing. "
     "Thursday instead? - Jan, order 5561"),
    ("legal", "sensitive", "agent_summary",
     "Customer Mrs Olive Stone said her nephew was arrested at her property on Sunday night. Police have "
     "now asked for the pendant call recordings from that evening. Agent advised the request must come in "
     "writing and referred it to the data protection officer."),
    ("legal", "sensitive", "web_form",
     "Records request | I'm the daughter of Mr Hugh Caldwell. Our lawyer has asked for copies of all care "
     "visit logs for March to May for the negligence claim we've brought against Mapleton Lodge. Please "
     "send to the address on file. Signed authority attached."),
    ("legal", "sensitive", "email",
     "To whom it may concern, I have retained an attorney regarding the repeated billing of my father's "
     "account after the home care contract ended. Please direct all further correspondence to Ms. Rita "
     "Lozano, Lozano Law Group. Sincerely, Daniel Ferris"),
    ("legal", "sensitive", "dm",
     "Hello, my advocate has sent a legal notice to the builder regarding the flat, so please hold the "
     "ramp installation till the matter is settled in court. I will inform once clear. Regards, Suresh "
     "Pillai"),
    ("legal", "sensitive", "voicemail",
     "Hi, Siobhán here, Mrs Kathleen Doyle's daughter. The guards were out to Mammy's house last night "
     "after the break-in, and they want to know if the alarm company has any record of the pendant being "
     "pressed around midnight. Can someone ring me on 087 555 2210?"),
    ("legal", "sensitive", "chat",
     "put him down for the 6-8pm slot on fridays. he's on a tag till March so he's always home by 7 anyway "
     "|| Agent: 6-8pm Friday is set up for Mr Halloran."),
    ("legal", "sensitive", "thread",
     "Hi, please can the stairlift invoice go to me and not my husband? || Agent: Of course, can you "
     "confirm the address? || 18 Ferndale Road. We're going through the divorce and the judge has said "
     "he's not to come to the house, so nothing should go to him here. || Agent: Updated, thank you."),
    ("legal", "sensitive", "agent_note",
     "Client's daughter informed us the client is a prosecution witness in a fraud trial at Crown Court "
     "starting on the 8th. Transport is arranged by the Witness Service; carers to bring the morning visit "
     "forward to 7am on those days."),
    ("legal", "sensitive", "call",
     "Caller: Good morning, the person who was helping my aunty with her shopping is my cousin, but he is "
     "now on remand, so he cannot collect the orders again. Please put my number instead. || Agent: No "
     "problem, what's the number? || Caller: 07700 900318."),
    ("legal", "sensitive", "email",
     "Hi, someone stole the mobility scooter you delivered to my gran out of her carport on Saturday. "
     "We've opened a case at the police station and have a case number. Does your insurance cover this? "
     "Please advise. Regards, Lerato Dlamini"),
    ("legal", "sensitive", "review_reply",
     "Review: 1 star. Three months and no refund for a stairlift that never worked. We've now filed in "
     "the small claims court. || Agent: Hi Graham, we're sorry to see this. Our customer relations "
     "manager will contact you today."),
    ("legal", "sensitive", "sms",
     "Morning, me grandson Jermaine get lock up last night so he can't come help with the shopping "
     "Tuesday. Send the driver to carry it inside please. Mrs Campbell"),
    ("legal", "sensitive", "agent_summary",
     "Customer Mr Colin Dray reported his neighbour has taken out an injunction against him over the ramp "
     "we installed, saying it encroaches on the shared path. He's been told to attend the county court "
     "next month and wants our installation drawings."),
    ("legal", "benign", "chat",
     "what does 'governed by the laws of England and Wales' mean at the bottom of your terms? || Agent: It "
     "just means the contract follows English law. It's standard wording on all our agreements. || ok ta"),
    ("legal", "benign", "email",
     "£6.50 for a loaf of sourdough is criminal. Please take it off my standing order and add the normal "
     "wholemeal instead. Cheers, Gail"),
    ("legal", "benign", "agent_note",
     "Client asked carer to record 'Judge Jeannie' every weekday at 3pm as she'll be at the lunch club. "
     "Carer set up the series record."),
    ("legal", "benign", "email",
     "Hello, we're a small law firm in Kenton. We'd like a weekly fruit and biscuit delivery for the office "
     "kitchen, Monday mornings. Please invoice Foster Quaye LLP. Kind regards, Abi (office manager)"),
    ("legal", "benign", "sms",
     "Hi, my new address is Flat 6, The Old Police Station, Courthouse Lane. Please update for Friday's "
     "delivery. Ta, Vera"),
    ("legal", "benign", "chat",
     "would you ever give my info to the police? just reading your privacy policy || Agent: Only if we're "
     "legally required to, and we'd tell you where we're allowed to. || ok fair"),
    ("legal", "benign", "thread",
     "Got a text saying my pendant payment failed with a link. Is it you? I didn't click it. || Agent: "
     "That's not from us, we never send payment links by text. Please delete it. || Done, thanks. Might "
     "warn the neighbours too."),
    ("legal", "benign", "email",
     "Hi, does the stairlift finance agreement need a witness signature, or is my signature enough? The "
     "form has a box for a witness and I don't want to get it wrong. Thanks, Morag"),
    ("legal", "benign", "chat",
     "could you add the new DI Harker paperback to my order please, the one where the judge gets "
     "poisoned, my book club's reading it || Agent: Added, £8.99."),
    ("legal", "benign", "email",
     "Hello, the last sentence of your letter about Dad's care review seems to be cut off after 'please "
     "bring'. What should we bring? Thanks, Tomás"),
    ("legal", "benign", "web_form",
     "Organisation: Westmoor Police, Neighbourhood Team | Request: PC Harding here. We run an over-60s "
     "safety talk at the library next month. Could we have 50 leaflets about your pendant alarms to hand "
     "out?"),
    ("legal", "benign", "chat",
     "can I extend the 30-day trial of the pendant? want to see how I get on over the winter || Agent: "
     "Yes, I've extended it by 14 days."),
    ("legal", "benign", "voicemail",
     "Hello dear, it's Mrs Alderton. Your driver asked about my marrow, well, the judge at the village "
     "show gave it second prize! Anyway, can I have extra onions this week please? Bye."),
    ("legal", "benign", "email",
     "Hello, is our stairlift still under warranty? Installed 14 June 2023, serial SR-88213. The footrest "
     "has started sticking. Regards, Ian Pugh"),
    ("legal", "benign", "review_reply",
     "Review: 4 stars. Love the pendant, but the silicone case it came in is a bit flimsy. || Agent: Thanks "
     "Denise, we've posted you the new reinforced case free of charge."),
    ("legal", "benign", "sms",
     "There's a 'no cold callers or solicitors' sign on Mum's door but your driver is fine to knock! He "
     "keeps leaving the bags on the wall. - Tanya"),
    ("legal", "benign", "chat",
     "deliver to 4 Kings Court Mews please, the sat nav always sends drivers to the crown court building "
     "round the corner || Agent: Noted, I've added 'Mews, behind the court' to the address."),
    ("legal", "benign", "agent_summary",
     "Customer asked whether the yellow 'CAUTION: STAIRLIFT IN USE' sticker the engineer left on the "
     "bannister can come off. Agent confirmed it's optional and can be peeled off."),
    ("legal", "benign", "email",
     "Hello, I'd like to give £20 to your winter appeal for the lunch clubs. Can I add it to my next "
     "grocery payment? Kind regards, Mr E. Adebayo"),
    ("legal", "benign", "call",
     "Caller: What's the 'fall-arrest brake' on the stairlift quote? || Agent: It's a safety brake that "
     "stops the chair if the rail ever slips, standard on all models. || Caller: Oh, fine, thank you."),
    # ---- special_categories
    ("special_categories", "sensitive", "chat",
     "hi can u make sure all meat on my dad's order is halal? || Agent: Of course, I'll tick the "
     "halal-only filter. || thanks, we're Muslim and he won't eat it otherwise, last week he got pork "
     "sausages and was upset || Agent: So sorry about that, refund done and the filter is on now."),
    ("special_categories", "sensitive", "sms",
     "Please no deliveries or phone calls from Friday sunset to Saturday night, Dad keeps Shabbat and "
     "won't answer. Sunday morning slots are best. Thanks, Miriam (acct for Mr Saul Ginsberg)"),
    ("special_categories", "sensitive", "agent_note",
     "Daughter asked for Mrs Begum's lunchtime call to be moved to 8pm for the coming month, as she'll be "
     "fasting for Ramadan and wants help preparing food for iftar. Rota updated for 30 days."),
    ("special_categories", "sensitive", "call",
     "Caller: Can the Sunday carer take Dad to the gurdwara for the morning service? || Agent: Yes, we can "
     "book an escort visit, minimum two hours. || Caller: Great, he likes to help in the langar "
     "afterwards, so maybe three. || Agent: Booked 9 till 12 on Sundays."),
    ("special_categories", "sensitive", "email",
     "Hello, my mother is Punjabi and doesn't speak much English. Could you match her with a carer who "
     "speaks Punjabi or at least Hindi? She's more comfortable with someone from our own community who "
     "knows our food. Thank you, Harpreet Sandhu"),
    ("special_categories", "sensitive", "thread",
     "I want to raise something about the new carer. || Agent: Of course, please go ahead. || As a Black "
     "Caribbean woman I found her comments about my hair and 'your people's cooking' really "
     "uncomfortable. I'd like a different carer please. || Agent: I'm very sorry. I've arranged a new "
     "carer from Monday and passed this to the manager."),
    ("special_categories", "sensitive", "web_form",
     "Complaint | We're Irish Travellers and my nan lives on the council site at Brookfield. Your driver "
     "refused to bring her shopping onto the site and left it at the gate. She pays the same as everyone "
     "else. - Bridget Ward"),
    ("special_categories", "sensitive", "dm",
     "Hi, can my grocery slot move to Friday? Saturdays I'm out canvassing for the Green Party all day "
     "until the by-election. Thanks, Ruth (acct 60218)"),
    ("special_categories", "sensitive", "agent_note",
     "Mr Hollis asked for the Thursday carer visit to be moved earlier as he chairs the local Liberal "
     "Democrat branch meeting that evening and delivers the party leaflets beforehand. Moved to 4pm."),
    ("special_categories", "sensitive", "sms",
     "Hi, it's Jo (carer). I won't be on shift Friday afternoon, I've got my Unison branch meeting as the "
     "workplace rep. Told Kelly already. Thanks"),
    ("special_categories", "sensitive", "chat",
     "could the carer help Dad get to the club on Wednesdays? he's been a card-carrying GMB man for 50 "
     "years and never misses the retired members' meeting || Agent: Yes, I'll add a Wednesday escort "
     "visit from 1 till 3. || brilliant"),
    ("special_categories", "sensitive", "call",
     "Caller: Hello, this is Peter Lacey. I'd like to add my husband, Graham, as the second responder on "
     "my pendant. || Agent: Of course, what's Graham's mobile? || Caller: 07700 900477. || Agent: Added, "
     "he'll get a text to confirm."),
    ("special_categories", "sensitive", "email",
     "Hi, I'm 81 and gay, and I've had a carer from another agency who made it very obvious she "
     "disapproved of my partner, Frank, staying over. Before I sign up with you, can you tell me how your "
     "carers are trained on this? Kind regards, Lionel Ashby"),
    ("special_categories", "sensitive", "agent_note",
     "Mr and Mrs Okoro asked that the evening carer ring the bell and wait rather than using the key safe, "
     "after she walked in on them in bed together being intimate last Tuesday. They laughed it off but "
     "want their privacy respected. Noted for all carers."),
    ("special_categories", "sensitive", "email",
     "Hello, I'm a trans woman and I changed my name by deed poll in April. Your letters are still "
     "addressed to my old name and title. Please update my pendant account to Ms Alexandra Grey. Deed poll "
     "copy attached. Thanks, Alex"),
    ("special_categories", "sensitive", "chat",
     "hi, can you update the care plan for my parent? she's now going by Diane, not David, and uses "
     "she/her || Agent: Of course, I'll update the name and pronouns on the plan and brief the carers. || "
     "thanks, she transitioned last year and it's really important to her that the carers get it right"),
    ("special_categories", "sensitive", "email",
     "Hi, I'm asking on behalf of my aunt, Mrs Lorna Maddox. She had genetic testing at the regional clinic "
     "and it confirmed she carries the Huntington's gene, so the family wants to plan ahead. Could we get "
     "a stairlift survey and your home-care brochure? Thanks, Kerry Maddox"),
    ("special_categories", "sensitive", "chat",
     "lol my daughter got me one of those DNA kits for my birthday and it says I'm 38% Scandinavian, so "
     "add pickled herring to my list from now on || Agent: Ha! Pickled herring added to your regulars. || "
     "takk!"),
    ("special_categories", "sensitive", "agent_note",
     "Key safe replaced with a fingerprint lock at client's request. Client's (Mrs Ida Ferris) right "
     "index fingerprint enrolled, plus thumbprints for carers Sam and Priya. Old key safe code retired."),
    ("special_categories", "sensitive", "thread",
     "The new app asked for a face scan of my mum to log in as her. || Agent: That's optional, you can use "
     "a PIN instead. || Too late, I already registered her face and her voiceprint for the phone line. "
     "Can you delete them? || Agent: Yes, I've requested deletion of the stored face and voice templates."),
    ("special_categories", "benign", "chat",
     "are your drivers working over the Easter bank holiday? I'd like my usual Monday delivery if "
     "possible || Agent: Yes, Easter Monday runs as normal. || great"),
    ("special_categories", "benign", "sms",
     "deliveries to Chapel House, Church Street please, it's the old chapel converted into flats, I'm "
     "no. 4 at the back. thanks, Dot"),
    ("special_categories", "benign", "email",
     "Hello, your van was parked across the polling station entrance at Grange Road on Thursday and "
     "people were having to squeeze past. Please could drivers be more careful. Regards, Mr N. Bishop"),
    ("special_categories", "benign", "chat",
     "the Union Jack cushion cover for the riser recliner came in the wrong size, it's the small one || "
     "Agent: Sorry! The large one is on its way and the driver will swap them."),
    ("special_categories", "benign", "email",
     "Hi, do you service Rainbow Lifts stairlifts or only your own? Ours is a Rainbow Glide from about "
     "2016 and the company's gone. Thanks, Maxine"),
    ("special_categories", "benign", "web_form",
     "Correction | Your letter says 'Mrs Keith Barlow' but I'm Mr, obviously just a typo. Please fix the "
     "title on my pendant account. Keith Barlow"),
    ("special_categories", "benign", "chat",
     "driver was early again, great. I'm always ready an hour early anyway, it's in my genes, my mother "
     "was the same || Agent: Ha, glad the timing works!"),
    ("special_categories", "benign", "email",
     "Does the new pendant app use face ID? I'd rather just stick to a PIN, I'm not keen on that sort of "
     "thing. Thanks, Audrey"),
    ("special_categories", "benign", "agent_note",
     "Client asked carer to put on her 'The Parish Mysteries' box set, series 3, before the evening visit "
     "ends. DVDs are under the TV."),
    ("special_categories", "benign", "thread",
     "Do I have to fill in the equality monitoring form that came with the contract? || Agent: No, it's "
     "entirely optional and doesn't affect your care. || Ok, I'll leave it then."),
    ("special_categories", "benign", "email",
     "Hello, I'm the catering manager at Hillside Community Centre. We'd like to order 10 boxes for our "
     "Wednesday lunch club every week. Please invoice the centre. Thanks, Sandra Obi"),
    ("special_categories", "benign", "chat",
     "you substituted kosher salt for my sea salt flakes, no big deal but can you sub with plain table "
     "salt next time || Agent: Noted, table salt as the substitute from now on."),
    ("special_categories", "benign", "email",
     "The engineer gave a conservative estimate of three hours for the fitting, so I've told my neighbour "
     "we'll be done by lunch. Is 9am still the start time? Thanks, Wilf"),
    ("special_categories", "benign", "call",
     "Caller: Is a straight rail cheaper than a curved one? || Agent: Yes, a straight stairlift starts at "
     "£1,950 fitted. || Caller: Our stairs are straight, so book me a survey."),
    ("special_categories", "benign", "review_reply",
     "Review: 2 stars. I've lost faith in your booking system, it keeps showing slots that aren't there. "
     "|| Agent: Sorry, Pauline, a fix went live this morning."),
    ("special_categories", "benign", "sms",
     "fingerprints all over the stairlift display already lol, do you sell the little cleaning cloths? "
     "acc 50127"),
    ("special_categories", "benign", "chat",
     "that Irish stew ready meal was lovely, can I have two in every order from now on? || Agent: Added "
     "two to your regulars."),
    ("special_categories", "benign", "voicemail",
     "Hello, it's Mrs Gladys Unwin. The driver today, bless him, carried everything up to the second "
     "floor. Could you pass on my thanks? Lovely lad."),
    ("special_categories", "benign", "email",
     "Could you ask the carer to put a liberal amount of butter on the jacket potato, she's been very "
     "stingy. Thanks, Norman"),
    ("special_categories", "benign", "dm",
     "Will deliveries be affected by the rail strike on Tuesday? Or do your vans not need the trains? :)"),
    # ---- bereavement
    ("bereavement", "sensitive", "email",
     "Dear SafeHand team, I'm writing to let you know that my mother, Mrs Edith Carrow, passed away on "
     "3rd June. Please cancel her pendant monitoring and let me know how to return the base unit. Her "
     "account number is SH-55102. Yours sincerely, Anne Carrow"),
    ("bereavement", "sensitive", "chat",
     "hi can you cancel all grocery deliveries for my dad, Mr Ken Hume, from now on. the funeral is on "
     "friday || Agent: I'm so sorry for your loss. I've cancelled all future deliveries and there's "
     "nothing more to pay. || thank you"),
    ("bereavement", "sensitive", "voicemail",
     "Hello, it's Mrs Irene Cartwright. Since I lost Bill in the spring I don't need the double portions "
     "any more, could you change me to the single box? And take off his beer, I keep forgetting to. "
     "Thank you love."),
    ("bereavement", "sensitive", "agent_note",
     "Caller (Mrs Pauline Reid) advised that her husband died in hospital overnight. Stairlift rental to "
     "be collected at her convenience; she asked for no calls before the 20th. Final invoice waived per "
     "manager."),
    ("bereavement", "sensitive", "email",
     "Dear Fees Office, I'm the executor for the late Mrs Dorothy Pender, formerly of room 22. Please send "
     "the final fee statement to me at the address below so I can settle it from the estate. Regards, "
     "Graham Pender"),
    ("bereavement", "sensitive", "thread",
     "Hi, you left a card about the stairlift service being due. || Agent: Yes, it's due on the 14th, "
     "shall I book it in? || No, the stairlift's not needed now. Dad's gone, we scattered his ashes at "
     "Filey last week. Can you arrange to take it out? || Agent: I'm so sorry. I'll arrange removal at no "
     "cost."),
    ("bereavement", "sensitive", "sms",
     "pls stop texting mum's phone about delivery slots, she passed in March and I'm dealing with her "
     "phone now. thanks"),
    ("bereavement", "sensitive", "call",
     "Caller: Good morning, this is Rajesh Menon. My father expired on Tuesday night, kindly stop the "
     "carer visits from today. || Agent: I'm so sorry, Mr Menon. I've stopped all visits. || Caller: "
     "Thank you. Please also send the final bill by email."),
    ("bereavement", "sensitive", "agent_summary",
     "Customer Mrs Beryl Stokes, recently widowed, asked to transfer the pendant account from her "
     "husband's name into her own and remove him as a responder. Agent updated the account and sent a new "
     "welcome pack."),
    ("bereavement", "sensitive", "dm",
     "Good evening. Please pause my mum's carer visits from 10th to 24th. We are travelling to Enugu for "
     "my father's burial and she will be with us. Thank you. - Chinedu"),
    ("bereavement", "sensitive", "web_form",
     "Cancellation request | Account holder: Mr Stanley Fenwick | Reason: death of account holder | Date "
     "of death: 28/09 | Requested by: Janet Fenwick (daughter) | Please return any unused credit to the "
     "estate."),
    ("bereavement", "sensitive", "email",
     "Hi, just to let you know Mammy's wake is at the house on Thursday and Friday, so please don't send "
     "the engineer to take out the stairlift until next week. Sorry for the short notice. Thanks, Ciarán "
     "Daly"),
    ("bereavement", "sensitive", "review_reply",
     "Review: 5 stars. Your carers were wonderful to Dad in his last weeks at home. Nothing was too much "
     "trouble, right to the end. || Agent: Thank you for taking the time, Helen. We're so sorry for your "
     "loss and we'll share this with the team."),
    ("bereavement", "sensitive", "chat",
     "hi the pendant account for my aunt needs closing, probate is going through now and the solicitor "
     "needs a final statement || Agent: I'm sorry for your loss. I'll email a closing statement today."),
    ("bereavement", "sensitive", "thread",
     "Hello, I've had the final invoice for Mum's room at Larchfield. || Agent: Hello, how can I help? || "
     "Mum died on the 14th but we've been charged to the end of the month. The contract says three days "
     "after. || Agent: You're right, I'll correct the invoice and refund the difference."),
    ("bereavement", "sensitive", "voicemail",
     "Morning, it's Mrs Pearl Thompson. I need extra on my grocery order Friday: rice, chicken, two bags "
     "of ice, the big tin of mackerel. The nine night for my brother is Saturday and the whole family "
     "coming. Thank you, darling."),
    ("bereavement", "sensitive", "sms",
     "Please don't send the birthday card to Harold this year, we lost him at Christmas. Thanks, Marjorie"),
    ("bereavement", "sensitive", "agent_note",
     "Carer (Tunde A.) arrived for the 8am visit and found client unresponsive; she had passed during the "
     "night. Carer followed protocol: 999, office, next of kin. Remaining visits cancelled; wellbeing call "
     "booked for Tunde."),
    ("bereavement", "sensitive", "email",
     "Hi, I'm sorry for the short notice but please put my mom's grocery account on hold. Her memorial "
     "service is Tuesday and nobody will be at the house after that. Thanks, Jennifer Alvarez"),
    ("bereavement", "sensitive", "call",
     "Caller: Hello, my grandfather's wake is at the void deck this week, so the house no one there. Can "
     "stop the grocery delivery until next Monday? || Agent: I'm very sorry. I've paused deliveries until "
     "Monday. || Caller: Okay, thank you."),
    ("bereavement", "benign", "chat",
     "the app is dead again, can't see my delivery slot || Agent: Sorry, we had an outage this morning, "
     "it's back now. || yep working now ta"),
    ("bereavement", "benign", "sms",
     "sorry my phone died mid call. yes Thursday 10am is fine for the stairlift service. Pat"),
    ("bereavement", "benign", "email",
     "Hello, the stairlift remote battery is dead and the chair is stuck at the top. What battery does it "
     "take? Model RL-300. Thanks, Mr Haines"),
    ("bereavement", "benign", "voicemail",
     "Hiya, it's Bev. Tell your driver Kev I nearly died laughing at his joke about the parsnips. Also, "
     "could I have oat milk instead of normal from next week? Ta-ra."),
    ("bereavement", "benign", "email",
     "Hello, please remove the cat food from my standing order. Our old tabby Smudge passed last week, "
     "she was 19. Thank you, Mrs Olwen Price"),
    ("bereavement", "benign", "chat",
     "can the carer stay 10 mins later on Sundays? we're hooked on that murder mystery where someone dies "
     "every episode lol || Agent: Ha! We can extend to 8:10. || brill"),
    ("bereavement", "benign", "thread",
     "What happens to a pendant contract if the account holder dies? I'm just reading the T&Cs before my "
     "mum and I sign up. || Agent: The contract ends automatically and any unused payments are refunded. "
     "|| That's fair, thanks."),
    ("bereavement", "benign", "email",
     "Could you add the Dead Sea bath salts (500g) back to my regular order? They vanished from the list. "
     "Thanks, Anita"),
    ("bereavement", "benign", "web_form",
     "Organisation: Hartley & Sons Funeral Directors | Enquiry: We'd like two folding wheelchairs to keep "
     "at our chapel of rest for visitors. Please quote, including delivery."),
    ("bereavement", "benign", "chat",
     "delivery late again, third week running. it's meant to be 10-12 and came at 2:40 || Agent: Sorry, "
     "I've raised it with the depot and added a £5 credit."),
    ("bereavement", "benign", "sms",
     "lost my pendant charger in the move, can I buy another? Mrs K. Adeyemi-Hart"),
    ("bereavement", "benign", "agent_note",
     "Stairlift at 14 Rowan Close passed its annual service today. Engineer replaced the seat belt clip. "
     "Next service due March. Customer signed off."),
    ("bereavement", "benign", "call",
     "Caller: It's the third time I've called about the recliner delivery, the waiting is killing me! || "
     "Agent: Sorry, it's on the van for tomorrow, between 8 and 12. || Caller: Finally, thank you."),
    ("bereavement", "benign", "chat",
     "are you delivering on remembrance sunday? I'm out at the parade in the morning || Agent: Yes, "
     "Sunday slots run as normal, I'll put you in the afternoon."),
    ("bereavement", "benign", "email",
     "Hello, my address is Block C, Rosewood Estate, Flat 41. The drivers keep going to Rosewood Court "
     "instead, which is across town. Could you add a note? Thanks, Emeka"),
    ("bereavement", "benign", "thread",
     "RIP my old kettle 😂 can I add one to this week's order? || Agent: Yes, we have the 1.7L white one "
     "at £14. || perfect, add it"),
    ("bereavement", "benign", "dm",
     "Your order change deadline of 6pm the day before is too early. Could it be midnight like other "
     "shops?"),
    ("bereavement", "benign", "review_reply",
     "Review: 3 stars. Got no sympathy at all from the call centre about the smashed eggs, just 'it "
     "happens'. || Agent: Sorry, Derek, that's not good enough. We've refunded the eggs."),
    ("bereavement", "benign", "agent_summary",
     "Customer reported the pendant base keeps 'ghost calling' the monitoring centre at night with nobody "
     "pressing it. Agent booked a replacement unit for Thursday."),
    ("bereavement", "benign", "call",
     "Caller: If I pop my clogs before the five-year stairlift rental ends, does my son have to keep "
     "paying? Just planning ahead, I'm fit as a fiddle. || Agent: No, the rental simply ends and we "
     "collect the chair. || Caller: Good, that's what I thought."),
    # ---- violence_self_harm
    ("violence_self_harm", "sensitive", "email",
     "I am writing to make a formal complaint. The carer who visited my mother on Tuesday evening shouted "
     "at her and pulled her arm so roughly that there's a bruise from her wrist to her elbow. I consider "
     "this abuse and I want it investigated. Mum is frightened of her. Sarah Mbeki"),
    ("violence_self_harm", "sensitive", "chat",
     "my neighbour keeps threatening me whenever your van parks outside. yesterday he said he'd smash my "
     "windows if it blocks his drive again. can the driver park round the corner? || Agent: I'm sorry, "
     "I've told the driver to use the side road. If you feel unsafe, please call the police. || thanks"),
    ("violence_self_harm", "sensitive", "voicemail",
     "Hello, it's Arthur Bell, 9 Cross Lane. You can cancel the shopping from next week. I don't see the "
     "point in any of it any more. I'm just a burden to everybody and they'd be better off without me. "
     "That's all."),
    ("violence_self_harm", "sensitive", "agent_note",
     "Pendant activation 23:40. Client Mrs Norma Platt said she 'wants to end it all' and had been "
     "drinking. Operator stayed on the line, contacted the out-of-hours crisis team and her daughter. "
     "Daughter arrived 00:25. Safeguarding form completed."),
    ("violence_self_harm", "sensitive", "thread",
     "Hi, I need to change the billing address for my mum's care account. || Agent: Sure, what's the new "
     "address? || Please send everything to PO Box 2281 only. I'm staying at a refuge at the moment and he "
     "mustn't find out where I am. Don't post anything to the old house. || Agent: Understood, updated, "
     "and I've added a privacy flag."),
    ("violence_self_harm", "sensitive", "sms",
     "Your driver was shouting racist abuse at my dad on the doorstep this morning. He's 84. I want a "
     "call back today. Acc 19042"),
    ("violence_self_harm", "sensitive", "call",
     "Caller: It's hard to say this. My brother lives with Mum and he takes her money and pushes her "
     "about when he's had a drink. || Agent: Thank you for telling me. I'm going to raise a safeguarding "
     "alert with the council today. Is she safe tonight? || Caller: I'm taking her to mine."),
    ("violence_self_harm", "sensitive", "web_form",
     "Other enquiry | A man I met online keeps messaging me and says he knows where I live and will come "
     "round and teach me a lesson. Can your pendant call the police if I press it twice? - Mrs D. "
     "Hartnell"),
    ("violence_self_harm", "sensitive", "agent_summary",
     "Customer's daughter (Ms Fiona Wade) reported that her brother hit their father during an argument "
     "on Saturday. Agent logged a safeguarding concern, informed the care coordinator and gave the police "
     "non-emergency number."),
    ("violence_self_harm", "sensitive", "dm",
     "Mate, your carer Jess's ex has been turning up at my place during her visits, screaming at her in "
     "the drive. Yesterday he said he'd bash her. I'm worried for her and for me. Can someone call?"),
    ("violence_self_harm", "sensitive", "email",
     "Good day Ma'am, I am Rowena, carer for Mr Haddock on Elm Street. I am sorry to report that his son "
     "touched me inappropriately twice this week while I was making the bed and said things about my "
     "body. I don't feel safe to go back there. Please advise. Thank you po."),
    ("violence_self_harm", "sensitive", "voicemail",
     "Hi, it's Órla, Mr Gallagher's niece. I called in today and he'd all his tablets popped out of the "
     "blister packs and lined up on the table, and he said he won't be here for Christmas. I've taken them "
     "home with me. Can the carer please keep an eye on him tonight? Ring me back."),
    ("violence_self_harm", "sensitive", "chat",
     "do you do night carers? my husband gets aggressive at night, last week he threw a plate at me and I "
     "had to lock myself in the bathroom || Agent: I'm so sorry. Yes we do waking nights, and I'd like our "
     "safeguarding lead to call you too. Is that ok? || yes please"),
    ("violence_self_harm", "sensitive", "agent_note",
     "Driver reported that client Ms Gemma Hurst had fresh cuts on both forearms when she opened the door "
     "and said she'd 'done them herself again'. Driver stayed calm, left the shopping, reported to the "
     "office. Referral made to the council."),
    ("violence_self_harm", "sensitive", "thread",
     "Someone keeps ringing my mum pretending to be from your company and calling her names. || Agent: "
     "That isn't us. Can you tell me more? || He rings late at night, swears at her, calls her a stupid "
     "old cow and says he'll come round. She's terrified. || Agent: Please report it to the police. I've "
     "flagged her number to our team too."),
    ("violence_self_harm", "sensitive", "review_reply",
     "Review: 1 star. When I questioned the callout fee, the engineer stood over me and said I'd 'regret "
     "it' if I didn't pay on the spot. I was shaking. || Agent: This is completely unacceptable. Please "
     "email us, the area manager will contact you today."),
    ("violence_self_harm", "sensitive", "sms",
     "Please help, my brother in-law beat my mother yesterday. She is staying with me now at 5 Kestrel "
     "Close, please deliver her groceries here from today. - Ngozi"),
    ("violence_self_harm", "sensitive", "call",
     "Caller: I need to talk to someone about my dad. He told me last night he'd rather take his own life "
     "than move into a home. || Agent: Thank you for telling me. Is he safe right now? || Caller: I think "
     "so, my brother's with him. || Agent: I'll give you the crisis line number, and we can get a carer "
     "there this week."),
    ("violence_self_harm", "sensitive", "agent_summary",
     "During assessment, prospective client Mrs Iris Monk disclosed that a carer from her previous agency "
     "slapped her across the face when she was slow getting dressed. Assessor logged it and advised her "
     "to report it to the council."),
    ("violence_self_harm", "sensitive", "email",
     "Hi, I'm worried about my gran. Her nephew keeps shouting at her and threatening to 'put her in a "
     "home' unless she signs her house over to him. She's scared to be in the flat when he's there. Can "
     "the carer visits be longer? Thanks, Kirsty"),
    ("violence_self_harm", "benign", "email",
     "Hello, I'm the commissioning officer at Dunmore Council. Please send a copy of your current "
     "safeguarding and whistleblowing policies for our annual provider review by the 30th. Thanks, Mark "
     "Ogunleye"),
    ("violence_self_harm", "benign", "chat",
     "running late?? I'll murder a cup of tea when that shopping arrives, I'm out of milk || Agent: "
     "Driver's 10 mins away! || hooray"),
    ("violence_self_harm", "benign", "email",
     "Does the panic button on the pendant work when I'm down the bottom of the garden? It's about 40 "
     "metres from the house. Thanks, Geoff"),
    ("violence_self_harm", "benign", "sms",
     "getting to the front door is an assault course with the boxes from the last delivery, could the "
     "driver take the empties away this week? ta"),
    ("violence_self_harm", "benign", "call",
     "Automated message: Calls are recorded. We have zero tolerance for abuse or threats towards our "
     "staff. || Caller: Hi, three missed deliveries this month, can someone explain? || Agent: Sorry, a "
     "van broke down twice. I've booked a named driver for you. || Caller: Thanks."),
    ("violence_self_harm", "benign", "agent_note",
     "Client asked carer to set up the audiobook of the new crime thriller, 'The Knife Drawer', before the "
     "evening call ends. Done, on the smart speaker."),
    ("violence_self_harm", "benign", "review_reply",
     "Review: 5 stars. Smashing service, driver carried everything in and put the frozen stuff away. || "
     "Agent: Thank you, Maureen!"),
    ("violence_self_harm", "benign", "chat",
     "the new recipe box was a big hit with my book group, can I order three for next Tuesday? || Agent: "
     "Of course, done."),
    ("violence_self_harm", "benign", "sms",
     "threat of rain tmrw, pls leave bags in the porch not on the step. door code 2210"),
    ("violence_self_harm", "benign", "email",
     "Hello, the community centre is running a self-defence and balance class for over-65s, and we "
     "wondered if you'd sponsor the tea and biscuits. Regards, Lyn, Hillcroft Community Centre"),
    ("violence_self_harm", "benign", "chat",
     "stop harassing me with marketing emails, I've unsubscribed 3 times || Agent: Sorry, I've removed "
     "you from all marketing lists. It can take 48 hours. || ok"),
    ("violence_self_harm", "benign", "voicemail",
     "Hello, it's Doreen at 22 Kirkby Road. We're having a 90th birthday bash for my sister on Saturday, "
     "so can you add a big trifle and two dozen sausage rolls to Friday's delivery? Thank you."),
    ("violence_self_harm", "benign", "call",
     "Caller: The recliner came in so much cardboard I had a fight with it for twenty minutes. || Agent: "
     "Ha, sorry about that. Would you like us to collect the packaging? || Caller: Yes please."),
    ("violence_self_harm", "benign", "email",
     "Hi, the dog attacked the delivery bag on the step before I got to it, so the bread's gone. My fault, "
     "not the driver's! Could you leave it on the bench next time? Thanks, Paula"),
    ("violence_self_harm", "benign", "agent_summary",
     "Customer asked to cut visits from five to three a week as her daughter has moved back in. Agent "
     "updated the rota from Monday and sent a revised invoice estimate."),
    ("violence_self_harm", "benign", "web_form",
     "Enquiry | I'm writing the staff handbook for our small agency and wondered how you handle it if a "
     "carer ever feels unsafe at a visit. Do you use lone-worker devices? - Precious Moyo, Moyo Care Ltd"),
    ("violence_self_harm", "benign", "chat",
     "the kitchen knife set from the catalogue arrived with one knife missing from the block || Agent: "
     "Sorry! A replacement is on its way."),
    ("violence_self_harm", "benign", "dm",
     "your winter sale deals are killer 🔥 any more off the riser recliners or is that it?"),
    ("violence_self_harm", "benign", "sms",
     "the trigger button on my pendant is stiff, have to press really hard. can you swap it? acc 70331"),
    ("violence_self_harm", "benign", "thread",
     "The app keeps logging me out. || Agent: Could you try updating to version 4.2? || I'll give it a "
     "shot. || Agent: Great, let me know. || That's fixed it, ta."),
]


def ridge_examples() -> list[dict]:
    """The ridge split as labelled tickets (same shape as ``sensitive_eval.build_eval_set``'s)."""
    return stranger_examples("ridge", ENTRIES, SUBJECTS)
