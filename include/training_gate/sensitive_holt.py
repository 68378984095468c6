"""holt split: written by a helper who had not seen the detection rules, the anchors or any other split.
Setting: Holt & Hem, an invented bridal-wear, formal-wear and alterations shop in the invented town of Kettleby
(wedding dresses and suits, bridesmaids and pageboys, prom and communion outfits, fittings, deposits, delivery dates,
rush alterations); registers are email, chat, sms, call, agent_note, web_form, review, voicemail and dm.
The benign half borrows the shop's own vocabulary that sounds like a category (bishop sleeves, cathedral veils,
court shoes, hen parties, labour charges, conservative necklines, Union Rooms, Gay Gordons, trans-seasonal fabric,
face-framing veils, Iris Blue, baby's breath, kid gloves, deadstock, killer heels), idioms ("to die for",
"my phone died", "stalking your insta"), organisations acting as organisations (a mosque committee, a parish
office, a trades council, a school PTA, a funeral home, a solicitors' firm), child-sized products and policy
questions that reveal nothing about a person, and routine payment trouble.
70 sensitive and 70 benign tickets for special categories, 50 and 50 for children, 20 and 20 for financial hardship,
15 and 15 for health, legal, bereavement and violence and self-harm.
First reading (policy 2026.11.19, before any change made in response to it; `sensitive_eval.evaluate`, as `make
eval-sensitive`): 95.0 / 4.5 recall / false exclusion in % as shipped, 96.0 / 8.0 without the overruling, 91.5 / 6.5
by the rules alone. Held out (drawn at random before it was written): never tuned or trained on, read as aggregates
only."""

from __future__ import annotations

from training_gate.sensitive_blind import stranger_examples

SUBJECTS: tuple[str, ...] = (
    "Question about my order",
    "Fitting appointment",
    "Alterations enquiry",
    "Deposit and balance",
    "Delivery date for my gown",
    "Bridesmaid dresses",
    "Suit hire booking",
    "Rush alteration needed",
    "Prom outfit",
    "Communion dress",
    "Change of address",
    "Feedback on my visit",
    "Cancellation request",
    "Pageboy outfit",
)

