"""mere split: written by a helper who had not seen the detection rules, the anchors or any other split.
Setting: Meredale, a provider of pre-paid funeral plans with its own florist shops and memorial masons
(plan instalments and changes, wishes forms, flowers for all occasions, headstone, plaque and house-sign
lettering, an online keepsake shop, gift vouchers);
registers are agent_note, call, chat, dm, email, in_app, review, sms, voicemail, web_form.
The benign half borrows the same territory harmlessly: people planning their own future funerals, birthday,
wedding and office flowers, routine billing, product questions, idioms and product names, and organisations
(churches, a mosque, a gurdwara, a union branch, schools, nurseries, law firms, a funeral-director trade
account) acting as organisations, with no death of anyone close and nothing personal of any category.
70 sensitive and 70 benign tickets for special categories, 50 and 50 for children, 20 and 20 for financial hardship,
15 and 15 for health, legal, bereavement and violence and self-harm.
First reading (policy 2026.11.20, before any change made in response to it; `sensitive_eval.evaluate`, as `make
eval-sensitive`): 98.5 / 10.0 recall / false exclusion in % as shipped, 98.5 / 17.0 without the overruling, 93.5 / 14.5
by the rules alone. Not yet tuned or trained on: left for the next round."""

from __future__ import annotations

from training_gate.sensitive_blind import stranger_examples

SUBJECTS: tuple[str, ...] = (
    "Question about my plan instalments",
    "Change to my funeral plan",
    "Flower order enquiry",
    "Delivery for order",
    "Lettering proof for my plaque",
    "Plaque quote request",
    "Keepsake shop order",
    "Gift voucher help",
    "Update my details",
    "Wishes form",
    "Payment query",
    "Showroom visit",
    "Complaint about my order",
    "Business account enquiry",
)

