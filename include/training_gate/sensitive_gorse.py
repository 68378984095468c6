"""gorse split: written by a helper who had not seen the detection rules, the anchors or any other split.
Setting: Gorsedale Garden Centres, a garden centre, landscaping and allotment service (plants, tools, a landscaping and
garden-clearance crew visiting homes, allotment plot lettings, memorial benches and gardens, a sensory garden,
community plots, school gardening clubs, a cafe and gift shop);
registers are email, chat, SMS, call transcript, agent note, web form, review (with reply), voicemail, DM.
The benign half borrows the same territory harmlessly: plant names (bleeding heart, widow's tears, baby's breath),
the plant nursery, organisations acting as organisations (a mosque committee, a union branch, a parish council, a
school office, funeral directors), adults' own dates of birth, idioms and routine payment or policy questions.
70 sensitive and 70 benign tickets for special categories, 50 and 50 for children, 20 and 20 for financial hardship,
15 and 15 for health, legal, bereavement and violence and self-harm.
First reading (policy 2026.11.24.5, after it was final; `sensitive_eval.evaluate`, as `make eval-sensitive`):
90.0 / 1.0 recall / false exclusion in % as shipped, 93.0 / 5.5 without the overruling,
90.0 / 5.0 by the rules alone. Then read while tuning the rules of 2026.11.24.6
(the rules alone 98.0 / 4.0 after) and trained on for sensitive-linear-21."""

from __future__ import annotations

from training_gate.sensitive_blind import stranger_examples

SUBJECTS: tuple[str, ...] = (
    "Allotment plot enquiry",
    "Landscaping visit",
    "Garden clearance booking",
    "Memorial bench order",
    "Cafe table booking",
    "Compost and bark delivery",
    "School gardening club",
    "Sensory garden visit",
    "Gift card problem",
    "Plant return",
    "Hedge trimming quote",
    "Community plot application",
    "Online order query",
    "Loyalty card",
)

