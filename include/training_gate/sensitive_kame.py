"""kame split: written by a helper who had not seen the detection rules, the anchors or any other split.
Setting: Wrenfield Lettings, a lettings agency and property manager (viewings, applications, referencing, deposits,
repairs and maintenance, rent collection, inventories, landlord and commercial services);
registers are email, chat, SMS, call transcript, agent note, web form, review (with reply), voicemail, DM.
The benign half borrows the same territory harmlessly: idioms ("boiler needs an ambulance", "killer deal"), businesses
and charities as organisations (nurseries, churches, union branches, solicitors), adults' own ages and dates of birth,
general policy questions, routine payment slips and words used in another sense ("deadlock", "bi-fold", "transfer").
70 sensitive and 70 benign tickets for special categories, 50 and 50 for children, 20 and 20 for financial hardship,
15 and 15 for health, legal, bereavement and violence and self-harm.
First reading (policy 2026.11.24.6, after it was final; `sensitive_eval.evaluate`, as `make eval-sensitive`):
94.0 / 5.5 recall / false exclusion in % as shipped, 94.0 / 8.5 without the overruling,
89.0 / 6.5 by the rules alone. Waits for the next round."""

from __future__ import annotations

from training_gate.sensitive_blind import stranger_examples

SUBJECTS: tuple[str, ...] = (
    "Viewing request",
    "Repair: boiler not firing",
    "Re: your tenancy application",
    "Deposit return query",
    "Rent payment reference",
    "Inventory and check-in appointment",
    "Leak under kitchen sink",
    "Change of contact details",
    "Referencing update needed",
    "Tenancy renewal",
    "Key collection",
    "Landlord statement query",
    "Access for gas safety check",
    "Question about the listing",
)

