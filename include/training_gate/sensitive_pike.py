"""pike split: written by a helper who had not seen the detection rules, the anchors or any other split.
Setting: box office of the Lanternhill Playhouse & Picturehouse, a theatre and cinema in Brackwater (ticket sales,
memberships, relaxed and captioned performances, school matinees, youth theatre, group bookings, access scheme,
refunds and exchanges);
registers are email, chat, SMS, call transcript, agent note, web form, review (with reply), voicemail, DM.
The benign half borrows the same territory harmlessly: show and film titles, idioms, organisations booking as
organisations (churches, unions, schools, surgeries, law firms), general policy questions, routine billing, and
access or family products bought without revealing anything about a person.
70 sensitive and 70 benign tickets for special categories, 50 and 50 for children, 20 and 20 for financial hardship,
15 and 15 for health, legal, bereavement and violence and self-harm.
First reading (policy 2026.11.24.6, after it was final; `sensitive_eval.evaluate`, as `make eval-sensitive`):
92.5 / 1.5 recall / false exclusion in % as shipped, 93.5 / 7.5 without the overruling,
90.5 / 7.0 by the rules alone. Waits for the next round."""

from __future__ import annotations

from training_gate.sensitive_blind import stranger_examples

SUBJECTS: tuple[str, ...] = (
    "Exchange for Saturday matinee",
    "Membership renewal query",
    "Refund for cancelled screening",
    "Group booking - 14 seats",
    "Captioned performance dates",
    "Access scheme registration",
    "Seat change request",
    "Gift voucher not received",
    "Youth theatre term fees",
    "School matinee invoice",
    "E-tickets not arriving",
    "Booking fee question",
    "Relaxed performance booking",
    "Collecting tickets at the desk",
    "Card declined at checkout",
)

