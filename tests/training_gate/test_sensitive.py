"""The sensitive-topic stage: sentence tables per category, the evaluation targets, the pipeline."""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

import pyarrow.parquet as pq
import pytest

from tests.sample_outcome import classifier_only_drops
from training_gate.policy import SENSITIVE_CATEGORIES

TARGET_RECALL = 0.95
TARGET_FALSE_EXCLUSION = 0.05
MIN_EXAMPLES = 20
WEIGHTED_SPLITS = ("bay", "cove", "dell", "fen", "glen", "moor",  # 15 + 15 for legal and for bereavement
                   "brook", "dale", "mesa", "tarn", "vale", "weir",  # and for health and violence
                   "cairn", "ford", "holt", "lea", "scar", "wold")
WEIGHTED_MIN_EXAMPLES = 15


def categories_of(detector, text: str) -> tuple[str, ...]:
    return detector.screen_texts([("comments[0]", text)]).categories


SENSITIVE = [
    ("health", "I was diagnosed with diabetes last year and need to pause my plan."),
    ("health", "I'm pregnant and can't lift the box, please bring it inside."),
    ("health", "My husband is in hospital after a heart attack."),
    ("health", "I'm currently undergoing chemotherapy, sorry for the slow replies."),
    ("health", "I use a wheelchair and the locker is out of reach."),
    ("health", "I broke my wrist and can't type much."),
    ("children", "My son is 12 and bought games on my card."),
    ("children", "Please delete the account of my 10-year-old daughter."),
    ("children", "My toddler pressed the order button three times."),
    ("children", "My daughter, aged 9, signed up with my email."),
    ("financial_hardship", "I lost my job and can't pay the rent."),
    ("financial_hardship", "A debt collector keeps calling me about this."),
    ("financial_hardship", "We are being evicted next week."),
    ("financial_hardship", "I've filed for bankruptcy."),
    ("legal", "My lawyer will be in touch about the damage."),
    ("legal", "I filed a police report after the theft."),
    ("legal", "I'm going through a divorce and my ex still has the password."),
    ("legal", "I will take you to the small claims court."),
    ("special_categories", "As a Muslim I fast during Ramadan."),
    ("special_categories", "I'm transgender and changed my name."),
    ("special_categories", "I'm a trade union member."),
    ("special_categories", "Delete my DNA test results, I don't want my genetic data stored."),
    ("bereavement", "My mother passed away in March."),
    # tune-others round: condition cards, prostheses, sanctions, defaults, court orders, police release, marked
    # deceased, lurking and grooming signs
    ("health", "Can you reprint my epilepsy ID card, the old one is cracked?"),
    ("health", "My brother has an artificial leg so the step-free entrance matters."),
    ("financial_hardship", "My payments stopped because I was sanctioned by the jobcentre last month."),
    ("financial_hardship", "The loan went into default, so my credit is wrecked."),
    ("legal", "We now have a prohibited steps order against him."),
    ("legal", "My partner was released without charge on Friday."),
    ("legal", "A bail condition means I can't leave the county."),
    ("legal", "The certificate lists a caution from when I was 20."),
    ("bereavement", "Policy holder: Arthur Bell (deceased). Please cancel the renewal."),
    ("bereavement", "My cat and my nan both died this spring, so I need to pause the plan."),
    ("violence_self_harm", "Her ex keeps waiting outside Fairview Library when she finishes work."),
    ("violence_self_harm", "A man I met online worked out where I live and keeps sitting outside in his van."),
    ("violence_self_harm", "A customer got right in my face and I feel really unsafe on my shifts now."),
    ("violence_self_harm", "A random adult in the game chat told her to keep their messages a secret."),
    ("violence_self_harm", "My manager keeps sending me sexual jokes late at night."),
    ("bereavement", "My father died and his subscription is still charged."),
    ("bereavement", "I'm the executor of my aunt's estate."),
    ("bereavement", "I missed the delivery because I was at my grandmother's funeral."),
    ("violence_self_harm", "My ex-partner is harassing me through this account."),
    ("violence_self_harm", "He threatened to kill me."),
    ("violence_self_harm", "I have been thinking about suicide."),
    ("violence_self_harm", "The courier assaulted me at my door."),
    # chat register, relations and "I have / suffer from", procedures, pregnancy, ages written
    # as '10yo' or '7th birthday', school years, essentials, income cuts, police as an actor,
    # religious identity, nationality, couples, death of a relative, fear and coercion
    ('children', 'hes 8 and he keeps buying stuff on my phone'),
    ("financial_hardship", 'i cant afford food this week after ur charge'),
    ("health", 'im diabetic so i need the delivery before my insulin runs out'),
    ("health", "I suffer from chronic migraines and can't look at screens for long."),
    ("health", "My hubby is living with Parkinson's so I handle his orders now."),
    ("health", "I'm recovering from a hip replacement and can't climb stairs."),
    ("health", "She's autistic and loud noises upset her, so please don't ring the doorbell."),
    ("health", "After my knee op I can't drive to the depot."),
    ("health", "I'm 6 months pregnant and can't carry the box."),
    ('children', 'My teenage son has been buying loot boxes with my card.'),
    ('children', 'Our youngest is in year 3 and needs the reading app.'),
    ('children', "The card for my niece's 7th birthday never came."),
    ('children', 'My 10yo daughter set up this account.'),
    ('children', 'Her school asks for this exact calculator, my daughter needs it.'),
    ("financial_hardship", "My shifts were cut and I can't buy groceries this week."),
    ("financial_hardship", 'I got let go last month and need to stop all payments.'),
    ("financial_hardship", "We're in temporary accommodation, please hold the parcel."),
    ("financial_hardship", "I've been furloughed and need a payment holiday."),
    ("financial_hardship", "I'm struggling and need a payment plan for the arrears."),
    ("legal", 'The police came to my flat and took the router as evidence.'),
    ("legal", 'My ex and I share custody and he still uses my login.'),
    ("legal", "I'm out on bail and can only receive post at my sister's."),
    ("legal", "I've been accused of fraud and need every invoice."),
    ("legal", 'Detectives asked me for the camera footage.'),
    ('special_categories', "I'm Nigerian and your agent mocked my accent."),
    ('special_categories', 'My parents are Vietnamese and the form rejects their names.'),
    ('special_categories', "As a devout Hindu I don't want beef products in the box."),
    ('special_categories', "We're both women and the account only allows a husband."),
    ('special_categories', "I'm a trans man and the card still shows my deadname."),
    ('special_categories', "I'm going on strike on Monday, deliver on Tuesday please."),
    ('special_categories', 'I was canvassing for the Greens and lost my phone.'),
    ("bereavement", "Since my brother's death I've been sorting out his affairs."),
    ("bereavement", "I'm writing about my late father's account."),
    ("bereavement", 'My granddad is no longer around and this is still in his name.'),
    ("bereavement", "My cousin took his own life and I can't face these emails."),
    ("violence_self_harm", "I'm terrified of my ex and he knows this address."),
    ("violence_self_harm", 'He tracks where I go using the shared account.'),
    ("violence_self_harm", 'My controlling husband reads all my messages.'),
    ("violence_self_harm", 'Some days I think my family would be better off without me.'),
    ("violence_self_harm", 'The buyer threatened to come round and smash my windows.'),
    ("violence_self_harm", 'Two teenagers pushed me off my bike and took my phone.'),
    ("health", "Hi,\nI'm on chemo so deliveries to the door please.\nThanks,\nDana"),
    # a second round of phrasings, written after the rules above
    ("health", "Sorry, I've been in and out of hospital since March."),
    ("health", 'my mum has alzheimers and keeps reordering things'),
    ("health", 'I had a stroke last year and typing is slow for me.'),
    ("health", "I'm waiting for surgery on my shoulder, can the driver carry it in?"),
    ("health", 'I was rushed to A&E on Friday so I missed the slot.'),
    ("health", 'My wife is undergoing IVF and we need to pause spending.'),
    ("health", 'i have really bad anxiety and cant do phone calls'),
    ('children', 'my kid is only 6, she didnt know what she was clicking'),
    ('children', 'The account is for my grandson who is 11.'),
    ('children', "My daughter goes to St Mary's primary and needs a tablet."),
    ('children', "I'm the parent of a 14 year old who bought this."),
    ("financial_hardship", 'Since losing my job I can barely pay the rent.'),
    ("financial_hardship", 'im on universal credit and this fee is too much'),
    ("financial_hardship", "We've fallen behind on the mortgage and need to cut costs."),
    ("financial_hardship", 'The debt collectors you sent are harassing me.'),
    ("legal", 'My divorce lawyer needs a copy of the statements.'),
    ("legal", "I'm taking you to court over this."),
    ("legal", 'I reported the theft to the police and have a crime number.'),
    ("legal", 'My son was arrested and his phone was seized.'),
    ('special_categories', "I'm Muslim and the meat box had pork in it."),
    ('special_categories', "As a gay man I found the agent's comment offensive."),
    ('special_categories', "I'm a union rep and need the invoices for a grievance."),
    ('special_categories', 'Please delete my biometric data from the app.'),
    ("bereavement", 'Mum passed away last month and the plan is in her name.'),
    ("bereavement", "My husband died in June and I can't log into his account."),
    ("bereavement", "I'm handling my late aunt's estate."),
    ("violence_self_harm", 'My ex hit me and I need him off the account.'),
    ("violence_self_harm", "I've been having thoughts of ending my life."),
    ("violence_self_harm", "I'm being bullied by a coworker who uses your app to message me."),
    ("violence_self_harm", 'Someone broke into my house and attacked my wife.'),
    # a third round: paraphrase families, ages in other forms, agent notes and subjectless fragments
    ('children', 'My daughter has 10 years and made this account.'),
    ('children', 'Our twelve-yr-old changed my password.'),
    ("bereavement", 'Dad passed in the spring and the account is his.'),
    ("bereavement", 'since my grandads death I handle the bills'),
    ("violence_self_harm", 'Honestly I wish I was dead, cancel everything.'),
    ("violence_self_harm", 'He grabbed my wrist when I opened the door.'),
    ("legal", 'My brother was charged with burglary and his phone is evidence.'),
    ("legal", 'The custody hearing for my daughter is on Monday.'),
    ("financial_hardship", 'They cut my hours and the rent is due.'),
    ("financial_hardship", 'Been sleeping in my van since the landlord sold up.'),
    ('special_categories', 'My family fled Afghanistan and the form rejects my surname.'),
    ('special_categories', 'We go to the mosque on Fridays, so no deliveries at noon please.'),
    ("health", 'I rely on a hearing aid, please use chat.'),
    ("health", 'Customer is in hospital, per her daughter.'),
    ("health", 'Pregnant with twins, need the double buggy.'),
    # faculty decline, abbreviated conditions, bad body parts, awaiting a procedure (made-up phrasings)
    ("health", "Grandad's hearing is getting worse so please email rather than call."),
    ("health", "Cust reports his eyesight is going and he can't read the codes."),
    ("health", "Customer states she has IBS and needs the delivery before noon."),
    ("health", "She has a slipped disc and can't lift the parcel."),
    ("health", "my dodgy knee means I can't do the stairs to the locker"),
    ("health", "cust advised he's waiting on a heart op"),
    ("health", "I don't want my diagnosis shared with my employer."),
    # parents, adoption, ages said as subjects or after the child, exams only minors sit
    ("children", "I'm a dad of twins so evenings are chaos, deliver after 8 please."),
    ("children", "We adopted a little girl last month and need to add her to the plan."),
    ("children", "Our eldest is 14 and wants her own login."),
    ("children", "A boy of nine can't agree to your terms."),
    ("children", "Son 10 bought skins on my card."),
    ("children", "eight yr old used my account"),
    ("children", "my daughter is doing her GCSEs so she needs the laptop"),
    ("children", "Agent note: minor on account, mother requested closure."),
    ("children", "I breastfeed so the courier can't come at 6am."),
    ("children", "Customer advised the charges were placed by a teenager in the household."),
    ("children", "im a stay at home mum so mornings are fine"),
    ("children", "i have to pick my son up from nursery at 5"),
    ("children", "Agent summary: purchases made by customer's minor son; refund approved."),
    # signing on, prison said without the word
    ("financial_hardship", "Been signing on since the warehouse shut."),
    ("legal", "Customer's partner is currently doing time so she manages the account."),
    ("legal", "He spent two years inside and has no credit history."),
    ("legal", "My cousin has been banged up since spring."),
    # origins asked about, gender identity said, trade unionists
    ("special_categories", "The driver asked where I'm really from."),
    ("special_categories", "Customer identifies as non-binary and asked for a neutral title."),
    ("special_categories", "My husband and I (both men) want a joint account."),
    ("special_categories", "I'm a lifelong trade unionist and won't use that courier."),
    # hopelessness: two weak signs, or a strong one
    ("violence_self_harm", "nothing matters anymore and no one would miss me"),
    ("violence_self_harm", "I feel so empty, what's the point of anything"),
    # misspelt people and events, ages in relative clauses, having young children, superlatives (made-up phrasings)
    ("children", "my dauhgter is 11 and signed up without asking"),
    ("bereavement", "my husbnd died in may and the plan is in his name"),
    ("bereavement", "since my gran past away her emails come to me"),
    ("children", "The lad staying with us, who is twelve, used my card."),
    ("children", "We have a newborn at home so knock quietly."),
    ("children", "She's got two toddlers so mornings are hard for her."),
    ("children", "my 4yr old dropped the tablet"),
    ("children", "I'm a mum of three and the littlest is only 1."),
    ("legal", "my ex has a restrainng order and still logs in"),
    ("special_categories", "we're observant jews and don't open the door on the sabbath"),
    ("special_categories", "Since I came out as trans my family won't share the account."),
    ("health", "just had my knee done so I can't do the stairs"),
    ("health", "Customer had her gallbladder out last week."),
    ("health", "My dad has a rare lung disease and can't carry the box."),
    ("health", "Been off work with my back all month."),
    ("violence_self_harm", "some1 keeps sending me threats on your app"),
    ("financial_hardship", "My debts are out of control and I can't pay this."),
    # illness verbs with their illness, pets apart, kin lost to a cause, threats to a home, income that fell
    ("health", "She's battling breast cancer and can't get to the door."),
    ("health", "I'm registered disabled so the locker is out of reach."),
    ("bereavement", "We lost Dad to covid in the winter."),
    ("bereavement", "Please stop the reminders, my wife is no longer alive."),
    ("legal", "My nephew is incarcerated and his wife runs the account."),
    ("legal", "I'm in a legal battle with my former landlord."),
    ("legal", "He's on a tag so he can't collect after 7pm."),
    ("legal", "I have taken my complaint to the ombudsman."),
    ("violence_self_harm", "My ex said he'd torch my car if I left."),
    ("violence_self_harm", "Some nights I feel like ending it."),
    ("financial_hardship", "Our income has dropped since my business went bust."),
    ("financial_hardship", "Wages were late and I had nothing left for the bill."),
    ("children", "We homeschool our two, so the maths app is essential."),
    ("children", "My sister's kids stay with me and use this tablet."),
    ("special_categories", "The card is for my godson's christening."),
    # ages said of a reported user, parents of an age, youth teams, offences, euphemisms for a death
    ("children", "Agent note: user is 13 per her father."),
    ("children", "Dad of a 4 month old here, please knock quietly."),
    ("children", "My son plays in the under 10s and the kit is wrong."),
    ("children", "Our son just turned 12 and wants his own login."),
    ("legal", "I got done for speeding and need the dashcam footage."),
    ("legal", "My brother lost his licence for drink driving."),
    ("bereavement", "Grandad is in a better place now, please close his account."),
    ("bereavement", "My mum never woke up on Sunday morning."),
    # people of colour, party members, accents, murders, ashes, foster carers
    ("special_categories", "As a woman of colour I was singled out by the guard."),
    ("special_categories", "She's a member of the Scottish Green Party and gets campaign post."),
    ("special_categories", "Your agent mocked my Polish accent on the call."),
    ("bereavement", "My cousin was murdered in March and his account is still active."),
    ("bereavement", "Mum's ashes are being scattered on Sunday, so I'm away."),
    ("children", "We're foster carers for two brothers and need separate logins."),
    # devices in the body, money left until payday, supplies cut off with a second sign
    ("health", "I have a colostomy so the tight waistband is a problem."),
    ("financial_hardship", "After the rent I've got £15 left until Friday."),
    ("financial_hardship", "The gas was cut off because I couldn't top up the meter."),
    # possessives of the writer, clubs of a child, the writer's school year, family-court and offender terms, inquests
    ("legal", "My probation officer needs a copy of this receipt."),
    ("legal", "Cafcass have asked for the messages on the shared account."),
    ("children", "My daughter's brownies uniform came in the wrong size."),
    ("children", "im in year 8 and my dad said i can use his card"),
    ("bereavement", "We're still waiting for the inquest into my brother's death."),
    ("bereavement", "I'm on compassionate leave, please hold the delivery."),
    # a conditional about the writer's own family is not boilerplate
    ("children", "If my son is 12, can he have his own account?"),
    ("bereavement", "We're arranging my dad's funeral, so deliver next week."),
    # ages without a verb, ordinals of a child, children under an age
    ("children", "Me son only 7 and he buy the coins when I sleep."),
    ("children", "The banner for my niece's 6th came with the wrong name."),
    ("children", "My grandsons (both under eight) use this tablet."),
    # agent shorthand for the account holder, ages in brackets or before a full stop, relative clauses
    ("children", "AH advised their 9 y/o made the purchases."),
    ("children", "cx says kid (7) used her tablet."),
    ("children", "CH states purchases were by his stepson, 10."),
    ("bereavement", "cx's husband passed last wk, closing the joint acc."),
    ("violence_self_harm", "Caller stated he was assaulted by the delivery driver."),
    ("health", "My aunt, who is diabetic, needs the delivery before noon."),
    # vowels written as others and doubled letters in longer words
    ("special_categories", "my relegion doesnt allow pork"),
    ("special_categories", "during ramadaan i cant take deliveries before sunset"),
    ("special_categories", "im lesbain and your agent mocked my wife"),
    ("legal", "im going thru a devorce and need my ex off the account"),
    ("legal", "The police stopped my car and took my phone as evidence."),
    ("legal", "My husband is a lawyer and he is handling my divorce."),
    # a relative gone, not surviving, RIP
    ("bereavement", "Now that my wife is gone I can't face her emails."),
    ("bereavement", "My grandad didn't make it after the fall."),
    ("bereavement", "My aunt didn't survive the surgery."),
    ("bereavement", "RIP to my cousin, his plan needs closing."),
    # data about a person that they do not want kept; two fathers
    ("special_categories", "Please don't store my voice recording for the voice ID."),
    ("special_categories", "I did a 23andMe test and want the results deleted."),
    ("special_categories", "My husband and I are both dads, the form only says mother."),
    # children said through school stages, childcare, child services, care stages and a baby's age in months
    ("children", "My stepson is in sixth form and needs the laptop for coursework."),
    ("children", "He got a detention because the tablet died during class."),
    ("children", "My daughter gets free school meals and the voucher code failed."),
    ("children", "Childcare costs have gone up so I need to pause the plan."),
    ("children", "Our au pair needs a login to book the activities."),
    ("children", "He is a looked-after child and his social worker asked for the data."),
    ("children", "Children's services asked us to remove the photos."),
    ("children", "I receive child maintenance from my ex and it goes into this account."),
    ("children", "We have joint custody so the tablet moves between two homes."),
    ("children", "My son's Family Link account is locked."),
    ("children", "My son's paediatrician recommended the weighted blanket."),
    ("children", "We are potty training and need the waterproof covers."),
    ("children", "The nanny orders the nappies for the baby while we are at work."),
    ("children", "My 18-month-old broke the screen."),
    ("children", "He's a tween and wants his own account."),
    ("children", "I have to do the nursery drop at 8 so the delivery must come later."),
    ("children", "My son is doing his A-levels and needs the laptop fixed."),
    ("children", "My 2 under 5s make it hard to get to the door."),
    ("children", "The kids' dad has them at weekends so deliver on weekdays."),
    ("children", "He's only a baby so he can't sit in the normal seat."),
    ("children", "We're fostering two siblings, ages 6 and 8."),
    ("children", "My little brother is 11 and made an account."),
    ("children", "Our little one is 3 and keeps pressing the button."),
    ("children", "Caller says her daughter, a minor, uploaded photos."),
    ("children", "Account belongs to a 15 yo per the parent."),
    ("children", "my daughter's in nursery and they need the photo consent form"),
    ("children", "lil one is teething and up all night so deliver late pls"),
    ("special_categories", "Customer says he is a member of the Unite union and asked about data sharing."),
    ("special_categories", "Customer noted that her wife and she both need access."),
    ("special_categories", "my boyfriend and me both guys lol, can we share one account"),
    ("bereavement", "My late father's estate is still being settled."),
    ("bereavement", "I'm still mourning the loss of my mother, please close her account."),
    ("bereavement", "RIP Dad, his phone plan needs closing."),
    ("special_categories", "I'm Black and the camera filter is wrong."),
    # special categories said through denominations, observances, ethnic communities and the steps of a gender transition
    ("special_categories", "We are Seventh-day Adventists and don't take deliveries on Saturday."),
    ("special_categories", "I'm a nun and live in a convent, please send it there."),
    ("special_categories", "We go to the Kingdom Hall on Sunday mornings so can't take deliveries."),
    ("special_categories", "I pay zakat every year through your app and the receipt is wrong."),
    ("special_categories", "I'm Uyghur and your app lists my country wrongly."),
    ("special_categories", "My family came here on the Windrush and my mother's name is spelt wrong."),
    ("special_categories", "I was assigned male at birth and my legal gender has changed."),
    ("special_categories", "I've got my gender recognition certificate and want the records updated."),
    ("special_categories", "I'd like the title Mx on my account."),
    ("special_categories", "I don't celebrate Christmas for religious reasons, stop the ads."),
    ("special_categories", "I attended the climate march and my location was shared."),
    ("children", "The school run is chaos this week so please deliver after 4pm."),
    ("special_categories", "Delete the finger print data you hold on me."),
    # a child named by school grade or year, a birth year that makes a minor, nappies, a possessor without its apostrophe
    ("children", "My 2nd grader broke the tablet screen, can I get it repaired?"),
    ("children", "Our fourth-grader needs the reading app on her iPad."),
    ("children", "She's in P5 and the school uses your app for homework."),
    ("children", "My Year 10 needs the laptop back before exams."),
    ("children", "My son was born in 2015 so he's too young for the account you made him."),
    ("children", "She was born on 4 March 2016, please fix the age on the profile."),
    ("children", "DOB: 03/05/2014, please update the profile."),
    ("children", "Our boy is still in nappies so we need the bigger pack."),
    ("children", "My sons teacher says the school login doesn't work on your browser."),
    ("children", "The baby's first birthday is on Saturday, deliver the cake on Friday."),
    # families from the field and queue splits (phrased afresh here)
    ("children", "My niece's thirteen and keeps buying skins in the game."),
    ("children", "He'll still be ten when we fly, so book the child seat."),
    ("children", "Her brother has asthma and is only eight, so no dusty packaging please."),
    ("children", "He's 14 months, so we need the cot added to the room."),
    ("children", "Profile owner: Jasper (12), please restrict it."),
    ("children", "She is under your minimum age, so close the account."),
    ("children", "Noah, who goes into Year 6 in September, needs the bigger bag."),
    ("children", "The workbooks were for Primary 4 but the class changed series."),
    ("children", "Their son is in Senior Infants and the lunchbox is too big."),
    ("children", "School year: CM1 | Request: change the swimming slot"),
    ("children", "My daughter is at the children's hospital until Tuesday, hold the parcel."),
    ("children", "The player profile is for a viewer aged 10."),
    ("bereavement", "We lost him last spring and the phone contract is still running."),
    ("bereavement", "I lost Margaret in June, please take her name off the bill."),
    ("bereavement", "My grandmother passed peacefully in her sleep, close her account."),
    ("bereavement", "My wife left this world in May and I still get her statements."),
    ("bereavement", "There was a crash on the motorway and he didn't make it, cancel his booking."),
    ("bereavement", "Category: Bereavement | Details: move the gas account to me"),
    ("bereavement", "The dog was my grandad's (RIP) and needs his insurance moved."),
    ("bereavement", "Send the wreath to the crematorium on Friday please."),
    ("bereavement", "We're clearing the house since she went, so hold deliveries."),
    ("bereavement", "My cousin Daniel, who lived here, passed in the spring."),
    ("legal", "The application is on hold because of the conviction you disclosed last year."),
    ("legal", "We act for Mr Patel in his dispute over the cancelled policy."),
    ("special_categories", "The banners for our rally on Sunday never arrived."),
    ("special_categories", "Cancel my monthly donation to the Green Party please."),
    # children and bereavement families from the inbox split (phrased afresh here)
    ("children", "Please add Oscar to the policy, born in January this year."),
    ("children", "Our little girl was born last year and needs adding."),
    ("children", "The console for our boys 10th birthday arrived broken."),
    ("children", "Necesito la factura, my daughter tiene 6 años and needs her own seat."),
    ("bereavement", "My husband won't need the ticket. He's gone."),
    ("bereavement", "Please cancel my mother's plan, she is no longer alive."),
    ("bereavement", "My grandfather left us last Tuesday and his phone is still billed."),
    ("bereavement", "My uncle's heart gave out in the night, cancel his magazine."),
    ("bereavement", "Cancel the order please, mi abuela falleció on Sunday."),
    ("bereavement", "The bill was my partner's, we lost him in March."),
    # children and bereavement families from the casebook split (phrased afresh here)
    ("children", "We'd like to add a lap infant to the outbound flight."),
    ("children", "Mia will be eleven months old when we travel."),
    ("children", "Lily is 7, so she needs the child seat."),
    ("children", "Sorry for the typos, I've got a sleepy newborn on my arm."),
    ("children", "Can we sit together? I'm travelling with a six year old."),
    ("children", "Passenger 3 | Age at travel: 9 | Meal: standard"),
    ("bereavement", "Grandad's gone, so I need to move the flight to Tuesday."),
    ("bereavement", "He's been gone two years now and the letters still come in his name."),
    ("bereavement", "Reason: account holder deceased. New holder: son."),
    ("bereavement", "Mum never made it out of surgery; please cancel her order."),
    ("legal", "The judge gave him two years, so please close his contract."),
    ("health", "I had stitches after the fall and can't drive to collect it."),
    # health, hardship, violence: own medicines, organ trouble, eponym diseases, out of work, arrears, income gone,
    # abuse received, followed to a place, self-harm said of another, crisis lines, threats to find someone
    ("health", "Please reorder my insulin, the app logged me out."),
    ("health", "Dad's run out of his blood thinners, can the delivery come today?"),
    ("health", "I have trouble with my kidneys so I can't lift the heavy boxes."),
    ("health", "The doctor found palpitations and said no more running, cancel the plan."),
    ("health", "My father have the Alzheimer, please talk to me about his account."),
    ("financial_hardship", "I'm between jobs right now, can I pause the contract?"),
    ("financial_hardship", "We are late with the mortgage so please lower the plan."),
    ("financial_hardship", "No money coming in since March, can I freeze the gym?"),
    ("financial_hardship", "Lost my biggest client and things are tight, so I can't keep up with the repayments."),
    ("financial_hardship", "The landlord is kicking us out because we're late on rent."),
    ("violence_self_harm", "Someone keeps sending me threatening texts from a hidden number."),
    ("violence_self_harm", "A man follwed me home from the station twice this week."),
    ("violence_self_harm", "My son has been cutting himself, please remove the razor blades from his orders."),
    ("violence_self_harm", "I called a suicide helpline last night and the call was charged."),
    ("violence_self_harm", "She said she's going to find me wherever I move."),
    ("violence_self_harm", "He controls all her money and she needs her own card."),
    ("violence_self_harm", "He kicked me and broke my phone screen."),
    # legal, special_categories: the police and lawyers in other languages, a case against someone, a caution;
    # religious meals, holy days kept, deadnames, same-title couples, faith and union membership in other languages
    ("legal", "Bonjour, mon avocat needs the phone records from June for the hearing."),
    ("legal", "Die Polizei hat seinen Laptop mitgenommen, so he needs the backup restored."),
    ("legal", "We're bringing a case against our former landlord and need the old tenancy emails."),
    ("legal", "Caller says she got a conditional caution last spring and asks if the cover still stands."),
    ("special_categories", "Please note the meals for both passengers must be kosher."),
    ("special_categories", "Diet requirement: Halal, two adults."),
    ("special_categories", "She can't travel on the Sabbath so the Saturday flight won't work."),
    ("special_categories", "They keep using my deadname on the invoices even after I changed it."),
    ("special_categories", "The honeymoon booking should read Mrs and Mrs Novak please."),
    ("special_categories", "Hola, somos musulmanes practicantes and need a prayer room nearby."),
    ("special_categories", "en mi cuenta sale 'Católico' como religión, please remove it."),
    ("special_categories", "Soy afiliada al sindicato and they said there is a members' discount."),
    ("legal", "Caller's husband was brought in for questioning on Friday, she asks to pause his plan."),
    ("legal", "I was interviewed under caution last week and need my call history."),
    ("special_categories", "my aunt is a Jehova witness so no birthday cards in the hamper please"),
    # health, financial_hardship, violence_self_harm (inbox tuning): faculty lost in a body part, pregnancy weeks, a condition
    # playing up, addiction recovery, mixed-language words, high-cost credit, bills behind, a fiver to one's name, work
    # unpaid, a business gone under, lurking and blocks evaded, control, papers taken, images shared, safety checks
    ("health", "My husband lost the hearing in his right ear, can calls go to text instead?"),
    ("health", "Gran is deaf in her left ear, please send texts not calls."),
    ("health", "She'll be 30 weeks when we fly, does the insurance still cover her?"),
    ("health", "my back's been playing up all week so I missed the delivery slot"),
    ("health", "Her asthmas been awful this winter, can we move the trip?"),
    ("health", "Caller is two years sober and wants the alcohol offers removed."),
    ("health", "I have a gambling problem, please block the casino partner ads."),
    ("health", "Bonjour, je suis malade this week, can the engineer come next week?"),
    ("financial_hardship", "I had to use a payday lender last month and now the direct debit bounced."),
    ("financial_hardship", "We're in the red every month and the bills keep coming."),
    ("financial_hardship", "I'm four payments behind on the plan, what can I do?"),
    ("financial_hardship", "We're two months behind and the letters keep coming."),
    ("financial_hardship", "I've got a fiver to my name until Friday."),
    ("financial_hardship", "Been off work unpaid since March and there's no sick pay."),
    ("financial_hardship", "My brother's shop has gone into administration, I need to take over his contract."),
    ("financial_hardship", "Hallo, ich bin seit Mai arbeitslos, can I pause the contract?"),
    ("financial_hardship", "I can't pay this month's instalment, can we talk about a plan?"),
    ("financial_hardship", "Dad has about six quid in the bank, please don't cut his phone off."),
    ("violence_self_harm", "My ex keeps turning up at my flat and ringing me through the night."),
    ("violence_self_harm", "He keeps calling me from withheld numbers since I changed my number."),
    ("violence_self_harm", "My boyfriend goes mad when I talk to my friends."),
    ("violence_self_harm", "My husband won't let me have my own bank card."),
    ("violence_self_harm", "He took my passport and I can't get it back."),
    ("violence_self_harm", "Someone shared my intimate pictures on the marketplace chat."),
    ("violence_self_harm", "Are you safe right now? I can call someone for you."),
    ("violence_self_harm", "Neighbour reported hearing a child screaming for help from flat 2."),
    ("violence_self_harm", "Hallo, mein Ex bedroht mich seit Wochen, can I change my number?"),
    ("health", "I am 33 week now and the doctor say no flying after 36."),
    ("financial_hardship", "He took too many loans online and now we have nothing for food."),
    ("financial_hardship", "Our cafe went under in the spring, so please drop us to the basic plan."),
    ("violence_self_harm", "He is sending to my sister my private pictures, please remove his account."),
    ("violence_self_harm", "Agent note: asked the caller if she was safe, she said she couldn't talk."),
    ("violence_self_harm", "Her boyfriend took her phone and passport, she is staying with a friend."),
    # legal, special_categories (casebook, wt2): witness, court acting on someone, criminal past, Sabbath hours,
    # Islamic finance, union rep without "union"
    ("legal", "My brother is due to give evidence at the trial next month so he needs to move his flight."),
    ("legal", "I've been asked to appear as a witness for the defence, can I change the date?"),
    ("legal", "the court fined my son and he wants to pay from his account"),
    ("legal", "Magistrates banned him from driving for a year so cancel the car insurance add on"),
    ("legal", "I'm an ex-offender and your form asks about convictions, do I have to answer?"),
    ("legal", "banks won't touch me because of my record, can you help?"),
    ("legal", "Did three years a while back and I'm trying to stay straight. Need a basic account."),
    ("special_categories", "We can't drive until nightfall on Saturday so book the later flight."),
    ("special_categories", "We never drive from Friday sunset so deliver Thursday"),
    ("special_categories", "Do you offer a halal mortgage? We don't deal with interest."),
    ("special_categories", "My dad wants takaful cover instead of normal insurance."),
    ("special_categories", "Our shop steward told us to switch to the members' plan."),
    ("special_categories", "I'm the rep on the shop floor so post my bills to the plant."),
    ("legal", "My partner is on the sex offenders register, does that affect the joint account?"),
    ("legal", "I've got a DBS check coming up and I'm worried about an old caution."),
    ("legal", "The Crown Prosecution Service wrote to me, I'm a victim in the case."),
    ("special_categories", "I need a flight that lands before Shabbat starts."),
    # health, financial_hardship, violence_self_harm (casebook families): named conditions, fits, care teams, home
    # equipment, failing senses, pregnancy by months, healing; owing, a few pounds till payday, no work, nowhere to live,
    # heat or eat; hiding from someone, surprise at being alive, a watched purse, exposure online, touching, remarks
    ("health", "Since the glaucoma got worse I need the bills in large print please."),
    ("health", "Her blood clot means she can't fly until June, can we move the booking?"),
    ("health", "The lights on the meter trigger his fits, can the screen be dimmed?"),
    ("health", "The home treatment team visit daily so please don't send an engineer before noon."),
    ("health", "Please register us as priority, my wife's nebuliser has to stay plugged in."),
    ("health", "My grandad's hearing has got a lot worse, he needs a louder handset."),
    ("health", "My husband cant hear proper on the phone any more, can you add text relay?"),
    ("health", "I'm seven months along and the maternity jeans don't fit, can I swap them?"),
    ("health", "I can't get to the post office until my stitches are out."),
    ("financial_hardship", "Can I pay back the money I owe in smaller amounts each month?"),
    ("financial_hardship", "Twenty pounds a week is all we can afford right now."),
    ("financial_hardship", "I've only got £6 left until payday, please hold the direct debit."),
    ("financial_hardship", "We have no wages coming in since the shop shut."),
    ("financial_hardship", "I've been sleeping on my cousin's couch since we got kicked out of the flat."),
    ("financial_hardship", "The agent said the overdue balance was sent to collections."),
    ("violence_self_harm", "Please keep the new address off the bill, if she finds out where we live it won't be safe."),
    ("violence_self_harm", "Honestly never expected to still be alive by now, anyway the parcel's back."),
    ("violence_self_harm", "My partner checks every purchase, can I get a card that doesn't show up on the joint account?"),
    ("violence_self_harm", "My ex shared my photos on a forum, can you help me remove them?"),
    ("violence_self_harm", "A passenger groped me in the queue at boarding."),
    ("violence_self_harm", "My manager keeps making comments about my body, I want to close the work account."),
    # market round: conditions written with a sign or a viral load, implants and hearing loops someone relies on; an owned
    # age before a misparsed verb, rough ages, a child on a lap; a record check or a caution for an offence, officers by
    # rank; a relative named by name who died, a person lost at a season
    ("health", "Please hide my profile line that says I'm HIV+, I never meant to make it public."),
    ("health", "My partner is hep C+ and we need to change the booking."),
    ("health", "His viral load has been undetectable for a year, but the form keeps asking."),
    ("health", "My son has cochlear implants so he can't wear the headset you sent."),
    ("health", "Dad has a feeding tube now, can the delivery come after 2pm?"),
    ("health", "My husband uses the induction loop at the counter, is it working again?"),
    ("health", "I need to sit near the hearing loop at the theatre please."),
    ("children", "Can my 11-year-old order food on my card while I'm at work?"),
    ("children", "A girl of about 12 answered the door and said her parents were out."),
    ("children", "There was a kid maybe 8 sitting in the front with no booster."),
    ("children", "The passenger held a baby on her lap the whole journey."),
    ("legal", "My DBS came back with an old conviction and now the agency won't place me."),
    ("legal", "It's on my DBS so I can't drive for you, is there an appeal?"),
    ("legal", "There is a caution for shoplifting from years back on the certificate."),
    ("legal", "DS Patel rang to ask for the footage from the doorbell."),
    ("legal", "The request came from DC Morgan about the stolen bike."),
    ("legal", "Met CID have asked me for my order history."),
    ("bereavement", "My brother Tom passed away in the spring and his account is still open."),
    ("bereavement", "Our daughter Grace died last month, please stop the baby club emails."),
    ("bereavement", "Maria, my wife, passed last week and I need to move the subscription."),
    ("bereavement", "We lost her over Easter and I can't face the reminders."),
    # triage round (violence, hardship): violence_self_harm, financial_hardship families
    ("violence_self_harm", "He left a voicemail saying I know where you live, so please remove my address from the order page."),
    ("violence_self_harm", "She told my sister she would torch the house with us inside."),
    ("violence_self_harm", "A customer in the shop kept calling me a slag until security came."),
    ("violence_self_harm", "Someone sprayed foreigners go home across our garage, does the policy cover the clean-up?"),
    ("violence_self_harm", "Her boyfriend was waving a knife in the car park when I delivered."),
    ("violence_self_harm", "The man lunged at me with a screwdriver when I asked for the signature."),
    ("violence_self_harm", "On the tram he ran his hand along my thigh, I want to report the journey."),
    ("violence_self_harm", "My brother keeps saying he hopes he won't wake up, please hold the bill for him."),
    ("violence_self_harm", "My cousin texted that he would jump off the bridge tonight, please don't chase him for the payment."),
    ("violence_self_harm", "I keep thinking lately about ending it all, please just close everything."),
    ("violence_self_harm", "I have written notes to my family and I'm giving all my things away, so cancel the subscription."),
    ("violence_self_harm", "Please don't post anything, he punches walls when he drinks and he can't know I've contacted you."),
    ("violence_self_harm", "Since I got away from my ex-husband I've used a PO box only."),
    ("violence_self_harm", "He managed to work out where we had moved because of the delivery text."),
    ("violence_self_harm", "A man from the app says he will share the intimate pictures unless I send him money."),
    ("violence_self_harm", "My neighbours scream at us every evening and someone wrote slurs on my door."),
    ("violence_self_harm", "A stranger keeps ringing asking for my home address, please do not give my address to anyone."),
    ("financial_hardship", "Lost my job on Friday, need to pause the plan."),
    ("financial_hardship", "I'm not going to have the money till payday, can the payment wait?"),
    ("financial_hardship", "Got nothing left till my wages come in on the 28th."),
    ("financial_hardship", "We're $800 behind with the water bill since the winter."),
    ("financial_hardship", "I won't have enough left for food if this direct debit goes out."),
    ("financial_hardship", "We've been going without meals so the bills get paid."),
    ("financial_hardship", "I'm choosing between the phone bill and buying food this week."),
    ("financial_hardship", "It's rent or the broadband this month, so please suspend it."),
    ("financial_hardship", "£10 a month is the most I can pay."),
    ("financial_hardship", "I'm in a payment arrangement with the bank and I went over my overdraft again."),
    ("financial_hardship", "The mortgage is going to be late, I can't pay both of them."),
    # triage round (special categories): the union said of a person, a relative's origin in chat, hair types, political
    # groups and standing for office, sex life, biometric templates, genome files, Pride, not being out, prayer times
    # and fast meals, origin refused, union roles and initials
    ("special_categories", "I'm in the union at the depot, can my dues go on the same statement?"),
    ("special_categories", "my mums ghanaian so the surname always gets mangled on letters"),
    ("special_categories", "My wife is from Eritrea and her name has an accent your form rejects."),
    ("special_categories", "The salon only has straighteners, nothing for my 4b curls."),
    ("special_categories", "The gym towels wreck type 3C hair like mine, can I bring my own?"),
    ("special_categories", "Can I reserve the back room for our Marxist study circle on Thursdays?"),
    ("special_categories", "The Kurdish Solidarity Campaign needs an invoice for the hall."),
    ("special_categories", "I ran for the county council last spring and still get the campaign emails."),
    ("special_categories", "Please use unbranded packaging, the parcel is a sex toy and I share a flat."),
    ("special_categories", "We're polyamorous, so can three adults be on one household plan?"),
    ("special_categories", "I withdraw consent, erase the face template your gate camera created."),
    ("special_categories", "The clinic scanner took my palm vein pattern, how long is it kept?"),
    ("special_categories", "Someone in my team opened my raw DNA file on the shared drive."),
    ("special_categories", "We marched at Pride on Saturday and my phone was stolen in the crowd."),
    ("special_categories", "Please hide my profile, I'm not out to my parents yet."),
    ("special_categories", "She has never been out at work as trans, so please remove the old photo."),
    ("special_categories", "Driver asked not to get jobs between 1 and 2 on Fridays for Jummah."),
    ("special_categories", "My suhoor delivery came at half five, way past the time I can eat."),
    ("special_categories", "The landlord texted that he won't rent to Nigerians, I have the screenshot."),
    ("special_categories", "I'm the steward for the bus drivers' union at our garage."),
    ("special_categories", "As an IWGB member I want to know how the new pay formula works."),
    # parcel and stream round (hardship, violence): violence_self_harm, financial_hardship families
    ("violence_self_harm", "When I went back for the van he said he would stick a knife in me."),
    ("violence_self_harm", "My landlord's son says he'll put me in hospital if I complain again."),
    ("violence_self_harm", "Somebody pushed burning rags through our letterbox on Sunday night."),
    ("violence_self_harm", "My boss attacked me in the car park after my shift."),
    ("violence_self_harm", "The guy next door nailed a dead pigeon to our fence last night."),
    ("violence_self_harm", "A stranger messaged: I know you live on Hill Crescent, watch your back."),
    ("violence_self_harm", "A viewer threatened to send a swat team to my flat during the livestream."),
    ("violence_self_harm", "I'm terrified to sleep at home now, so please hold my deliveries at the depot."),
    ("violence_self_harm", "Her husband is very controlling about who she phones and where she goes."),
    ("violence_self_harm", "Report reason: Stalking. He keeps finding my new accounts."),
    ("violence_self_harm", "I've left farewell letters on the table, make sure my photos go to my daughter."),
    ("financial_hardship", "Can I use my EBT card for the grocery delivery?"),
    ("financial_hardship", "My Centrelink payment got delayed, can the bill wait a week?"),
    ("financial_hardship", "Dad's pension hardly covers his heating these days."),
    ("financial_hardship", "Our bakery went into administration on Monday, the joint administrators will write to you."),
    ("financial_hardship", "We have gone into liquidation, please stop the monthly charge."),
    ("financial_hardship", "Honestly I won't be able to make rent if this refund doesn't come through."),
    ("financial_hardship", "That deposit was our food money and now we're $60 short."),
    ("financial_hardship", "Our landlord has already given us a final warning about the rent, and I'm £200 short."),
    # exclusions scoped to categories: "wake up" hides no self-harm, a birthday party no child; an owned age
    # in a condition is still a child's
    ("violence_self_harm", "My brother keeps saying he doesn't want to wake up anymore, can you pause his plan?"),
    ("children", "It's the baby's first birthday party on Sunday, can the cake arrive Saturday?"),
    ("children", "If my 9-year-old rides alone, does she need her own pass?"),
    # a group said with "my" is the writer's own; an animal-illness exclusion hides no threat
    ("special_categories", "Two people in my political group were banned from the forum."),
    ("violence_self_harm", "Someone pushed a dead rat through my letterbox again last night."),
    ("financial_hardship", "Work hasn't paid me, I've been unpaid for six weeks now."),  # an age band hides no span of time
    # parcel and stream round (children, bereavement, special categories): a named child's age mid-sentence, pupils by age,
    # an owned school year; a death after a given name, a blessing on the dead; Travellers, a political group of one's
    # own, intimate images, relationships with men and women
    ("children", "Callum is 14 and keeps buying skins on my card."),
    ("children", "The photos show 30 pupils, mostly aged 10 and 11, please take them down."),
    ("children", "Can I swap his Year 9 blazer for the next size up?"),
    ("bereavement", "Rosa died in February and her phone contract is still running."),
    ("bereavement", "Our bowls club captain, Derek, passed away on Friday, who can close his login?"),
    ("bereavement", "My father, God rest him, set up this account in 1998."),
    ("special_categories", "We're Travellers, and the last firm refused to deliver to the site."),
    ("special_categories", "Our caravan is on the halting site by the ring road, bay 12."),
    ("special_categories", "Some of the pictures show my political group at the meeting."),
    ("special_categories", "I keep intimate photos of my wife and me in that folder, can staff see them?"),
    ("special_categories", "In my stories I write about my own relationships with both men and women."),
    # harbor and ledger round (children, bereavement): an age short of a threshold, an age guessed from a look, months after
    # the word, ages listed after the children, regional words for children, a named age in a form, an age in brackets
    # after a child's seat, a form's count of children, children's data, a school year with a school event, young
    # children's events, foster placements, an infant's sleep, a baby's gear, a child owned under a negation; the death of
    # a tenant or a resident, a date of death, a relative killed or "expired", deaths said abroad, rites owned by a
    # relative, an order of service for a relative, "the late Mrs X"
    ("children", "She'll be 18 in June, so can the phone stay on my plan until then?"),
    ("children", "He isn't 16 till next spring, can he still open the saver?"),
    ("children", "The lad at the counter looked about 13, is that allowed?"),
    ("children", "Upload removed: video of the baby, 9 months, shared without consent."),
    ("children", "bub 10mths teething, pls dont ring the bell"),
    ("children", "We're five: me, my husband and the bairns - 4, 7 and 10."),
    ("children", "Our weans need collecting from the bus stop at four."),
    ("children", "Occupants: Dana Reyes | Tomás, age 8 | Lucia, age 5"),
    ("children", "Extras: 1 x car seat (age 2), pickup at 10:00"),
    ("children", "Household: Adults: 2 | Children: 3 | Pets: 1"),
    ("children", "The club keeps the kids' names and birthdays in a shared spreadsheet, who can see it?"),
    ("children", "Fundraiser: Grade 2 field trip to the aquarium, can we post the class list?"),
    ("children", "She starts her first day at school on Monday, can we move the delivery?"),
    ("children", "Her caseworker is moving her to a new foster placement next week."),
    ("children", "Please ring rather than knock after 7, the toddler sleeps from then."),
    ("children", "The engineer left the gate open and her high chair got soaked in the rain."),
    ("children", "The listing has me and my wife but not our baby, does she need adding?"),
    ("children", "My oldest just turned 15, can he have his own login?"),
    ("children", "Her son is in Standard 6 and the fees portal shows the wrong balance."),
    ("children", "Paid the JSS2 excursion fee twice, please refund one."),
    ("bereavement", "My cousin was knocked down and killed on his bike, his phone contract is in my name."),
    ("bereavement", "Note: tenant passed away last week, sister handling the flat."),
    ("bereavement", "Move-out form | Date of death: 03/11 | Next contact: son"),
    ("bereavement", "My uncle was killed in a crash on the motorway, his van lease needs ending."),
    ("bereavement", "Respected sir, my mother expired last Tuesday, please transfer the gas connection."),
    ("bereavement", "Our grandfather is no more, kindly stop the paper bill."),
    ("bereavement", "My aunty left for her heavenly abode in May, how do I close her wallet?"),
    ("bereavement", "Printing for my father's memorial service on Saturday, can you rush it?"),
    ("bereavement", "We're sitting shiva for my brother this week, please hold all deliveries."),
    ("bereavement", "Twenty orders of service for our granddad, please, by Friday."),
    ("bereavement", "The fundraiser for the late Mr. Adeyemi's burial shows the wrong total."),
    # parcel and stream round (health, legal): a condition of the person a delivery is for, a medical limit on lifting or
    # driving, covid had or isolated with; the police by local names, statements taken, a named force, data requests, Action Fraud
    ("health", "Driver note: the addressee is hard of hearing, so please text rather than knock."),
    ("health", "The tenant at number 6 is housebound, leave the box inside the porch."),
    ("health", "My father isn't supposed to lift anything heavy since his heart op, could the engineer carry it upstairs?"),
    ("health", "I'm not allowed to drive until the cast comes off, so collection is out."),
    ("health", "Came down with covid on Monday, please don't hand it over in person."),
    ("health", "We're still isolating at home, so leave the shopping at the gate."),
    ("health", "She tested positive yesterday and is staying in her room."),
    ("legal", "My bike was nicked from the shed and I rang the guards, they gave me a PULSE number."),
    ("legal", "The officers took my statement at the door about the assault on the stairs."),
    ("legal", "Internal: law enforcement data request received for this user, account under preservation hold."),
    ("legal", "We had a visit from Lancashire Constabulary about the account holder yesterday."),
    ("legal", "I've reported the fake invoices to Action Fraud and have a reference."),
    # harbor and ledger round (health, hardship, violence): a limb in a cast, a condition that worsened or came back, a
    # collapse, an organ's "thing", home medical equipment, a registration as blind; job loss in other countries' words,
    # the dole, a business letting staff go, the repo man, pension savings drawn for debts, no food in the house; a weapon
    # drawn, threats to hit in slang, a partner breaking doors, slurs yelled, means made ready, a crisis protocol, and
    # pairs of weak signs
    ("health", "My right arm is still in a sling, so I can't carry the box upstairs."),
    ("health", "Her wrist is in plaster until the end of the month, please ring the bell twice."),
    ("health", "His arthritis has got much worse, so please ring rather than knock."),
    ("health", "The depression came back over the winter and I need to pause the plan."),
    ("health", "My husband collapsed at work on Tuesday and I'm sorting his account."),
    ("health", "She was kept in for three nights with a kidney thing."),
    ("health", "I've got a home oxygen concentrator running all night, is there a cheaper tariff?"),
    ("health", "Reason for request: registered partially sighted, please send large print."),
    ("financial_hardship", "My husband was retrenched last month so we need a smaller package."),
    ("financial_hardship", "Since the loss of my job in June I can't keep the premium plan."),
    ("financial_hardship", "His position was eliminated in the restructure, can we pause the direct debit?"),
    ("financial_hardship", "I've been on the dole since the plant shut, is there a cheaper option?"),
    ("financial_hardship", "We had to let both of our drivers go and can't cover payroll this month."),
    ("financial_hardship", "The repo man took the van on Monday so I won't need the tracker."),
    ("financial_hardship", "I raided my super to pay the car loan, can the fee wait a week?"),
    ("financial_hardship", "There's nothing to eat in the house till Friday, can you hold the charge?"),
    ("violence_self_harm", "He pointed a gun at us in the car park after the trip."),
    ("violence_self_harm", "Her brother says he'll kick my head in if I show up."),
    ("financial_hardship", "I've been on EI since the mill closed, can I drop to the basic plan?"),
    ("financial_hardship", "My boss sacked me on the spot, can I cancel the contract early?"),
    ("financial_hardship", "Is there a social tariff? My direct debit bounced again this month."),
    ("violence_self_harm", "Her ex said he's going to come round and batter me."),
    ("violence_self_harm", "My boyfriend punched a hole in the bedroom door last night."),
    ("violence_self_harm", "The man across the hall keeps shouting homophobic slurs at us."),
    ("violence_self_harm", "She told the agent her tablets were stockpiled away in a drawer."),
    ("violence_self_harm", "Agent note: caller distressed, followed the suicide protocol and stayed on the line."),
    ("violence_self_harm", "I'm in a very dark place and I was meant to leave it all to my sister."),
    ("violence_self_harm", "He keeps texting me at night and he knows my address."),
    ("violence_self_harm", "My wife goes through my phone and she'll go mad if she sees this."),

    # harbor and ledger round (legal, special categories): due in a named court, a prison by its name, a record check that
    # returns an offence, supervision after prison, drink-driving and a licence taken, a lawyer in slang; a union named
    # with its branch, plans around a holy day, "coloured" said of a person, objects of devotion at home, an election
    # campaign, a partitive subject ("two of my staff"), two blokes
    ("legal", "Can we rebook? I'm due up at Harrowgate Crown Court on the 9th."),
    ("legal", "She's appearing before the magistrates' court next Tuesday so she can't be home for the fitter."),
    ("legal", "Please post the letters to him at HMP Brackenmoor, he can't get emails."),
    ("legal", "My son was moved to Greystone Correctional Facility last month and I manage his phone contract."),
    ("legal", "The vetting check flagged an old caution for possession, so the job offer was pulled."),
    ("legal", "A 2015 conviction came up on her background check and the agency let her go."),
    ("legal", "My offender manager wants a copy of my tenancy agreement by Friday."),
    ("legal", "my PO says I have to show proof of address every month"),
    ("legal", "It's a condition of my parole that I live at this address, so I need the bills in my name."),
    ("legal", "I lost my licence after the DWI so my wife will be driving the hire car."),
    ("legal", "My driving licence was revoked in March, please take me off the insurance."),
    ("legal", "my brief reckons the hearing will go ahead so I'll miss the delivery slot"),
    ("legal", "I'm up in front of the magistrates on Monday so please keep the account open for my mum."),
    ("legal", "My arraignment got moved to the 14th, can I push the install back a week?"),
    ("special_categories", "I'm the GMB rep at our depot and we need a bigger meeting room booking."),
    ("special_categories", "We're all Teamsters Local 804 at the warehouse, is there a group rate?"),
    ("special_categories", "Please schedule the install after Passover, the house will be full of family."),
    ("special_categories", "Could the engineer come after Yom Kippur? We won't answer the door that day."),
    ("special_categories", "Can the boiler service wait until after Ramadan? Daytime visits are hard while we fast."),
    ("special_categories", "The engineer made a comment about me being coloured and I want to complain."),
    ("special_categories", "Is it OK to fix a mezuzah to the doorpost of the flat?"),
    ("special_categories", "My dad keeps his prayer rug by the window, so can the radiator go on the other wall?"),
    ("special_categories", "Role: election agent | Question: can our re-election campaign take card donations?"),
    ("special_categories", "Three of my employees observe the Sabbath, so no Saturday shifts please."),
    ("special_categories", "the host was weird with us all weekend, think it's because we're two lads"),
    ("special_categories", "Hi, I'm Megan, booking a double room for me and my wife for the 12th."),
    ("special_categories", "My husband and I both need access to the joint account. Thanks, Michael"),
    # tune-a round: a death in a clause of its own after a list verb, a child's age after the given names, the writer's
    # own gender beside a partner, and the real senses of the words the round's exclusions keep out
    ("bereavement", "Please take my uncle off the plan, he was listed as a user but he passed in March."),
    ("children", "My son Oskar Lind is 13 and wants his own login."),
    ("children", "my stepson Felix just turned 11 so can he join the junior squad?"),
    ("special_categories", "Yes, I'm a woman, and I want my wife added as the second driver."),
    ("special_categories", "Hi, Dominic here. My husband and I want to share the account."),
    ("special_categories", "hi it's Chloe, can you book the spa day for me and my wife?"),
    ("health", "My condition means I can't climb stairs, so please deliver to the ground floor."),
    ("health", "My son has been really sick all week, please move his lesson."),
    ("bereavement", "I was orphaned at six and raised by my aunt, so she is my emergency contact."),
    ("special_categories", "As a Black woman I felt singled out by the guard at the entrance."),
    ("special_categories", "Please delete my facial recognition data from the gym entry system."),
    ("bereavement", "Can't make Friday, it's my grandad's wake, sorry."),
    ("bereavement", "Please push the delivery back, we've had a death in the family."),
    ("bereavement", "Back from my aunty's tangi now, can we rebook the fitting?"),
    ("children", "can I bring my daughter to the studio? she's 6 and very quiet"),
    ("health", "My anxious son needs a quieter room for the exam."),
    ("children", "If my son is 12 by then, can he still use the junior pass?"),
    # an organisation's or a job's description does not hide who a person is
    ("special_categories", "We're a Sikh family of five booking the lodge for Vaisakhi."),
    ("special_categories", "I'm a Buddhist and the meditation class clashes with work."),
    ("financial_hardship", "We're a low income household and the new tariff is too much."),
    ("legal", "I'm a plumber and my solicitor says the claim goes to court in May."),
    ("bereavement", "We're a small family and Dad's funeral is on Friday, can we move the delivery?"),
    # a court said by a legal writer about their own case, a landmark that is a visit, March protests, real threats
    ("legal", "I'm a barrister and my former landlord is suing me, can you pause the bill?"),
    ("legal", "I was held at the police station near the bridge all night."),
    ("legal", "Police officers came to my door about the fraud and took my laptop."),
    ("violence_self_harm", "He stabbed my brother with a knife outside the shop."),
    ("violence_self_harm", "I'm being harassed by messages from my ex on every app."),
    ("special_categories", "I'm bringing my placards for the climate march on Saturday."),
    ("financial_hardship", "I'm living on my pension and can't pay the arrears."),
    # insolvency steps and collectors by other names, protective orders by local names, feeling better not alive
    ("financial_hardship", "Since my consumer proposal the bank won't give me a card, can I pay by transfer?"),
    ("financial_hardship", "Loan recovery agents keep ringing my mum, please don't give out my number."),
    ("legal", "My ex has an AVO against him so he can't come to the venue."),
    ("legal", "There's an intervention order in place, please don't share my address."),
    ("violence_self_harm", "Honestly it would be better if I wasn't here anymore."),
    # tune-b round 2: ending it tonight, not around long, farewell and means (weak pairs), hiding from a person, notes
    # that watch, touching inappropriately, a refuge as an address, a tito; wages unpaid, living off credit, shifts lost,
    # a workforce sacked, a benefit pension, sparing from collectors; a claim filed with a court, one's hearing at a court
    ("violence_self_harm", "Sorry to bother you, I plan to end it all tonight so the account won't matter."),
    ("violence_self_harm", "I don't think I'll be here for much longer, so please close everything."),
    ("violence_self_harm", "I can't take it anymore. Tell my sister I love her."),
    ("violence_self_harm", "I've been stockpiling my painkillers and keep thinking about ending it."),
    ("violence_self_harm", "We're hiding from my ex-husband, please don't send anything to the old flat."),
    ("violence_self_harm", "Someone keeps putting notes under my door, the latest says 'I am watching you'."),
    ("violence_self_harm", "The swim coach touched her inappropriately after class and she won't go back."),
    ("violence_self_harm", "Please send the replacement care of the women's refuge, Box 12."),
    ("violence_self_harm", "My tita keeps threatening me when I ask for my wages."),
    ("financial_hardship", "We haven't been paid for 3 months and the rent is due."),
    ("financial_hardship", "My wages have not been paid for two months so I need to pause the plan."),
    ("financial_hardship", "Honestly I'm surviving on my overdraft until something comes up."),
    ("financial_hardship", "He lost most of his shifts at the depot, can we drop to the basic plan?"),
    ("financial_hardship", "The plant laid off all of us on Friday, please cancel the add-ons."),
    ("financial_hardship", "My nan lives on the disability pension and can't manage the increase."),
    ("financial_hardship", "Please don't send my account to collections, I'm paying what I can."),
    ("legal", "I've lodged an appeal with the Employment Court about my dismissal."),
    ("legal", "Can I move the call? I'm at Kingsway Courthouse for my hearing on Monday."),
    # tune-a round 2: a school year or age-group team tied to a given name or a named school, junior and senior high
    # years, an exam only a school class sits, a named birthday wish; a class of medicine someone is on, a drip, a
    # treatment setting someone is at, a glucose monitor or implant processor someone owns
    ("children", "can we do 4pm? I collect Priya from Year 3 at half three"),
    ("children", "Sundays are now Maya's U10s hockey, please shift her swim lesson."),
    ("children", "ours is in Grade 5 at Hillcrest Elementary and starts at 8."),
    ("children", "My nephew is in SHS 1 and needs a laptop for class."),
    ("children", "please give me Friday off, my son has his Class 12 board exams that week"),
    ("children", "she is taking KCPE in November so we need a quiet slot"),
    ("children", "Card message: 'Happy 9th birthday Elsie, from Auntie Rose'"),
    ("health", "Please move my cleaning, I'm on blood thinners and need to speak to the dentist first."),
    ("health", "He's still on dialysis three times a week, so mornings are out."),
    ("health", "sorry for the delay, they had me on a drip all weekend"),
    ("health", "I'll be at the fertility clinic Tuesday morning, can we talk after?"),
    ("health", "My glucose meter won't sync with the app since the update."),
    ("bereavement", "can't come Thursday, it's my grandmother's requiem mass. Sorry!"),
    ("bereavement", "was at the wake Wednesday and the funeral mass fri, can we rebook?"),
    ("special_categories", "Please arrange deletion of my fingerprint template from the office door system."),
    ("special_categories", "I'll be at the union's branch meeting all afternoon, please move the call."),
    # tune-a2: the owner's own health beside a pet's, and a relative or the writer named in a pet ticket
    ("health", "Can the sitter keep my dog's insulin in the fridge door and my own insulin on the shelf?"),
    ("health", "I had surgery on my knee last week so the walker will need to collect Pippa from the gate."),
    ("health", "Our terrier Hamish is fine, it's me who was diagnosed with diabetes, so please deliver on weekdays."),
    ("health", "My husband Tobias had his hip operation on Monday, so please leave the dog food by the side door."),
    ("health", "She's been in hospital since Friday, my mum I mean, so please cancel the dog walks."),
    # tune-a2: a named operation, a death said plainly, a pregnancy scan by week or kind, a hospital stay beside a landmark,
    # one's own medicines packed, a medical course of a medicine
    ("health", "I'm booked in for Lasik surgery on Friday so I can't drive to the class."),
    ("bereavement", "My father died in March, so please close his account."),
    ("health", "Can we move the lesson? I have my 12-week scan on Wednesday morning."),
    ("health", "She has her anomaly scan at nine so she'll be late."),
    ("health", "I was discharged yesterday, please pick me up at the hospital main entrance."),
    ("health", "Please pack my prescription with the order, I ran out of my blood pressure tablets."),
    ("health", "I'm on a medical course of antibiotics for a chest infection so please reschedule."),
    # tune-b2: violence said indirectly, hardship and legal in other words
    ("violence_self_harm", "Please send it to my sister's place, the last time he laid a hand on me I left that flat."),
    ("violence_self_harm", "Pause the box for a month please, I escaped DV and I'm staying with friends."),
    ("violence_self_harm", "I'm staying at a refuge for now, so use the PO box on file."),
    ("violence_self_harm", 'My stepdad told me he was going to kill us both if we go.'),
    ("violence_self_harm", 'Someone in the comments shared my home address and told people to visit.'),
    ("violence_self_harm", "The buyer wrote 'we'll find out where you live' after I cancelled."),
    ("violence_self_harm", 'He spat at her in the lobby when she refused his booking.'),
    ("violence_self_harm", "The guest called me a 'filthy pig' on the doorstep."),
    ("violence_self_harm", 'My old partner keeps waiting outside my classes after I blocked him.'),
    ("violence_self_harm", "I won't be around for long, I'm not going to be here much longer."),
    ("violence_self_harm", "Honestly I can't see much point in being alive lately."),
    ("violence_self_harm", "I'm off work after swallowing a handful of my tablets last week."),
    ("violence_self_harm", "Thanks for your message. If you're in crisis please call or text 988 now."),
    ("violence_self_harm", 'She knows where I live and said she would come round. I blocked her.'),
    ("financial_hardship", 'The landlord served me a notice to quit on Friday, can I pause the plan?'),
    ("financial_hardship", "We haven't eaten properly in three days, is there any way to delay the payment?"),
    ("financial_hardship", 'Please take the fee after my UC payment arrives on the 12th.'),
    ("financial_hardship", 'Our wages have not been released for two months, the factory closed without notice.'),
    ("financial_hardship", 'I still owe them but I cannot pay at the moment.'),
    ("financial_hardship", 'My shifts got cut to nothing so I need to cancel.'),
    ("financial_hardship", "I've been placed under debt review, please cancel the debit order."),
    ("financial_hardship", "After the redundancies at my firm I'm looking for work, can I split the fee?"),
    ("financial_hardship", 'I was let go in March and need to pause the membership.'),
    ("legal", 'An old caution from 2009 shows up on my background check, can I still drive for you?'),
    ("legal", "My hearing at Leeds Magistrates' Court is on Tuesday, please move my session."),
    ("legal", 'The cleaner you sent has been arrested for theft, I want a refund.'),
    ("legal", 'I filed an FIR about the stolen phone, please block the device.'),
    # tune-b3: harassment by a person with calls, staff attacked at work, threats to come for the staff, salary unpaid
    # for months, an unspent conviction
    ("violence_self_harm", 'My ex keeps harassing me with calls, can you block his number on my line?'),
    ("violence_self_harm", "My neighbour has been harassing me with letters every week, I've stopped opening them."),
    ("violence_self_harm", 'Our receptionist was assaulted by a patient on Monday, please take her off the front desk rota.'),
    ("violence_self_harm", 'One of our couriers got mugged on his route yesterday, he needs a week off.'),
    ("violence_self_harm", "I know where your depot is and if the parcel isn't here by Friday I'll be waiting for you."),
    ("violence_self_harm", "I know where you live. You've been warned."),
    ("violence_self_harm", "He keeps texting me saying he'll find me"),
    ("financial_hardship", 'Our employer has not paid wages for four months, please allow more time on the loan.'),
    ("financial_hardship", 'I have been without pay since two months, kindly do not cut the connection.'),
    ("financial_hardship", 'Salaries for three months are still pending at our unit, we cannot pay the fee.'),
    ("legal", 'His background check came back with an unspent conviction for fraud.'),
    ("legal", 'My tenant told me she has two unspent convictions, does that affect the insurance?'),
    # tune-a3 round (children, special categories)
    ("children", "My girl Sec 3 already, can she have her own line?"),
    ("children", "he P4 this year and needs a tablet for homework"),
    ("children", "We have a Year 9 boy joining us for work experience next week."),
    ("children", "Student record: Ola Bakare. Year group: Year 6."),
    ("children", "Is the art workshop fine for a 7yo who has never painted?"),
    ("children", "my son (he's 11) lost the bus pass again"),
    ("children", "can I block in-app buys? mine's 5 and taps everything"),
    ("children", "Account opened for minor Tomasz Lewandowski by his mother."),
    ("children", "Caller set up a savings pot for minor (age 12), parent as trustee."),
    ("children", "Our trainee is 16 so the app should not give him late shifts."),
    ("children", "The apprentice Jordan is 17, can his pay band be fixed?"),
    ("children", "We use the formula bundle, our baby now four weeks and feeding more."),
    ("special_categories", "Please keep me off the evening rota this month, I can't work then as I break my fast at sunset."),
    ("special_categories", "I won't be home to sign for it on the 12th, we're at my aunt's for the seder."),
    ("special_categories", "the test said 45% Punjabi and 30% Kenyan, anyway can I get the raw file?"),
    ("special_categories", "Hi, Mark Foley here. Can my husband be added as a second driver?"),
    ("special_categories", "Please add my wife as a contact. Thanks, Emma Clarke"),
    # tune-c1 round (children, special categories)
    ("children", "Please reset the tablet login for Maya Ellis (10) before the weekend."),
    ("children", "Swimming booking - Swimmer: Oliver Grant, 7 yrs. Medical notes: none."),
    ("children", "We need table cards for Chloe's first communion lunch in June."),
    ("children", "Our little one is making her First Holy Communion next month, so we'll skip the Saturday class."),
    ("children", "Jacob started secondary last week and needs his own login."),
    ("children", "We're away that Sunday, it's our Niamh's first communion."),
    ("children", "I can do mornings once Isla's dropped at nursery."),
    ("children", "Nursery starts for Hugo in January, so please change the delivery slot."),
    ("children", "Registration note: Ryan T., aged thirteen, was put in the adult league by mistake."),
    ("children", "Please add a named driver aged 17 with a provisional licence."),
    ("children", "Card text: Evie Rose, born on the 9th at 7 lbs 3 oz, our first."),
    ("children", "Can you send three kits? They're all 12 and play in the same squad."),
    ("children", "she is turning 15 next month, can she have her own account?"),
    ("children", "my oldest twins are turning two on Friday!"),
    ("children", "He shares the car under the custody order so I need a second key."),
    ("children", "my kindergartner deleted the whole playlist"),
    ("children", "Form: Grade 5, Westbrook Elementary School. Consent given."),
    ("special_categories", "Can the cake say 'Mr & Mr'? It's two grooms, the names are Dan and Luis."),
    ("special_categories", "As a bi woman I'd rather the dating filter didn't ask."),
    ("special_categories", "He found out the guy I've been sleeping with is his colleague, please delete that photo."),
    ("special_categories", "Can the cycle app log sex privately? My sister uses the same tablet."),
    ("special_categories", "Our household is polyamorous, so please put three adults on the card."),
    ("special_categories", "Please move the delivery, it's Passover for us that week."),
    ("special_categories", "Can the class be moved later, I'm fasting for Ramadan."),
    ("special_categories", "The smoke alarm went off during our evening aarti."),
    ("special_categories", "Please remove the photos of the vigil we attended, my employer follows the page."),
    ("special_categories", "We need placards for the rally on Saturday, card ones please."),
    ("special_categories", "He chairs the local Green Party branch so he can't do Tuesday evenings."),
    ("special_categories", "Can't come in Monday, I'm on the picket at the depot."),
    ("special_categories", "The report says I'm a carrier for sickle cell, can my partner's kit be linked?"),
    ("special_categories", "My results show two copies of the HFE1 variant, what now?"),
    ("special_categories", "Do you stock foundation for South Asian skin like mine?"),
    # tune-c2 round (health, bereavement): a clinician's word passed on, readings, bloods and hypos, clinic visits, numbered
    # wards, due dates, diabetics by type, a relative's medicine, conditions named plainly, carers someone has, a condition
    # that flares, a caesarean by its letters, non-disclosure; rites by their own names, the Irish removal, day-count prayers,
    # memorial items for a relative, an age never reached, lower-case rip, a friend lost, in-laws, survivors' pensions
    ("health", "Can we push the session back? The consultant said my iron is too low to fly."),
    ("health", "Moving my lesson to Friday, they've booked my thyroid bloods for Tuesday morning."),
    ("health", "I'll need a break every hour to check my sugars."),
    ("health", "Had a bad hypo on the bus yesterday so I missed the viewing."),
    ("health", "Can't make the fitting, I'm stuck at the fracture clinic all morning."),
    ("health", "Please hold the milk, Dad's still in ward 4b until Monday."),
    ("health", "My girlfriend is due any day now so I may need to cancel at short notice."),
    ("health", "The meal planner should show carbs per slice for fellow type 2s."),
    ("health", "Please deliver before noon, Gran's warfarin is in the same parcel."),
    ("health", "He's had panic disorder for years and can't queue indoors."),
    ("health", "She's recovering from a head injury so keep the lights low."),
    ("health", "My mother's carer will sign for the delivery."),
    ("health", "Sorry for the late reply, the colitis is flaring again this week."),
    ("health", "My wife had her CS on Monday, please leave the parcel at the door."),
    ("health", "Underwriting: applicant did not declare asthma when buying the policy."),
    ("bereavement", "The nine-night for my uncle is on Saturday, please deliver before."),
    ("bereavement", "My granda's removal is tonight and the funeral is at ten tomorrow."),
    ("bereavement", "We're holding the fortieth day prayers for my aunt, can we move the cleaning?"),
    ("bereavement", "The memorial booklet for my late nan has a typo on the back page."),
    ("bereavement", "He would have turned 60 on Sunday, can the tribute post go out then?"),
    ("bereavement", "rip mum, she loved this shop. please close her account"),
    ("bereavement", "I lost my oldest friend last week and I'm not up to the class."),
    ("bereavement", "My mother-in-law passed peacefully and the tenancy is hers."),
    ("bereavement", "I receive the bereavement support payment now, does that change my plan?"),
    ("bereavement", "Can't come Thursday, the funeral's Friday and I'm travelling up."),
    # tune-c3 round (violence_self_harm): self-harm scars and cuts, threats of what someone will do, regret and finding,
    # hiding from an ex, written abuse, turning up wherever, weapon pictures, farewell letters, thrown objects, bruising grips,
    # rough partners, sexual comments, intimate images, what one is allowed, DV advisers, secrets from parents, attacks
    # without a subject, patois and starred slurs, crisis numbers noted, contact day after day (made-up phrasings)
    ("violence_self_harm", 'Can you retouch the scars from cutting on her arms before the album goes out?'),
    ("violence_self_harm", 'The carer saw new cuts on his wrists again this morning.'),
    ("violence_self_harm", 'He messaged her describing what he would do to her after the gig.'),
    ("violence_self_harm", "The fitter told me I'd regret it if I left a bad review."),
    ("violence_self_harm", "You'll regret this, I know your shift times."),
    ("violence_self_harm", "A note on my car said we'll find you."),
    ("violence_self_harm", "He wrote that he'd find her at her flat."),
    ("violence_self_harm", "Please hide my new address so he can't track me down."),
    ("violence_self_harm", "There's horrible abuse about me under every post I make."),
    ("violence_self_harm", 'A troll targeted her with slurs for a week.'),
    ("violence_self_harm", 'My ex shows up wherever I go, even the gym.'),
    ("violence_self_harm", 'A guy keeps sending me photos of a gun on the table.'),
    ("violence_self_harm", "I've left my goodbye notes on the desk, please cancel the rest."),
    ("violence_self_harm", "I'm not ok. I've written the notes."),
    ("violence_self_harm", 'My brother threw a mug at me during the row.'),
    ("violence_self_harm", "I locked myself in the bedroom again. It's really scaring me."),
    ("violence_self_harm", 'The coach squeezed my arm so tight it left bruising.'),
    ("violence_self_harm", "My boyfriend gets rough with me when he's been out."),
    ("violence_self_harm", 'The mark on my neck is from him choking me.'),
    ("violence_self_harm", 'He kept lunging at me in the car park.'),
    ("violence_self_harm", 'The instructor keeps making lewd remarks to the girls.'),
    ("violence_self_harm", "He says he'll leak my nude photos if I block him."),
    ("violence_self_harm", 'Someone is passing round naked photos of her at work.'),
    ("violence_self_harm", "My husband decides when I'm allowed to see my sister."),
    ("violence_self_harm", "I'm not allowed my own bank card."),
    ("violence_self_harm", 'My IDVA will call you about the address change.'),
    ("violence_self_harm", "I have a Women's Aid support worker helping me."),
    ("violence_self_harm", 'A volunteer asked my son to keep it secret from his mum that they talk online.'),
    ("violence_self_harm", 'They set up a page purely to humiliate her.'),
    ("violence_self_harm", "Can't come in today, got mugged on the way home."),
    ("violence_self_harm", 'Night porter assaulted by a guest in the lobby.'),
    ("violence_self_harm", 'He shouted at me and then slapped me.'),
    ("violence_self_harm", 'My ex slashed the tyres on my car again.'),
    ("violence_self_harm", 'The seller threatened to punch me over a refund.'),
    ("violence_self_harm", "He said he'd come round and sort him out."),
    ("violence_self_harm", 'im fraid him a go beat mi again'),
    ("violence_self_harm", 'She called me a sl*t in front of everyone.'),
    ("violence_self_harm", 'Caller very low; provided the Samaritans number and a welfare check was arranged.'),
    ("violence_self_harm", "She told me she can't see the point in carrying on anymore."),
    ("violence_self_harm", "I've had thoughts of ending things lately."),
    ("violence_self_harm", 'A follower has emailed me nightly for weeks and sent a picture of my street.'),
    ("violence_self_harm", "Mum had her pills popped out on the side and said she won't be here for Christmas."),
    ("violence_self_harm", 'My in-laws hit me when my husband is away.'),
    ("violence_self_harm", 'My ex keeps waiting outside my studio after class.'),
    ("violence_self_harm", 'She keeps getting cruel anonymous messages about her weight.'),
    ("violence_self_harm", "They said they'd torch my salon if I go to the police."),
    ("violence_self_harm", "The caller said he'd burn the building down."),
    ("violence_self_harm", 'We were held up by armed robbers last night.'),
    ("violence_self_harm", 'A burglar punched my dad in the face.'),
    # tune-c4 round (financial_hardship, legal)
    ("financial_hardship", "Only income is my PIP so can I spread the fee over the year?"),
    ("financial_hardship", "I live on PIP and DLA so the annual plan is too dear."),
    ("financial_hardship", "The warehouse laid me off last Friday, please pause my box."),
    ("financial_hardship", "I was caught up in the redundancies at the depot, please cancel the add-on."),
    ("financial_hardship", "Mi cyaan pay di bill, dem cut mi hours at di shop."),
    ("financial_hardship", "Abeg my salary never enter for three months, I no fit pay this month."),
    ("financial_hardship", "A letter came from Northgate Recoveries saying I still owe you for the router."),
    ("financial_hardship", "We filed for Chapter 13 in March, so the card has to be closed."),
    ("financial_hardship", "Things are bad, I'm in a DRO now, please cancel the box."),
    ("financial_hardship", "I've got two quid till payday so please hold the order."),
    ("financial_hardship", "My cards are all maxed, can the renewal wait a fortnight?"),
    ("financial_hardship", "I couldn't raise the money for the deposit this month, sorry."),
    ("financial_hardship", "We sold the caravan to keep up with the mortgage payments."),
    ("financial_hardship", "Do you take the school clothing grant card in store?"),
    ("financial_hardship", "Reason for cancellation: Signing on at the Jobcentre since the mill closed."),
    ("financial_hardship", "We're being evicted next month so please stop the deliveries."),
    ("financial_hardship", "sorry the card bounced, the rent's already late as well."),
    ("legal", "Can't make Thursday, I've got court in the morning."),
    ("legal", "need to push the fitting, have to be at the magistrates for my hearing."),
    ("legal", "I'm a witness at the Crown Court next week, can I pause my classes?"),
    ("legal", "My son was charged at the District Court over the fight."),
    ("legal", "Got charged over the crash last year and the hearing is at the Crown Court."),
    ("legal", "My counsel has asked for the full order history."),
    ("legal", "My cousin get lock up on Friday, so she can't collect the parcel."),
    ("legal", "I was held by the gendarmes for a day and missed my connection."),
    ("legal", "The gardai were out to my mam's house after someone broke the window."),
    ("legal", "His dad has a record now, so he can't volunteer on the trip."),
    ("legal", "My licence conditions say I must live at this address, and I just got out."),
    ("legal", "I'm paying off a fine the court imposed last spring."),
    ("legal", "Lawyers representing my neighbour sent us a letter about the fence."),
    ("legal", "We applied to the Family Court for a contact order in May."),
    ("legal", "Endorsements on my licence: SP30, 2022 and nothing else."),
    ("legal", "I gave a statement and the CPS want the photos from that night."),
    ("legal", "The crime reference for the break-in is on the claim form."),
    ("legal", "My ESTA was turned down over a conviction from 2009."),
    ("legal", "the judge gave us joint custody so add my ex as a second parent on the app"),
    ("children", "My nephew (14) wants his own login, can he have one?"),
    ("children", "Agent note: caller's son (maybe 9) answered the phone first."),
    ("children", "Booking for my cousin ('about 12') and me."),
    ("children", "our three are 4, 7 and 9 so we need the bigger tent"),
    ("children", "The kids are both 6 and want the bunk room."),
    ("children", "sorry for the delay, our baby is 5 days old and it's chaos"),
    ("children", "I can't sign the lease myself, I won't be 18 till March."),
    ("children", "She's still 16 until August so is the contract in my name?"),
    ("children", "My 11 yr old downloaded three games with my card."),
    ("children", "Can I add our 4 year old Theo to the membership?"),
    ("children", "The contact is my 15-year-old, Kofi, who uses the spare phone."),
    ("children", "My daughter is in high school and needs the laptop for homework."),
    ("children", "He's in Miss Patel's class, can I update the collection details?"),
    ("children", "I have to be at the Year 3 pick up by 3.15, can the engineer come earlier?"),
    ("children", "Sorry I missed the call, the little one just started crawling and gets into everything."),
    ("children", "My son sits his PSLE next month so please no visits that week."),
    ("children", "my kids watch the Kids Zone channel all morning, can I add it?"),
    ("children", "My son is a minor, so why did you sell him an energy drink?"),
    ("children", "Please send the books before the 11+ in May, they're for my son to practise."),
    # coming out to family without a subject, being at a march, a cleric naming themself, Lent, an origin like the writer's,
    # party work and branches, card-carrying, not knowing someone is gay, observances, openly gay, presenting as a gender,
    # joining a union, an ethnic group in a form, two men or two women in brackets
    ("special_categories", "Came out to my mum last month so please take her off the shared plan."),
    ("special_categories", "My bike was stolen at the pensions protest outside parliament."),
    ("special_categories", "Scratched my car on the way home from the anti-war march, is that covered?"),
    ("special_categories", "Hi, this is Pastor Daniel from room 4, can I have a quiet room to prepare?"),
    ("special_categories", "I'm preaching at the evening service so I need the car back by five."),
    ("special_categories", "Giving up chocolate for Lent, please pause the sweet box."),
    ("special_categories", "Most of the crew are Polish like me so the menu in Polish would help."),
    ("special_categories", "The new tenant (Kurdish) asked us not to publish his name."),
    ("special_categories", "As a Noongar woman I found the quiz question offensive."),
    ("special_categories", "She leaflets for the Labour Party at weekends and her address got posted online."),
    ("special_categories", "Can we book the back room for our local Green Party branch meeting?"),
    ("special_categories", "I'm a delegate for the SNP at the spring conference, so I need the Friday off."),
    ("special_categories", "He's a card-carrying socialist and wants that on the staff profile."),
    ("special_categories", "My flatmates don't know I'm bi so please don't post to the shared address."),
    ("special_categories", "The team lunch clashes with Jumu'ah, can it move to two?"),
    ("special_categories", "I'm one of the few openly gay staff in the depot."),
    ("special_categories", "I present female now, so please change Mr to Ms on my account."),
    ("special_categories", "Twenty drivers just joined the GMB, please set up the deductions."),
    ("special_categories", "Monitoring form: Ethnic group - Black Caribbean. Please add it to my file."),
    ("special_categories", "My wife and I (two women, yes) keep getting letters to Mr and Mrs."),
    ("special_categories", "Could the face match cope with dark skin like mine? It rejects me every time."),
    ("special_categories", "I'm a Born Again Christian so Sunday mornings are out for me."),
    ("special_categories", "Because I'm a trans guy the photo check keeps failing me."),
    ("special_categories", "My grandparents came over from Jamaica in the fifties, so the surname is spelt oddly."),
    # a stay at a place of care still counts beside a workplace rule; end-of-life places said of a person
    ("health", "Typing this from a hospital bed after my knee op, so replies are slow."),
    ("health", "My gran has been in the clinic since Monday and I'm handling her bills."),
    ("health", "I'm a patient at the clinic and need my invoices resent."),
    ("health", "Can you resend my Mounjaro pens, the last box came warm."),
    ("health", "Mum's warfarin didn't arrive with the rest of the order."),
    ("health", "I've had typhoid for ten days so I missed the deadline."),
    ("bereavement", "Grandad is in a hospice now, please pause his broadband."),
    ("bereavement", "We're still waiting on probate for Mum's house, can the account stay open?"),
    ("bereavement", "The account holder died in March and I'm his executor."),
    # hitting in other words, a relapse, hopelessness and a price named for intimate images
    ("violence_self_harm", "My flatmate thumped me and smashed my laptop."),
    ("violence_self_harm", "honestly i've cut again, please don't close my account in the support group"),
    ("violence_self_harm", "I can't see the point in waking up anymore."),
    ("violence_self_harm", "Someone I met on here says he'll post my photos online unless I pay him."),
    ("financial_hardship", "I can't pay the council tax arrears until the end of the month."),
    ("financial_hardship", "Sorry, I can't pay it till my universal credit comes through."),
    ("financial_hardship", "A letter from a debt collection agency says I owe you £90."),
    ("financial_hardship", "We've been living off our savings since the factory shut."),
    ("financial_hardship", "Our savings are all gone, so please drop me to the basic plan."),
    ("financial_hardship", "My ESA got stopped after the assessment, can I pause the plan?"),
    ("financial_hardship", "There's 30p in my account until Friday, can the payment wait?"),
    ("financial_hardship", "Literally nothing in my bank till payday, sorry for the late fee."),
    ("financial_hardship", "My uncle who paid my fees has stopped sending money this term."),
    ("financial_hardship", "I'm owing my landlord two months so I need to cancel the gym."),
    ("financial_hardship", "We're behind three months on the rent, please freeze the account."),
    ("financial_hardship", "I'm sitting right at my overdraft limit, can I pay on the 5th?"),
    ("financial_hardship", "Some weeks I'm choosing which bills get paid, honestly."),
    ("financial_hardship", "It was either top up the electric meter or pay the box subscription."),
    ("financial_hardship", "Job lost in the restructure, can we spread the last invoice?"),
    ("financial_hardship", "The warehouse retrenched me in June, please cancel the contract."),
    ("financial_hardship", "She's been sofa-surfing since the split, send post to her sister."),
    ("financial_hardship", "Our family income has dropped to nothing since the shop closed."),
    ("financial_hardship", "The bank took my card when my IVA started."),
    ("legal", "I can't make Tuesday's delivery, I'm in court that morning."),
    ("legal", "I'm on bail so I can't travel for the trip, please refund me."),
    ("legal", "I act for your customer Mr Dale in his complaint about the boiler."),
    ("legal", "Phoning on behalf of my client, Mrs Ellis, about the lost deposit."),
    ("legal", "My hearing at the magistrates is next week so I need the receipt."),
    ("legal", "He's on home detention, so he can't come to the shop in person."),
    ("legal", "There's a protection order against my ex, don't give him my address."),
    ("legal", "The fraud squad invited me for questioning about the account."),
    # round 2026.11.16, t3
    ("health", "Since my doctor put me on propranolol the shakes have eased, can I change my delivery slot?"),
    ("health", "I started on gabapentin last month and keep forgetting passwords, please reset mine."),
    ("health", "I've got an ostomy pouch so the high waist presses on it, any other cut?"),
    ("health", "My dad's hypertension means he can't carry the boxes upstairs, can the driver help?"),
    ("health", "My wife gave birth by CS on Monday so please leave the parcel with a neighbour."),
    ("health", "The wool blend sets off my rosacea, can we swap for cotton?"),
    ("bereavement", "We are sorting the cremation arrangements for my grandad, please pause the direct debit."),
    ("bereavement", "Please print my nan's date of death on the back of the order of prayers."),
    ("bereavement", "The bench plaque should read: in loving memory of my dear husband."),
    ("violence_self_harm", "She told the agent she had taken a whole packet of paracetamol, an ambulance was sent."),
    ("violence_self_harm", "He said he won't be around much longer and then logged off."),
    ("violence_self_harm", "My neighbour went for me with a hammer over the parking space."),
    ("violence_self_harm", "A stranger keeps messaging me pervy stuff through your app."),
    ("violence_self_harm", "There's an intervention order against him, so please hide my address."),
    ("violence_self_harm", "Send the order to the refuge address I gave on the phone, not my flat."),
    # round 2026.11.16, t2
    ("special_categories", "Can you mute notifications? I met him on a hookup app and he keeps messaging."),
    ("special_categories", "Send bills to my office, my husband found out about the affair and checks the post."),
    ("special_categories", "He's been seeing someone behind my back, take him off the joint plan."),
    ("special_categories", "Most of my earnings come via my work on an adult site, is that an issue for the loan?"),
    ("special_categories", "Our Kingdom Hall needs the hymn books by Sunday, can you rush it?"),
    ("special_categories", "I'm an altar server so Sunday deliveries before 11 are no good."),
    ("special_categories", "Could the driver come after Fajr prayers tomorrow? Any time from 6 is fine."),
    ("special_categories", "Collect it after Salah please, around 2pm."),
    ("special_categories", "I'll be leafleting for the greens all weekend so text me instead."),
    ("special_categories", "Could it arrive before the Labour rally on Saturday?"),
    ("special_categories", "The guard made me take off my pride badge at the gate."),
    ("special_categories", "A steward from the GMB will phone you about my shift records."),
    ("special_categories", "We're off to a gay club in town tonight, is the night bus running?"),
    ("special_categories", "The new ad alienates queer people like me."),
    ("special_categories", "The conductor glared at us, two women holding hands on a train is hardly a scandal."),
    # round 2026.11.16, t1
    ("children", "Could a 13 year old open an account on his own, or does a parent have to?"),
    ("children", "The shop let a 12 yr old buy the scratchcards, is that even legal?"),
    ("children", "We found out your 16-year-old signed up with your email last week."),
    ("children", "The player turned out to be 15, so we closed the profile."),
    ("children", "Her date of birth makes her 13, so I need a parent on the call."),
    ("children", "Form rejected: DOB gives age 16 for the main applicant."),
    ("children", "My son is a freshman at Eastfield High and needs a bus pass."),
    ("children", "She just started kinder and loves the lunchbox."),
    ("children", "The cake is for her 6th, can you pipe her name on it?"),
    ("children", "We need the invitations for his bar mitzvah by March."),
    ("children", "me lil one is 4 n he broke the toy already"),
    ("children", "The card on file belongs to someone born in 2012."),
    ("children", "My son, his birthday is 14 June 2013, got a marketing text from you."),
    ("children", "The hoodie is for my niece who has just finished primary."),
    # round 2026.11.16, t4
    ("financial_hardship", "We're two months behind on the electric bill, can the order wait?"),
    ("financial_hardship", "took a loan off an app and now i cant pay it back, please stop the auto top-up"),
    ("financial_hardship", "I am without job since March, please pause the membership."),
    ("financial_hardship", "The landlord put us out of the house on Friday, send the parcel to my aunt's."),
    ("financial_hardship", "Sheriff officers came to the door about the council tax, I need the refund quickly."),
    ("financial_hardship", "My account got closed after a loan default, please refund to my wife's card."),
    ("financial_hardship", "i'll pay when my PIP lands on thursday, sorry"),
    ("financial_hardship", "I owe four loan apps and the recovery agents keep calling my office."),
    ("legal", "can't pick up the order, on remand until monday, my brother will get it"),
    ("legal", "I can't do my community service on Saturdays if the 7am bus is cancelled."),
    ("legal", "Please move my taxi to 9, I need to be at Riverside Magistrates' for half ten."),
    # risks narrowed 2026.11.16, r2
    ("children", "Can a 14 year old book the flight on her own?"),
    ("children", "My daughter was a sophomore at Lincoln High last year and still gets your emails."),
    ("children", "Her birthday's 2 June 2016, please fix it on her profile."),
    ("children", "My son was born in 2015 and the game asked for his age."),
    ("legal", "The police came round after the break-in and took my statement."),
    ("financial_hardship", "My account got closed after a loan default, please refund to my wife's card."),
    ("financial_hardship", "The landlord kicked us out of the flat on Friday, send the parcel to my aunt's."),
    ("health", "I'm on metformin so I need the sugar-free option."),
    # risks narrowed 2026.11.16, r1: what the narrowed rules still catch
    ("special_categories", "He's been cheating on me for a year, take him off the joint account."),
    ("special_categories", "The man at the counter sneered, two men kissing goodbye is nothing to stare at."),
    ("special_categories", "Please come after my Friday prayers, around 2pm."),
    ("special_categories", "I'm marching in the Labour rally on Saturday, so deliver Friday."),
    ("special_categories", "Security told me to take off my pride pin before I could go in."),
    # 2026.11.17 special
    ("special_categories", "My wife was born in Karachi and her bank keeps flagging the transfer."),
    ("special_categories", "I'm Ghanaian-born, so my old licence was issued abroad."),
    ("special_categories", "My husband is Fijian and wants the app in his language."),
    ("special_categories", "Where's the closest mosque to your hotel? We always go there on Fridays when we visit."),
    ("special_categories", "Can you call after 2? I'm helping out at the gurdwara all morning."),
    ("special_categories", "We are performing a havan at the new flat on Sunday, so move the delivery."),
    ("special_categories", "We're off to Pride on Saturday so please don't book the engineer then."),
    ("special_categories", "As a queer illustrator I'd like my portfolio private for now."),
    ("special_categories", "The paternity test results arrived and I need my ex removed from the account."),
    ("special_categories", "Sorry I missed you, the fundraiser for the local Labour party ran late."),
    ("special_categories", "I'm a candidate for the Independent Party at the next council vote, can I get an invoice?"),
    ("special_categories", "He saw her Labour Party membership card and made a comment about it."),
    ("special_categories", "As the shop steward for our warehouse union I need the room on Tuesday."),
    ("special_categories", "Our neighbours keep telling the landlord we were too loud in the bedroom."),
    ("special_categories", "She has been living as a woman since 2020 and wants her old name removed."),
    ("special_categories", "Please change the title on the booking from Mr to Ms, she has transitioned."),
    ("special_categories", "My GRC arrived, can my policy show my new gender?"),
    ("special_categories", "I'll be at the pro-choice rally so cannot take the delivery."),
    ("special_categories", "I want you to erase the fingerprint-scan template your gym kept of me."),
    ("special_categories", "My MTHFR result was in the report the clinic emailed, please delete it."),
    ("special_categories", "I met a guy on Grindr and he used my promo code."),
    ("special_categories", "My partner and I are celibate, so no couples massage please."),
    ("special_categories", "I'm Laura and my girlfriend and I just got engaged, can we add her to the plan?"),
    # 2026.11.17 children
    ("children", "Running late, I have to drop my boy at daycare first."),
    ("children", "I pick up from Busy Bees nursery at 4 so can we make it 5?"),
    ("children", "Tom's creche shuts at noon on Friday, can the call be in the morning?"),
    ("children", "Our high schooler needs help with chemistry this term."),
    ("children", "Can we move the lesson? It's Ava's tenth birthday on Monday."),
    ("children", "Please add Noah's 5th grade science sessions to my plan."),
    ("children", "Three kids under 4 in the back, so we need the bigger car."),
    ("children", "Can't make Saturday, it's my daughter's under 12s cup match."),
    ("children", "Because Mia is 9 we'd like the junior plan for her."),
    ("children", "As you told us you're 14, we need a parent to approve the account."),
    ("children", "Our panganay is turning 12 next week, can we add a cake?"),
    ("children", "My daughter is now in Standard IV and needs a maths tutor."),
    ("children", "Her boy starts TK in August, do you have morning slots?"),
    ("children", "Registration for the swim club: Ella Marsh, born 3 March 2016."),
    # 2026.11.17 hardlegal
    ("financial_hardship", "I'm not able to pay the rent this month, can I have a week?"),
    ("financial_hardship", "We are no longer able to keep up with the loan repayments."),
    ("financial_hardship", "I am unable to continue the monthly instalments on the van."),
    ("financial_hardship", "I haven't had any income since March, please pause my plan."),
    ("financial_hardship", "My husband has had no work for six weeks now."),
    ("financial_hardship", "My salary has not been credited for the past three months."),
    ("financial_hardship", "Been on the dole for a year, can you waive the fee?"),
    ("financial_hardship", "The bank refused to extend my overdraft and my wages haven't come in."),
    ("financial_hardship", "Due to my dad's shop closing down we are unable to pay the fees this term."),
    ("legal", "The magistrates banned him from driving for a year so cancel his insurance."),
    ("legal", "My licence was suspended after court yesterday, my sister will collect the van."),
    ("legal", "Sorry I missed the session, my non-mol hearing overran."),
    ("legal", "Hi Ms Reed, as you said on the phone the judge has banned you from driving for six months, so we refunded the rest"),
    # 2026.11.17 hbv
    ("health", "The ward kept him in two nights after the fall, so the van can come Tuesday."),
    ("health", "Dear team, my mother is currently admitted in St Anne's Hospital, please hold the order."),
    ("health", "Stairs are hard for me with my MS, is there a ground-floor room?"),
    ("health", "Can we move the fitting? It clashes with my third round of chemo."),
    ("health", "Can you tell me if the course is accessible or not, I got cerebral palsy and use a wheelchair."),
    ("health", "cancel the lessons pls, my knee surgery is next week"),
    ("bereavement", "Our oupa passed away on Sunday, so we need to cancel his lessons."),
    ("bereavement", "The funeral's on Wednesday, could the delivery wait until Thursday?"),
    ("bereavement", "I'll be away for my mother-in-law's funeral on the 3rd."),
    ("bereavement", "We're waking Mam at the house tonight, so tomorrow won't suit."),
    ("bereavement", "We are all at home for my nana's chautha this week, please deliver next Monday."),
    ("bereavement", "The requiem is on Saturday for my grandad, so I can't take the Saturday shift."),
    ("violence_self_harm", "The guy at the next table grabbed my wrist and shoved me against the wall."),
    ("violence_self_harm", "My old boss kept touching me at the Christmas party, please remove him from my account."),
    ("violence_self_harm", "He sends messages saying he will do me harm when he finds me."),
    ("violence_self_harm", "He told my friend he'd find out where I live, please hide my address."),
    ("violence_self_harm", "He keeps asking where I live and I've told him to stop but he won't."),
    ("violence_self_harm", "I don't feel safe here and I'm scared to go back to the site."),
    ("violence_self_harm", "My boyfriend checks all my messages. Can you make the new inbox private? He reads my email too."),
    ("violence_self_harm", "can't talk, he's home. don't call this number please"),
    ("violence_self_harm", "Some nights I keep thinking about driving into a tree on the way home."),
    ("violence_self_harm", "I can't see the point in anything anymore and I'm scared to go back home."),
    # risks narrowed 2026.11.17, r2
    ("financial_hardship", "I am not able to pay the instalment because I lost my job."),
    ("financial_hardship", "We have had no work for six weeks and the rent is due."),
    # 2026.11.24 hardlegal
    ("financial_hardship", "We have been without income since the factory shut in June, can the loan wait?"),
    ("financial_hardship", "My partner lost his hours so we're down to one income now."),
    ("financial_hardship", "Ever since my employer let me go I've had to watch every cent."),
    ("financial_hardship", "The temp firm sacked me last Friday, please pause the direct debit."),
    ("financial_hardship", "We got served an eviction notice on the house yesterday."),
    ("financial_hardship", "Every pound goes on the mortgage at the moment, can I drop to the basic plan?"),
    ("financial_hardship", "My overdue account has been sent to a debt recovery company."),
    ("financial_hardship", "I got a text from a firm called Northway Collections chasing me over an old phone balance."),
    ("financial_hardship", "Sorry, I cannot settle the dues for this quarter."),
    ("financial_hardship", "We are battling to afford groceries this winter."),
    ("financial_hardship", "My retrenchment came through last month and I need to cut costs."),
    ("financial_hardship", "The rent has gone up again and I can't pay the full amount this month."),
    ("financial_hardship", "The rent doubled last spring and we fell behind with it."),
    ("financial_hardship", "Money's been tough lately and they said they will cut us off."),
    ("financial_hardship", "The shop made massive losses and we're trying to keep the business afloat."),
    ("legal", "I'm at court today so can't take the call."),
    ("legal", "I lost my licence for 12 months and can't drive to work."),
    # 2026.11.24 hardlegal
    ("legal", "Can I move my delivery? I'm up before the magistrates on Thursday."),
    ("legal", "The police gave me crime ref CR-55810 for the stolen bike."),
    ("legal", "My hearing is tomorrow and our evidence is all on that laptop."),
    ("legal", "He was given nine points and a 12-month ban for speeding."),
    ("health", "She was admitted with sepsis on Sunday."),
    ("bereavement", "The removal for my uncle is Thursday and the funeral on Friday."),
    ("bereavement", "We will be waking my father at home tomorrow."),
    ("violence_self_harm", "He grabbed my arm to stop me leaving."),
    ("violence_self_harm", "I don't feel safe in my own flat. I'm scared to go back to that house."),
    # risks narrowed 2026.11.17, r1
    ("children", "I collect my son from Little Acorns nursery at 3pm and he was upset."),
    ("children", "My kids under 4 were left alone at the play area."),
    ("children", "As Tom is 12 we think he is too young to be home alone."),
    ("special_categories", "I took a paternity test and the result showed he is not my father."),
    ("special_categories", "I'd like to book the function room for our Green Party branch meeting."),
    ("special_categories", "I have been living as a woman and it has been hard at work."),
    ("special_categories", "I was going to Pride with my girlfriend."),
    ("special_categories", "I am trans and staff misgendered me."),
    ("special_categories", "I am a member of the Labour Party and was harassed for it."),
    # tune-children round: ages with the next birthday, counts under an age at home, plural school years, teams, named
    # school years, birth notices, a new baby home, ages guessed, bare ages after a name, sweet sixteens
    ("children", "How old is the user? Twelve, thirteen in August."),
    ("children", "We've got 2 under 4 in the house so the dishwasher matters."),
    ("children", "The Year 5s have a trip on Monday so pick-up is at 4."),
    ("children", "Booking for my daughter's netball squad, the under 14s, eight girls."),
    ("children", "She's just started at Oakfield Primary and needs a lift home."),
    ("children", "Our Freya is in P3 and needs a basic phone."),
    ("children", "Note: account user at the Leeds store is 15."),
    ("children", "Our records show the line belongs to an under-12."),
    ("children", "Can the driver wait, the Y4 nativity is running late."),
    ("children", "Births: Lily Rose, born Monday at St Mary's weighing 3.2 kg."),
    ("children", "Announcing Oscar, 8lb 3oz, arrived safely."),
    ("children", "Welcome to the world Harry, we're over the moon."),
    ("children", "A baby sister for Leo arrived this morning."),
    ("children", "Please hold the post, we've just brought our newborn home."),
    ("children", "The girl on the till can't be older than 15, is that allowed?"),
    ("children", "Delivery round covered by Jack Mills, 14, since Monday."),
    ("children", "Can we put a notice in for her Sweet 16?"),
    ("children", "My kid brother is 12 and broke the screen."),
    # tune-special round (2026.11.24)
    ("special_categories", "Please put my husband on the plan too. His name is Oliver, mine's Gareth."),
    ("special_categories", "can my husband collect the parcel, hes called Ravi, im Thomas"),
    ("special_categories", "My wife and I would like the double room for the weekend. Many thanks again. Margaret Ellison"),
    ("special_categories", "I refused to give a voiceprint, please make sure none is stored."),
    ("special_categories", "Your till asked for a hand scan from me and I never agreed."),
    ("special_categories", "Her face doesn't match the passport photo and the app locked her out."),
    ("special_categories", "The staff fingerprint enrolment for the warehouse door failed again for me."),
    # tune-special2: coming out after "since", biometrics captured or owned, dating apps, PrEP, testosterone, girlfriends,
    # exes of the writer's gender, DNA relationship tests, ancestry shares and files, inherited conditions
    ("special_categories", "Ever since she came out her dad has refused to share the streaming plan."),
    ("special_categories", "The gate camera scanned my face and both thumbs before it let me in."),
    ("special_categories", "My flatmate's thumbprint still opens the smart lock and he left in June."),
    ("special_categories", "Her voice-ID enrolment keeps failing on the banking line."),
    ("special_categories", "Subject: biometric data deletion for my gym account"),
    ("special_categories", "Had a Bumble date last night and left my scarf at your bar."),
    ("special_categories", "Can my PrEP refill reminder be hidden from the lock screen?"),
    ("special_categories", "Sorry I missed the call, I was at the sexual health clinic."),
    ("special_categories", "Since I started testosterone the voice login doesn't know me."),
    ("special_categories", "My girlfriend and I booked the spa for our anniversary weekend. Thanks, Megan"),
    ("special_categories", "My ex-husband still gets the doorbell alerts on his phone. - Dave"),
    ("special_categories", "I need the DNA sibling test from the clinic translated into Polish."),
    ("special_categories", "The kit says I'm 27% Scandinavian, so I booked the fjord cruise."),
    ("special_categories", "Can you print my ancestry DNA breakdown on a mug?"),
    ("special_categories", "He has a hereditary kidney condition so he needs the ground-floor room."),
    ("special_categories", "We're off to the Greens' march on Saturday, need a minibus."),
    ("special_categories", "I'll be out canvassing for the Greens so leave the box with next door."),
    ("special_categories", "I'm secretary of the Northfield Conservative association, please invoice me."),
    ("special_categories", "I work as an escort so I need a second number."),
    ("special_categories", "I'm a sex worker and want the bill to show a generic name."),
    ("special_categories", "The app showed when we had sex to my mother-in-law."),
    ("special_categories", "Your photographer snapped me leaving a fetish night and put it online."),
    ("special_categories", "I'm a Nigerian bloke and the agent mocked my accent."),
    ("special_categories", "I'm in the nurses' union and need the member discount code."),
    ("special_categories", "My dad's Ghanaian and the agent kept mocking his name."),
    ("special_categories", "She isn't out to them yet, so please don't post anything to her parents' house."),
    ("special_categories", "I had a paternity test done and need the receipt without the clinic name."),
    ("special_categories", "I organise for Socialist Alternative in my town and get abusive calls."),
    ("special_categories", "He was the organiser of the Save the Meadows campaign and the engineer argued with him."),
    ("special_categories", "There's a Labour poster in my window and the courier sneered at it."),
    ("special_categories", "Two of us need a lift to the Tories' conference fringe on Monday."),
    ("special_categories", "Please don't put the parcel in the room where we keep the Guru Granth Sahib."),
    ("special_categories", "She works from home as an escort and sees clients after 2."),
    # round 2026.11.18 hbv (health, bereavement, violence_self_harm)
    ("health", "Please reschedule the engineer, the hospital kept me in overnight after my colonoscopy."),
    ("health", "They're keeping him in after his angioplasty so nobody will be home."),
    ("health", "Can the courier come quickly, my wife's waters have just broken."),
    ("health", "The GP has put me on antibiotics so I can't drive to collect it."),
    ("health", "I've started tablets for my anxiety and I'm a bit slow answering emails."),
    ("health", "These new pills make me drowsy, please deliver after noon."),
    ("health", "I've been stuck indoors since my op and I can't manage the stairs."),
    ("health", "Sorry for the delay, I was laid up in bed with flu all week."),
    ("bereavement", "My uncle is after passing and we need to close his account."),
    ("bereavement", "Our Maureen's gone, last Friday, and the account is in her name."),
    ("bereavement", "She's not with us since the summer, please take the direct debit off."),
    ("bereavement", "She's gone now and we're clearing her house."),
    ("bereavement", "We are clearing out dad's flat and all we have left of him is in boxes."),
    ("bereavement", "Can you confirm the In Memoriam notice for my father runs on Saturday?"),
    ("bereavement", "The rosary for my nan's removal is on Thursday evening, can you move the delivery?"),
    ("violence_self_harm", "He told me he was going to jump off the Kingsway bridge tonight."),
    ("violence_self_harm", "My ex keeps threatening to kill me if I don't answer."),
    ("violence_self_harm", "He wrote that I should watch my back when I leave work."),
    ("violence_self_harm", "A man in your branch shoved me into the display and walked off."),
    ("violence_self_harm", "I can't have it delivered, it's not safe at home right now."),
    ("violence_self_harm", "Someone shared my home address online and I've had threatening messages since."),
    ("violence_self_harm", "He knows my route to work and I'm scared to go out alone."),
    ("violence_self_harm", "I'm staying somewhere safe, please don't ring the landline."),
    ("violence_self_harm", "My husband checks everything and took my bank card."),
    ("violence_self_harm", "I was in a dark place and said I wanted to jump off it, please delete the comment."),
    ("violence_self_harm", "Our receptionist is being harassed by a former patient, please hide her address."),
    ("violence_self_harm", "The driver kept asking if I had a boyfriend and I was terrified."),
    ("violence_self_harm", "I wasn't in a good place, I was heading to the bridge, and the driver stopped."),
    # risk round (hardship, legal, health, bereavement, violence): the sensitive twins of the benign probes
    ("financial_hardship", "I've been without pay since I was made redundant in March."),
    ("financial_hardship", "Since they let me go I'm struggling to keep up with the bills."),
    ("financial_hardship", "We're down to one income since my husband lost his job."),
    ("financial_hardship", "Every penny goes on the rent and bills, there's nothing left for food."),
    ("financial_hardship", "The council put the rent up and we can't pay it now."),
    ("legal", "Meet me at the magistrates for my hearing at ten."),
    ("legal", "I got 6 points and a 3-month ban for speeding."),
    ("bereavement", "Dad's gone since March and I miss him every day."),
    ("health", "They kept him in after the scan, he's on the ward."),
    ("violence_self_harm", "He said he's going to jump off the bridge tonight."),
    ("violence_self_harm", "He told me I should watch my back, he knows where I live."),
    ("health", "Since the op, I can't walk without a stick."),
    ("violence_self_harm", "Please don't call the landline; I'm scared to go out since he found my address."),
    ("bereavement", "Please book the removal for my uncle, he passed away on Sunday."),
    # risk round kidspecial: the twins of the benign sentences the narrowed rules now pass
    ("children", "Can the Grade 3s come on Friday instead?"),
    ("children", "I coach my son's team, the under 12s, on Sundays."),
    ("children", "Callum Reid, 13, first week at the club."),
    ("children", "Isla was born on Tuesday weighing 7 lbs."),
    ("children", "We're planning a sweet sixteen for our Ruby."),
    ("children", "Pick up Zoe in Year 4 at 3pm."),
    ("children", "Welcome to the world, Tom!"),
    ("children", "The caller is 9 and using her mum's phone."),
    ("children", "She's only 3 months old and the monitor keeps dropping."),
    ("children", "As Tom is 12 we will need the locker key back."),
    ("special_categories", "I organise for Left Unity in Brackford."),
    ("special_categories", "I'm volunteering for the Workers' Party in the election."),
    ("special_categories", "He volunteers for the Labour Party."),
    # tune-special1: religion, ethnic origin, politics and unions (brook, mesa, vale, weir)
    ("special_categories", "My grandad was a Romany Gypsy and these are his wagon photos."),
    ("special_categories", "Scottish Traveller here, can you post the part to a pitch number?"),
    ("special_categories", "I'm Eritrean and the form keeps rejecting my surname."),
    ("special_categories", "My wife is a Ghanaian citizen, will her card work at the door?"),
    ("special_categories", "The camera keeps mixing up my Vietnamese cousins in the family album."),
    ("special_categories", "The driver called my brother a paki as he got out of the cab."),
    ("special_categories", "My dad is a member of the Communist League and wants his post sent to the office."),
    ("special_categories", "Someone tore my Green Party poster off the fence last night."),
    ("special_categories", "Security made me leave because I wore a Ukraine solidarity badge."),
    ("special_categories", "She's a constituency party activist and needs the flyers by Friday."),
    ("special_categories", "I canvassed all weekend for the Labour candidate and my boots fell apart."),
    ("special_categories", "Membership: Fire Brigades Union, Northfield station"),
    ("special_categories", "Customer Rabbi Cohen asked for the delivery after the holiday."),
    ("special_categories", "Please keep the alarm quiet during Sunday mass, we go every week."),
    ("special_categories", "I'll be doing seva all Saturday, so call on Sunday."),
    ("special_categories", "Our Just Stop Oil group needs a room for twelve on Thursday."),
    ("special_categories", "I ticked 'Mixed - White and Black Caribbean' but it saved as unknown."),
    ("special_categories", "Please record me as Somali, not as Other."),
    ("special_categories", "Thursdays are no good, that's my prayer group."),
    ("special_categories", "Our new tenant is Hindu, so no beef in the welcome hamper please."),
    ("special_categories", "I'm the founder of a local anti-incinerator campaign group, please keep my name off the list."),
    ("special_categories", "My drivers' club is affiliated with the GMB and we meet on Tuesdays."),
    ("special_categories", "We're devout, so please no deliveries on Friday evenings."),
    ("special_categories", "The camera doesn't focus on darker skin like mine."),
    # tune-brook round (children): form fields naming a child, a parent named by a child, milestones, teething, bracketed
    # ages and school years, a named child's nursery place, birth years and days, the early-years record, months said
    # with a hedge, what a small child does, the other children's ages, a Māori grandchild, a capitalised DOB field
    ("children", "Child's name: Poppy Hale, please print two copies."),
    ("children", "Hello, this is Priya, Rohan's dad, about Friday's booking."),
    ("children", "Can you send the clip of Isla's first steps again?"),
    ("children", "We caught her first tooth on camera, can I order a print?"),
    ("children", "He's cutting his back teeth so nights are rough, please deliver after 10."),
    ("children", "Oscar's class is Year 2 Willow from September."),
    ("children", "Please send her out of the Year 3 gate at home time."),
    ("children", "Nursery starter: Baby Ivy (9 months) begins on Monday."),
    ("children", "Booking for the twins (Theo & Ava, 14 months) on Saturday."),
    ("children", "Please remove my son's (age 7) picture from the gallery."),
    ("children", "My daughter (Year 6) needs a replacement bus pass."),
    ("children", "New sign-up: junior player (age 11), kit size small."),
    ("children", "Applicant: Erin Walsh, born 2014, first passport."),
    ("children", "Is there still a nursery space for Alfie from April?"),
    ("children", "Nothing has been added to my daughter's learning journey since May."),
    ("children", "Our daughter was born on 14 June so she'll need the infant seat."),
    ("children", "The baby's nearly five months now, so we need the bigger cot."),
    ("children", "Our 3-year-old unplugged the router again."),
    ("children", "The younger two are 5 and 8, so we need booster seats."),
    ("children", "my moko is 9 and keeps losing his card"),
    ("children", "Card holder: Sam Reid | Member DOB: 14/02/2013 | Branch: Leeds"),
    # tune-children round (ford, lea, scar, wold): infant ages as nouns, "will have N years", dated and abbreviated
    # births, a parent of a named child, a named child at nursery, an owned group's bracketed ages
    ("children", "Sorry for the typos, my 14-month-old keeps grabbing the keyboard."),
    ("children", "Our 7-week-old screams through every advert, can we go ad-free?"),
    ("children", "The lift was out so I had to carry my 10-week-old up three floors."),
    ("children", "I need a junior card for my son, he will have 13 years in October."),
    ("children", "My girl will have 9 years next week and wants her own profile."),
    ("children", "The account is for our grandson, he was born the 2nd of March 2016."),
    ("children", "She was born on the 21st of October, 2019, so please fix the profile."),
    ("children", "Add a viewer profile for son b. 2017 please."),
    ("children", "Second card holder: Ruby (b. 2015), same address."),
    ("children", "Hello, I'm the dad of Oscar Bell from the Saturday coding group."),
    ("children", "Mother of Isla here, she left her water bottle in the hall."),
    ("children", "Our Freya's at nursery on Thursdays so mornings are easier."),
    ("children", "My Alfie goes to playgroup till noon, could we move the slot?"),
    ("children", "We're bringing our two (4 and 9) on the Sunday tour."),
    ("children", "I've booked seats for my three (3, 5 and 12) on the Friday tour."),
]

