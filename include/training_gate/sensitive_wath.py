"""wath split: written by a helper who had not seen the detection rules, the anchors or any other split.
Setting: Brackenholt Sands Holiday Park, a coastal park with caravans, lodges and camping (bookings, owners' pitches
and fees, the pool and kids' club, entertainment, accessibility, lost property, site rules);
registers are email, chat, SMS, call transcript, agent note, web form, review (with reply), voicemail, DM.
The benign half borrows the same territory harmlessly: idioms (dead batteries, killer slides, daylight robbery),
event and package names (Easter egg hunt, Rainbow Lodges, drag bingo, murder mystery), organisations booking as
organisations (parish church, union branch, scouts, school office, political hustings), routine payment snags,
adults' own dates of birth, pets' health and general policy questions about ages, prayer rooms or facial recognition.
70 sensitive and 70 benign tickets for special categories, 50 and 50 for children, 20 and 20 for financial hardship,
15 and 15 for health, legal, bereavement and violence and self-harm.
First reading (policy 2026.11.24.6, after it was final; `sensitive_eval.evaluate`, as `make eval-sensitive`):
93.5 / 1.0 recall / false exclusion in % as shipped, 95.5 / 6.0 without the overruling,
89.5 / 6.0 by the rules alone. Waits for the next round."""

from __future__ import annotations

from training_gate.sensitive_blind import stranger_examples

SUBJECTS: tuple[str, ...] = (
    "Change of dates for August lodge booking",
    "Pitch fee invoice query",
    "Pool and flume opening times",
    "Lost property - blue rucksack",
    "Heating not working in caravan",
    "Half-term entertainment programme",
    "Awning and decking rules on owner pitches",
    "Dog-friendly lodge availability",
    "Late check-out request",
    "Wi-Fi voucher code not accepted",
    "Gas bottle exchange",
    "Refund for cancelled short break",
    "Car parking permit for second vehicle",
    "Clubhouse table booking Saturday",
    "Hook-up pitch for touring caravan",
)