ENTRIES: list[tuple[str, str, str, str]] = [
    # ---- health
    ("health", "sensitive", "email",
     "Hello, I'd like to move my Traditional Plan (PL-30418) from monthly instalments to "
     "paying the balance in one go. Since my Parkinson's diagnosis in March I'd rather have "
     "everything settled while my hands still let me sign things. Could you send the form by "
     "post? Regards, Dennis Orrell"),
    ("health", "sensitive", "chat",
     "hi can i change the delivery address on order MF-55120 || Agent: Of course, what's the "
     "new address? || Ward 9 at Calderbrook General, my sister got admitted last night with "
     "pneumonia and she wont be home by friday. its her birthday bunch || Agent: Done, the "
     "ward is on the order now and the driver will hand it to the nurses' station."),
    ("health", "sensitive", "agent_note",
     "Mrs Fenwick rang about her annual plan statement. Says she's been partially sighted "
     "since the stroke in the autumn and can't read our standard letters. Large print (18pt) "
     "flag added to account PL-11964."),
    ("health", "sensitive", "sms",
     "Running late for signing the plan papers at 2, sorry, dialysis overran again. Could we "
     "do 3.30 instead? Brenda Quayle || Agent: No problem, Brenda, 3.30 is fine. Take your "
     "time."),
    ("health", "sensitive", "voicemail",
     "Hi, it's Kieran Doyle, plan number PL-41902. I had the knee replacement last week so I "
     "can't get to the showroom to pick the stone for the memorial option on my plan. Could "
     "someone email photos of the samples instead? Cheers."),
    ("health", "sensitive", "web_form",
     "Name: Priya Olande | Enquiry type: Plan change | Plan no: PL-60233 | Message: I'm 31 "
     "weeks pregnant and start maternity leave next month, so I'd like to drop my instalments "
     "to the minimum for six months. Is that allowed on the Simple Plan?"),
    ("health", "sensitive", "review",
     "★★★★★ The Ashby Road florist were so patient with me. I have severe anxiety and phone "
     "calls are a nightmare, so they let me do the whole anniversary order over text, photos "
     "and all. || Agent: Thank you, we'll pass your kind words on to the Ashby Road team."),
    ("health", "sensitive", "call",
     "Agent: Meredale Plans, Jo speaking, how can I help? || Customer: Hello love, I want to "
     "put on my wishes form that I don't want any hymns. Oh, and I'm on warfarin now, if that "
     "matters for anything. || Agent: Your medication doesn't affect the plan, but I'll add "
     "the note about hymns. || Customer: Just the hymns then, thank you."),
    ("health", "sensitive", "dm",
     "hey @MeredaleFlowers my birthday bouquet came while i was in hospital getting my "
     "appendix out and it sat on the doorstep 3 days 🙃 any chance of a replacement? order "
     "MF-58814"),
    ("health", "sensitive", "in_app",
     "Keepsake order KS-2207: could the engraving on the box be done in braille as well as "
     "normal lettering? Glaucoma took most of my sight last year and I'd like to be able to "
     "read it myself."),
    ("health", "sensitive", "email",
     "Subject: Thursday stone visit || Hi Mark, Thursday at 10 suits, but could we use the "
     "ground-floor room please? I'm on crutches for another month after I fell and broke my "
     "ankle. || Agent: No problem at all, Mrs Ashworth, we'll set everything up downstairs "
     "and keep the bay by the door free for you."),
    ("health", "sensitive", "agent_note",
     "Plan holder Mr Gideon Sharpe diagnosed with early-onset dementia per his daughter "
     "Lorna, who holds lasting power of attorney. Copy of LPA requested; all future contact "
     "via Lorna on 07700 900417."),
    ("health", "sensitive", "chat",
     "is the Kettleby showroom step free? i use a wheelchair now the MS has got worse and "
     "last time a van was parked across the ramp || Agent: I'm sorry that happened. We'll "
     "keep the ramp clear, and we can also bring the samples to your home if that's easier. "
     "|| home visit would be great actually"),
    ("health", "sensitive", "call",
     "Customer: I've finished my chemo, touch wood, and I'm back at work, so I want to "
     "upgrade to the Heritage Plan now. || Agent: That's lovely to hear. The difference is "
     "£640 and we can spread it over your remaining instalments. || Customer: Spread it, "
     "please, same date as now."),
    ("health", "sensitive", "sms",
     "hi its Noor, cant collect the vouchers today, my depressions been really bad this week "
     "and i cant face leaving the flat. could u post them to 14 Fernlea Close instead? ta || "
     "Agent: Of course, Noor. We'll post them first class today, no need to come in."),
    ("health", "benign", "email",
     "Hello, I'm the practice manager at Larkfield GP Surgery. We'd like a large hand-tied "
     "bouquet for reception on 4 June to mark the practice's 25th anniversary, and a smaller "
     "one for the branch in Oakley. Please invoice the practice. Many thanks, Helen Marsh"),
    ("health", "benign", "chat",
     "Which of your bouquets are low-pollen? Our office reception has a no-lilies rule. || "
     "Agent: Our Meadow Calm and Cotton Cloud designs are both low-pollen, and we can take "
     "lilies out of any arrangement on request. || perfect, 2 x Cotton Cloud for Monday please"),
    ("health", "benign", "review",
     "The Bleeding Heart plant arrived healthy and already putting out new flowers. Packaging "
     "was a bit over the top but it clearly did the job. Four stars from me."),
    ("health", "benign", "web_form",
     "Name: Owen Prydderch | Enquiry: Showroom visit | Message: Is the Kettleby showroom "
     "step-free, and is there an accessible toilet? We're arranging a group visit for the "
     "Kettleby Rotary Club in September and want to check before we book."),
    ("health", "benign", "agent_note",
     "Brindle Lane masons' yard passed its annual fire and first-aid inspection today; "
     "certificate filed in the H&S folder. No effect on customer orders, showroom open as "
     "normal."),
    ("health", "benign", "call",
     "Customer: Hi, the Lavender Calm candle from your keepsake shop, is it the same scent as "
     "the reed diffuser? || Agent: Yes, both use our lavender and cedarwood blend. || "
     "Customer: Lovely, add the diffuser to the same order then, please."),
    ("health", "benign", "sms",
     "Hi Meredale, the Heart of Gold door wreath I ordered is brilliant. Any chance you'll do "
     "a Christmas version this year? Sam"),
    ("health", "benign", "dm",
     "ur new website is sick 🔥 loads faster than the old one. quick q tho, do you ship "
     "keepsakes to Jersey or is it mainland only?"),
    ("health", "benign", "in_app",
     "The app crashes every time I open the plan documents page. Samsung phone on the latest "
     "update, I've reinstalled twice and it's the same. Plan PL-51177."),
    ("health", "benign", "email",
     "Hi, we're organising the staff awards evening at St Wilfred's Hospital on 12 October "
     "and need 20 table centrepieces in blue and white. || Agent: Thank you, we can do 20 of "
     "our Harbour centrepieces at £28 each, with free delivery to the hospital's events "
     "suite. || Great, please go ahead and invoice the trust's events team, PO to follow."),
    ("health", "benign", "voicemail",
     "Morning, it's Gail from Hilltop Pharmacy on Market Street. We'd like a monthly flower "
     "delivery for the shop counter, something bright, around forty pounds. Call me back on "
     "07700 900214. Thanks."),
    ("health", "benign", "chat",
     "does the Traditional Plan need a medical or any health questions? || Agent: No, none of "
     "our plans ask health questions and acceptance is guaranteed for anyone aged 18 or over. "
     "|| good to know, i'll apply online tonight"),
    ("health", "benign", "review",
     "Ordered the 'Get Up and Go' breakfast hamper as a retirement present for my boss. Huge, "
     "good quality, and she loved the jam. || Agent: Thanks for the lovely review, we'll let "
     "the hamper team know!"),
    ("health", "benign", "web_form",
     "Name: Carys Bowen | Company: Bowen Physiotherapy Ltd | Message: We've moved clinic "
     "premises and need a brushed brass door plaque, 300 x 200mm, reading 'Bowen "
     "Physiotherapy – Entrance at rear'. Could you quote, please?"),
    ("health", "benign", "agent_note",
     "The Heart Wreath listing showed the wrong diameter (40cm instead of 50cm). Corrected on "
     "the site this morning; the two customers who queried it have been emailed with the "
     "right size."),
    # ---- children
    ("children", "sensitive", "email",
     "Hello, I'd like the Sunshine Tin bouquet delivered on 22 March for my daughter Poppy's "
     "10th birthday. Could the card say 'Double figures! Love you loads, Mum & Dad'? She'll "
     "be home from school after 3.45. Thanks, Karen Leach"),
    ("children", "sensitive", "chat",
     "hi do u do the handprint and footprint keepsake kits? || Agent: We do, the Little "
     "Prints kit is £34 and includes clay and a frame. || great its for my 4 month old Arlo, "
     "is the clay safe if he gets it near his mouth lol || Agent: It's non-toxic, but we'd "
     "still recommend supervising him while you take the prints."),
    ("children", "sensitive", "agent_note",
     "Cust Mrs Deol asked to add her son Jai (DOB 03/11/2014) as a named dependant on the "
     "family plan. Explained dependants under 18 are covered at no extra cost. Birth "
     "certificate copy requested."),
    ("children", "sensitive", "web_form",
     "Product: Engraved bracelet | Name to engrave: Freddie | Second line: 06.06.2017 | "
     "Message: It's for my son starting juniors in September, so please make the chain the "
     "children's length."),
    ("children", "sensitive", "sms",
     "Can the balloon on order MF-61290 say Happy 7th Birthday Noah instead of just Happy "
     "Birthday? Thank you! Sophie || Agent: Done, Sophie, the balloon will say Happy 7th "
     "Birthday Noah."),
    ("children", "sensitive", "voicemail",
     "Hiya, it's Beverley, I'm ringing about the keepsake teddy for my grandson Reuben. He "
     "turns three on Saturday so I really need it by Friday. Order number KS-4410. Ring me "
     "back on 07700 900639, ta."),
    ("children", "sensitive", "chat",
     "hi im 11 and i want to buy flowers for my mum for mothers day, can i pay with my pocket "
     "money on a gift card? || Agent: That's a lovely idea! You'd need a grown-up to help "
     "with the payment, but we can take a gift card at the checkout. || ok my dad will help"),
    ("children", "sensitive", "in_app",
     "Add family member → Name: Zara Mensah | Relationship: Daughter | Date of birth: "
     "12/09/2015 | Notes: reminder for her birthday flowers every year please"),
    ("children", "sensitive", "email",
     "Subject: Teacher flowers || Hi, my son Leo is in Year 6 at Ashgrove Primary and his "
     "class want to give Miss Fairley flowers on the last day. Can you deliver to the school "
     "office for 10am on 19 July? || Agent: Yes, a 10am delivery to Ashgrove Primary's office "
     "on 19 July is booked. || Thank you, please write 'From Class 6B' on the card."),
    ("children", "sensitive", "agent_note",
     "Order MF-60028 placed by caller's daughter (15) on her mum's saved card without "
     "permission. Mother requested cancellation; refund issued and saved card removed from "
     "the account."),
    ("children", "sensitive", "review",
     "Bought the name-engraved money box for my granddaughter Isla's first birthday. The "
     "lettering is perfect and she keeps trying to chew it! 5 stars. || Agent: Happy first "
     "birthday to Isla! Thanks for the lovely review."),
    ("children", "sensitive", "dm",
     "my 10 yr old wants to know if the unicorn bouquet has actual glitter on it or just "
     "looks like it in the photo 😅 she's asking for it for her party"),
    ("children", "sensitive", "call",
     "Agent: Meredale Flowers, Hannah speaking. || Customer: Hi, I'm ringing for my son, he's "
     "fourteen and wants to surprise his nan with flowers, he's saved up. || Agent: That's so "
     "sweet. What's his budget? || Customer: About twenty quid, and he wants to write the "
     "card himself."),
    ("children", "sensitive", "sms",
     "hi could the flowers come after 3.30 pls, im on the school run with the twins, theyre "
     "in year 2 at St Mary's juniors"),
    ("children", "sensitive", "web_form",
     "Enquiry: Work experience | Name: Ellie Brandon | Age: 15 | School: Kettleby High, Year "
     "10 | Message: I'd love to do my week of work experience at your florist in June. I'm "
     "really into flower arranging."),
    ("children", "sensitive", "agent_note",
     "Driver reports that the customer's son, aged about 7, answered the door alone and "
     "signed for the delivery. Mother rang to complain that a child was asked to sign. "
     "Reminded drivers of policy."),
    ("children", "sensitive", "email",
     "Dear Meredale, could we get a small slate plaque saying 'Ruby's Den' for the treehouse "
     "we've built for our daughter Ruby? She's 8 and it's a surprise for the end of term. "
     "Something child-friendly in the font please. Best, Alan and Fiona Gutteridge"),
    ("children", "sensitive", "chat",
     "hi can u deliver to a school? its my sons birthday and i want the balloons to go to his "
     "classroom, Ashgrove Primary, class 4B, his name is Leo Barnett || Agent: We can deliver "
     "to the school office, but they'll decide whether it goes to the classroom. || thats "
     "fine, please put 'happy 9th leo' on the balloon"),
    ("children", "sensitive", "review",
     "Got a wrist corsage for my daughter's Year 11 prom. It held up all night and matched "
     "her dress perfectly, she felt like a film star. || Agent: So glad she had a lovely "
     "prom, thank you for letting us know!"),
    ("children", "sensitive", "in_app",
     "My teenage daughter (14) used my login and changed the delivery address on my order to "
     "her friend's house. Please change it back to 5 Meadow Way and log out other devices."),
    ("children", "sensitive", "voicemail",
     "Hi, Lauren Pike here, my Jacob's in Mrs Pryce's reception class at Oakfield, and the "
     "class is doing a flower project. Would anyone from your shop be able to come in and "
     "show the little ones some flowers? My number's 07700 900721."),
    ("children", "sensitive", "email",
     "Subject: Baby announcement flowers || Hi, please send the Cloud Nine posy to my sister "
     "Amara. Card: 'Welcome to the world, baby Kofi, born 2 Feb at 7lb 3oz! Love Auntie "
     "Efua'. || Agent: Lovely news. The Cloud Nine posy is booked for tomorrow with your "
     "message."),
    ("children", "sensitive", "agent_note",
     "Mr Ahmed requested a refund for a keepsake order placed by his 9-year-old son on the "
     "saved card. Order KS-5128 cancelled, refunded in full; advised to turn on the purchase "
     "PIN."),
    ("children", "sensitive", "web_form",
     "Product: Personalised bauble | Text line 1: Isla Rose | Text line 2: Baby's First "
     "Christmas 2024 | Delivery notes: She was born in October so this is her very first one, "
     "please wrap it nicely."),
    ("children", "sensitive", "chat",
     "hello, my niece is 4 and is obsessed with sunflowers. is the Sunny Days box small "
     "enough for a little one to carry? || Agent: It's about 30cm tall and quite light, so "
     "she should manage it. || perfect, for Saturday please"),
    ("children", "sensitive", "sms",
     "Hi, its for my nephew's 12th, can the voucher be in his name? Tyler Holmes. He wants to "
     "buy his mam something himself || Agent: Yes, we can put Tyler's name on the voucher. || "
     "brilliant ta"),
    ("children", "sensitive", "dm",
     "im 15 can i buy a gift voucher on ur site with my own debit card or do i need to be "
     "18?? its for my mums birthday"),
    ("children", "sensitive", "call",
     "Customer: My son's just got his GCSE results, straight sevens and eights, and I want to "
     "send him a bouquet, is that daft? || Agent: Not daft at all, congratulations to him! "
     "Our Bright Spark design is popular for results day. || Customer: Go on then, Bright "
     "Spark."),
    ("children", "sensitive", "email",
     "Hi there, we adopted our son Marcus last month, he's five, and my parents would like to "
     "send him a welcome gift from your keepsake shop. Is the engraved toy box available with "
     "a name on it? Thanks, Claire Edmunds"),
    ("children", "sensitive", "agent_note",
     "Cust's son Kai (16) wants to pay for his half of his grandad's birthday hamper with his "
     "own card from his Saturday job. Split payment processed on MF-62331."),
    ("children", "sensitive", "review",
     "Took my two (6 and 9) to the Christmas wreath workshop at the Ashby Road shop. The "
     "florist was brilliant with them and they each brought home a wreath. || Agent: Thank "
     "you for bringing them along, we hope to see you next year!"),
    ("children", "sensitive", "in_app",
     "Re-order request: the children's name bracelet for my daughter Maya. She's in Year 3 "
     "now and it's getting tight, so can I have the age 7–8 size with the same engraving?"),
    ("children", "sensitive", "web_form",
     "Junior florist club sign-up | Child's name: Oscar Lindqvist | Age: 11 | School: "
     "Brookfield Academy | Parent: Anna Lindqvist | Notes: Oscar is left-handed, so he may "
     "need the other scissors."),
    ("children", "sensitive", "voicemail",
     "Hi, it's Nadia. I ordered a first-lock-of-hair locket last week for my baby Layla, "
     "she's only three weeks old, and I wanted to check the engraving says 'Layla, 28.04.24'. "
     "My number's 07700 900814."),
    ("children", "sensitive", "email",
     "Subject: Nursery delivery || Please could the bunch go to Oakfield Nursery, for Alfie "
     "Webb in the Rainbow Room. It's his 3rd birthday and the staff said he can take it home "
     "at pick-up. || Agent: That's booked for Oakfield Nursery, marked for Alfie Webb, "
     "Rainbow Room. || Thanks so much."),
    ("children", "sensitive", "chat",
     "is the pressed flower kit ok for a 6 yr old? my daughter Grace has been pressing "
     "daisies at her nursery and won't stop talking about it || Agent: The kit says 8+, but "
     "with an adult helping it's fine for younger children. || ok ill help her then"),
    ("children", "sensitive", "sms",
     "Can I change the name on the birthday cake topper to Mia please, she's my stepdaughter, "
     "she'll be 13 on Sunday. Order MF-63007"),
    ("children", "sensitive", "agent_note",
     "Cust Mrs Varga called: her son Bence, who is 12, wants to order a name plaque for his "
     "bedroom door himself with birthday money. Explained orders must be placed by an adult; "
     "mum will place it online tonight."),
    ("children", "sensitive", "review",
     "Ordered the 'Little Star' engraved bracelet for my daughter's first day at big school. "
     "She's only 4 and a half so it needed to be tiny and it was. 5/5"),
    ("children", "sensitive", "dm",
     "hiya, is the dinosaur planter ok for kids? my lad turns 5 next week and he's dino mad 🦖 "
     "want to get it delivered to his nursery in Hartwell"),
    ("children", "sensitive", "in_app",
     "Gift voucher for my grandson's account, he's 13 and set up his own profile under my "
     "email (Jack Furlong). Can the £25 voucher go on his profile instead of mine?"),
    ("children", "sensitive", "email",
     "Hi, my daughter Evie starts secondary school in September and we'd like a little brass "
     "plaque for her bedroom door saying 'Evie's Room – Knock First'. She's 11 and thinks "
     "she's 16! Could you quote? Thanks, Sanjay Patel"),
    ("children", "sensitive", "call",
     "Agent: Meredale Keepsakes, how can I help? || Customer: Hi, the personalised storybook "
     "I ordered, it's for my granddaughter Lily, she's two and a half. Can the name be bigger "
     "on the cover? || Agent: Yes, we can increase it to 36pt. || Customer: Perfect, thank "
     "you."),
    ("children", "sensitive", "web_form",
     "Name: Donna Wragg | Enquiry: Plan cover | Message: Do your family plans include "
     "children? My youngest is 9 and I'd want him covered if anything ever happened. Also, "
     "what ID would you need for him?"),
    ("children", "sensitive", "chat",
     "my son was born 6 weeks ago and i'd like to order the footprint frame with his details: "
     "Louis Antoine Girard, 14/05/2024, 3.2kg || Agent: Congratulations! We'll make up the "
     "footprint frame with those details. || merci, can it be in French? 'né le 14 mai'"),
    ("children", "sensitive", "sms",
     "Hi Meredale, my daughter Tilly (16) is doing her DofE volunteering with you on "
     "Saturdays, she can't come this week as she has a school trip. Sorry! Jo Ryman"),
    ("children", "sensitive", "agent_note",
     "Caller ordering flowers for his 17-year-old daughter's leavers' prom; asked that the "
     "driver deliver to her school, Kettleby High, where photos are taken at 5pm. Delivery "
     "slot confirmed."),
    ("children", "sensitive", "review",
     "The engraved compass keepsake was a gift for my son on his 10th birthday. He takes it "
     "on every Cubs hike now. Arrived next day. || Agent: We're thrilled he's getting so much "
     "use out of it!"),
    ("children", "sensitive", "voicemail",
     "Hello, it's Mrs Kowal calling from home, I ordered the Happy Birthday balloon bouquet "
     "for my twins Adam and Ewa, they're turning eight tomorrow. Can you make sure both names "
     "are on it? Thank you."),
    ("children", "sensitive", "web_form",
     "Delivery instructions: Please don't ring the bell between 1 and 3pm, my baby (10 weeks) "
     "naps then. Leave it in the porch. Order MF-64412."),
    ("children", "benign", "email",
     "Good morning, this is the school office at Ashgrove Primary. We'd like a bouquet for "
     "our retiring head teacher, Mrs Oduya, to be presented at the leavers' assembly on 18 "
     "July. Please invoice the school. Thank you, Karen Beech, Office Manager"),
    ("children", "benign", "web_form",
     "Company: Greenway Plant Nursery Ltd | Enquiry: Wholesale supply | Message: We grow "
     "bedding plants and herbs near Oakley and would like to supply your florist shops. Who "
     "should we talk to about trade pricing?"),
    ("children", "benign", "chat",
     "is Baby's Breath the same thing as gypsophila? || Agent: Yes, it's the common name for "
     "gypsophila. || great, a big jar of it for my kitchen table then please, no other flowers"),
    ("children", "benign", "review",
     "The succulent trio is gorgeous and has survived three weeks on my office windowsill, "
     "which is a record. Well packed too. 5 stars."),
    ("children", "benign", "email",
     "Subject: Scout hut plaque || Hello, 3rd Hartwell Scout Group is opening its rebuilt hut "
     "in October. Could you quote for a brass plaque reading 'Opened by the Mayor of "
     "Kettleby, 12 October 2024'? || Agent: Hello, a 300 x 200mm brass plaque with that "
     "wording is £185 including fixings. || Lovely, please go ahead, the group treasurer will "
     "pay."),
    ("children", "benign", "chat",
     "Is there a minimum age to take out a Meredale plan? || Agent: Plans are available to "
     "anyone aged 18 or over, and there's no upper age limit. || ok thanks, I'll get the forms"),
    ("children", "benign", "sms",
     "Hi, Mother's Day order for my mum in Lytham, the Spring Tulip box. Can it arrive "
     "Saturday instead of Sunday? She's out Sunday. Thanks, Gemma || Agent: Yes, Gemma, I've "
     "moved it to Saturday. || thank you!"),
    ("children", "benign", "web_form",
     "Club: Hartwell Juniors FC | Contact: Phil Tanner (club secretary) | Message: We'd like "
     "a slate sign for the new clubhouse saying 'Hartwell Juniors FC – Est. 1987'. Can you do "
     "our club badge in the corner?"),
    ("children", "benign", "call",
     "Customer: That vase you're delivering, please have the driver handle it with kid "
     "gloves, it's Murano glass. || Agent: I'll add a fragile note and ask the driver to hand "
     "it over in person. || Customer: Thank you, it was a wedding present."),
    ("children", "benign", "in_app",
     "Is the teddy in the keepsake range machine-washable? The product page says 30 degrees "
     "but the label photo says hand wash only."),
    ("children", "benign", "review",
     "Got the 'Young at Heart' bouquet for my mum's 80th. Big, bright and lasted nearly two "
     "weeks. || Agent: Happy 80th to your mum, and thank you for the review!"),
    ("children", "benign", "voicemail",
     "Hi, it's Tasha from Little Owls Nursery on Park Lane. We're opening our new building in "
     "March and we'd like a slate plaque for the entrance. Could someone ring me on 07700 "
     "900305 to talk about sizes? Thanks."),
    ("children", "benign", "chat",
     "can the ribbon on my order be baby blue rather than navy? || Agent: Yes, I've changed "
     "it to baby blue. || ta, looks better with the white roses"),
    ("children", "benign", "email",
     "Hi, Father's Day order please: the Craft Ale hamper for my dad, delivered to 22 Lime "
     "Grove, Oakley, on the Saturday before. Card to say 'Cheers Dad, love Rob'. Thanks!"),
    ("children", "benign", "sms",
     "Hi, we're the class of 1984 reunion at Kettleby Grammar, need 10 table posies in the "
     "old school colours, green and gold, for the 14th. Can you do it?"),
    ("children", "benign", "agent_note",
     "Customer queried proof for house plaque: thinks the font looks 'a bit childish'. Sent "
     "three serif alternatives (Trajan, Garamond, Bembo). Awaiting reply."),
    ("children", "benign", "chat",
     "our staffroom at Brookfield Academy wants to send flowers to a colleague who's just got "
     "engaged, can it go to the school? || Agent: Yes, we deliver to schools Monday to "
     "Friday, to the main reception. || great, the Blush Peony bouquet please"),
    ("children", "benign", "web_form",
     "Organisation: Hartwell Youth Club | Enquiry: Raffle donation | Message: We're holding a "
     "summer fair to raise money for a new minibus. Would Meredale be able to donate a gift "
     "voucher as a raffle prize?"),
    ("children", "benign", "review",
     "Bought the florist's pressed-flower kit for my own craft night with friends. Labelled "
     "8+ on the box, but it's honestly great for adults too. 4 stars."),
    ("children", "benign", "in_app",
     "The candle warning says 'keep out of reach of children and pets'. Is the wax actually "
     "toxic, or is that just the standard wording for the flame?"),
    ("children", "benign", "email",
     "Subject: Leaving flowers || Hi, our junior designer Chloe is leaving after four years "
     "and the studio would like to send her a big bouquet on Friday. Budget around £60. || "
     "Agent: Hi, our Studio Statement bouquet is £60 and can go out Friday morning. || "
     "Perfect, thanks, invoice the studio please."),
    ("children", "benign", "call",
     "Customer: Are you open over the Easter school holidays? I want to come in and look at "
     "the keepsake range. || Agent: Yes, all our shops are open as normal except Good Friday "
     "and Easter Monday. || Customer: Great, I'll come Tuesday."),
    ("children", "benign", "sms",
     "Quick one, do you do a student discount? I'm at the uni and want to send flowers home "
     "for my mum's birthday"),
    ("children", "benign", "dm",
     "no kidding, that was the fastest delivery i've ever had 😂 ordered at 9 and it was on my "
     "desk by lunch"),
    ("children", "benign", "chat",
     "do you do the Little Ones collection in pots that don't need watering much? || Agent: "
     "Yes, the mini succulents in the Little Ones range only need water every couple of "
     "weeks. || great, four of those for my desk"),
    ("children", "benign", "agent_note",
     "Kettleby Children's Hospice charity shop asked if we can donate surplus vases for their "
     "shop. Approved by the area manager; 30 vases to be dropped off Thursday."),
    ("children", "benign", "web_form",
     "Name: Mark Hebden | Enquiry: Wedding flowers | Message: Our daughter is getting married "
     "at Oakley Hall on 3 August and we'd like to talk about the bridal bouquet and ten table "
     "arrangements."),
    ("children", "benign", "review",
     "Sent the graduation bouquet to my son who's just finished his engineering degree at "
     "Leeds. He pretended not to care but put it on Instagram! 5 stars."),
    ("children", "benign", "email",
     "Hello, the Ashgrove Primary PTA is running the summer fair on 6 July. Would you be "
     "willing to donate a keepsake for the raffle? We'd thank you in the programme. Best, Jen "
     "Riley, PTA chair"),
    ("children", "benign", "chat",
     "the Stork & Co removal van is blocking your loading bay again btw, the driver asked me "
     "to tell someone || Agent: Thanks for letting us know, we'll have a word with them. || "
     "no worries"),
    ("children", "benign", "sms",
     "Minor scratch on the vase from today's delivery, not a big deal but thought you'd want "
     "to know. Order MF-63550"),
    ("children", "benign", "call",
     "Customer: I'm calling from the Kettleby Players, we're doing a play set in a flower "
     "shop and need to hire some fake arrangements. || Agent: We have silk display pieces we "
     "can lend for a small fee. || Customer: Brilliant, eight would do."),
    ("children", "benign", "in_app",
     "Can I pay for my parents' plans from my account? They're both keen to get theirs sorted "
     "and I said I'd cover the instalments."),
    ("children", "benign", "voicemail",
     "Hiya, it's Shaz, I want the baby pink roses, two dozen, for my best friend's hen do on "
     "Saturday. Could you ring me back on 07700 900127? Thanks."),
    ("children", "benign", "review",
     "My grandchildren are all grown up and spread around the country, so I was thrilled I "
     "could send one order to three different addresses for Christmas. || Agent: Thank you, "
     "we're glad the multi-address option worked for you!"),
    ("children", "benign", "email",
     "Subject: Old school signage || Hi, we're a café called The Old School House and we'd "
     "like the carved stone name panel above the door restored. Is that something your masons "
     "do? || Agent: Yes, our masons restore carved lettering; we'd need to visit to quote. || "
     "Great, weekday mornings suit us."),
    ("children", "benign", "chat",
     "do the keepsake jigsaw puzzles come with a picture or do I upload my own? || Agent: You "
     "upload your own photo and choose 250 or 500 pieces. || 500 of my allotment then, thanks"),
    ("children", "benign", "web_form",
     "Organisation: Brookfield Academy (Business Manager) | Enquiry: Plaque | Message: We're "
     "naming our new sports hall after our founding head, Dr Alan Marsh, who is retiring. We "
     "need a stone plaque for the foyer."),
    ("children", "benign", "sms",
     "hi, can i book the wreath-making workshop for me and 3 friends? we're all grown ups, "
     "just want a fun night out 😊"),
    ("children", "benign", "dm",
     "can't beat your 'Sunny Days' box for cheering up the office. the kids in accounts (all "
     "40+ 😂) fought over who got to keep it"),
    ("children", "benign", "agent_note",
     "Product team note: 'Teddy Keepsake' listing now shows the correct fill material "
     "(recycled polyester). Chat team to use the updated wording when asked."),
    ("children", "benign", "in_app",
     "Can I set up a reminder in the app so I don't forget my niece's wedding anniversary? "
     "Want to send flowers every year in June."),
    ("children", "benign", "email",
     "Good afternoon, I run a doggy daycare called Waggy Tails in Oakley. Could we have a "
     "weekly bunch for reception, something that won't poison the dogs if one gets knocked "
     "over? Thanks, Leanne"),
    ("children", "benign", "review",
     "The 'Kidding Around' goat milk soap set in your gift shop is lovely. Bought three, they "
     "smell amazing. 5/5"),
    ("children", "benign", "call",
     "Customer: Hello, I'd like to send birthday flowers to my twin brother for his fortieth. "
     "|| Agent: Lovely, what's the delivery address? || Customer: 8 Church View, Hartwell. "
     "And can the card say 'Still the better-looking twin'?"),
    ("children", "benign", "chat",
     "do u do helium balloons with the bouquets? for my best friends 30th || Agent: Yes, we "
     "can add a foil number balloon for £6. || 3 and 0 please 🎉"),
    ("children", "benign", "web_form",
     "Name: Bev Castle | Enquiry: Product question | Message: The 'Grow Your Own' sunflower "
     "kit says ages 5 and up on the box. Does it come with compost or just seeds? Buying for "
     "a garden club."),
    ("children", "benign", "voicemail",
     "Hello, it's Mr Greaves from the toy shop next door to your Ashby Road florist. Your "
     "bins have been left in front of our shop window again. Could somebody give me a call on "
     "07700 900468? Thanks."),
    ("children", "benign", "in_app",
     "Is there a way to save a favourite address? I send flowers to my daughter-in-law in "
     "Bristol every few months and keep retyping it."),
    ("children", "benign", "email",
     "Hi, I've just bought my first house and would love a slate house-number plaque, '17', "
     "with a small swallow carved above. Born and bred in Kettleby so I want local slate if "
     "you have it! Thanks, Harvey Lunn"),
    # ---- financial_hardship
    ("financial_hardship", "sensitive", "email",
     "Hello, I was made redundant from the warehouse three weeks ago and I can't keep up the "
     "£38 a month on my plan (PL-27760) at the moment. Is there any way to freeze it rather "
     "than lose what I've paid in? Thanks, Stuart Bellingham"),
    ("financial_hardship", "sensitive", "agent_note",
     "Cust says she's been on Universal Credit since the bakery closed and can't manage full "
     "instalments. Agreed a three-month payment holiday on PL-33018, to review 1 Sept."),
    ("financial_hardship", "sensitive", "chat",
     "why have i got a letter from Castlegate Recoveries about my plan?? i didnt know you "
     "passed it on || Agent: I'm sorry, I can see two missed instalments were referred to our "
     "collection agent last week. || i missed them because ive got nothing left after rent, "
     "i'm not ignoring you || Agent: I understand. I'll recall the account and we can set up "
     "a plan you can afford."),
    ("financial_hardship", "sensitive", "web_form",
     "Reason for cancelling: I can't afford it any more. I'm living on pension credit and "
     "have started using the food bank, so the plan has to go. Please tell me what I get back."),
    ("financial_hardship", "sensitive", "sms",
     "cant pay this month sorry. got made redundant friday. will ring when i know more. plan "
     "PL-45012 || Agent: Thanks for telling us. We've paused this month's collection; call us "
     "whenever you're ready."),
    ("financial_hardship", "sensitive", "voicemail",
     "Hello, this is Gordon Pryce, plan PL-22871. I'm behind on the plan and I've got "
     "bailiffs coming about the council tax next week. Can we make the payments smaller for a "
     "bit? Call me on 07700 900263. Thanks."),
    ("financial_hardship", "sensitive", "call",
     "Agent: Meredale Plans, Priti speaking. || Customer: Hi, I'm in a debt management plan "
     "with StepChange and they've asked me to list all my creditors, and you're one. || "
     "Agent: That's fine, we can work with them. Could you give me their reference? || "
     "Customer: Yes, it's on the letter, hang on."),
    ("financial_hardship", "sensitive", "review",
     "Meredale let me pause my plan when I was out of work for five months and didn't charge "
     "me a penny extra. Honestly didn't expect that from a funeral company. 5 stars. || "
     "Agent: Thank you, we're glad we could help when you needed it."),
    ("financial_hardship", "sensitive", "email",
     "Subject: IVA – plan payments || Dear Sir/Madam, I have entered an Individual Voluntary "
     "Arrangement and my insolvency practitioner has advised me to contact you about my plan. "
     "|| Agent: Thank you for letting us know. Please ask your IP to send us the arrangement "
     "details and we'll freeze charges meanwhile."),
    ("financial_hardship", "sensitive", "in_app",
     "Please stop my direct debit for now. I'm two months behind on my rent and need every "
     "penny until I sort it out. Don't cancel the plan though."),
    ("financial_hardship", "sensitive", "dm",
     "can i cancel the vase order pls, im skint after losing my job and literally cant afford "
     "food this week. order MF-66034 😞"),
    ("financial_hardship", "sensitive", "agent_note",
     "Plan PL-19926 was passed to collections in error after a hardship arrangement had been "
     "agreed (cust on ESA, £10/month). Collection recalled, apology letter sent, arrangement "
     "restored."),
    ("financial_hardship", "sensitive", "chat",
     "do you do any discount on the Simple Plan for people on jobseekers? ive been out of "
     "work since march || Agent: We don't have a specific discount, but we can spread "
     "payments over up to ten years to keep them low. || how low would that be"),
    ("financial_hardship", "sensitive", "email",
     "Good morning, our house is being repossessed at the end of the month and I don't know "
     "yet where we'll be living. Please send all plan letters by email until I have a new "
     "address. Regards, Anthea Morrow"),
    ("financial_hardship", "sensitive", "sms",
     "Please dont send it to debt collectors, I'll pay £5 a week, I'm on benefits and its all "
     "I can do. Jan Kirby PL-40181"),
    ("financial_hardship", "sensitive", "call",
     "Customer: My business went under in January and I've been declared bankrupt, so the "
     "trustee says I have to tell you. || Agent: Thank you for letting us know. The plan is "
     "held in trust, so we'll need to check with your trustee how to proceed. || Customer: "
     "I'll give you her details."),
    ("financial_hardship", "sensitive", "voicemail",
     "Hi, Marlene here. I keep getting letters from a debt collection agency about the "
     "keepsake order from last year, the one I couldn't pay. I'm on sick pay now and can't "
     "clear it. Can someone ring me? 07700 900902."),
    ("financial_hardship", "sensitive", "web_form",
     "Name: Carl Ince | Enquiry: Payment difficulty | Message: We've been evicted and are "
     "staying in temporary accommodation through the council. I can't pay the plan this month "
     "or next. Can you hold it?"),
    ("financial_hardship", "sensitive", "review",
     "Had to cancel my plan after my hours were cut to nothing. Staff were kind but I lost "
     "over half of what I'd paid. 2 stars. || Agent: We're sorry to hear this. Please call "
     "us, as hardship cases can be reviewed."),
    ("financial_hardship", "sensitive", "in_app",
     "Balance on my flower subscription says overdue. I haven't paid because I've lost my job "
     "and I'm waiting on my first Universal Credit payment. Can I pause it instead of being "
     "charged a late fee?"),
    ("financial_hardship", "benign", "email",
     "Hello, my bank card expired last month. How do I update the card for my plan "
     "instalments? I don't want to miss one. Thanks, Geraldine Oakes, PL-31840"),
    ("financial_hardship", "benign", "chat",
     "can i move my direct debit from the 1st to the 15th? lines up better with payday || "
     "Agent: Yes, I've moved it to the 15th from next month. || ace, thanks"),
    ("financial_hardship", "benign", "email",
     "Subject: Paying early || Hi, I've had a bonus at work and would like to pay off the "
     "rest of my plan in one go. How do I do that? || Agent: Hi Mr Tait, your remaining "
     "balance is £1,136. You can pay by card on the phone or by bank transfer. || Bank "
     "transfer, please send the details."),
    ("financial_hardship", "benign", "sms",
     "Hi, I've been charged twice for order MF-65591, £54.99 both times. Can you refund one? "
     "Thanks, Amrit || Agent: Sorry, Amrit, that was a duplicate authorisation. The second "
     "£54.99 has been refunded."),
    ("financial_hardship", "benign", "web_form",
     "Enquiry: Payment options | Message: Do you offer 0% finance on headstones and house "
     "plaques, or is it full payment up front? Just comparing a few masons before I decide."),
    ("financial_hardship", "benign", "chat",
     "what happens if I miss a payment on the plan? asking before I sign up || Agent: We'd "
     "contact you and try again after seven days; nothing is lost from a single missed "
     "payment. || that's fair, thanks"),
    ("financial_hardship", "benign", "agent_note",
     "Business account (Larch Lettings Ltd) asked for invoices to go to the new accounts "
     "address, Unit 4, Dale Park. Updated; past invoices re-sent on request."),
    ("financial_hardship", "benign", "review",
     "Prices are a bit steep compared to the supermarket, but the flowers last three times as "
     "long so I don't really mind. 4 stars."),
    ("financial_hardship", "benign", "in_app",
     "The voucher code SPRING10 says it's invalid at checkout. The email says it runs until "
     "the 31st. Can you check?"),
    ("financial_hardship", "benign", "email",
     "Hi, my direct debit failed this month because I switched banks to Nationwide and forgot "
     "to update you. New details below, could you take the missed payment? || Agent: Hi Ms "
     "Barker, thanks, we'll collect the missed payment with next month's. || Perfect."),
    ("financial_hardship", "benign", "call",
     "Customer: There's a payment on my statement that says MDALE*FLWRS, is that you? || "
     "Agent: Yes, that's us, for the birthday bouquet on the 3rd. || Customer: Oh yes, of "
     "course, my mum's birthday. Sorry!"),
    ("financial_hardship", "benign", "sms",
     "the vase arrived broken, not the flowers, just the vase. can you send another? order "
     "MF-65122 || Agent: Sorry about that, a new vase is on its way."),
    ("financial_hardship", "benign", "agent_note",
     "Payment failed on order MF-65870 due to a 3D Secure timeout. Customer retried on the "
     "phone with the same card and it went through. No further action."),
    ("financial_hardship", "benign", "web_form",
     "Company: Pennine Accountancy LLP | Enquiry: Credit account | Message: We order client "
     "thank-you flowers monthly and would like 30-day payment terms on a business account. "
     "What do you need from us?"),
    ("financial_hardship", "benign", "email",
     "Hi, can I have a VAT receipt for order MF-64208? I'm self-employed and the flowers were "
     "a thank-you for a client. Thanks, Toby Rushworth"),
    ("financial_hardship", "benign", "chat",
     "is there a discount if I pay for the whole plan up front instead of monthly? || Agent: "
     "Yes, paying in full saves you £150 on the Traditional Plan. || nice, how do I do that"),
    ("financial_hardship", "benign", "dm",
     "can i pay with apple pay on your site? couldn't see the button on the checkout page"),
    ("financial_hardship", "benign", "review",
     "I'm not made of money, lol, but the gift voucher was good value and my friend got a "
     "lovely bouquet with it. 4 stars. || Agent: Thanks for the review, glad your friend "
     "enjoyed it!"),
    ("financial_hardship", "benign", "in_app",
     "Can I have a statement of how much I've paid into my plan so far? Just want it for my "
     "records."),
    ("financial_hardship", "benign", "voicemail",
     "Hi, it's Paul from Harrow Estates. We got charged in euros on the last invoice instead "
     "of pounds, I think it's a system glitch. Can someone call me on 07700 900176? Cheers."),
    # ---- legal
    ("legal", "sensitive", "email",
     "Hello, my wife and I are divorcing and our solicitors say the joint plan needs to be "
     "split into two single plans. Can you tell me how that works and what paperwork you'd "
     "need? Regards, Graham Tulley, PL-28330"),
    ("legal", "sensitive", "chat",
     "my delivery of MF-66210 was nicked off the porch, doorbell cam shows someone taking it "
     "|| Agent: I'm sorry. Have you reported it to the police? || yes crime ref is "
     "KT/24/0918, do you need it? || Agent: Yes please, we'll add it to the claim and send a "
     "replacement tomorrow."),
    ("legal", "sensitive", "web_form",
     "Enquiry: Complaint | Message: The slate house sign you made has cracked right across "
     "after two months. I've sent two letters without a reply, so I'm issuing a claim in the "
     "county court next week unless I hear from you."),
    ("legal", "sensitive", "agent_note",
     "Applicant for delivery driver role disclosed a driving conviction from 2019 (drink "
     "driving, 18-month ban, now spent). HR to review before the interview on Monday."),
    ("legal", "sensitive", "email",
     "Subject: Do not release my details || There's a restraining order against my former "
     "partner. Please make sure no one can get my address or order history from you, even if "
     "he says he's me. || Agent: Understood, Ms Falk. We've added a security password and a "
     "note to refuse third-party requests."),
    ("legal", "sensitive", "sms",
     "Hi its Danielle. I cant collect the order today, my husband was arrested last night and "
     "I've got to sort out the kids. Sorry, can it wait til monday?"),
    ("legal", "sensitive", "agent_note",
     "Received letter from Marsh Whitley LLP, acting for Mr R Nolan, disputing ownership of "
     "plan PL-14408 with his ex-partner. Forwarded to legal team; no changes to the plan "
     "until advised."),
    ("legal", "sensitive", "voicemail",
     "Hi, it's Mike Sutton. I'm going to be in Crown Court as a witness on the 14th so I "
     "can't do that day for the showroom visit. Can we move it to the week after? 07700 "
     "900547."),
    ("legal", "sensitive", "dm",
     "my lawyer says i need copies of every email and chat i've had with you about the order "
     "that went wrong, where do i request that? its going to tribunal"),
    ("legal", "sensitive", "web_form",
     "Delivery instructions: I'm on bail with a curfew from 7pm so please deliver before "
     "then, or leave it with number 12. Thanks."),
    ("legal", "sensitive", "call",
     "Agent: Meredale Flowers, how can I help? || Customer: Hi, I need an invoice for the "
     "flowers I sent my old team, my solicitor wants it for my employment tribunal against "
     "them. || Agent: No problem, I'll email the invoice over now. || Customer: Thanks, it's "
     "evidence I was still on good terms."),
    ("legal", "sensitive", "review",
     "Had to get Trading Standards and my solicitor involved before Meredale would refund a "
     "plaque that was spelled wrong. Got there in the end, but it shouldn't take that. 1 "
     "star. || Agent: We're sorry it came to this and have reviewed how complaints are "
     "escalated."),
    ("legal", "sensitive", "sms",
     "Cant make Tuesday 10am sorry, I've got the final hearing in my divorce at family court. "
     "Any chance of Thursday? Niamh || Agent: Of course, Niamh, Thursday at 10am is booked "
     "for you."),
    ("legal", "sensitive", "in_app",
     "Please change my surname on the plan back to Harker. My decree absolute came through "
     "last week. Copy attached."),
    ("legal", "sensitive", "email",
     "Hello, I'm writing as I've just been released on licence after an 18-month sentence and "
     "would like to restart the plan I took out before. Are there any problems with that? "
     "Kind regards, Wayne Tolley"),
    ("legal", "benign", "email",
     "Good morning, we're Pemberton & Vale Solicitors on King Street. We'd like a weekly "
     "arrangement for our reception, white and green, about £45 a week, invoiced monthly. "
     "Regards, Felicity Dunn, Office Manager"),
    ("legal", "benign", "web_form",
     "Company: Pemberton & Vale Solicitors | Product: Brass plaque | Wording: 'Pemberton & "
     "Vale – Solicitors – First Floor' | Size: 450 x 150mm | Notes: Please match the font on "
     "our letterhead, attached."),
    ("legal", "benign", "chat",
     "are your funeral plans regulated? I want to be sure the money's safe || Agent: Yes, "
     "Meredale is authorised and regulated by the Financial Conduct Authority, and plan money "
     "is held in trust. || good, that's what I needed to know"),
    ("legal", "benign", "call",
     "Customer: If I take out a plan and change my mind, is there a cooling-off period? || "
     "Agent: Yes, you have 30 days to cancel for a full refund. || Customer: Lovely, and is "
     "that in the terms you send out? || Agent: It is, on page two."),
    ("legal", "benign", "in_app",
     "Where can I find the terms and conditions for the keepsake shop? The link in the footer "
     "goes to the plan terms instead."),
    ("legal", "benign", "sms",
     "Delivery to the Court House Hotel for the wedding on Saturday please, reception desk, "
     "before 11am. Order MF-67014"),
    ("legal", "benign", "email",
     "Subject: Plaque wording || Hi, could someone check the sentence on our proof? 'This "
     "bench was donated by the Hartwell Allotment Society, 2024.' Is a comma needed there? || "
     "Agent: Hi, the wording reads well as it is. We've kept the comma before the year. || "
     "Thanks, approved."),
    ("legal", "benign", "voicemail",
     "Hello, it's Ruth from the Judge's Lodgings museum gift shop in Lancaster. We'd love to "
     "stock your lavender candles. Could someone from wholesale give me a call on 07700 "
     "900392? Thanks."),
    ("legal", "benign", "web_form",
     "Organisation: Kettleby Magistrates' Court (admin office) | Enquiry: Flowers | Message: "
     "We'd like a bouquet for our usher Ken, who retires on Friday after 30 years. Please "
     "deliver to the staff entrance."),
    ("legal", "benign", "chat",
     "Will you deliver on Sundays? || Agent: We deliver on Sundays in Kettleby, Oakley and "
     "Hartwell, with a £5 surcharge. || ok, will do the order now then"),
    ("legal", "benign", "agent_note",
     "Cust asked if Meredale offers a will-writing service alongside plans. Explained we "
     "don't, and that the Law Society website lists local firms. No complaint, general "
     "enquiry."),
    ("legal", "benign", "review",
     "Bought the walnut display case for my antique coin collection. Beautiful finish and the "
     "glass is thick. 5 stars. || Agent: Thank you, glad it shows the coins off well."),
    ("legal", "benign", "email",
     "Hello, I'm the clerk at 4 Bridge Street Chambers. The barristers would like Christmas "
     "wreaths for the front door and the clerks' room again this year, same as last. Many "
     "thanks, Oliver Penrose"),
    ("legal", "benign", "dm",
     "signed up for the free trial of the flower subscription, when does the first bunch "
     "arrive? and do i get charged after the first month?"),
    ("legal", "benign", "sms",
     "Hi, my legal name on the plan is Robert but everyone calls me Bob. Does the certificate "
     "have to say Robert? Bob Tennant PL-50321"),
    # ---- special_categories
    ("special_categories", "sensitive", "email",
     "Assalamu alaikum. As a practising Muslim I need my plan to allow burial within 24 hours "
     "and for the ghusl to be done by volunteers from my mosque. Can you confirm the "
     "Traditional Plan allows that? Jazakallah khair, Yusuf Haddad"),
    ("special_categories", "sensitive", "sms",
     "Hi, it's Ramadan so we're all fasting, could the delivery come after sunset, about "
     "8.45? Don't want the flowers sitting out all day. Thanks, Samira"),
    ("special_categories", "sensitive", "agent_note",
     "Cust (Mrs Owusu) asked that no crosses or religious symbols appear on any of her plan "
     "stationery, as she is a Jehovah's Witness. Wishes form updated; order of service "
     "template changed."),
    ("special_categories", "sensitive", "chat",
     "i want a Requiem Mass written into my wishes please, I've been going to St Bede's every "
     "Sunday since I was a girl || Agent: Of course, I'll note a Requiem Mass at St Bede's. "
     "Would you like to name the priest? || Father Conlon if he's still there"),
    ("special_categories", "sensitive", "web_form",
     "Name: Harjit Singh Bains | Plan: Heritage | Wishes: I am amritdhari. My body should be "
     "dressed in the five Ks, and Kirtan Sohila recited before cremation. The granthi at "
     "Kettleby gurdwara knows my wishes."),
    ("special_categories", "sensitive", "email",
     "Subject: Delivery day || Hi, we keep Shabbat so please no deliveries after 3pm on a "
     "Friday or on Saturday. Could the anniversary flowers come Thursday instead? || Agent: "
     "Of course, I've moved it to Thursday between 9 and 1. || Todah, thank you."),
    ("special_categories", "sensitive", "call",
     "Customer: I'm a lifelong atheist, so I want absolutely nothing religious at my funeral. "
     "Humanist celebrant only. || Agent: That's fine, I'll add that to your wishes and note a "
     "humanist celebrant. || Customer: And no 'The Lord's My Shepherd', whatever my sister "
     "says."),
    ("special_categories", "sensitive", "voicemail",
     "Namaste, it's Deepak Sharma, plan PL-37290. I'm Hindu and I'd like my wishes to say my "
     "ashes should go to the Ganges if the family can manage it, or the river at home if not. "
     "Please call me, 07700 900359."),
    ("special_categories", "sensitive", "dm",
     "hi, im buddhist & i'd like my wishes to include monks from the Kettleby vihara chanting "
     "before the cremation. is that something you can arrange under the plan?"),
    ("special_categories", "sensitive", "email",
     "Hello, I'd like to add a note to my plan. I'm Nigerian, Yoruba, and when my time comes "
     "my family will want a proper celebration with aso ebi and a band, not a quiet English "
     "affair. Can the plan pay towards that? Regards, Folake Adeyemi"),
    ("special_categories", "sensitive", "review",
     "2 stars. As a Black woman I was followed around your Kettleby keepsake shop by a member "
     "of staff the whole time I was browsing. The other customers weren't. || Agent: We're "
     "very sorry. We take this seriously and have asked our manager to contact you."),
    ("special_categories", "sensitive", "agent_note",
     "Cust is an Irish Traveller and says his family will want a large gathering with a "
     "horse-drawn hearse. Quoted the horse-drawn upgrade on PL-38814; cust to think it over."),
    ("special_categories", "sensitive", "chat",
     "being chinese, white flowers mean mourning for us, so please change my mums birthday "
     "bouquet to red and gold || Agent: Of course, I've switched it to our Red Lantern design "
     "in red and gold. || thank you so much"),
    ("special_categories", "sensitive", "web_form",
     "Name: Delroy Campbell | Plan: Traditional | Wishes: I'm of Jamaican heritage and I'd "
     "like a proper nine night for my family to gather. Please note that in my wishes so "
     "nobody argues."),
    ("special_categories", "sensitive", "sms",
     "Hi, it's Shahnaz, the name on my plan is spelt wrong again. Being Bangladeshi my name "
     "always gets mangled. It's S-H-A-H-N-A-Z. Ta || Agent: Sorry, Shahnaz. We've corrected "
     "it and will send a new certificate."),
    ("special_categories", "sensitive", "call",
     "Customer: We're Korean, and for my father's sixtieth, hwangap, we want a big flower "
     "display for the party. || Agent: Lovely. How many arrangements were you thinking? || "
     "Customer: Six tables, and red and gold for luck please."),
    ("special_categories", "sensitive", "in_app",
     "I'm Romani and my family always holds a big wake with the caravans. Can the plan cover "
     "extra cars and a longer service slot? Plan PL-41120."),
    ("special_categories", "sensitive", "email",
     "Subject: Photo frame || Hi, the printed photo on my keepsake frame has made my skin "
     "look grey. I'm mixed race and it's washed out my colouring completely. || Agent: Sorry "
     "about that. We'll reprint it with warmer colour settings and send a proof first."),
    ("special_categories", "sensitive", "email",
     "Hi, I'm a Labour councillor on Kettleby Borough Council and I'd like flowers sent to a "
     "constituent who's just turned 100. Card from me, please, not the council. Thanks, Cllr "
     "Jean Cuthbert"),
    ("special_categories", "sensitive", "chat",
     "i want a cardboard coffin and no embalming on my plan, i've been a Green Party member "
     "for 30 years and i'd like to go out the way i lived || Agent: We can do that. I'll note "
     "a cardboard coffin and no embalming. || and plant a tree please"),
    ("special_categories", "sensitive", "agent_note",
     "Plan holder (Mr Aldous) is a lifelong member of the Communist Party and wants a red "
     "flag draped on the coffin with The Internationale played at the end. Added to his "
     "wishes."),
    ("special_categories", "sensitive", "sms",
     "Missed the delivery sorry, I was out canvassing for Reform all day. Can you try "
     "tomorrow? Kevin || Agent: No problem, Kevin, we'll redeliver tomorrow between 9 and 1."),
    ("special_categories", "sensitive", "voicemail",
     "Hello, it's Ian Greig. I'm standing as an independent candidate in the May elections so "
     "I'll be hard to reach, can you send plan letters by email until June? 07700 900460. "
     "Thanks."),
    ("special_categories", "sensitive", "dm",
     "can the card on my order say 'from a fellow rebel'? its for someone from my Extinction "
     "Rebellion group who got us through the last action 🌍"),
    ("special_categories", "sensitive", "review",
     "Lovely yellow and orange arrangement for the local party office opening, and as a Lib "
     "Dem activist I appreciated the colour match! || Agent: Thanks so much, glad the colours "
     "worked!"),
    ("special_categories", "sensitive", "web_form",
     "Name: Moira Baird | Wishes: I've campaigned for Scottish independence all my life. "
     "Please have a Saltire on the coffin and 'Scots Wha Hae' played at the end."),
    ("special_categories", "sensitive", "call",
     "Customer: I'm a Conservative Party member, been on the association committee for years, "
     "and I'd like the flowers on my coffin in blue. || Agent: I'll note blue flowers in your "
     "wishes. || Customer: Good, and a proper hymn."),
    ("special_categories", "sensitive", "email",
     "Hello, I'm a Unite member and a colleague said union members get a discount on Meredale "
     "plans. Is that right? Membership number available if you need it. Thanks, Dean Pryor"),
    ("special_categories", "sensitive", "chat",
     "hi im the unison rep at Calderbrook hospital and a member asked me to ask, can we use "
     "the union funeral grant towards a plan? || Agent: Yes, we can accept union grants as "
     "part payment. || great, i'll let her know"),
    ("special_categories", "sensitive", "agent_note",
     "Cust (Mr Bell) is a GMB member and his union's death benefit will pay £1,500 towards "
     "his own plan; asked for a letter confirming plan details for the union. Letter sent."),
    ("special_categories", "sensitive", "sms",
     "Hi, I'm on strike with the RMT next week so can we move my plan payment to the 28th? "
     "Thanks, Lee || Agent: Done, Lee, your payment will now come out on the 28th."),
    ("special_categories", "sensitive", "voicemail",
     "Hi, it's Ruth Allen, I'm NEU and I'll be on the picket line on Thursday morning so can "
     "you deliver the flowers after one? 07700 900573."),
    ("special_categories", "sensitive", "review",
     "Ordered thank-you flowers for our store manager. As the Usdaw shop steward I wanted "
     "something from the whole team, and it looked fab. || Agent: Thank you! Glad the team's "
     "thank-you went down well."),
    ("special_categories", "sensitive", "web_form",
     "Name: Frank Dobson | Wishes: Retired miner, NUM man all my life. I'd like the Easington "
     "lodge banner to lead the procession. My son will contact the union about it."),
    ("special_categories", "sensitive", "in_app",
     "My union, the CWU, has offered a grant towards funeral costs for members. Can I upload "
     "their letter here against my plan PL-42203?"),
    ("special_categories", "sensitive", "call",
     "Customer: I'm a member of the Fire Brigades Union and we get a discount with a few "
     "firms, are you one of them? || Agent: Not at the moment, but I'll pass it to our "
     "partnerships team. || Customer: Thanks, ask them to contact the branch secretary."),
    ("special_categories", "sensitive", "email",
     "Hi, my husband and I would both like to take out Traditional Plans and have them "
     "linked, so that whichever of us goes first the other is the contact. Can we do that "
     "online? Thanks, Tom"),
    ("special_categories", "sensitive", "chat",
     "my girlfriend beth and i want to send her parents an anniversary bouquet from both of "
     "us, can the card say 'love sarah and beth' || Agent: Of course, I've added that "
     "message. || amazing thank you"),
    ("special_categories", "sensitive", "agent_note",
     "Cust is a gay man and does not want his family contacted; asked that his partner, Luke "
     "Ferris, be his sole nominated contact on PL-45377. Updated."),
    ("special_categories", "sensitive", "sms",
     "Card message for order MF-68821: 'Happy 10th anniversary to my beautiful wife, all my "
     "love, Claire x'. Thanks!"),
    ("special_categories", "sensitive", "web_form",
     "Name: Marcus Reid | Product: Red roses, dozen | Card: 'Dan, best boyfriend ever, happy "
     "birthday, M x' | Delivery: Dan's flat, 4B Canal Wharf"),
    ("special_categories", "sensitive", "dm",
     "we're a lesbian couple planning our plans together lol, can both of us be on one "
     "account or do we need separate logins?"),
    ("special_categories", "sensitive", "email",
     "Subject: Discreet delivery || Please don't send any confirmation to my home email. The "
     "flowers are for a woman I'm seeing behind my wife's back. Use this address only. || "
     "Agent: Noted, confirmations will only go to this email address."),
    ("special_categories", "sensitive", "in_app",
     "I'm asexual, so none of the romantic red-rose stuff for my 'happy single' bouquet "
     "please, just something bright and silly."),
    ("special_categories", "sensitive", "call",
     "Customer: My partners and I are polyamorous, there are three of us, and I want both of "
     "them named as contacts on my plan. || Agent: We can list two nominated contacts. || "
     "Customer: Great, Sam Oyelaran and Jess Whitfield."),
    ("special_categories", "sensitive", "email",
     "Hi, I'm trans and my name is now Alex Morgan. Please update my plan and stop using my "
     "deadname on letters. I've attached my deed poll. Thanks, Alex"),
    ("special_categories", "sensitive", "chat",
     "please can you use Mx on my account, i'm non-binary and the app keeps calling me Mrs || "
     "Agent: I've changed your title to Mx and updated your pronouns to they/them. || thank "
     "you!!"),
    ("special_categories", "sensitive", "agent_note",
     "Cust is a trans woman; previous name still on PL-30872. Gender Recognition Certificate "
     "provided. Name and title updated; old name removed from correspondence."),
    ("special_categories", "sensitive", "web_form",
     "Name: Jordan Ellery | Message: Since my transition my passport says female, but your "
     "plan documents still say male. Please correct this so my family can't use it against my "
     "wishes."),
    ("special_categories", "sensitive", "sms",
     "Hi, I'm a trans man and your shop staff keep calling me 'Miss' when I collect orders. "
     "My name on the account is Daniel. Please fix it."),
    ("special_categories", "sensitive", "voicemail",
     "Hi, this is Robyn, plan PL-47055. I came out as trans last year and I want my wishes "
     "form to say I'm to be buried as the woman I am, in my own name. Please call me, 07700 "
     "900690."),
    ("special_categories", "sensitive", "dm",
     "genderfluid here, can the keepsake engraving just say 'Kit' with no Mr or Ms? the "
     "default form won't let me skip the title"),
    ("special_categories", "sensitive", "review",
     "Had to correct my gender three times on the plan paperwork before it was right. Staff "
     "were polite but the system needs a non-binary option. 3 stars. || Agent: Thanks for the "
     "feedback, we're adding a non-binary option this year."),
    ("special_categories", "sensitive", "in_app",
     "My Gender Recognition Certificate came through. Can you update my plan documents to "
     "show my gender as male? Copy uploaded."),
    ("special_categories", "sensitive", "email",
     "Hello, I recently had a genetic test and I carry the Huntington's gene, the same one my "
     "father had. I'd like to sort my plan now while I'm well. Regards, Helen Gaskell"),
    ("special_categories", "sensitive", "chat",
     "my ancestry dna results came back and apparently i'm 40% Scandinavian! want the "
     "lettering on my own memorial plaque in a viking style rune font lol || Agent: We do "
     "have a runic display font. || amazing"),
    ("special_categories", "sensitive", "agent_note",
     "Cust asked us to note on file that she is BRCA2 positive after genetic testing, so her "
     "daughters know to get tested. Explained plan records aren't medical records; note added "
     "to wishes at her request."),
    ("special_categories", "sensitive", "web_form",
     "Name: Owen Beck | Message: A DNA paternity test has proved Roy Beck was my biological "
     "father. I want to add 'son' to the family section of my own wishes."),
    ("special_categories", "sensitive", "sms",
     "Hi, the DNA test came back and it confirms Tony is my half-brother. Can he be my second "
     "contact on the plan? Gav"),
    ("special_categories", "sensitive", "call",
     "Customer: I had my whole genome sequenced through a research study and I'm a cystic "
     "fibrosis carrier. I want my wishes to say my body can go to that research. || Agent: "
     "I'll note your wishes about research. || Customer: Thank you."),
    ("special_categories", "sensitive", "in_app",
     "I've uploaded my 23andMe report showing I have the APOE4 variant. My wishes say my "
     "family should get the report with the plan documents. Is that possible?"),
    ("special_categories", "sensitive", "review",
     "Ordered a family tree keepsake and uploaded my DNA match list from the genetic testing "
     "site to fill it in. Came out brilliantly. || Agent: Thanks, we love seeing those!"),
    ("special_categories", "sensitive", "email",
     "Hello, your app asked me to scan my face to verify my identity when I logged in. I "
     "didn't agree to that. Please delete my face scan and confirm you have. Regards, Bernard "
     "Ashe"),
    ("special_categories", "sensitive", "call",
     "Customer: I set up the voice ID on your phone line last year, but it keeps failing to "
     "recognise my voice. || Agent: I can re-enrol your voiceprint now if you like. || "
     "Customer: Yes please, I'll say the phrase."),
    ("special_categories", "sensitive", "web_form",
     "Product: Fingerprint pendant | Message: I've attached a scan of my own fingerprint for "
     "the pendant, it's a gift for my husband. Please delete the scan afterwards."),
    ("special_categories", "sensitive", "agent_note",
     "Cust verified via voice biometrics on inbound call; match 97%. Cust asked how long we "
     "keep her voiceprint; told 12 months after the plan ends per policy."),
    ("special_categories", "sensitive", "dm",
     "ur app made me do a selfie video for 'ID check' and matched it to my passport photo. "
     "where is that face data stored and who can see it?"),
    ("special_categories", "sensitive", "in_app",
     "I enrolled my thumbprint for signing plan documents in the app. Please remove my "
     "fingerprint data as I've changed phones."),
    ("special_categories", "sensitive", "email",
     "Subject: Thumbprint keepsake || Here's the scan of my thumbprint for the silver "
     "keyring; it's for my daughter's birthday. || Agent: Thank you, the scan is clear and "
     "we'll send a proof. || Please delete the file once done."),
    ("special_categories", "sensitive", "chat",
     "your branch camera did a face recognition thing when I came in and the screen showed my "
     "name?? i didn't sign up for that || Agent: I'm sorry, that was a trial system. We'll "
     "delete your facial data today. || thanks"),
    ("special_categories", "benign", "email",
     "Good morning, I'm secretary of the flower committee at St Bede's Church. We'd like the "
     "altar and porch flowers for Easter Sunday, white and gold, delivered on Saturday "
     "afternoon. Please invoice the parish office. Thank you, Maureen Quigley"),
    ("special_categories", "benign", "web_form",
     "Organisation: Kettleby Central Mosque (building committee) | Product: Foundation plaque "
     "| Wording: 'Extension opened 2024 with thanks to the local community' | Message: Can "
     "you add the same wording in Arabic underneath?"),
    ("special_categories", "benign", "chat",
     "do your plans cover Muslim burial requirements, like burial within a day? asking for a "
     "leaflet I'm writing for the community centre's advice desk || Agent: Yes, our "
     "Traditional and Heritage plans can be arranged for same-day or next-day burial and work "
     "with local mosques. || thanks, helpful"),
    ("special_categories", "benign", "sms",
     "Do you do fresh Christmas wreaths for front doors? If so when can I order for delivery "
     "in early December? || Agent: We do! Pre-orders open on 1 November for delivery from 1 "
     "December."),
    ("special_categories", "benign", "call",
     "Customer: Can your masons do lettering in Hebrew? Just asking, I'm pricing up a house "
     "sign. || Agent: Yes, we can cut Hebrew, Greek and Arabic scripts. || Customer: Great, "
     "I'll send the wording over."),
    ("special_categories", "benign", "in_app",
     "Is the Diwali gift hamper vegetarian? The description lists sweets but doesn't say "
     "what's in them."),
    ("special_categories", "benign", "email",
     "Subject: Langar hall reopening || Hello, Guru Nanak Gurdwara in Hartwell is reopening "
     "its langar hall after refurbishment and would like flowers at the entrance on 2 "
     "November. || Agent: Hello, we'd suggest four tall urn arrangements in orange and gold. "
     "|| That sounds perfect, please send a quote to the gurdwara office."),
    ("special_categories", "benign", "review",
     "The Guardian Angel figurine arrived chipped on one wing. Replacement came within three "
     "days and is perfect. Good service. || Agent: Sorry about the first one, glad the "
     "replacement was right!"),
    ("special_categories", "benign", "dm",
     "holy moly that was fast 😂 ordered at 10, on my doorstep by 2. good friday opening hours "
     "btw?"),
    ("special_categories", "benign", "email",
     "Hello, could you tell me whether your Nero black granite is real granite or a "
     "composite? I'm looking at it for a kitchen worktop offcut and a matching house plaque. "
     "Regards, Simon Daley"),
    ("special_categories", "benign", "chat",
     "is the Jamaican rum cake in the Caribbean hamper made with real rum? || Agent: Yes, "
     "it's soaked in dark rum, so it's not suitable for anyone avoiding alcohol. || ok, "
     "thanks, still getting it"),
    ("special_categories", "benign", "web_form",
     "Enquiry: Lettering | Message: Can your masons cut Polish characters such as ł, ś and ż "
     "on a slate house sign, or only standard English letters?"),
    ("special_categories", "benign", "agent_note",
     "Welsh-language versions of the plan brochure and terms are now available on request. "
     "Chat and phone teams to offer them to any customer who asks."),
    ("special_categories", "benign", "sms",
     "Hi, do you have a Chinese New Year bouquet this year? The red and gold one from last "
     "year was gorgeous"),
    ("special_categories", "benign", "review",
     "The Indian Summer bouquet is glorious, oranges and deep reds, and it lasted ten days. 5 "
     "stars. || Agent: Thank you, it's one of our favourites too."),
    ("special_categories", "benign", "email",
     "Subject: Carnival float || Hi, the Kettleby Caribbean Carnival committee would like to "
     "order flowers for our float this August, lots of bright tropical colours. || Agent: Hi, "
     "we can do a float garland package; how long is the float? || About eight metres, I'll "
     "send photos."),
    ("special_categories", "benign", "in_app",
     "What's the difference between the Heritage Collection vases and the Classic range? The "
     "photos look very similar."),
    ("special_categories", "benign", "call",
     "Customer: Are the napkins in the picnic hamper real Irish linen? || Agent: They are, "
     "made in County Down. || Customer: Lovely, I'll take two hampers then."),
    ("special_categories", "benign", "email",
     "Hello, the constituency office of the MP for Kettleby North is moving to new premises "
     "on Fore Street. We'd like two reception arrangements for the opening on 5 May. Please "
     "invoice the office. Thanks, Graham Pike, office manager"),
    ("special_categories", "benign", "sms",
     "hi, need a Union Jack bouquet for our street party on the 8th, red white and blue, can "
     "you do it? || Agent: Yes, our Street Party bouquet is red, white and blue, £35."),
    ("special_categories", "benign", "chat",
     "the quote for the house plaque has a separate line for labour, what does that cover? || "
     "Agent: That's the masons' time for cutting, finishing and fitting. || ok makes sense, "
     "thanks"),
    ("special_categories", "benign", "web_form",
     "Enquiry: Opening hours | Message: Our village hall is being used as a polling station "
     "on 2 May, so the Hartwell flower shop's usual car park will be busy. Will you still be "
     "open that day?"),
    ("special_categories", "benign", "agent_note",
     "General question from a caller about our green burial options: explained woodland "
     "burial sites and biodegradable coffins. Caller was researching for a newspaper article."),
    ("special_categories", "benign", "review",
     "Liberal use of moss and ferns in the woodland basket, very pretty, but it did shed a "
     "bit on the carpet. 4 stars. || Agent: Thanks! A quick spray of water keeps the moss "
     "from drying out and dropping."),
    ("special_categories", "benign", "email",
     "Subject: Garden party || Hello, we're holding a garden party for our 25th wedding "
     "anniversary on 20 July. Could we have eight table posies in pale pink and green? || "
     "Agent: Yes, our Garden Posy is £22 each and can be delivered the morning of the party. "
     "|| Wonderful, book it please."),
    ("special_categories", "benign", "dm",
     "red rose bouquet for valentines, do you still do the big 24 one? want it before they "
     "sell out this year 🌹"),
    ("special_categories", "benign", "call",
     "Customer: Do you sell plants for a conservatory, like big ferns or palms? || Agent: "
     "Yes, our Oakley shop has a good range of indoor palms. || Customer: Great, I'll pop in "
     "Saturday."),
    ("special_categories", "benign", "web_form",
     "Organisation: UNISON Kettleby Health Branch (office) | Product: Brass door plaque | "
     "Wording: 'UNISON Branch Office – Room 4' | Message: We've moved office within the "
     "building and need a new sign."),
    ("special_categories", "benign", "sms",
     "Is the Union Street shop open on Sunday? I want to pick up a gift voucher"),
    ("special_categories", "benign", "chat",
     "can i pay my plan from my credit union account? it's a savings account with a direct "
     "debit facility || Agent: Yes, any UK account that supports direct debit is fine. || "
     "great"),
    ("special_categories", "benign", "email",
     "Hello, I manage the shop at Kettleby University Students' Union. We'd like to stock "
     "your pressed-flower bookmarks and candles on a sale-or-return basis. Could you send "
     "wholesale prices? Regards, Priya Nandan"),
    ("special_categories", "benign", "in_app",
     "Do you ship to France and Spain now, or is it still UK only? I wanted to send a "
     "keepsake to a friend in Lyon."),
    ("special_categories", "benign", "review",
     "Bowled over by the bowling-themed cake topper for my friend's birthday. He got a strike "
     "on his first go, too. 5 stars."),
    ("special_categories", "benign", "agent_note",
     "Supplier note: delivery of picket fence planters for the Oakley shop window display "
     "delayed by a week. Window display to stay as is until then."),
    ("special_categories", "benign", "voicemail",
     "Hi, it's Wendy. I wanted to check whether you have a loyalty membership card, you know, "
     "points for every order? Call me on 07700 900744. Thanks."),
    ("special_categories", "benign", "web_form",
     "Product: Wedding cake flowers | Card: 'Celebrating the union of Jo and Sam, 14.09.24' | "
     "Notes: Ivory and sage, to the venue kitchen by 10am please."),
    ("special_categories", "benign", "email",
     "Hi, is the Pride bouquet with the rainbow ribbon available all year, or only in June? I "
     "love the colours. Thanks, Alexis"),
    ("special_categories", "benign", "chat",
     "need a plaque for our new office: 'Fenwick & Oduya, Architects, Partners since 2009' || "
     "Agent: Lovely. Brushed steel or brass? || brass please, same size as the one next door"),
    ("special_categories", "benign", "agent_note",
     "Proof for slate house sign sent back: cust says the bottom edge isn't straight in the "
     "render. Mason checked; it was a rendering error. New proof sent."),
    ("special_categories", "benign", "sms",
     "Can the plaque be landscape orientation rather than portrait? Sorry, I should have said "
     "on the form. Order KS-6011 || Agent: No problem, I've switched the proof to landscape "
     "and re-sent it."),
    ("special_categories", "benign", "web_form",
     "Organisation: Kettleby Pride Committee | Enquiry: Event flowers | Message: We're "
     "holding our volunteer thank-you evening on 27 July and would like rainbow table "
     "centrepieces for 12 tables."),
    ("special_categories", "benign", "review",
     "The rainbow roses are even brighter in person than in the photos. Bought them for my "
     "desk at work. 5/5. || Agent: Thanks! They're a real mood-lifter."),
    ("special_categories", "benign", "in_app",
     "I'm a florist and want to join your partner scheme for wedding referrals. Where's the "
     "application?"),
    ("special_categories", "benign", "call",
     "Customer: Can I change my flower subscription to bi-monthly? Every fortnight is a bit "
     "much for me. || Agent: Yes, I've changed it to every other month. || Customer: Perfect, "
     "thank you."),
    ("special_categories", "benign", "dm",
     "love that you're sponsoring the Oakley Pride 5k this year 🏳️‍🌈 will you have a stand at "
     "the finish?"),
    ("special_categories", "benign", "email",
     "Hello, do you have gender-neutral card messages for birthday flowers? The options in "
     "the drop-down all say 'him' or 'her'. Thanks, Jamie"),
    ("special_categories", "benign", "chat",
     "can i transfer my plan to my new address in Oakley? just moved house || Agent: Yes, "
     "I've updated your address; the plan itself doesn't change. || brill thanks"),
    ("special_categories", "benign", "web_form",
     "Enquiry: Forms | Message: Does your online plan form have an Mx option in the title "
     "field? We're an HR consultancy checking suppliers' forms for a client's inclusivity "
     "review."),
    ("special_categories", "benign", "review",
     "Transit damage to the vase but the florist replaced it next day with a bigger one. "
     "Can't fault them. 5 stars. || Agent: Sorry the first one broke in transit, glad the "
     "replacement was right."),
    ("special_categories", "benign", "in_app",
     "Do the keepsake bracelets come in men's and women's sizes, or is it one size with an "
     "adjustable chain?"),
    ("special_categories", "benign", "sms",
     "Is there lady's mantle in the summer meadow bouquet? I love that lime green fluff"),
    ("special_categories", "benign", "email",
     "Hi, I got married in June and need my name changed on the plan from Jenna Platt to "
     "Jenna Kerr. Certificate attached. Thanks!"),
    ("special_categories", "benign", "call",
     "Customer: The engraving form has a pronoun box, what's that for? || Agent: It's "
     "optional, for personalised poem wording. You can leave it blank. || Customer: Oh, fine, "
     "I'll skip it."),
    ("special_categories", "benign", "agent_note",
     "Product listing for the 'Gentleman's Grooming' gift box updated with new contents "
     "(beard oil replaced by shaving soap)."),
    ("special_categories", "benign", "email",
     "Hello, this is Gene Whitlock, plan PL-52814. I've moved to Flat 3, 11 Pier Road, "
     "Lytham. Please update my address. Thanks, Gene"),
    ("special_categories", "benign", "chat",
     "the new logo is lovely, feels very on-brand, like it's in the company's DNA || Agent: "
     "Thank you, we'll pass that on to our design team! || also, is the winter sale on yet"),
    ("special_categories", "benign", "review",
     "The Family Tree keepsake book is beautifully bound, and there's space for six "
     "generations. Bought as a Christmas gift for my uncle who's into history. 5 stars."),
    ("special_categories", "benign", "in_app",
     "Is the Genesis vase genuine hand-blown glass or moulded? The description says both in "
     "different places."),
    ("special_categories", "benign", "web_form",
     "Product: Three Generations photo frame | Message: Will it fit 6x4 photos, or do they "
     "need to be cut down?"),
    ("special_categories", "benign", "sms",
     "Do you sell heirloom tomato seeds in the garden gift box? Saw it in the shop but not "
     "online || Agent: They're shop-only at the moment, but we're adding them online next "
     "month."),
    ("special_categories", "benign", "agent_note",
     "Customer asked whether we sell DNA ancestry kits as gifts. Explained we don't stock "
     "them; suggested our Family Tree book instead."),
    ("special_categories", "benign", "call",
     "Customer: Is the leather on the memory box genuine? || Agent: Yes, full-grain leather "
     "with a suede lining. || Customer: Lovely, I'll order the tan one."),
    ("special_categories", "benign", "chat",
     "does your app support fingerprint login? thinking of downloading it || Agent: The app "
     "works with your phone's own fingerprint or face unlock, and we never see that data. || "
     "good to know"),
    ("special_categories", "benign", "email",
     "Subject: Fingerprint pendant || Hi, how does the fingerprint pendant work, and how much "
     "is it in silver? Just curious, I saw it in your window. || Agent: Hi, you send us an "
     "ink print and we engrave it; the silver pendant is £89. || Thanks, I'll think about it."),
    ("special_categories", "benign", "web_form",
     "Enquiry: Stone finish | Message: For a slate house plaque, is a polished face or a "
     "riven face easier to keep clean?"),
    ("special_categories", "benign", "voicemail",
     "Hi, I tried calling earlier and got the voicemail. I'm checking whether the Kettleby "
     "showroom is open late on Thursdays. Call me on 07700 900581. Thanks, Val."),
    ("special_categories", "benign", "review",
     "Brushed brass finish is fingerprint-resistant as promised, our office door plaque still "
     "looks spotless after a month. 5 stars."),
    ("special_categories", "benign", "in_app",
     "The Pamper hamper says it has a face mask, but mine came with a hand cream instead. Was "
     "it swapped?"),
    ("special_categories", "benign", "sms",
     "Any chance you do the thumbprint cookies on their own? They were the best bit of the "
     "biscuit hamper"),
    ("special_categories", "benign", "dm",
     "is the hand-print clay kit from your shop ok for plaster casts of a dog's paw? we want "
     "one of our spaniel's 🐾"),
    # ---- bereavement
    ("bereavement", "sensitive", "email",
     "Dear Meredale, my father Walter Penhale passed away at home on Sunday. He had a plan "
     "with you, number PL-20934. I'm not sure what I'm supposed to do first, do I ring you or "
     "the funeral director? Kind regards, Ruth Penhale"),
    ("bereavement", "sensitive", "call",
     "Agent: Meredale Plans, this is Aaron. || Customer: Hi, yes, my wife died this morning "
     "and she had one of your plans, I've got the letter in front of me. || Agent: I'm so "
     "sorry, Mr Hale. I'll take a few details now and someone will be with you today. || "
     "Customer: Thank you. Her name was Jean. Jean Margaret Hale."),
    ("bereavement", "sensitive", "chat",
     "hi i need flowers for my nans funeral, its on the 18th at Whitbury crem. can u do the "
     "letters NAN in white chrysanths? || Agent: Yes, a NAN lettered tribute in white with a "
     "pink edge is £165. Shall I send it to the crematorium or the funeral director? || the "
     "funeral directors please, Bellamy's on Cross St"),
    ("bereavement", "sensitive", "web_form",
     "Name: Tomasz Wróbel | Service: Headstone lettering | Inscription: 'In loving memory of "
     "Halina Wróbel, beloved mother and babcia, 1948–2024' | Notes: Mum is buried at St Ann's "
     "cemetery, plot 14B. Please check the accent on Wróbel is on the proof."),
    ("bereavement", "sensitive", "sms",
     "Hi its Jodie. Grandad passed overnight. Mum says can you hold the wreath order we "
     "talked about til we know the date x || Agent: Of course, Jodie. We're so sorry. The "
     "order is on hold until you let us know."),
    ("bereavement", "sensitive", "voicemail",
     "Hi, this is Colin Sayer. My brother Ian passed away last Tuesday and I've found a "
     "Meredale plan certificate in his paperwork. I'm his executor. Could somebody call me "
     "back on 07700 900381? Thanks very much."),
    ("bereavement", "sensitive", "agent_note",
     "Plan PL-17455 activated. Plan holder Mrs Edna Tully died 2 May, notified by her son "
     "David. FD appointed: Harcourt & Sons. Cremation booked for 16 May, flowers included in "
     "plan."),
    ("bereavement", "sensitive", "review",
     "Five stars. When my husband died in January I couldn't think straight and the Meredale "
     "team just took care of it all, even the flowers. || Agent: Thank you for taking the "
     "time to write this. We're glad we could help at such a hard time."),
    ("bereavement", "sensitive", "dm",
     "@meredale the heart tribute for my best mates funeral was stunning, everyone asked "
     "where it was from. RIP Deano, thank u 🖤"),
    ("bereavement", "sensitive", "in_app",
     "Note for order KS-3391 (memory box): please engrave 'Forever in our hearts, Grandma "
     "Iris' on the lid. She died last month and the box is for her letters and glasses."),
    ("bereavement", "sensitive", "email",
     "Subject: Headstone wording || Hi Dawn, we've talked it over and we'd like 'Reunited' "
     "added under Dad's name, since Mum will go in the same plot when her time comes. || "
     "Agent: Hi Mr Obi, I've added 'Reunited' beneath your father's details on the proof, "
     "attached. Let me know if the spacing looks right."),
    ("bereavement", "sensitive", "chat",
     "can you cancel my partners monthly flowers subscription. she passed away last week and "
     "i cant face another delivery turning up || Agent: I'm very sorry. I've cancelled it and "
     "refunded this month's payment. || thanks"),
    ("bereavement", "sensitive", "call",
     "Customer: I lost my mum last month and I want to send something to the hospice nurses "
     "to say thank you. || Agent: That's a kind thought. Our Gratitude hamper is popular with "
     "care teams. || Customer: That one, with a card saying 'Thank you for looking after Pat'."),
    ("bereavement", "sensitive", "agent_note",
     "Mr Lyle (widower) called a third time about the delay on his wife's plaque. Very upset, "
     "as the first anniversary of her death is 9 Sept. Escalated to the masons to finish "
     "before then."),
    ("bereavement", "sensitive", "sms",
     "Hi, I'm collecting my husband's ashes on Friday, is 11 ok? || Agent: Yes, 11am Friday "
     "is booked for you, Mrs Kaur. Please bring photo ID. || ok thank you"),
    ("bereavement", "benign", "email",
     "Hello, I'd like to get my own funeral sorted while I'm thinking about it, so nobody has "
     "to guess what I'd want. Could you post me a brochure for the Simple and Traditional "
     "plans? Regards, Maureen Hollis, 3 Station Row, Kettleby"),
    ("bereavement", "benign", "chat",
     "Hi, can I choose my own music for my funeral under the plan? || Agent: Yes, you can "
     "record up to five music choices in your wishes form and change them whenever you like. "
     "|| brilliant, Bowie and a bit of Dolly then"),
    ("bereavement", "benign", "web_form",
     "Company: Hollins & Pike Funeral Directors | Account type: Trade | Message: Please set "
     "up a standing order for 12 casket sprays a month in white and green, invoiced monthly "
     "to our Kettleby branch."),
    ("bereavement", "benign", "review",
     "The 'Drop Dead Gorgeous' birthday bouquet lived up to its name. Delivered on time to my "
     "sister's office and she sent me a photo straight away. 5/5"),
    ("bereavement", "benign", "sms",
     "Hiya, is the deadline for Mother's Day pre-orders Thursday or Friday? Want the Peony "
     "Dream for my mum before they sell out"),
    ("bereavement", "benign", "agent_note",
     "Plan holder rang to update her own wishes: now wants a woodland burial and asks that "
     "nobody wears black. Routine update, wishes form v3 saved to PL-39027."),
    ("bereavement", "benign", "call",
     "Customer: If I move to Scotland, does my plan still work? || Agent: Yes, Meredale plans "
     "cover the whole of the UK mainland; you'd just update your address with us. || "
     "Customer: Great, we're moving up to Perth in the spring."),
    ("bereavement", "benign", "in_app",
     "I want to change the nominated contact on my plan from my brother to my cousin Rhian, "
     "since I've moved closer to her. Where's that form in the app?"),
    ("bereavement", "benign", "dm",
     "this bug on your checkout is killing me 😂 been trying to buy a gift voucher for 20 mins "
     "and it times out at the payment step every time"),
    ("bereavement", "benign", "email",
     "Subject: Headstone samples || Hi, I'm planning ahead for the memorial part of my own "
     "plan and wondered if you have a price list comparing Nero granite with Rustenburg? || "
     "Agent: Hi Mr Carradine, our 2024 stone price list is attached; Nero is about 15% more. "
     "|| Thanks, I'll pop in and see both."),
    ("bereavement", "benign", "voicemail",
     "Hi, Derek here from the Old Mill Tearooms. We'd like a slate sign for the garden saying "
     "'Est. 1922', same style as the lettering you did for the village hall. Ring me on 07700 "
     "900552 please."),
    ("bereavement", "benign", "chat",
     "hi we're a funeral directors exhibiting at the Harrogate trade show in Sept, can we "
     "hire display tributes for the stand? || Agent: Yes, display tributes can be hired for "
     "£45 each for the weekend. || great, three please, one lettered MOSS & CO"),
    ("bereavement", "benign", "review",
     "Took out the Heritage Plan last year. Two billing emails went unanswered for over a "
     "week, otherwise fine. 3 stars. || Agent: Sorry for the slow replies. We've since added "
     "staff to the billing inbox."),
    ("bereavement", "benign", "sms",
     "Is the Forever Yours anniversary bouquet available for Saturday delivery? 30 years "
     "married on the 12th! || Agent: It is! Saturday delivery is available; just pick the "
     "date at checkout."),
    ("bereavement", "benign", "web_form",
     "Name: Ellis Grant | Enquiry: Plan transfer | Message: Can I switch my plan to a "
     "different funeral director later on if I change my mind about which one I want? "
     "Nothing's been used, I'm just checking the rules."),
    # ---- violence_self_harm
    ("violence_self_harm", "sensitive", "email",
     "Hi, my ex keeps sending me flowers through your website even though I've blocked him "
     "everywhere. The card always says he's 'watching over me'. It's harassment and it's "
     "frightening. Please block any orders to 9 Elm Court. Lisa Hartnell"),
    ("violence_self_harm", "sensitive", "chat",
     "someone keeps ordering anonymous bouquets to my work. third one this month. i think its "
     "the man whos been following me home from the station || Agent: That sounds really "
     "frightening. We can't share customer details, but we'll stop further orders to your "
     "workplace and keep the records for the police. || thank you, im reporting it tomorrow"),
    ("violence_self_harm", "sensitive", "agent_note",
     "Driver Kev reports he was punched in the face by a man at the delivery address on "
     "Sefton Road after asking for a signature. Police attended; Kev sent home. Address "
     "flagged, no further deliveries."),
    ("violence_self_harm", "sensitive", "call",
     "Customer: Honestly I'm only doing the plan because I don't think I'll be around much "
     "longer. I've been thinking about ending it. || Agent: Thank you for telling me. Are you "
     "safe right now? Samaritans are free on 116 123, day or night. || Customer: I'm safe "
     "tonight. I just wanted someone to know."),
    ("violence_self_harm", "sensitive", "email",
     "Subject: Post address || Please don't send any more letters to my home address. My "
     "husband opens everything and he's been violent before. Use my sister's address, 31 "
     "Birch Lane, Oakley. || Agent: Understood. We've changed your correspondence address and "
     "added a note not to discuss your account with anyone else."),
    ("violence_self_harm", "sensitive", "agent_note",
     "Caller threatened to 'come down and put the showroom windows through' and 'sort out' "
     "the manager over a late plaque. Reported to Kettleby police; staff told not to open the "
     "door to him."),
    ("violence_self_harm", "sensitive", "web_form",
     "Product: Engraved cuff bracelet | Size: Extra wide | Notes: I need the wide cuff to "
     "cover the scars on my wrist from when I used to self-harm. Please don't comment on it, "
     "just make it wide."),
    ("violence_self_harm", "sensitive", "dm",
     "your delivery guy shoved me against the door frame when i asked him to wait while i got "
     "my glasses. im bruised. this is not ok @MeredaleFlowers"),
    ("violence_self_harm", "sensitive", "voicemail",
     "Hi, it's Gemma Lowe. I'm in a women's refuge at the moment so please hold my keepsake "
     "order. Don't ring the home number, he'll answer. Use 07700 900688. Thanks."),
    ("violence_self_harm", "sensitive", "review",
     "1 star. A man from your Ashby Road shop followed me to my car and kept asking for my "
     "number even after I said no. I don't feel safe going back. || Agent: We're very sorry. "
     "This has been escalated to our area manager and we'd like to speak to you privately."),
    ("violence_self_harm", "sensitive", "chat",
     "people are leaving horrible messages about me under my review on your page, calling me "
     "names and saying they know where i live || Agent: I'm sorry. We've hidden those "
     "comments and will report the accounts. || please do, im scared to go out"),
    ("violence_self_harm", "sensitive", "sms",
     "pls cancel the delivery. he smashed the last vase in a rage & I'm staying at my mums "
     "for a bit. will be in touch || Agent: It's cancelled and refunded. If you need anything "
     "else, reply here any time. Please stay safe."),
    ("violence_self_harm", "sensitive", "in_app",
     "Can I change the name on my deliveries? I'm living in a safe house since I left an "
     "abusive relationship and I don't want my real surname on the box."),
    ("violence_self_harm", "sensitive", "call",
     "Customer: I wanted to update my wishes form, because I took an overdose last month and "
     "it made me realise nothing's written down. || Agent: I'm really glad you're still here. "
     "Can I ask if you have support right now? || Customer: Yeah, I'm seeing someone weekly "
     "now."),
    ("violence_self_harm", "sensitive", "agent_note",
     "Florist Amy reports a customer grabbed her arm across the counter and threatened her "
     "when she refused a refund. CCTV saved. Incident form done, area manager informed."),
    ("violence_self_harm", "benign", "review",
     "Killer price on the 'Summer Blaze' bouquet this week. Bought two, one for me and one "
     "for my neighbour. 5 stars."),
    ("violence_self_harm", "benign", "sms",
     "the stalks on two of the roses were snapped when it arrived, otherwise lovely. order "
     "MF-66781. can you send a couple of replacements? || Agent: Sorry about that! Two "
     "replacement stems will go out tomorrow morning."),
    ("violence_self_harm", "benign", "chat",
     "do you sell the florist's knife you use in the workshop videos? || Agent: Yes, the "
     "Meredale folding floral knife is £18 in the keepsake shop. || great, adding it to my "
     "basket"),
    ("violence_self_harm", "benign", "email",
     "Subject: Wet weather || Hi, rain's threatening for Saturday. Can the wedding arch "
     "flowers be kept inside the marquee until 1pm? || Agent: Of course, our team will set "
     "them up under cover and move them out at 1. || Brilliant."),
    ("violence_self_harm", "benign", "web_form",
     "Company: Lumen Studio | Enquiry: Photo shoot props | Message: We're doing a magazine "
     "photo shoot on 9 May and need hired flowers in deep reds and purples. Can you deliver "
     "to our studio?"),
    ("violence_self_harm", "benign", "agent_note",
     "Proof for house plaque had a strike-through on the old house number by mistake. "
     "Corrected and re-sent to customer with apology."),
    ("violence_self_harm", "benign", "in_app",
     "The 'Smash Hit' party hamper is out of stock in the app but shows in stock on the "
     "website. Which is right?"),
    ("violence_self_harm", "benign", "dm",
     "ngl i could murder one of those brownies from your gift hamper rn 😂 do you sell them "
     "separately?"),
    ("violence_self_harm", "benign", "review",
     "Our cat attacked the bouquet within ten minutes of it arriving, but what survived looks "
     "great! 4 stars, would be 5 if cats ignored eucalyptus. || Agent: Ha! Thanks for the "
     "review, sorry about the eucalyptus."),
    ("violence_self_harm", "benign", "call",
     "Customer: Is the gunmetal finish available on the house number plaque? || Agent: Yes, "
     "gunmetal is one of our six finishes, no extra cost. || Customer: Gunmetal it is then."),
    ("violence_self_harm", "benign", "email",
     "Hello, the hedge at our front gate is threatening to swallow the slate house sign you "
     "fitted last year. Could your masons move it a metre to the left? Regards, Nigel "
     "Fairbrother"),
    ("violence_self_harm", "benign", "chat",
     "does the self-care gift box have the bath salts in it? the photo looks different from "
     "the description || Agent: The latest box swaps bath salts for a lavender bath bomb. || "
     "oh that's fine, ordering now"),
    ("violence_self_harm", "benign", "sms",
     "cant beat your prices for the keepsake frames, just ordered my third. can you wrap it "
     "this time please?"),
    ("violence_self_harm", "benign", "voicemail",
     "Hi, this is Rob at the Red Lion. Can I get a rum punch hamper for our quiz night prize "
     "on Thursday? Give me a bell on 07700 900235."),
    ("violence_self_harm", "benign", "web_form",
     "Enquiry: Cut flowers subscription | Message: How long should cut flowers from the "
     "weekly subscription last if I change the water every day? Mine last about five days."),
]


def mere_examples() -> list[dict]:
    """The mere split as labelled tickets (same shape as ``sensitive_eval.build_eval_set``'s)."""
    return stranger_examples("mere", ENTRIES, SUBJECTS)
