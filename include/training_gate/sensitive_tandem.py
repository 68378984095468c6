"""Tandem split: written by a helper who had not seen the detection rules, the anchors or any other split.
Setting: support traffic for a civic-tech suite (donations and petitions, membership management for clubs,
charities, unions and community groups, a volunteering app, and event ticketing for meetups and rallies) from
members, organisers and admins over email, chat, SMS, voicemail and call transcripts, web forms, threads,
reviews, DMs and agent notes, in UK, US, Irish, Indian, Nigerian, South African, Australian, Filipino,
Caribbean and Singaporean English. The benign half reuses each category's vocabulary through event titles,
venue and organisation names, idioms, pets, fiction, hypotheticals, negations, policy questions and routine
billing, without revealing anything sensitive about anyone.
First reading (policy 2026.11.13, before any change made in response to it; `sensitive_eval.evaluate`, as `make
eval-sensitive`): 95.7 / 2.9 recall / false exclusion in % as shipped, 95.7 / 8.6 without the overruling, 88.6 / 7.9
by the rules alone. Then read while tuning the rules, and trained on by the classifier."""

from __future__ import annotations

from training_gate.sensitive_blind import stranger_examples

SUBJECTS: tuple[str, ...] = (
    "Question about my membership renewal",
    "Donation receipt needed",
    "Can't log in to the volunteer app",
    "Ticket transfer request",
    "Change of details on my account",
    "Refund query",
    "Help with our event page",
    "Direct debit question",
    "Gift Aid declaration",
    "Shift sign-up problem",
    "Update my contact preferences",
    "Issue at checkout",
    "Cancel my regular gift",
    "Invoice request for our group",
)

