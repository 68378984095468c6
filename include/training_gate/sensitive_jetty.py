"""jetty split: written by a helper who had not seen the detection rules, the anchors or any other split.
Setting: The Quayside, an invented theatre, concert hall and summer festival venue; emails, chats, call transcripts,
SMS, DMs, web forms, answered reviews, voicemails and agent notes in UK, US, Irish, Australian, Indian, Nigerian,
Filipino, South African, Singaporean, non-native and machine-translated English, some multi-turn.
The benign half reuses each category's words through idioms, band, play and show titles, businesses and occupations
as customers (a nursery, a law firm, an undertaker, a debt agency), pets, general policy questions and routine billing.
50 sensitive and 50 benign tickets for children and for special categories, 20 and 20 for each other category.
First reading (policy 2026.11.16, before any change made in response to it; `sensitive_eval.evaluate`, as `make
eval-sensitive`): 96.5 / 3.0 recall / false exclusion in % as shipped, 97.5 / 9.0 without the overruling, 92.0 / 7.5 by the
rules alone (turns are separated by " || "). Held out (drawn at random before it was written): never tuned or trained on, read as aggregates only."""

from __future__ import annotations

from training_gate.sensitive_blind import stranger_examples

SUBJECTS: tuple[str, ...] = (
    "Question about my booking",
    "Change of date",
    "Ticket enquiry",
    "Refund request",
    "Membership query",
    "Festival camping question",
    "Seating request",
    "Booking reference help",
    "Group booking",
    "Lost property",
    "Feedback on last night's show",
    "Account details update",
    "Box office question",
    "Access and facilities",
    "E-tickets not received",
)

