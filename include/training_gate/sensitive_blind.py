"""A blind evaluation split for the sensitive-topic stage, written by hand in another style.

The ``dev`` and ``test`` splits of ``sensitive_eval`` come from one set of templates
(short, polite, one sentence slotted between an opener and a request). This split was
written separately, before the rules were changed in response to it, and is never
used to tune them: each ticket is hand-written in one register (angry, terse,
rambling, non-native English, lowercase chat, email with a signature), often with an
indirect phrasing ("after my op", "I'm 7 months along", "I spent 3 months inside"),
and about half of them are built into multi-turn conversations where the sensitive
sentence sits among ordinary billing and delivery turns and agent boilerplate. The
benign half is confusable on purpose: titles and brand names, idioms, products,
ordinary payment trouble, business signatures and agent boilerplate.

Each entry is ``(category, label, register, text)``: label ``"sensitive"`` (the text
reveals the category) or ``"benign"`` (it uses the category's words harmlessly);
``" || "`` separates the turns of a conversation, ``"Agent: "`` starts an agent turn.
``blind_examples`` turns them into labelled tickets with a fixed, seedless wrapping so
the split never changes unless this file does.
"""

from __future__ import annotations

ENTRIES: list[tuple[str, str, str, str]] = [
    # ---------------------------------------------------------------- health
    ("health", "sensitive", "chat", "hi || order still not here?? || ok so the thing is im stuck at home after my op, cant walk to the pickup point lol"),
    ("health", "sensitive", "email", "Dear Support,\n\nPlease find attached the receipt for order 88412. I would like to return the treadmill. My physio says I should not be running at all until the tendon heals.\n\nKind regards,\nMarta Kowalski\nSent from my iPhone"),
    ("health", "sensitive", "non-native", "Hello, i can not come to the door for signing because i am in the hospital since tuesday with my lungs. Please leave by neighbour."),
    ("health", "sensitive", "angry", "THREE TIMES your driver left a card while I was home. I'm on crutches after a knee replacement, I can't run down the stairs in 20 seconds!!!"),
    ("health", "sensitive", "terse", "Cancel gym add-on. Heart issues, doctor's orders."),
    ("health", "sensitive", "rambling", "So basically my wife has been having these awful migraines for months and the neurologist finally figured out it's... anyway long story, she can't stand bright screens now so we want to return the tablet, is that possible even though it's past 30 days?"),
    ("health", "sensitive", "indirect", "My mum's memory is going and she keeps ordering the same things over and over. Can you put a limit on her account?"),
    ("health", "sensitive", "indirect", "I'm type 1 and the holder you sent doesn't fit my glucose sensor."),
    ("health", "sensitive", "plain", "Been battling depression this year and honestly forgot about this subscription. Can I get the last 3 months back?"),
    ("health", "sensitive", "multi-turn", "Where is my parcel? || Agent: It shows as delivered to a safe place. || It wasn't there. Also I'm partially sighted so I can't read the tiny print on your tracking page, can you email it in big text?"),
    ("health", "sensitive", "rambling", "my son has a severe peanut allergy, the snack box said nut free but the label says may contain. he had a reaction and we spent the night in A&E."),
    ("health", "sensitive", "non-native", "My husband have cancer and now we need to stop the premium plan, he not use it anymore."),
    ("health", "sensitive", "plain", "I'm autistic and phone calls are really hard for me, please keep this to email."),
    ("health", "sensitive", "chat", "pls dont call me im recovering from covid and my voice is gone"),
    ("health", "sensitive", "indirect", "I'm 7 months along and the cot needs to be here before the baby comes."),
    ("health", "sensitive", "email", "Hi team,\nOur order for the shower chair and grab rails (for my dad after his hip op) arrived missing the screws.\nThanks, Jon\n--\nJon Reyes | Operations Lead | Acme Ltd"),
    ("health", "sensitive", "plain", "I have MS and my hands shake, so the tiny buttons on this remote are impossible for me. Do you have a big-button version?"),
    ("health", "sensitive", "plain", "Sorry for not replying, I was admitted last week with chest pains and only got home yesterday."),
    ("health", "sensitive", "chat", "i take meds that make me drowsy so i slept through the delivery window twice, can we do saturday?"),
    ("health", "sensitive", "indirect", "My therapist suggested I cut down on spending, so please close the account."),
    ("health", "benign", "plain", "The first aid kit I ordered is missing the bandages."),
    ("health", "benign", "chat", "hi the hospital bed sheets (fitted, single) came in the wrong size"),
    ("health", "benign", "plain", "This checkout is giving me a headache, the postcode field keeps clearing."),
    ("health", "benign", "angry", "Your app is SICK. Sick as in broken. FIX IT."),
    ("health", "benign", "plain", "I'm allergic to hidden fees. Why is there a service charge on my order?"),
    ("health", "benign", "plain", "Is the Doctor Who phone case back in stock?"),
    ("health", "benign", "plain", "Our IT team says the plugin is paralysing the whole network."),
    ("health", "benign", "email", "Dear Sir/Madam,\nPlease update the billing address for our clinic account to Riverside Dental Clinic, 4 Mill Lane.\nRegards,\nAccounts Dept"),
    ("health", "benign", "plain", "The vitamin D gummies arrived melted."),
    ("health", "benign", "chat", "lol this update is a pain in the neck, where did the order history button go"),
    ("health", "benign", "plain", "The pharmacy click and collect order was ready but the app says cancelled."),
    ("health", "benign", "plain", "I need an invoice for the standing desk for my employer's health and safety assessment."),
    ("health", "benign", "terse", "Massage chair remote dead on arrival. Replace."),
    ("health", "benign", "multi-turn", "Where's my refund? || Agent: Hi, thanks for your patience. We hope you're staying healthy and safe. Your refund was issued today. || great thanks"),
    ("health", "benign", "plain", "The pulse oximeter display is upside down."),
    ("health", "benign", "non-native", "The mask I buy for sleeping is too small, where I can change it?"),
    ("health", "benign", "plain", "The band's new album Fever Dream won't download."),
    ("health", "benign", "chat", "im dying here, it's been on 'out for delivery' since 7am"),
    ("health", "benign", "plain", "Could you check why my Health & Fitness bundle renewal price went up?"),
    ("health", "benign", "plain", "The agent on chat was really patient, please pass on my thanks."),
    # ---------------------------------------------------------------- children
    ("children", "sensitive", "chat", "my lil one threw the remote down the stairs, does the warranty cover that? shes 3 lol"),
    ("children", "sensitive", "plain", "My daughter's in Year 8 and her school requires this calculator model, which one is it?"),
    ("children", "sensitive", "email", "Hello,\nI'm writing about an account opened by my son without my permission. He's fourteen. Please close it and delete his data.\nBest,\nPriya"),
    ("children", "sensitive", "angry", "your game let a KID spend £240 on gems. my kid. she's 9. refund it now."),
    ("children", "sensitive", "non-native", "My boy have 11 years and he buy the skins with my card, please return money."),
    ("children", "sensitive", "plain", "The card for my grandson's 5th birthday arrived without the name printed."),
    ("children", "sensitive", "plain", "I need to set up an account for my teenage daughter, what ID does she need?"),
    ("children", "sensitive", "multi-turn", "Hi, billing question || Agent: Sure, how can I help? || We got charged for 2 kids profiles. My twins are in kindergarten, they don't need separate profiles."),
    ("children", "sensitive", "indirect", "Our youngest starts primary in September and we need the uniform by then."),
    ("children", "sensitive", "plain", "My stepdaughter is under 16 so she can't have her own account, can I add her to mine?"),
    ("children", "sensitive", "rambling", "We adopted a little girl last spring (she's four now, time flies) and I want to put her on our family plan but the form wants a date of birth and an email, which she obviously doesn't have?"),
    ("children", "sensitive", "terse", "Child's school laptop. Broken screen. Need repair, she needs it for class Monday."),
    ("children", "sensitive", "chat", "my 13yo son got into my account and changed the password"),
    ("children", "sensitive", "plain", "The photos in the shared album include my kids' faces, please take them down."),
    ("children", "sensitive", "plain", "Please don't use my son's name in your marketing emails, he's a minor."),
    ("children", "sensitive", "plain", "My nephew is 15 and I gave him my old phone, can the contract be moved to his name?"),
    ("children", "sensitive", "email", "Dear Customer Care,\nMy child attends Oakfield Primary and the school ordered the reading tablets through your portal under my name. Can you confirm what details of hers you hold?\nRegards,\nT. Moore"),
    ("children", "sensitive", "plain", "A boy from my daughter's class keeps messaging her through your app. She's 12."),
    ("children", "sensitive", "chat", "we just had a baby and need to change the delivery to my parents' place for a few weeks"),
    ("children", "sensitive", "chat", "i'm 15 and my mom said i can have an account, is that allowed?"),
    ("children", "benign", "plain", "The kids' size 10 trainers are too narrow."),
    ("children", "benign", "plain", "Do you have the Baby Driver blu-ray?"),
    ("children", "benign", "chat", "i was kidding about cancelling, please keep my subscription lol"),
    ("children", "benign", "plain", "The toddler tower is missing two bolts."),
    ("children", "benign", "angry", "Your app treats customers like children. Stop hiding the cancel button!"),
    ("children", "benign", "plain", "What are the school holiday opening hours of the pickup store?"),
    ("children", "benign", "plain", "The Kid Cudi vinyl arrived scratched."),
    ("children", "benign", "plain", "My order of 12 baby spinach salad kits arrived wilted."),
    ("children", "benign", "plain", "Our IT guy is a youngster but even he can't figure out your API docs."),
    ("children", "benign", "plain", "The monthly plan for ages 13 and up shows the wrong price."),
    ("children", "benign", "plain", "The parent company of your courier is impossible to reach."),
    ("children", "benign", "plain", "The child theme of my website template breaks after your plugin update."),
    ("children", "benign", "plain", "The nursery plants (tomato seedlings) arrived dead."),
    ("children", "benign", "plain", "I bought a Father's Day gift card, can I change the amount?"),
    ("children", "benign", "plain", "The cot to bed conversion kit isn't in the box."),
    ("children", "benign", "email", "Hi,\nThe school supplies order for our office (pens, folders) is delayed.\nRegards,\nGina | Office Manager"),
    ("children", "benign", "angry", "Age verification fails on my driving licence. I'm 34!"),
    ("children", "benign", "plain", "Set up took 5 minutes, even a child could do it. Great product, but the invoice is missing."),
    ("children", "benign", "plain", "The 16 year old whisky I ordered came with a cracked bottle."),
    ("children", "benign", "plain", "Do you have a baby blue version of the kettle?"),
    # ------------------------------------------------------------- financial_hardship
    ("financial_hardship", "sensitive", "plain", "My hours got cut to nothing and the direct debit bounced. I literally have £12 until the 28th."),
    ("financial_hardship", "sensitive", "non-native", "I am lost my work in the factory and now no money for pay this bill, please wait with me."),
    ("financial_hardship", "sensitive", "terse", "Redundant since Jan. Need to cancel. No fees pls."),
    ("financial_hardship", "sensitive", "angry", "You charged me AGAIN and now I can't buy nappies this week. Do you people understand some of us are barely scraping by??"),
    ("financial_hardship", "sensitive", "email", "Dear Sir/Madam,\nI am writing to request a payment holiday. Following the closure of my business I have no regular income and have entered an IVA.\nYours faithfully,\nR. Okafor"),
    ("financial_hardship", "sensitive", "chat", "the council are sending the enforcement agents round about the arrears, can you freeze my account for now"),
    ("financial_hardship", "sensitive", "plain", "I'm on jobseeker's allowance so £30 a month is a lot for me. Any cheaper plan?"),
    ("financial_hardship", "sensitive", "rambling", "ok so it's been a rough few months, got let go from the warehouse, the car got taken back, and now this renewal took the last bit of my overdraft, so yeah"),
    ("financial_hardship", "sensitive", "plain", "Please stop emailing about the overdue balance, StepChange is handling all my creditors now."),
    ("financial_hardship", "sensitive", "plain", "We're living in temporary accommodation since we lost the flat, please send the order to the hostel."),
    ("financial_hardship", "sensitive", "chat", "i literally cant afford to eat this week because of your double charge"),
    ("financial_hardship", "sensitive", "multi-turn", "Hello || Agent: Hi! How can I help today? || Can I set up a payment plan? Things are really hard financially at the moment and I can only do £5 a month."),
    ("financial_hardship", "sensitive", "plain", "My credit score is shot and my cards have been cancelled, so please don't try to take payment again."),
    ("financial_hardship", "sensitive", "plain", "I had to pawn my laptop to pay the rent, so I can't return it with the original charger."),
    ("financial_hardship", "sensitive", "plain", "My pension doesn't stretch to this anymore, please cancel."),
    ("financial_hardship", "sensitive", "plain", "I've been signed on for six months now and need to cut every subscription."),
    ("financial_hardship", "sensitive", "plain", "Because of the debt relief order I'm not allowed to take on new credit, please cancel the finance agreement."),
    ("financial_hardship", "sensitive", "plain", "Honestly I'm drowning in debt and the late fees are making it worse."),
    ("financial_hardship", "sensitive", "terse", "The bailiff letter came today. Please can you pause collection?"),
    ("financial_hardship", "sensitive", "plain", "My benefits were sanctioned this month so the payment will fail, sorry."),
    ("financial_hardship", "benign", "plain", "My card expired, how do I update it?"),
    ("financial_hardship", "benign", "plain", "Can you send a VAT invoice for the last three payments?"),
    ("financial_hardship", "benign", "plain", "The collections page on your site lists items that are out of stock."),
    ("financial_hardship", "benign", "terse", "Tripod broke on day one."),
    ("financial_hardship", "benign", "plain", "The Debt Free Degree book arrived with a bent cover."),
    ("financial_hardship", "benign", "chat", "got charged the old price after the promo ended, pls fix"),
    ("financial_hardship", "benign", "angry", "I CAN'T PAY!!! The payment page just spins forever."),
    ("financial_hardship", "benign", "plain", "Your buy now pay later option disappeared from checkout."),
    ("financial_hardship", "benign", "plain", "Can I pay part on my gift card and the remainder by card?"),
    ("financial_hardship", "benign", "plain", "The bank transfer bounced because I typed the IBAN wrong."),
    ("financial_hardship", "benign", "chat", "hi do u do student discount??"),
    ("financial_hardship", "benign", "angry", "Your shipping cost is more than the item, that's daylight robbery."),
    ("financial_hardship", "benign", "plain", "The Monopoly board was missing the bank notes."),
    ("financial_hardship", "benign", "email", "Dear Finance Team,\nPlease find our remittance advice for invoice INV-2231 attached.\nKind regards,\nAccounts Payable, Northwind Ltd"),
    ("financial_hardship", "benign", "multi-turn", "Refund? || Agent: Your refund is on its way. If you are ever struggling with payments, our help centre explains the options available. || Thanks."),
    ("financial_hardship", "benign", "plain", "I lost my wallet, so please remove the old card from the account."),
    ("financial_hardship", "benign", "plain", "Is the Poor Things DVD region-free?"),
    ("financial_hardship", "benign", "plain", "We are a small business and want to move to annual billing."),
    ("financial_hardship", "benign", "angry", "Why did the price go up by £2? Not happy."),
    ("financial_hardship", "benign", "plain", "The credit note you issued doesn't show in my account."),
    # ------------------------------------------------------------------- legal
    ("legal", "sensitive", "plain", "My solicitor has told me to keep all records, so please don't delete my chat history."),
    ("legal", "sensitive", "angry", "I'm taking this to the ombudsman if I don't hear back in 48 hours."),
    ("legal", "sensitive", "terse", "Ex took the laptop. Court date is the 14th. Need the purchase receipt."),
    ("legal", "sensitive", "non-native", "The police is taking my phone for investigation, so i can not do the 2FA."),
    ("legal", "sensitive", "angry", "My car was broken into and your dashcam didn't record. The cops want the footage and there is NONE."),
    ("legal", "sensitive", "plain", "The judge granted me sole custody and I need my ex removed from the family plan."),
    ("legal", "sensitive", "email", "Hello,\nI have been called as a witness in a criminal trial and need proof of delivery for order 55123 for the prosecution.\nRegards,\nD. Hale"),
    ("legal", "sensitive", "plain", "I'm currently out on bail and can't leave the county, please redirect the delivery."),
    ("legal", "sensitive", "chat", "we're separating and my husband's lawyer wants statements for the joint account"),
    ("legal", "sensitive", "rambling", "So my neighbour reported me to the council, then it escalated and now there's a case and my legal aid person said I should get the doorbell cam recordings, which your app only keeps for 30 days??"),
    ("legal", "sensitive", "indirect", "I spent 3 months inside and the account got closed for inactivity, can you reopen it?"),
    ("legal", "sensitive", "plain", "I've been charged with a driving offence and my insurer needs the tracker data."),
    ("legal", "sensitive", "terse", "Our divorce was finalised last month. Remove him as a named user."),
    ("legal", "sensitive", "plain", "The detective on my case asked me to get the IP logs for my account."),
    ("legal", "sensitive", "plain", "I was wrongly accused of shoplifting in your store and I'm taking legal advice."),
    ("legal", "sensitive", "chat", "got a court summons bc of ur debt collectors, the debt isnt even mine"),
    ("legal", "sensitive", "plain", "Please send all correspondence to my legal representative from now on."),
    ("legal", "sensitive", "multi-turn", "Hi can I change the delivery address || Agent: Of course, what's the new address? || It's my mum's. I can't stay at mine while the non-molestation order is being sorted."),
    ("legal", "sensitive", "indirect", "I'm on a tag with a curfew from 7pm, so evening deliveries are no good."),
    ("legal", "sensitive", "plain", "My ex is contesting the will and I need to prove I paid for the TV."),
    ("legal", "benign", "plain", "The Judge Dredd box set is missing the second disc."),
    ("legal", "benign", "plain", "Can I get a legal-size paper tray for the printer?"),
    ("legal", "benign", "plain", "The badminton court lines on the mat are faded."),
    ("legal", "benign", "plain", "Please cite the clause in your T&Cs that says I can't return opened software."),
    ("legal", "benign", "plain", "I'm a lawyer by training but this refund policy confuses even me."),
    ("legal", "benign", "terse", "Phone case doesn't close properly."),
    ("legal", "benign", "plain", "The trial version expired and won't let me export."),
    ("legal", "benign", "angry", "Your charges are criminal. £9 for delivery!"),
    ("legal", "benign", "chat", "ive been sentenced to hold music for 40 minutes"),
    ("legal", "benign", "plain", "The Better Call Saul poster came creased."),
    ("legal", "benign", "plain", "Can you police the reviews better? Half of them are fake."),
    ("legal", "benign", "non-native", "I want to claim the warranty, the law of my country say 2 years."),
    ("legal", "benign", "email", "Hi,\nOur legal team needs your DPA signed before we renew.\nThanks,\nProcurement"),
    ("legal", "benign", "email", "Please confirm the order.\nRegards,\nSam Patel\nParalegal Assistant, Hart & Co Solicitors"),
    ("legal", "benign", "plain", "Is the Law & Order complete series in stock?"),
    ("legal", "benign", "plain", "The verdict is in: your new app is way better. But the invoice page is broken."),
    ("legal", "benign", "plain", "Please appeal to the warehouse to speed things up."),
    ("legal", "benign", "plain", "The security guard at the depot was very helpful."),
    ("legal", "benign", "multi-turn", "Order issue || Agent: This message is confidential and may be legally privileged. If you received it in error, please notify the sender. || ok"),
    ("legal", "benign", "plain", "The jury is still out on whether the update helped, but the battery is better."),
    # ---------------------------------------------------------- special_categories
    ("special_categories", "sensitive", "indirect", "I'm fasting this month so please deliver after 8pm when we break our fast."),
    ("special_categories", "sensitive", "plain", "My husband and I (two men, married 6 years) keep getting 'Mr & Mrs' on the invoices, please fix."),
    ("special_categories", "sensitive", "non-native", "I am Polish and your agent say bad things about Polish people on the phone."),
    ("special_categories", "sensitive", "plain", "As a practising Catholic I'd rather not get the Halloween promo emails."),
    ("special_categories", "sensitive", "email", "Hi,\nI recently transitioned and my legal name is now Alex. Please update all records and remove my deadname.\nThanks,\nAlex"),
    ("special_categories", "sensitive", "plain", "I'm a member of Unite and we're organising a walkout, so I won't be at the office to take deliveries."),
    ("special_categories", "sensitive", "terse", "Remove my face scan data. Now."),
    ("special_categories", "sensitive", "plain", "The agent asked if I was 'really British' because of my accent. I was born in Birmingham, my parents are from Pakistan."),
    ("special_categories", "sensitive", "plain", "I'm canvassing for the Lib Dems in the local elections and need 500 envelopes by Friday."),
    ("special_categories", "sensitive", "angry", "Your chatbot used the wrong pronouns for me AGAIN. I'm a trans woman. Fix it."),
    ("special_categories", "sensitive", "chat", "my girlfriend and i are both girls and the couples bundle only lets u pick husband/wife lol"),
    ("special_categories", "sensitive", "plain", "Please keep my voice recording off your servers, it's biometric data."),
    ("special_categories", "sensitive", "plain", "We keep kosher so I need to know if the gelatine in these sweets is from pork."),
    ("special_categories", "sensitive", "plain", "I'm a Jehovah's Witness and don't celebrate birthdays, stop the birthday emails please."),
    ("special_categories", "sensitive", "rambling", "I did one of those ancestry kits from your shop and the results say I'm 40% Ashkenazi, which is fine, but I don't want that on any profile anyone can see?"),
    ("special_categories", "sensitive", "plain", "I'm bisexual and the dating add-on keeps forcing me to choose men or women."),
    ("special_categories", "sensitive", "plain", "My family are Sikh and my son wears a patka, the helmet doesn't fit over it."),
    ("special_categories", "sensitive", "plain", "I was at the climate protest on Saturday and the police kept my phone."),
    ("special_categories", "sensitive", "plain", "As an Orthodox Jew I can't use the phone on Saturdays, email only please."),
    ("special_categories", "sensitive", "plain", "The genetic report from your health kit says I carry the BRCA gene, please delete it."),
    ("special_categories", "benign", "plain", "The Black & Decker drill battery won't charge."),
    ("special_categories", "benign", "multi-turn", "Thanks for sorting it || Agent: Glad to help! If you enjoyed our service, please vote for us in the Retail Awards."),
    ("special_categories", "benign", "plain", "The white trainers arrived yellowish."),
    ("special_categories", "benign", "plain", "Is the rainbow cake topper in stock?"),
    ("special_categories", "benign", "plain", "Can I pay with UnionPay?"),
    ("special_categories", "benign", "plain", "The Christian Dior perfume box was damaged."),
    ("special_categories", "benign", "plain", "The Straight Outta Compton poster is the wrong size."),
    ("special_categories", "benign", "plain", "Do the Easter eggs contain nuts?"),
    ("special_categories", "benign", "plain", "The strike plate on the door lock is bent."),
    ("special_categories", "benign", "chat", "im straight up annoyed, the order is late again"),
    ("special_categories", "benign", "plain", "The Pride and Prejudice hardback has a torn page."),
    ("special_categories", "benign", "terse", "Face ID stopped working after update."),
    ("special_categories", "benign", "plain", "The party balloons were popped on arrival."),
    ("special_categories", "benign", "plain", "The Turkish towels arrived with a stain."),
    ("special_categories", "benign", "plain", "Our office is moving to a hybrid model, can we change delivery days?"),
    ("special_categories", "benign", "plain", "The Indian restaurant voucher from your promo didn't work."),
    ("special_categories", "benign", "non-native", "I need the French keyboard, not the English one."),
    ("special_categories", "benign", "email", "Dear Team,\nPlease update the PO for the Church Street branch.\nRegards,\nFacilities"),
    ("special_categories", "benign", "plain", "The Gene Simmons vinyl is scratched."),
    ("special_categories", "benign", "plain", "The trans-Atlantic shipping took 3 weeks."),
    # ------------------------------------------------------------------- bereavement
    ("bereavement", "sensitive", "plain", "My wife passed in January. I don't know her password but I have the death cert."),
    ("bereavement", "sensitive", "non-native", "My father is die last month, I want close his account, please tell me what documents."),
    ("bereavement", "sensitive", "terse", "Account holder deceased. Close account. I'm the executor."),
    ("bereavement", "sensitive", "chat", "hey my grandad died last week and his magazine subscription keeps coming, how do i stop it"),
    ("bereavement", "sensitive", "email", "Dear Sir or Madam,\nI am contacting you regarding the account of my late mother, Mrs Edith Barnes. Please close it and refund the remaining balance.\nYours sincerely,\nPaul Barnes"),
    ("bereavement", "sensitive", "plain", "We lost our son in March. Please stop sending the back to school emails addressed to him."),
    ("bereavement", "sensitive", "angry", "I have told you FOUR times my husband is dead. Stop sending him upgrade offers!!!"),
    ("bereavement", "sensitive", "rambling", "sorry if this is a bit all over the place, we had the funeral on Friday and I'm trying to sort out mum's things, and one of them is this contract"),
    ("bereavement", "sensitive", "plain", "The order was for my brother's memorial, and it arrived a week late."),
    ("bereavement", "sensitive", "indirect", "Dad's no longer around and the TV bundle is still in his name."),
    ("bereavement", "sensitive", "plain", "My partner took his own life in the spring and I can't bear the reminder emails."),
    ("bereavement", "sensitive", "plain", "I'm sorting out my uncle's affairs after he passed and need copies of his invoices."),
    ("bereavement", "sensitive", "plain", "Since losing my wife I've not been keeping on top of the post, sorry for the late return."),
    ("bereavement", "sensitive", "multi-turn", "Can I cancel an order? || Agent: Sure, which order? || 44921. It was a birthday present for my nan but she passed away on Tuesday."),
    ("bereavement", "sensitive", "plain", "The flowers were for my sister's grave and they arrived wilted."),
    ("bereavement", "sensitive", "plain", "My mum was killed in a crash and I need to transfer the phone contract."),
    ("bereavement", "sensitive", "plain", "Our baby was stillborn in June and the baby club emails are devastating, please remove us."),
    ("bereavement", "sensitive", "terse", "Widower. Need help closing the joint account."),
    ("bereavement", "sensitive", "plain", "My best friend died suddenly and I was meant to be collecting the order for him."),
    ("bereavement", "sensitive", "plain", "Following my father's death we need to cancel his subscription."),
    ("bereavement", "benign", "plain", "My laptop died on me mid-update."),
    ("bereavement", "benign", "plain", "The Dead Poets Society DVD skips."),
    ("bereavement", "benign", "plain", "The deadline for returns was yesterday, can I still send it?"),
    ("bereavement", "benign", "angry", "I'm dead serious, this is the fourth time it's late."),
    ("bereavement", "benign", "terse", "Orchid arrived dead."),
    ("bereavement", "benign", "plain", "The Grateful Dead t-shirt is the wrong size."),
    ("bereavement", "benign", "plain", "Our old account is dead, please migrate the orders to the new one."),
    ("bereavement", "benign", "plain", "The Memorial Day sale price wasn't applied."),
    ("bereavement", "benign", "plain", "The grave accent key on the keyboard doesn't work."),
    ("bereavement", "benign", "plain", "I lost my temper with your chatbot, sorry."),
    ("bereavement", "benign", "plain", "Passed the order number to your colleague yesterday, no response."),
    ("bereavement", "benign", "plain", "The estate car roof bars don't fit."),
    ("bereavement", "benign", "plain", "The late night delivery slot is full."),
    ("bereavement", "benign", "plain", "The wake-up light alarm doesn't go off."),
    ("bereavement", "benign", "plain", "The phone's screen died after I dropped it."),
    ("bereavement", "benign", "plain", "I lost the receipt but I have the bank statement."),
    ("bereavement", "benign", "plain", "The dead bolt doesn't fit my door."),
    ("bereavement", "benign", "plain", "The Walking Dead season pass isn't showing."),
    ("bereavement", "benign", "non-native", "My computer is dying, it is very slow, I need the fast model."),
    ("bereavement", "benign", "chat", "killing time on hold... 45 minutes now"),
    # ---------------------------------------------------------- violence_self_harm
    ("violence_self_harm", "sensitive", "plain", "My ex keeps logging into my account to track where I am. I'm scared of him."),
    ("violence_self_harm", "sensitive", "plain", "Someone has been sending me threatening messages through your marketplace chat."),
    ("violence_self_harm", "sensitive", "chat", "idk why im even writing this, nothing matters, ill probably not be around to get the refund anyway"),
    ("violence_self_harm", "sensitive", "non-native", "A man from delivery push me and take the parcel, i have bruises, please help."),
    ("violence_self_harm", "sensitive", "angry", "Your courier THREATENED me when I asked for ID. I'm reporting this."),
    ("violence_self_harm", "sensitive", "terse", "Moved to a refuge. Hide my address from the account."),
    ("violence_self_harm", "sensitive", "email", "Hello,\nI am in the process of leaving a violent partner. He knows my login. Please help me secure the account without emailing the old address.\nRegards,\nA."),
    ("violence_self_harm", "sensitive", "indirect", "My husband controls all the money and checks this account, please only contact me on the new number."),
    ("violence_self_harm", "sensitive", "plain", "I've been cutting again and spent loads without thinking, can these be returned?"),
    ("violence_self_harm", "sensitive", "rambling", "so there's this guy at work who keeps following me home and now he's ordered stuff to my address in my name, I don't even know how he got it"),
    ("violence_self_harm", "sensitive", "plain", "A customer in your shop punched my son in the face."),
    ("violence_self_harm", "sensitive", "plain", "I was robbed at knifepoint and they used my card on your site."),
    ("violence_self_harm", "sensitive", "plain", "I keep thinking everyone would be better off without me. Anyway, please cancel the plan."),
    ("violence_self_harm", "sensitive", "multi-turn", "Need to change my number || Agent: Sure, may I ask why? || My ex is stalking me and has my current one."),
    ("violence_self_harm", "sensitive", "plain", "My daughter's classmates are tormenting her online using your game's chat."),
    ("violence_self_harm", "sensitive", "plain", "He said he'd hurt me if I didn't give him the password."),
    ("violence_self_harm", "sensitive", "plain", "The seller threatened to come to my house if I left a bad review."),
    ("violence_self_harm", "sensitive", "plain", "After the assault I can't face going to the parcel locker alone."),
    ("violence_self_harm", "sensitive", "indirect", "I tried to end things last month and I'm only now catching up on emails."),
    ("violence_self_harm", "sensitive", "plain", "My neighbour attacked me over the parcel and the police are involved."),
    ("violence_self_harm", "benign", "plain", "The punching bag chain is too short."),
    ("violence_self_harm", "benign", "chat", "i'd murder a pizza right now but your app won't let me order"),
    ("violence_self_harm", "benign", "plain", "The Kill Bill steelbook is dented."),
    ("violence_self_harm", "benign", "plain", "The fire extinguisher arrived with the pin missing."),
    ("violence_self_harm", "benign", "plain", "The self-defence class voucher expired before I could use it."),
    ("violence_self_harm", "benign", "plain", "Your site keeps attacking me with pop-ups."),
    ("violence_self_harm", "benign", "plain", "The hit single I bought isn't in my library."),
    ("violence_self_harm", "benign", "plain", "Our team smashed the sales target using your tool, but the invoice is wrong."),
    ("violence_self_harm", "benign", "plain", "The axe for the log burner arrived without the sheath."),
    ("violence_self_harm", "benign", "angry", "STOP harassing me with marketing emails, unsubscribe me NOW."),
    ("violence_self_harm", "benign", "plain", "The toy sword broke on the first swing."),
    ("violence_self_harm", "benign", "plain", "The back and forth between your billing and delivery teams is hurting me as a customer."),
    ("violence_self_harm", "benign", "angry", "I almost threw my phone out the window, the app crashed so many times."),
    ("violence_self_harm", "benign", "plain", "The Assassin's Creed bundle code doesn't work."),
    ("violence_self_harm", "benign", "plain", "Brute-force protection locked me out after 3 tries."),
    ("violence_self_harm", "benign", "plain", "The smoke alarm keeps screaming at 3am, the battery is new."),
    ("violence_self_harm", "benign", "plain", "The cutting board is warped."),
    ("violence_self_harm", "benign", "plain", "The chef's knife is blunt out of the box."),
    ("violence_self_harm", "benign", "plain", "Beat Saber won't launch on my headset."),
    ("violence_self_harm", "benign", "plain", "The kill switch on the treadmill doesn't stop the belt."),
]

