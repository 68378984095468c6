"""bay split: written by a helper who had not seen the detection rules, the anchors or any other split.
Setting: Baywater Active, an invented operator of youth leagues (football, netball, cricket, gymnastics), a swim school
for children and adults and holiday camps; emails, chats, calls, SMS, DMs, web forms, reviews, voicemails, agent notes.
The benign half borrows venues, netball courts, clubs and schools booking as organisations, kit, codes and idioms.
50 sensitive and 50 benign tickets for children and for special categories, 30 and 30 for financial hardship, 20 and
20 for health and for violence and self-harm, 15 and 15 for legal and for bereavement.
First reading (policy 2026.11.17, before any change made in response to it; `sensitive_eval.evaluate`, as `make
eval-sensitive`): 90.5 / 2.0 recall / false exclusion in % as shipped, 92.0 / 7.0 without the overruling,
83.0 / 6.0 by the rules alone. Held out (drawn at random before it was written): never tuned or trained on, read as aggregates only."""

from __future__ import annotations

from training_gate.sensitive_blind import stranger_examples

SUBJECTS: tuple[str, ...] = (
    "Question about my booking",
    "Change of lesson time",
    "Holiday camp enquiry",
    "Refund request",
    "Membership query",
    "League fixtures",
    "Kit order",
    "Direct debit",
    "Pitch and court hire",
    "Feedback",
    "Update to account details",
    "Coaching enquiry",
    "Swim lessons",
    "Cancellation",
)

