"""Quill split: written by a helper who had not seen the detection rules, the anchors or any other split.
Setting: a printing and stationery shop (invitations, photo books, personalised gifts, cards, labels), a
deed-poll/name-change and document service and an online form-filling helper, seen through email, chat, SMS,
voicemail and call transcripts, order notes, web forms, reviews with replies, DMs and agent notes/summaries,
in UK, US, Irish, Scottish, Indian, Nigerian, South African, Australian, Filipino, Singaporean and Caribbean
English plus some non-native writing. The benign half reuses each category's vocabulary through product
and theme names, print jargon (bleed, kill the job, dead stock), pets, fiction, idioms, hypotheticals,
negations, policy text and businesses in the field ordering stationery, without revealing anything about anyone.
First reading (policy 2026.11.13, before any change made in response to it; `sensitive_eval.evaluate`, as `make
eval-sensitive`): 90.7 / 5.7 recall / false exclusion in % as shipped, 90.7 / 12.1 without the overruling, 85.0 /
10.7 by the rules alone. Then read while tuning the rules, and trained on by the classifier."""

from __future__ import annotations

from training_gate.sensitive_blind import stranger_examples

SUBJECTS: tuple[str, ...] = (
    "Order #QL-48213 proof question",
    "Change of delivery address",
    "Wedding invitation reprint",
    "Photo book upload stuck at 92%",
    "Deed poll: witness and signing",
    "Form helper keeps timing out",
    "Refund request",
    "Personalised mug - wrong spelling",
    "Address labels not as expected",
    "Rush order for Friday",
    "Account login problem",
    "Can I change the font?",
    "Missing parcel",
    "Certified copies of deed poll",
    "Feedback on my order",
)

