"""dune split: written by a helper who had not seen the detection rules, the anchors or any other split.
Setting: Wrenfield, a fashion and footwear retailer (online orders, returns, sizing, alterations, Bloomline
maternity, Covered modest-wear, Classmark school uniform, Circle loyalty card, Style Suite personal shopping),
reached by email, chat, transcribed calls, SMS, DMs, web forms, review replies, voicemail and agent notes, in UK,
US, Irish, Australian, Indian, Nigerian, Filipino, South African and Singaporean English. The benign half reuses each
category's words through product and colour names, idioms and jokes, business accounts (a school, a church, a law
firm, an undertaker, pharmacies), pets, hobbies, games, fiction, general policy questions and plain tickets.
35 sensitive and 35 benign tickets for children and for special categories, 20 and 20 for each other category.
First reading (policy 2026.11.15, before any change made in response to it; `sensitive_eval.evaluate`, as `make
eval-sensitive`): 88.8 / 1.2 recall / false exclusion in % as shipped, 92.4 / 5.3 without the overruling, 87.1 / 5.3 by the
rules alone. Then read while tuning the rules for 2026.11.16 and trained on."""

from __future__ import annotations

from training_gate.sensitive_blind import stranger_examples

SUBJECTS: tuple[str, ...] = (
    "Question about my account",
    "Where is my order?",
    "Return request",
    "Exchange for a different size",
    "Alteration booking",
    "Circle card query",
    "Personal shopping appointment",
    "School uniform order",
    "Refund not received",
    "Change of delivery address",
    "Complaint about store visit",
    "Payment problem",
    "Product question",
    "Please close my account",
)