ENTRIES: list[tuple[str, str, str, str]] = [
    # ---- health
    ("health", "sensitive", "email",
     "Hi, I need to pause my Tuesday shifts at the Northside food bank for about six weeks. "
     "I'm having my hip replaced on the 14th and won't be able to stand for long afterwards. "
     "Could the app hold my regular slot rather than releasing it? Thanks so much, Maureen Tully"),
    ("health", "sensitive", "chat",
     "hi can u refund my ticket for the saturday meetup || Agent: Hi! Happy to look into that. "
     "Can I ask the reason so I pick the right refund option? || got told thurs its type 1 "
     "diabetes, im stuck at the clinic all weekend doing insulin training so cant go || "
     "Agent: Thanks for letting us know, I've refunded it in full. Take care."),
    ("health", "sensitive", "agent_note",
     "Caller (member #40771) asked to switch to paper renewals only. Says since her stroke in "
     "March she can't read a screen for long and her daughter now handles her post. Comms "
     "preference set to post."),
    ("health", "sensitive", "web_form",
     "Access requirements for booking TK-88213 (Town Hall community meetup): I'm a wheelchair "
     "user and will need step-free entry and a companion seat for my PA. Please confirm the "
     "venue can do this before Friday."),
    ("health", "sensitive", "sms",
     "Sorry cant make the litter pick tmrw, started sertraline last wk n the side effects are "
     "wiping me out. will rebook when im steadier x"),
    ("health", "sensitive", "thread",
     "Agent: Hi Priya, just a heads-up that your monthly gift has failed twice this month. "
     "Would you like us to retry? || Hi, sorry, I've been an inpatient on ward 12 at the Royal "
     "Infirmary since the 2nd and only got my phone back today. Please retry on Friday. || "
     "Agent: Of course, I've scheduled the retry for Friday. Hope you're on the mend."),
    ("health", "sensitive", "email",
     "Respected Sir/Madam, Kindly cancel my registration for volunteering at the blood donation "
     "camp on 22nd. I am undergoing chemotherapy for breast cancer and my oncologist has advised "
     "me to avoid crowds. Kindly do the needful. Regards, Lakshmi Narayanan"),
    ("health", "sensitive", "voicemail",
     "Hi, it's Dermot Keane calling about the members' dinner on the ninth. I ticked gluten free "
     "but I want to make sure the kitchen knows I'm coeliac, proper coeliac, so it has to be "
     "prepped separately or I'm in bits for a week. Call me back on 07700 900412, thanks."),
    ("health", "sensitive", "call",
     "Agent: Thanks for calling Tandem, how can I help? || Hi, it's about my wife Jo's "
     "membership. She can't log in any more, she was diagnosed with early-onset dementia last "
     "year and forgets the password every time. Can I be added as a second contact? || "
     "Agent: I'm sorry to hear that. Yes, we can add you as an authorised contact; I'll send a "
     "consent form to Jo's email for you both to sign."),
    ("health", "sensitive", "chat",
     "hiya so im 7 months pregnant w twins and the marshal shift is 8hrs on my feet lol, can i "
     "swap to the registration desk instead?? || Agent: Congratulations! Yes, I've moved you to "
     "registration, which is seated. || ur a star ty"),
    ("health", "sensitive", "review_reply",
     "★★☆☆☆ The volunteer app logs me out every time I flip over to my Libre app to check my "
     "sugars, which I have to do every couple of hours on shift. Really annoying. || "
     "Agent reply: Thanks Ken, sorry about this. A fix for the session timeout is coming in 4.12."),
    ("health", "sensitive", "agent_summary",
     "Member asked us to stop the weekly volunteer reminder texts for now. She has been signed "
     "off work with depression since January and says the messages are adding pressure. "
     "Reminders paused until 1 September; no other changes."),
    ("health", "sensitive", "email",
     "Good day, I paid for two tickets to the Peckham Founders Meetup but I will not be able to "
     "attend again because my brother is on admission at King's after a sickle cell crisis and I "
     "am the one staying with him. Please can the tickets be moved to my cousin Ifeanyi? "
     "Thank you. Chinedu Okafor"),
    ("health", "sensitive", "dm",
     "hey quick q, is the 5k fun run route flat? asking bc of my knees, had both ACLs "
     "reconstructed last year and hills are still a big no || Agent: Mostly flat, there's one "
     "short incline at 3k that you can walk. || perfect ta"),
    ("health", "sensitive", "web_form",
     "Hi there, I'm organising Saturday's beach clean and one of our regulars, Thandi Mokoena, "
     "has epilepsy and strobes can set off her seizures. Can the event page say the DJ truck "
     "will have no flashing lights, and can I tell the supplier why? Cheers, Ruan"),
    ("health", "sensitive", "thread",
     "Can I get my Gift Aid declaration updated, address has changed || Agent: Sure, what's the "
     "new address? || 14 Orchard Rise, Kendal LA9 7QP. Moved up to be near the hospice where "
     "Dad's having palliative care for his lungs || Agent: Thanks, that's updated. Thinking of "
     "you both."),
    ("health", "sensitive", "sms",
     "Hi its Gav, wont make the allotment volunteer day, crohns is flaring again and I cant be "
     "far from a loo. Sorry!! || Agent: No worries Gav, I've released your slot. Feel better soon."),
    ("health", "sensitive", "agent_note",
     "Volunteer Sean R. phoned to say he is HIV positive and asked whether the health "
     "declaration he filled in is shared with venue partners. Explained it is not; confirmed it "
     "sits in the restricted medical field only visible to the safeguarding lead."),
    ("health", "sensitive", "chat",
     "Hello, my mother need lift access for the charity gala dinner, can arrange or not? She "
     "just had cataract op last week, cannot climb stairs so well. || Agent: Hi! Yes, the venue "
     "has a lift by the east entrance, I'll add a note to her ticket. || Ok thank you very much ah"),
    ("health", "sensitive", "email",
     "G'day team, I'll need to drop my Thursday evening shifts for a bit. My GP's switched me "
     "onto Vyvanse and it's playing havoc with my sleep, so I'm avoiding late finishes till it "
     "settles. Still good for weekends. Cheers, Bec"),
    ("health", "benign", "email",
     "Hello, we're Mind Your Step, a small walking charity, and we're setting up our autumn "
     "wellbeing walk. Can we have two ticket tiers, 'walker' and 'volunteer marshal', with the "
     "marshal one hidden from the public page? Thanks, Fran (events)"),
    ("health", "benign", "chat",
     "the donate button is dead on mobile again, page just hangs on the spinner. kinda sick of "
     "it tbh || Agent: Sorry! We had a payment-provider blip for 20 minutes, it should be back "
     "now. || yep works, ta"),
    ("health", "benign", "web_form",
     "We run a chain of 14 hospice charity shops and want to bulk-import around 3,000 "
     "supporters from a CSV. Which columns are required and is there a row limit per file?"),
    ("health", "benign", "thread",
     "Our 'Bake for Brain Research' event page shows the wrong date || Agent: Thanks for "
     "flagging, I've corrected it to Saturday 12 October. || Perfect, thanks!"),
    ("health", "benign", "email",
     "Hi, does Tandem store health data? Our data protection lead wants to know before we add an "
     "optional 'dietary and access needs' box to our event form. We won't make it mandatory and "
     "won't export it."),
    ("health", "benign", "review_reply",
     "★★★★★ Absolute lifesaver for our choir admin. Renewals that used to take weeks now take an "
     "afternoon. || Agent reply: That's lovely to hear, thanks for the review!"),
    ("health", "benign", "sms",
     "Hi, for the Pulse Fitness sponsored spin-a-thon, is parking included with the ticket? Ta"),
    ("health", "benign", "dm",
     "your ticket scanner app has caught a virus or something lol, crashes every time I open the "
     "camera || Agent: Eek, sorry! Which phone are you on? || pixel 7 || Agent: Known bug, the "
     "fix is out tonight."),
    ("health", "benign", "agent_note",
     "Org admin at RapidAid CIC (first-aid training provider) asked for last quarter's invoice "
     "to be reissued with their VAT number. Reissued and emailed."),
    ("health", "benign", "chat",
     "Hi, we're booking 40 tickets for our hospital trust's staff summer social, can we pay by "
     "invoice? || Agent: Yes, invoicing is available for orders over 20 tickets. || Great, PO "
     "number is 4471-B || Agent: Added, you'll get the invoice within the hour."),
    ("health", "benign", "call",
     "Agent: Tandem Tickets, how can I help? || I'm looking at the pharmacy-sponsored fun run on "
     "your homepage, is 'Headache Hill' on the 10k route? || Agent: It is, around kilometre six. "
     "|| Ha, great name. Book me on the 10k please."),
    ("health", "benign", "email",
     "Quick one: if a volunteer ever got injured on a shift, would our Tandem Volunteer plan "
     "include any insurance, or do we need our own? Just checking before our first season. "
     "Nobody's been hurt, we haven't even started! Ola, Brookside Gardeners"),
    ("health", "benign", "web_form",
     "Event: Mental Health Awareness Quiz Night (org account). Please change capacity from 80 "
     "to 120 and open a waitlist."),
    ("health", "benign", "thread",
     "Agent: Hi Darren, your card payment for the 'Heart of the Valley' gala was declined. || "
     "Ah, card expired last month. New one added now. || Agent: Perfect, that's gone through."),
    ("health", "benign", "chat",
     "the new dashboard is a bit of an eyesore ngl, any chance of the old layout as an option? "
     "|| Agent: Not yet, but I've passed it to the design team. || cool thx"),
    ("health", "benign", "email",
     "Our dental practice is sponsoring a table at the Harvest food bank gala. Can our logo "
     "appear on the ticket PDF and the confirmation email? Practice Manager, Smile Street Dental"),
    ("health", "benign", "agent_summary",
     "Customer asked whether the 'Allergy info' field on their volunteer sign-up form could be "
     "made optional. Organisation-level policy change; no individual's information discussed. "
     "Toggled to optional."),
    ("health", "benign", "voicemail",
     "Hi, it's Lorraine from Harbourside Physio, we bought a block of tickets for the Sunday "
     "fundraiser at the hall and I just need a proper receipt for the accounts. Thanks, bye."),
    ("health", "benign", "chat",
     "No allergies or access needs in our group, we just need 6 seats together for Thursday's "
     "meetup if poss || Agent: Done, row D seats 4 to 9. || amazing thanks"),
    ("health", "benign", "dm",
     "is the Grey's Anatomy watch-party fundraiser still on for Friday? the buy-tickets link 404s"),
    # ---- children
    ("children", "sensitive", "email",
     "Hi, can I add my son Oliver to my family membership at the rowing club? He's 12 and the "
     "form keeps saying 'members must be 16+'. Is there a junior option? Thanks, Dan Whitlock"),
    ("children", "sensitive", "chat",
     "my daughter's in Year 4 at Hillcrest Primary and wants to help with me at the park "
     "clean-up, can she come on my shift? || Agent: Yes, she can join as your accompanied guest. "
     "What's her first name? || Poppy || Agent: Added Poppy to your Saturday shift."),
    ("children", "sensitive", "sms",
     "Hi its Nadia. Can Zara come along on my ticket to the community garden open day? She's in "
     "P6 and I'll be with her the whole time."),
    ("children", "sensitive", "web_form",
     "Junior membership application. Name: Kian Doyle. Grade 7, Riverside Middle School. Parent "
     "consent form attached. Emergency contact: his mom, Shauna Doyle, (555) 014-3321."),
    ("children", "sensitive", "agent_note",
     "Mum called about her 15-year-old son who signed a petition using his own email. She wants "
     "his name removed from the public signer list. Removed and confirmed by email to her."),
    ("children", "sensitive", "thread",
     "Hi, can I transfer my ticket to my nephew? || Agent: Sure, what's his name and email? || "
     "Ethan Marsh, he hasn't got an email yet, he turns 15 next month. Can it stay on my "
     "account? || Agent: Yes, I've put his name on the ticket under your account."),
    ("children", "sensitive", "dm",
     "is the fundraiser disco ok for my 9yo? she's been going on about it all week || Agent: "
     "It's all-ages until 8pm, so yes with an adult! || yay ok buying 2"),
    ("children", "sensitive", "email",
     "Hiya, our Saoirse is making her First Communion on the 18th so we'll miss the club AGM. "
     "Could you send on the minutes after? Thanks a mill, Deirdre"),
    ("children", "sensitive", "call",
     "Agent: Hello, Tandem support. || Hi, I'm ringing about my daughter's volunteer account, "
     "she's doing her Duke of Edinburgh bronze and needs her hours signed off. She's only in "
     "Year 10 so it's linked to mine. || Agent: I can see it. Which shifts need verifying? || "
     "The four at the charity shop in May."),
    ("children", "sensitive", "chat",
     "my girl is doing her GCSEs this summer so she has to drop the saturday shifts, can u take "
     "her off the rota pls. name is Amara Osei"),
    ("children", "sensitive", "agent_summary",
     "Father asked that his son's photo be removed from the fun-run gallery. The boy is 11; "
     "father says the boy's mother has residency and did not consent to publication. Photo "
     "hidden pending review."),
    ("children", "sensitive", "web_form",
     "Guardian details for youth volunteer. Volunteer: Lily-Mae Carter, DOB 03/05/2014, "
     "Hollybank Academy. Guardian: Sharon Carter, 07700 900871. Photo consent: No."),
    ("children", "sensitive", "email",
     "Hey team, my twins are 8 and want to sell raffle tickets for their Little League "
     "fundraiser through my account. Is there a way to track Mason's and Ava's sales "
     "separately? Thanks! Jen Alvarez"),
    ("children", "sensitive", "sms",
     "hi can i bring my lad to the sunday bake sale shift? he's still at nursery and my mum cant "
     "have him, he'll be in the pram the whole time || Agent: Of course, see you Sunday!"),
    ("children", "sensitive", "review_reply",
     "★★★ Decent app but my 13 year old can't make her own account, she has to use mine to book "
     "shifts at the animal shelter. || Agent reply: Thanks Gina, under-16s need a linked "
     "guardian account; go to Settings > Family to add her."),
    ("children", "sensitive", "thread",
     "Can I get a refund on the junior ticket? || Agent: Of course, can I ask why? || Her school "
     "trip to France has moved to the same weekend, she's in Year 8 so apparently it's "
     "compulsory || Agent: No problem, refunded to your card."),
    ("children", "sensitive", "agent_note",
     "Volunteer coordinator at Eastfield Scouts flagged that Jamie P., aged fourteen, had been "
     "registered with an adult date of birth by mistake. Corrected DOB and applied under-18 "
     "safeguarding settings."),
    ("children", "sensitive", "chat",
     "Hi po, I would like to register my son for the youth volunteer program, he is turning 16 "
     "this June, is he already qualified? Thank you po || Agent: Hi! The programme is open from "
     "16, so he can sign up from his birthday. || Noted po, thank you"),
    ("children", "sensitive", "email",
     "Hello, my stepdaughter Ruby is 17 and has been confirmed for the bar shift at the "
     "over-18s quiz night. I think she entered her birth year wrong. Can you cancel that "
     "booking please? Regards, Alan Price"),
    ("children", "sensitive", "voicemail",
     "Hi, it's Mark Fenwick. My daughter Isla, she's just started at Kingsmead Secondary, "
     "signed up for your campaign newsletter with my email address and I'd like her taken off. "
     "She's eleven, she shouldn't be on there. Thanks."),
    ("children", "benign", "email",
     "Hi, we run the Kids Can Code Appeal. Could the invoice for our Tandem plan be in the "
     "organisation's name rather than mine? Charity no. 1190442. Sam Reddy, Treasurer"),
    ("children", "benign", "chat",
     "what exactly does the 'family ticket' on the summer fete cover? like is it 2 adults + a "
     "set number? || Agent: The organiser has set it at 2 adults and up to 3 under-16s. || ok "
     "cool, just needed it for the poster"),
    ("children", "benign", "agent_note",
     "Org admin asked whether the platform supports age verification for their youth club's "
     "events. Sent our safeguarding and age-gating policy doc. No individual's data involved."),
    ("children", "benign", "dm",
     "not gonna lie the new update is so buggy it's like a toddler built it 😂 anyway when's "
     "the fix"),
    ("children", "benign", "thread",
     "Our event is called 'Baby Shark Splash' (a sponsored swim) and the title gets cut off on "
     "the tickets || Agent: The ticket title limit is 40 characters, it's 42 with the emoji. || "
     "Ah, removed the emoji, all good now."),
    ("children", "benign", "sms",
     "Hi, is there parking at Mill Farm for the goat kids petting day? Cheers"),
    ("children", "benign", "web_form",
     "Our rescue cat had a litter of kittens and we're selling slots for a 'kitten cuddle' "
     "fundraiser. Can each 30-minute slot be capped at 10 people?"),
    ("children", "benign", "email",
     "Re: child safeguarding policy template. Could you share the template your platform offers "
     "volunteer-led organisations? Our trustees want to adopt one at the next board meeting. "
     "Many thanks, Elaine (Secretary)"),
    ("children", "benign", "review_reply",
     "★★★★★ Child's play to set up. Had our book club memberships running in an hour. || "
     "Agent reply: Love it, thanks for the kind words!"),
    ("children", "benign", "chat",
     "hey do u sell kids' sizes of the volunteer hi-vis vests in the merch shop or just adult? "
     "|| Agent: We stock kids' S and M as well. || nice, the club wants a few for the stall "
     "display"),
    ("children", "benign", "call",
     "Agent: Tandem support. || Hi, we're a nursery, the business I mean, and we want to use "
     "Tandem Tickets for our summer fair. Is there an education discount? || Agent: Registered "
     "nurseries and schools get 20% off, I'll email the form. || Brilliant."),
    ("children", "benign", "agent_summary",
     "Customer asked how to set 'Junior Member' category pricing for the bowls club (org "
     "policy, £10 flat fee). Walked through Membership Types. No specific member discussed."),
    ("children", "benign", "email",
     "The title of our event is 'School's Out Disco for the Youth Trust', but the ticket page "
     "says 'Schools Out' without the apostrophe. Pedantic, I know! Could you fix it?"),
    ("children", "benign", "thread",
     "Why does the volunteer app ask for my date of birth? || Agent: We ask all volunteers to "
     "confirm they're over 18 for the insurance; it's never shown on your profile. || OK fair "
     "enough, I'm 52 so no worries there haha"),
    ("children", "benign", "web_form",
     "Hypothetically, if a 14-year-old wanted to volunteer with us, would they need a guardian "
     "account? We're drafting the FAQ for our new group and want to get it right before anyone "
     "signs up."),
    ("children", "benign", "dm",
     "are the teenage mutant ninja turtles marathon screening tickets refundable? asking for "
     "myself, a 34 year old man with no shame"),
    ("children", "benign", "sms",
     "Can I get 2 adult tickets for the Peter Pan panto fundraiser, row C if poss? || Agent: "
     "Done, C11 and C12. || ta!"),
    ("children", "benign", "chat",
     "my flatmate's puppy ate the printed tickets 🙃 can u resend to the same email || Agent: "
     "Ha, resent! Check spam just in case. || got them thx"),
    ("children", "benign", "email",
     "We're a children's charity (reg. 1182345) upgrading to the Pro plan. Please send the "
     "annual invoice with our charity number on it. Finance Team, Little Steps Trust"),
    ("children", "benign", "agent_note",
     "Org 'Grandparents & Toddlers Café' renamed their group to 'Riverside Café Club'. Updated "
     "display name and URL slug; no other changes."),
    # ---- financial_hardship
    ("financial_hardship", "sensitive", "email",
     "Hi, please cancel my £10 monthly donation. I was made redundant last month and I have to "
     "cut everything that isn't rent and food. I'll come back when I can, I promise. Sorry. "
     "Helen Ashby"),
    ("financial_hardship", "sensitive", "chat",
     "can i pause my membership fee for a few months? on UC now and the sanction took half my "
     "payment this month || Agent: Yes, I can freeze it for up to 6 months with no charge. || "
     "please do, thank u"),
    ("financial_hardship", "sensitive", "agent_note",
     "Member phoned upset about a £5 failed direct debit charge. Says her account is overdrawn "
     "and she's on a debt management plan. Waived the fee and moved collection to the 28th, "
     "after her pension lands."),
    ("financial_hardship", "sensitive", "sms",
     "Hiya sorry my ticket payment bounced, bailiffs emptied the account on Monday. can I pay "
     "cash on the door?"),
    ("financial_hardship", "sensitive", "thread",
     "Hi, I need to change the address on my membership || Agent: No problem, what's the new "
     "address? || It's c/o the night shelter on Kings Rd for now, we were evicted in March. Just "
     "so the renewal letter gets to me || Agent: Updated, Tom. I'm sorry you're going through that."),
    ("financial_hardship", "sensitive", "web_form",
     "Concession request: I'm on Jobseeker's Allowance and can't afford the £35 conference "
     "ticket. Is the £5 concession rate still available? I've attached my award letter."),
    ("financial_hardship", "sensitive", "call",
     "Agent: How can I help today? || I've had a letter from a debt collection agency saying I "
     "owe your tennis club £240 in back subs. I just can't pay that right now, I lost my job in "
     "January. || Agent: I'm sorry. That's from an old account; I'll put it on hold and speak "
     "to the club's treasurer."),
    ("financial_hardship", "sensitive", "email",
     "Please I am begging you to help me with a refund for the ticket. My shop was closed down "
     "and I have not been able to pay my rent for two months, the landlord has given me quit "
     "notice. The N15,000 will help me a lot. Thank you, Funmilayo"),
    ("financial_hardship", "sensitive", "dm",
     "any chance of a hardship waiver for the climbing club subs? i'm literally choosing "
     "between topping up the gas meter and eating this week || Agent: Yes, the club has a "
     "confidential waiver, I've applied it to your account. || thank you so much"),
    ("financial_hardship", "sensitive", "voicemail",
     "Hi, it's Paul Gregg, member number 3318. Um, I need to stop the direct debit. I'm going "
     "through bankruptcy and the insolvency practitioner's told me to cancel everything that "
     "isn't essential. So... yeah. Sorry. Cheers."),
    ("financial_hardship", "sensitive", "agent_summary",
     "Volunteer asked for travel expenses to be paid weekly instead of monthly. She is in rent "
     "arrears and relies on the reimbursement to afford the bus to her shifts. Weekly payout "
     "approved by coordinator."),
    ("financial_hardship", "sensitive", "chat",
     "Sir my salary is not credited since 3 months and now the company has shut down. Kindly "
     "stop my sponsorship of the two students and refund this month if possible. || Agent: I'm "
     "sorry to hear that. I've stopped the sponsorship and refunded this month's ₹2,000. || "
     "Thank you sir"),
    ("financial_hardship", "sensitive", "thread",
     "My payment keeps failing for the annual dinner || Agent: Sorry! It's coming back as "
     "insufficient funds. Would you like to try another card? || No other card. Honestly things "
     "are bad, I'm in a DRO and I haven't got £45 spare. Please just cancel it. || Agent: Done, "
     "nothing has been taken."),
    ("financial_hardship", "sensitive", "sms",
     "cant renew this yr sorry, my hours at the warehouse got cut to zero and im behind on "
     "everything. will miss the club x"),
    ("financial_hardship", "sensitive", "email",
     "Morning. I can't manage the $60 membership this year, the hotel laid me off after the "
     "season and I'm just scraping by. Allyuh have any payment plan? Thanks, Devon"),
    ("financial_hardship", "sensitive", "agent_note",
     "Organiser reports that a regular attendee, Marcus, has been sleeping in his car since "
     "losing his flat, and asked if he can have free tickets via the hardship code. Code issued "
     "to the organiser."),
    ("financial_hardship", "sensitive", "web_form",
     "Reason for refund: The food bank referral came through this week and honestly the £20 is "
     "better spent on the electric right now. Sorry to be that person."),
    ("financial_hardship", "sensitive", "chat",
     "hey can i drop my £25/mo gift to £3? my wages are being docked for a CCJ and i'm skint "
     "till it's paid off || Agent: Of course, changed to £3 from next month. || ta"),
    ("financial_hardship", "sensitive", "call",
     "Agent: Tandem Members, you're speaking to Ali. || Hi Ali, the club's subs went out twice "
     "and that's put me into my overdraft, and I'm already on a payment plan with the council "
     "for my council tax arrears. Can I get one back today? || Agent: Absolutely, I'm refunding "
     "the duplicate now and marking it urgent."),
    ("financial_hardship", "sensitive", "review_reply",
     "★★★★★ When I was living on Income Support and couldn't afford renewal, the club used the "
     "app's hardship discount without making me feel small. || Agent reply: Thank you for "
     "sharing, Aileen. We're glad it helped."),
    ("financial_hardship", "benign", "email",
     "Hi, our card was declined on the Pro plan renewal because it had expired. We've added the "
     "new one. Could you retry the charge? Thanks, Westfield Tenants' Forum"),
    ("financial_hardship", "benign", "chat",
     "what's the difference between the free and paid tiers? trying to keep costs down for our "
     "book swap group || Agent: Free covers up to 50 members; paid adds email campaigns and Gift "
     "Aid. || free is plenty then, thanks"),
    ("financial_hardship", "benign", "thread",
     "We're a debt advice charity and want to sell tickets for our 'Money Matters' budgeting "
     "workshop || Agent: Great, you can set a pay-what-you-can tier so cost isn't a barrier. || "
     "Perfect, setting it up now."),
    ("financial_hardship", "benign", "sms",
     "Hi can I get a VAT receipt for my conference ticket pls, work is reimbursing it"),
    ("financial_hardship", "benign", "dm",
     "my wallet's crying after the merch drop 😂 anyway when do the hoodies ship? || Agent: "
     "Haha, they dispatch on the 3rd! || 🙌"),
    ("financial_hardship", "benign", "web_form",
     "Our event 'Eviction Notice: an immersive theatre night' is showing a 7pm start on the "
     "ticket page; it should be 7:30pm. Please correct."),
    ("financial_hardship", "benign", "agent_note",
     "Customer queried what looked like a duplicate charge. Confirmed one was a "
     "pre-authorisation hold that drops off within 5 working days. No refund needed."),
    ("financial_hardship", "benign", "email",
     "Please can we switch from monthly to annual billing to get the 15% discount? Treasurer, "
     "Westbrook Rambling Club"),
    ("financial_hardship", "benign", "call",
     "Agent: Tandem support. || Hi, I'm treasurer for a bowls club, we want to offer a hardship "
     "discount to any member who asks. Can we make a code that doesn't show on the public page? "
     "|| Agent: Yes, create a private promo code under Pricing. || Lovely, that's what we need."),
    ("financial_hardship", "benign", "chat",
     "We're running a Monopoly tournament fundraiser, first team to go bankrupt buys the pizza "
     "😄 can tickets be sold per team of four? || Agent: Yes, use a group ticket with quantity "
     "4. || sorted"),
    ("financial_hardship", "benign", "review_reply",
     "★★ The fees are daylight robbery compared with some platforms. || Agent reply: Thanks for "
     "the feedback. Our 2.9% includes Gift Aid processing and payouts; charities can apply for "
     "1.5%."),
    ("financial_hardship", "benign", "thread",
     "Why was I charged £2.40 extra on my ticket? || Agent: That's the booking fee, shown on the "
     "last step of checkout. || Ah I missed it. Fine, thanks."),
    ("financial_hardship", "benign", "sms",
     "Are the gala tickets likely to sell out before the 30th? Want to grab 4 for the office "
     "once the team budget's signed off"),
    ("financial_hardship", "benign", "web_form",
     "Invoice request: tickets for the 'Debt-Free Futures' seminar should be addressed to "
     "Harbour Credit Union Ltd, 2 Quay Street, not to me personally."),
    ("financial_hardship", "benign", "email",
     "Hi, I think your refund policy page contradicts itself. One line says 'no refunds within "
     "7 days of the event' and another mentions a 14-day cooling-off period. Which is right?"),
    ("financial_hardship", "benign", "agent_summary",
     "Org asked whether Tandem can chase unpaid subscriptions automatically. Explained the "
     "reminder sequence and that we never pass accounts to debt collectors. Enabled reminders "
     "for them."),
    ("financial_hardship", "benign", "dm",
     "ur checkout is so slow I could've gone bankrupt waiting 😂 anyway it worked in the end"),
    ("financial_hardship", "benign", "chat",
     "Hi, my bank changed its sort code after a merger, how do I update my direct debit for the "
     "club? || Agent: Go to Payments > Direct Debit > Edit; it'll re-confirm with the new code. "
     "|| done, thanks"),
    ("financial_hardship", "benign", "call",
     "Agent: Hello, Tandem Give. || Hi, I coordinate a food bank and we'd like a 'cover a "
     "family's electric for a week' option on our donate page. Can we label amounts like that? "
     "|| Agent: Yes, custom amount labels are under Donation Settings. || Great."),
    ("financial_hardship", "benign", "email",
     "We're a small theatre staging 'The Bailiff's Daughter' and the preview night tickets "
     "aren't showing on the listing. Could you check? Box Office, Lantern Theatre"),
    # ---- legal
    ("legal", "sensitive", "email",
     "Please remove my home address from the member directory immediately. I have a "
     "non-molestation order against my ex-partner and he is a member of the same running club. "
     "Rachel Boyd"),
    ("legal", "sensitive", "chat",
     "hi, my solicitor needs all my volunteer shift records from 2023, I'm taking the charity to "
     "an employment tribunal || Agent: We can export those for you. Shall I send them to the "
     "email on your account? || yes please, cc my solicitor at k.hale@halelegal.example"),
    ("legal", "sensitive", "agent_note",
     "Volunteer called to say she can't do DBS-required shifts for now: she was arrested last "
     "week and has been released under investigation. Removed her from the youth rota pending "
     "an update."),
    ("legal", "sensitive", "thread",
     "Can you confirm what time I checked in at the Riverside meetup on 4 May? || Agent: "
     "Check-in shows 18:42. May I ask what it's for? || It's for the police, my car was broken "
     "into in the car park and they want a timeline for the crime report || Agent: Understood, "
     "I'll email you an official export."),
    ("legal", "sensitive", "sms",
     "cant do my shift weds sorry, got to be at the magistrates for my hearing. can do next wk"),
    ("legal", "sensitive", "web_form",
     "Subject access request. I am in a legal dispute with the Hartfield Allotment Society and "
     "my lawyer requires all records you hold about me, including messages. Reference HL/2291."),
    ("legal", "sensitive", "call",
     "Agent: Tandem support, this is Ruth. || Hi Ruth, I need to change the name on my "
     "membership. I've got a restraining order against my ex-husband and I've gone back to my "
     "maiden name. || Agent: I'll update that now and hide your profile from other members."),
    ("legal", "sensitive", "email",
     "Hi, I'm being sued by a former tenant and my attorney says I need to list all my "
     "charitable donations for discovery. Can you generate a statement of everything I've given "
     "since 2021? Thanks, Greg Holloway"),
    ("legal", "sensitive", "agent_summary",
     "Member mentioned he is on probation and asked whether the venue's ID check would flag him; "
     "says his offender manager has approved him attending. Advised the venue only scans the "
     "ticket QR."),
    ("legal", "sensitive", "dm",
     "can u take down my volunteer profile pic? the case is still going through the crown court "
     "and I don't want my face out there || Agent: Done, your photo is removed and your profile "
     "is set to private."),
    ("legal", "sensitive", "thread",
     "My ticket was cancelled without warning || Agent: I see the organiser revoked it, citing a "
     "banning notice. || Yeah, the venue got a notice from the police about me after my arrest "
     "in March, it's being contested. Can I at least get my money back? || Agent: Yes, full "
     "refund issued."),
    ("legal", "sensitive", "email",
     "Hi lads, I'm after getting a solicitor's letter from the landlord of the hall we rent for "
     "the club, and I'm named personally. Could you export the booking records for 2024 so my "
     "own solicitor can go through them? Thanks, Ciarán"),
    ("legal", "sensitive", "chat",
     "hey can you confirm i was checked in at the fundraiser on the 12th? my lawyer needs it for "
     "my defence, long story || Agent: I can send you a check-in confirmation with the "
     "timestamp. || ok yes pls"),
    ("legal", "sensitive", "voicemail",
     "Hello, it's Anita Desai. I'm a witness in a case and the CPS have asked for my volunteer "
     "shift log for the third of February. Could somebody call me back on 07700 900233? "
     "Thank you."),
    ("legal", "sensitive", "agent_note",
     "Caller's husband, a marshal on the group's rota, received a police caution for a public "
     "order offence on Saturday. She asked that his name be taken off the marshal list for now. "
     "Done."),
    ("legal", "sensitive", "web_form",
     "Dear Team, FIR has been lodged regarding my phone stolen at your Koramangala meetup venue. "
     "Police are asking for attendee list of that evening. Kindly share through proper channel. "
     "Regards, Rohit Kulkarni"),
    ("legal", "sensitive", "sms",
     "Hi Jas here, need my address off the volunteer app asap. just got out and my licence "
     "conditions say no contact with anyone from the old group"),
    ("legal", "sensitive", "thread",
     "I need a refund please, I'm going to be in court for the custody hearing that week || "
     "Agent: Sorry to hear that, I'll process it now. || Thanks. Family court drags on forever. "
     "|| Agent: Refunded, you'll see it in 3-5 days."),
    ("legal", "sensitive", "email",
     "Howzit, I need a letter confirming I volunteered every Saturday at the soup kitchen from "
     "January to June. My advocate wants it before my sentencing next month. Thanks, Sipho "
     "Dlamini"),
    ("legal", "sensitive", "review_reply",
     "★ Your platform handed my details to the club I'm now suing for unfair expulsion. My "
     "solicitor will be in touch. || Agent reply: Sorry to hear this, Gary. Please email our DPO "
     "via privacy@ so we can respond properly."),
    ("legal", "benign", "email",
     "Our organisation's legal team has asked to review your Terms of Service and Data "
     "Processing Agreement before we sign. Could you send the latest PDFs? Thanks, Operations, "
     "Greenway Trust"),
    ("legal", "benign", "chat",
     "is the quiz at The Old Courthouse pub still thursday? || Agent: Yes, 7:30pm, doors at 7. "
     "|| cool"),
    ("legal", "benign", "thread",
     "We're a law firm sponsoring the charity 10k, can our logo go on the race bibs? || Agent: "
     "Sponsor logos on bibs are a Pro feature. || No problem, upgrading now."),
    ("legal", "benign", "web_form",
     "Event title: 'Courtroom Classics Movie Night: 12 Angry Men'. There's a typo on the "
     "listing ('Angy'), please fix."),
    ("legal", "benign", "sms",
     "Need 2 tickets for the Law & Order trivia night pls, is it cash bar?"),
    ("legal", "benign", "agent_note",
     "Customer asked whether Tandem complies with UK GDPR and the Data Protection Act 2018 for "
     "their membership records. Sent the compliance page and DPA. No individual issue raised."),
    ("legal", "benign", "dm",
     "this bug is criminal 😂 the map pin puts our venue in the middle of the estuary || Agent: "
     "Ha, sorry! Fixed the geocode. || legend"),
    ("legal", "benign", "email",
     "Hypothetically, if a member ever threatened to take us to small claims over a refund, "
     "would Tandem provide transaction records? We're just writing our complaints procedure; "
     "nothing has happened."),
    ("legal", "benign", "call",
     "Agent: Hi there, Tandem Tickets. || Hi, I'm a solicitor, our firm's social committee uses "
     "Tandem for the summer party and I need to change the card on the account. || Agent: Sure, "
     "that's under Billing > Payment method. || Found it, thanks."),
    ("legal", "benign", "review_reply",
     "★★★★ Judge for yourself, but this is the best ticketing app we've used for our choir "
     "concerts. || Agent reply: Thanks, we'll take that verdict!"),
    ("legal", "benign", "thread",
     "Your terms say you can suspend accounts for 'unlawful activity', what counts? Our board "
     "asked. || Agent: Things like payment fraud or selling counterfeit tickets. || Thanks, "
     "that's clear."),
    ("legal", "benign", "chat",
     "my ticket says 'Jury Room Bar, 7pm', is that the upstairs room at the Crown? || Agent: "
     "Yes, up the stairs on the left. || ta"),
    ("legal", "benign", "web_form",
     "We're the volunteer team at Northgate Advice Centre and need 25 volunteer seats on the "
     "app. Please send a quote for annual billing."),
    ("legal", "benign", "email",
     "Copyright question: can we use the photos from our last gala on our website? The "
     "photographer was hired and paid by us. Just want to check the platform doesn't claim any "
     "rights."),
    ("legal", "benign", "agent_summary",
     "Org asked about the 'Legal name' field in member profiles and whether it must be filled "
     "in. Explained it's optional and the display name is used publicly. No changes made."),
    ("legal", "benign", "sms",
     "Is the Crime Fiction Book Club meetup still in the library or has it moved? || Agent: "
     "Still the library, room 2. || thanks"),
    ("legal", "benign", "dm",
     "just binged Suits again and feel inspired to finally sort our club's paperwork lol. how do "
     "I add a second admin?"),
    ("legal", "benign", "chat",
     "Can't find where to switch off the 'police check required' setting. We want it off for "
     "our litter pick, it's not needed for that event || Agent: It's under Volunteer Roles > "
     "Requirements. || got it"),
    ("legal", "benign", "thread",
     "Our 'Trial by Jury' Gilbert & Sullivan concert sold out and people are asking for a "
     "waitlist, can we turn one on? || Agent: Yes, toggle Waitlist in Event Settings. || "
     "Brilliant, done."),
    ("legal", "benign", "agent_note",
     "Venue partner 'The Magistrates' Kitchen' asked for their street address to be corrected "
     "on all event listings. Updated 6 listings."),
    # ---- special_categories
    ("special_categories", "sensitive", "email",
     "Hi, can the volunteer app stop auto-assigning me to Friday evening and Saturday shifts? I "
     "keep Shabbat and I keep getting put on them. Sundays are great though. Thanks, Miriam "
     "Feldman"),
    ("special_categories", "sensitive", "agent_note",
     "Member asked that his membership card show his full name, Harjit Singh Gill, and that the "
     "photo guidance be changed so his turban isn't flagged as a 'hat'. Updated card and raised "
     "a guidance fix."),
    ("special_categories", "sensitive", "sms",
     "sorry cant marshal sunday morning, I'm doing a reading at 10 o'clock mass. can do from 12 "
     "|| Agent: No problem, moved you to the 12-4 slot."),
    ("special_categories", "sensitive", "email",
     "Hello, I would like to join the refugee welcome volunteers. As a Roma woman I speak Romani "
     "and Slovak and could help families settling in. Please add me to the interpreter list. "
     "Lenka Horvathova"),
    ("special_categories", "sensitive", "thread",
     "Someone in the meetup group chat made a comment about my accent || Agent: I'm sorry, can "
     "you tell me more? || I'm Kurdish, from Erbil, and he asked if I was 'one of the ones off "
     "the boats'. I want him removed. || Agent: I've escalated it to the organiser and our trust "
     "and safety team."),
    ("special_categories", "sensitive", "chat",
     "hi, i'm standing for the Green Party in Ward 7 and need my personal email off the petition "
     "signer list before the election || Agent: Done, your signature now shows initials only. "
     "|| thanks"),
    ("special_categories", "sensitive", "dm",
     "signed the anti-pipeline petition through Tandem and now my boss has seen my name on the "
     "public list. I'm on the local climate action committee but didn't want work knowing. can "
     "you hide it?"),
    ("special_categories", "sensitive", "email",
     "Hi, I'm the GMB shop steward at the depot and my subs go through your Members system. "
     "Since the dispute started I'd rather my home email wasn't visible to other members. "
     "Cheers, Kev Brannigan"),
    ("special_categories", "sensitive", "sms",
     "strike pay form on the branch app wont submit, been out since monday with the rest of the "
     "ward staff. can someone fix pls || Agent: Sorry Jade, it's fixed now, please try again."),
    ("special_categories", "sensitive", "chat",
     "hi can u change the plus-one on my gala ticket to my boyfriend, Liam Hart? (I'm a guy, the "
     "form keeps assuming girlfriend lol) || Agent: Sorry about that! Updated to Liam Hart. || "
     "cheers"),
    ("special_categories", "sensitive", "email",
     "Hi, I joined the LGBTQ+ walking group through your app and would like my name hidden from "
     "the public attendee list. I'm bi but not out at work yet. Thanks, Naomi"),
    ("special_categories", "sensitive", "agent_note",
     "Member complained that a volunteer leader told the group chat she and her partner are in "
     "an open relationship and see other people. Member wants the messages removed. Escalated "
     "to moderation."),
    ("special_categories", "sensitive", "dm",
     "can someone take down photo 14 from the quiz night album? it's me leaving with a guy I've "
     "been sleeping with behind my wife's back and she follows the page. please"),
    ("special_categories", "sensitive", "web_form",
     "Name change request: I'm transitioning and now go by Alex (he/him). Please update my "
     "membership card and all emails. Deed poll attached."),
    ("special_categories", "sensitive", "thread",
     "The door staff at the meetup asked for ID matching my ticket name || Agent: Sorry about "
     "that, what happened? || My passport still has my deadname and they read it out loud. It "
     "was humiliating. Can venues just scan the QR? || Agent: Absolutely, I'm updating our "
     "organiser guidance today."),
    ("special_categories", "sensitive", "chat",
     "hey, I'm nonbinary and the membership form only lets me pick Mr/Mrs/Miss/Ms, can you add "
     "Mx or let me leave it blank? name's Robin Achebe || Agent: You can leave it blank now, and "
     "Mx is coming next release. || ty!"),
    ("special_categories", "sensitive", "email",
     "Hi, I uploaded my DNA test report to the research-day volunteer form by mistake. It shows "
     "I carry a BRCA2 variant and I don't want that anywhere near my volunteer profile. Please "
     "delete it. Thanks, Fiona Dunmore"),
    ("special_categories", "sensitive", "agent_summary",
     "Member asked whether we still hold the genetic test result he uploaded to the family "
     "support group's private files; he carries the Huntington's gene and wants the file "
     "permanently deleted. Confirmed deletion."),
    ("special_categories", "sensitive", "chat",
     "the volunteer app wants a face scan to check in now?? I don't consent to you keeping my "
     "face data, please delete the one from last tuesday. name is Oluwaseun Adeyemi || Agent: "
     "That was the venue's kiosk, not us, but I've sent them your deletion request. || ok thanks"),
    ("special_categories", "sensitive", "agent_note",
     "Customer asked for deletion of the fingerprint template the Grandstand venue's turnstile "
     "took when he registered his season ticket. Forwarded to the venue's DPO; Tandem holds no "
     "copy."),
    ("special_categories", "benign", "email",
     "We're a credit union, not a trade union! Your sign-up flow keeps labelling our org type as "
     "'Union' on invoices. Can you fix? Thanks, Admin, Hillside Credit Union"),
    ("special_categories", "benign", "chat",
     "is the Pride and Prejudice film night easy to get to by bus? 2 tickets pls || Agent: The "
     "42 stops right outside. Tickets sent! || lovely"),
    ("special_categories", "benign", "agent_note",
     "Org admin asked whether turning on fingerprint login in the volunteer app means Tandem "
     "stores fingerprints. Explained device biometrics never leave the phone; we only receive a "
     "yes/no."),
    ("special_categories", "benign", "thread",
     "The postcode for Church Street Community Hall is wrong on our listing || Agent: Thanks, "
     "what should it be? || BS3 4LQ || Agent: Updated on all three events."),
    ("special_categories", "benign", "review_reply",
     "★★★★★ Was praying this update would fix the sync bug 🙏 and it did! || Agent reply: Glad "
     "to hear it!"),
    ("special_categories", "benign", "sms",
     "Hi, is there a bar at the Gene Kelly tribute night?"),
    ("special_categories", "benign", "web_form",
     "Policy question: the equality and diversity template includes optional ethnicity and "
     "religion questions. Can we switch those off completely? We don't want to collect them "
     "from anyone."),
    ("special_categories", "benign", "dm",
     "the Union Street Jazz Club renewal emails went out with last year's date on them, can u "
     "check? || Agent: Fixed the template, thanks for spotting!"),
    ("special_categories", "benign", "email",
     "Does Tandem have a policy on political parties using the platform? Our board is drafting "
     "rules for which groups can hire our community hall, and we'd like to align with yours."),
    ("special_categories", "benign", "chat",
     "lol the new export screen is a religious experience, I can finally find the CSV button || "
     "Agent: High praise! 😄"),
    ("special_categories", "benign", "call",
     "Agent: Tandem Tickets. || Hi, we're the Morris Dancers' Guild and want a 'Guild member' "
     "ticket tier at a lower price. || Agent: You can create member-only tiers under Pricing. "
     "|| Lovely, thank you."),
    ("special_categories", "benign", "thread",
     "Does the volunteer app use facial recognition? Someone on Facebook said it does. || "
     "Agent: No, we never use face scanning; check-in is by QR code only. || Good, thanks for "
     "clarifying."),
    ("special_categories", "benign", "agent_summary",
     "Organiser of the 'Rainbow Row Street Party' asked to add a second date in September. "
     "Duplicated the event and adjusted capacity. No other issues."),
    ("special_categories", "benign", "email",
     "Our family history society runs talks on DNA and ancestry research. Can we set up a "
     "recurring monthly event that keeps the same ticket link? Secretary, Fenland Family "
     "History Society"),
    ("special_categories", "benign", "sms",
     "Is the Diwali lights walk on the same route as the Christmas lights walk? Both town "
     "centre? || Agent: Same start point, slightly shorter route. || ta"),
    ("special_categories", "benign", "chat",
     "Do you have a pronouns field on member profiles? Asking for our policy doc, we'd like to "
     "offer it to everyone as optional. || Agent: Yes, it's in Profile Fields > Optional. || "
     "great"),
    ("special_categories", "benign", "web_form",
     "Event: 'Queen: A Kind of Magic' tribute gig. The ticket says 'Qween', please fix the typo."),
    ("special_categories", "benign", "dm",
     "the strike-through formatting in our event description isn't showing up, is that a bug?"),
    ("special_categories", "benign", "thread",
     "Agent: Hi, the payment for your 'Conservative Estimates: Budgeting for Treasurers' "
     "workshop failed. || Oh that's our finance training, card's been renewed. Try again? || "
     "Agent: Done, all paid."),
    ("special_categories", "benign", "email",
     "The left and right alignment buttons in the event page editor are swapped. Minor, but "
     "it's driving our comms volunteer up the wall."),
    # ---- bereavement
    ("bereavement", "sensitive", "email",
     "Hello, my husband Graham passed away on 2 March. He had a monthly donation set up from our "
     "joint account and I'd like it cancelled. His supporter number was 55120. Thank you, "
     "Patricia Lowe"),
    ("bereavement", "sensitive", "chat",
     "hi i need to cancel my dad's membership, the funeral was last week and I'm trying to close "
     "all his accounts || Agent: I'm so sorry for your loss. I can do that now; could you give "
     "me his email or member number? || derek.sloane@example.com || Agent: Closed, and no "
     "further payments will be taken."),
    ("bereavement", "sensitive", "agent_note",
     "Caller's mother died in hospital on Sunday. She asked to convert her mother's two gala "
     "tickets into a donation in her memory. Done; sent the tribute page link and set a "
     "bereavement flag."),
    ("bereavement", "sensitive", "sms",
     "cant do my shift sat, we lost my nan on tuesday and the service is friday. sorry x"),
    ("bereavement", "sensitive", "web_form",
     "Please help me set up an In Memory fundraising page for my late wife, Eileen Morgan, who "
     "volunteered at the food bank for twenty years. I'd like donations to go to the food bank."),
    ("bereavement", "sensitive", "thread",
     "Can I get a refund on the meetup ticket? || Agent: Hi, it's past the refund window, can I "
     "ask the reason? || My brother was killed in a crash on the M6 last Thursday and I can't "
     "face being around people. || Agent: I'm so sorry. I've refunded it in full."),
    ("bereavement", "sensitive", "voicemail",
     "Hi, this is Rhys Evans, calling on behalf of my father, Owen Evans. He, um, he passed on "
     "Friday. He was down to steward at the village show next week, so could you let the "
     "organisers know? Thank you."),
    ("bereavement", "sensitive", "email",
     "Dear Sir, My father expired on 10th of this month. Kindly stop the monthly sponsorship "
     "debit from his account and send confirmation to this email. Thanks & Regards, Suresh Iyer"),
    ("bereavement", "sensitive", "dm",
     "my girlfriend's account keeps sending me event reminders. she passed in january. how do i "
     "make it stop || Agent: I'm so sorry. If you send me her name, I'll memorialise the account "
     "and stop all reminders. || Hannah Briggs"),
    ("bereavement", "sensitive", "call",
     "Agent: Tandem Members, how can I help? || Hello, I'm the executor of my aunt's estate, "
     "Margaret Hale. I need to close her club membership and have the unused part refunded to "
     "the estate. || Agent: I'm sorry for your loss. I'll need a copy of the death certificate "
     "and the grant of probate."),
    ("bereavement", "sensitive", "agent_summary",
     "Member asked to change the name on her Gift Aid letters; her partner of 30 years died in "
     "the summer after a long illness. Updated; bereavement flag added to suppress marketing for "
     "12 months."),
    ("bereavement", "sensitive", "review_reply",
     "★★★★★ When my mum passed, the team helped me set up a tribute page in an afternoon and we "
     "raised £3k for the hospice that cared for her. || Agent reply: Thank you, Leanne. "
     "Thinking of you and your family."),
    ("bereavement", "sensitive", "chat",
     "hey, the 'in memory' page for my little sister has the wrong date, should be 14 nov not 11 "
     "nov. she would have been 24 today || Agent: I'm so sorry. I've corrected it to 14 "
     "November. || thank u"),
    ("bereavement", "sensitive", "thread",
     "Could you change the name on our joint membership? It's just me now. || Agent: Of course, "
     "is the other member leaving the club? || Bernard passed in the spring. I've been putting "
     "this off. || Agent: I'm so sorry, Joan. I've moved it to a single membership and refunded "
     "the difference."),
    ("bereavement", "sensitive", "email",
     "Hi team, sorry for the late notice. My grandad died on the weekend and I'm a pallbearer on "
     "Thursday, so I can't run the sausage sizzle. Can someone swap with me? Cheers, Jono"),
    ("bereavement", "sensitive", "sms",
     "Hi, Mam's wake is on the Saturday so I won't make the quiz. Can you pass my two tickets to "
     "Siobhan? Thanks, Niamh"),
    ("bereavement", "sensitive", "agent_note",
     "Letter received from solicitors acting for the estate of the late Mr D. Abara, requesting "
     "closure of his account. Account closed and final donation receipt sent to the solicitors."),
    ("bereavement", "sensitive", "web_form",
     "Reason for cancellation: bereavement. Our son died in March and I'm not ready for club "
     "events yet. Please don't send reminders."),
    ("bereavement", "sensitive", "chat",
     "Hi, my grandma just passed yesterday, the wake is the whole week so cannot go the "
     "volunteer event on Sat. Can help me cancel? Thanks ah || Agent: So sorry for your loss. "
     "Cancelled for you. || Thank you"),
    ("bereavement", "sensitive", "call",
     "Agent: Hello, how can I help? || Hi, I found a ticket confirmation in my husband's emails "
     "for a meetup in June. He won't be going, we buried him on Tuesday. Can I get it refunded? "
     "|| Agent: I'm very sorry. Yes, I'll refund it to the original card today."),
    ("bereavement", "benign", "chat",
     "the app just died on me mid-checkout, did my ticket go through? || Agent: Yes, order "
     "#T-55812 is confirmed. || phew thanks"),
    ("bereavement", "benign", "email",
     "We're a family firm of funeral directors sponsoring the town fun run this year. Can we get "
     "two corporate entries and our logo on the start banner? Harlow & Sons Funeral Directors"),
    ("bereavement", "benign", "thread",
     "Our 'Death by Chocolate' bake sale page won't publish || Agent: It was missing an end "
     "date, I've added one. || Brilliant, thanks!"),
    ("bereavement", "benign", "sms",
     "does the Day of the Dead parade ticket include the face paint or is that extra?"),
    ("bereavement", "benign", "web_form",
     "Hypothetically, if a member dies, what happens to their recurring donation? Our trustees "
     "need this for the policy manual; no specific case."),
    ("bereavement", "benign", "agent_note",
     "Hospice charity admin asked to bulk-update the wording on their tribute page template. "
     "Applied the new template across the account. No individual data involved."),
    ("bereavement", "benign", "dm",
     "I'm dead 😂 your autocorrect turned 'quiz night' into 'quiz knight' on our poster || "
     "Agent: Ha, that's the poster tool's spellcheck, you can turn it off in Design. || done ty"),
    ("bereavement", "benign", "review_reply",
     "★ The new sign-up form killed our conversions, it's far too long. || Agent reply: Thanks "
     "for the feedback. You can hide optional fields in Form Settings."),
    ("bereavement", "benign", "chat",
     "our cat passed her vet check so she can be the mascot at the dog show fundraiser lol, do "
     "mascots need a ticket? || Agent: Ha! Mascots go free. || she'll be thrilled"),
    ("bereavement", "benign", "email",
     "Can the 'In Memoriam' section template on our club site show a join year under each name? "
     "Purely a design question, we'd like a cleaner layout."),
    ("bereavement", "benign", "thread",
     "Our 'Death on the Nile' murder mystery dinner sold out, can we add 20 seats? || Agent: "
     "Capacity raised to 100. || Ta!"),
    ("bereavement", "benign", "call",
     "Agent: Tandem support. || Hi, our pub quiz team is called the Grave Diggers and the "
     "sponsorship page still shows the old captain. || Agent: I'll switch the captain to you "
     "now. || Cheers."),
    ("bereavement", "benign", "sms",
     "FYI my phone died at the door so couldn't show the QR, they let me in on my name. Just so "
     "check-in numbers add up"),
    ("bereavement", "benign", "agent_summary",
     "Customer asked about the 'bereavement' option in the refund reason dropdown; the org wants "
     "to rename it 'personal circumstances'. Explained it's editable. No personal situation "
     "disclosed."),
    ("bereavement", "benign", "dm",
     "the Six Feet Under rewatch club meets thursdays, can we get a recurring ticket? lol"),
    ("bereavement", "benign", "web_form",
     "We're a pet cremation service wanting to sponsor the dog show. Please invoice Paws at "
     "Peace Ltd."),
    ("bereavement", "benign", "email",
     "Could we add a will-writing partner link to our charity's legacy giving page? It's part of "
     "our legacy marketing campaign for next year."),
    ("bereavement", "benign", "chat",
     "the plant i won in last year's raffle finally died lol, are you doing the seed swap again "
     "this year? || Agent: Yes! 14 April at the library. || yay"),
    ("bereavement", "benign", "thread",
     "Is the Ghost Walk tour OK in heels? The cobbles look rough in the photos || Agent: I'd go "
     "with flats, it's mostly cobbles. || Trainers it is."),
    ("bereavement", "benign", "agent_note",
     "Org reported that their long-running 'Dead Good Poets' open mic group is winding up after "
     "12 years. Archived the group and exported the member list for them."),
    # ---- violence_self_harm
    ("violence_self_harm", "sensitive", "email",
     "Please remove my phone number from my volunteer profile. Another volunteer, Darren, keeps "
     "texting me late at night and turned up at my house on Sunday. I'm frightened. Claire"),
    ("violence_self_harm", "sensitive", "chat",
     "i dont see the point anymore honestly. cancel my ticket, i wont be around for it || Agent: "
     "I've cancelled it. I'm worried by what you said, are you thinking about ending your life? "
     "|| yeah. tonight probably || Agent: Thank you for telling me. Please call Samaritans on "
     "116 123 now, or 999 if you're in danger. Can you stay on chat with me while you call?"),
    ("violence_self_harm", "sensitive", "agent_note",
     "Member disclosed during call that she's staying in a women's refuge and asked that nothing "
     "be sent to her old address. Switched to a PO box and set the record to restricted."),
    ("violence_self_harm", "sensitive", "thread",
     "Someone in the Leeds meetup group keeps posting my address and saying he'll 'sort me out' "
     "|| Agent: That's serious, I've suspended his account. Have you contacted the police? || "
     "Not yet, I will tonight. || Agent: Please do; we've preserved the messages for them."),
    ("violence_self_harm", "sensitive", "sms",
     "hiya can u swap me off the late shift, my ex was waiting outside the hall again last wk "
     "and i dont want to walk to the car on my own"),
    ("violence_self_harm", "sensitive", "web_form",
     "Report a member: at the fundraiser on 8 June the organiser grabbed my wrist hard enough to "
     "leave bruises when I questioned the float count. I want this formally recorded."),
    ("violence_self_harm", "sensitive", "dm",
     "been cutting again and the coordinator asked about my arms on shift. can you take me off "
     "the sunday rota for now pls || Agent: Done. Thank you for telling us. Would you like the "
     "number for a support line? || maybe later"),
    ("violence_self_harm", "sensitive", "call",
     "Agent: How can I help? || I need to change the email on my account. My husband reads it "
     "and he gets angry when I spend money, he's hit me before over the subs. || Agent: Thank "
     "you for telling me. I'll change it now and make your account private. If you're ever in "
     "danger, please call 999."),
    ("violence_self_harm", "sensitive", "email",
     "Good afternoon. One of your members has been sending me messages on the group chat calling "
     "me names and saying he will deal with me when he sees me at the next meeting. Screenshots "
     "attached. Please act fast. Yours faithfully, Bisi Adewale"),
    ("violence_self_harm", "sensitive", "agent_summary",
     "Volunteer told her shift lead she'd taken an overdose the night before and came in anyway; "
     "lead called an ambulance. Shifts paused and account flagged for welfare follow-up."),
    ("violence_self_harm", "sensitive", "chat",
     "the organiser of the cycling club keeps commenting on my body in DMs and won't stop even "
     "after I told him to. how do I report him? || Agent: I'm sorry, that's not okay. Tap his "
     "name > Report, or send me screenshots and I'll escalate now."),
    ("violence_self_harm", "sensitive", "thread",
     "Can I get a refund for the 3-day pass? || Agent: Sure, what's the reason? || I'm in a safe "
     "house at the moment after leaving my partner, and my caseworker says no public events for "
     "now. || Agent: Completely understood. Refunded, and your details are hidden."),
    ("violence_self_harm", "sensitive", "voicemail",
     "Hi, it's Marcy. I just... I'm not okay. I've written the letters, and I wanted to cancel "
     "the monthly thing so it doesn't keep coming out after. That's all. Bye."),
    ("violence_self_harm", "sensitive", "review_reply",
     "★ The group admin bullied me out of the choir for months and the app gave me no way to "
     "block her. || Agent reply: I'm so sorry, Denise. Blocking is now under Profile > Privacy, "
     "and please report her via the app so we can act."),
    ("violence_self_harm", "sensitive", "web_form",
     "My neighbour attacked me with an iron rod during the society meeting registration last "
     "Sunday. Police complaint is given. I request you to remove him from the residents' "
     "association group in your app. Venkatesh Rao"),
    ("violence_self_harm", "sensitive", "sms",
     "pls dont post the tickets to the house, my stepdad goes through my stuff and last time he "
     "smashed my phone and shoved me into the wall. email only"),
    ("violence_self_harm", "sensitive", "agent_note",
     "Chat user wrote 'might as well jump off the multi-storey after this week' while asking "
     "about a failed donation. Agent followed welfare script; user said they meant it and "
     "agreed to call a crisis line. Escalated to safeguarding lead."),
    ("violence_self_harm", "sensitive", "chat",
     "hey, can you block a bloke from seeing my events? he's turned up at every meetup I've been "
     "to since I knocked him back, followed me to the train last night || Agent: Yes, I've "
     "blocked him from your events and flagged his account. || thanks heaps"),
    ("violence_self_harm", "sensitive", "email",
     "I need to report that my former partner has been using my old Tandem login to track which "
     "events I'm going to. He was controlling and violent and I've just moved. Please reset "
     "everything."),
    ("violence_self_harm", "sensitive", "dm",
     "someone spat at me and shoved me at the bus stop outside the town hall meetup, one of your "
     "stewards saw it. can you put me in touch with them so I can give a statement?"),
    ("violence_self_harm", "benign", "chat",
     "this checkout flow is killing me 😩 why does it ask for my postcode three times || Agent: "
     "Sorry, that's a known bug with saved addresses, fix lands Tuesday. || ok ta"),
    ("violence_self_harm", "benign", "email",
     "We're Iron Fist Kickboxing, a martial arts club. Can we sell taster-session tickets with a "
     "mandatory waiver checkbox? Thanks, Coach Danny"),
    ("violence_self_harm", "benign", "thread",
     "Our 'Zombie Run' charity 5k page uses a gory default thumbnail, can we change it? || "
     "Agent: Yes, upload a new cover under Branding. || Done, thanks."),
    ("violence_self_harm", "benign", "sms",
     "raffle was a massacre, Pat won four prizes 😂 can u send the receipts to the committee "
     "email"),
    ("violence_self_harm", "benign", "web_form",
     "Policy question: we'd like to add an anti-harassment code of conduct to all our events. "
     "Does Tandem provide a template organisers can adapt?"),
    ("violence_self_harm", "benign", "agent_note",
     "Women's self-defence class provider asked for help bulk-uploading 12 course dates. "
     "Completed. No personal data issues."),
    ("violence_self_harm", "benign", "review_reply",
     "★★★★★ We smashed our fundraising target thanks to the new share buttons! || Agent reply: "
     "Amazing, well done to your team!"),
    ("violence_self_harm", "benign", "dm",
     "your app is gonna make me throw my phone out the window 🙃 the map won't load || Agent: "
     "Sorry! Try updating to 4.11.2. || ok that worked"),
    ("violence_self_harm", "benign", "chat",
     "is the paintball fundraiser ok for people who've never done it? how many paintballs come "
     "with a ticket? || Agent: Beginners welcome, 200 paintballs included. || sold"),
    ("violence_self_harm", "benign", "thread",
     "The 'Harassment' option in the report dropdown is spelled 'Harrasment' || Agent: Good "
     "catch, fixed! || 👍"),
    ("violence_self_harm", "benign", "email",
     "Our amateur theatre group is staging Macbeth and the content warning box on the ticket "
     "page lists 'violence' twice. Could you remove the duplicate? Thanks, Millbrook Players"),
    ("violence_self_harm", "benign", "call",
     "Agent: Hello, Tandem Give. || Hi, I'm from Safe Haven Housing, a domestic abuse charity, "
     "and we want to use the donations module for our winter appeal. What are the fees for "
     "registered charities? || Agent: 1.5% plus 20p per donation. || Great, we'll sign up."),
    ("violence_self_harm", "benign", "agent_summary",
     "Org admin asked whether the platform auto-flags threatening messages in group chats. "
     "Explained the keyword moderation feature; no incident was reported."),
    ("violence_self_harm", "benign", "sms",
     "Is the boxing night fundraiser at the leisure centre sold out? Need 4"),
    ("violence_self_harm", "benign", "web_form",
     "Hypothetically, if a volunteer were assaulted on a shift, would Tandem's incident form "
     "record it or do we need our own? We're drafting our risk assessment."),
    ("violence_self_harm", "benign", "chat",
     "my dog attacked the postie's bag and shredded the ticket letter lol, can u resend by email "
     "|| Agent: Resent! || ta"),
    ("violence_self_harm", "benign", "email",
     "We've never had an incident at our events, but our insurer wants to know whether Tandem "
     "stores incident reports and for how long. Do you?"),
    ("violence_self_harm", "benign", "dm",
     "what a knife-edge finish on the fundraising leaderboard haha, can we export the final "
     "totals?"),
    ("violence_self_harm", "benign", "thread",
     "Agent: Hi, following up on your ticket about the 'Fight Club' screening time, did the new "
     "slot work? || Yes all sorted, thanks! || Agent: Great, enjoy the film."),
    ("violence_self_harm", "benign", "chat",
     "i'd kill for a bulk edit on the volunteer rota, editing 60 shifts one by one is torture || "
     "Agent: It's on the roadmap for spring! || finally"),
]


def tandem_examples() -> list[dict]:
    """The tandem split as labelled tickets (same shape as ``sensitive_eval.build_eval_set``'s)."""
    return stranger_examples("tandem", ENTRIES, SUBJECTS)
