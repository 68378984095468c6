"""The labelled evaluation set of the sensitive-topic stage, and its scoring.

The set is generated from templates: for each category, sentences that reveal it
(label = the category) and confusable benign sentences that use the same words in
harmless ways (label = None, ``confusable_with`` = the category): products, idioms,
ordinary billing. Slots (relatives, conditions, ages, products, orders) vary the
phrasing. Every template belongs to a split:

- ``dev``: the templates the lexicon was tuned on;
- ``test``: held-out templates (and held-out slot values such as conditions), written
  at the same time; their errors were read once and answered with general rules, so
  they are optimistic about tickets written by someone else;
- ``blind``: 280 hand-written tickets in other registers and often several turns
  (``training_gate.sensitive_blind``). Its errors were read during a revision of the
  rules, so it is no longer blind;
- ``fresh``: 236 hand-written tickets (``training_gate.sensitive_fresh``), weighted to the
  categories that generalised worst; measured once before the rules changed in response
  to it (that figure is in its module's history), then read while tuning, like ``blind``;
- ``probe``: 118 hand-written tickets for children, special categories and bereavement
  (``training_gate.sensitive_probe``), written family by family (school stages, custody,
  religious practice, gender identity, death vocabulary in everyday senses ...) before
  the rules were revised against it; then read while tuning;
- ``unseen``: 308 hand-written tickets in yet other registers (agent summaries,
  third-person reports, long emails, typos, mixed topics; ``training_gate.sensitive_unseen``),
  whose errors are not read to tune the rules: the honest held-out measure;
- ``field`` (176: children, bereavement, special categories, legal) and ``queue`` (200: health,
  hardship, violence, children, bereavement): written for policy 2026.11.8 by writers who had
  not seen the rules, in registers the others lack (transcribed calls, web forms, long
  threads, school systems of other countries); measured once before any rule changed in
  response (docs/SENSITIVE.md has the figures), then read while tuning;
- ``inbox`` (280, all seven categories, 20 + 20 each; half the sensitive tickets avoid the
  category's obvious word): written after the field and queue revision by another writer
  who had not seen the rules; measured once before it was read, then read while tuning;
- ``desk`` (280, all seven categories, 20 + 20 each; help desks of eight countries, long
  threads, transcribed calls, agent notes): written at the same time by a third writer;
  like ``unseen`` it is never read to tune the rules, only its aggregate figures are;
- ``casebook`` (280, all seven categories, 20 + 20 each; tickets of five businesses in which the
  sensitive fact comes up in passing, sometimes only in the agent's reply or a note): written
  by a fifth writer after the inbox revision; measured once (rules, and rules with the
  classifier, which was trained before it), then read while tuning;
- ``market`` (280, all seven categories, 20 + 20 each; six consumer platforms: second-hand
  marketplace, ride hailing, food delivery, holiday lets, ticketing, dating; social DMs and
  answered app-store reviews), ``triage`` (240: special categories, violence and self-harm,
  financial hardship, 40 + 40 each, every sub-kind of each) and ``relay`` (280, all seven
  categories; a contact centre serving US, Indian, Nigerian, South African, Australian, Irish,
  Filipino and Singaporean English, machine-translated text and SMS shorthand): written for
  policy 2026.11.9 by three more writers who had not seen the rules, and measured once before
  any rule changed (rules, and rules with the classifier, which was trained before them).
  Market and triage were then read while tuning; relay is held out like unseen and desk;
- ``parcel`` (home and delivery services; long threads, voicemails, SMS), ``stream`` (digital
  services: streaming, games, music, cloud, creators), ``voyage`` (hotels, rail, car hire,
  cruises, package holidays, study abroad) and ``counter`` (bank, mobile network, department
  store, pharmacy shop, tutoring, leisure centre and library): 280 each, all seven categories,
  20 + 20 each, by four more writers, measured once like the three before them. Parcel and
  stream were then read while tuning; voyage and counter are held out.
- ``harbor`` (household services), ``ledger`` (money and work software) and ``lantern`` (travel
  and leisure): 280 each, all seven categories, for policy 2026.11.10, by three more writers
  asked to give about half of the sensitive facts only in passing; measured once. Harbor and
  ledger were then read while tuning and trained on; lantern is held out;
- ``summit`` (marketplace, student services, gym, parking, games, post), ``beacon`` (council,
  water, transport, rail, library, ID photos) and ``meadow`` (meal kits, a chemist shop,
  fashion, electronics, music, baby products): 280 each under the same brief, measured once on
  the stage of 2026.11.10, then trained on by the classifier; the rules were not tuned on them;
- ``compass`` (workplace: IT helpdesk, HR and payroll, expenses, co-working, recruitment, a travel
  desk), ``quarry`` (fitness and wellbeing: gyms, trackers, a sleep app, opticians, dental
  booking, vitamins, running events), ``tide`` (family and education: uniforms, tutoring, toys,
  clubs and camps, baby monitors, a family phone plan, a driving school), ``ember`` (ticketing,
  books, donations, print on demand, a VPN, a dating app), ``orchard`` (insurance, energy and
  broadband) and ``atlas`` (letting, removals, storage, an estate agent, car sales and finance,
  parcel lockers): 280 each under the same brief, measured once on the stage of 2026.11.10.
  Compass, quarry, tide and ember were then read while tuning and trained on; orchard and atlas
  are held out.
- ``grove`` (gig work: freelancing, couriers, ride share, cleaning, tutoring, handymen),
  ``signal`` (consumer software and smart home), ``pier`` (pets: vets, pet food, walkers,
  grooming, a pet insurer, a rescue; pets' illnesses and deaths in the benign half),
  ``crest`` (adult education: a university, halls, student loans, a language school, online
  courses, an exam board), ``harvest`` (a supermarket and its services) and ``loom``
  (weddings, events and hobbies): 280 each under the same brief, measured once on the stage
  of 2026.11.11. Grove, signal, pier and crest were then read while tuning and trained on;
  harvest and loom are held out.
- ``meridian`` (private healthcare admin: clinic booking, an online pharmacy, opticians, hearing
  aids, dental plans), ``kestrel`` (childcare and family: a nursery chain, school photos, children's
  clothing, a formula subscription, a kids' club app, school meals), ``cobalt`` (public services and
  fines: council tax and benefits, parking penalties, passports, vehicle licensing, court fines),
  ``juniper`` (business software: HR, payroll, rotas, a CRM, e-signature, accounting; managers
  writing about their staff), ``basalt`` (telecoms), ``willow`` (faith, culture and identity goods
  and services: a religious bookshop, halal and kosher meal kits, DNA ancestry kits, pride and
  rally ticketing, a union portal), ``prairie`` (a bank, a card issuer, pay-later, loans, a pawn
  shop, remittances) and ``canyon`` (restaurants, takeaways, pubs, hotels, a caterer): 280 each
  under the same brief, which asked for about half of the sensitive facts said only in passing
  and for especially varied children and special-category tickets; measured once on the stage of
  2026.11.12. Willow, prairie and canyon were chosen as held out before any was written; the
  other five were then read while tuning and trained on.
- ``thistle`` (sport and leisure clubs, lessons and camps), ``marlow`` (salons, a tattoo studio, a
  skin clinic, beauty retail), ``solstice`` (a social network's trust and safety desk, forums, a
  dating app, live streaming), ``gazette`` (a newspaper's subscriptions and comment moderation,
  publishing, podcasts, radio), ``hollow`` (toys, a children's book club, learning apps, tutoring,
  a family streaming plan) and ``delta`` (insurance claims): 280 each under the same brief,
  written at the same time, measured once on the stage of 2026.11.12, then trained on by the
  classifier; the rules were tuned on them for 2026.11.14.
- ``quill`` (printing and stationery, a deed-poll and name-change service, a form-filling helper),
  ``fable`` (a games and social platform with age checks, e-books and audiobooks, music lessons, a
  teen messaging app), ``tandem`` (donations and petitions, membership software for clubs, charities
  and unions, volunteering, meetups and rallies), ``ridge`` (home care, mobility aids, care-home
  fees, a personal alarm, grocery delivery for older people), ``mosaic`` (cycle, fertility and sleep
  tracking, a sexual-health pharmacy, DNA and health-test kits, a wedding planner, a photo cloud),
  ``ferry`` (visas and immigration, translation, money transfers to family abroad, a language
  school, ID photos), ``coral`` (a school parent app: payments, trips, clubs, uniforms, messaging,
  photos) and ``sable`` (home security, a locksmith, a personal safety app, a car tracker, self
  storage): 280 each under the same brief, measured once on the stage of 2026.11.13. Ferry, coral
  and sable were chosen as held out before any was written; the rules were then tuned on the
  other five and on thistle to delta, and the classifier trained on all eleven.
- ``bramble`` (a mobile network and broadband provider), ``heron`` (restaurant and hotel bookings, event
  catering, dietary requirements, a meal kit and food delivery), ``osprey`` (a dating app, a community forum
  and a social network), ``wren`` (a university's student services), ``kiln`` (gyms and leisure centres,
  swimming lessons, kids' clubs, a fitness app with body scans) and ``linden`` (HR, payroll and benefits
  software, employers and employees): 340 each, 35 + 35 for children and for special categories (the two
  weakest held out) and 20 + 20 for each other category, measured once on the stage of 2026.11.14. Kiln and
  linden were chosen as held out before any was written; the rules were then tuned on the other four, and
  the classifier trained on them.
- ``aster`` (an airline and its airport services), ``birch`` (a social housing association and its repairs
  desk), ``cedar`` (a betting, lottery and online casino operator), ``dune`` (a fashion and footwear retailer
  with maternity, modest-wear and school-uniform ranges), ``fjord`` (buses, trams and a taxi app) and
  ``glade`` (family history, DNA kits, photo printing and memorial products): 340 each in the same mix,
  measured once on the stage of 2026.11.15. Aster and birch were drawn at random as held out before any was
  written; the rules were then tuned on the other four, and the classifier trained on them.
- ``heath``, ``isle``, ``jetty``, ``knoll``, ``marsh`` and ``nook`` (400 each, 50 + 50 for children and for special
  categories, 20 + 20 for each other category; measured once on the stage of 2026.11.16), and ``bay``, ``cove``,
  ``dell``, ``fen``, ``glen`` and ``moor`` (400 each, 50 + 50 for children and for special categories, 30 + 30 for
  financial hardship, 20 + 20 for health and for violence, 15 + 15 for legal and for bereavement; measured once on
  the stage of 2026.11.17): each round by six more writers who had not seen the rules. Jetty and knoll, then bay and
  cove, were drawn at random as held out before any of their round was written; the rules were tuned on the other
  four of each round, and the classifier trained on them.
- ``brook`` (nurseries, pre-schools, after-school clubs and childminders), ``dale`` (co-working desks and meeting
  rooms), ``mesa`` (passport photos and document services), ``tarn`` (a halal, kosher and world-food grocer),
  ``vale`` (event ticketing) and ``weir`` (smart locks, doorbells, fitness trackers and children's smartwatches):
  400 each, 70 + 70 for special categories, 50 + 50 for children, 20 + 20 for financial hardship, 15 + 15 for each
  other category, measured once on the stage of 2026.11.18. Dale and tarn were drawn at random as held out before
  any was written; the rules were tuned on the other four, and the classifier trained on them.
- ``cairn`` (outdoor gear, guided walks and school expedition trips), ``ford`` (car rental and car sharing),
  ``holt`` (bridal wear, formal wear and alterations), ``lea`` (music and video streaming with family plans),
  ``scar`` (a credit union) and ``wold`` (a library, museum and community-learning service): the same mix, measured
  once on the stage of 2026.11.19 after it was final. Cairn and holt were drawn at random as held out before any
  was written; the rules were tuned on the other four for 2026.11.20, and the classifier trained on them.
- ``beck`` (a job board and recruitment agency), ``crag`` (a home-energy supplier and boiler-repair firm with a priority
  services register), ``mere`` (funeral plans, a florist and memorial masons), ``ness`` (a mobile games studio and
  esports league), ``shaw`` (a photography studio: school portraits, newborn and family shoots, weddings, headshots)
  and ``tor`` (a marketplace for tradespeople): the same mix, measured once on the stage of 2026.11.20 after it was
  final. Crag and shaw were drawn at random as held out before any was written; the rules were tuned on the other
  four for 2026.11.21, and the classifier trained on them for 2026.11.24.
- ``combe`` (a hair, beauty, tattoo and piercing studio chain), ``fell`` (university halls and student services),
  ``gill`` (a faith, pilgrimage and heritage travel agency), ``knap`` (a matchmaking and dating-events company),
  ``loch`` (a translation, interpreting and visa-paperwork bureau) and ``rill`` (a children's clothing, school-uniform
  and name-label shop): the same mix, measured once on the stage of 2026.11.24 after it was final. Fell and rill were
  drawn at random as held out before any was written; the rules were tuned on the other four for 2026.11.24.2, and
  the classifier trained on them for 2026.11.24.3.
- ``burn`` (a celebration bakery and party-supplies shop), ``haugh`` (a crowdfunding and fundraising-page platform),
  ``kyle`` (a youth-hostel and group-accommodation chain), ``moss`` (a language-learning app with live tutors),
  ``sike`` (a podcast-hosting and community-radio platform) and ``wick`` (a home-education, tutoring and SEN support
  agency): the same mix, measured once on the stage of 2026.11.24.3 after it was final. Haugh and sike were drawn at
  random as held out before any was written; the rules were tuned on the other four for 2026.11.24.4, and the
  classifier trained on them.
- ``brae`` (a driving school and test-booking service), ``carr`` (removals, self-storage and house clearance),
  ``clough`` (a wedding, civil-ceremony and events venue), ``firth`` (a bicycle shop and cycle-to-work scheme),
  ``howe`` (an online grocery and click-and-collect service) and ``strath`` (an insurance broker): the same mix,
  measured once on the stage of 2026.11.24.4 after it was final. Carr and clough were drawn at random as held out
  before any was written; the rules were tuned on the other four for 2026.11.24.5, and the classifier trained on them.
- ``gorse`` (a garden centre, landscaping and allotment service), ``holm`` (a football club's ticketing and supporters'
  services), ``ings`` (home-appliance repair, warranties and white-goods rental), ``linn`` (a music school, instrument
  hire and exam entries), ``rigg`` (a mortgage broker and conveyancing service) and ``slack`` (a laundry, dry-cleaning
  and home-cleaning service): the same mix, measured once on the stage of 2026.11.24.5 after it was final. Holm and
  slack were drawn at random as held out before any was written; the rules were tuned on the other four for
  2026.11.24.6, and the classifier trained on them.
- ``garth`` (a veterinary practice and pet insurance), ``kame`` (a lettings agency and property management), ``nab`` (a
  car dealership, servicing and MOT garage), ``pike`` (a theatre and cinema box office), ``scree`` (a payroll, pensions
  and HR-outsourcing bureau) and ``wath`` (a holiday park, caravan and lodge site): the same mix, measured once on the
  stage of 2026.11.24.6 after it was final. Garth and scree were drawn at random (``secrets``) as held out before any
  was written; the rules were tuned on the other four for 2026.11.24.7, and the classifier trained on them.
- ``bield`` (a gym, swimming pool and leisure-centre membership), ``dod`` (a mobile phone and broadband provider),
  ``flush`` (an opticians and hearing-aid chain), ``hause`` (a newspaper and magazine subscriptions service),
  ``rake`` (a local council's services desk: council tax, bins, parking permits) and ``shiel`` (a charity's donations,
  fundraising events and volunteering): the same mix, measured once on the stage of 2026.11.24.7 after it was
  final. Rake and shiel were drawn at random (``secrets``) as held out before any was written.
- ``brant`` (a community pharmacy and prescription delivery service), ``fold`` (a baby and nursery-products retailer
  with a gift registry), ``gowl`` (a taxi firm with school runs and airport transfers), ``heugh`` (a grassroots
  football club and youth league), ``swang`` (an IT support and computer repair shop) and ``yat`` (a hotel chain with a
  spa and conference rooms): the same mix, measured once on the final stage of 2026.11.24.7, the next round's first
  night. Fold and heugh were drawn at random (``secrets``) as held out before any was written.

``evaluate`` reports, per split and category, recall (sensitive tickets excluded, for any
category), category match (excluded with their own category among the assigned ones) and
false-exclusion rate (benign tickets confusable with the category that were excluded for
any reason).
"""

