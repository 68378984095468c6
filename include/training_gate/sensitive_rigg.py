"""rigg split: written by a helper who had not seen the detection rules, the anchors or any other split.
Setting: Rigg & Co Home Finance, a mortgage broker and conveyancing service (first-time buyer and remortgage
advice, joint applications, affordability checks, gifted deposits, ID and anti-money-laundering checks,
protection quotes, conveyancing searches and completion);
registers are email, chat, SMS, call transcript, agent note, web form, review, voicemail, DM.
The benign half borrows the same territory harmlessly: street and product names, idioms, organisations
(schools, charities, clubs, councils, employers) acting as organisations, general policy questions, adults'
own ages on forms and routine fee and payment trouble in the same mortgage and conveyancing conversations.
70 sensitive and 70 benign tickets for special categories, 50 and 50 for children, 20 and 20 for financial hardship,
15 and 15 for health, legal, bereavement and violence and self-harm.
First reading (policy 2026.11.24.5, after it was final; `sensitive_eval.evaluate`, as `make eval-sensitive`):
92.0 / 1.5 recall / false exclusion in % as shipped, 93.0 / 5.5 without the overruling,
91.0 / 5.0 by the rules alone. Then read while tuning the rules of 2026.11.24.6
(the rules alone 94.5 / 3.0 after) and trained on for sensitive-linear-21."""

from __future__ import annotations

from training_gate.sensitive_blind import stranger_examples

SUBJECTS: tuple[str, ...] = (
    "Re: your agreement in principle",
    "Mortgage application RC-44817: documents needed",
    "Remortgage review: booking confirmation",
    "Gifted deposit letter query",
    "ID and AML verification",
    "Affordability check follow-up",
    "Conveyancing searches update",
    "Completion date and key collection",
    "Valuation booked",
    "Your mortgage offer",
    "Protection quote request",
    "Broker fee invoice",
)