BENIGN = [
    # negations
    ("health", "I'm not pregnant, I just need a bigger size."),
    ("health", "I don't have diabetes, the sugar-free option was a gift."),
    ("legal", "No lawyer needed, I just want a refund."),
    # idioms
    ("health", "The app is dead again after the update."),
    ("violence_self_harm", "This bug is a nightmare."),
    ("violence_self_harm", "This update is killing me."),
    ("violence_self_harm", "I'd kill for a faster checkout."),
    ("health", "I'm sick of waiting for the refund."),
    ("bereavement", "My phone's battery died during checkout."),
    # tune-others round: speaker labels, a call passed to a team, figurative dying, leave policies, GP surgery rooms,
    # idioms and titles
    ("bereavement", "Customer: my laptop died just as I pressed pay, was I charged?"),
    ("bereavement", "Passed the query to the billing team."),
    ("bereavement", "RIP my old headphones, the new pair arrived today."),
    ("bereavement", "We were dying by the interval, the jokes were so good."),
    ("bereavement", "Do you have a sample bereavement leave policy for small employers?"),
    ("bereavement", "Please send the catalogue for your memorial card range to our shop."),
    ("health", "Please deliver the toner to the surgery reception, not the side door."),
    ("health", "It was a proper heart attack moment when the card declined, then it went through."),
    ("health", "In this selfie I look like I'm in agony, can I retake it?"),
    ("health", "Are there medical tents near the main stage?"),
    ("financial_hardship", "Act: Broke Dancers. When is the payout for Saturday?"),
    ("financial_hardship", "The app went into default mode after the update."),
    ("legal", "The queue sentenced me to twenty minutes of hold music."),
    ("violence_self_harm", "I'd kill for a cheaper monthly plan, honestly."),
    ("violence_self_harm", "She's a triple threat, book her for the headline slot."),
    ("violence_self_harm", "We're hosting a Psycho double bill on Friday, can you list it?"),
    ("violence_self_harm", "I feel really unsafe on that wobbly stepladder you sold me."),
    ("bereavement", "There is a dead pixel on the screen."),
    ("bereavement", "I passed the verification step but I'm still locked out."),
    ("financial_hardship", "I can't afford to wait another week for this."),
    ("health", "I'm dying to try the new version."),
    # products
    ("children", "I bought a kids' bike helmet in blue but got pink."),
    ("health", "I ordered sunscreen and it leaked."),
    ("children", "The baby monitor loses the wifi connection."),
    ("children", "The child lock on the washer won't release."),
    ("children", "The toy says suitable for ages 3+."),
    ("legal", "I ordered court shoes in size 6."),
    ("legal", "The police costume was missing the hat."),
    ("special_categories", "The fingerprint sensor stopped recognising my finger."),
    ("special_categories", "Is the Black Friday deal still on?"),
    ("special_categories", "My credit union card is declined."),
    ("violence_self_harm", "The knife set is missing one knife."),
    # routine payments
    ("financial_hardship", "I was charged twice for my order."),
    ("financial_hardship", "My card was declined at checkout."),
    ("financial_hardship", "I'm unable to pay with PayPal, the button does nothing."),
    ("financial_hardship", "Your late fee was applied even though I paid on time."),
    ("bereavement", "My father passed the parcel to the neighbour, in March."),
    # idioms, titles, products and works, identity, signatures, boilerplate, negation scope
    ("bereavement", 'my tablet died on me again lol'),
    ("bereavement", "I'm dead serious, the parcel is late again."),
    ("health", "I'm allergic to hidden fees, why the service charge?"),
    ("health", 'The health and safety sign kit is missing a sign.'),
    ("violence_self_harm", 'Stop harassing me with marketing emails.'),
    ("violence_self_harm", "The kill switch on the mower doesn't work."),
    ("legal", 'The jury is still out on the new app design.'),
    ("legal", "I feel like I've been sentenced to hold music forever."),
    ("bereavement", 'The Walking Dead box set is missing a disc.'),
    ("health", 'Is the Doctor Who mug back in stock?'),
    ('special_categories', 'The Christian Dior lipstick arrived broken.'),
    ("legal", 'I ordered Judge Dredd on Blu-ray but got a DVD.'),
    ("health", 'I ordered crutches and a wheelchair cushion for the shop.'),
    ("bereavement", "I bought a book about grief for a friend and it's damaged."),
    ("bereavement", 'The funeral flowers category shows wedding bouquets.'),
    ('special_categories', 'The French keyboard layout is wrong.'),
    ('special_categories', 'The Turkish towels shrank in the wash.'),
    ('special_categories', 'The strike plate on the lock is bent.'),
    ('special_categories', 'Trans-Atlantic shipping took three weeks.'),
    ('children', 'My 16 year old whisky arrived cracked.'),
    ('children', "I'm 34 and the age check still fails."),
    ('children', "She's 5 minutes away, can the driver wait?"),
    ("legal", "I'm a lawyer by training and even I can't read these terms."),
    ("legal", 'Please confirm the order.\nRegards,\nKim Ho\nTrainee Solicitor, Ho & Partners'),
    ("legal", 'This email is confidential and may be legally privileged.'),
    ("legal", 'Can you police the fake reviews on your site?'),
    ("legal", 'The badminton court mat is faded.'),
    ("financial_hardship", 'The payment plan option is missing at checkout.'),
    ("financial_hardship", "If you're ever struggling with payments, see our help page."),
    ("financial_hardship", "I can't pay with Apple Pay, the button is grey."),
    ("health", "I don't have cancer, the wig was a costume for a play."),
    ("violence_self_harm", 'Nobody threatened me, I just want to change my address.'),
    # a second round of confusables, written after the rules above
    ("health", 'The hospital corners on the fitted sheet are loose.'),
    ("health", 'My order of cold and flu tablets arrived open.'),
    ("health", "The doctor's bag costume is missing the stethoscope."),
    ("health", 'Can I book a delivery appointment for Friday?'),
    ('children', "The kids' menu option isn't showing in the app."),
    ('children', 'My son is 25 and wants his own account.'),
    ('children', 'Year 2024 invoices are missing from my account.'),
    ('children', 'Class 3 shipping is slower than advertised.'),
    ("financial_hardship", "I can't pay by bank transfer, only card?"),
    ("financial_hardship", 'My pension fund statement is unrelated, I just need the invoice.'),
    ("financial_hardship", 'The debt of gratitude I owe your agent is huge, thanks!'),
    ("legal", 'The police box money bank arrived dented.'),
    ("legal", "I'd like to appeal the parking charge at your car park."),
    ("legal", 'Our lawyer-approved template for returns is attached.'),
    ('special_categories', 'The white rice in the bundle was brown rice.'),
    ('special_categories', 'The Indian summer sale ended early.'),
    ('special_categories', 'The prayer plant arrived with yellow leaves.'),
    ('special_categories', "The party speaker doesn't pair."),
    ("bereavement", "My parcel's tracking died after the depot scan."),
    ("bereavement", 'The mourning dove print is smudged.'),
    ("bereavement", 'We lost the signal on the router at night.'),
    ("violence_self_harm", 'The app is killing my battery.'),
    ("violence_self_harm", "I'm going to scream if this is late again."),
    ("violence_self_harm", 'The bully stick dog treats were stale.'),
    # a third round: contest judges, the writer's childhood, billing "charged with", products
    ("legal", "The judges' pick badge is on the wrong product."),
    ('children', 'There is a minor delay on my order.'),
    ('children', 'I have used your shop since I was a kid.'),
    ('children', 'My 5 yr warranty expired last week.'),
    ("legal", 'I was charged with VAT twice on this order.'),
    ("bereavement", 'I passed on the message to my wife.'),
    ("bereavement", 'I lost the baby monitor charger.'),
    ("health", 'Our clinic account needs a new billing address.'),
    ("health", 'I need to book an appointment for the engineer.'),
    ("health", 'I use the walking app every day.'),
    ("violence_self_harm", "I don't see the point in paying for premium."),
    ("financial_hardship", 'I lost my house keys, can you resend the code?'),
    ('special_categories', 'Can you deliver to Poland?'),
    # jobs and workplaces, toys' body parts, hyperbole, glossed words
    ("health", "I'm a doctor and need a VAT invoice for my practice."),
    ("health", "Customer is a GP and ordered the chairs for the practice."),
    ("health", "I work at the hospital, please deliver to the main reception."),
    ("health", "We got a doll with a broken arm and a torn hand."),
    ("health", "The gaming headset has a bad left ear cup."),
    ("health", "The memory card is failing after two weeks."),
    ("health", "Paralysed by choice with all these options!"),
    ("health", "The new prices almost gave me a heart attack."),
    ("health", "Dead as in offline: the smart plug won't connect."),
    ("health", "We need to schedule an operation window for the migration."),
    ("health", "I'm waiting on a replacement for the broken kettle."),
    # generic children, colours, ages of things, prices
    ("children", "Even a toddler could assemble this shelf."),
    ("children", "Kids love this game, five stars, but the code was missing."),
    ("children", "Is the baby pink case back in stock?"),
    ("children", "The 3-year-old laptop needs a new battery."),
    ("children", "I bought two under five pounds each."),
    ("children", "I'm a childminder and need an invoice for the craft kits."),
    ("children", "He is a kid at heart, my 60-year-old dad."),
    ("children", "My little brother's gift card code didn't work."),
    # signing on to a service, time that is not a sentence
    ("financial_hardship", "I've been signing on with my work account and can't see invoices."),
    ("legal", "We did time tracking in the app last year."),
    ("legal", "I've been locked out of my account again."),
    ("legal", "The lawyer costume was missing its wig."),
    ("legal", "Customer is a solicitor ordering for the firm."),
    ("legal", "customer works as a court reporter and needs the steno paper"),
    # venues, colours, adverbs, set unions, votes for products
    ("special_categories", "Can I book the church hall for a birthday party?"),
    ("special_categories", "I'd like the white version instead of the black one."),
    ("special_categories", "I'm straight up done with this app."),
    ("special_categories", "It went straight to voicemail."),
    ("special_categories", "I need the union of both lists in the export."),
    ("special_categories", "I'd like to vote for your app in the awards."),
    ("special_categories", "I protest this late fee."),
    ("special_categories", "We're running a marketing campaign next month."),
    ("special_categories", "Customer service is in our DNA, says your ad."),
    ("special_categories", "The biometric passport photo frame is the wrong size."),
    ("special_categories", "I'm liberal with the tip usually but not this time."),
    # cravings, absences, questions about a button
    ("violence_self_harm", "i'd murder a pizza right now but the app won't load"),
    ("violence_self_harm", "I won't be around to sign for it on Tuesday."),
    ("violence_self_harm", "What's the point of this button?"),
    ("violence_self_harm", "Nothing matters more to us than your feedback."),
    # products named after children, languages and cuisines, bracketed names, quoted titles, idioms (made-up phrasings)
    ("children", "do you still have the kids desk in white?"),
    ("children", "the baby wipes order came twice"),
    ("children", "Is this rattle good for a baby of six months?"),
    ("children", "What would you recommend for a 3 year old? It's a gift."),
    ("children", "Do you have any toddler shoes in size 5?"),
    ("special_categories", "The keyboard has Spanish keys but I ordered the German layout."),
    ("special_categories", "Is the Thai restaurant voucher valid on Sundays?"),
    ("special_categories", "Customer asked for the election results banner to be hidden."),
    ("special_categories", "We're organising the summer fete and need 100 cups."),
    ("special_categories", "The print came out blurry, please resend."),
    ("special_categories", "good service is supposedly in ur company's dna"),
    ("legal", "the police (the band) vinyl arrived warped"),
    ("violence_self_harm", "Customer said the delivery fee was 'daylight robbery'."),
    ("bereavement", "Do you have the Day of the Dead masks in stock?"),
    ("bereavement", "Customer's review of the novel 'Grief Lessons' is missing."),
    ("financial_hardship", "the debt calculator widget shows the wrong total"),
    ("health", "Did you have the bug fixed? The app has a virus scanner warning."),
    # idioms with violent verbs, hyperbole about bills, pets, feature names, props, policies, weights
    ("violence_self_harm", "Could you shoot me a copy of the invoice?"),
    ("violence_self_harm", "hit me up when it's back in stock"),
    ("violence_self_harm", "My wife will kill me if this is late again."),
    ("violence_self_harm", "The rep kept pushing me to upgrade my plan."),
    ("violence_self_harm", "I got slapped with a late fee for no reason."),
    ("violence_self_harm", "I was attacked by pop-ups on the checkout page."),
    ("violence_self_harm", "The agent threatened to close my account over one invoice."),
    ("violence_self_harm", "The sales team keep harassing me with calls about renewal."),
    ("health", "I was treated with total contempt by the store manager."),
    ("health", "I battled with your checkout for half an hour."),
    ("health", "Do you operate on bank holidays?"),
    ("health", "My cat has kidney disease and needs the renal food."),
    ("financial_hardship", "The payment holiday option is greyed out in the app."),
    ("financial_hardship", "The food bank donation button at checkout errors."),
    ("financial_hardship", "Our supplier went into administration, please advise."),
    ("legal", "The judge's gavel for the school play never came."),
    ("legal", "Your terms say disputes go to arbitration."),
    ("children", "I'm 15 stone and the frame is rated to 14, is it safe?"),
    ("special_categories", "My fingerprint doesn't unlock the app any more."),
    # tune-special2: a product's or a place's DNA, a firm's storage asked about, facial recognition as a topic, quoted
    # biometric settings, forms that allow two mums, pronoun fields, coming out of places, a date not from an app
    ("special_categories", "The new range keeps the DNA of the Harbour Classic jacket."),
    ("special_categories", "Does Northgate store any biometric data from the kiosk?"),
    ("special_categories", "The caller asked whether Brightlock keeps fingerprint templates in the cloud."),
    ("special_categories", "Some airports are using facial recognition at boarding now."),
    ("special_categories", "I'm writing an article about facial recognition in shops."),
    ("special_categories", "Where is the 'Use biometrics' switch in the new app?"),
    ("special_categories", "Can the school form accept two dads or two mums for one pupil?"),
    ("special_categories", "Could the name badges have a pronoun line under the job title?"),
    ("special_categories", "Since I came out of the shop my car had been clamped."),
    ("special_categories", "The jacket is 100% British wool."),
    ("special_categories", "The hinge on the door has come loose."),
    ("special_categories", "My girlfriend and I went to the cinema. Thanks, Megan"),
    # grown-up children, children in general, age-group sponsorship
    ("children", "My kids are all grown up, so please cancel the family plan."),
    ("children", "My adult son set this up for me."),
    ("children", "Kids these days would find this app confusing."),
    ("children", "Our firm sponsors the local under 12s team; invoice please."),
    # flags, votes for an option, trials of a product
    ("special_categories", "The union jack bunting arrived torn."),
    ("special_categories", "My vote is for the green colour option."),
    ("legal", "I'm 10 days into my trial and it already expired."),
    ("legal", "The trial period ended early."),
    # a doctors' practice, a job misparsed, pressure to buy, one supply cut in a storm
    ("health", "Our GP surgery needs its billing address changed."),
    ("health", "Customer is a paramedic asking for a receipt for his boots."),
    ("violence_self_harm", "Your chatbot bullied me into buying the extended warranty."),
    ("financial_hardship", "Our power was cut off during the storm, so the order was missed."),
    ("financial_hardship", "I have £20 left on my gift card, can I use it?"),
    # a business's own things, the age of a thing, a year of a degree, works named after a formality
    ("health", "Please update the address of our clinic account."),
    ("children", "My 6 year old laptop won't take the update."),
    ("children", "I'm in year 2 of my degree, is there a student price?"),
    ("bereavement", "The inquest podcast won't download."),
    # agent boilerplate: conditionals addressed to the reader, groups in general, what the company offers, policies
    ("financial_hardship", "If you're struggling to pay, we can set up a payment plan."),
    ("violence_self_harm", "If you are in danger, please call 999."),
    ("health", "If you have a disability, let us know how to contact you."),
    ("bereavement", "If you're writing about a bereavement, see our help page."),
    ("financial_hardship", "We offer a payment holiday to customers in financial difficulty."),
    ("health", "Our stores have access for people with disabilities."),
    ("special_categories", "We never discriminate on the basis of race, religion or sexual orientation."),
    ("violence_self_harm", "We have a zero-tolerance policy for abuse towards our staff."),
    ("children", "Accounts for under-16s require parental consent."),
    # things described as dead, civic duty, pet names, venues, costumes
    ("bereavement", "My dead plant arrived, I ordered a live one."),
    ("legal", "The jury duty letter holder is cracked."),
    ("children", "My nan still calls me her baby but I'm 40, please update the address."),
    ("special_categories", "Please deliver to the synagogue hall, it's for the caterers."),
    ("legal", "My barrister wig for the play is late."),
    ("children", "Is this toy suitable for children under 3?"),
    # reviews threatened, customers rude to staff, breakdowns of a bill, jobs at a court
    ("violence_self_harm", "cx threatened to leave a bad review."),
    ("violence_self_harm", "The caller was abusive to the agent, chat closed per policy."),
    ("health", "AH requested a breakdown of charges for her accountant."),
    ("legal", "AH works at the magistrates court as an usher and needs a receipt."),
    ("violence_self_harm", "I got hit with a delivery charge I never agreed to."),
    # computer viruses, conditions of a deal, ending a subscription
    ("health", "I think I got a virus from your download link."),
    ("health", "My laptop has a virus since the update."),
    ("health", "I have one condition for accepting: free delivery."),
    ("violence_self_harm", "I feel like ending my subscription, it's too dear."),
    ("children", "Our fur baby is 3 and the dog bed is too small."),
    # the police on the roads, judges of shows, a relative's job, a famous trial
    ("legal", "The police closed the road for a parade, please redeliver."),
    ("legal", "There was a police cordon on my street so the van turned back."),
    ("legal", "The judge at the flower show loved the vase I bought here."),
    ("legal", "My landlord is a solicitor, but the invoice question is mine."),
    ("legal", "The trial of the century box set skips on disc 2."),
    ("bereavement", "My son's gone to uni so please cancel his profile."),
    ("bereavement", "My dad didn't make it to the depot before it closed."),
    # groups in general, a workplace the parser misreads, price idioms, charities
    ("health", "Your site should work with screen readers for your blind customers."),
    ("health", "I work in a hospital and night shifts mean I miss deliveries."),
    ("violence_self_harm", "We were robbed blind by your exchange rate."),
    ("violence_self_harm", "I volunteer for a domestic abuse charity and need 200 leaflets."),
    ("special_categories", "Your DNA test kits are out of stock again."),
    # children's words as products, idioms, jobs and businesses
    ("children", "my inner child is screaming at these prices"),
    ("children", "The nanny cam app keeps disconnecting."),
    ("children", "The baby shower decorations arrived torn."),
    ("children", "The order is 3 weeks old and still not shipped."),
    ("children", "My 6-month-old laptop already has a dead pixel."),
    ("children", "I'm a childminder and need an invoice for my business."),
    ("children", "My sister is a paediatrician and recommended this thermometer."),
    ("children", "The school bus toy is missing a wheel."),
    ("children", "The secondary school maths textbook we stock is misprinted."),
    ("children", "I'm 17 years into my career and want the pro plan."),
    ("children", "The baby carrots in the veg box were mouldy."),
    ("children", "Our product is aimed at parents of toddlers; can we advertise?"),
    ("children", "My brother is 5 minutes away, he can sign for it."),
    # religious, political and identity words as products, places and businesses
    ("special_categories", "We're a trade union office and need a new printer toner."),
    ("special_categories", "Thanks, Accounts, GMB Northern Region"),
    ("special_categories", "The temple run game keeps crashing."),
    ("special_categories", "The Methodist Central Hall event tickets did not arrive."),
    ("special_categories", "The Mx Master mouse scroll wheel is broken."),
    ("special_categories", "The Kingdom Hearts game won't load."),
    ("special_categories", "The Union Street branch is closed."),
    ("special_categories", "Our union-made jackets are out of stock."),
    ("special_categories", "The European Union VAT rule changed the price."),
    # death vocabulary in its everyday senses
    ("bereavement", "The remote's batteries are dead already."),
    ("bereavement", "Our sales team is killing it this quarter."),
    ("bereavement", "We manage a country estate and need security cameras."),
    ("bereavement", "The history book about the death of Henry VIII is the wrong edition."),
    ("bereavement", "The main character dies at the end of episode 6 and the stream stops."),
    ("bereavement", "My sourdough starter died while I was on holiday."),
    ("bereavement", "We are a funeral home and want to renew our hosting plan."),
    ("bereavement", "The Walking Dead season 3 won't download."),
    ("bereavement", "Our housing estate has no parking for the van."),
    ("bereavement", "I have been mourning the loss of the old app design, bring back dark mode!"),
    ("bereavement", "RIP my bank balance after this sale lol"),
    ("children", "The kids eat free offer code didn't work."),
    ("bereavement", "The estate agent never called back about the flat."),
    ("bereavement", "The cemetery road address isn't recognised by your map."),
    ("special_categories", "The black widow spider toy is missing a leg."),
    ("special_categories", "Please deliver to church lane, number 4."),
    ("children", "Our little one-bedroom flat can't fit the sofa."),
    ("children", "The 2 yo warranty expired."),
    ("special_categories", "Both guys who delivered were rude."),
    ("special_categories", "Her wife-beater vest joke on the t-shirt is offensive."),
    ("special_categories", "Please ask the driver, his boyfriend jeans order was wrong."),
    ("special_categories", "A member of the European Union VAT team called us."),
    ("children", "Our taxi firm does school runs for the council, we need six more tablets."),
    ("special_categories", "The finger print reader on the laptop stopped working."),
    ("children", "My year 2 was the hardest at uni."),
    ("children", "The company was born in 2015 as a start-up."),
    ("children", "I was born in 1985 and the form says I'm too young."),
    ("children", "My mum's 70th birthday is on Saturday, deliver the cake on Friday."),
    ("children", "Our shop's 5th birthday sale code doesn't work."),
    # the benign senses of the field and queue families
    ("bereavement", "What happens to my photos when I die? Just wondering."),
    ("bereavement", "Over my dead body will I pay that fee."),
    ("bereavement", "The typeset proof has widows and orphans on every page."),
    ("bereavement", "Our bakery caters weddings and funerals, add a second van to the policy."),
    ("health", "Why was I charged when I paid on the due date?"),
    ("children", "My phone is my baby and the screen cracked."),
    ("children", "I'm pricing childminder insurance before I register."),
    ("children", "My son is in his thirties and wants his own account."),
    ("legal", "Can I book the tennis court for Friday evening?"),
    ("legal", "I'm judging the dog show so deliver the rosettes early."),
    ("legal", "If this is late again I'll sue lol jk, where is it?"),
    ("legal", "Hello, I am lawyer and need more mobile data."),
    ("special_categories", "I teach English to adults and need 20 dictionaries."),
    ("special_categories", "Does payroll deduct union dues for employees who ask?"),
    ("special_categories", "I'm the IT contractor for a trade union and need three licences."),
    ("special_categories", "Ordered the silver case and got a plain black one."),
    ("special_categories", "Rename the 'Brand DNA' board to 'Brand Rules'."),
    ("health", "Do you stock insulin cooler bags?"),
    ("legal", "The judges gave my cake first prize at the show."),
    ("legal", "The talent show judges want the stage lights by Friday."),
    ("health", "I was in stitches at the advert, brilliant."),
    ("health", "Can I order hearing aid batteries, size 312?"),
    ("children", "Our boy is a ten year old greyhound and needs a bigger crate."),
    ("children", "The 12 year old malt arrived with a broken seal."),
    ("children", "I've got a baby monitor that keeps dropping the wifi."),
    ("bereavement", "The driver's gone, so who do I ask about the missing box?"),
    ("bereavement", "Type: estate car, automatic, for the whole week."),
    ("children", "Jade is 25 and wants her own contract."),
    ("financial_hardship", "I can't pay the bill online, the page keeps crashing."),
    ("children", "She's 3 years into her degree and needs the student plan."),
    ("health", "I'm sober curious, do you sell alcohol-free wine?"),
    # what ordinary support conversations say with the same words (seen in the tau-bench dialogues and the
    # handwritten PII set): colours, sale conditions, membership benefits, street names, help with a language
    ("special_categories", "Options: Black, Size M, Cotton; White, Size L, Polyester."),
    ("special_categories", "Please change the kettle colour to black."),
    ("special_categories", "I'd like it in grey or black, whichever ships first."),
    ("health", "Do you still want the refund under these conditions?"),
    ("financial_hardship", "Upgrade is free with your Gold membership benefits. Membership benefits also cover bags."),
    ("special_categories", "Please send it to Via Roma 12, Milano."),
    ("special_categories", "My aunt needs help with English forms, can you email instead?"),
    ("health", "I want to complain about the rude treatment my husband got at your till."),
    ("bereavement", "We are a small firm of funeral directors and need four new phone lines."),
    ("bereavement", "The courier left us a card but the parcel wasn't there."),
    ("bereavement", "I lost them on the train, can you block both cards?"),
    ("children", "Our shop was born this year out of a hobby."),
    ("children", "La garantía es de 2 años, is that right for the dryer?"),
    ("violence_self_harm", "The gym threatened us with cancellation fees if we leave early."),
    # health, hardship, violence: the benign senses of the same families
    ("health", "Do you stock the heart rate straps for my watch?"),
    ("health", "There's a problem with the heart rate sensor after the update."),
    ("health", "We stayed at the Parkinson Hotel and the wifi was awful."),
    ("health", "Does your travel cover treat pre-existing medical conditions differently?"),
    ("health", "The hospital drama with the surgeons disappeared from my list."),
    ("financial_hardship", "This game is bankrupting me lol, why is the bundle dearer in the app?"),
    ("financial_hardship", "The deadline is tight, can you deliver by Friday?"),
    ("financial_hardship", "Our landlord is selling so we must leave the flat by June; please move the broadband."),
    ("financial_hardship", "I lost my client's files when the app crashed."),
    ("violence_self_harm", "Follow me on Instagram for more reviews!"),
    ("violence_self_harm", "The assistant followed me to the checkout to help."),
    ("violence_self_harm", "She cut herself on the broken glass in the box."),
    ("violence_self_harm", "The antivirus keeps getting threat alerts."),
    ("violence_self_harm", "The agent said he's going to find me a better deal."),
    ("violence_self_harm", "Can I get the true-crime docuseries in 4K?"),
    ("violence_self_harm", "The game kicked me off twice tonight, is the server down?"),
    ("violence_self_harm", "The hotel kicked us out of the room at 10 even though checkout was 11."),
    # legal, special_categories: titles, marketplace cases, product cautions, a legal firm as customer, salt, offers,
    # "lent", Mr and Mrs, labour charges, fingerprint unlock, app votes, credit unions
    ("legal", "The Spanish series 'El Abogado Rojo' stopped halfway through episode two."),
    ("legal", "I want to open a case against the seller because the lamp never came."),
    ("legal", "The app gives a caution about low battery whenever I open the camera."),
    ("legal", "A solicitor from a small practice asked for six business SIMs."),
    ("special_categories", "Do you stock kosher salt in the big tubs?"),
    ("special_categories", "The Ramadan offer code isn't working at checkout."),
    ("special_categories", "I lent my old phone to my cousin, can I still track it?"),
    ("special_categories", "Mr and Mrs Evans booked the twin room, please add breakfast."),
    ("special_categories", "Why is there a labour charge when the part was under warranty?"),
    ("special_categories", "Fingerprint unlock stopped working after the update."),
    ("special_categories", "The vote button on the feature board doesn't respond."),
    ("special_categories", "Can I use my credit union card to pay the bill?"),
    ("legal", "How many penalty points does the game give for a foul?"),
    # health, financial_hardship, violence_self_harm (inbox tuning): window blinds, heart-attack idiom, weeks away, devices
    # and projects that are bad or behind, a business one booked with, engineers' visits, surprises, spam callers
    ("health", "The roller blinds I ordered are the wrong colour."),
    ("health", "This price nearly gave me a heart attack, can you explain the charge?"),
    ("health", "I'll be 3 weeks in Spain so please pause the plan."),
    ("health", "My phone's been really bad since the update."),
    ("health", "I lost the use of my card when it expired."),
    ("health", "Do you sell fit-to-fly test kits?"),
    ("financial_hardship", "The project is two months behind schedule."),
    ("financial_hardship", "I have £500 in my account, why did the payment fail?"),
    ("financial_hardship", "The restaurant we booked went bust, can we get a refund for the voucher?"),
    ("financial_hardship", "I paid half now and the rest on delivery as agreed."),
    ("financial_hardship", "Please move the contract to my name, my brother is moving out."),
    ("financial_hardship", "The battery indicator is in the red already."),
    ("violence_self_harm", "The engineer said he'll come to my house on Tuesday."),
    ("violence_self_harm", "The courier was waiting outside my house but didn't ring."),
    ("violence_self_harm", "How do I share my private photos album with my family?"),
    ("violence_self_harm", "It's a surprise party for my wife, she must not know!"),
    ("violence_self_harm", "My landlord won't let me have a dog, so cancel the pet insurance."),
    ("violence_self_harm", "They call me from different numbers every day trying to sell solar panels."),
    ("violence_self_harm", "I've been calling for help for a week and nobody answers."),
    ("violence_self_harm", "This price hike is a menace."),
    ("financial_hardship", "Our company went into the new financial year with a surplus."),
    ("financial_hardship", "Our shop is going under the new name from Monday, please update the invoice."),
    ("violence_self_harm", "My wife checks my phone bill every month, can you send it by email?"),
    ("violence_self_harm", "She took my passport photo at the booth, can I use it for the app?"),
    ("health", "I'm blind to the logic of your pricing lol"),
    ("health", "My heart is really bad at remembering passwords lol"),
    ("financial_hardship", "I took a short term loan for the new car, can I add it to the insurance?"),
    ("violence_self_harm", "My mum called for help with her router and nobody answered."),
    # legal, special_categories (casebook, wt2): signature witnesses, logs, sports courts, sunsets, sales reps, legal jobs
    ("legal", "I need a witness to sign the form, can my neighbour do it?"),
    ("legal", "Can I get a record of all my calls for May?"),
    ("legal", "The tennis court ordered new nets from you last month."),
    ("legal", "I did 12 months on the old contract and want to leave now."),
    ("legal", "I've been out since 2019 with no signal, fix it"),
    ("legal", "my wife works as a solicitor and needs a new laptop"),
    ("legal", "I've just started as a paralegal and need smart trousers."),
    ("legal", "I manage the post room at a barristers' chambers, can we get a business tariff?"),
    ("special_categories", "Can you text me before sunset on Friday? Thanks"),
    ("special_categories", "I'd like to watch the sunset on Friday from the plane, which side is best?"),
    ("special_categories", "Our sales rep for the region is on leave, who do I talk to?"),
    ("special_categories", "Got tickets for Black Sabbath at the O2, the email never came."),
    ("legal", "I need a DBS check letter for my new job, can you confirm my address?"),
    # health, financial_hardship, violence_self_harm (casebook families): other senses of the same words
    ("health", "Does the premium card include medical cover when I travel abroad?"),
    ("health", "The app is having a complete breakdown, it logs me out every time."),
    ("health", "I had a breakdown on the M6 last night, can you send the invoice for the tow?"),
    ("health", "My eyes are bad at spotting the small print, where is the fee listed?"),
    ("health", "I'm six months into the contract now, can I leave early?"),
    ("financial_hardship", "We run an insolvency practice and need a second business card."),
    ("financial_hardship", "totally broke after the weekend sale haha, when does my order ship?"),
    ("financial_hardship", "Can we choose between the gas and electric tariff online?"),
    ("violence_self_harm", "The customer felt the reminder letter was threatening, explained it is routine."),
    ("violence_self_harm", "The concert I can't go on to is sold out anyway, please refund the ticket."),
    ("violence_self_harm", "Someone has posted my order to the old flat."),
    ("health", "It's been manic at work so I missed the payment date, sorry."),
    ("health", "Do you sell lithium batteries for the camera?"),
    ("health", "Our hoist at the warehouse needs a new socket."),
    ("financial_hardship", "Please confirm the payment will bounce back to my card."),
    ("financial_hardship", "I have no work email, please use my personal one."),
    ("financial_hardship", "The most I can do is Tuesday for the engineer visit."),
    # market round: apps called ill, jokes one is allergic to, health jobs and hospital workplaces, Doctor Who, a product's
    # trial, record checks that come back clear, PC and DS as products, firms of funeral directors, RIP said of things,
    # a named colleague who passed an exam
    ("health", "My cat is allergic to Mondays and so am I, anyway where's my parcel?"),
    ("health", "This game is on life support, no updates for a year."),
    ("health", "The website is terminally ill, pages take a minute to load."),
    ("health", "I signed up as a volunteer nurse for the marathon and my bib hasn't arrived."),
    ("health", "I do shifts at the hospital café and need to change my delivery slot."),
    ("health", "I'm after the Doctor Who scarf in the longer length."),
    ("health", "The hearing loop logo on the shop door is peeling off, can you send a new sticker?"),
    ("children", "My 13-year-old laptop finally gave up, do you recycle?"),
    ("children", "The boy band is around 10 minutes late on stage."),
    ("legal", "Can I end my Premium Plus trial early?"),
    ("legal", "Please cancel the trial before it renews next week."),
    ("legal", "My PC World order never arrived."),
    ("legal", "The DS Lite I sold was returned broken."),
    ("legal", "Proceed with caution for the fragile items please."),
    ("legal", "DBS check for our new cleaner came back clear, thank you for the fast turnaround."),
    ("bereavement", "Funeral Directors Hartley & Co asked for a quote on 200 prints."),
    ("bereavement", "RIP my phone screen, dropped it on the stairs."),
    ("bereavement", "RIP to my bank account after this order lol."),
    ("bereavement", "We lost him at the station, the courier left before I got down."),
    ("bereavement", "My colleague Sam passed the exam, can I send a gift card?"),
    # triage round (violence, hardship): other senses of the same words
    ("violence_self_harm", "I know where you are located, I'll drop it in tomorrow."),
    ("violence_self_harm", "My son got a knife set for his birthday and two are missing."),
    ("violence_self_harm", "He lunged at the ball and broke the window, is that covered?"),
    ("violence_self_harm", "I won't need it anymore, cancel the subscription please."),
    ("violence_self_harm", "That's it. I'm done with it, cancel my order."),
    ("violence_self_harm", "Can the router show which devices I'm using at home?"),
    ("violence_self_harm", "Please send a receipt for my donation to the refuge appeal."),
    ("violence_self_harm", "The neighbours are going to kill me if this alarm goes off again tonight."),
    ("violence_self_harm", "Please switch on the violence filter for the kids' tablets."),
    ("violence_self_harm", "Are suicide doors an option on the classic model?"),
    ("violence_self_harm", "I was kicked out of the team chat by mistake, can you add me back?"),
    ("violence_self_harm", "Your newsletters are harassing me, unsubscribe me now."),
    ("financial_hardship", "We went hungry for three hours because the order was late."),
    ("financial_hardship", "I don't have the parcel until next week apparently, where is it?"),
    ("financial_hardship", "Lost my work phone, can I get a new SIM?"),
    ("financial_hardship", "Can I choose between the fish and the vegetarian meals on the flight?"),
    ("financial_hardship", "My last £50 order never arrived."),
    ("financial_hardship", "Do you stock repossessed vans for small traders?"),
    ("financial_hardship", "My daughter is studying insolvency law, is there a student discount?"),
    ("financial_hardship", "The plan needs power redundancy, we can't afford any outages."),
    ("financial_hardship", "I volunteer at the food bank on Saturdays, can I change my delivery day?"),
    ("financial_hardship", "Thank you so much, I'm in your debt."),
    ("financial_hardship", "The lifeguard evicted us from the pool at six, please add that to the listing."),
    # triage round (special categories): officers of a place of worship, genetics as a subject, platform strikes, joke
    # religions, students' unions, "the union" after a credit union, things that only look like the new families
    ("special_categories", "I'm the bookkeeper for St Anne's parish church, the hall's water bill doubled."),
    ("special_categories", "Our genetics module textbook arrived with pages missing."),
    ("special_categories", "I'm revising for my bioinformatics exam and the library login fails."),
    ("special_categories", "Got a strike on my driver account for a late drop, please review it."),
    ("special_categories", "Honestly coffee is my religion, when will the grinder be back in stock?"),
    ("special_categories", "I'm the treasurer of the students' union and need a VAT receipt."),
    ("special_categories", "I bank with a credit union. Can you tell me if the union's sort code is accepted?"),
    ("special_categories", "Do you sell a leave-in for 4C hair in the larger bottle?"),
    ("special_categories", "Our iftar menu launches next week, can you update the listing photos?"),
    ("special_categories", "I had to run for the office door when the alarm went off."),
    ("special_categories", "I take pride in my reviews, why was this one hidden?"),
    ("special_categories", "Is the parcel not out to my address yet?"),
    # parcel and stream round (hardship, violence): game vocabulary, harassment filters, hyperbole, similes, weather,
    # a company's emails, debt-advice organisations, in-game money
    ("violence_self_harm", "He kept spawn killing me all evening, can you look at the respawn timer?"),
    ("violence_self_harm", "The raid boss keeps hitting me through the pillar, is that a bug?"),
    ("violence_self_harm", "My mate said he'd destroy me in the next match, can we get a private lobby?"),
    ("violence_self_harm", "I was muted for abuse of the ping system, that's not fair."),
    ("violence_self_harm", "Is there an anti-harassment setting for live chat on my channel?"),
    ("violence_self_harm", "Three texts a day from your sales team is bordering on harassment."),
    ("violence_self_harm", "These 6am delivery slots are killing me, is there anything later?"),
    ("violence_self_harm", "The radiator clanks like somebody hitting it with a spanner."),
    ("violence_self_harm", "A violent thunderstorm knocked out the signal at our cabin."),
    ("violence_self_harm", "The dryer rattles violently on the final spin."),
    ("financial_hardship", "I'm completely broke on gems after the event, was that intended?"),
    ("financial_hardship", "Our guild bank went bankrupt overnight after the server rollback."),
    ("financial_hardship", "The loan shark NPC won't give the quest reward."),
    ("financial_hardship", "I always end up in debt on day 5 of the farm sim, is the starting cash bugged?"),
    ("financial_hardship", "We're a small money advice charity and need more seats on the team plan."),
    ("financial_hardship", "I got out of the car to ring the bell but the driver left."),
    ("financial_hardship", "The plan went up so I'm £5 short of the free delivery threshold."),
    ("financial_hardship", "I'm going short on the index, can the app show my margin?"),
    # exclusions scoped to categories: still ordinary for the categories they were written for
    ("bereavement", "I don't want to wake up at 6 for the delivery, can it come after 10?"),
    ("special_categories", "The birthday party balloons arrived flat."),
    ("bereavement", "Can the tablet wake up from sleep on its own for the alarm?"),
    ("financial_hardship", "We offer the discount to people in financial difficulty, how do I set it up?"),
    ("violence_self_harm", "The dog chewed through the cable, can you send a new one?"),
    ("children", "The puzzle is for 6 year olds, is it back in stock?"),
    # parcel and stream round (children, bereavement, special categories): software processes, goats, dead things and game
    # deaths, boilerplate, pets, funeral firms, faith words in products, streets and surnames, churches as customers,
    # club elections, job candidates, feature votes, game campaigns, the month March, practising a skill, animal genetics,
    # straight stairs, wilted plants
    ("children", "The worker forks a child process per job and the children stay running after shutdown."),
    ("children", "We're bringing the kids, the goats I mean, in a separate trailer."),
    ("bereavement", "There's a dead mouse in the loft, can the pest team come?"),
    ("bereavement", "Three of the radiators upstairs are dead, a couple that are stone cold."),
    ("bereavement", "My character always dies when the boss does his jump attack."),
    ("bereavement", "You die the moment you leave cover, the hitboxes are broken."),
    ("bereavement", "If we're told of your death, the person you nominate can download your files."),
    ("bereavement", "The smart TV in the spare room is on life support, it takes ages to boot."),
    ("bereavement", "Our cat Biscuit died last week, please cancel her food order."),
    ("bereavement", "Please quote for cleaning our funeral home: a reception, a small chapel of rest and two offices."),
    ("special_categories", "Please don't swap the kosher salt for table salt next time."),
    ("special_categories", "My parcels keep going to Chapel Street instead of Chapel Mews."),
    ("special_categories", "The account is in the name of Daniel Gay, please check the spelling."),
    ("special_categories", "I'm the church administrator and we need three more seats for the rota."),
    ("special_categories", "Our guild officer election needs more than three options in the poll."),
    ("special_categories", "We've got 4 candidates for the warehouse supervisor job, can I share the forms?"),
    ("special_categories", "I host a show about the history of elections and need one episode blocked abroad."),
    ("special_categories", "Thanks, I've added your vote to the feature request."),
    ("special_categories", "The cloud sync wiped my 60-hour campaign save."),
    ("special_categories", "Our March invoice charged VAT twice."),
    ("special_categories", "We were practising free kicks in training mode when it crashed."),
    ("special_categories", "The breeding genetics for the dragons in the game look off."),
    ("special_categories", "The staircase is wide and straight, so the sofa should fit."),
    ("special_categories", "The basil arrived brown and wilted."),
    # harbor and ledger round (children, bereavement): versions called minor and major, thresholds said of things, gear
    # and seats sold with an age band, children's products, school years of adults, dying in jest, imitation coffins, trade
    # deliveries to a cemetery, RIP said of a thing, Indian English "expired" of a card, a wake-up call
    ("children", "Is 2.7 a minor release or a major one?"),
    ("children", "Bump the minor version before you tag it."),
    ("children", "The warranty is 18 in total months, so it ended in March."),
    ("children", "Booster seat (ages 4-12) is out of stock, when will it be back?"),
    ("children", "The screen looks about 12 inches, is that right?"),
    ("children", "My year 2 university modules have the wrong credits."),
    ("children", "Do you sell children's name labels for school jumpers?"),
    ("bereavement", "I'm literally dying at these delivery fees, is there a cheaper option?"),
    ("bereavement", "I'd die if the sofa got scratched, please wrap it well."),
    ("bereavement", "We need a van for a fake coffin and two lighting rigs for the film set."),
    ("bereavement", "We deliver to the cemetery gates every Monday with the gravel order."),
    ("bereavement", "RIP my old laptop, the new one arrives Tuesday."),
    ("bereavement", "Is the long-wheelbase van big enough for two granite headstones? We're the monumental masons on Hill Lane."),
    ("bereavement", "My debit card expired last month, please update the payment."),
    ("children", "I turned 18 in March, so please move me to the adult tariff."),
    ("children", "I'm in class 3 of the pottery course and the booking vanished."),
    ("children", "Do you sell a Year 3 trip planner template for tutors?"),
    ("bereavement", "Date: 12/03 | Time: 14:00 | Vehicle: small van"),
    ("bereavement", "My landlord is dead keen to get the boiler replaced before winter."),
    ("children", "Honestly he seems like 1 in a million, your driver."),
    ("bereavement", "My son's burial ground in the block game got griefed by another player."),
    ("bereavement", "Please book a wake-up call for 6 am in room 14."),
    # parcel and stream round (health, legal): pets' operations and moods, condition charities, a thing giving a headache,
    # hospital corners, a fault diagnosed, a practice's rooms and staff, planning conditions, "ill" for "I'll", recovery codes,
    # deliveries to hospitals and health workplaces; streets and blocks named Court, a lawyer's bookcase, work in a custody
    # suite, jocular sentences, product trials, conveyancing, a law firm's staff, games, a relative's legal job
    ("health", "My elderly spaniel is recovering well after his cruciate surgery, can I pause the walker bookings?"),
    ("health", "Our nervous rescue cat hides from the robot hoover, is there a quiet mode?"),
    ("health", "We sell the bundle to raise money for a dementia charity, can the receipt show that?"),
    ("health", "This login loop is giving me a headache, it sends me back to the start every time."),
    ("health", "Please fold the sheets with hospital corners, the guests notice."),
    ("health", "The mechanic wants to diagnose the gearbox first before he quotes."),
    ("health", "Cleaning schedule: reception, 4 surgeries and the staff room, every weekday evening."),
    ("health", "At our dental practice the hygienists are usually still seeing patients until six."),
    ("health", "The council will forward their conditions for the listed building before you start."),
    ("health", "ill ring you when I'm outside the gate"),
    ("health", "I never received the recovery code for my account."),
    ("health", "We courier lab supplies to hospitals and clinics across the county."),
    ("health", "I work as a porter at the Royal, so send it to the Orthopaedic Ward, it's my workplace."),
    ("health", "My neighbour, who's a district nurse, said she'd take the parcel in."),
    ("health", "Reception signs for parcels and phones the ward to come down for them."),
    ("legal", "Can the van park outside 3 Court Road on Saturday morning?"),
    ("legal", "Please deliver to Flat 4, Mulberry Court, the entrance is at the back."),
    ("legal", "We're also moving an antique lawyer's bookcase, it needs blankets."),
    ("legal", "Job sheet: replaced the heater in the custody suite corridor, signed out by the duty sergeant."),
    ("legal", "Your courier was brilliant, I'd sentence him to a lifetime supply of biscuits."),
    ("legal", "Can I sign up for the trial of the new recycling bins on our street?"),
    ("legal", "Our conveyancing solicitor expects exchange next week, can we pencil in the 20th for the removal?"),
    ("legal", "The buyer's solicitor keeps moving the completion date, can we change the booking again?"),
    ("legal", "We're a small practice of 6 solicitors and 3 paralegals looking at your team plan."),
    ("legal", "The prison break mission won't load past the second checkpoint."),
    ("legal", "In the heist quest the sheriff never spawns at the bank."),
    ("legal", "Cops and robbers night at the rugby club, do you have the costume in adult sizes?"),
    ("legal", "My sister is a solicitor and she read the contract for me, it looks fine."),
    # harbor and ledger round: the same words in ordinary senses
    ("health", "I put the spare phone back in a sling bag, is that fine for the courier?"),
    ("health", "The MS Teams lag got worse after the update."),
    ("health", "The tent collapsed in the wind on the first night, can I return it?"),
    ("health", "He collapsed the sidebar menu by accident and can't get it back."),
    ("health", "Do you have a nebuliser in stock for next-day delivery?"),
    ("health", "Her brother is a nurse and will sign for the parcel."),
    ("health", "My colleague's a paramedic and needs a receipt for the training course."),
    ("health", "I'm doing night shifts at the hospital this month, so deliver after 4pm."),
    ("health", "Please move the surgery's broadband to the new business tariff."),
    ("health", "We run a medical supplies business and need a van with a tail lift."),
    ("health", "The pharmacy's new pill-counting machine arrived with a cracked tray."),
    ("health", "Where can I download the fare breakdown for last week?"),
    ("health", "We need 500 leaflets for our dental practice's launch, can you print them by Friday?"),
    ("financial_hardship", "I got the sack truck delivered with a bent handle."),
    ("financial_hardship", "We're an HR consultancy and need a template for retrenchment letters."),
    ("financial_hardship", "We had to let our team go home early because of the snow."),
    ("financial_hardship", "Our repo has a new branch, can you check the build?"),
    ("financial_hardship", "The fridge is empty because we just moved in, can the delivery come earlier?"),
    ("financial_hardship", "I can't make payroll run on the new version, it errors."),
    ("financial_hardship", "She fired me a text about the meeting, did the invite go out?"),
    ("financial_hardship", "I'm on social media most evenings, can I mute the app's alerts?"),
    ("financial_hardship", "The agent dismissed my complaint without reading it."),
    ("financial_hardship", "My direct debit bounced because the bank changed the sort code."),
    ("violence_self_harm", "The driver pulled a face at me when I asked for the receipt."),
    ("violence_self_harm", "They are gonna kick you out of the queue if the payment fails."),
    ("violence_self_harm", "The lads will smash it up front on Saturday, can I still get tickets?"),
    ("violence_self_harm", "The driver knows my building, he's delivered here before."),
    ("violence_self_harm", "I've made my mind up, I'll take the blue one."),
    ("violence_self_harm", "I won't be around on Saturday anyway, so Monday is fine."),
    ("violence_self_harm", "The router is in a bad place, the signal is weak upstairs."),
    ("violence_self_harm", "My son kicked the ball through the window, do you sell glass?"),
    ("violence_self_harm", "Are my tablets ready to collect, or were they saved for Monday?"),
    # harbor and ledger round (legal, special categories): the same words in ordinary senses
    ("legal", "We'll be up at the food court at the mall around noon if the courier can meet us."),
    ("legal", "I'm halfway through a courtroom drama on your app and it freezes every time the jury comes back."),
    ("legal", "Trainee solicitor here, moving in on the 3rd and need the broadband live."),
    ("legal", "Hi, newly qualified barrister looking for a quiet desk in your coworking space."),
    ("legal", "Our firm letterhead should read 'Barristers & Solicitors' under the logo."),
    ("legal", "In our board game, players are rival lawyers racing to win clients."),
    ("legal", "Do I need a lawyer to register a trademark for my bakery name?"),
    ("legal", "The cop at the junction just waved us through, the roadworks were chaos."),
    ("legal", "Our PO number is on the invoice, and my PO needs to be approved by finance."),
    ("legal", "We're visiting the Old Town Gaol museum on Saturday, do you sell group tickets?"),
    ("legal", "Our design brief says the logo has to be blue."),
    ("legal", "My software licence got renewed but the key isn't working."),
    ("special_categories", "Do I need to file the S-corp election again this year?"),
    ("special_categories", "We found a race condition when two users save at once."),
    ("special_categories", "I'm doing a 10k race on Sunday, can the parcel go to my neighbour?"),
    ("special_categories", "Saw the roadmap, how many votes do I get each month?"),
    ("special_categories", "We're launching a Kickstarter campaign for our new card game next week."),
    ("special_categories", "Are your branches open on Eid and on Christmas Day?"),
    ("legal", "The judge on the baking show gave us a ten out of ten."),
    ("special_categories", "We run a toy shop on the high street, can you send the rest before the weekend?"),
    ("legal", "We'll meet you in front of the courthouse steps for the walking tour."),
    ("special_categories", "Do you stock coloured pencils in a tin of 48?"),
    ("special_categories", "The second floor has the society rooms and a prayer room, all need a weekly clean."),
    ("special_categories", "Hi, I'm Megan from the bookings team, your husband called about the room."),
    ("special_categories", "Hi this is Tom, my wife wants to move to the cheaper tariff."),
    ("special_categories", "Can my girlfriend and I share the gym membership? Thanks, Emma"),
    ("special_categories", "The Unite Students flat I'm moving into needs broadband from the 1st."),
    ("special_categories", "We stock menorahs and prayer beads in the gift shop, can you update the listing?"),
    # having no children, and children of no stated age
    ("children", "We have no children so the family plan is pointless."),
    ("children", "We've got no kids, just the two of us."),
    ("children", "It's not for my kids, it's for me."),
    # tune-a round: the noun "pass", contract terms, a form's health field, software "orphaned", "sick" as praise,
    # a product's colour, a driving test's minors, votes for favourites, a polling station as a landmark, an app
    # asked about biometrics, a holiday closure, an adult child's age
    ("bereavement", "Can I get three day passes for the expo in May?"),
    ("health", "Where can I read the terms and conditions for the offer?"),
    ("health", "The app freezes on the 'health issues' page of the sign-up form."),
    ("bereavement", "After the migration the old tickets are all orphaned and the report fails."),
    ("health", "got a sick combo on the first try, the new level is great"),
    ("special_categories", "I ordered the navy one and received white, can I swap it?"),
    ("special_categories", "Could you print gold lettering on black for the banner?"),
    ("children", "Passed my driving test today with only three minors!"),
    ("special_categories", "Please stop the emails asking me to vote for the best costume."),
    ("special_categories", "Our shop is opposite the polling station, will the car park be closed?"),
    ("special_categories", "Does your site use facial recognition for the ID check?"),
    ("special_categories", "Please deliver before the Eid holidays, our warehouse closes for a week."),
    ("children", "My son Oskar Lind is 31 and manages the account now."),
    ("bereavement", "My dad's wake-up alarm on the app keeps failing."),
    ("health", "Do any of your coaches work with anxious beginner swimmers?"),
    ("children", "Can my cat join the video call? she's 7 and loves the camera."),
    ("children", "If we ever have a baby we'll switch to the family bundle, for now just the two of us."),
    # the organisation the writer speaks for, or the writer's own job
    ("special_categories", "We're an Anglican primary school and need 80 hoodies in navy."),
    ("special_categories", "We're a faith-based housing charity recruiting a finance officer."),
    ("special_categories", "I lecture politics at a sixth-form college, is there an academic rate?"),
    ("bereavement", "We're a crematorium group hiring three funeral arrangers in Leeds."),
    ("health", "I'm with the estates department of a county hospital, can we get a quote for lockers?"),
    ("financial_hardship", "We're a debt collection agency advertising Credit Control vacancies this month."),
    ("financial_hardship", "I'm a bankruptcy trustee and need the invoice made out to the practice."),
    ("legal", "We're the neighbourhood policing team for Eastfield ward and want to hire the hall."),
    # landmarks, toys, costumes, colours, campaigns, a company's mail, a knife on a thing, the month March, job perks, jokes
    ("legal", "I'm a paralegal and I'm at the tribunal most weeks, so evening slots please."),
    ("legal", "Do you have a meeting room opposite the Crown courts?"),
    ("legal", "Is the Playmobil police van back in stock?"),
    ("legal", "I need a prison guard costume for a party on Friday."),
    ("legal", "Will the cop-car-blue phone case come back?"),
    ("legal", "Firefighter here, do you do a discount for emergency services?"),
    ("legal", "I could take you to small claims over this 🙄 (I won't), just fix it."),
    ("violence_self_harm", "Can we book the boardroom for anti-harassment training on Monday?"),
    ("violence_self_harm", "I feel hounded by your promo texts, please unsubscribe me."),
    ("violence_self_harm", "I cut the plastic strap with a knife and the handle snapped."),
    ("special_categories", "Can I pause my March subscription? I'm away from 3 March."),
    ("financial_hardship", "Where is the employee benefits portal link?"),
    ("financial_hardship", "Can you update my workplace pension contribution to 5%?"),
    # debt work as a job, orders that protect goods, a better plan said with "here"
    ("financial_hardship", "The recovery agent towed my car to the garage, can you add it to the claim?"),
    ("legal", "Does the phone come with screen protection or is that extra?"),
    ("violence_self_harm", "It would be better if I was here for the delivery, can you change the day?"),
    # tune-b round 2: ending it today of a contract, being around of availability, frustration alone, a trip's pills,
    # hiding from the weather, watching a stream, a donation to a charity, a salary not yet in, hours of footage, a house
    # move by a solicitor, the sense of hearing
    ("violence_self_harm", "I want to end it today so the next renewal isn't charged."),
    ("violence_self_harm", "I don't think I'll be around much longer this afternoon, can you call before 3?"),
    ("violence_self_harm", "I can't do this anymore, the checkout keeps timing out!"),
    ("violence_self_harm", "I'm saving up my tablets in the travel case for the trip."),
    ("violence_self_harm", "We were hiding from the rain under the stand when the match was called off."),
    ("violence_self_harm", "Love the channel, I'm watching you on the stream every Sunday."),
    ("violence_self_harm", "I'd like to set up a monthly gift to Women's Aid from my card."),
    ("financial_hardship", "My salary hasn't come in yet, I'll pay the balance on Friday."),
    ("financial_hardship", "We lost all our hours of recordings in the update, can you restore them?"),
    ("legal", "Our solicitor says the move is on the 28th, please deliver after that."),
    ("legal", "We're meeting outside the Crown Court cafe before my hearing test."),
    # tune-a round 2: a school's own bulk order for a school year, an adult's class at a gym, an adult's birthday wish, a
    # pharmacy or supplier selling a medicine class, a coffee drip, a supplier to a ward, a monitor on sale
    ("children", "Please invoice Maple Primary for the Year 6 leavers' hoodies, 60 in total."),
    ("children", "Sarah in Class 3 at the gym was a brilliant instructor."),
    ("children", "Card message: 'Happy 40th birthday Gareth, from the team'"),
    ("health", "Our pharmacy would like to order warfarin and statins in bulk for the care homes we supply."),
    ("health", "The coffee machine is stuck on the drip setting."),
    ("health", "Do you sell glucose meters to pharmacies at trade prices?"),
    ("health", "We sell gowns to the oncology unit at trade prices."),
    ("bereavement", "Please quote a mass mailing for the service launch in May."),
    ("special_categories", "How do I delete the voice memo data from my old phone?"),
    ("special_categories", "Please deliver the chairs to the Union Street meeting hall."),
    # tune-a2: a pet's illness, medicine or operation, the pet named by a pet noun, a name the text gives it, a pronoun or a vet
    ("health", "Our spaniel Poppy was diagnosed with epilepsy in March; does the policy cover her medication?"),
    ("health", "Toffee had her spay operation on Tuesday and the vet says no walks for ten days."),
    ("health", "Our cat Marmalade is on steroids for his asthma. Will the plan pay for the repeat prescriptions?"),
    ("health", "Can the sitter give Pickles, our old rabbit, his pain medicine at 6pm? He gets it in a bit of banana."),
    ("health", "the vet put Dexter on antibiotics for his ear infection, can we skip the swim this week"),
    ("health", "Do you offer pet cremation through the practice, and what does the clinic charge for a large dog?"),
    ("bereavement", "Our greyhound Bramble died on Sunday, please cancel her walks."),
    # a practice named after its place; a death that did not happen
    ("health", "Please send the order to the Riverside surgery, attention of the practice manager."),
    ("health", "I'm sick to death of the login page timing out."),
    ("bereavement", "Customer said he almost died when he saw the new price, offered a loyalty discount."),
    # a practice's counted rooms, a hospital as landmark or payer, medicines handled as goods, medicine as a field
    ("health", "We're a dental practice with four treatment rooms and need a weekly clean."),
    ("health", "Please collect me from the hospital main entrance at 7, I finish my shift then."),
    ("health", "Can you invoice the hospital directly for the staff training course?"),
    ("health", "The pharmacy staff bag the prescriptions at the counter, so pickups take ages."),
    ("health", "I'm a medical writer looking for a proofreader for a journal article."),
    ("health", "My nephew is applying to study medicine next year and wants a chemistry tutor."),
    # tune-b2: hyperbole, apologies for chasing, idioms of suicide, costumes, hired or befriended legal professionals,
    # process questions, numbered officers, named companies and topics of study; look-alikes of the new violence families
    ("violence_self_harm", "I'll strangle whoever moved the save button, it took me ages to find."),
    ("violence_self_harm", 'Apologies for pestering you again, any news on the refund?'),
    ("violence_self_harm", 'Driving up the pass tonight would be suicide, can we move the booking to Friday?'),
    ("violence_self_harm", 'He put his hands on the table and signed the delivery note.'),
    ("violence_self_harm", 'The nature reserve is a refuge for migrating birds, can I book the guided walk?'),
    ("violence_self_harm", 'Our courier knows where the building is, no need to call.'),
    ("violence_self_harm", 'The dog will spit out the tablet, any tips for hiding it?'),
    ("legal", 'Sue you? No, I just want the right size sent.'),
    ("legal", 'For the party we all went as detectives, can I order the hats?'),
    ("legal", 'Hiring a remote paralegal to tidy up our filing system, can I post the job here?'),
    ("legal", 'My solicitor friend says the form needs a witness signature, where do I sign?'),
    ("legal", 'Do we report it to the police or to your team if a rider loses a bag?'),
    ("legal", "We'd like to train around 50 officers from the council's planning team."),
    ("legal", 'The caution on the label says keep away from heat, is that normal?'),
    ("financial_hardship", "I'm writing an essay on the Enron bankruptcy for my tutor, can she see the draft?"),
    ("financial_hardship", 'Can you recommend a course on eviction law for new landlords?'),
    ("financial_hardship", 'We are a money advice service and want to list our workshops.'),
    ("financial_hardship", 'The handle snapped in two on the first day, please replace it.'),
    ("financial_hardship", 'They let me go ahead of the queue at the till, great service.'),
    ("financial_hardship", 'My hours went down to 30 a week so I want the evening class instead.'),
    # tune-b3: marketing calls that harass, an enforcement agent or a collector by trade, a bad debt in the books, an
    # employer's redundancy tools, bankruptcy waved off, legal words in scare quotes or as figures of speech, a business's
    # lawyers on contracts, work at the courts, a contest judge, former police, "find me a ..."
    ("violence_self_harm", 'Please stop harassing me with calls about the broadband upgrade.'),
    ("violence_self_harm", 'You keep pestering me with texts about renewing, I said no.'),
    ("violence_self_harm", 'Can you find me a quieter room for the retreat?'),
    ("violence_self_harm", "I know where your shop is, I'll pop in on Saturday."),
    ("financial_hardship", "I work as a debt recovery agent and need a phone with a long battery."),
    ("financial_hardship", 'How do I claim bad debt relief on the VAT return for an unpaid invoice?'),
    ("financial_hardship", 'Does the redundancy calculator include notice pay? We are only updating the policy.'),
    ("financial_hardship", 'Broke? No. Annoyed? Yes, you charged me twice.'),
    ("financial_hardship", 'This tool saved us from going broke on agency fees.'),
    ("legal", "The error message says I've been 'arrested' for too many retries, funny copy."),
    ("legal", 'I sentenced my whole team to the early shift by mistake, can I undo the bulk edit?'),
    ("legal", 'Our in-house counsel needs the data processing addendum before we sign.'),
    ("legal", 'Our legal team has asked for the latest DPA and the sub-processors list.'),
    ("legal", 'We supply court reporters and need to share the court calendar with them.'),
    ("legal", 'Can you show me the legal hold feature in the archive?'),
    ("legal", 'Half our door staff are ex-police, is there a licence field in the HR app?'),
    ("legal", 'Who is the judge for the baking contest this year?'),
    ("legal", "It's a fair cop, I forgot to renew. Can you reinstate it?"),
    # tune-a3 round (children, special categories)
    ("children", "He's in year 2 of his degree and needs a student discount."),
    ("children", "They are in year 3 of the contract, can we renew early?"),
    ("children", "Which table is ours? Mine is 12 and the booking says 14."),
    ("children", "This update is a minor fix (version 2), nothing to worry about."),
    ("children", "The new employee is 15 minutes late every morning, can the rota flag it?"),
    ("special_categories", "The jumper says 100% British wool and 20% Irish linen lining."),
    ("special_categories", "We run a bakery, the seder plates in our shop window are for sale."),
    ("special_categories", "Please add my husband as a contact. Thanks, Sarah Jones"),
    # tune-c1 round (children, special categories)
    ("children", "Engraved tag for our kitten please, he's 10 weeks old and called Pip."),
    ("children", "my baby girl needs new brake pads, she's a 2009 hatchback (the car, not a kid lol)"),
    ("children", "Hypothetically, if a 15-year-old applied, would they need a parent to sign?"),
    ("children", "Our kids' range of rain boots needs new barcodes."),
    ("children", "The checkout is so confusing it's like a toddler designed it."),
    ("children", "Typo on the receipt. Minor, but please fix it."),
    ("children", "The kids section of the app crashes on launch."),
    ("special_categories", "Does the app sell genetic data to advertisers? Asking before I sign up."),
    ("special_categories", "She's always early, it's in her genes."),
    ("special_categories", "The church hall is used as a polling station on Thursday, will the alarm code change?"),
    ("special_categories", "We'd like 200 Eid gift boxes for our staff."),
    ("special_categories", "I've lost faith in your courier, three parcels late."),
    ("special_categories", "We're transitioning the account to paperless billing from May."),
    ("special_categories", "Please switch the keyboard to Greek for this user."),
    ("special_categories", "Our prices don't depend on religion, race or other protected characteristics."),
    # tune-c2 round (health, bereavement): a salon or a surveyor appointment, a care agency's carers, insurance wording, a
    # form field answered none, an electoral ward; a game's deaths and tombstones, a poker hand, a dead login, the late king of
    # a game's lore, a novel's plot, a holder's death in terms and conditions, slang
    ("health", "Rebooking my appointment for a trim on Saturday please."),
    ("health", "Can the carer arrive at nine on Tuesdays instead of eight?"),
    ("health", "Are your carers DBS checked? We're comparing agencies."),
    ("health", "Do I need to declare pre-existing medical conditions for a ski trip?"),
    ("health", "Medical conditions: none. Allergies: none. Please confirm the booking."),
    ("health", "Our office moved to Ward 7 of the business park, please update the address."),
    ("bereavement", "I died 12 times to the boss on the last level, is the difficulty bugged?"),
    ("bereavement", "My death counter overlay stopped updating after the patch."),
    ("bereavement", "Your tombstone stays at the spot where you fell for ten minutes."),
    ("bereavement", "Got a dead man's hand on the final table, can I clip it?"),
    ("bereavement", "my login's dead again, can you reset it?"),
    ("bereavement", "The quest names the late Queen Mirelle of the northern kingdom."),
    ("bereavement", "I'm writing a story where the hero inherits a farm after a death in the family."),
    ("bereavement", "What happens to my subscription if the account holder dies?"),
    ("bereavement", "In the event of the policyholder's death the benefit is paid to the estate."),
    ("bereavement", "That video had me deceased 😂"),
    # tune-c3 round (violence_self_harm): food and chores that 'murder' or 'kill' someone, zero-tolerance notices, policies and
    # essays on threats, hypothetical attacks on anyone, nagging and app notifications, stage make-up, refuges run by a
    # charity, a filter's verdict, game ratings, patois hyperbole
    ("violence_self_harm", "I could murder a pint after the day I've had, is the bar open?"),
    ("violence_self_harm", "This spreadsheet is murdering me, where's the export button?"),
    ("violence_self_harm", 'the printer jammed three times, killing me lol'),
    ("violence_self_harm", 'Notice: we have zero tolerance for aggressive or abusive behaviour towards our drivers.'),
    ("violence_self_harm", 'Where can I read your guidelines on harassment and hate speech?'),
    ("violence_self_harm", "I'm writing an essay about threats and abuse on gaming platforms."),
    ("violence_self_harm", 'If a driver is assaulted on a route, who fills in the incident form?'),
    ("violence_self_harm", 'My sister keeps harassing me to try the meal kits, is there a discount code?'),
    ("violence_self_harm", 'The shop app harasses us with reminders every hour.'),
    ("violence_self_harm", 'Do you sell fake bruise and scar make-up for Halloween?'),
    ("violence_self_harm", "We operate two women's refuges and need leaflets printed."),
    ("violence_self_harm", "The automod flagged my comment 'I'll kill for that cake' as a threat."),
    ("violence_self_harm", 'Is there a setting to hide fantasy violence in my games library?'),
    ("violence_self_harm", 'Dis game a kill mi wid di lag, fix it!'),
    # tune-c4 round (financial_hardship, legal)
    ("financial_hardship", "Trade: pawnbroker. Please quote for stock cover."),
    ("financial_hardship", "The computer bankrupts me every single game, is the AI too hard?"),
    ("financial_hardship", "I got evicted from my clan for being inactive, can I get my items back?"),
    ("financial_hardship", "Our podcast is called Eviction Notice and the name is taken."),
    ("financial_hardship", "How much is redundancy cover on the loan protection plan?"),
    ("financial_hardship", "Do you offer payment holidays on the car policy? Just asking."),
    ("financial_hardship", "Can we set up a hardship rate for club members on the booking page?"),
    ("financial_hardship", "The spam post says wipe all your debt in a week, please take it down."),
    ("financial_hardship", "The queue was so long I could have gone bankrupt waiting."),
    ("legal", "Company: Green & Hale (solicitors). We need 40 user seats."),
    ("legal", "A police report number would be required only for theft, right?"),
    ("legal", "The hold music felt like a prison sentence."),
    ("legal", "I'll sue you for making this game so addictive lol"),
    ("legal", "The Sheriff boss on level 4 keeps glitching."),
    ("legal", "I read in the news about a lawsuit against a rival airline, are you affected?"),
    ("legal", "My mates bailed on the trip so I need two fewer tickets."),
    ("legal", "I'd say in any court that this is the best pizza in town."),
    ("legal", "My sister is a tax lawyer and she has questions about the invoice."),
    ("legal", "Would you ever share my location with the police? Just reading the policy."),
    ("legal", "Can I extend the 14-day trial of the planner?"),
    ("legal", "Do you offer a notary service for the lease copy?"),
    ("legal", "Great venue, we'll take that verdict and book again!"),
    ("legal", "If a guest slipped and sued us, would the policy pay?"),
    ("legal", "The judge in the novel gets poisoned in chapter two, loved it."),
    ("legal", "fyi the 'Pay a court fine' link on your site is broken"),
    ("children", "my baby is my new e-bike, does the insurance cover theft?"),
    ("children", "My baby needs a clean (the laptop, not a human) can I book a service?"),
    ("children", "Prints of my baby, a 1972 Beetle, in A3 please."),
    ("children", "We keep goats and the kids arrive next week, please hold the feed order."),
    ("children", "us kids are splitting the cost of Dad's 70th, can we pay separately?"),
    ("children", "The kid in me loves this advent calendar!"),
    ("children", "Honestly the menu looks like it was designed by a 6 year old."),
    ("children", "Children under 12 travelling with an adult go free on weekends, right?"),
    ("children", "My brother (32) is the second driver on the policy."),
    ("children", "my two are 21 and 24 and still on the family plan"),
    ("children", "The price is still 15 until the sale ends?"),
    ("children", "I'm in Mr Ahmed's pottery class on Tuesdays, can I move the delivery?"),
    ("children", "Our crawler started crawling the site every hour and the bill went up."),
    ("children", "Is the PSLE revision book back in stock?"),
    ("children", "Can you add the Kids Zone channel pack to my TV plan?"),
    ("children", "My drawing was taken down for 'minors' but everyone in it is a grown-up."),
    # near-misses of the rules above: an event at a march said of nobody's phone, a guest preacher in a film, a lent
    # item, a language pair, a brand's DNA, an ad for a DNA kit, what a firm stores, a halal business, a venue's packages,
    # a list of weddings, a costume, a profile field, a thread about an election, a historical protest, a church as the
    # customer, a shop's holiday messages, a company's Pride stall, coffee, labour costs, straight past, backgrounds
    ("special_categories", "The engineer came out to my flat twice and the boiler still doesn't work."),
    ("special_categories", "I lent my charger to a colleague and he broke it."),
    ("special_categories", "Can you translate the manual from English to Polish?"),
    ("special_categories", "Honestly the design DNA of the new range is lovely."),
    ("special_categories", "I clicked an ad for a DNA test kit and now I get spam."),
    ("special_categories", "Do you store fingerprints if I turn on the quick login?"),
    ("special_categories", "Is facial recognition used on the shop cameras?"),
    ("special_categories", "We run a kosher bakery and want to list our bread on your marketplace."),
    ("special_categories", "Do you have halal certification for the chicken range?"),
    ("special_categories", "Please send your christening package prices, I'm a party planner."),
    ("special_categories", "I photograph church weddings and garden parties, can I advertise?"),
    ("special_categories", "For the fancy dress night I went as a monk, where are the photos?"),
    ("special_categories", "Will you add a religious views filter to the search?"),
    ("special_categories", "A thread about the general election was flagged as spam."),
    ("special_categories", "I shared a 1963 march photo for my history class and it was removed."),
    ("special_categories", "We're St Peter's Church and need a quote for the hall broadband."),
    ("special_categories", "Can you book the church hall for the quiz night?"),
    ("special_categories", "We'd like to send an Eid opening hours text to our customers."),
    ("special_categories", "Cust ordered banners for her company's Pride stall."),
    ("special_categories", "Two flat whites were missing from my order."),
    ("special_categories", "My labour costs are too high this month, can the rota warn me?"),
    ("special_categories", "The link takes you straight past the checkout page."),
    ("special_categories", "Product shots on a white background, 20 items please."),
    ("special_categories", "Our gym teaches krav maga, can we advertise classes?"),
    ("special_categories", "Our Christmas party meeting is on the 3rd, can I book the room?"),
    ("special_categories", "Hi, this is Father Christmas, the grotto booking needs moving to Saturday."),
    # a health place the writer works at or runs, or a word that only describes another noun
    ("health", "I'm a porter at the hospital and work nights, can the engineer come in the morning?"),
    ("health", "We run a small physio clinic and need three more seats on the booking software."),
    ("health", "We need a quote for twelve folding chairs for the hospital staff social club."),
    ("health", "Our booking page says the clinic website is down, can you check the DNS?"),
    ("health", "A bit of retail therapy went wrong, can I return all four jackets together?"),
    ("health", "Do you stock Ozempic cool bags in the larger size?"),
    # end-of-life places as a workplace or a business; a death asked about as a rule
    ("bereavement", "I'm a nurse at a hospice and want to order lunch for the team."),
    ("health", "I'm a security guard at the clinic and need a night bus pass."),
    ("bereavement", "We're a probate firm and need four conference passes."),
    ("bereavement", "What happens to the number after the account holder dies? I'm writing my will."),
    ("bereavement", "Question: what happens to a loan if the borrower dies before repaying it?"),
    ("bereavement", "The router's dead again, no lights at all."),
    ("bereavement", "Handset battery completely dead after six months, is it under warranty?"),
    # near-misses of the new violence patterns
    ("violence_self_harm", "We absolutely smashed them 5-0 on Saturday, the keeper had no chance."),
    ("violence_self_harm", "The striker whacked the ball over the bar, great match."),
    ("violence_self_harm", "I don't see the point of staying on this plan, please cancel it."),
    ("violence_self_harm", "The app will send my photos to the cloud if I turn sync on, can I stop that?"),
    ("financial_hardship", "I can't see any arrears on my account, is the letter wrong?"),
    ("financial_hardship", "The game ended when I went bankrupt in Monopoly, ha."),
    ("financial_hardship", "Your new update is bankrupt of good ideas."),
    ("financial_hardship", "I'm broke lol, too many pastries this week."),
    ("financial_hardship", "We're raising money for the local food bank, can you match it?"),
    ("financial_hardship", "Can our logo go on the food bank gala tickets?"),
    ("financial_hardship", "The proxy seems to evict entries every hour, can that be tuned?"),
    ("financial_hardship", "Why does my statement show 'arrears 0.00' every month?"),
    ("financial_hardship", "The debt recovery agency I work at needs 30 new headsets."),
    ("financial_hardship", "I do the IT for a small debt collection agency, can we get a quote?"),
    ("financial_hardship", "I got a 'debt collection' text that looks fake, is it you?"),
    ("financial_hardship", "Is the app able to stop sending money alerts at night?"),
    ("financial_hardship", "The spare savings account tab is gone from the app."),
    ("legal", "My tablet has been in jail since the update, stuck on the logo."),
    ("legal", "Do you do divorce party platters?"),
    ("legal", "Sentenced to a lifetime of wanting your brownies. Guilty as charged!"),
    ("legal", "Is the torch really police-grade?"),
    ("legal", "Where's the chain of custody form for returning my laptop?"),
    ("legal", "Our lawyers say the consent box should be optional."),
    ("legal", "Did you remove the arbitration clause from the terms?"),
    ("legal", "I'm booking on behalf of my client, who needs a quiet room."),
    # round 2026.11.16, t3
    ("health", "Is the propranolol discount code still running at your pharmacy?"),
    ("health", "Do the colostomy bag covers come in a pack of three?"),
    ("health", "Your hypertension awareness poster has a typo in the last line."),
    ("health", "There was a pregnant pause before the agent answered, but all good now."),
    ("health", "My poor laptop had a heart attack when I opened your spreadsheet."),
    ("bereavement", "Hi, Ward & Son Funeral Home here, can we order ten black umbrellas?"),
    ("bereavement", "The track has a dead man's curve, so the ride felt scary."),
    ("bereavement", "What font do you use on the in loving memory range of cards?"),
    ("violence_self_harm", "Please stop harassing me with discount emails every single day."),
    ("violence_self_harm", "I stalk your sale page every Friday, when is the next one?"),
    ("violence_self_harm", "Will the winter range be around much longer or is it being discontinued?"),
    ("violence_self_harm", "Can you sell me a hammer and a claw bar for the shed?"),
    ("violence_self_harm", "The car roof looks like somebody went at it with a hammer after the hail."),
    # round 2026.11.16, t2
    ("special_categories", "Is there an electric hookup on the riverside pitches?"),
    ("special_categories", "Our end-of-year party was a lovely affair, thanks to your caterers."),
    ("special_categories", "Can I speak to someone else about the refund, please?"),
    ("special_categories", "Does the parental filter block adult content sites?"),
    ("special_categories", "Is there a mosque near the hotel? A friend asked me."),
    ("special_categories", "Which straight forecast pays out if the favourite falls?"),
    ("special_categories", "I voted for the blue colourway in your Facebook poll, when is it out?"),
    ("special_categories", "Are these jackets trans-seasonal or just for winter?"),
    ("special_categories", "My husband has very catholic tastes in music, any playlist ideas?"),
    ("special_categories", "Do the buses run late on election day?"),
    ("special_categories", "Can the card print scripts like Arabic or Hindi?"),
    ("special_categories", "Please add both English and Polish captions to the photo book."),
    ("special_categories", "Two men carried the sofa up, but one of the legs is scratched."),
    # round 2026.11.16, t1
    ("children", "Could a 3 year old laptop still run the new version of the app?"),
    ("children", "I have a minor complaint about the font size on the receipts."),
    ("children", "Two minor scratches on the lid, not worth a return."),
    ("children", "Does your kids' school range include black shoes in size 5?"),
    ("children", "The delivery turned out to be 15 minutes late."),
    ("children", "I was a senior at university when I first ordered from you."),
    ("children", "Our studio was born in 2015 out of a love of ceramics."),
    ("children", "It's for our 10th, so can the card say ten years together?"),
    ("children", "My birthday was 3 May 2022 and the parcel still came late."),
    ("children", "The nurse who started secondary care referrals was very helpful."),
    # round 2026.11.16, t4
    ("financial_hardship", "My greyhound is called Payday Loan, can you print his name on a mug?"),
    ("financial_hardship", "I backed Final Demand in the 3:40 at 8/1, where are my winnings?"),
    ("legal", "I bet on Jury Verdict at Kempton, the slip never showed up in my history."),
    ("legal", "The red coat arrested my eye in the window display, is it in a size 12?"),
    ("legal", "We'd like twenty desk chairs for our new trainee lawyers starting in September."),
    ("financial_hardship", "The car recovery agent called to say he is ten minutes away."),
    ("financial_hardship", "We're behind on the gas meter upgrade schedule, when can the engineer come?"),
    ("legal", "Sorry, we can't do a payment holiday on this kind of plan."),
    # risks narrowed 2026.11.16, r2
    ("children", "Can a 5 year old use this? It looks so easy even a child could do it."),
    ("children", "Could a 7 year old play with these, or are they for adults?"),
    ("children", "I was a junior at Westfield High back in 1998 and I'm looking for the yearbook photos."),
    ("children", "My birthday was 5 May 2018 when I ordered the cake, and the order number was 44812."),
    ("children", "The user born in 2015 in the game's story is the villain."),
    ("children", "In the novel, the character who was born in 2012 narrates the ending."),
    ("legal", "The sheriff's officers in our county use your radios, can we get a quote for 20 units?"),
    ("legal", "Police in our town carry your body cams, do you offer a bulk discount?"),
    ("financial_hardship", "What's the loan default rate on your business product?"),
    ("financial_hardship", "Does the mortgage default insurance cover the first year?"),
    ("financial_hardship", "The cat got put out of the house last night and scratched the door, do you sell flaps?"),
    ("financial_hardship", "Our dog was kicked out of the flat by my flatmate, can the harness be exchanged?"),
    ("health", "We're a pharmacy: patients on metformin ask whether your app stores dosage. Can we export?"),
    ("health", "Our clinic's patients with kidney disease want large-print labels, can you do that?"),
    # risks narrowed 2026.11.16, r1
    ("special_categories", "I'm not having an affair, I just want the bill sent to my office address."),
    ("special_categories", "I have never cheated on anyone, please stop emailing my wife these offers."),
    ("special_categories", "Your advert with two men kissing popped up during the kids' film, can you filter ads?"),
    ("special_categories", "Two women holding hands in your banner ad, nice, but it loads twice on mobile."),
    ("special_categories", "Is the store open before Friday prayers? We want to collect the banner for the mosque."),
    ("special_categories", "Are you closed for Friday prayers this week? I need the printing done."),
    ("special_categories", "The Labour rally blocked the high street so the courier couldn't get through."),
    ("special_categories", "The Trump rally on the news was loud, anyway my parcel is late."),
    ("special_categories", "My pride flag order arrived ripped, can I get a replacement?"),
    ("special_categories", "My solidarity badge order never came, can you check the tracking?"),
    # 2026.11.17 special
    ("special_categories", "Can you send the campaign to both lists at once?"),
    ("special_categories", "Is there a strike-through option in the editor?"),
    ("special_categories", "We bowled three strikes in a row, great lanes!"),
    ("special_categories", "The revision notes on genetics in your biology course have a typo."),
    ("special_categories", "Sporty handling is part of the Vantor's DNA according to your brochure."),
    ("special_categories", "I need to send a mass email to the residents about the fire drill."),
    ("special_categories", "Can payments be bi-monthly instead of monthly?"),
    ("special_categories", "How do I vote for staff member of the month on the app?"),
    ("special_categories", "Can your technician come out to the farm on Tuesday?"),
    ("special_categories", "The picket fence panels you sold me have warped."),
    ("special_categories", "The shoe polish you sent leaked in the box."),
    ("special_categories", "I have faith in your team, but the part is three weeks late."),
    ("special_categories", "The page transitions stutter on my tablet."),
    ("special_categories", "Spanish reflexive pronouns are the hardest bit of the course."),
    ("special_categories", "The road was closed due to the climate march, so the parcel is late."),
    ("special_categories", "Our supplier in Shanghai shipped the wrong colour."),
    ("special_categories", "What's the nearest church to the hotel? The tower looks lovely in photos."),
    # 2026.11.17 children
    ("children", "We collect from the garden nursery every Tuesday for the shop displays."),
    ("children", "Please drop the parcel at the school reception, it's the invoices."),
    ("children", "The two kids under 5 travel free, according to your policy page."),
    ("children", "As Mark is 45 I've put him on the senior plan."),
    ("children", "You said you're 5 minutes away, but nobody has arrived."),
    ("children", "I'm taking a minor in philosophy next term, do you sell the reading list?"),
    ("children", "I'm a Year 3 teacher looking for a course to improve my own Spanish."),
    ("children", "I can tutor both KS3 and KS4 physics, which one should I list?"),
    ("children", "I left school after my O levels back in 1985 and want to learn algebra now."),
    ("children", "My baby (the old camper van) needs a new clutch before the trip."),
    ("children", "My boiler's only a toddler, 3 years old, and it's already leaking."),
    ("children", "Do you have the small ones in stock or only the large helmets?"),
    # 2026.11.17 hardlegal
    ("financial_hardship", "I'm not able to make the repayment through the app, it crashes."),
    ("financial_hardship", "We can't continue with the payments screen, it freezes."),
    ("financial_hardship", "The builders have done no work for three weeks on our kitchen."),
    ("financial_hardship", "Our local shop closed down so please deliver to my home."),
    ("financial_hardship", "We're a debt collection agency and need a portal where creditors can log in."),
    ("financial_hardship", "I need a tutor for debt vs equity financing and the essay on unemployment."),
    ("financial_hardship", "She's training to become an insolvency practitioner and needs the insolvency exam papers."),
    ("legal", "Can I book a court for Saturday? Court 3 if possible."),
    ("legal", "can sue at the front desk give me a call about the towels pls"),
    ("legal", "Criminal how cheap your tyres are, thanks!"),
    ("legal", "The contract reads like lawyer-level jargon, can you simplify it?"),
    ("legal", "I'm preparing for a moot court round and need a tutor for my paralegal certificate."),
    ("legal", "Can I 'divorce' my two profiles and keep the photos?"),
    # 2026.11.17 hbv
    ("health", "My laptop had a total meltdown during the exam upload, can I resubmit?"),
    ("health", "Can your team diagnose why my website loads so slowly on mobile?"),
    ("health", "The van's symptoms are a rattle at idle, can I book the diagnostic check?"),
    ("health", "We run a dental practice and need a new booking page for our dental clinic website."),
    ("health", "Does the site support screen readers for blind and partially sighted users?"),
    ("health", "As an A&E nurse I work nights, so can the delivery come after 4pm?"),
    ("health", "The roller blind in the lounge is stuck halfway, can someone fix it?"),
    ("health", "My car sounds really sick when I start it in the cold."),
    ("health", "I'm allergic to long contracts, is there a monthly plan?"),
    ("health", "Do you serve non-alcoholic cocktails at the bar?"),
    ("health", "I need my recovery membership number for the breakdown cover."),
    ("health", "Can a tutor help me practise drug calculations for my nursing exam?"),
    ("bereavement", "Good grief, the invoice is wrong again."),
    ("bereavement", "How do I remove orphaned user records from the database?"),
    ("bereavement", "Can we hire a tea urn for the fete?"),
    ("bereavement", "My router is on life support, can you send a new one?"),
    ("bereavement", "I need help with my essay on Death of a Salesman."),
    ("bereavement", "The theme of grief in the novel is my coursework topic."),
    ("bereavement", "We carve custom headstones and need a gallery page for our work."),
    ("bereavement", "My son is a die-hard United fan, can I buy him the away shirt?"),
    ("violence_self_harm", "Please add a report abuse button to the forum posts."),
    ("violence_self_harm", "The spam filter keeps harassing me with warnings about my own emails."),
    ("violence_self_harm", "My novel has a stalker villain, I need a dark cover design."),
    ("violence_self_harm", "Seagulls are terrorising us at the picnic tables, any covered seating?"),
    ("violence_self_harm", "What is your policy when a driver harasses a passenger? Asking for a staff guide."),
    ("violence_self_harm", "I don't feel safe using this payment page, is it encrypted?"),
    ("violence_self_harm", "My husband checks our bank account every month, can you send the statement to him too?"),
    ("violence_self_harm", "The cats keep touching my screen and it locks every time."),
    ("violence_self_harm", "He said he'd sort me out with a discount next time, great salesman."),
    ("bereavement", "My nonna passed her driving test at 70!"),
    # risks narrowed 2026.11.17, r2
    ("financial_hardship", "We were not able to pay the rent because your payment portal was down."),
    ("financial_hardship", "We haven't had any work for six weeks for the subcontractor, can we pause his account?"),
    # 2026.11.24 hardlegal
    ("financial_hardship", "My statement says arrears: £0.00, is that right?"),
    ("financial_hardship", "What does 'overdraft' mean on my account summary?"),
    ("financial_hardship", "I would go broke ordering every flavour you sell!"),
    ("financial_hardship", "The food bank is collecting winter coats next week, can we put a poster up?"),
    ("financial_hardship", "Can customers on benefits apply for the discount scheme?"),
    ("financial_hardship", "The old router is redundant now that fibre is in."),
    ("financial_hardship", "Every penny counts, which is why we price match."),
    ("financial_hardship", "The driver said they cut me off at the roundabout."),
    ("financial_hardship", "Let me go through the settings with you."),
    ("financial_hardship", "My boss dropped me at the station and I left my charger in his car."),
    ("legal", "Our match at court tomorrow got cancelled, refund the coaching?"),
    ("legal", "I lost my licence for a year, it turned up in my old wallet."),
    # 2026.11.24 hardlegal
    ("legal", "We need a minibus for 6 judges at the science fair."),
    ("legal", "The poetry judges loved the venue."),
    ("legal", "Hartley Brown (solicitors) would like a new broadband line at the office."),
    ("legal", "The hearing test is Tuesday, can the parcel come Monday?"),
    ("legal", "We run the sandwich van at the Magistrates' Court car park, the card reader is down."),
    ("health", "He was admitted on a complimentary pass and the seat was taken."),
    ("bereavement", "The removal men for my mum never turned up."),
    ("bereavement", "Your drivers keep waking my mum at home with the doorbell at 7am."),
    ("violence_self_harm", "My sister grabbed my arm and showed me the discount sign."),
    ("violence_self_harm", "I don't feel safe in that rickety lift. I'm scared to go back on that broken escalator."),
    # risks narrowed 2026.11.17, r1
    ("children", "Jenny's nursery has lovely hydrangeas this spring."),
    ("children", "I collect from Greenway nursery every Saturday, the roses were great."),
    ("children", "Three kids under 4 go free with a paying adult."),
    ("children", "As Tom is 12 we moved him to table 14."),
    ("special_categories", "Our clinic wants to start stocking paternity tests, what is the wholesale price?"),
    ("special_categories", "The meeting of the local Green Party is in your function room on Friday."),
    ("special_categories", "She was living as a woman of means in the city."),
    ("special_categories", "We went to Pride supermarket for the cake."),
    ("special_categories", "As a trans-atlantic traveller I want extra legroom."),
    ("special_categories", "She is a member of the Summer Party committee and booked the marquee."),
    # tune-children round: look-alikes of the rules above; baby changing, kid brother, a childminder's job, a project as a baby
    ("children", "I'm 40, 41 in May, and still paying full price."),
    ("children", "With two under 3 hours of battery it's useless."),
    ("children", "I bought the 3s and 4s of the nappies."),
    ("children", "Our sales team, the under 30s club, booked the room."),
    ("children", "The electrician went to Oakfield Primary to fix the lights."),
    ("children", "The laser is in Class 3B so it needs a key switch."),
    ("children", "The customer is 15 minutes late."),
    ("children", "There is a 10% discount for under-16s."),
    ("children", "The P2 cable is too short."),
    ("children", "My dad was born in Cork and now weighs 14 stone."),
    ("children", "The parcel weighed 7lb 2oz according to the label."),
    ("children", "Welcome to the world of fibre broadband, Tom!"),
    ("children", "I ordered a baby brother doll for Maya."),
    ("children", "We brought the baby monitor home and it won't pair."),
    ("children", "My husband can't be more than 10 minutes away."),
    ("children", "Please deliver to Sarah Jones, 12, Elm Street."),
    ("children", "The Sweet Sixteen cocktail was far too sweet for me."),
    ("children", "Do your stores have baby changing and parent parking?"),
    ("children", "My kid brother (he's 28) left his phone in the taxi."),
    ("children", "I'm registering as a childminder and need business broadband."),
    ("children", "Honestly the new app is your baby, but the login is broken."),
    # tune-special round (2026.11.24)
    ("special_categories", "His name's Oliver, mine's a large latte, thanks for asking."),
    ("special_categories", "Can my husband sign for it? Thanks so much. Kings Cross"),
    ("special_categories", "Are your drivers unionised?"),
    ("special_categories", "Do you offer a discount for union members?"),
    ("special_categories", "Does your company recognise a trade union?"),
    ("special_categories", "I'm voting with my feet and leaving for another network."),
    ("special_categories", "I'm studying politics at college, is there a student deal?"),
    ("special_categories", "She's doing a module on world religions and needs a laptop."),
    ("special_categories", "I'm the caretaker at Al-Huda Centre and Mosque, please quote for a fridge."),
    ("special_categories", "Riverside Baptist Church would like a quote for forty chairs."),
    ("special_categories", "The live chat line is down again."),
    ("special_categories", "Our sex education leaflets need reprinting."),
    ("special_categories", "The Irish guy at the counter was lovely."),
    ("special_categories", "Can the greens in the veg box be swapped for carrots?"),
    ("special_categories", "She's in the student union and wants a discount."),
    ("special_categories", "My mum's Polish friend is visiting next week."),
    ("special_categories", "The parcel is not out to them yet, it's still in the depot."),
    ("special_categories", "I organise for Amazon Flex drivers' rota at the depot."),
    ("special_categories", "I'm reading a biography of a trade union leader and the app crashes."),
    ("special_categories", "Does your bank make political donations?"),
    ("special_categories", "We sell DNA testing kits and need a copywriter for the product pages."),
    ("special_categories", "Please print the leaflets for Road Safety Week with a tear-off slip."),
    # round 2026.11.18 hbv (health, bereavement, violence_self_harm)
    ("health", "My computer has picked up a nasty virus, can your tech team remove it?"),
    ("health", "The old fridge is in intensive care, the compressor keeps clicking."),
    ("health", "Is this unit suitable as a pharmacy fridge for vaccine stock?"),
    ("health", "Which handsets have a good hearing aid compatibility rating?"),
    ("health", "We'd like to advertise our winter flu jab clinics in your paper."),
    ("health", "They kept me in the loop after the meeting, thanks."),
    ("health", "We bought new tablets for my team, can you set them up?"),
    ("health", "The plumber was laid up in traffic so he arrived late."),
    ("bereavement", "Does the hotel have a package for funerals and wakes?"),
    ("bereavement", "The headline said the 1953 flood left a village with forty dead."),
    ("bereavement", "I passed your feedback to the editorial team yesterday."),
    ("bereavement", "My husband's gone to work, can you ring later?"),
    ("bereavement", "Can you print the In Memoriam page layout in colour this year?"),
    ("bereavement", "The removal van for my mum's move is booked for Thursday."),
    ("violence_self_harm", "The driver nearly killed us with that pothole, please fix the suspension."),
    ("violence_self_harm", "Your promotional emails are harassing me, please stop."),
    ("violence_self_harm", "I've been stalking the website all morning waiting for the restock."),
    ("violence_self_harm", "We want to jump off the boat and swim at the next stop."),
    ("violence_self_harm", "Please don't call my landline number, I only use the mobile."),
    ("violence_self_harm", "I'm scared to go out in this storm, can you deliver tomorrow?"),
    ("violence_self_harm", "Please post my number on the receipt so the driver can call."),
    ("violence_self_harm", "Keep the spare key somewhere safe until I'm back."),
    ("violence_self_harm", "We're heading to the bridge, then the museum."),
    ("violence_self_harm", "My listing is being harassed by a bot posting fake reviews."),
    ("violence_self_harm", "The waiter kept asking if I had a table booked."),
    # risk round (hardship, legal, health, bereavement, violence): payroll glitches, glad to be let go, a charity's income
    # stream, rent jokes, a tow bill, a garage's rent, lunch near the magistrates, a forum ban, a last shift, a charity jump,
    # "watch your back" on the pitch, a business's op, snow, a furniture removal
    ("financial_hardship", "I've been without pay since the system migration, can payroll check?"),
    ("financial_hardship", "I've been without pay since the payroll switch, can HR look into it?"),
    ("financial_hardship", "Since they let me go I'm finally free to travel!"),
    ("financial_hardship", "Since the company let me go I've been loving the free time, so cancel my commuter pass."),
    ("financial_hardship", "We're down to one income stream for the charity shop."),
    ("financial_hardship", "The charity is down to one income stream since the grant ended."),
    ("financial_hardship", "Every pound goes on the rent, ha, London eh"),
    ("financial_hardship", "Every penny goes on rent in this city, lol, typical London."),
    ("financial_hardship", "Apex Recovery towed the van and sent a bill we owe for the tow."),
    ("financial_hardship", "The bill we owe for the repair is attached."),
    ("financial_hardship", "The council put the rent up and we can't pay the garage one now"),
    ("financial_hardship", "The council raised the rent on the lock-up so we can't pay for the garage any more."),
    ("financial_hardship", "The landlord put the rent up again."),
    ("legal", "Meet me at the magistrates, then we'll grab lunch"),
    ("legal", "Meet us at the magistrates, and then we'll head to the pub."),
    ("legal", "I got 6 points and a 3-month ban on the forum for spam"),
    ("bereavement", "Dave's gone, last Friday was his final shift."),
    ("bereavement", "She's gone, last Tuesday was her last day with us."),
    ("bereavement", "Dave's gone since Monday, he's on holiday in Spain."),
    ("violence_self_harm", "The lads are going to jump off the bridge into the lake for charity."),
    ("violence_self_harm", "We're going to jump off the bridge into the river for a charity fundraiser."),
    ("violence_self_harm", "The coach told me I should watch my back on the left wing."),
    ("violence_self_harm", "My manager told me to watch my back on the stairs, they're slippery."),
    ("health", "Since the op, the new manager has changed everything."),
    ("health", "After the operation, the shop changed its opening hours."),
    ("health", "Since the op, our team has been reorganised twice."),
    ("violence_self_harm", "Please don't call the landline; I'm scared to go out in the snow."),
    ("bereavement", "Please book the removal for my uncle, he's moving house on Tuesday."),
    ("bereavement", "Can you quote for a removal for my nan, she's moving to a flat?"),
    # risk round kidspecial: grades and classes of goods and trains, teachers named with a year, the writer coaching the
    # team, addresses after a name, animals born at a weight, Sweet 16 products, a welcome to a service, a count that is not
    # an age, a works party, clubs and youth groups organised for
    ("children", "The grade 2s of this steel are cheaper."),
    ("children", "Class 3s and 4s are diesel locomotives."),
    ("children", "We only stock the grade 5s and grade 8s of these bolts."),
    ("children", "The class 9s on that route are always late."),
    ("children", "I manage our side, the U14s, and we booked pitch 3."),
    ("children", "Anna Reid, 14, flat B"),
    ("children", "Please post it to Ben Hart, 9, flat 2."),
    ("children", "Tom Hughes, 7, the Crescent"),
    ("children", "Lucy Green, 16, apartment 4"),
    ("children", "Jo Park, 11, unit 3"),
    ("children", "The puppy was born last week weighing 2 lbs."),
    ("children", "The kitten was born on Monday weighing 1 lb."),
    ("children", "The lamb, born yesterday, weighed 5 kg."),
    ("children", "I ordered a sweet sixteen balloon set and it never came."),
    ("children", "A sweet sixteen cake topper arrived broken."),
    ("children", "I bought a sweet 16 banner and it faded."),
    ("children", "We ordered a Sweet 16 balloon bundle for the shop window."),
    ("children", "Sam in Year 9 is covering my class today."),
    ("children", "Mr Jones in Year 7 is the form tutor who emailed you."),
    ("children", "Our teacher Sam in Year 10 set the homework."),
    ("children", "Mrs Patel in Year 6 marked the test."),
    ("children", "Miss Hall in Year 4 teaches my group on Fridays."),
    ("children", "Welcome to the world Tom, your new account is live."),
    ("children", "Welcome to the world, Sarah! Your membership card is on its way."),
    ("children", "Welcome to the world Anna, your subscription has started."),
    ("children", "The user is 5 in the queue."),
    ("children", "The player is 3 levels ahead."),
    ("children", "He is 4 levels ahead of me in the game."),
    ("children", "I'm 3 episodes behind on the series."),
    ("special_categories", "He volunteers for the Summer Party team."),
    ("special_categories", "I'm volunteering for the Christmas party committee."),
    ("special_categories", "She volunteered for the office party."),
    ("special_categories", "I organise for Parkrun Volunteers on Saturdays."),
    ("special_categories", "I organise for the Scouts on Tuesdays."),
    ("special_categories", "We organise for Brackford Harriers every spring."),
    ("special_categories", "He organises for the Friends of Elm Park on weekends."),
    # tune-special1: venues asked what they offer, holy days as opening hours or public events, unions as customers,
    # languages in a list, features named after prayer or pilgrimage, parties and councillors in general
    ("special_categories", "Do you serve kosher meals at the conference lunch?"),
    ("special_categories", "Are religious symbols permitted on staff lanyards?"),
    ("special_categories", "What are your opening hours during Eid?"),
    ("special_categories", "Is there a prayer room in the terminal?"),
    ("special_categories", "The town is hosting a community Diwali celebration and we need 200 tickets."),
    ("special_categories", "Hi, the events team at the Sikh Temple would like to book the hall."),
    ("special_categories", "Two seats for Nun Tales, the musical, on Friday please."),
    ("special_categories", "We need 15 lanyards for the visiting councillors."),
    ("special_categories", "Is the Strike bowling centre open late on Fridays?"),
    ("special_categories", "Do you have discounted rates for trade union members or students?"),
    ("special_categories", "Does the new oven come with a Sabbath mode?"),
    ("special_categories", "Please send the invoice to the Unite regional office in Leeds."),
    ("special_categories", "Organisation: UNISON South West. Query: bulk badge order."),
    ("special_categories", "Is the manual available in Tamil, Urdu or Polish?"),
    ("special_categories", "Can the watch show prayer times on the lock screen?"),
    ("special_categories", "I've been protesting to your support team for a week about this refund."),
    ("special_categories", "How do I finish the Pilgrimage badge in the app?"),
    ("special_categories", "Any political party would be jealous of your loyalty scheme."),
    ("special_categories", "Is the Windrush Day concert free to attend?"),
    ("special_categories", "I'm revising trade union law for my exam this term."),
    ("special_categories", "Where do I vote in the student council election?"),
    ("special_categories", "Is a Canadian citizen allowed to buy the pass?"),
    ("special_categories", "Can you recommend a party organiser for my 40th?"),
    ("special_categories", "Customer Father Christmas costume arrived torn."),
    ("special_categories", "The machine stopped during mass production runs."),
    ("special_categories", "I selected 'French' but the app still shows English."),
    ("special_categories", "Is your gym affiliated with Unite Students?"),
    ("special_categories", "Is the Black Lives Matter documentary available to rent?"),
    ("special_categories", "Do the halls do a discount code for union members?"),
    # tune-brook round (children, bereavement): a school, nursery or club as the customer; look-alikes of the new rules;
    # age bands, Children in Need, a title, children in general, counted childminders, wraparound care, a note passed on
    ("children", "Hi, calling from Hillcrest Academy's office, we need to pay for the Year 8 trip coaches."),
    ("children", "I'm the bursar at Elmwood Primary, please send the school trip invoice to the school."),
    ("children", "I run a breakfast club and want to buy 20 plates."),
    ("children", "Child: none, adults only."),
    ("children", "Can I send a gift card to Sarah's mum for her birthday?"),
    ("children", "Noah's first steps into management were rocky, says the review."),
    ("children", "The chainsaw has cut two teeth off the chain."),
    ("children", "The reception door buzzer is broken."),
    ("children", "Warranty (Extended, 24 months) added to the order."),
    ("children", "Member (age 65) discount applied."),
    ("children", "Do you stock the aprons in age 3-5?"),
    ("children", "Child is 4-12 on the price list, is that right?"),
    ("children", "We're doing a bake sale for Children in Need."),
    ("children", "Children of Men is my favourite film, do you have the Blu-ray?"),
    ("children", "Do toddlers need a ticket for the show?"),
    ("children", "Just so you know, young children don't need to show ID."),
    ("children", "We have 8 registered childminders in our network."),
    ("children", "Do you offer wraparound care at the Elm Road site?"),
    ("children", "Our son was born on 3 March 1985 and now lives abroad."),
    ("children", "My daughter's just 3 weeks into her new job."),
    ("children", "My 10-year-old laptop crashed again."),
    ("children", "The other two are 4 and 6 metres long."),
    ("children", "Is there a waiting list for the baby room at your Elm Road site?"),
    ("bereavement", "Passed to B2B team for a quote."),
    # tune-children round (ford, lea, scar, wold): venues, rules and titles named for children; an organisation's
    # children's department; exam-stage teaching offered; look-alikes of the new rules
    ("children", "Is the kids' soft play cafe open on bank holidays?"),
    ("children", "The children's activity area by the entrance was really clean."),
    ("children", "No age limit, toddlers can join the library too."),
    ("children", "Under-16s can borrow the board games with a parent's signature."),
    ("children", "Reserve request | Title: 'Tales of a Brave Kid: The Storm' | Branch: Hillside"),
    ("children", "Let me pass this to our children's services coordinator."),
    ("children", "Our kids' section is on the second floor next to the lifts."),
    ("children", "We offer GCSE and A-level tuition at two sites, is there a group rate?"),
    ("children", "I tutor KS2 reading on Saturdays and want to book a quiet room."),
    ("children", "My 12-week-old puppy keeps chewing the remote."),
    ("children", "Our 6-month-old fridge is already making noises."),
    ("children", "She will have 11 years of service with us in June."),
    ("children", "I was born the 4th of May 1982, your form says otherwise."),
    ("children", "The café opened the 1st of July 2018 and has been busy ever since."),
    ("children", "Plan B. 2021 prices are still on the website."),
    ("children", "I'm the mother of the bride, do you do alterations on the day?"),
    ("children", "Our Emma is at reception if you need to drop the keys."),
    ("children", "Our Tesla is at the garage, can I extend the hire?"),
    ("children", "Our three (2, 4 and 6 berth) vans are all booked."),
    ("children", "My two (23 and 26) share the family plan from their flats."),
]