SUBJECTS = ["Order problem", "re: your order", "Account", "Billing question", "Delivery", "Help!!", "Refund request",
            "Re: Re: case 40213", "(no subject)", "Cancellation", "quick question", "Complaint"]
# Ordinary turns a ticket may open or close with, so the sensitive sentence is buried.
CUSTOMER_BEFORE = [
    "Hi, my order says delivered but there's nothing on the doorstep.",
    "hello?? ive been waiting 20 mins on this chat",
    "I was charged £14.99 but the website said £12.99, can you check?",
    "Good afternoon. I'd like to update the delivery address on my account.",
    "The tracking link in your email doesn't open on my phone.",
    "Order #A-55102. The box arrived crushed and one item is missing.",
]
AGENT_MIDDLE = [
    "Agent: Thanks for contacting us! I'm sorry to hear that. Could you confirm the order number for me?",
    "Agent: Hi, you're chatting with Sam. I can see your account, what else can I do for you?",
    "Agent: I apologise for the inconvenience. I've raised this with our warehouse team.",
]
CUSTOMER_AFTER = [
    "Also can you check whether my discount code was applied? Thanks.",
    "Anyway, please just sort the refund out, I've waited long enough.",
    "thx",
    "Let me know when the replacement ships.",
]
AGENT_CLOSING = [
    "Agent: Thank you for your patience. Your case is now closed; reply to this email to reopen it. Kind regards, Customer Care",
    "Agent: I've processed that for you. Is there anything else I can help with today? Have a lovely day!",
    "Agent: We're sorry for any trouble. This chat is recorded for quality and training purposes.",
]


