"""ford split: written by a helper who had not seen the detection rules, the anchors or any other split.
Setting: Fordly, an invented car-rental and car-sharing app (licence and selfie/face-match checks, young-driver
rules, child seats, damage claims, fines and tolls, deposits, app unlock); registers are email, chat, sms, call,
agent_note, web_form, review, voicemail, dm and in_app.
The benign half borrows the same territory harmlessly: child seats and ISOFIX without anyone's age, zone and street
names (Church Street, Union Street, Gay Street, Nursery Lane), organisations booking as organisations (a mosque's
facilities committee, a union branch office, a school office, a funeral director), idioms ("my phone died",
"killer deal", "app is sick"), general policy questions (face-ID login, selfie retention, gender field, learners),
film and product names, and routine payment trouble (declined cards, double charges, deposit holds).
70 sensitive and 70 benign tickets for special categories, 50 and 50 for children, 20 and 20 for financial hardship,
15 and 15 for health, legal, bereavement and violence and self-harm.
First reading (policy 2026.11.19, before any change made in response to it; `sensitive_eval.evaluate`, as `make
eval-sensitive`): 94.0 / 2.0 recall / false exclusion in % as shipped, 95.0 / 6.5 without the overruling, 89.0 / 6.0
by the rules alone. Then read while tuning the rules of 2026.11.20 (after it, 92.0 / 3.0
by the rules alone) and trained on by the classifier."""

from __future__ import annotations

from training_gate.sensitive_blind import stranger_examples

SUBJECTS: tuple[str, ...] = (
    "Question about my booking",
    "Can't unlock the car",
    "Damage claim",
    "Deposit not returned",
    "Fine / toll charge on my account",
    "Child seat add-on",
    "Licence and selfie verification",
    "Change to my account details",
    "Cancel or extend a booking",
    "Lost property",
    "Complaint about staff",
    "Payment problem",
    "Membership plan",
    "Business account enquiry",
)

