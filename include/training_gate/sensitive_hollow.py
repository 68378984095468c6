"""Hollow split: written by a helper who had not seen the detection rules, the anchors or any other split.
Setting: a toy shop, a children's book club, an educational tablet and its apps, a tutoring marketplace, a
school-trip and uniform supplier, a party venue and a family streaming plan, seen through emails, chats, SMS,
app-store review replies, parent-forum DMs, calls and agent notes, in US, UK, Irish, Indian, Nigerian,
Australian, Caribbean and Singaporean English. The benign half reuses each category's vocabulary through
product and show names, age ranges printed on boxes, schools, clinics, firms, churches and unions buying as
customers, pets, slang and idioms, negations, hypotheticals, routine billing and policy boilerplate, without
revealing anything sensitive about anyone.
First reading (policy 2026.11.12, before any change made in response to it; `sensitive_eval.evaluate`, as `make eval-sensitive`): 90.7 / 8.6 recall / false exclusion in % as shipped, 92.1 / 12.9 without the overruling, 87.1 / 12.1 by the rules alone. The classifier then trained on it; the rules were tuned on it for policy 2026.11.14."""

from __future__ import annotations

from training_gate.sensitive_blind import stranger_examples

SUBJECTS: tuple[str, ...] = (
    "Order PJ-40981 not arrived",
    "Question about my party booking",
    "Change of delivery address",
    "Book club box - skip this month?",
    "Tablet won't charge",
    "Refund request",
    "Tutor session rescheduling",
    "Uniform size exchange",
    "School trip payment plan",
    "FamFlix family plan renewal",
    "Parental controls not working",
    "Invoice needed for our organisation",
    "Account details update",
    "Missing piece from set",
    "Feedback on your app",
)

