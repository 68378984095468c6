"""holm split: written by a helper who had not seen the detection rules, the anchors or any other split.
Setting: Holm Park Football Club ("the Herons") in the invented town of Brackenford: season tickets and the Young
Herons and Little Herons memberships, the Holm Academy and Kickabout Soccer Schools, away-travel coaches, the
Accessible Seating Scheme, the Rainbow Herons and other supporters' groups, the club shop and kit, the Behind the
Holm stadium tour and Riverside Lounge and Heron Suite hospitality;
registers are email, chat, sms, call, note, form, review, voicemail, dm.
The benign half borrows the same territory harmlessly: football idiom ("we murdered them", "sudden death",
"the kids in the Youth Cup"), organisations booking as organisations (a mosque committee, a union branch, a
law society, a funeral directors' sponsorship), product names, general policy questions and routine payment trouble.
70 sensitive and 70 benign tickets for special categories, 50 and 50 for children, 20 and 20 for financial hardship,
15 and 15 for health, legal, bereavement and violence and self-harm.
First reading (policy 2026.11.24.5, after it was final; `sensitive_eval.evaluate`, as `make eval-sensitive`):
98.5 / 4.0 recall / false exclusion in % as shipped, 98.5 / 10.0 without the overruling,
95.0 / 9.5 by the rules alone. Held out: never tuned or trained on."""

from __future__ import annotations

from training_gate.sensitive_blind import stranger_examples

SUBJECTS: tuple[str, ...] = (
    "Season ticket renewal",
    "Young Herons junior membership",
    "Kickabout Soccer School booking",
    "Holm Academy trials and sessions",
    "Away coach travel",
    "Accessible Seating Scheme",
    "Club shop order",
    "Kit printing and returns",
    "Behind the Holm stadium tour",
    "Riverside Lounge hospitality",
    "Supporters' club enquiry",
    "Ticket exchange and refunds",
    "Matchday incident",
    "Membership account details",
)