ENTRIES: list[tuple[str, str, str, str]] = [
    # ---- health
    ('health', 'sensitive', 'email',
        'Hi Fordly, booking FDL-20417 is meant to start tomorrow at 8am from the Millbrook Station zone. '
        "I was admitted to Harwick General last night with a kidney infection and they're keeping me in "
        'on IV antibiotics until at least Friday. Can you cancel without the 24-hour fee? Happy to send '
        "the discharge letter. Thanks, Priya Raman || Agent: Hi Priya, I'm sorry you're unwell. I've "
        "cancelled FDL-20417 with no fee, and there's no need to send anything. Get well soon."),
    ('health', 'sensitive', 'chat',
        'Customer: hi is there any automatic cars near Eastmoor Lane? || Agent: Hi! Yes, there are two '
        'automatics within 400m, a Corsa and a Niro. Any preference? || Customer: the niro pls. cant do '
        'a clutch since my hip replacement in march, left leg still not strong enough || Agent: '
        "Understood, I've held the Niro for 15 minutes for you."),
    ('health', 'sensitive', 'agent_note',
        'Cust (Mr D. Okafor) asked whether the licence check will flag his 12-month revocation. '
        'Explained check only reads current status. He said DVLA gave it back in Jan after a year '
        'seizure-free, epilepsy well controlled on meds now. No action needed, licence shows valid.'),
    ('health', 'sensitive', 'web_form',
        "Form: Extend booking | Booking ref: FDL-33902 | New return time: Fri 18:00 | Reason: Mum's "
        "chemo got moved to Thursday afternoon and she's always wiped out after, I'd rather drive her "
        'home Friday morning than rush it. | Contact: 07700 900214'),
    ('health', 'sensitive', 'voicemail',
        "Voicemail, 14:52: hi, it's Marta Kowalczyk, booking ending 118. The car's fine, it's in the "
        "services car park at Lowmere. I had a panic attack on the dual carriageway and I just can't get "
        'back in it today. My brother will collect it tomorrow if you can add him. Sorry. Call me back '
        'on 07700 900382.'),
    ('health', 'sensitive', 'sms',
        'running late w the car sorry, at A&E with my wrist think its broken. my flatmate will drop it '
        'back at the Quarry Rd zone by 9 tmrw, can u not charge me the late thing'),
    ('health', 'sensitive', 'review',
        "5 stars. First time I've used a car club as a wheelchair user and the hand-controls Golf was "
        'exactly where the app said, clean, with enough room behind the seat for my chair. Only wish '
        'there were more of them than the one at Canal Basin. || Reply from Fordly: Thanks so much! Two '
        'more adapted cars are arriving in the autumn.'),
    ('health', 'sensitive', 'chat',
        'Customer: the unlock button isnt doing anything || Agent: Sorry about that! Could you try '
        'closing the app fully and reopening it, then tap Unlock while standing next to the car? || '
        'Customer: ok give me a sec. sorry im slow typing, MS flare this week and my hands are rubbish '
        '|| Agent: No rush at all. I can also unlock it remotely from here if you confirm the plate. || '
        'Customer: LK21 BNO thank you'),
    ('health', 'sensitive', 'call',
        'Call summary: customer Ms Hollis disputing damage claim DC-7719 (rear bumper, Tannery Yard car '
        "park). States she had a hypo while parking, she's type 1 diabetic, and clipped the post before "
        'she could treat it. Accepts responsibility, asks if the excess can be split into two payments. '
        'Passed to claims.'),
    ('health', 'sensitive', 'email',
        "Hello, I'd like to add my husband Tomasz as an additional driver on our monthly plan. I'm 34 "
        "weeks pregnant now and my midwife has told me to stop doing long drives, so he'll be doing the "
        'hospital runs from here. His licence photo and selfie are uploaded already. Kind regards, Ania'),
    ('health', 'sensitive', 'dm',
        '@FordlyHelp your selfie check has rejected me 4 times. half my face is still swollen from the '
        "jaw surgery last week so obviously I don't look like my licence photo. is there a manual check "
        'option?? need the car for a follow-up appointment thurs'),
    ('health', 'sensitive', 'agent_note',
        'Damage report FDL-D-5521: driver rear-ended at lights on Brackley Rd, third party at fault. '
        'Driver reports whiplash, seen by GP next day, prescribed co-codamol and signed off work for a '
        'week. Advised him not to drive while taking it. Injury section of the claim form completed.'),
    ('health', 'sensitive', 'email',
        "Hi, I realise my booking ran three days over and the bill is huge. I won't make excuses except "
        "to say I've been signed off with severe depression since the start of the month and genuinely "
        "lost track of the days. The car didn't move from outside my flat. Is there anything you can do "
        "on the overtime charge? Rob || Agent: Hi Rob, thank you for telling us. I've reduced the "
        'overtime to the daily cap and removed the late fee. Take care of yourself.'),
    ('health', 'sensitive', 'chat',
        "Customer: quick q, I'm having a cataract op on my left eye next Tuesday. Consultant says no "
        'driving for a week or so. Does your licence check need anything from me after, or do I just not '
        "book? || Agent: Thanks for checking with us. There's nothing to update in the app, just follow "
        "your consultant's advice before your next booking. || Customer: lovely, cheers"),
    ('health', 'sensitive', 'voicemail',
        'Message left 09:10: Hello, this is Gareth Pryce calling on behalf of my father Alun Pryce. He '
        "had a stroke on Sunday and he's on the ward at Eastmoor Infirmary. He's got a car booked for "
        "Saturday that he obviously won't be using, and I think his membership renews next week. Can "
        "someone call me on 07700 900561 to sort it. || Agent: Called Gareth back, cancelled Saturday's "
        'booking and paused the membership for three months.'),
    ('health', 'benign', 'email',
        'Hi, quick one: do the Fordly cars carry a first-aid kit and a warning triangle as standard? '
        "We're taking one up into the hills for a walking weekend and I'd rather bring our own if not. "
        'Cheers, Jess || Agent: Hi Jess, yes, every car has a first-aid kit, triangle and hi-vis vest in '
        'the boot. Enjoy the hills!'),
    ('health', 'benign', 'review',
        'app is sick honestly. found a car, unlocked it, gone in about 90 seconds. only reason for 4 '
        'stars is the fuel card reader was a bit temperamental'),
    ('health', 'benign', 'chat',
        "Customer: I'm a nurse at Harwick General, do you do an NHS discount like some of the other car "
        'clubs? || Agent: Hi! We do: NHS staff get 15% off hourly rates with a verified work email. You '
        'can add it under Account > Discounts. || Customer: brill, done'),
    ('health', 'benign', 'web_form',
        'Form: Fleet enquiry | Organisation: Westside Community Pharmacy Ltd | Enquiry: We run '
        'prescription deliveries across four branches and want to try three small vans on a business '
        'account. Do you do weekday-only pricing? | Contact: ops@example.com || Agent: Thanks! Yes, '
        "weekday-only business pricing is about 20% lower; I've emailed the details."),
    ('health', 'benign', 'chat',
        "Customer: Do any of your cars have hand controls or a left-foot accelerator? I'm putting "
        "together a transport guide for our tenants' association and want to list local options. || "
        'Agent: Yes, we have two hand-control cars, both at the Canal Basin zone, bookable like any '
        "other car. || Customer: perfect, I'll include them"),
    ('health', 'benign', 'email',
        "Hello, we're a small blood donation charity (Lifeline Donors North) and we need two vans next "
        'Saturday to move chairs and fridges for a community session at the Corn Exchange. Is there a '
        'discount for registered charities? Thanks, Helen, Volunteer Coordinator'),
    ('health', 'benign', 'in_app',
        "The Medical Centre zone on Hill Street is greyed out on the map and says 'unavailable'. Is it "
        "closed for good? It's the nearest return point to my office."),
    ('health', 'benign', 'agent_note',
        "Cust reported glovebox of FX19 KLM contained a previous renter's box of plasters, a strip of "
        'paracetamol and a water bottle. No value, advised bin. Flagged car for valet check.'),
    ('health', 'benign', 'review',
        'Getting my deposit back has been a total headache. Three weeks and two emails before the £150 '
        'hold was released. Cars are great, finance team not so much. || Reply from Fordly: Sorry for '
        'the wait. Holds are now released within 3 working days of return.'),
    ('health', 'benign', 'chat',
        "Customer: what's the 'Fit to drive' box in signup? do I have to tick it? || Agent: It's a "
        "declaration that you'll only drive when you're legally and physically able to, same as your "
        "licence conditions. It's required to finish signing up. || Customer: ok fair enough"),
    ('health', 'benign', 'email',
        "My 'Healthy Commute' challenge points haven't been credited for March. I swapped the car for "
        'the e-bike on 11 journeys and the badge still shows 0/10. Account: j.ferris@example.com'),
    ('health', 'benign', 'sms',
        'hi hand sanitiser in the Yaris at Dock St zone is empty and the wipes too. just letting u know'),
    ('health', 'benign', 'call',
        'Call summary: caller from Carewell Home Support (domiciliary care agency) asking about a '
        'corporate account for 12 staff who need cars for home visits. Wants pooled billing and '
        'driver-level reports. Sent business pack.'),
    ('health', 'benign', 'voicemail',
        "Hi, this is Dan from Car Doctor Garage on Mill Lane, we've got your Fordly Polo in for the "
        "tyre. It'll be ready after three, ring the workshop on 07700 900433 to arrange the pickup. "
        'Cheers.'),
    ('health', 'benign', 'dm',
        "@FordlyHelp does the 'wellbeing break' reminder on long trips actually work? drove 3 hrs "
        "yesterday and never got the pop-up. not complaining, just curious if it's a setting || Agent: "
        "Hi! It's off by default, you can turn it on in Settings > Trips > Break reminders."),
    # ---- children
    ('children', 'sensitive', 'email',
        'Hi, I need a rear-facing seat for my 6-month-old for booking FDL-40091 on Saturday. The app '
        "only lets me choose 'child seat' or 'booster' and I can't tell which one is suitable for a baby "
        'that small. Thanks, Hannah || Agent: Hi Hannah, for a 6-month-old you need the infant carrier, '
        "which I've added manually. It'll be fitted rear-facing in the back."),
    ('children', 'sensitive', 'chat',
        'Customer: do i need a booster for my daughter shes 9 || Agent: It depends on height rather than '
        "age: under 135cm she'll need one. Would you like me to add it? || Customer: she's about 130 so "
        'yes pls'),
    ('children', 'sensitive', 'sms',
        'hi, the car seat in the Zafira was the wrong way round for our toddler, had to refit it myself '
        'in the rain. can someone check the fitting guide is actually in the car'),
    ('children', 'sensitive', 'agent_note',
        "Cust's son (7) dropped a school reading folder in the back of car VK20 HNT, has his name and St "
        "Bride's Primary on the front. Check lost property at Hollins Rd zone and call mum back."),
    ('children', 'sensitive', 'email',
        'Hello, my son turns 17 in May and has his provisional. Can he be added to my account as a '
        "learner driver with me supervising, or is there a minimum age? He's desperate to practise. "
        "Thanks, Colm || Agent: Hi Colm, I'm afraid all drivers must be 21 or over with a full licence, "
        "so learners can't be added."),
    ('children', 'sensitive', 'chat',
        "Customer: thinking of the monthly plan. my little one starts reception in Sept and the school's "
        "2 miles out so we'd use it every morning || Agent: The Commuter monthly plan would suit that, "
        '40 hours included. || Customer: great, sign me up from 1st Sept'),
    ('children', 'sensitive', 'agent_note',
        "Account FDL-U-88213 suspended: licence image belongs to account holder's mother. User confirmed "
        "on call she is 15 and set it up 'to see how it works'. No trips taken. Mother informed and "
        'account closed.'),
    ('children', 'sensitive', 'voicemail',
        "Hi, it's Jade on 07700 900197. My son Kai, he's four, left his blue dinosaur in the back of the "
        "Fiesta I returned at Wharf Street this morning. He won't sleep without it. Please please ring "
        "me if anyone finds it. || Agent: Hi Jade, it's Fordly returning your call: the dinosaur's been "
        'found and is in the Wharf Street locker, code sent by text.'),
    ('children', 'sensitive', 'web_form',
        'Form: Delete my images | Booking: FDL-51230 | Details: The damage photos I uploaded at pick-up '
        'accidentally include my daughter Isla (6) in the back seat, face clearly visible. Please remove '
        'those two pictures from your system.'),
    ('children', 'sensitive', 'dm',
        "@Fordly your dashcam clip in the claim email shows both my kids in the back, they're 8 and 11. "
        "who has access to that?? i didn't agree to that being stored || Agent: Hi, sorry for the worry. "
        "Only the claims handler can see it and it's deleted when the claim closes. DM us the claim "
        "number and we'll blur the rear view now."),
    ('children', 'sensitive', 'call',
        'Caller disputes speed camera notice on FDL-30018. Says her 17-year-old son was driving on his '
        "provisional with his grandad supervising, she didn't know Fordly doesn't allow learners. "
        'Explained T&Cs and that the notice goes to the hirer.'),
    ('children', 'sensitive', 'chat',
        'Customer: we need the 7 seater on fridays now, my twins are in Year 2 and started swimming club '
        'after school || Agent: Happy to set up a recurring booking. Same pick-up zone each week? || '
        'Customer: yes Hartley Green, 3pm till 6'),
    ('children', 'sensitive', 'email',
        "Hi there, we're bringing our baby home on Thursday (she was born on Monday, 3.1kg!) and want a "
        'car with an ISOFIX base for her infant carrier. Can I reserve a specific car at the Parkside '
        "zone? Kind regards, Femi and Laura || Agent: Congratulations! I've reserved the Octavia at "
        'Parkside with an ISOFIX base fitted for Thursday.'),
    ('children', 'sensitive', 'review',
        "Had to pay a £60 cleaning fee because our toddler was carsick on the way back from nan's. Fair "
        "enough I suppose, but a warning that the fee is that high would've been nice. Cars are always "
        'clean otherwise.'),
    ('children', 'sensitive', 'agent_note',
        "Damage claim DC-8012: scratch to passenger door caused by customer's nephew (14) with a bike "
        'handlebar while the car was parked. Customer accepts. Minor, no third party. Excess applied.'),
    ('children', 'sensitive', 'chat',
        "Customer: I'll be the one sorting the claim, the lad who threw the ball at the windscreen is my "
        "neighbour's boy and he's only 12 || Agent: Thanks for letting us know. As the booker you're our "
        'contact for the claim; you can settle it with the family separately. || Customer: fine, send me '
        'the form'),
    ('children', 'sensitive', 'email',
        "Hi, my daughter's GCSEs start on 12 May (she's in Year 11 at Lowmere Academy) and the bus is "
        'unreliable, so I want to block-book a car 8-9am on exam days. Is there a way to book 14 '
        'separate mornings without doing each one by hand?'),
    ('children', 'sensitive', 'sms',
        'Hi can I change pickup to 8.15 pls, need to drop Lily at Little Acorns first, she does mon-wed '
        'there now. Booking 44871'),
    ('children', 'sensitive', 'chat',
        "Customer: can I get 2 seats, one for a 3 year old and one for a 5 year old? || Agent: Yes, I've "
        "added a forward-facing seat and a high-back booster. That's £8 per seat per day. || Customer: "
        'fine thanks'),
    ('children', 'sensitive', 'email',
        'Hello, my stepson Ollie (12) left his school iPad in the Clio we returned yesterday at Farrow '
        "Road. It's got his name sticker on the case and his form, 7T. The school charges us if it's "
        "lost. Please can you check? Thanks, Dean || Agent: Hi Dean, good news, the valet found it. It's "
        'at the Farrow Road locker, code sent by text.'),
    ('children', 'sensitive', 'voicemail',
        "Hi it's Sunita Varma, I'm calling because my sixteen-year-old just told me she used my login on "
        "her phone to unlock a car for her friends to sit in last night. Nobody drove it, I've checked, "
        'but I want that session logged out and my password reset please. 07700 900640.'),
    ('children', 'sensitive', 'web_form',
        'Form: Special requests | Booking: FDL-60233 | Request: Please can you leave the booster seat in '
        'for the whole month, my son is 10 and we do school runs every day. Taking it out and back in '
        'each time is a faff.'),
    ('children', 'sensitive', 'agent_note',
        "Cust asked to add baby's details for the 'family profile' feature: name Amara, DOB 02/03/2024. "
        "Explained we don't store children's details; the seat add-on only needs a weight band. Nothing "
        'saved.'),
    ('children', 'sensitive', 'review',
        "Great for the school run. Our boy is in Year 4 at Ashgrove and the car's always there at 8. "
        'Only gripe is the booster seat straps twist every time.'),
    ('children', 'sensitive', 'chat',
        'Customer: my son is 15 he turns 16 in may, can he get the app for the car share discount as a '
        'passenger? || Agent: Sorry, accounts are 18+ only. He can travel with you of course. || '
        'Customer: ah ok thanks'),
    ('children', 'sensitive', 'call',
        "Call summary: father asked whether his daughter's school could be set as a favourite zone. Said "
        "she's 13 and he picks her up from Highfield every Thursday after netball. Showed him the "
        'favourites feature.'),
    ('children', 'sensitive', 'email',
        "Hi, there was a memory card in the car's USB port on our last trip, it has all of my kids' "
        "photos from sports day on it (they're 6 and 9). Has anything been handed in at Corn Street? "
        'Thanks, Bronwen'),
    ('children', 'sensitive', 'dm',
        "do u do seats for babies?? mine's 4 months, visiting my mum next wk || Agent: We do! Add "
        "'Infant carrier' in the Extras step, it's £8/day."),
    ('children', 'sensitive', 'chat',
        'Customer: hi there a fine came through for the bus lane on Mill Rd || Agent: Sorry to hear. Let '
        'me pull up the booking... I can see it on FDL-71120. || Customer: yeah that was me, sorry. I '
        "was flustered because my youngest had a meltdown in the back, she's 2 and hates the car seat || "
        "Agent: Completely understandable. We can't waive the fine itself but I've removed our admin fee."),
    ('children', 'sensitive', 'email',
        "Hello, we're foster carers and we've just had a 7-year-old boy placed with us at short notice. "
        'We need to drive him to contact sessions twice a week. Can we get a recurring booking with a '
        'child seat included, and would a child his size need a booster or a full seat? Thanks, Pauline '
        'and Rhys'),
    ('children', 'sensitive', 'agent_note',
        "Lost property: envelope with a Year 3 class portrait and order form, name on it 'Mia Costa, 3B, "
        "Westfield Primary'. Found in Fabia at Dock St. Customer (mum) to collect Friday."),
    ('children', 'sensitive', 'sms',
        'car seat booked for 2morro? for my grandson hes 20 months. ref 60891'),
    ('children', 'sensitive', 'chat',
        "Customer: my daughter's in Year 6 and the school trip coach broke down, the school's asked "
        "parents to collect, can I book a car right now at Church Lane || Agent: There's a Polo "
        "available 200m away. I've held it for 15 minutes. || Customer: ur a star"),
    ('children', 'sensitive', 'web_form',
        'Form: Invoice details | Booking: FDL-47710 | Notes: Please address the invoice to Oakfield '
        "Junior School, they reimburse me for driving my son (he's 9) to the inter-school chess finals. "
        'Thanks.'),
    ('children', 'sensitive', 'review',
        'Rented the Kodiaq for half term with our three (2, 6 and 11) and having ISOFIX on all three '
        'rear seats was a lifesaver. Pick-up at Hartley Green was slick.'),
    ('children', 'sensitive', 'email',
        'To whom it may concern, I am writing because my daughter, who is 17, was able to create an '
        'account and pass your licence check using her provisional licence. She has now booked a car for '
        "Saturday. I'm concerned your system allows this. Please cancel the booking and close the "
        'account. Mrs E. Brandt'),
    ('children', 'sensitive', 'call',
        "Call: customer's son (16) phoned on her behalf about a charge, confirmed his age when asked. "
        'Explained we can only discuss the account with the account holder. He passed the phone to mum; '
        'query resolved (double charge for seat add-on refunded).'),
    ('children', 'sensitive', 'chat',
        'Customer: does the Zoe have a rear facing seat? my babys 5 wks old and were taking her to meet '
        "her great-gran on sunday || Agent: Not fitted as standard, but I've added an infant carrier to "
        'your booking for Sunday. || Customer: thank u!!'),
    ('children', 'sensitive', 'agent_note',
        "Customer uploaded her son's birth certificate by mistake at the licence upload step (child DOB "
        '2016). Image deleted from verification queue; customer re-uploaded her licence.'),
    ('children', 'sensitive', 'email',
        "Hi, our lad's 11+ exam is at Kingsmere Grammar on Saturday morning and I want to make sure we "
        "get the car that's parked outside our building. Can I reserve it the night before? He'll be a "
        'nervous wreck as it is without a car hunt.'),
    ('children', 'sensitive', 'sms',
        'sorry car is a bit sticky inside, my 3 yr old had a juice box incident. can pay cleaning if '
        'needed'),
    ('children', 'sensitive', 'chat',
        'Customer: Hello, I rent car for holiday with my two children, they are 4 and 7 years. In my '
        'country they need seat until 12 years. Is same here? || Agent: In the UK children need a seat '
        "until they're 12 or 135cm tall, whichever comes first. I'll add two seats for you. || Customer: "
        'Thank you very much'),
    ('children', 'sensitive', 'voicemail',
        "Hiya, it's Leanne, I had the Corsa this afternoon for the school pickup at St Columba's, and I "
        "think my daughter's lunchbox is still under the seat, it's pink with 'Poppy, Class 3' on it. "
        'Can you let me know? Thanks'),
    ('children', 'sensitive', 'review',
        'Seat was filthy, crumbs everywhere and a sticky strap, not what I want for my 1-year-old. || '
        "Reply from Fordly: We're sorry, we've raised this with the valet team and refunded the seat fee."),
    ('children', 'sensitive', 'agent_note',
        'Young driver query: caller is 17, passed test last week, asked to sign up. Informed min age 21. '
        "Caller asked if his parent's account could be used instead; advised no and explained why."),
    ('children', 'sensitive', 'email',
        "We'd like to use Fordly for the nursery run but our daughter Esme (3) goes to Sunbeams on Pike "
        "Lane and there's no zone within a mile. Any plans to add one? We'd book 5 mornings a week."),
    ('children', 'sensitive', 'chat',
        'Customer: my daughter is doing her DofE expedition next wkend, shes 15, need to drop her + kit '
        "at the start point at 6am, can i book sat 5.30 || Agent: Yes, I've booked 5:30 to 8:30 "
        'Saturday. || Customer: amazing thx'),
    ('children', 'sensitive', 'web_form',
        "Form: Complaint | Booking: FDL-38881 | Details: The rear child lock on the Astra didn't engage "
        'and my son (6) opened his door while we were moving slowly in a car park. Nobody hurt but it '
        'was terrifying. Please have the car inspected.'),
    ('children', 'sensitive', 'dm',
        "@FordlyHelp my kid (she's 12) found a phone under the seat of the car we hired, how do we hand "
        'it in? || Agent: Thank you both! Pop it in the Lost Property locker at any zone, or reply with '
        "the car and we'll collect."),
    ('children', 'sensitive', 'email',
        'Hello, your marketing email used a photo of a Fordly car parked outside Greenfields Secondary '
        "and my son is clearly visible in his school uniform in the background. He's 14. Please remove "
        'it from your website and socials.'),
    ('children', 'benign', 'chat',
        'Customer: do you rent booster seats? || Agent: Yes, high-back boosters are £6/day. You can add '
        'one in the Extras step. || Customer: perfect, adding two for the weekend'),
    ('children', 'benign', 'email',
        'Hi, which of your 7-seaters have ISOFIX points on all three middle-row seats? The car page just '
        "says 'ISOFIX: yes'. Thanks || Agent: Hi, the Sharan and the Kodiaq both have three; the Zafira "
        'only has two.'),
    ('children', 'benign', 'review',
        'Picked up six trays of bedding plants from Greenway Nursery in the Berlingo and they all fit '
        'with the seats down. Easy booking, easy return.'),
    ('children', 'benign', 'web_form',
        'Form: Business enquiry | Organisation: Hollybrook Primary School (office) | Enquiry: The school '
        'office would like a van for one day in July to move staging to the community hall for the '
        'summer fair. Do you invoice schools on 30-day terms?'),
    ('children', 'benign', 'sms',
        'Minor scratch on the rear bumper of the Polo at Dock St already there when I picked up, photo '
        "attached so you don't bill me"),
    ('children', 'benign', 'chat',
        'Customer: lol I just watched Baby Driver, any chance of a red Subaru in the fleet? || Agent: '
        "Ha! No Subarus I'm afraid, but we do have a red Mazda at Station Approach. || Customer: close "
        'enough'),
    ('children', 'benign', 'email',
        'Hello, I was charged for the child seat add-on twice on booking FDL-42277 (£8 and £8 on the '
        'same date). I only had one seat. Could you refund the duplicate? Thanks || Agent: Sorry about '
        'that, the duplicate £8 is refunded and should show in 3-5 days.'),
    ('children', 'benign', 'agent_note',
        "Query re 'Kids Go Free' promo code from partner attraction: code FAMDAY24 not applying at "
        'checkout. Code expired 31 March. Offered 10% goodwill code.'),
    ('children', 'benign', 'chat',
        "Customer: I'm 23, is there still a young driver fee? || Agent: Yes, drivers aged 21 to 24 pay a "
        '£4/day young driver surcharge. From 25 it drops off automatically. || Customer: ok thanks'),
    ('children', 'benign', 'review',
        'Booked a car out to Childwell Cross and back, 160 miles, no issues at all. The in-app fuel card '
        'is brilliant.'),
    ('children', 'benign', 'email',
        'Hi, our youth football club, Millbrook Rovers, wants to book two vans to carry kit and goals on '
        'tournament day. Do you have a community group rate? Regards, Club Secretary'),
    ('children', 'benign', 'chat',
        'Customer: are child seats cleaned between rentals? || Agent: Yes, every seat is wiped down and '
        'the covers are swapped after each use. || Customer: good to know ta'),
    ('children', 'benign', 'voicemail',
        "Hi, this is Sue from the office at St Mark's Primary, we've got a Fordly business account and "
        "our invoice for March hasn't come through. Could someone email it to office@example.org? Thanks."),
    ('children', 'benign', 'dm',
        "@FordlyHelp the 'child seat' filter on the map shows cars that don't have seats fitted. went to "
        'two of them tonight'),
    ('children', 'benign', 'web_form',
        "Form: Lost property | Item: Buzz Lightyear collector's figure, about 30cm, boxed | Car: silver "
        "Fabia, Wharf St zone | Notes: It's from my own shelf, I had it in the car to take round to a "
        "mate's."),
    ('children', 'benign', 'email',
        "Hi, does the 'Family' membership tier let two adults share the same monthly hours? The page "
        "mentions 'family' but not how many members or what counts. || Agent: Hi, Family lets up to four "
        'adults at the same address share one pool of hours.'),
    ('children', 'benign', 'chat',
        "Customer: who's your parent company? I'm writing an essay on car-sharing || Agent: Fordly is "
        'owned by Fordly Mobility Group Ltd. || Customer: thx'),
    ('children', 'benign', 'review',
        'Treat them with kid gloves and the cars are great, but the Golf at Quarry Rd had a flat tyre '
        'warning and support took ages to answer.'),
    ('children', 'benign', 'agent_note',
        'Customer asked in general whether under-12s need a seat in a hire car as well as a private car. '
        'Explained UK rules are the same for both. No booking change.'),
    ('children', 'benign', 'sms',
        "is the Nursery Lane zone still open? map says closed || Agent: It's closed for resurfacing "
        'until the 20th, sorry. Nearest is Pike Lane.'),
    ('children', 'benign', 'chat',
        'Customer: the mothers day 20% code says invalid || Agent: That promo ended Sunday, sorry! '
        "Here's a 10% code as a goodwill gesture. || Customer: cheers"),
    ('children', 'benign', 'email',
        "Hi, I'm collecting a pram from a shop in town to give as a present and need something with a "
        'big boot. Is the Octavia estate bigger than the Focus estate?'),
    ('children', 'benign', 'call',
        'Caller from Little Sprouts Day Nursery (business account) requested an additional driver: new '
        'staff member M. Appiah. Licence check link sent.'),
    ('children', 'benign', 'review',
        'Minor niggle: the Bluetooth takes ages to pair. Otherwise a lovely little car and always where '
        'it should be.'),
    ('children', 'benign', 'chat',
        'Customer: how many child seats can I add to one booking? || Agent: Up to three, depending on '
        'the car. || Customer: ok'),
    ('children', 'benign', 'web_form',
        'Form: Feedback | Message: Please add a way to see whether a car has an ISOFIX base BEFORE '
        'booking, not after. Would make planning much easier.'),
    ('children', 'benign', 'dm',
        "@Fordly the kids' section of your FAQ links to a 404, fyi || Agent: Thanks for spotting that! "
        'Fixed now.'),
    ('children', 'benign', 'email',
        "Hello, I'm organising a school reunion (class of 2004!) and we need a 9-seater to get a group "
        'from the station to the venue. Do you have any in Harwick?'),
    ('children', 'benign', 'agent_note',
        'Customer flagged child seat at Hollins Rd zone as expired (label date 2021). Removed from '
        'service, replacement ordered.'),
    ('children', 'benign', 'chat',
        'Customer: is there a car with tablet holders on the back of the front headrests? long drive on '
        "friday || Agent: The Kodiaqs have them. One's free at Hartley Green. || Customer: booking it"),
    ('children', 'benign', 'sms',
        'the booster seat add-on shows £6 but i was charged £12, booking 55190 || Agent: The seat was '
        "charged for two days but your booking was one. I've refunded the extra £6."),
    ('children', 'benign', 'review',
        'Childwell Cross zone is perfect for me, two minutes from the flat. Cars always charged.'),
    ('children', 'benign', 'chat',
        "Customer: is there a student discount? I'm at Harwick Uni || Agent: Yes, 10% with a .ac.uk "
        'email address. || Customer: yesss'),
    ('children', 'benign', 'email',
        "We run a children's entertainment business (magic shows, balloon modelling) and need a van most "
        'Saturdays. Can we get a business account with a fixed weekly booking?'),
    ('children', 'benign', 'call',
        'Caller asked whether Fordly cars can be used for driving lessons. Explained learners are not '
        'permitted under our insurance. Caller had no booking; general enquiry.'),
    ('children', 'benign', 'web_form',
        "Form: Partnership | Organisation: Brightstart Toy Library CIC | Message: We'd love to offer our "
        'members a Fordly discount code. Who should we talk to?'),
    ('children', 'benign', 'chat',
        "Customer: the car has a 'baby on board' sticker on the back window, can I peel it off? || "
        "Agent: Thanks for letting us know, please leave it and we'll remove it at the next valet."),
    ('children', 'benign', 'review',
        'Booked the people carrier for a stag weekend. Eight grown men and a lot of luggage, it coped. '
        'Bit thirsty on fuel.'),
    ('children', 'benign', 'email',
        'Hello, can you send me the fitting instructions for the seats you supply? Just want to read up '
        "before my booking so I'm not fumbling in the car park."),
    ('children', 'benign', 'agent_note',
        'General enquiry: customer asked about the rules for child seats when taking a car on the ferry '
        'abroad. Sent link to guidance. Booking unchanged.'),
    ('children', 'benign', 'sms',
        'the app keeps showing a Kidzone Trampoline Park promo banner, how do i turn off partner offers'),
    ('children', 'benign', 'chat',
        "Customer: I left a box of Lego in the boot, the Millennium Falcon one, it's mine, I'm 38 and "
        "not ashamed || Agent: Ha, we'll get it back to you! Which car was it? || Customer: the blue "
        'Clio at Wharf St'),
    ('children', 'benign', 'dm',
        "@FordlyHelp is there actually a 'school run' plan or is that just marketing copy? what's the "
        'difference from Commuter'),
    ('children', 'benign', 'email',
        "Dear Fordly, I'm writing on behalf of the Oakfield Primary PTA committee. We're running a "
        'raffle at the summer fair; would you consider donating a voucher as a prize? Many thanks, Rachel'),
    ('children', 'benign', 'review',
        'The Fabia I had smelled like a nursery, turned out a previous renter left a pack of baby wipes '
        'in the door pocket. Not a big deal, just odd.'),
    ('children', 'benign', 'voicemail',
        "Hello, Ravi from Ashgrove Academy's facilities team. We'd like to talk about using Fordly vans "
        'for our site team instead of our old lease. Call me on 07700 900718.'),
    ('children', 'benign', 'chat',
        'Customer: can the child seat go in the front? || Agent: Forward-facing seats can, but we '
        'recommend the rear. Rear-facing seats must never go in front of an active airbag. || Customer: '
        'ok back it is'),
    ('children', 'benign', 'web_form',
        'Form: Extras | Booking FDL-29906 | Extras requested: 1x high-back booster, 1x roof box | Notes: '
        'none'),
    ('children', 'benign', 'email',
        "Hi, I'm a registered childminder and I'd like to know if your insurance covers business "
        'mileage, or is it social, domestic and pleasure only? Just the cover question for now, thanks.'),
    ('children', 'benign', 'agent_note',
        'Car-seat stock audit complete at 4 zones: 12 boosters, 7 forward-facing, 3 infant carriers. Two '
        'missing from Dock St; logged with fleet.'),
    # ---- financial_hardship
    ('financial_hardship', 'sensitive', 'email',
        "Hi, I got a bill for £340 for the damage on the Corsa (DC-6623). I'm not disputing it, but I "
        "was made redundant three weeks ago and I genuinely don't have it right now. Is there any way I "
        "can pay it off at £30 a month? Thanks, Liam || Agent: Hi Liam, of course. I've set up 12 "
        'monthly payments of £28.33 starting next month, no interest.'),
    ('financial_hardship', 'sensitive', 'chat',
        'Customer: can you hold off on taking the excess until the 28th? || Agent: Can I ask why? || '
        "Customer: I'm on universal credit and it lands on the 28th, if you take it now I'll go "
        "overdrawn and get charged again || Agent: Understood, I've moved the collection date to the "
        '28th.'),
    ('financial_hardship', 'sensitive', 'agent_note',
        'Cust informed us he has entered an IVA and the outstanding £512 (fines + admin) should be '
        'directed to his insolvency practitioner, Harmon & Rudd. Balance flagged, collections paused.'),
    ('financial_hardship', 'sensitive', 'voicemail',
        "Hi, it's Tasha, I got another letter from a debt collection agency about the Fordly account, "
        "Lowther Recoveries, and they're threatening bailiffs over £210. I didn't even know it had been "
        "passed on. I can't pay that in one go. Please ring me, 07700 900355."),
    ('financial_hardship', 'sensitive', 'email',
        "Please can I get my deposit back early. We've been served an eviction notice and I need every "
        "penny for the new place. I've returned the car and nothing's owed. Account: k.murray@example.com"),
    ('financial_hardship', 'sensitive', 'sms',
        'sorry i cant pay the cleaning fee this month, been out of work since feb. can u split it || '
        "Agent: Of course, we've split it into three payments, the first one next month."),
    ('financial_hardship', 'sensitive', 'web_form',
        "Form: Close account | Reason: I've been declared bankrupt and my trustee has told me to close "
        'all credit and subscription accounts. The outstanding balance is listed in my bankruptcy. '
        'Reference from the Official Receiver attached.'),
    ('financial_hardship', 'sensitive', 'chat',
        "Customer: I need to cancel the monthly plan. honestly it's the food shop or the car at this "
        "point and there's nothing left after rent || Agent: I'm sorry things are tough. I've cancelled "
        'it with no exit fee. || Customer: thank you, really'),
    ('financial_hardship', 'sensitive', 'call',
        'Call summary: customer missed 3 payments on her damage plan. Said her hours at the warehouse '
        "were cut to zero and she's been relying on her sister for rent. Agreed a 60-day payment "
        'holiday. Notes for collections.'),
    ('financial_hardship', 'sensitive', 'email',
        'Hello, I am writing about the parking fine £85 plus £25 admin. I lost my job in the restaurant '
        'and now I have only the benefits, I cannot pay this all. Can I pay small amount each week? '
        'Sorry for my English. Mihai'),
    ('financial_hardship', 'sensitive', 'dm',
        "@FordlyHelp passing a £90 toll charge to debt collectors while I'm already on a debt management "
        'plan is brutal. I told your team in Jan. Can someone actually read my notes'),
    ('financial_hardship', 'sensitive', 'review',
        'They were kind about it. I fell behind after my business went under and owed them two months of '
        'membership. The agent set up a plan without making me feel like dirt. 5 stars for that alone.'),
    ('financial_hardship', 'sensitive', 'agent_note',
        "Cust requested removal of late-payment fees; states she's in rent arrears and has a CCJ pending "
        'from another creditor. Fees waived as goodwill; balance of £140 on 6-month plan.'),
    ('financial_hardship', 'sensitive', 'chat',
        'Customer: is there a cheaper membership? || Agent: We have Pay-as-you-go with no monthly fee. '
        '|| Customer: ok. I got laid off friday so I need to cut everything I can || Agent: Sorry to '
        "hear that. I've switched you to Pay-as-you-go from today with no cancellation fee."),
    ('financial_hardship', 'sensitive', 'voicemail',
        "Hello this is Gordon Bell, account ending 4471. I can't pay the £600 excess. I'm on pension "
        "credit and that's all I've got coming in. I'm not trying to dodge it. Can someone call me back, "
        '07700 900802.'),
    ('financial_hardship', 'sensitive', 'email',
        "Hi, my student loan hasn't come through and I've had to apply to the uni's hardship fund just "
        'to cover rent. I have a £75 overdue balance with you from the congestion charge. Could it wait '
        'until my loan arrives in October?'),
    ('financial_hardship', 'sensitive', 'sms',
        'hi this is about the deposit £200. i need it back asap, we got nothing left till payday and the '
        'gas is off. pls'),
    ('financial_hardship', 'sensitive', 'web_form',
        'Form: Payment difficulty | Amount owed: £285 | Situation: Made redundant in March, currently on '
        "jobseeker's allowance and behind on council tax too. | Proposed plan: £20/month"),
    ('financial_hardship', 'sensitive', 'call',
        "Call: customer's card declined because his bank has frozen it pending a debt review with a debt "
        'advice charity. Asked to pay the damage charge by bank transfer in instalments. Set up 4 x £50.'),
    ('financial_hardship', 'sensitive', 'chat',
        "Customer: hi, my husband used to pay the membership but he's walked out and left me with all "
        'the bills, I cant keep this up. can i freeze it rather than cancel? || Agent: Of course, you '
        "can pause for up to 3 months. I've done that now."),
    ('financial_hardship', 'benign', 'chat',
        'Customer: my card got declined at booking but it works everywhere else || Agent: Sometimes '
        'banks block the £1 verification. Could you approve it in your banking app and try again? || '
        'Customer: ah yep there was a notification, sorted'),
    ('financial_hardship', 'benign', 'email',
        "Hi, I've been charged twice for booking FDL-61002 (£42.50 and £42.50, both on 4 June). Please "
        'refund one of them. Thanks, Oliver || Agent: Hi Oliver, the second one was a pending '
        "authorisation that will drop off, but I've voided it now to speed things up."),
    ('financial_hardship', 'benign', 'sms',
        'the £150 deposit hold is still on my card 5 days after return. when does it drop off || Agent: '
        'We released it the day you returned; banks can take up to 7 working days to show it.'),
    ('financial_hardship', 'benign', 'review',
        'Car broke down on the ring road, hazard lights and everything. Roadside came within 40 mins and '
        'Fordly refunded the whole booking without me asking. Impressive.'),
    ('financial_hardship', 'benign', 'web_form',
        "Form: Invoice request | Company: Keel Design Studio Ltd | Request: Please reissue April's "
        'invoices with our VAT number on them, our accounts team needs it for the quarter.'),
    ('financial_hardship', 'benign', 'agent_note',
        "Customer queried 'FORDLY*TRIP' line on statement, didn't recognise it. Matched to booking "
        'FDL-70844 made on her account on 2 May. Customer confirmed it was her. Closed.'),
    ('financial_hardship', 'benign', 'chat',
        'Customer: can I pay in 3 instalments for a week-long rental? || Agent: Not at the moment, full '
        'payment is taken at booking. || Customer: shame, other places let you'),
    ('financial_hardship', 'benign', 'email',
        "Hello, I'm paying with a card issued abroad and my bank added a conversion fee on top. Is there "
        'any way to be charged in another currency? Otherwise no worries.'),
    ('financial_hardship', 'benign', 'dm',
        '@FordlyHelp your refund took 9 days. Bank says you only sent it on day 8. Bit of a joke tbh || '
        "Agent: Sorry about that, we had a batch delay last week. It's fixed now."),
    ('financial_hardship', 'benign', 'voicemail',
        "Hi, it's Neil from Fraser Joinery, I need the bank details for paying our February business "
        "invoice by BACS, the link in the email's broken. Cheers."),
    ('financial_hardship', 'benign', 'call',
        'Caller asked why the price of a 3-hour booking went up compared with last week. Explained surge '
        'pricing on Friday evenings. Caller rebooked for Saturday morning.'),
    ('financial_hardship', 'benign', 'chat',
        'Customer: lost a Monopoly game this weekend and went bankrupt on Mayfair lol, anyway the '
        "glovebox in the Astra won't open || Agent: Ha, bad luck! I'll log the glovebox for repair. || "
        'Customer: cheers'),
    ('financial_hardship', 'benign', 'email',
        "Your 'First Month Free' code didn't apply to my Commuter plan and I was charged £29. The email "
        "says it's for new members, which I am."),
    ('financial_hardship', 'benign', 'sms',
        'can i get a receipt for my trip yest for expenses pls || Agent: Sent to your email now!'),
    ('financial_hardship', 'benign', 'review',
        'Cheaper than owning a car by a mile for me. Did the maths: about £1,100 a year vs £3,000 for my '
        'old hatchback. Happy customer.'),
    ('financial_hardship', 'benign', 'web_form',
        'Form: Payment method | Message: I want to switch my default card from Visa to Amex but the app '
        "says 'card type not supported'. Do you take Amex?"),
    ('financial_hardship', 'benign', 'agent_note',
        'Fuel card declined at pump (card FC-2231). Cust paid £38 themselves; reimbursed to account '
        'credit. Card replaced.'),
    ('financial_hardship', 'benign', 'chat',
        "Customer: does fordly offer payment plans for businesses? we've 8 drivers || Agent: Business "
        'accounts can pay monthly in arrears on invoice. || Customer: ideal'),
    ('financial_hardship', 'benign', 'email',
        'Hi, the overtime charge on my booking says £24 but I returned at 18:02 and the booking ended at '
        '18:00. Is there no grace period? Not a big deal but seems harsh.'),
    ('financial_hardship', 'benign', 'dm',
        "just got my annual statement email, apparently I've saved £640 vs taxis this year 😂 nice touch"),
    # ---- legal
    ('legal', 'sensitive', 'email',
        'Dear Sir/Madam, I act for Mr Joseph Ahern in respect of a claim arising from a collision on 3 '
        'March involving your vehicle registration YN21 PQX. Please preserve all telematics and dashcam '
        'data for that booking pending disclosure. Yours faithfully, Rees Maddox Solicitors'),
    ('legal', 'sensitive', 'agent_note',
        "Cust received court summons for speeding offence (Harwick Magistrates') in our car, booking "
        'FDL-55402. He says his friend was driving, not him. Advised we named him as hirer per our '
        "records; he'll need to raise it with the court."),
    ('legal', 'sensitive', 'web_form',
        'Form: Signup help | Question: I have a conviction for drink driving from 2019 (DR10), the ban '
        'ended in 2021 and my licence is clean otherwise. Will your check reject me automatically?'),
    ('legal', 'sensitive', 'chat',
        'Customer: i need to extend the booking, i cant get to the car || Agent: Sure, how long for? || '
        'Customer: not sure mate i got arrested last night, im out on bail now but my keys and phone are '
        "still at the station. car is parked legally on Bridge St || Agent: OK, I've extended 24h and "
        "noted the car's location."),
    ('legal', 'sensitive', 'email',
        'Hi, my husband and I are in the middle of divorce proceedings and he is still listed as an '
        'additional driver on my account. My solicitor has advised me to remove him from everything '
        'joint. Please do this today. Claire Ashby'),
    ('legal', 'sensitive', 'voicemail',
        'Hi, this is Owen Hale, the Fordly car I had, the Niro, got broken into last night at Tannery '
        "Yard and my laptop was taken. I've reported it to the police, the crime reference is "
        'HW/4471/24. Your team needs to know for the window. Call me back please.'),
    ('legal', 'sensitive', 'call',
        'Caller is suing the other driver from a collision while she was in a Fordly car; her lawyer '
        'needs our incident report and telematics. Asked for a written request from the lawyer via the '
        'data requests form.'),
    ('legal', 'sensitive', 'review',
        "I'm taking Fordly to the small claims court over a £400 'damage' charge for a scratch that was "
        "there before I picked up. My photos prove it. Don't use them. || Reply from Fordly: We're sorry "
        'you feel this way. Our claims team has your photos and will contact you directly.'),
    ('legal', 'sensitive', 'dm',
        "@FordlyHelp I've got a restraining order against my ex and he still has the login to our old "
        "shared account. please remove him, I've emailed you a copy of the order || Agent: We've "
        'received it and removed him from the account. Please check your DMs for next steps.'),
    ('legal', 'sensitive', 'email',
        'Hi, I need to close my account. I was disqualified from driving at court last week for 6 months '
        "(totting up), so I won't be able to use it. Do I get the remaining monthly hours refunded? "
        'Thanks, Sanjay'),
    ('legal', 'sensitive', 'chat',
        "Customer: I got stopped by police and they've said the car's plate doesn't match the V5? "
        "they're reporting me for it || Agent: That sounds stressful, I'm sorry. Could you send me the "
        "officer's reference? I'll speak to our fleet team now. || Customer: its PC 4417, ref on the "
        'form is 88-0213'),
    ('legal', 'sensitive', 'agent_note',
        'Solicitor for customer (Mr P. Ndlovu) rang re his employment tribunal: he needs booking history '
        'to prove he was at a client site on 12 Feb. Advised subject access request process.'),
    ('legal', 'sensitive', 'sms',
        "Hi, I got a letter saying I'm being prosecuted for failing to name the driver? I did name them "
        'online. Ref on the letter 00917. can u check || Agent: Checked: your nomination was received on '
        "the 4th. I've emailed you proof to send back to them."),
    ('legal', 'sensitive', 'web_form',
        'Form: Data request | Requester: Hartwell & Lane LLP on behalf of client Ms Rosa Quint | '
        "Purpose: Custody proceedings; we require journey records for Ms Quint's account Jan to Mar as "
        'evidence.'),
    ('legal', 'sensitive', 'call',
        'Call summary: customer on probation asked if his criminal record (theft, 2021) would show up in '
        "Fordly's checks and whether his probation officer could be added as a contact. Explained we "
        'only check licence status.'),
    ('legal', 'benign', 'chat',
        "Customer: where's your terms and conditions? the link in the footer 404s || Agent: Sorry about "
        "that, it's in the app under Settings > Legal. We'll fix the footer. || Customer: ta"),
    ('legal', 'benign', 'email',
        "Hi, we're a small law firm (Pemberton Hale LLP) with six fee earners who currently use taxis to "
        "get to court and client meetings. We'd like a business account. Can you send pricing?"),
    ('legal', 'benign', 'sms',
        "are we allowed to take the car abroad on the ferry? going next week || Agent: Yes, with 7 days' "
        'notice and the European cover add-on.'),
    ('legal', 'benign', 'review',
        'Dropped off at the Earlsgate Court zone in 2 mins flat. Best located zone in the city.'),
    ('legal', 'benign', 'agent_note',
        'Customer asked how to appeal a parking PCN issued by the council during his rental. Sent appeal '
        'guidance; PCN transferred to hirer as standard.'),
    ('legal', 'benign', 'web_form',
        'Form: Toll charge query | Booking FDL-40567 | Message: I was charged the river crossing toll '
        'twice for one crossing. Can you check the ANPR records?'),
    ('legal', 'benign', 'chat',
        "Customer: whats 'Fair Use Policy' mean for unlimited miles? || Agent: It's a soft cap of 300 "
        'miles/day to stop commercial use. || Customer: ok thats plenty'),
    ('legal', 'benign', 'email',
        "What's your data retention period for trip history? Asking for our firm's compliance checklist "
        'before we sign the business contract. || Agent: Trip history is kept for 6 years for tax '
        'purposes; telematics detail is deleted after 90 days.'),
    ('legal', 'benign', 'dm',
        "@Fordly binge-watching a lawyer drama and realised I've got a Fordly parked outside a nail "
        'salon right now. life imitating art 😂'),
    ('legal', 'benign', 'voicemail',
        'Hi, Jenny from the Crown Court Hotel front desk, one of your cars has been parked in our guest '
        'bay since Tuesday. Could someone move it? 07700 900129.'),
    ('legal', 'benign', 'call',
        'Caller requested a copy of the congestion charge receipt for booking FDL-33341 for expenses. '
        'Emailed.'),
    ('legal', 'benign', 'chat',
        'Customer: do I need an international driving permit if I have an EU licence? || Agent: No, a '
        'valid EU photocard licence is accepted. || Customer: great'),
    ('legal', 'benign', 'email',
        "The 'Legal Notices' PDF in the app is 48 pages. Is there a plain-English summary of what "
        'happens to my damage excess? Thanks'),
    ('legal', 'benign', 'review',
        'Got a parking ticket that was 100% my fault, Fordly passed it on with a £10 admin fee which is '
        'fair, and they told me straight away.'),
    ('legal', 'benign', 'agent_note',
        'Business customer (Ashby Cole Accountants) queried contract clause 7.2 on liability for staff '
        'fines. Explained fines are passed to the business account, not individual drivers.'),
    # ---- bereavement
    ('bereavement', 'sensitive', 'email',
        "Hello, I'm writing on behalf of my late father, Derek Winslow, who held a Fordly account. He "
        'passed away on 14 April. Could you please close the account and let me know if there is '
        "anything outstanding? I'm the executor and can send the death certificate. Regards, Amanda "
        "Winslow || Agent: Dear Amanda, I'm very sorry for your loss. There's nothing outstanding and "
        "I've closed the account; no certificate is needed."),
    ('bereavement', 'sensitive', 'chat',
        'Customer: I need to extend till sunday || Agent: No problem, is anything wrong with the car? || '
        "Customer: no car's fine. my nan died on tuesday and the funeral's saturday in Eastmoor, just "
        "need it for the weekend || Agent: I'm so sorry. I've extended to Sunday 8pm and waived the "
        'extension fee.'),
    ('bereavement', 'sensitive', 'voicemail',
        "Hi, it's Ruth Abara. It's about my husband Joseph's account, the membership fee still comes out "
        "every month. He died in June. I've tried the app but I can't log into his side. Please can "
        'somebody help me stop it. Thank you.'),
    ('bereavement', 'sensitive', 'sms',
        'cant return the car on time, had a call my brother passed away overnight. will bring it back '
        "when i can. so sorry || Agent: We're so sorry. Keep it as long as you need, there will be no "
        'late charges.'),
    ('bereavement', 'sensitive', 'agent_note',
        "Bereavement: customer's wife died last month; he asked to transfer her remaining credit (£45) "
        'to his account. Approved per bereavement policy, her account closed.'),
    ('bereavement', 'sensitive', 'review',
        "When my mum died I had six accounts to close. Fordly was the only one that didn't ask me to "
        'fill out a form in triplicate. Thank you Leah for being so kind on the phone.'),
    ('bereavement', 'sensitive', 'web_form',
        "Form: Cancel booking | Booking ref: FDL-66120 | Reason: Death in the family. My partner's dad "
        "died this morning and we're going to be with his family. Please refund if possible."),
    ('bereavement', 'sensitive', 'chat',
        'Customer: hi can the refund go to a different card || Agent: Sure, can I ask why? || Customer: '
        "it was my wife's card, she passed last month and the bank has closed it || Agent: I'm very "
        "sorry for your loss. I'll just need the last 4 digits of the new card."),
    ('bereavement', 'sensitive', 'email',
        'Dear team, my partner Lukas died in an accident three weeks ago. On his account there is still '
        'a deposit of 200 pounds held. I am his next of kin. How can I claim it? I have the papers from '
        'the registry office. Thank you. Anja'),
    ('bereavement', 'sensitive', 'call',
        "Call: caller's daughter died in March; caller still receiving marketing emails addressed to "
        'her. Very distressed. Suppressed the email and closed the account immediately. Apology given.'),
    ('bereavement', 'sensitive', 'dm',
        '@FordlyHelp my grandad passed at the weekend and I had a recurring booking in my name for '
        'taking him to the shops on tuesdays. can I cancel the rest without a fee || Agent: So sorry for '
        'your loss. All future bookings are cancelled, no fee.'),
    ('bereavement', 'sensitive', 'email',
        "Hi, this is a slightly odd one. My best friend Carys died suddenly last month and I've found "
        "out she'd booked a Fordly car for our trip in August. I don't want anyone to get charged for "
        'it. Can you cancel it?'),
    ('bereavement', 'sensitive', 'agent_note',
        "Customer's son died (aged 24); she needs a larger car to collect his belongings from his flat "
        'next week. Deposit waived, 7-seater booked at Parkside.'),
    ('bereavement', 'sensitive', 'review',
        "The only car I could get was dirty and smelt of smoke. On the way to my dad's funeral. Not what "
        "I needed. || Reply from Fordly: We're so sorry for your loss, and for the state of the car. "
        "We've refunded the booking and a member of the team will call you."),
    ('bereavement', 'sensitive', 'voicemail',
        'Hello, my name is Patrick Dunne. I got a letter about a fine for a car that was booked on my '
        "mother's account, Margaret Dunne. She passed away on the 2nd and the booking was after that. I "
        "think someone's used her account. Can you call me back on 07700 900906."),
    ('bereavement', 'benign', 'chat',
        "Customer: my phone died halfway through the trip and now the app says the car isn't locked || "
        "Agent: I've locked it remotely, and you weren't charged any extra. || Customer: legend"),
    ('bereavement', 'benign', 'sms',
        "car battery dead at Quarry Rd zone, the Zoe won't turn on at all || Agent: Thanks, roadside is "
        "on the way and we've marked it unavailable."),
    ('bereavement', 'benign', 'review',
        'Dead easy to use. Signed up on the bus, had a car by lunchtime.'),
    ('bereavement', 'benign', 'email',
        "Hi, your app shows a 'dead zone' on the map around the retail park where GPS drops out. I "
        "returned a car there and it said I wasn't in the zone. Can you check? || Agent: Thanks, we've "
        'widened the zone boundary there and removed the out-of-zone fee.'),
    ('bereavement', 'benign', 'agent_note',
        'Funeral director business (Halloway & Sons Funeral Services) enquired about long-term hire of '
        'two estate cars for office staff. Sent fleet rates.'),
    ('bereavement', 'benign', 'chat',
        'Customer: deadline for the early-bird annual plan? || Agent: Midnight on Sunday! || Customer: '
        'ok ill do it tonight'),
    ('bereavement', 'benign', 'dm',
        "@Fordly dying for a coffee and the car says i can't stop for 'more than 10 mins' without the "
        'meter running? is that right'),
    ('bereavement', 'benign', 'voicemail',
        'Hi, Tony here, the app keeps dying on me when I open the map, iPhone, latest update. Had to '
        "borrow someone's phone to unlock. Cheers."),
    ('bereavement', 'benign', 'web_form',
        "Form: Feedback | Message: The 'Ghost mode' setting for hiding my favourite zones from other "
        'users on a shared account is brilliant, more apps should do this.'),
    ('bereavement', 'benign', 'review',
        'Took the Berlingo to a Grateful Dead tribute night two hours away, no problem with charging on '
        'the way.'),
    ('bereavement', 'benign', 'email',
        'Hello, I killed the engine twice trying to get out of the Wharf St car park, the clutch bites '
        'really high on that Polo. Might want someone to check it.'),
    ('bereavement', 'benign', 'chat',
        "Customer: there's a bunch of flowers on the back seat from the previous renter, what do i do "
        "with them? || Agent: Thanks, pop them in the boot and I'll let the valet team know."),
    ('bereavement', 'benign', 'call',
        "Caller asked whether unused hours 'die' at the end of the month or roll over. Explained up to "
        '10 hours roll over on monthly plans.'),
    ('bereavement', 'benign', 'sms',
        'end of an era, closing my acct as im moving somewhere with a car. thanks for 4 yrs'),
    ('bereavement', 'benign', 'agent_note',
        "Cust reported the Octavia at Station Approach is 'dead': no lights, no unlock. Remote "
        'diagnostics: 12V battery flat. Roadside dispatched.'),
    # ---- violence_self_harm
    ('violence_self_harm', 'sensitive', 'email',
        'Hi, I think someone is using the shared family account to track where I go. My ex still knows '
        "the password and he's turned up at two places I parked this week. I need all other users "
        "removed and my trip history hidden. Please treat this as urgent. || Agent: We've removed all "
        'other users, reset your password and hidden your trip history. Please call us on the priority '
        'line if he contacts you again.'),
    ('violence_self_harm', 'sensitive', 'chat',
        'Customer: the bloke whose car I bumped at the retail park got my number off the damage form and '
        "keeps texting saying he'll 'sort me out' || Agent: I'm sorry, that's not acceptable. Please "
        "keep the messages and report them to the police. We won't share your details further. || "
        "Customer: thanks, he's sent 6 today"),
    ('violence_self_harm', 'sensitive', 'voicemail',
        "Hi it's Dom, the Fordly guy that does the inspections at Corn Street, he grabbed my arm and "
        "shoved me when I said the scratch was already there. I've got a bruise. I want to make a "
        'complaint.'),
    ('violence_self_harm', 'sensitive', 'agent_note',
        "Cust said she's fleeing domestic abuse and needs the car booked under a new email so her "
        "husband can't see it. Created new account, old account locked, no cross-notifications."),
    ('violence_self_harm', 'sensitive', 'sms',
        "i dont want to be here anymore. just take the car back i dont care about the fine || Agent: I'm "
        "really sorry you're feeling like this. You're not alone. Please call Samaritans free on 116 "
        '123, any time. Are you safe right now?'),
    ('violence_self_harm', 'sensitive', 'web_form',
        'Form: Complaint | Details: Your delivery driver who dropped the car at my house has messaged me '
        "eleven times asking me out and saying he knows where I live. I've blocked him. I want him kept "
        'away from my bookings.'),
    ('violence_self_harm', 'sensitive', 'chat',
        'Customer: someone keyed a slur into the door of the car outside my house and left a note saying '
        "next time it'll be me || Agent: That's really frightening, I'm sorry. Are you safe? I'll log "
        "the damage as vandalism, you won't be charged. || Customer: im at my sisters tonight"),
    ('violence_self_harm', 'sensitive', 'review',
        'Be careful at Tannery Yard. A man followed me from the car to my front door last Thursday night '
        'and tried to get in. Fordly support were great but please put lights in there.'),
    ('violence_self_harm', 'sensitive', 'email',
        "Hi, I'm sorry about the mess on the back seat. I was cutting again and I didn't think. I'll pay "
        "whatever the cleaning costs. Please don't ring me."),
    ('violence_self_harm', 'sensitive', 'agent_note',
        'Driver reports being punched through the open window by another motorist at Fennel St lights '
        'after a minor contact. Police attended (ref given). Customer shaken; booking extended free.'),
    ('violence_self_harm', 'sensitive', 'dm',
        "@FordlyHelp ur customer service guy called me a stupid bitch on the phone today and said he'd "
        "'find me'. i recorded it."),
    ('violence_self_harm', 'sensitive', 'call',
        'Caller says her partner hits her when she uses the car without asking and made her give him her '
        'password. Wants password reset and 2FA to her new number only. Done; signposted national '
        'domestic abuse helpline.'),
    ('violence_self_harm', 'sensitive', 'email',
        'Another Fordly member who uses the same street zone keeps leaving notes on the windscreen of '
        "whatever car I book, saying he's 'watching' me. It's happened five times. I've got photos."),
    ('violence_self_harm', 'sensitive', 'chat',
        "Customer: can you cancel everything on my account || Agent: Of course, can I ask if anything's "
        'wrong with the service? || Customer: no. ive just decided im not going to be around much longer '
        "so it doesnt matter || Agent: I'm really glad you told me. Are you safe right now? You can call "
        'Samaritans free on 116 123.'),
    ('violence_self_harm', 'sensitive', 'voicemail',
        "This is Kerry, I left the Corsa at Dock St and there's a bloke there who shouted at me and "
        "threw a bottle when I got out, he's there every night. I'm not going back to that zone. Please "
        'put a note on it for other women.'),
    ('violence_self_harm', 'benign', 'chat',
        'Customer: app crashed mid-unlock three times || Agent: Sorry! We pushed a fix this morning, '
        'please update to 5.12.1. || Customer: working now ta'),
    ('violence_self_harm', 'benign', 'review',
        "Absolutely smashed it. Best car club I've used, booked a car for a weekend away and it was "
        'flawless.'),
    ('violence_self_harm', 'benign', 'sms',
        'hit a pothole on Mill Lane, tyre looks ok but warning light on. pls advise || Agent: Please '
        "pull over safely and send a photo of the dashboard light, we'll advise from there."),
    ('violence_self_harm', 'benign', 'email',
        "Killer deal on the weekend rate this month, booked three. Just checking the 'weekend' includes "
        'a Monday morning return? || Agent: It does, up to 9am Monday.'),
    ('violence_self_harm', 'benign', 'dm',
        "@Fordly the Fast & Furious soundtrack playing on the car's radio when I unlocked it was a "
        'choice 😂'),
    ('violence_self_harm', 'benign', 'agent_note',
        'Policy question: customer asked what Fordly does if a member is abusive to staff. Explained '
        'code of conduct, accounts can be suspended. General enquiry only.'),
    ('violence_self_harm', 'benign', 'chat',
        "Customer: weather's threatening snow, can I get a car with winter tyres? || Agent: The SUVs at "
        'Hartley Green have all-season tyres. || Customer: great, booking one'),
    ('violence_self_harm', 'benign', 'voicemail',
        "Hi, just letting you know I knocked the wing mirror on the Clio against a bollard, it's folded "
        'in but not broken. Rang to be honest about it. Ben.'),
    ('violence_self_harm', 'benign', 'review',
        'Beat the traffic, beat the bus, beat my old commute by 20 minutes. Love it.'),
    ('violence_self_harm', 'benign', 'web_form',
        "Form: Feedback | Message: The 'Report abuse' button on the community board is hidden three "
        'menus deep. Make it easier to find.'),
    ('violence_self_harm', 'benign', 'email',
        'Hi, do your cars have dashcams? Just curious in general, some of the road rage videos online '
        'have made me think about it.'),
    ('violence_self_harm', 'benign', 'chat',
        "Customer: the PIN pad makes me punch the code in twice every time || Agent: That's a known "
        'glitch on the older keypads, thanks for flagging it. || Customer: np'),
    ('violence_self_harm', 'benign', 'sms',
        'left my Assassins Creed game case in the Octavia, Wharf St. can someone check'),
    ('violence_self_harm', 'benign', 'call',
        "Caller asked about 'aggressive' letters from private parking companies chasing rental cars. "
        'General query, explained PCN transfer process.'),
    ('violence_self_harm', 'benign', 'agent_note',
        "Customer called the hire 'a car crash of an experience': app froze, keys locked in, 45-min "
        'wait. Refunded booking and 1 free hour.'),
    # ---- special_categories
    ('special_categories', 'sensitive', 'chat',
        "Customer: can I book the 7 seater from thursday night to sunday? || Agent: Yes, it's free. Any "
        "extras? || Customer: no thanks. Eid starts thursday so we'll be doing the rounds visiting "
        'family all weekend, need the space || Agent: Eid Mubarak! All booked.'),
    ('special_categories', 'sensitive', 'email',
        "Hi, we keep Shabbat so we can't return the car between sunset on Friday and nightfall on "
        'Saturday. Could the booking end on Saturday at 9:30pm instead of noon? Happy to pay the '
        "difference. Thanks, Miriam Feld || Agent: Hi Miriam, no problem at all, I've moved the end to "
        '21:30 Saturday.'),
    ('special_categories', 'sensitive', 'web_form',
        "Form: Verification help | Message: Your selfie instructions say to remove head coverings. I'm a "
        "practising Sikh and I won't remove my turban. My licence photo has it on. Can you accept that?"),
    ('special_categories', 'sensitive', 'voicemail',
        "Hello, it's Reverend Alison Pike from St Oswald's. I've got three funerals and a wedding this "
        "week across the parish and I'll need the car most days. Could you ring about a weekly rate? "
        '07700 900274.'),
    ('special_categories', 'sensitive', 'sms',
        'can i move my booking to after iftar, around 9pm? fasting for ramadan so dont want to be '
        'driving at 6 when im flagging'),
    ('special_categories', 'sensitive', 'agent_note',
        'Cust requested name change on account: converted to Islam last year and now goes by Yusuf '
        'Bennett. New licence uploaded and matches. Updated.'),
    ('special_categories', 'sensitive', 'email',
        "Hi, small thing, but I got a push notification from the app wishing me a 'blessed Easter'. I'm "
        "a lifelong atheist and I'd rather my car app stayed out of religion. Can I opt out of "
        'holiday-themed notifications? Thanks, Graham || Agent: Hi Graham, fair point. Settings > '
        'Notifications > Seasonal messages will switch them off.'),
    ('special_categories', 'sensitive', 'chat',
        'Customer: is there a car near the mandir on Kellaway Rd? I go every morning for puja before '
        "work || Agent: Yes, the Kellaway zone has two cars, one's free now. || Customer: great, can I "
        'make it a daily 6am booking?'),
    ('special_categories', 'sensitive', 'review',
        'We use Fordly for our ministry on Saturdays, me and another sister from the Kingdom Hall go '
        'door to door in the villages. Always reliable and never a scratch on the cars.'),
    ('special_categories', 'sensitive', 'email',
        "I'm writing to complain about the inspector at the Corn Street zone. When I disputed the damage "
        "he said 'people like you always say that' and then muttered about going back where I came from. "
        "I'm Black British and was born here. I want this investigated."),
    ('special_categories', 'sensitive', 'chat',
        "Customer: your address checker won't accept my address || Agent: Could you give me the "
        "postcode? || Customer: it's a Traveller site, we're Irish Travellers, the plot numbers aren't "
        "in your database and I've been turned down three times now || Agent: I'm sorry about that. I'll "
        'verify your address manually now.'),
    ('special_categories', 'sensitive', 'agent_note',
        'Cust (Mr Lacatus) said he is Roma and felt the counter staff at Station Approach treated him '
        "with suspicion, asking for extra ID we don't require. Escalated to team lead for review."),
    ('special_categories', 'sensitive', 'dm',
        "@FordlyHelp agent asked where i'm 'really from' during my ID call. i'm british nigerian, born "
        "in Harwick, i don't see what that has to do with renting a car"),
    ('special_categories', 'sensitive', 'email',
        'Dzien dobry, I am Polish and my English is not perfect so maybe I misunderstood. The agent on '
        "the phone laughed at my accent and told me to 'speak properly'. I felt very bad. Please check "
        'the call from 3 May, 14:20. Krzysztof'),
    ('special_categories', 'sensitive', 'web_form',
        'Form: Account details | Message: Your signup keeps rejecting my surname Nguyễn because of the '
        "accent mark. I'm Vietnamese and that's how it's spelled in my passport. Please fix so my name "
        'matches my ID.'),
    ('special_categories', 'sensitive', 'call',
        'Call: customer of Pakistani heritage says a Fordly van driver shouted a racial slur at her '
        'outside the Dock St zone. She has the van number. Logged as HR incident, callback promised '
        'within 48h.'),
    ('special_categories', 'sensitive', 'review',
        "Being mixed race, I'm used to face-match systems failing, a lot of them are bad with darker "
        "skin. Fordly's manual review was fast though and the agent was lovely. || Reply from Fordly: "
        "Thank you, and we're sorry the automatic check let you down. We're retesting it."),
    ('special_categories', 'sensitive', 'chat',
        'Customer: can the confirmation emails be in Punjabi as well? my parents are from Punjab and '
        "read it better than English, they use my account for their trips || Agent: Not yet, but I've "
        'logged it as a request. I can add them as sub-users with their own logins though. || Customer: '
        'that would help'),
    ('special_categories', 'sensitive', 'email',
        "Hi, I'm standing as the Liberal Democrat candidate in the Eastmoor ward by-election and I'll "
        'need a car most evenings for the next four weeks for canvassing. Do you do a block discount? '
        'Dave Ashcroft'),
    ('special_categories', 'sensitive', 'chat',
        'Customer: whats the biggest boot u have, need to shift about 3000 leaflets || Agent: The '
        "Berlingo van at Station Approach. || Customer: perfect. Green Party leaflets, we're out "
        "delivering in Hollins ward all weekend || Agent: Great, I've reserved it for you."),
    ('special_categories', 'sensitive', 'sms',
        'booking the car for sat am, driving a few of us to the climate march in the city, back by 6. is '
        'parking near the rally covered by the zone map'),
    ('special_categories', 'sensitive', 'agent_note',
        "Damage report: customer says car was vandalised overnight because he'd left his Reform UK "
        "posters in the back window; he's a party activist. Police ref provided, damage not charged."),
    ('special_categories', 'sensitive', 'voicemail',
        'Hi, this is Councillor Neema Ossei, Labour group on Harwick council. I left a folder of '
        "constituents' casework in the car at Corn Street. It's very confidential. Please call me on "
        '07700 900613.'),
    ('special_categories', 'sensitive', 'dm',
        'used your polling day code to get to the polling station, voted Conservative for the first time '
        'in my life. my mum would be horrified 😂 anyway great promo'),
    ('special_categories', 'sensitive', 'review',
        'Used Fordly to get to the Palestine solidarity march in the city centre. Cheapest way for four '
        'of us to get there and back.'),
    ('special_categories', 'sensitive', 'email',
        "Hello, as chair of the Lowmere Conservative Association I'd like to open a personal account for "
        'campaign travel before the county elections. Will invoices show my name only? Regards, Helena '
        'Strutt'),
    ('special_categories', 'sensitive', 'chat',
        'Customer: hey can I get the fine for the city centre closure waived? || Agent: Which booking is '
        'it? || Customer: FDL-77221. I was driving the banner van for the anti-austerity demo and the '
        "stewards sent us through the bus gate || Agent: I'll ask the council on your behalf."),
    ('special_categories', 'sensitive', 'email',
        "Hi, as shop steward at the depot I've been asked to find out whether Fordly offers a group "
        'discount to our members. Could you send something I can share at the next branch meeting? '
        'Cheers, Pete'),
    ('special_categories', 'sensitive', 'sms',
        'can i book the car tues 5am-11am? im on the picket line at the bus garage from 6 || Agent: '
        'Booked for Tuesday 05:00 to 11:00.'),
    ('special_categories', 'sensitive', 'chat',
        "Customer: can I get an invoice addressed to the union instead of me? I'm the Unite rep and they "
        "reimburse travel to the regional council || Agent: Sure, I'll reissue it to Unite with your "
        'name as the attendee. || Customer: perfect'),
    ('special_categories', 'sensitive', 'agent_note',
        'Cust asked us to copy all correspondence on disputed damage claim DC-8830 to his GMB rep as '
        "well; he's using union support on it. Consent recorded on account."),
    ('special_categories', 'sensitive', 'voicemail',
        "Hi, it's Kev, I'm one of the RMT lads out on strike this week, just wanted to check my monthly "
        "membership can be paused while we're out. Ring me back when you can."),
    ('special_categories', 'sensitive', 'review',
        "As a union branch secretary I do a lot of evening meetings across the district, and Fordly's "
        'been a game changer for getting to them without the last bus panic.'),
    ('special_categories', 'sensitive', 'web_form',
        "Form: Discount request | Message: I'm an NEU member and saw Fordly listed on the teachers' "
        'union benefits page. How do I claim the member rate?'),
    ('special_categories', 'sensitive', 'chat',
        "Customer: i'm organising a union at my warehouse and management's been keeping tabs on me. can "
        'my employer see my trips? || Agent: Only trips booked on your work account. Personal bookings '
        'are private. || Customer: good, personal from now on'),
    ('special_categories', 'sensitive', 'email',
        "Dear Fordly, I'm a Unison member and my regional officer has advised me to request my trip data "
        'for 1 to 14 March for my grievance hearing. Please send it to this address. Thanks, Carole'),
    ('special_categories', 'sensitive', 'email',
        "Hi, can you add my husband Marcus as a second driver? He's got his licence photo ready. We've "
        'just moved in together so same address now. Thanks, Tom || Agent: Hi Tom, congratulations on '
        "the move! I've sent Marcus an invite to verify."),
    ('special_categories', 'sensitive', 'chat',
        "Customer: we're both dads and both on the same account, is that a problem? we each want our own "
        'login || Agent: Not at all. You can add a second member under Household. || Customer: brilliant '
        'thanks'),
    ('special_categories', 'sensitive', 'sms',
        "sorry the car's late back, date ran long. first time I've been out with a woman since I came "
        'out as bi lol. will pay the extra'),
    ('special_categories', 'sensitive', 'dm',
        "@FordlyHelp can you stop sending 'romantic getaway' offers to my girlfriend's account and mine "
        "at the same time, we're not out to her family and they share her ipad. - Kate"),
    ('special_categories', 'sensitive', 'agent_note',
        'Cust asked if trip history shows full addresses, worried her partner will see trips to the '
        'sexual health clinic on Garton St. Explained history shows zone names only. Deleted the trips '
        'at her request.'),
    ('special_categories', 'sensitive', 'voicemail',
        "Hi, it's Emma Reid, I need to add my wife Sophie to the account, she's passed her test finally! "
        'Can someone call me back to walk me through it? Thanks.'),
    ('special_categories', 'sensitive', 'review',
        'Booked a car for our anniversary weekend away, me and my boyfriend, and the agent even sent a '
        'little note in the confirmation. Small touch, big smile. - Jamal'),
    ('special_categories', 'sensitive', 'chat',
        'Customer: the guy I met on a gay dating app wants to drive part of our road trip, can he? || '
        "Agent: Only verified members can drive. He'd need his own account and to be added as an "
        "additional driver. || Customer: ok he'll sign up tonight"),
    ('special_categories', 'sensitive', 'call',
        'Call: customer asked for his ex-wife to be removed from their joint account; said since he came '
        "out they've split amicably and his partner Andrew will be added instead. Updated."),
    ('special_categories', 'sensitive', 'email',
        "Hi, my account still shows my deadname on receipts and the driver card. I've updated my licence "
        "since my transition and the new one's uploaded. Please change the name to Alex Carter "
        'everywhere. Thanks'),
    ('special_categories', 'sensitive', 'chat',
        'Customer: can I set pronouns on my profile? my pronouns are they/them and the chatbot keeps '
        "calling me 'sir' || Agent: Sorry about that! I've set your title to Mx and switched off "
        'gendered greetings. || Customer: thank you'),
    ('special_categories', 'sensitive', 'web_form',
        'Form: Verification appeal | Message: The face-match keeps failing because my licence photo is '
        'from before I transitioned. I have a GRC and a new photocard on order. Can you verify manually '
        'in the meantime?'),
    ('special_categories', 'sensitive', 'agent_note',
        'Cust is non-binary, asked to remove gender from account; field not required. Removed. Also '
        'changed title to Mx.'),
    ('special_categories', 'sensitive', 'voicemail',
        "Hi, this is Jordan, I'm a trans woman and the inspector at Farrow Road kept calling me 'mate' "
        "and 'fella' after I'd corrected him twice. It was humiliating. I'd like someone to call me back."),
    ('special_categories', 'sensitive', 'sms',
        'hiya can u update my name to Leo, still waiting on the deed poll to come back but seeing my old '
        'name on the app is really hard since I came out as trans || Agent: Hi Leo, done: your name '
        'shows as Leo across the app now. Send the deed poll over when it arrives.'),
    ('special_categories', 'sensitive', 'review',
        "Honestly the only company where I didn't have to explain my gender recognition certificate "
        'three times. Name change done in a day.'),
    ('special_categories', 'sensitive', 'dm',
        "@FordlyHelp the selfie check flagged me as 'mismatch' because I've been on HRT a year and my "
        'face has changed. kinda humiliating having to explain that to a bot'),
    ('special_categories', 'sensitive', 'chat',
        "Customer: my passport and licence have different gender markers while I'm mid-transition, will "
        "that fail the ID check? || Agent: It shouldn't. We match name and photo, not the gender marker. "
        '|| Customer: phew ok'),
    ('special_categories', 'sensitive', 'email',
        "Hi, I'm pausing my monthly plan for a few months. After my BRCA result came back positive I've "
        "decided on preventive surgery and won't be driving for a while. Thanks for everything, Lucy || "
        "Agent: Hi Lucy, I've paused it from the 1st. Just reactivate whenever you're ready."),
    ('special_categories', 'sensitive', 'chat',
        'Customer: is there a medical questions bit in sign up? || Agent: No, we only ask you to confirm '
        "you're fit to drive. || Customer: good. my dad has huntingtons and I tested positive for the "
        "gene last year. not symptomatic but I didn't want to have to declare it"),
    ('special_categories', 'sensitive', 'agent_note',
        'Cust left a sealed DNA testing kit addressed to her in car YK22 BFT; asked us to return it '
        "unopened, says it's her carrier screening. Sent to her home address by tracked post."),
    ('special_categories', 'sensitive', 'review',
        'Drove to the genetics clinic for my cystic fibrosis carrier test results. Car was spotless and '
        'parking at the zone was easy. Needed one thing to go smoothly that day.'),
    ('special_categories', 'sensitive', 'sms',
        'left an envelope in the glovebox of the astra pls dont open it, its my DNA paternity test '
        'results. wharf st zone'),
    ('special_categories', 'sensitive', 'dm',
        "@Fordly your 'find your roots' ad partner says they'll 'match you with relatives'. I did my "
        'ancestry DNA test through them last year and now I get your ads. are you sharing my data?'),
    ('special_categories', 'sensitive', 'voicemail',
        "Hi, it's Gerald, I need to move Thursday's booking. The hospital's moved my genetic counselling "
        'appointment about the familial hypercholesterolaemia test to Friday. Ta.'),
    ('special_categories', 'sensitive', 'web_form',
        'Form: Data deletion | Message: I mistakenly uploaded my genetic test report (Lynch syndrome) '
        'instead of my licence in the verification step. Please delete it permanently and confirm.'),
    ('special_categories', 'sensitive', 'email',
        'Under GDPR I want you to delete the facial geometry template you created from my selfie at '
        "signup. I didn't realise you kept it after verification. Account: r.sheldon@example.com || "
        "Agent: Hi, we've deleted your face template. Your account stays verified."),
    ('special_categories', 'sensitive', 'chat',
        "Customer: I enrolled my fingerprint for the new keyless unlock, how do I remove it? I don't "
        'want my fingerprint stored anywhere || Agent: I can delete your fingerprint enrolment from the '
        'key system now. Done. || Customer: thanks'),
    ('special_categories', 'sensitive', 'agent_note',
        'Cust asked to opt out of VoiceID after learning her voiceprint was captured on the last call. '
        'Voiceprint deleted, security questions set instead.'),
    ('special_categories', 'sensitive', 'web_form',
        "Form: Complaint | Message: The face scan matched me to someone else's account (L. Marsh) and "
        'showed me her booking. My face scan is now linked to a stranger. Please fix it and delete my '
        'scan.'),
    ('special_categories', 'sensitive', 'dm',
        "@FordlyHelp why did my selfie verification get me flagged as a 'duplicate' of another user? "
        "your face-match thinks i'm my twin sister. we have separate accounts!"),
    ('special_categories', 'sensitive', 'review',
        'Signed up in 5 minutes. The face scan matched me to my licence first time, which never happens '
        'with my glasses. Slick.'),
    ('special_categories', 'sensitive', 'voicemail',
        "Hello, this is Barry Collins, your app says 'face not recognised' every time I unlock now. I've "
        "redone the scan three times, it's my face, I've only grown a beard. Can someone reset my face "
        'ID on the account.'),
    ('special_categories', 'sensitive', 'call',
        'Customer asked what happens to the iris scan he gave at the new kiosk at Station Approach. '
        'Explained template is held 30 days then deleted; he requested immediate deletion. Done.'),
    ('special_categories', 'benign', 'chat',
        'Customer: are you open on christmas day? need a car for the morning || Agent: The app works '
        '24/7, including Christmas. Phone support runs 9 to 5 that day. || Customer: perfect'),
    ('special_categories', 'benign', 'email',
        "Hello, I'm writing on behalf of the facilities committee at Kellaway Road Mosque. We'd like to "
        'book two vans on the 14th to move donated furniture to the community centre. Can the invoice go '
        "to the mosque? Thanks, Facilities Committee || Agent: Yes, I've set up an organisation account "
        "in the mosque's name."),
    ('special_categories', 'benign', 'review',
        'Church Street zone is the best one in town. Always a car there, always charged.'),
    ('special_categories', 'benign', 'sms',
        "is the Temple Row zone affected by the market on sat || Agent: Yes, it's closed 7am to 4pm "
        'Saturday. Wharf St is the nearest alternative.'),
    ('special_categories', 'benign', 'agent_note',
        'General enquiry: customer asked whether Fordly operates on bank holidays incl. Easter Monday. '
        'Confirmed yes, standard pricing.'),
    ('special_categories', 'benign', 'web_form',
        "Form: Partnership | Organisation: St Bede's Parish Hall Committee | Message: Our hall car park "
        'could host two Fordly cars. Who do we speak to about becoming a zone host?'),
    ('special_categories', 'benign', 'chat',
        "Customer: the EID25 code from your instagram doesn't work || Agent: That one goes live from "
        'Thursday. Try again then! || Customer: ah ok'),
    ('special_categories', 'benign', 'dm',
        '@Fordly the Christian Dior sunglasses in the Polo at Wharf St are mine, left them yesterday || '
        "Agent: Found them! They're in the zone locker, code sent by DM."),
    ('special_categories', 'benign', 'email',
        "Hi, does Fordly close or reduce the fleet over religious holidays? I'm planning transport for a "
        "client's staff over the December period and need to know what's guaranteed."),
    ('special_categories', 'benign', 'chat',
        'Customer: is the app available in Polish? || Agent: Currently English, Welsh and Spanish. '
        'Polish is on the roadmap for next year. || Customer: ok thanks'),
    ('special_categories', 'benign', 'email',
        "Hi, saw a Black Friday banner for annual memberships yesterday and now it's gone. Is the deal "
        'still on? || Agent: It runs until Monday midnight, the banner was just rotated. Code BF30.'),
    ('special_categories', 'benign', 'review',
        'Took the Berlingo to the Lunar New Year market at the Exchange to help set up a stall. Plenty '
        'of space, easy to park at the back.'),
    ('special_categories', 'benign', 'agent_note',
        'General enquiry: customer asked whether driving licences from outside the UK are accepted. '
        'Explained EU and listed countries yes, others need an IDP. No account yet.'),
    ('special_categories', 'benign', 'sms',
        "the african violet pot in the boot of the fabia isnt mine, prob the last person's"),
    ('special_categories', 'benign', 'web_form',
        "Form: Bug report | Message: The apostrophe in a surname like O'Neill gets rejected by the "
        "signup form, it just says 'invalid characters'."),
    ('special_categories', 'benign', 'chat',
        'Customer: do you have a Welsh language option? || Agent: Yes! Settings > Language > Cymraeg. || '
        'Customer: diolch'),
    ('special_categories', 'benign', 'dm',
        "@FordlyHelp the Spanish version of the app translates 'zone' as 'zona de guerra' on the map "
        'screen lol. might want to check that'),
    ('special_categories', 'benign', 'email',
        'Hello, our Caribbean food stall needs a van for the Harwick Carnival weekend (Sat to Mon). Are '
        'catering equipment and gas bottles allowed in the vans?'),
    ('special_categories', 'benign', 'chat',
        'Customer: any road closures for the election count at the Civic Centre? need to return a car '
        'there tonight || Agent: Civic Centre zone is open as normal. || Customer: ta'),
    ('special_categories', 'benign', 'email',
        "Hello, the constituency office for Harwick East would like a business account for caseworkers' "
        "visits around the area. Please send your terms. Office Manager || Agent: Thanks, I've sent the "
        'business pack to this address.'),
    ('special_categories', 'benign', 'review',
        'Conservative estimate: this app has saved me 5 hours a week compared with the bus.'),
    ('special_categories', 'benign', 'sms',
        'is the Parliament St zone still there, map is blank'),
    ('special_categories', 'benign', 'agent_note',
        'Customer asked whether Fordly cars can display election posters or stickers. Explained policy: '
        'no signage of any kind on fleet vehicles. General enquiry.'),
    ('special_categories', 'benign', 'web_form',
        'Form: Booking question | Message: Need a 9-seater for a birthday party on the 20th, pick-up '
        'Friday evening. Which zones have them?'),
    ('special_categories', 'benign', 'chat',
        'Customer: how liberal is the cancellation policy on annual plans? or am I locked in || Agent: '
        "You can cancel with 30 days' notice, pro rata refund. || Customer: fair"),
    ('special_categories', 'benign', 'dm',
        '@Fordly congrats on the Green Fleet award, saw it in the local paper 👏'),
    ('special_categories', 'benign', 'email',
        "Hi, I'm a journalist writing about transport policy ahead of the local elections. Could I speak "
        'to someone in your press team about car-sharing numbers in Harwick?'),
    ('special_categories', 'benign', 'email',
        "Hi, the Harwick branch office of the print workers' union would like to book two minibuses to "
        'take delegates to their regional conference on 8 June. Please invoice the branch. Branch '
        'Administrator'),
    ('special_categories', 'benign', 'review',
        'Union Street zone is a lifesaver, right by the office. Never had it empty.'),
    ('special_categories', 'benign', 'chat',
        'Customer: does Fordly have a recognised trade union for its own staff? asking for a uni '
        "assignment on the gig economy || Agent: Our press team can help with that, I'll send you their "
        'email. || Customer: thanks'),
    ('special_categories', 'benign', 'sms',
        'is the train strike tmrw going to make cars really busy? want to book early || Agent: Probably, '
        'strike days are always busy. Booking ahead is a good idea.'),
    ('special_categories', 'benign', 'agent_note',
        'Business account Harwick Trades Council requested invoice reissue with new office address. Done.'),
    ('special_categories', 'benign', 'web_form',
        "Form: Promo question | Message: the 'Labour Day weekend' banner says 20% off but no code shows "
        'at checkout. Is it only for the US app?'),
    ('special_categories', 'benign', 'dm',
        "@FordlyHelp fleet manager at a bus company here. a drivers' strike next week means we need 10 "
        'cars for our supervisors. can you do a bulk deal? || Agent: Yes, our business team will call '
        'you today.'),
    ('special_categories', 'benign', 'chat',
        'Customer: the Solidarity Café zone on Market St has had no cars all week? || Agent: Sorry, '
        "we've had a run on them. More arriving Thursday. || Customer: ok"),
    ('special_categories', 'benign', 'voicemail',
        "Hello, it's Marc from the events office at Harwick Trades Hall. We host conferences and want to "
        'list Fordly as a transport option for visitors. Call me back, 07700 900451.'),
    ('special_categories', 'benign', 'chat',
        'Customer: are any zones closed for the Pride parade on saturday? || Agent: Yes, Canal Basin and '
        "High St zones are closed 10am to 6pm. || Customer: ok thanks, I'll use Wharf St"),
    ('special_categories', 'benign', 'review',
        'Gay Street zone is tiny but always has a car. 10/10 would park again.'),
    ('special_categories', 'benign', 'email',
        'Hi, where can I find the rainbow-wrapped Fordly cars from your Pride month campaign? Would love '
        "to take one for a spin before they're rewrapped. || Agent: There are two, at Canal Basin and "
        'Hartley Green. Enjoy!'),
    ('special_categories', 'benign', 'dm',
        '@Fordly loved the Pride campaign video, who did the soundtrack?'),
    ('special_categories', 'benign', 'agent_note',
        'Customer asked whether Household accounts are available for any two adults. Confirmed up to 4 '
        'adults at one address, no relationship requirement.'),
    ('special_categories', 'benign', 'sms',
        'booked for a birthday weekend on sat, can 7 of us fit in the Sharan with bags?'),
    ('special_categories', 'benign', 'web_form',
        "Form: Feedback | Message: The 'Couples' discount is a nice idea but does it require being "
        "married? The page doesn't say."),
    ('special_categories', 'benign', 'chat',
        "Customer: is 'Out & About' the name of your new plan? saw a poster at the station || Agent: "
        'Yes! Out & About is our weekend plan, Friday 5pm to Monday 9am. || Customer: ooh'),
    ('special_categories', 'benign', 'voicemail',
        'Hi, this is Chris from the Rainbow Rooms bar on Fennel Street, one of your cars has been parked '
        'across our delivery entrance since six. Can someone move it? Cheers.'),
    ('special_categories', 'benign', 'chat',
        'Customer: the Trans-Pennine run is long, any of your EVs do 250 miles on a charge? || Agent: '
        'The Niro does about 280 in real-world driving. || Customer: sold'),
    ('special_categories', 'benign', 'email',
        'Hi, the Corsa at Dock St makes a grinding noise when shifting into 3rd. Transmission issue '
        "maybe? Didn't want the next person to get stuck with it."),
    ('special_categories', 'benign', 'web_form',
        "Form: Feedback | Message: Why does signup ask for gender at all? It doesn't seem needed to rent "
        'a car.'),
    ('special_categories', 'benign', 'agent_note',
        "Policy query: customer asked if Fordly supports the 'Mx' title. Confirmed yes, available in "
        'profile settings. No change requested.'),
    ('special_categories', 'benign', 'dm',
        "@Fordly does your chatbot have a name or pronouns? it introduced itself as 'Ford-E' and now I'm "
        "curious || Agent: Ford-E is an 'it', but a friendly one 🤖"),
    ('special_categories', 'benign', 'sms',
        'the transit van at Quarry Rd has a cracked wing mirror fyi'),
    ('special_categories', 'benign', 'review',
        'Name change after getting married took one email. Other apps wanted a certified copy of the '
        'certificate posted to them.'),
    ('special_categories', 'benign', 'chat',
        'Customer: does the ID check need my passport or is the licence enough? || Agent: The licence is '
        'enough for UK licences. || Customer: nice'),
    ('special_categories', 'benign', 'email',
        'Hello, I transitioned our company from the old lease cars to a Fordly business account last '
        'month. Can I get a usage report per driver for April?'),
    ('special_categories', 'benign', 'review',
        "Fordly's in my DNA at this point, used it every week for three years and never had a bad trip."),
    ('special_categories', 'benign', 'email',
        "Hi, we're a biotech lab (Helix Genomics) and need a small van twice a week for sample courier "
        'runs between our two sites. Temperature control not needed. Business account please.'),
    ('special_categories', 'benign', 'chat',
        "Customer: whats the 'Genesis' trim on the Kona? || Agent: It's just our name for the top spec, "
        'heated seats and a bigger screen. || Customer: nice, booking that one'),
    ('special_categories', 'benign', 'agent_note',
        'Customer asked whether Fordly carries out any medical or genetic checks at signup. Explained '
        'no: licence, selfie and fit-to-drive declaration only.'),
    ('special_categories', 'benign', 'dm',
        '@Fordly heard your ad on the genealogy podcast, is the 20% code still valid?'),
    ('special_categories', 'benign', 'web_form',
        "Form: Lost property | Item: Book, 'The Selfish Gene', paperback, with a train ticket as "
        'bookmark | Car: white Clio, Farrow Rd'),
    ('special_categories', 'benign', 'call',
        'Caller from a home DNA-kit company asked about advertising in the Fordly app. Forwarded to '
        'partnerships.'),
    ('special_categories', 'benign', 'chat',
        "Customer: my family's always been Vauxhall people, it's hereditary lol, any Astras near Hollins "
        'Rd? || Agent: One at Hollins Rd, a 3 minute walk. || Customer: 👍'),
    ('special_categories', 'benign', 'chat',
        'Customer: is there a face-ID option for logging in? typing my password every time is a pain || '
        "Agent: Yes, Settings > Security > Use Face ID / fingerprint. It uses your phone's own "
        'biometrics; we never receive them. || Customer: great'),
    ('special_categories', 'benign', 'email',
        'Hello, how long do you keep the selfie photo from the ID check? Asking before I sign up. Thanks '
        '|| Agent: Hi, the images are deleted 30 days after verification.'),
    ('special_categories', 'benign', 'sms',
        'the touchscreen in the Kona is covered in fingerprints and sticky, can someone clean it'),
    ('special_categories', 'benign', 'agent_note',
        "Template sent: 'We use automated face-matching during signup to confirm identity against the "
        "licence photo. Images are deleted after 30 days. You can ask for a manual check at any time.'"),
    ('special_categories', 'benign', 'review',
        "Voice commands in the new Niros are brilliant, 'navigate to nearest Fordly zone' just works."),
    ('special_categories', 'benign', 'web_form',
        'Form: Feature request | Message: Please add fingerprint unlock as an option for the keypad, the '
        'PIN is fiddly in the rain.'),
    ('special_categories', 'benign', 'dm',
        '@Fordly does your selfie step work with a laptop webcam or only the phone? asking before I try '
        'signing up tomorrow'),
    ('special_categories', 'benign', 'email',
        "Hi, your privacy notice mentions 'biometric processing'. Can you explain what that covers "
        'before our company signs up 40 staff to the business plan?'),
]


def ford_examples() -> list[dict]:
    """The ford split as labelled tickets (same shape as ``sensitive_eval.build_eval_set``'s)."""
    return stranger_examples("ford", ENTRIES, SUBJECTS)
