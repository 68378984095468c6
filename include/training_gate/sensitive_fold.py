"""fold split: written by a helper who had not seen the detection rules, the anchors or any other split.
Setting: Little Nest, a baby and nursery-products retailer (prams, car seats, cots, feeding, baby clothes,
gift registry, click and collect, returns, product recalls, a parenting newsletter);
registers are email, chat, sms, call, note, form, review, voicemail and dm.
The benign half shops for baby and child products, runs registries and asks policy questions without
revealing anything about a particular child, pregnancy or person: product names, organisations, idioms.
70 sensitive and 70 benign tickets for special categories, 50 and 50 for children, 20 and 20 for financial hardship,
15 and 15 for health, legal, bereavement and violence and self-harm.
First reading (policy 2026.11.24.7, after it was final; `sensitive_eval.evaluate`, as `make eval-sensitive`):
93.5 / 1.5 recall / false exclusion in % as shipped, 97.0 / 4.5 without the overruling,
91.5 / 3.5 by the rules alone. Held out: never tuned or trained on."""

from __future__ import annotations

from training_gate.sensitive_blind import stranger_examples

SUBJECTS: tuple[str, ...] = (
    "Pram delivery date",
    "Car seat fitting appointment",
    "Registry list not showing",
    "Click and collect query",
    "Return for refund",
    "Product recall notice",
    "Newsletter preferences",
    "Cot mattress size",
    "Feeding bottles missing from order",
    "Account details update",
    "Baby clothes exchange",
    "Loyalty points balance",
)

