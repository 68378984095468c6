"""crag split: written by a helper who had not seen the detection rules, the anchors or any other split.
Setting: Cragside Energy, an invented home-energy supplier and boiler-repair firm (meter readings, smart meters,
tariffs, direct debits, engineer visits, boiler cover, a priority services register, outages); registers are
email, chat, sms, call, agent_note, web_form, review, voicemail, dm and in_app.
The benign half borrows the same territory harmlessly: product names ("Boiler Health Check", "Family Fixed 24",
"Gas Guardian"), idioms (dead boilers, killer deals, coming out on Thursday), organisations acting as
organisations (a GP surgery, a mosque committee, a union branch, a school office, a funeral director's),
general policy questions about the register, benefits schemes and titles, and routine payment trouble.
70 sensitive and 70 benign tickets for special categories, 50 and 50 for children, 20 and 20 for financial hardship,
15 and 15 for health, legal, bereavement and violence and self-harm.
First reading (policy 2026.11.20, before any change made in response to it; `sensitive_eval.evaluate`, as `make
eval-sensitive`): 93.5 / 4.5 recall / false exclusion in % as shipped, 95.5 / 15.5 without the overruling, 94.0 / 13.0
by the rules alone. Held out: never tuned or trained on."""

from __future__ import annotations

from training_gate.sensitive_blind import stranger_examples

SUBJECTS: tuple[str, ...] = (
    "Meter reading query",
    "Smart meter not sending readings",
    "Change to my direct debit",
    "Engineer visit - booking and rebooking",
    "Boiler cover renewal",
    "Priority Services Register",
    "Power cut on our street",
    "Tariff switch request",
    "Bill higher than expected",
    "Moving home - final readings",
    "Boiler breakdown - no heating or hot water",
    "Update to account details",
    "Prepayment meter top-up problem",
    "Complaint about a recent visit",
)