ENTRIES: list[tuple[str, str, str, str]] = [
    # ---- health
    ("health", "sensitive", "email",
     "Hi Priya, quick update on our application. I'm 22 weeks pregnant and I'll start maternity leave in "
     "March, so my income drops to statutory pay for a few months. Does the lender need a letter from HR "
     "showing my return-to-work date? Thanks, Hannah Okafor"),
    ("health", "sensitive", "chat",
     "hi can we move the signing appointment? || Agent: Of course, what dates would suit you better? || im "
     "in hospital till at least friday after my gallbladder op, so next tuesday maybe? || Agent: Tuesday "
     "10am is free, I've booked it in. Hope the recovery goes smoothly."),
    ("health", "sensitive", "note",
     "Cust (Mr Declan Furey) says he's on long-term sick leave following a stroke in Jan, currently on "
     "reduced pay; employer reference still shows full salary. Flag for underwriter before resubmission."),
    ("health", "sensitive", "form",
     "Name: Elspeth Marr | Enquiry type: Remortgage | Anything we should know?: I have MS and use a "
     "wheelchair, so I can only do appointments by video or at a step-free office. | Preferred contact: "
     "email (emarr@example.com)"),
    ("health", "sensitive", "voicemail",
     "Voicemail 09:14. Hi, it's Gareth Pryce, ref RC-44817. Sorry I missed your call, I've only just come "
     "out of the psychiatric ward at St Brannock's and I'm still getting my head straight. Could someone "
     "ring me back on 07700 900412 after two? Cheers."),
    ("health", "sensitive", "call",
     "Caller: The affordability form asks about regular outgoings, do I put my prescriptions on there? || "
     "Agent: If it's a regular monthly cost, yes please. || Caller: Right, it's the insulin and the pump "
     "supplies for my type 1, so about forty quid a month all in."),
    ("health", "sensitive", "sms",
     "Hiya, can't make the 3pm, chemo's been moved to this afternoon. Can we do Thurs instead? Aoife"),
    ("health", "sensitive", "email",
     "Dear Sir/Madam, my father-in-law Mr Ravindran will be our guarantor but kindly note he underwent "
     "bypass surgery last month and is unable to travel to your office for the ID verification. Is a home "
     "visit possible? Regards, Suresh Nair || Agent: Dear Mr Nair, yes, one of our advisers can visit Mr "
     "Ravindran at home. Please send two or three dates that suit him."),
    ("health", "sensitive", "chat",
     "Agent: Is there anything that might affect your income over the next two years? || tbh yes, I've "
     "been signed off with depression and anxiety since october, I'm on sertraline and my GP thinks I'll "
     "go back part time || Agent: Thank you for telling me. I'll note it carefully and we can look at "
     "lenders who take a phased return into account."),
    ("health", "sensitive", "review",
     "5 stars. Our broker Tom was patient with us all the way, even when my partner's autism meant phone "
     "calls were really hard and everything had to be done in writing. || Agent: Thank you both, we're so "
     "glad the email-only route worked for you."),
    ("health", "sensitive", "dm",
     "hey sorry for the slow replies on the docs, broke my wrist falling off a ladder on saturday so im "
     "typing one-handed lol. will send the payslips tonight"),
    ("health", "sensitive", "email",
     "Hi there, my wife's been diagnosed with early-onset dementia and we'd like to sort the remortgage "
     "while she can still understand and sign everything herself. Is that something you've dealt with "
     "before? Kind regards, Alasdair Munro"),
    ("health", "sensitive", "note",
     "Applicant 2 (Ms Yetunde Bello) is registered blind - needs documents in large print or a "
     "screen-reader accessible PDF. Agreed to send the KFI and offer as tagged PDFs."),
    ("health", "sensitive", "chat",
     "quick one - does the lender's life cover need a medical? I had a heart attack at 49 and I'm worried "
     "it'll bump the premium right up || Agent: Some insurers ask for a GP report after a cardiac event. "
     "I'll get quotes from a couple who specialise in that."),
    ("health", "sensitive", "call",
     "Agent: Can I just confirm your employment status? || Caller: Self-employed joiner, but I've not been "
     "on the tools since I slipped a disc in August, the operation's booked for the new year. || Agent: "
     "Okay, thanks. We'll look at your last two years' accounts and talk about the timing."),
    ("health", "benign", "email",
     "Hi, the building survey mentions 'damp and mould - HHSRS hazard category 2' in the back bedroom. Is "
     "that something the lender will care about, or is it the surveyor covering themselves? Flat 3, 18 "
     "Kestrel Row. Thanks, Maren"),
    ("health", "benign", "chat",
     "Does your protection adviser do critical illness cover quotes as well as life insurance, or is that "
     "a separate firm? || Agent: Same team, we quote life, critical illness and income protection "
     "together. || Great, can you send me the booking link for that?"),
    ("health", "benign", "form",
     "Enquiry: Remortgage | Property: Unit 2, Old Infirmary Mews | Message: The building was a cottage "
     "hospital until the 1990s and was converted in 2011. Does the history affect which lenders will "
     "consider it?"),
    ("health", "benign", "sms",
     "This chain is giving me a proper headache lol, any news from the sellers' side? Ref RC-50192"),
    ("health", "benign", "call",
     "Caller: I'm a staff nurse at the Royal Ferness, do any lenders do key worker deals? || Agent: A "
     "couple offer a slightly higher income multiple for NHS staff, I'll include them in the comparison. "
     "|| Caller: Brilliant, I do a lot of bank shifts too if that counts."),
    ("health", "benign", "note",
     "Client works as a locum pharmacist, income through own limited company. Needs 2 yrs SA302s and tax "
     "year overviews. No issues flagged."),
    ("health", "benign", "review",
     "Quick, clear and none of that sickly sales talk. Fees explained up front. Would use again. || Agent: "
     "Thanks so much for the review, Femi, it means a lot to the team."),
    ("health", "benign", "email",
     "Hello, we're buying the flat above the dental surgery on Marlowe Street. The search says the ground "
     "floor has a medical use class. Will that put mortgage lenders off at all? Cheers, Ines"),
    ("health", "benign", "dm",
     "is there actually a gym in the block or is that just the marketing photos? listing says 'wellness "
     "suite' and i'm sceptical"),
    ("health", "benign", "chat",
     "What does 'healthy credit profile' actually mean on your website? Is there a minimum score? || "
     "Agent: There's no fixed number, it mostly means no recent missed payments or defaults. || ok that "
     "helps, I'll check mine on the free app first"),
    ("health", "benign", "voicemail",
     "Hi, Roisin Daly here, ref RC-38820. Just to say my employer is the Health Service Executive in "
     "Dublin, so my payslips are Irish ones in euro. Is that okay for a UK mortgage? Ring me on 07700 "
     "900218. Thanks a million."),
    ("health", "benign", "email",
     "Team, for the life policy do you need anything from my GP or is it just the online questionnaire? I "
     "haven't opened it yet, I'm just planning my week around the paperwork. Lukas"),
    ("health", "benign", "form",
     "Message: Is the 'Healthy Homes' green mortgage cashback you mentioned on Facebook still available "
     "for properties with an EPC rating of B?"),
    ("health", "benign", "call",
     "Agent: Rigg & Co, Dana speaking. || Caller: Hi, I'm after the stress test figure the lender used, is "
     "it three per cent above the rate? || Agent: This lender stresses at the higher of seven per cent or "
     "pay rate plus three. || Caller: Ah, that explains why the maximum came out lower."),
    ("health", "benign", "sms",
     "Survey's back. Surveyor says the roof is 'in poor health' haha. Can we use that to renegotiate the "
     "price? || Agent: Possibly, ask the surveyor for a repair estimate first and we'll take it to the "
     "agent."),
    # ---- children
    ("children", "sensitive", "email",
     "Hi Callum, childcare costs for the affordability: our son Reuben (3) is at Little Acorns nursery "
     "four days a week, £1,140 a month. Our daughter's in Year 2 at Hollins Primary so it's just breakfast "
     "club for her, about £60. Hope that's what you need. Nadia"),
    ("children", "sensitive", "chat",
     "can we push completion to the 28th? || Agent: I'll ask the sellers' side. Any reason I can pass on? "
     "|| our twins start reception on the 4th of sept and we really need to be moved in before then || "
     "Agent: Understood, I'll explain that to the other side today."),
    ("children", "sensitive", "form",
     "Dependants: 2 | Ages of dependants: 14 months and 6 years | Monthly childcare: £720 | Anything else: "
     "home appointments please if possible, the baby naps 1-3"),
    ("children", "sensitive", "note",
     "Cust says her son (7) has an EHCP and they're buying inside the catchment for the Brackenside "
     "specialist unit; completion timing tied to the start of the spring term."),
    ("children", "sensitive", "sms",
     "Sorry, can't talk, on the school run. Mia's got a tummy bug so she's off today anyway. Call after "
     "12? Jo"),
    ("children", "sensitive", "voicemail",
     "Hiya it's Leanne Firth, ref RC-61024. I need to add our newborn as a dependant on the application, "
     "Frankie was born on the 2nd, seven pound four, so the numbers will change a bit. Ring me on 07700 "
     "900633."),
    ("children", "sensitive", "call",
     "Caller: We're looking at the four-bed on Orchard Way because it's in the catchment for Thornbury "
     "Academy. || Agent: Good to know. Is that for a child starting soon? || Caller: Yeah, our eldest goes "
     "into Year 7 in September 2026."),
    ("children", "sensitive", "email",
     "Hi, we're relocating from Ohio for my husband's job. Our kids are in 3rd and 6th grade, so we're "
     "trying to close before the UK school year starts. Any idea how long conveyancing usually takes? "
     "Thanks, Kristen Alvarez || Agent: Hi Kristen, typically 12 to 16 weeks, so starting now should get "
     "you in before September."),
    ("children", "sensitive", "dm",
     "do lenders care that my 17yo lives with us? she's got a saturday job at the garden centre, does her "
     "income count or is that a no"),
    ("children", "sensitive", "email",
     "Hi, we've gone for the house in Newton Mearns. Ellie starts P5 in August and Jack's going into P1, "
     "so we'd really like the keys by the end of July. Is that realistic? Ta, Fiona"),
    ("children", "sensitive", "chat",
     "Agent: Who'll be living at the property? || me, my partner and my stepson Kai, he's 11 and with us "
     "every other week || Agent: Thanks, I'll list him as a part-time dependant."),
    ("children", "sensitive", "form",
     "Applicant: Omar Haddad | Gift from: grandparents | Message: The grandparents want to split the gift, "
     "£20k to us for the deposit and £4k into our son Zayd's Junior ISA. He's 9. Does the gift letter need "
     "to mention both?"),
    ("children", "sensitive", "note",
     "Joint appl. Applicants' daughter (DOB 14/02/2012) listed as dependant; child maintenance of £340pcm "
     "received through CMS, lender accepts with 6 months' evidence."),
    ("children", "sensitive", "sms",
     "hi its Dev, can we do the call at 8pm instead? the baby's usually down by then || Agent: 8pm is "
     "fine, speak then."),
    ("children", "sensitive", "review",
     "Honestly brilliant. They arranged everything around nap times for our 4-month-old and even sent a "
     "little teddy when we completed! || Agent: Aww, thank you Sian, give baby Arlo a cuddle from all of "
     "us!"),
    ("children", "sensitive", "chat",
     "hi im 15 and my mum said to ask you, can i start saving for a house now in a lifetime isa or do i "
     "have to wait || Agent: Lifetime ISAs open from 18, but a regular savings account in your name is a "
     "great start. Ask your mum to give us a ring too!"),
    ("children", "sensitive", "email",
     "Hi Niamh, any chance we could hold off on the move until after the 20th of June? Saoirse is sitting "
     "her Junior Cycle exams and moving house in the middle of them would be a nightmare for her. Thanks a "
     "mil, Bríd"),
    ("children", "sensitive", "call",
     "Agent: And the second bedroom, is that for a lodger? || Caller: No, no, that's my grandson's room, "
     "he's five, we've had special guardianship of him since he was a baby. || Agent: Understood, I'll put "
     "him down as a dependant."),
    ("children", "sensitive", "note",
     "Spoke to Mr Wenzel. Son Tobias (age 10) has type 1 diabetes; family want a ground-floor bedroom and "
     "to be near the Riverside children's clinic. Budget unchanged."),
    ("children", "sensitive", "form",
     "Dependant 1 DOB: 03/09/2019 | Dependant 2 DOB: 22/01/2023 | Nursery fees per month: £980 | Notes: "
     "youngest moves to the funded hours next term"),
    ("children", "sensitive", "dm",
     "yo quick one, my little brother's 16 and wants to know if he can go on the deeds with me and mum "
     "lol. prob not right? || Agent: Not until he's 18, sorry! He can be added later with a transfer of "
     "equity."),
    ("children", "sensitive", "email",
     "Dear Rigg & Co, we're buying a bungalow so our son can manage at home; Finn is eight and uses a "
     "walking frame since his cerebral palsy diagnosis. Could the survey check the door widths? Best "
     "wishes, Carys Lloyd"),
    ("children", "sensitive", "chat",
     "Agent: Could you upload three months of bank statements? || yep, but heads up there's regular "
     "payments to 'Sparkle Tots' and 'Dinky Divers', that's our daughter's childminder and swimming "
     "lessons, she's 4 || Agent: Thanks, that's useful context for the underwriter."),
    ("children", "sensitive", "sms",
     "Running late, nursery rang, Noah's had a fall in the playground. Will call you back within the hour. "
     "Becky"),
    ("children", "sensitive", "voicemail",
     "Hello, this is Ayesha Karim. Sorry I had to dash, my son's parents' evening at Fernlea Juniors ran "
     "over. I'll call tomorrow morning. My number is 07700 900587."),
    ("children", "sensitive", "call",
     "Caller: We're moving over from Brisbane, the kids are in Year 9 and Year 4 back home, so they might "
     "drop a year here? || Agent: The schools will advise on that; for the mortgage we just need the "
     "children's ages. || Caller: Fourteen and nine."),
    ("children", "sensitive", "email",
     "Hi, our daughter Isla arrived three weeks early on 11 April, all well. Do I need to update the "
     "dependants on the application now, or after the offer? Sorry for the scattered emails, sleep is a "
     "distant memory. Tom || Agent: Congratulations, Tom! Now is best, I'll send you the updated form."),
    ("children", "sensitive", "note",
     "Applicant asked that all correspondence is addressed to her only; she has residence of her two "
     "children (ages 6 and 9) and the ex-partner has contact every other weekend."),
    ("children", "sensitive", "chat",
     "is stamp duty different if the house is partly in my son's name?? he's 14 so idk if that even works "
     "|| Agent: A minor can't hold the legal title in England, though there are trust arrangements. It's "
     "one for the conveyancer. || ok, I'll ask them"),
    ("children", "sensitive", "form",
     "Reason for move: upsizing. We've got a Year 11 doing GCSEs and a toddler, the flat's far too small. "
     "| Preferred completion: after exams finish in June"),
    ("children", "sensitive", "review",
     "Took forever, though to be fair that was partly us, the kids' school holidays (Year 3 and Year 5) "
     "meant we kept rescheduling. Fine in the end. 3 stars."),
    ("children", "sensitive", "email",
     "Good afternoon, please find attached my payslips. Kindly note my daughter Oluwaseun is 8 years and "
     "attends Greenhill Primary, so I can only take calls between 9:30am and 2:30pm. Thank you for your "
     "understanding. Mrs Folake Adeyemi"),
    ("children", "sensitive", "dm",
     "can u send the KFI by email not post, my toddler ate the last letter 😂 (literally, he's 2)"),
    ("children", "sensitive", "sms",
     "Hi it's Marta. Can we move the valuation to 4:15? I have to collect Olek from after-school club, "
     "he's in 2nd class. || Agent: 4:15 is fine, Marta, I've let the valuer know."),
    ("children", "sensitive", "call",
     "Agent: Any regular commitments like school fees? || Caller: Yes, Harriet's at Brambleigh Prep, she's "
     "in Year 4, that's £5,200 a term. || Agent: Okay, I'll include that as committed expenditure."),
    ("children", "sensitive", "note",
     "Cust called on behalf of daughter Grace (17), who will live at the property; Grace turns 18 in Nov. "
     "Lender requires occupiers aged 17+ to sign an occupier's waiver. Form sent."),
    ("children", "sensitive", "chat",
     "just to say the person shouting in the background is my son, he's home from school with chickenpox, "
     "so sorry 🙈 || Agent: Ha, no problem at all! Hope he feels better soon."),
    ("children", "sensitive", "email",
     "Hi, about the gifted deposit letter: it's from my ex-partner for our son's benefit, Leo is 5, and "
     "she wants it noted that the money is for a family home for him. Can the letter say that? Thanks, "
     "Marcus"),
    ("children", "sensitive", "form",
     "Full name: Jade Whitlock | Household: me and 3 kids (2, 5 and 10) | Question: do lenders count child "
     "maintenance as income?"),
    ("children", "sensitive", "voicemail",
     "Hi, Callum Reid here. Heads up, I'll be at the hospital most of tomorrow with my wee girl, she's "
     "getting grommets put in, she's three. Text me if anything's urgent, 07700 900274. Cheers."),
    ("children", "sensitive", "review",
     "Broker was great with our teenager, who kept asking questions about interest rates in the meeting 😂 "
     "Jasper is 13 and now wants to be a mortgage adviser. || Agent: Tell Jasper we'll save him a desk!"),
    ("children", "sensitive", "call",
     "Caller: The bedroom sizes on the floorplan, is the third one big enough for a cot? The baby moves "
     "out of our room at six months and she's four months now. || Agent: It's about 2.4 by 2.1 metres, so "
     "a cot fits easily."),
    ("children", "sensitive", "sms",
     "Tried ringing, no answer. Ruby's school has an inset day on Thurs (she's Year 1) so I'll be at home "
     "with her, can do a call any time that day."),
    ("children", "sensitive", "note",
     "Dependants: one, son aged 15 at Moorside High. Applicant proposed using £1,200 from the son's own "
     "savings account as a deposit top-up; advised the lender won't accept that."),
    ("children", "sensitive", "chat",
     "hello, me and my wife have little girl, she have 2 years, and we want to know if the nursery cost "
     "make less how much we can borrow? || Agent: Yes, lenders take childcare costs off when working out "
     "affordability. Roughly how much is it each month? || about 900 pounds every month"),
    ("children", "sensitive", "email",
     "Hi Dana, one more thing for the application: Ciaran (our 10 year old) has his own bank account for "
     "pocket money and it shows up in my open banking connection. Just so it doesn't confuse the "
     "underwriter. Cheers, Una"),
    ("children", "sensitive", "dm",
     "hey can we do the video call sunday instead? it's my daughter's 6th birthday party on sat and it's "
     "going to be chaos || Agent: Sunday at 11 works, have a lovely party!"),
    ("children", "sensitive", "form",
     "Property type: House | Bedrooms needed: 4 | Why: three kids under 8 sharing one room, plus we foster "
     "(long-term placement, a girl aged 12)"),
    ("children", "sensitive", "call",
     "Caller: Sorry, is it okay if my daughter translates? She's fourteen, her English is better than "
     "mine. || Agent: Of course, though for the advice itself we might book an interpreter as well. || "
     "Caller: Okay, whatever is best."),
    ("children", "sensitive", "voicemail",
     "Hi, it's Priti Shah, ref RC-70411. Just letting you know it's half term next week so I'm home with "
     "the kids, Aarav's in Year 6 and Diya's in Year 2, so mornings are tricky. Best on 07700 900155 after "
     "7pm."),
    ("children", "benign", "email",
     "Hi, the local search mentions a planning application for a day nursery extension on the plot behind "
     "us (ref 24/0815/FUL). Does that need raising with the lender, or is it just for our information? Ta, "
     "Jonas || Agent: Hi Jonas, it's for your info; lenders rarely mind a neighbouring nursery."),
    ("children", "benign", "chat",
     "is the house listed? the agent said 'Grade II' but didn't say which bit || Agent: The whole building "
     "is Grade II listed, so we'll need a lender that's comfortable with listed properties. || right, "
     "cheers, that narrows it down then"),
    ("children", "benign", "form",
     "Enquiry: First-time buyer | Message: How does the Family Boost product work where parents put "
     "savings in as security? My parents are both retired and keen to help."),
    ("children", "benign", "sms",
     "Year 1 and Year 2 accounts attached as PDFs, self-employed since 2022. Shout if you need the SA302s "
     "too. Mo"),
    ("children", "benign", "note",
     "Applicant is a primary school teacher at Fernlea Juniors, permanent contract, 0.8 FTE. Payslips "
     "verified against P60."),
    ("children", "benign", "call",
     "Caller: The listing says 'perfect family home, close to outstanding schools', does the school bit "
     "affect the valuation? || Agent: It can support the price indirectly, but the valuer goes on "
     "comparable sales. || Caller: Makes sense, so no magic uplift then."),
    ("children", "benign", "review",
     "Smooth as anything, honestly child's play compared to our last remortgage with the bank. || Agent: "
     "Thank you, Petra! Glad it felt so easy."),
    ("children", "benign", "dm",
     "baby steps lol. just got my agreement in principle. what's next, the offer or viewings?"),
    ("children", "benign", "email",
     "Hello, I'm the business manager at Holloway Lane Primary School. We're not buying anything, but "
     "several staff have asked whether you'd do a lunchtime talk on first-time buyer mortgages. Would a "
     "30-minute session in the staff room work? Kind regards, Deborah Quaye"),
    ("children", "benign", "chat",
     "my son's 26 and buying his first flat, can I gift him the deposit without it counting as a loan? || "
     "Agent: Yes, with a signed gifted deposit letter confirming it's non-repayable. || great, what do you "
     "need from me for that?"),
    ("children", "benign", "form",
     "Property address: The Old Schoolhouse, 4 Bell Lane | Query: it's a converted 1880s school building, "
     "do lenders have issues with that kind of conversion?"),
    ("children", "benign", "sms",
     "The parent company of my employer changed its name, so payslips now say Northgate Holdings not "
     "Northgate Retail. Same job. Problem? || Agent: Not a problem, just send one payslip with each name "
     "on it."),
    ("children", "benign", "voicemail",
     "Hi, it's Tomasz from Little Sprouts Nursery, the business on Mill Road. We're looking at buying the "
     "freehold of our premises and someone said you do commercial mortgages too? 07700 900391. Thanks."),
    ("children", "benign", "call",
     "Caller: The estate agent said the garden backs onto a playing field. Is that school land that could "
     "be built on one day? || Agent: The local search and the conveyancer's enquiries should show who owns "
     "it and any planning. || Caller: Great, I'll flag it with them."),
    ("children", "benign", "note",
     "Client employed as a youth worker by Kettlewell Council, fixed-term contract to 2027 renewed "
     "annually. Lender fine with 12 months' history."),
    ("children", "benign", "email",
     "Hi, I'm 19 and buying my first place with my partner. Is there a minimum age for a mortgage? Thanks, "
     "Kezia || Agent: Hi Kezia, you need to be 18, so you're good to go. Let's book a chat."),
    ("children", "benign", "chat",
     "do you do junior ISAs or just mortgages? asking generally, i'm comparing fees for a blog post || "
     "Agent: We don't provide ISAs, only mortgages, protection and conveyancing. || no worries, I'll note "
     "that in the table"),
    ("children", "benign", "dm",
     "the kids at work call me the mortgage oracle now 😂 anyway, any update on my AIP?"),
    ("children", "benign", "form",
     "Employer: Brightwater Academy Trust | Job title: Head of Year 9 | Salary: £48,200 | Notes: TLR "
     "payment is included on the payslip"),
    ("children", "benign", "review",
     "Nursery rhyme levels of simple: sign here, sign there, done. 5 stars for Aisha at Rigg & Co."),
    ("children", "benign", "sms",
     "Gifted deposit is from my mum and dad, both happy to sign. Do they need to provide their own ID as "
     "well?"),
    ("children", "benign", "call",
     "Caller: I'm a childminder, self-employed and registered with Ofsted. Do lenders take childminding "
     "income? || Agent: Yes, from your tax returns like any self-employed income. || Caller: Lovely, I've "
     "got three years of returns."),
    ("children", "benign", "email",
     "Dear team, our charity, the Westerby Children's Centre, is relocating and the trustees want to know "
     "whether a charity can take out a commercial mortgage. Could you advise or refer us? Regards, Graham "
     "Otley, Treasurer"),
    ("children", "benign", "note",
     "Property adjacent to a primary school; local search shows no expansion plans. Buyer informed. No "
     "lender issue."),
    ("children", "benign", "chat",
     "teething problems with your portal, it keeps logging me out when I upload the P60 || Agent: Sorry "
     "about that, try Chrome and clear your cookies, or I can email a secure upload link. || chrome worked "
     "first time, cheers"),
    ("children", "benign", "voicemail",
     "Hi, it's Rhian from Cwtch Babywear, we're the shop on Heol Fawr, calling about buying the flat above "
     "the shop as an investment. Can someone call me back on 07700 900842? Diolch."),
    ("children", "benign", "form",
     "Query: The development marketing says 'family-friendly, playpark on site'. Is the playpark "
     "maintained by the management company, and is it in the service charge?"),
    ("children", "benign", "review",
     "Felt a bit like I was being treated like a kid at first, lots of over-explaining, but once I said "
     "I'd bought before they adjusted. 4/5."),
    ("children", "benign", "sms",
     "Our offer got accepted!!! Like kids at Christmas here. What do we do now? || Agent: Congratulations! "
     "I'll email the next steps within the hour."),
    ("children", "benign", "email",
     "Hi Jess, my daughter (she's 31 and an accountant) will be joining our meeting to help me go through "
     "the buy-to-let figures. Is that okay? Margaret Bell"),
    ("children", "benign", "call",
     "Agent: And the deposit, where's that coming from? || Caller: Our grown-up kids chipped in, all three "
     "are over twenty-five, I've got the bank transfers. || Agent: Perfect, we'll need a gift letter from "
     "each of them."),
    ("children", "benign", "chat",
     "what age do you need to be for a 35 year term? i'm 41 || Agent: Most lenders want the term to end by "
     "70 or 75, so 35 years at 41 could work with some. || ok, that's better than I expected"),
    ("children", "benign", "dm",
     "hey, do you guys sponsor local stuff? I run the Hartley Colts under-11s football club and we're "
     "after a shirt sponsor for next season || Agent: We might! Send the details to marketing@example.com "
     "and they'll come back to you."),
    ("children", "benign", "note",
     "Gift from applicant's parents (both in their 60s), £25k, funds held in their joint savings for 6+ "
     "months. Gift letter received and signed."),
    ("children", "benign", "form",
     "Message: Is the flat in the catchment for Hollins Primary? Just curious about resale value long "
     "term, it's only the two of us."),
    ("children", "benign", "email",
     "Hello, we're the PTA of Brackenside Primary and we're running the summer fair. Could Rigg & Co "
     "donate a raffle prize? Many thanks, Ruth (PTA chair) || Agent: Hi Ruth, happy to! We'll drop off a "
     "hamper the week before."),
    ("children", "benign", "sms",
     "Stamp duty calculator says £0 as a first-time buyer but my mate says otherwise. Who's right? "
     "Child-proof explanation please 🙏"),
    ("children", "benign", "call",
     "Caller: The seller wants to leave the wooden climbing frame and trampoline in the garden, do we put "
     "those on the fixtures and fittings form? || Agent: Yes, list them so it's clear they're included. || "
     "Caller: Will do."),
    ("children", "benign", "chat",
     "is there a 'baby boomer' equity release option? asking for my dad, he's 72 and mortgage-free || "
     "Agent: We can refer him to a specialist later-life lending adviser. || great, I'll pass him the "
     "number"),
    ("children", "benign", "review",
     "Junior adviser Kamal handled our case and honestly he was better than the senior one we had at the "
     "bank. 5 stars."),
    ("children", "benign", "voicemail",
     "Hi, this is Mrs Penrose, bursar at Oakhurst School. Our caretaker lives in a school-owned cottage "
     "and the governors are considering selling it to him; could you explain how a sale to an employee "
     "works? 07700 900506."),
    ("children", "benign", "form",
     "Employer: Sunnybank Day Nursery Ltd | Position: Deputy Manager | Length of employment: 4 years | "
     "Basic income: £27,500"),
    ("children", "benign", "note",
     "Client born 12/03/1996, age 28 at application. 35-year term ends at 63. Fine for all panel lenders."),
    ("children", "benign", "email",
     "Hi, is the 'Starter Home Club' on your website the same thing as the government shared ownership "
     "scheme? I'm confused by the name. Cheers, Lorcan"),
    ("children", "benign", "chat",
     "the flat has a 'nursery' on the floor plan but it's like 2m by 1.8m, is that a bedroom for "
     "valuation? || Agent: Valuers usually treat a room that size as a box room or study. || ah ok so it's "
     "a 1-bed plus study really"),
    ("children", "benign", "dm",
     "the estate agent was a literal child i swear, didn't know what leasehold was 😭 anyway can you check "
     "the lease length for me"),
    ("children", "benign", "sms",
     "My company's year end is March so the new accounts won't be ready till June. Wait, or apply now?"),
    ("children", "benign", "call",
     "Caller: What's the difference between a guarantor and a joint borrower sole proprietor? My parents "
     "might help us. || Agent: With JBSP your parents are on the mortgage but not on the deeds. || Caller: "
     "Okay, that sounds more like what we want."),
    ("children", "benign", "email",
     "To whom it may concern, Birchfield Scout Group is a charity that owns its hut, and the trustees want "
     "to borrow against it to fund a new roof. Do you handle charity lending? Patrick Hale, Chair of "
     "Trustees"),
    ("children", "benign", "review",
     "Like a kid in a sweet shop choosing between rates. Broker narrowed it down to three, perfect. ⭐⭐⭐⭐⭐ "
     "|| Agent: Thanks, Owain! Enjoy the new place."),
    # ---- financial_hardship
    ("financial_hardship", "sensitive", "email",
     "Hi, I need to be honest before we go any further: I was made redundant from Calder Logistics on "
     "Friday. Does that kill the application? The offer hasn't been issued yet. Sorry to spring this on "
     "you. Dominic Ashworth"),
    ("financial_hardship", "sensitive", "chat",
     "Agent: Have you had any missed payments in the last six years? || yeah a few. I got a CCJ in 2022 "
     "for about £1,800 that I paid off last year, and I was 3 months behind on my car finance before that "
     "|| Agent: Thanks for being upfront, some specialist lenders can still help with that history."),
    ("financial_hardship", "sensitive", "note",
     "Client currently 4 months in arrears on existing mortgage with Harlow BS; lender has written warning "
     "of possession proceedings. Client wants to remortgage to clear arrears. Referred to free debt advice "
     "plus specialist lender."),
    ("financial_hardship", "sensitive", "sms",
     "cant pay the broker fee this month sorry, universal credit doesnt land till the 28th. can i split it "
     "in 2?"),
    ("financial_hardship", "sensitive", "voicemail",
     "Hi, it's Kelly Marsh. I've had another letter from the debt collectors, Lowmoor Recoveries, about "
     "the old credit card, and I'm worried it'll show up on the mortgage check. Please ring me back on "
     "07700 900719."),
    ("financial_hardship", "sensitive", "form",
     "Credit history - Ever been declared bankrupt?: Yes, discharged 2021 | IVA?: No | Defaults: 2 "
     "(energy, mobile) | Notes: the bankruptcy followed my printing business going under in 2019"),
    ("financial_hardship", "sensitive", "call",
     "Caller: I've been on short hours since June, they cut us all to three days, and we're behind on the "
     "council tax now. || Agent: I'm sorry, that sounds tough. Has the council offered a payment plan? || "
     "Caller: Not yet, just a final reminder and a lot of worry."),
    ("financial_hardship", "sensitive", "review",
     "They didn't judge me at all for being on a debt management plan, and found a lender who'd look at it "
     "after three years of payments. || Agent: Thank you, Shona. Everyone's circumstances deserve a fair "
     "hearing."),
    ("financial_hardship", "sensitive", "email",
     "Respected Sir, my salary has not been paid for the last two months as the company is going into "
     "liquidation and I am not able to pay the instalment on my existing loan. Kindly advise whether the "
     "remortgage can still proceed. Thanking you, Venkatesh Rao"),
    ("financial_hardship", "sensitive", "dm",
     "honestly cant afford the survey rn. landlord's served a section 21 and ive got 2 months to find "
     "somewhere, any chance of paying it after completion?"),
    ("financial_hardship", "sensitive", "chat",
     "hi the direct debit for your fee bounced, sorry || Agent: No problem, shall I retry it on a date "
     "that suits? || not till payday. I'm £400 into an unarranged overdraft and the bank's charging me "
     "daily, been like this since they cut my hours"),
    ("financial_hardship", "sensitive", "note",
     "Applicant disclosed six payday loans in the last 12 months (Quickcash, Loanly), all repaid late. "
     "Client says they've been using the food bank since spring. Advised not to proceed now; review booked "
     "in 6 months."),
    ("financial_hardship", "sensitive", "email",
     "Hi Priya, sorry for the delay sending the statements. We've had enforcement agents round this week "
     "over an old parking debt and I've been sorting that out. I'll upload them tonight. Lisa || Agent: No "
     "problem at all, Lisa, tonight is fine. Shout if the upload gives you any trouble."),
    ("financial_hardship", "sensitive", "sms",
     "Got the sack on Monday. Do I tell the lender or wait till completion? Honest answer pls"),
    ("financial_hardship", "sensitive", "call",
     "Agent: And what's your current income? || Caller: It's just Universal Credit at the minute, plus a "
     "bit of cash from cleaning when I can get it. || Agent: Okay, most mainstream lenders won't count "
     "that yet, but let's talk about what would need to change."),
    ("financial_hardship", "sensitive", "form",
     "Reason for remortgage: debt consolidation | Total unsecured debt: £38,400 across 7 cards | Are you "
     "currently able to meet the payments?: No, only minimums on some, missed two last month"),
    ("financial_hardship", "sensitive", "voicemail",
     "Morning, Jerome Baptiste here. The landlord's gone to court to get us out, we've got till the end of "
     "next month, so is there any way to speed up the purchase? Ring me on 07700 900360, please."),
    ("financial_hardship", "sensitive", "review",
     "2 stars. We were told our repossession in 2017 wasn't a problem, then three lenders declined us. "
     "Would have liked honesty earlier. || Agent: We're sorry, Mr Ilori. We've passed this to our "
     "compliance lead and she'll call you this week."),
    ("financial_hardship", "sensitive", "chat",
     "look, the café went under in march and i'm still paying off the suppliers, about 22k, does that rule "
     "me out completely?? || Agent: Not completely, it depends how it's recorded on your credit file. Can "
     "I run a soft search? || yeah go for it, cheers mate"),
    ("financial_hardship", "sensitive", "email",
     "Dear team, my husband lost his job at the bottling plant and we've fallen two payments behind on our "
     "mortgage. We're on a forbearance arrangement with the lender but want to know whether switching "
     "product now would help or hurt. Regards, Bernadette Kiely"),
    ("financial_hardship", "benign", "email",
     "Hi, my card was declined when paying the £499 broker fee online. The bank says nothing's wrong and "
     "it's probably the 3D Secure pop-up. Can you send a new payment link? Thanks, Anil || Agent: Hi Anil, "
     "new link sent, it's valid for 48 hours. Let me know if it misbehaves again."),
    ("financial_hardship", "benign", "chat",
     "Can I change the direct debit date on the new mortgage to the 1st? I get paid on the last working "
     "day. || Agent: Yes, you can ask the lender for that once it completes. || great, I'll put a reminder "
     "in for after completion"),
    ("financial_hardship", "benign", "sms",
     "Invoice RC-INV-5521 shows £599 but the quote said £499. Which one is right? || Agent: Apologies, the "
     "quote is right. Corrected invoice on its way."),
    ("financial_hardship", "benign", "note",
     "Client queried the early repayment charge on current deal (3% until 30/06). Advised waiting 6 weeks "
     "to avoid it. No affordability issues."),
    ("financial_hardship", "benign", "form",
     "Message: What's the difference between adding the product fee to the loan and paying it upfront? "
     "Which works out cheaper over five years?"),
    ("financial_hardship", "benign", "call",
     "Caller: I've got a bit of a credit card balance, about two grand, but I clear it most months. Does "
     "that count against us? || Agent: Lenders look at the monthly commitment; a balance you clear each "
     "month is fine. || Caller: Good, that's one less thing to stress about."),
    ("financial_hardship", "benign", "review",
     "Fees were clear, no surprise charges, and they passed on the refund when the lender waived the "
     "valuation fee. Top marks."),
    ("financial_hardship", "benign", "dm",
     "i paid the valuation fee twice by accident lol, can i get one of them refunded? || Agent: Yes, I can "
     "see both. The duplicate will be back on your card in 3-5 working days."),
    ("financial_hardship", "benign", "email",
     "Hello, I'm overpaying £200 a month on my current mortgage. Will that carry over to the new lender "
     "automatically, or do I set it up again? Cheers, Noor"),
    ("financial_hardship", "benign", "chat",
     "what happens to my deposit if the sale falls through? is it refundable? || Agent: Until you exchange "
     "contracts, the deposit stays with you. || ok phew, i thought i'd lose it the moment the offer was "
     "accepted"),
    ("financial_hardship", "benign", "voicemail",
     "Hi, it's Lewis Grant, ref RC-33190. The payment link you sent expired before I got to it. Can you "
     "resend it? I'm on 07700 900488. Ta."),
    ("financial_hardship", "benign", "form",
     "Query: Is there a fee for the agreement in principle? And does it leave a hard search on my credit "
     "file?"),
    ("financial_hardship", "benign", "sms",
     "Bank transfer for the deposit sent, they reckon 2 working days as it's over £25k. Still fine for "
     "completion on Fri?"),
    ("financial_hardship", "benign", "call",
     "Agent: Your remortgage offer came in at 4.19%. || Caller: Oof, that's more than the 3.89 I'm on now. "
     "|| Agent: Yes, rates have moved up; this is still the best on the market for your loan-to-value."),
    ("financial_hardship", "benign", "note",
     "Client asked whether the broker fee is refundable if the lender declines. Explained T&Cs clause 4: "
     "refundable on decline. No issue."),
    ("financial_hardship", "benign", "email",
     "Team, the completion statement shows a £42 'TT fee'. What's that for? Not disputing it, just "
     "curious. Rob"),
    ("financial_hardship", "benign", "chat",
     "does paying off my car finance early improve how much I can borrow? I've got £9k sat in savings "
     "doing nothing || Agent: It can, because the monthly payment drops out of the affordability sums. || "
     "nice, I'll ring the finance company for a settlement figure"),
    ("financial_hardship", "benign", "review",
     "Bit pricier than the fee-free brokers, but honestly worth it for the hand-holding. 4 stars."),
    ("financial_hardship", "benign", "dm",
     "saw the bank of england held rates today, does that change anything on my tracker?"),
    ("financial_hardship", "benign", "form",
     "Query: The lease says ground rent is payable 'half-yearly in arrears'. Does that mean we'll owe the "
     "seller's share at completion, or is it apportioned?"),
    # ---- legal
    ("legal", "sensitive", "email",
     "Hi Priya, the remortgage will have to wait. My ex-husband's solicitor has applied to the court for "
     "an order for sale of the house as part of our divorce. The hearing is on 14 March. Best, Claire "
     "Dunmore"),
    ("legal", "sensitive", "chat",
     "Agent: Any criminal convictions we should know about for the insurance side? || yeah, drink driving "
     "in 2020, 18 month ban. spent now I think? || Agent: Thanks for being upfront. If it's spent, you "
     "usually don't have to declare it."),
    ("legal", "sensitive", "note",
     "Boundary dispute: the buyer's prospective neighbour (Mr A. Dutta) has issued county court "
     "proceedings against the seller over the shared driveway. Conveyancer advises buyer not to exchange "
     "until resolved."),
    ("legal", "sensitive", "sms",
     "Police came round about the fraud on my account, crime ref 46/88213/24. They said it might mess up "
     "the open banking check?"),
    ("legal", "sensitive", "voicemail",
     "Hi, it's Marcus Welling. I've been arrested, no charges yet, and I'm on bail with conditions so I "
     "can't travel to the signing in Leeds. Can we do it remotely? 07700 900943."),
    ("legal", "sensitive", "form",
     "Anything else we should know? | My partner has a restraining order against her ex, who knows our "
     "current address. Please do not share our new address with anyone who calls."),
    ("legal", "sensitive", "call",
     "Caller: We're taking the builder who did the extension to the small claims court, does the lender "
     "need to know? || Agent: If it affects the property's value, possibly. Is the work finished? || "
     "Caller: Finished, just badly. Hearing's in the spring."),
    ("legal", "sensitive", "review",
     "Helped us buy even though my divorce was still going through the courts, and handled it all "
     "sensitively. 5 stars. || Agent: Thank you, Adaeze, we're glad it all came together in the end."),
    ("legal", "sensitive", "email",
     "Hi, my attorney in California says the judgment from my old landlord lawsuit was vacated, but it "
     "still shows on my US credit report. Will UK lenders see it? Best, Tyler Brooks"),
    ("legal", "sensitive", "dm",
     "gonna need to pause things, my brother's been remanded and the family's using our savings for his "
     "legal fees. sorry"),
    ("legal", "sensitive", "chat",
     "hi, my lawyer says I need the final divorce order before I can buy in my sole name, is that right? "
     "|| Agent: Most lenders want to see at least the conditional order and the financial order. || ok, "
     "we're still waiting on the financial hearing, so not yet"),
    ("legal", "sensitive", "note",
     "Cust disclosed unspent conviction (theft, 2023, community order). Declined by Lender A; approached "
     "Lender B who will consider with full disclosure."),
    ("legal", "sensitive", "email",
     "Dear Rigg & Co, I have instructed a solicitor to bring a claim against your firm over the delay on "
     "my purchase at 9 Lyndon Close. Please preserve all records. Patricia Varga || Agent: Dear Ms Varga, "
     "we acknowledge your letter and have passed it to our complaints and compliance team."),
    ("legal", "sensitive", "sms",
     "Court hearing about my ex's claim on the house is on the 9th, I'll know then if I can remortgage. "
     "Will update, Kev"),
    ("legal", "sensitive", "call",
     "Agent: Are you the sole legal owner? || Caller: On paper yes, but my ex-partner's lodged a claim "
     "saying she's got a beneficial interest, it's with the family court. || Agent: Okay, we'll need that "
     "resolved or her written consent before a lender will proceed."),
    ("legal", "benign", "email",
     "Hi, what's included in your conveyancing quote? It says 'legal fees £1,150 + VAT' plus "
     "disbursements. What are disbursements exactly? Thanks, Mariam || Agent: Hi Mariam, disbursements are "
     "costs we pay on your behalf, like searches and the Land Registry fee."),
    ("legal", "benign", "chat",
     "the conveyancer says there's a restrictive covenant on the title about keeping poultry 🐔 is that "
     "actually enforceable? || Agent: Old covenants often are in theory; the conveyancing team can tell "
     "you how it's worded. || ha ok, no chickens for now then"),
    ("legal", "benign", "note",
     "Title register shows restriction in favour of Harbour Estates (management company consent). "
     "Conveyancing team to obtain certificate of compliance. Standard."),
    ("legal", "benign", "sms",
     "Is exchange of contracts legally binding? Like, can the seller still pull out afterwards?"),
    ("legal", "benign", "form",
     "Query: Does your conveyancing fee include the Land Registry fee and the searches, or are those "
     "extra?"),
    ("legal", "benign", "call",
     "Caller: What's indemnity insurance, and why does the seller's side want us to accept it for the "
     "missing building regs? || Agent: It's a one-off policy covering losses if the council ever requires "
     "the work to be redone. || Caller: Okay, and who pays for it, us or them?"),
    ("legal", "benign", "review",
     "Conveyancing team were on it: searches back in 9 days, exchange in 5 weeks. Law & Order levels of "
     "speed 😄 5/5."),
    ("legal", "benign", "dm",
     "what does 'subject to contract' mean on the agent's email? are we committed now?"),
    ("legal", "benign", "voicemail",
     "Hi, Hamza Qureshi, ref RC-41557. The title plan shows the garden boundary in a slightly different "
     "place to the fence, is that normal? Could someone give me a call on 07700 900216? Thanks."),
    ("legal", "benign", "email",
     "Hello, our company, Oduya Will Writing Ltd, is buying the freehold of its office. We're a small "
     "practice of four staff. Do you arrange commercial mortgages? Best, Tamsin Oduya"),
    ("legal", "benign", "chat",
     "whats a 'statutory declaration'? the seller's conveyancer mentioned one for the right of way || "
     "Agent: It's a formal written statement, here about how long the path has been used. || ah right, so "
     "it's just paperwork from their end"),
    ("legal", "benign", "note",
     "Client asked whether stamp duty applies when buying with cash. Explained SDLT applies regardless of "
     "how the purchase is funded."),
    ("legal", "benign", "form",
     "Message: We want to hold the property as tenants in common, 60/40. Do you draft the declaration of "
     "trust or should we go elsewhere?"),
    ("legal", "benign", "sms",
     "Completion statement says 'Law Society search fee'? Never heard of it. Is that legit?"),
    ("legal", "benign", "call",
     "Agent: Rigg & Co conveyancing, Fola speaking. || Caller: Hi, the Land Registry application says "
     "'requisition raised'. Sounds scary? || Agent: It's routine, they want a document clarified and we'll "
     "reply this week."),
    # ---- special_categories
    ("special_categories", "sensitive", "email",
     "Hi Tom, could we avoid appointments on Friday afternoons? I leave work early for Jummah and then "
     "it's family time. Also, is there a home purchase plan we could use instead of an interest-based "
     "mortgage? Thanks, Bilal Chaudhry"),
    ("special_categories", "sensitive", "chat",
     "Agent: Key collection is proposed for Saturday the 12th. || we can't do anything on a Saturday, it's "
     "Shabbat for us. could it be the Friday morning? || Agent: Of course, I'll ask the sellers' agent for "
     "Friday before noon."),
    ("special_categories", "sensitive", "sms",
     "Sorry missed your call, was at the gurdwara for my cousin's wedding all day. Call tomorrow? - Harjit"),
    ("special_categories", "sensitive", "note",
     "Client asked that monthly outgoings include a 10% tithe to Kingsgate Pentecostal Church; she wants "
     "it kept in the affordability as it's non-negotiable for her."),
    ("special_categories", "sensitive", "voicemail",
     "Hi, it's Rachel Adler. The signing next week clashes with Yom Kippur, so I won't be answering the "
     "phone or looking at emails on the Wednesday. Any day after that is fine. 07700 900564."),
    ("special_categories", "sensitive", "form",
     "Preferences: No appointments in the late afternoon during Ramadan if possible, the fasting makes it "
     "tough. | Product interest: Sharia-compliant home purchase plan"),
    ("special_categories", "sensitive", "call",
     "Caller: We're Jehovah's Witnesses so we don't celebrate Christmas, which is why we can happily move "
     "over the holidays. || Agent: That's actually really helpful for the timeline. || Caller: Thought it "
     "might be!"),
    ("special_categories", "sensitive", "dm",
     "lol the survey day is Diwali, my mum will kill me if I'm not home for the puja. any chance of the "
     "3rd instead? || Agent: No problem, the 3rd at 10am is booked. Happy Diwali!"),
    ("special_categories", "sensitive", "review",
     "Our adviser Rania remembered I'd said I'm Buddhist and booked our meeting at a café with a proper "
     "vegetarian menu. Small thing, big difference. 5 stars."),
    ("special_categories", "sensitive", "email",
     "Hi, as a Black first-time buyer I've read about homes owned by Black families being undervalued, and "
     "I'm nervous. Can I ask for a different valuer if the figure looks off? Thanks, Kwame Asante || "
     "Agent: Hi Kwame, yes, we can challenge a valuation with comparables and request a second opinion."),
    ("special_categories", "sensitive", "chat",
     "the ID check keeps rejecting my name, it's Vietnamese and the accents don't go through, Nguyễn Thị "
     "Hương. my family came over from Hanoi, never had this problem with the bank || Agent: Sorry about "
     "that, enter it without accents and I'll note the correct spelling on file."),
    ("special_categories", "sensitive", "note",
     "Gift from applicant's parents held in Pakistan (Lahore); applicant is British Pakistani, family "
     "funds remitted via money transfer service. Lender needs full source-of-funds trail."),
    ("special_categories", "sensitive", "call",
     "Caller: We're Irish Travellers, we've been on the site at Carrow Lane for years and now we want to "
     "buy a house. Some brokers just hang up on us. || Agent: I'm sorry that's happened. Let's go through "
     "your income and see what's possible."),
    ("special_categories", "sensitive", "sms",
     "Hi, Chen Wei here. My grandma in Guangzhou wants to send the gift money, does it need to be in "
     "pounds first?"),
    ("special_categories", "sensitive", "form",
     "Anything else?: I'm of Somali heritage and my documents give my date of birth as 1 January, which is "
     "common for people from my family's region. The ID check flagged it as suspicious."),
    ("special_categories", "sensitive", "voicemail",
     "Hello, this is Mrs Adebayo-Clarke. My husband is Jamaican and I am Nigerian, and we feel the estate "
     "agent is treating us differently to the white couple who also bid. Please call me on 07700 900622."),
    ("special_categories", "sensitive", "review",
     "Our broker spoke Polish with my mum, which made her feel so welcome, she only came over from Gdańsk "
     "two years ago. 5 stars. || Agent: Dziękujemy, Natalia! It was a pleasure."),
    ("special_categories", "sensitive", "dm",
     "hey, do any of your lenders have issues with Roma applicants? my dad got declined everywhere and we "
     "think it's our surname"),
    ("special_categories", "sensitive", "email",
     "Hi Priya, please use my personal email from now on, not my council one. I'm a Labour councillor for "
     "Westmere ward and I'd rather my mortgage stuff wasn't on the council system. Thanks, Cllr Dev Mistry"),
    ("special_categories", "sensitive", "chat",
     "can we do the call after 7? I'm out leafleting for the Greens till then, by-election's on thursday "
     "|| Agent: Sure, 7:30 works. || cheers, fingers crossed for thursday"),
    ("special_categories", "sensitive", "note",
     "Client mentioned she's the local organiser for the Liberal Democrats and canvasses most weekends; "
     "asked us not to call on Saturdays. Noted on CRM."),
    ("special_categories", "sensitive", "sms",
     "cant make tues, im at the anti-austerity march in london all day. weds?"),
    ("special_categories", "sensitive", "voicemail",
     "Hi, it's Ffion Rees. Just so you know, I'm standing as the Plaid Cymru candidate in the council "
     "elections, so my income might change if I get in. Call me on 07700 900301."),
    ("special_categories", "sensitive", "form",
     "Employer: Self-employed | Occupation: Campaign manager for Yes Together, the independence campaign | "
     "Income: annual contract, renewed each year"),
    ("special_categories", "sensitive", "call",
     "Agent: As part of our anti-money-laundering checks, are you a politically exposed person? || Caller: "
     "Well, I sit as an independent on the city council and I chair the anti-incinerator campaign, so "
     "maybe? || Agent: A local councillor isn't usually a PEP, but I'll note it."),
    ("special_categories", "sensitive", "dm",
     "btw i'll be slow replying this week, we're occupying the uni admin building over the divestment "
     "campaign. solidarity 🇵🇸"),
    ("special_categories", "sensitive", "review",
     "Had a lovely chat about politics with the adviser while the system was slow, turns out we both "
     "canvassed for Remain in 2016! Oh, and the mortgage got sorted too. 5 stars."),
    ("special_categories", "sensitive", "email",
     "Hi, my payslip deductions include 'UNISON subs'. I'm the branch secretary, so it's a bit higher than "
     "normal. Lenders won't count that as debt, will they? Regards, Maxine Doherty"),
    ("special_categories", "sensitive", "chat",
     "Agent: Any other deductions on your payslip? || just pension and my union dues, I'm in the RMT || "
     "Agent: Great, those won't affect affordability much."),
    ("special_categories", "sensitive", "note",
     "Applicant is an NEU workplace rep; facility time shown separately on payslip. Income verified, no "
     "issue."),
    ("special_categories", "sensitive", "sms",
     "Won't be around weds, we're out on strike and I'm on the picket line from 7. Thurs ok? || Agent: "
     "Thursday's fine, I'll ring at 10."),
    ("special_categories", "sensitive", "voicemail",
     "Hi, it's Gordon Fairlie, ref RC-52001. My union, the GMB, has a member mortgage discount with one of "
     "the building societies, can you check if that's still running? 07700 900770."),
    ("special_categories", "sensitive", "form",
     "Deposit source: Savings plus £2,000 member loyalty payment from Unite | Supporting docs: letter from "
     "my Unite regional office attached"),
    ("special_categories", "sensitive", "call",
     "Caller: I'm a shop steward at the Calder depot, so some of my union duties get paid through the "
     "company. Is that okay as income? || Agent: If it's on your payslip as basic pay, yes. || Caller: "
     "Sound, it's all on there."),
    ("special_categories", "sensitive", "review",
     "Adviser was brilliant. I mentioned I'm a Unite rep and his dad was one too, instant rapport. 5 "
     "stars. || Agent: Thanks, Declan! Solidarity, as they say."),
    ("special_categories", "sensitive", "dm",
     "do you need my FBU membership card for the firefighters' discount on your site, or just the "
     "payslips?"),
    ("special_categories", "sensitive", "email",
     "Hi Callum, my husband Mark and I would like to book the remortgage review for the 15th. Could you "
     "send the link to both of us? Thanks, Tom Whitfield"),
    ("special_categories", "sensitive", "chat",
     "me and my girlfriend are buying together, she's a sarah and so am I lol, so your forms keep merging "
     "us || Agent: Ha, we'll make sure middle names go on. Can you send hers? || Sarah Jane Okoye, I'm "
     "Sarah Louise Penn"),
    ("special_categories", "sensitive", "note",
     "Joint applicants Mr Dariusz Nowak and Mr Piotr Lis, civil partners since 2019. Civil partnership "
     "certificate provided for name and ID matching."),
    ("special_categories", "sensitive", "sms",
     "Hey, it's Ellie. My wife's payslips are attached, she's the one with the bonus 😊"),
    ("special_categories", "sensitive", "voicemail",
     "Hi, it's Jonah Price. Just to say my boyfriend Luis will be joining the call too, he's applicant "
     "two. Ring me on 07700 900912. Cheers."),
    ("special_categories", "sensitive", "form",
     "Relationship between applicants: same-sex married couple | Name change: Applicant 2 took Applicant "
     "1's surname in 2022"),
    ("special_categories", "sensitive", "call",
     "Caller: My ex-wife and I split up when I came out, and the house is still in both our names. || "
     "Agent: Okay, so you'd like to remortgage into your sole name? || Caller: Yes, and my new partner, "
     "Jamal, might be added later on."),
    ("special_categories", "sensitive", "review",
     "As a lesbian couple we've had some awkward moments with brokers before. Not here. Thank you, Jess! "
     "|| Agent: Thank you both, it was a real pleasure."),
    ("special_categories", "sensitive", "dm",
     "do you need both of us on the ID call? my husband's on nights this week. cheers, Femi || Agent: Just "
     "you is fine today; we'll do his next week."),
    ("special_categories", "sensitive", "email",
     "Hi, I transitioned last year and my passport now says F, but my bank statements from before still "
     "show my old name, Daniel. Will the ID check cope with that? I have my deed poll and GRC. Thanks, "
     "Danielle Hart"),
    ("special_categories", "sensitive", "chat",
     "can the forms use Mx? i'm non-binary and Mr/Mrs/Ms all feel wrong || Agent: Yes, our system supports "
     "Mx and we'll ask the lender to use it too. || thank you!! that's a first"),
    ("special_categories", "sensitive", "note",
     "Applicant is a trans woman; previous name appears on credit file and electoral roll history. "
     "Applicant requests old name is never used in correspondence. Flagged on CRM."),
    ("special_categories", "sensitive", "sms",
     "hi it's Alex. please use they/them for me in the lender notes if you can, the last broker kept "
     "calling me 'sir' 🙃"),
    ("special_categories", "sensitive", "voicemail",
     "Hello, Robin Achterberg here. My driving licence still shows my deadname and the gender from before "
     "my transition; the DVLA update's in progress. Can we use my passport only for now? 07700 900118."),
    ("special_categories", "sensitive", "form",
     "Title: Mr | Previous names: Yes, I was assigned female at birth and changed my name in 2021 | Notes: "
     "please treat previous names as confidential"),
    ("special_categories", "sensitive", "call",
     "Caller: The credit check shows a linked address under my old name, from before I came out as trans. "
     "Is that a problem? || Agent: Not at all, we'll explain the name link to the lender. || Caller: "
     "Thanks, that's a relief."),
    ("special_categories", "sensitive", "review",
     "First broker ever to get my pronouns right without being told twice. Small thing, but it matters "
     "loads as a trans guy. 5 stars."),
    ("special_categories", "sensitive", "dm",
     "quick q, does the lender need to see my gender recognition certificate or is the updated birth cert "
     "enough? || Agent: The birth certificate is enough; we never need the GRC itself."),
    ("special_categories", "sensitive", "email",
     "Hi, we're looking at life cover alongside the mortgage. I've tested positive for a BRCA2 variant, "
     "though I've no diagnosis. Do insurers ask about genetic test results? Thanks, Harriet Sloane"),
    ("special_categories", "sensitive", "chat",
     "the ancestry DNA kit showed my 'dad' isn't my biological father, which is awkward because he's "
     "gifting the deposit 😅 doesn't change anything, right? || Agent: No, the gift letter is what matters, "
     "not biology. || ok good, one less thing"),
    ("special_categories", "sensitive", "note",
     "Applicant disclosed a positive predictive genetic test for Huntington's (asymptomatic). Under the "
     "insurers' code on genetic testing, disclosure not required for cover at this level; advised "
     "accordingly."),
    ("special_categories", "sensitive", "sms",
     "Found out from my 23andMe results that I carry the cystic fibrosis gene, do I need to put that on "
     "the protection forms?"),
    ("special_categories", "sensitive", "voicemail",
     "Hi, Nikos Pappas. We did a DNA sibling test and it turns out the man gifting us the deposit is my "
     "half-brother, not just a family friend, so can I change the relationship on the gift letter? 07700 "
     "900455."),
    ("special_categories", "sensitive", "form",
     "Protection questionnaire - Genetic tests taken?: Yes, Lynch syndrome carrier (MLH1 variant), on a "
     "screening programme | Smoker: No"),
    ("special_categories", "sensitive", "call",
     "Caller: My brother and I both had genetic screening and we've got familial hypercholesterolaemia, "
     "does that put the life insurance up? || Agent: Insurers may ask about cholesterol readings, but the "
     "test itself is usually protected. || Caller: Okay, I'll dig out my last results."),
    ("special_categories", "sensitive", "dm",
     "my genome sequencing report says I'm APOE4 homozygous, do I have to tell the income protection "
     "people? feels like a lot"),
    ("special_categories", "sensitive", "email",
     "Hi, the selfie step of your ID verification keeps failing, it says my face doesn't match my passport "
     "photo. I've grown a beard since. Can I do it in person instead? Cheers, Rahul Menon || Agent: Hi "
     "Rahul, yes, we'll book you a face-to-face check at our Ferness office."),
    ("special_categories", "sensitive", "chat",
     "Agent: To complete the AML checks we need a liveness check in the app. || done, it scanned my face "
     "and my thumbprint but says 'match 62%'? || Agent: That's below the threshold, so we'll arrange a "
     "certified ID check instead."),
    ("special_categories", "sensitive", "note",
     "Applicant's facial biometric match against passport chip passed (score 0.94). Voice ID enrolled for "
     "future telephone authentication."),
    ("special_categories", "sensitive", "sms",
     "your app wants my fingerprint again, it already took my left thumb last time, is that stored on your "
     "side?"),
    ("special_categories", "sensitive", "voicemail",
     "Hi, Joanna Fitch here. Your phone line said 'my voice is my password' and then rejected my voice, "
     "probably because I'm ringing from a noisy train. Can you reset my voiceprint? 07700 900832."),
    ("special_categories", "sensitive", "form",
     "ID verification method: biometric passport scan plus facial recognition | Result: failed, manual "
     "review | Customer comment: my passport photo was taken nine years ago"),
    ("special_categories", "sensitive", "call",
     "Caller: The conveyancer's ID provider made me scan my fingerprints and face at a kiosk for the Land "
     "Registry check, is that normal? || Agent: Some firms use biometric ID kiosks, yes. || Caller: Felt a "
     "bit odd handing over my prints, that's all."),
    ("special_categories", "sensitive", "review",
     "Slick process: the app matched my face to my passport in about two minutes, no need to post "
     "anything. || Agent: Thanks, Gwen! Glad the digital ID worked first time."),
    ("special_categories", "benign", "email",
     "Hi, the conveyancer's report mentions a chancel repair liability search because the house is near St "
     "Aldhelm's church. Should we just buy the indemnity policy? It's only £28. Thanks, Oliver || Agent: "
     "Hi Oliver, most buyers do, and lenders are happy with it."),
    ("special_categories", "benign", "chat",
     "Do you offer Sharia-compliant home purchase plans, or only conventional mortgages? Asking for our "
     "comparison site's table. || Agent: We arrange home purchase plans through two specialist providers. "
     "|| Thanks, I'll add a tick in that column."),
    ("special_categories", "benign", "email",
     "Dear Rigg & Co, the management committee of Al-Noor Community Centre is looking to buy the unit next "
     "door for a larger hall and classroom space. Could you introduce us to a commercial finance adviser? "
     "Regards, Secretary, Al-Noor CC"),
    ("special_categories", "benign", "sms",
     "Are you open on Good Friday? Trying to plan completion around the Easter bank holidays."),
    ("special_categories", "benign", "form",
     "Property: The Old Chapel, Wesley Street | Query: a former Methodist chapel converted into three "
     "flats in 2008. Will lenders lend on a conversion like this?"),
    ("special_categories", "benign", "call",
     "Caller: We're the parish council, looking to buy the old reading room for community use. Do you do "
     "that kind of thing? || Agent: We'd refer you to our commercial partner. || Caller: Grand, send their "
     "details over."),
    ("special_categories", "benign", "review",
     "The holy grail: a broker who actually answers emails on the same day. 5 stars."),
    ("special_categories", "benign", "dm",
     "god knows where my P60 went, can I use my final payslip from April instead? || Agent: The April "
     "payslip with year-to-date figures will do."),
    ("special_categories", "benign", "note",
     "Property on Vicarage Close; title includes an old covenant against use as a place of worship. No "
     "lender concern."),
    ("special_categories", "benign", "chat",
     "are you closed over christmas? want to know if the offer will be issued before the 24th || Agent: "
     "We're closed 25 Dec to 1 Jan, but lenders may still issue offers. || ok, fingers crossed it lands "
     "before then"),
    ("special_categories", "benign", "email",
     "Hi, the flat is above a Chinese takeaway. The valuer mentioned 'commercial odour risk' and "
     "apparently some lenders won't lend above hot food premises. Which ones will? Cheers, Aled"),
    ("special_categories", "benign", "form",
     "Query: Which languages do your advisers speak? We're a housing charity putting together a directory "
     "of multilingual services."),
    ("special_categories", "benign", "sms",
     "Viewing at 14 Jamaica Road moved to Sat 11am. Can the survey be booked for after that?"),
    ("special_categories", "benign", "call",
     "Caller: Do you lend to foreign nationals in general, or only people with settled status? I'm writing "
     "a guide for our HR team. || Agent: Some lenders accept visa holders with two years' UK residency. || "
     "Caller: Helpful, I'll put that in."),
    ("special_categories", "benign", "note",
     "Client's employer is Krakowska Deli Ltd (food wholesaler); client is finance director, UK salary, no "
     "overseas income."),
    ("special_categories", "benign", "review",
     "The adviser's explanation of fixed vs tracker was so clear it should be taught in schools. An "
     "absolute MVP. ⭐⭐⭐⭐⭐"),
    ("special_categories", "benign", "chat",
     "the listing says 'Indian restaurant below, separate entrance', does that affect the insurance? || "
     "Agent: It may raise the buildings premium slightly; I'll get a quote. || thanks, let me know the "
     "difference"),
    ("special_categories", "benign", "email",
     "Hi, is there a difference between an 'international' mortgage and a 'foreign national' mortgage? "
     "I've seen both terms on different sites. Thanks, Liv"),
    ("special_categories", "benign", "dm",
     "the caribbean bakery on the corner is honestly half the reason we want this flat 😂 anyway is the AIP "
     "through yet?"),
    ("special_categories", "benign", "form",
     "Message: Do your ID checks accept a European national identity card, or only passports? General "
     "question, not applying yet."),
    ("special_categories", "benign", "email",
     "Hi Dana, with the Budget next week, is there any chance the stamp duty thresholds change? Should we "
     "rush to exchange before then? Thanks, Gemma"),
    ("special_categories", "benign", "chat",
     "will the general election move rates? everyone on reddit says wait || Agent: Markets sometimes move "
     "around elections, but no one can predict it. We can lock a rate and switch if it drops. || ok let's "
     "lock it in"),
    ("special_categories", "benign", "call",
     "Caller: The party wall agreement with next door, does the lender need to see that before completion? "
     "|| Agent: Your conveyancer will check it's in place. || Caller: Right, the surveyor's sorting it "
     "this week."),
    ("special_categories", "benign", "note",
     "Builder's quote for extension: labour £18,400, materials £12,100. Client raising £30k on remortgage; "
     "lender accepts quote."),
    ("special_categories", "benign", "sms",
     "Valuer was very conservative, came in 10k under. Can we challenge it? || Agent: We can try, send me "
     "any comparable sales you've seen."),
    ("special_categories", "benign", "form",
     "Query: Are you independent or tied to a panel of lenders? We want whole-of-market advice."),
    ("special_categories", "benign", "review",
     "Straight talking, no party tricks, no upselling. Simon is a legend. 5/5."),
    ("special_categories", "benign", "email",
     "Hello, I'm the HR manager at Westmere Borough Council. Staff keep asking about mortgage help; do you "
     "run workplace financial wellbeing sessions? Best, Rhodri Evans"),
    ("special_categories", "benign", "chat",
     "what's a PEP check?? the form asks if I'm a politically exposed person, I'm a dental nurse lol || "
     "Agent: It's a standard anti-money-laundering question; for most people the answer is simply no. || "
     "lol then definitely no"),
    ("special_categories", "benign", "voicemail",
     "Hi, it's Harriet Gough, ref RC-46611. Calling about the green mortgage cashback, the EPC went up to "
     "a B after the heat pump went in. Call me on 07700 900539."),
    ("special_categories", "benign", "dm",
     "left or right? two offers: 5yr fix at 4.3 or 2yr at 3.9. which would you pick"),
    ("special_categories", "benign", "note",
     "Applicant is a civil servant (HMRC, grade EO); confirmed not a PEP. Standard checks passed."),
    ("special_categories", "benign", "call",
     "Agent: Hello, Rigg & Co. || Caller: Hi, I'm ringing from the Ashby Working Men's Club, the social "
     "club, we want to refinance the building to pay for a new roof. || Agent: I'll pass you to our "
     "commercial team."),
    ("special_categories", "benign", "email",
     "Hi, can I use savings from my credit union account for the deposit? The lender wants three months' "
     "statements but the credit union only sends annual ones. Thanks, Sorcha"),
    ("special_categories", "benign", "form",
     "Property address: 22 Union Street, Ferness | Query: leasehold flat with 89 years left on the lease. "
     "Is that too short for most lenders?"),
    ("special_categories", "benign", "chat",
     "Hi, I work for Halden Property Agents and we're marketing an office building to a trade union's "
     "regional branch; do you arrange finance for unions as buyers? || Agent: Yes, unions can borrow as "
     "organisations; I'll refer you to our commercial partner. || Cheers, I'll pass that on"),
    ("special_categories", "benign", "sms",
     "Saw the 'Co-op members' rate on your blog, is that still running?"),
    ("special_categories", "benign", "note",
     "Client is a member of Ferness Building Society (savings account); member loyalty rate applies. "
     "Membership number on file."),
    ("special_categories", "benign", "call",
     "Caller: We want to merge two titles, the house and a strip of garden we bought off the council. Is "
     "that something you do? || Agent: The conveyancing team can apply to the Land Registry to merge them. "
     "|| Caller: Perfect, how much is that?"),
    ("special_categories", "benign", "review",
     "Proper team effort between us, the estate agent and Rigg & Co. Collective win! 5 stars."),
    ("special_categories", "benign", "dm",
     "is the membership fee for your 'first home club' a one-off or monthly?"),
    ("special_categories", "benign", "email",
     "Dear team, as HR manager at Calder Logistics I'm organising a benefits fair with the recognised "
     "unions and our pension provider. Would Rigg & Co take a stall? Kind regards, Patience Oduro"),
    ("special_categories", "benign", "chat",
     "my partner and I are both self-employed, does that make it harder? || Agent: You'll need two years "
     "of accounts each, but it's very doable. || we've both got three years, so fine"),
    ("special_categories", "benign", "form",
     "Applicant 1: Jordan Blake | Applicant 2: Sam Carter | Relationship: unmarried partners | Property: 5 "
     "Pride Court, Derby"),
    ("special_categories", "benign", "sms",
     "Coming out of my fixed rate in Feb, can we start looking now?"),
    ("special_categories", "benign", "review",
     "Straight answers, no jargon, no waffle. Exactly what I wanted. 5 stars."),
    ("special_categories", "benign", "email",
     "Hi, the development is called 'Rainbow Quarter' and the lender's system keeps rejecting the address "
     "as invalid. Is it a postcode issue? Thanks, Mia Kowalczyk"),
    ("special_categories", "benign", "call",
     "Caller: Me and my mate want to buy together as friends. Is that allowed? || Agent: Yes, lots of "
     "friends buy jointly; a declaration of trust is a good idea. || Caller: Nice one, we'll look at that."),
    ("special_categories", "benign", "note",
     "Joint applicants are siblings (brother and sister), buying as tenants in common 50/50."),
    ("special_categories", "benign", "dm",
     "the one on Queen's Road or the one on Gay Street in Bath? both 1 bed, both about £280k. help"),
    ("special_categories", "benign", "chat",
     "can I add my partner to the mortgage later without remortgaging? || Agent: Usually that's a transfer "
     "of equity with the same lender, which needs their approval. || ok good to know for the future"),
    ("special_categories", "benign", "form",
     "Title: Dr | Name: Aileen Forsyth | Query: Can my title show as Dr on the mortgage deed, or does the "
     "Land Registry only use Mr/Mrs/Ms?"),
    ("special_categories", "benign", "email",
     "Hi, I got married in June and changed my surname by deed poll rather than with the marriage "
     "certificate (long story, double-barrelled!). Which document does the lender want? Thanks, Kate "
     "Hollis-Burrows"),
    ("special_categories", "benign", "sms",
     "Transitioning from the 2yr fix to the lender's tracker, any fees? Ref RC-29904"),
    ("special_categories", "benign", "call",
     "Caller: The form has a 'previous names' box, does that mean maiden names? || Agent: Yes, any name "
     "you've used in the last six years. || Caller: Right, I'll pop my maiden name in."),
    ("special_categories", "benign", "note",
     "Title left blank on both forms; confirmed by phone as Mr and Mrs Greaves. CRM updated."),
    ("special_categories", "benign", "review",
     "The transition from our old bank to the new lender was seamless. Thanks, Rigg & Co! || Agent: Our "
     "pleasure, Idris."),
    ("special_categories", "benign", "chat",
     "does your firm publish a gender pay gap report? doing a uni assignment on financial services firms "
     "|| Agent: Our latest one is on the website under 'About us'. || great, found it"),
    ("special_categories", "benign", "dm",
     "why does the form ask for sex at all? for a mortgage?? just curious || Agent: Insurers use it for "
     "protection quotes and lenders for ID matching. Answer as shown on your passport."),
    ("special_categories", "benign", "email",
     "Hi, my parents were both estate agents so I suppose property obsession is in the genes. Anyway, "
     "could you look at a flat on Gene Street for me? 12 Gene Street, Ferness, £215k. Cheers, Tobiah"),
    ("special_categories", "benign", "form",
     "Query: As a general rule, do the life insurers you work with ask about family medical history? We're "
     "writing an FAQ for our staff intranet."),
    ("special_categories", "benign", "chat",
     "customer service is clearly in your DNA, thanks for sorting the valuation so fast || Agent: Aw, "
     "that's lovely to hear! Anything else today? || nope, all good"),
    ("special_categories", "benign", "note",
     "Client employed as a lab technician at Helix Genomics Ltd; salary £31k; 3 yrs continuous. No "
     "concerns."),
    ("special_categories", "benign", "sms",
     "Family tree of the chain: us > Hendersons > Greens > new build. Any news from the Hendersons' side?"),
    ("special_categories", "benign", "voicemail",
     "Hi, Rowan Tate here from GenePath Diagnostics. We're relocating staff to Ferness and wondered if you "
     "offer a relocation mortgage package for employees. 07700 900677."),
    ("special_categories", "benign", "chat",
     "Does your app support Face ID login, or just a password? Thinking of downloading it || Agent: It "
     "supports whatever your phone offers, or a password. || cool, downloading now"),
    ("special_categories", "benign", "email",
     "Hi, I'd prefer a face-to-face appointment rather than video. Do you have an office near Ferness "
     "station? Thanks, Graham"),
    ("special_categories", "benign", "form",
     "Query: What data does your digital ID provider keep, and for how long? Asking before I start the "
     "application."),
    ("special_categories", "benign", "call",
     "Caller: Can I post certified copies of my ID instead of doing it online? || Agent: Yes, certified by "
     "an accountant or your bank. || Caller: Great, I'll pop into the bank on Monday."),
    ("special_categories", "benign", "review",
     "Their fingerprints were all over making this deal happen: agent, conveyancer and broker all actually "
     "talking to each other. 5 stars."),
    # ---- bereavement
    ("bereavement", "sensitive", "email",
     "Hi Priya, sorry for going quiet. My dad died on the 3rd and I've had the funeral to arrange. Part of "
     "the deposit was coming from him as a gift, so I need to work out where that leaves us. Thanks for "
     "your patience, Joel || Agent: Joel, I'm so sorry. Please don't worry about the application this "
     "week; we'll pick it up whenever you're ready."),
    ("bereavement", "sensitive", "chat",
     "Agent: Just following up on the missing bank statement from March. || sorry, my wife passed away "
     "last month and I've not been on top of things. I'll find it || Agent: I'm so sorry for your loss. "
     "There's no rush at all, take whatever time you need."),
    ("bereavement", "sensitive", "note",
     "Applicant's mother died 12/01; deposit will now come from inheritance (approx. £60k) once probate is "
     "granted, est. 4-6 months. Application paused at client's request."),
    ("bereavement", "sensitive", "sms",
     "Need to cancel the viewing Sat, my nan passed last night. Will be in touch next week. Kerry"),
    ("bereavement", "sensitive", "voicemail",
     "Hello, this is Vera Kowal. I'm calling about my late husband's mortgage, Stefan Kowal. He died in "
     "March and I need to know if I can take it over in my own name. My number is 07700 900203."),
    ("bereavement", "sensitive", "form",
     "Reason for remortgage: Change of ownership | Details: Joint owner (my partner, Glen) passed away in "
     "May; I need the mortgage in my sole name. | Documents: death certificate attached"),
    ("bereavement", "sensitive", "call",
     "Caller: My brother died in the summer and left me some money, and I'd like to use it to pay the "
     "mortgage down. || Agent: I'm sorry to hear that. Has the estate been settled yet? || Caller: The "
     "executor says it should be next month."),
    ("bereavement", "sensitive", "review",
     "They helped us through buying our first home in the months after we lost our baby. Kind, patient, "
     "never pushy. || Agent: Thank you for trusting us at such a hard time. We think of you both often."),
    ("bereavement", "sensitive", "dm",
     "hey just so you know the funeral's on thursday so i'll be offline wed to fri. it's my best mate, car "
     "crash last week. sorry"),
    ("bereavement", "sensitive", "email",
     "Hi Niamh, Mam passed away on Sunday so I'll be away for the removal and the funeral and back in "
     "touch after. Sorry about the timing with the searches. Sinéad || Agent: Sinéad, I'm so sorry for "
     "your loss. I'll hold everything until you're back."),
    ("bereavement", "sensitive", "chat",
     "can you put the application on hold? my son died in an accident two weeks ago and I can't think "
     "about houses right now || Agent: Of course. I'm so very sorry. I've paused everything and no one "
     "will contact you until you're ready."),
    ("bereavement", "sensitive", "note",
     "Client bereaved (partner died in Nov). Requested contact by email only, no phone calls. Handle "
     "sensitively; application continuing."),
    ("bereavement", "sensitive", "sms",
     "hi sorry it's Jack. Dad lost his fight on Tuesday. we'll still go ahead with the purchase, he'd have "
     "wanted us to. will be slow replying"),
    ("bereavement", "sensitive", "voicemail",
     "Hi, Anjali Rao here. Dad died last month and my sister and I want to buy the family home between us, "
     "rather than sell it. Who do I talk to about that? 07700 900796."),
    ("bereavement", "sensitive", "call",
     "Agent: Is there anyone else who'll be on the deeds? || Caller: It was meant to be my husband, but he "
     "passed in January, so it's just me now. || Agent: I'm so sorry. We'll redo the affordability on your "
     "income alone."),
    ("bereavement", "benign", "email",
     "Hi, the sellers' onward purchase has collapsed so our chain is basically dead. Can we keep our "
     "mortgage offer alive until they find something? The offer expires on 30 June. Thanks, Freya || "
     "Agent: Hi Freya, most lenders will extend once; I'll ask for three months."),
    ("bereavement", "benign", "chat",
     "what's the deadline for getting the signed mortgage deed back? || Agent: Ideally 10 working days "
     "before completion. || ok, I'll get it witnessed and posted today"),
    ("bereavement", "benign", "sms",
     "House is at the end of a dead end road, the valuer said that's a plus? lol"),
    ("bereavement", "benign", "note",
     "Client asked about our will-writing partner after purchase; sent referral details. General enquiry, "
     "no immediate need."),
    ("bereavement", "benign", "form",
     "Query: Do you offer a will-writing service alongside the conveyancing? We're just getting our "
     "paperwork in order after buying our first home."),
    ("bereavement", "benign", "call",
     "Caller: The estate agent keeps mentioning a 'legacy' mortgage product. What is that? || Agent: It's "
     "probably their in-house name for an older product range; I'd compare it with what we found. || "
     "Caller: Alright, I'll ignore him for now then."),
    ("bereavement", "benign", "review",
     "Dead easy. Agreement in principle in a day, offer in two weeks. 5 stars."),
    ("bereavement", "benign", "dm",
     "the portal's dead again 😩 can't upload my statements || Agent: Sorry! We had an outage this morning, "
     "it's back up now. Give it another go."),
    ("bereavement", "benign", "email",
     "Hello, we'd like to buy the lodge at Memorial Park, 2 Memorial Avenue. It's leasehold from the "
     "council; any concerns with that? Best, Gwyneth"),
    ("bereavement", "benign", "chat",
     "one late payment on my phone bill 2 years ago, does that matter? || Agent: A single old late payment "
     "rarely makes much difference. || phew, that's been bugging me for ages"),
    ("bereavement", "benign", "voicemail",
     "Hi, Marco Bellini, ref RC-58220. I'm ringing about the final completion statement, the figures don't "
     "match the earlier estimate. Please call me back on 07700 900341."),
    ("bereavement", "benign", "note",
     "Final redemption statement from old lender received; figures agree with completion statement. Ready "
     "to complete Friday."),
    ("bereavement", "benign", "sms",
     "is it too late to switch to the 5 year fix? offer's not been issued yet"),
    ("bereavement", "benign", "call",
     "Caller: Is there life cover included automatically with the mortgage? || Agent: No, it's separate, "
     "though we do recommend looking at it. || Caller: Okay, send me a few quotes by email."),
    ("bereavement", "benign", "form",
     "Query: What happens to a joint mortgage if one owner wants to sell and the other doesn't? Asking in "
     "general before we commit to buying together."),
    # ---- violence_self_harm
    ("violence_self_harm", "sensitive", "email",
     "Hi, I need to move urgently. My ex has been turning up at my flat and following me to work, and the "
     "police are aware. Is there any way to speed up the purchase? Please don't send anything to my old "
     "address. Thanks, Leah"),
    ("violence_self_harm", "sensitive", "chat",
     "Agent: How are you feeling about the offer now it's come through? || honestly i've been thinking "
     "it'd be easier for everyone if i just wasn't here anymore. the debt, the house, all of it || Agent: "
     "I'm really glad you told me. Please call a crisis line or 999 now; I'll stay on this chat with you "
     "while you do."),
    ("violence_self_harm", "sensitive", "note",
     "Cust disclosed domestic abuse by ex-partner; currently staying with a friend. Requests no calls to "
     "her mobile between 6pm and 8am as he still checks her phone."),
    ("violence_self_harm", "sensitive", "sms",
     "pls dont call my phone, he reads my messages. email only. - D"),
    ("violence_self_harm", "sensitive", "voicemail",
     "Hi, Patrick Nolan, the buyer on Larch Avenue. The neighbour threatened to put my head through a "
     "window when I went to measure up, said he'd sort me out if we move in. What do I do? 07700 900927."),
    ("violence_self_harm", "sensitive", "form",
     "Anything else?: The previous owner's son keeps sending me threatening messages saying the house is "
     "his. I've reported it. I'm scared to be there on my own."),
    ("violence_self_harm", "sensitive", "call",
     "Caller: Sorry, I'm a bit shaky, I was mugged outside the bank yesterday when I went to sort the "
     "deposit transfer. || Agent: That's awful, are you okay? || Caller: Bruised mostly. They took my "
     "phone and my bag."),
    ("violence_self_harm", "sensitive", "review",
     "I told my adviser I'd been self-harming during the stress of the chain and she was so kind, she "
     "slowed everything right down. Thank you, Meera. || Agent: Thank you for sharing this with us. Please "
     "take care of yourself."),
    ("violence_self_harm", "sensitive", "dm",
     "the estate agent has been messaging me at 2am, commenting on my photos, and turned up at my work "
     "yesterday. it's really scaring me. do i have to keep dealing with him?"),
    ("violence_self_harm", "sensitive", "email",
     "To Rigg & Co, one of your advisers made a sexual comment and put his hand on my leg during our "
     "meeting on Tuesday. I want this investigated. Yours, Chloe Barnard || Agent: Dear Ms Barnard, thank "
     "you for telling us. Our head of compliance will call you today and the adviser has been removed from "
     "client work."),
    ("violence_self_harm", "sensitive", "chat",
     "sorry for the delay. my husband hit me again last night and i had to leave. i dont know if i can "
     "still buy the flat on my own || Agent: I'm so sorry. Are you safe right now? If you're in danger "
     "please call 999. We'll go through the options with you, no pressure."),
    ("violence_self_harm", "sensitive", "note",
     "Caller said that if the remortgage is declined 'I'll just end it, there's no point'. Followed "
     "suicide-risk procedure, gave crisis line details, escalated to team leader."),
    ("violence_self_harm", "sensitive", "sms",
     "can we pause? i took an overdose on friday and im staying with my sister for a bit. sorry"),
    ("violence_self_harm", "sensitive", "voicemail",
     "This is Ray Booth. Your lot declined me. You tell that adviser I know where your office is and I'll "
     "be waiting outside for her."),
    ("violence_self_harm", "sensitive", "call",
     "Caller: Since we put the offer in, someone's been slashing our car tyres and leaving notes saying "
     "'get out'. || Agent: That sounds frightening. Have you reported it? || Caller: Yeah, three times "
     "now, and it's still happening."),
    ("violence_self_harm", "benign", "email",
     "Hi, rates are killing me this year. Is there any point remortgaging now or should I wait? Current "
     "fix ends in October. Cheers, Duncan"),
    ("violence_self_harm", "benign", "chat",
     "the seller's agent is being really aggressive about dates, pushing us to exchange Friday, can they "
     "do that? || Agent: They can ask, but you don't exchange until your conveyancer is ready. || ok, "
     "we'll push back politely"),
    ("violence_self_harm", "benign", "sms",
     "Smashed it!! Offer accepted. What happens next? || Agent: Congratulations! Next step is the "
     "valuation, I'll book it today."),
    ("violence_self_harm", "benign", "note",
     "Survey notes 'impact damage' to rear door frame; seller to repair before completion. No lender "
     "issue."),
    ("violence_self_harm", "benign", "form",
     "Query: Are the security door entry system and CCTV covered by the service charge? The management "
     "company's pack doesn't say."),
    ("violence_self_harm", "benign", "call",
     "Caller: I could murder a cup of tea after that valuation call, honestly. Anyway, it came in at "
     "asking price. || Agent: Brilliant news! || Caller: Right? Finally something goes our way."),
    ("violence_self_harm", "benign", "review",
     "Absolutely nailed it. Knocked 0.3% off what my bank offered me. 5 stars."),
    ("violence_self_harm", "benign", "dm",
     "rates took a beating today lol, should i lock in now or hold?"),
    ("violence_self_harm", "benign", "email",
     "Hello, the local search lists a shooting ground 400m away (Ferness Clay Shooting Club). Does that "
     "affect the value or lending? Thanks, Hugh"),
    ("violence_self_harm", "benign", "chat",
     "your chatbot keeps threatening to log me out lol || Agent: Sorry! Sessions time out after 15 minutes "
     "idle. || ok I'll type faster"),
    ("violence_self_harm", "benign", "voicemail",
     "Hi, Gemma Shaw. Just to say the fight for the house is over, we won the bidding war! Ring me on "
     "07700 900150 about next steps."),
    ("violence_self_harm", "benign", "note",
     "Client asked about knocking the price down after the survey. Advised renegotiating through the "
     "estate agent. Routine."),
    ("violence_self_harm", "benign", "sms",
     "I'm dying to know if the offer's come through, any news?"),
    ("violence_self_harm", "benign", "form",
     "Query: The property is on Fort Road next to the old army barracks. Are there any issues with former "
     "MoD land showing in the searches?"),
    ("violence_self_harm", "benign", "call",
     "Agent: Sorry, was that a fire alarm? || Caller: Just a drill at work, all fine. Where were we, the "
     "product fee? || Agent: Yes, the £999 fee added to the loan."),
]


def rigg_examples() -> list[dict]:
    """The rigg split as labelled tickets (same shape as ``sensitive_eval.build_eval_set``'s)."""
    return stranger_examples("rigg", ENTRIES, SUBJECTS)
