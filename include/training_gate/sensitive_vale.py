"""vale split: written by a helper who had not seen the detection rules, the anchors or any other split.
Setting: ValeTix, an invented events ticketing platform (festivals, prides, faith events and retreats, political
conferences and rallies, comedy, sport, school concerts and family shows) and its customers, organisers and agents;
registers are email, chat, sms, call, agent_note, web_form, review, voicemail, dm.
The benign half borrows the same vocabulary harmlessly: event, band and venue names (Gospel Brunch, Widow's Peak,
Union Chapel, Blood Brothers), idioms ("my phone died", "killed it", "bankrupting me lol"), organisations acting as
organisations (a mosque committee, a trades council, a school office, Pride CIC), general policy questions (halal
food, age limits, face-ID login, resale law) and routine payment and e-ticket trouble.
70 sensitive and 70 benign tickets for special categories, 50 and 50 for children, 20 and 20 for financial hardship,
15 and 15 for health, legal, bereavement and violence and self-harm.
First reading (policy 2026.11.18, before any change made in response to it; `sensitive_eval.evaluate`, as `make
eval-sensitive`): 98.5 / 3.5 recall / false exclusion in % as shipped, 98.5 / 11.5 without the overruling, 92.5 /
10.0 by the rules alone. Then read while tuning the rules and trained on by the classifier."""

from __future__ import annotations

from training_gate.sensitive_blind import stranger_examples

SUBJECTS: tuple[str, ...] = (
    "Question about my order",
    "Refund request",
    "Ticket transfer",
    "E-ticket not received",
    "Accessibility request",
    "Change of name on booking",
    "Payment problem",
    "Complaint about my visit",
    "Organiser account query",
    "Group booking",
    "Event cancelled or postponed?",
    "Resale listing",
    "Account and login",
    "Feedback on the event",
)