@pytest.mark.parametrize(("category", "text"), SENSITIVE, ids=[f"{c}-{i}" for i, (c, _) in enumerate(SENSITIVE)])
def test_sensitive_sentences_are_caught(detector, category, text):
    assert category in categories_of(detector, text), text


@pytest.mark.parametrize(("category", "text"), BENIGN, ids=[f"{c}-{i}" for i, (c, _) in enumerate(BENIGN)])
def test_confusable_benign_sentences_pass(detector, category, text):
    assert categories_of(detector, text) == (), text


def test_evidence_has_offsets_into_the_text(detector):
    text = "Hello. My mother passed away in March."
    verdict = detector.screen_texts([("comments[0]", text)])
    assert verdict.drop_reason == "sensitive:bereavement"
    assert any(text[f.start:f.end] == "passed away" for f in verdict.findings)


def test_first_category_in_policy_order_is_the_drop_reason(detector):
    verdict = detector.screen_texts([("comments[0]", "My lawyer says my father died of cancer.")])
    assert verdict.categories[0] == "health"  # policy order: health before legal and bereavement
    assert {"legal", "bereavement"} <= set(verdict.categories)


def test_a_switched_off_category_is_not_screened(tmp_path):
    from training_gate.policy import DEFAULT_POLICY_PATH, load_policy
    from training_gate.sensitive import SensitiveDetector

    policy_text = DEFAULT_POLICY_PATH.read_text().replace(
        "legal:              {enabled: true", "legal:              {enabled: false")
    (tmp_path / "policy.yaml").write_text(policy_text)
    settings = load_policy(tmp_path / "policy.yaml").sensitive
    assert "legal" not in settings.enabled_categories()
    assert settings.lexicon_path.endswith("sensitive_topics.yaml")
    verdict = SensitiveDetector(settings).screen_texts([("comments[0]", "My lawyer will call you.")])
    assert verdict.categories == ()


