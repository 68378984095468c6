"""carr split: written by a helper who had not seen the detection rules, the anchors or any other split.
Setting: Carr & Sons Removals, a removals, self-storage and house-clearance firm (home moves, moves into care homes,
probate and house clearances, military and job postings, student moves, resettlement furniture packs with charities,
packing materials, storage units and their invoices); registers are email, chat, sms, call_transcript, agent_note,
web_form, review, voicemail, dm, in_app, forum_post, complaint_letter.
The benign half borrows the same territory harmlessly: care homes, hospices, schools, churches, unions, parties, law
firms, councils and charities as customers, adults' ordinary details, product names, idioms, policy questions and
routine billing, access-gate or van problems.
70 sensitive and 70 benign tickets for special categories, 50 and 50 for children, 20 and 20 for financial hardship,
15 and 15 for health, legal, bereavement and violence and self-harm.
First reading (policy 2026.11.24.4, before any change made in response to it; `sensitive_eval.evaluate`, as `make
eval-sensitive`): 88.0 / 11.5 recall / false exclusion in % as shipped, 90.0 / 18.5 without the overruling,
82.0 / 11.0 by the rules alone. Held out: never tuned or trained on."""

from __future__ import annotations

from training_gate.sensitive_blind import stranger_examples

SUBJECTS: tuple[str, ...] = (
    "Moving day booking",
    "Quote for 3-bed house move",
    "Storage unit invoice",
    "Change of moving date",
    "House clearance enquiry",
    "Packing materials order",
    "Care home move",
    "Damage claim",
    "Access to storage unit",
    "Student move",
    "Resettlement furniture pack",
    "Posting relocation",
    "Crew feedback",
    "Account details update",
)

