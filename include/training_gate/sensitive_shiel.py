"""shiel split: written by a helper who had not seen the detection rules, the anchors or any other split.
Setting: Lanterns Trust, a charity's supporter-care team (regular giving and Gift Aid, sponsored runs and events,
volunteering shifts and DBS checks, charity shops, legacies and in-memory giving, raffles, newsletters);
registers are email, chat, sms, call, note, form, review, voicemail, dm.
The benign half borrows the same words harmlessly: faith groups, union branches and schools acting as organisations,
general policy questions, event and product names, idioms, routine payment and mailing trouble.
70 sensitive and 70 benign tickets for special categories, 50 and 50 for children, 20 and 20 for financial hardship,
15 and 15 for health, legal, bereavement and violence and self-harm.
First reading (policy 2026.11.24.7, after it was final; `sensitive_eval.evaluate`, as `make eval-sensitive`):
93.0 / 3.0 recall / false exclusion in % as shipped, 93.5 / 9.0 without the overruling,
91.0 / 8.0 by the rules alone. Held out: never tuned or trained on."""

from __future__ import annotations

from training_gate.sensitive_blind import stranger_examples

SUBJECTS: tuple[str, ...] = (
    "Change to my monthly donation",
    "Gift Aid declaration query",
    "Glowrun 10k entry and sponsorship",
    "Volunteer shift swap at the Tannery Street shop",
    "DBS check for volunteering",
    "Donated goods collection",
    "Summer Lantern Raffle tickets",
    "The Wick newsletter mailing preferences",
    "In-memory giving and tribute pages",
    "Leaving a gift in my will",
    "Fundraising event booking",
    "Update my supporter details",
    "Complaint about the Lowmoor shop",
    "Sponsorship money paid in",
)

