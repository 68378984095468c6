"""glade split: written by a helper who had not seen the detection rules, the anchors or any other split.
Setting: Kinloom, a family-history and keepsake brand (genealogy trees and DNA kits, photo books and prints, framed
portraits, memorial cards and plaques, photo restoration); tickets by email, chat, call, SMS, DM, web form, review
reply, voicemail and agent note, in UK, Irish, US, Australian, Indian, Nigerian, Filipino, South African,
Singaporean and non-native English. The benign half reuses each category's words through product, frame and font
names, idioms, business accounts (schools, parishes, solicitors, undertakers, clinics), pets, fiction, games and
general policy questions, plus a share of plain ordinary tickets.
35 sensitive and 35 benign tickets for children and for special categories, 20 and 20 for each other category.
First reading (policy 2026.11.15, before any change made in response to it; `sensitive_eval.evaluate`, as `make
eval-sensitive`): 92.4 / 2.4 recall / false exclusion in % as shipped, 94.1 / 8.8 without the overruling, 86.5 / 8.2 by the
rules alone. Then read while tuning the rules for 2026.11.16 and trained on."""

from __future__ import annotations

from training_gate.sensitive_blind import stranger_examples

SUBJECTS: tuple[str, ...] = (
    "Question about my account",
    "Where is my order?",
    "Photo book proof",
    "Memorial card wording",
    "DNA kit registration",
    "Restoration request",
    "Refund request",
    "Change delivery address",
    "Framed portrait delivery",
    "Family tree access",
    "Plaque engraving",
    "Billing question",
    "Cancel my subscription",
    "Privacy and data request",
    "Business account enquiry",
)

