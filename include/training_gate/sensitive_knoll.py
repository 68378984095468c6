"""knoll split: written by a helper who had not seen the detection rules, the anchors or any other split.
Setting: Makerly, a personalised gifts and craft marketplace (engraving, embroidery, custom prints, keepsakes,
favours), via email, chat, call transcripts, SMS, DMs, web forms, reviews, voicemail and agent notes, in UK, US, Irish,
Australian, Indian, Nigerian, Filipino, South African, Singaporean, non-native and machine-translated English.
The benign half reuses each category's words through idioms, pets, businesses as customers, product, film, band and
book names, occupations, general policy questions, craft jargon and routine billing or delivery problems.
50 sensitive and 50 benign tickets for children and for special categories, 20 and 20 for each other category.
First reading (policy 2026.11.16, before any change made in response to it; `sensitive_eval.evaluate`, as `make
eval-sensitive`): 95.5 / 3.5 recall / false exclusion in % as shipped, 97.0 / 6.5 without the overruling, 92.5 / 4.5 by the
rules alone (turns are separated by " || "). Held out (drawn at random before it was written): never tuned or trained on, read as aggregates only."""

from __future__ import annotations

from training_gate.sensitive_blind import stranger_examples

SUBJECTS: tuple[str, ...] = (
    "Question about my booking",
    "Where is my order?",
    "Engraving text change",
    "Delivery date query",
    "Problem with my personalised item",
    "Refund request",
    "Change of delivery address",
    "Seller not responding",
    "Wrong colour received",
    "Account details update",
    "Custom print proof",
    "Order 55-1032",
    "Quick question",
    "Embroidery mistake",
    "Damaged in transit",
)

