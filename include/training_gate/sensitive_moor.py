"""moor split: written by a helper who had not seen the detection rules, the anchors or any other split.
Setting: the Moorfield Chronicle, an invented local paper and website (subscriptions, letters page, comment moderation,
family notices, classifieds, community noticeboard); emails, chats, calls, SMS, DMs, web forms, reviews, voicemails.
The benign half borrows the words through organisations, idioms, puzzles, pets, listings and general policy questions.
50 sensitive and 50 benign tickets for children and for special categories, 30 and 30 for financial hardship, 20 and
20 for health and for violence and self-harm, 15 and 15 for legal and for bereavement.
First reading (policy 2026.11.17, before any change made in response to it; `sensitive_eval.evaluate`, as `make
eval-sensitive`): 90.0 / 2.5 recall / false exclusion in % as shipped, 90.5 / 7.0 without the overruling,
80.5 / 6.0 by the rules alone. Then read while tuning the rules for 2026.11.18 and trained on."""

from __future__ import annotations

from training_gate.sensitive_blind import stranger_examples

SUBJECTS: tuple[str, ...] = (
    "Question about my subscription",
    "Delivery problem",
    "Family notice query",
    "Letters page",
    "Comment removed",
    "Classified ad",
    "Noticeboard listing",
    "Billing query",
    "Can't log in",
    "Change of details",
    "Missing supplement",
    "Photo request",
    "Refund request",
    "Competition entry",
)