ENTRIES: list[tuple[str, str, str, str]] = [
    # ---- health
    (
        "health", "sensitive", "email",
        "Hi Kinloom team, I ordered the 40-page lay-flat photo book (order KL-448120) on 2 March and it still says "
        "'in production'. I have chemo on Tuesdays and Thursdays so please only ring me Monday or Wednesday "
        "afternoons. Thanks, Moira",
    ),
    (
        "health", "sensitive", "chat",
        "can i change the delivery address on my canvas print? i'll be on ward 7B at st brendan's until at least the "
        "20th so send it to my sisters place instead pls",
    ),
    (
        "health", "sensitive", "sms",
        "Pls hold my frame order till nxt wk, jst had my knee replacement & cant get down the stairs to the door. Ta",
    ),
    (
        "health", "sensitive", "agent_note",
        "Cust rang re delayed restoration job R-20931. Mentioned she has macular degeneration and can't read the "
        "proof emails on screen; asked for large-print proofs by post. Flagged account for accessibility.",
    ),
    (
        "health", "sensitive", "web_form",
        "I'm type 1 diabetic and my hands were shaking during a hypo last night, which is why I ordered 3 copies of "
        "the calendar instead of 1. Can you cancel two of them please? Order KL-30876.",
    ),
    (
        "health", "sensitive", "email",
        "Respected Sir/Madam, Kindly note my father is admitted in ICU at Apollo since last Tuesday, hence I could "
        "not collect the framed portrait from the Jayanagar pickup point. Kindly extend the collection date by two "
        "weeks. Regards, Venkatesh R.",
    ),
    (
        "health", "sensitive", "call",
        "Yeah hi, I'm ringing about the DNA kit, the saliva one. || Agent: Sure, what seems to be the problem? || I "
        "couldn't get enough spit up to the line, I'm on amitriptyline and it leaves my mouth bone dry. Can you send "
        "a fresh tube and maybe a longer deadline?",
    ),
    (
        "health", "sensitive", "dm",
        "Hey! Loving the scan-photo canvas 😍 can I add a second one later on? I'm 22 weeks now and want to do a "
        "matching one at 30",
    ),
    (
        "health", "sensitive", "email",
        "Hello, this is a bit of a long one, sorry. Last year after my breakdown I spent about three months in the "
        "psychiatric unit at Elmhurst and my therapist suggested I make a photo book of good memories as part of my "
        "recovery. I started one on your site back in October but I think it got deleted when my subscription lapsed "
        "while I was in there. Is there any way to recover the draft? It was called 'Good Days'. Many thanks, Hannah",
    ),
    (
        "health", "sensitive", "voicemail",
        "Hi, it's Gerard Phelan, account ending 7734, I missed your call about the plaque engraving. I'm deaf in one "
        "ear since the meningitis so could you text me instead of ringing. Cheers now.",
    ),
    (
        "health", "sensitive", "review_reply",
        "2 stars. The proof arrived but the colours were way off from what I uploaded. || Agent: Thanks for the "
        "feedback, Priya, and sorry about the colours. As you mentioned you're colour blind (deuteranopia), we've "
        "added a note so our print team checks the tones against your originals before anything is printed.",
    ),
    (
        "health", "sensitive", "chat",
        "Hello po, I want to rush my photo prints order po because my mother goes for her dialysis 3x a week and I "
        "want her to have the pictures with her during the sessions. Is express shipping possible to Quezon City po?",
    ),
    (
        "health", "sensitive", "web_form",
        "Please deliver to the address below. The unit is only accessible via the side ramp: I've used a wheelchair "
        "since my spinal injury and last time the courier left the parcel at the top of the front steps.",
    ),
    (
        "health", "sensitive", "agent_note",
        "Customer asked to pause her Kinloom Plus subscription for 3 months. Reason given: starting residential rehab "
        "for alcohol dependency next week. Paused with no fee, reactivation date set.",
    ),
    (
        "health", "sensitive", "email",
        "Hi team, slightly odd request. Can the restoration team remove the tube under my dad's nose in his recent "
        "photo? He's on oxygen around the clock now for his COPD and he'd like one portrait for the family without "
        "it. Happy to pay the retouch fee.",
    ),
    (
        "health", "sensitive", "sms",
        "Good day. Abeg make the courier no ring the bell, my wife just deliver by CS on Friday and she dey rest. "
        "Make dem drop parcel with gateman. Order KL-55120",
    ),
    (
        "health", "sensitive", "chat",
        "hiya, need to reprint my pics for the photo ID card, the ones you sent show my face drooping on the left "
        "since the stroke, can the retoucher even it out a bit so it looks like me before?",
    ),
    (
        "health", "sensitive", "email",
        "Hi, I'd like to change the font on my family tree poster to the largest size. My glaucoma getting worse "
        "already lah, I cannot read the small names any more. Order KL-77013. Thank you, Mr Tan",
    ),
    (
        "health", "sensitive", "call",
        "Hi, I rang yesterday about the refund on the portrait. || Agent: Yes, I can see the note: you were signed "
        "off work during your bipolar episode and missed the collection window, so we've waived the re-delivery fee. "
        "Anything else I can help with? || No that's great, thanks a million.",
    ),
    (
        "health", "sensitive", "dm",
        "mate the photo book is mint but can u reprint page 12, thats me in the moon boot after the ankle surgery & "
        "the missus reckons i look like a goblin lol",
    ),
    (
        "health", "benign", "chat",
        "Does your Memory Care photo book range come in a lay-flat version? The name threw me, it's just the premium "
        "line, not a medical thing, right?",
    ),
    (
        "health", "benign", "email",
        "The restored postcard of 'The Doctor's House, 1904' (the old surgery building in our village) came back "
        "beautifully. Could we order 10 prints in A4 for the village hall?",
    ),
    (
        "health", "benign", "sms",
        "The app is dead again, crashes every time I upload. Fix pls",
    ),
    (
        "health", "benign", "web_form",
        "What's your policy on printing old X-ray film as art prints? We're a gallery putting together an exhibition "
        "on vintage radiology equipment and need to know before we send files.",
    ),
    (
        "health", "benign", "chat",
        "This colour preview bug is giving me a headache 😂 the on-screen previews are way brighter than the prints",
    ),
    (
        "health", "benign", "email",
        "Hi, we're Riverside Physio Clinic and want 6 framed canvas prints of local landscapes for our waiting room. "
        "Do you do business invoicing on 30-day terms?",
    ),
    (
        "health", "benign", "review_reply",
        "Sick frames, proper quality, would buy again. || Agent: Cheers Declan, delighted you love them!",
    ),
    (
        "health", "benign", "dm",
        "is the 'Pharmacy Green' frame colour discontinued? it's gone from the site and I wanted a third one",
    ),
    (
        "health", "benign", "agent_note",
        "Caller from the Hospital Radio volunteer group asked about a bulk order of 200 fundraising photo calendars. "
        "Sent the pricing sheet; follow up Thursday.",
    ),
    (
        "health", "benign", "call",
        "Hi, it's about the family tree poster proof. The names are so tiny they'd give anyone eye strain, can you do "
        "a bigger layout? || Agent: Of course, the large-print layout is free, I'll switch it over now.",
    ),
    (
        "health", "benign", "email",
        "Hello, I work nights as a nurse so please schedule the framed print delivery for after 2pm if you can. Order "
        "KL-60318. Thanks, Joanne",
    ),
    (
        "health", "benign", "chat",
        "Can you restore a photo of my great-grandfather in his WWI field ambulance uniform? It's torn down the "
        "middle but his face is intact.",
    ),
    (
        "health", "benign", "web_form",
        "Does the Kinloom DNA kit test for diseases, or just ancestry? I only want the ancestry side. Is there an "
        "opt-out for any health reports before I buy one?",
    ),
    (
        "health", "benign", "sms",
        "Order KL-30921 still pending after 9 days, sick of waiting tbh. Any update?",
    ),
    (
        "health", "benign", "email",
        "Ye're a tonic, honestly. The restored wedding photo from 1962 made my granny's day at her 90th. Ordering two "
        "more copies for my aunties.",
    ),
    (
        "health", "benign", "review_reply",
        "Packaging was a pain in the neck to open but the prints themselves are lovely. || Agent: Ha, noted! We're "
        "switching to an easier pull-tab next month.",
    ),
    (
        "health", "benign", "chat",
        "do you print on the 'Clinical White' matte paper? I saw it on the paper options list but it's greyed out",
    ),
    (
        "health", "benign", "agent_note",
        "Caller wants a photo book for her gym's 'Fit at 50' challenge finishers, 30 copies. Quoted bulk rate, sent "
        "template link.",
    ),
    (
        "health", "benign", "voicemail",
        "Hi, this is Tomás from Blue Lantern Pharmacy on Main Street, we'd like to host one of your photo print "
        "kiosks in the shop. Call me back on 0871 555 0192. Thanks.",
    ),
    (
        "health", "benign", "web_form",
        "Your website crashed three times at checkout and it's driving me crazy. Browser is Firefox 124 on Windows. "
        "Basket still has the canvas in it.",
    ),
    # ---- children
    (
        "children", "sensitive", "email",
        "Hi, I bought a Kinloom DNA kit for my daughter Lily, she's 15. Your site says under-18s need a parent to "
        "manage the account, how do I link her profile to mine?",
    ),
    (
        "children", "sensitive", "chat",
        "can i put my son's school photo on the Year 3 leavers mug? its order KL-66021, the photo is his class one",
    ),
    (
        "children", "sensitive", "sms",
        "Pls deliver after 3.30 as im on the school run, wee one's in P2 at Ashgrove Primary. Thanks",
    ),
    (
        "children", "sensitive", "web_form",
        "Child's name: Olamide Bankole. Date of birth: 14/09/2017. Please engrave both exactly as written on the "
        "silver keepsake plaque.",
    ),
    (
        "children", "sensitive", "dm",
        "omg the canvas of our 4 month old came out sooo cute!! can I get the same in a smaller size for nana?",
    ),
    (
        "children", "sensitive", "agent_note",
        "Caller is 13 (said she's in Year 8) and was trying to register a DNA sample without a parent. Explained "
        "guardian consent is required. Did not proceed; no data kept.",
    ),
    (
        "children", "sensitive", "email",
        "Hey there, my twins start 2nd grade next month and I'm putting together a back-to-school photo book. Can I "
        "put both their names on the cover, Ava and Mason?",
    ),
    (
        "children", "sensitive", "call",
        "Hi, I'm ringing about the photo book for my lad. || Agent: No problem, is this the one with the birthday "
        "theme? || Yeah, it's for his 10th, so can you fix the cake on page 2, it still says 9.",
    ),
    (
        "children", "sensitive", "email",
        "Dear Kinloom, my ex-partner and I share custody of our son, who is 8. Please don't send any order "
        "confirmations to his father's address, only to mine. Account KL-ACC-20981.",
    ),
    (
        "children", "sensitive", "chat",
        "Hello, my daughter is in Class 6 at DPS and the school needs a printed family tree for her project. Can I "
        "get A2 size by Friday?",
    ),
    (
        "children", "sensitive", "voicemail",
        "Hiya, it's Saoirse, calling about the photos for our Aoife, she's in second class and it's for her communion "
        "in May, so we'd need them the week before. Ring me back, thanks.",
    ),
    (
        "children", "sensitive", "sms",
        "Pls my son is in JSS2, his school want passport photo 4 copies. Can I get am from ur Ikeja store today?",
    ),
    (
        "children", "sensitive", "web_form",
        "I'm 16 and want to order a photo book for my girlfriend's birthday. Do I need my parents' card or can I pay "
        "with my own debit card?",
    ),
    (
        "children", "sensitive", "review_reply",
        "Prints were great, fast delivery. || Agent: Thanks Chloe! We hope your little man loves his nursery "
        "graduation pictures, and happy fourth birthday to him for Saturday!",
    ),
    (
        "children", "sensitive", "email",
        "G'day, my daughter's in Year 10 and doing a history assignment on our family. Can she use my Kinloom tree "
        "login or does she need her own account? She's 15, if that matters.",
    ),
    (
        "children", "sensitive", "agent_note",
        "Account KL-ACC-33012 flagged: profile created with birth year 2012. Per policy, converted to a supervised "
        "account pending parental consent email.",
    ),
    (
        "children", "sensitive", "chat",
        "Hi can I print photos from my boy's Primary 5 sports day? The file from the school portal very small, will "
        "it be blur?",
    ),
    (
        "children", "sensitive", "email",
        "Howzit, I need 30 invitations with a photo on for my laaitie's 7th birthday party at the Spur. Can you print "
        "by Thursday? Sharp.",
    ),
    (
        "children", "sensitive", "dm",
        "hey r the handprint frames ok for a newborn? she's only 3 wks & the ink pad looks kinda harsh",
    ),
    (
        "children", "sensitive", "call",
        "Hi, I need a photo of my son taken off your public inspiration gallery. He's 12 and I never gave permission. "
        "|| Agent: I'm so sorry, I'll remove it right now and escalate to our privacy team.",
    ),
    (
        "children", "sensitive", "email",
        "Good day! I would like to order a tarpaulin print for my daughter's 7th birthday, Frozen theme po. Also can "
        "you print her Grade 1 class picture in 8x10? Thank you and God bless.",
    ),
    (
        "children", "sensitive", "web_form",
        "Please update the DNA kit registration: the sample belongs to my nephew, aged 11, and I'm his legal "
        "guardian. Guardianship paperwork attached.",
    ),
    (
        "children", "sensitive", "agent_note",
        "Cust called re photo book delivery date. Needs it before Saturday for her son's bar mitzvah. Upgraded to "
        "express.",
    ),
    (
        "children", "sensitive", "sms",
        "hi order for my teen's prom photos, cn u add a white border? thx",
    ),
    (
        "children", "sensitive", "chat",
        "I'm setting up an account for my grandson, does it need his date of birth? He was born in March 2019.",
    ),
    (
        "children", "sensitive", "email",
        "Hi! Quick one. The toddler keeps pulling the prints off the fridge and chewing the corners (lovely), so can "
        "you do the same set as magnets instead? Order KL-28817. Cheers, Gemma",
    ),
    (
        "children", "sensitive", "voicemail",
        "Hello, this is Ramesh calling, regarding my daughter's photograph for her Class 10 board exam admit card, "
        "the size you printed is wrong, they need 3.5 by 4.5. Please call back.",
    ),
    (
        "children", "sensitive", "web_form",
        "Restoration request: photo of my son at his kindergarten graduation last June, water damaged when the "
        "basement flooded. Can it be saved?",
    ),
    (
        "children", "sensitive", "dm",
        "hey legends, my kid's footy team (under 9s) wants a team photo poster, can u do one with each player's name "
        "under them?",
    ),
    (
        "children", "sensitive", "email",
        "Hello, my son Matteo (aged 5) drew a picture for his nonno and I'd love it printed on a cushion. Is a phone "
        "photo of the drawing good enough?",
    ),
    (
        "children", "sensitive", "agent_note",
        "Chat customer turned out to be 14; ordered photo prints using her mum's card. Mum called to dispute. "
        "Refunded and added note to account.",
    ),
    (
        "children", "sensitive", "chat",
        "Hi, can I add my daughter to our family plan? || Agent: Sure! If she's under 18 we'll set her up as a linked "
        "child profile. How old is she? || She's nine.",
    ),
    (
        "children", "sensitive", "email",
        "Hello, I wish to order the album of photos of first year of my baby. He is having now 11 months. Is possible "
        "to put the number of weeks on each page? Thank you very much.",
    ),
    (
        "children", "sensitive", "sms",
        "can the yearbook photo order go to our class rep instead, she's collecting for everyone. I'm in grade 11 at "
        "Westfield High",
    ),
    (
        "children", "sensitive", "call",
        "So the portrait is of my stepdaughter, she's finishing sixth class in June and her dad and I want it framed "
        "as a leaving present. || Agent: Lovely, which frame were you thinking?",
    ),
    (
        "children", "benign", "email",
        "Hi, this is the office at St Anne's National School. Please address the invoice for the staff photo order "
        "KL-40012 to the Board of Management, not to me personally.",
    ),
    (
        "children", "benign", "chat",
        "Is the 'Little Explorers' photo book template only for kids? I want to use it for my hiking trip photos",
    ),
    (
        "children", "benign", "sms",
        "The new uploader is child's play, well done 👍",
    ),
    (
        "children", "benign", "web_form",
        "We're Greenhouse Garden Nursery Ltd (plants!) and want 50 laminated price cards with photos of our shrubs. "
        "Can you do that size?",
    ),
    (
        "children", "benign", "dm",
        "do u do pet portraits? my puppy Biscuit is 4 months old and growing way too fast 🐶",
    ),
    (
        "children", "benign", "email",
        "We run a daycare business and want to know your general policy on printing group photos taken at a centre. "
        "Do you need consent forms from us before printing, or is that our responsibility?",
    ),
    (
        "children", "benign", "agent_note",
        "Customer in Kidsgrove (Staffs) asking about courier coverage. Confirmed DPD delivers there.",
    ),
    (
        "children", "benign", "chat",
        "Please handle this 1950s wedding photo with kid gloves, it's cracking at the folds. Can it be restored?",
    ),
    (
        "children", "benign", "review_reply",
        "Ordered the Baby Blue frame, it's perfect for my living room. || Agent: Thanks Hannah, great choice!",
    ),
    (
        "children", "benign", "call",
        "Hi, I'm calling from Bright Minds Tutoring, we want to print photos for our brochure. Do you do business "
        "accounts? || Agent: We do, I'll send you the form.",
    ),
    (
        "children", "benign", "email",
        "My son, who's 34 and lives in Leeds, is taking over managing our family tree. How do I give him editor "
        "access on my account?",
    ),
    (
        "children", "benign", "chat",
        "Is there an age limit for using the DNA kit? Asking generally, for the FAQ page on our genealogy society's "
        "website.",
    ),
    (
        "children", "benign", "web_form",
        "The 'Kids' Corner' templates tab is broken on mobile, none of the preview images load.",
    ),
    (
        "children", "benign", "dm",
        "love the new 'Grandkids Gallery' poster range, can I get it in landscape?",
    ),
    (
        "children", "benign", "sms",
        "teddy bear frame out of stock again?? been waiting 3 wks",
    ),
    (
        "children", "benign", "email",
        "I'm writing a children's picture book and want 5 proof copies of the illustrations as a photo book. Can I "
        "use your book builder for artwork rather than photos?",
    ),
    (
        "children", "benign", "agent_note",
        "Caller from Little Acorns Montessori (business acct KL-B-2207) requested a VAT invoice for their wall "
        "prints. Sent.",
    ),
    (
        "children", "benign", "chat",
        "Can I get my own old school photo from 1979 restored? I'm the one in the back row with the terrible fringe 😂",
    ),
    (
        "children", "benign", "web_form",
        "Policy question: do you keep the school portraits you print for schools, or delete the files after delivery?",
    ),
    (
        "children", "benign", "review_reply",
        "The Playground theme calendar is so bright and fun! || Agent: Thanks Rob, the Playground set is one of our "
        "favourites too.",
    ),
    (
        "children", "benign", "call",
        "Yeah it's about the kid photo, the goat kind ha, my goat Nibbles had a kid last week and I want a canvas of "
        "the two of them.",
    ),
    (
        "children", "benign", "email",
        "Hello, Tinytots Photography here. We're a studio and want to resell your canvas prints. What are your "
        "wholesale rates?",
    ),
    (
        "children", "benign", "chat",
        "What's the minimum order for the Junior range of frames? It's for my gift shop's display.",
    ),
    (
        "children", "benign", "dm",
        "Grade A service 🙌 prints arrived in 2 days",
    ),
    (
        "children", "benign", "sms",
        "hi order KL-51930 for the Year of the Dragon calendar, can u ship to Singapore?",
    ),
    (
        "children", "benign", "agent_note",
        "Cust (secondary teacher) asked about a class set of 30 blank frames for an art lesson. Quoted bulk price. No "
        "pupil details discussed.",
    ),
    (
        "children", "benign", "email",
        "The 'Baby's First Year' template is lovely but I'm using it for my bakery's first year in business 😄 Can I "
        "change the title text?",
    ),
    (
        "children", "benign", "web_form",
        "Please add a gift receipt. The photo book is for my niece's graduation from university, she's 22.",
    ),
    (
        "children", "benign", "chat",
        "your site says 'childproof packaging' for the glass frames, does that just mean extra padding?",
    ),
    (
        "children", "benign", "call",
        "Hi, calling from the office at Kingsbridge Secondary, we're ordering printed banners for the summer fete. "
        "Can you invoice the school rather than my own card?",
    ),
    (
        "children", "benign", "email",
        "I run a small business making kids' party decorations and need 200 photo stickers printed with my logo. Do "
        "you do sticker sheets?",
    ),
    (
        "children", "benign", "voicemail",
        "Hi, it's Gemma from Stork & Cradle Florists, following up on our print order for the shop window. Ring me "
        "back when you get a chance.",
    ),
    (
        "children", "benign", "review_reply",
        "Arrived damaged, the frame glass was cracked. || Agent: So sorry Neil, a replacement is on the way, no need "
        "to send back the broken one.",
    ),
    (
        "children", "benign", "chat",
        "Can I order a print of the 'Boy with a Kite' painting from your art catalogue, in A2?",
    ),
    (
        "children", "benign", "sms",
        "hey its me again re the family tree poster, can u spell it Fitzgerald not Fitzgerard pls",
    ),
    # ---- financial_hardship
    (
        "financial_hardship", "sensitive", "email",
        "Hi, I've been made redundant and can't keep paying the £12.99 monthly Kinloom membership. Is there a way to "
        "pause it rather than lose my whole tree?",
    ),
    (
        "financial_hardship", "sensitive", "chat",
        "hi, can i split the memorial plaque cost into instalments? i'm on universal credit and can only do about £20 "
        "a fortnight",
    ),
    (
        "financial_hardship", "sensitive", "sms",
        "Pls dont send the debt collectors again, I told u I will pay the £84 when my JSA comes in",
    ),
    (
        "financial_hardship", "sensitive", "agent_note",
        "Cust queried payment failure. Explained she's in an IVA and her bank has restricted the card. Agreed to hold "
        "order for 30 days.",
    ),
    (
        "financial_hardship", "sensitive", "web_form",
        "Please change my delivery address. We've been evicted from Flat 3, 22 Harcourt Rd and are staying at my "
        "brother's until the council rehouses us.",
    ),
    (
        "financial_hardship", "sensitive", "email",
        "Good afternoon. I want to beg for more time to pay the balance on the framed portrait. Since the company "
        "laid us off in January things have been very hard, I am only managing. Kindly bear with me. Chidi",
    ),
    (
        "financial_hardship", "sensitive", "call",
        "Hi, I got a letter from Carrington Recovery Services about my account with you. || Agent: I see, they're our "
        "collections partner for the unpaid photo book balance of £46. || I just can't pay it right now, I'm two "
        "months behind on rent as well.",
    ),
    (
        "financial_hardship", "sensitive", "dm",
        "can the restoration wait til next month? the payday loan people took everything this month 😩",
    ),
    (
        "financial_hardship", "sensitive", "voicemail",
        "Hi, it's Dolores Quinn. I can't go ahead with the engraving, I've just been declared bankrupt and the "
        "trustee says I have to cancel anything non-essential. Please ring me back.",
    ),
    (
        "financial_hardship", "sensitive", "email",
        "Respected team, I had ordered the wedding album but due to losing my job in the layoffs at my IT company I "
        "am unable to pay the remaining Rs 18,000. Can I cancel without penalty? Thanking you.",
    ),
    (
        "financial_hardship", "sensitive", "chat",
        "hey, is there a hardship option? been on centrelink since the mine shut and the family tree sub is the one "
        "thing i still enjoy",
    ),
    (
        "financial_hardship", "sensitive", "agent_note",
        "Customer asked to stop the direct debit; said she's relying on the food bank and can't spare anything at the "
        "moment. Cancelled, waived the early-exit fee.",
    ),
    (
        "financial_hardship", "sensitive", "web_form",
        "Reason for cancellation: can't afford it any more. We're on PIP and ESA and every bill keeps going up.",
    ),
    (
        "financial_hardship", "sensitive", "sms",
        "sorry payment bounced again, im in arrears on everything & the acct is overdrawn. cn u retry on the 28th",
    ),
    (
        "financial_hardship", "sensitive", "email",
        "Hello po, I am an OFW and I lost my job in Dubai so I came home last month. Can I still get the free "
        "reprint? I cannot pay the shipping right now po.",
    ),
    (
        "financial_hardship", "sensitive", "call",
        "Yeah, we had a CCJ registered against us last year so the card keeps getting declined. Can I pay by bank "
        "transfer instead?",
    ),
    (
        "financial_hardship", "sensitive", "review_reply",
        "Customer service let me spread the cost when I was out of work. Thank you. || Agent: We're glad we could "
        "help, Tariq.",
    ),
    (
        "financial_hardship", "sensitive", "dm",
        "Hey, is there a way to get the canvas cheaper? Been retrenched since March and money is very tight",
    ),
    (
        "financial_hardship", "sensitive", "agent_note",
        "Cust called re refund. Said the sheriff officers took the furniture last week and her account is frozen; "
        "wants refund to her partner's account instead. Referred to payments team.",
    ),
    (
        "financial_hardship", "sensitive", "email",
        "Could you please post me a paper invoice? My adviser at StepChange needs copies of all my outstanding bills "
        "to set up the payment plan.",
    ),
    (
        "financial_hardship", "benign", "chat",
        "Why was I charged twice for order KL-70233? Please refund the duplicate.",
    ),
    (
        "financial_hardship", "benign", "email",
        "Can I get a VAT receipt for my framed print? It's going through my business expenses.",
    ),
    (
        "financial_hardship", "benign", "sms",
        "Card declined at checkout, tried 2 diff cards, is ur payment page down?",
    ),
    (
        "financial_hardship", "benign", "web_form",
        "Is there a student discount? I'm a postgrad at Trinity.",
    ),
    (
        "financial_hardship", "benign", "dm",
        "that price for the restoration is a steal, booking now 💸",
    ),
    (
        "financial_hardship", "benign", "agent_note",
        "Cust asked about paying in instalments via Klarna for the large canvas. Confirmed Klarna available on orders "
        "over £50.",
    ),
    (
        "financial_hardship", "benign", "email",
        "Our book club just read 'The Bankrupt Heart' and loved it. Can we get a framed print of the cover art for "
        "the café where we meet?",
    ),
    (
        "financial_hardship", "benign", "call",
        "Hi, I'm calling from Harbour Credit Union, business account, we'd like framed photos of our board members "
        "for the lobby.",
    ),
    (
        "financial_hardship", "benign", "review_reply",
        "Broke the bank on this photo book but worth every penny! || Agent: Haha, thanks Aisling!",
    ),
    (
        "financial_hardship", "benign", "chat",
        "Does the gift card expire? Got one for Christmas and haven't used it yet",
    ),
    (
        "financial_hardship", "benign", "email",
        "Please update the billing address on my account to 14 Rowan Close, Galway.",
    ),
    (
        "financial_hardship", "benign", "web_form",
        "Is the 'Payday Treat' discount still running? It says expired at checkout.",
    ),
    (
        "financial_hardship", "benign", "sms",
        "Refund still not in my acct after 10 days, KL-22918. Whats the delay?",
    ),
    (
        "financial_hardship", "benign", "agent_note",
        "Customer asked if we accept cheques. Confirmed no; offered bank transfer details.",
    ),
    (
        "financial_hardship", "benign", "email",
        "We're Crowley & Sons Debt Recovery Ltd and need 12 staff headshots printed and framed. Can you invoice us on "
        "30-day terms?",
    ),
    (
        "financial_hardship", "benign", "chat",
        "my Sims family just got evicted lol, can u print a poster of the screenshot? it's hilarious",
    ),
    (
        "financial_hardship", "benign", "dm",
        "the coupon code SPRING20 says invalid, can u check?",
    ),
    (
        "financial_hardship", "benign", "call",
        "Hi, I'd like to switch my membership to annual billing to save a bit. How much is it?",
    ),
    (
        "financial_hardship", "benign", "voicemail",
        "Hi, this is Kemi in Lagos, the payment went through but the order still shows unpaid. Reference KLP-88120. "
        "Please check.",
    ),
    (
        "financial_hardship", "benign", "web_form",
        "We're a registered charity shop. Do you offer discounted rates for charities?",
    ),
    # ---- legal
    (
        "legal", "sensitive", "email",
        "Please send me copies of my full order history and emails. My solicitor needs them for the divorce "
        "proceedings.",
    ),
    (
        "legal", "sensitive", "chat",
        "can i change the name on the account? there's a restraining order and i can't have my ex seeing my address "
        "on the shared tree",
    ),
    (
        "legal", "sensitive", "agent_note",
        "Cust asked to be removed from the shared family tree she runs with her brother. Said they're in an ongoing "
        "court case over an inheritance. Removed link.",
    ),
    (
        "legal", "sensitive", "sms",
        "Need the framed photo by the 9th, its going in as evidence at my tribunal hearing. Order KL-19205",
    ),
    (
        "legal", "sensitive", "call",
        "Hi, the police have asked for the original of a photo I had restored with you. || Agent: Okay, do you have a "
        "crime reference number? || Yes, 47/22193/24, it's for the burglary at my house.",
    ),
    (
        "legal", "sensitive", "web_form",
        "My parcel was stolen from my porch. I've reported it to the Gardaí, PULSE ref 11938421. Please resend order "
        "KL-50116.",
    ),
    (
        "legal", "sensitive", "email",
        "Hi, I'm currently on probation and my PO goes through my mail, so please ship the photo book in plain "
        "packaging with no logo. Thanks.",
    ),
    (
        "legal", "sensitive", "voicemail",
        "Hi, Brendan Keogh here, I need the portrait delivered before the 14th, I'm up for sentencing that day and I "
        "might not be home for a while after. Thanks.",
    ),
    (
        "legal", "sensitive", "dm",
        "my Kinloom DNA results are being used in my paternity case. do u provide a certified copy for the family "
        "court?",
    ),
    (
        "legal", "sensitive", "agent_note",
        "Cust said she was released from prison last month and wants to reopen her old account at a new address. "
        "Verified ID, reactivated.",
    ),
    (
        "legal", "sensitive", "email",
        "Dear Sir, I have filed an FIR at Andheri police station for fraud done using my card on your website. FIR "
        "copy attached. Please refund the three transactions.",
    ),
    (
        "legal", "sensitive", "chat",
        "my lawyer says I shouldn't talk about the accident, but can you just confirm the date those photos were "
        "printed? the insurers need it",
    ),
    (
        "legal", "sensitive", "web_form",
        "Order notes: please never show our address publicly. We gave evidence at the Old Bailey last year and are "
        "under police witness protection arrangements.",
    ),
    (
        "legal", "sensitive", "sms",
        "hey can u pause the sub? on bail atm and cant use my card till the hearing",
    ),
    (
        "legal", "sensitive", "email",
        "I'm suing the photographer who did our wedding; my barrister asked whether your restoration team can confirm "
        "the originals were already damaged when they arrived with you.",
    ),
    (
        "legal", "sensitive", "call",
        "Yeah I'm calling about my order, I was arrested on Saturday and spent the weekend in the cells so I missed "
        "the courier.",
    ),
    (
        "legal", "sensitive", "review_reply",
        "1 star. I'm taking you to small claims court. || Agent: We're sorry to hear that, Mr Danjuma. Our legal team "
        "has received your claim form and will respond within 14 days.",
    ),
    (
        "legal", "sensitive", "agent_note",
        "Caller is a solicitor acting for our customer in a custody dispute; requested photo upload logs. Referred to "
        "DPO, needs signed authority.",
    ),
    (
        "legal", "sensitive", "chat",
        "Abeg I need the printed photos for my affidavit by tomorrow, my case dey for magistrate court on Monday.",
    ),
    (
        "legal", "sensitive", "email",
        "Good day, my ex has a protection order against him and he's still logging into our shared Kinloom account. "
        "Please lock him out. Case number 2024/PO/3381.",
    ),
    (
        "legal", "benign", "email",
        "Hi, we're Harmon & Reilly Solicitors. We'd like our partners' headshots printed and framed for reception. "
        "Can you invoice the firm?",
    ),
    (
        "legal", "benign", "chat",
        "Is 'Courtroom Drama' the name of that sepia filter? Love it.",
    ),
    (
        "legal", "benign", "web_form",
        "What do your terms say about copyright if I upload a photo from a newspaper archive?",
    ),
    (
        "legal", "benign", "sms",
        "the new app update is criminal lol cant find the crop button",
    ),
    (
        "legal", "benign", "dm",
        "ur customer service is the law 🙌 sorted in 5 min",
    ),
    (
        "legal", "benign", "agent_note",
        "Caller asked about our GDPR data retention policy for DNA samples. Sent privacy policy link.",
    ),
    (
        "legal", "benign", "call",
        "Hi, I'm a law student and I want my graduation photos printed, three copies at 5x7.",
    ),
    (
        "legal", "benign", "email",
        "Can you restore a photo of the old courthouse in Ennis from about 1910? It's for our local history society's "
        "exhibition.",
    ),
    (
        "legal", "benign", "review_reply",
        "Arrested my attention straight away, gorgeous frames. || Agent: Ha! Thanks Meena.",
    ),
    (
        "legal", "benign", "chat",
        "can you print posters for our escape room business? We run Cell Block Escape Rooms and want mugshot-style "
        "props for the police theme.",
    ),
    (
        "legal", "benign", "web_form",
        "Quote please: annual dinner photo book for the Retired Garda Association, 40 copies.",
    ),
    (
        "legal", "benign", "sms",
        "Hey is there a warranty on the frames? One hinge snapped",
    ),
    (
        "legal", "benign", "email",
        "I'm a crime fiction author. Can I use your photo book builder to mock up my novel's cover with a 'WANTED' "
        "poster design?",
    ),
    (
        "legal", "benign", "call",
        "Yes hello, I'm checking the cancellation policy, how many days do I have under consumer law to return a "
        "canvas?",
    ),
    (
        "legal", "benign", "dm",
        "the judge on that baking show was right, ur cake photo book template is perfect 😂 is it on sale?",
    ),
    (
        "legal", "benign", "agent_note",
        "Customer asked whether our terms allow printing a photo they don't hold the copyright to. Advised they need "
        "the owner's permission. No order placed.",
    ),
    (
        "legal", "benign", "voicemail",
        "Hi, it's Niamh from Lawlor's Bar, we want our old black and white photos framed for the walls, call me back "
        "on 087 555 3019.",
    ),
    (
        "legal", "benign", "web_form",
        "Please confirm your company registration number and registered office for our supplier form.",
    ),
    (
        "legal", "benign", "chat",
        "my friend says you 'steal' customer photos for your ads, is that true? what's the actual policy?",
    ),
    (
        "legal", "benign", "email",
        "Order KL-80410 arrived with the wrong mount colour, ivory instead of black. Please exchange.",
    ),
    # ---- special_categories
    (
        "special_categories", "sensitive", "email",
        "Hi, my DNA results came back saying I'm 38% Ashkenazi Jewish, which was a real surprise to the family. Can I "
        "download the raw data file to compare with my cousin's?",
    ),
    (
        "special_categories", "sensitive", "chat",
        "pls deliver before friday sunset or after saturday night, we don't answer the door on shabbos",
    ),
    (
        "special_categories", "sensitive", "sms",
        "Can the photo book arrive b4 Eid? Need it for the family gathering after Salah",
    ),
    (
        "special_categories", "sensitive", "web_form",
        "Please update my name and title: I'm now Ms Jordan Ellis, pronouns she/her. The old name on the account was "
        "James Ellis.",
    ),
    (
        "special_categories", "sensitive", "agent_note",
        "Cust asked to change the gender marker on his account from F to M and to remove his old name from the shared "
        "tree, as he is transitioning. Done.",
    ),
    (
        "special_categories", "sensitive", "email",
        "My husband and I (yes, two husbands, ha) want our wedding photos in the Classic album. Can both surnames go "
        "on the cover: Darragh Byrne & Kwame Mensah?",
    ),
    (
        "special_categories", "sensitive", "dm",
        "can u do the rainbow flag border on our couple portrait? me (Aoife) and my girlfriend Ciara want it for our "
        "new flat 🏳️‍🌈",
    ),
    (
        "special_categories", "sensitive", "call",
        "Hi, I'm calling about my DNA results. || Agent: Of course. I can see your report shows you carry one copy of "
        "the BRCA2 variant. Would you like me to book you in with our genetic counselling partner? || Yes please.",
    ),
    (
        "special_categories", "sensitive", "email",
        "Hi, I'm branch secretary for our Unite branch and want to order a framed photo of our members on the picket "
        "line. Can it be ready for the branch AGM?",
    ),
    (
        "special_categories", "sensitive", "chat",
        "Can you print 500 flyers with my photo on them? I'm standing as a Green Party candidate in the council "
        "elections.",
    ),
    (
        "special_categories", "sensitive", "web_form",
        "Your app made me upload a face scan to verify my identity for the DNA kit. I did it, but I now want that "
        "face template deleted. Please confirm when it's gone.",
    ),
    (
        "special_categories", "sensitive", "agent_note",
        "Voice ID enrolment failed twice for caller; she asked that her stored voiceprint be deleted from our system. "
        "Raised deletion request.",
    ),
    (
        "special_categories", "sensitive", "email",
        "Hello, my DNA report shows 12% South Indian and 60% North Indian ancestry, but our family is from the Syrian "
        "Christian community in Kerala so we expected quite different. Can someone explain?",
    ),
    (
        "special_categories", "sensitive", "voicemail",
        "Hi, it's Imam Yusuf Adeyemi, I'm ringing about the prints of our congregation for the mosque's anniversary "
        "dinner. Please call back.",
    ),
    (
        "special_categories", "sensitive", "sms",
        "deliver to the gurdwara on Soho Rd pls, im doing seva in the langar all day sunday",
    ),
    (
        "special_categories", "sensitive", "chat",
        "hi, the private photo book I ordered, can you make sure the packaging is totally plain? it's the explicit "
        "one from our anniversary weekend and my partner would die if the neighbours saw",
    ),
    (
        "special_categories", "sensitive", "email",
        "Please delete the photos in my 'private' folder immediately. They're intimate photos of me and my partner "
        "and I uploaded them to the shared family tree by mistake!",
    ),
    (
        "special_categories", "sensitive", "dm",
        "as a Traveller family we've found it hard to trace our records before the 1950s, do you have any specialist "
        "help?",
    ),
    (
        "special_categories", "sensitive", "web_form",
        "I'm a Wiradjuri woman researching my nan's family, who were moved onto a mission under the Protection Board. "
        "Do you have access to those records?",
    ),
    (
        "special_categories", "sensitive", "agent_note",
        "Cust wants a photo book of 'the campaign': she was one of the organisers of the climate protest camp at the "
        "airport and wants the speeches pages in colour.",
    ),
    (
        "special_categories", "sensitive", "call",
        "Hi, can the order go to the depot but care of the RMT office? I'm the union rep there so I'm in and out all "
        "day.",
    ),
    (
        "special_categories", "sensitive", "email",
        "Small change to the photo book cover: please use 'Sam' not 'Samantha'. I'm non-binary and they/them is right "
        "for me. Thanks!",
    ),
    (
        "special_categories", "sensitive", "chat",
        "Can you remove the cross from the christening template? We're Hindu and only want the Ganesh motif for the "
        "naming ceremony.",
    ),
    (
        "special_categories", "sensitive", "sms",
        "cant take deliveries in the afternoons this month, fasting for ramadan and resting. evenings ok",
    ),
    (
        "special_categories", "sensitive", "web_form",
        "I want to transfer my Kinloom raw DNA data to a health app to check my APOE status. Which file format should "
        "I export?",
    ),
    (
        "special_categories", "sensitive", "agent_note",
        "Cust matched with a half-sibling via DNA Matches she didn't know existed; upset, asked to hide her profile "
        "from the match list. Set to private.",
    ),
    (
        "special_categories", "sensitive", "email",
        "Hi, I'd like the photo book shipped to my boyfriend's place: Mark Doyle, 12 Glen Rd. I'm Conor, the account "
        "holder. Cheers.",
    ),
    (
        "special_categories", "sensitive", "review_reply",
        "Lovely service, fast delivery. || Agent: Thank you, Grace! We're so glad you and your wife Hannah loved the "
        "album.",
    ),
    (
        "special_categories", "sensitive", "chat",
        "I'm a Labour councillor and want to print photos from my constituency surgeries, can you do 100 postcards?",
    ),
    (
        "special_categories", "sensitive", "dm",
        "the locker kiosk scanned my fingerprint to release my order, do u store that? i want it deleted",
    ),
    (
        "special_categories", "sensitive", "call",
        "Hi, I want to change the delivery date. || Agent: No problem. I see the note that you're a Jehovah's Witness "
        "and don't celebrate birthdays, so we'll swap the birthday gift wrap for plain too. || Thanks.",
    ),
    (
        "special_categories", "sensitive", "email",
        "Please spell my name as Chukwuemeka on the plaque, and add the Igbo proverb underneath exactly as in the "
        "attachment. My people are very particular about the tones. Thank you.",
    ),
    (
        "special_categories", "sensitive", "voicemail",
        "Hi, it's Alex, I've changed my name by deed poll after coming out as trans. Can someone update my account "
        "and resend the certificate print in my new name? Thanks.",
    ),
    (
        "special_categories", "sensitive", "web_form",
        "We're a polyamorous triad. Can the family tree show three partners in one relationship? Right now it only "
        "allows two.",
    ),
    (
        "special_categories", "sensitive", "chat",
        "Hi, I'm volunteering for the Workers' Party in the GE, can I print campaign posters with you or must be "
        "local printer?",
    ),
    (
        "special_categories", "benign", "chat",
        "Is the 'Heritage Mosaic' DNA kit the same as the standard one, just in fancier packaging?",
    ),
    (
        "special_categories", "benign", "email",
        "Hello, St Columba's Parish office here. We'd like a large canvas of the church exterior for the parish "
        "centre. Please invoice the parish.",
    ),
    (
        "special_categories", "benign", "sms",
        "ur prints r a godsend, thx",
    ),
    (
        "special_categories", "benign", "dm",
        "pride of place on my mantelpiece, the new frame is stunning 😍",
    ),
    (
        "special_categories", "benign", "web_form",
        "Does your DNA test tell you ethnicity? What's the difference between the Ancestry and Ancestry+ kits?",
    ),
    (
        "special_categories", "benign", "agent_note",
        "Caller asked how we store DNA samples and whether we sell data to third parties. Explained policy. No "
        "account details discussed.",
    ),
    (
        "special_categories", "benign", "chat",
        "Is the 'Gay Paree' vintage Paris poster still in stock? Want it in A3.",
    ),
    (
        "special_categories", "benign", "email",
        "I'm a history teacher putting together a photo book on the 1913 Lockout and the Dublin trade union movement "
        "for class. Can I use archive photos from your collection?",
    ),
    (
        "special_categories", "benign", "review_reply",
        "I religiously check the site for new frames, love them! || Agent: Thanks Padraig!",
    ),
    (
        "special_categories", "benign", "call",
        "Hi, ringing about the 'Union Jack' frame design, is that available in A3?",
    ),
    (
        "special_categories", "benign", "web_form",
        "We're the Parliament Street Café and want prints of the old parliament building for our walls.",
    ),
    (
        "special_categories", "benign", "sms",
        "the face recognition in ur photo app is amazing, it found every pic of my dog 😂",
    ),
    (
        "special_categories", "benign", "chat",
        "How does the 'Fingerprint' keepsake work? Is it just a design template or do you scan something?",
    ),
    (
        "special_categories", "benign", "email",
        "I'm writing a novel where the heroine discovers her Viking ancestry through a DNA test. For research, what "
        "does a typical Kinloom results page look like?",
    ),
    (
        "special_categories", "benign", "dm",
        "ur election-night sale is mad, just got 3 canvases lol",
    ),
    (
        "special_categories", "benign", "agent_note",
        "Customer from Temple Bar Hotel (business account) ordering 20 framed Dublin prints for guest rooms. Sent "
        "quote.",
    ),
    (
        "special_categories", "benign", "chat",
        "Can you restore a 1960s photo of the old Mosque Street shophouses? For our shop's wall.",
    ),
    (
        "special_categories", "benign", "web_form",
        "Question: do you keep biometric data from the photo booths? Want to know the policy before our office team "
        "uses them.",
    ),
    (
        "special_categories", "benign", "call",
        "Yeah hi, I'm from the Union Street Bakery, we want the old photos of the shop framed for the counter.",
    ),
    (
        "special_categories", "benign", "email",
        "Can I print the Lunar New Year calendar template with both English and Chinese characters?",
    ),
    (
        "special_categories", "benign", "sms",
        "order for the 'Saintly Blue' cushion still pending, any news?",
    ),
    (
        "special_categories", "benign", "review_reply",
        "Heavenly quality! || Agent: Thank you, Olu!",
    ),
    (
        "special_categories", "benign", "chat",
        "Do you support right-to-left scripts like Arabic and Hebrew in photo book text? Asking for a design client.",
    ),
    (
        "special_categories", "benign", "email",
        "We're a wedding planning business. Do your album templates let clients choose 'Mr & Mr' or 'Mrs & Mrs' on "
        "the cover, or only 'Mr & Mrs'?",
    ),
    (
        "special_categories", "benign", "web_form",
        "My DNA kit box arrived crushed but the tube inside still looks sealed. Should I use it or ask for a new one?",
    ),
    (
        "special_categories", "benign", "agent_note",
        "Cust wanted the 'Celtic Knot' border on a family tree print. Applied and re-sent proof.",
    ),
    (
        "special_categories", "benign", "dm",
        "strike while the iron's hot, is the 30% off still on?? 🔥",
    ),
    (
        "special_categories", "benign", "chat",
        "is there a way to vote on new frame designs? saw a poll on your insta",
    ),
    (
        "special_categories", "benign", "call",
        "Hi, calling from Ahmed & Co Accountants, business account, we want framed city prints for the office.",
    ),
    (
        "special_categories", "benign", "email",
        "The genealogy society I chair is hosting a talk on reading old parish registers. Can we get 30 printed "
        "handouts of sample register pages?",
    ),
    (
        "special_categories", "benign", "sms",
        "left-leaning frame arrived lol, the hook is crooked, pls send a new one",
    ),
    (
        "special_categories", "benign", "web_form",
        "I'm a DJ and want my 'Soul Revival' gig poster printed at A1.",
    ),
    (
        "special_categories", "benign", "review_reply",
        "A Christmas miracle, order arrived on the 23rd! || Agent: So glad, Bernie!",
    ),
    (
        "special_categories", "benign", "chat",
        "Does the family tree allow two mums or two dads for one person? Asking for the FAQ I'm writing for our "
        "genealogy club.",
    ),
    (
        "special_categories", "benign", "agent_note",
        "Caller asked if the Kinloom app supports fingerprint login on Android. Confirmed yes, it's device-level only "
        "and we don't store it.",
    ),
    # ---- bereavement
    (
        "bereavement", "sensitive", "email",
        "Order KL-60211: the memorial card proof has Mam's date of passing wrong. It should be 3 February, not 3 "
        "March. Thank you.",
    ),
    (
        "bereavement", "sensitive", "chat",
        "can you reissue the order confirmation in my name only? the account was my husband's, he passed in june",
    ),
    (
        "bereavement", "sensitive", "sms",
        "Plaque for Dad's bench needs to be at the cemetery by the 12th for the anniversary. Can u confirm delivery",
    ),
    (
        "bereavement", "sensitive", "agent_note",
        "Customer's mother was the account holder and died in April. Closed account and transferred the family tree "
        "to customer as next of kin.",
    ),
    (
        "bereavement", "sensitive", "web_form",
        "I'd like a restoration of the only good photo we have of my brother. We lost him in a car crash last year "
        "and want it for his first anniversary.",
    ),
    (
        "bereavement", "sensitive", "voicemail",
        "Hiya, it's Bridie, ringing about the photos for the wake on Thursday. Can I collect them Wednesday evening "
        "instead? Thanks love.",
    ),
    (
        "bereavement", "sensitive", "email",
        "Good day. We need 300 funeral programme booklets with photos for my father's burial on the 22nd in Enugu. "
        "Please send quote urgently.",
    ),
    (
        "bereavement", "sensitive", "dm",
        "since nan went i cant bring myself to open the photo book we made her, can u just cancel the second copy",
    ),
    (
        "bereavement", "sensitive", "call",
        "Hi, I'm ringing about closing my wife's account. || Agent: I'm so sorry for your loss. Could you send us a "
        "copy of the death certificate? || Yes, I'll email it tonight.",
    ),
    (
        "bereavement", "sensitive", "chat",
        "Hello po, we need a tarpaulin for the 40 days of my lola, can you print by Saturday?",
    ),
    (
        "bereavement", "sensitive", "web_form",
        "Memorial card text: 'In loving memory of our son Patrick, taken too soon.' Please use the lily border.",
    ),
    (
        "bereavement", "sensitive", "review_reply",
        "Very happy with the frame. || Agent: Thank you, Mrs Okonkwo. We're glad the portrait of your late husband "
        "arrived safely before the service.",
    ),
    (
        "bereavement", "sensitive", "sms",
        "Pls print 50 copies of my grandfather's photo with garland for the 13th day ceremony. urgent",
    ),
    (
        "bereavement", "sensitive", "email",
        "Hi, I'm sorry this is long. Since we scattered Dad's ashes in Connemara in May I've been trying to make a "
        "photo book of his life, and I uploaded about 400 photos but the builder keeps freezing at page 60. I've "
        "tried Chrome and Safari. I really want it ready for what would have been his 70th. Can anyone help? Orla",
    ),
    (
        "bereavement", "sensitive", "agent_note",
        "Caller very upset: the photo book for her twin sister arrived after the funeral. Offered full refund plus "
        "free reprint.",
    ),
    (
        "bereavement", "sensitive", "chat",
        "hi, my partner's DNA kit, he never got to send it back before he died. can i get a refund?",
    ),
    (
        "bereavement", "sensitive", "voicemail",
        "Hi, it's Themba, calling about the photo plaque for my mother's tombstone. The unveiling is on the 5th, "
        "please call me back.",
    ),
    (
        "bereavement", "sensitive", "email",
        "Hello, I need the yahrzeit plaque for my father ready before the date. Please engrave his Hebrew name, Yosef "
        "ben Avraham, above the English.",
    ),
    (
        "bereavement", "sensitive", "dm",
        "is there a discount on the sympathy gift range? buying for myself tbh, lost my mum 2 weeks ago",
    ),
    (
        "bereavement", "sensitive", "web_form",
        "Please deliver the framed photo to the void deck at Blk 455 for my grandma's wake, by 6pm tomorrow.",
    ),
    (
        "bereavement", "benign", "email",
        "Hi, this is O'Rourke Funeral Directors, business account KL-B-1103. Can we receive our monthly invoice as a "
        "PDF rather than by post?",
    ),
    (
        "bereavement", "benign", "chat",
        "We're a stonemason's yard, can we see your plaque engraving fonts before we set up a trade account?",
    ),
    (
        "bereavement", "benign", "sms",
        "The app died on me halfway through uploading, do I have to start again?",
    ),
    (
        "bereavement", "benign", "dm",
        "my dog Rufus crossed the rainbow bridge last week 😢 can u do a pet memorial canvas of him?",
    ),
    (
        "bereavement", "benign", "web_form",
        "What's your general policy when an account holder dies? We're a will-writing firm and want to mention it in "
        "our digital assets leaflet.",
    ),
    (
        "bereavement", "benign", "agent_note",
        "Customer asked for the 'Rest In Peace' gothic display font for a Halloween party banner. Applied.",
    ),
    (
        "bereavement", "benign", "email",
        "I'm dying to see the proofs! When will they be ready?",
    ),
    (
        "bereavement", "benign", "call",
        "Hi, calling about the 'Forget-Me-Not' frame, is it available in silver?",
    ),
    (
        "bereavement", "benign", "review_reply",
        "Killer prints, dead good value. || Agent: Haha, thanks Gaz!",
    ),
    (
        "bereavement", "benign", "chat",
        "Can you restore a photo of our old family home? The house was knocked down in the 90s.",
    ),
    (
        "bereavement", "benign", "email",
        "Our theatre company is staging 'Death of a Salesman'. Can we print 20 A2 posters with the cast photo?",
    ),
    (
        "bereavement", "benign", "sms",
        "im dead 😂 the cat photo on the mug came out hilarious. ordering another",
    ),
    (
        "bereavement", "benign", "web_form",
        "Do you print on granite or just metal plaques? We're a garden centre stocking outdoor ornaments.",
    ),
    (
        "bereavement", "benign", "agent_note",
        "Undertaker business account (Kelly & Daughters) asked about price breaks for memorial cards over 500 units. "
        "Sent tiered pricing.",
    ),
    (
        "bereavement", "benign", "dm",
        "my goldfish Bubbles didn't make it lol RIP king. anyway can I get a print of him",
    ),
    (
        "bereavement", "benign", "chat",
        "How long do you keep photos after an account goes inactive? Don't want my stuff to die with the old account.",
    ),
    (
        "bereavement", "benign", "call",
        "Yeah, calling from the Lakeside Hospice charity shop, we'd like 100 printed fundraising calendars.",
    ),
    (
        "bereavement", "benign", "email",
        "Our genealogy club is doing a heritage tour of Glasnevin and wants printed maps showing famous graves like "
        "Michael Collins'. Can you print 25?",
    ),
    (
        "bereavement", "benign", "voicemail",
        "Hi, it's Sinéad, the gold memorial-style frame I ordered for my graduation photo, can you confirm it's "
        "shipped?",
    ),
    (
        "bereavement", "benign", "web_form",
        "Do you sell 'In Memoriam' style templates for history projects? I'm a teacher making an exhibition book on "
        "the 1916 Rising leaders.",
    ),
    # ---- violence_self_harm
    (
        "violence_self_harm", "sensitive", "email",
        "Please remove my address from my family tree profile. My ex-husband is abusive and I've moved to get away "
        "from him.",
    ),
    (
        "violence_self_harm", "sensitive", "chat",
        "is there a way to block someone from seeing my tree? my brother keeps sending me threatening messages "
        "through the Kinloom inbox",
    ),
    (
        "violence_self_harm", "sensitive", "sms",
        "pls deliver to the refuge address not my old one, order KL-41290. Dont call the old number",
    ),
    (
        "violence_self_harm", "sensitive", "agent_note",
        "Customer reports harassing messages from a DNA match who claims to be her biological father. Blocked user, "
        "escalated to Trust & Safety.",
    ),
    (
        "violence_self_harm", "sensitive", "web_form",
        "Restoration request: can you remove the bruise on my cheek in this photo? It's from when he hit me and I "
        "don't want my family seeing it.",
    ),
    (
        "violence_self_harm", "sensitive", "dm",
        "honestly dont see the point finishing the photo book, dont think ill be around much longer",
    ),
    (
        "violence_self_harm", "sensitive", "call",
        "Hi, I want to cancel my order, I won't be needing it. || Agent: Of course. Are you okay? You sound upset. || "
        "Not really. I've been thinking about ending it all. || Agent: I'm really glad you told me. Please call "
        "Samaritans on 116 123, they're there 24/7, and I can stay on the line.",
    ),
    (
        "violence_self_harm", "sensitive", "email",
        "I am writing because one of your customers has been posting my picture on your community board with insults "
        "and saying he will come to my house. Please remove it and ban him.",
    ),
    (
        "violence_self_harm", "sensitive", "voicemail",
        "Hi, it's Ruth, I need the framed prints sent to my sister's instead. I had to leave home in a hurry on "
        "Friday after the guards were called again. Please don't ring the landline.",
    ),
    (
        "violence_self_harm", "sensitive", "chat",
        "can u hide my photos from the shared album, my stepdad keeps commenting creepy stuff on them and messaging "
        "me at night",
    ),
    (
        "violence_self_harm", "sensitive", "agent_note",
        "Cust asked for all future post to go to a PO box; mentioned her safety plan with her DV worker. Updated, "
        "removed street address.",
    ),
    (
        "violence_self_harm", "sensitive", "web_form",
        "Please delete the photo book 'Summer 2023' from my account. It has pictures of my arms before they healed, "
        "from when I was cutting, and I don't want to see them.",
    ),
    (
        "violence_self_harm", "sensitive", "email",
        "Sir, my in-laws are harassing me for dowry and they have access to my Kinloom login. Kindly reset the "
        "password and remove their email from my account.",
    ),
    (
        "violence_self_harm", "sensitive", "sms",
        "someone from ur forum keeps msging me saying theyll find me & hurt me. pls do smth",
    ),
    (
        "violence_self_harm", "sensitive", "review_reply",
        "Staff were so patient with me. || Agent: Thank you, Erin. We're really glad our team could quietly move your "
        "order to the safe house address.",
    ),
    (
        "violence_self_harm", "sensitive", "chat",
        "Hi po, can you remove my husband from our family tree account? He beats me and he uses the account to see "
        "where I am.",
    ),
    (
        "violence_self_harm", "sensitive", "agent_note",
        "Caller said she took an overdose last month and is now sorting her affairs; wanted to cancel subscription. "
        "Cancelled, gave Samaritans number, logged per welfare policy.",
    ),
    (
        "violence_self_harm", "sensitive", "email",
        "I need the restored class photo before the 10th. That's when I give my statement about the abuse I suffered "
        "at the boarding school in the 80s.",
    ),
    (
        "violence_self_harm", "sensitive", "dm",
        "my ex keeps turning up and screaming at me whenever the courier comes, can my deliveries go to my work "
        "instead?",
    ),
    (
        "violence_self_harm", "sensitive", "call",
        "Hi, ringing about my photo book. || Agent: Sure, what's the order number? || Sorry, I'm all over the place, "
        "someone's been following me home from the station every night this week. It's KL-39021, can you ship it to "
        "my office?",
    ),
    (
        "violence_self_harm", "benign", "chat",
        "this frame is killer 🔥 ordering two",
    ),
    (
        "violence_self_harm", "benign", "email",
        "Can you print a poster for my Call of Duty clan? It's our gamer tags over some cartoon explosions.",
    ),
    (
        "violence_self_harm", "benign", "sms",
        "ur app is killing my battery lol any fix?",
    ),
    (
        "violence_self_harm", "benign", "dm",
        "love the 'Knockout' red frame colour, does it come in A2?",
    ),
    (
        "violence_self_harm", "benign", "web_form",
        "We're Cobra Martial Arts Academy. Can you print 20 framed photos of our black-belt grading for the dojo "
        "wall? Invoice the academy.",
    ),
    (
        "violence_self_harm", "benign", "agent_note",
        "Customer asked for the link to our community harassment and abuse policy for a blog post about platform "
        "safety. Sent link. No incident reported.",
    ),
    (
        "violence_self_harm", "benign", "email",
        "My crime novel's cover photo needs printing as a poster for the launch. It's a staged murder scene with "
        "actors.",
    ),
    (
        "violence_self_harm", "benign", "call",
        "Hi, calling about the boxing photos from the charity fight night, can I get them in 10x8?",
    ),
    (
        "violence_self_harm", "benign", "review_reply",
        "The customer service team absolutely smashed it. || Agent: Thanks Liam!",
    ),
    (
        "violence_self_harm", "benign", "chat",
        "Can you restore this WWII photo of HMS Warspite for our naval history club?",
    ),
    (
        "violence_self_harm", "benign", "sms",
        "threatening to buy the whole catalogue, ur new frames are that good 😂",
    ),
    (
        "violence_self_harm", "benign", "dm",
        "the paintball team pics came out class, can u do a collage of the splatter shots?",
    ),
    (
        "violence_self_harm", "benign", "web_form",
        "What's your process for reporting abusive messages on the community board? Want to know before I join.",
    ),
    (
        "violence_self_harm", "benign", "agent_note",
        "Customer ordered the 'Storm Warning' canvas; asked if the lightning colours will print accurately.",
    ),
    (
        "violence_self_harm", "benign", "email",
        "Hi, we're a self-defence instructors' association and want certificates printed with member photos.",
    ),
    (
        "violence_self_harm", "benign", "call",
        "Yeah the courier absolutely battered the box, corner's smashed in. Can I get a replacement frame?",
    ),
    (
        "violence_self_harm", "benign", "chat",
        "is 'Shot Through the Heart' the name of the Valentine's canvas template?",
    ),
    (
        "violence_self_harm", "benign", "voicemail",
        "Hi, it's Farid from Ironclad Kickboxing Gym, we want a big canvas of our fight night for reception. Call me "
        "back.",
    ),
    (
        "violence_self_harm", "benign", "web_form",
        "Do you print Halloween decorations? Zombie attack posters for our haunted house business.",
    ),
    (
        "violence_self_harm", "benign", "review_reply",
        "I'd kill for faster shipping, but the prints are great. || Agent: Fair point, Joanne! We're adding express "
        "options next month.",
    ),
]


def glade_examples() -> list[dict]:
    """The glade split as labelled tickets (same shape as ``sensitive_eval.build_eval_set``'s)."""
    return stranger_examples("glade", ENTRIES, SUBJECTS)