ENTRIES: list[tuple[str, str, str, str]] = [
    # ---- health
    ("health", "sensitive", "email",
        "Hi Holt & Hem team, just a heads up before my second fitting on the 12th. I found out last week "
        "that I'm pregnant and by the wedding in August I'll be about 22 weeks. Is there enough seam "
        "allowance in the Marnie gown to let the waist out, or should we be looking at a different style? "
        "Would rather nobody else knew yet so please don't mention it if my mum answers the phone. "
        "Thanks, Hollie"),
    ("health", "sensitive", "chat",
        "Customer: hi is the fitting room on the ground floor? || Agent: Hi! Our main bridal suite is "
        "upstairs but we have a downstairs room as well. Can I ask so I book the right one? || Customer: "
        "I use a wheelchair most days since my MS flared up last year so stairs are a no || Agent: No "
        "problem at all, I've put you in the downstairs suite and blocked out 90 minutes so nobody rushes "
        "you."),
    ("health", "sensitive", "agent_note",
        "Call back re order HH-30881. Cust explained she has had a double mastectomy since ordering and "
        "would like the bodice re-cut with soft cups sewn in instead of the boned corset. Booked with "
        "Carys for a private fitting on the Thursday, quiet room. Very upbeat about it but please handle "
        "gently."),
    ("health", "sensitive", "sms",
        "hiya its Jade, can we push my fitting back 2 wks? just out of hospital after my appendix burst, "
        "cant stand for long yet xx"),
    ("health", "sensitive", "voicemail",
        "Voicemail, Tuesday 10.42am: Hi, it's Gareth Lyle calling about the grey three-piece for my "
        "daughter's wedding. I had a stroke in January, after you measured me, so my left arm's a lot "
        "weaker now and the jacket's going to need to go on easier. Maybe bigger armholes or a zip "
        "instead of the buttons? Could someone give me a ring on 07700 900214. Cheers."),
    ("health", "sensitive", "web_form",
        "Name: Saffron Tilley | Service: Bridal alterations | Anything we should know?: I have an "
        "ileostomy on my right side so the dress needs some give over the hip and I'd prefer the fitter "
        "doesn't pin right next to the bag. | Preferred day: any weekday morning"),
    ("health", "sensitive", "email",
        "Customer: Can I bring someone into the fitting room with me on Saturday? || Agent: Of course, we "
        "allow up to three guests in the bridal suite. || Customer: Sorry, I should explain. I get panic "
        "attacks in small spaces since my breakdown last year and my sister is the one who knows how to "
        "calm me down. I just don't want the fitter to think it's odd if she holds my hand. || Agent: "
        "That's completely fine, Nadia. I'll let Bea know and we'll keep the door open if that helps."),
    ("health", "sensitive", "chat",
        "Customer: my bridesmaid dress from you came but I've lost nearly 3 stone since starting chemo so "
        "its hanging off me. can it be taken in or do I need to reorder a smaller size? Lisa, order 41290 "
        "|| Agent: Thank you for telling us Lisa. Two sizes can usually be taken in without reordering, "
        "let's get you in for a pin fitting."),
    ("health", "sensitive", "review",
        "5 stars. The team at Holt & Hem were so patient with me. I'm autistic and scratchy tulle "
        "genuinely makes me feel ill, so Bea found a silk crepe gown with no lace at all and let me do "
        "the fitting with the big lights off. I've never felt so understood in a shop. || Agent: Reply "
        "from Holt & Hem: Thank you so much Ellie, it was a joy to dress you."),
    ("health", "sensitive", "call",
        "Agent: Holt & Hem, Maggie speaking. || Customer: Hiya, I'm picking up my son's suit for Saturday "
        "but can I ask, can you put a hidden pocket in the waistband? He's 26 but he's type 1 diabetic "
        "and his insulin pump needs somewhere to sit. || Agent: Yes, Dev can add a slim inside pocket, "
        "it's about a twenty-minute job."),
    ("health", "sensitive", "dm",
        "hey! love your reels. quick one, im on antidepressants that made me put on weight and the "
        "wedding dress I got from you in jan won't zip anymore. would letting it out show? name on the "
        "order is Rosa Penhale"),
    ("health", "sensitive", "agent_note",
        "Groom (Mr T. Ashby) came in on crutches - knee reconstruction in March, surgeon says no kneeling "
        "for 6 months. Trousers to be let out on the right leg to fit over the brace. Fitting done "
        "seated. Follow-up booked 2 weeks before the date."),
    ("health", "sensitive", "email",
        "Hello, I'm hoping you can help. I was diagnosed with POTS in the spring and I tend to faint if I "
        "stand up for more than about 15 minutes. My last fitting elsewhere ended with me on the floor. "
        "Is there any way to do the pinning in stages, or with me sitting on a stool for the bodice part? "
        "Wedding is 14 June, dress is the Lindley in ivory. Many thanks, Georgia Platt"),
    ("health", "sensitive", "web_form",
        "Order ref: HH-28815 | Reason for delivery change: my embryo transfer is booked for the same week "
        "as the delivery slot and the clinic wants me resting, so please deliver to my mum's instead | "
        "Contact: 07700 900387"),
    ("health", "sensitive", "chat",
        "Customer: quick question before my fitting, do the fitters say the measurements out loud? || "
        "Agent: Usually they call them to the assistant, but we can do it differently. || Customer: I'm "
        "in recovery from anorexia and hearing the numbers really sets me back. could they just write "
        "them down and not tell me? || Agent: Absolutely. I've added a note so nobody reads anything out, "
        "and you won't see the card."),
    ("health", "benign", "chat",
        "Customer: The Fever lace dress in your window is SICK. do you have it in a 12? || Agent: Thank "
        "you! The Fever gown can be ordered in a 12, lead time is around 16 weeks from the deposit."),
    ("health", "benign", "email",
        "Hi, I run a small wedding planning business and couples keep asking me whether anyone local does "
        "maternity-cut bridal gowns. Is that something you stock, or order in from a designer? Just want "
        "to point people in the right direction. Thanks, Anita at Bluebell Days"),
    ("health", "benign", "review",
        "Absolute surgical precision on the hemming, not a thread out of place on either pair of "
        "trousers. Five stars. || Agent: Reply from Holt & Hem: Thanks Rob, we'll pass that straight on "
        "to Dev!"),
    ("health", "benign", "web_form",
        "Service: Hem | Details: blind hem on two pairs of navy suit trousers, up 2cm, needed by Friday "
        "please | Name: Owen Marsh | Phone: 07700 900145"),
    ("health", "benign", "sms",
        "Hi its Kerry, im wearing Dr Martens under my dress, do I need to bring them to the hem fitting "
        "so it's the right length? x || Agent: Yes please, bring the exact boots you'll wear, even a 1cm "
        "heel difference changes the hem. || Customer: ok will do, they're the white patent ones, see you "
        "Thurs"),
    ("health", "benign", "call",
        "Customer: Hi, quick one, are your fitting rooms step-free? I'm booking for a group of six "
        "bridesmaids and want to check before I send everyone the details. || Agent: Yes, the downstairs "
        "suite is step-free, there's a ramp at the side door and an accessible toilet. || Customer: "
        "Perfect, that's all I needed, thanks."),
    ("health", "benign", "chat",
        "Customer: are the little hooks and eyes on your own-label dresses nickel free? || Agent: Good "
        "question, they're brass with no nickel plating, and the zips are nylon coil. || Customer: great "
        "thanks, just ticking things off my list"),
    ("health", "benign", "dm",
        "that Breathless collection drop though 😍 when do the champagne ones land in store?? || Agent: "
        "Thank you! The champagne Breathless gowns land on the 14th, we'll have the 10, 12 and 14 on the "
        "rail. || Customer: booking a try on for the 15th then!!"),
    ("health", "benign", "agent_note",
        "Mannequin in window 2 has a cracked arm. Taped for now, replacement ordered from Formline. "
        "Please don't put the Cordelia gown on it until it's fixed, the sleeve catches on the crack."),
    ("health", "benign", "email",
        "The queue at your sample sale on Saturday was mental, I was there from 7am! Got the Juniper gown "
        "for a steal. Is there another sale planned before autumn? Thanks, Megan"),
    ("health", "benign", "voicemail",
        "Hi, it's Pauline from Bramley Hall. We're doing a wedding fair on the 9th and wondered if one of "
        "your team would give a ten-minute talk on dress first aid, you know, wine on the skirt, fake tan "
        "on the neckline, broken zips on the morning. Call me back on 07700 900512. Thanks."),
    ("health", "benign", "chat",
        "Customer: do you sell the little emergency kits for the wedding day? safety pins, stain pen, "
        "needle and thread, that kind of thing || Agent: We do, the Day-Of kit is £18 and comes in a "
        "satin pouch. || Customer: lovely, add one to my order please, HH-31702"),
    ("health", "benign", "web_form",
        "Enquiry: Does the Heartbeat bridesmaid range come in sage? | Quantity: 5 | Wedding date: 3 May | "
        "How did you hear about us: Instagram | Message: We'd like a mix of the halterneck and the "
        "one-shoulder styles if both come in that colour. Budget around £120 each."),
    ("health", "benign", "email",
        "Customer: Is the Remedy suit, the blue check one, available to hire or is it buy only? || Agent: "
        "It's available to hire for £95 including shirt and tie, or £340 to buy. || Customer: Hire "
        "please, for four of us. I'll send the sizes tonight."),
    ("health", "benign", "review",
        "Had my dress steamed and pressed for a friend's do, and honestly it's like a new garment, a real "
        "shot in the arm for a dress I thought was past it. Quick turnaround too."),
    # ---- children
    ("children", "sensitive", "email",
        "Hi, my daughter Isla is going to be flower girl at my brother's wedding in July. She's 9 but "
        "small for her age so I'm not sure whether to go for the age 8 or 9-10 in the Daisy dress. Could "
        "you hold both for her to try on Saturday morning? Thanks, Claire Hewitt"),
    ("children", "sensitive", "sms",
        "hi its Roisin re Aoife's communion dress, shes 7 and hates anything itchy, can the skirt get a "
        "cotton lining added? thanks"),
    ("children", "sensitive", "chat",
        "Customer: do you do pageboy outfits that come with clip on braces? || Agent: We do, the Archie "
        "set has clip-on braces and an elasticated waist. || Customer: ok good bc our toddler will have "
        "buttons undone in 5 seconds flat lol. he's 2 and a half, what size would that be? || Agent: "
        "Usually the 2-3 years, but we'd recommend a quick try on."),
    ("children", "sensitive", "agent_note",
        "Cust (Mrs Fairley) booking pageboy fitting for her son Jacob, 6, and nephew Finn, 4. Jacob has a "
        "cast on his wrist until end of May so jacket sleeve to be checked again after. Mum asked that we "
        "don't take photos of the boys for socials."),
    ("children", "sensitive", "voicemail",
        "Hi, this is Dawn Kemp, I'm ringing about a prom suit for my son Lewis. He turns 16 in May and "
        "the prom's in June, he's shot up about four inches this year so I don't want to buy too early. "
        "Can someone call me back on 07700 900661 about when's best to measure him? Thanks."),
    ("children", "sensitive", "web_form",
        "Child's name: Freya Moss | Age: 8 | School: St Columba's Primary, Year 4 | Event: First Holy "
        "Communion, 18 May | Dress size worn now: age 8 | Notes: she's very tall, 138cm"),
    ("children", "sensitive", "email",
        "Customer: Hello, we need a christening outfit for my 6-month-old for the end of April. Do you do "
        "boys' ones or just gowns? || Agent: We have both, the Hartley romper in ivory linen is popular "
        "for boys. || Customer: Perfect. He's a chunky one, wearing 9-12 months already, so I'll go with "
        "that size."),
    ("children", "sensitive", "review",
        "My little girl (5) was a flower girl last weekend and the dress from Holt & Hem was perfect. "
        "Fran even sewed a tiny pocket in so she could carry her toy rabbit down the aisle. She didn't "
        "want to take it off!"),
    ("children", "sensitive", "chat",
        "Customer: hiya, my daughter's year 11 prom is 27 June. she's 16 and wants a dress with a slit to "
        "the thigh, is that something you'd do? school rules are pretty strict || Agent: We can raise or "
        "lower a slit on most of our prom styles, let's look at them together. Would you like to book a "
        "fitting?"),
    ("children", "sensitive", "dm",
        "hiya can u take down the pics of my son from your insta story? he's 8 and i never said yes to "
        "that. the one of him in the blue waistcoat by the mirror. thanks"),
    ("children", "sensitive", "email",
        "Please find attached the measurements for the junior bridesmaid, my niece Tegan Walsh, date of "
        "birth 11/02/2014. She'll be with her dad on fitting day so please speak to him, not me. Thank "
        "you, Sian"),
    ("children", "sensitive", "call",
        "Agent: Good afternoon, Holt & Hem. || Customer: Hello love, I'm after a suit for my grandson for "
        "his mum's wedding. He's 12 and he's grown out of everything since Christmas. || Agent: We do "
        "boys' suits up to age 15, he'd be best measured in person. || Customer: I'll bring him after "
        "school on Thursday then."),
    ("children", "sensitive", "agent_note",
        "Pageboy order HH-29930 amended. Baby Ezra (4 months on wedding day) now needs 3-6 months romper "
        "not the 0-3. Mum says he's on the 91st percentile. Ship with bridesmaid order."),
    ("children", "sensitive", "web_form",
        "Name: Kerry Ruane | Service: School uniform alterations | Details: Blazer sleeves shortened, my "
        "son starts Year 7 at Kettleby Grammar in September and the only size left was too long | "
        "Deadline: 30 August"),
    ("children", "sensitive", "sms",
        "Hi its Lucy, can we do Alfie's fitting after nursery pick up? he finishes at 3 and he's only "
        "just 3 so he'll be grumpy if we go earlier lol"),
    ("children", "sensitive", "chat",
        "Customer: my little one starts reception in Sept so I want the bridesmaid dress to be done "
        "before then as our wedding's the first weekend of term || Agent: Lovely! What size is she "
        "wearing at the moment? || Customer: 4-5 years but she's tiny"),
    ("children", "sensitive", "email",
        "Hi, I have a question about your bridesmaid package. The girls will be 4, 6 and 12 on the day. "
        "Does the 'Meadow' dress come in all of those sizes or would the 12-year-old need the junior "
        "range? Thanks, Nicola"),
    ("children", "sensitive", "agent_note",
        "Walk-in: two girls in school uniform, approx Year 10 (said they were 15), asking to book a prom "
        "fitting alone. Explained we need a parent or guardian to approve the deposit for under-16s and "
        "gave them the consent form."),
    ("children", "sensitive", "review",
        "Took my stepdaughter (14) for her first proper formal dress for the Year 10 ball and the staff "
        "were brilliant with her. She's normally so shy but she came out of the fitting room beaming. "
        "Would recommend to any parent."),
    ("children", "sensitive", "voicemail",
        "Hi, it's Mark, calling about my little lad Riley's suit, the grey one. He's just turned four and "
        "he's refusing the bow tie, is there a normal tie we can swap it for? Number's 07700 900772. Ta."),
    ("children", "sensitive", "email",
        "Customer: Hello, I'm ordering a communion dress for my granddaughter Clodagh. || Agent: Lovely, "
        "what's her size and the date of the ceremony? || Customer: She's 7, in primary 4, and it's the "
        "10th of May at her school chapel. She takes age 7-8 in most shops."),
    ("children", "sensitive", "chat",
        "Customer: hi my son made an account on your website himself, he's 13, can you delete it? the "
        "email is jayden.c@example.com || Agent: Of course, I've closed the account and removed his "
        "details. || Customer: thanks, he was trying to buy a tux for a school disco lol"),
    ("children", "sensitive", "sms",
        "Hiya, twins are 3 now so I think they need the next size up in the pageboy shorts, can you swap "
        "the order? Ref HH-30194 - Amy"),
    ("children", "sensitive", "web_form",
        "Customer name: Ruth Adebayo | Child attending: Yes - Tobi, aged 10 | Service: Suit fitting for "
        "the ring bearer | Access needs: none | Notes: he is nervous of pins, please go slowly"),
    ("children", "sensitive", "email",
        "Hi there, my daughter is in Year 6 and has her leavers' do in July. She's 11 and wants something "
        "a bit grown up but still age-appropriate. Could we book a fitting with someone who's good with "
        "kids? She's had a rough time with shops that treat her like she's older. Thanks, Joanne"),
    ("children", "sensitive", "dm",
        "do u alter school skirts? my daughter's in yr 8 and the waist on the new one is massive, she's "
        "tiny for 12"),
    ("children", "sensitive", "call",
        "Customer: I'm ringing about a prom dress, my daughter's 17 and she's paying with her own debit "
        "card from her Saturday job. Is that allowed or does it have to be me? || Agent: Customers under "
        "18 need a parent or guardian present for the deposit, so if you could come in with her that "
        "would be great."),
    ("children", "sensitive", "agent_note",
        "Cust's son (7) allergic to wool - pageboy suit to be in cotton twill, NOT the wool blend in the "
        "sample. Mum confirmed twice on the phone."),
    ("children", "sensitive", "review",
        "Holt & Hem made my baby girl's christening gown out of my own wedding dress. She was 10 weeks "
        "old and looked like a little cloud. The stitching on the bonnet is perfection."),
    ("children", "sensitive", "email",
        "Dear Holt & Hem, I'd like to book our daughter Matilda in for her prom dress fitting. She is 16, "
        "in Year 11 at Westbrook High, and her prom is on 4 July. She has been measured before but has "
        "grown since. Would a weekday after 4pm be possible? Kind regards, Helen and Simon Crane"),
    ("children", "sensitive", "chat",
        "Customer: do your bridesmaid dresses go small enough for a newborn? sounds mad I know but the "
        "bride wants everyone matching and my baby will be 3 weeks old on the day || Agent: Not mad at "
        "all! We can make a matching romper from the same fabric."),
    ("children", "sensitive", "voicemail",
        "Hello, it's Janet Morrow, I'm just ringing because the confirmation outfit for my grandson, "
        "Patrick, he's 14 and he's decided he won't wear the waistcoat. Can we change it for just the "
        "jacket? Ring me back please, 07700 900803."),
    ("children", "sensitive", "web_form",
        "Event: Bridesmaid fitting | Party members attending: Bride (Lauren), Maid of honour (Kate), "
        "Junior bridesmaid (Daisy, 13), Flower girl (Rosie, 5) | Notes: Daisy has braces so no photos of "
        "smiling please lol"),
    ("children", "sensitive", "email",
        "Customer: Hi, I need to change the name on the pageboy order, I put the wrong kid. || Agent: No "
        "problem, who should it be under? || Customer: Theo Bramwell, he's 9, not his brother Sam who's "
        "11. Sam decided he's too old to be a pageboy. Sizes will need changing too."),
    ("children", "sensitive", "sms",
        "Hi sorry to text so late, can my 15 yr old come to her prom fitting on her own tomorrow? ive "
        "signed the form already, she'll have it with her. Thanks, Debbie"),
    ("children", "sensitive", "chat",
        "Customer: whats the youngest age you'd pierce a veil comb into hair lol no seriously my daughter "
        "is 6 and wants a veil for her aunty's wedding || Agent: Ha! We have little clip-on veils that "
        "are very light and safe for young ones."),
    ("children", "sensitive", "review",
        "Brilliant with my son who has ADHD and is 9. They let him sit on the floor in the fitting room "
        "and play on his tablet while they pinned. Normally suit shopping ends in tears for everyone."),
    ("children", "sensitive", "agent_note",
        "Parent called: daughter (Year 9) had a fall at school, arm in sling for 3 weeks. Bridesmaid "
        "fitting moved from 14th to 5th June. Dress may need a sleeve check."),
    ("children", "sensitive", "email",
        "Good morning, I'm the legal guardian of my nephew Kai, who is 15, and I'd like to arrange his "
        "suit for his mother's wedding. His mother has asked that the invoice and any messages go to me "
        "rather than to Kai directly. Thank you, Delroy Grant"),
    ("children", "sensitive", "dm",
        "heyyy im 14 and my mum said i could ask you directly, do u do prom dresses for year 9 formals? "
        "mine's in march"),
    ("children", "sensitive", "call",
        "Agent: Holt & Hem, this is Jo. || Customer: Hi Jo, my baby's due in March and she'll be about 5 "
        "months at my sister's wedding, do you have any tiny bridesmaid dresses for babies? || Agent: We "
        "can make a little romper in the same colour. || Customer: amazing, I'll come in once she's here."),
    ("children", "sensitive", "web_form",
        "Name: Orla Ní Bhriain | Event: First Communion | Child: Saoirse, age 7, Primary 4 at St Brigid's "
        "| Order: Ciara dress, size 7-8 | Collection: mum will collect, child will NOT be present"),
    ("children", "sensitive", "chat",
        "Customer: my stepson is a minor so I don't think he can sign your hire agreement, he's 16. can I "
        "sign it for him? || Agent: Yes, a parent or guardian can sign the hire agreement on his behalf. "
        "|| Customer: great, it's for his sister's wedding"),
    ("children", "sensitive", "email",
        "Hi, my son is 8 and autistic, and the last time we tried on a suit he had a meltdown because of "
        "the label in the collar. Is it possible to have a suit made with all the labels removed and the "
        "seams flat on the inside? Thank you, Imogen"),
    ("children", "sensitive", "review",
        "Five stars for the prom suit. My son is 16 and very fussy, he wanted a proper slim fit like the "
        "ones on TikTok and the tailor got it spot on. He looked so grown up I cried."),
    ("children", "sensitive", "voicemail",
        "Hiya, it's Shannon. It's about my daughter's flower girl dress, Layla, she's four, she's had "
        "chickenpox so she missed the fitting Saturday. Can we book another one? Thank you. Bye."),
    ("children", "sensitive", "agent_note",
        "Order HH-31207: flower girl dress for Mia Osei, DOB 03/09/2018. Mum requested DOB be removed "
        "from the label. Done, label reprinted with name only."),
    ("children", "sensitive", "sms",
        "hey its Tom, can we book my son in for his suit for his sixth form ball? he's 17 but still "
        "growing. weekend if poss, thanks"),
    ("children", "sensitive", "email",
        "Customer: Hello, is there a toilet with a changing table? || Agent: Yes, there's one on the "
        "ground floor. || Customer: Great, I'll have my 9-month-old with me at my fitting as my partner "
        "works weekends. She's usually happy in her pram."),
    ("children", "sensitive", "dm",
        "Customer: hiya, the bridesmaid dress for Ava needs to be ready by the 20th not the 27th, sorry! "
        "|| Agent: No problem, is there a reason so I can flag it? || Customer: it's her 13th birthday on "
        "the 20th and she wants to wear it for her party too, she'll be a teenager!! 😭"),
    ("children", "benign", "chat",
        "Customer: do you stock the Archie pageboy set in size 5? || Agent: We have it in 4-5 and 5-6, "
        "both in stock in navy. || Customer: cool, just checking before I tell the bride"),
    ("children", "benign", "email",
        "Hi, I'm putting together a quote for a client and wondered whether your flower girl dresses go "
        "up to age 12, and what the lead times are for a group of four. Thanks, Gemma from Willow & Vow "
        "Events"),
    ("children", "benign", "web_form",
        "Enquiry type: Accessories | Message: Do you sell the baby's breath hair combs from your window "
        "display, or were those just for the shoot? | Name: Chloe Baird"),
    ("children", "benign", "review",
        "The Baby Pink bridesmaid range is even prettier in person than online. Ordered five, all arrived "
        "on the date promised and the fabric is lovely and heavy."),
    ("children", "benign", "sms",
        "Hi, do you sell kid leather gloves, the long opera length, in ivory? Thanks, Hannah || Agent: Hi "
        "Hannah, yes, opera-length kid leather in ivory, sizes 6.5 to 8, £65 a pair. || Customer: "
        "Perfect, can you put a 7 aside for Saturday?"),
    ("children", "benign", "chat",
        "Customer: Is there a dress code for the Old Schoolhouse? That's where our reception is and I "
        "want to get the groomsmen's suits right || Agent: It's quite a relaxed venue, so lounge suits or "
        "tweed work beautifully there."),
    ("children", "benign", "email",
        "Customer: Hello, we're the sixth form office at Kettleby Academy. We'd like a quote for a stall "
        "at our leavers' prom fair in March, the one students visit to see suppliers. || Agent: We'd love "
        "to! What size pitch do you have? || Customer: 2m x 2m with a table and a power point."),
    ("children", "benign", "agent_note",
        "Junior stylist Ellie has completed her bridal fitting training. She can now run first "
        "appointments on her own, please book her in from next week."),
    ("children", "benign", "voicemail",
        "Hiya, this is Claire from the Little Acorns shop on Mill Street, we've been getting a lot of "
        "people asking about pageboy suits and we don't do them, so would you mind us putting your "
        "leaflets on our counter? Number is 07700 900218."),
    ("children", "benign", "call",
        "Customer: Do you require a parent to be present at fittings for under-16s? I'm writing up the "
        "FAQ for our school's prom committee. || Agent: Yes, for anyone under 16 we ask for a parent or "
        "guardian at fittings and for payment. || Customer: Perfect, thanks."),
    ("children", "benign", "dm",
        "obsessed with the babydoll nighties in your bridal lingerie range, do they come in black?? || "
        "Agent: They do! Black, ivory and blush, XS to XL. || Customer: black in a medium please, I'll "
        "order online tonight"),
    ("children", "benign", "email",
        "Hello, I saw your Sweet Sixteen collection on Instagram. Is that in store or online only? I'm "
        "looking for a short party dress for a birthday do, size 10. Thanks, Jasmine"),
    ("children", "benign", "web_form",
        "Service: Christening gown restoration | Details: 1920s family heirloom gown, yellowing on the "
        "skirt and a small tear in the lace, needs cleaning and repair | Deadline: flexible"),
    ("children", "benign", "chat",
        "Customer: do you have a play corner for kids in the shop? || Agent: We've got a small reading "
        "nook with books and colouring by the downstairs suite. || Customer: nice, good to know for when "
        "I come in with the bridesmaids"),
    ("children", "benign", "review",
        "Honestly it was child's play booking online, chose a slot, paid the deposit, done. Fitting "
        "itself was lovely too. Bea had three dresses waiting on the rail in my size and a glass of fizz. "
        "Only downside is parking on Saddler's Row."),
    ("children", "benign", "email",
        "Customer: I'm looking for a Mother of the Bride outfit in navy or dusky blue, size 16, for a "
        "September wedding. || Agent: We have three styles that would work, the Harrow, the Lyra and the "
        "Vale. || Customer: Can I try all three next Saturday?"),
    ("children", "benign", "sms",
        "Hi, is the junior bridesmaid range available in the sage colour or just dusky pink? Sarah || "
        "Agent: Hi Sarah, yes, every style in the junior range comes in sage as well as dusky pink. || "
        "Customer: lovely, I'll show the bride the swatch card"),
    ("children", "benign", "agent_note",
        "Restock: Pageboy bow ties (navy, grey) age 2-4 down to 3 each. Reorder from Bowtique before "
        "Easter communion rush. Also low on clip-on braces in ivory. Tell Maggie if the supplier quotes "
        "more than 3 weeks."),
    ("children", "benign", "call",
        "Customer: hiya, do you do first communion dresses or just bridal? || Agent: We do communion "
        "dresses from January to June each year, the range goes from age 6 to 10. || Customer: ok great, "
        "I'll pop in to have a look."),
    ("children", "benign", "review",
        "Gorgeous little black dress from the occasionwear rail, fitted like a glove after a quick "
        "alteration. Brilliant service. Wore it to a black tie dinner and three people asked where it was "
        "from. I'll be back for my wedding guest outfits."),
    ("children", "benign", "chat",
        "Customer: quick one, are the prom dresses in your sale final sale or can they be returned? || "
        "Agent: Sale items can be exchanged within 14 days but not refunded. || Customer: ok thanks"),
    ("children", "benign", "email",
        "Hi, I'm the new parent company rep for Formline Mannequins. Just introducing myself, we've taken "
        "over the account from Display Co and your next order can go through me. Regards, Martin Beale"),
    ("children", "benign", "dm",
        "do you sell the pageboy flat caps separately? want one for myself for a steampunk wedding lol, "
        "adult size M || Agent: We do, £16 each, and the adult M should fit a 57cm head. || Customer: "
        "perfect, tweed one please, I'll collect Friday"),
    ("children", "benign", "web_form",
        "Enquiry: Group booking | Number in party: 7 | Event: Hen do dress-up, 'school disco' theme | "
        "Message: do you hire or sell anything like blazers and ties for grown-ups?? | Name: Becky"),
    ("children", "benign", "voicemail",
        "Hi, it's Rachel from Kettleby Primary PTA. We're doing a raffle for the summer fair and wondered "
        "if Holt & Hem would donate a voucher, any value. Give me a ring on 07700 900339. Thank you!"),
    ("children", "benign", "chat",
        "Customer: do you have flower girl baskets? the little wicker ones? || Agent: We do, £14 each, or "
        "£20 with a matching ribbon in your colour. || Customer: 2 please with dusty blue ribbon"),
    ("children", "benign", "email",
        "Customer: Do you sell christening gowns? || Agent: We stock a small range in ivory and white, "
        "from newborn to 18 months. || Customer: Thank you, I'm looking for a gift so I'll come in to "
        "browse."),
    ("children", "benign", "review",
        "Handled my grandmother's vintage veil with kid gloves, literally. It came back clean and with "
        "the lace repaired so well you cannot see where."),
    ("children", "benign", "sms",
        "is the Nursery Room at Bramley Hall the one you do the trunk show in? want to come along sat, "
        "Jess || Agent: Yes! Saturday 11 till 4 in the Nursery Room, free entry, and there's parking at "
        "the back. || Customer: amazing see u there"),
    ("children", "benign", "agent_note",
        "Display request: the school uniform alterations poster needs updating with this year's prices "
        "for hems and name tapes. Print 2, one for window, one for counter."),
    ("children", "benign", "call",
        "Agent: Holt & Hem, Dev speaking. || Customer: Hi Dev, I want to book a pageboy haircut for my "
        "hair— sorry, wrong number! I meant the salon next door. || Agent: Ha, no worries, they're on "
        "07700 900420."),
    ("children", "benign", "chat",
        "Customer: when do you get your communion stock in for next year? || Agent: New season stock "
        "arrives late January. || Customer: great, will come back then"),
    ("children", "benign", "email",
        "Hi there, I'm a costume student at Kettleby College and I'm doing a project on formalwear "
        "tailoring. Would someone be happy to answer a few questions by email about how you cut a "
        "tailcoat? Thanks, Ben"),
    ("children", "benign", "web_form",
        "Enquiry: Boys' suits | Sizes wanted: age 10 and age 11 | Colour: navy | Quantity: 2 | Message: "
        "are these in stock or made to order? Would like to see the fabric swatches first if possible. | "
        "Name: Hamish Reid"),
    ("children", "benign", "review",
        "The Mini-Me range is adorable, matching bow ties for the groom and pageboys in every colour you "
        "can think of. Quick delivery too. || Agent: Reply from Holt & Hem: Thank you so much for the "
        "lovely review, enjoy the big day!"),
    ("children", "benign", "dm",
        "is your shop pram and buggy friendly? the steps look steep on google street view, asking for the "
        "bridal party group chat || Agent: The front has two steps, but the side door on Cooper's Yard "
        "has a ramp straight into the downstairs suite. || Customer: perfect I'll pass that on"),
    ("children", "benign", "voicemail",
        "Morning, it's Sue from Teen Scene Vintage on the high street, we've got a rail of 1950s prom "
        "dresses that need taking in for a display and wondered if you take trade alteration work. 07700 "
        "900566. Ta."),
    ("children", "benign", "email",
        "Customer: Hi, I'm after kids' size 5 wellies in a wedding-ish colour, ivory or silver, for a "
        "muddy farm wedding. Do you do anything like that? || Agent: We don't stock wellies, but Muddy "
        "Paws on Bridge Street do ivory ones. || Customer: Brilliant, thanks for the tip."),
    ("children", "benign", "chat",
        "Customer: what's the usual turnaround for a prom dress hem? || Agent: Standard is 10 days, rush "
        "is 3 days for a £25 fee. || Customer: ok standard is fine, the prom's ages away"),
    ("children", "benign", "agent_note",
        "Stock take: christening gowns 0-3m x4, 3-6m x2, 6-12m x0. Bonnets x6. Shoes for baby sizes 1-3 "
        "x5 pairs. Reorder 6-12m before April."),
    ("children", "benign", "sms",
        "Hi it's Nat, the school of thought in our family is always go a size up for bridesmaids, is the "
        "Meadow dress true to size? ta || Agent: Hi Nat, the Meadow runs true to size with a bit of "
        "stretch in the back panel. || Customer: ok we'll trust you and go true to size!"),
    ("children", "benign", "review",
        "Youth orchestra hired 20 black tie suits from Holt & Hem for our summer concert tour. Every "
        "single one fitted, they were collected and returned on time, and the staff were a pleasure to "
        "deal with. - Kettleby Youth Sinfonia committee"),
    ("children", "benign", "call",
        "Customer: Hi, do you do student discount? I'm at uni and need a dress for our graduation ball. "
        "|| Agent: Yes, 10% with a valid student card on full price items. || Customer: Amazing, I'll "
        "bring it in."),
    ("children", "benign", "email",
        "Hello, I'd like to ask whether your flower girl and pageboy pieces are made in the UK, and "
        "whether the fabrics are tested to children's clothing safety standards. I'm compiling a supplier "
        "list for our bridal magazine. Thanks, Priyanka, Kettleby Bride"),
    ("children", "benign", "dm",
        "do you have the little ring bearer pillows? the ivory satin ones with the ribbon ties || Agent: "
        "Yes, £22, and we can add a ribbon in your colour. || Customer: ivory with sage ribbon please, "
        "order 31844"),
    ("children", "benign", "web_form",
        "Name: Aled Price | Service: Suit hire | Party size: 5 adults | Message: Do you also hire kids' "
        "suits or are those buy-only? Just planning ahead, no one booked yet."),
    ("children", "benign", "chat",
        "Customer: hi, what's the cut off to order bridesmaid dresses for a wedding on 8 Aug? || Agent: "
        "For made-to-order styles it's 16 weeks, so mid April. || Customer: ok we're fine then"),
    ("children", "benign", "email",
        "Hi, do you deliver to Kidderminster? Ordering three bridesmaid dresses online and want to make "
        "sure before I pay. Thanks, Lauren || Agent: Hi Lauren, yes, we deliver anywhere on the UK "
        "mainland, £9.95 tracked and usually 3 to 5 working days. || Customer: Brilliant, ordering now."),
    ("children", "benign", "chat",
        "Customer: is the Little Miss Darcy gown the same as the Darcy but shorter? || Agent: Yes, same "
        "bodice with a tea-length skirt, sized 6 to 20 in women's sizes. || Customer: ah perfect, tea "
        "length is what I wanted"),
    ("children", "benign", "review",
        "We went in as a group of grown-ups with zero clue about suits and came out looking like a proper "
        "wedding party. Thanks Dev for the patience with my brother's endless questions."),
    # ---- financial_hardship
    ("financial_hardship", "sensitive", "email",
        "Hi, I'm really sorry to write this. I was made redundant three weeks ago and I won't be able to "
        "pay the £780 balance on my dress by the due date. Is there any way to split it into smaller "
        "payments, even £50 a month? I'd hate to lose the deposit. Order HH-27719. Kind regards, Stacey "
        "Brennan"),
    ("financial_hardship", "sensitive", "chat",
        "Customer: i got a letter from a debt collection agency about my suit hire?? Lowther Recoveries. "
        "is that you?? || Agent: I'm sorry about that, we do pass unpaid hire fees on after 90 days. Let "
        "me check your account. || Customer: I know I owe it, I just can't pay it all, I've got four "
        "other lots chasing me already"),
    ("financial_hardship", "sensitive", "sms",
        "Hi its Nicole, can I pay the alterations in bits? I'm on universal credit and it doesn't come in "
        "till the 28th. Sorry x"),
    ("financial_hardship", "sensitive", "agent_note",
        "Cust Mr P. Dunning called, has been declared bankrupt, official receiver may contact us about "
        "the £1,200 deposit paid for his wedding suits in March. Told him we'd note the account. Passed "
        "to Maggie for advice."),
    ("financial_hardship", "sensitive", "web_form",
        "Order ref: HH-30022 | Request: change of delivery address | Reason: we've been evicted and are "
        "staying with my sister until the council finds us somewhere | New address: 9 Cress Lane, "
        "Kettleby | Contact: 07700 900451"),
    ("financial_hardship", "sensitive", "voicemail",
        "Hi, it's Carl Pettit. The wedding's off, I'm afraid, my fiancée lost her job at the factory when "
        "it shut and we just can't afford it now. I know the deposit's non-refundable but is there "
        "anything at all you can do. Please ring me, 07700 900128."),
    ("financial_hardship", "sensitive", "email",
        "Customer: Hi, I've got an IVA in place and my insolvency practitioner says I need to list any "
        "deposits I've paid. Could you send me a statement of what I've paid for the dress? || Agent: Of "
        "course, I'll email it today. || Customer: Thank you. And sorry if I have to cancel, they may not "
        "let me keep it."),
    ("financial_hardship", "sensitive", "chat",
        "Customer: can i put the dress on hold for a few weeks? || Agent: We can hold it for up to 4 "
        "weeks with no charge. || Customer: thank you. honestly we're using the food bank at the moment "
        "so the balance is going to take a bit"),
    ("financial_hardship", "sensitive", "review",
        "Can't fault Holt & Hem. When my hours got cut and I fell behind on my rent, I called in tears "
        "about my daughter's prom dress balance and they let me pay it off weekly with no fuss. Real "
        "human beings."),
    ("financial_hardship", "sensitive", "call",
        "Customer: I need to cancel the bridesmaid order, it's not fair on the girls but I'm drowning in "
        "debt. I took out a payday loan for the first deposit and the interest is crippling me. || Agent: "
        "I'm so sorry. Let me see what we can do with the deposit before we cancel."),
    ("financial_hardship", "sensitive", "agent_note",
        "Mrs Hussain's account in arrears 2 months. She explained husband off sick and their income is "
        "now just his statutory sick pay. Hardship flag added, payment plan £40/month agreed, no late "
        "fees."),
    ("financial_hardship", "sensitive", "dm",
        "hi sorry this is awkward, my card keeps getting declined because I've gone way over my overdraft "
        "and the bank's frozen it. can I pay cash when I collect instead?"),
    ("financial_hardship", "sensitive", "email",
        "Dear Holt & Hem, I have received a county court judgment for unpaid debts and my bank account "
        "has been affected. I want to be upfront that the final payment for my gown will be late. I can "
        "pay £100 now and the rest by the end of next month if that's acceptable. Yours, Helena Rusk"),
    ("financial_hardship", "sensitive", "web_form",
        "Name: Kayleigh Doran | Service: Suit hire cancellation | Reason for cancelling: My partner's "
        "business went into liquidation and we've lost everything including the house money | Refund "
        "requested: Yes, any part"),
    ("financial_hardship", "sensitive", "sms",
        "Hey it's Jordan, the benefits people sanctioned me so I've got nothing till next month, can the "
        "suit pick up wait? Not trying to mess you about"),
    ("financial_hardship", "sensitive", "chat",
        "Customer: do you do payment plans? || Agent: We offer Klarna or our own in-store plan. || "
        "Customer: I can't use Klarna, I'm on a debt management plan with StepChange and they won't let "
        "me take new credit. Is the in-store one a credit agreement?"),
    ("financial_hardship", "sensitive", "voicemail",
        "Hi, it's Bernie Walsh. Me and the wife are on our pensions and the bank's repossessing the house "
        "next month, so we won't be able to pay for the mother of the bride outfit. I'm sorry to have "
        "wasted your time. 07700 900943."),
    ("financial_hardship", "sensitive", "email",
        "Customer: Could you tell me if the dress deposit is refundable? || Agent: Deposits are "
        "refundable within 14 days of ordering, after that it's at our discretion. || Customer: It's been "
        "3 weeks. I lost my job on Friday and I've got £37 to last till the end of the month. Anything "
        "would help."),
    ("financial_hardship", "sensitive", "review",
        "Three stars. The suit was lovely but they didn't understand when I explained I was working three "
        "jobs to clear my overdraft and needed an extra week to pay. Still charged the late fee."),
    ("financial_hardship", "sensitive", "agent_note",
        "Call from cust Leanne Forbes, order HH-31400. Behind on council tax and energy bills, can't "
        "afford the final £300. Offered to switch to the cheaper Lark gown and transfer deposit. She's "
        "thinking about it."),
    ("financial_hardship", "benign", "chat",
        "Customer: my card got declined at checkout but there's definitely money on it?? || Agent: Sorry "
        "about that, sometimes the bank flags a first online purchase. Try again or use PayPal. || "
        "Customer: worked second time, thanks"),
    ("financial_hardship", "benign", "email",
        "Hi, I've been charged twice for my alterations deposit, £60 on the 3rd and again on the 4th. "
        "Could you refund one of them? Order HH-30577. Thanks, Lydia"),
    ("financial_hardship", "benign", "sms",
        "Hi, just checking when the balance is due on my dress? Order 30811. Thanks Amy || Agent: Hi Amy, "
        "the balance is due 6 weeks before your wedding, so 28 June. We'll email a reminder a week "
        "before. || Customer: lovely thanks x"),
    ("financial_hardship", "benign", "web_form",
        "Enquiry: Payment options | Message: Do you accept Klarna or Clearpay for bridal gowns, and is "
        "there a minimum spend? | Name: Rhian Hughes"),
    ("financial_hardship", "benign", "call",
        "Customer: Hi, I need a VAT invoice for the staff uniforms we had altered, it's a company "
        "expense. || Agent: No problem, what's the company name for the invoice? || Customer: Fenwick "
        "Lowe, and please put the PO number 4471 on it."),
    ("financial_hardship", "benign", "review",
        "The sale was a steal. Got a designer gown for less than half price and the alterations were "
        "reasonable too. Definitely didn't break the bank."),
    ("financial_hardship", "benign", "chat",
        "Customer: I'm in your debt, honestly, the hem on my trousers looks perfect and you did it in a "
        "day || Agent: Aw, thank you! Enjoy the wedding."),
    ("financial_hardship", "benign", "email",
        "Customer: What's your refund policy on suit hire if the wedding date moves? || Agent: If you let "
        "us know at least 28 days before, we'll move the booking free of charge. || Customer: Great, it "
        "might shift by a week, I'll confirm."),
    ("financial_hardship", "benign", "agent_note",
        "Card terminal 2 keeps dropping connection. Card payments going through on terminal 1 only for "
        "now. Engineer booked for Wednesday. If a payment fails, do NOT run it again until you've checked "
        "the bank app, we had a double charge on Saturday."),
    ("financial_hardship", "benign", "voicemail",
        "Hiya, it's Jen, just ringing to check my gift voucher balance, the number's HHV-0912. I think "
        "there's about £40 left on it. Call me back on 07700 900247, thanks."),
    ("financial_hardship", "benign", "dm",
        "does your price match apply to online stores? the same dress is £50 cheaper on Brides Direct || "
        "Agent: We price match UK retailers selling the same style, just send us a link. || Customer: "
        "sending it now, it's the Ariel gown in ivory"),
    ("financial_hardship", "benign", "email",
        "Hello, I'd like to pay the remaining £420 on my gown by bank transfer. Could you send the "
        "account details? Reference HH-28760. Thanks, Abigail"),
    ("financial_hardship", "benign", "chat",
        "Customer: the discount code SPRING15 isn't working at checkout || Agent: Sorry, that code "
        "expired on Sunday, but I can apply 10% manually for you. || Customer: amazing thank you"),
    ("financial_hardship", "benign", "sms",
        "hi sorry, I broke the zip on my dress trying it on at home, how much is a replacement? Gemma || "
        "Agent: Oh no! A zip replacement is £35, or £45 if you need it back within a week. || Customer: a "
        "week please, wedding's in 3"),
    ("financial_hardship", "benign", "web_form",
        "Business name: Bramley Hall Weddings | Enquiry: Trade account | Message: We'd like monthly "
        "invoicing for the suit hire we book on behalf of couples. What are your terms?"),
    ("financial_hardship", "benign", "call",
        "Customer: Hi, I paid the deposit in store with my husband's card but I want the balance to go on "
        "mine, is that alright? || Agent: Of course, any card can be used for the balance."),
    ("financial_hardship", "benign", "review",
        "Cost me an arm and a leg but worth every penny. The Beatrice gown is even more beautiful in real "
        "life and the fitting team are perfectionists."),
    ("financial_hardship", "benign", "email",
        "Customer: Is the £150 deposit taken off the final price or is it extra? || Agent: It comes off "
        "the final price, so on a £1,100 gown the balance would be £950. || Customer: Perfect, that's "
        "what I thought."),
    ("financial_hardship", "benign", "agent_note",
        "End of month: 3 balances overdue by a week, all sent the standard reminder email. None flagged, "
        "all normal. Two have paid since the reminder. Chase the third on Monday with a phone call, she "
        "may just have missed the email."),
    ("financial_hardship", "benign", "chat",
        "Customer: do you take Amex? || Agent: Yes we take all major cards, including Amex. || Customer: "
        "great, will pay the balance Saturday || Agent: See you then! Just bring your order number. || "
        "Customer: it's HH-30490"),
    # ---- legal
    ("legal", "sensitive", "email",
        "Hi, I'm afraid we need to move the wedding. My divorce from my first husband isn't finalised "
        "yet, the decree absolute has been delayed by his solicitors, and the registrar won't marry us "
        "until it's through. Can the dress delivery be pushed back to October? Thanks, Carla Moody"),
    ("legal", "sensitive", "chat",
        "Customer: I've reported the theft of my wedding dress to the police, crime ref KT/22190. It was "
        "stolen from my car after I collected it from you. Do you have a copy of the receipt for the "
        "insurance? || Agent: I'm so sorry to hear that. I'll email a copy of the receipt now."),
    ("legal", "sensitive", "agent_note",
        "Cust Ms R. Lennox has a restraining order against her ex-partner Darren Lennox. He is NOT to be "
        "given any information about her fittings or collection dates, even if he claims to be paying. "
        "Photo of him on file in the office."),
    ("legal", "sensitive", "voicemail",
        "Morning, it's Neil Haworth, about the three suits for Saturday. My son-in-law to be, Marcus, was "
        "arrested last night and he's in custody, so I honestly don't know if there's going to be a "
        "wedding. I'll call when I know more."),
    ("legal", "sensitive", "web_form",
        "Name: Aisha Karim | Service: Fitting reschedule | Reason: I have to give evidence in court on "
        "the 14th as a witness in a fraud trial so can't make the Thursday slot | New preference: 17th or "
        "18th"),
    ("legal", "sensitive", "email",
        "Customer: I want to make a formal complaint. The gown you sold me was not as described and I've "
        "now instructed a solicitor. || Agent: I'm sorry you're unhappy. Could you let us know the "
        "specific issues? || Customer: My solicitor will write to you. If it isn't resolved we'll be "
        "going to the small claims court."),
    ("legal", "sensitive", "chat",
        "Customer: hi, random q but I'm on bail at the moment and have to be home by 7pm, do you do any "
        "fittings earlier in the day on weekdays? || Agent: We open at 9.30, so we can do an early slot. "
        "|| Customer: perfect thank you"),
    ("legal", "sensitive", "review",
        "Service was great but my fitting had to be cancelled twice because I'm in the middle of a "
        "custody case and my court dates kept moving. The team were really understanding about it. 4 "
        "stars only because the parking is terrible."),
    ("legal", "sensitive", "call",
        "Customer: I need to cancel my husband's suit order. || Agent: Of course, can I ask the reason? "
        "|| Customer: He's been sent to prison, he got 18 months last week. I don't know what else to "
        "say."),
    ("legal", "sensitive", "agent_note",
        "Groom (Mr S. Greer) mentioned he's suing the venue for breach of contract after they "
        "double-booked, so date may change. His lawyer has asked us for a letter confirming order dates. "
        "Maggie to write."),
    ("legal", "sensitive", "dm",
        "can you not send anything to my home address please, i'm on probation and my officer checks my "
        "post, i'd rather collect in store"),
    ("legal", "sensitive", "email",
        "Dear team, I am applying for the seamstress job advertised in your window. I have to tell you "
        "that I have a criminal record from 2016, a conviction for shoplifting, which is now spent. I "
        "would be happy to discuss. Best wishes, Lorna Fenton"),
    ("legal", "sensitive", "sms",
        "Hi it's Beth, my lawyer says I can't take the dress out of the house until the divorce "
        "settlement is agreed as it's a joint asset, so can you hold the alterations booking? Sorry"),
    ("legal", "sensitive", "chat",
        "Customer: the police want to talk to your staff about the man who grabbed my bag outside your "
        "shop, I've given them your number || Agent: Of course, we'll help however we can. I hope you're "
        "okay. || Customer: shaken but ok. They said they might need the CCTV"),
    ("legal", "sensitive", "web_form",
        "Order ref: HH-29341 | Name on order: Mrs J. Pryce | Change request: Please change to my maiden "
        "name, Jane Fairclough, my divorce proceedings started last week and I don't want his name on "
        "anything"),
    ("legal", "benign", "chat",
        "Customer: do you sell court shoes or just bridal boots? || Agent: We have a range of ivory and "
        "nude court shoes from size 3 to 9. || Customer: perfect, a 6 please in ivory satin"),
    ("legal", "benign", "email",
        "Hello, we're planning a Legally Blonde themed hen do and want to hire pink blazers for eight. Is "
        "that something you could help with? Thanks, Sophie"),
    ("legal", "benign", "review",
        "Finally found a suit that fits! Tried the trial fitting at three other places, Holt & Hem nailed "
        "it first go. The jury's no longer out, this is the best tailor in town."),
    ("legal", "benign", "web_form",
        "Company: Fenwick Lowe Solicitors | Enquiry: Corporate order | Details: 12 branded ties and "
        "scarves for front desk staff, navy with silver logo | Deadline: end of next month"),
    ("legal", "benign", "sms",
        "Hi is the returns policy 14 days or 28? just want to know before I order online, thanks || "
        "Agent: Hi! It's 28 days for unworn online orders with tags on, but made-to-order gowns can't be "
        "returned. || Customer: ok thanks, it's for ready-to-wear so that's fine"),
    ("legal", "benign", "call",
        "Customer: I'm after a gown for the Police Federation charity ball, something long in emerald "
        "green, size 14. || Agent: We have two emerald styles in a 14, the Marlowe and the Siren. || "
        "Customer: great, I'll come in Saturday."),
    ("legal", "benign", "chat",
        "Customer: what are your terms and conditions on the deposit? || Agent: The deposit is 30% and is "
        "non-refundable after 14 days. Full T&Cs are on our website. || Customer: ok thanks"),
    ("legal", "benign", "agent_note",
        "Reminder: new consumer rights wording for the website returns page has been checked by our "
        "accountant. Go live Monday. Please read it before it goes live so you can answer questions at "
        "the counter. Printed copy in the office."),
    ("legal", "benign", "email",
        "Customer: Can I get the veil garment case separately? || Agent: Yes, the long garment case is "
        "£22. || Customer: Great, and can you embroider a short sentence on it, our wedding date and "
        "names? || Agent: Yes, up to 30 characters."),
    ("legal", "benign", "dm",
        "omg the sweetheart neckline on the Verity is so arresting 😍 is it still in the window? || Agent: "
        "It is, and it's 20% off this week as it's the window sample. || Customer: NO WAY. size?? || "
        "Agent: It's a 12."),
    ("legal", "benign", "review",
        "A very guilty pleasure, popping into Holt & Hem on my lunch break to look at the new veils. "
        "Today I actually bought one! The staff never make you feel like you're wasting their time even "
        "if you're just browsing."),
    ("legal", "benign", "voicemail",
        "Hi, it's Kim from the Kettleby Bar and Grill. We've got a big wedding party booked and the "
        "groom's asked whether you do a steam-and-press service we could send the suits to. Call me back "
        "on 07700 900374."),
    ("legal", "benign", "web_form",
        "Service: Suit hire | Event: Judge at the Kettleby Bridal Awards | Message: I need a black tie "
        "outfit for the night, size 42 chest | Name: Martin Ogden"),
    ("legal", "benign", "chat",
        "Customer: I feel like I need a lawyer to read your alterations price list lol, is a hem on a "
        "chiffon skirt the £45 or the £65 one? || Agent: Ha, sorry! Single layer chiffon is £45, "
        "multi-layer is £65. || Customer: 3 layers, so £65, ok"),
    ("legal", "benign", "email",
        "Hello, I'm a writer working on a novel set in a 1950s bridal shop and I was wondering if I could "
        "interview one of your seamstresses about traditional hand-finishing techniques. It's a crime "
        "novel but no crimes in the shop, I promise! Best, Judith Harrow"),
    # ---- bereavement
    ("bereavement", "sensitive", "email",
        "Hi Fran, I wanted to let you know before I come in on Friday. My dad passed away in March, so he "
        "won't be walking me down the aisle after all. I'd like to sew a piece of his favourite shirt "
        "into the inside of my bodice, near my heart. Is that something you could do? It would mean the "
        "world. Thanks, Erin"),
    ("bereavement", "sensitive", "chat",
        "Customer: hi I need to cancel one of the mother of the groom outfits on our order, the one for "
        "Mrs Pauline Garside || Agent: Of course, may I ask the reason for our records? || Customer: she "
        "died last week. it was very sudden. the wedding is still going ahead, she'd have wanted that"),
    ("bereavement", "sensitive", "agent_note",
        "Cust Mrs Doyle's mother passed away in January. Cust wants her mother's 1978 wedding dress "
        "re-made into a knee-length gown for her own wedding. Very emotional at the appointment, give her "
        "extra time. Dress kept in the secure rail."),
    ("bereavement", "sensitive", "voicemail",
        "Hello, this is Ian Buckley. I'm ringing to cancel the wedding suit fitting for Saturday. My "
        "fiancée Claire was killed in a car accident on Tuesday. I don't really know what else to say. "
        "Please don't call back, I'll come in sometime for the deposit."),
    ("bereavement", "sensitive", "sms",
        "Hi its Daniel, need a black suit for my grandad's funeral on Monday, can you do a rush "
        "alteration on trousers by Sat? Sorry for short notice"),
    ("bereavement", "sensitive", "web_form",
        "Name: Marian Holt | Service: Cancellation | Order ref: HH-26611 | Reason: The customer, my "
        "daughter Jess, passed away on 2 March. I'm her next of kin and have her order confirmation. | "
        "Message: Please stop the reminder emails, they're very hard to read."),
    ("bereavement", "sensitive", "email",
        "Customer: Could you tell me whether you can alter a man's suit for a woman? || Agent: Yes, we "
        "can re-cut a suit to a women's fit in most cases. || Customer: It's my late husband's wedding "
        "suit. He died in the spring and I'd like to wear it to our son's wedding so he's there in some "
        "way. || Agent: That's a beautiful idea. Bring it in whenever you're ready."),
    ("bereavement", "sensitive", "review",
        "I had to pick up my wife's dress after she passed, and the staff at Holt & Hem were so kind. "
        "They'd wrapped it in tissue and let me sit in the quiet room for as long as I needed. Thank you, "
        "Colin."),
    ("bereavement", "sensitive", "call",
        "Agent: Holt & Hem, Jo speaking. || Customer: Hi, it's about my bridesmaid dress. I'm so sorry, I "
        "can't be in the wedding any more, my brother took his own life two weeks ago and I'm not... I "
        "can't. || Agent: I'm so very sorry. Please don't worry about anything, I'll take care of it."),
    ("bereavement", "sensitive", "dm",
        "hey, it's Amira, I ordered the navy bridesmaid dress for my best friend's wedding in June. she "
        "died on the 4th, the wedding obviously isn't happening. not sure what to do with the order"),
    ("bereavement", "sensitive", "chat",
        "Customer: do you do memorial charms for the bouquet? like a little photo locket? || Agent: We "
        "do, they're £18 and can hold a tiny photo. || Customer: lovely, it's for my nan, she passed at "
        "Christmas and she was meant to be at the wedding"),
    ("bereavement", "sensitive", "agent_note",
        "Collection for order HH-30158 to be done by the customer's sister. Customer (Mr Lowe) died in "
        "hospital last week. Sister has the death certificate and the receipt. Waive the late-collection "
        "fee."),
    ("bereavement", "sensitive", "email",
        "Hello, since our baby was stillborn in November I haven't been able to face anything to do with "
        "the wedding. We've decided to go ahead in a small way next year. Could you tell me if my dress "
        "can still be stored until then? With thanks, Hannah Price"),
    ("bereavement", "sensitive", "voicemail",
        "Hi, it's Gloria. I'm just ringing because I was supposed to collect my mum's mother of the bride "
        "dress on Thursday and, um, she passed away at the weekend. I'd like to keep the dress, she loved "
        "it, I'll come in and pay what's owing. Thanks."),
    ("bereavement", "sensitive", "review",
        "Four stars. The alterations were rushed because my father-in-law died the week before the "
        "wedding and we moved the date forward so my husband's gran could still come. The team worked "
        "miracles, one stitch was a bit wonky but I forgive them."),
    ("bereavement", "benign", "review",
        "That gown is to die for. I tried on fifteen dresses in four shops and this was the one. The team "
        "at Holt & Hem didn't rush me once. || Agent: Reply from Holt & Hem: Thank you Laura! You looked "
        "incredible in it, we can't wait to see the photos."),
    ("bereavement", "benign", "chat",
        "Customer: sorry if I stopped replying, my phone died in the middle of the chat lol || Agent: No "
        "worries! We were talking about the Lyra in blush. || Customer: yes that one, can I book a "
        "try-on?"),
    ("bereavement", "benign", "sms",
        "Hi its Lou, the delivery driver was dead on time today, dress looks amazing, thank you!! || "
        "Agent: That's brilliant Lou, so glad you love it. Don't forget to book your first fitting! || "
        "Customer: will do"),
    ("bereavement", "benign", "email",
        "Hi, is the late-night opening on Thursdays still running? I work until 6 so that's the only time "
        "I can get in. Thanks, Philippa || Agent: Hi Philippa, yes, until 8pm every Thursday. Last "
        "appointment is 7. || Customer: Great, please book me in for 6.30 next week."),
    ("bereavement", "benign", "web_form",
        "Enquiry: Formal wear | Message: Do you stock black suits for funerals as well as weddings, or is "
        "your menswear all wedding-focused? Asking for our funeral home's reference list. | Name: Gail at "
        "Ashworth & Sons Funeral Directors"),
    ("bereavement", "benign", "dm",
        "the deadstock fabric dresses you posted are drop-dead gorgeous, is the green one a size 10?? || "
        "Agent: Thank you! The green one is a 10, and it's one of a kind. || Customer: hold it for me "
        "pleeease"),
    ("bereavement", "benign", "agent_note",
        "Forever Collection sample gowns arrive Tuesday. Unbox on the mezzanine, steam before they go "
        "out, and the Evermore veil goes on the mannequin by the door."),
    ("bereavement", "benign", "call",
        "Customer: Hi, I'm calling about a late delivery, I was told Tuesday for the bridesmaid dresses "
        "and it's now Friday. || Agent: I'm sorry, there's been a delay at the supplier, they're arriving "
        "Monday. || Customer: ok, as long as they're here before the 20th"),
    ("bereavement", "benign", "email",
        "Customer: I was dying to see the new veils and you didn't disappoint! || Agent: Thank you, glad "
        "you loved them. || Customer: I'll be back to buy the cathedral one on payday."),
    ("bereavement", "benign", "review",
        "The groomsmen looked killer in the three-piece tweed. My mum died laughing when my brother tried "
        "the hat on, but we sadly had to leave that behind."),
    ("bereavement", "benign", "chat",
        "Customer: can you do the graveyard shift?? lol I mean do you ever do fittings after 7pm || "
        "Agent: Our latest appointment is 7pm on Thursdays. || Customer: ok book me for that"),
    ("bereavement", "benign", "voicemail",
        "Hi, it's Emma Corby. I'm wearing my grandmother's brooch on the dress as my something old, and I "
        "want to check it won't damage the fabric, can you take a look at my fitting? Number's 07700 "
        "900298."),
    ("bereavement", "benign", "sms",
        "my dress is dead straight now the hem's fixed, you're a genius, thank you Bea x honestly thought "
        "it was ruined after the steamer incident. see you at the final fitting"),
    ("bereavement", "benign", "web_form",
        "Service: Dress storage | Message: I'd like my gown boxed and preserved after the wedding, do you "
        "offer that? Heirloom box with acid-free tissue | Name: Jessica Ward"),
    ("bereavement", "benign", "email",
        "Hi, RIP my bank balance after today but I love the Aurora dress so much! Can I confirm the "
        "balance due date is 6 weeks before? Thanks, Yasmin"),
    # ---- violence_self_harm
    ("violence_self_harm", "sensitive", "email",
        "Hi, I need to ask a big favour. My ex-partner has been stalking me since we split last year, "
        "turning up at my work and following me home. Please don't confirm my fitting times to anyone who "
        "calls, even if they say they're my fiancé or family. Only speak to me on this email. Thank you, "
        "Becca"),
    ("violence_self_harm", "sensitive", "chat",
        "Customer: one of my bridesmaids can't come to the fitting saturday || Agent: No problem, shall "
        "we rebook her? || Customer: not yet, her boyfriend beat her up on Thursday and she's got a black "
        "eye and a broken wrist. she's at her mum's. we'll sort it when she's ready"),
    ("violence_self_harm", "sensitive", "agent_note",
        "Incident: male customer (suit hire, HH-30441) became aggressive at collection, shouted and "
        "threatened to 'smash the place up' when told about the late fee. Staff member Ollie shaken. "
        "Police informed. Do not serve him again, manager only."),
    ("violence_self_harm", "sensitive", "review",
        "I want to warn people. One of the male tailors at this shop made comments about my body during "
        "my fitting and touched me when there was no need to. I felt completely violated. I have reported "
        "it. || Agent: Reply from Holt & Hem: We are very sorry. Please contact the manager directly, we "
        "take this extremely seriously."),
    ("violence_self_harm", "sensitive", "dm",
        "i don't think i'm going to need the dress. i don't want to be here anymore. sorry for wasting "
        "your time"),
    ("violence_self_harm", "sensitive", "web_form",
        "Name: Natasha Greaves | Service: Bridal alterations | Special requests: I'd like long sleeves "
        "added to the dress, I have self-harm scars on both forearms and don't want them in the photos | "
        "Date: 21 September"),
    ("violence_self_harm", "sensitive", "voicemail",
        "Hi, it's Louise. My ex has been sending me messages saying he's going to turn up at the wedding "
        "and ruin it. Please, if anyone rings pretending to be the groom asking about the venue or the "
        "date, don't tell them anything. My number is 07700 900557. Thank you."),
    ("violence_self_harm", "sensitive", "email",
        "Customer: Could you deliver my dress to a different address? || Agent: Of course, what's the new "
        "address? || Customer: I'm staying in a women's refuge after leaving my husband, he was violent. "
        "I can't give the address out, could I collect from the shop instead? || Agent: Absolutely, and "
        "I've removed the old address from your account."),
    ("violence_self_harm", "sensitive", "sms",
        "Hi its Marie, a man was outside your shop when I left and followed me all the way to the car "
        "park. Can you check your camera? I'm frightened to come back for my next fitting."),
    ("violence_self_harm", "sensitive", "call",
        "Customer: I want to report something, my sister's husband punched my fiancé at the suit fitting "
        "in your car park yesterday. || Agent: That's awful, is everyone alright? || Customer: he's got "
        "stitches above his eye. Police have been. I just wanted to say sorry to your staff."),
    ("violence_self_harm", "sensitive", "chat",
        "Customer: my partner checks my emails and my bank so please don't send anything about the second "
        "dress to my email. he'd go mad. I'll pay cash || Agent: Understood, we'll keep it on paper only "
        "and you can collect in person."),
    ("violence_self_harm", "sensitive", "agent_note",
        "Cust mentioned while pinning that she has been cutting her arms again since the engagement "
        "stress started. Manager spoke with her privately, gave Samaritans number 116 123. Follow up "
        "gently at next fitting."),
    ("violence_self_harm", "sensitive", "email",
        "Dear Holt & Hem, I want to make you aware that my former employer, who I understand is a regular "
        "of yours, sexually harassed me for two years. I am asking that I'm not booked in on the same day "
        "as him. I'm sorry to have to say this. Kind regards, Amelia"),
    ("violence_self_harm", "sensitive", "review",
        "Staff were lovely but a customer in there shouted racist abuse at my bridesmaid and then shoved "
        "her into the rail. Staff called the police straight away. Five stars for the team, zero for that "
        "woman."),
    ("violence_self_harm", "sensitive", "dm",
        "hey i had to move my fitting because my step dad hit my mum again and we're at my aunties. i'll "
        "let u know when we can come in"),
    ("violence_self_harm", "benign", "review",
        "These shoes are absolute murder on the feet after 8 hours but they're the most beautiful thing "
        "I've ever worn. Killer heels, literally. Staff were lovely."),
    ("violence_self_harm", "benign", "chat",
        "Customer: sorry to harass you again about my order, any update on the delivery date? || Agent: "
        "Not at all! It left the workshop today, you'll have it Thursday. || Customer: yay thank you"),
    ("violence_self_harm", "benign", "dm",
        "been stalking your insta for weeks 😂 when does the autumn collection drop? || Agent: Ha, thank "
        "you! It goes live on 1 September. || Customer: setting an alarm"),
    ("violence_self_harm", "benign", "email",
        "Hi, we're doing a Bridgerton bodice-ripper themed hen do, do you hire Regency-style dresses? "
        "Eight of us, sizes 8 to 16. Thanks, Lottie || Agent: Hi Lottie, we don't hire dresses, but our "
        "Elizabeth bridesmaid range is Regency-style. || Customer: Ah ok, might just buy the bride one "
        "then."),
    ("violence_self_harm", "benign", "sms",
        "hi, your slashed prices sale, does it include the veils or just dresses? thanks || Agent: Veils "
        "are 30% off too, online and in store. || Customer: yes!! coming Saturday"),
    ("violence_self_harm", "benign", "agent_note",
        "New seam rippers arrived, 20 in the drawer under till 2. Please don't take them home. Blunt ones "
        "in the bin by the cutting table. Also the big cutting shears need sharpening, the man comes "
        "Thursday morning."),
    ("violence_self_harm", "benign", "call",
        "Customer: Hiya, my photographer wants a shot list of us getting ready in the dress, can the "
        "fitter help with the buttons on the day? || Agent: We offer a dressing service on the morning "
        "for £85. || Customer: great, book it please."),
    ("violence_self_harm", "benign", "chat",
        "Customer: that dress is an absolute knockout, is it available in blush? || Agent: The Celeste "
        "comes in ivory, blush and champagne. || Customer: blush please!!"),
    ("violence_self_harm", "benign", "review",
        "Slayed my sister's wedding in the emerald gown from here. Got so many compliments. Alterations "
        "took a bit longer than quoted but worth it."),
    ("violence_self_harm", "benign", "email",
        "Customer: There was nearly a fight over the last size 10 in the sample sale lol, is it true "
        "you're getting more in? || Agent: Ha, yes, another batch arrives Friday. || Customer: I'll be "
        "there at 9 sharp"),
    ("violence_self_harm", "benign", "web_form",
        "Service: Rush alteration | Details: Beat the traffic - can I drop my dress at 8am Monday before "
        "you open? Hem and straps | Deadline: Wednesday"),
    ("violence_self_harm", "benign", "voicemail",
        "Hi, it's Donna from Kettleby Cake Co, just confirming you're happy for us to put a "
        "knife-and-cake-cutting display next to your stand at the wedding fair on the 9th. Call me back "
        "on 07700 900611."),
    ("violence_self_harm", "benign", "sms",
        "gutted the Elodie is sold out, any chance of a restock? Chantelle || Agent: Hi Chantelle, "
        "another batch is due in mid-March. Want us to put your name down? || Customer: yes please, size "
        "12"),
    ("violence_self_harm", "benign", "dm",
        "the dress is the bomb 💣 please tell me it comes in a 14 || Agent: It does! Sizes 6 to 22. || "
        "Customer: omg ordering"),
    ("violence_self_harm", "benign", "email",
        "Hello, the forecast is threatening rain on our wedding day. Do you sell clear umbrellas, or "
        "could you suggest a way to protect the hem on the walk from the car? Many thanks, Jenna"),
    # ---- special_categories
    ("special_categories", "sensitive", "chat",
        "Customer: hi, can my final fitting be after sunset next week? || Agent: We're open until 8 on "
        "Thursdays, would 7pm work? || Customer: perfect. it's Ramadan so I'm fasting during the day and "
        "I always get lightheaded being pinned on an empty stomach"),
    ("special_categories", "sensitive", "email",
        "Hi Maggie, just a reminder that I keep Shabbat, so a Saturday collection won't work for me. "
        "Could the dress be ready to collect on the Friday before 2pm, or else on the Sunday? Thank you "
        "so much, Rivka"),
    ("special_categories", "sensitive", "sms",
        "Hi it's Sophie, the vicar at our church says shoulders have to be covered for the service so can "
        "we add a bolero or little sleeves to the strapless one? Thanks x"),
    ("special_categories", "sensitive", "agent_note",
        "Bride (Ms L. Carver) converting to Judaism ahead of wedding in Oct, conversion ceremony in Aug. "
        "Wants a separate simple white dress for the mikveh day too. Quote for both."),
    ("special_categories", "sensitive", "review",
        "We're both atheists and wanted nothing churchy at all for our humanist ceremony in the woods. "
        "Holt & Hem got it straight away and found me a floaty, earthy dress that felt like me. Brilliant "
        "service."),
    ("special_categories", "sensitive", "call",
        "Customer: Hi, I'm after a turban fabric to match my fiancée's lehenga. || Agent: We can source "
        "silk in most colours, what shade is it? || Customer: A deep maroon. We're having the Anand Karaj "
        "at the gurdwara in the morning and I want the pagg to match exactly."),
    ("special_categories", "sensitive", "web_form",
        "Name: Maryam Siddiqui | Service: Bridal alterations | Requirements: I wear hijab, so the gown "
        "needs full-length sleeves, a high neck and no sheer panels. Could you also make a matching "
        "underscarf from the leftover satin? | Date: 19 July"),
    ("special_categories", "sensitive", "email",
        "Customer: Can we avoid Friday lunchtime for the groom's fitting? || Agent: Of course, is "
        "mid-afternoon better? || Customer: Yes please, after 2.30. He goes to Jummah prayers at the "
        "mosque every Friday and never misses it."),
    ("special_categories", "sensitive", "chat",
        "Customer: bit of an odd one, I'm a curate in the Church of England, is there any way the "
        "neckline of my wedding dress could be cut so it doesn't look strange with a clerical collar at "
        "the reception? i'm wearing one for the service || Agent: Not odd at all! Let's look at high, "
        "simple necklines."),
    ("special_categories", "sensitive", "email",
        "Hello, we're having a Nigerian traditional wedding and an English one on the same weekend. I'm "
        "Yoruba and my family will all be in aso ebi in coral and gold. Could you alter the gele and iro "
        "for me and my mum from the fabric we bring? Thanks, Funmi Adeyemi"),
    ("special_categories", "sensitive", "agent_note",
        "Walk-in: bride and her mum, Irish Travellers, big wedding in Sept. Want a very large ballgown "
        "with a lit-up skirt. Bride said other shops have refused to serve them once they heard their "
        "accent. Give them our full attention."),
    ("special_categories", "sensitive", "dm",
        "hiya, I'm Romani and our weddings are huge, the dress is a big deal in our culture. do you do "
        "really full skirts with lots of crystal? other places act weird when I say where I'm from"),
    ("special_categories", "sensitive", "review",
        "Racist treatment at my first visit. The older assistant asked me if 'people like me' usually had "
        "such expensive taste and followed me round the shop. I'm Black and I've never been so "
        "humiliated. || Agent: Reply from Holt & Hem: We are deeply sorry. This is not acceptable. Our "
        "manager will contact you today."),
    ("special_categories", "sensitive", "chat",
        "Customer: the nude lining on your bodice is really pale, do you do darker ones? || Agent: We can "
        "line it in a range of skin tones. || Customer: great, I'm mixed race, Jamaican dad and Welsh "
        "mum, so something golden brown would match me"),
    ("special_categories", "sensitive", "email",
        "Customer: My mum is from Ghana and she's going to wear kente for the wedding. || Agent: How "
        "lovely! Would you like us to work on her outfit too? || Customer: Yes please, it needs taking in "
        "at the waist and she'd like a matching headwrap."),
    ("special_categories", "sensitive", "call",
        "Customer: Hi, I'm Chinese on my mum's side and we're doing a tea ceremony in the morning. I'd "
        "like a red qipao made for it, is that something your seamstress can do? || Agent: Yes, Sunita "
        "has made qipao before. Shall I book you a consultation?"),
    ("special_categories", "sensitive", "web_form",
        "Name: Agnieszka Nowak | Event: Polish wedding in Kraków, August | Notes: We are both Polish and "
        "for the oczepiny the veil comes off and I change to a shorter dress. Please make the veil easy "
        "to remove in one go."),
    ("special_categories", "sensitive", "agent_note",
        "Cust (Mrs Rahman) reported another customer in the fitting area made remarks about her being "
        "Pakistani and 'coming over here'. Manager spoke with other customer who left. Apology given to "
        "Mrs Rahman, 15% goodwill."),
    ("special_categories", "sensitive", "email",
        "Hi, I'm standing as a candidate in the local council elections in May and I'll need a smart suit "
        "for the count and the hustings. Something navy that looks trustworthy but not like a banker! "
        "Could I book a fitting? Thanks, Ruth Ellery"),
    ("special_categories", "sensitive", "chat",
        "Customer: do you have any recycled or deadstock fabric dresses? || Agent: Yes, our Reclaim range "
        "uses deadstock silk. || Customer: great. I'm a Green Party member and it would be pretty "
        "hypocritical to buy a brand new polyester gown lol"),
    ("special_categories", "sensitive", "sms",
        "Sorry I missed your call, was out canvassing for Labour all weekend. Can I collect the suit "
        "Tuesday instead? Dan"),
    ("special_categories", "sensitive", "voicemail",
        "Hi, it's Yusuf. I can't do the fitting on Saturday now, I'm going on the Palestine march in "
        "London with my brothers. Could we do Sunday morning instead? 07700 900765, thanks."),
    ("special_categories", "sensitive", "review",
        "Great alterations, but I do have to say, as someone who's voted Conservative my whole life, I "
        "was surprised by the leaflet for that left-wing rally on your counter. Keep politics out of a "
        "wedding shop. Three stars."),
    ("special_categories", "sensitive", "email",
        "Customer: I'd like to order a kilt in a tartan I'm having woven. || Agent: How exciting. Is it a "
        "clan tartan? || Customer: No, it's the Yes tartan. I've campaigned for Scottish independence for "
        "twenty years and I'm getting married in it. || Agent: Brilliant, we'll measure you when the "
        "cloth arrives."),
    ("special_categories", "sensitive", "agent_note",
        "Groom (Mr C. Tait) asked for his suit collection to be after 6pm Thursday as he's chairing the "
        "local Reform UK branch meeting before. Rebooked."),
    ("special_categories", "sensitive", "chat",
        "Customer: could the lining of the jacket be printed with Extinction Rebellion hourglasses? I've "
        "been with XR for years and I'd like a bit of that on me on the day || Agent: We can do a custom "
        "printed lining. Send us the artwork."),
    ("special_categories", "sensitive", "dm",
        "hey, my husband's a Lib Dem councillor and we've got the party conference the week after the "
        "wedding, he needs the suit to still work for that. can we keep it simple?"),
    ("special_categories", "sensitive", "email",
        "Hi, as a shop steward at the depot I'm trying to organise a group booking for some of the lads "
        "getting married this year. Could you do a deal if I bring five of them in? Cheers, Gary Nuttall"),
    ("special_categories", "sensitive", "sms",
        "Hi its Bev, I'm on the picket line Tuesday and Weds so can we move my fitting to Thursday? "
        "thanks"),
    ("special_categories", "sensitive", "call",
        "Customer: Hi love, I'm a Unison rep at the hospital and I'm getting married in July. Could I do "
        "a lunchtime fitting one day? I've got a branch meeting most evenings. || Agent: We can do 12.30 "
        "on a weekday. || Customer: Great, Tuesday then."),
    ("special_categories", "sensitive", "chat",
        "Customer: do you do a discount for RMT members? our branch newsletter said some local shops do "
        "|| Agent: We don't have a union scheme, but we do 10% off suit hire for groups of 5 or more. || "
        "Customer: ok might rope in my mates then"),
    ("special_categories", "sensitive", "email",
        "Customer: I'm a teacher and I'll be on strike on Wednesday with the NEU, so could my fitting be "
        "that day instead of Saturday? || Agent: Of course, we have 11am free on Wednesday. || Customer: "
        "Brilliant, see you then."),
    ("special_categories", "sensitive", "agent_note",
        "Cust Mr A. Ferris is branch secretary of Unite at the bus garage. Asked for his receipt to show "
        "no employer name as the union reimburses some of his expenses and it keeps getting muddled. "
        "Done."),
    ("special_categories", "sensitive", "voicemail",
        "Hiya, it's Kath Ibbotson. The GMB are putting me forward for the regional women's award, so I "
        "need a frock for the dinner in November, something that won't have the lads laughing at me. "
        "07700 900182. Ta-ra."),
    ("special_categories", "sensitive", "review",
        "I've been an Equity member for 30 years and have had costumes fitted all over the country, and "
        "Holt & Hem are as good as any theatre wardrobe I've worked with. Cracking job on my wedding "
        "suit."),
    ("special_categories", "sensitive", "web_form",
        "Name: Dr Priya Nair | Service: Wedding dress alterations | Preferred dates: any day except 3rd "
        "to 5th | Notes: The BMA junior doctors' strike is on those days and I'm on the picket at St "
        "Luke's."),
    ("special_categories", "sensitive", "email",
        "Hi, my fiancé Dave and I are both wearing navy three-piece suits for our wedding on 12 October. "
        "Could we book a joint fitting so the tailoring matches? We'd like the same cut but Dave's a lot "
        "taller. Cheers, Tom"),
    ("special_categories", "sensitive", "chat",
        "Customer: my fiancée and I are both wearing dresses, is it ok if we come to the fitting together "
        "or is that bad luck for two brides lol || Agent: Totally up to you! Lots of couples do joint "
        "fittings. || Customer: joint it is, we've waited 8 years for this"),
    ("special_categories", "sensitive", "dm",
        "so I'm bi and my ex girlfriend is one of my bridesmaids, which my fiance knows but my family "
        "don't. can you not mention anything if she rings about her dress? it's complicated"),
    ("special_categories", "sensitive", "email",
        "Customer: I'd like to bring my mum to the fitting. || Agent: Of course! || Customer: Just a "
        "heads up, since I came out she's been a bit funny about the wedding and about my fiancée, so if "
        "she says anything odd please ignore it. She's trying. || Agent: Understood, we'll make it a "
        "lovely day regardless."),
    ("special_categories", "sensitive", "call",
        "Customer: Hi, I'm picking up two suits under Harrison. || Agent: One is for Mr James Harrison, "
        "the other for...? || Customer: That's me, the other's for Sean, he's my husband, we're renewing "
        "our vows. || Agent: Lovely, they're both ready."),
    ("special_categories", "sensitive", "sms",
        "Hi, it's Kieran. Can I move Thursday's fitting? Got a sexual health clinic appointment I can't "
        "move. Sorry!"),
    ("special_categories", "sensitive", "review",
        "My wife and I had the most wonderful experience buying our two dresses here. Not once did anyone "
        "assume one of us was the groom. Thank you Fran and Bea. - Sarah and Jo"),
    ("special_categories", "sensitive", "chat",
        "Customer: random but I met my fiance on Grindr and he joked we should have the app logo "
        "embroidered inside our jackets, can that be done small? || Agent: We can embroider most designs "
        "small inside the lining. || Customer: amazing, he'll die"),
    ("special_categories", "sensitive", "agent_note",
        "Cust Ms Halloran explained she's a lesbian and her previous bridal shop kept referring to 'your "
        "husband-to-be'. Please make sure the file says partner/fiancée, Ms K. Doherty."),
    ("special_categories", "sensitive", "email",
        "Hi there, my pronouns are they/them and I'm looking for a wedding outfit that isn't a dress or a "
        "traditional men's suit. Something tailored but soft, maybe a jumpsuit? Is that something you'd "
        "make? Thanks, Robin"),
    ("special_categories", "sensitive", "chat",
        "Customer: after my transition my measurements have changed a lot and none of the sample sizes "
        "fit right, is made to measure an option? || Agent: Yes, every made-to-measure gown is cut to "
        "your own measurements. || Customer: amazing, thank you, I was so nervous to ask"),
    ("special_categories", "sensitive", "web_form",
        "Order ref: HH-27504 | Request: Please change the name on my account. The order is under my "
        "deadname, Michael Teague. My name is now Michaela Teague. | Reason: I'm a trans woman and it's "
        "upsetting every time I get an email."),
    ("special_categories", "sensitive", "email",
        "Customer: I'm a trans woman and this is my first time buying a wedding dress. My shoulders are "
        "broader than most of your samples, is that a problem? || Agent: Not a problem at all, we can "
        "adjust the bodice and sleeves. || Customer: That's such a relief."),
    ("special_categories", "sensitive", "dm",
        "hi, my gender recognition certificate has just come through and I need the name and title on the "
        "alterations receipt changed to Mr to match it, is that possible?"),
    ("special_categories", "sensitive", "agent_note",
        "Cust is non-binary, uses they/them. Wants a suit cut without gendered details, no darts, "
        "straight through the hip. Please use 'they' on the fitting notes and when addressing them."),
    ("special_categories", "sensitive", "chat",
        "Customer: I'm a trans man and I wear a binder, could the waistcoat be cut so it sits flat over "
        "it without riding up? || Agent: Yes, Dev can shape the back panel for that. || Customer: legend. "
        "thank you"),
    ("special_categories", "sensitive", "voicemail",
        "Hi, it's Jamie. I'm genderfluid and I'd like to order both a dress and a suit for my own "
        "wedding, one for the ceremony and one for the party. Would that be alright? Call me back on "
        "07700 900498."),
    ("special_categories", "sensitive", "review",
        "Staff kept using my old name even after I corrected them twice, and the assistant said 'sir' at "
        "the till. I came out as trans two years ago and I expected better from a shop that says everyone "
        "is welcome."),
    ("special_categories", "sensitive", "email",
        "Hi, I wanted to let you know that my BRCA result came back positive and I'm having a "
        "preventative double mastectomy in the autumn, after the wedding. Can you make sure the bodice is "
        "adjustable in case I want to wear the dress again afterwards for our anniversary? Thanks, Louise"),
    ("special_categories", "sensitive", "chat",
        "Customer: we did the carrier screening before the wedding and we're both cystic fibrosis "
        "carriers, which was a shock. anyway, long story, the wedding's moving to next spring. can the "
        "dress order be paused? || Agent: Yes, we can pause production. I'm sorry for the stress."),
    ("special_categories", "sensitive", "email",
        "Customer: Can the fitting be moved? I have a genetic counselling appointment that day. || Agent: "
        "Of course. || Customer: Thanks. Huntington's runs in my dad's family and I've just tested "
        "positive, so it's all a lot at the moment."),
    ("special_categories", "sensitive", "dm",
        "my DNA test from 23andMe showed I'm 40% Ashkenazi and I'd love to bring a Jewish touch to the "
        "wedding, like a tallit-style wrap. is that something you make?"),
    ("special_categories", "sensitive", "agent_note",
        "Bride has Marfan syndrome (genetic, her mum has it too), very long arms and torso. Standard "
        "sleeves won't work, all sleeves to be cut to her own measurements. Do not use stock sizes."),
    ("special_categories", "sensitive", "review",
        "The team went above and beyond. I found out through a DNA test last year that the man who raised "
        "me isn't my biological father, and they helped me design a dress that honoured both of my dads. "
        "Very emotional."),
    ("special_categories", "sensitive", "web_form",
        "Name: Ewan McCallum | Service: Kilt fitting | Notes: My whole genome sequencing flagged a "
        "hereditary heart condition so I can't have anything tight around the chest. Loose waistcoat "
        "please."),
    ("special_categories", "sensitive", "call",
        "Customer: I've been told I carry the same gene as my sister for the bleeding thing, haemophilia "
        "carrier, so I need to be careful with pins. || Agent: Thank you for telling us, we'll use clips "
        "wherever possible. || Customer: that'd be great"),
    ("special_categories", "sensitive", "email",
        "Hi, when I collected my dress from your locker I had to register my fingerprint on the scanner. "
        "I didn't consent to that and I'd like my fingerprint data deleted from your system, please "
        "confirm in writing. Regards, Heather Lomas"),
    ("special_categories", "sensitive", "chat",
        "Customer: your virtual try-on app saved a scan of my face. can you delete it? I don't want my "
        "face data sitting on a server || Agent: I'll raise a deletion request with our app provider "
        "today. || Customer: thanks, please confirm when done"),
    ("special_categories", "sensitive", "agent_note",
        "Cust Mr Oduya paid for his suit with the palm-scan terminal at the till and has asked for his "
        "palm vein template to be deleted from the system. Raised with PalmPay support, ref PP-8812. Tell "
        "him once they confirm deletion."),
    ("special_categories", "sensitive", "voicemail",
        "Hi, it's Andrea Keel. When I rang yesterday your phone system said it was verifying me by my "
        "voice. I'd like to know how my voiceprint is stored and I want it deleted. 07700 900676."),
    ("special_categories", "sensitive", "email",
        "Customer: Your shop CCTV has facial recognition, doesn't it? || Agent: We use a security system "
        "at the door, yes. || Customer: It flagged me as a shoplifter by mistake last week and the guard "
        "stopped me. I want my face scan removed from whatever database it's in."),
    ("special_categories", "sensitive", "dm",
        "hi so i signed up to your app and it used my face ID but now it's logging in as my sister when "
        "she holds my phone?? we look alike. can you remove my face from it and just use a password"),
    ("special_categories", "sensitive", "web_form",
        "Name: Jon Hartley (staff, Kettleby branch) | Subject: Clock-in system | Message: I don't consent "
        "to my fingerprint being used to clock in and out. Please delete my fingerprint template and let "
        "me use a PIN."),
    ("special_categories", "sensitive", "review",
        "Beautiful dresses but be warned the iris scanner on the collection lockers kept my eye scan, and "
        "it took three emails to get it removed. Two stars."),
    ("special_categories", "benign", "chat",
        "Customer: is the Adeline the one with the bishop sleeves? || Agent: Yes, sheer bishop sleeves "
        "with a buttoned cuff. || Customer: ok I need to try that one, it's so dramatic"),
    ("special_categories", "benign", "email",
        "Hello, I'm trying to decide between a cathedral-length and a chapel-length veil for a dress with "
        "a 1m train. Which would you recommend, and how much do they cost in ivory tulle? Thanks, Frances"),
    ("special_categories", "benign", "web_form",
        "Enquiry: Train length | Message: What's the difference between a chapel train and a sweep train? "
        "I'm worried about people treading on it at a garden venue | Name: Leah Ormerod"),
    ("special_categories", "benign", "sms",
        "Hi, do you stock Church's brogues for the groomsmen or should we buy them elsewhere? Thanks, "
        "Will || Agent: Hi Will, we stock Loake rather than Church's, but we can order Church's in if you "
        "give us 3 weeks. || Customer: Loake is fine, 5 pairs please."),
    ("special_categories", "benign", "review",
        "Wore my Christian Louboutins with the Seraphina gown and they looked heavenly together. Bea "
        "shortened the hem perfectly so the red soles peeked out."),
    ("special_categories", "benign", "dm",
        "the angel sleeve dress on your grid is divine, what's it called?? || Agent: That's the Seren, "
        "it's £1,150 and comes in ivory and champagne. || Customer: adding it to my list for saturday"),
    ("special_categories", "benign", "email",
        "Customer: We'd like to place a mass order of 40 navy ties for our company's awards night. || "
        "Agent: We can do that, would you like them embroidered? || Customer: Just the logo on the tip "
        "please, invoice to Carrow Logistics."),
    ("special_categories", "benign", "call",
        "Customer: Are you open on Good Friday and Easter Monday? I work the rest of the week. || Agent: "
        "We're open Good Friday 10 till 4 and closed Easter Monday. || Customer: Good Friday it is then."),
    ("special_categories", "benign", "voicemail",
        "Hello, this is the parish office at St Anne's. We run a Christmas craft fair in the church hall "
        "every December and wondered if Holt & Hem would like a stall this year, or to put up a poster. "
        "Our number is 07700 900133. Thank you."),
    ("special_categories", "benign", "agent_note",
        "Kettleby Central Mosque events committee hiring 25 dinner suits for their charity gala on 12 "
        "Nov. Invoice to the committee treasurer, collection by van on the 10th."),
    ("special_categories", "benign", "chat",
        "Customer: do you stock modest gowns, like with sleeves and a high neck? || Agent: Yes, our Grace "
        "range is fully covered with long sleeves and a high neckline. || Customer: nice, I'll have a "
        "look online first"),
    ("special_categories", "benign", "email",
        "Hi, I read about you in the Bridal Bible magazine. Do you have anything in the 1920s beaded "
        "style they featured? Size 12. Thanks, Hattie || Agent: Hi Hattie, yes, the Gatsby gown is beaded "
        "in that style, we have it in a 12. || Customer: Lovely, can I book to try it on?"),
    ("special_categories", "benign", "review",
        "French seams throughout, hand-finished hems, honestly the inside of my dress is as beautiful as "
        "the outside. Proper craftsmanship. || Agent: Reply from Holt & Hem: Thank you, we'll pass this "
        "on to the workroom, they'll be thrilled."),
    ("special_categories", "benign", "chat",
        "Customer: do you do irish linen suits? for a summer wedding, want something breathable || Agent: "
        "We have an oatmeal Irish linen two-piece in stock. || Customer: perfect, size 40 regular?"),
    ("special_categories", "benign", "web_form",
        "Enquiry: Groom's suit | Style: Nehru jacket with mandarin collar | Colour: midnight blue | "
        "Message: Is this made to order, and what's the lead time? | Name: Kieran Doyle"),
    ("special_categories", "benign", "email",
        "Customer: Do you hire kilts, or just sell them? || Agent: We hire kilt outfits with Prince "
        "Charlie jackets from £110. || Customer: Brilliant, four please for the 21st of August, I'll send "
        "sizes."),
    ("special_categories", "benign", "dm",
        "do u have any moroccan style kaftans for honeymoon? something floaty and white || Agent: We have "
        "two white kaftans in the resort range, cotton and silk. || Customer: silk plz, size M"),
    ("special_categories", "benign", "sms",
        "Hi, is your Black Friday sale on the bridal accessories too or just the occasionwear? Thanks, "
        "Jodie || Agent: Hi Jodie, yes, 25% off veils, belts and hair pieces. || Customer: brilliant, see "
        "you Friday"),
    ("special_categories", "benign", "chat",
        "Customer: do you ship to Ireland? I'm in Cork || Agent: Yes, we ship to the Republic of Ireland, "
        "£25 tracked. || Customer: great, ordering tonight"),
    ("special_categories", "benign", "email",
        "Hello, could you explain the difference between white, diamond white and ivory? I'm doing a "
        "traditional white wedding and want the dress to look properly white in photos. Thanks, Natalie"),
    ("special_categories", "benign", "review",
        "Nottingham lace on the sleeves and Chantilly lace on the skirt, and Sunita matched them so well "
        "you can't see the join. Stunning work. || Agent: Reply from Holt & Hem: Thank you, Sunita will "
        "be delighted, that join took her a whole afternoon!"),
    ("special_categories", "benign", "chat",
        "Customer: 8 of us for a hen party, can we come in and try on the pink satin robes? || Agent: Of "
        "course! We can book the bridal suite for an hour. || Customer: amazing, bringing prosecco if "
        "allowed lol"),
    ("special_categories", "benign", "web_form",
        "Enquiry: Alterations quote | Message: Is the labour charge for shortening a lace hem included in "
        "the £85 or separate? | Name: Amber Whitley"),
    ("special_categories", "benign", "email",
        "Hi, I'd like a fairly conservative neckline, nothing too low, but still with some sparkle. What "
        "would you suggest from the Lumiere collection? Thanks, Diane"),
    ("special_categories", "benign", "review",
        "Liberal use of sequins on the Stardust gown, in the best way. It caught the light in every "
        "single photo. Heavy though, so go for the bustle option if you want to dance all night."),
    ("special_categories", "benign", "agent_note",
        "Email to all past brides: vote for us in the Kettleby Bridal Awards, link in the footer. Closing "
        "date 30 April. Send from the shared inbox, not personal."),
    ("special_categories", "benign", "dm",
        "when's the spring campaign shoot going live? I saw the sneak peek with the wildflowers 😍 || "
        "Agent: It goes up on Monday! || Customer: yesss I need that blush gown"),
    ("special_categories", "benign", "call",
        "Customer: the dress on the far left of the window, the one with the low back? || Agent: That's "
        "the Ottilie. || Customer: can I try that on, size 14?"),
    ("special_categories", "benign", "email",
        "Customer: Do you have a sustainability policy? I'm doing a supplier report for our venue. || "
        "Agent: Yes, our Sustainability Manifesto is on the website, covering deadstock fabric and "
        "repairs. || Customer: Perfect, I'll link to that."),
    ("special_categories", "benign", "web_form",
        "Organisation: Kettleby Trades Union Council | Enquiry: 30 printed ties for our annual dinner | "
        "Colour: red with the council logo | Deadline: 15 September"),
    ("special_categories", "benign", "chat",
        "Customer: my order says delayed?? || Agent: Sorry, it's held up by the Royal Mail strike, it "
        "should move on Friday. || Customer: ugh ok, thanks for letting me know"),
    ("special_categories", "benign", "review",
        "Strike a pose! My photos in the Elowen gown are the best I've ever looked. Thank you Holt & Hem. "
        "And the bustle held up through four hours of dancing, which my photographer said was a first."),
    ("special_categories", "benign", "email",
        "Hi, our reception is at the Union Rooms in town. Is there anything about that venue we should "
        "think about for the length of the dress? There's a big staircase. Thanks, Kirsty"),
    ("special_categories", "benign", "sms",
        "Hi, do you have the Union Jack waistcoat in a 42? for my brother's stag do. Thanks, Ryan || "
        "Agent: Hi Ryan, yes, one 42 in stock, £60. || Customer: sound, can you hold it till Friday?"),
    ("special_categories", "benign", "call",
        "Customer: I'm a member of your loyalty club, do my points work on alterations? || Agent: Yes, "
        "you earn and spend points on alterations too. || Customer: oh great, I've got loads then"),
    ("special_categories", "benign", "agent_note",
        "Bramley Hall's events steward (Tony) confirmed we can set up our stand from 8am on the 9th. Park "
        "at the rear entrance. Bring the long rail, two mannequins and the veil stand. Tony says no "
        "candles on the stand this year."),
    ("special_categories", "benign", "chat",
        "Customer: do you hire the white picket fence backdrop you had at the wedding fair? || Agent: "
        "That belonged to the venue, but we can ask them. || Customer: thanks, would love it for photos"),
    ("special_categories", "benign", "review",
        "Great to see a Guild of Master Tailors certificate on the wall. My suit is beautifully cut and "
        "the fit through the shoulders is spot on."),
    ("special_categories", "benign", "email",
        "Hi, we're having a ceilidh at the reception and I want to be able to do the Gay Gordons without "
        "tripping. Could the skirt be bustled or hemmed a bit shorter at the front? Thanks, Morag"),
    ("special_categories", "benign", "dm",
        "do you have rainbow ribbon for the bouquet wraps? the bride wants every colour || Agent: We have "
        "a 7-colour satin ribbon set, £12. || Customer: perfect two packs please"),
    ("special_categories", "benign", "chat",
        "Customer: we're doing a Pride and Prejudice themed wedding, do you have anything Regency style "
        "for bridesmaids? || Agent: Our Elizabeth range has high empire waists and puff sleeves. || "
        "Customer: perfect!!"),
    ("special_categories", "benign", "sms",
        "Hi, when's the autumn bridal collection coming out? Keen to book a try on. Ella || Agent: Hi "
        "Ella, it lands on 1 September, appointments open from 25 August. || Customer: great, put me down "
        "for the 1st!"),
    ("special_categories", "benign", "web_form",
        "Service: Trousers | Details: taper into a straight leg from the knee, 2 pairs, grey wool | Name: "
        "Daniel Reece | Deadline: end of the month | Notes: the pair with the turn-ups, please keep the "
        "turn-ups"),
    ("special_categories", "benign", "email",
        "Customer: Are you a partner venue with Bramley Hall? || Agent: Yes, we're one of their "
        "recommended suppliers. || Customer: Great, they gave us a discount code for you."),
    ("special_categories", "benign", "review",
        "So proud to see Holt & Hem pick up the Pride of Kettleby small business award this year. "
        "Deserved, the team are brilliant. Been shopping here for years and the service has never "
        "slipped."),
    ("special_categories", "benign", "chat",
        "Customer: do you have the Lavender bridesmaid dress in a 16? || Agent: Yes, one in stock and "
        "more arriving next week. || Customer: can you hold it for me"),
    ("special_categories", "benign", "call",
        "Customer: Can I bring my partner to the fitting or is that bad luck? || Agent: Totally up to "
        "you, plenty of people do! || Customer: I'll bring my sister then, just to be safe, ha."),
    ("special_categories", "benign", "email",
        "Hi, I'm after a trans-seasonal fabric for my bridesmaids, the wedding is in late September so it "
        "could be warm or freezing. What would you suggest? Thanks, Hayley"),
    ("special_categories", "benign", "chat",
        "Customer: I'd like a convertible dress so I can transition from the ceremony to the party "
        "without a full change. do you do detachable skirts? || Agent: Yes, several of our gowns have "
        "detachable overskirts. || Customer: ooh show me"),
    ("special_categories", "benign", "agent_note",
        "New booking form wording: 'Tell us your name and how you'd like us to address you on the day.' "
        "Please use this on all new appointment confirmations from Monday."),
    ("special_categories", "benign", "web_form",
        "Enquiry: Policy question | Message: Are your fitting rooms gender-neutral, or are there separate "
        "ones? Just adding it to our venue FAQ | Name: Ffion, Bramley Hall"),
    ("special_categories", "benign", "dm",
        "do you do the Tuxedo for Her suits in a petite fit? I'm 5'1 || Agent: We do! Petite trousers "
        "have a 28 inch leg, and jackets can be shortened too. || Customer: amazing, will come try"),
    ("special_categories", "benign", "email",
        "Hi, thanks for the quote, just to confirm it's non-binding until I pay the deposit? I want to "
        "check with the other bridesmaids first. Best, Charlotte"),
    ("special_categories", "benign", "sms",
        "Hi, will the dresses come in a Transit van or by courier? Our venue has a narrow lane. Thanks, "
        "Rob || Agent: Hi Rob, bridal deliveries come in our own small van, so a narrow lane shouldn't be "
        "a problem. || Customer: Great, thanks"),
    ("special_categories", "benign", "review",
        "The transformation on my mum's old 80s dress is unreal. Sleeves gone, shoulder pads gone, new "
        "neckline. It looks like it was designed this year."),
    ("special_categories", "benign", "chat",
        "Customer: do you do women's fits in your suit hire or just men's? || Agent: We hire both, the "
        "Harlow range is a women's cut. || Customer: great, 4 please for my bridesmaids"),
    ("special_categories", "benign", "email",
        "Customer: Saw the 'It's in our DNA' video about your workshop, loved it. Do you run tours? || "
        "Agent: We do a Saturday morning workshop tour once a month. || Customer: Sign me up for the next "
        "one please."),
    ("special_categories", "benign", "review",
        "Tailoring clearly runs in the family at Holt & Hem, the founder's granddaughter did my "
        "alterations and she's every bit as skilled as they say."),
    ("special_categories", "benign", "sms",
        "Hi it's Gene Pritchard, is my suit ready to collect? Order 30671. Cheers || Agent: Hi Gene, yes, "
        "it's ready, we're open till 5.30 today. || Customer: Cheers, I'll be in after work"),
    ("special_categories", "benign", "web_form",
        "Enquiry: Heritage Collection | Message: Are the Heritage gowns made from vintage patterns or "
        "just vintage-inspired? | Name: Louisa Marsh"),
    ("special_categories", "benign", "chat",
        "Customer: what's the Wedding DNA questionnaire on your website? do I need to do it before "
        "booking? || Agent: It's a quick style quiz so we can pull dresses before you arrive. Optional "
        "but helpful! || Customer: ok doing it now"),
    ("special_categories", "benign", "agent_note",
        "Swatch test results for the Rosa satin: the dye ran slightly at 40 degrees. Dry clean only label "
        "needed on all Rosa bridesmaid dresses."),
    ("special_categories", "benign", "chat",
        "Customer: there are greasy fingerprint marks on the satin from trying it on at home 😬 can that "
        "be cleaned? || Agent: Yes, we can spot-clean those, it's usually a quick job. || Customer: phew"),
    ("special_categories", "benign", "review",
        "The face-framing veil was exactly what I needed with my short hair. Small touch but it made the "
        "whole look. || Agent: Reply from Holt & Hem: Thank you, it looked beautiful with your pixie cut!"),
    ("special_categories", "benign", "dm",
        "does your app have a face ID login option? typing my password every time is annoying lol || "
        "Agent: Not yet, but it's coming in the next update, along with fingerprint login on Android. || "
        "Customer: ok cool"),
    ("special_categories", "benign", "web_form",
        "Enquiry: Returns | Message: I can't find my paper receipt, can I scan the QR code on the order "
        "email instead? | Name: Toby Walsh The bridesmaid dress is the wrong shade of green and I'd like "
        "to swap it for the sage."),
    ("special_categories", "benign", "sms",
        "I'll send you a voice note with my measurements later, easier than typing while I'm driving. "
        "Order 30922 - Zara || Agent: No problem Zara, or you can fill in the measurement form on the "
        "order page. || Customer: ok will try that"),
    ("special_categories", "benign", "chat",
        "Customer: do you have the Iris Blue bridesmaid dress in a 10? || Agent: We do, one left in "
        "stock. || Customer: grab it for me!! || Agent: Done, it's on hold till Saturday under your name."),
    ("special_categories", "benign", "email",
        "Customer: Does the 3D body scanner in your suit room keep images of people? I'm writing the "
        "privacy section for our wedding planning blog. || Agent: It keeps measurements only, not images, "
        "and they're deleted after 30 days unless you order. || Customer: Thanks, that's useful."),
    ("special_categories", "benign", "voicemail",
        "Hi, it's Leanne from Glow Skin Studio. We'd love to partner with you on a pre-wedding facial "
        "voucher for your brides. Give me a call on 07700 900824 and we can talk about it."),
]


def holt_examples() -> list[dict]:
    """The holt split as labelled tickets (same shape as ``sensitive_eval.build_eval_set``'s)."""
    return stranger_examples("holt", ENTRIES, SUBJECTS)