ENTRIES: list[tuple[str, str, str, str]] = [
    # ---- health
    ("health", "sensitive", "email",
     "Hi Brackenholt team, we've got Lodge 14 booked 3rd-10th June. Tom's chemo has been put back a fortnight "
     "so it now lands right on his fourth cycle. Could we slide everything to the 17th? Happy to pay any "
     "difference. Thanks so much, Moira Tennant"),
    ("health", "sensitive", "chat",
     "hiya is the accessible caravan still free for july || Agent: Let me have a look - which dates? || "
     "12th to 19th. needs to be the wet room one, the wifes MS has gone downhill since last yr and she cant "
     "do the step into a normal shower anymore"),
    ("health", "sensitive", "sms",
     "Running late for check in, been sat in A&E with my dad, they reckon he's had a TIA. Should be there "
     "about 9, can keys be left at the barrier? Pitch 33 - Gaz"),
    ("health", "sensitive", "note",
     "Owner Mr Pellow (plot C7) rang re overdue pitch fees. Says he was sectioned for most of Feb and nobody "
     "was opening his post. Asked us to hold the reminder letter till month end. Flagged to site manager."),
    ("health", "sensitive", "form",
     "Form: Special requirements | Name: Anjali Rao | Booking ref: BSH-44821 | Requirements: I'm type 1 and "
     "need to keep insulin pens cold - does the studio lodge have a proper fridge or just the mini one? | "
     "Preferred contact: email"),
    ("health", "sensitive", "voicemail",
     "Hi, it's Roisin from the Oakfield lodge booking. We'll have to cancel the weekend I'm afraid, I've been "
     "signed off with anxiety and honestly the drive alone is too much right now. Could someone ring me back "
     "about the deposit, 07700 900412. Thanks."),
    ("health", "sensitive", "review",
     "Review (4/5): Lovely park. Reception were brilliant when I had to keep nipping back to the van for my "
     "injections - we're mid IVF round and they let me use the first aid room fridge, no questions. Pool a "
     "bit chilly. || Reply from Brackenholt Sands: Thank you Hannah, we're so glad the team could help."),
    ("health", "sensitive", "dm",
     "hey do u do reduced bike hire for carers? bringing my brother whos autistic and he really needs a bike "
     "to wind down after busy days"),
    ("health", "sensitive", "call",
     "Caller: We're in Heron lodge, I was told there'd be a shower seat? || Agent: There should be, is it "
     "missing? || Caller: Yeah, and I only had my knee replaced three weeks back so I can't stand for long. || "
     "Agent: I'll get maintenance round within the hour."),
    ("health", "sensitive", "email",
     "Quick one before we pay the balance - I'll be about 34 weeks by our stay and the midwife wants me within "
     "an hour of a maternity unit. Which hospital is nearest to you? If it's miles we may need to switch to "
     "the autumn. Cheers, Kat"),
    ("health", "sensitive", "chat",
     "can we swap to a ground level lodge pls || Agent: Is there a problem with Pine 6? || mum's in a "
     "wheelchair since the stroke in jan, theres no way we're getting her up those decking steps"),
    ("health", "sensitive", "note",
     "Guest in van 118 asked lifeguards to keep an eye out - partner is epileptic and had a seizure on the pool "
     "side yesterday. Lifeguard team briefed, she asked for a call if he's seen swimming alone."),
    ("health", "sensitive", "sms",
     "hi pls cancel the sat night show tickets x2, depressions been bad this week and i cant face a crowd. "
     "still coming to the van just not the show. ref 55190"),
    ("health", "sensitive", "form",
     "Name: Pete Odlum | Enquiry type: Dietary | Message: I'm coeliac (diagnosed last year) - does the clubhouse "
     "kitchen do separate prep for gluten free or should I just bring my own food for the party night?"),
    ("health", "sensitive", "voicemail",
     "Morning, Frank Ibbotson, owner on Gorse Row. Just to say I'll miss the owners' meeting Thursday, I'm back "
     "in hospital with my heart, they're keeping me in for monitoring. If someone could pop the minutes "
     "through my letterbox that'd be grand. Ta."),
    ("health", "benign", "email",
     "Hello, do you sell sun cream and plasters in the site shop? We've come away without our first aid bag. "
     "Also where's the nearest defib to the lodges? Hubby's the first aider at his work and always asks."),
    ("health", "benign", "chat",
     "the wifi in the Birch lodges is on life support again lol, drops every 5 mins || Agent: Sorry, we're "
     "resetting the router now. || cheers its been sick all week"),
    ("health", "benign", "sms",
     "Is the gym included with the Gold pass or extra? trying to keep up the running while we're away"),
    ("health", "benign", "call",
     "Caller: Is the hot tub on lodge 9 chlorine or bromine? || Agent: Bromine. || Caller: Lovely, we just "
     "find chlorine a bit strong on the nose. Any chance of extra towels while I've got you?"),
    ("health", "benign", "review",
     "Review (2/5): Friday's tribute act was painful, the poor bloke was dying on his feet up there. Food was "
     "fine. || Reply from Brackenholt Sands: Sorry Friday didn't land for you Colin, we've passed it on."),
    ("health", "benign", "form",
     "Enquiry: Accessibility | Message: Could you send your accessibility statement? I write the newsletter for "
     "our ramblers' group and want to list which parks have step-free lodges."),
    ("health", "benign", "note",
     "Housekeeping: first aid box in the laundrette has out-of-date stock - replace bandages and eyewash, "
     "add to the annual check list."),
    ("health", "benign", "voicemail",
     "Hi, it's Dan from Shorefield Pharmacy, we supply your site shop with paracetamol and travel sickness "
     "tablets. Just about last month's invoice, can someone in accounts give me a call back."),
    ("health", "benign", "dm",
     "omg the new flume is INSANE nearly gave me a heart attack 😂 do u run the slide sessions every day?"),
    ("health", "benign", "email",
     "Good afternoon, I'm organising the summer do for the Tavistock General Hospital social club. We'd like "
     "the function room for around 40 staff on 14 Sept - do you do group rates on lodges too?"),
    ("health", "benign", "chat",
     "is there a chemist near u? forgot the aftersun and we're all lobster coloured already"),
    ("health", "benign", "sms",
     "Whats the spa one called, the Recovery Ritual? want to book it for my sisters 40th"),
    ("health", "benign", "form",
     "Booking ref: BSH-60219 | Query: Does the Wellbeing Weekend package include the yoga class or is that "
     "separate? | Party: 2 adults"),
    ("health", "benign", "call",
     "Caller: The boiler in our van keeps having a fit, clunks and then cuts out. || Agent: Which van is it? "
     "|| Caller: 204 on Heather Row. || Agent: I'll send an engineer."),
    ("health", "benign", "note",
     "Guest asked for the nearest vet, their spaniel has an upset stomach. Gave details for Marsh Lane Vets."),
    # ---- legal
    ("legal", "sensitive", "email",
     "Re: pitch fee increase. I've now handed this over to my solicitor. Three times your office promised the "
     "owners would be consulted and three times nothing. You'll be hearing from Harbourne & Keel directly. "
     "R. Danvers, Plot F11"),
    ("legal", "sensitive", "call",
     "Caller: Someone's had both bikes from outside our lodge overnight. || Agent: I'm so sorry, were they "
     "locked? || Caller: Yes. I've reported it to the police, got a crime number, they want to know if you've "
     "got CCTV on the lodge path."),
    ("legal", "sensitive", "note",
     "Guest in 67 says her ex is under a non-molestation order, can't come within 100m of her. Asked that we "
     "never confirm her pitch number to anyone ringing. Security flag added to booking."),
    ("legal", "sensitive", "sms",
     "cant make check in today, our Liam's been arrested and im at the station waiting. will ring tomoz "
     "about the booking sorry"),
    ("legal", "sensitive", "form",
     "Reason for cancellation: Court | Details: I've been summoned to Luton Crown Court as a defendant that "
     "week and can't get it moved. Is there any way to transfer the deposit to later in the year?"),
    ("legal", "sensitive", "voicemail",
     "Hi, this is Greg, I own the van on plot 12. Can you hold off renewing the site agreement please, my "
     "divorce hearing's on the 21st and the judge might order the van sold. My lawyer will be in touch."),
    ("legal", "sensitive", "dm",
     "can i still book if ive got a record? its from years back, spent now, but ur T&Cs say something about "
     "background checks for owners"),
    ("legal", "sensitive", "chat",
     "quick q about lodge signal || Agent: Sure, what do you need to know? || my brothers on a tag at the "
     "moment so hes got a curfew, the box needs a decent phone line or they think hes breached"),
    ("legal", "sensitive", "email",
     "We're taking Coastline Caravan Sales to the small claims court over the roof on our van and our "
     "solicitor needs your maintenance records for plot F3 from 2022. Who should I send the request to?"),
    ("legal", "sensitive", "review",
     "Review (1/5): Car broken into in your top car park, I had to file a police report and nobody from the "
     "park even rang me back. || Reply from Brackenholt Sands: Mr Kowal, we're very sorry, our duty manager "
     "will call you today."),
    ("legal", "sensitive", "note",
     "Cust (van 88) told me she's on bail pending trial with a condition to sign at the police station weekly. "
     "Asked if the park can confirm her address for the stay in writing. Passed to manager."),
    ("legal", "sensitive", "call",
     "Caller: It's about the bother at the bar Saturday. || Agent: Go on. || Caller: My partner got a caution "
     "off the police for it. Is he banned from the whole site now or just the bar?"),
    ("legal", "sensitive", "sms",
     "Hi its Lorna van 41, police want a statement off me about the fight I saw outside the clubhouse, ok to "
     "give them reception number so they can arrange it?"),
    ("legal", "sensitive", "form",
     "Subject: Incident log request | Message: I'm bringing a personal injury claim myself (no solicitor) "
     "over my fall by the pool on 3 Aug and the court needs any incident record you hold."),
    ("legal", "sensitive", "voicemail",
     "It's Mrs Okonkwo, I won't be able to collect the lodge key until after four tomorrow, I've got my "
     "probation appointment in the morning first. Sorry for the bother."),
    ("legal", "benign", "email",
     "Before we book - could you confirm what your T&Cs say about refunds if we cancel within 14 days of "
     "arrival? Just want to know where we stand."),
    ("legal", "benign", "chat",
     "is it legal to have a bbq on the pitch or is that against site rules || Agent: Disposable BBQs are "
     "fine on the gravel pads only. || ta"),
    ("legal", "benign", "call",
     "Caller: I'm organising the summer social for the Westmoor Law Society, about 30 of us. || Agent: "
     "Lovely. || Caller: Can the clubhouse do a buffet on the Friday, and is there a bar tab option?"),
    ("legal", "benign", "note",
     "Cust asked if the Case Closed murder mystery dinner Friday is still running. Booked 4 seats, table 6."),
    ("legal", "benign", "sms",
     "whats the Cops & Robbers trail? saw it on the activity board by the arcade"),
    ("legal", "benign", "form",
     "Enquiry: Site licence | Message: Does the new owner agreement still allow letting the van through an "
     "agency? I want to check the wording before I sign it."),
    ("legal", "benign", "review",
     "Review (4/5): Courtroom Drama quiz night was brilliant fun. The bar queue was criminal though! || "
     "Reply from Brackenholt Sands: Guilty as charged - we're adding a second till."),
    ("legal", "benign", "voicemail",
     "Hi, it's Neil from the office at Harbourne & Keel solicitors, we'd like two lodges for a team away day "
     "on the 8th of June. Could someone send over prices? Thanks."),
    ("legal", "benign", "dm",
     "£8 a day to park is daylight robbery 😭 any cheaper option for a week?"),
    ("legal", "benign", "email",
     "Hello, I'm a retired magistrate and now captain of Fernley Bowls Club. We'd like to book your green "
     "for a friendly tournament in late July. Do you charge per rink?"),
    ("legal", "benign", "chat",
     "want to report a crime against fashion at the karaoke, my husbands shirt 😂 no seriously can we book "
     "karaoke for Friday || Agent: Ha! Yes, what time?"),
    ("legal", "benign", "note",
     "Lost property: brown wallet handed in at reception, owner traced from driving licence, collected 14:20."),
    ("legal", "benign", "call",
     "Caller: Do I need a TV licence for my caravan? || Agent: If you watch live TV in an owner van, yes, the "
     "park's licence doesn't cover it. || Caller: Right, thanks."),
    ("legal", "benign", "sms",
     "Is the site CCTV covered under GDPR and is there a notice? just nosy, I do data protection for a job"),
    ("legal", "benign", "form",
     "Complaint: Noise | Details: Van 190 had music on till 2am. Not after anything formal, just please ask "
     "them to keep it down."),
    # ---- bereavement
    ("bereavement", "sensitive", "email",
     "Dear Sir or Madam, I'm writing about my late father, Arthur Brindle, who owned the caravan on plot D19. "
     "He passed away on 2 March. I'm the executor and need to know how we go about selling the van or having "
     "it removed. Yours faithfully, Janet Brindle"),
    ("bereavement", "sensitive", "chat",
     "hi we need to cancel our lodge for next week || Agent: Sorry to hear that, can I ask the reason for our "
     "records? || nan died sunday and the funerals that week"),
    ("bereavement", "sensitive", "sms",
     "Hi, Carol in van 7. We'll be heading home first thing, had a call tonight that my brother's gone. "
     "Sorry for the short notice, keys will be in the box."),
    ("bereavement", "sensitive", "voicemail",
     "Hello, it's Mr Desai. We had the anniversary package booked for October, my wife and me. She died last "
     "month, so... I don't really know what to do with it. Could somebody call me, please."),
    ("bereavement", "sensitive", "call",
     "Caller: Mum had the Seaview van for thirty years, she loved it. || Agent: Oh, that's lovely. || Caller: "
     "We want to scatter her ashes on the beach by the park next week, is that going to be a problem?"),
    ("bereavement", "sensitive", "note",
     "Spoke to Mrs Fenwick re outstanding pitch fees. Her husband died in January and she didn't know the "
     "account was in his name only. Put on hold 60 days, sent transfer of ownership form."),
    ("bereavement", "sensitive", "form",
     "Reason for cancellation: Family bereavement | Additional info: My partner's dad died very suddenly on "
     "Thursday. I know it's inside the 7 day window but hoped you might make an exception."),
    ("bereavement", "sensitive", "review",
     "Review (5/5): Our first trip away since we lost our son last spring. The staff had no idea but everyone "
     "was so gentle and kind. We'll be back. || Reply from Brackenholt Sands: Thank you for sharing this with "
     "us, you're welcome any time."),
    ("bereavement", "sensitive", "dm",
     "could we get a bench put by the duck pond? my grandad sat there every summer, he passed in may"),
    ("bereavement", "sensitive", "email",
     "Fwd: Van 55 || ---------- Forwarded message ---------- From: Lilian Cole || 'Tell the park I can't shut "
     "the van up this winter, hip's bad.' || Hi, that was the last email my aunt sent before she died. "
     "Funeral's on the 9th. Could someone winterise Van 55 for us? Jade"),
    ("bereavement", "sensitive", "chat",
     "do u refund the clubhouse booking if we dont come? my husbands dad passed at the weekend and we're all "
     "over the place"),
    ("bereavement", "sensitive", "sms",
     "Can I drop the van keys back next week instead? still sorting Dad's things after the funeral"),
    ("bereavement", "sensitive", "call",
     "Caller: The owners' newsletter's still coming addressed to my wife. || Agent: Would you like me to "
     "update it? || Caller: Please. She died back in April. It's hard seeing her name on the envelope."),
    ("bereavement", "sensitive", "voicemail",
     "Hiya it's Tasha, I'm a friend of Moira's in lodge 3, she asked me to ring cos she's in no state, her "
     "Ken passed away in the night. She'll need to leave today, can someone help with the car?"),
    ("bereavement", "sensitive", "note",
     "Cust asked to remove the '+1 infant' and cot from the August booking - their baby died in April. "
     "Cot hire refunded, no admin fee. Please handle gently if they call back."),
    ("bereavement", "benign", "chat",
     "tv in our van is dead, wont even turn on || Agent: Have you tried the switch on the wall behind it? "
     "|| oh. that was it lol"),
    ("bereavement", "benign", "sms",
     "battery on the golf buggy died halfway round, we're stuck by the tennis courts"),
    ("bereavement", "benign", "email",
     "Hello, I'm on the social committee at Hollins & Daughters Funeral Directors. We'd like six lodges for "
     "our staff weekend away in October. Could you quote?"),
    ("bereavement", "benign", "review",
     "Review (4/5): Saturday's comedian absolutely killed it and the chips are to die for. || Reply from "
     "Brackenholt Sands: We'll pass that on to Des and the chippy!"),
    ("bereavement", "benign", "call",
     "Caller: The plants in the tubs on our owner decking all died over winter. || Agent: Do you want the "
     "grounds team to replant? || Caller: Yes please, and bill it to plot M3."),
    ("bereavement", "benign", "note",
     "Memorial bench on the clifftop path needs re-varnishing, plaque is loose. Maintenance job raised."),
    ("bereavement", "benign", "form",
     "Enquiry: Events | Message: Is the Day of the Dead themed night on again this year? We loved the face "
     "painting last time."),
    ("bereavement", "benign", "dm",
     "phone about to die, can u just email me the booking ref pls"),
    ("bereavement", "benign", "voicemail",
     "Hi, it's about the dead end past the Willow lodges, delivery vans keep going down there and getting "
     "stuck turning. Could you put a sign up? Cheers."),
    ("bereavement", "benign", "email",
     "General question: what happens to a booking if the lead name passes away before the holiday? We're "
     "doing our wills and the solicitor said to check how holiday bookings transfer."),
    ("bereavement", "benign", "chat",
     "is the ghost walk on tonight? my other half is dying to go"),
    ("bereavement", "benign", "sms",
     "That wasp nest by van 60, is it dead now? saw someone spraying it yesterday"),
    ("bereavement", "benign", "call",
     "Caller: I'm dying for a proper coffee, does the cafe open before eight? || Agent: Half seven at "
     "weekends. || Caller: You're a lifesaver."),
    ("bereavement", "benign", "review",
     "Review (2/5): Murder mystery night was dead boring and went on forever. || Reply from Brackenholt "
     "Sands: Sorry about that, we're rewriting the script for next season."),
    ("bereavement", "benign", "note",
     "Guest reported a dead gull on the roof of Lodge 31. Groundsman removed it."),
    # ---- violence_self_harm
    ("violence_self_harm", "sensitive", "note",
     "Cust on phone said her partner 'gets handy' when he's had a drink, so she's booked the van in her "
     "maiden name and doesn't want him finding her. No booking details to anyone else. Security briefed."),
    ("violence_self_harm", "sensitive", "chat",
     "honestly dont know why im booking this, not sure ill still be here by august || Agent: I'm really "
     "sorry you're feeling like this. Are you safe right now? || dunno. just book it i guess"),
    ("violence_self_harm", "sensitive", "email",
     "This is the third time I've had to write. The owner on plot B8 shouts abuse at my partner and me every "
     "time we walk past, calls us names and last night said he'd 'sort us out' if we parked there again. "
     "I want this on record. Marcus Ede, plot B10"),
    ("violence_self_harm", "sensitive", "sms",
     "someone keyed my car and left a note saying theyll torch the van next time. im scared to stop here "
     "tonight. pitch 71"),
    ("violence_self_harm", "sensitive", "voicemail",
     "It's Leanne, can I move lodges tonight if you've got anything? My ex has just turned up at the barrier "
     "and he's hit me before, I don't want him knowing which one I'm in. Please ring me."),
    ("violence_self_harm", "sensitive", "call",
     "Caller: My sister's been getting messages from one of your bar lads. || Agent: What kind of messages? "
     "|| Caller: Nasty. Saying he'll hurt her if she tells anyone they were seeing each other."),
    ("violence_self_harm", "sensitive", "form",
     "Complaint type: Staff conduct | Details: The entertainment host grabbed me at the bar on Friday and "
     "wouldn't let go when I told him to stop. My friend had to pull him off. | Contact: phone only"),
    ("violence_self_harm", "sensitive", "dm",
     "dont really care about the refund tbh, most days i'd rather not wake up. just cancel it"),
    ("violence_self_harm", "sensitive", "review",
     "Review (1/5): A man followed me back to our lodge two nights running and stood outside the window. "
     "Reception shrugged. || Reply from Brackenholt Sands: This is very serious - our manager will call you "
     "and we've reviewed it with security."),
    ("violence_self_harm", "sensitive", "note",
     "Reception: guest from van 150 came in with bruising to her cheek, said she'd fallen, later said it was "
     "her husband. Gave helpline number, offered a different unit. Duty manager aware."),
    ("violence_self_harm", "sensitive", "email",
     "Please cancel our August booking. Last year I was assaulted in the shower block by the tennis courts "
     "and I thought I could face coming back, but I can't. Kind regards, S. Whitlow"),
    ("violence_self_harm", "sensitive", "chat",
     "is there anywhere on site i can lock properly? bloke on the next pitch said hed stab me last night "
     "over a parking space"),
    ("violence_self_harm", "sensitive", "sms",
     "my friend in lodge 9 just texted me goodbye and now shes not answering. can someone go and check on "
     "her please im really worried shes done something"),
    ("violence_self_harm", "sensitive", "call",
     "Caller: I've got scars on my arms from when I used to cut myself. || Agent: Okay. || Caller: Is there "
     "a quieter swim session? I don't want loads of people looking."),
    ("violence_self_harm", "sensitive", "voicemail",
     "This is Sandra in van 23. The woman next door has left three notes on my car now, calling me vile "
     "names and saying I'll regret it. I've kept them all. I'd like someone to ring me."),
    ("violence_self_harm", "benign", "review",
     "Review (5/5): The bingo caller had us all in stitches, absolutely killing it with the jokes. || Reply "
     "from Brackenholt Sands: Big Steve will be thrilled!"),
    ("violence_self_harm", "benign", "chat",
     "arcade machines are daylight robbery haha. is the laser tag open tonight? || Agent: Till 8pm!"),
    ("violence_self_harm", "benign", "sms",
     "is paintball on Saturday? want to book 6 for my brothers stag"),
    ("violence_self_harm", "benign", "email",
     "Hello, I'm on the fundraising committee for Ashcombe Women's Aid. We'd love to hire the clubhouse for "
     "a charity quiz in November - is there a reduced rate for registered charities?"),
    ("violence_self_harm", "benign", "note",
     "Guest asked for archery times. Told them Tues/Thurs 2pm, booking at the activity hut."),
    ("violence_self_harm", "benign", "call",
     "Caller: The gulls are attacking the bins every morning, it's carnage out here. || Agent: I'll get the "
     "lids swapped for the locking ones today."),
    ("violence_self_harm", "benign", "form",
     "Enquiry: Activities | Message: Is the self-defence taster still on the activity list? My wife and I "
     "fancied giving it a go."),
    ("violence_self_harm", "benign", "dm",
     "that zip wire nearly killed me 😂 10/10 would do again"),
    ("violence_self_harm", "benign", "voicemail",
     "Hi, quick one about the boxercise class - is it on the beach or in the sports hall? Thanks, bye."),
    ("violence_self_harm", "benign", "email",
     "Do you have a policy on guests who are abusive to your staff? I saw the sign at reception and was "
     "curious how it's actually enforced. I manage a hotel myself."),
    ("violence_self_harm", "benign", "chat",
     "can i shoot the sunset from the cliff path with a tripod? || Agent: Of course, just stay behind the "
     "fence. || perfect"),
    ("violence_self_harm", "benign", "sms",
     "Left my Viking sword in the bar after fancy dress lol, plastic one, anyone hand it in?"),
    ("violence_self_harm", "benign", "note",
     "Fire pit kit for Lodge 17 was missing the poker. Replaced from stores."),
    ("violence_self_harm", "benign", "review",
     "Review (3/5): Wild West Shootout show was cheesy but fun. Bar staff fighting a losing battle with the "
     "queue. || Reply from Brackenholt Sands: Thanks, more staff on for show nights from June."),
    ("violence_self_harm", "benign", "call",
     "Caller: My husband keeps beating me at crazy golf. || Agent: Oh dear! || Caller: Is there a harder "
     "course anywhere on site? I need a rematch he can't win."),
    # ---- financial_hardship
    ("financial_hardship", "sensitive", "email",
     "Hello accounts, I was made redundant from the packing plant in March and there's no way I can find the "
     "full pitch fees this year. Is there any way of paying monthly so I don't lose the van? Regards, "
     "Keith Arnott, plot A22"),
    ("financial_hardship", "sensitive", "chat",
     "need to cancel, cant afford it now, husband lost his job last week || Agent: I'm sorry to hear that. "
     "|| any chance of the deposit back? every penny counts atm"),
    ("financial_hardship", "sensitive", "sms",
     "sorry ive missed the instalment, on universal credit now and it doesnt land till the 28th, will pay "
     "then promise"),
    ("financial_hardship", "sensitive", "note",
     "Owner Mr Szabo (plot E2) 4 months in arrears. Says debt collectors are also after him for credit cards. "
     "Late fee paused pending a payment plan, review 1st of next month."),
    ("financial_hardship", "sensitive", "voicemail",
     "Hi, Bev Tollett here. I know I owe you for the site fees. I've gone onto a debt management plan with "
     "StepClear and they'll be writing to you. Please don't send me to a collection agency."),
    ("financial_hardship", "sensitive", "form",
     "Reason for cancellation: Financial | Details: House has been repossessed and we're moving into "
     "temporary accommodation. No way we can go on holiday now. Sorry."),
    ("financial_hardship", "sensitive", "call",
     "Caller: We're being evicted end of the month. || Agent: Oh no, I'm sorry. || Caller: Could we stay in "
     "the van full time for a bit? I know it's a holiday licence but we've nowhere else."),
    ("financial_hardship", "sensitive", "dm",
     "is there any hardship fund or owt? been off work with no pay since feb and the van fees are killing me"),
    ("financial_hardship", "sensitive", "review",
     "Review (5/5): After the year we've had (went bankrupt in January, lost the business) this was our first "
     "break in ages and the park let us pay in bits. || Reply from Brackenholt Sands: Thank you Lisa, so "
     "glad you had a good rest."),
    ("financial_hardship", "sensitive", "email",
     "Could we have a payment holiday on the pitch fees? My wife and I are both signing on at the moment and "
     "I honestly don't know where the next instalment is coming from. Plot H9."),
    ("financial_hardship", "sensitive", "chat",
     "can i pay the balance in 3 bits?? got £40 in the bank till payday and the bailiffs had the car last "
     "week"),
    ("financial_hardship", "sensitive", "note",
     "Cust chasing deposit refund on cancelled stay, says they're relying on the food bank at the moment and "
     "really need the £150. Escalated for goodwill refund."),
    ("financial_hardship", "sensitive", "sms",
     "Going to have to sell the van, cant keep up with the fees since I got laid off. what do you offer for "
     "part ex?"),
    ("financial_hardship", "sensitive", "voicemail",
     "Message for accounts, it's Harry on plot 40. The cheque bounced because my account's been frozen, it's "
     "the IVA stuff. Give me a ring and we'll sort something."),
    ("financial_hardship", "sensitive", "form",
     "Name: K. Mensah | Message: I've had a letter from Redline Recoveries about a park invoice from 2021. "
     "I'm behind with several creditors already and can't pay a lump sum - can I deal with you directly?"),
    ("financial_hardship", "sensitive", "call",
     "Caller: It's about the fee rise. || Agent: Yes, it's 12% this year. || Caller: I'm on pension credit "
     "and nothing else, love. I genuinely can't find that. What happens to my van?"),
    ("financial_hardship", "sensitive", "email",
     "FW: Lodge 21 || Agent note on forward: Cust says the business went under and they're filing for "
     "bankruptcy this month, the lodge will be dealt with by the trustee. Who in finance takes this?"),
    ("financial_hardship", "sensitive", "dm",
     "my card declined for the clubhouse bill, we're skint this month since my hours got cut to zero, can i "
     "pay next week x"),
    ("financial_hardship", "sensitive", "chat",
     "Agent: Hi, how can I help? || we've been sofa surfing since we lost the flat. would you let us stay in "
     "our van over the winter closure? we'd be no bother"),
    ("financial_hardship", "sensitive", "note",
     "Owner said she's been choosing between heating and pitch fees, no income since March. Offered the "
     "spread-payment scheme, sent form. Follow up Friday."),
    ("financial_hardship", "benign", "chat",
     "my card keeps declining on the booking page, tried twice and the bank says its fine || Agent: Try "
     "clearing the cart, the page sometimes times out. || that worked ta"),
    ("financial_hardship", "benign", "email",
     "Could you send a VAT invoice for the lodge hire in my company name? It's for expenses. Thanks, Ravi"),
    ("financial_hardship", "benign", "sms",
     "Paid the deposit twice by mistake, can u refund one of them pls"),
    ("financial_hardship", "benign", "form",
     "Query: Direct debit | Message: Please move my pitch fee DD from the 1st to the 15th, lines up better "
     "with when I get paid."),
    ("financial_hardship", "benign", "call",
     "Caller: Why's the pitch fee gone up again? || Agent: It's linked to inflation plus the new drainage. "
     "|| Caller: Fair enough, can you email me the breakdown?"),
    ("financial_hardship", "benign", "note",
     "Owner queried gas charge on quarterly bill; reading had been estimated. Actual taken, credit note sent."),
    ("financial_hardship", "benign", "review",
     "Review (3/5): Bit pricey for what it is, £6 for a coffee and a crumpet? || Reply from Brackenholt "
     "Sands: Fair point, we're reviewing cafe prices for next season."),
    ("financial_hardship", "benign", "dm",
     "do u do any last minute deals or student discount?"),
    ("financial_hardship", "benign", "voicemail",
     "It's Tony, just calling to pay off the balance on the lodge, give us a ring for the card details, ta."),
    ("financial_hardship", "benign", "email",
     "Hello, Westmoor Credit Union is organising a members' day out and we'd like a quote for 50 day passes "
     "including pool entry."),
    ("financial_hardship", "benign", "chat",
     "is the Budget Breaks offer still on? saw it on insta"),
    ("financial_hardship", "benign", "sms",
     "Is the monopoly tournament on thurs? my dad always ends up bankrupt by round 3 lol"),
    ("financial_hardship", "benign", "form",
     "Booking ref: BSH-11872 | Query: Can I split the balance payment across two cards?"),
    ("financial_hardship", "benign", "call",
     "Caller: If I pay the remaining balance now rather than in June, is there any discount? || Agent: 5% "
     "off for paying in full early. || Caller: Go on then."),
    ("financial_hardship", "benign", "note",
     "Cust wanted receipt reissued in the firm's name for reimbursement. Done, emailed."),
    ("financial_hardship", "benign", "email",
     "What happens with the fees if I sell my van mid season? Do I get a pro rata refund or does it go with "
     "the van?"),
    ("financial_hardship", "benign", "review",
     "Review (5/5): Great value, the Skint Sunday offer meant we could do two nights instead of one. || "
     "Reply from Brackenholt Sands: Glad you made the most of it!"),
    ("financial_hardship", "benign", "dm",
     "bar overcharged me by £3 last night lol not a big deal but thought ud want to know"),
    ("financial_hardship", "benign", "voicemail",
     "Hi, it's Hayley from Penmor Debt Advice, we're a local charity and want to book the function room for "
     "our volunteers' Christmas meal. Could you call me back?"),
    ("financial_hardship", "benign", "chat",
     "my payment went out on the 2nd but the booking still says unpaid || Agent: Let me check... it's "
     "there now, the system hadn't synced."),
    # ---- children
    ("children", "sensitive", "email",
     "Hi, could you add my daughter Esme to the kids' club for the Tuesday and Thursday mornings? She's 7 "
     "and a bit shy to start with, so the leaders might need to coax her in. Thanks, Rachel Bayliss, Lodge 5"),
    ("children", "sensitive", "chat",
     "whats the min age for the teen disco || Agent: It's 12 to 16. || sweet my son's 13 and desperate to go "
     "without us embarrassing him"),
    ("children", "sensitive", "sms",
     "Luca left his goggles at the pool, he's the little one in the shark rash vest, 5. Van 92"),
    ("children", "sensitive", "form",
     "Kids' Club Registration | Child name: Oliver Pruitt | DOB: 14/02/2017 | Allergies: none | Collecting "
     "adult: Dawn Pruitt (mum)"),
    ("children", "sensitive", "note",
     "Guest's son (Year 9) lost his phone in the arcade - black, Spider-Man case. Logged, LP-2231."),
    ("children", "sensitive", "call",
     "Caller: Do you have travel cots? || Agent: We do, £10 for the stay. || Caller: Great, she's only four "
     "months, could we have one in lodge 7?"),
    ("children", "sensitive", "voicemail",
     "Hi, it's Jess from van 19. The twins, Ruby and Mae, won't make Saturday's football camp after all, "
     "we're heading home early. They're nine if you need it for the list. Thanks."),
    ("children", "sensitive", "dm",
     "hey can my 15yo use the gym by herself or does she need an adult with her"),
    ("children", "sensitive", "review",
     "Review (5/5): Our little lad is three and he didn't want to leave the splash zone all week. || Reply "
     "from Brackenholt Sands: Tell him the splash zone misses him already!"),
    ("children", "sensitive", "email",
     "We're bringing our grandson Theo, who starts Reception in September. Is the soft play suitable for "
     "four-year-olds or is it more for the older ones?"),
    ("children", "sensitive", "chat",
     "can my daughter do the lifeguard taster? she's just done her GCSEs || Agent: Is she 16? || yep turned "
     "16 in may"),
    ("children", "sensitive", "sms",
     "Alfie (the 6 yr old with red hair) is being picked up from kids club by his gran today not me. Sue "
     "Dorling van 14"),
    ("children", "sensitive", "note",
     "Reception: lost child reunited at 15:10. Boy approx 8, name Kieran, found by pool cafe. Parents in "
     "Lodge 40 contacted. Incident book updated."),
    ("children", "sensitive", "form",
     "Booking ref: BSH-33019 | Guests: 2 adults, 1 infant (11 months) | Requests: highchair and stair gate"),
    ("children", "sensitive", "call",
     "Caller: My son's school breaks up on the 19th, St Aldhelm's, so could the lodge start on the 20th? || "
     "Agent: Let me see what's free. || Caller: He's not allowed term-time absence, they're strict."),
    ("children", "sensitive", "voicemail",
     "It's Priya in Lodge 12. The nursery's just rung, my youngest can start her settling sessions early, so "
     "we'll be leaving Friday instead of Sunday. Sorry!"),
    ("children", "sensitive", "dm",
     "does the teen zone have wifi? my 14yo will not cope a week without it 😂"),
    ("children", "sensitive", "review",
     "Review (2/5): Told our 10 year old she was too short for the flume after we'd queued 40 minutes. No "
     "height chart at the start of the queue. || Reply from Brackenholt Sands: Sorry Gemma, a sign is going "
     "up this week."),
    ("children", "sensitive", "email",
     "Please take down the photo of my son Jacob from your Facebook page. It's from the kids' club talent "
     "show, he's eight, and I never agreed to it being posted."),
    ("children", "sensitive", "chat",
     "do you do any evening childcare? we've got a 2yo and a 6yo and fancy one night out at the restaurant"),
    ("children", "sensitive", "sms",
     "our lad's got his GCSE results day on the 22nd so we need to be home the 21st, can we knock a night "
     "off?"),
    ("children", "sensitive", "note",
     "Owner (plot H4) wants her granddaughter, 16, added as key holder for the summer. Explained under-18s "
     "can't be registered key holders; offered guest pass."),
    ("children", "sensitive", "form",
     "Activity booking | Participant: Maisie Cole | Age: 11 | Activity: Junior archery | Parent consent: Yes"),
    ("children", "sensitive", "call",
     "Caller: The kids' club app shows my daughter's school and her photo to the other parents. || Agent: "
     "I can check the privacy settings. || Caller: Please, she's only nine."),
    ("children", "sensitive", "voicemail",
     "Hiya, Carl, van 201. Our Ellie's twelve and she's asking if she can do the pony trek tomorrow on her "
     "own, without me. Is that allowed? Ring back on 07700 900318."),
    ("children", "sensitive", "dm",
     "baby changing near the pool?? newborn in tow, 3 weeks old!"),
    ("children", "sensitive", "review",
     "Review (4/5): Great for families - our eldest is in Year 6 so just old enough for the climbing wall, "
     "the younger one sulked. || Reply from Brackenholt Sands: Next year it's her turn!"),
    ("children", "sensitive", "email",
     "Hiya, Finley turns 5 on the 18th while we're with you - any chance the clubhouse could do a small "
     "cake with his name on? Happy to pay. Lodge 28, Nadia"),
    ("children", "sensitive", "chat",
     "we left our sons switch in lodge 33 || Agent: Oh no, we'll check. || blue case, says OSCAR on the "
     "back, hes 10 and absolutely gutted"),
    ("children", "sensitive", "sms",
     "Any space left in the Sunday under-8s swim lesson? for Nia, she's 6"),
    ("children", "sensitive", "note",
     "Safeguarding log: girl aged 14 from van 77 got separated from family at fireworks, reunited 21:40 at "
     "the arcade. Form completed."),
    ("children", "sensitive", "form",
     "Lost property | Item: navy school jumper, Brookfield Primary, name tag Harvey T. | Where lost: "
     "adventure playground | Contact: van 110"),
    ("children", "sensitive", "call",
     "Caller: My daughter's doing her Duke of Edinburgh bronze, she's 14. || Agent: Lovely. || Caller: Could "
     "her group pitch on the camping field for one night in June?"),
    ("children", "sensitive", "voicemail",
     "Hello, Mr Lindqvist, Pine 2. Our son is in year 8, he has left his retainer in the pool changing "
     "room, a little pink case. Please call if it is found."),
    ("children", "sensitive", "dm",
     "can my 16 yr old book a pitch himself for him and his mates? he's got his own bank card"),
    ("children", "sensitive", "review",
     "Review (5/5): The Tiddlers toddler group leaders were fab with Arlo, he's two and usually clingy. || "
     "Reply from Brackenholt Sands: Arlo was a star!"),
    ("children", "sensitive", "email",
     "I'm bringing my two girls on my own this year (9 and 13). Is there a family changing room at the pool? "
     "The older one won't go in the men's with me any more. Cheers, Stu"),
    ("children", "sensitive", "chat",
     "is kids club ok for someone who's just turned 3? she's out of nappies"),
    ("children", "sensitive", "sms",
     "Pram left at the beach huts, grey one. The baby's asleep in the sling so I can't go back yet. Van 68"),
    ("children", "sensitive", "note",
     "Cust called re lost kids' club wristband, son Isaac (Year 4) dropped it at the pool. Reissued free."),
    ("children", "sensitive", "form",
     "Booking ref: BSH-29910 | Children: 3 (ages 4, 7 and 12) | Room type: Three-bed lodge | Notes: bunk beds "
     "preferred"),
    ("children", "sensitive", "call",
     "Caller: My son's booked into surf school, he's fifteen. || Agent: Then we'll need a parental consent "
     "form. || Caller: Can I sign it online?"),
    ("children", "sensitive", "voicemail",
     "Hi, it's Megan, ringing for my sister really. Her boy's just started secondary and he's coming to the "
     "park with a mate's family, does he need any ID to use the pool?"),
    ("children", "sensitive", "dm",
     "hi, the grown ups are going to the show friday, can our 13yo babysit her brother in the van or is "
     "there a rule"),
    ("children", "sensitive", "review",
     "Review (3/5): Mini disco was far too loud for our 18 month old, we had to leave. || Reply from "
     "Brackenholt Sands: Sorry about that, we now have ear defenders at the door."),
    ("children", "sensitive", "email",
     "Our daughter Ivy sits her 11+ on 12 September and we'd rather not be away the week before. Could we "
     "push the lodge back to the 19th?"),
    ("children", "sensitive", "chat",
     "our youngest is at nursery till 3 on fridays so we wont get there till late, is 7pm check in ok"),
    ("children", "sensitive", "sms",
     "Lost: pink scooter, belongs to my 7 yr old Poppy, last seen outside the arcade"),
    ("children", "sensitive", "note",
     "Parent in Lodge 3 asked us to remove her daughter's full name (Sienna, 10) from the kids' club "
     "winners board by the pool. Done."),
    ("children", "sensitive", "form",
     "Enquiry: Fishing | Message: My son Reuben is 12, does he need his own rod licence for the lake or is "
     "he covered under mine?"),
    ("children", "benign", "email",
     "Good morning, I'm the business manager at Coldharbour Primary. We'd like to book the top field for our "
     "leavers' trip in July, around 60 pupils and 8 staff. Could you send risk assessment info and prices?"),
    ("children", "benign", "chat",
     "what ages is the kids club for? just a general q, planning next years trip"),
    ("children", "benign", "sms",
     "Do u sell buckets and spades in the shop or is there somewhere in the village"),
    ("children", "benign", "form",
     "Name: Laura Vickers | Date of birth: 03/07/1988 | Membership type: Owners' club | Plot: K14"),
    ("children", "benign", "call",
     "Caller: Have you got any adults-only lodges? || Agent: Yes, the Heathland area. || Caller: Perfect, "
     "we're after peace and quiet."),
    ("children", "benign", "note",
     "Stock check: kids' club craft supplies low - glitter, glue sticks, card. Order placed with Crafty Bee."),
    ("children", "benign", "voicemail",
     "Hi, it's Graham, group leader for 3rd Westmoor Scouts. We'd like to book the camping field for the "
     "troop over the May bank holiday. Could you call me on 07700 900561?"),
    ("children", "benign", "dm",
     "whats included in the new Little Explorers package? is it just activities or food too"),
    ("children", "benign", "review",
     "Review (5/5): Felt like a big kid again on the go-karts, my wife beat me twice. || Reply from "
     "Brackenholt Sands: Rematch next year!"),
    ("children", "benign", "email",
     "It's my husband's 40th while we're staying - he's a big baby about birthdays but could we get balloons "
     "and a bottle of fizz in the lodge? Lodge 19, 4th August."),
    ("children", "benign", "chat",
     "kidding we'll take the bigger lodge lol can u upgrade us || Agent: Done, you're in Lodge 22 now."),
    ("children", "benign", "sms",
     "Do you hire bike trailers? want to tow the dog round the lake"),
    ("children", "benign", "form",
     "Enquiry: Safeguarding | Message: I'm a play leader at another park and wondered how you run your "
     "lost-child procedure. Professional curiosity, happy to share ours."),
    ("children", "benign", "note",
     "Caller asked in general whether kids' club staff are DBS checked. Not booking, just curious. Sent the "
     "policy link."),
    ("children", "benign", "call",
     "Caller: Our puppy's only twelve weeks, can he come in a dog-friendly lodge? || Agent: Yes, over eight "
     "weeks is fine. || Caller: Brilliant."),
    ("children", "benign", "voicemail",
     "Hiya, it's Aunty Jo's Bakery, we're dropping off the cupcakes for the kids' club party on Friday, "
     "where's best to unload the van?"),
    ("children", "benign", "dm",
     "is the toddler pool heated? asking for our holiday planning blog, writing a round-up of local parks"),
    ("children", "benign", "review",
     "Review (4/5): Quiet park in September, barely any kids around which suited us. || Reply from "
     "Brackenholt Sands: Autumn is lovely and peaceful here."),
    ("children", "benign", "email",
     "We're a couple with no children and want to avoid the busy weeks. When do the schools near you break "
     "up for summer this year?"),
    ("children", "benign", "chat",
     "does the shop sell calpol? || Agent: Yes, in the pharmacy aisle. || great, picking some up for my "
     "sister"),
    ("children", "benign", "sms",
     "my baby (the campervan 😂) needs a hook up pitch, 16amp?"),
    ("children", "benign", "form",
     "Birthday package | Name: Gemma Lowe | Celebrating: my own 30th | Date of birth: 22/09/1994"),
    ("children", "benign", "note",
     "Teen zone pool table cloth torn, cue tips missing. Maintenance job raised."),
    ("children", "benign", "call",
     "Caller: I used to come here as a kid in the eighties, is the old crazy golf still there? || Agent: It "
     "is, refurbished in 2019! || Caller: Ah brilliant."),
    ("children", "benign", "voicemail",
     "Hello, this is the school office at St Bride's Academy, confirming coach drop-off at 10am for the Year "
     "8 residential next Wednesday. Thank you."),
    ("children", "benign", "dm",
     "is Kids Eat Free running in september or just summer hols"),
    ("children", "benign", "review",
     "Review (3/5): Pool was full of screaming children at 10am, adult-only swim times would be nice. || "
     "Reply from Brackenholt Sands: We've added adult swims 7-8am from next month."),
    ("children", "benign", "email",
     "I'm a childminder so this week off on my own is very much needed! Do you have any single-person pods "
     "or small studios?"),
    ("children", "benign", "chat",
     "whats the toy shop by the entrance called? want to grab a present for my nephew before we go home"),
    ("children", "benign", "sms",
     "Are children allowed in the bar after 9? just checking the rule, we're an adults only group"),
    ("children", "benign", "form",
     "Group booking | Organisation: Pennine Youth Brass Band | Numbers: 35 players, 6 staff | Dates: 2-4 "
     "August | Needs: rehearsal space"),
    ("children", "benign", "note",
     "Owner asked for the playground gate spring to be fixed, it's slamming. Maintenance raised."),
    ("children", "benign", "call",
     "Caller: Is the soft play open to the public or residents only? || Agent: Residents and day pass "
     "holders. || Caller: Thanks, I'm writing a piece on the area for the Gazette."),
    ("children", "benign", "voicemail",
     "Hi, I run Tiny Toes baby sensory classes in town and wondered if I could hire the hall on Wednesday "
     "mornings. Give me a buzz, thanks."),
    ("children", "benign", "dm",
     "love the new playground pirate ship, wish i was 8 again 😂"),
    ("children", "benign", "review",
     "Review (5/5): Came with our grown-up kids, both in their thirties now, and had the best week. || "
     "Reply from Brackenholt Sands: Thanks Pauline, lovely to have the whole family."),
    ("children", "benign", "email",
     "Please could you correct the date of birth on my owner record? It says 1967 and it should be 1976. "
     "Makes me feel old! Derek Painter, plot N2"),
    ("children", "benign", "chat",
     "how much is a kids club session roughly? doing a price comparison of parks for a forum post"),
    ("children", "benign", "sms",
     "Teddy Bears Picnic event - indoor or out? Need to know for the PA hire, I'm the sound tech"),
    ("children", "benign", "form",
     "Complaint | Details: The playground floodlights shine straight into our bedroom all night. | Unit: "
     "Lodge 15"),
    ("children", "benign", "note",
     "Cust bought 3 kids' club gift vouchers as raffle prizes for the Fernley PTA summer fair. Posted out."),
    ("children", "benign", "call",
     "Caller: How old do you have to be to book a lodge? || Agent: The lead booker has to be 21 or over. || "
     "Caller: No problem, I'm 34."),
    ("children", "benign", "voicemail",
     "It's Paul from Junior League Kits, we supply the goal nets for the five-a-side pitch, calling about "
     "the replacement order."),
    ("children", "benign", "dm",
     "we're a child-free couple lol any quiet pitches away from the play area?"),
    ("children", "benign", "review",
     "Review (4/5): Bingo on Tuesday felt like being back at school, in a good way. || Reply from "
     "Brackenholt Sands: Eyes down again next year!"),
    ("children", "benign", "email",
     "I'm doing an adult college course in hospitality management. Could I interview your park manager for "
     "an assignment? Twenty minutes at most."),
    ("children", "benign", "chat",
     "do the lodges have baby gates? for our dog, she's a nightmare on stairs"),
    ("children", "benign", "sms",
     "Is the plant nursery down the lane still open? want some pots for the decking"),
    ("children", "benign", "form",
     "Name: Tom Hadley | Date of birth: 11/11/1999 | Request: Under-30s discount code"),
    ("children", "benign", "note",
     "Half-term planning: kids' club rota needs two extra leaders w/c 28 Oct. Ask agency."),
    # ---- special_categories
    ("special_categories", "sensitive", "email",
     "Hello, our stay falls in Ramadan this year. Would the clubhouse kitchen be able to stay open a little "
     "later so we can break our fast after sunset? Otherwise we'll cook in the lodge, no problem. Aisha M."),
    ("special_categories", "sensitive", "chat",
     "is there a halal butcher anywhere near? we only eat halal so want to stock the lodge fridge on arrival"),
    ("special_categories", "sensitive", "sms",
     "Can we arrive after dark Sat instead? We keep Shabbat so won't be driving till it's out. Lodge 8, "
     "Rosen"),
    ("special_categories", "sensitive", "note",
     "Guest (Lodge 5) asked for a quiet room for morning prayers; offered meeting room 7-8am. Also mentioned "
     "he's an initiated Sikh and wears a kirpan, asked that pool staff be made aware. Done."),
    ("special_categories", "sensitive", "form",
     "Dietary requirements: No beef at all please, we're Hindu and my mother is very strict | Party size: 4 "
     "adults | Occasion: Anniversary"),
    ("special_categories", "sensitive", "call",
     "Caller: As Jehovah's Witnesses we don't do Christmas. || Agent: Understood. || Caller: So could the "
     "winter welcome hamper come without the crackers and the nativity card?"),
    ("special_categories", "sensitive", "voicemail",
     "Hi, it's Declan, van 30. Could I swap my Sunday kayak slot? I'm at Mass at ten in the village and "
     "won't be back till half eleven. Cheers."),
    ("special_categories", "sensitive", "dm",
     "does the bar do any decent alcohol free stuff? i converted to islam last yr and lemonade gets boring"),
    ("special_categories", "sensitive", "review",
     "Review (5/5): As an observant Jewish family we were touched that the cafe sourced kosher sandwiches "
     "for us without any fuss. || Reply from Brackenholt Sands: It was a pleasure, see you next summer."),
    ("special_categories", "sensitive", "chat",
     "Agent: Anything else I can help with? || yes actually, I'm Buddhist and meditate at dawn, is there a "
     "spot on the headland where I won't be in anyone's way?"),
    ("special_categories", "sensitive", "email",
     "My parents will arrive a day before us and they only speak Punjabi. Is there anyone on reception who "
     "could help them check in, or can I stay on the phone to translate?"),
    ("special_categories", "sensitive", "chat",
     "my mum's polish and her english isnt great, any chance of the welcome pack in polish? || Agent: We "
     "have a translated site map, I'll put one in."),
    ("special_categories", "sensitive", "note",
     "Caller said they're a Romany Gypsy family and were turned away from another park last year, wanted "
     "reassurance they'd be welcome here. Confirmed booking and pitch numbers."),
    ("special_categories", "sensitive", "sms",
     "Hi is the ladies only swim still on weds? my wife is Somali and only swims with women present"),
    ("special_categories", "sensitive", "form",
     "Other needs | Message: We're an Irish Traveller family coming with our own tourers, please could we "
     "be put together with my cousins on pitches 80 to 82?"),
    ("special_categories", "sensitive", "call",
     "Caller: My husband's Nigerian, and when he went to reception alone they asked for his passport. || "
     "Agent: That shouldn't happen. || Caller: They never asked me for anything."),
    ("special_categories", "sensitive", "voicemail",
     "Hello, sorry my English not so good, I am from Hong Kong, moved here last year. I book the lodge for "
     "my family, booking name Wong. Please call my daughter, she speaks better."),
    ("special_categories", "sensitive", "dm",
     "im a welsh speaker and my nain only really reads welsh, any chance of bilingual signs in the lodges?"),
    ("special_categories", "sensitive", "review",
     "Review (3/5): Nice lodge but as a Black family we were the only ones asked for wristbands at the pool "
     "gate. || Reply from Brackenholt Sands: We're sorry, we're looking into this with the pool team."),
    ("special_categories", "sensitive", "email",
     "I'm standing as an independent candidate for the Westmoor seat in May. Please could my name be taken "
     "off the owners' noticeboard list? I'm getting enough hassle as it is. Thanks, Clive Hurrell"),
    ("special_categories", "sensitive", "chat",
     "can i put a People's Coast Party poster in my van window? im on the local committee and election's "
     "coming up || Agent: Site rules don't allow window posters I'm afraid."),
    ("special_categories", "sensitive", "note",
     "Cust (van 62) is in the Tidewatch climate group and joined the protest outside the park's planning "
     "hearing. Asked if that affects her owner agreement. Told her no."),
    ("special_categories", "sensitive", "sms",
     "Running late, stuck in the peace march through town, will be there by 7"),
    ("special_categories", "sensitive", "form",
     "Booking ref: BSH-70321 | Notes: Two of us are off to the Unity Party conference on the Saturday so "
     "we'll miss the BBQ, please don't charge us for it."),
    ("special_categories", "sensitive", "call",
     "Caller: I go canvassing for the Northern Independents most weekends. || Agent: Right. || Caller: So "
     "could I have a flexible check-out on the Sunday?"),
    ("special_categories", "sensitive", "voicemail",
     "It's Bernard, plot G7. Someone's torn down my republican flag again. I'm entitled to my views and I "
     "want it looked at properly this time."),
    ("special_categories", "sensitive", "dm",
     "lifelong lefty here and your owners facebook group is full of right wing rubbish, do u moderate it or what"),
    ("special_categories", "sensitive", "email",
     "I'm the rep for the Coastal Workers' Union at our depot and there's a ballot meeting I can't miss on "
     "the 14th. Could we move the lodge to the following weekend?"),
    ("special_categories", "sensitive", "chat",
     "do u do a discount for union members? im in the Teachers and Lecturers Union"),
    ("special_categories", "sensitive", "note",
     "Cust mentioned she's a union rep at the hospital and the picket day's been moved, asked to extend by "
     "one night. Extended, lodge 26."),
    ("special_categories", "sensitive", "sms",
     "were out on strike weds so we'll come a day early if the vans free. union's called off thurs"),
    ("special_categories", "sensitive", "form",
     "Discount code: FTU-MEMBER | Membership number: 44218 | Notes: Firefighters' Trade Union member offer "
     "from your website"),
    ("special_categories", "sensitive", "call",
     "Caller: I'm a delegate at our union conference that week. || Agent: So you'd like to change dates? || "
     "Caller: Yes, I'm back on the Thursday."),
    ("special_categories", "sensitive", "voicemail",
     "Hi, it's Siobhan, I'm branch secretary for the union at work but this is personal, nothing to do with "
     "them. Can I move my lodge booking to October?"),
    ("special_categories", "sensitive", "email",
     "My husband and I (both blokes, before reception asks again!) booked the anniversary package. Could the "
     "cake say 'Happy 10 years Rhys & Owen' instead of Mr & Mrs?"),
    ("special_categories", "sensitive", "chat",
     "me and my girlfriend want the romantic lodge package but the form only lets u pick husband or wife. im "
     "a girl too lol what do we put"),
    ("special_categories", "sensitive", "note",
     "Guest asked that we not mention his partner (male) if we ring the home landline, he's not out to his "
     "family yet. Mobile only. Added to booking notes."),
    ("special_categories", "sensitive", "sms",
     "Booking under Jo Pratt. My wife Sam will check in first, same surname. Sam's a woman btw, reception "
     "got in a muddle last time!"),
    ("special_categories", "sensitive", "form",
     "Celebration: Civil partnership anniversary | Names: Gareth and Marcus Llewellyn-Shaw | Extras: "
     "prosecco and flowers"),
    ("special_categories", "sensitive", "call",
     "Caller: I'm bi, and last visit one of your bar staff made comments when I kissed my girlfriend. || "
     "Agent: I'm really sorry. || Caller: I just want to know it won't happen again."),
    ("special_categories", "sensitive", "voicemail",
     "Hi, it's Dominic. I'm bringing my boyfriend to meet Mum and Dad at their van for the first time, could "
     "we possibly rent the lodge next door so it's not too full on?"),
    ("special_categories", "sensitive", "dm",
     "are you lgbt friendly? we're a lesbian couple and just want to hold hands round the site without the "
     "stares"),
    ("special_categories", "sensitive", "review",
     "Review (5/5): As a gay couple in our sixties we weren't sure what to expect, but we felt completely at "
     "home. || Reply from Brackenholt Sands: That means a lot, thank you Peter and Alan."),
    ("special_categories", "sensitive", "note",
     "Mrs Okonjo asked to swap the second name on the booking from her ex-husband to her girlfriend, Leanne "
     "Marsh. Updated."),
    ("special_categories", "sensitive", "email",
     "Is the hot tub lodge properly private? My wife and I are swingers and we'd like another couple to "
     "join us one evening, so we need to know the neighbours can't see in."),
    ("special_categories", "sensitive", "chat",
     "does the romantic escape pack include condoms or do we bring our own 😂 planning a busy weekend"),
    ("special_categories", "sensitive", "note",
     "Guest complained the walls of Lodge 44 are thin, said she and her husband are trying for a baby and "
     "don't want the neighbours hearing. Offered Lodge 50 (detached)."),
    ("special_categories", "sensitive", "sms",
     "did housekeeping find a vibrator under the pillow in van 3? bit mortifying but its not a cheap one"),
    ("special_categories", "sensitive", "form",
     "Special requests: We're in an open relationship and a third person will join us on the Saturday night. "
     "Is that OK with the occupancy rules for a 2-berth?"),
    ("special_categories", "sensitive", "call",
     "Caller: There are three of us, we're polyamorous. || Agent: No problem at all. || Caller: Can all "
     "three names go on the lodge booking then?"),
    ("special_categories", "sensitive", "email",
     "I'm trans and partway through transition, so my passport still has my old name. Can I check in with "
     "my deed poll and driving licence instead?"),
    ("special_categories", "sensitive", "chat",
     "which changing room do i use at the pool? im non binary and the family cubicles are always full"),
    ("special_categories", "sensitive", "note",
     "Cust asked for title on account to change Mr to Mx and first name Daniel to Dani. Told them no "
     "gender recognition paperwork needed. Updated."),
    ("special_categories", "sensitive", "sms",
     "Please update the booking to Ms Alexandra Reed. I've transitioned since I last stayed, the old name "
     "was Alexander"),
    ("special_categories", "sensitive", "form",
     "Title: Mx | Pronouns: they/them | Message: Please tell the entertainment team - last year I was called "
     "'sir' on stage over and over."),
    ("special_categories", "sensitive", "call",
     "Caller: My wife's transgender and she's nervous about the women's changing rooms. || Agent: We have "
     "private cubicles. || Caller: Could someone show her where on arrival?"),
    ("special_categories", "sensitive", "voicemail",
     "Hi, Robyn here. I booked last year under my deadname by mistake, can the owners' club membership be "
     "moved to my real name please?"),
    ("special_categories", "sensitive", "review",
     "Review (4/5): As a trans woman I was anxious about the shower block but the private cubicles made all "
     "the difference. || Reply from Brackenholt Sands: Thank you, we're so glad."),
    ("special_categories", "sensitive", "email",
     "This is a bit delicate. A DNA ancestry kit has just matched me with a half-brother I never knew about, "
     "and he owns a van at your park. Could you pass my number on to him? Ellen Cartwright"),
    ("special_categories", "sensitive", "chat",
     "not really booking related but just so u know why we'll be out all tuesday - genetic test came back, "
     "we're both CF carriers so got the clinic in plymouth"),
    ("special_categories", "sensitive", "note",
     "Owner (plot K2) asked reception to hold post from a paternity testing lab while he's away, said the DNA "
     "result confirms he's the father and it's sensitive."),
    ("special_categories", "sensitive", "sms",
     "got my ancestry dna results back - 40% irish apparently!! so defo booking the St Paddys night lol"),
    ("special_categories", "sensitive", "form",
     "Medical/other info: I carry the Factor V Leiden gene so I'll need to get up and walk on the coach "
     "excursion | Excursion: Harbour day trip"),
    ("special_categories", "sensitive", "voicemail",
     "Hello, it's Mrs Beattie. My sister and I have just had our DNA results and it turns out we're only "
     "half sisters. It's all rather raw. Could we switch to two separate lodges?"),
    ("special_categories", "sensitive", "email",
     "Your new gym entry took my fingerprint on Monday without really explaining. I don't want it stored. "
     "Please delete it and give me a card instead."),
    ("special_categories", "sensitive", "chat",
     "the face scan barrier wont recognise me anymore || Agent: When did you register? || back in march, "
     "worked fine till this week"),
    ("special_categories", "sensitive", "note",
     "Cust (Lodge 29) submitted a SAR for the facial template the barrier system holds on her. Passed to "
     "data protection lead."),
    ("special_categories", "sensitive", "sms",
     "my fingerprint isnt opening the smart lock on van 12 anymore, registered it last week"),
    ("special_categories", "sensitive", "form",
     "Data request | Details: Please confirm whether my voiceprint from the phone payment verification is "
     "stored and, if so, delete it."),
    ("special_categories", "sensitive", "call",
     "Caller: The spa scanned my palm twice at check-in. || Agent: That's the new vein reader. || Caller: I "
     "never agreed to that, I want my scan removed."),
    ("special_categories", "benign", "email",
     "Dear Bookings, I'm parish secretary at St Michael's, Fernley. We'd like to hire the function hall for "
     "our summer fete committee lunch on 6 July, about 30 people. Could you send availability?"),
    ("special_categories", "benign", "chat",
     "is the easter egg hunt sat or sun? || Agent: Sunday, 10am on the village green. || ta"),
    ("special_categories", "benign", "sms",
     "what time is the carol singalong in the clubhouse? want to get to the bar before it gets rammed lol"),
    ("special_categories", "benign", "note",
     "Caller asked if the park has a multi-faith room, general enquiry while comparing parks. Advised no; "
     "meeting room can be hired by the hour."),
    ("special_categories", "benign", "form",
     "Event enquiry | Organisation: Westmoor Interfaith Forum | Event: AGM and lunch | Guests: 25 | Date: "
     "14 March"),
    ("special_categories", "benign", "call",
     "Caller: Do you still do the Sunday roast? || Agent: Twelve till three. || Caller: Heaven. Table for "
     "four at one, please."),
    ("special_categories", "benign", "voicemail",
     "Hi, it's Meena from the Fernley Community Centre Diwali committee, we're after info on your fireworks "
     "display times so we don't clash with ours. Thanks."),
    ("special_categories", "benign", "dm",
     "the new Sanctuary spa lodge looks divine 😍 how much for 3 nights in oct"),
    ("special_categories", "benign", "review",
     "Review (5/5): The Holy Moly hot chocolate in the cafe is a religious experience. || Reply from "
     "Brackenholt Sands: Amen to that!"),
    ("special_categories", "benign", "email",
     "I'm organising a corporate retreat for 80 delegates and don't have their dietary forms yet. Can your "
     "caterers cover halal, kosher and vegan on request, and how much notice do you need?"),
    ("special_categories", "benign", "chat",
     "do u sell furniture polish in the shop? the table in our van is all sticky from the last lot"),
    ("special_categories", "benign", "sms",
     "Is the Indian takeaway in the village any good? thinking of getting it delivered to the lodge"),
    ("special_categories", "benign", "note",
     "Welcome packs: reprint 20 in French and German for the Lyon coach tour group arriving Friday."),
    ("special_categories", "benign", "form",
     "Enquiry: Languages | Message: Do any reception staff speak languages besides English? I run a language "
     "exchange meetup and we're looking at a group weekend."),
    ("special_categories", "benign", "call",
     "Caller: Can I book six for the Caribbean night at the bar? || Agent: Saturday? || Caller: Yes, and is "
     "the steel band on again?"),
    ("special_categories", "benign", "voicemail",
     "Hiya, it's Bríd from the Galway Road Irish dancing troupe, about our performance slot on Saturday, "
     "can we do 8 instead of 7?"),
    ("special_categories", "benign", "dm",
     "are chinese lanterns allowed at the beach fire pits? worried about the birds tbh"),
    ("special_categories", "benign", "review",
     "Review (4/5): Loved the Scottish ceilidh night, sore feet but worth it. || Reply from Brackenholt "
     "Sands: Back in August with the same band!"),
    ("special_categories", "benign", "email",
     "The French doors on Lodge 9 won't lock properly, the handle just spins. Could someone take a look "
     "today?"),
    ("special_categories", "benign", "email",
     "I'm the agent for the Westmoor branch of the People's Coast Party. We'd like to hire the clubhouse for "
     "an open hustings on 2 May with all candidates invited. What's the room hire cost?"),
    ("special_categories", "benign", "chat",
     "how do i vote in the owners committee election? is there a list of who's standing"),
    ("special_categories", "benign", "sms",
     "conservative estimate we'll be with you by 4, M5 is a car park"),
    ("special_categories", "benign", "note",
     "Owner complaint: neighbour's flagpole on plot G9 over the 2.4m limit in site rules. Letter sent."),
    ("special_categories", "benign", "form",
     "Enquiry: Polling station | Message: Westmoor Council asks if the clubhouse can be used as a polling "
     "station for the by-election again, 7am-10pm on the day."),
    ("special_categories", "benign", "call",
     "Caller: Your Green Credentials badge on the website, is that the solar panels? || Agent: Solar and the "
     "rainwater system. || Caller: Nice."),
    ("special_categories", "benign", "voicemail",
     "Hi, we'd like to book the Parliament View lodge again, the one looking over the estuary, for the "
     "first week in September."),
    ("special_categories", "benign", "dm",
     "the debate at quiz night got so heated over whether a hot dog is a sandwich 😂 best night"),
    ("special_categories", "benign", "email",
     "Ordering for the Westmoor branch of the Coastal Workers' Union: 40 day passes and the small hall for "
     "our annual family fun day on 10 August. Please invoice the branch."),
    ("special_categories", "benign", "chat",
     "do u sell union jack bunting? doing the VE day party on our decking"),
    ("special_categories", "benign", "sms",
     "any chance of a strike at the bowling tonight lol hubby's rubbish. open till 10?"),
    ("special_categories", "benign", "note",
     "Bus strike Tues - push app notice to arriving guests that the X12 won't run, taxi numbers at reception."),
    ("special_categories", "benign", "form",
     "Organisation: Lakeside Credit Union | Enquiry: Staff away day for 18 | Date: 20 June"),
    ("special_categories", "benign", "call",
     "Caller: Are your seasonal staff unionised? || Agent: I'd have to ask HR. || Caller: It's for my "
     "dissertation on coastal tourism jobs."),
    ("special_categories", "benign", "voicemail",
     "Message for events: the Students' Union at Westmoor College wants a quote for the freshers' coach "
     "trip in late September."),
    ("special_categories", "benign", "email",
     "My business partner and I run a small catering firm and would love to quote for the owners' summer "
     "BBQ. Who should we speak to?"),
    ("special_categories", "benign", "chat",
     "are you doing anything for pride month? || Agent: Yes, a rainbow disco on the 21st. || nice, what "
     "time"),
    ("special_categories", "benign", "sms",
     "Mr and Mrs Hale arriving Fri about 3, lodge 4. Can we get the parking permit early"),
    ("special_categories", "benign", "note",
     "Rainbow Lodges (the colourful new units by the lake): three reports of peeling paint on the purple "
     "one. Painter booked."),
    ("special_categories", "benign", "form",
     "Event enquiry | Organisation: Westmoor LGBT+ Network | Event: Summer social | Guests: 60 | Needs: "
     "bar and DJ"),
    ("special_categories", "benign", "call",
     "Caller: Can I add my partner as a second driver on the buggy hire? || Agent: Sure, name? || Caller: "
     "Chris Dunne."),
    ("special_categories", "benign", "voicemail",
     "Hi, the Gay Gordons at Friday's ceilidh, will there be someone calling the steps? None of us have a "
     "clue."),
    ("special_categories", "benign", "dm",
     "is the couples retreat package for any couple or married only? just a general q"),
    ("special_categories", "benign", "review",
     "Review (5/5): Cosy lodge, the hot tub was heaven after a long walk. || Reply from Brackenholt Sands: "
     "Thanks Chris, come back soon!"),
    ("special_categories", "benign", "note",
     "Owners' association asked how joint ownership works when two partners own a van, for their handbook. "
     "Sent the standard transfer guidance."),
    ("special_categories", "benign", "email",
     "Is the Hot Stuff chilli eating contest on again this summer? My brother-in-law wants revenge."),
    ("special_categories", "benign", "chat",
     "the lost dog poster by reception, do you know if its a boy or girl dog? think i saw it by the lake"),
    ("special_categories", "benign", "sms",
     "romantic package for our anniversary pls, flowers and champagne, lodge 11, fri"),
    ("special_categories", "benign", "note",
     "Heathland adults-only area: rule reminder signage faded, reprint and replace before Easter."),
    ("special_categories", "benign", "form",
     "Enquiry: Spa | Message: Is the Sensual Aromatherapy massage available as a couples treatment on "
     "Saturdays?"),
    ("special_categories", "benign", "voicemail",
     "Hi, we're in the honeymoon suite, just got married Saturday, could we add a late check-out on "
     "Wednesday? Thanks!"),
    ("special_categories", "benign", "email",
     "We're bringing a Transit with a bike rack. Will it fit on the hardstanding at pitch 52 or do we need "
     "the longer one?"),
    ("special_categories", "benign", "chat",
     "can i transfer my booking to a mate? shes taking it over || Agent: Yes, there's a £15 name change fee."),
    ("special_categories", "benign", "sms",
     "Whats the dress code for drag queen bingo Fri? is fancy dress expected or optional"),
    ("special_categories", "benign", "note",
     "Pool changing village: signs to be updated to 'all-gender cubicles' per the accessibility review."),
    ("special_categories", "benign", "form",
     "Title: Ms | Name: Francesca Holt | Request: Please update my surname after my wedding (was Finch)"),
    ("special_categories", "benign", "call",
     "Caller: Do you have gender-neutral toilets near the arcade? || Agent: Yes, by the cafe. || Caller: "
     "Thanks, it's for the access section of my travel blog."),
    ("special_categories", "benign", "voicemail",
     "Hi, Joanne Pike here, the website put me down as Mr instead of Mrs, the box defaulted. Could you fix "
     "it? Cheers."),
    ("special_categories", "benign", "review",
     "Review (4/5): The panto dame was hilarious, the rest of the show a bit long. || Reply from Brackenholt "
     "Sands: Oh yes it was! Thanks for coming."),
    ("special_categories", "benign", "email",
     "Is there a local history society nearby? I'm researching my family tree and my great-grandad worked "
     "on the old branch line past your park."),
    ("special_categories", "benign", "chat",
     "left my jeans in the drying room, dark blue skinny ones || Agent: Got them, they're at reception."),
    ("special_categories", "benign", "sms",
     "sea views are the DNA of this place lol, any beach-facing lodges left for aug?"),
    ("special_categories", "benign", "note",
     "Cust asked for the Brackenholt Heritage Trail leaflet about the park's farming history. Gave copy."),
    ("special_categories", "benign", "form",
     "Enquiry: Pets | Message: Any breed restrictions? Our dog's a cross, the vet's DNA test says mostly "
     "lurcher."),
    ("special_categories", "benign", "call",
     "Caller: Our family's been coming here three generations now. || Agent: Wonderful! || Caller: Is there "
     "a loyalty discount for that sort of thing?"),
    ("special_categories", "benign", "email",
     "Before I buy a van on site: does the park use facial recognition at the barrier or on the CCTV? Just "
     "a general privacy question."),
    ("special_categories", "benign", "chat",
     "can i book a facial at the spa for saturday morning? || Agent: 10:30 is free. || perfect"),
    ("special_categories", "benign", "sms",
     "fingerprints all over the lodge glass door when we got here, can housekeeping give it a wipe"),
    ("special_categories", "benign", "note",
     "App update 4.2: owners can log in with Face ID or fingerprint on their own phones; the park stores no "
     "biometric data. Update FAQ."),
    ("special_categories", "benign", "form",
     "Lost property | Item: iPad in green case, locked so can't identify owner | Found: games room | Handed "
     "in by: staff"),
    ("special_categories", "benign", "voicemail",
     "Hi, it's Retina Opticians in town, we're sponsoring the summer fete and need to drop our banner off. "
     "Which gate's best?"),
]


def wath_examples() -> list[dict]:
    """The wath split as labelled tickets (same shape as ``sensitive_eval.build_eval_set``'s)."""
    return stranger_examples("wath", ENTRIES, SUBJECTS)