from __future__ import annotations

import importlib
import random
import re
from collections import Counter, defaultdict

SPLITS = ("dev", "test")  # template splits
HAND_WRITTEN_SPLITS = ("blind", "fresh", "probe", "unseen", "field", "queue", "inbox", "desk",  # training_gate.sensitive_<split>
                       "casebook", "market", "triage", "relay", "parcel", "stream", "voyage", "counter", "harbor", "ledger", "lantern",
                       "summit", "beacon", "meadow", "compass", "quarry", "tide", "ember", "orchard", "atlas",
                       "grove", "signal", "pier", "crest", "harvest", "loom", "meridian", "kestrel", "cobalt",
                       "juniper", "basalt", "willow", "prairie", "canyon", "thistle", "marlow", "solstice",
                       "gazette", "hollow", "delta", "quill", "fable", "tandem", "ridge", "mosaic", "ferry", "coral",
                       "sable", "bramble", "heron", "osprey", "wren", "kiln", "linden", "aster", "birch", "cedar",
                       "dune", "fjord", "glade", "heath", "isle", "jetty", "knoll", "marsh", "nook", "bay", "cove",
                       "dell", "fen", "glen", "moor", "brook", "dale", "mesa", "tarn", "vale", "weir",
                       "cairn", "ford", "holt", "lea", "scar", "wold", "beck", "crag", "mere", "ness", "shaw", "tor",
                       "combe", "fell", "gill", "knap", "loch", "rill", "burn", "haugh", "kyle", "moss", "sike", "wick",
                       "brae", "carr", "clough", "firth", "howe", "strath", "gorse", "holm", "ings", "linn", "rigg", "slack",
                       "garth", "kame", "nab", "pike", "scree", "wath",
                       "bield", "dod", "flush", "hause", "rake", "shiel", "brant", "fold", "gowl", "heugh", "swang", "yat")
