"""A probe split for the sensitive-topic stage: children, special categories and bereavement.

Written family by family before the rules were revised against it, so that its first
measurement says how the rules do on phrasings they were not tuned on. Each sensitive
ticket reveals its category through one semantic family (for children: a minor's age in
another form, school stages and events, child services and legal roles, a child's account
or device, custody and childcare, a child's health or behaviour; for special categories:
religious practice, ethnicity or nationality as identity, political activity, union
membership, sexual orientation, gender identity, genetic and biometric data). The benign
half is confusable: kids' products and businesses, religious or political words used as
products, places and idioms, and death vocabulary in its everyday senses (dead batteries,
"killing it", estates as property, products named after death, history, fiction, pets
that are only mentioned). Once its errors have been read it is a tuning split like ``fresh``.

Same entry shape as ``sensitive_fresh`` (``sensitive_blind``'s helpers build the tickets).
"""

from __future__ import annotations

from training_gate.sensitive_blind import hand_written_examples

ENTRIES: list[tuple[str, str, str, str]] = [
    # ---------------------------------------------------------------- children
    ("children", "sensitive", "chat", "my lad just turned thirteen and wants his own login, can he have one on my plan?"),
    ("children", "sensitive", "email", "Hello,\n\nOur youngest sits her GCSEs in May and the laptop we bought her keeps shutting down mid-essay. Could you book it in for repair as soon as possible?\n\nThanks,\nHelen"),
    ("children", "sensitive", "typos", "my stepdaughter is in sixth form and somone used her email to sign up, she never made this acount"),
    ("children", "sensitive", "report", "Caller is the legal guardian of a 10-year-old and wants the minor's profile removed from the shared household account."),
    ("children", "sensitive", "non-native", "My boy is in the first class of primary, he press the buy button many times on the game, please give back the money."),
    ("children", "sensitive", "summary", "Customer shares custody of her two children with her ex-partner and wants the kids' tablets removed from his device list."),
    ("children", "sensitive", "chat", "the nanny needs her own login to order nappies for the baby while we're at work, how do i add her"),
    ("children", "sensitive", "mixed", "First, the direct debit date is wrong. Second, my pupil-premium kid needs the laptop loan extended because his school closed the IT room."),
    ("children", "sensitive", "email", "Dear team,\nMy son has ADHD and autism and he is only nine. The noise-cancelling headphones help him at school, but the replacement pair still has not arrived.\nBest,\nRuth"),
    ("children", "sensitive", "report", "Agent note: social worker called on behalf of a looked-after child (age 12) whose photos appear on a seller listing; asked for removal."),
    ("children", "sensitive", "typos", "my 3 yo swallowed part of the toy battery cover, hes ok now but the cover just pops off, this is dangerous"),
    ("children", "sensitive", "non-native", "I have baby of 5 month, I need the formula milk delivery before the weekend, she cannot drink other."),
    ("children", "sensitive", "chat", "hi my kid's school ipad got locked to your MDM profile, she's in year 8, how do we unenrol it"),
    ("children", "sensitive", "summary", "Summary: mother says her teenage son, still a minor, bought an age-restricted item using her card; she wants it cancelled."),
    ("children", "sensitive", "email", "Hi,\nWe adopted our daughter last spring and she's now eight. Her old surname is still on the family account from the foster placement. Please update it to ours.\nThanks,\nPriya"),
    ("children", "sensitive", "mixed", "The tracking page is broken and also the childminder who picks up my two-year-old from nursery can't get into the shared calendar."),
    ("children", "sensitive", "report", "Customer reports their 11 y/o was contacted by a stranger through the in-game chat; requests chat to be disabled on the child's profile."),
    ("children", "sensitive", "chat", "pupils in my son's class all got this app for homework, he's only 7, can i see what data u keep on him"),
    ("children", "sensitive", "non-native", "My daughter have school exam tomorrow and the calculator you send is not working, she is in 9 grade."),
    ("children", "sensitive", "typos", "my grandkids r staying over the holidays, the younger one is 4, can i get the car seat delivered by friday"),
    ("children", "sensitive", "email", "Good afternoon,\nI'm a single mum to a toddler and a baby on the way, so I can't carry the parcel up three flights. Could the courier bring it up?\nKind regards,\nSophie"),
    ("children", "sensitive", "summary", "Parent says the child has been bullied at school over the phone case design and asks to exchange it for a plain one."),
    # benign
    ("children", "benign", "chat", "do u sell the kids scooter spare wheels separately"),
    ("children", "benign", "email", "Hello,\n\nWe are a daycare chain ordering high chairs for six sites. Please send a quote for 40 units with delivery to our head office.\n\nRegards,\nMaria\nSunny Days Nurseries Ltd"),
    ("children", "benign", "typos", "the baby shampoo bottle leaked all over the box, pls send a new one"),
    ("children", "benign", "report", "Customer asked whether the tablet's parental controls feature can be switched off entirely; they live alone and find the prompts annoying."),
    ("children", "benign", "non-native", "I want to buy the school bag model 2025 but it is out of stock, when it come back?"),
    ("children", "benign", "summary", "Customer is a paediatric nurse ordering scrubs in a new size for work."),
    ("children", "benign", "chat", "the grown-ups only mode on the speaker keeps resetting lol, like the device is a moody teenager"),
    ("children", "benign", "mixed", "The invoice has the wrong address and the Lego set I ordered for my own display shelf is missing two bags."),
    ("children", "benign", "email", "Hi,\nI'm a maths teacher and would like to use your graphing app with my classes. Does it have an educational licence for a whole school?\nThanks,\nTom Reid"),
    ("children", "benign", "typos", "the baby grand piano cover doesnt fit my piano, its 2cm to small"),
    ("children", "benign", "report", "Caller asked about the return window for a Peppa Pig cake topper ordered for a bakery's window display."),
    ("children", "benign", "non-native", "When I was child I use your brand of pens, now I want to buy again but the shop is closed."),
    ("children", "benign", "chat", "is the junior suite at the hotel available on the 14th? need a bigger room"),
    ("children", "benign", "summary", "Customer asked whether the Minecraft Education edition can be installed on a Mac."),
    ("children", "benign", "email", "Dear Support,\nThe school holiday dates on your events calendar are a year out of date. We are a tour operator and rely on them for pricing.\nRegards,\nGrace\nWayfarer Tours"),
    ("children", "benign", "typos", "the child lock on the washing machine wont turn off, i cant open the door"),
    ("children", "benign", "mixed", "Two problems: the app logs me out every hour, and the 'kid mode' toggle is greyed out on my account even though I never use it."),
    ("children", "benign", "non-native", "The father's day gift card, it is still valid after June? I buy it for my husband."),
    ("children", "benign", "report", "Customer is a youth football coach buying 20 training bibs on the club's account."),
    ("children", "benign", "chat", "my inner child is screaming at these prices tbh. is there a discount code"),
    ("children", "benign", "email", "Hello,\nCould you confirm the age range printed on the puzzle box? The product page says 8+ but the box says 10+. We are a toy shop and need the right label.\nThanks,\nOwen"),
    ("children", "benign", "summary", "Customer asked whether the childproof-cap bottles come in a 500ml size for their pharmacy counter."),
    # ---------------------------------------------------------- special_categories
    ("special_categories", "sensitive", "chat", "as a practising catholic i don't want the ads for the abortion clinic appearing in my feed"),
    ("special_categories", "sensitive", "email", "Hello,\n\nI'm a Sikh and wear a turban, so the face ID keeps failing on your app. Is there another way to sign in?\n\nThanks,\nHarjit"),
    ("special_categories", "sensitive", "typos", "my husband and i are both men and ur form wont let me put him as spouse, fix it pls"),
    ("special_categories", "sensitive", "report", "Customer, who is non-binary, asked for the honorific on their account to be changed to Mx and for the gender field to be removed."),
    ("special_categories", "sensitive", "non-native", "I am Kurdish from Turkey and your app show my nationality as Turkish, please change it, I am not Turkish."),
    ("special_categories", "sensitive", "summary", "Customer said she is a Labour party councillor and asked that her campaign newsletter sign-ups be deleted from our mailing list."),
    ("special_categories", "sensitive", "chat", "i'm a shop steward for unite, our members want to know if you share our data with the employer"),
    ("special_categories", "sensitive", "mixed", "The order arrived late. Also my DNA test results from your ancestry kit show a BRCA variant and I want the raw data deleted now."),
    ("special_categories", "sensitive", "email", "Dear Sir/Madam,\nWe are Jehovah's Witnesses and do not celebrate birthdays. Please stop sending the birthday offer emails to our family.\nRegards,\nDaniel"),
    ("special_categories", "sensitive", "report", "Agent note: customer is a trans man and his old deadname appears on the delivery label; asked for the label template to be corrected."),
    ("special_categories", "sensitive", "typos", "im hindu and vegetarian for religious reasons, the meal kit had beef in it, i want a refund"),
    ("special_categories", "sensitive", "non-native", "I am Roma and the delivery man refuse to come to our site, he said bad words about gypsies."),
    ("special_categories", "sensitive", "chat", "my girlfriend and i (we're both women) want a couples account, is that possible?"),
    ("special_categories", "sensitive", "summary", "Customer says her fingerprint data was stored by the smart lock app and wants the biometric template deleted."),
    ("special_categories", "sensitive", "email", "Hi,\nI attend church every Sunday morning and can't take deliveries then. Please move my weekly slot.\nThanks,\nGrace"),
    ("special_categories", "sensitive", "mixed", "Refund for the broken chair please. And please stop calling me 'sir', I'm a woman, I transitioned years ago."),
    ("special_categories", "sensitive", "report", "Customer is a member of the Green Party and asked us to remove the party donation receipt from his account history."),
    ("special_categories", "sensitive", "non-native", "I am black African and your facial check say my face is not match every time, my white friend pass first time."),
    ("special_categories", "sensitive", "chat", "im bisexual and ur dating feature only lets me choose one gender to see, that's a bug imo"),
    ("special_categories", "sensitive", "typos", "we r a jewish family and the gift hamper had a christmas card in it, can we swap for the hanukkah one"),
    ("special_categories", "sensitive", "summary", "Customer disclosed that she takes part in climate protests and asked that her location history be deleted because of police interest."),
    ("special_categories", "sensitive", "email", "Hello,\nAs a Buddhist monk I do not handle money. My monastery will pay for the order; please invoice them instead.\nWith metta,\nBhante Sujato"),
    # benign
    ("special_categories", "benign", "chat", "do u have the christmas jumper in XL? the one with the reindeer"),
    ("special_categories", "benign", "email", "Hello,\n\nWe are St Mary's Church Hall and would like to hire your PA system for a quiz night. Could you send a quote?\n\nRegards,\nPat\nHall Manager"),
    ("special_categories", "benign", "typos", "the halloween costume is the wrong size, i orderd a medium"),
    ("special_categories", "benign", "report", "Customer asked for the Welsh-language version of the app to be enabled on their account."),
    ("special_categories", "benign", "non-native", "I live in Turkey, you can ship to Istanbul? How much is the cost?"),
    ("special_categories", "benign", "summary", "Customer asked whether the political biography they ordered comes in hardback."),
    ("special_categories", "benign", "chat", "the rainbow phone case faded after a week, can i get a new one"),
    ("special_categories", "benign", "mixed", "The union jack flag arrived torn and the payment page double charged me."),
    ("special_categories", "benign", "email", "Hi,\nWe're a trade union office and need a new printer toner for our HP LaserJet. Is the XL cartridge compatible?\nThanks,\nAccounts, GMB Northern Region"),
    ("special_categories", "benign", "typos", "the gay-lussac chemistry poster is blury, pls resend"),
    ("special_categories", "benign", "report", "Caller asked whether the Ramadan recipe book is in stock; it is a gift for a colleague."),
    ("special_categories", "benign", "non-native", "I am from Poland and want to change the language of the website to Polish, where is the setting?"),
    ("special_categories", "benign", "chat", "the election night party pack was missing the balloons"),
    ("special_categories", "benign", "summary", "Customer asked about the Easter opening hours of the flagship store."),
    ("special_categories", "benign", "email", "Dear team,\nOur genetics lab would like to order more pipette tips. Could you send a quote for 50 boxes?\nBest,\nDr Anika Shah\nProcurement, Helix Labs"),
    ("special_categories", "benign", "mixed", "The fingerprint reader on my laptop stopped working after the update, and the keyboard backlight is stuck on."),
    ("special_categories", "benign", "typos", "my face id stoped working after i droped the phone, can u fix it"),
    ("special_categories", "benign", "non-native", "The book about the history of Islam in Spain is damaged, the cover is broken."),
    ("special_categories", "benign", "report", "Customer is an event planner ordering 300 Diwali lanterns for a corporate client's party."),
    ("special_categories", "benign", "chat", "the pride and prejudice box set is missing volume 2"),
    ("special_categories", "benign", "email", "Hello,\nOur council would like to renew the parking app contract for the town centre. Who handles public-sector renewals?\nRegards,\nParking Services, Ashby District Council"),
    ("special_categories", "benign", "summary", "Customer asked whether the Nation's Favourite Carols CD can be shipped abroad."),
    # --------------------------------------------------------------- bereavement
    ("bereavement", "sensitive", "chat", "my nan passed on sunday and her phone contract is still running, what do i need to close it"),
    ("bereavement", "sensitive", "email", "Hello,\n\nI'm the executor of my late father's estate. He had an annual subscription with you which renewed last week; could you refund it and close the account?\n\nThanks,\nNeil"),
    ("bereavement", "sensitive", "typos", "we lost our baby at 20 weeks and ur app keeps sending pregnancy week emails, pls stop them"),
    ("bereavement", "sensitive", "report", "Caller's husband died suddenly last month; she needs the joint account moved into her sole name."),
    ("bereavement", "sensitive", "non-native", "My mother is dead since two weeks, I want to stop her account, she cannot use it no more."),
    ("bereavement", "sensitive", "summary", "Customer is grieving a close friend and asked for the friend's photos on the shared album to be downloaded before the account closes."),
    ("bereavement", "sensitive", "mixed", "Sorry for the slow reply, we had the funeral on Tuesday. The parcel still hasn't arrived and I need the refund."),
    ("bereavement", "sensitive", "chat", "my brother took his own life in march and i want to memorialise his profile"),
    ("bereavement", "sensitive", "email", "Dear Support,\nMy wife passed away after a long illness. Please cancel her magazine subscription and remove her from our household plan.\nRegards,\nGeorge"),
    ("bereavement", "sensitive", "report", "Agent note: customer is recently widowed and asked for letters to stop being addressed to her late husband."),
    # benign
    ("bereavement", "benign", "chat", "the remote's batteries are dead already, only had it a week"),
    ("bereavement", "benign", "email", "Hello,\n\nOur sales team is absolutely killing it this quarter and we need 10 more seats on the CRM plan. Can you upgrade us today?\n\nThanks,\nMia"),
    ("bereavement", "benign", "typos", "the estate agent app wont show the 3 bed houses on the Kingsmead estate"),
    ("bereavement", "benign", "report", "Customer asked whether Red Dead Redemption 2 is included in the game pass."),
    ("bereavement", "benign", "non-native", "My phone is dead, the screen is black and it not charge anymore."),
    ("bereavement", "benign", "summary", "Customer ordered a history book about the death of Henry VIII and received the wrong edition."),
    ("bereavement", "benign", "mixed", "The death metal vinyl was warped and the delivery fee was charged twice."),
    ("bereavement", "benign", "chat", "the main character dies at the end of episode 6 and then the stream just stops, cant watch ep 7"),
    ("bereavement", "benign", "email", "Hi,\nThe Day of the Dead decorations we ordered for our bar are missing the skull garland.\nThanks,\nLuis\nCantina Roja"),
    ("bereavement", "benign", "typos", "my dog is so happy with the new bed, but the zip broke, can i get a new cover"),
    ("bereavement", "benign", "report", "Caller is a solicitor's office manager asking about bulk pricing for estate planning software licences."),
    ("bereavement", "benign", "non-native", "The game is too hard, my character die every time in the level 3, is there an easy mode?"),
    ("bereavement", "benign", "summary", "Customer said the old laptop finally gave up the ghost and wants to buy the new model with the trade-in offer."),
    ("bereavement", "benign", "chat", "lol the wifi just died again, third time today"),
    ("bereavement", "benign", "email", "Dear Sir,\nWe manage a country estate and need a quote for 12 outdoor security cameras.\nRegards,\nEstate Office, Hollins Park"),
    ("bereavement", "benign", "mixed", "The Agatha Christie murder mystery set is missing the last book, and the tracking link is dead."),
    ("bereavement", "benign", "typos", "the deadbolt lock u sent doesnt fit my door, need a return label"),
    ("bereavement", "benign", "report", "Customer said their sourdough starter died while they were on holiday and asked for a replacement starter kit at a discount."),
    ("bereavement", "benign", "non-native", "I make the dead lift exercise and the gym belt broke, I want a new one."),
    ("bereavement", "benign", "summary", "Customer asked to renew the funeral home's website hosting plan; they are a long-standing business client."),
]


def probe_examples() -> list[dict]:
    """The probe split as labelled tickets (same shape as ``sensitive_eval.build_eval_set``'s)."""
    return hand_written_examples("probe", ENTRIES)