ENTRIES: list[tuple[str, str, str, str]] = [
    # ---- health
    ("health", "sensitive", "email",
     "Hello, I'd like to be added to your Priority Services Register please. I do haemodialysis at home three "
     "nights a week and the machine can't just stop if the power goes, so I need advance warning of any planned "
     "work on the network. Account CRG-40317. Many thanks, Hugh Tennant"),
    ("health", "sensitive", "chat",
     "hi is there any slot after 2pm for the boiler service || Agent: Let me check - we have Wednesday 2-6pm or "
     "Friday 12-4pm. || wed pls. mornings are no good, i've got chemo on the ward till about 1 and i'm wiped "
     "after || Agent: Wednesday 2-6pm is booked. I'll note the engineer should call ahead."),
    ("health", "sensitive", "agent_note",
     "Cust advised she has MS and can no longer manage the stairs down to the cellar where the meter is. Added "
     "PSR needs code for mobility, sent meter relocation quote, set reading reminders to 'we'll read for you'."),
    ("health", "sensitive", "voicemail",
     "Voicemail transcript: ehm, hello, it's Norman Bright, 22 Ferncliff Road. Since they did my hip in March I "
     "can't get down on the floor to read the meter, it's right down by the skirting. Could somebody come and do "
     "it for me, or can you move it up a bit? Thank you, bye now."),
    ("health", "sensitive", "sms",
     "Sorry I missed the engineer today, I was in A&E with my knee till gone 3am and slept through. Can we rebook "
     "for Thurs? Ref JB-2291"),
    ("health", "sensitive", "web_form",
     "Form: Contact preferences | Name: Carys Whitlow | Preferred contact: SMS only | Reason: I am profoundly "
     "deaf and cannot use the phone, please stop ringing me about the meter exchange, text 07700 900418 instead"),
    ("health", "sensitive", "call",
     "Caller: I got a letter about a planned power cut on the 14th, 9 till 3. || Agent: Yes, that's for cable "
     "work on Lowther Street. || Caller: The thing is my insulin's in the fridge and I can't have it go warm, I'm "
     "type 1. What do I do? || Agent: I'll add you to our Priority Services Register and arrange a cool bag."),
    ("health", "sensitive", "review",
     "5 stars. Engineer Dale noticed I was struggling for breath on the stairs (I have COPD) and moved the "
     "thermostat down to the hall so I don't have to climb up to change it. Above and beyond. || Agent: Thank "
     "you, we'll pass this on to Dale and his manager."),
    ("health", "sensitive", "dm",
     "hey, the alarm on the smart display beeps every time usage spikes and honestly it sets off my panic "
     "attacks, I've had an anxiety disorder for years. is there any way to mute it for good??"),
    ("health", "sensitive", "in_app",
     "Accessibility request: I'm registered blind and the PDF bills don't work with my screen reader. Could you "
     "send statements in braille or as plain text emails instead? Thanks, Ibrahim."),
    ("health", "sensitive", "email",
     "Dear Cragside, our boiler is broken since Sunday. My wife is pregnant 7 month and is very cold in the "
     "night, the doctor says she must stay warm. Please can engineer come fast as possible. Regards, Tomasz "
     "Wierzbicki, 3 Mill Row"),
    ("health", "sensitive", "chat",
     "I need to change the direct debit date to the 20th || Agent: No problem, can you confirm the first line of "
     "your address? || 41 Harbour View. sorry for slow typing, just out of hospital after a stroke and doing "
     "this one handed || Agent: Take all the time you need. The date's now changed to the 20th."),
    ("health", "sensitive", "agent_note",
     "Husband of account holder uses an oxygen concentrator 24/7. PSR code added, outage priority line number "
     "given, backup cylinder advice sent. Do not book any supply interruption without calling first."),
    ("health", "sensitive", "email",
     "Hi - apologies for the two months of unopened letters. I've been in a really bad depressive episode and "
     "couldn't face the post. The bill's now paid in full, but could you switch me to email statements so it "
     "doesn't pile up again? Leon"),
    ("health", "sensitive", "voicemail",
     "Voicemail: Hi, this is Gwen calling about my dad, Arthur Pelling, account ending 882. He's got dementia "
     "now and he keeps ringing you to book engineers he doesn't need. Could you call me back on 07700 900271 "
     "before booking anything with him? Thanks."),
    ("health", "benign", "email",
     "Hi, is the annual Boiler Health Check included in HomeCare Plus, or is it an extra charge? The renewal "
     "letter isn't clear. Account CRG-11862."),
    ("health", "benign", "chat",
     "my in-home display says 'heartbeat lost' in red. is the meter broken? || Agent: That message just means "
     "the display hasn't heard from the meter for a while. Try moving it nearer the meter cupboard. || oh ok, "
     "moved it to the hall, it's back now || Agent: Great, it should sync every 30 minutes from here."),
    ("health", "benign", "agent_note",
     "Business acct: Kelsby Medical Centre (GP surgery, practice manager R. Obi). Requested upgrade to "
     "half-hourly metering for the extension. Passed to B2B metering team, SLA 10 working days."),
    ("health", "benign", "sms",
     "Our boiler is on life support lol. Pressure keeps dropping to 0.5 every morning. Earliest visit please? "
     "Postcode CW4 2RT"),
    ("health", "benign", "web_form",
     "Enquiry type: Products | Message: Do you sell carbon monoxide alarms, and can the engineer fit one during "
     "the annual service? Happy to pay for it."),
    ("health", "benign", "review",
     "2 stars. Sick of being on hold for 40 minutes every time I ring about the same meter fault. The engineer "
     "was fine, the phone line is the problem. || Agent: We're sorry about the wait. We've added call-backs so "
     "you won't need to hold next time."),
    ("health", "benign", "call",
     "Caller: I'm putting together a leaflet for our residents' association. What does your Priority Services "
     "Register actually offer? || Agent: Things like advance notice of power cuts, password schemes for "
     "callers, and large-print or braille bills. || Caller: Lovely, can I get that in writing to copy in?"),
    ("health", "benign", "in_app",
     "What is the 'Home Energy Health Score' on the dashboard? Mine dropped from 78 to 62 this month and I "
     "haven't changed anything."),
    ("health", "benign", "voicemail",
     "Voicemail: Hi, it's Dev from Brackenford Pharmacy, the shop on Queen Street, business account. The meter "
     "in the back room is showing an error code, E-04. Can someone call me back before 6? Cheers."),
    ("health", "benign", "email",
     "I think my thermostat has a fever - it's reading 29 degrees in a room that's freezing. Is there a way to "
     "recalibrate it, or does it need replacing under my cover?"),
    ("health", "benign", "dm",
     "Your engineer Sam was an absolute lifesaver today, had the boiler going again in 20 mins on the coldest "
     "morning of the year. Thank you!!"),
    ("health", "benign", "chat",
     "Power's off on our street. Does the hospital on Mill Lane get switched back on first? We're right next to "
     "it so wondered if we'd be back on sooner || Agent: Hospitals have their own backup, so the restoration "
     "order doesn't follow them. Your fault is estimated fixed by 4pm. || ah fair enough, thanks"),
    ("health", "benign", "agent_note",
     "Cust asked whether 'Boiler CareFirst' includes a personal alarm or carer service. Confirmed it's only the "
     "name of our breakdown product - covers boiler, controls and flue. Cust happy, renewed for 12 months."),
    ("health", "benign", "web_form",
     "Business: The Copper Kettle Café | Query: Our meter cupboard is inside the accessible toilet. Can your "
     "engineer come after we close at 5 so it's not out of use for customers?"),
    ("health", "benign", "email",
     "Hello, I manage the estates side for Ashcombe Care Homes. We have three sites on Cragside business gas and "
     "the contract ends in June - could you send renewal quotes for all three? Kind regards, Fiona Lyle"),
    # ---- bereavement
    ("bereavement", "sensitive", "email",
     "To whom it may concern, my mother, Joan Hartley, passed away on 2 February. I'm the executor of her estate "
     "and need to close her gas and electricity account (CRG-55120) and get a final bill. I have the death "
     "certificate if you need a copy. Regards, Martin Hartley"),
    ("bereavement", "sensitive", "chat",
     "hi, my dad died last month and everything's in his name, what do i do about the account || Agent: I'm so "
     "sorry for your loss. Are you staying in the property or is it being sold? || staying for now, i lived "
     "with him || Agent: Then we can move the account into your name - no credit check, and no interruption."),
    ("bereavement", "sensitive", "agent_note",
     "Cust's wife died three weeks ago, account in her name. Referred to bereavement team, held all collections "
     "activity for 60 days, transfer of account to Mr Raines started. Cust tearful - call back on Friday."),
    ("bereavement", "sensitive", "sms",
     "Sorry can't do the Thursday appointment after all, it's my nan's funeral. Any chance of Monday? Thanks - "
     "Kez || Agent: So sorry for your loss, Kez. Monday 12-4 is yours."),
    ("bereavement", "sensitive", "voicemail",
     "Voicemail: Hello, it's Irene Cole. My husband Ray passed on Sunday. He had the boiler cover on his card "
     "and I don't know if it carries on. I'm not very good with these things. Could someone ring me at home, "
     "please? Thank you."),
    ("bereavement", "sensitive", "web_form",
     "Form: Tell us about a death | Name of the person who died: Derek Ansell | Date of death: 11/01 | Your "
     "relationship: son | Property: 7 Orchard Close, Estholme | Will anyone still live there? No"),
    ("bereavement", "sensitive", "review",
     "When my partner died last autumn I dreaded ringing every company. Cragside's bereavement team were the "
     "only ones who didn't make me repeat it three times. Thank you, Aisha. || Agent: Thank you for taking the "
     "time to write this. We've shared it with Aisha and we're thinking of you."),
    ("bereavement", "sensitive", "call",
     "Caller: I need to take my brother's name off the account. || Agent: Of course. Can I ask what's changed? "
     "|| Caller: He was killed in the crash on the bypass in December. We shared the house. || Agent: I'm so "
     "sorry. I'll put the account in your name from that date and you won't need to do anything else."),
    ("bereavement", "sensitive", "dm",
     "my gran passed away in the summer and the app still sends 'Hi Margaret, time for your meter reading' to "
     "my phone bc I set it up for her. it gets me every time. can you stop it pls"),
    ("bereavement", "sensitive", "in_app",
     "Manage users > Remove user: Peter Quayle. Reason (optional): he passed away in January, I'm his wife and "
     "will keep the account going myself."),
    ("bereavement", "sensitive", "email",
     "Hello, I cannot be at home on 3 March for the smart meter. My father he die in Poland last week and I must "
     "go for the funeral, I come back on 12. Please change the date. Thank you, Agnieszka"),
    ("bereavement", "sensitive", "chat",
     "can u tell me what reading u have for march || Agent: We have an estimate of 18420. Do you have an actual "
     "one? || sorry if im slow today, we had mum's funeral yesterday and my head's all over the place. reading "
     "is 18377 || Agent: Please don't apologise. Updated - your bill will go down slightly."),
    ("bereavement", "sensitive", "agent_note",
     "Landlord (Kestrel Lettings) reports tenant at Flat 2, 19 Weir St found deceased; police have attended. "
     "Needs closing read and account stopped from 8th. Tenant's next of kin not yet known."),
    ("bereavement", "sensitive", "voicemail",
     "Voicemail transcript: Yes, hello. I'm ringing because my wife's died and the heating's gone off and I "
     "don't know how the timer works, she always did all that. Name's Walter Brindley. Please ring me."),
    ("bereavement", "sensitive", "sms",
     "Your letter is addressed to my late husband AGAIN. Please change the account to Mrs Sandra Fenn. This is "
     "the third time I've asked. || Agent: I'm very sorry, Mrs Fenn. It's now changed and I've raised why it "
     "didn't happen before."),
    ("bereavement", "benign", "email",
     "The boiler is dead. Completely dead - no lights on the front, no pilot, nothing, and the fuse is fine. "
     "I'm on Gas Guardian cover, account CRG-60214. When can someone come? || Agent: Sorry to hear that. An "
     "engineer can be with you tomorrow between 8 and 1 - does that work? || Yes please."),
    ("bereavement", "benign", "chat",
     "my meter display died after last night's power cut || Agent: Is the screen blank or showing an error? || "
     "totally blank || Agent: Hold the button on the side for 10 seconds to restart it. || that did it, cheers"),
    ("bereavement", "benign", "agent_note",
     "Cust asked what the 'Estate' tariff on her quote means. Clarified it's the developer tariff for the Manor "
     "Estate new builds, not anything to do with wills. Cust stayed on Standard Variable."),
    ("bereavement", "benign", "sms",
     "RIP old Baxi, 22 years of service. Could I get a quote for a new combi please? 3 bed semi. Thanks, Rob || "
     "Agent: Happy to. A surveyor can come Thursday to measure up - morning or afternoon?"),
    ("bereavement", "benign", "voicemail",
     "Voicemail: Hi, it's Lorna at Hartwell & Sons Funeral Directors on Kirk Street, we're a business customer. "
     "The heating in the chapel of rest keeps cutting out and we need an engineer this week. Thanks."),
    ("bereavement", "benign", "web_form",
     "Enquiry type: General | Message: I volunteer at an advice centre and we're compiling supplier policies. "
     "What's your process when an account holder dies? Is there a dedicated team and a phone line?"),
    ("bereavement", "benign", "review",
     "Dead easy switch. Took ten minutes online and the first bill was exactly as quoted. || Agent: Great to "
     "hear - welcome to Cragside!"),
    ("bereavement", "benign", "call",
     "Caller: What's the deadline for sending a reading before the price change? || Agent: Any time up to 5 "
     "days either side of the 1st. || Caller: And a photo is fine? || Agent: Yes, upload it in the app."),
    ("bereavement", "benign", "dm",
     "sorry my phone died mid-chat earlier - we were sorting out the engineer date for the boiler service, "
     "ref BK-7730. was it the 9th?"),
    ("bereavement", "benign", "in_app",
     "The app says 'Meter lost - last seen 14 days ago'. What does that mean? The meter is still on the wall!"),
    ("bereavement", "benign", "email",
     "Dear Cragside, I'm the facilities officer for Rookhaven Borough Council. The cemetery lodge on Yew Lane "
     "is moving onto our corporate gas contract from April - please confirm the handover date. J. Marsh"),
    ("bereavement", "benign", "chat",
     "is this the late payment team? I paid two days late this month, will there be a fee || Agent: No, as long "
     "as it's in within 14 days there's no charge. || phew ok"),
    ("bereavement", "benign", "agent_note",
     "Smart meter in basement flat stuck in a signal dead zone - no WAN comms since install. Logged with "
     "comms provider, cust to give manual reads meanwhile."),
    ("bereavement", "benign", "sms",
     "Grave error on my bill - you've charged me for February twice! Ref CRG-30981. Please sort. || Agent: "
     "You're right, February was billed twice. The duplicate is removed."),
    ("bereavement", "benign", "voicemail",
     "Voicemail: Hi, it's Phil, 12 Tor Gardens. The pilot light keeps dying on the old back boiler - it goes out "
     "a few times a day now. Could an engineer take a look? Ta."),
    # ---- legal
    ("legal", "sensitive", "email",
     "I've been advised by my solicitor not to pay the disputed £1,400 back-billing until the small claims "
     "hearing on 12 May. Please put the account on hold until then. I'll forward the court paperwork. Owen Price"),
    ("legal", "sensitive", "chat",
     "someone broke into my flat on sunday and took the prepay key and card || Agent: I'm sorry, are you safe "
     "now? || yeah. police came, crime ref CR/4471/24 if u need it || Agent: Thank you, I've noted it and a new "
     "key and card are on the way."),
    ("legal", "sensitive", "agent_note",
     "Cust states her ex-husband is subject to a non-molestation order. Do NOT disclose current address or "
     "account details to anyone calling as Mr Dearden. Password added."),
    ("legal", "sensitive", "voicemail",
     "Voicemail: Alright, it's Craig Sutton, account at 9 Brook Lane. I'm on bail at my sister's and can't go "
     "back to the house till the court date, so nobody'll be in for the engineer on Tuesday. Can you move it?"),
    ("legal", "sensitive", "web_form",
     "Form: Change of account holder | Reason: divorce proceedings ongoing, decree nisi expected in June. My "
     "husband has moved out; please remove him from the account. | Name: Rachel Dearing"),
    ("legal", "sensitive", "call",
     "Caller: Your engineer flooded my kitchen and nobody's paying for it. I'm taking Cragside to court. || "
     "Agent: I'm sorry to hear that. I'll raise a formal complaint. || Caller: My lawyer will be writing to "
     "you this week. || Agent: Understood, I'll pass the case to our legal team."),
    ("legal", "sensitive", "review",
     "1 star. Had to get a lawyer involved before they'd admit the meter was wrongly wired to next door's flat. "
     "Eighteen months of paying someone else's bills. || Agent: We're sorry. Our complaints team will contact "
     "you directly today."),
    ("legal", "sensitive", "sms",
     "Can't be in for meter exchange Tues - I'm in magistrates court for a driving charge. Wed or Thurs ok? || "
     "Agent: Wednesday 1-5pm is booked. Good luck."),
    ("legal", "sensitive", "dm",
     "quick q, I've got a criminal conviction from 2016 (spent now I think). does that rule me out of your "
     "apprentice engineer scheme? don't want to waste anyone's time || Agent: Spent convictions don't need to "
     "be disclosed, and we assess each application on its merits - do apply!"),
    ("legal", "sensitive", "in_app",
     "Document request: My former landlord is suing me over the flat and his solicitors want my energy "
     "statements from 2022-23 as evidence. Can you send them to me as PDFs?"),
    ("legal", "sensitive", "email",
     "Sorry for not using the app. I was arrested last week (it's been dropped, wrong person) and the police "
     "kept my phone until yesterday. The meter readings for the last two weeks are attached."),
    ("legal", "sensitive", "agent_note",
     "Caller's son is currently in HMP Calderwick. She wants to close his account at 4 Pike Row. Advised we "
     "need a signed authority or POA from him before we can act."),
    ("legal", "sensitive", "chat",
     "I need a letter showing I've been the only one paying the bills since March || Agent: We can do a payment "
     "history letter. What's it for? || my family law solicitor, it's for the custody hearing || Agent: I'll "
     "email it today, addressed to you."),
    ("legal", "sensitive", "voicemail",
     "Voicemail: It's Dennis Moyo. I've got an employment tribunal against my last employer and my barrister "
     "wants proof of when I moved to this address. Could you post a letter with my account start date?"),
    ("legal", "sensitive", "web_form",
     "Form: Meter issue | Details: Your revenue protection officer said my meter had been tampered with and now "
     "the police have interviewed me under caution. I didn't touch it. I want the photos your officer took."),
    ("legal", "benign", "email",
     "Hi, I'm letting out a flat for the first time. What are the legal requirements on gas safety - do your "
     "engineers issue the landlord certificate (CP12) during a service? Thanks, Paul"),
    ("legal", "benign", "chat",
     "why is there a standing charge when I've used nothing all month || Agent: The standing charge covers "
     "keeping the supply connected, so it applies even with zero usage. || seems harsh but ok || Agent: Our "
     "Lite tariff has a lower one if you're away a lot."),
    ("legal", "benign", "agent_note",
     "Cust asked for a copy of the T&Cs, section 9 (ending your contract). PDF emailed, exit fee explained "
     "(£50 per fuel, waived in the last 49 days)."),
    ("legal", "benign", "sms",
     "The 60 day trial of the smart thermostat ends next week. Do I need to send it back or just keep paying? "
     "|| Agent: If you keep it, billing simply carries on. To return it, we'll send a prepaid box."),
    ("legal", "benign", "voicemail",
     "Voicemail: Hi, it's about case reference CS-20931. I was promised a call back about my smart meter "
     "readings on Monday and nobody's rung. Could someone call me? Thanks."),
    ("legal", "benign", "web_form",
     "Business account details | Company legal name: Pellington Bakery Ltd | Companies House no.: SC1048 | "
     "Please show the full legal name on invoices, our accountant needs it."),
    ("legal", "benign", "review",
     "Verdict after a year: solid. Fair prices, app works, one boiler repair done in 24 hours. || Agent: Thanks "
     "for the review - glad the first year's gone well."),
    ("legal", "benign", "call",
     "Caller: Is it legal for you to move me onto a prepayment meter without asking? Just reading about it. || "
     "Agent: We'd never do that without contacting you first, and there are strict rules on it. || Caller: "
     "Good to know, that's all I wanted."),
    ("legal", "benign", "dm",
     "hi, do you supply the new houses on Magistrates Row? the postcode checker doesn't recognise it yet || "
     "Agent: We do - new postcodes take a few weeks to appear. Send me the house number and I'll quote manually."),
    ("legal", "benign", "in_app",
     "Pop-up says 'Accept updated Terms of Service'. What actually changed? I don't want to click yes blind."),
    ("legal", "benign", "email",
     "Hello, I'm the office manager at Calderwick Law Centre, a small charity. Our electricity contract with "
     "Cragside ends in May - could you send a renewal quote for the office on Tanner Street? Best, Grace"),
    ("legal", "benign", "chat",
     "the engineer marked my boiler 'At Risk' - is it illegal to keep using it? || Agent: It isn't illegal, but "
     "it isn't safe, so he's turned it off until it's repaired. || ok when's the earliest repair || Agent: "
     "Tomorrow morning, 8-12."),
    ("legal", "benign", "agent_note",
     "Conveyancing solicitor (Brand & Hale) requested final meter readings for sale of 14 Estholme Rd, "
     "completion date 3 April. Sent closing statement request form to seller."),
    ("legal", "benign", "sms",
     "Just got a 'FINAL NOTICE' email from cragside-billing.info - is that really you? I paid last week. || "
     "Agent: No, that's not us - our emails only come from cragside energy addresses. Please delete it."),
    ("legal", "benign", "voicemail",
     "Voicemail: Hi there, calling about the warranty claim on my boiler's fan, the part was fitted in "
     "September and it's failed again. Claim ref WC-1187. Thanks."),
    # ---- violence_self_harm
    ("violence_self_harm", "sensitive", "email",
     "Please read this carefully. My ex-partner has been calling your helpline pretending to be me to find out "
     "my new address. He was violent towards me and I moved to get away from him. Please put a password on "
     "my account and never confirm where I live. - L. Harding"),
    ("violence_self_harm", "sensitive", "chat",
     "the meter box on the outside wall is smashed || Agent: Sorry to hear that. Do you know how it happened? "
     "|| my neighbour did it. he's been threatening me for weeks, said next time it'd be my head || Agent: "
     "That sounds frightening. Please contact the police - we'll send someone to make the box safe today."),
    ("violence_self_harm", "sensitive", "agent_note",
     "Cust disclosed domestic abuse - husband controls the account and all the money, checks her phone. Set up "
     "safe contact: calls only to 07700 900563, never leave voicemail. Flagged vulnerable."),
    ("violence_self_harm", "sensitive", "sms",
     "I don't see the point any more. Can't afford the heating and I'm thinking of ending it tbh"),
    ("violence_self_harm", "sensitive", "voicemail",
     "Voicemail transcript: This is Mr Pryce, 30 Gorse Hill. When I queried the bill with your engineer today "
     "he grabbed my arm and shoved me back against the door. I'm 74. I want someone to ring me today."),
    ("violence_self_harm", "sensitive", "web_form",
     "Form: Update details | Request: I'm being stalked by someone I used to live with. Please take my address "
     "off any letters that go to the old joint account - he still gets post there."),
    ("violence_self_harm", "sensitive", "review",
     "1 star. After fitting my smart meter your engineer texted me six times asking me out, then turned up at "
     "my door 'to check the install'. I felt unsafe in my own home. || Agent: This is completely unacceptable. "
     "Our safeguarding lead will call you today and he has been removed from customer visits."),
    ("violence_self_harm", "sensitive", "call",
     "Caller: It's about the bill, the £212. || Agent: I can see it. Shall we look at spreading it? || Caller: "
     "Honestly I'm not coping. I've been cutting myself again and the bill's just... || Agent: Thank you for "
     "telling me. Are you safe right now? Samaritans are free on 116 123, and I'll stay on the line."),
    ("violence_self_harm", "sensitive", "dm",
     "one of ur call centre staff (Kyle) has been messaging me on instagram since I rang about my bill. he must "
     "have got my name off the account. it's scaring me, how does he know where I live"),
    ("violence_self_harm", "sensitive", "in_app",
     "Booking note for engineer: please can two of you come, or call from the car first. Last month the man "
     "downstairs attacked me in the stairwell and he's still living there."),
    ("violence_self_harm", "sensitive", "email",
     "I'm writing about my account (CRG-21904). My son lives with me and he's been hitting me and taking the "
     "top-up money for the meter. I'm frightened to say anything to him. Is there a way you can stop him "
     "using my card?"),
    ("violence_self_harm", "sensitive", "chat",
     "I need to close my account at 18 Vine Street || Agent: Sure, are you moving home? || I'm in a refuge now, "
     "I had to get away from my husband. please don't send anything to that address || Agent: Understood. I'll "
     "use only this chat and your new email."),
    ("violence_self_harm", "sensitive", "agent_note",
     "Caller said she'd rather be dead and that she'd taken 'a lot of tablets'. Kept her talking, emergency "
     "services called to address on file, welfare check requested. Team leader informed."),
    ("violence_self_harm", "sensitive", "voicemail",
     "Voicemail: Hi, my name's Dawn. Someone keeps leaving threatening notes on my door saying the debt on the "
     "meter's his and he'll 'make me pay for it'. I think it's the man who lived here before. Please ring back."),
    ("violence_self_harm", "sensitive", "sms",
     "Bloke next door says he'll burn my house down if your engineer parks on his side again. Can they park "
     "round the corner pls || Agent: Yes, we'll tell him. Please also report the threat to the police on 101."),
    ("violence_self_harm", "benign", "email",
     "This bill is killing me - £38 more than last month and I've been away for a week of it. I think you've "
     "estimated. Actual readings: day 23481, night 10234. Please rebill. Kamal"),
    ("violence_self_harm", "benign", "chat",
     "the heating's banging like someone's hammering on the pipes at 6am || Agent: That sounds like air or "
     "kettling in the system. Is your pressure between 1 and 1.5? || it's at 0.8 || Agent: Let's top it up "
     "together - have you got the filling loop handy?"),
    ("violence_self_harm", "benign", "agent_note",
     "Cust received a text claiming to be Cragside asking for card details to 'avoid disconnection'. Advised "
     "not to click; forwarded to fraud team. No payment made."),
    ("violence_self_harm", "benign", "sms",
     "Killer deal on the Fixed 24, signing up now! Do I need to give a reading on the switch date? || Agent: "
     "Yes please - a photo in the app that day is perfect."),
    ("violence_self_harm", "benign", "voicemail",
     "Voicemail: Hi, it's Hannah. The smart display is screaming at me with alerts every hour and it's driving "
     "me up the wall. How do I switch the sound off? Thanks."),
    ("violence_self_harm", "benign", "web_form",
     "Enquiry type: General | Message: Do your engineers carry photo ID? I'd like to know what to check before "
     "I let anyone in for the meter exchange."),
    ("violence_self_harm", "benign", "review",
     "Smashed it! Engineer fixed a fault two other firms couldn't find. Tidy, polite, quick. || Agent: Thanks "
     "for the shout-out, we'll pass it on."),
    ("violence_self_harm", "benign", "call",
     "Caller: I'm about to throttle this thermostat. It says 20 and the house is like an oven. || Agent: Ha, "
     "let's see. Is it near a radiator or in sunlight? || Caller: Right above the radiator actually. || Agent: "
     "That'll be it - we can move it for free under your cover."),
    ("violence_self_harm", "benign", "dm",
     "ur chatbot keeps threatening to cut me off lol. turns out it's just the standard DD reminder wording, "
     "maybe tone it down a bit?"),
    ("violence_self_harm", "benign", "in_app",
     "What's a 'usage shock' alert? The app flagged one yesterday at 7pm. I was only using the oven."),
    ("violence_self_harm", "benign", "email",
     "Reminder from Cragside: for our engineers' safety, please keep dogs and other pets in a separate room "
     "during your visit on Friday. If that's not possible, let us know and we'll rearrange."),
    ("violence_self_harm", "benign", "chat",
     "heads up, my cat attacked the engineer's tool bag earlier and might have run off with a washer || Agent: "
     "Ha! I'll let him know to check. Was the boiler fixed? || yes all good || Agent: Brilliant."),
    ("violence_self_harm", "benign", "agent_note",
     "Caretaker at Willow Court reports the shared meter cupboard door was kicked in overnight. Nobody hurt, "
     "meters intact. Replacement lock and door ordered, access for 12 flats."),
    ("violence_self_harm", "benign", "sms",
     "The fight with the thermostat continues lol - set to 20, says 24. Can someone look at it this week? || "
     "Agent: Booked for Wednesday, 12-4. He'll check the sensor."),
    ("violence_self_harm", "benign", "voicemail",
     "Voicemail: Hello, the electric meter keeps beeping every few minutes and it's doing my head in. Is there "
     "a reset? Flat 6, Anchor House. Thanks."),
    # ---- financial_hardship
    ("financial_hardship", "sensitive", "email",
     "Hi, I was let go from my job at the end of last month and I won't be able to pay this quarter's bill "
     "(£286). Is there any way to set up a payment plan until I find something? Thanks, Ellis"),
    ("financial_hardship", "sensitive", "chat",
     "my prepay meter is on emergency credit and that's nearly gone || Agent: I can add £10 of extra credit. "
     "When can you next top up? || not till my universal credit comes in on tuesday, I've got nothing till "
     "then || Agent: OK, I've added £20 to get you to Tuesday and it won't be taken back in one go."),
    ("financial_hardship", "sensitive", "agent_note",
     "Arrears £642. Cust on ESA only, lives alone. Agreed repayment via Fuel Direct at £3.95/week from "
     "benefits. Collections paused, referred to hardship fund."),
    ("financial_hardship", "sensitive", "sms",
     "Cant pay the DD this month, been made redundant Fri. Please dont take it or my account goes overdrawn || "
     "Agent: We've cancelled this month's collection. Could we call you tomorrow to talk about a plan?"),
    ("financial_hardship", "sensitive", "voicemail",
     "Voicemail transcript: Hello, I've had a letter from Lowmoor Recovery saying they're collecting a debt "
     "for Cragside from my old flat, £512. I didn't know it had gone to a debt collector. Can I pay you "
     "direct instead? It's Mr Asante."),
    ("financial_hardship", "sensitive", "web_form",
     "Form: Hardship fund application | Household income: PIP and Carer's Allowance only | Arrears: £780 | "
     "What would help: clearing the gas arrears so we can stop self-disconnecting"),
    ("financial_hardship", "sensitive", "call",
     "Caller: I need to close the account at 12 Ryder Street. || Agent: Are you moving? || Caller: Sort of. "
     "We're being evicted at the end of the month, bailiffs come on the 30th. || Agent: I'm sorry. I'll "
     "take the final reading that day and we can spread anything that's left."),
    ("financial_hardship", "sensitive", "review",
     "I told them I'd been declared bankrupt and they still sent three chasers for money that's in the "
     "bankruptcy. || Agent: That shouldn't have happened. We've now recorded the bankruptcy and stopped all "
     "letters for that debt."),
    ("financial_hardship", "sensitive", "dm",
     "hi I'm in an IVA and my insolvency practitioner told me to contact you about the £380 balance on my "
     "old account, who do I send the paperwork to?"),
    ("financial_hardship", "sensitive", "in_app",
     "Emergency credit used up and I've literally got £2 in the bank till Friday. Is there anything you can "
     "do? I've turned the fridge off already. || Agent: Please turn it back on - we've added £30 of support "
     "credit to your meter now."),
    ("financial_hardship", "sensitive", "email",
     "Dear sir, I loose my work at the warehouse in January and now I am only on Jobseeker's. I cannot pay the "
     "£95 every month. Please can it be less money? Account CRG-70415. Thank you, Dragan"),
    ("financial_hardship", "sensitive", "chat",
     "why has my DD gone up to £90 a month || Agent: It's based on your usage over winter. || we've been using "
     "the food bank since christmas, there is no way we can pay £90 || Agent: I understand. Let's look at a "
     "lower amount and our Warmth Fund - can I ask a few questions?"),
    ("financial_hardship", "sensitive", "agent_note",
     "Cust self-disconnecting on PPM for 4 days, said she's choosing between heating and food. Issued £49 "
     "fuel voucher, referred to StepChange for debt advice, follow-up call booked."),
    ("financial_hardship", "sensitive", "voicemail",
     "Voicemail: Hi, it's Shona Baird, account 6-1-9-3. My hours have been cut to eight a week and with the "
     "rent I just can't make the payments at the minute. I'm not ignoring you, I just don't have it."),
    ("financial_hardship", "sensitive", "call",
     "Caller: Can we talk about the balance? || Agent: Of course, it's £460. || Caller: I've three credit "
     "cards maxed out and a CCJ already, I'm scared of this going the same way. || Agent: It won't - let's set "
     "something affordable and I'll give you the details of a free debt adviser."),
    ("financial_hardship", "sensitive", "sms",
     "Need a payment plan please, hubby lost his job at Brackenford Foods last week and we're on one wage || "
     "Agent: I'm sorry to hear that. What could you afford each month? We'll start from there."),
    ("financial_hardship", "sensitive", "web_form",
     "Form: Missed payment | Reason: My landlord has served a section 21 eviction notice and I'm putting "
     "everything towards a deposit for somewhere new. Can the gas bill wait 2 months?"),
    ("financial_hardship", "sensitive", "review",
     "After my shop went under last year I owed everyone. Cragside were the only company that let me pay "
     "£10 a month without making me feel like dirt. || Agent: Thank you - we're glad we could help."),
    ("financial_hardship", "sensitive", "dm",
     "behind on everything since my partner left, nearly £900 in arrears with you now. is there any help "
     "scheme or do I just have to wait for the letters || Agent: Please don't wait. Our Warmth Fund can help - "
     "I'll send you the form now."),
    ("financial_hardship", "sensitive", "in_app",
     "Request: please pause debt recovery on my meter. I'm on Universal Credit and waiting on a sanction "
     "appeal, so I've had no money for 5 weeks."),
    ("financial_hardship", "benign", "email",
     "My direct debit failed this month because I switched banks and forgot to move it. Can you take the "
     "payment again from my new account? Details updated online. Thanks, Marek"),
    ("financial_hardship", "benign", "chat",
     "my card's expired so the top-up failed || Agent: You can add the new card in Payments > Cards. || done, "
     "do I need to top up again? || Agent: Yes, the failed one wasn't taken, so try again now."),
    ("financial_hardship", "benign", "agent_note",
     "Cust queried credit balance of £212 after summer. Agreed refund of £150 to bank, leaving £62 for "
     "winter. Refund 3-5 working days."),
    ("financial_hardship", "benign", "sms",
     "Can I move my DD from the 1st to the 15th? Payday moved at work. Acct CRG-44810 || Agent: Done - from "
     "next month it'll be collected on the 15th."),
    ("financial_hardship", "benign", "voicemail",
     "Voicemail: Hi, I got a letter saying my account is 'in debit' - is that the same as owing money? I pay "
     "by direct debit every month so I'm a bit confused. Ta."),
    ("financial_hardship", "benign", "web_form",
     "Enquiry type: General | Organisation: Harrowdale Housing Co-op | Message: Do you offer payment plans or "
     "a hardship fund? We want to list supplier support in our new tenants' welcome pack."),
    ("financial_hardship", "benign", "call",
     "Caller: My bill's jumped to £190. || Agent: It looks like we've estimated for three months. Have you got "
     "a reading? || Caller: Yes, 41207. || Agent: That brings it down to £118 - new bill in your app today."),
    ("financial_hardship", "benign", "review",
     "Boiler broke down on a Sunday and they had someone out by 11. Can't fault it. || Agent: Thanks for the "
     "kind words!"),
    ("financial_hardship", "benign", "dm",
     "when does the Warm Home Discount scheme open this year? and is it automatic or do people have to apply?"),
    ("financial_hardship", "benign", "in_app",
     "Top-up of £20 taken from my card but the meter balance hasn't changed. Transaction ID TP-55821. Help?"),
    ("financial_hardship", "benign", "email",
     "Hello, the price cap is changing in April. I'm on Fixed 24 until next year - does the change affect my "
     "rates at all, or am I locked in? Cheers, Yusuf"),
    ("financial_hardship", "benign", "chat",
     "why does my account show a debt of £27?? || Agent: That's standing charge for the week between your "
     "move-in and the first reading. || ah right that makes sense, I'll pay it now || Agent: Thanks, that'll "
     "clear it."),
    ("financial_hardship", "benign", "agent_note",
     "Cust asked to change from prepayment to a credit meter. Credit check passed, meter exchange booked 18th. "
     "DD of £72/month set up from the first bill."),
    ("financial_hardship", "benign", "sms",
     "Just had a prepay meter in the new flat - how does emergency credit work? Do I pay it back? || Agent: Yes "
     "- it's £10 you can use if you run low, repaid from your next top-up."),
    ("financial_hardship", "benign", "voicemail",
     "Voicemail: Hi, I'm a landlord, the tenant at 5 Lark Rise left on the 1st. I need the final bill closed "
     "and the account back in my name until the new tenant moves in. Call me on 07700 900734."),
    ("financial_hardship", "benign", "web_form",
     "Form: Payment method | Change to: Direct debit | Bank: Norbeck Credit Union | Collection date: 28th"),
    ("financial_hardship", "benign", "review",
     "Price went up £12 a month with barely any warning. Not happy, considering switching. || Agent: Sorry for "
     "the surprise - the letter should have gone 30 days ahead. I'll look into why it was late."),
    ("financial_hardship", "benign", "call",
     "Caller: You've taken my direct debit twice this month. || Agent: I can see that - it was a duplicate "
     "run on our side. || Caller: When will I get it back? || Agent: Refund's gone today, 3 working days."),
    ("financial_hardship", "benign", "dm",
     "is there a discount for paying annually upfront instead of monthly? would rather just get it done || "
     "Agent: We don't discount annual payments, but a fixed DD spreads it evenly."),
    ("financial_hardship", "benign", "in_app",
     "I cancelled my old direct debit by accident in my banking app. Please set it back up - same bank details. "
     "|| Agent: Done. The next collection will go as normal on the 1st."),
    # ---- children
    ("children", "sensitive", "agent_note",
     "Cust says her son (7) has a school trip Thursday and she has to do drop-off at 7:30, so AM slot no good. "
     "Rebooked boiler service to Thurs PM, 1-5."),
    ("children", "sensitive", "chat",
     "can the engineer come after 3:15 || Agent: The latest we have that day is 2-6pm. || that's fine as long "
     "as he knows I'll be out 3 till half 3 getting the twins, they're in reception at Oakfield || Agent: I've "
     "added that to the job notes."),
    ("children", "sensitive", "email",
     "Hello, I'd like to join the Priority Services Register. Our household includes a child under five - our "
     "daughter Isla, born 2 March 2022 - and we're on an electric-only heating system. Thanks, Kirsty Munro"),
    ("children", "sensitive", "sms",
     "My 14 yr old Maisie will be in to let the engineer in Weds, I'll be at work. Is that ok? || Agent: Sorry, "
     "someone aged 18 or over needs to be home for gas work. Shall we find another day?"),
    ("children", "sensitive", "voicemail",
     "Voicemail transcript: Hiya, it's Leanne at 8 Cherry Walk. The baby's only three weeks old and the "
     "heating's completely off since last night. Please can someone come today, it's freezing in here."),
    ("children", "sensitive", "web_form",
     "Form: Book an engineer | Who will be at home: my son Callum (16) - I'm on shifts. Is that ok for an "
     "electric meter exchange? | Preferred date: 6 June"),
    ("children", "sensitive", "call",
     "Caller: Can you lock the smart display somehow? || Agent: There's a keypad lock. Is it being changed? || "
     "Caller: My little one Noah, he's two, keeps pressing everything and switched it to Welsh. || Agent: Ha, "
     "hold Menu for five seconds and it'll lock."),
    ("children", "sensitive", "review",
     "The engineer let my 5 year old watch while he fixed the boiler and explained what every part does. She "
     "hasn't stopped talking about 'the fire box' since. || Agent: What a lovely thing to hear - we'll pass "
     "this on to Ben."),
    ("children", "sensitive", "dm",
     "my lad's 11 and wants to do his science fair project on our electricity use, is there a way to download "
     "the half-hourly data from the app as a spreadsheet?"),
    ("children", "sensitive", "in_app",
     "Add user | Name: Ellie Marsh | Date of birth: 14/09/2011 | Access: view only | Note: my daughter, she "
     "likes checking the usage graphs"),
    ("children", "sensitive", "email",
     "Could you ask the engineer not to come between 12 and 1 on Monday? That's nap time for our 18-month-old, "
     "Teddy, and the doorbell wakes him. Any other time is fine. Thanks, Anna"),
    ("children", "sensitive", "agent_note",
     "During outage call, cust mentioned her two children (ages 4 and 9) were at home with her with no "
     "lighting. Added to PSR for under-5s, sent torch pack, restoration ETA given 19:00."),
    ("children", "sensitive", "chat",
     "hi sorry if i go quiet, feeding the baby. she's six weeks. anyway the hot water's gone lukewarm || "
     "Agent: No rush at all. Is the boiler showing any fault code? || F22 I think || Agent: That's low "
     "pressure - I'll walk you through topping it up."),
    ("children", "sensitive", "sms",
     "Can't do Fri sorry, it's my son Jayden's sports day at St Michael's primary and I promised him. Mon?"),
    ("children", "sensitive", "voicemail",
     "Voicemail: Hello, it's Arjun's mum, Priti, account in my name. Arjun's in Year 9 and he submitted the "
     "meter reading yesterday for his homework, I'm not sure he did it right. Can someone check it?"),
    ("children", "sensitive", "web_form",
     "Form: Callback request | Best time: after 6pm | Notes: I collect my daughter from Little Acorns nursery "
     "at 5:30 and can't talk before then."),
    ("children", "sensitive", "email",
     "Hi, my son is 17 and moving into a flat with a friend in September for college. Can he open a Cragside "
     "account in his own name, or does it have to be me until he turns 18? Regards, Dan Cartwright"),
    ("children", "sensitive", "call",
     "Caller: The fuse board tripped and now half the sockets are dead. || Agent: Did anything happen just "
     "before? || Caller: My son had a party - he's fifteen - and someone plugged in a speaker by the sink. "
     "|| Agent: Right, let's reset the RCD together first."),
    ("children", "sensitive", "review",
     "3 stars. My daughter (13) answered the phone because I was in the shower and your agent asked her for my "
     "date of birth! She gave it. Not ok. || Agent: You're right, that's not our process. We've fed this back "
     "and added a note to your account."),
    ("children", "sensitive", "in_app",
     "Feature request: child lock on the thermostat please. My 3 y/o keeps turning it up to 30 when I'm not "
     "looking."),
    ("children", "sensitive", "agent_note",
     "Mum reports son, 8, has been using the app on her phone to change the heating schedule. Advised setting "
     "an app PIN. No changes to tariff made."),
    ("children", "sensitive", "dm",
     "ur engineer today was so sweet with my 4 yr old, let her hold the torch and gave her a sticker. "
     "pls tell him thanks from Lily x"),
    ("children", "sensitive", "email",
     "We're becoming foster carers and a 10-year-old boy is being placed with us from the 20th. The social "
     "worker won't approve the placement until the heating in the spare room works. Please can we have the "
     "earliest visit? Sue and Graham Hollis"),
    ("children", "sensitive", "chat",
     "the smart meter is in the baby's room and the red light flashes all night || Agent: We can move it or "
     "cover the LED. How old is the baby? || 4 months, she's a terrible sleeper as it is || Agent: I'll send "
     "a blackout sticker today and log a relocation quote."),
    ("children", "sensitive", "voicemail",
     "Voicemail: Hello dear, it's Mrs Odell. My grandson Kai is six and he's staying with me over half-term, so "
     "I'd like the boiler looked at before he comes on Saturday. Thank you."),
    ("children", "sensitive", "sms",
     "Pls send the reading reminders to my son's phone instead of mine, he's 15 and does it for pocket money "
     "- 07700 900612"),
    ("children", "sensitive", "web_form",
     "Form: Household details (for PSR) | Adults: 2 | Children: 3 (ages 2, 5 and 11) | Needs: heating must not "
     "be off for more than 4 hours"),
    ("children", "sensitive", "email",
     "I can't do mornings in term time - my eldest is in Year 6 and I walk her to school, then I'm straight to "
     "work. Could the smart meter install be on a Saturday instead? Gemma"),
    ("children", "sensitive", "call",
     "Caller: Will the power works be finished by 1? || Agent: They're due to finish at 12:30. || Caller: "
     "Good, my daughter's home from her GCSE maths exam at 1 and she'll want to revise. || Agent: Shouldn't be "
     "a problem."),
    ("children", "sensitive", "agent_note",
     "Customer's daughter Ruby (aged 12) answered. Took no details from her; rang back and spoke to Mrs "
     "Ansah at 17:40 to arrange the meter exchange."),
    ("children", "sensitive", "review",
     "Lovely engineer. My son, who's just started at secondary, was home on an inset day and asked him a "
     "million questions - he answered every one. || Agent: Thanks, that's great to hear."),
    ("children", "sensitive", "dm",
     "hey is there any power work planned on Crane St sat afternoon? my daughter's 7th birthday party is 2-5 "
     "and I'll cry if the bouncy castle deflates lol"),
    ("children", "sensitive", "in_app",
     "Feedback: My son Oscar (9) loves the Energy Hero challenges in the app. Could he have his own login so he "
     "can track his points? He's very competitive. || Agent: Love this! Logins are for account holders, but he "
     "can use your family profile."),
    ("children", "sensitive", "email",
     "Hello, my daughter she is 10 years and she is alone at home after school from 3 until 5. Please the "
     "engineer must not come in this time, only when I am at home. Thank you, Mrs Farah"),
    ("children", "sensitive", "chat",
     "will the planned outage on saturday be done by lunchtime || Agent: It's 8am-1pm. || ugh. my kid has her "
     "11+ exam that morning and the centre's on our street, hope they've got lights || Agent: The exam centre "
     "will have been notified, but I'll double check."),
    ("children", "sensitive", "voicemail",
     "Voicemail transcript: It's Marcus, 16 Dove Lane. I've got my two under-fives with me all week so any "
     "time's fine for the engineer, just knock quietly after one cos they nap. Cheers."),
    ("children", "sensitive", "sms",
     "Babys asleep - please knock, don't ring the bell! Flat 3. She's 10 days old so any noise and that's it"),
    ("children", "sensitive", "web_form",
     "Form: Priority Services Register | Reason: Child under 5 in household | Child's name: Zara Khan | Child's "
     "date of birth: 01/11/2021"),
    ("children", "sensitive", "call",
     "Caller: My son'll see the engineer in, he's up at 6 for his paper round anyway. || Agent: How old is "
     "he? || Caller: Thirteen. || Agent: Then I'm afraid we'll need an adult there - let's pick a time you're "
     "home."),
    ("children", "sensitive", "agent_note",
     "Call taken via teen (stated age 15) interpreting for parent who speaks Tigrinya. Verified parent by "
     "security questions through him; booked interpreter line for next contact."),
    ("children", "sensitive", "email",
     "Our twins were born on the 3rd and we've just got them home, and the boiler's packed in. Please help, we "
     "can't keep two newborns warm with a fan heater. Account CRG-90318"),
    ("children", "sensitive", "chat",
     "I'm a single dad, my daughter's 9 and I can't leave before 8:45 for the school run, can the visit start "
     "later? || Agent: Of course, I'll make it a 9-1 slot. || legend, thanks"),
    ("children", "sensitive", "review",
     "This is my little girl's first winter and the heating failed twice in a week. Support was kind but "
     "slow. || Agent: We're sorry. I've asked our team to treat any repeat fault as urgent."),
    ("children", "sensitive", "in_app",
     "Set up my household profile: 1 adult, 1 child (age 6). Do the savings tips change based on that?"),
    ("children", "sensitive", "dm",
     "hi! my son is doing his Duke of Edinburgh bronze and needs volunteering hours, he's 14. do your engineers "
     "ever take someone along to shadow?"),
    ("children", "sensitive", "email",
     "Our daughter Freya starts at Rookhaven Nursery in September, so we'll be out most days from then on. Can "
     "we switch to paperless and set up readings from the smart meter? Thanks, Hollie"),
    ("children", "sensitive", "voicemail",
     "Voicemail: Hi, it's Ceri. My little one's just started walking and she pulled the cover off the meter box "
     "in the hall - it's hanging off now. Is that safe? Can someone come and fix it?"),
    ("children", "sensitive", "sms",
     "Son (12) locked himself out of the Cragside app on his tablet, can you reset it? His email is "
     "jack.w@example.com || Agent: We can't set up accounts for under-18s, so the reset will go to your email."),
    ("children", "sensitive", "agent_note",
     "New move-in with newborn (born last week per cust). Prioritised gas safety check for Tues, added PSR "
     "code for infant in household."),
    ("children", "sensitive", "call",
     "Caller: Could the engineer come on the 9th instead? || Agent: The 9th is fine. || Caller: Great, the "
     "10th is my stepdaughter's tenth birthday and the house'll be chaos. || Agent: Booked the 9th, 8-12."),
    ("children", "benign", "email",
     "Dear Cragside, I'm the school business manager at Harrowdale Primary. Could you send the last 12 months "
     "of meter readings for the school's main building? We're preparing our energy report for governors. "
     "Regards, Nadine Cole"),
    ("children", "benign", "chat",
     "what's the padlock icon with 'child lock' on the in-home display? can I turn it off || Agent: That's "
     "the keypad lock - it stops settings being changed by accident. Hold Menu for 5 seconds to toggle it. "
     "|| sorted, ta"),
    ("children", "benign", "agent_note",
     "Business cust: Bright Buttons Day Nursery Ltd. Gas contract renewal - sent 3-year fixed quote to the "
     "director. Payment terms 30 days."),
    ("children", "benign", "sms",
     "Minor leak under the boiler, just a drip into a bowl. Not urgent but could someone look this week?"),
    ("children", "benign", "web_form",
     "Enquiry type: Products | Message: Do you sell radiator guards or thermostatic radiator valves with a "
     "lock? Looking for a quote for a rented house."),
    ("children", "benign", "review",
     "No kidding, fastest boiler repair I've ever had. Booked at 9, fixed by 11. || Agent: Love to hear it, "
     "thanks for the review."),
    ("children", "benign", "call",
     "Caller: My landlord says my flat has a 'child meter'. What's that? || Agent: It's a sub-meter fed from "
     "the main 'parent' meter, so the landlord can bill each flat. || Caller: So I pay him, not you? || "
     "Agent: Exactly."),
    ("children", "benign", "voicemail",
     "Voicemail: Hi, it's Gareth at Fernmouth Plant Nursery, business account. The heaters in polytunnel two "
     "are on a separate meter that's stopped recording. Can someone come out? Cheers."),
    ("children", "benign", "in_app",
     "Is the Kids' Corner section of the app available in Welsh? Our school wants to use it in a lesson on "
     "saving energy."),
    ("children", "benign", "dm",
     "is the Family Fixed 24 tariff only for families? it's just me and my flatmate, can we still have it?"),
    ("children", "benign", "email",
     "Hello, I'm treasurer of Brackenford Youth Club. We're changing the bank account the direct debit comes "
     "from - new mandate attached. Please confirm when it's live. Thanks, Pete Lowe"),
    ("children", "benign", "chat",
     "is the Baby Combi 24 big enough for a one bed flat || Agent: Yes, it's designed for small homes with one "
     "bathroom. || and what's the install cost || Agent: From £1,795 fitted, including the flush."),
    ("children", "benign", "agent_note",
     "Parent company of cust's business (Hollins Group Ltd) to become the billing entity from Q2. Updated "
     "invoice address, no change to supply."),
    ("children", "benign", "sms",
     "Old boiler needs kid gloves treatment ha, it's 30 years old. Can you still service it?"),
    ("children", "benign", "web_form",
     "Enquiry type: General | Message: Can households with young children join the Priority Services "
     "Register? I'm writing an article for our community newsletter."),
    ("children", "benign", "review",
     "As business manager for St Cuthbert's Primary I've dealt with a lot of suppliers. Cragside's account "
     "team are the first to answer emails the same day. || Agent: Thank you, that's great feedback."),
    ("children", "benign", "call",
     "Caller: Can I add my son to the account? || Agent: Sure, is he over 18? || Caller: He's 34, ha. He "
     "handles the bills now. || Agent: Then I'll set him up as a joint holder - I just need his details."),
    ("children", "benign", "voicemail",
     "Voicemail: Hello, this is the office at Kelsby Academy. The sports hall meter is showing an error and "
     "we think we've been estimated for three months. Please call the bursar back."),
    ("children", "benign", "in_app",
     "Why does my sub-meter show as a 'child account' under my main account? I run two shops."),
    ("children", "benign", "dm",
     "engineer said my boiler's 'still in its infancy' compared to what he usually sees lol. is the warranty "
     "5 years or 7?"),
    ("children", "benign", "email",
     "We run Tiddlywinks Toyshop on the high street and the shop's on a Cragside business electricity deal. "
     "Our fixed rate ends next month - what are the renewal options? Many thanks, Jo"),
    ("children", "benign", "chat",
     "do you have any energy-saving worksheets for key stage 2? I'm a teacher planning a lesson || Agent: We "
     "do! Our Little Sparks pack is free for schools. || great, how do I order || Agent: Fill in the schools "
     "form on our website."),
    ("children", "benign", "agent_note",
     "Cust asked for engineer visits to avoid 28 Oct week as she's away. Noted on account; no visits booked "
     "that week."),
    ("children", "benign", "sms",
     "Is the Little Sparks education kit still free for schools? Our head asked me to order one"),
    ("children", "benign", "web_form",
     "Business name: Kids Kingdom Soft Play Ltd | Query: We've been told to move to half-hourly settlement. "
     "What does this mean for our bills?"),
    ("children", "benign", "review",
     "Submitting my reading in the new app is child's play now. 5 stars. || Agent: Thanks - the team worked "
     "hard on that update."),
    ("children", "benign", "call",
     "Caller: I'm calling for the Scout hut committee on Mill Lane. || Agent: Hello, how can I help? || Caller: "
     "The hut's heating is on a coin meter from the 80s. Can we get a smart one? || Agent: Yes, I'll book a "
     "survey."),
    ("children", "benign", "voicemail",
     "Voicemail: Hi, it's Jan, caretaker at Oakdene Primary. The boiler in the infants' block is showing a "
     "fault light. School account. Can someone come before Monday?"),
    ("children", "benign", "in_app",
     "How do I add a second adult user to the account? My partner wants to see the usage graphs too."),
    ("children", "benign", "dm",
     "does Gas Guardian cover include the Family Pack add-on for the washing machine and oven or is that extra"),
    ("children", "benign", "email",
     "Hi, there are four of us sharing a house near Calderwick Uni. Can all four names go on the account so "
     "we each get the bill? Thanks, Priya Desai"),
    ("children", "benign", "chat",
     "hi I coach at Estholme Rovers, would Cragside sponsor our under-11s' kit? || Agent: Sounds like a great "
     "cause! Send your request to our community fund. || will do, what's the deadline || Agent: End of "
     "March."),
    ("children", "benign", "agent_note",
     "Called Harrowdale Children's Centre (council-run building) about meter exchange. Site manager confirmed "
     "access Tuesday 8-10."),
    ("children", "benign", "sms",
     "Please resend the Family Fixed welcome pack, the first one went to my old address. New: 4 Reed Close"),
    ("children", "benign", "web_form",
     "Event enquiry | Organisation: Ashcombe Primary PTA | Could Cragside bring the energy bike to our summer "
     "fair on 14 June? We'd love a stall."),
    ("children", "benign", "review",
     "Minor gripe: engineer forgot shoe covers and left a muddy print on the hall carpet. Otherwise excellent. "
     "|| Agent: Thanks for the honest feedback - we'll remind the team."),
    ("children", "benign", "call",
     "Caller: Do you do free energy talks for schools? I work at Pellington Sixth Form College. || Agent: We "
     "do, for all ages. || Caller: Brilliant, what dates have you got? || Agent: Next free one is 22 Nov."),
    ("children", "benign", "voicemail",
     "Voicemail: Hi, it's Noor from Sunnyside Childcare Ltd, business account. We need our direct debit moved "
     "to the 5th of the month from now on. Thanks."),
    ("children", "benign", "in_app",
     "Can I rename the rooms in the heating app? Bedroom 3 is called 'Nursery' by default and I use it as an "
     "office."),
    ("children", "benign", "dm",
     "saw the Grow with Cragside ad on the bus with the kid and the seedling - is that a new tariff or just "
     "marketing?"),
    ("children", "benign", "email",
     "The Cragside Kids sticker pack came with my welcome letter. I don't need these - could you remove me "
     "from that mailing? Thanks."),
    ("children", "benign", "chat",
     "can my daughter be added as a contact, she manages my account || Agent: Of course - is she 18 or over? "
     "|| she's 41 lol || Agent: Perfect, I'll send her the authority form."),
    ("children", "benign", "agent_note",
     "Cust owns a children's clothes shop with a flat above. Wants shop and flat split onto separate meters. "
     "Sent to metering for survey."),
    ("children", "benign", "sms",
     "Teenage boiler (13 yrs old) making a racket. Worth repairing or should I replace it?"),
    ("children", "benign", "web_form",
     "Enquiry type: General | Message: Is there a minimum age to open an account? I'm putting together a "
     "guide for our housing association's new tenants."),
    ("children", "benign", "review",
     "The engineer explained everything like I was five (in a good way!) - I finally understand my boiler "
     "pressure. || Agent: That's what we like to hear."),
    ("children", "benign", "call",
     "Caller: The school next door's boiler flue points straight at my bedroom window. || Agent: Is it a "
     "Cragside customer? || Caller: I think so, Oakdene. || Agent: I'll ask our engineer to check the "
     "installation is compliant."),
    ("children", "benign", "voicemail",
     "Voicemail: Hi, it's Rhys at Brackenford Community Centre. The heater in the toddler group room isn't "
     "working and the meter's showing an error. Could you call me back?"),
    ("children", "benign", "in_app",
     "Why does the app ask me to confirm I'm over 18 every time I add a payment card?"),
    ("children", "benign", "dm",
     "can I buy boiler cover as a gift for my mum? she lives two hours away and I'd rather pay for it"),
    # ---- special_categories: religion and belief
    ("special_categories", "sensitive", "chat",
     "can the engineer come after 8pm any day this week || Agent: Our latest slot is 6-8pm. Is earlier no "
     "good? || it's Ramadan, we break our fast about 7:40 and I'd rather not have someone here then || Agent: "
     "Understood, I'll book 4-6pm and note it."),
    ("special_categories", "sensitive", "email",
     "Hello, I keep Shabbat and can't operate the thermostat from Friday evening until Saturday night. Can the "
     "engineer set up the timer so the heating runs on its own through that period? Thank you, Avi Rosen"),
    ("special_categories", "sensitive", "agent_note",
     "Cust asked for no Saturday visits ever - she's a Seventh-day Adventist and keeps the Sabbath. Preference "
     "added to account."),
    ("special_categories", "sensitive", "sms",
     "Pls no engineer between 12 and 2 on Friday, I'll be at the mosque for Jummah. Any other time ok || Agent: "
     "No problem, we'll come 9-12 on Friday instead."),
    ("special_categories", "sensitive", "voicemail",
     "Voicemail: Hi, it's Harjit Sandhu. We'll be at the gurdwara all day for Vaisakhi on the 13th, so nobody's "
     "home for the meter fitting. Could you move it to the 15th please? Thanks."),
    ("special_categories", "sensitive", "web_form",
     "Form: Book an engineer | Access notes: We are practising Hindus and there is a small shrine in the "
     "kitchen by the boiler - please remove shoes in that room. Thank you."),
    ("special_categories", "sensitive", "review",
     "The engineer made a snide comment about the crucifix in my hall and asked if I 'really believe all that'. "
     "My faith is none of his business. || Agent: We're very sorry. That's not acceptable and we're "
     "speaking to him."),
    ("special_categories", "sensitive", "dm",
     "i'm a Jehovah's Witness and we don't do Christmas or birthdays, could you stop sending me the festive "
     "offer emails and the 'happy birthday' discount?"),
    ("special_categories", "sensitive", "call",
     "Caller: I need to change my name on the account. || Agent: Sure, what's the new name? || Caller: "
     "Yusuf Ali Barnes. I converted to Islam last year and changed it by deed poll. || Agent: Thanks, I'll "
     "need a copy of the deed poll."),
    # ---- special_categories: ethnic origin and race
    ("special_categories", "sensitive", "review",
     "As a Black woman I felt your engineer treated me very differently from my white neighbour he'd just "
     "visited - he wouldn't come in until he'd seen ID twice. || Agent: Thank you for telling us. We take "
     "this seriously and a manager will contact you."),
    ("special_categories", "sensitive", "email",
     "I'm Roma and when I gave my address at the site on Hollow Lane your agent said 'oh, one of the "
     "travellers' and the tone changed completely. I'd like this logged as a complaint. Milena Horvath"),
    ("special_categories", "sensitive", "chat",
     "hello my english not so good || Agent: No problem, we'll go slowly. || I am Kurdish from Iran, can I talk "
     "with someone who speak Sorani about my bill? || Agent: Yes, I can book an interpreter call for you."),
    ("special_categories", "sensitive", "agent_note",
     "Cust reported the engineer made a racist remark about her Pakistani heritage during the boiler repair. "
     "Apologised, escalated to HR and the field manager, complaint ref C-8811."),
    ("special_categories", "sensitive", "voicemail",
     "Voicemail: Hi, this is Wei Chen. The engineer kept asking where I'm 'really from'. I'm British Chinese, I "
     "was born in Fernmouth. I found it offensive and I'd like someone to call me."),
    ("special_categories", "sensitive", "sms",
     "Can you send an engineer who speaks Polish on Tue? My mum's Polish, doesn't speak much English, and she'll "
     "be home alone"),
    ("special_categories", "sensitive", "web_form",
     "Form: Customer survey | Equality monitoring (optional) | Ethnicity: Mixed - White and Black Caribbean | "
     "Comments: The agent was helpful."),
    ("special_categories", "sensitive", "dm",
     "your agent laughed at my surname and asked if it was 'one of those African names'. yes it's Nigerian, my "
     "family's Yoruba. still doesn't make it funny"),
    ("special_categories", "sensitive", "in_app",
     "Please stop 'correcting' my surname to Nugent on letters. It's Nguyen, it's Vietnamese, my parents came "
     "here in 1980."),
    # ---- special_categories: political opinions and activity
    ("special_categories", "sensitive", "email",
     "I'm standing as the Green Party candidate in the Kelsby ward in May and I'm out canvassing most evenings, "
     "so weekday evening appointments won't work. Could we do a Saturday morning? Thanks, Ruth Ellery"),
    ("special_categories", "sensitive", "chat",
     "do Cragside donate to any political parties? || Agent: No, we make no political donations. || good, "
     "because I'm a Labour member and organiser and I'd switch straight away if you backed the Tories || "
     "Agent: Noted!"),
    ("special_categories", "sensitive", "agent_note",
     "Cust says he's a Reform UK activist and objected to our net zero adverts being 'political propaganda'. "
     "Explained marketing content; complaint logged as general feedback."),
    ("special_categories", "sensitive", "sms",
     "Sorry I missed you, I was at the anti-fracking rally in the town square. Can we rebook for next week? || "
     "Agent: Of course. How about Tuesday 8-12?"),
    ("special_categories", "sensitive", "voicemail",
     "Voicemail: Hiya, it's Jen Morgan. I'll be out leafleting for the Lib Dems all day Saturday, so could the "
     "engineer do Sunday instead? Thank you."),
    ("special_categories", "sensitive", "web_form",
     "Form: Feedback | Comments: As a lifelong socialist I think energy should be back in public hands and "
     "your profits are obscene. That said, your engineer was excellent."),
    ("special_categories", "sensitive", "review",
     "I'm a member of Extinction Rebellion and your 'Green Choice' tariff is greenwashing - most of it is "
     "certificates. || Agent: Thanks for the feedback. Our fuel mix disclosure is on our website and we're "
     "happy to explain it."),
    ("special_categories", "sensitive", "dm",
     "i vote Plaid and i'd like my bills in Welsh please, it matters to me. is that possible?"),
    ("special_categories", "sensitive", "in_app",
     "I'm standing for Tinsley Moor parish council as an independent and need a proof of address letter for "
     "my nomination papers. Can I download one here?"),
    # ---- special_categories: trade-union membership
    ("special_categories", "sensitive", "email",
     "I'm the Unite rep at our depot and we start a ballot next week, so my days are all over the place. Could "
     "the engineer ring me on the morning to confirm? Cheers, Barry Nolan"),
    ("special_categories", "sensitive", "chat",
     "can the engineer come on saturday || Agent: Saturdays are booked up this week I'm afraid. || ugh, I'm on "
     "the RCN picket line outside the hospital every weekday || Agent: Let me check for a late weekday slot "
     "instead."),
    ("special_categories", "sensitive", "agent_note",
     "Cust provided Unison membership no. U-482133 to claim the union member discount on boiler cover. "
     "Discount applied from renewal."),
    ("special_categories", "sensitive", "sms",
     "On strike Thurs with the NEU so I can actually be home for the engineer lol. Any slot that day? || Agent: "
     "Thursday 10-2 is free - booked!"),
    ("special_categories", "sensitive", "voicemail",
     "Voicemail: It's Kev Doyle. My union, the CWU, is handling my case with work, and they've asked for proof "
     "of my address - can you post me a statement? Ta."),
    ("special_categories", "sensitive", "web_form",
     "Form: Partner offer | Offer code: UNISON-MEMBER | Membership number: U48213 | Name: Claire Bassett"),
    ("special_categories", "sensitive", "review",
     "Your engineer saw my FBU sticker on the van outside and started ranting about 'union wreckers'. Do your "
     "job, keep your views to yourself. || Agent: We're sorry - engineers should never comment on that. "
     "We're following it up."),
    ("special_categories", "sensitive", "dm",
     "i'm an Usdaw shop steward at my store, does Cragside have a union member rate? saw something about it"),
    ("special_categories", "sensitive", "in_app",
     "Change direct debit date to the 8th please - my union subs come out on the 1st along with everything "
     "else."),
    # ---- special_categories: sexual orientation and sex life
    ("special_categories", "sensitive", "email",
     "Hi, me and my husband Dafydd are moving in together next month and want both our names on the account "
     "at the new place, 3 Chapel Row. What do you need from us? Diolch, Gareth"),
    ("special_categories", "sensitive", "chat",
     "hi I'm Sarah, my wife Priya is the account holder but she's said I can make changes || Agent: Thanks "
     "Sarah. I'll need Priya to add you as authorised first. || ok she'll do it tonight || Agent: Great."),
    ("special_categories", "sensitive", "agent_note",
     "Cust (Mr Okafor) asked to add his boyfriend, Mr Ian Stroud, as second account holder. ID checks sent."),
    ("special_categories", "sensitive", "sms",
     "Hi it's Jess, my girlfriend Mel will be home Tues for the engineer. Account's in my name, that ok? || "
     "Agent: Yes, anyone over 18 can let the engineer in."),
    ("special_categories", "sensitive", "voicemail",
     "Voicemail: Hi, it's Robyn. When your engineer saw a photo of me and my ex, he asked if I was 'still into "
     "women'. I'm bisexual and it's got nothing to do with a boiler. I'd like a call back."),
    ("special_categories", "sensitive", "web_form",
     "Form: Add a joint account holder | Holder 1: Ms Hannah Price | Holder 2: Ms Leah Price | Relationship: "
     "spouses"),
    ("special_categories", "sensitive", "review",
     "The engineer clocked the photos of me and my partner and made a crack about 'two blokes and no one to do "
     "the cleaning'. Boiler fine, attitude not. || Agent: That is unacceptable. We've raised it with his "
     "manager."),
    ("special_categories", "sensitive", "dm",
     "I came out as gay last year and moved out, but the account at my parents' place is still partly in my "
     "name. how do I come off it?"),
    ("special_categories", "sensitive", "in_app",
     "There are three of us in a polyamorous relationship sharing the house and the bills. Can the app split "
     "the direct debit three ways?"),
    # ---- special_categories: gender identity
    ("special_categories", "sensitive", "email",
     "I've transitioned and my name is now Alexandra. Please update my title to Ms and remove my old name from "
     "every record - it's still on the boiler cover letters. Thanks, Alex Webb"),
    ("special_categories", "sensitive", "chat",
     "I'm non-binary, can you change my title to Mx please || Agent: Of course, done. || the agent on the "
     "phone kept calling me sir after I told them || Agent: I'm sorry about that, I'll feed it back."),
    ("special_categories", "sensitive", "agent_note",
     "Cust is a trans man; previous name still showing on bills. Updated name and title to Mr per gender "
     "recognition certificate, old name suppressed."),
    ("special_categories", "sensitive", "sms",
     "Please stop addressing letters to Mr. I'm a woman, I'm trans, and your envelopes have outed me to my "
     "flatmates."),
    ("special_categories", "sensitive", "voicemail",
     "Voicemail: Hi, it's Sam Okoro. My voice might not match what you've got on file - I'm transitioning and "
     "it's changed a lot. Please don't lock the account again, just ask me the security questions."),
    ("special_categories", "sensitive", "web_form",
     "Form: Update personal details | Title: Mx | Gender: non-binary | Name: River Hale | Previous name (for "
     "records only, please don't use)"),
    ("special_categories", "sensitive", "review",
     "Misgendered three times on one call even after correcting the agent. Sort your training out. || Agent: "
     "We're sorry. We've updated your account and passed this to our training team."),
    ("special_categories", "sensitive", "dm",
     "hey, I'm genderfluid and I hate being forced to pick Mr or Mrs on your sign-up form. any chance of a "
     "neutral option or just leaving it blank?"),
    ("special_categories", "sensitive", "in_app",
     "Profile update: changed my name by deed poll as part of my gender transition. Deed poll uploaded. "
     "Please update the account name."),
    # ---- special_categories: genetic data
    ("special_categories", "sensitive", "email",
     "My genetic test came back positive for the Huntington's gene, so I'm planning ahead and moving to a "
     "bungalow nearer my sister. Please set up the account at 2 Lime Grove from the 1st. Regards, Colin Reeve"),
    ("special_categories", "sensitive", "chat",
     "need to change the account name to my mum's maiden name || Agent: Can I ask why? || did one of those DNA "
     "kits and it turns out my dad isn't my biological father, I'm dropping his surname || Agent: Understood, "
     "send the deed poll and we'll update it."),
    ("special_categories", "sensitive", "agent_note",
     "Cust mentioned she tested BRCA1 positive and is having preventative surgery on the 12th. Engineer "
     "visit moved to the 28th."),
    ("special_categories", "sensitive", "sms",
     "Can't do Mon, got a genetics clinic appt about my sickle cell trait results. Tues ok?"),
    ("special_categories", "sensitive", "voicemail",
     "Voicemail: Hi, it's Elaine. I've just had genetic testing that says I'm a carrier for haemochromatosis "
     "and I'm at the hospital a lot, so please text me rather than leave messages."),
    ("special_categories", "sensitive", "web_form",
     "Form: Priority Services Register | Needs: I have Ehlers-Danlos syndrome (confirmed by genetic testing) "
     "and dislocate easily - can't reach the meter cupboard."),
    ("special_categories", "sensitive", "review",
     "My partner and I both turned out to be cystic fibrosis carriers from genetic screening, so life's been "
     "hectic. Cragside were patient rearranging the install. || Agent: Thank you for letting us know - glad "
     "we could help."),
    ("special_categories", "sensitive", "in_app",
     "Personal note for account: my 23andMe results flagged an APOE4 variant and I'm setting things up so my "
     "brother can manage the account later if needed."),
    # ---- special_categories: biometric data
    ("special_categories", "sensitive", "email",
     "I do not consent to Cragside storing my voiceprint from Voice ID. Please delete it and confirm in "
     "writing. I'll use the password instead. Marion Tate, CRG-38810"),
    ("special_categories", "sensitive", "chat",
     "the app's face login has my ex's face registered on my account || Agent: We can clear all face data and "
     "you can re-enrol. || yes please delete hers and mine || Agent: Done - both face templates removed."),
    ("special_categories", "sensitive", "agent_note",
     "Cust enrolled in Voice ID on 3 March; voiceprint failing to match since. Deleted and re-enrolled, "
     "passed on second attempt."),
    ("special_categories", "sensitive", "sms",
     "Your app's fingerprint login keeps rejecting my thumb. I've re-registered my fingerprint twice now. || "
     "Agent: Try deleting the app's stored login and signing in fresh."),
    ("special_categories", "sensitive", "voicemail",
     "Voicemail: Hello, it's Peter Lamb. I'd like to opt out of the voice recognition on your phone line, I "
     "don't want a recording of my voice kept to identify me. Please ring back."),
    ("special_categories", "sensitive", "web_form",
     "Form: Subject access request | Please include all biometric data you hold on me, including my Voice ID "
     "voiceprint and the selfie you matched against my passport."),
    ("special_categories", "sensitive", "review",
     "To open an account I had to upload a selfie that your system matched to my driving licence photo. Nobody "
     "told me how long the face scan is kept. || Agent: Images are deleted after 30 days - details in our "
     "privacy notice."),
    ("special_categories", "sensitive", "in_app",
     "Face ID set up but the app keeps saying 'biometric mismatch' since I grew a beard. How do I re-scan my "
     "face? || Agent: Go to Settings > Security, turn Face ID off and on again to re-scan."),
    # ---- special_categories benign: religion and belief
    ("special_categories", "benign", "email",
     "Dear Cragside, I'm treasurer of St Aidan's church hall committee. The hall's fixed tariff ends on 31 "
     "March - could you send renewal options? The hall is used mostly evenings and weekends. Regards, "
     "Malcolm Pryor"),
    ("special_categories", "benign", "chat",
     "do your engineers work bank holidays like Good Friday? boiler's making a noise || Agent: Yes, we cover "
     "emergencies every day of the year. || it's not an emergency || Agent: Then the Tuesday after is the "
     "first routine slot."),
    ("special_categories", "benign", "agent_note",
     "Business cust: Fernmouth Central Mosque committee. Meter exchange for the community hall booked for "
     "Wednesday; committee secretary to provide access."),
    ("special_categories", "benign", "sms",
     "Is your emergency line open on Christmas Day if the boiler goes? Just checking before the holidays || "
     "Agent: Yes, the emergency line is open 24/7, Christmas included."),
    ("special_categories", "benign", "voicemail",
     "Voicemail: Hi, it's the caretaker at Beth Shalom Synagogue on Arden Road. The heating in the main hall "
     "isn't coming on and we've got a function on Sunday. Business account. Please call back."),
    ("special_categories", "benign", "web_form",
     "Enquiry type: Products | Message: Does the Cragside smart thermostat have a Sabbath or holiday mode? "
     "Comparing models for a review site."),
    ("special_categories", "benign", "review",
     "Heavenly service! The engineer was a godsend on a freezing Sunday. || Agent: Thank you - we'll pass "
     "this on."),
    ("special_categories", "benign", "dm",
     "my shop's next door to the gurdwara on Station Rd and there's an outage notice on their door, does it "
     "affect our side of the street too?"),
    ("special_categories", "benign", "call",
     "Caller: I'm praying this boiler lasts the winter, honestly. || Agent: How old is it? || Caller: "
     "Nineteen. || Agent: Our boiler cover would pick up repairs, and there's a trade-in offer if it doesn't."),
    # ---- special_categories benign: ethnic origin and race
    ("special_categories", "benign", "email",
     "Hello, do you provide bills and letters in Welsh? Our housing association is updating its supplier "
     "guidance for new tenants. Thanks, Siân Pugh, Tenancy Services"),
    ("special_categories", "benign", "chat",
     "I've got an old 'White Meter' in the cupboard, is that the same as Economy 7? || Agent: Yes, it's the "
     "older name for a two-rate meter. || so cheaper at night || Agent: Exactly, 12am-7am."),
    ("special_categories", "benign", "agent_note",
     "Business cust: Golden Dragon Takeaway Ltd. Requested three-phase supply quote for new fryers. Sent to "
     "connections team."),
    ("special_categories", "benign", "sms",
     "Black mould appearing round the boiler cupboard - could that be from a leak on the flue? || Agent: "
     "Possibly - an engineer can check the flue seals. Shall I book?"),
    ("special_categories", "benign", "voicemail",
     "Voicemail: Hi, it's Ola from Lagos Kitchen, the restaurant on Mill Street, business account. The gas "
     "meter's showing a red light. Could someone call me back before the lunch rush?"),
    ("special_categories", "benign", "web_form",
     "Enquiry type: General | Organisation: Tinsley Moor Community Centre | Message: Do you offer an "
     "interpreter service for customers? We'd like to include it in our advice leaflet."),
    ("special_categories", "benign", "review",
     "The Black Friday smart thermostat deal was the same price as September. Bit cheeky. || Agent: Sorry - "
     "the Black Friday price included free fitting, but we should have made that clearer."),
    ("special_categories", "benign", "dm",
     "is your green tariff actually from the Irish Sea wind farms like the advert says or just certificates?"),
    ("special_categories", "benign", "in_app",
     "Is the app available in other languages? Our lettings office hands out your leaflet to all new tenants."),
    # ---- special_categories benign: political opinions and activity
    ("special_categories", "benign", "email",
     "The labour charge on my last engineer visit was £85 for twenty minutes. Is that your standard call-out "
     "rate? It wasn't mentioned when I booked. Thanks, Dean"),
    ("special_categories", "benign", "chat",
     "is the green tariff 100% renewable or is it a mix || Agent: It's 100% renewable electricity, backed by "
     "UK wind and solar. || and gas? || Agent: Gas is offset, not renewable."),
    ("special_categories", "benign", "agent_note",
     "Business cust: Calderwick Labour Club (social club premises). Renewal quote sent, 12-month fixed."),
    ("special_categories", "benign", "sms",
     "Will the price cap change on 1 Oct affect my fixed deal? I'm on Fix 24 till next year || Agent: No - your "
     "rates are fixed until the end date."),
    ("special_categories", "benign", "voicemail",
     "Voicemail: Hello, it's the clerk to Ashcombe Parish Council. The village hall's meter wasn't read at the "
     "last visit and the bill's estimated again. Please call back."),
    ("special_categories", "benign", "web_form",
     "Enquiry type: General | Organisation: Kelsby Food Co-op | Message: Does Cragside make political "
     "donations? Our ethics committee needs to know for procurement."),
    ("special_categories", "benign", "review",
     "Setting up third-party payment for my elderly mum's bills was easy and the agent talked me through it. "
     "|| Agent: Glad it was simple - thanks for the review."),
    ("special_categories", "benign", "dm",
     "our community centre is a polling station on Thursday - are there any planned outages on Brook St that "
     "day?"),
    ("special_categories", "benign", "in_app",
     "Would a radiator in the conservatory be worth it or just waste heat? Thinking of asking for a quote."),
    # ---- special_categories benign: trade-union membership
    ("special_categories", "benign", "email",
     "My address is 4 Union Terrace but your letters keep coming to 'Onion Terrace'. Can you correct the "
     "spelling on my account please? Thanks, Lewis"),
    ("special_categories", "benign", "chat",
     "the rail strike means I won't be home till 6 tomorrow, can the engineer come later? || Agent: I can do "
     "the 6-8pm evening slot. || perfect || Agent: Booked."),
    ("special_categories", "benign", "agent_note",
     "Business cust: Brackenford branch office of Unison (leased office, Union St). Moving electricity supply "
     "to Cragside from 1 May. Contract signed by branch secretary."),
    ("special_categories", "benign", "sms",
     "Lightning strike last night tripped everything, now the boiler's showing F28. Help?"),
    ("special_categories", "benign", "voicemail",
     "Voicemail: Hi, I'm calling from Norbeck Credit Union on the high street, business account. Our tariff "
     "renewal letter has the wrong address on it."),
    ("special_categories", "benign", "web_form",
     "Form: Access notes | The meter box is behind a picket fence with a padlocked gate. Code is on the "
     "booking. Please close it behind you - we have a dog."),
    ("special_categories", "benign", "review",
     "Striking improvement in customer service since last year. Got through in under two minutes. || Agent: "
     "Thanks, we've put a lot into that."),
    ("special_categories", "benign", "dm",
     "is the Cragside Rewards members club free to join or is there a fee?"),
    ("special_categories", "benign", "in_app",
     "Are your engineers in a union? Wondering whether the strikes on the news will affect my visit next week."),
    # ---- special_categories benign: sexual orientation and sex life
    ("special_categories", "benign", "email",
     "Hi, my housemate and I share the flat and want both names on the account so we each get the bills. "
     "We're not related - is that allowed? Thanks, Owen"),
    ("special_categories", "benign", "chat",
     "the Pride parade closes Station Road on Saturday, will my engineer still get to me? || Agent: Good "
     "thinking - I'll tell him to come via Canal Street. || thanks!"),
    ("special_categories", "benign", "agent_note",
     "Cust wanted 'a straight answer' on why the bill doubled. Explained 3 months of estimates catching up; "
     "actual read taken and bill reissued."),
    ("special_categories", "benign", "sms",
     "Do I still get the dual fuel discount if gas and electric are on separate accounts?"),
    ("special_categories", "benign", "voicemail",
     "Voicemail: Hi, just confirming the engineer's coming out Thursday for the radiator. I'll leave the side "
     "gate open. Cheers."),
    ("special_categories", "benign", "web_form",
     "Business name: Rainbow Laundrette Ltd | Address: 11 Gay Lane, Rookhaven | Query: quote for moving our "
     "dryers onto a business electricity tariff"),
    ("special_categories", "benign", "review",
     "My business partner and I run a café and your account manager sorted both meters in a day. || Agent: "
     "Thanks for choosing Cragside for your business."),
    ("special_categories", "benign", "dm",
     "bi-monthly or monthly billing, which works out cheaper?"),
    ("special_categories", "benign", "in_app",
     "Add joint account holder - what details do you need from them? Do they have to do a credit check? || "
     "Agent: Name, date of birth and email. A soft check only."),
    # ---- special_categories benign: gender identity
    ("special_categories", "benign", "email",
     "Hello, our housing association is reviewing supplier forms for inclusivity. Do your online forms offer "
     "Mx as a title option? Kind regards, Procurement Team"),
    ("special_categories", "benign", "chat",
     "the transformer on the pole outside is humming really loudly || Agent: That's owned by the network "
     "operator, not us - I'll give you their number. || ok thanks || Agent: It's 105, free from any phone."),
    ("special_categories", "benign", "agent_note",
     "Cust changed surname after marriage. Certificate seen, account name updated, no change to tariff."),
    ("special_categories", "benign", "sms",
     "Please transfer my account to my new address, moving on the 3rd. 22 Bramble Way || Agent: Thanks - please "
     "send readings on the day you move."),
    ("special_categories", "benign", "voicemail",
     "Voicemail: Hi, does the smart plug need a male to female adaptor for the old round-pin socket in the "
     "loft? Engineer might know. Thanks."),
    ("special_categories", "benign", "web_form",
     "Enquiry type: Corporate | Message: Please send a copy of Cragside's latest gender pay gap report for our "
     "supplier file."),
    ("special_categories", "benign", "review",
     "Transition to a smart meter was painless. Fitter was in and out in an hour. || Agent: Glad to hear it!"),
    ("special_categories", "benign", "dm",
     "what pronouns does your chatbot use lol, is Sparky a he or an it? anyway it fixed my DD date so thanks"),
    ("special_categories", "benign", "in_app",
     "Title dropdown only shows Mr, Mrs, Ms, Miss, Dr. Could you add Prof please? || Agent: Good shout - I've "
     "passed it to our app team."),
    # ---- special_categories benign: genetic data
    ("special_categories", "benign", "email",
     "Your advert says 'efficiency is in our DNA'. Then why has my smart meter not sent a reading in six "
     "months? Three visits, no fix. Account CRG-12774."),
    ("special_categories", "benign", "chat",
     "I got an email from Gene at Cragside about my renewal, is that a real person? || Agent: Yes, Gene Marlow "
     "is on our renewals team. || ok just checking it's not phishing || Agent: Good instinct."),
    ("special_categories", "benign", "agent_note",
     "Business cust: Helix Genomics Lab, Calderwick Science Park. Three-phase upgrade for new sequencing "
     "equipment - connections quote requested."),
    ("special_categories", "benign", "sms",
     "My great-grandad built this house in 1904 - is the old iron gas pipe likely to be original? Worried || "
     "Agent: Very old pipework is often replaced, but an engineer can test it for you."),
    ("special_categories", "benign", "voicemail",
     "Voicemail: Hi, it's Tony. The fault seems hereditary with this brand, both my last boilers did the same "
     "thing. Could the engineer bring a fan just in case?"),
    ("special_categories", "benign", "web_form",
     "Enquiry type: Products | Message: The engineer mentioned 'Boiler DNA' - is that your diagnostic service "
     "and is it included in cover?"),
    ("special_categories", "benign", "review",
     "Cragside's customer service has better genes than my last supplier's - answers the phone, fixes things. "
     "|| Agent: We'll take that!"),
    ("special_categories", "benign", "in_app",
     "Does the 'Home DNA' energy profile in the app share my usage with third parties?"),
    # ---- special_categories benign: biometric data
    ("special_categories", "benign", "email",
     "Does your app support fingerprint or face login on Android? Deciding whether it's worth downloading. "
     "Thanks, Nia"),
    ("special_categories", "benign", "chat",
     "the in-home display is covered in greasy fingerprints, can I use wipes on it? || Agent: A dry microfibre "
     "cloth is best. || righto || Agent: Avoid spraying anything directly on it."),
    ("special_categories", "benign", "agent_note",
     "Cust asked if Voice ID is mandatory. Explained it's optional; cust chose not to enrol. Security "
     "questions set instead."),
    ("special_categories", "benign", "sms",
     "The face plate on the boiler fell off when I opened the cupboard. Safe to clip it back on myself? || "
     "Agent: Yes, the casing just clips on. Don't remove any screws."),
    ("special_categories", "benign", "voicemail",
     "Voicemail: Hello, quick question, does the Cragside thermostat work with voice assistants like Alexa? "
     "Thinking of upgrading. Cheers."),
    ("special_categories", "benign", "web_form",
     "Form: Submit a reading | Error: photo upload failed three times - 'image too large'. Reading was 30114."),
    ("special_categories", "benign", "review",
     "Thumbs up to the engineer, quick and polite. || Agent: Thanks for the thumbs up!"),
    ("special_categories", "benign", "dm",
     "does the Cragside Home video doorbell do facial recognition? our residents' committee wants to know "
     "before we recommend it"),
]


def crag_examples() -> list[dict]:
    """The crag split as labelled tickets (same shape as ``sensitive_eval.build_eval_set``'s)."""
    return stranger_examples("crag", ENTRIES, SUBJECTS)