ENTRIES: list[tuple[str, str, str, str]] = [
    # ---- health
    ("health", "sensitive", "email",
     "Hello, could you move my £10 a month from the 1st to the 28th please? I've been on Ward 6 at "
     "Brackenby General since they did my hip replacement and the post has been piling up at home, so "
     "I missed your letter about the bank change. Supporter no. LT-448213. Thanks, Gwen Allard || "
     "Agent: Hi Gwen, I've moved your gift to the 28th from next month and hope the recovery is going "
     "well."),
    ("health", "sensitive", "chat",
     "hi, I need to pull out of the Glowrun 10k on the 14th || Agent: Sorry to hear that Rhys, can I "
     "ask if you'd like to defer to next year or transfer the place? || defer pls. turns out the ache "
     "in my shin was a stress fracture, physio says no running till september at the earliest || "
     "Agent: Ouch, I've deferred your place to next year's race and your sponsorship page stays open."),
    ("health", "sensitive", "note",
     "Vol Marian Oduya (Tannery St shop, Tues am) asked to come off the donations sorting room. She "
     "has MS and the flare-ups make lifting the bags hard at the moment. Moved her to till + pricing, "
     "seated. Rota updated, manager Jo informed."),
    ("health", "sensitive", "sms",
     "hiya its Dev, cant do sat shift at the shop sorry, on antibiotics for a kidney infection and gp "
     "says rest. will try swap with Kelly x"),
    ("health", "sensitive", "voicemail",
     "Oh hello, it's Pauline Mercer, about the raffle tickets. I'm so sorry I haven't sent the stubs "
     "and the money back yet, I've been having chemo every other Tuesday and things just slip my mind. "
     "I'll get my neighbour to post them this week. My number's 07700 900318. Bye now."),
    ("health", "sensitive", "form",
     "Event: Glowrun 10k | Entrant: Sophie Leyland | Request: transfer place to another runner | "
     "Reason: I'm 30 weeks pregnant now so the midwife has said no to racing this year. Please "
     "transfer to my sister Laura Leyland, laura.leyland@example.com"),
    ("health", "sensitive", "call",
     "Caller: Is the Lantern Walk route along the canal step-free all the way? || Agent: Most of it "
     "is, there's one bridge with a ramp at Oxley Lock. || Caller: Right, because I'm in a powerchair "
     "since my spinal injury and last year's route had that kissing gate. || Agent: Noted, I'll send "
     "you the accessible route map and flag you to the stewards."),
    ("health", "sensitive", "dm",
     "Hi Lanterns! Love volunteering with you but the new rota has me on Mon/Wed/Fri which are my "
     "dialysis days. Any chance of Tuesdays or Thursdays only? Thanks, Femi"),
    ("health", "sensitive", "email",
     "Dear team, sorry for very late reply. This winter my depression was very bad and I was not "
     "opening any letters for many weeks. Now I am with new medicine and feeling better. Please I want "
     "to continue my donation, the same amount like before. Best regards, Tomasz Wielgosz || Agent: "
     "Dear Tomasz, no need to apologise. Your donation is back on at £8 a month from the 1st. Take "
     "care."),
    ("health", "sensitive", "chat",
     "cant do the bucket collection at the station after all. panic attacks in crowds have got way "
     "worse lately, last one i ended up sat on the floor of the ticket hall || Agent: Thanks for "
     "letting us know, there are lots of ways to help from home, shall I send you the "
     "envelope-stuffing volunteer info? || yes please that would be great"),
    ("health", "sensitive", "note",
     "Supporter Mr Harold Finch rang re The Wick newsletter. Registered partially sighted since "
     "macular degeneration diagnosed last year, can no longer read standard print. Switched him to "
     "large print + audio CD. Also asked for raffle tickets in large print, passed to raffle team."),
    ("health", "sensitive", "review",
     "Five stars for the Fenwick Road shop. My blood sugar crashed while I was queuing (type 1, forgot "
     "my jelly babies like an idiot) and the lady on the till sat me down with orange juice and a "
     "biscuit. Lovely people. || Agent: Thank you so much for this, we'll pass it on to Brenda. Glad "
     "you were OK!"),
    ("health", "sensitive", "form",
     "Volunteer application | Role: Shop assistant, Ashcombe | Any health conditions we should know "
     "about so we can support you: Epilepsy, well controlled on lamotrigine, last seizure 2 years ago. "
     "I don't drive so can't do van runs. | Emergency contact: 07700 900442"),
    ("health", "sensitive", "call",
     "Caller: I need to change where my post goes. || Agent: Of course, what's the new address? || "
     "Caller: For the next six weeks I'm at Rosefield rehab unit after the stroke, so send things to "
     "my daughter Kay at 14 Mill Lane, Pellham. || Agent: Done, and I've paused the newsletter till "
     "you're home."),
    ("health", "sensitive", "email",
     "So I finally got diagnosed with ADHD at 41, which explains the three lapsed direct debits and "
     "the raffle tickets I bought twice. Could you set my gift up on autopilot so I can't mess it up "
     "again? Same bank, new card. Cheers, Ollie Brandreth || Agent: Hi Ollie, done! I've set it as a "
     "direct debit on the 15th so it runs itself, and refunded the duplicate raffle tickets."),
    ("health", "benign", "email",
     "Hi, we've cleared out a stockroom and have three boxed, unopened blood pressure monitors plus "
     "some thermometers. Would the Tannery Street shop take these or are medical items on the no list? "
     "Thanks, Priya (Kestrel Hill Traders) || Agent: Hi Priya, sadly we can't sell electrical medical "
     "devices, but the thermometers are fine if sealed."),
    ("health", "benign", "chat",
     "Quick question about the Glowrun, are there first aiders at the water stations or just at the "
     "finish? || Agent: There are first aid teams at every water station and two at the finish line, "
     "all from Fenmark First Aid. || perfect thanks"),
    ("health", "benign", "sms",
     "This raffle is doing my head in, which numbers did I buy? Ref LT-771902"),
    ("health", "benign", "note",
     "Shop manager at Lowmoor asked if we can sell donated second-hand crutches and walking frames. "
     "Policy is no mobility aids for safety reasons. Advised her to signpost donors to the council "
     "equipment loan store and put up the 'what we can't accept' poster."),
    ("health", "benign", "email",
     "Dear Supporter Care, I'm the community manager at Wellmark Health Insurance. Our staff voted "
     "Lanterns Trust as charity of the year and we'd like to sponsor the water stations at the "
     "Glowrun. Who should I speak to? Regards, Dean Okafor, dean.okafor@example.com || Agent: Dear "
     "Dean, thank you! I've copied in Rosa from our corporate partnerships team who looks after "
     "Glowrun sponsors."),
    ("health", "benign", "review",
     "The Lantern Walk was such a healthy, happy night out. Great route along the canal, the lanterns "
     "looked stunning and the hot chocolate at the end was spot on. Will be back next year."),
    ("health", "benign", "call",
     "Caller: I run the reading group at Millbrook Community Hall. Do you print The Wick in large "
     "print or audio? We'd like some copies for the display rack. || Agent: We do both, how many would "
     "you like? || Caller: Ten large print and two CDs. || Agent: Lovely, they'll go out with the "
     "spring issue."),
    ("health", "benign", "chat",
     "sick of the daily emails tbh lol, can I go down to just the monthly one? || Agent: Absolutely, "
     "I've changed you to monthly updates only. || ta"),
    ("health", "benign", "dm",
     "Your Glowrun 10k training plan PDF link in the last email is broken, goes to a page not found. "
     "Could you fix or send it over?"),
    ("health", "benign", "voicemail",
     "Hi, this is Sanjay from Hartley's Pharmacy on Crane Street. We'd be happy to have one of your "
     "collection tins on the counter next to the prescriptions desk. Give us a ring back on 07700 "
     "900127. Thanks."),
    ("health", "benign", "email",
     "Does the volunteer handbook have a manual handling section? Our shop team want a refresher "
     "before the furniture donations start coming in on Saturdays. If not, is there a course we can "
     "book? Thanks, Carol, Ashcombe shop"),
    ("health", "benign", "form",
     "Enquiry type: Volunteer events | Message: Will the volunteer thank-you barbecue have gluten-free "
     "and vegan options? Just planning numbers for the Pellham shop team, there are nine of us coming."),
    ("health", "benign", "chat",
     "that hill at mile 4 was an absolute killer haha, where do I see my chip time? || Agent: Well "
     "done for conquering it! Results are on the Glowrun results page, search by your bib number. || "
     "found it, 58:12, buzzing"),
    ("health", "benign", "note",
     "Caller asked whether Lanterns Trust funds medical research. Explained we fund befriending, lunch "
     "clubs and community projects, not research. Gave him the annual review link. No further action."),
    ("health", "benign", "form",
     "Donation type: Goods | Items: 2 boxes of new first aid kits (end of line stock) from Oxley "
     "Bridge Outdoor Supplies | Collection needed: Yes, weekday mornings | Contact: stores@example.com"),
    # ---- children
    ("children", "sensitive", "email",
     "Hello, I'd like to enter my daughter Ruby for the family 5k. She is 12 so I understand I need to "
     "sign the parental consent bit, but the online form won't let me put a date of birth after 2010. "
     "Her DOB is 03/09/2012. Thanks, Mark Tennant || Agent: Hi Mark, sorry about that, the form had "
     "the wrong cut-off year. I've entered Ruby manually and sent you the consent form."),
    ("children", "sensitive", "chat",
     "can my son do volunteer shifts at the Wexcombe shop? || Agent: We'd love to have him, how old is "
     "he? || he's 15, needs it for his Bronze Pathfinder award, 1 hr a week for 3 months || Agent: "
     "From 14 we can take young volunteers with a parent's consent form, I'll email it over."),
    ("children", "sensitive", "form",
     "Junior Dash registration | Runner name: Poppy Hale | Date of birth: 14/03/2016 | School: "
     "Larkhill Primary | T-shirt: age 7-8 | Parent/guardian: Joanne Hale, 07700 900561"),
    ("children", "sensitive", "note",
     "Mum (Mrs Adeyemi) rang: her son Alfie, Year 6 at St Bede's, raised £212 on a sponsored silence. "
     "Wants the certificate sent to the school office so it can be presented in assembly. Sent to "
     "school FAO Mr Grant."),
    ("children", "sensitive", "sms",
     "hi, Ellis turns 8 on friday and wants people to donate to Lanterns instead of presents!! can you "
     "help me make a page for him? x Nat"),
    ("children", "sensitive", "voicemail",
     "Hello, it's Dilys Rowe, I'm ringing about my granddaughter Nia, she's ten and she's been "
     "knitting these little lantern keyrings to sell for you. She wondered if the Pellham shop could "
     "have a few on the counter. Could someone call me back? Thank you."),
    ("children", "sensitive", "review",
     "Took my two year old on the Lantern Walk in the buggy and it was perfect, no stiles and the "
     "stewards were so kind. He fell asleep before the end but loved the lanterns. Four stars only "
     "because the loos had a big queue."),
    ("children", "sensitive", "dm",
     "hey, my kid's in year 9 and her school wants them to do volunteering hours. does the Lowmoor "
     "shop take under 16s? she's really into vintage clothes"),
    ("children", "sensitive", "call",
     "Agent: Lanterns Trust, Gemma speaking. || Caller: Hi, I want to start giving every month from my "
     "pocket money. || Agent: That's lovely, can I ask how old you are? || Caller: Thirteen, but I've "
     "got my own bank card. || Agent: For under 16s we need a parent to set it up with you, shall I "
     "email your mum or dad?"),
    ("children", "sensitive", "email",
     "My mum has started a monthly gift in honour of our new daughter Ivy, born on 2 June at 7lb 3oz. "
     "Could the welcome letter be addressed to Ivy Sutcliffe so we can keep it in her baby book? Thank "
     "you, Hannah Sutcliffe"),
    ("children", "sensitive", "note",
     "Parent called re the Toddle on 5 May. Her son Theo (4) goes to Little Acorns nursery and the "
     "nursery is doing it as a group, but he also has his own sponsorship page. She wanted both totals "
     "combined. Linked pages."),
    ("children", "sensitive", "form",
     "Raffle ticket order | Name: Jayden Price | Age: 14 | Tickets: 10 | Agent notes: Declined, raffle "
     "is 16+. Refunded £10 and emailed the purchaser and a parent."),
    ("children", "sensitive", "chat",
     "my son made an account on your website to get the newsletter, he's only 11 so I'd rather he "
     "wasn't on it. can you delete his email? it's ben.kerrigan@example.com || Agent: Of course, I've "
     "removed that account and all its data. || thank you"),
    ("children", "sensitive", "email",
     "Hello, my daughter Amira she is 7 years old, she want to give her toys to your shop because she "
     "is too big for them now. She make a little letter for you. Can we bring on Saturday to Fenwick "
     "Road? Thank you, Layla"),
    ("children", "sensitive", "sms",
     "can we bring the twins to the volunteer xmas social? theyre 3 and will sit in the pram, promise "
     "no chaos"),
    ("children", "sensitive", "note",
     "Gift Aid declaration received for Lucas Brandt, DOB 2012. He's a minor and the donations come "
     "from his savings, so no Gift Aid can be claimed. Declaration set to invalid and letter sent to "
     "parent explaining why."),
    ("children", "sensitive", "call",
     "Caller: My grandson's class, Year 4 at Carrow Vale Primary, are doing a bake sale for you. || "
     "Agent: Wonderful! || Caller: He's called Oscar, he's nine, he'd love a letter from the charity. "
     "|| Agent: I'll send a thank-you letter addressed to Oscar via the school."),
    ("children", "sensitive", "email",
     "Please can you take the photo of my son off page 3 of the online Wick? He's the one in the blue "
     "lantern hat at the Junior Dash. He's 9 and we don't put pictures of him online. Many thanks, "
     "Claire Moffat || Agent: Dear Claire, the photo has been removed from the online edition and our "
     "image library. Apologies for the worry."),
    ("children", "sensitive", "chat",
     "do the junior t-shirts come in age 5-6? it's for harriet's first mini dash and the 7-8 swamps "
     "her || Agent: Yes, 5-6 is available, I'll swap the size on your order. || brill"),
    ("children", "sensitive", "form",
     "Volunteer DBS form | Role: Kids' zone helper, Glowrun family village | Notes: I'll be working "
     "alongside my own daughter who is in Year 3 at Hillside, hope that's ok | Previous DBS: none"),
    ("children", "sensitive", "review",
     "Our eldest (10) did the Junior Dash and hasn't taken the medal off for a week. Registration was "
     "a bit chaotic though. || Agent: Thank you! We're sorry about registration, we're adding a second "
     "desk next year. Tell him congratulations from us!"),
    ("children", "sensitive", "note",
     "Call from Mr Kowalczyk. His daughter Zofia, aged 16, wants to volunteer Saturdays at Tannery St. "
     "Explained 16-17s need parental consent and no till work alone. Form sent to dad's email."),
    ("children", "sensitive", "voicemail",
     "Hi, this is Becky, I'm due to do my shift on Thursday but my little one's nursery has closed for "
     "the week with a burst pipe, so I'll have Maisie with me. She's eighteen months. Can I bring her "
     "or shall I swap? 07700 900204."),
    ("children", "sensitive", "email",
     "We'd like the in-kind donation certificate to go to our son Finley, aged 6. He sold his old Lego "
     "at the school fair and gave every penny to you. Address as usual. Thank you, the Marsh family || "
     "Agent: What a star! The certificate is on its way, addressed to Finley."),
    ("children", "sensitive", "dm",
     "Hi!! My daughter (she's 11) wants to shave her hair for Lanterns, is there a special page for "
     "under 18s or do I set it up? She's called Evie."),
    ("children", "sensitive", "chat",
     "i'm signing my boy up for the junior dash but your system says he's too young, he's 6 in august "
     "|| Agent: The Junior Dash is for ages 6 to 12 on race day, and race day is 30 July. || ah so "
     "he'll still be 5. gutted. is there a toddle for little ones? || Agent: There is, the 1k Toddle "
     "is open to all ages."),
    ("children", "sensitive", "note",
     "Supporter Mrs Ngozi Eze asked that her baby's name be added to the family's joint direct debit "
     "so he 'grows up giving'. Baby is Chidi, born 11 Jan this year. Explained we can't add a minor to "
     "a bank mandate but can add his name to the thank-you letters."),
    ("children", "sensitive", "sms",
     "Hi its Zara. Cant make shop shift today, my son has chickenpox and nursery wont have him. So "
     "sorry!!"),
    ("children", "sensitive", "form",
     "Sponsorship page setup | Fundraiser name: Harry Blake | Fundraiser age: 10 | Page managed by: "
     "parent (Sarah Blake) | Challenge: Swimming 100 lengths at Ashcombe Leisure Centre"),
    ("children", "sensitive", "call",
     "Agent: How can I help today? || Caller: My daughter paid for raffle tickets on my card without "
     "asking, she's only twelve. || Agent: I'm sorry, raffle tickets can only be bought by over 16s so "
     "I'll cancel and refund them now. || Caller: Thank you, she's in big trouble."),
    ("children", "sensitive", "email",
     "Our son Kai has just started Year 1 at Oakwood Infants and his teacher has asked the parents to "
     "help with a Lanterns collection. Could you send some paper lanterns and a few collection boxes? "
     "He's desperate to be the one to hand them out. Best, Amelia"),
    ("children", "sensitive", "review",
     "The Christmas grotto at the Lowmoor shop was a lovely idea but my daughter, who is 4, was a bit "
     "scared of the Father Christmas with the big beard. Maybe have a quieter corner for the little "
     "ones? Three stars."),
    ("children", "sensitive", "note",
     "Shop manager reported a young person (approx 14-15, named Tyler) trying to donate an adult's "
     "electronics without an adult present. Told to come back with parent. No donation taken."),
    ("children", "sensitive", "chat",
     "hello, my 17 yo wants to do the bucket collection at the football ground || Agent: Great, as "
     "he's 17 he can collect but needs to be paired with an adult volunteer. || fine by him, he just "
     "wants a lanyard lol"),
    ("children", "sensitive", "email",
     "Re: Gift Aid on the Junior Dash entry. I paid the entry fee for both of my boys (ages 8 and 10) "
     "and ticked Gift Aid. Is that right or does it only apply to donations? Thanks, Peter Greaves"),
    ("children", "sensitive", "voicemail",
     "Hiya, it's Shona Baird, I'm phoning because the junior fundraising pack came addressed to my "
     "daughter Molly, who's only five. Could you put my name on things instead? Thanks."),
    ("children", "sensitive", "dm",
     "Can I pause my shop shifts over the summer holidays? My two are 6 and 9 and there's no "
     "childcare till they go back in September. Thx Aisha"),
    ("children", "sensitive", "form",
     "Contact preferences update | Name on record: Lily Carver | Update: Lily is 13 and was signed up "
     "by mistake at the school fair. Please remove her from all mailings. | Submitted by: Tanya Carver "
     "(mother)"),
    ("children", "sensitive", "chat",
     "hi, quick one. we're doing the sponsored walk with my stepdaughter, she's 14, does she need her "
     "own entry or can she go on mine? || Agent: At 14 she'd need her own entry, but it's half price. "
     "|| ok ty"),
    ("children", "sensitive", "call",
     "Caller: I'd like my grandson Reuben added as second name on the in-kind donation receipt. || "
     "Agent: Is he over 18? || Caller: No, he's 15, it was his old bike. || Agent: No problem, I'll "
     "put his name on the receipt but Gift Aid won't apply on goods sold for a minor."),
    ("children", "sensitive", "note",
     "Email from school nurse at Brackenby High forwarded by supporter: her Year 11 son Jamal would "
     "like to do his work experience week at the Fenwick shop. Passed to retail HR for under-18 work "
     "experience risk assessment."),
    ("children", "sensitive", "sms",
     "hiya, Tilly (6) has collected £48.50 in her piggy bank for Lanterns, whats the best way to pay "
     "it in? she wants a receipt with her name on"),
    ("children", "sensitive", "email",
     "Our baby Noah arrived three weeks early last Tuesday, so I won't be running the Glowrun on "
     "Sunday after all! Could my place go to my brother-in-law Craig Doyle please? He'll keep my page "
     "going. Best, Sam Doyle"),
    ("children", "sensitive", "review",
     "Lovely kids' section at the Ashcombe shop, my lad (he's 7) found three Beano annuals for £1. "
     "Staff let him pay himself with his own coins which he loved. || Agent: That's made our day, "
     "thank you for sharing!"),
    ("children", "sensitive", "note",
     "Young volunteer Kayla Moss (16) on Saturday rota. Parental consent on file. Mum asked that Kayla "
     "not be put on closing shifts as she's under 18 and gets the last bus. Rota adjusted."),
    ("children", "sensitive", "chat",
     "hi there, signing my son up to your email club for kids? he's year 2 and loves the lantern "
     "colouring sheets || Agent: We don't keep email accounts for under 13s, but I can send colouring "
     "sheets to your email address instead. || oh ok, yes to mine then"),
    ("children", "sensitive", "form",
     "Fundraising contact form | Who is setting up the page: Grace Lowe, aged 15 | Parent aware: Yes | "
     "Message: Me and my friends from Year 10 want to do a car wash fundraiser."),
    ("children", "sensitive", "voicemail",
     "This is Tom Ridley. My son Josh, he's twelve, came home with a sponsorship form from your Junior "
     "Dash but he's got my old mobile number on it. Could you update it to 07700 900733? Thanks."),
    ("children", "sensitive", "dm",
     "omg the photographer at the junior dash got the best pic of my daughter crossing the line, she's "
     "9 and grinning like a loon, how can i buy a copy?"),
    ("children", "sensitive", "email",
     "Dear Lanterns, my nephew Rafi is 16 and has had a volunteering offer from you but he can't open "
     "the link on his phone. Could you resend it to me as his appointed adult contact? Thank you, "
     "Imran Qureshi"),
    ("children", "benign", "email",
     "Hello, I'm the office manager at Larkhill Primary. The school council has picked Lanterns Trust "
     "for this term's fundraising. Could you send 30 collection boxes and some posters to the school "
     "office? Many thanks, Mrs Dobson || Agent: Dear Mrs Dobson, how exciting! 30 boxes and a poster "
     "pack will be with you by Friday."),
    ("children", "benign", "chat",
     "what's the minimum age for the Glowrun 10k? just checking the rules before we advertise it at "
     "work || Agent: Runners must be 15 or over on race day for the 10k. || thanks"),
    ("children", "benign", "form",
     "Enquiry type: Shop donations | Message: We're a baby boutique in Oxley Bridge that's closing "
     "down. We have about 200 new-with-tags babygrows and sleepsuits. Would your shops want them? | "
     "Contact: hello@example.com"),
    ("children", "benign", "note",
     "Little Acorns Nursery (the business) emailed asking for a fundraising pack for their sponsored "
     "toddle. Sent the nursery fundraising pack and bunting. Contact is the nursery manager, no "
     "individual children's details received."),
    ("children", "benign", "review",
     "The Kids' Corner at the Tannery Street shop is brilliantly organised, toys sorted by type and "
     "all the books in one place. Really well done to the volunteers. Five stars."),
    ("children", "benign", "sms",
     "Do the under 16s on the junior dash need a parent to sign the form, or can a teacher? Asking for "
     "the school sports club entry. Thanks, Mr Hollis"),
    ("children", "benign", "call",
     "Caller: I'm from Brackenby Pathfinders, the youth group. We'd like to do a bucket collection at "
     "the Christmas market as a troop. || Agent: Lovely, we'll need the group leader's details and the "
     "market's permission letter. || Caller: I'm the group leader, I'll email both. || Agent: Perfect."),
    ("children", "benign", "email",
     "Is the Little Lanterns range of baby blankets in your online shop made from organic cotton? I'm "
     "stocking up for a gift shop order. Regards, Nadine, The Gift Box, Pellham"),
    ("children", "benign", "chat",
     "do you still do the junior dash medals with the lantern on? a customer asked me at the shop and "
     "I wasn't sure || Agent: Yes, same design as last year, and finishers under 13 get a glow stick "
     "too. || great, I'll tell her"),
    ("children", "benign", "dm",
     "Sorry for being such a big kid about this but the new raffle tickets with the glow-in-the-dark "
     "ink are ace. Can I buy 20?"),
    ("children", "benign", "note",
     "Supporter asked what our safeguarding policy says about young volunteers in shops. Sent the "
     "public safeguarding policy and the young volunteers page. No individual young person discussed."),
    ("children", "benign", "form",
     "Goods donation | Donor: Hopscotch Toys Ltd | Items: 40 boxed board games and jigsaws, end of "
     "line | Suitable for: all shops | Delivery: pallet, needs forklift"),
    ("children", "benign", "voicemail",
     "Hi, it's Gareth from the Carrow Vale Primary PTA. We've got the cheque from the summer fair, "
     "£640, made out to Lanterns Trust. Where should we send it? Call me on 07700 900855. Thanks."),
    ("children", "benign", "email",
     "Hello, is there an age policy for selling 18-rated DVDs and games in the shops? Our new "
     "volunteer wasn't sure whether she should be asking for ID at the till. Thanks, Lowmoor shop team"),
    ("children", "benign", "chat",
     "can I buy the 'Kids Go Glow' fundraising pack for our office bake-off? it looks more fun than "
     "the grown-up one haha || Agent: Of course, anyone can use it! I'll post one today. || legend"),
    ("children", "benign", "review",
     "Bought a stack of second-hand school uniform from the Fenwick Road shop for the uniform swap our "
     "community centre runs. Great quality, very cheap. Thank you."),
    ("children", "benign", "call",
     "Caller: Does the Glowrun have a children's race this year? I'm writing the village newsletter. "
     "|| Agent: Yes, the Junior Dash for ages 6 to 12 and a 1k Toddle. || Caller: Start times? || "
     "Agent: Toddle 9am, Junior Dash 9:30. || Caller: Ta, that's all I need."),
    ("children", "benign", "note",
     "Hillside Academy business manager asked for a Gift Aid receipt for the staff non-uniform day "
     "donation. Explained Gift Aid can't be claimed on a school's donation as it's not from an "
     "individual taxpayer. Sent standard receipt."),
    ("children", "benign", "sms",
     "hi, is the family fun day at Millbrook park still on Sunday or has the rain cancelled it?"),
    ("children", "benign", "email",
     "Our nursery chain, Tiny Steps, would like to sponsor the Toddle at this year's Glowrun. We can "
     "provide banners and staff volunteers. Who handles corporate sponsorship? Kind regards, Farah "
     "Iqbal, Head of Marketing || Agent: Hi Farah, thank you, I've passed this to our events "
     "sponsorship manager, Leon, who'll be in touch this week."),
    ("children", "benign", "form",
     "Shop feedback | Store: Wexcombe | Comment: Could you put the kids' books at a lower height? "
     "Small customers can't reach them and they're the ones who want them most. | Follow up wanted: No"),
    ("children", "benign", "chat",
     "hi, we're a childminding network doing a sponsored teddy bears picnic. is there a poster "
     "template? || Agent: Yes, the picnic poster is in the fundraising toolkit, I'll send the link. || "
     "thank you!"),
    ("children", "benign", "dm",
     "Do you accept car seats and cots at the shops? Clearing a storage unit and there's loads of "
     "nursery furniture in there."),
    ("children", "benign", "note",
     "Explained to a caller that we don't accept used car seats or cot mattresses for safety reasons. "
     "Prams and highchairs are fine if clean and complete. Caller will bring prams to Ashcombe."),
    ("children", "benign", "review",
     "Great that the Lowmoor shop has a baby changing table in the loo now. Small thing but it makes a "
     "difference for customers. Four stars."),
    ("children", "benign", "voicemail",
     "Hello, it's the secretary of Wexcombe Scouts. We'd like to book the shop window for a Scout Week "
     "display in May if that's still possible. I'm on 07700 900612. Thanks very much."),
    ("children", "benign", "email",
     "Hi, we're running a toy appeal at our office, Penrose Accounting. Do you take new, unwrapped "
     "toys for the Christmas shop and where's the nearest drop-off? Thanks, Owen"),
    ("children", "benign", "call",
     "Caller: Is there a minimum age to buy raffle tickets? || Agent: Yes, you need to be 16 or over, "
     "it's a Gambling Commission rule for lotteries. || Caller: Right, I'm putting it in the "
     "residents' association newsletter, just wanted to check. || Agent: Thanks for including us."),
    ("children", "benign", "chat",
     "your Junior Dash page says 'ages 6-12' but the entry form says 5-12, which is right? just "
     "proofreading for the school bulletin || Agent: Good spot, it's 6-12, we'll fix the form today. "
     "|| no worries"),
    ("children", "benign", "form",
     "Event enquiry | Organisation: Kestrel Hill Youth Football Club | Request: We'd like to run a "
     "sponsored penalty shoot-out for Lanterns. Can you send a pack and collection buckets? | Contact: "
     "secretary@example.org"),
    ("children", "benign", "note",
     "Corporate donor Playhaus Ltd wants to donate 300 returned children's wellies. Checked stock "
     "policy: new returns OK. Booked van for Tuesday."),
    ("children", "benign", "sms",
     "Can schools claim back the Junior Dash entry fees as a group? We're doing a class entry. Thanks, "
     "Carrow Vale office"),
    ("children", "benign", "email",
     "Hello, I run a Saturday drama club and we're putting on a show with a retiring collection for "
     "Lanterns. Do you have any leaflets we can hand out in the interval? Cheers, Tara (Footlights "
     "Theatre Club)"),
    ("children", "benign", "review",
     "Four stars for the Glowrun. Great atmosphere, though the family village was so packed with "
     "buggies that getting to the baggage tent took ages. Maybe move it next year?"),
    ("children", "benign", "chat",
     "is the 'Child of Light' print in your online shop still available? it's the lantern one, would "
     "look great in our office reception || Agent: It is, framed or unframed? || framed pls"),
    ("children", "benign", "dm",
     "Loved the post about the school that raised £3k with a sponsored spell! Which school was it? "
     "We're a local paper and want to cover it."),
    ("children", "benign", "note",
     "Caller from Oakwood Infants office asked whether we can provide a speaker for a school assembly "
     "about lanterns and community. Passed to community fundraising, who do assemblies in term time."),
    ("children", "benign", "call",
     "Caller: Hi, I'm at Millbrook Sure Start centre, we have spare baby clothes from a donation "
     "drive. Would your shops take them? || Agent: Yes, if they're clean and in good condition. || "
     "Caller: They are, about ten bags. || Agent: I'll book a collection for Friday."),
    ("children", "benign", "email",
     "Hi, do you have a youth volunteering policy we could read? I'm putting together a list of local "
     "organisations for our careers fair and want to describe what's on offer accurately. Thanks, "
     "Lena, Brackenby High careers office || Agent: Hi Lena, our youth volunteering policy is "
     "attached, and the short version is on our website's volunteer page."),
    ("children", "benign", "voicemail",
     "Hi, it's Mark at Bumblebee Soft Play. We've got a charity night on the 20th with all the entry "
     "money going to Lanterns Trust. Can someone bring a banner? Ring me back on 07700 900148."),
    ("children", "benign", "form",
     "Mailing preferences | Change: Please stop sending the 'Family Fundraising' mailer, I only want "
     "The Wick. | Reason: Not relevant to me | Supporter ID: LT-203381"),
    ("children", "benign", "chat",
     "childish question maybe but are the glow sticks at the Lantern Walk free or do we buy them? || "
     "Agent: Not childish at all! Every walker gets two free. || yay"),
    ("children", "benign", "sms",
     "Hi, it's Pete from the Ashcombe shop. The toy section needs more batteries for testing donated "
     "electronic toys. Can we order a box of AAs on the shop account?"),
    ("children", "benign", "review",
     "Really impressed the Wexcombe shop checks donated toys for safety marks before selling. That's "
     "the sort of care you don't see everywhere. Five stars from me."),
    ("children", "benign", "note",
     "Lanterns Youth Panel minutes for this term forwarded to supporter care for filing. Panel is run "
     "by the participation team; no individual details to process."),
    ("children", "benign", "email",
     "Could you tell me if your school fundraising packs are suitable for secondary as well as "
     "primary? I'm writing a directory for the local education partnership. Thanks, Dr Helen Price, "
     "Brackenby Education Partnership"),
    ("children", "benign", "chat",
     "do you sell the lantern craft kits in bulk? we run a crafts stall at the summer fete and they'd "
     "fly off the table || Agent: Yes, boxes of 24 at a discount. || great, two boxes please"),
    ("children", "benign", "call",
     "Caller: Is your annual Family Fun Day the same weekend as the Glowrun? || Agent: No, Family Fun "
     "Day is 12 August, Glowrun is 30 July. || Caller: Thanks, I'm planning the events calendar for "
     "the town hall. || Agent: You're welcome."),
    ("children", "benign", "form",
     "Corporate partner enquiry | Company: Little Giants Childcare Group | Interest: Matched funding "
     "for staff fundraising | Head office: Pellham | Contact: partnerships@example.com"),
    ("children", "benign", "dm",
     "Who designed the lantern mascot on the kids' page? He's adorable, we'd love to feature him in "
     "our shop's window display for Lantern Week."),
    # ---- financial hardship
    ("financial_hardship", "sensitive", "email",
     "Hi, please cancel my £15 monthly gift. I was made redundant from the warehouse in March and the "
     "money's just not there any more. I'll come back when I'm working again, promise. Sorry, Lee "
     "Hartigan, LT-559012 || Agent: Dear Lee, no apology needed at all. I've cancelled the direct "
     "debit and you won't hear from us about it. Best of luck."),
    ("financial_hardship", "sensitive", "chat",
     "hiya can i stop my direct debit || Agent: Of course, would you like to reduce it instead or stop "
     "completely? || stop it. on universal credit now and after rent theres like £30 a week for food, "
     "cant justify it || Agent: Completely understood, I've cancelled it with no further payments. "
     "Thank you for all you've given."),
    ("financial_hardship", "sensitive", "note",
     "Supporter Mrs Joan Aldous rang in tears - DD bounced twice and her bank charged her. She is "
     "behind on her council tax and has a debt collector letter. Cancelled DD, asked finance to refund "
     "last month's failed payment charge. Gave her the Citizens Advice-style helpline leaflet."),
    ("financial_hardship", "sensitive", "sms",
     "sorry i still havent paid in the sponsorship money from the run, ive had bailiffs round about "
     "the car loan and its all gone on that. will pay when i can"),
    ("financial_hardship", "sensitive", "voicemail",
     "Hello, it's Barry Nolan, supporter number LT-330147. Can you stop sending me raffle tickets "
     "please, I've been declared bankrupt last month and the trustee says no gambling, even for "
     "charity. Thank you."),
    ("financial_hardship", "sensitive", "form",
     "Cancel regular gift | Reason: Other | Details: We've been served an eviction notice and need "
     "every penny for a deposit on somewhere new. Hope to restart later. | Name: Dana Whitfield"),
    ("financial_hardship", "sensitive", "call",
     "Agent: I see your gift failed this month, did you want to update your card? || Caller: No, I had "
     "to close that account, it was overdrawn. I'm in a debt management plan now. || Agent: I'm sorry "
     "to hear that. Would you like me to pause or cancel? || Caller: Cancel, please."),
    ("financial_hardship", "sensitive", "email",
     "Dear Lanterns, I am volunteer in Fenwick shop. I ask if you have any job paid in the warehouse? "
     "My hours in factory is cut to zero since January and I cannot pay my rent now, the landlord is "
     "angry. Thank you, Gheorghe"),
    ("financial_hardship", "sensitive", "note",
     "Volunteer Sandra P asked if she could take home unsold food from the volunteer social. Said "
     "she's been using the Millbrook food bank since her ESA was stopped. Passed to volunteer manager "
     "for wellbeing check-in; told her about our community pantry referral."),
    ("financial_hardship", "sensitive", "dm",
     "Can I get a refund on the gala dinner ticket? £45. I know it says non refundable but I've lost "
     "my job and I'm genuinely choosing between that and the gas bill right now"),
    ("financial_hardship", "sensitive", "chat",
     "i want to keep giving but can i drop to £2? im on pension credit and the energy bill took "
     "everything || Agent: Of course, every £2 makes a difference. I've updated it from next month. || "
     "ty, means a lot"),
    ("financial_hardship", "sensitive", "review",
     "The Ashcombe shop has been a lifeline since we went onto benefits, coats for the whole family "
     "for under £20. The volunteers never make you feel judged. || Agent: Thank you for sharing this, "
     "it means so much to the team."),
    ("financial_hardship", "sensitive", "email",
     "Please don't send the legacy information pack again. Honestly there won't be anything to leave, "
     "we lost the house to repossession last year and we're in a council flat now. No offence meant. "
     "Ray Glover"),
    ("financial_hardship", "sensitive", "call",
     "Caller: I signed up to run the 10k but I need the entry fee back. || Agent: Can I ask why? || "
     "Caller: I'm in an IVA, my insolvency practitioner went through my statements and says it has to "
     "go. || Agent: I understand, I'll process the refund today."),
    ("financial_hardship", "sensitive", "sms",
     "Hi its Kerry from sat shift. Cant do it as i cant afford the bus fare til my UC comes through on "
     "the 12th. really sorry"),
    ("financial_hardship", "sensitive", "note",
     "Gift Aid declaration withdrawn by Mr Osei. Says he no longer pays income tax as he's been "
     "unemployed for eight months and is living off savings which are nearly gone. Removed Gift Aid "
     "from future gifts."),
    ("financial_hardship", "sensitive", "form",
     "Volunteer expenses claim | Amount: £6.40 bus fares | Note: Please could this be paid quickly? "
     "Bank account is overdrawn and the payday loan company takes everything on the 1st."),
    ("financial_hardship", "sensitive", "voicemail",
     "Hi, it's Michelle Crane, I've got a letter from a debt collection agency about a catalogue debt "
     "and I think they've got my address from your mailing list somehow? Could you call me back on "
     "07700 900276, I'm really worried."),
    ("financial_hardship", "sensitive", "chat",
     "hi, does the Tannery St shop ever give out vouchers? we've been evicted and are in a B&B with "
     "just the clothes we had on || Agent: I'm so sorry. Our shops do take referral vouchers from the "
     "council housing team, I'll send you the details now. || thank you"),
    ("financial_hardship", "sensitive", "email",
     "Hello, I pledged £250 in the spring appeal but my business went into liquidation in June and "
     "I've lost everything. I'm not in a position to honour it. I'm embarrassed to write this. "
     "Regards, Nigel Sharpe || Agent: Dear Nigel, please don't be embarrassed. I've cancelled the "
     "pledge, there's nothing more you need to do."),
    ("financial_hardship", "benign", "email",
     "Hi, my direct debit failed this month because I switched banks and forgot to move it. New sort "
     "code and account number attached, could you retry the payment? Thanks, Lydia Moran, LT-612045 || "
     "Agent: Hi Lydia, thanks, the new details are saved and we'll retry the payment on Friday."),
    ("financial_hardship", "benign", "chat",
     "i think i've been charged twice for the raffle tickets, two lots of £10 on my statement || "
     "Agent: You're right, a duplicate payment went through. I've refunded the second £10, it'll show "
     "in 3-5 days. || great thanks"),
    ("financial_hardship", "benign", "note",
     "Supporter's card expired so the monthly gift failed. Took new expiry date over the phone via "
     "secure line. Payment retried successfully."),
    ("financial_hardship", "benign", "sms",
     "We're skint on volunteers at Lowmoor this Sat, anyone free to cover the till 10-2? Reply to "
     "07700 900390"),
    ("financial_hardship", "benign", "email",
     "Dear Supporter Care, I'm the community officer at Harrowfield Credit Union. We'd like to put "
     "Lanterns collection boxes in our branches and feature you in our members' newsletter. Who should "
     "I contact? Best, Joel Summers || Agent: Hi Joel, lovely to hear from you. Our community "
     "fundraising lead for Harrowfield is Kate, I've forwarded your email."),
    ("financial_hardship", "benign", "form",
     "Goods donation | Items: Board games including Monopoly, Bankrupt!, and a boxed Game of Life | "
     "Condition: complete, checked | Drop off: Fenwick Road shop"),
    ("financial_hardship", "benign", "call",
     "Caller: Can I increase my monthly gift from £10 to £20? || Agent: Of course, from next month? || "
     "Caller: Yes please, and can it come out on the 5th instead? || Agent: All done, you'll get a "
     "confirmation letter."),
    ("financial_hardship", "benign", "review",
     "Prices at the Wexcombe shop have crept up a lot, £12 for a used jumper is a bit steep for a "
     "charity shop. Otherwise lovely staff. || Agent: Thanks for the feedback, we'll pass it on to the "
     "area manager who reviews pricing."),
    ("financial_hardship", "benign", "chat",
     "how do I get a receipt for my donation for my tax return? I'm a higher rate taxpayer and want to "
     "claim the extra relief || Agent: I'll email you an annual statement of your gifts. || perfect"),
    ("financial_hardship", "benign", "dm",
     "The card reader at the Pellham shop keeps declining contactless, had to go to the cashpoint. "
     "Might want to check it!"),
    ("financial_hardship", "benign", "note",
     "Finance query: supporter asked why the Gift Aid on her £100 gift showed as £25. Explained basic "
     "rate Gift Aid. Happy with answer."),
    ("financial_hardship", "benign", "email",
     "Hello, our company payroll giving scheme is moving to a new provider, GiveWorks, from next "
     "month. Will our staff need to re-register their donations to Lanterns? Thanks, Payroll team, "
     "Marlowe Logistics || Agent: Hello, staff won't need to re-register, GiveWorks will transfer the "
     "existing mandates."),
    ("financial_hardship", "benign", "voicemail",
     "Hi, it's Ian, I bought a gala dinner ticket online but the payment page timed out and I'm not "
     "sure if it went through. Could someone check? I don't want to pay twice. 07700 900519."),
    ("financial_hardship", "benign", "form",
     "Refund request | Item: Glowrun 10k entry | Reason: Entered the wrong event, meant to enter the "
     "5k | Preferred outcome: switch events and refund the difference"),
    ("financial_hardship", "benign", "sms",
     "Pls can you resend the link to pay in my sponsorship money, the old one expired. Raised £320!"),
    ("financial_hardship", "benign", "chat",
     "is there a way to pay the raffle by bank transfer rather than card? I prefer not to put my card "
     "details online || Agent: Yes, the bank details are on the back of the ticket book, just use your "
     "ticket numbers as the reference. || thanks"),
    ("financial_hardship", "benign", "call",
     "Caller: I want to give shares to the charity, is that possible? || Agent: Yes, we accept gifts "
     "of shares through our broker. || Caller: And does that count for tax relief? || Agent: It can, "
     "I'll send you our guide to giving shares."),
    ("financial_hardship", "benign", "note",
     "Shop manager at Ashcombe reported the till was £4.20 short at cashing up. Recount found a coin "
     "bag miscounted. Resolved, no further action."),
    ("financial_hardship", "benign", "email",
     "Hi, the Cost of Living Christmas appeal letter you sent quoted last year's figures on page 2. "
     "Thought you'd want to know before the next print run. Best wishes, Alan (retired proofreader!)"),
    ("financial_hardship", "benign", "review",
     "Bought a lovely wool coat for £15 at Tannery Street. Bargain of the year, my bank balance thanks "
     "you. Five stars."),
    # ---- legal
    ("legal", "sensitive", "email",
     "Hi, I'd love to volunteer at the Wexcombe shop but before I apply, will a caution show up on the "
     "DBS? I got one for shoplifting back in 2015 and I'd rather say upfront than have it come up. "
     "Thanks, Jodie || Agent: Hi Jodie, thanks for being upfront. Shop roles usually need only a basic "
     "check, and a caution from 2015 is likely spent, so it wouldn't show."),
    ("legal", "sensitive", "chat",
     "hi can't do my saturday shift for the next few months sorry || Agent: No problem, thanks for "
     "letting us know. Anything we can help with? || nah its just my bail conditions say i can't go "
     "into Brackenby town centre till the hearing. long story || Agent: Understood, I'll take you off "
     "Saturdays and we can look at the Pellham shop."),
    ("legal", "sensitive", "note",
     "Mrs Halloran asked us to split the joint DD with her husband. They're going through divorce "
     "proceedings and her solicitor has advised separating all joint payments. Cancelled joint DD, set "
     "up new single DD in her name."),
    ("legal", "sensitive", "voicemail",
     "Hello, it's Craig Munro, I'm meant to be doing my unpaid work hours at the Fenwick shop on "
     "Tuesday but my probation officer's changed my appointment. Can I come Wednesday instead? She "
     "said to let you know. 07700 900463."),
    ("legal", "sensitive", "form",
     "Volunteer application | Unspent convictions: Yes | Details: Driving whilst disqualified, "
     "sentenced June last year, 12 month community order, due to finish in April. Happy to talk about "
     "it. | Role: Warehouse sorting"),
    ("legal", "sensitive", "call",
     "Caller: My purse was nicked at the Glowrun bag drop, with my raffle tickets in it. || Agent: I'm "
     "so sorry. Did you report it? || Caller: Yes, police gave me crime ref BK-448102. Can you reissue "
     "the tickets? || Agent: Yes, I'll void the old numbers and post new ones."),
    ("legal", "sensitive", "email",
     "Dear Supporter Care, I won't be able to do the Lantern Walk steward role on the 9th as I'm in "
     "court that week giving evidence in my claim against my former employer at the employment "
     "tribunal. Apologies, Rashida Bello || Agent: Dear Rashida, no problem at all, I've taken you off "
     "the steward list for the 9th. Good luck."),
    ("legal", "sensitive", "sms",
     "hi sorry to miss the volunteer training, had to see my solicitor re the case against the "
     "builder. can i do the next one?"),
    ("legal", "sensitive", "note",
     "Supporter Mr Dunne wants all post to go to his brother's address. He said he was arrested last "
     "month and the police still have his phone, so he can't get our emails either. No further details "
     "requested. Address updated."),
    ("legal", "sensitive", "dm",
     "Can you update my surname back to Kerr? Decree absolute came through last week so the divorce is "
     "final. Same bank account, just my name. Thanks!"),
    ("legal", "sensitive", "chat",
     "do I need to tell you if I get a conviction after I've started volunteering? I've got a "
     "magistrates court date next month for the speeding thing and i'm worried || Agent: Driving "
     "offences usually only matter for van driver roles, but do chat to your volunteer manager. || ok "
     "thanks, i'm not a driver for you so should be fine"),
    ("legal", "sensitive", "review",
     "Love the Lowmoor shop. Did my community service hours there after my conviction and they treated "
     "me like a normal person, I've stayed on as a volunteer since. || Agent: Thank you so much, we're "
     "so glad you stayed!"),
    ("legal", "sensitive", "email",
     "Please remove my address from your records urgently. I'm being sued by my ex-business partner "
     "and his solicitors are trying to serve papers at every address I've ever used. I'll send a new "
     "one when I'm settled. S. Marchetti"),
    ("legal", "sensitive", "form",
     "Change of details | Field: Name | Old: Danny Cole | New: Daniel Cole-Rivers | Reason: Prison "
     "release last month, starting fresh and my support worker said to update my charity bits too."),
    ("legal", "sensitive", "call",
     "Agent: How can I help? || Caller: The sofa I gave the Ashcombe shop, my ex says it was his and "
     "he's threatening to take me to small claims court. || Agent: I see. Has it been sold? || Caller: "
     "I don't know. Can you hold it till it's sorted?"),
    ("legal", "benign", "email",
     "Hi, what's the exact wording we need on a Gift Aid declaration for our office collection forms? "
     "Our legal team want to check it before we print them. Thanks, Emma, Harlow & Pike Solicitors || "
     "Agent: Hi Emma, the HMRC model declaration wording is attached, you're welcome to use it as is."),
    ("legal", "benign", "chat",
     "what's your raffle licence number? I need it for the poster at our village hall || Agent: Our "
     "Gambling Commission licence is shown on every ticket, it's on the back under the draw date. || "
     "found it ta"),
    ("legal", "benign", "note",
     "Brackenby police station's neighbourhood team have entered a relay team in the Glowrun as 'The "
     "Thin Blue Lanterns'. Sent team pack to the station sergeant's work email."),
    ("legal", "benign", "form",
     "Legacy enquiry | Question: Do you offer a free will-writing service, and which solicitors take "
     "part? | Area: Pellham | Contact preference: Post"),
    ("legal", "benign", "sms",
     "Is the tennis court at Millbrook park where the fun day starts, or is it by the bandstand?"),
    ("legal", "benign", "review",
     "The terms and conditions for the online shop are a bit of a maze. Took me ages to find the "
     "returns policy. Three stars, the jigsaw was great though."),
    ("legal", "benign", "call",
     "Caller: I'm a partner at Wardle Grant, we'd like to set up payroll giving for the whole firm. || "
     "Agent: Wonderful, how many staff? || Caller: About 60 across two offices. || Agent: I'll put you "
     "in touch with our corporate team today."),
    ("legal", "benign", "email",
     "Could you send me your privacy policy and confirm how long you keep supporter data after someone "
     "stops giving? I'm doing a general GDPR review of our charity partners at work. Thanks, Connor"),
    ("legal", "benign", "voicemail",
     "Hi, it's Lorna from the Magistrates Court Street business association. We'd like a Lanterns "
     "stall at the street fair in June. Could someone call back on 07700 900704?"),
    ("legal", "benign", "chat",
     "do you get free trials of the newsletter? i just want to see one issue before signing up || "
     "Agent: You can read the latest issue of The Wick online for free, no sign up needed. || cool"),
    ("legal", "benign", "dm",
     "Selling my old phone case collection to your Tannery St shop, about 40 cases, any good? Might be "
     "worth a shout for your eBay team."),
    ("legal", "benign", "note",
     "Solicitors Penhallow & Co requested our registered charity number and address for the standard "
     "legacy clause wording they keep on file. Sent template clause."),
    ("legal", "benign", "email",
     "Good morning, we're a law school society at Brackenby University planning a mock trial night to "
     "raise money for Lanterns. Could you send a fundraising pack and some posters? Thanks, Mei (Law "
     "Society treasurer) || Agent: Hi Mei, what a fun idea! A pack and 20 posters are on their way to "
     "the society's pigeonhole."),
    ("legal", "benign", "form",
     "Complaint | Shop: Wexcombe | Details: Parked in your loading bay for 2 minutes to drop off "
     "donations and got a parking charge notice from the private firm. Is that your car park? | "
     "Outcome wanted: clarity on who manages it"),
    ("legal", "benign", "call",
     "Caller: Is it true charities have to publish their accounts? || Agent: Yes, our annual report "
     "and accounts are on the Charity Commission register and our website. || Caller: Thanks, just "
     "curious before I leave you something in my will. || Agent: Happy to send the legacy guide too."),
    # ---- bereavement
    ("bereavement", "sensitive", "email",
     "Hello, I'd like to set up a tribute fund for my dad, Brian Holloway, who passed away on 14 May. "
     "He volunteered at the Fenwick shop for years so it feels right. Could the page have his photo? "
     "Thanks, Karen Holloway || Agent: Dear Karen, I'm so sorry about your dad. Yes, the page can have "
     "his photo, I've sent you a link to set it up."),
    ("bereavement", "sensitive", "chat",
     "hi, my husband's direct debit is still going out and I need to stop it || Agent: Of course, can "
     "I take his supporter number? || LT-220934. he died in february and I've only just got round to "
     "the bank stuff || Agent: I'm so sorry for your loss. I've cancelled it and refunded the payments "
     "since February."),
    ("bereavement", "sensitive", "note",
     "Funeral director Rowan & Sons called on behalf of the family of the late Mrs Edna Pike. "
     "Collection in lieu of flowers raised £385. Sent in-memory thank-you letter to her son, Graham "
     "Pike."),
    ("bereavement", "sensitive", "voicemail",
     "Hi, it's Lisa Brennan. You keep sending The Wick addressed to my mum, Margaret, and she passed "
     "last year. It's a bit hard opening them, if you could take her off the list that'd be kind. "
     "Thanks."),
    ("bereavement", "sensitive", "form",
     "Glowrun entry | Running for: In memory of my best mate Jonno (Jonathan Price), we lost him in "
     "October | Team name: Jonno's Lanterns | Fundraising target: £1,500"),
    ("bereavement", "sensitive", "sms",
     "sorry cant do shop shift this wk, my nan died on sunday and the funerals thurs. back next week x "
     "Chloe"),
    ("bereavement", "sensitive", "call",
     "Agent: Lanterns Trust, how can I help? || Caller: I'm the executor for my aunt, Miss Doreen "
     "Fairley. || Agent: I'm sorry for your loss. || Caller: Thank you. Her will leaves the Trust "
     "£5,000, where do I send the paperwork? || Agent: I'll email you our legacy team's details now."),
    ("bereavement", "sensitive", "email",
     "Dear team, my brother he died last month in a car accident. He was giving to you every month. I "
     "want to continue his donation in his name, is it possible? His name is Piotr Nowak. Thank you, "
     "Anna || Agent: Dear Anna, I'm very sorry for your loss. Yes, you can continue the gift in "
     "Piotr's name, I'll send a form."),
    ("bereavement", "sensitive", "note",
     "Long-standing volunteer Jean Ashby died peacefully at home on Friday (info from her daughter). "
     "Tannery St team informed; manager asked about a bench plaque. Rota updated, volunteer record "
     "closed."),
    ("bereavement", "sensitive", "review",
     "We held my grandad's wake and asked for donations to Lanterns instead of flowers. Your in-memory "
     "team were so gentle with us. || Agent: Thank you for choosing to remember him with us. We're "
     "thinking of you all."),
    ("bereavement", "sensitive", "dm",
     "Raffle tickets turned up for my wife again. She's been gone two years now. Please take Sue "
     "Marlow off your list, it's the third time I've asked."),
    ("bereavement", "sensitive", "chat",
     "can I add a candle to the lantern wall on your website? || Agent: Yes, you can light one for "
     "anyone you'd like to remember. || it's for my son Daniel, it would have been his 30th today || "
     "Agent: I'm so sorry. I've lit a lantern for Daniel and sent you the link to share."),
    ("bereavement", "sensitive", "email",
     "Hi, I'm walking the Lantern Walk this year for the first time since we lost Mum. Can I put her "
     "name on the back of my lantern, or is there a memorial banner? Thanks, Ellie Rhodes"),
    ("bereavement", "sensitive", "voicemail",
     "Hello, this is Reg Cartwright. My wife Maureen passed in March and I'm sorting through her "
     "clothes. I'd like them to go to your Ashcombe shop but I can't carry the bags. Could someone "
     "collect? 07700 900151. Thank you."),
    ("bereavement", "sensitive", "note",
     "Call from supporter widowed recently (partner Alan died suddenly in Jan). Wants to switch joint "
     "gift to her name only and add Gift Aid. Done. Sent in-memory giving leaflet at her request."),
    ("bereavement", "benign", "email",
     "Hello, I'd like some information on leaving a gift in my will. I'm updating my will with my "
     "solicitor next month and want the right wording. Thanks, Mr R. Fenton || Agent: Dear Mr Fenton, "
     "thank you for thinking of us. Our gifts in wills guide, with suggested wording, is in the post."),
    ("bereavement", "benign", "chat",
     "dead chuffed with my raffle prize, the hamper arrived today!! thank you || Agent: "
     "Congratulations! Enjoy it. || will do"),
    ("bereavement", "benign", "sms",
     "My phone died halfway through the online donation, did my £25 go through? Ref LT-448732"),
    ("bereavement", "benign", "note",
     "Rowan & Sons Funeral Directors asked for a fresh supply of in-memory collection envelopes and "
     "donation cards for their reception. Sent 200 envelopes. No specific funeral referenced."),
    ("bereavement", "benign", "review",
     "The shop on Fenwick Road is dead quiet on Monday mornings, which is exactly when I like to "
     "browse. Great book section. Five stars."),
    ("bereavement", "benign", "call",
     "Caller: Can tribute pages take cheque donations as well as online? || Agent: Yes, cheques can be "
     "sent to us with the page name on the back. || Caller: Thanks, we're a funeral directors putting "
     "together a leaflet for families. || Agent: I'll send you our in-memory guide."),
    ("bereavement", "benign", "form",
     "Volunteer availability | Shift preference: late shift (4-8pm) | Shop: Tannery Street | Notes: "
     "Happy to cover the late shift any weekday"),
    ("bereavement", "benign", "email",
     "Over my dead body am I paying £4.95 postage for a £3 raffle book! Can they not be sent second "
     "class? Only half joking. Regards, Frank Elliot || Agent: Ha, fair point Frank! Raffle books now "
     "go second class, so postage is 85p."),
    ("bereavement", "benign", "chat",
     "the deadline for the glowrun early bird price is killing me, is it midnight tonight or end of "
     "the week? || Agent: Midnight tonight! || eek ok signing up now"),
    ("bereavement", "benign", "dm",
     "Is the Remembrance lantern evening in November open to the public or ticketed? Would like to "
     "share it in our community centre's what's-on list."),
    ("bereavement", "benign", "voicemail",
     "Hi, it's Julie at the Hallam Funeralcare branch in Wexcombe. We'd like to put a Lanterns leaflet "
     "stand in our waiting area. Can you send some? I'm on 07700 900366."),
    ("bereavement", "benign", "note",
     "Supporter asked what happens to a legacy gift if the charity merges or closes in future. "
     "Explained standard clause wording and sent the legacy FAQs. No estate involved, general query."),
    ("bereavement", "benign", "email",
     "I've made a grave mistake with the spreadsheet and entered the Glowrun team twice under two "
     "names. Can you merge 'Marlowe Movers' and 'Marlowe Logistics Runners' please? Thanks, Toby || "
     "Agent: Hi Toby, not grave at all, I've merged them into 'Marlowe Logistics Runners'."),
    ("bereavement", "benign", "form",
     "Legacy pledge | I have included Lanterns Trust in my will: Yes | Would you like to be contacted: "
     "Occasionally, by post | Name: Gillian Shaw"),
    ("bereavement", "benign", "review",
     "Your Lantern Walk absolutely killed it this year, best organised event in town. The "
     "lantern-lighting at dusk was magic."),
    # ---- violence and self-harm
    ("violence_self_harm", "sensitive", "email",
     "Please can you stop sending post to my old address and NOT update it from anyone else. I've left "
     "a violent relationship and I don't want my ex finding out where I am through my charity mail. "
     "Email only from now. Thanks, R"),
    ("violence_self_harm", "sensitive", "chat",
     "cancel everything please. the direct debit, the newsletter, all of it || Agent: I can do that "
     "for you. Is everything ok? || honestly not really. i don't see the point of anything anymore and "
     "i won't be around much longer to read it anyway || Agent: I'm really worried by what you've "
     "said. Are you safe right now? Can I give you the number of a 24-hour support line?"),
    ("violence_self_harm", "sensitive", "note",
     "Volunteer Aimee at Lowmoor reports a man who keeps coming into the shop, waiting outside at "
     "closing and following her to the bus stop. Has happened 4 times. Manager informed, Aimee moved "
     "off closing shifts, incident form filed."),
    ("violence_self_harm", "sensitive", "sms",
     "hi its Gemma. not coming in today, my partner kicked off last night and ive got a black eye, "
     "cant face customers. please dont ring the house"),
    ("violence_self_harm", "sensitive", "voicemail",
     "Yeah, this is about your volunteer, Dean, at the Ashcombe shop. You tell him if he comes near my "
     "sister again I'll sort him out myself, I know where he parks. Right."),
    ("violence_self_harm", "sensitive", "form",
     "Complaint | Event: Glowrun 10k | Details: At the 7k point another runner elbowed me to the "
     "ground and punched me when I complained. Marshals saw it. I needed stitches. I want to know what "
     "you're doing about it. | Name: Kwame Asante"),
    ("violence_self_harm", "sensitive", "dm",
     "your volunteer page keeps getting comments from someone calling me names and posting my home "
     "address. he's been messaging me for months. can you block him and remove my photo please"),
    ("violence_self_harm", "sensitive", "call",
     "Caller: I'm ringing because my supporter account shows my husband's email. || Agent: Would you "
     "like it changed? || Caller: Yes. He checks everything I do, my bank, my phone. If he sees I give "
     "to you he'll go mad. || Agent: I've removed his email and added a password to your account."),
    ("violence_self_harm", "sensitive", "email",
     "I need to step back from volunteering for a while. I've been self-harming again and my arms are "
     "a mess, I can't do the short sleeves in the shop in summer. I'm getting help. Please don't tell "
     "the others. Sorry, Beth || Agent: Beth, thank you for trusting us with this. Take all the time "
     "you need, this stays between you and the volunteer manager."),
    ("violence_self_harm", "sensitive", "note",
     "Shop manager Wexcombe reports volunteer Phil was shoved and threatened by a customer refused a "
     "refund. Police not called at Phil's request. Phil shaken; offered time off and our assault "
     "support procedure."),
    ("violence_self_harm", "sensitive", "chat",
     "hey sorry i havent been at the shop. took too many of my tablets last weekend on purpose and "
     "ended up kept in. im home now and ok-ish || Agent: Thank you for telling us, that must have been "
     "really frightening. Please don't worry about shifts. Would you like someone from the volunteer "
     "team to call you?"),
    ("violence_self_harm", "sensitive", "review",
     "Brilliant shop but I'm leaving one star because the volunteer manager ignored me for weeks when "
     "I reported another volunteer groping me in the stockroom. || Agent: We're very sorry. This "
     "should have been acted on immediately. Please contact our safeguarding lead directly so we can "
     "investigate."),
    ("violence_self_harm", "sensitive", "form",
     "Update contact details | Reason: I'm staying in a refuge for now after my partner attacked me. "
     "Please use this email only: safe.lanterns.sup@example.com | Do not post anything to my old "
     "address."),
    ("violence_self_harm", "sensitive", "sms",
     "pls remove my number from the volunteer whatsapp, someone in it has been texting me threats "
     "privately and i dont feel safe"),
    ("violence_self_harm", "sensitive", "voicemail",
     "Hello, it's Lorraine Tate. I want to cancel my standing order. My son took my bank card and he's "
     "been getting aggressive when I say no to him. The bank's sorting the card. Please don't call the "
     "landline. Thank you."),
    ("violence_self_harm", "benign", "chat",
     "I'd kill for one of those lantern mugs from the shop, are they back in stock? || Agent: They're "
     "back next week! || yesss"),
    ("violence_self_harm", "benign", "email",
     "The queue at the Glowrun bag drop was absolute murder this year, 40 minutes. Could you add a "
     "second tent next time? Otherwise fab. Gary"),
    ("violence_self_harm", "benign", "sms",
     "Smashed my PB at the Glowrun!! 49:58. Where do I download my certificate?"),
    ("violence_self_harm", "benign", "note",
     "Ashcombe Martial Arts club (owner Ken) offered to run a sponsored self-defence class with all "
     "fees to Lanterns. Passed to community fundraising with his contact details."),
    ("violence_self_harm", "benign", "form",
     "Donation enquiry | Question: Do your shops accept kitchen knives or knife blocks? We're clearing "
     "a holiday let. | Contact: lets@example.com"),
    ("violence_self_harm", "benign", "review",
     "There was practically a fight for the vintage dresses on the first morning of the sale, absolute "
     "scenes haha. Great atmosphere, bagged a bargain. Five stars."),
    ("violence_self_harm", "benign", "call",
     "Caller: Can you send me your safeguarding policy? We're doing due diligence on partner "
     "charities. || Agent: Of course, it's on our website but I'll email the PDF. || Caller: And your "
     "whistleblowing policy? || Agent: Both coming now."),
    ("violence_self_harm", "benign", "email",
     "Sorry to harass you with emails, but I still haven't received the raffle tickets I ordered on "
     "the 3rd. Could you check? Order LT-R-9910. Thanks, Maggie"),
    ("violence_self_harm", "benign", "dm",
     "The 'Killer Hill' section on the new Glowrun route looks brutal. Is there a map with elevation?"),
    ("violence_self_harm", "benign", "voicemail",
     "Hi, it's the Pellham shop. The smoke alarm in the stockroom keeps beeping. Can facilities send "
     "someone? It's driving us mad. Thanks."),
    ("violence_self_harm", "benign", "chat",
     "do you sell the boxing gloves in the sports section or are they just for display? || Agent: "
     "They're for sale, £8 a pair. || sold"),
    ("violence_self_harm", "benign", "note",
     "Supporter asked how our volunteer code of conduct deals with disputes between volunteers. Sent "
     "code of conduct and grievance procedure. General query, no incident reported."),
    ("violence_self_harm", "benign", "form",
     "Event feedback | Event: Lantern Walk | Comment: The fireworks at the end nearly blew my socks "
     "off, absolutely stunning. Please do it again."),
    ("violence_self_harm", "benign", "email",
     "Hi, our theatre group is staging 'Murder at the Manor' as a fundraiser for you in October. Can "
     "we use your logo on the programme? Thanks, Hugo, Wexcombe Players || Agent: Hi Hugo, yes, I've "
     "attached our logo and brand guidelines. Break a leg!"),
    ("violence_self_harm", "benign", "call",
     "Caller: I'm the area security manager for Harlow Retail Park. We'd like to brief your shop staff "
     "on our new shoplifting procedure. || Agent: Thanks, I'll pass you to the retail manager. || "
     "Caller: Great, I'll hold."),
    # ---- special categories
    ("special_categories", "sensitive", "chat",
     "hi, can I move my Thursday shop shifts to the morning for the next month? || Agent: Sure, any "
     "reason so I can note it? || it's Ramadan from next week and by 4pm when I'm fasting I'm useless "
     "on the till lol, mornings are much better || Agent: Makes total sense, I've moved you to 9 to 1."),
    ("special_categories", "sensitive", "email",
     "Hello, for the Glowrun could I have a plain black cap instead of the branded beanie in the "
     "runner pack? I wear a patka and the beanie won't fit over it. Happy to pay the difference. "
     "Thanks, Harjit Sandhu"),
    ("special_categories", "sensitive", "voicemail",
     "Hello, it's Mrs Eunice Blake. Please stop sending me raffle tickets. I'm a Jehovah's Witness and "
     "I don't take part in lotteries, not even for a good cause. The donation is fine to carry on. "
     "Thank you."),
    ("special_categories", "sensitive", "note",
     "Volunteer Miriam Stern asked not to be rostered Friday afternoons or Saturdays as she keeps "
     "Shabbat. Rota updated to Sun-Thu. Also asked that the volunteer social not be on a Friday night."),
    ("special_categories", "sensitive", "form",
     "Donation form | Amount: £300 | Gift type: One-off | Notes: This is part of my zakat for this "
     "year, please confirm it goes directly to your hardship grants | Gift Aid: Yes"),
    ("special_categories", "sensitive", "sms",
     "Hi, can I swap out of sunday 10am? st joseph's have moved mass to 10 so i cant do both any more. "
     "any afternoon is fine! Bernie"),
    ("special_categories", "sensitive", "email",
     "Dear Lanterns, please don't include prayers or hymns at the memorial part of the Lantern Walk on "
     "my account. I'm a lifelong humanist and I'd just like a quiet moment, no offence to anyone. "
     "Regards, Colin Ashworth || Agent: Dear Colin, thanks for letting us know. The memorial moment is "
     "a silent one, there are no prayers or hymns."),
    ("special_categories", "sensitive", "call",
     "Caller: I gave a £500 gift last week, could you add a note? || Agent: Of course. || Caller: I "
     "converted to Islam last year and I'd like it recorded as sadaqah, if that's a thing you can do. "
     "|| Agent: I've added that note to the gift."),
    ("special_categories", "sensitive", "dm",
     "I'm a Quaker and our meeting asks members not to accept prizes from gambling, so if my raffle "
     "ticket wins please just redraw it. Thank you! Ruth"),
    ("special_categories", "sensitive", "email",
     "Hi, I volunteer at the Lowmoor shop and I want to flag something. As the only Black woman on the "
     "Saturday team, I keep being asked to work the back room when the manager's wife covers the till. "
     "It's started to feel pointed. Can someone from HR call me? Abena || Agent: Hi Abena, thank you "
     "for raising this. Our volunteer HR lead, Joy, will call you tomorrow."),
    ("special_categories", "sensitive", "form",
     "Volunteer equal opportunities monitoring | Ethnic group: Mixed - White and Black Caribbean | "
     "Role: Event steward | Name: Jordan Fletcher"),
    ("special_categories", "sensitive", "chat",
     "just a heads up, in your newsletter the 'meet our supporters' page is all white faces. as a "
     "British Pakistani supporter for 10 years it'd be nice to see people like me || Agent: Thank you, "
     "that's fair and important feedback, I'll pass it to the editor. || thanks"),
    ("special_categories", "sensitive", "note",
     "Supporter Mrs Lee said she's a Romany Gypsy and the family's caravan site address keeps being "
     "rejected by our system as 'invalid'. Added address manually. Flagged address validation issue to "
     "IT."),
    ("special_categories", "sensitive", "review",
     "Good shop but the volunteer on the till asked where I'm 'really from' when I said Brackenby. I'm "
     "Chinese-British, born here. Made me not want to come back. || Agent: We're really sorry, that's "
     "not OK. We'll follow this up with the shop manager."),
    ("special_categories", "sensitive", "email",
     "Hello, I'm an Irish Traveller and I'd like to volunteer at your Fenwick shop but the form asks "
     "for a fixed address for the DBS. We move between two sites. What should I put? Thanks, Martin "
     "Ward"),
    ("special_categories", "sensitive", "call",
     "Agent: So that's your gift updated. Anything else? || Caller: Actually yes, for the heritage "
     "walk you're doing, I'd love to share my family's story. We're Windrush generation, Jamaican, my "
     "grandad came over in '56. || Agent: That's wonderful, I'll pass your details to the events team."),
    ("special_categories", "sensitive", "sms",
     "cant believe the volunteer badge spells my name wrong AGAIN lol. its Nguyen, my dads Vietnamese, "
     "not Ngyuen!"),
    ("special_categories", "sensitive", "dm",
     "As a Sikh Punjabi family we'd love to bring langar-style food to the volunteer social, is that "
     "ok? My mum is very excited"),
    ("special_categories", "sensitive", "email",
     "I'd like to cancel my monthly gift. I saw your chief exec sharing a post supporting the new "
     "housing policy, and as a Green Party member and activist I can't support that. Please don't "
     "contact me again. Helen Rawlings"),
    ("special_categories", "sensitive", "chat",
     "hi, can I still volunteer at the Pellham shop if I'm standing as a Labour candidate in the "
     "council elections in May? || Agent: Yes, you just can't campaign or wear party badges while "
     "volunteering. || fair enough, thanks"),
    ("special_categories", "sensitive", "note",
     "Supporter Mr Kenneth Royle asked that his details not be shared with any partner organisations "
     "as he's a local Conservative Association officer and doesn't want to be 'targeted by lefty "
     "charities'. Marked no-share. Tone a bit heated."),
    ("special_categories", "sensitive", "voicemail",
     "Hi, it's Sarah Dean. I can't do the bucket collection on Saturday after all, I'm marching with "
     "Stop the Depot in Lowmoor, we've been campaigning against it for months. Next week's fine "
     "though."),
    ("special_categories", "sensitive", "form",
     "Cancel regular gift | Reason: Other | Details: I'm a staunch republican and your royal patron is "
     "the last straw, sorry. | Name: Dominic Shore"),
    ("special_categories", "sensitive", "email",
     "Dear team, please update my address. I've been on the committee of the Brackenby branch of the "
     "Liberal Democrats for years and our new office is where I pick up post now: 12 Kiln Row. Thanks, "
     "Veronica"),
    ("special_categories", "sensitive", "review",
     "Wonderful charity but the shop window display with the 'Love your Europe' bunting is a bit much. "
     "I voted Leave and I'd rather my local shop kept out of politics. Three stars. || Agent: Thanks "
     "for the feedback, the bunting was donated stock, we'll keep displays neutral."),
    ("special_categories", "sensitive", "call",
     "Caller: Can I change my volunteer emergency contact? || Agent: Of course. || Caller: It was my "
     "friend from the Socialist Workers group, but she's moved. Put my brother instead, 07700 900852. "
     "|| Agent: Updated."),
    ("special_categories", "sensitive", "sms",
     "sorry missed my shift, was out leafleting for the Reform candidate all morning and lost track. "
     "next sat for sure"),
    ("special_categories", "sensitive", "email",
     "Hi, I'll be on strike on Thursday and Friday with the rest of my branch, so I'm free to do extra "
     "shifts at the Tannery Street shop if you need them! Seems a good use of the time. Sunita (Unison "
     "rep, Brackenby Council)"),
    ("special_categories", "sensitive", "note",
     "Vol Dave Ollerton mentioned he's the GMB shop steward at the Harrowfield depot and asked if he "
     "can bring union leaflets into the shop. Told him no political or union material in shops. Fine "
     "with that."),
    ("special_categories", "sensitive", "chat",
     "can I set up payroll giving? my payslip already has union subs for the RCN coming out so I want "
     "to check it's a separate line || Agent: Yes, payroll giving is separate from other deductions. "
     "|| ok great, sign me up"),
    ("special_categories", "sensitive", "form",
     "Volunteer application | Current employment: Postal worker | Other commitments: CWU branch "
     "secretary, meetings every 2nd Tuesday | Availability: Weekends"),
    ("special_categories", "sensitive", "voicemail",
     "Hiya, it's Tracy from Saturdays. I won't be in on the 21st, the NEU's called another strike day "
     "and I'll be on the picket line outside school from 7. Can Maureen cover? Ta."),
    ("special_categories", "sensitive", "call",
     "Agent: Can I take a reason for the reduced gift? || Caller: I've been on strike pay for six "
     "weeks with Unite, it's not much. || Agent: Completely understand. I've reduced it to £5. || "
     "Caller: Thanks, I'll put it back up when we're back."),
    ("special_categories", "sensitive", "dm",
     "Hey, the union I'm in (BFAWU) is doing a solidarity fundraiser and I personally want to add "
     "Lanterns as our charity. Can I get some collection tins sent to me?"),
    ("special_categories", "sensitive", "email",
     "Please could you update my employer for matched funding? I've moved to the Royal Mail Oxley "
     "depot and joined the union there, so my union membership number on your form has changed too: "
     "CWU-48820. Thanks, Pete Hanlon"),
    ("special_categories", "sensitive", "note",
     "Supporter Mrs Agnes Frith asked that we don't contact her at work as her manager is 'funny about "
     "union people' and she's the Unison convenor. Mobile only: 07700 900905."),
    ("special_categories", "sensitive", "email",
     "Hi there, could you add my husband to our joint gift please? He's called Michael Reid, same "
     "address. We married in June so it's time we did these things properly! Thanks, Tom Reid-Carter"),
    ("special_categories", "sensitive", "chat",
     "can the gala dinner seating put me next to my girlfriend? she's booked separately || Agent: Of "
     "course, what's her name? || Priya Shah, I'm Sophie Lang || Agent: Done, you're both on table 7."),
    ("special_categories", "sensitive", "form",
     "Volunteer application | Why do you want to volunteer?: I want to do the Pride stall with you. As "
     "a bi woman in a small town it means a lot to see a local charity show up. | Name: Kirsty Dale"),
    ("special_categories", "sensitive", "voicemail",
     "Hi, it's Gareth Lloyd. My partner Owen and I are both on your mailing list at the same address "
     "and we're getting two copies of everything. Could you merge us? We're a couple, so one copy is "
     "plenty. Cheers."),
    ("special_categories", "sensitive", "note",
     "Mr Fenwick called to update next of kin on volunteer record to his husband, Daniel Fenwick-Osei. "
     "Updated."),
    ("special_categories", "sensitive", "dm",
     "lol my boyfriend Marcus just entered the Glowrun after I signed up, can we be a team? I'm Danny "
     "Wells btw"),
    ("special_categories", "sensitive", "email",
     "Hello, I'm asexual and honestly the 'find your perfect match' speed-dating fundraiser email was "
     "a bit alienating. Could I come off the events list but keep The Wick? Thanks, Jess Harper"),
    ("special_categories", "sensitive", "chat",
     "hi we're a lesbian couple and want both our names on the Gift Aid, does that work? || Agent: "
     "Gift Aid is per person, so you'd each need your own declaration for gifts from your own money. "
     "|| ah ok, send two forms pls, for Rachel and Jo Bennett"),
    ("special_categories", "sensitive", "call",
     "Caller: I'm in a polyamorous relationship and we'd like to book a table for three at the gala as "
     "one household. || Agent: No problem, I'll book three tickets under one booking. || Caller: "
     "Great, names are Ash, Nico and Priya. || Agent: All done."),
    ("special_categories", "sensitive", "email",
     "Hello, I've recently transitioned and changed my name by deed poll from Andrew to Andrea. Could "
     "you update my title to Ms and my name on the direct debit letters? I can send a copy of the deed "
     "poll. Thank you, Andrea Jones || Agent: Dear Andrea, I've updated your name and title on all "
     "records. A copy of the deed poll isn't needed."),
    ("special_categories", "sensitive", "form",
     "Update my details | Title: Mx | Name: Sam Okoro | Pronouns: they/them | Notes: please update the "
     "volunteer badge too, the old one says Mr"),
    ("special_categories", "sensitive", "note",
     "Supporter Mr Leo Grant is a trans man; record showed previous name and title Miss. Updated all "
     "fields, removed old name from mailing file. Please do not use former name in any correspondence."),
    ("special_categories", "sensitive", "chat",
     "at the glowrun are the changing tents mixed or split by gender? i'm trans and last year was a "
     "bit awkward || Agent: This year there's a private changing tent open to everyone as well as the "
     "two split tents. || oh that's great, thank you"),
    ("special_categories", "sensitive", "email",
     "My Gift Aid declaration is still in my old name because I signed it before my transition. I've "
     "now got my gender recognition certificate. Do I need a new declaration or can you just update "
     "it? Kind regards, Chloe Mason || Agent: Hi Chloe, there's no need for a new declaration, I've "
     "updated the name on it."),
    ("special_categories", "sensitive", "voicemail",
     "Hi, it's Robin, I volunteer on Wednesdays. Could the rota say Robin rather than my birth name? "
     "I'm non-binary and the team know me as Robin, but the printout still has the old name. Thanks."),
    ("special_categories", "sensitive", "sms",
     "hiya, my dbs came back with my deadname on it and the shop manager saw. can you sort it so only "
     "my new name shows on the volunteer system? - Alex (she/her)"),
    ("special_categories", "sensitive", "review",
     "Really grateful to the Wexcombe shop team, when I started my transition they quietly redid my "
     "name badge and nobody made a thing of it. || Agent: Thank you so much for sharing this with us, "
     "we'll make sure the team sees it."),
    ("special_categories", "sensitive", "dm",
     "Hi, the runner pack says Male under my name, I'm a trans woman, can you change it to Female for "
     "the results? Bib 2271, Naomi"),
    ("special_categories", "sensitive", "email",
     "Hi, I'm running the Glowrun for a cause close to home. I found out in January I carry the BRCA2 "
     "gene, same as my mum, and I wanted to do something positive. Could my page say that? Thanks, "
     "Lauren Hewitt || Agent: Hi Lauren, of course, your page story can say whatever you like. Good "
     "luck with your training!"),
    ("special_categories", "sensitive", "chat",
     "funny story, did one of those HelixLine DNA kits for fun and it turns out I'm a cystic fibrosis "
     "carrier, so I'm raising money for the family fun day in my own way || Agent: That's a big thing "
     "to find out! How can we help with your fundraising? || just need a sponsorship page please"),
    ("special_categories", "sensitive", "note",
     "Supporter Mr Adrian Colley explained he has tested positive for the Huntington's gene and wants "
     "to talk to someone about a legacy while he's well. Passed to legacy team with his consent."),
    ("special_categories", "sensitive", "form",
     "Sponsorship page story | Text: After genetic testing, my whole family found out we have familial "
     "hypercholesterolaemia. I'm walking the Lantern Walk to raise awareness of getting tested. | "
     "Name: Owen Price"),
    ("special_categories", "sensitive", "call",
     "Caller: I'm changing my surname on your records. || Agent: Sure, what to? || Caller: Hartley. A "
     "DNA test last year showed my dad wasn't my biological father, so I've taken my real dad's name. "
     "|| Agent: Understood, I've updated it."),
    ("special_categories", "sensitive", "email",
     "Could you remove me from the 'family history' mailing? Our genome sequencing results came back "
     "showing a variant linked to early-onset Alzheimer's and I'd rather not get heritage-themed "
     "appeals right now. Thanks, Paula"),
    ("special_categories", "sensitive", "voicemail",
     "Hello, this is Maria Santos. My genetic test came back positive for the Lynch syndrome mutation "
     "and I'm doing a sponsored swim. Can I have a sponsorship form posted? 07700 900627. Thank you."),
    ("special_categories", "sensitive", "dm",
     "got my ancestry DNA results back today, 38% Ashkenazi Jewish which nobody in my family knew "
     "about!! anyway, can I change my raffle address?"),
    ("special_categories", "sensitive", "email",
     "Hi, when I called last week your phone line asked me to say 'my voice is my password' and enrol "
     "for voice ID. I did, but I'm not comfortable with it now. Please delete my voiceprint. Supporter "
     "LT-998301, Nina Kaur"),
    ("special_categories", "sensitive", "note",
     "Vol Graham Dyer asked for his fingerprint data to be deleted from the Lowmoor shop's clock-in "
     "reader now that he's stepped down. Passed to data protection lead to confirm deletion of his "
     "template."),
    ("special_categories", "sensitive", "chat",
     "the new volunteer app rejected my face scan for ID three times, says it doesn't match the photo "
     "I uploaded. can you reset it? || Agent: I've reset your face ID enrolment, try again now. || "
     "worked, thank you"),
    ("special_categories", "sensitive", "form",
     "Data request | Type: Subject access | Details: Please send me all data you hold on me, including "
     "the face scan taken at the Glowrun VIP entry gate and any recordings of my voice used for "
     "verification. | Name: Darren Lowe"),
    ("special_categories", "sensitive", "call",
     "Agent: For security, please say your passphrase. || Caller: Lanterns light the way. || Agent: "
     "Thank you, your voice matched our records. || Caller: Actually, can you switch me off voice ID? "
     "My cold has wrecked my voice and it fails every time. || Agent: Done, we'll use security "
     "questions."),
    ("special_categories", "sensitive", "sms",
     "Hi, the thumbprint reader at Tannery St won't recognise my thumb since I cut it, can you "
     "re-register my print? Kamal"),
    ("special_categories", "sensitive", "email",
     "I volunteered at the Glowrun and signed up for the facial recognition photo finder so I could "
     "find my pictures. I've changed my mind and want my face data deleted. Please confirm. Regards, "
     "Ines Pereira || Agent: Dear Ines, your face data has been deleted from the photo finder. You'll "
     "get written confirmation within a week."),
    ("special_categories", "sensitive", "voicemail",
     "Hi, it's Frank Doyle. I registered my fingerprints on the till at the Ashcombe shop when I "
     "started volunteering. I've now moved to Fenwick Road and their till doesn't have my prints. Can "
     "you copy them across? Thanks."),
    ("special_categories", "benign", "email",
     "Good afternoon, I'm the secretary of St Anne's Parish Hall committee. We'd like to host a "
     "Lanterns coffee morning in the hall in October and keep the proceeds for you. Could you send a "
     "pack and some bunting? Kind regards, Pamela Greer || Agent: Dear Pamela, how kind! A coffee "
     "morning pack and bunting will be with the committee next week."),
    ("special_categories", "benign", "call",
     "Caller: I'm calling from the Brackenby Central Mosque committee. We'd like to bring a group of "
     "about 40 to the Lantern Walk. || Agent: Wonderful, is that one group booking? || Caller: Yes, "
     "invoiced to the mosque please. || Agent: I'll set that up and email the committee."),
    ("special_categories", "benign", "chat",
     "do you offer halal and kosher options at the gala dinner? just putting together the menu info "
     "for our company table || Agent: Yes, both are available if booked two weeks ahead, plus "
     "vegetarian and vegan. || great thanks"),
    ("special_categories", "benign", "note",
     "Gurdwara Sahib Harrowfield seva committee donated 20 boxes of new blankets for the winter shop "
     "appeal. Receipt sent to the committee treasurer. Thank-you letter addressed to the committee."),
    ("special_categories", "benign", "form",
     "Volunteer group booking | Organisation: Kestrel Hill Synagogue Mitzvah Day team | Group size: 15 "
     "| Preferred date: Sunday 19 Nov | Activity: Sorting donations at the warehouse"),
    ("special_categories", "benign", "email",
     "Is Lanterns Trust a religious charity? Someone at work said you were started by a church and I'm "
     "writing up our charity-of-the-year shortlist. Thanks, Ben, Marlowe Logistics social committee"),
    ("special_categories", "benign", "sms",
     "What are the Christmas Eve opening hours for the Tannery St shop? Need a last-minute jigsaw!"),
    ("special_categories", "benign", "chat",
     "do you accept religious books in the shops, like bibles and prayer books? clearing out a "
     "second-hand bookshop's stock || Agent: Yes, all books in good condition are welcome. || "
     "brilliant, about 30 boxes then"),
    ("special_categories", "benign", "dm",
     "Are you selling Diwali lanterns in the shops this year? The paper ones you had last autumn sold "
     "out before I got one"),
    ("special_categories", "benign", "email",
     "Hi, I run Sunshine Caribbean Kitchen and we'd love a food stall at the Family Fun Day. What are "
     "the pitch fees and do we need our own gazebo? Thanks, Delroy, hello@example.com"),
    ("special_categories", "benign", "note",
     "Fenwick Road shop manager planning a Black History Month window display using donated books and "
     "vinyl. Approved by retail team; asked marketing for poster artwork."),
    ("special_categories", "benign", "call",
     "Caller: Do you produce The Wick in other languages? Our community centre has a lot of readers "
     "who'd prefer Polish or Urdu. || Agent: Not yet, but we have a summary sheet in six languages. || "
     "Caller: That would be ideal. || Agent: I'll post a bundle to the centre."),
    ("special_categories", "benign", "form",
     "Event enquiry | Event: Lunar New Year lantern festival at Millbrook Park | Question: Is Lanterns "
     "Trust running a stall this year, and can local businesses sponsor the lantern trail? | Contact: "
     "events@example.org"),
    ("special_categories", "benign", "email",
     "Hello, Spice Route Indian Restaurant would like to donate a dinner for four as a raffle prize. "
     "Who should I send the voucher to? Best, Manager, Spice Route, Oxley Bridge"),
    ("special_categories", "benign", "voicemail",
     "Hi, it's Kofi from Adinkra Drummers. We'd love to play at the Family Fun Day again this year, "
     "free of charge. Could the events team ring me on 07700 900781? Cheers."),
    ("special_categories", "benign", "chat",
     "why does the volunteer form ask about ethnicity? not complaining, just curious || Agent: It's "
     "optional monitoring so we can check our volunteering is open to everyone, it's never used for "
     "decisions. || makes sense"),
    ("special_categories", "benign", "review",
     "The Heritage Walk round the old mill district was fascinating, the guide knew so much about the "
     "town's history and the different communities that built it. Five stars."),
    ("special_categories", "benign", "note",
     "Supporter asked if we'd add a Welsh-language version of the Gift Aid form. Checked: one exists. "
     "Sent link."),
    ("special_categories", "benign", "email",
     "Does Lanterns Trust lobby government or take sides on political issues? Our foundation only "
     "funds politically neutral charities and I need to confirm for the application. Regards, Ruth "
     "Adeyinka, Grants Officer, Ellison Foundation"),
    ("special_categories", "benign", "chat",
     "will the Lantern Walk still go ahead on election day? Millbrook hall is a polling station and "
     "parking might be mad || Agent: It will, but we've moved the start to the park gates to avoid the "
     "hall. || good call"),
    ("special_categories", "benign", "call",
     "Caller: I'm calling from the local MP's constituency office. She'd like to visit the Pellham "
     "shop to meet volunteers. || Agent: Lovely, we'll need to avoid the pre-election period. || "
     "Caller: Of course, we're thinking June. || Agent: I'll pass you to our public affairs lead."),
    ("special_categories", "benign", "sms",
     "Can we have 5 raffle books for our office Christmas party? We'll sell them on the night. Sandra, "
     "Penrose Accounting"),
    ("special_categories", "benign", "form",
     "Fundraising campaign feedback | Campaign: Light Up Winter | Comment: The TV advert was "
     "brilliant, really moving. The radio version is a bit rushed though. | Contact me: No"),
    ("special_categories", "benign", "review",
     "Voted the Wexcombe shop window best in town in the high street competition, and rightly so! The "
     "lantern display was gorgeous."),
    ("special_categories", "benign", "note",
     "Council events officer confirmed road closure on Kiln Row during the election count night, "
     "affecting the Lantern Walk finish. Route adjusted by 200m. Stewards briefed."),
    ("special_categories", "benign", "email",
     "Hi, I'm the policy officer for the local council. We're running a consultation on the community "
     "grants scheme and would welcome a response from Lanterns Trust as an organisation. Deadline 30 "
     "April. Regards, Jamal Reid || Agent: Hi Jamal, thanks, our policy team will submit a response by "
     "the deadline."),
    ("special_categories", "benign", "dm",
     "The Conservatory Cafe on Kiln Row would love to be a collection point for the winter coat "
     "appeal. How do we sign up?"),
    ("special_categories", "benign", "email",
     "Hello, I'm the secretary of the Unite Brackenby Community branch. The branch has voted to order "
     "10 raffle ticket books to sell at our annual dinner, proceeds to Lanterns. Please invoice the "
     "branch. Regards, Carl Dunmore || Agent: Hi Carl, thank you to the branch! Ten books are on their "
     "way with an invoice to the branch address."),
    ("special_categories", "benign", "chat",
     "what are the opening hours for the Union Street shop? google says 10-4 but the door says 9:30 || "
     "Agent: It's 9:30 to 4:30 Monday to Saturday, we'll fix Google. || ta"),
    ("special_categories", "benign", "form",
     "Glowrun corporate team entry | Team: NEU Harrowfield District office staff | Entrants: 8 | "
     "Invoice to: district office, 4 Market Row | Contact: office@example.org"),
    ("special_categories", "benign", "call",
     "Caller: Can a trade union branch set up payroll giving for its own staff? || Agent: Yes, any "
     "employer can, including unions. || Caller: Great, I'm the office manager, can you send the "
     "forms? || Agent: They're on their way."),
    ("special_categories", "benign", "note",
     "Brackenby University Students' Union RAG committee confirmed a sponsored jail-break weekend for "
     "Lanterns in February. Sent student fundraising pack to the SU activities office."),
    ("special_categories", "benign", "sms",
     "Hi, Harrowfield Rugby Union Club here. We have 2 boxes of old kit to donate, can the Lowmoor "
     "shop take it?"),
    ("special_categories", "benign", "email",
     "We have about 60 metres of Union flag bunting left over from the town gala. Would your shops be "
     "able to sell it or use it for window displays? Best, Town Events Team"),
    ("special_categories", "benign", "voicemail",
     "Hello, this is the regional office of the GMB. We've raised £1,200 from a members' quiz night "
     "for Lanterns and would like to present a cheque at the Fenwick shop. Please ring me on 07700 "
     "900340."),
    ("special_categories", "benign", "review",
     "Printing of the union branch's fundraiser posters through your print partner was quick and "
     "cheap. Nice touch that you proof-read them. Four stars."),
    ("special_categories", "benign", "email",
     "Hi, Marlowe Logistics would like to book a stall at Brackenby Pride on behalf of Lanterns Trust, "
     "staffed by our LGBT+ staff network volunteers. Can you send branded table cloths? Thanks, "
     "Corporate Partnerships, Marlowe"),
    ("special_categories", "benign", "chat",
     "are the rainbow lanterns back in the online shop? we want 50 for the office window in June || "
     "Agent: They're back in stock from next week, and there's a bulk discount over 25. || perfect"),
    ("special_categories", "benign", "form",
     "Gala dinner booking | Query: Is there a ticket price for couples or is it per person only? | "
     "Number of guests: TBC | Organisation: Kestrel Hill Rotary"),
    ("special_categories", "benign", "note",
     "Valentine's raffle results: 1,240 tickets sold across shops, winner of the spa day drawn by the "
     "Pellham shop manager. Winner notified by post."),
    ("special_categories", "benign", "dm",
     "How many tickets have sold for the speed dating fundraiser at the Corn Exchange? I'm the venue "
     "manager and need final numbers for the bar"),
    ("special_categories", "benign", "call",
     "Caller: Do the Pride T-shirts come in XXL? || Agent: Yes, up to 3XL. || Caller: I'll take two "
     "XXL for our shop volunteers to wear on the stall. || Agent: Added to the Pride stall order."),
    ("special_categories", "benign", "review",
     "Picked up the DVD of 'Pride' at the Ashcombe shop for 50p, what a film. The film section there "
     "is really well sorted."),
    ("special_categories", "benign", "email",
     "Hello, our book club would like to borrow the Lanterns community room for a discussion of "
     "'Maurice' on a Thursday evening. Is there a fee? Regards, Alison (Oxley Bridge Readers)"),
    ("special_categories", "benign", "sms",
     "Is the Valentine's quiz night for couples only or can I enter a team of 4 from work?"),
    ("special_categories", "benign", "chat",
     "do your event t-shirts come in unisex sizing or fitted? ordering for a mixed office team || "
     "Agent: Both, unisex S-3XL and fitted 8-20. || unisex then thanks"),
    ("special_categories", "benign", "form",
     "Event accessibility question | Event: Glowrun 10k | Question: Will there be gender-neutral "
     "toilets in the event village as well as the standard ones? Asking for our running club's welcome "
     "notes."),
    ("special_categories", "benign", "note",
     "Data team asked whether the supporter database title field should include Mx. Confirmed it "
     "already does (along with Dr, Rev, Prof). No change needed."),
    ("special_categories", "benign", "email",
     "Hi, is the Ladies' Lantern Run open to all women or just club runners? I'm putting it in the "
     "leisure centre's events listing. Thanks, Kerry (Ashcombe Leisure)"),
    ("special_categories", "benign", "voicemail",
     "Hi, it's Bob from Millbrook Men's Shed. We've built six wooden benches we'd like to donate to "
     "your shops for sale. Could someone ring me on 07700 900558 about collection?"),
    ("special_categories", "benign", "chat",
     "you've put Mr on my letters but I'm a Dr, can you fix that? || Agent: Sorry about that, updated "
     "to Dr. || thank you"),
    ("special_categories", "benign", "note",
     "Shop manager asked whether volunteer name badges can include pronouns. Confirmed it's optional "
     "for any volunteer who wants it; template updated with an optional line."),
    ("special_categories", "benign", "email",
     "Our transition to the new supporter database starts Monday. Could your team pause bulk Gift Aid "
     "uploads until Wednesday? Thanks, Sean, Data Systems"),
    ("special_categories", "benign", "dm",
     "Is there a women's-only changing area at the Glowrun? I'm writing the FAQ for our running club "
     "newsletter."),
    ("special_categories", "benign", "email",
     "Hello, Helix Genomics Ltd would like to bring 25 staff for a volunteering day at your warehouse "
     "as part of our corporate giving programme. Which dates work in March? Regards, HR team, "
     "hr@example.com || Agent: Hello, thank you! Tuesdays and Thursdays in March are free; the "
     "warehouse fits up to 30."),
    ("special_categories", "benign", "chat",
     "do you fund genetic research at all, or medical stuff generally? want to tick the right box on "
     "our grants list || Agent: No, we fund community befriending and local projects. || great, ta"),
    ("special_categories", "benign", "form",
     "Goods donation | Items: 12 boxes of family history and genealogy books, parish register "
     "transcripts | Donor: Oxley Bridge Local History Society | Collection: Thursday"),
    ("special_categories", "benign", "review",
     "The 'Great Genes' denim sale at Tannery Street was genius, came away with three pairs of jeans "
     "for a tenner. Love a pun. Five stars."),
    ("special_categories", "benign", "note",
     "Kindness is in our DNA: new volunteer recruitment slogan approved by marketing. Printers to run "
     "500 posters for shops."),
    ("special_categories", "benign", "sms",
     "Do you have any more of the 'Lantern DNA' band t-shirts from the battle of the bands night? Need "
     "a medium"),
    ("special_categories", "benign", "call",
     "Caller: I'm calling from the Genome Cafe on Kiln Row, we'd like to sponsor a water station at "
     "the Glowrun. || Agent: Fantastic, which one? || Caller: The 5k mark. || Agent: I'll send you the "
     "sponsorship agreement."),
    ("special_categories", "benign", "email",
     "Does the new volunteer app support logging in with Face ID or a fingerprint, or is it password "
     "only? I'm writing the how-to guide for our shop team. Thanks, Megan, Lowmoor shop manager || "
     "Agent: Hi Megan, it's password only for now, the app doesn't use Face ID or fingerprints."),
    ("special_categories", "benign", "chat",
     "does your phone line use voice recognition or anything like that? our data protection officer is "
     "reviewing all the charities we partner with || Agent: No, we use security questions only. || "
     "great, that's all I need"),
    ("special_categories", "benign", "note",
     "Retail team reviewed the fingerprint clock-in option offered by the new till supplier. Decision: "
     "not adopting; shops will keep PIN clock-in. No biometric data collected."),
    ("special_categories", "benign", "form",
     "Goods donation | Items: 10 boxed detective kits with fingerprint powder and magnifying glass, "
     "new, from Sleuth Toys | Shops: any"),
    ("special_categories", "benign", "voicemail",
     "Hi, it's Lydia, I do voice-over work and I'd love to volunteer reading The Wick for the audio "
     "edition. Could someone from the newsletter team call me? 07700 900693."),
    ("special_categories", "benign", "review",
     "The face painting at the Family Fun Day was incredible, the lantern designs were so detailed. "
     "Queue was long but worth it. Five stars."),
    ("special_categories", "benign", "email",
     "Hi, we're donating a batch of smart video doorbells with face detection, new and boxed, from a "
     "discontinued line. Are these OK for the electrical section? Regards, Homeguard Retail returns "
     "team"),
    ("special_categories", "benign", "dm",
     "Your photo finder for Glowrun pics, does it use facial recognition or just bib numbers? "
     "Wondering before I recommend it to our running club."),
    ("special_categories", "benign", "call",
     "Caller: The fingerprint marks on the glass cabinet at Fenwick Road make the jewellery look "
     "grubby. || Agent: Thanks, I'll ask the team to clean it. || Caller: Maybe a sign saying please "
     "ask for help? || Agent: Good idea, I'll pass that on."),
]


def shiel_examples() -> list[dict]:
    """The shiel split as labelled tickets (same shape as ``sensitive_eval.build_eval_set``'s)."""
    return stranger_examples("shiel", ENTRIES, SUBJECTS)