ENTRIES: list[tuple[str, str, str, str]] = [
    # ---- health
    ("health", "sensitive", "email",
     "Hi there, re the viewing at 14 Larch Close on Thursday - could we push it to the week after? I "
     "only got out of the Royal Infirmary on Monday (clot on the lung, long story) and I've been told "
     "no stairs for a fortnight. Sorry for the faff. Regards, Hollis Brennan"),
    ("health", "sensitive", "chat",
     "hiya is the ground floor flat on Merrow Rd still available || Agent: It is! Would you like to "
     "book a viewing? || yes pls but can u measure the front door first, my wife's been in a wheelchair "
     "since the MS got worse and the last place we saw she couldnt get through the hall"),
    ("health", "sensitive", "sms",
     "Hi its Tamsin flat 3b. cant do the inspection tmrw sorry, its my chemo week and I'm wiped out the "
     "day after. any chance of fri instead? x"),
    ("health", "sensitive", "call",
     "Caller: Yeah hi, ringing about the mould in the back bedroom at 22 Fenwick Street. || Agent: "
     "Sorry to hear that, how long has it been there? || Caller: Since October. My asthma's gone "
     "through the roof, I've been on the nebuliser twice this month and the GP's written a letter "
     "saying it's the damp. I need somebody out this week, honestly."),
    ("health", "sensitive", "note",
     "Agent note: Mr Pask (7 Orchard Mews) rang re boiler. Also mentioned fridge has packed up and he's "
     "type 1, keeps his insulin in there - currently using a cool bag. Raised fridge as P1, Coldline "
     "booked for 8am tomorrow."),
    ("health", "sensitive", "form",
     "Request type: Adaptation | Property: Flat 2, 41 Quarry Lane | Description: Could the landlord "
     "consider grab rails by the bath and toilet? Since the stroke in March my left side is weak and "
     "I've nearly gone over twice. The council OT has done an assessment, happy to forward it | Best "
     "time to call: mornings"),
    ("health", "sensitive", "voicemail",
     "Voicemail: Hi, it's Nadia Okafor from unit 9, Chandler House. Just to say I won't make the "
     "check-out on the 30th in person - I'm still on the ward after the c-section, they're keeping me "
     "in a few more days. My sister Ife will bring the keys. Ring me back when you can, thank you."),
    ("health", "sensitive", "dm",
     "hey saw ur post about the new flats on Cotter St. are any of them step free?? had my leg off "
     "below the knee last year and the prosthetic does NOT love stairs lol"),
    ("health", "sensitive", "review",
     "Review (2 stars): All smooth until I ticked the box on the reference form saying I'd had time off "
     "for bipolar. Suddenly the landlord 'went with another applicant'. Draw your own conclusions. || "
     "Reply from Wrenfield Lettings: Hi Rowan, we're sorry you were left feeling this way. Medical "
     "history plays no part in our recommendations and we'd like to look into this properly - please "
     "email us on lettings@example.com."),
    ("health", "sensitive", "email",
     "Hello Joanne, just a heads up before the referencing company phones my employer: I've been signed "
     "off since February with anxiety and depression, so HR will probably tell them I'm on sick leave. "
     "I'm still on full pay until August. The new tablets make me a bit foggy so apologies if I missed "
     "anything on the form. Kind regards, Priya"),
    ("health", "sensitive", "chat",
     "can the plumber text me when he's outside instead of knocking? || Agent: Sure, we can add that to "
     "the job notes. Any reason so I can explain to him? || im profoundly deaf, i wont hear the door or "
     "the bell. text only please, no calls"),
    ("health", "sensitive", "sms",
     "Morning! Contractor can come any time weds, only thing is I'm 31 weeks pregnant so I can't be "
     "dragging the wardrobe away from the wall myself, hope that's ok"),
    ("health", "sensitive", "call",
     "Caller: It's about the drain smell in the downstairs loo. || Agent: Right, when are you usually "
     "home for an engineer? || Caller: Tuesdays, Thursdays and Saturdays only. The other days I'm at "
     "the renal unit for dialysis from seven till about one, then I sleep most of the afternoon."),
    ("health", "sensitive", "note",
     "Cust's brother rang on her behalf - she missed the inventory because she was admitted with sepsis "
     "on Friday and is still in St Bride's. He has written authority to act for her. Inventory moved to "
     "18th, clerk informed."),
    ("health", "sensitive", "form",
     "Enquiry type: Ending my tenancy | Tenant name: Margaret Ellery | Message: My husband's dementia "
     "has reached the stage where he needs a nursing home and I can't stay in a 3 bed on my own, so I'm "
     "giving notice on 6 Heathfield Gardens. Could someone explain the break clause to me gently, I'm "
     "not taking much in at the moment"),
    # ---- health (benign look-alikes)
    ("health", "benign", "email",
     "Hi, the boiler at 5 Tern Way is on its last legs again. It's making a wheezing noise like it "
     "needs an ambulance and the pressure drops overnight. Can someone take a look this week? Cheers, "
     "Owen"),
    ("health", "benign", "chat",
     "how far is the Bramley Court flat from St Bride's hospital? || Agent: About a 10 minute walk. || "
     "perfect, I'm a theatre nurse there and the night shifts finish at stupid o'clock, want to walk "
     "home"),
    ("health", "benign", "voicemail",
     "Voicemail: Hello, this is Carys from Meadowbank Pharmacy. We're expanding and looking for a "
     "ground floor retail unit with a consulting room, around 900 square feet, ideally near the high "
     "street. Please call me back on 07700 900412."),
    ("health", "benign", "sms",
     "smoke alarm in the hall has a full blown heart attack every time I make toast. is there a way to "
     "move it or can you send someone"),
    ("health", "benign", "note",
     "Annual health and safety check done at 12 Reed St: CO alarm tested, fire blanket present, "
     "extinguisher in date, handrail secure. No actions. Certificate uploaded to landlord portal."),
    ("health", "benign", "call",
     "Caller: Quick one - I'm a physio and I'd like to see the odd private client in the spare room. "
     "Does the tenancy allow that kind of business use? || Agent: I'll need to check with the landlord "
     "and the insurer, it's usually fine if footfall is low. || Caller: Great, maybe two people a week "
     "max."),
    ("health", "benign", "review",
     "Review (5 stars): Honestly the team were a tonic. Moving is usually a migraine but they made it "
     "painless, keys on the day, everything clean. || Reply from Wrenfield Lettings: Thanks so much "
     "Amaya, enjoy the new place!"),
    ("health", "benign", "form",
     "Issue: Mould on bathroom silicone | Property: 19 Dorney Road | Details: black spotting round the "
     "bath seal and the extractor fan sounds weak. Nobody's ill, I just want it sorted before it "
     "spreads to the ceiling | Access: key in key safe"),
    ("health", "benign", "dm",
     "the viewing yesterday was SICK, that roof terrace 😍 how do I apply before someone else grabs it"),
    ("health", "benign", "voicemail",
     "Voicemail: Hi, Dr Amara Lisle here, I'm one of the GPs at the Kings Row practice. I'd like to "
     "register interest in the two bed on Kings Row, I'm starting there in September and it's literally "
     "across the road. Thanks."),
    ("health", "benign", "email",
     "Dear Wrenfield, I'm drafting an FAQ for our residents' association. As a general rule, do your "
     "standard tenancies permit assistance dogs, and is there a form landlords use for that? No "
     "particular case, just want the wording right. Best, Harriet Dace (Secretary, Linden Park RA)"),
    ("health", "benign", "chat",
     "the washing machine is dead. like properly dead, no lights nothing || Agent: Have you checked the "
     "isolator switch behind the unit? || omg it was off. it lives. sorry!!"),
    ("health", "benign", "sms",
     "Pls pass my thanks to Kev the plumber, absolute lifesaver. Leak's stopped and the ceiling's "
     "drying out"),
    ("health", "benign", "note",
     "Landlord (Harrow Court freeholder) wants a defibrillator cabinet fitted in the communal lobby. "
     "Quote from Sparkright £640 inc. install. Awaiting approval."),
    ("health", "benign", "call",
     "Caller: The first aid box in the shared kitchen at the Elm Road house is empty, plasters, "
     "everything. The house rules say the agency restocks it? || Agent: That's right, it's on the "
     "quarterly check, I'll get one dropped round tomorrow."),
    # ---- children
    ("children", "sensitive", "email",
     "Hi Sam, following the viewing we'd love to go ahead with 8 Copper Lane. It'd be me, my partner "
     "Jonah and our two, Ellis who's 6 and Poppy who turned 3 last week. Is the garden fully fenced? "
     "Thanks, Leanne"),
    ("children", "sensitive", "chat",
     "does the 2 bed on Sycamore Way have a garden or just the patio? || Agent: A small lawned garden "
     "plus the patio. || lovely, my daughter is 4 and mad about being outside, the flat we're in now "
     "has nothing"),
    ("children", "sensitive", "sms",
     "Hi can the viewing be after 3.30? Doing the school run for my year 5 and he won't be left at the "
     "gate lol"),
    ("children", "sensitive", "call",
     "Caller: We really need to be in catchment for St Aldhelm's Primary. My son starts reception in "
     "September. || Agent: Fernhill Road is inside the catchment, I can check the other two for you. || "
     "Caller: Please, that's the dealbreaker for us."),
    ("children", "sensitive", "note",
     "Inspection 14 Brook St: tenant at work, her son (15) let me in and stayed in the lounge "
     "throughout. All rooms seen. Told tenant by text afterwards; going forward ask that an adult is "
     "present."),
    ("children", "sensitive", "form",
     "Occupants: 2 adults, 1 child | Child's date of birth: 14/02/2019 | Pets: no | Smoker: no | "
     "Preferred move date: 1 March"),
    ("children", "sensitive", "voicemail",
     "Voicemail: Hi it's Gemma at 3 Lark Rise. When the gas man comes Thursday could he avoid twelve "
     "till two? The baby naps then and she's only seven weeks, if she wakes I've lost the whole "
     "afternoon. Thanks lovely."),
    ("children", "sensitive", "dm",
     "is the flat on Dane Rd walking distance to Bumblebees nursery on Pell St? my little one started "
     "there in Jan and I don't drive"),
    ("children", "sensitive", "review",
     "Review (1 star): Your agent let my 16 year old do a viewing by herself AND asked her to sign a "
     "holding deposit form. She's a child!! || Reply from Wrenfield Lettings: Ms Farrow, you're "
     "absolutely right that this should not have happened. The form has been voided and we've spoken to "
     "the staff member. Please call Dee on 07700 900318."),
    ("children", "sensitive", "email",
     "Please can you take my son off your mailing list. He's 14 and must have put his own email in the "
     "enquiry form on your website while messing about (alfie.drummond@example.com). He's getting new "
     "listings every morning. Thanks, Rachel Drummond"),
    ("children", "sensitive", "chat",
     "my daughter is 17 and starts at Hexley uni in sept. can she sign the tenancy herself or does it "
     "have to be me? || Agent: She'd need to be 18 to hold a tenancy, so a parent usually signs. When's "
     "her birthday? || not till november, annoyingly"),
    ("children", "sensitive", "note",
     "Application 4471: applicant's household includes her nephew Tyler (12) who lives with her full "
     "time. Added as permanent occupant on the draft AST."),
    ("children", "sensitive", "sms",
     "window restrictor in the kids room has snapped again and my twins are 2, they climb EVERYTHING. "
     "pls can someone come asap"),
    ("children", "sensitive", "call",
     "Caller: Boiler's out again, no heating no hot water. || Agent: Okay, is anyone in the household "
     "vulnerable? || Caller: I've got a newborn, she's ten days old. I'm boiling kettles to bath her."),
    ("children", "sensitive", "form",
     "Preferred move date: after 20 June | Anything else we should know: our son is in year 11 and "
     "sitting his GCSEs so we really can't move in May, sorry to be awkward"),
    ("children", "sensitive", "voicemail",
     "Voicemail: Um hi, my name's Liam, I'm 16, my mum asked me to ring cos she's at work. There's "
     "water coming through the kitchen light at 40 Ashby Road. She says can you ring her back, thanks, "
     "bye."),
    ("children", "sensitive", "dm",
     "my lad's 13 and wants to put a few leaflets through doors in the block for his car washing thing, "
     "is that allowed or will we get in trouble lol"),
    ("children", "sensitive", "email",
     "Re: deposit registration for 11 Willow Bank. Just so it's on file, my daughter Isla (9) will be "
     "staying with us alternate weeks under the arrangement with her dad. Do you need her name on "
     "anything? Cheers, Morven"),
    ("children", "sensitive", "chat",
     "can we put a trampoline on the lawn? || Agent: I'll ask the landlord, it's usually ok if it's "
     "netted. || yeah it's netted, the kids are 5 and 8 and going stir crazy"),
    ("children", "sensitive", "note",
     "Cust says her three (ages 2, 4 and 7) all share the one bedroom at 2 Nettle Row. Wants to be told "
     "if a 3 bed comes up with the same landlord. Added to transfer list."),
    ("children", "sensitive", "review",
     "Review (4 stars): Sorted us quickly when the Reynolds Road flat fell through. New place is great "
     "for us and our 18 month old, just wish the lift worked more often. || Reply from Wrenfield "
     "Lettings: Thanks Chidi, we've chased the lift contractor again."),
    ("children", "sensitive", "sms",
     "Running 20 mins late for the 2pm viewing, nursery rang to say Theo's got a temp so grabbing him "
     "first. sorry!"),
    ("children", "sensitive", "call",
     "Caller: Is there a bus from the Marlowe Street flats to Greyfield Academy? || Agent: The 42 stops "
     "right outside. || Caller: Brilliant, my son's year 8 there and he's not walking the ring road."),
    ("children", "sensitive", "form",
     "Emergency contact name: Jayden Okoro | Relationship: son (15) | Mobile: 07700 900213 | Note: he's "
     "usually home before me"),
    ("children", "sensitive", "voicemail",
     "Voicemail: Hiya it's Kerry at number 6. Your gardener left the side gate wide open this morning "
     "and my three year old got halfway down the drive towards the road before I caught him. Please can "
     "someone tell them to shut it, I'm really shaken."),
    ("children", "sensitive", "email",
     "Good afternoon, we're looking at the Hexley flats mainly because our daughter's just got into the "
     "sixth form college there and the commute from Barrow is killing her. Is the 3 bed still free from "
     "August? Many thanks, Declan and Ruth Osei"),
    ("children", "sensitive", "chat",
     "is there a lift at Cobalt House? || Agent: Yes, two lifts. || thank god, I've a 4 month old and a "
     "massive buggy and I'm on floor 5"),
    ("children", "sensitive", "note",
     "Maisie (14), tenant's daughter at 5 Pollard Close, messaged the office WhatsApp to say no hot "
     "water in the shower. Confirmed with mum (Mrs Venn) before raising job."),
    ("children", "sensitive", "dm",
     "can viewings be any night but tuesday? my son's 9 and does beavers then and I'm the one driving"),
    ("children", "sensitive", "email",
     "Hi, the referencing form asked for everyone living at the property with dates of birth so here "
     "are the kids: Freya Lowe 03/08/2016, Noah Lowe 22/11/2020. Let me know if you need anything else. "
     "Thanks, Dan Lowe"),
    ("children", "sensitive", "sms",
     "smoke alarm chirping all night again, woke the baby every hour. she's 8 months and teething so "
     "I'm on my knees. can someone change the battery today"),
    ("children", "sensitive", "call",
     "Caller: Hello? My mum's in the shower and she says the toilet's blocked and it's overflowing. || "
     "Agent: Thank you for calling. Can I ask how old you are? || Caller: I'm seven and a half. || "
     "Agent: Okay, well done. Can you ask mummy to ring us back when she's out?"),
    ("children", "sensitive", "form",
     "Pets: none | Children: yes, one, in Year 2 at Millbrook Infants | Parking needed: 1 space | "
     "Employment: full time"),
    ("children", "sensitive", "voicemail",
     "Voicemail: Hi, Priya from flat 4 Mercer Court. Could you do the viewing after six? My daughter's "
     "at swimming club till half five, she's ten and I can't leave her at the pool. Thanks."),
    ("children", "sensitive", "review",
     "Review (3 stars): Moving with three under-fives was never going to be fun, but the inventory "
     "clerk turning up two hours late with the kids screaming in the car didn't help. || Reply from "
     "Wrenfield Lettings: Sorry Beth, that isn't the service we aim for. We've fed this back to the "
     "clerk company."),
    ("children", "sensitive", "note",
     "Called back re application for 27 Farrier Way: the applicant is 17 (DOB on passport copy). "
     "Explained we can't grant a tenancy to a minor; mum to ring about signing instead."),
    ("children", "sensitive", "email",
     "Dear Wrenfield, we're relocating in the middle of term and the council admissions team need proof "
     "of our new address before Ruby (Year 4) can take up her place at Ashcombe Primary. Could you "
     "issue a letter confirming the tenancy start date? Many thanks, Tomasz Wierzbicki"),
    ("children", "sensitive", "chat",
     "can I add my son as a user on the tenant app? he's 15 and keeps telling me about stuff broken in "
     "his room after the office shuts || Agent: The app is for named tenants only I'm afraid, but you "
     "can report on his behalf."),
    ("children", "sensitive", "dm",
     "r bunk beds ok in the 2nd bedroom? my girls are 6 and 9 and they have to share"),
    ("children", "sensitive", "sms",
     "Hi, keys can be left with my son Kai, he's 12, home from school about 3.45. He knows to expect "
     "you. Thx"),
    ("children", "sensitive", "call",
     "Caller: The balcony railings at flat 12 have a gap at the end. My toddler got her head through it "
     "this morning. || Agent: That's urgent, we'll get someone out today. Please keep the balcony door "
     "locked in the meantime."),
    ("children", "sensitive", "form",
     "Household: myself (Nell Garraway), partner (Sol Achebe) and our son Ezra, born June 2022 | "
     "Current address: 9 Quince Terrace | Reason for moving: need a second bedroom"),
    ("children", "sensitive", "note",
     "Check-out 31 Hazel Drive: second bedroom (tenant says it's her 16-year-old's) has blu-tack marks "
     "and a dent on the door. Fair wear and tear for the blu-tack; door to be discussed."),
    ("children", "sensitive", "voicemail",
     "Voicemail: Hello, it's Anita Rhodes. Just checking the move date is definitely the 3rd because "
     "our daughter starts at Little Acorns on the Monday after and the nursery needs our new address by "
     "Friday. Thanks."),
    ("children", "sensitive", "email",
     "Hi, sorry to be a pain - my daughter lost her front door key somewhere between school and the bus "
     "stop. She's 11 and in bits about it. Can we get a replacement cut and should I be worried about "
     "the lock? Thanks, Leon"),
    ("children", "sensitive", "chat",
     "we'll be 2 adults + 1 infant, she'll be 6 months by move in. is that ok for the 1 bed or do we "
     "need a 2 bed? || Agent: A 1 bed is fine for that household size."),
    ("children", "sensitive", "review",
     "Review (2 stars): Scaffolding and drilling from 8am through May and June, right when Ella (year "
     "13) was doing her A-levels at the kitchen table. Nobody warned us. || Reply from Wrenfield "
     "Lettings: Hi Greg, we're sorry. We should have given more notice of the works and have raised "
     "this with the landlord."),
    ("children", "sensitive", "dm",
     "my 14 yo wants to paint her room purple 😂 is that allowed if we paint it back"),
    ("children", "sensitive", "note",
     "Tenant at 4 Rowan Place rang re damp patch in the small bedroom, which is the nursery - baby is 5 "
     "months and sleeps in there. Raised as priority, surveyor booked Weds."),
    ("children", "sensitive", "sms",
     "can u email the inventory instead of posting pls, my 10yr old keeps opening my letters and she "
     "got crayon on the last one lol"),
    # ---- children (benign look-alikes)
    ("children", "benign", "email",
     "Hello, we run Greenshoots Plant Nursery and are looking to lease the yard unit at Cressfield "
     "Industrial Estate for polytunnels and a small shop. Could you send the service charge details? "
     "Regards, Fern Hadley"),
    ("children", "benign", "chat",
     "minor thing but the cupboard door under the sink has come off its hinge || Agent: No problem, "
     "I'll add it to the handyman's list for Thursday. || cheers"),
    ("children", "benign", "form",
     "Applicant name: Leah Stroud | Date of birth: 11/11/2001 | Occupation: teaching assistant | "
     "Employer: Orchard Lane Primary | Annual salary: £21,400"),
    ("children", "benign", "note",
     "School business manager at St Cuthbert's called - the school owns the caretaker's cottage and "
     "wants us to let it for them. Valuation booked for Monday 10am."),
    ("children", "benign", "sms",
     "kitchen tap is acting like a toddler, drips all night and screams when u turn it on. can someone "
     "have a look"),
    ("children", "benign", "call",
     "Caller: I'm a registered childminder and I'm looking to rent. Generally speaking, do your "
     "landlords allow childminding from the property? || Agent: Some do, it depends on the mortgage and "
     "insurance. I can flag which listings allow it. || Caller: That'd be great."),
    ("children", "benign", "dm",
     "do u do student lets? I'm 19 and at the uni, want somewhere from sept with 3 mates"),
    ("children", "benign", "review",
     "Review (5 stars): First time renting and the team basically babysat us through the whole thing, "
     "explaining every clause. || Reply from Wrenfield Lettings: That's what we're here for, thanks "
     "Josh!"),
    ("children", "benign", "email",
     "Hi accounts, please invoice our parent company, Halden Group Ltd, rather than the subsidiary for "
     "the Unit 7 lease from April onwards. Purchase order to follow. Thanks, Rita Mistry, Finance"),
    ("children", "benign", "voicemail",
     "Voicemail: Hi, this is Sunnyside Day Nursery. We're after a commercial lease on a ground floor "
     "unit with outdoor space, about 2,000 square feet, ideally near the station. Could someone from "
     "the commercial team call us back?"),
    ("children", "benign", "chat",
     "are there families upstairs at the Priory Road flat? I work nights so I just want to know how "
     "noisy it is in the day || Agent: I can't share who lives there, but the flooring upstairs is "
     "carpeted. || fair enough"),
    ("children", "benign", "form",
     "Guarantor name: Colin Reyes | Relationship to applicant: father | Guarantor DOB: 02/05/1961 | "
     "Guarantor income: £38,000 | Homeowner: yes"),
    ("children", "benign", "note",
     "Pre-let check 17 Oak Row: previous tenants left baby gates screwed to the stair posts. Landlord "
     "wants them removed and holes filled before photos."),
    ("children", "benign", "sms",
     "hi I sell preloved baby clothes on etsy and get lots of parcels, is it ok for the courier to "
     "leave them with the concierge?"),
    ("children", "benign", "call",
     "Caller: I'm the youth worker at the Pell Street community centre. We'd like to hire the function "
     "room at Merchant House for a volunteers' evening. || Agent: That's managed by us, I'll send the "
     "booking form."),
    ("children", "benign", "email",
     "Hi, I've just started as a junior solicitor in town and need something close to work. I'm on a "
     "training contract so reference letter will come from the firm's HR. Best, Callum Nyhan"),
    ("children", "benign", "chat",
     "the listing calls the small room a 'kids room', is it actually a double? || Agent: It's 2.4m by "
     "2.9m so a small double fits. || ok cool, it'll be my office"),
    ("children", "benign", "review",
     "Review (5 stars): Like taking candy from a baby, full deposit back in three days! || Reply from "
     "Wrenfield Lettings: Glad to hear it, Sanjay!"),
    ("children", "benign", "dm",
     "does the scout hut next door use the car park on sat mornings? wondering if I'll get blocked in"),
    ("children", "benign", "form",
     "Enquiry: Do you manage anything near Hexley Grammar? | About me: I'm the new head of maths there "
     "from September, single, no pets, non-smoker"),
    ("children", "benign", "note",
     "Unit 4 (Tiny Steps Soft Play Ltd) service charge invoice queried - they were billed for the car "
     "park resurfacing twice. Credit note raised."),
    ("children", "benign", "sms",
     "can u send the inventory photos of the small bedroom, want to see if my desk fits under the "
     "window"),
    ("children", "benign", "call",
     "Caller: Do your landlords accept 18-year-olds? That's me, turned 18 in March and I've just "
     "started an apprenticeship at Corby Engineering. || Agent: Yes, as long as the affordability works "
     "or there's a guarantor."),
    ("children", "benign", "voicemail",
     "Voicemail: Hello, Kids Kingdom Toys here, we're the shop at 22 Market Parade. Our lease is up for "
     "renewal in October and we'd like to talk about the terms. Thanks."),
    ("children", "benign", "email",
     "Dear Wrenfield, I'm the office manager at Orchard Lane Primary. We're hosting a visiting teacher "
     "from Valencia for the spring term and need a furnished one bed for her from 6 January. Could you "
     "let us know what's available? Kind regards, Mrs P. Aldous"),
    ("children", "benign", "chat",
     "the estate description says there's a nursery out back? || Agent: Yes, it's Hollins Garden "
     "Nursery, a plant centre. || ah ok I thought it was a creche lol"),
    ("children", "benign", "form",
     "Applicant: Ines Parrado | DOB: 30/01/1998 | Status: PhD student | Guarantor: UK guarantor service "
     "| Move date: 15 September"),
    ("children", "benign", "note",
     "Tenant at 3 Barn Close runs a kids' party business (Bouncy Barry's) and stores inflatables in the "
     "garage. Landlord confirmed he's fine with storage, no trading from the property."),
    ("children", "benign", "review",
     "Review (4 stars): The staff at the show flat were like kids in a sweet shop showing off the new "
     "kitchens, very enthusiastic. Paperwork was slow though. || Reply from Wrenfield Lettings: Thanks "
     "Deepa, we're working on the paperwork times."),
    ("children", "benign", "dm",
     "the listing says 'baby blue kitchen' is it actually that colour 😂 need to see pics"),
    ("children", "benign", "sms",
     "the gate on the play area by block 3 is hanging off. is that the council or you? just saw it "
     "walking past"),
    ("children", "benign", "email",
     "Hello, Little Owl Publishing (we do children's picture books) is looking for a small office, 4 "
     "desks, from March. Ideally somewhere with a meeting room. Best, Gideon Tam"),
    ("children", "benign", "call",
     "Caller: This'll sound odd, but I grew up in 12 Holly Lane as a kid back in the eighties. Is the "
     "house ever going to be sold? I'd love to buy it. || Agent: It's let at the moment but I can pass "
     "your details to the landlord."),
    ("children", "benign", "voicemail",
     "Voicemail: Hi, I'm ringing about the old youth hostel building on Barrow Street that's being "
     "converted, has the letting of the flats started yet? Thanks."),
    ("children", "benign", "chat",
     "u mentioned the school catchment on the listing, do u have the map? not for me, just thinking "
     "about resale if the landlord ever sells to me"),
    ("children", "benign", "form",
     "Guarantor relationship: parent | Applicant age: 23 | Note: first flat on my own, mum's happy to "
     "guarantee, she's a homeowner"),
    ("children", "benign", "note",
     "Gas engineer comment: boiler at 9 Maple Walk is a 'baby' 24kW combi, fine for a 1 bed, no upgrade "
     "needed."),
    ("children", "benign", "review",
     "Review (4 stars): Some growing pains with the new tenant portal, but the team sorted my login in "
     "the end. || Reply from Wrenfield Lettings: Thanks Laila, we appreciate your patience while we bed "
     "it in."),
    ("children", "benign", "dm",
     "omg the listing has a 'teenager proof' soundproofed music room?? I'm 34 and a drummer I NEED it"),
    ("children", "benign", "sms",
     "Parents evening at work thurs (I teach), can we do the viewing fri instead?"),
    ("children", "benign", "email",
     "Hi, writing from Hexley University accommodation office regarding the 2025 first-year cohort at "
     "Canal Wharf. Could you confirm tenancy start dates and whether the welcome weekend access is "
     "available? Thanks, Housing Services"),
    ("children", "benign", "call",
     "Caller: My mum's the tenant at 4 Gorse Way, she asked me to chase the gutter repair. || Agent: "
     "Are you on the account as an authorised contact? || Caller: Yes, I'm her son, Peter. I'm 42, so "
     "don't worry, I'm allowed to ring!"),
    ("children", "benign", "voicemail",
     "Voicemail: Hi, it's Bea from the PTA at Westmoor Primary. Could we put a poster for the summer "
     "fair in your office window? It's on the 12th July. Thanks so much."),
    ("children", "benign", "chat",
     "is there a childproof latch on the bin store? foxes keep getting in and dragging stuff everywhere "
     "|| Agent: We'll fit a better latch, thanks for flagging."),
    ("children", "benign", "form",
     "Request: Removal of items | Details: previous tenants left an old cot and a high chair in the "
     "loft. I don't need them, can they be taken away?"),
    ("children", "benign", "note",
     "Reference received for applicant from her former employer, Jellybean Nursery Ltd, where she was "
     "nursery manager for six years. Positive, no concerns."),
    ("children", "benign", "review",
     "Review (5 stars): Empty nesters now, so we downsized from the big house to a two bed at Quay "
     "Point. Smooth from start to finish. || Reply from Wrenfield Lettings: Thank you both, enjoy the "
     "river views!"),
    ("children", "benign", "dm",
     "do u guys sponsor the under-11s football team? saw your logo on their shirts on sunday 👍"),
    ("children", "benign", "sms",
     "babysitting my neighbour's cat this weekend so if the electrician comes, spare key's with me at "
     "no.8"),
    ("children", "benign", "email",
     "Hello, general question for our HMO licence renewal: do your family-sized houses on Birch Vale "
     "have any limit on the number of under-18 occupants written into the tenancy? No specific "
     "household in mind. Thanks, Nikhil Rao (landlord)"),
    # ---- financial_hardship
    ("financial_hardship", "sensitive", "email",
     "Hi Joanne, I'm really sorry to be writing this. I was let go from the depot at the end of last "
     "month and I won't be able to pay the full rent for June. I can probably do £300 on the 1st and "
     "the rest when my final pay comes through, if it comes through. Can we talk before anything formal "
     "happens? Gary Hine, 3 Tansy Close"),
    ("financial_hardship", "sensitive", "chat",
     "can i split this months rent into two payments? || Agent: Can you tell me a bit more? || "
     "universal credit doesnt land till the 19th and thats literally all i've got coming in at the mo"),
    ("financial_hardship", "sensitive", "sms",
     "got a letter from some debt collection firm about the cleaning charge from my old flat. I "
     "honestly can't pay it right now, can u hold off while I sort myself out"),
    ("financial_hardship", "sensitive", "call",
     "Caller: Before I apply I need to be upfront. I got evicted from my last place in Corley, for "
     "arrears, about two years ago. Will that stop me? || Agent: It'll show on referencing, but some "
     "landlords will consider it with a guarantor. || Caller: Right. I've nobody to ask, that's the "
     "trouble."),
    ("financial_hardship", "sensitive", "note",
     "Arrears call 12 Pine Walk: balance £2,140. Tenant disclosed she's on a debt relief order and her "
     "only income is ESA. Referred to the landlord's hardship scheme, 4-week hold on further action "
     "agreed."),
    ("financial_hardship", "sensitive", "form",
     "Enquiry type: Referencing | Question: I was declared bankrupt in 2023, discharge due next March. "
     "Can I still rent if my brother acts as guarantor? | Contact: phone after 6pm"),
    ("financial_hardship", "sensitive", "voicemail",
     "Voicemail: Hi, it's Wes from 15 Caxton Road. I'm not going to have the rent this month. I was "
     "made redundant in spring and the payout's gone, it all went on the car loan. I don't want to just "
     "ignore it. Please call me."),
    ("financial_hardship", "sensitive", "dm",
     "do u lot take housing benefit? been on it since they cut my hours and I'm behind on everything "
     "else, just need somewhere cheaper"),
    ("financial_hardship", "sensitive", "review",
     "Review (5 stars): When my café went under I was dreading telling my agent I couldn't make rent. "
     "Tom set up a payment plan and never once made me feel small. Still paying it off but I'm still in "
     "my home. || Reply from Wrenfield Lettings: Thank you Lorna, that means a lot to Tom and the team."),
    ("financial_hardship", "sensitive", "email",
     "Hello, I know the heating repair is my responsibility under the tenancy but honestly this month "
     "it's been a choice between the gas top-up and the rent. I've been to the food bank twice. Is "
     "there any way the landlord could cover it and I pay back a bit at a time? Thank you, Sharon"),
    ("financial_hardship", "sensitive", "chat",
     "is there any way to get the £60 late fee waived? || Agent: What happened with the payment? || im "
     "in an IVA and the insolvency people say i cant take on any extra costs, the payment was 3 days "
     "late bc my wages were late"),
    ("financial_hardship", "sensitive", "sms",
     "sorry rent will be late again, bailiffs took the car last wk over an old council tax debt and "
     "everything's gone on getting it back"),
    ("financial_hardship", "sensitive", "call",
     "Caller: I've got a CCJ from 2021. I was in a bad way with debts back then, catalogues, overdraft, "
     "the lot. Will that fail your checks? || Agent: It depends whether it's satisfied. Has it been "
     "paid? || Caller: Still paying it, fiver a week."),
    ("financial_hardship", "sensitive", "note",
     "Cust at 22 Bell Lane says husband lost his job in January and they're now getting by on her "
     "part-time wage. Asked if there's anything cheaper on our books. Sent three 2-bed options under "
     "£700."),
    ("financial_hardship", "sensitive", "form",
     "Form: Payment arrangement request | Current monthly income: £0 since March, awaiting Universal "
     "Credit decision | Proposed payment: £50 per week toward arrears | Signed: D. Kowalczyk"),
    ("financial_hardship", "sensitive", "voicemail",
     "Voicemail: Hi, it's Mo at flat 2. The electric meter's on prepayment and I've been on emergency "
     "credit since Tuesday, there's nothing to top it up with till Monday, so if the engineer needs "
     "power for the test Friday I don't know what to tell you. Sorry."),
    ("financial_hardship", "sensitive", "dm",
     "just got the notice that the landlord's selling. council says I'm not priority need and I've got "
     "£40 to my name. where am I meant to go"),
    ("financial_hardship", "sensitive", "email",
     "Dear Sir or Madam, I am writing to withdraw as guarantor for my nephew at 18 Weir Street. I have "
     "recently been made bankrupt and my trustee has advised me I cannot continue to guarantee any "
     "obligations. I'm sorry for the inconvenience. Yours faithfully, Alan Prothero"),
    ("financial_hardship", "sensitive", "chat",
     "hi I've started a debt management plan with a charity and they've asked for a rent statement || "
     "Agent: Sure, I'll email one across. || ta, they're trying to get my creditors to freeze interest "
     "so I can keep up the rent"),
    ("financial_hardship", "sensitive", "sms",
     "pls dont put me on the arrears list again, took out a payday loan to cover it, it'll be in your "
     "account by 5"),
    # ---- financial_hardship (benign look-alikes)
    ("financial_hardship", "benign", "email",
     "Hi, my card was declined when I tried to pay the holding deposit for 7 Fenn Street. Turns out the "
     "bank flagged it as unusual activity. I've approved it with them now - can I try again through the "
     "same link? Thanks, Marco"),
    ("financial_hardship", "benign", "chat",
     "my standing order went out twice this month?? || Agent: I can see two payments of £925 on the "
     "1st. I'll refund the duplicate today. || legend thank u"),
    ("financial_hardship", "benign", "sms",
     "whats the holding deposit on the Linden Court 2 bed? want to get it in today before the weekend"),
    ("financial_hardship", "benign", "form",
     "Request: Change rent due date | Current: 1st of the month | Requested: 28th | Reason: new job "
     "pays on the 27th"),
    ("financial_hardship", "benign", "email",
     "Hello accounts, the invoice for the March call-out has VAT at 20% added on top of a figure that "
     "already included it. Could you reissue? Regards, Bernard Fitch (landlord, 4 Cole Street)"),
    ("financial_hardship", "benign", "note",
     "Landlord statement query (Mrs Adeyemi, 3 properties): management fee charged at 12% but her "
     "agreement says 10%. Confirmed error, refund of £147.60 processed."),
    ("financial_hardship", "benign", "chat",
     "which scheme is my deposit protected with? need it for my records || Agent: It's with the deposit "
     "protection scheme listed on your prescribed information, I'll resend the certificate."),
    ("financial_hardship", "benign", "call",
     "Caller: It's a bank holiday Monday, so my rent won't clear until Tuesday. Just didn't want you "
     "thinking I'd missed it. || Agent: Thanks for letting us know, no problem at all."),
    ("financial_hardship", "benign", "voicemail",
     "Voicemail: Hi, it's Anna Fields. I'm a debt adviser at the Citizens' Advice office in town and "
     "I'm relocating for the job, so I'm interested in the one-bed on Cannon Street. Call me back when "
     "you can."),
    ("financial_hardship", "benign", "email",
     "Hi Tom, as a landlord I'm considering rent guarantee insurance across my portfolio. In general "
     "terms, how does your arrears process work and at what point does the insurer get involved? "
     "Thanks, Victor Hale"),
    ("financial_hardship", "benign", "sms",
     "paid this months rent but used the wrong reference, put my old flat number. can u match it up? "
     "sorry"),
    ("financial_hardship", "benign", "form",
     "Affordability check | Annual income: £42,000 | Rent of property: £1,150 pcm | Question: will I "
     "pass referencing on my own or do I need a guarantor?"),
    ("financial_hardship", "benign", "dm",
     "switched banks and the direct debit got cancelled 🙄 can u send the mandate link again"),
    ("financial_hardship", "benign", "chat",
     "can I pay 6 months up front? I'm new to the UK job and have no credit history here yet || Agent: "
     "Some landlords accept that, I'll check for the Albert Road flat."),
    ("financial_hardship", "benign", "call",
     "Caller: There's a wasps' nest in the shed roof, can your gardener evict them? || Agent: Ha, we'll "
     "send pest control rather than the gardener. || Caller: Even better."),
    ("financial_hardship", "benign", "note",
     "Landlord (J. Szabo) asked for a breakdown of how our arrears process works for new landlords - "
     "sent the guide plus the rent collection timeline."),
    ("financial_hardship", "benign", "email",
     "Could you send me a rent statement for April 2024 to April 2025? My accountant needs it for my "
     "self-assessment. Thanks, Rhiannon Pugh"),
    ("financial_hardship", "benign", "review",
     "Review (4 stars): Referencing credit check was quick and painless, all done online in a day. || "
     "Reply from Wrenfield Lettings: Thanks Elliot, glad it went smoothly!"),
    ("financial_hardship", "benign", "voicemail",
     "Voicemail: Hi, Carl here, landlord of 9 Oak Row. Could you tell me when this month's rent will "
     "hit my account? I'm paying my builder on Friday. Cheers."),
    ("financial_hardship", "benign", "dm",
     "moving costs are gonna bankrupt me lol. jk. is the van allowed to park in the loading bay on sat?"),
    # ---- legal
    ("legal", "sensitive", "email",
     "Dear Wrenfield, further to our calls about my deposit at 3 Carden Place, I've now instructed a "
     "solicitor, Ms Harker at Brook & Vale, who will be writing to you this week. Please send any "
     "further correspondence to her. Regards, Ivan Petrov"),
    ("legal", "sensitive", "chat",
     "someone broke into the shed last night and took both bikes || Agent: Sorry to hear that. Have you "
     "reported it? || yeah police came this morning, crime ref is 44/18832/25. can the landlord fix the "
     "lock"),
    ("legal", "sensitive", "note",
     "Tenant at 11 Hallam Street has a non-molestation order against her ex-partner (copy on file). No "
     "keys, info or access to be given to anyone other than the tenant. Contractors to be told to check "
     "ID."),
    ("legal", "sensitive", "form",
     "Question: I have a conviction from 2015 (spent now I think). Do I have to declare it on the "
     "application? | Name: R. Clayton | Contact: r.clayton@example.com"),
    ("legal", "sensitive", "sms",
     "hi could we move the check in to the 9th? the divorce hearing at the family court is on the 8th "
     "and I can't think straight before that"),
    ("legal", "sensitive", "call",
     "Caller: The front door at 28 Kent Road needs fixing. The police forced it early this morning - "
     "they arrested my partner and took the computers. || Agent: Okay. Is anyone hurt? || Caller: No. I "
     "just need the door secure tonight."),
    ("legal", "sensitive", "email",
     "Hi, just so you know I'm taking my previous landlord to court over the deposit at my old flat. My "
     "new landlord may get a witness summons as my current referee, apologies in advance. Thanks, "
     "Chiara"),
    ("legal", "sensitive", "note",
     "Bail address request: applicant's solicitor asked for a letter confirming he is a tenant at 6 "
     "Bream Court, as his bail conditions require him to reside there. Letter drafted, awaiting tenant "
     "consent."),
    ("legal", "sensitive", "voicemail",
     "Voicemail: Hello, this is for Kerry in lettings. My probation officer needs to confirm my address "
     "at 14 Sefton Road. She'll ring you Thursday, if that's alright. My name's Darren Bale. Thanks."),
    ("legal", "sensitive", "dm",
     "can the viewing be before 6? I'm on a curfew with a tag till March, have to be in by 7"),
    ("legal", "sensitive", "chat",
     "hi the contractor reversed into my car on the drive and won't pay || Agent: I'm sorry, we'll "
     "chase their insurer. || I've already filed a small claim at the county court, just need the "
     "contractor's company details for the forms"),
    ("legal", "sensitive", "review",
     "Review (2 stars): Police turned up at 6am with a warrant for the previous tenant and the agency "
     "had never updated the records, so they searched my flat instead. Still shaking. || Reply from "
     "Wrenfield Lettings: Mr Sato, we're so sorry. Please contact our office manager so we can "
     "understand what happened."),
    ("legal", "sensitive", "sms",
     "fyi my DBS came back with a caution from when I was 19, not sure if the landlord needs to know, "
     "it was nothing violent"),
    ("legal", "sensitive", "call",
     "Caller: I'm ringing about the renewal. My lawyer's told me not to sign anything new until my "
     "personal injury claim against the bus company settles. || Agent: Understood, we can roll it to "
     "periodic in the meantime."),
    ("legal", "sensitive", "email",
     "To whom it may concern, I'm due to give evidence as a witness in a criminal trial at Crown Court "
     "next month and the police have asked me to keep my new address confidential. Please don't share "
     "it with anyone. Thanks, Hannah"),
    # ---- legal (benign look-alikes)
    ("legal", "benign", "email",
     "Hello, general question: is a tenancy agreement signed with an e-signature legally binding, or do "
     "you still need a wet signature? Just curious before I sign mine. Thanks, Femi"),
    ("legal", "benign", "chat",
     "the bin police have struck again, another sticker on our recycling bin saying it's contaminated 😂 "
     "|| Agent: Ha, the council is strict. Cardboard only in the blue one, flattened."),
    ("legal", "benign", "voicemail",
     "Voicemail: Hi, it's Nora from Pelham Lawrence Solicitors. We're expanding and looking for a "
     "second office, around 1,500 square feet, with a reception area. Could your commercial team call "
     "me back?"),
    ("legal", "benign", "sms",
     "hi what time is the viewing at 3 Magistrates Court Row again? 4 or 4.30"),
    ("legal", "benign", "form",
     "Enquiry: Does the Kingfisher development have a tennis court or just the gym? | Budget: £1,400 "
     "pcm"),
    ("legal", "benign", "note",
     "Landlord (Mr Ashdown) asked for a copy of the standard legal notice template we use for gas "
     "safety access. Sent the access notice template and the guidance sheet."),
    ("legal", "benign", "call",
     "Caller: I'm a police officer transferring to the Hexley division, so I'll need somewhere from "
     "June. || Agent: Lovely, what's your budget? || Caller: Around £900, parking essential as I do "
     "shifts."),
    ("legal", "benign", "email",
     "Hi, could you explain the service charge on the statement? It's gone up £22 a month and I can't "
     "see what the extra charge is for. Thanks, Ollie"),
    ("legal", "benign", "chat",
     "the last sentence of clause 4.2 makes no sense to me, 'tenant shall not permit...' permit what? "
     "|| Agent: It's cut off in the PDF, it should say 'permit any nuisance'. I'll reissue it."),
    ("legal", "benign", "dm",
     "is the free trial of your tenant app still on? want to try it before i commit"),
    ("legal", "benign", "sms",
     "any chance someone can arrest the damp in the hall before it spreads lol, it's creeping up the "
     "wall"),
    ("legal", "benign", "review",
     "Review (5 stars): The breakfast bar was loose when we moved in and they had it fixed in two days. "
     "Top notch. || Reply from Wrenfield Lettings: Thanks Nadia!"),
    ("legal", "benign", "call",
     "Caller: For the deed of guarantee, does it need a witness? Could someone at your office witness "
     "it? || Agent: It needs an independent adult witness, which can be one of our staff if you come "
     "in. || Caller: Great, I'll pop in Tuesday."),
    ("legal", "benign", "note",
     "Landlord's conveyancing solicitor (Marsh & Co) requested the current tenancy and gas cert for the "
     "purchase of 22 Eden Street. Sent with landlord's consent."),
    ("legal", "benign", "form",
     "Enquiry type: General | Question: what notice do I need to give to end my tenancy after the fixed "
     "term? Not leaving yet, just want to know"),
    # ---- special_categories
    ("special_categories", "sensitive", "sms",
     "hi could we avoid fri lunchtime for the viewing? I'm at the mosque for jummah then. any time "
     "after 2.30 is fine"),
    ("special_categories", "sensitive", "email",
     "Dear Kerry, the inventory appointment you've proposed falls on Yom Kippur. I'll be fasting and at "
     "shul for most of the day, so could we do the following morning instead? With thanks, Miriam Adler"),
    ("special_categories", "sensitive", "chat",
     "can we move the key handover? it's right in the middle of Diwali and we'll be at the mandir with "
     "family all evening || Agent: Of course, does the weekend after work? || perfect, thank you"),
    ("special_categories", "sensitive", "form",
     "Question: are picture hooks allowed in the living room? | Details: I'd like to hang a crucifix "
     "and a small picture of Our Lady, my faith matters a lot to me and I've always had them up"),
    ("special_categories", "sensitive", "call",
     "Caller: The kitchen at Harbour View, is there room for a second sink? || Agent: There's a utility "
     "room with a sink, would that help? || Caller: It might. We keep kosher so we separate meat and "
     "dairy, two sinks would make life much easier."),
    ("special_categories", "sensitive", "voicemail",
     "Voicemail: Salaam, it's Yusuf at 18 Birch Road. During Ramadan could the contractor come after "
     "sunset? I'm fasting and working from home, it's just easier for me to be up and about after "
     "iftar. Thanks."),
    ("special_categories", "sensitive", "note",
     "Cust mentioned he's recently converted to Islam and would like the landlord's permission to fit a "
     "small washing area in the downstairs WC for wudu. Asked landlord."),
    ("special_categories", "sensitive", "review",
     "Review (3 stars): Fine service but the previous agent kept leaving church leaflets with my keys. "
     "I'm an atheist and it felt like they were trying to recruit me. || Reply from Wrenfield Lettings: "
     "Sorry Tom, that agent no longer works here and it isn't something we'd endorse."),
    ("special_categories", "sensitive", "dm",
     "does the flat have anywhere quiet we could set up a little shrine? we're Buddhist and do morning "
     "chanting, nothing loud promise 🙏"),
    ("special_categories", "sensitive", "email",
     "Hello, sorry my English not so good, I am from Romania and here 4 months only. Please can you "
     "write me the contract explain with simple words? I want understand the deposit part. Thank you, "
     "Ionela"),
    ("special_categories", "sensitive", "chat",
     "is there a version of the tenancy in Polish? || Agent: We can arrange a translated summary. || "
     "dziękuję, my mum is co-signing and her English is not great, she only came over last year"),
    ("special_categories", "sensitive", "call",
     "Caller: I want to complain. When I rang about the Elm Street flat the landlord's brother told me, "
     "and I quote, 'he doesn't want Asians'. || Agent: That's completely unacceptable and unlawful. I'm "
     "escalating it to our director now. || Caller: Thank you. I've never been spoken to like that."),
    ("special_categories", "sensitive", "note",
     "Applicant and family are Irish Travellers moving into bricks and mortar for the first time. Asked "
     "about space to park a touring caravan on the drive. Checking with landlord."),
    ("special_categories", "sensitive", "form",
     "Referencing issue | Details: I came to the UK as a refugee from Syria in 2022, I have leave to "
     "remain but no UK credit history. What other documents can I give you? | Name: Ammar Haddad"),
    ("special_categories", "sensitive", "voicemail",
     "Voicemail: Hi, it's Wendy Lau at Garnet House, calling for my mum. She only speaks Cantonese, so "
     "if the electrician needs to talk to her please call me first on 07700 900726 and I'll translate. "
     "Thanks."),
    ("special_categories", "sensitive", "email",
     "Hi, we're the only Black family in the block and since we moved in the neighbours keep "
     "'mistaking' our car for a taxi and asking if we actually live here. Can the agency remind "
     "residents about the block rules on respect? Thank you, Nkechi Bamidele"),
    ("special_categories", "sensitive", "sms",
     "sorry for late reply, was at home office appointment about my visa, I'm Nigerian, they keep my "
     "passport 2 weeks so can I send copy for the right to rent?"),
    ("special_categories", "sensitive", "dm",
     "my nan's Roma and staying with us a few months, is she ok to stay or does she need to be on the "
     "tenancy? she's had bad experiences with landlords"),
    ("special_categories", "sensitive", "email",
     "Hi, I'm standing as an independent candidate in the borough council elections in May. Am I "
     "allowed to put a campaign poster in my front window at 3 Larkspur Close, or does the tenancy "
     "prohibit it? Kind regards, Rosalind Marsh"),
    ("special_categories", "sensitive", "sms",
     "can't do sat viewing, I'll be at the climate march in the city, could do sunday?"),
    ("special_categories", "sensitive", "chat",
     "any objection to me flying a Palestinian flag from the balcony? || Agent: Let me check whether "
     "the building has a policy on flags. || ok, it means a lot to me, I've been going to the marches "
     "every weekend"),
    ("special_categories", "sensitive", "call",
     "Caller: I'll be away canvassing for the party three evenings a week till the election, so can we "
     "do inspections in the morning? || Agent: Mornings are fine, I'll note it on the account."),
    ("special_categories", "sensitive", "note",
     "Tenant at 22 Parade Street asked that we don't give her number to the new landlord. Says he's a "
     "big donor to a party she campaigns against and she doesn't want to be 'on his radar'."),
    ("special_categories", "sensitive", "form",
     "Employment: Full time | Employer: constituency office of a local MP | Role: caseworker | Anything "
     "else: I'm also an active party member and do a lot of door knocking, so evenings are hard to "
     "reach me"),
    ("special_categories", "sensitive", "review",
     "Review (2 stars): Felt judged when the agent saw my anti-monarchy badge at the viewing and "
     "started lecturing me about politics. Just show me the flat mate. || Reply from Wrenfield "
     "Lettings: Sorry Callum, our staff should keep their opinions out of viewings."),
    ("special_categories", "sensitive", "voicemail",
     "Voicemail: Hi, it's Eileen. Could the contractor come after 3 on Thursday? I'm a polling agent "
     "for the Greens in the morning. Lovely, thanks."),
    ("special_categories", "sensitive", "email",
     "Hello, rent may be a couple of days late next month. We're on strike for three days and the union "
     "strike pay comes through a bit later than wages. Just letting you know early. Cheers, Dean Cole"),
    ("special_categories", "sensitive", "chat",
     "for the employment reference, can you send it to our HR not my line manager? || Agent: Sure, any "
     "reason? || I'm the union shop steward at the plant and me and my manager aren't exactly best "
     "mates right now lol"),
    ("special_categories", "sensitive", "call",
     "Caller: About the damage to my car from the contractor. My union said their legal service will "
     "help with the claim, they'll ring you. || Agent: Okay, which union is that? || Caller: The "
     "transport workers' one, I've been a member twenty years."),
    ("special_categories", "sensitive", "sms",
     "can we do the viewing after 7? got my union branch meeting till half 6"),
    ("special_categories", "sensitive", "note",
     "Applicant offered her union membership card as secondary ID. Not accepted as ID but noted she's a "
     "Unison rep at the hospital; employer reference requested via HR."),
    ("special_categories", "sensitive", "form",
     "Reason for requesting a different contact email: my work account is monitored and since I became "
     "branch secretary of the union there's been some tension, please only use kbell@example.com"),
    ("special_categories", "sensitive", "dm",
     "hey, just joined the teachers' union and they do a discount with some agents? do u lot do "
     "anything for members"),
    ("special_categories", "sensitive", "voicemail",
     "Voicemail: Hi, Marcus from 5 Kiln Lane. I've been blacklisted in the construction trade for my "
     "union activity, so references from agencies are all I've had for two years. Just so you know, the "
     "employment reference will be from the agency, not a site. Cheers."),
    ("special_categories", "sensitive", "email",
     "Hi, my boyfriend Aaron and I would love to apply for the one bed on Vine Street. We're both on "
     "the application - I know both names look like blokes, because we are! Just saying so nobody "
     "assumes it's a flatshare and asks about a second bedroom. Thanks, Rhys"),
    ("special_categories", "sensitive", "form",
     "Applicant 1: Sarah Kemp | Applicant 2: Sarah Okonjo-Kemp | Relationship: married | Note: not a "
     "duplicate application, my wife and I just have the same first name"),
    ("special_categories", "sensitive", "review",
     "Review (1 star): The landlord made a snide joke about 'two lads sharing a bed' at the viewing. We "
     "didn't take it. || Reply from Wrenfield Lettings: Ben and Kwame, we're appalled. We've raised it "
     "with the landlord and won't tolerate that at our viewings."),
    ("special_categories", "sensitive", "chat",
     "quick q, my girlfriend's moving in next month, do I need to add her? || Agent: If she's living "
     "there, yes. What's her name? || Jess Amari. and before the contractor next week gets confused, "
     "yes I'm a girl too lol"),
    ("special_categories", "sensitive", "call",
     "Caller: Me and my husband are looking at Harbour Street. Is it a friendly area? We're a gay "
     "couple and we had some bother where we are now. || Agent: I'd be happy to tell you about the "
     "area, I live round there myself."),
    ("special_categories", "sensitive", "sms",
     "came out to my parents last year and they won't be my guarantor anymore. is there another option?"),
    ("special_categories", "sensitive", "email",
     "Dear Wrenfield, please could the tenancy be in both our names: Daniel Pryce-Holt and Marcus "
     "Pryce-Holt. We married in June and have both changed our surnames. Kind regards, Daniel"),
    ("special_categories", "sensitive", "note",
     "Call with Ms Delaney re joint tenancy: she's bi and her girlfriend is moving in; wanted "
     "reassurance landlord is 'not funny about it'. Confirmed equal treatment; guarantor forms sent."),
    ("special_categories", "sensitive", "dm",
     "can I put a rainbow flag up in the window? proud lesbian and proud of it 🏳️‍🌈 don't want to break "
     "any rules tho"),
    ("special_categories", "sensitive", "email",
     "Hi, this is mortifying. The downstairs neighbour has complained about 'noise from the bedroom' "
     "late at night. It's just me and my partner being, well, a couple. Is that an actual tenancy "
     "breach? Thanks, Lottie"),
    ("special_categories", "sensitive", "chat",
     "I'm polyamorous and my two partners stay over on alternate weekends. does that count as extra "
     "occupants? || Agent: Overnight guests are fine as long as they don't live there. || great, "
     "neither of them does"),
    ("special_categories", "sensitive", "review",
     "Review (1 star): The electrician opened my bedside drawer 'looking for a socket' and made a "
     "comment about what was inside. Absolutely humiliating. || Reply from Wrenfield Lettings: Ms "
     "Havers, we are so sorry. We've removed that contractor from our approved list."),
    ("special_categories", "sensitive", "note",
     "Concierge at Apex House reported tenant in 14B receives frequent late visitors. Tenant says "
     "they're dates from apps, she's single and it's her business. Agreed it's not a breach, told "
     "concierge to stop commenting."),
    ("special_categories", "sensitive", "call",
     "Caller: I do adult webcam work from home. Is that against the tenancy? There's no visitors, it's "
     "all online. || Agent: I'll check the business use clause with the landlord and come back to you."),
    ("special_categories", "sensitive", "form",
     "Request: Soundproofing | Details: me and my wife have an active sex life and the walls are paper "
     "thin, the neighbours have started banging on them. Can the landlord insulate the party wall?"),
    ("special_categories", "sensitive", "sms",
     "the inspector is coming to the spare room? it's um where we keep our kink stuff. can I have a day "
     "to tidy it away lol"),
    ("special_categories", "sensitive", "email",
     "Hello, I've changed my name by deed poll as part of my transition. My name is now Elena Marsh "
     "(previously Ethan Marsh). Could you update the tenancy and the rent account? Deed poll attached. "
     "Thanks"),
    ("special_categories", "sensitive", "chat",
     "can letters be addressed to Mx rather than Ms? || Agent: Absolutely, I'll update it now. || thank "
     "you, I'm non-binary and the last agency refused"),
    ("special_categories", "sensitive", "sms",
     "my passport still has my deadname, will referencing fail if it doesn't match my bank account? "
     "changing it asap"),
    ("special_categories", "sensitive", "review",
     "Review (3 stars): Flat's nice but the plumber kept calling me 'sir' even after I told him I'm a "
     "woman. I'm trans and I know what I look like, just respect it. || Reply from Wrenfield Lettings: "
     "Jade, we're sorry. We've spoken to the contractor about respectful language."),
    ("special_categories", "sensitive", "call",
     "Caller: I'm a trans man and my documents are mid-change, my driving licence is updated but not my "
     "passport. Which one do you need for right to rent? || Agent: Either is acceptable with supporting "
     "evidence, we'll sort it."),
    ("special_categories", "sensitive", "note",
     "Tenant at 9 Kestrel Walk says his wife is transitioning and will now go by Nadia. Update joint "
     "tenant name once deed poll received."),
    ("special_categories", "sensitive", "form",
     "Document type: Gender Recognition Certificate | Reason: my birth certificate now reflects my "
     "gender, please replace the old copy on file"),
    ("special_categories", "sensitive", "dm",
     "hi its Robin (they/them) from the viewing, pls use they when talking to the landlord about me, "
     "the agent kept saying 'she' and it was awkward"),
    ("special_categories", "sensitive", "email",
     "Hi, I'll need to move the check-in. I've got a genetic counselling appointment that day after "
     "testing positive for the Huntington's gene, and I really can't reschedule it. Sorry, and thanks "
     "for understanding. Ruth"),
    ("special_categories", "sensitive", "chat",
     "can we do the viewing on thursday? || Agent: Thursday's fine, morning or afternoon? || afternoon, "
     "i'm at the hospital in the morning for my BRCA results, i carry the gene like my mum did"),
    ("special_categories", "sensitive", "note",
     "Cust delayed lease renewal decision: waiting on results of a DNA paternity test, as it may affect "
     "whether her ex moves back in. Chase in two weeks."),
    ("special_categories", "sensitive", "sms",
     "hi it was me who asked about the annex. did one of those DNA ancestry tests and found out I've a "
     "half sister I never knew, she's coming to stay for a month, is that ok?"),
    ("special_categories", "sensitive", "voicemail",
     "Voicemail: Hi, it's Abena. The doctor said I carry the sickle cell trait so I'm being careful "
     "with the cold - is there any chance the storage heater in the back room can be fixed before "
     "winter? Thanks."),
    ("special_categories", "sensitive", "form",
     "Concern about data: I gave a saliva sample for genetic research and they'll be sending results "
     "letters to this address; please make sure the agency doesn't open post for the property"),
    ("special_categories", "sensitive", "email",
     "Dear Wrenfield, the new entry system at Quayside enrolled my fingerprint in March. I've now moved "
     "out and I'd like confirmation that my fingerprint template has been deleted from the system. "
     "Regards, Olu Bankole"),
    ("special_categories", "sensitive", "chat",
     "the referencing app wants a selfie face scan || Agent: Yes, it checks your face against your ID. "
     "|| i did it but where is the scan of my face stored and can I get it deleted after"),
    ("special_categories", "sensitive", "call",
     "Caller: The facial recognition door at the Apex building has my face stored from when I lived "
     "there. I want it removed. || Agent: I'll raise a data deletion request with the building manager."),
    ("special_categories", "sensitive", "note",
     "Tenant at Mill House objected to the new palm vein scanner at the gym door; says she's enrolled "
     "once already and wants her scan data removed. Passed to building management."),
    ("special_categories", "sensitive", "form",
     "Data request: access | What I want: a copy of the voiceprint your phone line recorded when I set "
     "up voice ID for my tenant account, and confirmation of how long it's kept"),
    ("special_categories", "sensitive", "dm",
     "the iris scanner at the new block took a scan of my eye on move in day, nobody asked me. who has "
     "that data??"),
    # ---- special_categories (benign look-alikes)
    ("special_categories", "benign", "email",
     "Good morning, St Anne's Parochial Church Council would like Wrenfield to manage the letting of "
     "the former vicarage on Chapel Lane now that it's vacant. Could we arrange a valuation? Yours, "
     "Malcolm Treves, PCC Treasurer"),
    ("special_categories", "benign", "sms",
     "I clean the oven religiously every month so I'm not paying for an oven clean at check out, check "
     "the photos"),
    ("special_categories", "benign", "chat",
     "is your office open over Eid and Christmas? just planning when to hand keys back || Agent: We're "
     "closed bank holidays only, here are the dates."),
    ("special_categories", "benign", "review",
     "Review (5 stars): The holy grail - a two bed with parking under £1k. Thank you! || Reply from "
     "Wrenfield Lettings: Enjoy it, Priti!"),
    ("special_categories", "benign", "call",
     "Caller: God knows where the stopcock is in this house, I've looked everywhere. || Agent: It's "
     "usually under the kitchen sink, but for Marsh Road it's in the hallway cupboard behind the meter. "
     "|| Caller: Found it, thank you!"),
    ("special_categories", "benign", "note",
     "Hallwood Mosque committee enquired about renting the vacant shop at 4 Mill Parade as a community "
     "advice office. Sent commercial particulars."),
    ("special_categories", "benign", "voicemail",
     "Voicemail: Hi, it's about the flat on Angel Road, the one near the cathedral. Is it still "
     "available? I'd like to view Saturday. Cheers."),
    ("special_categories", "benign", "form",
     "Enquiry type: Commercial | Organisation: Grace Fellowship Church | Requirement: hall for Sunday "
     "services, approx 120 seats, 2-year lease"),
    ("special_categories", "benign", "dm",
     "is the 'Chapel Yard' development actually in a converted chapel?? looks amazing"),
    ("special_categories", "benign", "email",
     "Hi, as a general question, do you provide tenancy summaries in other languages? We're a housing "
     "charity and want to signpost the right agencies. Thanks, Lauren Obi, Hexley Housing Advice"),
    ("special_categories", "benign", "note",
     "Commercial tenant Spice Route Indian Restaurant (ground floor, 6 Corn St) requested approval for "
     "a new extraction flue. Landlord consent needed."),
    ("special_categories", "benign", "chat",
     "do the French doors in the lounge at Yew Tree Cottage lock properly? || Agent: Yes, multipoint "
     "locking, keys are on the inventory."),
    ("special_categories", "benign", "form",
     "Inventory query: Welsh dresser in dining room listed as 'damaged' at check in but I don't see any "
     "damage, can this be corrected?"),
    ("special_categories", "benign", "sms",
     "the chinese takeaway downstairs has a new extractor and it hums all night, is that normal?"),
    ("special_categories", "benign", "call",
     "Caller: Hi, I run the Polish deli on Market Street, we want to take the unit next door too. || "
     "Agent: Great, the landlord is open to offers."),
    ("special_categories", "benign", "review",
     "Review (4 stars): The Scandi style flat is gorgeous, just a slow response on the dishwasher "
     "repair. || Reply from Wrenfield Lettings: Thanks Grace, we've sped up our contractor response "
     "times."),
    ("special_categories", "benign", "voicemail",
     "Voicemail: Hello, Hexley Language School here. We need six furnished rooms for summer course "
     "tutors, July and August. Please call us back."),
    ("special_categories", "benign", "dm",
     "the listing says the kitchen has an 'english rose' worktop?? is that pink lol"),
    ("special_categories", "benign", "email",
     "Hi, which council tax band is 12 Dell Road in? I need it for my budget before I apply. Thanks, "
     "Iqra"),
    ("special_categories", "benign", "note",
     "Council electoral services asked whether the community room at Meridian Court can be used as a "
     "polling station on 1 May. Landlord agreed; booking confirmed."),
    ("special_categories", "benign", "chat",
     "next door are extending, do we need to sign a party wall agreement? || Agent: The owner does, "
     "that's the landlord. We'll pass it to them."),
    ("special_categories", "benign", "call",
     "Caller: The invoice for my bathroom has labour costs of £900, that seems a lot. || Agent: It "
     "includes two days for tiling, I'll send the breakdown. || Caller: Okay, thanks."),
    ("special_categories", "benign", "sms",
     "the decorator's been very liberal with the paint, there's splashes on the carpet in the hall"),
    ("special_categories", "benign", "form",
     "Landlord query | Question: what's your conservative estimate of rent for my 2 bed on Poplar "
     "Street? | Name: Hugh Barras"),
    ("special_categories", "benign", "review",
     "Review (5 stars): Elected to go with Wrenfield after three agencies - best decision. || Reply "
     "from Wrenfield Lettings: Thanks for choosing us, Paul!"),
    ("special_categories", "benign", "dm",
     "is there a residents' committee at Quay Point? want to raise the bike storage thing"),
    ("special_categories", "benign", "email",
     "Hello, this is the Hexley branch office of the Transport Workers' Union. We'd like to order 12 "
     "additional key fobs for our leased office at Unit 3, Canal Wharf. Please invoice the branch. "
     "Regards, Office Administrator"),
    ("special_categories", "benign", "sms",
     "is 5 Union Street still available? can view any evening this week"),
    ("special_categories", "benign", "chat",
     "can I pay my rent through my credit union account? || Agent: Yes, as long as it can make a "
     "standard bank transfer. || brill"),
    ("special_categories", "benign", "call",
     "Caller: Hi, I'm the housing officer at Hexley Students' Union, we're running a housing fair in "
     "February. Would Wrenfield like a stall? || Agent: We'd love one, send me the details."),
    ("special_categories", "benign", "note",
     "Union Jack bunting left on the front railings of 3 Crown Terrace since the street party. Landlord "
     "asks that it's removed; tenant happy to."),
    ("special_categories", "benign", "form",
     "Question: in general, are tenants allowed to use union or professional body addresses for "
     "correspondence? | Asking for: our FAQ page, Hexley Tenants' Forum"),
    ("special_categories", "benign", "voicemail",
     "Voicemail: Hello, the Union Tavern here, we're the pub on the corner of Wick Lane. Your builders "
     "keep parking in our delivery bay. Could you have a word? Ta."),
    ("special_categories", "benign", "review",
     "Review (4 stars): The union of the two flats into one was done well, great space. || Reply from "
     "Wrenfield Lettings: Thanks Omar, the landlord will be pleased."),
    ("special_categories", "benign", "sms",
     "can the carpenter check if the shelves are straight? the one in the alcove is definitely not"),
    ("special_categories", "benign", "email",
     "Hi, my business partner and I are looking for a small office for our accountancy practice, 2 to 3 "
     "desks. Do you have anything near the station? Regards, Dev Anand"),
    ("special_categories", "benign", "note",
     "LGBT+ switchboard charity (Hexley Out Loud) asked about a lease on the first-floor office at 9 "
     "Bridge Street. Sent particulars, viewing Tuesday."),
    ("special_categories", "benign", "chat",
     "are the bi-fold doors in the kitchen included in the window cleaning? || Agent: The external side "
     "yes, the internal is down to you."),
    ("special_categories", "benign", "form",
     "Query: Bi-monthly payment | Can I pay the parking permit fee bi-monthly rather than annually?"),
    ("special_categories", "benign", "call",
     "Caller: Your company's sponsoring the Pride 5k in June? I saw your logo on the poster. || Agent: "
     "Yes we are! Our team are running it. || Caller: Great, I'm doing it too."),
    ("special_categories", "benign", "review",
     "Review (5 stars): Queen bed, sofa bed and a couple of armchairs all included, and the couple of "
     "small issues were fixed in a day. || Reply from Wrenfield Lettings: Thanks Georgia!"),
    ("special_categories", "benign", "dm",
     "does the partner agency you mentioned handle the Hexley listings too or is that all you?"),
    ("special_categories", "benign", "voicemail",
     "Voicemail: Hi, Bev from Rainbow Carpets, we're quoting for the hallway at Linden Court, could "
     "someone let us in on Wednesday? Thanks."),
    ("special_categories", "benign", "email",
     "Hi, what sex is the landlord's cat that comes with the cottage, male or female? Just so we get "
     "the name right on the vet forms, haha. Thanks, Paula"),
    ("special_categories", "benign", "chat",
     "is the double bed in the main bedroom staying or going? || Agent: It's staying, it's on the "
     "inventory."),
    ("special_categories", "benign", "sms",
     "your listing literally says 'sexy kitchen' 😂 who writes these. anyway can I view it"),
    ("special_categories", "benign", "note",
     "Tenant asked whether the landlord provides a mattress protector for the master bedroom. Not on "
     "inventory; tenant will buy their own."),
    ("special_categories", "benign", "call",
     "Caller: The flat's listing says 'romantic river views'. Is that from the bedroom or the lounge? "
     "|| Agent: Both, but the lounge has the balcony. || Caller: Perfect."),
    ("special_categories", "benign", "review",
     "Review (5 stars): Intimate little cottage, perfect for working from home. || Reply from Wrenfield "
     "Lettings: Thanks Nell, glad it suits you."),
    ("special_categories", "benign", "form",
     "Issue: Bedroom blind | Details: the blind in the main bedroom won't close, the room's flooded "
     "with light at 5am. Can it be replaced?"),
    ("special_categories", "benign", "email",
     "Hi, we're the tenant at the Canal Wharf office suite. Could the landlord convert one of the "
     "toilets to gender-neutral? We have more staff than cubicles at lunch. Thanks, Facilities, "
     "Brightline Studio"),
    ("special_categories", "benign", "form",
     "Question: What title options does your online form allow? | Detail: general feedback, the "
     "dropdown only has Mr/Mrs/Miss. Might be worth adding Ms and Mx"),
    ("special_categories", "benign", "chat",
     "why is the gender box on the referencing form mandatory? seems unnecessary || Agent: It's meant "
     "to be optional, the asterisk is a bug. We'll fix it. || ok good"),
    ("special_categories", "benign", "note",
     "Transition from old rent software to new system completed for the Fairfield portfolio. Check "
     "statements for rounding errors next month."),
    ("special_categories", "benign", "sms",
     "can u transfer my deposit to the new flat instead of refunding it? same landlord"),
    ("special_categories", "benign", "call",
     "Caller: In general, do you have a policy for tenants who change their name? I'm writing a guide "
     "for new staff at our housing association. || Agent: Yes, we update the tenancy on evidence of the "
     "name change. I'll email you the policy."),
    ("special_categories", "benign", "review",
     "Review (4 stars): Smooth transition to the new online portal, a few hiccups with logins. || Reply "
     "from Wrenfield Lettings: Thanks Ray, we've fixed the login bug."),
    ("special_categories", "benign", "voicemail",
     "Voicemail: Hi, it's Lyn from Hexley Unisex Hair Salon, calling about the lease renewal on our "
     "unit. Speak soon."),
    ("special_categories", "benign", "email",
     "Hello, Helix Genomics Ltd is looking to lease 4,000 sq ft of lab and office space at Hexley "
     "Science Park. Could you send floor plans? Best regards, Dr Saul Vance, Operations"),
    ("special_categories", "benign", "chat",
     "is the landlord related to the last one? the surnames match || Agent: Yes, it's the same family, "
     "the property was transferred to the son. || ah makes sense"),
    ("special_categories", "benign", "review",
     "Review (5 stars): Customer service is in their DNA, can't fault them. || Reply from Wrenfield "
     "Lettings: Thanks Imogen!"),
    ("special_categories", "benign", "sms",
     "tidiness runs in the family lol, mum's coming to help with the check out clean on sat"),
    ("special_categories", "benign", "note",
     "Landlord wants the original Victorian tiles kept - 'part of the house's DNA'. Noted on works "
     "order; no replacement of hall tiles."),
    ("special_categories", "benign", "dm",
     "saw you're letting units in the old bioscience building, any small offices for a 2 person "
     "startup?"),
    ("special_categories", "benign", "form",
     "Issue: Glass splashback | Details: fingerprint smudges everywhere at check in, can it be cleaned "
     "before I move in?"),
    ("special_categories", "benign", "chat",
     "can we do the viewing face to face or is it video only? || Agent: Face to face, Saturday at 11 "
     "works. || great"),
    ("special_categories", "benign", "email",
     "Hi, general question before I apply: does your referencing process store any biometric data, or "
     "is it just document checks? Not a problem either way, just curious. Thanks, Kit"),
    ("special_categories", "benign", "note",
     "Smart lock fitted at 3 Brook Row is keypad only (no fingerprint reader). Code sent to tenant by "
     "SMS."),
    ("special_categories", "benign", "call",
     "Caller: The inventory lists a 'retina display' TV in the lounge but it's just an ordinary telly. "
     "Can you fix the wording? || Agent: Sure, I'll amend it."),
    ("special_categories", "benign", "voicemail",
     "Voicemail: Hi, it's Jake from Thumbprint Design Studio, we want to view the creative workspace on "
     "Dock Street. Thanks."),
    # ---- bereavement
    ("bereavement", "sensitive", "email",
     "Hello, my mum, Patricia Dunmore, was the tenant at 4 Abbey Gardens. She passed away on the 2nd of "
     "this month. I'm not sure what I'm supposed to do about the tenancy or her things - could someone "
     "talk me through it? Thank you, Claire"),
    ("bereavement", "sensitive", "call",
     "Caller: I'm the executor for my father, he was renting 9 Finch Lane through you. He died in "
     "February. || Agent: I'm very sorry for your loss. We'll need a copy of the death certificate and "
     "we can pause rent pending probate. || Caller: Thank you, that's a weight off."),
    ("bereavement", "sensitive", "sms",
     "Hi Kerry, can we rearrange tuesday's viewing? it's my grandad's funeral that day, completely "
     "forgot when I booked. thanks"),
    ("bereavement", "sensitive", "chat",
     "is there anyone who can do the garden at 20 Rye Close? || Agent: Gardening is usually the "
     "tenant's job, but we can recommend someone. || I know. it was always Roy's job and since I lost "
     "him in April I just can't face it"),
    ("bereavement", "sensitive", "note",
     "Mid-term inspection at 7 Lantern Way postponed at tenant's request - his wife died last week. "
     "Rebooked for six weeks' time, no need to chase."),
    ("bereavement", "sensitive", "voicemail",
     "Voicemail: Hi, I'm Tasha Greer, my aunt Valerie rented flat 5 Cedar House. She died in hospital "
     "on Sunday. The family's going to clear the flat but we don't know who has the keys. Can someone "
     "ring me? Thanks."),
    ("bereavement", "sensitive", "form",
     "Request: Change of tenancy names | Details: Since my partner's passing in January, I'm the only "
     "one left living at 31 Milton Road. How do I get his name off the tenancy? | Attachment: death "
     "certificate"),
    ("bereavement", "sensitive", "email",
     "Dear team, I'll be away from 10 to 24 May - my gran died on Sunday and we're flying to Lagos for "
     "the burial. My neighbour Mr Adu has a spare key if the electrician needs access. Warm regards, "
     "Tolu"),
    ("bereavement", "sensitive", "call",
     "Caller: We've been paying rent to Mr Haskins for years through you, and we've just heard he died. "
     "Who do we pay now? || Agent: His estate's solicitors will be in touch; keep paying to us as "
     "normal for now. || Caller: Okay. He was a lovely old man."),
    ("bereavement", "sensitive", "dm",
     "can we plant a small tree in the back garden? my dad died last year and we wanted somewhere to "
     "remember him. will dig it up when we leave if needed"),
    ("bereavement", "sensitive", "review",
     "Review (5 stars): When my son died the office took everything off my hands, the notice, the "
     "deposit, the utilities. I'll never forget the kindness. || Reply from Wrenfield Lettings: Mrs "
     "Quayle, thank you. We were glad to help in any small way."),
    ("bereavement", "sensitive", "sms",
     "sorry the rent's late, we had the wake on friday and i just forgot everything. paying now"),
    ("bereavement", "sensitive", "note",
     "Call from Mr Oduya's sister: he was found deceased at 2 Gannet Court on Monday. Police have "
     "released the flat. Family to collect belongings Sat; rent stopped from date of death."),
    ("bereavement", "sensitive", "voicemail",
     "Voicemail: Hello, it's Ewan, landlord of 16 Hill Rise. I'll be hard to get hold of this week, my "
     "brother passed away suddenly and I'm up in Inverness with the family. Please use your judgement "
     "on the boiler quote and I'll sign it off when I'm back."),
    ("bereavement", "sensitive", "email",
     "Hi, we're still waiting on probate for my late uncle's flat (Flat 1, 88 Wharf Road) that you "
     "manage for him. The solicitor asks whether the tenants can stay on until the estate is sorted? "
     "Regards, Brian Tolley"),
    # ---- bereavement (benign look-alikes)
    ("bereavement", "benign", "sms",
     "washing machine's died mid spin, there's water everywhere. can someone come today?"),
    ("bereavement", "benign", "chat",
     "the deadlock on the back door is really stiff, can barely turn it || Agent: Try a bit of graphite "
     "lubricant; if it's still stiff we'll send a locksmith. || ok will try"),
    ("bereavement", "benign", "email",
     "Hi, what's the deadline for the references on 2 Fern Street? My employer's HR is slow so I want "
     "to warn them. Thanks, Aidan"),
    ("bereavement", "benign", "voicemail",
     "Voicemail: Hello, it's Alan from Hartley & Sons Funeral Directors. We're looking for a second "
     "premises on the east side of town with parking. Could someone from commercial lettings ring me?"),
    ("bereavement", "benign", "review",
     "Review (5 stars): The flat has a killer view over the river and the agent was brilliant. || Reply "
     "from Wrenfield Lettings: Thanks Jules!"),
    ("bereavement", "benign", "form",
     "Request: Late checkout | Property: 7 Sail Loft | Details: can the check out be at 2pm instead of "
     "10am on the 31st? Removal van's booked for midday"),
    ("bereavement", "benign", "call",
     "Caller: Is the old tenant portal being switched off? || Agent: Yes, the legacy system goes at the "
     "end of the month, you'll get an invite to the new one. || Caller: Okay, good."),
    ("bereavement", "benign", "note",
     "Estate manager at Riverside Quarter reports dead plants in the communal planters after the "
     "heatwave. Landscapers to replace under the maintenance contract."),
    ("bereavement", "benign", "chat",
     "I passed the referencing!! || Agent: Congratulations! The tenancy agreement will be with you "
     "shortly. || 🎉🎉"),
    ("bereavement", "benign", "sms",
     "lost my keys on a night out, so embarrassing. how much is a replacement set?"),
    ("bereavement", "benign", "dm",
     "RIP my phone, dropped it in the bath. if u called me today i didnt get it, email me on "
     "ravi.s@example.com"),
    ("bereavement", "benign", "email",
     "Dear Wrenfield, the invoice for 3 Ash Court has a grave error - you've charged me for twelve "
     "months of management in one go. Please correct. Best, Gillian Marr"),
    ("bereavement", "benign", "call",
     "Caller: The communal memorial garden at Elm Park, the one the developer put in for the old "
     "colliery, the benches are rotting. || Agent: That's on the estate's maintenance plan, I'll report "
     "it to the management company."),
    ("bereavement", "benign", "form",
     "Enquiry: the listing says 'period property' - does it have original fireplaces? Also is the "
     "cellar dry? | Budget: £1,800"),
    ("bereavement", "benign", "voicemail",
     "Voicemail: Hiya, phone battery's nearly dead so I'll be quick. Running ten minutes late for the "
     "11 o'clock viewing at Canal Street, sorry."),
    # ---- violence_self_harm
    ("violence_self_harm", "sensitive", "email",
     "Hi, I need to report the man at number 14 again. Last night he stood on my doorstep shouting that "
     "he'd smash my face in if my car was in 'his' space again. I'm scared to go out to the car. Can "
     "the landlord do anything? Vicky, 12 Lime Grove"),
    ("violence_self_harm", "sensitive", "call",
     "Caller: I need to leave the tenancy early. My partner... he hits me, and I've got a place at a "
     "refuge. || Agent: Thank you for telling me. Are you safe right now? || Caller: Yes. Please, "
     "please don't tell him where I've gone if he rings."),
    ("violence_self_harm", "sensitive", "chat",
     "dont worry about the repair on the bathroom light || Agent: Are you sure? It's no trouble to send "
     "someone. || honestly some days I don't see the point in carrying on so a light bulb is the least "
     "of it"),
    ("violence_self_harm", "sensitive", "sms",
     "the landlord's son keeps turning up at my door uninvited, third time this week, last night he "
     "wouldnt leave. I dont feel safe here"),
    ("violence_self_harm", "sensitive", "note",
     "Tenant disclosed domestic abuse during call re rent. Refuge place arranged via council; NOT to "
     "disclose her new location to anyone including the joint tenant. Flagged on account."),
    ("violence_self_harm", "sensitive", "voicemail",
     "Voicemail: Hi, it's Sam at flat 8. Just wanted to say thanks for everything, you've all been good "
     "to me. I won't be needing the flat after this week. I won't be around. Take care."),
    ("violence_self_harm", "sensitive", "form",
     "Issue: Hole in bedroom wall | Details: my flatmate punched it during an argument. He also pushed "
     "me into the door frame. I want to know if I can leave the joint tenancy early"),
    ("violence_self_harm", "sensitive", "dm",
     "someone keeps pushing notes thru my letterbox saying they know where I live and i'll be sorry. "
     "can you get the CCTV footage from the hallway pls"),
    ("violence_self_harm", "sensitive", "email",
     "Hi, sorry about the state of the bathroom grout, there are stains I can't shift. I'll be honest, "
     "I've been self-harming again and I was embarrassed for the inspector to see. I'll pay for the "
     "clean. Ashley"),
    ("violence_self_harm", "sensitive", "review",
     "Review (1 star): The handyman you sent made lewd comments and grabbed my arm when I asked him to "
     "leave. I had to lock myself in the bedroom. || Reply from Wrenfield Lettings: Ms Bright, this is "
     "extremely serious. That contractor has been suspended and our director will contact you today."),
    ("violence_self_harm", "sensitive", "call",
     "Caller: Can you put better lighting by the bin store at Thorne Court? || Agent: Has something "
     "happened? || Caller: A man pulled a knife on me there on Friday night and took my bag. I'm "
     "terrified of going out after dark now."),
    ("violence_self_harm", "sensitive", "chat",
     "my old housemate keeps messaging me from fake accounts since I moved out, hundreds of messages, "
     "calling me names and saying he'll turn up at the new flat || Agent: That sounds frightening. We "
     "won't share your address with anyone."),
    ("violence_self_harm", "sensitive", "note",
     "Applicant (Mrs Lahiri) asked that all letters go to her work address. Explained her husband "
     "controls the post and the money and checks her phone. Flagged for discretion."),
    ("violence_self_harm", "sensitive", "sms",
     "sorry I missed the inspection, I was in A&E, I took too many of my tablets on Saturday. I'm home "
     "now and my sister's staying with me"),
    ("violence_self_harm", "sensitive", "voicemail",
     "Voicemail: This is Jordan at 3 Moss Lane. My ex smashed the kitchen window last night trying to "
     "get in. The police came. I need the glass fixed and honestly the locks changed today if you can."),
    # ---- violence_self_harm (benign look-alikes)
    ("violence_self_harm", "benign", "dm",
     "that 2 bed on Ferry Lane at £850 is a killer deal, is it still available??"),
    ("violence_self_harm", "benign", "sms",
     "the boiler sounds like it's trying to murder someone when it fires up. loud bang then a whine"),
    ("violence_self_harm", "benign", "voicemail",
     "Voicemail: Hi, Sentinel Security Services here, we're looking to rent a small office unit with "
     "secure parking for our vans. Please call back on 07700 900551."),
    ("violence_self_harm", "benign", "form",
     "Issue: Front door | Details: the door is really beaten up at the bottom, paint scraped off, "
     "probably from bikes. Can it be repainted before winter?"),
    ("violence_self_harm", "benign", "review",
     "Review (5 stars): Absolutely smashed it - found us a place in a week. || Reply from Wrenfield "
     "Lettings: Thank you, Lewis!"),
    ("violence_self_harm", "benign", "note",
     "Bin store at Hatch Court being abused by fly-tippers again: mattresses and a sofa. Council "
     "collection booked, quote for a lockable gate requested."),
    ("violence_self_harm", "benign", "chat",
     "it's threatening rain all week, can the roofer come tomorrow before it starts? || Agent: I'll ask "
     "him to bring it forward."),
    ("violence_self_harm", "benign", "email",
     "Hi, we've been fighting the condensation in the bedroom all winter - wiping the windows every "
     "morning. Would the landlord consider a better extractor or a dehumidifier? Thanks, Mariam"),
    ("violence_self_harm", "benign", "call",
     "Caller: I'm a housing officer at a support charity. In general, what's your procedure if a tenant "
     "tells you they're experiencing domestic abuse? We're updating our guidance. || Agent: I'll send "
     "you our safeguarding policy, it covers that."),
    ("violence_self_harm", "benign", "email",
     "Hello, Iron Lotus Martial Arts would like to discuss a lease on the first floor of Unit 9, we "
     "need a sprung floor and changing rooms. Regards, Sensei Graham Pike"),
    ("violence_self_harm", "benign", "sms",
     "the shower is killing me, lukewarm at best. can someone look at the pump?"),
    ("violence_self_harm", "benign", "note",
     "Check-out 14 Juniper Close: knife block listed on inventory missing. Tenant says it was taken by "
     "mistake, returning it Friday. No deduction if returned."),
    ("violence_self_harm", "benign", "chat",
     "when will the snagging punch list for the new build be done? still have the wonky skirting and "
     "the sticking window || Agent: The developer has it scheduled for next Wednesday."),
    ("violence_self_harm", "benign", "dm",
     "hit a wall with the portal, it keeps logging me out when I try to upload my payslips"),
    ("violence_self_harm", "benign", "voicemail",
     "Voicemail: Hi, it's Harvey from the building across the road, a charity that runs suicide "
     "prevention training. We're after an extra meeting room on a short lease. Give me a ring."),
]


def kame_examples() -> list[dict]:
    """The kame split as labelled tickets (same shape as ``sensitive_eval.build_eval_set``'s)."""
    return stranger_examples("kame", ENTRIES, SUBJECTS)
