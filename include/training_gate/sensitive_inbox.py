"""The inbox split: 280 hand-written tickets (20 sensitive and 20 benign for each of the seven
categories) written by a helper who had not seen the sensitive-topic rules, the templates or the
other splits, in the voice of a support lead pasting tickets from the shared inbox of a mid-size
company that sells mobile plans, home insurance, a marketplace, travel bookings and a subscription
app. It was written, and is meant to be measured, before any rule change made in its light. The
registers are mixed evenly (chat, email, thread, typos, non-native, summary, voice, form, mixed
language, internal report), and each category spreads over many sub-topics; most sensitive tickets
reveal their category once, in passing, often without the category's most obvious keyword."""

from __future__ import annotations

from training_gate.sensitive_blind import stranger_examples

SUBJECTS = (
    "Order 55120",
    "Account help",
    "Booking change",
    "Billing question",
    "Re: your request",
    "Policy update",
    "Cancellation",
    "SIM and plan",
)

ENTRIES: list[tuple[str, str, str, str]] = [
    # ------------------------------------------------------------------ health
    ("health", "sensitive", "chat",
     "Hi, can I pause the subscription for three months? I'm having a knee replacement on the 14th and "
     "won't be using the workout classes while I get back on my feet."),
    ("health", "sensitive", "chat",
     "need to push my Lisbon flight back a couple of weeks, the oncologist has moved my next chemo cycle "
     "and I'm not allowed to fly during the first week of it"),
    ("health", "sensitive", "email",
     "Dear team, could you switch me to paper bills instead of the in-app statement? I lost most of the "
     "sight in my left eye last year and even with the text enlarged I can't read the app properly. "
     "Many thanks, Margaret"),
    ("health", "sensitive", "email",
     "Hello, I hold lasting power of attorney for my father, who has Alzheimer's and moved into a care "
     "home in January. He keeps phoning the same numbers dozens of times a day and the bill has tripled. "
     "Could you put a call barring option on his line, or tell me what the alternatives are? The "
     "paperwork is attached."),
    ("health", "sensitive", "thread",
     "I booked the Crete package for 9 August, booking 60418. || Agent: Thanks, I can see it. How can I "
     "help? || The thing is I'll be 34 weeks by then and the airline wants a fit-to-fly letter, so it's "
     "easier to move it to June. Is there a change fee?"),
    ("health", "sensitive", "thread",
     "Does the home contents policy cover food in the freezer after a power cut? || Agent: Yes, up to "
     "£300 for spoiled freezer contents. || Good, because it wasn't just food, it was six weeks of my "
     "insulin pens in the fridge door. Do I claim those under the same section?"),
    ("health", "sensitive", "typos",
     "pls cancle the gym add on, cardiologist says no excercise till my heart is sorted, had a stent put "
     "in last wk"),
    ("health", "sensitive", "typos",
     "cant do phone calls rn my anxietys been really bad since xmas, can u just email me the renewal "
     "quote instead of ringing"),
    ("health", "sensitive", "non-native",
     "Hello, I am need to change the delivery adress for order 48213 to my sister house, because after "
     "the operation on my spine I cannot climb the stairs for six weeks. Thank you."),
    ("health", "sensitive", "non-native",
     "Please not call me on the phone, I am deaf from birth and I use only the text. Can you send me the "
     "roaming offer in the chat or by letter?"),
    ("health", "sensitive", "summary",
     "Cust rang re missed DD on home policy. She was admitted for a week with pneumonia and couldn't get "
     "into her banking. Took payment, waived late fee as goodwill, no further action."),
    ("health", "sensitive", "summary",
     "Caller asked us to block in-app purchases and all the partner betting offers on his account. Said "
     "he's eight months clean from gambling and the promo pushes set him back. Opt-outs applied, "
     "marketing suppressed."),
    ("health", "sensitive", "voice",
     "Yeah hi, um, so I'm ringing because my husband had a stroke back in March and he can't really use "
     "his phone now, his right hand's not working properly, so we want to swap his contract to one of "
     "the simpler handsets, the big-button ones, if that's, yeah, if you do those."),
    ("health", "sensitive", "voice",
     "Hello, yes, it's about the streaming app, the new trailers that autoplay with all the flashing, "
     "I've got photosensitive epilepsy and I nearly had a seizure last night, is there any way to turn "
     "the autoplay off completely?"),
    ("health", "sensitive", "form",
     "Reason for cancellation: Other | Details: Starting dialysis three times a week from next month so "
     "I won't be travelling. Please refund the Rome booking (ref 73310) or convert it to a voucher."),
    ("health", "sensitive", "form",
     "Request type: Accessibility | Booking: 77120 | Details: I'm a wheelchair user. Please confirm the "
     "room is step-free with a roll-in shower before I pay the balance."),
    ("health", "sensitive", "mixed",
     "Hola! Necesito ayuda con mi booking 66012 — my mum was just diagnosed with cáncer de mama y no "
     "vamos a viajar este verano. Can we get a voucher instead of losing the money?"),
    ("health", "sensitive", "mixed",
     "Hallo, the SIM I ordered last week never arrived — ich war zwei Wochen in der Reha nach meinem "
     "Bandscheibenvorfall, so nobody was home to sign. Can you send it again please?"),
    ("health", "sensitive", "report",
     "Delivery incident report: driver left parcel on the doorstep despite the handover note. Customer "
     "has MS and uses a walking frame, could not bend down to pick it up; a neighbour brought it in two "
     "days later. Recommend doorstep-handover flag on the account."),
    ("health", "sensitive", "report",
     "Product complaint report, subscription app: user asked for the calorie-goal nudges to be removed "
     "from her feed. She is in treatment for anorexia and the 'you're under your target!' badges are "
     "harmful to her. Nudges disabled on her account; product team notified."),
    ("health", "benign", "chat",
     "The app crashes every single time I open the Wellness tab, think it's sick of me lol. iPhone 13, "
     "latest update."),
    ("health", "benign", "chat",
     "Can I add the gym access add-on to my subscription bundle? Trying to get back into running before "
     "a 10k in May."),
    ("health", "benign", "email",
     "Hello, we're a physiotherapy practice with six staff and would like a business mobile plan with "
     "shared data. Could you send pricing for six SIMs on a 24-month term? Kind regards, Practice "
     "Manager"),
    ("health", "benign", "email",
     "Hi, I ordered a first aid kit and a pack of plasters from a marketplace seller (order 50331) and "
     "only the plasters turned up. Could you chase the seller or refund the kit please?"),
    ("health", "benign", "thread",
     "My complaint about the broadband outage fell on deaf ears for a whole week. || Agent: I'm sorry "
     "about that, I can see the fault was fixed on Monday. || Fine, can you just credit me for the days "
     "it was down?"),
    ("health", "benign", "thread",
     "The account recovery email never arrives. || Agent: Could you check your spam folder? It comes "
     "from our no-reply address. || Found it in spam, sorted now, thanks."),
    ("health", "benign", "typos",
     "orderd blackout blinds for the spare room from a marketplace seller and they sent the wrong width, "
     "how do i return them"),
    ("health", "benign", "typos",
     "this roaming bill is giving me a heart attack lol 40 quid for one day in switzerland?? pls explain"),
    ("health", "benign", "non-native",
     "Hello, I want to buy the travel insurance with winter sports for my ski trip in February. Is it "
     "include the equipment like skis and boots?"),
    ("health", "benign", "non-native",
     "The operation of the new router is not clear for me, the light is blinking orange all time. Please "
     "can you explain what I must do?"),
    ("health", "benign", "summary",
     "Cust asked whether home insurance covers water damage from the washing machine hose. Confirmed "
     "escape of water is covered, claim opened, assessor booked for Thursday."),
    ("health", "benign", "summary",
     "Caller couldn't find Grey's Anatomy in the app. Explained it left the catalogue last month due to "
     "licensing; suggested similar titles."),
    ("health", "benign", "voice",
     "Hi, yeah, I'm ringing about a hotel for my running club, we're doing the half marathon in Valencia "
     "in December and we need about eight twin rooms, is there, like, a group rate?"),
    ("health", "benign", "voice",
     "Um, hello, so my bill says my plan is 'Vision Plus' and I don't know what that is, I never picked "
     "it, can you tell me what I'm actually paying for?"),
    ("health", "benign", "form",
     "Request type: Product question | Details: Does the smartwatch in your shop track heart rate while "
     "swimming, or only steps?"),
    ("health", "benign", "form",
     "Reason for cancellation: Switching provider | Details: Found a cheaper SIM-only deal elsewhere. "
     "Please send my PAC code."),
    ("health", "benign", "mixed",
     "Bonjour, I ordered the pharmacie bundle — crème solaire SPF 50 et after-sun — mais only the "
     "after-sun arrived. Order 61204."),
    ("health", "benign", "mixed",
     "Hallo, kann ich meine Reiseversicherung upgraden? We're adding a cruise to the trip, braucht man "
     "dafür extra cover?"),
    ("health", "benign", "report",
     "Incident report: app outage 02:10-03:45. The 'Healthy Habits' challenge feature returned 500 "
     "errors after the deploy; rolled back, no user data lost."),
    ("health", "benign", "report",
     "Marketplace fraud report: three listings for 'hospital-grade' face masks flagged as counterfeit "
     "stock. Seller suspended pending document review."),
    # ---------------------------------------------------------------- children
    ("children", "sensitive", "chat",
     "Can I put a spending cap on my son's line? He's 12 and ran up £38 on game tokens last week."),
    ("children", "sensitive", "chat",
     "Hi, our little one turns two in June — does she still fly on my lap for the Malaga return leg or "
     "do I need to buy her a seat?"),
    ("children", "sensitive", "email",
     "Hello, I'd like to lock down the streaming profile called Mia. She's in Year 3 and keeps finding "
     "the 15-rated shows through the search bar. Is there a PIN option for that profile only?"),
    ("children", "sensitive", "email",
     "Hi, our 14-year-old is flying to her dad's in Dublin on booking 80412 on her own. What's your "
     "policy for someone that age travelling alone, and can a member of staff walk her to the gate? "
     "Thanks, Karen"),
    ("children", "sensitive", "thread",
     "I'd like to add another user to my mobile plan. || Agent: Of course, is the new user an adult? || "
     "No, it's for Noah, he's just started secondary school. Basic phone, no data roaming, no premium "
     "texts please."),
    ("children", "sensitive", "thread",
     "We need to add someone to the family travel policy. || Agent: No problem, can I take their name "
     "and date of birth? || Freya, born on 3 March this year. She came early so she wasn't on the "
     "original quote."),
    ("children", "sensitive", "typos",
     "my daughtr bought 3 things on the marketplace with my card without asking, shes only 10, can i get "
     "a refund and lock it so she cant do it again"),
    ("children", "sensitive", "typos",
     "hi the tablet we got for our lads 8th birthday came with a crakced screen, need a swap before "
     "saturday pls"),
    ("children", "sensitive", "non-native",
     "Good morning, I request to cancel the holiday booking for my boy, he is 7 years and the school "
     "change the date of the trip so he cannot come with us."),
    ("children", "sensitive", "non-native",
     "Hello. For the car rental I need two seats, one baby seat for 9 months and one booster for a girl "
     "of 5 years. Is possible to add?"),
    ("children", "sensitive", "summary",
     "Cust called re teen account: her 15yo opened a marketplace seller account using mum's details to "
     "sell trainers. Explained sellers must be 18+, account suspended, listings removed, no penalty."),
    ("children", "sensitive", "summary",
     "Caller asked us to take down the photo of her daughter from the hotel review she posted. The girl "
     "is in primary school and the pic shows her uniform. Image deleted, review text kept."),
    ("children", "sensitive", "voice",
     "Yeah so, um, I'm phoning because the app keeps emailing my boy, he's nine, adverts for energy "
     "drinks and, like, betting stuff, he's on the family plan, how is that even allowed, can you stop "
     "it?"),
    ("children", "sensitive", "voice",
     "Hiya, it's about the Orlando trip, I just wanted to check, the twins are six in August, so do they "
     "still need their own seats and their own ESTA forms or do they go on mine?"),
    ("children", "sensitive", "form",
     "Traveller 3 — Name: Leo | Date of birth: 02/11/2017 | Passport: will add later | Special requests: "
     "bunk beds preferred"),
    ("children", "sensitive", "form",
     "Line user: Sofia (age 11) | Request: block adult content and in-app purchases on line 3 | Account "
     "holder: parent"),
    ("children", "sensitive", "mixed",
     "Hola! Quiero cambiar el plan de mi hija — she's only in 6th grade y no necesita 50GB. Something "
     "smaller please, gracias."),
    ("children", "sensitive", "mixed",
     "Dzień dobry, I need an invoice for the hotel in Gdańsk, ale proszę add also my son Kuba on it, on "
     "ma 4 latka, because the hotel charged extra for his bed."),
    ("children", "sensitive", "report",
     "Safeguarding report: during a chat about a lost SIM the user said she is 13 and the line is in her "
     "aunt's name. Account holder contacted; escalated under the minors procedure."),
    ("children", "sensitive", "report",
     "Complaint report, travel: family of four missed the Frankfurt connection; the rebooking desk could "
     "not seat them together and their 10-year-old sat alone on the onward flight. Compensation offered, "
     "process review requested."),
    ("children", "benign", "chat",
     "How do I delete the Kids profile the streaming app made automatically? It's just me and my partner "
     "on the account."),
    ("children", "benign", "chat",
     "Is the kids' bike helmet in the marketplace sale available in size L? Want to order before the "
     "promo ends tonight."),
    ("children", "benign", "email",
     "Hello, I'm the office manager at Hillside Primary School. We'd like to order 30 tablets with "
     "protective cases through the business marketplace account, invoiced to the school. Could you "
     "confirm delivery times for a September start?"),
    ("children", "benign", "email",
     "Hi, my daughter, who's 31 and lives in Leeds now, wants to take over the mobile number I've been "
     "paying for since her uni days. How do we transfer ownership?"),
    ("children", "benign", "thread",
     "My new puppy chewed through the charger cable. || Agent: Oh dear! Do you have the accessories "
     "cover on your phone insurance? || Yes, I think so. Can I claim for a replacement cable?"),
    ("children", "benign", "thread",
     "I want to add a second adult to the family plan. || Agent: Sure, who's joining? || My partner, "
     "it's just the two of us. Can we share the data allowance?"),
    ("children", "benign", "typos",
     "no kidding, 3rd time the parcel went to the wrong house. order 77341, where is it"),
    ("children", "benign", "typos",
     "orderd a babyliss hair dryer off the marketplace n got a toaster instead lol, return label pls"),
    ("children", "benign", "non-native",
     "Hello, I want to know if the hotel in Split have a kids club, we maybe come with friends next year, "
     "now only asking for information."),
    ("children", "benign", "non-native",
     "Good day. The 'Junior' plan appear on my bill but I am 45 years old and never choose it. Please "
     "correct to normal plan."),
    ("children", "benign", "summary",
     "Caller owns a nursery business and wanted insurance for the premises. Explained we only do home "
     "insurance; referred to the commercial partner."),
    ("children", "benign", "summary",
     "Cust wanted to return a board game bought as a gift; box still sealed. Return label issued."),
    ("children", "benign", "voice",
     "Hi, um, I bought one of the wifi baby monitors from your shop and it just won't pair with the "
     "five gig network, it keeps saying device not found, is there a setting I'm missing?"),
    ("children", "benign", "voice",
     "Hello, I'm calling about my mum's mobile, she's seventy-eight and she wants a simpler phone, I'm "
     "her son, she's asked me to sort it out for her, she's here with me if you need her to say yes."),
    ("children", "benign", "form",
     "Request type: Delivery | Order: 70213 (children's classics box set) | Details: Please leave with "
     "the neighbour at no. 12 if I'm out."),
    ("children", "benign", "form",
     "Account holder: Priya | Date of birth: 19/05/1988 | Request: update surname after my wedding in "
     "June"),
    ("children", "benign", "mixed",
     "Hola, the 'Familia' plan — ¿puedo add a second adult? Mi pareja y yo, nada más."),
    ("children", "benign", "mixed",
     "Hallo, ich habe den Kinder chocolate Adventskalender on the marketplace bestellt, but it arrived "
     "completely melted. Refund bitte."),
    ("children", "benign", "report",
     "Localisation report: the 'Teen Mode' toggle in settings shows as 'Modalità Test' in the Italian "
     "build. String fixed for the next release."),
    ("children", "benign", "report",
     "Listing review report: seller 'Little Acorns Toys' posted wooden puzzles without CE marking. "
     "Listings paused until certificates are uploaded."),
    # ------------------------------------------------------ financial_hardship
    ("financial_hardship", "sensitive", "chat",
     "I got made redundant on Friday so I need to drop to the cheapest SIM-only plan. Is there any way to "
     "do that without the early exit fee?"),
    ("financial_hardship", "sensitive", "chat",
     "hi, can the £62 bill be split over three months? I'm on universal credit and it doesn't land till "
     "the 28th"),
    ("financial_hardship", "sensitive", "email",
     "Dear Sir or Madam, I've had a letter from a collection agency about last year's home insurance "
     "premium. I'm working with a free debt advice charity on a repayment plan and I'd ask that all "
     "action is put on hold while it's set up. My adviser can write to you directly if needed."),
    ("financial_hardship", "sensitive", "email",
     "To whom it may concern, I entered an Individual Voluntary Arrangement last month and my "
     "insolvency practitioner's details are attached. Please cancel the annual subscription renewal "
     "due on the 3rd and send any correspondence about the balance to them."),
    ("financial_hardship", "sensitive", "thread",
     "Why has my line been suspended? || Agent: I can see two missed payments on the plan. || I know. "
     "We've been getting food parcels since my hours were cut and there's nothing left this month. Can "
     "the line stay on for emergency calls at least?"),
    ("financial_hardship", "sensitive", "thread",
     "Can I change the delivery address for order 39011? || Agent: Sure, what's the new address? || My "
     "cousin's in Bolton. Enforcement agents came to the flat on Tuesday about the council tax and I'm "
     "not going to be there for a while."),
    ("financial_hardship", "sensitive", "typos",
     "cant pay this months premium, been off work unpaid 6 wks, pls dont cancel the policy can i pay "
     "half now"),
    ("financial_hardship", "sensitive", "typos",
     "the payday lender took everythin out my account the same day ur direct debit went so it bounced, "
     "plz dont charge the fee im already in a hole"),
    ("financial_hardship", "sensitive", "non-native",
     "Hello, I lost my job in the factory and now the landlord give me notice to leave the flat at end of "
     "month. I need to move my internet to the new address but I don't know it yet."),
    ("financial_hardship", "sensitive", "non-native",
     "Please I ask to stop the payment for the travel booking, I have no money now, my salary is not "
     "paid since two months and I cannot go on the trip."),
    ("financial_hardship", "sensitive", "summary",
     "Cust 3 months in arrears on home insurance. Said she's behind on the rent too and the landlord has "
     "started possession proceedings. Set up reduced payment arrangement, vulnerability flag added."),
    ("financial_hardship", "sensitive", "summary",
     "Caller was declared bankrupt in January; official receiver's letter now on file. Marketplace "
     "seller balance frozen pending their instructions."),
    ("financial_hardship", "sensitive", "voice",
     "So the thing is, um, I had to go to one of those short-term loan places to cover the last bill, "
     "and now they want it back with all the interest, and I just, I can't keep up with it all, is there "
     "any kind of help scheme you've got?"),
    ("financial_hardship", "sensitive", "voice",
     "Hi, I'm ringing for my dad, he's seventy, his pension's got messed up somehow and he's had nothing "
     "for five weeks, he's got about four quid in the bank, so can you hold off cutting his phone off "
     "until it's sorted?"),
    ("financial_hardship", "sensitive", "form",
     "Reason for cancellation: Financial | Details: My partner's business went under and we have to sell "
     "the house. Please cancel the home policy from the completion date."),
    ("financial_hardship", "sensitive", "form",
     "Payment support request | Household income: Jobseeker's Allowance only | Outstanding balance: £214 "
     "| Proposed repayment: £10 per month"),
    ("financial_hardship", "sensitive", "mixed",
     "Hola, necesito un plan de pagos — estoy en el paro since March and I'm three bills behind. Por "
     "favor no cortéis la línea."),
    ("financial_hardship", "sensitive", "mixed",
     "Bonjour, je voudrais annuler le voyage à Marrakech. My husband lost his job et on n'a plus les "
     "moyens. Remboursement possible?"),
    ("financial_hardship", "sensitive", "report",
     "Collections report: customer said she is choosing between heating and eating this winter. Account "
     "placed on a 60-day breathing space and referred to the hardship fund."),
    ("financial_hardship", "sensitive", "report",
     "Vulnerability note: caller's phone contract went to a collection agency in 2023; he has since lost "
     "the flat and is sofa-surfing with friends. Uses the line for job searches. Collections paused."),
    ("financial_hardship", "benign", "chat",
     "I've been charged twice for the June bill. Can one of the payments be refunded please?"),
    ("financial_hardship", "benign", "chat",
     "Does the 'Budget' SIM plan include EU roaming? Looking to cut my data since I'm on wifi most of the "
     "time."),
    ("financial_hardship", "benign", "email",
     "Hello, I look after IT for a small debt collection agency with eight staff. We'd like to move our "
     "company mobiles onto a business plan. Could you send the tariff sheet?"),
    ("financial_hardship", "benign", "email",
     "Hi, I'd like to switch my home insurance to one annual payment instead of monthly. I get my bonus "
     "in December and would rather pay it all at once. What's the discount?"),
    ("financial_hardship", "benign", "thread",
     "My card expired so the direct debit failed. || Agent: No problem, you can update the card in the "
     "app under Payments. || Done. Will it retry automatically?"),
    ("financial_hardship", "benign", "thread",
     "I keep getting 'payment declined' on the marketplace. || Agent: Did your bank send you a "
     "verification prompt? || Ah yes, the security check thing. It's gone through now, thanks."),
    ("financial_hardship", "benign", "typos",
     "wheres my refund for order 44012, it said 5 days its been 8. not urgent just chasing"),
    ("financial_hardship", "benign", "typos",
     "the app is broke again lol cant log in since the update"),
    ("financial_hardship", "benign", "non-native",
     "Hello, I want to donate my loyalty points to the food bank charity partner on the marketplace. How "
     "I can do this?"),
    ("financial_hardship", "benign", "non-native",
     "Please, I pay the invoice two times by mistake, one by bank transfer and one with card. I want the "
     "money back to the card."),
    ("financial_hardship", "benign", "summary",
     "Caller asked why the bill went up £3. Explained annual price rise per contract terms. Happy with "
     "the explanation."),
    ("financial_hardship", "benign", "summary",
     "Cust asked to move the payment date from the 1st to the 25th to line up with payday. Updated."),
    ("financial_hardship", "benign", "voice",
     "Hi, yeah, I've just noticed the same hotel's cheaper on your own website than what I paid "
     "yesterday, by about thirty quid, can you price match it?"),
    ("financial_hardship", "benign", "voice",
     "Hello, so I got a letter saying I'm getting a credit for the outage, but it's only forty pence, I "
     "just wanted to check that's right, ha, it seemed a bit small."),
    ("financial_hardship", "benign", "form",
     "Request type: Billing | Details: Please add our VAT number to all invoices from now on. Company: "
     "Bright Lane Design Ltd."),
    ("financial_hardship", "benign", "form",
     "Reason for cancellation: No longer needed | Details: The office SIM became redundant after we moved "
     "to wifi calling. Please close line 4."),
    ("financial_hardship", "benign", "mixed",
     "Hola, I need a factura con mi NIF for the hotel booking — la necesito para los gastos de la "
     "empresa."),
    ("financial_hardship", "benign", "mixed",
     "Guten Tag, my bank has a new IBAN after the merger, bitte update the Lastschrift for my home "
     "policy."),
    ("financial_hardship", "benign", "report",
     "Incident report: payment provider outage 14:00-15:20 caused 1,212 duplicate authorisations. "
     "Reversals issued automatically; no customer action needed."),
    ("financial_hardship", "benign", "report",
     "Catalogue report: 'Monopoly: Bankrupt Edition' listed under Finance instead of Toys & Games. "
     "Recategorised."),
    # ------------------------------------------------------------------- legal
    ("legal", "sensitive", "chat",
     "My ex and I are going through divorce proceedings and I need his name off the joint home insurance. "
     "What do you need from me?"),
    ("legal", "sensitive", "chat",
     "Phone was nicked on the bus last night, I've reported it and got a crime reference number. Can you "
     "block the handset and send a replacement SIM?"),
    ("legal", "sensitive", "email",
     "Dear team, unless order 58220 is refunded in full within 14 days I will be filing a claim through "
     "the small claims track. I've kept copies of every message. Regards, Daniel"),
    ("legal", "sensitive", "email",
     "Hello, I won't be able to make the Tenerife trip on 12 May. I have to appear before the magistrates "
     "on the 13th and my bail conditions say I can't leave the country. Please cancel and advise what "
     "can be refunded."),
    ("legal", "sensitive", "thread",
     "I need the call records for my number from last March. || Agent: I can request those. Can I ask "
     "what they're for? || My barrister says they'll help show where I was that night. The trial's in "
     "September."),
    ("legal", "sensitive", "thread",
     "It's about the claim for the leak in the bathroom. || Agent: I see it's on hold waiting for the "
     "landlord. || He's refusing to fix anything and we've got a tribunal hearing next month. Can I get "
     "the assessor's report to take with me?"),
    ("legal", "sensitive", "typos",
     "got a caution last yr for a stupid thing, does that mean the travel insurance is void? booking "
     "66104"),
    ("legal", "sensitive", "typos",
     "need proof of delivery for order 43321, taking the seller to small claims over it, he says it never "
     "went out"),
    ("legal", "sensitive", "non-native",
     "Hello, I need to change the name on the booking. My husband was detained by immigration officers "
     "and he cannot travel, so I go alone."),
    ("legal", "sensitive", "non-native",
     "I write you because there is an order from the judge that my former partner cannot contact me. "
     "But the family mobile plan still show my number and location to him. Please remove me urgent."),
    ("legal", "sensitive", "summary",
     "Customer's lawyer phoned requesting all correspondence on her 2022 travel claim. Authority letter "
     "verified, forwarded to the DPO as a subject access request."),
    ("legal", "sensitive", "summary",
     "Cust explained he was held by police at Dubai airport over a dispute with the hotel and missed "
     "the return flight; asking for the unused leg to be refunded. Passed to travel team."),
    ("legal", "sensitive", "voice",
     "Hi, yeah, um, so I've got a court date on the third and I need to show I wasn't living at the old "
     "address, would your delivery records show who signed for the parcels there?"),
    ("legal", "sensitive", "voice",
     "Hello, yes, I'm calling because the firm acting for my old landlord says they're suing me for "
     "damage to the flat, and they've mentioned my home insurance, so, does my policy have legal "
     "expenses cover or not?"),
    ("legal", "sensitive", "form",
     "Request type: Data request | Details: We act for the account holder in ongoing employment tribunal "
     "proceedings. Please provide all account data held. Signed authority enclosed. Our ref: 2214."),
    ("legal", "sensitive", "form",
     "Reason for cancellation: Other | Details: Banned from driving for 12 months after a drink-driving "
     "conviction, so I won't need the car hire add-on."),
    ("legal", "sensitive", "mixed",
     "Hola, necesito cambiar la dirección de facturación — mi abogado says that for the case against my "
     "old tenant all the bills need to be in my name only."),
    ("legal", "sensitive", "mixed",
     "Ciao, la polizia ha preso il mio telefono as evidence after what happened at the stadium, I need a "
     "new SIM per favore, they said I won't get the phone back for months."),
    ("legal", "sensitive", "report",
     "Legal hold report: account flagged after a preservation request from the police; the customer is "
     "under investigation for fraud. Do not delete or anonymise any data on this account."),
    ("legal", "sensitive", "report",
     "Complaint escalation: a marketplace seller's solicitor has written to our customer threatening "
     "defamation proceedings over her one-star review. She asks us to confirm it was a verified "
     "purchase."),
    ("legal", "benign", "chat",
     "How do I cancel the free trial before it converts? Don't want to be charged for the full year."),
    ("legal", "benign", "chat",
     "My phone case from the marketplace cracked after a week. Is that covered under the seller's "
     "warranty?"),
    ("legal", "benign", "email",
     "Hi, I manage IT for a small law firm of twelve people. We need twelve business lines with call "
     "recording for compliance. Could you advise on options and pricing?"),
    ("legal", "benign", "email",
     "Hello, I'd like to appeal the decision on my home insurance claim for the garden fence. The "
     "assessor put it down to wear and tear, but it came down in the storm on the 9th. Photos attached."),
    ("legal", "benign", "thread",
     "Does the hotel have tennis courts? || Agent: It has two clay courts, bookable at reception. || "
     "Perfect, thanks."),
    ("legal", "benign", "thread",
     "The Law & Order box set has vanished from my library. || Agent: It moved to the premium tier this "
     "month. || Annoying, but fine, I'll upgrade."),
    ("legal", "benign", "typos",
     "the terms n conditions page is blank on mobile, cant see whats in the cancelation policy before i "
     "book"),
    ("legal", "benign", "typos",
     "got charged for a 'judges pick' book subscription i never signed up to?? pls refund"),
    ("legal", "benign", "non-native",
     "Hello, the food court in the hotel in Dubai, it is open at night? We arrive at 23:00."),
    ("legal", "benign", "non-native",
     "I want to make a claim for my luggage damaged by the airline, the wheel is broken. What document I "
     "need to send?"),
    ("legal", "benign", "summary",
     "Caller asked what the T&Cs say about liability for late marketplace deliveries. Read out clause "
     "9.2."),
    ("legal", "benign", "summary",
     "Paralegal at a firm asked for one combined invoice for the firm's five subscription seats. Sent."),
    ("legal", "benign", "voice",
     "Hi, yeah, I watch loads of the true crime documentaries in the app and there's one missing now, "
     "the one about the big bank robbery in the sixties, has it gone?"),
    ("legal", "benign", "voice",
     "Hello, yes, just a general question, if I hire the car in Spain and drive it over into Portugal, "
     "is that allowed under the rental agreement?"),
    ("legal", "benign", "form",
     "Request type: Business enquiry | Details: We're a conveyancing practice interested in a home "
     "insurance referral partnership for our clients. Please ask someone in partnerships to get in "
     "touch."),
    ("legal", "benign", "form",
     "Request type: Complaint | Details: Your door-to-door rep ignored my 'No cold callers' sign. Please "
     "take my address off the canvassing list."),
    ("legal", "benign", "mixed",
     "Hola, the 'El Abogado' escape room experience we booked para el sábado — can we move it to "
     "Sunday?"),
    ("legal", "benign", "mixed",
     "Bonjour, le contrat de location for the car — I need a copy in English pour mon employeur."),
    ("legal", "benign", "report",
     "Compliance report: annual review of the privacy notice completed with external counsel. No changes "
     "to retention periods."),
    ("legal", "benign", "report",
     "Content report: Prison Break season 3 subtitles out of sync on Android TV. Re-encode requested."),
    # ------------------------------------------------------ special_categories
    ("special_categories", "sensitive", "chat",
     "Can you make sure the meals on booking 71230 are halal for both of us? Last time the airline "
     "forgot and we couldn't eat anything on a nine-hour flight."),
    ("special_categories", "sensitive", "chat",
     "I transitioned last year and the insurance documents still say Mr. Please change my title to Ms "
     "and my first name to Elena."),
    ("special_categories", "sensitive", "email",
     "Hello, I'm the union rep at our depot and I'd like to set up a group on the mobile plan for our "
     "branch members, each paying for their own line. Can I be the group admin for about 15 lines?"),
    ("special_categories", "sensitive", "email",
     "Dear team, we'll be fasting during our stay in Istanbul (booking 51033) as it falls in Ramadan. "
     "Could the hotel arrange a pre-dawn breakfast and a late check-in? Thank you."),
    ("special_categories", "sensitive", "thread",
     "I want to add my husband to the travel insurance. || Agent: Sure, what's her name? || His name. "
     "Daniel. I'm Tom, we got married in May."),
    ("special_categories", "sensitive", "thread",
     "Why was my listing removed? || Agent: It was flagged as political content. || They're leaflets for "
     "our local Green Party branch, I'm the branch secretary and we sell them at cost. Can it go back "
     "up?"),
    ("special_categories", "sensitive", "typos",
     "pls change the name on my acount to Sam, i dont go by my deadname anymore n seeing it on the bill "
     "every month is horrible"),
    ("special_categories", "sensitive", "typos",
     "can u stop the xmas offers, im jewish and its every single day in december lol"),
    ("special_categories", "sensitive", "non-native",
     "Hello, the DNA test from your partner kit show I have the BRCA gene. I want to know if this result "
     "goes to the insurance side of your company?"),
    ("special_categories", "sensitive", "non-native",
     "We are Roma family and the hotel in Budapest refuse us at reception, they say full, but my friend "
     "booked the same night after. I want refund and make complaint."),
    ("special_categories", "sensitive", "summary",
     "Caller asked to move her delivery slot off Saturdays; she's a Seventh-day Adventist and won't take "
     "deliveries on the Sabbath. Preference saved."),
    ("special_categories", "sensitive", "summary",
     "Cust asked whether the dating add-on shows his profile to straight users by default; he's gay and "
     "wants it visible to men only. Walked him through the settings."),
    ("special_categories", "sensitive", "voice",
     "Yeah, so I'm one of the stewards on the climate march in London on Saturday, with the campaign, "
     "and I wanted to know if the phone insurance covers it if it gets smashed at a protest, because it "
     "did last time."),
    ("special_categories", "sensitive", "voice",
     "Hi, um, it's a bit awkward, we booked the couples' retreat and the hotel emailed asking for Mr and "
     "Mrs, but it's me and my girlfriend, I'm Chloe, can you change it so it doesn't say Mr anywhere?"),
    ("special_categories", "sensitive", "form",
     "Dietary requirements: Kosher | Special requests: a room on a low floor please, we don't use the "
     "lift on Shabbat"),
    ("special_categories", "sensitive", "form",
     "Title: Mx | Pronouns: they/them | Request: please update my insurance documents; I'm non-binary "
     "and neither Mr nor Ms fits."),
    ("special_categories", "sensitive", "mixed",
     "Hola, en mi perfil de la app pone 'Cristiano' como religión — I never set that, soy ateo. Please "
     "quitadlo."),
    ("special_categories", "sensitive", "mixed",
     "Hi, ich bin Gewerkschaftsmitglied bei ver.di and we're supposed to get a discount on mobile plans "
     "through them — can you apply it to my account?"),
    ("special_categories", "sensitive", "report",
     "Complaint report: customer says the delivery driver made comments about her being Nigerian at the "
     "door and refused to carry the parcel in. Driver removed from route pending investigation."),
    ("special_categories", "sensitive", "report",
     "Data incident report: a customer's ancestry results from the partner integration (including a "
     "'47% West African' breakdown) were visible to other members of the shared family account. Access "
     "fixed, customer informed."),
    ("special_categories", "benign", "chat",
     "Does EU roaming still apply in Norway? It's not in the European Union, right?"),
    ("special_categories", "benign", "chat",
     "My parcel went to 14 Church Street instead of 14 Chapel Street. Can you redirect it?"),
    ("special_categories", "benign", "email",
     "Hello, I booked a walking tour of the cathedrals in Seville through your travel site but the "
     "confirmation doesn't show a meeting point. Could you resend it?"),
    ("special_categories", "benign", "email",
     "Hi, could you explain the labour charge on the repair quote for my cracked screen? £45 seems a lot "
     "for a twenty-minute job."),
    ("special_categories", "benign", "thread",
     "How do I turn on Face ID for the app login? || Agent: Settings > Security > Biometric login. || "
     "Found it, thanks."),
    ("special_categories", "benign", "thread",
     "I'm planning a surprise party for my partner's 40th. || Agent: Lovely! How can I help? || Can the "
     "hotel give us a private dining room for twelve on the Saturday?"),
    ("special_categories", "benign", "typos",
     "pride and prejudice isnt loading on the app, just spins, tried reinstalling"),
    ("special_categories", "benign", "typos",
     "orderd a rainbow phone case n got a plain black one, can i swap"),
    ("special_categories", "benign", "non-native",
     "Hello, I want to pay the phone bill from my credit union account, is this possible or only for "
     "the big banks?"),
    ("special_categories", "benign", "non-native",
     "Please, the hotel in Dublin, it is near Temple Bar? We want to walk to the pubs."),
    ("special_categories", "benign", "summary",
     "Cust asked about the dog DNA kit from the marketplace — wanted to know if breed results come by "
     "email or in the app. Explained."),
    ("special_categories", "benign", "summary",
     "Caller asked whether Christmas Eve deliveries are guaranteed. Explained the cut-off is the 21st."),
    ("special_categories", "benign", "voice",
     "Hi, so I'm ringing about the vote thing, the in-app poll for new features, I think I voted twice "
     "by accident, does that matter?"),
    ("special_categories", "benign", "voice",
     "Hello, I'm looking at the Vatican Museums tour on your site and I wondered, does the ticket "
     "include the Sistine Chapel or is that a separate booking?"),
    ("special_categories", "benign", "form",
     "Request type: Feature request | Details: Please add more neutral greetings to the gift message "
     "templates — 'Dear Sir/Madam' is too formal for presents."),
    ("special_categories", "benign", "form",
     "Dietary requirements: Vegetarian | Special requests: quiet room away from the lift"),
    ("special_categories", "benign", "mixed",
     "Hola, my booking for Semana Santa week en Sevilla — the hotel price doubled, ¿es normal?"),
    ("special_categories", "benign", "mixed",
     "Salut, je cherche une coque de téléphone with the French flag for the Euros, vous en avez?"),
    ("special_categories", "benign", "report",
     "Content report: the documentary 'Voices of the Labour Movement' has missing audio in chapter 4. "
     "Passed to the encoding team."),
    ("special_categories", "benign", "report",
     "Moderation report: listing 'Conservative Cut Diamond Ring' auto-flagged as political by the "
     "classifier. False positive; listing restored."),
    # ------------------------------------------------------------- bereavement
    ("bereavement", "sensitive", "chat",
     "Hi, I need to cancel my dad's streaming subscription. He passed away last month and I can't get "
     "into his account."),
    ("bereavement", "sensitive", "chat",
     "Can I move the Edinburgh hotel to next weekend? We lost Nan on Sunday and we're flying home for "
     "the service on Friday."),
    ("bereavement", "sensitive", "email",
     "Dear team, I am the executor of my late mother's estate and I'm writing to close her mobile "
     "contract. I have the grant of probate and can send a copy. Please let me know where to send it."),
    ("bereavement", "sensitive", "email",
     "Hello, my husband and I had a joint home insurance policy. Since Peter's funeral in March I'm the "
     "only one at the address and I'd like the policy in my sole name. Kind regards, Ann"),
    ("bereavement", "sensitive", "thread",
     "I want to keep my brother's number. || Agent: Of course, is he able to agree to the transfer of "
     "ownership? || He can't. He was killed in a motorbike crash in October. I just want to keep hearing "
     "his voicemail greeting."),
    ("bereavement", "sensitive", "thread",
     "Please refund the flights on booking 90341. || Agent: I'm afraid those are non-refundable fares. "
     "|| The second passenger was my wife. She won't be travelling. She's gone. || Agent: I'm so sorry. "
     "If you can send us the certificate I'll process a full refund."),
    ("bereavement", "sensitive", "typos",
     "my grandad died on tues and his subscription keeps taking money off his card, how do i stop it, i "
     "dont have his password"),
    ("bereavement", "sensitive", "typos",
     "can u change the name on the account to mine, the bill payer was my partner, lost him in jan and "
     "im still getting letters in his name every month its awful"),
    ("bereavement", "sensitive", "non-native",
     "Hello, my father is dead two weeks ago in Poland and I must fly there for the burial. Is there "
     "special price for this situation?"),
    ("bereavement", "sensitive", "non-native",
     "Please close the account of my wife. She is not alive since the spring. I send you the paper from "
     "the city office."),
    ("bereavement", "sensitive", "summary",
     "Customer called to transfer her late partner's marketplace seller account into her name; "
     "certificate received. Handed to bereavement team."),
    ("bereavement", "sensitive", "summary",
     "Caller's twin sister died suddenly abroad; asked to cancel the sister's trip and claim repatriation "
     "costs on the travel policy. Passed to claims as priority."),
    ("bereavement", "sensitive", "voice",
     "Hello, um, yes, sorry, I'm ringing about my mother's phone. She, um, she left us on the twelfth, "
     "and I just need to know how to stop the contract, sorry, give me a second."),
    ("bereavement", "sensitive", "voice",
     "Hi there, it's about the cruise booking, there were four of us and now we're three, my "
     "father-in-law's heart gave out last week, so can we take his cabin off, or what happens?"),
    ("bereavement", "sensitive", "form",
     "Reason for cancellation: Account holder deceased | Details: Cancelling on behalf of my "
     "grandmother's estate."),
    ("bereavement", "sensitive", "form",
     "Request type: Change of account holder | Previous holder: Jim (my husband) | Reason: widowed in "
     "February"),
    ("bereavement", "sensitive", "mixed",
     "Hola, tengo que cancelar el viaje a Cancún — mi abuelo falleció ayer. Can I get a refund or a "
     "voucher?"),
    ("bereavement", "sensitive", "mixed",
     "Bonjour, I need to reschedule the delivery, je suis aux obsèques de ma tante jeudi. Friday is "
     "fine."),
    ("bereavement", "sensitive", "report",
     "Complaint report: customer received a 'We miss you, Dave!' win-back email addressed to her husband, "
     "whose death she reported to us in May. Suppression failed; apology sent and account flagged."),
    ("bereavement", "sensitive", "report",
     "Claims report: contents claim for items damaged while clearing the policyholder's late father's "
     "flat. The father's estate is not yet settled; awaiting executor details."),
    ("bereavement", "benign", "chat",
     "My phone battery is completely dead every morning since the update, it drains overnight on standby. "
     "Any fix?"),
    ("bereavement", "benign", "chat",
     "Is the Memorial Day sale on the marketplace still running? The code isn't working."),
    ("bereavement", "benign", "email",
     "Hello, we're a family-run firm of funeral directors and we'd like to move our four business mobile "
     "lines over to you. Could someone call to discuss a business tariff?"),
    ("bereavement", "benign", "email",
     "Hi, I've been trying to book the Day of the Dead festival trip to Oaxaca in your travel section, "
     "but the November dates won't load. Could you check?"),
    ("bereavement", "benign", "thread",
     "There's a dead spot in my kitchen where I get no signal at all. || Agent: Have you tried turning on "
     "wifi calling? || I'll try that, thanks."),
    ("bereavement", "benign", "thread",
     "The Walking Dead final season isn't in my library. || Agent: It's on the premium add-on. || Ok "
     "cheers."),
    ("bereavement", "benign", "typos",
     "rip my screen lol dropped it in the car park, does my insurance cover that"),
    ("bereavement", "benign", "typos",
     "the late delivery fee was charged even tho the parcel came on time?? order 33891"),
    ("bereavement", "benign", "non-native",
     "Hello, my laptop from the marketplace have a dead pixel in the middle of screen. I want exchange "
     "please."),
    ("bereavement", "benign", "non-native",
     "I want to know, your home insurance include also life insurance or it is separate product? Only "
     "asking to compare."),
    ("bereavement", "benign", "summary",
     "Caller asked about the 'Legacy' plan being discontinued; migrated her to the equivalent new tariff "
     "at the same price."),
    ("bereavement", "benign", "summary",
     "Cust's houseplant order arrived wilted and two of the three plants had died in transit; refund "
     "issued for those two."),
    ("bereavement", "benign", "voice",
     "Hiya, I'm dying to know when the new phones are back in stock, the blue one, my contract's up "
     "next month so I'm ready to go."),
    ("bereavement", "benign", "voice",
     "Hello, I'm booking the ghost tour and cemetery walk in Edinburgh for our book club, ten of us, can "
     "we pay as one group?"),
    ("bereavement", "benign", "form",
     "Request type: Business enquiry | Details: We're an estate agency with nine staff. Please quote for "
     "nine business lines."),
    ("bereavement", "benign", "form",
     "Reason for cancellation: Killing off subscriptions I don't use | Details: never touched the music "
     "add-on."),
    ("bereavement", "benign", "mixed",
     "Hola, mi móvil está muerto — no enciende since yesterday. ¿Puedo llevarlo a reparar a la tienda?"),
    ("bereavement", "benign", "mixed",
     "Salut, the 'Last Goodbye' tour concert tickets — j'ai pas reçu l'e-ticket. Booking 56702."),
    ("bereavement", "benign", "report",
     "Incident report: end-of-life of the legacy billing system completed; 2,400 accounts migrated with "
     "no customer impact."),
    ("bereavement", "benign", "report",
     "Content report: episodes of Six Feet Under appear in the wrong order on smart TVs. Metadata fix "
     "queued."),
    # ------------------------------------------------------ violence_self_harm
    ("violence_self_harm", "sensitive", "chat",
     "I need my new address hidden from the joint account. I've left my partner because he was hurting "
     "me and I can't have him finding out where I am."),
    ("violence_self_harm", "sensitive", "chat",
     "Someone keeps making new accounts on your marketplace to message me after I block him. About 40 "
     "messages now saying he knows where I work. How do I stop this?"),
    ("violence_self_harm", "sensitive", "email",
     "Hello, I need to change my mobile number urgently and have it unlisted. My ex-husband has been "
     "waiting outside my work and calling from different numbers through the night. Please don't send "
     "anything to the old address. Thank you, Lisa"),
    ("violence_self_harm", "sensitive", "email",
     "Dear support, please pause my account for a while. I've been struggling and I've started cutting "
     "again, and my counsellor thinks the daily streak reminders aren't helping. Sorry for the long "
     "story, I just don't want to lose my saved progress."),
    ("violence_self_harm", "sensitive", "thread",
     "Can you tell me which devices are logged into my account? || Agent: I can see an iPad and a "
     "laptop. || I don't own a laptop. He must still be in. He reads everything and goes mad if I "
     "message anyone. Please log them all out."),
    ("violence_self_harm", "sensitive", "thread",
     "I want to cancel everything. || Agent: Sorry to hear that, can I ask why? || Doesn't matter. I "
     "won't be around to use any of it after this week. || Agent: I'm really concerned by what you've "
     "just said. Are you safe right now?"),
    ("violence_self_harm", "sensitive", "typos",
     "some guy on the marketplace said hed come round and smash my face in if i dont refund him, i sold "
     "him a used bike fair n square, what do i do"),
    ("violence_self_harm", "sensitive", "typos",
     "got jumped walkin home n they took my phone, im ok just bruised, need to block the sim n get a new "
     "one asap"),
    ("violence_self_harm", "sensitive", "non-native",
     "Please help, my husband take my phone and my passport and not let me go out alone. I use the phone "
     "of my neighbour. I want a new SIM in secret, he must not know."),
    ("violence_self_harm", "sensitive", "non-native",
     "Hello, a man post my private photos on the app without my permission and write bad things to my "
     "family every day. I ask you delete everything and block him."),
    ("violence_self_harm", "sensitive", "summary",
     "Cust asked for her travel bookings to be removed from the shared family account; disclosed her "
     "partner is violent and she is staying at a refuge. Accounts separated, safety flag added."),
    ("violence_self_harm", "sensitive", "summary",
     "Cust reported threatening voice messages naming his home address and his workplace after a "
     "dispute over a hotel review. Advised him to report it; messages preserved."),
    ("violence_self_harm", "sensitive", "voice",
     "And honestly, I just, I don't see the point of any of it anymore, I keep thinking everyone would "
     "be better off without me, sorry, I don't know why I'm telling you this, I only rang about the "
     "bill."),
    ("violence_self_harm", "sensitive", "voice",
     "Yeah, um, somebody's been following me, he turns up at the station every morning, and I think he's "
     "getting my location from the family-sharing thing on my phone plan, can you turn it off?"),
    ("violence_self_harm", "sensitive", "form",
     "Reason for request: Safety | Details: Please take my name off the shared home policy. My partner "
     "hit me last week and I've moved out. Do not contact me at the old address."),
    ("violence_self_harm", "sensitive", "form",
     "Request type: Report a user | Details: This account has been messaging me telling me to kill "
     "myself for three weeks. Screenshots attached."),
    ("violence_self_harm", "sensitive", "mixed",
     "Hola, alguien me está amenazando por WhatsApp desde que le vendí el sofá — says he'll come to my "
     "house. Can you give me the buyer's real name for the denuncia?"),
    ("violence_self_harm", "sensitive", "mixed",
     "Hi, je voudrais changer mon numéro. Mon ex me harcèle depuis des mois, il appelle vingt fois par "
     "nuit. Can it be done today?"),
    ("violence_self_harm", "sensitive", "report",
     "Driver safeguarding report: on delivery to flat 3 the driver heard shouting and a woman calling for "
     "help. Parcel not delivered; driver contacted emergency services and waited until they arrived."),
    ("violence_self_harm", "sensitive", "report",
     "Staff safety report: a customer in the airport desk queue punched one of our travel reps after his "
     "flight was cancelled. Rep treated for a cut lip; incident logged with airport security."),
    ("violence_self_harm", "benign", "chat",
     "How do I force-kill the app on Android? It freezes on the loading screen every time."),
    ("violence_self_harm", "benign", "chat",
     "Is that 'knockout' deal on the 5G plan still on? The ad said 30% off for six months."),
    ("violence_self_harm", "benign", "email",
     "Hello, we run a martial arts club and want to order 20 pairs of sparring gloves from the "
     "marketplace in one go. Is there a trade discount for bulk orders?"),
    ("violence_self_harm", "benign", "email",
     "Hi, I got a text claiming to be from you saying my account would be suspended unless I clicked a "
     "link. Is it a phishing attempt? I haven't clicked it."),
    ("violence_self_harm", "benign", "thread",
     "The hotel shuttle never showed up at the airport. || Agent: I'm sorry, that shouldn't have "
     "happened. || We had to get a taxi. Can I claim the €40 back?"),
    ("violence_self_harm", "benign", "thread",
     "It's about my claim for the storm damage. || Agent: The violent winds on the 4th count as a storm, "
     "so you're covered. || Great, when will the assessor come?"),
    ("violence_self_harm", "benign", "typos",
     "that roaming charge was daylight robbery lol, 18 quid for a text?"),
    ("violence_self_harm", "benign", "typos",
     "orderd a punching bag stand n its missing the bolts, order 59022"),
    ("violence_self_harm", "benign", "non-native",
     "Hello, I want to book the photo shoot package in Santorini for our honeymoon. It is include the "
     "boat trip?"),
    ("violence_self_harm", "benign", "non-native",
     "Please, the app crash every time I open the camera. My phone is Samsung A54."),
    ("violence_self_harm", "benign", "summary",
     "Cust asked if the home policy covers a pipe that 'exploded' in the loft. Explained escape of water "
     "cover; claim opened."),
    ("violence_self_harm", "benign", "summary",
     "HR manager at a logistics firm wants 40 seats of the anti-harassment training course in the "
     "subscription app for staff onboarding. Quote sent."),
    ("violence_self_harm", "benign", "voice",
     "Hi, yeah, I'm absolutely gutted, I missed the pre-order for the new phone by like two minutes, is "
     "there any way to get on a waiting list?"),
    ("violence_self_harm", "benign", "voice",
     "Hello, yes, my question's about the Stalker game bundle on the marketplace, it says PC only but "
     "I've got a console, is there a version for that?"),
    ("violence_self_harm", "benign", "form",
     "Request type: Complaint | Details: The driver threw the parcel over the fence and the box is "
     "crushed. The lamp inside is broken."),
    ("violence_self_harm", "benign", "form",
     "Request type: Product question | Details: Is the 'Killer Queen' vinyl back in stock?"),
    ("violence_self_harm", "benign", "mixed",
     "Hola, the hotel fire alarm went off at 3am por un simulacro — can we get a discount? No dormimos "
     "nada."),
    ("violence_self_harm", "benign", "mixed",
     "Hallo, ich will meinen Vertrag kündigen — the price hike is brutal, sorry."),
    ("violence_self_harm", "benign", "report",
     "Security report: credential-stuffing attack blocked on the login endpoint 02:00-02:40; 3,100 "
     "attempts, rate limiting held."),
    ("violence_self_harm", "benign", "report",
     "Content report: 'Fight Club' appeared under Family in the genre filter. Recategorised to "
     "Drama/Thriller."),
]


def inbox_examples() -> list[dict]:
    """The inbox split as labelled tickets (same shape as ``sensitive_eval.build_eval_set``'s)."""
    return stranger_examples("inbox", ENTRIES, SUBJECTS)