ENTRIES: list[tuple[str, str, str, str]] = [
    # ---- health
    ("health", "sensitive", "email",
        "Hi, please pause my paper delivery from the 3rd until the 17th. I'm in St Aldhelm's for my knee "
        "replacement and there'll be nobody home to pick it up off the mat. Restart on the 18th please. "
        "Thanks, Geoff Prentiss, 14 Wharf Row"),
    ("health", "sensitive", "chat",
        "Customer: Can you switch me to the large print weekly? || Agent: Yes, it's the same price as the "
        "standard edition. Shall I change it from next week? || Customer: Please. My eyes have gone downhill "
        "fast since they diagnosed the macular degeneration and I can't do the puzzles page in normal print "
        "any more."),
    ("health", "sensitive", "call",
        "[transcript] Caller: Hiya, it's Maureen Bickley, I'm ringing about my husband Den's paper. || Agent: "
        "Hello Maureen, what can I do? || Caller: He's had a stroke, he's up on the ward at the Royal and the "
        "papers are just piling up behind the door. Can we stop it for a month? || Agent: Of course, I've "
        "suspended it from tomorrow and there's no charge while it's stopped. I hope he's home soon."),
    ("health", "sensitive", "sms",
        "hi its carla at no 9 pls dont shove the paper thru the letterbox before 12 for a bit, im on nights "
        "and these new tablets knock me right out so the clatter wakes me. ta"),
    ("health", "sensitive", "web_form",
        "Letters page submission. Subject: Brook Street ramp. I'd like to respond to last week's story about "
        "the ramp closure. I've used a wheelchair since my accident in 2019 and the 'temporary' route now "
        "sends me the long way round past the bus depot with no dropped kerbs. Please print my name, Angela "
        "Rudd, but not my street."),
    ("health", "sensitive", "agent_note",
        "Agent note: Sub-holder Mr K. Adeyemi rang asking for the paper to be left at the side gate, not the "
        "front step. He's registered blind and kept tripping over it; partner works away midweek. Delivery "
        "instructions updated and flagged to round 4."),
    ("health", "sensitive", "email",
        "Morning. Could you hold my classified for the cot and pram until September please? We're expecting "
        "again at the end of August so I'd rather not sell anything until we know what we're keeping. Ad ref "
        "CL-44817. Cheers, Rhian"),
    ("health", "sensitive", "chat",
        "Customer: I need to withdraw two letters I sent in last week. || Agent: No problem, which dates were "
        "they sent? || Customer: The 4th and the 6th. I wasn't in a good place when I wrote them. I'm back "
        "under the crisis team and my CPN says I shouldn't be sending stuff off when I'm that low. Please "
        "just don't print them. || Agent: Both withdrawn, they won't appear anywhere. Take care."),
    ("health", "sensitive", "review",
        "Review, 2 stars: Paper missed three days in a row, which happened to be the week I was stuck at home "
        "after my second round of chemo and really wanted something to read. || Reply from the Moorfield "
        "Chronicle: We're very sorry, Ms Okafor. We've credited your account for the missed days and spoken "
        "to the round manager so it doesn't happen again."),
    ("health", "sensitive", "voicemail",
        "Voicemail: Hello, it's Trevor Nuttall, account ending 4471. My wife won't be able to collect our "
        "paper from the shop for a while, she's had her hip done and she's on crutches till March, so can we "
        "go back to door delivery please. Cheers, bye."),
    ("health", "sensitive", "forwarded",
        "Forwarded message from Anne Hulme to the noticeboard desk: I'm afraid I can't carry on as the "
        "contact for the Tuesday coffee morning listing. My dialysis sessions have moved to Tuesday and "
        "Thursday mornings. Please change the contact to Brenda Voss on 07700 900415. Thank you for all your "
        "help over the years."),
    ("health", "sensitive", "email",
        "Dear Sir/Madam, I am subscriber of your e-paper from Pune. Kindly extend my subscription by 2 weeks "
        "free of cost as I was admitted in hospital for dengue fever and could not login during that period. "
        "Kindly do the needful. Regards, Suresh Kulkarni"),
    ("health", "sensitive", "chat",
        "Good afternoon. Please I want to change the card for my classified ad payment to my brother's card. "
        "I just came back from the clinic, they said my sugar is too high and I have to start insulin "
        "injections, so I cannot be going up and down to the bank this week."),
    ("health", "sensitive", "chat",
        "Customer: Hi, can you change my delivery to collect from the shop instead of the house from next "
        "week? || Agent: Done, Mr Halloran. And as you asked on the phone yesterday, I've added a note that "
        "your wife has dementia, so if she rings to cancel again we'll check with you before changing "
        "anything."),
    ("health", "sensitive", "email",
        "G'day, my crossword comp entry is a few days late sorry. Been laid up flat with a crook back, the "
        "doc's got me on the strong stuff and I haven't made it to the postbox. Can it still count? Cheers, "
        "Wayne Colley"),
    ("health", "sensitive", "dm",
        "Hello po, I would like to ask if I can stop my print subscription muna because my mother is confined "
        "in the hospital for her heart and I will be staying with her there for maybe 2 weeks. Thank you po."),
    ("health", "sensitive", "web_form",
        "Comment moderation appeal: Why was my comment on the hospital car park story removed? All I said was "
        "that as someone with MS who needs the blue badge bays every single week for my infusion, the new "
        "charges are a disgrace. Nothing rude in that."),
    ("health", "sensitive", "chat",
        "Hi, my father cannot read the e-paper already since his cataract operation, the words all blurry "
        "blurry. Got bigger font setting or not? He's using iPad."),
    ("health", "sensitive", "email",
        "Hello, I write for ask the pause of the newspaper. My wife is in the pregnancy of 7 month and the "
        "doctor say she must rest in bed, so we are going to live in her mother house until the birth. Please "
        "stop from Monday. Thank you, Andrzej"),
    ("health", "sensitive", "email",
        "Hi there, please can you lot stop phoning me about renewing? Email only, hey. I get panic attacks "
        "from unknown numbers and your sales guys have rung four times this week. I will renew when I'm "
        "ready. Thanks, Nomvula"),
    ("health", "benign", "email",
        "Hi, the Health & Wellbeing supplement was missing from my Saturday paper again. Second week running. "
        "Can you post one out? 31 Hollin Way."),
    ("health", "benign", "email",
        "Good morning, we're Moorgate Medical Centre and would like to place a notice about our new Saturday "
        "flu jab clinics for October. What would a quarter page cost, and what's the deadline for the 4 "
        "October edition?"),
    ("health", "benign", "web_form",
        "Your new website is a real headache. I'm sick of clicking through three pop-ups just to get to the "
        "letters page. Please sort it out."),
    ("health", "benign", "voicemail",
        "Voicemail: Hi, it's Cradley Pharmacy on Mill Street. Our classified says we close at six but it "
        "should be half six. Could you amend it before Thursday's edition? Thanks."),
    ("health", "benign", "email",
        "Clue 14 across in Tuesday's cryptic, 'Doctor's remedy for a cold (7)', the answer you printed in "
        "Wednesday's paper doesn't fit the grid. Was it a misprint?"),
    ("health", "benign", "web_form",
        "Noticeboard submission: Blood donor session at the Methodist Hall, Cross Street, Wednesday 11th, 1pm "
        "to 7pm. Walk-ins welcome. Organised by Moorfield Donor Group, contact 07700 900233."),
    ("health", "benign", "email",
        "Hello, I work at a marketing agency. One of our clients runs a cosmetic clinic offering Botox and "
        "fillers. Do you accept that kind of advertising, and is there a copy of your ad standards I can "
        "read?"),
    ("health", "benign", "sms",
        "pls take my lost cat ad down, shes turned up! was at the vets the whole time, someone handed her in. "
        "ref LF-2291 thanks"),
    ("health", "benign", "email",
        "Is the reader offer on 'The Mindful Gardener' still running? The code MIND20 says expired but the "
        "paper said it was valid till the 30th."),
    ("health", "benign", "web_form",
        "Please list our 5k on the What's On page: Moorfield Harriers Mental Health Awareness Fun Run, Sunday "
        "12th, 10am, Heyside Park. All abilities welcome, donations to the local Mind shop."),
    ("health", "benign", "email",
        "Larch House Care Home would like to run a recruitment ad for night carers, two weeks in print and "
        "online. Can you send a rate card?"),
    ("health", "benign", "chat",
        "Your app crashes every time I open the puzzles section, it's driving me crazy. iPhone 12, latest "
        "update."),
    ("health", "benign", "email",
        "Hi, can I change my delivery address from 22 Elm Close to 4 Quarry Lane from 1 March? Same account, "
        "same days."),
    ("health", "benign", "email",
        "Payment for my digital subscription went out twice this month, £7.99 on the 2nd and again on the "
        "3rd. Could you refund one please?"),
    ("health", "benign", "chat",
        "Customer: How do I log in to the e-paper on a second device? || Agent: Just use the same email and "
        "password, it works on up to three devices at once. || Customer: Brilliant, thanks."),
    ("health", "benign", "voicemail",
        "Voicemail: Hi, it's Pat from the Spar on Ridge Road. We were short on the Chronicle again this "
        "morning, twenty copies instead of forty. Can someone give me a ring back please."),
    ("health", "benign", "email",
        "I'm a journalism student writing an essay on press ethics. Does the Chronicle have a written policy "
        "on naming people injured in road accidents? Happy to cite it properly."),
    ("health", "benign", "email",
        "Brightsmile Dental here. Please cancel our recurring noticeboard slot from the end of the month, "
        "we've moved to the retail park and will book a new ad with the new address."),
    ("health", "benign", "review",
        "Review, 3 stars: Good local news but why is the weekly health column behind the paywall now? It used "
        "to be free. || Reply from the Moorfield Chronicle: Thanks for the feedback. Columns went to "
        "subscribers in May, but you get five free articles a month."),
    ("health", "benign", "sms",
        "sunday paper came soaked again, can the driver put it in the porch pls, door's never locked"),
    # ---- children
    ("children", "sensitive", "web_form",
        "Family notice, Births: HARDCASTLE. To Tom and Jess, a daughter, Olivia Grace, born 2 April at "
        "Moorfield General weighing 6lb 4oz. A little sister for Noah. Thank you to all the midwives."),
    ("children", "sensitive", "email",
        "Hi, my daughter Maisie is 13 next month and desperate to do a paper round. Is she old enough, how "
        "many hours would it be, and what's the pay? We live on Cotton Street if there's a round near us."),
    ("children", "sensitive", "email",
        "Our Kian's in Year 6 at Heyside Primary and he's written a letter about the skate park being closed. "
        "Can it go on the letters page with his first name and age? He'd be made up."),
    ("children", "sensitive", "chat",
        "hi im 12 and i made an account to comment on the football story but it says im not allowed?? why "
        "can't i comment, its about my team"),
    ("children", "sensitive", "email",
        "Please send the colouring competition prize to my address, not my ex's. The boys are with me Monday "
        "to Thursday under the court arrangement and it was their entry. Ollie is 7 and Jack is 5. Sarah "
        "Pike, 9 Coal Lane."),
    ("children", "sensitive", "web_form",
        "The photo of Heyside Primary sports day online shows my son Ethan with his hearing aids, and someone "
        "has commented underneath making fun of them. He's seven. Please remove that comment."),
    ("children", "sensitive", "email",
        "I'd like to place a 'Happy 1st Birthday' notice for our grandson Alfie Wren, born 10 June last year. "
        "Can it go in Saturday's paper with a photo? Love from Nanna and Grandad Wren."),
    ("children", "sensitive", "email",
        "Can you correct the school awards story? It says Priya Nair, Year 9, but she's in Year 10, and she's "
        "at Moorfield Academy not Ridgeway. She's our daughter and her friends are teasing her about it."),
    ("children", "sensitive", "sms",
        "hiya can u pause the paper 2 weeks, weve just brought the baby home and nobody gets to the door "
        "before noon lol. no 41 Bank Top"),
    ("children", "sensitive", "sms",
        "cant be in thurs or fri for the classified collection, the twins are 6 and its their sports day then "
        "parents evening. can the buyer come sat?"),
    ("children", "sensitive", "email",
        "My 15-year-old has been commenting on your site as 'MoorfieldMaverick'. He's too young for the terms "
        "and I didn't know. Please delete his account and all his comments. His email is on the account, "
        "j.ogden.2009@example.com."),
    ("children", "sensitive", "email",
        "Can I switch to Saturdays only? I'm back doing the school run now my youngest has started reception, "
        "so I never get chance to read the weekday one."),
    ("children", "sensitive", "email",
        "My niece Amara is 11 and would love to join your Young Reporters scheme. She's in Year 6 at St "
        "Cuthbert's Primary and writes stories all the time. What does she need to send?"),
    ("children", "sensitive", "agent_note",
        "Agent note: Under-10s drawing competition winner is Lily Brennan, age 7, Greenside Primary. Mum "
        "consented to first name and age in print only; no surname, no school, no online photo."),
    ("children", "sensitive", "web_form",
        "Noticeboard, Lost: navy Heyside Primary bookbag left on the 38 bus Tuesday afternoon. Name label "
        "'Oscar T, Class 3'. It has his EpiPen in the front pocket. Please call 07700 900812."),
    ("children", "sensitive", "email",
        "The paper comes to mine, but the girls spend alternate weekends at their dad's. Could the Saturday "
        "paper go to his house on those weekends? They're 9 and 11 and they fight over the wordsearch. Dates "
        "attached."),
    ("children", "sensitive", "email",
        "We'd like to put in an announcement welcoming our son, who came home to us this month through "
        "adoption. He's four. The social worker says no surname and no photo, so just 'Welcome home, our boy "
        "L.' Is that OK?"),
    ("children", "sensitive", "web_form",
        "Someone has posted my 14-year-old daughter's Instagram handle under the school uniform article, "
        "telling people to 'go and have a look'. Please remove it now."),
    ("children", "sensitive", "email",
        "Dear Sir, my son aged 10 years wants to send a poem for the children's corner. He is studying in "
        "class 5 at DAV Public School. Kindly tell the procedure and whether parent consent form is required."),
    ("children", "sensitive", "email",
        "Good afternoon, I want to place a thanksgiving announcement for my baby girl's dedication service. "
        "She was born on 3rd February, her name is Oluwadamilola Precious Adeyemi. Please send the price with "
        "photo."),
    ("children", "sensitive", "dm",
        "Hello po, can I put a birthday greeting for my son in the Saturday paper? He is turning 7, his name "
        "is Joaquin, he is in Year 2. With photo if possible. How much?"),
    ("children", "sensitive", "email",
        "Hey, my youngest (she's in Year 2) got her pic in your paper for the Book Week parade dressed as the "
        "Gruffalo and we'd love a print of it. How much for an A4?"),
    ("children", "sensitive", "email",
        "Howzit, my laaitie is in Grade 3 and wants to enter the kids' spelling bee you advertised. He's 8. "
        "Does he need to be at a Moorfield school or can he enter from home?"),
    ("children", "sensitive", "chat",
        "Hi, my daughter is P5 this year. Can she use my digital account for her school current affairs "
        "project, or she needs her own login? Her teacher say must cite the paper."),
    ("children", "sensitive", "email",
        "Hello, my little daughter have 6 years and she make the drawing for your competition, but I don't "
        "find the address for send it. Please help me. Her name is Zofia."),
    ("children", "sensitive", "chat",
        "Customer: Can I change the name on the Young Readers Club membership? || Agent: Sure. At the moment "
        "it's registered to Freddie Cole, date of birth 14/09/2015, at 6 Moss Row. Who should it be changed "
        "to? || Customer: His sister Poppy, she's the one reading it now."),
    ("children", "sensitive", "email",
        "The lad who does the round on our road can't be more than 14 and he's been left doing three streets "
        "on his own in the dark at 6am. Is that even allowed? Someone should check on him."),
    ("children", "sensitive", "agent_note",
        "Agent note: Complaint from 12 Rowan Road about papers in the wrong doors. Round is done by Callum "
        "Reid, 13, first week. Spoke to his mum, walked the route with him Saturday. Monitor for a fortnight."),
    ("children", "sensitive", "email",
        "I booked my daughter on the Chronicle newsroom workshop for the 14th with her class, Year 5 at "
        "Hollins Primary. The school has moved the trip to the 20th and she can't make that day. Can I get a "
        "refund?"),
    ("children", "sensitive", "web_form",
        "My ex keeps posting in your comments about our custody arrangements and naming our son, who is six. "
        "It's under the family court story from Tuesday. Please remove the comments, his school friends' "
        "parents read it."),
    ("children", "sensitive", "email",
        "We'd like to place a thank-you notice to the neonatal unit at Moorfield General. Our daughter Ava "
        "was born at 27 weeks and came home yesterday after eleven weeks in special care. We can't thank them "
        "enough."),
    ("children", "sensitive", "email",
        "My son's 16 and looking for Saturday work. Can he put a free ad in 'Situations Wanted', or does it "
        "need to be in my name because of his age?"),
    ("children", "sensitive", "voicemail",
        "Voicemail: Hi, it's Gemma Ross. I placed a Sweet 16 notice for our Ruby for Friday, but her party's "
        "moved so can it go in Wednesday's paper instead? Same wording. Thanks."),
    ("children", "sensitive", "email",
        "Please don't use my son's photo in the GCSE results feature. He didn't get the grades he needed for "
        "sixth form and he's mortified. Callum Hirst, Ridgeway High."),
    ("children", "sensitive", "web_form",
        "Classified: babysitter wanted, Tuesday and Thursday evenings, 6 to 10pm, two children aged 3 and 6, "
        "Heyside area. Must have DBS check and references. Call Naomi on 07700 900344."),
    ("children", "sensitive", "web_form",
        "Free ads: Ridgeway High uniform, blazer age 12-13, two jumpers, PE kit. My daughter's going into "
        "Year 9 and has shot up over summer. Free to a good home."),
    ("children", "sensitive", "email",
        "Enclosed is a letter from my granddaughter Hannah, she's 9, about the dog mess in Heyside Park. "
        "She'd be thrilled if you printed it. She's written it all herself."),
    ("children", "sensitive", "web_form",
        "A comment under the swimming gala results names my 12-year-old and says her time was 'embarrassing'. "
        "Please anonymise her or take the comment down."),
    ("children", "sensitive", "email",
        "The little one finally arrived on Tuesday, so please swap us to the e-paper only for a while. The "
        "recycling bin's about to be taken over by nappies."),
    ("children", "sensitive", "chat",
        "hi I'm 11 and I want to do the Chronicle junior quiz but it asks for a credit card?? I don't have "
        "one"),
    ("children", "sensitive", "chat",
        "Customer: how do I set up parental controls on the app? || Agent: You can turn on 'family mode' "
        "under Settings, which hides the crime and court sections. || Customer: great, my lad's 10 and keeps "
        "reading the court reports over his breakfast."),
    ("children", "sensitive", "forwarded",
        "Forwarded from Heyside Primary school office: Mrs Oduya, mum of Tayo in Class 4, has asked that "
        "Tayo's photo from the litter pick is not used online, as we don't have consent for online images for "
        "him. Please could you remove it."),
    ("children", "sensitive", "web_form",
        "Family notices, Births: Welcome to the world Isla May Fenwick, 7lb 1oz, 22/04. Love Mum, Dad and big "
        "brother Arlo."),
    ("children", "sensitive", "email",
        "Could the paper be delivered before 7.30? I'm out the door at 7.40 for nursery drop-off with our "
        "two-year-old and it's never there yet."),
    ("children", "sensitive", "email",
        "My 17-year-old used my card to buy a premium subscription without asking. Can I get a refund and "
        "remove the card from his login? It's his email on the account."),
    ("children", "sensitive", "email",
        "Can you pause my daughter's Young Reader magazine for a month? She's 8 and she's in St Oswin's "
        "Children's Hospital after her operation, we'll start it again once she's home."),
    ("children", "sensitive", "agent_note",
        "Agent note: Customer asked that no post about the kids' club memberships goes to 4 Partridge Close. "
        "Children (5 and 8) now live with her full-time under a child arrangements order. Address updated on "
        "both memberships."),
    ("children", "sensitive", "email",
        "Our young one's making her First Communion in May, could we put a notice and a photo in? Her name's "
        "Aoife, she's in second class at Scoil Bhríde. Thanks a million."),
    ("children", "sensitive", "email",
        "Hi, my son's school has asked him to interview a journalist for his Year 8 project. Could someone "
        "reply to his email? He's called Reuben and he's really nervous about asking."),
    ("children", "sensitive", "email",
        "My grandson's turning 3 on the 9th and I'd like one of the 'Happy Birthday' boxes with his photo, "
        "Theo Marsh. Is it still £15? I'll pop in with the photo."),
    ("children", "benign", "web_form",
        "Is there a list of kid-friendly events for half-term on your website? Can't find the What's On "
        "family section any more."),
    ("children", "benign", "email",
        "Ridgeway High School PTA would like to advertise our Christmas fair on the noticeboard. Saturday 7 "
        "December, 11 to 3, in the school hall. Free to list for a school?"),
    ("children", "benign", "email",
        "Little Acorns Nursery is recruiting a room leader. Can we run a three-week ad in print and online, "
        "and what's the cost?"),
    ("children", "benign", "web_form",
        "Free ads: kids' bike, 16 inch wheels, red, stabilisers included, £30 ono. Collection from Heyside."),
    ("children", "benign", "call",
        "[transcript] Caller: Hi, it's my mum's account, she's asked me to ring because she can't get into "
        "her crossword online. || Agent: No problem, can I speak to her to confirm it's OK? || Caller: Yes, "
        "she's here. || Agent: Thanks, Mrs Pell, I've reset your password and sent a link to your email."),
    ("children", "benign", "email",
        "I know the new website is your baby, but the search is useless. I typed 'bin collection' and got a "
        "recipe for lasagne."),
    ("children", "benign", "chat",
        "You're kidding me, the crossword's in the magazine now? I've been looking all morning."),
    ("children", "benign", "email",
        "Please bring back the children's puzzle page in the Saturday edition. It was the best thing in it, "
        "and I'm 71."),
    ("children", "benign", "email",
        "Our puppy chewed the Saturday magazine to bits before anyone read it. Any chance of a replacement "
        "copy, or is it online?"),
    ("children", "benign", "web_form",
        "What's On: Young at Heart over-60s social club, Wednesdays 2pm at the Community Centre. Tea, cake "
        "and bingo. New members always welcome."),
    ("children", "benign", "email",
        "Moorfield Juniors FC would like to send in weekly results for the grassroots page. We don't name "
        "individual players, just scores and a short summary. Who's the contact?"),
    ("children", "benign", "email",
        "The reader offer on 'Raising Teens Without Losing Your Mind' isn't applying at checkout. Code "
        "TEENS15."),
    ("children", "benign", "web_form",
        "Noticeboard: Heyside Baby & Toddler group, Mondays 9.30 to 11 at St Luke's hall, £2 per family. "
        "Toys, songs and a cuppa for the grown-ups."),
    ("children", "benign", "web_form",
        "Classifieds: two pygmy goat kids, 10 weeks old, weaned, good with other animals. £80 each to a good "
        "home."),
    ("children", "benign", "email",
        "Can I buy a gift subscription for a relative who lives in Spain? Digital only."),
    ("children", "benign", "email",
        "What is your policy on printing photos of children at public events like the carnival? I'm writing "
        "it up for our community group's guidelines."),
    ("children", "benign", "email",
        "Do you deliver at the same times during the school holidays, or does the round change?"),
    ("children", "benign", "email",
        "Is there a student discount on the digital subscription? I'm at uni in Leeds and want to keep up "
        "with home news."),
    ("children", "benign", "web_form",
        "Letter for Your Say: The new parking rules are the nanny state gone mad. Residents should be trusted "
        "to park on their own street. R. Gaunt, Fold Lane."),
    ("children", "benign", "email",
        "Toytown on Market Street would like to book a half page for our Christmas catalogue in the 28 "
        "November edition."),
    ("children", "benign", "email",
        "Loved the baby boomers nostalgia supplement. Any chance of one on the 1970s?"),
    ("children", "benign", "chat",
        "I'm not going to babysit your website every morning to find the crossword. Why does it keep moving?"),
    ("children", "benign", "email",
        "We'd like to advertise a junior accountant position at Holt & Marsden, two weeks, online and print."),
    ("children", "benign", "email",
        "The Fox & Hounds would like to add 'Kids eat free on Sundays' to our running advert from next week. "
        "Same size, same position."),
    ("children", "benign", "email",
        "Our school library would like five copies of the Chronicle delivered weekly for the sixth form "
        "common room. Do you do an education rate? Invoice to Ridgeway High, finance office."),
    ("children", "benign", "email",
        "My son set up my digital account for me (he's 34, lives in Bristol) and now I can't remember the "
        "password. Can you reset it?"),
    ("children", "benign", "email",
        "My daughter's getting married in June. How do I place a wedding announcement, and can it include a "
        "photo?"),
    ("children", "benign", "web_form",
        "Family notices: Happy 60th birthday to Steve Mellor, still young at heart. Love from all at the "
        "Fleece darts team."),
    ("children", "benign", "email",
        "Your heritage feature says Moorfield is the birthplace of the steam loom. I believe it was Heyside. "
        "Sources on request."),
    ("children", "benign", "email",
        "Could you change my delivery from the front door to the letterbox at the back? The dog goes mad at "
        "the front."),
    ("children", "benign", "chat",
        "My e-paper login keeps kicking me out after five minutes. Android phone, Chrome."),
    ("children", "benign", "email",
        "Please cancel my Wednesday paper, keep everything else the same. Account 22178."),
    ("children", "benign", "email",
        "How do I submit a photo for the 'Your Pictures' page? Is there a maximum file size?"),
    ("children", "benign", "sms",
        "no paper today on carr lane, whole street's missing it"),
    ("children", "benign", "email",
        "Hi, I'd like to update the card on my account, the old one expired last month."),
    ("children", "benign", "email",
        "Could you add 'no calls after 8pm' to my classified for the wardrobe? Ref CL-51022."),
    ("children", "benign", "web_form",
        "Your weather page says sunny all week and it's rained every day. Not a complaint, just funny."),
    ("children", "benign", "voicemail",
        "Voicemail: Hello, it's Ron at 18 Bell Street. Three days now with no paper. Can someone ring me "
        "back. Thank you."),
    ("children", "benign", "chat",
        "Customer: Can I pause delivery while I'm in Portugal from the 10th to the 24th? || Agent: Done, "
        "restarting on the 25th. || Customer: Perfect, thanks."),
    ("children", "benign", "web_form",
        "What's On: Heyside Library Lego club, Saturdays 10 to 12. Drop in, all bricks provided. Free."),
    ("children", "benign", "email",
        "Moorfield Scouts are holding a bag pack at Morrisons on 12 April to raise funds for summer camp. "
        "Could we have a noticeboard mention?"),
    ("children", "benign", "review",
        "Review, 4 stars: Good app, though the kids' section of What's On could be easier to filter by date. "
        "|| Reply from the Moorfield Chronicle: Thanks, a date filter is coming in the next update."),
    ("children", "benign", "email",
        "I'm a childminder and want to advertise that I have two places free from September. Ofsted "
        "registered, Heyside area. How much is a small box ad?"),
    ("children", "benign", "email",
        "Does the family subscription let two adults in the same house log in separately?"),
    ("children", "benign", "email",
        "The crossword setter's 'child's play' clue on Saturday was anything but. Please be kinder next week."),
    ("children", "benign", "web_form",
        "Noticeboard: St Luke's Youth Club is looking for adult volunteers on Friday nights. DBS check "
        "provided. Contact the club leader, Pat Heald."),
    ("children", "benign", "email",
        "I'd like to order the 'Moorfield Then and Now' book from your shop, it says out of stock. When's the "
        "reprint?"),
    ("children", "benign", "email",
        "Can you tell me what the maximum word count is for a birthday greeting notice and the price per "
        "extra word?"),
    ("children", "benign", "chat",
        "The school holiday activities guide in Thursday's paper, is there a PDF version? Sharing with our "
        "tenants' association."),
    ("children", "benign", "email",
        "Please change the contact email on my account to m.lister@example.org. The old one's being closed."),
    # ---- special_categories
    ("special_categories", "sensitive", "email",
        "Could Saturday delivery be after 1pm? We walk to synagogue in the morning and by the time we're back "
        "the paper's been sitting in the rain on the step. Account 30418, the Levys."),
    ("special_categories", "sensitive", "web_form",
        "Noticeboard listing for the Cobden Street allotment society open day. Contact: Tariq Mahmood, 07700 "
        "900590. Please add 'no calls Fridays 1 to 2pm', that's when I'm at Jumu'ah."),
    ("special_categories", "sensitive", "email",
        "Please can you stop the e-paper app sending its alert at 4am? It's Ramadan and I'm up for suhoor "
        "anyway, but the notification wakes the rest of the house. Just the 7am one is fine."),
    ("special_categories", "sensitive", "web_form",
        "Letter for Your Say: As a Black Caribbean woman who has lived in Moorfield for forty years, I want "
        "to respond to last week's column about the carnival being 'noise'. The carnival is our history here "
        "too. Name: Merle Grant, Greenside."),
    ("special_categories", "sensitive", "email",
        "Please don't print my address under my letter this week. I'm standing for the Greens in the Heyside "
        "by-election and I've had enough people turning up at my door as it is. Name and ward only, thank "
        "you. Ruth Calloway"),
    ("special_categories", "sensitive", "chat",
        "Customer: Can the invoice for the noticeboard ad go to me rather than the company? || Agent: Of "
        "course, shall I put your job title on it? || Customer: Just 'shop steward, Kelso's branch'. The "
        "union's reimbursing me for the meeting notice."),
    ("special_categories", "sensitive", "web_form",
        "Family notices, Marriages: FROST and OBI. Daniel and Marcus were married on 14 September at Heyside "
        "Hall, surrounded by family and friends. Placed by the grooms."),
    ("special_categories", "sensitive", "email",
        "I've transitioned and changed my name by deed poll. Please update my subscription from Mr Paul "
        "Hendry to Ms Paula Hendry and stop addressing letters to 'Sir'. My bank details stay the same. Copy "
        "of the deed poll attached."),
    ("special_categories", "sensitive", "email",
        "I took one of those DNA kits and found out I have a half-brother who was born in Moorfield in 1968. "
        "Can I put a notice in the personal column asking him to get in touch? I'd rather not put my surname."),
    ("special_categories", "sensitive", "email",
        "Your app has started asking me to log in with a face scan. I did it once without thinking and now I "
        "don't want my face scan stored by a newspaper. Please delete the biometric data you hold on me and "
        "switch me back to a password."),
    ("special_categories", "sensitive", "web_form",
        "Someone has posted under the story about the swingers' club planning application saying they've seen "
        "me and my wife going in there, with our first names and our street. Please delete it, we've told "
        "nobody about that."),
    ("special_categories", "sensitive", "agent_note",
        "Agent note: Customer asked for no Saturday deliveries going forward as the family keeps the Sabbath "
        "(Seventh-day Adventist). Round 7 updated to Sunday to Friday, price adjusted."),
    ("special_categories", "sensitive", "email",
        "Please add a second name to the account, my boyfriend Jamie Roth. I'm Dan Keller, we've just moved "
        "in together at 9 Sett Lane so it should be under both of us now."),
    ("special_categories", "sensitive", "email",
        "I'd like my letter about the asylum hotel printed under my own name. I'm a member of Moorfield Stand "
        "Up to Racism and we're organising the counter-protest on the 9th, I'm not hiding that."),
    ("special_categories", "sensitive", "web_form",
        "The story about the site on Fen Lane, I'm Romany and the comments underneath are full of slurs about "
        "'gypsies' and 'pikeys'. My kids can read that. Why are they still up after two days?"),
    ("special_categories", "sensitive", "email",
        "Can you remove my mum's comment under the breast cancer fundraiser story? She wrote that our family "
        "carries the BRCA gene and named me. I haven't told my employer or my insurer and I'd rather decide "
        "that myself."),
    ("special_categories", "sensitive", "email",
        "When I placed my classified last week your system made me upload my passport and a face scan for "
        "verification. I didn't realise it would keep them. Please tell me where my facial image is stored "
        "and delete it."),
    ("special_categories", "sensitive", "chat",
        "Customer: Can the ad invoice go to the branch rather than me? || Agent: Of course. I'll make it out "
        "to Moorfield Branch, National Union of Rail Workers, for the attention of Mr S. Keane, Branch "
        "Secretary. || Customer: Perfect, that's me."),
    ("special_categories", "sensitive", "web_form",
        "Family notices: Wishing all our family and friends a very happy Diwali and a prosperous new year, "
        "from the Patel family of Wharf Street. Om Shanti."),
    ("special_categories", "sensitive", "email",
        "In the 'Faces of Moorfield' feature you cropped my father's photo right through his turban. He's "
        "proud of it and was upset. Could the online version use the full photo? Harpreet Sandhu"),
    ("special_categories", "sensitive", "email",
        "My letter about Pride in the Park mentions that I'm bi. I'm fine with that in print, but could you "
        "use my initials online? People at work search my name."),
    ("special_categories", "sensitive", "web_form",
        "My pronouns are they/them and your article about the Heyside craft fair called me 'she' three times. "
        "Could you correct the online version? Robin Okoye, stall 14."),
    ("special_categories", "sensitive", "sms",
        "cant do the crossword comp this wk, on the picket line at the hospital all week haha. can i enter "
        "late?"),
    ("special_categories", "sensitive", "email",
        "Please stop sending me the Christmas offers and the advent calendar promo. I'm a Jehovah's Witness "
        "and we don't celebrate it. Everything else is fine."),
    ("special_categories", "sensitive", "email",
        "Please correct the spelling of my name in the business awards list. It's a Tamil name, "
        "Sivaramakrishnan, written as one word, not 'Siva Ramakrishnan'. Thank you."),
    ("special_categories", "sensitive", "email",
        "Good afternoon. For our wedding notice, please it should say 'traditional marriage (Igba Nkwu)' "
        "before the church wedding, because we are Igbo and the families want it stated properly. Thank you."),
    ("special_categories", "sensitive", "web_form",
        "As a Filipina carer at Larch House, I was hurt by the comment under the care home story saying "
        "'foreigners like her should go home'. The commenter named the home. Please remove it."),
    ("special_categories", "sensitive", "web_form",
        "Lonely hearts submission: 'Warm, funny, asexual woman, 48, seeks companionship, walks and long "
        "chats. No romance needed.' Your form only lets me pick 'seeking men' or 'seeking women', can you add "
        "my line as written?"),
    ("special_categories", "sensitive", "web_form",
        "Lonely hearts: 'Gay man, 52, Moorfield, enjoys fell walking, live music and Sunday roasts. Seeks "
        "similar for friendship and maybe more.' Box number reply please."),
    ("special_categories", "sensitive", "email",
        "Would you accept a personal ad that says 'Open-minded couple, 40s, seek discreet fun with "
        "like-minded couples'? Don't want to pay for it if it's going to be rejected."),
    ("special_categories", "sensitive", "email",
        "My wife is trans and the marriage announcement you printed on Saturday used her old name. She's "
        "devastated. Please fix the online version and print a correction. It should read Jessica Lund."),
    ("special_categories", "sensitive", "email",
        "Could you delete my comment under the rare diseases article? I wrote that my sister and I both "
        "tested positive for the Huntington's gene. I posted it in a weak moment and it's under my real name."),
    ("special_categories", "sensitive", "email",
        "Please invoice the noticeboard ad to me personally, not the association. I'm treasurer of the "
        "Moorfield Conservative association and our account isn't set up with you yet."),
    ("special_categories", "sensitive", "agent_note",
        "Agent note: Mr Y. Hassan asked not to receive the seasonal 'pork pie and pint' coupons again as he's "
        "Muslim. Removed from food and drink offers, kept on general promotions."),
    ("special_categories", "sensitive", "chat",
        "Customer: Why was my comment removed? || Agent: Hi Mr Chowdhury, I'm sorry, that was our filter's "
        "mistake. It caught the slur you quoted when describing what you were called growing up as a "
        "Bangladeshi lad in Moorfield. It's been restored. || Customer: Thank you."),
    ("special_categories", "sensitive", "email",
        "The photo on your nightlife round-up shows me leaving the Velvet Rooms fetish night. My face is "
        "completely clear. Please blur it or take it down."),
    ("special_categories", "sensitive", "email",
        "My wife Sarah and I would like an anniversary notice: 'Sarah and Helen, ten years married today, and "
        "still arguing over the crossword.' Can it go in the 18th? Helen Brody"),
    ("special_categories", "sensitive", "email",
        "Could the Thursday paper go to my daughter's for a while? I'm at the gurdwara from early doing "
        "langar seva on Thursdays now and it sits on the step all day."),
    ("special_categories", "sensitive", "web_form",
        "Letter for Your Say: As a socialist for fifty years and a former Militant member, I've seen this "
        "council cut services in every decade. Name: Frank Deering, Heyside."),
    ("special_categories", "sensitive", "web_form",
        "Noticeboard: Moorfield Trades Council, AGM Tuesday 19th, 7pm, Labour Club. Contact me, Brian Tighe, "
        "Unison branch secretary at the council offices, 07700 900672."),
    ("special_categories", "sensitive", "call",
        "[transcript] Caller: I need my name changed on my account. || Agent: Sure, what's the new name? || "
        "Caller: Alex Moreno. It used to be Alexandra. I'm a trans man and my bank's updated already, so the "
        "direct debit will come from Alex now. || Agent: Updated. Anything else, Mr Moreno? || Caller: No, "
        "that's it, cheers."),
    ("special_categories", "sensitive", "email",
        "When I rang your subscriptions line it said my voice was being used to verify me in future. I didn't "
        "agree to a voiceprint being recorded. Delete it please and don't use it on my account."),
    ("special_categories", "sensitive", "email",
        "For your 'Roots' reader series you asked for DNA stories. Mine showed I'm about 40% West African, "
        "which nobody in my family knew. Happy to be interviewed but not named, please."),
    ("special_categories", "sensitive", "email",
        "Hello, I am Kurdish and in your article about the barber shop my nationality is written as Iranian. "
        "For us this is very important. Please correct to 'Kurdish from Iran'. Thank you, Rebin"),
    ("special_categories", "sensitive", "web_form",
        "Please add to my classified for the spare room: 'Call after 7pm only.' I'm at the mandir most "
        "evenings before that and I never hear the phone."),
    ("special_categories", "sensitive", "chat",
        "Customer: Can you skip the paper on polling day? I'll be out from 6am to 10pm. || Agent: No problem. "
        "Working at a polling station? || Customer: Ha, no, knocking on doors for the Greens in Heyside all "
        "day."),
    ("special_categories", "sensitive", "email",
        "Eoin here. Would ye print a notice for our civil partnership anniversary? Myself and Ciarán, fifteen "
        "years on the 3rd of June. Just our first names is grand."),
    ("special_categories", "sensitive", "email",
        "Hi, I'm the new curate at St Columba's and I'm living in the parish house now. Please change the "
        "delivery address for my subscription to 2 Church Walk."),
    ("special_categories", "sensitive", "email",
        "Hello. My husband and I converted to Islam last year and changed our names. Please update the "
        "account from John and Karen Marsh to Yusuf and Khadija Marsh."),
    ("special_categories", "sensitive", "voicemail",
        "Voicemail: Hi, it's Neil Barker, I'm a Reform activist in the Greenside ward. Your reporter quoted "
        "me at the hustings but said I was an independent. Can you correct that? Cheers."),
    ("special_categories", "benign", "email",
        "St Luke's Church would like to list our jumble sale on the noticeboard: Saturday 15th, 10am, church "
        "hall. Donations welcome from Friday evening."),
    ("special_categories", "benign", "email",
        "Good morning, Moorfield Central Mosque would like to advertise our Visit My Mosque open day. Quarter "
        "page in the 3 March edition, please send a quote."),
    ("special_categories", "benign", "email",
        "Do you accept political advertising in the run-up to the council elections? What are the rules and "
        "the deadline for the final edition before polling day?"),
    ("special_categories", "benign", "email",
        "Please deliver to 4 Union Street, not 4 Union Terrace. I keep getting next door's magazine."),
    ("special_categories", "benign", "web_form",
        "What's On: Moorfield Pride in the Park, Saturday 22 June, noon to 8pm, Heyside Park. Stalls, music "
        "and food. Organised by Moorfield Pride CIC."),
    ("special_categories", "benign", "web_form",
        "Book club listing: Heyside Readers, last Tuesday of the month at the Fleece, 7.30pm. This month: "
        "'The Handmaid's Tale'. New members welcome."),
    ("special_categories", "benign", "email",
        "Moorfield College would like to advertise its evening course 'World Religions: An Introduction', ten "
        "weeks from January. Can you run the ad twice?"),
    ("special_categories", "benign", "email",
        "Loved the headline 'Community spirit is in Moorfield's DNA'. Could I buy a print of the front page "
        "photo?"),
    ("special_categories", "benign", "email",
        "Your article on the new biometric passports said the chip stores fingerprints. I think it's only the "
        "photo in the UK. Worth checking."),
    ("special_categories", "benign", "web_form",
        "Noticeboard: Moorfield Family History Society meeting, 2nd Wednesday, Heritage Centre. Talk this "
        "month: 'Using DNA in genealogy', speaker from the county archive."),
    ("special_categories", "benign", "email",
        "Are you delivering on Good Friday and Easter Monday, or should I collect from the shop?"),
    ("special_categories", "benign", "email",
        "What's the word limit for letters to Your Say, and do you need a full address or just the town?"),
    ("special_categories", "benign", "chat",
        "At a conservative estimate I've bought this paper every day for thirty years. So why can't I log in "
        "to the app?"),
    ("special_categories", "benign", "email",
        "Restoring the old bandstand was a real labour of love, great feature. Any chance of more on the "
        "volunteers?"),
    ("special_categories", "benign", "email",
        "My weekly pilgrimage to the newsagent has been for nothing twice this month, they've sold out of the "
        "Chronicle by 9. Can you send them more?"),
    ("special_categories", "benign", "web_form",
        "What's On: Heyside Gospel Choir spring concert, Saturday 30 March, 7pm, Civic Hall. Tickets £10, "
        "under 16s free."),
    ("special_categories", "benign", "email",
        "Spice Route Indian Restaurant would like to renew our weekly takeaway advert for another three "
        "months. Same artwork."),
    ("special_categories", "benign", "email",
        "Kowalski's Polish Deli is opening on Market Street on the 1st. Can we book a launch ad with a 10% "
        "off voucher?"),
    ("special_categories", "benign", "web_form",
        "Noticeboard: Interfaith Week walk, Sunday 17 November, 2pm from the Town Hall, visiting the church, "
        "mosque, gurdwara and synagogue. Organised by Moorfield Faith Forum. All welcome."),
    ("special_categories", "benign", "email",
        "We need 20 metres of Union Jack bunting for the street party. Does your shop still sell the "
        "Chronicle jubilee packs?"),
    ("special_categories", "benign", "web_form",
        "Tenpin results for the sports page: Moorfield Strikers beat Heyside Alley Cats 3-1. Three strikes in "
        "a row from the captain in the last frame."),
    ("special_categories", "benign", "email",
        "The transition to the new website has been painful. My saved articles have all disappeared."),
    ("special_categories", "benign", "email",
        "The TransPennine rail timetable in your travel pull-out is the old one. The 07.12 doesn't run any "
        "more."),
    ("special_categories", "benign", "email",
        "Moorfield College open lecture: 'Genetics and the future of farming', Thursday 6pm, free. Can we "
        "have a What's On listing?"),
    ("special_categories", "benign", "email",
        "Your census article says 14% of Moorfield residents were born outside the UK. The ONS table I found "
        "says 11%. Which is right?"),
    ("special_categories", "benign", "chat",
        "I think I voted twice in your reader poll for best chippy by accident. Sorry! Remove one if you can."),
    ("special_categories", "benign", "email",
        "Al-Noor Halal Butchers would like to advertise our Eid meat order deadline in the classifieds. Small "
        "box, two weeks."),
    ("special_categories", "benign", "email",
        "We're the Moorfield branch of the Mothers' Union, and we'd like our coffee morning listed: Thursday "
        "10am, St Luke's hall, all welcome."),
    ("special_categories", "benign", "email",
        "Is it possible to get the letters page as a separate PDF? I keep them for our residents' newsletter."),
    ("special_categories", "benign", "email",
        "Please send a liberal number of copies of the carnival souvenir edition to the Heritage Centre shop, "
        "they sold out in a day."),
    ("special_categories", "benign", "email",
        "The Rainbow Café on Mill Street would like to run a 'two for one breakfast' ad on Saturdays in "
        "March."),
    ("special_categories", "benign", "chat",
        "Does the app support logging in with Google? I hate remembering passwords."),
    ("special_categories", "benign", "email",
        "The cartoon about the potholes last week was brilliant. Is the cartoonist selling prints?"),
    ("special_categories", "benign", "email",
        "Could you send me your rate card for church and charity notices? I'm putting together a budget for "
        "our diocese communications office."),
    ("special_categories", "benign", "web_form",
        "What's On: Chinese New Year celebration at the Civic, lion dance at 2pm, food stalls all afternoon. "
        "Organised by Moorfield Chinese Community Association."),
    ("special_categories", "benign", "email",
        "Please amend the Methodist Hall's listing: the Friday film club is now 7.30, not 7. Contact stays "
        "the same."),
    ("special_categories", "benign", "email",
        "Can you change my paper from the Chronicle to the Chronicle plus weekend magazine from next week?"),
    ("special_categories", "benign", "sms",
        "no paper on St Mary's Rd again today, 3rd time this month"),
    ("special_categories", "benign", "email",
        "How do I get a receipt for my annual subscription? Need it for expenses."),
    ("special_categories", "benign", "chat",
        "Customer: Is the puzzle book offer still on? || Agent: Yes, £6.99 with free postage until Sunday. || "
        "Customer: I'll take two please."),
    ("special_categories", "benign", "email",
        "My account shows two subscriptions, one of them must be a duplicate from when I updated my card. Can "
        "you merge them?"),
    ("special_categories", "benign", "voicemail",
        "Voicemail: Hi, it's Alan from the Post Office on Bank Street, we've had no Saturday magazines in the "
        "bundle. Could someone ring me please."),
    ("special_categories", "benign", "email",
        "Can I get the e-paper on a Kindle, or only the app?"),
    ("special_categories", "benign", "web_form",
        "Your 'Top 10 walks' feature had the wrong car park for Blackstone Edge. It's the one at the top, not "
        "the lay-by."),
    ("special_categories", "benign", "email",
        "Please change my delivery days to Monday, Wednesday and Saturday from the 1st."),
    ("special_categories", "benign", "email",
        "Our residents' association would like to book the noticeboard for the tree planting day on the "
        "green. 9am Saturday, bring gloves."),
    ("special_categories", "benign", "review",
        "Review, 3 stars: Decent coverage but too many pop-up ads on the site. || Reply from the Moorfield "
        "Chronicle: Thanks, we've cut the number of pop-ups on article pages this month."),
    ("special_categories", "benign", "chat",
        "What time does the e-paper go live each morning? It used to be 5am."),
    ("special_categories", "benign", "email",
        "The Fleece quiz team would like to challenge the Chronicle newsroom to a quiz night. Fancy it?"),
    ("special_categories", "benign", "email",
        "Do you still sell the framed prints of the old market hall photo? It'd make a great retirement "
        "present for a colleague."),
    # ---- financial_hardship
    ("financial_hardship", "sensitive", "email",
        "Hi, can I pause my subscription for a couple of months? I lost my job at the depot in January and "
        "money's really tight until I find something. I'd like to keep the account open if possible. Thanks, "
        "Lee Sharrock"),
    ("financial_hardship", "sensitive", "chat",
        "Since they let me go from Kelso's in March I've been watching every penny. Is there anything cheaper "
        "than the seven-day print? Maybe just the weekend, or digital only?"),
    ("financial_hardship", "sensitive", "email",
        "I've had a letter from Castlegate Recoveries saying I owe the Chronicle £46. I didn't know I was "
        "behind. I'm already on a debt management plan with Bridgewell Debt Advice and can only pay a few "
        "pounds a month. Who do I talk to?"),
    ("financial_hardship", "sensitive", "email",
        "Please stop the paper from Friday. We're being evicted and we don't know where we'll be yet. I'll "
        "get back in touch when we're settled. 14 Linnet Way."),
    ("financial_hardship", "sensitive", "web_form",
        "Do you do a concession rate for people on Universal Credit? I've been on it since my hours were cut "
        "at the care home and the paper's the one thing I look forward to."),
    ("financial_hardship", "sensitive", "email",
        "I have been declared bankrupt and the Official Receiver has told me to cancel all non-essential "
        "direct debits. Please cancel my subscription (account 50277) with immediate effect."),
    ("financial_hardship", "sensitive", "call",
        "[transcript] Caller: I need an ad in tomorrow for my wife's car, a 2017 Corsa. || Agent: The "
        "deadline for tomorrow's passed, I'm afraid, the next is Thursday. || Caller: Can you not squeeze it "
        "in? We're three months behind on the mortgage and I need it sold this week."),
    ("financial_hardship", "sensitive", "agent_note",
        "Agent note: Customer asked to split arrears of £38.40 into four monthly payments. Says her only "
        "income is PIP and ESA and she can't find it in one go. Payment plan agreed, no late fee applied."),
    ("financial_hardship", "sensitive", "email",
        "Hi, I can't keep the Saturday paper going, it's that or the gas. I'm using the food bank on "
        "Thursdays now. Can I just have the Wednesday one with the jobs in?"),
    ("financial_hardship", "sensitive", "chat",
        "Customer: Why was my direct debit taken twice this month? || Agent: I'm sorry, a batch was run twice "
        "on the 1st. I can see both payments. || Customer: That's put me overdrawn and I'm at the end of my "
        "credit card as it is. Can you refund it today? I can't wait five working days. || Agent: I've "
        "requested a same-day refund and added a note to waive any fees."),
    ("financial_hardship", "sensitive", "email",
        "Respected Sir, my business has suffered heavy losses this year and I am unable to clear the dues for "
        "the classified ads of last quarter. Kindly grant me time till end of next month. I will clear in "
        "full. Regards, R. Srinivasan, Sri Balaji Tailors"),
    ("financial_hardship", "sensitive", "email",
        "Please I am begging you, do not disconnect my e-paper. Our salary has not been paid for three months "
        "at my place of work. I will pay everything once they pay us. Thank you and God bless."),
    ("financial_hardship", "sensitive", "dm",
        "Hi, can I ask for an extension on my payment po? My husband was laid off from the ship last month "
        "and we are budgeting very tight. I can pay half now and half on the 30th."),
    ("financial_hardship", "sensitive", "sms",
        "cant pay the paper bill this wk sorry, landlord put rent up again and im short. will pay next fri i "
        "promise"),
    ("financial_hardship", "sensitive", "voicemail",
        "Voicemail: Hi, it's Lorraine at 16 Cairn Road. The bailiffs have been round this morning about the "
        "council tax and I'm trying to work out everyone I owe. Can someone ring me with what's outstanding "
        "on the paper? Thanks."),
    ("financial_hardship", "sensitive", "web_form",
        "Letter for Your Say: I am 63 and have been out of work for fourteen months. The jobcentre keeps "
        "sending me on CV courses when what I need is someone to take a chance on a man my age. Print my "
        "name, Alan Furness, Greenside."),
    ("financial_hardship", "sensitive", "web_form",
        "Why was my comment removed? I only said that I'm one of the families at Greenside Court facing "
        "eviction because the landlord's selling up, and that the council hasn't offered us anything."),
    ("financial_hardship", "sensitive", "email",
        "Can I put a free notice on the noticeboard offering odd jobs, gardening, painting, that sort of "
        "thing? I've been out of work since the foundry shut and anything helps. Mick, 07700 900126."),
    ("financial_hardship", "sensitive", "email",
        "My dad's the account holder, he's 80 and he's got himself into a right mess with payday loans. "
        "Please stop charging his card and send any bills to me instead. I've got his permission, he's next "
        "to me."),
    ("financial_hardship", "sensitive", "chat",
        "Customer: Please cancel my subscription today. || Agent: Done, Mr Whitlow. As we discussed, we've "
        "written off the outstanding £22.60 because of your IVA, so you won't hear from us about it again. || "
        "Customer: Appreciate it."),
    ("financial_hardship", "sensitive", "email",
        "Hi there, I'm battling to pay for the digital sub since my retrenchment in February. Is there a "
        "pensioner or student price I could qualify for? I'm 61. Thanks, Pieter"),
    ("financial_hardship", "sensitive", "email",
        "Can't renew this year mate, been on the dole since the mine shut down and it's bread and milk first. "
        "Will be back when I'm working again."),
    ("financial_hardship", "sensitive", "chat",
        "Hi, my company retrench me last month. Can I cancel the annual plan and get pro-rated refund? Need "
        "to save every dollar now."),
    ("financial_hardship", "sensitive", "email",
        "Hello, I cannot pay the bill of this month because my work is finished and I wait for the money of "
        "the unemployment. Please do not cut the newspaper, I will pay when I receive it."),
    ("financial_hardship", "sensitive", "web_form",
        "Free ads submission: Samsung 50 inch TV, oak dining set with 4 chairs, £150 the lot, collection "
        "only. Need them gone this week, we need the money for the electric before they cut us off."),
    ("financial_hardship", "sensitive", "call",
        "[transcript] Caller: My neighbour's asked me to ring for her, Mrs Dobbs at 22. She hasn't paid you "
        "since April. || Agent: Yes, I can see arrears on that account. || Caller: She's not ignoring you, "
        "she's just drowning. Her gas has been cut off. Is there anything you can do? || Agent: I can freeze "
        "the balance and keep the paper going while she gets advice."),
    ("financial_hardship", "sensitive", "email",
        "Why have you passed my account to a debt collector over £12? I told your team twice on the phone "
        "that I'm between jobs and would pay when I could."),
    ("financial_hardship", "sensitive", "chat",
        "Customer: hi is the community noticeboard free to post on? || Agent: Yes, non-commercial notices are "
        "free. || Customer: great. want to start a school uniform swap, since the redundancy we can't afford "
        "new stuff for ours and reckon other families are the same."),
    ("financial_hardship", "sensitive", "email",
        "Change of address please: from 8 Linnet Way to the council's emergency B&B on Dock Street, room 14. "
        "Lost the flat. Keep it to Saturdays only, I'll pay at the shop."),
    ("financial_hardship", "sensitive", "sms",
        "howya, any chance ye could hold off taking the payment till the 28th? the social welfare doesnt land "
        "till then. thanks a mil"),
    ("financial_hardship", "benign", "email",
        "Sorry, I missed this month's direct debit because I changed banks and forgot to update it. Can I pay "
        "by card now so the paper doesn't stop?"),
    ("financial_hardship", "benign", "chat",
        "The code SAVE50 for half price digital isn't working at checkout. It says invalid."),
    ("financial_hardship", "benign", "email",
        "Moorfield Credit Union would like to advertise our Christmas savings club. Could we get prices for a "
        "quarter page in November and December?"),
    ("financial_hardship", "benign", "web_form",
        "Noticeboard listing: Bridgewell Debt Advice free drop-in sessions, every Tuesday 10am to 1pm, "
        "Moorfield Library. No appointment needed. Confidential."),
    ("financial_hardship", "benign", "email",
        "Your article on the council's budget deficit says £4.2 million, but the council papers say £2.4 "
        "million. Think the digits got swapped."),
    ("financial_hardship", "benign", "email",
        "I'd go bankrupt buying all your Sunday supplements. Can I just get the Saturday magazine on its own "
        "by post?"),
    ("financial_hardship", "benign", "email",
        "Is there a pensioner discount on the seven-day print subscription? My neighbour says she pays less "
        "than me."),
    ("financial_hardship", "benign", "email",
        "Could you send VAT invoices for all our classified ads from April to June? Our accountant needs them "
        "for the return. Tanner Print Ltd."),
    ("financial_hardship", "benign", "email",
        "We're a recruitment agency and want to place weekly job vacancy ads, print and online, for twelve "
        "weeks. Do you offer a volume rate?"),
    ("financial_hardship", "benign", "email",
        "The paper went up from £1.20 to £1.40 and I didn't see any notice. When was this announced?"),
    ("financial_hardship", "benign", "email",
        "Your money columnist said the ISA allowance is £15,000. Isn't it £20,000? Might want a correction."),
    ("financial_hardship", "benign", "email",
        "I won the prize crossword three weeks ago and the £50 voucher still hasn't arrived. Name on the "
        "entry was B. Holroyd, Fold Lane."),
    ("financial_hardship", "benign", "web_form",
        "What's On: Car boot sale, Heyside School field, Sunday 8am. Sellers £10 a pitch, buyers free. All "
        "proceeds to the scout hut roof fund."),
    ("financial_hardship", "benign", "email",
        "Is the free ads section really free for items under £50? The form asked for card details."),
    ("financial_hardship", "benign", "email",
        "I'd like to buy a six-month gift subscription to the print edition for my brother-in-law in Whitby. "
        "Can it start on his birthday, 2 August?"),
    ("financial_hardship", "benign", "email",
        "I subscribe from Canada and my card was charged in pounds with a foreign transaction fee. Can I pay "
        "in dollars?"),
    ("financial_hardship", "benign", "email",
        "I forgot to cancel before the annual auto-renew and only noticed today, three days later. Can I "
        "still get a refund?"),
    ("financial_hardship", "benign", "web_form",
        "What's On: Monopoly tournament at the Library, Saturday 2pm. Bring your own top hat. Free, all ages."),
    ("financial_hardship", "benign", "email",
        "Noticeboard: photographic exhibition 'Mill Town Lives: Work and Want 1850 to 1950' at the Heritage "
        "Centre until 30 June. Free entry."),
    ("financial_hardship", "benign", "web_form",
        "Moorfield Food Bank is asking for tinned goods, pasta and toiletries ahead of winter. Can we put up "
        "a free notice? Collection points at the Co-op and St Luke's hall."),
    ("financial_hardship", "benign", "email",
        "Tanner Print Ltd is changing its registered name to Tanner Creative Ltd from 1 July. Please update "
        "our billing details."),
    ("financial_hardship", "benign", "review",
        "Review, 5 stars: Loved the cost-of-living supplement, the batch cooking tips were brilliant. More of "
        "that please. || Reply from the Moorfield Chronicle: Thank you! A second one is planned for January."),
    ("financial_hardship", "benign", "email",
        "Can you change my delivery from 6 Beck Terrace to 6 Beck Mews? I've moved two doors along, ha."),
    ("financial_hardship", "benign", "chat",
        "Customer: I paid my paper bill late, sorry, it was sitting in my banking app and I forgot to press "
        "send. || Agent: No problem, it's come through and there's no late fee. || Customer: Phew."),
    ("financial_hardship", "benign", "email",
        "Could I have an itemised statement of my classified ads this year? I'm doing my self-assessment tax "
        "return."),
    ("financial_hardship", "benign", "sms",
        "paper torn in half this morning, think the letterbox ate it. any chance of a replacement?"),
    ("financial_hardship", "benign", "email",
        "We own the Three Crowns and want to advertise our quiz night, £1 a head, winner takes the pot. How "
        "much for a small box in What's On?"),
    ("financial_hardship", "benign", "chat",
        "Hi, does the digital subscription include the archive? I want to look up old election results for a "
        "local history project."),
    ("financial_hardship", "benign", "email",
        "The sports results page had Moorfield Town losing 3-1, they actually won 3-1. My whole street is "
        "very upset, ha."),
    ("financial_hardship", "benign", "voicemail",
        "Voicemail: Hi, it's Jean Briggs, just ringing to say the new delivery driver is lovely and always on "
        "time. Wanted someone to know. Bye now."),
    # ---- violence_self_harm
    ("violence_self_harm", "sensitive", "email",
        "A commenter called 'MoorWatcher' replies to everything I post with my road name and says he knows "
        "what time I walk the dog. Last night he said I should 'watch my back on the canal path'. I'm "
        "frightened to go out. Please remove his comments and ban him."),
    ("violence_self_harm", "sensitive", "agent_note",
        "Agent note: Caller asked for her surname and the town to be removed from the online birth "
        "announcement. Said her ex-partner was violent and she's been rehoused through a refuge; worried "
        "he'll trace her from it. Escalated to duty editor, online version amended same day, print cannot be "
        "recalled."),
    ("violence_self_harm", "sensitive", "chat",
        "Customer: cancel my subscription || Agent: Sorry to see you go. Can I ask why? || Customer: won't "
        "need it. don't think i'll be around much longer to be honest || Agent: I'm really sorry you're "
        "feeling like this. Are you safe right now? If you're in danger please ring 999, or a crisis line any "
        "time day or night. I'll leave your account open and nothing will be charged. || Customer: thanks. "
        "sorry."),
    ("violence_self_harm", "sensitive", "email",
        "Someone has posted on your community noticeboard that my son's shop on Dale Street 'will burn' if he "
        "keeps opening on Sundays. That's a threat, not a notice. Please take it down today and keep the "
        "poster's details, he's reporting it."),
    ("violence_self_harm", "sensitive", "email",
        "My letter about the bypass went in last week with my name and village. Since then I've had notes "
        "through the door calling me a traitor, and someone has scratched the car twice. Can you please take "
        "my name off the online version?"),
    ("violence_self_harm", "sensitive", "email",
        "Please change the name on the account from Mr R. Ashdown to just me, Helen Ashdown. He's not living "
        "here any more after what he did to me and there's an order keeping him away, so please don't send "
        "anything with his name on it to this address."),
    ("violence_self_harm", "sensitive", "voicemail",
        "Voicemail: Hiya, it's Jade. I posted something under the article about the viaduct last night, about "
        "wanting to jump off it. Can you delete it please? I was in a really bad way. I'm OK now, I'm at my "
        "sister's. Sorry."),
    ("violence_self_harm", "sensitive", "email",
        "I'm the office manager at Finch & Lowe. One of our staff has been getting nasty comments on your "
        "site under every story she's quoted in, calling her a slag and saying she'll 'get what's coming to "
        "her'. She's too upset to contact you herself. Can you look at the account doing it?"),
    ("violence_self_harm", "sensitive", "call",
        "[transcript] Caller: It's about my neighbour's paper, old Mr Pritchard at number 6. || Agent: Go "
        "ahead. || Caller: His grandson's been taking his bank card and he's frightened of him, I've seen "
        "bruises on his arms. I'm paying for the paper in cash at the shop for now. Can the card be taken off "
        "his account so the lad can't use it? || Agent: I can remove the stored card today. Have you been "
        "able to tell anyone about the bruises? || Caller: Adult social care, yesterday."),
    ("violence_self_harm", "sensitive", "email",
        "Respected team, one user is continuously posting abusive comments against my wife in your website "
        "comment section, including threatening to throw acid on her face. Kindly block him immediately and "
        "preserve the details, we are approaching police. Regards, Manish Bhatt"),
    ("violence_self_harm", "sensitive", "sms",
        "Good day. Please remove my phone number from the generator ad I placed. A man has been calling me "
        "since morning saying he will deal with me and that he knows where I stay. I am scared to go out"),
    ("violence_self_harm", "sensitive", "chat",
        "Customer: can you hold the paper for a few weeks, im staying somewhere safe for a bit || Agent: Of "
        "course. Paused, or sent somewhere else? || Customer: paused. and please dont ring the house number, "
        "he answers it. email only || Agent: Understood. I've paused deliveries and set the account to email "
        "contact only."),
    ("violence_self_harm", "sensitive", "email",
        "I'd like to withdraw my letter about conditions at the council depot. My supervisor saw it and since "
        "then he's been shoving me about in the yard and telling the others I'm a grass. It's not worth it. "
        "Please don't run it."),
    ("violence_self_harm", "sensitive", "dm",
        "Mate, some bloke in the comments under the footy report reckons he's going to 'sort me out' after "
        "Saturday's game and he's posted my ute rego and where I park. Can youse pull it down and ban him?"),
    ("violence_self_harm", "sensitive", "email",
        "Hi, I placed my wedding announcement last week and now my ex keeps messaging me saying he will come "
        "to the church on the day and hurt my fiancé. Please remove the date and venue from the online "
        "version, I'm begging you."),
    ("violence_self_harm", "sensitive", "web_form",
        "Letter for Your Say: Since they stopped the 42 bus I've been stuck in this flat for weeks. Some days "
        "I've thought everyone would be better off without me. The council needs to understand what these "
        "cuts do to people. You can print that bit, I want them to read it. Name: Kenneth Barlow, Heyside."),
    ("violence_self_harm", "sensitive", "chat",
        "Customer: Please remove my last three comments on the rugby club story. || Agent: All three are "
        "removed. I've also reported the account that sent you those threats about your daughter to our "
        "safety team, and saved the screenshots in case the police ask for them."),
    ("violence_self_harm", "sensitive", "email",
        "Hi, the online version of my father's letter shows his full name and which block he lives in. Now "
        "got one fellow keep coming and banging on his door at night shouting at him. Can remove the block "
        "number asap? He is 78, very frightened."),
    ("violence_self_harm", "sensitive", "web_form",
        "Someone keeps posting photos of me at the bus stop on the Lost & Found board with captions like "
        "'found this one again'. Three times in a fortnight. It's not lost property, it's me. He knows my "
        "route. Please stop approving his posts."),
    ("violence_self_harm", "sensitive", "email",
        "Good day. The man in comments write that he will cut my throat when he see me in the market, because "
        "of my opinion of the football club. Now I am afraid to go to work at my stall. Please you delete it "
        "and give me his name for police."),
    ("violence_self_harm", "benign", "email",
        "The Killer Sudoku in Saturday's paper had no solution printed on Monday. Where can I find it?"),
    ("violence_self_harm", "benign", "email",
        "Hi, we're Moorfield Kickboxing Academy. We want to advertise our new adult self-defence classes on "
        "the noticeboard. Do you charge community clubs for listings?"),
    ("violence_self_harm", "benign", "web_form",
        "What's your policy on swearing in comments? Asking before I set up an account so I know the rules."),
    ("violence_self_harm", "benign", "chat",
        "Your comment filter blocked my comment because it had the word 'shooting' in it. I was talking about "
        "the clay shooting club's league results! Can someone approve it?"),
    ("violence_self_harm", "benign", "web_form",
        "What's On listing: Moorfield Library True Crime Book Club, first Thursday of the month, 7pm. This "
        "month we're discussing a Victorian poisoning case from the 1860s. Free, biscuits provided."),
    ("violence_self_harm", "benign", "email",
        "Another price rise? This is daylight robbery and frankly it's killing me. Do you do any loyalty "
        "discount for people who've subscribed for twenty years?"),
    ("violence_self_harm", "benign", "agent_note",
        "Agent note: Reader complained the headline 'Parking charges an assault on shoppers' was "
        "sensationalist. Logged as editorial feedback and passed to the news editor. No further action "
        "requested."),
    ("violence_self_harm", "benign", "email",
        "Our am-dram society is doing 'Murder at the Vicarage' in April at the Civic. Could we get a What's "
        "On listing and maybe a photo call with your photographer?"),
    ("violence_self_harm", "benign", "web_form",
        "Results for the sports page: Moorfield ABC boxing club had four wins from five bouts at the Northern "
        "Novice Championships on Saturday. Club contact Dean Whitter, 07700 900561."),
    ("violence_self_harm", "benign", "email",
        "Bonfire and fireworks display at the cricket club, 5 November, gates 6pm. Can we get a noticeboard "
        "slot? We're billing it as 'an explosive night for all the family'."),
    ("violence_self_harm", "benign", "email",
        "Can you resend my invoice for classified ad ref CL-20931? Our accounts team can't find it."),
    ("violence_self_harm", "benign", "chat",
        "The e-paper hasn't updated today, it's still showing yesterday's edition. Anyone else?"),
    ("violence_self_harm", "benign", "email",
        "How much for a 30 word ad in the motors section, running two weeks? Selling a 2014 Fiesta."),
    ("violence_self_harm", "benign", "sms",
        "hi can i pay my paper bill by bank transfer instead of cash at the shop? whats the sort code"),
    ("violence_self_harm", "benign", "web_form",
        "Can you stop approving the spam comments about crypto trading under every article? Surely your "
        "moderators can see it's bots."),
    ("violence_self_harm", "benign", "review",
        "Review, 5 stars: The Saturday sudoku is absolute murder this week, loved every minute. Any chance of "
        "a fiendish one every weekend? || Reply from the Moorfield Chronicle: Glad you enjoyed the pain! "
        "We'll pass that on to our puzzles editor."),
    ("violence_self_harm", "benign", "email",
        "Your theatre reviewer called the Playhouse's 'Duchess of Malfi' 'oddly bloodless'. I saw it twice "
        "and couldn't disagree more. Can I send a letter in reply, and what's the word limit?"),
    ("violence_self_harm", "benign", "email",
        "Policy question: do you accept classified ads for air rifles or antique swords? I collect militaria "
        "and want to sell a couple of pieces legally."),
    ("violence_self_harm", "benign", "dm",
        "Paintball Zone Moorfield here, we'd like to run our summer stag and hen party offer in the What's On "
        "section. Who do I speak to?"),
    ("violence_self_harm", "benign", "call",
        "[transcript] Caller: Hi, I've been charged for the Sunday paper but I only get Monday to Saturday. "
        "|| Agent: Let me look... yes, that's our mistake. I've refunded £4.40 to your card. || Caller: "
        "Lovely, thanks."),
    # ---- legal
    ("legal", "sensitive", "email",
        "Dear Editor, my solicitors, Pryce Holt LLP, have advised me to ask that you preserve all comments "
        "and account details under your article of 14 March about the Greenside development. I am bringing a "
        "defamation claim against the user 'TruthTeller22' and the court may order disclosure."),
    ("legal", "sensitive", "email",
        "Your court report from Tuesday names me and says I was charged with two offences. It doesn't say I "
        "was found not guilty on the second one. That's a big difference for my job. Please correct the "
        "online story. Gary Lomax"),
    ("legal", "sensitive", "email",
        "Can you pause deliveries from 2 June for a fortnight? My husband's sentencing hearing is that week "
        "and I'm going to stay with my sister afterwards, whichever way it goes. Account 88120, Mrs L. Dunne."),
    ("legal", "sensitive", "chat",
        "Customer: I need the paper going to my mum's for about eight months, she'll pay for it. || Agent: No "
        "problem, Mr Dale. I've set up the redirect to Mrs Dale at 3 Fenton Walk from Monday. When you're "
        "released just let us know and we'll switch it back to yours. || Customer: cheers, will do."),
    ("legal", "sensitive", "web_form",
        "I want to put a classified ad in for my window cleaning round. Do I have to mention I've got a "
        "conviction? It's spent now but last time a customer found my name in an old court story of yours and "
        "cancelled on me."),
    ("legal", "sensitive", "email",
        "Please do not publish my sister's marriage announcement online with the venue in it. Her ex is under "
        "a restraining order and isn't supposed to know where she lives or works, and the venue is two "
        "streets from her flat. Print only is fine."),
    ("legal", "sensitive", "call",
        "[transcript] Caller: You've put my son's name in the 'arrested' roundup online. He's 24. He was "
        "released without charge on Friday. || Agent: I'm sorry, I'll pass this to the news desk now. Do you "
        "have anything in writing from the police? || Caller: He's got the letter saying no further action. "
        "|| Agent: If you email that over we'll update the story today."),
    ("legal", "sensitive", "email",
        "I've reported my bike stolen to the police (crime ref 41/22716/24) and I want to put a reward ad in "
        "the classifieds. Can I include the crime reference number so people know it's genuine?"),
    ("legal", "sensitive", "email",
        "Could I withdraw my letter about Harlow's Bakery please? My employment tribunal against them is "
        "still going and my lawyer says I shouldn't comment publicly until the hearing in November. Sorry for "
        "the trouble."),
    ("legal", "sensitive", "email",
        "Dear team, my brother-in-law's name and photo appeared in your online article regarding the "
        "investment fraud case. The matter is sub judice and he is out on bail. Kindly remove the photo at "
        "least till the verdict. Regards, Anand Menon"),
    ("legal", "sensitive", "agent_note",
        "Agent note: Customer disputes two classified payments from March. Says her former business partner "
        "used the company card after they split and she is now suing him; the card charges form part of her "
        "claim. Advised we can't refund until the bank chargeback is settled."),
    ("legal", "sensitive", "sms",
        "can i change delivery to sats only pls, got to sign in at probation tues n thurs mornings so never "
        "in to take it in, paper gets nicked off the step"),
    ("legal", "sensitive", "email",
        "Good morning. My landlord has taken me to court over the shop lease and the hearing is next month. "
        "Please hold my weekly display ad for Ify's Fabrics until the matter is resolved. I will contact you "
        "after. Thank you."),
    ("legal", "sensitive", "email",
        "Would ye ever take down the comment under the Ballyhale pub story? The fella who wrote it is my "
        "cousin and he's up in court over that row, his solicitor says nothing at all should be said online "
        "before the case."),
    ("legal", "sensitive", "chat",
        "Customer: Can you confirm what dates my car ad ran in March? || Agent: It ran 4th to 18th March, ref "
        "CL-39120. Do you need it in writing? || Customer: Yes please. The buyer paid with a cheque that "
        "bounced and I'm taking him to the small claims court."),
    ("legal", "benign", "email",
        "Hartley & Quin Solicitors would like to book a half-page advert for our Free Wills Week in "
        "September. Could you send dates and prices for print and online?"),
    ("legal", "benign", "email",
        "We need to place a statutory public notice for a premises licence variation at the Red Lion, High "
        "Street. What's your deadline for the Thursday edition and the cost per column centimetre?"),
    ("legal", "benign", "web_form",
        "Under GDPR, what is your legal basis for sending me marketing emails? I don't remember ticking a "
        "box. Please also tell me how to unsubscribe."),
    ("legal", "benign", "email",
        "Why doesn't the Chronicle cover the magistrates' court any more? It used to be the first thing I "
        "read every week."),
    ("legal", "benign", "email",
        "Hello, can I reuse one of your carnival photos in our parish magazine? Happy to credit the "
        "Chronicle. Which photographer should I ask?"),
    ("legal", "benign", "web_form",
        "What's On listing: Moorfield Law Society students' moot court final, Town Hall council chamber, "
        "Friday 7pm. Free and open to the public."),
    ("legal", "benign", "chat",
        "I'd like to lodge a formal complaint. This week's crossword is criminal. 9 down makes no sense "
        "whatsoever."),
    ("legal", "benign", "email",
        "The jury's still out on the new layout, to be honest. Font's lovely but why is the TV guide now at "
        "the back?"),
    ("legal", "benign", "email",
        "Please cancel my Saturday-only subscription from the end of this month. Account 61937."),
    ("legal", "benign", "chat",
        "When I try to register online it says 'email already in use' but I've never made an account. Can you "
        "help?"),
    ("legal", "benign", "email",
        "Can I order a back copy of the 12 May edition posted to me? Happy to pay postage."),
    ("legal", "benign", "email",
        "Is the photo sales page down? I want to buy a print of the bonfire photos and the link goes nowhere."),
    ("legal", "benign", "email",
        "Hi, the Moorfield Neighbourhood Policing Team would like to list our monthly 'Cuppa with a Copper' "
        "drop-in on the noticeboard. First Monday, 10 to 12, at the library. Free to list?"),
    ("legal", "benign", "email",
        "Do you cover probate and deceased estates notices in the Legal Notices column, and what's the rate "
        "for a standard Trustee Act notice? We're a firm of solicitors setting up a supplier account."),
    ("legal", "benign", "review",
        "Review, 4 stars: Great court drama serial in the weekend magazine, really hooked. Please don't end "
        "it too soon. || Reply from the Moorfield Chronicle: Thank you! There are six more episodes to come."),
    # ---- bereavement
    ("bereavement", "sensitive", "web_form",
        "Family notice, Deaths: PENROSE, Harold James. Passed away peacefully at Larch House on 3rd May, aged "
        "87. Beloved husband of the late Joan, dad to Peter and Carol. Funeral at Moorfield Crematorium, 21st "
        "May, 11am. Placed by Carol Whitby."),
    ("bereavement", "sensitive", "sms",
        "pls cancel the paper for 7 Holm Lane from tomorrow. mums gone and were clearing the house this week. "
        "thanks"),
    ("bereavement", "sensitive", "agent_note",
        "Agent note: Caller asked to change account holder to Mrs E. Tranter; her husband, the previous "
        "holder, died last month. Waived the admin fee, kept same delivery days, sent condolence card."),
    ("bereavement", "sensitive", "email",
        "Dear Sir or Madam, I am the executor of the estate of the late Mr Colin Ashby, 12 Crane Street. "
        "Please close his subscription and refund any unused balance to the estate account. I can send a copy "
        "of the death certificate if required."),
    ("bereavement", "sensitive", "chat",
        "Customer: I placed a notice for my brother on Thursday and the surname's spelt wrong, it's Kearsley "
        "not Kearsely. || Agent: I'm so sorry, we'll correct it online now and rerun it in print free on "
        "Saturday. || Customer: Thanks. The funeral's Monday, I just wanted it right for him."),
    ("bereavement", "sensitive", "email",
        "Ye printed the Mass for Dad's removal at 10 o'clock but it's at 11 in St Brendan's. The whole family "
        "is getting calls asking which it is. Can ye fix it online today and in Friday's paper? Thanks, "
        "Siobhán"),
    ("bereavement", "sensitive", "email",
        "Could you please stop the Baby Club emails? We lost our little boy at 22 weeks in March and they "
        "still come every Monday telling me what size he'd be."),
    ("bereavement", "sensitive", "email",
        "Sir, my grandmother expired last week. Kindly stop the e-paper auto renewal on her card and refund "
        "the last deduction as it was taken two days after her passing. Thanks and regards, Deepak"),
    ("bereavement", "sensitive", "email",
        "Good morning. Please I want to place an obituary and a thank-you notice for my late father, Chief "
        "Emmanuel Adewale Ogunbiyi, who was called to glory on the 9th. The service of songs is at the Parish "
        "Hall. Kindly send me the price for half page with photo."),
    ("bereavement", "sensitive", "voicemail",
        "Voicemail: Hi, it's Dawn Meade. The In Memoriam for my son, it's a year on the 14th. I've emailed "
        "the wording over but I haven't heard back. Can you just confirm it's going in? Thank you, love."),
    ("bereavement", "sensitive", "call",
        "[transcript] Caller: My wife always dealt with the paper bill, I haven't a clue. She's not with us "
        "since Christmas. || Agent: I'm very sorry. Let me have a look... there's £14.20 to settle and it's "
        "on her card. Shall I move it into your name? || Caller: Please. I didn't know what else was in her "
        "name."),
    ("bereavement", "sensitive", "web_form",
        "Please remove the comments under the crash story on the Moor Road. That was my sister. People are "
        "arguing about speed cameras over her and someone said she must have been on her phone. Our family "
        "are reading it."),
    ("bereavement", "sensitive", "email",
        "My partner Sam took the Chronicle for thirty years. Since the funeral I can't face it coming through "
        "the door every morning. Please stop it. I might come back to it one day."),
    ("bereavement", "sensitive", "chat",
        "Hello, my father passed on last month. How to transfer his digital subscription to my email so my "
        "mum can continue reading on her iPad? She does not have her own email."),
    ("bereavement", "sensitive", "email",
        "Hi there, I placed the notice for my gran's funeral and you've put St Mary's but it's St Mark's "
        "Anglican on Kloof Road. People will go to the wrong church. Please fix asap. Thanks, Lindiwe"),
    ("bereavement", "benign", "email",
        "Ellery & Sons Funeral Directors here. We'd like to set up a monthly invoice account for the family "
        "notices we place on behalf of clients, rather than paying each one by card. Who do I speak to?"),
    ("bereavement", "benign", "email",
        "I'm putting together a guide to local services for our U3A group. How much does a standard death "
        "notice cost, and is there a word limit?"),
    ("bereavement", "benign", "web_form",
        "Since you dropped the TV guide the print edition is dead to me. Bring it back!"),
    ("bereavement", "benign", "email",
        "What's the deadline for classifieds in the Friday edition? Wednesday noon or Wednesday 5pm?"),
    ("bereavement", "benign", "email",
        "For your 'Gone But Not Forgotten' nostalgia page, I've got some photos of the old Regal cinema in "
        "the 1960s. Where do I send them?"),
    ("bereavement", "benign", "web_form",
        "What's On: Moorfield Ghost Walk, every Friday in October, 8pm from the Market Cross. Hear the town's "
        "spookiest tales. £8 adults. Booking essential."),
    ("bereavement", "benign", "sms",
        "take my lost cat ad down pls, sadly she was found on the bypass, didnt make it. ref LF-3340"),
    ("bereavement", "benign", "email",
        "Your 'On This Day' column said the Heyside mill fire was in 1911 with fourteen dead. It was 1912, my "
        "local history society has the inquest records."),
    ("bereavement", "benign", "email",
        "Can I switch from quarterly to monthly direct debit for my digital sub?"),
    ("bereavement", "benign", "sms",
        "paper late again all week, after 9 is no use to me, i leave at 8"),
    ("bereavement", "benign", "email",
        "Please add my business to the trades directory: Burrows Plumbing & Heating, Gas Safe registered, "
        "07700 900718."),
    ("bereavement", "benign", "chat",
        "The forgot password link isn't arriving. I've checked spam. Email is on file as "
        "k.winter@example.co.uk."),
    ("bereavement", "benign", "email",
        "The Moorside Hotel would like to advertise our function room for wakes and celebrations of life. "
        "Could we run a small box ad in the family notices section each week?"),
    ("bereavement", "benign", "chat",
        "Saturday's prize crossword: 'Dead heat' for 12 across? The letter count doesn't work for me."),
    ("bereavement", "benign", "email",
        "The reader offer code for 'Death in the Dales', the new crime novel, isn't working at checkout. Is "
        "it still valid?"),
]


def moor_examples() -> list[dict]:
    """The moor split as labelled tickets (same shape as ``sensitive_eval.build_eval_set``'s)."""
    return stranger_examples("moor", ENTRIES, SUBJECTS)
