"""howe split: written by a helper who had not seen the detection rules, the anchors or any other split.
Setting: Howe Fresh, an online grocery and click-and-collect service (delivery slots, substitutions, dietary and allergy
filters, halal/kosher/vegan ranges, a baby and toddler aisle, age-restricted items, vouchers and loyalty points, a
priority-slot scheme, food-bank donations, smart lockers and delivery drivers); registers are email, chat, sms,
call_transcript, agent_note, web_form, review, voicemail, dm, in_app, forum_post, complaint_letter.
The benign half borrows the same territory harmlessly: halal, kosher, vegan, baby and pharmacy-aisle products, churches,
schools, law firms, unions and community groups as customers, adults' ordinary details, idioms, product names, policy
questions and routine billing or app faults.
70 sensitive and 70 benign tickets for special categories, 50 and 50 for children, 20 and 20 for financial hardship,
15 and 15 for health, legal, bereavement and violence and self-harm.
First reading (policy 2026.11.24.4, before any change made in response to it; `sensitive_eval.evaluate`, as `make
eval-sensitive`): 89.0 / 4.5 recall / false exclusion in % as shipped, 90.5 / 10.0 without the overruling,
84.5 / 6.5 by the rules alone. Then read while tuning the rules of 2026.11.24.5
(rules alone after the round: 91.5 / 4.5) and trained on for it."""

from __future__ import annotations

from training_gate.sensitive_blind import stranger_examples

SUBJECTS: tuple[str, ...] = (
    "Delivery slot change",
    "Missing items in my order",
    "Substitution query",
    "Allergy and dietary filters",
    "Click and collect problem",
    "Loyalty points balance",
    "Voucher not applied",
    "Priority slot application",
    "Update my account details",
    "Age-restricted item refused",
    "Feedback about my driver",
    "Refund request",
    "Food bank donation question",
    "Baby and toddler aisle",
    "App not working",
)

