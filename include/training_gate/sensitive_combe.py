"""combe split: written by a helper who had not seen the detection rules, the anchors or any other split.
Setting: Brindle & Bloom, an invented chain of hair, beauty, tattoo and piercing studios (Bloom Pass loyalty app,
Bloom Club plans, Bloom Cards); registers are email, chat, sms, call_transcript, agent_note, web_form, review,
voicemail, dm, in_app.
The benign half borrows the same territory harmlessly: product and service names (Little Sprout, Gene Pool, Knife
Edge bob, Barrister Bun), idioms (dead ends, killer fade, dying to try), organisations acting as organisations
(a school office, a union branch, a church hall committee, a funeral director, police social club), general
policy questions, and routine payment trouble.
70 sensitive and 70 benign tickets for special categories, 50 and 50 for children, 20 and 20 for financial hardship,
15 and 15 for health, legal, bereavement and violence and self-harm.
First reading (policy 2026.11.24, before any change made in response to it; `sensitive_eval.evaluate`, as `make
eval-sensitive`): 91.0 / 1.5 recall / false exclusion in % as shipped, 92.5 / 5.0 without the overruling,
85.5 / 4.5 by the rules alone. Waits for the next round."""

from __future__ import annotations

from training_gate.sensitive_blind import stranger_examples

SUBJECTS: tuple[str, ...] = (
    "Booking change",
    "Deposit refund",
    "Patch test question",
    "Aftercare advice",
    "Gift card balance",
    "Bloom Pass app problem",
    "Loyalty petals",
    "Bloom Club membership",
    "Tattoo consultation",
    "Piercing enquiry",
    "Review reply",
    "Complaint",
    "Cancellation",
    "Product question",
)