ENTRIES: list[tuple[str, str, str, str]] = [
    # ---- health
    ("health", "sensitive", "email",
     "Hi there, I ordered the Marlow loafers in wide fit (WF-448210) but my ankles have been swelling "
     "since the GP put me on amlodipine and they still pinch by lunchtime. Could I swap them for the "
     "extra-wide instead of a refund? Thanks, Gwen"),
    ("health", "sensitive", "chat",
     "need to return the Sienna heeled boots, physio says no heels for at least 6 wks after my ACL "
     "reconstruction. tags still on. order WF-55190"),
    ("health", "sensitive", "call",
     "Agent: Wrenfield customer care, you're speaking with Dami. || Hi, yes, I've got an alterations "
     "fitting booked Thursday at ten at the Guildford store and I need to move it, sorry. Thursday "
     "mornings are my chemo at the Royal Surrey now, so afternoons are better. || Agent: Of course, I've "
     "moved you to Thursday at three."),
    ("health", "sensitive", "sms",
     "hi cant get to click n collect b4 fri, im stuck on ward 7 at st brendans. can u hold parcel "
     "WF-77120 another wk? ta"),
    ("health", "sensitive", "dm",
     "hiya do the Bloomline over-bump leggings stretch enough for 34 wks? the ones I've got are digging "
     "in something awful"),
    ("health", "sensitive", "web_form",
     "Reason for return: Other. Details: I'm type 1 diabetic and wear my insulin pump clipped at the "
     "waistband. The high-rise Elsie jeans put the seam exactly where the pump sits and it rubs. Please "
     "refund to original card."),
    ("health", "sensitive", "review_reply",
     "Review (2/5): Gorgeous colour but the Ferne trainers are impossible for me to get on from my "
     "wheelchair, the heel tab is tiny and the tongue folds under. || Agent: Thank you for telling us. "
     "We've passed this to our footwear team and emailed you a free return label; our adaptive range has "
     "side zips which may suit you better."),
    ("health", "sensitive", "voicemail",
     "Hi, it's Folake Oyelaran, I'm booked with the Style Suite on the 9th. Just to let the stylist "
     "know, I'm six weeks post-mastectomy on the left side, so I'll need pocketed bras and nothing tight "
     "under the arm. Call me back on 07700 914 226. Thanks."),
    ("health", "sensitive", "agent_note",
     "Return outside 30 days approved as exception. Cust explained she was admitted to hospital with "
     "pneumonia on 2 May and discharged 24 May, so missed the window. Items unworn. Refund issued."),
    ("health", "sensitive", "email",
     "Dear Sir/Madam, Greetings. My mother is having rheumatoid arthritis in both hands and she is "
     "unable to do buttons since last year. Kindly suggest kurtas or tunics with magnetic or velcro "
     "closure in size L. Please do the needful at the earliest. Regards, Pradeep Nair"),
    ("health", "sensitive", "chat",
     "random q but do any of your jumpsuits have a looser waist? I've got a stoma bag and most of yours "
     "press right on it"),
    ("health", "sensitive", "email",
     "Hi, I just wanted to say thanks to Orla at the Grafton St store, she was great. But I have to be "
     "honest, I had a panic attack in the fitting room on Saturday because it was so packed and the "
     "music was so loud, and I had to leave without the coat. My counsellor suggested I ask whether you "
     "do quieter appointments, maybe first thing before opening? I'd still love the coat, it's the camel "
     "one, size 12. Sorry for the long email. Niamh"),
    ("health", "sensitive", "sms",
     "pls cancel WF-88213, the sertraline has me too sick to leave the house and I cant face a return "
     "trip. sorry"),
    ("health", "sensitive", "call",
     "Agent: How can I help today? || It's about the Cara trainers. My podiatrist has me in custom "
     "orthotics for plantar fasciitis and I need to know if the insole lifts out, because if not they're "
     "no use to me. || Agent: Yes, the Cara has a removable footbed, your orthotic should fit."),
    ("health", "sensitive", "web_form",
     "Alteration request: take in the waist of the Beatrix trousers by about 4cm and shorten 2cm. I've "
     "dropped two sizes since starting Mounjaro in January so nothing fits. Collect from Bath store."),
    ("health", "sensitive", "dm",
     "Good afternoon. Please I ordered the embroidered kaftan for my husband (WF-60217) but he is now "
     "admitted at Reddington Hospital since Sunday after a stroke. Kindly help me change the delivery to "
     "the hospital, Ward B, Victoria Island. God bless."),
    ("health", "sensitive", "agent_note",
     "Cust is profoundly deaf. Do NOT call; she asked for email or SMS only, or Relay UK if urgent. "
     "Added to contact prefs."),
    ("health", "sensitive", "email",
     "G'day, I was diagnosed with MS last year and my balance isn't what it was, so heels are out for "
     "good. Chasing some flats with proper grip for work, something that doesn't look orthopaedic. Any "
     "suggestions in a 7 wide? Cheers, Bec"),
    ("health", "sensitive", "chat",
     "is the Bloomline nursing top the one with the hidden zips? due in feb and want a couple sorted for "
     "when I'm feeding"),
    ("health", "sensitive", "review_reply",
     "Review (1/5): Fabric was scratchy, sent it back. || Agent: We're sorry, Marianne. As you mentioned "
     "on the phone that the seams set off your psoriasis, we've refunded in full and won't need the item "
     "back. Our cotton Softline range has flat seams if you'd like to try again."),
    ("health", "benign", "chat",
     "are the Recovery slides unisex sizing or do I go down one? I'm a men's 10"),
    ("health", "benign", "dm",
     "your new drop is SICK, obsessed with the cropped trench"),
    ("health", "benign", "email",
     "Hi, quick policy question: does the Circle card 20% off apply to the Bloomline maternity and "
     "nursing ranges, or are they excluded like the outlet? Thanks"),
    ("health", "benign", "web_form",
     "Product question: the Hospital Corners stripe pyjama set, is the fabric brushed cotton or poplin? "
     "The listing doesn't say."),
    ("health", "benign", "sms",
     "dying to know when the bottle green velvet blazer comes back in a 14!!"),
    ("health", "benign", "chat",
     "these heels look like they'd kill my feet lol, does the Noor come in a block heel version?"),
    ("health", "benign", "email",
     "Hello, we operate four community pharmacies in the Midlands and would like 24 navy embroidered "
     "polo shirts for counter staff, sizes attached. Can we set up a business account with invoicing? "
     "Regards, Harjit Sandhu, Operations Manager"),
    ("health", "benign", "email",
     "My dog has chewed the corner off the shoebox for the Winslow boots. The boots are untouched and "
     "unworn. Can I still return them even though the box isn't perfect?"),
    ("health", "benign", "chat",
     "your checkout's caught a virus or something, keeps bouncing me back to the basket"),
    ("health", "benign", "call",
     "Agent: Wrenfield, how can I help? || I'm a theatre nurse, on my feet twelve hours a shift, and "
     "I've heard good things about the Night Shift clog. Does it come in half sizes? || Agent: It does, "
     "from 3 to 8 in halves."),
    ("health", "benign", "review_reply",
     "Review (3/5): Sizing across your labels is a total headache, I'm a 10 in one and a 14 in another. "
     "|| Agent: Fair point! We're rolling out a single size guide across all our labels next month."),
    ("health", "benign", "email",
     "We're staging an amateur production of The Doctor's Dilemma in October and I'm doing the costumes. "
     "Do you ever sell off Edwardian-style frock coats or waistcoats from old window displays?"),
    ("health", "benign", "dm",
     "does the Pulse running legging pass the squat test? asking before I spend 60 quid"),
    ("health", "benign", "web_form",
     "How do I get red wine out of the Ivory suede mules? I tried water and it's left a ring."),
    ("health", "benign", "chat",
     "Hi, where is WF-30021? Tracking hasn't moved since Tuesday in Swindon."),
    ("health", "benign", "email",
     "Could you tell me what the return window is on sale items bought online? And do you refund the "
     "postage?"),
    ("health", "benign", "sms",
     "is hospital blue in the linen shirt more sky or teal? cant tell from pics"),
    ("health", "benign", "voicemail",
     "Hi, it's Andrew Kerr, calling about the Ludlow brogues. Honestly I'm mad about them, I just want "
     "to know if there's a tan version coming. Ring me back, cheers."),
    ("health", "benign", "chat",
     "lol the seam on my jeans just had a heart attack, split right up the back at a wedding. They're 3 "
     "weeks old, is that covered as faulty?"),
    ("health", "benign", "call",
     "Agent: Was there anything else? || Yeah, when I asked about the refund yesterday there was a "
     "massive pregnant pause from your colleague, so I'd just like it confirmed in writing. || Agent: "
     "Absolutely, I'll email you the confirmation now."),
    # ---- children
    ("children", "sensitive", "email",
     "Hi, I bought two grey Classmark pinafores (WF-31102) for Poppy who starts Reception in September. "
     "She's four and on the small side, so the 4-5 is miles too long. Is there a 3-4, or can your "
     "alterations team take up the hem? Thanks, Laura"),
    ("children", "sensitive", "chat",
     "my daughter's going into 3rd grade at Lincoln Elementary, do your uniform polos run big? she's "
     "usually a youth M"),
    ("children", "sensitive", "sms",
     "is the classmark blazer ok for a yr 7 boy, hes 11 but tall for his age. 32 chest?"),
    ("children", "sensitive", "web_form",
     "Circle card application. Name: Ethan Mbeki. Date of birth: 14/03/2013. Address: 22 Fenwick Rise, "
     "Sheffield S11 4QT. Email: ethanmbeki13@mailbox.example"),
    ("children", "sensitive", "dm",
     "Hello po! Do you have black school shoes for my Grade 2 kid? Size kids 13 po. Thank you po"),
    ("children", "sensitive", "call",
     "Agent: I can see the account holder's date of birth makes her 15, so before I change the delivery "
     "address I'll need a parent or guardian to confirm. || Yes, I'm her dad, Callum Reid. She ordered "
     "the prom shoes but they need to come to my address, 14 Keir Street."),
    ("children", "sensitive", "agent_note",
     "16-year-old (per DOB on form) tried to apply for a Circle card in the Leeds store. Card is 18+ "
     "only. Explained and gave leaflet for the parent-held Family account."),
    ("children", "sensitive", "email",
     "Hello, my ex-husband and I have shared custody of our boys, Max and Theo. Please send the school "
     "uniform order to my address (Flat 3, 9 Harrow Lane) and do not add his email to the account or "
     "tell him where I live. The boys are with me Monday to Thursday. Regards, Jo Whitlock"),
    ("children", "sensitive", "chat",
     "looking for first shoes for my 6 month old, she's trying to pull up on everything already. do you "
     "do a soft sole?"),
    ("children", "sensitive", "voicemail",
     "Hi, this is Sinead Brophy, calling about the alteration on Aoife's Communion dress, ticket number "
     "4471. She's only eight so would ye leave a bit of hem in it, she'll shoot up over the summer. "
     "Thanks a million, bye."),
    ("children", "sensitive", "email",
     "Respected Sir, My ward is studying in Class 5 in Delhi Public School, Noida. I require three sets "
     "of white shirt size 30 and two navy trousers. Kindly confirm availability and delivery date. "
     "Thanking you, R. Chauhan"),
    ("children", "sensitive", "sms",
     "do u have gym kit for a 12yo? PE starts mon and he's grown out of everything"),
    ("children", "sensitive", "agent_note",
     "Removed customer photo from product review #88312: it shows her son (she says he's 9) wearing the "
     "Classmark tracksuit with his school name visible. Emailed customer to explain minors' images "
     "policy."),
    ("children", "sensitive", "review_reply",
     "Review (5/5): Bought the leavers' hoodie for my lad who's just finished primary, lovely quality "
     "and the names printed perfectly. || Agent: Thank you! Wishing him all the best at big school."),
    ("children", "sensitive", "dm",
     "hi, my girl is Sec 1 this year, your modest PE tights got her size or not? she is XS in adult"),
    ("children", "sensitive", "web_form",
     "Alteration: take up Classmark pleated skirt 5cm. Wearer: Ava Lindqvist, age 13. Collect: Harrogate "
     "store."),
    ("children", "sensitive", "email",
     "Howzit, my laaitie starts Grade R in January and the school list says black velcro shoes, no "
     "laces. What sizes do you have in the Skipper range? Thanks, Riaan"),
    ("children", "sensitive", "chat",
     "can my 14 year old have her own login on my Circle card so she can spend my points? she keeps "
     "nicking my phone to do it"),
    ("children", "sensitive", "email",
     "Good day, I want to order school uniform for my two children in JSS1 and Primary 4 at Corona "
     "School. The JSS1 one is 11 years and the Primary 4 one is 8 years. Kindly send me the price list. "
     "Thank you."),
    ("children", "sensitive", "call",
     "Agent: What can I do for you? || Hi, I'm calling for my boy, he just started kindergarten and he "
     "can't do laces yet, so I need a velcro sneaker in a kids 11. The teacher asked. || Agent: Sure, "
     "the Bolt in kids 11 is in stock."),
    ("children", "sensitive", "sms",
     "any newborn booties 0-3m in stock? baby came 3 wks early and we've nothing that fits"),
    ("children", "sensitive", "agent_note",
     "Chargeback from Mrs Adeyemi: order WF-90412 was placed on her card by her daughter, who is 15. Mum "
     "confirmed she didn't authorise it. Refunded; items to be returned unopened."),
    ("children", "sensitive", "email",
     "Hi team, my Year 9 daughter needs a school-approved black leather lace-up and the Classmark Oxford "
     "is on the list. She's a women's 7.5. Do you ship to Perth? Cheers, Dana"),
    ("children", "sensitive", "chat",
     "my toddler flung one of her boots out of the pram in town, gone forever. she's 2. can I buy just "
     "the left boot in a 6?"),
    ("children", "sensitive", "dm",
     "need a prom dress for my 17yo, she's between an 8 and 10 and hates anything frilly, what would you "
     "suggest?"),
    ("children", "sensitive", "web_form",
     "Please delete my son's photos and body measurements from the Style Suite profile created on 3 "
     "March. He is 12 and I did not agree to his data being stored. Parent: K. Osei."),
    ("children", "sensitive", "email",
     "Hiya, our youngest is starting Junior Infants in St Brigid's in September and the crest jumper is "
     "on your site, do you do it in age 4-5? Also can you embroider her name, Clodagh? Thanks, Maeve"),
    ("children", "sensitive", "agent_note",
     "Callback re faded tracksuit WF-51330. Customer said it's for her 10-year-old's sports day on "
     "Friday; sent replacement next-day at no charge."),
    ("children", "sensitive", "chat",
     "Hi im 15 can i order without a credit card? || Agent: You'll need a parent or guardian to place "
     "the order for you, I'm afraid. || ok my mum will do it later"),
    ("children", "sensitive", "email",
     "Hello, my grandson Oliver turns five on the 20th and I'd like to send him the little dinosaur "
     "wellies in a size 10 with a gift note. Could you wrap them? Many thanks, Patricia"),
    ("children", "sensitive", "sms",
     "need 2 pr uniform khakis for my 8th grader, husky 14. ship by aug 20?"),
    ("children", "sensitive", "call",
     "Agent: Wrenfield, Amy speaking. || Hiya, my wee one's in P6, that's primary six, and the school's "
     "moved to a grey kilt skirt. Have you got it in the right age? || Agent: We have 9-10 and 10-11."),
    ("children", "sensitive", "web_form",
     "Account type: Junior Circle. Member name: Lily Tran. Member age: 12. Linked parent account: "
     "WF-C-44019."),
    ("children", "sensitive", "agent_note",
     "Mum asked to unsubscribe her son's email address from marketing. He's in Year 10 and signed "
     "himself up for the trainer drops. Unsubscribed and flagged account as under-18."),
    ("children", "sensitive", "dm",
     "the twins turn 3 next week, any matching raincoats in 3-4? one yellow one red ideally"),
    ("children", "benign", "email",
     "Dear Wrenfield, I'm the uniform coordinator at St Columba's Primary. Please could you issue a "
     "single invoice for our bulk order of 200 sky-blue crested polo shirts, delivered to the school "
     "office. PO number 5521. Kind regards, Mrs E. Haldane, Business Manager"),
    ("children", "benign", "chat",
     "does your kids' school range go up to age 16 or does it stop at 14?"),
    ("children", "benign", "dm",
     "is the Little Rebel sneaker coming back in adult sizes? the mustard one"),
    ("children", "benign", "sms",
     "im a big kid at heart, the dinosaur print shirt in mens L pls, is it in stock"),
    ("children", "benign", "web_form",
     "Bought a dog raincoat from your pet range in size Junior, it's too small for my spaniel. Can I "
     "swap it for a Medium?"),
    ("children", "benign", "email",
     "Hi, do you offer a teacher discount like some other retailers? I'm a secondary school maths "
     "teacher."),
    ("children", "benign", "chat",
     "kidding aside, WF-61208 is now 3 weeks late. where is it?"),
    ("children", "benign", "review_reply",
     "Review (4/5): The baby blue blazer is gorgeous, a bit boxy on me. || Agent: Thanks! It's a relaxed "
     "cut, so size down if you prefer a closer fit."),
    ("children", "benign", "call",
     "Agent: How can I help? || I'm after the Schoolyard trainer in an adult nine, the white and green. "
     "|| Agent: Let me check... yes, two left in Leeds."),
    ("children", "benign", "email",
     "Can you tell me whether your school uniform suppliers have been independently audited for labour "
     "standards? I'm writing a piece for an ethical fashion newsletter."),
    ("children", "benign", "sms",
     "is there a back to school sale this yr or not"),
    ("children", "benign", "chat",
     "I'm 42 and still get asked for ID buying wine, which is flattering. Anyway, how do I merge two "
     "Circle cards?"),
    ("children", "benign", "dm",
     "my character in Academy Days wears a blazer exactly like your Hartley one lol, doing a cosplay, do "
     "you have it in adult S?"),
    ("children", "benign", "email",
     "I'm launching my novel, set in a 1950s girls' boarding school, and want to dress up for the "
     "reading. Do you sell anything like a vintage gymslip in adult sizes?"),
    ("children", "benign", "web_form",
     "Business enquiry: we run a childminding business with four adult staff and want branded fleeces "
     "(navy, embroidered logo). Sizes S, M, M, XL."),
    ("children", "benign", "chat",
     "what's the difference between youth and adult sizing on your trainers? is a youth 6 the same as an "
     "adult 6?"),
    ("children", "benign", "review_reply",
     "Review (5/5): The baby-doll dress is true to size, I'm a UK 12 and the 12 is perfect. || Agent: "
     "Lovely to hear, thanks for the review!"),
    ("children", "benign", "email",
     "Your new website is having some growing pains: the search bar returns nothing for chelsea boot. "
     "Thought you'd want to know."),
    ("children", "benign", "sms",
     "can I send a gift voucher to someone without an email address? by post?"),
    ("children", "benign", "chat",
     "Nursery order: I run Fernleigh garden nursery and want 10 heavy-duty canvas aprons, do you do "
     "trade prices?"),
    ("children", "benign", "email",
     "Hello, I'm graduating with my master's in July and need my gown hem shortened. It's a hire but "
     "they allow tacking. Can your alterations team do it?"),
    ("children", "benign", "dm",
     "my cat has claimed the shoebox as her bed, any chance you sell the boxes on their own lol"),
    ("children", "benign", "chat",
     "do you do a student discount for university students? I'm at Leeds Uni"),
    ("children", "benign", "email",
     "Hi, I'd like to exchange the Maren coat in 12 for a 14. Order WF-27790. Thanks."),
    ("children", "benign", "web_form",
     "Change of address for Circle card: 5 Orchard Close, Taunton TA1 2XP."),
    ("children", "benign", "dm",
     "is the Teen Spirit graphic tee 100% cotton? want it oversized, adult L"),
    ("children", "benign", "email",
     "We manage three care homes and need tunics and trousers for 60 adult care staff. Can we get a "
     "corporate quote?"),
    ("children", "benign", "chat",
     "do you have a printable foot measuring guide for kids' shoes on your site? couldn't find it"),
    ("children", "benign", "email",
     "Hello, we're a dance school and need 30 black leotards in adult sizes for our teachers' showcase. "
     "Is there wholesale pricing?"),
    ("children", "benign", "sms",
     "they say act your age but im getting the glitter boots in a 7 anyway. in stock?"),
    ("children", "benign", "chat",
     "Mother of the bride outfit help: I'm 58, a size 16, and want something not too frumpy for a July "
     "wedding"),
    ("children", "benign", "call",
     "Agent: Wrenfield, how can I help? || Hi, I'm a buyer for Harlow Uniforms, a schoolwear shop in "
     "Essex. We'd like to stock your Classmark range wholesale. || Agent: I'll put you through to our "
     "trade team."),
    ("children", "benign", "review_reply",
     "Review (2/5): The kids' section in the Croydon store is a mess every time I walk past it to get to "
     "menswear. || Agent: Thanks for flagging, we've asked the store to tidy it."),
    ("children", "benign", "email",
     "I'm a journalist writing about the cost of school uniforms. What is Wrenfield's policy when a "
     "school changes supplier: do you take back unworn crested items?"),
    ("children", "benign", "dm",
     "kid gloves are back?? the tan leather ones, need a 7.5"),
    # ---- financial_hardship
    ("financial_hardship", "sensitive", "email",
     "Hello, I was made redundant last month and I'm struggling to keep up with the Pay-in-3 on order "
     "WF-70216. Is there any way to pause the last instalment until I find work? I don't want it to go "
     "to a debt agency. Thanks, Mark"),
    ("financial_hardship", "sensitive", "sms",
     "sorry cant pay the last instalment till my UC comes in on the 14th, can u hold off the late fee"),
    ("financial_hardship", "sensitive", "call",
     "Agent: You're through to Wrenfield accounts. || I've had a letter from Marlow Recoveries saying "
     "they're collecting a debt for you lot, 186 pounds, and I honestly don't have it. Can I set up a "
     "plan with you directly? || Agent: Let's look at the account together."),
    ("financial_hardship", "sensitive", "chat",
     "returning everything from my last order, we got evicted on monday and I need the refund for a "
     "deposit on a room"),
    ("financial_hardship", "sensitive", "agent_note",
     "Customer is in an IVA and asked to close her Wrenfield store credit account. Marked as vulnerable; "
     "interest frozen; no further marketing."),
    ("financial_hardship", "sensitive", "web_form",
     "Cancel my Style Suite monthly subscription please. I'm on jobseeker's now and can't justify it."),
    ("financial_hardship", "sensitive", "dm",
     "Please I beg you, help me process this refund quickly. My salary has not been paid for four months "
     "and the landlord is on my neck. Order WF-40981."),
    ("financial_hardship", "sensitive", "email",
     "Hi, I filed Chapter 7 last week and my attorney needs a statement of the current balance on my "
     "Wrenfield store card for the schedules. Can you email it to me? Account ending 4471."),
    ("financial_hardship", "sensitive", "voicemail",
     "Hiya, it's Donna, order WF-66102. Could you hold it rather than send it? Things are tight, I had "
     "to use the food bank this week, so I'll pick it up when I'm paid. Ta."),
    ("financial_hardship", "sensitive", "review_reply",
     "Review (2/5): Your credit team keeps ringing me. || Agent: Hi Sam, we're sorry. As you told us "
     "you're in arrears and on a debt management plan with StepChange, we've paused calls and frozen "
     "interest on the account."),
    ("financial_hardship", "sensitive", "chat",
     "Sir my company did layoff of 200 persons including me and I am without job now. Kindly cancel the "
     "EMI on shoes order and refund whatever is paid."),
    ("financial_hardship", "sensitive", "email",
     "Hi, I'm on the dole since the plant in Athlone shut in the spring, and I bought the winter coat "
     "before all that. It's still tagged. I know it's past the 30 days but would ye take it back? Every "
     "euro counts at the minute. Thanks, Declan"),
    ("financial_hardship", "sensitive", "sms",
     "im on PIP and ESA and 4.99 return postage is a lot for me, any chance of a free label"),
    ("financial_hardship", "sensitive", "call",
     "Agent: The balance has been passed to our collections team. || I know. I've got three cards in "
     "default and a CCJ coming, I'm not trying to dodge it, I just need a plan I can actually pay. || "
     "Agent: Understood, let's look at what's affordable."),
    ("financial_hardship", "sensitive", "agent_note",
     "Cust says bailiffs took her car last week and her current account is frozen. Wants refund for "
     "returned coat paid to her sister's account instead. Explained we can only refund to original card; "
     "offered gift card."),
    ("financial_hardship", "sensitive", "web_form",
     "Reason for closure: I've been declared bankrupt. Please close my store card and confirm in writing "
     "for the Official Receiver."),
    ("financial_hardship", "sensitive", "dm",
     "hi po, I lost my work last month, can I still return the dress even past 30 days? I need the money "
     "for rent po. thank you"),
    ("financial_hardship", "sensitive", "email",
     "Good day, I was retrenched at the end of June and I'm cancelling my Circle Plus paid membership. "
     "Please can you refund the remaining months? Regards, Thabo"),
    ("financial_hardship", "sensitive", "chat",
     "my wages got garnished this month so the payment bounced, can you retry it on friday?"),
    ("financial_hardship", "sensitive", "email",
     "Hello, I hope this is the right place. My housing benefit was stopped by mistake in April and by "
     "the time it was sorted I'd fallen behind on everything, including the Wrenfield account. I've rent "
     "arrears now and the store card is showing late fees of 36 pounds. I'm not asking to get out of "
     "paying, I just wondered whether the fees could be waived given the circumstances. Thank you, Ruth "
     "Pemberton"),
    ("financial_hardship", "benign", "chat",
     "card declined at checkout but my bank says nothing's blocked? tried twice"),
    ("financial_hardship", "benign", "dm",
     "bought three pairs in your sale, I'm officially broke lol, worth it"),
    ("financial_hardship", "benign", "email",
     "Can I use Pay-in-3 on sale items, or is it full price only?"),
    ("financial_hardship", "benign", "web_form",
     "I've been charged twice for order WF-81144 (62.00 x2). Please refund the duplicate."),
    ("financial_hardship", "benign", "sms",
     "does the Benefit brow pencil count toward the beauty offer? it's in your beauty hall"),
    ("financial_hardship", "benign", "chat",
     "how do I redeem my Circle points online? can't see the option at checkout"),
    ("financial_hardship", "benign", "email",
     "Hi, my refund for WF-33710 hasn't shown up and it's been eight working days. Can you check?"),
    ("financial_hardship", "benign", "email",
     "Wholesale account WHS-2210: please send this month's invoice with our usual net-30 terms to "
     "accounts@brightwellboutique.example."),
    ("financial_hardship", "benign", "chat",
     "do you price match? the same boots are 15 quid cheaper on another site"),
    ("financial_hardship", "benign", "review_reply",
     "Review (5/5): This sale is going to bankrupt me, everything is gorgeous. || Agent: Ha, we'll take "
     "that as a compliment!"),
    ("financial_hardship", "benign", "web_form",
     "How do I remove an old expired card from my saved payment methods? Checkout keeps defaulting to "
     "it."),
    ("financial_hardship", "benign", "sms",
     "code RECOVERY20 from the email isnt working at checkout"),
    ("financial_hardship", "benign", "call",
     "Agent: Wrenfield, how can I help? || I work in debt collection, desk job but I'm up and down all "
     "day, and I need a smart shoe that doesn't hurt by five. What have you got in a 9? || Agent: The "
     "Holloway derby is really popular."),
    ("financial_hardship", "benign", "chat",
     "can I split payment between a gift card and my credit card?"),
    ("financial_hardship", "benign", "email",
     "My order was charged in AUD but my bank converted it at a worse rate than your site showed. Why "
     "the difference?"),
    ("financial_hardship", "benign", "email",
     "Hello, I coordinate donations for Northfield Community Food Bank's clothing rail. Does Wrenfield "
     "donate unsold or returned stock, and who should I contact?"),
    ("financial_hardship", "benign", "dm",
     "does the Interview Ready suit bundle include the shirt or just jacket and trousers?"),
    ("financial_hardship", "benign", "web_form",
     "Do you offer tax-free shopping for overseas visitors in the London stores?"),
    ("financial_hardship", "benign", "chat",
     "can I put my loyalty points toward a gift card for my sister?"),
    ("financial_hardship", "benign", "call",
     "Agent: Go ahead. || Just checking the Pay-in-3: if I return one item from the order, does the next "
     "instalment go down? || Agent: Yes, it's recalculated automatically."),
    # ---- legal
    ("legal", "sensitive", "email",
     "Hi, I need copies of receipts for everything bought on my account between March and August. My "
     "solicitor has asked for them for the financial disclosure in my divorce. Thanks, Helen Ashworth"),
    ("legal", "sensitive", "chat",
     "my ex is taking me to court over the house, hearing is 12 June, can I get the navy suit trousers "
     "taken up by then?"),
    ("legal", "sensitive", "agent_note",
     "Police (DC Hanley, West Yorks) requested CCTV from Leeds Briggate store re theft on 14/09 "
     "involving customer Martin Farrow. Passed to Loss Prevention. Do not discuss with customer."),
    ("legal", "sensitive", "sms",
     "cant collect WF-44120, on remand til fri. my sister Kezia Brown will pick it up, she has the code"),
    ("legal", "sensitive", "web_form",
     "I was arrested in your Cardiff store last November and the charges were dropped. I'd like "
     "confirmation that my photo and name have been removed from any store security list. Ref: "
     "CF-SEC-119."),
    ("legal", "sensitive", "call",
     "Agent: What can I help with? || The Harlow knee boots, have you got a wider calf? I'm on an "
     "electronic tag till March and the standard shaft won't go over it. || Agent: We have the Harlow "
     "Wide Calf, 2cm extra."),
    ("legal", "sensitive", "email",
     "To whom it may concern, I am represented by counsel in a personal injury lawsuit arising from my "
     "fall at your Chicago store on March 3. My attorney advises me to request all incident reports and "
     "footage. Please direct correspondence to Bellamy & Cruz LLP."),
    ("legal", "sensitive", "voicemail",
     "Hi, it's Carys Lloyd, account WF-C-20385. I have a restraining order against my former partner, "
     "Gareth, and he may ring up pretending to be me. Please don't give out any details or delivery "
     "addresses. Thank you."),
    ("legal", "sensitive", "dm",
     "your delivery van reversed into my car this morning, I've reported it to the police, crime ref "
     "4410/22/09. who do I send the insurance stuff to?"),
    ("legal", "sensitive", "review_reply",
     "Review (1/5): Still no refund after 8 weeks. || Agent: Hi Priya, as you've told us you've now "
     "started a small claims case, our legal team will respond directly to the court papers. We've also "
     "processed the refund today."),
    ("legal", "sensitive", "chat",
     "Please my brother was detained by police at Ikeja on Friday and they seized his phone, so he "
     "cannot receive the OTP to confirm his order. Can I confirm on his behalf?"),
    ("legal", "sensitive", "agent_note",
     "During chat about store jobs, customer disclosed a previous conviction for shoplifting (2019) and "
     "asked if it would bar her. Redirected to careers team; did not record details on CRM."),
    ("legal", "sensitive", "email",
     "Dear Team, my parcel WF-52018 was stolen from the doorstep and an FIR has been lodged at "
     "Koramangala police station. Kindly resend or refund. FIR copy attached."),
    ("legal", "sensitive", "sms",
     "court on tues, need plain black shoes by mon, is next day delivery guaranteed?"),
    ("legal", "sensitive", "web_form",
     "My probation officer says I need smart clothes for a job interview next week. Do you have a simple "
     "suit under 80 pounds in a 34 waist?"),
    ("legal", "sensitive", "call",
     "Agent: Wrenfield, how can I help? || I need an itemised history of the clothes I bought last year. "
     "A leak in my flat wrecked them and I'm taking the landlord to the tribunal for the cost. || Agent: "
     "I can email that to you."),
    ("legal", "sensitive", "email",
     "Hi, my lawyer will be sending a letter about the injury I got on the escalator at your Chadstone "
     "store in July. In the meantime can you stop emailing me sale stuff. Thanks, Kylie"),
    ("legal", "sensitive", "dm",
     "pls dont put my full name on the review reply, I'm a prosecution witness in a trial at the moment "
     "and I'd rather not be findable"),
    ("legal", "sensitive", "agent_note",
     "Customer explained she's on bail with a condition not to enter Bristol city centre, so can't "
     "return to the Cabot Circus store. Issued prepaid postal return."),
    ("legal", "sensitive", "chat",
     "can I get my full order history printed with dates? my immigration solicitor needs proof I was "
     "living in the UK for my appeal hearing"),
    ("legal", "benign", "email",
     "Hello, we're Harcourt & Vale LLP and would like to open a business account. We need fifteen "
     "tailored suits for our incoming trainee solicitors, with fittings at our Manchester office if "
     "possible. Regards, Office Manager"),
    ("legal", "benign", "dm",
     "the Legally Blonde pink blazer, is it coming back for the musical revival? I need one"),
    ("legal", "benign", "sms",
     "is the Verdict ankle boot true to size"),
    ("legal", "benign", "chat",
     "Your terms say returns must show reasonable wear only. What counts as reasonable, legally?"),
    ("legal", "benign", "email",
     "Under the Consumer Rights Act I understand there's a 30-day right to reject faulty goods. Does "
     "that apply to sale items bought online with you?"),
    ("legal", "benign", "call",
     "Agent: How can I help? || I'm a barrister and I need a plain black skirt suit that's "
     "court-appropriate, nothing shiny. Size 12. || Agent: The Temple suit would be ideal."),
    ("legal", "benign", "review_reply",
     "Review (3/5): 90 quid for a plain tee is criminal. Nice fabric though. || Agent: Thanks for the "
     "honest feedback!"),
    ("legal", "benign", "chat",
     "are the Patrol aviator sunglasses polarised?"),
    ("legal", "benign", "email",
     "Hi, fancy-dress question: do you ever stock judges' wigs or black gowns? We're doing a "
     "courtroom-themed 40th."),
    ("legal", "benign", "dm",
     "hosting a 1920s murder mystery party, need a pinstripe suit for the detective role, what have you "
     "got"),
    ("legal", "benign", "sms",
     "my parcel's in arrested development, tracking hasn't changed in 6 days. WF-91220"),
    ("legal", "benign", "web_form",
     "I'd like to make a subject access request for all personal data Wrenfield holds on me. Account "
     "WF-C-55120."),
    ("legal", "benign", "chat",
     "quick one, is the leopard print on the Sadie dress copyrighted? I want to make matching cushions "
     "for myself, not to sell"),
    ("legal", "benign", "email",
     "A security tag was left on the jacket I ordered online (WF-60118). Can I pop into a store to have "
     "it removed?"),
    ("legal", "benign", "chat",
     "do you take the Blue Light Card discount for police and NHS staff?"),
    ("legal", "benign", "dm",
     "getting married at the registry office in May, looking for a simple ivory dress, nothing too "
     "bridal"),
    ("legal", "benign", "email",
     "Our book club is reading a legal thriller and we're dressing as the characters. Any sharp trouser "
     "suits in the sale?"),
    ("legal", "benign", "web_form",
     "Order WF-77301 arrived missing the belt. Please send it."),
    ("legal", "benign", "email",
     "Hello, I own a small boutique in Kendal and would like to know the trademark rules on using the "
     "Wrenfield name in our window signage if we stock your range."),
    ("legal", "benign", "call",
     "Agent: What can I do for you? || I'm a police officer and I need comfy black shoes for "
     "plain-clothes days, non-slip ideally. || Agent: Try the Patrol Lite, it's slip resistant."),
    # ---- special_categories
    ("special_categories", "sensitive", "dm",
     "need an abaya for Eid prayers at the mosque, if I order today will it come by friday?"),
    ("special_categories", "sensitive", "email",
     "Hello, I'm an Orthodox Jew and I keep Shabbat, so please don't book any deliveries between Friday "
     "afternoon and Saturday night. Also could you confirm the Ilana skirt is fully below the knee on a "
     "5'8 frame? Thanks, Rivka"),
    ("special_categories", "sensitive", "chat",
     "sunday delivery won't work, I'm at church all morning, I lead the choir at St Mark's. can we do "
     "saturday?"),
    ("special_categories", "sensitive", "agent_note",
     "Style Suite booking: customer is Sikh and wears a turban; asked the stylist not to include hats or "
     "headwear in the edit. Noted on profile."),
    ("special_categories", "sensitive", "call",
     "Agent: When would you like to collect? || After seven only, I'm fasting for Navratri and I go to "
     "the temple before. || Agent: No problem, the store's open till nine."),
    ("special_categories", "sensitive", "email",
     "As a Black woman with natural hair, I found your one-size hooded coats a joke, the hood doesn't go "
     "over my afro at all. Please consider a roomier hood. Regards, Abena"),
    ("special_categories", "sensitive", "review_reply",
     "Review (2/5): Your nude heels only go to a medium beige. As someone of South Asian heritage, nude "
     "for me is a warm brown. || Agent: You're absolutely right, Meera. We're extending the shade range "
     "this autumn."),
    ("special_categories", "sensitive", "chat",
     "I'm Romani and your security guard at the Stockport store followed me round the whole time. I'd "
     "like to make a complaint."),
    ("special_categories", "sensitive", "web_form",
     "Fit profile notes: I'm of Korean descent, 5'1, narrow shoulders; most of your tailoring is cut too "
     "long in the body for me."),
    ("special_categories", "sensitive", "dm",
     "I'm branch secretary for our local Green Party and need 40 green hoodies printed for canvassing. "
     "Can you do a bulk quote?"),
    ("special_categories", "sensitive", "email",
     "Hi, I'll be on the Palestine solidarity march in London on Saturday and my boots have died. Can "
     "you get the Trail Walker in a 6 to me by Friday? Sara"),
    ("special_categories", "sensitive", "agent_note",
     "Customer said she is standing as a Labour council candidate and wore the red dress for her "
     "hustings photo; wants to return it. Item worn, declined; offered 20% off next purchase."),
    ("special_categories", "sensitive", "sms",
     "need my order before the Reform rally sat, im marshalling. WF-30092"),
    ("special_categories", "sensitive", "email",
     "Could you send my order to the GMB branch office at 14 Canal Street instead of home? I'm the shop "
     "steward there and I'm in all week. Thanks, Pat Kearney"),
    ("special_categories", "sensitive", "call",
     "Agent: Which day suits for delivery? || Any day next week, I'm on strike with the RMT so I'll be "
     "home. || Agent: I'll book Tuesday."),
    ("special_categories", "sensitive", "chat",
     "can I use my NEU membership number for the teachers' discount or do you need a payslip?"),
    ("special_categories", "sensitive", "agent_note",
     "Customer mentioned she's a Unison member and her union rep is advising her about an injury at "
     "work; she needs steel-toe alternatives. Recommended the Forge boot."),
    ("special_categories", "sensitive", "chat",
     "me and my wife are both wearing suits at our wedding, no dresses! can we book a joint personal "
     "shopping slot?"),
    ("special_categories", "sensitive", "dm",
     "hey it's Tom, me and my boyfriend want matching outfits for Pride next month, what's in the "
     "rainbow edit?"),
    ("special_categories", "sensitive", "email",
     "I'm a gay man, and when I asked your Brighton sales assistant for help with a fitted shirt he made "
     "a smirking comment about it being for the boyfriend. I didn't appreciate the tone and want to "
     "raise it. Regards, Liam"),
    ("special_categories", "sensitive", "web_form",
     "Style Suite questionnaire, anything else we should know: I'm bisexual and love androgynous looks, "
     "please don't just show me dresses."),
    ("special_categories", "sensitive", "email",
     "Ordering the Dahlia lace set for a weekend away with my two partners (we're a polyamorous triad). "
     "Could it arrive by Thursday in discreet packaging? Thanks"),
    ("special_categories", "sensitive", "chat",
     "does the lingerie come in plain packaging? my partner and I do BDSM photo shoots and I'd rather "
     "the neighbours didn't see the corset box lol"),
    ("special_categories", "sensitive", "agent_note",
     "Returned corset WF-88120, torn lacing. Customer volunteered it was worn at a swingers' party. Item "
     "worn; return declined per hygiene policy."),
    ("special_categories", "sensitive", "email",
     "Hi, I've changed my name and I use they/them pronouns now. Please update my Circle card from Sarah "
     "Doyle to Sam Doyle and the title to Mx. Thanks, Sam"),
    ("special_categories", "sensitive", "chat",
     "im trans and 6 months on HRT, my chest has changed and I have no idea about bra sizing, can "
     "someone help me measure?"),
    ("special_categories", "sensitive", "dm",
     "does your personal shopper do appointments for trans women? I'd like to try the dresses in a "
     "private room"),
    ("special_categories", "sensitive", "call",
     "Agent: And is the account under Mr or Ms? || Ms now. I transitioned last year, I've emailed the "
     "deed poll. Can you update the name to Charlotte? || Agent: Done, thank you."),
    ("special_categories", "sensitive", "web_form",
     "Update my title to Mx and remove the gender field from my profile. Name stays the same."),
    ("special_categories", "sensitive", "email",
     "Hi, I tested positive for the BRCA2 gene and I'm having a preventative double mastectomy in the "
     "autumn. Can your Style Suite recommend front-fastening tops for afterwards? Anna"),
    ("special_categories", "sensitive", "chat",
     "lol my DNA test says I'm 40% Irish so I'm finally buying the Aran jumper. is the cream one in an "
     "M?"),
    ("special_categories", "sensitive", "agent_note",
     "Cust said genetic testing confirmed she has hypermobile Ehlers-Danlos; needs supportive ankle "
     "boots. Recommended the Bracken lace-up."),
    ("special_categories", "sensitive", "web_form",
     "Please delete the 3D body scan and face image taken of me in the Fit Booth at your Oxford Street "
     "store on 2 August. I want written confirmation."),
    ("special_categories", "sensitive", "email",
     "Your in-store Smart Mirror captured my face and built a profile without asking me. I want my "
     "facial geometry data deleted and to know who it was shared with. Regards, Dr. Fenwick"),
    ("special_categories", "sensitive", "chat",
     "your phone line enrolled my voiceprint for security without me agreeing. How do I get it deleted?"),
    ("special_categories", "benign", "chat",
     "do the maxi skirts in the Covered Collection have pockets?"),
    ("special_categories", "benign", "sms",
     "is the Pilgrim loafer in tan back? 8 please"),
    ("special_categories", "benign", "dm",
     "Manifesto tote bag, is it canvas or polyester?"),
    ("special_categories", "benign", "email",
     "I religiously check your new-in page every Friday and the Marlowe trench has been coming soon for "
     "a month. Any date?"),
    ("special_categories", "benign", "email",
     "Hello, I'm the administrator at St Aidan's Church and we'd like to order 20 black choir robes. Is "
     "there a bulk discount? Regards, Parish Office"),
    ("special_categories", "benign", "chat",
     "do you publish which factories make your clothes and whether the workers there are unionised?"),
    ("special_categories", "benign", "sms",
     "rainbow sandals back in stock? the strappy ones"),
    ("special_categories", "benign", "dm",
     "the Regency dress in the Pride & Prejudice edit, is the empire line flattering on a pear shape?"),
    ("special_categories", "benign", "web_form",
     "Do you have a gender-neutral size chart for the unisex hoodies? The men's and women's charts "
     "disagree."),
    ("special_categories", "benign", "email",
     "Does your app use facial recognition for the virtual try-on, and if so is anything stored? Asking "
     "before I download."),
    ("special_categories", "benign", "chat",
     "is the cotton in the Origin tees organic and non-GMO?"),
    ("special_categories", "benign", "dm",
     "I voted for the leopard print in your Instagram poll! when does it launch?"),
    ("special_categories", "benign", "review_reply",
     "Review (5/5): Heavenly soft jumper, I live in it. || Agent: Thanks so much!"),
    ("special_categories", "benign", "sms",
     "last order date for christmas delivery?"),
    ("special_categories", "benign", "email",
     "How do I get fingerprint smudges off the black patent Mia heels without damaging them?"),
    ("special_categories", "benign", "dm",
     "are the Zen slippers machine washable"),
    ("special_categories", "benign", "email",
     "Hello, we're a bridal boutique in Leicester and would like to stock your Covered Collection bridal "
     "range wholesale. Who do I speak to?"),
    ("special_categories", "benign", "email",
     "I'm writing a fantasy novel and one of my characters is a high priestess. Your Selene cape is "
     "exactly what I picture. Could I use a product photo on my book blog with credit?"),
    ("special_categories", "benign", "dm",
     "my D&D cleric cosplay needs a long hooded robe, the Morwen cape in black looks perfect, is it "
     "floor length on a 5'10?"),
    ("special_categories", "benign", "chat",
     "Hallelujah, parcel finally arrived after two weeks. But it's the wrong colour"),
    ("special_categories", "benign", "web_form",
     "Do proceeds from the Pride collection go to a charity, and which one?"),
    ("special_categories", "benign", "chat",
     "do your staff wear pronoun badges? saw it in another shop and wondered if it's company policy"),
    ("special_categories", "benign", "sms",
     "union jack socks in a 6-8 pls"),
    ("special_categories", "benign", "email",
     "Will the Black Friday discount stack with my Circle card 10%?"),
    ("special_categories", "benign", "dm",
     "Sex Pistols band tee, is it the faded or bright print?"),
    ("special_categories", "benign", "email",
     "Hi, we're a branding agency and we'd love to pitch a refresh of the Wrenfield brand DNA. Who "
     "handles marketing partnerships?"),
    ("special_categories", "benign", "chat",
     "straight-leg or bootcut for someone 5'4? never know"),
    ("special_categories", "benign", "chat",
     "my left shoe is half a size bigger than the right, very left-wing of it. can I swap just the left?"),
    ("special_categories", "benign", "review_reply",
     "Review (5/5): Bless Jade at the Exeter store, she found my size in the stockroom. || Agent: We'll "
     "pass on your thanks to Jade!"),
    ("special_categories", "benign", "chat",
     "do the modest-wear tunics come in tall lengths?"),
    ("special_categories", "benign", "web_form",
     "What are the store opening hours during Ramadan and on Eid? Just general info for planning a "
     "visit."),
    ("special_categories", "benign", "email",
     "Need a kilt outfit for a ceilidh on Saturday, we'll be doing the Gay Gordons so it has to move. "
     "What do you have in a 36 waist?"),
    ("special_categories", "benign", "chat",
     "which of your coats count as trans-seasonal? want something for march"),
    ("special_categories", "benign", "email",
     "I have very catholic tastes in shoes, from brogues to platforms. Is there a way to save one "
     "wishlist across categories?"),
    ("special_categories", "benign", "call",
     "Agent: Wrenfield, how can I help? || The Bi-Fold wallet in oxblood, is it real leather? || Agent: "
     "Yes, full-grain."),
    # ---- bereavement
    ("bereavement", "sensitive", "email",
     "Hello, my husband Alan passed away in March. Please close his Circle card (ending 3391) and, if "
     "possible, transfer his points to mine. Thank you, Brenda Cole"),
    ("bereavement", "sensitive", "sms",
     "need a black dress for a funeral fri, its my mum's. size 14. anything in stock at the Derby store?"),
    ("bereavement", "sensitive", "chat",
     "since dad died I've been sorting his wardrobe, there's a pair of your shoes still boxed from 2 "
     "months ago, can I return them?"),
    ("bereavement", "sensitive", "call",
     "Agent: How can I help? || I'm ringing about my late wife's account. The emails keep coming and I'd "
     "like them stopped. || Agent: I'm so sorry. I'll close the account today."),
    ("bereavement", "sensitive", "agent_note",
     "Customer's son died earlier this year; she asked not to get Father's Day or family-gifting emails. "
     "Suppressed seasonal campaigns."),
    ("bereavement", "sensitive", "web_form",
     "Account holder deceased. Name: Gerald Hughes. Date of death: 11/02. Executor: Susan Hughes. "
     "Probate reference attached. Please close the account and refund store credit to the estate."),
    ("bereavement", "sensitive", "voicemail",
     "Hi, it's Bernie Kavanagh. I've the navy coat being altered in the Limerick shop and I need it by "
     "Tuesday for the removal, and then the month's mind after. Could ye ring me if it'll be ready. "
     "Thanks."),
    ("bereavement", "sensitive", "dm",
     "Good evening, we are doing the burial of my father in Enugu on Saturday and we need 12 black aso "
     "ebi outfits. Please can you deliver by Thursday?"),
    ("bereavement", "sensitive", "review_reply",
     "Review (5/5): Staff were so kind when I came in last week. || Agent: Thank you, Gail. We're so "
     "sorry for the loss of your sister and glad the team could help you find something for her service."),
    ("bereavement", "sensitive", "email",
     "Respected Sir, my grandfather expired last Monday. I had ordered white kurtas (WF-40216) for the "
     "family for the 13th-day ceremony. Kindly expedite, they are required by 22nd. Regards, Vikram"),
    ("bereavement", "sensitive", "chat",
     "I was widowed last year and I'm finally ready to refresh my wardrobe. Could I book the personal "
     "shopping? Nothing black please"),
    ("bereavement", "sensitive", "sms",
     "pls stop sending post to Margaret Okafor at this address, she died in jan. her daughter"),
    ("bereavement", "sensitive", "call",
     "Agent: What can I do for you? || The parcel, WF-72290, it's for my brother, it was his birthday, "
     "but he... he passed on Sunday. Can I cancel it? || Agent: Of course, I'm so sorry. It's cancelled "
     "and refunded."),
    ("bereavement", "sensitive", "agent_note",
     "Customer lost her baby at 30 weeks (stillbirth). Cancelled Bloomline order WF-61440, refund "
     "without return, removed from maternity marketing."),
    ("bereavement", "sensitive", "email",
     "Good morning, my mom's memorial service is this Saturday in Durban. I need a black two-piece in a "
     "38, can you courier it by Thursday? Thank you, Nomsa"),
    ("bereavement", "sensitive", "dm",
     "hi po, for the wake of my lola we need a black barong and 3 black dresses, can deliver to Quezon "
     "City by wednesday po?"),
    ("bereavement", "sensitive", "web_form",
     "Reason for return: the jumper was a gift for my grandmother and she passed away before I could "
     "give it to her. Unworn, tags on."),
    ("bereavement", "sensitive", "email",
     "Hi, Dad's funeral is on the 18th in Geelong and I need a dark suit for my husband, 102R. Can you "
     "express it? Thanks, Shona"),
    ("bereavement", "sensitive", "chat",
     "the shirt was meant for my partner's birthday next week but he died in a car crash on saturday. "
     "can I cancel?"),
    ("bereavement", "sensitive", "voicemail",
     "Hello, it's Peter Malik, I'm calling to cancel the alteration on my father's suit, ticket 2281. We "
     "won't need it now, he's gone. The service was yesterday. Thank you."),
    ("bereavement", "benign", "email",
     "Hello, Hollins & Daughter Funeral Directors here. We'd like a business account for six black wool "
     "overcoats and six pairs of black gloves for our bearers. Invoice to our Kettering office. Regards, "
     "Ms P. Hollins"),
    ("bereavement", "benign", "chat",
     "your website died on me halfway through checkout, did my order go through?"),
    ("bereavement", "benign", "email",
     "Our old cat passed away last week and she always slept on the faux-fur throw I bought from you. Do "
     "you still sell it? I'd like a fresh one."),
    ("bereavement", "benign", "dm",
     "is the Widow black lace midi still available in a 10?"),
    ("bereavement", "benign", "chat",
     "do you ever sell deadstock sneakers from old seasons?"),
    ("bereavement", "benign", "sms",
     "those burgundy boots are to die for. 5 in stock?"),
    ("bereavement", "benign", "web_form",
     "General question: is there a guide on your blog to what counts as appropriate funeral attire if "
     "you don't own much black?"),
    ("bereavement", "benign", "email",
     "I collect Victorian mourning jewellery and wondered if your vintage-inspired jet brooch is real "
     "jet or glass?"),
    ("bereavement", "benign", "chat",
     "halloween costume help: going as a zombie bride, need a cheap white dress I can rip up"),
    ("bereavement", "benign", "dm",
     "died 40 times to the same boss in Elden Ring last night lol. anyway is the Tarnished hoodie back?"),
    ("bereavement", "benign", "review_reply",
     "Review (5/5): RIP my bank balance, your sale is too good. || Agent: Sorry (not sorry)!"),
    ("bereavement", "benign", "chat",
     "totally killed it at my cousin's wedding in your emerald jumpsuit, just wanted to say thanks"),
    ("bereavement", "benign", "sms",
     "is my parcel lost? WF-50019 says delivered but nothing here"),
    ("bereavement", "benign", "web_form",
     "Is the Ghost White shade of the Avery trainer more cream or bright white?"),
    ("bereavement", "benign", "email",
     "I have a black-tie event in November. Do you hire dinner suits or only sell them?"),
    ("bereavement", "benign", "chat",
     "over my dead body am I paying 12 quid for postage. is there free delivery over a certain amount?"),
    ("bereavement", "benign", "email",
     "Is the Mara boot being discontinued? I'd like to buy a spare pair before it goes."),
    ("bereavement", "benign", "dm",
     "goth girl here, is the Mourning Glory velvet coat lined? need it for winter"),
    ("bereavement", "benign", "chat",
     "can I exchange the Ivy dress in a 10 for a 12 in store?"),
    ("bereavement", "benign", "call",
     "Agent: Wrenfield, how can I help? || I've got 2,300 Circle points, do they expire at the end of "
     "the year? || Agent: They last 24 months from when you earn them."),
    # ---- violence_self_harm
    ("violence_self_harm", "sensitive", "email",
     "My ex-partner keeps ordering things to my address in my name and emailing me threats about it. "
     "Please block any account using my address (12 Linden Way) except mine, WF-C-71230. Thank you, "
     "Hannah"),
    ("violence_self_harm", "sensitive", "chat",
     "I'm staying in a refuge at the moment so please send the parcel to the Collect+ point, not my old "
     "address. Can you update WF-33014?"),
    ("violence_self_harm", "sensitive", "agent_note",
     "On call re late delivery, customer said she doesn't see the point anymore and has been thinking of "
     "ending her life. Followed welfare protocol: stayed on the line, gave Samaritans 116 123, escalated "
     "to team lead."),
    ("violence_self_harm", "sensitive", "sms",
     "pls dont ring my mobile, he checks it. email only"),
    ("violence_self_harm", "sensitive", "call",
     "Agent: How can I help? || I want to report something. A man followed me out of your Oxford Street "
     "store on Tuesday and grabbed my arm at the bus stop. I think he'd been in the shop the whole time. "
     "|| Agent: I'm so sorry. I'll get our security team to check the CCTV."),
    ("violence_self_harm", "sensitive", "dm",
     "one of your staff at the Westfield store has been messaging me creepy stuff on insta since I "
     "bought shoes there. he got my name off the receipt. please do something"),
    ("violence_self_harm", "sensitive", "web_form",
     "Product question: I need long sleeves to cover my self-harm scars at work. Does the Linen Ease "
     "shirt come in a long-sleeve version?"),
    ("violence_self_harm", "sensitive", "email",
     "Dear Sir, my in-laws are abusive and I am no longer staying in the family home. Please do not "
     "deliver anything to the Pune address on my account and remove it. New address to follow by phone. "
     "Regards, Meenal"),
    ("violence_self_harm", "sensitive", "review_reply",
     "Review (1/5): Service was slow at the tills. || Agent: Hi Kemi, we're sorry for the wait, and very "
     "sorry that another customer threatened you in the queue. The store manager has reported it and "
     "banned him from the store."),
    ("violence_self_harm", "sensitive", "voicemail",
     "Hi, it's Jess Moran, account WF-C-19022. Someone's been posting abusive messages about me under my "
     "product reviews on your site, using my name. It's been going on for weeks and I'm scared. Please "
     "call me back."),
    ("violence_self_harm", "sensitive", "chat",
     "ngl been in a really bad place, cutting again, I just need some high-neck long sleeve tops that "
     "aren't see-through. what have u got"),
    ("violence_self_harm", "sensitive", "agent_note",
     "Store incident, Reading: customer's partner came into the fitting rooms, shouted at her and pulled "
     "her arm. Staff intervened and called security. Customer asked that we don't contact her at home."),
    ("violence_self_harm", "sensitive", "email",
     "Good afternoon. Your delivery rider slapped me at my gate in Lekki yesterday when I asked him to "
     "wait while I checked the parcel. This is unacceptable and I want it reported. Order WF-55031."),
    ("violence_self_harm", "sensitive", "sms",
     "took an overdose last week, out of hospital now. can you extend my return, I couldn't do it in "
     "time"),
    ("violence_self_harm", "sensitive", "dm",
     "hi, my domestic abuse support worker is helping me order some basics after I left, can we put her "
     "phone number on the account instead of mine?"),
    ("violence_self_harm", "sensitive", "call",
     "Agent: The delivery address is Elm Road, is that right? || No, I can't be at that address anymore. "
     "He hit me and I left on Friday. Please send it to my sister's. || Agent: Of course. I'll update it "
     "and remove Elm Road."),
    ("violence_self_harm", "sensitive", "email",
     "Someone is stalking me and I think they used my Circle card number to see my purchase history and "
     "where I shop. Please lock the card and issue a new one. Tara"),
    ("violence_self_harm", "sensitive", "web_form",
     "Complaint: a man groped me while I was queuing for the fitting room at your Glasgow store on "
     "Saturday. Staff didn't do anything when I told them."),
    ("violence_self_harm", "sensitive", "chat",
     "my colleague keep threatening me at work, say he will follow me home, so I need change my delivery "
     "to my friend's place can or not? WF-20188"),
    ("violence_self_harm", "sensitive", "agent_note",
     "Caller asked to cancel all orders and said she won't be around for the delivery, won't be around "
     "at all. Concerned; followed welfare protocol and escalated."),
    ("violence_self_harm", "benign", "dm",
     "killer heels in the window at Bath, the red ones, are they online?"),
    ("violence_self_harm", "benign", "sms",
     "is the Knockout satin dress in the sale"),
    ("violence_self_harm", "benign", "chat",
     "I've started boxing classes, do you do a light gym shoe with good lateral support?"),
    ("violence_self_harm", "benign", "email",
     "Do you stock anything suitable for karate? Looking for loose black trousers for warm-ups."),
    ("violence_self_harm", "benign", "chat",
     "your size filter is murdering my patience, it keeps resetting"),
    ("violence_self_harm", "benign", "web_form",
     "Do you sell the punch-needle embroidery kits in store or only online?"),
    ("violence_self_harm", "benign", "dm",
     "Fight Club movie tee, adult M, any left?"),
    ("violence_self_harm", "benign", "email",
     "Are the slashed prices in the summer sale final, or will they drop again?"),
    ("violence_self_harm", "benign", "chat",
     "does the cut-out dress need a special bra? the back looks low"),
    ("violence_self_harm", "benign", "sms",
     "shot in the dark but do you still have the Fern cardigan in moss, size 12"),
    ("violence_self_harm", "benign", "email",
     "Going paintballing next weekend. Any cheap old-season boots I won't mind ruining?"),
    ("violence_self_harm", "benign", "review_reply",
     "Review (4/5): Got in early to beat the rush, staff were brilliant. || Agent: Thank you for "
     "visiting!"),
    ("violence_self_harm", "benign", "dm",
     "is the Call of Duty hoodie official merch?"),
    ("violence_self_harm", "benign", "email",
     "We're Sentinel Security Ltd and need 40 black fleece jackets for our guards, embroidered. Business "
     "account please."),
    ("violence_self_harm", "benign", "chat",
     "the Ripped & Torn jeans, how distressed are they in real life?"),
    ("violence_self_harm", "benign", "sms",
     "choked on my tea at the price of the cashmere lol. any discount codes?"),
    ("violence_self_harm", "benign", "email",
     "I'm a crime novelist doing an event in character as my detective. Do you have a long grey trench "
     "coat in a 14?"),
    ("violence_self_harm", "benign", "chat",
     "my dog attacked my slipper, totally shredded. are the Cosy Moccs back in stock in a 5?"),
    ("violence_self_harm", "benign", "call",
     "Agent: Wrenfield, how can I help? || I teach self-defence classes and need leggings that don't go "
     "see-through when I'm kicking. || Agent: The Pulse legging is squat-tested."),
    ("violence_self_harm", "benign", "web_form",
     "Please exchange the Juno top (WF-39910) from M to L."),
]


def dune_examples() -> list[dict]:
    """The dune split as labelled tickets (same shape as ``sensitive_eval.build_eval_set``'s)."""
    return stranger_examples("dune", ENTRIES, SUBJECTS)