ENTRIES: list[tuple[str, str, str, str]] = [
    # ---- health
    ("health", "sensitive", "email",
     "Hi there, could you hold the wedding invitations at the depot rather than deliver on the 14th? "
     "I'm having knee surgery that morning and won't be home to sign for them until at least the 20th. "
     "Happy to pay for storage. Thanks, Marguerite Osei"),
    ("health", "sensitive", "chat",
     "hi can the captions in my photo book be made bigger || Agent: Of course, the default is 10pt, what "
     "size would you like? || honestly as big as it goes, i'm registered partially sighted and i "
     "couldnt read a single one on the proof || Agent: Understood, I've set captions to 18pt bold and "
     "re-sent the proof to your email."),
    ("health", "sensitive", "web_form",
     "Form helper feedback: the Blue Badge renewal keeps crashing on the page where you describe how far "
     "you can walk. Since the stroke I can only manage about 20 metres and it takes me ages to type "
     "that out, then it logs me out and I lose everything. Please fix the timeout."),
    ("health", "sensitive", "agent_note",
     "Customer asked for the thank-you cards to be reprinted with a new date. She was on the cardiac ward "
     "at St Aldhelm's for three weeks and missed the dispatch window. Waived the rush fee, new proof "
     "sent, ships Tuesday."),
    ("health", "sensitive", "sms",
     "Sorry for the slow reply about the proof, been in with pneumonia since Sunday. Proof looks fine, "
     "go ahead and print. Dev"),
    ("health", "sensitive", "call",
     "Agent: Deed poll team, this is Priya. || Caller: Hi, I've got your form here but my signature "
     "won't look anything like the one on my passport. || Agent: That's okay, is there a reason? || "
     "Caller: My hands shake too much now, the Parkinson's has got worse this year. Can I sign with a "
     "mark? || Agent: Yes, you can sign with a mark as long as the witness notes it. I'll email the wording."),
    ("health", "sensitive", "review_reply",
     "3/5. Labels arrived quickly but I ordered the LARGE print set for my mum's methotrexate and warfarin "
     "boxes and the text was no bigger than normal. She needs to tell them apart. || Reply from QuillPress: "
     "Sorry about this, the large-print option didn't carry over from your basket. A corrected set is on "
     "its way free of charge."),
    ("health", "sensitive", "chat",
     "do u do small waterproof labels? need them for my insulin pens, im type 1 and keep grabbing the "
     "fast acting one instead of the basal at night lol not great || Agent: We do, the 30x10mm vinyl ones "
     "survive the fridge fine. Want two colours so they look different?"),
    ("health", "sensitive", "email",
     "Hello, we ordered 80 pregnancy announcement cards with 'Due 2nd September' printed inside. After "
     "the 20-week scan the midwife moved my due date to 16th August. Is it too late to change it before "
     "printing? Order QL-77120. Many thanks, Sinead & Cormac"),
    ("health", "sensitive", "thread",
     "Hi, I'm stuck on the employer's sickness absence form in your helper. || Agent: Happy to help, which "
     "section? || The bit asking for the reason from the fit note. GP signed me off for four weeks with "
     "anxiety and depression and I don't know if I have to write it word for word. || Agent: The helper "
     "copies whatever you enter. Many employers accept the wording from the fit note exactly as written."),
    ("health", "sensitive", "web_form",
     "Order notes: please DON'T ring the bell or knock. I'm halfway through chemo and sleep most of the "
     "afternoon. Leave the parcel with number 12 (Gwen) or in the green box by the gate."),
    ("health", "sensitive", "dm",
     "hey, the deed poll needs my signature and a witness but I'm an inpatient on the Rowan unit (mental "
     "health ward) until at least Friday. can my sister bring it in and one of the nurses witness it?"),
    ("health", "sensitive", "agent_summary",
     "Customer is profoundly deaf and uses BSL; she asked that we contact her by email or text only, never "
     "by phone. Order is 60 retirement party invitations, gold foil. Updated contact preferences on the "
     "account and flagged for the print team."),
    ("health", "sensitive", "chat",
     "I'm making a photo book of our 50 years together for my husband || Agent: What a lovely idea! || "
     "His memory is going, the dementia has moved quickly since spring, and the nurse said pictures help. "
     "Can the pages be thicker so his hands can turn them? || Agent: Yes, the Layflat Heavy option uses "
     "card pages, I'll switch it for you at no extra cost."),
    ("health", "sensitive", "voicemail",
     "Hi, it's Caroline Mbeki, order ending 4471, the personalised mug. I was meant to collect it from the "
     "Stretford shop but I've broken my hip and I'm on crutches for six weeks, so could you post it "
     "instead? I'll pay the postage. Number is 07700 900412. Thanks."),
    ("health", "sensitive", "email",
     "Dear Sir/Madam, Kindly expedite the affidavit for correction of name in my degree certificate. I am "
     "undergoing dialysis thrice weekly at Apollo centre and cannot visit the notary office repeatedly. "
     "Please advise if the notary can come to residence. Regards, R. Venkataraman"),
    ("health", "sensitive", "chat",
     "for the wedding place cards can u add a tiny wheat-with-a-line-through symbol next to my name? im "
     "coeliac and the caterers go off the cards || Agent: Sure! Just yours or any other guests?"),
    ("health", "sensitive", "thread",
     "The driving licence section of the helper asks 'Do you have any condition that affects your "
     "driving?' || Agent: That question comes straight from the official form, so we can't change it. || "
     "I had my first seizure in August and the neurologist thinks it's epilepsy, do I tick yes? || Agent: "
     "We can't give advice on that, but the form's guidance notes list which conditions must be declared."),
    ("health", "sensitive", "agent_note",
     "Caller recently diagnosed with ADHD, asked if the form helper can autosave every page as he loses "
     "track partway through long forms. Explained autosave is every 60s; raised feature request FR-219."),
    ("health", "sensitive", "sms",
     "Good day, please I cannot come for the family photo session on Saturday again. Doctor said my BP "
     "is too high and I must rest for one week. Kindly move it to the 23rd. Thank you. Mrs Adeyemi"),
    ("health", "benign", "email",
     "Hello, we're an independent pharmacy in Headingley and need 2,000 dispensing labels, 70x35mm, "
     "compatible with our thermal printer. Can you send a sample sheet first? Thanks, Okafor Chemists"),
    ("health", "benign", "chat",
     "upload page is sick slow today || Agent: Sorry about that, we had a spike this morning. Try again "
     "now? || yep works, cheers"),
    ("health", "benign", "web_form",
     "I'm printing a recipe photo book called 'Healthy Eats at Number 9' for my book club. Can the cover "
     "title be in green and the spine text in white?"),
    ("health", "benign", "chat",
     "my cat Mochi has thyroid tablets twice a day and we keep forgetting who gave them. do you do a "
     "personalised fridge magnet chart with her photo? || Agent: We do! The weekly planner magnet has "
     "tick boxes, you can add her picture at the top."),
    ("health", "benign", "email",
     "Hi, we run the Hospital Radio Quiz Night every November and need 150 tickets numbered 001-150, plus "
     "an A2 poster. Same design as last year, just change the date to 22 Nov. Cheers, Dave (volunteer)"),
    ("health", "benign", "chat",
     "this checkout is giving me a headache, it keeps adding the envelopes twice || Agent: I can see the "
     "duplicate, I've removed one set. Total is now £42.60."),
    ("health", "benign", "email",
     "Quick question about your policy before I commit: if I (hypothetically) ended up ill or in hospital "
     "before the wedding, could the invitation order be paused? Nothing planned, I just like to read the "
     "small print. Thanks, Josie"),
    ("health", "benign", "thread",
     "Does your form helper keep any of my answers after I submit? || Agent: No. We don't store medical "
     "or personal details once the form is generated; drafts are deleted after 30 days. || Perfect, "
     "that's all I wanted to know."),
    ("health", "benign", "web_form",
     "Trade order: 40 packs of the 'Get Well Soon' card assortment for our gift shop, same as invoice "
     "INV-2281. Please invoice on 30-day terms."),
    ("health", "benign", "email",
     "Hi, could you do 25 waterproof labels saying 'FIRST AID KIT - Floor 2' for our office? The health "
     "and safety audit is next week and the old ones have peeled. Thanks, Facilities, Brandt Logistics"),
    ("health", "benign", "chat",
     "doing Doctor Who themed invites for my 30th, can the TARDIS on the front be a darker blue? the proof "
     "looks a bit purple || Agent: Good catch, I've shifted it to the Pantone 281 shade."),
    ("health", "benign", "web_form",
     "RSVP cards: nobody on our side has allergies or dietary requirements, so please remove the dietary "
     "tick boxes and make the song request line bigger instead."),
    ("health", "benign", "review_reply",
     "5 stars. The 'Wellness Retreat' stationery set was exactly what our spa wanted for the opening "
     "weekend, gorgeous sage green. || Reply from QuillPress: Thank you! Enjoy the launch."),
    ("health", "benign", "chat",
     "third reprint of the same banner, my order is basically in intensive care at this point haha || "
     "Agent: Ha, sorry! The colour profile was wrong, I've fixed it and expedited the reprint."),
    ("health", "benign", "thread",
     "Does the helper cover the GHIC application? Off to Spain in June. || Agent: Yes, it's under "
     "Travel > Health insurance card. It takes about ten minutes. || Brilliant, thanks."),
    ("health", "benign", "email",
     "Hello, Smilewell Dental here. We need 1,000 appointment reminder cards, double-sided, our logo on the "
     "front and blank lines on the back. Same stock as last order please. Regards, Practice Manager"),
    ("health", "benign", "sms",
     "Crazy week at work, sorry for the delay! Proofs approved, go ahead. Tom"),
    ("health", "benign", "chat",
     "we're a yoga studio and want 10-class pass cards with a punch grid, A7 size || Agent: We can do "
     "that on 400gsm matte. How many? || 500 please"),
    ("health", "benign", "email",
     "Hi, photo book of our cosplay weekend. I'm the plague doctor on page 3, my friend is the zombie "
     "nurse. Could the black backgrounds be darker? They came out grey on the proof. Thanks, Ravi"),
    ("health", "benign", "chat",
     "the tracking page is on life support, just spinning || Agent: It's back up now, your parcel is out "
     "for delivery today."),
    # ---- children
    ("children", "sensitive", "web_form",
     "Iron-on name labels x100: 'AVA KOWALSKI'. She's starting Reception at Brookfield Primary in "
     "September so I need them by the end of August please."),
    ("children", "sensitive", "chat",
     "hiya my 9yo wants ninja party invites for his birthday, 20 of them, with 'Leo is turning NINE' on "
     "the front || Agent: Love it. Black with a red headband design? || yes perfect"),
    ("children", "sensitive", "email",
     "Hi, please change the label text to 'Jacob Whitfield 4M'. He's in Year 4 now, not Year 3, and the "
     "school asks for the class on everything. Sorry for the faff. Rachel"),
    ("children", "sensitive", "thread",
     "Using your helper for my daughter's first passport application || Agent: Great, where are you "
     "stuck? || The photo page keeps rejecting her picture because her eyes aren't open enough. She's "
     "7 months old, she won't keep them open || Agent: For babies under one the rules are relaxed, tick "
     "'child under 1' and it will accept it."),
    ("children", "sensitive", "email",
     "Hello, I need 2 copies of the residential trip consent form filled in for my wee one. She's in P6 "
     "at Craigmount Primary, name is Isla Fraser. The helper wouldn't let me put 'P6' in the year box. "
     "Ta, Morag"),
    ("children", "sensitive", "chat",
     "hi po, ordering invites for my son's Grade 7 moving up ceremony, can the font be more formal? "
     "his name is Carlo Dizon || Agent: Sure, I'll swap to a serif. Gold or navy?"),
    ("children", "sensitive", "web_form",
     "My daughter turns 15 next month and wants a photo book of her and her friends from school. "
     "Can I upload photos from her phone via the QR code, or does it have to be my account?"),
    ("children", "sensitive", "email",
     "Hi, a personalised good luck card for my son please, he's sitting his GCSEs from 12 May. Inside: "
     "'Go smash it Kieran, proud of you always - Mum'. Can it arrive by the 10th? Thanks, Lorna"),
    ("children", "sensitive", "chat",
     "Need 40 invitations for Grace's first communion on 18 May at 11am, reception after at our house "
     "|| Agent: Lovely, the white and silver design? || yes, and add her full name Grace Ann Murphy"),
    ("children", "sensitive", "call",
     "Agent: Name change team, how can I help? || Caller: I want to change my son's surname to mine on a "
     "deed poll. He's 12. || Agent: For a child under 16 we need consent from everyone with parental "
     "responsibility. || Caller: His dad won't sign, we've got a custody arrangement. || Agent: Then it "
     "would need a court order; I can send you the guidance."),
    ("children", "sensitive", "email",
     "Please close the account under the email skaterboi_j@example.net. My son Jayden (14) opened it "
     "using my saved card and ordered three hoodies. I'd like the orders cancelled and refunded. "
     "Mark Ellery"),
    ("children", "sensitive", "web_form",
     "Labels for Poppy's nursery bag and bottles please, she's at Little Acorns three days a week. "
     "Just 'Poppy M' in pink, dishwasher safe."),
    ("children", "sensitive", "agent_summary",
     "Caller's son, aged sixteen, used her card to order a personalised hoodie with his school leavers' "
     "names on the back. She is happy for the order to go ahead but wants future orders to require her "
     "approval. Explained we don't offer sub-accounts; suggested removing the saved card."),
    ("children", "sensitive", "chat",
     "twins are turning one!! first birthday invites, 'Amara & Zain are ONE', pastel rainbow || Agent: "
     "Congratulations! How many? || 35 pls"),
    ("children", "sensitive", "thread",
     "The helper asks for 'pupil number' on the Year 8 residential form || Agent: That's on the school "
     "report or the parent app. || found it, it's for Ethan, 8B at Holloway Park || Agent: Great, paste "
     "it in and the rest should auto-fill."),
    ("children", "sensitive", "sms",
     "Hi, can you add 'Happy 13th Birthday Niamh' to the cake topper order? She's 13 on Sat. Thanks"),
    ("children", "sensitive", "email",
     "Hello, birth announcement cards please: 'Theo James Hartley, born 3 February at 04:12, 3.2kg'. "
     "Use the photo of him in the yellow blanket. 60 cards with envelopes. Thanks, Ben & Ola"),
    ("children", "sensitive", "email",
     "Dear team, I'd like to order 30 thank-you cards for my son's Junior Cert results party. He got "
     "great results at Coláiste Bríde so we're celebrating! Name on the card is Oisín. Regards, Aoife"),
    ("children", "sensitive", "chat",
     "hello, K2 graduation photo book for my girl at Little Seeds Kindergarten Tampines. can put her "
     "class photo on cover? name Chloe Tan || Agent: Yes can, upload it as the cover image."),
    ("children", "sensitive", "web_form",
     "I uploaded photos of my stepdaughter Mia (she's ten) for a calendar. Once it's printed please "
     "delete them from your servers, her mum doesn't want them stored anywhere."),
    ("children", "benign", "chat",
     "does the 'Little Monsters' party invite pack come with envelopes? || Agent: Yes, kraft envelopes "
     "are included. || great, add 2 packs"),
    ("children", "benign", "email",
     "You're kidding me, the order went to my old address AGAIN. I updated it in settings last month. "
     "Please redirect or resend. Order QL-30981. Imogen"),
    ("children", "benign", "email",
     "Hello, school office at Hollins Primary here. We need 500 A4 letterheads with the new logo and our "
     "updated phone number. PO number 7781. Kind regards, Business Manager"),
    ("children", "benign", "chat",
     "personalised collar tag for our puppy pls, she's 9 weeks old and called Nala || Agent: Cute! Round "
     "or bone shaped? || bone, with my mobile on the back"),
    ("children", "benign", "web_form",
     "Labels for our goat's milk soap, brand name 'Happy Kid Dairy'. Round, 50mm, 300 labels. Artwork "
     "attached."),
    ("children", "benign", "email",
     "Hi, I'm a children's author and need 20 proof copies of my picture book, 'Otto and the Moon Boat', "
     "A4 landscape, hardback. Print-ready PDF attached. Thanks, Hollie Grant"),
    ("children", "benign", "chat",
     "can the envelopes be baby blue instead of the powder blue? || Agent: Yes, there's a baby blue in "
     "the same weight. || swap them pls"),
    ("children", "benign", "email",
     "Invites for my 40th, Hogwarts theme, 'acceptance letter' style. Yes I'm a grown adult who still "
     "loves wizards. 50 please, wax seal sticker included? Thanks, Darren"),
    ("children", "benign", "web_form",
     "Family Christmas card template: we don't have kids, just the two of us, so please remove the "
     "'children's names' line and centre our names instead."),
    ("children", "benign", "email",
     "Wholesale enquiry: we stock your 'Best Teacher Ever' mugs in our gift shop and want 60 more before "
     "the end of term rush. Trade price list please. Bramble & Co"),
    ("children", "benign", "web_form",
     "400 waterproof plant tags for our garden nursery, printed with variety names from the attached "
     "spreadsheet. Need them before the spring plant fair."),
    ("children", "benign", "chat",
     "the glitter card is gorgeous, my inner child is screaming || Agent: Haha we love to hear it! "
     "Anything else? || nope, checking out"),
    ("children", "benign", "thread",
     "Can my partner use my account to order? || Agent: Yes, anyone with the login can order. Our terms "
     "say accounts are for users aged 18 and over and we don't knowingly collect data from under-13s. || "
     "Fine, she's my partner not my kid lol. Thanks"),
    ("children", "benign", "email",
     "Hi, we own a toy shop in Cheltenham and need 5,000 small price stickers, plus 200 'Ages 3+' "
     "shelf strips. Can you do both on one invoice? Regards, Timbers Toys"),
    ("children", "benign", "email",
     "Class of 2009 reunion invitations! 120 of them, with our old school crest. We're all mid-thirties "
     "now so nothing too glittery please. Organiser: Priyanka"),
    ("children", "benign", "chat",
     "please handle the foil proof with kid gloves, last time it got creased in the post || Agent: "
     "Noted, I'll ask for a hard-backed envelope."),
    ("children", "benign", "thread",
     "The visa form asks 'number of dependants' but I have none. Can I leave it blank? || Agent: "
     "Enter 0, otherwise the helper flags it as incomplete. || done, thanks"),
    ("children", "benign", "email",
     "Photo book of my baby, a 1967 Mustang I've restored over six years. 40 pages, glossy. Can the "
     "cover say 'Eleanor'? That's the car's name. Cheers, Gus"),
    ("children", "benign", "web_form",
     "Our kids' clothing brand 'Tiny Trekkers' needs 2,000 swing tags with a string hole, 50x90mm, "
     "kraft card. Artwork attached."),
    ("children", "benign", "sms",
     "Hi, is the Year 2025 wall calendar still in stock? Want 3. Thanks"),
    # ---- financial_hardship
    ("financial_hardship", "sensitive", "email",
     "Hi, is there any way to pay the balance on the wedding invitations in instalments? I lost my job "
     "at the end of last month and money is really tight until I find something. I don't want to cancel. "
     "Thanks, Hannah Price"),
    ("financial_hardship", "sensitive", "chat",
     "how much is the deed poll? || Agent: The standard deed poll is £34.99, enrolled is £59. || is there "
     "a reduced rate? im on UC and cant stretch to that this month || Agent: We don't have a concession "
     "rate, but you can use the free template and print it yourself."),
    ("financial_hardship", "sensitive", "thread",
     "Hi, I need the change of name deed urgently. || Agent: Express is 24h, what's the rush? || "
     "Bailiffs came round on Tuesday for the council tax and they've got my old name on everything, "
     "I'm trying to sort the accounts out || Agent: Understood, I've upgraded you to express."),
    ("financial_hardship", "sensitive", "email",
     "To whom it may concern, I keep getting letters from Carrow Recoveries about £48.20 for an order "
     "from last year. I know I owe it but I'm already behind on three other debts and can only pay £5 "
     "a month. Can that be arranged? Please stop the letters. M. Doyle"),
    ("financial_hardship", "sensitive", "web_form",
     "Question: I was declared bankrupt in 2023 and discharged this year. Can I still change my name "
     "by deed poll, and do I have to tell the official receiver?"),
    ("financial_hardship", "sensitive", "sms",
     "Pls change delivery address on order 55102 to 4 Ferndale Rd, we got evicted Friday and are "
     "staying at my sister's. Thx"),
    ("financial_hardship", "sensitive", "chat",
     "can i cancel the photo book order || Agent: Yes, it hasn't gone to print yet. May I ask why? || "
     "we've had to use the food bank twice this month and i cant justify £60 on a book || Agent: "
     "Completely understand, I've cancelled it and the refund will show in 3-5 days."),
    ("financial_hardship", "sensitive", "email",
     "Hello, I ordered the invitations for my own leaving do but I was made redundant after 19 years "
     "rather than retiring, and I can't pay the remaining £85 right now. Could we drop to 30 "
     "invitations instead of 80? Regards, Keith Barlow"),
    ("financial_hardship", "sensitive", "thread",
     "Does your helper do debt relief order applications? || Agent: It covers the DRO application form, "
     "yes. || ok I owe about £14k across cards and catalogues and my adviser said I qualify || Agent: "
     "The helper walks you through each creditor, have the letters next to you."),
    ("financial_hardship", "sensitive", "chat",
     "my card got declined again for the labels || Agent: Sorry, the bank rejected it. Another card? || "
     "not really, I'm in an IVA so I only have the one basic account and its empty till payday on the 28th"),
    ("financial_hardship", "sensitive", "agent_note",
     "Customer behind on rent, landlord has served a section 21 notice. Asked to pause her monthly "
     "photo print subscription for three months rather than cancel. Paused until July, no fee."),
    ("financial_hardship", "sensitive", "email",
     "Hi, I'm on Jobseeker's Allowance and the form helper asks for a fee for the council tax reduction "
     "form. Is there a free version? I literally have £11 until Monday. Thanks, Jordan"),
    ("financial_hardship", "sensitive", "chat",
     "pls cancel the personalised gifts, took out a payday loan to pay for christmas and now i cant even "
     "cover the repayments || Agent: I'm sorry to hear that. Two of the three items haven't been made "
     "yet so I can cancel those and refund £47."),
    ("financial_hardship", "sensitive", "email",
     "Good day, I was retrenched from the plant in March and I am struggling to settle the account for "
     "my parents' 40th anniversary invitations. Can I pay R300 per month? Thank you, Sipho Dlamini"),
    ("financial_hardship", "sensitive", "dm",
     "Abeg, I no fit pay the balance for the anniversary programme now. My salary never enter for five "
     "months and I dey owe everybody for street. Please hold the order for me, I go pay small small."),
    ("financial_hardship", "sensitive", "web_form",
     "Refund request: I'm on a debt management plan and agreed not to take on new spending. I ordered "
     "the calendar before thinking. Can it be refunded? It hasn't shipped."),
    ("financial_hardship", "sensitive", "email",
     "Please update my address to Room 14, Harbour House. The council have put us in temporary "
     "accommodation after we lost the flat, so post may take a while to reach me. Order QL-61205."),
    ("financial_hardship", "sensitive", "chat",
     "how long does a refund take? || Agent: 3-5 working days usually. || is there any way faster, im "
     "maxed on my overdraft and two cards and the gas meter's on emergency credit || Agent: I've "
     "flagged it as urgent, it should land within 48 hours."),
    ("financial_hardship", "sensitive", "voicemail",
     "Hi it's Bev, order for the anniversary mugs. I couldn't top up the electric this week so my phone's "
     "been off, that's why I missed your calls. I can't pay the extra £9 for the reprint, can we just "
     "leave it? Thanks."),
    ("financial_hardship", "sensitive", "agent_summary",
     "Customer's printing business went under in January and the house is being repossessed. He asked to "
     "close his trade account and for the outstanding £212 to be put on a payment plan. Set up £20/month."),
    ("financial_hardship", "benign", "chat",
     "my card got declined? || Agent: It looks like the 3D Secure check timed out. Try again and approve "
     "it in your banking app. || worked second time, thanks"),
    ("financial_hardship", "benign", "email",
     "Hello, could you send a VAT invoice for order QL-44018 addressed to Ferris Architects Ltd? Our "
     "finance team needs it for the quarter end. Thanks, Leila"),
    ("financial_hardship", "benign", "chat",
     "the website broke when I hit pay, did it go through?? || Agent: Yes, one payment went through and "
     "the order is confirmed. || phew"),
    ("financial_hardship", "benign", "email",
     "We're a credit control and debt recovery firm and need 1,000 DL window envelopes and 500 "
     "letterheads. Can you match last year's price? Regards, Purchasing, Halden Recoveries"),
    ("financial_hardship", "benign", "web_form",
     "Monopoly-themed invites for my dad's 70th: 'Do not pass GO, come to Ron's party'. Could the back "
     "have a 'Bankrupt? Never!' joke card? He loves that game."),
    ("financial_hardship", "benign", "chat",
     "money heist themed party invites, red jumpsuit and mask design, 30 please || Agent: Got it, "
     "matte or gloss? || matte"),
    ("financial_hardship", "benign", "email",
     "Hi, I returned the cards on the 3rd. How long does the refund usually take to appear? No rush, "
     "just keeping track. Cheers, Owen"),
    ("financial_hardship", "benign", "chat",
     "student discount code STUDY15 not working || Agent: That code expired on the 31st, but STUDY10 is "
     "live. || fine, I'll use that"),
    ("financial_hardship", "benign", "email",
     "Purely hypothetical, but what's your policy if someone loses their job mid-subscription? Can they "
     "pause? I'm fine, I'm just comparing services before signing up. Thanks, Aisling"),
    ("financial_hardship", "benign", "thread",
     "Why was I charged £6? || Agent: That's the late payment fee from our terms for trade accounts "
     "settling after 30 days; invoice QL-T-903 was paid on day 34. || oh fair, our accounts team was "
     "on holiday. Thanks"),
    ("financial_hardship", "benign", "email",
     "Hello, Marsh & Penn Insolvency Practitioners here. We'd like 2,000 business cards for our new "
     "partners and a reprint of our compliment slips. Files attached. Best, Office Manager"),
    ("financial_hardship", "benign", "chat",
     "can i split payment across two cards? || Agent: Not at checkout, but you can pay a deposit by one "
     "card and the balance by another from your account. || ok nice"),
    ("financial_hardship", "benign", "web_form",
     "Big Brother style 'eviction night' party invites for our flat's finale watch party. 15 invites, "
     "the eye logo in purple please."),
    ("financial_hardship", "benign", "chat",
     "Wolf of Wall Street theme for my 30th, gold and black, can you put fake dollar bills on the "
     "envelope liners? || Agent: Yes, we have a money print liner."),
    ("financial_hardship", "benign", "email",
     "Hi, I found the same photo book cheaper at another printer. Do you price match? Order not placed "
     "yet. Thanks, Connor"),
    ("financial_hardship", "benign", "chat",
     "is there a budget paper option for the labels? they're only for freezer bags || Agent: Yes, the "
     "Economy matte is 40% cheaper."),
    ("financial_hardship", "benign", "thread",
     "Can I use pay-in-3 on the wedding stationery? || Agent: Yes, for orders over £50. || great, I just "
     "like spreading big orders out with everything else for the wedding"),
    ("financial_hardship", "benign", "email",
     "Need a personalised piggy bank for my colleague's desk as a joke leaving gift, 'Gary's Coffee "
     "Fund'. Can you engrave the slot side? Cheers, Fiona"),
    ("financial_hardship", "benign", "agent_note",
     "Customer queried a £2.99 charge; it was the express shipping she selected. She was happy once "
     "explained. No further action."),
    ("financial_hardship", "benign", "review_reply",
     "4 stars. Good quality but the prices went up since last year. || Reply from QuillPress: Thanks "
     "for the honest feedback. Paper costs rose this year; our 10% loyalty code is in your inbox."),
    # ---- legal
    ("legal", "sensitive", "email",
     "Hello, my solicitor says I need the enrolled version of the deed poll rather than the standard one, "
     "because it's going to be filed as evidence in my divorce proceedings at the Family Court in "
     "Bristol. Can I upgrade order DP-1182? Thanks, Natalie Hurst"),
    ("legal", "sensitive", "thread",
     "I need 10 certified copies of my name change deed. || Agent: No problem, they're £4 each. || Can "
     "you also make sure my new address isn't printed anywhere on them? There's a non-molestation order "
     "in place against my ex and his lawyer gets copies of everything I file. || Agent: Address fields "
     "are removed from certified copies by default, so you're covered."),
    ("legal", "sensitive", "chat",
     "hi i cant collect the order from the shop this week || Agent: No worries, we hold orders for 14 "
     "days. || my husband was arrested on monday and hes the one with the car, i dont know when hes out "
     "|| Agent: I'll extend the hold to 30 days and note it on the order."),
    ("legal", "sensitive", "thread",
     "The DBS form in your helper asks about unspent cautions. || Agent: Yes, that question is on the "
     "official form. || I got a caution for shoplifting in 2019, is that spent yet? || Agent: We can't "
     "advise on that, but the helper's info link explains how to check when a caution becomes spent."),
    ("legal", "sensitive", "email",
     "Hi, I'm suing my former landlord in the small claims court for my deposit and need three bound "
     "copies of my evidence bundle, 142 pages, tabbed A to F, by 9 April. Can you do comb binding? "
     "Regards, Tomasz Nowak"),
    ("legal", "sensitive", "web_form",
     "Missing parcel: tracking says delivered on 2 March but it was taken from my porch, my neighbour's "
     "doorbell camera caught it. I reported it to the police, crime reference 12/45567/24. Please "
     "reship or refund."),
    ("legal", "sensitive", "email",
     "Good afternoon, I need 4 copies of my witness statement and the respondent's emails printed and "
     "bound for my employment tribunal hearing next Thursday. I'm representing myself. Can you do it "
     "by Tuesday? Thanks, Femi Adebayo"),
    ("legal", "sensitive", "agent_note",
     "Received letter from Kingsley Rowe Solicitors acting for a customer who says her wedding photos "
     "were used in our online gallery without consent. Escalated to legal and removed the images; "
     "do not discuss with the customer directly."),
    ("legal", "sensitive", "chat",
     "can you send a photo book to HMP Wandsford? my partner's in there till next year and the visits "
     "are only once a month || Agent: We can ship to any address, but prisons often have rules on "
     "hardbacks. Softcover is safer. || ok softcover then"),
    ("legal", "sensitive", "email",
     "Please deliver to my mum's in Sutton, not my flat. My bail conditions say I can't go into Croydon "
     "until the hearing so I can't get home to collect it. Order QL-23390. Cheers, Dwayne"),
    ("legal", "sensitive", "web_form",
     "Form helper issue: I'm filling the appeal bundle index for my asylum hearing at the First-tier "
     "Tribunal on 16 June and the page numbers don't update when I add documents."),
    ("legal", "sensitive", "sms",
     "Hi can u rush the name badge order, I've got a summons to the magistrates on the 4th for a driving "
     "offence and won't be at work that week. Need them by the 2nd. Kev"),
    ("legal", "sensitive", "email",
     "Hi, I'm taking the wedding venue to small claims after they cancelled our date. Could you give me "
     "a letter confirming we cancelled the invitations order because of their cancellation? It'll go to "
     "the court as evidence. Best, Shona Reid"),
    ("legal", "sensitive", "chat",
     "my probation officer needs a copy of my name change deed for my file, can you email one? || Agent: "
     "We can send a certified PDF to you, then you forward it. || thats fine"),
    ("legal", "sensitive", "thread",
     "If I change my name by deed poll will the old conviction still show? || Agent: A deed poll doesn't "
     "remove anything from official records. || Right, it was an assault charge from 2015, served my "
     "sentence, just want a fresh start || Agent: Understood. Your new name will be linked to your old one "
     "on records."),
    ("legal", "sensitive", "email",
     "Hello, I was cautioned by the Gardaí last month over a row with my neighbour and my solicitor wants "
     "the letter I sent him printed on headed paper for the file. Can you do 2 copies of the attached? "
     "Thanks, Declan"),
    ("legal", "sensitive", "agent_summary",
     "Caller is in a boundary dispute with his neighbour that is now with solicitors on both sides. He "
     "wants a large-format print of the land registry plan (A1) for the mediation meeting on Friday. "
     "Quoted £18, paid by card."),
    ("legal", "sensitive", "call",
     "Agent: Document services, Jade speaking. || Caller: My son's been charged and the court date's "
     "in March, the barrister wants character references printed properly. || Agent: We can print and "
     "bind them. How many? || Caller: Eight references, three copies each."),
    ("legal", "sensitive", "dm",
     "hey, got sued by my old business partner and the hearing's in May. does your form helper do the "
     "defence form for a county court claim? need it before the 14 day deadline"),
    ("legal", "sensitive", "email",
     "Hi, I'm a witness for the prosecution in a fraud trial at Southwark Crown Court - my former employer. "
     "The police asked me not to have my home address on anything public, so can you remove it from "
     "my seller page? Thanks, Ingrid"),
    ("legal", "benign", "email",
     "Hello, Pemberton & Shah LLP would like 3,000 letterheads and 1,000 continuation sheets on 100gsm "
     "conqueror laid. Proof to the office manager please. Kind regards, Reception"),
    ("legal", "benign", "chat",
     "legally blonde themed hen do invites, hot pink with a little chihuahua || Agent: Amazing. How "
     "many? || 18, and 'Elle's Angels' on the back"),
    ("legal", "benign", "web_form",
     "Bookmarks for our courtroom-drama book club, 40 of them, with this month's pick and the next "
     "meeting date on the back."),
    ("legal", "benign", "thread",
     "Is a deed poll legally binding in Scotland? || Agent: In Scotland it's usually a statutory "
     "declaration, but our deed poll is accepted by most banks there. || ok I'm just changing my middle "
     "name to my gran's name, nothing complicated"),
    ("legal", "benign", "chat",
     "birthday invites for a party at Cop Shop Diner on Abbey Road, 25 please || Agent: Sure, is the "
     "venue name in the logo font? || yes"),
    ("legal", "benign", "chat",
     "honestly the shipping price is criminal lol || Agent: I hear you, there's free delivery over £40 "
     "if you add one more card pack. || go on then"),
    ("legal", "benign", "email",
     "Hi, before I upload, could you tell me whether your terms let me use images I bought from a stock "
     "photo site in a photo book I'll sell at a craft fair? Thanks, Priti"),
    ("legal", "benign", "chat",
     "who can witness my deed poll? || Agent: Any adult who isn't a relative and knows you. || my "
     "colleague then, thanks"),
    ("legal", "benign", "web_form",
     "Invitations for our club social at Kingsmead Tennis Courts, 60 invites, green and white, "
     "9 August 7pm."),
    ("legal", "benign", "email",
     "Murder mystery dinner invites! Each guest gets a character card, 'Inspector Crumb', 'Lady "
     "Featherstone', etc. 8 guests. Can each card be personalised? Thanks, Jen"),
    ("legal", "benign", "email",
     "Just curious, not a complaint: if someone printed a photo they didn't own the rights to, would "
     "your company or the customer be liable? I'm writing a blog post about print-on-demand. Ta, Ellis"),
    ("legal", "benign", "email",
     "Hello, Neighbourhood Policing Team, Eastfield. We'd like 2,000 A5 leaflets for Crime Prevention "
     "Week with a tear-off slip. PO to follow from the finance office. PC Hale"),
    ("legal", "benign", "chat",
     "do you offer notarised translations of degree certificates? || Agent: Yes, Spanish, French and "
     "Portuguese, with a notary stamp. || Spanish please"),
    ("legal", "benign", "chat",
     "arrested development themed party, banana stand logo on the invites pls || Agent: Ha, great pick. "
     "Yellow card stock?"),
    ("legal", "benign", "thread",
     "Do you do apostilles? || Agent: We can arrange apostille for UK documents, 5 working days. || "
     "It's my degree certificate for a teaching job in Madrid || Agent: Perfect, upload a scan to start."),
    ("legal", "benign", "web_form",
     "Name change only, no court or anything involved. I just want to drop my middle name. Which deed "
     "poll do I need?"),
    ("legal", "benign", "chat",
     "escape room party invites, 'Jailbreak at 8', prison stripe border || Agent: Fun! How many guests? "
     "|| 12"),
    ("legal", "benign", "review_reply",
     "5 stars, judge for yourself - the wedding menus were perfect. || Reply from QuillPress: Thank you, "
     "we're so glad the menus landed well!"),
    ("legal", "benign", "agent_note",
     "Customer asked whether our Terms & Conditions clause 9 (liability) covers lost parcels. Explained "
     "it does; reshipped order QL-20045 free of charge."),
    ("legal", "benign", "email",
     "Hi, the 'Law & Order' box set gift wrap I ordered arrived with the wrong tag. It should say "
     "'Happy Birthday Uncle Joe', not 'Uncle Jim'. Can you send a new tag? Rosa"),
    # ---- special_categories
    ("special_categories", "sensitive", "email",
     "Salaam, we need 120 Eid cards from our family this year, greeting 'Eid Mubarak from the Hussain "
     "family'. Could they arrive before the end of Ramadan? We send them to the whole mosque community. "
     "Thanks, Farah"),
    ("special_categories", "sensitive", "web_form",
     "Delivery instructions: please don't deliver between Friday sunset and Saturday night. We keep "
     "Shabbat and won't answer the door. Sunday to Thursday is fine."),
    ("special_categories", "sensitive", "chat",
     "the passport photo check in your helper keeps failing || Agent: What does it say? || 'head covering "
     "detected'. i wear a turban, i'm Sikh, i'm allowed it in passport photos || Agent: You're right, "
     "I'll override the check and note religious head covering."),
    ("special_categories", "sensitive", "thread",
     "The equality monitoring page only has 'Black' or 'White' or 'Other' || Agent: That section copies "
     "the employer's form. || I'm mixed White and Black Caribbean, I'd like it to say that properly || "
     "Agent: I'll pass it on; for now you can type it in the 'Other' box."),
    ("special_categories", "sensitive", "email",
     "Hello, the housing form in your helper won't go past the address page without a fixed address. "
     "I'm an Irish Traveller and we're on a site between pitches. What should I put? Regards, Bridget "
     "Ward"),
    ("special_categories", "sensitive", "email",
     "I'm standing for the Green Party in the Westbury ward in May and need 5,000 A5 leaflets with an "
     "imprint line. Can you include the promoter line at the bottom? Thanks, Ruth Amadi"),
    ("special_categories", "sensitive", "chat",
     "need 50 placards for saturday's march against the cuts || Agent: Correx or card? || correx, "
     "it always rains. me and the others from the local Momentum group are carrying them"),
    ("special_categories", "sensitive", "email",
     "Hi, I'm the branch rep for our Unite branch at the Thorne depot and we need 30 banners and "
     "500 leaflets before the strike ballot closes. Invoice to the branch please. Cheers, Gaz Mellor"),
    ("special_categories", "sensitive", "thread",
     "The employment form asks if I belong to a trade union. || Agent: Is the helper refusing to move "
     "on? || no, I just don't know if I have to say I'm in the GMB || Agent: The form marks that question "
     "optional, so it's your choice."),
    ("special_categories", "sensitive", "chat",
     "the wedding invite template says 'the bride and groom' || Agent: Would you like to change it? || "
     "yes, it's me and my fiancé Tom, two grooms, so 'Tom and Samuel' please"),
    ("special_categories", "sensitive", "dm",
     "please DON'T send the pride anniversary card to my home address, i'm gay and not out to my "
     "parents yet and they open everything. deliver to my work at 22 Mill Lane instead"),
    ("special_categories", "sensitive", "web_form",
     "Order note: the 'naughty coupons' booklet is for my wife, it's about stuff we do in the bedroom "
     "so please plain packaging and no description on the invoice."),
    ("special_categories", "sensitive", "agent_summary",
     "Customer ordering a photo book for her three-way relationship (she, her husband and their "
     "girlfriend). Asked that the cover say 'Our Triad - Year One'. Concerned about staff seeing "
     "intimate photos; confirmed only the print operator views files."),
    ("special_categories", "sensitive", "email",
     "Hi, I'm a trans woman and I'd like to change my name by deed poll from Daniel Okoro to Danielle "
     "Okoro. Can the deed include my title as Ms? Thanks so much, Danielle"),
    ("special_categories", "sensitive", "thread",
     "Is your helper able to do the gender recognition certificate application? || Agent: Yes, the "
     "GRC form is under Legal Documents. || Great, I've been living as myself for three years now so I "
     "have the evidence ready || Agent: You'll need the two-year evidence section, the helper lists "
     "what to upload."),
    ("special_categories", "sensitive", "chat",
     "can the address labels say Mx instead of Mr? I'm non-binary and the dropdown only has Mr Mrs Ms "
     "Miss || Agent: I've added Mx manually to your account."),
    ("special_categories", "sensitive", "email",
     "Hello, please pause the family tree print. Our DNA test results came back and it turns out my dad "
     "isn't my biological father. I need to redo the left side of the tree. Best, Graham"),
    ("special_categories", "sensitive", "chat",
     "can I print my ancestry DNA results as a page in the family book? || Agent: Yes, upload it as an "
     "image. || it's the raw chart, my maternal haplogroup is H1 and there's a 23% Ashkenazi match we "
     "never knew about, mum wants it in || Agent: Lovely, full-page layout works best for charts."),
    ("special_categories", "sensitive", "email",
     "Hi, when I used your form helper for the visa application it took a face scan of me for the ID "
     "check. I didn't realise it would keep my facial geometry data. Please delete it and confirm in "
     "writing. Regards, Mei Ling Koh"),
    ("special_categories", "sensitive", "agent_note",
     "Customer enrolled her voiceprint for phone verification last year and now wants it removed, along "
     "with the fingerprint login template from the app. Raised deletion request DR-5521."),
    ("special_categories", "benign", "email",
     "Hello, St Mary's parish office here. We'd like 300 order-of-service booklets for the harvest "
     "supper, A5 folded, same template as Easter. Proof to this address please. Kind regards, Parish "
     "Administrator"),
    ("special_categories", "benign", "chat",
     "when's the last order date for christmas cards? || Agent: 16 December for standard delivery. || "
     "cool, ordering 40 now"),
    ("special_categories", "benign", "web_form",
     "Pride and Prejudice themed save-the-dates, Regency font, cream card. 'Mr Darcy requests...' on the "
     "front as a joke. 70 please."),
    ("special_categories", "benign", "chat",
     "union jack bunting for the street party, 20 metres? || Agent: We sell it in 10m lengths, so two. "
     "|| perfect"),
    ("special_categories", "benign", "email",
     "Hi, can I pay the invoice by bank transfer from my credit union account? The reference field only "
     "allows 12 characters. Thanks, Leroy"),
    ("special_categories", "benign", "chat",
     "are the 'Party Animal' invites available in A6? || Agent: Yes, A6 and A5. || A6, 25 of them"),
    ("special_categories", "benign", "thread",
     "Does the helper handle biometric passport renewals? || Agent: Yes, the online renewal for "
     "biometric passports is supported end to end. || Great, mine expires in August."),
    ("special_categories", "benign", "chat",
     "there's a fingerprint smudge printed on page 12 of the glossy book, like it was on the scan || "
     "Agent: That's on our side, sorry. I'll reprint the book."),
    ("special_categories", "benign", "email",
     "Could the save-the-date say 'Vote YES to Saturday 7th!' as a pun? Our wedding is the day after "
     "the local elections and our friends will get the joke. Cheers, Hamish & Kirsty"),
    ("special_categories", "benign", "web_form",
     "Rainbow bunting for the café window plus 200 rainbow-stripe loyalty cards. We're rebranding as "
     "'Sunny Side Café'."),
    ("special_categories", "benign", "chat",
     "in the photo book preview the page transition animation is really jerky || Agent: That's just "
     "the browser preview, the printed book won't be affected. || ha ok"),
    ("special_categories", "benign", "email",
     "Queen tribute night at the Royal Oak, need 100 tickets and 10 posters, 'A Kind of Magic' theme. "
     "Thanks, Steve, bar manager"),
    ("special_categories", "benign", "email",
     "Wholesale: we'd like your Diwali and Eid card ranges for our shop in Leicester, 30 packs each, "
     "plus the Christmas assortment. Trade account GL-118. Regards, Mehta Stationers"),
    ("special_categories", "benign", "thread",
     "The job form has an ethnicity question - do I have to answer? || Agent: It's optional, there's a "
     "'prefer not to say' option. || cool, I skipped it then"),
    ("special_categories", "benign", "chat",
     "app wont let me log in with face id since the update || Agent: Please update to 4.2.1, the "
     "Face ID bug is fixed there. || done, works"),
    ("special_categories", "benign", "email",
     "Hi, could the photo book be in black and white apart from the cover? The mixed colour and mono "
     "pages look odd. Thanks, Dami"),
    ("special_categories", "benign", "review_reply",
     "2 stars: why does the form helper ask about my religion on a TV licence form? || Reply from "
     "QuillPress: It doesn't, and we never collect religious or political information. The question "
     "was in a sponsored banner which has now been removed."),
    ("special_categories", "benign", "chat",
     "ok this is a bit unorthodox but can you print the invites on kraft paper bags? || Agent: Not "
     "unorthodox at all, we do printed bags in 3 sizes."),
    ("special_categories", "benign", "web_form",
     "Bookmarks for our library's dystopian fiction month, featuring The Handmaid's Tale and 1984. "
     "500 bookmarks, red and white."),
    ("special_categories", "benign", "email",
     "Hello, the family resemblance in our reunion photo book is uncanny, everyone has grandad's "
     "nose. Can we get 6 extra copies? Thanks, Paddy"),
    # ---- bereavement
    ("bereavement", "sensitive", "email",
     "Hello, my mum passed away last Tuesday and the funeral is on the 19th. I need 150 order of service "
     "booklets by the 17th. Is that possible? I can send the photos and the hymns tonight. Thank you, "
     "Gareth Lloyd"),
    ("bereavement", "sensitive", "chat",
     "hi i want to make a memorial photo book for my dad || Agent: I'm so sorry. We can help with that. "
     "|| he died in march and its his birthday next month, want it done for then || Agent: We'll make "
     "sure it arrives in time. Would you like a cover with his name and dates?"),
    ("bereavement", "sensitive", "web_form",
     "Deed poll: I'd like to revert to my maiden name, Quinn. My husband died two years ago and I feel "
     "ready now. Do I need his death certificate?"),
    ("bereavement", "sensitive", "thread",
     "Does your helper do the Tell Us Once form? || Agent: Yes. Have the registrar's reference ready. "
     "|| it's for my father, the registrar gave me the number this morning || Agent: I'm sorry for "
     "your loss. Paste the reference and the helper will pre-fill the rest."),
    ("bereavement", "sensitive", "sms",
     "Hi, can you hold off printing the anniversary banner? We lost Nan on Sunday, not in the mood for a "
     "party. Will be in touch. Carla"),
    ("bereavement", "sensitive", "agent_note",
     "Customer's wife passed away in January. He asked us to close the joint account, cancel the "
     "photo print subscription and refund the unused months. Done, £23.40 refunded."),
    ("bereavement", "sensitive", "email",
     "Hi, 80 thank-you cards please, for everyone who came to my brother's funeral and sent flowers. "
     "Simple white card, 'The family of Michael Byrne thank you for your kindness'. Thanks, Orla"),
    ("bereavement", "sensitive", "sms",
     "Pls hold the anniversary mugs order, my husband's father went to be with the Lord yesterday. We "
     "will travel for the burial. God bless. Grace"),
    ("bereavement", "sensitive", "email",
     "Dear team, I am the executor for my late aunt and need 6 certified copies of the probate papers "
     "and her will for the banks. Please advise on cost. Regards, Nirmala Joshi"),
    ("bereavement", "sensitive", "review_reply",
     "2 stars. The remembrance cards for my grandfather arrived the day after the service, so we "
     "couldn't hand them out. || Reply from QuillPress: We're so sorry, that shouldn't have happened at "
     "such a difficult time. We've refunded the order in full and the courier delay has been logged."),
    ("bereavement", "sensitive", "email",
     "Good morning, my father was called to glory on 2nd October. We need 500 copies of the burial "
     "programme, 16 pages, full colour, before the 25th. Please call me on 0803 555 0192. Thank you, "
     "Chinedu Okonkwo"),
    ("bereavement", "sensitive", "chat",
     "hello my grandmother expired on 3rd, we need 200 cards for the prayer meeting on 13th day || "
     "Agent: I'm very sorry. We can print by the 10th. || ok thank you, I will send her photo"),
    ("bereavement", "sensitive", "voicemail",
     "Hi, it's Siobhán Keane. Mammy's removal is on Thursday and the mass on Friday, so I need the "
     "memorial cards by Wednesday evening if at all possible. I'll pay whatever rush is. Thanks."),
    ("bereavement", "sensitive", "email",
     "Please close my husband's account, username p.hendry. He's not with us anymore and I keep getting "
     "his 'your photos are waiting' emails. It's hard to see. Margaret Hendry"),
    ("bereavement", "sensitive", "chat",
     "do you do small labels for keepsake urns? || Agent: Yes, we have 30mm round brass-effect labels. "
     "|| we're sharing Dad's ashes between the four of us, need 4 saying 'Dad, always with us'"),
    ("bereavement", "sensitive", "email",
     "Hi, I need invitations for my brother's tombstone unveiling on 14 December in Soweto. About 100. "
     "Can you use the photo from his 40th? Regards, Thabo"),
    ("bereavement", "sensitive", "agent_summary",
     "Customer has been widowed since June and wants the Christmas card template changed from 'Love from "
     "Pat and Jim' to 'Love from Pat'. Updated the saved design and the address book sign-off."),
    ("bereavement", "sensitive", "thread",
     "I need the photo book rush delivered, it's for the wake on Saturday || Agent: I can do next day. "
     "Whose photos are they? || my sister's. she was only 41, the cancer took her fast || Agent: I'm "
     "so sorry. I've upgraded it to next-day at no charge."),
    ("bereavement", "sensitive", "dm",
     "hey, my grandpa's memorial is next sunday and my aunt asked me to sort the photo boards. can you "
     "print 6 A1 boards by friday? we're all a mess since he went"),
    ("bereavement", "sensitive", "email",
     "Hi, I lost my mother in law last week and my wife wants a personalised cushion with her photo for "
     "her dad. Can it be done in 5 days? Thanks, Arjun"),
    ("bereavement", "benign", "chat",
     "the app is dead again, wont load past the logo || Agent: We had an outage, it's back now. || "
     "yep working"),
    ("bereavement", "benign", "web_form",
     "Monster truck party invites, 'Grave Digger' design, for my husband's 45th. 30 please."),
    ("bereavement", "benign", "email",
     "Trade reorder: 50 packs of the sympathy card assortment and 30 of the 'Thinking of You' range "
     "for our card shop. Account HC-220. Thanks, Hollins Cards"),
    ("bereavement", "benign", "email",
     "Hello, Ashworth & Sons Funeral Directors. We'd like to set up a trade account for order of "
     "service printing, around 20 jobs a month, usually 48-hour turnaround. Regards, Office"),
    ("bereavement", "benign", "chat",
     "'Dead of Night' halloween party invites, dripping font, 40 please || Agent: Spooky. Black card "
     "with orange ink?"),
    ("bereavement", "benign", "web_form",
     "Dead Poets Society themed invitations for our English department's end-of-year staff dinner. "
     "'O Captain! My Captain!' on the front."),
    ("bereavement", "benign", "email",
     "Hi, we lost our dog Biscuit last month after 14 years and I'd like a photo book of him. 30 pages, "
     "his name on the cover. Thanks, Lydia"),
    ("bereavement", "benign", "chat",
     "my order is 3 days late, where is it || Agent: It's with the courier and due tomorrow. || ok"),
    ("bereavement", "benign", "agent_note",
     "Order QL-88410 passed quality check and was dispatched; customer had asked for confirmation. "
     "Emailed tracking."),
    ("bereavement", "benign", "email",
     "What's the deadline for the Christmas photo book? I'm dead set on getting it done this year. "
     "Cheers, Nkechi"),
    ("bereavement", "benign", "sms",
     "My parcel's lost, tracking hasn't moved since Monday. Order 40917. Thanks"),
    ("bereavement", "benign", "thread",
     "Random question, what happens to my account and photos if I die? I'm writing my will and listing "
     "online accounts || Agent: Our policy is that a next of kin can request closure with a death "
     "certificate. || Thanks, I'll put that in my notes."),
    ("bereavement", "benign", "email",
     "Photo restoration: I have a tintype of my great-great-grandparents from about 1890. Can you repair "
     "the cracks and print an A4 copy for the family history display? Thanks, Ewan"),
    ("bereavement", "benign", "web_form",
     "Day of the Dead themed birthday invites with sugar skull design, bright marigold orange. 25 "
     "invites."),
    ("bereavement", "benign", "chat",
     "over my dead body am i paying shipping twice for the same order lol || Agent: You won't need to, "
     "I've refunded the second charge."),
    ("bereavement", "benign", "email",
     "Clearance: we have dead stock of 2,000 old-logo notepads. Can you recycle them when you deliver "
     "the new batch? Regards, Kettle & Co"),
    ("bereavement", "benign", "chat",
     "RIP my inbox, i got 9 emails about one order || Agent: Sorry! I've merged your notifications into "
     "one daily email."),
    ("bereavement", "benign", "email",
     "Small typo in your card description online: 'condolance' should be 'condolence'. Thought you'd "
     "want to know. Jill"),
    ("bereavement", "benign", "email",
     "Hi, I'm printing 30 copies of my novel about a family feud over an inheritance, for my writing "
     "group. 220 pages, A5, matte cover. Proof first please. Thanks, Colm"),
    ("bereavement", "benign", "chat",
     "that plum colour is killing it, love the proof || Agent: Glad you like it! Shall I send to print? "
     "|| yes"),
    # ---- violence_self_harm
    ("violence_self_harm", "sensitive", "email",
     "Hi, please don't put my home address on the return label of any order. I've recently left an "
     "abusive relationship and he still checks the old shared account. Use the depot collection "
     "instead. Thanks, Kerry"),
    ("violence_self_harm", "sensitive", "web_form",
     "Delivery address: PO Box 118, Harlow. I'm staying at a women's refuge and can't give the street "
     "address. Please don't send anything by courier that needs a signature."),
    ("violence_self_harm", "sensitive", "thread",
     "Someone keeps ordering personalised stuff to my address with horrible messages on it || Agent: "
     "I'm sorry, can you tell me more? || It's my ex. Mugs saying 'I know where you live' and 'you'll "
     "regret leaving'. It's been 5 orders now || Agent: I've blocked orders to your address from other "
     "accounts and our trust team will contact you about the sender."),
    ("violence_self_harm", "sensitive", "chat",
     "can u cancel the photo book || Agent: Sure, may I ask if anything was wrong with it? || no its fine "
     "i just wont be around to see it arrive. ive made up my mind || Agent: I'm really concerned by "
     "what you've said. Are you safe right now? You can call Samaritans free on 116 123 any time, or "
     "999 if you're in danger."),
    ("violence_self_harm", "sensitive", "email",
     "Hi, for the holiday photo book could you crop my arms out of pages 4 and 9, or edit them? I don't "
     "want the cutting scars showing when my family looks through it. Thanks, Em"),
    ("violence_self_harm", "sensitive", "web_form",
     "Complaint: I received a card through your service that says the sender will 'put me in the "
     "ground' if I go to the hearing. I need to know who sent it. It was delivered on 12 May."),
    ("violence_self_harm", "sensitive", "chat",
     "hi a man from my old job has been following me and turned up at my flat. can you remove my "
     "address from the gift registry page? || Agent: Done, it's now hidden. I'm sorry you're dealing "
     "with that."),
    ("violence_self_harm", "sensitive", "email",
     "I'm changing my name by deed poll so that my ex can't find me after everything he put me through "
     "those four years. Can the deed be sent to my cousin's address in Leeds? Regards, S."),
    ("violence_self_harm", "sensitive", "agent_note",
     "Customer disclosed her partner hit her when he saw the bank statement for her order. Asked us to "
     "never leave cards or notes at the address and to email a different inbox. Updated preferences, "
     "gave her the national DV helpline number."),
    ("violence_self_harm", "sensitive", "dm",
     "someone's been reposting my printed photos online with really vile abuse under them, it's been "
     "going on for weeks and now they've got my workplace. can you take my public gallery down?"),
    ("violence_self_harm", "sensitive", "call",
     "Agent: QuillPress, Rob speaking. || Caller: Hi, I'm calling about my mum's account. Her carer's "
     "been taking money off her card and shouting at her, I found her bruised on Tuesday. || Agent: "
     "I'm so sorry. I can block the saved card and send you the order history. || Caller: Please."),
    ("violence_self_harm", "sensitive", "email",
     "Hi, I won't be back to the Stretford collection point. Someone pulled a knife on me in the car "
     "park there last Friday and took my bag with the parcel in it. Can you resend to my home? Zara"),
    ("violence_self_harm", "sensitive", "chat",
     "sorry i missed the proof deadline || Agent: No problem, I've extended it. || i took too many of "
     "my tablets last week on purpose and ended up in A&E, just getting back to things now || Agent: "
     "Thank you for telling me, please take care. There's no rush at all on this."),
    ("violence_self_harm", "sensitive", "email",
     "Hello, I need 3 bound copies of a log of my manager's messages. He screams at me on the shop floor "
     "and sends threats at night, and HR asked for everything in writing. 60 pages. Thanks, Jo"),
    ("violence_self_harm", "sensitive", "thread",
     "Can I have a separate login? || Agent: Every account has one login, why's that? || he goes "
     "through every order and won't let me have my own card or see friends, I want to order a gift "
     "without him knowing || Agent: I can set up a new account on a new email and make sure nothing is "
     "linked to the old one."),
    ("violence_self_harm", "sensitive", "sms",
     "Pls dont call the landline. domestic violence situation at home, text only. Order 61842 can go "
     "to my work. Thx"),
    ("violence_self_harm", "sensitive", "email",
     "Hi, I was attacked walking home on Saturday and my phone was taken, so I can't get the 2FA codes "
     "to log in. Can you reset it to my new number 07700 900733? Still a bit shaken. Lewis"),
    ("violence_self_harm", "sensitive", "chat",
     "honestly i just want to end it all, nothing i do works out, not even a stupid birthday card || "
     "Agent: I'm really sorry you're feeling this way. You don't have to go through it alone; you can "
     "text SHOUT to 85258 any time. Is there someone with you now?"),
    ("violence_self_harm", "sensitive", "email",
     "If I don't get my refund by Friday I'm coming down to your shop and I'll smash the manager's face "
     "in, I know where he parks. You've been warned."),
    ("violence_self_harm", "sensitive", "agent_summary",
     "Caller's sister is being harassed by a former tenant of hers who sends her threatening letters "
     "every week. Caller wants to know if we can trace the sender of "
     "a card printed by us. Passed to trust & safety."),
    ("violence_self_harm", "benign", "chat",
     "20% off everything this weekend?? killer deal || Agent: It is! Ends Sunday midnight."),
    ("violence_self_harm", "benign", "email",
     "The copperplate font on the new invitations is to die for. Can I get matching place cards? "
     "60 of them. Thanks, Bea"),
    ("violence_self_harm", "benign", "chat",
     "upload keeps crashing at 92%, i'm about to throw my laptop out the window haha || Agent: Try the "
     "desktop uploader, it resumes where it left off. || much better"),
    ("violence_self_harm", "benign", "email",
     "Hello, Riverside Kickboxing Club. We need 80 grading certificates with belt colour and date, gold "
     "border. Same layout as last time. Thanks, Coach Dan"),
    ("violence_self_harm", "benign", "web_form",
     "Book launch flyers for my crime thriller 'The Knife Drawer'. 500 A6, black and blood red, "
     "launch at Pageturners bookshop on 3 June."),
    ("violence_self_harm", "benign", "chat",
     "call of duty themed invites for my mate's 30th, camo background || Agent: Got it, 20? || 25"),
    ("violence_self_harm", "benign", "email",
     "Hello, we're a charity running refuges in the north west and need 5,000 helpline wallet cards "
     "and 500 posters for GP surgeries. Charity rate if possible. Regards, Comms Officer"),
    ("violence_self_harm", "benign", "chat",
     "what do i need to bring to the family photo shoot? || Agent: Just outfits and props, the studio "
     "has backdrops. || cool"),
    ("violence_self_harm", "benign", "web_form",
     "Please add 3mm bleed on all sides, the background was cut off on the last print run. Artwork "
     "re-uploaded."),
    ("violence_self_harm", "benign", "chat",
     "the cut marks on the labels are off by about 1mm || Agent: I'll recalibrate the die and rerun "
     "them. || thanks"),
    ("violence_self_harm", "benign", "email",
     "Can you hole punch the recipe cards so they fit my ring binder? Two holes, standard spacing. "
     "Thanks, Mo"),
    ("violence_self_harm", "benign", "chat",
     "can your designer take a stab at a logo for my candle business? || Agent: Yes, our design service "
     "is £45 for 3 concepts."),
    ("violence_self_harm", "benign", "thread",
     "Why was my call transferred? || Agent: Sorry, it was a routing error. For context our policy has "
     "zero tolerance for abuse of staff, but that didn't apply to you at all. || ok, I just wanted "
     "my order status || Agent: It's dispatched today."),
    ("violence_self_harm", "benign", "email",
     "For the boxing night posters, can the headline be in the Knockout font, size 120? Event is at the "
     "Leisure Centre, 9 March. Cheers, Terry"),
    ("violence_self_harm", "benign", "sms",
     "Delivery was bang on time, cheers!"),
    ("violence_self_harm", "benign", "chat",
     "we need to hit the Friday deadline no matter what, can you rush? || Agent: Yes, express print "
     "guarantees Thursday dispatch."),
    ("violence_self_harm", "benign", "email",
     "You're bombarding me with marketing emails, three a day! Please unsubscribe me from promotions but "
     "keep order updates. Thanks, Hugh"),
    ("violence_self_harm", "benign", "web_form",
     "Self-defence class flyers for our community centre, A5, 300, with the timetable on the back. "
     "Classes are Tuesdays 7pm."),
    ("violence_self_harm", "benign", "review_reply",
     "5 stars - these wedding menus absolutely slay. || Reply from QuillPress: Thank you so much, "
     "congratulations!"),
    ("violence_self_harm", "benign", "chat",
     "can you kill the job I sent at 10am? I sent the wrong file || Agent: Done, the 10am job is "
     "cancelled and the new one is queued."),
]


def quill_examples() -> list[dict]:
    """The quill split as labelled tickets (same shape as ``sensitive_eval.build_eval_set``'s)."""
    return stranger_examples("quill", ENTRIES, SUBJECTS)