ENTRIES: list[tuple[str, str, str, str]] = [
    # ---- health
    ("health", "sensitive", "email",
     "Hi, I've got my patch test booked for Thursday at Castlegate ahead of the Copperleaf gloss on Saturday. "
     "Just so Priya knows, my psoriasis has been flaring along the hairline since March and I'm on a steroid "
     "scalp lotion from my GP. Should I stop it before the test? Thanks, Gemma Rowe"),
    ("health", "sensitive", "chat",
     "hey can i move my lip piercing to next week || Agent: Sure thing, what's the booking ref? || BB-30917. "
     "dentist says i have to finish the antibiotics for the abscess first, theyre done wednesday || Agent: No "
     "problem, I've moved you to Thursday at 3pm with Juno. Hope it settles down quickly!"),
    ("health", "sensitive", "sms",
     "Running 10 min late sorry, my insulin pump alarm went off in the car park, sorted now - Lou || Agent: No "
     "worries Lou, Rhiannon will hold the chair for you. Take your time."),
    ("health", "sensitive", "agent_note",
     "Cust Mr Dariusz Nowak called re tattoo booking 14/6 (forearm, Kez). He is on warfarin; says his "
     "cardiologist has OK'd it but wants it on file. Kez to keep session under 2h. Flag added to client record."),
    ("health", "sensitive", "call_transcript",
     "Agent: Brindle & Bloom Ferrymead, Marta speaking. || Caller: Hiya, it's about my gel nails on Friday, is "
     "the last slot still going? || Agent: The 5:15 is free, yes. Anything we should know? || Caller: Only that "
     "I'm 22 weeks pregnant and the acetone smell turns my stomach, could I sit by the window? || Agent: Of "
     "course, I'll put a note on for Rhiannon and open it before you arrive."),
    ("health", "sensitive", "voicemail",
     "Hi, it's Callum Price, booking BB-55021, I was meant to have the beard sculpt with Dom at two today. I'm "
     "still on the ward at St Aldhelm's after the fall on Sunday so I won't make it, sorry. I'll ring when they "
     "let me out."),
    ("health", "sensitive", "web_form",
     "Name: Aisha Bello | Service: Lash lift | Medical conditions: blepharitis, using prescribed eye drops "
     "twice a day | Preferred studio: Quayside | Notes: happy to do a patch test first if needed"),
    ("health", "sensitive", "review",
     "★★★☆☆ Lovely team at Wickham Row but the waiting area only has those low sofas with no arms and with my "
     "MS I really struggle to get back up. Colour came out gorgeous though."),
    ("health", "sensitive", "dm",
     "hi do u do tattoos over scars? || Agent: We do! Our artists look at each one in a free consult first. How "
     "old is the scar? || about 18 months, its the one from my hip replacement || Agent: That should be well "
     "settled by now. Sol does a lot of these, shall I find you a consult slot?"),
    ("health", "sensitive", "in_app",
     "Rebooking request: please push my Bloom Club blow-dry to the end of the month. I start chemo on the 3rd "
     "and the nurse said to go easy on heat styling for a bit. Would love to stay with Ade's team if possible. "
     "|| Agent: Of course. I've moved you to the 29th at 11 with Ade's team, and there's no charge for the "
     "change. Wishing you well. || Thank you, that means a lot."),
    ("health", "sensitive", "email",
     "Subject: Numbing cream before sleeve session || Hello, can I use the numbing cream you sell before my "
     "sleeve session? I'm on sertraline for depression and the pharmacist wasn't sure about lidocaine with it. "
     "Tomasz || Agent: Hi Tomasz, thanks for checking with us. We can't give medical advice, so please go with "
     "your GP or pharmacist; Kez is equally happy to work without cream or to wait until you've heard back. || "
     "OK, I'll ask the GP on Monday and let you know."),
    ("health", "sensitive", "chat",
     "is the piercing room at tanners yard step free? my wheelchair doesnt fold easily and last time we had to "
     "go in through the bins entrance lol || Agent: I'm really sorry about that. Tanner's Yard has a ramp at "
     "the side door now and the piercing room is on the ground floor. || ok good, book me for the conch on the "
     "9th then"),
    ("health", "sensitive", "agent_note",
     "Client fainted during helix piercing at 11:40, came round within a minute. Told Juno she has POTS and "
     "hadn't eaten since breakfast. Sat with water and biscuits for 20 min, partner collected her. Incident "
     "form IF-219 completed."),
    ("health", "sensitive", "sms",
     "Hi can I swap Tues hair for Thurs? My knee physio got moved to Tues afternoon. Cheers, Dan (BB-61188) || "
     "Agent: Hi Dan, Thursday at 5.30 with Mo is free, shall I swap it? || yes pls"),
    ("health", "sensitive", "review",
     "Ffion is the only brow tech who takes my alopecia seriously. She mapped out brows where I've got no hair "
     "left at all and never made it awkward. Five stars, Old Mint Street. || Agent: Thank you so much for this, "
     "we'll make sure Ffion sees it. See you at your next top-up!"),
    ("health", "benign", "chat",
     "does the Hushbalm have any nut oils in it? want to check before I order a tube || Agent: Hushbalm is "
     "nut-free; the full ingredient list is printed on the tube and on the product page under 'What's inside'. "
     "|| perfect ty, ordering now"),
    ("health", "benign", "email",
     "Hello, what is your patch test policy for colour? A friend told me some places skip it if you've had "
     "colour somewhere else in the last six months. Is that how Brindle & Bloom does it too? Regards, Pete"),
    ("health", "benign", "web_form",
     "Enquiry type: Product question | Message: Is the Saline Sprout spray the same thing as the sterile saline "
     "you get at a chemist? Trying to work out which to buy for a new lobe piercing."),
    ("health", "benign", "sms",
     "Is the Healthy Roots scalp treatment included in the Blossom plan or is it extra? ta || Agent: It's "
     "included in Blossom once a month, and £18 on Bud. || ah nice, I'm on Blossom"),
    ("health", "benign", "agent_note",
     "All studios: new first aid kits arrive Monday. Check expiry dates on the old kits and log them on the H&S "
     "sheet before binning. No client action needed."),
    ("health", "benign", "review",
     "The Doctor Gloss treatment is honestly a miracle cure for frizz, my hair has never been this shiny. 5 "
     "stars for Quayside."),
    ("health", "benign", "call_transcript",
     "Caller: Hi, do your tattooists use vegan inks? || Agent: Yes, all our black and colour inks are vegan and "
     "the artist can show you the bottles on the day. || Caller: And the numbing cream you sell, is that a "
     "pharmacy thing? || Agent: It's a licensed over-the-counter product; the leaflet in the box explains how "
     "to use it."),
    ("health", "benign", "in_app",
     "App keeps showing 'Health & safety questionnaire pending' on my booking even though I filled it in "
     "yesterday. Can someone clear it please? || Agent: Sorry about that, it's a known glitch. I've marked it "
     "complete on our side, it should clear after a refresh. || gone now, thanks"),
    ("health", "benign", "dm",
     "ur lash serum is sick, literally doubled my lashes in a month 😍 is it back in stock at castlegate?? || "
     "Agent: Haha we love to hear it! Castlegate got a restock this morning. || omw"),
    ("health", "benign", "voicemail",
     "Hi, it's Grace from Lindenfield Pharmacy on the high street. We're putting together a wellbeing fair in "
     "the square in May and wondered if Brindle & Bloom would like a stall doing hand massages. Call me back on "
     "07700 900412, thanks."),
    ("health", "benign", "email",
     "Hi team, is it true you can't get a tattoo for a while after giving blood? Asking in general, a few of us "
     "at work are thinking of booking a group session. Rory || Agent: Hi Rory, questions about donation timing "
     "are best answered by the blood service itself; on our side we just ask everyone to arrive rested and "
     "having eaten. Happy to look at group dates whenever you're ready! || Cheers, will get back to you with "
     "numbers."),
    ("health", "benign", "chat",
     "hi is the Recovery Ritual mask ok on bleached hair or only on uncoloured hair? || Agent: It's made for "
     "bleached and coloured hair, once a week is plenty. || ok adding to basket"),
    ("health", "benign", "web_form",
     "Subject: Hygiene | Message: Do all your studios use single-use needles and an autoclave? Thinking about "
     "booking a nostril piercing at Old Mint Street and want to know before I commit."),
    ("health", "benign", "sms",
     "The Ache Away neck massage add on, is it 15 or 20 mins? Want to add it to Sat || Agent: 15 minutes, £12. "
     "Added to your Saturday booking? || yep go for it"),
    ("health", "benign", "in_app",
     "Can I cancel the Wellness Wednesday facial without losing my deposit? Something's come up at work. || "
     "Agent: If you cancel more than 48 hours before, the deposit goes back into your Bloom Pass wallet. || "
     "Great, cancelling now, thanks."),
    # ---- children
    ("children", "sensitive", "sms",
     "Can I bring Mia in for her first ear piercing on Saturday? She's 9 and I'll sign the consent form on the "
     "day. Jo || Agent: Hi Jo! Saturday 10.30 with Juno is free. Bring your photo ID and something of hers with "
     "her date of birth on. || Perfect, see you then"),
    ("children", "sensitive", "chat",
     "hi need a kids cut for my son before school photos on the 12th || Agent: Lovely! How old is he? Our Mini "
     "Cut is for under-12s. || hes 7, year 2 at st brannocks, wants it short on the sides like his dad lol || "
     "Agent: Booked with Dom at Ferrymead, Saturday 10am. He'll get a sticker too! || brill thanks"),
    ("children", "sensitive", "web_form",
     "Bloom Pass family account | Child's name: Oscar Lindqvist | Date of birth: 14/02/2019 | Parent: Helena "
     "Lindqvist | Request: please let Oscar's trims earn petals on my balance"),
    ("children", "sensitive", "email",
     "Hi there, my daughter Ellie is in Year 11 and her prom is on 27 June. I'd like to book hair and makeup "
     "for her at Castlegate, plus a blow-dry for me. She wants something soft, no heavy contour, she's only 16! "
     "Could we have back-to-back slots from 2pm? Many thanks, Karen Dunmore"),
    ("children", "sensitive", "agent_note",
     "Mum brought twins Ellis and Noah (6) for trims at Castlegate. Noah wouldn't sit in the big chair so Dom "
     "cut him on mum's lap. Waived the second fringe tidy. Both rebooked for 6 weeks."),
    ("children", "sensitive", "in_app",
     "Add dependant: Poppy Adeyemi-Clarke, DOB 03/09/2016, relationship: daughter. She's having her ears done "
     "with Juno at half term so I wanted her on the family account first."),
    ("children", "sensitive", "voicemail",
     "Hiya it's Sian, I booked the first haircut for Arlo on Tuesday, he's just turned one, and I wanted to "
     "check you still do the little certificate and the lock of hair in an envelope? Ring me back on 07700 "
     "900233, ta."),
    ("children", "sensitive", "review",
     "Dom was brilliant with my lad. He's 5 and hates anyone near his head, but Dom let him hold the (switched "
     "off) clippers and put cartoons on. First haircut with no tears ever!"),
    ("children", "sensitive", "call_transcript",
     "Agent: Good morning, Brindle & Bloom Quayside, Juno speaking. || Caller: Hi, my daughter Leah's 16 and "
     "she's desperate for a nose stud. Do I have to come in with her? || Agent: For under-18s we need a parent "
     "or guardian there with photo ID and her ID too. || Caller: Her provisional licence will do? || Agent: "
     "Perfect, yes. Shall I book Saturday?"),
    ("children", "sensitive", "dm",
     "hey im 15, can i get a small wrist tattoo if my mum comes with me and signs? || Agent: Sorry, we can't "
     "tattoo anyone under 18 even with a parent's consent, it's the law. We'd love to see you once you're 18 "
     "though! || aw ok fair"),
    ("children", "sensitive", "chat",
     "can my son use my gift card? he's 13 and wants his hair bleached for the summer hols || Agent: Gift cards "
     "can be used by anyone, but for bleach on under-16s we need a parent present for the consultation. || ok "
     "ill come with him, tuesday?"),
    ("children", "sensitive", "email",
     "Subject: Pamper party || Hello! I'd love to book a Mini Glam party for Ruby's 8th birthday on the 19th. "
     "It'd be her and five girls from her class at Elmwood. Can you do plaits and nail stickers, nothing "
     "permanent? || Agent: Hi Laura, we'd love to host Ruby! The Mini Glam party covers plaits, glitter and "
     "peel-off polish for up to six. I've pencilled in 19th, 1-3pm at Wickham Row. || Brilliant, deposit paid. "
     "She's SO excited."),
    ("children", "sensitive", "agent_note",
     "Year 6 girl (11) came to Tanner's Yard alone asking for a lip piercing. Declined per policy. Rang the "
     "number she gave; mum came to collect her. Note on file so she isn't booked online."),
    ("children", "sensitive", "sms",
     "Hi it's Kerry, could you squeeze Alfie in for a trim tomorrow after school? He finishes at 3.15 at "
     "Hillcrest Primary so any time after half 3 || Agent: Hi Kerry, 3.45 with Dom at Ferrymead? || yes thank "
     "u!!"),
    ("children", "sensitive", "in_app",
     "My daughter Isla (10) has her own Bloom Pass under my login. Can I move 200 petals from my balance to "
     "hers? It's her birthday treat next week. || Agent: Yes, go to Family > Isla > Gift petals and enter 200. "
     "Happy birthday to her! || done, thanks"),
    ("children", "sensitive", "web_form",
     "Consent form upload | Minor's name: Jayden Moore | Age: 16 | Procedure: helix piercing | Parent/guardian: "
     "Shona Moore | ID attached: yes, both"),
    ("children", "sensitive", "review",
     "Took my 14 year old for her first brow wax before her school photos and Ffion explained every step, kept "
     "it really natural. She came out grinning. Thank you Old Mint Street x"),
    ("children", "sensitive", "call_transcript",
     "Caller: Hi, I'd like to book my son's first proper shave, he's 17 next week and his grandad wants to come "
     "along. || Agent: Aw, love that. The hot towel shave with Dom is 45 minutes. || Caller: Can grandad have a "
     "trim at the same time? || Agent: I'll put them side by side on Thursday at 4."),
    ("children", "sensitive", "dm",
     "do u do braids for kids? my niece is 6 and her dad wants her hair done for the wedding on the 14th || "
     "Agent: We do! Tasha does beautiful cornrows for little ones, about an hour. Want the 13th so they're "
     "fresh? || yes that works"),
    ("children", "sensitive", "voicemail",
     "Hello, this is Mrs Harding at reception at Greystone Academy. I'm calling about one of our pupils, Tyler "
     "Benson in Year 9, who's come in today with a new tragus piercing and says it was done at your Quayside "
     "studio. Could the manager ring me on 07700 900517?"),
    ("children", "sensitive", "email",
     "Hi, my son Reuben is 12 and has been growing his hair for two years to donate to a wig charity. He'd like "
     "it cut at Ferrymead with his mates watching. Is there a quiet time when we wouldn't be in anyone's way? "
     "Thanks, Beth"),
    ("children", "sensitive", "chat",
     "can i book for 1pm thurs? i drop Maisie at Little Acorns at 12.30 and she stays till 3 so thats my only "
     "window || Agent: 1pm Thursday with Priya is free, root touch-up? || yes pls"),
    ("children", "sensitive", "agent_note",
     "Cust says her son (8) was upset by some of the tattoo flash on the walls at Tanner's Yard while she was "
     "being tattooed. Apologised, added 50 petals. Suggest kids wait in the front lounge going forward."),
    ("children", "sensitive", "sms",
     "Booking for me and my daughter pls, she's 12 so just a wash and blow-dry for her, Sat about 11?"),
    ("children", "sensitive", "in_app",
     "Gift card message: Happy 10th birthday Freya! Treat yourself to a glitter plait with the girls. Love "
     "Grandma and Grandad xx"),
    ("children", "sensitive", "review",
     "My daughter (4) had her hair done at Quayside for her auntie's wedding and the stylist made it into a "
     "game of 'princess or pirate'. Sat still for the whole thing. Miracle!"),
    ("children", "sensitive", "email",
     "Hello, my son Kai is in Year 10 and needs a week of work experience in July. He's really into barbering. "
     "Would the Castlegate team let him shadow them? I can send his school's forms. Regards, Mrs D. Olsen"),
    ("children", "sensitive", "call_transcript",
     "Agent: Ferrymead, good afternoon. || Caller: Hi, I've got a cut and colour Friday. I'll have the baby "
     "with me, she's 8 weeks, is there room for a pram by the chair? || Agent: Yes, we'll give you the end "
     "station, there's loads of space. || Caller: You're a star."),
    ("children", "sensitive", "dm",
     "my little one is 3 and her hair gets so tangly after bath time, what spray do u sell thats gentle for "
     "little ones? || Agent: The Little Sprout detangler is our gentlest, no fragrance and a soft spray. || "
     "ordered, thanks!"),
    ("children", "sensitive", "web_form",
     "Complaint | Studio: Ferrymead | Details: My son Ethan is 14 and was charged the adult price for a skin "
     "fade on Saturday. Your price list says Junior is up to 15. Please refund the difference to my card."),
    ("children", "sensitive", "chat",
     "hey so i'm in year 8 and want my second ear holes done, my mum says its ok, does she have to come? || "
     "Agent: Hi! As you're under 16 a parent or guardian needs to come in with ID. || ok we'll come sat"),
    ("children", "sensitive", "agent_note",
     "Dad called to add son's DOB (21/07/2012) to the account for the student discount. Explained student rate "
     "is for 16+ in college; he's on Junior pricing instead. Updated."),
    ("children", "sensitive", "sms",
     "hi its about Zara's ears from sat, she's only 10 and keeps fiddling with them, is it ok if she goes "
     "swimming this week? || Agent: Hi! We'd say no swimming for 2 weeks, and try to keep her hands off them, "
     "maybe plasters over them at night? || ok will try, thanks"),
    ("children", "sensitive", "voicemail",
     "Hi, it's Anil Mistry, I need to move my son's half past four on Wednesday, he's got a school trip to the "
     "science museum and won't be back till six. Any time Thursday is fine. Thanks."),
    ("children", "sensitive", "review",
     "Juno pierced my 7 year old's ears and counted down from three so they were done at exactly the same time. "
     "Zero tears, just a very proud little girl. 10/10."),
    ("children", "sensitive", "email",
     "Both of mine (Freddie is 9, Max is 11) want matching haircuts for their cousin's wedding, copying a "
     "footballer. Can two barbers take them at once on the Saturday morning? Cheers, Lee"),
    ("children", "sensitive", "chat",
     "can my 17 yr old get a small tattoo if i give permission? she turns 18 in november || Agent: "
     "Unfortunately not, UK law says 18 and over even with a parent's OK. She'd be welcome to book a consult "
     "for after her birthday. || ok, makes sense"),
    ("children", "sensitive", "dm",
     "soooo sorry need to cancel my 2pm, my childminder let me down and ive got the baby all day (she's 6 "
     "months, not ideal for a lash lift lol) || Agent: No stress, I've cancelled it without a fee. Next Tuesday "
     "2pm instead? || yes pls 🙏"),
    ("children", "sensitive", "agent_note",
     "Lost property at Wickham Row Tues: child's school jumper, name tag 'Amelia Watts 4B'. In the back office "
     "drawer; mum has been texted."),
    ("children", "sensitive", "web_form",
     "Party booking | Birthday child: Sienna | Turning: 11 | Guests: 8 | Package: Mini Glam | Studio: Quayside "
     "| Date: Sat 12 Oct | Allergies: none known"),
    ("children", "sensitive", "email",
     "Hi, prom package for my son Jack please, he's in Year 11 at Ridgeway and wants a skin fade plus eyebrow "
     "tidy. Is the teen price the same as Junior? Nikki"),
    ("children", "sensitive", "sms",
     "Running late, stuck at the school gates as Ollie's class assembly overran. Can you hold my 9.30 for 15 "
     "mins? Priyanka"),
    ("children", "sensitive", "in_app",
     "Can I book a kids cut for my grandson? He's 6 and stopping with us for half term. Will the Junior price "
     "apply if I pay from my account?"),
    ("children", "sensitive", "review",
     "Took my daughter for her 16th birthday brows with Ffion and she was so gentle. Sweet 16 sorted, thank you "
     "girls!"),
    ("children", "sensitive", "call_transcript",
     "Caller: Hi, my son plays for the under-11s and it's team photo day Saturday, can he get a quick tidy "
     "first thing? || Agent: First thing is 8.30 at Castlegate with Mo. Name? || Caller: Reggie Tanner. || "
     "Agent: Reggie, 8.30, all set."),
    ("children", "sensitive", "chat",
     "hello, it is for my daughter, she is 14, she have school dance on friday, we need simple updo, how much "
     "is it? || Agent: Hello! A Junior updo is £28 and takes 40 minutes. || ok please book her thursday after 4"),
    ("children", "sensitive", "dm",
     "my son wants a mohawk for his 9th bday party on sat 😂 can someone do it and make it wash out after? || "
     "Agent: Ha, brilliant. Mo can do a wash-out spiky mohawk with coloured gel at 10am Saturday. || hes going "
     "to lose his mind"),
    ("children", "sensitive", "voicemail",
     "It's Mark, just to say we can't make Hannah's four o'clock kids' cut today, her school's parents' evening "
     "got moved and she's only five so she has to come with us. I'll rebook online, sorry."),
    ("children", "benign", "web_form",
     "Enquiry: What's your minimum age for ear piercing, and what ID does the parent need to bring? Just "
     "looking into it for now."),
    ("children", "benign", "email",
     "Hi, I'm the business manager at Ashgrove Primary School. We'd like to order twelve £25 Bloom Cards as "
     "end-of-year thank-yous for our support staff. Can you invoice the school directly? Purchase order to "
     "follow. Kind regards, Janet Pryce"),
    ("children", "benign", "sms",
     "Is the Mini Bloom detangler the same formula as the adult one, just a smaller bottle? || Agent: Slightly "
     "different, the Mini Bloom one has no fragrance. Same price per ml though. || ah ok"),
    ("children", "benign", "chat",
     "do u do baby lights? want really fine ones through the front || Agent: We do! Babylights are a 2.5 hour "
     "service with one of our senior colourists. || ok how much with toner || Agent: From £145 including toner. "
     "|| booking for the 20th then"),
    ("children", "benign", "review",
     "Asked for 'baby blonde' and walked out with exactly that. Priya is a genius with a toning bowl."),
    ("children", "benign", "dm",
     "are ur studios kid friendly in general? like are people allowed to bring kids in or is it adults only || "
     "Agent: Little ones are welcome in the hair and beauty areas; the tattoo rooms are over-18s only. || makes "
     "sense"),
    ("children", "benign", "agent_note",
     "Policy reminder: no piercing other than lobes for under-16s at any studio, and always with parent or "
     "guardian photo ID. Please re-read section 4 of the handbook before the audit."),
    ("children", "benign", "in_app",
     "How do I set up a family account in Bloom Pass? The link in the FAQ goes to a blank page."),
    ("children", "benign", "call_transcript",
     "Caller: Hiya, do you sell the Little Sprout range in store or just online? || Agent: Both! Every studio "
     "stocks the shampoo and detangler. || Caller: And is there a bundle price? || Agent: Three for £20 this "
     "month."),
    ("children", "benign", "voicemail",
     "Hi, this is Carla from the Friends of Marlow Park School committee. We're running the raffle at the "
     "summer fair and wondered if one of your studios might donate a voucher. Call me on 07700 900641 when you "
     "can, thanks."),
    ("children", "benign", "email",
     "Hello, is the Mother's Day gift card bundle (card plus Velvetroot mini set) available to post? I'd like "
     "it to arrive on the Friday before. Thanks, Owen"),
    ("children", "benign", "chat",
     "the baby hairs at my hairline always stick up after a blow dry, which product do you use to smooth them "
     "|| Agent: Our stylists love the Stillwater edge balm, a tiny amount on a brow brush. || great thx"),
    ("children", "benign", "review",
     "Felt like a kid in a sweet shop looking at the flash wall at Tanner's Yard, I could've picked fifty "
     "designs."),
    ("children", "benign", "sms",
     "no kidding the new balayage is unreal, thank u Priya!! || Agent: Aww we'll tell her! Show it off loads x"),
    ("children", "benign", "web_form",
     "Partnership enquiry | Organisation: Brightsteps Nursery Group | Message: We're looking for a local "
     "business to offer a staff perk for our 40 nursery practitioners. Would you consider a corporate Bloom "
     "Club rate?"),
    ("children", "benign", "in_app",
     "Is the Kids' Cut price shown before or after the petals discount in the app?"),
    ("children", "benign", "email",
     "Subject: Father's Day || Do you have a Father's Day beard kit this year like the one last June? I'd like "
     "two for my brothers-in-law. || Agent: Hi Ravi, yes, the Grizzle & Gloss kit is back from 1 June, £32. || "
     "Brilliant, I'll order when it's live."),
    ("children", "benign", "dm",
     "is 'Teen Dream' on ur nail page an actual polish colour? want it for myself haha"),
    ("children", "benign", "agent_note",
     "Stock: Little Sprout shampoo 250ml out at Quayside and Ferrymead. Reorder placed, due Thursday."),
    ("children", "benign", "call_transcript",
     "Caller: Hello, I write for a local parents' guide website and we're listing baby changing facilities on "
     "the high street. Do any of your studios have one? || Agent: Castlegate and Quayside do, in the accessible "
     "toilet. || Caller: Great, thanks for your help."),
    ("children", "benign", "chat",
     "whats the difference between the Mini Cut and the Junior Cut on your price list? || Agent: Mini Cut is "
     "under 12, Junior is 12 to 15. || ah ok thanks"),
    ("children", "benign", "review",
     "Wickham Row is the baby of the group and it shows, reception still a bit disorganised. Cut itself was "
     "good. || Agent: Thanks for the honest feedback. We've added a second receptionist for weekends, and we're "
     "glad the cut hit the mark."),
    ("children", "benign", "sms",
     "Can I book the Grown-Up Glow facial for Thurs evening? After 6 ideally"),
    ("children", "benign", "email",
     "Hello, I'm the careers lead at Ridgeway High. Our careers fair is on 6 March and we'd love someone from "
     "Brindle & Bloom to talk about apprenticeships in hair and beauty. A table and two chairs provided. Best, "
     "Mr A. Kowalczyk"),
    ("children", "benign", "in_app",
     "The app store says Bloom Pass is rated 12+. Why? It's just a booking app isn't it? || Agent: Good "
     "question! It's because the app shows tattoo photos in the gallery; the store rates it on that. || huh, "
     "fair"),
    ("children", "benign", "voicemail",
     "Hi, it's Dev from Little Owls Soft Play next door to Ferrymead. Your product delivery has come to us by "
     "mistake again, three boxes. Pop round whenever."),
    ("children", "benign", "agent_note",
     "Training: Kids' Cut refresher with Dom, Monday 9am before opening at Castlegate. All barbers please "
     "attend."),
    ("children", "benign", "chat",
     "do gift cards have an age limit? like can anyone redeem them or do you need to be 18 || Agent: Anyone can "
     "redeem a Bloom Card; age rules only apply to some services like tattoos. || cool ty"),
    ("children", "benign", "web_form",
     "Question: Is the Mini Bloom party package available at all studios or only Quayside? Just pricing it up "
     "for now, no date yet."),
    ("children", "benign", "review",
     "Old Mint Street has such a calm, grown-up feel, no music blaring, perfect for a Sunday treat."),
    ("children", "benign", "email",
     "Order W-88213: I ordered the Little Sprout gift set and received the adult Velvetroot set instead. Please "
     "could you swap it? Happy to send the wrong one back. Thanks, Claire"),
    ("children", "benign", "call_transcript",
     "Caller: Hi, random question, do you pierce babies' ears? I saw a big debate online and wondered what your "
     "policy is. || Agent: We don't pierce anyone under 6, and only lobes under 16. || Caller: Makes sense, "
     "thanks."),
    ("children", "benign", "sms",
     "Is the Playground Pastels nail collection still on? want the lilac one || Agent: Yes, until the end of "
     "the month, the lilac's called Hopscotch. || want it"),
    ("children", "benign", "in_app",
     "The 'Family' tab in the app is just a blank white screen since the update. iPhone 13, latest iOS."),
    ("children", "benign", "dm",
     "who did the baby pink hair on ur stories yesterday?? i need it || Agent: That was Priya at Castlegate! "
     "She's got a slot next Wednesday. || book me pls"),
    ("children", "benign", "agent_note",
     "Tattoo consent form v4 is live: wording on under-18s has changed. Shred all v3 copies at front desk by "
     "Friday."),
    ("children", "benign", "chat",
     "my gift card says Little Treat on it, is that a smaller value or just the design || Agent: Just the "
     "design! The value is on the back and in the app. || oh phew"),
    ("children", "benign", "review",
     "Cute touch at Ferrymead: a colouring table for little visitors in the window. Shop itself spotless and "
     "friendly."),
    ("children", "benign", "email",
     "Hi, I run the Eastfield Youth Hub and our team of youth workers would like a team-day pamper session in "
     "August, about 9 adults. Do you do group rates on a weekday? Sam"),
    ("children", "benign", "web_form",
     "Job application | Role: Junior Stylist (Ferrymead) | Experience: Level 2 diploma, 3 years assisting | "
     "Availability: immediate | CV attached"),
    ("children", "benign", "sms",
     "is a cut with a junior stylist cheaper? happy to go with someone newer || Agent: Yes, Junior Stylist cuts "
     "are £10 less and always checked by a senior. || great, book me with one Fri"),
    ("children", "benign", "call_transcript",
     "Caller: Your website says 'kids go free on Tuesdays', is that still on? || Agent: Sorry, that promo ended "
     "in August, we should have taken it down. || Caller: No worries, just curious."),
    ("children", "benign", "in_app",
     "Where do I switch off the family offers emails? I keep getting the Mini Bloom ones."),
    ("children", "benign", "dm",
     "ur junior stylist Mo did a wicked fade on me today, absolute legend"),
    ("children", "benign", "review",
     "Came in for a cut and left feeling like a kid on their birthday. Best head massage of my life."),
    ("children", "benign", "email",
     "Quick one: is the Wickham Row closure in the school holidays for the whole week or just the bank holiday "
     "Monday? Thanks, Ines"),
    ("children", "benign", "chat",
     "hi, Riverside Juniors FC committee here, we want vouchers for our volunteer coaches at the end-of-season "
     "dinner. can you do 15 x £20? || Agent: Absolutely, I'll email an invoice to the club address. || great, "
     "its treasurer@example.org"),
    ("children", "benign", "voicemail",
     "Morning, it's Tom from Sproutlings Photography, we run family portrait days and wondered about a "
     "cross-promotion with your Quayside studio. 07700 900388. Cheers."),
    ("children", "benign", "agent_note",
     "Client asked if the Mini Bloom kit works as a general gift. Explained there's no age on the packaging, "
     "suits anyone who likes glitter. Sale completed."),
    ("children", "sensitive", "in_app",
     "Booking note please: Harvey is 4 and needs the booster seat, and he'll only sit still if he can hold his "
     "dinosaur. He's booked with Mo on Saturday. Thank you!"),
    ("children", "sensitive", "call_transcript",
     "Caller: Hi, I want to book a Junior cut for my daughter, she's 11. Can she come on her own straight from "
     "school? || Agent: For under-16s we ask a parent or guardian to stay for the consultation part at least. "
     "|| Caller: Right, I'll leave work early then. Wednesday 4pm? || Agent: Wednesday 4pm with Priya, done."),
    ("children", "benign", "sms",
     "Do you still sell the Tiny Tots hair clips by the till? Cheap and great for stocking fillers"),
    # ---- financial_hardship
    ("financial_hardship", "sensitive", "email",
     "Hi Sol, I hate sending this. I was let go from the warehouse last Friday and I just can't cover the last "
     "two sessions on my sleeve right now. Is there any way to pause it without losing the £150 deposit? I'll "
     "be back the minute I'm working again. Cheers, Liam Hart (BB-40772)"),
    ("financial_hardship", "sensitive", "chat",
     "hi can i get my deposit back for the balayage on the 22nd || Agent: Hi Chloe, that booking's 10 days away "
     "so yes. Can I ask why you're cancelling, in case we can help? || got made redundant tuesday, everything "
     "non essential has to go || Agent: I'm sorry to hear that. The £40 will be back on your card in 3 to 5 "
     "working days. || thank you"),
    ("financial_hardship", "sensitive", "sms",
     "Hi can I pay the rest of my tattoo in 3 bits? My Universal Credit comes in on the 28th so I can do the "
     "first bit then. Sorry to ask || Agent: Of course, no need to apologise. I've set up three payments "
     "starting the 28th, you'll get a text before each one. || thank you so much"),
    ("financial_hardship", "sensitive", "agent_note",
     "Cust rang in tears: got a debt collection letter from Ardent Recoveries about £117 of unpaid Bloom Club "
     "fees. Says she's been on a debt plan through a charity since May and they should have been told. "
     "Escalated to finance to pause collection and check the plan."),
    ("financial_hardship", "sensitive", "voicemail",
     "Hi, it's Donna Pike, please cancel my Blossom membership. We're being evicted at the end of the month and "
     "moving in with my sister in Whitby, so I won't be near any of your studios. Sorry. My number's 07700 "
     "900164."),
    ("financial_hardship", "sensitive", "in_app",
     "Request to freeze Bloom Club: I've lost my job and can't keep up the £39 a month. Can I freeze for three "
     "months without the £10 freeze fee? Thank you"),
    ("financial_hardship", "sensitive", "web_form",
     "Cancellation form | Plan: Bud | Reason for leaving: Can't afford it anymore, I'm two months behind on "
     "rent | Anything we could do better: No, you've all been lovely"),
    ("financial_hardship", "sensitive", "review",
     "Used to come every six weeks but since I've been on benefits it's a once-a-year treat, and Priya made it "
     "feel like a proper one. Didn't upsell me once. Thank you Castlegate."),
    ("financial_hardship", "sensitive", "call_transcript",
     "Agent: Brindle & Bloom accounts, Yusuf speaking. || Caller: Hi, I owe £260 for the back piece and I've "
     "had a letter saying it'll go to collections. || Agent: Let me look... yes, it's 60 days overdue. || "
     "Caller: My hours have been cut to nothing, I can maybe do £20 a month? || Agent: I can set that up and "
     "put a hold on the collections referral today."),
    ("financial_hardship", "sensitive", "dm",
     "my card got declined cos im overdrawn up to my limit, can u hold my booking till fri when wages go in? "
     "please dont give it away || Agent: I've held it until Friday 5pm for you, pay in the app whenever you can "
     "before then. || ur a lifesaver"),
    ("financial_hardship", "sensitive", "chat",
     "quick one, I've been declared bankrupt and the trustee says anything of value has to be listed. Does my "
     "Bloom Card balance (about £80) count? || Agent: Honestly I'm not sure, I'll ask our finance team and "
     "email you. || ok, the trustee wants an answer by the 10th"),
    ("financial_hardship", "sensitive", "email",
     "Subject: Missed direct debit || Sorry, my Bloom Club payment bounced again. I'm on a debt management plan "
     "and my bank freezes anything not on the budget. Can I switch to paying cash at the desk each visit "
     "instead? Thanks, Fern"),
    ("financial_hardship", "sensitive", "agent_note",
     "Bloom Club arrears (3 months) flagged for collection. Cust Mr G. Hollis called: says the money went on "
     "his car repossession fees and he's now got nothing spare. Agreed to cancel plan and write off the last "
     "month as goodwill. Manager approved."),
    ("financial_hardship", "sensitive", "sms",
     "so sorry cant do the deposit this week, its a food bank week for us. can i book for the week after? || "
     "Agent: That's absolutely fine. I've booked you in for the week after and waived the deposit this time. || "
     "thank you, really"),
    ("financial_hardship", "sensitive", "in_app",
     "Can I get cash back for the rest of my gift card? I really need the money for the electric, the meter's "
     "on emergency credit."),
    ("financial_hardship", "sensitive", "voicemail",
     "Hello, it's Rachel, I had the bridal trial booked for the 4th. My fiancé's lost his job and we've had to "
     "cut the wedding right back, so I need to cancel the trial and the morning-of booking. Can the deposit be "
     "refunded? Thanks."),
    ("financial_hardship", "sensitive", "web_form",
     "Enquiry type: Pricing | Message: Do you do any concession prices? I'm on Jobseeker's at the moment and my "
     "hair hasn't been cut in a year."),
    ("financial_hardship", "sensitive", "call_transcript",
     "Caller: Hi, I'm in an IVA and my insolvency practitioner says I need to cancel any subscriptions. || "
     "Agent: Okay, I can cancel your Bloom Club today. Do you want the remaining petals kept on the app? || "
     "Caller: Yes please, thank you for being decent about it."),
    ("financial_hardship", "sensitive", "dm",
     "redundancy hit last week, gutted. gonna have to cancel the rest of my tattoo series with Sol, can u tell "
     "him im sorry x"),
    ("financial_hardship", "sensitive", "review",
     "The girls at Ferrymead were so kind when my card bounced in front of everyone. I'm between jobs and "
     "counting every penny, and Rhiannon just let me pay the next day, no fuss."),
    ("financial_hardship", "benign", "chat",
     "card got declined for the deposit?? || Agent: It looks like your bank flagged it as unusual. Could you "
     "approve it in your banking app and try again? || ah yeah there it is, went through now"),
    ("financial_hardship", "benign", "email",
     "Hello, I cancelled my appointment on Monday (more than 48 hours' notice) and haven't seen the deposit "
     "back yet. How long does the refund usually take? Thanks, Marcus"),
    ("financial_hardship", "benign", "sms",
     "Can I pay the tattoo deposit by bank transfer instead of card? || Agent: Yes, the details are in your "
     "booking email; use your booking ref as the reference. || great ta"),
    ("financial_hardship", "benign", "in_app",
     "Do you offer Bloom Later for tattoos or just hair? Would like to split a half sleeve into instalments."),
    ("financial_hardship", "benign", "web_form",
     "Billing query | Plan: Blossom | Issue: charged twice for March, two £39 payments on the 1st | Please "
     "refund one"),
    ("financial_hardship", "benign", "agent_note",
     "Card terminal at Ferrymead down 10-11am. Payments taken on the backup reader; reconcile at close. Two "
     "clients paid by bank transfer, refs noted in the till book."),
    ("financial_hardship", "benign", "review",
     "Pricey but worth every penny. The balayage still looks fresh three months on."),
    ("financial_hardship", "benign", "voicemail",
     "Hi, this is Kevin from Oakline Salon Supplies accounts. Invoice 5521 for the Castlegate order is 30 days "
     "overdue and I'd like to confirm a payment date. Could someone from your finance office call me back?"),
    ("financial_hardship", "benign", "dm",
     "is the student discount still 15% or did it change? ✌️ || Agent: Still 15% with a valid student card, Mon "
     "to Thurs. || 👍"),
    ("financial_hardship", "benign", "call_transcript",
     "Caller: What happens to my deposit if I'm late? || Agent: Up to 15 minutes we just shorten the service a "
     "bit; after that it may count as a no-show. || Caller: And is the deposit taken off the final price? || "
     "Agent: Always, yes."),
    ("financial_hardship", "benign", "chat",
     "why have I been charged a no-show fee? I cancelled in the app on sunday || Agent: I can see the "
     "cancellation, that's our mistake. Refunding the £20 now. || thanks"),
    ("financial_hardship", "benign", "email",
     "Subject: VAT receipt || Hi, I had hair and makeup for a client photoshoot on Thursday and need a VAT "
     "receipt in my company's name (Larkspur Creative Ltd). Could you send one to accounts@example.com? || "
     "Agent: Hi Mel, done, the receipt is in your inbox now. || Perfect, thank you."),
    ("financial_hardship", "benign", "sms",
     "Can my Bloom Club direct debit move to the 1st of the month? My pay date changed at work || Agent: Done, "
     "the next payment will come out on the 1st. || cheers"),
    ("financial_hardship", "benign", "in_app",
     "Gift card balance shows £0 but I haven't used it yet. Code BLM-7731-QX. Please check?"),
    ("financial_hardship", "benign", "web_form",
     "Pricing question | Message: Do you price match other studios for the same piercing jewellery? Saw the "
     "same titanium labret cheaper online."),
    ("financial_hardship", "benign", "agent_note",
     "All studios: the winter price freeze is extended to the end of January. Old price lists stay up; don't "
     "charge the new rates until the 1st."),
    ("financial_hardship", "benign", "review",
     "Great value, the Bud plan at £19 a month basically pays for itself if you get a fringe trim every few "
     "weeks."),
    ("financial_hardship", "benign", "call_transcript",
     "Caller: Hi, I want to pay off the rest of my tattoo balance early, can I do it over the phone? || Agent: "
     "Of course, it's £180 remaining. Card number when you're ready. || Caller: Great, that's one less thing to "
     "remember."),
    ("financial_hardship", "benign", "chat",
     "do u take cash at tanners yard or card only now? || Agent: We still take cash at every studio. || sweet"),
    ("financial_hardship", "benign", "dm",
     "do u do payment links? my mum wants to pay for my gift card as a surprise for my sister"),
    # ---- legal
    ("legal", "sensitive", "email",
     "Dear Sir or Madam, we act for Ms Kirsty Vale in connection with the tattoo carried out at your Tanner's "
     "Yard studio on 2 March, which has left scarring. Please treat this as a letter before claim and preserve "
     "all records, consent forms and aftercare notes relating to our client. Yours faithfully, Harrowell Kemp "
     "Solicitors"),
    ("legal", "sensitive", "agent_note",
     "Ms Jade Okoro reported her purse stolen from the coat rack at Quayside around 2pm. She has reported it to "
     "police, crime ref 47/11902/24. Officers may ask for CCTV; footage saved to the office PC."),
    ("legal", "sensitive", "chat",
     "hi i need to cancel my colour on the 14th, got a court date that day and cant move it || Agent: Sorry to "
     "hear that, shall I find another slot? || yeah the week after, any day, hopefully it'll all be over by then"),
    ("legal", "sensitive", "voicemail",
     "Hi, it's Sarah Whitlock. I'm going through a divorce and my solicitor has asked me to separate everything "
     "from my husband's name, including the joint Bloom Club account. Can someone ring me on 07700 900702 so we "
     "can split it? Thanks."),
    ("legal", "sensitive", "web_form",
     "Job application | Role: Piercer (Castlegate) | Unspent convictions: Yes, one for possession in 2022, I "
     "can explain at interview | Experience: 4 years | Certificates: attached"),
    ("legal", "sensitive", "sms",
     "Please don't confirm to anyone that I'm booked in on Sat. There's a restraining order against my ex but "
     "he has turned up at places before. Thanks. Nat"),
    ("legal", "sensitive", "call_transcript",
     "Caller: Hiya, I need a morning slot, it has to finish by 6pm at the absolute latest. || Agent: We've got "
     "10am Tuesday? || Caller: Perfect. I'm on a curfew tag till March so I can't be out after seven. || Agent: "
     "No problem, 10am is yours."),
    ("legal", "sensitive", "in_app",
     "Please could you send me a record of all my visits and the products used on my hair since January. My "
     "lawyer needs them for the small claims case I've started against another salon."),
    ("legal", "sensitive", "review",
     "Went through small claims court over a colour that burnt my scalp at another place. Came here to fix it "
     "and Priya was a miracle worker. Wish I'd started here."),
    ("legal", "sensitive", "dm",
     "hey, my solicitor says I should get a copy of the consent form I signed for my rook piercing before I "
     "decide whether to take it further. can u email it?"),
    ("legal", "sensitive", "email",
     "Hello, I'm in the middle of divorce proceedings and my husband can still log into our shared Bloom Pass "
     "and see when I'm booked in. My solicitor has advised me to get this changed urgently. Please remove him "
     "from my account. Regards, Amira"),
    ("legal", "sensitive", "agent_note",
     "During her consult, client said she's giving evidence at the crown court next week and wants her hair "
     "done the day before so she feels like herself. Booked Mon 4pm with Priya. Don't mention it unless she "
     "does."),
    ("legal", "sensitive", "chat",
     "sorry i missed my appt yesterday, police wanted a statement from me about the break-in at my flat and it "
     "took hours || Agent: Oh no, that sounds stressful! No fee for the missed slot. Want to rebook? || yes "
     "pls, saturday if poss"),
    ("legal", "sensitive", "voicemail",
     "Good afternoon, this is DC Helen Marsh from the Westmoor police. I'm making enquiries about an incident "
     "involving one of your clients, a Mr Shaun Reilly, on the evening of the 9th. Please call me back on 07700 "
     "900856."),
    ("legal", "sensitive", "call_transcript",
     "Caller: I want to book a cover-up for my ex-husband's name on my wrist. || Agent: Lovely, Sol loves a "
     "cover-up. Any timing in mind? || Caller: ASAP, the divorce was finalised last month and I'm done looking "
     "at it. || Agent: Free consult Thursday at 1?"),
    ("legal", "benign", "email",
     "Hello, please could you send me your terms and conditions for deposits and cancellations before I book a "
     "full sleeve? I like to read the small print first. Thanks, Gareth"),
    ("legal", "benign", "web_form",
     "Data question | Message: What personal information does the Bloom Pass app store, and where can I read "
     "your privacy policy? Asking before I download it."),
    ("legal", "benign", "sms",
     "Do I need ID for a tattoo even if I'm very obviously over 30 lol || Agent: Haha, we ID everyone who looks "
     "under 25, so you're probably safe! || knew it"),
    ("legal", "benign", "agent_note",
     "Update from head office legal: new gift card terms live from 1 April, expiry extended to 24 months. "
     "Update the desk cards and the website footer text."),
    ("legal", "benign", "chat",
     "is your court street studio open sundays? || Agent: Castlegate (on Court Street) is open Sundays 10 till "
     "4. || perfect"),
    ("legal", "benign", "review",
     "Absolutely criminal how good this skin fade is. Mo you're a menace with those clippers."),
    ("legal", "benign", "dm",
     "that cover up Sol did on ur insta should be illegal its that good 🔥 || Agent: He'll be thrilled 😂 his "
     "books open again on the 1st!"),
    ("legal", "benign", "call_transcript",
     "Caller: Hi, I'm the office manager at Pembridge & Co solicitors. We'd like a pamper afternoon for ten of "
     "our staff on a Friday in June. || Agent: Lovely, Quayside can close the top floor for groups. || Caller: "
     "Could you email a quote to the office? || Agent: Of course, I'll send it this afternoon."),
    ("legal", "benign", "voicemail",
     "Hello, this is the licensing team at Westmoor council, just a reminder that the special treatments "
     "licence for your Tanner's Yard premises is due for renewal by the end of the month."),
    ("legal", "benign", "in_app",
     "Why does the app keep asking me to accept the new terms? I've already said yes twice. || Agent: Sorry, "
     "it's a sync bug. Log out and back in and it should stop. || fixed, ta"),
    ("legal", "benign", "email",
     "Subject: Corporate account || Our company's legal name has changed from Brightfern Events to Brightfern "
     "Group Ltd. Please update the invoice details on our corporate Bloom Card account. || Agent: Hi Jo, "
     "updated, future invoices will show the new name. || Thanks!"),
    ("legal", "benign", "web_form",
     "Sponsorship request | Organisation: Westmoor Police Social Club | Request: a voucher for the raffle at "
     "our charity ball in November | Contact: events@example.org"),
    ("legal", "benign", "agent_note",
     "Reminder: never give out client details to a caller saying they're police. Ask for a written request on "
     "letterhead and pass it to the studio manager."),
    ("legal", "benign", "chat",
     "is the barrister bun on the updo menu the sleek low one or the messy one? || Agent: The sleek low one, "
     "very polished. || ooh perfect for the wedding"),
    ("legal", "benign", "sms",
     "Do I have to sign the consent form again for my touch up or does the one from March still count? || "
     "Agent: A touch-up within 3 months is covered by your original form. || perfect"),
    # ---- special_categories
    ("special_categories", "sensitive", "chat",
     "hey can i do the henna evening after sunset? Eid starts thursday so we'll be fasting till about 8.15 || "
     "Agent: Of course! The henna artist can stay late Wednesday, 8.30 start? || perfect, 3 of us, me my sister "
     "and my aunt || Agent: Booked at Quayside for three. Eid Mubarak in advance!"),
    ("special_categories", "sensitive", "in_app",
     "Booking note: I need a female stylist and a private room please. I wear hijab and don't uncover in front "
     "of men, so a curtain or the back room would be great. Thank you, Noor"),
    ("special_categories", "sensitive", "sms",
     "Can't do Saturday I'm afraid, it's Shabbat. Any chance of Sunday morning instead? Rivka (BB-27361) || "
     "Agent: Hi Rivka, Sunday 10am with Priya is free. Shall I move you? || Yes please, thank you"),
    ("special_categories", "sensitive", "email",
     "Hello, I keep my kesh and beard uncut, so for Friday I only want the conditioning treatment and the beard "
     "oil massage, no trimming at all please. Could you make sure whoever's on knows? Thanks, Harjeet Singh"),
    ("special_categories", "sensitive", "agent_note",
     "Mr Tewari wants the Om symbol placed above the waist, not on the ankle as first drawn; says it's sacred "
     "in his faith and can't go on the feet. Kez redrew the placement for the left shoulder. Consult went well."),
    ("special_categories", "sensitive", "review",
     "Finally a place where I could take my sheitel off without anyone staring. As a married Orthodox woman I "
     "cover my own hair, and Priya treated both the wig and me with care. Highly recommend."),
    ("special_categories", "sensitive", "voicemail",
     "Hi, it's Bethany Cole. I need to bring my colour forward to this week if you can, our church is sending "
     "me on the mission trip to Malawi from Monday and I won't be back for six weeks. 07700 900319."),
    ("special_categories", "sensitive", "dm",
     "hi, i want a small cross on my inner wrist for the 10th anniversary of my confirmation, my faith has got "
     "me through everything. which artist is best for fine line?"),
    ("special_categories", "sensitive", "call_transcript",
     "Agent: Castlegate, Marta speaking. || Caller: Hello, can I book a wash and set for Sunday but after "
     "twelve? || Agent: Sure, 12.30? || Caller: Make it one, Mass at St Columba's runs over if Father Doyle "
     "gets going. || Agent: One o'clock it is."),
    ("special_categories", "sensitive", "email",
     "Hi, I'm Black with 4C hair and the last stylist I saw at Wickham Row told me they 'don't really do my "
     "hair type' before even touching it. I want to book a silk press but need someone who actually knows "
     "textured hair. Who should I ask for? Adaeze"),
    ("special_categories", "sensitive", "chat",
     "my mums jamaican and my dads welsh so my curls are a weird mix of both lol. whos best for mixed race "
     "curly hair? || Agent: Tasha at Ferrymead is our curl specialist, she'd love to see you. || book me in "
     "with her then!"),
    ("special_categories", "sensitive", "agent_note",
     "Cust Mrs Lee (Romany Gypsy background) complained that the Ferrymead receptionist asked her to pay "
     "upfront when the clients before her weren't asked. Apologised; passed to Ade for staff conversation. "
     "Refunded booking fee."),
    ("special_categories", "sensitive", "review",
     "As a Korean woman my hair is super straight and thick and most places butcher the layers. Sol's colleague "
     "Min at Castlegate got it first time. Going back!"),
    ("special_categories", "sensitive", "sms",
     "Can I book brow tint with someone who knows South Asian brows? Mine are really dark and last place made "
     "them go orange || Agent: Ffion at Old Mint Street uses a cool-toned tint for very dark brows, no orange. "
     "|| perfect, book her"),
    ("special_categories", "sensitive", "in_app",
     "Please fix my name on my profile: it's Nguyễn Thị Lan, not Nguyen Thi Lan. The app drops the accents and "
     "it's my family's Vietnamese name, it matters to me."),
    ("special_categories", "sensitive", "voicemail",
     "Hi, this is Chidinma, I'm Nigerian and I want traditional Shuku braids for my cousin's traditional "
     "wedding back home in Enugu next month. Is there anyone in the group who can do them properly? 07700 "
     "900755."),
    ("special_categories", "sensitive", "dm",
     "do u stock foundation for Black skin like mine? the darkest one in ur castlegate shop was still way too "
     "ashy on me"),
    ("special_categories", "sensitive", "call_transcript",
     "Caller: Hi, I'm booking for me and my grandmother, she only speaks Cantonese. || Agent: That's no problem "
     "at all. Would you like to be next to each other? || Caller: Yes please, I'll translate. We're Hong Kong "
     "Chinese, she's very particular about her perm! || Agent: I'll put you both with Wendy on Thursday."),
    ("special_categories", "sensitive", "email",
     "Hi, I'm standing as a Green Party candidate in the May council elections and need a cut and blow-dry the "
     "morning of the leaflet photoshoot on the 3rd. Early as possible please! Thanks, Imogen Hale"),
    ("special_categories", "sensitive", "chat",
     "cant do saturday sorry, out canvassing for labour in the north ward all day. sunday? || Agent: Sunday "
     "11am is free with Rhiannon. || done"),
    ("special_categories", "sensitive", "agent_note",
     "Client asked Kez for the Extinction Rebellion hourglass on her forearm; says she's been at the climate "
     "blockades every week since spring and wants it to be 'official'. Design approved, booked 2h."),
    ("special_categories", "sensitive", "sms",
     "Running 10 late sorry, our party branch meeting overran - constituency AGM. Gary || Agent: No worries "
     "Gary, Dom's got you."),
    ("special_categories", "sensitive", "review",
     "Booked a blow-dry the morning of the anti-austerity march and it survived six hours of shouting and a "
     "downpour. Strong hold spray, strong politics, strong recommend."),
    ("special_categories", "sensitive", "in_app",
     "Stylist note: I'm a Liberal Democrat councillor locally, so please don't post any photos of me on the "
     "studio socials. Thanks."),
    ("special_categories", "sensitive", "voicemail",
     "Hi love, it's Pauline, I've been out leafleting for the Conservatives all weekend and my hair looks like "
     "a bird's nest. Any chance of a wash and set tomorrow? Ring me, 07700 900142."),
    ("special_categories", "sensitive", "dm",
     "can Sol do a red rose and clenched fist on my calf? been a committed socialist since uni and its time"),
    ("special_categories", "sensitive", "call_transcript",
     "Caller: I need something sleek for next Tuesday, I'm speaking at my party's conference as a delegate. || "
     "Agent: Exciting! A blow-dry at 7am? || Caller: Yes please, and can you avoid anything too yellow in the "
     "toner, it clashes with the rosettes. || Agent: Noted, Priya will sort you out."),
    ("special_categories", "sensitive", "chat",
     "can i book after 6 on wednesday? im at the unison branch meeting till half 5, got voted in as rep last "
     "month || Agent: Congrats! 6.15 with Mo at Castlegate? || yes ta"),
    ("special_categories", "sensitive", "email",
     "Hi there, we're on strike Thursday so I'm free in the daytime for once. I'm on the picket line till 12 "
     "then could come for my root colour around 1.30. Thanks, Siobhan (BB-19240)"),
    ("special_categories", "sensitive", "agent_note",
     "Cust Mr Adeyinka asked whether his GMB member discount scheme covers Brindle & Bloom. Checked: it doesn't "
     "yet. Gave him the Bloom Club intro offer instead."),
    ("special_categories", "sensitive", "sms",
     "Can I use the NEU member discount code for my cut? Member no 44817, it worked at the Ferrymead one || "
     "Agent: Yes, it's 10% at all studios, I've applied it to your booking. || cheers"),
    ("special_categories", "sensitive", "review",
     "Came straight from the picket line frozen solid and the girls at Quayside made me a brew before my nails. "
     "Solidarity and a gorgeous manicure. 5 stars."),
    ("special_categories", "sensitive", "in_app",
     "Please move my Wednesday appointment, I've got RMT rep training all day. Any Thursday evening slot works."),
    ("special_categories", "sensitive", "voicemail",
     "Hi, it's Dave Brennan, I'm the shop steward at the bus depot. I've got a ballot meeting Monday night so "
     "can I shift my beard trim to Tuesday? Cheers."),
    ("special_categories", "sensitive", "dm",
     "hi is there a discount for RCN members? I'm one and a few of us on the ward are asking || Agent: Not a "
     "specific one yet, but I'll ask head office. Our key worker rate is 10% off though. || ok ta"),
    ("special_categories", "sensitive", "call_transcript",
     "Caller: Morning, I want the 8am slot Friday if it's going. || Agent: It's yours. Anything special? || "
     "Caller: Just a tidy, I'm representing our branch at the Unite regional conference and want to look "
     "respectable for once. || Agent: Ha, Dom will make you look the part."),
    ("special_categories", "sensitive", "email",
     "Hello, my husband and I would love the couples' scalp massage package on our anniversary, the 18th. Is it "
     "one room or side by side chairs? Best wishes, Tom Fairweather"),
    ("special_categories", "sensitive", "chat",
     "hiya booking for me and my girlfriend Jess, both want the lash lift on saturday if possible || Agent: Two "
     "slots side by side at 2pm with Ffion? || amazing thank u! - Hannah"),
    ("special_categories", "sensitive", "sms",
     "Can my wife sit in with me for the tattoo? She's worse with needles than I am lol. Sophie, Tues 3pm || "
     "Agent: Of course, there's a chair for a plus-one in every booth. || Amazing, she'll bring snacks"),
    ("special_categories", "sensitive", "review",
     "As a gay man I've had some awkward barber chats over the years but Mo at Castlegate never once asked "
     "about a girlfriend. Great fade, great vibe."),
    ("special_categories", "sensitive", "agent_note",
     "Cust is bi and wants the bi flag colours (pink, purple, blue) hidden in the petals of her peony piece. "
     "Kez to mock up. She asked it not be posted on our socials."),
    ("special_categories", "sensitive", "in_app",
     "Gift card message: To my boyfriend Callum, happy two years. Go get that beard sorted finally. Love Josh x"),
    ("special_categories", "sensitive", "voicemail",
     "Hi, it's Graham Tully, I'd like to book hair for my partner Steven and me on the morning of our wedding, "
     "21 June. We want to look sharp but not identical. Call me back on 07700 900930."),
    ("special_categories", "sensitive", "dm",
     "want a tiny lesbian flag on my ankle before pride, do u do walk ins on fridays? || Agent: Walk-ins "
     "Fridays 12-4 at Tanner's Yard, tiny flags are about 20 mins! || see u friday 🌈"),
    ("special_categories", "sensitive", "call_transcript",
     "Caller: Hi, this is a bit awkward, it's about the genital piercing I had done with Juno. || Agent: Not "
     "awkward at all. How can I help? || Caller: How long before my partner and I can, you know, be intimate "
     "again? || Agent: The aftercare sheet says at least four to six weeks, and always with a barrier. Juno can "
     "go through it on a call."),
    ("special_categories", "sensitive", "in_app",
     "Please update my name to Alex. I've changed it as part of my transition and the app still greets me with "
     "my deadname every time I open it."),
    ("special_categories", "sensitive", "chat",
     "hi, im non binary, do u charge by gender or hair length? and can u put they/them on my profile || Agent: "
     "We price by length and time, never by gender, and I've added they/them to your profile now. || ah amazing "
     "thank u"),
    ("special_categories", "sensitive", "email",
     "Hi, I'm a trans man and I'd love a proper barber cut, something short and sharp. I've been putting it off "
     "because of bad experiences. Is there someone at Ferrymead you'd recommend? Thanks, Ezra"),
    ("special_categories", "sensitive", "agent_note",
     "Client now goes by Danielle (she/her); previously booked under her old name. Profile and Bloom Pass "
     "updated. All Wickham Row staff please use correct name and pronouns."),
    ("special_categories", "sensitive", "sms",
     "Hi, the booking's under my old name Michael but I go by Mia now, please call me that on the day x || "
     "Agent: Thanks Mia, I've changed the name on your booking and profile. See you Thursday! || thank you!! x"),
    ("special_categories", "sensitive", "review",
     "First time since coming out as trans that a barber didn't make it weird. Dom asked what I wanted, not "
     "what I 'used to have'. Small thing, massive deal."),
    ("special_categories", "sensitive", "voicemail",
     "Hi, it's Jordan Pryce. My new passport's come through with the updated gender marker and I'd like my "
     "Bloom Club details to match it. Can someone call me back? 07700 900213."),
    ("special_categories", "sensitive", "dm",
     "hey so im genderfluid, some days she some days he. is it ok if the booking just says Sam and nobody "
     "assumes? || Agent: Absolutely. Your booking just says Sam, and there's no pronoun on it. || perfect ty"),
    ("special_categories", "sensitive", "call_transcript",
     "Caller: Hi, my gender recognition certificate has come through and I need the title and name on my Bloom "
     "Club changed. || Agent: Congratulations! What would you like it to say? || Caller: Ms Ruth Ellery. || "
     "Agent: Done, and I've reissued your membership card."),
    ("special_categories", "sensitive", "email",
     "Hi Kez, before my next session: I did a DNA test and it turns out I carry the MC1R red-hair variant, "
     "which apparently means numbing cream and local anaesthetic don't work as well on me. Thought you should "
     "know why I was wincing last time! Fiona"),
    ("special_categories", "sensitive", "chat",
     "did a genetic test and found out i inherited the gene variant for early hair loss from my dads side. is "
     "the Healthy Roots treatment worth it or waste of money? || Agent: It can help with scalp condition, "
     "though we can't promise regrowth. Want a free consult? || yeah go on"),
    ("special_categories", "sensitive", "agent_note",
     "Cust shared her HelixTrace ancestry DNA report (38% West African, 22% Iberian) and wants a tattoo design "
     "that reflects it. Sol doing sketches for a map-based piece."),
    ("special_categories", "sensitive", "in_app",
     "Note for piercer: genetic testing last year confirmed hypermobile Ehlers-Danlos, so my cartilage may "
     "behave differently. Happy to discuss before Saturday."),
    ("special_categories", "sensitive", "sms",
     "Got my HelixTrace results back, I'm a carrier for haemochromatosis. Does that change anything for my "
     "tattoo on Friday? || Agent: Thanks for telling us. We can't advise medically, so please check with your "
     "GP, and let Kez know what they say. || will do"),
    ("special_categories", "sensitive", "review",
     "Did a GenePath kit for fun and it flagged me as likely to go grey early, so I've signed up to the Bloom "
     "Club gloss plan pre-emptively. Priya is a gem."),
    ("special_categories", "sensitive", "voicemail",
     "Hello, it's Carys Bowen, I have to move Thursday's appointment, I've got my results session with the "
     "genetic counsellor at the clinic about the family gene test. Any day next week. Diolch."),
    ("special_categories", "sensitive", "dm",
     "my twin and i did DNA tests and turns out were identical not fraternal after 30 years lol. want matching "
     "tattoos to celebrate, can u fit us both in?"),
    ("special_categories", "sensitive", "in_app",
     "I enrolled my face at the Quayside FaceCheck kiosk for Bloom Club entry. Please delete my face scan from "
     "your system, I've changed my mind about it."),
    ("special_categories", "sensitive", "email",
     "Hello, when I bought a Bloom Card at Castlegate I registered my thumbprint on the kiosk for quick "
     "redemption. Please delete the thumbprint stored against my name and confirm in writing. Regards, Mr P. "
     "Lindgren"),
    ("special_categories", "sensitive", "agent_note",
     "Cust's palm-vein scan at the Ferrymead member gate failed three times; re-enrolled her palm template and "
     "logged the old one for deletion. She asked how long we keep it; referred to privacy team."),
    ("special_categories", "sensitive", "chat",
     "ur VoiceKey thing on the phone line keeps rejecting me since i got a cold, can you reset my voiceprint? "
     "|| Agent: I can unlink your stored voiceprint so you can re-enrol when your voice is back to normal. || "
     "yes do that pls"),
    ("special_categories", "sensitive", "web_form",
     "Data request | Request type: Access | Details: Please send a copy of any facial recognition template or "
     "matched image you hold on me from the FaceCheck system at Tanner's Yard, under my Bloom Club number 55813."),
    ("special_categories", "sensitive", "sms",
     "The door at Tanner's Yard didn't recognise my face again, stood outside 10 min in the rain. Can u re-scan "
     "me next visit? || Agent: Sorry! We'll redo your scan at the desk on your next visit, or you can switch to "
     "a PIN. || PIN sounds easier tbh"),
    ("special_categories", "sensitive", "voicemail",
     "Hi, it's Olu Bankole, I think the fingerprint locker in the Quayside spa room still has my print saved "
     "from last month and it opened for me today without booking. Can someone wipe it? Thanks."),
    ("special_categories", "sensitive", "call_transcript",
     "Agent: Brindle & Bloom, to verify, please say your passphrase. || Caller: My voice is my key. || Agent: "
     "Thanks, your voiceprint matched. How can I help? || Caller: I'd like my voiceprint deleted altogether, "
     "I'd rather use a PIN."),
    ("special_categories", "benign", "email",
     "Hi, what are your Christmas and New Year opening hours at Castlegate? I'd like to book a party blow-dry "
     "for the 31st if you're open. Thanks, Lorna"),
    ("special_categories", "benign", "web_form",
     "Product question | Message: Are any of your hair or skin products halal-certified? Asking for a general "
     "list, the website doesn't say."),
    ("special_categories", "benign", "call_transcript",
     "Caller: Hello, I'm on the committee at St Saviour's church hall. We'd like to book a pamper morning as a "
     "thank-you for our volunteer flower arrangers. || Agent: How lovely, how many people? || Caller: Around "
     "eight. || Agent: I'll email you some weekday options."),
    ("special_categories", "benign", "chat",
     "is the Sunday Best package a wash and blow-dry or does it include the gloss? || Agent: It includes a "
     "gloss and a blow-dry, £55. || bargain, book me"),
    ("special_categories", "benign", "in_app",
     "Does your henna artist at Quayside do bridal mehndi or just the small designs? Looking at prices "
     "generally."),
    ("special_categories", "benign", "review",
     "This hair oil is my holy grail. Tried everything and nothing else touches my frizz. Heavenly smell too."),
    ("special_categories", "benign", "dm",
     "are u open good friday and easter monday? the website just says bank hols vary"),
    ("special_categories", "benign", "agent_note",
     "Easter promo: free mini egg with every retail purchase over £20, all studios, 28 Mar to 1 Apr. Keep the "
     "basket by the till."),
    ("special_categories", "benign", "sms",
     "Do you have any of the angel wing flash designs left? Fancy one on my back"),
    ("special_categories", "benign", "web_form",
     "Enquiry: Which of your studios have stylists trained in afro and textured hair, braids and silk presses? "
     "Putting together a recommendation list for a newsletter."),
    ("special_categories", "benign", "chat",
     "do you do korean glass skin facials? saw it on tiktok || Agent: Yes, the Glass Skin facial is 60 minutes "
     "at Quayside and Old Mint Street. || ok ill look at dates"),
    ("special_categories", "benign", "review",
     "Got the French balayage at Ferrymead and it's the most natural-looking colour I've had. Blended so softly."),
    ("special_categories", "benign", "email",
     "Hi, is the Brazilian blowout you offer formaldehyde-free? I've read conflicting things online and want to "
     "check before booking. Best, Hugo"),
    ("special_categories", "benign", "sms",
     "Do you still do the Scandi blonde toner? Want my next appt to include it"),
    ("special_categories", "benign", "agent_note",
     "Training calendar: textured hair masterclass with guest educator, 4 Nov at Castlegate. Open to all "
     "stylists, sign up on the staff portal."),
    ("special_categories", "benign", "in_app",
     "How many shades does your foundation range come in? The app only shows twelve swatches."),
    ("special_categories", "benign", "dm",
     "that italian leather chair in the barber section at castlegate is the comfiest seat in the city no lie"),
    ("special_categories", "benign", "call_transcript",
     "Caller: Hi, does your makeup counter stock shades for very deep skin tones and very fair ones? A friend "
     "asked me to check before she orders online. || Agent: We carry 40 shades across the range; the full chart "
     "is on the website. || Caller: Brilliant, I'll send her the link."),
    ("special_categories", "benign", "email",
     "Hi, I'd like to book a party of eight for a hen do on 2 August, nails and blow-dries. Does the group rate "
     "apply to the bride too? Cheers, Danni"),
    ("special_categories", "benign", "review",
     "Voted Brindle & Bloom the best salon in the city awards and I'd vote again. Quick, friendly, spotless."),
    ("special_categories", "benign", "chat",
     "do you have a campaign code for the autumn glow thing? saw a poster but no code on it || Agent: It's "
     "GLOW20 in the app, 20% off facials until 30 Nov. || ty"),
    ("special_categories", "benign", "agent_note",
     "Reminder: no political posters or leaflets in studio windows during the election period, per head office. "
     "Polite no to anyone who asks."),
    ("special_categories", "benign", "in_app",
     "Can I cast my vote for Stylist of the Year in the app? The poll button is greyed out."),
    ("special_categories", "benign", "sms",
     "Can I bring some leaflets for my dog walking business to leave at reception? Happy to pay"),
    ("special_categories", "benign", "web_form",
     "Corporate enquiry | Organisation: Office of the constituency MP, Westmoor North | Request: 6 gift cards "
     "for a staff recognition scheme, invoiced to the office | Contact: office@example.org"),
    ("special_categories", "benign", "dm",
     "lol the office politics at my work are so draining, just need the longest head massage u offer"),
    ("special_categories", "benign", "voicemail",
     "Hi, it's Norah from the Westmoor residents' association, we're holding a hustings night at the community "
     "centre and wondered if your Castlegate team would donate a raffle prize for the refreshments table."),
    ("special_categories", "benign", "chat",
     "can i pay with my credit union debit card? it got declined online || Agent: We accept all Visa debit "
     "cards; try again, sometimes the 3D Secure screen times out. || went through now, thanks"),
    ("special_categories", "benign", "email",
     "Hello, I'm the branch secretary of the Westmoor Retail Workers' Union. We'd like to order 20 Bloom Cards "
     "of £15 each for our long-service awards. Can you invoice the branch? Regards, M. Sutherland"),
    ("special_categories", "benign", "sms",
     "Can I get union jack nail art for the street party? Want red white and blue || Agent: Yes, Rhiannon does "
     "a great flag design, £8 extra. || yes!"),
    ("special_categories", "benign", "web_form",
     "Shipping question | Message: Do you ship Velvetroot products to EU countries since the rule changes, and "
     "are there customs charges on top?"),
    ("special_categories", "benign", "agent_note",
     "Merger update: Wickham Row and Ferrymead teams joining for the winter rota. A union of two great teams! "
     "Rotas out Friday."),
    ("special_categories", "benign", "in_app",
     "Is there a corporate discount for staff associations? Our works social club would like to know before we "
     "recommend you."),
    ("special_categories", "benign", "call_transcript",
     "Caller: Hi, I'm calling from Westmoor University students' union. We'd like you to have a stall at "
     "freshers' fair handing out Bloom Pass codes. || Agent: We'd love that! Dates? || Caller: 23 and 24 "
     "September. || Agent: Perfect, I'll confirm by email."),
    ("special_categories", "benign", "review",
     "The Ferrymead team work together like a proper union, everyone chips in, nobody standing about. Lovely "
     "atmosphere."),
    ("special_categories", "benign", "dm",
     "is the strike-through price on the app the old price or the RRP? confused || Agent: It's the old price; "
     "the lower one is the sale price. || ah ok"),
    ("special_categories", "benign", "chat",
     "do you do couples massages? or is it just solo treatments || Agent: Our Duo Ritual is side-by-side in one "
     "room at Quayside, 60 minutes. || nice, good to know"),
    ("special_categories", "benign", "review",
     "Proper straight razor shave at Castlegate, hot towels and everything. Smooth as anything."),
    ("special_categories", "benign", "sms",
     "Is the rainbow gift card design still available to buy in store? Love the colours"),
    ("special_categories", "benign", "email",
     "Hi, are you putting a float in the Pride parade again this year? Our dance school would like to join next "
     "to you if so. Thanks, Kim, Stepaside Dance"),
    ("special_categories", "benign", "agent_note",
     "Pride month: rainbow-glitter nail art added to the menu for June at £8 extra. Staff wristbands in the "
     "office."),
    ("special_categories", "benign", "in_app",
     "Can I book the stag-do package for a group of 6? The app only lets me pick 4 slots."),
    ("special_categories", "benign", "dm",
     "the rainbow hair on ur insta reel is insane, how many hours is that?"),
    ("special_categories", "benign", "voicemail",
     "Hi, it's Marco from Harbour Street Bar, we're hosting a drag brunch and wondered if your makeup team "
     "fancy doing a live demo. Give me a ring."),
    ("special_categories", "benign", "web_form",
     "Question: Is the Duo Ritual only for couples, or can two friends book it together?"),
    ("special_categories", "benign", "email",
     "Hello, do you price haircuts by gender or by length? I've seen salons charge men and women differently "
     "for the same cut and wondered what your policy is. Thanks, Jules"),
    ("special_categories", "benign", "chat",
     "are your toilets gender neutral at old mint street? asking for a review site || Agent: Yes, both toilets "
     "at Old Mint Street are single-occupancy and gender neutral. || great thanks"),
    ("special_categories", "benign", "review",
     "Love that the price list just says short, medium, long. No 'ladies' and 'gents' nonsense."),
    ("special_categories", "benign", "sms",
     "Is the men's grooming kit the same as the unisex one just a different box?"),
    ("special_categories", "benign", "in_app",
     "Can I change the pronoun options on my profile from 'not set' to hidden? Don't want it shown at all."),
    ("special_categories", "benign", "agent_note",
     "Reminder: ask every client 'what name would you like us to use?' on arrival, per updated welcome script. "
     "Laminated cards at each desk."),
    ("special_categories", "benign", "dm",
     "is the 'Him & Her' gift set just two shower gels or is there more in it || Agent: Two shower gels, two "
     "body creams and a candle, £28. || nice"),
    ("special_categories", "benign", "call_transcript",
     "Caller: Hi, your booking form asks for title, can I skip it? || Agent: Yes, it's optional, you can leave "
     "it blank. || Caller: Good, I never know which to pick for my business account. || Agent: Blank is fine."),
    ("special_categories", "benign", "voicemail",
     "Hello, it's Karen from the Westmoor Equality Forum, we're updating a guide to inclusive local businesses "
     "and would like to ask about your welcome policies. 07700 900591."),
    ("special_categories", "benign", "review",
     "Great genes run in this team, every stylist at Quayside is brilliant. The Gene Pool colour range is "
     "gorgeous too."),
    ("special_categories", "benign", "chat",
     "is the helix piercing price including the jewellery? || Agent: Yes, £35 with a titanium stud. || and the "
     "forward helix? || Agent: Same price. || ok booking one"),
    ("special_categories", "benign", "email",
     "Hi, I saw the 'It's in our DNA' campaign on your bus ads. Is the 20% off for new clients only? Thanks, "
     "Patrick"),
    ("special_categories", "benign", "sms",
     "Is Gene Pool Copper still in stock at Ferrymead? Want it next week"),
    ("special_categories", "benign", "agent_note",
     "New range: Gene Pool glosses arriving Tues, 12 shades. Swatch rings to go on each colour bar. Training "
     "video on the staff portal."),
    ("special_categories", "benign", "in_app",
     "The app says 'Double Helix' piercing isn't available at my studio, is that right?"),
    ("special_categories", "benign", "web_form",
     "Product question | Message: Your Legacy Bond treatment says it 'repairs hair at a molecular level'. "
     "What's actually in it?"),
    ("special_categories", "benign", "in_app",
     "Does the Bloom Pass app support Face ID or fingerprint login yet? Typing my password every time is a pain."),
    ("special_categories", "benign", "chat",
     "what's the thumbprint heart design on your flash sheet, is it a set size? || Agent: It's about 3cm and "
     "you'd supply your own design. || ok cool"),
    ("special_categories", "benign", "email",
     "Hello, do you do makeup for passport photos? Just want it to look natural and not shiny under the camera "
     "lights. Thanks, Aneta"),
    ("special_categories", "benign", "review",
     "Fingerprint-proof nail polish is real and it's the Stillwater top coat. Three weeks, not a smudge."),
    ("special_categories", "benign", "sms",
     "Can I send a voice note instead of filling in the booking form? Easier for me on the bus || Agent: You "
     "can message us a voice note on DM and we'll book for you. || ideal"),
    ("special_categories", "benign", "web_form",
     "Privacy question | Message: Does your website use facial recognition cameras in any studio? I'm asking "
     "generally for a privacy blog I write."),
    ("special_categories", "benign", "agent_note",
     "FaceCheck kiosk at Quayside off for maintenance this week. Members check in at the desk by name instead."),
    ("special_categories", "benign", "call_transcript",
     "Caller: Hi, what is the skin analysis machine at Old Mint Street actually measuring? || Agent: Hydration, "
     "oil and pigmentation on the surface, it doesn't store anything. || Caller: Interesting, I might try it."),
    ("special_categories", "benign", "dm",
     "the face framing layers on ur latest post?? obsessed, is that a long or medium cut?"),
    # ---- bereavement
    ("bereavement", "sensitive", "email",
     "Hi Kez, my dad passed away in January and I'd like a memorial piece using his handwriting from an old "
     "birthday card, just 'love you kiddo, Dad'. I've attached a photo of the card. Could we talk about size "
     "and placement? Thanks, Rosie"),
    ("bereavement", "sensitive", "chat",
     "hi need to cancel my nails thursday, sorry. its my uncles funeral that day || Agent: I'm so sorry for "
     "your loss. Cancelled, and no fee of course. || thank you, ill rebook when things settle"),
    ("bereavement", "sensitive", "voicemail",
     "Hello, it's Judith Green. My mother had a Bloom Card with about ninety pounds on it and she died last "
     "month. I wondered if it could be moved into my name, she'd want it used. My number is 07700 900476."),
    ("bereavement", "sensitive", "agent_note",
     "Mrs Cartwright came in for the blow-dry she'd booked for her husband's funeral tomorrow; he died last "
     "week. Very quiet, Priya gave her the back room. Didn't charge. Send a card from the team."),
    ("bereavement", "sensitive", "sms",
     "my nan passed away last night so i need to cancel tomorrow's nails, sorry for the short notice x || "
     "Agent: I'm so sorry. It's cancelled, no fee. Take care of yourself x"),
    ("bereavement", "sensitive", "in_app",
     "Please close my late husband's Bloom Club account, Geoffrey Marsh, member 40217. He passed away in March. "
     "I can send the death certificate if you need it."),
    ("bereavement", "sensitive", "review",
     "Had my hair done the morning of my brother's funeral and Rhiannon just knew not to make small talk. Held "
     "my hand when I got teary. I'll never forget that. Thank you."),
    ("bereavement", "sensitive", "dm",
     "do you do the tattoos with ashes mixed in the ink? my partner died in the summer and i want to carry him "
     "with me. no pressure if not"),
    ("bereavement", "sensitive", "call_transcript",
     "Caller: Hi, I'm ringing about my mum, Pat Doyle, she had a standing appointment every other Friday at "
     "Castlegate. || Agent: Oh, Pat! Yes, with Priya. || Caller: She died on Sunday, I'm afraid, so I need to "
     "cancel them all. || Agent: I'm so very sorry. I'll cancel everything and let Priya know personally."),
    ("bereavement", "sensitive", "web_form",
     "Cancellation form | Plan: Blossom | Reason for leaving: Bereavement, my sister died suddenly and I'm "
     "moving back home to look after her dogs | Refund for unused month: yes please"),
    ("bereavement", "sensitive", "chat",
     "can i move my appointment? lost my best mate in a car crash on saturday and i just cant sit in a chair "
     "for 3 hours right now || Agent: Of course, I'm so sorry. Take whatever time you need, message us when "
     "you're ready. || thanks mate"),
    ("bereavement", "sensitive", "email",
     "Subject: Loyalty points || Hello, my wife Anne passed away in April. She was a regular at Quayside and "
     "had a lot of petals in the app. Is there any way to transfer them to our daughter so they're not wasted? "
     "Regards, Brian Holt || Agent: Dear Brian, I'm so sorry about Anne. Yes, we can transfer them; please "
     "reply with your daughter's email and we'll do the rest."),
    ("bereavement", "sensitive", "agent_note",
     "Priya's long-standing regular Mrs Okoye has died; her son phoned to let us know. Recurring bookings "
     "cancelled, petals frozen. Priya would like to go to the service, please cover her Friday."),
    ("bereavement", "sensitive", "sms",
     "Still want the 10am Friday but it's for my mum's funeral now not the party. Simple updo please, nothing "
     "sparkly"),
    ("bereavement", "sensitive", "review",
     "Came in the day after losing my grandad because I'd forgotten to cancel. Dom sat me down, made a tea and "
     "gave me the cut anyway. Best barber in the city. || Agent: Thank you for sharing this, and we're so sorry "
     "about your grandad. See you whenever you're ready."),
    ("bereavement", "benign", "chat",
     "my ends are completely dead, need a proper trim asap || Agent: Mo has a 4pm today at Ferrymead? || grab "
     "it for me"),
    ("bereavement", "benign", "review",
     "Drop-dead gorgeous colour, I keep catching myself in shop windows. Copperleaf gloss forever."),
    ("bereavement", "benign", "sms",
     "RIP my gel set 😂 three of them pinged off at the gym, need a repair slot || Agent: Gone but not forgotten "
     "😅 Rhiannon can fix them at 1pm. || legend"),
    ("bereavement", "benign", "email",
     "Hello, are there still tickets for the Day of the Dead makeup workshop on 1 November? I'd like two. "
     "Thanks, Carmen"),
    ("bereavement", "benign", "in_app",
     "The old app is dead, won't open at all since last night's update. Android 14."),
    ("bereavement", "benign", "agent_note",
     "Dead stock clear-out: discontinued Mossmilk 100ml and old-label Hushbalm to the staff shelf at half "
     "price. Log on the stock sheet."),
    ("bereavement", "benign", "dm",
     "is the forget-me-not flower flash still available? want it on my ankle"),
    ("bereavement", "benign", "voicemail",
     "Hello, it's Dawn from Halcombe Funeral Services. We're looking for a hair and makeup partner we can "
     "recommend to families, and wondered if Brindle & Bloom would be interested in a chat. 07700 900620."),
    ("bereavement", "benign", "call_transcript",
     "Caller: My phone died halfway through booking online, did it go through? || Agent: I can see a pending "
     "booking for Saturday at 11. || Caller: That's it, can you confirm it? || Agent: Confirmed, you'll get a "
     "text."),
    ("bereavement", "benign", "web_form",
     "Service question | Message: Do you offer hair and makeup for funerals as a service, and is there a set "
     "price? Just gathering information for my mobile business."),
    ("bereavement", "benign", "chat",
     "whats the deadline for using the summer voucher? || Agent: 30 September. || phew still time"),
    ("bereavement", "benign", "review",
     "Lost a star only because the parking is awful. The colour itself was faultless."),
    ("bereavement", "benign", "email",
     "Subject: Grave error on my invoice! || Only joking, but I've been charged for a toner I didn't have. "
     "Could you take a look? Invoice 88314. Ta, Will || Agent: Hi Will, you're right, we've refunded the £15. "
     "Apologies!"),
    ("bereavement", "benign", "sms",
     "Dying to try the new Gene Pool gloss, is there a slot Weds? || Agent: Weds at 3 with Priya? || yes!!"),
    ("bereavement", "benign", "in_app",
     "I've got a legacy Bloom Pass account from before 2020, how do I merge it with my new one?"),
    # ---- violence_self_harm
    ("violence_self_harm", "sensitive", "in_app",
     "Please don't give anyone my appointment times, even if they say they're family. My ex has been following "
     "me and he turned up outside Castlegate last week when I was in for my colour."),
    ("violence_self_harm", "sensitive", "email",
     "Hi, I want to report something from Saturday at Wickham Row. A man in the waiting area kept touching my "
     "hair and commenting, then followed me to my car and wouldn't leave until I drove off. I'm shaken and "
     "don't want to be booked at the same time as him again. Lucy Barnes"),
    ("violence_self_harm", "sensitive", "chat",
     "hi, i want a cover up over my self harm scars on my left forearm. theyre old now, about 2 years, but i'm "
     "tired of hiding them in summer || Agent: Thank you for trusting us with that. Sol does a lot of scar "
     "cover-ups and is really gentle about it. Would you like a private consult? || yes please, weekday if poss"),
    ("violence_self_harm", "sensitive", "agent_note",
     "Client arrived with bruising on both upper arms. When Ffion asked gently, she said her partner did it and "
     "she doesn't feel safe at home. Gave her the domestic abuse helpline card from the office, left her "
     "booking notes blank. Manager informed."),
    ("violence_self_harm", "sensitive", "dm",
     "honestly whats the point booking the next session, i dont think ill still be here by then || Agent: I'm "
     "really glad you messaged. Are you safe right now? If you're in danger please call 999, or you can talk "
     "any time to a listening line. Can I ask a manager to call you? || idk. maybe. sorry"),
    ("violence_self_harm", "sensitive", "voicemail",
     "This is Gavin Rudd. Tell that receptionist at Ferrymead if I don't get my refund by Friday I'll come down "
     "and smash the place up and her with it. She knows who I am."),
    ("violence_self_harm", "sensitive", "review",
     "Lovely cut but warning to others: as I walked back to my car after my appointment a man grabbed me and "
     "tried to take my bag. I've reported it to the police. Please get better lighting in the car park. || "
     "Agent: We're so sorry this happened to you. We've passed your review to the landlord and the police, and "
     "new lighting goes in this week."),
    ("violence_self_harm", "sensitive", "sms",
     "Can I come in the back door on Thurs? My husband doesn't know I'm getting my hair done and he goes mad "
     "when I spend anything on myself"),
    ("violence_self_harm", "sensitive", "call_transcript",
     "Caller: Hi, there's a guy who keeps commenting on your Instagram posts of my nails, and now he's messaged "
     "me saying he knows I go to the Quayside studio. || Agent: That's frightening, I'm so sorry. We'll block "
     "him and remove any posts of you today. || Caller: Thank you, I haven't slept. || Agent: Please don't "
     "hesitate to call the police too, and we'll keep your bookings private."),
    ("violence_self_harm", "sensitive", "web_form",
     "Complaint | Studio: Old Mint Street | Details: Another client shouted at me and called me disgusting "
     "names in the waiting area, then said he'd 'find me' outside. Staff didn't step in. I want to know what "
     "you'll do."),
    ("violence_self_harm", "sensitive", "chat",
     "weird one but can you see who's booked the slot right after mine? my ex keeps turning up at my "
     "appointments and I think he's booking them on purpose || Agent: I can't share other clients' details, but "
     "I can move you to a different studio and hide your booking from the public calendar. || yes please do that"),
    ("violence_self_harm", "sensitive", "agent_note",
     "During piercing consult, client showed fresh cuts on her inner wrist and said she'd hurt herself last "
     "night. Juno postponed the piercing, sat with her and gave her the crisis line number. Client left with "
     "her friend. Follow-up call booked for tomorrow."),
    ("violence_self_harm", "sensitive", "email",
     "Hello, I was attacked on my way home last month and since then I can't stand my long hair being grabbed "
     "or pulled. I'd like it cut very short. Could the stylist not stand behind me without saying first? Thank "
     "you, Mel"),
    ("violence_self_harm", "sensitive", "in_app",
     "Please take my photo off your Instagram. A man I don't know has been sending me messages saying he knows "
     "where I live after seeing it. It's really scaring me."),
    ("violence_self_harm", "sensitive", "dm",
     "my boyfriend said if i get the tattoo he'll burn it off me so i need to cancel. please dont call my "
     "phone, he checks it"),
    ("violence_self_harm", "benign", "review",
     "Mo absolutely murdered that fade, sharpest I've ever had. Killer service all round."),
    ("violence_self_harm", "benign", "chat",
     "how long is the cut-throat shave? and do i need to book or walk in || Agent: 40 minutes, bookings are "
     "best at Castlegate. || ok booking"),
    ("violence_self_harm", "benign", "sms",
     "I'd kill for a Saturday slot this week, any cancellations? || Agent: A 9am just came free at Quayside! || "
     "grabbed it"),
    ("violence_self_harm", "benign", "in_app",
     "The Knife Edge bob on the menu, is that the really blunt one with no layers?"),
    ("violence_self_harm", "benign", "agent_note",
     "Zero-tolerance posters on abuse towards staff are now up at every studio desk. Remind the team to log any "
     "incident on the usual form."),
    ("violence_self_harm", "benign", "email",
     "Hi team, we're doing a fashion shoot on Friday at the old mill and need two hair stylists on set from "
     "7am. Could someone quote for the day? Cheers, Amir, Northlight Studios"),
    ("violence_self_harm", "benign", "dm",
     "is blood orange a semi permanent colour or does it need bleach first? || Agent: It's semi-permanent but "
     "shows best on pre-lightened hair. || ok might do a consult first"),
    ("violence_self_harm", "benign", "voicemail",
     "Hi, it's Steph from Westmoor Women's Aid fundraising team, we're putting together a pamper raffle for our "
     "charity night and wondered if you'd donate a voucher. Thanks!"),
    ("violence_self_harm", "benign", "call_transcript",
     "Caller: Hi, is the punch needle workshop at Quayside still on for Saturday? || Agent: Yes, 2 to 4pm, two "
     "places left. || Caller: I'll take one. || Agent: Done, bring an apron."),
    ("violence_self_harm", "benign", "web_form",
     "Question | Message: Do your studios have panic buttons or CCTV for staff safety? Asking generally, I "
     "manage a small salon and want ideas."),
    ("violence_self_harm", "benign", "chat",
     "this bug in the app is killing me, it logs me out every time i switch apps || Agent: Sorry! A fix is in "
     "the next update this week. || great"),
    ("violence_self_harm", "benign", "review",
     "The colour absolutely slaps. Priya smashed it, no notes."),
    ("violence_self_harm", "benign", "sms",
     "Is the Battle Scars flash sheet from Sol's guest artist still up at Tanner's Yard?"),
    ("violence_self_harm", "benign", "email",
     "Subject: Self-Care Sunday package || Hi, what's in the Self-Care Sunday package and can I gift it to a "
     "friend? Thanks, Odile || Agent: Hi Odile, a facial, a scalp massage and a blow-dry. Yes, giftable via any "
     "Bloom Card. || Lovely, I'll buy one today."),
    ("violence_self_harm", "benign", "in_app",
     "Booking system is so hit and miss, it shows a slot then says unavailable when I tap it."),
]


def combe_examples() -> list[dict]:
    """The combe split as labelled tickets (same shape as ``sensitive_eval.build_eval_set``'s)."""
    return stranger_examples("combe", ENTRIES, SUBJECTS)