ENTRIES: list[tuple[str, str, str, str]] = [
    # ---- health (sensitive)
    ("health", "sensitive", "email",
        "Hi there, I have two tickets for the Harbour Lights orchestra on Saturday 14th, ref QX7P2L, "
        "standing in the stalls. I'd like to swap them for seats if any are left, ideally on an aisle, and "
        "I'm happy to pay the difference. We'll be driving in, so could you also tell me whether the "
        "multi-storey on Wharf Lane is still open after 11pm? I'm on warfarin since the valve op in spring "
        "and a knock in a crowd can leave me black and blue for weeks, which is the main reason for the "
        "swap. My wife would also like to know if the bar takes card only these days. Thanks very much, "
        "Graham"),
    ("health", "sensitive", "chat",
        "hi can i bring my insulin pen + a couple of cereal bars into the arena? bag policy says no "
        "outside food but i kind of need them"),
    ("health", "sensitive", "call",
        "[transcript] Caller: Hello, yes, I'm ringing about the Sunday matinee of The Salt House. My "
        "husband had a stroke in March and he's in a wheelchair now, so I need to know whether the "
        "step-free entrance is the one by the river or the one on Quay Street. Agent: It's the river side, "
        "I'll note a wheelchair space and a companion seat on your booking. Caller: Lovely, thank you."),
    ("health", "sensitive", "sms",
        "cant make fri, been in the maternity unit at st brendans since tues. can the 2 tix move to the "
        "nov date? ref 55-1032"),
    ("health", "sensitive", "agent_note",
        "Cust says she is 24 weeks along and was told by her midwife not to stand for long periods. Asked "
        "whether the standing gig on 3 May can be swapped for the seated balcony. Moved her to row C, "
        "aisle 12, no fee."),
    ("health", "sensitive", "dm",
        "do you have a quiet room or somewhere to step out? i get panic attacks in big crowds since the "
        "car crash and my therapist said to plan an exit route before i go anywhere"),
    ("health", "sensitive", "web_form",
        "Refund request - booking 55-2291\nReason: I was admitted to Ward 7 (cardiology) at the General on "
        "the 3rd and discharged on the 9th, so missed the show on the 6th. Discharge letter attached. "
        "Please refund to the original card."),
    ("health", "sensitive", "voicemail",
        "Hi, it's Grainne Doyle, booking reference QX4M8T, I've the two seats for the Thursday night. I'm "
        "after being told my next chemo cycle lands that week, so I'd love to swap to the Saturday matinee "
        "if there's anything at all. Ring me back on the number on the account, thanks a million."),
    ("health", "sensitive", "review",
        "3/5. Gorgeous hall and the orchestra were superb, but nobody told us the lift to the balcony was "
        "out of order. With my MS there was no way I was managing four flights, so we sat in the foyer for "
        "the first half. || Reply from The Quayside: We're so sorry, that should never have happened. "
        "The lift is fixed and we've refunded the first half and added two complimentary tickets to your "
        "account."),
    ("health", "sensitive", "email",
        "Dear Sir/Madam, Kindly note that I have booked four tickets for the Diwali Lights concert on 2nd "
        "November under reference QX9D1A. My father is a dialysis patient and his sessions are Monday, "
        "Wednesday and Friday afternoons, so he is very tired in the evenings after. I request you to "
        "kindly allot seats near an exit so he can leave at the interval if required. Also please confirm "
        "if wheelchairs are available to borrow at the entrance. Thanking you in advance, Rajesh"),
    ("health", "sensitive", "chat",
        "eh can bring my EpiPen into the hall or not? last time security confiscate at bag check. i got "
        "severe peanut allergy one, cannot leave it in the car"),
    ("health", "sensitive", "email",
        "Good day, I bought 2 tickets for the Afrobeat Night (ref QX3K7N). I regret to inform you that I "
        "will not be able to attend as I had a sickle cell crisis last week and I am still on admission at "
        "the teaching hospital. My doctor says I will be discharged maybe Monday. Please can you transfer "
        "the tickets to my cousin or give me a credit? I will send the medical report if required. Thank "
        "you and God bless."),
    ("health", "sensitive", "agent_note",
        "Caller asked about strobe and flashing light warnings for the Neon Tide gig - she has "
        "photosensitive epilepsy and had a seizure at another venue last year. Sent her the lighting "
        "advisory and offered seats at the back of the balcony."),
    ("health", "sensitive", "sms",
        "mate cant do the camping this yr, doc's got me on crutches til aug after the knee reconstruction. "
        "can my brother have the pass? ref 55-7710"),
    ("health", "sensitive", "email",
        "Hi Quayside team, I've got a weekend camping pass for Tidewater Festival and I'm trying to plan "
        "ahead. Do you have any pitches with an electric hookup, and if so how do I book one? I use a CPAP "
        "machine every night for sleep apnea and the battery pack only lasts one night. I'm also coming "
        "with three friends who'll be in a separate tent, so we'd like to be near each other if possible. "
        "Is there a shuttle from the train station on the Friday? And can we bring a small gas stove or "
        "are those banned? Last thing, is the Sunday lineup announced yet? Thanks so much, Kayla"),
    ("health", "sensitive", "call",
        "[transcript] Caller: Good afternoon po. I'm calling about the refund for my mother's ticket, the "
        "concert last Saturday. She was confined in the hospital po because of dengue, she was admitted "
        "Thursday. Agent: I'm sorry to hear that, I hope she's recovering. Can you send a copy of the "
        "hospital certificate? Caller: Yes po, I will email it today."),
    ("health", "sensitive", "web_form",
        "Accessible seating request. Details: I'm profoundly deaf and use a cochlear implant, so I'd like "
        "a seat within the hearing loop area for 'The Lighthouse Keeper' on 18 March, ideally stalls left. "
        "Booking ref QX2B6R. Thanks, Thandi"),
    ("health", "sensitive", "chat",
        "Customer: Hi, can I change the name on ticket 55-1032 to my partner's? I can't go now. || "
        "Agent: Yes, that's done. I've also kept the aisle seat in row A that you asked for on the phone "
        "because of your partner's hip replacement, so there are no steps to deal with. || Customer: "
        "Perfect, thanks."),
    ("health", "sensitive", "email",
        "Hello, I am write because my wife she is pregnant of 7 months and the doctor say she must not "
        "stay standing long time. We have ticket for the concert 22 June but it is standing place. Is "
        "possible to change for seat with back? We pay the difference if necessary. Thank you very much, "
        "Marek"),
    ("health", "sensitive", "dm",
        "is there a fridge anywhere at the campsite for meds? my ozempic has to stay cold and my cool bag "
        "won't last 3 days in that heat"),
    # ---- health (benign)
    ("health", "benign", "chat",
        "I'm honestly sick of being put on hold - 40 minutes today. Ref QX7P2L, I just want to move the "
        "date to the Friday."),
    ("health", "benign", "email",
        "Hello, we're a group of six coming to Tidewater Festival and want to pick an easy meeting point "
        "in case phones die. Is the first aid tent marked on the site map, and is it near the main stage? "
        "It seems like the obvious landmark. Also, is the map printable? Thanks, Owen"),
    ("health", "benign", "web_form",
        "Question about 'Ward Nine', the new hospital drama in the studio theatre. What's the running "
        "time, is there an interval, and do latecomers get admitted?"),
    ("health", "benign", "review",
        "5/5. The lead in 'Fever Pitch' was insane, absolutely killing it in the second act. Only pain was "
        "the bar queue at the interval. || Reply from The Quayside: Thank you! We're adding a second "
        "bar point for the rest of the run."),
    ("health", "benign", "sms",
        "band was sick last nite!! any chance u can post the setlist"),
    ("health", "benign", "call",
        "[transcript] Caller: Hi, I'm a nurse, I work twelve-hour shifts so I can only ever decide last "
        "minute. Do you have a late-release or standby scheme for the Saturday shows? Agent: Yes, we "
        "release returns at 5pm on the day online. Caller: Great, thanks."),
    ("health", "benign", "agent_note",
        "Cust is the social secretary for the St Aidan's Hospital staff club. Wants 30 tickets for the "
        "Christmas show on 19 Dec, invoice to the hospital's staff club account. Sent group rate."),
    ("health", "benign", "email",
        "Hi, what's your policy on bringing sunscreen, insect repellent and hand sanitiser into the "
        "festival arena? I know there's a liquids limit, but the website doesn't say whether these count. "
        "Thanks!"),
    ("health", "benign", "dm",
        "writing an access guide for our local events blog - is the main hall step-free throughout, and "
        "how many wheelchair spaces does it have in total?"),
    ("health", "benign", "chat",
        "Do your festival food vendors publish allergen information? I'm organising a corporate "
        "hospitality box and our client wants the menus listed with allergens in the invite."),
    ("health", "benign", "voicemail",
        "Hi, this is Carol from the Coastline Blood Donor Trust. We'd like to hire the Quayside foyer for "
        "a donor session on a weekday in February. Could someone call me back with availability and the "
        "hire rates? Thanks."),
    ("health", "benign", "web_form",
        "Feedback: booking the upper circle online is a real pain in the neck. The seat map keeps "
        "resetting every time I tap a seat on my phone."),
    ("health", "benign", "call",
        "[transcript] Caller: Hiya, I'm calling from Harbourside Physio, we're a clinic of about fifteen "
        "staff and we'd like a night out at the comedy in November. Do you do a group discount? Agent: For "
        "ten or more it's fifteen percent off. Caller: Brilliant, I'll book online."),
    ("health", "benign", "sms",
        "is the mental health awareness talk on the 12th still going ahead? want 2 tix for me and a "
        "colleague"),
    ("health", "benign", "review",
        "Heart-stopping finale, and the drummer was an absolute machine. Only gripe was the merch queue "
        "taking the whole interval."),
    ("health", "benign", "agent_note",
        "Cust asked whether the first aid volunteers at the festival need their own tickets. Told him "
        "they're accredited through the event medical contractor, not the box office. Passed his details "
        "to ops."),
    ("health", "benign", "dm",
        "your website is having a total meltdown rn, checkout keeps crashing at the payment step 😩"),
    ("health", "benign", "email",
        "Dear Team, Kindly share the format of the medical certificate that your refund policy mentions. "
        "Our company travel desk is updating its policy document for staff who book corporate events with "
        "you and wants to attach your requirements. Regards, Priya, Corporate Travel Desk"),
    ("health", "benign", "chat",
        "Customer: Is the Quayside a smoke-free venue? Are vapes allowed in the beer garden? || Agent: "
        "There's no smoking or vaping anywhere inside. The beer garden has a marked smoking area at the "
        "far end."),
    ("health", "benign", "email",
        "Hello, I'd like to book two seats for 'The Plague Doctor', the comedy at the studio, on any "
        "Thursday in April. We'd prefer the front three rows. Do you still do the pre-theatre dinner deal "
        "with the riverside restaurant? And is there cloakroom space for large coats? Thanks, Helen"),
    # ---- children (sensitive)
    ("children", "sensitive", "chat",
        "hi, my 7yo wants to come to the puppet show on sat - does she need her own seat or can she sit on "
        "my knee?"),
    ("children", "sensitive", "email",
        "Hello, I've booked three seats for 'The Owl and the Lantern' on the 9th (ref QX5J2W). My son is "
        "in Year 4 at Crossgate Primary and his class are doing the book this term, so he's beside "
        "himself. Could we possibly have seats near the front so he can see the puppets properly? I'm also "
        "wondering whether the café opens before the matinee, as we'll be coming straight from swimming. "
        "Many thanks, Laura"),
    ("children", "sensitive", "sms",
        "tix for me + my daughter, she's 11 - is she child price or adult? ref 55-4410"),
    ("children", "sensitive", "call",
        "[transcript] Caller: Hi, my twins turn five on the 14th of June and we wanted to do the birthday "
        "package for the Sunday family show. Agent: Lovely. How many children in the party? Caller: Eight "
        "kids, all about five or six, plus four adults. Agent: I'll put you in the Quay Room for cake "
        "after."),
    ("children", "sensitive", "agent_note",
        "Cust says her son (DOB 03/02/2013) lost his festival wristband on day one. Reissued a replacement "
        "wristband under his name, Finn Harper, and flagged the old barcode as void."),
    ("children", "sensitive", "web_form",
        "Festival under-16 registration\nAttendee name: Leo Marsh\nDate of birth: 12/09/2011\nAccompanying "
        "adult: Diane Marsh (mother)\nEmergency contact: on the account"),
    ("children", "sensitive", "email",
        "Hi, my daughter's a sophomore in high school and she really wants to go to Tidewater with two "
        "friends from her class. She's 15, so I'm guessing she needs an adult with her? I'd rather not "
        "camp myself, so is there a day option where I could drop her in and stay nearby? Also what time "
        "does the last act finish on the Saturday? Thanks, Jen"),
    ("children", "sensitive", "dm",
        "our youngest is in Year 2, can she sit on my lap for the panto or do we need to buy a 4th seat?"),
    ("children", "sensitive", "voicemail",
        "Hi, it's about the relaxed matinee next Wednesday. I've got a baby, she's eight weeks old, and I "
        "wondered if I can bring her in a sling rather than leaving the pram outside. My number's on the "
        "booking, QX8R3C. Thanks, bye."),
    ("children", "sensitive", "chat",
        "hi im 14 and i want to buy a ticket for the dizzy gulls gig, do i need my mum to come or can i go "
        "with my mate who is 15"),
    ("children", "sensitive", "email",
        "Hi folks, my lad's doing Transition Year at the moment and his school has him looking for a week "
        "of work experience. He's mad about sound and lighting, so I was wondering whether the Quayside "
        "ever takes students for a few days with the tech crew. He's a sensible young fella and would do "
        "whatever he's told, even sweeping the stage. Would a week in March or April suit? Happy to send "
        "on a letter from the school. Thanks, Declan"),
    ("children", "sensitive", "email",
        "Hi, could I move our booking for the Sunday show to the Saturday? We've got the kids every other "
        "weekend and they go back to their dad at 5 on the Sunday for the handover, so Sunday evening is "
        "out. Ref QX1F9H, two adults and two children. Thanks, Michelle"),
    ("children", "sensitive", "chat",
        "can i swap to the 4pm showing? i have to collect my son from Little Acorns nursery at 3 and "
        "there's no way i make the 2pm"),
    ("children", "sensitive", "email",
        "Respected Sir/Madam, My daughter is studying in Class 6 and wants to join your summer drama camp "
        "in July. Kindly let me know the timings, the fee, and whether she can be dropped at 9 and picked "
        "up at 4. Also please confirm if lunch is provided or she should carry a tiffin. Regards, Sunil"),
    ("children", "sensitive", "email",
        "Good afternoon. My son who is in JSS2 will be visiting with his uncle during the holiday and they "
        "want to watch the Saturday musical. Please can he use the student ticket or must it be the child "
        "ticket? I will pay online once you confirm. Thank you, Mrs Okafor"),
    ("children", "sensitive", "chat",
        "Hello po, my kid is Grade 3 and her class will watch the play on Friday. Can I buy a ticket also "
        "so I can sit with her? Thank you po"),
    ("children", "sensitive", "dm",
        "hey my daughter's in grade 8 at Hillcrest and she's been asked to usher at the youth music gala. "
        "what time must she be there and does she need to wear black?"),
    ("children", "sensitive", "chat",
        "hi, my boy Primary 5, want to sign up for the school holiday percussion workshop. still got place "
        "or not?"),
    ("children", "sensitive", "email",
        "Hi there! My kindergartner is obsessed with the sea-shanty show and keeps asking to go back. Do "
        "you have a family membership where kids go free, or is it cheaper to just buy the four-pack? "
        "Thanks, Brooke"),
    ("children", "sensitive", "sms",
        "my 6th grader has a school concert at urs on the 20th, can i buy an extra seat next to the "
        "parents block?"),
    ("children", "sensitive", "web_form",
        "Enquiry: Are pushchairs allowed into the studio for 'Splash!'? We'll have our 18-month-old with "
        "us and she won't sit still on a lap for 45 minutes."),
    ("children", "sensitive", "email",
        "Hi, I'm on maternity leave with a newborn (three weeks tomorrow!) and I saw you do "
        "parent-and-baby cinema screenings. Do I need to book one ticket or two? And is there a changing "
        "table near the screen? Thanks, Aoife"),
    ("children", "sensitive", "chat",
        "Customer: I want to book the Birthday Bash package for my niece's 10th on the 2nd of August. || "
        "Agent: Lovely! How many guests and what ages? || Customer: Ten girls from her class, all "
        "9 or 10, and two mums."),
    ("children", "sensitive", "dm",
        "he's turning sixteen next month and the gig is 16+. will the door staff let him in if he's still "
        "fifteen on the night? he's got his school id"),
    ("children", "sensitive", "agent_note",
        "Caller's daughter (9) left a purple raincoat in row K after Sunday's matinee. Found in lost "
        "property, held at box office under surname Bello."),
    ("children", "sensitive", "email",
        "Hi, my son has just started at secondary and is desperate to see the rock orchestra. Would he be "
        "allowed in on his own to the matinee, or does he still need an adult at his age? We live a "
        "ten-minute walk away so I could drop him off. Thanks, Paula"),
    ("children", "sensitive", "chat",
        "she's got her GCSEs in May so we'll have to skip the spring dates - can the gift voucher be "
        "extended till summer?"),
    ("children", "sensitive", "voicemail",
        "Hello, this is Margaret, I'm ringing about my grandson's ticket for the jazz brunch. He's twelve "
        "and he's just started on the trumpet, so he'd love to sit near the band if there's any chance. "
        "Reference is QX6T4V. Thanks ever so much."),
    ("children", "sensitive", "review",
        "4/5. Took my two (aged 4 and 6) to the puppet show and they loved every second. Seats in the "
        "front row were a bit low for the little one to see over the edge of the stage, though. || "
        "Reply from The Quayside: Thanks so much! We have booster cushions at the cloakroom, just ask an "
        "usher next time."),
    ("children", "sensitive", "chat",
        "Customer: Can I add one more seat to booking 55-1032? || Agent: Done. I've added a child seat "
        "next to you for Amara, age 8, as we discussed, so that's three together in row H."),
    ("children", "sensitive", "voicemail",
        "Hi, um, my name's Tilly and I'm nine and my mum said I could ring. I left my teddy on the seat at "
        "the Saturday show, he's brown with a blue scarf. Mum's number is on the booking. Bye."),
    ("children", "sensitive", "web_form",
        "Parent consent - school trip\nPupil: Nia Roberts, Year 10, St Columba's\nI give permission for my "
        "daughter to attend the evening performance on 4 March with the school and to travel on the school "
        "coach. Parent: G. Roberts"),
    ("children", "sensitive", "email",
        "Hello, we'd like to book the parent-and-baby screening for the 12th. Our son was born on 2 "
        "January, so he'll be about ten weeks old by then. Is there space for a car seat next to us, or "
        "should we leave it in the pram park? Thanks, Tom"),
    ("children", "sensitive", "chat",
        "my stepson is 13 and wants to come to the metal matinee with me, is that ok age-wise?"),
    ("children", "sensitive", "email",
        "Hi, we're flying in for the Christmas show and wanted to check about our little one. She'll be 22 "
        "months old on the day, so under two. Does she need her own ticket or can she sit on a lap like on "
        "the plane? Thanks, Megan"),
    ("children", "sensitive", "email",
        "Hello, my son have 10 years and he want very much see the concert of the orchestra in April. Is "
        "it allowed for children of this age, and is necessary that I stay with him all the time? Thank "
        "you for the answer. Sofia"),
    ("children", "sensitive", "sms",
        "cn my 2 kids (8 n 5) sit w me in row F? booked 3 sep seats by mistake, ref QX2N7K"),
    ("children", "sensitive", "email",
        "Hi, we've booked a family camping pitch at Tidewater. We'll have our three under-fives with us, "
        "so I wanted to ask whether the family field is away from the main stage noise at night. Are there "
        "any shaded areas, and can we bring a small paddling pool to the pitch? We'll be arriving Thursday "
        "evening after work. Is there parking close to the family field so we don't have to haul "
        "everything across the site? Also, do you sell ice on site? Thanks, Craig"),
    ("children", "sensitive", "dm",
        "need a teen disco wristband for my 15 yo, can i pick it up on the day or does he need to be there "
        "with id"),
    ("children", "sensitive", "chat",
        "our little one starts preschool in september so we're free weekdays till then, any weekday family "
        "shows in july?"),
    ("children", "sensitive", "email",
        "Hi, baby's first gig is coming up! She'll be six months old by the folk night on the 3rd. Do you "
        "sell infant ear defenders at the venue, or should I bring our own? And are we allowed in the "
        "standing area with a baby carrier? Thanks, Ruth"),
    ("children", "sensitive", "email",
        "Hello, I'm helping organise my daughter's Year 6 leavers' party and we're thinking of the "
        "Quayside's teen theatre workshop as the activity. There'd be about 25 of them. Could you send me "
        "prices and the dates you have in the second half of July? Thanks, Anita"),
    ("children", "sensitive", "agent_note",
        "Cust's son, 16, was refused entry at the 18+ late show on Friday because he had no ID. Cust "
        "asking for a refund on his ticket only. Approved as a goodwill gesture; reminded her of the age "
        "policy."),
    ("children", "sensitive", "email",
        "Hi, I'd like to renew our family membership, which runs out at the end of the month. Could you "
        "please keep the same payment card on file? The last one didn't go through because the card had "
        "expired. The junior membership on the account is for Ollie, who turned seven in May, so please "
        "update his age band if that matters. We'll also need two extra tickets for the Christmas show, in "
        "the same row if possible. I'm also not sure whether the membership discount applies to the café. "
        "Thanks, Sarah"),
    ("children", "sensitive", "call",
        "[transcript] Caller: Hi, can I book the Tuesday workshop? It's for my boy, he's in Year 1. Agent: "
        "Sure, the four to seven age group is 10am. Caller: Ah, he finishes school at 3:15, have you "
        "anything after school? Agent: There's a 4pm slot on Thursdays."),
    ("children", "sensitive", "dm",
        "can my 17 year old come into the 18+ comedy with me if i'm with him the whole time? he's a "
        "massive fan"),
    ("children", "sensitive", "review",
        "5/5. My teen (13) went to the songwriting workshop and came home buzzing, wrote three songs that "
        "week. Staff were great with the shy ones. || Reply from The Quayside: That's wonderful to "
        "hear, thanks for letting us know!"),
    ("children", "sensitive", "chat",
        "hiya the young one's in 2nd class and her school's doing a trip to your panto, can I buy a seat "
        "near the school group?"),
    ("children", "sensitive", "web_form",
        "Lost property report. Item: green school jumper with name tape 'J. Adeyemi, Class 5B'. Lost at "
        "the Friday matinee, stalls row D. It belongs to my son."),
    ("children", "sensitive", "agent_note",
        "Note: customer's 12-year-old daughter will attend the summer camp. Cust asked that only her aunt, "
        "Linda Park, is allowed to collect her at the end of the day. Added to the camp collection list."),
    # ---- children (benign)
    ("children", "benign", "email",
        "Hi, what's the minimum age for the 18+ comedy nights? I'm writing up our student society's events "
        "calendar and want to put the right age guidance next to each show. Thanks, Alex"),
    ("children", "benign", "chat",
        "Do you sell child tickets for the panto, and how much are they compared to adult?"),
    ("children", "benign", "web_form",
        "Question: Is 'The Owl and the Lantern' suitable for kids, or is it one of those shows that's "
        "really for grown-ups? Just wondering what age guidance you give."),
    ("children", "benign", "email",
        "Dear Box Office, I'm the drama coordinator at Eastbrook Academy and we'd like to book a school "
        "group for 'The Salt House' in the spring term. We'll need 40 seats plus 4 staff, and the invoice "
        "should go to the school's finance office. Do you offer a teacher resource pack? Kind regards, Mr "
        "Hughes"),
    ("children", "benign", "sms",
        "is kid gloves playing the main stage or the tent on sat?"),
    ("children", "benign", "review",
        "5/5. Babyface Riot were LOUD, in the best way. Sound in the main hall is so much better since the "
        "refurb."),
    ("children", "benign", "chat",
        "you're kidding me, the presale sold out in 4 minutes?? will there be a second release"),
    ("children", "benign", "dm",
        "honestly getting tickets to your shows is child's play compared to the arena in town. just wanted "
        "to say the new app is great"),
    ("children", "benign", "email",
        "Hi, do you sell kids' ear defenders at the merch stand or in the shop? Thinking of buying a few "
        "as stock ideas for our music shop's festival display. Cheers, Dan"),
    ("children", "benign", "call",
        "[transcript] Caller: Hi, I'm calling from Sunnyside Nursery, we're a childcare business. We'd "
        "like to hire the studio for our staff training day in August. Agent: Lovely, is that a weekday? "
        "Caller: Yes, the 19th. Agent: I'll send you the hire form."),
    ("children", "benign", "voicemail",
        "Hi, it's about our baby - she's a three-year-old labrador, and I wanted to check whether "
        "well-behaved dogs are allowed at the outdoor summer cinema or if it's assistance dogs only. "
        "Thanks."),
    ("children", "benign", "web_form",
        "Booking question: 'The Lost Boys of Wapping' - does it have any strong language or violence? I'm "
        "booking for a work social and a couple of colleagues are squeamish."),
    ("children", "benign", "chat",
        "hi, i work in a nursery so i can only do evenings and weekends. are there any sat night tickets "
        "left for the jazz?"),
    ("children", "benign", "email",
        "Hi, what does the Kids' Club membership actually include? Our local parenting magazine wants to "
        "list it in its 'what's on' section, and I'd like to describe it correctly. Thanks, Fiona"),
    ("children", "benign", "email",
        "Hello, if someone under 16 turns up to a 16+ gig without ID, what happens? Are they refused entry "
        "or can a parent sign something on the door? Just trying to understand your policy before I "
        "recommend the venue to our youth club's committee."),
    ("children", "benign", "email",
        "Hi, my son is 34 and has been a fan of the Harbour Lights orchestra since forever, so I'd like to "
        "surprise him with tickets for his birthday. Can I buy them in my name and have them sent to his "
        "email? Thanks, Patricia"),
    ("children", "benign", "chat",
        "my daughter's 40th is in june and we're planning a surprise at your jazz brunch, can you do a "
        "cake with a candle at the table?"),
    ("children", "benign", "sms",
        "hi im 24, can i use the under-26 ticket scheme or is it students only"),
    ("children", "benign", "agent_note",
        "Cust asked whether the baby grand in the foyer is ever available for hire for a private recital. "
        "Passed to events; they'll quote for a Sunday afternoon."),
    ("children", "benign", "review",
        "4/5. Baby Bear in the panto stole the show, and the costume was brilliant. Slightly too long at "
        "almost three hours though."),
    ("children", "benign", "chat",
        "Customer: Any child-free performances of the panto? I'd rather not sit through constant "
        "rustling. || Agent: We have two adults-only evening performances on 21 and 28 December."),
    ("children", "benign", "dm",
        "this show brought out my inner child ngl. any chance of a second run next year??"),
    ("children", "benign", "email",
        "Hi, my grandson is 25 and has just got engaged, so I'd like to treat the couple to the dinner and "
        "show package. Do you sell gift vouchers that cover both? Regards, Eileen"),
    ("children", "benign", "call",
        "[transcript] Caller: Hi, I'm a childminder, I'm self-employed. I want to book two tickets for "
        "myself and a friend for the Friday night musical. Agent: Sure, stalls or circle? Caller: Stalls "
        "please."),
    ("children", "benign", "web_form",
        "Question about 'Teenage Wasteland', the tribute show. Are tickets transferable if I can't make it "
        "and want to give mine to a friend?"),
    ("children", "benign", "email",
        "Hello, I'm a freelance journalist writing a piece on family-friendly venues on the coast. Could "
        "your press office tell me what facilities you offer for families with young children in general, "
        "such as baby changing, buggy parking and quiet spaces? Thanks, Carmen"),
    ("children", "benign", "sms",
        "baby steps but i finally managed to log in to the app lol. can u resend my e-tix ref QX3S9P"),
    ("children", "benign", "chat",
        "is there an age limit on the youth orchestra's concert or can anyone buy a ticket?"),
    ("children", "benign", "email",
        "Hi, the membership form asks for a date of birth and I'm not sure why. I'm 52, so I'm definitely "
        "not a child or a student. Is it just for the birthday offer? Cheers, Nigel"),
    ("children", "benign", "review",
        "3/5. The 'School of Noise' adult drumming workshop was fun but the room was far too cramped for "
        "twenty people. || Reply from The Quayside: Thanks for the feedback, we're moving it to the "
        "larger rehearsal room from next month."),
    ("children", "benign", "agent_note",
        "Cust runs a children's bookshop and wants to sell the book of 'The Owl and the Lantern' in our "
        "foyer during the run. Passed to retail manager."),
    ("children", "benign", "email",
        "Hi, this new ticketing system is my baby at work - I'm the IT lead at the Harbour Lights "
        "orchestra office. We've noticed your API returns odd seat codes for the balcony. Can your tech "
        "team give us a contact? Cheers, Raj"),
    ("children", "benign", "dm",
        "my puppy has her first birthday next week lol, any dog-friendly events at the summer garden bar?"),
    ("children", "benign", "chat",
        "hi, I bought 2 tickets for the kids' show by mistake instead of the evening show, both for "
        "adults. can I swap?"),
    ("children", "benign", "web_form",
        "School group booking enquiry. Organisation: Riverside Learning Trust. We'd like to bring a group "
        "to a matinee in June. Please send availability and the school group rate; the booking will be "
        "paid by the trust."),
    ("children", "benign", "email",
        "Hello, I'm a teacher and I've heard there's a teacher discount on Tuesday performances. Do I need "
        "to show my staff card at the box office or is there a code? Thanks, Mrs Clarke"),
    ("children", "benign", "voicemail",
        "Hi, it's Jo from the Old Mill Youth Club committee. We're putting together a list of local venues "
        "and wanted to ask about your general policy for under-18s at evening gigs. Call me back when you "
        "get a chance, thanks."),
    ("children", "benign", "review",
        "5/5. Went to the 'Kids Are Alright' tribute night with my mates. Encore of all the old classics "
        "was superb."),
    ("children", "benign", "chat",
        "what's the difference between a family ticket and a group ticket? trying to compare prices for a "
        "works outing"),
    ("children", "benign", "email",
        "Hi there, we're adults who never grew up and want to come to the puppet show. Is it OK for two "
        "adults without kids to book, or would we be out of place? Thanks, Zoe"),
    ("children", "benign", "call",
        "[transcript] Caller: Hello, I'm the manager at Tiny Steps Toyshop on Quay Street. We'd like to "
        "sponsor the family festival tent this summer. Agent: Great, I'll put you through to partnerships. "
        "Caller: Thanks."),
    ("children", "benign", "email",
        "Hi, I'm organising a staff day out for our nursery garden centre team, 12 adults. Do you have "
        "group rates for the summer outdoor theatre, and can we bring a picnic to the lawn? Regards, Ken"),
    ("children", "benign", "agent_note",
        "Cust asked if the 'Junior Doctors' comedy troupe are the same group who played here last year. "
        "Confirmed yes, same cast."),
    ("children", "benign", "email",
        "Hello, what's your age policy for the festival campsite? I'm putting together an information "
        "sheet for our coach company's passengers and want to know if minors need an adult in the same "
        "tent. Thanks, Grace"),
    ("children", "benign", "review",
        "4/5. Great night. The support act Little Monsters were better than the headliner if I'm honest."),
    ("children", "benign", "dm",
        "do adults need a ticket for the toddler music sessions or is it one ticket per child? asking for "
        "the what's-on listing we run"),
    ("children", "benign", "web_form",
        "Comment: The kids' menu at the café is cheaper than the adult one and honestly just as big. Is it "
        "fine for adults to order from it?"),
    ("children", "benign", "email",
        "Hi, my brother's stag do is in September and the group wants the late comedy show followed by the "
        "rooftop bar. There'll be eight of us, all in our thirties. Can we get a table reserved after the "
        "show? Cheers, Luke"),
    ("children", "benign", "chat",
        "is the youth theatre's showcase open to the public? want to go and see what the local talent is "
        "like"),
    ("children", "benign", "email",
        "Dear Quayside, our company is the Little Explorers travel agency, and we'd like to offer your "
        "summer festival tickets as part of a package. Could you tell us about your reseller terms? Best "
        "regards, Hamid"),
    # ---- financial_hardship (sensitive)
    ("financial_hardship", "sensitive", "email",
        "Hi, I bought two festival weekend passes back in January (ref QX4N6P), well before things went "
        "wrong. I was made redundant in March and I've been job hunting since, and honestly I can't "
        "justify the trip now. I know your policy says no refunds, but is there any way at all to get the "
        "money back or resell them through you? Even a partial refund would help with rent this month. "
        "Thanks for reading, Stuart"),
    ("financial_hardship", "sensitive", "chat",
        "hi, is there any concession price for people on Universal Credit? i'd love to take my mum to the "
        "Christmas show but full price is out of reach for us"),
    ("financial_hardship", "sensitive", "sms",
        "pls can i pay the membership in 2 bits? UC doesnt land til the 28th and im at zero"),
    ("financial_hardship", "sensitive", "agent_note",
        "Cust was laid off from the shipyard last month and can't afford the remaining instalments on the "
        "family membership. Agreed to pause payments for three months; flagged for review in July."),
    ("financial_hardship", "sensitive", "email",
        "Dear Sir, I regret to say I cannot pay the balance on the group booking for my church choir trip "
        "(ref QX8B2H). My business went under in the summer and I have been declared bankrupt, and my "
        "trustee has frozen my accounts. Can the booking be transferred to another member of the choir who "
        "is willing to take it over? I am sorry for the trouble. Yours faithfully, Emmanuel"),
    ("financial_hardship", "sensitive", "call",
        "[transcript] Caller: Hi, I've had a letter from a debt collection agency saying I owe you for a "
        "ticket from last year, but I thought it was refunded. I'm already on a debt management plan and I "
        "can't take on anything else. Agent: Let me check, that shouldn't have gone to collections. "
        "Caller: Thank you, I've been panicking."),
    ("financial_hardship", "sensitive", "dm",
        "we got the eviction notice last week so we're moving in with my sister, can you change the "
        "address on my account before the tickets get posted?"),
    ("financial_hardship", "sensitive", "web_form",
        "Refund request, booking QX2Q8S\nReason: I lost my job two weeks after booking and I'm behind on "
        "my bills. I understand if it's not possible, but I'd be grateful for a refund or a credit for "
        "next year."),
    ("financial_hardship", "sensitive", "email",
        "Hi Quayside, I'm a big fan and I've been a member for six years. This year has been rough: I'm on "
        "Jobseeker's Allowance at the moment, so I can't renew at the full rate. Do you have a reduced "
        "membership for people out of work? If not, no worries, I'll sign up again when I'm back on my "
        "feet. Cheers, Ciaran"),
    ("financial_hardship", "sensitive", "voicemail",
        "Hi, it's Debbie on booking 55-3031. The bailiffs have been round this week and I just can't find "
        "the second payment for the panto tickets. Could someone ring me about cancelling or paying it "
        "later? Thanks."),
    ("financial_hardship", "sensitive", "chat",
        "do u accept payment from the food bank voucher scheme at the café? we're using the food bank at "
        "the moment and the kids wanted a treat after the show"),
    ("financial_hardship", "sensitive", "email",
        "Hello, I'm the account holder for booking QX3M1W. I've entered an IVA and my insolvency "
        "practitioner has told me I have to cancel non-essential spending, including the theatre "
        "subscription that renews next month. Please could you cancel it and make sure no further payments "
        "are taken? Thanks, Paul"),
    ("financial_hardship", "sensitive", "agent_note",
        "Cust on JobSeeker payments since her hours were cut; asked about the pay-what-you-can preview. "
        "Booked her two seats at the lowest band and added her to the community tickets list."),
    ("financial_hardship", "sensitive", "email",
        "Good day, I am writing from Durban. I was retrenched at the end of last month and I am living on "
        "my savings and a SASSA grant now. I had bought tickets for the jazz weekend for me and my wife, "
        "but we cannot travel anymore. Please assist with a refund if possible. Thank you, Sipho"),
    ("financial_hardship", "sensitive", "dm",
        "filed chapter 7 last month and my lawyer says i have to cancel stuff like the season pass. how do "
        "i do that and will i get anything back?"),
    ("financial_hardship", "sensitive", "chat",
        "Customer: hi can I change my card on file for the membership? || Agent: Of course. I can see "
        "the last two payments bounced; the note from your call says your car was repossessed and you were "
        "struggling to cover your rent, so I've frozen the membership fee for two months at no charge. || "
        "Customer: thank you so much"),
    ("financial_hardship", "sensitive", "email",
        "Hi, I'm so embarrassed writing this. I took out a payday loan to cover the festival tickets and "
        "now I can't make the repayments. Is there any chance of cancelling the passes and getting the "
        "money back so I can clear it? Ref QX6A9F. Thanks, Jordan"),
    ("financial_hardship", "sensitive", "call",
        "[transcript] Caller: Good afternoon, my husband was retrenched from the factory and we have not "
        "paid the school fees, so I cannot continue the instalment plan for the concert tickets. Agent: "
        "I'm sorry to hear that. I can cancel the remaining instalments and give you a credit for what "
        "you've paid. Caller: Thank you, that would help us."),
    ("financial_hardship", "sensitive", "review",
        "4/5. The pay-what-you-can night is a lifeline. I've been out of work since the factory closed and "
        "living on benefits, and it's the only way I get to see live music now. || Reply from The "
        "Quayside: Thank you for sharing this. The scheme runs every month and you're always welcome."),
    ("financial_hardship", "sensitive", "sms",
        "hi sorry cant pay the balance on QX9T7R. landlord's taking us to the tribunal over arrears and "
        "every penny's going on that. can u cancel it?"),
    # ---- financial_hardship (benign)
    ("financial_hardship", "benign", "chat",
        "hi, I think I've been charged twice for booking QX5R2K. can you check and refund one?"),
    ("financial_hardship", "benign", "sms",
        "card declined at checkout 3 times but the bank says its fine?? any idea"),
    ("financial_hardship", "benign", "email",
        "Hello, can I pay for the family membership in instalments rather than all at once? I'd like to "
        "spread it over three months if that's an option. Thanks, Joanne"),
    ("financial_hardship", "benign", "call",
        "[transcript] Caller: Hi, I'm calling from Coastline Debt Recovery, we'd like to book our staff "
        "Christmas party at the Quayside, about 45 people. Agent: Great, I'll send you the party packages. "
        "Caller: Thanks."),
    ("financial_hardship", "benign", "review",
        "5/5. Bankrupt Lovers were unreal. Best gig I've seen this year, and the crowd was spot on."),
    ("financial_hardship", "benign", "web_form",
        "Question about 'Eviction Notice', the new play in the studio. Is it suitable for a mixed audience "
        "and what's the running time?"),
    ("financial_hardship", "benign", "dm",
        "is the benefit concert for the lifeboat charity still on the 18th? want to buy 4 tix"),
    ("financial_hardship", "benign", "email",
        "Hi, what are the member benefits exactly? The website mentions priority booking but doesn't say "
        "how many days ahead. I'm weighing up whether it's worth joining. Thanks, Gill"),
    ("financial_hardship", "benign", "chat",
        "I ended up with a redundant ticket because my friend bought one too. Can I sell the spare back to "
        "you?"),
    ("financial_hardship", "benign", "agent_note",
        "Cust is an insolvency practitioner organising a client event; asked for a quote for the river "
        "room for 60 guests in September. Sent the hire pack."),
    ("financial_hardship", "benign", "email",
        "Hi, I got a credit note after the cancelled concert in March. Can I use it to pay for two tickets "
        "to the panto, or is it only valid for the same artist? Thanks, Dave"),
    ("financial_hardship", "benign", "sms",
        "does the payment plan for festival passes charge interest or is it just split in 3?"),
    ("financial_hardship", "benign", "review",
        "3/5. Great show, but £9 for a pint is daylight robbery. Might have to start bringing a second "
        "mortgage to the bar. || Reply from The Quayside: Fair point! We've introduced a cheaper house "
        "lager at £5.50 from this month."),
    ("financial_hardship", "benign", "email",
        "Dear Box Office, our accountancy firm would like to sponsor the jazz weekend. Could you send us "
        "your sponsorship packages and invoice terms? We'd like to settle within this financial year. Kind "
        "regards, Neil"),
    ("financial_hardship", "benign", "chat",
        "Customer: Why is there a booking fee on top of the ticket price? || Agent: The fee covers the "
        "card processing and the ticketing system. Booking in person at the box office has no fee."),
    ("financial_hardship", "benign", "voicemail",
        "Hi, it's Carl, I've paid for the festival pass but the payment hasn't shown on my account. It's "
        "come out of my bank. Ref QX7B4M. Can someone check? Cheers."),
    ("financial_hardship", "benign", "email",
        "Hi, I'm a money advice worker at the Citizens' Hub and we'd like to put on a free workshop in "
        "your community room about budgeting for students. Is the room available on a weekday evening in "
        "October, and what does it cost? Thanks, Marie"),
    ("financial_hardship", "benign", "dm",
        "the new cheap seats scheme is a steal, just got row B for a tenner 🙌"),
    ("financial_hardship", "benign", "web_form",
        "Question: The price went up by £5 between yesterday and today. Do you use dynamic pricing? Just "
        "curious how it works."),
    ("financial_hardship", "benign", "email",
        "Hello, we're the Harbour Food Bank volunteers' committee and we'd like to say thank you to our "
        "volunteers with a night out. Do you have a group rate for about 20 people for the comedy in "
        "November? Regards, Anne"),
    # ---- legal (sensitive)
    ("legal", "sensitive", "email",
        "Hi, I'm afraid I need to cancel my tickets for the 14th (ref QX3D9F). I've been called to give "
        "evidence at the Crown Court that week in a case against my former employer, and my solicitor says "
        "I can't predict which day I'll be needed. Could I have a credit instead? Thanks, Helen"),
    ("legal", "sensitive", "chat",
        "can i move my seat to the wednesday? my hearing at Harbour Magistrates' got moved to the thursday "
        "morning"),
    ("legal", "sensitive", "sms",
        "hi need to change QX5K2C to next month, my barrister wants me free all that week for the trial"),
    ("legal", "sensitive", "agent_note",
        "Cust's ex-husband has a restraining order against him and cust is worried he's bought tickets to "
        "the same concert. Asked us to check if anyone under his name is booked near her. Passed to "
        "security manager; advised her to contact police if he approaches."),
    ("legal", "sensitive", "email",
        "Dear Quayside, I'm writing about the festival gate incident on 13 July. I was arrested at the "
        "entrance after an argument with a steward and held overnight, but the police later dropped the "
        "charges. I'd like my ticket refunded and the ban on my account lifted, as I was never convicted. "
        "I've attached the letter from the police confirming no further action. Regards, Kyle"),
    ("legal", "sensitive", "call",
        "[transcript] Caller: Hi, I'm going through a divorce and the family membership is in my husband's "
        "name. Can I take my own membership out separately? Agent: Yes, you can start your own today and "
        "we'll leave his untouched. Caller: Thank you, that's a relief."),
    ("legal", "sensitive", "dm",
        "hey i had my wallet stolen at the campsite on sat night. i've got a crime reference number from "
        "the police, do u need it for the replacement wristband?"),
    ("legal", "sensitive", "web_form",
        "Volunteer application - further information\nI have an unspent conviction from 2021 for "
        "shoplifting, and I wanted to be upfront about it before the DBS check. I'd still love to "
        "volunteer as a steward at the festival if that's allowed."),
    ("legal", "sensitive", "email",
        "Hi there, I'm on probation and my probation officer has to approve any overnight stays away from "
        "home, so I need the exact dates and address of the festival campsite for my paperwork. Could you "
        "send me something official with the site address on it? I've got the Saturday and Sunday pass "
        "under ref QX8H4G. Also does the camping area have secure lockers? Thanks, Lee"),
    ("legal", "sensitive", "agent_note",
        "Cust is suing her former landlord and her lawyer has told her to keep all receipts; she asked for "
        "a VAT invoice for her festival pass. Emailed a copy."),
    ("legal", "sensitive", "voicemail",
        "Hi, it's Andrea. I'm on a curfew with an electronic tag at the moment, so I need to be home by 9. "
        "Is there any chance of an early performance of the musical? Ring me back, thanks."),
    ("legal", "sensitive", "email",
        "Hello, I'm writing for my brother who is in custody awaiting trial. He bought two tickets for the "
        "November concert under his name and obviously can't go now. He's asked me to sort out a transfer "
        "to my name. I can send a letter signed by him if you need it. Thank you, Nadia"),
    ("legal", "sensitive", "chat",
        "Customer: I'm the one who reported the assault to the police after the gig in August. The "
        "detective asked me to get CCTV from you. Who do I speak to? || Agent: I'm sorry that happened. "
        "Please have the officer contact our security manager directly with the crime reference, and we'll "
        "release the footage to them."),
    ("legal", "sensitive", "sms",
        "sry cant make fri, court date for the custody case got brought forward. can i swap for sat?"),
    ("legal", "sensitive", "email",
        "Hi, I'm a US citizen visiting in August and I was wondering about ID at the door. I have a DUI "
        "from a few years back and I'm worried about whether the UK border will let me in. If they don't, "
        "can I get a refund on the festival ticket? Thanks, Brad"),
    ("legal", "sensitive", "agent_note",
        "Cust asked to cancel the joint booking; she and her husband are separating and the decree nisi "
        "came through last week. Refunded her half to her own card; his half stays on the booking."),
    ("legal", "sensitive", "dm",
        "my ex took me to the small claims court over the concert tickets we bought together, judge said i "
        "have to pay her half back. can you split the booking so she gets one ticket?"),
    ("legal", "sensitive", "email",
        "Good morning. I was involved in a car accident on my way to the Quayside in June and the other "
        "driver is now suing me. My insurer's lawyer has asked me for proof of the time I arrived at your "
        "car park. Do you keep records of barrier entry times? Kind regards, Winston"),
    ("legal", "sensitive", "call",
        "[transcript] Caller: Hello, I need to cancel my Saturday seats. I've been summoned to the family "
        "court that day for the guardianship case of my niece. Agent: No problem, I'll refund them in "
        "full. Caller: Thank you."),
    ("legal", "sensitive", "review",
        "2/5. The show was fine, but I'd like it known that I've instructed a solicitor about the fall I "
        "had on your broken step in March. Your manager was dismissive when I reported it. || Reply "
        "from The Quayside: We're sorry to hear about your fall. Our insurers will be in touch with your "
        "solicitor directly."),
    # ---- legal (benign)
    ("legal", "benign", "email",
        "Hi, I'm the office manager at Lockhart & Reid Solicitors. We'd like to book 25 tickets for our "
        "firm's summer outing to the outdoor theatre, invoiced to the firm. Do you offer corporate rates? "
        "Regards, Fiona"),
    ("legal", "benign", "chat",
        "is it legal to resell my tickets on a resale site if I can't go? don't want to break your T&Cs"),
    ("legal", "benign", "web_form",
        "Question about 'The Verdict', the courtroom drama in the main house. How long is it, and is there "
        "an interval?"),
    ("legal", "benign", "sms",
        "where's the food court at the festival? cant find it on the map"),
    ("legal", "benign", "review",
        "5/5. Arrested Youth were brilliant, absolutely tore the roof off. Sound in the tent was spot on."),
    ("legal", "benign", "call",
        "[transcript] Caller: Hi, I'm a police officer, is there a blue-light discount on the panto "
        "tickets? Agent: Yes, ten percent with your service ID at the box office. Caller: Great, thanks."),
    ("legal", "benign", "email",
        "Hello, I'm organising the Law & Order themed quiz night for our running club and wondered if the "
        "Quayside bar area could host 40 people on a Wednesday. Thanks, Dom"),
    ("legal", "benign", "chat",
        "I was charged twice for the same booking, QX4J6M. Can you refund the duplicate?"),
    ("legal", "benign", "dm",
        "who's judging the open mic final next week? my band is playing and we're nervous lol"),
    ("legal", "benign", "email",
        "Hi, can you tell me whether the tennis courts next to the Quayside car park are part of the "
        "venue? We'd like to play before the evening concert and I'm not sure who to ask. Thanks, Martin"),
    ("legal", "benign", "agent_note",
        "Cust is a barrister's clerk booking for chambers' Christmas party, 30 people. Sent group options "
        "for the comedy on 15 Dec."),
    ("legal", "benign", "web_form",
        "Comment: your terms and conditions say bags larger than A4 are not permitted. Does that include "
        "camera bags? Just want to check before the photography walk."),
    ("legal", "benign", "review",
        "4/5. The crime fiction festival panels were brilliant, especially the one on writing detectives. "
        "Coffee queue was long though."),
    ("legal", "benign", "sms",
        "is cash still legal tender at the festival bars or is it card only now?"),
    ("legal", "benign", "chat",
        "Customer: I'm a solicitor and I work late most nights. Do you have any shows that start at 9 or "
        "later? || Agent: Yes, our late comedy starts at 9.30 on Fridays and Saturdays."),
    ("legal", "benign", "email",
        "Dear Team, I was charged a late fee on my membership renewal even though I paid before the due "
        "date. Could you look into it and reverse the charge? Thank you, Harriet"),
    ("legal", "benign", "voicemail",
        "Hi, it's about the jury for the young composers award, I'm one of the judges and haven't had my "
        "seat allocation for the final. Could someone send it over? Thanks."),
    ("legal", "benign", "dm",
        "the bar staff last night were legends, props to whoever was on the cocktails"),
    ("legal", "benign", "email",
        "Hi, I'm a law student and I'd like to apply for the student discount on the membership. Do I need "
        "to upload my student card, or is my university email enough? Thanks, Oyin"),
    ("legal", "benign", "chat",
        "what's your policy on police-style hi-vis jackets for fancy dress at the festival? we're going as "
        "a group of traffic wardens lol"),
    # ---- special_categories (sensitive)
    ("special_categories", "sensitive", "email",
        "Hi, I've got two tickets for the Eid Nights concert on the 11th (ref QX4H7B). The second half "
        "starts at 8.30 and Maghrib falls at about 8.40 that evening, so I'll need somewhere to pray "
        "during the interval. Is the prayer room on level 2 open for the whole show, and is there "
        "somewhere to do wudu nearby? Also, could you tell me if there's step-free access to that level, "
        "as my dad will be with me and he's slow on stairs. Thanks, Yusuf"),
    ("special_categories", "sensitive", "chat",
        "are the food stalls at the festival halal? i only eat halal meat so i need to know if i should "
        "bring my own"),
    ("special_categories", "sensitive", "email",
        "Hello, we have four tickets for the Saturday 8pm show. We keep Shabbat, so we won't be carrying "
        "phones until it ends around 7.15, which means we can't show e-tickets at the door if we arrive "
        "straight from home. Could you print paper tickets and hold them at the box office under Levy? "
        "Thank you, Miriam"),
    ("special_categories", "sensitive", "call",
        "[transcript] Caller: Hi, quick question about security. I'm Sikh and I wear a kara and a small "
        "kirpan as part of my faith, it's blunt and under my clothes. Will that be a problem at the bag "
        "check for the festival? Agent: Not at all, just let the steward know and they'll note it. Caller: "
        "Great, thanks."),
    ("special_categories", "sensitive", "agent_note",
        "Cust is fasting for Ramadan and asked whether she can bring dates and a bottle of water into the "
        "7.30 show to break her fast at sunset. Approved and noted on booking QX9V2F."),
    ("special_categories", "sensitive", "sms",
        "cant do sun morning, thats mass and then family lunch. any sat tix left for the magic show?"),
    ("special_categories", "sensitive", "dm",
        "we'll be coming straight from the gurdwara on sunday so might be 10 mins late for the 1pm. will "
        "we still get in?"),
    ("special_categories", "sensitive", "email",
        "To whom it may concern, I am writing to complain about my experience at the Tidewater Festival "
        "gate on Saturday. I was with four friends and I was the only one pulled aside for a full bag and "
        "pocket search. As a Black woman this is not the first time this has happened to me at a venue, "
        "and I felt humiliated in front of the queue. The steward did not explain why, and when I asked he "
        "told me to 'stop making a scene'. I would like to know what your search policy is and whether "
        "this incident will be looked into. Regards, Adaeze"),
    ("special_categories", "sensitive", "agent_note",
        "Cust said he's from a Traveller family and felt the gate steward's comment about 'your sort' at "
        "the campsite entrance was aimed at that. Logged a complaint, escalated to the security manager."),
    ("special_categories", "sensitive", "chat",
        "I'm Korean-American and my parents are over from Busan next month. They only speak Korean. Does "
        "the opera have surtitles in any language besides English?"),
    ("special_categories", "sensitive", "review",
        "5/5. As an Aboriginal woman it meant a lot to hear a proper Welcome to Country before the First "
        "Nations music night. Great crowd too. || Reply from The Quayside: Thank you, we're proud to "
        "work with the local elders on every event in the series."),
    ("special_categories", "sensitive", "email",
        "Hello, I write because last Friday at the door the security say to me and my cousins 'no gypsies "
        "tonight' and did not let us enter, even we have tickets. We are Roma, we come from Romania eight "
        "years ago, and we are working here. I want the money back for four tickets and I want to know why "
        "this man speak like this. Thank you, Florin"),
    ("special_categories", "sensitive", "sms",
        "cant do the 6th, out canvassing for the by-election all day. can i move to the 13th? ref QX2C5D"),
    ("special_categories", "sensitive", "email",
        "Hi, I'm a member of the Green Party and a few of us from the local branch want to come to the "
        "climate documentary screening together. Is there a group rate for eight? Happy to pay on one "
        "card. Cheers, Ellie"),
    ("special_categories", "sensitive", "chat",
        "i'll be on the climate march in town saturday morning, will the box office still be open at 4 to "
        "collect my tickets?"),
    ("special_categories", "sensitive", "agent_note",
        "Cust volunteers for the Liberal Democrats and asked whether she can hand out campaign leaflets "
        "outside the festival gates. Told her no leafleting on site; she booked two day tickets anyway."),
    ("special_categories", "sensitive", "review",
        "1/5. The comedian spent twenty minutes sneering at people who voted Leave. I voted Leave and I "
        "didn't pay forty quid to be called thick. || Reply from The Quayside: We're sorry you didn't "
        "enjoy the set. Our comedians' material isn't vetted by us, but we've passed your comments on."),
    ("special_categories", "sensitive", "dm",
        "was at the anti-war protest outside the town hall until 7 so ran late, missed the first song. any "
        "chance of a partial refund? lol probably not"),
    ("special_categories", "sensitive", "call",
        "[transcript] Caller: Hi, I'm branch secretary for the local Conservatives and I'm booking our "
        "Christmas do, forty of us for the dinner and show. Agent: Lovely, is that the 12th? Caller: Yes "
        "please, and can we have the river room?"),
    ("special_categories", "sensitive", "email",
        "Hi, I'm the Unite rep at the bus depot and I'm trying to sort a night out for about twenty of the "
        "drivers after the pay deal went through. Do you do group rates for the Friday comedy, and could "
        "we get seats together? Cheers, Gary"),
    ("special_categories", "sensitive", "sms",
        "on strike thurs so free after all, any matinee tix left for the musical?"),
    ("special_categories", "sensitive", "chat",
        "does the union members discount apply to the jazz brunch? im in the teachers' union, got my card "
        "here"),
    ("special_categories", "sensitive", "call",
        "[transcript] Caller: I'm a shop steward at the warehouse, we've been on the picket line most of "
        "this week so I missed Tuesday's show. Is there any way to swap to next week? Agent: Let me look, "
        "yes, there's Wednesday."),
    ("special_categories", "sensitive", "agent_note",
        "Cust has been on the nurses' picket line at the General since Monday and missed her ticket "
        "collection window. Re-sent her e-tickets to her personal email."),
    ("special_categories", "sensitive", "dm",
        "hey! I'm branch chair of our nurses' union and we want to buy 30 tickets for the panto as a "
        "thank-you to the members who did the strike shifts. who do I talk to about a group deal?"),
    ("special_categories", "sensitive", "email",
        "Hi, my wife Sarah and I are celebrating our tenth anniversary on the 19th, and we'd love to book "
        "the dinner and show package for that evening. Could you possibly put a card or a little something "
        "on the table? We're big fans of the orchestra. Thanks, Emma"),
    ("special_categories", "sensitive", "chat",
        "me and my boyfriend want tickets for the pride cabaret night, it's our first pride since i came "
        "out as gay so want it to be special. any front tables left?"),
    ("special_categories", "sensitive", "dm",
        "im bi and went to the queer club night last month with my girlfriend, one of the bouncers made a "
        "gross comment about 'choosing a side'. is that ok with you guys??"),
    ("special_categories", "sensitive", "review",
        "5/5. As a lesbian couple we felt really welcome at the cabaret, the staff couldn't have been "
        "nicer. We'll be back for the New Year's show. || Reply from The Quayside: Thank you both, see "
        "you at New Year!"),
    ("special_categories", "sensitive", "agent_note",
        "Cust and his husband are celebrating their wedding anniversary at the Saturday gala. Added a "
        "bottle of prosecco to the table and moved them to table 4 by the window."),
    ("special_categories", "sensitive", "voicemail",
        "Hi, it's Daniel. My partner Mark and I have the anniversary package on the 3rd, ref QX6W1M, and "
        "we'd like to move it to the Saturday if possible, as Mark's working the Friday. Give me a call "
        "back. Thanks."),
    ("special_categories", "sensitive", "email",
        "Hi there, slightly unusual question. My partners and I are polyamorous, there are three of us, "
        "and we'd like to book the romantic dinner package for Valentine's. It seems to be sold only for "
        "couples. Can we book it for three and pay the extra for one more cover? Thanks, Robin"),
    ("special_categories", "sensitive", "agent_note",
        "Cust explained she lost her phone in the tent of a man she had hooked up with on the Saturday "
        "night at the campsite and doesn't know his name. Asked lost property to check for a black phone "
        "in a pink case from Field C."),
    ("special_categories", "sensitive", "chat",
        "Customer: Is the burlesque night okay for people who are into kink? My partner and I are and we'd "
        "like to come dressed for it. || Agent: It's an 18+ show and fancy dress is welcome, within the "
        "usual dress code on our website."),
    ("special_categories", "sensitive", "voicemail",
        "Hi, it's Joseph, we booked the glamping tent for the festival. My fiancée and I are waiting till "
        "after the wedding to sleep together, so is there any way to swap the double bed for two singles? "
        "Thanks, bye."),
    ("special_categories", "sensitive", "email",
        "Hello, could you please update my membership details? My name changed by deed poll after I "
        "transitioned last year, and I'm now Jamie Clarke, title Ms, rather than the old name on the "
        "account. I've attached a copy of the deed poll. My payment card is in the new name too, which is "
        "why the renewal failed. Thanks, Jamie"),
    ("special_categories", "sensitive", "chat",
        "i'm non-binary, can you change my title on the account to Mx? there's no option on the website"),
    ("special_categories", "sensitive", "dm",
        "as a trans guy the gendered bag search lines at the festival gate were awful, i got sent back and "
        "forth between the two queues while everyone stared"),
    ("special_categories", "sensitive", "agent_note",
        "Cust is a trans woman; her driving licence still shows her old name. Added a note to booking "
        "QX3J8L so the door team accept her ID for the 18+ gig with the matching photo."),
    ("special_categories", "sensitive", "call",
        "[transcript] Caller: Hi, I need to change the name on a ticket. My sister's come out as trans and "
        "she goes by Leah now, so it should say Leah Morgan, not the old name. Agent: Of course, done. "
        "Caller: Thank you, she'll be really happy."),
    ("special_categories", "sensitive", "web_form",
        "Account update\nPreferred name: Sky\nPronouns: they/them\nGender: non-binary\nNote: please use "
        "Sky in all emails, not the legal name on my card."),
    ("special_categories", "sensitive", "email",
        "Hi, I need to cancel my seat for the 14th. I've had a genetic test come back showing I carry the "
        "BRCA2 variant, and I've got the follow-up appointment with the clinic that afternoon. Could you "
        "move the ticket to a later date or give me a credit? Thanks, Hannah"),
    ("special_categories", "sensitive", "dm",
        "this is wild but my HelixTrail DNA result matched me to a half-brother I never knew I had, and "
        "we're meeting for the first time at your Sunday concert. any chance of two seats together "
        "somewhere quiet-ish?"),
    ("special_categories", "sensitive", "agent_note",
        "Cust missed Tuesday's show because of a genetic counselling appointment to go through her "
        "Huntington's gene test results. Issued a credit note for the full value."),
    ("special_categories", "sensitive", "chat",
        "i did one of those ancestry DNA kits and it came back 40% West African, 35% Irish and the rest "
        "Scandinavian lol. does the 'Roots & Routes' talk on the 9th cover stuff like that?"),
    ("special_categories", "sensitive", "email",
        "Hi, when I joined the membership scheme in 2022 the members' entry gate took my fingerprint so I "
        "could skip the queue. I've now cancelled my membership and I'd like my fingerprint data deleted "
        "from your system, with written confirmation please. Regards, Colin"),
    ("special_categories", "sensitive", "web_form",
        "Data protection request\nPlease tell me what facial recognition data you hold on me from the "
        "Tidewater fast-track gate on 12 July and delete my face template once you've sent it. Name: Lorna "
        "Baird, ref QX7K5N."),
    ("special_categories", "sensitive", "chat",
        "the campsite locker opens with my thumbprint but since yesterday it doesn't recognise it, my "
        "phone and wallet are stuck inside, locker 214 field B"),
    ("special_categories", "sensitive", "agent_note",
        "Cust's husband's face scan at the fast-track gate failed to match on both festival days. Deleted "
        "his old face template and re-enrolled him at the gate with a new photo."),
    ("special_categories", "sensitive", "email",
        "Dear Team, I have booked two seats for the classical evening on 8th October (ref QX5G3Y). As I am "
        "observing the Navratri fast that week, I will not take onion, garlic or grains. Kindly confirm "
        "whether the café can provide any sattvic snack such as fruit or sabudana, else I will carry my "
        "own. Also please advise the latest time to collect tickets from the counter. Regards, Meenakshi"),
    # ---- special_categories (benign)
    ("special_categories", "benign", "email",
        "Hello, I'd like four seats for 'Pride and Prejudice' on the Thursday evening, preferably in the "
        "front stalls. Do you offer a pre-theatre menu at the café, and what time does the performance "
        "finish? Thanks, Margaret"),
    ("special_categories", "benign", "chat",
        "at the ceilidh on friday is there a caller for the dances? my group only knows the Gay Gordons "
        "and the Strip the Willow lol"),
    ("special_categories", "benign", "email",
        "Hi, I'm the events officer at Harbour University Students' Union. We'd like to block-book 120 "
        "tickets for the freshers' comedy night in September, invoiced to the union. Can you hold them "
        "until our budget is signed off next week? Thanks, Ravi"),
    ("special_categories", "benign", "voicemail",
        "Hello, this is Joan from St Mary's church hall committee. We run a coach trip for the hall "
        "volunteers every Christmas and we'd like 30 tickets for the carol concert. Could someone call me "
        "back about the group rate? Thank you."),
    ("special_categories", "benign", "web_form",
        "Booking enquiry: 'Messiah' on 20 December. Do you still have seats with a clear view of the "
        "choir? We'd like two together, upper circle is fine."),
    ("special_categories", "benign", "chat",
        "is the black friday sale on festival passes this year or did i miss it? ticket page still shows "
        "full price"),
    ("special_categories", "benign", "email",
        "Hi, I'm planning a 30th birthday party for my friend and wondered if the Quayside's roof terrace "
        "can be booked for a private party of about 25 after the Saturday show. Could you send over a menu "
        "and prices? Thanks, Leila"),
    ("special_categories", "benign", "sms",
        "is labour of love the tribute band still on fri? cant see it on the website anymore"),
    ("special_categories", "benign", "chat",
        "Customer: My train was cancelled because of the rail strike, so I couldn't get to the show last "
        "night. Can I move my ticket? || Agent: Yes, we're offering exchanges for anyone affected by "
        "the strike. I've moved you to next Friday, same seat."),
    ("special_categories", "benign", "email",
        "Dear Quayside, our sailing club is holding a race night fundraiser in October and we'd like to "
        "offer a pair of concert tickets as a raffle prize. Do you donate to local clubs, or could we buy "
        "a gift voucher at a discount? Best, Fergus"),
    ("special_categories", "benign", "dm",
        "someone's selling festival tix above face value on the resale group, is that allowed??"),
    ("special_categories", "benign", "web_form",
        "Question: Can I use my biometric passport as photo ID for the 18+ show, or do you only accept a "
        "driving licence?"),
    ("special_categories", "benign", "email",
        "Hi, do you use facial recognition or fingerprint scanning at any of your entry gates? I'm writing "
        "an article on privacy at UK venues and would like to quote your policy. Thanks, Marcus"),
    ("special_categories", "benign", "review",
        "5/5. Best Queen tribute I've seen, the Freddie was uncanny. Would happily see them again."),
    ("special_categories", "benign", "chat",
        "the signage coming out of the theatre after the show is terrible, we ended up in the car park "
        "twice before finding the river exit"),
    ("special_categories", "benign", "sms",
        "keep the faith soul band were amazing sat, when r they back??"),
    ("special_categories", "benign", "review",
        "4/5. Holy moly, the sound in the new hall. Seats a bit tight, mind."),
    ("special_categories", "benign", "email",
        "Good morning, I am the events coordinator at Al-Noor Community Centre. We would like to hire your "
        "studio theatre for a charity fundraising evening in March for around 150 guests. Please could you "
        "share availability and the hire terms? Many thanks, Samira"),
    ("special_categories", "benign", "call",
        "[transcript] Caller: Hi, I'm the manager of the Riverside Gospel Choir, we're performing at your "
        "summer showcase. Could you send me the stage specs and how many mics we'll have? Agent: I'll "
        "email the tech pack today."),
    ("special_categories", "benign", "email",
        "Hi, I run a small travel agency and we're building an FAQ for customers going to Tidewater. Do "
        "the food stalls usually offer halal, kosher, vegan and gluten-free options? A general answer is "
        "fine. Thanks, Jade"),
    ("special_categories", "benign", "chat",
        "hi, is the Irish dancing show two hours with an interval or straight through?"),
    ("special_categories", "benign", "email",
        "Hello, I manage the Mazurek Polish folk troupe. We are booked for the world music weekend and I "
        "need to confirm load-in time and parking for our van. Thank you, Pawel"),
    ("special_categories", "benign", "dm",
        "got 2 tix for the political satire show on thurs, is it the same comedians as the election "
        "special last year?"),
    ("special_categories", "benign", "web_form",
        "Question: Why is the nationality field mandatory on the festival registration form? It's not "
        "clear what it's used for. Can I leave it blank?"),
    ("special_categories", "benign", "sms",
        "running late, trans pennine train delayed 30 mins. will we still get in to the 7.30?"),
    ("special_categories", "benign", "email",
        "Hi, I'll be straight to the point: I was charged twice for booking QX8L2D and I'd like one of the "
        "payments refunded. I've attached the bank statement. Thanks, Owen"),
    ("special_categories", "benign", "review",
        "5/5. You can tell the staff take pride in their work. The bar team were quick even in the "
        "interval rush."),
    ("special_categories", "benign", "review",
        "4/5. Live music is in the DNA of this place. Shame the bar was out of the local ale by 9."),
    ("special_categories", "benign", "chat",
        "the glass screens at the bar are covered in fingerprints and smudges, hard to read the menu. "
        "might want a wipe down"),
    ("special_categories", "benign", "call",
        "[transcript] Caller: Hi, is the Union Street car park the closest to the stage door? I'm dropping "
        "off a cello for the orchestra. Agent: Yes, it's two minutes away, use the loading bay by the "
        "stage door."),
    ("special_categories", "benign", "email",
        "Hello, I signed up to the bi-annual members' newsletter but I haven't received the spring "
        "edition. Could you check I'm still on the list? Thanks, Alan"),
    ("special_categories", "benign", "web_form",
        "Question about 'Queer Street', the Victorian comedy in the studio. Is there a relaxed "
        "performance, and how long is the show?"),
    ("special_categories", "benign", "dm",
        "hi what time does the christmas carol concert start and is there parking at the venue?"),
    ("special_categories", "benign", "email",
        "Hi, what are your box office opening hours over the Easter holidays? I want to pick up tickets "
        "for a Tuesday show in person. Thanks, Rachel"),
    ("special_categories", "benign", "review",
        "5/5. At a conservative estimate I've been to 50 shows here and this was the best one yet."),
    ("special_categories", "benign", "review",
        "3/5. Liberal use of dry ice in the second act, couldn't see the stage for five minutes. Music was "
        "great though."),
    ("special_categories", "benign", "chat",
        "Customer: hi our party of ten is coming to the comedy on fri, can we get seats together? || "
        "Agent: Yes, I've blocked row G seats 1 to 10 for you."),
    ("special_categories", "benign", "email",
        "Hi, I'm starting as a volunteer usher next month and I've been told there's an orientation "
        "session. When is it and how long does it last? Thanks, Beth"),
    ("special_categories", "benign", "sms",
        "is the pilgrim fathers tribute act on the main stage or the tent?"),
    ("special_categories", "benign", "chat",
        "will there be delays getting to the venue on sat? the news says the road by the town hall is "
        "closed for a march in the morning"),
    ("special_categories", "benign", "review",
        "5/5. The choir sang in unison like one voice. Stunning night."),
    ("special_categories", "benign", "dm",
        "i've become a total evangelist for your café, the cheese scones are elite. can i buy them to take "
        "away?"),
    ("special_categories", "benign", "email",
        "Hi, there's a mistake on my e-ticket. It says 'Mr' but it should be 'Mrs'. Not a big deal, but "
        "can it be corrected before the show? Booking QX1R6T. Thanks, Sheila"),
    ("special_categories", "benign", "chat",
        "how do i strike a deal for a corporate box at the festival? we're a small marketing firm, maybe "
        "12 people"),
    ("special_categories", "benign", "web_form",
        "Question about the 'Gene Pool' improv troupe: is their Friday show suitable for a work team "
        "outing, or is it very rude?"),
    ("special_categories", "benign", "voicemail",
        "Hi, it's Derek from the Black Country Folk Band, we're on the bill for the folk festival. Just "
        "checking which gate performers use for load-in. Cheers."),
    ("special_categories", "benign", "email",
        "Hi, love of music must be in our genes, as we've booked four shows this season already. Do you "
        "have a season ticket that would have been cheaper? If so, can we switch to it now? Thanks, Pete"),
    ("special_categories", "benign", "chat",
        "im a bit cross with the app tbh, it logged me out twice while i was picking seats. is there a fix "
        "coming?"),
    ("special_categories", "benign", "email",
        "Dear Sir or Madam, I would like to know whether the Trade Hall rooms at the Quayside can be hired "
        "for a business conference. We expect 80 delegates for one day in May and need a projector and "
        "catering. Kind regards, Oliver"),
    ("special_categories", "benign", "chat",
        "my taste in music is pretty catholic tbh, folk one night, metal the next. is there a season pass "
        "that covers all genres?"),
    # ---- bereavement (sensitive)
    ("bereavement", "sensitive", "email",
        "Hello, I'm writing about the membership held by my father, Arthur Blake (member no. 40317). Dad "
        "passed away in February and I'm the executor of his estate. Could you please close the account "
        "and cancel the direct debit? He'd also booked two seats for the brass band concert in May; if "
        "they can't be refunded, I'd like to take them myself, as he'd have wanted someone from the family "
        "to go. I can send a copy of the death certificate if you need it. Thank you for all the happy "
        "evenings he spent with you. Regards, Susan"),
    ("bereavement", "sensitive", "chat",
        "hi can i move my tickets for the 20th? the funeral's been set for that morning and i won't be up "
        "to a show that night"),
    ("bereavement", "sensitive", "sms",
        "mum passed on sunday so we wont be at the panto on the 23rd. could the tix go to my cousin "
        "instead? ref QX2V8J"),
    ("bereavement", "sensitive", "agent_note",
        "Cust's wife died last month; she was the lead name on their joint membership. Transferred the "
        "membership into his name and waived the admin fee."),
    ("bereavement", "sensitive", "email",
        "Hi, I'd like to book the river room for a small gathering after my grandmother's memorial service "
        "on the 9th. There'd be around 30 of us, mostly family, and we'd like tea, coffee and sandwiches "
        "from about 2pm. Gran loved the Quayside and came to every Christmas concert for forty years, so "
        "it feels right to do it there. Is there a minimum spend? Thanks, Olivia"),
    ("bereavement", "sensitive", "call",
        "[transcript] Caller: Hello, I had tickets with my husband for the opera, but I lost him in the "
        "spring, so it'll just be me. Could you sell the other seat for me? Agent: I'm very sorry for your "
        "loss. Yes, I'll put it on resale and refund you when it sells."),
    ("bereavement", "sensitive", "voicemail",
        "Hi, it's Tunde. My brother died suddenly last week and we're flying back to Lagos for the burial "
        "on Saturday, so I'll miss the Afrobeat night. Ref QX9M3L. Please call me about a refund or "
        "credit. Thank you."),
    ("bereavement", "sensitive", "dm",
        "my best mate's funeral is at Hallam & Sons funeral home on friday at 2, so i'll be late for the "
        "7pm. can i still get in?"),
    ("bereavement", "sensitive", "web_form",
        "Refund request - booking QX4C7N\nReason: Bereavement. My partner died on 2 September and the "
        "tickets are in his name. I have the death certificate and can send it."),
    ("bereavement", "sensitive", "email",
        "Good evening. My uncle passed last month and the 40-day prayers fall on the Saturday of the "
        "festival, so the whole family will be at home. I know the camping passes are non-refundable, but "
        "please could you make an exception or let me transfer them to my colleague? Many thanks, Ibrahim"),
    ("bereavement", "sensitive", "chat",
        "Hello po, my lola died last Tuesday and the wake is until Sunday, so I cannot watch the musical "
        "on Saturday. Can I change to the next week po?"),
    ("bereavement", "sensitive", "agent_note",
        "Caller is the widow of long-time member Don Price; asked that we stop the season brochure going "
        "to his name. Updated the record and sent a condolence card."),
    ("bereavement", "sensitive", "email",
        "Hi, we're the Murphy family and we'd like to ask about scattering some of Dad's ashes in the "
        "river garden behind the Quayside. He worked as a stagehand there for thirty years and it was his "
        "favourite place. I understand there may be rules about this, but is there anything we could "
        "arrange, even a quiet moment there after the month's mind mass? Thanks, Niamh"),
    ("bereavement", "sensitive", "sms",
        "cant make tonight, sitting shiva for my dad all week. can u hold the tix for a later date pls"),
    ("bereavement", "sensitive", "review",
        "5/5. We came to the Christmas concert for the first time since losing our son in March. The usher "
        "who noticed we were struggling and found us a quieter spot in the balcony will never know how "
        "much that meant. || Reply from The Quayside: We're so sorry for your loss, and thank you for "
        "telling us. We'll make sure the usher knows."),
    ("bereavement", "sensitive", "email",
        "To the Quayside, I'm writing on behalf of my late mother, Grace Obi, whose name is still on your "
        "mailing list and who had a gift voucher. She died in October. Can the voucher be used by me? I've "
        "got her reference, QX1P5W. Thank you, Chidi"),
    ("bereavement", "sensitive", "chat",
        "Customer: Hi, can I move my Friday seats to the Saturday? || Agent: Of course. I've done it "
        "and waived the fee, given what you told my colleague on the phone about your dad's funeral being "
        "on the Friday. I'm so sorry."),
    ("bereavement", "sensitive", "dm",
        "first gig since my husband's death in the spring and i'm a bit nervous going alone. is the "
        "balcony bar quiet before the show?"),
    ("bereavement", "sensitive", "agent_note",
        "Cust's twin sister was killed in a car accident on the way home from Tidewater last year. Cust "
        "asked that the festival marketing emails stop. Unsubscribed and added a do-not-contact flag."),
    ("bereavement", "sensitive", "call",
        "[transcript] Caller: Hi, I've got a nine-night for my grandad on the Friday, so I'll miss the "
        "reggae night. Can I get a credit? Agent: I'm sorry for your loss. Yes, I'll put a credit on your "
        "account. Caller: Thank you."),
    # ---- bereavement (benign)
    ("bereavement", "benign", "chat",
        "the app is dead again, cant load my tickets. is there a problem on your end?"),
    ("bereavement", "benign", "review",
        "5/5. The drummer was killing it all night. I nearly died laughing at the support act too."),
    ("bereavement", "benign", "sms",
        "phone battery died at the gate, can u look me up by name? ref QX3T8Y"),
    ("bereavement", "benign", "web_form",
        "Question about 'Death of a Salesman' in the main house. Is there a relaxed performance, and "
        "what's the running time?"),
    ("bereavement", "benign", "email",
        "Hi, I'm the office manager at Hallam & Sons Funeral Directors. We'd like to book our staff "
        "Christmas meal and the panto for 18 people on the 15th of December, invoiced to the firm. Could "
        "you send the group rate? Kind regards, Julie"),
    ("bereavement", "benign", "dm",
        "dying to see the new musical!! when do tickets go on general sale?"),
    ("bereavement", "benign", "chat",
        "what's the deadline for applying to the open mic final? the page says soon but no date"),
    ("bereavement", "benign", "review",
        "4/5. Grateful Dead tribute night was a great laugh. Long set, but the crowd loved it."),
    ("bereavement", "benign", "email",
        "Hi, I'm dead tired of getting marketing texts from you three times a week. Please take me off the "
        "SMS list but leave me on email. Thanks, Karen"),
    ("bereavement", "benign", "agent_note",
        "Cust asked whether the late show on Saturday runs past the last train. Told her it finishes at "
        "11.15, last train 11.40."),
    ("bereavement", "benign", "voicemail",
        "Hi, my cat passed away last month and I'd booked the cat cafe pop-up in your foyer with her in "
        "mind, so I'd like to cancel. Ref QX8F2P. Thanks."),
    ("bereavement", "benign", "sms",
        "is mourning glory playing the tent stage or the main stage on sunday?"),
    ("bereavement", "benign", "email",
        "Hello, does the orchestra programme for the 21st include the funeral march from Chopin's sonata? "
        "My music group is studying it and I'd like to hear it live. Thanks, Peter"),
    ("bereavement", "benign", "chat",
        "Customer: Is the ghost walk around the old docks suitable for a work team? Not too scary? || "
        "Agent: It's more history than horror, very suitable for groups."),
    ("bereavement", "benign", "review",
        "5/5. The Haunted Quay ghost tour was dead good. Our guide was brilliant."),
    ("bereavement", "benign", "email",
        "Hi, I loved the play 'The Widow's Lantern' last night, especially the final scene. Do you sell "
        "the script in the shop? Thanks, Andrew"),
    ("bereavement", "benign", "dm",
        "the bar was a total graveyard before the show lol, then rammed at the interval. maybe open the "
        "second one earlier?"),
    ("bereavement", "benign", "web_form",
        "Question: Are the late-night cinema showings part of the membership, or are they charged "
        "separately?"),
    ("bereavement", "benign", "call",
        "[transcript] Caller: Hi, I run the Lost Souls vintage shop on Quay Street, we'd like to sell our "
        "stuff at the festival market. Agent: I'll send you the trader application. Caller: Cheers."),
    ("bereavement", "benign", "email",
        "Hi, I'm a historian giving a talk on Victorian mourning customs at the local library and I'd like "
        "to mention the Quayside's old Victorian mourning jewellery exhibit. Is it still on display? "
        "Thanks, Jean"),
    # ---- violence_self_harm (sensitive)
    ("violence_self_harm", "sensitive", "email",
        "Hi, I'm writing about something that happened at the Dizzy Gulls gig on Friday. A man in the "
        "standing area kept grabbing me and groping me even after I moved away twice. I told a steward but "
        "he just shrugged. I'd like to know what your venue does about sexual assault, and whether you "
        "have CCTV from the stalls that could be passed to the police. Regards, Hollie"),
    ("violence_self_harm", "sensitive", "chat",
        "hi, i'm staying at a refuge at the moment and can't use my home address. can the tickets be sent "
        "to an email only and my name kept off anything posted?"),
    ("violence_self_harm", "sensitive", "agent_note",
        "Cust disclosed that her ex-partner was violent and has been following her. She's worried he'll "
        "turn up at the panto. Added a security alert to her booking and arranged for her to use the stage "
        "door."),
    ("violence_self_harm", "sensitive", "dm",
        "someone's been sending me threatening messages since i posted about your festival, saying they "
        "know which tent i'm in. i'm scared to go back to the campsite tonight"),
    ("violence_self_harm", "sensitive", "call",
        "[transcript] Caller: Hi, I was punched by one of your door staff on Saturday night at the late "
        "gig. I've got a split lip and bruised ribs. Agent: I'm very sorry, that's serious. I'm going to "
        "log this as a formal complaint and pass it to the security manager today. Caller: Thank you."),
    ("violence_self_harm", "sensitive", "email",
        "Hi, I've had two tickets for the Harbour Lights concert for months, ref QX5L3A, and I honestly "
        "don't know if I'll make it. Things have been really bad lately and some days I don't want to be "
        "here at all. I'm not asking for anything, I just wanted to let someone know I might not turn up, "
        "and that I'm sorry if the seats go to waste. Thanks for the lovely evenings over the years. "
        "Ellen || Agent reply: Ellen, thank you for telling us. You're not alone. Please reach out to "
        "someone today, a friend, your GP, or a crisis line. Your tickets are safe and can be moved to any "
        "date, whenever you feel ready."),
    ("violence_self_harm", "sensitive", "sms",
        "cant come sat, the marks on my arms are still bad and i dont want ppl seeing. can i move to "
        "winter when its long sleeves"),
    ("violence_self_harm", "sensitive", "web_form",
        "Complaint\nOn 4 August a group of men followed me and my girlfriend from the bar to the taxi rank "
        "shouting abuse and one of them threw a bottle at us. Your staff saw it happen. I want to know "
        "what you're doing about it."),
    ("violence_self_harm", "sensitive", "agent_note",
        "Caller said her husband hits her when she goes out without him and she needs the booking under "
        "her sister's name so he doesn't see it on the joint card. Refunded the original and rebooked "
        "under the sister's card."),
    ("violence_self_harm", "sensitive", "email",
        "Dear Quayside, I need to ask for some help. A man from my old job has been stalking me for "
        "several months, and he's commented on your Facebook post saying he'll 'see me at the jazz "
        "weekend'. I have tickets for Saturday and I'm terrified. Can you let security know and check if "
        "he has a ticket? I've attached a screenshot and his name. Thanks, Priyanka"),
    ("violence_self_harm", "sensitive", "review",
        "1/5. My friend was harassed and spat on in the queue for the toilets at Tidewater, and when we "
        "found a steward they told us to 'sort it out ourselves'. Not coming back. || Reply from The "
        "Quayside: This is not acceptable and we're sorry. Please DM us so our safety team can follow up."),
    ("violence_self_harm", "sensitive", "voicemail",
        "Hi, I'm the one who was assaulted in the car park after Saturday's show. The police have asked me "
        "to get in touch with you about the camera footage. Please call me back, ref QX2D6M. Thanks."),
    ("violence_self_harm", "sensitive", "chat",
        "Customer: i just need to cancel everything. i took too many tablets last week on purpose and i'm "
        "still in hospital || Agent: I'm really sorry you're going through this. I've cancelled and "
        "refunded everything, no need to do anything else. Please look after yourself, and if you're in "
        "danger please call emergency services."),
    ("violence_self_harm", "sensitive", "dm",
        "the steward who searched me at the gate kept making comments about my body and asked for my "
        "number. i said no and he followed me to the tent field. this is not ok"),
    ("violence_self_harm", "sensitive", "email",
        "Hi, I have a family membership and I'd like to change the contact details. I've left my husband "
        "because of the abuse, and I'm now living with my mum. Please remove his name and email from the "
        "account, and don't send anything to the old address. I'd also like the membership card reissued "
        "in my name only. Thank you, Rachel"),
    ("violence_self_harm", "sensitive", "agent_note",
        "Cust said a man in row F threatened to 'smash her face in' when she asked him to stop filming. "
        "Moved her seat at the interval; passed the description to the security team."),
    ("violence_self_harm", "sensitive", "sms",
        "im not doing great, been hurting myself again. wont make the show tonite. sorry"),
    ("violence_self_harm", "sensitive", "email",
        "Hello, last weekend at the festival I was beaten up near the campsite toilets by two men who took "
        "my bag. I was in A&E until 4am. I have a crime number. Can you check if anyone handed in a blue "
        "rucksack with a Quayside tote inside? Thanks, Luis"),
    ("violence_self_harm", "sensitive", "chat",
        "Customer: Can I add a second name to booking QX6N1B? || Agent: Done. Following your call "
        "yesterday, I've also put the note on your account that your ex is not to be given any information "
        "about your bookings, because of the harassment you've described."),
    ("violence_self_harm", "sensitive", "call",
        "[transcript] Caller: Hi, my flatmate's been getting a lot of abuse online since she appeared in "
        "your festival photos, horrible stuff, people saying they'll hurt her. She wants the photos taken "
        "down. Agent: Absolutely, I'll get them removed today."),
    # ---- violence_self_harm (benign)
    ("violence_self_harm", "benign", "review",
        "5/5. The show was an absolute riot, we laughed the whole way through."),
    ("violence_self_harm", "benign", "chat",
        "that support act had a killer set, what's their name again? want to look them up"),
    ("violence_self_harm", "benign", "sms",
        "blown away by the orchestra last nite. any more dates this season?"),
    ("violence_self_harm", "benign", "email",
        "Hi, what are the rules in the mosh pit at the metal weekend? A few of my friends are new to it "
        "and I'd like to tell them what's allowed. Thanks, Sam"),
    ("violence_self_harm", "benign", "web_form",
        "Question: 'Assault on the Lighthouse' - is this the thriller that was on last year or a new "
        "production? Want to know before booking."),
    ("violence_self_harm", "benign", "review",
        "5/5. Knockout performance from the lead. The fight scene in Macbeth was brilliantly choreographed."),
    ("violence_self_harm", "benign", "dm",
        "i would literally kill for front row for the final night lol. any returns coming up?"),
    ("violence_self_harm", "benign", "chat",
        "Customer: Can I bring a knife and fork for camping? I don't want to get stopped at the gate. || "
        "Agent: Cutlery for camping is fine. Anything with a blade over 3 inches isn't allowed."),
    ("violence_self_harm", "benign", "email",
        "Hi, I'm the HR manager at a logistics company and we're putting together a harassment and safety "
        "policy for staff events. Could you share your venue's code of conduct so we can make sure we're "
        "aligned? Thanks, Tariq"),
    ("violence_self_harm", "benign", "sms",
        "does the self-service kiosk print tickets for a booking made on the phone?"),
    ("violence_self_harm", "benign", "voicemail",
        "Hi, it's Rob from Slaughterhouse Five, the band, not the book. We're on the bill for the metal "
        "weekend and need to confirm our soundcheck time. Cheers."),
    ("violence_self_harm", "benign", "email",
        "Hello, I'm trying to cut down the number of tickets on my booking from six to four. Is there a "
        "fee for cancelling two? Ref QX9H5E. Thanks, Angela"),
    ("violence_self_harm", "benign", "chat",
        "the new stage lights hit different, honestly. who does your lighting design?"),
    ("violence_self_harm", "benign", "agent_note",
        "Cust complained that the bouncer at the late gig was slow checking IDs and the queue was huge. "
        "Apologised; passed to the door supervisor for the rota."),
    ("violence_self_harm", "benign", "review",
        "4/5. Great night, the headliner smashed it. The toilets, however, are a crime scene by 10pm."),
    ("violence_self_harm", "benign", "dm",
        "the new app is killing me, keeps asking me to re-enter my password every time 😭"),
    ("violence_self_harm", "benign", "email",
        "Hi, I'm a stage combat instructor and I'd like to hire your rehearsal room for a weekend workshop "
        "in October. Do you have soft floors and how much is the hire? Thanks, Callum"),
    ("violence_self_harm", "benign", "web_form",
        "Comment: The 'Punch and Judy' show on the pier was great fun. Will it be back next summer?"),
    ("violence_self_harm", "benign", "chat",
        "Customer: is the rock musical the one with all the hit singles from the 80s? || Agent: Yes, "
        "it's the jukebox musical with the band's greatest hits."),
    ("violence_self_harm", "benign", "email",
        "Hello, I'm writing a crime thriller set in a theatre and I'd love to have a look backstage for "
        "research, just to see the layout. Do you do backstage tours? Thanks, Moira"),
]


def jetty_examples() -> list[dict]:
    """The jetty split as labelled tickets (same shape as ``sensitive_eval.build_eval_set``'s)."""
    return stranger_examples("jetty", ENTRIES, SUBJECTS)
