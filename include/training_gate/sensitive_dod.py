"""dod split: written by a helper who had not seen the detection rules, the anchors or any other split.
Setting: Corrie Mobile, a mobile phone and home broadband provider (contracts, SIM-only, upgrades and trade-ins,
roaming, engineer visits, outages, number porting, bill shock, parental controls, priority support, shop visits);
registers are email, chat, sms, call, note, form, review, voicemail and dm.
The benign half uses the same words in passing: product names, idioms, organisations acting as organisations,
general policy questions, agent boilerplate and routine payment or fault trouble.
70 sensitive and 70 benign tickets for special categories, 50 and 50 for children, 20 and 20 for financial hardship,
15 and 15 for health, legal, bereavement and violence and self-harm.
First reading (policy 2026.11.24.7, after it was final; `sensitive_eval.evaluate`, as `make eval-sensitive`):
94.0 / 1.5 recall / false exclusion in % as shipped, 94.0 / 2.0 without the overruling,
91.0 / 2.0 by the rules alone. Waits for the next round (tuned and trained on after this reading)."""

from __future__ import annotations

from training_gate.sensitive_blind import stranger_examples

SUBJECTS: tuple[str, ...] = (
    "SIM-only plan renewal",
    "Handset upgrade and trade-in",
    "Roaming charges on my last bill",
    "Engineer visit for home broadband",
    "Broadband outage in my area",
    "Porting my number from another network",
    "Unexpected charges on my bill",
    "Parental controls on a family plan",
    "Accessibility and priority support",
    "Shop appointment booking",
    "Cancelling my contract",
    "Lost or stolen phone",
    "Account security and ID checks",
    "Change of account holder",
)