ENTRIES: list[tuple[str, str, str, str]] = [
    # ---- health
    ("health", "sensitive", "email",
     "Hello, I'm renewing season ticket ST-40418 for 2025/26 but need to move out of Block F row 22. My "
     "wife Maureen was diagnosed with MS the year before last and since the spring she's been using a "
     "wheelchair full time, so we'd need a wheelchair bay with a companion seat beside it. Can you tell "
     "me what evidence the Accessible Seating Scheme needs? PIP letter, GP letter? Many thanks, Alan "
     "Greaves"),
    ("health", "sensitive", "chat",
     "Hi, booking the away coach to Carrow Lane on the 14th, 2 seats || Agent: Hi there! Two seats on the "
     "07:30 from the Holm Park coach park, that's £58 total. Anything else I can help with? || yeah one "
     "thing, I'm type 1 diabetic and need to keep my insulin pens cool, is there a fridge on board or can "
     "I bring a cool bag on? || Agent: Cool bags are absolutely fine on board, and I'll add a note so the "
     "steward knows you may need to eat at set times. || brill cheers"),
    ("health", "sensitive", "sms",
     "cant make sat, in Brackenford General having my gallbladder out thurs. can my seat go on the ticket "
     "exchange pls? ST 30977 ta || Agent: Hope it all goes smoothly! Seat's listed on the exchange for "
     "Saturday, you'll get the refund if it sells. || ta v much"),
    ("health", "sensitive", "voicemail",
     "Voicemail, 10:42. Hi, it's Derek Pomfret, member number 118 204. I came down the steps in the North "
     "Stand Saturday, missed the last one, and I've broken my wrist, it's in plaster up to the elbow now. "
     "I won't manage the Riverside Lounge lunch on the 9th, can someone ring me about moving the booking? "
     "07700 900417. Thanks."),
    ("health", "sensitive", "note",
     "Cust Ms Adaeze Okafor rang re seat move. She is 24 weeks pregnant and finding row 30 Block K steps "
     "hard, asked for aisle seat nearer the toilets for rest of season. Offered K row 4 seat 1, she "
     "accepted. No charge, swap logged."),
    ("health", "sensitive", "form",
     "Accessible Seating Scheme application. Full name: Gordon Tullis. Season ticket no: ST-21150. Nature "
     "of access need: registered severely sight impaired (glaucoma, both eyes). Audio descriptive "
     "commentary headset required: Yes. Guide dog: Yes, name Biscuit. Preferred entrance: Gate 2."),
    ("health", "sensitive", "review",
     "★★★☆☆ Stadium tour, 12 May. Guide was brilliant and the dressing room bit was class, but nobody "
     "warned us about the 96 steps up to the gantry. I've got COPD and was properly struggling for breath "
     "at the top, had to use my inhaler twice. Please put it on the booking page. || Reply from Holm Park "
     "FC: Thanks for the feedback and sorry the climb was so hard. We've added step counts to the tour "
     "page and the guides now offer a lift route on request."),
    ("health", "sensitive", "chat",
     "hiya can i get one of the sensory room passes for sat. my partner gets really bad panic attacks in "
     "crowds since covid, shes on sertraline and the gp says the quiet room would help. her season ticket "
     "is ST-55012"),
    ("health", "sensitive", "email",
     "Dear Hospitality team, booking ref HOS-7781 for four guests on Boxing Day. Please note my "
     "father-in-law Brian is coeliac (properly diagnosed, not a lifestyle thing) and even a crumb makes "
     "him ill for days, so his starter and pudding must be fully gluten free and prepared separately. "
     "Kind regards, Shona Baird"),
    ("health", "sensitive", "call",
     "Agent: Holm Park ticket office, Jess speaking. || Caller: Hi love, I'm after a refund or a credit "
     "for my membership, I've only been to three games this season. || Agent: Can I ask what's happened? "
     "|| Caller: I've been on chemo since September, bowel cancer, and most Saturdays I'm wiped out. The "
     "consultant reckons another two cycles. || Agent: I'm really sorry to hear that. I can pause the "
     "membership and put the unused games on credit. || Caller: That'd be lovely, thank you."),
    ("health", "sensitive", "dm",
     "@HolmParkFC any chance of some help? Just had my hip replaced and there's no way I'm doing the "
     "stairs to row Z in the East Stand. Been a season ticket holder 31 yrs, never asked for owt before. "
     "|| Agent: Thanks for 31 years! I'll DM you a link to the Accessible Seating Scheme, and meanwhile "
     "we can move you to row C on the aisle. || legend, cheers"),
    ("health", "sensitive", "email",
     "Hello, I am Polish fan and member since 2019 (number 204-551). My husband Tomasz had heart attack "
     "in October, now he has stent and doctor say no big stress and no crowds for six month. Is possible "
     "to stop our two memberships and start again in summer? We dont want lose the seats. Thank you very "
     "much, Ewa Wiśniewska"),
    ("health", "sensitive", "chat",
     "Hi I'm returning the women's fit home shirt, order HS-88120. || Agent: No problem, was there a "
     "problem with the size? || Sort of. Since my mastectomy last year the side seam rubs right on the "
     "scar, so I'd like to swap it for the loose fit men's one in a medium if that's OK? || Agent: Of "
     "course, I've set up an exchange for the men's medium and emailed you a free returns label."),
    ("health", "sensitive", "note",
     "Steward incident log 19/10, Gate 6 concourse 14:35. Male supporter (season ticket ST-60214, Mr "
     "Kieran Walsh) collapsed near the food kiosk, had a seizure lasting approx 2 mins. Friend stated he "
     "is epileptic and had missed his medication. First aid attended, ambulance called, conveyed to "
     "Brackenford General 15:10."),
    ("health", "sensitive", "sms",
     "Not renewing this year sorry. Hearing's gone in my left ear after an infection and the tinnitus is "
     "unbearable with the noise at matches. || Agent: Sorry to hear that Mr Hale. We do lend ear "
     "defenders at Gate 3 if you ever fancy trying a game, just ask a steward. || Thanks I'll think about "
     "it"),
    ("health", "benign", "email",
     "Hello, I'm compiling the visitor guide for the Brackenford Access Forum. Could you confirm whether "
     "Holm Park has a Changing Places toilet, where the step-free entrances are, and how many wheelchair "
     "bays there are in each stand? We'd like our listing to be accurate for the new season. Best wishes, "
     "Lorraine Pike, volunteer editor"),
    ("health", "benign", "chat",
     "That injury time winner on Saturday!! Trying to watch the replay on HolmTV but the app just shows "
     "buffering forever || Agent: Sorry about that! Could you tell me which device and app version you're "
     "on? || iPhone, version 4.2.1 || Agent: There's a known bug in 4.2.1, please update to 4.2.3 from "
     "the App Store and it should play. || updated, working now, cheers"),
    ("health", "benign", "sms",
     "Is the first aid point still next to gate 4 or has it moved with the new concourse? Starting as a "
     "volunteer steward next month and want to learn the layout. || Agent: It's moved to the new "
     "concourse by Gate 5. Welcome to the stewarding team! || brilliant, see you at the induction"),
    ("health", "benign", "form",
     "Hospitality booking form. Lead guest: Martin Corrigan. Package: Riverside Lounge, v Ashcombe Town. "
     "Guests: 6. Dietary requirements: none. Menu: Sunday roast. Comments: Do you do a gluten-free "
     "version of the roast in general? Just asking for future bookings."),
    ("health", "benign", "review",
     "★★★★★ Behind the Holm tour. Loved seeing the physio room with the ice baths and the treatment "
     "tables, and our guide Kev had a story for every corner. Best £18 I've spent this year."),
    ("health", "benign", "call",
     "Caller: Morning, I'm ringing about the walking football sessions, the Fit Herons ones? || Agent: "
     "Yes, they're Tuesday and Thursday at ten on the 3G pitch, open to anyone over fifty. || Caller: How "
     "much is it? || Agent: Four pounds a session, first one free. || Caller: Lovely, I'll come Thursday."),
    ("health", "benign", "email",
     "Hi there, our running club is doing a charity raffle and we'd like to buy the Herons-branded "
     "massage gun and two of the club first aid kit bags from the shop as prizes. Is there a discount for "
     "charities, and can you invoice Brackenford Harriers rather than me personally? Thanks, Phil "
     "Dunmore, club treasurer"),
    ("health", "benign", "chat",
     "the pitch looked sick on telly last week, proper bowling green || Agent: Ha, the groundstaff will "
     "be chuffed to hear that! || are you selling bits of the old turf when you relay it in summer? saw "
     "another club doing it || Agent: We are! Squares of the old pitch will go on sale in the shop in "
     "June, sign up to the newsletter for first dibs."),
    ("health", "benign", "dm",
     "That second half was painful to watch 😂 anyway, when do the away tickets for Carrow Lane go on sale "
     "for members? || Agent: We felt it too 😅 Member sale opens Tuesday 10am, general sale Thursday."),
    ("health", "benign", "note",
     "Caller asked in general terms about the Accessible Seating Scheme: eligibility, what evidence we "
     "accept and whether companion tickets are free. Sent link to the policy page. No application made, "
     "no personal details taken."),
    ("health", "benign", "voicemail",
     "Hi, this is Sandra from Brackenford Physio and Sports Injury Clinic on Mill Road. We'd like to book "
     "a hospitality box for our staff Christmas do, about twelve of us, a Saturday in December ideally. "
     "Could someone call me back on 07700 900233? Thanks."),
    ("health", "benign", "email",
     "Good afternoon, the regional blood donation service has asked whether it could park its donor "
     "session vehicle in the East car park on a non-matchday Wednesday in March. I handle the venue "
     "bookings for the service locally; who should I speak to about access and the power hook-up? "
     "Regards, Neil Forsyth"),
    ("health", "benign", "sms",
     "Heartbreaker on Saturday. Can I still swap my seat for the cup replay into block D with my mates?"),
    ("health", "benign", "chat",
     "Quick question, is the Mental Health Awareness fixture in May included in the season ticket or do I "
     "have to buy the charity match separately?"),
    ("health", "benign", "form",
     "Contact us form. Name: Rhian Pritchard. Subject: Medical centre on the tour. Message: Is the old "
     "club medical centre still part of the Behind the Holm tour route, or has it closed for the "
     "refurbishment? We're booking for a works outing of 15."),
    # ---- children
    ("children", "sensitive", "email",
     "Hello, I'd like to book my daughter onto the Easter Kickabout Soccer School at Holm Park. She's "
     "nine, plays for Brackenford Vixens on Sundays and has been desperate to go since her friend went "
     "last year. Do you need her shirt size in advance? Many thanks, Joanna Petrakis"),
    ("children", "sensitive", "chat",
     "hi is it too late to get Alfie on the mascot list for the Ashcombe game? || Agent: Hi! Let me "
     "check. How old is Alfie? Mascots need to be between 5 and 11. || he's 11, 12 in june so this is his "
     "last chance basically || Agent: Good timing! There's one spot left for the 22nd. I'll send over the "
     "form, it needs his shirt size and a parent's signature."),
    ("children", "sensitive", "form",
     "Junior membership (Young Herons). Child's full name: Isla Rose McKenna. Date of birth: 14/02/2016. "
     "School: St Bride's Primary, P5. Parent/guardian: Fiona McKenna. Favourite player: Number 7. "
     "Allergies: none known."),
    ("children", "sensitive", "sms",
     "Hi its Dawn, can Kai's junior season ticket be collected by his nan on sat? I'm working. He's in "
     "year 4 so cant collect himself obviously lol || Agent: Yes, his nan can collect it with the booking "
     "reference and her own ID. || brill thanks hun"),
    ("children", "sensitive", "note",
     "Cust Mr Vikram Shah rang about Holm Academy U10 trial result for son Arjun (9). Wanted feedback on "
     "why not selected. Passed to academy admin, call back within 5 days. Also asked about the "
     "development squad on Wednesdays."),
    ("children", "sensitive", "email",
     "Hi, we're a Canadian family moving to Brackenford in August and our son Noah is going into grade 6 "
     "in September. He's a keen goalkeeper. Does the junior academy take trialists mid-season, and would "
     "he be placed with the under-11s or under-12s? Thanks, Dana & Rob Kowalski"),
    ("children", "sensitive", "voicemail",
     "Voicemail, Thursday 17:40. Hello, it's Mrs Okonjo. My son Tobi left his coat and his inhaler in the "
     "Family Stand on Saturday, Block B row 5. He's seven, it's a navy coat with a Heron badge. Please "
     "call me if it's been handed in, 07700 900174."),
    ("children", "sensitive", "chat",
     "hey im 14 and i want to go to the away game at Gillham with my mates, can i book a coach seat on my "
     "own? || Agent: Hi! Under-16s need to travel with a responsible adult on our coaches, I'm afraid. Is "
     "a parent or older friend able to come? || my brothers 19 can he be the adult || Agent: Yes, anyone "
     "18 or over who's booked on the same coach counts."),
    ("children", "sensitive", "review",
     "★★★★★ Our little one's first ever match and the Family Stand staff were amazing. Poppy (3) got a "
     "free Harry the Heron badge and the steward knelt down to high-five her. She's not stopped talking "
     "about it. || Reply from Holm Park FC: That's made our day! Hope to see Poppy back soon."),
    ("children", "sensitive", "email",
     "Dear ticket office, my ex-partner and I share custody of our son, Leo, 10, on alternate weekends. "
     "His junior season ticket is on my account, but when he's with his dad on a matchday I need to be "
     "able to send the ticket to his dad's phone. Is that possible? Kind regards, Rachel Thornbury"),
    ("children", "sensitive", "form",
     "Birthday party booking. Child's name: Maisie Clarke. Age on the day: 7. Date: Sat 17 May. Guests: "
     "12 children, 4 adults. Dietary notes: Maisie is vegetarian. Cake: Heron themed please. Contact: "
     "Laura Clarke, 07700 900290."),
    ("children", "sensitive", "chat",
     "Our baby was born on Tuesday! Want to get her the Little Herons newborn membership, does it need "
     "her NHS number or just DOB? || Agent: Congratulations! Just her name and date of birth. || Name is "
     "Ava June Ferguson, DOB 4th March 2025, 7lb 2oz if that's any use haha || Agent: Lovely! She's all "
     "signed up, and her welcome pack with the bib and certificate will be posted this week."),
    ("children", "sensitive", "note",
     "Academy welfare note: U14 player Callum Reid's mum phoned to say he is being bullied at Brackenford "
     "High and has been off school for a week. Asked coaches to keep an eye on him at Tuesday training. "
     "Welfare officer to call back."),
    ("children", "sensitive", "sms",
     "Can Jayden do the Wednesday and Thursday sessions of the half term camp only? he's 6 and 5 days in "
     "a row is a lot for him. Paid already ref KS-4410 || Agent: No problem, I've changed it to Wednesday "
     "and Thursday and refunded the other three days. || thank u so much"),
    ("children", "sensitive", "email",
     "Hi there, my twins Oscar and Freya (8) are booked on the summer soccer school. Oscar has a severe "
     "peanut allergy and carries an EpiPen, so please make sure the coaches know and lunchtime snacks are "
     "nut free. Freya has no allergies. Thanks, Matt Gillespie"),
    ("children", "sensitive", "dm",
     "hi can u tell me how to get a junior ticket for my kid brother, hes in 2nd class and mad about the "
     "Herons. we moved over from Dublin so he doesnt know anyone yet || Agent: Welcome to Brackenford! "
     "Junior tickets are £8 in the Family Stand, and Young Herons membership is a great way for him to "
     "make friends. || class, will sort it this week"),
    ("children", "sensitive", "call",
     "Agent: Holm Park ticket office, Ben speaking. || Caller: Hi Ben, I'm trying to renew my son's "
     "junior season ticket but the website's charging me adult price. || Agent: Let me check. What's his "
     "date of birth? || Caller: 2nd September 2009. || Agent: Ah, he turns 16 just before the season "
     "starts, so he moves to the youth band, it's £180 rather than £95. || Caller: Oh no, okay, that's "
     "fair."),
    ("children", "sensitive", "chat",
     "Do you have any spaces left in the Little Kickers toddler sessions on Saturdays for my daughter "
     "Nell? She's 2 and a half and will run after anything that moves || Agent: We have two spaces left "
     "in the 9:15 group for 2 to 3 year olds! || Brilliant, book her in please"),
    ("children", "sensitive", "form",
     "Ballkid application, season 2025/26. Applicant: Rhys Tanner. Date of birth: 07/11/2011. School "
     "year: Year 9, Holm Valley Academy. Club played for: Brackenford Colts U14. Parent consent: Yes "
     "(signed by S. Tanner)."),
    ("children", "sensitive", "email",
     "Dear Sir or Madam, my son Zain, who is 13, came home from your Saturday academy session very upset "
     "because another coach shouted at him in front of the group. He has a stammer and is already "
     "self-conscious. I would like to speak to the welfare officer, please. Regards, Samira Begum"),
    ("children", "sensitive", "voicemail",
     "Hi, this is Gemma Holt. My son Ethan is in Year 11 and he has his GCSE maths on the morning of the "
     "academy showcase, so could he do the afternoon slot instead? He's desperate not to miss it. My "
     "number is 07700 900612."),
    ("children", "sensitive", "note",
     "Mr Ali Hassan rang: his daughter (age 12) received a friend request on the club's junior fan app "
     "from an adult she doesn't know. He wants her account (YH-77812) deleted and the user reported. "
     "Passed to safeguarding lead."),
    ("children", "sensitive", "sms",
     "hi we got the kids tickets for sat but Millie's only 4 so does she need her own seat or can she sit "
     "on my knee || Agent: Under-5s can sit on a lap for free in the Family Stand, no ticket needed. || "
     "great, one less thing to sort"),
    ("children", "sensitive", "email",
     "G'day from Perth! My boy Jack is in Year 3 over here and we're coming back to visit his "
     "grandparents in Brackenford in July. Is there any chance he could join a soccer school for a week, "
     "even though he's not a local? He'd be chuffed. Cheers, Bec Lawson"),
    ("children", "sensitive", "chat",
     "my son's got his first kit for xmas and the name on the back is spelt wrong, its FINLEY not FINLAY. "
     "he's 5 and noticed straight away lol || Agent: Oh no, sorry about that! Please send it back with "
     "the free label and we'll reprint it within a week. || thanks, he's gutted so the quicker the better"),
    ("children", "sensitive", "form",
     "Photography consent form, Kickabout Soccer School. Child: Bethany Orr. Age: 10. Group: Blue (U11). "
     "Consent to club media use: No. Reason: Looked-after child, placement address must not be "
     "identifiable. Signed: M. Dale, foster carer."),
    ("children", "sensitive", "review",
     "★★☆☆☆ Sent our lad (11) to the October half-term camp and he came home every day starving because "
     "lunch was one sandwich. For £30 a day I'd expect better. Coaching was good though. || Reply from "
     "Holm Park FC: Thanks for letting us know, we've increased the lunch portions and added fruit for "
     "the Christmas camp."),
    ("children", "sensitive", "email",
     "Hi, our son Daniel Agbaje is in S2 at Kilmory High and is doing a work experience week. He'd love "
     "to spend it with the groundstaff or the media team at Holm Park in June. He's 13. Is that something "
     "the club offers? Thanks, Femi Agbaje"),
    ("children", "sensitive", "note",
     "Ticket office: lady at the window asked to buy a junior ticket for her grandson Reggie, who she "
     "said is 'almost 17, he's in lower sixth'. Sold at youth rate, ID not required for 16-17."),
    ("children", "sensitive", "chat",
     "hi can i change the name on the academy fees invoice? it says Charlie's dad but im his mum and im "
     "paying. Charlie Beaumont, under 9s || Agent: Of course! I'll reissue it to you. Could you confirm "
     "your full name? || Kerry Beaumont || Agent: Done, the new invoice is in your inbox."),
    ("children", "sensitive", "dm",
     "My daughter is 16 and has just come out of care, she's living with us now under a special "
     "guardianship order. Can she keep her Young Herons membership or does it need a new account?"),
    ("children", "sensitive", "call",
     "Agent: Kickabout soccer schools, Hayley speaking. || Caller: Hiya, I booked my daughter on the "
     "Easter camp, but she's just broken her arm falling off the trampoline. || Agent: Oh no! How old is "
     "she? || Caller: She's eight, it's her left arm, she's in a cast for six weeks. || Agent: Poor "
     "thing. I'll move the booking to the summer camp at no charge, she'll be right as rain by then."),
    ("children", "sensitive", "email",
     "Hello, our daughter Amara is in Year 1 at Brookfield Infants and her class is doing a project on "
     "jobs people do. She asked if she could write to the club mascot. Could Harry the Heron send a "
     "little note back? She's five. Thanks, Chinedu and Helen Eze"),
    ("children", "sensitive", "sms",
     "booked 2 adult + 1 child for the tour but we've got the baby too, Luca, 8 months, does he need a "
     "ticket? will be in a sling || Agent: Babies under 1 go free on the tour, no ticket needed. Enjoy! "
     "|| lovely, see you Sunday"),
    ("children", "sensitive", "form",
     "Junior season ticket renewal. Holder: Kacper Nowak. DOB: 23/06/2013. School year from September: "
     "Year 8. Account holder: Marta Nowak (mother). Seat: Family Stand B/10/4. Payment: 10 instalments."),
    ("children", "sensitive", "chat",
     "omg my son just got picked as a ballboy for the cup game!! he's 13, what time does he need to be "
     "there and does he need his own boots?? || Agent: Congratulations to him! Ballkids report to the "
     "academy entrance at 12:30, and boots are provided. || amazing thank you"),
    ("children", "sensitive", "note",
     "Soccer school coordinator: child Ruby Sandhu (6) collected at 3pm by a woman not on the collection "
     "list. Coach refused release and phoned mum, who confirmed aunt was collecting. Aunt's name added to "
     "the list for remaining days."),
    ("children", "sensitive", "email",
     "Dear Holm Park, my nephew Thomas is ten and has just been diagnosed with type 1 diabetes. He's "
     "booked on the summer camp and will need to test his blood sugar and have snacks. Can staff support "
     "that, or should his mum stay on site? Best regards, Alison Hurst"),
    ("children", "sensitive", "voicemail",
     "Voicemail, Tuesday 8:55. Hi, it's Jo Marsden. Harvey, my son, is booked for the 10 o'clock academy "
     "session but he's got chickenpox, he's six so it's all over him, so he won't be there. Can it count "
     "as a missed session rather than charged? Thanks."),
    ("children", "sensitive", "chat",
     "Can I use my son's Young Herons points for a shop discount? He's 7 and saved them up for ages. His "
     "account is YH-55208 || Agent: Yes, every 100 points is £5 off in the shop. He's got 320, so £15! || "
     "He'll be thrilled, thanks"),
    ("children", "sensitive", "form",
     "Lost property report. Item: green Heron water bottle with name label 'EVIE M. Class 3B'. Lost: "
     "Saturday, Family Stand, Block A. Owner age: 8. Contact: Sarah Mason, 07700 900436."),
    ("children", "sensitive", "dm",
     "howdy from Ohio, my kid is in 4th grade and obsessed with English soccer after a school project on "
     "your club, any chance of a signed photo for his 10th birthday? his name is Wyatt. happy to pay "
     "postage"),
    ("children", "sensitive", "email",
     "Hi, I'm the nursery manager at Little Acorns. One of our children, Reuben, is the son of a player's "
     "physio and says he's going to be a mascot. His mum asked me to pass on his details to the club: "
     "Reuben Harding, aged 4, shirt size 3-4 years. Hope that's OK. Kind regards, Tanya Fell"),
    ("children", "sensitive", "note",
     "Parent Mr Imran Qureshi called about son Yusuf's (11) academy registration. Says the boy's mother "
     "has a court order preventing removal from school hours and asked that the academy not release Yusuf "
     "to her. Copy of order requested, safeguarding lead informed."),
    ("children", "sensitive", "chat",
     "hiya, my stepdaughter is doing her Duke of Edinburgh bronze and wants to volunteer at the Kickabout "
     "sessions. she's in Year 10, 15 in March. would that count? || Agent: It would! Volunteers aged 14 "
     "and over can help with the under-7s, supervised by our coaches. || great, how does she sign up || "
     "Agent: I'll email the volunteer form to you as her parent or carer."),
    ("children", "sensitive", "sms",
     "Just to let you know Sophie won't make academy training tonight, she's got a parents evening at "
     "school and her teacher wants to talk about her reading. Sophie Lambert U12 girls || Agent: Thanks "
     "for letting us know, I've marked her absent for tonight. See her Thursday!"),
    ("children", "sensitive", "review",
     "★★★★☆ Brought our 15 month old to the stadium tour in the pushchair. Staff found us a lift for the "
     "gantry and let him 'sit' in the manager's seat for a photo. Changing facilities could be better. || "
     "Reply from Holm Park FC: Thanks! New baby change units are going into the East Stand in summer."),
    ("children", "sensitive", "email",
     "Hi, I'd like to put my son down for the under-7s academy waiting list. His name is Mateo Silva, "
     "born 30 November 2019, and he's in reception at Holm Lane Primary. He's very quick and very loud. "
     "Thanks, Paula Silva"),
    ("children", "sensitive", "call",
     "Agent: Fan services, Josh here. || Caller: Hi, I'm ringing because my son had a message from one of "
     "your academy coaches on Instagram, asking him to send photos. He's 14. || Agent: Thank you for "
     "calling us straight away. Do you still have the messages? || Caller: Yes, he showed me. || Agent: "
     "Please keep them and don't reply. I'm putting you through to our designated safeguarding officer "
     "now, and they will contact the police if needed."),
    ("children", "sensitive", "chat",
     "trying to log into my young herons account to vote for player of the month but it says a parent has "
     "to approve?? im 13 and my mums at work till 6 || Agent: Hi! Yes, for under-16s a parent or guardian "
     "has to confirm the account by email first. You can still vote once she's clicked the link tonight. "
     "|| ok ill tell her, voting closes tmrw right || Agent: Friday at midday, so plenty of time."),
    ("children", "benign", "chat",
     "hi do you have the kids' home shirt in stock in the 9-10 size? website says low stock || Agent: "
     "We've got 6 left in 9-10 and plenty in 11-12. || great, can I reserve one for collection Saturday? "
     "|| Agent: Reserved under your account, pick it up from the shop counter any time before kick-off."),
    ("children", "benign", "email",
     "Dear Holm Park FC, I am the school business manager at St Aldric's C of E Primary. We'd like to "
     "book the Schools' Matchday offer for the Ashcombe fixture: 30 pupil tickets and 5 staff tickets, "
     "invoiced to the school. Please could you confirm the group rate and where the coach can drop off? "
     "Kind regards, Mrs Gillian Ford"),
    ("children", "benign", "sms",
     "What age counts as junior for season tickets this year? The website says under 18 in one place and "
     "under 16 in another. || Agent: Sorry for the confusion! Junior is under 16, with a youth band for "
     "16 and 17. We're fixing the page."),
    ("children", "benign", "form",
     "Membership form. Full name: Daniel Ashcroft. Date of birth: 12/05/1988. Membership type: Adult "
     "Gold. Address: 9 Quarry View, Brackenford BF2 7HD. Email: d.ashcroft@example.com. Marketing "
     "consent: No."),
    ("children", "benign", "chat",
     "are tickets for the Under-21s game against Ferrybridge on sale yet? fancy watching the youngsters "
     "|| Agent: They are! £5 adults, and members get in free with their card. || nice, I'll just turn up "
     "with my card then"),
    ("children", "benign", "review",
     "★★★★☆ Bought the Herons baby-grow and bib set as a gift for a colleague's baby shower. Lovely "
     "quality, soft cotton, and the gift box is a nice touch. Delivery took a week though."),
    ("children", "benign", "note",
     "Caller asked how schools apply for the ballkid scheme for next season. Explained the club contacts "
     "local secondary schools in April and PE departments nominate pupils. General enquiry from a supply "
     "teacher, no individual pupils discussed."),
    ("children", "benign", "email",
     "Hello, I'm 34 and want to do my FA Introduction to Coaching course. Does the Holm Academy host the "
     "course for adult volunteers, or should I go through the county FA? I'd like to help at the kids' "
     "soccer schools eventually. Thanks, Amir Haddad"),
    ("children", "benign", "dm",
     "been coming to Holm Park since I was a kid in the 80s and the pies have never been this bad. sort "
     "it out. also when do the season tickets go on sale || Agent: Sorry about the pies, we've passed it "
     "on to catering! Renewals open 1 April."),
    ("children", "benign", "chat",
     "do you still do the Harry the Heron mascot appearances for corporate events? we've got a staff "
     "family fun day in July || Agent: We do! Harry costs £150 for an hour, and he's very good at "
     "dancing. || ha brilliant, send me the booking form please"),
    ("children", "benign", "sms",
     "Is there pushchair storage at the stadium or do we have to fold it and take it to our seats? || "
     "Agent: There's free pushchair storage at the Family Stand entrance. || perfect, that's handy"),
    ("children", "benign", "form",
     "Stadium tour booking. Group name: Brackenford Rovers Juniors FC. Contact: Steve Hollis, club "
     "secretary. Date: 9 August. Group size: 25. Notes: The club's committee would like the tour to "
     "include the academy pitches. Invoice to club."),
    ("children", "benign", "email",
     "Good afternoon, Green Acre Nurseries would like to renew our sponsorship of the pitchside hoarding "
     "by the Family Stand for another two seasons. Please send the renewal contract to "
     "office@example.org. Best wishes, Hilary Dunn, Green Acre Nurseries Ltd"),
    ("children", "benign", "call",
     "Caller: Hi, I'm ringing about the Kids Go Free offer. Is it running for the Boxing Day game? || "
     "Agent: Not for Boxing Day, I'm afraid, it's only on selected league games, the next one is 11 "
     "January. || Caller: Ah well. Which stands is it in? || Agent: The Family Stand and the East lower "
     "tier."),
    ("children", "benign", "chat",
     "whats the policy on under 16s being in the away end without an adult? asking for the supporters "
     "club travel guidance we're writing || Agent: Under-16s must be accompanied by an adult aged 18 or "
     "over in all areas of the ground, including the away end. || cheers, that's what we thought"),
    ("children", "benign", "review",
     "★★★☆☆ Family Stand is great value for families but the junior prices went up £10 this season, which "
     "is a lot. Also the baby changing room in the East Stand was out of order on Saturday."),
    ("children", "benign", "email",
     "Hi, I'm the secretary of the Brackenford and District Junior League. We'd like to hold our Under-9s "
     "and Under-10s cup finals at Holm Park in May. Can you let me know availability, the hire cost and "
     "whether your groundstaff would need to approve the number of games? Regards, Colin Whitby"),
    ("children", "benign", "voicemail",
     "Hi, it's Marie from Tiny Feet Nursery on Canal Street. We're a nursery business looking at "
     "sponsoring the Little Kickers sessions next season. Could the commercial team give me a call? 07700 "
     "900803. Thanks."),
    ("children", "benign", "sms",
     "Are the Heron plush toys back in stock in the club shop? Online says sold out. || Agent: They're "
     "back in store on Saturday, and the online restock is next week."),
    ("children", "benign", "chat",
     "alright kid, quick one, is the club shop open on non matchdays or just saturdays? || Agent: Open "
     "Monday to Saturday 9 till 5, and 10 till 4 on Sundays! || sound, cheers son"),
    ("children", "benign", "form",
     "Party package enquiry. Name: Jenna Morrow. Question: What's included in the kids' party package, "
     "how many guests can it take, and is the food catered or do we bring our own? Just getting prices "
     "for now."),
    ("children", "benign", "note",
     "Shop: customer asked whether the junior sizes on the size chart are by chest measurement or height. "
     "Confirmed chest, with height as a guide. No purchase made."),
    ("children", "benign", "email",
     "Hi, I'm a student at Brackenford University, 21, and wondering if the club does a student season "
     "ticket or just the under-21 band? Happy to show my student ID. Thanks, Ollie Pearce"),
    ("children", "benign", "chat",
     "Does your junior academy charge fees, or is it free for players who are selected? Just curious how "
     "it works at Holm Park compared with bigger clubs || Agent: The foundation phase has a small monthly "
     "contribution, and from U12 upwards it's free for selected players. || interesting, thanks for "
     "explaining"),
    ("children", "benign", "dm",
     "the kids done us proud in the Youth Cup last night!! any chance the club shows the next round on "
     "HolmTV?"),
    ("children", "benign", "voicemail",
     "Hello, it's Owen from Holm Lane Primary's PTA. We're running a raffle at the summer fair and "
     "wondered if the club would donate a signed ball or a stadium tour voucher as a prize. Call me back "
     "on 07700 900316."),
    ("children", "benign", "form",
     "Job application. Role: Soccer School Coach (casual). Applicant: Bethan Price. Age: 26. "
     "Qualifications: UEFA C licence, first aid certificate, enhanced DBS (2024). Availability: school "
     "holidays. Previous role: PE assistant at Holm Valley Academy."),
    ("children", "benign", "sms",
     "Do toddlers go free at the Family Fun Day or does everyone need a ticket? The pricing page doesn't "
     "say either way."),
    ("children", "benign", "email",
     "Hi there, is the Family Stand alcohol free? We're a group of four adults, friends from work, and we "
     "like a pint at half-time, so don't want to buy in the wrong place. Cheers, Gavin Kerr"),
    ("children", "benign", "chat",
     "I'm the reception manager at Holm Park Business Centre next door. We get loads of fans asking our "
     "reception desk for directions to the Little Herons kids' zone. Could you send us a map we can "
     "print? || Agent: Of course, I'll email you the matchday map as a PDF now. || Lovely, thank you"),
    ("children", "benign", "review",
     "★★★★★ The Young Herons membership pack is superb value, bought one as a raffle prize for our "
     "running club and it went down a storm. Proper quality scarf and a lanyard."),
    ("children", "benign", "note",
     "Agent note: caller from a local childminding network asked whether the club runs free holiday "
     "activities under the government's HAF programme. Explained Community Trust runs them, gave contact "
     "email. Organisation enquiry only."),
    ("children", "benign", "email",
     "Dear Holm Park FC, on behalf of Brackenford Youth Brass Band, we'd be delighted to play pre-match "
     "on Boxing Day again. Could you confirm the arrival time and whether the band's 30 members can use "
     "the Heron Suite to warm up? Best wishes, Dr Peter Amis, musical director"),
    ("children", "benign", "sms",
     "can you print player names on the kids' size shirts or is it adult shirts only? thinking of "
     "ordering for a gift || Agent: Yes, kids' shirts can be printed too, same price as adult ones."),
    ("children", "benign", "chat",
     "hi, is the Junior Sales Executive job still open? the advert says closing date Friday || Agent: It "
     "is, applications close Friday at 5pm. || great, I'll get my CV in tonight"),
    ("children", "benign", "form",
     "Contact us. Name: Patrick Ng. Subject: Child safety seats on away coaches. Message: Do your coaches "
     "have seat belts on every seat, and do you allow booster seats? Writing a travel FAQ for our "
     "supporters' club newsletter."),
    ("children", "benign", "call",
     "Caller: Hello, I've been a member for ten years this season and I heard there's a long service "
     "badge? || Agent: There is! Ten-year members get a gold pin and a certificate. || Caller: Can I pick "
     "it up at the ticket office? || Agent: Yes, just bring your membership card."),
    ("children", "benign", "email",
     "Hi, we run the Brackenford under-12s girls' team and we'd like to order 16 of the Herons training "
     "bibs for the squad in mixed sizes. Is there a discount for grassroots clubs? Kind regards, Saira "
     "Malik, club kit secretary"),
    ("children", "benign", "dm",
     "Genuinely think the academy is the best thing about this club. Anyway, any idea when the under-18s "
     "fixture list comes out? || Agent: Thanks! The U18 fixtures usually come out in late July."),
    ("children", "benign", "chat",
     "is the baby blue retro away shirt coming back? the 1996 one || Agent: Funny you should ask, it's "
     "getting a re-release in August! || sign me up, large please || Agent: Pre-orders open 1 July, I'll "
     "add you to the notification list."),
    ("children", "benign", "note",
     "Caller asked whether the Little Kickers toddler sessions are run by the club or a franchise. "
     "Explained Little Kickers is a separate company hiring our sports hall. Gave their general enquiries "
     "address."),
    ("children", "benign", "review",
     "★★★★☆ Stadium tour was fab. We went as four grown-ups on a birthday trip for my 40th and loved "
     "sitting in the dugouts. Would recommend to any fan of any age."),
    ("children", "benign", "sms",
     "Are junior ticket prices going up next season? Need to budget for the family ticket for the "
     "Supporters' Trust raffle prize."),
    ("children", "benign", "email",
     "Hello, I'm a trainee teacher organising an after-school football club and wondered if the club "
     "sells any discounted coaching cones, poles and size 4 balls in bulk. We'd need about 20 balls. "
     "Thank you, Miss Laura Benn"),
    ("children", "benign", "chat",
     "hi what time does the kids zone open on matchdays? want to know for the club's matchday guide I "
     "help edit || Agent: It opens 90 minutes before kick-off and closes at the start of the second half. "
     "|| thanks, will update the guide"),
    ("children", "benign", "form",
     "Shop order note. Item: Little Herons toddler kit, size 2-3 years, quantity 1. Gift message: "
     "'Congratulations from all at Dunbar & Webb'. Delivery: office address, 22 Market Street, "
     "Brackenford."),
    ("children", "benign", "voicemail",
     "Hi, it's Ken from the Brackenford Scouts District office. We'd like to ask about the group rate for "
     "a stadium tour for our adult leaders' team, about fifteen of us, on a weekday evening. Call me on "
     "07700 900977."),
    ("children", "benign", "dm",
     "class season so far lads, top of the league at christmas for the first time since I was in short "
     "trousers"),
    ("children", "benign", "chat",
     "what's the oldest you can be for the soccer schools? asking for the club newsletter, a few readers "
     "have asked || Agent: Soccer schools run for ages 5 to 13, and the development sessions go up to 16. "
     "|| perfect, thanks!"),
    ("children", "benign", "email",
     "Hello, is the Heron Junior Goal set (the pop-up one, 5ft) sturdy enough to leave out in a garden, "
     "or is it indoor only? The product page doesn't mention weather. I'm thinking of it as a present. "
     "Thanks, Neville Adair"),
    # ---- financial_hardship
    ("financial_hardship", "sensitive", "email",
     "Hello, I've had a letter from Harlow Recovery Services saying I owe Holm Park FC £312 for the last "
     "four season ticket instalments. I lost my job at the depot in August and just couldn't keep up. I'm "
     "not disputing it, I just can't pay it all at once. Is there any way to set up £20 a month with the "
     "club directly instead of the debt collectors? Regards, Wayne Pilling"),
    ("financial_hardship", "sensitive", "chat",
     "hi can i pause my direct debit for the season ticket? || Agent: Hi! We can move the collection date "
     "or pause for up to two months. Can I ask what's prompting it? || been made redundant last week, "
     "only notice pay coming in and i need to keep the rent covered first. really dont want to lose the "
     "seat tho, had it since i was 16 || Agent: Totally understand. I'll pause it for two months and "
     "protect the seat, no fees. Let us know if you need longer."),
    ("financial_hardship", "sensitive", "sms",
     "Sorry I can't renew this year. On Universal Credit since the spring and it just doesn't stretch. "
     "Thanks for the years. Seat C/19/7 || Agent: Sorry to see you go, and thanks for all the years. Do "
     "look at the Community Trust's free ticket scheme, you might still get to some games. || I will, "
     "cheers for that"),
    ("financial_hardship", "sensitive", "note",
     "Cust Mr Jason Eddowes called re failed DD x3. Explained he entered an IVA in October and his "
     "insolvency practitioner has told him to stop non-essential payments. Season ticket cancelled "
     "without penalty per hardship policy, outstanding £84 written off by supervisor."),
    ("financial_hardship", "sensitive", "voicemail",
     "Voicemail 11:20. Hiya, it's Kelly Mahon, member 334 019. I've got the bailiffs coming about council "
     "tax arrears and I'm trying to sort everything out, so please can you cancel the away coach I booked "
     "for the 15th and put the £29 back on my card, I really need it. Thanks."),
    ("financial_hardship", "sensitive", "form",
     "Hardship fund application, Holm Park Community Trust. Name: Darren Okoye. Household: self and "
     "partner. Income: Jobseeker's Allowance and partner's part-time wage. Reason for application: Cannot "
     "afford the £15 matchday ticket after rent increase; we use the Brackenford food bank most weeks."),
    ("financial_hardship", "sensitive", "email",
     "Dear Holm Park, I have been declared bankrupt as of 3 June and my trustee has asked me to list all "
     "ongoing contracts. I have a hospitality box share (HB-12) that I can no longer pay for. Please can "
     "you confirm the balance and how to cancel? Regards, Nigel Sefton"),
    ("financial_hardship", "sensitive", "chat",
     "my card got declined again for the kids soccer school instalment sorry, its not the card its just "
     "theres nothing in the account till the 28th when my ESA comes in. can it be taken then? || Agent: "
     "Of course, I've moved the payment to the 28th. No charge for changing it. || thank you so much, "
     "embarrassing having to ask"),
    ("financial_hardship", "sensitive", "dm",
     "Gutted, we're being evicted end of next month so I'm selling my season ticket back if that's even "
     "possible, need every penny for a deposit somewhere. Block D row 11. || Agent: Really sorry to hear "
     "this. We can refund the rest of your season pro rata, I'll DM you the form now. || appreciate it"),
    ("financial_hardship", "sensitive", "call",
     "Agent: Ticket office, Sunita speaking. || Caller: Hi, I had a text saying my membership renewal "
     "failed. || Agent: Yes, it looks like the card was declined on Monday. Would you like to try a "
     "different card? || Caller: There isn't one, to be honest. I'm on statutory sick pay and we're "
     "behind on the mortgage, I've had two letters from the bank. || Agent: I'm sorry to hear that. I can "
     "hold your membership open for 30 days so there's no rush, and I'll send you details of the "
     "Community Trust's free ticket scheme."),
    ("financial_hardship", "sensitive", "email",
     "Hi there, I'm the away travel rep for our branch and one of our regulars, Pete Marsh, has asked me "
     "to tell you he can't pay the £140 he owes for this season's coach travel. He's lost his taxi "
     "licence work and is living off his savings, which have run out. Can the debt be frozen? I'll vouch "
     "for him. Sheila Garvey"),
    ("financial_hardship", "sensitive", "sms",
     "I no have money for ticket this month, my work in warehouse finished and I wait for benefit. Can I "
     "pay in april please? Member 402 671, Andrei || Agent: Hi Andrei, yes, I've moved your payment to "
     "April, no extra charge. Good luck with everything. || thank you very much my friend"),
    ("financial_hardship", "sensitive", "note",
     "Away coach booking for Ms Chloe Barrow flagged by payments. Her bank recalled the payment; she "
     "emailed to say she is in a debt management plan with StepChange and the bank froze card spending. "
     "Asked if club accepts cash. Told yes at the ticket office. Booking held."),
    ("financial_hardship", "sensitive", "review",
     "★★★★★ The club's Pay What You Can scheme saved my Saturdays. When I got sacked in January and "
     "couldn't pay the last half of my season ticket, the ticket office let me keep the seat and pay £5 a "
     "game. Not many clubs would. || Reply from Holm Park FC: Thanks Gavin, glad it helped. That's what "
     "the scheme's for."),
    ("financial_hardship", "sensitive", "chat",
     "Can I get the money back from my shop voucher? I got it for Christmas but I need the cash more than "
     "a shirt right now, had to go to the food bank twice this month || Agent: Vouchers aren't normally "
     "refundable, but I'll ask the shop manager to make an exception given the circumstances. || thank "
     "you, honestly"),
    ("financial_hardship", "sensitive", "email",
     "Hello, our joint season tickets are in my name but I've had to move into temporary accommodation "
     "after losing the flat, and I can't keep the payments up. Can my brother take over the instalments "
     "and the seat? The council are rehousing me but not anytime soon. Kind regards, Leanne Moffat"),
    ("financial_hardship", "sensitive", "form",
     "Refund request. Name: Kwame Asante. Item: Behind the Holm tour, 4 tickets, TR-6114. Reason: Can no "
     "longer afford it after being laid off, and we need the money for the electricity bill which is "
     "overdue. Preferred refund: original card."),
    ("financial_hardship", "sensitive", "voicemail",
     "Hello, it's Mr Alderton, membership number 017 992. I've had a letter from a debt collection agency "
     "for a season ticket I cancelled in 2022, and I'm already on a debt relief order so I can't pay it. "
     "I'm 71 and I'm worried sick about it. Please ring me back on 07700 900864."),
    ("financial_hardship", "sensitive", "dm",
     "any chance the club could let me swap my hospitality booking for standard seats and refund the "
     "difference? hours at work got cut to nothing, zero hours contract, and I'm behind on the rent now"),
    ("financial_hardship", "sensitive", "chat",
     "need to cancel my season ticket instalments pls || Agent: Sorry to hear you're leaving us! Can I "
     "ask why? || business went under in march, I've had to sign on for the first time in my life. cant "
     "justify it || Agent: I'm really sorry. I've cancelled the remaining instalments and there's nothing "
     "further to pay. Your seat stays active until the end of the month."),
    ("financial_hardship", "benign", "email",
     "Hi, my card expired in January and I think the February season ticket instalment has bounced as a "
     "result. I've added the new card to my account now, can you retake the payment? Same amount as "
     "usual. Thanks, Gareth Yeoman, ST-48120"),
    ("financial_hardship", "benign", "chat",
     "is it possible to change the date the season ticket direct debit comes out? payday moved to the "
     "25th at work || Agent: Yes of course, I've moved it to the 26th from next month. || perfect, ta"),
    ("financial_hardship", "benign", "sms",
     "Do you do a monthly payment plan for the 2025/26 season tickets or is it full payment only this "
     "year? || Agent: There's a 10-month Direct Debit plan again this year, it opens with renewals in "
     "April."),
    ("financial_hardship", "benign", "review",
     "★★☆☆☆ Season ticket prices up 9% again. I can afford it but plenty of people can't, and the club "
     "keeps saying it's a community club. Freeze the prices! || Reply from Holm Park FC: Thanks for the "
     "feedback. Prices for under-18s and over-65s have been frozen, and adult prices are still below the "
     "league average."),
    ("financial_hardship", "benign", "form",
     "Refund request. Name: Joanne Cleary. Item: Away coach to Gillham, 2 seats. Reason: Match postponed "
     "due to waterlogged pitch. Preferred refund: original card. Booking ref: AC-7720."),
    ("financial_hardship", "benign", "call",
     "Caller: Hi, I've got £45 of ticket exchange credit on my account and I want to use it in the shop. "
     "|| Agent: Unfortunately exchange credit can only be used on tickets, but it doesn't expire until "
     "the end of next season. || Caller: Ah right, I'll use it on the cup game then. || Agent: Perfect, "
     "it'll come off automatically at checkout."),
    ("financial_hardship", "benign", "email",
     "Dear Sir/Madam, I'm writing on behalf of the Brackenford food bank. We'd love to have a donation "
     "point at the Holm End turnstiles on matchdays, as some other clubs do. Could the club support a "
     "collection on the December home fixtures? Kind regards, Ruth Adeyemi, volunteer coordinator"),
    ("financial_hardship", "benign", "chat",
     "I've been charged twice for my hospitality booking HOS-8010, £180 each time! || Agent: Apologies! I "
     "can see a duplicate transaction; the second one was a pending authorisation which should drop off "
     "in 3 to 5 days. || ok, I'll check my banking app next week || Agent: If it hasn't gone by Friday "
     "just reply here and I'll chase it."),
    ("financial_hardship", "benign", "note",
     "Member asked in general whether the club offers concessions for people on low income, as the "
     "Supporters' Trust is putting together a cost-of-living FAQ. Told him about the Community Trust "
     "scheme and the under-21 price. No personal circumstances discussed."),
    ("financial_hardship", "benign", "dm",
     "no way the gate receipts didn't cover that signing. club's richer than it makes out. anyway when do "
     "the memberships go on sale || Agent: Memberships go on sale on 1 June 👍"),
    ("financial_hardship", "benign", "sms",
     "Paid for the stadium tour twice by accident, refs TR-6001 and TR-6002. Can one be refunded pls? || "
     "Agent: Refunded TR-6002 for you, it'll show in 3 to 5 days. || amazing, thanks!"),
    ("financial_hardship", "benign", "email",
     "Hello, the invoice you sent for our company box (HB-04) has our old VAT number on it. Could you "
     "reissue it with GB 000 1234 56 so our accounts team can pay it this week? Regards, Sue Penhaligon, "
     "Penhaligon Building Supplies"),
    ("financial_hardship", "benign", "voicemail",
     "Hi, it's Tony Marr. I'm trying to pay the balance on the Boxing Day hospitality and the website "
     "keeps timing out at the payment page, three times now. Could someone take the payment over the "
     "phone? 07700 900505. Ta."),
    ("financial_hardship", "benign", "chat",
     "The club app says my membership is 'in arrears' but I paid in full in June?? || Agent: Sorry about "
     "the confusion. That's a display bug from last night's update, your account is fully paid and "
     "nothing is owed. || phew, had me worried. thanks"),
    ("financial_hardship", "benign", "form",
     "Contact us. Name: Ifeoma Chukwu. Subject: Apple Pay. Message: Does the club shop accept Apple Pay "
     "and contactless at the kiosks now? Last season it was cash only at the Holm End kiosk."),
    ("financial_hardship", "benign", "review",
     "★★★★☆ Season ticket is decent value if you go to all 23 games, works out about £17 a game. Would be "
     "five stars if the instalment plan didn't have a £12 admin fee."),
    ("financial_hardship", "benign", "chat",
     "debt of gratitude to the ticket office for sorting my seat move so fast last week 🙌 quick q, can I "
     "buy a second membership card holder? lost mine || Agent: Aw thanks! Card holders are £3 in the shop "
     "or free at the ticket office. || I'll pop by Saturday"),
    ("financial_hardship", "benign", "email",
     "Hi, I'm treasurer of the Herons Supporters' Club (South). We'd like to pay for our 40 away coach "
     "seats by bank transfer rather than card, as our bank charges us a card fee. Can you provide the "
     "club's bank details and a reference? Thanks, Colin Ashby"),
    ("financial_hardship", "benign", "sms",
     "Got an email saying my refund for the cancelled tour has been processed but nothing in my account "
     "yet, how long does it take? Ref TR-5871 || Agent: Card refunds take 3 to 5 working days depending "
     "on your bank. If nothing by Monday, let us know."),
    ("financial_hardship", "benign", "call",
     "Agent: Holm Park ticketing, Amy speaking. || Caller: Hi Amy, what's the deal with the Buy Now Pay "
     "Later option? Is that through the club? || Agent: It's through a third party, Klarna, and it splits "
     "the cost into three payments with no interest. || Caller: Right, and is there a credit check? || "
     "Agent: They do a soft check, it won't affect your credit score."),
    # ---- legal
    ("legal", "sensitive", "email",
     "Dear Sir or Madam, we act for Mrs Janet Royle in connection with the injuries she sustained on 2 "
     "November when a handrail in the South Stand gave way. Please treat this letter as formal notice of "
     "a personal injury claim and confirm the details of your public liability insurer within 21 days. "
     "Yours faithfully, Cartwright Neal Solicitors, ref JR/4471"),
    ("legal", "sensitive", "chat",
     "hi my season ticket card got nicked from my car on tuesday along with my wallet || Agent: Sorry to "
     "hear that! I can cancel the old card and issue a new one, there's a £10 replacement fee. || the "
     "police said I need to give you the crime reference, its BF-2291-0456. does that mean I dont pay the "
     "fee? || Agent: Yes, with a crime reference we waive the fee. New card will be at the ticket office "
     "from Friday."),
    ("legal", "sensitive", "note",
     "Mr Lee Farraday (ST-33870) called asking why his renewal was blocked. Explained the club received "
     "notice from police that a Football Banning Order was imposed at Brackenford Magistrates on 4 Sept "
     "for 3 years. Membership suspended per ground regulations. He disputes and says he's appealing via "
     "his solicitor. Escalated to Safety Officer."),
    ("legal", "sensitive", "email",
     "Hi, I'm one of the supporters arrested on the away trip to Dunmere last month. I was released "
     "without charge but the police kept my phone and my e-ticket was on it. Can you resend the tickets "
     "for Saturday to a different email, lfk.brennan@example.com? Liam Brennan"),
    ("legal", "sensitive", "form",
     "Volunteer application, Holm Academy matchday helpers. Name: Graham Ostley. DBS declaration: I have "
     "a conviction from 2011 for drink driving, spent under the Rehabilitation of Offenders Act, "
     "disclosed for completeness. Availability: Saturdays. Previous experience: steward at Ferrybridge "
     "Rovers 2015-2019."),
    ("legal", "sensitive", "email",
     "Hello, my ex-husband and I are in the middle of divorce proceedings and our joint season tickets "
     "(ST-18760 and ST-18761) are on his account. My solicitor says they are part of the financial "
     "settlement. Can you please not transfer or cancel them until the court makes a decision on 12 "
     "March? Thank you, Claire Ashworth"),
    ("legal", "sensitive", "call",
     "Agent: Holm Park ticketing, you're through to Marcus. || Caller: Hi Marcus, awkward one. There's a "
     "restraining order against my ex and he's just bought a seat two rows behind mine in Block H. || "
     "Agent: Okay, first of all are you safe right now? || Caller: I am, yeah, it's just Saturday. The "
     "order says he can't come within 50 metres of me. || Agent: Right, I'll get you moved to another "
     "stand today and pass a copy of the order to our safety officer, if you can email it over."),
    ("legal", "sensitive", "sms",
     "Hi its Dean Carver, ST-40102. Won't be at the derby, got a court date that morning at Brackenford "
     "Crown Court, can my brother use my card? || Agent: Your brother can use the card if he's added as a "
     "guest on your account. I've texted you the link. || sorted, cheers"),
    ("legal", "sensitive", "voicemail",
     "Voicemail, 16:05. Yeah hi, this is Paul Menzies. Look, I've put a claim in at the small claims "
     "court about the hospitality package that got cancelled, the £640, because nobody's answered my "
     "emails for six weeks. The hearing's on the 20th. If someone wants to sort it before then, call me "
     "on 07700 900588."),
    ("legal", "sensitive", "dm",
     "Can't renew my membership online, the form asks for a UK address and I'm on a tag at my mum's till "
     "April after the magistrates gave me a curfew. Can I put her address? Not trying to pull a fast one "
     "lol"),
    ("legal", "sensitive", "email",
     "Good morning. I'm writing on behalf of my client, Mr Osman Kaya, who was refused entry at Gate 4 on "
     "18 January and detained by a steward for some forty minutes. We are considering proceedings for "
     "false imprisonment and request that you preserve all CCTV from Gate 4 between 14:00 and 15:30 that "
     "day. Regards, H. Latimer, Latimer & Co (solicitors)"),
    ("legal", "sensitive", "chat",
     "Hello I would like to change the name on my membership, I was cautioned by police in December for "
     "the fight at the Fox & Hounds and my probation officer says best if I keep away from football for "
     "now, so my cousin Sam should have it || Agent: We can't transfer memberships between people I'm "
     "afraid, but we can refund the unused part. Would that help? || yes please thats fine"),
    ("legal", "sensitive", "note",
     "Shop manager note: man came to the shop counter shouting about his son's shirt order. Police were "
     "called and he was arrested on the premises for criminal damage after kicking the display. Officer "
     "PC 2241 gave us incident no. 0413. Customer account (Mr R. Tindall) flagged, do not process further "
     "orders pending advice."),
    ("legal", "sensitive", "form",
     "Away travel booking change. Name: Shauna Dillon. Reason for cancellation: Called as a witness in a "
     "criminal trial at Wetherton Crown Court that week, witness summons attached. Refund requested to "
     "original card."),
    ("legal", "sensitive", "email",
     "Hiya, we were on the coach back from Gillham when another passenger spat at the driver and got "
     "arrested at the services. I'm the one who filmed it and the police have asked me to give a "
     "statement. They want to know if the club has the passenger list for coach 3. Can you get in touch "
     "with DC Amira Sayed? Thanks, Josh Pettit"),
    ("legal", "benign", "email",
     "Hello, I received a yellow card warning letter about persistent standing in Block E, which is fine, "
     "but the Terms and Conditions link in the letter goes to a 404 page. Could you send me the current "
     "ground regulations so I know where I stand (or sit)? Thanks, Ryan Mulholland"),
    ("legal", "benign", "chat",
     "Is it legal to resell my ticket to a mate if I can't go? Don't want to get in trouble || Agent: "
     "Great question! You can't sell it for more than face value, but you can transfer it to a friend "
     "through the official Ticket Exchange in the app. || ah ok, so just use the exchange then || Agent: "
     "Exactly, it only takes a minute and they get it straight to their phone."),
    ("legal", "benign", "sms",
     "Are the Court End turnstiles open for the Ashcombe game or just the main stand ones? Usually go in "
     "through Court End. || Agent: Court End opens from 1:30 as usual for the Ashcombe game. || great ta"),
    ("legal", "benign", "review",
     "★★★★☆ Hospitality in the Riverside Lounge was excellent. Only gripe: the ref deserved to be locked "
     "up for that penalty decision, and the coffee took ages. Staff were lovely though."),
    ("legal", "benign", "form",
     "Corporate hospitality enquiry. Organisation: Brackenford and District Law Society. Contact: Anita "
     "Rahman (events secretary). Event: annual members' dinner, 80 covers, Friday 7 November. "
     "Requirements: lectern, microphone, vegetarian option. Budget: approx £6,000."),
    ("legal", "benign", "email",
     "Hi team, as the club's matchday liaison at Brackenford Police, I'm letting you know that the "
     "council has approved the road closures on Holm Lane for the derby. Could you put the closure times "
     "on the club website and in the pre-match email to ticket holders? Inspector Mark Tolley, Operations "
     "Planning"),
    ("legal", "benign", "chat",
     "Do volunteers at the kids' soccer schools need a DBS check? Thinking about signing up, just want to "
     "know what the process looks like before I do || Agent: Yes, all coaches and helpers need an "
     "enhanced DBS, which the club pays for. It takes around two to four weeks. || ok sounds "
     "straightforward, thanks"),
    ("legal", "benign", "voicemail",
     "Hi, it's Gemma from Harbour Lane Books. We've had a few customers asking for the club history, the "
     "one called 'Sentenced to Mid-Table: Fifty Years at Holm Park'. Are you still wholesaling it? Call "
     "me back on 07700 900119, thanks."),
    ("legal", "benign", "note",
     "Supporter asked whether the ban on flags larger than 2m by 1m applies to the away end as well. "
     "Confirmed it is the same ground regulation for all stands. Sent link to the flag approval form."),
    ("legal", "benign", "dm",
     "the club should appeal that red card, no way was it a sending off. anyway, when's the next home "
     "game tickets on general sale? || Agent: We'll leave the appeals to the manager 😉 General sale for "
     "the next home game opens Monday at 10am."),
    ("legal", "benign", "email",
     "Dear Holm Park FC, I'm the clerk at Brackenford Parish Council. Our annual parish meeting will be "
     "held in the Heron Suite on 3 April; could you confirm the room hire contract and whether our own "
     "public liability insurance certificate is needed? Kind regards, Trevor Quayle"),
    ("legal", "benign", "sms",
     "Got booked for parking in the wrong bay in the west car park, is that a club fine or a council one? "
     "Reg is on my permit."),
    ("legal", "benign", "call",
     "Caller: Hiya, I'm just wondering about the touting rules. I saw tickets for the cup game on some "
     "website at three times the price. || Agent: Thanks for flagging that. Those sites aren't authorised "
     "and the tickets may be cancelled. Can you send us the link? || Caller: Yeah I'll email it over. || "
     "Agent: Brilliant, our ticket integrity team will look into it."),
    ("legal", "benign", "chat",
     "can i appeal the admin fee on my ticket exchange listing? it charged me £2.50 for a seat that never "
     "sold || Agent: If a listing doesn't sell we do refund the fee automatically within 5 working days. "
     "|| ah ok, didnt know that, will wait then"),
    ("legal", "benign", "form",
     "Complaint form. Name: Elaine Drury. Category: Matchday experience. Details: The stewards at Gate 5 "
     "were searching bags so slowly that we missed kick-off. I understand it's security policy but please "
     "open more lanes. Outcome wanted: apology, nothing else."),
    # ---- special_categories
    ("special_categories", "sensitive", "chat",
     "hi, booked the away coach to Dunmere on the 29th, seats 14 and 15 || Agent: Lovely, you're all set! "
     "Anything else? || what time do we stop at the services on the way back? Eid starts Thursday so "
     "we'll be fasting and need to break the fast around 7:40 || Agent: The return stop is planned for "
     "about 7:30 at Wetherton services, so that should work. I'll let the driver know. || perfect, thank "
     "you"),
    ("special_categories", "sensitive", "email",
     "Hello, I've been a season ticket holder for six years but I keep Shabbat, so I can't come to "
     "Saturday games and only make the Tuesday night and Sunday fixtures. Is there a midweek-only "
     "membership or could my seat be put on the exchange automatically every Saturday? Kind regards, "
     "Daniel Rosenberg, ST-29034"),
    ("special_categories", "sensitive", "note",
     "Cust Mr Harjit Singh Gill visited the ticket office. He was stopped at Gate 7 on Saturday because "
     "of the kirpan he wears as part of his faith. Explained our policy allows a kirpan under 6 inches "
     "with the blade covered; he was satisfied. Added note to his account so stewards are briefed."),
    ("special_categories", "sensitive", "sms",
     "Pls stop the happy birthday emails from the club, I'm a Jehovah's Witness and we don't celebrate "
     "birthdays. Member 118 557, thanks. || Agent: Sorry about that, I've turned off birthday emails on "
     "your account. || Much appreciated"),
    ("special_categories", "sensitive", "form",
     "Hospitality booking. Lead guest: Farida Chaudhry. Package: Heron Suite, v Ashcombe. Guests: 4. "
     "Dietary requirements: All halal, we keep halal strictly. Other requests: Is there a quiet space "
     "where we can pray Maghrib at half-time? It falls at 4:20 that day."),
    ("special_categories", "sensitive", "chat",
     "Can I move my tour from Sunday morning to the afternoon? We go to Mass at 10 and I didn't realise "
     "the tour was 10:30 || Agent: No problem at all, the 2pm tour has space. Shall I move all 3 of you? "
     "|| yes please, thanks"),
    ("special_categories", "sensitive", "voicemail",
     "Hi there, it's Priya Venkatesh. I've booked the Riverside Lounge for my husband's birthday but I "
     "forgot it clashes with Diwali week and we're vegetarian at the moment for the puja, so could you "
     "swap all four meals to the vegetarian menu? Thanks, booking HOS-8172."),
    ("special_categories", "sensitive", "review",
     "★★★★★ As a practising Muslim I was nervous about hospitality, but the club had a proper prayer mat "
     "and a clean room set aside for us at Asr without us even asking twice. Food was halal certified "
     "too. Brilliant. || Reply from Holm Park FC: Thank you, Yusuf. The multi-faith room is open on all "
     "matchdays."),
    ("special_categories", "sensitive", "email",
     "Hi, I'm the new vicar at St Oswald's in Brackenford (it's only been a month!) and I'm looking to "
     "get a half-season ticket. Trouble is, I take a Sunday service at 11 and evensong at 6, so I'd need "
     "tickets for Saturday games only. What are the options? Blessings, Rev. Sarah Lyle"),
    ("special_categories", "sensitive", "chat",
     "hi i got racially abused by a guy in block K on saturday, he called me a monkey and told me to go "
     "back to Africa. i'm Black and been coming here since i was a kid, never had it before. steward did "
     "nothing || Agent: I'm so sorry that happened. That's completely unacceptable and we take it "
     "extremely seriously. Can you tell me the row and roughly when? || row 12, about 20 mins in || "
     "Agent: Thank you. I'm logging it with our safety officer now and we'll review the CCTV. Would you "
     "be willing to give a statement?"),
    ("special_categories", "sensitive", "email",
     "Dear Holm Park, my grandfather came over from Jamaica on the Windrush and was one of the first "
     "Black fans to stand in the Holm End in the 1950s. For the club's heritage exhibition I'd like to "
     "donate his rosette and photos. He'd have loved that. Regards, Marcia Campbell"),
    ("special_categories", "sensitive", "note",
     "Fan liaison call: Mr Patrick Joyce (member 310 002) says he is an Irish Traveller and was refused "
     "service at the Holm Arms after the match when the landlord heard his accent and surname. Pub is a "
     "club partner. Complaint passed to commercial team."),
    ("special_categories", "sensitive", "dm",
     "As a British Chinese fan I'm honestly tired of the 'where are you really from' chat in the family "
     "stand. My dad's from Hong Kong, I'm from Brackenford. Can the club do more on this? || Agent: Thank "
     "you for raising this. We're briefing Family Stand stewards, and you can report comments by text on "
     "matchdays."),
    ("special_categories", "sensitive", "form",
     "Supporter equality survey (optional). Name: Deniz Arslan. Ethnic group: Kurdish. Country of birth: "
     "Turkey. Languages spoken at home: Kurmanji, English. Would you join a fan panel on inclusion: Yes. "
     "Contact: deniz.arslan@example.com"),
    ("special_categories", "sensitive", "chat",
     "hello, i'm booking the supporters' group trip for our Somali community lads, 12 of us, all born "
     "here or came over as kids. any chance of a group rate? || Agent: Hi! Groups of 10+ get 15% off. || "
     "great, and can we all sit together || Agent: Yes, I can seat all 12 together in the East lower tier."),
    ("special_categories", "sensitive", "call",
     "Agent: Holm Park ticket office, Zoe speaking. || Caller: Hi Zoe, I'm mixed race, my mum's white and "
     "my dad's Nigerian, and at the last home game a steward asked only me for ID at the bar, not any of "
     "my white mates. || Agent: I'm really sorry, that shouldn't happen. Can I take the date and which "
     "bar? || Caller: Saturday, the East Stand bar. || Agent: Thank you. I'll raise it with the bar "
     "manager and the equality lead, and I'll call you back this week."),
    ("special_categories", "sensitive", "email",
     "Hi, my surname is Bălan, I'm Roma and originally from Romania. The website won't accept the ă in my "
     "name for the membership card and keeps changing it to 'Blan', which my family find quite hurtful "
     "given how often our name gets mocked. Can you fix it manually? Thanks, Ionuț Bălan"),
    ("special_categories", "sensitive", "review",
     "★★★★☆ Loved the heritage tour. As someone of Punjabi Sikh heritage myself, I was moved to see the "
     "photo of the 1970s Sikh players' team who used to train at the club. More of this please! || Reply "
     "from Holm Park FC: Thank you, Jaspreet. We're expanding that part of the archive next year."),
    ("special_categories", "sensitive", "email",
     "Hello, I'm the Labour candidate for Holm ward in the May council elections. I'd like to cancel my "
     "away coach bookings for April as I'll be out canvassing every weekend. Could you refund the two "
     "seats? Best, Councillor-hopeful Gary Fenwick"),
    ("special_categories", "sensitive", "chat",
     "Hi, can I bring my Palestine flag into the Holm End? I go to the marches in town every week and "
     "want to show solidarity at the game || Agent: Hi! Flags over 2m x 1m need prior approval, and we "
     "don't allow political banners inside the ground under the ground regulations. || ok, shame, I'll "
     "leave it at home then"),
    ("special_categories", "sensitive", "note",
     "Member Ms Rebecca Hollins (no. 221 908) complained that she was asked to remove her Reform UK "
     "rosette in the Heron Suite. She is a party activist and says she attends matches with it on. "
     "Explained hospitality dress code excludes political insignia."),
    ("special_categories", "sensitive", "voicemail",
     "Voicemail, Wednesday. Hi, it's Marcus Teale. I'm one of the Just Stop Oil supporters who sat in the "
     "road outside Brackenford station last month, and somebody's posted my photo on the Herons forum. "
     "I'd like the club to take it down, people are threatening to report me to the ticket office."),
    ("special_categories", "sensitive", "form",
     "Ticket transfer request. Transferring holder: Alistair McBride. Reason: I'm standing as an SNP "
     "candidate in the Holyrood by-election and will be on the campaign trail until polling day on 7 May. "
     "Transfer to: my wife, Iona McBride. Seat: North Stand N/4/19."),
    ("special_categories", "sensitive", "dm",
     "Lol the club asked me to remove my Tory Party conference lanyard at the turnstile. I'm a "
     "Conservative association chair not a terrorist. Membership 402 223. || Agent: Sorry about that. "
     "Political insignia aren't allowed in the ground under the regulations, but the steward should have "
     "explained it better."),
    ("special_categories", "sensitive", "chat",
     "can i get my membership card reissued with my home address? i was a delegate at the Green Party "
     "conference and my old card was in the wallet that got lost there || Agent: Sure, I'll reissue it "
     "for £5. Is the address on your account still current? || yes same address || Agent: Done, the new "
     "card will be posted tomorrow."),
    ("special_categories", "sensitive", "email",
     "Dear Sirs, I'm writing as a lifelong republican to ask whether I'm obliged to stand for the "
     "national anthem before the cup final. I won't be singing it and I won't stand, and I'd rather not "
     "be thrown out of Block A for it. Regards, Hugh Drennan, ST-10045"),
    ("special_categories", "sensitive", "sms",
     "Can't do Saturday, leafleting in Holm ward for the Lib Dems all day. Put my seat on the exchange "
     "pls C/12/3 || Agent: Done, C/12/3 is listed on the exchange for Saturday. || nice one"),
    ("special_categories", "sensitive", "email",
     "Hello, I'm a GMB member and our branch has negotiated a discount for members at Holm Park. I've "
     "attached my membership card (no. 70221) for the 10% season ticket discount. My details are Lynne "
     "Gaskell, 41 Wharf Street. Thanks."),
    ("special_categories", "sensitive", "chat",
     "cant make the game tuesday, I'm on the picket line at the depot all week with the RMT and we're "
     "doing night shifts on it || Agent: No problem! Would you like your ticket put on the exchange? || "
     "yes please, and does the refund go to my card || Agent: Yes, if it sells you'll be refunded to your "
     "card within five days."),
    ("special_categories", "sensitive", "note",
     "Cust Mr Dave Kinsella called to ask if he could move his away coach seat, as he's the Unite shop "
     "steward at Farrow Motors and has a disciplinary hearing to attend as a rep on the Friday. Moved to "
     "Saturday's early coach."),
    ("special_categories", "sensitive", "sms",
     "hi im a Unison member is the 15 percent off the stadium tour for all union members or just ours? "
     "Membership number UN-44829 if you need it || Agent: It's for all TUC-affiliated unions, so yes, "
     "your Unison card counts. || great stuff"),
    ("special_categories", "sensitive", "form",
     "Membership discount claim. Name: Chris Abara. Employer: Brackenford NHS Trust. Trade union: Royal "
     "College of Nursing, membership no. 1190283. Discount requested: Public services & union members 10%."),
    ("special_categories", "sensitive", "email",
     "Hi, I'm the NEU rep at my school and we've got strike days on the 5th and 6th. I'm going to picket "
     "in the morning and I'll have the afternoon free, so could I swap my Saturday tour booking to the "
     "Thursday afternoon? Thanks, Megan Holloway"),
    ("special_categories", "sensitive", "voicemail",
     "Hello, it's Brian Costello. I've been a member of the Fire Brigades Union for twenty years and the "
     "union's just asked me to sit on the national executive, so I'll be in London every other weekend. I "
     "need to halve my season ticket to just the Sunday games if that's possible."),
    ("special_categories", "sensitive", "chat",
     "Do you accept Unite union cards for the discount? I was on strike at the bus depot in March and the "
     "branch said Holm Park does a deal || Agent: Yes! Unite members get 10% off season tickets, just "
     "upload a photo of your card. || sending it now"),
    ("special_categories", "sensitive", "review",
     "★★★★★ Took the whole Usdaw branch committee I chair to the Heron Suite for our end-of-year do and "
     "the staff couldn't do enough. Special thanks for letting me do a little speech about our members' "
     "pay win. || Reply from Holm Park FC: Thanks Lorraine, glad the night went well!"),
    ("special_categories", "sensitive", "email",
     "Hello, I'm Tom Fairley, season ticket holder ST-22810. My husband and I would like to upgrade to "
     "the Heron Suite for our tenth wedding anniversary on 14 December. His name's Ashok. Could the table "
     "have a little card saying congratulations? Thanks, Tom"),
    ("special_categories", "sensitive", "chat",
     "hey, do you do couples tickets for the Valentine's fixture? me and my girlfriend want to sit "
     "together, my membership is under Jess Cullen || Agent: Hi Jess! We do a 2-for-1 for the Valentine's "
     "game. Is your girlfriend a member too? || yeah, Aoife Brennan, member 331 221 || Agent: Perfect, "
     "I've put you both together in Block F."),
    ("special_categories", "sensitive", "note",
     "Cust Mr Graham Pullar asked to add his partner, Mr Kevin Ayre, to his season ticket account as an "
     "authorised person. Said they have just moved in together. Added with Mr Pullar's consent."),
    ("special_categories", "sensitive", "dm",
     "came out to my mates in the Holm End last season and the lads were sound about it. just wanted to "
     "say thanks to the club for the rainbow laces day, it made it way easier to tell them I'm gay || "
     "Agent: Thank you for telling us this, it means a lot. See you at the next rainbow laces day 🌈"),
    ("special_categories", "sensitive", "email",
     "Hi, I'd like to book the Rainbow Herons coach to the Pride fixture at Gillham for me and my wife, "
     "Nicola. We're both lifelong Herons and it's our first Pride away day. Kind regards, Claire Holcroft"),
    ("special_categories", "sensitive", "chat",
     "quick q, I'm bi and been getting a lot of stick from a group behind me since I wore the rainbow "
     "scarf. can I move seats? || Agent: I'm sorry to hear that, and of course. I'll move you today. "
     "Would you also like to make a report so we can deal with the group? || yes please || Agent: I've "
     "logged it and our safety officer will be in touch."),
    ("special_categories", "sensitive", "form",
     "Away coach booking. Passenger 1: Matteo Ricci. Passenger 2: Sam Okafor. Relationship: partners "
     "(same-sex couple, please seat together). Destination: Carrow Lane, 14 March. Pickup: Holm Park "
     "coach park."),
    ("special_categories", "sensitive", "voicemail",
     "Hi, it's Lewis Harper, member 209 117. Me and my boyfriend, Callum, want to sign up for the Rainbow "
     "Herons supporters' group, could someone send the form? Thanks, 07700 900538."),
    ("special_categories", "sensitive", "review",
     "★★★★☆ Hospitality was good, food excellent. Bit awkward when the host kept asking about my 'wife' "
     "when it was obviously my boyfriend and me at the table. Small thing but it stung. || Reply from "
     "Holm Park FC: Sorry, Ben. We'll make sure our hosts don't make assumptions in future."),
    ("special_categories", "sensitive", "email",
     "Hello, I transitioned last year and have now legally changed my name. Could you update my season "
     "ticket and membership from my old name to Alexandra Reid? My gender recognition certificate is "
     "pending but my deed poll is attached. ST-31908. Many thanks, Alexandra"),
    ("special_categories", "sensitive", "chat",
     "hiya, can I get my title changed to Mx on my account? I'm non-binary and the renewal letter keeps "
     "saying Mr || Agent: Of course! I've updated it to Mx, and the letters will use that from now on. || "
     "thanks, and can the greeting just use my first name, Robin? || Agent: Done, it'll say 'Dear Robin' "
     "from now on."),
    ("special_categories", "sensitive", "note",
     "Cust called re mismatch between membership name (Jamie Walsh, male) and her passport at the "
     "European away trip check-in. Cust is a trans woman; passport updated to female last month. Updated "
     "gender marker on account and reissued travel documents."),
    ("special_categories", "sensitive", "dm",
     "can you stop deadnaming me on the app? I updated my name in March but the push notifications still "
     "say 'Hi Michael'. It's Michelle now. Member 220 771. || Agent: Really sorry, Michelle. The "
     "notifications were pulling an old field. I've fixed it. || thanks for sorting it"),
    ("special_categories", "sensitive", "email",
     "Dear Ticket Office, my son is trans and came out to us this summer. He's 19 and his season ticket "
     "is still in his birth name, which he finds really upsetting at the turnstile when it flashes up. "
     "Can we change it to Elliot Marsh without a deed poll? Kind regards, Carol Marsh"),
    ("special_categories", "sensitive", "form",
     "Stadium tour booking. Lead name: Kai Andersson. Pronouns: they/them. Group: 2 adults. "
     "Accessibility/other notes: I'm non-binary, please could the guide not split us into 'ladies and "
     "gents' for the dressing room bit like last time."),
    ("special_categories", "sensitive", "call",
     "Agent: Holm Park ticketing, Ruth speaking. || Caller: Hi Ruth, I'm a trans man and I've just had my "
     "top surgery, so I'm finally wearing the men's home shirt. Can I exchange the women's fit I bought "
     "in August? || Agent: Of course, and congratulations. What size would you like? || Caller: Large, "
     "please. || Agent: Done, I'll email a returns label."),
    ("special_categories", "sensitive", "chat",
     "i'm going through gender reassignment, is there a gender-neutral toilet near Block D? I'm not "
     "comfortable in the men's anymore and don't want trouble in the women's yet || Agent: There's an "
     "accessible, gender-neutral toilet by the Block D stairs and another at Gate 3. || thanks, that's a "
     "relief"),
    ("special_categories", "sensitive", "voicemail",
     "Hi, it's Sam, formerly Samantha, Cooper. I've been living as a man for a year now and want my "
     "membership to reflect that, name and title, Mr Sam Cooper. Number 118 440. Call me back on 07700 "
     "900683."),
    ("special_categories", "sensitive", "email",
     "Hi, I did one of those ancestry DNA kits for fun and it turns out I'm 38% Scandinavian, so I'm "
     "finally buying the Norwegian third kit you released last year! Could you print HALVORSEN on the "
     "back? Cheers, Gary Halls"),
    ("special_categories", "sensitive", "chat",
     "Hello, I'd like to cancel my hospitality membership. I've just found out through a genetic test "
     "that I carry the Huntington's gene, like my father did, and I'm rethinking how I spend the next few "
     "years. || Agent: I'm very sorry to hear that, and thank you for telling us. I'll cancel it and "
     "refund the unused months. || thank you"),
    ("special_categories", "sensitive", "note",
     "Fan liaison: Ms Leanne Ashby, applying for the Supporters' Trust board, said she's a BRCA1 carrier "
     "according to NHS genetic testing and may need time off for preventative surgery next year. Asked "
     "that this not be shared with the board."),
    ("special_categories", "sensitive", "dm",
     "Got my 23andMe back and it says I'm 12% Ashkenazi, my nan always said we had Jewish roots. Is the "
     "club doing a Jewish heritage night? would love to go || Agent: We'd love to see you there! A "
     "heritage evening is planned for February, details to follow."),
    ("special_categories", "sensitive", "form",
     "Supporters' Trust profile. Name: Dr Owen Pryce. Bio: Season ticket holder for 25 years. Fun fact: "
     "After my genome sequencing through the 100,000 Genomes Project I learned I carry the gene for "
     "haemochromatosis, so I stick to the orange juice in the lounge!"),
    ("special_categories", "sensitive", "email",
     "Hi, I'm writing about my half-brother. We did a paternity/DNA test last year that proved we share a "
     "father, and he's just turned up in the seat next to mine. I'd like to move seats for personal "
     "reasons. ST-40920. Regards, Steven Dolby"),
    ("special_categories", "sensitive", "call",
     "Agent: Holm Park ticket office. || Caller: Hi, I'm trying to claim the sickle cell awareness "
     "fixture discount. My genetic screening came back showing I've got sickle cell trait, I'm a carrier. "
     "|| Agent: Thanks for letting us know. The discount is for all fans attending that game, no evidence "
     "needed. || Caller: Oh, easier than I thought."),
    ("special_categories", "sensitive", "voicemail",
     "Hi, it's Imogen Carr. I work with the genetic counselling team at the hospital and my own genetic "
     "test showed Lynch syndrome, so I'm trying to book the stadium tour before my surgery in June. Can "
     "you ring me back on 07700 900207 about dates?"),
    ("special_categories", "sensitive", "chat",
     "the face scan turnstile at gate 7 wouldnt recognise me on saturday even tho I registered my face in "
     "august. had to queue for 20 min at the ticket office || Agent: Sorry! Your facial template may need "
     "updating if you've changed your glasses or beard. || I did grow a beard lol || Agent: That'll be "
     "it. Re-register your face in the app under FastTrack Entry and it'll work next time."),
    ("special_categories", "sensitive", "email",
     "Hello, under GDPR I'd like the club to delete my facial recognition data from the FastTrack Entry "
     "system and confirm in writing that it's been deleted. I'm happy to go back to using my card at the "
     "turnstile. Name: Paul Ainsworth, ST-11872."),
    ("special_categories", "sensitive", "note",
     "Ticket office: Mr Ravi Mehta's fingerprint wasn't matching on the hospitality lounge reader after "
     "he burned his thumb at work. Re-enrolled his left index finger instead. He asked that the old print "
     "be deleted."),
    ("special_categories", "sensitive", "sms",
     "ur voice ID on the phone line keeps rejecting me, is it cos I've got a cold? its Gary Nolan, member "
     "310 554 || Agent: Probably! Voice ID can struggle with a cold. Use your PIN instead until it "
     "clears. || will do, ta"),
    ("special_categories", "sensitive", "form",
     "FastTrack Entry enrolment. Name: Anjali Rao. Season ticket: ST-60455. Face image captured: Yes "
     "(front-facing, no glasses). Fingerprint backup: Right thumb. Consent to biometric processing: Yes. "
     "Date: 02/08/2025."),
    ("special_categories", "sensitive", "review",
     "★★☆☆☆ New facial recognition gates are a nightmare. It keeps matching me to my twin sister's season "
     "ticket and letting her in on mine. Club says it can't tell us apart. || Reply from Holm Park FC: "
     "Sorry, Hannah. We've asked the supplier to re-enrol both of your face templates this week."),
    ("special_categories", "sensitive", "chat",
     "hi can you remove my voiceprint from the hospitality phone booking line, I don't want it stored "
     "anymore || Agent: Of course. I'll request deletion of your voice ID, which can take up to 30 days. "
     "Could you confirm your member number? || 221 003 || Agent: Thanks, that's been requested and you'll "
     "get an email when it's done."),
    ("special_categories", "sensitive", "call",
     "Agent: Holm Park box office. || Caller: Yeah hi, the palm vein reader on the executive box door "
     "isn't letting me in, I enrolled my right hand last month. || Agent: Let me look. Hmm, the scan's "
     "stored fine, but sometimes cold hands don't read. Try the left hand, I'll enrol that too. || "
     "Caller: Cheers, that's worked."),
    ("special_categories", "benign", "chat",
     "Hi, do you offer halal options in the concourse kiosks or just in hospitality? Writing up the "
     "matchday food guide for the fanzine || Agent: Hi! The Holm End and East Stand kiosks both do a "
     "halal chicken burger, and all hospitality menus have a halal option. || great, thanks"),
    ("special_categories", "benign", "email",
     "Dear Holm Park FC, I'm writing on behalf of the Brackenford Central Mosque committee. We'd like to "
     "hire the Heron Suite for our annual charity dinner on 21 September, about 150 guests. Could you "
     "send the room hire terms and your catering partner's menus? Kind regards, Bookings Office, "
     "Brackenford Central Mosque"),
    ("special_categories", "benign", "sms",
     "Is there a game on Boxing Day this year or is it the 27th? Need to plan travel. || Agent: It's on "
     "Boxing Day, 3pm kick-off."),
    ("special_categories", "benign", "form",
     "Ticket query. Name: Carys Bevan. Question: Are the Easter Monday and Good Friday fixtures both in "
     "the season ticket, or is one of them a cup game? Season ticket no: ST-38211."),
    ("special_categories", "benign", "note",
     "Caller asked whether the stadium has a multi-faith room that supporters can use on matchdays. "
     "Confirmed location by the Gate 3 concourse, open from gates opening. General enquiry."),
    ("special_categories", "benign", "chat",
     "does the Christmas hamper in the shop include the Christmas pudding or just the mince pies and "
     "scarf? || Agent: It includes a Herons Christmas pudding, mince pies, a scarf and a mug! || lovely, "
     "one please, gift wrapped"),
    ("special_categories", "benign", "voicemail",
     "Hello, it's the parish office at St Oswald's. We'd like to book a stadium tour for the church "
     "choir's summer outing, twenty-two adults, on a Wednesday in July. Could someone ring us back on "
     "07700 900451? Many thanks."),
    ("special_categories", "benign", "email",
     "Hi there, our office is doing a Diwali lunch for the whole team and we'd like to use the Riverside "
     "Lounge on a weekday in late October. Can your caterers do an Indian-inspired vegetarian buffet for "
     "about 40? Regards, Karen Ashdown, office manager at Pennine Logistics"),
    ("special_categories", "benign", "review",
     "★★★★☆ Great Christmas lights switch-on at the stadium, the club and the local traders put on a "
     "brilliant night, mulled wine was a bit pricey though."),
    ("special_categories", "benign", "chat",
     "the black and white striped away kit is class, is it back in stock in XL? || Agent: XL is back on "
     "Friday! || reserve me one please || Agent: Done, it'll be at the shop counter from Friday morning."),
    ("special_categories", "benign", "email",
     "Good morning, I'm writing for the Brackenford Caribbean Carnival committee. We'd like to hold our "
     "launch event in the Holm Park car park in June and run a stall on the concourse at the last home "
     "game. Who should I speak to? Best, Carnival Committee office"),
    ("special_categories", "benign", "sms",
     "Is the Irish stew still on the hospitality menu for St Patrick's day or have they changed it? || "
     "Agent: It's staying on the menu for St Patrick's week!"),
    ("special_categories", "benign", "note",
     "Supporter asked whether the club has a statement on racism in football and how to report abuse "
     "anonymously. Sent link to the equality policy and the text-reporting number. No incident reported."),
    ("special_categories", "benign", "dm",
     "the race for promotion is ON. when do the tickets for the last away game go on sale? || Agent: On "
     "sale to members Thursday!"),
    ("special_categories", "benign", "form",
     "Shop product question. Product: 'Herons Around the World' flag bundle. Question: Does it include "
     "the Nigeria, Poland and Jamaica flags shown in the picture, or is that just the 10-pack?"),
    ("special_categories", "benign", "chat",
     "hi, do you ship club shop orders to Canada? want to send a scarf to a colleague over there || "
     "Agent: We do, international shipping is £12.50 and takes 7 to 10 days. || great, ordering now"),
    ("special_categories", "benign", "email",
     "Hello, the club's Black History Month display in the main reception is lovely. I teach history at "
     "Brackenford College; could the club loan us the panels for our library in November? Kind regards, "
     "Mr Jon Pemberton, head of humanities"),
    ("special_categories", "benign", "review",
     "★★★★★ Polished off the best pie I've had at any ground this season. The white pudding special at "
     "the Holm End kiosk is a must."),
    ("special_categories", "benign", "call",
     "Caller: Hi, I run a language school and we've got thirty international students, adults, who'd love "
     "to see an English football match. || Agent: Brilliant, we have an education group rate. Which "
     "match? || Caller: The Ashcombe game, if possible. || Agent: That's fine. I'll send you the group "
     "form."),
    ("special_categories", "benign", "chat",
     "Hi, is the polling station at the Holm Park community hall open on election day, or is it being "
     "used for a function? Want to know if the car park will be busy || Agent: The polling station is "
     "open 7am to 10pm as usual, and the car park will be reserved for voters. || cheers"),
    ("special_categories", "benign", "email",
     "Dear Sir/Madam, Brackenford Conservative Association would like to book a table for ten at the "
     "Heron Suite's Christmas lunch on 13 December. Please invoice the association and send menus. "
     "Regards, The Association Office"),
    ("special_categories", "benign", "sms",
     "Vote for player of the season closes when? Trying to remind everyone in the group chat"),
    ("special_categories", "benign", "form",
     "Room hire enquiry. Organisation: Brackenford Constituency Labour Party. Event: Annual general "
     "meeting. Date: 6 March. Attendees: 60. Requirements: PA system, tea and coffee, step-free access."),
    ("special_categories", "benign", "note",
     "Caller from the council's elections office asked whether candidates can hand out leaflets outside "
     "the stadium on matchdays. Explained club land policy: no political campaigning on club premises, "
     "public footpath is council land. General enquiry."),
    ("special_categories", "benign", "chat",
     "is the Supporters' Trust board election online this year? want to vote for the new directors || "
     "Agent: Yes, voting is online from 1 to 14 October, with a link emailed to all Trust members. || "
     "nice, I'll look out for the email"),
    ("special_categories", "benign", "email",
     "Hi, I'm writing an article on the politics of ticket pricing for the fanzine. Could the club share "
     "how the 2025/26 price bands were set and whether the Supporters' Trust was consulted? Deadline "
     "30th. Thanks, Alan Stokes, editor of 'Heron Today'"),
    ("special_categories", "benign", "dm",
     "this club's board are more liberal with excuses than with signings 😂 any news on the new away kit "
     "launch date?"),
    ("special_categories", "benign", "review",
     "★★★☆☆ The club's referendum on moving kick-off times was a good idea but the voting page kept "
     "crashing. Please use a better system next time."),
    ("special_categories", "benign", "sms",
     "Hi, what time does the union branch order of 40 scarves need to be in for delivery before the rally "
     "on the 1st? Brackenford Trades Council account"),
    ("special_categories", "benign", "email",
     "Good afternoon, I'm writing from the Unison Brackenford Health branch office. We'd like to order "
     "120 printed lanyards and 60 mugs with our logo for a members' event. Does the club shop do bulk "
     "custom printing? Regards, Events Team, Unison Brackenford Health branch"),
    ("special_categories", "benign", "chat",
     "Hey, will the industrial action on the trains on Saturday affect the supporters' coaches? || Agent: "
     "No, the club coaches are run by a private operator and aren't affected by the rail strike. || good "
     "to know, thanks"),
    ("special_categories", "benign", "note",
     "Caller asked if the club offers a trade union group rate for stadium tours, as some clubs do. "
     "Confirmed the Community Partners discount applies to union branches booking as organisations. "
     "General enquiry."),
    ("special_categories", "benign", "form",
     "Group booking. Organisation: Unite the Union, Brackenford Area Activist Committee. Event: Stadium "
     "tour and lunch. Date: 18 July. Attendees: 20. Invoice to: Unite regional office."),
    ("special_categories", "benign", "call",
     "Caller: Hi, I'm calling about a striker's shirt, the one with the new number 9 on it. || Agent: "
     "Yes, the shirts with his name are in stock now. || Caller: Great. Is there a union or workplace "
     "discount on shop items? || Agent: No workplace discounts in the shop, but members get 10% online."),
    ("special_categories", "benign", "dm",
     "Rugby Union legends match at Holm Park in June, is that still happening? can't find tickets anywhere"),
    ("special_categories", "benign", "email",
     "Hello, I work at Brackenford Council's HR team. We're arranging a stadium tour for colleagues "
     "during the week of the public sector strike ballot result; it's just a social event. Could you hold "
     "twenty places on 12 June? Regards, Lindsey Corr"),
    ("special_categories", "benign", "sms",
     "Is there a discount at the shop for NHS staff or is it just the blue light card scheme?"),
    ("special_categories", "benign", "chat",
     "Hi, do you sell the Pride rainbow laces in the shop, the ones the players wore? want a pair for my "
     "boots || Agent: We do! £4 a pair, and profits go to Kick It Out. || brilliant, two pairs please"),
    ("special_categories", "benign", "email",
     "Dear Holm Park, I'm writing for Rainbow Herons, the club's LGBT+ supporters' group. We'd like to "
     "book 50 seats together for the Pride fixture and put up our banner in Block F. Could you confirm "
     "the flag approval process? Many thanks, Rainbow Herons committee"),
    ("special_categories", "benign", "note",
     "Caller asked whether the Valentine's Day 2-for-1 ticket offer is valid for any two adults or just "
     "couples. Confirmed it's any two adults. No details taken."),
    ("special_categories", "benign", "review",
     "★★★★★ Couples' hospitality package was brilliant for the money. Three courses, bubbly on arrival "
     "and the best seats in the house. Would book again."),
    ("special_categories", "benign", "form",
     "Contact us. Name: Harriet Lowe. Subject: Rainbow corner flags. Message: Will the club be selling "
     "the rainbow corner flags from the Pride match as a fundraiser like last year? I'd buy one for our "
     "pub's function room."),
    ("special_categories", "benign", "chat",
     "my mate reckons the heron on the badge is a 'she', settle it for us lol || Agent: Ha! Officially "
     "the club says Harry the Heron is a he, but the badge heron has never been named! || classic, cheers"),
    ("special_categories", "benign", "sms",
     "Is the Pride match on the 16th still a 3pm kick-off or was it moved for TV?"),
    ("special_categories", "benign", "voicemail",
     "Hi, it's Amanda from Brackenford Pride. We're putting together our parade programme and would like "
     "to advertise the Herons' Pride fixture. Could your marketing team get back to me? 07700 900826."),
    ("special_categories", "benign", "email",
     "Hello, is there a wedding package at Holm Park? We're looking for venues for a reception of around "
     "100 guests next September and love the pitch-view suite. Kind regards, Jenna Quinlan"),
    ("special_categories", "benign", "chat",
     "hi, do you do the women's fit in the new home shirt or is it unisex only this year? || Agent: Both! "
     "The women's fit is in sizes 8 to 22, and the unisex goes XS to 4XL. || thanks, I'll check the size "
     "guide"),
    ("special_categories", "benign", "email",
     "Good afternoon, Holm Park FC Women would like to hold a season launch event for their supporters in "
     "the Heron Suite in August. Could you confirm availability on the 9th or 16th? Best wishes, Kelly "
     "Prosser, operations manager, Holm Park FC Women"),
    ("special_categories", "benign", "form",
     "Accessibility and facilities question. Name: Lee Wardle. Question: Are there gender-neutral toilets "
     "in the new East Stand, or is that only in the West? Writing the facilities section of the "
     "Supporters' Trust handbook."),
    ("special_categories", "benign", "note",
     "Caller asked which title options the membership form supports (Mr, Mrs, Ms, Miss, Mx, Dr, Rev). "
     "Confirmed all are available in the drop-down. General enquiry while filling in the form for a "
     "colleague's gift membership."),
    ("special_categories", "benign", "sms",
     "Is the International Women's Day fixture ticket price the same as a normal league game?"),
    ("special_categories", "benign", "chat",
     "just wondering, is Trans-Pennine coach travel what you use for the away trips or is it a different "
     "company? || Agent: Our coaches are with Holm Valley Travel, not TransPennine, who run the trains! "
     "|| haha my bad, thanks"),
    ("special_categories", "benign", "voicemail",
     "Hi, it's Steve from the Trans Pennine Trail volunteers. We're doing a sponsored walk that finishes "
     "at Holm Park in August, could we use the car park for the finish line? Call me on 07700 900715."),
    ("special_categories", "benign", "review",
     "★★★★☆ Gender-neutral design on this year's training range is great, one cut that actually fits "
     "everyone in our five-a-side team. Bought six."),
    ("special_categories", "benign", "email",
     "Hello, I'm writing because the membership form asks for 'gender' as a mandatory field. Is there a "
     "reason the club needs it? Just curious for a data protection project I'm doing on sports clubs at "
     "college. Thanks, Olu Adeyinka"),
    ("special_categories", "benign", "chat",
     "winning's in this club's DNA, we'll be back up by May. anyway, is the season ticket renewal window "
     "still open? || Agent: It is, until 31 May! || ace, renewing now"),
    ("special_categories", "benign", "email",
     "Dear team, I'm the editor of the club history book 'Heron Genes: A Family Club'. We're doing a "
     "reprint and need permission to use the 1974 team photo from the archive. Who holds the rights? Kind "
     "regards, Philip Moss"),
    ("special_categories", "benign", "sms",
     "Do you sell the DNA shirt, the one with the gene helix print from the charity medical research "
     "partnership? Want one for work."),
    ("special_categories", "benign", "note",
     "Caller from Brackenford Genetics Society asked about hiring the Riverside Lounge for a public "
     "lecture on 4 November. Sent room hire pack and AV list. Organisation enquiry."),
    ("special_categories", "benign", "chat",
     "is it true the heritage shirt was designed by the grandson of the club's founder? || Agent: It was "
     "inspired by the founder's original 1892 design, our kit partner recreated it from archive photos! "
     "|| ah, still cool"),
    ("special_categories", "benign", "form",
     "Shop order note. Item: 'It's In Our Blood' poster, A2, framed. Quantity: 2. Delivery: 44 Canal "
     "Road, Brackenford. Notes: Please double-box, last one arrived with cracked glass."),
    ("special_categories", "benign", "review",
     "★★★★★ Family-run feel to this club, it's in the genes. Great day out at the heritage open day, "
     "loved the old programmes."),
    ("special_categories", "benign", "email",
     "Hello, does your app support Face ID or fingerprint login on iPhone? I have to type my password "
     "every time and it's a pain on the turnstile queue. Thanks, Mark Gosling"),
    ("special_categories", "benign", "chat",
     "Are the new turnstiles going to be facial recognition like at some other grounds? I'd like to know "
     "the club's policy before the renewal || Agent: Not at the moment. The new turnstiles read the card "
     "or the QR code in the app only. || ok good to know"),
    ("special_categories", "benign", "note",
     "Supporter asked about the face value of the cup final tickets and whether there's a booking fee. "
     "Confirmed £35 face value, no booking fee for members. General enquiry."),
    ("special_categories", "benign", "sms",
     "Face painting at the family fun day, is that free or is it an extra charge?"),
    ("special_categories", "benign", "form",
     "Contact us. Name: Tony Ridge. Subject: Fan Voice panel. Message: How are members chosen for the Fan "
     "Voice panel, and when is the next round of applications? Interested in the matchday experience "
     "topic."),
    ("special_categories", "benign", "email",
     "Hi there, our fingerprint-resistant phone cases with the club crest keep selling out. Are you "
     "restocking them before Christmas? We'd like to order 10 for the Herons Supporters' Club raffle. "
     "Regards, Angela Pike, treasurer"),
    ("special_categories", "benign", "chat",
     "hi, the Palm Court bar, is that open on non-matchdays for the quiz night or just on Saturdays? || "
     "Agent: It's open for the quiz every Thursday from 7pm. || sound, see you Thursday"),
    ("special_categories", "benign", "call",
     "Caller: Hi, quick one about the voice-activated ordering at the Holm End kiosk. Is that a trial or "
     "is it staying? || Agent: It's a trial until January, to see if it speeds up the queues. || Caller: "
     "It's a bit hit and miss with the crowd noise. || Agent: Thanks for the feedback, I'll pass it on."),
    # ---- bereavement
    ("bereavement", "sensitive", "email",
     "Hello, my dad Ron Whitlock held season ticket ST-00412 in the Main Stand for 52 years. He passed "
     "away on Sunday after a short illness. I'd very much like to take over his seat rather than see it "
     "go back into the pool, if the club allows that. What do I need to send you? Kind regards, Stephen "
     "Whitlock"),
    ("bereavement", "sensitive", "chat",
     "Hi, hoping you can help. We'd like to scatter my grandad's ashes by the pitch, he never missed a "
     "home game in 60 years || Agent: I'm so sorry for your loss. We don't allow ashes on the playing "
     "surface itself, but we have a Memorial Garden behind the Holm End where families can scatter ashes "
     "and add a plaque. || That sounds perfect actually. How do we book it? || Agent: I'll email you the "
     "form now, and the chaplain can be there on the day if you'd like."),
    ("bereavement", "sensitive", "sms",
     "Pls cancel the DD for Michael Harte's membership, he died last week. I'm his wife. Sorry to do it "
     "by text, can't face the phone. || Agent: I'm so sorry for your loss, Mrs Harte. The Direct Debit is "
     "cancelled and there's nothing else you need to do. We'll write about any refund. || Thank you for "
     "being so quick"),
    ("bereavement", "sensitive", "note",
     "Caller Mrs Pauline Crane, widow of member Ken Crane (no. 088 412). Requested account be moved into "
     "her name and his unused away travel credit (£96) be refunded. Condolences given. Death cert not "
     "needed for under £100 per policy. Actioned, refund 3-5 days."),
    ("bereavement", "sensitive", "voicemail",
     "Voicemail, Monday 9:15. Hi, it's Lisa Ferris. I had the stadium tour booked for Saturday for me and "
     "my brother, but our mum died on Thursday and the funeral's now on Saturday, so obviously we can't "
     "come. Can you move it to a later date or refund it? Booking TR-5530. Thank you."),
    ("bereavement", "sensitive", "review",
     "★★★★★ I lost my husband Alan in March. We'd sat in Block C together every other Saturday since "
     "1988. The club let me keep both seats this season at no charge and someone from the ticket office "
     "phoned on his birthday just to check I was alright. I can't thank them enough. || Reply from Holm "
     "Park FC: Thank you for sharing this, Jean. Alan is very much missed in Block C and you're always "
     "welcome here."),
    ("bereavement", "sensitive", "chat",
     "hey so my best mate Connor passed away in a car crash 2 weeks ago, we had season tickets next to "
     "each other. his seat is just empty now and its awful tbh. can it be left empty for the rest of the "
     "season? i'll pay for it || Agent: I'm really sorry about Connor. We'd be honoured to leave the seat "
     "empty and can put a scarf on it for the next home game if you'd like. || yeah that would mean a "
     "lot, thanks"),
    ("bereavement", "sensitive", "email",
     "Dear Holm Park, I would like to buy a brick on the Legends Walk for my late wife, Irene, who was a "
     "member for over 30 years and died in January. Please engrave: IRENE MATTHEWS 1951-2025 ALWAYS A "
     "HERON. Payment details below. Yours, Douglas Matthews"),
    ("bereavement", "sensitive", "form",
     "Membership cancellation form. Member name: Frank Oyelaran. Membership no: 301 776. Reason for "
     "cancellation: Member deceased (14 February). Completed by: Grace Oyelaran (daughter). Refund to: "
     "estate account, details attached."),
    ("bereavement", "sensitive", "call",
     "Agent: Good afternoon, Holm Park Hospitality, Priya speaking. || Caller: Hello, I need to cancel "
     "the Heron Suite lunch for the 22nd. Booking under Sellers. || Agent: I can do that. Can I ask the "
     "reason, just for our records? || Caller: My brother was the one who booked it, it was going to be "
     "his 50th. He had a heart attack last week and didn't make it. || Agent: I'm so sorry. I'll cancel "
     "it and refund the full amount, no fees."),
    ("bereavement", "sensitive", "dm",
     "Hi, my Nana Sheila used to knit the blue and white scarves you sold at the old club shop back in "
     "the 70s. She died on Friday aged 94. Would anyone at the club be able to send a card? It'd mean the "
     "world to my mum. || Agent: I'm so sorry to hear about your Nana. We'd be honoured to send a card, "
     "and one of those old scarves is in our archive. Could you DM us an address? || that's so kind, "
     "sending it now"),
    ("bereavement", "sensitive", "email",
     "Hello, we lost our daughter Ellie at 23 weeks in November. She was going to be on the Little Herons "
     "membership my husband pre-paid as a surprise. Could you please cancel it quietly and refund the "
     "card? Please don't send any more emails about it. Thank you. Megan Doyle"),
    ("bereavement", "sensitive", "note",
     "Away travel: coach 2 passenger Mr Ian Ruddock did not travel to Dunmere, his father died overnight "
     "per his sister's call at 06:40. Seat released, full refund agreed by supervisor as goodwill."),
    ("bereavement", "sensitive", "sms",
     "Morning, it's Tariq Hussain. Sorry I missed the supporters' club meeting, we buried my uncle "
     "yesterday and I'm sitting with family this week. Will catch up after."),
    ("bereavement", "sensitive", "chat",
     "can my late partner's membership points be transferred to me? he passed in june and we were "
     "together 20 years but not married || Agent: I'm very sorry for your loss. Points can be transferred "
     "to a next of kin or named partner, I'll just need a copy of the death certificate and the member "
     "number. || ok I'll dig it out, thank you for being kind about it"),
    ("bereavement", "benign", "email",
     "Hello, Harrowby & Sons Funeral Directors would like to renew their perimeter board sponsorship for "
     "the 2025/26 season at the same position near the corner flag. Could you send over the rate card and "
     "an invoice to accounts@example.com? Regards, Gary Harrowby"),
    ("bereavement", "benign", "chat",
     "We died a death in the second half on Saturday lol. Anyway, can I change the delivery address on my "
     "shop order HS-90331? || Agent: Ha, let's not talk about the second half! Yes, what's the new "
     "address? || 14 Alder Close, Brackenford BF4 2LT || Agent: Done, it'll ship tomorrow."),
    ("bereavement", "benign", "sms",
     "Is the Memorial Stand open for the Ashcombe game or is it still closed for the roof work? || Agent: "
     "The Memorial Stand reopens for the Ashcombe game, the roof work finished last week."),
    ("bereavement", "benign", "review",
     "★★★★☆ Great day at the Legends Walk unveiling, we bought a brick for our 25th wedding anniversary "
     "and it's right by the main gate. Took ages to find the right one though, a map would help."),
    ("bereavement", "benign", "form",
     "Ticket query form. Name: Morag Lennox. Query: The match v Ferrybridge is being described as a dead "
     "rubber, is it still included in the season ticket or is it a separate cup fixture? Season ticket: "
     "ST-42208."),
    ("bereavement", "benign", "chat",
     "if it goes to sudden death penalties do the coaches wait or do they leave at the scheduled time? "
     "don't want to miss the end || Agent: The coaches always wait until the final whistle, including "
     "extra time and penalties. || perfect thanks"),
    ("bereavement", "benign", "note",
     "Supporter phoned asking what the club's bereavement policy is for season tickets in general, for a "
     "Supporters' Trust FAQ he's drafting. Explained transfer to next of kin and pro-rata refunds. No "
     "individual case discussed."),
    ("bereavement", "benign", "email",
     "Hi, RIP my voice after Saturday, I've never sung so much. Quick question though: is the ghost goal "
     "from the Ashcombe game going to be on the highlights package in the shop, the DVD edition? Cheers, "
     "Lewis Bright"),
    ("bereavement", "benign", "dm",
     "you lot are killing me with these ticket release times. 9am on a weekday?? some of us work. when's "
     "the next batch?"),
    ("bereavement", "benign", "voicemail",
     "Hi, it's Carole at the Brackenford Heritage Society. We're doing a talk on the history of Holm "
     "Park, the old grandstand that burned down in 1932, and wondered if we could borrow some photos from "
     "the club archive. My number's 07700 900742."),
    ("bereavement", "benign", "call",
     "Caller: Hi, I'm ringing about the Remembrance fixture in November. || Agent: Yes, the poppy shirts "
     "will be auctioned after the game for the Royal British Legion. || Caller: Great, can members bid "
     "early? || Agent: Bidding opens online on the Monday before for members, then general sale on the "
     "Wednesday."),
    ("bereavement", "benign", "email",
     "Good morning, I'm organising the annual wreath-laying by the Brackenford branch of the Royal "
     "British Legion before the November home game. Could we have access to the pitchside at 14:30 and "
     "six hospitality passes for the standard bearers? Many thanks, Ray Cullen, branch secretary"),
    ("bereavement", "benign", "sms",
     "Lost my ticket in the pub last night, can you resend it to the app? Seat H14 row 9. Cheers || "
     "Agent: No problem, I've reissued it to the app. Just pull down to refresh. || got it, ta"),
    ("bereavement", "benign", "chat",
     "hi, the kit says 'Legends' edition, who are the legends on the back print? want to know before i "
     "buy || Agent: The 1970s cup-winning squad are printed on the inner collar, and the back is left "
     "blank for your own name and number. || ah nice, i'll get one"),
    ("bereavement", "benign", "form",
     "Stadium tour booking. Lead name: Hamish Guthrie. Date: 30 August. Group: 8 adults. Occasion: "
     "retirement trip from Kirkby Engineering. Notes: Would like to see the trophy room and the old "
     "'Graveyard Shift' groundsman's hut if it's still there."),
    # ---- violence_self_harm
    ("violence_self_harm", "sensitive", "email",
     "Hello, I need to move seats urgently. The man who sits behind me in Block G (row 14) has been "
     "making comments about my body every home game since August, and on Saturday he followed me down to "
     "the concourse and grabbed my arm. I've told a steward but nothing happened. I don't feel safe going "
     "back to that seat. Hannah Carmody, ST-51190"),
    ("violence_self_harm", "sensitive", "chat",
     "hi is there any way to hide my seat number on the app? || Agent: The seat number only shows on your "
     "own account, it isn't public. Is there a particular worry? || my ex keeps turning up near my block, "
     "he's been waiting outside gate 3 after games and he messaged me a photo of my seat from behind. i "
     "think he's got into my old email || Agent: That sounds really frightening. I'll change your seat "
     "today, lock your account to a new email and flag it to our safety team. If you're ever in immediate "
     "danger please call the police straight away."),
    ("violence_self_harm", "sensitive", "voicemail",
     "Voicemail, Sunday 20:51. Hi, my name's Craig Benson. I was on the supporters' coach back from "
     "Dunmere and a lad from the home end got on at the services and punched me in the face, I've got a "
     "split lip and a black eye. The driver saw it. I want the club to know, and I want to know if "
     "there's CCTV from the coach."),
    ("violence_self_harm", "sensitive", "dm",
     "Someone's been sending me threats on here since I posted the away end photo, says they know where I "
     "sit and they'll 'sort me out' at the next home game. Screenshots attached. What do I do? Seat is E "
     "row 7. || Agent: I'm sorry you're getting this. Please report the messages to the police too. We'll "
     "move your seat and brief the stewards in Block E. Can we take a phone number? || 07700 900461"),
    ("violence_self_harm", "sensitive", "chat",
     "honestly dont know why im even renewing. dont see the point in anything anymore, the football's the "
     "only reason i get out of bed and lately not even that. been thinking about ending it tbh || Agent: "
     "I'm really glad you told me, and I'm sorry you're feeling this way. You can talk to Samaritans any "
     "time of day or night, it's free and confidential. Is there someone with you right now? || my "
     "flatmate's in || Agent: Could you let them know how you're feeling? I'm going to stay on the chat "
     "with you while you do."),
    ("violence_self_harm", "sensitive", "note",
     "Safeguarding log: Fan liaison officer received call from Mrs Deborah Quinn (member 220 118). States "
     "her husband has been violent at home and she needs the joint account split so he can't see her "
     "bookings or travel plans. Account split, address suppressed, referred to the Brackenford domestic "
     "abuse service with her consent."),
    ("violence_self_harm", "sensitive", "email",
     "Dear Fan Services, on Saturday at Gate 5 one of your stewards pushed me against the turnstile and "
     "swore in my face because I asked why my bag was being searched twice. I have bruising on my "
     "shoulder and a witness, Tom Kerrigan. I expect a full investigation. Regards, Simon Achebe"),
    ("violence_self_harm", "sensitive", "sms",
     "Someone keyed my car and slashed the tyres in the west car park again, 3rd time, note on the "
     "windscreen said next time it'll be me. Permit 4471. Pls check cameras || Agent: I'm sorry, that "
     "sounds frightening. We'll pull the west car park footage for the police. Have you reported the note "
     "to them? || yes last night, ref to follow"),
    ("violence_self_harm", "sensitive", "form",
     "Supporter incident report. Your name: Rachel Oduya. Date: 8 March. Location: Block J, row 3. What "
     "happened: An older man kept rubbing against me and touching my leg during the first half. I moved "
     "and he followed me to the next empty seat. Reported to steward at half-time. Would you like "
     "contact: Yes, 07700 900358."),
    ("violence_self_harm", "sensitive", "call",
     "Agent: Fan Services, Olly speaking. || Caller: Hi. Um, I've been cutting myself again and I'm not "
     "going to make the supporters' club volunteers thing on Saturday. I didn't know who else to tell. || "
     "Agent: Thank you for telling me, that took courage. Are you hurt right now, do you need an "
     "ambulance? || Caller: No, it's not bad, I've cleaned it. || Agent: Okay. I'd really like you to "
     "speak to someone tonight, Samaritans are there all night, or your GP in the morning. Can I take a "
     "number to check on you tomorrow?"),
    ("violence_self_harm", "sensitive", "chat",
     "The lad selling tickets outside Gate 2 threatened to smash my face in when I said I'd report him to "
     "the club. Big bloke, grey North Face, every home game. || Agent: Thanks for letting us know and "
     "sorry that happened to you. Are you hurt? || No just shaken. || Agent: I'm passing this to our "
     "security team and the police liaison officer now. Please avoid him and go straight to a steward if "
     "you see him."),
    ("violence_self_harm", "sensitive", "email",
     "Hi, not sure this is the right address but my teenage stepson's dad has been messaging me saying "
     "he'll put me in hospital if I take my stepson to the match without his say-so. I've reported it. I "
     "just want to make sure nobody at the ticket office gives out our seat details. Mark Jessop"),
    ("violence_self_harm", "sensitive", "review",
     "★☆☆☆☆ Stadium tour, avoid. One of the group, a man I'd never met, filmed me the whole way round and "
     "then waited for me at the car park asking for my number. I told the guide and she shrugged. || "
     "Reply from Holm Park FC: We're very sorry, this is not acceptable. Please contact "
     "fanservices@example.com so we can identify the visitor and review the guide's response."),
    ("violence_self_harm", "sensitive", "note",
     "Matchday control log 15:52. Steward reports supporter in Block M in distress on the top tier "
     "walkway, said he wanted to jump. Stewards and first aid talked him back, police and paramedics "
     "attended. Supporter ID'd as Mr D. Kowalczyk, ST-71033. Welfare follow-up by fan liaison."),
    ("violence_self_harm", "sensitive", "dm",
     "after the stuff that got posted about me on the fan forum ppl have been messaging my work and my "
     "mum, someone said they'd follow me home from the next match. can the club do anything? im too "
     "scared to go"),
    ("violence_self_harm", "benign", "email",
     "Hi, what a game. We absolutely murdered them 4-0 and the atmosphere in the Holm End was electric. "
     "Quick one: can I add a second name to the back of my replica shirt order HS-90441, or is it one "
     "name per shirt? Ta, Jamie Rourke"),
    ("violence_self_harm", "benign", "chat",
     "do you sell the 'Kill the Clock' print? the one with the famous 1998 stoppage time photo || Agent: "
     "We do, it's in the shop under Framed Prints, £35 or £55 framed. || framed one please, can you gift "
     "wrap? || Agent: Yes, just tick gift wrap at checkout, £3."),
    ("violence_self_harm", "benign", "sms",
     "Is the striker signing session at the club shop on Thursday ticketed or just turn up? Want to get "
     "my shirt signed. || Agent: Just turn up! Doors open at 5:30 and it's one item per person."),
    ("violence_self_harm", "benign", "form",
     "Hospitality enquiry. Event: Heron Fight Night (amateur boxing). Organisation: Brackenford ABC "
     "boxing club. Contact: Dom Barrett. Date: 14 February. Tables: 20 of 10. Notes: we need the ring set "
     "up in the Heron Suite by 4pm."),
    ("violence_self_harm", "benign", "note",
     "Caller asked what the club's segregation arrangements are for the derby, and whether away fans can "
     "buy in the family section. Explained segregation policy and away allocation. General enquiry only."),
    ("violence_self_harm", "benign", "review",
     "★★★★★ The banter in Block F is the best in the league, proper fierce support. Took my dad for his "
     "70th and he was bouncing. The pie queue at half-time is brutal though."),
    ("violence_self_harm", "benign", "chat",
     "our attack has been toothless all season, I'd kill for a proper number 9 || Agent: Ha, you and the "
     "manager both! Anything I can help with today? || Yeah, when does the January sale on training tops "
     "start? || Agent: Boxing Day at 9am online, the 27th in store."),
    ("violence_self_harm", "benign", "email",
     "Good afternoon, I'm the coordinator for Kick It Out in the region. We'd like to arrange a stall on "
     "the concourse at the Anti-Discrimination weekend fixture and run a short training session for "
     "stewards beforehand. Could you put me in touch with the right person? Best, Aisha Nwosu"),
    ("violence_self_harm", "benign", "dm",
     "that last minute strike absolutely destroyed me, still buzzing. when's the goal of the month vote "
     "open? || Agent: Still not over it either! Voting opens on Monday in the app."),
    ("violence_self_harm", "benign", "voicemail",
     "Hi, it's Bev from Brackenford Karate Club. We'd like to do a demonstration at half-time on the "
     "community day, about ten black belts. Could someone ring me back on 07700 900621? Cheers."),
    ("violence_self_harm", "benign", "call",
     "Caller: Hi, I bought the 'Shoot to Thrill' training ball from your online shop and it's come flat. "
     "|| Agent: Sorry about that, can I take the order number? || Caller: HS-90807. || Agent: Thanks, "
     "I'll send a replacement and a pump, no need to return the flat one."),
    ("violence_self_harm", "benign", "sms",
     "The away end at Gillham was a war zone of noise, best atmosphere all season. Any chance of more "
     "coaches for the next away?"),
    ("violence_self_harm", "benign", "chat",
     "is there a policy on pyro and smoke bombs at away games? our supporters' club wants to brief "
     "members before the cup tie || Agent: Pyrotechnics are banned at all grounds and it's a criminal "
     "offence to bring them in. We can send you a short briefing sheet for your members. || yes please, "
     "email to the chair at herons.south@example.org"),
    ("violence_self_harm", "benign", "email",
     "Hi, I'm writing a piece for the Brackenford Echo about the club's new stewarding training on "
     "de-escalation and spotting harassment in crowds. Could someone from the safety team give me a "
     "quote? Deadline Friday. Thanks, Niamh Callaghan, reporter"),
    ("violence_self_harm", "benign", "form",
     "Shop product question. Product: Heron 'Hit the Post' mug. Question: Is the mug dishwasher safe and "
     "is the crossbar design printed or embossed? Order intended for: office Secret Santa."),
]


def holm_examples() -> list[dict]:
    """The holm split as labelled tickets (same shape as ``sensitive_eval.build_eval_set``'s)."""
    return stranger_examples("holm", ENTRIES, SUBJECTS)
