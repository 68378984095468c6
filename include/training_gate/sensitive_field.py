"""The field split: 176 hand-written tickets (22 sensitive and 22 benign for each of children,
bereavement, special categories and legal), written on 2026-11-22 by a helper who had not seen the
sensitive-topic detection rules, their anchors, the other splits' entries, or the docs, and measured
before any rule change made in response to it. Benign tickets name the category they are confusable
with. The tickets cover chat, email, typo-laden, non-native, mixed, transcribed-voice, web-form,
agent report, call-summary and multi-turn thread registers, across telecom, banking, insurance,
airlines, hotels, online shops, grocery delivery, SaaS, utilities, gyms, school supplies, streaming,
car rental, pharmacy shops and marketplaces. All names and values are made up."""

from __future__ import annotations

from training_gate.sensitive_blind import stranger_examples

SUBJECTS = (
    "Order 55120",
    "Account help",
    "Change to my booking",
    "Refund request",
    "Billing question",
    "Delivery problem",
    "Update my details",
    "Cancel subscription",
)

ENTRIES: list[tuple[str, str, str, str]] = [
    # ---------------------------------------------------------------- children
    ("children", "sensitive", "chat",
     "Hi, I need to add a second line to my plan for my son, he's 9 and just got his first phone. "
     "Can I set it up so he can't buy apps?"),
    ("children", "sensitive", "typos",
     "pls cancel the junior membership at the gym, my daughter turns 15 next month and the coach says "
     "she needs the teen pass insted. can the difference come off my next bill"),
    ("children", "sensitive", "email",
     "Hello, I ordered the uniform bundle for Maisie, who starts Year 3 in September, but the jumper came "
     "in age 11-12 instead of 7-8. Could you swap it before term starts? Thanks, Claire"),
    ("children", "sensitive", "non-native",
     "Hello, my boy is in 5th grade and the school ask for calculator model TI-30, but I receive the "
     "wrong model. Please I want exchange, the box is not open."),
    ("children", "sensitive", "form",
     "Reason for contact: Return | Item: Maths workbook pack | Details: Bought for Primary 6 but Liam's "
     "class has switched to a different series this term. Unopened, would like a refund to the card."),
    ("children", "sensitive", "voice",
     "yeah hi um I'm calling because the, the tablet we got from you, it's for my little one, she's only "
     "four, so I wanted the, the parental lock thing turned on and I just can't find it in the settings"),
    ("children", "sensitive", "thread",
     "My streaming account got a warning email about an 18-rated film being watched. || "
     "Agent: I can see the film was played on the profile 'Toby', which is set up for a viewer aged 11. "
     "Would you like me to tighten the maturity rating on that profile? || Yes please, and add a PIN to it."),
    ("children", "sensitive", "report",
     "Customer cancelling the direct debit for nursery fees that was set up through our payments page; "
     "her toddler has moved to a nursery closer to her new office. Final invoice for March sent."),
    ("children", "sensitive", "summary",
     "Caller asked that her ex-husband be removed as second cardholder on the family account. Under the "
     "new custody arrangement the two kids live with her full time and she doesn't want him seeing what "
     "she spends on them. Removal processed, new cards ordered."),
    ("children", "sensitive", "mixed",
     "Hola, necesito cambiar la entrega al sabado por favor - my son is at the children's hospital having "
     "his tonsils out until Friday and nobody will be home. Gracias!"),
    ("children", "sensitive", "chat",
     "Can you reset the password on my account? Well, technically it's my sixteen-year-old's, she's locked "
     "out and panicking about getting her coursework uploaded tonight."),
    ("children", "sensitive", "typos",
     "the formula delivery skiped this week and my 3 month old is down to the last tin, can u send it "
     "express or tell me which store has it"),
    ("children", "sensitive", "email",
     "Hi there, since our twins arrived in February we're at home a lot more, so we'd like to upgrade the "
     "broadband to the 500 Mb plan. Could the engineer come on a weekday morning? The babies nap after "
     "lunch and the doorbell is a disaster. Many thanks, Ben"),
    ("children", "sensitive", "non-native",
     "Good day. I buy airline ticket for my daughter, age 12 years, she travel alone from Lisbon to "
     "Manchester. Please tell me how I book the service for accompany her at the airport."),
    ("children", "sensitive", "thread",
     "I'd like to add a seat next to mine on my booking for my nephew Jayden. || "
     "Agent: Of course. As Jayden's date of birth shows he's 13, we'll need a signed guardian consent form "
     "uploaded before check-in. || Oh right, I'll upload it tonight then."),
    ("children", "sensitive", "voice",
     "hi, I'm phoning about the school supplies list for the international school, my son's in CM2 in the "
     "French section so his list is different from the English one, can I just return the extra folders"),
    ("children", "sensitive", "report",
     "Return processed for one lunchbox and water bottle set. Customer said both were too big for her "
     "daughter, who is in Junior Infants. Refund to original payment method."),
    ("children", "sensitive", "form",
     "Product: Games console | Issue: Purchases made without permission | Description: My 10yo bought 80 "
     "pounds of in-game coins over the weekend. Requesting a refund and to switch on purchase approval."),
    ("children", "sensitive", "summary",
     "Grocery customer asked for a permanent note on substitutions: no peanut products ever, as her son "
     "has a severe nut allergy and is only seven. Note added to account."),
    ("children", "sensitive", "thread",
     "I want to open a savings account for Aiden. || Agent: Happy to help. Is Aiden over 18? || "
     "No, he's a sophomore in high school. || Agent: Then it'll be a junior saver held by you as his "
     "guardian, I'll send over the form."),
    ("children", "sensitive", "chat",
     "Need to move the broadband install to the following week please, Sophie's got her GCSE mocks that "
     "week and she can't be without internet for revision."),
    ("children", "sensitive", "mixed",
     "Booking ref change pls!! The kids' club at your resort only takes 4-12 year olds and our youngest is "
     "just 3, so we'd rather have a standard double with a cot than the family suite. Thanks x"),
    ("children", "benign", "chat",
     "Do you still stock the junior scooter in blue? The listing says out of stock but the app says 2 left."),
    ("children", "benign", "email",
     "Hello, this is the office at Brookfield Primary School. We'd like a quote for 30 packs of whiteboard "
     "pens and 12 boxes of A4 paper for the new term. Please invoice the school, not an individual. "
     "Kind regards, School Office"),
    ("children", "benign", "typos",
     "my new laptop is my baby and it arived with a scratch across the lid, i want a replacment not a "
     "refund pls"),
    ("children", "benign", "voice",
     "hiya, it's about the Teen Titans box set I ordered, disc three is missing from the case, can you "
     "send just the disc or do I have to send the whole thing back"),
    ("children", "benign", "non-native",
     "Hello, my son is 24 and he want to be added as named driver on my car insurance. What is the cost "
     "per year please?"),
    ("children", "benign", "form",
     "Company: Sunny Days Nursery Ltd | Request: Second card terminal | Details: We need another card "
     "reader at the front desk because parents pay fees at pick-up and the queue is long."),
    ("children", "benign", "summary",
     "Customer ordered the puppy starter kit for her new spaniel, who she calls her baby; the collar was "
     "the wrong size. Exchange arranged, courier booked for Tuesday."),
    ("children", "benign", "thread",
     "Is there a minimum age for opening a current account with you? || Agent: Yes, you need to be 18 to "
     "hold one in your own name. || Thanks, I'm just comparing banks for an article I'm writing."),
    ("children", "benign", "report",
     "Customer reported the audiobook 'The Schoolboy's Secret' stops playing at chapter 12 on Android. "
     "Cleared cache and re-downloaded; issue persists. Escalated to the app team."),
    ("children", "benign", "chat",
     "Your guide says setting up the router is child's play, but the lights just keep blinking orange. Help?"),
    ("children", "benign", "mixed",
     "Bought the 'grade A' refurbished phone but there's a crack on the back, so not really grade A is it? "
     "Exchange pls, otherwise refund, merci."),
    ("children", "benign", "email",
     "Good afternoon, I'm a mature student going into my second year at university. Does the student "
     "discount also apply to the annual plan, or only to monthly billing? Thanks, Gareth"),
    ("children", "benign", "voice",
     "hi, we run a little toy shop on the high street and the order of forty wooden train sets came with "
     "only thirty in the boxes, can you send the other ten before the weekend"),
    ("children", "benign", "typos",
     "ur app charged me for 2 kids meals but i orderd the adult ones, both for me and my flatmate, can u "
     "fix the price"),
    ("children", "benign", "thread",
     "Does the streaming service have parental controls? || Agent: Yes, you can set a PIN on any profile "
     "under Settings. || Great, I want to lock the horror category for myself actually, I scare easily lol."),
    ("children", "benign", "non-native",
     "Hello, my daughter is getting married in June and I want book 10 rooms for the family at your hotel. "
     "Is there group price?"),
    ("children", "benign", "report",
     "Private tutor ordered 15 copies of the Year 6 maths revision guide for her tutoring business; three "
     "arrived with torn covers. Replacements dispatched."),
    ("children", "benign", "form",
     "Name: Daniel | Age: 19 | Reason: Student railcard discount not applied | Booking: 88231 | "
     "Request: refund the difference"),
    ("children", "benign", "chat",
     "The Mini I rented has an orange warning light on the dashboard. Which branch near the airport can I "
     "swap it at?"),
    ("children", "benign", "summary",
     "SaaS admin asked for an extended maintenance window because his team will be babysitting the "
     "database migration overnight. Approved for Sunday 02:00-06:00."),
    ("children", "benign", "email",
     "Hi, I booked a dorm at your youth hostel for two nights but I'm now travelling with my partner, so "
     "could we switch to a private double? Happy to pay the difference. Cheers, Ruth"),
    ("children", "benign", "voice",
     "hello, I'm from the HR team at a small engineering firm, we want to know if your payroll software "
     "handles childcare vouchers as a salary sacrifice, a few of the staff have asked about it"),
    # ---------------------------------------------------------------- bereavement
    ("bereavement", "sensitive", "chat",
     "I need to close my dad's phone contract, he passed away last week. What do you need from me?"),
    ("bereavement", "sensitive", "email",
     "Dear team, I am writing as executor of my mother's estate. I need the remaining balance on her "
     "electricity account settled and the account closed; the house will be empty from next month. "
     "Kind regards, Owen"),
    ("bereavement", "sensitive", "typos",
     "hi my husbnd died in march and the gym is still taking his membership every month, pls stop it and "
     "refund april and may"),
    ("bereavement", "sensitive", "non-native",
     "Hello, my grandmother is gone since two weeks, we must cancel her newspaper delivery. Also the last "
     "payment please give back to the family."),
    ("bereavement", "sensitive", "voice",
     "hi, yeah, um, it's about my brother's car rental for next week, he, he was in an accident and he "
     "didn't make it, so he won't be picking it up, obviously, I just need it cancelled"),
    ("bereavement", "sensitive", "form",
     "Account holder: Margaret | Reason for request: Account holder deceased | Requested action: Transfer "
     "the broadband contract into my name (her son) | Preferred contact: post"),
    ("bereavement", "sensitive", "thread",
     "Why is the joint account with my mum on hold? Her pension can't come in. || Agent: I'm very sorry "
     "for your loss. The hold was placed when the notification for Mrs Hughes was registered on the 4th. "
     "|| OK, what do I need to send you to release it?"),
    ("bereavement", "sensitive", "report",
     "Customer asked for her late partner's streaming subscription to be cancelled and the remaining "
     "month refunded to the joint card. Refund approved as a goodwill gesture."),
    ("bereavement", "sensitive", "summary",
     "Caller asked to change the delivery address on the flower order to the crematorium chapel instead "
     "of the house; her uncle's service has moved to Thursday."),
    ("bereavement", "sensitive", "mixed",
     "Order 44102 - can u hold the parcel at the depot pls? We're up north sorting out Dad's things since "
     "he went, back on the 20th. Ta"),
    ("bereavement", "sensitive", "chat",
     "Can I move my flight to an earlier date? I need to get home for my sister's funeral on Monday."),
    ("bereavement", "sensitive", "email",
     "Hello, my father's mobile number is still on your network and I'd like to keep it active so the "
     "family can still hear his voicemail greeting. He's no longer with us, but the number means a lot. "
     "Can I take it over and pay for it myself? Thank you, Alice"),
    ("bereavement", "sensitive", "non-native",
     "Sorry for my english. My wife she pass last month from cancer. The car insurance is in both names, "
     "I want only my name now please."),
    ("bereavement", "sensitive", "voice",
     "hi, I've got a hotel booking for two in May, it was meant to be our anniversary trip, but I lost "
     "Graham in January, so, um, can I change it to a single room or just cancel it"),
    ("bereavement", "sensitive", "typos",
     "widowd last yr and still gettng catalogues addressed to my wife from ur shop, please take her off "
     "the mailing list"),
    ("bereavement", "sensitive", "report",
     "Joint account holder Peter recorded as deceased on file. Surviving holder wants the overdraft limit "
     "reviewed and the cards reissued in her name only."),
    ("bereavement", "sensitive", "summary",
     "Customer said she is arranging her grandad's memorial next weekend and asked to pause her meal-kit "
     "deliveries for two weeks. Paused until the 30th."),
    ("bereavement", "sensitive", "form",
     "Request type: Change of account holder | Reason: Bereavement | Notes: Please put the water bill in "
     "my name, it was in my stepfather's. Meter reading attached."),
    ("bereavement", "sensitive", "thread",
     "Hi, I need to return a jacket I bought for my son. || Agent: Sure! Would you like a refund or an "
     "exchange? || A refund please. He won't be needing it now, we buried him on Friday."),
    ("bereavement", "sensitive", "mixed",
     "Hello, a few things. First, the router you sent has a loose power connector. Second, I'd like paper "
     "bills instead of email from now on. And third, could you take the second name off the account - my "
     "aunt Rosa, who lived with me, passed in the autumn. Thanks!"),
    ("bereavement", "sensitive", "chat",
     "pls can the pet insurance go into my name, the cat was my nan's (RIP) and I've taken her in"),
    ("bereavement", "sensitive", "email",
     "To whom it may concern, the card holder, Harold, died on 2 March. I am his daughter and I need a "
     "final statement for the credit card for probate. Please let me know what documents you need. "
     "Yours faithfully, Janet"),
    ("bereavement", "benign", "chat",
     "The app is completely dead again since the update, can't even get to the login screen."),
    ("bereavement", "benign", "email",
     "Hi, I manage the website for Lindqvist & Sons Funeral Directors. Our SSL certificate renewal failed "
     "overnight; could you check the DNS records on our hosting plan? Thanks, Erik"),
    ("bereavement", "benign", "typos",
     "my phone battery dies by like 2pm every day, its only 3 months old, is that coverd by the warranty"),
    ("bereavement", "benign", "voice",
     "hi yeah, the blender I got from you was dead on arrival, nothing, no lights, no noise, I just want a "
     "replacement"),
    ("bereavement", "benign", "non-native",
     "Hello, the Memorial Day discount code is not working on your website. It say expired but the sale is "
     "today?"),
    ("bereavement", "benign", "form",
     "Product: Term life insurance | Request: Quote | Details: We've just bought a house and want 25 years "
     "of cover on the mortgage. Both of us 35."),
    ("bereavement", "benign", "thread",
     "The last season of that show where everyone dies keeps buffering. || Agent: Sorry about that! Which "
     "device are you watching on? || The living room TV. Other shows are fine."),
    ("bereavement", "benign", "report",
     "Player reports their character was killed during server lag and lost the whole inventory. Restored "
     "items from the backup as goodwill."),
    ("bereavement", "benign", "summary",
     "Customer asked why a late payment fee was applied when she paid on the due date. Checked the "
     "timestamp, fee reversed."),
    ("bereavement", "benign", "mixed",
     "Ordered 3 of the inflatable gravestone decorations for Halloween, only 2 came!! Can u send the last "
     "one before the 31st pls"),
    ("bereavement", "benign", "chat",
     "I'm an estate agent and need to update the billing address for our office broadband, we've moved "
     "two doors down."),
    ("bereavement", "benign", "email",
     "Hello, we've had a data loss on our shared drive after the sync failed on Tuesday. Can support "
     "restore the Projects folder from Monday's snapshot? Regards, Nadia"),
    ("bereavement", "benign", "typos",
     "bought the kill bill blu ray box set, the case is crackd, can i swap it in store"),
    ("bereavement", "benign", "voice",
     "hi, I run a florist and I want to add a second delivery van to the business insurance, we do a lot "
     "of weddings and funerals so the van's out every single day"),
    ("bereavement", "benign", "non-native",
     "The plant I buy from you is dead after one week only. I water it like the card say. I want refund."),
    ("bereavement", "benign", "thread",
     "What happens to my account and photos if I die? Just curious after reading an article. || Agent: "
     "You can nominate a legacy contact under Settings > Privacy. || Perfect, thanks."),
    ("bereavement", "benign", "report",
     "Car rental return: customer reported the battery died overnight in the hotel car park; roadside "
     "assistance jump-started it. No charge to customer."),
    ("bereavement", "benign", "form",
     "Order: 30018 | Issue: The printed book has widows and orphans all through chapter 4 | Request: "
     "reprint with corrected typesetting"),
    ("bereavement", "benign", "summary",
     "Customer is retiring at the end of the month and wants to move from the business plan to a personal "
     "plan, keeping the same number. Switch scheduled."),
    ("bereavement", "benign", "chat",
     "lol your chatbot is killing me, it keeps answering in French. Can I talk to a human about changing "
     "my plan?"),
    ("bereavement", "benign", "email",
     "Hi, our Ghost blog on your hosting has been throwing a 502 since this morning. Nothing changed on "
     "our side. Can you take a look? Thanks, Sam"),
    ("bereavement", "benign", "mixed",
     "Hi - we're booking the Victoria Memorial Hall for our choir concert and need card machine hire for "
     "the evening. Is the 14th free? Cheers"),
    # ---------------------------------------------------------------- special_categories
    ("special_categories", "sensitive", "chat",
     "Could you move my grocery delivery to Sunday evening? I don't handle anything on Saturdays because "
     "of Shabbat."),
    ("special_categories", "sensitive", "non-native",
     "Hello, in Ramadan I am fasting so please the delivery after sunset, around 8pm, not in the afternoon. "
     "Thank you."),
    ("special_categories", "sensitive", "form",
     "Request: Special assistance | Flight: LX 412 | Notes: As a Sikh I wear a turban for religious "
     "reasons, please note this for security screening."),
    ("special_categories", "sensitive", "voice",
     "hi, I need the car rental for Sunday mornings only, I drive a couple of the older ladies from our "
     "parish to Mass, so just eight till one would be fine"),
    ("special_categories", "sensitive", "thread",
     "Your ID check keeps rejecting my selfie. || Agent: Sorry about that, could you try in better "
     "lighting? || I have, five times now. Honestly these systems struggle with darker skin, as a Black "
     "woman it happens to me with a lot of apps. Is there a manual check?"),
    ("special_categories", "sensitive", "summary",
     "Customer asked for the signup form to accept the diacritics in her surname; mentioned she is Roma "
     "and has had her name 'corrected' by systems before. Raised with the web team."),
    ("special_categories", "sensitive", "typos",
     "can u send the parcel to my aunties place, its an aboriginal community up north so the courier has "
     "to use the store drop point not the house"),
    ("special_categories", "sensitive", "email",
     "Hi, please change the invoice name on my order of 500 leaflets. I'm standing for the Green Party in "
     "the council by-election and our treasurer needs it in the party's name. Thanks, Holly"),
    ("special_categories", "sensitive", "mixed",
     "Parcel never arrived - it was my placards for the climate march Saturday!! I'm organising our local "
     "group so really need them by Friday, pls chase"),
    ("special_categories", "sensitive", "report",
     "Customer asked to stop her monthly standing order to the Conservative Party; said she is no longer a "
     "member after the leadership change. Standing order cancelled."),
    ("special_categories", "sensitive", "chat",
     "Could I change the date my gym membership comes out? My union dues go out on the 1st, so the 5th "
     "would suit better."),
    ("special_categories", "sensitive", "voice",
     "hi, um, yeah, I'm shop steward at the depot, and I need the uniform order sent to my home address "
     "this time, not to work"),
    ("special_categories", "sensitive", "form",
     "Reason for change: Correspondence address | Notes: Please send letters care of my union's branch "
     "office while we're out on strike."),
    ("special_categories", "sensitive", "thread",
     "I want to add my partner as a second driver on the rental. || Agent: Of course, what's her name? || "
     "His name's Marco, actually. We're both guys. || Agent: Apologies! I'll add Marco now."),
    ("special_categories", "sensitive", "non-native",
     "Hello, me and my wife want the honeymoon suite in July. We are two women, is this OK at your hotel? "
     "Last time another hotel give us two single beds."),
    ("special_categories", "sensitive", "summary",
     "Customer recently came out to her family as bisexual and asked that the shared family streaming "
     "profile no longer show her watch history. Set her up with a separate profile."),
    ("special_categories", "sensitive", "email",
     "Hello, I've recently transitioned and changed my name by deed poll from Daniel to Danielle. Please "
     "update the name and title on my bank account to Ms. I can send the deed poll by post. "
     "Best wishes, Danielle"),
    ("special_categories", "sensitive", "chat",
     "Can you change my title to Mx? I'm non-binary and seeing Mr on every letter really grates."),
    ("special_categories", "sensitive", "voice",
     "yes hi, the booking's still under my old name, my deadname, can you change it to Jordan so it "
     "matches my passport before I fly"),
    ("special_categories", "sensitive", "email",
     "Hi, I did one of your DNA kits last year and the report says I carry a BRCA1 variant. I'd like my "
     "raw genetic data deleted from your servers and the account closed. Thank you, Leah"),
    ("special_categories", "sensitive", "form",
     "Request: Delete my data | Context: I enrolled my fingerprint on the scanner at the gym entrance and "
     "no longer want the template stored. Please use the key fob instead."),
    ("special_categories", "sensitive", "mixed",
     "The voice ID thing on phone banking won't recognise me anymore - can you delete my stored voiceprint "
     "and just go back to the PIN? ta"),
    ("special_categories", "benign", "chat",
     "Do you ship the Christmas tree lights abroad? I'd need them by the 20th."),
    ("special_categories", "benign", "email",
     "Hello, we're a catering company doing weddings with halal and kosher menus on request. Can your "
     "ordering platform show allergen labels next to each menu item? Regards, Tom"),
    ("special_categories", "benign", "typos",
     "the office politics r bad enough without ur software logging me out every 10 mins, pls fix the "
     "session timeout"),
    ("special_categories", "benign", "voice",
     "hi, I'm trying to set up a transfer from my credit union account into your app and it keeps saying "
     "the sort code is invalid"),
    ("special_categories", "benign", "non-native",
     "Hello, I order the Indian spice box but inside is missing the garam masala. Please send it."),
    ("special_categories", "benign", "form",
     "Field: Title | Issue: The dropdown on the signup form only has Mr/Mrs/Ms, it won't let me pick Dr | "
     "Browser: Firefox"),
    ("special_categories", "benign", "thread",
     "Does the new phone have face unlock? || Agent: Yes, and there's a fingerprint sensor under the "
     "screen as well. || Great, I'll order the 256GB one then."),
    ("special_categories", "benign", "report",
     "B2B client asked to rename their workspace from 'Brand DNA' to 'Brand Guidelines'. Done, links "
     "redirected."),
    ("special_categories", "benign", "summary",
     "Print customer from the county elections office ordered 2,000 envelopes; proof approved, delivery "
     "Tuesday."),
    ("special_categories", "benign", "mixed",
     "Ordered the rainbow phone case, got a plain black one :( pls swap, order 61733"),
    ("special_categories", "benign", "chat",
     "Do you do the engraved dog collar in pink? It's for our new girl, a beagle puppy."),
    ("special_categories", "benign", "email",
     "Hi, our logistics company is moving payroll to your platform. Does it support deducting union dues "
     "for employees who request it, and can it show them as a separate line on payslips? Thanks, Priya"),
    ("special_categories", "benign", "typos",
     "oh my god the wifi is so slow tonite, bless whoever fixes it, can someone check my line"),
    ("special_categories", "benign", "voice",
     "hi, I'd like to return the ancestry kit I bought as a present, it's still sealed, turns out he "
     "already had one"),
    ("special_categories", "benign", "non-native",
     "Hello, is your till app in Arabic also? I want to set the language for the tablets in my shop, the "
     "staff prefer it."),
    ("special_categories", "benign", "thread",
     "I'd like to cancel my newspaper's digital subscription. || Agent: Sorry to see you go, may I ask "
     "why? || Too many notifications honestly, I only ever do the crossword."),
    ("special_categories", "benign", "report",
     "Customer asked whether stores open on Eid and on Christmas Day; pointed her to the holiday opening "
     "hours page."),
    ("special_categories", "benign", "form",
     "Organisation: Regional office (I'm the outside IT contractor for a trade union) | Request: Add 3 user "
     "licences | Notes: new admin staff start Monday"),
    ("special_categories", "benign", "summary",
     "Customer wanted the straight-leg jeans in a 32 length instead of the bootcut ones; exchange sent."),
    ("special_categories", "benign", "chat",
     "The rental car's transmission was grinding in third gear. Please note it on the return so I'm not "
     "charged for it."),
    ("special_categories", "benign", "email",
     "Hello, we're rolling out your fingerprint time clocks at two sites. Can you send the admin guide for "
     "setting the data retention period to 30 days? Kind regards, Facilities team"),
    ("special_categories", "benign", "mixed",
     "ur app keeps asking me to 'vote' for new features in a popup lol, how do I turn that off"),
    # ---------------------------------------------------------------- legal
    ("legal", "sensitive", "chat",
     "My bike was taken from the rack outside your gym last night. I've got a police report number - can "
     "the CCTV be released to the officer?"),
    ("legal", "sensitive", "email",
     "Dear Sir or Madam, my solicitor has advised me not to pay the disputed invoice until the small "
     "claims hearing next month. Please put the account on hold until then. Regards, Priya"),
    ("legal", "sensitive", "typos",
     "i got arested last week and my phone was kept as evidence, can u suspend the line till i get it back"),
    ("legal", "sensitive", "non-native",
     "Hello, I am in court case with my landlord now, the judge need your bills as proof I pay the "
     "electricity. Please send statements of last 12 months."),
    ("legal", "sensitive", "voice",
     "hi yeah, I need to change the address on my account, it's, um, there's a restraining order against "
     "my ex so I've moved, and I really need you not to give the new one to anyone"),
    ("legal", "sensitive", "form",
     "Request type: Copy of my data | Reason: Needed by my lawyer for an employment tribunal | Items: all "
     "chat logs and emails from January to March"),
    ("legal", "sensitive", "thread",
     "Why can't I finish opening an account online? || Agent: The application was referred because of the "
     "conviction you declared in the background section, so we'll need to complete it in branch. || OK, "
     "which branch is nearest?"),
    ("legal", "sensitive", "report",
     "Customer disputes the parking charge on her rental and says she is taking us to the small claims "
     "court. Case passed to the legal team; no further contact with the customer for now."),
    ("legal", "sensitive", "summary",
     "Caller said he is on probation and his officer needs to be able to reach him, so he needs the line "
     "working again urgently. SIM swap done, line active."),
    ("legal", "sensitive", "mixed",
     "Order 71250 hasn't come - can u send it to my mum's instead? Got a court date Thursday and won't be "
     "home. thx"),
    ("legal", "sensitive", "chat",
     "Need to cancel my car rental. I lost my licence after the drink-driving charge so I can't drive it."),
    ("legal", "sensitive", "email",
     "Please treat this as formal notice. My attorney will file suit over the water damage caused by your "
     "technician unless the claim is settled within 14 days. Regards, Mark"),
    ("legal", "sensitive", "non-native",
     "Good afternoon. The police they took my laptop for the investigation and I cannot use the software "
     "licence. Can you move the licence to the new computer?"),
    ("legal", "sensitive", "voice",
     "yeah so I've just come out after doing eighteen months inside, and I need a phone contract, but your "
     "website keeps failing the identity check thing"),
    ("legal", "sensitive", "typos",
     "pls send me the receipt from the store on the 3rd, the cops need it for my witness statment about "
     "the robbery"),
    ("legal", "sensitive", "report",
     "Account flagged: a non-molestation order names the other account holder. Do not disclose the "
     "customer's address or contact details to the second holder."),
    ("legal", "sensitive", "summary",
     "Customer's insurance claim is delayed because she is suing the other driver; she asked for the "
     "dashcam files from the hire car. Request sent to the fleet team."),
    ("legal", "sensitive", "form",
     "Name: Tomasz | Issue: Account frozen | Details: The bank says there is a freezing order from the "
     "court. I need to know which court and the case reference."),
    ("legal", "sensitive", "thread",
     "Hi, can I change my hotel booking from 10-12 May to 17-19 May? || Agent: Let me check... yes, that's "
     "available, there's a 15 pound change fee. || OK. The reason is my trial got adjourned a week, so I "
     "have to be in town later. Any chance you can waive the fee?"),
    ("legal", "sensitive", "chat",
     "can u hold my parcels at the depot for a few weeks, I have to stay at my brother's as a bail "
     "condition"),
    ("legal", "sensitive", "email",
     "Dear Sirs, we act for our client, Ravi, in connection with his dispute over the cancellation of his "
     "home insurance policy. Please direct all further correspondence on this matter to this office. "
     "Yours faithfully, Client Services"),
    ("legal", "sensitive", "mixed",
     "Someone used my card at a shop in another city!! Reported it to the police already, got a crime ref "
     "- pls cancel the card and send a new one asap"),
    ("legal", "benign", "chat",
     "I'm the IT admin at a small law firm. We need 5 more seats on the team plan and SSO switched on."),
    ("legal", "benign", "email",
     "Hello, could you explain what your terms mean by 'governing law'? I'm comparing providers before I "
     "sign up. Thanks, Lena"),
    ("legal", "benign", "typos",
     "its criminal how much ur charging for delivery now lol, is there a free delivery threshold"),
    ("legal", "benign", "voice",
     "hi I'd like to book the indoor court for Thursday at seven, the tennis one, not squash"),
    ("legal", "benign", "non-native",
     "Hello, I buy Police sunglasses from your shop and the left arm is broken after one week. Can I have "
     "new pair?"),
    ("legal", "benign", "form",
     "Show: courtroom drama series | Issue: subtitles out of sync from episode 4 | Device: smart TV | "
     "Request: fix or refund this month"),
    ("legal", "benign", "thread",
     "Do you run background checks on marketplace sellers? || Agent: We verify identity and business "
     "registration for every seller. || Good to know, I'm deciding where to buy a used camera."),
    ("legal", "benign", "report",
     "Corporate booking from a legal conference organiser: 40 rooms for 2 nights, invoice to the "
     "association. Rate confirmed."),
    ("legal", "benign", "summary",
     "Customer couldn't find 'Arrested Development' in the catalogue; explained it left the service this "
     "month."),
    ("legal", "benign", "mixed",
     "ur grammar checker flags every sentence I write in passive voice, can I turn that rule off? thx"),
    ("legal", "benign", "chat",
     "There's a charge on my statement I don't recognise, 12.99 from your store on the 8th. What is it for?"),
    ("legal", "benign", "email",
     "Hi, I opened case 88123 last week about a missing invoice and nobody has replied. Could someone "
     "escalate it please? Thanks, Femi"),
    ("legal", "benign", "typos",
     "if this parcel is late again im gonna sue lol jk, can u just tell me where it is"),
    ("legal", "benign", "voice",
     "yeah hi, I signed up for the free trial and it's charged me already, I thought I had seven days "
     "before it started"),
    ("legal", "benign", "non-native",
     "Hello, I am lawyer and I work a lot from cafe, I need the bigger mobile data plan. What is the price "
     "for 50 GB?"),
    ("legal", "benign", "thread",
     "I want to leave my contract early. || Agent: There's an early termination fee of 60 for the "
     "remaining months. || Fine, go ahead and process it please."),
    ("legal", "benign", "report",
     "Business customer, a private security firm, ordered 20 body-camera mounts; 2 missing from the "
     "shipment. Replacements sent."),
    ("legal", "benign", "form",
     "Product: Contract templates pack | Issue: Download link expired | Order: 10457 | Request: new link"),
    ("legal", "benign", "summary",
     "Customer asked whether our returns policy meets consumer law; sent the link to the statutory rights "
     "page."),
    ("legal", "benign", "chat",
     "The true-crime podcast I pay for through your app has stopped downloading new episodes. Any fix?"),
    ("legal", "benign", "email",
     "Hi, I'm judging the village baking contest on Saturday and need the cake stands delivered by Friday "
     "at the latest. Is that possible? Thanks, Margo"),
    ("legal", "benign", "mixed",
     "def gonna cop the new headphones when they restock - any idea when? the waitlist button isn't "
     "working"),
]


def field_examples() -> list[dict]:
    """The field split as labelled tickets (same shape as ``sensitive_eval.build_eval_set``'s)."""
    return stranger_examples("field", ENTRIES, SUBJECTS)