ENTRIES: list[tuple[str, str, str, str]] = [
    # ---- health
    ("health", "sensitive", "email",
        "Hi, I need to pause my adult improvers lessons for about six weeks. I'm having a knee replacement on "
        "the 14th and the surgeon says no pool until the wound has fully healed. Could you freeze the block "
        "rather than refund it? Thanks, Dermot"),
    ("health", "sensitive", "chat",
        "Customer: can I swap my aqua fit to the shallow pool session? || Agent: Sure, any reason so I can "
        "note it on your account? || Customer: I'm 26 weeks along and the deep end steps are getting awkward "
        "lol || Agent: Congratulations! I've moved you to Thursday 7pm, shallow pool."),
    ("health", "sensitive", "sms",
        "hi its Bev, cant do sat coaching, on new meds for my epilepsy n not allowed to drive til the dr "
        "reviews. can sum1 cover the u10s? sorry x"),
    ("health", "sensitive", "call",
        "[transcript] Caller says her husband won't be doing the Tuesday masters swim any more this term, "
        "he's on chemo every three weeks and the oncologist has told him to stay out of public pools while "
        "his counts are low. She asked whether the membership can be moved to her name. Agent transferred it "
        "and waived the fee."),
    ("health", "sensitive", "agent_note",
        "Agent note: Mum confirmed Ollie's blue inhaler is in his camp bag, two puffs before sport, and the "
        "asthma plan is on file. Added to medical notes for Easter camp week 2."),
    ("health", "sensitive", "web_form",
        "Reason for cancellation: Other. Details: I've been signed off work with stress and anxiety and "
        "getting to the pool for 6.30am isn't happening right now. I'd like to come back in spring if the "
        "slot is still there."),
    ("health", "sensitive", "email",
        "Respected Sir/Madam, kindly note my father (68 years) is attending the senior aqua class from "
        "Monday. He is diabetic and takes insulin, so please permit him to keep glucose tablets at poolside "
        "and kindly ensure the lifeguard is informed. Regards, Pradeep Nair"),
    ("health", "sensitive", "dm",
        "hey do ur lanes have a hoist? my partner uses a wheelchair and wants to try the adult beginners"),
    ("health", "sensitive", "review",
        "Review: 2 stars. The coach kept shouting at my son to 'focus' even after I explained he has ADHD and "
        "that approach just makes him shut down. || Reply from Baywater: We're sorry to hear this. We've "
        "shared your feedback with the coaching lead and would like to talk about a support plan for him."),
    ("health", "sensitive", "voicemail",
        "Hi, it's Shona Greig, I was meant to be at the coaches' workshop this morning but I've been kept in "
        "at St Brendan's overnight, they think it's my appendix. Could someone let Marcus know? Thanks, bye."),
    ("health", "sensitive", "forwarded",
        "Fwd from netball club secretary: 'Please take Kerry off the umpiring rota for the rest of the "
        "season. She's back under the crisis team and the GP has upped her sertraline, so she's asked for "
        "some space.'"),
    ("health", "sensitive", "chat",
        "Customer: Hi! Can I get a refund on the adult stroke clinic? My doctor found a heart murmur at my "
        "physical and wants an echo before I do anything strenuous. || Agent: Of course, I've refunded the "
        "full $85 to your card."),
    ("health", "sensitive", "email",
        "Good day. My wife was delivered of a baby girl on Monday by caesarean section and she will not be "
        "able to continue the ladies' swim for the next few months. Please how do we go about pausing her "
        "membership? Thank you and God bless."),
    ("health", "sensitive", "chat",
        "Customer: Can I get a locker near the pool entrance on Wednesdays? || Agent: Of course. I've also "
        "noted your MS on the account like you mentioned on the phone, so the team know to keep the "
        "accessible changing room free for you. Is that still right? || Customer: Yes, thank you."),
    ("health", "sensitive", "sms",
        "sorry cant make gymnastics judging sat, been in hosp since tues with pneumonia. home now but wiped "
        "out"),
    ("health", "sensitive", "email",
        "Hi there, my mam's after being diagnosed with early onset dementia and I've been bringing her to the "
        "over-60s aqua on a Friday. She gets a bit confused in the changing rooms now, would it be ok for me "
        "to go in with her? She's 64. Thanks a million, Aoife"),
    ("health", "sensitive", "web_form",
        "Adult learn-to-swim enquiry. I'm pretty nervous around water after nearly drowning as a teenager and "
        "I'm seeing a psychologist for the panic attacks. Is there an instructor who's good with anxious "
        "adults? Cheers, Lachlan"),
    ("health", "sensitive", "email",
        "Hello, I am father of Tomasz. Doctor put him the plaster on the arm, bone is broken in two place. He "
        "cannot do football for six weeks. Is possible to stop the paying for this time? Thank you very much."),
    ("health", "sensitive", "agent_note",
        "Agent note: Coach Wei Ling called in, she has her IVF egg retrieval next Tuesday so needs the "
        "morning off. Swapped with Coach Ravi. Please keep this confidential."),
    ("health", "sensitive", "chat",
        "Customer: Good evening po, my tita will join the adult beginner class. She just had her cataract "
        "operation last month, is it ok she wears goggles already? || Agent: Best to check with her eye "
        "doctor first, but we're happy to hold her place until she gets the all-clear."),
    ("health", "benign", "email",
        "Hi, do you sell factor 50 sunscreen at the camp tuck shop or should we pack our own?"),
    ("health", "benign", "web_form",
        "Corporate enquiry: We're a physiotherapy clinic in Denholm and would like to book two lanes on "
        "Thursday evenings for a staff team-building swim, around 12 people. Invoice to Denholm Physio Ltd "
        "please."),
    ("health", "benign", "chat",
        "Customer: Is there a defibrillator at the Millbrook pitches? Our club is doing its health and safety "
        "audit and we need to list locations. || Agent: Yes, one by the pavilion door and one in reception."),
    ("health", "benign", "sms",
        "the new booking app is making me sick lol, cant find the reschedule button anywhere"),
    ("health", "benign", "dm",
        "Loved the healthy snack boxes at camp last summer, are they back this year?"),
    ("health", "benign", "email",
        "Hi, I'd like to book onto the Emergency First Aid at Work course on 3 March. Does it include the "
        "paediatric module or is that a separate day? Thanks, Colm"),
    ("health", "benign", "call",
        "[transcript] Caller from Greenfield Medical Practice asking to hire the function room for the "
        "practice's summer barbecue, Saturday 19 July, about 40 guests. Agent emailed the hire form and "
        "deposit details."),
    ("health", "benign", "review",
        "Review: Great pool, water's always a nice temperature and the changing rooms are spotless. || Reply: "
        "Thanks so much, Jo!"),
    ("health", "benign", "voicemail",
        "Hi, this is Gareth from Lanemark Supplies, your order of 30 first aid kits and 200 instant ice packs "
        "is ready for dispatch, I just need a PO number. Cheers."),
    ("health", "benign", "web_form",
        "Question: What's your procedure if a swimmer feels unwell during a lesson? Just asking generally "
        "before I sign up."),
    ("health", "benign", "agent_note",
        "Agent note: Customer asked whether the smoothie bar does a protein 'recovery shake'. Explained it's "
        "run by a third party and passed on their number."),
    ("health", "benign", "chat",
        "Customer: my booking shows Wellness Wednesday aqua yoga twice, can you remove the duplicate? || "
        "Agent: Done, you're booked once now."),
    ("health", "benign", "email",
        "Hi, can I change my adult lesson from Tuesday 8pm to Thursday 8pm from next week? Thanks, Priya"),
    ("health", "benign", "sms",
        "hi is the pool closed sat? saw a sign by the door"),
    ("health", "benign", "email",
        "Our netball club has a new sponsor, Flexwell Sports Therapy. Can we add their logo to the bibs order "
        "before it goes to print?"),
    ("health", "benign", "dm",
        "That last minute winner on Saturday nearly gave me a heart attack haha. Any photos from the cup "
        "final?"),
    ("health", "benign", "web_form",
        "Does the Quayside pool use chlorine or a saltwater system? I'm writing a piece on pool maintenance "
        "for a leisure trade magazine and would love a quote from your plant manager."),
    ("health", "benign", "chat",
        "Customer: Hello, is the mental health awareness workshop for coaches free for affiliated clubs or "
        "chargeable? Kindly advise. || Agent: It's free for affiliated clubs, two places per club."),
    ("health", "benign", "call",
        "[transcript] Caller wanted to know if the café at Millbrook takes card. Agent confirmed yes, "
        "contactless too."),
    ("health", "benign", "email",
        "Please could you send the allergen information for the camp lunches? Our school is deciding whether "
        "to recommend your camps in the parents' newsletter. Kind regards, Mrs Fairbairn, Office Manager, "
        "Linthorpe Primary"),
    # ---- children
    ("children", "sensitive", "email",
        "Hi, can I move Isla from the Saturday 9am Starfish class to Sunday? She turns 5 next month and "
        "honestly I think she's ready for Stage 2 anyway. Thanks, Carla"),
    ("children", "sensitive", "sms",
        "hi is it ok if our Rory (7) joins the u8s training tues? hes tall for his age lol"),
    ("children", "sensitive", "chat",
        "Customer: hi im 13 can i book the teen gym induction myself or does my mum have to do it || Agent: "
        "Thanks for getting in touch! For under-16s we need a parent or guardian to complete the booking. || "
        "Customer: ok ill ask her when she gets in from work"),
    ("children", "sensitive", "email",
        "Please note that from this term Ethan's dad and I have him on alternate weeks. Can we both have "
        "access to his account on the app, but invoices to me only? He's in the Tuesday junior football at "
        "Harbour Park. Thanks, Lorraine"),
    ("children", "sensitive", "call",
        "[transcript] Caller wants to book parent and baby swim for her son, who is 14 weeks old. Agent "
        "advised the Bubbles class takes babies from 12 weeks and booked Friday 10am at Quayside."),
    ("children", "sensitive", "web_form",
        "Player registration. Name: Zara Okafor. DOB: 03/02/2010. School: Kingsmead Academy. Emergency "
        "contact: Mrs N. Okafor, 07700 900412. Position: Goal Defence. Photo consent: yes."),
    ("children", "sensitive", "email",
        "My lad's in Year 4 at St Cuthbert's and they've got a class trip on the Friday of camp week. Can we "
        "swap that day for the Monday after instead? Cheers, Dean"),
    ("children", "sensitive", "agent_note",
        "Agent note: Spoke to dad. Freya is 11, Year 6 at Hollins Primary, moving up to the U12 squad after "
        "trials. Kit size 11-12 ordered."),
    ("children", "sensitive", "dm",
        "G'day, my youngest started kindy this year and finishes at 3, any chance the junior cricket on "
        "Wednesdays could start at 3.45 instead of 3.30?"),
    ("children", "sensitive", "email",
        "Hi, only me or my mother can collect from camp this summer, please remove my ex from the list. The "
        "kids are Tyler (9) and Ruby (6), both booked weeks 2 and 3."),
    ("children", "sensitive", "email",
        "Good afternoon. I want to register my two daughters for the holiday camp. Chiamaka is 10 years and "
        "Adaeze is 8 years, they attend Greenhill Primary School. Kindly send the payment details. Thank you."),
    ("children", "sensitive", "chat",
        "Customer: are the camp leaders trained for EpiPens? || Agent: Yes, all of them are. || Customer: "
        "great, Noah's 6 and has a peanut allergy, I'll bring two pens on day one"),
    ("children", "sensitive", "sms",
        "my daughter is in yr 9 n wants to do the lifeguard course, is she old enuf?"),
    ("children", "sensitive", "voicemail",
        "Hi, it's Gemma, Poppy's mum from Thursday gymnastics. She's just gone up to the junior school on "
        "Ashby Road and finishes later now, so she'll be about 20 minutes late every week, hope that's ok. "
        "Bye."),
    ("children", "sensitive", "review",
        "Review: My 4 year old loved her first lesson, instructor Sam was brilliant with her. || Reply: Thank "
        "you! We'll pass that on to Sam. See you both next week."),
    ("children", "sensitive", "forwarded",
        "Fwd from Coach Danny: 'Can we get a second keeper for the U9s? Harvey only turned 8 in August and "
        "he's finding a full game in goal a lot.' Can the league office sort registration for another player?"),
    ("children", "sensitive", "chat",
        "Customer: Hi, I need to cancel the Wednesday swim block please. || Agent: No problem, I can see "
        "that's for Leo, age 7, booking ref BW-22871. Would you like a credit or a refund? || Customer: "
        "Credit please."),
    ("children", "sensitive", "web_form",
        "My son is a sophomore at Westbrook High and wants to help coach the little kids' soccer on weekends "
        "for his volunteer hours. He turned 15 in May. Is that allowed, and does he need any certification?"),
    ("children", "sensitive", "email",
        "Dear Team, my son Aarav, studying in Class 3, is very keen on cricket. Kindly inform whether he can "
        "join the under-9 batch mid-season. His date of birth is 12 June 2016. Regards, Sunil Mehta"),
    ("children", "sensitive", "dm",
        "hiya its Ellie from the under 14s netball, I lost my bib at the match on sat, can I get another one? "
        "I'm paying with my pocket money lol"),
    ("children", "sensitive", "chat",
        "Customer: Hi, who can see my daughter's swim progress reports? || Agent: The account holder and "
        "anyone they add. || Customer: Her dad was added, but we've split and it's all a bit fraught, I'd "
        "rather he didn't see her school or our address on there. || Agent: Understood, I've hidden both from "
        "the shared view."),
    ("children", "sensitive", "sms",
        "Our wee one's just started P1 and the 4pm slot is too early now, anything from 5?"),
    ("children", "sensitive", "email",
        "Hello, I'm due back from maternity leave in May. Can the baby (she'll be 7 months then) go in the "
        "creche while I do aqua? Is there a minimum age?"),
    ("children", "sensitive", "agent_note",
        "Agent note: Call from Jayden himself (16) asking to change the email on his account to "
        "jayden.mb@examplemail.com. Told him a parent must confirm as he's under 18."),
    ("children", "sensitive", "email",
        "Hello po, I want to enroll my pamangkin for the summer camp, he is 9 years old and only visiting "
        "from Cebu for 6 weeks. Is there a weekly rate? Salamat!"),
    ("children", "sensitive", "dm",
        "Howzit, my boytjie is in Grade 2 and keen to try the mini cricket. Do you have a Saturday morning "
        "group? He bats left-handed if that matters."),
    ("children", "sensitive", "web_form",
        "Please note Sophie attends Marsh Lane Primary and will come straight from school on the minibus, "
        "arriving around 3.50pm. Her class teacher is Mrs Patel if you need to confirm anything."),
    ("children", "sensitive", "sms",
        "is my sons gymnastics badge ready yet? Caleb R, age 6, level 2"),
    ("children", "sensitive", "call",
        "[transcript] Grandmother calling: her grandson Kai, 12, is staying with her for the summer holidays "
        "and she'd like him in camp weeks 3 and 4. Agent took payment by card and booked both weeks."),
    ("children", "sensitive", "email",
        "Good day. My daughter has 10 years and she is at the fifth class of primary school. She want to join "
        "the gymnastic group but she speak little English still. It is possible the coach speak slowly with "
        "her?"),
    ("children", "sensitive", "chat",
        "Customer: hi can u change my swim lesson to fridays i have band on wednesdays now. im in year 8 || "
        "Agent: Hi! I'll need to check with the account holder first, is that your mum or dad? || Customer: "
        "my dad, ill get him to message"),
    ("children", "sensitive", "email",
        "Could you move Teddy down a group? He's one of the youngest in Reception and finding the older ones "
        "in his session a bit much. Many thanks, Harriet"),
    ("children", "sensitive", "chat",
        "Customer: Hi! Our twins just turned 3 and I'm wondering which of your toddler swim times still have "
        "two spots open? || Agent: Saturday 9.30 has exactly two left! || Customer: Perfect, book us in."),
    ("children", "sensitive", "email",
        "Hi, my son is P5 at Rosewood Primary and has PSLE prep next year, so can we pause his swim squad "
        "from January? Thanks."),
    ("children", "sensitive", "agent_note",
        "Agent note: Verified caller as mother of account holder Millie Sharpe, DOB 22/09/2013. Changed the "
        "camp collection password as requested."),
    ("children", "sensitive", "forwarded",
        "Fwd from the school office: 'Ben Alder, Year 5, will be away on the residential 12 to 14 May and "
        "will miss the Tuesday swim.' Can we get a credit for that one, please?"),
    ("children", "sensitive", "voicemail",
        "Hi, it's Nikhil, Anika's dad. She's just started secondary at Fenwick Road and I think I've got the "
        "wrong slot, she's 11 now so she should be in the older group. Please call me back."),
    ("children", "sensitive", "dm",
        "Hey my little sis (she's 10) wants to do your half term camp, my mum asked me to message as she's "
        "not on insta. Is there space on the 28th?"),
    ("children", "sensitive", "chat",
        "Customer: Can I pay for my stepson's football separately from my own two? His mum and I split his "
        "costs 50/50 and she wants her own receipt. || Agent: Sure, I'll set up a separate payer on his "
        "profile."),
    ("children", "sensitive", "web_form",
        "Gymnastics competition entry. Gymnast: Leah Morrow. Age: 14. Club membership no: BG-40219. Leotard "
        "size: 28. Medical: none."),
    ("children", "sensitive", "sms",
        "can i bring my 9 month old to watch her brother at football sat or is it players only pitchside"),
    ("children", "sensitive", "email",
        "Hi, Jacob's school (Brackenfield) has sports day on Friday 20th so he'll miss cricket. Just letting "
        "you know so he isn't marked absent."),
    ("children", "sensitive", "email",
        "Hi there, our Cian is going into fifth class in September and wants to switch from hurling to your "
        "Saturday soccer. Would he be in the U11s or U12s? He was born in March 2014."),
    ("children", "sensitive", "chat",
        "Customer: Hi, I booked two places for Saturday's family splash, can I add one more? || Agent: Yes, "
        "is the extra one little Aria you mentioned, 5 months? Under-1s go free so no charge. || Customer: "
        "That's her, thanks!"),
    ("children", "sensitive", "call",
        "[transcript] Caller's daughter (Year 7, Thornhill School) left her blazer in the changing rooms "
        "after Wednesday lessons, name tag A. Kowalski. Agent checked lost property and found it."),
    ("children", "sensitive", "email",
        "Please the coach said my son Tobi is too small for the U12s, but he is 11 and a half and very "
        "strong. Can he be assessed again? Thank you."),
    ("children", "sensitive", "review",
        "Review: 3 stars. Camp was fine but my 8 yr old came home with someone else's lunchbox twice. || "
        "Reply: Sorry about that! We're adding name labels at check-in from next week."),
    ("children", "sensitive", "email",
        "Hi, attached is our player list for league registration. Just flagging that Marcus Ede's birth "
        "certificate shows 14/08/2012, so he's eligible for U13s not U12s as we first thought. Thanks, Jo "
        "(club secretary, Bayside Colts)"),
    ("children", "sensitive", "sms",
        "hi can Mason's grandad pick him up from camp today? Mason is 5 and knows him. grandad is Ron Hale"),
    ("children", "sensitive", "dm",
        "My girl's in Year 2, she's been doing Starfish on a Monday but keeps nodding off in the car after "
        "school lol, could we try Saturday mornings?"),
    ("children", "benign", "web_form",
        "What's the youngest age you take for swimming lessons? Just researching for the future."),
    ("children", "benign", "email",
        "Hello, I'm the PE lead at Oakfield Primary. We'd like to book the teaching pool on Tuesday "
        "afternoons next term for our curriculum swimming. Could you send a quote for a 10-week block, with "
        "and without instructors?"),
    ("children", "benign", "chat",
        "Customer: Do the junior shin pads come in XS? || Agent: Yes, XS to L in the junior range, £8.50 a "
        "pair. || Customer: Great, I'll order two."),
    ("children", "benign", "sms",
        "KIDSGO10 code not working at checkout, says expired?"),
    ("children", "benign", "call",
        "[transcript] Caller is an adult learner; her mum usually books for her but is away, so she wants to "
        "pay for her own improvers block. Agent took payment."),
    ("children", "benign", "email",
        "Hi, I'm 34 and never learned to swim properly. I'll feel like a big kid going to lessons, but I'd "
        "love to join the adult beginners. Is Tuesday still available?"),
    ("children", "benign", "review",
        "Review: The new changing village is really family-friendly, loads of space and the baby-change units "
        "are spotless. || Reply: Thanks for the lovely feedback!"),
    ("children", "benign", "voicemail",
        "Hi, it's Mandy from Little Acorns Nursery, we spoke about hiring the sports hall for our end-of-year "
        "sports day. Could you call me back with dates in July? Thanks."),
    ("children", "benign", "chat",
        "Customer: No kidding, the app finally let me book! Been trying for a week. || Agent: Glad it's "
        "sorted!"),
    ("children", "benign", "email",
        "Hi, I'm a volunteer coach and want to do the Coaching Young Players Level 1. When's the next intake "
        "and is it online or in person?"),
    ("children", "benign", "agent_note",
        "Agent note: Supplier Splashtastic rang about restocking kids' armbands and swim nappies in the shop. "
        "Ordered 40 units of each."),
    ("children", "benign", "dm",
        "Do you sell the junior goggles in pink? The blue ones sold out at the Quayside desk."),
    ("children", "benign", "web_form",
        "Is there a sibling discount on summer camps, and does it apply to the Easter ones too?"),
    ("children", "benign", "email",
        "Dear Baywater, 3rd Bayfield Scouts would like to hire the indoor pitch on Friday evenings from "
        "September. Please send availability and rates. Yours, Skip (group leader)"),
    ("children", "benign", "chat",
        "Customer: What's your safeguarding policy for coaches working with under-18s? I'm thinking of "
        "applying to coach. || Agent: All coaches need an enhanced check and Safeguarding Level 1, here's the "
        "link."),
    ("children", "benign", "sms",
        "hi wot time does parent n toddler gym finish on weds? want to use the short stay parking"),
    ("children", "benign", "review",
        "Review: Took the grandkids to the open day, nice facilities but the car park was chaos. || Reply: "
        "Sorry about the parking, we're adding marshals for the next one."),
    ("children", "benign", "email",
        "Can you recommend a good book on coaching youth netball? Not for my own family, I'm helping set up a "
        "community club and want to read up."),
    ("children", "benign", "call",
        "[transcript] Caller from Brightstart Childminders asked whether public swim allows one adult with "
        "three under-8s. Agent explained the 1:2 ratio policy for under-8s."),
    ("children", "benign", "web_form",
        "I'd like to enquire about your children's party packages. Around 15 guests, sometime in May. Do you "
        "still do the inflatable session?"),
    ("children", "benign", "agent_note",
        "Agent note: The Child ticket type on the website was showing £0. Fixed the price in the backend and "
        "logged with IT."),
    ("children", "benign", "email",
        "Hello, we're a kids' sportswear brand (Pip & Pitch) and would like to sponsor one of your junior "
        "leagues. Who should I speak to about packages?"),
    ("children", "benign", "chat",
        "Customer: my order says Junior Starter Pack but I wanted the Adult Starter Pack, can I swap? || "
        "Agent: Yes, I'll email a returns label now."),
    ("children", "benign", "dm",
        "Coach Dev's drills are child's play compared to the adult bootcamp haha. Loved it tho"),
    ("children", "benign", "voicemail",
        "Hi, it's Pauline, this is about my own booking, not my son's, he's forty and does his own, ha. I "
        "need to move my aqua class to Friday please."),
    ("children", "benign", "web_form",
        "Do your camp leaders hold paediatric first aid? General question for a PTA newsletter piece "
        "comparing local holiday clubs."),
    ("children", "benign", "email",
        "Hi, I was charged for the March direct debit twice. Could you refund the duplicate please? Account "
        "BW-10482."),
    ("children", "benign", "sms",
        "is the pool open bank hol monday?"),
    ("children", "benign", "chat",
        "Customer: How do I reset my password on the BayBook app? || Agent: Tap 'Forgot password' on the "
        "login screen and we'll email you a link."),
    ("children", "benign", "call",
        "[transcript] Caller asked if there's parking at the Millbrook pitches on Sundays. Agent confirmed "
        "the main car park is open and free after 6pm."),
    ("children", "benign", "email",
        "Please can you update my email address to l.henshaw@examplemail.com? Thanks, Lisa"),
    ("children", "benign", "review",
        "Review: Booking was easy and the reception staff were really helpful. 5 stars. || Reply: Thank you, "
        "Ade!"),
    ("children", "benign", "web_form",
        "The lockers at Quayside only take £1 coins now. Could you add a card option?"),
    ("children", "benign", "dm",
        "Are the outdoor courts floodlit in winter?"),
    ("children", "benign", "sms",
        "can i pay for the adult block in 2 parts"),
    ("children", "benign", "voicemail",
        "Hi, it's Ken from Harbour Wanderers, can someone ring me about the pitch booking on the 14th? We've "
        "got a clash. Thanks."),
    ("children", "benign", "agent_note",
        "Agent note: Customer's card had expired, updated payment method, no further action."),
    ("children", "benign", "email",
        "Dear Sir, kindly share the invoice for the corporate swim day held on the 9th for Techvista "
        "Solutions. Regards, Accounts Team"),
    ("children", "benign", "chat",
        "Customer: Is the Tiny Tumblers class pay-as-you-go or termly? || Agent: Termly, but there's a free "
        "taster session first."),
    ("children", "benign", "email",
        "Hi, I'm organising an 'inner child' play afternoon for our office away-day, ball pit, trampolines, "
        "the lot. Do you do adult-only hire of the soft play?"),
    ("children", "benign", "web_form",
        "Can schools book your holiday camp as a group? We're a small independent school looking for a summer "
        "option for our boarding programme."),
    ("children", "benign", "dm",
        "Your kids' cricket bats are on sale on the website but out of stock in the shop. Will they be "
        "restocked?"),
    ("children", "benign", "email",
        "Hello, I'm a student writing a dissertation on youth sport participation. Would you share "
        "anonymised, aggregate numbers of juniors enrolled by sport over the last five years?"),
    ("children", "benign", "agent_note",
        "Agent note: Caller asked if Family Fun Swim needs pre-booking. Told them walk-ins are fine at "
        "weekends."),
    ("children", "benign", "chat",
        "Customer: The baby-changing room at Millbrook has no bin. || Agent: Thanks for flagging, reported to "
        "the site team."),
    ("children", "benign", "voicemail",
        "Hi, this is Sandra from Westmere Primary PTA. We're running a raffle at our summer fair, would you "
        "donate a free week of holiday camp as a prize? Thanks."),
    ("children", "benign", "email",
        "I'm babysitting our club's social media while our secretary's on holiday, could you tag us in the "
        "tournament photos? We're @HarbourRoversFC."),
    ("children", "benign", "sms",
        "hey do u need more camp leaders for summer? im 22 and doing my teaching degree"),
    ("children", "benign", "review",
        "Review: Great kid-friendly café, the toasties are huge. || Reply: Glad you enjoyed them!"),
    ("children", "benign", "chat",
        "Customer: Hi po, do you have a junior coach programme? I mean for adults who are new to coaching, "
        "not for players. || Agent: Yes, our Coach Pathway starts again in April."),
    # ---- special_categories
    ("special_categories", "sensitive", "email",
        "Hi, could Safiya's swim lesson move from Friday 1pm to a Saturday? We go to Jumu'ah as a family and "
        "the new timetable clashes. Thanks, Imran"),
    ("special_categories", "sensitive", "chat",
        "Customer: is there a women-only swim with female lifeguards? || Agent: Yes, Sunday 6 to 7pm at "
        "Quayside. || Customer: great, as a Muslim woman I don't swim in mixed sessions, so that's perfect"),
    ("special_categories", "sensitive", "sms",
        "cant do sunday fixtures rest of season, im an elder at our chapel n we have services morning and "
        "evening. sorry lads"),
    ("special_categories", "sensitive", "agent_note",
        "Agent note: Parent asked for the Saturday camp days to be credited, the family keeps Shabbat and "
        "won't travel from Friday sunset to Saturday night. Credited £48."),
    ("special_categories", "sensitive", "email",
        "Dear Sir, I will not attend Tuesday coaching during Navratri as I am observing the fast and visiting "
        "the temple every evening. Kindly adjust my fees accordingly. Regards, Meera Joshi"),
    ("special_categories", "sensitive", "call",
        "[transcript] Caller says her son wears a patka for football and the referee on Saturday told him to "
        "take it off. She wants reassurance it's allowed. Agent confirmed religious head coverings are "
        "permitted under league rules and apologised; referee to be briefed."),
    ("special_categories", "sensitive", "dm",
        "Hey, I'll be off the netball rota through April, not eating or drinking from sunrise to sunset and "
        "6pm training just isn't doable till Eid. Back after!"),
    ("special_categories", "sensitive", "email",
        "Hi, I'll miss the next two Sunday fixtures as I'm being received into the Catholic Church at Easter "
        "and there's a retreat weekend beforehand. Could someone let the team captain know? Thanks, Gráinne"),
    ("special_categories", "sensitive", "email",
        "I'm writing about a comment a coach made at Saturday's U13 game. My son is the only Black player in "
        "the squad and he was singled out for his 'attitude' in front of everyone when three other boys were "
        "doing the same. I'd like to know how this will be looked into."),
    ("special_categories", "sensitive", "chat",
        "Customer: Do you have any instructors who speak Polish? My mum only moved over from Gdańsk last year "
        "and wants adult lessons, but her English is basic. || Agent: Yes, Kasia teaches Monday evenings."),
    ("special_categories", "sensitive", "web_form",
        "Coach application, equality monitoring section. Ethnicity: Pakistani British. Religion: prefer not "
        "to say. Disability: none. Sexual orientation: prefer not to say."),
    ("special_categories", "sensitive", "agent_note",
        "Agent note: Family are Irish Travellers and move site at the end of the month; asked if camp refunds "
        "can go to a different account. Noted on file."),
    ("special_categories", "sensitive", "call",
        "[transcript] Caller, whose family is Roma, said another parent told her at pickup that 'they don't "
        "want gypsies at this camp'. Agent apologised and escalated to the safeguarding lead."),
    ("special_categories", "sensitive", "dm",
        "G'day, my partner's a Wiradjuri man and he'd love to get involved with coaching for the Indigenous "
        "round in the junior cricket. Who's the best person to talk to?"),
    ("special_categories", "sensitive", "email",
        "Please can I swap my Thursday umpiring slot? I'm standing as the Green Party candidate in the "
        "council by-election and the hustings are that evening."),
    ("special_categories", "sensitive", "chat",
        "Customer: can I leave my kit bag in the office on Saturday? I'm out leafleting for Labour in the "
        "town centre before the match || Agent: Sure, just hand it to reception."),
    ("special_categories", "sensitive", "dm",
        "Won't be at training Wednesday, I'll be at the anti-deportation demo outside the immigration centre. "
        "Back next week!"),
    ("special_categories", "sensitive", "agent_note",
        "Agent note: Coach Bryce asked not to be rostered on July 4, he sits on the county Republican "
        "committee and runs the party picnic that day."),
    ("special_categories", "sensitive", "voicemail",
        "Hi, it's Niall, I'm out canvassing for Sinn Féin the next three Saturdays before the election, so I "
        "can't run the U10 session. Can someone cover? Thanks."),
    ("special_categories", "sensitive", "review",
        "Review: 1 star. The receptionist clocked my Reform UK badge and was off with me all afternoon. || "
        "Reply: We're sorry to read this. Everyone should be treated with respect and we'll look into it."),
    ("special_categories", "sensitive", "email",
        "Hi, I'm the Unison rep for our ward at the hospital and the branch meeting has moved to Tuesdays, so "
        "could I shift my adult swim to Wednesdays? Thanks, Carol"),
    ("special_categories", "sensitive", "sms",
        "strike day thurs so i can do day camp cover if u need, NEU been out twice this month lol"),
    ("special_categories", "sensitive", "chat",
        "Customer: do you do a union member discount? I'm in the GMB. || Agent: We don't have a GMB "
        "partnership, sorry, but there's a key-worker rate if that applies."),
    ("special_categories", "sensitive", "agent_note",
        "Agent note: Lifeguard Tom says he has joined Unite and wants any future rota disputes to go through "
        "his union rep. Forwarded to HR."),
    ("special_categories", "sensitive", "call",
        "[transcript] Caller says he's a NUMSA shop steward and the union rally is on the Saturday of the "
        "gala, asks if his son's 50m heat can move to the Sunday. Agent checked, moved heat."),
    ("special_categories", "sensitive", "email",
        "Hi, my wife and I want to do the couples' adult beginner block. Is it ok to book under both our "
        "names, Jess and Hannah Moreno? Thanks!"),
    ("special_categories", "sensitive", "chat",
        "Customer: is the LGBT+ swim club on Tuesdays open to new people? I'm bi and have been looking for "
        "somewhere relaxed || Agent: Yes, it's open to everyone and your first session is free."),
    ("special_categories", "sensitive", "dm",
        "hey me and my boyfriend want to do the adult beach volleyball, is there a couples rate? (we're both "
        "blokes if that matters for sorting teams lol)"),
    ("special_categories", "sensitive", "agent_note",
        "Agent note: Mr Adeyemi says his husband will do pick-ups from now on. Added Mr Kwame Boateng to the "
        "collection list for both children."),
    ("special_categories", "sensitive", "review",
        "Review: Finally a club where I can be openly gay in the changing room without the 'banter'. 5 stars. "
        "|| Reply: Thank you, that means a lot to the whole team."),
    ("special_categories", "sensitive", "forwarded",
        "Fwd from club secretary: 'Coach Lee came out to the squad last week and a couple of parents have "
        "made remarks on the WhatsApp. Please can head office advise how we handle it?'"),
    ("special_categories", "sensitive", "sms",
        "sorry missed my 7am lesson, had a late one with a new fella off the app haha, wont happen again"),
    ("special_categories", "sensitive", "chat",
        "Customer: can I move to the 7am slot on Tuesdays? || Agent: Sure, is there a reason I should note? "
        "|| Customer: honestly we're trying for a baby and our evenings are, um, scheduled right now haha || "
        "Agent: Ha, moved you!"),
    ("special_categories", "sensitive", "agent_note",
        "Agent note: Customer asked for his ex to be removed from the joint membership. Said they'd been in "
        "an open relationship that has now ended and bumping into each other is awkward. Split accounts."),
    ("special_categories", "sensitive", "dm",
        "sorry I was so distracted at training lol, new girlfriend and we barely slept all weekend if you "
        "know what I mean. anyway can you send me the drills video?"),
    ("special_categories", "sensitive", "email",
        "Hi, I'm a trans woman and I'd like to join the adult women's netball league. What's your policy and "
        "do I need to provide anything?"),
    ("special_categories", "sensitive", "chat",
        "Customer: Can you change my son's name on his swim account from Emily to Ethan? He's transitioning "
        "and school have already updated theirs. || Agent: Of course, done. Would you like his pronouns noted "
        "for coaches?"),
    ("special_categories", "sensitive", "web_form",
        "Title: Mx. Name: Robin Ashcroft. Gender: Non-binary. Request: Can I use the accessible changing room "
        "rather than the men's or women's?"),
    ("special_categories", "sensitive", "sms",
        "hi my daughter is trans n nervous about the camp changing rooms, is there a private option"),
    ("special_categories", "sensitive", "agent_note",
        "Agent note: Adult learner Dee asked that the name on her bank card not be read out at reception; she "
        "transitioned last year and the card hasn't been reissued yet."),
    ("special_categories", "sensitive", "voicemail",
        "Hiya, it's Alex, I've just started on testosterone as part of my transition and wondered if there's "
        "a rule about that for the men's masters competitions. Give me a ring back. Ta."),
    ("special_categories", "sensitive", "email",
        "Hi, our son's genetic testing has confirmed Marfan syndrome and the cardiologist says no contact "
        "sports, so can he move from the football squad to swimming? Thanks, Paula"),
    ("special_categories", "sensitive", "chat",
        "Customer: Can I get a refund on the gym induction? I've just had my genetic results back, I carry "
        "the gene for hypertrophic cardiomyopathy and I need to see a specialist first. || Agent: Of course, "
        "refunded."),
    ("special_categories", "sensitive", "agent_note",
        "Agent note: Coach mentioned she tested positive for the Huntington's gene and may reduce her hours "
        "over the next year. Confidential, flagged to HR only."),
    ("special_categories", "sensitive", "web_form",
        "Anything we should know? Our son has a 22q11 deletion on his genetic report. He's fine to swim but "
        "may need instructions repeated."),
    ("special_categories", "sensitive", "email",
        "Hi, I don't consent to the new fingerprint entry at Quayside. You scanned my fingerprints at "
        "sign-up; please delete my fingerprint template from your system and issue me a card instead."),
    ("special_categories", "sensitive", "chat",
        "Customer: the face recognition gate doesn't know me since I grew a beard || Agent: I'll reset your "
        "facial template, please pop to reception and we'll re-enrol your face scan."),
    ("special_categories", "sensitive", "agent_note",
        "Agent note: Member requested deletion of her stored palm-vein scan used for locker access. Done, "
        "template ID 88213 deleted, confirmation emailed."),
    ("special_categories", "sensitive", "sms",
        "gate wont take my thumbprint again, waited 10 mins outside. can u re-register it"),
    ("special_categories", "sensitive", "call",
        "[transcript] Caller asked why her daughter's face scan from the camp check-in kiosk had been shared "
        "with the league app. Agent said the kiosk stores facial geometry for sign-in and escalated to the "
        "data protection officer."),
    ("special_categories", "benign", "email",
        "Hi, we're on the community committee at Al-Noor Mosque and would like to book the sports hall for an "
        "Eid community football tournament on 14 April, about 60 people. Can you send a quote?"),
    ("special_categories", "benign", "chat",
        "Customer: Are the camps running over Christmas week? || Agent: We close 24 to 27 December and reopen "
        "on the 28th."),
    ("special_categories", "benign", "web_form",
        "Does your café offer halal and kosher options? I'm the catering manager at Bayview Conference Centre "
        "and we're looking at bringing delegates over for lunch."),
    ("special_categories", "benign", "sms",
        "do u sell the rainbow laces for the pride round? need 2 pairs"),
    ("special_categories", "benign", "email",
        "Hello, I'm events officer at Westbay College Students' Union. We'd like to book a five-a-side pitch "
        "for our freshers' tournament in late September."),
    ("special_categories", "benign", "dm",
        "What does 'Union Street' mean on my fixture list? Is that the pitch near the station?"),
    ("special_categories", "benign", "email",
        "Is Pride of Bayfield Netball in Division 2 or 3 this season? I can't find them on the league table."),
    ("special_categories", "benign", "chat",
        "Customer: your website says 'mixed gender' for adult touch rugby, does that mean a minimum number of "
        "women on the pitch? || Agent: Yes, at least three at all times."),
    ("special_categories", "benign", "web_form",
        "Does the new app support Face ID or fingerprint login on iPhone?"),
    ("special_categories", "benign", "review",
        "Review: Coach Maya is a natural, it must be in her genes! My front crawl has come on loads. || "
        "Reply: We'll tell Maya, thanks!"),
    ("special_categories", "benign", "email",
        "Hi, I see the polling station sign is up at Millbrook Leisure Centre. Will the sports hall be closed "
        "on election day?"),
    ("special_categories", "benign", "call",
        "[transcript] Caller from St Aidan's Church asked to book the pitches for the parish fun day. Agent "
        "took the booking for 22 June and emailed the invoice."),
    ("special_categories", "benign", "agent_note",
        "Agent note: Request from Bayfield Cultural Association, organisers of the Diwali Mela, for stall "
        "space at the summer gala. Passed to events team."),
    ("special_categories", "benign", "email",
        "Is the Ethnic Minorities in Coaching bursary something a club can apply for on behalf of its "
        "volunteers? I'm our club development officer and just want to understand the process."),
    ("special_categories", "benign", "chat",
        "Customer: Is the Easter holiday camp running on Good Friday? || Agent: No, we're closed Good Friday "
        "and Easter Monday."),
    ("special_categories", "benign", "email",
        "Hi, is the Black Friday discount on swim kits still valid? The code BLACKFRI25 isn't working."),
    ("special_categories", "benign", "sms",
        "hey whats the dress code for the awards night, black tie?"),
    ("special_categories", "benign", "dm",
        "Does the Gender Equality in Sport talk on the 12th need booking? Interested as a coach."),
    ("special_categories", "benign", "email",
        "I'm writing a university essay on religion and sport in Britain. Does Baywater have a general policy "
        "on accommodating prayer times that I could cite?"),
    ("special_categories", "benign", "chat",
        "Customer: is there a prayer room at Quayside? Asking for a visiting team we're hosting on Sunday. || "
        "Agent: Yes, the quiet room on the first floor."),
    ("special_categories", "benign", "web_form",
        "Which party runs the council that owns the leisure centres? Trying to work out who to complain to "
        "about the new parking charges."),
    ("special_categories", "benign", "voicemail",
        "Hi, this is Carl from Deacon Road Social Club, we'd like to hire the sports hall on a Saturday night "
        "in October for a darts and disco fundraiser. Ring me back please."),
    ("special_categories", "benign", "email",
        "Our company's diversity and inclusion network wants to run a sports taster day for staff. Do you do "
        "corporate packages, and can we mix swimming with netball?"),
    ("special_categories", "benign", "chat",
        "Customer: the fingerprint reader on locker 42 is broken, it just keeps beeping || Agent: Thanks, "
        "maintenance has been notified."),
    ("special_categories", "benign", "agent_note",
        "Agent note: Customer asked whether we store biometric data. Confirmed we don't; entry is by QR code "
        "only."),
    ("special_categories", "benign", "email",
        "Hello, we're a genetics research lab at Westbay University and our social committee would like to "
        "book a staff rounders afternoon, 25 people, Friday 6 June."),
    ("special_categories", "benign", "review",
        "Review: Brilliant multicultural food stalls at the summer gala, the jollof was unreal. || Reply: "
        "Thanks, we'll pass that on to the traders!"),
    ("special_categories", "benign", "sms",
        "is the mosque car park next to the pitches ok to use sat? someone said its private"),
    ("special_categories", "benign", "chat",
        "Customer: Are your coaches trained on including trans and non-binary participants? It's a policy "
        "question for our club's annual review. || Agent: Yes, every coach completes our Inclusive Sport "
        "module."),
    ("special_categories", "benign", "email",
        "Hi, our choir, Bayfield Gospel Voices, is performing at your summer gala. Please can we have a sound "
        "check at 11?"),
    ("special_categories", "benign", "dm",
        "who won the Kosher Deli Cup final on sunday? heard it went to pens"),
    ("special_categories", "benign", "web_form",
        "Is there a kirpan policy for your venues? I'm drafting a venue access policy for our sports "
        "federation and want to benchmark against other operators."),
    ("special_categories", "benign", "chat",
        "Customer: do you do a Pride month discount? saw something on insta || Agent: Yes, code PRIDE15 is "
        "valid until 30 June."),
    ("special_categories", "benign", "email",
        "Our trade body, the Leisure Operators Association, is running a survey on member satisfaction. Would "
        "Baywater like to take part?"),
    ("special_categories", "benign", "agent_note",
        "Agent note: Enquiry from Bayfield Conservative Club about hiring the bar area for a quiz night. Sent "
        "the rate card."),
    ("special_categories", "benign", "voicemail",
        "Hi, it's Faisal from Crescent Catering, just confirming the halal burger order for the camp "
        "barbecue, 200 patties, delivery Thursday morning."),
    ("special_categories", "benign", "review",
        "Review: The Unity Cup was a great day out, so many teams from all over town. || Reply: Thanks for "
        "coming, see you next year!"),
    ("special_categories", "benign", "email",
        "Hi, please can you send the Division 1 netball fixture list as a PDF? The link on the website is "
        "broken."),
    ("special_categories", "benign", "sms",
        "running 10 mins late for 6pm lesson, traffic"),
    ("special_categories", "benign", "chat",
        "Customer: can I upgrade from off-peak to full membership? || Agent: Yes, it's £9 more a month, shall "
        "I apply it from your next billing date?"),
    ("special_categories", "benign", "call",
        "[transcript] Caller asked whether the outdoor pitches are 3G or grass. Agent confirmed 3G at "
        "Millbrook and grass at Harbour Park."),
    ("special_categories", "benign", "web_form",
        "The online shop took my payment but I never got an order confirmation. Order BW-S-3391."),
    ("special_categories", "benign", "email",
        "Hi, what's the deadline for registering teams for the summer 5-a-side league? Thanks, Tom (Harbour "
        "Rovers)"),
    ("special_categories", "benign", "dm",
        "what time does the cafe open on sundays"),
    ("special_categories", "benign", "agent_note",
        "Agent note: Customer complained about cold showers in the men's changing at Quayside. Logged with "
        "facilities, ref FAC-2219."),
    ("special_categories", "benign", "voicemail",
        "Hi, it's Jan, I left a green water bottle in studio 2 last night, could you check lost property? "
        "Thanks."),
    ("special_categories", "benign", "review",
        "Review: Lanes are overcrowded at 7am, please add more. || Reply: Thanks, we're reviewing lane "
        "allocation for early sessions."),
    ("special_categories", "benign", "email",
        "Good day, kindly confirm receipt of our payment for the pitch hire of the 12th. Ref: BFC/PAY/0412. "
        "Thank you."),
    ("special_categories", "benign", "chat",
        "Customer: Can I bring a guest to the adult swim? || Agent: Yes, guest passes are £5 at reception."),
    ("special_categories", "benign", "sms",
        "fyi the card reader at the pitchside kiosk is down again"),
    # ---- financial_hardship
    ("financial_hardship", "sensitive", "email",
        "Hi, I'm really sorry but I can't pay this term's swim fees for the girls. I was made redundant in "
        "January and we're only just keeping our heads above water. Is there any kind of bursary? Thanks, "
        "Janine"),
    ("financial_hardship", "sensitive", "sms",
        "since they let me go at the warehouse money's been tight, can u stop the DD for my adult block for "
        "now"),
    ("financial_hardship", "sensitive", "chat",
        "Customer: Do you do a concession rate? I'm on Universal Credit. || Agent: Yes, 50% off with proof of "
        "entitlement. || Customer: great I'll bring my statement in"),
    ("financial_hardship", "sensitive", "agent_note",
        "Agent note: Customer explained the £186 arrears are because she was evicted last month and is "
        "staying with her sister. Agreed £20/month plan. Do NOT pass to collections."),
    ("financial_hardship", "sensitive", "email",
        "I've had a letter from Crestline Recovery about £92 owed to Baywater. I didn't know it had gone to a "
        "debt collector. Can we sort this out directly? I'm already behind on a few other things and can't "
        "take more fees."),
    ("financial_hardship", "sensitive", "call",
        "[transcript] Caller says he was declared bankrupt in March and his trustee has told him to cancel "
        "non-essential direct debits, including the family membership. Agent cancelled and waived the notice "
        "period."),
    ("financial_hardship", "sensitive", "web_form",
        "Reason for cancellation: Can't afford it any more. Husband's hours were cut to nothing and we're "
        "choosing between food and activities at the moment."),
    ("financial_hardship", "sensitive", "dm",
        "Hey, is there any way to keep my son's place in squad without paying till March? Things have been "
        "grim since the business went under."),
    ("financial_hardship", "sensitive", "voicemail",
        "Hi, it's Marie Collins, I got the reminder about the camp balance. I honestly don't have it this "
        "month, the landlord's served us notice and everything's going on a deposit. Could someone call me?"),
    ("financial_hardship", "sensitive", "email",
        "Respected Madam, my husband lost his job at the IT company last month and we are unable to pay the "
        "remaining £240 for our son's cricket academy. Kindly allow us to pay in instalments. Regards, "
        "Lakshmi"),
    ("financial_hardship", "sensitive", "email",
        "Please I am pleading for more time to pay the camp fee. Things are very hard since I was sacked and "
        "my salary arrears were never paid. I will pay by month end by God's grace. Thank you."),
    ("financial_hardship", "sensitive", "chat",
        "Customer: my payment failed again || Agent: Sorry about that, shall I retry the card? || Customer: "
        "no point, nothing in the account till my PIP comes through on the 28th || Agent: No problem, I've "
        "moved the collection to the 29th."),
    ("financial_hardship", "sensitive", "chat",
        "Customer: Can I change my direct debit date? || Agent: Of course. I see from last month's note "
        "you're on a debt management plan with StepWise, shall we put it after your plan payment on the 5th? "
        "|| Customer: Yes please, the 8th."),
    ("financial_hardship", "sensitive", "email",
        "Hi, I entered an IVA last week and my insolvency practitioner says I need to let creditors know. "
        "You're listed for the £310 camp invoice. Their contact details are attached."),
    ("financial_hardship", "sensitive", "sms",
        "food bank run on wed clashes with my lesson, can i swap to thurs? also is the free place scheme "
        "still going"),
    ("financial_hardship", "sensitive", "email",
        "Hey, I got laid off Friday and need to cancel summer travel soccer for both kids. Is the deposit "
        "refundable at all? We really need it back right now."),
    ("financial_hardship", "sensitive", "web_form",
        "Hi, we're on Centrelink at the moment after I got retrenched. Does your swim school take the Active "
        "Kids voucher, and is there a hardship rate?"),
    ("financial_hardship", "sensitive", "email",
        "Good day, my account is in arrears because I've been unemployed since the mine closed. Please don't "
        "hand it over to the attorneys, I can pay R200 a month until it's settled."),
    ("financial_hardship", "sensitive", "agent_note",
        "Agent note: Coach Priya asked for an advance on her April pay, said she's behind on rent and "
        "bailiffs have been round. Referred to the HR hardship fund."),
    ("financial_hardship", "sensitive", "call",
        "[transcript] Caller's mum is behind on her over-60s membership. Caller says her mum's pension "
        "doesn't stretch since the heating bill and she's had a final demand from the energy company. Agent "
        "froze the membership at no charge."),
    ("financial_hardship", "sensitive", "web_form",
        "Could the club waive the subs for my daughter this season? We're in emergency accommodation through "
        "the council until they find us somewhere."),
    ("financial_hardship", "sensitive", "email",
        "Hi, I'm only on the Jobseeker's at the moment so I'll have to drop the adult lessons. Will I lose my "
        "place for when things pick up? Thanks, Siobhán"),
    ("financial_hardship", "sensitive", "email",
        "Good day! I'm an OFW and my contract was terminated early, so I can't continue paying for my son's "
        "swimming. Can you hold his slot for 2 months while I look for work?"),
    ("financial_hardship", "sensitive", "email",
        "Hi, is there any ComCare-linked subsidy for your holiday camp? Our household has been on ComCare "
        "assistance since my husband's retrenchment."),
    ("financial_hardship", "sensitive", "dm",
        "honestly cant cover the kit fee, got a CCJ last month and everything's maxed. is there a second hand "
        "kit bin?"),
    ("financial_hardship", "sensitive", "sms",
        "pls dont send to collections, ill pay the £45 when my SSP comes thru, been off 3 wks"),
    ("financial_hardship", "sensitive", "agent_note",
        "Agent note: Harbour Rovers secretary says their treasurer lost his job and paid the league fees from "
        "his own overdraft, which bounced. Asked for 4 weeks' grace on behalf of the club. Granted."),
    ("financial_hardship", "sensitive", "email",
        "Hello, I write for my neighbour Mrs Horvat who not speak English good. She lose the work and have "
        "debt with the bank, she ask if the child swimming can be pay later. Thank you very much."),
    ("financial_hardship", "sensitive", "chat",
        "Customer: is there a fee to pause membership? || Agent: £5 a month to hold your slot. || Customer: "
        "even that's hard right now tbh, the lender's started repossession proceedings on the house"),
    ("financial_hardship", "sensitive", "review",
        "Review: 5 stars. When I told them I'd lost my job and couldn't pay for my boy's last month, they let "
        "him finish the season free. Can't thank them enough. || Reply: It was our pleasure, best of luck to "
        "you both."),
    ("financial_hardship", "benign", "email",
        "Hi, sorry I paid the camp invoice a week late, completely forgot it was due. Can you confirm there's "
        "no late fee? Paid in full on the 12th."),
    ("financial_hardship", "benign", "chat",
        "Customer: Is there a payment plan option for the annual membership? || Agent: Yes, you can pay "
        "monthly at no extra cost."),
    ("financial_hardship", "benign", "sms",
        "card declined? just got a new card from the bank, will update it tonight"),
    ("financial_hardship", "benign", "email",
        "Hi, our club treasurer is changing, so please update the invoice contact to Jim Barlow, "
        "treasurer@harbourrovers.example. Thanks."),
    ("financial_hardship", "benign", "web_form",
        "Do you accept Tax-Free Childcare payments for holiday camps?"),
    ("financial_hardship", "benign", "dm",
        "the bowling machine at the cricket nets is broke again lol"),
    ("financial_hardship", "benign", "agent_note",
        "Agent note: BayCredit Ltd (debt collection agency) cold-called offering to chase our unpaid pitch "
        "hire invoices. Declined."),
    ("financial_hardship", "benign", "email",
        "Hello, our kit supplier Stitchline has gone into administration. Will the existing order for our "
        "club's new shirts through your shop still be honoured?"),
    ("financial_hardship", "benign", "chat",
        "Customer: Can I get a receipt for my employer? They reimburse gym costs. || Agent: Sure, emailed it "
        "to you now."),
    ("financial_hardship", "benign", "call",
        "[transcript] Caller from Lodestar Accountancy asked for the annual statement of pitch hire charges "
        "for their client Harbour Rovers FC. Agent sent it after verifying with the club."),
    ("financial_hardship", "benign", "web_form",
        "Is the early-bird discount for summer camp still on? The code EARLY20 says invalid."),
    ("financial_hardship", "benign", "email",
        "Kindly send the revised quotation for the corporate package including GST. Our finance team needs it "
        "for approval this week."),
    ("financial_hardship", "benign", "sms",
        "paid twice for the block, pls refund 1"),
    ("financial_hardship", "benign", "review",
        "Review: Good value compared to other pools round here. || Reply: Thanks, glad you think so!"),
    ("financial_hardship", "benign", "voicemail",
        "Hi, it's Dave, the direct debit went out on the 1st but I've changed banks, just want to make sure "
        "the next one won't bounce. Call me back when you can."),
    ("financial_hardship", "benign", "chat",
        "Customer: What happens if a direct debit fails? Just asking so I know. || Agent: We retry after 5 "
        "days, no fee the first time."),
    ("financial_hardship", "benign", "email",
        "Hi, I'm writing a business plan for a new community pool and would love to know how you structure "
        "concession pricing, if that's something you share publicly."),
    ("financial_hardship", "benign", "dm",
        "got the bill for the awards dinner and it says £0.00, is that right? don't want to be chased later "
        "haha"),
    ("financial_hardship", "benign", "agent_note",
        "Agent note: Customer forgot to cancel before the renewal date. Refunded as goodwill since no visits "
        "used."),
    ("financial_hardship", "benign", "email",
        "We're a debt advice charity, Clearpath Money Advice, and would like to book the meeting room for a "
        "staff training day. Do you offer charity rates?"),
    ("financial_hardship", "benign", "chat",
        "Customer: Can I use a gift voucher and a discount code together? || Agent: Yes, apply the voucher "
        "first, then the code at checkout."),
    ("financial_hardship", "benign", "call",
        "[transcript] Caller's mum paid for his adult swim block as a birthday present and he wanted the "
        "receipt in her name. Agent reissued it."),
    ("financial_hardship", "benign", "email",
        "Please change my direct debit date to the 15th. Thanks, Aled"),
    ("financial_hardship", "benign", "sms",
        "wat time does reception close on fri"),
    ("financial_hardship", "benign", "chat",
        "Customer: do you sell gift vouchers? || Agent: Yes, online from £10."),
    ("financial_hardship", "benign", "web_form",
        "Request: invoice copy for March pitch hire, Harbour Park, Saturday 10am slot."),
    ("financial_hardship", "benign", "email",
        "Hi, the website says adult lessons are £72 but the booking page says £78. Which is right?"),
    ("financial_hardship", "benign", "voicemail",
        "Hi, it's Rosa, I bought the netball kit bundle but the socks were missing. Order 5521. Thanks."),
    ("financial_hardship", "benign", "agent_note",
        "Agent note: Prices updated for autumn term; all customer-facing pages amended."),
    ("financial_hardship", "benign", "dm",
        "do u take apple pay at the kiosk?"),
    # ---- violence_self_harm
    ("violence_self_harm", "sensitive", "email",
        "I need to make a formal complaint about another parent at the U11 match on Saturday at Harbour Park. "
        "After the final whistle he came over to the touchline, jabbed his finger in my face and said he'd "
        "'sort me out in the car park' because I'd asked him to stop swearing at the referee. My wife and two "
        "other parents heard it. He then waited by my car until I left by the other gate. I don't feel "
        "comfortable being at the next fixture if he is there, and neither does my wife. I'd like to know "
        "what the league will do before next weekend, and whether he can be kept away from the ground. I'm "
        "happy to give a statement. Regards, Stephen Oduya"),
    ("violence_self_harm", "sensitive", "chat",
        "Customer: can I switch to Quayside instead of Millbrook for my swims? || Agent: Sure, any reason? || "
        "Customer: my ex has started turning up at Millbrook when I'm in the pool and he's not meant to come "
        "anywhere near me || Agent: I'm sorry. I've moved you and flagged it with the duty manager."),
    ("violence_self_harm", "sensitive", "agent_note",
        "Agent note: During the call the adult learner said she 'doesn't see the point in anything any more' "
        "and 'won't be around for the next block'. Followed wellbeing protocol, gave Samaritans number, "
        "escalated to duty manager for a call back today."),
    ("violence_self_harm", "sensitive", "sms",
        "pls dont put my address on the team sheet, my partner hits me n i left last wk. staying at my mums"),
    ("violence_self_harm", "sensitive", "voicemail",
        "Hi, it's Corinne, netball club secretary. One of our girls has told a coach that her stepdad hurts "
        "her at home. We've followed our procedure but I need your safeguarding lead to ring me back today "
        "please."),
    ("violence_self_harm", "sensitive", "dm",
        "Someone keeps messaging me from a fake account saying they know where I train and what car I drive. "
        "It's been going on since I reffed the derby. What should I do?"),
    ("violence_self_harm", "sensitive", "email",
        "Dear Sir, I regret to inform that my son was beaten by senior boys in the changing room after "
        "Thursday practice and has bruises on his back. Kindly take strict action against them."),
    ("violence_self_harm", "sensitive", "call",
        "[transcript] Caller, an adult learner, became tearful and said she's been cutting again and can't "
        "face the changing rooms with her arms showing. Agent offered a private cubicle, shared support "
        "details and logged under the wellbeing policy."),
    ("violence_self_harm", "sensitive", "web_form",
        "Complaint: A coach from the Easter camp keeps sending my 14-year-old private messages on Instagram "
        "telling her she's 'mature for her age' and to keep it between them. I have screenshots."),
    ("violence_self_harm", "sensitive", "chat",
        "Customer: I'd like to cancel my membership. || Agent: Sorry to see you go. Is this about what you "
        "told Lauren last week, your neighbour threatening you in the car park? We can ban him from site. || "
        "Customer: yes, I just don't feel safe there."),
    ("violence_self_harm", "sensitive", "review",
        "Review: 1 star. My daughter was picked on all week at holiday camp, called names and pushed into the "
        "pool, and staff did nothing. || Reply: We're so sorry. Our safeguarding lead will contact you today."),
    ("violence_self_harm", "sensitive", "sms",
        "mate some bloke off the other side swung at our keeper after the game, punched him in the face. "
        "police not called yet, whats the league process"),
    ("violence_self_harm", "sensitive", "forwarded",
        "Fwd from Coach Ade: 'One of my U16s told me last night he's been thinking about ending it all. I've "
        "told his mum and the welfare officer but wanted head office to know too.'"),
    ("violence_self_harm", "sensitive", "email",
        "Good evening. Somebody has been calling my phone threatening to harm me because I refused to select "
        "his son for the team. I am afraid to go to training. Please what can the club do?"),
    ("violence_self_harm", "sensitive", "agent_note",
        "Agent note: Lifeguard reported a member had bruising like grab marks around both wrists; member said "
        "her husband 'gets rough when he's had a drink'. Offered DV helpline info, member declined further "
        "help."),
    ("violence_self_harm", "sensitive", "chat",
        "Customer: I need to step back from coaching for a while. I'm in a bad place and ended up in the ER "
        "last week after I took too many pills. || Agent: I'm really sorry. Take all the time you need. If "
        "things get dark again you can call or text 988 any time."),
    ("violence_self_harm", "sensitive", "dm",
        "that guy from the tuesday masters keeps touching my lower back and making comments in the hot tub. "
        "ive told him to stop twice"),
    ("violence_self_harm", "sensitive", "email",
        "Howzit, a parent said he'd moer me if his laaitie didn't get more game time. Please can someone from "
        "the league be at Saturday's game?"),
    ("violence_self_harm", "sensitive", "web_form",
        "Please help. The man of my sister, he live with her, is violent, he break her phone and push her. "
        "She want to stop the aqua class because he follow her there. Please do not give him any information."),
    ("violence_self_harm", "sensitive", "voicemail",
        "Hi, it's Deirdre, ringing about the group chat. Someone posted a photo of my lad with horrible stuff "
        "written on it and told him to go kill himself. Please ring me back."),
    ("violence_self_harm", "benign", "sms",
        "we smashed it on sat! any photos of the cup final?"),
    ("violence_self_harm", "benign", "email",
        "Hi, the Killer Whales squad kit order is missing two caps. Order 4471."),
    ("violence_self_harm", "benign", "chat",
        "Customer: is the adult self-defence class on Thursday still running? || Agent: Yes, 7pm in studio 1."),
    ("violence_self_harm", "benign", "review",
        "Review: Bowling session was brutal but brilliant, my arms are dead. || Reply: Haha, glad you enjoyed "
        "it!"),
    ("violence_self_harm", "benign", "web_form",
        "Do you have a policy on threatening behaviour from spectators? We're a visiting club writing our own "
        "code of conduct and want to align."),
    ("violence_self_harm", "benign", "dm",
        "Coach Raj's killer serve masterclass was unreal"),
    ("violence_self_harm", "benign", "agent_note",
        "Agent note: Customer reported a 'threat of thunderstorms' banner on the app blocking bookings. "
        "Cleared the stale weather alert."),
    ("violence_self_harm", "benign", "email",
        "Our team got knocked out in the quarter-finals, do we still get fixtures for the plate competition?"),
    ("violence_self_harm", "benign", "call",
        "[transcript] Caller asked about the Beat the Coach challenge at the gala and whether adults can "
        "enter. Agent said yes, £2 entry."),
    ("violence_self_harm", "benign", "chat",
        "Customer: the penalty shoot-out rules for the tournament, is it 5 each then sudden death? || Agent: "
        "Correct."),
    ("violence_self_harm", "benign", "email",
        "Hi, I'm booking a team-building day for our office and someone mentioned 'Dodgeball Massacre'. Is "
        "that a real package you run?"),
    ("violence_self_harm", "benign", "sms",
        "the app keeps crashing, its killing me lol"),
    ("violence_self_harm", "benign", "voicemail",
        "Hi, it's Glenn, we'd like to enter two teams in the Bay Blitz tournament. Can you send the entry "
        "form?"),
    ("violence_self_harm", "benign", "web_form",
        "Where can I read your anti-bullying policy? We're comparing providers for our school's after-school "
        "club."),
    ("violence_self_harm", "benign", "review",
        "Review: Football camp was a riot in the best way, super well organised. || Reply: Thanks, see you "
        "next year!"),
    ("violence_self_harm", "benign", "email",
        "Could you send me the timetable for spring term adult lessons?"),
    ("violence_self_harm", "benign", "chat",
        "Customer: is there a water fountain at Harbour Park? || Agent: Yes, by the pavilion."),
    ("violence_self_harm", "benign", "sms",
        "hi can i get a replacement membership card, lost mine"),
    ("violence_self_harm", "benign", "agent_note",
        "Agent note: Updated customer's phone number on request."),
    ("violence_self_harm", "benign", "call",
        "[transcript] Caller asked if the gymnastics hall is available for private hire on Sunday mornings. "
        "Agent emailed the hire form."),
    # ---- legal
    ("legal", "sensitive", "email",
        "Please note I have the final hearing in my divorce on 3 June at the county court and won't be able "
        "to coach that week. Could someone cover the U12s? Thanks, Mark"),
    ("legal", "sensitive", "agent_note",
        "Agent note: Customer provided a copy of a non-molestation order against her ex-partner, Gary Finch. "
        "Added to site alert list at Quayside and Millbrook; he is not to be admitted."),
    ("legal", "sensitive", "chat",
        "Customer: I need to disclose something for my coaching application, I have a caution from 2016 for "
        "shoplifting. Does that rule me out? || Agent: Not automatically, our safeguarding panel reviews each "
        "case."),
    ("legal", "sensitive", "sms",
        "cant do sat, got to go to the police station to give a statement about the break in at mine"),
    ("legal", "sensitive", "email",
        "Hi, I'm bringing a personal injury claim over my fall on the wet poolside in February. My "
        "solicitors, Hartwell & Co, will be in touch. Please preserve the CCTV from 14 February."),
    ("legal", "sensitive", "call",
        "[transcript] Caller says her husband was arrested on Friday and his bail conditions stop him "
        "entering Bayfield, so he can't do the Sunday league drop-offs. Asked to change the collection "
        "contact. Agent updated it."),
    ("legal", "sensitive", "web_form",
        "My brother's just come out after doing 18 months. He's a decent footballer and wants to volunteer "
        "with the adult team to keep himself straight. Is that something you'd consider?"),
    ("legal", "sensitive", "dm",
        "my lawyer says i shouldnt talk to the other parent directly while the case is ongoing, so can all "
        "the carpool stuff go through you guys?"),
    ("legal", "sensitive", "voicemail",
        "Hi, this is Raymond Ekwueme, I'm on a tag till the end of the month so I can't be out after 7pm. Can "
        "you move my adult lessons to daytime? Thanks."),
    ("legal", "sensitive", "email",
        "Dear Team, my brother-in-law has filed a case against me in the family court regarding property and "
        "I have to attend hearings on Tuesdays. Kindly shift my son's coaching to Thursdays. Regards, Rajesh"),
    ("legal", "sensitive", "chat",
        "Customer: Why hasn't my coaching application moved? || Agent: Your enhanced check came back showing "
        "a 2019 conviction for assault, so it's with our safeguarding panel. We'll update you by Friday. || "
        "Customer: ok."),
    ("legal", "sensitive", "email",
        "Hi, I'm suing the driver who hit me in March and my attorney needs proof I was attending your aqua "
        "rehab program before the accident. Can you send my attendance records?"),
    ("legal", "sensitive", "agent_note",
        "Agent note: Police (DC Hollis, ref 44/2291/24) requested CCTV for 2 March relating to an assault "
        "allegation against member J. Tranter. Provided under the data protection exemption."),
    ("legal", "sensitive", "sms",
        "Good morning. Please I won't come to training this week, my landlord took me to court and the matter "
        "is coming up Wednesday."),
    ("legal", "sensitive", "chat",
        "Customer: got an AVO against my ex last month, can you make sure she can't see my bookings on the "
        "family account? || Agent: Done, I've split the accounts and removed her access."),
    ("legal", "benign", "email",
        "Hi, can we book netball court 2 at Millbrook on Wednesday evenings through May?"),
    ("legal", "benign", "web_form",
        "Corporate booking: Hartley Barnes Solicitors would like a five-a-side pitch for our staff team on "
        "Thursdays, 6 to 7pm. Please invoice the firm."),
    ("legal", "benign", "chat",
        "Customer: How do I appeal a red card from Sunday's match? || Agent: Fill in the disciplinary appeal "
        "form within 7 days."),
    ("legal", "benign", "sms",
        "was charged twice for court hire lol can u sort"),
    ("legal", "benign", "agent_note",
        "Agent note: Judge allocation for the regional gymnastics competition confirmed, 6 judges per "
        "apparatus."),
    ("legal", "benign", "call",
        "[transcript] Caller from Bayfield Police Sports Club wanted the main pitch for their annual charity "
        "match against the fire service. Agent booked 7 September."),
    ("legal", "benign", "email",
        "Please could you send your terms and conditions for holiday camp bookings? Our legal team wants to "
        "review them before we offer your camps as a staff benefit."),
    ("legal", "benign", "dm",
        "3 match ban for a handball? the disciplinary panel's sentence was harsh haha"),
    ("legal", "benign", "review",
        "Review: The law of averages says we'll win eventually! Great friendly league though. || Reply: Haha, "
        "keep at it!"),
    ("legal", "benign", "web_form",
        "What's your general policy on filming at matches? Our club's data protection officer wants to check "
        "we're GDPR compliant."),
    ("legal", "benign", "chat",
        "Customer: Do you need a DBS check to volunteer at the tuck shop? General question before I apply. || "
        "Agent: Not for tuck shop roles, only coaching and camp leader roles."),
    ("legal", "benign", "email",
        "Hi, is the 5-a-side league running over the summer?"),
    ("legal", "benign", "sms",
        "whats the wifi password at quayside"),
    ("legal", "benign", "voicemail",
        "Hi, it's Imogen, I need to move Thursday's adult lesson to next week please. Thanks."),
    ("legal", "benign", "agent_note",
        "Agent note: Resent booking confirmation; customer's spam filter had caught it."),
    # ---- bereavement
    ("bereavement", "sensitive", "email",
        "Hi, I'm writing to cancel my dad's over-60s membership. He passed away on the 3rd. His name was "
        "Malcolm Reid, member number 20431. Please stop the direct debit. Thank you, Anne"),
    ("bereavement", "sensitive", "sms",
        "wont be at training this wk, we lost mum on sunday. service is thurs"),
    ("bereavement", "sensitive", "chat",
        "Customer: can I move the kids' camp week to later in summer? || Agent: Of course, which week? || "
        "Customer: week 6 if poss, their grandad died and we're going over to Ireland for the funeral"),
    ("bereavement", "sensitive", "agent_note",
        "Agent note: Widow of member Stanley Ferris called; Stan died last month. Refunded remaining 4 months "
        "pro rata, closed account, condolence card sent."),
    ("bereavement", "sensitive", "voicemail",
        "Hi, it's Helen Moss. You've been emailing my son Jack about renewing his squad place. Jack died in a "
        "car accident in April. Please take him off your lists."),
    ("bereavement", "sensitive", "email",
        "Dear Sir, due to the sudden demise of my father-in-law we will be travelling to Chennai for the "
        "rites. Kindly freeze both children's swimming for three weeks. Regards, Kavitha"),
    ("bereavement", "sensitive", "web_form",
        "Reason for pause: We're burying my brother on Friday and I need a few weeks."),
    ("bereavement", "sensitive", "call",
        "[transcript] Caller explained her husband, who held the family membership, passed in January. She "
        "wants it in her name and to keep the children's lessons going. Agent transferred it and waived the "
        "admin fee."),
    ("bereavement", "sensitive", "review",
        "Review: After my wife died, the staff at Quayside made my morning swim feel like a lifeline. Thank "
        "you all. || Reply: Thank you, Bernard. You're always welcome here."),
    ("bereavement", "sensitive", "email",
        "Good day. I wish to inform you that my brother, who was coach of the U10 team, has gone to be with "
        "the Lord. The club will need a replacement coach. Thank you."),
    ("bereavement", "sensitive", "dm",
        "Hi, you tagged my sister in the anniversary photos. She passed last year and seeing her pop up was "
        "really hard. Could you remove the tag?"),
    ("bereavement", "sensitive", "chat",
        "Customer: Can you refund Lily's remaining lessons? || Agent: Of course, and I'm so sorry about her "
        "nan, Coach Beth mentioned the funeral was last week. I've refunded £54. || Customer: Thank you, "
        "that's kind."),
    ("bereavement", "sensitive", "email",
        "Hi, we have to withdraw from the summer league. My husband's mother passed unexpectedly and we're "
        "flying to Ohio for the service."),
    ("bereavement", "sensitive", "email",
        "Good day po, I want to cancel my adult swim because my mother passed away in Iloilo and I will go "
        "home for the burial. Thank you for understanding."),
    ("bereavement", "sensitive", "sms",
        "hey mate can someone else run the juniors sat? my old man carked it tues, sorting the service"),
    ("bereavement", "benign", "sms",
        "my phone died mid-booking, did it go through?"),
    ("bereavement", "benign", "email",
        "Is Saturday's game a dead rubber now we've qualified? Might rest a few players."),
    ("bereavement", "benign", "chat",
        "Customer: the card reader at the pitch is dead || Agent: Thanks, we'll send a technician."),
    ("bereavement", "benign", "dm",
        "RIP Sir Finley, our team mascot goldfish lol. Can we rename the team Finley's Legends for next "
        "season?"),
    ("bereavement", "benign", "web_form",
        "What's the deadline for entering relay teams for the gala?"),
    ("bereavement", "benign", "email",
        "Hi, we're a funeral directors' firm (Ashworth & Sons) and our staff would like to enter a team in "
        "the corporate rounders league. How do we register?"),
    ("bereavement", "benign", "agent_note",
        "Agent note: Dead link on the camp page fixed."),
    ("bereavement", "benign", "call",
        "[transcript] Caller asked about Legends veterans' football and whether you need to be over 35. Agent "
        "confirmed 35 and over."),
    ("bereavement", "benign", "review",
        "Review: I was dead tired after the bootcamp but loved it. || Reply: That's the spirit!"),
    ("bereavement", "benign", "email",
        "Our dog passed away last week, so we don't need the dog-friendly viewing area pass any more. Could "
        "we get a refund for the rest of the season?"),
    ("bereavement", "benign", "chat",
        "Customer: is the memorial garden at Harbour Park open to the public? We'd like a team photo there. "
        "|| Agent: Yes, any time in daylight."),
    ("bereavement", "benign", "email",
        "Hi, can I change my lesson day to Monday?"),
    ("bereavement", "benign", "sms",
        "is there a bike rack at millbrook"),
    ("bereavement", "benign", "voicemail",
        "Hi it's Owen, please send me the Zoom link for the coaches' meeting. Thanks."),
    ("bereavement", "benign", "web_form",
        "Feedback: the showers at Millbrook are lukewarm."),
]


def bay_examples() -> list[dict]:
    """The bay split as labelled tickets (same shape as ``sensitive_eval.build_eval_set``'s)."""
    return stranger_examples("bay", ENTRIES, SUBJECTS)