ENTRIES: list[tuple[str, str, str, str]] = [
    # ---- health
    ("health", "sensitive", "email",
     "Hi, confirming the move for Friday 14 March. Could the crew bring everything in through the back door? I'm six "
     "weeks out from a hip replacement and can't manage the front steps yet, so I'll be sat in the kitchen directing "
     "traffic. Many thanks, Gwen Allard"),
    ("health", "benign", "email",
     "Hello, we're Brookfield Nursing Home and we're opening a new wing in May. Do you supply mattress bags big enough "
     "for profiling beds, and could you quote for moving 12 rooms of furniture across the site? Regards, Facilities Team"),
    ("health", "sensitive", "chat",
     "can the quote include dismantling mums riser recliner? she has parkinsons and its the only chair she can get out "
     "of by herself so it has to be set up first at the new flat"),
    ("health", "benign", "chat",
     "how much is the medium packing kit, the 'Healthy Back' one with the lifting straps? and is tape included"),
    ("health", "sensitive", "sms",
     "Running late to let ur lads in, dialysis overran. 20 mins. Keys under the blue pot if needed - Derek"),
    ("health", "benign", "sms",
     "Lift at the block is dead AGAIN. Will the crew carry up 4 floors? Need to know before Fri pls"),
    ("health", "sensitive", "agent_note",
     "Customer mentioned she is 7 months pregnant and has been told not to lift; upgraded to full pack service at "
     "standard rate per manager (SB)."),
    ("health", "benign", "agent_note",
     "Customer asked whether packers wear masks indoors. Advised crews follow site rules and masks are available on "
     "request. No further action."),
    ("health", "sensitive", "call_transcript",
     "Caller: We need it done before the 20th, that's when my husband starts his next round of chemo || Agent: "
     "Understood, I can offer the 18th with a morning start || Caller: Perfect, he'll stay at my sister's that day."),
    ("health", "benign", "call_transcript",
     "Caller: It's the GP surgery on Hale Street, we're moving the practice manager's office and four filing cabinets "
     "|| Agent: That's a commercial job, I'll transfer you to our business team."),
    ("health", "sensitive", "web_form",
     "Additional information: I use a wheelchair full time, so please don't stack boxes in the hallway at the new "
     "flat. I need a clear route of at least 90cm from the front door to the bedroom."),
    ("health", "benign", "web_form",
     "Additional information: Both properties have ramp access and step-free entry. Please bring a piano trolley and "
     "floor protection for the oak boards."),
    ("health", "sensitive", "voicemail",
     "Hi, it's Priya Nandakumar about storage unit 41. I've been in the Royal for a fortnight after a stroke so I "
     "missed all your letters. Could someone ring me back on 07700 900114? Thank you."),
    ("health", "benign", "voicemail",
     "Hello, this is Carol from the Dene Hospice charity shop, we've got a van load of donated furniture to collect "
     "from a clearance in Westfield, could you call me on 07700 900118 with a price?"),
    ("health", "sensitive", "review",
     "Four stars. Team were so patient with my brother, he's autistic and got really distressed watching his room get "
     "emptied, so they did his room last and let him keep the lamp till the end. Lost a star for the scuffed banister."),
    ("health", "benign", "review",
     "Five stars. Absolutely mental day, they moved at lightning speed and I felt sick watching how much they fit in "
     "one van lol. Not a scratch on anything."),
    ("health", "sensitive", "dm",
     "hey do u do saturday moves? weekdays are out cos of my therapy sessions, been in a bad way with my anxiety since "
     "the break up"),
    ("health", "benign", "dm",
     "hey do u do saturday moves? weekdays are a nightmare with my shift pattern at the depot"),
    ("health", "sensitive", "in_app",
     "Change delivery address for packing materials: I'm staying at my mum's while I finish the outpatient rehab "
     "programme for the drinking, so please send the boxes to 8 Fenwick Close instead."),
    ("health", "benign", "in_app",
     "Change delivery address for packing materials: nobody's home during the day, please send the boxes to my office "
     "at 8 Fenwick Court instead."),
    ("health", "sensitive", "email",
     "Dear Carr & Sons, thanks for the quote, we'd like to go ahead with the 2 June date. A couple of requests: the "
     "piano needs to go in first, and please make sure the box marked 'bathroom cabinet' does NOT go into storage with "
     "the rest. It has my insulin pens and my lithium in it and I need both the first night. I'll tape it red. "
     "Best, Hamish Reid"),
    ("health", "benign", "email",
     "Dear Carr & Sons, thanks for the quote, we'd like the 2 June date. Please make sure the fire extinguisher and "
     "first aid kit from under the sink stay in the flat, the landlord's inventory lists them. Best, Hamish Reid"),
    ("health", "sensitive", "complaint_letter",
     "I am writing to complain in the strongest terms. On 9 October your crew left the back gate open for most of the "
     "afternoon. My father, who has dementia, walked out unnoticed and was found by a neighbour on the main road. "
     "This was explained to your surveyor beforehand. I expect a full written response."),
    ("health", "benign", "complaint_letter",
     "I am writing to complain. On 9 October your crew left the back gate open all afternoon and our Labrador got out "
     "onto the main road. I was worried sick until a neighbour brought him back. I expect a written response."),
    ("health", "sensitive", "forum_post",
     "Used Carr & Sons last month. Since the MS diagnosis the fatigue means I genuinely can't pack a box without "
     "needing two days to recover, so I went for the full pack and unpack. Worth every penny, they even made the bed."),
    ("health", "benign", "forum_post",
     "Has anyone used Carr & Sons to move a treatment couch and gym kit? I'm setting up a physio room for my sports "
     "massage business in the garage and want it done in one go."),
    ("health", "sensitive", "chat",
     "I need to cancel Thursday sorry. I lost the baby at the weekend and I'm just not up to it. Can we rebook for "
     "a fortnight's time?"),
    ("health", "benign", "chat",
     "I need to push Thursday back sorry, the buyer's survey found damp and apparently the house is 'unhealthy' lol. "
     "Can we rebook for a fortnight's time?"),
    ("health", "sensitive", "agent_note",
     "Customer on crutches following knee surgery last week; crew briefed to set bed up in downstairs dining room "
     "instead of upstairs."),
    ("health", "benign", "agent_note",
     "Customer asked for our Care Home Move brochure to hand out at the residents' association meeting; posted 20 "
     "copies. No personal move booked."),
    # ---- legal
    ("legal", "sensitive", "email",
     "Hi, can you keep our booking as provisional please? My ex has taken me to court over the house and the final "
     "hearing isn't until 3 June, so I can't confirm a completion date yet. Thanks, Rhona"),
    ("legal", "benign", "email",
     "Hello, we're a law firm moving offices from Kingsway to Marlow Court. Roughly 40 desks, two server racks and about "
     "300 archive boxes. Could we get a quote for a weekend move? Regards, Office Manager, Pell & Stroud LLP"),
    ("legal", "sensitive", "agent_note",
     "Customer states she has a non-molestation order against former partner. Do NOT confirm new address or move date "
     "to anyone who calls, including family. Flag added to account."),
    ("legal", "benign", "agent_note",
     "Customer asked that the new address be left off the driver's printed job sheet for data protection reasons; "
     "standard request, note added."),
    ("legal", "sensitive", "call_transcript",
     "Caller: The police came with a warrant and took my son's laptop and some boxes out of the storage unit || Agent: "
     "Okay, we'd have a record of that at the site office || Caller: He's been arrested and I'm the one paying for the "
     "unit, I don't know what happens with the rest of his things."),
    ("legal", "benign", "call_transcript",
     "Caller: I want one of those police-grade disc padlocks for unit 12, the round ones || Agent: The closed-shackle "
     "disc lock, yes, that's 14.99 and you can buy it at reception."),
    ("legal", "sensitive", "sms",
     "Cant be at the flat tues, got to be at the magistrates. Can my mate Gaz let ur lot in? He knows where everything "
     "goes"),
    ("legal", "benign", "sms",
     "Cant be at the flat tues, got jury service all week lol. Can my mate Gaz let ur lot in?"),
    ("legal", "sensitive", "web_form",
     "Reason for storage: I'm staying with friends while my personal injury claim against my former employer goes "
     "through. My barrister reckons 6 to 9 months so I'd like a rolling contract."),
    ("legal", "benign", "web_form",
     "Reason for storage: Between houses. The solicitor handling the sale says completion should be mid-July, so I'd "
     "like a rolling contract."),
    ("legal", "sensitive", "voicemail",
     "Hi, it's Martin Feeney, booking reference CS-2291. I've got my probation appointment on the morning of the move "
     "so I'll only be at the house from one o'clock. Can the crew start with the garage? Cheers."),
    ("legal", "benign", "voicemail",
     "Hi, it's Leanne Corby from the Westgate probation office. We're relocating the team to the civic centre and need "
     "about 30 crates and a van for a day. Could you call me back?"),
    ("legal", "sensitive", "chat",
     "is there any way the driver doesnt say my name out loud at the new place? i was a witness in a trial last year "
     "and id rather keep my head down round there"),
    ("legal", "benign", "chat",
     "can ur drivers sign the inventory at the end? my letting agent wants it as evidence of condition for the deposit"),
    ("legal", "sensitive", "review",
     "Brilliant removers. After the court order I had 48 hours to get my things out of the marital home and they made "
     "it happen at a day's notice."),
    ("legal", "benign", "review",
     "Brilliant removers. Moved our barristers' chambers over a single weekend and not one brief was out of place on "
     "Monday."),
    ("legal", "sensitive", "dm",
     "Hi, I'm suing my previous removals company after they smashed my piano. Would one of your estimators give a "
     "written opinion on the damage for my claim? Happy to pay."),
    ("legal", "benign", "dm",
     "Hi, what's your claims process if something gets damaged? Just want to understand it before I book."),
    ("legal", "sensitive", "complaint_letter",
     "Further to my letters of 2 and 16 August, I have now instructed a solicitor and will be issuing a claim in the "
     "small claims court for the cost of the wardrobe and the replastering, unless I receive a settlement offer within "
     "14 days."),
    ("legal", "benign", "complaint_letter",
     "Further to my letter of 2 August, please explain under clause 9 of your terms and conditions what liability you "
     "accept for the wardrobe, and how your assessor reached the figure offered."),
    ("legal", "sensitive", "in_app",
     "Update: I can't collect from the unit myself as I'm on remand at the moment. My sister Aoife Kerr has written "
     "authority and will come on Saturday."),
    ("legal", "benign", "in_app",
     "Update: I can't collect from the unit myself as I'm working offshore till March. My sister Aoife Kerr has written "
     "authority and will come on Saturday."),
    ("legal", "sensitive", "email",
     "Hi Tasha, bad news, we won't need the Leeds move after all. The enhanced check for the new job flagged an old "
     "conviction and they withdrew the offer. Please cancel and let me know what I owe. Dan"),
    ("legal", "benign", "email",
     "Hi, do your crews have DBS checks? We run a care home and the manager needs confirmation before anyone works in "
     "residents' rooms. Thanks, Admin, Orchard House"),
    ("legal", "sensitive", "forum_post",
     "Heads up for anyone at the Carr site on Mill Lane: my unit was broken into last week. Police report filed, crime "
     "ref given, and Carr have been decent about it, but check your locks."),
    ("legal", "benign", "forum_post",
     "For what it's worth the Carr site on Mill Lane has 24h CCTV and police-approved Secured by Design gates, which "
     "is why I picked it over the cheaper place."),
    ("legal", "sensitive", "agent_note",
     "Customer's family law solicitor called: under the divorce settlement half the unit contents are to be released "
     "to ex-husband. Awaiting signed consent from both parties before access."),
    ("legal", "benign", "agent_note",
     "Call from Hartley & Ives LLP requesting quote for office move on 22nd; invoice to be addressed to the firm."),
    ("legal", "sensitive", "call_transcript",
     "Caller: Everything's got to go to my mum's address, it's one of my bail conditions that I live there || Agent: "
     "No problem, what's the postcode? || Caller: LS6 2QT, and it's a ground floor so easy access."),
    ("legal", "benign", "call_transcript",
     "Caller: Is the quote legally binding once I sign it? || Agent: It's a fixed price for 28 days, the terms are on "
     "the back page || Caller: Great, I'll sign tonight."),
    # ---- bereavement
    ("bereavement", "sensitive", "email",
     "Hello, we need a clearance at 22 Alder Grove. Dad passed away in January and probate has only just come through, "
     "so we'd like it done before the house goes on the market in April. Anything decent can go to the hospice shop."),
    ("bereavement", "benign", "email",
     "Hello, we're an estate agency and often get executor-instructed properties. Do you offer probate clearances on a "
     "trade account, and what's your usual lead time?"),
    ("bereavement", "sensitive", "sms",
     "Sorry missed ur call, was at the funeral. Can we do Weds for the valuation instead?"),
    ("bereavement", "benign", "sms",
     "Hi, Greaves Funeral Directors on Market St here. Need 20 chairs and a lectern moved to our new chapel room Weds."),
    ("bereavement", "sensitive", "chat",
     "Is it possible to keep my late wife's sewing room boxes separate in the unit? I'm not ready to go through them "
     "yet but I don't want them mixed in."),
    ("bereavement", "benign", "chat",
     "Is it possible to keep the late additions separate in the unit? We'll be bringing more boxes at the end of the "
     "week and don't want them mixed in."),
    ("bereavement", "sensitive", "call_transcript",
     "Caller: My mother died at Larkfield care home on Sunday and they need her room emptied by Friday || Agent: I'm "
     "so sorry. We can do Thursday morning and take everything to your address or into storage."),
    ("bereavement", "benign", "call_transcript",
     "Caller: My mother's moving into Larkfield care home next month and they want her own furniture in by the 1st || "
     "Agent: We do care home moves regularly, I'll book a survey."),
    ("bereavement", "sensitive", "agent_note",
     "Account holder Mr P. Haldane deceased 02/03. Executor is nephew (Colin Haldane). Unit 77 to be cancelled once "
     "contents collected; no further DD."),
    ("bereavement", "benign", "agent_note",
     "Account holder Mr P. Haldane has emigrated. Nephew (Colin Haldane) collecting unit 77 contents with signed "
     "authority; cancel DD afterwards."),
    ("bereavement", "sensitive", "review",
     "They cleared Nan's bungalow a month after we lost her and were so respectful. One of them found her wedding ring "
     "in a coat pocket and handed it straight to me."),
    ("bereavement", "benign", "review",
     "They cleared our loft and found my wedding ring I'd lost ten years ago in an old coat pocket! Honest lads."),
    ("bereavement", "sensitive", "voicemail",
     "Hello, this is about the account in the name of Eileen Moss, I'm her son Graham. Mum passed on the 4th, so "
     "please stop the direct debit for the unit. My number is 07700 900123."),
    ("bereavement", "benign", "voicemail",
     "Hello, this is about the account in the name of Eileen Moss, I'm her son Graham. Mum's asked me to deal with it "
     "while she's on her cruise, so please add my number, 07700 900124."),
    ("bereavement", "sensitive", "web_form",
     "Service required: House clearance. Notes: The property was my brother's, he died very suddenly in November. A "
     "few items are going to family, the rest to charity if possible."),
    ("bereavement", "benign", "web_form",
     "Service required: House clearance. Notes: Downsizing. A few items going to family, rest to charity, and there are "
     "lots of dead plants in the greenhouse to bin."),
    ("bereavement", "sensitive", "dm",
     "hi. my partner took his own life in the flat in march and i can't face going back in. can your team pack "
     "everything without me there and bring it to my mum's?"),
    ("bereavement", "benign", "dm",
     "hi, can your team pack everything without me there? working doubles all month, honestly it's killing me lol"),
    ("bereavement", "sensitive", "in_app",
     "Please change the invoice name to 'The Estate of Ruth Okafor (deceased)' and send it to the executor at "
     "okafor.estate@example.com."),
    ("bereavement", "benign", "in_app",
     "Please change the invoice name to 'Okafor Estates Ltd' and send it to accounts@example.com."),
    ("bereavement", "sensitive", "email",
     "Hi there, we spoke briefly on the phone last week. We'd like to book the survey for the 3-bed at 11 Quarry Rise. "
     "To be honest with you, it's the first Christmas since we lost our Ella and we just can't stay in this house "
     "another year. We're not fussed about speed, we just need it to be gentle. Her room can be packed last. "
     "Thanks, Sarah and Mike Doyle"),
    ("bereavement", "benign", "email",
     "Hi there, we'd like to book the survey for the 3-bed at 11 Quarry Rise. Also our old boxes from last time are "
     "completely dead, can you take them for recycling on the day? Thanks, Sarah Doyle"),
    ("bereavement", "sensitive", "complaint_letter",
     "I write as executor of my late father's estate. On 12 May your clearance crew removed a bureau and two paintings "
     "that were specifically left to my sister under his will. I require their immediate return."),
    ("bereavement", "benign", "complaint_letter",
     "I write as managing agent for 14 Elm Row. On 12 May your clearance crew removed a bureau listed on the landlord's "
     "inventory as a fixture. I require its immediate return."),
    ("bereavement", "sensitive", "forum_post",
     "Since my husband passed I've had to downsize to a flat. Carr did the move and the clearance together and kept "
     "asking if I was alright, which meant a lot."),
    ("bereavement", "benign", "forum_post",
     "Passing this on: Carr & Sons are doing 10% off for NHS staff and teachers until the end of the month."),
    ("bereavement", "sensitive", "chat",
     "yeah so grandads gone, council says we've got 30 days to empty the flat. how fast can u do a clearance"),
    ("bereavement", "benign", "chat",
     "yeah so the old shed's gone, came down in the storm. can u take the rubble with the clearance"),
    ("bereavement", "sensitive", "sms",
     "Dads ashes are in the blue urn on the mantelpiece - PLEASE pack that one yourselves and keep it up front in the "
     "cab. Thx, Jo"),
    ("bereavement", "benign", "sms",
     "The blue urn on the mantelpiece is a 1920s vase, very fragile, pls pack it separately. Thx, Jo"),
    # ---- violence_self_harm
    ("violence_self_harm", "sensitive", "email",
     "I'm moving because the man next door has been harassing me for months, notes under the door, banging on the wall "
     "at night. Please can the van be unmarked and can you make sure my name isn't visible on any paperwork left out."),
    ("violence_self_harm", "benign", "email",
     "Your marketing emails are basically harassing me at this point, three a day! Please unsubscribe me, the move is "
     "done."),
    ("violence_self_harm", "sensitive", "agent_note",
     "Customer fleeing domestic abuse; move arranged through refuge caseworker. NO calls to home landline. Crew to be in "
     "and out within two hours, caseworker will be present."),
    ("violence_self_harm", "benign", "agent_note",
     "Booking from Safe Harbour women's refuge (charity) for four resettlement furniture packs for their new premises; "
     "invoice to the charity."),
    ("violence_self_harm", "sensitive", "chat",
     "honestly dont see the point in moving any of it, i wont be around much longer anyway. just cancel everything"),
    ("violence_self_harm", "benign", "chat",
     "honestly just cancel the storage, i wont be around much longer, moving to Valencia in june"),
    ("violence_self_harm", "sensitive", "call_transcript",
     "Caller: He said he'd smash the place up if I took any furniture, so can your lads come while he's at work? || "
     "Agent: Yes, we can do a 9am start and be gone by 1 || Caller: Please, he's usually back by half two."),
    ("violence_self_harm", "benign", "call_transcript",
     "Caller: Your crew smashed the glass coffee table and I'm absolutely fuming || Agent: I'm sorry, I'll open a "
     "damage claim now."),
    ("violence_self_harm", "sensitive", "sms",
     "Pls dont text this number after Fri, he checks my phone. Use 07700 900141 for anything about the move"),
    ("violence_self_harm", "benign", "sms",
     "Pls dont text this number after Fri, its my work phone and Im leaving. Use 07700 900142 for anything about the "
     "move"),
    ("violence_self_harm", "sensitive", "voicemail",
     "Yes hello, I'm ringing about my dad's move to Rosedene. We found out his carer's been taking his money and he's "
     "got bruises he can't explain, so we're getting him out this week, whatever it costs."),
    ("violence_self_harm", "benign", "voicemail",
     "Yes hello, ringing about the bruised corner on my mahogany sideboard from Tuesday's move, I've sent photos."),
    ("violence_self_harm", "sensitive", "review",
     "One of your lads called my girlfriend a slag under his breath and said he'd 'sort me out' if I complained. "
     "Disgusting behaviour."),
    ("violence_self_harm", "benign", "review",
     "The lads were a riot, banter all day, and they sorted out my garage while they were at it. 10/10."),
    ("violence_self_harm", "sensitive", "web_form",
     "Special instructions: My ex must not be told the date or the new address. He has turned up at the old flat twice "
     "since I left and I am frightened of him."),
    ("violence_self_harm", "benign", "web_form",
     "Special instructions: Please don't give our forwarding address to the old landlord, we're in a dispute over the "
     "deposit."),
    ("violence_self_harm", "sensitive", "dm",
     "ur driver keeps messaging me on whatsapp saying he knows where i live now and sending kisses. i didnt give him my "
     "number. make it stop"),
    ("violence_self_harm", "benign", "dm",
     "ur driver keeps messaging me on whatsapp with ETAs lol, very keen, can he stop after 10pm tho"),
    ("violence_self_harm", "sensitive", "in_app",
     "Note for packers: there's a tin in the bathroom drawer with blades in it. Please just bin it, I don't want it "
     "coming with me. I've been hurting myself again and I'm trying to stop."),
    ("violence_self_harm", "benign", "in_app",
     "Note for packers: the kitchen knives are in the drawer by the sink, please wrap them well, they're very sharp."),
    ("violence_self_harm", "sensitive", "forum_post",
     "Carr moved me out of a house where I was being hit. The foreman stood at the door the whole time and didn't let "
     "him in. Never forget that."),
    ("violence_self_harm", "benign", "forum_post",
     "Carr moved us out in a whirlwind of an afternoon, in at 9 and out by 1. Hit and run removals, love it."),
    ("violence_self_harm", "sensitive", "complaint_letter",
     "When I queried the extra charge for the stairs, your employee Mr Dawes shoved me against the door frame and "
     "told me to shut up. My neighbour saw it. I want to know what you intend to do."),
    ("violence_self_harm", "benign", "complaint_letter",
     "When I queried the extra charge for the stairs, I noticed your employee had shoved the wardrobe against the door "
     "frame and left a dent. I want to know what you intend to do."),
    ("violence_self_harm", "sensitive", "email",
     "I know this is an odd request but I want the storage unit in my name only, not joint. My husband controls every "
     "penny and checks my phone, and I've been planning to leave for a year. Please only email, never post."),
    ("violence_self_harm", "benign", "email",
     "I'd like the storage unit in my name only, not joint with my business partner. We're winding up the company and "
     "splitting the stock."),
    ("violence_self_harm", "sensitive", "chat",
     "last time i moved i ended up in a&e after i took too many of my tablets on purpose, so i just want this one calm. "
     "can u send a quiet crew"),
    ("violence_self_harm", "benign", "chat",
     "last time i moved the crew were SO loud at 7am, my neighbours nearly killed me. can u send a quiet crew"),
    ("violence_self_harm", "sensitive", "call_transcript",
     "Agent: Anything we should know about the property? || Caller: There's a man across the road who's been "
     "threatening my son, shouting he'll stab him, so just be careful at the door and don't leave the van open."),
    ("violence_self_harm", "benign", "call_transcript",
     "Agent: Anything we should know about the property? || Caller: The dog barks like he wants to murder you but he's "
     "a big softie, just don't leave the gate open."),
    # ---- financial_hardship
    ("financial_hardship", "sensitive", "email",
     "Hi, could I pay the storage invoice in instalments? I was made redundant in March and I'm on Universal Credit "
     "until I find something. I don't want to lose the unit, my whole life is in there. Thanks, Kerry Boyd"),
    ("financial_hardship", "benign", "email",
     "Hi, could I pay the storage invoice in monthly instalments rather than annually? It's easier for our business "
     "cash flow. Thanks, Kerry Boyd, Boyd Florals"),
    ("financial_hardship", "sensitive", "sms",
     "Been evicted, bailiffs coming Mon 9am. Need everything out before then. Can u do Sun??"),
    ("financial_hardship", "benign", "sms",
     "Completion moved to Mon 9am, keys released then. Can u do the packing on Sun?"),
    ("financial_hardship", "sensitive", "chat",
     "card got declined again cos im overdrawn, can u hold the booking till payday thurs? literally got 3 quid in my "
     "account"),
    ("financial_hardship", "benign", "chat",
     "card got declined, think my bank flagged it as fraud cos ur a new merchant. trying again now"),
    ("financial_hardship", "sensitive", "agent_note",
     "Customer 4 months in arrears on unit 19. States debt collectors already chasing other bills. Agreed 20/week "
     "plan; lien notice paused pending first payment."),
    ("financial_hardship", "benign", "agent_note",
     "Customer queried late fee on unit 19, paid two days after due date because of the bank holiday. Fee waived as "
     "goodwill."),
    ("financial_hardship", "sensitive", "call_transcript",
     "Caller: I've got a debt relief order going through, will that affect my storage contract? || Agent: I'll need to "
     "check with accounts || Caller: I just need to know you won't auction my stuff."),
    ("financial_hardship", "benign", "call_transcript",
     "Caller: What happens if a payment fails? I'm reading the T&Cs before I sign || Agent: We retry after three days "
     "and email you, no charge for the first one."),
    ("financial_hardship", "sensitive", "web_form",
     "Reason for move: My hours got cut and I can't afford the rent any more, so I'm moving back in with my parents. "
     "Cheapest option please, I don't need packing."),
    ("financial_hardship", "benign", "web_form",
     "Reason for move: Moving in with my parents for a few months while the new build is finished. Cheapest option "
     "please, I don't need packing."),
    ("financial_hardship", "sensitive", "voicemail",
     "Hi, ringing about the quote you did for me. The council's homelessness team are paying for the move, they said "
     "to send the invoice straight to them, reference HOU-5521. Thanks, bye."),
    ("financial_hardship", "benign", "voicemail",
     "Hi, it's Sam from Northfield Council's housing team. We'd like a framework quote for tenant moves between our "
     "blocks next year. Could someone call me back?"),
    ("financial_hardship", "sensitive", "review",
     "They knocked something off the price when I explained we'd lost the business and were moving somewhere cheaper. "
     "Kind people, didn't make me feel small."),
    ("financial_hardship", "benign", "review",
     "They knocked something off the price because we booked midweek off-peak. Good value and quick."),
    ("financial_hardship", "sensitive", "dm",
     "do u take payment through the local welfare assistance scheme? the food bank lady said they might cover a van"),
    ("financial_hardship", "benign", "dm",
     "do u take klarna or paypal? want to split it into 3"),
    ("financial_hardship", "sensitive", "in_app",
     "Re invoice #4471: I was declared bankrupt last week. The trustee says anything owed should go to her, details "
     "attached."),
    ("financial_hardship", "benign", "in_app",
     "Re invoice #4471: our company has changed its name, please reissue to Carrow Interiors Ltd, details attached."),
    ("financial_hardship", "sensitive", "complaint_letter",
     "You passed my account to a collection agency over 86 pounds while I was on Jobseeker's Allowance and had "
     "already written to explain. Their letters have made me ill with worry. I want the debt recalled."),
    ("financial_hardship", "benign", "complaint_letter",
     "You sent me a final reminder for 86 pounds that I had already paid by bank transfer on the 3rd. Please correct "
     "your records and confirm in writing."),
    ("financial_hardship", "sensitive", "forum_post",
     "If you're on benefits, ask about the Carr resettlement packs through the charity. We got a sofa, beds and a table "
     "when we came out of the hostel and it cost us nothing."),
    ("financial_hardship", "benign", "forum_post",
     "To answer the question above: the Carr resettlement furniture packs are run with Hearth Trust, a charity. They "
     "don't sell them direct to the public."),
    ("financial_hardship", "sensitive", "email",
     "Hello, I'm afraid we need to cancel the move to Ashcombe Road. My husband lost his job at the plant last week and "
     "we can't take on the bigger mortgage now. Is the deposit refundable? Regards, Nadia Brent"),
    ("financial_hardship", "benign", "email",
     "Hello, I'm afraid we need to cancel the move to Ashcombe Road for now. Our buyer pulled out and the chain has "
     "collapsed. Is the deposit refundable? Regards, Nadia Brent"),
    ("financial_hardship", "sensitive", "sms",
     "Cant pay this month, gas is already on emergency credit. Please dont sell my stuff, will pay something in 2 wks"),
    ("financial_hardship", "benign", "sms",
     "Cant pay this month by card, switching banks. Will do bank transfer Mon"),
    ("financial_hardship", "sensitive", "chat",
     "the finance company took the car back so i cant get to the unit, can u bring my box of papers to the house?"),
    ("financial_hardship", "benign", "chat",
     "can u bring my box of papers from unit 8 to the house? car's in for its MOT all week"),
    ("financial_hardship", "sensitive", "agent_note",
     "Customer sofa-surfing since eviction; wants to keep unit 3 at smallest size he can afford. Downsized to 25 sq ft, "
     "first month charge deferred."),
    ("financial_hardship", "benign", "agent_note",
     "Customer downsized unit 3 to 25 sq ft after clearing half of it. Prorated refund issued to card."),
    ("financial_hardship", "sensitive", "call_transcript",
     "Caller: I'm in an IVA so I'm not allowed to take on credit, is there a pay-as-you-go option? || Agent: We can do "
     "weekly in advance || Caller: That'd help, thank you."),
    ("financial_hardship", "benign", "call_transcript",
     "Caller: Is there a discount if I pay cash? || Agent: No, it's the same price however you pay || Caller: Fair "
     "enough."),
    ("financial_hardship", "sensitive", "web_form",
     "Comments: Is there a hardship fund or a reduced rate? I'm a full-time carer on Carer's Allowance and my absolute "
     "max is 150."),
    ("financial_hardship", "benign", "web_form",
     "Comments: My budget is about 150, is that realistic for a 1-bed flat moving less than 5 miles?"),
    ("financial_hardship", "sensitive", "email",
     "Hi, the storage fees have got away from me. I think I owe you about 400 and I've got payday lenders on my back "
     "as well. Can we talk before anything gets sold? Lewis"),
    ("financial_hardship", "benign", "email",
     "Hi, the storage fees went up 6% in April, can you explain why? Not complaining, just want to understand. Lewis"),
    ("financial_hardship", "sensitive", "voicemail",
     "Hiya, it's Tom at 4B Harrow Court. The house is being repossessed, the bank's taking it on the 12th, so the move "
     "has to happen before then whatever. Call me back."),
    ("financial_hardship", "benign", "voicemail",
     "Hiya, it's Tom at 4B Harrow Court. The bank's releasing the mortgage funds on the 12th so we'll complete then. "
     "Can the move be that afternoon?"),
    # ---- children
    ("children", "sensitive", "email",
     "Hi, could the crew pack the nursery first on the day? Isla is 14 months and naps from 1 till 3, so if her cot "
     "can go on the van first and be rebuilt first at the other end that would save our sanity. Thanks, Claire"),
    ("children", "benign", "email",
     "Hi, could the crew load the nursery first? I mean the plant nursery in the back garden, about 60 pots of "
     "seedlings that need to go on the van last and come off first. Thanks, Claire"),
    ("children", "sensitive", "chat",
     "hi im 16, can i book a van myself or does it have to be my dad? its just my stuff going to my nans"),
    ("children", "benign", "chat",
     "hi im 26 and its my first move on my own, do i need to be there for the whole thing or just the start?"),
    ("children", "sensitive", "sms",
     "Bunk beds for the twins (6) need taking apart, pls bring allen keys. Theyve drawn on the slats, sorry"),
    ("children", "benign", "sms",
     "Adult bunk beds at the holiday let need taking apart, pls bring allen keys"),
    ("children", "sensitive", "agent_note",
     "Customer's son is in Year 9 with mocks the week of the move; crew to leave back bedroom until after 3:30 so he "
     "can revise."),
    ("children", "benign", "agent_note",
     "Customer is a Year 9 form tutor at Fernhill and wants the move in the summer holidays; quote sent for 4 Aug."),
    ("children", "sensitive", "call_transcript",
     "Caller: It's a shared custody thing, so the kids' beds and desks come to mine and the rest stays at their dad's "
     "|| Agent: So two drop-offs? || Caller: Yes, and the boys are with him that weekend so nobody's underfoot."),
    ("children", "benign", "call_transcript",
     "Caller: We're St Mary's Primary, we need six classrooms of furniture moved over half term || Agent: That's our "
     "commercial team, I'll get them to call you today."),
    ("children", "sensitive", "web_form",
     "Names of everyone at the property on moving day: Adam Lowe (42), Jess Lowe (40), Finn Lowe (9), Tilly Lowe (4)."),
    ("children", "benign", "web_form",
     "Names of everyone at the property on moving day: Adam Lowe (42), Jess Lowe (40). Also one very large cat."),
    ("children", "sensitive", "voicemail",
     "Hi, it's about Saturday's move. Maya starts P3 at Craigmount on the Monday so we really need her room sorted by "
     "Sunday night. Can you put her boxes on last? Ta."),
    ("children", "benign", "voicemail",
     "Hi, it's Dawn from Little Acorns Nursery about Saturday, we're moving the outdoor play equipment to our new "
     "building. Can you bring a flatbed? Ta."),
    ("children", "sensitive", "review",
     "The crew let my little lad (he's five) 'help' tape up boxes and gave him his own hi-vis. He still talks about "
     "it. Move itself was spot on."),
    ("children", "benign", "review",
     "The crew were like big kids with the bubble wrap, popping it all afternoon. Move itself was spot on."),
    ("children", "sensitive", "dm",
     "can u put my daughters red book and her nursery reports in the important docs box? she's 2 and I'll cry if "
     "we lose them"),
    ("children", "benign", "dm",
     "can u put my passport and the house deeds in the important docs box? I'll cry if we lose them"),
    ("children", "sensitive", "in_app",
     "Add second contact: Leo Brennan, DOB 12/04/2012, mobile 07700 900131. He'll be home on the day to let the crew "
     "in after school."),
    ("children", "benign", "in_app",
     "Add second contact: Leo Brennan, DOB 12/04/1971, mobile 07700 900132. He'll be home on the day to let the crew "
     "in after work."),
    ("children", "sensitive", "forum_post",
     "Moving with a three-week-old, am I mad? Anyone used Carr's full pack service with a newborn in the house? Mainly "
     "worried about the noise."),
    ("children", "benign", "forum_post",
     "Has anyone bought the 'Little Mover' box bundle from Carr? Is it just the small boxes or does it come with tape?"),
    ("children", "sensitive", "complaint_letter",
     "Your crew left an open box cutter on the floor of my son's bedroom. He is four. He found it before I did. I want "
     "to know how this happened and what training your staff receive."),
    ("children", "benign", "complaint_letter",
     "Your crew left an open box cutter on my kitchen worktop and a roll of tape in the oven. I'd like to know what "
     "checks your staff do before leaving."),
    ("children", "sensitive", "email",
     "Hello, we're relocating from Columbus, Ohio on a work posting. Our kids will be going into 3rd and 7th grade "
     "here, so we'd like the container delivered before the school year starts. Best, Jenna Morales"),
    ("children", "benign", "email",
     "Hello, we're relocating from Columbus, Ohio on a work posting and both start at the university in September, so "
     "we'd like the container delivered before then. Best, Jenna Morales"),
    ("children", "sensitive", "chat",
     "my stepdaughter's moving into halls but she's 17 till November, can she sign the storage contract or do I have "
     "to?"),
    ("children", "benign", "chat",
     "my stepdaughter just turned 23 and is moving into her first flat, can she sign the contract or do I have to?"),
    ("children", "sensitive", "sms",
     "Can u collect the cot and changing table from my ex's instead? hes got the baby this wk so I'll meet u there"),
    ("children", "benign", "sms",
     "Can u collect the sofa from my ex's instead? weve agreed who keeps what so I'll meet u there"),
    ("children", "sensitive", "agent_note",
     "Caller said she was 13 and wanted to move her things to her gran's. Explained we need an adult to book; took gran's "
     "number with her agreement."),
    ("children", "benign", "agent_note",
     "Caller asked whether we move school lockers and lab benches for academies; passed to commercial."),
    ("children", "sensitive", "call_transcript",
     "Caller: It has to fit round the handover, Ruby's with her dad till 6 on Sunday || Agent: So a Saturday move? "
     "|| Caller: Yes, and her bedroom stuff needs to be done before she's back."),
    ("children", "benign", "call_transcript",
     "Caller: It has to fit round the key handover, the landlord's got the flat till 6 on Sunday || Agent: So a Monday "
     "move? || Caller: Yes please."),
    ("children", "sensitive", "web_form",
     "Storage contents declared: toys, pram, high chair, my son's nebuliser and spacer (spare set), photo albums."),
    ("children", "benign", "web_form",
     "Storage contents declared: vintage tin toys for my online shop, two glass display cabinets, photo albums."),
    ("children", "sensitive", "voicemail",
     "Hi, this is Jamie Rowe, I'm in Year 11, my mum's at work so she asked me to ring about moving the date to the "
     "26th. Her number's 07700 900135."),
    ("children", "benign", "voicemail",
     "Hi, this is Jamie Rowe, head of Year 11 at Lowfield Academy, ringing about moving exam desks on the 26th. My "
     "number's 07700 900136."),
    ("children", "sensitive", "review",
     "Brilliant with my 8-year-old, who's autistic and hates change. They let him pick which van his bed went in. "
     "Little things like that."),
    ("children", "benign", "review",
     "Brilliant with my nervous 8-year-old rescue greyhound, who hates strangers. They let her sniff the van first."),
    ("children", "sensitive", "in_app",
     "Photo upload: bedroom layout for the crew. Sorry, Amara (7) and Kofi (10) are in the shot, could you delete it "
     "once you've planned the job?"),
    ("children", "benign", "in_app",
     "Photo upload: bedroom layout for the crew. Sorry about the washing on the radiator."),
    ("children", "sensitive", "dm",
     "yo im 14 n i want to surprise my mum by booking storage for her stuff while she moves, is that allowed? i have "
     "birthday money"),
    ("children", "benign", "dm",
     "yo want to surprise my mum by booking storage for her stuff while she downsizes, is that possible? she's 70 lol"),
    ("children", "sensitive", "email",
     "Hi, we're moving from Dublin to Cork. Our son is finishing 2nd class and our daughter is in Junior Infants, so "
     "the move has to be in the first week of July. Regards, Niamh Hegarty"),
    ("children", "benign", "email",
     "Hi, we're moving from Dublin to Cork. We're both second-level teachers, so the move has to be in the first week "
     "of July. Regards, Niamh Hegarty"),
    ("children", "sensitive", "forum_post",
     "Moved mid-term with a kid in S2 and honestly it was fine, Carr did it in a day and she was at her new school the "
     "Monday."),
    ("children", "benign", "forum_post",
     "Any tips for moving mid-term? I'm a supply teacher so my dates are flexible, just want a cheap weekday."),
    ("children", "sensitive", "complaint_letter",
     "I object to your crew photographing my children's bedrooms for the 'inventory'. Both are under ten and I was "
     "not asked. I want the photos deleted and confirmation in writing."),
    ("children", "benign", "complaint_letter",
     "I object to your crew photographing my bedroom for the 'inventory' without asking first. I want the photos "
     "deleted and confirmation in writing."),
    ("children", "sensitive", "chat",
     "is it ok if the packers drop one box at my daughter's school on the way? St Anne's, she's in Reception and it's "
     "her show and tell stuff"),
    ("children", "benign", "chat",
     "is it ok if the packers drop one box at my daughter's work on the way? she's a nurse at the Infirmary, it's her "
     "old uniforms"),
    ("children", "sensitive", "sms",
     "Pls keep Charlie's GP registration papers and his immunisation card in the file box, he's 3 and we need them "
     "first week"),
    ("children", "benign", "sms",
     "Pls keep the puppy's vet records and vaccination card in the file box, he's 3 months and we need them first week"),
    ("children", "sensitive", "agent_note",
     "Student move: student is 17 (DOB 03/2009), parent guarantor required, mother contacted and agreed to sign."),
    ("children", "benign", "agent_note",
     "Student move: student is 19, at Northgate Uni, paying by her own card; no guarantor needed."),
    ("children", "sensitive", "call_transcript",
     "Agent: And how many bedrooms? || Caller: Three, one's the baby's, she's eight weeks now || Agent: Congratulations! "
     "We'll pack her room last."),
    ("children", "benign", "call_transcript",
     "Agent: And how many bedrooms? || Caller: Three, though we call the box room 'the baby' because it's so tiny || "
     "Agent: Ha, noted."),
    ("children", "sensitive", "web_form",
     "Who will be at the property on the day: Me and my son Tobias, who is 11. He'll be off school."),
    ("children", "benign", "web_form",
     "Who will be at the property on the day: Me and my son Tobias, who's 34 and lives round the corner."),
    ("children", "sensitive", "voicemail",
     "Hi, it's Greta Lund, I foster two boys, six and twelve, and we're moving in April. The local authority need a "
     "copy of your insurance certificate, could you email it to greta.lund@example.com?"),
    ("children", "benign", "voicemail",
     "Hi, it's Greta from Brightwell Fostering's office, we're moving premises and need about 40 crates. Could you "
     "email a quote to office@example.org?"),
    ("children", "sensitive", "review",
     "My boy is 16 and had a proper meltdown about leaving his room. The foreman sat with him on the stairs for ten "
     "minutes. Above and beyond."),
    ("children", "benign", "review",
     "My son (he's 30, don't tell him I called him my boy) booked this for me and it went perfectly."),
    ("children", "sensitive", "in_app",
     "Label request: can you print 'Poppy's Room' labels for her boxes? She's 4 and she's decided she's in charge of "
     "her own boxes."),
    ("children", "benign", "in_app",
     "Label request: can you print 'Kids' Room' labels for the holiday cottage? We let it out to families."),
    ("children", "sensitive", "email",
     "Hi, one thing for the packers: my 12-year-old has about 40 Lego sets built and on shelves, he would be "
     "devastated if they broke. Is there a way to move them built? Thanks, Raj"),
    ("children", "benign", "email",
     "Hi, one thing for the packers: I have about 40 Lego sets built on shelves (I'm 45, don't judge). Is there a way to "
     "move them built? Thanks, Raj"),
    ("children", "sensitive", "dm",
     "hello we move from Lyon to Reading in august, my daughter is in CM2 this year. can you move her piano also? "
     "sorry for my english"),
    ("children", "benign", "dm",
     "hello we move from Lyon to Reading in august for my new job. can you move a piano also? sorry for my english"),
    ("children", "sensitive", "chat",
     "wir ziehen nach Manchester, my son is in Klasse 4 so the move must be in the Herbstferien please. is october "
     "possible"),
    ("children", "benign", "chat",
     "we're moving to Manchester during the Herbstferien because the flights are cheaper, is october possible?"),
    ("children", "sensitive", "complaint_letter",
     "Your booking form asked for my children's dates of birth (2014 and 2017) for 'insurance', and now I'm getting "
     "marketing addressed to them by name. Please explain and delete their details."),
    ("children", "benign", "complaint_letter",
     "Your booking form asks for the dates of birth of all adults in the household. Please explain why this is needed "
     "and how long you keep it."),
    ("children", "sensitive", "forum_post",
     "Learn from me: do NOT move house in Year 6 SATs week. Ellie was in bits. Carr were great, the timing was all us."),
    ("children", "benign", "forum_post",
     "Learn from me: do NOT move house in university exam season, every van in the city is booked out."),
    ("children", "sensitive", "sms",
     "Can crew not come before 8:40? Doing school run with the Year 2 and then the little one to nursery"),
    ("children", "benign", "sms",
     "Can crew not come before 8:40? Our road is gridlocked with school run traffic till then"),
    ("children", "sensitive", "agent_note",
     "Recipient of resettlement pack is a 16-year-old care leaver, supported by social worker; delivery arranged via "
     "Hearth Trust for Tuesday."),
    ("children", "benign", "agent_note",
     "Hearth Trust ordered 10 resettlement packs including single beds and cots for their family units; invoice to the "
     "charity."),
    ("children", "sensitive", "call_transcript",
     "Caller: I'm ringing for my granddaughter, she's fifteen and she's expecting, so she's moving in with us || "
     "Agent: Okay, so it's her belongings from her mum's? || Caller: Yes, just a bedroom's worth."),
    ("children", "benign", "call_transcript",
     "Caller: I'm ringing for my granddaughter, she's twenty-five and moving in with her boyfriend || Agent: Okay, so "
     "a one-bed's worth? || Caller: Yes."),
    ("children", "sensitive", "web_form",
     "Is the booking contact under 18? Yes. Name: Kyle Dunn, age 17. Parent or guardian: Sharon Dunn, 07700 900137."),
    ("children", "benign", "web_form",
     "Is the booking contact under 18? No. Name: Kyle Dunn. Alternative contact: Sharon Dunn, 07700 900138."),
    ("children", "sensitive", "in_app",
     "Please note: the baby monitor cameras in both bedrooms are live and point at Noah's cot (he's 2). Could the "
     "packers unplug them first?"),
    ("children", "benign", "in_app",
     "Please note: the security cameras in the hallway are live for the insurance, don't be alarmed. Packers can "
     "unplug them last."),
    ("children", "sensitive", "email",
     "Hi, we're an Aussie family moving to Bristol. Our eldest is in Year 10 and our youngest in Year 3 back home, so "
     "we'd like to arrive before the UK term starts. Thanks, Bec"),
    ("children", "benign", "email",
     "Hi, we need to move the whole Year 10 art exhibition from the Ravenswood School hall to the town gallery. About "
     "60 framed pieces. Thanks, Bec (art dept)"),
    ("children", "sensitive", "dm",
     "its my sons 3rd birthday the day before the move so therell be balloons and party stuff everywhere, sorry in "
     "advance"),
    ("children", "benign", "dm",
     "its my 40th the day before the move so therell be balloons and party stuff everywhere, sorry in advance"),
    ("children", "sensitive", "voicemail",
     "Hi, quick question: my daughter Zara, she's sixteen, wants to come along in the van to the new house. Is she "
     "allowed?"),
    ("children", "benign", "voicemail",
     "Hi, quick question: my daughter Zara, she's twenty-six, wants to ride in the van to the new house. Is that "
     "allowed on your insurance?"),
    ("children", "sensitive", "review",
     "Crew spotted my toddler had climbed the stacked boxes while I was on the phone and got her down before she fell. "
     "Can't thank them enough."),
    ("children", "benign", "review",
     "Crew spotted the cat had climbed the stacked boxes and got her down before she knocked the lamp. Top lads."),
    ("children", "sensitive", "chat",
     "hey can the student move go under my name? im in lower sixth, moving out of my dads into my aunties"),
    ("children", "benign", "chat",
     "hey can the student move go under my name? im a mature student, 38, moving into halls"),
    ("children", "sensitive", "agent_note",
     "Court-ordered arrangement: mother's solicitor emailed; children's furniture to be delivered to father's address "
     "only after 14/6. Do not release earlier."),
    ("children", "benign", "agent_note",
     "Customer asked if we can deliver and assemble a flat-pack playhouse for a preschool; commercial quote sent."),
    ("children", "sensitive", "forum_post",
     "Carr packed my son's room and he's in 8th grade, convinced they'd wreck his science fair volcano. It arrived "
     "intact. He was gutted he couldn't use that as an excuse."),
    ("children", "benign", "forum_post",
     "Carr packed our children's clothes bank donations for the community centre, 80 bags sorted by size. Great "
     "community spirit from a local firm."),
    # ---- special_categories
    # religion or belief
    ("special_categories", "sensitive", "email",
     "Hi, could the crew come on Sunday instead of Saturday? We keep Shabbat, so nothing from Friday sunset until "
     "Saturday night. Sunday 8am would be ideal. Thanks, Miriam Adler"),
    ("special_categories", "benign", "email",
     "Hi, could the crew come on Sunday instead of Saturday? The road's closed for the carnival all day Saturday. "
     "Sunday 8am would be ideal. Thanks, Miriam Adler"),
    ("special_categories", "sensitive", "chat",
     "pls can the prayer mats and the Quran stand go in a clean box and not on the floor of the van, thank you"),
    ("special_categories", "benign", "chat",
     "pls can the yoga mats and the book stand go in a clean box, they're for my studio and need to look new"),
    ("special_categories", "sensitive", "agent_note",
     "Customer is fasting this month; asked that crew don't eat or drink in the house during the day. Offered to "
     "provide food for the crew after sunset if the job overruns."),
    ("special_categories", "benign", "agent_note",
     "Job for St Barnabas PCC: 120 stacking chairs from church hall to the school gym for the summer fair; invoice to "
     "the parish office."),
    ("special_categories", "sensitive", "sms",
     "Can the crew come at 10:30 not 9? I'm doing the reading at 9 o'clock Mass this week. Thx, Bernadette"),
    ("special_categories", "benign", "sms",
     "Can the crew come at 10:30 not 9? Doing the car boot at 9 to flog the old kitchen stuff. Thx, Bernadette"),
    ("special_categories", "sensitive", "review",
     "Lovely crew. Before unloading anything they asked where I wanted the mandir and the diya lamps to go, and they "
     "carried Ganesh-ji in like he was made of glass."),
    ("special_categories", "benign", "review",
     "Lovely crew. Before unloading anything they asked where my garden gnome collection should go and carried the big "
     "one in like he was made of glass."),
    ("special_categories", "sensitive", "call_transcript",
     "Caller: Since I left the Witnesses my family won't have anything to do with me, so there's nobody to help || "
     "Agent: That's okay, we'll do the full pack || Caller: Thank you, it's just me and the cat."),
    ("special_categories", "benign", "call_transcript",
     "Caller: We're the Kingdom Hall on Ashby Road, we need the chairs and platform moved for the refurbishment || "
     "Agent: I'll book a survey for the hall."),
    ("special_categories", "sensitive", "web_form",
     "Notes: I converted last year, so there's a lot from before that I don't need any more, rosaries, a crucifix, the "
     "children's bible. Can it go to a charity shop rather than the tip?"),
    ("special_categories", "benign", "web_form",
     "Notes: I deal in antique church silver and icons, so about 30 items need crating individually. Insurance value "
     "list attached."),
    ("special_categories", "sensitive", "dm",
     "salam, is it possible to have a female crew? I wear niqab and would prefer no men inside when my husband is at "
     "work"),
    ("special_categories", "benign", "dm",
     "hi, is it possible to have a female crew? no particular reason, just a preference if you have one"),
    # ethnic or national origin
    ("special_categories", "sensitive", "email",
     "Hello, my parents only speak Punjabi and a bit of Urdu, so please could the crew leader phone me on the day "
     "rather than them? I'm on 07700 900151. Thank you, Harjit"),
    ("special_categories", "benign", "email",
     "Hello, my parents are hopeless with phones, so could the crew leader call me on the day rather than them? I'm "
     "on 07700 900152. Thank you, Harjit"),
    ("special_categories", "sensitive", "call_transcript",
     "Caller: Last firm wouldn't come up to the site once they heard we're Travellers. Will you? || Agent: Of course, "
     "we just need to know the access width || Caller: It's fine for a Luton."),
    ("special_categories", "benign", "call_transcript",
     "Caller: We're moving onto a static caravan park, will your lorry fit the access road? || Agent: We'll send a "
     "Luton instead of the 7.5 tonne to be safe."),
    ("special_categories", "sensitive", "agent_note",
     "Customer reports crew member told her to 'go back to Poland' when she queried a scratch. Escalated to ops "
     "manager; customer wants apology in writing."),
    ("special_categories", "benign", "agent_note",
     "Quote requested for moving a Polish deli's two chiller cabinets to the new shop unit; commercial team to call."),
    ("special_categories", "sensitive", "forum_post",
     "As the only Black family moving into a very white village I was braced for stares, and I'll be honest, the Carr "
     "crew being relaxed and friendly set the tone for the whole street."),
    ("special_categories", "benign", "forum_post",
     "Black Friday deal on Carr's double-wall boxes is live, 20% off until Monday. Stock up if you're moving in "
     "January."),
    ("special_categories", "sensitive", "web_form",
     "Nationality: Eritrean. Arrived 2023 with refugee status. Resettlement pack referred by Hearth Trust, "
     "caseworker Abel Tesfaye."),
    ("special_categories", "benign", "web_form",
     "Destination country: Spain. Do you do international part-loads, and how long does it take to Alicante?"),
    ("special_categories", "sensitive", "chat",
     "my nan came over on the boats in 56 from Jamaica and she's kept every document since in a biscuit tin. please "
     "be careful with it"),
    ("special_categories", "benign", "chat",
     "my nan's kept every document since 1956 in a biscuit tin, the old girl keeps everything. please be careful with "
     "it"),
    ("special_categories", "sensitive", "sms",
     "Driver pls ask for Mrs Nguyen at the side door, her English isn't great, she came from Vietnam late. Im her "
     "grandson, call me 07700 900153"),
    ("special_categories", "benign", "sms",
     "Driver pls use the side door, the front bell is broken. Call me on 07700 900154 if stuck"),
    ("special_categories", "sensitive", "review",
     "The foreman was Romany like us and you could see my dad relax the minute they started talking. Good honest "
     "firm."),
    ("special_categories", "benign", "review",
     "The foreman was a Spurs fan like us and you could see my dad relax the minute they started talking. Good honest "
     "firm."),
    # political opinion or activity
    ("special_categories", "sensitive", "email",
     "Hi, I organise the Saturday Palestine solidarity stall in town and need somewhere for about 40 placards, two "
     "banners and the gazebo. Do you do small units monthly?"),
    ("special_categories", "benign", "email",
     "Hi, we're an estate agency and need somewhere for about 40 'For Sale' boards and two gazebos. Do you do small "
     "units monthly?"),
    ("special_categories", "sensitive", "chat",
     "im standing for the Greens in the council elections in May, can I keep the leaflets in a unit till then? about "
     "20 boxes"),
    ("special_categories", "benign", "chat",
     "is your Mill Lane office open on election day? need to drop the keys off and the polling station's next door"),
    ("special_categories", "sensitive", "agent_note",
     "Customer asked for no delivery on 1 May as she's speaking at the rally in town that morning; rebooked for 2 "
     "May."),
    ("special_categories", "benign", "agent_note",
     "Office move for Riverside Constituency Labour Party; invoice to the party's registered address. Survey booked."),
    ("special_categories", "sensitive", "review",
     "Nobody blinked at my framed Conservative Association certificates or the signed photos from conference. "
     "Packed them like treasures."),
    ("special_categories", "benign", "review",
     "Nobody blinked at my huge collection of framed vintage railway posters. Packed them like treasures."),
    ("special_categories", "sensitive", "sms",
     "Moving day clashes with our Lib Dem canvassing session, any chance of an afternoon slot?"),
    ("special_categories", "benign", "sms",
     "Moving day the polling station is in our church hall so parking will be awful, any chance of an afternoon "
     "slot?"),
    ("special_categories", "sensitive", "call_transcript",
     "Caller: I'm a Reform councillor and I've had some grief locally, so could the van not sit outside with the "
     "doors open all day? || Agent: We can load from the side road."),
    ("special_categories", "benign", "call_transcript",
     "Caller: I'm calling from the Town Council, we're moving the mayor's parlour furniture to the new civic offices "
     "|| Agent: Commercial job, I'll arrange a survey."),
    ("special_categories", "sensitive", "web_form",
     "Items for storage: 2 boxes of Extinction Rebellion flags, bike D-locks and a PA system. I'm out on actions most "
     "weekends so need weekend access."),
    ("special_categories", "benign", "web_form",
     "Items for storage: 2 boxes of bunting and flags from the village fete committee and a PA system. Need weekend "
     "access in summer."),
    ("special_categories", "sensitive", "dm",
     "lol the packer asked about my hammer and sickle flag. yes im a communist, been in the party 20 yrs. no it "
     "doesnt need special handling"),
    ("special_categories", "benign", "dm",
     "lol the packer asked about my Soviet-era cameras. yes theyre old. no they dont need special handling"),
    # trade union membership or activity
    ("special_categories", "sensitive", "email",
     "Hi, I'm the GMB rep at the Kingsfield depot and I'm being shifted to the Northampton site after the dispute, so "
     "I need to relocate by the end of next month. Can you quote for a 2-bed? Thanks, Lee Harker"),
    ("special_categories", "benign", "email",
     "Hi, we're the GMB regional office and we're moving to Crown Street next month. Twelve desks and a filing room, "
     "can you quote? Thanks, Office Administrator"),
    ("special_categories", "sensitive", "call_transcript",
     "Caller: I can't do Tuesday, we're out on strike and I'm on the picket line from six || Agent: Wednesday then? "
     "|| Caller: Wednesday's perfect."),
    ("special_categories", "benign", "call_transcript",
     "Caller: I can't do Tuesday, the rail strike means I can't get to the flat || Agent: Wednesday then? || Caller: "
     "Wednesday's perfect."),
    ("special_categories", "sensitive", "agent_note",
     "Customer says her RCN rep is helping her challenge the relocation allowance, so she needs invoices itemised per "
     "service. Sent itemised copy."),
    ("special_categories", "benign", "agent_note",
     "Customer asked whether our crews are unionised; answered with the standard HR policy wording."),
    ("special_categories", "sensitive", "sms",
     "Can u invoice the moving costs separately? Branch reimburses me, I'm the branch secretary"),
    ("special_categories", "benign", "sms",
     "Can u invoice the moving costs separately? Employer reimburses them under the relocation policy"),
    ("special_categories", "sensitive", "chat",
     "could the storage DD go out on the 5th instead? my union subs and the car come out on the 1st"),
    ("special_categories", "benign", "chat",
     "could the storage DD go out on the 5th instead? my salary lands on the 3rd"),
    ("special_categories", "sensitive", "review",
     "Two of the crew had Unite badges on so we had a good natter about the ballot at my place while they wrapped the "
     "sofa. Solid lads, quick job."),
    ("special_categories", "benign", "review",
     "Two of the crew had Everton badges on so we had a good natter about the transfer window while they wrapped the "
     "sofa. Solid lads, quick job."),
    ("special_categories", "sensitive", "web_form",
     "Employer-funded relocation: No. Notes: I was let go after helping organise the union at the warehouse, so this "
     "one's on me. Budget option please."),
    ("special_categories", "benign", "web_form",
     "Employer-funded relocation: Yes, Union Street Dental are covering half. Notes: invoice split 50/50 please."),
    ("special_categories", "sensitive", "forum_post",
     "Posted this in the NEU district group too: Carr gave me a fair quote and did the move on an INSET day so I "
     "didn't lose any pay."),
    ("special_categories", "benign", "forum_post",
     "Moving to France after Brexit: does Carr handle the customs paperwork now we're out of the European Union, or do "
     "I need an agent?"),
    # sexual orientation
    ("special_categories", "sensitive", "email",
     "Hi, I'm Daniel Ross. My husband Mark and I are moving from Leeds to York on the 28th and would like the full pack "
     "service. Our wedding china is the priority! Thanks"),
    ("special_categories", "benign", "email",
     "Hi, I'm Daniel Ross. My business partner Mark and I are moving our shop from Leeds to York on the 28th and would "
     "like the full pack service. Thanks"),
    ("special_categories", "sensitive", "chat",
     "me and my girlfriend are moving in together (I'm a woman before the crew asks again lol, last firm kept asking "
     "where my boyfriend was)"),
    ("special_categories", "benign", "chat",
     "me and my flatmate are moving in together, do you do split invoices so we can pay half each?"),
    ("special_categories", "sensitive", "review",
     "My partner and I (two blokes, one very fussy about his records) were a bit nervous about a bunch of removal lads "
     "in the house. Needn't have been, they were sound."),
    ("special_categories", "benign", "review",
     "The two blokes who came were absolute gentlemen and very careful with my record collection."),
    ("special_categories", "sensitive", "sms",
     "Pls put Jen and Sophie both on the booking. We're getting married in June so Jen's surname will change after"),
    ("special_categories", "benign", "sms",
     "Pls put Jen and Sophie both on the booking, we're sisters sharing the flat"),
    ("special_categories", "sensitive", "call_transcript",
     "Caller: It's Pawel, we've just had our civil partnership, me and Tomasz, so the account should be both our "
     "names now || Agent: Congratulations! I'll update it."),
    ("special_categories", "benign", "call_transcript",
     "Caller: It's Pawel, me and Tomasz run a cafe together so the account should be a business one || Agent: "
     "I'll set up a trade account."),
    ("special_categories", "sensitive", "agent_note",
     "Customer recently came out to his family and is moving out of parents' home in a hurry; asked us never to call "
     "the landline, mobile only."),
    ("special_categories", "benign", "agent_note",
     "Customer coming out of storage contract early as moving abroad; prorated refund processed, mobile contact only."),
    ("special_categories", "sensitive", "dm",
     "can u store all the flags and costumes from the Pride float? me and my wife march every year and the spare room "
     "is full"),
    ("special_categories", "benign", "dm",
     "can u store the flags and costumes from the Pride float? we're the bus company that sponsored it and the depot's "
     "full"),
    ("special_categories", "sensitive", "forum_post",
     "As a bi woman with an ex-girlfriend who still has a key to the old place, does anyone know if Carr will change the "
     "locks on a storage unit too?"),
    ("special_categories", "benign", "forum_post",
     "As a first-time mover with an ex-flatmate who still has a key to the old place, does anyone know if Carr will "
     "change the locks on a storage unit too?"),
    # sex life
    ("special_categories", "sensitive", "agent_note",
     "Customer asked crew not to open the box marked 'bedside': said it contains sex toys and restraints and wants it "
     "sealed and loaded by herself."),
    ("special_categories", "benign", "agent_note",
     "Customer asked crew not to open the box marked 'bedside': contains jewellery and passports, wants it loaded in "
     "her own car."),
    ("special_categories", "sensitive", "chat",
     "ok slightly awkward, the wardrobe in the spare room is all our fetish gear, can the packers just shrink wrap it "
     "without looking inside"),
    ("special_categories", "benign", "chat",
     "ok slightly awkward, the wardrobe in the spare room is all my cosplay gear, can the packers just shrink wrap it "
     "without crushing the wings"),
    ("special_categories", "sensitive", "email",
     "Hi, we're a swinging couple and host parties at home, so the basement has a lot of... equipment. Could we have a "
     "discreet crew who won't make comments? Thanks, R & K"),
    ("special_categories", "benign", "email",
     "Hi, we host a lot of dinner parties, so the basement has a full bar and a lot of glassware. Could we have a "
     "careful crew? Thanks, R & K"),
    ("special_categories", "sensitive", "dm",
     "the guy helping me move isn't my brother, he's who I've been sleeping with. my husband doesnt know so please "
     "dont put his name on anything"),
    ("special_categories", "benign", "dm",
     "the guy helping me move is my brother-in-law, he's only lifting so dont put his name on the booking"),
    ("special_categories", "sensitive", "web_form",
     "Items requiring dismantling: sex swing frame (ceiling mount), bed. Also 2 boxes of adult DVDs, private please."),
    ("special_categories", "benign", "web_form",
     "Items requiring dismantling: garden swing frame, bed. Also 2 boxes of old DVDs for the charity shop."),
    ("special_categories", "sensitive", "sms",
     "Pls dont mention the OnlyFans setup to my mum when shes there lol, ring light and the bed set stay in the back "
     "room"),
    ("special_categories", "benign", "sms",
     "Pls dont mention the surprise party to my mum when shes there lol, balloons stay in the back room"),
    ("special_categories", "sensitive", "call_transcript",
     "Caller: So there's three of us, we're a throuple, me and my two boyfriends, and we need the big bed to go in "
     "the main room || Agent: No problem, super king?"),
    ("special_categories", "benign", "call_transcript",
     "Caller: So there's three of us on the lease, all flatmates, and we each need a double in our own room || Agent: "
     "No problem, three doubles."),
    # gender identity
    ("special_categories", "sensitive", "email",
     "Hi, please update my account name from Michael to Michelle Aston and the title to Ms. I transitioned last year and "
     "my old name is still appearing on invoices. Thanks"),
    ("special_categories", "benign", "email",
     "Hi, please update my account name from Michelle Aston to Michelle Carver and the title to Mrs. I got married in "
     "June. Thanks"),
    ("special_categories", "sensitive", "chat",
     "your driver kept calling me sir even after I corrected him twice. im trans and it honestly ruined the day"),
    ("special_categories", "benign", "chat",
     "your driver kept calling me 'mate' all day lol, didnt bother me, just saying he was great"),
    ("special_categories", "sensitive", "agent_note",
     "Customer is non-binary; pronouns they/them, title Mx. Please brief the crew before arrival."),
    ("special_categories", "benign", "agent_note",
     "Customer asked to be addressed as Dr on all correspondence; title updated."),
    ("special_categories", "sensitive", "sms",
     "FYI name on my ID wont match the booking yet, deed poll's still pending. Im Jess now, not James"),
    ("special_categories", "benign", "sms",
     "FYI name on my ID wont match the booking, its under my work name. Jess Harlow on the day"),
    ("special_categories", "sensitive", "review",
     "As a trans man I always dread having tradespeople in. These lads just called me Alex, asked where things went, "
     "and got on with it. That's all anyone wants."),
    ("special_categories", "benign", "review",
     "As a first-time buyer I always dreaded the moving bit. These lads just asked where things went and got on with "
     "it. That's all anyone wants."),
    ("special_categories", "sensitive", "web_form",
     "Title: Mx. Notes: If you need to speak to my landlord please don't use my deadname, he still has it on the "
     "tenancy."),
    ("special_categories", "benign", "web_form",
     "Title: Dr. Notes: If you need to speak to my landlord please use my work email, I don't check the other one."),
    ("special_categories", "sensitive", "call_transcript",
     "Caller: My partner's transitioning and she'd really rather a female packer does her wardrobe || Agent: We can "
     "send Shona for that room || Caller: Thank you, that means a lot."),
    ("special_categories", "benign", "call_transcript",
     "Caller: My partner's in a real decluttering phase and she'd rather do her wardrobe herself || Agent: No problem, "
     "we'll leave that room || Caller: Thanks."),
    ("special_categories", "sensitive", "dm",
     "can the packers be careful with my chest binders and the testosterone gel, its all in the top drawer of the "
     "bathroom unit"),
    ("special_categories", "benign", "dm",
     "can the packers be careful with my ring binders, its 4 years of PhD notes in the top drawer of the desk"),
    # genetic data
    ("special_categories", "sensitive", "email",
     "Hello, after testing positive for the BRCA2 variant I'm moving closer to the family history clinic in Cambridge. "
     "Could you quote for a 2-bed from Ely? Thanks, Fiona"),
    ("special_categories", "benign", "email",
     "Hello, we're a genetics lab moving to the Cambridge science park and need four -80 freezers moved under "
     "temperature control. Could you quote? Thanks, Lab Manager"),
    ("special_categories", "sensitive", "chat",
     "so a DNA test showed dad had a half-brother nobody knew about, so some of the clearance stuff is going to him "
     "now, can we split the load"),
    ("special_categories", "benign", "chat",
     "so an old letter showed dad's chest of drawers is a family heirloom from his uncle, so it's going to my cousin "
     "now, can we split the load"),
    ("special_categories", "sensitive", "agent_note",
     "Customer mentioned she and her brother both carry the Huntington's gene; moving nearer family support. No special "
     "requirements for the move."),
    ("special_categories", "benign", "agent_note",
     "Customer ordered 20 Heritage archive boxes for the genealogy society's files; delivery to the library."),
    ("special_categories", "sensitive", "web_form",
     "Storage contents: paternity test results and DNA kit paperwork in one sealed box, please mark private."),
    ("special_categories", "benign", "web_form",
     "Storage contents: family tree charts and parish register copies in one sealed box, please mark fragile."),
    ("special_categories", "sensitive", "call_transcript",
     "Caller: The genetic counsellor says my results show I'm a carrier for cystic fibrosis, so we're moving nearer my "
     "partner's family || Agent: Right, so a move to Harrogate?"),
    ("special_categories", "benign", "call_transcript",
     "Caller: Honestly it's in our DNA as a family to hoard, you'll see || Agent: Ha, we've seen worse, we'll bring "
     "extra boxes."),
    ("special_categories", "sensitive", "review",
     "Moving wasn't easy after a home DNA test told me my dad isn't my biological father, but this crew made one part "
     "of a rotten year simple."),
    ("special_categories", "benign", "review",
     "Moving is in this family's DNA, three generations of Carrs, and it shows. Simple and painless."),
    ("special_categories", "sensitive", "sms",
     "Pls keep the sickle cell carrier letter out of the shred pile, the fertility clinic needs it"),
    ("special_categories", "benign", "sms",
     "Pls keep the mobile phone contract letters out of the shred pile, need them for the switch"),
    ("special_categories", "sensitive", "forum_post",
     "Our family has FH, the inherited high cholesterol gene, my two brothers and me all tested positive, so we're all "
     "moving closer to Mum. Carr did two of the three moves."),
    ("special_categories", "benign", "forum_post",
     "Our family has the hoarding gene, I swear. Carr did three loft clearances for us and still smiled."),
    # biometric data
    ("special_categories", "sensitive", "in_app",
     "I enrolled my fingerprint on the access pad at unit 22. Now I've closed the unit please delete my fingerprint "
     "template and confirm."),
    ("special_categories", "benign", "in_app",
     "What access methods do your units support, keypad or app? Thinking of switching sites."),
    ("special_categories", "sensitive", "email",
     "Your new gate at the Hanley site uses facial recognition and I was scanned on arrival. I do not consent to my "
     "face template being stored. Please delete it and give me a PIN instead."),
    ("special_categories", "benign", "email",
     "Does your Hanley storage site use facial recognition cameras? Asking as our firm's data protection officer before "
     "we sign a business contract."),
    ("special_categories", "sensitive", "chat",
     "the palm scanner at block B won't read my right hand since the burn, can someone re-register my palm print on "
     "the left?"),
    ("special_categories", "benign", "chat",
     "the palm-sized padlock you sold me is too small for the hasp on block B, can I swap it?"),
    ("special_categories", "sensitive", "agent_note",
     "Customer's iris scan enrolment at Holloway site failed three times; re-enrolled with duty manager present, "
     "template saved."),
    ("special_categories", "benign", "agent_note",
     "Customer asked about the fingerprint-resistant finish on the steel wardrobe cartons; explained it's a coating."),
    ("special_categories", "sensitive", "complaint_letter",
     "I discovered that your phone line enrolled my voiceprint for 'faster verification' without my explicit "
     "agreement. I want it deleted and confirmation of what biometric data you hold on me."),
    ("special_categories", "benign", "complaint_letter",
     "I discovered that your phone line records calls and I was not told at the start of the call. I want to know how "
     "long recordings are kept."),
    ("special_categories", "sensitive", "web_form",
     "Access method: fingerprint. Authorised users: me (right index finger) and my brother (left thumb), both "
     "enrolled at reception on 3 May."),
    ("special_categories", "benign", "web_form",
     "Access method: PIN code. Authorised users: me and my brother. Please send both PINs by text."),
    ("special_categories", "sensitive", "sms",
     "Face scan on the gate locked me out after I shaved my beard lol, can someone re-scan my face tmrw?"),
    ("special_categories", "benign", "sms",
     "Gate app logged me out after the update lol, can someone reset my password tmrw?"),
]


def carr_examples() -> list[dict]:
    """The carr split as labelled tickets (same shape as ``sensitive_eval.build_eval_set``'s)."""
    return stranger_examples("carr", ENTRIES, SUBJECTS)