def test_a_policy_without_a_sensitive_section_screens_every_category(tmp_path):
    import yaml

    from training_gate.policy import DEFAULT_POLICY_PATH, SENSITIVE_CATEGORIES, load_policy

    raw = yaml.safe_load(DEFAULT_POLICY_PATH.read_text())
    del raw["sensitive"]
    (tmp_path / "policy.yaml").write_text(yaml.safe_dump(raw))
    settings = load_policy(tmp_path / "policy.yaml").sensitive
    assert settings.enabled_categories() == SENSITIVE_CATEGORIES


@pytest.fixture(scope="session")
def eval_report(detector):
    from training_gate.sensitive_eval import build_eval_set, evaluate

    examples = build_eval_set()
    assert len(examples) >= 200
    balanced = [e for e in examples if e["split"] != "probe"]  # the probe weighs benign death vocabulary 2:1
    assert sum(1 for e in balanced if e["label"]) * 2 == len(balanced)
    return evaluate(detector, examples)


def test_eval_targets_on_the_tuned_split(eval_report):
    """The targets of issue 4 on the templates the lexicon was tuned on (split dev)."""
    rows = [r for r in eval_report["rows"] if r["split"] == "dev"]
    assert len(rows) == 7
    for row in rows:
        if row["sensitive"] >= MIN_EXAMPLES:
            assert row["recall"] >= TARGET_RECALL, row
        if row["benign"] >= MIN_EXAMPLES:
            assert row["false_exclusion_rate"] <= TARGET_FALSE_EXCLUSION, row


