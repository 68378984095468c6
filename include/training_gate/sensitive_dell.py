"""dell split: written by a helper who had not seen the detection rules, the anchors or any other split.
Setting: Larkbrook Living, an invented rent-to-own and pay-later shop for furniture, appliances and electronics,
online and in high-street stores, with delivery, installation and repairs; emails, chats, call transcripts, SMS,
DMs, web forms, answered reviews, voicemails and agent notes in UK, US, Irish, Australian, Indian, Nigerian,
Filipino, South African, Singaporean and non-native English.
The benign half borrows each category's words: idioms, product and promo names, business customers (a school,
a mosque, a law firm, a funeral director), general policy questions, pets, and plain routine tickets.
50 sensitive and 50 benign tickets for children and for special categories, 30 and 30 for financial hardship, 20 and
20 for health and for violence and self-harm, 15 and 15 for legal and for bereavement.
First reading (policy 2026.11.17, before any change made in response to it; `sensitive_eval.evaluate`, as `make
eval-sensitive`): 95.5 / 4.0 recall / false exclusion in % as shipped, 96.0 / 7.5 without the overruling,
90.0 / 7.5 by the rules alone. Then read while tuning the rules for 2026.11.18 and trained on."""

from __future__ import annotations

from training_gate.sensitive_blind import stranger_examples

SUBJECTS: tuple[str, ...] = (
    "Question about my delivery",
    "Change of delivery slot",
    "Repair booking",
    "Query about my agreement",
    "Weekly payment question",
    "Please update my account",
    "Installation appointment",
    "Return or exchange",
    "Problem with my order",
    "Feedback on my store visit",
    "Engineer visit",
    "Collection request",
    "Pay-later plan question",
    "Enquiry for the store",
)