ENTRIES: list[tuple[str, str, str, str]] = [
    # ---- health
    ("health", "sensitive", "email",
     "Hi there, I've got two seats for Blithe Spirit on Sat 14th (row F, 9 and 10, ref LH-48213) which "
     "are up in the circle. I'm having my knee done on the 6th and the consultant's said no stairs for "
     "a good month after, so is there any chance of swapping to the stalls, or pushing to a later date "
     "in the run? Happy to pay the difference. Thanks, Marjorie Dunwell"),
    ("health", "sensitive", "chat",
     "hiya can i move my cinema tickets || Agent: Hi! Of course, which screening is it? || the 7.40 on "
     "friday, 2 tix. they've moved my chemo to thursdays now and honestly im wiped out the day after "
     "lol || Agent: Totally understand. I can move you to Tuesday 7.40 at no charge, does that work? || "
     "yes perfect ta"),
    ("health", "sensitive", "sms",
     "Hi its Kev Marsh, wont make tonights show, been kept in at St Aldhelms since sun with my heart "
     "playing up. can u stick the 2 tix on my account as credit? ref 55902"),
    ("health", "sensitive", "call",
     "Caller: Hello, I'm ringing about joining your access thing, the scheme. || Agent: Lovely, are you "
     "already a member with us? || Caller: We've been members years, but my wife got her MS diagnosis "
     "in the summer and she's on a stick now, so we'd need aisle seats and to know the lift's working. "
     "|| Agent: Absolutely, I'll set that up on the account now."),
    ("health", "sensitive", "note",
     "Cust Mr D. Obi (acct 20417) rang re refund for 3rd Nov, outside the 48h window. Explained T&Cs. "
     "He said he'd been on a mental health ward since the 2nd and only got his phone back this week. "
     "Supervisor (JT) OK'd full refund as goodwill. -- RH"),
    ("health", "sensitive", "form",
     "Name: Priya Lal | Booking ref: LH-77120 | Request type: Refund | Performance: Les Mis, 19 Jan eve "
     "| Details: I'll be 34 weeks by then and the midwife wants me resting up, can't see me lasting "
     "3hrs in those seats sorry!"),
    ("health", "sensitive", "review",
     "** Great cast, but I wish the relaxed performance had flagged the gunshot in act 2. I've had PTSD "
     "since my time in the forces and I had to leave, shaking, and missed the second half. || Reply "
     "from Lanternhill: Dear Tom, we're so sorry. We've passed this to our access team and will add it "
     "to the visual story. Please get in touch so we can offer you seats at another show."),
    ("health", "sensitive", "voicemail",
     "Hi, it's Gwen Pryce, ref 60311, about Thursday's captioned matinee. My hearing's gone downhill "
     "since the stroke in May and I can't really follow from row M anymore, could you move me nearer "
     "the caption screen? Ring me on 07700 900412, thank you."),
    ("health", "sensitive", "dm",
     "hey quick q do carers go free?? my mum's dementia has got a lot worse and i cant leave her on her "
     "own now so id be bringing her to the sunday matinee"),
    ("health", "sensitive", "email",
     "---------- Forwarded message ---------- From: Sandra Leigh <s.leigh@example.com> Subject: Fw: "
     "Saturday | Can you ask the theatre if Dad can bring a little cool bag in? His insulin has to stay "
     "cold and he'll need a jab at the interval. x || Hi box office, as above really - is that allowed? "
     "Regards, Martin Leigh"),
    ("health", "sensitive", "chat",
     "is there anywhere quiet to sit in the interval? panic attacks have been really bad since i came "
     "off my meds and the foyer gets rammed || Agent: Yes, the Garden Room on level 1 is kept quiet for "
     "exactly that, just show your ticket to the usher."),
    ("health", "sensitive", "note",
     "Member 8812 (Mrs A. Kowal) asked to freeze Gold membership for 6 months - starting dialysis three "
     "times a week, evenings wiped out. Frozen from 1/3, no fee, renewal date pushed back."),
    ("health", "sensitive", "sms",
     "sorry cant collect at the desk, been in a chair since the accident and your collection point is "
     "up 3 steps. can someone pop them out to the front? Dan, ref LH-30982"),
    ("health", "sensitive", "form",
     "Access scheme application | Name: Ruairi Flynn | Requirement: Free companion seat, quiet queueing "
     "| Supporting info: I'm autistic (diagnosed 2019), crowds and queues are really hard for me, "
     "letter from my GP attached"),
    ("health", "sensitive", "call",
     "Caller: I need to cancel my husband's seat for the opera screening on the 22nd. || Agent: No "
     "problem, can I take the reference? || Caller: LH-11873. He's on Ward 9 at the General with "
     "pneumonia and they're saying another fortnight at least. || Agent: I'm sorry to hear that. I'll "
     "refund it to the card now."),
    ("health", "benign", "email",
     "Hello, what's the running time of The Doctor's Dilemma and is there an interval? Trying to work "
     "out the last train. Cheers, Owen"),
    ("health", "benign", "chat",
     "your booking page is giving me a headache, it keeps crashing at the payment bit || Agent: Sorry "
     "about that! Which browser are you using? || chrome on my phone || Agent: We've had reports about "
     "that, could you try the app or a desktop for now?"),
    ("health", "benign", "sms",
     "Hi, booked for the Sick Note comedy night on Fri - is it seated or standing?"),
    ("health", "benign", "note",
     "Caller asked whether the bar sells earplugs for the tribute gig on Sat. Confirmed foam earplugs "
     "1.50 at both bars."),
    ("health", "benign", "form",
     "Group booking | Organisation: Fernvale Hospital Staff Social Club | Seats: 24 | Show: Mamma Mia, "
     "8 Dec eve | Notes: Christmas night out for the ward staff, please invoice the club treasurer"),
    ("health", "benign", "review",
     "***** Absolutely sick production, the dancing was unreal and the band were on fire || Reply from "
     "Lanternhill: Thank you Jas! We'll pass your words on to the company."),
    ("health", "benign", "call",
     "Caller: Just a general one, what actually is a relaxed performance? My book club keeps asking. || "
     "Agent: House lights stay a little up, sound is softer, and people can come and go as they need. "
     "|| Caller: Oh that's nice, thanks."),
    ("health", "benign", "voicemail",
     "Hi, this is Helen from the practice office at Brookfield Surgery, we'd like to hire the studio "
     "bar for the practice Christmas do, about 30 of us, Friday the 13th if free. Call back on 07700 "
     "900236. Thanks."),
    ("health", "benign", "dm",
     "hey where's your defib kept? i'm doing the first aid audit for the bakery next door and we're "
     "meant to list the nearest one"),
    ("health", "benign", "email",
     "Just flagging that the captions in screen 2 on Tuesday night were about three seconds behind the "
     "dialogue for the whole film. Might be worth a look before the weekend. Best, R. Castle"),
    ("health", "benign", "chat",
     "general question for a FAQ I'm writing for our rambling group - what proof do people need to join "
     "your access scheme? || Agent: Any one of a benefit letter, a doctor's letter, or a Blue Badge. "
     "It's free to join."),
    ("health", "benign", "sms",
     "r there tickets left for Hospital Radio Live on the 3rd?"),
    ("health", "benign", "note",
     "Caller wanted to know if Patient Zero (zombie film, Screen 1) has strobe. Yes - warning is on the "
     "listing and on the door."),
    ("health", "benign", "form",
     "Feedback | Area: Bar and cafe | Comment: Love that you list allergens on the menu boards now, but "
     "the vegan ice cream had sold out by the interval two weeks running!"),
    ("health", "benign", "email",
     "Hi, I bought the Wellness Wednesday pass for the foyer yoga before the film but can't go any "
     "more. Can I transfer it to my sister, Ellie? Thanks, Rosa"),
    # ---- children
    ("children", "sensitive", "form",
     "Youth Theatre enrolment | Child's name: Hazel Morrow | Date of birth: 04/02/2015 | School: St "
     "Brennan's Primary | Year group: 5 | Parent/carer: Joanne Morrow | Contact: 07700 900118 | Photo "
     "consent: No"),
    ("children", "sensitive", "email",
     "Hi, Finn turned 11 last week so I think he's meant to move up from Juniors to the Intermediates "
     "on Thursdays? He's desperate to be with his mates. Let me know if I need to fill anything in. "
     "Thanks, Caroline Ashe"),
    ("children", "sensitive", "chat",
     "can my 14 yr old come in to the 15 with me or is that a no || Agent: I'm afraid for a 15 "
     "certificate everyone has to be 15 or over, even with an adult. || ah ok shes gutted lol thanks"),
    ("children", "sensitive", "sms",
     "hi its Lucys mum, Lucy Parr yr 9, she left her green coat at youth theatre sat morning, is it in "
     "lost property?"),
    ("children", "sensitive", "call",
     "Caller: Hi, I want three for the Gruffalo on Sunday, one adult and two kids. || Agent: Lovely, "
     "how old are the children? || Caller: The twins are six, Alfie and Jude. || Agent: Then that's one "
     "adult and two child tickets, 34 pounds all in."),
    ("children", "sensitive", "note",
     "Parent of Amelia Kaur (age 8, junior panto chorus) rang asking for the rehearsal photo with "
     "Amelia in it to be taken off the website gallery. Passed to marketing, removed same day."),
    ("children", "sensitive", "voicemail",
     "Hi, it's Daniel Osei, my daughter Nia's in the junior cast for the spring show, she's got her "
     "SATs that week in May so could she miss the Tuesday rehearsal? Call me back on 07700 900561, "
     "cheers."),
    ("children", "sensitive", "dm",
     "my lad's 16 in march, could he do the summer usher job or is it 18+"),
    ("children", "sensitive", "review",
     "**** Took my three-year-old to the toddler screening and she lasted the whole hour, a first! Only "
     "gripe, the lights went down a bit too far for her. || Reply from Lanternhill: Thanks Becky! We'll "
     "keep the lights higher for the little ones next time."),
    ("children", "sensitive", "email",
     "Hello, the account under Sophie Hart is my daughter's, she's 15. She wants to log in and book the "
     "Saturday youth screenings herself. Is that OK if I'm still the one paying? Thanks, Nadine Hart"),
    ("children", "sensitive", "chat",
     "quick one, will the 2pm matinee be out by 5? I have to get Ollie from Little Acorns nursery by "
     "5.30 and they charge a fortune if you're late || Agent: It comes down at 4.40, so you'll be fine."),
    ("children", "sensitive", "note",
     "Mum rang: Jayden Pike (Year 4, Holbrook Primary) lost his school matinee ticket on the bus. Told "
     "her school list is at the door, he'll be ticked off by his teacher. No reprint needed."),
    ("children", "sensitive", "email",
     "Please can you remove my son Arlo Vance's details from your mailing list. He signed himself up on "
     "your website for the film club emails without asking me and he's only 12. Thank you, Mrs K. Vance"),
    ("children", "sensitive", "sms",
     "Can Mia (10) be dropped at the door for the 2pm Matilda or does a grown up have to stay in with "
     "her?"),
    ("children", "sensitive", "call",
     "Caller: Can I bring my baby into the parent and baby screening in a sling? She's four months. || "
     "Agent: Yes, slings are fine, and there's room for buggies at the back. || Caller: Brilliant, I'll "
     "book for Wednesday then."),
    ("children", "sensitive", "voicemail",
     "Hello, it's Carol Dent, my grandson Reece is only 13 but he's nagging to go to the horror "
     "all-nighter in October, I'm ringing to see if there's any way he can come if I'm with him. My "
     "number's 07700 900774. Thanks love."),
    ("children", "sensitive", "dm",
     "hiya my daughter is doing her drama GCSE next year and her teacher said to see two shows, do u do "
     "student prices for her? she's 15"),
    ("children", "sensitive", "review",
     "***** The summer school was the best thing my 9 year old has done all year. She came home every "
     "day doing the songs. || Reply from Lanternhill: We loved having Grace with us! Autumn term "
     "bookings open 1 Sept."),
    ("children", "sensitive", "form",
     "Waiting list | Child's name: Eli Sandoval | Age: 7 | School year: Year 2 | Class wanted: Little "
     "Actors (Weds) | Anything we should know: Very shy at first but loves singing"),
    ("children", "sensitive", "note",
     "Called back re work experience for Bella Chen (Year 11, Moorlands School). She's 15 so needs the "
     "parental consent form and a named supervisor. Emailed both to mum."),
    ("children", "sensitive", "chat",
     "hi want to book the party package for my boy's 7th birthday, 10 kids from his class || Agent: "
     "Lovely! Which date were you thinking? || the 18th, its a saturday. he wants the dinosaur film"),
    ("children", "sensitive", "email",
     "Hi, my son Callum Reid (11, youth theatre Tuesdays) still has our old address on his account. "
     "We've moved to 4 Larch Close, Brackwater. Can you update so the show letters come here? Ta, Steve "
     "Reid"),
    ("children", "sensitive", "sms",
     "is under 2 free for the Gruffalo? mine's 20 months, he'll be on my knee"),
    ("children", "sensitive", "call",
     "Caller: My daughter's in sixth form, lower sixth, she's seventeen. Can she still use the under-18 "
     "rate for herself? || Agent: Yes, under-18s get the 10 pound rate, she just might need ID at the "
     "door."),
    ("children", "sensitive", "note",
     "Found child at 3.05pm, boy about 8, said his name was Leo, lost his dad at the pick and mix. "
     "Stayed with duty manager at kiosk, dad (Mr Akande) collected him 3.12pm. Logged in incident book."),
    ("children", "sensitive", "dm",
     "do you do work experience for year 10s? asking for my son tyler, hes mad on lighting"),
    ("children", "sensitive", "form",
     "Booking change | Name: Ewa Nowak | Ref: LH-40217 | Add: 1 child seat, aisle if poss | Child's "
     "age: 4 | Booster cushion needed: Yes"),
    ("children", "sensitive", "review",
     "**** War Horse had our 11 year old in tears in the best way, he's been drawing horses since. "
     "Seats in row D were perfect for him. || Reply from Lanternhill: That's lovely to hear, thanks for "
     "coming!"),
    ("children", "sensitive", "email",
     "Forwarded from Mrs Patel, Head of Year 8, Hollins Academy: \"Ruby Thornton is on our no-photo "
     "list, please make sure she isn't in any filming at the schools matinee on the 9th.\" Passing on as "
     "requested. Rob (school office)"),
    ("children", "sensitive", "chat",
     "hi im 15 can i buy tickets online with my mums card if she says yes || Agent: The card holder "
     "needs to be the one booking, so it's best if your mum does the checkout."),
    ("children", "sensitive", "sms",
     "yo can i see the 12A if im 11 and a half, my brother is 19 he is coming"),
    ("children", "sensitive", "call",
     "Caller: I'm ringing for my granddaughter Poppy, she's five on Saturday and we'd love one of those "
     "birthday messages on the screen before the film. || Agent: Of course! What would you like it to "
     "say? || Caller: Happy 5th birthday Poppy, love Nana and Grandad."),
    ("children", "sensitive", "note",
     "Youth theatre - Zara Hussain (13, Tuesday group): mum says on Tuesdays ONLY her aunt Farah "
     "collects. Added to register notes and told the Tuesday leader."),
    ("children", "sensitive", "voicemail",
     "Hi, it's Laura Benn, my little boy Alfie is three and his nursery's coming to your Hungry "
     "Caterpillar show, I wanted to know if I can buy a ticket and sit with him as a parent helper. "
     "Thanks, bye."),
    ("children", "sensitive", "email",
     "Can I bring my newborn to the 11am parent screening next Tues? She's 6 weeks old and sleeps "
     "through almost anything. Do I need to book her a seat? Thanks, Aoife"),
    ("children", "sensitive", "form",
     "Membership | Type: Family | Members: Sian Rhys (adult), Gethin Rhys (adult), Cerys Rhys (age 9), "
     "Ianto Rhys (age 6) | Payment: Annual"),
    ("children", "sensitive", "dm",
     "my stepdaughter is 12 and wants to audition for Annie, what age do they take? she's small for 12 "
     "if that matters lol"),
    ("children", "sensitive", "review",
     "*** My 14 year old went to the Saturday youth screening with her friends and said the staff were "
     "lovely, but the kiosk queue took 20 mins. || Reply from Lanternhill: Thanks for telling us, we're "
     "adding a second till on Saturdays."),
    ("children", "sensitive", "chat",
     "i signed my son up for drama club with my email, noah, year 3. can i add my daughter esme as "
     "well? shes in year 1 || Agent: Yes, log in and use Add a family member. Esme would go in Little "
     "Actors."),
    ("children", "sensitive", "note",
     "Party package booked for Ellis Brand (turning 10), 12 guests, Sat 2pm. One guest has a nut "
     "allergy, kitchen told. Cake to be brought in by parent."),
    ("children", "sensitive", "email",
     "Hi, I'm mum to one of the choir kids in the panto, Maisie Grant, she's 9. What time will the "
     "dress rehearsal finish on the 1st? It's a school night. Many thanks, Jo"),
    ("children", "sensitive", "sms",
     "cn u email the pic of my son on stage from sat? Jack Lowe, junior ensemble, hes 8 x"),
    ("children", "sensitive", "call",
     "Caller: Hi, the teen screenwriting workshop, my son Kai turns 16 in December, does he count for "
     "it now? || Agent: It's for 14 to 18 year olds, so he's fine already. || Caller: Oh great, I'll "
     "book him on."),
    ("children", "sensitive", "voicemail",
     "Hi, message for the youth theatre office. My daughter Ivy's in Reception and keeps asking about "
     "the little ones' class, is there a space for her in January? It's Megan Shaw, 07700 900330."),
    ("children", "sensitive", "form",
     "Lost property | Item: Blue water bottle with name label | Owner: Theo Barnes, Year 2, Ashgrove "
     "Infants | Where lost: School matinee, 12 Nov | Contact: teacher Mr Elland"),
    ("children", "sensitive", "dm",
     "can i get my 17 yr old's youth card renewed? hes in year 13 now, his card ran out in august"),
    ("children", "sensitive", "review",
     "**** Great Christmas show. My two (5 and 8) went mad for the snow at the end. Loos could do with "
     "a step for the little ones though. || Reply from Lanternhill: Thanks Anna, step stools are on "
     "order!"),
    ("children", "sensitive", "note",
     "Under-13 account flagged: Kyan Ali, DOB 2014, signed up for film club without a guardian. Account "
     "paused, emailed the parent address for consent per policy."),
    ("children", "sensitive", "chat",
     "hi my son's been with the youth theatre since he was 8, he's 14 now and wants to try backstage. "
     "is there a tech group for his age || Agent: Yes, Tech Crew runs on Mondays for 13 to 17s."),
    ("children", "sensitive", "email",
     "Hiya, writing for my niece Kirsty Hale who's 16 and wants the pay-as-you-go youth membership. She "
     "doesn't have a bank card yet, can I pay for her and put her name on it? Cheers, Aunty Dee"),
    ("children", "benign", "email",
     "Dear Box Office, Brackenfield Academy would like 60 seats for the schools matinee of Macbeth on 4 "
     "March (54 students, 6 staff). Please send an invoice to the finance office. Kind regards, Mrs "
     "Oduya, Trips Coordinator"),
    ("children", "benign", "chat",
     "what age is the Gruffalo show recommended for? || Agent: It's aimed at ages 3 and up, and runs 55 "
     "minutes with no interval. || ok thank u"),
    ("children", "benign", "sms",
     "Is The Kid (1921) with the live piano still on for Sunday afternoon?"),
    ("children", "benign", "call",
     "Caller: Do you do gift vouchers that work for the kids' shows as well? It's a present for a "
     "friend's family. || Agent: Yes, our vouchers work on anything, including the family shows. || "
     "Caller: Great, I'll take one for 40."),
    ("children", "benign", "note",
     "Caller asked where the baby changing is. Told her ground floor accessible loo and level 1 by the "
     "studio."),
    ("children", "benign", "review",
     "**** Panto was gloriously childish, I laughed till I cried at 42 years of age. Dame was "
     "brilliant. || Reply from Lanternhill: Oh yes it was! Thanks for coming."),
    ("children", "benign", "form",
     "Membership sign-up | Name: Gareth Lomax | Date of birth: 12/06/1988 | Membership: Silver | Email: "
     "g.lomax@example.com"),
    ("children", "benign", "email",
     "Hello, I was in the Young Company back in 2004 and a few of us are planning a reunion. Could we "
     "book the studio bar? We're all mid-thirties now, so a bar tab would help! Sarah Clegg"),
    ("children", "benign", "chat",
     "is there a student discount? i'm at uni in brackwater || Agent: Yes, 25% off with a valid student "
     "card. || nice"),
    ("children", "benign", "dm",
     "any tickets left for the childrens author talk on sat? i'm a massive fan of her grown-up books too"),
    ("children", "benign", "sms",
     "2 for Baby Driver on the big screen fri pls, how do I pay"),
    ("children", "benign", "call",
     "Caller: How does your kids go free thing work? Just generally, I'm thinking about it for half "
     "term. || Agent: One child goes free with each full-price adult on selected family films. || "
     "Caller: Lovely, thanks."),
    ("children", "benign", "note",
     "School office at Ridgeway Primary rang - needs the invoice number for the Oliver! schools matinee "
     "re-sent to their new finance email. Done."),
    ("children", "benign", "email",
     "Hi, I run Tiny Steps Childminding and wondered if you offer a group rate for registered "
     "childminders for the family film mornings? Thanks, Joanna Price"),
    ("children", "benign", "sms",
     "hi r there tickets for Teen Spirit the nirvana tribute on the 21st"),
    ("children", "benign", "review",
     "*** The Children's Hour was beautifully acted but the set changes were far too slow. || Reply "
     "from Lanternhill: Thanks Lionel, we'll pass your notes to the company."),
    ("children", "benign", "chat",
     "do you sell gift cards for mothers day? want to get mum something || Agent: Yes, e-vouchers or "
     "printed cards, from 10 pounds."),
    ("children", "benign", "form",
     "Donation request | Organisation: Holmfield Primary PTA | Request: Pair of panto tickets for our "
     "Christmas raffle | Contact: pta.holmfield@example.com"),
    ("children", "benign", "email",
     "Hi, I'm a Year 6 teacher at Carrow Lane but this is a personal booking - two for Hamlet on the "
     "9th for me and my partner please. Sam Etheridge"),
    ("children", "benign", "voicemail",
     "Hi, I just saw the Little Prince and my inner child is weeping, in a good way. Ringing to see if "
     "there are any more dates, I want to bring my mum. It's Rachel."),
    ("children", "benign", "chat",
     "how many booster seats have you got in screen 1? just wondering in general before we come as a "
     "family || Agent: We've got about 40 across the screens, just grab one at the door."),
    ("children", "benign", "call",
     "Caller: I teach drama at the college, I'd like to volunteer with your youth theatre. || Agent: "
     "Great! We'll need you to apply through the volunteer page, and there's a DBS check. || Caller: No "
     "problem."),
    ("children", "benign", "sms",
     "do u have space for pushchairs in the main house?"),
    ("children", "benign", "email",
     "What counts as a family ticket? Is it two adults and two children, or can it be one adult and "
     "three? Just working out what's best. Thanks, Liam"),
    ("children", "benign", "chat",
     "im 19 can i still get the under 26 ticket? || Agent: You can! Bring ID to show if asked. || yay"),
    ("children", "benign", "dm",
     "buying vouchers for the grandkids for christmas, can they use them on the pantomime"),
    ("children", "benign", "form",
     "Enquiry | Subject: School's Out film club | Question: Could you send the full summer holiday "
     "programme? We'd like to put it in the parish newsletter."),
    ("children", "benign", "note",
     "Cafe query - does the kids' menu include a veggie option? Yes, cheese toastie or veg pasta pot."),
    ("children", "benign", "sms",
     "my baby (new laptop lol) wont load your seat map, any ideas?"),
    ("children", "benign", "review",
     "***** Playground of the Gods is the best new writing you've staged in years. Bold, funny, "
     "strange. || Reply from Lanternhill: Thank you, we'll share with the writer!"),
    ("children", "benign", "email",
     "Hi, 4 for The Little Prince on Saturday 2pm please, stalls if possible. I'll pay by card over the "
     "phone if easier. Best, Maureen Kidd"),
    ("children", "benign", "chat",
     "do u do any adults-only screenings? fancy a film without crunching and chatter || Agent: Yes, our "
     "Late Night Classics on Thursdays are 18+."),
    ("children", "benign", "form",
     "Teacher resources | School: Westbury High | Issue: The schools matinee resource pack link for An "
     "Inspector Calls gives a 404 | Contact: drama@example.com"),
    ("children", "benign", "call",
     "Caller: We're designing a flyer for the council, can you tell me the youth theatre fees for a "
     "term? || Agent: 85 pounds a term, with bursaries available. || Caller: Perfect, thanks."),
    ("children", "benign", "email",
     "Hello, we're a brand new theatre company (our baby, three months old!) and would love to hire the "
     "studio for a week in May. Rates? Pip Marsden, Wren Lane Players"),
    ("children", "benign", "voicemail",
     "Hi, just a heads up the new app's still got teething problems, it logged me out twice during "
     "checkout. Ticket's fine in the end. Cheers, it's Mark."),
    ("children", "benign", "email",
     "Please send the invoice for the staff night out to our parent company, Harlow Leisure Ltd, rather "
     "than to our branch. PO number 88421. Thanks, Accounts"),
    ("children", "benign", "sms",
     "2 tix The Kids Are Alright screening weds pls, is it the 8.15"),
    ("children", "benign", "form",
     "Ticket enquiry | Event: Children in Need gala night | Question: Are tickets on general sale yet "
     "or only for members?"),
    ("children", "benign", "chat",
     "i did youth theatre with you in the 2000s, now i'm 28 and want to get back into it, do you have "
     "an adult drama group? || Agent: Yes! Open Stage runs Wednesdays for 18+."),
    ("children", "benign", "note",
     "1st Welbury Scout Group booked 30 seats for the Jungle Book relaxed screening, invoice to group "
     "treasurer Mr Cobb."),
    ("children", "benign", "dm",
     "your panto dame is the GOAT, i'm 35 and i was screaming he's behind you like a kid"),
    ("children", "benign", "email",
     "Hi, Little Wrens Nursery would like to book 18 children and 6 staff for the Hungry Caterpillar "
     "show on 3 June, 10am. We'll need somewhere to leave the buggies. Thanks, nursery manager"),
    ("children", "benign", "review",
     "**** Toy Story marathon was a proper nostalgia trip for us thirty-somethings. More of this "
     "please! || Reply from Lanternhill: Noted! Shrek is next..."),
    ("children", "benign", "call",
     "Caller: Is the nursery rhyme sing-along screening captioned? I'm putting it in a listings "
     "round-up. || Agent: Yes, all our sing-alongs have the lyrics on screen. || Caller: Thanks."),
    ("children", "benign", "sms",
     "hi is the junior box office open on sundays? its a gift shop enquiry"),
    ("children", "benign", "chat",
     "my son-in-law's 40th is on the 10th, can we get a birthday message on screen? || Agent: We can! "
     "Which film and time? || the 7.30 Gladiator"),
    ("children", "benign", "form",
     "Accessibility question | Query: General question, are babes in arms allowed in the captioned "
     "performances or just relaxed ones?"),
    ("children", "benign", "voicemail",
     "Hi, Sheila from Carrow Lane School office, just checking you got our deposit for the Oliver! "
     "trip. Purchase order was 2219. Call the office on 07700 900902. Thanks."),
    ("children", "benign", "email",
     "Dear Box Office, as a retired headteacher I still love a school matinee atmosphere. Can adults "
     "buy tickets for them, or are they schools only? Regards, Gordon Beal"),
    # ---- financial_hardship
    ("financial_hardship", "sensitive", "email",
     "Hi, I bought 4 tickets for Wicked in the summer as a treat. I've since lost my job at the depot "
     "and honestly that 180 quid would make a real difference right now. I know the terms say exchange "
     "only but is there any way of a refund? Ref LH-62290. Thanks for reading, Gary Dunn"),
    ("financial_hardship", "sensitive", "chat",
     "can i split the panto tickets into payments? universal credit doesnt come till the 28th and the "
     "kids will be devastated if we miss out || Agent: We don't do instalments on the website, but I "
     "can hold the seats for you until the 29th. || omg yes please thank you"),
    ("financial_hardship", "sensitive", "sms",
     "pls dont pass me to the debt people, i will pay the 42 i owe for the group booking when i can. "
     "been evicted and on my sisters sofa atm. Shona"),
    ("financial_hardship", "sensitive", "call",
     "Caller: It's about the membership direct debit. || Agent: Yes, I can see it bounced twice. || "
     "Caller: Yeah, there's bailiffs been round about the council tax and my account's cleared out. Can "
     "you just stop it so it doesn't cost me more charges? || Agent: Of course, I've cancelled it with "
     "no fee."),
    ("financial_hardship", "sensitive", "note",
     "Letter received from Hartley & Co, insolvency practitioners, re member 30157 (Mr P. Greaves) - "
     "bankruptcy order made 12/09. Direct debit cancelled, membership left to lapse, outstanding 18.00 "
     "written off per finance."),
    ("financial_hardship", "sensitive", "form",
     "Pay What You Can scheme | Name: Leanne Cole | Household: Me and two kids | Circumstances: On "
     "Jobseeker's since March, nothing left after rent and food | Shows wanted: Family film Sundays"),
    ("financial_hardship", "sensitive", "voicemail",
     "Hiya, it's Brian Hollis, membership number 4471. Can you cancel my renewal please, I've been made "
     "redundant from Pennock's and can't justify it now. Sorry to do it, I love the place. 07700 900287."),
    ("financial_hardship", "sensitive", "dm",
     "any free tickets ever going spare? been skint since i got laid off, been to the food bank twice "
     "this month and i just want something nice to do with my daughter"),
    ("financial_hardship", "sensitive", "review",
     "***** The community tickets scheme is a lifeline. We're in temporary accommodation and my boys "
     "haven't had a day out in a year. Staff treated us like anyone else. || Reply from Lanternhill: "
     "That means a lot, thank you. You're always welcome here."),
    ("financial_hardship", "sensitive", "email",
     "I've had a letter from Calder Recovery saying you've passed the 210 pounds for the Christmas "
     "party deposit to them. I'm not disputing it, I just can't pay in one go since my hours were cut "
     "to nothing. Could we agree 20 a month? Kind regards, Michelle Ford"),
    ("financial_hardship", "sensitive", "chat",
     "my card keeps getting declined, i think its cos im in an IVA and the bank locked it down, can i "
     "pay cash at the desk instead? || Agent: Yes, just quote your booking ref at the desk and we'll "
     "hold the seats till 6pm."),
    ("financial_hardship", "sensitive", "note",
     "Cust (Mrs Tamsin Ward) asked for refund of 120 deposit for her office party - says she's behind "
     "on rent and has an eviction notice for end of month. Outside refund window, escalated to GM for "
     "discretion."),
    ("financial_hardship", "sensitive", "sms",
     "cant afford the rest for the school trip tix, been on benefits since my partner walked out. can "
     "we sort something. ref 77318 Kelly"),
    ("financial_hardship", "sensitive", "call",
     "Caller: We booked the studio for the launch, but the business has gone under, receivers came in "
     "Monday and I've lost the house as well. || Agent: I'm so sorry. Let me see what I can do with the "
     "deposit. || Caller: Anything back would help, honestly."),
    ("financial_hardship", "sensitive", "form",
     "Refund request | Booking ref: LH-50014 | Reason: Lost my income, can't cover the rent this month "
     "| Amount: 64.00 | Preferred: back to card"),
    ("financial_hardship", "sensitive", "voicemail",
     "Hello, this is Amira from Brackwater Debt Advice, I'm calling on behalf of a client, Mr Nolan, "
     "who owes you 96 pounds on a membership. He's on a debt relief order and we'd like to ask you to "
     "write it off. I'm on 07700 900655."),
    ("financial_hardship", "sensitive", "dm",
     "honestly cant pay the 8 quid booking fee, payday loan took my whole wage this month. can i just "
     "collect at the door without it?"),
    ("financial_hardship", "sensitive", "email",
     "Please stop taking the direct debit. My account is overdrawn every month now and I've got a CCJ "
     "from the credit card company. I'll come back when things are better. Roisin Keane, member 90214"),
    ("financial_hardship", "sensitive", "note",
     "Cust said she's sofa-surfing since the house was repossessed in July. Asked about free film club. "
     "Gave her the community tickets info and a pair of comps for Thurs (approved by DM)."),
    ("financial_hardship", "sensitive", "review",
     "***** I haven't been able to afford anything since I was laid off in March and your 3 pound "
     "Tuesday screenings are honestly keeping me sane. || Reply from Lanternhill: Thank you, Tuesday 3s "
     "are here to stay!"),
    ("financial_hardship", "benign", "chat",
     "my card keeps getting declined at the checkout || Agent: Sorry! Is the billing postcode the same as "
     "on your card statement? || oh no its my old one, hang on || worked, cheers"),
    ("financial_hardship", "benign", "email",
     "Hi, I've been charged twice for the same booking (LH-71143), 58.00 on the 3rd and again on the "
     "4th. Could you refund one of them? Thanks, Jordan Lyle"),
    ("financial_hardship", "benign", "sms",
     "why is there a 2.50 booking fee if i print them myself??"),
    ("financial_hardship", "benign", "call",
     "Caller: Do you do payment plans at all? Just asking generally, a few of us at the bowls club want "
     "to do the big musical. || Agent: Group bookings over 10 can pay a deposit and the balance 6 weeks "
     "before. || Caller: Grand, thanks."),
    ("financial_hardship", "benign", "form",
     "Gift Aid | Name: Patricia Moss | Membership: Friends of Lanternhill | Declaration: I am a UK "
     "taxpayer and want Gift Aid on my membership"),
    ("financial_hardship", "benign", "dm",
     "how does your pay what you can night actually work? is it any amount?"),
    ("financial_hardship", "benign", "email",
     "The refund for my cancelled screening went back to my old card which has now expired. Will it "
     "bounce back to you or do I need to do something? Thanks, Kieran"),
    ("financial_hardship", "benign", "note",
     "Accounts at Morley Engineering want a single invoice for their 40-seat staff booking, VAT shown "
     "separately. Sent via finance."),
    ("financial_hardship", "benign", "sms",
     "can i change the direct debit date to the 15th instead of the 1st? payday moved"),
    ("financial_hardship", "benign", "review",
     "**** The Debt Collector double bill on Friday was a riot, more late-night action please || Reply "
     "from Lanternhill: Noted, we'll keep the action coming!"),
    ("financial_hardship", "benign", "chat",
     "did the bankrupt play get extended? the one with the shopkeeper || Agent: The Bankrupt's Ball? "
     "Yes, two extra weeks into March."),
    ("financial_hardship", "benign", "email",
     "Hi, could I get a VAT receipt for the corporate booking on 2 Oct? It's for my expenses claim. "
     "Best, Leena Shah"),
    ("financial_hardship", "benign", "voicemail",
     "Hi, I've got a voucher from Christmas and I've no idea what's left on it, the code is LHV-2291. "
     "Could you call me back? It's Ann on 07700 900143."),
    ("financial_hardship", "benign", "form",
     "Question | Topic: Concessions | Message: Is the over-60s concession available on Saturday "
     "evenings, or weekdays only?"),
    ("financial_hardship", "benign", "call",
     "Caller: I was charged a foreign transaction fee on my booking. || Agent: We charge in pounds, so "
     "that'll be your bank converting the currency. || Caller: Ah, my bank's card, got it."),
    ("financial_hardship", "benign", "sms",
     "my member discount didnt apply on the last booking, ref LH-33870, can u fix"),
    ("financial_hardship", "benign", "dm",
     "25 quid for a programme is daylight robbery lads. love the show tho"),
    ("financial_hardship", "benign", "note",
     "Caller asked if the 10 pound Tuesday cinema deal includes 3D. It doesn't, 3D is +2."),
    ("financial_hardship", "benign", "email",
     "Hello, we're splitting the bill for a group of 8. Can each person pay separately for their own "
     "ticket or does one person have to pay for all? Thanks, Nicola"),
    ("financial_hardship", "benign", "chat",
     "does the refund go back on my card or as credit? i'm not sure which i picked || Agent: Card, "
     "it'll show in 3 to 5 working days."),
    # ---- legal
    ("legal", "sensitive", "email",
     "Hi, I have a season seat in row H on Thursdays. My ex-partner is also a member and I now have a "
     "restraining order against him. Could you move me to a different night or part of the house, and "
     "please don't tell anyone where I've moved to. Thank you, name withheld on this email, member no. "
     "12077"),
    ("legal", "sensitive", "chat",
     "can i move my tickets for the 12th? i've been called as a witness in a trial at crown court that "
     "week and they said it could run 3 days || Agent: Of course, which date would you like instead? || "
     "the 20th if theres anything"),
    ("legal", "sensitive", "sms",
     "hi, solicitor says i cant travel out of town till my bail conditions get changed so cant make the "
     "Leeds trip coach. refund pls? ref LH-20771"),
    ("legal", "sensitive", "call",
     "Caller: My phone got nicked in your foyer on Saturday night. I've given a statement to the police "
     "and they've given me a crime number. || Agent: I'm sorry. Can you give me the crime number so our "
     "duty manager can pull the CCTV for them? || Caller: It's 14/88210/23."),
    ("legal", "sensitive", "note",
     "Mr Haig came to desk asking for CCTV of the stairs on 5 Oct - says his solicitor is bringing a "
     "claim against us over his fall. Took details, referred to GM and insurers, no comment given."),
    ("legal", "sensitive", "voicemail",
     "Hi, it's Pauline Brewer. My son was arrested on Friday and he had the tickets for tomorrow's show "
     "on him, they're with the police now. Is there any way to reissue them to my email? 07700 900508. "
     "Thanks."),
    ("legal", "sensitive", "dm",
     "why have i been banned from volunteering?? is it because of my record? i did my time, that was 8 "
     "years ago"),
    ("legal", "sensitive", "review",
     "* The usher accused me of stealing from the bar in front of everyone. I've made a complaint to "
     "the police about how I was grabbed and my lawyer will be in touch. || Reply from Lanternhill: Mr "
     "Adeyemi, we're taking this seriously. Our general manager will contact you directly today."),
    ("legal", "sensitive", "email",
     "Hello, sorry to do this again. My divorce hearing at the family court has been moved to the 7th, "
     "the same day as the matinee I booked. Could I swap to the following week? Ref LH-81920. Regards, "
     "Helena Fisk"),
    ("legal", "sensitive", "chat",
     "is there a matinee of the play instead? i've got a tag and a 7pm curfew till february || Agent: "
     "Yes, there's a 2.30 on Saturdays and Wednesdays."),
    ("legal", "sensitive", "note",
     "Email from Proctor Lane Solicitors acting for Mr J. Cullen: asking for booking records showing "
     "his attendance at the 8.15 screening on 14/03 for use in his defence. Forwarded to DPO, not "
     "released yet."),
    ("legal", "sensitive", "form",
     "Volunteer application | Name: Carl Penrose | Role: Front of house | Unspent convictions: Yes - "
     "theft, 2022, community order finished in June | Anything else: Happy to talk it through"),
    ("legal", "sensitive", "call",
     "Caller: This is a bit awkward. I'm on probation and my officer wants proof I was at the cinema on "
     "the 4th, at the 6pm. || Agent: I can email you a copy of the booking confirmation and the ticket "
     "scan time. || Caller: That'd be perfect, ta."),
    ("legal", "sensitive", "sms",
     "in court today for the tribunal against my old boss so cant do the 2pm, can i swap to 7.30? ref "
     "55013"),
    ("legal", "sensitive", "email",
     "Dear Sir/Madam, I'm in the middle of suing my former landlord and have been told I need evidence "
     "of where I was on 18 June. Do you keep records of who booked which seat? Thanks, Fergus Hale"),
    ("legal", "benign", "sms",
     "2 for Legally Blonde sat matinee pls, stalls"),
    ("legal", "benign", "email",
     "Hi, what's the age guidance on Witness for the Prosecution? Is it a bit grim for teenagers in "
     "general? Thanks, Gill"),
    ("legal", "benign", "review",
     "***** Twelve Angry Men was electric. The jury room set was so claustrophobic I forgot to breathe. "
     "|| Reply from Lanternhill: Thank you!"),
    ("legal", "benign", "form",
     "Corporate booking | Company: Ridley Marsh LLP (solicitors) | Seats: 20 | Performance: Hamilton, "
     "12 Dec | Notes: Firm's Christmas outing, hospitality package please"),
    ("legal", "benign", "chat",
     "are your terms legally binding if i bought through a third party site? just wondering in general "
     "|| Agent: Third party bookings are under that site's terms, we'd always suggest booking direct."),
    ("legal", "benign", "dm",
     "that film was criminally underrated, why was it only on for a week"),
    ("legal", "benign", "voicemail",
     "Hi, it's Carla, my friend bailed on me for tonight, can I transfer her seat to someone else? Same "
     "name on the booking. Ring me back, thanks."),
    ("legal", "benign", "note",
     "Caller asked if Arrested Development marathon screening is all three seasons. Yes, Sat 11am to "
     "11pm, 3 intervals."),
    ("legal", "benign", "call",
     "Caller: Morning, I'm booking for the Police Federation social night, 35 of us. || Agent: Lovely, "
     "which performance? || Caller: The comedy night on the 28th, please invoice the branch."),
    ("legal", "benign", "email",
     "Hi, your website says filming in the auditorium is prohibited, does that include taking a photo "
     "at the curtain call? Just want to check before Saturday. Thanks, Ellie"),
    ("legal", "benign", "review",
     "**** Jury's still out on the new seats in the circle but the show was a steal at that price. || "
     "Reply from Lanternhill: Thanks Ian, seat feedback noted!"),
    ("legal", "benign", "sms",
     "is the court scene in the musical the one with the big tap number? my mum says it's the best bit"),
    ("legal", "benign", "chat",
     "do you sell gift vouchers in bulk? we're a small law firm and want them as staff thank yous || "
     "Agent: Yes, over 10 vouchers we can invoice your firm."),
    ("legal", "benign", "form",
     "Feedback | Show: The Trial (Kafka adaptation) | Comment: Loved it but the programme has a typo in "
     "the final sentence of the director's note."),
    ("legal", "benign", "note",
     "Cust asked for the policy on resale - told her resale above face value isn't allowed per T&Cs "
     "section 9, tickets can be returned to us for resale instead."),
    # ---- bereavement
    ("bereavement", "sensitive", "email",
     "Hello, I'm writing about my father's membership, Leonard Apsley, no. 6620. He passed away on 2 "
     "November. He had two tickets for the Christmas concert, would it be possible to transfer them to "
     "me so I can go in his place? He loved that concert. Best wishes, Clare Apsley"),
    ("bereavement", "sensitive", "chat",
     "hi i need to cancel sat, my nan died last night and the funeral will probably be that week || "
     "Agent: I'm so sorry for your loss. I've refunded both tickets in full, no need to do anything "
     "else. || thank you x"),
    ("bereavement", "sensitive", "sms",
     "Can't come to the 7.30, we lost Mum this morning. Please cancel booking LH-44190. Thanks, Dave"),
    ("bereavement", "sensitive", "call",
     "Caller: I'm ringing to cancel my husband's membership. He died three weeks ago. || Agent: I'm "
     "very sorry. I'll stop the direct debit today. Would you like the remaining months refunded? || "
     "Caller: If that's possible. And please stop the brochures, I can't face them coming addressed to "
     "him."),
    ("bereavement", "sensitive", "note",
     "Mrs Imrie rang in tears - her son was killed in a road accident on Sunday. She had tickets for "
     "the two of them on Friday. Full refund done, flagged account to suppress marketing for 6 months."),
    ("bereavement", "sensitive", "form",
     "Exchange request | Ref: LH-51009 | Show: The Nutcracker, 20 Dec | Reason: Bereavement - my "
     "brother passed and the funeral is that afternoon | Preferred new date: any in January"),
    ("bereavement", "sensitive", "voicemail",
     "Hi, it's Tony Greer. My wife Sue's passed, she was the one who booked all our shows. There's "
     "something coming off her card every month for a membership and I don't know how to stop it. "
     "Number's 07700 900391. Thanks."),
    ("bereavement", "sensitive", "dm",
     "hiya, my grandad used to volunteer at yours for years, Stan Hollis. he died last month and we "
     "wondered if we could put a little notice up or dedicate a seat?"),
    ("bereavement", "sensitive", "review",
     "***** First time back since losing my wife in the spring. We always sat in row G. Staff noticed I "
     "was on my own and an usher checked on me at the interval. Thank you. || Reply from Lanternhill: "
     "Thank you for coming back to us, Mr Ashworth. You're always welcome in row G."),
    ("bereavement", "sensitive", "email",
     "Dear box office, please could you remove my late mother, Edna Pollard, from your mailing list? "
     "She died in August and the season brochure arriving with her name on it every few months is "
     "upsetting for my dad. Regards, Karen Pollard"),
    ("bereavement", "sensitive", "chat",
     "is there a way to get a refund on the film tonight. my dad passed away at the hospice this "
     "afternoon, i just cant || Agent: I'm so sorry. Refunded now, please don't worry about anything."),
    ("bereavement", "sensitive", "note",
     "Dedicated seat plaque order: 'In memory of Margaret Thorne, 1941-2023, who loved every panto' - "
     "ordered by her daughter Liz. Invoice 120, plaque for row C seat 14."),
    ("bereavement", "sensitive", "sms",
     "sorry to be a pain, stillborn baby last week and i cant face the musical on thurs. can i have "
     "credit for later in the year. ref 90813 Hannah"),
    ("bereavement", "sensitive", "call",
     "Caller: My brother had tickets for Saturday and he's, well, he took his own life on Tuesday. I "
     "don't know what you do with the tickets. || Agent: I'm so very sorry. Please leave it with me, "
     "I'll refund them to his card and close the booking. || Caller: Thank you."),
    ("bereavement", "sensitive", "form",
     "Membership update | Member: Joyce Ferrier | Change requested: Remove second cardholder (my "
     "partner Bill, died 4 June) | Anything else: Please keep my seat preference as before"),
    ("bereavement", "benign", "sms",
     "2 for Death of a Salesman thurs, best seats left?"),
    ("bereavement", "benign", "email",
     "Hi, your app has been dead all morning, keeps saying server error when I try to load my tickets. "
     "Can you send them by email instead? Thanks, Ruth"),
    ("bereavement", "benign", "chat",
     "are the dead good poets back this year? || Agent: Yes! Saturday 18th, 8pm in the studio. || yesss "
     "book me 2"),
    ("bereavement", "benign", "review",
     "***** The cast were absolutely killing it, I died laughing in the second half. || Reply from "
     "Lanternhill: So glad you had a great night!"),
    ("bereavement", "benign", "form",
     "Enquiry | Event: Day of the Dead late screening | Question: Is fancy dress allowed? Face paint?"),
    ("bereavement", "benign", "note",
     "Cust asked about the murder mystery dinner on the 31st - 3 courses plus show, 49 a head. Booked "
     "table for 6."),
    ("bereavement", "benign", "call",
     "Caller: Is Four Weddings and a Funeral on the big screen this month? || Agent: Yes, Sunday the "
     "14th at 4pm. || Caller: Oh I'll book two, it's our film."),
    ("bereavement", "benign", "voicemail",
     "Hi, the ghost walk on Friday, is that starting at the theatre or outside the old cemetery gate? "
     "Call me back, it's Bev, 07700 900219."),
    ("bereavement", "benign", "dm",
     "the choc brownies at your cafe are to die for, any chance of the recipe lol"),
    ("bereavement", "benign", "email",
     "Which seats are dead centre in the stalls for the best sound at the orchestral screening? I'm "
     "happy to pay a bit more. Thanks, Wilf"),
    ("bereavement", "benign", "chat",
     "can you do a general explainer on what happens to tickets if the lead member on a joint "
     "membership dies? asking for our members association handbook || Agent: The other named member "
     "keeps the membership to the end of the term."),
    ("bereavement", "benign", "sms",
     "is dead ringers live still on sat? my phone battery is dead so cant check the site"),
    ("bereavement", "benign", "review",
     "**** The Ghost Sonata was eerie and brilliant, though the smoke machine nearly finished me off. "
     "|| Reply from Lanternhill: Sorry about the smoke! We'll tone it down."),
    ("bereavement", "benign", "note",
     "Funeral director's office (Harrow & Sons) booked the studio bar for their staff Christmas lunch, "
     "14 people, 19 Dec."),
    ("bereavement", "benign", "form",
     "Group booking | Organisation: Brackwater Bereavement Support (charity) | Request: Quote for "
     "hiring the studio for our annual fundraising quiz, approx 60 guests"),
    # ---- violence_self_harm
    ("violence_self_harm", "sensitive", "email",
     "Hi, I'm writing because at Saturday's 8.30 film a man sat next to me kept touching my leg and "
     "followed me to the car park afterwards. Your staff were great but I'm scared to come back. Can I "
     "book with my membership under a different name so he can't see? Thanks, J."),
    ("violence_self_harm", "sensitive", "chat",
     "hi is there a way to hide my name on the booking? im staying at a refuge after getting away from "
     "my partner and he knows i love it there || Agent: Yes, we can book under a code word and nothing "
     "will show on the name list. || thank u so much"),
    ("violence_self_harm", "sensitive", "sms",
     "ur manager needs to know ive been getting threatening msgs from a guy who works on ur bar, says "
     "he knows where i live. im not coming to the show"),
    ("violence_self_harm", "sensitive", "call",
     "Caller: I want to cancel my tickets for Friday. || Agent: Of course, can I ask if everything's "
     "OK? || Caller: Honestly, my boyfriend put me in hospital last week and he's got the other ticket "
     "on his phone. I don't want him turning up there. || Agent: I'll cancel both tickets now and flag "
     "the booking."),
    ("violence_self_harm", "sensitive", "note",
     "Cust threatened box office staff (SL) at 7.10pm: said he'd 'come back and burn the place down' "
     "after his card declined. Police called, ref given to GM. Cust banned pending review."),
    ("violence_self_harm", "sensitive", "form",
     "Complaint | Name: Aisha Bell | Details: A group of lads in row K shouted racist abuse at me and "
     "my sister during the film and threw drinks at us. No one came for ages. I'm still shaking."),
    ("violence_self_harm", "sensitive", "voicemail",
     "Hi, it's Jenny, I'm ringing about my mum, she's eighty-one and she's told me her carer's been "
     "hitting her. She had a ticket for Thursday's matinee with him and I don't want him taking her. "
     "Please call me on 07700 900467."),
    ("violence_self_harm", "sensitive", "dm",
     "not gonna make the gig. not sure i'll be here much longer tbh, don't see the point in anything "
     "anymore"),
    ("violence_self_harm", "sensitive", "review",
     "* I reported a man exposing himself in the back row of screen 3 on Tuesday and nothing was done. "
     "I felt completely unsafe. || Reply from Lanternhill: Ms Grey, this is a serious matter and we're "
     "sorry. Our manager has passed the CCTV to the police and will call you today."),
    ("violence_self_harm", "sensitive", "email",
     "This is hard to write but my ex is stalking me and has turned up at the theatre twice when I've "
     "been there. Please don't confirm to anyone whether I have a booking. I've attached the police "
     "letter. Thanks, Natasha"),
    ("violence_self_harm", "sensitive", "chat",
     "can i move to an aisle seat near the exit? i've been self harming again and sometimes i need to "
     "leave quick || Agent: Of course, I've moved you to C1 on the aisle. If you ever need somewhere "
     "quiet our staff will help."),
    ("violence_self_harm", "sensitive", "note",
     "Youth theatre volunteer reported that participant's dad (adult group booking, acct 41120) was "
     "shoving and shouting at his wife in the foyer. Safeguarding lead informed, logged."),
    ("violence_self_harm", "sensitive", "sms",
     "pls dont ring my number, my husband checks my phone and goes mad if i spend anything. email only. "
     "ref LH-66021"),
    ("violence_self_harm", "sensitive", "call",
     "Caller: I'm calling from Brackwater Women's Aid on behalf of a woman we support. She was "
     "assaulted outside your venue on the 9th and needs a letter confirming her booking. || Agent: I "
     "can do that. Could you give me the booking name? || Caller: I'll send it over by email."),
    ("violence_self_harm", "sensitive", "form",
     "Access scheme application | Requirement: Seat at end of row | Supporting info: Since I was "
     "attacked last year I get overwhelmed when I'm boxed in, my counsellor has written a letter"),
    ("violence_self_harm", "benign", "sms",
     "2 for Fight Club 25th anniversary screening, back row pls"),
    ("violence_self_harm", "benign", "email",
     "Hi, do you run stage combat workshops for adults? I've always wanted to learn a proper slap and a "
     "fake punch. Thanks, Ollie Grant"),
    ("violence_self_harm", "benign", "review",
     "***** Killer performance from the lead, she absolutely murdered the big number. || Reply from "
     "Lanternhill: Thanks, we'll tell her!"),
    ("violence_self_harm", "benign", "chat",
     "general q, do you put trigger warnings on the listings? writing a guide for our film society || "
     "Agent: Yes, every show has a content guidance section on its page."),
    ("violence_self_harm", "benign", "dm",
     "if my brother is late again for the film i'll kill him lol. can we still get in after the ads?"),
    ("violence_self_harm", "benign", "note",
     "Caller asked how violent the new 15 thriller is. Read out BBFC-style guidance from listing: "
     "strong violence, injury detail."),
    ("violence_self_harm", "benign", "form",
     "Feedback | Show: Slasher Sunday triple bill | Comment: Amazing night, the fake blood on the "
     "ushers was a great touch"),
    ("violence_self_harm", "benign", "call",
     "Caller: The fire alarm went off in the middle of the second act, will we get new tickets? || "
     "Agent: Yes, everyone from that night is getting an exchange voucher by email. || Caller: Fab."),
    ("violence_self_harm", "benign", "voicemail",
     "Hi, it's Dev, the punch line on the poster for the comedy night has a typo, thought you'd want to "
     "know before the print run. Bye."),
    ("violence_self_harm", "benign", "email",
     "The Duchess of Malfi was gory in the best way. A question though - do you sell the programme "
     "online? Regards, Philippa"),
    ("violence_self_harm", "benign", "chat",
     "the queue at the bar was a bloodbath lol. any chance of preordering interval drinks? || Agent: "
     "Yes, order at the bar before the show and it'll be waiting."),
    ("violence_self_harm", "benign", "sms",
     "hows the hunger games marathon work, do u get breaks"),
    ("violence_self_harm", "benign", "note",
     "Group of 12 from Brackwater Boxing Club booked for the Rocky screening. Paid by club card."),
    ("violence_self_harm", "benign", "review",
     "**** The sword fight in Hamlet was so real the whole front row ducked. || Reply from Lanternhill: "
     "Our fight director will be thrilled!"),
    ("violence_self_harm", "benign", "form",
     "Enquiry | Organisation: Brackwater Samaritans branch | Request: Hire the studio for a volunteers' "
     "thank-you evening, around 40 people, June"),
    # ---- special_categories
    ("special_categories", "sensitive", "email",
     "Hi, we booked the Saturday matinee of Fiddler without thinking, and we're shomer Shabbat so we "
     "don't travel or use money on Saturdays. Is there any chance of a swap to the Sunday 2pm? Same "
     "seats if possible. Thanks so much, Miriam Adler"),
    ("special_categories", "sensitive", "chat",
     "hi is there a quiet room i could use to pray in the interval? maghrib falls right around 7.45 "
     "this time of year || Agent: Yes, the Garden Room on level 1 is free during the interval, just ask "
     "an usher. || amazing thank you"),
    ("special_categories", "sensitive", "sms",
     "hi can we swap to the 9pm showing, fasting for ramadan and iftar is about 7.50 so we'd miss the "
     "start. ref LH-38820 Yusuf"),
    ("special_categories", "sensitive", "call",
     "Caller: Quick one before Saturday, I'm Sikh and I wear a kirpan, will that be a problem with your "
     "bag checks? || Agent: No, that's fine, just let the steward on the door know and they'll note it. "
     "|| Caller: Thanks, I just wanted to check."),
    ("special_categories", "sensitive", "note",
     "Cust (Mr & Mrs Rahman, dinner and show package) asked if the pre-show menu is halal as they only "
     "eat halal. Told them the veggie menu only. Kitchen asked to look at options for next season."),
    ("special_categories", "sensitive", "form",
     "Dinner and show booking | Name: Ananya Rao | Guests: 4 | Dietary requirements: We're practising "
     "Hindus, strictly vegetarian please, no egg, no onion or garlic for my mother-in-law"),
    ("special_categories", "sensitive", "dm",
     "been going to my local buddhist centre since the spring and trying to do more on my own, is the "
     "silent meditation film night any good?"),
    ("special_categories", "sensitive", "review",
     "*** Funny panto but as a practising Catholic I found the jokes about the priest in act 2 a bit "
     "much for a family show. || Reply from Lanternhill: Thanks Bernadette, we've passed your comments "
     "to the producers."),
    ("special_categories", "sensitive", "chat",
     "my mum only speaks punjabi, is there anyone on staff who speaks it? she wants to come to the "
     "bhangra night but gets anxious || Agent: Let me check the rota. Harpreet is on that night and "
     "speaks Punjabi, I'll let her know."),
    ("special_categories", "sensitive", "email",
     "Hello, I'll be honest, as a Traveller family we've been turned away at places when they see our "
     "address on the site. We'd love to bring the kids to the panto. Is there any issue with booking "
     "from Meadow Lane site? Thanks, Bridget Connors"),
    ("special_categories", "sensitive", "call",
     "Caller: My dad came over from Eritrea last year, he reads Tigrinya but not much English. Have you "
     "got the safety info for the access scheme in any other languages? || Agent: Not Tigrinya yet, but "
     "I can ask our access team to have it translated for him."),
    ("special_categories", "sensitive", "note",
     "Cust said she and her family arrived from Syria as refugees in the summer, asked about the "
     "community ticket scheme and Arabic subtitled screenings. Gave the scheme form and the world "
     "cinema list."),
    ("special_categories", "sensitive", "form",
     "Volunteer application | Name: Kwame Asante-Lewis | Equality monitoring - ethnic origin: Mixed "
     "White and Black African | Languages: English, Twi | Role wanted: Front of house"),
    ("special_categories", "sensitive", "review",
     "***** Finally a Polish film with proper subtitles! As a Pole who's lived in Brackwater for 15 "
     "years it felt like home for two hours. || Reply from Lanternhill: Dziekujemy! More coming next "
     "season."),
    ("special_categories", "sensitive", "dm",
     "lol being the only brown guy in the whole audience on tuesday was a vibe. are you doing the "
     "bollywood night again or nah"),
    ("special_categories", "sensitive", "voicemail",
     "Hello, this is Milos. I'm Roma and last time my family came, the man on the door asked us to open "
     "all our bags when nobody else did. I want to book again but I want to speak to a manager first. "
     "07700 900716."),
    ("special_categories", "sensitive", "email",
     "Hi, sorry, I need to move my Thursday tickets. I'm the branch secretary for the Greens here and "
     "we've got the candidate hustings that night. Any night the following week is fine. Best, Fran "
     "Lidgate"),
    ("special_categories", "sensitive", "chat",
     "can i come to the late showing instead? out canvassing for the lib dems till 8 || Agent: No "
     "problem, I've moved you to the 8.45."),
    ("special_categories", "sensitive", "sms",
     "running late for the 7pm, stuck at the anti-war march in the square, will i still get in?"),
    ("special_categories", "sensitive", "note",
     "Member Mr Hollings rang to complain about the new play's politics - said as a Conservative voter "
     "all his life he found it insulting and wants to cancel. Explained policy; cancelled his Friday "
     "seats with credit."),
    ("special_categories", "sensitive", "form",
     "Volunteer application | Name: Deborah Quayle | Other commitments: I'm standing as a candidate for "
     "the Brackwater Independents in the May council elections, so I can't do April"),
    ("special_categories", "sensitive", "review",
     "***** As a lifelong socialist I didn't expect a big musical to make me cry about the miners. "
     "Bring it back! || Reply from Lanternhill: Thanks Pete, it's back in spring."),
    ("special_categories", "sensitive", "dm",
     "hey can i swap to sunday? i'm on the organising committee for the climate march on sat and we're "
     "blocking the high street from 12"),
    ("special_categories", "sensitive", "voicemail",
     "Hi, it's Roger Snell, I voted Leave and frankly the sketch in your comedy night calling people "
     "like me idiots was out of order. I'd like my money back. 07700 900348."),
    ("special_categories", "sensitive", "email",
     "Hi, I'm a Unison member and we're out on strike on the 14th, I'll be on the picket line at the "
     "hospital all day. Could I swap to the 21st? Thanks, Kate Morrow"),
    ("special_categories", "sensitive", "chat",
     "do you do any discount for union members? i'm in the GMB, my mate said you had a deal || Agent: "
     "We do 10% off with the local trades council scheme, bring your card."),
    ("special_categories", "sensitive", "note",
     "Cust Ms Okoro said she's the NEU rep at her school and has a union meeting clashing with her "
     "Wednesday tickets. Moved her to Friday."),
    ("special_categories", "sensitive", "sms",
     "on strike with the RMT on thurs so i can actually make the matinee now, can i add 1 more seat to "
     "ref 60127?"),
    ("special_categories", "sensitive", "form",
     "Concession claim | Scheme: Arts workers discount | Eligible via: Equity membership, number 44211 "
     "| Name: Lorna Baptiste"),
    ("special_categories", "sensitive", "call",
     "Caller: I'm the shop steward at Pennock's and our union's balloting next week, so the Tuesday "
     "night's off for me. || Agent: Would you like Thursday instead? || Caller: Thursday's grand."),
    ("special_categories", "sensitive", "voicemail",
     "Hi, it's Neil Crabtree, I've just joined the bakers' union at work and apparently there's a "
     "members' discount with you, how do I prove it? Ring me on 07700 900522."),
    ("special_categories", "sensitive", "email",
     "Hello, could you add my husband to my membership as the second cardholder? His name's Mark "
     "Ellery, same address. Thanks, Tom Reyes"),
    ("special_categories", "sensitive", "form",
     "Joint membership | Lead member: Kate Bowen | Second member: Lucy Bowen | Relationship: Wife | "
     "Address: 12 Fern Street, Brackwater"),
    ("special_categories", "sensitive", "sms",
     "Hiya its Craig Dunn, can u add my boyfriend Jamie to our membership so he can book on it too, "
     "thanks"),
    ("special_categories", "sensitive", "review",
     "**** As a gay man I was nervous going to the post-show Q&A on my own but it was such a warm "
     "crowd. || Reply from Lanternhill: We're really glad you came, Luke."),
    ("special_categories", "sensitive", "dm",
     "came out as bi last year and your queer film night has honestly been the best thing in my week "
     "since"),
    ("special_categories", "sensitive", "note",
     "Cust (Ms Farrant) said she felt uncomfortable on Fri when the usher assumed her girlfriend was "
     "her sister and kept saying so. Apologised, passed to FOH manager for team briefing."),
    ("special_categories", "sensitive", "call",
     "Caller: Hi, it's Ben, I'd like two for the Valentine's screening, for me and my boyfriend. || "
     "Agent: Lovely, the love seats or standard? || Caller: Love seats, go on."),
    ("special_categories", "sensitive", "voicemail",
     "Hi, message for membership. Me and my ex-wife had joint membership but we've split, I'm living "
     "with my partner Rafael now, so can you take her off and put him on? It's Dominic Faulds, 07700 "
     "900187."),
    ("special_categories", "sensitive", "email",
     "Hi, slightly unusual one. We're in a polyamorous relationship, three of us live together, and "
     "we'd like a joint membership with all three named. Is that possible or is it two adults max? "
     "Cheers, Sol"),
    ("special_categories", "sensitive", "dm",
     "asking for a friend (me) how dark is the back row at the late night screening, we're hoping for a "
     "bit of a hookup lol"),
    ("special_categories", "sensitive", "review",
     "***** Brought a date from an app, it went so well we skipped the second half and went back to "
     "his. 10/10 would recommend the cinema. || Reply from Lanternhill: Glad the film set the mood, Abi!"),
    ("special_categories", "sensitive", "sms",
     "me and my wife have an open marriage so her boyfriend will use her season seat sometimes, can u "
     "put his name on too? Gav"),
    ("special_categories", "sensitive", "chat",
     "can we swap to a weekend? we're trying for a baby and it's that week of the month if u know what "
     "i mean || Agent: Ha, say no more. Moving you to Saturday."),
    ("special_categories", "sensitive", "voicemail",
     "Hi, it's Dom, we've got tickets for the burlesque night. My partner and I met at a fetish club "
     "and usually dress for that, would latex and collars be OK with your dress code? 07700 900650."),
    ("special_categories", "sensitive", "form",
     "Complaint | Name: Ruth Gallo | Details: I'm asexual and the usher's jokes about us being on a "
     "'steamy date night' made me and my friend really uncomfortable"),
    ("special_categories", "sensitive", "email",
     "Hi, I've transitioned and legally changed my name from Daniel to Daniela Reyes. Please update my "
     "membership and the name on my saved bookings. Deed poll attached. Thanks!"),
    ("special_categories", "sensitive", "form",
     "Account update | Name: Alex Moreno | Title: Mx | Pronouns: they/them | Note: I'm non-binary, "
     "please don't use Mr or Ms on my letters"),
    ("special_categories", "sensitive", "chat",
     "which loos am i meant to use? i'm trans and i got a bit confused by the new signs on level 2 || "
     "Agent: Any of them. Level 2 has gender neutral toilets by the lift too."),
    ("special_categories", "sensitive", "note",
     "Collection at desk: ID didn't match booking name - cust explained she's mid-transition, showed "
     "deed poll. Accepted, tickets released. Suggested she update account name online."),
    ("special_categories", "sensitive", "sms",
     "pls update my name to Ruby Kane on the acct, used to be Robert, ty"),
    ("special_categories", "sensitive", "review",
     "** Lovely show, but the usher kept calling me sir after I corrected her. I'm a trans woman and it "
     "wrecked my night. || Reply from Lanternhill: We're really sorry, Hannah. Our team will be "
     "retrained this week."),
    ("special_categories", "sensitive", "dm",
     "is the drag king workshop open to trans guys? i'm 6 months on T and would love to try it"),
    ("special_categories", "sensitive", "voicemail",
     "Hi, it's Jordan Wilde, my gender recognition certificate came through so my legal sex's changed, "
     "can I get the title on my membership changed to Mr? Call me back on 07700 900803."),
    ("special_categories", "sensitive", "email",
     "Hi, I need to cancel the 11th. I've just had genetic test results back showing I carry the BRCA1 "
     "mutation and I've got a clinic appointment that day to talk about options. Ref LH-12550. Thanks, "
     "Naomi Price"),
    ("special_categories", "sensitive", "chat",
     "lol did one of those rootline DNA kits and it says i'm 38% irish so i'm coming to the ceili "
     "night, need 2 tix || Agent: Ha, brilliant, two for the ceili on the 17th?"),
    ("special_categories", "sensitive", "note",
     "Cust mentioned her mum has Huntington's and she tested positive for the gene herself last year; "
     "asked for flexible exchanges on her membership because of clinic dates. Added flexi exchange flag."),
    ("special_categories", "sensitive", "form",
     "Access scheme | Name: Lotte Brandt | Requirement: Seat with arms | Supporting info: Hypermobile "
     "Ehlers-Danlos, confirmed by genetic testing at the regional genetics service"),
    ("special_categories", "sensitive", "sms",
     "cant make weds, got the genetics appt for the cystic fibrosis carrier result for me and my "
     "partner. credit pls?"),
    ("special_categories", "sensitive", "call",
     "Caller: I've been sequenced as part of the university genome study and they've found a heart gene "
     "thing, so I'm rearranging everything this month. || Agent: Of course, let's move your two "
     "bookings. || Caller: Thanks."),
    ("special_categories", "sensitive", "review",
     "***** The play about inherited illness hit very close to home, I found out last year from a "
     "genetic test that I have the same gene. Beautifully done. || Reply from Lanternhill: Thank you "
     "for sharing this with us."),
    ("special_categories", "sensitive", "voicemail",
     "Hi, it's Sean, the DNA result came back and turns out Phil isn't my dad after all, so I won't be "
     "needing the Father's Day tickets. Can you refund them? 07700 900461."),
    ("special_categories", "sensitive", "email",
     "When I joined as a Gold member last year your staff scanned my fingerprint for the members' "
     "locker. I'm leaving, and I want the fingerprint template deleted and confirmation that it's gone. "
     "Regards, Ilona Marsh"),
    ("special_categories", "sensitive", "note",
     "Cust Mr Baptiste asked us to delete his voiceprint from the phone booking line's voice ID. Logged "
     "with DPO, ticket raised with the telephony provider."),
    ("special_categories", "sensitive", "form",
     "Subject access request | Name: Caleb Turner | Request: Copies of any face scans or facial "
     "recognition templates you hold from the new member entry gates, and who you've shared them with"),
    ("special_categories", "sensitive", "review",
     "* Your new face-scan entry gate matched my face to someone else's membership and let them book on "
     "my account! || Reply from Lanternhill: Mr Ojo, we've suspended the gate and our data team will "
     "call you today."),
    ("special_categories", "sensitive", "dm",
     "the fingerprint reader at the member gate hasnt read my prints since i burned my hand on the "
     "oven, can you re-register them?"),
    ("special_categories", "sensitive", "call",
     "Caller: The voice ID on your booking line won't recognise me anymore, I've had my voice recorded "
     "twice. || Agent: I can re-enrol your voiceprint now if you'd like. || Caller: Please."),
    ("special_categories", "sensitive", "chat",
     "when i signed up for the face entry thing did you keep the photo of my face or just the numbers "
     "thing? || Agent: We store a facial template, not the photo. You can ask us to delete it any time."),
    ("special_categories", "sensitive", "sms",
     "pls delete my iris scan from the VIP lounge entry, don't want it on file. member 70234"),
    ("special_categories", "benign", "email",
     "Dear Box Office, St Cuthbert's Church would like to book 40 seats for the Christmas carol concert "
     "on 18 Dec for our congregation outing. Please invoice the parish office. With thanks, Rev. Alan "
     "Pierce (for the PCC)"),
    ("special_categories", "benign", "sms",
     "2 for The Book of Mormon thurs eve, best you've got under 60 each"),
    ("special_categories", "benign", "chat",
     "is Jesus Christ Superstar the touring one or a local company? || Agent: It's the touring "
     "production, 6 nights from the 9th. || cool ta"),
    ("special_categories", "benign", "note",
     "Group booking: Brackwater Central Mosque community centre, 25 seats for the Eid family film "
     "afternoon, paid by centre treasurer."),
    ("special_categories", "benign", "review",
     "***** Sister Act had the whole circle on its feet. Our choir came as a group and we haven't "
     "stopped singing since. || Reply from Lanternhill: Hallelujah! Thanks for coming."),
    ("special_categories", "benign", "form",
     "Enquiry | Question: Are you open on Christmas Eve and Boxing Day? Just want the box office hours "
     "for both."),
    ("special_categories", "benign", "dm",
     "aisle seats in row E are the holy grail honestly, how do I get them every time"),
    ("special_categories", "benign", "call",
     "Caller: General question, do you programme anything around Diwali? We're doing a what's-on page "
     "for the library. || Agent: Yes, a family Bollywood screening and a dance workshop. || Caller: "
     "Lovely, thanks."),
    ("special_categories", "benign", "voicemail",
     "Hi, the Sunday service, the number 12 bus one, stops right outside you doesn't it? Just checking "
     "before I book the matinee. It's Pam, 07700 900253."),
    ("special_categories", "benign", "email",
     "Your new seat map is an absolute godsend, took me two minutes to book. Quick question though, can "
     "I save my favourite seats? Cheers, Rowan"),
    ("special_categories", "benign", "chat",
     "is the french film tonight subtitled in english? || Agent: Yes, all our foreign language films "
     "are subtitled. || sweet"),
    ("special_categories", "benign", "sms",
     "general q are any of the welsh language screenings subtitled in english"),
    ("special_categories", "benign", "note",
     "Caller asked about the Irish dance show running time - 2h with interval. Booked 3 stalls."),
    ("special_categories", "benign", "form",
     "Festival stall enquiry | Business: Island Spice Kitchen (Caribbean street food) | Request: Pitch "
     "at the summer film festival, 3 days"),
    ("special_categories", "benign", "review",
     "**** Your native app is so much smoother than the website. Booked in 30 seconds. || Reply from "
     "Lanternhill: Thanks, more features coming soon!"),
    ("special_categories", "benign", "email",
     "Hi, is the Polish film festival in November subtitled in English, or is it Polish only? I'd like "
     "to bring a few colleagues. Thanks, Martin Byers"),
    ("special_categories", "benign", "call",
     "Caller: I'm booking from Spain, does the price include the conversion? || Agent: We charge in "
     "pounds; your bank converts it. || Caller: OK, fine."),
    ("special_categories", "benign", "dm",
     "your bollywood night was unreal, when's the next one"),
    ("special_categories", "benign", "chat",
     "do you have the accessibility guide in other languages? general question, we're a community "
     "centre putting together a welcome pack || Agent: We have Polish, Urdu and Arabic versions, I'll "
     "email them."),
    ("special_categories", "benign", "note",
     "Booked Brackwater Chinese Community Association, 30 seats for the Lunar New Year screening, paid "
     "by invoice."),
    ("special_categories", "benign", "email",
     "Based on a conservative estimate we'll have 22 coming for the staff outing, maybe 25. Can we hold "
     "25 and confirm numbers on the 1st? Regards, Janet Moyle, Morley Engineering"),
    ("special_categories", "benign", "review",
     "*** Liberal use of the smoke machine in the first act, could barely see the stage. Great cast "
     "though. || Reply from Lanternhill: Noted! We'll talk to the lighting team."),
    ("special_categories", "benign", "sms",
     "can i get seats on the left wing of the circle for the 8th, my mates on the right"),
    ("special_categories", "benign", "form",
     "Venue enquiry | Organisation: Brackwater Borough Council elections office | Request: Is the foyer "
     "available as a polling station on 2 May? Please send hire terms"),
    ("special_categories", "benign", "chat",
     "the panto audience award voting, how do i vote for the dame? || Agent: There's a voting link in "
     "your post-show email."),
    ("special_categories", "benign", "call",
     "Caller: I'd like four for the political satire on Friday, the one about the prime minister who's "
     "a cat. || Agent: Ha, Top Cat Cabinet. Stalls or circle? || Caller: Stalls please."),
    ("special_categories", "benign", "email",
     "The youth theatre parents' fundraiser was a labour of love for us all. Could we book the studio "
     "again for next year's one? Same date if possible. Best, Imogen Shaw, fundraising committee"),
    ("special_categories", "benign", "voicemail",
     "Hi, it's Gail, we're having a party for my retirement and want 20 seats for the Abba night on the "
     "30th, can you ring me back on 07700 900115?"),
    ("special_categories", "benign", "dm",
     "is the election night comedy special on the 4th sold out??"),
    ("special_categories", "benign", "note",
     "General question from caller: do we allow political leafleting outside the venue? Told her no, "
     "not on our forecourt, per venue policy."),
    ("special_categories", "benign", "email",
     "Dear Sir/Madam, Brackwater Trades Council branch would like to order 200 printed programmes for "
     "our May Day film screening, and to book Screen 2 for the evening. Please send a quote. Regards, "
     "Branch Treasurer"),
    ("special_categories", "benign", "sms",
     "is the train strike going to affect the matinee start time? coming in from Ashby"),
    ("special_categories", "benign", "form",
     "Group booking | Organisation: Brackwater University Students' Union, Entertainments | Seats: 80 | "
     "Show: Rocky Horror late screening | Invoice to SU finance"),
    ("special_categories", "benign", "chat",
     "do u sell union jack bunting in the shop for the jubilee-themed film thing? || Agent: We don't "
     "sell bunting, sorry, but the foyer will be decorated!"),
    ("special_categories", "benign", "note",
     "Caller asked whether we pay Equity rates for the youth theatre tutors - general policy question "
     "for her article. Referred to the press office."),
    ("special_categories", "benign", "review",
     "**** The strike scene in Pride & Picketers was so well staged. Hard to believe it's a first play. "
     "|| Reply from Lanternhill: We'll pass that to the writer!"),
    ("special_categories", "benign", "call",
     "Caller: Can I pay through my credit union card? || Agent: Any Visa or Mastercard works, so yes. "
     "|| Caller: Good, thanks."),
    ("special_categories", "benign", "email",
     "Hi, your brochure says union groups get a discount, what counts as a union group for that? Is it "
     "any affiliated branch? Thanks, Maria Leeds (writing for our community newsletter)"),
    ("special_categories", "benign", "voicemail",
     "Hi, this is the Unite regional office, we'd like to book the studio for a training day for our "
     "reps, about 25 people, in March. Call us back on 07700 900599. Thanks."),
    ("special_categories", "benign", "sms",
     "2 for Priscilla Queen of the Desert sat eve pls"),
    ("special_categories", "benign", "form",
     "Enquiry | Event: Pride month programme | Question: When will the June line-up be announced? We'd "
     "like to include it in our tourist info leaflet."),
    ("special_categories", "benign", "chat",
     "i keep going straight to voicemail when i ring the box office, is it open? || Agent: Sorry, the "
     "phones are very busy, chat is quicker!"),
    ("special_categories", "benign", "review",
     "***** La Cage aux Folles was a riot of sequins, the finale brought the house down. || Reply from "
     "Lanternhill: Thank you!"),
    ("special_categories", "benign", "email",
     "Hi, my business partner and I want to take our clients to the opening night. Can we get 6 seats "
     "together and a drinks reception? Regards, Joel Mbeki"),
    ("special_categories", "benign", "note",
     "FOH query - caller asked if staff will be wearing the rainbow lanyards again in June. Said yes, "
     "same as last year."),
    ("special_categories", "benign", "dm",
     "gay paree revue tickets still going? my whole dance class wants to come"),
    ("special_categories", "benign", "call",
     "Caller: Are the couples seats in screen 1 bookable by anyone? Just wondering how it works. || "
     "Agent: Yes, they're double sofas, any two people can book them. || Caller: OK, ta."),
    ("special_categories", "benign", "email",
     "Hi, is the Kinky Boots tour stopping here this year? I saw it in London and loved it. Thanks, "
     "Debbie"),
    ("special_categories", "benign", "sms",
     "dirty dancing singalong, are the lift seats still available lol"),
    ("special_categories", "benign", "form",
     "Feedback | Show: Romeo and Juliet | Comment: The balcony scene lighting was gorgeous but the "
     "fight choreography felt rushed."),
    ("special_categories", "benign", "chat",
     "general question, how do you decide the age rating for the late night screenings with sex scenes? "
     "|| Agent: We follow the film's certificate, and late screenings are 18+."),
    ("special_categories", "benign", "review",
     "**** The Valentine's screening was lovely, though the free prosecco ran out early! || Reply from "
     "Lanternhill: More bubbles next year, promise."),
    ("special_categories", "benign", "note",
     "Caller asked what \"strong sex references\" on the comedy listing means in practice. Read out "
     "guidance, she booked anyway."),
    ("special_categories", "benign", "voicemail",
     "Hi, calling for the hen party, 12 of us for the Magic Mike-style show on the 20th, can we bring "
     "sashes and tiaras? It's Tara, 07700 900744."),
    ("special_categories", "benign", "email",
     "Are there gender neutral toilets on every floor? We're putting together an access guide for the "
     "whole town centre. Best, Liz Abbott (Visit Brackwater)"),
    ("special_categories", "benign", "sms",
     "4 for drag queen bingo fri pls, are drinks included"),
    ("special_categories", "benign", "form",
     "Website feedback | Issue: Your booking form doesn't offer Mx or Dr as a title, just Mr/Mrs/Ms. "
     "Might be worth adding."),
    ("special_categories", "benign", "chat",
     "is tootsie a musical version or the film? || Agent: It's the stage musical, touring in April."),
    ("special_categories", "benign", "review",
     "***** Loved the gender-swapped Twelfth Night, Viola was brilliant. || Reply from Lanternhill: "
     "Thank you Amir!"),
    ("special_categories", "benign", "call",
     "Caller: The trans-Pennine train's cancelled, I'll be an hour late. Can I still go in? || Agent: "
     "Yes, you'll be seated at a suitable break. || Caller: Brilliant."),
    ("special_categories", "benign", "dm",
     "the new brand identity is nice but the dna of the place is the old art deco foyer, keep it!!"),
    ("special_categories", "benign", "email",
     "We'd like to hire Screen 2 for a public genetics lecture series in the spring, four Tuesday "
     "evenings, around 120 guests each. Could you send rates? Dr Kira Jansen, Dept of Biosciences, "
     "Brackwater University"),
    ("special_categories", "benign", "sms",
     "jurassic park on the big screen, is it 3D?"),
    ("special_categories", "benign", "chat",
     "love of musicals is in my genes lol my nan used to usher there. is the Gene Kelly season starting "
     "in may? || Agent: Yes, Singin' in the Rain opens it on the 2nd."),
    ("special_categories", "benign", "form",
     "Room hire | Organisation: Brackwater Family History Society | Purpose: Genealogy talk and tea, 50 "
     "people | Date: 11 Oct"),
    ("special_categories", "benign", "review",
     "**** Gattaca on 35mm was a treat. Great print. || Reply from Lanternhill: Thanks Sam!"),
    ("special_categories", "benign", "call",
     "Caller: I use Face ID on my phone and your app won't let me use it to log in. || Agent: Go to "
     "Settings in the app and switch on Biometric login. || Caller: Oh there it is, thanks."),
    ("special_categories", "benign", "email",
     "General question for our members' newsletter: do you use facial recognition cameras anywhere in "
     "the building? Several members have asked. Thanks, Friends of Lanternhill committee"),
    ("special_categories", "benign", "voicemail",
     "Hi, the touch screen at the ticket machine is covered in fingerprints and hard to read, might be "
     "worth a wipe. Just saying. Bye."),
    ("special_categories", "benign", "note",
     "Collection at desk: cust had left booking email at home, used passport as ID. Tickets released."),
]


def pike_examples() -> list[dict]:
    """The pike split as labelled tickets (same shape as ``sensitive_eval.build_eval_set``'s)."""
    return stranger_examples("pike", ENTRIES, SUBJECTS)