def test_eval_held_out_split_does_not_regress(eval_report):
    """Held-out templates (split test) were not tuned on; pin a floor so a change that loses
    generality fails here, without pretending the issue's targets are met on them."""
    rows = {r["category"]: r for r in eval_report["rows"] if r["split"] == "test"}
    recall, false_exclusion = _overall(rows.values())
    assert recall >= HELD_OUT_RECALL_FLOOR, rows
    assert false_exclusion <= HELD_OUT_FALSE_EXCLUSION_CEILING, rows


HELD_OUT_RECALL_FLOOR = 0.98  # measured 100% recall, 0% false exclusion (140/140)
HELD_OUT_FALSE_EXCLUSION_CEILING = 0.01
# The blind split (hand-written, other registers; its errors were read in earlier revisions and
# answered with general rules): measured 100% recall and 0% false exclusion overall and per category.
BLIND_RECALL_FLOOR = 0.98
BLIND_FALSE_EXCLUSION_CEILING = 0.01
BLIND_CATEGORY_RECALL_FLOOR = 0.95
BLIND_CATEGORY_FALSE_EXCLUSION_CEILING = 0.05
# The unseen split (hand-written afterwards in other registers, its errors never read to tune the
# rules): measured 92.2% recall and 5.8% false exclusion overall; per category at least 81.8%
# recall and at most 9.1% false exclusion. After the fresh-split revision (read once, aggregates
# only): 93.5% recall and 3.9% false exclusion overall, per category still at least 81.8% recall
# and at most 9.1% false exclusion. After the probe-split revision (read once, aggregates only):
# 94.8% recall and 3.9% false exclusion. Floors at what is measured, not at the issue's targets.
# The fresh split (hand-written later, weighted to the categories that generalised worst; 10 to 22
# tickets per category and label). Measured before the rules were revised against it: 89.0% recall
# and 11.0% false exclusion overall (children 77.3% / 13.6%, special_categories 95.5% / 18.2%,
# bereavement 90.9% / 13.6%, legal 95.5% / 9.1%, health 70% / 0%, financial_hardship 100% / 10%,
# violence_self_harm 90% / 0%); after: 100% recall and 0% false exclusion in every category.
FRESH_RECALL_FLOOR = 0.98
FRESH_FALSE_EXCLUSION_CEILING = 0.01
FRESH_CATEGORY_RECALL_FLOOR = 0.95
FRESH_CATEGORY_FALSE_EXCLUSION_CEILING = 0.05
FRESH_MIN_EXAMPLES = 10
# The probe split (children, special_categories, bereavement; written family by family before the
# rules were revised against it). Measured first: children 90.9% recall / 4.5% false exclusion,
# special_categories 100% / 9.1%, bereavement 100% / 5.0%. After: children and special_categories
# 100% / 0% except one benign "I am from Poland" ticket that the origin rules read as national origin
# (4.5%), bereavement 100% / 5.0% (a solicitor's office as a business customer, excluded as legal).
PROBE_CATEGORIES = ("children", "special_categories", "bereavement")
PROBE_CATEGORY_RECALL_FLOOR = 0.95
PROBE_CATEGORY_FALSE_EXCLUSION_CEILING = 0.05
# The field and queue splits (policy 2026.11.8; written by writers who had not seen the rules, in
# transcribed calls, web forms, threads and other countries' school systems). Measured first, on
# the 2026.11.7 rules: field 83.0% recall / 15.9% false exclusion (children 77.3% / 9.1%,
# bereavement 72.7% / 18.2%, legal 90.9% / 18.2%, special_categories 90.9% / 18.2%); queue 78.0% /
# 8.0% (children 70% / 10%, bereavement 85% / 10%, financial_hardship 85% / 5%, health 85% / 10%,
# violence_self_harm 65% / 5%). Then read while tuning; pinned like the probe, per category.
PARTIAL_SPLITS = {
    "probe": PROBE_CATEGORIES,
    "field": ("children", "bereavement", "special_categories", "legal"),
    "queue": ("health", "financial_hardship", "violence_self_harm", "children", "bereavement"),
    "triage": ("special_categories", "violence_self_harm", "financial_hardship"),
}
# The inbox and desk splits (policy 2026.11.8; 280 tickets each, 20 + 20 per category, by two more
# writers who had not seen the rules; half the sensitive tickets avoid the category's obvious word).
# First measured on the rules after the field and queue revision: inbox 73.6% recall / 5.7% false
# exclusion, desk 72.1% / 7.1%. Inbox was then read while tuning; desk is held out like unseen.
# After the inbox revision: inbox 98.6% / 0% (special_categories 90%: two same-sex couples shown only by
# first names); desk (aggregates only) 73.6% / 8.6%; after the casebook revision 75.0% / 8.6%, per
# category 60% to 95% recall and 0% to 20% false exclusion; unseen 96.1% / 3.2% after both, per category
# at least 90.9% / at most 9.1%.
INBOX_RECALL_FLOOR = 0.98
INBOX_FALSE_EXCLUSION_CEILING = 0.01
INBOX_CATEGORY_RECALL_FLOOR = 0.90
INBOX_CATEGORY_FALSE_EXCLUSION_CEILING = 0.05
DESK_RECALL_FLOOR = 0.72
DESK_FALSE_EXCLUSION_CEILING = 0.09
DESK_CATEGORY_RECALL_FLOOR = 0.60
DESK_CATEGORY_FALSE_EXCLUSION_CEILING = 0.20
# The casebook split (280, 20 + 20 per category, a fifth writer, after the inbox revision): first
# measured at 73.6% recall / 5.7% false exclusion (80.7% / 8.6% with the classifier, which was trained
# before it); then read while tuning: 98.6% / 0% (bereavement and special categories 95%: a neighbour
# "found" and a husband shown only by a man's name). Desk after this revision: 75.0% / 8.6%.
CASEBOOK_RECALL_FLOOR = 0.98
CASEBOOK_FALSE_EXCLUSION_CEILING = 0.01
CASEBOOK_CATEGORY_RECALL_FLOOR = 0.95
CASEBOOK_CATEGORY_FALSE_EXCLUSION_CEILING = 0.05
# The market, triage and relay splits (policy 2026.11.9; three more writers who had not seen the rules,
# measured first on the rules after the casebook revision): market 82.9% recall / 9.3% false exclusion,
# triage 67.5% / 10.8% (violence_self_harm 52.5%), relay 90.0% / 7.1%. Market and triage were then read
# while tuning: market 97.9% / 0% (children 90%: an old school uniform and a ban, nothing in either says
# a minor), triage 94.2% / 0.8% (violence 90%: CCTV kept, a lapsed life policy, withheld calls). Relay is
# held out like desk: after the revision (aggregates only) 90.0% / 5.7%, per category at least 80% / at
# most 15%; desk 75.7% / 7.9%; unseen 96.1% / 2.6%.
MARKET_RECALL_FLOOR = 0.97
MARKET_FALSE_EXCLUSION_CEILING = 0.01
MARKET_CATEGORY_RECALL_FLOOR = 0.90
MARKET_CATEGORY_FALSE_EXCLUSION_CEILING = 0.05
TRIAGE_CATEGORY_RECALL_FLOOR = 0.90
RELAY_RECALL_FLOOR = 0.88
RELAY_FALSE_EXCLUSION_CEILING = 0.07
RELAY_CATEGORY_RECALL_FLOOR = 0.80
RELAY_CATEGORY_FALSE_EXCLUSION_CEILING = 0.15
# The parcel, stream, voyage and counter splits (policy 2026.11.9; four more writers, 280 each), measured
# first on the rules after the market and triage revision: parcel 88.6% / 17.9%, stream 89.3% / 21.4%,
# voyage 90.7% / 10.7%, counter 85.0% / 12.9%. Parcel and stream were then read while tuning: parcel
# 97.1% / 0% (special categories 85%: a couple shown by a signature's name, two tickets whose text never
# says the writer's gender), stream 100% / 0%. Voyage and counter are held out (aggregates only): after
# the revision 92.1% / 10.7% (per category at least 80% / at most 20%) and 85.0% / 12.1% (at least 70% /
# at most 30%); desk 76.4% / 7.9%, relay 92.1% / 5.0%.
PARCEL_STREAM_RECALL_FLOOR = 0.96
PARCEL_STREAM_FALSE_EXCLUSION_CEILING = 0.01
PARCEL_STREAM_CATEGORY_RECALL_FLOOR = 0.85
PARCEL_STREAM_CATEGORY_FALSE_EXCLUSION_CEILING = 0.05
VOYAGE_FLOORS = (0.90, 0.12, 0.75, 0.25)
COUNTER_FLOORS = (0.83, 0.14, 0.65, 0.35)
# The harbor, ledger and lantern splits (policy 2026.11.10; three more writers, 280 each, asked for about half
# of the sensitive tickets to say the fact only in passing), measured first on the rules of 2026.11.9: harbor
# 77.9% / 7.9%, ledger 79.3% / 10.7%, lantern 73.6% / 5.7% (children 55%, 70% and 50%). Harbor and ledger were
# then read while tuning: harbor 99.3% / 0% (children 95%: a date of birth in 2008), ledger 99.3% / 1.4%.
# Lantern is held out (aggregates only): after the round 74.3% / 5.7% (children 50%; at most 15%).
HARBOR_LEDGER_FLOORS = (0.97, 0.02, 0.90, 0.10)
LANTERN_FLOORS = (0.72, 0.07, 0.45, 0.20)
# The summit, beacon and meadow splits (three more writers under the same brief), measured first on the rules
# of 2026.11.10: summit 85.0% / 10.0%, beacon 82.1% / 9.3%, meadow 87.9% / 5.7% (per category at least 70%
# recall, at most 25% false exclusion: special categories in summit). The classifier trains on them; the rules
# were not tuned on them, so their floors sit at that first reading.
SUMMIT_BEACON_MEADOW_FLOORS = (0.80, 0.11, 0.65, 0.30)
# The compass, quarry, tide, ember, orchard and atlas splits (six more writers under the same brief), measured
# first on the rules of 2026.11.10: compass 79.3% / 8.6% (special categories 55%), quarry 91.4% / 12.9%, tide
# 87.9% / 7.1% (children 65%), ember 85.7% / 5.7%, orchard 88.6% / 10.0%, atlas 90.0% / 7.9%; per category at most
# 25% false exclusion (legal in quarry). Compass, quarry, tide and ember were then read while tuning (2026.11.11):
# 91.4 / 2.1 (special categories 65%), 97.9 / 2.9, 94.3 / 0.7 (children 80%), 92.9 / 2.1 (special categories
# 75%). Orchard and atlas are held out (aggregates only): 89.3 / 10.0 and 91.4 / 7.1 after the round.
NEW_WRITER_FLOORS = {"compass": (0.89, 0.03, 0.60, 0.10), "quarry": (0.96, 0.04, 0.90, 0.10),
                     "tide": (0.92, 0.02, 0.75, 0.10), "ember": (0.90, 0.03, 0.70, 0.10),
                     "orchard": (0.86, 0.11, 0.70, 0.25), "atlas": (0.88, 0.09, 0.75, 0.25),
                     # grove, signal, pier, crest, harvest and loom (six more writers), first read on the rules of
                     # 2026.11.11: 88.6 / 15.7, 86.4 / 7.1, 90.7 / 12.9 (health false exclusion 50%: pets' illnesses), 90.7 / 9.3,
                     # 88.6 / 12.1, 89.3 / 7.1; harvest and loom are held out (aggregates only)
                     # grove, signal, pier and crest were then read while tuning (2026.11.12): 95.0 / 7.9, 92.9 / 5.0,
                     # 95.0 / 5.7 (health false exclusion 20%), 95.7 / 5.7
                     "grove": (0.93, 0.09, 0.80, 0.20), "signal": (0.91, 0.06, 0.80, 0.25),
                     "pier": (0.93, 0.07, 0.75, 0.25), "crest": (0.94, 0.07, 0.80, 0.30),
                     "harvest": (0.86, 0.14, 0.65, 0.25), "loom": (0.87, 0.09, 0.75, 0.25),
                     # meridian, kestrel, cobalt, juniper, basalt, willow, prairie, canyon, thistle, marlow, solstice,
                     # gazette, hollow and delta (fourteen more writers), first read on the rules of 2026.11.12: 84.5 /
                     # 12.7 the first eight together, 85.7 / 11.9 the other six (each split's docstring has its own).
                     # Meridian, kestrel, cobalt, juniper and basalt were then read while tuning (2026.11.13): 87.1 / 5.0,
                     # 89.3 / 7.1, 87.1 / 7.1, 87.9 / 14.3, 88.6 / 9.3. Willow, prairie and canyon are held out
                     # (aggregates only): 83.6 / 12.1, 87.1 / 23.6, 89.3 / 9.3 after the round. The other six, which
                     # the classifier trains on, after the round: 86.4 / 7.1, 84.3 / 13.6, 87.1 / 11.4, 85.0 / 12.1,
                     # 87.9 / 12.1, 87.1 / 15.0.
                     "meridian": (0.85, 0.07, 0.55, 0.15), "kestrel": (0.87, 0.09, 0.75, 0.25),
                     "cobalt": (0.85, 0.09, 0.60, 0.25), "juniper": (0.86, 0.16, 0.70, 0.30),
                     "basalt": (0.86, 0.11, 0.75, 0.20), "willow": (0.81, 0.14, 0.60, 0.30),
                     "prairie": (0.85, 0.25, 0.75, 0.45), "canyon": (0.87, 0.11, 0.80, 0.20),
                     "thistle": (0.84, 0.09, 0.70, 0.20), "marlow": (0.82, 0.15, 0.65, 0.25),
                     "solstice": (0.85, 0.13, 0.65, 0.25), "gazette": (0.83, 0.14, 0.60, 0.25),
                     "hollow": (0.86, 0.14, 0.70, 0.35), "delta": (0.85, 0.17, 0.75, 0.30),
                     # quill, fable, tandem, ridge, mosaic, ferry, coral and sable (eight more writers), first read on
                     # the rules of 2026.11.13: 88.7 / 13.7 the five tuned on, 91.4 / 10.5 the three held out (each
                     # split's docstring has its own). The five, with thistle to delta, were then read while tuning
                     # (2026.11.14): 98.6 / 6.4, 97.9 / 5.7, 100 / 1.4, 100 / 6.4, 98.6 / 5.0 (thistle to delta 97.9 to
                     # 100 / 2.9 to 5.7: tuned on, so optimistic). Ferry, coral and sable are held out (aggregates
                     # only): 92.1 / 11.4, 92.1 / 9.3, 92.1 / 7.1 after the round.
                     "quill": (0.96, 0.08, 0.85, 0.20), "fable": (0.96, 0.08, 0.85, 0.20),
                     "tandem": (0.97, 0.03, 0.90, 0.10), "ridge": (0.97, 0.08, 0.90, 0.20),
                     "mosaic": (0.96, 0.07, 0.85, 0.15), "ferry": (0.90, 0.13, 0.75, 0.30),
                     "coral": (0.90, 0.11, 0.70, 0.25), "sable": (0.90, 0.09, 0.70, 0.20),
                     # bramble, heron, osprey, wren, kiln and linden (six more writers, 340 each, 35 + 35 for children
                     # and special categories), first read on the rules of 2026.11.14: 89.1 / 10.4 the four tuned on,
                     # 88.8 / 15.3 the two held out. The four were then read while tuning (2026.11.15): 96.5 / 2.9, 95.9 /
                     # 4.7, 96.5 / 4.1, 98.2 / 8.2. Kiln and linden are held out (aggregates only): 92.4 / 14.1 and 87.6 /
                     # 14.1 after the round (special categories in linden 77% / 26%).
                     "bramble": (0.95, 0.04, 0.85, 0.10), "heron": (0.94, 0.06, 0.85, 0.20),
                     "osprey": (0.95, 0.05, 0.85, 0.20), "wren": (0.97, 0.09, 0.90, 0.20),
                     "kiln": (0.90, 0.15, 0.80, 0.25), "linden": (0.86, 0.15, 0.70, 0.30),
                     # aster, birch, cedar, dune, fjord and glade (six more writers, same mix), first read on the
                     # rules of 2026.11.15: 84.6 / 6.3 the four tuned on, 88.8 / 5.9 the two held out. The four were
                     # then read while tuning (2026.11.16): 90.6 / 4.1, 94.7 / 1.8, 96.5 / 1.8, 93.5 / 6.5. Aster and
                     # birch are held out (aggregates only): 94.1 / 5.3 and 85.9 / 5.9 after the round.
                     "cedar": (0.88, 0.06, 0.75, 0.15), "dune": (0.92, 0.04, 0.80, 0.10),
                     "fjord": (0.94, 0.04, 0.85, 0.10), "glade": (0.91, 0.09, 0.80, 0.25),
                     "aster": (0.92, 0.07, 0.75, 0.25), "birch": (0.83, 0.08, 0.60, 0.20),
                     # heath, isle, jetty, knoll, marsh and nook (six more writers, 400 each, 50 + 50 for children and
                     # special categories), first read on the rules of 2026.11.16: 89.6 / 9.2 the four tuned on, 92.3 /
                     # 6.0 the two held out. The four were then read while tuning (2026.11.17): 98.5 / 0.0, 98.5 / 1.5,
                     # 98.0 / 2.0, 99.5 / 1.5. Jetty and knoll are held out (aggregates only): 92.5 / 7.5 and 92.0 / 4.0
                     # after the round.
                     "heath": (0.96, 0.02, 0.90, 0.10), "isle": (0.96, 0.03, 0.90, 0.10),
                     "marsh": (0.96, 0.03, 0.90, 0.10), "nook": (0.97, 0.03, 0.90, 0.10),
                     "jetty": (0.90, 0.09, 0.80, 0.20), "knoll": (0.90, 0.06, 0.80, 0.20),
                     # bay, cove, dell, fen, glen and moor (six more writers, 400 each, 50 + 50 for children and special
                     # categories, 30 + 30 for financial hardship), first read on the rules of 2026.11.17: 84.4 / 7.0 the
                     # four tuned on, 85.8 / 6.5 the two held out. The four were then read while tuning (2026.11.18):
                     # 98.0 / 2.5, 93.5 / 4.5, 97.5 / 2.5, 94.5 / 3.0. Bay and cove are held out (aggregates only).
                     "dell": (0.97, 0.03, 0.90, 0.10), "fen": (0.92, 0.05, 0.80, 0.15),
                     "glen": (0.96, 0.03, 0.85, 0.10), "moor": (0.93, 0.04, 0.80, 0.10),
                     # After the round, rules alone: bay 84.5 / 6.0, cove 89.0 / 6.5.
                     "bay": (0.83, 0.08, 0.75, 0.20), "cove": (0.87, 0.08, 0.75, 0.20),
                     # brook, dale, mesa, tarn, vale and weir (six more writers, 400 each, 70 + 70 for special
                     # categories, 50 + 50 for children), first read on the rules of 2026.11.18: 90.4 / 10.5 the four
                     # tuned on, 92.8 / 8.5 the two held out. The four were then read while tuning (2026.11.19): 99.0 /
                     # 3.5, 99.0 / 3.0, 99.0 / 0.5, 99.5 / 2.0. Dale and tarn are held out (aggregates only): 90.5 / 7.5
                     # and 95.5 / 7.0 after the round.
                     "brook": (0.98, 0.045, 0.90, 0.10), "mesa": (0.98, 0.04, 0.90, 0.10),
                     "vale": (0.98, 0.02, 0.90, 0.10), "weir": (0.98, 0.03, 0.90, 0.10),
                     "dale": (0.89, 0.09, 0.75, 0.20), "tarn": (0.94, 0.08, 0.80, 0.25),
                     # cairn, ford, holt, lea, scar and wold (six more writers, the same mix), first read on the rules of
                     # 2026.11.19, after it was final; not yet tuned or trained on. Cairn and holt are held out.
                     "ford": (0.88, 0.07, 0.75, 0.20), "lea": (0.91, 0.05, 0.80, 0.10),
                     "scar": (0.92, 0.08, 0.80, 0.25), "wold": (0.90, 0.13, 0.80, 0.25),
                     "cairn": (0.90, 0.06, 0.80, 0.15), "holt": (0.90, 0.08, 0.80, 0.15)}