ENTRIES: list[tuple[str, str, str, str]] = [
    # ---- health, sensitive
    ("health", "sensitive", "email",
        "Hi, I've booked two weekend passes for Saltmarsh Festival (order VT-204815). I've been a "
        "full-time wheelchair user since a spinal injury in 2019 and my chair is a big power chair, "
        "about 70cm wide. Can the accessible viewing platform take it, and is the ground tracked all "
        "the way from the car park? Also does my PA get in free on the access scheme? Thanks, Delyth "
        "|| Agent: Hi Delyth, thanks for getting in touch. The platform at the Main Stage takes "
        "chairs up to 80cm and the trackway runs from the blue car park to the arena. Your PA ticket "
        "is free once you've registered on the access scheme; I've sent the form to your inbox. Kind "
        "regards, Oskar, ValeTix Access Team || Brilliant, form done. Cheers Oskar."),
    ("health", "sensitive", "chat",
        "hey so the poster says theres a strobe heavy set on the main stage sat night. i have "
        "photosensitive epilepsy, had a seizure at a gig in 2022, is there any warning before it "
        "starts or a time slot i should avoid || Agent: Hi! The lighting designer has flagged strobe "
        "for the 21:40-22:30 set. We'll also have warning signs at the entrances. Would you like me "
        "to add a note to your booking so stewards know? || yes pls, thanks for actually answering "
        "lol"),
    ("health", "sensitive", "agent_note",
        "Cust rang re refund on VT-339102 (Harbour Lights Gospel & Soul, Sat). States she was "
        "admitted to Royal Harbour Infirmary two days before the event with pneumonia, still on the "
        "ward at time of call. Discharge letter to follow via upload link. Refund approved under "
        "medical exception, ref MX-0417. Follow-up in 7 days if no letter."),
    ("health", "sensitive", "sms",
        "Hi its Jonah, cant make the Stillwater retreat this wknd, started new antidepressants on mon "
        "and theyve knocked me sideways. can I move to the october one instead? order 77120"),
    ("health", "sensitive", "web_form",
        "Name: Priya Natarajan | Order ref: VT-558013 | Request type: Accessibility | Details: I'll "
        "be 28 weeks pregnant by the festival date and the midwife says I need to sit down regularly "
        "and use a proper toilet rather than the portaloos. Is there an access campsite or a seated "
        "area I can register for?"),
    ("health", "sensitive", "voicemail",
        "Hi there, this is Gordon Pyle, I'm ringing about the comedy night at the Corn Exchange on "
        "the fourteenth. I'm hard of hearing, I wear two hearing aids, and I wanted to know if "
        "there's a loop in the auditorium or whether I'm better asking for a seat right at the front. "
        "My number's 07700 900412. Thanks very much, bye."),
    ("health", "sensitive", "email",
        "Subject line says it all really, I'm type 1 diabetic and I'll have my insulin pens, a "
        "glucose sensor on my arm and a bag of jelly babies and juice cartons. Last year security at "
        "a different venue binned my juice. Will that happen at Brightwater Arena? Order VT-610244. "
        "|| Agent: Hello Sam, medical supplies and the food and drink you need to manage your "
        "diabetes are allowed. Bring a letter or your prescription slip if you can, and tell the "
        "search team at gate B. I've added a note to your order. || Perfect, thank you. I'll print "
        "the letter."),
    ("health", "sensitive", "chat",
        "Customer: I'm autistic and the entry queues and noise are genuinely really hard for me, last "
        "time I had to leave before the doors even opened. Is there a quiet entrance or an early "
        "entry slot for the Kettle Yard show? || Agent: Yes, we run a low-sensory entry 30 minutes "
        "before doors. I can add that to your e-ticket now. || Customer: that would make such a "
        "difference, thank you"),
    ("health", "sensitive", "review",
        "3/5. Great line-up but the exit after the headliner was a crush. I had a full-blown panic "
        "attack by the merch tent and the stewards sat me down in first aid until I could breathe "
        "again, they were lovely. Please open more exits. || ValeTix reply: Thank you for this, and "
        "we're sorry the exit was so frightening. We've passed your feedback straight to the site "
        "team for next year's layout."),
    ("health", "sensitive", "call",
        "Customer: Hiya, I'm ringing about the Fellside 10k, I've got an entry for the Sunday. I "
        "broke my ankle at five-a-side on Saturday, I'm in a boot for six weeks so there's no chance. "
        "|| Agent: Oh no, I'm sorry to hear that. We can defer your place to next year's race at no "
        "charge, or refund minus the booking fee. || Customer: Defer please, I'll be back for it. || "
        "Agent: Done, you'll get an email in a few minutes."),
    ("health", "sensitive", "dm",
        "@ValeTix hi, bit of an odd one. I'm halfway through chemo and my immune system's on the "
        "floor, so I'd like seats on an aisle near the exit for the Lantern Theatre matinee and I'll "
        "be wearing a mask. Can you swap my seats on VT-702981?"),
    ("health", "sensitive", "agent_note",
        "Caller (Mrs Elaine Forsyth) booked Sunday brass band concert for herself and husband. "
        "Husband has early-onset dementia, gets disorientated in crowds. Requested companion seating "
        "together on the end of a row and asked that front-of-house staff not let him leave the hall "
        "alone. Note added to booking and passed to venue duty manager."),
    ("health", "sensitive", "email",
        "Hello, I have long Covid and since 2021 I can't stand for more than about ten minutes "
        "without my heart rate going through the roof (they're now saying POTS). The Foundry gig is "
        "standing only. Is there any chance of a seat at the side or on the balcony? I'd hate to miss "
        "it. Many thanks, Ruth Okonedo"),
    ("health", "sensitive", "web_form",
        "Access request | Name: Callum Reid | Condition (optional): multiple sclerosis | Blue Badge: "
        "yes | Needs: parking close to entrance, step-free route, somewhere to sit during the "
        "interval | Event: Shorefield Proms, 3 Aug"),
    ("health", "sensitive", "chat",
        "can i transfer my ticket to my sister? just been told i need an operation on the 9th "
        "(hernia, nothing scary) and i wont be fit to stand in a field for a while || Agent: Sorry to "
        "hear that! Yes, go to My Tickets > Transfer and enter her email. She'll need a ValeTix "
        "account. || done, she's got it. ta"),
    # ---- health, benign
    ("health", "benign", "email",
        "Hello, is the Hospital Radio Reunion show at the Barrowfield Playhouse on 2 November still "
        "going ahead? I saw a post saying the date might move and I've got four tickets on VT-118230. "
        "Thanks, Ken"),
    ("health", "benign", "chat",
        "the app keeps crashing every time I open My Tickets, honestly it's giving me a headache. "
        "iPhone, latest update. || Agent: Sorry about that! Could you log out, delete the app and "
        "reinstall? That clears a known cache bug. || that worked, cheers"),
    ("health", "benign", "web_form",
        "Enquiry type: General | Message: Before I book anything, where can I read the full "
        "accessibility information for Harbour Arena, e.g. step-free routes, lifts and the access "
        "booking process? I couldn't find it on the event page."),
    ("health", "benign", "review",
        "5 stars. The headliner was sick, absolutely mental set, crowd went insane for the encore. "
        "Bars were quick and the shuttle bus back to town actually ran on time for once. || ValeTix "
        "reply: Love to hear it! Thanks for coming and see you next summer."),
    ("health", "benign", "email",
        "Good afternoon, I'm the events coordinator for the St Aldhelm's Hospital staff social club. "
        "We'd like 40 stalls tickets for the panto on 18 December for our Christmas outing. Can you "
        "do a group rate and invoice the club rather than us paying individually? Regards, Bernadette "
        "Coyle"),
    ("health", "benign", "agent_note",
        "Cust asked whether there are first aid points at Saltmarsh. Confirmed two medical tents plus "
        "roaming medics and sent site map link. No other issue. Closed."),
    ("health", "benign", "sms",
        "Hi can I bring sun cream and an empty refillable bottle into the arena for the 12th? order "
        "55310"),
    ("health", "benign", "chat",
        "Customer: Does the Mind Over Matter wellness weekend include meals or is it just the "
        'workshops? The listing says "full board" but the price looks too low for that. || Agent: '
        "It's full board, breakfast, lunch and dinner are all included. The early-bird price is why "
        "it looks low! || Customer: Oh nice, booking now."),
    ("health", "benign", "voicemail",
        "Hi, it's Marcus calling about the Blind Date Live comedy night at the Cellar Bar. I bought "
        "two tickets but only one e-ticket came through to my email. Order VT-440917. Could someone "
        "ring me back on 07700 900238? Cheers."),
    ("health", "benign", "call",
        "Customer: I'm after tickets for the Deaf Pilot tribute night at the Roundhouse Bar, is it "
        "all standing? || Agent: It's standing with a few high tables at the back, first come first "
        "served. || Customer: Fine, two please on the card ending 4471."),
    ("health", "benign", "web_form",
        "Organisation: Northfield Mental Health Awareness Fun Run (registered charity) | Query: We "
        "want to list our 5k on ValeTix. How do organiser fees work for registered charities, and can "
        "we add an optional donation at checkout?"),
    ("health", "benign", "chat",
        "my phone's battery is on life support and I'm in the queue now, can you send the e-ticket to "
        "my email as a PDF? || Agent: Sent to the address on your account, check your inbox. || got "
        "it, you're a lifesaver"),
    ("health", "benign", "review",
        "4/5. Loo queues were insane by Saturday afternoon and the hand sanitiser stations were "
        "empty, but the food village was ace and the sound on the second stage was crisp. Would go "
        "again."),
    ("health", "benign", "agent_note",
        "Cust asked if ear plugs are sold on site. Yes, £2 at the info point and merch stand. Also "
        "asked about re-entry: not permitted after 21:00. Resolved."),
    ("health", "benign", "email",
        "Hi, I'd like to buy a gift voucher for the Sound Bath and Breathwork session at the Willow "
        "Barn for a colleague's leaving present. Can the voucher be open-dated, and can I add a "
        "message on it? Thanks, Noor"),
    # ---- children, sensitive
    ("children", "sensitive", "email",
        "Hi there, my daughter is 15 and desperate to go to Saltmarsh with three friends from school. "
        "Is she allowed in without an adult, or does one of us have to buy a ticket too? Thanks, "
        "Nicola Barnes"),
    ("children", "sensitive", "chat",
        "hi do under 2s need a ticket for the Tiny Tunes show? my little one is 18 months and will be "
        "on my lap the whole time || Agent: Under-2s go free on a lap, you don't need to book "
        "anything. Just mention it at the door. || amazing ty"),
    ("children", "sensitive", "agent_note",
        "Cust says her son (7) has a school trip on the Saturday, requested transfer of the child "
        "ticket on VT-401552 to the Sunday matinee. Swapped, no fee. Also asked for booster seat, "
        "noted."),
    ("children", "sensitive", "web_form",
        "Junior membership application | Child's name: Alfie Rowe | Date of birth: 03/06/2015 | "
        "School: Brookhurst Primary, Year 5 | Parent/guardian: Stacey Rowe | Email: "
        "stacey.rowe@example.com | Photo consent: No"),
    ("children", "sensitive", "sms",
        "hes turning 16 in may, does he still count as a child ticket for the july date or do i need "
        "adult? VT-380066"),
    ("children", "sensitive", "voicemail",
        "Hiya, this is Lorraine Fenwick, my twins Isla and Harvey are in Year 4 at Ashgrove and "
        "they're both singing in the school concert at the town hall on the twelfth. The school said "
        "to book through you but the site only lets me pick one child seat? 07700 900383, thanks."),
    ("children", "sensitive", "email",
        "Hello, we're bringing our 6-month-old to the afternoon session at Greenhollow. Do you sell "
        "baby ear defenders on site or should we buy our own? And is there anywhere quiet to feed "
        "her? Thanks, Tash and Ben"),
    ("children", "sensitive", "chat",
        "Customer: can my 13 year old have his own ValeTix account? he's got his own email and wants "
        "to buy his gig tickets himself with his pocket money || Agent: Account holders need to be 16 "
        "or over, so he'd need to be added as a guest on your account. || Customer: ah ok he won't be "
        "happy but fine"),
    ("children", "sensitive", "review",
        "5/5. Took our toddler to Puddle Jumpers Live at the Lantern. She's two and a half and she "
        "sat through the whole thing, which never happens. The bubble machine finale was magic. Buggy "
        "park was easy too. || ValeTix reply: That's lovely to hear, thanks for bringing her!"),
    ("children", "sensitive", "call",
        "Customer: I'm ringing because my son set up an account with his real date of birth and he's "
        "only 12. I didn't know until the email came. || Agent: Thanks for telling us. I can close "
        "the account and delete his data today. Can I take the email address? || Customer: it's "
        "jayden.k.2012@example.com || Agent: Done, you'll get a confirmation."),
    ("children", "sensitive", "email",
        "Hi, your photographer took pictures of my daughter at the Family Fun Day at Elmstead Park on "
        "Sunday and one of them is now on your Instagram. She's 8 and I never gave permission. Please "
        "take it down today. Thank you, Ravi Mehta"),
    ("children", "sensitive", "agent_note",
        "Minor (16, per provisional licence shown at door) tried to enter 18+ comedy show at the "
        'Cellar Bar on VT-622019. Refused entry. Parent (account holder) now requesting refund as "he '
        'didn\'t know". Refund declined per T&Cs, 50% credit offered as goodwill.'),
    ("children", "sensitive", "dm",
        "hiya do u do student discount im in year 11 and my mums said i can go to the foundry gig if "
        "its under 20 quid"),
    ("children", "sensitive", "web_form",
        "School concert booking | Pupil name: Maisie Okafor | Year group: Year 2 | Class: Hedgehogs | "
        "Performing: Yes, choir | Tickets required: 2 adults (parent + grandparent) | Any access "
        "needs: none"),
    ("children", "sensitive", "chat",
        "is there baby changing at Brightwater Arena? || Agent: Yes, on every level next to the "
        "accessible toilets. || great, he's 4 months so we'll be needing it lol. and can we bring a "
        "sling in?"),
    ("children", "sensitive", "email",
        "Good morning, our baby is due to be about seven weeks old at the time of the outdoor opera. "
        "Can we bring a pram onto the lawn, and would we be able to sit near the back in case she "
        "cries? Many thanks, Hannah and Joe Tierney"),
    ("children", "sensitive", "voicemail",
        "Hello, it's Beverley from Little Acorns nursery, I'm ringing on behalf of Ruby Shaw's mum "
        "who's at work. Ruby's three and her mum's booked the panto for Saturday but Ruby's got the "
        "name wrong on the e-ticket, it says Rudy. Could that be changed? Mum's number is 07700 "
        "900719. Thanks."),
    ("children", "sensitive", "sms",
        "Can I add a kids ticket for Jayden to my order, hes 10, for the fireworks on the 5th? "
        "VT-251300"),
    ("children", "sensitive", "agent_note",
        "Cust querying child price. Daughter is 11 (DOB 22/09/2013), child rate applies under 12 on "
        "event date. Amended ticket type and refunded difference £9.50."),
    ("children", "sensitive", "review",
        "4/5. My 9 year old cried at the end of the puppet show because the dragon didn't come back, "
        "so take tissues. Great production, perfect length for his age. Seats were a bit cramped."),
    ("children", "sensitive", "chat",
        "Customer: my daughter has a ticket for the Year 6 leavers disco you're selling for Oakridge "
        "Primary but her name's spelt wrong, it's Evie not Evey. Do I need to reorder? || Agent: No, "
        "I can correct it. Which order? || Customer: VT-290018 || Agent: Fixed, she'll be on the door "
        "list as Evie Brennan."),
    ("children", "sensitive", "email",
        "Hi, I want to ask about your age policy. My son is 17 and a half, he'll be 18 two weeks "
        "after the festival. He's going with his uncle. Is that allowed if his uncle is over 21? "
        "Regards, Imelda Quinn"),
    ("children", "sensitive", "call",
        "Customer: It's about the junior football camp tickets. My boy's in the under-9s at Hetherley "
        "Rovers and the coach said we book through ValeTix. || Agent: Yes, that's listed under "
        "Hetherley Rovers Summer Camp. Would you like me to book it? || Customer: Yes, for Oscar "
        "Liddle, he's eight. || Agent: Booked, confirmation is on its way."),
    ("children", "sensitive", "web_form",
        "Lost property report | Item: purple school jumper, Fernbrook Primary logo, name tag "
        '"Lily-Mae Cross 3B" | Lost at: Christmas family show, Lantern Theatre, 14 Dec | Contact: '
        "07700 900865"),
    ("children", "sensitive", "agent_note",
        "Organiser (St Columba's Youth Choir) rang: a chorister, Anya Petrova (14), is listed on the "
        "public programme download with her full name and school. Parents asked for removal. "
        "Programme PDF replaced with first names only."),
    ("children", "sensitive", "dm",
        "@ValeTix my kid turns 5 on the day of the dino show, can you put her name up on the screen "
        "at the start? her name's Willow"),
    ("children", "sensitive", "email",
        "Hi, my stepson is 14 and we've got him a ticket to the Harbour Arena gig but he'll be in the "
        "standing area with his older brother who's 19. Does that count as accompanied? Order "
        "VT-318870. Cheers, Darren"),
    ("children", "sensitive", "chat",
        "Customer: is the toddler area at the family festival suitable for a baby who can't walk yet? "
        "she's only 9 months || Agent: Yes, there's a soft-play zone for under-2s with mats. || "
        "Customer: lovely, thank you"),
    ("children", "sensitive", "voicemail",
        "Hi, this message is for the box office. My son Zak is in Year 8 at Kingsmead, he's got a "
        "ticket for the school trip to the Shakespeare matinee but he's come down with a sickness bug "
        "so he won't be going. Can the school still get the refund? I'm his mum, 07700 900902."),
    ("children", "sensitive", "sms",
        "my daughter is 16 can she use her student card as ID for the 14+ event or does she need a "
        "passport"),
    ("children", "sensitive", "review",
        "3/5. The family rave was fun but way too loud for a six year old even with ear defenders. My "
        "son was covering his ears after ten minutes. Maybe a quieter zone next time? || ValeTix "
        "reply: Thanks for the feedback, we'll pass the volume concern to the organiser."),
    ("children", "sensitive", "web_form",
        "Name: Ffion Lloyd | Order: VT-505431 | Query: I booked a child ticket for my nephew who is 4 "
        "but it's been charged as adult. He's under 5 so should be free. Please refund the £12."),
    ("children", "sensitive", "email",
        "Hello, I'm booking the family weekend pass and need to enter my children's dates of birth "
        "for the kids' club wristbands. Tom is 17/03/2017 and Grace is 02/11/2019. The form keeps "
        "erroring on the second one. Can you add them for me? Thanks, Sophie"),
    ("children", "sensitive", "agent_note",
        "Cust (grandparent) bought tickets for granddaughter Poppy (age 10) and friend to attend the "
        "pop concert unaccompanied. Advised under-14s must be accompanied by an adult 18+. Cust to "
        "buy additional adult ticket."),
    ("children", "sensitive", "chat",
        "hey can a 15 year old work as a volunteer litter picker at Greenhollow? my son wants to do "
        "it for his DofE || Agent: Volunteers need to be 16+, sorry. There's a youth programme with "
        "the Scouts on the family day though. || ah ok, he's 16 in august so maybe next year"),
    ("children", "sensitive", "call",
        "Customer: My daughter's in Year 10 and she's doing her GCSE drama so the school's taking the "
        "class to see the play, but she's asking if she can sit with me because I've booked "
        "separately. || Agent: The school has its own block, but I can swap your seats to the row "
        "behind. || Customer: that'd be great, her name's Chloe Adebayo."),
    ("children", "sensitive", "email",
        "Hi, just to check, our son Rhys is 11 and has a place in the junior drumming workshop at the "
        "Foundry on Saturday. The confirmation says drop-off at 9:45. Does he need to bring his own "
        "sticks? Thanks, Gwen"),
    ("children", "sensitive", "dm",
        "pls can you change the name on my ticket to my sons name, its Leo, hes 12 and going with his "
        "dad instead of me. VT-630041"),
    ("children", "sensitive", "review",
        "5/5. Our little man had his third birthday at the farm show and the staff sang to him. He "
        "hasn't stopped talking about the tractor. Thank you so much! || ValeTix reply: Happy "
        "birthday to him! Thanks for letting us know."),
    ("children", "sensitive", "voicemail",
        "Hi, it's Jamal, I've got two kids' tickets for the circus, my girls are six and eight. The "
        "younger one's booster seat won't be allowed in, is that right? Ring me back please, 07700 "
        "900274."),
    ("children", "sensitive", "web_form",
        "Photo consent form | Child: Noah Whitcombe | Age: 7 | Event: Seaside Sandcastle Championship "
        "| Consent for ValeTix/organiser to publish photos: No | Consent for internal use: Yes | "
        "Signed: K. Whitcombe (mother)"),
    ("children", "sensitive", "chat",
        "Customer: we have a newborn, born on the 2nd, and I have a ticket for the comedy night on "
        "the 20th. can I bring him in a sling or is it no babies? || Agent: Under-1s aren't admitted "
        "to evening comedy at that venue, sorry. I can swap you to the baby-friendly matinee. || "
        "Customer: yes please!"),
    ("children", "sensitive", "email",
        "Dear ValeTix, my granddaughter Matilda is 13 and will be taking part in the youth "
        "orchestra's spring concert. I'd like to buy her a programme with her name printed in it as a "
        "keepsake. How do I order that? Best wishes, Eileen"),
    ("children", "sensitive", "agent_note",
        "Cust reports her daughter (Year 9) was sold a ticket to the 18+ club night at the Foundry "
        "via the resale page by another teenager. Daughter did not attend. Refund approved, seller's "
        "listing removed, account reviewed."),
    ("children", "sensitive", "sms",
        "Hi, Poppy-Rose's nursery said the Christmas panto trip is booked through you, she's 3 and "
        "we'd like to join as parents, can we book seats next to the nursery group?"),
    ("children", "sensitive", "call",
        "Customer: I've got a teenager, he's fifteen, who's desperate to go to the drum and bass "
        "night. It says 14 plus with an adult. Does the adult have to stay with him the whole time? "
        "|| Agent: Yes, within the same area. || Customer: Right, I'll be the embarrassing dad in the "
        "corner then."),
    ("children", "sensitive", "chat",
        "can i get a refund for my sons ticket to the school play, hes been excluded for the week so "
        "he cant go. hes in year 7 at Fellbridge Academy. order VT-811204"),
    ("children", "sensitive", "email",
        "Hi, my daughter Amelie (she's 10) won your colouring competition for the Summer Fair "
        "programme cover! The email asks for her full name, age and school for the credits. Is it ok "
        "if we just put her first name? Thanks, Claire"),
    ("children", "sensitive", "review",
        "2/5. Booked the baby sensory class for my 4-month-old and it was cancelled at the door with "
        "no warning. We'd travelled 40 minutes with a newborn, not impressed. || ValeTix reply: We're "
        "very sorry. A full refund has gone back to your card and the organiser has been contacted."),
    ("children", "sensitive", "web_form",
        "Child ticket ID check | Child name: Kai Andersson | Age on event day: 15 | ID type: school "
        "ID card | School: Marlow Grange Academy | Accompanying adult: Liv Andersson (mother)"),
    # ---- children, benign
    ("children", "benign", "email",
        "Good morning, I'm the school business manager at Ashgrove Primary. We'd like to sell tickets "
        "for our summer concert through ValeTix: 220 seats in the hall, £3 adults, free for pupils. "
        "Can the organiser account be set up in the school's name? Regards, Mrs Ogunleye"),
    ("children", "benign", "chat",
        "do you sell kids' ear defenders at the arena or do I need to buy them beforehand? || Agent: "
        "We sell them at the merch stand for £8, or you can bring your own. || ok cool thanks"),
    ("children", "benign", "web_form",
        "Enquiry type: Policy | Message: What's the age policy for the Harbour Arena standing area? "
        "Is there a minimum age, and do under-16s need to be with an adult? Asking before I recommend "
        "the gig to a friend."),
    ("children", "benign", "review",
        "5/5. Children of the Tide was a stunning bit of theatre, the puppetry in the storm scene was "
        "incredible. Stalls seats had great sightlines. || ValeTix reply: Thank you! We'll pass your "
        "kind words to the company."),
    ("children", "benign", "agent_note",
        "Organiser (Little Acorns Holiday Clubs Ltd) asked to add a new Easter session listing, "
        "capacity 40, £15 per place. Listing created and published. Organiser happy."),
    ("children", "benign", "sms",
        "is there a family ticket for the fireworks or do I buy them all separately? looking at 2 "
        "adults 2 kids"),
    ("children", "benign", "email",
        "Hello, the Kidderminster Players are staging Playground Rebels: the Musical in March. We'd "
        "like to use your reserved seating and sell programmes at checkout. Could you send pricing "
        "for organisers? Thanks, Graham (treasurer)"),
    ("children", "benign", "chat",
        "Customer: Is the Nursery Rhyme Rave suitable for all ages or is it strictly a baby/toddler "
        "thing? || Agent: It's aimed at under-5s and their grown-ups, but everyone's welcome. || "
        "Customer: Great, I'll tell my book club, they're wild."),
    ("children", "benign", "voicemail",
        "Hi, it's Sue from the 3rd Fellbridge Scouts, we're booking a group of 24 plus 6 leaders for "
        "the science show on the 28th and need one invoice for the group. Call me back on 07700 "
        "900188, thanks."),
    ("children", "benign", "call",
        "Customer: Do you do a buggy park at the Lantern Theatre? I'm writing the FAQ for our "
        "playgroup's newsletter. || Agent: Yes, there's a buggy park in the foyer, staffed during "
        "performances. || Customer: Lovely, thank you."),
    ("children", "benign", "review",
        "3/5. The Paper Children were good live but the support act dragged on forever. Venue was hot "
        "and the bar queue was a nightmare."),
    ("children", "benign", "web_form",
        "Organisation: Fernbrook Youth Orchestra (registered charity) | Query: We're setting up our "
        'spring concert on ValeTix. Can we offer a "pay what you can" option alongside fixed prices?'),
    ("children", "benign", "agent_note",
        "Cust asked whether highchairs are available in the food court at Brightwater. Yes, 12 "
        "available, first come first served. Also asked about baby changing: on all levels. Closed."),
    ("children", "benign", "chat",
        "no kidding, I've refreshed 30 times and the Saturday tickets are still showing as sold out "
        "but the organiser just tweeted more were released?? || Agent: They're releasing in batches, "
        "the next is at 12:00. || ok setting an alarm"),
    ("children", "benign", "email",
        "Hi, I'm buying a £50 gift voucher to donate as a raffle prize for the Bumps and Babies "
        "charity ball. Can I get it in a printed card rather than a PDF? Thanks, Aoife"),
    ("children", "benign", "dm",
        "@ValeTix when do Toddler Takeover dates for spring come out? Asking for our mums' WhatsApp "
        "group, everyone wants to book together. || Agent: Spring dates drop on 1 February. We'll "
        "post them here too!"),
    ("children", "benign", "sms",
        "hey is the under-5s free rule for the farm show or do babies need a £0 ticket to get in? "
        "want to book right"),
    ("children", "benign", "web_form",
        "Enquiry type: Organiser account | Message: I run a children's party entertainer business "
        "(Captain Confetti). Can I sell tickets for a public magic show through ValeTix without a "
        "venue contract?"),
    ("children", "benign", "review",
        "4/5. Went to the Childish Things comedy tour. Some bits were a bit crude for my taste but "
        "overall funny. Lantern Theatre is a gorgeous venue."),
    ("children", "benign", "call",
        "Customer: Hello, I'm calling from Oakridge Primary's office. We need to change the start "
        "time of the Year 6 leavers' show listing from 6pm to 6:30. || Agent: I can do that. Do you "
        "want customers emailed? || Customer: Yes please."),
    ("children", "benign", "chat",
        "Customer: is the family festival cashless? I want to set up a wristband with a spending "
        "limit for each person in our group || Agent: Yes, it's cashless. Each wristband can have its "
        "own top-up and limit in the app. || Customer: perfect"),
    ("children", "benign", "agent_note",
        "Cust asked if child tickets need to be printed or whether the e-ticket covers everyone. "
        "Explained all tickets on one e-ticket QR. Closed."),
    ("children", "benign", "email",
        "Dear ValeTix, I teach at a secondary school and I'm looking to take a Year 12 drama class to "
        "see a matinee. Do you offer education group rates and do teachers go free? Kind regards, Mr "
        "Hallworth"),
    ("children", "benign", "voicemail",
        "Hello, calling from Kingsmead Academy's finance office. We paid for the school trip tickets "
        "twice, two transactions of £412 on the fourteenth. Could someone look at that and ring 07700 "
        "900630. Thanks."),
    ("children", "benign", "dm",
        "@ValeTix the Baby Grand piano recital, is it in the main hall or the studio? Ticket doesn't "
        "say. || Agent: It's in the Studio, entrance on Mill Lane."),
    ("children", "benign", "web_form",
        "Name: Gareth Mills | Order: VT-377204 | Query: I bought the Family Fun Day bundle but the "
        "parking pass didn't come through with the tickets. Can you resend?"),
    ("children", "benign", "chat",
        'the seat plan for the school orchestra night shows the whole front row as "reserved for '
        'performers\' families", can i still book row B? || Agent: Yes, row B is on general sale. || '
        "great ta"),
    ("children", "benign", "review",
        "5/5. Kid Kaleidoscope's DJ set at the Oak Stage was the highlight of my weekend. Never heard "
        "of them before, now I'm obsessed. || ValeTix reply: A new favourite! Thanks for sharing."),
    ("children", "benign", "email",
        "Hi, I run the Saturday stall for Hatchling Baby Goods at the Elmstead craft fair. Could my "
        "trader pass be reissued? The old one has last year's date on it. Thanks, Mel"),
    ("children", "benign", "agent_note",
        "Organiser (Fellbridge Academy PTA) asked how to issue free complimentary tickets for the "
        "summer fair raffle winners. Walked through comps tool. Done."),
    ("children", "benign", "chat",
        'Customer: what\'s the difference between the "junior" and "child" price at the football camp '
        "listing? || Agent: Child is 5-11, junior is 12-15. || Customer: got it, I'll let the club "
        "know the website's confusing."),
    ("children", "benign", "sms",
        "Are the kids' activity tents at Greenhollow included in the weekend ticket or extra? Trying "
        "to budget"),
    ("children", "benign", "email",
        "Good afternoon, Castle Mead Primary PTA here. We'd like a refund of the unsold school disco "
        "tickets we pre-paid as an organiser deposit. Reference ORG-5521. Many thanks, Philippa Grant "
        "(PTA chair)"),
    ("children", "benign", "review",
        "2/5. Playground Rebels was loud and cheesy. Adults in front of me talked all the way "
        "through. Not for me."),
    ("children", "benign", "voicemail",
        "Hi, it's Owen at the Little Explorers museum cafe. We're doing a kids' science morning on "
        "the 10th and want to put it on ValeTix, can someone walk me through making a listing? 07700 "
        "900351."),
    ("children", "benign", "web_form",
        "Enquiry type: Accessibility (general) | Message: Do you have a changing places toilet at the "
        "Lantern Theatre, and is there space for a large pushchair in the foyer? Writing it up for a "
        "parents' blog review."),
    ("children", "benign", "chat",
        "does the panto have a relaxed performance this year? asking for our school's SEN coordinator "
        "who's planning a trip || Agent: Yes, Thursday 19 Dec at 1pm. || thanks I'll pass it on"),
    ("children", "benign", "agent_note",
        "Youth theatre group organiser requested change of performance poster image. New image "
        "uploaded (cast silhouette, no faces). Confirmed."),
    ("children", "benign", "email",
        "Hi, is the child price for the Dinosaur Discovery show for ages 2-12 inclusive? The page "
        "says 2-12 in one place and 3-11 in another. Just want to get it right before I advertise it "
        "to our nursery parents. Thanks, Lucy (office)"),
    ("children", "benign", "dm",
        "lol the teenagers behind me at the gig last night were more into their phones than the band. "
        "anyway can I get a receipt for order VT-299030? || Agent: Receipt sent to your email!"),
    ("children", "benign", "call",
        "Customer: I want to buy tickets for the Kids Aren't Alright punk night, is it over-18s? || "
        "Agent: It's 18+, ID checked at the door. || Customer: Cool, two please."),
    ("children", "benign", "web_form",
        "Organisation: Hetherley Rovers Juniors FC | Query: We want to sell places for our summer "
        "football camp (ages 5-15) with sibling discounts. Does your organiser dashboard support "
        "multi-ticket discounts?"),
    ("children", "benign", "review",
        "4/5. Went to the Tiny Tunes show as the grown-up for a friend's group. Sweet, short, well "
        "organised. Parking was a pain."),
    ("children", "benign", "sms",
        "hi can u resend my tickets for the school christmas concert, order VT-601227, the email went "
        "to spam and got deleted"),
    ("children", "benign", "chat",
        "Customer: the kids' meal deal at the arena, is that bookable in advance? || Agent: Yes, add "
        "it at checkout under extras. || Customer: oh nice, didn't see that"),
    ("children", "benign", "email",
        "Hi, our youth club (Riverside Youth Project) has a block booking for the ice show. We've had "
        "two cancellations among the group and want to return two tickets. Booking ref VT-588911. "
        "Thanks, Dev (youth worker)"),
    ("children", "benign", "agent_note",
        "Organiser (Marlow Grange Academy) asked to cap the school musical at 4 tickets per order. "
        "Set max per order to 4."),
    ("children", "benign", "voicemail",
        "Hiya, it's about the Sandcastle Championship, the listing says buckets and spades provided "
        "but is there a prize for the under-10s category or just one overall winner? Ring me on 07700 "
        "900472. Ta."),
    ("children", "benign", "email",
        "Hi, we're running a Kids Go Free promotion for the aquarium lates in half term. As the "
        "organiser, can we set up a code that zeroes the child price but keeps the booking fee? "
        "Thanks, Petra (Deepwater Aquarium events)"),
    ("children", "benign", "chat",
        "Customer: our office junior normally books the Christmas do but she's on leave, so it's me. "
        "Can I pay for 30 seats at the comedy club on the company card and get a VAT invoice? || "
        'Agent: Yes, tick "business purchase" at checkout and add the company details. || Customer: '
        "lifesaver, thanks"),
    # ---- financial_hardship, sensitive
    ("financial_hardship", "sensitive", "email",
        "Hi, I bought the Saltmarsh weekend on your pay-in-4 plan back in February. I was made "
        "redundant last month and the third instalment bounced. I honestly can't cover it right now. "
        "Is there any way to pause it, or cancel and get back what I've paid so far? Order VT-214660. "
        "Thanks, Kieran || Agent: Hi Kieran, sorry to hear about your job. I can pause the plan for "
        "30 days with no late fee, or cancel and list the ticket on resale so you get your "
        "instalments back if it sells. Which would you prefer? || Resale please. Thanks for being "
        "decent about it."),
    ("financial_hardship", "sensitive", "chat",
        "i got a letter from a debt collection agency saying i owe ValeTix £186 from a failed payment "
        "plan from 2022?? i didnt even know it had failed. i cant pay that in one go, im on universal "
        "credit || Agent: I'm sorry about the stress this has caused. I can see the account and I'll "
        "ask our credit team to put the collection on hold and contact you about an affordable "
        "arrangement. || ok thank you"),
    ("financial_hardship", "sensitive", "agent_note",
        "Cust requested refund on non-refundable tickets (VT-388912, £124). States she's been served "
        "an eviction notice and needs every penny for a deposit. Not eligible under policy, but "
        "approved 100% credit-to-card as hardship goodwill (auth: team lead R. Baines). Cust very "
        "grateful."),
    ("financial_hardship", "sensitive", "sms",
        "hi sorry i know its non refundable but i lost my job on friday and i genuinely cant afford "
        "to go to the retreat now. could you put it on resale for me? VT-74015"),
    ("financial_hardship", "sensitive", "web_form",
        "Refund request | Name: Sharon Eddowes | Order: VT-640190 | Reason: Financial hardship | "
        "Details: My husband's business has gone under and we've been declared bankrupt. The Official "
        "Receiver has told us to cancel non-essential spending. Please refund if at all possible."),
    ("financial_hardship", "sensitive", "voicemail",
        "Hi, it's Gary Thorne, account ending 2287. Your payment plan's taken £45 out and left me "
        "overdrawn and now I can't pay my rent this week. I'm on PIP and ESA, I haven't got a buffer. "
        "Please ring me, 07700 900531, I need that money back."),
    ("financial_hardship", "sensitive", "call",
        "Customer: I need to cancel the gig tickets, I've got bailiffs coming round about council tax "
        "arrears and I need the money. || Agent: I'm sorry you're in that situation. The event allows "
        "resale; I can list them for you now. || Customer: How long until I get the money? || Agent: "
        "Within five days of them selling. They're in demand, so it should be quick."),
    ("financial_hardship", "sensitive", "email",
        "To ValeTix, I'm writing to ask for my payment plan to be frozen. I've entered an IVA "
        "(individual voluntary arrangement) and my insolvency practitioner has told me I mustn't make "
        "payments to unsecured creditors outside the arrangement. Ref VT-522901. Regards, Danuta "
        "Kowal"),
    ("financial_hardship", "sensitive", "review",
        "2/5. Had to sell my festival ticket because my hours got cut to nothing on my zero-hours "
        "contract and I was behind on everything. The resale took three weeks to pay out, which is a "
        "long time when you're using food banks. || ValeTix reply: We're sorry to hear that. We've "
        "passed your comments about payout times to the resale team."),
    ("financial_hardship", "sensitive", "dm",
        "honestly so embarrassed asking but my direct debit for the payment plan is due tomorrow and "
        "theres nothing in my account, im waiting on a payday loan to clear. can you move the date by "
        "a week?"),
    ("financial_hardship", "sensitive", "agent_note",
        "Caller (Mr D. Ansah) disputes £72 cancellation fee. Explained fee. He said he's been signed "
        "off work and his sick pay has ended, living on savings, can't pay. Fee waived as hardship "
        "exception. Noted on account."),
    ("financial_hardship", "sensitive", "chat",
        "Customer: can I swap my VIP ticket down to general admission and get the difference back? "
        "things are really tight, I've got a CCJ from last year and I'm trying to clear it || Agent: "
        "Yes, I can downgrade you and refund £85. || Customer: thank you so much"),
    ("financial_hardship", "sensitive", "email",
        "Hello, my partner and I booked the family weekend months ago but we've since lost our home "
        "and are in temporary accommodation with the council. We obviously won't be going. Is there "
        "any hardship refund available? Order VT-331774. Thank you, Kerry-Ann"),
    ("financial_hardship", "sensitive", "web_form",
        "Organiser support | Organisation: The Blue Lantern Comedy Night | Message: I personally "
        "guaranteed the venue fee and sales have been awful. I'm now in arrears with my mortgage "
        "lender. Can ValeTix release the ticket revenue early so I can pay the venue?"),
    ("financial_hardship", "sensitive", "sms",
        "my card got declined bc im over my limit and my bank has frozen it, got a debt management "
        "plan starting. can i pay the last £30 of the payment plan in cash anywhere?"),
    ("financial_hardship", "sensitive", "voicemail",
        "Morning, it's Alison, I'm calling about my mum's payment plan, she's 78 and she's got "
        "herself in a lot of debt with catalogues and now this, she's got a letter from a collector. "
        "She can't pay it. My number's 07700 900617."),
    ("financial_hardship", "sensitive", "chat",
        "Customer: hiya just checking, if I cancel now do I get the whole £60 back? I'm on jobseekers "
        "and I shouldn't really have booked it || Agent: You can cancel within 14 days of purchase "
        "for a full refund, and you're within that window. || Customer: do it please"),
    ("financial_hardship", "sensitive", "call",
        "Customer: The refund you sent went back to a card that's been closed. The bank closed it "
        "because it went into default. || Agent: Refunds to closed cards usually get forwarded by the "
        "bank, but if not I can send a cheque. || Customer: A cheque please, I've only got a basic "
        "account now."),
    ("financial_hardship", "sensitive", "agent_note",
        "Cust emailed from work email asking not to be contacted on mobile. States he's behind on his "
        "phone bill and it's been cut off. Updated contact preference to email only. No other issue."),
    ("financial_hardship", "sensitive", "email",
        "Hi, I'm a full-time carer for my brother and our carer's allowance doesn't stretch to the "
        "£180 I committed on the payment plan. I'd like to cancel the remaining payments and give up "
        "the ticket. Order VT-477023. Sorry for the hassle. Bryony"),
    # ---- financial_hardship, benign
    ("financial_hardship", "benign", "email",
        "Hi, my card was declined three times when I tried to buy the Harbour Arena tickets, but my "
        "bank says there's no block. Is there a problem with your payment page? I'm using a Monzo "
        "card. Thanks, Lewis || Agent: Hi Lewis, some banks need you to approve the payment in their "
        "app. Try again and watch for the prompt. || That was it, all done."),
    ("financial_hardship", "benign", "chat",
        "I've been charged twice for the same order, VT-508811, two £64 transactions on my statement "
        "|| Agent: I can see one completed order and one that timed out. The second charge is a "
        "pending authorisation and will drop off in 3-5 working days. || ok cool"),
    ("financial_hardship", "benign", "web_form",
        "Enquiry type: Payments | Message: Do you offer pay in instalments for the Greenhollow "
        "weekend tickets? If so, what's the deposit and are there any interest charges?"),
    ("financial_hardship", "benign", "review",
        "4/5. Broke & Bougie was my favourite comedy night this year, the bit about budget airlines "
        "had me in tears. Booking fees are steep though. || ValeTix reply: Glad you enjoyed it! We've "
        "shared your feedback on fees."),
    ("financial_hardship", "benign", "agent_note",
        "Cust asked why the price increased between basket and checkout. Explained dynamic pricing "
        "for the Saturday and that booking fee is added at checkout. Cust accepted."),
    ("financial_hardship", "benign", "sms",
        "the booking fee is bankrupting me lol, any chance of a code for the friday comedy night?"),
    ("financial_hardship", "benign", "email",
        "Hi, could you send a VAT invoice for our company purchase of 12 conference passes? Order "
        "VT-690032, company name Lindqvist Engineering Ltd. Our finance team needs it for the "
        "quarter-end. Thanks, Sam"),
    ("financial_hardship", "benign", "call",
        "Customer: Hi, I bought tickets in euros by accident on the Irish site and got hit by a "
        "conversion fee. || Agent: Sorry about that. I can refund and rebook in pounds, the fee "
        "should come back from your bank. || Customer: Great."),
    ("financial_hardship", "benign", "chat",
        "Customer: when will my refund for the cancelled outdoor cinema come through? It's been 6 "
        "days || Agent: Refunds take up to 10 working days; yours was processed on the 3rd. || "
        "Customer: ok, I'll give it a few more days."),
    ("financial_hardship", "benign", "voicemail",
        "Hi, this is Ruth from the accounts team at Pennant Brewing. We've got an invoice from you "
        "for the sponsorship package but the PO number's missing, so our system won't pay it. Could "
        "you reissue it? 07700 900990."),
    ("financial_hardship", "benign", "dm",
        "@ValeTix is there a student discount for the Lantern Theatre season? would love to go but "
        "£40 a ticket is a lot || Agent: Yes! Students get £15 tickets on Tuesday and Wednesday "
        "performances with a valid NUS card."),
    ("financial_hardship", "benign", "web_form",
        "Organiser account | Organisation: Debt Collector (comedy duo) | Query: When will we get paid "
        "for ticket sales from our October shows? The payout schedule in the dashboard shows "
        '"pending".'),
    ("financial_hardship", "benign", "review",
        "3/5. The Cost of Living Crisis Cabaret was sharp and funny but the second half dragged. Bar "
        "prices were criminal though, £7.50 a pint."),
    ("financial_hardship", "benign", "email",
        "Good afternoon, I used a gift voucher for part of my order and paid the rest by card. Now "
        "I've had to cancel, where does the refund go? Order VT-413228. Thank you, Maureen"),
    ("financial_hardship", "benign", "chat",
        'can i pay with apple pay on the app? keeps saying "payment method not supported" || Agent: '
        "Apple Pay works on iOS 16+. Could you update and try again? || yep that fixed it"),
    ("financial_hardship", "benign", "sms",
        "Hi is it possible to pay for the coach add-on separately from the festival ticket? I already "
        "bought the ticket last month. VT-230197"),
    ("financial_hardship", "benign", "call",
        "Customer: I'm setting up a payment plan and it's asking for a deposit, how much is it? || "
        "Agent: It's 25% upfront and then three monthly payments. || Customer: And if I want to pay "
        "it all off early? || Agent: You can, no fee."),
    ("financial_hardship", "benign", "email",
        "Hi, I'm writing for the Bankrupt! The Musical company. Our listing is showing the old price "
        "of £22 rather than the new £20. Could you amend before the weekend? Organiser ID 44019. "
        "Thanks, Patrick"),
    ("financial_hardship", "benign", "voicemail",
        'Hiya, it\'s Jade, I was charged a £2.50 "transaction fee" on top of the booking fee for the '
        "Foundry gig and I don't understand what it's for. Can someone explain? 07700 900213."),
    ("financial_hardship", "benign", "web_form",
        "Enquiry type: Payments | Message: My company card has a single-transaction limit of £500. "
        "Can I split a £900 group booking into two payments on the same order?"),
    # ---- legal, sensitive
    ("legal", "sensitive", "email",
        "Hi, this is delicate. I have a non-molestation order against my ex-partner and I've just "
        "seen on Facebook that he's going to the same Shorefield Proms night I've booked (VT-381276). "
        "I'm not asking you to do anything to him, but can I move to a different night or get a "
        "refund? I have a copy of the order if you need it. || Agent: Hi Lauren, I'm really sorry "
        "you're dealing with this. I've moved you to the Friday performance at no cost and you don't "
        "need to send any paperwork. Your new e-tickets are in your account. Take care, Meera"),
    ("legal", "sensitive", "agent_note",
        "Cust called re Saltmarsh weekend ticket VT-229001. States he was arrested on site Sat night "
        "(dispute at the bar), held overnight and released under investigation, wristband cut off by "
        "police. Wants refund for Sunday. Explained T&Cs: no refund where ejected. Cust unhappy, says "
        "his solicitor will be in touch. Escalated to Customer Relations."),
    ("legal", "sensitive", "web_form",
        "Refund request | Name: Tomasz Wrobel | Order: VT-605512 | Reason: I have been called as a "
        "defendant to Marlow Crown Court, trial starts 10 March and runs two weeks, so I will miss "
        "the conference. Letter from court attached. Please refund or move to next year."),
    ("legal", "sensitive", "sms",
        "hi my tickets were nicked out of my email after my account got hacked, ive reported it to "
        "police crime ref WX/2231/24, can you cancel them and reissue? order 90442"),
    ("legal", "sensitive", "call",
        "Customer: My husband and I are in the middle of a divorce and the account's in his name but "
        "I paid for half the tickets. || Agent: I understand. Who's the account holder on VT-312870? "
        "|| Customer: Him. My solicitor says I'm entitled to two of the four, can you split them out? "
        "|| Agent: I can't move them without the account holder's consent, but I can send both of you "
        "a transfer link to agree it between you."),
    ("legal", "sensitive", "chat",
        "Customer: I applied to volunteer as a steward at Greenhollow and got an email saying my DBS "
        "check came back with something on it. It's a conviction from 2011, it's spent. Does that "
        "mean I'm out? || Agent: I'm sorry, volunteer vetting is handled by the festival's own team, "
        "not us. I'll pass your message to them. || Customer: ok thanks"),
    ("legal", "sensitive", "email",
        "Dear ValeTix, I act for Mr Daniel Achebe in his personal injury claim against the organiser "
        "of the Riverside Beer Festival following his fall on 14 June. Please preserve all booking "
        "records, entry scan logs and correspondence for order VT-471930 pending disclosure. Yours "
        "faithfully, Harriet Lowe, Lowe & Finch Solicitors (hlowe@lowefinch.example.com)"),
    ("legal", "sensitive", "voicemail",
        "Hello, my name's Sandra Beckett. My son was refused entry at the Kettle Yard gig because his "
        "name matched someone with a banning order, I think it's a football thing, but it wasn't him, "
        "it's a different Kyle Beckett. He's 24. We've been to the police station to get it sorted. "
        "Can someone call me on 07700 900557 please."),
    ("legal", "sensitive", "dm",
        "Not happy. I'm taking ValeTix to the small claims court over the £340 for the cancelled "
        "Elmstead weekender. Filed my claim online this morning, you'll be getting the papers. You "
        "had six weeks to refund me."),
    ("legal", "sensitive", "agent_note",
        "Police request received (Wessex Constabulary, officer PC 4471 Hanley) for booking details of "
        "VT-520019 in relation to an ongoing assault investigation at the Harbour Arena on 3 May. "
        "Account holder: Mr J. Penrose. Forwarded to Data Protection Officer, not disclosed to caller "
        "pending formal request."),
    ("legal", "sensitive", "email",
        "Hi, I'm on bail with a curfew (tag) until my hearing in September, 7pm to 7am, so I can't "
        "actually do the evening show I bought. Is there a matinee of the same tour I could swap to? "
        "Order VT-688103. I'd rather not say more. Thanks, Rob"),
    ("legal", "sensitive", "web_form",
        "Ticket transfer | From: Aisha Rahman | To: Connor Rahman | Reason: Separated, divorce being "
        "finalised. Court order says the children's tickets and the family membership go to him. "
        "Please move the membership VTM-30219 to his account. Email: connor.r@example.org"),
    ("legal", "sensitive", "chat",
        "quick question, my probation officer has to approve travel outside the county and the "
        "festival's in Devon. if she says no can i get a refund or is that my problem || Agent: It "
        "wouldn't fall under our refund policy, but you can resell or transfer through the app up to "
        "48 hours before. || ok fair enough"),
    ("legal", "sensitive", "review",
        "1/5. Got chucked out of Greenhollow because security decided my mate and I were dealing, "
        "which we weren't. Police searched us, found nothing, no charge, and still no refund and no "
        "apology. Have a complaint in with the police about the search as well."),
    ("legal", "sensitive", "email",
        "To whom it may concern, I'm an immigration caseworker at Harbourside Law Centre. My client "
        "Mr Yonas Tesfaye is unable to attend his Brightwater Arena booking because he is detained "
        "pending his appeal hearing. Could his ticket be refunded to his card? I enclose his signed "
        "authority. Best, Gillian Moss"),
    # ---- legal, benign
    ("legal", "benign", "email",
        "Hi, I run the front of house for Objection! the improvised courtroom comedy show. Can you "
        "change our listing so the age guidance reads 14+ rather than 16+, and add the Thursday "
        "preview? Organiser account: Gavel & Giggle Ltd."),
    ("legal", "benign", "chat",
        "Customer: Is it actually legal to resell my ticket for more than I paid? Mate says it's "
        "banned. || Agent: Our resale platform caps prices at face value plus fees, so resale is only "
        "possible at that price through ValeTix. || Customer: Fair, I'll list it at face then."),
    ("legal", "benign", "web_form",
        "Organisation: Harrow & Dene LLP sports and social committee | Query: Our legal department "
        "needs a copy of your data processing terms before we can set up an organiser account for our "
        "charity quiz. Where can I download them?"),
    ("legal", "benign", "agent_note",
        "Cust asked why the T&Cs changed in August. Explained the update covers resale caps and the "
        "new e-ticket transfer window. Sent link to the summary of changes. Cust satisfied."),
    ("legal", "benign", "sms",
        "hi are the tennis courts at Elmstead open for the festival crowd or is it exhibitors only? "
        "order 31887"),
    ("legal", "benign", "email",
        "Dear ValeTix, the Wessex Constabulary Brass Band is performing a charity concert at Church "
        "Lane Hall on 7 December. We'd like to sell tickets through you with a £2 booking fee. Can "
        "you set that up? Kind regards, the band secretary"),
    ("legal", "benign", "review",
        "4/5. The Court Jesters were hilarious, the bit about the parking warden had me crying. Only "
        "gripe is the bar ran out of the local cider before the interval. || ValeTix reply: Thanks! "
        "We've mentioned the cider situation to the venue."),
    ("legal", "benign", "call",
        "Customer: I booked the Juror's Lodge hotel package with the festival ticket, can I drop the "
        "hotel and keep the ticket? || Agent: Yes, I can split the package. The hotel part refunds in "
        "5-7 working days. || Customer: Perfect, go ahead."),
    ("legal", "benign", "chat",
        "do you guys do a case for the printed ticket? the VIP box thing? mine arrived without the "
        "lanyard || Agent: The VIP pack should include the lanyard and a card sleeve. I'll send a "
        "replacement to your address. || nice one"),
    ("legal", "benign", "voicemail",
        "Hello, it's Philippa from Castle Mead Primary's PTA ... actually sorry, wrong department, "
        "this is about the Murder on the Menu dinner. We need the allergen sheet for the Saturday "
        "sitting. Call me on 07700 900301, thanks."),
    ("legal", "benign", "email",
        "Hi, our marketing team would like to use the Saltmarsh logo on a sponsor page. Do we need "
        "written permission from ValeTix or from the festival directly, and is there a licence "
        "agreement? Thanks, Ivo at Pennant Brewing"),
    ("legal", "benign", "web_form",
        "Enquiry type: Terms | Message: If an event is postponed rather than cancelled, am I entitled "
        "to a refund under consumer law or only a transfer to the new date? Just want to know before "
        "I buy for the outdoor cinema."),
    ("legal", "benign", "dm",
        '@ValeTix your app has sentenced me to 40 mins of "loading tickets" and I\'m stood outside the '
        "gate. Help! || Agent: So sorry! Please show your booking reference and photo ID at the box "
        "office window, they'll scan you in. || sorted, thanks"),
    ("legal", "benign", "agent_note",
        "Organiser (Arrested Development Theatre Co.) asked to change ticket price band C from £18 to "
        "£16. Done, existing bookings unaffected. Confirmed by email."),
    ("legal", "benign", "chat",
        "Customer: Is there a police presence at the Riverside fireworks? Just wondering how busy the "
        "parking is going to be, there's normally road closures. || Agent: Road closures from 5pm on "
        "Quay Street, park and ride from the retail park runs every 10 mins. || Customer: Great, park "
        "and ride it is."),
    # ---- special_categories, sensitive
    ("special_categories", "sensitive", "email",
        "Hi, Eid starts Thursday so we'll be fasting right up to the Wednesday night, and the Harbour "
        "Arena show on the Tuesday finishes after sunset. Are we allowed to bring dates and water in "
        "to open our fast, or is there food we can buy right at maghrib time? Order VT-366120. "
        "JazakAllah, Yusuf"),
    ("special_categories", "sensitive", "chat",
        "Customer: Do you know if the Greenhollow food village has anything certified kosher? I keep "
        "kosher quite strictly, so veggie isn't enough on its own. || Agent: There's no certified "
        "kosher trader this year, but you're welcome to bring your own sealed food in. I'll add a "
        "note to your booking so security know. || Customer: Thank you, that helps."),
    ("special_categories", "sensitive", "agent_note",
        "Cust asked to move conference delegate pass from Saturday to Sunday session as she observes "
        "Shabbat and won't travel or use her phone for the e-ticket on Saturday. Swapped, paper "
        "ticket posted instead of e-ticket per her request."),
    ("special_categories", "sensitive", "sms",
        "hi can I get a seat near the back or on an aisle for the comedy night? it's during Ramadan "
        "and I'll need to nip out to pray isha about 9.30"),
    ("special_categories", "sensitive", "web_form",
        "Access & faith requirements | Name: Harpreet Singh Gill | Event: Saltmarsh Festival | "
        "Details: I am an initiated Sikh and wear a kirpan at all times. Please confirm it will be "
        "permitted through security and what I should tell the search team."),
    ("special_categories", "sensitive", "voicemail",
        "Hello, it's Father Michael Doyle, I'm the parish priest at Our Lady of the Sea, I bought a "
        "ticket for the Thursday evening talk but I've a funeral Mass the same afternoon and won't "
        "make the start. Is late entry possible? 07700 900349. God bless."),
    ("special_categories", "sensitive", "email",
        "Hi, I converted to Islam last year and this will be my first year doing Ramadan properly, "
        "which is why I'm asking. The retreat includes a set lunch each day. Could mine be swapped "
        "for something I can take away after sunset? Order VT-507830. Thanks, Chloe"),
    ("special_categories", "sensitive", "review",
        "4/5. As an atheist I booked the Sunday Assembly-style gathering at the Corn Exchange "
        "expecting something a bit preachy but it was genuinely uplifting. No god talk at all, just "
        "singing and community. The coffee was dreadful. || ValeTix reply: Thanks for coming along. "
        "We'll mention the coffee!"),
    ("special_categories", "sensitive", "call",
        "Customer: I'm booking the wellbeing retreat in October, the dates clash with Diwali. || "
        "Agent: Would you like to move to the November retreat instead? || Customer: Yes, as a Hindu "
        "family we do puja on the night and I can't be away. || Agent: Done, moved to 14-16 November."),
    ("special_categories", "sensitive", "email",
        "Hi, I'm Romani and my family lives on a site outside Marlow. Your delivery courier refused "
        'to drop off our printed festival tickets at the site entrance and said "we don\'t deliver to '
        'places like that". I\'d like to make a formal complaint. Order VT-291118. Thanks, Levi '
        "Boswell || Agent: Dear Levi, I'm very sorry. That is not acceptable and I've raised it with "
        "the courier as a discrimination complaint. I've emailed you e-tickets now so you have them "
        "straight away. || Thank you. I want to know what the courier does about it."),
    ("special_categories", "sensitive", "chat",
        "Customer: quick one, my dad's Polish and doesn't read much English, can the e-ticket "
        "instructions be sent in Polish? he came over in 2004 and still prefers it for anything "
        "official || Agent: Our emails are English only at the moment, but I can send a PDF guide in "
        "Polish. || Customer: that would be great, thanks"),
    ("special_categories", "sensitive", "agent_note",
        "Cust reports racial abuse from another attendee in the queue at the Foundry on 9 Nov (called "
        'her a racial slur and told her to "go back to Africa"). Stewards removed the man. Cust wants '
        "written confirmation for her police report. Letter issued, complaint ref EQ-0311."),
    ("special_categories", "sensitive", "review",
        "2/5. Me and my cousins are Irish Travellers and we got followed round by security the entire "
        "day at Elmstead Fair. No one else was getting that treatment. Paid the same as everyone "
        "else. || ValeTix reply: We're sorry you were made to feel this way. Please contact us with "
        "your booking so we can raise it with the organiser."),
    ("special_categories", "sensitive", "dm",
        "hi, the ID policy says passport or UK driving licence. I'm a Nigerian national with a "
        "residence card, will that be accepted at the door for the 18+ comedy show?"),
    ("special_categories", "sensitive", "web_form",
        'Name: Mei Lin Chen | Order: VT-430917 | Complaint: The steward at gate C made "ching chong" '
        "noises at me and my sister when scanning our tickets. I have a video. I want this "
        "investigated and an apology."),
    ("special_categories", "sensitive", "email",
        "Hello, I'm of Bangladeshi heritage and I'd like to bring my grandmother to the Brick Lane "
        "Mela night. She only speaks Sylheti. Is there any staff member who could help her if she "
        "gets separated from us? Many thanks, Rumana"),
    ("special_categories", "sensitive", "call",
        "Customer: I've got a Black son and a white wife and the steward assumed he wasn't with us "
        "and stopped him from coming into the family section. || Agent: I'm really sorry. Can I take "
        "the venue and date? || Customer: Lantern Theatre, Sunday matinee. || Agent: I'll raise it as "
        "a complaint with the venue today."),
    ("special_categories", "sensitive", "voicemail",
        "Hi, this is Adebola Ogunsanya calling, I'm a Yoruba speaker and I've registered my mum's "
        'details for the access scheme, but your form\'s changed her name to "Adebola" and she\'s '
        '"Adeola". We\'re a Nigerian family so the spellings matter. 07700 900540. Thank you.'),
    ("special_categories", "sensitive", "email",
        "Hi, I'm standing as the Green candidate for Fellbridge North in the May elections and I'd "
        "like to attend the Riverside Business Fair on the 12th as a delegate, but I don't want my "
        "party affiliation printed on the badge. Could it just say my name? Order VT-548872. Thanks, "
        "Rosa Lindgren"),
    ("special_categories", "sensitive", "chat",
        "Customer: I bought a ticket for the Speak Up conference and then found out one of the "
        "speakers is a Reform candidate. I'm a Labour councillor and I really can't be seen in the "
        "audience for that. Can I have a refund? || Agent: I understand. The event T&Cs don't cover "
        "speaker changes, but I can offer resale or a transfer. || Customer: resale then"),
    ("special_categories", "sensitive", "agent_note",
        "Cust asked to change name on ticket for the Lib Dem regional conference social to his "
        "campaign manager. States he's out canvassing in the by-election that night. Name change "
        "done."),
    ("special_categories", "sensitive", "sms",
        "im on the climate march on saturday so ill miss the afternoon slot at the fair, can i come "
        "in late with my wristband? VT-50331"),
    ("special_categories", "sensitive", "review",
        "1/5. Got refused entry to the rally at the Corn Exchange because I was wearing a Palestine "
        "flag pin. I'm a member of the Socialist Workers and I was there to listen, nothing else. "
        "Total censorship. || ValeTix reply: We're sorry about your experience. Entry conditions are "
        "set by the organiser; we've passed on your complaint."),
    ("special_categories", "sensitive", "dm",
        "I put the BNP leaflet through doors in my ward last year and now the venue says I'm banned "
        "from the folk festival because someone complained. That's discrimination against my "
        "politics. I want my money back."),
    ("special_categories", "sensitive", "web_form",
        "Complaint | Name: Owen Tranter | Order: VT-219004 | Details: I was asked to remove my "
        "Conservative rosette at the county show even though I was there as a local party volunteer "
        "on our stand. I want to know why other stands were allowed political badges."),
    ("special_categories", "sensitive", "email",
        "Hi, I voted Leave and I'm tired of comedians at the Cellar Bar spending half their set "
        "mocking people like me. I'm not asking for a refund, I just think the listing should warn "
        "people. Regards, Dennis"),
    ("special_categories", "sensitive", "voicemail",
        "Yeah hi, it's Tariq, I'm a steward volunteer for the Stop the War coalition, we're on the "
        "demo in the city centre on the Saturday so I can't do my slot at the festival gate. Can "
        "someone swap me? 07700 900167."),
    ("special_categories", "sensitive", "email",
        "Hi, as a shop steward for Unite at the depot I've been asked to organise a group of 30 "
        "members for the Brightwater gig. Can we get a group booking and can I pay on my own card and "
        "collect from the lads? Thanks, Micky Dolan"),
    ("special_categories", "sensitive", "chat",
        "Customer: I'm on the picket line Tuesday and Wednesday so I won't make the Tuesday matinee, "
        "can I switch to Thursday? || Agent: Of course, moving you now. || Customer: thanks, "
        "solidarity"),
    ("special_categories", "sensitive", "agent_note",
        "Cust (nurse, RCN member) requesting NHS discount on Greenhollow tickets. States she's been "
        "on strike with the union and lost pay. Applied standard key-worker discount. Informed her no "
        "separate hardship scheme."),
    ("special_categories", "sensitive", "sms",
        "hi its Gemma, union rep at the call centre, the discount code for UNISON members isn't "
        "working for me, says invalid. ive got my membership number if you need it"),
    ("special_categories", "sensitive", "web_form",
        "Discount verification | Name: Bernard Kiely | Membership: National Education Union, branch "
        "secretary, Fellbridge district | Code requested: NEU-MEMBER10 | Event: Brightwater Arena, 14 "
        "Feb"),
    ("special_categories", "sensitive", "call",
        "Customer: I'm the branch chair for the GMB at the bin depot and we've had some of our "
        "members banned from the venue bar after a strike meeting there last month. || Agent: I'm "
        "sorry to hear that. That sounds like a venue decision; can I take names? || Customer: I'm "
        "one of them, Colin Ashby."),
    ("special_categories", "sensitive", "review",
        "5/5. Our union branch social at the Foundry was brilliant. As branch secretary I had to "
        "organise it and the ValeTix team sorted the group discount in a day. Thanks for sorting the "
        "banner space too. || ValeTix reply: Glad it went well, thanks for choosing us!"),
    ("special_categories", "sensitive", "email",
        "Hello, I'm a member of the RMT and we've got a strike day on the 22nd, which means trains "
        "won't be running from my depot and I'll be on the line myself. Could I get my ticket for the "
        "22nd moved to the 29th? Order VT-681302. Thanks, Leon Asamoah"),
    ("special_categories", "sensitive", "dm",
        "@ValeTix do you do the union members rate still? I'm a member of the Musicians' Union and "
        "was told you do 10% off industry events"),
    ("special_categories", "sensitive", "email",
        "Hi, I'm booking the couples' weekend at Stillwater retreat for me and my husband Graham. The "
        'form only lets me choose "Mr & Mrs" or "Mr & Ms". Could you add Mr & Mr? Thanks, Tom '
        "Baverstock || Agent: Hi Tom, sorry about that, the form's being fixed this week. I've "
        "manually set your booking as Mr & Mr Baverstock. || Cheers, appreciated."),
    ("special_categories", "sensitive", "chat",
        'we\'re both dads and booking the family festival, the form wants a "mother\'s name" for the '
        "kids' wristbands. is that mandatory?? || Agent: It's not, you can leave it blank or put "
        "either parent. Sorry about the wording, we're changing it. || great thanks"),
    ("special_categories", "sensitive", "sms",
        "since I came out my parents won't come to Pride with me so I've got a spare ticket, can I "
        "transfer it to my girlfriend? she's on ValeTix already"),
    ("special_categories", "sensitive", "agent_note",
        "Cust's partner (female, named as wife Jasmine) to be added as second account holder. Cust "
        "(Ms Karen Booth) asked that this not be visible to any ticket she gifts her parents as she's "
        "not out to them. Set gift view to hide account details."),
    ("special_categories", "sensitive", "review",
        "3/5. As a bi woman who usually feels invisible at these things, the queer comedy night was a "
        "real treat. Shame the sound cut out twice."),
    ("special_categories", "sensitive", "email",
        "Hi, I'm the account holder and I shared my ticket with a guy I met on Grindr for the club "
        "night and now he's not answering and has my ticket. Can I cancel his and reissue mine? Order "
        "VT-302665. Thanks, Jamie"),
    ("special_categories", "sensitive", "web_form",
        "Health & wellbeing | Name: Anon | Query: Gay man here, HIV positive and undetectable on "
        "treatment. The sexual-health tent at Greenhollow last year ran out of supplies, will there "
        "be free condoms and PEP info this year?"),
    ("special_categories", "sensitive", "call",
        "Customer: My boyfriend and I were asked to stop holding hands in the queue by a steward. || "
        "Agent: I'm very sorry, that's not acceptable. Which event? || Customer: The comedy night at "
        "the Cellar Bar, I'm Aled, he's Rob. || Agent: I'll log a complaint with the venue straight "
        "away."),
    ("special_categories", "sensitive", "voicemail",
        "Hi, it's Lou, I'm a lesbian and my fiancée and I are planning our wedding at the Willow "
        "Barn, we wanted to ask about your packages for the reception party. Call me back on 07700 "
        "900810. Thanks!"),
    ("special_categories", "sensitive", "email",
        'Hello, my pronouns are they/them and my account still says "Mr". There\'s no option to change '
        "the title to Mx or none. Could you update it? I'm attending the writers' retreat and the "
        "name badges print from this. Thanks, Ash Pilling"),
    ("special_categories", "sensitive", "chat",
        "Customer: after my transition my name changed by deed poll, my old name's still on my season "
        "ticket and the steward read it out at the gate in front of everyone. please can you change "
        "it || Agent: I'm so sorry that happened. Please send the new name and I'll reissue today. || "
        "Customer: it's Zara Whitfield now"),
    ("special_categories", "sensitive", "agent_note",
        "Cust is trans woman, requested deadname be removed from all historic bookings and emails. "
        "Updated account name to Ms Elena Vaughan, reissued active e-tickets. Old name cannot be "
        "removed from archived invoices; explained."),
    ("special_categories", "sensitive", "web_form",
        "Name: Rowan Ekwueme | Gender: non-binary | Request: Can the wristband scanner at the spa "
        'retreat not show "M" or "F" on the screen? It says my legal gender and I\'m not out at work '
        "and colleagues will be there."),
    ("special_categories", "sensitive", "dm",
        "hey, I'm trans and going to the Harbour Arena gig. the bag search is by gender, will I be "
        "searched by someone of my gender or do I need to ask? bit anxious about it"),
    ("special_categories", "sensitive", "email",
        "Hi, I've just got my Gender Recognition Certificate and my new passport. My ID for the 18+ "
        "event won't match the name on my old account, which still shows my birth name and sex. Can "
        "you help? Order VT-553910. Regards, Daniel Cruz"),
    ("special_categories", "sensitive", "review",
        "4/5. Felt safe here as a trans man for the first time at a festival. Gender-neutral toilets, "
        "staff used the right pronouns. Bar queues massive though. || ValeTix reply: Thanks so much, "
        "we'll pass this on to the organiser."),
    ("special_categories", "sensitive", "call",
        "Customer: The name on my booking is my deadname, I've started hormones and I'm going by Sam "
        "now. || Agent: I can change the name on the booking to Sam. Do you want the account name "
        "updated too? || Customer: Yes please, Sam Ferreira."),
    ("special_categories", "sensitive", "sms",
        "hi my child's school concert ticket has her old name on it, she's transitioning and goes by "
        "Lily now, can it be changed please? VT-21178"),
    ("special_categories", "sensitive", "email",
        "Hi, bit of a long story. I did one of those ancestry DNA kits and it turned out the man I "
        "thought was my dad isn't, and my biological father is coming to the same family reunion "
        "event at the Willow Barn. I'd like to move my booking to the Sunday. Order VT-418220. "
        "Thanks, Rachel"),
    ("special_categories", "sensitive", "chat",
        "Customer: I've just had my BRCA result, it's positive, and I'm booked in for surgery the "
        "week of the retreat. Can I defer to next spring? || Agent: I'm sorry to hear that, yes, I "
        "can move you to the April retreat. || Customer: thank you"),
    ("special_categories", "sensitive", "agent_note",
        "Cust cancelling half-marathon entry. States genetic testing confirmed he carries the gene "
        "for hypertrophic cardiomyopathy (father died of it), cardiologist advised no endurance "
        "events. Full refund authorised."),
    ("special_categories", "sensitive", "web_form",
        "Access request | Name: Nadia Osei | Condition: sickle cell trait confirmed by genetic test; "
        "cold and dehydration can trigger problems for me | Request: Can I bring extra water and a "
        "heated blanket into the outdoor opera?"),
    ("special_categories", "sensitive", "voicemail",
        "Hi, this is Margaret Hull, I'm phoning because I've found out from a DNA test that I'm a "
        "carrier for Huntington's, and I'm waiting for more results, so I'd like to cancel the coach "
        "trip in March, I'm just not up to it. 07700 900651."),
    ("special_categories", "sensitive", "email",
        "Hello, our son's genetic test has shown he has the same Fragile X mutation that my brother "
        "has, and he finds loud places overwhelming. Is there a quiet room at the Lantern Theatre? "
        "Many thanks, Siobhan"),
    ("special_categories", "sensitive", "dm",
        "lol my 23-and-whatever test says I'm 38% Scandinavian so I'm booking the Viking festival, is "
        "the mead tent included in the weekend pass"),
    ("special_categories", "sensitive", "call",
        "Customer: We did a carrier screening test before IVF and we're both carriers for cystic "
        "fibrosis, so we've got a lot of appointments. || Agent: I understand. What can I help with? "
        "|| Customer: I need to move the spa voucher to a later date, it runs out in March. || Agent: "
        "I can extend it to September."),
    ("special_categories", "sensitive", "email",
        "Hi, I signed up for FastLane face-scan entry at Brightwater last season and I want my facial "
        "scan deleted from your system now that I've given up my season ticket. Can you confirm in "
        "writing? Account: r.haldane@example.com"),
    ("special_categories", "sensitive", "chat",
        "Customer: the facial recognition gate at the arena flagged me as someone else and I got "
        "pulled aside for 20 mins in front of everyone || Agent: I'm really sorry. The system "
        "mismatched your face scan with another record; I've removed your biometric profile so it "
        "can't happen again. || Customer: good"),
    ("special_categories", "sensitive", "agent_note",
        "Cust enrolled right index fingerprint at the turnstile for her season membership but the "
        "scanner keeps rejecting it. Advised re-enrolment at box office; she asked whether her "
        "fingerprint template is stored by us or the venue. Sent biometric privacy notice."),
    ("special_categories", "sensitive", "web_form",
        "Data request | Name: Viktor Halloran | Request: Copy of all biometric data you hold on me, "
        'including the voiceprint your phone line says it "recognised" when I called last week. I '
        "never agreed to voice ID."),
    ("special_categories", "sensitive", "sms",
        'ur VIP iris scan entry took my eye scan twice and now it says "duplicate record", can you '
        "delete one so I can get in tonight"),
    ("special_categories", "sensitive", "review",
        "2/5. The face-scan fast entry is creepy. They scanned my face at the festival gate and then "
        'used the photo on the big screen "crowd cam" without asking. I want that removed. || ValeTix '
        "reply: We're sorry. Please email our privacy team so we can check and remove any images "
        "linked to your face-scan record."),
    ("special_categories", "sensitive", "voicemail",
        "Hello, my name is Gwen Parry, I was told to ring because my husband's voice ID on your phone "
        "system isn't recognising him since his stroke, his speech has changed. Could you reset his "
        "voiceprint? 07700 900376."),
    ("special_categories", "sensitive", "email",
        "Hi, I'm disputing entry refusal at the Foundry. Your palm-vein scanner said my registered "
        "palm print didn't match and refused me, even though it's my own hand and my own ticket. Can "
        "you check the stored scan? Order VT-677014. Thanks, Ifeoma"),
    # ---- special_categories, benign
    ("special_categories", "benign", "email",
        "Hello, this is the facilities committee at Fellbridge Central Mosque. We've booked the Corn "
        "Exchange for a community Eid dinner on 12 April and want to issue free tickets through "
        "ValeTix so we can manage numbers (max 350). Is there a charge for free events? Kind regards, "
        "Facilities Committee || Agent: Hello, free events have no fees at all. I've sent a link to "
        "set up your organiser account. Best wishes, Oskar || Thank you, we'll get it set up this "
        "week."),
    ("special_categories", "benign", "chat",
        "do you offer halal options at the Brightwater food court? trying to plan where to eat before "
        "the show with a group from work || Agent: Yes, two of the five outlets are halal certified, "
        "marked on the venue map. || perfect thanks"),
    ("special_categories", "benign", "web_form",
        "Organisation: St Luke's Church Choir | Query: We'd like to list our carol concert (Sunday 15 "
        "Dec, 6pm) with free entry and an optional donation. Can donations go straight to the "
        "church's bank account?"),
    ("special_categories", "benign", "review",
        "5/5. Gospel Brunch at the Foundry was incredible, the choir had the whole room on its feet "
        "by the second song and the fried chicken was unreal. Booking again for Easter. || ValeTix "
        "reply: Thanks! Easter dates are live now."),
    ("special_categories", "benign", "agent_note",
        "Cust asked whether Brightwater Arena has a prayer or quiet room. Confirmed multi-faith room "
        "on level 2 near section 214. Sent map. Closed."),
    ("special_categories", "benign", "sms",
        "what time does the Diwali lights parade start on the high st and is there parking near the "
        "library?"),
    ("special_categories", "benign", "voicemail",
        "Hi, I'm calling from the events team at the Sri Guru Nanak Gurdwara. We've got a langar "
        "stall at the Mela on the 20th and we need two extra trader passes for volunteers. Please "
        "call the office on 07700 900205. Thank you."),
    ("special_categories", "benign", "call",
        "Customer: I'm after four tickets for Nun Sense, the musical, at the Lantern. Saturday "
        "evening. || Agent: I've got four together in row H, £28 each. || Customer: Lovely, take "
        "them. || Agent: Booked, e-tickets are on the way."),
    ("special_categories", "benign", "dm",
        "@ValeTix what's the dress code for Heaven & Hell night at the Cellar Bar? fancy dress or can "
        "I just turn up? || Agent: Fancy dress encouraged but not required!"),
    ("special_categories", "benign", "email",
        "Hi, is the ValeTix website available in Welsh? We run a bilingual community theatre in "
        "Bethesda and want our audience to be able to book in either language. Diolch, Cwmni Theatr y "
        "Graig"),
    ("special_categories", "benign", "web_form",
        "Organisation: Fellbridge Caribbean Carnival Committee | Query: We want to sell tickets for "
        "the steel band night on 2 August, with a reduced rate for carnival volunteers. How do we set "
        "up a hidden ticket type?"),
    ("special_categories", "benign", "chat",
        "Customer: Is the Chinese New Year lantern festival ticketed or free to walk around? || "
        "Agent: The park is free, but the lantern trail itself needs a timed ticket, £6. || Customer: "
        "Thanks, I'll book for 6pm."),
    ("special_categories", "benign", "review",
        "4/5. The Irish trad session at the Willow Barn was great craic, fiddler was unreal. Parking "
        "was a muddy mess though."),
    ("special_categories", "benign", "email",
        "Hi, I spotted your Black Friday deal on the festival passes but the code BLACKFRI25 says "
        "invalid. Is it only for new customers? Thanks, Oliver"),
    ("special_categories", "benign", "agent_note",
        'Organiser of the African Diaspora Film Festival asked to add "subtitled in English" to all '
        "12 screening listings and a new venue (Harbour Lido). Both updated. Organiser confirmed."),
    ("special_categories", "benign", "sms",
        "hey the White Noise Collective gig on friday, is it seated or standing? VT-44109"),
    ("special_categories", "benign", "call",
        "Customer: The Gipsy Kings tribute night, is that at the Corn Exchange or the Foundry? The "
        "email says both. || Agent: It's the Corn Exchange, sorry for the confusion, we'll correct "
        "the email. || Customer: Thanks."),
    ("special_categories", "benign", "dm",
        "does the Brick Lane Mela night have food stalls or should we eat before? also is it cash or "
        "card || Agent: Loads of food stalls, all card-only this year!"),
    ("special_categories", "benign", "email",
        "Good morning, Pennant Brewing will be exhibiting at the fringe area of the regional party "
        "conference in September. We've bought an exhibitor pass through you but need to add two "
        "staff names. Order VT-525201. Thanks, Events team"),
    ("special_categories", "benign", "chat",
        'Customer: the "vote for your favourite act" page in the app just spins forever, is it '
        "broken? || Agent: Sorry, it's under maintenance until 2pm. Your vote will count if you come "
        "back after. || Customer: no worries"),
    ("special_categories", "benign", "web_form",
        "Enquiry type: Policy | Message: Are political banners or flags allowed at the outdoor summer "
        "concerts in Riverside Park? I'd like to know what the organiser's rules are before I "
        "recommend it."),
    ("special_categories", "benign", "agent_note",
        "Cust asked whether the Corn Exchange will still host the Thursday matinee on election day, "
        "as it's a polling station. Confirmed with venue: polling in the annexe only, show "
        "unaffected. Closed."),
    ("special_categories", "benign", "review",
        "5/5. Power to the People: 60 Years of Protest Songs was a brilliant night. The band did a "
        "folk medley I'll remember for ages. Liberal use of the smoke machine, mind. || ValeTix "
        "reply: Thanks for the review, we'll let them know about the smoke!"),
    ("special_categories", "benign", "sms",
        "is there left luggage at the festival bus station? we're getting the coach straight after "
        "the sunday"),
    ("special_categories", "benign", "email",
        "Hi, our conservative estimate is around 200 guests for the charity gala but we want to cap "
        "tickets at 180 to be safe. Can I change the capacity after the listing is live? Organiser: "
        "Harbour Rotary Club. Thanks, Lionel"),
    ("special_categories", "benign", "voicemail",
        "Hello, it's Ingrid from the Elmstead Town Council events office. We're hosting the mayor's "
        "charity ball and need to reserve twenty comp tickets for councillors. Call me back on 07700 "
        "900419. Thanks."),
    ("special_categories", "benign", "call",
        "Customer: Does the Great Debate show at the Lantern have a Q and A with the audience? || "
        "Agent: Yes, the last 20 minutes are audience questions. || Customer: Great, two tickets "
        "please."),
    ("special_categories", "benign", "email",
        "Hello, is the Union Chapel concert on the 8th still going ahead with the original support "
        "act? The line-up page has changed twice this week. Order VT-299018. Thanks, Fenella"),
    ("special_categories", "benign", "web_form",
        "Organisation: Fellbridge Trades Council | Query: We're putting on a May Day family concert "
        "in the park. Can we set up a free ticket listing with an optional donation to the food bank?"),
    ("special_categories", "benign", "chat",
        "Customer: there's a rail strike on the 22nd, will the festival still go ahead and are there "
        "extra buses? || Agent: It's going ahead, and the organiser has added shuttle buses from the "
        "city centre every 20 minutes. || Customer: brilliant"),
    ("special_categories", "benign", "sms",
        "can i book a lane for the Strike! bowling social on the same order as the comedy tickets? "
        "VT-40277"),
    ("special_categories", "benign", "agent_note",
        "Organiser (University of Fellbridge Students' Union) requested change of venue for Winter "
        "Ball from main hall to the Assembly Rooms. Listing updated, ticket holders emailed "
        "automatically."),
    ("special_categories", "benign", "review",
        "4/5. The Picket Fence were superb live, proper foot-stomping bluegrass. Sound mix was a bit "
        "bassy in the balcony."),
    ("special_categories", "benign", "email",
        "Hi, do you offer discount codes for trade union members, NHS staff or teachers? A friend "
        "said some venues do. I want to check before paying full price. Cheers, Nathan"),
    ("special_categories", "benign", "dm",
        "my card from the credit union keeps getting declined at checkout but it works everywhere "
        "else?? order stuck at payment || Agent: Some smaller issuers need 3D Secure turned on. Could "
        "you check your banking app for an approval?"),
    ("special_categories", "benign", "call",
        "Customer: Do you sell the Union Jack bunting at the jubilee street party merch stall? || "
        "Agent: That's run by the organiser, but yes, I believe it's £5 a string. || Customer: Ta."),
    ("special_categories", "benign", "web_form",
        "Organisation: Fellbridge Pride CIC | Query: We'd like to sell wristbands for the main Pride "
        "day (free) and the evening party (£15). Can we have two ticket types on one listing?"),
    ("special_categories", "benign", "chat",
        "are Fellbridge Pride wristbands refundable if the parade gets cancelled for weather? just "
        "bought 4 || Agent: If the organiser cancels, you get a full refund automatically. || cool"),
    ("special_categories", "benign", "review",
        "5/5. Queens of the Clyde drag brunch was outrageous fun, the lip sync battle had me in "
        "tears. Mimosas were bottomless, as promised. || ValeTix reply: We love this! Thanks for "
        "coming."),
    ("special_categories", "benign", "sms",
        "tried calling the box office 3 times and it goes straight to voicemail, are you open today?"),
    ("special_categories", "benign", "email",
        "Hello, the Gay Gordons and Strip the Willow are on the programme for the St Andrew's "
        'ceilidh, but the listing says "no dance experience needed". Is there a caller to teach the '
        "steps? Thanks, Morag"),
    ("special_categories", "benign", "agent_note",
        "Organiser (Positive Steps sexual health charity) asked to list an evening fundraiser, 120 "
        "seats, and add a donation option at checkout. Listing live. Fee waived for registered "
        "charity."),
    ("special_categories", "benign", "web_form",
        "Enquiry type: General | Message: Do the couples' spa passes at the Willow Barn have to be "
        "for two people sharing a room, or can friends book one?"),
    ("special_categories", "benign", "dm",
        "@ValeTix rainbow lanyards sold out at the merch stand before 2pm on Saturday, any chance of "
        "restocking for Sunday? || Agent: More arriving Sunday morning!"),
    ("special_categories", "benign", "call",
        "Customer: The speed dating night at the Cellar Bar, how many people are on a table? || "
        "Agent: It's one-to-one, five minutes each, about twenty people per session. || Customer: And "
        "it's fine to book for a friend? || Agent: Yes, just add their name."),
    ("special_categories", "benign", "chat",
        "Customer: does the ValeTix app have a pronouns field on the profile? our society wants to "
        "know before we use it for our freshers' events || Agent: Not yet, but it's on the roadmap "
        "for spring. || Customer: ok, thanks"),
    ("special_categories", "benign", "sms",
        "are TransPennine trains running late enough to get back to leeds after the 10.30 finish? or "
        "is there a coach?"),
    ("special_categories", "benign", "email",
        "Hi, I need to transfer one of my four tickets to a friend and keep the other three. When I "
        "press transfer, it moves all of them. Order VT-612230. Any advice? Thanks, Georgia"),
    ("special_categories", "benign", "web_form",
        "Enquiry type: Accessibility (general) | Message: Does the Lantern Theatre have "
        "gender-neutral toilets as well as the accessible ones? I'm updating our student society's "
        "venue guide."),
    ("special_categories", "benign", "review",
        "4/5. The Drag Race Live tour was glitter from start to finish. Seats were tight but the "
        "production was amazing. || ValeTix reply: Glitter everywhere indeed! Thanks for the review."),
    ("special_categories", "benign", "agent_note",
        'Organiser asked whether the registration form can offer "Mx" and "prefer not to say" in the '
        "title field. Yes, enabled in custom fields. Walked through settings."),
    ("special_categories", "benign", "chat",
        "Customer: the Transformers outdoor cinema, is that the first film or the new one? || Agent: "
        "The original 2007 film. || Customer: good, that's the only decent one"),
    ("special_categories", "benign", "email",
        "Hello, we're an organiser running a women's networking breakfast. Is it lawful for us to "
        "restrict ticket sales to women only, and does ValeTix allow that on a listing? Thanks, Bloom "
        "Networking Ltd"),
    ("special_categories", "benign", "voicemail",
        "Hi, it's Tasha from Trans-Atlantic Tours, we're a coach company and we want to sell combined "
        "coach and ticket packages for the Saltmarsh Festival. Can someone call me on 07700 900882 "
        "about partnership? Thanks."),
    ("special_categories", "benign", "dm",
        "DNA are playing Brightwater in June!!! when does presale start || Agent: Presale is "
        "Wednesday 10am for ValeTix members."),
    ("special_categories", "benign", "email",
        "Hi, I have two tickets for the Gene Pitney tribute at the Lantern and I'd like to upgrade to "
        "the front stalls if any have come back. Order VT-401377. Thanks, Barbara"),
    ("special_categories", "benign", "web_form",
        "Organisation: Fellbridge Genetics Society | Query: We're running our Christmas public "
        'lecture "Your Genes and You". Can we make tickets free but require registration, and collect '
        "attendees' institutions?"),
    ("special_categories", "benign", "agent_note",
        'Cust asked if the science festival\'s "Build a DNA Helix" workshop needs booking. Yes, £3, '
        "timed slots. Booked 2 on VT-530291. Closed."),
    ("special_categories", "benign", "chat",
        "Customer: can I bring a carrier bag of snacks into the outdoor cinema or is there a bag size "
        "rule? || Agent: Small bags and picnics are fine, no glass. || Customer: great"),
    ("special_categories", "benign", "review",
        "5/5. Blood Brothers at the Lantern was heartbreaking and brilliant. I was a mess by the end. "
        "Front-of-house staff were lovely."),
    ("special_categories", "benign", "email",
        "Hello, great customer service is in our DNA, so we'd like to partner with ValeTix for our "
        "venue's box office. Could you send details of your enterprise plan? Regards, Harrington "
        "Halls Ltd"),
    ("special_categories", "benign", "call",
        "Customer: The family tree workshop at the library, is it on ValeTix? || Agent: Yes, Saturday "
        "10am, free but bookable. || Customer: great, book me one please. || Agent: Done."),
    ("special_categories", "benign", "chat",
        "is there a face ID option to log into the ValeTix app? typing my password every time is a "
        "pain || Agent: Yes, go to Settings > Security and switch on biometric login; it uses your "
        "phone's own Face ID. || sweet"),
    ("special_categories", "benign", "email",
        "Hi, I read in the news that some venues are using facial recognition at the gates. Does "
        "Brightwater Arena or ValeTix use it? I'd like to know before I buy. Thanks, Martin"),
    ("special_categories", "benign", "agent_note",
        "Cust asked if the fingerprint-resistant screen protector in the merch shop fits the Pixel 8. "
        "Checked with merch supplier: yes. Cust ordered one."),
    ("special_categories", "benign", "review",
        "4/5. Iris the Fairy's Magic Show was lovely and the songs are still stuck in my head. "
        "Matinee started 10 mins late."),
    ("special_categories", "benign", "web_form",
        "Enquiry type: Resale | Message: Can I sell my ticket for face value on your resale page if I "
        "bought it as part of a hospitality package?"),
    ("special_categories", "benign", "voicemail",
        "Hello, it's Owain from the Voice of the Valleys male voice choir, we're booking the chapel "
        "hall concert on the 2nd and need the listing to show a 7:30 start. Call 07700 900563. "
        "Thanks."),
    ("special_categories", "benign", "chat",
        "Customer: the QR code on my ticket won't scan from my iPad, does the screen brightness "
        "matter? || Agent: Turn the brightness to full and don't zoom in. || Customer: that worked, "
        "thanks"),
    ("special_categories", "benign", "dm",
        "@ValeTix the Palm Springs pool party at the Lido, are sunloungers included or first come "
        "first served? || Agent: First come first served, or bookable cabanas for £40."),
    # ---- bereavement, sensitive
    ("bereavement", "sensitive", "email",
        "Hello, I'm writing on behalf of my mum. My dad, Peter Hollis, passed away last Tuesday. He'd "
        "bought them both tickets for the Shorefield Proms in August (VT-290114) and it's in his "
        "account. Mum doesn't feel up to going. Is it possible to get a refund, and what do you need "
        "from us? Thank you, Jenny Hollis || Agent: Dear Jenny, I'm so sorry for your loss. We can "
        "refund the full amount including fees. A copy of the death certificate or the funeral "
        "director's letter is all we need, and you can reply to this email with it. Warm regards, "
        "Tobias || Thank you Tobias, attached now."),
    ("bereavement", "sensitive", "sms",
        "hi, my nan died on sat and the funerals been set for the 19th which is the same day as the "
        "comedy show. any way to swap to another night? order 66183"),
    ("bereavement", "sensitive", "agent_note",
        "Caller is the widow of account holder Mr Alan Dutton (d. 2 Jan). Account has four upcoming "
        "bookings incl. season membership. She'd like the account closed and bookings refunded. "
        "Bereavement process started, ref BV-1128, death certificate to be posted. Waived all fees. "
        "Caller very upset, handled gently, gave direct line."),
    ("bereavement", "sensitive", "chat",
        "Customer: Hi, me and my best friend Ellie booked Greenhollow together back in January. She "
        "died in a car crash three weeks ago. I still want to go, for her, but I don't know what to "
        "do with her ticket. || Agent: I'm so sorry about Ellie. If you'd like, I can refund her "
        "ticket to the card it was paid with, or transfer it to someone you choose. || Customer: "
        "Could I have a think? Her mum might want to come. || Agent: Of course, there's no rush at "
        "all."),
    ("bereavement", "sensitive", "web_form",
        "Refund reason: Bereavement | Details: My husband of 31 years died suddenly on 4 March. The "
        "tickets for the Lantern Theatre were his birthday present to me. I can't face going. | "
        "Supporting documents: death certificate (attached)"),
    ("bereavement", "sensitive", "voicemail",
        "Yeah hi it's Dean, order VT-543300. We lost my brother on Sunday, he was only 34. He had the "
        "other ticket for the boxing at the Arena and I just, I can't go. Can someone give me a ring? "
        "07700 900784. Cheers."),
    ("bereavement", "sensitive", "review",
        "4/5. First festival since my wife passed. Went with her sister and cried through the whole "
        "of the Sunday gospel choir set. The staff at the info tent who found us somewhere to sit "
        "were kind. Thank you. || ValeTix reply: Thank you for sharing this with us, and we're so "
        "glad the team could help. Sending our best."),
    ("bereavement", "sensitive", "email",
        "Hi, our baby daughter was stillborn in October and I'd completely forgotten we'd bought "
        "tickets for the Christmas family show before all that. We won't be going. Can these be "
        "cancelled quietly please? Order VT-731045. Ash"),
    ("bereavement", "sensitive", "call",
        "Customer: I'm phoning about my mother's account, Margaret Ellery. She passed away in the "
        "hospice last month and I'm executor. There's a retreat booked for June. || Agent: I'm sorry "
        "for your loss. As executor you can request a refund to the estate; we'll need the grant of "
        "probate or a death certificate. || Customer: I'll send the certificate, probate's months "
        "off. || Agent: The certificate is fine."),
    ("bereavement", "sensitive", "dm",
        "i know this isnt your problem but my dog AND my grandad died in the same week and i just "
        "cannot do a festival right now. is there any way at all to get some money back on VT-260887?"),
    ("bereavement", "sensitive", "chat",
        "my partner took his own life in april and the tickets for the Fells weekend are on his "
        "account which i cant get into. i just want to know if its still booked or if i should stop "
        "thinking about it || Agent: I'm so very sorry. I can check the booking if you can give me "
        "his name and email on the account. Please also know the Samaritans are on 116 123, any time. "
        "|| thank you. his name was Liam Carver"),
    ("bereavement", "sensitive", "agent_note",
        "Lay chair of Hollins Choral Society (organiser account) rang to say their founder and "
        "conductor Mrs Joan Pettit has died. Requested the memorial concert on 11 May be listed with "
        "proceeds to her chosen charity. Listing created, fees waived per goodwill policy."),
    ("bereavement", "sensitive", "email",
        "Afternoon, I got an email saying my friend Sofia's ticket is ready to transfer. She passed "
        "away in January and I'm guessing she set up the transfer to me before. I'm not sure I want "
        "it. What happens if I don't accept? Thanks, Mo"),
    ("bereavement", "sensitive", "web_form",
        "Name: Gethin Price | Order: VT-615208 | Issue: Can't attend | Details: Dad's funeral is on "
        "the Friday of the conference. Would like to transfer my delegate pass to a colleague, Sian "
        "Morgan, sian.morgan@example.com."),
    ("bereavement", "sensitive", "sms",
        "Hi, sorry, my twin brother died over the weekend. We had tickets for the Saturday at "
        "Saltmarsh, VT-227740 and VT-227741. I need to cancel his. Thanks"),
    # ---- bereavement, benign
    ("bereavement", "benign", "chat",
        "my phone died halfway through the gate queue and the e-ticket was on it, can I get in with "
        "my booking ref? || Agent: Yes, head to the box office window with photo ID and your "
        "reference, they'll print a ticket. || nice one, on my way"),
    ("bereavement", "benign", "email",
        "Hi, I'm trying to book the Grateful Dead tribute night at the Foundry but the seat map won't "
        "load past the balcony. Tried Chrome and Safari. Can you book me two seats in row F by phone? "
        "Thanks, Howard"),
    ("bereavement", "benign", "review",
        "5/5. The Widow's Peak set was dead good, they played the whole first album. Crowd was dead "
        "on Sunday afternoon though, half the field was asleep. || ValeTix reply: Glad you enjoyed "
        "Widow's Peak! We'll tell the programming team about the Sunday lull."),
    ("bereavement", "benign", "web_form",
        "Organisation: Kestrel Valley Day of the Dead Festival CIC | Query: We want to run timed "
        "entry slots for the lantern parade (every 15 mins). Does the organiser dashboard support "
        "capacity per slot?"),
    ("bereavement", "benign", "agent_note",
        "Cust asked what time the last entry is for the Memorial Hall quiz night. 19:45, doors close "
        "at 20:00. Also asked about card payments at the bar: card only. Closed."),
    ("bereavement", "benign", "sms",
        "RIP my wallet, just bought 6 Saltmarsh tickets. can I split them into separate e-tickets for "
        "everyone? VT-280015"),
    ("bereavement", "benign", "email",
        "Hi, the headliner absolutely killed it last night but the deadline to upgrade to the VIP "
        "camping for the second weekend was yesterday. Is there any way to still get in? Order "
        "VT-392215. Thanks, Kezia"),
    ("bereavement", "benign", "call",
        'Customer: Hi, I\'m calling about the murder mystery night at Grisedale Hall. It says "come '
        'dressed as a ghost". Is that mandatory? || Agent: Not at all, fancy dress is optional. || '
        "Customer: Ha, good, I'm not sewing a sheet."),
    ("bereavement", "benign", "chat",
        "Customer: the link in the email is dead, 404 page. trying to download my ticket for the "
        "Lantern Theatre || Agent: Sorry, that's a known issue with older emails. You can get your "
        "ticket from the app or I can resend. || Customer: resend please"),
    ("bereavement", "benign", "voicemail",
        "Hi, this is Carol from the Hollins Memorial Hall committee. We're hosting the folk night on "
        "the 9th and we'd like the poster to say doors 7pm rather than 7.30. Could someone update the "
        "listing? 07700 900145. Thanks."),
    ("bereavement", "benign", "dm",
        "@ValeTix Is the Funeral For A Fiend horror-punk all-dayer still on? Lineup page has been "
        "blank for a week || Agent: Yes! Still on for 28 Oct, lineup drops Friday."),
    ("bereavement", "benign", "web_form",
        "Enquiry type: Refunds | Message: What happens to my ticket if the event is cancelled because "
        "of bad weather? I'm looking at the outdoor opera and the forecast is grim."),
    ("bereavement", "benign", "review",
        "2/5. The sound died twice during the second act of Ghost Lights and they had to restart. "
        "Decent show otherwise but for £45 I'd expect the PA to work. || ValeTix reply: We're sorry "
        "about the technical problems. The organiser is offering a 20% credit, check your inbox."),
    ("bereavement", "benign", "agent_note",
        "Organiser of Last Orders comedy club asked for payout to new bank account. Verified via "
        "two-factor and signed form. Payout details updated. Next settlement 28th."),
    ("bereavement", "benign", "email",
        "Hi, I'm buying tickets for the Rest In Pieces walking tour of the old cemetery quarter as a "
        "Halloween treat for my housemates. Can I pay for four at once and send them separately? "
        "Thanks, Ola"),
    # ---- violence_self_harm, sensitive
    ("violence_self_harm", "sensitive", "email",
        "Hi, I need help and I don't really know who else to ask. My ex has been following me for "
        "months, turning up at my work, and I think he's found out I'm going to Greenhollow because "
        'he messaged a friend about "seeing me there". Can you tell me if someone under the name '
        "Craig Lister has a ticket? If not, can I get a refund or move to another weekend? Order "
        "VT-309921. || Agent: I'm really sorry you're going through this. I can't share other "
        "customers' bookings, but I've moved you to the September weekend and flagged your booking "
        "with the festival's safeguarding team. If you're in danger please call 999. Take care, "
        "Priyanka || thank you, that actually helps a lot"),
    ("violence_self_harm", "sensitive", "agent_note",
        "Cust reports she was groped in the pit during the Sat headliner at Harbour Arena, reported "
        'to steward who "laughed it off". Wants formal complaint and to know if CCTV will be kept. '
        "Escalated to venue safety manager, complaint ref SF-2209. Advised she can report to police; "
        "she says she will."),
    ("violence_self_harm", "sensitive", "chat",
        "i dont even care about the refund anymore honestly. i booked this as something to look "
        "forward to and now i dont see the point of anything, i dont think ill be around by then || "
        "Agent: I'm really glad you told us and I'm worried about you. Please call Samaritans on 116 "
        "123, or 999 if you are in danger right now. Is anyone with you? || no. ill call them"),
    ("violence_self_harm", "sensitive", "web_form",
        "Complaint | Event: Kettle Yard, 12 Oct | Details: A security guard put my partner in a "
        "headlock and dragged him out by the neck after he asked why the queue had stopped. He has "
        "bruising on his throat and we have video. We want the guard identified and the incident "
        "investigated."),
    ("violence_self_harm", "sensitive", "sms",
        "someone on your resale page has been messaging me threats since i reported their listing, "
        'says they know where i live and theyll "sort me out". what do i do?? order VT-48832'),
    ("violence_self_harm", "sensitive", "voicemail",
        "Hi, um, my name's Kerry, I bought a ticket for the retreat in the Dales. I need to change "
        "the address on my account and make sure it doesn't show on anything. I've left my husband, "
        "he's been hurting me for a long time, and I don't want him finding where I am. Please call "
        "07700 900622 and don't leave a message if a man answers."),
    ("violence_self_harm", "sensitive", "review",
        "1/5. Absolute disgrace. A bloke in the queue kept shoving me and when I asked him to stop he "
        "punched me in the face. Split lip. Stewards saw it and did nothing. Won't be back. || "
        "ValeTix reply: We're truly sorry. Please email safety@valetix.example.com with your booking "
        "reference so we can investigate with the venue."),
    ("violence_self_harm", "sensitive", "email",
        "Hello, I'm writing about my daughter's account. She's 19 and has been self-harming again and "
        "her therapist said crowds and late nights are a trigger right now, so we've agreed she won't "
        "go to the festival. Could we get the ticket transferred to her cousin instead? Order "
        "VT-452016. Thanks, Mark"),
    ("violence_self_harm", "sensitive", "dm",
        "your comedian at the Cellar Bar last night singled me out and the guy next to me kept "
        "calling me names and followed me to the bus stop after. i had to hide in a shop. is there a "
        "way to report him to you or the venue?"),
    ("violence_self_harm", "sensitive", "call",
        "Customer: I'm a steward at Brightwater, agency staff, and I'm calling because one of the "
        "other stewards has been sending me messages, sexual stuff, every night for two weeks. || "
        "Agent: I'm sorry, that's not okay. That needs to go to the event's staffing manager; I'll "
        "take your details and escalate today. || Customer: I don't want him knowing it was me. || "
        "Agent: Understood, I'll mark it confidential."),
    ("violence_self_harm", "sensitive", "chat",
        "Customer: can I get someone else's name off my booking? the ticket in row K was my friend's "
        "but she's been really abusive to me, threatening to hurt me if I don't pay her back, and I "
        "don't want her sitting next to me. || Agent: I'm sorry that's happening. I can cancel that "
        "seat and refund it to you, and she won't be able to use it. || Customer: yes please do that"),
    ("violence_self_harm", "sensitive", "agent_note",
        'Customer called in distress, said she\'d "cut again" last night and was worried about people '
        "seeing her arms at the pool party event. Agent followed welfare script, gave Samaritans "
        "number, customer said she's seeing GP tomorrow. Offered transfer to a later date, accepted. "
        "Welfare flag on account."),
    ("violence_self_harm", "sensitive", "email",
        "I'm the organiser of a small comedy night and one of our acts, Jess Moran, has been getting "
        'death threats from a man who bought a ticket on your platform. He wrote "I\'ll be in row C '
        'and she\'ll regret it" in the booking notes. Please cancel his booking and give us his '
        "details for the police."),
    ("violence_self_harm", "sensitive", "web_form",
        "Safety report | Name: Anon | Event: Greenhollow Sun | Details: I was spiked at the Oak Stage "
        "bar around 11pm and woke up in the medical tent. I don't remember how I got there. I'd like "
        "to know if anyone handed anything in and whether the festival is doing anything."),
    ("violence_self_harm", "sensitive", "chat",
        "hey so my stepdad is coming to the panto with us and he gets violent when he drinks, last "
        "time he threw a glass at my mum. can I book our seats away from the bar and is there "
        "security in the foyer || Agent: Thanks for telling us. I'll seat you in the stalls away from "
        "the bar and let the duty manager know. If anyone is ever in danger, call 999. || ok"),
    # ---- violence_self_harm, benign
    ("violence_self_harm", "benign", "review",
        "5/5. The comedian absolutely killed it, I was dying by the end. Best Friday night out in "
        "ages. Drinks overpriced though. || ValeTix reply: Ha, we'll take it! Thanks for the review."),
    ("violence_self_harm", "benign", "email",
        "Hi, I'd like four ringside seats for Fight Night at Brightwater on the 22nd. Are the first "
        "two rows a different price and do they include the programme? Thanks, Bilal"),
    ("violence_self_harm", "benign", "chat",
        "Customer: does Riot Grrrl Revival have a bag policy? small backpack ok? || Agent: Bags up to "
        "A4 size are fine, no large backpacks. || Customer: perfect"),
    ("violence_self_harm", "benign", "web_form",
        "Enquiry type: Policy | Message: Does ValeTix have a published code of conduct or harassment "
        "policy for events? Our student society wants to link to it when we sell tickets for our "
        "ball."),
    ("violence_self_harm", "benign", "agent_note",
        'Organiser (Knife Edge Theatre) wants to add a content warning line to the listing: "contains '
        'scenes of stage combat and loud bangs". Added to description and checkout page.'),
    ("violence_self_harm", "benign", "sms",
        "what are the rules on the mosh pit at the Foundry on sat? is it allowed or do security break "
        "it up"),
    ("violence_self_harm", "benign", "voicemail",
        "Hi, it's Fraser from Pitch Black Screenings, we're doing a Stalker double bill at the Lido "
        "on the 3rd and the listing's showing the wrong runtime, it's two hours forty-three not "
        "ninety minutes. 07700 900456. Cheers."),
    ("violence_self_harm", "benign", "call",
        "Customer: I'm organising a work do, is the Murder at the Manor dinner okay for a group of "
        "14? || Agent: Yes, groups up to 20 on one table. || Customer: Great, and is there a "
        "vegetarian main? || Agent: There is, and vegan on request."),
    ("violence_self_harm", "benign", "email",
        "Hello, the ticket scanner at the north gate keeps killing our queue. It's rejecting valid "
        "barcodes about one in five. We're the organiser (Harbourfest). Can someone from tech support "
        "call us today? Ops manager, Tilly"),
    ("violence_self_harm", "benign", "dm",
        "@ValeTix she's a triple threat and you've got her on a 20 min slot?? lol. anyway, when do "
        "Lantern Theatre's Sunday tickets go on general sale? || Agent: Ha, noted! General sale is "
        "10am Friday."),
    ("violence_self_harm", "benign", "chat",
        "Customer: the checkout keeps timing out and I'm about to throw my laptop out the window. "
        "third attempt for the boxing tickets || Agent: Sorry! There's a queue system at peak times, "
        "please keep the tab open and don't refresh. || Customer: ok it went through finally"),
    ("violence_self_harm", "benign", "review",
        "4/5. Gladiators-style obstacle course was brutal, my legs are destroyed, loved it. Would be "
        "good to have more water points halfway round."),
    ("violence_self_harm", "benign", "web_form",
        "Organisation: Lowmoor Kickboxing Club | Query: We're hosting an amateur kickboxing "
        "exhibition for the club's 10th anniversary. Can we sell tickets with seat allocation by "
        "table, and print wristbands for fighters' guests?"),
    ("violence_self_harm", "benign", "agent_note",
        "Cust asked if there are lockers at the arena. No lockers, cloakroom £3 per item. Cust also "
        "asked if there's security at the car park after the late show: staffed until midnight. "
        "Closed."),
    ("violence_self_harm", "benign", "email",
        "Hi, we've got tickets to Shot Down in Flames: the War Poets Evening. Could you tell me if "
        "the reading is seated, and whether there's an interval long enough to get dinner? Thanks, "
        "Annabel"),
]


def vale_examples() -> list[dict]:
    """The vale split as labelled tickets (same shape as ``sensitive_eval.build_eval_set``'s)."""
    return stranger_examples("vale", ENTRIES, SUBJECTS)