ENTRIES: list[tuple[str, str, str, str]] = [
    # ---- special categories, sensitive
    ("special_categories", "sensitive", "chat",
     "hi can the cot be collected thurs eve? || Agent: Collection at Northgate runs until 8pm on Thursdays, "
     "would that suit? || ideal, Eid starts thursday so we'll be fasting til sunset, I'll come straight after "
     "iftar"),
    ("special_categories", "sensitive", "email",
     "Please don't book my delivery for a Saturday again. We keep Shabbat and nobody in the house will sign "
     "for anything between Friday dusk and Saturday night. Order LN-58213. Thank you, Rivka Adler || Agent: "
     "Understood, Rivka. I've added a note so your deliveries only go out Sunday to Thursday."),
    ("special_categories", "sensitive", "note",
     "Cust Mr Harjit Sandhu asked that the courier stop asking him to take off his turban for the doorstep ID "
     "photo - explained it is part of his faith. Logged with Parcelway account manager."),
    ("special_categories", "sensitive", "form",
     "Reason for return: Wrong item | Comments: the embroidered blanket says 'Blessed'. I'm a committed "
     "atheist and chose the plain version at checkout, please swap | Order: LN-40716"),
    ("special_categories", "sensitive", "sms",
     "Hi its Maryam, can the registry thank-you cards come without the star signs? our imam said the zodiac "
     "designs arent right for us. thx"),
    ("special_categories", "sensitive", "call",
     "Caller needs the christening gown by the 14th. || Agent: Standard delivery is three to five days, so "
     "you're fine. || Good, because Father Declan's booked and as godmother I'll never hear the end of it from"
     " the parish if I turn up without it."),
    ("special_categories", "sensitive", "review",
     "Lovely shop but the assistant at Harrowgate kept pushing the Christmas hamper even after I said we're "
     "Jehovah's Witnesses and don't celebrate it. 3 stars. || Agent: Thank you for telling us, we've shared "
     "this with the store manager."),
    ("special_categories", "sensitive", "dm",
     "hey do u do the big muslin wraps in plain colours? my wife only goes out in hijab and she wants the "
     "carrier cover to match, nothing with slogans pls"),
    ("special_categories", "sensitive", "email",
     "Re: newsletter. Could you take me off the Diwali offers list but keep the general one? I left the Hindu "
     "faith a couple of years ago and it's still a sore point with my family. Thanks, Priya || Agent: Done, "
     "you're off the seasonal list and still on the main newsletter."),
    ("special_categories", "sensitive", "email",
     "I'm a Black mum and this is the second time I've complained that your 'skin tone' nursing bras only come"
     " in one beige. Order LN-33190 is going back for exactly that reason. Abena Owusu || Agent: Thank you, "
     "Abena. I've passed this to the buying team and started your refund."),
    ("special_categories", "sensitive", "chat",
     "is the delivery man allowed to just refuse our site? || Agent: I'm sorry to hear that, can you tell me "
     "what happened? || we're Irish Travellers, he seen the caravans and said he wasnt leaving a pram there, "
     "drove off with it"),
    ("special_categories", "sensitive", "note",
     "Complaint from Mrs Li Na: till assistant at Castlebridge asked where she was 'really from' and spoke "
     "slowly at her. Cust is British Chinese, born in Leeds. Passed to HR and store manager."),
    ("special_categories", "sensitive", "review",
     "Went in for a car seat fitting. The fitter was all smiles with the white couple before us and barely "
     "looked at me and my husband. We're Bangladeshi and we felt it. Won't be back."),
    ("special_categories", "sensitive", "voicemail",
     "Hiya, it's Kemi, ringing about the gift box from the newsletter. We're Yoruba and the naming ceremony is"
     " next Saturday so I really need it before then. Order ending 4471. Cheers."),
    ("special_categories", "sensitive", "form",
     "Name: Tomasz Wrobel | Query type: Registry | Message: Can the registry page show Romani or Polish text? "
     "Most of our guests are my Roma relatives from back home and only a few read English. || Agent: Polish is"
     " coming in the next update; I've logged Romani as a request too."),
    ("special_categories", "sensitive", "sms",
     "ordered the doll set for the registry but all 4 are white, any chance of one that looks like us? im half"
     " Jamaican half Scottish lol. ty, Dee"),
    ("special_categories", "sensitive", "dm",
     "@LittleNest your security guard followed me round the Riverside store for 20 mins. Only Arab woman in "
     "there. Not the first time either."),
    ("special_categories", "sensitive", "call",
     "Agent: Can I take the postcode? || It is KT9 8ZZ. Sorry, my accent, I am Kurdish, people always hear it "
     "wrong. || Agent: No problem at all, that's come up now."),
    ("special_categories", "sensitive", "email",
     "Please stop sending the newsletter to my campaign inbox. I'm standing for the Greens in Brookvale ward "
     "and that address has to stay clear for residents. Use f.harding@example.com instead. || Agent: I've "
     "moved the newsletter to your personal address, Fiona."),
    ("special_categories", "sensitive", "chat",
     "can i move collection to sat? || Agent: Of course, morning or afternoon? || afternoon, mornings i'm out "
     "leafleting for our Labour candidate til the by-election"),
    ("special_categories", "sensitive", "note",
     "Mr Gareth Pryce declined newsletter sign-up at the till; said he's a Plaid Cymru activist and doesn't "
     "trust 'English chains' with his data. Opt-out recorded."),
    ("special_categories", "sensitive", "sms",
     "sorry missed the driver, was at the climate march in town all day, can u rebook for tmrw? LN-22741"),
    ("special_categories", "sensitive", "review",
     "Cot is fine. Not impressed there was a poster for the local Tory MP's visit by the door. As a lifelong "
     "socialist I'll shop elsewhere while that's up. 2 stars."),
    ("special_categories", "sensitive", "form",
     "Delivery instructions: leave with no.12, I'm at the Palestine solidarity vigil outside the town hall "
     "most evenings this month | Order: LN-51908 || Agent: safe-place instruction added for no.12."),
    ("special_categories", "sensitive", "dm",
     "do you deliver to the party office on Mill St? I'm the local Lib Dem organiser and the team want to send"
     " a hamper to our agent"),
    ("special_categories", "sensitive", "voicemail",
     "Hi, it's Ruth Okafor. I sit on the council as an Independent and I'd rather my name wasn't on the public"
     " registry page, people from the ward keep finding it. Ring me on 07700 900412."),
    ("special_categories", "sensitive", "call",
     "Caller asked us to hold her order till the 20th. || Agent: Can I ask why, so I note it right? || I'm "
     "away canvassing for the SNP right up to polling day, I won't be in to sign for it."),
    ("special_categories", "sensitive", "email",
     "Could I push the cot delivery to next week? We're out Monday to Wednesday with the RMT and I'll be on "
     "the picket line from 6am. Order LN-30184. Thanks, Dan || Agent: No problem, Dan, I've moved it to "
     "Thursday the 18th."),
    ("special_categories", "sensitive", "chat",
     "quick q about discounts || Agent: Sure, what would you like to know? || i'm the Unison steward on my "
     "ward and members keep asking me if you do an NHS discount, do you?"),
    ("special_categories", "sensitive", "note",
     "Cust is the NEU rep at her school; asked that the invoice for the hamper go to her home address as it's "
     "paid from union subs, not school funds. Address updated."),
    ("special_categories", "sensitive", "sms",
     "hi cant do thurs collection, got the branch meeting after shift (im GMB convenor). fri ok? - Lee"),
    ("special_categories", "sensitive", "form",
     "Employer (for staff gift scheme): Castlebridge Council | Notes: I'm also UNISON branch secretary there, "
     "so please never email my work address about personal orders || Agent: work email removed from "
     "marketing and order updates."),
    ("special_categories", "sensitive", "review",
     "Used Pay in 3 while we were out on the Unite strike and it really helped spread the cost. Staff at "
     "Northgate were lovely. 5 stars."),
    ("special_categories", "sensitive", "voicemail",
     "Hello, Sandra Bell here. I'm on the RCN strike tomorrow so I'll be home after all, you can bring the "
     "highchair back to Wednesday. Thank you."),
    ("special_categories", "sensitive", "dm",
     "can you ship to the CWU hall on Brook Rd? I'm a member and a few of us are chipping in for a present, "
     "I'll pick it up from there"),
    ("special_categories", "sensitive", "call",
     "Agent: Is there a daytime number? || My mobile, 07700 900378. I'm usually in the Usdaw office during the"
     " day, I'm a shop steward, so I may not pick up straight away."),
    ("special_categories", "sensitive", "email",
     "Hi, my husband and I set up the registry last week but only my name shows as owner. Can you add him? His"
     " email is j.ferris@example.com. Thanks, Tom Ferris || Agent: Hi Tom, I've added your husband as "
     "co-owner; he'll get an invite."),
    ("special_categories", "sensitive", "chat",
     "can the registry page say two mums? || Agent: Yes, you can edit the header text under Settings. || "
     "brilliant, my wife was fuming it said Mum and Dad by default"),
    ("special_categories", "sensitive", "note",
     "Ms Claire Hollis says her girlfriend Jess Marlow, who she lives with, will collect from now on. Added "
     "Jess as authorised collector. || Cust confirmed Jess's surname spelling on a second call."),
    ("special_categories", "sensitive", "sms",
     "can u change the name on the collection to my partner Mark? hes picking up, im stuck at work. thanks - "
     "Aaron"),
    ("special_categories", "sensitive", "review",
     "As a gay dad I was braced for the usual 'so where's mum?' at the car seat fitting, but the fitter at "
     "Southmoor didn't bat an eyelid. 5 stars."),
    ("special_categories", "sensitive", "form",
     "Title: Mr | Second owner title: Mr | Message: My husband and I are setting up a joint registry, can we "
     "both be listed as dads instead of mum/dad?"),
    ("special_categories", "sensitive", "dm",
     "im bi and honestly seeing your Pride window made my week, is the rainbow tote for sale or just display?"),
    ("special_categories", "sensitive", "voicemail",
     "Hi, it's Nadia. My wife Sophie placed the order but she's away with work, so I'm ringing to move the "
     "delivery to Friday. It's under her name, Sophie Grant."),
    ("special_categories", "sensitive", "call",
     "Agent: How can I help today? || The parcel got opened by my landlord by mistake. It had the ovulation "
     "tests in it and he made a crack about me and my boyfriend trying. Can you use plain packaging?"),
    ("special_categories", "sensitive", "email",
     "Could you change the greeting on my account from 'Mum' to 'Dad'? I'm a trans man and every email from "
     "you misgenders me. Everything else can stay. Eli Sandford || Agent: Sorry about that, Eli. Your greeting"
     " now says Dad on every email."),
    ("special_categories", "sensitive", "chat",
     "hi my account still has my old name || Agent: I can update that, what should it say? || Alex Reyes. I "
     "transitioned last year and seeing the old name on receipts is rough"),
    ("special_categories", "sensitive", "note",
     "Cust uses they/them and the title Mx; asked that delivery notes stop saying 'Mrs'. Profile updated to Mx"
     " Jordan Quill."),
    ("special_categories", "sensitive", "form",
     "Preferred name: Danielle | Name on card: Daniel Okoro | Comment: I'm trans, please make sure the courier"
     " asks for Danielle, the card only says Daniel because the bank is slow"),
    ("special_categories", "sensitive", "sms",
     "pls stop calling me sir on the phone line. im a woman, im trans, and my voice isnt an excuse. LN-60127"),
    ("special_categories", "sensitive", "review",
     "Staff at Castlebridge were nice but the till guy read my deadname off the gift card out loud. Being "
     "non-binary in a baby shop is hard enough. 3 stars. || Agent: We're so sorry, Sam. We've raised this with"
     " the store team directly."),
    ("special_categories", "sensitive", "voicemail",
     "Hi, this is Rowan. My gender recognition certificate came through last month, so the name and title on "
     "my loyalty card need updating to match. Call me on 07700 900215. || Agent: called Rowan back, "
     "updated name and title, new card posted."),
    ("special_categories", "sensitive", "dm",
     "your registry only lets you pick Mum or Dad, which is rough for me cos im genderqueer and neither fits. "
     "any chance of adding Parent?"),
    ("special_categories", "sensitive", "call",
     "Agent: And is it Mr or Mrs? || Neither really. I'm mid-transition, so for now just use my first name, "
     "Kit. || Agent: Of course, I'll put that on the account."),
    ("special_categories", "sensitive", "email",
     "The screening showed we're both carriers of the cystic fibrosis gene, so the consultant suggested the "
     "nebuliser in your health range. Is it in stock at Northgate? Thanks, Lorna || Agent: Yes, Lorna, two are"
     " in stock at Northgate for collection today."),
    ("special_categories", "sensitive", "chat",
     "the DNA result came back today || Agent: Sorry, I think you may have the wrong chat? || lol no, the "
     "paternity test, he's the dad, so put Callum back on the registry as co-owner pls"),
    ("special_categories", "sensitive", "note",
     "Cust mentioned her genetic test showed a BRCA2 variant; asked about formula bundle pricing. No action "
     "needed beyond quote."),
    ("special_categories", "sensitive", "form",
     "Message: Please delete the family tree I uploaded to the keepsake book service. I attached my ancestry "
     "DNA breakdown by accident and I don't want it printed or stored. || Agent: The file has been deleted "
     "from the keepsake service; confirmation to follow by email."),
    ("special_categories", "sensitive", "sms",
     "hi re the personalised memory book, can u remove the page where i typed our 23andme results? dont want "
     "them printed. ta, Gemma"),
    ("special_categories", "sensitive", "voicemail",
     "Hello, it's Owen Price. Genetic counselling told us my wife and I both carry the Tay-Sachs gene, so "
     "we're putting the registry on hold. Could you hide it rather than delete it?"),
    ("special_categories", "sensitive", "review",
     "Pretty keepsake box but the 'our DNA story' card asks for your genetic test results. I filled in my "
     "haplogroup and markers and now can't delete it online. 2 stars."),
    ("special_categories", "sensitive", "dm",
     "my genome sequencing came back and I've got the Factor V Leiden mutation, do you do compression socks or"
     " is that a pharmacy thing?"),
    ("special_categories", "sensitive", "email",
     "Your Riverside store's face recognition camera flagged me as a shoplifter at the door. I have never "
     "stolen anything. Delete my face scan and confirm in writing. Ines Carvalho || Agent: I'm very sorry, "
     "Ines. I've raised a deletion request and a formal complaint."),
    ("special_categories", "sensitive", "chat",
     "the collection locker wants my thumbprint again || Agent: The lockers use the fingerprint you registered"
     " at sign-up. || can you wipe my print off your system and give me a PIN instead?"),
    ("special_categories", "sensitive", "note",
     "Cust asked for her voiceprint to be deleted from phone-line voice ID; enrolment confirmed 3 March on "
     "acct 77123. DSAR ticket raised."),
    ("special_categories", "sensitive", "form",
     "Request type: Data deletion | Details: I registered my face at the 'skip the queue' collection kiosk in "
     "Northgate. Please delete the stored face template and the photo. || Agent: deletion confirmed by "
     "the kiosk supplier, emailed cust."),
    ("special_categories", "sensitive", "sms",
     "ur phone line said my voice didnt match my voiceprint n locked me out. its still me i just have a cold!!"
     " acct 55092"),
    ("special_categories", "sensitive", "voicemail",
     "Hi, Marcus Webb. The palm scanner at click and collect keeps rejecting my hand and I only registered it "
     "in May. Can someone reset my palm scan? Thanks."),
    ("special_categories", "sensitive", "call",
     "Agent: For security I need to verify you. || Can't I do the fingerprint thing like last time? || Agent: "
     "Yes, your fingerprint from the app is on file, I'll send the prompt now."),
    ("special_categories", "sensitive", "review",
     "Had to scan my face to collect a cot mattress at Southmoor, then read the policy and you keep the face "
     "template for two years. Delete mine please. 1 star."),
    # ---- special categories, benign
    ("special_categories", "benign", "email",
     "Hello, I coordinate bookings for the toddler group that meets in St Anne's Church hall. We'd like six "
     "play mats and a storage trolley on account, invoiced to the parish office. Could you send a quote? || "
     "Agent: Happy to help. The quote is attached, valid for 30 days."),
    ("special_categories", "benign", "chat",
     "do you sell halal-certified baby food pouches? || Agent: Some of our pouches carry halal certification, "
     "it's shown under Dietary on each product page. || ok great, I'll filter by that"),
    ("special_categories", "benign", "form",
     "Organisation: Al-Noor Mosque Parents' Committee | Request: quote for 20 highchairs and 10 travel cots "
     "for the community creche room | Contact: office@example.org"),
    ("special_categories", "benign", "note",
     "Cust asked about Christmas and Easter hours. Told her stores close 4pm on Christmas Eve and open 10-4 on"
     " Easter Sunday."),
    ("special_categories", "benign", "review",
     "The 'Little Angel' sleepsuit washes beautifully and the halo embroidery hasn't faded a bit. 5 stars."),
    ("special_categories", "benign", "sms",
     "saw the Eid gift boxes in the newsletter, are they still in the sale or all gone? ta"),
    ("special_categories", "benign", "email",
     "Is the 'Blessings' christening range available for click and collect, or is it home delivery only? "
     "Product code BL-204. Many thanks."),
    ("special_categories", "benign", "dm",
     "your Diwali window at Riverside is gorgeous!! who designed it? thinking of something similar for our "
     "cafe front"),
    ("special_categories", "benign", "call",
     "Caller asked whether the store opens on Good Friday. || Agent: Yes, normal hours, nine till half five. "
     "|| Lovely, and Easter Monday? || Agent: Ten till four on the bank holiday."),
    ("special_categories", "benign", "email",
     "Could you stock the afro comb and detangler set at Castlebridge? It's only online and the store page has"
     " said 'coming soon' since March. || Agent: Thanks for asking, it's arriving in Castlebridge from next "
     "week."),
    ("special_categories", "benign", "review",
     "The 'Heritage Prints' kente-pattern sling is beautifully made and the colours stayed bright after six "
     "washes. 5 stars."),
    ("special_categories", "benign", "chat",
     "do you ship to Ireland and Poland? || Agent: We ship to the Republic of Ireland, but not Poland yet. || "
     "ok thanks, I'll send the Polish ones a link to the gift cards instead"),
    ("special_categories", "benign", "form",
     "Query: Does the registry site support languages other than English? | Languages asked about: Urdu, "
     "Polish, Welsh | Order: n/a"),
    ("special_categories", "benign", "note",
     "Cust asked about the 'World Dolls' set; confirmed six dolls with a range of skin tones, RRP 34.99, back "
     "in stock on the 12th."),
    ("special_categories", "benign", "sms",
     "hi is the black travel system the same as the 'Midnight' one or is that navy? order LN-38810"),
    ("special_categories", "benign", "dm",
     "the Mixed Berry weaning pouches are out of stock everywhere, any restock date?"),
    ("special_categories", "benign", "voicemail",
     "Hi, ringing from the Riverside Caribbean Community Centre. We'd like soft play mats for our stay and "
     "play session, could someone call 07700 900650 with a quote?"),
    ("special_categories", "benign", "email",
     "Your 'Lullabies of the World' CD lists a Yoruba track but the disc skips on track 7. Can I swap it at "
     "Northgate with the receipt?"),
    ("special_categories", "benign", "email",
     "Hello, I'm writing from Brookvale Town Council's events team. We're organising the spring fair and would"
     " love Little Nest to run a pram-safety stall. Who's the right contact? || Agent: Thank you! Our "
     "community manager, Dev Sharma, will be in touch."),
    ("special_categories", "benign", "chat",
     "is the 'Vote for us' bit in the newsletter the Mother and Baby awards? || Agent: Yes, we're shortlisted "
     "for Best Baby Retailer! || ha ok I'll vote, good luck"),
    ("special_categories", "benign", "note",
     "Cust asked if stores are open on general election day; confirmed normal hours. Also gave Boxing Day sale"
     " dates."),
    ("special_categories", "benign", "review",
     "Radical improvement on the old model! The 'Liberty' three-wheeler is light and folds one-handed. 4 "
     "stars."),
    ("special_categories", "benign", "sms",
     "got a text about the recall campaign, is the Strider 3 affected? bought mine in 2022"),
    ("special_categories", "benign", "form",
     "Organisation: Castlebridge Borough Council, libraries service | Request: 30 board books for the "
     "bounce-and-rhyme sessions | PO: 4417"),
    ("special_categories", "benign", "dm",
     "saw your post about the petition to cut VAT on nappies, is Little Nest officially backing it or was that"
     " just a share?"),
    ("special_categories", "benign", "call",
     "Agent: Little Nest, how can I help? || Hi, I'm from the Northgate Residents' Association, we're doing a "
     "raffle and wondered if you donate prizes. || Agent: We do, I'll email over the request form."),
    ("special_categories", "benign", "voicemail",
     "Hi, it's about the Westminster skyline nursery print, the Big Ben one. It arrived with a cracked frame. "
     "Order LN-47230. Thanks."),
    ("special_categories", "benign", "email",
     "We're the Castlebridge branch office of the nurses' union and we'd like 15 gift hampers for the branch "
     "raffle. Can we pay by branch cheque? Contact: branch@example.org || Agent: Yes, branch cheques are fine;"
     " I've reserved 15 hampers."),
    ("special_categories", "benign", "chat",
     "do you do a Blue Light or NHS discount? || Agent: We give 10% with a valid Blue Light Card. || online "
     "too? || Agent: Yes, there's a field for the card number at checkout."),
    ("special_categories", "benign", "note",
     "Courier strike hitting Parcelway deliveries in the north-east this week; told cust LN-28144 may be two "
     "days late and offered store collection."),
    ("special_categories", "benign", "review",
     "The Union Jack print changing bag is really sturdy and the strap is padded. Good value. 4 stars."),
    ("special_categories", "benign", "sms",
     "heard the posties are striking, will the cot mattress still come thurs? LN-61235"),
    ("special_categories", "benign", "form",
     "Organisation: Northgate Trades Council | Request: sponsor a stall at the May Day family fun day | "
     "Contact: events@example.org"),
    ("special_categories", "benign", "dm",
     "hey is the Riverside store hiring for christmas? saw a staff ad on your insta but the link's dead"),
    ("special_categories", "benign", "voicemail",
     "Hello, this is the office at Mill Lane Union Hall. We've had a parcel for a Mr Doyle that isn't for this"
     " address. Can you arrange a pick-up? Reference LN-55207."),
    ("special_categories", "benign", "call",
     "Agent: Let me see if your order's caught up in the courier walkout. || It's LN-19076. || Agent: It's "
     "with Parcelway, so possibly two days late. || That's fine, no rush."),
    ("special_categories", "benign", "email",
     "Do you still sell the rainbow stripe blanket from last year's Pride collection? It's in my order history"
     " but I can't find it on the site any more. || Agent: It's back in June with the new Pride collection."),
    ("special_categories", "benign", "chat",
     "can a registry have two owners? || Agent: Yes, up to two people can manage one registry. || and do both "
     "get the emails? || Agent: Both owners get every notification."),
    ("special_categories", "benign", "note",
     "Cust asked where the Pride month donation mentioned in the newsletter goes; told her it's split between "
     "two youth charities, details on the blog."),
    ("special_categories", "benign", "review",
     "Bought the 'Two of Us' matching knit set as a gift and it went down a storm. Gorgeous wool. 5 stars."),
    ("special_categories", "benign", "sms",
     "hi, partner is collecting LN-70412 today, ID will say Chris Hale. thanks"),
    ("special_categories", "benign", "dm",
     "love the Love Is Love bodysuit, is the full size run coming back after the sell-out?"),
    ("special_categories", "benign", "form",
     "Query: registry wording | Message: Can the default 'Mum and Dad' header be changed to custom text? We "
     "would like it to just show our surnames."),
    ("special_categories", "benign", "voicemail",
     "Hi, it's about the personalised blanket with the 'Proud' rainbow lettering, the R is missing from the "
     "embroidery. Order LN-80231. Thanks."),
    ("special_categories", "benign", "call",
     "Agent: What name shall I show as the registry display name? || Just 'the Hartley-Brown household', we "
     "share the account. || Agent: Done, that's showing now."),
    ("special_categories", "benign", "email",
     "Do you have a gender-neutral gift range? I want something that isn't pink or blue for a colleague's "
     "leaving present. || Agent: Our Sage and Oat range is very popular for gifts, here's the link."),
    ("special_categories", "benign", "chat",
     "can I change the title on my account? it defaults to Mrs || Agent: You can pick Mr, Mrs, Ms, Miss, Mx or"
     " no title under Profile. || oh good, no title then, thanks"),
    ("special_categories", "benign", "note",
     "Newsletter query: cust asked why the preference centre has 'Prefer not to say' for gender. Explained the"
     " field is optional and only used to tailor offers."),
    ("special_categories", "benign", "review",
     "The unisex dungarees are great, no pink/blue nonsense and loads of pockets. 5 stars."),
    ("special_categories", "benign", "sms",
     "do the Little Mister and Little Miss bibs come as a pair or separately? its for a gift"),
    ("special_categories", "benign", "form",
     "Field: Title | Issue: the dropdown on the registry form only has Mr/Mrs/Miss/Ms, but the account page "
     "has Mx too. Can they be made consistent?"),
    ("special_categories", "benign", "dm",
     "is the Boy Oh Boy range being discontinued? the shelf at Northgate was nearly empty"),
    ("special_categories", "benign", "voicemail",
     "Hello, calling about a name change on the account. I got married in June and my surname's now Pemberton,"
     " it used to be Ashworth. Could someone update it? Thanks."),
    ("special_categories", "benign", "call",
     "Agent: Can I confirm the name on the order? || It's under S. Morgan. || Agent: Is that Sam? || Sasha, "
     "actually. || Agent: Thanks, Sasha, I've found it."),
    ("special_categories", "benign", "email",
     "Your site says the 'Little Genes' organic range is being renamed. Will my loyalty points from Little "
     "Genes purchases still count? || Agent: Yes, all points carry over to the new name automatically."),
    ("special_categories", "benign", "chat",
     "does the Heritage keepsake box come with the family tree page? || Agent: Yes, there's a fold-out family "
     "tree card inside. || great, ordering two"),
    ("special_categories", "benign", "note",
     "Cust asked whether we sell DNA test kits; confirmed we don't stock them and they can't be added to a "
     "registry."),
    ("special_categories", "benign", "review",
     "The 'It's in the Genes' slogan tee is adorable, soft cotton and true to size. 4 stars."),
    ("special_categories", "benign", "sms",
     "do u still do the heirloom gown restoration? got one thats been in the family since the 40s"),
    ("special_categories", "benign", "form",
     "Query: newsletter article | Message: the 'nature versus nurture' piece in last month's newsletter links "
     "to a page that doesn't load. Can you fix the link?"),
    ("special_categories", "benign", "dm",
     "do you stock the Gene Pool swim nappies? saw them at a friend's and they look handy"),
    ("special_categories", "benign", "voicemail",
     "Hi, calling about the family tree wall stickers. The 'generations' branch pieces came without any "
     "adhesive. Order LN-36621. Cheers."),
    ("special_categories", "benign", "email",
     "Does the Little Nest app support Face ID or fingerprint login on iPhone? Typing my password every time "
     "is a pain. || Agent: Yes, switch on Quick Login under app Settings."),
    ("special_categories", "benign", "chat",
     "the hand and footprint kit came without the ink pad || Agent: Sorry about that, I'll post a replacement "
     "pad today. || thank you!"),
    ("special_categories", "benign", "note",
     "Cust asked if the SM-90 smart monitor uses facial recognition; confirmed it only detects motion and "
     "sound and stores no face data."),
    ("special_categories", "benign", "review",
     "The inkless fingerprint keepsake kit is so easy, no mess at all, and the frame's included. 5 stars."),
    ("special_categories", "benign", "sms",
     "do the click and collect lockers need the app or just the code? never used one before"),
    ("special_categories", "benign", "form",
     "Query: Security | Message: Is the voice verification on your phone line optional? I'd rather not enrol "
     "and just keep using my password."),
    ("special_categories", "benign", "dm",
     "the 'smudge-proof' finish on the white highchair is a lie, covered in fingerprints after one meal"),
    ("special_categories", "benign", "call",
     "Agent: For security, can you confirm the end of your postcode? || 4NQ. || Agent: Thanks, and the email "
     "on the account? || h.lowe@example.com. || Agent: Perfect, you're verified."),
    # ---- children, sensitive
    ("children", "sensitive", "email",
     "Hi, my daughter Isla turned four last week and she's outgrown the group 1 seat, she's 18kg now. Which "
     "high-back booster would you recommend? Account under Kate Mercer. || Agent: At 18kg the Ascend high-back"
     " booster is a good fit, Kate."),
    ("children", "sensitive", "chat",
     "is the Orbit seat ok rear facing? || Agent: It's rear-facing up to 105cm. || good, my son's 9 months and"
     " already 76cm, he's long for his age"),
    ("children", "sensitive", "note",
     "Cust's son Finn (2) has chewed through the cot rail teether cover; sent replacement CR-12 free of "
     "charge."),
    ("children", "sensitive", "form",
     "Baby's name: Maya Thornton | Date of birth: 02/11/2023 | Birth weight: 3.4kg | Message: please update "
     "the registry to say she's arrived!"),
    ("children", "sensitive", "sms",
     "hi its for my boy hes 6 in june, the balance bike in the newsletter, is the 12 inch or 14 inch better?"),
    ("children", "sensitive", "review",
     "Bought the Snug double for our twins Olive and Bea, born in January. Eight weeks on there's still plenty"
     " of room. 5 stars."),
    ("children", "sensitive", "voicemail",
     "Hi, it's Rachel Dunn. My daughter Ellie's in Year 2 at Fernhill Primary and the PE kit bundle you sent "
     "is age 10 to 11. Can I swap it for age 6 to 7?"),
    ("children", "sensitive", "dm",
     "my 15 yr old made an account with my card 😬 can u close it? the name on it is Josh Mercer || Agent: I've"
     " closed the account and removed your card from it."),
    ("children", "sensitive", "call",
     "Agent: Who's the car seat for? || My granddaughter Lily, she's 14 months, about 10 kilos, and she "
     "screams rear-facing. || Agent: The Swivel 360 would suit her nicely then."),
    ("children", "sensitive", "email",
     "I'm 16 and want to buy the pram for my sister as a surprise. Can I use my own debit card? The Pay Later "
     "option says 18+. Thanks, Holly || Agent: Hi Holly, you can pay by debit card, but Pay Later is 18 and "
     "over."),
    ("children", "sensitive", "chat",
     "hiya need a cot mattress || Agent: Happy to help, do you know the cot's inner size? || 120x60. its for "
     "Noah, he turns 1 on sunday and keeps climbing so we're dropping the base"),
    ("children", "sensitive", "note",
     "Mrs Patel says her daughter Anya (3) is being moved up to the preschool room at Sunflowers nursery next "
     "month and needs named labels for everything. Sent label pack order link."),
    ("children", "sensitive", "form",
     "Child's name: Oscar Bell | DOB: 19/04/2021 | School: Meadowbank Infants, Reception | Item: name-tape "
     "iron-ons, 50 pack || Agent: name tapes dispatched first class."),
    ("children", "sensitive", "sms",
     "the shoes for my little one are too tight, she's only 2 and a half but already a size 7, can i swap?"),
    ("children", "sensitive", "review",
     "Our Arlo is six months and a chunky 9kg, and the Bloom highchair takes him easily. Straps are easy to "
     "adjust. 4 stars."),
    ("children", "sensitive", "voicemail",
     "Hello, it's Gran ringing for Freya's registry. She was born Tuesday at 7lb 2oz, so please mark it as "
     "arrived and send the thank-you cards to her mum."),
    ("children", "sensitive", "dm",
     "my daughter's 11 and desperate to work Saturdays at your shop lol, is there anything for kids her age?"),
    ("children", "sensitive", "call",
     "Caller wanted a travel cot for a trip. || Agent: Any particular weight or age it needs to cover? || It's"
     " for my nephew Kai, he's three and a half and about 15 kilos. || Agent: The Voyager goes to 15kg, so the"
     " Voyager Plus is safer."),
    ("children", "sensitive", "email",
     "Please remove my son's photo from your newsletter competition page. Harry is 5 and I never gave consent "
     "for his full name and school to appear next to it. Emma Clarke || Agent: Removed today, Emma, and I'm "
     "very sorry this happened."),
    ("children", "sensitive", "chat",
     "order update? || Agent: It's due tomorrow. || ok phew, the car seat's for Zara coming home, she was born"
     " wednesday 3 weeks early"),
    ("children", "sensitive", "note",
     "Teen account flagged: account holder Ruby Lane gave DOB 08/09/2010 when adding a card. Under 18, account"
     " restricted to browsing per policy; emailed guardian contact."),
    ("children", "sensitive", "form",
     "Registry event: Baby's first birthday | Baby's name: Theo Marsh | Birthday: 14 July | Notes: he's "
     "obsessed with the ride-on tractor, put it at the top!"),
    ("children", "sensitive", "sms",
     "hi its Mia, im 13, my mum said i could ask if u have the unicorn backpack in stock at riverside"),
    ("children", "sensitive", "review",
     "The sleeping bag is great but sizes run small. My 18-month-old, Ruby, is on the 50th centile and the "
     "18-36m one only just fits. 3 stars."),
    ("children", "sensitive", "voicemail",
     "Hi, ringing about the bottles. My son Reuben's four weeks old and won't take the fast teat, can I swap "
     "them for newborn teats? Thanks, Ali, 07700 900527."),
    ("children", "sensitive", "dm",
     "nursery said Leo keeps taking his shoes off at naptime and losing them 🙄 do u sell the velcro ones in a "
     "5? he's 2"),
    ("children", "sensitive", "call",
     "Agent: Can I take the name for the personalised blanket? || Elodie Grace Hart, and under it the date, "
     "the 3rd of March, that's when she was born. || Agent: Lovely, I'll add both."),
    ("children", "sensitive", "email",
     "We're fostering a 7-year-old boy from next week and need a bed guard and a car booster quickly. Can you "
     "deliver to Brookvale by Thursday? Thanks, Sue Marsh || Agent: Yes, I can get both to Brookvale by "
     "Wednesday."),
    ("children", "sensitive", "chat",
     "is the bumbo thing safe? || Agent: It's for babies who can hold their head up, usually from around three"
     " months. || ok mine is 4 months on friday and she's holding it fine"),
    ("children", "sensitive", "note",
     "Cust's twin boys (Year 4, Hillside Primary) both need the larger school shoes; sizes 2 and 2.5. Reserved"
     " at Castlebridge."),
    ("children", "sensitive", "form",
     "Who is the product for: my son Ethan | Age: 7 | Height: 122cm | Question: which booster seat is right "
     "for him?"),
    ("children", "sensitive", "sms",
     "can the cake topper say 'Happy 2nd Birthday Amara'? party is sat 12th. thanks x || Agent: Yes, it'll be "
     "with you by Thursday the 10th."),
    ("children", "sensitive", "review",
     "Ordered the pyjamas for my 9 year old, Tilly, and they came up like age 5. Returning. 2 stars. || Agent:"
     " Sorry about that, the sizing note has been passed to our buying team."),
    ("children", "sensitive", "voicemail",
     "Hi, it's Jordan. My kid's the one who ordered the trainers on my account. He's 14 and didn't realise it "
     "was my card, so I'd like to cancel. Order LN-43310."),
    ("children", "sensitive", "dm",
     "newborn pics from the weekend!! Poppy, 6lb 9oz, born sunday at Castlebridge General 😍 the hospital bag "
     "list from your newsletter was a lifesaver || Agent: Congratulations! She's gorgeous, so glad the list "
     "helped."),
    ("children", "sensitive", "call",
     "Agent: Is the loyalty card for yourself? || No, my daughter's, she's 12, she wants her own points for "
     "the toy section. || Agent: Cards are 16-plus, but she can be on yours as a linked member."),
    ("children", "sensitive", "email",
     "My son Jacob (10) has a school trip next month and needs a sleeping bag and a wash bag. Can you put his "
     "name on both? Order LN-59920, Fiona Kerr || Agent: Of course, I'll add the name tags to both items."),
    ("children", "sensitive", "chat",
     "need to return the baby walker || Agent: Of course, was there a problem with it? || no just that Sid "
     "started walking on his own at 10 months, total waste now lol"),
    ("children", "sensitive", "note",
     "Caller's baby girl (born 30/01, 6 weeks) has outgrown newborn vests; swapped for 0-3m at Northgate, no "
     "receipt needed."),
    ("children", "sensitive", "form",
     "Registry name: Baby Akhtar | Arrival: Born 12 June, baby boy, named Yusuf | Update: Please switch the "
     "registry from 'expecting' to 'arrived'."),
    ("children", "sensitive", "sms",
     "hi is the travel cot ok for a 2yr old whos 95cm?? my son is a giant lol"),
    ("children", "sensitive", "review",
     "Got the first shoes for Wren's first steps, she was 11 months. Fitter measured her feet properly and was"
     " so patient. 5 stars."),
    ("children", "sensitive", "voicemail",
     "Hello, Mr Adeyemi here. The high chair's for my son Tobi who starts solids next week at six months, so "
     "I'd like it before Monday if possible. Thank you."),
    ("children", "sensitive", "dm",
     "can I set up an account for my daughter? she's 17 and going to uni, wants to buy her own stuff || Agent:"
     " At 17 she'll need to wait until 18 to add a card, but she can browse."),
    ("children", "sensitive", "call",
     "Agent: Do you have the child's measurements? || Yeah, Marley's 8, 130cm and 25 kilos. || Agent: Then the"
     " backless booster is the right fit for him."),
    ("children", "sensitive", "email",
     "Hi team, my little girl Ava (3) is starting at Rainbow Tree Nursery on Monday and they want spare "
     "clothes in a named bag. Can I get the labelled set by Friday? || Agent: The labelled set will reach you "
     "Thursday."),
    ("children", "sensitive", "chat",
     "the pram has a recall notice? || Agent: Yes, the 2022 Strider frames. Do you have the serial number? || "
     "SN 4471-B. my son's 7 weeks old and he's in it every day, is it safe??"),
    ("children", "sensitive", "note",
     "Cust confirmed the registry 'Baby Quinn' can now show full name Rosa Quinn, born 1 May, per "
     "her request."),
    ("children", "sensitive", "form",
     "Name of child (for embroidery): Benjamin | Date of birth: 22/08/2019 | Message: school starts in "
     "September, Year 1 at St Mary's"),
    ("children", "sensitive", "sms",
     "thx for the swap! Esme is 5 months and the 6-9m stuff fits her perfect now x"),
    # ---- children, benign
    ("children", "benign", "email",
     "Is the Swivel 360 rated rear-facing up to 105cm? The product page and the box in store say different "
     "things and I'd like to know which is right. || Agent: The box is correct, 105cm; we'll fix the product "
     "page."),
    ("children", "benign", "chat",
     "hi, do you sell wholesale to nurseries? || Agent: We have a trade account for registered childcare "
     "settings. || great, I'm the manager at Bright Start Day Nursery, can you send the form?"),
    ("children", "benign", "note",
     "Cust asked minimum age to open a Little Nest account; told her 18, or 16 for a loyalty card without "
     "payment details."),
    ("children", "benign", "form",
     "Organisation: Meadowbank Infant School office | Request: 40 aprons and 10 splash mats for the messy play"
     " area | PO: MB-2231"),
    ("children", "benign", "sms",
     "does the Junior Explorer scooter come assembled or do i need tools? LN-52208"),
    ("children", "benign", "review",
     "The Kiddo bath thermometer reads about five degrees off compared to a proper one. Returned it. 2 stars."),
    ("children", "benign", "voicemail",
     "Hi, calling about the newborn bodysuits I bought last week, still in the packaging. Can I return them "
     "without the receipt if I have the bank statement? Thanks."),
    ("children", "benign", "dm",
     "are the Tiny Tots board books the same as the ones in the library bundle or a different series?"),
    ("children", "benign", "call",
     "Agent: Little Nest, Claire speaking. || Hi, what's the age range on the Rocker Duo? || Agent: It's from "
     "birth up to 9kg. || OK, and does it fold flat? || Agent: It does, for travel."),
    ("children", "benign", "email",
     "Hello, I'm buying a christening present and I'm stuck between the silver rattle and the keepsake box. "
     "Which is more popular? Budget around 40 pounds. || Agent: The silver rattle is our best seller, and it "
     "comes gift-boxed."),
    ("children", "benign", "chat",
     "what does 'R129' on the car seat mean? || Agent: It's the newer i-Size safety standard, seats are tested"
     " by height rather than weight. || ah ok, makes sense"),
    ("children", "benign", "note",
     "Playgroup leader from Holly Lane Community Hall asked about bulk discount on 20 bean bags; quoted 15% "
     "trade rate."),
    ("children", "benign", "form",
     "Query type: Product | Message: Are your cot mattresses tested to BS 1877-10? The listing doesn't say. | "
     "Product: Dream Deluxe 120x60"),
    ("children", "benign", "sms",
     "is the kids craft corner at riverside on this sat? saw it in the newsletter"),
    ("children", "benign", "review",
     "Child Safety Week event at Northgate was really informative, the car seat talk was excellent. 5 stars."),
    ("children", "benign", "voicemail",
     "Hello, it's the office at Greenfield Primary. We ordered reading cushions for the library corner and one"
     " was missing. Reference LN-71208. Could someone call the school back?"),
    ("children", "benign", "dm",
     "do the Baby Steps shoes run true to size or should I go up half?"),
    ("children", "benign", "call",
     "Caller asked if staff can help fit a car seat bought elsewhere. || Agent: Yes, our fitters check any "
     "seat, no charge. || Do I book ahead? || Agent: Weekends get busy, so booking is best."),
    ("children", "benign", "email",
     "The Little Explorers activity gym arrived with a cracked arch. Order LN-62410. Please send a replacement"
     " part rather than a full return if possible. || Agent: I've ordered a replacement arch, due in three "
     "days."),
    ("children", "benign", "chat",
     "do you price match for prams? || Agent: We match major UK retailers on identical models. || even the "
     "Kiddie Kingdom sale? || Agent: Yes, if it's in stock there at that price."),
    ("children", "benign", "note",
     "Cust asked whether the Cosy Cub sleeping bag is TOG 1 or 2.5; confirmed 2.5 TOG, summer version due in "
     "May."),
    ("children", "benign", "form",
     "Organisation: Sunflowers Nursery Ltd | Account: Trade 40921 | Request: delivery address change to our "
     "new site at 4 Elm Row"),
    ("children", "benign", "sms",
     "is the Child's Play toy sale still on at castlebridge or online only?"),
    ("children", "benign", "review",
     "Bought the Mini Chef play kitchen as a raffle prize for the school fete and it was the first thing gone."
     " Sturdy build. 5 stars."),
    ("children", "benign", "voicemail",
     "Hi, calling about the stair gate. The instructions say it fits 75 to 82cm but my hallway is 84. Is there"
     " an extension piece? Thanks, 07700 900318."),
    ("children", "benign", "dm",
     "hi do u still sell the Wee Ones nappy bins or have they been discontinued?"),
    ("children", "benign", "call",
     "Agent: How can I help? || Do your baby monitors work without wifi? || Agent: The SM-40 is a simple radio"
     " monitor, no wifi needed. || Perfect, that's the one."),
    ("children", "benign", "email",
     "Is there a minimum age on your Saturday job adverts? I'm asking on behalf of the careers office at "
     "Castlebridge College for the noticeboard. || Agent: Saturday roles are 16 and over; I'll send the "
     "poster."),
    ("children", "benign", "chat",
     "does the newborn insert come with the Aero pushchair? || Agent: It's sold separately, code AE-NB. || ok "
     "adding it to the basket"),
    ("children", "benign", "note",
     "Cust asked which of our car seats are ISOFIX only; sent list of seven models and the vehicle fit checker"
     " link."),
    ("children", "benign", "form",
     "Query: Gift wrap | Message: Can the christening gift be wrapped and sent direct to the church hall with "
     "a card saying 'With love from the Palmers'?"),
    ("children", "benign", "sms",
     "what age are the Wobble Stacker cups meant for? box says 6m+ but site says 12m+"),
    ("children", "benign", "review",
     "Kids Corner at the Riverside store is a great idea, there's a table and crayons while you queue. 4 "
     "stars."),
    ("children", "benign", "voicemail",
     "Hi, this is Busy Bees Childminding in Elm Row, we've got a trade account and want to add a second "
     "delivery contact. Please ring 07700 900144."),
    ("children", "benign", "dm",
     "what's the difference between the Junior and Junior Plus balance bikes apart from the colour?"),
    ("children", "benign", "call",
     "Agent: Little Nest returns team. || Can I return a highchair that's been assembled? || Agent: Yes within"
     " 30 days if it's undamaged. || Great, I'll bring it to Southmoor."),
    ("children", "benign", "email",
     "Could you tell me whether the Snuggle baby carrier meets the hip-healthy guidance? I'm writing a "
     "comparison piece for the parenting newsletter of a community centre. || Agent: Yes, it's recognised by "
     "the hip dysplasia institute; spec sheet attached."),
    ("children", "benign", "chat",
     "is there a baby changing room in the Northgate store? || Agent: Yes, on the ground floor next to the "
     "cafe. || ta, and a feeding room? || Agent: Right beside it."),
    ("children", "benign", "note",
     "School office at St Mary's asked for an invoice copy for their order of reading bean bags; resent to "
     "office@example.org."),
    ("children", "benign", "form",
     "Query: Recall | Product: Cosy Cub crib, serial CC-2290 | Message: Is this serial included in the recall "
     "notice on your website?"),
    ("children", "benign", "sms",
     "hey, is the Toddler Tuesday discount in store only? didnt work on the app"),
    ("children", "benign", "review",
     "The Little Learner tablet toy is fine but the volume is painfully loud with no low setting. 3 stars."),
    ("children", "benign", "voicemail",
     "Hello, calling for Oak Tree Children's Centre. We'd like to book a car-seat safety talk for our parent "
     "group in April. Could someone ring us back?"),
    ("children", "benign", "dm",
     "are the Cuddle Crew soft toys suitable from birth? the tag just says CE"),
    ("children", "benign", "call",
     "Agent: Anything else I can help with? || Yes, is the Kids' Club newsletter separate from the main one? "
     "|| Agent: It's a section in the main newsletter now."),
    ("children", "benign", "email",
     "I'm putting together a new-parent hamper as a raffle prize for the cricket club. Could you suggest five "
     "items under 60 pounds in total? || Agent: Try a swaddle set, bath towel, rattle, bibs and a board book."),
    ("children", "benign", "chat",
     "what's the weight limit on the Climb frame? || Agent: 50kg per platform. || and is it outdoor safe? || "
     "Agent: Yes, treated timber."),
    ("children", "benign", "note",
     "Cust asked about the toddler bed conversion kit compatibility with the Hamilton cot; confirmed kit HK-3 "
     "fits all Hamilton models."),
    ("children", "benign", "form",
     "Query: Store event | Message: Do I need to book for the baby signing taster session on the 9th, or is it"
     " drop-in?"),
    ("children", "benign", "review",
     "The Nest Junior stroller is brilliant for city streets, great suspension and a big basket. 5 stars. || "
     "Agent: Thanks so much for the lovely review!"),
    # ---- financial hardship, sensitive
    ("financial_hardship", "sensitive", "email",
     "Hello, I was made redundant on Friday and I can't make the next two Pay in 3 instalments on order "
     "LN-48810. Is there any way to pause them until I find work? Regards, Paul Hendry || Agent: I'm sorry to "
     "hear that, Paul. I've paused both instalments for 60 days."),
    ("financial_hardship", "sensitive", "chat",
     "card got declined || Agent: Sorry about that, would you like to try another card? || theres nothing in "
     "any of them till the universal credit lands on the 28th, can u hold the cot till then"),
    ("financial_hardship", "sensitive", "note",
     "Cust says Crestline Recovery are chasing her over the Pay Later balance and calling daily. Put account "
     "on hold and referred to the hardship team."),
    ("financial_hardship", "sensitive", "form",
     "Cancellation reason: Other | Details: we can't afford the travel system any more after my partner's "
     "redundancy. Please cancel before it ships. | Order: LN-39015"),
    ("financial_hardship", "sensitive", "sms",
     "sorry cant pay the 2nd instalment, we got evicted last wk and im at my sisters. can u pause it pls"),
    ("financial_hardship", "sensitive", "voicemail",
     "Hi, it's Gemma Stroud. We're on a debt management plan now and the adviser said to tell all creditors, "
     "so I'm letting you know about the Pay Later account. Can someone call 07700 900281?"),
    ("financial_hardship", "sensitive", "review",
     "When I was between jobs the Castlebridge manager held the cot for six weeks while I scraped the money "
     "together. Never forget that. 5 stars."),
    ("financial_hardship", "sensitive", "dm",
     "is there any cheaper car seat that's still safe? husband got laid off and we're on benefits now so the "
     "one we picked is out"),
    ("financial_hardship", "sensitive", "call",
     "Agent: I can see the last instalment bounced. || I know, I'm in an IVA now and the practitioner has "
     "frozen everything. || Agent: Understood, I'll put a note on the account and stop the reminders."),
    ("financial_hardship", "sensitive", "email",
     "I was declared bankrupt in March and my trustee has asked for statements from all my creditors, "
     "including your store card. Could you send one to r.loft@example.com? Rob Loft || Agent: The statement "
     "has been sent to that address today."),
    ("financial_hardship", "sensitive", "chat",
     "can I get the refund for the pram in cash not store credit? || Agent: Refunds go back to the original "
     "payment method. || we really need it for rent honestly, we're two months behind"),
    ("financial_hardship", "sensitive", "note",
     "Cust came in with a voucher from the Brookvale baby bank and said she can't afford anything else this "
     "month. Processed voucher against the starter bundle."),
    ("financial_hardship", "sensitive", "form",
     "Hardship payment plan request | Household income: Jobseeker's Allowance only | Amount owed: 312.40 | "
     "Proposed: 10 pounds a month"),
    ("financial_hardship", "sensitive", "sms",
     "my hours got cut to zero at the warehouse and i cant cover the payments anymore, what happens now?"),
    ("financial_hardship", "sensitive", "voicemail",
     "Hello, it's Mr Kaur. Bailiffs came for the car yesterday, so I won't be able to collect from Northgate. "
     "Can the order be delivered instead? Thank you."),
    ("financial_hardship", "sensitive", "review",
     "Customer services waived the late fee when we were behind on everything after the shop went under. Human"
     " beings, thank you. 5 stars. || Agent: Thank you, we're glad we could help."),
    ("financial_hardship", "sensitive", "dm",
     "got a letter from ur collection agency for 240 quid. cant pay that in one go, been out of work since "
     "jan. who do i talk to"),
    ("financial_hardship", "sensitive", "call",
     "Agent: Where shall we send the refund? || The card's been cancelled, the bank closed the account when we"
     " went overdrawn. || Agent: I can issue a cheque to your address instead."),
    ("financial_hardship", "sensitive", "email",
     "Please close the registry. Our landlord has served a section 21 and we're losing the flat, so there's "
     "nowhere to put anything. Sorry to everyone who bought. Dana || Agent: I'm sorry, Dana. The registry is "
     "closed and guests will get refunds."),
    ("financial_hardship", "sensitive", "note",
     "Cust disclosed she's living on Universal Credit and asked whether the community baby bank partnership "
     "covers a car seat. Gave details of referral route."),
    # ---- financial hardship, benign
    ("financial_hardship", "benign", "email",
     "My card was declined on the website but the money's definitely there. My bank says it was a 3D Secure "
     "timeout. Can I retry without losing the sale price? Order LN-50192. || Agent: Yes, the sale price is "
     "held in your basket for 24 hours."),
    ("financial_hardship", "benign", "chat",
     "do you do Pay in 3 on prams? || Agent: Yes, on orders over 50 pounds. || and is there a credit check? ||"
     " Agent: It's a soft check that doesn't affect your score."),
    ("financial_hardship", "benign", "note",
     "Cust charged twice for LN-44018 after a page refresh; second payment was a pending authorisation and "
     "will drop off in 3-5 days."),
    ("financial_hardship", "benign", "form",
     "Query: Refund | Message: My refund for the returned cot was issued on the 2nd but hasn't appeared. How "
     "long does it usually take? | Order: LN-27713"),
    ("financial_hardship", "benign", "sms",
     "when does the payday weekend sale start? want the Aero pram when it drops"),
    ("financial_hardship", "benign", "voicemail",
     "Hi, my card expired after I returned the monitor, so where will the refund go? Order LN-63390. Call me "
     "on 07700 900462, thanks."),
    ("financial_hardship", "benign", "review",
     "The Luxe pram nearly broke the bank but it's worth every penny, gorgeous ride. 5 stars."),
    ("financial_hardship", "benign", "dm",
     "what happens if a Pay in 3 payment fails? just want to know before i sign up"),
    ("financial_hardship", "benign", "call",
     "Agent: How can I help? || The promo code NEST10 isn't taking ten percent off. || Agent: It excludes "
     "prams on sale, that's why. || Ah, fair enough."),
    ("financial_hardship", "benign", "email",
     "Sunflowers Nursery here. Could our trade account credit limit be raised from 2,000 to 5,000 pounds ahead"
     " of the summer refit? Account 40921. || Agent: Approved, the new limit shows from tomorrow."),
    ("financial_hardship", "benign", "chat",
     "can I pay part with gift card and part with card? || Agent: Yes, add the gift card first then pay the "
     "rest by card. || brill"),
    ("financial_hardship", "benign", "note",
     "Cust queried VAT on the invoice for the breast pump; explained zero-rated items appear separately. "
     "Resent itemised invoice."),
    ("financial_hardship", "benign", "form",
     "Request: Corporate gift cards | Quantity: 25 x 50 pounds | Company: Fenwick Engineering | Purpose: staff"
     " recognition scheme"),
    ("financial_hardship", "benign", "sms",
     "hi how many loyalty points do i need for the 10 pound voucher? balance says 780"),
    ("financial_hardship", "benign", "voicemail",
     "Hello, I've been charged in euros on my UK card for the order I placed on holiday. Can you check whether"
     " it should have been pounds? Order LN-70021."),
    ("financial_hardship", "benign", "review",
     "Cheap as chips for the quality, the Budget Basics muslins are as good as the branded ones. 4 stars."),
    ("financial_hardship", "benign", "dm",
     "is the cot likely to drop any further in the sale? its just over what we'd planned to spend"),
    ("financial_hardship", "benign", "call",
     "Agent: Is there anything else on the account? || Just the direct debit for the extended warranty, can I "
     "move it to the 15th? || Agent: Done, it'll come out on the 15th from next month."),
    ("financial_hardship", "benign", "email",
     "Does Little Nest offer interest-free credit on furniture bundles over 500 pounds, or only Pay in 3? "
     "Looking at the Hamilton nursery set. || Agent: Yes, 12 months interest-free on bundles over 500 pounds."),
    ("financial_hardship", "benign", "chat",
     "why was I charged postage when the order's over 40 pounds? || Agent: Bulky items have a separate "
     "delivery charge. || oh right, the cot, makes sense"),
    # ---- health, sensitive
    ("health", "sensitive", "chat",
     "need the maternity pillow asap || Agent: It's in stock at Riverside for collection today. || thank god, "
     "I'm 31 weeks and the midwife reckons it's SPD, can barely walk"),
    ("health", "sensitive", "email",
     "I had an emergency C-section on Friday and I'm not allowed to lift anything. Could the driver bring the "
     "cot box upstairs rather than leave it in the hall? Order LN-66502. Thanks, Joanna || Agent: Of course, "
     "Joanna. I've added a room-of-choice note for the driver."),
    ("health", "sensitive", "note",
     "Cust is a wheelchair user; asked to be allocated the ground-floor collection bay at Northgate going "
     "forward. Flag added to account."),
    ("health", "sensitive", "voicemail",
     "Hi, it's Laura Finch. My GP's put me on sertraline for the postnatal depression so I'm switching to "
     "formula. Can I return the unopened breast pump? Order ending 2207."),
    ("health", "sensitive", "form",
     "Accessibility needs: I'm profoundly deaf, please contact me by text or email only, never a phone call | "
     "Phone for texts: 07700 900733"),
    ("health", "sensitive", "sms",
     "cant make the car seat fitting sat, been admitted with pre-eclampsia. can u move it to next month?"),
    ("health", "sensitive", "review",
     "As someone with MS, the one-handed fold on the Aero is a lifesaver on bad fatigue days. 5 stars."),
    ("health", "sensitive", "dm",
     "i know im past the return window but ive been in a really dark place with my mental health and only just"
     " opened the boxes. any chance?"),
    ("health", "sensitive", "call",
     "Agent: Do you need the assembly service? || Yes please, I broke my wrist last week and I'm in a cast "
     "till May. || Agent: I'll add assembly for free then."),
    ("health", "sensitive", "email",
     "Good news, we've found out I'm pregnant with our second, due in October! Could you reopen our old "
     "registry rather than starting a new one? Account: h.amos@example.com || Agent: Congratulations! Your old"
     " registry is open again."),
    ("health", "sensitive", "chat",
     "do u sell the glucose-friendly snack boxes? || Agent: We have a low-sugar range in the feeding aisle. ||"
     " ta, just got diagnosed with gestational diabetes so need to be careful"),
    ("health", "sensitive", "note",
     "Cust has epilepsy and asked for a cot with a drop-side opening so she can lift safely if she has a "
     "seizure. Recommended the Hamilton side-access model."),
    ("health", "sensitive", "form",
     "Message: We're going through IVF at the moment so please pause the pregnancy newsletter emails until we "
     "say otherwise. | Email: k.rowe@example.com"),
    ("health", "sensitive", "sms",
     "driver pls knock loud, im on crutches after my knee op so might take a min to get to the door"),
    ("health", "sensitive", "voicemail",
     "Hello, this is Brian Cole. I've just come out of hospital after a heart attack, so my daughter will "
     "collect the highchair for me. Her name's Jess Cole."),
    # ---- health, benign
    ("health", "benign", "email",
     "Is the Medela Swing pump covered by your two-year warranty or only the manufacturer's? The motor has "
     "started clicking. Order LN-31125. || Agent: It's covered by ours, we'll send a courier bag."),
    ("health", "benign", "chat",
     "the hospital bag checklist link in the newsletter is broken || Agent: Thanks for flagging, here's the "
     "working link. || cheers"),
    ("health", "benign", "note",
     "Cust asked whether maternity pads are stocked in store or online only; confirmed both, aisle 4 at "
     "Southmoor."),
    ("health", "benign", "form",
     "Product fault: Ear thermometer TH-20 | Issue: shows error E3 every time after two weeks' use | Order: "
     "LN-58847"),
    ("health", "benign", "sms",
     "how does ur breast pump hire scheme work? is it monthly or a flat fee?"),
    ("health", "benign", "voicemail",
     "Hi, the toy doctor's kit I bought as a gift was missing the stethoscope. Order LN-45590. Can you send "
     "the missing piece?"),
    ("health", "benign", "review",
     "The Cosy Mist humidifier is whisper quiet and easy to clean. 4 stars."),
    ("health", "benign", "dm",
     "what does 'health visitor recommended' on the bottles actually mean? is it an official thing?"),
    ("health", "benign", "call",
     "Agent: Good morning, Little Nest customer care. || Hi, from Oak Tree Children's Centre, can we book your"
     " paediatric first aid trainer for a parents' session? || Agent: Yes, I'll put you through to events."),
    ("health", "benign", "email",
     "Is the 'Calm Mama' herbal tea caffeine-free? The label mentions rooibos but I can't see a full "
     "ingredient list online. || Agent: Yes, it's caffeine-free; full ingredients are now on the page."),
    ("health", "benign", "chat",
     "is your Northgate store wheelchair accessible? || Agent: Yes, step-free entrance, lift to both floors "
     "and accessible toilets. || great, thanks"),
    ("health", "benign", "note",
     "Recall query: cust asked if the Breeze nasal aspirator is part of the recall; confirmed only batch "
     "NA-2203 is affected."),
    ("health", "benign", "form",
     "Query: Allergens | Message: Does the cafe at Riverside list allergens for its baby snacks? | Store: "
     "Riverside"),
    ("health", "benign", "sms",
     "that Duo pram is a pain in the neck to fold!! is there a video?"),
    ("health", "benign", "review",
     "Nursing chair looks lovely but the cushion went flat within a month. 2 stars. || Agent: Sorry to hear "
     "that, please contact us for a replacement cushion."),
    # ---- legal, sensitive
    ("legal", "sensitive", "email",
     "Could you email me an itemised receipt for the Hamilton cot and wardrobe? My solicitor needs it for the "
     "financial disclosure in our divorce. Order LN-30915. Regards, Mark Tilling || Agent: The itemised "
     "receipt is on its way, Mark."),
    ("legal", "sensitive", "chat",
     "can i get the registry gift list as a pdf? || Agent: Yes, there's an export button under Manage. || ta, "
     "my ex's lawyer is claiming half of it was bought by his side for the custody case"),
    ("legal", "sensitive", "note",
     "Cust's pram was stolen from her front garden overnight; police crime ref CR/2291/24. Sent proof of "
     "purchase letter for her insurer."),
    ("legal", "sensitive", "form",
     "Proof of purchase request | Reason: evidence for the family court hearing on 14 May | Items: travel "
     "system and car seat bought January"),
    ("legal", "sensitive", "sms",
     "my ex has a non-molestation order, DO NOT give him any info about my orders if he rings. Bex, acct 81220"),
    ("legal", "sensitive", "voicemail",
     "Good afternoon, Harriet Vale of Vale and Co solicitors. We act for Ms Chloe Dixon in her claim over the "
     "Strider pushchair incident and request the purchase records. Please call 07700 900590."),
    ("legal", "sensitive", "review",
     "I've started a small claims case against Little Nest over the car seat that cracked. The court date is "
     "set. 1 star. || Agent: We're sorry you feel this way and will respond through the proper channel."),
    ("legal", "sensitive", "dm",
     "missed the collection, got arrested at the football last night (all dropped this morning) and they had "
     "my phone. can i still collect today?"),
    ("legal", "sensitive", "call",
     "Agent: What time suits for delivery? || Has to be before 7pm, I'm on an electronic tag with a curfew. ||"
     " Agent: No problem, I'll book the 1 to 5 slot."),
    ("legal", "sensitive", "email",
     "I saw the Saturday assistant job at Southmoor. I have a spent conviction from 2015 for theft. Do I need "
     "to declare it on your application? Thanks, Lewis || Agent: Spent convictions don't need to be declared "
     "for this role."),
    ("legal", "sensitive", "chat",
     "can gifts be moved off the registry? || Agent: You can mark them as received or remove them. || we're "
     "separating and his solicitor says the pram's his, I just want the list frozen till mediation"),
    ("legal", "sensitive", "note",
     "Cust's husband is currently in HMP Brookvale; she asked that the joint account be changed to her name "
     "only. Updated after ID check."),
    ("legal", "sensitive", "form",
     "Data request | Reason: my barrister needs the Riverside CCTV from 3 February for my trial next month | "
     "Name: Aidan Ferris"),
    ("legal", "sensitive", "sms",
     "police still have my phone as evidence so use this number for delivery texts pls: 07700 900604"),
    ("legal", "sensitive", "voicemail",
     "Hi, it's Craig Bowen. I can only collect on Tuesdays because of my probation appointments the rest of "
     "the week. Order LN-60448."),
    # ---- legal, benign
    ("legal", "benign", "email",
     "What are my rights under the Consumer Rights Act if a pram develops a fault after eight months? I'd just"
     " like to understand your policy before I buy. || Agent: After six months we may ask for evidence of the "
     "fault; repair or replacement applies."),
    ("legal", "benign", "chat",
     "what are the T&Cs on the registry completion discount? || Agent: 15% off remaining items for 8 weeks "
     "after your event date. || is that on sale items too? || Agent: Yes, including sale."),
    ("legal", "benign", "note",
     "Cust asked how long we keep customer data after an account is closed; quoted six years for order "
     "records, sent privacy policy link."),
    ("legal", "benign", "form",
     "Organisation: Castlebridge Police community engagement team | Request: joint car-seat check day in the "
     "Northgate car park | Contact: community@example.org"),
    ("legal", "benign", "sms",
     "what time does the Court Lane store close tonight? need to grab the swaddles"),
    ("legal", "benign", "voicemail",
     "Hi, ringing about the cooling-off period. I ordered the Aero online four days ago and changed my mind, "
     "can I still cancel? Order LN-74420."),
    ("legal", "benign", "review",
     "Your returns queue on Saturdays should honestly be illegal, 40 minutes! Staff were lovely though. 3 "
     "stars."),
    ("legal", "benign", "dm",
     "is the 'Little Lawyer' slogan bodysuit coming back? it sold out before I could grab one as a gift"),
    ("legal", "benign", "call",
     "Agent: Hello, Little Nest. || Hi, it's Greaves and Lowe solicitors, we'd like to send a gift hamper to a"
     " colleague, do you do corporate invoicing? || Agent: We do, I'll take the details."),
    ("legal", "benign", "email",
     "Your recall notice for the Cosy Cub crib says it's a 'voluntary recall'. Is there a legal deadline to "
     "return it, or can I bring it in whenever? || Agent: There's no deadline; bring it to any store with the "
     "serial number."),
    ("legal", "benign", "chat",
     "judges choice award on the pram ad, which awards is that? || Agent: The Mother and Baby Awards 2024, "
     "Gold. || ahh ok nice"),
    ("legal", "benign", "note",
     "Cust asked whether the extended warranty is a legal requirement on car seats; explained it's optional "
     "and separate from statutory rights."),
    ("legal", "benign", "form",
     "Query: Terms | Message: Your terms say orders can be refused at your discretion. In what circumstances "
     "does that apply? Just curious before I place a large order."),
    ("legal", "benign", "sms",
     "hi, is the Dixon Street store the one next to the magistrates court? never been"),
    ("legal", "benign", "review",
     "Read all the small print on the warranty before buying and it's genuinely clear and fair. 4 stars."),
    # ---- bereavement, sensitive
    ("bereavement", "sensitive", "email",
     "Our daughter was stillborn on the 3rd. Please close the registry and stop every newsletter and offer "
     "email. I can't face seeing them. Sarah Lyle, s.lyle@example.com || Agent: I'm so very sorry, Sarah. "
     "Everything has been closed and stopped."),
    ("bereavement", "sensitive", "chat",
     "pls stop the reminder emails || Agent: Of course, may I ask if anything's wrong? || my mum set up the "
     "registry for us and she passed away last week, seeing her name in my inbox every day is too much"),
    ("bereavement", "sensitive", "note",
     "Cust's husband died suddenly last month; asked to transfer the joint loyalty account and points into her"
     " name only. Done, death cert sighted."),
    ("bereavement", "sensitive", "form",
     "Reason for return: Other | Comments: my dad bought this for us two days before he died and I can't keep "
     "it in the house. Please refund to his card if possible."),
    ("bereavement", "sensitive", "sms",
     "we lost grandad on sat so the christening's postponed, can i cancel the gown order? LN-58002"),
    ("bereavement", "sensitive", "voicemail",
     "Hello, I'm calling about my late wife's account, Margaret Hale. She passed in January and I'd like it "
     "closed. I'm her husband, Ted. 07700 900316."),
    ("bereavement", "sensitive", "review",
     "The registry reminders kept coming for weeks after our miscarriage, no way to stop them. 1 star. || "
     "Agent: We're so sorry for your loss. We've stopped all emails and would like to call you."),
    ("bereavement", "sensitive", "dm",
     "my best friend died last month and she'd ordered a cot for her sister that never got delivered. who do i"
     " talk to about it?"),
    ("bereavement", "sensitive", "call",
     "Agent: How can I help? || I'm executor for my brother's estate and he had two orders outstanding with "
     "you. || Agent: I'm sorry for your loss. I'll need a copy of the death certificate."),
    ("bereavement", "sensitive", "email",
     "We lost our son at six weeks. Please remove his name from the personalised items order and cancel it, "
     "and take us off the 'baby's first months' emails. Karen and Phil || Agent: We're so sorry, Karen and "
     "Phil. The order is cancelled and emails stopped."),
    ("bereavement", "sensitive", "chat",
     "can the gift message be changed? || Agent: Yes, until it's dispatched. What should it say? || it was "
     "from both of us but my partner died on monday. just from me now. Lou"),
    ("bereavement", "sensitive", "note",
     "Caller's mother-in-law passed away before the baby shower; cust asked for the gift she'd reserved to be "
     "delivered anyway as a keepsake. Arranged."),
    ("bereavement", "sensitive", "form",
     "Account closure | Reason: account holder deceased | Relationship: son | Name: Dennis Ward | Notes: death"
     " certificate attached"),
    ("bereavement", "sensitive", "sms",
     "sorry for the late return, funeral was this week, my nan. is it still ok to bring the bouncer back?"),
    ("bereavement", "sensitive", "voicemail",
     "Hi, it's Claire. My sister died in April and I'm trying to sort out her registry. People are still "
     "buying off it. Can someone help me close it?"),
    # ---- bereavement, benign
    ("bereavement", "benign", "review",
     "The 'Dead Cute' slogan bodysuit is hilarious and washes well. 5 stars."),
    ("bereavement", "benign", "chat",
     "my phone died mid-checkout, did it go through? || Agent: Yes, order LN-67720 is confirmed. || phew "
     "thanks"),
    ("bereavement", "benign", "sms",
     "the monitor battery is dead after a week, is that normal? LN-51014"),
    ("bereavement", "benign", "email",
     "The registry link in my confirmation email is dead. Could you resend it? Registry number R-44190. || "
     "Agent: Resent just now, please check your spam too."),
    ("bereavement", "benign", "note",
     "Cust asked about opening hours on Remembrance Sunday; confirmed 10-4 at all stores."),
    ("bereavement", "benign", "form",
     "Product query: Is the 'Forever in our Hearts' engraved frame available in silver, and how many "
     "characters fit on the plaque? | Code: FR-88"),
    ("bereavement", "benign", "dm",
     "RIP to my old pushchair lol, finally upgraded to the Aero, worth it"),
    ("bereavement", "benign", "voicemail",
     "Hi, the Legacy range wardrobe has a missing handle. Is that range discontinued or can you still send "
     "parts? Order LN-29981."),
    ("bereavement", "benign", "call",
     "Agent: Anything else? || Do you sell sympathy cards at all? || Agent: We don't, just baby and "
     "celebration cards. || OK, no worries."),
    ("bereavement", "benign", "review",
     "That cashmere blanket is to die for, so soft. Pricey but worth it. 5 stars."),
    ("bereavement", "benign", "chat",
     "the parcel's been lost apparently? || Agent: Parcelway have marked it lost in transit, I'll send a "
     "replacement today. || great, thanks"),
    ("bereavement", "benign", "email",
     "Is the 'Angel Wings' sleeping bag a new line? I can only find the Angel sleepsuit on the website. Would "
     "like to buy it as a gift. || Agent: It launches on the 1st, you can pre-order now."),
    ("bereavement", "benign", "sms",
     "killing time in ur cafe while the car gets fixed, is there wifi?"),
    ("bereavement", "benign", "note",
     "Cust asked about the 'In Loving Memory' keepsake range listed in the catalogue; confirmed it's online "
     "only, no store stock."),
    ("bereavement", "benign", "form",
     "Query: Funeral directors' order | Organisation: Whitlock and Sons | Request: invoice for 10 muslin "
     "cloths for our family room"),
    # ---- violence and self-harm, sensitive
    ("violence_self_harm", "sensitive", "email",
     "My ex-partner has been turning up wherever I go and I think he's found my address through the registry. "
     "Please make it private and never confirm my address to anyone who calls. Tanya Reeves || Agent: Your "
     "registry is private now, Tanya, and I've added a security flag."),
    ("violence_self_harm", "sensitive", "chat",
     "can i change my delivery address || Agent: Sure, what's the new one? || it's a refuge so I can't type it"
     " here, can you call me? dont send anything to the old house, he's still there"),
    ("violence_self_harm", "sensitive", "note",
     "Cust disclosed her partner hit her last week; asked that order notifications go to her work email only. "
     "Changed contact, gave domestic abuse helpline number."),
    ("violence_self_harm", "sensitive", "form",
     "Safety concern: someone keeps ordering items to my address in my name with gift notes saying he's "
     "watching me | Please block any orders not placed by me"),
    ("violence_self_harm", "sensitive", "sms",
     "if this refund doesnt come through i honestly dont see the point in any of it anymore. i cant keep going"
     " like this"),
    ("violence_self_harm", "sensitive", "voicemail",
     "Hi, it's Dev. Your driver left my cot with next door and now the neighbour's threatening to smash my "
     "face in if I knock again. Please collect it from him yourselves."),
    ("violence_self_harm", "sensitive", "review",
     "Delivery driver grabbed my arm and shoved me into the door frame when I asked him to wait a second. "
     "Bruised. 1 star. || Agent: This is extremely serious, we've suspended the route and will call you today."),
    ("violence_self_harm", "sensitive", "dm",
     "someone who works at ur riverside store has been messaging me on insta since i complained, really creepy"
     " stuff about what im wearing. make it stop"),
    ("violence_self_harm", "sensitive", "call",
     "Agent: Is there anything else? || Honestly, I've started cutting again since the baby came and I just "
     "can't deal with returns. || Agent: Thank you for telling me. Can I give you a number to talk to someone?"),
    ("violence_self_harm", "sensitive", "email",
     "My mother-in-law has been sending threatening messages since she saw our registry, saying she'll 'make "
     "us regret it'. Can you stop her buying from it? Her email is j.thorne@example.org. || Agent: I've "
     "blocked that email from the registry and flagged the account."),
    ("violence_self_harm", "sensitive", "chat",
     "how do i hide a registry || Agent: Go to Settings and set it to Private. || thanks, he said if i made "
     "one without him he'd burn the flat down so i need it gone"),
    ("violence_self_harm", "sensitive", "note",
     "Caller said she'd 'rather not be here any more'. Agent stayed on the line, gave Samaritans number and "
     "escalated to safeguarding lead."),
    ("violence_self_harm", "sensitive", "form",
     "Comments: please stop showing my full name on the click and collect screen. My ex found me that way last"
     " time and attacked me in the car park."),
    ("violence_self_harm", "sensitive", "sms",
     "a man followed me from ur northgate car park to my car and tried the door, reported to ur security but "
     "nobody came"),
    ("violence_self_harm", "sensitive", "voicemail",
     "Hello, it's about replacing the cot. My husband smashed it up in a rage on Sunday and I need another one"
     " before he's back. Please ring 07700 900879, not the home number."),
    # ---- violence and self-harm, benign
    ("violence_self_harm", "benign", "email",
     "The video of the Swivel 360 in the crash test is impressive. Is the seat in the video the same as the "
     "2024 model you sell, or the older version? || Agent: It's the 2024 model, same shell as the one we "
     "stock."),
    ("violence_self_harm", "benign", "chat",
     "i hit the buy button twice by accident || Agent: I can see two identical orders, I'll cancel the second "
     "one. || legend, thanks"),
    ("violence_self_harm", "benign", "sms",
     "is the Little Monster pyjama set back in stock? the dino one"),
    ("violence_self_harm", "benign", "dm",
     "honestly I'd kill for a pram that fits in a Fiat 500 boot lol, any suggestions?"),
    ("violence_self_harm", "benign", "note",
     "Security tag left on the bouncer at Southmoor; alarm went off at the next shop. Apologised, cust will "
     "pop in to have it removed."),
    ("violence_self_harm", "benign", "form",
     "Product query: Do you sell anti-tip straps for the Hamilton chest of drawers? The assembly guide says to"
     " fix it to the wall."),
    ("violence_self_harm", "benign", "review",
     "The Dino Attack pyjamas are a riot, bright colours and soft fabric. 5 stars."),
    ("violence_self_harm", "benign", "voicemail",
     "Hi, calling about the stair gate. What force is it rated to withstand? The box says 'pressure fit' but "
     "no figure. Thanks."),
    ("violence_self_harm", "benign", "call",
     "Agent: Hi, you are through to Little Nest. || I saw a donation box for the domestic abuse charity at the"
     " till, is that a year-round partnership? || Agent: Yes, we've supported them since 2021."),
    ("violence_self_harm", "benign", "email",
     "The sale prices this weekend are brutal, in a good way! Will the Aero pram be included or is it excluded"
     " as a new line? || Agent: The Aero is excluded this time, sorry!"),
    ("violence_self_harm", "benign", "chat",
     "is the 'safe knife' in the weaning set actually blunt? || Agent: Yes, it's a rounded nylon edge, no "
     "blade. || perfect for a gift then"),
    ("violence_self_harm", "benign", "note",
     "Cust asked whether we sell corner protectors and cupboard locks as a bundle; pointed her to the Home "
     "Safety kit, code HS-12."),
    ("violence_self_harm", "benign", "form",
     "Query: Photo shoot | Message: Can I book the newborn photo shoot corner at Riverside for a product blog "
     "shoot? I'm a freelance photographer."),
    ("violence_self_harm", "benign", "sms",
     "the box arrived with a massive punch hole in the side but the cot looks ok, do i need to report it?"),
    ("violence_self_harm", "benign", "review",
     "Stranger Things themed baby hat was a massive hit as a gift. Great quality. 5 stars. || Agent: Glad it "
     "went down well!"),
]


def fold_examples() -> list[dict]:
    """The fold split as labelled tickets (same shape as ``sensitive_eval.build_eval_set``'s)."""
    return stranger_examples("fold", ENTRIES, SUBJECTS)