PER_TEMPLATE_SET = {"dev": 30, "test": 20}  # examples per (category, label, split)

SLOTS_BY_SPLIT = {
    "condition": {
        "dev": ["diabetes", "cancer", "epilepsy", "depression", "asthma", "a heart condition",
                "multiple sclerosis", "dementia"],
        "test": ["Crohn's disease", "leukemia", "bipolar disorder", "rheumatoid arthritis", "long COVID",
                 "PTSD", "a brain tumour", "kidney disease"],
    },
}
SLOTS = {
    "relative": ["mother", "father", "wife", "husband", "partner", "brother", "sister", "grandmother",
                 "grandfather", "mum", "dad", "aunt", "uncle"],
    "child": ["son", "daughter", "kid", "little boy", "little girl", "stepson", "granddaughter"],
    "age": [str(n) for n in range(5, 17)] + ["nine", "eleven", "twelve", "fourteen"],
    "product": ["wireless headphones", "coffee grinder", "standing desk", "running shoes", "smart thermostat",
                "backpack", "blender", "desk lamp", "router", "tablet", "air fryer", "vacuum cleaner"],
    "order": ["#W4839201", "order 5520193", "ORD-7731904", "#W1102938", "order 8841020"],
    "month": ["March", "June", "September", "last month", "two weeks ago", "in the spring"],
}
OPENERS = ["Hi,", "Hello,", "Hi there,", "Good morning,", "Hey,", ""]
REQUESTS = [
    "Can you help me with {order}?", "Could you move the delivery of the {product} to next week?",
    "Please cancel {order} and refund me.", "How do I change the email on my account?",
    "I need a refund for the {product}.", "Can the {product} be picked up instead?",
    "Please let me know what my options are.", "Can you pause my subscription for two months?",
]
CLOSERS = ["Thanks.", "Thank you.", "Regards.", "Thanks in advance.", ""]
AGENT_REPLIES = [
    "Thanks for reaching out. I have updated your order and you will receive an email confirmation shortly.",
    "I understand. I've paused the subscription and no further payments will be taken until you restart it.",
    "Thank you for letting us know. The refund has been issued and should appear in 3-5 business days.",
    "No problem at all, I have changed the delivery date. Let us know if there is anything else.",
]