ENTRIES: list[tuple[str, str, str, str]] = [
    # ---- health
    ("health", "sensitive", "email",
     "Hi Gorsedale team, I'd like to order two of the 75cm Oakhurst raised beds for plot 22 at Marrowfield. "
     "Since the spinal injury last spring I garden from a wheelchair, so I need the taller ones and ideally a "
     "gap of at least 1.2m between them for turning. Could the delivery crew place them rather than leave "
     "them at the gate? Many thanks, Declan Ferris"),
    ("health", "sensitive", "chat",
     "hi can i move the landscaping visit on the 9th? || Agent: Of course, what date suits you better? || "
     "not sure tbh, they've finally given me a date for the hip replacement so i'll be on crutches for a "
     "good 6 weeks after. maybe mid june? || Agent: No problem, I've pencilled you in for 17 June and "
     "the team will ring the day before."),
    ("health", "sensitive", "sms",
     "Sorry cant make the plot inspection sat, been admitted to Wethercombe General with pneumonia. "
     "Will ring when im out. Bev plot 9"),
    ("health", "sensitive", "note",
     "Customer Mrs Abernethy collected 12 bags of multipurpose. She mentioned she is 28 weeks pregnant "
     "and has been told not to lift anything, so Jordan loaded the car for her. No further action."),
    ("health", "sensitive", "voicemail",
     "Voicemail 10:42: Hello, it's Graham Pocock, we've booked the cafe for Saturday lunch, table of "
     "eight. Just to flag my wife Anne has coeliac disease, properly diagnosed, so her food needs to be "
     "genuinely gluten free, separate toaster and all that. Ring me back on 07700 900412. Thanks."),
    ("health", "sensitive", "form",
     "Plot application form | Name: Rhiannon Tudge | Preferred site: Hollinbrook Community Plots | "
     "Any access needs?: I have multiple sclerosis and my balance is poor on bad days, so a plot near the "
     "car park with a hard path would help | How did you hear about us: poster in the library"),
    ("health", "sensitive", "call",
     "Agent: Gorsedale, you're through to Priya, how can I help? || Caller: Hi, I wanted to ask about the "
     "sensory garden membership. My counsellor suggested it, I've been signed off with depression since "
     "February and being outside is meant to help. || Agent: That sounds like a lovely idea. Membership is "
     "£24 a year and the garden's quietest before eleven on weekdays. || Caller: Great, can I pay by phone?"),
    ("health", "sensitive", "review",
     "Review, 5 stars: I had a full-blown panic attack by the seed racks last Tuesday and the young lad on "
     "the tills sat me down in the cafe with a glass of water until it passed. Didn't make me feel silly at "
     "all. || Agent: Thank you so much for sharing this, we've passed your kind words on to Callum."),
    ("health", "sensitive", "chat",
     "Do your leather gauntlets go right up the forearm? || Agent: Yes, the Thornguard ones reach the elbow. "
     "Is it for roses? || Yes, climbing roses. I'm on warfarin so every little thorn scratch bleeds for "
     "ages, my arms looked like a crime scene after Sunday. || Agent: Thornguard is the one then, "
     "size M or L?"),
    ("health", "sensitive", "dm",
     "Hiya, is the sensory garden ok for someone with dementia? My dad's got Alzheimer's and gets anxious "
     "in busy places, his carer wondered about bringing him on Thursday mornings"),
    ("health", "sensitive", "email",
     "Dear Sir/Madam, please pause the fortnightly hedge trimming for now. I broke my ankle in two places "
     "stepping off a kerb and I'm in a cast till August, so I can't get down the garden to unlock the side "
     "gate for the team. I'll email again when I'm walking. Regards, P. Lindqvist"),
    ("health", "sensitive", "note",
     "Agent note: Mr Okonkwo is registered partially sighted. Wants the allotment tenancy agreement in large "
     "print (24pt) or read to him over the phone. Request sent to lettings office, flag added to account."),
    ("health", "sensitive", "sms",
     "hi its Carol, chemo is tuesdays now so could the bark delivery come weds instead? same address x"),
    ("health", "sensitive", "call",
     "Caller: Do you have carb counts for the cakes in the cafe? || Agent: We've got full nutrition sheets "
     "at the counter, yes. || Caller: Great, my daughter-in-law is type 1 diabetic and injects before she "
     "eats, so she likes to know exactly. || Agent: I'll email the sheet over now if you like."),
    ("health", "sensitive", "chat",
     "Which shrubs are least attractive to bees? || Agent: Can I ask what it's for? Most people want the "
     "opposite! || Ha, I know. I ended up in A&E in May, anaphylactic reaction to a sting, so I carry an "
     "EpiPen now and want the patio border a bit calmer. || Agent: Understood. Ferns, grasses and heucheras "
     "would be a good mix."),
    ("health", "benign", "email",
     "Hello, I'd like to order the Apothecary Herb Collection (self-heal, feverfew, lungwort and soapwort) "
     "for the new bed by our front door, plus two bags of horticultural grit. Delivery to 4 Saltmarsh Lane "
     "please. Thanks, Nadia"),
    ("health", "benign", "chat",
     "Do you sell first aid kits? Want one for the shed on our allotment || Agent: Yes, the Gardener's Aid "
     "kit is £12.99: plasters, eyewash and tweezers for splinters. || Perfect, add one to my click and "
     "collect please || Agent: Done, it'll be ready at customer services from 2pm."),
    ("health", "benign", "sms",
     "Our beech hedge looks really sick, brown patches all down one side. Can someone come and diagnose "
     "it? 12 Fernhill Rd"),
    ("health", "benign", "note",
     "Crew briefing 08:15: health and safety checks done for the Upper Lynch clearance job. Chipper guards "
     "tested, ear defenders and visors issued, first aid kit restocked in van 3."),
    ("health", "benign", "review",
     "Review, 4 stars: The Saturday 'Plant Doctor' clinic is brilliant. Brought in a sad tomato with yellow "
     "leaves, was told it was magnesium deficiency and went home with Epsom salts. || Agent: Glad our "
     "Plant Doctor could help, see you at the next clinic!"),
    ("health", "benign", "form",
     "Group visit enquiry | Organisation: Fernleigh Ramblers | Group size: 22 | Question: Are the paths "
     "around the sensory garden step-free, and is there a lift to the cafe mezzanine? Just planning the "
     "route for the day."),
    ("health", "benign", "call",
     "Caller: Does the cafe label allergens on the menu? || Agent: Yes, all fourteen major allergens are "
     "marked and the team can show you the folder. || Caller: Good, we're booking a works lunch and I'm "
     "collecting everyone's orders in advance. || Agent: Lovely, I'll send the pre-order form over."),
    ("health", "benign", "chat",
     "My roses have black spot again, what's the best treatment? || Agent: Clear up the fallen leaves and "
     "use Rosecure every two weeks. || Is that safe near the veg patch? || Agent: Keep it to the "
     "ornamentals to be on the safe side."),
    ("health", "benign", "voicemail",
     "Voicemail: Hi, it's Marcus on Orchard Close. This bindweed is giving me a proper headache, it's "
     "through the whole border. Can someone quote for clearing and rotavating? 07700 900233. Cheers."),
    ("health", "benign", "dm",
     "Is the sensory garden open on the late May bank holiday? And can we bring a picnic in there or is "
     "it only allowed on the main lawn? || Agent: Yes, 10 till 4, and picnics are fine anywhere but "
     "the herb beds."),
    ("health", "benign", "email",
     "Hi, our practice is ordering ten aloe vera plants and a couple of snake plants for reception. Invoice "
     "to Brackley Dental Practice Ltd, PO 5521. Could you deliver Thursday morning?"),
    ("health", "benign", "note",
     "Staff note: Kezia and Tom completed the first aid at work refresher on Monday; certificates filed in "
     "the office. Next refresher due in three years."),
    ("health", "benign", "sms",
     "Lawn's recovering nicely after the scarifying last week, thanks lads. Same again in the autumn?"),
    ("health", "benign", "review",
     "Review, 5 stars: The 'Healthy Soil' workshop was the best £15 I've spent all year. Worm counts, "
     "compost tea, no-dig beds. Tea and cake included! || Agent: Thanks Gill, the next one is in September."),
    ("health", "benign", "chat",
     "Have you got any barrier cream for gardening? My hands are wrecked after a weekend of weeding || "
     "Agent: Fieldwick Gardeners' Hand Balm, £8, very popular. || ta, I'll grab one Saturday"),
    # ---- legal
    ("legal", "sensitive", "email",
     "Dear Gorsedale, regarding the quote for the leylandii reduction at 31 Birch Rise: please hold off for "
     "now. My neighbour has instructed a solicitor over the boundary line and my own solicitor has advised "
     "me not to touch the hedge until it's resolved. I'll be in touch. Yours, Alan Sewell"),
    ("legal", "sensitive", "chat",
     "Someone broke into the shed on plot 41 overnight and took the strimmer and tools || Agent: Oh no, "
     "I'm sorry. Have you reported it? || yeah police came this morning, crime ref is WC/4417/22. do you "
     "need it for the site insurance? || Agent: Yes please, I'll add it to the incident log."),
    ("legal", "sensitive", "note",
     "Agent note: Ms Harcourt says she and her husband are in the middle of divorce proceedings. She has "
     "asked that all invoices and quotes for the garden redesign go to her email only, not the joint "
     "address, until the final hearing."),
    ("legal", "sensitive", "form",
     "Volunteer form - School Gardening Club | Name: Kieran Moss | Any unspent or spent convictions?: Yes, "
     "a conviction for handling stolen goods in 2014, now spent. Happy to discuss | Availability: "
     "Wednesday afternoons"),
    ("legal", "sensitive", "call",
     "Caller: I'm ringing about the patio your lot laid in March. It's sinking at one end. || Agent: I'm "
     "sorry to hear that, can I take the job number? || Caller: GL-30217. And I'll be honest, I've already "
     "filed a small claims case at the county court because nobody answered my emails. || Agent: "
     "Understood, I'll pass this to our operations manager today."),
    ("legal", "sensitive", "voicemail",
     "Voicemail 16:05: Hi it's Dawn from plot 17. My brother Gary won't be doing the watering this week, "
     "he was arrested on Friday and he's still being held, so could someone check the greenhouse? Sorry, "
     "bit of a mess. Bye."),
    ("legal", "sensitive", "sms",
     "Hi, my court date got moved to the 14th so I won't be in for the turf delivery that day. Can we do "
     "the 15th? Thanks, Lewis"),
    ("legal", "sensitive", "dm",
     "Hi, please don't give my plot number or mobile to anyone who asks. There's a restraining order "
     "against my ex-partner and I don't want him turning up at Marrowfield. Thanks, Sam"),
    ("legal", "sensitive", "chat",
     "Can I get a letter confirming my volunteer hours at the community plots? || Agent: Sure, what's it "
     "for? || It's for my employment tribunal, I'm taking my old employer to tribunal for breach of "
     "contract and my barrister wants evidence. || Agent: No problem, I'll ask the coordinator to write one."),
    ("legal", "sensitive", "review",
     "Review, 1 star: Your clearance team took down a fence that wasn't ours. My neighbour is now suing me "
     "and I've had to get a lawyer involved. || Agent: We're very sorry to read this. Please email "
     "complaints@example.com with your job reference so we can look into it urgently."),
    ("legal", "sensitive", "note",
     "Call note: Customer Mr Vance is on bail with a condition not to enter Hollinbrook village, so he "
     "can't collect from that branch. Switched his order 88213 to the Gorsedale main site."),
    ("legal", "sensitive", "form",
     "Garden redesign quote request | Property: 6 Lantern Walk | Notes: We're in a legal dispute with the "
     "developer over the drainage and our solicitor says any new work must be photographed before it "
     "starts. Budget approx £4k | Best time to call: evenings"),
    ("legal", "sensitive", "call",
     "Agent: Hi Mrs Pell, it's Ana from Gorsedale about your application to volunteer at the school club. "
     "|| Caller: Oh yes, is everything okay? || Agent: The DBS certificate came back showing a police "
     "caution from 2019, so the coordinator would like a quick chat before your start date. || Caller: "
     "Right, yes, I did put that on the form."),
    ("legal", "sensitive", "chat",
     "Do you keep CCTV of the car park? || Agent: Yes, for 30 days. Why's that? || A van reversed into my "
     "car on Saturday near the trolley bay, the police took a statement and said to ask you for the "
     "footage. || Agent: We'll need the police reference and a formal request from them."),
    ("legal", "sensitive", "email",
     "Hi there, quick one: the invoice for the hard landscaping needs to be addressed to me care of Pryce "
     "& Osei LLP, as my lawyers are handling the litigation with the insurer over the flood damage. "
     "Reference LIT-0091. Thanks, Imogen Farrah"),
    ("legal", "benign", "email",
     "Hi, before I sign the tenancy agreement for plot 7, can you explain the clause about sheds? It says "
     "structures over 2m need permission. Does that include a polytunnel? Thanks, Irene"),
    ("legal", "benign", "chat",
     "Quick policy q: do your school gardening club volunteers have DBS checks? || Agent: Yes, every "
     "volunteer has an enhanced check before starting. || Great, that's all, just browsing the website. "
     "|| Agent: Thanks for checking!"),
    ("legal", "benign", "form",
     "Room hire enquiry | Organisation: Wethercombe Neighbourhood Policing Team | Event: 'Coffee with a "
     "Copper' drop-in | Date: third Saturday in May | Needs: two tables near the cafe entrance and power "
     "for a laptop"),
    ("legal", "benign", "email",
     "Good morning, Harwood & Lyle Solicitors would like a quote for monthly maintenance of the office "
     "plants at 14 Chantry Street (about 30 pots over two floors). Please address it to the practice "
     "manager, Ruth Okafor."),
    ("legal", "benign", "call",
     "Caller: Do I need planning permission for a summerhouse? || Agent: We can't give legal advice, but "
     "generally under 2.5m high and away from the boundary it's permitted development. Worth checking with "
     "the council. || Caller: Fair enough, which ones have you got on display? || Agent: The Larchmere "
     "and the Compton, both by the pond."),
    ("legal", "benign", "sms",
     "Hi, is the coach trip to the Hampton Court flower show still going ahead? Want to book 2 seats"),
    ("legal", "benign", "note",
     "Event note: Mrs Delacey has agreed to judge the giant marrow and longest runner bean classes at the "
     "August show. Rosettes ordered; judges' lunch in the cafe at 1pm."),
    ("legal", "benign", "chat",
     "My card's been charged twice for order 40127 || Agent: Sorry about that, I can see a duplicate "
     "pending payment. It should drop off in 3-5 working days. || ok, and if it doesn't? || Agent: "
     "Message us back and we'll refund it straight away."),
    ("legal", "benign", "voicemail",
     "Voicemail: Hello, it's Dennis from the Fernhill allotment association. Could you set aside a case of "
     "the Gorsedale apple juice for our raffle? We'll collect Friday. Thanks."),
    ("legal", "benign", "email",
     "Hello, walkers keep cutting across the back of the Hollinbrook plots. Is there an official right of "
     "way there or is it private land? If private, could the association put up a sign? Regards, Mei"),
    ("legal", "benign", "chat",
     "Is the warranty on my Hartwell mower 2 years or 3? || Agent: Three years if you registered it online "
     "within 28 days. || I did, in April. || Agent: Then you're covered until April 2027."),
    ("legal", "benign", "review",
     "Review, 5 stars: Bought the Rust Arrest primer and black gloss for our old iron gate. Two coats and "
     "it looks brand new. Staff gave great advice on prep. || Agent: Looks great, thanks for sharing!"),
    ("legal", "benign", "dm",
     "Is there a hosepipe ban on at the allotments this summer or can we still fill cans from the "
     "water troughs? || Agent: No ban so far this year, but cans only, no hoses on site at any time."),
    ("legal", "benign", "form",
     "Contact form | Subject: Terms of sale | Message: Your website says plants are 'guaranteed for 12 "
     "months'. Does that cover frost damage or just failure to establish? Thinking of buying a large "
     "olive tree."),
    ("legal", "benign", "call",
     "Agent: Gorsedale landscaping, Mike speaking. || Caller: Hi, I've got your quote here and it says the "
     "deposit is non-refundable. Is that standard? || Agent: It is once materials are ordered, but we "
     "refund in full up to 14 days before. || Caller: Okay, I'll sign and send it back."),
    # ---- bereavement
    ("bereavement", "sensitive", "email",
     "Hello, I'd like to enquire about a bench in the Gorsedale memorial garden for my husband Ronald, who "
     "died in January. He spent every Sunday morning in your cafe with the crossword. What wood options are "
     "there and how long does a plaque take? Kind regards, Margaret Elswick"),
    ("bereavement", "sensitive", "chat",
     "Hello, my mother had plot 33 at Marrowfield for twenty years. She passed away last month and we need to "
     "sort out her shed and tools. || Agent: I'm so sorry for your loss. There's no rush, the family can have "
     "until the end of the season. || That's kind. Could your clearance team take whatever we don't want? "
     "|| Agent: Yes, I'll book a free survey visit for next week."),
    ("bereavement", "sensitive", "note",
     "Agent note: plot 12 transfer. Tenant Mr Broadbent died in March; his daughter Leanne Broadbent "
     "(lives locally) wishes to take over the tenancy. Waiting list waived as per next-of-kin policy."),
    ("bereavement", "sensitive", "voicemail",
     "Voicemail 09:12: Hi, this is Steve Kerrigan, I had the landscaping team booked for Monday. Can you "
     "cancel it please, my dad died on Saturday and I'm driving up to Carlisle to be with mum. I'll rebook "
     "when I'm back. Thanks."),
    ("bereavement", "sensitive", "sms",
     "Hi can I order a wreath, white lilies and roses, for my nan's funeral on Friday? Will collect "
     "Thursday and pay then. Jade"),
    ("bereavement", "sensitive", "form",
     "Memorial plaque order | Bench location: Memorial Garden, west path | Inscription: 'In loving memory of "
     "Stanley Hurd, 1941-2024, who grew the best leeks in Gorsedale' | Ordered by: his granddaughter, "
     "Tamsin Hurd"),
    ("bereavement", "sensitive", "review",
     "Review, 5 stars: We scattered Grandad's ashes in the memorial garden in October and the staff made it "
     "so peaceful, closed off the path for us and brought tea out afterwards. Thank you. || Agent: It was "
     "an honour to help your family, we're thinking of you all."),
    ("bereavement", "sensitive", "call",
     "Caller: The loyalty card's still in my husband's name and I'd like it changed to mine. || Agent: Of "
     "course, can I ask the reason for the change? || Caller: He passed away in the spring. I just keep "
     "getting the vouchers addressed to him. || Agent: I'm very sorry. I'll move the points over and "
     "update the name today."),
    ("bereavement", "sensitive", "dm",
     "can i book the quiet bench area at the sensory garden saturday? lost my best mate last week and the "
     "funeral's tuesday, just need somewhere calm to sit for an hour"),
    ("bereavement", "sensitive", "note",
     "Customer recently widowed, his wife Jean died in April. Says the garden was always Jean's thing and he "
     "doesn't know what to do with the greenhouse. Booked a free advice visit for Weds, please be gentle."),
    ("bereavement", "sensitive", "chat",
     "Do you do one-off garden clearances? || Agent: We do. What sort of size are we talking? || It's my "
     "brother's place in Hollinbrook, he died in June and we're getting it ready to sell. The back is a "
     "jungle, brambles head height. || Agent: Sorry for your loss. I'll send Lee round to quote on Thursday."),
    ("bereavement", "sensitive", "form",
     "Function room booking | Event type: wake | Date: 22 November | Guests: about 40 | Notes: My aunt "
     "Phyllis loved your scones so please include those. The service at the crematorium finishes at 1pm "
     "so we'll arrive about 1.45."),
    ("bereavement", "sensitive", "sms",
     "sorry i missed ur call about the trees, i was at the crematorium for my uncle. will ring tomorrow"),
    ("bereavement", "sensitive", "email",
     "Dear Gorsedale, please close the account of Mr Edwin Carr. I am his daughter and executor; he died "
     "on 2 May. The outstanding £42 for hedging can be paid from the estate, please send the invoice to "
     "me. Yours sincerely, Helen Carr-Whitlow"),
    ("bereavement", "sensitive", "call",
     "Agent: Gorsedale allotments, Jo speaking. || Caller: Hi, I'm ringing about my partner Dev's plot, "
     "number 5. He died very suddenly three weeks ago. || Agent: Oh, I'm so sorry. Would you like to keep "
     "the plot on? || Caller: I think so. It's where I feel closest to him."),
    ("bereavement", "benign", "email",
     "Hi, all six of the dahlias I bought in May have died, not a single flower between them. Is that "
     "covered by your plant guarantee? Receipt attached. Thanks, Ollie"),
    ("bereavement", "benign", "form",
     "Enquiry | Organisation: Hollinbrook Parish Council | Message: We're considering adding two memorial "
     "benches to the village green. Could you send a price list for oak and recycled plastic benches, "
     "plus plaque engraving costs?"),
    ("bereavement", "benign", "review",
     "Review, 5 stars: The deadheading and summer pruning workshop was fab. Never knew you could get a "
     "second flush out of salvias!"),
    ("bereavement", "benign", "chat",
     "where's my order? it's 3 days late || Agent: Sorry, the courier's had a backlog. It's out for delivery "
     "today. || it better be, the bedding plants will be half dead at this rate lol || Agent: If anything "
     "arrives damaged, send us a photo and we'll replace it."),
    ("bereavement", "benign", "email",
     "Dear Gorsedale, Ashworth & Daughters Funeral Directors would like to open a trade account for floral "
     "tributes and wreath frames, roughly fifteen orders a month. Who should we speak to? Best regards, "
     "Clive Ashworth"),
    ("bereavement", "benign", "sms",
     "Lost my loyalty card somewhere, can you post a new one to 3 Rookery Way? Thanks"),
    ("bereavement", "benign", "chat",
     "do you have bleeding heart (dicentra) in stock? || Agent: We've got the white one, the pink is back in "
     "March. || white's fine, can you reserve 2 for me"),
    ("bereavement", "benign", "voicemail",
     "Voicemail: Hi, it's Phil. The lavender hedge you planted for us has given up the ghost, about half "
     "the plants have gone grey. Can someone come and have a look? 07700 900118."),
    ("bereavement", "benign", "review",
     "Review, 5 stars: The new barista absolutely killed it with the latte art, got a swan on my flat "
     "white. Cake to die for as well."),
    ("bereavement", "benign", "note",
     "Event note: Remembrance Sunday wreath-laying by the Gorsedale Royal British Legion branch at the war "
     "memorial planters, 10:45. Grounds team to tidy and replant the beds on Saturday."),
    ("bereavement", "benign", "dm",
     "rip my seedlings 😭 slugs got every single one overnight. which pellets are safe for hedgehogs? || "
     "Agent: Ferric phosphate ones, or try beer traps round the edges."),
    ("bereavement", "benign", "chat",
     "Can I put wood ash from the stove on the veg beds? || Agent: Yes, sparingly, it's a good source of "
     "potash. Keep it off the potatoes though, it encourages scab. || Good to know, thanks"),
    ("bereavement", "benign", "call",
     "Caller: Hi, I'm after a plant called widow's tears, my friend has one on her windowsill. || Agent: "
     "That'll be a tradescantia, we've a few varieties in the houseplant room. || Caller: Lovely, I'll "
     "pop in this afternoon."),
    ("bereavement", "benign", "email",
     "Hello, Wethercombe Town Council's bereavement services team is retendering the grounds maintenance "
     "contract at Hill Lane cemetery. Would Gorsedale Landscaping like to receive the tender pack? "
     "Deadline 30 June."),
    ("bereavement", "benign", "form",
     "Customer feedback form | Visit date: 14/09 | Comments: The memorial garden is beautifully kept, the "
     "roses along the brick wall were lovely. Could you add a couple more benches in the shade? | Rating: 5"),
    # ---- violence and self-harm
    ("violence_self_harm", "sensitive", "chat",
     "This is awkward, but the man on the plot next to mine keeps following me to my car and he's left "
     "notes in my shed saying he's watching me. || Agent: That's not okay at all, I'm sorry. Are you safe "
     "right now? || I'm fine, I'm home. I just don't want to go up there alone anymore. || Agent: I'll get "
     "the site manager to ring you today and we'll look at moving you to another plot."),
    ("violence_self_harm", "sensitive", "email",
     "To the lettings office, I want it on record that the tenant of plot 26 told me on Sunday he would "
     "'smash my head in' if my bonfire smoke drifted over his beans again. He had a spade in his hand when "
     "he said it. I was very shaken. Regards, Bernard Quill"),
    ("violence_self_harm", "sensitive", "note",
     "Agent note (confidential): Customer Lisa asked for deliveries to go to a different address. She said "
     "quietly that her husband hits her and she is staying at her sister's. Do NOT ring the home landline. "
     "Address updated."),
    ("violence_self_harm", "sensitive", "voicemail",
     "Voicemail 22:14: Hi... it's Neil, plot 30. I won't be needing the plot next year. Or anything "
     "really. I don't see the point of going on anymore. Sorry. Just... sorry."),
    ("violence_self_harm", "sensitive", "sms",
     "my ex keeps turning up at the garden centre when i'm shopping, he shoved me into the trolleys last "
     "month. is there any way a staff member could walk me out to my car?"),
    ("violence_self_harm", "sensitive", "dm",
     "Someone in the Marrowfield allotment Facebook group has been posting vile stuff about me for weeks, "
     "calling me names and sharing photos of my plot with my home address. Can you as site owners do "
     "anything?"),
    ("violence_self_harm", "sensitive", "review",
     "Review, 2 stars: I was punched in the face in your car park on Saturday by a man who decided I'd "
     "taken his space. Staff were kind afterwards but there was no security anywhere. || Agent: We're so "
     "sorry this happened. We're reviewing car park cover and would like to speak to you directly."),
    ("violence_self_harm", "sensitive", "call",
     "Caller: Are there quiet times at the sensory garden? || Agent: Weekday mornings before ten are "
     "usually very peaceful. || Caller: Good. I self-harm when things get bad and my support worker says "
     "being somewhere green helps me ride it out. || Agent: Thank you for telling me. Mornings it is, and "
     "the staff down there are lovely."),
    ("violence_self_harm", "sensitive", "form",
     "Plot transfer request | Current plot: 14 | Reason for transfer: The holder of plot 15 has been "
     "harassing me since March, shouting abuse, blocking the path and throwing my tools on the compost "
     "heap. | Preferred site: any"),
    ("violence_self_harm", "sensitive", "chat",
     "someone's been putting anonymous letters through my door about my hedge, saying they'll burn it down "
     "with me in the house || Agent: That's frightening, please do report it to the police. Is there "
     "anything we can do on our side? || can your team cut it right back this week so there's nothing "
     "left for them to moan about"),
    ("violence_self_harm", "sensitive", "note",
     "Crew report, job 5521: During the clearance the homeowner's partner was shouting at her and grabbed "
     "her by the arm hard enough that she cried out. Team lead stopped work and left site. Passed to "
     "supervisor for safeguarding advice."),
    ("violence_self_harm", "sensitive", "email",
     "Hello, I'm worried about my mum, Mrs Edna Foyle, who has a weekly garden maintenance visit with you. "
     "I think her new carer has been hitting her, she had bruises on both arms on Sunday. Has your gardener "
     "noticed anything? Please call me on 07700 900561. Jen"),
    ("violence_self_harm", "sensitive", "sms",
     "please can someone come to the cafe entrance, im scared, the man whos been following me is outside "
     "again"),
    ("violence_self_harm", "sensitive", "dm",
     "honestly some days i think everyone would be better off without me. anyway. do u have the tree ferns "
     "back in yet"),
    ("violence_self_harm", "sensitive", "chat",
     "Who do I talk to about problems on the Hollinbrook site? || Agent: That's me, the site coordinator. "
     "What's happened? || Kev on plot 3 told me he knows where I live and I'll 'regret it' if I complain "
     "about his dog again. I'm frightened to go up there. || Agent: Thank you for telling us, I'll log it "
     "and call you this afternoon."),
    ("violence_self_harm", "benign", "email",
     "Hi, do you stock Rootblast stump killer or something similar? Need something that kills a laurel "
     "stump properly without digging it out. Cheers, Josh"),
    ("violence_self_harm", "benign", "chat",
     "do u sharpen secateurs and knives? || Agent: Yes, our sharpening service is £4 per blade with a 48 "
     "hour turnaround. || perfect, I'll drop 3 pairs and a pruning knife in tomorrow"),
    ("violence_self_harm", "benign", "sms",
     "Is the big Fiskars splitting axe back in stock? Need it for the log pile before winter"),
    ("violence_self_harm", "benign", "chat",
     "My sunflower stalks keep snapping in the wind, what can I do? || Agent: Stake them early with bamboo "
     "canes and soft ties. || ahh ok, will do next year"),
    ("violence_self_harm", "benign", "email",
     "Hello, the pigeons are absolutely attacking my brassicas. What netting do you recommend, and do you "
     "sell the hoops to hold it up? Thanks, Gwen"),
    ("violence_self_harm", "benign", "review",
     "Review, 5 stars: You can't beat Gorsedale for bare root roses, and prices were slashed in the January "
     "sale too. The chap in the rose tent knew everything."),
    ("violence_self_harm", "benign", "note",
     "Stock note: slug massacre in the seedling house overnight, lost two trays of lettuce. Copper tape "
     "ordered and wool pellets put down."),
    ("violence_self_harm", "benign", "voicemail",
     "Voicemail: Hi, lightning struck the old oak on our boundary last night and there's a huge split down "
     "the trunk. Can a tree surgeon come and assess it? It's Ray at Pike Farm, 07700 900309."),
    ("violence_self_harm", "benign", "dm",
     "that lemon drizzle in your cafe is to die for, any chance of the recipe?? 😍 || Agent: Our baker "
     "guards it with her life, sorry! You can take a whole loaf home though."),
    ("violence_self_harm", "benign", "call",
     "Caller: Have you got a glue gun and a paint spray gun for the fence? || Agent: Glue guns are in "
     "crafts, and there's the Cuprinol sprayer in aisle 6. || Caller: Is the sprayer any good? || Agent: "
     "Saves hours on a long fence."),
    ("violence_self_harm", "benign", "form",
     "Product question | Item: Brushwood Slasher billhook | Question: Is it sold with a sheath? And is it "
     "suitable for hedge laying or just clearing brambles?"),
    ("violence_self_harm", "benign", "chat",
     "What's best after a brutal frost? My agapanthus look battered || Agent: Fleece them on cold nights "
     "and cut off the mushy leaves in spring. || ok how much is fleece? || Agent: £6.99 for a 10m roll."),
    ("violence_self_harm", "benign", "note",
     "Security note: the cafe panic alarm was tested at 8am by Blackwood Alarms, all zones working. Next "
     "service due in March."),
    ("violence_self_harm", "benign", "email",
     "Hi, the Rendle Wildlife Trust is running a campaign against Himalayan balsam this summer. Could your "
     "allotment sites host a balsam bashing morning in July? We'd bring gloves and volunteers."),
    ("violence_self_harm", "benign", "sms",
     "the crows have been terrorising the chicken feed bin, do you sell a metal one with a locking lid? || "
     "Agent: Yes, the galvanised 50L bin with a clip lid, £34."),
    # ---- financial hardship
    ("financial_hardship", "sensitive", "email",
     "Dear lettings office, I'm writing because I can't pay the £68 allotment rent due on 1 October. I was "
     "made redundant in August and money is very tight until I find something else. Could I pay in "
     "instalments? I really don't want to lose plot 19. Regards, Martin Cole"),
    ("financial_hardship", "sensitive", "chat",
     "hi, i've had a letter from a debt collection agency about an unpaid landscaping invoice?? || Agent: "
     "I'm sorry, that must have been a shock. Can you give me the reference? || LX-55210. I know I owe it, "
     "I just genuinely haven't got it right now. || Agent: I'll ask accounts to pull it back from the "
     "agency and ring you about a payment plan."),
    ("financial_hardship", "sensitive", "sms",
     "Can't pay for the turf till my universal credit comes in on the 28th, can you hold the order till "
     "then? Sorry"),
    ("financial_hardship", "sensitive", "note",
     "Customer Mrs Dyer called to cancel the patio job. Said the family are being evicted at the end of the "
     "month and can't afford it now. Deposit refunded in full on manager's say-so."),
    ("financial_hardship", "sensitive", "form",
     "Concession application | Site: Marrowfield | Reason for reduced rent: I receive Pension Credit and "
     "Housing Benefit | Evidence attached: award letters (2) | Signed: Doreen Platt"),
    ("financial_hardship", "sensitive", "voicemail",
     "Voicemail: Hello, this is Trevor Lamb. I need to cancel the monthly hedge contract. I'm being made "
     "bankrupt next week and the official receiver says I've got to stop all the direct debits. Sorry "
     "about that. Bye."),
    ("financial_hardship", "sensitive", "call",
     "Caller: My card keeps getting declined for the compost order. || Agent: Let me check... it's coming "
     "back as insufficient funds, I'm afraid. || Caller: Yeah, that sounds about right. We're behind on "
     "everything since my husband lost his job. I'll try again after the 1st. || Agent: No problem, "
     "I'll keep the basket saved for you."),
    ("financial_hardship", "sensitive", "review",
     "Review, 5 stars: When I told the lady in the allotment office I'd been laid off and couldn't pay the "
     "plot rent, she set up a £5 a month plan with no fuss at all. Thank you Gorsedale. || Agent: Glad we "
     "could help, Sheila. Happy growing!"),
    ("financial_hardship", "sensitive", "dm",
     "hey is the cafe's pay-what-you-can lunch still on fridays? we're on benefits and the food bank had "
     "nothing left this week"),
    ("financial_hardship", "sensitive", "chat",
     "Can I return the ride-on mower? Bought it two weeks ago || Agent: Is there a fault with it? || No, "
     "it's fine, I just can't afford it. The bailiffs came round yesterday and I need every penny back. "
     "|| Agent: I'm sorry to hear that. As it's within 28 days we can refund it in full."),
    ("financial_hardship", "sensitive", "note",
     "Account note: Mr Hale is in an IVA. His insolvency practitioner (Graham Tew, ref IVA-7721) asks that "
     "all correspondence about the £430 balance goes to them, not the customer."),
    ("financial_hardship", "sensitive", "email",
     "Hi, sorry this is so late. You did the garden clearance in May and I still owe £310. I've been out of "
     "work since March and I'm behind on the rent as well, but I can manage £20 a month if that's okay? "
     "Lucy Pardoe"),
    ("financial_hardship", "sensitive", "sms",
     "hiya its Dom, the £45 for the bark, can I pay it when my jobseekers comes through? sorry mate"),
    ("financial_hardship", "sensitive", "form",
     "Payment difficulty form | Account: GC-40412 | What has changed?: Lost my job when the Kettering "
     "depot closed, signing on now | What can you pay?: Nothing for 3 months, then £15/month"),
    ("financial_hardship", "sensitive", "call",
     "Agent: Gorsedale accounts, Fiona speaking. || Caller: Hi, I've had a final demand for the pergola "
     "balance. || Agent: Yes, I can see £240 is overdue. || Caller: I know. Honestly I've got debts "
     "everywhere, I'm drowning, I've just started with a debt advice charity. || Agent: Let's put it on "
     "hold while you get that advice, and they can contact us directly."),
    ("financial_hardship", "sensitive", "chat",
     "Is the allotment rent refundable if I give up my plot? || Agent: Pro rata, yes. Can I ask why you're "
     "leaving? || The house is being repossessed, we've got till the 30th and we won't be anywhere near "
     "Marrowfield after. || Agent: I'm really sorry. I'll process the refund today."),
    ("financial_hardship", "sensitive", "voicemail",
     "Voicemail 13:30: Hi, it's Aisha. I've got a £25 gift card from a friend and wondered if I can spend "
     "it in the farm shop on food instead of plants, because we're skint till my benefits get sorted. "
     "Thanks, bye."),
    ("financial_hardship", "sensitive", "note",
     "Agent note: customer asked to cancel the weekly veg box. Her husband's business has gone into "
     "liquidation and they're cutting anything non-essential, struggling with the mortgage. Cancelled, "
     "no fee."),
    ("financial_hardship", "sensitive", "dm",
     "any jobs going at the garden centre? got laid off from the warehouse last week and we're struggling "
     "to make rent this month"),
    ("financial_hardship", "sensitive", "email",
     "Dear Sir or Madam, I have received a letter from Carston Recoveries on your behalf about £96 for a "
     "hedge cut. I live on ESA and cannot pay it in one go. Please confirm the debt and agree a repayment "
     "plan with me. Mr P. Rudd"),
    ("financial_hardship", "benign", "email",
     "Hi, my direct debit for the plot rent went out twice this month, £68 both times. Could you refund one "
     "of them please? Account ref AL-2290. Thanks, Hannah"),
    ("financial_hardship", "benign", "chat",
     "Can the allotment rent be paid in instalments? Just checking before I apply || Agent: Yes, annually, "
     "quarterly or by monthly direct debit. || Monthly sounds good, thanks"),
    ("financial_hardship", "benign", "sms",
     "Card got declined at the till earlier, turns out I'd been putting in my old PIN lol. Can I still get "
     "the 10% loyalty discount added to the receipt?"),
    ("financial_hardship", "benign", "note",
     "Finance note: cafe card terminal declined contactless between 10 and 11am due to a network outage. "
     "All affected customers paid by chip and PIN, no losses."),
    ("financial_hardship", "benign", "review",
     "Review, 4 stars: Great value in the 'Bargain Bay' corner, got three hydrangeas that just needed a "
     "drink for a fiver. Bit of a rescue mission but they're thriving now."),
    ("financial_hardship", "benign", "form",
     "Trade account application | Business: Pennock Landscapes Ltd | Credit limit requested: £5,000 | "
     "Payment terms: 30 days | Trade references: two attached"),
    ("financial_hardship", "benign", "call",
     "Caller: I've lost the gift card my sister gave me, can you cancel it? || Agent: If you have the card "
     "number I can move the balance to a new one. || Caller: It's 6301 2214 5578. || Agent: Done, £50 "
     "moved over, the new card goes in the post today."),
    ("financial_hardship", "benign", "chat",
     "Why does my invoice say overdue? I paid by bank transfer on Monday || Agent: Transfers take a couple "
     "of days to match up, I can see it's landed now. || phew, thanks"),
    ("financial_hardship", "benign", "email",
     "Hello, Hollinbrook Food Bank would like to ask whether surplus veg from the community plots could be "
     "donated each Friday in the summer. Our volunteers can collect. Many thanks, the coordinating team"),
    ("financial_hardship", "benign", "voicemail",
     "Voicemail: Hi, it's Colin from Fenwick & Brass accountants. We're doing year-end for the Marrowfield "
     "allotment society and need a statement of their account with you for the last twelve months."),
    ("financial_hardship", "benign", "dm",
     "Do you price match? Saw the same Weber kettle BBQ for £40 less at Bramleys || Agent: We do if it's "
     "in stock at a local shop, just show the till a screenshot."),
    ("financial_hardship", "benign", "sms",
     "Hi, can you reissue invoice 7732 with our company name on it instead of mine? Need it for the "
     "business expenses. Harrow Joinery Ltd. Ta"),
    ("financial_hardship", "benign", "chat",
     "Do you take Klarna? Want to spread the cost of a greenhouse || Agent: Yes, pay in 3 on anything over "
     "£100 online. || great, the 8x6 Eden it is then"),
    ("financial_hardship", "benign", "note",
     "Call note: customer queried a £3.50 delivery charge on order 51190. Free delivery starts at £50 and "
     "the basket was £48. Waived as a goodwill gesture, customer happy."),
    ("financial_hardship", "benign", "review",
     "Review, 3 stars: Lovely plants but the cafe's gone pricey, £4.20 for a latte in this economy! || "
     "Agent: Thanks for the feedback. Our loyalty card gives you every sixth coffee free."),
    ("financial_hardship", "benign", "form",
     "Refund request | Order: 60211 | Item: Haws 9L watering can | Reason: arrived dented | Refund to: "
     "original card"),
    ("financial_hardship", "benign", "email",
     "Dear Gorsedale, Dale Valley Credit Union would like to book your function room for our members' AGM "
     "on 12 March, around 60 people, tea and biscuits. Please invoice the credit union directly."),
    ("financial_hardship", "benign", "chat",
     "these prices for rattan furniture will bankrupt me haha. any sale coming? || Agent: End-of-season "
     "sale starts 1 September, up to 40% off. || I'll wait then 😂"),
    ("financial_hardship", "benign", "call",
     "Caller: I think your website charged me in euros? || Agent: Let me see... your bank's added a "
     "conversion because the card's registered abroad. || Caller: Oh, it's my work travel card, silly me. "
     "I'll pay with my own next time."),
    ("financial_hardship", "benign", "sms",
     "Hi, I'm treasurer of Marrowfield Allotment Society, can you send an invoice for the 40 bags of manure "
     "so I can pay from the society account?"),
    # ---- children
    ("children", "sensitive", "email",
     "Hi, I'd like to book my daughter Isla onto the Saturday Sprouts gardening club. She's eight and "
     "completely obsessed with sunflowers. Does she need her own gloves or do you provide them? Thanks, "
     "Kirsty Bain"),
    ("children", "sensitive", "chat",
     "do you do birthday parties? || Agent: We do garden parties in the potting shed for ages 5 to 10. || "
     "great, it's for my son Alfie who turns 6 on the 19th, about 12 kids || Agent: Lovely, I'll email "
     "you the booking form now."),
    ("children", "sensitive", "sms",
     "Hi its Mel, Ruby (year 4) left her green water bottle at Tuesday club, can she grab it next week?"),
    ("children", "sensitive", "note",
     "Agent note: Mum says her son Theo (7) has a nut allergy, please flag it on the school club register "
     "before Thursday's cafe snack session."),
    ("children", "sensitive", "voicemail",
     "Voicemail: Hi, this is Paula Grint, Jacob's mum. Jacob's in Reception at Fernhill Primary and he's "
     "coming on the class trip to your sensory garden on Friday. Loud noises really upset him, could he "
     "borrow some ear defenders? Thanks, 07700 900744."),
    ("children", "sensitive", "form",
     "School club registration | Child's name: Amara Lindley | Date of birth: 14/03/2016 | School: "
     "Wethercombe Primary | Year group: 4 | Parent contact: 07700 900745"),
    ("children", "sensitive", "review",
     "Review, 5 stars: Took my three year old to the pumpkin patch and she had the best time, the staff let "
     "her push a wheelbarrow the whole way round!"),
    ("children", "sensitive", "call",
     "Caller: Is there a minimum age for the allotment volunteer scheme? || Agent: Sixteen, or fourteen "
     "with a parent. || Caller: My son's fifteen, he needs it for his Duke of Edinburgh bronze. || Agent: "
     "Then he can come along with you on Saturdays, I'll send the form."),
    ("children", "sensitive", "dm",
     "hi my lil girl is 10 months, are the cafe high chairs the ones with trays? and is there a baby change?"),
    ("children", "sensitive", "email",
     "Hello, please only release my son Finley from the after-school gardening club to me or my mother. "
     "His dad doesn't have permission to collect him under the current contact arrangement. Thanks, "
     "Gemma Rowe"),
    ("children", "sensitive", "chat",
     "hi im 14 can i make an account to buy seeds online or do i need my mum? || Agent: You'd need a parent "
     "or guardian to place the order, I'm afraid. || ok ill ask her, its for a science project on cress "
     "|| Agent: Good luck with it!"),
    ("children", "sensitive", "note",
     "Cust's baby arrived 2 weeks early (girl, 6lb 2oz) so she's moving the landscaping start to October. "
     "Card sent from the team."),
    ("children", "sensitive", "form",
     "Gift card personalisation | Message: 'Happy 9th birthday Oscar, love from Grandma and Grandpa' | "
     "Deliver to: Oscar Venn, 7 Hawthorn Close | Amount: £20"),
    ("children", "sensitive", "chat",
     "Hi there, we're visiting from Ohio next month. Our daughter is in 2nd grade and loves bugs, does the "
     "garden have a bug hotel? || Agent: We have two, and a minibeast trail! || awesome, she's going to "
     "lose her mind"),
    ("children", "sensitive", "sms",
     "Hiya, Kai from P5 keeps asking if the gardening club runs in the October week, can you let me know? "
     "Cheers, his mum"),
    ("children", "sensitive", "email",
     "Hi there, my young lad is going into 1st class in September and the school want a seed-to-plate "
     "project over the summer. Would a tub of potatoes be too ambitious for him? Grand if so. Siobhan"),
    ("children", "sensitive", "call",
     "Agent: Gorsedale, Hannah speaking. || Caller: Hi, our little one Maisie came home from Busy Bees "
     "nursery with a bean in a pot from your visit, and she's watering it every five minutes. What do we "
     "do next? || Agent: Ha, lovely! Move it to a bigger pot once it's about 10cm tall."),
    ("children", "sensitive", "voicemail",
     "Voicemail 08:50: Hi, it's Sanjay. My daughter Riya's in Year 9 and needs a week's work experience in "
     "June. Would the garden centre take a thirteen-year-old? Call me back on 07700 900128, thanks."),
    ("children", "sensitive", "note",
     "Club register note: Harry B. (age 6) collected by grandad today, authorised on form. Harry planted "
     "radishes and would not stop talking about worms."),
    ("children", "sensitive", "review",
     "Review, 3 stars: Christmas grotto was sweet but the queue was an hour, with a toddler and a newborn "
     "in tow that's a lot. || Agent: Sorry for the wait, we're bringing in timed slots next year."),
    ("children", "sensitive", "dm",
     "my son's school (Ashgrove Academy) says he needs a small pumpkin for the autumn display, he's in year "
     "7, have you got little ones in?"),
    ("children", "sensitive", "email",
     "Dear club leader, just to let you know Evie (age 9) broke her wrist at the weekend, so she'll be "
     "watching rather than digging for the next six weeks. She still wants to come! Best, Lorna Pike"),
    ("children", "sensitive", "form",
     "Photo consent form | Child: Noah Fairweather | Age: 11 | Photos on social media: NO | Photos in club "
     "newsletter: yes | Signed: parent/guardian"),
    ("children", "sensitive", "chat",
     "can my kids come on the allotment with me? they're 4 and 7 || Agent: Yes, children are welcome on "
     "plots with an adult at all times. || brill, just worried about the water troughs with the little one "
     "|| Agent: Most troughs have lids, and we can fit one on yours."),
    ("children", "sensitive", "sms",
     "G'day, grandson's visiting from Perth, he's in Year 2 over there. What's on at the centre this arvo "
     "for little kids?"),
    ("children", "sensitive", "call",
     "Caller: I bought a kids' trowel set for my granddaughter and one of the handles snapped. || Agent: "
     "Oh dear, was she hurt? || Caller: No, she's fine, she's only five so it was mostly tears. || Agent: "
     "I'll send a replacement set out today."),
    ("children", "sensitive", "note",
     "Agent note: Dad enquired about the teen volunteer scheme for his daughter Zara, 16, who's doing her "
     "Gold DofE. Sent the under-18 consent pack to the email on file."),
    ("children", "sensitive", "email",
     "Hello, my daughter Poppy (Year 5) has been told she can't come back to the gardening club after a "
     "falling out with another girl. She's heartbroken. Could I speak to the club leader? Thanks, Anna"),
    ("children", "sensitive", "chat",
     "i need to fix my son's date of birth on his club record, it says 2017 but he was born 04/09/2016 || "
     "Agent: Thanks for spotting that, corrected now. || ta, otherwise they'd put him in the wrong group"),
    ("children", "sensitive", "voicemail",
     "Voicemail: Hi, it's Leah, just checking the baby-and-me sensory session on Tuesday is okay for a "
     "six-week-old? He's our first so we're a bit nervous. Thanks."),
    ("children", "sensitive", "review",
     "Review, 5 stars: My twelve-year-old did his first morning helping in the cafe garden and came home "
     "buzzing. Thank you for being so patient with him."),
    ("children", "sensitive", "form",
     "Lost property report | Item: blue parka, label says 'Ellis Carr, Class 3B' | Where: play barn | "
     "Contact: 07700 900820"),
    ("children", "sensitive", "chat",
     "Do you post seed kits to Canada? My niece in Calgary is in grade 5 and wants to grow a pizza garden "
     "|| Agent: Sadly we can't send seeds abroad because of import rules. || Shame. I'll send her the book "
     "instead."),
    ("children", "sensitive", "note",
     "Phone note: Mr Ibbotson asked for a copy of his children's club attendance, says he needs it for "
     "the custody hearing. Told him we need consent from the parent named on the form."),
    ("children", "sensitive", "sms",
     "hey its Maddie, im 15, is the saturday job at the cafe still going? my mum says its ok"),
    ("children", "sensitive", "email",
     "Hiya, my twins Alys and Rhys turn three next week and I'm planting a tree for each of them. Which "
     "fruit trees would suit a small garden in Gorsedale? Diolch, Ffion"),
    ("children", "sensitive", "call",
     "Caller: Do you still do junior allotment plots? || Agent: The Seedlings plots for under-16s, yes, "
     "with a parent named on the tenancy. || Caller: Perfect, it's for my eldest, he's thirteen and he's "
     "started watching Gardeners' World religiously. || Agent: Love that. I'll pop a form in the post."),
    ("children", "sensitive", "chat",
     "is the halloween trail ok for a 2yo or too scary lol || Agent: The daytime trail is gentle, the "
     "spooky bits are only after dark. || ok we'll do daytime then"),
    ("children", "sensitive", "voicemail",
     "Voicemail: Hello, is Mrs Kowalczyk from flat 4. My son Tomasz is at Little Acorns nursery and they "
     "say you come to build garden there. He is very excited, he ask if he can help to plant. Thank you."),
    ("children", "sensitive", "note",
     "Club leader note: Layla W. (Y2) was upset today, says she hasn't got a garden at home. Gave her a "
     "pot of cress to take back with her."),
    ("children", "sensitive", "form",
     "Birthday club sign-up | Your child's name: Jude | Birthday: 30 July 2019 | Favourite plant: 'the "
     "spiky one (cactus)'"),
    ("children", "sensitive", "chat",
     "Can I bring my daughter to the cafe quiz night? She's 11 but very good at plant questions! || Agent: "
     "Under-16s are welcome until 8pm with an adult. || Great, we'll slip off at the break."),
    ("children", "sensitive", "email",
     "Hello, we'd like a bespoke planter engraved with our baby's details: 'Arlo James, born 3 June, 7lb "
     "9oz'. Is that something your gift shop can do, and how long would it take?"),
    ("children", "sensitive", "dm",
     "my daughter (she's 17) got a summer job offer from you, does she need a bank account in her own "
     "name for wages?"),
    ("children", "sensitive", "call",
     "Agent: Gorsedale cafe, how can I help? || Caller: We've a table booked for Sunday, can we add a "
     "child's portion? || Agent: Of course, how old is the little one? || Caller: Our son's four, he'll "
     "probably just eat the chips. || Agent: I'll note a kids' meal."),
    ("children", "sensitive", "note",
     "Incident note: boy (said his name was Ben, about 8) found on his own in the maze at 3.10pm, reunited "
     "with his mother at 3.25pm. Logged in the incident book."),
    ("children", "sensitive", "sms",
     "Tilly's got a temperature so won't be at gardening club tomorrow, sorry! Mrs Hunt (Y1)"),
    ("children", "sensitive", "review",
     "Review, 4 stars: Fab egg hunt, my two (6 and 9) loved it, though the older one found every egg in "
     "ten minutes flat."),
    ("children", "sensitive", "chat",
     "my son's doing A-level biology and has to interview someone about soil science for coursework, would "
     "one of your team chat to him? || Agent: Happy to help, Ben in our soil lab could do a video call. || "
     "amazing, he's 17 and a bit shy so short is good"),
    ("children", "sensitive", "form",
     "Junior plot application | Applicant name: Ruby-Mae Dent | Applicant age: 12 | Parent/guardian: "
     "Carla Dent | Why do you want a plot?: 'to grow strawberries and sell them at the gate'"),
    ("children", "benign", "email",
     "Hello, Wethercombe Primary School office here. We'd like to order 20 bags of peat-free compost and 60 "
     "plug plants for the school's raised beds, invoiced to the school. Delivery before 3pm please."),
    ("children", "benign", "chat",
     "Is your nursery open on Sundays? Looking for bare root hedging || Agent: Our plant nursery at "
     "Hollinbrook is open 10 till 4 on Sundays. || Great, have you got beech or hornbeam? || Agent: Both, "
     "as 60-80cm whips."),
    ("children", "benign", "sms",
     "Baby leaf spinach seeds back in yet? Couldn't see them on the website"),
    ("children", "benign", "note",
     "Stock note: baby's breath (gypsophila) delivery short by two trays, credit requested from Harlow "
     "Growers."),
    ("children", "benign", "review",
     "Review, 5 stars: The 'Little Gem' lettuces from your veg plug range were perfect, not one of them "
     "bolted even in the heatwave."),
    ("children", "benign", "form",
     "Loyalty card sign-up | Name: Gareth Pryce | Date of birth: 11/02/1979 | Email: "
     "gareth.pryce@example.com | Marketing emails: yes"),
    ("children", "benign", "call",
     "Caller: Do you sell the Haws junior watering cans? || Agent: Yes, the one-litre ones in red and blue. "
     "|| Caller: I'll take two for a gift hamper I'm making up for the tombola. || Agent: They're at the end "
     "of aisle 3."),
    ("children", "benign", "chat",
     "Do you have baby changing facilities? It's for the 'days out' column in our village newsletter || "
     "Agent: Yes, in both accessible toilets and by the cafe. || Thanks, and is parking free? || Agent: "
     "Free, 200 spaces."),
    ("children", "benign", "email",
     "Dear Gorsedale, 1st Fernhill Scout Group would like to book a guided walk round the wildflower meadow "
     "for our leaders' training weekend, 14 adults, Saturday 9 March. Regards, Group Scout Leader"),
    ("children", "benign", "note",
     "Crew note: Grade II listed wall at 4 Abbey Mews, lime mortar only. Conservation officer has approved "
     "the repointing spec."),
    ("children", "benign", "sms",
     "Hi, can I book the potting shed for my 40th? 20 adults, prosecco, the works"),
    ("children", "benign", "chat",
     "Do you stock Tom Thumb tomato seeds? || Agent: Yes, the Mr Fothergill's packets at £2.49. || cool, "
     "add 2 to my order 71124 please || Agent: Added, no extra postage."),
    ("children", "benign", "form",
     "Volunteer sign-up | Event: Kids' Summer Craft Club | Name: Jenna Holt | Role: helper on the paint "
     "table | Date of birth: 22/06/1990 | DBS: current, on update service"),
    ("children", "benign", "review",
     "Review, 4 stars: Huge, clean and easy to get round. The play barn looks great for families and the "
     "cafe does a proper pot of tea. Parking was a squeeze on a Saturday though."),
    ("children", "benign", "email",
     "Hi, order 60332 arrived but the junior hacksaw was missing from the box. Could you send it on or "
     "refund the £6.50? Thanks, Rob"),
    ("children", "benign", "call",
     "Caller: I'm thirty-four and I still feel like a kid in a sweet shop every time I come in, but today I "
     "need help choosing a hedge trimmer. || Agent: Ha! Cordless or petrol? || Caller: Cordless, it's only "
     "a small privet."),
    ("children", "benign", "chat",
     "Are you doing Santa's grotto this year? Asking for the village Facebook page || Agent: Yes, from 30 "
     "November, booking opens 1 October. || Brill, I'll post it up"),
    ("children", "benign", "note",
     "Education team note: Ashgrove Academy confirmed the Year 8 science visit for 12 June, 90 students "
     "and 6 staff. Risk assessment sent to the school office."),
    ("children", "benign", "sms",
     "Is Baby Bio ok to use on orchids or do I need a special orchid feed?"),
    ("children", "benign", "form",
     "Gift card purchase | Recipient: Mum | Message: 'Happy 70th, love Sarah and Pete' | Amount: £50 | "
     "Delivery: post"),
    ("children", "benign", "chat",
     "General question for a leaflet we're writing: are children allowed in the sensory garden on their "
     "own? || Agent: Under-14s need to be with an adult. || ok, thanks || Agent: Happy to check the leaflet "
     "wording if you send it over."),
    ("children", "benign", "review",
     "Review, 5 stars: Seedling plugs arrived like babies wrapped in cotton wool, not a single one damaged. "
     "Impressive packaging."),
    ("children", "benign", "email",
     "Hello, is the school gardening club programme open to other schools? I'm the business manager at "
     "Brookvale Primary and our head would like to know the costs for next year. Kind regards, Joanne"),
    ("children", "benign", "voicemail",
     "Voicemail: Hi, it's Julie from Tiny Steps Day Nursery on Mill Road. We'd like a quote for two raised "
     "beds and a mud kitchen in our outdoor area. Best number is 07700 900455."),
    ("children", "benign", "chat",
     "do you sell the Junior Kew gardening kits? || Agent: We do, £14.99 in the gift shop. || nice one, "
     "I'll grab a couple for the raffle prizes"),
    ("children", "benign", "note",
     "Till note: 'Little Sprouts' seed packets scanning at £1.99 instead of 99p. IT ticket raised, manual "
     "override for now."),
    ("children", "benign", "call",
     "Agent: For security, can I take your date of birth? || Caller: Seventeenth of August 1968. || Agent: "
     "Thank you, Mr Bell. How can I help? || Caller: I'd like to move my monthly hedge visit to a Friday."),
    ("children", "benign", "dm",
     "what's the policy on the cafe kids' menu, can grown-ups order off it? asking for my appetite 😅 || "
     "Agent: Ha, of course, just ask at the counter."),
    ("children", "benign", "sms",
     "2024 plot fees invoice never arrived, can u resend to jclegg@example.org pls"),
    ("children", "benign", "email",
     "Dear team, my mother (86 and still sharp as a tack) loves your Tuesday coffee mornings. Could you "
     "reserve her usual table by the window each week? Many thanks, Brian Ogle"),
    ("children", "benign", "review",
     "Review, 4 stars: The 'Grow Your Own' beginners' course is basically a nursery class for adults, in "
     "the best way. Patient teacher, no daft questions."),
    ("children", "benign", "chat",
     "Do you stock child-safe slug pellets? || Agent: Our ferric phosphate pellets are approved for organic "
     "growing and gentler on wildlife. Always follow the label. || ok I'll get the big tub"),
    ("children", "benign", "note",
     "Staff rota: Saturday Sprouts club needs two DBS-checked staff from 9 till 12. Priya and Dan "
     "confirmed."),
    ("children", "benign", "form",
     "Room booking | Organisation: Gorsedale Toddler Group committee | Purpose: planning meeting for the "
     "summer fete | Attendees: 6 adults | Room: small meeting room"),
    ("children", "benign", "voicemail",
     "Voicemail: Hi, it's Sue from Fernhill WI. We're doing a 'back to childhood' theme for our tea party "
     "and want 30 small terracotta pots to paint. Can we collect Wednesday?"),
    ("children", "benign", "chat",
     "How old do hedging plants need to be to move them? Mine are 3 years old || Agent: Three-year-old "
     "whips transplant fine in winter while they're dormant. || great, doing it in January then"),
    ("children", "benign", "email",
     "Hello, I teach at Oakfield Juniors and I'd like to buy 30 broad bean kits for a class growing "
     "project. Is there an education discount? The school will pay by invoice. Thanks, Mr Hargreaves"),
    ("children", "benign", "note",
     "Agent note: customer asked whether 'Kids Go Free' weekend applies to annual pass holders. Explained "
     "it's for under-12 day tickets only; passes already include a discount."),
    ("children", "benign", "sms",
     "any Bambino aubergine plants left? the dwarf ones for pots on the balcony"),
    ("children", "benign", "review",
     "Review, 2 stars: Ordered 'baby' rhubarb crowns and they were tiny, nothing like the photo. || Agent: "
     "Sorry about that, first-year crowns are small but bulk up. Message us for a partial refund."),
    ("children", "benign", "call",
     "Caller: Hi, I'm running the PTA stall at Brookvale Primary's summer fair. Do you donate plants for "
     "tombolas? || Agent: We do, up to £50 of bedding for local schools. || Caller: Brilliant, I'll email "
     "the request. || Agent: Send it to events@example.com."),
    ("children", "benign", "form",
     "Job application | Position: Weekend cafe assistant | Name: Connor Blake | Date of birth: 02/12/2001 | "
     "Right to work in UK: yes | Availability: Sat and Sun"),
    ("children", "benign", "chat",
     "my grow bags are like toddlers, need watering every 5 minutes haha. any self-watering ones? || Agent: "
     "The Quadgrow planter waters itself for up to two weeks. || sold"),
    ("children", "benign", "email",
     "Dear Gorsedale, Wethercombe Council's youth service would like to hire a community plot for a "
     "volunteering project next spring. Could you send the terms for organisational lets? Regards, Dev Sahota"),
    ("children", "benign", "dm",
     "is the maze ok for pushchairs? putting together an accessibility guide for the parish magazine"),
    ("children", "benign", "note",
     "Delivery note: 2 x Little Tikes playhouses returned to supplier, damaged in transit. Customer "
     "refunded in full."),
    ("children", "benign", "call",
     "Agent: Gorsedale, Tom speaking. || Caller: Hi, do you do group rates for the play barn on weekdays? "
     "It's for a registered childminders' network. || Agent: Yes, £3 a head, and one adult free for every "
     "three paying. || Caller: Perfect, I'll share that."),
    ("children", "benign", "sms",
     "Is the plant swap on Saturday? I've got loads of spider plant babies to rehome || Agent: Yes, 10 "
     "till 12 in the courtyard, bring labels!"),
    ("children", "benign", "form",
     "Contact form | Subject: School gardening club | Message: Do you publish a programme for the clubs? "
     "I'm writing a piece on outdoor learning for the Wethercombe Gazette. | Name: Tessa Morland"),
    ("children", "benign", "chat",
     "Do you have a kids' menu in the cafe? || Agent: Yes, mains at £4.95 with a drink. || And what's the "
     "policy on nuts in the kitchen? || Agent: We're not nut-free, but every dish is labelled."),
    # ---- special categories
    ("special_categories", "sensitive", "chat",
     "Can the cafe do a takeaway box for collection next week? || Agent: We close at 5, but we can make "
     "something up for you to collect. || That's fine, it's Ramadan and we open our fast about 8.40, so a "
     "4.30 pickup is perfect. || Agent: Done, I'll put two boxes aside under your name each day."),
    ("special_categories", "sensitive", "email",
     "Hi, could the landscaping crew avoid Saturdays please? We keep Shabbat and won't be able to let them "
     "in or talk about the job. Sunday to Thursday is all fine. Thanks, Miriam Adler"),
    ("special_categories", "sensitive", "note",
     "Agent note: Mrs Devi asked for the plot-holders' bonfire evening to be moved off Diwali week, as she "
     "is at the mandir every evening that week. Passed to the site committee."),
    ("special_categories", "sensitive", "sms",
     "cant do sunday, church all morning then lunch with the pastor. saturday ok for the turf?"),
    ("special_categories", "sensitive", "voicemail",
     "Voicemail: Hello, it's Yusuf Hale. Please can Friday's delivery come after two o'clock, I'm at "
     "jummah prayers until then. Thank you."),
    ("special_categories", "sensitive", "form",
     "Plot application | Notes for shared events: I'm a Jain so please no onions, garlic or root veg in "
     "anything I'm served at the harvest lunch | Plot size wanted: half"),
    ("special_categories", "sensitive", "dm",
     "do you sell anything suitable for a sukkah roof? need leafy branches or bamboo mats by the 16th"),
    ("special_categories", "sensitive", "call",
     "Caller: Could I book the sensory garden for a small gathering on Sunday mornings? || Agent: What's "
     "it for? || Caller: Our little Quaker meeting for worship. We've outgrown my front room, there are "
     "eight of us and it's mostly an hour of silence. || Agent: That sounds perfect for the garden, I'll "
     "pencil you in from the 7th."),
    ("special_categories", "sensitive", "review",
     "Review, 5 stars: Thank you to the cafe team for letting me use the quiet corner to pray asr during "
     "my visit. Little things like that really matter. || Agent: You're always welcome here, Hafsa."),
    ("special_categories", "sensitive", "chat",
     "hi, have you got plants that'd remind my mum of home? she's from Jamaica and misses hibiscus and "
     "callaloo || Agent: We've hibiscus in the glasshouse and callaloo seeds in veg! || amazing, she came "
     "over in 1962 and still talks about her yard in Kingston || Agent: Then she needs both!"),
    ("special_categories", "sensitive", "review",
     "Review, 5 stars: As a Black woman I'm used to being followed round shops, so it meant a lot that "
     "your staff just greeted me and let me browse in peace. Will be back. || Agent: Thank you for "
     "telling us, Adaeze, see you soon."),
    ("special_categories", "sensitive", "note",
     "Agent note: Customer explained his family are Romany and would like two adjoining plots so the "
     "extended family can work them together. Asked whether shared plots are allowed; referred to lettings."),
    ("special_categories", "sensitive", "form",
     "Community plot application | Name: Leon Baptiste | Ethnic origin (optional, for monitoring): Mixed "
     "White and Black Caribbean | Preferred day: Saturday"),
    ("special_categories", "sensitive", "sms",
     "Hi, my husband is Nigerian and wants to grow ugu and bitter leaf, any chance you stock the seeds? "
     "Thanks, Claire"),
    ("special_categories", "sensitive", "call",
     "Caller: Do you sell bok choy seedlings? || Agent: Yes, in the veg plug bay. || Caller: Great. My "
     "in-laws are Cantonese and my father-in-law says English bok choy never tastes right, so we're "
     "growing our own. || Agent: Try Mei Qing, it's very reliable."),
    ("special_categories", "sensitive", "dm",
     "does anyone on your team speak Punjabi? my nani doesn't have much English and she really wants to "
     "join the community plots"),
    ("special_categories", "sensitive", "voicemail",
     "Voicemail: Hi, my name's Tendai. I'm Zimbabwean and I'm looking for a plot where I can grow maize and "
     "pumpkin leaves like back home. Is that allowed on your allotments? 07700 900246."),
    ("special_categories", "sensitive", "chat",
     "We want a proper Japanese-style garden for my partner's birthday || Agent: Lovely, acers, moss and "
     "gravel? || yes! she's half Japanese and her grandmother had a garden in Kyoto she still dreams about "
     "|| Agent: I'll book our designer Aiko to visit."),
    ("special_categories", "sensitive", "email",
     "Hi, I'm standing as the Green Party candidate for Hollinbrook ward in May and I'd like 200 packets of "
     "wildflower seed to hand out with my leaflets. Could you quote? Thanks, Rosalind Tebbit"),
    ("special_categories", "sensitive", "chat",
     "can you hold my click and collect till Thursday? || Agent: Of course, we keep orders for 7 days. || "
     "ta, I'm at Labour conference in Liverpool till Weds, I'm a delegate for our CLP this year || Agent: "
     "No problem, it'll be at customer services."),
    ("special_categories", "sensitive", "note",
     "Agent note: customer cancelled her cafe loyalty card in protest at our bagged compost range. Says "
     "she's an Extinction Rebellion activist and will be at the demo outside on Saturday."),
    ("special_categories", "sensitive", "sms",
     "Cant collect sat, out leafleting for the Lib Dems all day. Sunday ok?"),
    ("special_categories", "sensitive", "voicemail",
     "Voicemail: Hi, it's Moira Pettigrew. I'd like to order my hanging baskets for the house, and yes, "
     "before anyone asks, blue flowers again, I've been a Conservative councillor for twenty years. Bye!"),
    ("special_categories", "sensitive", "form",
     "Volunteer form | Availability: weekends | Other commitments: I'm secretary of the local Communist "
     "Party branch so not free Tuesday evenings | Skills: pruning, fundraising"),
    ("special_categories", "sensitive", "dm",
     "will you have more bamboo canes in before saturday? a few of us are making banners for the Palestine "
     "solidarity march"),
    ("special_categories", "sensitive", "call",
     "Caller: I'd like to book your function room for a private meeting. || Agent: What kind of meeting? "
     "|| Caller: A few of us are launching a campaign against the bypass and I'm standing as an "
     "independent in the by-election. || Agent: We do private hires, I'll email the rates."),
    ("special_categories", "sensitive", "review",
     "Review, 2 stars: Decent plants, but I won't be back after your till staff laughed at my 'Rejoin EU' "
     "badge. Some of us still care about it. || Agent: We're sorry, that's not how we want anyone treated."),
    ("special_categories", "sensitive", "email",
     "Hi, is there a discount for union members? I'm in UNISON and saw something about partner offers on "
     "your website. Membership number on request. Kind regards, Pauline Ash"),
    ("special_categories", "sensitive", "chat",
     "Can we move the landscaping visit off the 12th? || Agent: Sure, is there a reason? || We're on strike "
     "that day, I'm the NEU rep at my school so I'll be on the picket line from 7am || Agent: No problem, "
     "how about the 14th?"),
    ("special_categories", "sensitive", "note",
     "Customer is an RMT member and asked that his deliveries avoid the announced strike days, as he'll be "
     "on the picket line. Dates noted on the account."),
    ("special_categories", "sensitive", "sms",
     "sorry late reply, been at my GMB branch meeting all evening. is the patio quote still valid?"),
    ("special_categories", "sensitive", "voicemail",
     "Voicemail 18:20: Hi, it's Kath Rooney. I'm the Unite shop steward at the bus depot so I can only "
     "really talk after my Thursday members' surgery. It's about a quote for my own back garden. Cheers."),
    ("special_categories", "sensitive", "form",
     "Discount claim | Employer: Royal Mail | Union: CWU member, card no. 55231 | Offer: 10% union partner "
     "discount | Order: 81774"),
    ("special_categories", "sensitive", "dm",
     "my RCN membership card expired last month, will you still take it for the 10% off or do I need the "
     "new one? || Agent: We need an in-date card, but we can apply the discount afterwards within 30 "
     "days."),
    ("special_categories", "sensitive", "call",
     "Caller: Is it okay if my husband collects the order? I've got a union branch meeting, I'm secretary "
     "of the bakers' union locally. || Agent: Of course, he just needs the order number. || Caller: "
     "Brilliant, it's 90215."),
    ("special_categories", "sensitive", "chat",
     "your delivery driver had a Unite lanyard on today || Agent: Oh? || tell him from one member to "
     "another, great job getting the slabs round the back || Agent: Ha, I'll pass that on to Mo."),
    ("special_categories", "sensitive", "email",
     "Hi, my husband Callum and I are redoing the front garden and would like a quote for a low wall, "
     "gravel and some grasses. We're at 3 Pinfold Row most evenings. Regards, Stuart Greig"),
    ("special_categories", "sensitive", "chat",
     "hi, can we book the glasshouse for engagement photos? || Agent: Congratulations! When were you "
     "thinking? || 14 June. It'll be me and my fiancée Priya, we're both quite shy so a quiet slot would "
     "be great. I'm Hannah btw || Agent: Lovely, 8am before we open?"),
    ("special_categories", "sensitive", "note",
     "Agent note: customer mentioned she and her wife Jo run the Saturday produce stall at Marrowfield. "
     "Asked to add Jo as joint tenant on plot 4. Form sent."),
    ("special_categories", "sensitive", "sms",
     "hi its Marcus, my boyfriend Ade is picking up the rattan set tomorrow, order 77120"),
    ("special_categories", "sensitive", "dm",
     "is the couples' pottery night ok for two girls? asking for me and my girlfriend 🌈"),
    ("special_categories", "sensitive", "review",
     "Review, 5 stars: As a bi woman I was a bit nervous bringing my girlfriend to the couples' terrarium "
     "workshop, but nobody batted an eyelid. Lovely evening."),
    ("special_categories", "sensitive", "voicemail",
     "Voicemail: Hi, it's Gareth Rees. My partner Liam and I have just moved in together at 12 Quarry "
     "Lane and we'd like someone to look at the garden, it's a wilderness. Thanks."),
    ("special_categories", "sensitive", "form",
     "Joint tenancy request | Tenants: Alex Renn, Jamie Osei, Sam Cole | Relationship: we're a polyamorous "
     "triad and all live at 9 Weir Road | Plot: 27"),
    ("special_categories", "sensitive", "call",
     "Caller: I'd like to add my partner to the loyalty account. || Agent: Of course, Mr Haines, what's "
     "their name? || Caller: Daniel Haines now, we had our civil partnership last month. || Agent: "
     "Congratulations to you both! Daniel's added."),
    ("special_categories", "sensitive", "email",
     "Hi, could you update my loyalty account please? I've transitioned and changed my name by deed poll "
     "from Robert to Roberta Lyle. A new card in the new name would be great. Thanks, Roberta"),
    ("special_categories", "sensitive", "chat",
     "my name on the plot tenancy is still my deadname, how do i change it? || Agent: We just need your "
     "new name, and a deed poll or updated ID if you have one. || ok it's Kit Anand now, pronouns they/them "
     "|| Agent: Thanks Kit, I'll update the tenancy and send you a fresh copy."),
    ("special_categories", "sensitive", "note",
     "Agent note: customer is a trans woman; please use 'Ms' and the name Leona on all correspondence. "
     "Old account under her previous name merged into this one."),
    ("special_categories", "sensitive", "sms",
     "hi just started T so my voice is all over the place, if u ring and dont recognise me its still Sam "
     "lol. delivery still thurs?"),
    ("special_categories", "sensitive", "form",
     "Club volunteer form | Name: Avery Holt | Title: Mx | Gender: non-binary | Pronouns: they/them | "
     "Availability: Monday mornings"),
    ("special_categories", "sensitive", "dm",
     "quick q, are the changing rooms for the landscaping apprentices gendered? i'm trans and starting "
     "with you in september, just want to know what to expect"),
    ("special_categories", "sensitive", "voicemail",
     "Voicemail: Hi, this is Jess, you might still have me down as James on last year's plot list. I've "
     "come out as trans since then, so could the committee update the board by the gate? Thanks."),
    ("special_categories", "sensitive", "call",
     "Caller: I'd like to book a table for eight on the 20th. || Agent: Lovely, is it a special occasion? "
     "|| Caller: Sort of. It's a year since I came out as a trans man, so it's cake with the friends who "
     "got me through. || Agent: That's wonderful. I'll tell the kitchen."),
    ("special_categories", "sensitive", "review",
     "Review, 5 stars: The lad at the till misgendered me, caught himself, apologised and got it right for "
     "the rest of the chat. That's all any of us want. || Agent: Thank you, we'll pass this on to Jamie."),
    ("special_categories", "sensitive", "chat",
     "do you stock heritage Irish potato varieties? || Agent: Lumper and Skerry Blue arrive in February. "
     "|| perfect! my DNA test came back 68% Irish so I'm going full ancestral veg patch lol || Agent: "
     "Love it, I'll reserve a bag of each."),
    ("special_categories", "sensitive", "chat",
     "Does the cafe do lactose-free milk or only oat? || Agent: We have both. || Good, my genetic test "
     "showed I don't have the lactase persistence variant, so that explains a lot || Agent: Ha, lactose-free "
     "it is!"),
    ("special_categories", "sensitive", "note",
     "Agent note: customer explained that she and her brother have both tested positive for the "
     "Huntington's gene, and she wants a low-maintenance garden designed now. Designer visit booked."),
    ("special_categories", "sensitive", "sms",
     "got my ancestry DNA results and turns out we're related to the Hursts who started your nursery! any "
     "old photos from the 1920s in your archive?"),
    ("special_categories", "sensitive", "dm",
     "the paternity test came back and he IS my dad 😭 so can i be added to his plot as family now? who "
     "do i talk to"),
    ("special_categories", "sensitive", "form",
     "Sensory garden membership | Access notes: genetic testing confirmed I have red-green colour blindness "
     "(OPN1LW variant), so please don't rely on colour-coded maps | Name: Ewan Marsh"),
    ("special_categories", "sensitive", "call",
     "Caller: We're doing a family tree display at Gran's tea in the cafe. || Agent: How lovely. || Caller: "
     "We all did the same DNA kit and found a whole branch in Norway nobody knew about, so could you do a "
     "Norwegian cake? || Agent: Let me ask the kitchen about kransekake."),
    ("special_categories", "sensitive", "voicemail",
     "Voicemail: Hi, it's Rob Tilling. The genetics clinic want me back Thursday for my familial "
     "hypercholesterolaemia gene results, so could the turf come Friday instead? Thanks."),
    ("special_categories", "sensitive", "email",
     "Hi, I set up the fingerprint lock on our plot shed with my thumbprint, but it won't accept my wife "
     "Nora's prints when we try to add her. Can you reset it so we're both enrolled? Plot 22, Des Kemp"),
    ("special_categories", "sensitive", "chat",
     "your app's face login keeps failing since I grew a beard lol || Agent: Try removing your face scan "
     "in security settings and enrolling again. || ahh it still had the clean-shaven me. done, works now || "
     "Agent: Beard approved!"),
    ("special_categories", "sensitive", "note",
     "Agent note: customer asked us to delete the voiceprint our phone system captured for caller "
     "verification; she doesn't want her voice stored. Data request raised."),
    ("special_categories", "sensitive", "sms",
     "new gate at Marrowfield won't read my fingerprint, plot 22, been stood here 10 mins"),
    ("special_categories", "sensitive", "form",
     "Subject access request | Data requested: any facial recognition matches of me from the car park "
     "cameras on 3 April | Name: Derek Tallis | Description: tall, grey beard, green jacket"),
    ("special_categories", "sensitive", "dm",
     "why did the self checkout scan my face?? it said 'age checked by facial estimate' when i bought "
     "loppers. is my photo kept?"),
    ("special_categories", "sensitive", "call",
     "Agent: To verify, please say 'my voice is my password'. || Caller: My voice is my password. || Agent: "
     "Thank you, voice match confirmed, Mrs Pryor. || Caller: Great, I'd like to move my bark delivery to "
     "Tuesday."),
    ("special_categories", "sensitive", "voicemail",
     "Voicemail: Hi, it's Ian Beck, plot 40. The palm scanner on the new tool store won't take my right "
     "hand since I cut it, can someone enrol my left palm instead? Cheers."),
    ("special_categories", "benign", "email",
     "Dear Gorsedale, St Aidan's Church flower committee would like to order six pedestal arrangements in "
     "white and gold for Easter Sunday. Please invoice the parish office as usual. With thanks, the "
     "committee secretary"),
    ("special_categories", "benign", "chat",
     "Is the chicken in the cafe halal? || Agent: Yes, our chicken is halal-certified, and there are "
     "veggie options too. || great, just checking before I book the office lunch || Agent: Happy to take "
     "a pre-order whenever you're ready."),
    ("special_categories", "benign", "form",
     "Room hire | Organisation: Hollinbrook Mosque Committee | Purpose: planning meeting for the community "
     "garden open day | Attendees: 12 | Refreshments: tea and biscuits"),
    ("special_categories", "benign", "sms",
     "do u sell christmas trees already netted? need a 6ft nordmann for the office reception"),
    ("special_categories", "benign", "note",
     "Stock note: diya tealight holders and rangoli chalk sets in the gift shop selling well ahead of the "
     "autumn festivals. Reorder 4 boxes of each."),
    ("special_categories", "benign", "review",
     "Review, 5 stars: The 'Monastery Garden' show border by the cafe is stunning, box hedging, herbs and a "
     "little fountain. Great ideas for a quiet courtyard."),
    ("special_categories", "benign", "chat",
     "Is the cafe open on Good Friday and Easter Monday? || Agent: Yes, 9 till 4 both days. || And the "
     "garden centre itself? || Agent: Normal hours, 9 till 6."),
    ("special_categories", "benign", "voicemail",
     "Voicemail: Hi, it's Gwen from the Wethercombe Synagogue gardening group. We'd like a quote for "
     "planting up the four courtyard planters in the spring. Call me on 07700 900371."),
    ("special_categories", "benign", "chat",
     "does angel's trumpet (brugmansia) survive winter outside? || Agent: Not below about 5 degrees, bring "
     "it into a frost-free porch. || and solomon's seal? || Agent: Tough as old boots, leave it out."),
    ("special_categories", "benign", "email",
     "Hi, I'd like to order a Japanese maple 'Bloodgood' and two Chinese lantern plants for delivery to "
     "9 Elm Row. Any chance of a Saturday slot? Thanks, Phoebe"),
    ("special_categories", "benign", "chat",
     "Do you have any African violets? || Agent: In the houseplant room, £4.99. || Do they like a sunny "
     "windowsill? || Agent: Bright, but out of direct sun."),
    ("special_categories", "benign", "form",
     "Event booking | Organisation: Gorsedale Caribbean Carnival Committee | Request: hire of the lawn "
     "for a costume-making and planting workshop | Date: 2 August | Expected: 50"),
    ("special_categories", "benign", "review",
     "Review, 5 stars: The Indian bean tree Raj recommended is finally flowering, absolutely stunning. "
     "Worth the five-year wait! || Agent: Brilliant, Raj will be thrilled to hear it."),
    ("special_categories", "benign", "note",
     "Cafe note: 'World Food Fortnight' menu agreed: jerk chicken, dal, pierogi and bibimbap. Allergen "
     "sheets updated and signage ordered."),
    ("special_categories", "benign", "sms",
     "have u got any persian shield plants? saw one at my mate's and loved the purple"),
    ("special_categories", "benign", "call",
     "Caller: Do you stock Scotch bonnet chilli plants? || Agent: Yes, and Carolina Reaper if you're "
     "brave. || Caller: Ha, Scotch bonnet will do, two please. || Agent: I'll put them by customer "
     "services for you."),
    ("special_categories", "benign", "chat",
     "Is the English Country Garden hamper still available? || Agent: Sold out till next week, sorry. || "
     "ok, I'll take the Welsh cakes one then || Agent: Lovely choice, it's in your basket."),
    ("special_categories", "benign", "dm",
     "general question, do your job applications have an equality monitoring form? thinking of applying "
     "for the nursery supervisor role"),
    ("special_categories", "benign", "email",
     "Hello, Wethercombe Borough Council would like to use your function room as a polling station on 2 "
     "May. Please confirm availability and the hire rate. Kind regards, Electoral Services"),
    ("special_categories", "benign", "chat",
     "Can I get a conservative estimate for relaying the patio? Don't want surprises || Agent: Ha, we'll "
     "quote worst case. Roughly £2,800 for 20 square metres. || OK, book a survey please || Agent: "
     "Tuesday at 10 suit?"),
    ("special_categories", "benign", "note",
     "Marketing note: 'Vote for your Garden of the Year' campaign launches 1 June, voting closes 31 July. "
     "Posters to all three sites."),
    ("special_categories", "benign", "sms",
     "could the team do a liberal sprinkling of bark over the front beds when they come? ta"),
    ("special_categories", "benign", "form",
     "Event booking | Organisation: Hollinbrook Labour Party branch | Event: summer barbecue | Attendees: "
     "40 | Catering: yes, veggie options needed | Invoice to: branch treasurer"),
    ("special_categories", "benign", "review",
     "Review, 4 stars: The green party bags from the gift shop went down a storm at our anniversary do. "
     "Seed paper, little trowels, very cute. || Agent: So glad they were a hit!"),
    ("special_categories", "benign", "call",
     "Caller: Is it true you're stopping peat sales? || Agent: Yes, everything we sell is peat-free from "
     "March, in line with the government ban. || Caller: Right, what do you recommend for my "
     "blueberries then? || Agent: Melcourt's peat-free ericaceous."),
    ("special_categories", "benign", "dm",
     "the parish council says the hedge along Church Lane is yours to cut, is that right? it's over the "
     "pavement"),
    ("special_categories", "benign", "voicemail",
     "Voicemail: Hi, it's Lorna from Hollinbrook Residents' Association. We're running a petition to the "
     "council about the new parking charges and wondered if we could leave a clipboard by your tills?"),
    ("special_categories", "benign", "email",
     "Good afternoon, the UNISON Wethercombe Health branch would like to order 50 potted herbs as gifts "
     "for its stewards' conference, invoiced to the branch. Delivery to the Civic Hall on 8 May."),
    ("special_categories", "benign", "chat",
     "What's the labour rate for your landscaping team? || Agent: £38 an hour per person, plus materials. "
     "|| Is there a minimum? || Agent: Half a day."),
    ("special_categories", "benign", "note",
     "Ops note: Union Jack bunting and flags for the summer fete display arrived; stored in the events "
     "cupboard next to the gazebos."),
    ("special_categories", "benign", "sms",
     "Do you have a strike plate for a gate latch? the old one has rusted right through"),
    ("special_categories", "benign", "form",
     "Order query | Item: Union Street planters (set of 3) | Problem: one arrived cracked across the base "
     "| Order no.: 80114 | Photos: attached"),
    ("special_categories", "benign", "call",
     "Caller: Will my delivery be affected by the postal strike? || Agent: No, we use our own vans. || "
     "Caller: Oh good, so the bulbs can come as planned. || Agent: Thursday, between 8 and 1."),
    ("special_categories", "benign", "review",
     "Review, 5 stars: The Allotment Federation regional meeting in your function room ran like "
     "clockwork, great sandwiches and the projector worked first time."),
    ("special_categories", "benign", "dm",
     "is the 'Marrowfield Growers Union' on the noticeboard an actual group or a joke? want to know who "
     "organises the seed swap"),
    ("special_categories", "benign", "voicemail",
     "Voicemail: Hello, this is the GMB regional office. We'd like to book your meeting room for a "
     "training day on 9 October, 15 delegates, lunch included. Please call 07700 900390."),
    ("special_categories", "benign", "email",
     "Hello, Gorsedale Pride committee would like 40 rainbow planters for our float in July, invoiced to "
     "Gorsedale Pride CIC. Can we collect them the Friday before? Thanks, Events team"),
    ("special_categories", "benign", "chat",
     "Do you sell rainbow chard seeds? || Agent: Bright Lights, yes, £2.29. || and pride of Madeira "
     "(echium)? || Agent: In the Mediterranean section, £12."),
    ("special_categories", "benign", "note",
     "Event note: couples' pottery night on 14 February fully booked, 24 pairs. Waiting list started at "
     "the cafe till."),
    ("special_categories", "benign", "sms",
     "hi, can my partner pick up order 66012? it's in my name, they'll bring the confirmation email"),
    ("special_categories", "benign", "review",
     "Review, 4 stars: Took my other half for afternoon tea for our anniversary, the scones were heavenly "
     "and the jam homemade."),
    ("special_categories", "benign", "call",
     "Caller: Do you do wedding flowers? || Agent: We do, for weddings and civil partnerships, any size. || "
     "Caller: Great, I'm the venue coordinator at Ashby Hall and want to add you to our supplier list. || "
     "Agent: I'll send our brochure and trade prices."),
    ("special_categories", "benign", "form",
     "Workshop booking | Workshop: 'Bringing the Outside In' couples' terrarium evening | Name: Lewis Ward "
     "+ 1 guest | Tickets: 2 | Paid: yes"),
    ("special_categories", "benign", "dm",
     "straight edge trimmer or curved for the lawn edges? first garden, no clue what i'm doing"),
    ("special_categories", "benign", "chat",
     "Is there a 'plus one' deal on workshop tickets? || Agent: Two tickets for £45 instead of £50. || "
     "Nice, booking for me and my mate || Agent: Great, see you both on the 3rd."),
    ("special_categories", "benign", "email",
     "Hi, quick policy question for the access guide we're compiling: do you have gender-neutral toilets at "
     "the main Gorsedale site? Thanks, Hollinbrook Access Group"),
    ("special_categories", "benign", "chat",
     "are the women's and men's gardening gloves actually different or is it just colours? || Agent: The "
     "women's run a size smaller in the fingers. || ok I'll try both on in store"),
    ("special_categories", "benign", "note",
     "HR note: name badges reprinted for new starters; the pronoun line is now optional on all badges by "
     "company policy."),
    ("special_categories", "benign", "sms",
     "transplant question: when's best to move a peony? it's in completely the wrong spot"),
    ("special_categories", "benign", "form",
     "Website feedback | Comments: Your checkout makes 'title' compulsory. Could you add a 'prefer not to "
     "say' option or drop it? | Name: Chris Ede"),
    ("special_categories", "benign", "review",
     "Review, 5 stars: The Ladies Who Lunch deal on Tuesdays is a bargain, and the Gents' version on "
     "Thursdays is just as good, apparently!"),
    ("special_categories", "benign", "call",
     "Caller: Can you change the name on my account from Elizabeth to Liz? Everyone calls me Liz. || Agent: "
     "Of course, done. || Caller: Thanks, the emails were bugging me. || Agent: No problem at all."),
    ("special_categories", "benign", "dm",
     "is lady's mantle (alchemilla) ok in full shade or does it need some sun? || Agent: Part shade is "
     "ideal, it sulks a bit in deep shade."),
    ("special_categories", "benign", "chat",
     "I'd like to change my title on the account from Mrs to Ms, is that easy? || Agent: Very, updated "
     "now. || thank you! || Agent: Anything else I can help with today?"),
    ("special_categories", "benign", "email",
     "Hi, are your tomato seeds F1 hybrids or open-pollinated? I want to save seed and keep the varieties "
     "true to type. Thanks, Omar"),
    ("special_categories", "benign", "chat",
     "Do you sell any GM seeds? || Agent: No, none of our seeds are genetically modified. || good, thanks "
     "|| Agent: Our organic range is on the left as you come in."),
    ("special_categories", "benign", "note",
     "Stock note: 'Heritage Genes' seed collection arrived, 40 packs. Display by the seed racks, "
     "point-of-sale cards to follow."),
    ("special_categories", "benign", "review",
     "Review, 5 stars: Your grafted apple on M27 rootstock is tiny but fruiting like mad. 'Good genetics', "
     "as the man in the fruit section said!"),
    ("special_categories", "benign", "sms",
     "is the family tree apple back in? the one with cox, bramley and james grieve on one trunk"),
    ("special_categories", "benign", "call",
     "Caller: My sweet peas came up white instead of purple. || Agent: That happens with saved seed, they "
     "cross-pollinate. || Caller: So it's the genes? || Agent: Basically, yes. Fresh seed next year for "
     "true colours."),
    ("special_categories", "benign", "form",
     "Workshop booking | Workshop: 'Plant Breeding & Genetics for Gardeners' | Name: Sandra Kyte | "
     "Tickets: 1 | Dietary needs: none"),
    ("special_categories", "benign", "dm",
     "is the Heirloom rose scented? want something for the arch over the front gate"),
    ("special_categories", "benign", "email",
     "Hi, I'm after a stainless steel BBQ with a fingerprint-resistant finish. Does the Weber Genesis have "
     "that coating, or is there another model you'd recommend? Cheers, Lyle"),
    ("special_categories", "benign", "chat",
     "Do you sell fingerprint padlocks? Our allotment committee is comparing options for the shared shed "
     "|| Agent: We stock a Master Lock biometric one at £39. || ok thanks, I'll report back to the "
     "committee"),
    ("special_categories", "benign", "note",
     "IT note: the new tool store at Hollinbrook uses keypad codes, not biometrics. Codes change quarterly "
     "and go out with the newsletter."),
    ("special_categories", "benign", "sms",
     "The face of the brick wall your team built is crumbling in one spot, can someone come and look?"),
    ("special_categories", "benign", "review",
     "Review, 5 stars: Always a friendly face on the tills and they remember what you bought last time. "
     "Best garden centre for miles."),
    ("special_categories", "benign", "voicemail",
     "Voicemail: Hi, I think I left a voice message on the wrong number earlier, this is for the cafe: "
     "table for four on Friday at 1pm, name's Barker. Thanks."),
    ("special_categories", "benign", "form",
     "Privacy question | Message: Do your car park cameras use facial recognition? I'm putting together a "
     "comparison for the local business forum. | Name: Ian Crowe, Gorsedale Traders"),
    ("special_categories", "benign", "call",
     "Caller: Is the Palm Springs range of pots back in? || Agent: The terracotta ones, yes. || Caller: "
     "Great, I'll need two of the big ones. || Agent: Reserved under your number."),
]


def gorse_examples() -> list[dict]:
    """The gorse split as labelled tickets (same shape as ``sensitive_eval.build_eval_set``'s)."""
    return stranger_examples("gorse", ENTRIES, SUBJECTS)