def split_turns(text: str) -> list[str]:
    """The turns of an entry's text (``" || "`` separates them)."""
    return [turn.strip() for turn in text.split(" || ")]


def numbered(entries: list[tuple[str, str, str, str]]):
    """Each entry with its position and its number within its (category, label)."""
    counters: dict[tuple[str, str], int] = {}
    for position, entry in enumerate(entries):
        number = counters.get(entry[:2], 0)
        counters[entry[:2]] = number + 1
        yield position, number, entry


def labelled_ticket(split: str, number: int, category: str, label: str, register: str, subject: str,
                    turns: list[str]) -> dict:
    """One hand-written entry as a labelled ticket (same shape as ``sensitive_eval.build_eval_set``'s)."""
    return {
        "id": f"{category}-{label}-{split}-{number:03d}",
        "split": split,
        "label": category if label == "sensitive" else None,
        "confusable_with": category,
        "register": register,
        "subject": subject,
        "comments": [turn.removeprefix("Agent: ") for turn in turns],
        "customer_text": "\n".join(t for t in turns if not t.startswith("Agent: ")),
    }


def hand_written_examples(split: str, entries: list[tuple[str, str, str, str]]) -> list[dict]:
    """Hand-written entries as labelled tickets (same shape as ``sensitive_eval.build_eval_set``'s),
    with a fixed, seedless wrapping: the split never changes unless its entries do."""
    examples = []
    for position, number, (category, label, register, text) in numbered(entries):
        turns = split_turns(text)
        wrapping = position % 4  # fixed, not random: 0 alone, 1 buried, 2 closed by the agent, 3 both
        if len(turns) == 1 and wrapping in (1, 3):
            turns = [CUSTOMER_BEFORE[position % len(CUSTOMER_BEFORE)], AGENT_MIDDLE[position % len(AGENT_MIDDLE)],
                     f"{turns[0]} {CUSTOMER_AFTER[position % len(CUSTOMER_AFTER)]}"]
        if wrapping in (2, 3):
            turns = [*turns, AGENT_CLOSING[position % len(AGENT_CLOSING)]]
        examples.append(labelled_ticket(split, number, category, label, register,
                                        SUBJECTS[position % len(SUBJECTS)], turns))
    return examples


def stranger_examples(split: str, entries: list[tuple[str, str, str, str]], subjects: tuple[str, ...]) -> list[dict]:
    """Entries written by someone who had not seen the rules, as labelled tickets: each turn as written,
    no filler added, the subject taken in turn from the writer's own list."""
    return [labelled_ticket(split, number, category, label, register, subjects[position % len(subjects)],
                            split_turns(text))
            for position, number, (category, label, register, text) in numbered(entries)]


def blind_examples() -> list[dict]:
    """The blind split as labelled tickets (same shape as ``sensitive_eval.build_eval_set``'s)."""
    return hand_written_examples("blind", ENTRIES)