# (category, label, split) -> templates. label "sensitive" or "benign".
TEMPLATES: dict[tuple[str, str, str], list[str]] = {
    # ---------------------------------------------------------------- health
    ("health", "sensitive", "dev"): [
        "I was diagnosed with {condition} {month} and I've missed the return window because of appointments.",
        "My {relative} is in hospital after a fall, so nobody was home to take the delivery.",
        "I'm pregnant and can't lift heavy boxes, could the courier bring the {product} inside?",
        "I've been off work with {condition}, which is why I couldn't send the {product} back in time.",
        "I'm recovering from surgery on my knee and can't get to the post office.",
        "My {relative} has {condition} and uses my account to order supplies.",
        "I am deaf, so please reply by email instead of calling me.",
        "I had a panic attack on the phone with your colleague yesterday and had to hang up.",
        "I'm on insulin and the fridge I ordered for my medication still hasn't arrived.",
        "My {relative} had a stroke {month} and I'm now handling her orders.",
        "I've been really ill with pneumonia and only just saw your emails.",
        "I'm going through chemotherapy at the moment so I'm not always able to answer the phone.",
        "My {relative}'s eyesight is failing and she can't read the small print on the {product} manual.",
        "I have IBS so I can't wait in for a delivery window that long.",
        "I've got a dodgy knee at the moment, please leave the {product} at the door.",
        "My {relative} is waiting on a hip op so please send the invoice to me instead.",
    ],
    ("health", "sensitive", "test"): [
        "Sorry for the slow reply, I spent most of {month} on a ward being treated for {condition}.",
        "Since my {condition} diagnosis I find long phone calls exhausting, can we do this over chat?",
        "My doctor has signed me off for six weeks so I can't collect the {product}.",
        "I live with {condition} and some days I can't get out of bed, so missed deliveries happen.",
        "I'm expecting a baby in {month} and need the {product} before then.",
        "My {relative} broke her hip and I've been caring for her full-time.",
        "The antidepressants I'm taking make me forgetful, I think I ordered this twice by mistake.",
        "I had an operation on my back and I can't carry the parcel up the stairs.",
    ],
    ("health", "benign", "dev"): [
        "I ordered sunscreen and a first aid kit but only the sunscreen arrived.",
        "The app is dead again after the update, it won't even open.",
        "I'm sick of waiting for this refund, it has been three weeks.",
        "My phone's battery died halfway through checkout and now I have two orders.",
        "The fitness tracker doesn't count my steps correctly on the treadmill.",
        "Do you sell the vitamins in bigger bottles?",
        "The hospital-grade air purifier I bought is making a rattling noise.",
        "This bug is a nightmare, every time I log in it logs me out again.",
        "The blood pressure monitor I ordered shows error code E3.",
        "I'm dying to try the new version of the {product}, when is it out?",
        "The heart rate sensor on the watch stopped working after the update.",
        "Your checkout page is painfully slow today.",
        "I'm a nurse at the hospital and need a VAT invoice for the {product}.",
        "The action figure arrived with a broken arm, can I get a replacement?",
        "Sick as in brilliant, the {product} is great, but the invoice is missing.",
        "The price rise nearly gave me a heart attack, is there a cheaper plan?",
    ],
    ("health", "benign", "test"): [
        "The knee pads I ordered are the wrong size, can I swap them?",
        "The massage gun arrived with a broken charger.",
        "The app keeps having a fit whenever I rotate the screen.",
        "I'm tired of resetting the router every single day.",
        "The crash on startup is killing my productivity.",
        "I need a replacement for the cracked digital thermometer.",
        "Can I return the unopened pack of plasters and the hand sanitiser?",
        "The treatment of my complaint by your team has been very disappointing.",
    ],
    # ---------------------------------------------------------------- children
    ("children", "sensitive", "dev"): [
        "My {child} is {age} and made purchases on my card without asking.",
        "Please delete the account my {age}-year-old {child} created, she is far too young.",
        "My {age} year old {child} uses this tablet for school and the parental lock is not working.",
        "The account belongs to my {child}, who is only {age}.",
        "My teenager keeps buying games on my account, how do I stop it?",
        "My {child}'s school email is linked to the account and I want to remove it.",
        "My {child} turned {age} last week and the birthday discount didn't apply.",
        "Can you remove the photos of my {child} that were uploaded to the profile? He's {age}.",
        "My toddler pressed the order button and bought three blenders.",
        "I am writing on behalf of my {age}-year-old, who is a minor and cannot sign the contract.",
        "I'm a mum of two young kids so daytime deliveries are hard.",
        "We adopted a little boy {month} and need to add him to the family plan.",
        "Our eldest is {age} and wants his own login.",
        "The purchases were made by a child in the household, can they be refunded?",
        "I'm a single parent and have to collect the kids from school at 3, so deliver after 4.",
    ],
    ("children", "sensitive", "test"): [
        "My {child} (aged {age}) signed up using my email address.",
        "My {child} is in year 5 and needs the laptop for homework, can you speed up delivery?",
        "Our {age}-yr-old managed to change the account password.",
        "My kids are {age} and {age} and they share this login, can we make separate profiles for them?",
        "My {child}, {age}, accidentally subscribed to the premium plan.",
        "My {child} is still in primary school and her details should not be stored on your site.",
        "Our baby was born {month} and I need to add her to the family plan.",
        "My {child}'s teacher recommended the app but it asks for her date of birth.",
    ],
    ("children", "benign", "dev"): [
        "I ordered a kids' bike helmet in blue but received a pink one.",
        "The baby monitor keeps losing the wifi connection.",
        "The child lock on the washing machine won't release.",
        "The toy says suitable for ages 3+ but the box is missing the small parts warning.",
        "Do you have the children's book series in hardback?",
        "I'm buying a birthday present for a friend and want gift wrapping.",
        "The school backpack's zip broke after two days.",
        "Is the Kids Edition of the tablet available in green?",
        "The car seat I ordered arrived without the instruction manual.",
        "How do I turn on parental controls on the streaming box?",
        "My {order} for the kids' pyjamas shows delivered but nothing came.",
        "The nursery lamp flickers when dimmed.",
        "Even a child could set up the {product}, but the invoice is wrong.",
        "The baby blue version of the {product} is out of stock.",
        "The {age}-year-old laptop I'm trading in won't power on.",
        "My husband is a big kid, he loves the {product}, but it arrived scratched.",
        "My little brother's gift card code for {order} didn't work.",
    ],
    ("children", "benign", "test"): [
        "The high chair tray cracked on the first use.",
        "Can I exchange the baby stroller for a different colour?",
        "The toddler-sized rain boots are out of stock, when will they return?",
        "The tablet has been running like a child's toy since the last update.",
        "I was a kid in a candy store with your sale, but the discount code failed.",
        "The school supplies bundle was missing the calculator.",
        "Your 12-month warranty claim form keeps rejecting my receipt.",
        "The youth football boots run small, I need a bigger size.",
    ],
    # ------------------------------------------------------------- financial_hardship
    ("financial_hardship", "sensitive", "dev"): [
        "I lost my job {month} and I can't pay the rent, so please cancel the subscription.",
        "I'm in a lot of debt right now and a debt collector keeps calling me about this account.",
        "I've been made redundant and can't afford the monthly payments any more.",
        "We are being evicted next week, please stop the delivery.",
        "I've filed for bankruptcy and my trustee said to contact you.",
        "I'm on universal credit and the extra charge means I can't buy food this week.",
        "I can't afford my bills at the moment, can we set up a payment plan?",
        "I'm unemployed and struggling to pay the loan on the {product}.",
        "My house is being repossessed and I need to change the delivery address.",
        "Money is really tight since my hours were cut and I fell behind on my payments.",
        "I've been signing on since the factory closed, so I need to cancel the {product} plan.",
    ],
    ("financial_hardship", "sensitive", "test"): [
        "I was laid off {month} and have been living off my savings, I need to stop all payments.",
        "The bank froze my account because I'm overdrawn and I have nothing left until payday.",
        "I'm relying on a food bank at the moment and cannot keep paying for this plan.",
        "I've been out of work since {month} and the bailiffs have been round twice.",
        "We are living paycheck to paycheck and this double charge leaves us short for groceries.",
        "I've had to take out a payday loan to cover this, please refund me quickly.",
        "My wages are being garnished and I can't cover the {product} instalments.",
        "I'm homeless at the moment, so please send the refund to my card, not the old address.",
    ],
    ("financial_hardship", "benign", "dev"): [
        "I was charged twice for {order}, please refund one of the payments.",
        "My card was declined at checkout even though it works elsewhere.",
        "I can't afford to wait another week for the {product}, please expedite it.",
        "The price of the {product} dropped the day after I bought it, can I get the difference?",
        "I'm unable to pay with PayPal, the button does nothing.",
        "Can I split the payment for the {product} into instalments?",
        "Your late fee was applied even though I paid on time.",
        "I'd like a copy of my invoice for {order} for my expense report.",
        "The collection point near me is closed, where else can I pick up the parcel?",
        "The discount code says it has expired but the email says it is valid until Friday.",
        "My bank shows a pending charge from you that I don't recognise.",
        "The {product} broke after a week, I want my money back.",
        "I signed on to the portal but I can't see my invoices for {order}.",
    ],
    ("financial_hardship", "benign", "test"): [
        "The checkout broke when I applied the voucher, and now I'm out of pocket by ten pounds.",
        "Is there a student discount on the annual plan?",
        "I can't pay my invoice online, the page shows an error 500.",
        "I'd like to change my billing date to the 15th to match my salary.",
        "The refund went to my old card which is now cancelled, what happens now?",
        "Your prices went up again, I might cancel if there is no loyalty discount.",
        "Please remove my saved card from the account.",
        "The free shipping threshold changed and I was charged for delivery.",
    ],
    # ------------------------------------------------------------------- legal
    ("legal", "sensitive", "dev"): [
        "My lawyer has advised me not to discuss the accident, please only contact me in writing.",
        "I'm going through a divorce and my ex still has access to this account.",
        "I filed a police report after the parcel was stolen from my porch, here is the crime reference number.",
        "I will take you to the small claims court if this is not refunded.",
        "There is a restraining order against my ex-partner, please do not give him any details.",
        "My attorney will be in touch about the damage the {product} caused.",
        "I was arrested {month} and couldn't receive the delivery.",
        "I'm due in court next week as a witness and need the order delivered before then.",
        "My solicitor is handling my late father's estate and needs the account closed.",
        "I have a criminal record and your background check rejected my seller application.",
        "I spent two years inside, so the account was closed, can you reopen it?",
        "My {relative} has been locked up since {month} and I'm managing his account.",
    ],
    ("legal", "sensitive", "test"): [
        "I am suing the landlord over the flat and need the invoices for the {product} as evidence.",
        "My case goes before the judge in {month}, can you send me a statement of all my orders?",
        "I was on probation last year, does that affect my account verification?",
        "I'm speaking to legal counsel about this and expect a written response.",
        "The custody hearing for my kids is next month and I need my purchase history.",
        "The officers who came to my house took my laptop as evidence, so I can't log in.",
        "I've been summoned for jury duty and will miss the installation appointment.",
        "I've started legal proceedings against my former employer and need records of deliveries to my office.",
    ],
    ("legal", "benign", "dev"): [
        "Where can I find your terms of service and the legal notice?",
        "I ordered the court shoes in size 6 but got size 7.",
        "The phone case I bought doesn't fit the new model.",
        "I'd like to make a warranty claim for the {product}.",
        "Can I get a free trial of the premium plan before buying?",
        "The police costume I ordered for Halloween was missing the hat.",
        "Your privacy policy link is broken on the signup page.",
        "How do I appeal the decision on my returned {product}?",
        "The charge on my statement says {order} but I never got a receipt.",
        "Is the tennis court net in stock?",
        "The food court kiosk at the mall said to contact you about the loyalty card.",
        "Please sentence-case the product titles on my seller page, they look odd.",
        "The customer is a solicitor ordering the {product} for the firm's office.",
        "The lawyer costume was missing its wig.",
    ],
    ("legal", "benign", "test"): [
        "I ordered the book The Lincoln Lawyer and received a cookbook instead.",
        "The security camera keeps sending alerts when nobody is at the door.",
        "The contract for the mobile plan says 12 months but the app says 24.",
        "I want to dispute the shipping fee on {order}.",
        "The judges' choice award badge on the product page is misleading.",
        "The trial period ended early and I was billed.",
        "The case for my glasses arrived cracked.",
        "Can the agent escalate this to a supervisor?",
    ],
    # ---------------------------------------------------------- special_categories
    ("special_categories", "sensitive", "dev"): [
        "As a Muslim I fast during Ramadan, please deliver after sunset.",
        "I'm gay and your agent made a comment about my husband that was really offensive.",
        "I'm transgender and need my old name removed from every order.",
        "Your support person asked about my ethnicity, which has nothing to do with a refund.",
        "I'm a trade union member and our union is boycotting the courier you use.",
        "Please don't send parcels on Saturday, it is the Sabbath and we are Jewish.",
        "The DNA test results in my account should be deleted, I don't want my genetic data stored.",
        "I volunteer for the Green Party and the campaign leaflets I ordered haven't arrived.",
        "I'm non-binary and my pronouns are they/them, please update the account.",
        "Your app collected my fingerprint data without asking, I want it deleted.",
        "I was treated differently in the store because I'm Black.",
        "My church group uses this account and the hymn books are late.",
        "I don't want my DNA results shared with any partner company.",
        "The agent asked where I'm really from because of my surname.",
        "My partner and I (both guys) need a joint account.",
    ],
    ("special_categories", "sensitive", "test"): [
        "My wife and I are both women and your form only allows a husband, which is upsetting.",
        "I wear a hijab and the ID photo upload keeps rejecting my picture.",
        "I'm a shop steward and my colleagues' orders go to the union office.",
        "I have been volunteering for the Labour candidate in my town and need a bulk order of envelopes.",
        "I'm an atheist and don't want the religious greeting card that was added to my order.",
        "I'm half Nigerian and half Irish and your agent made a joke about it.",
        "I came out to my family last year and changed my name, please update my records.",
        "My faith does not allow me to receive deliveries on holy days.",
    ],
    ("special_categories", "benign", "dev"): [
        "The fingerprint sensor on the phone stopped recognising my finger.",
        "Is the Black Friday deal still available on the {product}?",
        "I need party supplies for a birthday party, do you deliver on Saturday?",
        "My credit union card is being declined on your site.",
        "Can I ship to any country in the European Union?",
        "The face ID login doesn't work after the update.",
        "The rainbow phone cover is sold out, will you restock?",
        "I'd like to transition to the annual plan.",
        "Our team is moving from Slack to your app, can we import the history?",
        "The Christmas gift wrapping option is not showing.",
        "The third-party seller sent the wrong item.",
        "The race car toy's wheels came off.",
        "It went straight to voicemail when I called about {order}.",
        "Can I book the church hall for a birthday party?",
        "I'd like the white version instead of the black one.",
    ],
    ("special_categories", "benign", "test"): [
        "Does the Eid sale include the {product}?",
        "The church candles I ordered arrived melted.",
        "I vote we just cancel and reorder, this is taking too long.",
        "The white version of the {product} is out of stock.",
        "The kosher salt I ordered is the wrong brand.",
        "The political thriller I ordered has a torn cover.",
        "The bisexual flag pin is missing from the pride collection page.",
        "Can you recommend a genetic algorithm textbook from your catalogue?",
    ],
    # ------------------------------------------------------------------- bereavement
    ("bereavement", "sensitive", "dev"): [
        "My {relative} passed away {month} and I need to close the account.",
        "My {relative} died suddenly and the subscription is still being charged to her card.",
        "I'm the executor of my {relative}'s estate and need the order history.",
        "We lost my {relative} {month}, please stop sending the monthly box.",
        "The account holder is deceased, I have the death certificate.",
        "I'm writing on behalf of my late {relative}, who bought the {product}.",
        "I missed the delivery because I was at my {relative}'s funeral.",
        "My {relative} is no longer with us and I want to cancel his plan.",
        "Since my {relative}'s death I have been managing the household accounts.",
        "My {relative} was killed in a car crash and I need to cancel her orders.",
    ],
    ("bereavement", "sensitive", "test"): [
        "My {relative} lost her battle with cancer {month}; please transfer the account to me.",
        "Following the death of my {relative}, the direct debit needs to stop.",
        "I recently became a widow and don't know the password my husband used.",
        "We buried my {relative} last week and I can't deal with this order right now.",
        "My {relative} sadly passed {month}, so nobody will be at that address.",
        "I'm grieving and forgot to return the {product}, please extend the deadline.",
        "After my {relative}'s passing I found this subscription on her statements.",
        "My {relative} won't be needing the {product} any more, he died in {month}.",
    ],
    ("bereavement", "benign", "dev"): [
        "The app is dead again after the latest update.",
        "My {product} died after two weeks, I want a replacement.",
        "There is a dead pixel in the middle of the tablet screen.",
        "The link in your email is dead.",
        "The payment was late because the bank was closed.",
        "I lost my parcel tracking number, can you resend it?",
        "The battery dies within an hour.",
        "I passed the verification step but the account is still locked.",
        "The router passed away, so to speak, after the firmware update.",
        "My package was lost in transit.",
        "The killer deal on the {product} expired before I could order.",
        "The screen went dead while I was paying.",
    ],
    ("bereavement", "benign", "test"): [
        "I lost my password and the reset email never arrives.",
        "The old router has finally given up the ghost, which model should I buy?",
        "The phone went completely dead and won't charge.",
        "The sale ended at midnight and I missed it by a minute.",
        "My order has been stuck in the depot for a week, it is dead in the water.",
        "The funeral flowers category on your site shows wedding bouquets.",
        "My late delivery fee should be refunded.",
        "The last update killed the battery life.",
    ],
    # ---------------------------------------------------------- violence_self_harm
    ("violence_self_harm", "sensitive", "dev"): [
        "My ex-partner is harassing me through this account, please change all my details.",
        "I'm being stalked and I need my address removed from the delivery history.",
        "I'm in an abusive relationship and he checks this account, please don't email me.",
        "Someone threatened to kill me over the resale listing.",
        "I feel like ending my life and this bill is the last straw.",
        "I have been thinking about suicide and I can't deal with this order right now.",
        "Your delivery driver assaulted me at my door.",
        "I was attacked outside my flat and my phone was stolen, please lock the account.",
        "I'm staying at a women's shelter, please don't send anything to my old address.",
        "My husband hit me and I need to remove him from the shared account.",
        "I've been self-harming and my counsellor told me to take a break from online shopping.",
        "A man in your store grabbed me and threatened me.",
        "Nothing matters anymore and no one would miss me, just close the account.",
    ],
    ("violence_self_harm", "sensitive", "test"): [
        "I don't want to be alive anymore and honestly the refund doesn't matter.",
        "My former partner keeps turning up at my work and sending me frightening messages.",
        "I'm afraid he will hurt me if he finds out my new address, please hide it.",
        "The courier shouted at me and shoved me against the wall.",
        "Someone is blackmailing me with photos from my old account.",
        "I was mugged on the way home and they took my card.",
        "My son is being bullied at school over the headphones you sent, please exchange them.",
        "Last night I took too many pills, I'm home now but can't deal with the return.",
    ],
    ("violence_self_harm", "benign", "dev"): [
        "This bug is a nightmare, the app crashes every time.",
        "The update killed my battery life.",
        "I ordered a knife set and one knife is missing.",
        "The shooting game won't launch on my console.",
        "Your abuse report button doesn't do anything.",
        "The punch card for the coffee loyalty scheme wasn't stamped.",
        "The fitness boxing gloves split at the seam.",
        "I'd kill for a faster checkout, honestly.",
        "The virus scanner flags your installer as a threat.",
        "My spam filter is catching all your emails.",
        "The attack on titan box set is missing disc 2.",
        "The kick scooter's brake is loose.",
        "I'd murder a pizza right now but your app won't let me order.",
    ],
    ("violence_self_harm", "benign", "test"): [
        "The fight with your billing system has gone on for weeks.",
        "The security threat warning popped up when I logged in.",
        "The hammer drill stopped working after one use.",
        "The blade of the lawn mower arrived bent.",
        "I'm so frustrated I could scream, the order is late again.",
        "The martial arts uniform is the wrong size.",
        "Your chatbot is driving me crazy.",
        "The nerf gun darts are missing from the box.",
    ],
}
CATEGORIES = ("health", "children", "financial_hardship", "legal", "special_categories", "bereavement",
              "violence_self_harm")