UNSEEN_RECALL_FLOOR = 0.96
UNSEEN_FALSE_EXCLUSION_CEILING = 0.04
UNSEEN_CATEGORY_RECALL_FLOOR = 0.90
UNSEEN_CATEGORY_FALSE_EXCLUSION_CEILING = 0.10


def _overall(rows) -> tuple[float, float]:
    recall = sum(r["recall"] * r["sensitive"] for r in rows) / sum(r["sensitive"] for r in rows)
    false_exclusion = sum(r["false_exclusion_rate"] * r["benign"] for r in rows) / sum(r["benign"] for r in rows)
    return recall, false_exclusion


@pytest.mark.parametrize(("split", "floors", "min_examples"), [
    ("blind", (BLIND_RECALL_FLOOR, BLIND_FALSE_EXCLUSION_CEILING, BLIND_CATEGORY_RECALL_FLOOR,
               BLIND_CATEGORY_FALSE_EXCLUSION_CEILING), MIN_EXAMPLES),
    ("fresh", (FRESH_RECALL_FLOOR, FRESH_FALSE_EXCLUSION_CEILING, FRESH_CATEGORY_RECALL_FLOOR,
               FRESH_CATEGORY_FALSE_EXCLUSION_CEILING), FRESH_MIN_EXAMPLES),
    ("unseen", (UNSEEN_RECALL_FLOOR, UNSEEN_FALSE_EXCLUSION_CEILING, UNSEEN_CATEGORY_RECALL_FLOOR,
                UNSEEN_CATEGORY_FALSE_EXCLUSION_CEILING), MIN_EXAMPLES),
    ("inbox", (INBOX_RECALL_FLOOR, INBOX_FALSE_EXCLUSION_CEILING, INBOX_CATEGORY_RECALL_FLOOR,
               INBOX_CATEGORY_FALSE_EXCLUSION_CEILING), MIN_EXAMPLES),
    ("desk", (DESK_RECALL_FLOOR, DESK_FALSE_EXCLUSION_CEILING, DESK_CATEGORY_RECALL_FLOOR,
              DESK_CATEGORY_FALSE_EXCLUSION_CEILING), MIN_EXAMPLES),
    ("casebook", (CASEBOOK_RECALL_FLOOR, CASEBOOK_FALSE_EXCLUSION_CEILING, CASEBOOK_CATEGORY_RECALL_FLOOR,
                  CASEBOOK_CATEGORY_FALSE_EXCLUSION_CEILING), MIN_EXAMPLES),
    ("market", (MARKET_RECALL_FLOOR, MARKET_FALSE_EXCLUSION_CEILING, MARKET_CATEGORY_RECALL_FLOOR,
                MARKET_CATEGORY_FALSE_EXCLUSION_CEILING), MIN_EXAMPLES),
    ("relay", (RELAY_RECALL_FLOOR, RELAY_FALSE_EXCLUSION_CEILING, RELAY_CATEGORY_RECALL_FLOOR,
               RELAY_CATEGORY_FALSE_EXCLUSION_CEILING), MIN_EXAMPLES),
    *[(split, (PARCEL_STREAM_RECALL_FLOOR, PARCEL_STREAM_FALSE_EXCLUSION_CEILING, PARCEL_STREAM_CATEGORY_RECALL_FLOOR,
               PARCEL_STREAM_CATEGORY_FALSE_EXCLUSION_CEILING), MIN_EXAMPLES) for split in ("parcel", "stream")],
    ("voyage", VOYAGE_FLOORS, MIN_EXAMPLES),
    ("counter", COUNTER_FLOORS, MIN_EXAMPLES),
    *[(split, HARBOR_LEDGER_FLOORS, MIN_EXAMPLES) for split in ("harbor", "ledger")],
    ("lantern", LANTERN_FLOORS, MIN_EXAMPLES),
    *[(split, SUMMIT_BEACON_MEADOW_FLOORS, MIN_EXAMPLES) for split in ("summit", "beacon", "meadow")],
    *[(split, floors, WEIGHTED_MIN_EXAMPLES if split in WEIGHTED_SPLITS else MIN_EXAMPLES)
      for split, floors in NEW_WRITER_FLOORS.items()],
])
def test_eval_hand_written_split_does_not_regress(eval_report, split, floors, min_examples):
    """The hand-written splits: a floor at what the stage achieves (a small margin), overall and
    per category, so that a change that loses generality fails here."""
    recall_floor, false_exclusion_ceiling, category_recall_floor, category_false_exclusion_ceiling = floors
    rows = [r for r in eval_report["rows"] if r["split"] == split]
    assert len(rows) == 7 and all(r["sensitive"] >= min_examples and r["benign"] >= min_examples for r in rows)
    recall, false_exclusion = _overall(rows)
    assert recall >= recall_floor, rows
    assert false_exclusion <= false_exclusion_ceiling, rows
    for row in rows:
        assert row["recall"] >= category_recall_floor, row
        assert row["false_exclusion_rate"] <= category_false_exclusion_ceiling, row