ENTRIES: list[tuple[str, str, str, str]] = [
    # ---- health
    ("health", "sensitive", "email",
     "Hi, could you change my standing order so the oat milk is the unsweetened one? Since the diabetes diagnosis in "
     "March I'm trying to cut sugar wherever I can. Order ref HF-20931. Thanks, Marion"),
    ("health", "benign", "web_form",
     "Does the 'Free From' filter also exclude products made in a factory that handles nuts, or only ones with nuts in "
     "the ingredients list? Asking before I set up a weekly shop."),
    ("health", "sensitive", "chat",
     "my delivery needs to come between 9 and 11 pls, I go in for dialysis tuesday and thursday afternoons and wont be "
     "home || Agent: No problem, I've pinned your slot to 9-11 on those days. || cheers"),
    ("health", "benign", "sms",
     "Sick of the app crashing at checkout. Third time today. Fix it!!"),
    ("health", "sensitive", "call_transcript",
     "Customer: I need the driver to bring it all the way into the kitchen, not leave it on the step. Agent: Of course, "
     "I'll add that. Customer: Thanks, I've just had a hip replacement and I'm on crutches for six weeks. Agent: Noted, "
     "kitchen drop-off for the next six weeks."),
    ("health", "benign", "review",
     "The pharmacy aisle is decent - paracetamol, plasters, hay fever tablets all in stock and cheaper than the high "
     "street. Four stars."),
    ("health", "sensitive", "agent_note",
     "Cust rang re missing items. Mentioned she uses a wheelchair and can't get to the door quickly, asked drivers to "
     "wait 3 mins before leaving. Flag added to account."),
    ("health", "benign", "in_app",
     "Can I filter for low-sodium items? The search only has 'low fat' and 'low sugar'."),
    ("health", "sensitive", "voicemail",
     "Hi it's Derek Pryce, account ending 442. Can you cancel Friday's shop? I'm being admitted to St Aldric's for a "
     "few days for tests on my heart, so nobody will be in. Ring me back on 07700 900123. Ta."),
    ("health", "benign", "email",
     "Your 'Healthy Heart' range labels say the products lower cholesterol - is that claim approved by anyone? I'm "
     "writing a piece for our staff newsletter about supermarket labelling."),
    ("health", "sensitive", "dm",
     "hey do you do gluten free bread thats actually certified? coeliac here so 'may contain' is a no for me"),
    ("health", "benign", "forum_post",
     "Is anyone else's gluten-free bread from Howe going stale within two days? Only bought it because the sourdough "
     "was sold out and the loaves are rock hard."),
    ("health", "sensitive", "chat",
     "Can the substitution for the ginger biscuits not be anything with a strong smell? Morning sickness is brutal at "
     "10 weeks and the driver picked lemon ones last time || Agent: Of course, I've set that item to 'no substitute'. "
     "|| thank you!!"),
    ("health", "benign", "web_form",
     "Suggestion: stock a bigger range of prenatal vitamins and pregnancy tests in the health and beauty aisle. Other "
     "grocers carry three brands, you carry one."),
    ("health", "sensitive", "email",
     "Please stop sending me the 'treat yourself' chocolate promotions. I'm in recovery from an eating disorder and my "
     "therapist suggested I unsubscribe from anything like that. Just the marketing emails please, keep the order "
     "confirmations coming."),
    ("health", "benign", "sms",
     "this new delivery window thing is driving me mad lol, slot disappeared twice"),
    ("health", "sensitive", "in_app",
     "Note for driver: please knock loudly, I'm profoundly deaf in one ear and won't hear the bell."),
    ("health", "benign", "agent_note",
     "Customer asked whether drivers can carry chilled medicines like insulin in the fridge tote. Advised we don't carry "
     "prescription items; chilled totes are for food only. No further action."),
    ("health", "sensitive", "complaint_letter",
     "Dear Sir or Madam, I am writing about my order of 14 May. Although my allergy filter is set to exclude sesame, I "
     "received hummus as a substitute for the bean dip. I have a severe sesame allergy and carry an adrenaline pen. I "
     "ate a spoonful before checking the label, had to use the pen, and spent the evening in A&E. I expect a full "
     "explanation of how the filter failed and an assurance that substitutions will respect it in future. Yours "
     "faithfully, Helen Ashdown"),
    ("health", "benign", "review",
     "Allergy filter works brilliantly. Set it to exclude sesame while planning a dinner party menu and every "
     "suggestion was spot on. Good job Howe."),
    ("health", "sensitive", "call_transcript",
     "Customer: That all sounds fine, thanks. "
     "Agent: Is there anything else I can help with? Customer: Yes, could I get the large-print receipt? My eyesight's "
     "gone with the macular degeneration and I can't read the little one. Agent: Of course, I'll switch you to large "
     "print from today."),
    ("health", "benign", "dm",
     "ur ads with the fake doctor recommending protein bars are a bit much tbh"),
    ("health", "sensitive", "web_form",
     "Reason for priority slot application: I'm having chemotherapy and my immune system is very low, so I can't go "
     "into shops. I'd need weekday slots before noon if possible."),
    ("health", "benign", "web_form",
     "Reason for priority slot application: I work night shifts and can only take deliveries between 2pm and 5pm. Is "
     "that enough to qualify?"),
    ("health", "sensitive", "forum_post",
     "Tip for anyone else on lithium: Howe's own-brand sports drinks have way less sodium than the big names. My "
     "psychiatrist wants my salt intake steady so I've been comparing labels for weeks."),
    ("health", "benign", "chat",
     "Is the 'Mind & Body' vitamin gummy range vegan? || Agent: Yes, all six products in that range are "
     "vegan-certified. || great ta"),
    ("health", "sensitive", "sms",
     "Pls leave order w neighbour at no 12 today, im signed off work with depression and cant face answering the door"),
    ("health", "benign", "email",
     "Hello, I'm the practice manager at Linden Road Surgery. We'd like tea, coffee and biscuits for the staff room "
     "monthly on a business account. Do you invoice?"),
    ("health", "sensitive", "agent_note",
     "Caller's wife ordering on his behalf; he has early-onset dementia and keeps placing duplicate orders from the app. "
     "Set confirmations to require her code. Verified her as authorised user."),
    ("health", "benign", "in_app",
     "Driver was an absolute lifesaver today, came 10 mins early just before I had to leave. Thanks!"),
    # ---- legal
    ("legal", "sensitive", "email",
     "Hi, please change the delivery address on my account to 14 Fennel Row from next week. I've got a court date on "
     "the 3rd over the tenancy dispute and I'm staying with my sister until it's sorted."),
    ("legal", "benign", "web_form",
     "We're a law firm in the town centre (Greaves & Lowe LLP) and would like a weekly fruit box and milk delivered to "
     "the office. Can we pay by invoice?"),
    ("legal", "sensitive", "agent_note",
     "Customer says a Howe van reversed into his parked car on 2 June. He has reported it to the police and says his "
     "solicitor will be writing to us. Escalated to claims. Do not offer goodwill credit pending advice."),
    ("legal", "benign", "chat",
     "Your voucher terms say you can cancel a voucher 'at your sole discretion' - is that even legal? || Agent: I'll "
     "pass your question to customer relations; the full terms are in Help, section 4. || ok thanks"),
    ("legal", "sensitive", "sms",
     "cant do thurs collection, got to be at the magistrates in the morning. can i move it to friday"),
    ("legal", "benign", "review",
     "Click and collect at the Marlow Road store is a crime against efficiency. 40 minutes waiting in the bay. Someone "
     "needs to police that queue."),
    ("legal", "sensitive", "call_transcript",
     "Customer: The old account's in my ex's name but I've got a restraining order against him, so I don't want any of "
     "my new details linked to it. Agent: Understood, I'll open a separate account and we won't merge them. Customer: "
     "Thank you. And please never send anything to the old address."),
    ("legal", "benign", "email",
     "Our supply contract with you says disputes go to arbitration. As procurement lead for Dunmore Care Homes, could "
     "you send me the current version of the supplier terms?"),
    ("legal", "sensitive", "voicemail",
     "Hello, this is Olu, ringing about the wine that was refused at my door yesterday. The driver said my ID wasn't "
     "valid. It's a provisional licence because my full one was taken off me after the drink-driving conviction, but "
     "it's still proper ID. Please call me back."),
    ("legal", "benign", "dm",
     "is it legal to sell alcohol for delivery after 11pm? your app let me book an 11:30 slot with wine in it"),
    ("legal", "sensitive", "in_app",
     "Please don't deliver between 10 and 12 on Mondays, I have to sign in at the police station then as part of my "
     "bail conditions."),
    ("legal", "benign", "agent_note",
     "Officer from the local police rang asking if we hold dashcam footage from a van on Elm Street on 3 March, for a "
     "traffic collision not involving our driver. Referred to data protection team per process. Not a customer matter."),
    ("legal", "sensitive", "web_form",
     "Reason for closing account: I'm starting an 18-month sentence next month and won't need deliveries. Please "
     "refund the remaining loyalty balance to my bank if possible."),
    ("legal", "benign", "forum_post",
     "Anyone know if Howe's 'Justice' coffee (the fair trade one) has been discontinued? Can't find it anywhere."),
    ("legal", "sensitive", "email",
     "I'm disputing the charge on order HF-88120. For context, my lawyer has advised me not to sign for anything at my "
     "old address while the divorce proceedings are ongoing, which is why it was refused. Please refund the order."),
    ("legal", "benign", "sms",
     "Got a £5 voucher in the post but it says 'terms apply' - what terms? no small print attached"),
    ("legal", "sensitive", "chat",
     "can you give me a copy of my order history for last year? || Agent: Sure, which format would you like? || PDF is "
     "fine. my solicitor needs it as evidence for the employment tribunal, to show I was home on the days they say I "
     "wasn't"),
    ("legal", "benign", "call_transcript",
     "Customer: I want to make a formal complaint. Agent: I'm sorry to hear that, what happened? Customer: Your driver "
     "parked on the double yellows outside my house and blocked the whole road. Agent: I'll log that with the depot "
     "manager today."),
    ("legal", "sensitive", "complaint_letter",
     "Dear Howe Fresh, On 9 January I was arrested following a misunderstanding at your Birch Lane store and later "
     "released without charge. Since then the store staff have refused to hand over my click-and-collect orders. I "
     "have done nothing wrong and I ask that this informal ban be lifted immediately. Yours sincerely, Rhys Calder"),
    ("legal", "benign", "review",
     "Five stars. Ordered the 'Guilty Pleasures' dessert box and had it in 45 minutes. Verdict: dangerous."),
    ("legal", "sensitive", "dm",
     "hi is there any way to close my account without logging in? police seized my phone as part of an investigation "
     "into me and i cant get the 2FA codes"),
    ("legal", "benign", "email",
     "I'm a trainee solicitor and ordered a sandwich platter for a client meeting at chambers; it arrived without the "
     "vegetarian option I paid for. Refund for that part please."),
    ("legal", "sensitive", "agent_note",
     "Customer asked for weekend deliveries to go to his mum's address while he completes his community service hours "
     "on Saturdays and Sundays. Updated weekend address."),
    ("legal", "benign", "in_app",
     "The age check at the door is a joke, driver barely glanced at my ID. Not complaining for me, but you could get "
     "fined for that."),
    ("legal", "sensitive", "web_form",
     "Subject access request: I'm asking for all data you hold on me, including driver notes and CCTV, for my personal "
     "injury claim against the landlord of the building where I slipped collecting my order."),
    ("legal", "benign", "chat",
     "do i need to show id for click and collect if theres wine in it? || Agent: Yes, we'll check photo ID at the "
     "locker. || ok ta"),
    ("legal", "sensitive", "call_transcript",
     "Customer: Can you stop the weekly order for now? Agent: Of course, is everything alright? Customer: My old "
     "landlord's taking me to court and I'm staying elsewhere until it's sorted. I'll restart it later."),
    ("legal", "benign", "voicemail",
     "Hi, it's Janet from the staff canteen at Fairhall Magistrates' Court. Our standing order for milk has been short "
     "two weeks running. Could someone call me back on 555-0142?"),
    ("legal", "sensitive", "review",
     "Two stars. Driver was nice but the app rejected my ID twice. Only person who checks me this carefully is my "
     "probation officer."),
    ("legal", "benign", "forum_post",
     "PSA: the 'Lawless' craft cider in the alcohol aisle is 8.5%, not 4.5% like the app says. Drink carefully folks."),
    # ---- bereavement
    ("bereavement", "sensitive", "email",
     "Hi, please remove the second cardholder (Brian Fell) from our loyalty account. He passed away in February and I "
     "keep getting emails addressed to him. Thanks, Sheila Fell"),
    ("bereavement", "benign", "review",
     "The 'Death by Chocolate' cake is to die for. Ordered two."),
    ("bereavement", "sensitive", "chat",
     "can i cancel the recurring order? its for my mums house and she died last week so no ones there || Agent: I'm so "
     "sorry for your loss. I've cancelled all future deliveries to that address. || thank you"),
    ("bereavement", "benign", "sms",
     "my phone died mid checkout, did the order go thru? ref 33920"),
    ("bereavement", "sensitive", "call_transcript",
     "Customer: I need food for about thirty people on Saturday. Agent: Lovely, is it a party? Customer: No, it's after "
     "my dad's funeral, the wake's at the house. Agent: I'm very sorry. Let me help you with the platters."),
    ("bereavement", "benign", "web_form",
     "We're a funeral director (Ashcombe Funerals) and would like a business account for the catering platters we "
     "arrange for families. Do you offer trade pricing?"),
    ("bereavement", "sensitive", "voicemail",
     "Hi, it's Kath, ringing about my husband's account, Geoff Marsh. He passed, um, three weeks ago, and I don't know "
     "how to get into it to stop the payments. Please ring me on 07700 900456."),
    ("bereavement", "benign", "agent_note",
     "Customer called: app update 'killed' her basket, lost 40 items. Restored from last saved list. Advised to update "
     "to latest version."),
    ("bereavement", "sensitive", "in_app",
     "Can you change the name on my saved address to just me? It still says 'Mr & Mrs Okafor' and since losing Emeka it "
     "upsets me every time the driver reads it out."),
    ("bereavement", "benign", "dm",
     "lost my loyalty card, can i get a new one or is it all in the app now?"),
    ("bereavement", "sensitive", "forum_post",
     "Odd one but maybe useful to someone: after my partner died the 'meals for one' range was the only thing that "
     "stopped me wasting half the shop. Wish there were more options though."),
    ("bereavement", "benign", "email",
     "Please stock more 'meals for one'. As someone who lives alone by choice, the range is tiny compared to the family "
     "packs."),
    ("bereavement", "sensitive", "sms",
     "Hi its Anil, need to move Tuesday delivery, we're flying out for my grandmothers cremation. back on the 20th"),
    ("bereavement", "benign", "chat",
     "What happens to my loyalty points if I close my account? Do they just die? || Agent: They're forfeited when an "
     "account closes, so spend them first. || ok"),
    ("bereavement", "sensitive", "complaint_letter",
     "To whom it may concern, I have now written three times asking you to close my late father's account. He died on "
     "4 October. Every week a marketing email arrives titled 'We miss you, Harold!', and I find it deeply distressing. "
     "I enclose a copy of the death certificate and ask that the account be closed and all his data deleted without "
     "further delay. Yours faithfully, Margaret Quayle"),
    ("bereavement", "benign", "in_app",
     "The 'We miss you' emails are a bit needy tbh, I just tried another supermarket for a month. Can I turn them off?"),
    ("bereavement", "sensitive", "agent_note",
     "Caller settling her mother's estate asked about the remaining voucher wallet balance. Passed to bereavement team "
     "for refund to executor's account; condolence note sent."),
    ("bereavement", "benign", "review",
     "Dead easy to use, the new substitution settings are great. 5/5."),
    ("bereavement", "sensitive", "email",
     "Hello, the last order was a mix-up, it was meant to be the usual but I only need half now. There's only me these "
     "days since Tom's heart attack in June. Can I make the standing order smaller? Thanks, Gwen"),
    ("bereavement", "benign", "web_form",
     "Is the Birch Lane store open for click and collect on Remembrance Sunday? Our veterans' association is laying a "
     "wreath nearby and we want refreshments after."),
    ("bereavement", "sensitive", "dm",
     "sorry for the late reply about the refund, we had my brothers funeral friday and its all been a blur. yes refund "
     "to the card is fine"),
    ("bereavement", "benign", "sms",
     "Order arrived but the flowers were dead on arrival, completely wilted. refund pls"),
    ("bereavement", "sensitive", "call_transcript",
     "Caller: Hello, I need to stop a delivery. "
     "Agent: Can I confirm the account holder? Caller: It's my wife's, Priya. She... she isn't with us anymore, not "
     "since the spring. I just want the weekly flowers stopped. She loved those. Agent: I'm so sorry. I'll stop them "
     "now."),
    ("bereavement", "benign", "agent_note",
     "Customer asked us to 'bury' her old address so it stops coming up first at checkout. Deleted saved address 2."),
    ("bereavement", "sensitive", "web_form",
     "Priority slot renewal: I originally qualified as my husband's carer. He died in August so I'm not sure I still "
     "qualify, but I don't drive and I'm 81."),
    ("bereavement", "benign", "email",
     "Our Day of the Dead party is next weekend - do you stock sugar skull decorations and pan de muerto, or anything "
     "close?"),
    ("bereavement", "sensitive", "review",
     "Four stars. The driver was so kind when I burst into tears at the door. It was the first delivery since the "
     "stillbirth and I'd forgotten to cancel the nappies."),
    ("bereavement", "benign", "forum_post",
     "Rest in peace the old Howe app. The new one is awful. Who asked for this?"),
    ("bereavement", "sensitive", "in_app",
     "Please update my payment card. The old one was in my late wife's name and the bank has now closed it."),
    ("bereavement", "benign", "call_transcript",
     "Customer: The account's my mother-in-law's, she's asked me to sort her shopping while she's in Spain for a "
     "month. Agent: I'll need her permission to add you. Customer: She's on the other line now, I'll put her on."),
    # ---- violence_self_harm
    ("violence_self_harm", "sensitive", "in_app",
     "Driver note: please don't leave anything visible from the road. My ex keeps turning up at the house and I don't "
     "want him knowing I'm still here."),
    ("violence_self_harm", "benign", "review",
     "The driver absolutely killed it today - early, polite, and sorted all my substitutions. Legend."),
    ("violence_self_harm", "sensitive", "call_transcript",
     "Customer: I want a note on my account that nobody called Darren can collect my orders. Agent: Can I ask why, so "
     "I word it right? Customer: He hit me, okay? He's not allowed near me. Agent: Understood. I've added a collection "
     "restriction."),
    ("violence_self_harm", "benign", "chat",
     "I want to kill whoever designed this checkout lol, it logs me out every 5 min || Agent: Sorry! Clearing the app "
     "cache usually fixes it. || worked ty"),
    ("violence_self_harm", "sensitive", "email",
     "Your driver on Tuesday made comments about my body at the door and then texted my personal number afterwards "
     "saying he knows where I live now. I felt unsafe and I want this investigated. Order HF-40127."),
    ("violence_self_harm", "benign", "agent_note",
     "Driver reported an aggressive dog at 22 Holly Close; no injury. Added 'dog on property' warning to the address."),
    ("violence_self_harm", "sensitive", "sms",
     "cancel sundays shop. not going to be here by then anyway. tell my sister im sorry"),
    ("violence_self_harm", "benign", "sms",
     "cancel sunday's shop pls, won't be here, off to Cornwall for the week"),
    ("violence_self_harm", "sensitive", "agent_note",
     "Welfare concern: customer on chat said she'd been saving up her tablets and didn't see the point in going on. "
     "Followed safeguarding process, gave Samaritans number, escalated to team lead."),
    ("violence_self_harm", "benign", "web_form",
     "Bulk buy request: can I order more than 2 packs of paracetamol for our office first-aid kits? The app won't let "
     "me."),
    ("violence_self_harm", "sensitive", "dm",
     "one of ur staff at Birch Lane keeps following me round the car park after collections and has left notes on my "
     "windscreen. im scared to go back"),
    ("violence_self_harm", "benign", "forum_post",
     "Warning: the Birch Lane car park is a nightmare on Saturdays. Absolute bloodbath for spaces."),
    ("violence_self_harm", "sensitive", "voicemail",
     "Hi, um, please don't call the landline about the delivery. He checks the phone, and if he sees I've been "
     "ordering things on my own card he gets... it's not safe. Just text 07700 900789. Thanks."),
    ("violence_self_harm", "benign", "email",
     "Your 'Beat the Clock' flash sale emails are far too aggressive. Three a day is borderline harassment. Please cut "
     "it down."),
    ("violence_self_harm", "sensitive", "complaint_letter",
     "Dear Howe Fresh, On 12 August your delivery driver shoved me against my door frame when I queried a missing item. "
     "I have bruising on my upper arm and photographs of it. I expect the driver to be removed from my route and a "
     "written response to this complaint within fourteen days. Yours, Colin Barrett"),
    ("violence_self_harm", "benign", "review",
     "Driver knocked like the police lol but the food was perfect. 4 stars."),
    ("violence_self_harm", "sensitive", "chat",
     "can u not show my full name on the delivery label? someones been sending me abusive messages online and found "
     "my address from a parcel once already || Agent: I can change the label to initials only. || yes pls"),
    ("violence_self_harm", "benign", "in_app",
     "Your review filter is too strict, it blocked my review for saying the deals were 'killer'."),
    ("violence_self_harm", "sensitive", "call_transcript",
     "Customer: I want a refund on Tuesday's order. "
     "Agent: And the reason for the refund? Customer: I didn't place it. My brother-in-law's been using my account, "
     "and when I told him to stop he said he'd burn the house down with me in it. Agent: I'm so sorry. I'll lock the "
     "account and reset the password now."),
    ("violence_self_harm", "benign", "dm",
     "ur pepperoni pizza is fire 🔥 absolutely smashing it"),
    ("violence_self_harm", "sensitive", "forum_post",
     "Bit personal, but the 'leave at door' photo feature helped me a lot. When I was cutting I couldn't face anyone at "
     "the door and it meant I still got food in."),
    ("violence_self_harm", "benign", "agent_note",
     "Customer unhappy that the chef's knife set from cookware came without blade guards; replacement sent. No injury."),
    ("violence_self_harm", "sensitive", "web_form",
     "Additional delivery instructions: I'm staying at a women's refuge right now. Please deliver to the PO Box only "
     "and never give out details to anyone who rings asking for me."),
    ("violence_self_harm", "benign", "email",
     "We run a small refuge for rescued hedgehogs. Do you donate damaged or short-dated cat food, the way you do for "
     "food banks?"),
    ("violence_self_harm", "sensitive", "email",
     "Hi, my account was being used by my former partner, who controlled all my money and who I've now left. Please "
     "remove his card and email from it. The police are aware of the situation."),
    ("violence_self_harm", "benign", "call_transcript",
     "Customer: One of your vans came round the car park far too fast. Agent: Was anyone hurt? Customer: No, it just "
     "made me jump. Agent: I'll report it to the depot so they can speak to the driver."),
    ("violence_self_harm", "sensitive", "in_app",
     "Rating 1/5. Driver called me a racial slur when I asked him to bring the bags in and said he'd 'sort me out' "
     "next time he's on my street."),
    ("violence_self_harm", "benign", "chat",
     "Do you sell Threat Level Midnight hot sauce? can't find it || Agent: It's out of stock until next week, sorry. "
     "|| ah shame"),
    ("violence_self_harm", "sensitive", "voicemail",
     "It's Lorna again. I just want someone to know I'm not okay. I keep thinking about ending it all. I don't even "
     "know why I'm ringing a supermarket. Sorry."),
    ("violence_self_harm", "benign", "web_form",
     "End my Delivery Saver subscription. Not okay with the price going up to £7.99 a month."),
    # ---- financial_hardship
    ("financial_hardship", "sensitive", "email",
     "Can I switch Delivery Saver from monthly to pay-as-you-go? I lost my job at the warehouse in March and I'm "
     "watching every penny until I find something."),
    ("financial_hardship", "benign", "email",
     "Can I switch Delivery Saver from monthly to annual? Works out cheaper by my sums."),
    ("financial_hardship", "sensitive", "chat",
     "hi can i pay half my order now and half thursday when my universal credit comes in || Agent: I'm afraid we can't "
     "split payments, but you could pick a later slot. || ok thursday then"),
    ("financial_hardship", "benign", "sms",
     "Payment declined but my card's fine, tried twice. bank says no block. whats up?"),
    ("financial_hardship", "sensitive", "web_form",
     "Donation enquiry: I used to give through your food bank round-up, but this year I've been relying on the food "
     "bank myself. Can food bank vouchers be used for online delivery?"),
    ("financial_hardship", "benign", "web_form",
     "Donation enquiry: our office would like to match customer round-up donations to the food bank scheme. Who should "
     "we talk to?"),
    ("financial_hardship", "sensitive", "agent_note",
     "Customer asked to cancel direct debit; he's in an IVA and his insolvency practitioner told him to cancel "
     "non-essential subscriptions. Cancelled Delivery Saver, pro-rata refund issued."),
    ("financial_hardship", "benign", "agent_note",
     "Customer asked why her direct debit was taken twice in May. Duplicate caused by bank-holiday processing; refund "
     "of £7.99 issued."),
    ("financial_hardship", "sensitive", "sms",
     "pls dont send the debt collectors again, I said ill pay the £38 when i can, just lost my housing and sorting "
     "things out"),
    ("financial_hardship", "benign", "dm",
     "why does my account page say 'outstanding balance £0.00' lol, is that a bug"),
    ("financial_hardship", "sensitive", "call_transcript",
     "Customer: The order's a lot smaller this week. Agent: No problem. Customer: Yeah, we're being evicted end of the "
     "month so it's just basics for now. Agent: Okay, I'll take off the items you mentioned."),
    ("financial_hardship", "benign", "forum_post",
     "Budget tip: Howe's 'Essentials' range is honestly as good as the branded stuff. My weekly shop went from £90 to "
     "£70 and nobody at home noticed."),
    ("financial_hardship", "sensitive", "voicemail",
     "Hi, it's Gemma Rowe. The bank bounced the payment for my last order and I can't cover it till payday, I'm already "
     "overdrawn and they keep charging me. Can I talk to someone about a payment plan? 555-0167."),
    ("financial_hardship", "benign", "voicemail",
     "Hi, it's about order 70214, you charged me for the cheddar twice. Not a big deal but can you refund the £3.50? "
     "Thanks."),
    ("financial_hardship", "sensitive", "in_app",
     "Is there a way to hide the 'premium picks' carousel? I'm on benefits and it's hard seeing things I can't afford "
     "every time I open the app."),
    ("financial_hardship", "benign", "in_app",
     "Can I hide the 'premium picks' carousel? I just don't like it and it makes the home screen slow."),
    ("financial_hardship", "sensitive", "email",
     "Good afternoon, I run a small café and have been buying through your business account. Unfortunately the "
     "business has gone into liquidation and I've been declared bankrupt. I'd like to close the account and need to "
     "know what's outstanding so I can tell the trustee."),
    ("financial_hardship", "benign", "email",
     "Good afternoon, I handle purchasing for a small café chain. What are your credit terms on business accounts, 30 "
     "or 60 days?"),
    ("financial_hardship", "sensitive", "chat",
     "can i use my loyalty points to pay for the whole shop? literally nothing left in my account this week || Agent: "
     "You can use points up to the full basket value. || thank god"),
    ("financial_hardship", "benign", "chat",
     "how many loyalty points for a £10 voucher? || Agent: 1,000 points gives you £10 off. || nice"),
    ("financial_hardship", "sensitive", "review",
     "Five stars for the driver who didn't make a fuss when my card was declined at the door. Things have been hard "
     "since I was made redundant and he just said 'happens to everyone'."),
    ("financial_hardship", "benign", "review",
     "One star. Card 'declined' at the door because your system timed out, then I got charged anyway. Sort it out."),
    ("financial_hardship", "sensitive", "complaint_letter",
     "Dear Customer Services, I have received a letter from Crestline Recoveries demanding £112 which they say I owe "
     "Howe Fresh. I am a pensioner with nothing but my state pension and cannot pay this sum at once. I also dispute "
     "part of it, as one order was never delivered. Please stop the collection and contact me directly. Yours "
     "faithfully, Arthur Penrose"),
    ("financial_hardship", "benign", "complaint_letter",
     "Dear Customer Services, I was charged a £4 delivery fee on 2 March despite having an active Delivery Saver plan. "
     "Please refund the fee and confirm the plan is still active. Yours faithfully, Arthur Penrose"),
    ("financial_hardship", "sensitive", "dm",
     "hey is the hardship discount still a thing? got laid off friday and rent's due"),
    ("financial_hardship", "benign", "dm",
     "is the student discount still a thing? cant find it in the app"),
    ("financial_hardship", "sensitive", "agent_note",
     "Caller said her husband's hours have been cut and they're behind on gas and rent; asked about cheapest slots. "
     "Suggested Tuesday saver slots and signposted to Citizens Advice."),
    ("financial_hardship", "benign", "agent_note",
     "Caller planning a big birthday party shop asked which slots are cheapest. Suggested Tuesday saver slots (£1.50)."),
    ("financial_hardship", "sensitive", "web_form",
     "Priority slot application: I'm homeless at the moment and staying in a hostel, so I need click-and-collect "
     "lockers rather than home delivery. Is there any help for this?"),
    ("financial_hardship", "benign", "web_form",
     "Locker question: can I use click-and-collect lockers while I'm staying in a hostel on a month-long walking trip?"),
    ("financial_hardship", "sensitive", "forum_post",
     "Does anyone know if Howe accept Healthy Start or food bank vouchers online? Money's beyond tight since my hours "
     "got cut to zero."),
    ("financial_hardship", "benign", "forum_post",
     "Does anyone know if Howe accept paper gift vouchers online? Got a stack of them for my birthday."),
    ("financial_hardship", "sensitive", "call_transcript",
     "Customer: Hi, when does my plan renew? "
     "Agent: Your Delivery Saver renews on the 5th. Customer: Can you cancel it? I'm behind on everything, the bailiffs "
     "have been round twice. Agent: Of course, it's cancelled, no further charges."),
    ("financial_hardship", "benign", "call_transcript",
     "Customer: Quick one about my Delivery Saver. "
     "Agent: Your Delivery Saver renews on the 5th. Customer: Can you move it to the 15th so it lines up with payday? "
     "Agent: Sure, done."),
    ("financial_hardship", "sensitive", "sms",
     "Sorry cant pay the missed-slot fee, got 4 quid to last me till Monday"),
    ("financial_hardship", "benign", "sms",
     "why was I charged a missed slot fee I was literally home all day"),
    ("financial_hardship", "sensitive", "email",
     "Hello, my mum has been paying for my shopping since my business collapsed and the bank repossessed the flat. "
     "Can I add her card as a second payment method on my account?"),
    ("financial_hardship", "benign", "email",
     "Hello, can I add my partner's card as a second payment method? We split the weekly shop."),
    ("financial_hardship", "sensitive", "in_app",
     "Please turn off auto top-up on my voucher wallet. I'm on a debt management plan now and every pound is already "
     "spoken for."),
    ("financial_hardship", "benign", "in_app",
     "Please turn off auto top-up on my voucher wallet, it keeps topping up when I've already got credit."),
    # ---- children
    ("children", "sensitive", "email",
     "Could you add my daughter Ellie as an authorised collector for click and collect? She's 15 and will pick up on "
     "her way home from school on Wednesdays."),
    ("children", "benign", "email",
     "Could you add my husband as an authorised collector for click and collect? He'll pick up on Wednesdays after "
     "work."),
    ("children", "sensitive", "chat",
     "hi im 14 can i make my own account to order snacks || Agent: Sorry, you need to be 18 to hold an account. Maybe "
     "ask a parent or carer? || ok"),
    ("children", "benign", "chat",
     "Is the 'Little Chefs' baking kit a good gift? || Agent: Yes, it's one of the bestsellers in our kids' range. || "
     "lovely, adding it"),
    ("children", "sensitive", "web_form",
     "Dietary profile for household member. Name: Arlo. Date of birth: 03/02/2019. Avoid: peanut, egg."),
    ("children", "benign", "web_form",
     "Dietary profile for household member. Name: Rupert. Date of birth: 03/02/1979. Preference: vegetarian."),
    ("children", "sensitive", "sms",
     "Can driver wait 5 min, doing the school run, the little one's in reception and finishes at 3:15"),
    ("children", "benign", "sms",
     "Can driver wait 5 min, on a work call, will be right down"),
    ("children", "sensitive", "agent_note",
     "Customer's son (Year 9) placed three orders on her card using the saved login. Refunded all three, added a "
     "checkout PIN."),
    ("children", "benign", "agent_note",
     "Customer's flatmate placed an order on her saved card by mistake. Refunded, suggested a checkout PIN."),
    ("children", "sensitive", "call_transcript",
     "Customer: I'd like the 4 till 5 slot on Friday. "
     "Agent: And who'll be receiving the delivery? Customer: My eldest, Kai, he's twelve, he'll be home from about "
     "four. Agent: As there's alcohol in the order we'd need someone over eighteen. Customer: Oh, take the wine off "
     "then."),
    ("children", "benign", "call_transcript",
     "Customer: Friday morning please, the early slot. "
     "Agent: And who'll be receiving the delivery? Customer: My neighbour, Mrs Dunn, she's in most days. Agent: "
     "Lovely, I'll add her name to the note."),
    ("children", "sensitive", "review",
     "Great baby aisle. Been buying the stage 2 formula since Rosie turned six months and it's always in stock."),
    ("children", "benign", "review",
     "Great baby aisle. The stage 2 formula is always in stock and cheaper than the chemist."),
    ("children", "sensitive", "dm",
     "my 2 boys (7 and 9) are obsessed w ur dino pasta shapes, when will they be back in stock"),
    ("children", "benign", "dm",
     "ur dino pasta shapes are so cute, bought them for the office lol, when are they back"),
    ("children", "sensitive", "in_app",
     "Photo upload for the 'Howe Little Bakers' competition: my daughter Maisie, age 6, with her cupcakes. I'm her mum "
     "and I give consent."),
    ("children", "benign", "in_app",
     "How do I enter the 'Howe Little Bakers' competition? Is it open to adults too or just kids?"),
    ("children", "sensitive", "forum_post",
     "Anyone know if Howe can deliver to a different address on alternate weekends? Shared custody, the kids are at "
     "their dad's every other weekend and I'd like the shop to follow them."),
    ("children", "benign", "forum_post",
     "Anyone know if Howe can deliver to a different address on alternate weekends? I split my time between my flat "
     "and my partner's."),
    ("children", "sensitive", "voicemail",
     "Hi, it's Farah, calling about the lunchbox snacks order for my son, he's in Year 4 at St Bede's and they've got a "
     "nut-free rule, so I need to swap the cereal bars. Call me on 07700 900234."),
    ("children", "benign", "voicemail",
     "Hi, this is Farah from the office at Greenhill Primary. We order snacks for the staff room every Friday and this "
     "week's hasn't come. 07700 900235."),
    ("children", "sensitive", "email",
     "My granddaughter is staying with us for the summer - she's just finished second year at secondary school in "
     "Cork - so I'd like to add some teen-friendly snacks and a bigger slot for July."),
    ("children", "benign", "email",
     "My sister is staying with us for the summer, so I'll need a bigger weekly slot for July and August. Can I change "
     "it without losing my saver plan?"),
    ("children", "sensitive", "chat",
     "do u sell energy drinks to under 16s? asking for a mate. well for me. im 15 || Agent: Sorry, we don't sell "
     "high-caffeine drinks to under-16s. || worth a try"),
    ("children", "benign", "chat",
     "Do you sell energy drinks to under-16s? Just want to know the policy || Agent: No, we don't, and drivers check "
     "at the door. || good to know"),
    ("children", "sensitive", "complaint_letter",
     "Dear Sir/Madam, On 3 April your driver handed a bottle of vodka to my son, who is 16, at our front door without "
     "asking for any identification. I was at work at the time. I am appalled that your age-restricted policy was "
     "ignored so completely and I want to know what action you will take against the driver. Yours, Deborah Kline"),
    ("children", "benign", "complaint_letter",
     "Dear Sir/Madam, On 3 April your driver asked me for ID for a bottle of vodka even though I am 52 years old. I "
     "found it both flattering and irritating, as my passport was upstairs. Perhaps a little judgement could be "
     "applied. Yours, Deborah Kline"),
    ("children", "sensitive", "web_form",
     "Please delete the photo of my son you used in last year's back-to-school campaign. He's 11 now and doesn't want "
     "it online. Account: r.lyle@example.com"),
    ("children", "benign", "web_form",
     "Please take me off the back-to-school marketing emails - no idea why I'm getting them, there's nobody of school "
     "age here. Account: r.lyle@example.net"),
    ("children", "sensitive", "sms",
     "leave it in the porch, baby's napping, she's 4 wks so pls NO knocking!!"),
    ("children", "benign", "sms",
     "leave it in the porch pls, no knocking, night shift worker asleep"),
    ("children", "sensitive", "agent_note",
     "Mum called: her daughter (DOB 11/09/2012) signed up with a false age to use the student voucher. Closed the "
     "account and deleted data per minors policy."),
    ("children", "benign", "agent_note",
     "Caller asked how we verify age for alcohol orders. Explained Challenge 25 at the door and ID scan at lockers."),
    ("children", "sensitive", "call_transcript",
     "Customer: Is the toddler snack range okay for a nineteen-month-old? Agent: The packs say 12 months plus, so "
     "yes. Customer: Great, she's eating everything in sight at the moment."),
    ("children", "benign", "call_transcript",
     "Customer: What age is the toddler snack range for? Agent: 12 months plus. Customer: Okay, I'm putting together a "
     "hamper for a colleague's baby shower."),
    ("children", "sensitive", "review",
     "Ordered a cake for Leo's 8th with his name piped on it, it was perfect, he couldn't stop grinning."),
    ("children", "benign", "review",
     "Ordered a cake for my own 40th with my name piped on it, absolutely perfect."),
    ("children", "sensitive", "email",
     "Hello, my nephew Jonah Park is in 5th grade and doing a project on where food comes from. Could your team send "
     "him some information about your farms? His teacher is Ms Alvarez."),
    ("children", "benign", "email",
     "Hello, I teach 5th grade at Ridgeway Elementary and we're doing a unit on where food comes from. Does Howe have "
     "any classroom materials?"),
    ("children", "sensitive", "in_app",
     "Add to household: Zainab, 10. She's got her own loyalty card from the kids' club, can we link it to mine?"),
    ("children", "benign", "in_app",
     "Add to household: Zainab, my wife. She's got her own loyalty card, can we merge the points?"),
    ("children", "sensitive", "dm",
     "hey my little bro (hes 8) drew a picture of ur delivery van and wants to send it to the driver 🥹 where can we "
     "post it"),
    ("children", "benign", "dm",
     "hey where can I send a thank-you card for our delivery driver? he's been brilliant all year"),
    ("children", "sensitive", "forum_post",
     "Meal ideas for a fussy P3 (Scotland, so he's about 7)? Any Howe products that worked for you? He'll only eat "
     "beige food."),
    ("children", "benign", "forum_post",
     "Meal ideas for a fussy 34-year-old (me)? Any Howe products that are quick and not beige? Bored of pasta."),
    ("children", "sensitive", "voicemail",
     "Hello, it's Mr Adeyemi. My daughter will collect from the lockers today with my code, she's in Year 11, sixteen, "
     "is that alright? There's no alcohol in the order."),
    ("children", "benign", "voicemail",
     "Hello, it's Mr Adeyemi. A colleague will collect from the lockers today with my code, is that alright? There's "
     "no alcohol in the order."),
    ("children", "sensitive", "web_form",
     "Priority slot application: I'm bringing up my three grandchildren (2, 5 and 9) on my own and can't get round a "
     "shop with all of them."),
    ("children", "benign", "web_form",
     "Priority slot application: I run a registered childminding business from home and need a weekday morning slot "
     "for supplies. Is a business eligible?"),
    ("children", "sensitive", "chat",
     "can you change the writing on the cake? its for my son's first birthday saturday, should say 'Happy 1st Birthday "
     "Theo' || Agent: Updated! || thanks"),
    ("children", "benign", "chat",
     "can you change the writing on the cake to 'Happy Retirement Jean'? || Agent: Updated! || thanks"),
    ("children", "sensitive", "agent_note",
     "Third party: teacher at Oakfield Primary rang to say a Year 2 pupil's packed lunch contained a yoghurt from the "
     "recalled batch. Took pupil's name for incident log (Ruby H.), asked that a parent contact us."),
    ("children", "benign", "agent_note",
     "Oakfield Primary business account: 200 fruit bags for sports day delivered 40 short. Credit issued to school."),
    ("children", "sensitive", "sms",
     "Hi can delivery come after 6, my son's got swimming til 5:30, hes 9"),
    ("children", "benign", "sms",
     "Hi can delivery come after 6, got swimming til 5:30"),
    ("children", "sensitive", "email",
     "Dear Howe, my daughter Isla, 13, would like to do her Duke of Edinburgh volunteering at your food bank "
     "collection point. Is that possible at her age?"),
    ("children", "benign", "email",
     "Dear Howe, I'd like to volunteer at your food bank collection point on Saturdays. I'm recently retired and have "
     "time on my hands."),
    ("children", "sensitive", "call_transcript",
     "Customer: I'm ringing about my son, he's in lower sixth and he's been using my card for meal deals on the app. "
     "Agent: Accounts are for over-18s only, so we'd need to move those orders onto your account. Customer: Fine, do "
     "that."),
    ("children", "benign", "call_transcript",
     "Customer: I run the sixth-form café at Brook College and we'd like a trade account. Agent: Certainly, I'll take "
     "the college's details."),
    ("children", "sensitive", "review",
     "The baby-led weaning bundle was a lifesaver when our twins hit 6 months. Thank you Howe!"),
    ("children", "benign", "review",
     "The baby spinach in the salad bundle was slimy on arrival. Two stars."),
    ("children", "sensitive", "in_app",
     "pls stop recommending me alcohol offers, my 17yo uses this account too"),
    ("children", "benign", "in_app",
     "pls stop recommending me alcohol offers, I don't drink"),
    ("children", "sensitive", "dm",
     "Is it ok if my kid (8th grade) uses my Howe account to order groceries while I'm away on deployment? Her dad "
     "will approve the orders."),
    ("children", "benign", "dm",
     "Can I bring my 8th grade class on a store tour for our nutrition unit? Do we need to book ahead?"),
    ("children", "sensitive", "web_form",
     "Data request: please send me all order and photo data linked to my son's old account. He was 14 when he created "
     "it with a fake date of birth. Name: Callum Pryor."),
    ("children", "benign", "web_form",
     "Data request: please send me all order data linked to my account for the last 24 months. Name: Callum Pryor."),
    ("children", "sensitive", "voicemail",
     "Hiya, it's Shona. The nappies came in size 3 and my wee one's on size 5 now, she's nearly two and a half. Could "
     "you swap them? Ta."),
    ("children", "benign", "voicemail",
     "Hiya, it's Shona from the community toddler group. Our nappy order came in size 3 instead of 5. Could you swap "
     "them? Ta."),
    ("children", "sensitive", "forum_post",
     "Prep parent here (Melbourne, Miss 5 just started) - Howe's loose fruit is perfect for the school's nude-food "
     "lunchbox rule."),
    ("children", "benign", "forum_post",
     "Anyone tried the 'Lunchbox Heroes' range? Bought it for my own work lunches, the wraps are decent."),
    ("children", "sensitive", "complaint_letter",
     "I wish to complain about the loyalty account your staff opened for my son at the 'Kids Club' stand in the Birch "
     "Lane store. He is 10 and gave them his full name, our address and his date of birth without my knowledge or "
     "consent. I want that account and all its data deleted and an explanation of why a child was asked for this. "
     "Regards, Simon Achebe"),
    ("children", "benign", "complaint_letter",
     "I wish to complain about the 'Kids Club' promotional stand in the Birch Lane store, which blocked the fire exit "
     "all Saturday afternoon. It was a hazard for every shopper. Regards, Simon Achebe"),
    ("children", "sensitive", "agent_note",
     "Customer asked us not to give account info to her ex-husband, who doesn't have parental responsibility for their "
     "son (Harrison, 6). Security note added."),
    ("children", "benign", "agent_note",
     "Customer asked us not to give account info to her ex-husband, who still knows the old password. Password reset, "
     "security note added."),
    ("children", "sensitive", "chat",
     "hii so im in year 8 and doing a school project on food waste, does howe throw away a lot of food? || Agent: "
     "Great question! We give surplus to food banks, there's a report on our site. || thx"),
    ("children", "benign", "chat",
     "hi, I'm writing a uni dissertation on food waste, does Howe publish figures? || Agent: Yes, they're in our "
     "sustainability report. || thanks"),
    ("children", "sensitive", "sms",
     "Mia's 2nd bday sat, need the balloons + unicorn cake, collect at 10?"),
    ("children", "benign", "sms",
     "Office do sat, need the balloons + unicorn cake, collect at 10?"),
    ("children", "sensitive", "email",
     "Please update my account: I now have sole custody of my daughter following the court's decision, and her father "
     "should no longer be listed as an authorised collector."),
    ("children", "benign", "email",
     "Please update my account: my ex-partner should no longer be listed as an authorised collector. We've separated."),
    ("children", "sensitive", "web_form",
     "Baby Club sign-up. Baby's name: Amara. Date of birth: 28 January this year. First baby: yes."),
    ("children", "benign", "web_form",
     "Baby Club question: can grandparents join to get the nappy coupons, or is it parents only? Just asking about the "
     "rules."),
    ("children", "sensitive", "call_transcript",
     "Customer: I'll be at work when it comes. "
     "Agent: Is it okay to leave it with whoever answers? Customer: My daughter'll be in, she's just done her GCSEs so "
     "she's off school. Agent: Lovely, no alcohol in this one so that's fine."),
    ("children", "benign", "call_transcript",
     "Customer: I might be out when the van comes. "
     "Agent: Is it okay to leave it with whoever answers? Customer: Yes, my lodger will be in, she's doing a night "
     "course at the college. Agent: Lovely."),
    ("children", "sensitive", "in_app",
     "Can I set a spending limit on the second login? My son Jayden (Grade 6) uses it for emergencies when I'm on "
     "shift."),
    ("children", "benign", "in_app",
     "Can I set a spending limit on the second login? My housemate uses it for the shared shop."),
    ("children", "sensitive", "review",
     "The kids' cookery class at the Lakeside store was brilliant, my two (4 and 7) made pizzas and haven't stopped "
     "talking about it."),
    ("children", "benign", "review",
     "The adults' cookery class at the Lakeside store was brilliant, made fresh pasta from scratch."),
    ("children", "sensitive", "dm",
     "hiya, my daughter's got her 11+ exam saturday morning so can we move our delivery to friday night?"),
    ("children", "benign", "dm",
     "hiya, can we move our delivery to friday night? got an accountancy exam saturday morning, wish me luck"),
    ("children", "sensitive", "voicemail",
     "Hello, it is Kwame. My son, he is sixteen years, he make some order on my account by mistake, please cancel the "
     "order ending 809. Thank you."),
    ("children", "benign", "voicemail",
     "Hello, it is Kwame. I make the order by mistake two times, please cancel the order ending 812. Thank you."),
    ("children", "sensitive", "agent_note",
     "Safeguarding log: driver reports a child of about 9 or 10 answered the door alone at 9pm and said the parents "
     "were away. No adult present. Raised per safeguarding procedure."),
    ("children", "benign", "agent_note",
     "Driver reports nobody answered at 9pm; left in safe place per customer's instructions. Photo attached."),
    ("children", "sensitive", "email",
     "Hi, I'm 16 and my mum said I could ask - do you take on Saturday pickers at the Lakeside store? I start Year 12 "
     "in September. Thanks, Tobi"),
    ("children", "benign", "email",
     "Hi, do you take on Saturday pickers at the Lakeside store? I'm retired and looking for something to fill my "
     "weekends. Thanks, Tobias"),
    ("children", "sensitive", "forum_post",
     "Our youngest has just moved up from Junior Infants to Senior Infants and the lunch rules changed - anyone in "
     "Ireland found Howe snacks that pass the healthy-eating policy?"),
    ("children", "benign", "forum_post",
     "Why does the 'Infant Formula' shelf in the app show different prices to the store? Same product, 60p difference."),
    # ---- special_categories
    # religion or belief
    ("special_categories", "sensitive", "chat",
     "can i have the slot just after sunset on thursday? we're opening the fast and i want everything here fresh || "
     "Agent: The 8-9pm slot is free, I've booked it for you. || perfect jazakallah khair"),
    ("special_categories", "benign", "chat",
     "Do you have halal-certified chicken thighs for click and collect? || Agent: Yes, use the 'Halal' filter under "
     "Dietary. || great"),
    ("special_categories", "sensitive", "email",
     "Hi, please make sure my substitutions never include gelatine or anything pork-derived. I'm in the middle of "
     "converting and trying to keep kosher properly from now on; my rabbi says the small things matter too. Thanks, "
     "Claire"),
    ("special_categories", "benign", "web_form",
     "St Anne's Church would like a standing order for tea, coffee and biscuits for our Sunday coffee mornings. Can "
     "the parish office be invoiced monthly?"),
    ("special_categories", "sensitive", "sms",
     "no deliveries fri sunset to sat night pls, we dont answer the door or use the phone then"),
    ("special_categories", "benign", "email",
     "When does the Passover range come in? Our office is doing a food-from-around-the-world lunch and someone "
     "suggested matzo ball soup."),
    ("special_categories", "sensitive", "agent_note",
     "Customer asked that drivers not ring the bell during her morning puja (6-7am); she'll leave a note on the door "
     "instead. Delivery notes updated."),
    ("special_categories", "benign", "review",
     "The vegan range is excellent. I'm not vegan at all, just eating less meat to save money, and I don't miss it."),
    ("special_categories", "sensitive", "forum_post",
     "Left the church last year after thirty years and one of the weird adjustments is Sunday shopping. Howe's Sunday "
     "morning slots have become my little rebellion lol."),
    ("special_categories", "benign", "sms",
     "Is Birch Lane open on Good Friday? need to collect before 2"),
    ("special_categories", "sensitive", "in_app",
     "Could the driver be a woman please? I wear niqab and I don't open the door to men when my husband's out."),
    ("special_categories", "benign", "forum_post",
     "Howe's Diwali sweets box was a hit at our office party. Highly recommend the kaju katli."),
    ("special_categories", "sensitive", "call_transcript",
     "Customer: Can I take the meat out of my standing order until Easter? Agent: Sure, for the six weeks? Customer: "
     "Yes, I'm giving it up for Lent. First time I've properly kept it since I was confirmed. Agent: Done, it'll come "
     "back in on Easter Monday."),
    ("special_categories", "benign", "agent_note",
     "Customer asked whether halal meat is stored separately from pork in the warehouse. Confirmed segregation per "
     "supplier policy; sent link to our sourcing page."),
    ("special_categories", "sensitive", "review",
     "Finally a grocer that labels jhatka and halal meat clearly. As a Sikh I can't eat halal, so this makes my weekly "
     "shop so much easier. 5 stars."),
    ("special_categories", "benign", "dm",
     "ur christmas advert made me cry lol who approved that dog"),
    # ethnic or national origin
    ("special_categories", "sensitive", "email",
     "Can you stock more Nigerian staples? Egusi, ugu leaves, proper garri. There's a lot of us Yoruba families round "
     "here and we drive an hour to the African shop every fortnight."),
    ("special_categories", "benign", "email",
     "Can you stock more West African staples? My supper club is doing a jollof night and your World Foods aisle only "
     "has a couple of Jamaican and Indian items."),
    ("special_categories", "sensitive", "chat",
     "your driver told me to 'go back where I came from' when I asked him to carry the bags up. I was born in Leeds, "
     "my parents came from Mirpur. I want to complain || Agent: I'm really sorry, that's completely unacceptable. I'm "
     "raising it with the depot now. || thank you"),
    ("special_categories", "benign", "chat",
     "Has the Polish deli section moved in the app? Can't find the pierogi || Agent: They're under World Foods > "
     "Eastern European now. || thanks"),
    ("special_categories", "sensitive", "web_form",
     "Your account form won't accept the accent in my surname (Nguyễn). My family is Vietnamese and I'm tired of "
     "seeing it mangled on every label. Please fix your forms."),
    ("special_categories", "benign", "web_form",
     "Language options: could the app support Welsh? Plenty of people in our town would use it."),
    ("special_categories", "sensitive", "agent_note",
     "Customer is a Romany Gypsy living on a site without street numbers; agreed deliveries to the site office at "
     "Hollin Lane. Note added not to refuse for 'no house number'."),
    ("special_categories", "benign", "review",
     "The Caribbean range is brilliant - the ackee and saltfish is the closest I've found to what I had on holiday in "
     "Montego Bay."),
    ("special_categories", "sensitive", "voicemail",
     "Hello, this is Grażyna, I am from Poland, I come here two years ago, my English is not so good. Please, the "
     "delivery is always missing the żurek, can you check? Thank you."),
    ("special_categories", "benign", "in_app",
     "Can I change the app from US English to UK English? It keeps saying 'cilantro' instead of coriander."),
    ("special_categories", "sensitive", "dm",
     "as a black woman im so tired of ur 'hair care' aisle being one shelf of products that do nothing for my hair. do "
     "better"),
    ("special_categories", "benign", "agent_note",
     "Customer queried why 'Scottish Tablet' costs more in English stores than in Scottish ones. Explained regional "
     "pricing."),
    ("special_categories", "sensitive", "in_app",
     "Language setting: I've picked Punjabi because my nani lives with us and she's usually the one at the door. She "
     "came over from Jalandhar and doesn't speak much English."),
    ("special_categories", "benign", "voicemail",
     "Hello, it's Ana from Riverside Community Centre. We order pastries for our Saturday international food night and "
     "the last delivery was short. Can you call 555-0133?"),
    ("special_categories", "sensitive", "complaint_letter",
     "Dear Howe Fresh, I was refused the wine in my order because the driver said my Irish passport 'didn't look "
     "right'. I am an Irish Traveller and this is not the first time I have been treated with suspicion at my own "
     "door by your staff. I would like a written apology and an explanation of what checks your drivers are told to "
     "carry out. Yours faithfully, Bridget Ward"),
    ("special_categories", "benign", "complaint_letter",
     "Dear Howe Fresh, I bought a 'Best of British' hamper to send to a colleague in Germany and it was held at "
     "customs for three weeks. Your site said international delivery was available. I would like a refund. Yours "
     "faithfully, Peter Laing"),
    # political opinion or activity
    ("special_categories", "sensitive", "email",
     "Could I order 60 sandwiches and drinks to collect from Birch Lane on Saturday morning? It's for our Green Party "
     "canvassing team before we go door to door - I'm the ward organiser."),
    ("special_categories", "benign", "email",
     "We're the polling station in the Birch Lane primary school hall - can you deliver tea, coffee and milk for the "
     "polling staff at 7am on election day?"),
    ("special_categories", "sensitive", "chat",
     "can i move my delivery to friday? i'll be at the climate march in london all saturday || Agent: Done, Friday "
     "6-7pm. || ta"),
    ("special_categories", "benign", "chat",
     "do you deliver on election day? || Agent: Yes, all slots run as normal. || ok cool"),
    ("special_categories", "sensitive", "sms",
     "cant make tonights slot, I'm standing for the council in ward 4 and the count runs late. tmrw am?"),
    ("special_categories", "benign", "sms",
     "your 'vote for the next flavour' thing is rigged lol, lemon drizzle was robbed"),
    ("special_categories", "sensitive", "forum_post",
     "I've stopped buying Howe's own-brand dates since the board's statement last year. I'm active with the Palestine "
     "solidarity group here and we've all switched supplier."),
    ("special_categories", "benign", "forum_post",
     "Does Howe have a policy on political donations? Just curious after a news piece about supermarkets."),
    ("special_categories", "sensitive", "agent_note",
     "Customer complained a Conservative leaflet was in her delivery bag; said she's been a Labour party member for "
     "twenty years and 'would never'. Leaflet was a third-party insert error. Apologised."),
    ("special_categories", "benign", "review",
     "The 'Radical Roots' veg box is excellent. Beetroot the size of my fist."),
    ("special_categories", "sensitive", "review",
     "One star. The driver saw my Reform poster in the window and made a snide comment on the doorstep. I'm entitled "
     "to my views."),
    ("special_categories", "benign", "agent_note",
     "Local MP's constituency office ordered refreshments for a surgery at the community hall; paid on office card. "
     "Delivered on time."),
    ("special_categories", "sensitive", "web_form",
     "Feedback: I've been campaigning for Scottish independence for fifteen years, so please stop putting the Union "
     "flag on every product in the Scottish stores."),
    ("special_categories", "benign", "in_app",
     "Please stop letting local groups put leaflets in my delivery bags. I want my shopping, not flyers."),
    ("special_categories", "sensitive", "voicemail",
     "Hi, Martin Hale, account 5521. Can you hold my order in the locker? I'm out leafleting with the anti-monarchy "
     "lot all day and won't be back till nine."),
    ("special_categories", "benign", "dm",
     "the price of butter is criminal, who do I complain to, the government?? 😂"),
    # trade-union membership or activity
    ("special_categories", "sensitive", "email",
     "Please pause my deliveries next week. We're out from Monday and I'll be on the picket line most days, so there's "
     "no point paying for a slot."),
    ("special_categories", "benign", "email",
     "Hello, I'm the office manager at the regional Unite office. We'd like a fruit box delivered every Monday. Can "
     "we pay by invoice?"),
    ("special_categories", "sensitive", "chat",
     "can i use my Unison member discount card at checkout? || Agent: We don't have a partnership with Unison at the "
     "moment, sorry. || shame"),
    ("special_categories", "benign", "chat",
     "Is the Union Street store doing click and collect on Sunday? || Agent: Yes, 10am to 4pm. || thanks"),
    ("special_categories", "sensitive", "agent_note",
     "Caller (hospital staff) asked to move her delivery as she's the shop steward for her ward and has a branch "
     "meeting Thursday evening. Moved to Friday 8am."),
    ("special_categories", "benign", "sms",
     "is the train strike going to affect deliveries tmrw?"),
    ("special_categories", "sensitive", "sms",
     "sorry missed the slot, our branch meeting on the nurses pay ballot ran over. rebook tmrw?"),
    ("special_categories", "benign", "forum_post",
     "Are Howe drivers employees or contractors? Asking because I'm writing about the gig economy for my blog."),
    ("special_categories", "sensitive", "review",
     "Driver was great. Got chatting and turns out we're both GMB. Solidarity brother! 5 stars."),
    ("special_categories", "benign", "agent_note",
     "Customer asked whether the EU organic logo on the quinoa means it's certified. Confirmed EU organic "
     "certification."),
    ("special_categories", "sensitive", "forum_post",
     "Anyone else from the postal walkout using Howe click & collect? Strike pay doesn't stretch far and the Essentials "
     "range is getting me through."),
    ("special_categories", "benign", "review",
     "Driver mentioned there might be a strike at the depot, hope they get a fair deal. Delivery bang on time anyway."),
    ("special_categories", "sensitive", "call_transcript",
     "Customer: I'm collecting food for about forty on Saturday, it's our AGM. Agent: Is that a business order? "
     "Customer: No, I'm paying myself, I'm branch secretary for the teachers' union locally and the branch pays me "
     "back. Agent: No problem, personal order it is."),
    ("special_categories", "benign", "in_app",
     "Can a group of neighbours pool an order into one delivery to save on fees? We'd split it ourselves."),
    ("special_categories", "sensitive", "dm",
     "ur drivers deserve better. im one of them btw, and a bunch of us are organising with the IWGB. dont tell "
     "management lol"),
    ("special_categories", "benign", "web_form",
     "Payment question: can I pay with a debit card from my credit union? It keeps getting declined at checkout."),
    # sexual orientation
    ("special_categories", "sensitive", "email",
     "Hi, can you add my husband Daniel as a second named user? I'm Marcus, the account holder. We both do the shopping "
     "and he keeps getting locked out."),
    ("special_categories", "benign", "email",
     "Hi, can you add my wife Daniela as a second named user? I'm Marcus, the account holder. She keeps getting locked "
     "out."),
    ("special_categories", "sensitive", "chat",
     "order for saturday: champagne, the big cheese board, and a cake saying 'Happy 10 years Jo & Bex' - it's me and "
     "my wife's anniversary || Agent: Congratulations! All added. || 🥂"),
    ("special_categories", "benign", "chat",
     "do you do the Pride range all year or just June? work wants rainbow cupcakes for a charity bake sale || Agent: "
     "The range is June-July but rainbow cupcakes are available all year. || ace"),
    ("special_categories", "sensitive", "sms",
     "Pls deliver after 7, me and my boyfriend are both at work till then. Ta, Sam (he/him)"),
    ("special_categories", "benign", "sms",
     "Pls deliver after 7, me and my bf are both at work till then. Ta, Hannah"),
    ("special_categories", "sensitive", "forum_post",
     "Came out to my parents last month and moved into my own place, so this is my first ever proper big shop. Any "
     "Howe recommendations for someone who can only cook toast?"),
    ("special_categories", "benign", "review",
     "The 'Gay Paree' patisserie selection is lovely, the macarons were perfect."),
    ("special_categories", "sensitive", "agent_note",
     "Customer asked us to remove the 'Mrs' title her ex-husband set up; she lives with her girlfriend now and wants "
     "the account in her own name as Ms. Updated."),
    ("special_categories", "benign", "forum_post",
     "My partner and I both work nights - is there any late-evening slot option in our area?"),
    ("special_categories", "sensitive", "review",
     "The Pride range is fun, but honestly, as a bi woman I'd rather you supported LGBT charities year-round than sold "
     "rainbow crisps in June."),
    ("special_categories", "benign", "agent_note",
     "Caller asked why the loyalty account says 'Mr & Mrs' when she's never been married. Changed title to Ms."),
    ("special_categories", "sensitive", "in_app",
     "Delivery note: if I'm out, leave it with my boyfriend Aaron at flat 2. We're not on the same account yet. Ben"),
    ("special_categories", "benign", "in_app",
     "Can the 'Dinner for Two' deal handle two diets? My other half is vegetarian and I'm not."),
    ("special_categories", "sensitive", "voicemail",
     "Hi, it's Priti, about the wedding cake order for the 14th. Both brides want lemon on the top tier, not vanilla - "
     "that's me and Laura. Ring back on 555-0119."),
    ("special_categories", "benign", "voicemail",
     "Hi, it's Priti, the wedding planner, about the cake order for the 14th. The couple want lemon on the top tier, "
     "not vanilla. Ring back on 555-0120."),
    # sex life
    ("special_categories", "sensitive", "email",
     "The bag with the condoms and lube went to number 14 instead of 41. I'm newly single and, er, dating again, so "
     "I'd rather the neighbours didn't know my business. Can you get it back?"),
    ("special_categories", "benign", "email",
     "Why are condoms under 'Health & Beauty' and not 'Family Planning'? Just a UX note from a product designer."),
    ("special_categories", "sensitive", "chat",
     "can items be hidden from order history? || Agent: Not yet, but you can remove past orders from view. || ok cool, "
     "i'm seeing a couple of different people at the moment and one of them borrows my ipad lol"),
    ("special_categories", "benign", "chat",
     "do you stock the morning-after pill for click and collect? || Agent: No, that needs a pharmacist consultation in "
     "store. || ok thx, it's for the students' union welfare leaflet I'm putting together"),
    ("special_categories", "sensitive", "agent_note",
     "Customer upset that the driver commented on what was in her bag (condoms and a vibrator from health and "
     "beauty). She said her sex life is nobody's business. Driver feedback raised."),
    ("special_categories", "benign", "review",
     "The 'Passion Fruit Fizz' is dangerously drinkable. 5 stars."),
    ("special_categories", "sensitive", "in_app",
     "Please don't substitute the condoms with a different brand again, the last ones split and we're really not "
     "trying for a baby yet."),
    ("special_categories", "benign", "forum_post",
     "The 'naughty but nice' sticker on my cake box made me laugh. Whoever does Howe's packaging, keep it up."),
    ("special_categories", "sensitive", "forum_post",
     "Might be TMI, but Howe's own-brand lube is the only one that doesn't irritate either of us. Restock please!"),
    ("special_categories", "benign", "in_app",
     "Why is there an 'Adult' category in the app? Turns out it's just alcohol and lottery scratchcards. Confusing "
     "name."),
    ("special_categories", "sensitive", "dm",
     "lol ur driver turned up right in the middle of a, uh, private moment with my gf and i had to answer in a towel. "
     "maybe text before arriving??"),
    ("special_categories", "benign", "agent_note",
     "Customer complained that a bag of toiletries was left visible on the doorstep. Apologised; reminded driver of "
     "discreet packaging policy."),
    ("special_categories", "sensitive", "sms",
     "is the morning after pill available at click and collect today? condom broke last night"),
    ("special_categories", "benign", "dm",
     "the 'Netflix & Chill' snack box is genius marketing ngl"),
    ("special_categories", "sensitive", "review",
     "Bought the 'Date Night' bundle. Wine was fine but the massage oil leaked all over the bag. Still, the evening "
     "went very well, if you know what I mean 😉"),
    ("special_categories", "benign", "sms",
     "Do you do the almond massage oil in 500ml? I use it with my sports massage clients."),
    # gender identity
    ("special_categories", "sensitive", "email",
     "Please change my account name from Jonathan to Jodie and my title to Ms. I've transitioned and the delivery "
     "labels are outing me to the neighbours every week."),
    ("special_categories", "benign", "email",
     "Please change my title from Miss to Mrs - got married in June!"),
    ("special_categories", "sensitive", "chat",
     "the driver refused the wine because my ID has my old name on it. im trans and the new passport takes months, "
     "what can i do? || Agent: I'm sorry. Photo ID in a previous name is fine as long as the photo matches. || ok "
     "thank you"),
    ("special_categories", "benign", "web_form",
     "Title: Dr. Please add Dr as an option, the form only offers Mr, Mrs, Miss, Ms and Mx."),
    ("special_categories", "sensitive", "sms",
     "hi the driver kept calling me 'sir' even after i corrected him twice. im a woman. pls pass it on."),
    ("special_categories", "benign", "chat",
     "is the 'His & Hers' gift set still available? || Agent: Yes, it's in seasonal gifts. || lovely"),
    ("special_categories", "sensitive", "web_form",
     "Title: Mx. Reason for change: I'm non-binary and your form only lets me choose Mr, Mrs, Miss or Ms."),
    ("special_categories", "benign", "agent_note",
     "Customer asked why the sign-up form makes gender a required field. Confirmed it should be optional; raised a UX "
     "bug."),
    ("special_categories", "sensitive", "agent_note",
     "Customer asked that deliveries be addressed to 'Alex' only and that 'Mrs' be removed; they use they/them "
     "pronouns. Title set to none."),
    ("special_categories", "benign", "review",
     "The men's grooming aisle is well stocked. Got my beard oil and trimmer no problem."),
    ("special_categories", "sensitive", "forum_post",
     "Random one but the Howe skincare aisle has been great since I started T six months ago - my skin went mad and "
     "their gentle range sorted it."),
    ("special_categories", "benign", "forum_post",
     "Why do you gender razors? The pink ones are identical to the blue ones but 20p dearer. Pink tax much?"),
    ("special_categories", "sensitive", "call_transcript",
     "Customer: Hi, my account name still looks wrong. "
     "Agent: Can I confirm I'm speaking with Mrs Helen Grant? Customer: It's Mr Owen Grant now. I updated it online "
     "last month but it hasn't changed. Agent: I'm sorry about that, let me fix it now."),
    ("special_categories", "benign", "in_app",
     "Driver kept calling me 'madam' and 'love', bit over-familiar. Not a big deal."),
    ("special_categories", "sensitive", "review",
     "Four stars. The binder from the clothing range fits well. Shame the packaging had 'CHEST COMPRESSION' in huge "
     "letters on the outside for my whole street to see."),
    ("special_categories", "benign", "sms",
     "changed my surname after the wedding, do i need a new loyalty card or does it update itself?"),
    # genetic data
    ("special_categories", "sensitive", "email",
     "Hi, I tested positive for a BRCA1 mutation last year and I'm overhauling my diet. Does the app have a filter for "
     "high-fibre and alcohol-free products?"),
    ("special_categories", "benign", "email",
     "Do you label soya products as GM-free? I'd rather avoid genetically modified ingredients where I can."),
    ("special_categories", "sensitive", "chat",
     "any chance of a low-phenylalanine filter? i've got PKU (found on the heel prick test as a baby obvs) and "
     "reading every label is exhausting || Agent: Not yet, but I'll log it as a request. || ty"),
    ("special_categories", "benign", "review",
     "These heritage tomatoes are genetically blessed lol. Best I've had all year."),
    ("special_categories", "sensitive", "forum_post",
     "Did one of those ancestry DNA kits and turns out I've got two copies of the haemochromatosis gene. Anyone know "
     "which Howe cereals aren't iron-fortified?"),
    ("special_categories", "benign", "chat",
     "are the DNA Nutrition protein bars back in stock? || Agent: They're due in on Thursday. || sweet"),
    ("special_categories", "sensitive", "agent_note",
     "Customer explained she carries the Huntington's gene and asked for her dietary profile data to be deleted as she "
     "doesn't want any of it stored. Deletion processed."),
    ("special_categories", "benign", "forum_post",
     "Family trait: we're all terrible cooks. Howe's ready meals are basically in our DNA at this point."),
    ("special_categories", "sensitive", "dm",
     "my GeneTrail results say i'm genetically lactose intolerant so i'm switching everything to oat. does ur oat range "
     "have added calcium?"),
    ("special_categories", "benign", "agent_note",
     "Customer asked whether Howe shares loyalty data with genetic testing companies after a news article. Confirmed "
     "we do not; sent privacy notice link."),
    ("special_categories", "sensitive", "web_form",
     "Personalised nutrition pilot: I've already uploaded my Helixa genome file, which shows I carry an APOE4 variant. "
     "Who at Howe can see that file, and can I withdraw it?"),
    ("special_categories", "benign", "in_app",
     "Searching 'heirloom' brings up only the Heirloom Jam and no veg. Can you fix the search?"),
    ("special_categories", "sensitive", "call_transcript",
     "Customer: I need the account back in my mum's surname please. Agent: Sure, can I ask what's changed? Customer: "
     "Long story - a DNA test showed my dad isn't my biological father, so I've gone back to her name. Agent: "
     "Understood, I'll update it."),
    ("special_categories", "benign", "web_form",
     "Suggestion: partner with an at-home DNA kit company for a personalised nutrition trial? I work in marketing and "
     "think it would get attention."),
    # biometric data
    ("special_categories", "sensitive", "email",
     "I enrolled my fingerprint at your Lakeside locker so I could collect without a code. I've changed my mind. "
     "Please delete my fingerprint template and confirm in writing. Account: h.moss@example.org"),
    ("special_categories", "benign", "chat",
     "can i log into the app with face id? || Agent: Yes, switch it on in Settings > Security. The face data stays on "
     "your phone. || nice"),
    ("special_categories", "sensitive", "in_app",
     "The face-scan age check at the locker failed three times and says I look under 25. I'm 31. Do you keep my face "
     "scans from those attempts?"),
    ("special_categories", "benign", "email",
     "Does the fingerprint option at the lockers store anything on your servers? I haven't signed up, just want to "
     "know before I decide."),
    ("special_categories", "sensitive", "agent_note",
     "Customer's voiceprint was enrolled for phone authentication in 2023; she asked for it to be removed and to use "
     "a PIN instead. Voiceprint deleted, confirmation sent."),
    ("special_categories", "benign", "sms",
     "app fingerprint login broken since the update, have to type my password every time"),
    ("special_categories", "sensitive", "chat",
     "the palm scanner at the Lakeside locker won't recognise me since I changed hands, I broke my right wrist. can you "
     "re-enrol me with the left? || Agent: I'll reset your palm profile; re-register at the terminal. || thanks"),
    ("special_categories", "benign", "review",
     "The smart lockers are clever but the touchscreen is covered in fingerprints. Give it a wipe now and then!"),
    ("special_categories", "sensitive", "complaint_letter",
     "Dear Data Protection Officer, I have learned that your Birch Lane store uses facial recognition cameras at the "
     "entrance and that my face was matched against a watchlist, after which staff followed me round the store. I "
     "request a copy of all biometric data you hold about me and its immediate deletion. Yours faithfully, Nadia "
     "Osei"),
    ("special_categories", "benign", "agent_note",
     "Customer asked whether helpline recordings are used to train voice recognition. Explained call recording policy "
     "and 90-day retention."),
    ("special_categories", "sensitive", "sms",
     "ur fingerprint locker has my prints AND my ex flatmate's on my account, pls remove his, he moved out"),
    ("special_categories", "benign", "forum_post",
     "Is anyone else's banking app asking for a selfie to approve Howe payments? Is that normal or a scam?"),
    ("special_categories", "sensitive", "voicemail",
     "Hi, it's Rob Tennant. I signed up for the iris-scan checkout trial at Lakeside last spring and I want my scans "
     "wiped. I've read you keep the eye images. Ring me on 07700 900567."),
    ("special_categories", "benign", "in_app",
     "Feature request: let me show my loyalty card from my watch instead of my phone."),
]


def howe_examples() -> list[dict]:
    """The howe split as labelled tickets (same shape as ``sensitive_eval.build_eval_set``'s)."""
    return stranger_examples("howe", ENTRIES, SUBJECTS)