def _fill(template: str, rng: random.Random, split: str) -> str:
    def value(match: re.Match) -> str:
        slot = match.group(1)
        if slot in SLOTS_BY_SPLIT:
            return rng.choice(SLOTS_BY_SPLIT[slot][split])
        return rng.choice(SLOTS[slot])

    return re.sub(r"\{(\w+)\}", value, template)


def build_eval_set(seed: int = 4, blind: bool = True) -> list[dict]:
    """The labelled set: one dict per ticket with id, split, label, confusable_with, subject, texts;
    the template splits, then (unless ``blind`` is false) the hand-written splits."""
    rng = random.Random(seed)
    examples = []
    for category in CATEGORIES:
        for label in ("sensitive", "benign"):
            for split in SPLITS:
                templates = TEMPLATES[(category, label, split)]
                for number in range(PER_TEMPLATE_SET[split]):
                    template = templates[number % len(templates)]
                    opener, request, closer = rng.choice(OPENERS), rng.choice(REQUESTS), rng.choice(CLOSERS)
                    sentence = _fill(template, rng, split)
                    parts = [opener, sentence, _fill(request, rng, split), closer]
                    if rng.random() < 0.3:  # the sentence later in the message
                        parts = [opener, _fill(request, rng, split), sentence, closer]
                    examples.append({
                        "id": f"{category}-{label}-{split}-{number:03d}",
                        "split": split,
                        "label": category if label == "sensitive" else None,
                        "confusable_with": category,
                        "template": templates.index(template),
                        "subject": rng.choice(["Help with my order", "Question about my account", "Refund",
                                               f"About {_fill('{order}', rng, split)}", "Delivery"]),
                        "customer_text": " ".join(p for p in parts if p),
                        "agent_text": rng.choice(AGENT_REPLIES),
                    })
    if blind:
        for split in HAND_WRITTEN_SPLITS:
            examples += split_examples(split)
    return examples