@pytest.mark.parametrize("split", sorted(PARTIAL_SPLITS))
def test_eval_split_of_some_categories_does_not_regress(eval_report, split):
    """The probe, field, queue and triage splits cover some categories each: a floor per category at
    the issue's targets, which each meets after its revision (triage's violence recall: 90%)."""
    rows = [r for r in eval_report["rows"] if r["split"] == split]
    assert sorted(r["category"] for r in rows) == sorted(PARTIAL_SPLITS[split])
    assert all(r["sensitive"] >= 10 and r["benign"] >= 10 for r in rows)
    recall_floor = TRIAGE_CATEGORY_RECALL_FLOOR if split == "triage" else PROBE_CATEGORY_RECALL_FLOOR
    for row in rows:
        assert row["recall"] >= recall_floor, row
        assert row["false_exclusion_rate"] <= PROBE_CATEGORY_FALSE_EXCLUSION_CEILING, row


def test_probe_split_covers_its_categories_with_confusable_benign_tickets():
    from training_gate.sensitive_blind import blind_examples
    from training_gate.sensitive_fresh import fresh_examples
    from training_gate.sensitive_probe import probe_examples

    examples = probe_examples()
    per_category = Counter((e["confusable_with"], e["label"] is not None) for e in examples)
    for category in ("children", "special_categories"):
        assert per_category[(category, True)] >= MIN_EXAMPLES and per_category[(category, False)] >= MIN_EXAMPLES
    assert per_category[("bereavement", False)] >= MIN_EXAMPLES and per_category[("bereavement", True)] >= 10
    assert set(per_category) == {(c, s) for c in PROBE_CATEGORIES for s in (True, False)}
    assert {e["register"] for e in examples} == {"chat", "email", "typos", "report", "summary", "non-native", "mixed"}
    assert len({e["id"] for e in examples}) == len(examples)
    assert all(e["split"] == "probe" and e["comments"] for e in examples)
    earlier = {e["customer_text"] for e in blind_examples() + fresh_examples()}
    assert not earlier & {e["customer_text"] for e in examples}