ENTRIES: list[tuple[str, str, str, str]] = [
    # ---- health
    ("health", "sensitive", "email",
        "Hi, I've got a washing machine due for delivery Thursday between 8 and 12. Could you switch it to "
        "the afternoon? I have chemo at the Royal on Thursday mornings and won't be back till 1. Order ref "
        "LB-448213. Thanks, Moira"),
    ("health", "sensitive", "chat",
        "Customer: hi can the drivers carry the recliner upstairs and set it up? || Agent: Of course, we "
        "offer room-of-choice delivery. Anything else we should know? || Customer: yeah my husband's a "
        "wheelchair user so they'll need to leave the hallway clear, his ramp goes down the side of the house"),
    ("health", "sensitive", "agent_note",
        "Agent note: cx rang re weekly payment on 65in TV agreement RTO-20931. Says she's been in hospital "
        "for three weeks after a stroke and missed two payments. Applied 2-week hold as goodwill, flagged as "
        "vulnerable customer."),
    ("health", "sensitive", "sms",
        "hiya its Dee, cn u move my fridge freezer delivery 2 next wk, im 38 wks and midwife says no lifting "
        "n stuff, partner back mon"),
    ("health", "sensitive", "call",
        "[transcript] Agent: Larkbrook repairs, Priya speaking. Caller: Hi, the lift-and-rise chair we rent "
        "for my dad has stopped rising. He's got Parkinson's and he really can't get out of it without the "
        "motor. Agent: I'm sorry to hear that, I'll book an urgent engineer visit, we have slots tomorrow. "
        "Caller: Tomorrow's fine, thank you."),
    ("health", "sensitive", "web_form",
        "Reason for return: Other. Details: The standing desk is great but after my back operation the "
        "consultant wants me lying flat for six weeks so I won't be using it. Can I still return within the "
        "14 days?"),
    ("health", "sensitive", "dm",
        "Hey, been waiting 2 wks for the engineer for my dryer. I'm on lithium and the clinic said to keep "
        "stress low, this is doing my head in. Can someone just give me a date?"),
    ("health", "sensitive", "email",
        "Hello, my partner's sugar levels go all over the place if her insulin isn't kept cold, which is why "
        "the broken fridge is urgent for us. The engineer slot you gave me is 9 days away. Is there anything "
        "sooner, or a loan fridge you could drop off? Account LB-30177."),
    ("health", "sensitive", "chat",
        "Customer: Do you do the smart speakers with the reminder feature? || Agent: Yes, the Orbi Home 2 "
        "lets you set spoken reminders. || Customer: great, it's for my mum, her memory's been going since "
        "the diagnosis last spring and she keeps forgetting her tablets"),
    ("health", "sensitive", "review",
        "Review: 2 stars. Delivery guys left the bed frame in the hall, unassembled, even though I'd paid for"
        " assembly. || Reply from Larkbrook: Hi Tom, we're sorry. We saw your note that you're recovering "
        "from a hip replacement and can't build it yourself, so we've booked our fitter for Saturday at no "
        "charge."),
    ("health", "sensitive", "voicemail",
        "Voicemail: Hi it's Graham Pike, account ending 772. I won't be in for the cooker install on the "
        "14th, I'm being admitted to St Columba's for a few days for tests on my heart. Can someone call me "
        "to rearrange? Cheers."),
    ("health", "sensitive", "email",
        "Dear team, my brother is deaf and he cannot use the phone for confirm the delivery. Please can you "
        "send him SMS only to 07700 900412, not call. He will be home all day Wednesday. Thank you, Ravi"),
    ("health", "sensitive", "forwarded",
        "Fwd from my OT: 'Following the assessment, Mrs Okafor needs a bed at least 55cm high for safe "
        "transfers due to her MS.' Can you tell me which of your rental beds meet this? Our current one is "
        "too low. Thanks, Grace Okafor"),
    ("health", "sensitive", "agent_note",
        "Agent note: customer asked that engineer avoid strong aftershave and not bring food into the house, "
        "mentioned her husband has severe reactions and carries two EpiPens. Added to job notes for visit "
        "17/06."),
    ("health", "sensitive", "chat",
        "Customer: is it possible for the delivery team to ring me 30 mins before, not just turn up? I get "
        "panic attacks when people arrive unannounced, my therapist suggested I ask. || Agent: Absolutely, "
        "I've added a call-ahead note to your order."),
    ("health", "sensitive", "sms",
        "Sir kindly postpone the installation of AC to next week. My father is admitted in ICU after cardiac "
        "arrest, we are all at hospital only. Order no LB-771024"),
    ("health", "sensitive", "call",
        "[transcript] Caller: The washer's making a grinding noise again. Agent: Let me check the account, Mr"
        " Duarte. I see a note from last time that you're partially sighted, so I'll make sure the engineer "
        "rings on arrival and reads the job sheet out to you. Caller: Yeah, that helps, ta."),
    ("health", "sensitive", "web_form",
        "Message: Need the bed delivered ASAP please, the one with the adjustable back. I'm going through IVF"
        " and the clinic has me resting after the transfer so I need to be able to sit up. Flexible on times."),
    ("health", "sensitive", "email",
        "Hi, I'm ordering on behalf of our office. One of my team, Shauna, has epilepsy and flashing lights "
        "can set her off, so for the breakout room TV could your installer turn off the flashing standby "
        "light on the soundbar? Thanks, Ben, Facilities"),
    ("health", "sensitive", "dm",
        "G'day, my neighbour's asked me to chase this for her as she's just out of hospital after a fall and "
        "can't get to the phone much. Her washing machine (account under Joan Petrakis) was meant to be "
        "picked up for repair yesterday and nobody showed. Cheers, Mick"),
    ("health", "benign", "chat",
        "Customer: my laptop's got a virus I think, loads of pop-ups. Is that covered by the repair plan? || "
        "Agent: Software issues aren't covered by Larkbrook Care, but our in-store tech desk can do a "
        "clean-up for £25."),
    ("health", "benign", "email",
        "Hello, I'm the practice manager at Fernhill Dental Surgery. We'd like to rent two 55-inch screens "
        "for the waiting room and a small fridge for the staff room. Do you do business agreements with "
        "invoicing? Regards, Carla Hughes"),
    ("health", "benign", "review",
        "Review: 5 stars. The orthopaedic memory foam mattress is amazing, best sleep in years, and the "
        "delivery lads were quick. || Reply: Thanks so much Lorraine, glad you're sleeping well!"),
    ("health", "benign", "sms",
        "sick of waitin for this sofa tbh, 3rd time ur van hasnt come. order LB-552190"),
    ("health", "benign", "web_form",
        "Question: Do you offer any accessibility support in your stores, like a quiet hour or step-free "
        "access? Asking generally before I visit the Leeds branch."),
    ("health", "benign", "chat",
        "Customer: I'm a nurse on nights so I'm asleep till 2, can deliveries always be after 3pm? || Agent: "
        "Sure, I've set an afternoon preference on your account for all future deliveries."),
    ("health", "benign", "email",
        "Hi, the account health check email says my agreement is 'in good standing' but I can't see the early"
        " buyout figure anywhere. Where do I find it? Thanks, Kemi"),
    ("health", "benign", "call",
        "[transcript] Caller: I'm after one of those massage chairs from your window display on King Street. "
        "Agent: The Zenora 300? It's £9.50 a week over 156 weeks or you can buy outright. Caller: What's the "
        "total if I take the pay-later option instead?"),
    ("health", "benign", "dm",
        "Your installer was a lifesaver honestly, had the dishwasher plumbed in within 20 mins. Please pass "
        "on thanks to Dev!"),
    ("health", "benign", "agent_note",
        "Agent note: Brookside Care Home (business acct B-2219) asked for a quote on 12 adjustable beds for a"
        " refurbished wing. Sent to B2B team. No resident details given or needed."),
    ("health", "benign", "email",
        "I've got a medical fridge question: is the Coolvex mini fridge suitable for storing pharmacy stock? "
        "We're a small chemist on Bridge Road looking to rent one for behind the counter."),
    ("health", "benign", "chat",
        "Customer: does the air purifier you rent have a HEPA filter? || Agent: Yes, the PureAir 40 has a "
        "true HEPA H13 filter. || Customer: and how often does the filter need replacing? || Agent: Every 12 "
        "months, about £30."),
    ("health", "benign", "email",
        "Hi, general question: if someone has a disability and needs the delivery team to assemble furniture,"
        " is that free or an extra charge? I'm putting together a guide for our housing association's tenant "
        "newsletter."),
    ("health", "benign", "forwarded",
        "Fwd: 'Your Larkbrook Care plan renews on 1 March. Your plan covers breakdowns, accidental damage and"
        " a replacement if we can't repair.' Is this automatic or do I need to opt in again?"),
    ("health", "benign", "sms",
        "hi my washer is in intensive care lol, drum wont spin, can u send some1 fri"),
    ("health", "benign", "email",
        "Hi, I'd like to change the delivery address for my wardrobe order LB-330918 to 14 Carrow Lane, flat "
        "2. Same date is fine. Thanks, Sam"),
    ("health", "benign", "chat",
        "Customer: what time does your Newport store close on Sunday? || Agent: 4pm on Sundays, we're open 10"
        " till 4."),
    ("health", "benign", "web_form",
        "Message: The freezer drawer arrived cracked. Photos attached. Can you send a replacement drawer "
        "rather than swapping the whole appliance?"),
    ("health", "benign", "voicemail",
        "Voicemail: Hello it's Dylan Rees, just ringing to confirm the engineer for tomorrow, reference "
        "R-66120, I'll be in from nine. Ta."),
    ("health", "benign", "review",
        "Review: 3 stars. Good price on the fridge but the app keeps logging me out. || Reply: Hi Janet, "
        "sorry about that, an update is out this week that fixes the login issue."),
    # ---- children
    ("children", "sensitive", "email",
        "Hi, I ordered the bunk bed for my two boys, they're 6 and 9, and the ladder's missing a rung "
        "bracket. Can you send the part out? Order LB-402771. Thanks, Steph"),
    ("children", "sensitive", "chat",
        "Customer: can I change the delivery to after 3:30? I do the school run and my lad's in Year 4 at St "
        "Bede's, pick up is 3:15 || Agent: No problem, I've moved it to the 4-6pm slot."),
    ("children", "sensitive", "sms",
        "hi can the cot come sat instead, the baby's only 3 wks old n naps 12-2 so pls not then"),
    ("children", "sensitive", "call",
        "[transcript] Caller: I want to set up the tablet I rent from you so my daughter can't get into the "
        "app store. She's eleven. Agent: Sure, on the Nexo Tab you go to Settings, Family, and create a child"
        " profile. Caller: Will it need her date of birth? Agent: It'll ask for it, yes, that's how it sets "
        "the age limits."),
    ("children", "sensitive", "web_form",
        "Account holder: Marcus Bell. Additional authorised user: Jaden Bell, DOB 03/09/2009. He's 16 and "
        "he'll be the one home for deliveries, please can he sign for them?"),
    ("children", "sensitive", "agent_note",
        "Agent note: Customer's ex-partner called asking for the delivery address of the children's beds. "
        "Customer told us previously there is a custody arrangement and the address must not be shared. Did "
        "not disclose. Flag added to account."),
    ("children", "sensitive", "email",
        "Hello, the kids are with me every other weekend now since the separation, so I'm renting a second "
        "set of beds for my flat. Can I add a bunk bed to my existing agreement rather than open a new one? "
        "Regards, Lee Hammond"),
    ("children", "sensitive", "dm",
        "my eldest starts secondary in sept n needs a laptop for homework, whats the cheapest weekly one u "
        "do? shes doing computing so it needs to run scratch n python"),
    ("children", "sensitive", "chat",
        "Customer: can the installers avoid 1-2pm on the 10th? the wee one naps then and she's teething, it's"
        " been grim || Agent: Ha, understood! I've requested the morning slot for you."),
    ("children", "sensitive", "review",
        "Review: 1 star. Fridge broke and no engineer for 10 days. || Reply: Hi Aisha, we're really sorry, "
        "especially as you told our team you're storing expressed milk for your newborn. We've sent a loan "
        "fridge out today and the engineer is booked for Monday."),
    ("children", "sensitive", "email",
        "My son Oliver (14) cracked the screen on the rented console's controller. Is that covered by "
        "accidental damage? He's offered to pay from his pocket money, bless him. Account LB-22019."),
    ("children", "sensitive", "voicemail",
        "Voicemail: Hiya it's Kerry on account 55810. The delivery's booked for the 2nd but that's my "
        "daughter's sports day at Hillcrest Primary and I promised I'd be there, she's in the relay. Can you "
        "ring me back to move it? Thanks."),
    ("children", "sensitive", "sms",
        "Good afternoon. Pls the study desk I ordered is for my boy writing his common entrance exam in 3 "
        "weeks, kindly help me expedite delivery. Order LB-610933. God bless"),
    ("children", "sensitive", "call",
        "[transcript] Caller: Hi, I want to rent a phone on my own, I've got a Saturday job now. Agent: "
        "Great, can I ask how old you are? Caller: Fifteen, sixteen in March. Agent: I'm afraid agreements "
        "need the holder to be 18, but a parent could take one out and add you as the user."),
    ("children", "sensitive", "agent_note",
        "Agent note: Mrs Tan rang, wants the engineer visit for the oven moved off 8-9am; her 4yo has speech "
        "therapy at home then. Moved to 10-12."),
    ("children", "sensitive", "web_form",
        "Delivery instructions: Please don't ring the bell, my twins (18 months) will be asleep. Text 07700 "
        "900981 and I'll come down."),
    ("children", "sensitive", "chat",
        "Customer: the school says Maya's class need a laptop with a webcam for remote lessons, she's Year 7 "
        "at Oakfield Academy. does the HP one you have have a camera? || Agent: Yes, the 14-inch model has a "
        "720p webcam built in."),
    ("children", "sensitive", "email",
        "Hi there, we're foster carers and a placement is arriving next week, a boy of 7. We need a single "
        "bed and a small wardrobe for the spare room quickly. Is next-day delivery possible to Cardiff? Many "
        "thanks, Bethan"),
    ("children", "sensitive", "dm",
        "Hello po, can I ask if the crib can be delivered this Saturday? My baby girl is 2 months old and "
        "still sleeping beside us. Thank you po."),
    ("children", "sensitive", "sms",
        "need the washer fixed asap, 3 under 5 in this house and the laundry pile is unreal"),
    ("children", "sensitive", "chat",
        "Customer: I'm trying to update the email on my account. || Agent: Sure. For security, I can see the "
        "profile is in the name of Ruby Clarke, date of birth 11/02/2010, is that you? || Customer: no that's"
        " my daughter, she must have signed up for the newsletter with my card. || Agent: Thanks for letting "
        "us know, as she's under 18 we'll close that profile and remove her details."),
    ("children", "sensitive", "email",
        "Hi lads, the TV stand came with no screws. Not the end of the world but my young lad (he's 5) found "
        "the ones from the old stand and I'd rather he wasn't handling those. Can ye post a set out? Ta, "
        "Niamh"),
    ("children", "sensitive", "web_form",
        "Question: My son is autistic and very sensitive to noise, he's 8. Is the Silvo washer really 44dB on"
        " the spin, or is that the wash cycle? Want to get this right before we commit."),
    ("children", "sensitive", "call",
        "[transcript] Agent: And who will be at the property to receive the sofa? Caller: My daughter, she's "
        "thirteen, she'll be home from school by four. Agent: I'm sorry, we need someone 18 or over to sign. "
        "Could a neighbour or another adult be there?"),
    ("children", "sensitive", "agent_note",
        "Agent note: Cx wants the bedroom set delivered before the 21st as that's her lad's 10th birthday and"
        " the racing car bed is his present. Confirmed 19th, asked driver to keep it boxed up."),
    ("children", "sensitive", "email",
        "Hello, I paid extra for Saturday delivery but my daughter's gymnastics competition has now moved to "
        "the Saturday, she's 12 and it's her first regional. Could I have the premium refunded and go back to"
        " a weekday slot?"),
    ("children", "sensitive", "sms",
        "hey cn the engineer come aft 4, im at parents evening for my yr 9 til 3.45"),
    ("children", "sensitive", "dm",
        "Is the Sprout high chair in your rental range suitable from 6 months? Our son turns 6 months next "
        "week and he's already grabbing at everything at dinner."),
    ("children", "sensitive", "chat",
        "Customer: hi, the aircon installation can do before 12 lah? my girl PSLE next week so afternoons she"
        " need quiet to study || Agent: Sure, I can book you 9am to 12pm on Tuesday."),
    ("children", "sensitive", "call",
        "[transcript] Caller: We need the dehumidifier sooner if you can, the health visitor said the damp "
        "isn't good for the baby's chest, she's four months. Agent: I understand, I'll move you onto "
        "tomorrow's route."),
    ("children", "sensitive", "email",
        "Morning, my son is in Grade 10 at Rondebosch Boys' and needs a laptop for his CAT subject. Can I do "
        "the pay-later option with him as the user? He's 15. Thanks, Pieter"),
    ("children", "sensitive", "web_form",
        "Details: The bed guard on the toddler bed snapped. It's the bed our youngest sleeps in, she's two "
        "and a half. Please send a replacement guard urgently, she's on a mattress on the floor until then."),
    ("children", "sensitive", "agent_note",
        "Agent note: Customer asked us to remove her 17-year-old son's mobile number from the account; he had"
        " been listed as second contact and is now getting our marketing texts. Removed and opted out."),
    ("children", "sensitive", "chat",
        "Customer: do you have the 55 inch Samsara in stock at the Bristol store? || Agent: Yes, 3 in stock. "
        "|| Customer: great I'll pop in after I drop my two at nursery, the little one's only just turned 1"),
    ("children", "sensitive", "review",
        "Review: 4 stars. Loved the sofa. One small thing, the fabric isn't as wipeable as the website says, "
        "my 2 year old proved that with a yoghurt. || Reply: Ha! Thanks Gemma, we've passed that on to the "
        "product team."),
    ("children", "sensitive", "email",
        "Hi, could you send a duplicate invoice to my ex-husband too? We split the cost of our son's bedroom "
        "furniture 50/50 as part of our parenting plan. He's 10 and stays with each of us half the week. "
        "Thanks, Joanne"),
    ("children", "sensitive", "sms",
        "hi pls rebook the cooker fit, my girl's got chickenpox so we're all stuck in for the wk, dont want "
        "ur fitter catching it lol, shes 6"),
    ("children", "sensitive", "call",
        "[transcript] Caller: My 14-year-old keeps racking up charges on the console we rent from you. Can "
        "you block in-game purchases from your end? Agent: Not from our end, but I can walk you through the "
        "family settings. Caller: Please do, he's spent forty quid this week."),
    ("children", "sensitive", "dm",
        "Quick q, does the rental laptop come with a student licence for Office? My lad's doing his Leaving "
        "Cert this year."),
    ("children", "sensitive", "email",
        "Dear Larkbrook, when I booked the repair I gave my daughter Evie's phone number (she's 12) as she'd "
        "be home. I'd now like that number deleted from your system please, as she shouldn't be getting "
        "automated calls. Kind regards, Helen Marsh"),
    ("children", "sensitive", "chat",
        "Customer: Hello, I wish to buy the small fridge for the room of my son who is 16 years and begins "
        "the boarding school in september. It is possible to deliver directly to the school? || Agent: We can"
        " deliver to a school address if someone there can sign for it."),
    ("children", "sensitive", "voicemail",
        "Voicemail: Hi, it's Andre Mills, just confirming the wardrobe delivery Tuesday. Please use the back "
        "door, the front room'll be set up for my son's 7th birthday party that afternoon. Cheers."),
    ("children", "sensitive", "agent_note",
        "Agent note: Called cx back re desk delivery. She mentioned the desk is for her son's home education,"
        " he's 11 and came out of school this year. Delivery booked for 9am Wed."),
    ("children", "sensitive", "chat",
        "Customer: is there a way to stop the smart TV showing trailers for horror films? we've got a "
        "seven-year-old who watches cartoons on it most mornings || Agent: Yes, you can turn off personalised"
        " recommendations in the Privacy settings, and add a PIN for 15+ content."),
    ("children", "sensitive", "email",
        "Hey there, we're bringing our little guy home from the NICU on Friday (he's 5 weeks old now) and our"
        " washer just quit. Any chance a tech can come Thursday? Account #LB-88120. Thanks, Tasha"),
    ("children", "sensitive", "web_form",
        "Comments: Please deliver before 8am or after 4pm. I'm a single dad with a Reception-age boy and a "
        "Year 2 girl and can't be home in school hours as I work at the depot."),
    ("children", "sensitive", "sms",
        "hey mate can u push the fridge drop off to the arvo? school athletics carnival is in the morning, my"
        " youngest is running the 100m (she's in yr 3)"),
    ("children", "sensitive", "call",
        "[transcript] Caller: Um hi, my mum said to call because the TV won't turn on. Agent: No problem, can"
        " I ask how old you are? Caller: I'm ten. Agent: Thanks, could you ask your mum or another grown-up "
        "to come to the phone so I can book the engineer?"),
    ("children", "sensitive", "agent_note",
        "Agent note: 16yo (Connor Hale, DOB 22/07/2009) applied online for a laptop agreement using his mum's"
        " details. Application declined as under 18; emailed parent, deleted his uploaded school ID."),
    ("children", "sensitive", "email",
        "Respected Sir/Madam, I want to rent one study table and chair for my daughter who is in Class 8 "
        "CBSE. Her board coaching is starting, so please deliver before 1st April. Kindly share the weekly "
        "rate. Regards, Sunita Rao"),
    ("children", "benign", "chat",
        "Customer: does the washer have a child lock? || Agent: Yes, hold the Temp and Spin buttons together "
        "for 3 seconds to lock the controls. || Customer: perfect thanks"),
    ("children", "benign", "email",
        "Hello, I'm the business manager at Greenway Primary School. We'd like to rent 30 Chromebooks and a "
        "charging trolley for the autumn term under a business agreement. Could you send a quote and your "
        "data protection terms? Thanks, Paul Verity"),
    ("children", "benign", "sms",
        "my baby finally arrived!! 75 inch oled, lads did a great job mounting it, cheers"),
    ("children", "benign", "web_form",
        "Question: What's the minimum age to take out a rent-to-own agreement? And can under-18s be added as "
        "named users? Just asking for general info."),
    ("children", "benign", "dm",
        "lol my puppy ate the corner of the rented sofa. is that accidental damage or am I paying for a whole"
        " new one"),
    ("children", "benign", "review",
        "Review: 5 stars. Got the bunk beds for our holiday cottage in the Lakes, sturdy and easy to build. "
        "|| Reply: Thanks Rob, hope your guests love them!"),
    ("children", "benign", "call",
        "[transcript] Caller: I'm ringing about my own order, my son usually sorts this sort of thing but "
        "he's away working. The fridge has stopped. Agent: Not a problem at all, let's get an engineer booked"
        " for you. Caller: Lovely."),
    ("children", "benign", "email",
        "Hi, are you kidding me? Fourth email saying my delivery is 'out for delivery' and it's now 9pm. "
        "Order LB-229180."),
    ("children", "benign", "chat",
        "Customer: do you have a kids' range of furniture? like small desks and beanbags || Agent: Yes, our "
        "Little Larks range has desks, bookcases and beds. Want a link? || Customer: yes pls, just browsing "
        "for ideas"),
    ("children", "benign", "agent_note",
        "Agent note: Hillview Nursery & Garden Centre (business) rang re their staff room microwave repair. "
        "Booked engineer Thurs AM."),
    ("children", "benign", "email",
        "Hi, I'd like to use the Mother's Day discount code MUM15 on the recliner in my basket but it says "
        "invalid. The promo page says it runs till Sunday."),
    ("children", "benign", "sms",
        "hey is the fathers day 10% off still on for tvs"),
    ("children", "benign", "web_form",
        "Question: Can an agreement be transferred to a family member later on, e.g. if my son wants to take "
        "it over when he moves out? He's 24."),
    ("children", "benign", "call",
        "[transcript] Caller: It's Jenny from the St Aidan's High School office. The fridge you rent us for "
        "the staffroom is leaking. Agent: I'll book that in. Is the school open during half-term for the "
        "engineer? Caller: Yes, the caretaker's in every day."),
    ("children", "benign", "chat",
        "Customer: what's the difference between the Teen Spirit gaming chair and the Pro one? || Agent: The "
        "Pro has 4D armrests and holds up to 150kg. || Customer: ok cheers"),
    ("children", "benign", "dm",
        "Just a heads up, your website's Back to School banner links to a 404 page."),
    ("children", "benign", "email",
        "Dear Larkbrook, I am a university student and wanted to know if there is a student discount on "
        "laptops. I have a valid student card. Best, Tomasz"),
    ("children", "benign", "review",
        "Review: 2 stars. The 'childproof' latch on the cabinet is so stiff even I can barely open it! || "
        "Reply: Sorry Mel, the latch can be loosened with the hex key in the pack, instructions on page 6."),
    ("children", "benign", "agent_note",
        "Agent note: Mrs Dora Whitcombe rang about her own washer install, said her daughter usually books "
        "things for her but is on holiday. Verified ID with Mrs W, booked Tue 9-12."),
    ("children", "benign", "chat",
        "Customer: is there a parent company I can complain to? || Agent: We're part of Larkbrook Retail "
        "Group, you can escalate to customer relations and I'll send you the address. || Customer: thanks"),
    ("children", "benign", "sms",
        "delivery guy said it was child's play and had the wardrobe up in 10 min, legend"),
    ("children", "benign", "email",
        "Hi, we run the Tiny Steps Childminding Network and want to rent a commercial washer-dryer for our "
        "office. Do you offer business accounts with VAT invoices? Thanks, Marie"),
    ("children", "benign", "call",
        "[transcript] Caller: What size is the cot mattress in your nursery range, is it 60 by 120? Agent: "
        "Yes, 60 by 120cm and 10cm deep. Caller: And is the cover washable? Agent: It zips off and goes in at"
        " 40."),
    ("children", "benign", "web_form",
        "Message: The Kid A vinyl that came in the record player bundle arrived warped. Can I swap just the "
        "record?"),
    ("children", "benign", "dm",
        "your advert with the kid and the dog on the sofa is adorable tbh. anyway when does the sale start?"),
    ("children", "benign", "chat",
        "Customer: random one, the delivery driver left the gate open and the kids got out. Goat kids, before"
        " you panic. Can you remind them to shut it next time? || Agent: Ha, noted! I've added 'close gate, "
        "goats' to your delivery notes."),
    ("children", "benign", "email",
        "Hello, I teach a GCSE computing evening class for adults at Brook Street College and would like to "
        "rent 12 laptops for a term. What's your education pricing?"),
    ("children", "benign", "agent_note",
        "Agent note: general enquiry from a playgroup committee about renting a fridge for the hall kitchen. "
        "Sent B2B leaflet."),
    ("children", "benign", "sms",
        "Good day, the TV remote is not working since yesterday. I changed battery still the same. Pls send "
        "replacement. Acct LB-99120"),
    ("children", "benign", "review",
        "Review: 5 stars. Brilliant service from the Croydon store, Kayla was patient with all my questions. "
        "|| Reply: Thank you Des, we'll pass that on to Kayla!"),
    ("children", "benign", "chat",
        "Customer: is the Junior plan still available? the one with lower payments for the first 8 weeks || "
        "Agent: That was our Starter plan, it ended in May, but we have a 0% pay-later option now."),
    ("children", "benign", "email",
        "Hi, does your age verification for online agreements use a credit check or ID? I'm writing an "
        "article for a consumer blog comparing pay-later shops."),
    ("children", "benign", "voicemail",
        "Voicemail: Hi, this is Gloria from Rainbow Kids Club, business account 7781. The projector bulb has "
        "gone and we need it for Friday. Please call us back on 01632 960112."),
    ("children", "benign", "dm",
        "Your baby blue retro fridge is gorgeous, is it coming back in stock?"),
    ("children", "benign", "call",
        "[transcript] Caller: Hi, I want to pay off my sofa early. Agent: Your settlement figure today is "
        "£412.60. Caller: Can I pay that by card now? Agent: Yes, I'll take you through it."),
    ("children", "benign", "web_form",
        "Message: The TV wall bracket is a different model to the one on my order. Can the installer bring "
        "the right one on Thursday?"),
    ("children", "benign", "sms",
        "pls send invoice for acct 44219 to my work email, need it for expenses"),
    ("children", "benign", "email",
        "Hi, I'm moving apartments on the 28th. Can you pick up the washer and dryer from my old place and "
        "reinstall them at the new one? How much is that? Thanks, Jordan"),
    ("children", "benign", "chat",
        "Customer: my card expired, how do I update it on the app? || Agent: Go to Account, Payment methods, "
        "Add card, then set it as default. || Customer: done, thx"),
    ("children", "benign", "agent_note",
        "Agent note: cx called re scratched wardrobe door on delivery. Photos received. Replacement door "
        "ordered, fitter to swap it on 12/09."),
    ("children", "benign", "review",
        "Review: 1 star. Waited in all day, nobody turned up and no call. || Reply: Hi Owen, we're sorry. The"
        " van broke down; we've rebooked you for tomorrow morning and refunded the delivery fee."),
    ("children", "benign", "voicemail",
        "Voicemail: Yeah hi, it's Sinead, calling about the dishwasher, it's showing error E24. Can someone "
        "ring me back on the mobile? Thanks."),
    ("children", "benign", "email",
        "Dear Sir, Kindly provide the payment schedule for my LED TV purchase on pay-later, invoice no. "
        "LB/2291/24. Also confirm if prepayment charges are applicable. Regards, Arvind"),
    ("children", "benign", "chat",
        "Customer: hi po, I want to ask if you deliver to Cavite for the ref and aircon combo? || Agent: Hi! "
        "We deliver within 40km of our Alabang store, which includes most of Cavite."),
    ("children", "benign", "dm",
        "Do your bigger stores have baby changing and parent parking? I'm writing up family-friendly shops "
        "for the town council's accessibility page."),
    ("children", "benign", "email",
        "Hi there, what age rating are the games that come bundled with the console? I'm a youth worker "
        "setting one up in the community centre lounge for our over-18s evening."),
    ("children", "benign", "call",
        "[transcript] Caller: I saw a 'Kids Go Free' bit on your leaflet, what's that? Agent: That's actually"
        " our partner cinema's offer, not ours, sorry about the confusion. Caller: Ah right, never mind then."),
    ("children", "benign", "sms",
        "hey ur site says family bundle tv+soundbar+console, is that still 14.99 a wk"),
    ("children", "benign", "chat",
        "Customer: the Tots range bookcase, is it solid pine or MDF? || Agent: MDF with a pine veneer. || "
        "Customer: ok, it's for a holiday let so needs to be durable"),
    ("children", "benign", "web_form",
        "Enquiry type: Business. Details: We're the St Luke's School PTA and want to raffle a TV. Can we "
        "raffle a rented one or do we need to buy it outright?"),
    # ---- special_categories
    ("special_categories", "sensitive", "email",
        "Hi dispatch, can I swap my Friday afternoon install slots with Kev's Monday ones going forward? I go"
        " to Jumu'ah at the mosque on Fridays 1 till 2. Cheers, Imran (installer, van 12)"),
    ("special_categories", "sensitive", "email",
        "Hello, please don't schedule the cooker delivery for Saturday, we keep Shabbat and can't accept "
        "deliveries or sign for anything from Friday sundown. Sunday or Monday works. Todah, Rivka Adler"),
    ("special_categories", "sensitive", "chat",
        "Customer: can the fitter come before 5 next week? we open our fast at sunset and the house gets busy"
        " || Agent: Of course, I've booked 10am-1pm Tuesday."),
    ("special_categories", "sensitive", "call",
        "[transcript] Caller: I need the fridge fixed before Sunday. I'm a deacon at Holy Trinity and we're "
        "having the parish lunch at mine after the service. Agent: Let me look... Thursday 8 till 12 is free."
        " Caller: Perfect."),
    ("special_categories", "sensitive", "sms",
        "Pls deliver the washing machine after 15th, we are keeping Navratri fast and puja at home, elders "
        "will not allow delivery persons inside these days. Sorry for trouble"),
    ("special_categories", "sensitive", "review",
        "Review: 4 stars. Good service overall. || Reply: Thanks Mr Singh! Glad our installer remembered to "
        "take his shoes off and keep clear of the prayer room with the Guru Granth Sahib, as you'd asked."),
    ("special_categories", "sensitive", "web_form",
        "Message: Please remove me from your Christmas and Easter marketing. As a Jehovah's Witness I don't "
        "celebrate these and find the daily emails unwelcome. Keep the order updates though."),
    ("special_categories", "sensitive", "email",
        "Hi, the credit check form wants my name exactly as on my passport, but we're a Roma family and our "
        "names are spelled differently on different documents. Can I send both versions? We just want to rent"
        " a washing machine. Thanks, Mirela"),
    ("special_categories", "sensitive", "chat",
        "Customer: I'm a Traveller and we're on a site near Doncaster, no fixed postcode. Can you still "
        "deliver a fridge to the site? || Agent: Yes, we can deliver using a what3words location and a "
        "contact number."),
    ("special_categories", "sensitive", "agent_note",
        "Agent note: Cx complained the driver made remarks about her being Chinese and told her to 'go back "
        "home'. Apologised, escalated to conduct team ref CR-2281, driver taken off route pending review."),
    ("special_categories", "sensitive", "call",
        "[transcript] Caller: I want a TV that can get Pakistani channels, my parents came over from Lahore "
        "and they mostly watch the Urdu dramas. Agent: The Vista smart TVs have an app store with several "
        "South Asian streaming services. Caller: Good, that's the one then."),
    ("special_categories", "sensitive", "dm",
        "Hello, your engineer kept asking me where I'm 'really from' and saying Igbo people are all about "
        "business. It was uncomfortable. I just wanted my AC fixed."),
    ("special_categories", "sensitive", "web_form",
        "Comments: My husband's family are Aboriginal and his mob are all coming to ours for Sorry Day, can "
        "the dining table be delivered before the 24th? Cheers, Leanne"),
    ("special_categories", "sensitive", "email",
        "Hi, can I change my delivery from Saturday the 3rd? I'm out canvassing for the Green Party that "
        "morning and won't be home until 2. Thanks, Hal"),
    ("special_categories", "sensitive", "chat",
        "Customer: your driver saw the party poster in my window and refused to carry the sofa in, said he "
        "doesn't serve 'people who vote for that lot'. || Agent: I'm really sorry, that's not acceptable "
        "whatever anyone's politics. I'll raise it with our conduct team today."),
    ("special_categories", "sensitive", "sms",
        "cant do thurs, im at the climate march in london all day. fri ok for the tumble dryer?"),
    ("special_categories", "sensitive", "agent_note",
        "Agent note: cx is a Labour councillor for Westfield ward and asked that drivers don't leave branded "
        "boxes at the front during the election period. Added to delivery notes."),
    ("special_categories", "sensitive", "call",
        "[transcript] Caller: I need to move the install. I'm standing as an independent in the by-election "
        "and Thursday's polling day. Agent: Good luck! I'll move you to Friday morning."),
    ("special_categories", "sensitive", "web_form",
        "Message: Can my order be in my partner's name instead? I've been quite active in the independence "
        "campaign online and people have turned up at the house before, so I'd rather my name wasn't on "
        "delivery labels."),
    ("special_categories", "sensitive", "email",
        "Hi, I'd like to use the trade union members' discount on the fridge freezer. I'm in the GMB, "
        "membership no. 4471902. Is it 10% or 15%? Thanks, Carol"),
    ("special_categories", "sensitive", "chat",
        "Customer: can the installer come on the 12th instead? we're out that day and I'll be on the picket "
        "line at the hospital gates || Agent: No problem, 12th 8-12 is booked."),
    ("special_categories", "sensitive", "agent_note",
        "Agent note: cx asked for agreement letters to go to her home not work; she's the NEU rep at her "
        "school and shares a pigeonhole with the head. Updated correspondence address."),
    ("special_categories", "sensitive", "voicemail",
        "Voicemail: Hi it's Declan, reference 66281. I'll be at the union conference in Brighton Tuesday to "
        "Thursday as a delegate for my branch so the sofa can't come then. Any day after. Cheers."),
    ("special_categories", "sensitive", "call",
        "[transcript] Caller: My husband's with the teachers' union and they've got a deal with you, right? "
        "He's the member, can I use it on my order? Agent: The member needs to apply it, but he can add you "
        "as an authorised person on his account."),
    ("special_categories", "sensitive", "email",
        "Hi, I'm adding my husband as joint holder on the account. His name's Daniel Price, mine's Mark "
        "Oduya. The form only offered Mrs or Miss for the second applicant, which was a bit annoying. Thanks."),
    ("special_categories", "sensitive", "chat",
        "Customer: can I add my girlfriend as an authorised user? || Agent: Sure, what's her name? || "
        "Customer: Freya Lund. I'm Holly, we've just moved in together || Agent: Lovely, I've added Freya."),
    ("special_categories", "sensitive", "dm",
        "your delivery guy made a comment about 'two blokes needing a king size bed' and laughed about it "
        "with his mate. not ok. me and my boyfriend just wanted our bed."),
    ("special_categories", "sensitive", "agent_note",
        "Agent note: cx mentioned she's bisexual and that her ex-girlfriend still has app access; removed "
        "authorised user Kim Stewart and reset password at cx's request."),
    ("special_categories", "sensitive", "call",
        "[transcript] Caller: My fiancee and I, she's called Leah, are moving in together and we want the "
        "bedroom bundle. Agent: Congratulations! Is the agreement in your name, Ms Carter? Caller: Yes, Anna "
        "Carter. My parents don't know about Leah yet, so please don't ring the landline."),
    ("special_categories", "sensitive", "sms",
        "hey can my husband sign for the tv if im out, hes called Luis, im Andrew. thx"),
    ("special_categories", "sensitive", "chat",
        "Customer: the bed frame you delivered squeaks like mad and honestly it's putting a dampener on "
        "things with me and my wife, if you know what I mean. can an engineer tighten it? || Agent: Ha, "
        "understood, we'll send someone to check the joints this week."),
    ("special_categories", "sensitive", "agent_note",
        "Agent note: cx works from home as an escort and asked for deliveries only before 11am as she has "
        "clients in the afternoons. Noted as access preference only."),
    ("special_categories", "sensitive", "web_form",
        "Message: Returning the camera doorbell. My partner and I are in an open relationship and the motion "
        "alerts go to both our phones showing who comes and goes, which has caused a lot of drama. Just want "
        "it gone."),
    ("special_categories", "sensitive", "agent_note",
        "Agent note: cx queried a note on her file; installer had written that she told him she's asexual and"
        " not interested in dating. Irrelevant personal data, removed from the file and apologised to cx."),
    ("special_categories", "sensitive", "email",
        "Hello, I've legally changed my name from Michael to Michelle as part of my transition and would like"
        " my account and agreement documents updated. I can send my deed poll. Please change my title to Ms "
        "too. Thanks."),
    ("special_categories", "sensitive", "chat",
        "Customer: hi, your driver kept calling me 'sir' after I corrected him twice. I'm a trans woman and "
        "it was humiliating at my own front door. || Agent: I'm so sorry, Jess. That's not how we want anyone"
        " treated, I'm logging a formal complaint now."),
    ("special_categories", "sensitive", "sms",
        "pls update my name to Alex on the acct, and pronouns they/them. the old name on the delivery texts "
        "is my deadname"),
    ("special_categories", "sensitive", "agent_note",
        "Agent note: the gender marker on cx's ID differs from the application; cx explained she's partway "
        "through getting her gender recognition certificate. Accepted with supporting letter per ID policy."),
    ("special_categories", "sensitive", "web_form",
        "Message: My partner is non-binary and gets misgendered by your chatbot every time they log in ('Hi "
        "Mr...'). Can you switch off titles on their account? Name on account: R. Kowalczyk."),
    ("special_categories", "sensitive", "call",
        "[transcript] Agent: Can I take a title for the account? Caller: Mx, please. Agent: I'm afraid our "
        "system only has Mr, Mrs, Miss or Ms. Caller: That's frustrating. I'm genderqueer and none of those "
        "fit. Agent: I'll leave it blank and raise a request to add Mx."),
    ("special_categories", "sensitive", "email",
        "Hi, our family had genetic testing this year and my wife and I both carry the BRCA2 variant, so "
        "there'll be a lot of appointments. Can the bed set delivery be on a Saturday? Thanks, Owen Rhys"),
    ("special_categories", "sensitive", "chat",
        "Customer: I did one of those DNA ancestry kits and found out I've got a half-brother I never knew "
        "about, and he's moving in with me! need a sofa bed asap lol || Agent: Wow, what a story! The Nova "
        "sofa bed is available for next-day delivery."),
    ("special_categories", "sensitive", "agent_note",
        "Agent note: cx uploaded the wrong document when sending proof of address; it was her genetic test "
        "report (Huntington's gene result). Deleted from file store, told cx, logged under DP-0419."),
    ("special_categories", "sensitive", "sms",
        "hi, ur security question asks for my dads surname but after a DNA test I found out my dad isnt my "
        "biological dad, so which one do u want? lol its complicated"),
    ("special_categories", "sensitive", "voicemail",
        "Voicemail: Hi, it's Nora Quinlan. Sorry, I can't do the Monday install after all, I've got my "
        "genetic counselling appointment to go through the Lynch syndrome results. Tuesday's fine. Thanks."),
    ("special_categories", "sensitive", "email",
        "Hi, the app made me do a face scan for ID verification when I applied for the TV. How long do you "
        "keep my facial biometric data? I'd like it deleted now the application is approved. Regards, Sanjay "
        "Mehta"),
    ("special_categories", "sensitive", "chat",
        "Customer: the smart lock you installed has my fingerprints and my wife's stored on it. We're "
        "returning it, will you wipe them? || Agent: Yes, our technician does a factory reset on collection "
        "and we'll email you confirmation."),
    ("special_categories", "sensitive", "agent_note",
        "Agent note: cx's voiceprint for phone security failed 3 times; cx said her voice is different since "
        "the throat surgery. Re-enrolled new voiceprint, old sample deleted."),
    ("special_categories", "sensitive", "web_form",
        "Subject: Subject access request. I'd like a copy of all data you hold on me, including the selfie "
        "video and the facial geometry template from your ID check in March. Account 77120, Femi Adeyemi."),
    ("special_categories", "sensitive", "dm",
        "why did your store kiosk need a palm scan from me to collect a click and collect order?? I didn't "
        "consent to that. please delete whatever you stored of my hand yesterday, order LB-110284"),
    ("special_categories", "benign", "email",
        "Hello, I'm the facilities officer at Al-Noor Community Centre and Mosque. We'd like to rent a "
        "commercial fridge and two hot water urns for the community kitchen. Can you invoice the centre? "
        "Regards, Facilities"),
    ("special_categories", "benign", "chat",
        "Customer: is the Pride range sofa available in grey? || Agent: The Pride 3-seater comes in slate "
        "grey, oatmeal and navy. || Customer: slate please"),
    ("special_categories", "benign", "sms",
        "is the black friday deal on the 65in still on? the website says ended but the store poster says til "
        "sunday"),
    ("special_categories", "benign", "web_form",
        "Question: Do you make political donations or sponsor any parties? I'm considering opening an account"
        " and like to know where my money goes."),
    ("special_categories", "benign", "call",
        "[transcript] Caller: Hi, I'm with the Fairholme Credit Union, we're looking at a partnership for "
        "members who want affordable appliances. Who do I speak to? Agent: That'd be our partnerships team, "
        "I'll pass your details on."),
    ("special_categories", "benign", "email",
        "Hi, what are your opening hours over Christmas and Boxing Day? I want to pop into the Harrogate "
        "store to look at washing machines."),
    ("special_categories", "benign", "chat",
        "Customer: does the Nexo laptop have a fingerprint reader? || Agent: Yes, the power button doubles as"
        " one. || Customer: sweet, and face unlock? || Agent: Not on that model."),
    ("special_categories", "benign", "review",
        "Review: 5 stars. Queen size bed is lovely, and the two lads who delivered it were a credit to you. "
        "|| Reply: Thanks Sheila, we'll let the team know!"),
    ("special_categories", "benign", "agent_note",
        "Agent note: St Mary's Church Hall committee (business acct) booked collection of the old cooker and "
        "delivery of a new one for the hall kitchen. Contact: hall secretary."),
    ("special_categories", "benign", "dm",
        "lol the sofa you sold me is a very conservative beige, can I swap the cushions for the mustard ones?"),
    ("special_categories", "benign", "email",
        "Hi, can you deliver to Northern Ireland? I read that after leaving the EU there's extra paperwork "
        "for some deliveries. Looking at a fridge freezer."),
    ("special_categories", "benign", "sms",
        "wanted the french door fridge but its too wide for my kitchen, can i swap for the american style one"),
    ("special_categories", "benign", "call",
        "[transcript] Caller: How does your ID check work, is it a face scan? Agent: You can choose a face "
        "scan or upload documents, it's up to you. Caller: I'll go with documents. Agent: No problem."),
    ("special_categories", "benign", "web_form",
        "Message: Your Chinese New Year banner is still on the homepage in April, thought you'd want to know."),
    ("special_categories", "benign", "email",
        "Hello, we run Little Saigon Kitchen on Market Street and need to rent a second chest freezer for the"
        " restaurant. Do you offer business agreements and weekend install? Thanks"),
    ("special_categories", "benign", "chat",
        "Customer: what does 'gender neutral' mean on your bedding listing? || Agent: It just means the "
        "designs aren't aimed at boys or girls, like the animal print set. || Customer: ah ok thanks"),
    ("special_categories", "benign", "dm",
        "Your call centre put me on hold for 40 mins and then cut me off. Absolutely unreal. Order LB-339012,"
        " dryer."),
    ("special_categories", "benign", "agent_note",
        "Agent note: cx requested paper statements instead of email. Updated preferences, next statement "
        "01/11."),
    ("special_categories", "benign", "review",
        "Review: 4 stars. Console rental has been great, my mates and I race on Turbo Circuit every Friday. "
        "Only wish extra controllers were included. || Reply: Thanks Jay! Extra controllers are £1 a week."),
    ("special_categories", "benign", "call",
        "[transcript] Caller: Y'all having a Labor Day sale on washers? Agent: Yes, 15% off select washers "
        "through Monday. Caller: Does that include the stackables? Agent: It does."),
    ("special_categories", "benign", "sms",
        "Sir, Gurudwara Sahib committee Southall requires 2 chest freezers for the langar hall on rental "
        "basis. Kindly share quote. Harjit, secretary"),
    ("special_categories", "benign", "web_form",
        "Message: Do you deliver to the Republic of Ireland or only Northern Ireland? I'm in Dundalk."),
    ("special_categories", "benign", "chat",
        "Customer: is the bi-fold wardrobe door easy to fit? || Agent: Yes, it comes with pre-drilled hinges,"
        " or our fitter can do it for £20."),
    ("special_categories", "benign", "email",
        "Hi, I read your blog post 'The DNA of a good sofa'. Great read. Do you have a printable care guide "
        "for the velvet ones?"),
    ("special_categories", "benign", "call",
        "[transcript] Caller: My tumble dryer's making a burning smell. Agent: Please unplug it straight away"
        " and don't use it. I'll book an urgent engineer for tomorrow. Caller: Thanks."),
    ("special_categories", "benign", "agent_note",
        "Agent note: Temple Road Synagogue office called re projector rental for their adult education "
        "evenings. Quote sent to office email."),
    ("special_categories", "benign", "sms",
        "hey does the straight leg or the hairpin leg look better on the oak coffee table, cant decide lol"),
    ("special_categories", "benign", "review",
        "Review: 2 stars. Installer was late and left dust everywhere. || Reply: Hi Priya, sorry about that. "
        "We've refunded the installation fee."),
    ("special_categories", "benign", "chat",
        "Customer: is there an Eid sale at the Bradford store? saw something on instagram || Agent: Yes, "
        "there's 10% off homeware this week at our Bradford and Leicester stores."),
    ("special_categories", "benign", "email",
        "Hello, I'm a law student writing a dissertation on biometric data in retail. Does Larkbrook use "
        "facial recognition cameras in its high-street stores? A general answer would be fine."),
    ("special_categories", "benign", "dm",
        "hi, how do I get the receipt for my last payment? the app only shows the last 3"),
    ("special_categories", "benign", "web_form",
        "Message: The assembly instructions for the Kendal chest of drawers are missing step 7. Can you email"
        " a PDF?"),
    ("special_categories", "benign", "voicemail",
        "Voicemail: Hi, it's Margaret from the Grace Baptist Church office, we rent a projector on account "
        "B-4402. It's overheating again, can someone come before Sunday? Ring the office on 01632 960455."),
    ("special_categories", "benign", "chat",
        "Customer: can the union jack armchair go outside? || Agent: The Heritage armchair is indoor only I'm"
        " afraid, the fabric isn't weatherproof."),
    ("special_categories", "benign", "email",
        "Dear Sir/Madam, is the Heritage range made in Britain? I prefer locally made furniture where I can. "
        "Best, Gordon"),
    ("special_categories", "benign", "call",
        "[transcript] Caller: I'd like to change my payment date from Friday to Monday. Agent: I can do that,"
        " your next payment will be taken Monday the 9th. Caller: Brilliant."),
    ("special_categories", "benign", "sms",
        "my washing machine door wont open after the cycle, its locked, light flashing"),
    ("special_categories", "benign", "agent_note",
        "Agent note: Delivery failed, access blocked by roadworks on Hollin Lane. Cx informed, rebooked for "
        "Friday AM."),
    ("special_categories", "benign", "review",
        "Review: 5 stars. Fixed my oven same day, top service from Ahmed. || Reply: Thank you Brenda!"),
    ("special_categories", "benign", "dm",
        "Are you guys unionised? My cousin's thinking of applying for a driver job with you and wanted to "
        "know."),
    ("special_categories", "benign", "web_form",
        "Message: Does the smart doorbell store face data on your servers or locally on the device? Checking "
        "before I rent one."),
    ("special_categories", "benign", "chat",
        "Customer: is Marxman the speaker brand? sounds like a political party lol || Agent: Ha, it's Marxman"
        " Audio, yes. The M2 is £3.20 a week."),
    ("special_categories", "benign", "email",
        "Hi, I was charged twice for this week's payment on my sofa agreement. Can you refund the duplicate? "
        "Ref TX-77120. Thanks, Carl"),
    ("special_categories", "benign", "call",
        "[transcript] Caller: Hi, I'm the administrator at the Hindu Cultural Centre on Lea Road. We want to "
        "rent a PA system and a screen for our Saturday hall events. Agent: Lovely, I'll put you through to "
        "our business team."),
    ("special_categories", "benign", "sms",
        "any chance of a student discount? im at uni doing politics n international relations lol"),
    ("special_categories", "benign", "dm",
        "love that your store staff wear the rainbow lanyards, very welcoming. anyway do you have the 43 inch"
        " tv in the Camden shop?"),
    ("special_categories", "benign", "chat",
        "Customer: can I collect my order from the store instead of delivery? || Agent: Yes, I've switched it"
        " to click and collect at Southampton, ready Thursday."),
    ("special_categories", "benign", "web_form",
        "Message: Your privacy policy mentions 'special category data'. What exactly does that cover for a "
        "furniture shop? Just curious before I apply."),
    ("special_categories", "benign", "review",
        "Review: 3 stars. Fridge is fine but the 'Nordic' colour is more grey than white. || Reply: Thanks "
        "for the feedback Kasia, we'll update the photos."),
    ("special_categories", "benign", "email",
        "Hi, I run a book club at the library and we're reading a history of the trade union movement. Could "
        "we rent a projector for an author talk? It's for the library, not personal."),
    # ---- financial_hardship
    ("financial_hardship", "sensitive", "email",
        "Hi, since they let me go at the warehouse in March I've been struggling to keep up the £18 a week on"
        " the sofa. Is there any way to lower the payments or pause them until I find something? Account "
        "LB-20094. Thanks, Wayne"),
    ("financial_hardship", "sensitive", "chat",
        "Customer: can I change my payment day to the 12th? that's when my universal credit lands || Agent: "
        "Of course, I've moved it to the 12th from next month."),
    ("financial_hardship", "sensitive", "call",
        "[transcript] Caller: I've had a letter from Calder Recoveries saying they've bought my debt for the "
        "TV. Is that right? Agent: Yes, the account was passed to them in June after the arrears went over 12"
        " weeks. Caller: I didn't know. I can't pay £640 in one go, I just can't."),
    ("financial_hardship", "sensitive", "sms",
        "sorry missed the payment again, hours got cut to 8 a wk at the cafe, will pay wat i can fri"),
    ("financial_hardship", "sensitive", "agent_note",
        "Agent note: cx was made bankrupt last month, Official Receiver letter on file. Agreement frozen, no "
        "further collection, goods to be collected per OR instruction."),
    ("financial_hardship", "sensitive", "web_form",
        "Message: We've been served a section 21 and have to be out of the flat by the end of the month. I "
        "don't know where we're going yet. Can you collect the washing machine and fridge and end the "
        "agreement, or hold them somewhere?"),
    ("financial_hardship", "sensitive", "forwarded",
        "Fwd: Letter from Moneyline Debt Advice: 'Our client Ms T. Barker is on a debt management plan. We "
        "propose a token payment of £1 per month to your account ref LB-58201.' Can you confirm you'll accept"
        " this? Tina"),
    ("financial_hardship", "sensitive", "chat",
        "Customer: why's my account showing a hold? || Agent: Hi Denise, your account has a breathing space "
        "hold from the debt advice service you're working with, so we've paused interest and collections for "
        "60 days. || Customer: oh right yes, sorry, forgot that was on."),
    ("financial_hardship", "sensitive", "voicemail",
        "Voicemail: Hi, it's Paul Grady, account 41208. I know I'm behind on the fridge. I'm using the food "
        "bank at the moment so I genuinely can't pay this week. Please don't send anyone round, I'll call "
        "Monday."),
    ("financial_hardship", "sensitive", "dm",
        "Good evening. Please I beg, I cannot pay the installment this month. My shop was closed down by the "
        "council and I have nothing coming in. Kindly give me grace till next month. Acct LB-39920"),
    ("financial_hardship", "sensitive", "call",
        "[transcript] Caller: I need to hand the laptop back. Agent: Can I ask why? Caller: Honestly, it's "
        "either that or the electric. Since the redundancy it's just the one wage and it's not stretching. "
        "Agent: I understand. Let's look at whether a payment holiday helps first."),
    ("financial_hardship", "sensitive", "sms",
        "hi po sorry late payment, my husband lost his work abroad so no padala this month. can I pay half "
        "first?"),
    ("financial_hardship", "sensitive", "agent_note",
        "Agent note: cx's partner called with cx's consent; cx is on PIP and ESA and income dropped after "
        "reassessment. Set up £5/wk arrangement for 12 wks, referred to hardship team."),
    ("financial_hardship", "sensitive", "email",
        "Hello, I've entered an IVA and my practitioner says I need to let all creditors know. My account "
        "with you is for a bed and wardrobe, reference LB-70113. Please direct any correspondence to "
        "Greyfield Insolvency. Regards, Colin Marsh"),
    ("financial_hardship", "sensitive", "review",
        "Review: 1 star. Rang me every single day about arrears after I told them I'd lost my job. || Reply: "
        "Hi Sandra, we're very sorry. That shouldn't have happened once you'd told us about your change in "
        "circumstances. We've stopped the calls and our support team will agree a plan with you."),
    ("financial_hardship", "sensitive", "web_form",
        "Message: Is there any chance of returning the TV early without the cancellation fee? We're down to "
        "one income and living off the credit card at the minute, there's nothing left over at the end of the"
        " month. I'd rather hand it back than fall behind."),
    ("financial_hardship", "sensitive", "chat",
        "Customer: there were enforcement agents at my door today about council tax arrears and they listed "
        "the TV you rent me as my goods. can they take it? || Agent: The TV belongs to Larkbrook until the "
        "agreement ends, so it can't be taken for your debts. I'll email you a letter confirming ownership."),
    ("financial_hardship", "sensitive", "call",
        "[transcript] Caller: Hey, I got laid off Friday and I'm waiting on unemployment. Can you push my "
        "payment on the washer a couple weeks? Agent: I'm sorry to hear that. We can defer two payments, I'll"
        " set it up now."),
    ("financial_hardship", "sensitive", "sms",
        "cant do the full £25 this wk, rent went up n im already behind on it, landlord threatenin to chuck "
        "us out"),
    ("financial_hardship", "sensitive", "agent_note",
        "Agent note: cx's mother is guarantor on the agreement and rang worried; cx has lost her flat and is "
        "sofa-surfing. Goods currently in storage. Discussed options with mother, cx consent given on the "
        "call."),
    ("financial_hardship", "sensitive", "email",
        "Dear Sir, due to the sudden closure of my company I am without salary from last 3 months. I request "
        "you to kindly restructure the EMI of my fridge and washing machine and waive the late fees. I will "
        "pay once I get new job. Regards, Manoj Kulkarni"),
    ("financial_hardship", "sensitive", "chat",
        "Customer: my payment bounced because the payday lender took everything out first. I've got three of "
        "them now. || Agent: I'm sorry, that sounds really stressful. I'll reverse the failed payment fee and"
        " we can talk about a plan that works."),
    ("financial_hardship", "sensitive", "dm",
        "Howzit, my account got handed to debt collectors and they're phoning my work. I only owe R2,100 on "
        "the microwave and fridge, can I settle with you directly? I can do R300 a month."),
    ("financial_hardship", "sensitive", "call",
        "[transcript] Caller: My wife's contract ended and wasn't renewed, so we've gone from two wages to "
        "mine. Could the sofa go to fortnightly payments? Agent: Yes, we can switch to fortnightly at the "
        "same total, or extend the term to lower each payment."),
    ("financial_hardship", "sensitive", "web_form",
        "Message: I was declared insolvent in January. My trustee says the cooker counts as a basic household"
        " item, but I'm not sure if I still need to keep paying you. Please advise."),
    ("financial_hardship", "sensitive", "voicemail",
        "Voicemail: Hi, it's Leanne Wood, account 63390. My benefits have been sanctioned for four weeks so "
        "I've got nothing coming in till the 30th. I'll catch up after that, please don't add charges. "
        "Thanks."),
    ("financial_hardship", "sensitive", "agent_note",
        "Agent note: cx rang to change delivery slot for dehumidifier to Tues 1-5pm, as Monday she's at the "
        "jobcentre and then her debt advice appointment. Done."),
    ("financial_hardship", "sensitive", "email",
        "Hi team, I've been on JobSeeker since the mill closed and can't keep up the weekly on the lounge "
        "suite. Happy to give it back if that's easier. Cheers, Gary"),
    ("financial_hardship", "sensitive", "chat",
        "Customer: hi, my company retrench me last month, can I stop the installment for the TV first? || "
        "Agent: I'm sorry to hear that. We can offer a 2-month deferment, and extend it if needed."),
    ("financial_hardship", "sensitive", "sms",
        "they repossessed the house last week, were in a b&b now. what happens to the sofa n beds we rent? "
        "can u pick them up from my mums"),
    ("financial_hardship", "benign", "email",
        "Hi, my payment failed on Friday because I'd changed bank and forgot to update the card. I've updated"
        " it now, could you retry the payment and remove the late fee? Thanks, Ellie"),
    ("financial_hardship", "benign", "chat",
        "Customer: do you offer payment holidays in general? just want to know before I sign up for the "
        "fridge || Agent: Yes, after 6 months of on-time payments you can request up to 4 weeks a year."),
    ("financial_hardship", "benign", "sms",
        "my tv is broke again lol, the hdmi 2 port, can u send some1"),
    ("financial_hardship", "benign", "web_form",
        "Message: What's the total amount payable on the Linden sofa if I take the 104-week plan vs paying "
        "cash? The site only shows the weekly price."),
    ("financial_hardship", "benign", "call",
        "[transcript] Caller: Does applying do a hard credit search? Agent: We do a soft search first to "
        "check eligibility, and a hard search only when you sign. Caller: Okay, good to know."),
    ("financial_hardship", "benign", "agent_note",
        "Agent note: Harlow Debt Recovery Ltd (business acct B-3390) renting 20 monitors for their new "
        "office. Invoice to their accounts inbox. No issues."),
    ("financial_hardship", "benign", "dm",
        "is the january sale code still working? NEWYEAR10 says expired but the email said till the 31st"),
    ("financial_hardship", "benign", "email",
        "Hello, I'd like to settle my agreement early. Could you send the settlement figure and confirm "
        "there's no penalty? Account LB-82201."),
    ("financial_hardship", "benign", "review",
        "Review: 4 stars. The pay-later option was clear and the interest-free period really is 0%. || Reply:"
        " Thanks Moses, glad it was clear!"),
    ("financial_hardship", "benign", "chat",
        "Customer: my old remote is redundant now the new tv has voice control, do you want it back? || "
        "Agent: No need, you can recycle it or keep it as a spare."),
    ("financial_hardship", "benign", "voicemail",
        "Voicemail: Hi, it's Frank, I think I paid this week's twice by accident, once on the app and once at"
        " the Stockport counter. Could you check and refund one? Cheers."),
    ("financial_hardship", "benign", "sms",
        "can i pay 2 wks in advance before my holiday so i dont miss one"),
    ("financial_hardship", "benign", "email",
        "Hi, I teach a money management course at the adult learning centre and want to use your rent-to-own "
        "pricing as a worked example. Is the APR figure on your site current?"),
    ("financial_hardship", "benign", "call",
        "[transcript] Caller: Your website says 'no credit? no problem'. What does that actually mean? Agent:"
        " It means we look at affordability rather than just your credit score. Caller: Right, thanks."),
    ("financial_hardship", "benign", "web_form",
        "Message: I got a letter titled 'Final Reminder' but my direct debit went out on time. I think it's "
        "an error. Bank statement attached."),
    ("financial_hardship", "benign", "chat",
        "Customer: why's my account in credit by £12? || Agent: You paid two weeks at once in March, do you "
        "want it refunded or kept towards next week? || Customer: keep it toward next week"),
    ("financial_hardship", "benign", "dm",
        "lol the demo TVs in your Hull window were playing some bailiff reality show all day, bit grim for a "
        "rent-to-own shop. anyway is the 50 inch still on offer?"),
    ("financial_hardship", "benign", "agent_note",
        "Agent note: cx queried why weekly payment rose from £11 to £12.50. Explained Care plan was added at "
        "checkout; cx happy to keep it."),
    ("financial_hardship", "benign", "email",
        "Hi, I've just started a new job with earlier hours, so could my delivery slots be before 8am or "
        "after 6pm from now on? Thanks, Rhys"),
    ("financial_hardship", "benign", "call",
        "[transcript] Caller: I'm calling for my mum, she wants to pay off her TV, she's got the money ready."
        " Agent: Lovely, is she with you so I can confirm it's OK to speak to you? Caller: Yes, she's right "
        "here."),
    ("financial_hardship", "benign", "review",
        "Review: 5 stars. Washer installed in 15 minutes, old one taken away. || Reply: Thanks Gill!"),
    ("financial_hardship", "benign", "sms",
        "hi whats the tracking for order LB-90121, no email yet"),
    ("financial_hardship", "benign", "chat",
        "Customer: can I add a second fridge to my existing agreement? || Agent: Yes, it'll be a separate "
        "line on the same account, I'll send a quote."),
    ("financial_hardship", "benign", "web_form",
        "Message: The microwave door handle came off in my hand. It's 2 months old. Repair or replace please."),
    ("financial_hardship", "benign", "email",
        "Hi there, just wondering if ye deliver to Letterkenny or is it Derry only? I want the oak dining "
        "set. Thanks, Aoife"),
    ("financial_hardship", "benign", "agent_note",
        "Agent note: cx changed email address, verified via SMS code."),
    ("financial_hardship", "benign", "voicemail",
        "Voicemail: Hiya, Collette here, ringing about the engineer visit Thursday, could he bring a longer "
        "drain hose? Ours doesn't reach. Ta."),
    ("financial_hardship", "benign", "call",
        "[transcript] Caller: Can I swap the grey sofa for the green one? Agent: Within 14 days yes, there's "
        "a £29 collection fee. Caller: Go on then."),
    ("financial_hardship", "benign", "email",
        "Hi, my bank flagged your direct debit as unrecognised and bounced it. It was me that set it up so "
        "it's fine. Can you take it again?"),
    ("financial_hardship", "benign", "chat",
        "Customer: general q, do you accept people on benefits for agreements? asking for a leaflet I'm "
        "making at the advice centre where I volunteer || Agent: Yes, we assess affordability on all income, "
        "including benefits."),
    # ---- violence_self_harm
    ("violence_self_harm", "sensitive", "email",
        "Hi, I need to change the delivery address on my bed order urgently. I've left my partner because of "
        "how he treats me and I'm in a refuge now, I can't put the address in an email, please call me on "
        "07700 900617. Don't send anything to the old address."),
    ("violence_self_harm", "sensitive", "chat",
        "Customer: can you remove my ex as an authorised user? he keeps logging in to see where I've had "
        "stuff delivered and then turns up there || Agent: I've removed him and added a security password to "
        "your account. Are you safe right now? || Customer: yes im at my sisters"),
    ("violence_self_harm", "sensitive", "agent_note",
        "Agent note: During the call cx said 'honestly I don't see the point in anything anymore, might as "
        "well not be here'. Followed vulnerability process, gave Samaritans number, cx said a friend is "
        "coming over. Payment discussion paused."),
    ("violence_self_harm", "sensitive", "sms",
        "ur engineer keeps txting me from his own number asking me out n saying he knows where i live. make "
        "it stop. job ref R-44019"),
    ("violence_self_harm", "sensitive", "call",
        "[transcript] Caller: The doorbell camera you fitted caught a man threatening my husband with a knife"
        " on our drive. The police want the footage. How do I download it? Agent: I'm sorry, that sounds "
        "frightening. In the app go to History, pick the clip, then Share and Download."),
    ("violence_self_harm", "sensitive", "web_form",
        "Message: Please don't call my landline or leave messages at the house. My husband checks everything "
        "and goes mad if he finds out I've spent money. Email only please, to this address."),
    ("violence_self_harm", "sensitive", "dm",
        "your delivery driver punched my brother on our doorstep when he asked him to take his boots off. I "
        "want this investigated. order LB-60218"),
    ("violence_self_harm", "sensitive", "review",
        "Review: 1 star. Fridge broke again, third time. Honestly the way this year's going I don't want to "
        "be here anymore. || Reply: Hi Kerry, we're worried by what you've written. Please contact the "
        "Samaritans on 116 123 at any time, day or night. Our customer care manager will call you today about"
        " the fridge."),
    ("violence_self_harm", "sensitive", "voicemail",
        "Voicemail: It's Lena Fox, account 90127. I've had to get a new phone number because someone's been "
        "harassing me, so please update it to 07700 900233 and don't give it to anyone who rings asking for "
        "me."),
    ("violence_self_harm", "sensitive", "chat",
        "Customer: can you take the knife block out of the kitchen bundle and swap it for something else? my "
        "partner hurt himself last month and I'd rather there were no knives in the house for now || Agent: "
        "Of course, I've removed it and refunded the difference. Take care."),
    ("violence_self_harm", "sensitive", "email",
        "Dear Larkbrook, please deliver via the back lane. The neighbour at number 12 has been intimidating "
        "us for months, shouting abuse and once threw a brick through our window. I don't want your team "
        "caught up in it. Regards, Amir"),
    ("violence_self_harm", "sensitive", "agent_note",
        "Agent note: Dudley store manager reports a customer threatened to 'come back and burn the shop down'"
        " with staff inside after his agreement was declined. Staff shaken. Incident logged, CCTV saved, "
        "police informed."),
    ("violence_self_harm", "sensitive", "call",
        "[transcript] Caller: I'm worried about my neighbour, Mr Hollis. His grandson's been taking his money"
        " and I've seen bruises on his arms. He rents a TV from you and the grandson's name is on the account"
        " now. Agent: Thank you for telling us. I'll flag the account and refer this to our safeguarding "
        "lead."),
    ("violence_self_harm", "sensitive", "sms",
        "pls deliver to my work not home. things at home arent safe rn. ill explain later"),
    ("violence_self_harm", "sensitive", "web_form",
        "Message: A man I don't know has been ordering things to my address using your pay-later scheme in my"
        " name. He's been following me for months. Please freeze anything in my name and tell me what address"
        " he gave."),
    ("violence_self_harm", "sensitive", "chat",
        "Customer: someone keeps posting my address and photos of my house in your reviews section with nasty"
        " comments about me. it's been going on since my ex and I split || Agent: I'm so sorry. I've hidden "
        "those reviews and escalated to our trust and safety team."),
    ("violence_self_harm", "sensitive", "email",
        "Hi, could the delivery be after 2pm Thursday? The crisis team visit in the mornings since the "
        "overdose last month. Thanks, Rob"),
    ("violence_self_harm", "sensitive", "dm",
        "Hello, I want to cancel the joint account with my live-in partner. He hit me last week and I moved "
        "out. I don't want him to have my details anymore. Thank you"),
    ("violence_self_harm", "sensitive", "call",
        "[transcript] Caller: If you take the sofa I've got nothing left, I'll just end it, I swear. Agent: I"
        " can hear you're in a really hard place. Are you safe right now? Caller: I don't know. Agent: I'm "
        "going to stay on the line with you and give you a number for someone who can help."),
    ("violence_self_harm", "sensitive", "agent_note",
        "Agent note: cx reports installer made sexual comments and tried to touch her while fitting the "
        "washer. Installer suspended, cx offered a female engineer for the follow-up, complaint ref HR-1102."),
    ("violence_self_harm", "benign", "chat",
        "Customer: the wait is killing me, any update on the dishwasher? || Agent: It's on the van today, ETA"
        " 2-4pm."),
    ("violence_self_harm", "benign", "sms",
        "shoot me a txt when the driver is 10 mins out pls"),
    ("violence_self_harm", "benign", "review",
        "Review: 5 stars. Sofa was a steal, absolute killer deal in the sale. || Reply: Thanks Ryan!"),
    ("violence_self_harm", "benign", "email",
        "Hi, is the Night Hunter game bundled with the console rated 18? Just checking before I take the "
        "bundle for myself."),
    ("violence_self_harm", "benign", "web_form",
        "Message: Carrying the old wardrobe down three flights was murder, so for the next delivery I'd like "
        "to pay for the two-person team. How do I add that?"),
    ("violence_self_harm", "benign", "call",
        "[transcript] Caller: I'm from Sentinel Security, we need to rent CCTV monitors for a new control "
        "room. Agent: Great, I'll connect you to business sales."),
    ("violence_self_harm", "benign", "agent_note",
        "Agent note: cx said she 'nearly threw the remote through the TV' after the update reset her "
        "channels. Walked her through retuning, all fine."),
    ("violence_self_harm", "benign", "dm",
        "I'm dying to get the new fridge, the old one sounds like a jet engine"),
    ("violence_self_harm", "benign", "chat",
        "Customer: general question, what's your policy if a delivery driver gets verbally abused? thinking "
        "of applying as a driver || Agent: We have zero tolerance; drivers can leave straight away and the "
        "customer is barred."),
    ("violence_self_harm", "benign", "email",
        "Hi, I run a kickboxing gym and want to rent a big TV and soundbar for reception. Business account "
        "please. Cheers, Lee (Impact Kickboxing)"),
    ("violence_self_harm", "benign", "sms",
        "the installer absolutely smashed it, telly on the wall in 20 min, cheers"),
    ("violence_self_harm", "benign", "web_form",
        "Message: The knife block in the kitchen starter bundle is missing the bread knife. Please send one."),
    ("violence_self_harm", "benign", "call",
        "[transcript] Caller: I've been fighting with this smart TV for an hour, it won't connect to the "
        "wifi. Agent: Let's try a network reset together."),
    ("violence_self_harm", "benign", "voicemail",
        "Voicemail: Hi, it's Carol, the forecast's threatening storms Thursday so can the garden furniture "
        "delivery move to Friday? Thanks."),
    ("violence_self_harm", "benign", "review",
        "Review: 4 stars. Good to know the smart doorbell has a panic button feature, though hopefully I'll "
        "never need it. Install was quick. || Reply: Thanks Marcus!"),
    ("violence_self_harm", "benign", "email",
        "Hi, can I get a VAT receipt for the coffee machine I bought outright last week? Order LB-77011."),
    ("violence_self_harm", "benign", "chat",
        "Customer: is the oven self-cleaning? || Agent: Yes, the pyrolytic model is. || Customer: how long "
        "does the cycle take? || Agent: About 2 hours."),
    ("violence_self_harm", "benign", "agent_note",
        "Agent note: cx asked for a copy of the agreement terms. Emailed PDF."),
    ("violence_self_harm", "benign", "sms",
        "hi is the truro store open bank holiday monday"),
    ("violence_self_harm", "benign", "dm",
        "The delivery tracker has said 'arriving soon' since 8am. It's now 3. Any update?"),
    # ---- legal
    ("legal", "sensitive", "email",
        "Hi, I'd like to move my delivery from the 9th. I have to be at Crown Court that day for my hearing. "
        "Any day the following week works. Thanks, Darren"),
    ("legal", "sensitive", "chat",
        "Customer: my laptop was stolen in a burglary, I've got a crime reference number. does my cover "
        "replace it? || Agent: Yes, Larkbrook Care covers theft with a crime reference. Please upload it and "
        "we'll arrange a replacement."),
    ("legal", "sensitive", "agent_note",
        "Agent note: cx's solicitors (Brennan & Co) emailed saying cx intends to bring a claim over the sofa "
        "that collapsed and injured her. Passed to legal team; no further contact with cx about the claim."),
    ("legal", "sensitive", "call",
        "[transcript] Caller: I'm applying for the TV agreement but the form asks if I've got unspent "
        "convictions. I've got one from two years ago. Does that mean I'll be refused? Agent: We don't "
        "actually ask that on our form, you might be on a different site. Caller: Oh, right."),
    ("legal", "sensitive", "sms",
        "cant be in for the fridge mon, my brother got picked up by the police sat night n were sorting it "
        "out"),
    ("legal", "sensitive", "web_form",
        "Message: I have a non-molestation order against my ex-partner, Craig Dunne. If he contacts you about"
        " my account or tries to collect anything, please don't give him any information. I can send a copy "
        "of the order."),
    ("legal", "sensitive", "voicemail",
        "Voicemail: Hi, it's Kyle Benson. I'm on a tag with a curfew till the end of next month so I can't be"
        " out after 7, but the 6-9pm delivery slot is fine as long as they come to the door. Cheers."),
    ("legal", "sensitive", "dm",
        "hey, I need a new laptop for uni since mine's been seized as evidence in my housemate's case. police"
        " said could be months. whats ur cheapest?"),
    ("legal", "sensitive", "email",
        "Dear Larkbrook, my landlord and I are in a small claims case over damage to the flat, and part of it"
        " is a leak from the washer you installed. Could you send me the installation report and engineer "
        "notes from 14 March? Thanks, Rachel Owusu"),
    ("legal", "sensitive", "chat",
        "Customer: why can't I open a new agreement? || Agent: I can see the last agreement was ended after "
        "the County Court judgment in 2022, so our policy is to wait until it's satisfied. || Customer: it's "
        "paid now, I can send the certificate."),
    ("legal", "sensitive", "agent_note",
        "Agent note: cx asked to pause deliveries until after 20 Nov; said 'the trial' is that week and her "
        "barrister wants her in London all week. Paused."),
    ("legal", "sensitive", "call",
        "[transcript] Caller: My partner's been remanded, he was the one paying the sofa. Can I take over the"
        " agreement in my name? Agent: Yes, you can apply for a transfer, I'll send you the form."),
    ("legal", "sensitive", "email",
        "Dear Sir, my TV was damaged during delivery and your delivery boy abused my father verbally. We have"
        " filed an FIR at Koramangala police station, copy attached. Kindly arrange replacement and take "
        "action. Regards, Deepak"),
    ("legal", "sensitive", "web_form",
        "Message: I'm a self-employed fitter applying to join your installer network. My DBS came back with a"
        " caution from 2016 for possession. Will that rule me out?"),
    ("legal", "sensitive", "sms",
        "hi can u do thurs not wed for the tv mount, got my employment tribunal wed against my old boss"),
    ("legal", "benign", "email",
        "Hi, we're a small law firm, Hartley Quinn Solicitors, looking to rent a boardroom TV and a coffee "
        "machine. Can we pay monthly on invoice? Regards, Office Manager"),
    ("legal", "benign", "chat",
        "Customer: is there a free trial on the TV streaming bundle? || Agent: Yes, 30 days free, then £4.99 "
        "a month added to your agreement."),
    ("legal", "benign", "sms",
        "hi its Sue from flat 4, can u confirm my oven fitting 2moro"),
    ("legal", "benign", "review",
        "Review: 2 stars. Delivery charges are criminal for a 10 mile drive. || Reply: Hi Neil, we've since "
        "cut standard delivery to £9.95."),
    ("legal", "benign", "web_form",
        "Message: Do you sell phone cases with the rented phones or do I need to buy one separately?"),
    ("legal", "benign", "call",
        "[transcript] Caller: Under the Consumer Rights Act, do I get a repair or a refund if the fridge "
        "fails within 30 days? Agent: Within 30 days you can ask for a full refund. Caller: Good to know, "
        "thanks."),
    ("legal", "benign", "agent_note",
        "Agent note: Courtside Sports Bar (business) rang re the bracket on their 85 inch screen, engineer "
        "booked Friday."),
    ("legal", "benign", "dm",
        "don't judge me but I've now rented my third gaming chair because the cat keeps shredding them. any "
        "scratch-proof fabric options?"),
    ("legal", "benign", "email",
        "Hello, the anti-tip restraint strap for the wardrobe wasn't in the box. Could you post one? Order "
        "LB-50218. Thanks."),
    ("legal", "benign", "chat",
        "Customer: what happens legally if I move abroad mid agreement? general question || Agent: You'd need"
        " to settle or return the goods before you move, as agreements are UK-only."),
    ("legal", "benign", "sms",
        "police-grade lock on ur smart door lock advert, is that real or just marketing lol"),
    ("legal", "benign", "voicemail",
        "Voicemail: Hi, Rory here, account 30217. The sofa legs you sent are the wrong colour, oak not "
        "walnut. Give me a ring back. Thanks."),
    ("legal", "benign", "email",
        "Hi, can I add a soundbar to my order before it's dispatched? Order LB-61029."),
    ("legal", "benign", "call",
        "[transcript] Caller: My dryer door won't close properly. Agent: It might be the latch, I'll book an "
        "engineer for Tuesday. Caller: Morning please."),
    ("legal", "benign", "review",
        "Review: 5 stars. Easy app, easy payments, telly arrived next day. || Reply: Thanks Femi!"),
    # ---- bereavement
    ("bereavement", "sensitive", "email",
        "Hello, my father, Arthur Lyle, passed away on the 2nd. He had a rental agreement with you for a TV "
        "and a recliner. What do I need to do to close it and arrange collection? I'm his executor. Regards, "
        "Janet Lyle"),
    ("bereavement", "sensitive", "chat",
        "Customer: can I cancel the second bed on the order? my nan won't be moving in with us after all, we "
        "lost her on Sunday || Agent: I'm so sorry for your loss. I've cancelled the bed and refunded the "
        "deposit."),
    ("bereavement", "sensitive", "call",
        "[transcript] Caller: Can the delivery be the afternoon of the 18th instead? The morning's my "
        "husband's funeral. Agent: I'm very sorry. Of course, I've moved it to 1-5pm. Caller: Thank you, "
        "love."),
    ("bereavement", "sensitive", "sms",
        "pls stop sending reminders to my mums number, she died in june, ive asked twice. acct 77180"),
    ("bereavement", "sensitive", "agent_note",
        "Agent note: Caller advised account holder Mr K. Adebayo is deceased (03/05). Death certificate "
        "requested, account frozen, collections suspended, bereavement team to contact next of kin (son, "
        "Tunde)."),
    ("bereavement", "sensitive", "voicemail",
        "Voicemail: Hi, it's Brenda Walsh. My Tom's gone, last Tuesday, and the washing machine's in his "
        "name. I don't know what happens now. Could someone call me on 01632 960881. Thank you."),
    ("bereavement", "sensitive", "web_form",
        "Message: Our son was stillborn in August and the nursery furniture you delivered is still in the "
        "boxes. I can't look at it. Please could it be collected and the agreement ended."),
    ("bereavement", "sensitive", "dm",
        "Hi, sorry for the late payment po, we went home to the province for my lola's burial. Will pay "
        "tomorrow. Thank you"),
    ("bereavement", "sensitive", "email",
        "Hi, I'm writing on behalf of my brother's estate. He passed in September and we're clearing out his "
        "apartment. There's a sectional and a TV from you. Who should I coordinate the pickup with? Thanks, "
        "Dana"),
    ("bereavement", "sensitive", "chat",
        "Customer: I want to transfer the fridge agreement to me. || Agent: Of course, Mrs Hussain. I see "
        "from the notes your husband passed away last month, I'm very sorry. We can transfer it with no fees."
        " || Customer: thank you, yes please."),
    ("bereavement", "sensitive", "call",
        "[transcript] Caller: I'm the office manager at Reed Accountants. We need to cancel the desk order "
        "for one of our team, he died suddenly last week. Agent: I'm so sorry. I'll cancel that line now."),
    ("bereavement", "sensitive", "review",
        "Review: 5 stars. When I rang to say my wife had died, the lady on the phone was so kind and sorted "
        "everything. || Reply: Thank you Derek, we're so sorry for your loss."),
    ("bereavement", "sensitive", "sms",
        "hiya, need to move the cooker install, we've got the wake on fri for my uncle"),
    ("bereavement", "sensitive", "agent_note",
        "Agent note: cx asked to hold the repair visit; said they'd 'buried her mam on Monday' and the house "
        "is full. Rebooked in 2 wks, no fee."),
    ("bereavement", "sensitive", "email",
        "Good day, I wish to inform you that my elder brother, the holder of account LB-41022, has passed on."
        " The family wants to complete the payments and keep the freezer. Kindly advise on the process. Thank"
        " you, Chinedu"),
    ("bereavement", "benign", "chat",
        "Customer: the TV arrived dead on arrival, won't power on at all || Agent: Sorry about that! I'll "
        "arrange a swap on tomorrow's van."),
    ("bereavement", "benign", "sms",
        "phone died mid call sorry, was saying the washer is fine now, ignore the engineer request"),
    ("bereavement", "benign", "email",
        "Hello, we're Pembroke & Sons Funeral Directors and we'd like to rent a fridge and two sofas for our "
        "family waiting room. Please send a business quote. Kind regards, Ian Pembroke"),
    ("bereavement", "benign", "web_form",
        "Question: What happens to a rent-to-own agreement if the account holder dies? Asking generally, want"
        " to understand before signing."),
    ("bereavement", "benign", "review",
        "Review: 5 stars. RIP to my old washing machine, 12 years. The new one from Larkbrook is silent. || "
        "Reply: Ha, thanks Gwen!"),
    ("bereavement", "benign", "call",
        "[transcript] Caller: I think my order got lost, tracking hasn't moved for a week. Agent: I can see "
        "it's stuck at the depot, I'll chase it and call you back today."),
    ("bereavement", "benign", "agent_note",
        "Agent note: cx is an estate agent arranging furniture rental for a show home at Meadow Park. "
        "Business quote sent."),
    ("bereavement", "benign", "dm",
        "the battery in the remote is dead already, can you send a new remote or is it just the batteries lol"),
    ("bereavement", "benign", "email",
        "Hi, the payment was late this month because your app was down on the 1st when I tried. I paid on the"
        " 2nd. Please don't count it as late."),
    ("bereavement", "benign", "chat",
        "Customer: did the fridge pass the safety check? engineer didn't say || Agent: Yes, it passed, the "
        "report's in your app."),
    ("bereavement", "benign", "web_form",
        "Message: I made a grave mistake and ordered the wrong size mattress, double instead of king. Can I "
        "swap before delivery?"),
    ("bereavement", "benign", "sms",
        "can the driver call not text, i never check texts"),
    ("bereavement", "benign", "email",
        "Hi, what's the warranty on the Halden sofa bed frame? Thanks, Mo"),
    ("bereavement", "benign", "voicemail",
        "Voicemail: Hi, Gareth Price, calling to book a repair on the microwave, the turntable's stopped. "
        "Call me on the mobile please."),
    ("bereavement", "benign", "review",
        "Review: 3 stars. Good stuff but the website is slow. || Reply: Thanks Kate, we're working on the "
        "speed."),
]


def dell_examples() -> list[dict]:
    """The dell split as labelled tickets (same shape as ``sensitive_eval.build_eval_set``'s)."""
    return stranger_examples("dell", ENTRIES, SUBJECTS)