def split_examples(split: str) -> list[dict]:
    """The labelled tickets of one hand-written split (``training_gate.sensitive_<split>``); only that
    split's module is imported."""
    module = importlib.import_module(f"training_gate.sensitive_{split}")
    return getattr(module, f"{split}_examples")()


def example_fields(example: dict) -> list[tuple[str, str]]:
    if "comments" in example:  # a hand-written ticket (blind, fresh, probe, unseen): several turns
        return [("subject", example["subject"])] + [(f"comments[{i}]", c) for i, c in enumerate(example["comments"])]
    return [("subject", example["subject"]), ("comments[0]", example["customer_text"]),
            ("comments[1]", example["agent_text"])]


def evaluate(detector, examples: list[dict]) -> dict:
    """Per split and category: recall (sensitive tickets excluded, for any category), category
    match (excluded with their own category among the assigned ones) and false-exclusion
    rate (benign tickets confusable with the category that were excluded); plus the errors."""
    verdicts = detector.screen_many([example_fields(e) for e in examples])
    tally: dict[tuple[str, str], dict[str, int]] = defaultdict(lambda: defaultdict(int))
    errors = []
    for example, verdict in zip(examples, verdicts, strict=True):
        for split in (example["split"], "all"):
            counts = tally[(split, example["confusable_with"])]
            if example["label"]:
                counts["sensitive"] += 1
                counts["caught"] += example["label"] in verdict.categories
                counts["excluded"] += bool(verdict.categories)
            else:
                counts["benign"] += 1
                counts["false_excluded"] += bool(verdict.categories)
        wrong = (example["label"] and example["label"] not in verdict.categories) or \
                (not example["label"] and verdict.categories)
        if wrong:
            errors.append({"id": example["id"], "split": example["split"], "label": example["label"],
                           "assigned": list(verdict.categories), "text": example["customer_text"]})
    rows = []
    for (split, category), counts in sorted(tally.items()):
        rows.append({
            "split": split, "category": category,
            "sensitive": counts["sensitive"], "benign": counts["benign"],
            "recall": counts["excluded"] / counts["sensitive"] if counts["sensitive"] else None,
            "category_match": counts["caught"] / counts["sensitive"] if counts["sensitive"] else None,
            "false_exclusion_rate": counts["false_excluded"] / counts["benign"] if counts["benign"] else None,
        })
    return {"examples": len(examples), "rows": rows, "errors": errors}