ENTRIES: list[tuple[str, str, str, str]] = [
    # ---- health
    ("health", "sensitive", "email",
     "Hi, I need to move the engineer visit booked for the 14th. I'll be in Calderside General having my "
     "hip replaced that week and won't be home until the 19th at the earliest, maybe later if the physio "
     "says so. Could you do the 21st or after? Thanks, Brenda Ashworth (acc CM-118204)"),
    ("health", "sensitive", "chat",
     "hi can i add a second sim to my plan || Agent: Of course! Is it for someone in your household? || "
     "yeah my mum, she moved in with us after the stroke so she needs something really simple, big "
     "buttons, and it has to have the SOS button because her left side is still weak || Agent: Understood. "
     "The Corrie Easy 2 has a large keypad and an SOS key on the back. I can add it as a second line at £8 "
     "a month."),
    ("health", "sensitive", "note",
     "Priority support flag added at cust's request. Mr Okonjo-Reeve is registered blind (since 2019) and "
     "uses a screen reader; bills to go out as audio + tagged PDF, no image-only letters. Also set "
     "engineer visits to call-ahead 30 mins."),
    ("health", "sensitive", "sms",
     "cant make the shop appt tmrw sorry, chemo got moved to thurs and im wiped out for days after. can we "
     "do the week after? - Dee"),
    ("health", "sensitive", "voicemail",
     "Voicemail transcript: Hello, this is Gareth Pryce, account ending 4471. I'm ringing about the "
     "roaming bill, it's over three hundred pounds, but I was stuck in a hospital in Lisbon for nine days "
     "after I broke my leg in two places and the only way to talk to my family was on data. Could somebody "
     "call me back on 07700 900318? Thanks."),
    ("health", "sensitive", "form",
     "Contact reason: Other. Details: I take lithium and the pharmacy sends a text reminder when my bloods "
     "are due. Since the new spam filter went on, those texts go into 'blocked'. Please can you whitelist "
     "the pharmacy short code so I don't miss a blood test again. Name: R. Thistlewood"),
    ("health", "sensitive", "chat",
     "my wife is 32 weeks and the midwife needs to be able to reach us, broadband has been down 4 days and "
     "theres no mobile signal in the house either. can an engineer come sooner than the 18th?? || Agent: I "
     "completely understand the urgency. I've moved you to the priority repair queue and booked tomorrow "
     "8-12. In the meantime I can post a 4G Home Hub to the shop on Mill Street for pickup today. || yes "
     "please, thank you"),
    ("health", "sensitive", "call",
     "Agent: Corrie Mobile, you're through to Femi, how can I help? || Caller: Hi, I want to take the "
     "insurance off my phone, the £9 one. || Agent: No problem. Can I ask what's prompted it? We do have a "
     "cheaper tier. || Caller: Honestly, since the anxiety got bad I barely leave the flat. I'm not going "
     "to drop it on a night out, am I. || Agent: That's fair. I've removed it from your next bill."),
    ("health", "sensitive", "review",
     "2 stars. Signal's fine but the Harrowby shop has three steps at the front and no ramp. As a "
     "wheelchair user I had to do my whole upgrade on the pavement with the assistant crouching next to "
     "me. || Agent: Ms Lindqvist, we're really sorry. We've raised this with our estates team and the "
     "store now has a portable ramp; please ask for it at the door."),
    ("health", "sensitive", "dm",
     "@CorrieMobile my dad has dementia and keeps ringing the premium numbers off the quiz channel, £180 "
     "this month alone. is there a way to bar them on his landline? ive dm'd his acc number || Agent: "
     "Sorry to hear about your dad. We've barred premium-rate numbers on his line and refunded this "
     "month's premium calls as a one-off."),
    ("health", "sensitive", "email",
     "Dear Sir or Madam, my hearing has got much worse this year and I now have cochlear implants in both "
     "ears. I can no longer manage the automated phone verification. Please switch my account security to "
     "text or email only and add a note that I use Relay UK. Yours faithfully, Walter Benning"),
    ("health", "sensitive", "chat",
     "hello, i am need to stop my contract for 3 month please. in may i have operation on my heart and the "
     "doctor say i must rest, no work, i will stay with my sister. i dont use phone much this time || "
     "Agent: I'm sorry to hear that, and I hope it goes well. We can't pause a contract, but I can move "
     "you to our £5 Minimum plan for three months and back again afterwards. || ok this is good thank you"),
    ("health", "sensitive", "note",
     "Cust's husband called on her behalf: she is recovering from a concussion after a fall and can't look "
     "at screens for a few weeks. Third-party authority added for 60 days on her email confirmation. "
     "Outage credit applied."),
    ("health", "sensitive", "chat",
     "Is the new Corrie Flip compatible with hearing aids? || Agent: It is, it has an M4/T4 rating. Is it "
     "for yourself? || For me. I've had moderate loss in both ears since the meningitis and my last phone "
     "whistled constantly through the aids. || Agent: The Flip should be much better. You can also try it "
     "in store first."),
    ("health", "sensitive", "sms",
     "Hi it's Priya, acc 220914. Could the engineer text rather than ring tomorrow? I'm 3 days post-op "
     "from a tonsillectomy and literally can't talk. Thx || Agent: No problem Priya, I've added a "
     "text-only note to the job. Hope you feel better soon."),
    ("health", "benign", "chat",
     "Does the Corrie Health+ add-on zero-rate the NHS app, or does that still come out of my data "
     "allowance? Trying to work out if it's worth the £2. || Agent: Good question! Health+ zero-rates the "
     "NHS app and NHS 111 online, so no data is used for those. || ok might add it then"),
    ("health", "benign", "email",
     "Hello, I'm the practice manager at Ashbrook Medical Practice. We need two additional business lines "
     "and a faster broadband package before our new reception booking system goes live on 3 March. Please "
     "could someone from the business team call me on 07700 900262. Many thanks, Nadia Fenwick"),
    ("health", "benign", "review",
     "Five stars for the Calderside shop. Battery health on the refurbished handset shows 100%, trade-in "
     "value for my old one was fair, and Rhys explained everything without any pressure."),
    ("health", "benign", "chat",
     "my router is sick, lights flashing orange all evening || Agent: Sorry to hear it's poorly! Let me "
     "run a line health check from our side... || it says healthy now?? || Agent: Yes, all green. There "
     "was a short fault at the cabinet that's now cleared. Give it a restart and it should be happy again."),
    ("health", "benign", "note",
     "Caller asked in general terms what accessibility options we offer (large-print bills, Relay UK, "
     "priority fault repair, BSL video) before deciding whether to switch from her current provider. Sent "
     "accessibility leaflet link to her email."),
    ("health", "benign", "sms",
     "Is the Mill Street shop, the one opposite the hospital car park, still open on Sundays? Need to swap "
     "my SIM for an eSIM. || Agent: Yes, 10am-4pm on Sundays. Bring photo ID for the eSIM swap."),
    ("health", "benign", "form",
     "Request type: Engineer visit. Site: Brackenfield Care Home (business account CM-B-5521). Access "
     "notes: all visitors must sign in at reception and wear a badge; park in bays marked Visitors. "
     "Preferred slot: weekday mornings."),
    ("health", "benign", "email",
     "Hi, I'm a physiotherapist running a mobile clinic from a converted van around the Westmarch "
     "villages. I need a data SIM with the best rural coverage you have, plus a card-machine SIM. What "
     "would you recommend? Cheers, Owain"),
    ("health", "benign", "dm",
     "the outage last night nearly gave me a heart attack, thought the router had died for good 😅 all back "
     "now, thanks for the quick fix"),
    ("health", "benign", "chat",
     "Do you sell any phones with fall detection? Looking at options for a present and want to compare a "
     "few. || Agent: The Corrie Easy 2 and the Zephyr 4 both have fall detection that can alert a chosen "
     "contact. || great, can you send me the spec sheets"),
    ("health", "benign", "note",
     "Customer asked how the Wellbeing screen-time feature in the Corrie Home app works. Walked through "
     "setting quiet hours on the router and pausing devices at bedtime. No further action."),
    ("health", "benign", "chat",
     "I work nights, can the engineer come in the afternoon instead of 8am? || Agent: Absolutely, I've got "
     "1-5pm on Thursday. || perfect, that works"),
    ("health", "benign", "voicemail",
     "Voicemail: Hi, it's Marcus from Dunmere Pharmacy on the high street. We've got your business "
     "broadband and the card machine keeps dropping out at the counter, about every twenty minutes. Could "
     "someone call the shop back on 07700 900214? Thanks."),
    ("health", "benign", "review",
     "1 star for the 'digital detox' bundle. Paying extra so the app can nag me to put my phone down is a "
     "gimmick. Just give me faster broadband."),
    ("health", "benign", "email",
     "I'm writing a guide on telecoms accessibility for our residents' association newsletter. Could you "
     "confirm what evidence, if any, is needed to join your Priority Support register, and whether it "
     "covers broadband faults as well as mobile? Thanks, Colin Ames, Weir Lane Residents' Association"),
    # ---- legal
    ("legal", "sensitive", "email",
     "Please stop sending my bills to 27 Kestrel Road. My solicitor has told me not to have any direct "
     "contact with my ex while the divorce is going through, and she's still opening my post there. New "
     "address: Flat 3, 9 Anchor Street, Harrowby. Regards, Neil Sparrow"),
    ("legal", "sensitive", "chat",
     "how do i get my call logs from march? || Agent: You can download itemised usage for the last 12 "
     "months from My Corrie under Bills. Is there a particular date you need? || the 9th and 10th. my "
     "court date is in 3 weeks and my barrister says the logs prove i was at work not where they say i was "
     "|| Agent: Understood. If you need a stamped copy for court I can request a certified statement, it "
     "takes 5 working days."),
    ("legal", "sensitive", "note",
     "Production order received from Westmarch CID (DC Hallam), ref WM/2231, for subscriber and cell-site "
     "data on 07700 900381. Forwarded to Law Enforcement Liaison. Do not disclose the request to the "
     "account holder."),
    ("legal", "sensitive", "sms",
     "hi my phone got seized when i was arrested last week and its still in police evidence, can i pause "
     "the contract til i get it back or at least get a sim for an old handset || Agent: Sorry to hear "
     "that. We can't pause the contract, but I can post a replacement SIM to use in another handset "
     "meanwhile."),
    ("legal", "sensitive", "call",
     "Agent: Thanks for calling Corrie Mobile, it's Lauren. || Caller: Hiya, I need a new SIM for my son's "
     "line. It's on my account. || Agent: Has the old one been lost? || Caller: Sort of. He's just come "
     "out of prison, did eighteen months, and the number got cancelled for not being used. Can he get the "
     "same number back? || Agent: If it's within six months we can usually reclaim it, let me check."),
    ("legal", "sensitive", "form",
     "Complaint category: Billing dispute. Details: I have issued a claim against Corrie Mobile in the "
     "county court for the £640 early termination fee, claim number F4QZ71. Please pass this to your legal "
     "department and confirm who will accept service. Name: Harriet Coombes"),
    ("legal", "sensitive", "dm",
     "I've got a restraining order in place and the judge said I should change my number as a precaution. "
     "can I get a new number without it counting as a new contract? please don't reply publicly || Agent: "
     "We've sent you a DM. A number change for safety reasons is free and doesn't affect your contract."),
    ("legal", "sensitive", "chat",
     "hello need to change the account holder name || Agent: Sure, is this because of a marriage or a deed "
     "poll? || neither. decree absolute came through last month, the account was in both our names and I "
     "want his off it || Agent: Got it. I'll send the remove-a-holder form; he'll need to sign it or we "
     "can accept a copy of the court order instead."),
    ("legal", "sensitive", "voicemail",
     "Voicemail transcript: Good afternoon, this is Arthur Beale of Lyle and Beale Solicitors. We act for "
     "Mrs Tamsin Crowe, a customer of yours, in her employment tribunal claim against her former employer. "
     "We'll be sending a formal request for her call records for the first two weeks of June. Please call "
     "me on 07700 900490 to confirm the correct address."),
    ("legal", "sensitive", "email",
     "Hi, one of my licence conditions on release is that I can't have a phone with internet access. Can I "
     "swap the handset on my contract for a basic phone without paying the upgrade fee? My probation "
     "officer is happy to confirm this in writing if you need it. Thanks, Dale"),
    ("legal", "sensitive", "note",
     "Cust says she's suing her former landlord over the deposit and needs proof of when broadband was "
     "installed at 9 Weir Lane for the hearing. Generated order history letter and emailed it."),
    ("legal", "sensitive", "chat",
     "does corrie hand over ur texts to the police without a warrant?? asking bc im being investigated for "
     "something i didnt do and im scared theyll twist stuff || Agent: We only disclose data when there's a "
     "valid legal request. If you have concerns, a solicitor is the best person to advise you."),
    ("legal", "sensitive", "review",
     "1 star. You cut my line off the week of my custody hearing and my lawyer couldn't reach me for two "
     "days. || Agent: We're sorry for the disruption, Mr Lacey. The disconnection was made in error and "
     "we've applied a credit; our complaints team will be in touch about compensation."),
    ("legal", "sensitive", "call",
     "Agent: You're through to Corrie Mobile, Sanjeev speaking. || Caller: I need my husband taken off as "
     "an authorised user. He's been charged with fraud and I've found out he was using my account to ring "
     "people. || Agent: I'm sorry to hear that. I can remove him now; is there anything else on the "
     "account you're worried about? || Caller: My solicitor wants a list of every number he added."),
    ("legal", "sensitive", "sms",
     "hey, need a copy of my contract and all the complaint refs. going to the ombudsman and then court if "
     "you dont sort the speeds, my lawyer wants it all by friday"),
    ("legal", "benign", "chat",
     "What's the legal notice period for cancelling? I'm reading the T&Cs and the small print about the 30 "
     "days is confusing me. || Agent: It's 30 days from when you tell us, and you'd pay up to the end of "
     "that period. || ok thanks, clear now"),
    ("legal", "benign", "email",
     "Please update our billing address to Unit 4, Sovereign Court, Harrowby HB2 7QD. We've moved premises "
     "as of the 1st. Account CM-B-3390. Thanks, Accounts team, Merrow Signs Ltd"),
    ("legal", "benign", "sms",
     "Sue at the Kelmscott shop was a star today, please pass on my thanks. Upgrade done in 15 mins"),
    ("legal", "benign", "note",
     "Customer requested a copy of her signed contract and the key facts summary for her records. Emailed "
     "both as PDF. No complaint raised."),
    ("legal", "benign", "chat",
     "is it even legal for you to raise prices mid contract? || Agent: Our annual price change is set out "
     "in clause 7 of the terms and in your contract summary, so it's allowed, but I understand it's "
     "frustrating. || fine, i'll let it go this time"),
    ("legal", "benign", "review",
     "Jury's still out on the new 5G Home Box. Faster, sure, but the fan is loud enough to hear from the "
     "hallway. 3 stars."),
    ("legal", "benign", "email",
     "Hello, I'm the office manager at Penrose & Vale Solicitors. We need three more SIMs on our business "
     "account for trainees starting in September, same plan as the rest. Account CM-B-6012. Kind regards, "
     "Julie"),
    ("legal", "benign", "call",
     "Agent: Corrie Mobile, Tom speaking. || Caller: If I get a PAC code and port my number out, does that "
     "count as breaking my contract? || Agent: Porting out ends the contract, so if you're still in the "
     "minimum term there'd be an early exit fee. You're in month 23, so it would be £11. || Caller: That's "
     "fine then."),
    ("legal", "benign", "dm",
     "your 'unlimited' data has a fair use cap?? that should be illegal mate, what's the actual limit || "
     "Agent: It's 650GB a month, and fewer than 0.1% of customers ever get near it."),
    ("legal", "benign", "form",
     "Request type: Subject access request. Details: Please send me a copy of all personal data you hold "
     "on me, including call recordings, under data protection law. Preferred format: electronic. Name: "
     "Lionel Grange"),
    ("legal", "benign", "chat",
     "was halfway through a police drama on the catch-up app and everything froze, is there a mast down in "
     "Dunmere tonight? || Agent: There's a fault on the Dunmere mast tonight; engineers expect it back by "
     "midnight."),
    ("legal", "benign", "voicemail",
     "Voicemail: Hi, it's Kemi from the facilities team at Harrowby Magistrates' Court. The public wifi in "
     "the waiting area keeps going down and we need an engineer to look at the access points. Our account "
     "is under HM Courts Harrowby. Please ring 07700 900577."),
    ("legal", "benign", "note",
     "Customer asked whether third-party authority would let her husband discuss the broadband account "
     "with us. Explained the form and the 12-month renewal; sent the link."),
    ("legal", "benign", "email",
     "Could you confirm Corrie Mobile's company registration number and registered office address? Our "
     "legal team needs them for the supplier onboarding pack before we sign the fibre contract. Thanks, "
     "Procurement, Ostler Foods"),
    ("legal", "benign", "chat",
     "the router has been sentenced to the bin, it's guilty of dropping out every evening at 8 || Agent: "
     "Ha, let's see if it deserves a retrial first. Can you hold the reset button for 15 seconds? || done, "
     "still guilty || Agent: Fair enough, I'll send a replacement, it'll be with you Thursday."),
    # ---- bereavement
    ("bereavement", "sensitive", "email",
     "Dear Corrie Mobile, my father, Leonard Hargreaves, passed away on 2 February. I am the executor of "
     "his estate and need to close his mobile contract (number ending 2290). I'd be grateful if the "
     "remaining months could be waived. I can send the death certificate. Regards, Alison Hargreaves"),
    ("bereavement", "sensitive", "chat",
     "hi, the broadband is in my partner's name but he died in december. i still live here and need it for "
     "work. can it just go into my name without starting a new 24 month contract? || Agent: I'm so sorry "
     "for your loss. Yes, we can transfer it to you on the same terms. I'll just need a copy of the death "
     "certificate or the funeral director's letter. || thank you, that's a relief"),
    ("bereavement", "sensitive", "sms",
     "Please stop texting upgrade offers to this number. It was my son's phone and he's gone now. I can't "
     "keep seeing them pop up. || Agent: I'm so sorry. I've stopped all marketing to this number today. If "
     "you want to talk about the line itself, we're here whenever you're ready."),
    ("bereavement", "sensitive", "voicemail",
     "Voicemail transcript: Hello, it's Margaret Tully, I'm ringing about my husband Don's phone. He "
     "passed in the hospice on Tuesday and I... sorry. I'd like to keep his number going for a while, his "
     "voice is on the answerphone message. Could someone ring me back please, 07700 900143."),
    ("bereavement", "sensitive", "note",
     "Bereavement case. Account holder (cust's mother) deceased 11/03. Death cert received by email. Final "
     "bill suppressed, ETF waived per policy, line to close 30 days after last top-up. Daughter is the "
     "contact."),
    ("bereavement", "sensitive", "chat",
     "want to cancel the second line on my account || Agent: Sure, can I ask why? We might have a cheaper "
     "option for it. || it was my twin brother's. the funeral was last week. please just cancel it || "
     "Agent: I'm truly sorry. I've cancelled it today with no charges and you won't hear from us about it "
     "again."),
    ("bereavement", "sensitive", "review",
     "Credit where it's due. When my wife died in the spring I dreaded the phone calls, but the team at "
     "the Ashbrook shop sorted the phone, the broadband and the TV in one visit, no fees, no hard sell. 5 "
     "stars."),
    ("bereavement", "sensitive", "form",
     "Reason for cancellation: Account holder deceased. Your relationship: Daughter. Date of death: 19/08. "
     "Notes: Mum's number is in all her friends' address books. If possible, could it play a short message "
     "for a month instead of the disconnected tone, so people find out gently?"),
    ("bereavement", "sensitive", "dm",
     "you sent a final demand to my grandad's house THREE MONTHS after his funeral. we told you he'd died "
     "in june. sort it out || Agent: We're very sorry, this should never have happened. We've recalled the "
     "letter, closed the account at a zero balance and flagged it so nothing else is sent."),
    ("bereavement", "sensitive", "email",
     "Hello, my brother is die in accident in Romania last month. He have contract with you, I am his next "
     "of kin. Please what papers you need to close it, and can I have his photos from the cloud? Thank "
     "you, Mihai"),
    ("bereavement", "sensitive", "call",
     "Agent: Corrie Mobile, you're speaking with Ellie. || Caller: Hi... sorry. My fiance was killed in a "
     "motorbike crash on Saturday. His phone was smashed but all our photos are on his Corrie Cloud. Can I "
     "get them before anything gets closed? || Agent: I'm so very sorry. Nothing will be closed without "
     "your say-so. Let me put a hold on the account and explain how we can release the cloud data to you."),
    ("bereavement", "sensitive", "chat",
     "trying to port my late wife's number onto my plan so i can keep her messages and voicemails. is that "
     "possible or does it have to be cancelled || Agent: I'm sorry for your loss. Yes, we can move the "
     "number onto your plan and keep it active, and the voicemails will stay on the line."),
    ("bereavement", "sensitive", "sms",
     "Engineer visit tomorrow, please cancel. We've had a death in the family and nobody will be in. Will "
     "rebook when things settle. J Sowerby"),
    ("bereavement", "sensitive", "note",
     "Spoke to Mr Adeyemi. His daughter's line needs closing; she passed away suddenly last month, aged "
     "24. Bereavement flag applied, all marketing suppressed, no retention call to be made."),
    ("bereavement", "sensitive", "chat",
     "can someone look at the roaming charges on my bill || Agent: Of course, I can see £212 of data in "
     "Spain on the 3rd and 4th. || yeah we flew out for my mams funeral at no notice, didnt even think "
     "about data || Agent: I'm sorry for your loss. I've refunded the charges and added the EU pass for "
     "the rest of the month."),
    ("bereavement", "benign", "chat",
     "my phone just died mid-call and now it won't turn back on at all. it's only 3 months old || Agent: "
     "Sorry about that! Try holding power and volume down for 20 seconds. || nothing || Agent: Then it's a "
     "warranty job. I'll book you into the Polwenna shop tomorrow."),
    ("bereavement", "benign", "sms",
     "Dead zone again on the A614 by the Rufford roundabout, every single day on the way to work. Any "
     "plans for a mast? || Agent: Thanks for reporting it. A new mast covering that stretch is planned for "
     "the autumn."),
    ("bereavement", "benign", "review",
     "RIP my old unlimited plan. The new tiers are a rip-off and I'm only staying because of the "
     "broadband. 2 stars."),
    ("bereavement", "benign", "email",
     "Hello, we're a family firm of funeral directors, Hollins & Daughters, in Calderside. We need a "
     "business number that diverts to a mobile out of hours so families can always reach someone. Could "
     "your business team send a quote? Thanks, Greg Hollins"),
    ("bereavement", "benign", "note",
     "Customer asked what documents we'd need if an account holder passes away, so she can add it to her "
     "household paperwork folder. Explained the bereavement policy and sent the link. No changes to the "
     "account."),
    ("bereavement", "benign", "chat",
     "battery is dead by lunchtime every day || Agent: Let's check its health. Go to Settings > Battery > "
     "Health. || it says 71% || Agent: That's below our 80% threshold, so it's covered. I'll send a "
     "replacement handset."),
    ("bereavement", "benign", "dm",
     "the outage absolutely killed our pub quiz livestream last night. 40 people staring at a spinning "
     "wheel. is it fixed now? || Agent: Sorry about that! A cable was damaged in your area; it was "
     "repaired at 11pm."),
    ("bereavement", "benign", "voicemail",
     "Voicemail: Hi, calling about a late payment charge on my account. My card expired and the new one "
     "didn't go through until the 9th. It's all paid now, could you take the fee off? Name's Colette "
     "Brand, 07700 900366."),
    ("bereavement", "benign", "form",
     "Issue: The old handset I'm trading in is dead, won't power on or charge. Can I still trade it in for "
     "the reduced value? Model: Corrie Zephyr 3. Order: UPG-77120"),
    ("bereavement", "benign", "email",
     "Subject: Memorial Hall broadband. The trustees of Brindle Memorial Hall would like to upgrade the "
     "hall's broadband to fibre so hirers can stream and take card payments. Please contact the hall "
     "secretary on 07700 900659."),
    ("bereavement", "benign", "chat",
     "the porting page says my old number is 'deceased'?? || Agent: Could it say 'ceased'? || oh yeah it "
     "says ceased lol sorry. what does that mean || Agent: It just means the line with your old provider "
     "has ended, which is normal once the port completes."),
    ("bereavement", "benign", "call",
     "Agent: Corrie Mobile, Priti speaking. || Caller: Hi, I want to take over the broadband from my mum. "
     "She's moving to Spain to be near my aunt and doesn't want the bills any more. || Agent: No problem, "
     "that's a change of account holder. I'll email you both the form."),
    ("bereavement", "benign", "note",
     "Line test shows dead line, no dial tone at the master socket. Fault is on the network side. Engineer "
     "booked Wed AM, customer given 4G loan hub."),
    ("bereavement", "benign", "review",
     "The Gravedigger's Arms round the corner from your Polwenna shop has better wifi than my house does. "
     "Sort it out, Corrie."),
    ("bereavement", "benign", "sms",
     "Over my dead body am I paying £9 for a SIM swap when it's your SIM that's faulty. Is there really a "
     "fee? || Agent: No fee if the SIM itself is faulty, just pop into any shop."),
    # ---- violence and self-harm
    ("violence_self_harm", "sensitive", "chat",
     "my ex keeps turning up wherever i am, the gym, my mates house, and i think he's tracking my phone. "
     "can you check if there's any location sharing on my account that i didnt set up? || Agent: I'm sorry "
     "you're dealing with this. I can see a Family Locator add-on was activated in March from a device "
     "that isn't yours. I've removed it now. || oh my god. ok thank you"),
    ("violence_self_harm", "sensitive", "email",
     "I need to change my number urgently and have it unlisted. A man I went on two dates with has been "
     "sending threatening messages; the latest said he knows where I work and he'll 'make me regret it'. "
     "I've kept screenshots for the police. Please help. Laura Finch, acc CM-502219"),
    ("violence_self_harm", "sensitive", "note",
     "Cust disclosed domestic abuse; partner is the account holder and checks her call history. Advised on "
     "a separate SIM-only plan in her own name, bills paperless to a new email. Safe contact number only: "
     "07700 900552. Do NOT call the landline."),
    ("violence_self_harm", "sensitive", "sms",
     "honestly dont see the point any more. might as well end it all, then you wont have to chase me for "
     "anything || Agent: I'm really sorry you're feeling like this. If you're in danger right now please "
     "call 999. Samaritans are free to call any time, day or night. We can talk about the bill whenever "
     "you're ready, there's no rush."),
    ("violence_self_harm", "sensitive", "call",
     "Agent: Corrie Mobile, it's Josh. || Caller: I need to claim on my insurance. My neighbour went for "
     "me on the doorstep yesterday, punched me and smashed my phone on the path. The police came out. || "
     "Agent: I'm sorry, are you alright? || Caller: Bruised, but I'll live. I've got a crime reference if "
     "you need it."),
    ("violence_self_harm", "sensitive", "dm",
     "someone is sending my daughter horrible messages from a number we don't know, telling her to kill "
     "herself. how do we block it and find out who it is || Agent: That's horrible, I'm so sorry. We've "
     "blocked that number on her line. If you report it to the police, our nuisance calls team can share "
     "the details with them."),
    ("violence_self_harm", "sensitive", "chat",
     "i keep getting silent calls at 3am from a withheld number, every night for two weeks now || Agent: "
     "That sounds really distressing. Do you have any idea who might be calling? || I think it's my old "
     "manager. I reported him to HR and he told me he'd make my life hell || Agent: I'll turn on anonymous "
     "call rejection now and our nuisance calls team can trace the calls for the police if you report it."),
    ("violence_self_harm", "sensitive", "voicemail",
     "Voicemail transcript: Hi, I'm calling from a friend's phone. My husband smashed mine last night. "
     "Please don't call the house number and please don't put this on the bill, he reads it. I'll ring "
     "back tomorrow from the library. My name is Helen Carrow."),
    ("violence_self_harm", "sensitive", "form",
     "Why are you leaving us? Other. Comments: I'm being stalked and I need a completely new number and "
     "account, nothing linked to my old name or address. Is there a way to do that without a paper trail? "
     "|| Agent: We can set up a new account with a new number and no link to the old one. Please call our "
     "safeguarding line and we'll do it together."),
    ("violence_self_harm", "sensitive", "review",
     "The staff at Calderside were brilliant when I came in shaking after being mugged for my phone "
     "outside the station. They blocked the SIM, got me a loan phone and let me sit in the back till my "
     "sister arrived. || Agent: Thank you for letting us know, and we're sorry that happened to you. We've "
     "passed your thanks to the team."),
    ("violence_self_harm", "sensitive", "note",
     "Welfare concern. During upgrade call cust said 'no point in a 24 month contract, I won't be here "
     "that long' and mentioned having tablets saved up. Stayed on the line, gave crisis line info, "
     "followed safeguarding process and escalated to TL."),
    ("violence_self_harm", "sensitive", "chat",
     "can i delete the browsing history from the router logs? my flatmate saw what i'd been searching "
     "about hurting myself and now its a whole thing || Agent: You can clear the activity log from the "
     "Corrie Home app under Devices. And if you're struggling, please talk to someone you trust or a "
     "helpline, you don't have to deal with it alone."),
    ("violence_self_harm", "sensitive", "email",
     "Our son's ex-partner has been posting threats about our family online and last night texted my wife "
     "that she would 'burn the house down with you all in it'. The police have been informed. Can you "
     "trace the number 07700 900127 and block it on both our lines?"),
    ("violence_self_harm", "sensitive", "call",
     "Agent: Corrie Mobile, Aisling speaking. || Caller: This is a bit awkward. My sister's boyfriend hits "
     "her, and she's asked me to get her a phone he doesn't know about. Can I buy a pay as you go in my "
     "name and give it to her? || Agent: Yes, you can. We won't contact anyone but you about it."),
    ("violence_self_harm", "sensitive", "dm",
     "Please help, a man from my old work he follow me home and wait outside my flat, he send me many "
     "message from different number. How I can block all unknown number on my phone? || Agent: I'm sorry "
     "this is happening. I've turned on Unknown Caller Block for you. Please report it to the police too; "
     "we can give them the call records."),
    ("violence_self_harm", "benign", "chat",
     "this price rise is killing me, any cheaper SIM-only deals if I keep my number? || Agent: There's a "
     "15GB plan at £9 on a 12-month term. || sold"),
    ("violence_self_harm", "benign", "sms",
     "Shoot me a text when the engineer is 20 mins away please, I'll be in the garden || Agent: Noted on "
     "the job, the engineer will text when they're on the way."),
    ("violence_self_harm", "benign", "review",
     "The new Corrie Blaze absolutely slaps. Low-light camera is violent, in a good way, and the battery "
     "does two days easy. 5 stars."),
    ("violence_self_harm", "benign", "dm",
     "I could strangle whoever designed the new app login screen. Three taps to find the password field? "
     "Why || Agent: Ha, fair. The next update moves the password field onto the first screen."),
    ("violence_self_harm", "benign", "note",
     "Caller swore at the IVR menu while waiting (not at the agent). Reminded him the call is recorded; "
     "call continued normally and the direct debit was updated."),
    ("violence_self_harm", "benign", "email",
     "Hi, I'm the volunteer IT lead at Brackley Boxing Club. We need a 4G backup router for the gym's "
     "tills and door entry for when the fibre drops. What's the cheapest business option? Thanks, Imran"),
    ("violence_self_harm", "benign", "chat",
     "screen got smashed, dropped it face down in the car park || Agent: Ouch! Your insurance includes one "
     "screen repair a year with a £25 excess. || great, book me in || Agent: Done, Kelmscott shop, "
     "Saturday 10:30."),
    ("violence_self_harm", "benign", "call",
     "Agent: Corrie Mobile, you're through to Dom. || Caller: Does the Safe Browsing filter block violent "
     "video game sites? I want it off for my gaming PC. || Agent: It can; you can switch it off per device "
     "in the app. || Caller: Brilliant, doing it now."),
    ("violence_self_harm", "benign", "form",
     "Problem: Nuisance marketing calls. Details: Recorded 'accident claims' robocalls every day around "
     "11am from different numbers. Requested: Call Guard add-on and advice on reporting them."),
    ("violence_self_harm", "benign", "voicemail",
     "Voicemail: Hi, it's Dev from the Fight Night promoters at Harrowby Arena. We booked the temporary "
     "event wifi for Saturday and need to bump it up to 400 users. Can someone call me on 07700 900734?"),
    ("violence_self_harm", "benign", "chat",
     "how do I stop my phone threatening to delete my photos every time storage is full? the popup is "
     "driving me mad || Agent: That's the cloud backup warning. Turn on Optimise Storage and it'll stop."),
    ("violence_self_harm", "benign", "sms",
     "Tariq at the Dunmere shop knocked it out of the park today, upgrade and data transfer done in 10 "
     "mins. Cheers"),
    ("violence_self_harm", "benign", "note",
     "Doorbell camera 'intruder alert' fires every time the cat walks past. Adjusted motion zones and "
     "sensitivity remotely; customer happy."),
    ("violence_self_harm", "benign", "review",
     "It's murder getting through on the phone line, 45 minutes on hold. Once I did, the agent sorted it "
     "fast. 3 stars."),
    ("violence_self_harm", "benign", "chat",
     "does the Corrie Flip have an emergency SOS button like the big brand phones do? want to know before "
     "I buy one || Agent: Yes, hold the side key five times and it calls 999 and texts your emergency "
     "contacts."),
    # ---- financial hardship
    ("financial_hardship", "sensitive", "email",
     "Hello, I was made redundant at the end of last month and I can't keep paying £58 a month for this "
     "contract. Is there any way to drop to a cheaper plan without the early termination fee? I need to "
     "keep the number for job applications. Thanks, Stuart Kellaway"),
    ("financial_hardship", "sensitive", "chat",
     "hi do you do the social tariff for broadband? || Agent: We do, Corrie Essentials is £15 a month. "
     "It's for customers on certain benefits. || yeah i'm on universal credit since january. what proof do "
     "you need || Agent: Just a recent UC statement, you can upload it in the app."),
    ("financial_hardship", "sensitive", "sms",
     "Sorry, I can't pay this month's bill until the 28th, my hours got cut. Please don't cut me off, I "
     "need the phone for job interviews. - Kerry || Agent: Thanks for letting us know, Kerry. I've moved "
     "this month's payment to the 28th and your line stays on."),
    ("financial_hardship", "sensitive", "note",
     "Cust in arrears £312 over 3 months; has a debt management plan via Clearwell Debt Advice. Agreed "
     "token payment of £15/month, collections paused 60 days, review in March."),
    ("financial_hardship", "sensitive", "voicemail",
     "Voicemail transcript: Hi, it's Danny Holt. I've had a letter from Brookmoor Collections saying I owe "
     "you nine hundred pounds for a contract I thought was cancelled. I can't pay that, I've got nothing, "
     "I'm sofa surfing at a mate's at the minute. Please ring me on 07700 900205 before they do anything."),
    ("financial_hardship", "sensitive", "call",
     "Agent: Corrie Mobile, Beth speaking. || Caller: I need to change my address. Well, I haven't really "
     "got one. We were evicted last week and we're in emergency housing from the council. || Agent: I'm "
     "sorry to hear that. I can set your bills to email only for now. || Caller: That'd be good. And I'm "
     "going to be late with this month, I'm sorry."),
    ("financial_hardship", "sensitive", "form",
     "Reason for payment arrangement request: I was declared bankrupt in January. Official Receiver case "
     "reference: BK-20931. Please direct all queries about the pre-bankruptcy balance to the Official "
     "Receiver. Contact email: p.marsh@example.com"),
    ("financial_hardship", "sensitive", "chat",
     "my direct debit bounced again cos there is literally £3 in my account till payday. will it keep "
     "adding a fee every time it fails? || Agent: There's a £5 failed payment fee, but I can move your "
     "payment date to the 2nd so it lines up with payday. || please do"),
    ("financial_hardship", "sensitive", "email",
     "My husband lost his job when the plant closed and we're now living on Jobseeker's Allowance. Our two "
     "contracts come to nearly £90 a month. Please tell me the cheapest way to keep both numbers. Mrs J. "
     "Okafor"),
    ("financial_hardship", "sensitive", "review",
     "4 stars. Corrie were decent when I fell behind on payments after my business went under. They agreed "
     "a repayment plan, no threatening letters, and kept my line on. || Agent: Thanks for sharing this, "
     "Paul. We're glad the plan helped."),
    ("financial_hardship", "sensitive", "dm",
     "yo is there any way to get a phone on contract with a CCJ? credit check keeps failing, had a load of "
     "debts a couple of years back and still paying them off || Agent: A CCJ can make a contract harder, "
     "but our SIM-only and pay-as-you-go plans don't need the same credit check."),
    ("financial_hardship", "sensitive", "chat",
     "I want to cancel the broadband || Agent: Sorry to see you go, may I ask why? || food or internet, "
     "basically. the rent went up again and I'm using the food bank now || Agent: I understand. Before you "
     "cancel, you may qualify for our £15 Essentials tariff, and I can waive this month's charge."),
    ("financial_hardship", "sensitive", "note",
     "Customer's mother called (authority on file). Customer is in an IVA and has asked that all "
     "correspondence about the old balance go through the IVA practitioner, Fairway Insolvency. Contact "
     "prefs updated."),
    ("financial_hardship", "sensitive", "sms",
     "hiya can i swap to pay as you go? im on a zero hours contract and some weeks i get no shifts at all "
     "so i cant cover the monthly || Agent: You can, and you'll keep your number. I've texted you a link "
     "to switch."),
    ("financial_hardship", "sensitive", "email",
     "I've had a letter saying my account has been passed to a debt collector. I'm living on the state "
     "pension alone and I honestly cannot find £470. Is there anything you can do? Yours, Eileen Marchbank"),
    ("financial_hardship", "sensitive", "chat",
     "can i pause my payments for a couple of months? || Agent: What's happened, if you don't mind me "
     "asking? || off work unpaid and the landlord's threatening eviction, I have to prioritise the rent || "
     "Agent: That's completely understandable. I can set up a two-month payment break with no fees."),
    ("financial_hardship", "sensitive", "call",
     "Agent: Corrie Mobile, you're speaking with Kwame. || Caller: Look, I've been sleeping in my car "
     "since the separation. This phone is basically my lifeline. What's the absolute least I can pay and "
     "keep it? || Agent: I can move you to our £5 plan with unlimited texts and calls to 0800 numbers."),
    ("financial_hardship", "sensitive", "form",
     "Subject: Breathing Space. Message: My debt adviser has registered me for a Breathing Space (ref "
     "BS-48812). Please stop all collection activity and interest on my account for the 60 days. Name: "
     "Gemma Rudd"),
    ("financial_hardship", "sensitive", "voicemail",
     "Voicemail: Hello, it's Mr Pocock, 14 Lime Avenue. I had to choose this week between topping up the "
     "electric key and paying you, so I've paid the electric. I'll pay what I can next Friday. Please "
     "don't send anyone round."),
    ("financial_hardship", "sensitive", "dm",
     "can someone explain why my bill is 3x the usual || Agent: Hi, I can see roaming charges from France "
     "on the 12th. || i cant pay that. im already on payment plans with three other companies and the "
     "council tax"),
    ("financial_hardship", "benign", "chat",
     "my card expired, how do I update the payment details in the app? || Agent: Go to Account > Payments "
     "> Change card. || done, thanks"),
    ("financial_hardship", "benign", "email",
     "Could you move my direct debit date from the 1st to the 15th, please? It fits better with when my "
     "other bills go out. Account CM-230771. Thanks, Rosalind"),
    ("financial_hardship", "benign", "sms",
     "Why is my bill £12 more this month? I haven't changed anything and I haven't been abroad. || Agent: "
     "It's the annual price change from April, £2, plus a £10 film bought on the TV box on the 3rd."),
    ("financial_hardship", "benign", "note",
     "Customer disputed £34 roaming charges; she had roaming off but the phone latched onto a Swiss mast "
     "near the border in Geneva. Refunded as a goodwill gesture and explained network selection."),
    ("financial_hardship", "benign", "review",
     "Bill shock after a week in Turkey, £60 of data I didn't realise I was using, but Corrie refunded "
     "most of it after one chat. 4 stars."),
    ("financial_hardship", "benign", "chat",
     "payment failed in the app || Agent: It looks like your bank declined it, sometimes the 3D Secure "
     "check times out. Could you try again? || tried again, worked this time"),
    ("financial_hardship", "benign", "voicemail",
     "Voicemail: Hi, it's Owen from the Ashbrook Credit Union office. Our business broadband invoice has "
     "the wrong VAT number on it, so our auditors won't accept it. Could you reissue it? 07700 900418."),
    ("financial_hardship", "benign", "form",
     "Query: What's the eligibility for your social tariff and how does it compare with other providers? "
     "Context: I'm writing a feature on cheaper broadband for the Harrowby Gazette. Name: Toby Kernow"),
    ("financial_hardship", "benign", "dm",
     "you lot charge £3 for a paper bill?? absolute robbery. how do I switch to paperless || Agent: In the "
     "app go to Account > Bills > Go paperless. The £3 stops from next month."),
    ("financial_hardship", "benign", "email",
     "I cancelled my account last month and the final bill shows a credit balance of £22.40. Please refund "
     "it to the card on file rather than as a cheque. Thanks, Martin Oyelaran"),
    ("financial_hardship", "benign", "call",
     "Agent: Corrie Mobile, it's Nia. || Caller: Why is the upgrade fee £20 online but £35 in the shop? || "
     "Agent: The online price is an exclusive; I can match it for you now. || Caller: Great, let's do it."),
    ("financial_hardship", "benign", "chat",
     "is there a discount if I pay the handset off early? got my bonus at work and want rid of the monthly "
     "|| Agent: There's no discount, but you can clear the device plan any time and go to just the "
     "airtime."),
    ("financial_hardship", "benign", "sms",
     "Can you split our bill so my flatmate pays the broadband half directly from her account? || Agent: "
     "We can't split a single bill, but you can add her as a payer for a share in the app."),
    ("financial_hardship", "benign", "note",
     "Duplicate payment taken on the 4th due to a payment gateway error. Refunded £41.99 to original card, "
     "apologised, added note to monitor next cycle."),
    ("financial_hardship", "benign", "review",
     "Debt-free at last, ha! Paid off the Zephyr after 24 months and now I'm on SIM-only for £10. "
     "Should've done it sooner. 5 stars."),
    ("financial_hardship", "benign", "chat",
     "can i downgrade my plan? i just don't use that much data any more || Agent: Sure, you're on 100GB "
     "and averaging 6GB. The 10GB plan would save you £11 a month. || yes the 10GB one please"),
    ("financial_hardship", "benign", "email",
     "Our accounts team needs copies of all invoices for the last financial year for our annual audit. "
     "Business account CM-BUS-7781. A single zipped PDF would be ideal. Regards, Finance, Tallow & Reed"),
    ("financial_hardship", "benign", "form",
     "Change payment method: from debit card to Direct Debit. Bank details: will provide by phone. "
     "Preferred collection date: 20th. Account holder: Ian Petrie"),
    ("financial_hardship", "benign", "voicemail",
     "Voicemail: Hello, I think I've been charged for my trade-in instead of paid for it. Seventy pounds "
     "went out of my account yesterday instead of coming in. Order UPG-81023. Can someone check?"),
    ("financial_hardship", "benign", "dm",
     "do the shops take Apple Pay or only cards? want to buy a case and charger outright, not on the bill "
     "|| Agent: All our shops take Apple Pay and Google Pay."),
    # ---- children
    ("children", "sensitive", "chat",
     "Setting up parental controls for my son Alfie, he's 9 and just got his first phone for his birthday. "
     "Which filter level would you recommend? || Agent: For under-12s most parents choose Strict, which "
     "blocks social media and app purchases. || strict it is, thanks"),
    ("children", "sensitive", "note",
     "Cust says her daughter (12) ran up £86 on in-app purchases through carrier billing. Barred carrier "
     "billing on line ending 4418 and applied a £40 goodwill credit."),
    ("children", "sensitive", "sms",
     "hi can the engineer come after 3:15? I do the school run for the twins (year 4) and there's no one "
     "else home before then"),
    ("children", "sensitive", "email",
     "I'd like to add a SIM for my daughter Isla, who starts at Brookfield Academy in September. She's 11, "
     "so I'd like the line on my account with a £10 spend cap and the content filter on. What's the best "
     "plan? Thanks, Fiona Garside"),
    ("children", "sensitive", "voicemail",
     "Voicemail transcript: Hi, um, this is Kai Mendez, I'm fifteen, my mum said I had to ring you myself. "
     "My screen's cracked and the phone's on her account, she's at work. Can someone ring me back on this "
     "number? Thanks. Bye."),
    ("children", "sensitive", "form",
     "Line user name: Oscar Pettigrew. Line user date of birth: 03/06/2015. Relationship to account "
     "holder: Son. Content filter: Strict. Spend cap: £0. Location sharing: On, visible to account holder "
     "only."),
    ("children", "sensitive", "chat",
     "we've got a newborn, Ruby, 3 weeks old, and the baby monitor keeps dropping off the wifi in her room "
     "upstairs. need a booster asap, we're not sleeping as it is || Agent: Congratulations! I can send a "
     "Corrie Mesh Disc today, it plugs in on the landing. || amazing thank you"),
    ("children", "sensitive", "dm",
     "ur parental controls are useless, my 7 year old got round them in a day by changing the date on the "
     "tablet || Agent: Sorry about that! Turning on Protected Settings stops the date being changed. I'll "
     "DM you the steps."),
    ("children", "sensitive", "call",
     "Agent: Corrie Mobile, Hayley speaking. || Caller: It's about my lad's phone, Jayden. He's fourteen "
     "and he's used 40 gig in a week. || Agent: I can see that, most of it is video streaming overnight. "
     "|| Caller: Overnight? Right. Can you cap it so it stops at 5 gig and can you turn it off after ten "
     "at night? || Agent: Yes to both."),
    ("children", "sensitive", "note",
     "Account holder requested data-only SIM for her nephew (16) who is living with her for the school "
     "year while his parents work abroad. Added as line user, teen filter applied."),
    ("children", "sensitive", "review",
     "Brilliant help in the Polwenna shop setting up my 10-year-old's first phone. Amira sat with her and "
     "went through all the safety settings and who she can call. 5 stars. || Agent: Lovely to hear, we'll "
     "pass this on to Amira."),
    ("children", "sensitive", "email",
     "The nursery my daughter Mia goes to (Bluebell Day Nursery) sends updates through an app on what "
     "she's eaten and when she napped. Since your outage on Tuesday I've had nothing for two days. When "
     "will the broadband be back? Jess Tremain"),
    ("children", "sensitive", "chat",
     "im 13 can i get a sim only without my parents knowing || Agent: You'd need to be 18 to take out a "
     "plan, but a parent can set one up for you. || ugh ok"),
    ("children", "sensitive", "sms",
     "Can we rebook the engineer to next Fri? My son's got his first GCSE exam on Thurs and needs the wifi "
     "working for revision this week, not off all day."),
    ("children", "sensitive", "note",
     "Mr Ferreira asked about spend limits for his two children's lines (ages 8 and 10). Set £5 cap on "
     "each, premium SMS blocked, app store purchases need his approval."),
    ("children", "sensitive", "chat",
     "can i see what sites my daughter visits on the home wifi? || Agent: The Corrie Home app shows a "
     "summary by category for each device, not individual pages. || that'll do. she's only in year 7 and i "
     "found something dodgy on her tablet || Agent: You can also set her tablet to the Teen filter from "
     "the same screen."),
    ("children", "sensitive", "form",
     "KidWatch setup. Child's name: Leo Baptiste. Age: 6. School: Fernside Primary, 8:45 to 3:15 (for "
     "school-hours mode). Approved contacts: Mum, Dad, Nana Pat."),
    ("children", "sensitive", "email",
     "We're foster carers and a 13-year-old boy is being placed with us on Friday. The local authority "
     "says he needs a basic phone with no internet access at first. What could you offer that we can "
     "manage from our account? Regards, Mr and Mrs Olsen"),
    ("children", "sensitive", "voicemail",
     "Voicemail: Hello, it's about my granddaughter's phone, Ellie Voss, she's eleven. She left it on the "
     "number 12 bus this afternoon. It's on my account. Can you block it and can I get her a new one "
     "tomorrow? My number is 07700 900812."),
    ("children", "sensitive", "call",
     "Agent: Corrie Mobile, you're through to Ravi. || Caller: Hi, I want to turn on the location sharing "
     "on my son's SIM. || Agent: Sure, what's prompted it? || Caller: Max is 12 and he's walking home on "
     "his own from Year 8 now, it's just for my peace of mind. || Agent: Done, you'll see him on the map "
     "in the app."),
    ("children", "sensitive", "chat",
     "can I put my 17 year old on my contract as an extra line or does she have to be 18 to get her own? "
     "|| Agent: She can be an extra line on your account now, and we can move it into her name once she "
     "turns 18. || ok her birthday's in august so we'll do that"),
    ("children", "sensitive", "note",
     "Line user (15) on the account holder's plan rang in herself asking for a data top-up. Per policy "
     "advised the account holder must authorise; did not discuss billing. Account holder called back and "
     "approved 5GB."),
    ("children", "sensitive", "dm",
     "my son turns 10 on 14 march, is the kids bundle cheaper if i buy before or after his birthday? || "
     "Agent: Same price either way, so order whenever suits you."),
    ("children", "sensitive", "sms",
     "Hi, my daughter Nell (she's 5) pressed something on the TV box and bought a film for £7.99. Can it "
     "be refunded and can you put a PIN on purchases? || Agent: Refunded the £7.99, and a purchase PIN is "
     "now set on the box. We've texted it to you."),
    ("children", "sensitive", "email",
     "Hello, I want make a contract for my son, he is 16 year old and in first year of college. Which "
     "documents is need and can it be in his name or only mine? Thank you, Agnieszka"),
    ("children", "sensitive", "chat",
     "I need a tablet on the broadband bundle || Agent: Happy to help, who will be using it mostly? || my "
     "girl, she's in reception class so it needs to be locked right down || Agent: I'd suggest the Early "
     "Years profile, YouTube Kids only and no browser."),
    ("children", "sensitive", "review",
     "The KidWatch is brilliant. My 8-year-old Toby can ring me and his dad and nobody else, and I can see "
     "he's got to school. Battery could be better. 4 stars."),
    ("children", "sensitive", "form",
     "Call barring request. Line: 07700 900633. Reason: My son (Year 9) has been ringing premium-rate quiz "
     "lines from his phone. Please bar all 09 numbers."),
    ("children", "sensitive", "note",
     "Account opened in error at Harrowby shop in the name of a minor (DOB 2010), no guardian present. "
     "Escalated to compliance; contract to be transferred to parent, Mrs D. Whitlock."),
    ("children", "sensitive", "voicemail",
     "Voicemail: Hi, it's Lindsey at 14 Orchard Close. The engineer's due Tuesday and my little one naps "
     "one till three, she's only 18 months, so could they please knock gently and not ring the bell? "
     "Thanks so much."),
    ("children", "sensitive", "chat",
     "my kid's in year 6 at Holmewood and the school wants him to have a phone with 4G for the residential "
     "trip in june. can i get a one month rolling sim? || Agent: Yes, our 30-day SIM-only plans start at "
     "£6. || perfect"),
    ("children", "sensitive", "call",
     "Agent: Corrie Mobile, it's Georgia. || Caller: Hi, yeah, it's about my own phone. I'm sixteen and my "
     "dad's the account holder but he's working offshore for three weeks. || Agent: I'm afraid I'll need "
     "your dad's permission to make changes. Could he email us? || Caller: He can do that tonight."),
    ("children", "sensitive", "email",
     "Please address the paper bill to me and not to 'The Parent or Guardian of Tilly Drummond'. Tilly is "
     "my stepdaughter, she's 14, and the line is on my account. Thank you, Mark Heywood"),
    ("children", "sensitive", "sms",
     "had twins last week (Ada and Felix!) so the house is chaos, can we push the engineer back a month "
     "pls || Agent: Congratulations! Moved to the 14th of next month, same time slot."),
    ("children", "sensitive", "note",
     "Cust wants his contract handset given to his grandson Rory for his 13th birthday next month. Advised "
     "line user can be changed to Rory; teen filter will be on by default."),
    ("children", "sensitive", "chat",
     "how do I stop the kids' tablet showing YouTube after 8pm? they're 6 and 9 and bedtime is a war zone "
     "|| Agent: In the Corrie Home app pick the tablet, then Schedules, and set a bedtime from 8pm. || "
     "you're a lifesaver"),
    ("children", "sensitive", "dm",
     "my daughter's in year 11 and needs her own number for her saturday job at the bakery. can she move "
     "her line off my plan into her own name at 16?"),
    ("children", "sensitive", "form",
     "Subject: Parental controls. Details: Freddie's profile is set to 18+ by mistake. He's 11, it should "
     "be 12+ at most. Please fix and tell me how he got access."),
    ("children", "sensitive", "email",
     "I'm writing on behalf of my son Ben Whitlock, aged 15, who was sold a £45-a-month contract in your "
     "Dunmere shop last Saturday without me present. Please cancel it immediately. Deborah Whitlock"),
    ("children", "sensitive", "chat",
     "the router keeps kicking my daughter's laptop off || Agent: Is it an older laptop? || it's the one "
     "the school lent her for year 10, some chromebook || Agent: School devices often need the 2.4GHz "
     "band; I'll split the bands so she can join that one."),
    ("children", "sensitive", "voicemail",
     "Voicemail: Hello, this is Pam calling for my grandson Josh. He's nine and he's put the new SIM in "
     "his phone and it says no service. The account's in my daughter's name, Claire Fell. Could someone "
     "call us back?"),
    ("children", "sensitive", "note",
     "Caller appeared to be a child (around 10 by voice and said he was in Year 5) asking how to switch "
     "off parental controls. Did not action, advised him to ask a parent."),
    ("children", "sensitive", "sms",
     "my son Ethan turned 12 yesterday, can we move him from the kids plan to the teen one now || Agent: "
     "Happy birthday to Ethan! Switched to Teen from your next bill."),
    ("children", "sensitive", "review",
     "2 stars. Your Family Safe filter blocked my 13-year-old's school homework portal for a week and it "
     "took three calls to get it unblocked. || Agent: Sorry about this. We've now added that portal to our "
     "education allow-list for all customers."),
    ("children", "sensitive", "chat",
     "me n my bf are both 14 and want the same plan so we get the free calls between us, is that allowed "
     "|| Agent: You'll each need a parent to set up the line, but yes, calls between Corrie numbers are "
     "free."),
    ("children", "sensitive", "email",
     "Can I transfer my spare handset to my niece's line? She's 12 and just started at Brookfield Academy, "
     "and her mum's happy for it to go on my account. Thanks, Uncle Rob (Robert Fane)"),
    ("children", "sensitive", "call",
     "Agent: Corrie Mobile, Marcus speaking. || Caller: Can you bar outgoing calls on my son's SIM except "
     "home and two other numbers? || Agent: Yes, we can whitelist up to five numbers. || Caller: He's "
     "seven and just started walking to school with his friend, I don't want him ringing anyone else."),
    ("children", "sensitive", "form",
     "Applicant age: 17. Guardian consent: attached (signed by mother). Plan: SIM-only 20GB. Guardian to "
     "be account holder until applicant's 18th birthday on 09/10."),
    ("children", "sensitive", "dm",
     "hi im in year 8 and my mum said i have to ask u how to get my old photos off my broken phone || "
     "Agent: Hi! Bring it into any shop with your mum and we'll try to get the photos off for you."),
    ("children", "sensitive", "note",
     "Cust asked us to make sure her mobile number doesn't change during the port: it's the emergency "
     "contact at her son's primary school (Year 2, Robins class). Confirmed number will be kept."),
    ("children", "benign", "email",
     "Hello, Harrowby Primary School office here. We'd like to upgrade the school's business broadband "
     "before the new term and add two mobile lines for the site team. Please could your education team "
     "call me on 07700 900301. Kind regards, Mrs Pearce, School Business Manager"),
    ("children", "benign", "chat",
     "What's the minimum age to take out a contract in your own name? || Agent: 18, and you'll need to "
     "pass a credit check. || thanks"),
    ("children", "benign", "sms",
     "Can the kids' tablet deal from the advert be bought as a gift voucher instead? Want to give it as a "
     "present. || Agent: Yes, gift vouchers can be used on any device, including that tablet."),
    ("children", "benign", "note",
     "Customer asked in general how parental controls work before choosing between the family plan and "
     "separate SIM-only lines. Sent the parental controls guide. No lines added."),
    ("children", "benign", "chat",
     "how do I turn off the child lock PIN on the TV box? I've forgotten it || Agent: Default is 0000 "
     "unless changed; if not, I can reset it remotely. || 0000 didn't work || Agent: Reset now, give it 2 "
     "mins."),
    ("children", "benign", "dm",
     "who's Corrie's parent company these days? seen something about a takeover || Agent: We're owned by "
     "Corrie Group plc; nothing has changed for customers."),
    ("children", "benign", "email",
     "I'm the manager at Sunnyside Nursery (business account CM-B-2231). Our card machine runs on your 4G "
     "and it's been declining payments since Monday. Could you check the SIM? Thanks, Lorraine Batty"),
    ("children", "benign", "chat",
     "does the Corrie Home hub work with baby monitors, or do they need their own network? asking for a "
     "list of products for a shop window display || Agent: Most wifi monitors work on the hub's 2.4GHz "
     "band."),
    ("children", "benign", "form",
     "Shop appointment. Reason: Trade in three old handsets and a tablet. Notes: I'll be bringing "
     "everything in one big box, is there anywhere to park nearby?"),
    ("children", "benign", "voicemail",
     "Voicemail: Hi, it's Jenna from the Fernside Primary PTA. We're running the summer fair on 21 June "
     "and wondered if Corrie Mobile would donate a raffle prize. Could someone from the Kelmscott shop "
     "give me a ring? 07700 900624."),
    ("children", "benign", "sms",
     "my dad is such a child, he's rung me 8 times about the router lights. is solid white good or bad?"),
    ("children", "benign", "chat",
     "is the Teen plan available to adults? it's the cheapest 5GB one I can see || Agent: The Teen plan is "
     "only for line users under 18, but our Basic 5GB SIM is £1 more."),
    ("children", "benign", "review",
     "Customer service treated me like a child. Explained the same thing three times in the slowest voice. "
     "1 star. || Agent: We're sorry you felt talked down to, that's not the service we want to give."),
    ("children", "benign", "email",
     "We're a youth football league (Ashbrook Juniors FC) and we need a 4G router for the clubhouse so we "
     "can take card payments at the tea hut on match days. What do you have on a 12-month business plan? "
     "Thanks, club secretary"),
    ("children", "benign", "chat",
     "can you explain the family plan? || Agent: Up to five lines share one bill, each with its own "
     "allowance. || does each line need to be an adult? || Agent: Additional lines can be for anyone; the "
     "account holder must be over 18."),
    ("children", "benign", "note",
     "Customer asked if the Kelmscott shop has later opening during the school holidays in August. "
     "Confirmed 9am-6pm, same as term time."),
    ("children", "benign", "dm",
     "why does the parental filter on your public wifi hotspot block a normal news site? I'm trying to "
     "read the paper on the train"),
    ("children", "benign", "form",
     "Business name: Little Sprouts Toy Shop. Request: Two card-machine SIMs and a business broadband "
     "quote for our new Polwenna branch."),
    ("children", "benign", "voicemail",
     "Voicemail: Hello, this is the IT office at Harrowby Academy. We have forty Chromebooks for a new "
     "computer suite and need a quote for a separate broadband line. Please call 07700 900945 and ask for "
     "Mr Dunmore."),
    ("children", "benign", "sms",
     "Happy to report the Kid Gloves protective case fits the Zephyr 4 perfectly, despite what the website "
     "says"),
    ("children", "benign", "review",
     "Old phone was my baby, genuinely sad to trade it in, but £180 for a four-year-old handset is decent. "
     "4 stars."),
    ("children", "benign", "email",
     "I run a small children's bookshop on Fore Street in Polwenna. The broadband drops every afternoon at "
     "about 3, just when we're busiest. Could an engineer take a look? Thanks, Annie Rowe"),
    ("children", "benign", "chat",
     "is there a student discount? I'm starting a master's in october || Agent: Yes, 10% off SIM-only with "
     "a valid student email. || brilliant"),
    ("children", "benign", "call",
     "Agent: Corrie Mobile press office line. || Caller: Hi, I'm a reporter at the Westmarch Echo, writing "
     "about the debate on smartphone ages. Does Corrie have a view? || Agent: I'll pass you to the press "
     "team, they'll email a statement today."),
    ("children", "benign", "chat",
     "babysitting my sister's dog this week lol, she's asking if she can have the wifi password. is it on "
     "the router? || Agent: It's on the card on the back of the hub."),
    ("children", "benign", "chat",
     "I need to set up a new line for my nephew || Agent: Happy to help. Will he be the account holder? || "
     "yeah he's 23, just moved out, wants it in his own name || Agent: He can apply online; it takes about "
     "ten minutes."),
    ("children", "benign", "note",
     "Customer referred to his router as 'the baby' throughout the call. Replaced PSU under warranty, "
     "dispatched today."),
    ("children", "benign", "form",
     "Enquiry type: Education. Organisation: Dunmere Sixth Form College. Request: Quote for campus-wide "
     "wifi across three buildings, about 900 devices."),
    ("children", "benign", "sms",
     "Is the new rule about no contracts for under-18s a Corrie thing or a law thing? Saw it in the paper. "
     "|| Agent: It's our policy rather than the law; under-18s can still be line users on a parent's "
     "account."),
    ("children", "benign", "chat",
     "I'm 19 and a student, can I get a contract without any credit history? || Agent: You can try; if the "
     "check declines, our SIM-only plans have a lighter check. || ok"),
    ("children", "benign", "voicemail",
     "Voicemail: Hi, this is Grandma's Kitchen cafe on Weir Lane. The card machine's showing 'no network' "
     "again, we've had to take cash all morning. Can someone ring the cafe? 07700 900151."),
    ("children", "benign", "note",
     "Caller read 'minor fault' on the engineer report and thought it meant a fault about a minor. "
     "Explained 'minor' just means low severity. Customer amused."),
    ("children", "benign", "dm",
     "your new advert with the kid and the dog is so cute lol, who made it? || Agent: Glad you like it! It "
     "was made by an agency in Calderside, and Biscuit the dog is a star."),
    ("children", "benign", "email",
     "Please add a second adult user to our family plan, my partner, on the 30GB tier. Let me know what ID "
     "you need. Thanks, Alexis Moore"),
    ("children", "benign", "chat",
     "I'd like to know about the KidWatch. || Agent: It's a 4G watch a parent can manage from the app, "
     "with approved contacts and location. || Do you sell it standalone or only with a plan? || Agent: "
     "Both, it's £79 outright."),
    ("children", "benign", "review",
     "Zero signal inside the Wonderland soft play centre where I'm the manager. Our card machine can't "
     "connect. Please sort a booster. 2 stars."),
    ("children", "benign", "form",
     "Account holder date of birth: 14/07/1979. Additional line user date of birth: 22/01/1998. Plan: "
     "Family 2-line. Both users over 18."),
    ("children", "benign", "sms",
     "Hi, exams officer at Holmewood High here, could we get a quote for a temporary 4G router for the "
     "sports hall during the exam season?"),
    ("children", "benign", "chat",
     "what's the age rating on the kids channel pack on Corrie TV? is it all U? || Agent: Everything in "
     "the Kids pack is rated U or PG."),
    ("children", "benign", "call",
     "Agent: Corrie Mobile, Leon speaking. || Caller: I want the Family Safe filter turned off on my line. "
     "I'm the account holder and the only user. || Agent: No problem, I'll just verify your age with the "
     "card on file. || Caller: Go ahead."),
    ("children", "benign", "note",
     "Cust rang about a 'Kids Zone' tab showing on the TV box menu. Hid it via settings as it isn't used "
     "in the household."),
    ("children", "benign", "dm",
     "honestly the new app is so simple a child could use it, which is a compliment. well done whoever did "
     "it || Agent: Thank you! We'll pass that on to the design team."),
    ("children", "benign", "email",
     "We run holiday coding camps (Bytesized Ltd) and need ten data SIMs for loan laptops for a fortnight "
     "in August. Is there a short-term business option? Cheers, Kit"),
    ("children", "benign", "voicemail",
     "Voicemail: Hi, it's Sam from Ashbrook Scouts district office. We've got business broadband at the "
     "scout hut and it's been off since the storm. Account is under Ashbrook District Scouts. 07700 "
     "900770."),
    ("children", "benign", "review",
     "Child's play to switch. PAC code in the app, new SIM next day, number moved by the afternoon. 5 "
     "stars."),
    ("children", "benign", "email",
     "Hello, I'm organising an event for the Calderside Youth Orchestra's 40th anniversary in the town "
     "hall and need a temporary wifi setup for the livestream. Could you quote? Regards, Helen Brice, "
     "orchestra administrator"),
    ("children", "benign", "sms",
     "Where do I buy the KidWatch charger cable? Lost mine and the shop was out. || Agent: It's a standard "
     "magnetic USB-C cable, £9 online or to order in store."),
    ("children", "benign", "call",
     "Agent: Corrie Mobile, Zara speaking. || Caller: Hi, do you still do the toy drive at Christmas where "
     "you collect presents in the shops? I'd like to drop some off. || Agent: We do, any shop until 20 "
     "December."),
    ("children", "benign", "chat",
     "my phone acts like a toddler, throws a tantrum every time I open the camera. Zephyr 4, updated last "
     "night || Agent: That update had a camera bug; a fix is rolling out tonight."),
    ("children", "benign", "form",
     "Organisation: Kelmscott Young Farmers Club. Request: Temporary 4G hotspot for a show ground, one day "
     "in July. Contact: secretary@example.org"),
    # ---- special categories: religion and belief
    ("special_categories", "sensitive", "chat",
     "Can the engineer come any day except Saturday? || Agent: Sure, Friday morning? || Friday morning is "
     "fine but it has to be done by about 3, we keep Shabbat so from sunset nobody will answer the door or "
     "pick up the phone || Agent: Understood, I've booked 8-12 Friday and noted no contact after 3pm."),
    ("special_categories", "sensitive", "sms",
     "Its Ramadan so Im fasting and the 2pm shop slot is a struggle, any chance of an evening one after "
     "iftar, like 8:30? || Agent: We can do 8:30pm on Wednesday at Mill Street. Ramadan Mubarak!"),
    ("special_categories", "sensitive", "note",
     "Cust asked that a female engineer attends as she wears niqab and will be home alone during the day. "
     "Booked Jade M. for Tuesday AM; note added to the job sheet."),
    ("special_categories", "sensitive", "email",
     "Hello, I'm a Jehovah's Witness and I spend most weekends on the ministry going door to door in the "
     "villages around Westmarch. The signal out there is dreadful and I rely on the maps. Is there a plan "
     "with better rural coverage, or wifi calling I can use? Thanks, Dorothy Ingle"),
    ("special_categories", "sensitive", "review",
     "1 star. As a practising Sikh I was asked by a member of staff at your Dunmere shop to take off my "
     "turban for the ID photo. Completely unacceptable. || Agent: Mr Gill, we're very sorry. Religious "
     "head coverings never need to be removed for our ID checks, and we are retraining the team."),
    ("special_categories", "sensitive", "dm",
     "going to Saudi for Umrah next month, does the roaming pass work in Makkah and Madinah or do I need a "
     "local sim? || Agent: The Worldwide pass covers Saudi Arabia, including Makkah and Madinah, at £5 a "
     "day."),
    ("special_categories", "sensitive", "note",
     "Cust objected to the 'Blessed Christmas' card sent with his welcome pack. Says he's a committed "
     "atheist and an active member of the local humanist group; asked to be opted out of all seasonal "
     "mailings. Done."),
    ("special_categories", "sensitive", "chat",
     "hello, we are Hindu family and we have Diwali puja at home on 12th, many relatives coming and we do "
     "video call with India all evening. can i get extra data only for that day? || Agent: Happy Diwali! A "
     "1-day 20GB booster is £3, I can add it for the 12th. || yes please add"),
    ("special_categories", "sensitive", "form",
     "Contact preferences. Please do not call: Fridays 12:30 to 2:00. Reason (optional): I attend Jummah "
     "prayers at the mosque every Friday. Best time: weekday evenings."),
    # ---- special categories: ethnic origin and race
    ("special_categories", "sensitive", "chat",
     "the guy in your Calderside shop followed me round the whole time like i was going to nick something. "
     "i was the only black person in there and it was obvious why || Agent: I'm really sorry, that's not "
     "acceptable. I'm logging a formal complaint with the store manager now. Can I take a contact number?"),
    ("special_categories", "sensitive", "email",
     "I'm a Romany Gypsy and my family moves between sites through the year, so a fixed-line broadband "
     "address doesn't work for us. Is there a mobile broadband option that doesn't need a permanent "
     "address for the credit check? Thanks, Levi Smith"),
    ("special_categories", "sensitive", "note",
     "Cust is an Irish Traveller currently on the Ferry Lane site, no fixed postal address. TL approved ID "
     "via passport plus a letter from the site warden instead of a utility bill."),
    ("special_categories", "sensitive", "review",
     "2 stars. The agent asked me where I'm 'really from' after I spelled my surname. I'm British "
     "Pakistani, born and raised in Ashbrook. Not okay. || Agent: We apologise, Ms Qureshi. That comment "
     "was inappropriate and we have raised it with the agent's team leader."),
    ("special_categories", "sensitive", "dm",
     "face unlock on the new Blaze barely works for me unless I'm in bright light. I'm dark-skinned and "
     "it's clearly not been tested on people who look like me. fix it pls || Agent: Thanks for raising "
     "this. We've passed it to the manufacturer, and a low-light fix is due in next month's update."),
    ("special_categories", "sensitive", "call",
     "Agent: Corrie Mobile, Owen speaking. || Caller: I'm trying to set up broadband for my nan, but her "
     "ID is a nightmare. She came over from Jamaica as a girl in the fifties with the Windrush lot and "
     "half her papers were never sorted. || Agent: We can accept other documents; a pension letter and a "
     "GP letter would do."),
    ("special_categories", "sensitive", "sms",
     "Hi, can my parents get their letters in Punjabi? They only read Gurmukhi and keep asking me to "
     "translate. Acc in dad's name, Harjit Sandhu. || Agent: We can. I've set the letter language to "
     "Punjabi on Mr Sandhu's account."),
    ("special_categories", "sensitive", "chat",
     "im kurdish and the international add-on charges me a fortune to call home to Erbil, why are "
     "Kurdistan mobiles not included like the rest of Iraq? || Agent: Some Kurdistan region networks are "
     "billed separately; I'll check the rate for you. || please, I call my mother every day"),
    ("special_categories", "sensitive", "form",
     "Complaint type: Engineer conduct. Details: When the engineer saw my family in the living room he "
     "said 'you people always have too many devices'. We're Nigerian and it was obvious what he meant. Job "
     "ref: ENG-55120."),
    # ---- special categories: political opinions and activity
    ("special_categories", "sensitive", "email",
     "I'm standing as the Green Party candidate in the Harrowby East council by-election and I'm about to "
     "get a lot of calls. Can I add a second number to my plan that I can print on leaflets, so my "
     "personal one stays private? Thanks, Rhiannon Vale"),
    ("special_categories", "sensitive", "chat",
     "how do i stop my number showing in big whatsapp groups? || Agent: That's a WhatsApp setting, but I "
     "can also give you a second virtual number. || yes that. i organise the ashbrook climate protests and "
     "someone leaked my number to a counter group || Agent: Sorry to hear that. The Second Number add-on "
     "is £3 a month."),
    ("special_categories", "sensitive", "note",
     "Cust volunteering for the Labour campaign in Dunmere, wants unlimited minutes until polling day for "
     "phone banking. Moved to Unlimited 30-day rolling, revert after election."),
    ("special_categories", "sensitive", "review",
     "Moved to Corrie because my old network donates to the Tories and as a lifelong socialist I couldn't "
     "stomach it any more. Service is fine, coverage at home is better. 4 stars."),
    ("special_categories", "sensitive", "dm",
     "running the Yes campaign stall in the square saturday with the rest of our branch, can we use a "
     "mobile hotspot for the card reader for badges and donations? || Agent: A Mobile Hotspot Pro on a "
     "30-day plan would work well for the card reader."),
    ("special_categories", "sensitive", "call",
     "Agent: Corrie Mobile, Precious speaking. || Caller: I'm a Lib Dem councillor for Polwenna ward and "
     "constituents ring my personal mobile at all hours. Can I divert it to voicemail after 8pm without "
     "losing the number? || Agent: Yes, I can set a scheduled divert. || Caller: Lovely."),
    ("special_categories", "sensitive", "sms",
     "Can't make Saturday's shop appt, I'm out canvassing for the Conservatives all weekend before the "
     "election. Next Weds any good? || Agent: Wednesday at 5pm at Kelmscott is free, shall I book it?"),
    ("special_categories", "sensitive", "chat",
     "going to Hong Kong next week || Agent: Our Worldwide pass covers Hong Kong at £5 a day. || ok. I'm "
     "flying out to join the pro-democracy vigil outside the consulate, will Signal and VPN apps work on "
     "your roaming partner there? || Agent: We don't restrict apps; local rules may apply."),
    ("special_categories", "sensitive", "form",
     "Reason for number change: My number was posted on a far-right forum after I spoke at the "
     "anti-fascist rally in Calderside. I want a new, unlisted number. Name: Tomasz Wren."),
    # ---- special categories: trade union membership
    ("special_categories", "sensitive", "email",
     "Hi, I'm the Unite rep at the Calderside bus depot and members ring me at all hours. I'd like a "
     "second SIM on my plan just for union business so I can switch it off at weekends. What would that "
     "cost? Cheers, Gary Platt"),
    ("special_categories", "sensitive", "chat",
     "can i push the engineer to next week? || Agent: Of course, what's happening this week? || I'll be on "
     "the picket line at the depot every day with the rest of my branch, nobody home || Agent: Rebooked "
     "for Monday the 14th, 8-12."),
    ("special_categories", "sensitive", "note",
     "Customer is a shop steward for the postal workers' union at the Westmarch sorting office; wants an "
     "itemised bill for his work line so the union can reimburse calls. Sent itemised PDF."),
    ("special_categories", "sensitive", "sms",
     "My union subs go out the same day as your direct debit and it keeps bouncing, can you move yours to "
     "the 20th? Ta, Bev || Agent: Done, your direct debit now goes out on the 20th."),
    ("special_categories", "sensitive", "review",
     "Good deal through the Corrie x Unison members' discount. Just had to show my union card in store and "
     "they knocked 15% off. 5 stars."),
    ("special_categories", "sensitive", "dm",
     "I'm branch secretary of our GMB branch and need a phone with a decent camera for meetings and "
     "pickets, what's the best mid-range one you've got? || Agent: The Helix 5 has the best camera for the "
     "price, £24 a month."),
    ("special_categories", "sensitive", "call",
     "Agent: Corrie Mobile, Kieran speaking. || Caller: You do a discount for union members, don't you? "
     "I'm in the RCN, does that count? || Agent: It does, the RCN is on our partner list. I'll just need "
     "your membership number. || Caller: It's on my card, one sec."),
    ("special_categories", "sensitive", "chat",
     "Hello, I join the union at my warehouse last month and now the manager is asking to check our "
     "phones. Can he see my messages if I use company wifi? || Agent: Encrypted messaging apps can't be "
     "read over wifi, but your employer may log which sites you visit on their network. || ok thank you"),
    ("special_categories", "sensitive", "form",
     "Employer: Harbour Freight Ltd. Discount scheme: Trade union member. Union: Community. Membership "
     "number: 448210. Plan: SIM-only 50GB."),
    # ---- special categories: sexual orientation and sex life
    ("special_categories", "sensitive", "email",
     "Hi there, my husband and I want to combine our two contracts into one family plan so we get the "
     "multi-line discount. His number ends 0412 and mine ends 7786; both contracts finish in May. What's "
     "the next step? Cheers, Tom"),
    ("special_categories", "sensitive", "chat",
     "hi it's Chloe, can my girlfriend Megan be added as an authorised user on my account? we've just "
     "moved in together || Agent: Congratulations! I'll send Megan a link to verify her details. || yay "
     "thank you"),
    ("special_categories", "sensitive", "note",
     "Cust (Mr D. Ilesanmi) wants the broadband bill in both his name and his boyfriend's (Mr J. Harker). "
     "Added Mr Harker as second account contact with full authority."),
    ("special_categories", "sensitive", "review",
     "The assistant at Polwenna was so sweet helping me and my wife pick matching phones for our tenth "
     "anniversary. She even set up a shared album for us. 5 stars! Gemma"),
    ("special_categories", "sensitive", "dm",
     "off to Sitges Pride with my boyfriend Liam next week, we both need the EU pass on our lines. I'm "
     "Josh, acc ending 3390. cheers! || Agent: Both lines now have the EU pass. Have a great trip!"),
    ("special_categories", "sensitive", "chat",
     "I make adult content for a living and upload a lot of large video files from home. || Agent: Our "
     "Fibre 900 has a 100Mb upload. || Do you have any content filters on business lines that could get in "
     "the way? I got flagged on my last provider. || Agent: Business lines have no filters by default."),
    ("special_categories", "sensitive", "sms",
     "Hi, my ex-husband's still on the account. He left me for a man last year and I just want this sorted "
     "quietly without having to explain it in the shop again. || Agent: Of course. I can remove him over "
     "the phone once he confirms by email, no need to come in."),
    ("special_categories", "sensitive", "chat",
     "can you turn off the dating app ads in the Corrie app rewards section? || Agent: I can switch off "
     "personalised offers for you. || please. I'm ace and have zero interest, and it's every single day || "
     "Agent: Done, you'll only see general offers now."),
    ("special_categories", "sensitive", "form",
     "Add authorised user. Account holder: Mr Patrick Doyle. Authorised user: Mr Kieran Walsh. "
     "Relationship: Partner. Notes: we're getting married in June, so will want it changed to a joint "
     "account afterwards."),
    # ---- special categories: gender identity
    ("special_categories", "sensitive", "email",
     "I transitioned last year and changed my name by deed poll from Daniel to Danielle. Your system still "
     "calls me 'Mr' and the voice check keeps failing. I've attached the deed poll. Please update my title "
     "and name and remove the old name completely. Danielle Okoro"),
    ("special_categories", "sensitive", "chat",
     "i'm non-binary, can you use Mx on my account instead of Ms? || Agent: Absolutely, I've updated your "
     "title to Mx. Is there anything else I should change? || no that's it thank you!!"),
    ("special_categories", "sensitive", "note",
     "Customer is a trans man; old first name still showing on the itemised bill and in the app. Updated "
     "to Mr Felix Arden across all records; previous name removed per request."),
    ("special_categories", "sensitive", "review",
     "The agent kept calling me 'sir' after I'd said twice that I'm a woman. I'm trans and having to "
     "correct people on the phone is exhausting. 2 stars. || Agent: We're sorry, Ms Rees. That shouldn't "
     "have happened; we've shared your feedback with the team."),
    ("special_categories", "sensitive", "sms",
     "Pls update my name to Rowan, they/them. My gender recognition certificate's just come through and "
     "I'd like all my records to match. || Agent: Thanks Rowan, all records are updated and the "
     "certificate is noted."),
    ("special_categories", "sensitive", "call",
     "Agent: Corrie Mobile, Harriet speaking. || Caller: Hi, the line's in my name but it's my daughter's "
     "phone. She's trans, she's 22, she's changed her name to Alys and wants it to say that on the bill. "
     "|| Agent: If Alys calls us herself we can move the line into her name. || Caller: I'll tell her."),
    ("special_categories", "sensitive", "dm",
     "your online ID check keeps saying my face doesn't match my passport. the passport photo is from "
     "before I transitioned, of course I look different. how else can I verify? || Agent: You can verify "
     "in any shop with another photo ID, or we can do a video check with a team member."),
    ("special_categories", "sensitive", "form",
     "Title: Mx. Previous name (if changed): [withheld]. Reason for change: Gender transition. Please make "
     "sure my previous name does not appear on any letters."),
    ("special_categories", "sensitive", "chat",
     "Hello, my wife is transgender woman, she take new name Veronika last month. How she can change the "
     "name on her contract and keep same number? || Agent: She can update it in the app under Profile, or "
     "bring her deed poll to any shop. || ok good, we go saturday"),
    # ---- special categories: genetic data
    ("special_categories", "sensitive", "email",
     "I need to move my shop appointment on the 9th. I'm getting my BRCA test results at the genetics "
     "clinic that morning and I've no idea what state I'll be in afterwards. Could we do the following "
     "week? Thanks, Louise Hartnell"),
    ("special_categories", "sensitive", "chat",
     "can i get extra upload for a few days? || Agent: Sure, what do you need to send? || my dna kit "
     "results showed i'm a carrier for cystic fibrosis, so i'm sending the raw data file to the hospital "
     "genetics team, it's about 700MB || Agent: I'll add a 10GB booster free of charge."),
    ("special_categories", "sensitive", "note",
     "Cust mentioned Huntington's runs in her family and she tested positive for the gene last year. Wants "
     "her husband added as authorised contact now 'for the future'. Added with full authority."),
    ("special_categories", "sensitive", "sms",
     "Sorry I missed your call, I was at the genetics appointment getting my son's Fragile X result. Can "
     "you ring back tomorrow? || Agent: Of course, we'll call you tomorrow at 10."),
    ("special_categories", "sensitive", "dm",
     "my DNA test came back 40% Ashkenazi, none of us had a clue. anyway, does the roaming pass cover "
     "Israel? we're going to look for family there || Agent: Yes, Israel is in our Worldwide pass zone, £5 "
     "a day."),
    ("special_categories", "sensitive", "call",
     "Agent: Corrie Mobile, Yusuf speaking. || Caller: This is going to sound strange. The account holder "
     "is my dad, but we found out through a DNA kit that he isn't my biological father, and things are "
     "difficult. I want my line off his account. || Agent: I'm sorry, that must be hard. We can move your "
     "line into your own name today."),
    ("special_categories", "sensitive", "review",
     "The engineer fixed the line fast, but I heard him telling his colleague about my 'genetic condition' "
     "on the drive. Yes, I have Marfan syndrome, no, it's not your business. 2 stars."),
    ("special_categories", "sensitive", "form",
     "Reason for priority support: Genetic condition (hypermobile Ehlers-Danlos, confirmed by genetic "
     "testing). I can't always get to the door quickly, please allow 5 minutes."),
    # ---- special categories: biometric data
    ("special_categories", "sensitive", "email",
     "When I opened my account last year I enrolled in your Voice ID. Please delete my voiceprint from "
     "your systems and switch me back to a PIN and memorable word. Please confirm in writing that it has "
     "been deleted. Regards, Simon Aldous"),
    ("special_categories", "sensitive", "chat",
     "your shop scanned my face for the ID check on my upgrade yesterday. where is that scan stored and "
     "how long do you keep it? || Agent: The face match image is held by our verification partner for 30 "
     "days then deleted. || I want it deleted now || Agent: I've raised a deletion request, you'll get "
     "confirmation within 7 days."),
    ("special_categories", "sensitive", "note",
     "Voice ID failed 3 times; caller's voice did not match the customer's stored voiceprint. Suspected "
     "takeover attempt. Account locked; genuine customer to visit shop with photo ID."),
    ("special_categories", "sensitive", "sms",
     "Hi, I used the fingerprint scanner on the parcel locker at your Dunmere shop to collect my new "
     "phone. Is my fingerprint kept on file somewhere? || Agent: The locker keeps a fingerprint template "
     "only until collection, then it's deleted."),
    ("special_categories", "sensitive", "review",
     "The face-match ID check in the app took five goes on my face and then flagged me as a possible "
     "fraud. 1 star. || Agent: Sorry, Mr Varga. Your face scan didn't match your driving licence photo "
     "closely enough; we've verified you manually now."),
    ("special_categories", "sensitive", "dm",
     "my twin brother keeps getting past my Voice ID on your helpline, he basically has my voice. can you "
     "switch it off on my account? || Agent: Done. Voice ID is off and we've set a temporary PIN, which "
     "we've texted to you."),
    ("special_categories", "sensitive", "call",
     "Agent: Thanks for calling. To verify you, please say: at Corrie my voice is my password. || Caller: "
     "At Corrie my voice is my password. || Agent: Thank you, Mr Bhatt, that's matched against your "
     "voiceprint. How can I help? || Caller: I want to order a new SIM."),
    ("special_categories", "sensitive", "form",
     "Consent withdrawal: I withdraw consent for the processing of my facial geometry captured during "
     "in-store ID verification on 14/02 at your Harrowby store. Please delete it and confirm. Name: Claire "
     "Penhallow"),
    # ---- special categories: benign
    ("special_categories", "benign", "chat",
     "Are your shops open on Good Friday and Easter Monday? || Agent: Yes, 10am-4pm both days. || great, "
     "I'll come in for the upgrade then"),
    ("special_categories", "benign", "email",
     "Hello, I'm the facilities manager for Harrowby Central Mosque. We need the community hall broadband "
     "upgraded before our spring events, and a quote for guest wifi for about 200 people. Business account "
     "CM-B-8812. Thanks"),
    ("special_categories", "benign", "review",
     "Absolute godsend of a shop assistant at Kelmscott, sorted my trade-in and data transfer in ten "
     "minutes flat. 5 stars."),
    ("special_categories", "benign", "sms",
     "oh my god the 5G at the station is actually fast now, whatever you did, thank you"),
    ("special_categories", "benign", "note",
     "St Barnabas Church Hall (business account): hall caretaker reported wifi drops during the Sunday "
     "livestream. Line test shows errors; engineer booked Monday AM."),
    ("special_categories", "benign", "chat",
     "do you do engineer visits on Christmas Day? || Agent: Sorry, no visits on the 25th. || fair enough, "
     "what about Boxing Day? || Agent: Yes, we have a few slots on the 26th."),
    ("special_categories", "benign", "form",
     "Organisation: Ashbrook Interfaith Forum. Request: Temporary 4G hotspot for an outdoor community "
     "picnic on 6 July, approx. 150 guests. Contact: events@example.org"),
    ("special_categories", "benign", "dm",
     "bless you Corrie, the outage is fixed just in time for the match. 👏"),
    ("special_categories", "benign", "voicemail",
     "Voicemail: Hi, this is the office at the Shree Ganesh Temple community centre. Our broadband "
     "contract is up for renewal and we'd like a quote for faster fibre for the hall. Please call 07700 "
     "900284."),
    ("special_categories", "benign", "chat",
     "What languages does your helpline support? I'm putting together an info sheet for the community "
     "centre where I volunteer. || Agent: We offer interpreters in over 100 languages through our language "
     "line. || brilliant, thanks"),
    ("special_categories", "benign", "email",
     "Could you confirm whether you can produce bills in Welsh? Our town council office in Llanwern needs "
     "bilingual invoices for its contract. Account CM-B-4470. Diolch, Finance Officer"),
    ("special_categories", "benign", "review",
     "The Black Friday deal on the Zephyr 4 was genuinely good, £15 a month with 100GB. 5 stars."),
    ("special_categories", "benign", "sms",
     "Off to Poland for a stag do next week, is roaming included or do I need the EU pass? || Agent: "
     "Poland's covered by the EU pass, which is included on your plan."),
    ("special_categories", "benign", "note",
     "Business customer (import firm) needs International Saver rates to Ghana and Pakistan for calls to "
     "suppliers. Quoted both and added the bolt-on to three lines."),
    ("special_categories", "benign", "chat",
     "the white router or the black one, which has the better range? || Agent: Same hardware inside, just "
     "different colours. || white then, matches the hallway"),
    ("special_categories", "benign", "form",
     "Enquiry: Do any staff at the Calderside shop speak Polish? Context: we're a recruitment agency and "
     "want to point our seasonal workers to a shop that can help them set up SIMs."),
    ("special_categories", "benign", "call",
     "Agent: Corrie Mobile, Rosa speaking. || Caller: My surname's getting cut off on the bill, it's "
     "Nguyen-Whitaker and it only prints the first ten letters. || Agent: I can see that, the field is too "
     "short. I'll raise it with billing. || Caller: Thanks."),
    ("special_categories", "benign", "dm",
     "love the new advert with the bhangra remix, who did the music? || Agent: It's a remix by a "
     "Calderside producer, DJ Kaysh. Glad you like it!"),
    ("special_categories", "benign", "email",
     "I'm the IT contact for Harrowby Borough Council's elections team. We need temporary 4G connectivity "
     "at 14 polling stations on 2 May, 7am to 11pm. Could your business team quote by Friday? Regards, "
     "Electoral Services"),
    ("special_categories", "benign", "chat",
     "is the Mill Street shop open on election day? need to collect my repaired phone || Agent: Yes, "
     "normal hours, 9-5:30."),
    ("special_categories", "benign", "dm",
     "the politics of your upgrade eligibility are beyond me. one page says month 21 and another says "
     "month 22, which is it? || Agent: Sorry for the mix-up, it's month 22. We'll fix the other page."),
    ("special_categories", "benign", "review",
     "Voted with my feet and left after the price rise. Coverage was fine but I'm not paying 8% more for "
     "the same thing. 1 star."),
    ("special_categories", "benign", "note",
     "Customer asked whether the government's new roaming legislation affects her plan. Explained EU "
     "roaming is included on her plan regardless; no change."),
    ("special_categories", "benign", "sms",
     "Any news on the new mast for Westbury? The parish council said you'd reply to their letter by March. "
     "|| Agent: The planning application went in last month, and a reply has been sent to the parish "
     "clerk."),
    ("special_categories", "benign", "chat",
     "is Corrie party-political? saw something on twitter about a sponsorship || Agent: Corrie Mobile "
     "doesn't donate to any political party; the sponsorship you saw was for a local arts festival. || ok "
     "fair"),
    ("special_categories", "benign", "form",
     "Organisation: Dunmere Debating Society. Request: Wifi and a PA-friendly router for a public hustings "
     "night in the library hall, about 120 people. Date: 24 April."),
    ("special_categories", "benign", "voicemail",
     "Voicemail: Hi, calling from the Westmarch Conservative Club, the snooker and social club on Bridge "
     "Street. Our broadband's down and the card machine won't work. Can an engineer come today? 07700 "
     "900392."),
    ("special_categories", "benign", "chat",
     "Is roaming in the European Union still included on my plan after the changes? || Agent: Yes, the EU "
     "pass is included on all plans from £12. || ta"),
    ("special_categories", "benign", "email",
     "Please could you quote for two business lines for the Ashbrook Credit Union branch office? We'd need "
     "call recording and a shared voicemail. Regards, Office Manager"),
    ("special_categories", "benign", "note",
     "Customer wanted the Union Jack phone case for the Zephyr 4; out of stock at Kelmscott, ordered from "
     "warehouse for collection Friday."),
    ("special_categories", "benign", "sms",
     "Heard on the radio about telecoms engineers striking, is my visit on the 9th still going ahead? || "
     "Agent: Your visit isn't affected and is still on for the 9th."),
    ("special_categories", "benign", "review",
     "The union of broadband, mobile and TV on one bill is the best bit. One direct debit, one app. 5 "
     "stars."),
    ("special_categories", "benign", "dm",
     "strike while the iron's hot, Corrie. when's the Blaze 2 out? my contract ends next month || Agent: "
     "The Blaze 2 launches in spring; you'll get an upgrade email first."),
    ("special_categories", "benign", "form",
     "Organisation: Northgate branch office, Shopworkers' Union. Request: Replace the office router and "
     "add a second line for the front desk. Account: CM-B-3102."),
    ("special_categories", "benign", "call",
     "Agent: Corrie Mobile, Ben speaking. || Caller: Does the employee discount code from my company's HR "
     "portal stack with the Black Friday deal? || Agent: Sadly not, it's one or the other. The Black "
     "Friday one is better. || Caller: I'll take that then."),
    ("special_categories", "benign", "chat",
     "what does 'Unite devices' do in the app settings? || Agent: It links your phone, watch and tablet so "
     "they share one number for calls. || oh nice, turning it on"),
    ("special_categories", "benign", "chat",
     "Do you sell the rainbow Pride edition case for the Zephyr 4? || Agent: We do, £19 online or in any "
     "shop. || nice, ordering one"),
    ("special_categories", "benign", "email",
     "We're the logistics team for Calderside Pride and need six temporary SIMs with push-to-talk for our "
     "marshals on parade day, 28 June. Could the business team send a quote? Thanks, Calderside Pride "
     "Committee"),
    ("special_categories", "benign", "review",
     "Straight answers, no upselling, engineer turned up on time. Love it. 5 stars."),
    ("special_categories", "benign", "note",
     "Customer's partner, Alex, added as authorised user at customer's request. ID verified via app."),
    ("special_categories", "benign", "sms",
     "Can my husband collect my repaired phone from the Dunmere shop on Saturday? He'll bring his ID and "
     "the repair slip. || Agent: Yes, that's fine as long as he has the repair slip."),
    ("special_categories", "benign", "chat",
     "I'd like a joint bill with my partner || Agent: We'll need both account holders to agree; you can "
     "both come in store or do it in the app. || we'll come in Saturday"),
    ("special_categories", "benign", "form",
     "Relationship to account holder: Spouse. Request: Add as authorised contact for billing queries only. "
     "ID: driving licence."),
    ("special_categories", "benign", "voicemail",
     "Voicemail: Hi, it's Gayle from the Queen's Head on the green. Our pub wifi's been off since lunch "
     "and we've got the quiz tonight. Could someone give us a ring on 07700 900528?"),
    ("special_categories", "benign", "dm",
     "is 'gay abandon' a setting on your router or why has it started rebooting itself with such "
     "enthusiasm every night at 2am || Agent: Ha! That's the nightly update. I've moved it to 4am and "
     "stopped it repeating."),
    ("special_categories", "benign", "chat",
     "Can I change my title from Miss to Dr? Just passed my viva! || Agent: Congratulations, Dr Fairbairn! "
     "Updated. || thank you!!"),
    ("special_categories", "benign", "email",
     "I got married last month and changed my surname to Okafor. Please update the name on my account and "
     "send me a fresh contract summary. Thanks, Joanna Okafor (formerly Pike)"),
    ("special_categories", "benign", "form",
     "Title options: Mr / Mrs / Miss / Ms / Mx / Dr. Feedback: please add Prof, my dad keeps asking why he "
     "can't pick it."),
    ("special_categories", "benign", "note",
     "Customer asked why the sign-up form asks for gender; explained it's optional and only used to choose "
     "a title on letters. She chose to leave it blank."),
    ("special_categories", "benign", "review",
     "The agent used my nickname 'Bex' instead of Rebecca without me having to ask twice. Small thing, but "
     "nice. 5 stars."),
    ("special_categories", "benign", "dm",
     "do you have pronoun options in the app profile? I'm writing a staff training doc on customer records "
     "at my work and want to compare a few companies"),
    ("special_categories", "benign", "call",
     "Agent: Corrie Mobile, Mo speaking. || Caller: Can you change the name on my account from Christopher "
     "to Chris? I've never used Christopher. || Agent: Done, it'll show as Chris Tanner from the next "
     "bill."),
    ("special_categories", "benign", "chat",
     "hi it's Sam, can you update my contact number to 07700 900455 and stop calling the landline? || "
     "Agent: Updated, Sam. || ta"),
    ("special_categories", "benign", "review",
     "Great customer service is clearly in Corrie's DNA. Every agent I've spoken to this year has been "
     "helpful. 5 stars."),
    ("special_categories", "benign", "chat",
     "Does the Helix 5 support eSIM? || Agent: Yes, the Helix 5 supports dual eSIM. || and is it on the 24 "
     "month deal? || Agent: It is, £32 a month."),
    ("special_categories", "benign", "email",
     "I'm the IT lead at Ashbrook Genetics Lab Ltd. We move very large sequencing files between sites and "
     "need a leased line quote, ideally 1Gb symmetric. Business account CM-B-9020. Regards, Priyanka"),
    ("special_categories", "benign", "note",
     "Customer uploads large scans (~2GB) for her local family history society's archive. Recommended "
     "Fibre 500 for the upload speed."),
    ("special_categories", "benign", "sms",
     "runs in the family, my dad's router died exactly like mine, same model, same week. is it a known "
     "fault? || Agent: There was a power supply fault on that batch; we'll post you a new one."),
    ("special_categories", "benign", "dm",
     "is the ancestry website blocked by your content filter? the page just won't load on my home "
     "broadband || Agent: It isn't blocked; there was a DNS fault last night which is now fixed."),
    ("special_categories", "benign", "form",
     "Business type: Laboratory (DNA sequencing services). Lines required: 4. Broadband: Fibre 900 with "
     "static IP. Site: Unit 12, Calder Science Park."),
    ("special_categories", "benign", "voicemail",
     "Voicemail: Hi, it's Gene, Gene Talbot, account ending 3391, calling about the roaming charge from "
     "Norway. I had the pass on, so I don't think it should be there. 07700 900687."),
    ("special_categories", "benign", "chat",
     "fingerprint sensor on my Zephyr 4 stopped working after I put the new screen protector on, is that "
     "normal? || Agent: Yes, thicker glass protectors can block it. Try our ultrasonic-compatible one. || "
     "ok will swap it"),
    ("special_categories", "benign", "sms",
     "Face unlock on the new handset is slow in the dark, is there a setting or an update coming? || "
     "Agent: The 2.1 update improves low-light face unlock and is out next week."),
    ("special_categories", "benign", "note",
     "Customer asked how our Voice ID works and whether it's compulsory. Explained it's optional; she "
     "declined to enrol and kept PIN security."),
    ("special_categories", "benign", "review",
     "Smooth trade-in. The shop made me turn off the fingerprint lock and Find My Phone before they'd "
     "accept it, which makes sense. 4 stars."),
    ("special_categories", "benign", "dm",
     "the TV box voice remote only understands me if I shout at it lol. is there a sensitivity setting? || "
     "Agent: Try Settings > Voice > Microphone sensitivity: High."),
    ("special_categories", "benign", "form",
     "Query: Does the Corrie Home doorbell do facial recognition? I'd rather it didn't before I buy one. "
     "Product: Doorbell Cam 2."),
    ("special_categories", "benign", "chat",
     "how do I reset the phone so the buyer can set up their own face unlock? selling it on || Agent: "
     "Settings > System > Reset > Erase all data. Sign out of your account first. || done, thanks"),
    ("special_categories", "benign", "email",
     "Our office uses fingerprint clock-in terminals that connect over your business broadband. Since "
     "Tuesday they can't reach the server. Could someone check the static IP? Account CM-BUS-4410. Thanks, "
     "Facilities"),
    ("special_categories", "benign", "chat",
     "the voice assistant on the TV box won't wake up when my husband says the wake word but works for me, "
     "any setting for that? || Agent: Try retraining the wake word in Settings > Voice. || will do"),
]


def dod_examples() -> list[dict]:
    """The dod split as labelled tickets (same shape as ``sensitive_eval.build_eval_set``'s)."""
    return stranger_examples("dod", ENTRIES, SUBJECTS)