ENTRIES: list[tuple[str, str, str, str]] = [
    # ---- health
    ("health", "sensitive", "email",
        "Hello, I ordered the oak chopping board with the family name engraved (order 55-1032) on the 3rd and got the "
        "proof through yesterday, which looks lovely. One small thing: the ampersand is a bit thin, could the seller "
        "make it bolder? Also, I'd be grateful if delivery could wait until after the 20th. I'll be on Ward 7 at "
        "St Aldric's until then having my new knee put in, and there's nobody at home to sign for it. Happy to pay "
        "the extra if holding it costs anything. The gift wrap option I ticked was the kraft paper one, not the "
        "floral. Many thanks, Gillian"),
    ("health", "sensitive", "chat",
        "hi can the courier leave it w the neighbour at no 14? im on metformin and the clinic moved all my checks to "
        "tuesdays so i wont be in"),
    ("health", "sensitive", "agent_note",
        "Cust says she is 28 weeks along and wants the personalised name blanket dispatched well before her due date "
        "in March. Upgraded to tracked 48, no charge."),
    ("health", "sensitive", "sms",
        "pls deliver after 2pm any day, i do dialysis mon wed fri mornings. ref QX7P2L thx"),
    ("health", "sensitive", "call",
        "[transcript] Customer: Yeah, so the reason I'm ringing is the jars. My hands are bad with the rheumatoid, "
        "flare-up since Christmas, and I physically can't twist those wax-sealed lids off. Agent: I'm sorry to hear "
        "that. I can ask the seller whether they'll do a flip-top version. Customer: That'd be brilliant, ta."),
    ("health", "sensitive", "web_form",
        "Kindly note I am admitted in Sunrise Heart Institute for bypass surgery from 11th to 18th. Please deliver "
        "the engraved nameplate only after 20th to my home address. Order no. MK-88213. Please do the needful."),
    ("health", "sensitive", "review",
        "Beautiful print, five stars. It took me ages to choose the wording because chemo brain means I forget what "
        "I picked five minutes ago, and the seller was so patient with my six emails. || "
        "Seller reply: Thank you Maureen, it was a pleasure. Sending you lots of strength."),
    ("health", "sensitive", "dm",
        "hey! quick one about the braille tags you offer on the keyring listing. I'm registered blind so could the "
        "order confirmation come as plain text too? the PDF doesn't play well with my screen reader"),
    ("health", "sensitive", "voicemail",
        "Hi, this is Colm, ref KL92MM, just to say I won't be able to collect from the depot this week, I'm only home "
        "from the hip operation and I'm not allowed drive for six weeks. Could ye send it on to the house instead? "
        "Thanks a million."),
    ("health", "sensitive", "email",
        "Good day. I wish to know the status of my order for the embroidered wedding towels, ref NG-4410. Please "
        "accept my apologies for not responding to your mail on time. I have been managing sickle cell since "
        "childhood and I was in crisis last week, so I was not able to check my phone. I still want the towels and "
        "the names remain Chidi and Ada. Thank you and God bless."),
    ("health", "sensitive", "agent_note",
        "Cust asked us to stop the 'treat yourself' dessert-box promo texts. She's in recovery from an eating "
        "disorder and finds them triggering. Removed from SMS marketing, tagged account no-food-promos."),
    ("health", "sensitive", "chat",
        "hello po, can i change the delivery address to my sister's house in Pasig? im staying with her until i "
        "finish my radiotherapy sessions, about 5 more weeks po. order 55-7720"),
    ("health", "sensitive", "email",
        "Hi Makerly team,\nI need to own up to a mistake on my order. I typed 'Congradulations' on the cake topper "
        "and didn't notice until the proof came back. My psychiatrist upped my sertraline last month and I've been "
        "a bit scattered, so that's on me, not the seller. Could it be corrected to 'Congratulations' before it is "
        "cut? I'm happy to pay a small fee. The party is on the 28th, so any time before the 25th is fine. "
        "Thanks, Jordan"),
    ("health", "sensitive", "sms",
        "sorry for late reply was in A&E overnight with a suspected clot in my leg. still want the mugs, order "
        "55-2281"),
    ("health", "sensitive", "web_form",
        "I am hearing impaired, please do not phone me, email only. Order MK-40017, the custom print arrived "
        "creased down the middle. Photo attached. Regards, Thandi"),
    ("health", "sensitive", "agent_note",
        "Buyer is on methotrexate and was told not to handle the resin kit's hardener. Asked if seller can pre-mix "
        "or send a finished coaster instead. Messaged seller, awaiting reply."),
    ("health", "sensitive", "call",
        "[transcript] Customer: We're in the middle of IVF, second round, and I'd ordered a little 'hope' keyring "
        "for my partner for after the transfer next week. It's not come. Agent: Let me look. It's showing at the "
        "local depot, it should be with you tomorrow. Customer: Okay, thank you, timing matters with this one."),
    ("health", "sensitive", "email",
        "G'day, I'm after the LED name sign from the Lumen & Co shop, but I need to check something first. I've got "
        "epilepsy, and some of the lights in the photos look like they flash or chase. Is there a steady-glow "
        "setting with no flicker at all? If there isn't, I'll go for the plain acrylic one instead. Also, can it "
        "ship to Ballarat by the 9th? Cheers, Brooke"),
    ("health", "sensitive", "dm",
        "Eh can help me check, my parcel still not here ah? Order 55-9082. I just discharged from hospital after my "
        "stroke, now my wife helping me type. Thanks ya."),
    ("health", "sensitive", "chat",
        "Customer: Can you pause my craft-box subscription for two months please? || "
        "Agent: Of course. I've noted that you're in for your hysterectomy on the 9th, so I've set the pause to end "
        "on 9 May and you won't be charged in between. Wishing you a smooth recovery."),
    ("health", "benign", "chat",
        "the website is sick slow today, keeps timing out at checkout. is something down?"),
    ("health", "benign", "email",
        "Hello, we're a dental practice in Leeds and we'd like 40 engraved pens for staff for our tenth anniversary. "
        "Do you offer a bulk discount and can the logo go on the clip? Best, Practice Manager, Brightsmile Dental"),
    ("health", "benign", "web_form",
        "Question about the engraved wooden spoons: what finish do you use? Is it food-safe, and is any nut oil "
        "involved? I'd like to list the ingredients on the gift card."),
    ("health", "benign", "sms",
        "Im a nurse on nights this week so pls deliver after 2pm. order 55-6613"),
    ("health", "benign", "review",
        "Ordered a 'Nurse Ratched' joke mug for our film club's Cuckoo's Nest night. Printed perfectly, everyone "
        "loved it. Four stars only because the box was a bit squashed."),
    ("health", "benign", "chat",
        "your app is dead again lol. cant see my orders at all, just a spinning wheel"),
    ("health", "benign", "email",
        "Hi, I'm a seller on Makerly (shop: Apothecary Lane). My shop health score in the dashboard dropped to amber "
        "overnight and I can't see why. I haven't had any late orders or complaints. Can someone check whether it's "
        "a glitch? Thanks, Ravi"),
    ("health", "benign", "dm",
        "can u print The Cure lyrics on a canvas or is that a copyright thing? 'Just Like Heaven' specifically"),
    ("health", "benign", "agent_note",
        "Order for Elmwood Care Home's activities room: 30 personalised colouring sets with residents' first names, "
        "invoice to the home. Confirmed spelling list with the activities coordinator."),
    ("health", "benign", "email",
        "I'm honestly sick of waiting for this refund. It's been 14 days since the seller accepted the return for "
        "the engraved photo frame (ref RT-3390) and nothing has reached my card. Please chase it."),
    ("health", "benign", "web_form",
        "Seller question: for my candle listings, is there a standard wording you want us to use for the safety "
        "warnings on the label (burn time, keep away from drafts, etc.)?"),
    ("health", "benign", "call",
        "[transcript] Customer: Hiya, the tracking's said 'held at recovery depot' for three days. Agent: That means "
        "the label got damaged and they're reprinting it. Customer: Oh, is that all? Grand, I'll wait then."),
    ("health", "benign", "chat",
        "Can I get the engraved tumbler in a different font? The one on the proof looks a bit like a doctor's "
        "handwriting haha, can't read it"),
    ("health", "benign", "email",
        "Hello. Our hiking club would like the first-aid tins engraved with the club crest and 'Dales Walkers'. "
        "We need 25. Could you confirm the engraving goes on the lid and not the base?"),
    ("health", "benign", "voicemail",
        "Hi, it's Pete from Ashgrove Pharmacy, we ordered the apothecary-style jar labels for the shop window "
        "display, ref AP-2201, and two of the sheets are missing. Call me back on the shop line. Cheers."),
    ("health", "benign", "review",
        "Bought the blood orange colourway of the throw and it's gorgeous. Heartbroken the tassel came off in the "
        "first wash though. Seller sent a new one, so all good."),
    ("health", "benign", "dm",
        "I think my laptop caught a virus from a dodgy download, so I can't log in from it. can you send the "
        "password reset to my phone instead"),
    ("health", "benign", "sms",
        "Hi, the cushion colour is a lot darker than the photo. Can I swap it? Ref 55-4471"),
    ("health", "benign", "web_form",
        "General question: if a gift arrives damaged and the recipient is away, does the sender or the recipient "
        "have to report it, and is there a time limit?"),
    ("health", "benign", "email",
        "Hi there, I'm writing a 'Get Well Soon' section for my card shop on Makerly and want to make sure I tag it "
        "properly. Which category do get-well cards sit under, Greetings or Occasions? Thanks, Lena (Paper Moth "
        "Studio)"),
    # ---- children
    ("children", "sensitive", "chat",
        "hi can u engrave 'Amara, 7' on the steel lunchbox instead of just Amara? shes 7 on the day she goes back so "
        "she wants the number on it"),
    ("children", "sensitive", "sms",
        "my 7yo wants the dino font not the bubble one pls, order 55-3310"),
    ("children", "sensitive", "email",
        "Hello, I placed an order on Sunday for a personalised tote bag (order 55-1187) and I'd like to change a few "
        "details if it isn't too late. The colour should be navy, not black, and the lettering gold. It is a "
        "thank-you present from my son to his Year 2 teacher, Mrs Okafor, so the text should read 'Thank you Mrs "
        "Okafor, love Theo'. He wrote the card himself and I'd like it to match. The school breaks up on the 19th, so "
        "it needs to be here by the 17th at the latest. If the change costs extra, just let me know. Kind regards, "
        "Helen"),
    ("children", "sensitive", "agent_note",
        "Cust's daughter turns 12 on the 14th; wants the initial bracelet expedited. Upgraded to next-day, cust paid "
        "difference."),
    ("children", "sensitive", "web_form",
        "Name to embroider: Eliza Grant\nDate of birth (for the label): 04/06/2019\nItem: junior backpack, lilac\n"
        "Notes: please put the DOB under the name in small letters like the example photo."),
    ("children", "sensitive", "email",
        "Hi! I ordered the custom banner for my son's 3rd grade promotion ceremony and the proof says '4th grade'. "
        "He's finishing third grade, moving up to fourth, so I can see where the confusion came from, but can we "
        "make it say 'Congrats on finishing 3rd grade, Marcus!' Thanks so much, Tanya"),
    ("children", "sensitive", "chat",
        "hiya, order for a name stamp for my young one's things, she's starting Junior Infants in September and "
        "everything has to be labelled. is the stamp ok on fabric?"),
    ("children", "sensitive", "dm",
        "Can the hat say 'Year 4 Wattle Creek Primary' under the name? It's for Lachie's school swimming carnival"),
    ("children", "sensitive", "web_form",
        "Respected team, my daughter is studying in Class 5 and she requires her full name embroidered on her school "
        "bag and water bottle cover. Name: Ananya Iyer. Kindly confirm if both can be sent together."),
    ("children", "sensitive", "email",
        "Good afternoon. I want to order the personalised stationery set for my son who just entered JSS1. His name "
        "is Tobenna and he wants it in green. Please how many days will delivery to Enugu take? Thank you."),
    ("children", "sensitive", "chat",
        "hi po! for my bunso, he's turning 6 on the 21st. can the cake topper say 'Happy 6th Birthday Migo' with a "
        "little robot? thank u po"),
    ("children", "sensitive", "sms",
        "Hi need name labels x50 for my daughter starting Grade R in Jan. Name Lerato M. Thanks"),
    ("children", "sensitive", "dm",
        "hello can the water bottle engrave in chinese and english? my boy P3 this year, his teacher say must label "
        "everything. name is Ethan Tan"),
    ("children", "sensitive", "call",
        "[transcript] Customer: Hi, I'm calling about the kindergarten graduation sash, the one with the name. "
        "Agent: Sure, what's the order number? Customer: 55-6040. My daughter's is spelled Kaylee with two e's and "
        "the proof has Kayley. Agent: I'll get that fixed."),
    ("children", "sensitive", "agent_note",
        "Cust says the kids are with their dad Sunday to Wednesday, handover is Wednesday teatime, so the birthday "
        "hamper for her son must arrive Thursday or Friday. Delivery date pinned to Thursday."),
    ("children", "sensitive", "chat",
        "hi im 11 and i want to buy the keyring with my mums name on it for mothers day. can i pay with a gift card "
        "or do i need a bank card"),
    ("children", "sensitive", "email",
        "Hi, I'm in Year 10 and I make embroidered patches, I'd like to start selling them on Makerly. Do I need a "
        "parent to sign up for me, or can I do it myself if my mum says it's okay? Thanks, Isla"),
    ("children", "sensitive", "web_form",
        "Birth print details: Name: Rowan Oluwaseun Bell. Born 2 March, 06:14, 3.4 kg, 51 cm, Royal Infirmary. "
        "Please use the sage green border."),
    ("children", "sensitive", "sms",
        "will the name labels come by Fri? he starts at Little Acorns nursery Monday and they all have to be on"),
    ("children", "sensitive", "voicemail",
        "Hiya, it's Shona, order 55-5523, the twins turn four next Saturday and the balloons need to say 'Ruby & "
        "Finn are 4'. The proof says 'are 5'. Could you ring me back? Thanks."),
    ("children", "sensitive", "email",
        "Hello, I'd like the engraved pen set for my grandson's 13th birthday. His name is Aarav and he is very into "
        "astronomy, so the star pattern would be perfect. Could you also include a small card saying 'Happy 13th, "
        "love Nani'? Delivery to Leicester please. Thank you."),
    ("children", "sensitive", "chat",
        "do u do the hoodies with names on the back? its for my stepson's Year 6 leavers, whole class is getting "
        "one but his came with the wrong surname"),
    ("children", "sensitive", "dm",
        "my daughter's doing her GCSEs this summer and I wanted a little 'you've got this' revision box with her "
        "name, is there one that ships in under a week?"),
    ("children", "sensitive", "review",
        "The tooth fairy letter was magic. Seller put Poppy's age (six) and the date her first tooth came out, and "
        "she's convinced the fairy knows her. Five stars."),
    ("children", "sensitive", "email",
        "Good morning, please I need an urgent update. My son is in SS2 and his school is having a send-forth for "
        "the seniors on Friday. He ordered a customised plaque for his prefect. It has not arrived. Order 55-8117. "
        "Thank you."),
    ("children", "sensitive", "sms",
        "order 55-2093 - my lad's in primary 3, can the bookbag tag say P3 Dalmeny instead of P2 please"),
    ("children", "sensitive", "chat",
        "hey the jersey for my nephew who's sitting the Junior Cert, can the number on the back be 15 since that's "
        "his age? he thinks it's hilarious"),
    ("children", "sensitive", "web_form",
        "Please embroider 'Sipho, Grade 9' on the rugby kit bag. He is 14 and the bag is for his school tour next "
        "month. Order 55-3002."),
    ("children", "sensitive", "email",
        "Hi there,\nSo the party is this Saturday at 2 and I'm slightly panicking. We ordered the personalised "
        "bunting (order 55-9940) and the tracking hasn't moved since Tuesday. Her 10th birthday has been planned for "
        "months, she picked the colours herself, and the rest of the decorations are all done. If it won't come in "
        "time, could the seller send the digital file so I can print something at home as a backup? I'd still want "
        "the real one for the photos later. Thanks for any help, Claire"),
    ("children", "sensitive", "agent_note",
        "Newborn gift set, baby is two weeks old, parents want weight and time of birth on the blanket (3.1 kg, "
        "04:52). Passed details to seller."),
    ("children", "sensitive", "email",
        "We adopted our daughter last year and she's five now. We'd like a 'family day' print with all four names "
        "and the date the adoption order was made. Could the design keep her birth name off entirely? Thank you, "
        "Sam and Deb"),
    ("children", "sensitive", "chat",
        "this is ben im 9 my mum said i can ask. can the football have my name and number 10"),
    ("children", "sensitive", "dm",
        "hi, my girl just finished her PSLE and i want to get her the engraved compass necklace as a reward. can "
        "deliver to Tampines by Sat?"),
    ("children", "sensitive", "web_form",
        "My son is in Std 8 and he has a science exhibition. We need a personalised name badge with 'Aditya Rao, "
        "Std VIII-B'. Please ship by 10th."),
    ("children", "sensitive", "chat",
        "hello, the name sticker for my daughter, she is Grade 3 in Cebu, can you make it bigger? she cannot see it "
        "on her notebook"),
    ("children", "sensitive", "email",
        "Hey! My son is a freshman in high school this fall and he wants a custom phone case with his jersey number "
        "and initials. He's 14, so I'm the one ordering on my account. Is it possible to do a matte finish? Thanks, "
        "Denise"),
    ("children", "sensitive", "agent_note",
        "Order is for customer's foster child (age 8). Cust asked that the child's surname is not printed on the "
        "parcel label or packing slip, first name only. Flagged on order."),
    ("children", "sensitive", "chat",
        "Customer: Hi can you redo the name on the pencil case? The seller put it in capitals. || "
        "Agent: Of course! Just to confirm for the seller, that's 'Maisie' in lowercase script, and the 'Year 1' "
        "underneath stays as it is for your daughter's new class? || Customer: yes perfect"),
    ("children", "sensitive", "voicemail",
        "Hi, it's Ahmed, about the wooden name puzzle, order 55-4418. My son will be one on the 22nd and I need it "
        "before then, could someone let me know if it's been posted? Thanks."),
    ("children", "sensitive", "email",
        "Hello, I write using translator. My son he have 8 years and he want his name on the cup, 'Mateus'. In the "
        "photo the letter is very small, for a child it is hard to see. Is it possible more big? Thank you very "
        "much, Joana"),
    ("children", "sensitive", "sms",
        "school photo day for my 5 year old is Thurs, need the name bow by then. ref 55-6731"),
    ("children", "sensitive", "chat",
        "my lad's in Cubs and they're doing a badge swap, can you do 30 little woven patches with his name on"),
    ("children", "sensitive", "email",
        "Hi, my daughter is 16 and wants to open a seller shop for her crochet animals. I've read that sellers need "
        "to be 18. Can the shop be in my name with her doing the making, and is that allowed? Best, Fiona"),
    ("children", "sensitive", "dm",
        "the boys are 3 and 5 and they fight over everything so I need the two plates to be exactly the same except "
        "the names lol. Reuben and Jude. can you do that?"),
    ("children", "sensitive", "review",
        "Bought the personalised teething ring for our little one and the name engraving is lovely and smooth. She's "
        "been chewing it nonstop since her bottom teeth started at five months."),
    ("children", "sensitive", "call",
        "[transcript] Agent: And who's the gift for? Customer: My goddaughter, she's starting Reception in "
        "September, so we want the book bag with her name, Esme. Agent: Lovely, I'll add that."),
    ("children", "sensitive", "agent_note",
        "Account holder is a 15-year-old using his dad's card with permission. Dad emailed to confirm. Left order "
        "in place, reminded them account must be in the adult's name."),
    ("children", "sensitive", "chat",
        "Customer: hi, the order's gone to the wrong house || Agent: Sorry about that! Can you confirm the "
        "name on the order? || Customer: its for my son, Kofi Mensah, date of birth 12 Nov 2016, the seller "
        "asked for it for the birthday certificate. it went to no 21 not 12"),
    ("children", "sensitive", "email",
        "Dear Makerly, the personalised sports bottle arrived but my daughter's middle school changed its colors "
        "this year, so the purple doesn't match anymore. She's in 7th grade and really wanted it to match her team "
        "kit. Is there any way to exchange for the teal? Regards, Marisol"),
    ("children", "sensitive", "web_form",
        "Item: personalised height chart. Names and heights to pre-mark: Noah, 2 yrs 4 months, 89 cm; Leah, "
        "9 months, 71 cm. Please use the woodland theme."),
    ("children", "benign", "email",
        "Hello, I'm the office manager at Holly Bank Primary School. We'd like 60 engraved trophies for sports day "
        "with 'Holly Bank Sports Day' and the year. Can you invoice the school directly? Thanks, Janet Pryce"),
    ("children", "benign", "chat",
        "hi, do the kid leather gloves come in a smaller size? the medium was too big for me"),
    ("children", "benign", "review",
        "Ordered the cushion in baby blue and it's more of a teal. Pretty, just not what the listing shows. Three "
        "stars."),
    ("children", "benign", "dm",
        "my baby is 2 today!! (he's a cockapoo lol) can I get the bandana with 'Biscuit' on it by Friday?"),
    ("children", "benign", "web_form",
        "Seller question: in the bulk upload CSV, what's the difference between a parent listing and a child "
        "listing? My variations keep showing up as separate products."),
    ("children", "benign", "sms",
        "Hi, the pet tag for my puppy, he's 12 weeks, name is Otis. Can it be engraved both sides? ref 55-1204"),
    ("children", "benign", "email",
        "Hi Makerly, I'm looking to order a personalised apron for my husband's 40th birthday. He bakes every "
        "weekend and calls himself the Bread Father. Could the apron say 'The Bread Father' with 'Est. 1985' "
        "underneath? Navy please. Thanks, Kerry"),
    ("children", "benign", "chat",
        "do you sell the kids' bike helmet stickers as a sheet or individually?"),
    ("children", "benign", "call",
        "[transcript] Customer: I'm calling from Greenlea Nurseries, the garden centre. We wanted 200 engraved "
        "plant markers for the herb section. Agent: Lovely, what wording? Customer: Just the herb names, slate grey."),
    ("children", "benign", "agent_note",
        "Cust asked for age verification to be removed from her account. She's 34, the prompt was triggered by the "
        "wine glass listing. Explained it's a one-off check."),
    ("children", "benign", "email",
        "Dear team, this year is year 10 of our marriage, the tin anniversary, and I'd like the engraved tin "
        "lantern with both our names and the wedding date. Could it be ready by 14 June? Many thanks, Gareth"),
    ("children", "benign", "dm",
        "no kidding, the print is even better in real life. quick q though, does the frame come with a hook?"),
    ("children", "benign", "review",
        "Baby steps for a new shop but really impressed. The engraved slate coasters were well packed and the seller "
        "answered my questions within the hour."),
    ("children", "benign", "web_form",
        "Order for Kestrel Youth Football Club: 22 medals engraved 'Kestrel FC Season Champions'. Invoice to the club "
        "treasurer. Please confirm the ribbon colour is red and white."),
    ("children", "benign", "chat",
        "Hey, is the 'little one' in the jar set the 100 ml or the 50 ml? Listing says 3 sizes but only shows 2"),
    ("children", "benign", "email",
        "Hello, I'm a children's book illustrator and I'd like to sell prints of my own artwork on Makerly. Do I "
        "need to register as a business first, and what file resolution do you recommend for A3? Regards, Mina"),
    ("children", "benign", "sms",
        "Hi its my grandad's 80th on sat, did the engraved hip flask get posted? order 55-7301"),
    ("children", "benign", "review",
        "The 'Baby Driver' poster print is fantastic quality, the colours really pop. Bought it for my flatmate and "
        "he's thrilled."),
    ("children", "benign", "chat",
        "the toddler size on the mini apron listing, is that an actual measurement or just a name for the smallest "
        "doll apron? buying it for my dolls house collection"),
    ("children", "benign", "email",
        "Hi, small issue, just a minor scratch on the engraved silver frame, order 55-2218. Not a big deal but I'd "
        "like to know if the seller can polish it out or if I should return it. Photo attached. Thanks, Dev"),
    ("children", "benign", "dm",
        "final year at uni and I want to get my flatmates matching keyrings before we all move out. can 5 names go "
        "on one order?"),
    ("children", "benign", "voicemail",
        "Hi, this is Marion from St Bede's School office, ref SB-991, the engraved leavers' plaques for the staff "
        "room arrived but one's cracked. Please call the office. Thanks."),
    ("children", "benign", "agent_note",
        "Cust (adult student, 23) wanted student discount on the custom hoodie. We don't run one; offered the "
        "10% welcome code instead. Cust happy."),
    ("children", "benign", "web_form",
        "Is there a way to hide the 'Children' category from my shop's front page? I only sell men's and women's "
        "accessories and it looks empty."),
    ("children", "benign", "chat",
        "hi can I get 'World's Best Dad' on the tankard but with 'Joke' in front lol. it's for my dad's 65th"),
    ("children", "benign", "email",
        "Good morning. We are Sunbeam Daycare Supplies, a wholesaler, and would like to stock your personalised "
        "peg labels in our catalogue. Do you have trade pricing for orders of 500+? Kind regards, Purchasing"),
    ("children", "benign", "sms",
        "the teen titans print arrived bent at the corner, can i get a replacement? ref 55-8802"),
    ("children", "benign", "review",
        "Grown-up version of the name puzzle for my desk, it's a bit silly but I love it. Great wood, great "
        "finish."),
    ("children", "benign", "call",
        "[transcript] Customer: Hiya, I run a pottery class on Thursdays and I'd like name badges for the ten "
        "regulars, all adults. Agent: Fine, pin or magnet? Customer: Magnet, they wear aprons."),
    ("children", "benign", "chat",
        "is the paper grade on the custom prints 300gsm or 200? want something thick"),
    ("children", "benign", "email",
        "Hi there, I'm organising the staff Christmas do and want 45 mini bottles with everyone's names. The office "
        "manager has the list. Is there a deadline to order for delivery by 12 December? Thanks, Oliver"),
    ("children", "benign", "dm",
        "the Born in the USA lyric print, can the font be the same as the album cover or is that off limits"),
    ("children", "benign", "web_form",
        "Our company's parent company has changed its name. Please update the invoice header on our business "
        "account from 'Ridgeway Ltd' to 'Ridgeway Group plc'."),
    ("children", "benign", "agent_note",
        "Cust's kitten (16 weeks) needs a collar tag. Wanted the phone number on the back; advised a ref code "
        "instead per listing rules. Cust chose 'Call vet, ref 77K'."),
    ("children", "benign", "chat",
        "is the kids' range the same quality as the adult one? thinking of the small apron for a gift shop stock"),
    ("children", "benign", "email",
        "Hello, the mini-me matching mugs are listed as a pair but I only received one. Order 55-6121. The packing "
        "slip says two. Please could you check with the seller? Thanks, Anna"),
    ("children", "benign", "sms",
        "Happy to wait but is the order still on track for the 8th? It's for my mums 70th"),
    ("children", "benign", "review",
        "Used the custom stickers for my small business launch. The little ones for the envelopes were a bit blurry "
        "but the big ones are perfect."),
    ("children", "benign", "call",
        "[transcript] Customer: Hello, this is Carmen from Bright Minds Tutoring, we're a business. We need 50 "
        "branded pencils with our logo. Agent: Sure, I'll set up a trade account for you."),
    ("children", "benign", "chat",
        "can the birthday banner say 'Happy 30th Jess' in rose gold? it's my best mate's"),
    ("children", "benign", "email",
        "Dear Makerly, I'm a primary school teacher and I'm writing a general question: do any of your sellers offer "
        "bulk personalised bookmarks for class gifts? I haven't decided anything yet, I'm just pricing things up "
        "for next year. Thanks, Ms Hale"),
    ("children", "benign", "dm",
        "lol my husband calls himself a big kid so I'm getting him the lego-style name sign for his birthday. "
        "does it come pre-assembled?"),
    ("children", "benign", "web_form",
        "Which baby-pink thread do your embroidery sellers use? I want it to match the bridesmaid dresses for my "
        "wedding."),
    ("children", "benign", "agent_note",
        "Charlie's Toy Box (retail shop) ordering 120 personalised wooden signs for resale. Trade discount applied, "
        "invoice sent to the shop owner."),
    ("children", "benign", "sms",
        "ordered the teddy bear with embroidered name for my girlfriend, she collects them. ref 55-3388. when will it "
        "ship?"),
    ("children", "benign", "chat",
        "the child theme on the wedding website template, is that the one with balloons? i want something more "
        "grown up for our reception page"),
    ("children", "benign", "review",
        "Got 'The Kid' Chaplin print for my study. Lovely sepia tone and the frame is solid. Recommend."),
    ("children", "benign", "email",
        "Hi, I bought the engraved piggy bank as a desk ornament for myself (I'm a 31-year-old accountant, it's a "
        "joke on the job). The slot is too small for a £2 coin. Is that normal? Order 55-7004."),
    ("children", "benign", "dm",
        "my boys from five-a-side want matching keyrings with our team name, 'Dad Bod FC'. 8 of them. doable?"),
    ("children", "benign", "voicemail",
        "Hello, it's Gerald, order 55-1930, I'm ringing because the gift wrap on my order says 'Happy First "
        "Birthday' and it was meant to be plain brown paper. It's for my brother-in-law. Thanks."),
    # ---- special_categories
    ("special_categories", "sensitive", "email",
        "Hello, please could you make sure the courier doesn't come on Friday evening or Saturday. We keep Shabbat "
        "and won't answer the door or sign anything until Saturday night. Sunday onwards is fine. Order 55-3114, the "
        "engraved challah board. Thank you, Miriam"),
    ("special_categories", "sensitive", "sms",
        "Im at the gurdwara all day sunday doing seva, pls leave parcel with no 8. ref QX7P2L"),
    ("special_categories", "sensitive", "agent_note",
        "Cust is fasting this month and asked for any callbacks after iftar, so after 8:15pm. Noted on account."),
    ("special_categories", "sensitive", "email",
        "Hi there, I ordered a personalised birthday banner for my niece's party but I need to change it. Our family "
        "are Jehovah's Witnesses and we don't celebrate birthdays, so I should never have picked that one - it was "
        "meant to be for a 'well done' celebration after her exams. Could the text say 'Congratulations Abi' "
        "instead? Same colours. Sorry for the confusion, Ruth"),
    ("special_categories", "sensitive", "web_form",
        "We're Hindu and strictly vegetarian at home. Is the wax in the personalised Diwali candles plant-based or "
        "does it contain tallow or beeswax? We can't use it otherwise."),
    ("special_categories", "sensitive", "chat",
        "salam, the sweets for the wedding favours need to be halal as we're Muslim and so are most guests. does "
        "the seller use gelatine in the jellies?"),
    ("special_categories", "sensitive", "email",
        "Hi, I took refuge and became a Buddhist last spring, and my teacher gave me a Dharma name. I'd like it "
        "engraved on the inside of the mala box: 'Tenzin Dawa'. The outside should stay plain. Could you confirm "
        "the spelling on the proof before it's cut? Thanks, Mark"),
    ("special_categories", "sensitive", "dm",
        "I'm an atheist and the 'blessed' on the house sign isn't me at all. can it just say 'Home' with the family "
        "name? order 55-2640"),
    ("special_categories", "sensitive", "call",
        "[transcript] Customer: I go to Mass every morning at half seven, so the driver keeps missing me. Can they "
        "come after nine? Agent: I'll add that note to the delivery. Customer: God bless you."),
    ("special_categories", "sensitive", "email",
        "Good day Makerly. I am Igbo and my traditional wedding is in December. I would like the fans for the guests "
        "printed with our names and the Igbo words 'Ifeoma na Obinna'. Kindly confirm the seller can print the "
        "accent marks correctly. Thank you."),
    ("special_categories", "sensitive", "chat",
        "hi, I'm half-Korean and my mum still calls me by my Korean name, can the bracelet have 'Ji-woo' in Hangul "
        "on one side and 'Jenny' on the other?"),
    ("special_categories", "sensitive", "email",
        "Hello. My parents came over from Jamaica in 1961 on one of the Windrush ships, and I'm making a print for "
        "their anniversary with a map of both islands - Jamaica and Britain. I'd like the line 'From Kingston to "
        "Brixton' at the bottom. Could the seller also add a small hummingbird? Best wishes, Claudette"),
    ("special_categories", "sensitive", "dm",
        "as a Wiradjuri woman I'd like the artwork on the keepsake to be done by an Aboriginal artist, not just "
        "'dot style'. does the seller know the artist personally?"),
    ("special_categories", "sensitive", "agent_note",
        "Cust explained she is from an Irish Traveller family and the caravan site address has been refused by the "
        "courier twice. Set up collection point delivery instead."),
    ("special_categories", "sensitive", "web_form",
        "I am a Tamil from Jaffna and want my surname written in Tamil script on the nameplate: 'Sivakumar'. Please "
        "ensure the script is correct, many sellers get it wrong."),
    ("special_categories", "sensitive", "email",
        "Hi, I'm a Green Party member and I'm sorting out the badges for our local branch fundraiser. 200 badges, "
        "green and white, with 'Kirkby Greens' on them. Could these arrive by the 3rd? I'm also happy to order "
        "stickers if the seller does them. Thanks, Fay"),
    ("special_categories", "sensitive", "sms",
        "out canvassing for labour every evening this week so pls deliver before 5. order 55-1148"),
    ("special_categories", "sensitive", "chat",
        "sorry i missed the driver saturday, i was at the climate protest outside parliament all day. can i rebook?"),
    ("special_categories", "sensitive", "email",
        "Hello, I'm standing as a councillor for the Harbour Independents in May and need 500 printed leaflets "
        "and a personalised rosette. Is the printing done on recycled paper? Regards, Duncan Flett"),
    ("special_categories", "sensitive", "call",
        "[transcript] Customer: It's an engraved pen for my own retirement from the party. I've been a card-carrying "
        "Conservative for thirty-two years, branch chair for ten. Agent: Congratulations. What should it say?"),
    ("special_categories", "sensitive", "dm",
        "I was at the anti-deportation rally in Glasgow and the placard I ordered from you held up brilliantly in "
        "the rain. want 10 more for the next one"),
    ("special_categories", "sensitive", "sms",
        "were out on strike at the depot tues-thurs so ill be home all day, deliver any time then"),
    ("special_categories", "sensitive", "email",
        "Hi Makerly, I'm the Unite shop steward at our plant and we'd like engraved mugs for the branch committee, "
        "12 of them with 'Unite Branch 4417 - Stronger Together'. Please could the invoice go to me rather than the "
        "company. Thanks, Bernie"),
    ("special_categories", "sensitive", "agent_note",
        "Cust mentioned she's a member of the teachers' union and will be on the picket line Thursday; asked for "
        "Friday delivery. Rebooked."),
    ("special_categories", "sensitive", "chat",
        "hello im the union rep for our ward and the nurses' branch want custom lanyards, can I order on my own "
        "account and get refunded by the branch?"),
    ("special_categories", "sensitive", "voicemail",
        "Hi, it's Kwame, order 55-3720. I'll be on the picket line outside the depot most of the week with my "
        "union, so if the driver could leave it with reception that'd be great. Cheers."),
    ("special_categories", "sensitive", "email",
        "Hi, the engraving on our anniversary cufflinks is wrong. It says 'Mark & Tina' and should be 'Mark & "
        "Tom'. I'm Tom, Mark's my husband, and the seller must have assumed. Order 55-6009. Please fix, Tom"),
    ("special_categories", "sensitive", "dm",
        "I'm bi and the pride flag ring is for me not a gift, so please don't gift wrap it haha. bi flag colours "
        "pls, pink purple blue"),
    ("special_categories", "sensitive", "web_form",
        "The wedding favour form only allows 'Mr & Mrs'. We're two women getting married - can we have 'Mrs & Mrs "
        "Oduya-Clarke' please?"),
    ("special_categories", "sensitive", "chat",
        "can the banner be ready by the 28th? i'm marching with our work's lgbt group at pride and we need it for "
        "the front"),
    ("special_categories", "sensitive", "email",
        "Hi team, my wife Priya and I are celebrating five years and I'd love the engraved locket with 'A & P' and "
        "our date. Also, please make sure the gift card is signed 'love, Anjali' and not 'love, Arjun' like the "
        "autocorrect on my last order did. Thanks, Anjali"),
    ("special_categories", "sensitive", "agent_note",
        "Cust said he recently came out to his parents and wants the print order (him and his boyfriend) sent to "
        "his flat, not the family home on the account. Updated address."),
    ("special_categories", "sensitive", "email",
        "This is slightly awkward. The personalised item is a bedroom gift for my partner, we've been trying to "
        "spice up our sex life after a rough patch. Could the outer packaging be completely plain with no shop "
        "name on it? Order 55-8841. Thanks."),
    ("special_categories", "sensitive", "chat",
        "we're a throuple so there are three names on the ring, not two. the seller removed one thinking it was a "
        "mistake"),
    ("special_categories", "sensitive", "dm",
        "i'm asexual and the 'his and hers' valentine's gifts are pushed at me every single email. can i opt out of "
        "the romance promos?"),
    ("special_categories", "sensitive", "call",
        "[transcript] Customer: It's the leather cuffs from the custom leather shop, we use them in the bedroom, and "
        "one buckle snapped. Agent: I'm sorry, that's a manufacturing fault, we'll get a replacement out."),
    ("special_categories", "sensitive", "email",
        "Hello, I changed my name by deed poll last month after transitioning and would like my account updated "
        "from Daniel to Danielle. My old name is still showing on the order emails and on the seller messages. "
        "I can send a copy of the deed poll if you need it. Thanks, Danielle"),
    ("special_categories", "sensitive", "chat",
        "hi, I'm non-binary and use they/them, can you remove the 'Mr' from my account? there's no option for Mx"),
    ("special_categories", "sensitive", "web_form",
        "I'm a trans man and my old name is still printed on the receipts that come in the parcel. My house share "
        "sees them. Please update it to Elliot everywhere."),
    ("special_categories", "sensitive", "agent_note",
        "Cust is trans; asked that we never use her former name. Gender recognition certificate came through last "
        "week. Purged old name from order notes."),
    ("special_categories", "sensitive", "email",
        "Hi! I did one of those DNA ancestry kits for my birthday and it turns out I'm 38% West African, which my "
        "family never knew. I want a print of the map with the regions highlighted. Can the seller use the "
        "percentages from my results page? I'll paste them in. Cheers, Holly"),
    ("special_categories", "sensitive", "chat",
        "I tested positive for the BRCA2 gene in spring and my sister and I are making matching bracelets, can it "
        "say 'stronger together' inside?"),
    ("special_categories", "sensitive", "email",
        "Dear Makerly, I would like to create a canvas of my actual DNA sequence pattern from my genetic test "
        "results. The clinic sent me a report of my markers. Does the seller need the full file or just a "
        "screenshot? Please advise. Regards, Kunle"),
    ("special_categories", "sensitive", "dm",
        "my huntington's genetic test came back positive last month and I'm making a memory box for my kids' "
        "future. can the lid be engraved 'for later'?"),
    ("special_categories", "sensitive", "web_form",
        "For the wedding rings I've attached the scans of my fingerprint and my fiancé's from the ink kit. Please "
        "delete the images once the rings are engraved."),
    ("special_categories", "sensitive", "chat",
        "your app asked for a face scan to verify me as a seller and I don't want my facial data stored anywhere. "
        "is there another way to verify?"),
    ("special_categories", "sensitive", "agent_note",
        "Cust sent a fingerprint scan of herself for the pendant. Scan saved to order folder; cust asked for it to "
        "be deleted after production. Deletion reminder set."),
    ("special_categories", "sensitive", "email",
        "Hi, I'm Gujarati and we're having a Hindu ceremony for our housewarming. Could the door hanging have "
        "'Shubh Labh' in Gujarati script, and could the seller avoid any leather trim, please? Thanks, Nisha"),
    ("special_categories", "sensitive", "sms",
        "Hi its Faisal, ill be at jummah at the mosque 12-2 friday so pls not then. ref 55-4019"),
    ("special_categories", "sensitive", "review",
        "Lovely vegan candles. I'm Jain, so I really appreciated that the seller confirmed no animal products and "
        "no root vegetables in the scent oils. Five stars."),
    ("special_categories", "benign", "email",
        "Hello, I'm the bookings secretary for St Mary's Church Hall. We'd like an engraved brass plaque for the "
        "hall's new kitchen, reading 'Refurbished 2024 with thanks to our volunteers'. Can you invoice the hall "
        "committee? Thanks, Pauline"),
    ("special_categories", "benign", "chat",
        "the Pride and Prejudice quote print, can I have 'You have bewitched me, body and soul' instead of the "
        "default line?"),
    ("special_categories", "benign", "review",
        "Bought the Queen 'Bohemian Rhapsody' lyric print for my dad. Great quality, arrived in two days."),
    ("special_categories", "benign", "sms",
        "hi is the postal strike going to delay my parcel? ref 55-2277"),
    ("special_categories", "benign", "dm",
        "the rainbow colourway on the knitted blanket, is it the bright one or the pastel one? photos look different"),
    ("special_categories", "benign", "web_form",
        "Customs question: what country of origin should I put on the form for items handmade by a seller in "
        "Portugal and shipped from their UK warehouse?"),
    ("special_categories", "benign", "email",
        "Hi, I'd like to protest this charge. I was billed for express delivery on order 55-3309 but the parcel "
        "took five working days. Could the express fee be refunded? Regards, Imogen"),
    ("special_categories", "benign", "chat",
        "is the Union Jack cushion cover printed both sides or just the front?"),
    ("special_categories", "benign", "agent_note",
        "Students' Union shop at Norbridge Uni ordering 300 embroidered hoodies for freshers' week. Trade account "
        "set up, invoice to the SU finance office."),
    ("special_categories", "benign", "call",
        "[transcript] Customer: We're a bowling league, we need trophies engraved 'Most Strikes 2024' for three "
        "winners. Agent: No problem, what metal? Customer: Gold-effect please."),
    ("special_categories", "benign", "email",
        "Hello, as a seller I want to run an Eid collection in my shop next month. Is there a way to tag listings as "
        "seasonal so they show up in the Eid gifts category? Thanks, Lantern Lane Crafts"),
    ("special_categories", "benign", "dm",
        "my phone's face unlock stopped working with your app after the update, it just asks for the password every "
        "time. bug?"),
    ("special_categories", "benign", "review",
        "The stainless steel bottle has a fingerprint-resistant finish which actually works. Engraving is crisp too."),
    ("special_categories", "benign", "chat",
        "ugh fingerprints all over the glass frame when it arrived, had to clean it before gifting. minor thing"),
    ("special_categories", "benign", "sms",
        "Can I get the watch engraved on the back, not the face? ref 55-1180"),
    ("special_categories", "benign", "email",
        "Hi Makerly, our brand refresh is done and we'd like our brand identity applied to the seller page: new "
        "logo, new colours (heritage green and cream). Is there a guide for the banner size? Kind regards, Hollin "
        "Candles"),
    ("special_categories", "benign", "web_form",
        "General question: do you allow political slogans on custom T-shirts, or is there a policy against it? I'm "
        "asking before I set up my print shop."),
    ("special_categories", "benign", "chat",
        "can you put the print in landscape orientation? the proof is portrait"),
    ("special_categories", "benign", "call",
        "[transcript] Customer: Hi, I'm from the Race for Life committee in Wrexham, we need 150 engraved medals. "
        "Agent: Lovely cause. Ribbon colour? Customer: Pink."),
    ("special_categories", "benign", "email",
        "Dear Sir/Madam, we are Al-Noor Halal Butchers and want a carved wooden sign for the shop front with our name "
        "in English and Arabic. Please quote for 150 cm wide. Regards, shop manager"),
    ("special_categories", "benign", "dm",
        "lol is this seller kosher? they want me to pay by bank transfer outside the site"),
    ("special_categories", "benign", "agent_note",
        "Cust's business partner (co-owner of their café) asked to be added as a second user on the trade account. "
        "Added with invoice-only permissions."),
    ("special_categories", "benign", "review",
        "Got the Black Friday deal on the custom doormat and it's great. White lettering is very crisp."),
    ("special_categories", "benign", "chat",
        "the print is coming out blurry on the preview, is that just the preview or will the real thing look like "
        "that?"),
    ("special_categories", "benign", "email",
        "Hi, I see the product filter on the search page has 'gender' as an option. Can I just turn that off? I'm "
        "buying gifts and don't want the results split into his and hers. Thanks, Kit"),
    ("special_categories", "benign", "sms",
        "the trans-pennine train strike means i cant get to the collection point till weds, can u hold it? ref "
        "55-4490"),
    ("special_categories", "benign", "web_form",
        "Please could you send a bi-weekly summary of my shop sales instead of weekly? It's too much email."),
    ("special_categories", "benign", "review",
        "The mug says 'Keep the Faith' and it was for my friend Faith's birthday. She laughed for ages. Good print."),
    ("special_categories", "benign", "chat",
        "do you sell the prayer plant pot with the engraved name tag or just the tag?"),
    ("special_categories", "benign", "email",
        "Hello, our shop has decided to run a vote among customers for the next mug design. Can I embed a poll on my "
        "Makerly shop page, or do I need to link out? Best, Ceri (Tidal Mugs)"),
    ("special_categories", "benign", "call",
        "[transcript] Customer: It's the Christmas bauble set, the names are fine but one bauble's cracked. "
        "Agent: I'm sorry, I'll arrange a replacement bauble."),
    ("special_categories", "benign", "dm",
        "the Green colour on the label looks more like lime. is there a darker green option?"),
    ("special_categories", "benign", "agent_note",
        "Parish office of Holy Trinity ordered 80 engraved candle holders for the hall's fundraiser stall. Invoice to "
        "parish office."),
    ("special_categories", "benign", "chat",
        "the straight edge on the wooden sign is actually a bit wavy. can the seller sand it?"),
    ("special_categories", "benign", "email",
        "Hi, I need to update the labour cost on my custom listings. The calculator seems to add VAT twice. Could "
        "someone check the maths? Thanks, Jonas"),
    ("special_categories", "benign", "web_form",
        "Do you ship to the European Union after the rule changes? I'm in Dublin and my friend's in Lisbon."),
    ("special_categories", "benign", "sms",
        "pls use a liberal amount of bubble wrap on the glass order, last one cracked. ref 55-6600"),
    ("special_categories", "benign", "review",
        "Engraved whisky glasses for my partner, lovely weight, the 'Est. 2019' looks classy. Would buy again."),
    ("special_categories", "benign", "chat",
        "whats the conservative estimate for delivery to Perth? the page says 5-10 days which is a big range"),
    ("special_categories", "benign", "email",
        "Hello, I'm a Holy Moly fan - the band, not the expression - and want a print of their tour poster. Is "
        "there a licensed seller? Thanks, Aoife"),
    ("special_categories", "benign", "dm",
        "it's honestly in my DNA to overthink fonts lol. can i see the name in both serif options before you cut it?"),
    ("special_categories", "benign", "call",
        "[transcript] Customer: I'm from Temple Street, the address I mean, number 12, and the courier keeps "
        "saying it doesn't exist. Agent: Let me add a what3words note for the driver."),
    ("special_categories", "benign", "agent_note",
        "Seller asked if 'ethnic print' is an allowed listing tag. Suggested more specific fabric names instead "
        "(ikat, batik). Seller updated tags."),
    ("special_categories", "benign", "chat",
        "the campaign discount code from your instagram isn't working at checkout, says expired"),
    ("special_categories", "benign", "email",
        "Good morning. I ordered the embroidered cushion in 'native meadow' pattern but the one that came was "
        "'wild rose'. Order 55-7731. I'd like to exchange. Thanks, Yusuf"),
    ("special_categories", "benign", "web_form",
        "We're the Leyton Credit Union office and would like 20 engraved desk nameplates for staff. Please invoice "
        "the credit union."),
    ("special_categories", "benign", "sms",
        "will the lightning strike at the depot last night delay stuff? saw it on the news. ref 55-3902"),
    ("special_categories", "benign", "review",
        "Pride of place on our mantelpiece now. The custom house portrait is stunning."),
    ("special_categories", "benign", "chat",
        "can the invoice show the seller's nationality for customs or just the country it ships from? asking for "
        "my company accounts"),
    ("special_categories", "benign", "dm",
        "i believe i was charged for gift wrap i didn't ask for? order 55-5120"),
    # ---- financial_hardship
    ("financial_hardship", "sensitive", "email",
        "Hi, I need to cancel order 55-4420 (the engraved watch) if it hasn't been made yet. I lost my job at the end "
        "of last month and I just can't justify it now. If it's already been engraved I understand, but please let "
        "me know. Thanks, Simon"),
    ("financial_hardship", "sensitive", "chat",
        "im on universal credit and i cant afford the £6.99 redelivery fee. the driver came when i was at the "
        "jobcentre appointment. is there any way to waive it"),
    ("financial_hardship", "sensitive", "agent_note",
        "Cust is in arrears on rent and energy, asked for the refund for the cancelled print to go back quickly as "
        "she needs it for the gas meter this week. Expedited refund."),
    ("financial_hardship", "sensitive", "email",
        "Hello, please change the delivery address on order 55-9012 to my sister's house: 4 Fenn Close (her "
        "details are on the account now). We're being evicted on the 30th and I don't know where we'll be after "
        "that, so I don't want the parcel going to the old flat. The item is a framed print, so please make sure "
        "it's signed for. The landlord is changing the locks the same day. Thanks for understanding, Leanne"),
    ("financial_hardship", "sensitive", "web_form",
        "I'm in an IVA and can't take on new credit, so please remove the 'pay in 3' option from my account so I'm "
        "not tempted. Thank you."),
    ("financial_hardship", "sensitive", "email",
        "Dear Makerly, I'm writing to tell you I was declared bankrupt last week. My trustee has told me I must "
        "close my seller shop and that any payouts owed to me need to go to them. Please advise what you need. "
        "Regards, Graham Holt"),
    ("financial_hardship", "sensitive", "dm",
        "honestly the refund matters more than you think, we've been using the food bank since Christmas. please "
        "can it be sorted this week"),
    ("financial_hardship", "sensitive", "call",
        "[transcript] Customer: The factory shut in March and the wages just stopped, we never got the last two "
        "months. So I need to return the personalised clock, I can't keep it. Agent: I understand, I'll start the "
        "return for you now."),
    ("financial_hardship", "sensitive", "sms",
        "on jobseekers at the mo so cant pay the customs charge on the parcel. can it be sent back and refunded?"),
    ("financial_hardship", "sensitive", "email",
        "Good afternoon, my salary has not been paid for four months now and things are very hard at home. I "
        "ordered the embroidered agbada for my brother's wedding but I will not manage to pay the balance. Please "
        "can I cancel and receive back the deposit? Thank you. Emeka"),
    ("financial_hardship", "sensitive", "chat",
        "hi, got retrenched last week so i need to cancel the monthly craft box. sorry, the money just isn't there"),
    ("financial_hardship", "sensitive", "agent_note",
        "Cust has a debt collector chasing her over an old catalogue debt and is worried our 'final reminder' email "
        "for the unpaid invoice will add to it. Explained it's a one-off £12 balance; set up a pause."),
    ("financial_hardship", "sensitive", "voicemail",
        "Hi, it's Jo, order 55-2235. I pawned my mum's ring to pay the council tax and I'm trying to get it back, so "
        "I can't go ahead with the engraved frame. Please cancel. Sorry."),
    ("financial_hardship", "sensitive", "web_form",
        "I live on the SASSA grant and the seller charged me twice. I need the extra R350 back as soon as possible, "
        "it is all I have for the month."),
    ("financial_hardship", "sensitive", "email",
        "Hi, I'm on a Debt Relief Order and my adviser said I shouldn't be paying for anything that isn't "
        "essential. I ordered the wedding favours before all this happened. Can I cancel without a fee? The order "
        "number is 55-6618. Thank you, Natalie"),
    ("financial_hardship", "sensitive", "chat",
        "sold my car to cover the rent this month so i cant get to the collection point anymore, can u deliver to "
        "home?"),
    ("financial_hardship", "sensitive", "dm",
        "the landlord served a section 21 and we're scraping by, so I need to cancel the custom sofa cushions. "
        "really sorry"),
    ("financial_hardship", "sensitive", "email",
        "Hello, I went into my overdraft to buy this gift and I've just found out the bank won't extend it. I can't "
        "cover the payment that's going out on Friday. Please refund order 55-7124 if it hasn't shipped. Really "
        "sorry, Dawn"),
    ("financial_hardship", "sensitive", "agent_note",
        "Seller says she's living on payday loans since her partner's business folded and asked for early payout "
        "of her pending £340. Explained payout schedule; escalated hardship request."),
    ("financial_hardship", "sensitive", "call",
        "[transcript] Customer: The company let me go after twelve years and we're living on my wife's pension "
        "credit, so I can't pay for the rest of the order. Agent: I'm so sorry. Let me see what we can refund."),
    ("financial_hardship", "benign", "email",
        "Hi, I've been charged twice for order 55-3002 (the engraved whisky glasses). My bank app shows two payments "
        "of £38. Could you refund the duplicate? Thanks, Marcus"),
    ("financial_hardship", "benign", "chat",
        "card declined at checkout but the bank says its fine. any idea?"),
    ("financial_hardship", "benign", "web_form",
        "Can I pay in instalments for the custom oil portrait? It's £420 and I'd prefer to split it."),
    ("financial_hardship", "benign", "email",
        "Hello, we're Northgate Debt Advice, a charity. We'd like 30 engraved mugs for our volunteers with our "
        "logo. Please invoice the charity. Regards, Office Manager"),
    ("financial_hardship", "benign", "sms",
        "can't afford to miss this delivery, it's my sister's wedding gift lol. will the driver text first?"),
    ("financial_hardship", "benign", "chat",
        "what are the benefits of the Pro seller plan vs the basic one? is it worth it for 20 orders a month"),
    ("financial_hardship", "benign", "review",
        "Poor packaging, the frame corner was dented. Seller replaced it fast though, so three stars."),
    ("financial_hardship", "benign", "email",
        "Hi, the courier company you used for my order seems to have gone bust, the tracking site is down. Order "
        "55-8190. Has my parcel been moved to another courier? Thanks, Harriet"),
    ("financial_hardship", "benign", "agent_note",
        "Ashby Credit Union ordered 15 engraved nameplates. Invoice overdue by 3 days because their finance system "
        "changed; they've paid today. Closed."),
    ("financial_hardship", "benign", "dm",
        "this step at checkout seems redundant, it asks for my address twice. any way to skip?"),
    ("financial_hardship", "benign", "call",
        "[transcript] Customer: Can I borrow a display stand from the seller for the craft fair, like a loan, and "
        "return it after? Agent: That's up to the seller, I'll message them."),
    ("financial_hardship", "benign", "web_form",
        "Is there a 'pay later' option like Klarna? I'd just like to spread my Christmas orders."),
    ("financial_hardship", "benign", "chat",
        "I broke the bank on gifts this year haha, can I add one more name to the order before it ships?"),
    ("financial_hardship", "benign", "email",
        "Hi, please refund to a different card. The card I paid with expired last week and I've got a new one. Order "
        "55-2219. Thanks, Bea"),
    ("financial_hardship", "benign", "review",
        "The 'Monopoly money' custom print for my brother who's an estate agent is hilarious. Great colours."),
    ("financial_hardship", "benign", "sms",
        "the invoice for our shop order needs our VAT number on it. ref 55-9901. thanks"),
    ("financial_hardship", "benign", "agent_note",
        "Cust asked if there's a cheaper shipping option for the heavy slate sign. Offered economy at £4.50. Cust "
        "chose economy."),
    ("financial_hardship", "benign", "email",
        "Hello, I'm a mortgage adviser and I'd like branded keyrings to give to clients when they complete on a "
        "house. 100 pieces with our logo. Can you send a quote? Best, Tom, Keystone Mortgages"),
    ("financial_hardship", "benign", "chat",
        "is the price on the listing including vat or is that added at checkout?"),
    ("financial_hardship", "benign", "dm",
        "the 'Penniless Poet' print is gorgeous. is it the same size as the A4 one or smaller?"),
    # ---- legal
    ("legal", "sensitive", "email",
        "Hi, my divorce was finalised last month and I'm going back to my maiden name. Please update my account from "
        "Sarah Whitlock to Sarah Benn. The seller messages still come up with the old name. Thanks, Sarah"),
    ("legal", "sensitive", "web_form",
        "I have a restraining order against my ex-husband. Please make sure my address is never shown to sellers or "
        "on any public review. Order 55-1033."),
    ("legal", "sensitive", "sms",
        "cant be in on the 12th, im in court. can u deliver the 13th? ref 55-4002"),
    ("legal", "sensitive", "agent_note",
        "Cust said he missed the delivery because he was arrested at the weekend and held overnight. Rebooked for "
        "Wednesday."),
    ("legal", "sensitive", "email",
        "Hello, the parcel was taken from my porch and I've reported it to the police. The crime reference number "
        "is CR/4512/23. Could you raise a claim with the courier? Order 55-2210, the engraved decanter. Regards, "
        "Nigel"),
    ("legal", "sensitive", "chat",
        "i'm on bail with a curfew so i have to be in from 7pm, can the driver come in the evening?"),
    ("legal", "sensitive", "call",
        "[transcript] Customer: I've got my probation appointments on Tuesdays, so I'm never in. Agent: No problem, "
        "I'll note not Tuesday. Customer: Ta."),
    ("legal", "sensitive", "email",
        "Hi, I applied to be a Makerly seller and got a message about a background check. I have a criminal "
        "record from 2011 for theft, it's spent now. Will that stop me selling? I'd rather be upfront. Thanks, "
        "Dean"),
    ("legal", "sensitive", "email",
        "Dear Makerly,\nI'm writing to let you know I've started a small claims case against the seller 'Oak & Ember' "
        "for the £640 dining table sign that never arrived. I've tried for two months to resolve it. I'd like copies "
        "of my messages with them for the court bundle, and any record of the tracking. The claim number is "
        "K4QZ88X. I'm not trying to cause trouble for Makerly, I just need the evidence. Kind regards, Rhiannon"),
    ("legal", "sensitive", "dm",
        "decree absolute came through finally so the joint account can go. can you take his name off and leave "
        "mine?"),
    ("legal", "sensitive", "agent_note",
        "Cust's solicitor emailed about the custody hearing next month; cust asked us to release order history "
        "showing purchases for the home. Referred to privacy team."),
    ("legal", "sensitive", "web_form",
        "I am currently at HMP Ashcombe and my sister manages my account. Please accept her instructions for the "
        "refund on order 55-3339."),
    ("legal", "sensitive", "email",
        "Hi, my lawyer has sent a cease and desist letter to the seller who copied my embroidery designs. She asked "
        "me to request the seller's registered business details from you. Can you release them? Thank you, "
        "Ingrid"),
    ("legal", "sensitive", "chat",
        "i have my immigration tribunal on the 20th so not at home that week. please hold parcel"),
    ("legal", "sensitive", "voicemail",
        "Hi, it's Siobhán, order 55-8824. The Gardaí took a statement from me yesterday about the parcel that was "
        "stolen, and they said to ask you for the delivery photo. Thanks."),
    ("legal", "sensitive", "sms",
        "magistrates fined me for the driving thing and i cant pay the engraving now too. can i cancel 55-4471"),
    ("legal", "sensitive", "email",
        "Hi, I'm in the middle of a divorce and my husband still has access to our shared Makerly account. Please "
        "can you split it so my orders and address are private? My solicitor advised me to ask. Thank you, "
        "Monique"),
    ("legal", "sensitive", "agent_note",
        "Cust has a non-molestation order against a former partner and asked that no delivery details be given over "
        "the phone to anyone. Account flagged for ID check."),
    ("legal", "sensitive", "call",
        "[transcript] Customer: I'm suing the courier over the broken mirror, my solicitor's handling it. Agent: "
        "Okay, I'll send you the delivery record. Customer: Please send it to her as well."),
    ("legal", "sensitive", "dm",
        "my conviction's been spent for 3 yrs but the DBS check for the seller verification flagged it. what "
        "happens now?"),
    ("legal", "benign", "email",
        "Hello, we're Harcourt & Lyle Solicitors and would like 12 engraved pens for our partners' retreat, with the "
        "firm's crest. Please invoice the firm. Regards, Office Manager"),
    ("legal", "benign", "chat",
        "is it legal to print a football club logo on a custom mug, or do sellers need a licence? general question"),
    ("legal", "benign", "review",
        "The Police 'Every Breath You Take' lyric print is stunning. Great framing, fast dispatch."),
    ("legal", "benign", "sms",
        "the phone case arrived with a crack in the corner. ref 55-1199. can i swap"),
    ("legal", "benign", "email",
        "Hi, the sentence on the proof has a typo, 'your' should be 'you're'. Order 55-3388, the engraved "
        "chopping board. Please correct before it's cut. Thanks, Priya"),
    ("legal", "benign", "web_form",
        "How long is the free trial for the seller Pro plan, and will I be charged automatically when it ends?"),
    ("legal", "benign", "agent_note",
        "Village bake-off committee ordered 6 engraved trophies: 'Judge's Choice', 'Best Sponge' etc. Invoice to "
        "committee."),
    ("legal", "benign", "dm",
        "the design kinda lacks appeal in the proof, can the seller make the letters chunkier?"),
    ("legal", "benign", "call",
        "[transcript] Customer: We're the Westfield Tennis Club and need signs for court 1 to court 6. Agent: Sure, "
        "what material? Customer: Weatherproof aluminium."),
    ("legal", "benign", "chat",
        "do you do the fine-liner pens with names engraved? or just the ballpoint"),
    ("legal", "benign", "email",
        "Dear team, I'd like to read your terms and conditions on returns for personalised items before I order. "
        "Where do I find them? Thanks, Graham"),
    ("legal", "benign", "review",
        "Ordered the 'Legally Blonde' quote mug for my best friend. Pink, sparkly, perfect."),
    ("legal", "benign", "sms",
        "thinking of bailing on the order, can i still cancel 55-2204 or has it been made?"),
    ("legal", "benign", "web_form",
        "I'm a barrister and want a leather document wallet embossed with my initials for court. Is navy or "
        "burgundy available? Delivery to chambers please."),
    ("legal", "benign", "chat",
        "the grooms suit pocket squares, can they be embroidered with initials? 6 of them"),
    ("legal", "benign", "email",
        "Hi, general question: what's Makerly's policy if a buyer claims an item never arrived but the tracking says "
        "delivered? I'm a new seller and want to understand the dispute process. Best, Oscar"),
    ("legal", "benign", "dm",
        "lol I'm on trial run with your app, the search bar is great. can I save searches?"),
    ("legal", "benign", "agent_note",
        "Seller asked whether 'Law & Order' themed mugs breach trademarks. Sent the IP guidance page. No further "
        "action."),
    ("legal", "benign", "review",
        "Bought the personalised 'Objection!' gavel for my sister who's a court reporter. Great quality wood."),
    ("legal", "benign", "call",
        "[transcript] Customer: My account says my order is under review, is there a case open or something? "
        "Agent: No, it's just the seller checking the engraving text. Customer: Oh okay."),
    # ---- bereavement
    ("bereavement", "sensitive", "email",
        "Hello, I ordered the memorial cushion made from my mum's cardigan (order 55-5501). She passed last month "
        "and the cardigan is the one she wore every Sunday, so please could the seller take extra care with the "
        "buttons, I'd like them kept on. Could you also confirm the posting date? Thank you, Lorna"),
    ("bereavement", "sensitive", "sms",
        "need the order of service prints by thurs, dads service is at Hollins & Daughter friday 11am. ref 55-1260"),
    ("bereavement", "sensitive", "chat",
        "hi, my husband died in March and the account is still in his name. can I take it over? there's a gift "
        "card balance on it"),
    ("bereavement", "sensitive", "web_form",
        "Engraving for the plaque on Grandad's bench: 'Frank Edwards, 1938-2024, always in the garden'. Please "
        "confirm spelling before cutting."),
    ("bereavement", "sensitive", "dm",
        "the urn for my brother's ashes arrived with a dent in the lid 😞 can the seller fix it before the "
        "interment on the 14th?"),
    ("bereavement", "sensitive", "agent_note",
        "Cust is recently widowed, asked us to stop the anniversary reminder emails for her late husband's "
        "wedding anniversary date. Reminder deleted."),
    ("bereavement", "sensitive", "email",
        "Hi, since losing my wife in the spring I've been making a memory quilt from her blouses with one of your "
        "sellers. The quilt is beautiful, but the name on the label reads 'Margret' instead of 'Margaret'. I hate to "
        "ask for a redo, but it matters. Order 55-8007. Regards, Alan"),
    ("bereavement", "sensitive", "review",
        "The anniversary candle for a year since Nan's passing was perfect. The seller added her favourite flowers "
        "without me asking. Thank you."),
    ("bereavement", "sensitive", "sms",
        "RIP nana 💔 the photo blanket came today and its perfect. thank u to the seller"),
    ("bereavement", "sensitive", "call",
        "[transcript] Customer: It's for the wake on Saturday, the framed photo of my uncle. Agent: I'm sorry for "
        "your loss. I'll see if the seller can courier it Friday."),
    ("bereavement", "sensitive", "email",
        "Dear Makerly,\nI'm the executor of my late father's estate and I've found he had a seller shop with you, "
        "'Hobbs Woodturning', with a few pending payouts and three open orders. I'd like the open orders refunded to "
        "the buyers and the shop closed. I can send the death certificate and the grant of probate. Please let me "
        "know where to send them. Thank you, Caroline Hobbs"),
    ("bereavement", "sensitive", "email",
        "Good morning. My father passed on two weeks ago in Ibadan and the family would like aso-ebi fabric printed "
        "with his photo and dates for the burial. Please confirm how many yards the seller can supply by the 30th. "
        "Thank you, Funmi"),
    ("bereavement", "sensitive", "chat",
        "the memory bear from his shirts, he passed in his sleep three weeks ago and I'd like it for his birthday "
        "next month. any chance?"),
    ("bereavement", "sensitive", "web_form",
        "Could the keepsake box lid read 'In memory of Jess, my twin, gone too soon'? The memorial is on the 2nd."),
    ("bereavement", "sensitive", "voicemail",
        "Hi, it's Mags, order 55-3318, the notice for my sister went in the paper yesterday and I need the "
        "remembrance cards printed with the same photo. Please ring me back. Thanks."),
    ("bereavement", "sensitive", "agent_note",
        "Cust's son died last year; she's ordering the engraved star map of the night he was born for his first "
        "anniversary. Extra care flag added, seller informed."),
    ("bereavement", "sensitive", "dm",
        "we scattered mum's ashes at the beach last week and i want a print of that spot. can the seller work from "
        "a photo?"),
    ("bereavement", "sensitive", "email",
        "Hi, ordering the engraved headstone vase for my grandmother's grave. Her name was Rosa Delgado and the "
        "stone went up last week. Please make sure it's bronze, not brass. Thanks, Marisa"),
    ("bereavement", "sensitive", "chat",
        "Customer: hi can you cancel the 'happy retirement' mug I ordered for my colleague || Agent: Of "
        "course. Can I ask if there's a problem with it? || Customer: he died suddenly on Monday. we're "
        "doing a collection instead"),
    ("bereavement", "sensitive", "call",
        "[transcript] Customer: My brother-in-law lost his fight last week and the funeral's Thursday. I need the "
        "memorial prints quick. Agent: I'm sorry. I'll mark it urgent."),
    ("bereavement", "benign", "chat",
        "your app is dead again, can't open my basket"),
    ("bereavement", "benign", "email",
        "Hello, we're Whitfield & Sons Funeral Directors and would like 100 engraved memorial pebbles to stock for "
        "families. Could you quote for trade pricing? Regards, Office"),
    ("bereavement", "benign", "review",
        "The Grateful Dead skull print is ace. Great colours and the frame's solid."),
    ("bereavement", "benign", "sms",
        "my phone battery died so i missed the driver's call. can they come back tomorrow? ref 55-7012"),
    ("bereavement", "benign", "dm",
        "my hamster Peanut passed away 😢 can i get a tiny engraved pebble with his name?"),
    ("bereavement", "benign", "web_form",
        "Seller question: can I list my pet memorial keepsakes under 'Memorial' or is that only for people? I make "
        "engraved slates for dogs and cats."),
    ("bereavement", "benign", "chat",
        "just passed my driving test!! want a keyring with 'passed 2024' on it, can you do that?"),
    ("bereavement", "benign", "email",
        "Hi, what's the deadline for Christmas orders to arrive in time? I'm doing the family gifts and don't want "
        "to leave it late. Thanks, Tamsin"),
    ("bereavement", "benign", "review",
        "Dead Poets Society 'Carpe Diem' print for my office. Looks great, slight crease on delivery."),
    ("bereavement", "benign", "agent_note",
        "Cust's parcel marked lost by courier. Reshipped engraved glass; cust happy to wait."),
    ("bereavement", "benign", "call",
        "[transcript] Customer: Hi, I'd like the Day of the Dead themed mugs for my café, twenty of them. Agent: "
        "Lovely, colours? Customer: The bright ones, orange and pink."),
    ("bereavement", "benign", "chat",
        "sorry the delay is killing me, when will it ship? been 10 days"),
    ("bereavement", "benign", "sms",
        "the order went through customs fine but now it says 'late'. any update? ref 55-4021"),
    ("bereavement", "benign", "email",
        "Hello, our dog Bramble passed last week after fifteen lovely years. We'd like a slate plaque with his name "
        "and paw print for the garden. Could the seller use a photo? Thanks, Heather"),
    ("bereavement", "benign", "review",
        "RIP my wallet after browsing this seller's shop lol. Gorgeous candles, bought four."),
    ("bereavement", "benign", "web_form",
        "I'm a grave digger's daughter writing a novel and want a custom book cover print, just fiction, for "
        "myself. Can the seller do A5?"),
    ("bereavement", "benign", "dm",
        "grave error on my part, I put the wrong postcode. can you fix to LS6 before it ships?"),
    ("bereavement", "benign", "chat",
        "the 'Six Feet Under' title print is out of stock, will it come back?"),
    ("bereavement", "benign", "agent_note",
        "Seller noticed 'In Loving Memory' was misspelled on her listing template; asked how to edit. Walked her "
        "through the editor."),
    ("bereavement", "benign", "email",
        "Hi, I'm an undertaker and want a leather notebook embossed with my business name, 'Greaves Funeral Care'. "
        "Please quote. Thanks, Sean Greaves"),
    # ---- violence_self_harm
    ("violence_self_harm", "sensitive", "email",
        "Hello, I need help with privacy on my account. My ex keeps threatening me and he knows I shop on Makerly. "
        "Please make sure my address isn't shown to sellers and that my reviews are anonymous. I've changed my "
        "email already. Thank you, Kirsty"),
    ("violence_self_harm", "sensitive", "sms",
        "pls deliver to the refuge address on my account not the old one. dont leave card with neighbours. ref "
        "55-9001"),
    ("violence_self_harm", "sensitive", "chat",
        "the seller messaged me after I left a 3 star review saying he'll come round and sort me out. he has my "
        "address from the order. i'm scared"),
    ("violence_self_harm", "sensitive", "dm",
        "the wide cuff bracelet is to cover the cuts on my arm tbh. is the 4cm one available in silver?"),
    ("violence_self_harm", "sensitive", "chat",
        "Customer: can you just cancel everything on my account || Agent: Of course, I can help with that. Is "
        "everything okay? || Customer: not really. i don't want to be here anymore || Agent: I'm really "
        "sorry you're feeling like this. I'm sending you our crisis support details now, and I'll stay on chat "
        "with you."),
    ("violence_self_harm", "sensitive", "email",
        "I'm writing to complain about your courier. When I answered the door on Tuesday he was aggressive about "
        "the signature and shoved me against the door frame. I have a bruise on my shoulder. Order 55-1770. I want "
        "this investigated. Regards, Peter"),
    ("violence_self_harm", "sensitive", "agent_note",
        "Cust disclosed her husband hits her and checks her phone. Wants the order sent to a friend's address and "
        "no texts. Updated address, SMS off."),
    ("violence_self_harm", "sensitive", "web_form",
        "Another buyer has been sending me messages every day after we bid on the same custom commission, calling "
        "me names and saying they'll find me. Please stop them."),
    ("violence_self_harm", "sensitive", "email",
        "Hi, I ordered the engraved bracelet (order 55-4412). Could it say 'Still here' on the inside? It's for "
        "me, marking a year since my overdose. I'd like the date underneath, 14.03. Thanks, Robin"),
    ("violence_self_harm", "sensitive", "call",
        "[transcript] Customer: I was attacked walking home and they took my bag with the parcel in it. Agent: "
        "I'm so sorry, are you okay? Customer: Bit shaken. The police have it."),
    ("violence_self_harm", "sensitive", "dm",
        "been thinking about ending it all tbh. sorry that's not a customer service thing. just needed to say it "
        "somewhere"),
    ("violence_self_harm", "sensitive", "email",
        "Hello, I'm asking you to keep my details away from my partner. He controls all the money and checks every "
        "parcel, and I'm saving the gift for my sister in secret. Please don't send any emails about it until I ask. "
        "Thanks, Hana"),
    ("violence_self_harm", "sensitive", "agent_note",
        "Seller reported being punched by a buyer at a local collection handover; police called. Buyer account "
        "suspended pending review."),
    ("violence_self_harm", "sensitive", "review",
        "Seller called me a racial slur when I asked about a refund and said he knows where I live. Zero stars. "
        "Reported."),
    ("violence_self_harm", "sensitive", "email",
        "The personalised tin is for my brother. Our father used to beat us when we were kids and we've finally "
        "cut him off, so it says 'We made it'. Please engrave exactly that. Order 55-6630. Sean"),
    ("violence_self_harm", "sensitive", "chat",
        "can the order go to my work address instead? someone's been following me home for weeks and I don't want "
        "things left on the doorstep"),
    ("violence_self_harm", "sensitive", "voicemail",
        "Hi, it's Leah, order 55-2219. I'm staying at my mum's for now, my ex smashed up the flat and the police "
        "said not to go back. Could you redirect it? Thanks."),
    ("violence_self_harm", "sensitive", "sms",
        "the bracelet is for after i get out of the unit, i've been hurting myself again. order 55-3371. by the "
        "15th pls"),
    ("violence_self_harm", "sensitive", "web_form",
        "I'm a seller and a buyer has been messaging me sexual comments and threats for a week. I've blocked him "
        "twice. Please act."),
    ("violence_self_harm", "sensitive", "agent_note",
        "Cust mentioned her manager bullies her daily and she's off work with the stress; ordered a 'you are "
        "enough' plaque for herself. No action needed, noted for tone."),
    ("violence_self_harm", "benign", "chat",
        "this bug is killing me, the upload button does nothing"),
    ("violence_self_harm", "benign", "email",
        "Hi, I could murder a coffee after this week, and I'd like the engraved travel mug in matte black with "
        "'Not Before Coffee'. Order 55-6001. Thanks, Lou"),
    ("violence_self_harm", "benign", "review",
        "Absolute knockout of a design, the embroidered jacket turns heads everywhere."),
    ("violence_self_harm", "benign", "sms",
        "the box was beaten up when it arrived but the print is fine. just letting u know. ref 55-1122"),
    ("violence_self_harm", "benign", "dm",
        "do you sell punch needle kits with a custom name pattern?"),
    ("violence_self_harm", "benign", "web_form",
        "Is the stab stitch binding on the personalised journals done by hand? I'd like a photo of the spine."),
    ("violence_self_harm", "benign", "agent_note",
        "Axe-throwing club ordered 10 engraved trophies: 'Bullseye of the Month'. Invoice to the club."),
    ("violence_self_harm", "benign", "call",
        "[transcript] Customer: We run a martial arts academy, we need 40 medals for grading day. Agent: Sure, any "
        "engraving? Customer: Just 'Kaizen Academy' and the date."),
    ("violence_self_harm", "benign", "review",
        "The Killers 'Mr. Brightside' lyric print is brilliant. Recommend this seller."),
    ("violence_self_harm", "benign", "chat",
        "can i get 6 shot glasses engraved with 'Stag Do 2024'?"),
    ("violence_self_harm", "benign", "email",
        "Hi, the 'Kill Bill' poster print I ordered is the wrong size. I ordered A2 and got A3. Order 55-4451. Can "
        "I swap? Regards, Mo"),
    ("violence_self_harm", "benign", "sms",
        "the weather looks threatening, can the driver put the parcel in the shed? ref 55-9921"),
    ("violence_self_harm", "benign", "dm",
        "my bullet journal stickers came out slayyy. obsessed. restocking soon?"),
    ("violence_self_harm", "benign", "chat",
        "the cut on the wooden sign is off by a few mm, can the seller recut it?"),
    ("violence_self_harm", "benign", "web_form",
        "Can I get a Fight Club quote on a mug? 'The first rule of...' etc. Or is that copyrighted?"),
    ("violence_self_harm", "benign", "email",
        "Hi, you're bombarding me with promo emails - four a day. Please reduce to weekly. Thanks, Ian"),
    ("violence_self_harm", "benign", "agent_note",
        "Parcel crushed in transit; courier threw it over the gate per driver notes. Reshipped, courier complaint "
        "logged."),
    ("violence_self_harm", "benign", "review",
        "This seller is killing it with the new collection. Gorgeous candles."),
    ("violence_self_harm", "benign", "call",
        "[transcript] Customer: The self-defence class I teach wants T-shirts with our logo, 25 of them. Agent: "
        "Lovely, sizes? Customer: I'll email the list."),
    ("violence_self_harm", "benign", "chat",
        "the cross-stitch kit is missing the red thread. can the seller send one?"),
]


def knoll_examples() -> list[dict]:
    """The knoll split as labelled tickets (same shape as ``sensitive_eval.build_eval_set``'s)."""
    return stranger_examples("knoll", ENTRIES, SUBJECTS)