def format_table(report: dict) -> str:
    """One line per split and category, and under each split its overall figures ("(split)")."""
    lines = [f"{'split':<6} {'category':<20} {'recall':>7} {'cat_match':>9} {'n_sens':>6} "
             f"{'false_excl':>10} {'n_benign':>8}"]
    rows = report["rows"]
    for position, row in enumerate(rows):
        lines.append(_table_line(row))
        last_of_split = position + 1 == len(rows) or rows[position + 1]["split"] != row["split"]
        if last_of_split and row["split"] != "all":
            lines.append(_table_line(overall_row([r for r in rows if r["split"] == row["split"]])))
    return "\n".join(lines)


def overall_row(rows: list[dict]) -> dict:
    """One split's figures over its categories' rows, weighted by their ticket counts."""
    sensitive, benign = sum(r["sensitive"] for r in rows), sum(r["benign"] for r in rows)
    return {"split": rows[0]["split"], "category": "(split)", "sensitive": sensitive, "benign": benign,
            "recall": sum(r["recall"] * r["sensitive"] for r in rows) / sensitive,
            "category_match": sum(r["category_match"] * r["sensitive"] for r in rows) / sensitive,
            "false_exclusion_rate": sum(r["false_exclusion_rate"] * r["benign"] for r in rows) / benign}