STRANGER_SPLITS = {**{s: PARTIAL_SPLITS[s] for s in ("field", "queue", "triage")},
                   **{s: tuple(SENSITIVE_CATEGORIES)
                      for s in ("inbox", "desk", "casebook", "market", "relay", "parcel", "stream", "voyage", "counter",
                                "harbor", "ledger", "lantern", "summit", "beacon", "meadow", *NEW_WRITER_FLOORS)}}


@pytest.mark.parametrize("split", sorted(STRANGER_SPLITS))
def test_stranger_split_is_balanced_and_new(split):
    """The splits written without sight of the rules: as many benign tickets as sensitive ones per
    category, at least 20 of each (15 in the splits weighted to other categories), in six registers or
    more, and no ticket of the other splits."""
    from training_gate.sensitive_eval import HAND_WRITTEN_SPLITS, split_examples

    examples = split_examples(split)
    per_category = Counter((e["confusable_with"], e["label"] is not None) for e in examples)
    assert set(per_category) == {(c, s) for c in STRANGER_SPLITS[split] for s in (True, False)}
    least = WEIGHTED_MIN_EXAMPLES if split in WEIGHTED_SPLITS else MIN_EXAMPLES
    assert all(count >= least for count in per_category.values())
    assert all(per_category[(c, True)] == per_category[(c, False)] for c in STRANGER_SPLITS[split])
    assert len({e["register"] for e in examples}) >= 6
    assert len({e["id"] for e in examples}) == len(examples)
    others = [s for s in HAND_WRITTEN_SPLITS if s != split]
    earlier = {turn for s in others
               for e in split_examples(s)
               for turn in e["comments"]}
    assert not earlier & {e["comments"][0] for e in examples if len(e["comments"][0]) > 40}  # not "How can I help?"


def test_blind_split_is_balanced_and_multi_turn():
    from training_gate.sensitive_blind import blind_examples

    examples = blind_examples()
    assert len(examples) == 280
    assert sum(1 for e in examples if e["label"]) == 140
    assert sum(1 for e in examples if len(e["comments"]) > 1) >= 100
    assert len({e["id"] for e in examples}) == len(examples)


def test_fresh_split_is_balanced_and_weighted_to_the_weak_categories():
    from training_gate.sensitive_blind import blind_examples
    from training_gate.sensitive_fresh import fresh_examples

    examples = fresh_examples()
    per_category = Counter((e["confusable_with"], e["label"] is not None) for e in examples)
    assert len(per_category) == 14 and min(per_category.values()) >= FRESH_MIN_EXAMPLES
    for category in ("children", "special_categories", "bereavement", "legal"):
        assert per_category[(category, True)] >= MIN_EXAMPLES and per_category[(category, False)] >= MIN_EXAMPLES
    assert sum(1 for e in examples if e["label"]) * 2 == len(examples)
    assert {e["register"] for e in examples} == {"chat", "email", "typos", "report", "summary", "non-native", "mixed"}
    assert len({e["id"] for e in examples}) == len(examples)
    assert all(e["split"] == "fresh" and e["comments"] for e in examples)
    blind_texts = {e["customer_text"] for e in blind_examples()}
    assert not blind_texts & {e["customer_text"] for e in examples}


def test_unseen_split_is_balanced_and_in_other_registers():
    from training_gate.sensitive_blind import blind_examples
    from training_gate.sensitive_unseen import unseen_examples

    examples = unseen_examples()
    per_category = Counter((e["confusable_with"], e["label"] is not None) for e in examples)
    assert len(per_category) == 14 and min(per_category.values()) >= MIN_EXAMPLES
    assert {e["register"] for e in examples} == {"chat", "email", "typos", "report", "summary", "non-native", "mixed"}
    assert len({e["id"] for e in examples}) == len(examples)
    assert all(e["split"] == "unseen" and e["comments"] for e in examples)
    blind_texts = {e["customer_text"] for e in blind_examples()}
    assert not blind_texts & {e["customer_text"] for e in examples}  # no customer's words shared with blind


@pytest.mark.parametrize(("text", "signature"), [
    ("Please confirm.\nRegards,\nKim Ho\nTrainee Solicitor", "Kim Ho\nTrainee Solicitor"),
    ("Hi,\nMy dad died.\nThanks,\nDana", "Dana"),
    ("Thanks for the help, my dad died last week.", ""),
    ("Hello\n--\nJon | Acme Ltd", "Jon | Acme Ltd"),
    ("Hi,\nThank you!\nMy dad died last week, his plan is still open.\nJo", ""),
    ("Please cancel it.\nThanks,\nSam\nP.S. my son is 12, he ordered it.", ""),
    ("Please cancel it.\nBest,\nT. Moore\nOffice Manager, Acme Ltd.", "T. Moore\nOffice Manager, Acme Ltd."),
])
def test_signature_start(text, signature):
    from training_gate.sensitive import signature_start

    assert text[signature_start(text):].strip() == signature


def test_sensitive_tickets_are_dropped_and_counts_add_up(published, expected, landing):
    counts = published["counts"]
    planted = Counter(r for r in expected["drop_reasons"].values() if r and r.startswith("sensitive:"))
    assert planted, "the sample data should plant sensitive tickets"
    got = {r: n for r, n in counts["dropped_by_reason"].items() if r.startswith("sensitive:")}
    by_classifier = classifier_only_drops(Path(published["path"]))  # beyond the plan: a model's exclusions
    assert len(by_classifier) <= counts["tickets_in"] // 50
    assert got == dict(planted + Counter(by_classifier.values()))
    assert counts["tickets_in"] == counts["published"] + counts["dropped"] + counts["quarantined"]
    assert sum(counts["excluded_by_sensitive_category"].values()) >= sum(planted.values())
    assert published["validation"]["success"]
    assert published["policy"]["sensitive_lexicon_sha256"]


def test_evidence_is_kept_in_staging_without_text(published, expected):
    from pathlib import Path

    partition = Path(published["path"])
    staging = partition.parents[1] / "_staging" / published["dataset"] / partition.name
    evidence = [json.loads(line) for line in (staging / "sensitive_evidence.jsonl").read_text().splitlines()]
    assert evidence
    assert set(evidence[0]) == {"record_id", "category", "rule", "field", "start", "end", "weight"}
    dropped = pq.read_table(staging / "sensitive_drops.parquet").to_pylist()
    assert {e["record_id"] for e in evidence} == {d["record_id"] for d in dropped}
    published_ids = {r for part in partition.glob("part-*.parquet")
                     for r in pq.read_table(part, columns=["record_id"])["record_id"].to_pylist()}
    assert not published_ids & {d["record_id"] for d in dropped}
    assert not list(partition.glob("*evidence*"))


def test_a_weak_sign_repeated_counts_once_and_two_different_ones_count_twice(detector):
    """Weak signs need company: the same words said again (the agent repeating the customer) are not a
    second sign, a different weak word is."""
    repeated = detector.screen_texts([("comments[0]", "Is my pension account linked?"),
                                      ("comments[1]", "Your pension account is linked.")])
    assert len(repeated.findings) == 2 and repeated.categories == ()
    different = detector.screen_texts([("comments[0]", "Is my pension account linked?"),
                                       ("comments[1]", "I also get benefits, is that linked too?")])
    assert different.categories == ("financial_hardship",)


def test_ordinary_support_tickets_are_rarely_excluded(detector):
    """The project's own scrub evaluation sets are ordinary support conversations: none of the 300
    generated ones is sensitive, and of the 150 hand-written ones 3 are (a son of 14, two deaths)
    and one more is excluded (an origin said: "I am from ..."). A rule that starts reading
    colours, sale conditions or street names as sensitive fails here."""
    from training_gate.evaluation import SETS
    from training_gate.sensitive_eval import ordinary_exclusions

    rows = {row["set"]: row for row in ordinary_exclusions(detector, SETS, names=("generated", "handwritten"))}
    assert rows["generated"]["tickets"] == 300 and rows["generated"]["excluded"] == 0
    assert rows["handwritten"]["tickets"] == 150 and rows["handwritten"]["excluded"] <= 4



def test_the_table_gives_each_split_its_overall_figures():
    from training_gate.sensitive_eval import format_table

    rows = [{"split": "desk", "category": "health", "sensitive": 20, "benign": 20, "recall": 0.5,
             "category_match": 0.5, "false_exclusion_rate": 0.1},
            {"split": "desk", "category": "legal", "sensitive": 20, "benign": 20, "recall": 1.0,
             "category_match": 1.0, "false_exclusion_rate": 0.0}]
    lines = format_table({"rows": rows}).splitlines()
    assert len(lines) == 4 and lines[3].split()[:3] == ["desk", "(split)", "75.0%"]
    assert lines[3].split()[-2:] == ["5.0%", "40"]


def test_a_rule_name_used_twice_in_a_category_is_refused(tmp_path):
    """A second rule of the same name would silently replace the first."""
    from training_gate.policy import DEFAULT_POLICY_PATH, load_policy
    from training_gate.sensitive import LexiconError, SensitiveDetector

    lexicon = (DEFAULT_POLICY_PATH.parent / "sensitive_topics.yaml").read_text()
    twice = lexicon.replace("  children:\n", "  children:\n    - name: minor_person\n      terms: [toddler]\n", 1)
    assert twice != lexicon
    (tmp_path / "sensitive_topics.yaml").write_text(twice)
    (tmp_path / "policy.yaml").write_text(DEFAULT_POLICY_PATH.read_text())
    with pytest.raises(LexiconError, match="children/minor_person"):
        SensitiveDetector(load_policy(tmp_path / "policy.yaml").sensitive)