ENTRIES: list[tuple[str, str, str, str]] = [
    # ---- health
    ("health", "sensitive", "email",
     "Hi, I ordered the Kestrel volunteer fleece in adult L for the trip next month, but I'm on methotrexate at "
     "the moment and my skin flares up with the treated fabric. Is there an untreated version? Order KS-48120."),
    ("health", "sensitive", "chat",
     "can i change the delivery to my mums address, im stuck in the Royal Infirmary on ward 9 till thursday "
     "after the op"),
    ("health", "sensitive", "phone",
     "Caller: Yeah hi, it's about the Jellybean room for Saturday the 14th. I need to move it, I've got chemo on "
     "the Friday and I know from last round I won't be able to stand up on the Saturday. || Agent: I'm so sorry "
     "to hear that. I can move it free of charge to the 21st or the 28th, which suits? || Caller: The 28th, "
     "that's my off week. || Agent: Done, the 28th at 2pm, confirmation is on its way."),
    ("health", "sensitive", "agent_note",
     "Customer asked for large subtitles on all FamFlix profiles; explained she has macular degeneration and "
     "can't read the default size on the telly. Enabled accessibility profile, no charge."),
    ("health", "sensitive", "web_form",
     "Reason for return: I bought the Tadpole Tab for myself to practise reading because I'm dyslexic and "
     "never got help at school. The font in the reading app can't be changed, so it's no use to me. Refund please."),
    ("health", "sensitive", "email",
     "Morning, apologies for the late reply about the tutor invoice. I've been signed off work with anxiety and "
     "depression since March and the admin has slipped badly. I'll settle it this week."),
    ("health", "sensitive", "sms",
     "Hi its Dee, running 10 min late for the 2pm session, my insulin pump alarm went off on the bus"),
    ("health", "sensitive", "dm",
     "Good afternoon ma, please I want to stop the book club box for this month. My wife just had CS on Sunday "
     "and we are still on admission at the hospital. Kindly help me, I will resume next month."),
    ("health", "sensitive", "thread",
     "Customer: I need to pause my TutorNest tutor profile for about six weeks. || Agent: No problem, can I ask "
     "the reason so I choose the right pause type? || Customer: knee replacement on the 4th, won't be able to "
     "drive to anyone's house for a while || Agent: Understood, I've set a medical pause until 18 November and "
     "your reviews stay visible."),
    ("health", "sensitive", "review_reply",
     "Review: 2 stars. Driver left the parcel on the top step again even though my delivery note says I'm a "
     "wheelchair user and can't reach it. || Reply: Hi Maureen, we're really sorry. That note should have been "
     "followed and we've raised it with the courier so it goes to your side door from now on."),
    ("health", "sensitive", "email",
     "Respected Sir/Madam, I am requesting refund of the party deposit as my father-in-law has suffered a "
     "stroke and is admitted in ICU since Tuesday. The function will not happen this month. Kindly do the needful."),
    ("health", "sensitive", "chat",
     "can u turn off the flashing intro on the famflix home screen, i get migraines with aura and it sets them "
     "off every time the telly comes on"),
    ("health", "sensitive", "voicemail",
     "Hi, this is Siobhán Tierney ringing about the wooden kitchen set. I won't be home for the delivery "
     "Tuesday, I'm in the Mater for a few days with me heart again, so could ye hold it at the depot? Thanks a million."),
    ("health", "sensitive", "agent_note",
     "Tutor M. Okafor requested switching all sessions to online only. She disclosed she is 24 weeks and on "
     "bed rest on her consultant's advice. Approved, profile updated to remote."),
    ("health", "sensitive", "email",
     "G'day, bit of a weird one. Can you take the peanut-scented dough off my craft subscription? I'm the one "
     "who does the crafts with the club and I've got an anaphylactic allergy, carry an EpiPen, didn't realise "
     "it had actual nut oil in it."),
    ("health", "sensitive", "web_form",
     "Accessibility request: my husband is autistic and finds the main hall at the party venue overwhelming "
     "when he does the pickup. Is there a quieter collection point he could use?"),
    ("health", "sensitive", "thread",
     "Customer: Hi, my FamFlix renewed but I haven't watched anything in two months. || Agent: Sorry about that! "
     "Can I ask if something went wrong with the service? || Customer: no, I was in rehab, 8 weeks residential, "
     "just got out. please refund if you can. || Agent: Welcome back, I've refunded both months as a one-off."),
    ("health", "sensitive", "sms",
     "Morning, is Marcia from the uniform order. I cyah come for the fitting Saturday, doctor put me on the "
     "dialysis Tues Thurs Sat now. We can do Monday?"),
    ("health", "sensitive", "chat",
     "Hi can check my order still not here ah? The fidget and sensory toys are for me, my psychologist at IMH "
     "said to use them when the panic attacks come. Order PJ-77310."),
    ("health", "sensitive", "email",
     "Hello, please cancel the Grandparents' Story Box. Mum's dementia has moved on a lot and she's gone into a "
     "care home now. She can't follow the stories any more and it only upsets her."),
    ("health", "benign", "email",
     "Hello, we're the waiting room at St Brigid's Paediatric Clinic. We'd like 12 wipe-clean activity boards "
     "and 6 of the Doctor Dot role-play kits. Can you invoice the practice on 30-day terms?"),
    ("health", "benign", "chat",
     "the new tadpole maths levels are sick!! actually mad good. any chance of more space levels soon?"),
    ("health", "benign", "review_reply",
     "Review: The Little Medic play set is adorable, the stethoscope actually amplifies and there's a roll of "
     "pretend plasters. 5 stars from our toy library. || Reply: Thank you! Little Medic is a team favourite too."),
    ("health", "benign", "sms",
     "Order still not here and honestly it's giving me a headache. Can you chase? PJ-40981"),
    ("health", "benign", "agent_note",
     "Customer asked whether the Germ Buster hand-washing timer is a certified medical device. Advised it's a "
     "toy with a 20-second song, no medical claims. Linked the product safety sheet."),
    ("health", "benign", "web_form",
     "Does the Wellbeing Ward hospital playset (the one with the working lift) come with batteries? Listing doesn't say."),
    ("health", "benign", "email",
     "Not ill, not on leave, just forgot to log in for a month! Could you reactivate my tutor account? It "
     "auto-paused after 30 days of no activity."),
    ("health", "benign", "thread",
     "Customer: My dog chewed the cow from the Farmyard Friends set 🙄 vet says he's absolutely fine, he just "
     "passed it. Can I buy a single replacement cow? || Agent: Glad he's ok! Single pieces are £1.50, I'll pop "
     "a cow in the post today."),
    ("health", "benign", "chat",
     "Hi, we run Sunrise Physiotherapy centre in Pune. We want balance boards and therapy putty in bulk for our "
     "waiting area. Please share GST invoice and delivery timeline."),
    ("health", "benign", "phone",
     "Caller: Hi, just filling in the venue section of our booking form. Is the party barn wheelchair "
     "accessible, in general I mean, for any guests? || Agent: Yes, it's step-free throughout with an "
     "accessible toilet by reception and a hearing loop at the desk."),
    ("health", "benign", "dm",
     "your site crashed three times at checkout, nearly gave me a heart attack lol. got it through in the end"),
    ("health", "benign", "review_reply",
     "Review: Dr Sneezy's Clinic is the funniest picture book in this month's box, our reading group couldn't "
     "stop giggling. || Reply: Dr Sneezy thanks you. Bless you!"),
    ("health", "benign", "email",
     "Hi, in the FamFlix catalogue 'Nurse Nellie's Nursery' appears twice and one of the copies won't play, "
     "just spins. Can you fix it?"),
    ("health", "benign", "agent_note",
     "Caller asked if the Tadpole Tab blue-light filter is a treatment for eye strain. Confirmed it's a comfort "
     "setting only and we make no health claims."),
    ("health", "benign", "chat",
     "Abeg the delivery man said my tablet is still 'in the hospital' lol, he meant your repair centre. When "
     "will it come back?"),
    ("health", "benign", "web_form",
     "We're the activities team at Maple Grove Care Home and would like to book the party barn for our summer "
     "fair. Please invoice the home."),
    ("health", "benign", "sms",
     "Roads are mental with the flooding, can we do Thursday's session online instead? Nothing wrong, just can't get there"),
    ("health", "benign", "email",
     "If a guest at one of your parties had a nut allergy, could your kitchen do a nut-free cake? Just asking "
     "before we book, nobody has told us of any yet."),
    ("health", "benign", "thread",
     "Customer: my tablet battery is on life support, dies after 20 min || Agent: That sounds like a battery "
     "fault. You're within warranty, I'll send a prepaid box."),
    ("health", "benign", "review_reply",
     "Review: 1 star. The 'Sanity Saver' quiet mode on FamFlix doesn't lock the remote like the ad says. || "
     "Reply: Hi Jo, thanks for flagging. Sanity Saver dims and limits content; the remote lock is under "
     "Settings > KidLock > Buttons."),
    # ---- children
    ("children", "sensitive", "email",
     "Hi, the banner needs to say 'Happy 6th Birthday Amara!' please, her party's the 14th in the Jellybean room. Thanks!"),
    ("children", "sensitive", "chat",
     "my son's in Year 9 at Holloway Park and the 32 inch blazer is too tight on the shoulders, can I swap for a 34?"),
    ("children", "sensitive", "web_form",
     "Child's name: Leo Fairbanks. Date of birth: 03/02/2017. School: Ashgrove Primary. Dietary needs: none. "
     "Trip: Year 3 Farm Visit, 12 June. Emergency contact: 07700 900562."),
    ("children", "sensitive", "sms",
     "hiya the tutor for Ellie's 11+ prep has cancelled again. exam is in sept, need someone asap pls"),
    ("children", "sensitive", "thread",
     "Customer: how do I set KidLock so my 4 year old can only see the Tiny Tots shelf? || Agent: Go to "
     "Profiles > Add child, set the age band to 3-5, then switch 'Browse all' off. || Customer: perfect, "
     "she's already found the PIN screen though lol"),
    ("children", "sensitive", "agent_note",
     "Account holder's daughter (Isla, P4 at Kilbride Primary) had been logging in to the Tadpole Tab with her "
     "dad's email. Merged the profiles and reset her PIN."),
    ("children", "sensitive", "email",
     "Dear Team, my daughter Ananya is studying in Class 7, CBSE board. We need a maths tutor for her from 5 to "
     "6 pm on weekdays, preferably lady tutor. Kindly share some profiles."),
    ("children", "sensitive", "dm",
     "Pls do you still have JSS1 uniform for Greenfield College in stock? My boy resumes on Monday and he is "
     "small for his age, maybe age 9-10 size."),
    ("children", "sensitive", "voicemail",
     "Hi, Niamh here, just ringing about the book club. The young fella is doing his Junior Cert this year so "
     "could we switch him off the picture books and onto the teen box? Thanks, bye."),
    ("children", "sensitive", "chat",
     "Hi my girl is Primary 5 this year, can the tutor focus on PSLE science already ah? Her school is "
     "Meadowlark Primary, they use the blue workbook."),
    ("children", "sensitive", "review_reply",
     "Review: My twins turn 3 in May and they are obsessed with the stacking rainbow, 5 stars. || Reply: Aw, "
     "happy early birthday to the twins! Thanks for the lovely review."),
    ("children", "sensitive", "phone",
     "Caller: It's for my grandson, he's nineteen months, is the push-along walker safe for him yet? || Agent: "
     "The walker's rated 12 months plus, so he's fine, just keep him on flat floors."),
    ("children", "sensitive", "email",
     "Hi there, my son Mason is in 2nd grade at Lincoln Elementary and his reading level is a G. Which book "
     "club box would be the best fit for him?"),
    ("children", "sensitive", "agent_note",
     "Photo uploaded with the party booking showed the birthday boy in his school uniform with a name badge "
     "(St Cuthbert's). Removed from the public gallery at mum's request."),
    ("children", "sensitive", "chat",
     "shes just started reception in sept and cant log into the phonics app, what do i put as her username"),
    ("children", "sensitive", "web_form",
     "Kindy starts for Ruby next term. Need the school hat in size 54 and the library bag with her name "
     "embroidered please: RUBY O'CONNELL."),
    ("children", "sensitive", "thread",
     "Customer: Need a GCSE English tutor, exams are in May. || Agent: Sure! Is this for yourself? || "
     "Customer: no, my son, he's in year 11, AQA board. || Agent: Great, I've shortlisted three AQA tutors "
     "with evening slots."),
    ("children", "sensitive", "email",
     "Good day, my daughter is sitting CSEC next May and she need help with maths bad. She is 15 and at St "
     "Anne's High. Can you find a tutor for Saturday mornings?"),
    ("children", "sensitive", "sms",
     "Can the streaming profile for Noah (8) be set so he can't watch anything above PG? Thx"),
    ("children", "sensitive", "agent_note",
     "Tutor reported that the student login for Tomás (12, Year 8) was being shared with a classmate. Reset "
     "credentials and emailed the parent."),
    ("children", "benign", "web_form",
     "Is the 3+ label on the magnetic tiles because of small parts? We're buying them for a shop display only."),
    ("children", "benign", "email",
     "Hello, this is the office at Oakfield Primary. We'd like 60 reading-record books for our Year 2 classes. "
     "PO 4471 attached, please invoice the school."),
    ("children", "benign", "chat",
     "Do the Tadpole Tab apps cover KS2 maths or only KS1? Trying to compare with another brand."),
    ("children", "benign", "review_reply",
     "Review: Bought the brick castle for myself. I'm 42 and regret nothing. || Reply: Best kind of customer. "
     "The drawbridge expansion is out in spring!"),
    ("children", "benign", "agent_note",
     "Customer is a primary teacher asking for class-set pricing on the phonics app. Quoted 30 seats at the "
     "education rate."),
    ("children", "benign", "sms",
     "is the party barn ok for adults only? its my 40th and i want the ball pit"),
    ("children", "benign", "thread",
     "Customer: What age is the Junior Scientist kit for? box says 8-12 || Agent: Yes, 8 to 12, with adult "
     "supervision for the chemistry cards. || Customer: cool, it's a raffle prize for our office quiz"),
    ("children", "benign", "email",
     "Hi, our Brownies unit would like a group visit for about 20 on a Saturday morning. Do you do group rates "
     "for uniformed groups?"),
    ("children", "benign", "dm",
     "Do you do the school uniform in adult sizes? Doing a back-to-school fancy dress night with the girls lol"),
    ("children", "benign", "chat",
     "Sir, we are a coaching centre for Class 10 board students and want to list our tutors on TutorNest. What "
     "is your commission?"),
    ("children", "benign", "phone",
     "Caller: Hypothetically, if a child under 13 made an account on the book club site, what would you do? "
     "I'm writing the policy for our library. || Agent: We'd suspend it and ask for a parent or guardian to "
     "verify. I can send you our children's privacy notice."),
    ("children", "benign", "web_form",
     "Is there a minimum age for the trampoline room? Our booking is a staff night out for a nursery team."),
    ("children", "benign", "email",
     "The FamFlix kids tab shows 'Ages 7+' badges fine but the 'Ages 4+' filter is greyed out. Is that a bug?"),
    ("children", "benign", "review_reply",
     "Review: The Toddler Tunes playlist skips after track 3. || Reply: Thanks for letting us know, a fix for "
     "the Toddler Tunes playlist goes out in Thursday's update."),
    ("children", "benign", "chat",
     "Hi, I'm a registered childminder, do you do a trade discount on toys and books?"),
    ("children", "benign", "agent_note",
     "Trip coordinator from Barnsdale Academy confirmed coach numbers for the Year 7 residential. Invoice to "
     "the academy finance office."),
    ("children", "benign", "sms",
     "hi our tuition centre want to buy 15 tablets for the P6 classes, can quote?"),
    ("children", "benign", "email",
     "My book club is all grown-ups (we just love kids' lit). Is the Middle Grade box ages 9-12 content?"),
    ("children", "benign", "thread",
     "Customer: What's the rating on Dragon Academy? || Agent: It's rated U, suitable for all. || Customer: "
     "perfect, we're showing it at a teachers' training day."),
    ("children", "benign", "dm",
     "Does the learning app store any data on under-13s? asking before our school signs up for next year"),
    # ---- financial_hardship
    ("financial_hardship", "sensitive", "email",
     "Please cancel the book club. I lost my job at the warehouse last month and we can't afford extras right now."),
    ("financial_hardship", "sensitive", "chat",
     "can i split the uniform order over three payments? universal credit doesnt come in till the 28th"),
    ("financial_hardship", "sensitive", "phone",
     "Caller: A company called Crestline Recoveries keeps phoning me saying I owe you for a tablet. || Agent: "
     "I can see that account was passed to our collections partner after four missed payments. || Caller: I "
     "know, I just can't pay it all at once. || Agent: I'll ask them to put a hold on and set up £10 a month."),
    ("financial_hardship", "sensitive", "agent_note",
     "Customer on the school trip instalment plan has been made redundant. Froze instalments for 60 days under "
     "the hardship policy, no fees."),
    ("financial_hardship", "sensitive", "web_form",
     "Reason for cancellation: we filed Chapter 7 last week and the trustee says all subscriptions have to go."),
    ("financial_hardship", "sensitive", "sms",
     "sorry cant do the party deposit now, landlord gave us a section 21 and every penny is going on the move"),
    ("financial_hardship", "sensitive", "email",
     "Hi, I'm on the dole since the factory closed in the spring and the tutor fees are beyond us now. Is there "
     "a reduced rate at all? If not no bother, just cancel."),
    ("financial_hardship", "sensitive", "dm",
     "Please madam, help me beg your company, my salary has not been paid for 4 months now. I cannot pay the "
     "balance for the school trip yet."),
    ("financial_hardship", "sensitive", "thread",
     "Customer: why was my card declined? || Agent: Your bank declined it with 'insufficient funds'. || "
     "Customer: yeah figures. overdraft's maxed and the payday loan took the rest. can you hold the order a "
     "week? || Agent: Of course, I'll hold it for 7 days."),
    ("financial_hardship", "sensitive", "review_reply",
     "Review: They cancelled my order after 2 missed payments. I'm on ESA and PIP and only asked for a bit of "
     "time. || Reply: Hi Kerry, we're sorry. We do have a hardship scheme and I've emailed you the form."),
    ("financial_hardship", "sensitive", "agent_note",
     "Customer is in an IVA and cannot take on any credit. Removed the pay-later option from her basket and "
     "switched her to one-off card payment."),
    ("financial_hardship", "sensitive", "chat",
     "mate im on centrelink and the family plan went up again, is there a concession price or what"),
    ("financial_hardship", "sensitive", "email",
     "Sir, my husband's business has gone into heavy loss and we have taken loans from relatives to run the "
     "house. I request you to kindly waive the late fee on the tuition."),
    ("financial_hardship", "sensitive", "voicemail",
     "Hi, it's Gary Pelham. I've got a letter from your collections people about £214. I'm not ignoring it, "
     "I've just been between jobs since June. Please ring me back on 07700 900418."),
    ("financial_hardship", "sensitive", "web_form",
     "Do you take the council's school clothing grant vouchers? We're on free school meals and the grant is "
     "all we've got for the uniform this year."),
    ("financial_hardship", "sensitive", "sms",
     "Hi miss, mi cyaan pay di rest fi di party now, dem cut mi hours to nothing at di hotel. Mi can get back di deposit?"),
    ("financial_hardship", "sensitive", "thread",
     "Customer: can pay the tablet by instalment or not? || Agent: Yes, 6 or 12 months. || Customer: ok 12. "
     "now very tight, lost my job in March and still cannot find. || Agent: Understood, 12 months it is, no interest."),
    ("financial_hardship", "sensitive", "agent_note",
     "The returned direct debits were because her bank account was frozen during a debt relief order "
     "application. Waived all failed-payment fees."),
    ("financial_hardship", "sensitive", "email",
     "We've been in emergency B&B accommodation since the house was repossessed and there's nowhere for the "
     "parcel to go. Please cancel and refund to the same card."),
    ("financial_hardship", "sensitive", "chat",
     "honestly cant afford the renewal, we're on food bank vouchers this month. just cancel it pls"),
    ("financial_hardship", "benign", "chat",
     "why was I charged twice for the August box? bank shows two lots of £14.99"),
    ("financial_hardship", "benign", "email",
     "Hi, can you send a VAT invoice for the party booking? Our company is paying for the staff family day."),
    ("financial_hardship", "benign", "sms",
     "Card expired, updated it now. Can you retry the payment?"),
    ("financial_hardship", "benign", "review_reply",
     "Review: Bought the whole Fairy Bakery range in the sale, officially broke now lol, worth it. || Reply: "
     "Ha! We'll take that as a compliment."),
    ("financial_hardship", "benign", "web_form",
     "We are Northgate Money Advice Centre and would like toys and books for our waiting area. Please invoice "
     "the centre; we're a registered charity."),
    ("financial_hardship", "benign", "agent_note",
     "Customer queried price rise on the family plan from £9.99 to £11.99. Explained annual price review and "
     "offered annual billing at £119."),
    ("financial_hardship", "benign", "thread",
     "Customer: Do you do instalments on the ski trip? || Agent: Yes, 5 monthly instalments, no fees. || "
     "Customer: great, easier to budget that way, sign me up"),
    ("financial_hardship", "benign", "chat",
     "Please I paid by transfer, the money has left my account since morning but the order still says pending. Ref 0021398."),
    ("financial_hardship", "benign", "email",
     "The Piggy Bank Heroes money game went down brilliantly with our Year 5 maths unit. Do you do a class pack?"),
    ("financial_hardship", "benign", "dm",
     "your sale is going to bankrupt me 😂 just ordered 4 more puzzles"),
    ("financial_hardship", "benign", "phone",
     "Caller: I'd like to switch from monthly to yearly to save a bit. || Agent: Sure, that saves you £20 over "
     "the year. I'll switch it at your next renewal on the 3rd."),
    ("financial_hardship", "benign", "web_form",
     "Promo code SUMMER15 not applying."),
    ("financial_hardship", "benign", "sms",
     "G'day, got the refund email Monday but nothing in my account yet, how long does it usually take?"),
    ("financial_hardship", "benign", "email",
     "Hello, we're the Eastfield Credit Union branch running a young savers' day. We'd like 200 branded pencils "
     "and 50 Money Monsters board games. Invoice to the branch please."),
    ("financial_hardship", "benign", "agent_note",
     "Customer asked what happens if a payment fails. Explained 3 retries over 7 days then the plan pauses. No "
     "failed payments on this account."),
    ("financial_hardship", "benign", "chat",
     "Is the Cash Flow Café pretend till compatible with the play coins from the Market Stall set?"),
    ("financial_hardship", "benign", "thread",
     "Customer: Tutor charged 1200 per hour but profile says 1000. || Agent: The rate changed on the 1st; the "
     "old rate applies to sessions booked before that, so I'm refunding 400 for your last 2 sessions."),
    ("financial_hardship", "benign", "review_reply",
     "Review: Pricey but worth every penny. || Reply: Thanks so much! Remember annual plans get 10% off."),
    ("financial_hardship", "benign", "email",
     "Would ye be able to take the payment for the uniform order on the 25th instead of today? Just suits our "
     "billing date better. No bother if not."),
    ("financial_hardship", "benign", "sms",
     "Got a text saying I owe £0.00 to your 'collections team'?? is this spam or a glitch"),
    # ---- legal
    ("legal", "sensitive", "email",
     "My solicitor has advised me not to accept the replacement tablet until the claim over the fire damage is "
     "settled. Please direct all correspondence to Harwood & Lyle LLP, ref HL/2231."),
    ("legal", "sensitive", "chat",
     "someone used my card to book a party at your place, ive reported it to the police, crime ref 47/11823/24. can you refund?"),
    ("legal", "sensitive", "agent_note",
     "Caller said her ex-partner is subject to a non-molestation order and must not be given her new delivery "
     "address. Added a security flag to the account; no address changes by phone."),
    ("legal", "sensitive", "phone",
     "Caller: I can't do Thursday's tutoring, I've got to be at the magistrates' court for a driving matter. || "
     "Agent: No problem, shall I move it to Friday same time? || Caller: Please."),
    ("legal", "sensitive", "web_form",
     "Tutor application, additional info: I have a conviction from 2009 that will show on the enhanced DBS. "
     "Happy to discuss it at interview."),
    ("legal", "sensitive", "email",
     "Our attorney will be contacting you regarding the injury my wife sustained on the trampoline at your "
     "venue on May 3. Please preserve all CCTV footage from that afternoon."),
    ("legal", "sensitive", "sms",
     "cant come in for the fitting, my bail conditions say I can't go into that postcode. can u post it"),
    ("legal", "sensitive", "thread",
     "Customer: I want a copy of all the data you hold on me. || Agent: Of course, I can raise a subject "
     "access request. || Customer: please, my solicitor needs it for the custody hearing at family court next "
     "month. || Agent: Raised today, you'll have it within 30 days."),
    ("legal", "sensitive", "dm",
     "Oga, your delivery guy was arrested by police at my gate yesterday and my parcel is with them at the "
     "station. How do I collect it?"),
    ("legal", "sensitive", "agent_note",
     "Former tutor's account suspended. Police notified us of an ongoing investigation. Do not reinstate or "
     "discuss with the tutor pending legal review."),
    ("legal", "sensitive", "voicemail",
     "Hi, it's Paul Greaves, I'm the claimant in the small claims case against your company over the refund. "
     "Hearing's at Bristol County Court on the 9th, just ringing to see if you want to settle before then."),
    ("legal", "sensitive", "chat",
     "Hello, I have filed FIR at the Koramangala police station for the stolen tablet. I need invoice copy for "
     "the insurance claim, please send."),
    ("legal", "sensitive", "email",
     "Hi, my husband was up in the District Court last week and part of it is he's not to be online "
     "unsupervised, so can you take his profile off the FamFlix account altogether? Thanks."),
    ("legal", "sensitive", "review_reply",
     "Review: The party barn lost my deposit and ignored me for weeks, so I've gone to a solicitor. || Reply: "
     "Hi Dean, we've received your solicitor's letter and our legal team will respond to them directly."),
    ("legal", "sensitive", "web_form",
     "Account update: I was released from HMP Forest Bank last month and want to reactivate my old account at my new address."),
    ("legal", "sensitive", "sms",
     "Mate I've taken an AVO out on the bloke at number 14, don't leave my parcels with him anymore"),
    ("legal", "sensitive", "thread",
     "Customer: need to cancel tuition for March. || Agent: Sure, may I know the reason for our records? || "
     "Customer: must attend State Courts, got charged for the accident last year. || Agent: Noted, cancelled with no fee."),
    ("legal", "sensitive", "agent_note",
     "Customer is suing the tablet manufacturer over battery swelling and requested all purchase records. "
     "Forwarded to legal@; do not comment on liability."),
    ("legal", "sensitive", "email",
     "Good morning, I am in a court matter with the father over maintenance and the judge wants receipts for "
     "the uniform purchases. Please send them to this email."),
    ("legal", "sensitive", "chat",
     "my brother's got a record so he can't go on the DBS list for the trip, can I swap the adult helper to me instead?"),
    ("legal", "benign", "email",
     "Hi, we're Fenwick & Dunne Solicitors and would like to book the party barn for our staff family day on "
     "12 July. Please invoice the firm."),
    ("legal", "benign", "chat",
     "my free trial ended and I got charged, I thought trials were 14 days?"),
    ("legal", "benign", "review_reply",
     "Review: The Police Patrol Station playset is brilliant, siren's very loud though. || Reply: Glad you love "
     "it! There's a volume switch under the helipad."),
    ("legal", "benign", "sms",
     "The tablet case arrived cracked, can I get a new one sent?"),
    ("legal", "benign", "agent_note",
     "Customer asked where our refund terms are. Sent clause 7.2 of the T&Cs. No dispute raised, customer satisfied."),
    ("legal", "benign", "web_form",
     "Does the Junior Judge courtroom role-play kit come with the gavel? Picture shows one but the description doesn't."),
    ("legal", "benign", "thread",
     "Customer: I'm going to sue you lot for making this puzzle so hard lol || Agent: Haha, 1000 pieces of "
     "pure sky should be a crime, we admit it. || Customer: 😂 5 stars anyway"),
    ("legal", "benign", "email",
     "The Spellbug sentence builder keeps marking 'defence' as wrong. It's the British spelling! Please fix."),
    ("legal", "benign", "dm",
     "lol half my mates bailed on the party last minute, can I drop the headcount from 20 to 12?"),
    ("legal", "benign", "phone",
     "Caller: The court on your venue map, is that indoors? || Agent: Yes, it's the indoor sports court, you "
     "can add it to any package for £40."),
    ("legal", "benign", "chat",
     "We are a law college library and want to purchase the Constitution for Kids picture book, 50 copies. "
     "Please share quotation."),
    ("legal", "benign", "agent_note",
     "Team reminder: if a customer mentions legal action, escalate to the Legal team and don't speculate. "
     "Policy refresher only, no ticket attached."),
    ("legal", "benign", "email",
     "Is your privacy policy COPPA compliant? Our district's legal counsel needs written confirmation before procurement."),
    ("legal", "benign", "sms",
     "Parcel's been stuck in customs jail for a week lol, can ya chase it"),
    ("legal", "benign", "review_reply",
     "Review: Courtroom Capers on FamFlix is our staff room's guilty pleasure, the fake trials are hilarious. "
     "|| Reply: Objection sustained, it is hilarious. Season 3 lands in March!"),
    ("legal", "benign", "web_form",
     "Please send a copy of your standard terms for the tutoring contract. Our HR department needs it on file."),
    ("legal", "benign", "thread",
     "Customer: The security guard at the retail park wouldn't let your van in, so no delivery. || Agent: "
     "Apologies, the park changed its access rules. I've rebooked for tomorrow with the gate code."),
    ("legal", "benign", "chat",
     "is Cops and Robbers the chase game ok for an adult team-building day? box says 6+"),
    ("legal", "benign", "email",
     "Good day, we are Adeyemi & Co. Legal Practitioners. We wish to order 10 educational tablets for the "
     "reading corner in our reception. Kindly send a proforma invoice."),
    ("legal", "benign", "agent_note",
     "Customer asked if we'd been 'taken to court' over the toy recall she saw on the news. Confirmed the "
     "recall was a different brand and none of our stock is affected."),
    # ---- special_categories
    ("special_categories", "sensitive", "email",
     "Hi, could the party food be halal please? Most of our family are Muslim and we'd rather not bring "
     "separate plates for everyone."),
    ("special_categories", "sensitive", "chat",
     "we keep kosher at home, is the birthday cake from your supplier under a hechsher?"),
    ("special_categories", "sensitive", "sms",
     "Can we move my tutoring slot to after 8pm during Ramadan? I'm fasting and the afternoons are rough."),
    ("special_categories", "sensitive", "web_form",
     "Please change the name on my account from Daniel to Danielle. I've transitioned and seeing the old name "
     "on the delivery labels is really upsetting."),
    ("special_categories", "sensitive", "thread",
     "Customer: the family plan only lets me pick 'Mum' and 'Dad' for the adult profiles, we're two mums. || "
     "Agent: Sorry about that! You can rename adult profiles freely under Profiles > Edit. || Customer: thanks, "
     "my wife will be pleased."),
    ("special_categories", "sensitive", "agent_note",
     "Customer is a rep for the teachers' union at her school and asked for the union member discount code. "
     "Verified her membership card and applied it."),
    ("special_categories", "sensitive", "email",
     "We are a Jain family, please make sure the party snacks have no onion, garlic or root vegetables. Also "
     "nothing after sunset for the elders."),
    ("special_categories", "sensitive", "dm",
     "I'm standing as the Green candidate in the Ashby ward council election. Can I book the barn for a "
     "campaign family fun day on the 10th?"),
    ("special_categories", "sensitive", "chat",
     "my DNA ancestry results came back mostly Yoruba and Irish so I ordered the Our Roots family tree book, "
     "can I swap to the West African cover?"),
    ("special_categories", "sensitive", "phone",
     "Caller: The Tadpole Tab's face unlock scanned my face when I set it up. I want that deleted. || Agent: "
     "Yes, I'll delete the stored face template from your account now and switch you to a PIN."),
    ("special_categories", "sensitive", "voicemail",
     "Hi, this is Ewa, I'm Polish and my mum who lives with us only speaks Polish, is there a Polish audio "
     "track on any of the FamFlix cartoons? Thank you."),
    ("special_categories", "sensitive", "review_reply",
     "Review: As a Sikh dad I was chuffed the uniform shop had patkas in the school colours. || Reply: Thank "
     "you Harjit! We added them after requests from families like yours."),
    ("special_categories", "sensitive", "email",
     "Good morning, please we are Jehovah's Witnesses so we don't celebrate birthdays. Can the booking be "
     "changed to a family fun day and no birthday banner or song?"),
    ("special_categories", "sensitive", "sms",
     "cant take the delivery tues, on the picket line with my union all day. weds pls"),
    ("special_categories", "sensitive", "thread",
     "Customer: My tutor keeps calling me 'she'. || Agent: I'm sorry about that. Could you tell me your "
     "pronouns and I'll update your profile? || Customer: they/them, I'm non-binary. || Agent: Updated, and "
     "I've let the tutor know."),
    ("special_categories", "sensitive", "agent_note",
     "Customer enrolled her fingerprint for the parental lock. On account closure requested deletion of the "
     "fingerprint data; confirmed the biometric template was purged."),
    ("special_categories", "sensitive", "web_form",
     "We're an Aboriginal family from Yuin country. Does the book club include picture books by Indigenous "
     "authors, ideally in language as well?"),
    ("special_categories", "sensitive", "chat",
     "booking the adult night at the barn for me and my boyfriend, I'm a guy btw, the form keeps putting Mrs"),
    ("special_categories", "sensitive", "email",
     "Hi, I'm running the canvass for Sinéad Walsh, Labour candidate in Dublin Bay South. Can ye print 300 "
     "balloons with her name and the party logo for the fun day?"),
    ("special_categories", "sensitive", "email",
     "Returning the Science of Me DNA kit unopened. I already had genetic testing through the hospital and "
     "I'm a cystic fibrosis carrier, so I don't need another test."),
    ("special_categories", "benign", "email",
     "Hi, St Joseph's Catholic Primary would like 40 nativity costumes for December. Invoice the school office please."),
    ("special_categories", "benign", "chat",
     "Do you have Diwali-themed craft kits in stock? They're for our shop window display."),
    ("special_categories", "benign", "review_reply",
     "Review: The rainbow stacking tower is gorgeous, great quality wood. || Reply: Thanks! It's part of our "
     "Rainbow range, the matching arch is back in stock."),
    ("special_categories", "benign", "web_form",
     "Is the saliva sample in the Junior DNA Explorer kit actually sent to a lab, or is it all done at home? "
     "Want to know before buying it as a gift."),
    ("special_categories", "benign", "agent_note",
     "Customer asked whether Tadpole Tab face unlock stores images in the cloud. Explained the template stays "
     "on the device only. Customer has not turned it on."),
    ("special_categories", "benign", "sms",
     "The vote button on the book club 'pick next month's title' page isn't working"),
    ("special_categories", "benign", "thread",
     "Customer: We're the Eastgate branch office of the Retail Workers' Union, we'd like the barn for a family "
     "day. || Agent: Lovely! Shall I invoice the union branch? || Customer: yes please, PO to follow."),
    ("special_categories", "benign", "email",
     "Dear Team, we need 100 Diwali gift hampers for our corporate clients, budget Rs 1500 each. Kindly share catalogue."),
    ("special_categories", "benign", "chat",
     "is Pride and Prejudice for Little Readers in this month's classics box?"),
    ("special_categories", "benign", "dm",
     "Salaam, we're the weekend school at Al-Noor Community Centre. Can we get the education discount on 10 tablets?"),
    ("special_categories", "benign", "phone",
     "Caller: Do you do Hanukkah gift wrap? It's for my shop counter, customers keep asking. || Agent: We've "
     "got a blue-and-silver festive roll, £3.20 each, ten minimum."),
    ("special_categories", "benign", "web_form",
     "Face ID on the parental control app won't work with sunglasses on, is that normal?"),
    ("special_categories", "benign", "email",
     "Hello, St Aidan's Church hired your bouncy castle for the fete last year. Can we book the same for 6 "
     "July? Invoice to the parish office."),
    ("special_categories", "benign", "agent_note",
     "Template update: forum rules don't allow political or religious debate; use the new moderation reply "
     "wording from today."),
    ("special_categories", "benign", "chat",
     "the Around the World dolls, does the set include the Nigerian and Korean dolls or are those separate?"),
    ("special_categories", "benign", "thread",
     "Customer: Got Chinese New Year party package for company D&D? || Agent: Yes, our Lunar New Year package "
     "has a lion dance and lantern crafts. || Customer: ok can, send me quote."),
    ("special_categories", "benign", "sms",
     "Can the DJ at the barn play the Gay Gordons for our Burns Night booking?"),
    ("special_categories", "benign", "email",
     "Could you add 'Mx' to the title dropdown? Our school admin uses it for some staff records and your form "
     "rejects it."),
    ("special_categories", "benign", "review_reply",
     "Review: Little Politicians, the election board game, is hilarious, my book club went feral. || Reply: "
     "Democracy in action! Thanks for the review."),
    ("special_categories", "benign", "dm",
     "Morning, the Family Tree project pack, does it have spaces for grandparents' birthplaces? Buying for the "
     "library's heritage week display."),
    # ---- bereavement
    ("bereavement", "sensitive", "email",
     "Please cancel my mother's book club subscription. She passed away on the 3rd. The account is in her "
     "name, Edna Colley."),
    ("bereavement", "sensitive", "chat",
     "hi the party was meant to be for grandad's 80th but he died last week. can we get the deposit back"),
    ("bereavement", "sensitive", "agent_note",
     "Account holder deceased per call from his widow. Closed the FamFlix account and refunded the remaining month."),
    ("bereavement", "sensitive", "voicemail",
     "Hi it's Bríd, I'll have to cancel the tutor Thursday, my da's removal is that evening and the funeral's "
     "Friday morning. I'll ring next week."),
    ("bereavement", "sensitive", "sms",
     "Won't be home for the uniform delivery, at my sister's funeral up north. Can u redeliver Monday"),
    ("bereavement", "sensitive", "thread",
     "Customer: Can my late husband's tutor earnings on TutorNest be paid into my account? || Agent: I'm so "
     "sorry for your loss. We'll need a copy of the death certificate and the grant of probate, and then we "
     "can release the balance. || Customer: thank you, I'll scan them tonight."),
    ("bereavement", "sensitive", "web_form",
     "Reason for return: baby shower gifts. We lost the baby at 30 weeks and I can't have them in the house."),
    ("bereavement", "sensitive", "dm",
     "Good evening, please I will not be able to collect the goods this week. We are burying my mother in the "
     "village on Saturday."),
    ("bereavement", "sensitive", "email",
     "Sir, due to the sudden demise of my father-in-law we will not be able to attend the booked slot. Kindly "
     "refund or reschedule after the 13 days of rituals."),
    ("bereavement", "sensitive", "chat",
     "hi can postpone the delivery? my grandma pass away, the wake is at the void deck until sunday"),
    ("bereavement", "sensitive", "review_reply",
     "Review: The memory bear made from my late dad's work shirts is beautiful. Cried opening it. || Reply: "
     "Thank you Claire. We're honoured we could make something from his shirts."),
    ("bereavement", "sensitive", "phone",
     "Caller: It's about my wife's account. She passed in January and I keep getting the renewal emails. || "
     "Agent: I'm very sorry. I'll stop the renewal now and close the account in her name."),
    ("bereavement", "sensitive", "agent_note",
     "Tutor cancelled all sessions this week due to a bereavement (her brother). Waived late-cancellation fees."),
    ("bereavement", "sensitive", "sms",
     "Good morning, mi granny dead Tuesday and nine night is Thursday so we cyaan do the party Saturday. pls move it"),
    ("bereavement", "sensitive", "email",
     "Hi, we need to stop the school trip payment plan for now. My husband passed in August and I'm still "
     "sorting out his affairs. I'll be in touch when I can."),
    ("bereavement", "sensitive", "thread",
     "Customer: hey gotta cancel the streaming, it was my old man's account and he's gone now || Agent: Sorry "
     "to hear that, mate. Do you want to take it over or close it? || Customer: close it thanks"),
    ("bereavement", "sensitive", "chat",
     "do you engrave the wooden keepsake boxes? my friend wants one for her mum's ashes"),
    ("bereavement", "sensitive", "web_form",
     "Please take my late father off the Grandparents' Story Box gift list. He died in March and the boxes are "
     "still going to his address."),
    ("bereavement", "sensitive", "email",
     "Apologies for the slow reply, we lost Mum at the end of last month and everything's been on hold. We "
     "still want the order though."),
    ("bereavement", "sensitive", "agent_note",
     "Customer asked to keep her late partner's FamFlix profile and watch history for sentimental reasons. "
     "Profile locked, not deleted."),
    ("bereavement", "benign", "chat",
     "the tablet's dead again, won't charge at all"),
    ("bereavement", "benign", "review_reply",
     "Review: RIP my wallet, this sale is deadly. || Reply: Ha, we'll take that as a compliment!"),
    ("bereavement", "benign", "email",
     "Hi, we're Harrow & Sons Funeral Directors and would like a box of colouring packs and crayons for our "
     "family room. Invoice the business please."),
    ("bereavement", "benign", "sms",
     "our goldfish died so we want the Pet Memory craft kit, is it in stock?"),
    ("bereavement", "benign", "web_form",
     "The Haunted Graveyard Halloween playset is missing two of the gravestones."),
    ("bereavement", "benign", "thread",
     "Customer: the DJ absolutely killed it at our staff party!! || Agent: Love to hear it! I'll pass that on to Marco."),
    ("bereavement", "benign", "agent_note",
     "Customer asked about sizing for the Day of the Dead sugar-skull costume. Advised adult M fits chest 96-101cm."),
    ("bereavement", "benign", "chat",
     "I'm dying to know when the next season of Dragon Academy lands on FamFlix 😂"),
    ("bereavement", "benign", "email",
     "The dinosaur extinction book in this month's club box has the asteroid pages printed upside down."),
    ("bereavement", "benign", "phone",
     "Caller: My dad's 74 and loves reading stories over video, can the grandparent subscription be gifted to "
     "him? || Agent: Yes, the Grandparents' Story Box is giftable, you just need his address."),
    ("bereavement", "benign", "dm",
     "'Game over, you lost all your lives' keeps popping up on Spellbug even on level 1. bug?"),
    ("bereavement", "benign", "web_form",
     "Do you sell the Sleeping Beauty castle on its own? Want it for our shop window."),
    ("bereavement", "benign", "sms",
     "The craic at the party was deadly, thanks a million to all the staff"),
    ("bereavement", "benign", "review_reply",
     "Review: The Famous Five audio series got killed off FamFlix, only 3 episodes left. || Reply: Sorry! Our "
     "licence for that series ended on 1 June."),
    ("bereavement", "benign", "thread",
     "Customer: my phone carked it so I couldn't pay, can you resend the link? || Agent: No worries, new link "
     "sent, it's valid for 48 hours."),
    ("bereavement", "benign", "email",
     "Good day, we are Ever-Rest Memorial Gardens and we want picnic games and bubbles for our community open "
     "day. Please send price list."),
    ("bereavement", "benign", "agent_note",
     "Template approved: 'If an account holder has passed away, we can close or transfer the account on "
     "receipt of a death certificate.' Wording update only."),
    ("bereavement", "benign", "chat",
     "The app die already, cannot open since the update. How?"),
    ("bereavement", "benign", "web_form",
     "Grandma's Kitchen playset, the oven door hinge snapped off on day one."),
    ("bereavement", "benign", "email",
     "Hi, is 'Goodbye, Mr Tortoise' (the picture book about a class pet dying) suitable for our school "
     "library's feelings shelf? Checking the reading age."),
    # ---- violence_self_harm
    ("violence_self_harm", "sensitive", "email",
     "Your delivery driver shoved me against the door frame when I asked him to bring the parcel in. My arm is "
     "bruised. I want this investigated."),
    ("violence_self_harm", "sensitive", "chat",
     "someone on the parent forum keeps dming me threats, says he knows where I live. can you ban him pls"),
    ("violence_self_harm", "sensitive", "agent_note",
     "Customer disclosed her partner controls her accounts and reads her emails. Asked for deliveries to go to "
     "her workplace. Flagged as a domestic abuse safeguarding case."),
    ("violence_self_harm", "sensitive", "sms",
     "pls don't send anything to the house. he's been violent again and I'm staying at my sister's"),
    ("violence_self_harm", "sensitive", "thread",
     "Customer: cancel everything. doesn't matter anyway, I won't be around much longer. || Agent: I'm really "
     "sorry you're feeling like this. Are you safe right now? You can call Samaritans on 116 123, any time, "
     "free. || Customer: i dont know || Agent: I'm staying here with you. Is there someone nearby you can "
     "call or be with tonight?"),
    ("violence_self_harm", "sensitive", "web_form",
     "Complaint about tutor: he made comments about my body and then sent me messages late at night. I'm 24, "
     "I booked him for my own course, and I feel unsafe."),
    ("violence_self_harm", "sensitive", "review_reply",
     "Review: Staff at the party barn just watched when a dad punched my husband in the car park. || Reply: "
     "We're so sorry, Mrs Addo. We've handed the CCTV to the police and are reviewing how staff responded."),
    ("violence_self_harm", "sensitive", "voicemail",
     "Hi, it's Tamsin, your tutor. I need to cancel tomorrow, sorry. It's been a bad week with the cutting "
     "again and I'm seeing the GP in the morning."),
    ("violence_self_harm", "sensitive", "dm",
     "This your customer service man threatened to beat me when I came to return the toy. Is that how you treat customers?"),
    ("violence_self_harm", "sensitive", "chat",
     "ex keeps logging into the famflix account and renaming the profiles to call me a wh*** and worse. how do i lock him out"),
    ("violence_self_harm", "sensitive", "email",
     "I buy from you for the school I work at, but one of your staff at the Leeds store has been following me "
     "to my car after my shopping trips. It's happened three times now."),
    ("violence_self_harm", "sensitive", "agent_note",
     "Caller became distressed and said she'd 'taken a load of tablets'. Clarified she meant her pills, not "
     "our product. Stayed on the line and called 999 with her consent."),
    ("violence_self_harm", "sensitive", "phone",
     "Caller: My brother-in-law said he'd burn the house down if we went ahead with the party. I need the "
     "address off the online invitations. || Agent: Understood. I've made the invite page private and removed "
     "the address."),
    ("violence_self_harm", "sensitive", "sms",
     "mi baby father beat mi last night, mi cyaan come fi di order today. hold it for mi please"),
    ("violence_self_harm", "sensitive", "thread",
     "Customer: The tutor was rude, then he called my husband and said he will finish him. || Agent: This is "
     "very serious. I've suspended the tutor's account and our trust team will contact you today."),
    ("violence_self_harm", "sensitive", "web_form",
     "Reason for cancelling: I've been having thoughts of ending it and my counsellor said to cut out things "
     "that keep me up all night, streaming included."),
    ("violence_self_harm", "sensitive", "email",
     "Need the parcel redirected. I've just moved into a refuge after leaving a violent relationship, so the "
     "address is confidential. Can I pick up from the depot?"),
    ("violence_self_harm", "sensitive", "agent_note",
     "Forum DM report: member receiving repeated harassing messages from another member naming her street and "
     "workplace. Both accounts suspended pending review."),
    ("violence_self_harm", "sensitive", "chat",
     "my supervisor at the toy shop keep bullying me, push me and shout in front of customer. how to report to your HR?"),
    ("violence_self_harm", "sensitive", "dm",
     "you should know the man who runs your pop-up stall at the shopping centre hit his girlfriend in front of "
     "everyone yesterday"),
    ("violence_self_harm", "benign", "chat",
     "the foam swords are brilliant, can I get two more for a stag do?"),
    ("violence_self_harm", "benign", "review_reply",
     "Review: The Ninja Attack obstacle course at the party barn is epic. || Reply: Hi-yah! Thanks for the five stars."),
    ("violence_self_harm", "benign", "sms",
     "this puzzle is killing me, 200 pieces of blue sky"),
    ("violence_self_harm", "benign", "email",
     "Hi, we run Ironfist Karate Club and would like to book the barn for our end-of-season social. Please "
     "invoice the club."),
    ("violence_self_harm", "benign", "web_form",
     "Does the Battle Bots app have in-game violence? I need to know for a review article."),
    ("violence_self_harm", "benign", "agent_note",
     "Customer asked how to filter cartoon violence on FamFlix. Explained content filters under KidLock > Themes."),
    ("violence_self_harm", "benign", "thread",
     "Customer: Can we have fruit punch instead of squash at the party? || Agent: Yes, £1.50 extra per jug."),
    ("violence_self_harm", "benign", "chat",
     "your hold music nearly made me throw the phone out the window lol. anyway, order PJ-20331?"),
    ("violence_self_harm", "benign", "email",
     "Returning the boxing-glove punch bag set. The stand wobbles and tips over."),
    ("violence_self_harm", "benign", "dm",
     "Can we shoot a short promo video at the party barn for our bakery? Just our staff in it."),
    ("violence_self_harm", "benign", "phone",
     "Caller: Is the laser tag room included in the Gold package? || Agent: Yes, 30 minutes of laser tag is included."),
    ("violence_self_harm", "benign", "review_reply",
     "Review: Pirate Mutiny had my book club at war with each other for hours. 10/10. || Reply: Arr, glad you enjoyed it!"),
    ("violence_self_harm", "benign", "sms",
     "Ye'd want to sort the website, I was ready to strangle the laptop. Order went through in the end tho"),
    ("violence_self_harm", "benign", "web_form",
     "What's your policy if a guest is aggressive to staff? Our events team needs it for our risk assessment."),
    ("violence_self_harm", "benign", "agent_note",
     "Policy reminder: agents may end calls if abused, after the standard warning script. No incident on this ticket."),
    ("violence_self_harm", "benign", "chat",
     "Abeg this your app is dealing with me since morning, it keeps crashing 😂"),
    ("violence_self_harm", "benign", "thread",
     "Customer: the water blasters, do they shoot far? || Agent: About 8 metres on a full tank. || Customer: "
     "beauty, grab me four for the office bbq"),
    ("violence_self_harm", "benign", "email",
     "We're Safe Haven Self-Defence studio and want 20 foam kick shields. Do you offer trade pricing?"),
    ("violence_self_harm", "benign", "chat",
     "Does Knight Siege have any blood in the artwork? We're a board-game café checking before we stock it."),
    ("violence_self_harm", "benign", "dm",
     "wah the bubble tea party package damn shiok, but your delivery uncle drive like siao. nobody hurt la, just fyi"),
]


def hollow_examples() -> list[dict]:
    """The hollow split as labelled tickets (same shape as ``sensitive_eval.build_eval_set``'s)."""
    return stranger_examples("hollow", ENTRIES, SUBJECTS)