def _table_line(row: dict) -> str:
    return (f"{row['split']:<6} {row['category']:<20} {row['recall']:>7.1%} {row['category_match']:>9.1%} "
            f"{row['sensitive']:>6} {row['false_exclusion_rate']:>10.1%} {row['benign']:>8}")


ORDINARY_SETS = ("generated", "handwritten", "tau_bench", "tau_bench_holdout")


def ordinary_exclusions(detector, loaders: dict, names=ORDINARY_SETS) -> list[dict]:
    """How many tickets of the scrub evaluation sets the stage excludes, per set and category. Those
    tickets are ordinary support conversations, not labelled for topics: the count is an upper bound
    of the false exclusions real traffic would see (a few are sensitive: a bereaved caller, a sick
    traveller). Sets whose data is not on this machine are left out."""
    rows = []
    for name in names:
        try:
            cases = loaders[name]().cases
        except (FileNotFoundError, OSError):
            continue
        tickets = [[(field, text) for field, text in case.texts().items() if text] for case in cases]
        verdicts = detector.screen_many(tickets)
        categories = Counter(verdict.categories[0] for verdict in verdicts if verdict.categories)
        rows.append({"set": name, "tickets": len(tickets), "excluded": sum(categories.values()),
                     "by_category": dict(sorted(categories.items()))})
    return rows

