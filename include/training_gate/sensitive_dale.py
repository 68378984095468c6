"""dale split: written by a helper who had not seen the detection rules, the anchors or any other split.
Setting: Dalework Spaces, an invented provider of co-working desks, private offices and bookable meeting rooms
in several towns (Kellington, Marsham Quay, Brindle Cross, Oakhithe, Saltmoor, Fenwick Bridge), with fobs and
app entry, printing, mail handling, a cafe and event hire; registers are email, chat, sms, call, agent_note,
web_form, review, voicemail and dm.
The benign half borrows room and product names (the Nursery, Baby Grand, Genesis, Iris, Rainbow Room, FaceKey),
film-night titles, idioms (dead printer, killing me, strike that), organisations acting as organisations (a mosque
committee, a trades council, a Pride CIC, a funeral director, a school office), general policy questions and
routine billing trouble.
70 sensitive and 70 benign tickets for special categories, 50 and 50 for children, 20 and 20 for financial hardship,
15 and 15 for health, legal, bereavement and violence and self-harm.
First reading (policy 2026.11.18, before any change made in response to it; `sensitive_eval.evaluate`, as `make
eval-sensitive`): 94.5 / 4.0 recall / false exclusion in % as shipped, 95.5 / 9.5 without the overruling, 90.0 / 9.0
by the rules alone. Held out (drawn at random before it was written): never tuned or trained on, read as aggregates
only."""

from __future__ import annotations

from training_gate.sensitive_blind import stranger_examples

SUBJECTS: tuple[str, ...] = (
    "Question about my membership",
    "Fob not working",
    "Meeting room booking",
    "Invoice query",
    "Change to my desk plan",
    "Event hire enquiry",
    "Mail handling",
    "Cafe feedback",
    "Printing problem",
    "Cancel my booking",
    "Access to the building",
    "Feedback on my visit",
    "Urgent: please call me back",
    "Privacy request",
)

ENTRIES: list[tuple[str, str, str, str]] = [
    # ---- health
    ("health", "sensitive", "email",
        "Hi Dalework Kellington team, I've got Crohn's and some days I need to get to a loo fast, so "
        "could my fixed desk be moved off the mezzanine to somewhere near the ground floor toilets? Happy "
        "to pay any difference. Thanks, Priya Anand"),
    ("health", "sensitive", "chat",
        "Customer: hiya my fob stopped working at the Marsham Quay door || Agent: Sorry about that! When "
        "did you last use it? Fobs switch off after 30 days without a tap. || Customer: ah that'll be it, "
        "been off 5 weeks after my knee op, still on crutches tbh || Agent: No problem, reactivated now. "
        "The lift on the left is nearest the back entrance."),
    ("health", "sensitive", "agent_note",
        "Member (hot desk, Brindle Cross) says she's 24 weeks pregnant and the bench stools are hurting "
        "her back. Swapped her onto fixed desk F12 with a proper chair at no extra charge until she goes "
        "on leave."),
    ("health", "sensitive", "voicemail",
        "Hi, it's Graham Pell, desk 7 at Oakhithe. Um, I need to freeze my membership for a few months, "
        "I've been diagnosed with bowel cancer and chemo starts on the fourth. Can someone ring me back "
        "on 07700 900231. Thanks. || Agent (callback note): Spoke to Graham, desk frozen from the 1st for "
        "three months, no charge."),
    ("health", "sensitive", "web_form",
        "Form: Accessibility request | Name: Tomasz Wrobel | Site: Saltmoor | Details: I'm a full-time "
        "wheelchair user. The Loft is listed as step-free but the lift was out last Tuesday and I missed "
        "my client meeting. Can you guarantee the lift or give me a ground floor room?"),
    ("health", "sensitive", "sms",
        "hi its Leah, cn u push my 10am snug booking to 11? at the diabetes clinic and theyre running "
        "behind || Agent: Done Leah, Snug now 11:00-12:00. || thx x"),
    ("health", "sensitive", "review",
        "5 stars for the Fenwick Bridge cafe crew. I had a hypo mid-afternoon (type 1, forgot my glucose "
        "tabs) and Marta brought me orange juice and sat with me until I was steady. Above and beyond. || "
        "Reply from Dalework: Thank you so much, we've passed this on to Marta."),
    ("health", "sensitive", "chat",
        "Customer: printer on 2nd floor keeps saying paper jam || Agent: I'll get someone up. Which "
        "printer ID? || Customer: DW-P2-04 i think. sorry if im all over the place today, new ADHD meds "
        "and im not sleeping || Agent: No worries at all, engineer's on the way."),
    ("health", "sensitive", "email",
        "Dear Sir/Madam, I'm writing to ask whether I could move from the open-plan hot desks to one of "
        "the phone booths for longer blocks. I've had a bad run with panic attacks this year and the "
        "noise on the first floor sets them off. My counsellor suggested asking. Best wishes, Hannah "
        "Ridley || Agent: Hi Hannah, absolutely. Booths 5 and 6 can be booked for up to four hours; I've "
        "added that to your account. || Thank you, that's a huge help."),
    ("health", "sensitive", "call",
        "Caller: Hi, I've got Private Office 3 at Kellington. The strip light in the corridor outside is "
        "flickering again and my junior designer, Callum, has photosensitive epilepsy. || Agent: That's a "
        "real risk, I'm logging it as urgent now. || Caller: Thanks, he's working from home until it's "
        "fixed."),
    ("health", "sensitive", "agent_note",
        "Incident log 14/03: member Alan Birch slipped on the wet back stairs at Kellington and landed on "
        "his wrist. First-aider attended, he went to A&E and it's a fracture. Wet floor sign was missing. "
        "Follow up re insurance."),
    ("health", "sensitive", "dm",
        "hey, any chance you can pause my desk for march? I'm in Marsham General with pneumonia, they "
        "reckon another week at least. sorry for the DM, couldnt find the form on my phone || Agent: Of "
        "course, I've paused March and you won't be charged. Get well soon. || ty so much"),
    ("health", "sensitive", "email",
        "Hello, I'm profoundly deaf in one ear and wear a hearing aid in the other. Is the hearing loop "
        "in the Boardroom at Oakhithe actually working? Last time I couldn't follow half the meeting. "
        "Cheers, Derek || Agent: Hi Derek, sorry about that. The loop amplifier had a blown fuse; it's "
        "been replaced and tested today. || Great, thanks."),
    ("health", "sensitive", "chat",
        "Customer: I need to end my private office contract early. || Agent: Sorry to hear that. Notice "
        "is one month; can I ask the reason so I can check for flexibility? || Customer: honestly my "
        "depression has got really bad and I can't face coming in. my GP has signed me off || Agent: "
        "Thank you for telling me. I'll ask the site manager about waiving the notice and come back to "
        "you today."),
    ("health", "sensitive", "web_form",
        "Catering order | Event: Product launch | Room: Boardroom, 18 guests | Dietary notes: I (the "
        "organiser, Sunita Rao) have a severe peanut allergy and carry an EpiPen, so please no nuts "
        "anywhere on the platter and no 'may contain' items."),
    ("health", "benign", "email",
        "Hi, we're running a Mental Health First Aid course for our site supervisors next month and would "
        "like the Loft at Kellington for two full days. Do you supply flipcharts and a projector? Thanks, "
        "Operations team, Harnwood Builders"),
    ("health", "benign", "chat",
        "Customer: does the cafe list allergens anywhere? || Agent: Yes, there's an allergen folder on "
        "the counter and it's in the app under Cafe > Menu > Allergens. || Customer: perfect ta"),
    ("health", "benign", "sms",
        "this printer queue is killing me lol. 40 jobs stuck on P1 at Saltmoor, can someone clear it || "
        "Agent: Cleared, sorry about that! || legend"),
    ("health", "benign", "review",
        "Booked the Boardroom for the Marsham Health Partnership's quarterly board. Room spotless, coffee "
        "hot, screen worked first time. Would use again. || Reply from Dalework: Glad it went smoothly, "
        "see you next quarter!"),
    ("health", "benign", "web_form",
        "General enquiry | Question: Where is the defibrillator at Brindle Cross and how many trained "
        "first-aiders are on site each day? | Context: our office manager is updating our health and "
        "safety file."),
    ("health", "benign", "email",
        "Quick one: is the Loft at Fenwick Bridge step-free from the car park, and is there an accessible "
        "toilet on that floor? We're putting together a venue shortlist for a conference in October. Ta, "
        "Imogen"),
    ("health", "benign", "chat",
        "Customer: my laptop just died mid-call in booth 2, is there anywhere to borrow a USB-C charger? "
        "|| Agent: Reception keeps a few universal chargers, just leave your fob as a deposit. || "
        "Customer: lifesaver"),
    ("health", "benign", "agent_note",
        "Member asked in general terms whether memberships pause if someone is off sick. Sent the "
        "standard policy: no pause for short absences; freezes of 1-3 months with 14 days' notice through "
        "the app."),
    ("health", "benign", "voicemail",
        "Hi, it's Jo from Pulse Physio Supplies, we've got the Snug on Thursday for a product demo of our "
        "new massage guns, just checking we can bring a treatment couch in for the demo. Call me back on "
        "07700 900412, thanks."),
    ("health", "benign", "email",
        "Hiya, could we get a quote for six sit-stand desks and six ergonomic chairs for our private "
        "office at Oakhithe? We're refitting it before the new team starts. Cheers, Rhys || Agent: Hi "
        "Rhys, quote attached: six sit-stand desks and chairs, delivered and fitted within two weeks. || "
        "Perfect, let's go ahead."),
    ("health", "benign", "dm",
        "The WiFi at Oakhithe is sick today whatever you did keep doing it || Agent: Ha, new access "
        "points went in over the weekend. Glad it's working!"),
    ("health", "benign", "review",
        "The 'Hangover Cure' brunch at the Kellington cafe is a work of art. Hash browns, beans, proper "
        "coffee. Dangerous having this downstairs from my desk."),
    ("health", "benign", "call",
        "Caller: Hi, the hand sanitiser dispensers in Room 3 and in the kitchen are both empty. || Agent: "
        "Thanks for flagging, I'll get facilities to refill them this morning. || Caller: Cheers."),
    ("health", "benign", "web_form",
        "Event hire enquiry | Organisation: St Luke's Hospice retail team | Purpose: volunteer "
        "recruitment open evening | Date: 12 June | Attendees: 30 | Needs: tea and coffee, one screen"),
    ("health", "benign", "chat",
        "Customer: do you guys do flu jabs for members? saw a poster by the lifts || Agent: That poster "
        "is from a local pharmacy running a pop-up in the lobby on the 9th; bookings go through them, not "
        "us. || Customer: ah ok cheers"),
    # ---- children
    ("children", "sensitive", "email",
        "Hi, my little one starts reception at Oakhithe Primary in September so I'll need to switch from "
        "the 9-5 fixed desk to something more like 9:30-2:45. Do you have a school-hours membership? "
        "Thanks, Gemma || Agent: Hi Gemma, the Flex 10 lets you come and go any time, which suits school "
        "hours. Shall I switch you from 1 Sept? || Yes please!"),
    ("children", "sensitive", "chat",
        "Customer: can i bring my daughter in on the inset day? shes 9 and will just sit with her tablet "
        "|| Agent: Children can come into private offices with a member, but not onto the open-plan hot "
        "desk floor. || Customer: ah ok i'll book a day office then"),
    ("children", "sensitive", "sms",
        "Hi can I cancel the Snug for 2pm? My 6-month-old has a temperature and nursery sent her home || "
        "Agent: Cancelled, no charge. Hope she feels better soon! || thank you x"),
    ("children", "sensitive", "agent_note",
        "Cust says her son (7) left a blue rucksack with a Minecraft lunchbox in the Kellington café on "
        "Sat. Checked lost property, not there yet. Will call her on 07700 900118 if it turns up."),
    ("children", "sensitive", "web_form",
        "Membership application | Name: Kai Morgan | Date of birth: 14/02/2009 | Plan: Student hot desk | "
        "Notes: I'm doing my A levels and want somewhere quiet to revise after college. My mum will pay."),
    ("children", "sensitive", "email",
        "Hello, is it possible to add a second fob to my account for my son? He's 16 and doing work "
        "experience with my business in Private Office 5 over the summer. || Agent: Hi Nadia, we can "
        "issue a guest fob, but under-18s need a parent's consent form and must be with an adult member. "
        "Form attached. || Thank you, I'll fill it in tonight."),
    ("children", "sensitive", "voicemail",
        "Hiya, Dani here, desk 22. I think the photographer at Friday's open day took some pictures of my "
        "twins, they're only four, and I really don't want them on your Instagram. Could you make sure "
        "they're not used? Ta."),
    ("children", "sensitive", "review",
        "Lovely space but please sort out a baby change. I had to change my 10-week-old on the floor of "
        "the loo at Saltmoor. || Reply from Dalework: We're sorry, Ruth. A changing unit is being fitted "
        "at Saltmoor this month."),
    ("children", "sensitive", "dm",
        "hey is the quiet room free tmrw? my 15yo has GCSE mock revision and our house is chaos with the "
        "builders in || Agent: Quiet room's free 9-5 tomorrow, but under-16s need to be with a member. "
        "Are you coming in too? || yep I'll be working next to her"),
    ("children", "sensitive", "chat",
        "Customer: Hi, is there anywhere private I could breastfeed at Fenwick Bridge? || Agent: Yes, the "
        "Wellbeing Room on floor 1 locks from inside; you can book it in the app. || Customer: brilliant, "
        "he's 3 months and feeds every 2 hours so I'll probably book it a lot lol"),
    ("children", "sensitive", "agent_note",
        "Tutor (member, hot desk) booked the Snug weekly for 1:1 maths with a Year 6 pupil, Ellie B. Mum "
        "collects Ellie from reception at 5. Reminded tutor of our safeguarding policy for minors on "
        "site."),
    ("children", "sensitive", "email",
        "Dear Dalework, our daughter Amira (12) is doing a school project on local businesses and would "
        "love to interview your Kellington manager for ten minutes. She's at Kellington Academy. Would "
        "that be possible in half term? Kind regards, Farid and Leila Haddad"),
    ("children", "sensitive", "web_form",
        "Event hire | Type: Private party | Details: My son Oscar's 8th birthday, about 15 kids aged 7-9, "
        "in the Loft on Sat 5th, 1-4pm. Is a small bouncy castle allowed indoors? | Contact: 07700 900640"),
    ("children", "sensitive", "call",
        "Caller: My lad's just turned 17 and wants his own hot desk membership for his graphic design "
        "side hustle. Can he sign the contract himself? || Agent: Members have to be 18 to sign, but a "
        "parent can hold the membership with him as a named user. || Caller: Right, put it in my name "
        "then."),
    ("children", "sensitive", "sms",
        "Sorry will be late for the 9am, school run chaos, my youngest (Year 2) forgot her reading folder"),
    ("children", "sensitive", "agent_note",
        "Member Sophie K asked us to take her 3-yr-old's photo off the 'Little Dale' creche noticeboard "
        "at Marsham. Done, photo shredded, no copy kept."),
    ("children", "sensitive", "email",
        "Hi, the app asks me to add a dependant if I want the family locker. It wants my daughter's full "
        "name and date of birth (3 May 2018). Why on earth do you need that? I'm not comfortable giving "
        "it. Regards, Hollie || Agent: Hi Hollie, you don't need to give a date of birth for a family "
        "locker; that field is optional and we're removing it. || Thanks, please delete what I entered."),
    ("children", "sensitive", "chat",
        "Customer: hi, my toddler is with me today, childminder cancelled last minute. would you mind if "
        "I take a private office instead of my hot desk? || Agent: Of course, Office 2 is free, I'll "
        "switch it at no charge. || Customer: legend, thank you"),
    ("children", "sensitive", "review",
        "Had to bring my 11-year-old in when his school shut for the day and staff were brilliant with "
        "him, hot chocolate and the games room. 5/5, Oakhithe."),
    ("children", "sensitive", "voicemail",
        "Hello, this is Mrs Patel. My son Arjun is fifteen and he's been using his dad's fob to get into "
        "the Brindle Cross building after school with his friends. Please can you stop it working for "
        "him, his dad didn't know. Thank you."),
    ("children", "sensitive", "dm",
        "do u do discounts for students? I'm 16 and freelancing as a video editor, need a desk 2 days a "
        "week || Agent: Thanks for getting in touch! Our student rate is 18+ I'm afraid, but a parent or "
        "guardian can hold a membership for you. || ok will ask my mum"),
    ("children", "sensitive", "web_form",
        "Lost property report | Item: purple water bottle labelled 'Isla B, Class 3R' (my daughter's) | "
        "Where: Saltmoor café, Wednesday afternoon | Contact: 07700 900377"),
    ("children", "sensitive", "email",
        "Hi, is there any way to get a receipt that shows the creche hours separately? I'm claiming "
        "Tax-Free Childcare for my 3-year-old, Ollie, and they want it itemised. Many thanks, Sian"),
    ("children", "sensitive", "chat",
        "Customer: heyy can my 17 yr old sister use my guest pass? she's got uni interviews on zoom and "
        "needs decent wifi || Agent: Guests under 18 must be with the host member the whole time. If "
        "you're there with her that's fine. || Customer: yeah I'll be right next to her"),
    ("children", "sensitive", "agent_note",
        "Call from a parent: her son, 13, was left in the Kellington lobby after the youth coding club "
        "finished and went off with another parent. She wants to know who let him leave. Escalated to "
        "site manager."),
    ("children", "sensitive", "email",
        "Hi both, our baby boy Finn arrived on 2 April, so could you please pause my partner Ben's fixed "
        "desk for his six weeks of paternity leave? Thanks, Claire"),
    ("children", "sensitive", "sms",
        "can i get the code for the family room? my 4 month old needs a nap and the pram wont fit in the "
        "booth"),
    ("children", "sensitive", "web_form",
        "Membership change | Reason: My son (DOB 22/11/2011) has been excluded from school for a week and "
        "I have to bring him with me. Requesting a private office Mon-Fri instead of my hot desk."),
    ("children", "sensitive", "review",
        "Holiday club at Oakhithe is a lifesaver. My two (6 and 9) did the Easter sessions while I worked "
        "upstairs. Only gripe: 3pm pickup is too early. || Reply: Thanks Mel, we're looking at extending "
        "to 4pm this summer."),
    ("children", "sensitive", "call",
        "Agent: Dalework Marsham, Jo speaking. || Caller: Hi, my daughter's doing her Duke of Edinburgh "
        "volunteering and wondered if she could help in your café on Saturdays. She's in Year 10. || "
        "Agent: We'd need to check our insurance for under-16s, can I take your number? || Caller: Sure, "
        "07700 900562."),
    ("children", "sensitive", "agent_note",
        "Baby (approx 8 months) left in pram in the lobby for about 10 min while parent took a call in "
        "booth 4. Staff kept an eye. Parent is member R. Okafor; spoke to her kindly about the policy."),
    ("children", "sensitive", "dm",
        "pls dont put the video from the christmas party online, my kids are in the background and my "
        "eldest is 12, their dad and I agreed no social media for them"),
    ("children", "sensitive", "email",
        "Hi there, heads up that my 16-year-old will be collecting my post from the mail room on Fridays. "
        "His name is Jack Horton. Is that OK or does he need ID? Cheers, Dawn Horton, desk 14"),
    ("children", "sensitive", "chat",
        "Customer: whats the wifi password for the guest network || Agent: It's on the card at reception, "
        "or I can text it to you. || Customer: text pls, i'm at the back with my nephew, hes 5 and wont "
        "let me get up lol"),
    ("children", "sensitive", "web_form",
        "Feedback | Site: Fenwick Bridge | Comment: A member's teenage son from Office 6 (about 14) was "
        "vaping in the stairwell on Monday after school again. Not fair on the rest of us."),
    ("children", "sensitive", "voicemail",
        "Hi it's Carl from Office 9. Quick one, my ex drops our boy off at the office on Wednesdays at "
        "half three, he's eight, he'll just sit in with me till five. Can you let reception know so they "
        "don't stop him. Cheers."),
    ("children", "sensitive", "agent_note",
        "Refunded day pass for member whose baby daughter (5 wks) was kept in overnight at hospital. "
        "Member very apologetic, told her not to give it a second thought."),
    ("children", "sensitive", "email",
        "Hello, I'd like to set up a junior login in the app for my son Leo, he's 13, so he can book the "
        "games room on Saturdays while I'm working upstairs. Is there an age limit? Thanks, Marcus"),
    ("children", "sensitive", "sms",
        "pick up's changed, nursery shuts at 5:30 now so I have to leave by 5, can u move my 4pm Snug to "
        "3?"),
    ("children", "sensitive", "chat",
        "Customer: hi! my step-daughter (she's 15) wants to shadow me for a day for her careers week, is "
        "that ok? || Agent: Yes, with a signed guest form. She'll need to stay with you and sign in at "
        "reception. || Customer: great, it'll be the 21st"),
    ("children", "sensitive", "review",
        "Shame the meeting rooms aren't more family-friendly. I brought my 18-month-old to a quick client "
        "call in Room 2 and got filthy looks from the staff member doing the bins. 3 stars."),
    ("children", "sensitive", "web_form",
        "Photo consent withdrawal | Member: Ana Ferreira | Child: Lucas Ferreira, age 10 | Event: "
        "Dalework Family Fun Day, Kellington | Request: remove all images of Lucas from the website and "
        "newsletter."),
    ("children", "sensitive", "email",
        "Hi, my son has a place on the Dalework Young Founders scheme but the form says 16+. He's 15 "
        "until August. Can he still start in July? || Agent: Hi Bev, we can hold his place until his "
        "birthday, or he can start in July with you as his supervising member. || Thank you, we'll wait "
        "until August."),
    ("children", "sensitive", "call",
        "Caller: I'm ringing about my daughter Chloe. She's 14 and she's somehow on your mailing list, "
        "getting membership offers. Please take her off. || Agent: Of course, what's the email? || "
        "Caller: chloe.m.2010@example.com"),
    ("children", "sensitive", "dm",
        "hiya, is the pram park at Saltmoor still a thing? we've got twins now (9 weeks!!) and the double "
        "buggy is massive || Agent: Congratulations! Yes, the pram park is by the side door, code 4412. "
        "|| amazing thx"),
    ("children", "sensitive", "agent_note",
        "Member D. Ashworth asked that his 6-year-old daughter Maisie is only released from holiday club "
        "to him or her mum. Added both to the collection list."),
    ("children", "sensitive", "voicemail",
        "Yeah hi, it's Lorraine, I booked the Loft for my grandson's welcome party, he's only 3 months, "
        "we'll be about 40 and need a high chair or two for the little cousins. Ring me back, thanks."),
    ("children", "sensitive", "sms",
        "Hi, Maya's school just called, she's been sent home poorly. Could reception hang on to my "
        "laptop? Running out now, back tmrw. Desk 31 || Agent: No problem, it's locked in the office. "
        "Hope she's OK. || thanks!"),
    ("children", "sensitive", "chat",
        "Customer: can under 18s do the barista course in the cafe? || Agent: The course is 16+. How old "
        "is the person? || Customer: my daughter, she turns 16 in May so after that then"),
    ("children", "sensitive", "email",
        "Hi, our son Theo is doing his GCSE art coursework on 'workspaces' and would like to photograph "
        "the Marsham Quay atrium. He's 15 and I'd be with him. Would a Sunday morning be OK? Thanks, Ruth "
        "and Simon Gale"),
    ("children", "benign", "email",
        "Hello, this is the office at St Mary's Primary. We'd like to order 500 colour A4 prints of our "
        "summer fair flyer from your print service, collecting from Brindle Cross on Friday if possible. "
        "Thanks, School Office"),
    ("children", "benign", "chat",
        "Customer: is the building child-friendly? thinking of hosting a family-friendly networking "
        "morning || Agent: Children are welcome in booked private rooms and the café; the open-plan "
        "floors are adults only. || Customer: good to know, thanks"),
    ("children", "benign", "web_form",
        "Event hire | Organisation: Kellington Youth Theatre | Purpose: board of trustees meeting | Room: "
        "Boardroom | Attendees: 10 adults | Date: 3 Oct"),
    ("children", "benign", "sms",
        "Is the Nursery room at Kellington free Thursday 2-4? Need it for a client workshop, 8 people || "
        "Agent: Yes, booked for you, 2-4pm. || thanks"),
    ("children", "benign", "review",
        "The Baby Grand room at Marsham Quay is my favourite. Gorgeous light, and the piano is only for "
        "show but it's a great conversation starter with clients."),
    ("children", "benign", "agent_note",
        "Member asked how 'child accounts' work in company billing. Explained: a parent company account "
        "can hold child accounts per team, each with its own cost code, all consolidated on one invoice."),
    ("children", "benign", "email",
        "Hi, we'd like 20 of the kids' size Dalework hoodies for a giveaway at our stall. Do you do ages "
        "7-8 and 9-10? Cheers, Marketing @ Brightside Events"),
    ("children", "benign", "chat",
        "Customer: This rebrand is my baby and the screen in Room 2 just ruined the demo. HDMI keeps "
        "dropping. || Agent: So sorry, I've logged it and moved your next booking to Room 4. || Customer: "
        "thanks, fingers crossed"),
    ("children", "benign", "dm",
        "Just a minor thing, the bin in the Snug at Saltmoor hasn't been emptied since Monday. || Agent: "
        "Thanks for the heads-up, cleaners are on it now."),
    ("children", "benign", "web_form",
        "General enquiry | Question: What is your policy on children visiting the building? Do under-18s "
        "need to sign in, and can they use the café?"),
    ("children", "benign", "call",
        "Caller: Hi, we're Little Acorns Nursery Ltd, we have a print account with you. Can you add a "
        "second card for our admin team? || Agent: Sure, I'll send the account holder a link to add a "
        "payment method. || Caller: Lovely."),
    ("children", "benign", "voicemail",
        "Hi, it's Sam from Toybox Tech, we make educational apps for kids and we're interested in a "
        "four-person private office at Oakhithe from next month. Call me on 07700 900604, thanks."),
    ("children", "benign", "review",
        "Hosted the Kids Code Club volunteers' planning day in the Loft. Great room, the whiteboard walls "
        "are brilliant. Parking is tight though. || Reply: Thanks for the feedback, we're talking to the "
        "council about parking."),
    ("children", "benign", "email",
        "Hi team, could I get a quote for 200 copies of a 40-page A5 booklet, saddle-stitched, for the "
        "Marsham Schools Partnership conference? Thanks, Conference Admin"),
    ("children", "benign", "chat",
        "Customer: the app keeps asking me to set up a 'junior' seat, what is that? || Agent: Junior "
        "seats are reduced-rate desks for apprentices and trainees on a company plan; ignore it if you "
        "don't need one. || Customer: ah got it"),
    ("children", "benign", "agent_note",
        "Call re Family Fun Day on 14 July. Caller (events company) wanted a site map and our public "
        "liability certificate for their face-painting stall. Emailed both."),
    ("children", "benign", "sms",
        "kids these days eh. someone's left the Boardroom like a bombsite, pizza boxes everywhere. can "
        "cleaners pop in before my 3pm"),
    ("children", "benign", "web_form",
        "Print order | Job: 300 A3 posters 'Back to School Sale' | Customer: Penn & Page Stationers | "
        "Paper: 170gsm gloss | Collection: Fenwick Bridge"),
    ("children", "benign", "email",
        "Dear Dalework, Brindle Rovers JFC would like to hire the Boardroom for the club committee AGM on "
        "9 May, 7-9pm, roughly 12 adults. Could you confirm the evening rate? Regards, Club Secretary"),
    ("children", "benign", "review",
        "Like being a kid in a sweet shop at the Oakhithe café pastry counter. Five stars for the almond "
        "croissants alone."),
    ("children", "benign", "chat",
        "Customer: do you have baby changing facilities at Marsham Quay? checking before we pick it as a "
        "public event venue || Agent: Yes, there's a changing unit in the ground floor accessible toilet. "
        "|| Customer: great"),
    ("children", "benign", "dm",
        "Saw your post about the 'Little Dale' creche partnership, is that open to non-members or members "
        "only? || Agent: It's open to everyone, members get 10% off. || nice"),
    ("children", "benign", "agent_note",
        "Standard safeguarding clause added to all event hire contracts: organisers hosting under-18s "
        "must name a DBS-checked lead and supply their own safeguarding policy."),
    ("children", "benign", "call",
        "Caller: Hi, I'm ringing from Marsham College, we'd like a room for a careers fair panel, two "
        "afternoons. || Agent: The Loft seats 60 theatre-style, would that work? || Caller: Perfect, "
        "pencil us in."),
    ("children", "benign", "email",
        "Hello, I'm the business manager at Oakhithe Primary. We'd like to hire the lobby for a pop-up "
        "second-hand uniform sale one Saturday morning. Is that possible, and what would it cost?"),
    ("children", "benign", "web_form",
        "Café pre-order | Items: 2 'Mini Me' sandwich platters, 12 coffees | For: Room 3, 12:30 Weds | "
        "Account: Orla Quinn Consulting"),
    ("children", "benign", "chat",
        "Customer: can I upgrade my Tiny Office plan? the name's not lying, it really is tiny lol || "
        "Agent: Ha, fair! Next size up is the Studio Office, 2-3 desks. || Customer: send me the price "
        "pls"),
    ("children", "benign", "review",
        "Went to the 'School of Rock' film night in the Kellington café. Popcorn, cheap beer, good crowd. "
        "More please. || Reply: Back to the Future is next month!"),
    ("children", "benign", "sms",
        "childish question but is the ball pit in the Oakhithe games room real or just a marketing photo?"),
    ("children", "benign", "agent_note",
        "Print job for Greenfield Academy (school account) stuck in the queue, 1,200 pages of mock exam "
        "papers. Released manually; reception holding until the school courier collects."),
    ("children", "benign", "email",
        "Hi, could you confirm whether under-16s can come to our evening talk in the Loft? It's a public "
        "astronomy lecture and we've had a few enquiries from families. Marsham Astronomical Society"),
    ("children", "benign", "voicemail",
        "Hello, this is Gail from Bramble Toys, we have the Snug booked Monday for a buyer meeting, we'll "
        "be bringing about six sample boxes of baby toys, is there somewhere to unload near the door? "
        "Thanks."),
    ("children", "benign", "dm",
        "whoever named the tiny phone booths 'Cubbies' deserves a raise || Agent: Ha, we'll pass that on "
        "to Leanne in marketing!"),
    ("children", "benign", "chat",
        "Customer: do you sell the Dalework baby grows in the café shop? want one as a gift || Agent: We "
        "do, 0-3 and 3-6 months, £12 each. || Customer: I'll grab one tomorrow"),
    ("children", "benign", "web_form",
        "Room booking | Room: The Playroom (Oakhithe) | Purpose: design sprint | Attendees: 6 | Notes: "
        "please leave the bean bags in, they're the best bit"),
    ("children", "benign", "call",
        "Caller: Hi, we're a childcare recruitment agency and want to run interviews in a meeting room "
        "three days a week. || Agent: Our Flex Room bundle might suit, 30 hours a month. || Caller: Send "
        "me the details please."),
    ("children", "benign", "email",
        "Hi, do you have a policy on children in the building during school holidays? Asking before we "
        "sign up as a team of five, just want to know what's allowed. Thanks, Ops Manager, Kestrel "
        "Digital"),
    ("children", "benign", "agent_note",
        "Kids' craft fair organiser (Handmade Marsham CIC) confirmed event hire for Sat 12th: 20 tables, "
        "lobby and café. Deposit received."),
    ("children", "benign", "review",
        "Baby steps, but the new booking app is actually better than the old one. Still crashes when I "
        "try to cancel, though."),
    ("children", "benign", "sms",
        "grown-up question: is the 'Sandpit' at Saltmoor a room or an actual sandpit? app just says "
        "Sandpit, 4 seats"),
    ("children", "benign", "chat",
        "Customer: we're a STEM charity and want to host a robotics taster for secondary school groups in "
        "the Loft, any rules? || Agent: Yes: a DBS-checked lead, at least 1 adult per 10 pupils, and our "
        "safeguarding form. || Customer: all doable"),
    ("children", "benign", "web_form",
        "Print order | Job: 2,000 leaflets 'Marsham Toddler Group - new Thursday sessions' | Customer: "
        "Marsham Community Hub | Size: A6 | Payment: on account"),
    ("children", "benign", "email",
        "Re invoice 44821: our finance system treats the subsidiary as a child entity, so please address "
        "the invoice to Pemberton Analytics (North) Ltd, not the parent company. Thanks, AP team"),
    ("children", "benign", "dm",
        "ur café flat whites at Oakhithe are child's play compared to Saltmoor's, whoever trained the "
        "Saltmoor baristas pls send them over"),
    ("children", "benign", "call",
        "Caller: Do you actually have a family locker or is that just marketing? || Agent: Family lockers "
        "are our larger lockers at Kellington, any member can book one, £15 a month. || Caller: OK, just "
        "the big locker then."),
    ("children", "benign", "agent_note",
        "Lost property: kids' size 5 wellies (yellow) found in Kellington lobby after Saturday's craft "
        "fair. Logged as LP-2231, held at reception for 30 days."),
    ("children", "benign", "voicemail",
        "Morning, Harriet from Rosebud Nannies here, we'd like the Snug for a few hours next week to "
        "interview nanny candidates. Could someone ring me on 07700 900298? Thanks."),
    ("children", "benign", "review",
        "The Junior Suite at Brindle Cross is a fab small office. Two desks, a window, and far enough "
        "from the kitchen that you don't hear the blender."),
    ("children", "benign", "chat",
        "Customer: if I buy a holiday club voucher as a raffle prize for our networking group, is it "
        "transferable? || Agent: Yes, holiday club vouchers are transferable, just not refundable. || "
        "Customer: perfect"),
    ("children", "benign", "email",
        "Hello, could you print 60 A4 certificates for our 'Young Entrepreneur of the Year' awards "
        "evening? Names list attached, cream card please. Regards, Brindle Cross Chamber of Commerce"),
    # ---- financial_hardship
    ("financial_hardship", "sensitive", "email",
        "Hi, I was made redundant last Friday and I can't afford my fixed desk any more. Is there any way "
        "to drop straight to a Flex 5 without the one-month notice? I really need to cut costs. Dean || "
        "Agent: Hi Dean, I'm sorry to hear that. I've waived the notice and moved you to Flex 5 from "
        "Monday. || Thank you, really appreciate it."),
    ("financial_hardship", "sensitive", "chat",
        "Customer: my direct debit bounced again || Agent: I can see two failed payments. Would you like "
        "to update your card? || Customer: it's not the card, there's just nothing in the account till my "
        "universal credit comes in on the 28th. can you take it then? || Agent: I'll move the collection "
        "date to the 29th."),
    ("financial_hardship", "sensitive", "agent_note",
        "Member (Office 6, Saltmoor) 3 months in arrears, £1,740. Says the business went under and she's "
        "been declared bankrupt; trustee's details to follow. Paused debt chasing pending advice from "
        "finance."),
    ("financial_hardship", "sensitive", "voicemail",
        "Hi, it's Rob Kerr. I've had a letter from a debt collector, Lowther Recoveries, saying I owe you "
        "600 quid. I thought I'd cancelled. I genuinely can't pay that right now, please can someone call "
        "me before it goes any further. 07700 900155."),
    ("financial_hardship", "sensitive", "sms",
        "hi can i use my desk address for post for a bit? been evicted and sofa surfing till the council "
        "sorts something || Agent: Yes, mail handling is on your plan, we'll hold anything that comes in. "
        "|| lifesaver thank you"),
    ("financial_hardship", "sensitive", "web_form",
        "Hardship request | Member: Carys Jenkins | Plan: Hot desk | Reason: Lost my main client and I'm "
        "in an IVA now. Could I go on your community rate for 6 months while I get back on my feet?"),
    ("financial_hardship", "sensitive", "email",
        "Hello, I've been with Dalework four years. My husband lost his job in January and we're behind "
        "on everything. Could I pay this month's office fee in two halves? || Agent: Hi Lorna, yes, I've "
        "split March into two payments on the 10th and 25th. || That really helps, thank you so much."),
    ("financial_hardship", "sensitive", "chat",
        "Customer: can i pause my café tab? i owe like 80 quid and honestly i'm skint, been using the "
        "food bank this month || Agent: I'm sorry to hear that. I'll freeze the tab and we can do £10 a "
        "week when you're ready, is that OK? || Customer: yes thank you"),
    ("financial_hardship", "sensitive", "review",
        "Dalework were decent when I couldn't pay after my business folded. Gave me two months to clear "
        "the arrears instead of sending the bailiffs round. Respect. || Reply: Thank you, Kev, hope "
        "things are looking up."),
    ("financial_hardship", "sensitive", "call",
        "Caller: I'm on jobseeker's allowance now, do you have a reduced rate? I just need a desk to do "
        "applications. || Agent: We have a community desk scheme, 10 free days a month for people job "
        "hunting. || Caller: Oh that's brilliant, how do I apply?"),
    ("financial_hardship", "sensitive", "dm",
        "gonna be honest, I can't pay the Feb invoice. Got a CCJ last year and the bank won't give me an "
        "overdraft. Can we do a payment plan? || Agent: Thanks for being upfront. We can split it over "
        "three months; I'll send a plan to sign. || ok thank you"),
    ("financial_hardship", "sensitive", "agent_note",
        "Cust called: she's been living off savings since losing her job in Nov and has about £200 left. "
        "Asked to cancel with immediate effect. Notice waived per manager (SB)."),
    ("financial_hardship", "sensitive", "email",
        "To whom it may concern, I'm writing on behalf of my brother, Ian Gray, desk 19 at Fenwick "
        "Bridge. He's entered a debt management plan with StepAway Debt Advice and can offer £15 a month "
        "towards the £420 he owes you. Please direct correspondence to me."),
    ("financial_hardship", "sensitive", "sms",
        "sorry for the missed payment, landlord served a section 21 and every penny's going on a deposit "
        "for a new place. can pay on the 1st"),
    ("financial_hardship", "sensitive", "web_form",
        "Cancellation form | Reason for leaving: Can't afford it. I'm on Universal Credit now and the "
        "jobcentre says I have to do 35 hrs of job search a week, so no more freelancing for a while."),
    ("financial_hardship", "sensitive", "chat",
        "Customer: do you guys take payment plans? || Agent: We can sometimes, what's the situation? || "
        "Customer: my company's been wound up and I'm personally liable on the lease guarantee. I've got "
        "about £50 a month I can put towards it"),
    ("financial_hardship", "sensitive", "voicemail",
        "Hello, this is Bashir from Office 11, I'm sorry, I know the rent is late. My business partner "
        "cleared out the account and I'm drowning in debt, I'm trying to sort it, please give me until "
        "the end of the month. Thank you."),
    ("financial_hardship", "sensitive", "email",
        "Hi, I'd like to cancel my membership. I've been out of work since my contract ended in September "
        "and the debt collectors are already ringing about my credit card. I can't justify £150 a month. "
        "Sorry. Jess"),
    ("financial_hardship", "sensitive", "review",
        "3 stars. Love the space, but I had to quit after getting laid off. Wish there was a hardship "
        "option for members going through a rough patch."),
    ("financial_hardship", "sensitive", "agent_note",
        "Member Paul D. asked us to stop posting invoices to his home address as bailiffs have been round "
        "and he's moving out. Set to email only. Balance of £310 on hold."),
    ("financial_hardship", "benign", "chat",
        "Customer: my card got declined booking the Snug || Agent: Banks sometimes flag a new merchant, "
        "could you try again or use Apple Pay? || Customer: worked second time, cheers"),
    ("financial_hardship", "benign", "email",
        "Hi, I've been charged twice for March's hot desk, £145 on the 1st and again on the 2nd. Can you "
        "refund the duplicate? Thanks, Tariq"),
    ("financial_hardship", "benign", "web_form",
        "Billing query | Invoice: DW-88213 | Issue: our VAT number is missing from the invoice, please "
        "reissue with GB 123 4567 89 included."),
    ("financial_hardship", "benign", "sms",
        "can u resend my invoice for feb, accounts have lost it again || Agent: Resent to the accounts "
        "email on file. || ta"),
    ("financial_hardship", "benign", "agent_note",
        "Member asked whether we offer discounts for charities and community groups. Sent standard info: "
        "20% off meeting rooms for registered charities, charity number required."),
    ("financial_hardship", "benign", "voicemail",
        "Hiya, it's Louise at Fenwick Bridge, I've broken the bank on the café loyalty card this month, "
        "ha, can someone tell me how many stamps till my free one? Thanks."),
    ("financial_hardship", "benign", "review",
        "Price went up £10 a month with 30 days' notice, which is fair enough, but it'd be nice to have "
        "some new chairs to show for it. 4 stars."),
    ("financial_hardship", "benign", "email",
        "Hello, we've changed banks, so please cancel the old direct debit and I'll set up the new one in "
        "the app. Just don't want a failed payment in between. Regards, Finance, Holtby & Shaw"),
    ("financial_hardship", "benign", "chat",
        "Customer: how do I get a receipt for a day pass? need it for expenses || Agent: In the app: "
        "Account > Payments > tap the transaction > Download receipt. || Customer: found it, thanks"),
    ("financial_hardship", "benign", "web_form",
        "Event hire enquiry | Organisation: Reed & Lowe Insolvency Practitioners | Event: 'Understanding "
        "Bankruptcy' free public seminar | Room: Loft | Attendees: 50 | Date: 20 Nov"),
    ("financial_hardship", "benign", "call",
        "Caller: Do you do a pay-as-you-go option for meeting rooms? || Agent: Yes, hourly from £18, or "
        "the Flex Room bundle. || Caller: Hourly's fine, we only meet once a month."),
    ("financial_hardship", "benign", "dm",
        "Did the price of the Flex 10 change? The app says £120 but your website still says £110 || "
        "Agent: Good spot, the website's out of date. Flex 10 is £120 from this month. || ok thanks"),
    ("financial_hardship", "benign", "agent_note",
        "Refund processed for cancelled Loft booking (cancelled 72 hrs ahead, full refund per T&Cs). £240 "
        "back to card ending 4421."),
    ("financial_hardship", "benign", "email",
        "Hi, is there a way to split one invoice across two cost codes? Half the desk is charged to our "
        "Marsham client project. Thanks, Rowan"),
    ("financial_hardship", "benign", "sms",
        "pretty sure the printer is bankrupting me, 8p a page for colour?? is that right || Agent: Yep, "
        "colour is 8p and mono is 2p. || ouch ok"),
    ("financial_hardship", "benign", "review",
        "Value for money is excellent compared to the big chains. Saltmoor is £30 a month cheaper than "
        "the place I left, and the desks are better."),
    ("financial_hardship", "benign", "chat",
        "Customer: does the bill go out on the 1st or on the date I joined? || Agent: Memberships bill on "
        "the 1st, pro-rated for your first month. || Customer: ok thanks"),
    ("financial_hardship", "benign", "web_form",
        "Billing change | Company: Orchard Lane Legal LLP | Request: switch from monthly card payments to "
        "quarterly invoicing on 30-day terms | PO required: Yes"),
    ("financial_hardship", "benign", "voicemail",
        "Hi, Nikhil here from Office 5, the card reader on the café till froze and took my payment twice, "
        "I've got both texts from my bank. Could you look into it and refund one? Cheers."),
    ("financial_hardship", "benign", "email",
        "Hello, we run Moneywise Coaching, helping small businesses with budgeting and cashflow. Could we "
        "put a flyer on the community board at Marsham Quay, or is that members only? Thanks, Dylan"),
    # ---- legal
    ("legal", "sensitive", "email",
        "Hi, the police have asked for CCTV from the Kellington car park on the 4th. My car was broken "
        "into there and I've got a crime reference number, CR/44821/24. Who do I send their request to? "
        "Thanks, Amy Lowe"),
    ("legal", "sensitive", "chat",
        "Customer: I need a private room on the 19th for a call with my solicitor, it's about my divorce "
        "and I can't do it at home || Agent: No problem, Room 3 is soundproofed, I'll book 10-12 for you. "
        "|| Customer: thank you"),
    ("legal", "sensitive", "agent_note",
        "Member J. Hart told us he has an unspent conviction (fraud, 2021) when applying for the "
        "finance-sector private office. Passed to manager per vetting policy; no decision yet."),
    ("legal", "sensitive", "voicemail",
        "Hi, it's Steph, desk 4. I won't be in Thursday, I've got to be at Marsham Crown Court, I'm the "
        "defendant, my barrister says it'll take all day. Can you cancel my Snug booking. Thanks."),
    ("legal", "sensitive", "web_form",
        "Mail handling instruction | Member: Oliver Dunn | Instruction: Please sign for and hold any "
        "letters from Blake Morton Solicitors; it's about the tribunal claim I've brought against my old "
        "employer."),
    ("legal", "sensitive", "sms",
        "can someone grab my laptop from desk 12? got arrested last night (all a misunderstanding) and my "
        "bail conditions say i can't go into the town centre || Agent: Your laptop's in the locked "
        "cupboard at reception. Can someone collect it for you? || my sister Kate will come at 4"),
    ("legal", "sensitive", "email",
        "Hello, I'm being sued by a former client over a website contract. My lawyer wants the access "
        "logs showing when I was in the building in March. Can you provide those? || Agent: Hi Raj, we "
        "can export your own fob entries for March as a PDF. || Brilliant, thank you."),
    ("legal", "sensitive", "call",
        "Caller: Hi, I need to change the name on my membership back to my maiden name, the decree "
        "absolute came through last week. || Agent: I'll update that now. Do you have a document? || "
        "Caller: I can email the court order."),
    ("legal", "sensitive", "review",
        "Used the Boardroom at Saltmoor to meet my lawyer before my sentencing hearing. Staff were "
        "discreet, nobody asked questions, which I really appreciated."),
    ("legal", "sensitive", "agent_note",
        "Witness summons for member T. Greaves arrived via mail handling. She collected it and said it's "
        "for an assault case at a pub she saw, not her own. Logged as signed for."),
    ("legal", "sensitive", "dm",
        "hi, is there a way to hide my name on the member directory? I've got a restraining order against "
        "a former business partner and I don't want him finding out which site I use || Agent: Done. Your "
        "profile is hidden from the directory and reception won't confirm which site you use. || thank "
        "you"),
    ("legal", "sensitive", "chat",
        "Customer: your app says my account's suspended? || Agent: The youth mentoring desk needs a clear "
        "DBS check and yours came back with a disclosure. || Customer: yeah I've got a caution from 2015 "
        "for possession, I told your team already"),
    ("legal", "sensitive", "email",
        "Hi, I'm a member at Oakhithe and I'm currently on an electronic tag with a 7pm to 7am curfew, so "
        "I'll need to leave by 6:30 every day. Could you switch me from the evening-access plan to "
        "daytime only? Regards, Lee"),
    ("legal", "sensitive", "web_form",
        "Complaint | Member: Nina Sharpe | Details: Your staff gave my home address to a process server "
        "without asking me. I'm in the middle of a lawsuit with my landlord and this has caused real "
        "problems."),
    ("legal", "sensitive", "voicemail",
        "Hello, Detective Constable Amira Shah, Marsham police. We're investigating an allegation against "
        "one of your members, Mr Daniel Finch, and need to confirm his fob entries on 2 and 3 May. Please "
        "call me back on 07700 900731."),
    ("legal", "benign", "email",
        "Hi, we're a small law firm (three solicitors) looking for a private office at Marsham Quay with "
        "a lockable filing cabinet. What's your availability from June? Kind regards, Practice Manager, "
        "Aldgate & Wren Solicitors"),
    ("legal", "benign", "chat",
        "Customer: do you share CCTV with the police if they ask? || Agent: Only on a formal request and "
        "in line with our privacy notice, which is in the app. || Customer: fair enough"),
    ("legal", "benign", "review",
        "Film night was 'Legally Blonde' and honestly the best Friday I've had at Dalework. Prosecco and "
        "popcorn for a fiver."),
    ("legal", "benign", "web_form",
        "Event hire | Organisation: Marsham University Law Society | Event: mock trial competition | "
        "Room: Loft | Date: 8 Feb | Needs: two lecterns, two mics"),
    ("legal", "benign", "sms",
        "Is the Courtyard at Brindle Cross open for lunch today or still shut for the paving works? || "
        "Agent: Open again from today! || great"),
    ("legal", "benign", "agent_note",
        "Member queried notice period on private office licence (thought 1 month, contract says 3). "
        "Pointed to clause 8.2. Member accepted, no dispute."),
    ("legal", "benign", "call",
        "Caller: Can we get a copy of our licence agreement? Our accountant needs it. || Agent: I'll "
        "email the signed PDF to the account holder now. || Caller: Great."),
    ("legal", "benign", "email",
        "Hello, Carver Legal would like to use your mail handling service. We'll be receiving "
        "recorded-delivery court bundles most days, is there a limit on parcel size? Thanks, Office "
        "Manager"),
    ("legal", "benign", "dm",
        "Guilty pleasure: the salted caramel brownie in the Kellington café. Please never take it off the "
        "menu || Agent: It's not going anywhere, we promise."),
    ("legal", "benign", "voicemail",
        "Hi, it's Moira at Brindle Cross, someone's parked in my reserved bay again, same silver Golf. "
        "Not a police matter, just annoying. Could reception put a note on it?"),
    ("legal", "benign", "web_form",
        "Data request | Type: Subject access request | Member: Jonah Pike | Details: Please send a copy "
        "of the personal data you hold on me, including my fob entry logs."),
    ("legal", "benign", "chat",
        "Customer: who do I talk to about the event hire contract? our legal team want to add a clause || "
        "Agent: Our events manager, Fiona. She'll send the template in Word for mark-up. || Customer: "
        "thanks"),
    ("legal", "benign", "review",
        "The Boardroom at Saltmoor is where our firm does all its client signings now. Quiet, "
        "professional, great coffee. || Reply: Thanks, Whitcombe Notaries!"),
    ("legal", "benign", "email",
        "Hi, we're holding a 'Know Your Rights: Tenancy Law' drop-in for the public in the Loft. We'll "
        "need 8 tables and the PA. Please invoice Fenwick Housing Advice CIC."),
    ("legal", "benign", "agent_note",
        "Parcel for 'Justice & Co Ltd' (member company, Office 2) received, signed in and placed on their "
        "shelf in the mail room."),
    # ---- bereavement
    ("bereavement", "sensitive", "email",
        "Dear Dalework, I'm writing to let you know that my father, Geoffrey Nash, who had desk 3 at "
        "Kellington for many years, passed away on 12 January. Please cancel his membership. I'll collect "
        "his things from his locker when I can. Sarah Nash"),
    ("bereavement", "sensitive", "chat",
        "Customer: can I move my Thursday room booking? || Agent: Sure, to when? || Customer: not sure "
        "yet, my mum died on Sunday and the funeral's not booked. sorry || Agent: I'm so sorry. I've "
        "cancelled it with a full credit, rebook whenever you're ready."),
    ("bereavement", "sensitive", "agent_note",
        "Sad news: long-time member Frank Oduya died suddenly last week (heart attack, per his wife). "
        "Oakhithe staff want to put flowers on his desk. Manager to contact family about personal "
        "effects."),
    ("bereavement", "sensitive", "voicemail",
        "Hi, it's Chris from Office 7. I'm going to be out for a couple of weeks, we lost our son on "
        "Friday. Please don't chase the invoice, I'll sort it when I'm back. Thanks."),
    ("bereavement", "sensitive", "sms",
        "cant make the workshop today, my nan passed away last night. sorry for the short notice || "
        "Agent: I'm so sorry. Don't worry about the workshop, we'll send you the slides. || thanks"),
    ("bereavement", "sensitive", "review",
        "When my wife passed, the team at Saltmoor were so kind. They held my desk for two months and "
        "sent a card signed by everyone. I won't forget it. || Reply: Thinking of you, Alan."),
    ("bereavement", "sensitive", "web_form",
        "Cancellation | Member: Harold Pryce | Reason: Member deceased (completed by his executor and "
        "daughter, Anne Pryce) | Please refund the remaining pro-rata balance to the estate account."),
    ("bereavement", "sensitive", "dm",
        "Hey, this is a weird one. My best mate Jamie had desk 40 at Marsham Quay. He died in March. "
        "There's a photo of him on your 'Meet the members' wall. Could I have it? || Agent: I'm so sorry "
        "about Jamie. Of course, it's waiting for you at Marsham Quay reception whenever you want it. || "
        "means a lot, thanks"),
    ("bereavement", "sensitive", "email",
        "Hi, sorry to bother you, but I need a room for the wake after my brother's funeral on the 22nd, "
        "about 50 people. Is that something you do? || Agent: I'm so sorry for your loss, Deborah. The "
        "Loft is free from 2pm; I'll hold it and send catering options. || Thank you."),
    ("bereavement", "sensitive", "call",
        "Caller: I had a stillbirth two weeks ago and I'm still getting the baby class emails from the "
        "café noticeboard sign-up. Please take me off. || Agent: I am so sorry. I've removed you from "
        "that list right now. || Caller: Thank you."),
    ("bereavement", "sensitive", "agent_note",
        "Member R. Dhillon emailed: his father has died and he'll be away three weeks for the funeral. "
        "Desk 9 put on hold free of charge."),
    ("bereavement", "sensitive", "chat",
        "Customer: hi, I need to cancel my husband's account || Agent: Of course, can I ask the reason so "
        "I process it correctly? || Customer: he passed away in december. I've only just found the direct "
        "debit"),
    ("bereavement", "sensitive", "voicemail",
        "Morning, it's Glenys. Just to say I won't be in for a bit, my partner died on Tuesday and I'm "
        "not really... anyway. Please pass my apologies to the book club lot. Bye."),
    ("bereavement", "sensitive", "review",
        "Grieving my dad this month and the only place I could think straight was the quiet booth at "
        "Brindle Cross. Thank you for being a calm space."),
    ("bereavement", "sensitive", "email",
        "Hello, our colleague Mina Sato, who shared Office 4 with us, died suddenly over the weekend. "
        "We'd like to hold a small memorial in the Snug on Friday. Could you waive the fee? The Lantern "
        "Studio team"),
    ("bereavement", "benign", "chat",
        "Customer: my laptop died and I've lost my booking confirmation || Agent: No problem, I can see "
        "it here: Snug, 2-4pm today. || Customer: phew"),
    ("bereavement", "benign", "sms",
        "wifi's dead on floor 2 at Kellington, anyone else? || Agent: Known issue, engineer's on site, "
        "should be back in 20 mins. || cheers"),
    ("bereavement", "benign", "review",
        "The Death by Chocolate cake in the Oakhithe café should come with a warning. Absolutely lethal, "
        "10/10."),
    ("bereavement", "benign", "web_form",
        "Event hire | Organisation: Harcourt & Sons Funeral Directors | Purpose: staff training day | "
        "Room: Boardroom | Attendees: 12 | Date: 7 March"),
    ("bereavement", "benign", "email",
        "Hi, the printer on floor 3 is dead again. Third time this month. Can someone please get the "
        "engineer back out? Thanks, Owen"),
    ("bereavement", "benign", "agent_note",
        "Wi-Fi dead spot reported at desks 30-34, Marsham Quay. Extra access point ordered, install "
        "booked for Tuesday."),
    ("bereavement", "benign", "voicemail",
        "Hiya, it's Kerry. Deadline day for us so we'll be in the Boardroom till about 9 tonight, is the "
        "building open that late? Ring me back."),
    ("bereavement", "benign", "dm",
        "The 'Dead Poets Society' screening last night was ace. Do you take requests? Would love The "
        "Shawshank Redemption next."),
    ("bereavement", "benign", "chat",
        "Customer: what do I do with dead fobs? I've got three old ones in a drawer || Agent: Drop them "
        "at reception, we recycle them and refund the £10 deposit. || Customer: nice"),
    ("bereavement", "benign", "call",
        "Caller: Hi, my phone's died so I'm calling from a colleague's, can you let me into the building? "
        "|| Agent: I can, I'll just need your full name and desk number. || Caller: Laura Kemp, desk 17."),
    ("bereavement", "benign", "email",
        "Hi, Kellington Bereavement Support Network (registered charity) would like to book Room 2 "
        "monthly for the volunteer coordinators' meeting. Do you offer the charity rate? Thanks"),
    ("bereavement", "benign", "review",
        "The café lunch rush is a ghost town at 11 and pure chaos at 12:15. Needs another till. 3 stars."),
    ("bereavement", "benign", "web_form",
        "Membership change | Request: cancel old plan 'Legacy Flex' and move to the new Flex 10 | Reason: "
        "Legacy plan is being retired per your email."),
    ("bereavement", "benign", "agent_note",
        "Member asked what happens to a membership if the holder dies. Explained the general policy: next "
        "of kin or executor can cancel with no notice, and no fees are charged after the date of death."),
    ("bereavement", "benign", "sms",
        "mourning the loss of the old oat milk lol, the new one is awful. any chance of switching back? "
        "|| Agent: You're not the only one! We're switching back next week."),
    # ---- violence_self_harm
    ("violence_self_harm", "sensitive", "email",
        "Hi, I need to report another member, the man at desk 28 at Marsham Quay. He keeps making "
        "comments about my body and last week he followed me out to the car park. I don't feel safe. Can "
        "you do something? Kirsty"),
    ("violence_self_harm", "sensitive", "chat",
        "Customer: pls can you not tell anyone which site i'm at || Agent: Of course, we never share "
        "members' details. Is everything OK? || Customer: my ex keeps turning up where I work, he hit me "
        "in the past. I've moved to Saltmoor to get away from him"),
    ("violence_self_harm", "sensitive", "agent_note",
        "Reception incident 09:40: a man came in asking for member Lucy Fenn, shouting and threatening to "
        "'sort her out'. Police called; he left before they arrived. Lucy shaken, moved to a private "
        "office for the day."),
    ("violence_self_harm", "sensitive", "voicemail",
        "Hi, I keep getting messages from someone on the Dalework community Slack, same person, different "
        "accounts, calling me a whore and saying he knows what car I drive. It's been going on for weeks. "
        "Please ring me, 07700 900813."),
    ("violence_self_harm", "sensitive", "dm",
        "honestly i don't see the point anymore. i've been sitting in my car in your car park for an hour "
        "thinking about ending it || Agent: Thank you for telling us. You're not alone. Please call "
        "Samaritans on 116 123 now, and I'm sending someone out to you. Which car are you in?"),
    ("violence_self_harm", "sensitive", "web_form",
        "Incident report | Site: Kellington | Date: 3 Nov | What happened: another member grabbed my arm "
        "hard enough to bruise when I asked him to keep the noise down in the quiet zone. | Injuries: "
        "bruising | Witnesses: desk 12"),
    ("violence_self_harm", "sensitive", "sms",
        "can u not give my mobile number to anyone who asks. my brother's been threatening me and he "
        "knows i work here || Agent: We never give out members' numbers. I've added a note so nobody "
        "confirms you work here. || thank you"),
    ("violence_self_harm", "sensitive", "email",
        "Hello, I'm a member at Oakhithe. I've been self-harming again and I think someone in our office "
        "noticed the marks. I don't know who else to tell. || Agent: Thank you for trusting us, Ellie. "
        "Please contact your GP or Samaritans on 116 123. The Wellbeing Room is yours any time, no "
        "booking needed."),
    ("violence_self_harm", "sensitive", "call",
        "Caller: One of your cleaners, I think her name's Beata, told me her partner beats her. She was "
        "crying in the stairwell. I didn't know who to tell. || Agent: Thank you for letting us know, "
        "I'll speak to the contractor's manager and make sure she's offered support."),
    ("violence_self_harm", "sensitive", "review",
        "1 star. I reported that a member was stalking me, waiting outside the building and turning up in "
        "the café whenever I'm there, and all the staff did was 'note it'. || Reply from Dalework: We're "
        "very sorry, Fiona. Our site manager will call you today."),
    ("violence_self_harm", "sensitive", "agent_note",
        "Member on desk 15 says her husband checks her fob entry times in the app on her phone and 'goes "
        "mad' if she's late home. Set up a new app account on a different email; gave her the domestic "
        "abuse helpline card."),
    ("violence_self_harm", "sensitive", "chat",
        "Customer: I think someone spiked my drink at the Dalework summer party, I woke up with no memory "
        "and bruises. || Agent: I'm so sorry. Are you safe now? We'll preserve the CCTV from that night. "
        "|| Customer: yes i'm at my sister's"),
    ("violence_self_harm", "sensitive", "voicemail",
        "Hi, it's Marcus, Office 3. Somebody slashed two of my tyres in the Brindle Cross car park and "
        "left a note saying 'next time it's you'. Can you check the cameras please."),
    ("violence_self_harm", "sensitive", "email",
        "Hi, I want to flag something. A member posted in the Marsham Quay Slack that he'd 'like to put a "
        "bullet' in our office manager after she moved his desk. Screenshot attached. He sits at desk 6."),
    ("violence_self_harm", "sensitive", "sms",
        "my son (hes 19) got punched outside your building last night leaving the party, whos responsible "
        "for security there??"),
    ("violence_self_harm", "benign", "chat",
        "Customer: this printer is literally killing me, third jam in ten minutes || Agent: Ha, sorry! "
        "Engineer's on his way up. || Customer: bless you"),
    ("violence_self_harm", "benign", "review",
        "Killer coffee, killer views from the Loft. Saltmoor is the best Dalework site, fight me."),
    ("violence_self_harm", "benign", "web_form",
        "Event hire | Organisation: Marsham Women's Self-Defence Collective | Event: beginners' taster "
        "session | Room: Loft (mats needed) | Attendees: 20"),
    ("violence_self_harm", "benign", "email",
        "Hi, can I book the screen in the Loft for our 'Fight Club' film night on the 30th? It's the "
        "Oakhithe members' social, we'll run the sign-up. Cheers, Kwame"),
    ("violence_self_harm", "benign", "sms",
        "I'll shoot you an email about the Boardroom booking, bit slammed today || Agent: No rush, it's "
        "pencilled in till Friday."),
    ("violence_self_harm", "benign", "agent_note",
        "Prospective member asked about our anti-harassment policy before joining. Sent link to the "
        "Community Code of Conduct and the reporting process."),
    ("violence_self_harm", "benign", "dm",
        "your new coffee machine is an absolute beast, the steam wand nearly took my hand off lol"),
    ("violence_self_harm", "benign", "voicemail",
        "Hiya, it's Dom from Office 8, the back door at Brindle Cross is jammed shut again, I had to give "
        "it a right kick to get it open. Can someone look at the hinge? Ta."),
    ("violence_self_harm", "benign", "call",
        "Caller: Is it OK if we run a knife-skills demo in the café kitchen? It's for a chef's cookbook "
        "launch. || Agent: As long as only the chef handles knives and the area's cordoned off, yes. || "
        "Caller: Great."),
    ("violence_self_harm", "benign", "chat",
        "Customer: the app keeps bombarding me with notifications, can I turn them off? || Agent: "
        "Settings > Notifications, then switch off 'Community posts'. || Customer: bliss"),
    ("violence_self_harm", "benign", "email",
        "Hello, we're a security firm (Sentinel Guarding Ltd) and would like to quote for evening "
        "reception cover across your sites. Who's the right contact? Kind regards, Business Development"),
    ("violence_self_harm", "benign", "review",
        "The stairwell at Kellington is brutal. Five floors and no lift on that side. Great cardio "
        "though."),
    ("violence_self_harm", "benign", "web_form",
        "Print order | Job: 100 posters 'Stop Domestic Abuse - Helpline Numbers' | Customer: Saltmoor "
        "Community Safety Partnership | Size: A3 | Colour: yes"),
    ("violence_self_harm", "benign", "agent_note",
        "Complaint that the 'murder mystery' party in the Loft on Friday was too loud. Reminded the "
        "organiser of the 10pm noise curfew."),
    ("violence_self_harm", "benign", "dm",
        "need a room to hash it out with my co-founder about the pitch deck, we're at each other's "
        "throats lol, anything free at 3?"),
    # ---- special_categories
    ("special_categories", "sensitive", "chat",
        "Customer: does the café do takeaway boxes after 4? || Agent: We close at 4, but you can "
        "pre-order in the app and collect by 3:55. || Customer: ok good, it's just I'm fasting this month "
        "so I'll skip lunch and take something home for iftar"),
    ("special_categories", "sensitive", "email",
        "Hi, could I have a recurring booking of the Wellbeing Room at Marsham Quay on Fridays 1:15-1:45? "
        "I pray Jummah and the mosque is too far to get there and back in my lunch hour. Thanks, Yusuf"),
    ("special_categories", "sensitive", "web_form",
        "Membership query | Member: Daniel Adler | Question: I'm Orthodox and leave early on Fridays for "
        "Shabbat in winter. Is there a 4.5-day plan so I'm not paying for Friday afternoons I can't use?"),
    ("special_categories", "sensitive", "agent_note",
        "Member (fixed desk 11, Kellington) asked that the café label anything with pork or gelatine; she "
        "keeps kosher and has been caught out twice. Passed to café manager."),
    ("special_categories", "sensitive", "sms",
        "Hi, it's Rev. Clare Hurst, vicar at St Barnabas. Can I move my hot desk day from Sunday to "
        "Monday, for obvious reasons lol || Agent: Ha, of course! Switched to Mondays from next week. || "
        "bless you"),
    ("special_categories", "sensitive", "dm",
        "hey, I'm converting to Catholicism and my confirmation is on the 14th, can I bring my sponsor "
        "for a coffee in the café after? she's not a member"),
    ("special_categories", "sensitive", "call",
        "Caller: Can I get Diwali week off my desk fee? We'll be with family all week doing puja at home. "
        "|| Agent: Freezes are a minimum of one month, but I can give you day pass credit for that week. "
        "|| Caller: Fine, thanks."),
    ("special_categories", "sensitive", "review",
        "As an atheist I found the lunchtime prayer group in the Kellington café a bit much. It's a "
        "shared space and not everyone wants to sit through grace. 3/5. || Reply: Thanks, Neil, we'll "
        "look at moving the group to a bookable room."),
    ("special_categories", "sensitive", "email",
        "Hello, I'm a practising Sikh and wear a kirpan. Your new security guard at Brindle Cross stopped "
        "me and asked me to leave it at reception. Can you confirm your policy? Regards, Harpreet Singh "
        "Gill"),
    ("special_categories", "sensitive", "email",
        "I want to report that a member in the Oakhithe kitchen told me to 'go back to Poland' when I "
        "asked him to wash his cup. I've lived here 15 years. I'd like this taken seriously. Agnieszka "
        "Nowak"),
    ("special_categories", "sensitive", "agent_note",
        "Member Sean W. (Irish Traveller, lives on the Saltmoor site) says the app won't accept his "
        "address for mail handling. Added it manually and apologised; he says he gets this everywhere."),
    ("special_categories", "sensitive", "chat",
        "Customer: the membership form wants 3 years of address history? || Agent: That's just for our ID "
        "check. || Customer: I'm Romani and we moved about a lot, I don't have 3 years anywhere. Is there "
        "another way? || Agent: Yes, a passport and one current bill is fine."),
    ("special_categories", "sensitive", "web_form",
        "Bursary application | Name: Folake Adeyemi | About you: I'm a Black woman founder of Nigerian "
        "heritage building a haircare brand, and I'd love a desk through your Underrepresented Founders "
        "scheme."),
    ("special_categories", "sensitive", "dm",
        "ur receptionist keeps calling me 'the Chinese lad' when she rings up about parcels. I'm British "
        "Chinese, born in Marsham, and I do have a name lol. kinda annoying"),
    ("special_categories", "sensitive", "voicemail",
        "Hello, it's Mr Tesfaye, Office 10. I'm originally from Eritrea and I need a letter from you "
        "confirming my business address for my Home Office application. Please call me back, thank you."),
    ("special_categories", "sensitive", "review",
        "Someone wrote a racist slur next to my name on the booking sheet outside Room 2. I'm mixed race "
        "and it's the second time. Staff removed it fast but what's being done? || Reply: We're so sorry, "
        "Jade. The site manager will contact you directly."),
    ("special_categories", "sensitive", "call",
        "Caller: I'm from a Gypsy family and one of your members keeps making 'gyppo' jokes when I walk "
        "past. || Agent: That's completely unacceptable. Can you tell me where he sits? || Caller: Hot "
        "desks by the window, second floor."),
    ("special_categories", "sensitive", "sms",
        "could u make sure my name's spelled right on the fob card, it's Nguyen with the accents, my "
        "grandparents came over from Vietnam and my mum's really particular about it"),
    ("special_categories", "sensitive", "email",
        "Hi, I'm standing as the Green Party candidate for Marsham East in May's council elections. Can I "
        "use my hot desk address on the nomination papers, or does it have to be my home? Thanks, Ben "
        "Carew"),
    ("special_categories", "sensitive", "chat",
        "Customer: can I store leaflets in my locker? || Agent: Yes, as long as it closes. How many? || "
        "Customer: about 2,000, I'm out canvassing for Labour every evening this month || Agent: That'll "
        "need the large locker, I'll swap you."),
    ("special_categories", "sensitive", "agent_note",
        "Member (desk 22) asked us not to use the members' social photo on the website as it shows him at "
        "the Extinction Rebellion stall. His main client doesn't know he's involved."),
    ("special_categories", "sensitive", "dm",
        "pls take me out of the newsletter photo, I was on the Palestine march in that pic and I'd rather "
        "my face wasn't everywhere || Agent: Done, we've swapped it for a photo without you in it. || "
        "thanks"),
    ("special_categories", "sensitive", "sms",
        "Need Fri off the desk, I'm at the Reform UK conference all day helping on the stall || Agent: No "
        "problem, your desk is released for Friday. || ta"),
    ("special_categories", "sensitive", "review",
        "Good space but the café staff rolled their eyes when I mentioned I'm a Conservative councillor. "
        "I pay the same as everyone else. 3 stars."),
    ("special_categories", "sensitive", "voicemail",
        "Hi, it's Martin from desk 9. Look, the BNP leaflets I put through doors round Oakhithe, "
        "somebody's taped one to my desk with 'NAZI' written on it. I want to know who. Call me back."),
    ("special_categories", "sensitive", "web_form",
        "Guest access | Member: Ros Kemble | Guest: Ifor Davies | Reason: strategy meeting for my bid to "
        "be selected as Lib Dem candidate; please keep the guest's name off the lobby screen."),
    ("special_categories", "sensitive", "email",
        "Hello, I voted Leave and I'm fed up with the jokes about it in the Kellington kitchen. It's not "
        "a crime. Could someone have a quiet word with the people on desks 3-5? Regards, Trevor"),
    ("special_categories", "sensitive", "chat",
        "Customer: hi, can I book Room 2 privately on Tues? I'm a shop steward and need to meet a member "
        "about a disciplinary, it's confidential || Agent: Of course, I've booked it 12-1 under your name "
        "only."),
    ("special_categories", "sensitive", "sms",
        "won't need my desk Tues-Thurs, I'm on the picket line at the depot. back Fri || Agent: Noted, "
        "see you Friday. || cheers"),
    ("special_categories", "sensitive", "email",
        "Hi, I'm a teacher and in the NEU, we're out on strike Wednesday and Thursday, so I'd like two "
        "day passes at Fenwick Bridge to get my marking done. Is the strike-day discount real or a "
        "rumour? Thanks, Naomi"),
    ("special_categories", "sensitive", "agent_note",
        "Member R. Clegg asked for his Unite membership card, which he left on the printer, to be "
        "returned to him discreetly; his client firm doesn't know he's in a union."),
    ("special_categories", "sensitive", "voicemail",
        "Hi, Gary from desk 31. My GMB rep, Pauline, is coming in Thursday at 2 to go through the "
        "redundancy consultation with me, can you sign her in as my guest? Cheers."),
    ("special_categories", "sensitive", "web_form",
        "Room booking | Booker: Aisha Karim | Purpose: Unison branch committee meeting (I'm branch "
        "secretary) | Room: Snug | Notes: please invoice me personally, the branch reimburses"),
    ("special_categories", "sensitive", "dm",
        "lol CWU strike pay barely covers my Flex 5 so I'm dropping to day passes for a bit"),
    ("special_categories", "sensitive", "review",
        "Only place in Saltmoor where I can do my union rep casework in peace. The booths are perfect for "
        "confidential calls with members. 5 stars."),
    ("special_categories", "sensitive", "call",
        "Caller: I've just been elected RMT branch chair and I need a postal address that isn't my home "
        "for union post. Can I use your mail service? || Agent: Yes, the Mailbox plan is £15 a month. || "
        "Caller: Sign me up."),
    ("special_categories", "sensitive", "email",
        "Hi, I'd like to add my husband, Jonathan, as a second named user on my fixed desk plan. He's "
        "going freelance next month. Thanks, Tom Bryce"),
    ("special_categories", "sensitive", "chat",
        "Customer: the family locker form has 'mother' and 'father' boxes, what do two mums do? || Agent: "
        "Sorry about that! Put both as parent and I'll flag the form to the app team. || Customer: ta, my "
        "wife will be pleased"),
    ("special_categories", "sensitive", "dm",
        "random q but can I use the booths for personal calls? I'm bi and just came out to my family so "
        "it's going to be a lot of phone calls this week lol"),
    ("special_categories", "sensitive", "agent_note",
        "Member asked us to delete the newsletter photo of her and her girlfriend at the Pride social. "
        "She isn't out at work and a client has already seen it."),
    ("special_categories", "sensitive", "sms",
        "hi can i move my 3pm room to 4? got an appointment at the sexual health clinic, results day eek "
        "|| Agent: Moved to 4-5pm. Good luck! || ta"),
    ("special_categories", "sensitive", "review",
        "Finally a co-working space where I can mention my boyfriend without people going quiet. As a gay "
        "man in a small town, that matters. 5 stars, Fenwick Bridge."),
    ("special_categories", "sensitive", "voicemail",
        "Hi, it's Phil. Um, my partner Steve and I are having our civil partnership do, is the Loft still "
        "available on the 18th? About 60 guests. Ring me back."),
    ("special_categories", "sensitive", "call",
        "Caller: Someone was reading my Grindr messages over my shoulder in the café and now he's telling "
        "people. || Agent: That's not OK. Do you know who it was? || Caller: Yeah, the guy from Office 4."),
    ("special_categories", "sensitive", "web_form",
        "Feedback | Comment: When I said 'my wife' at reception, the new receptionist asked 'you mean "
        "your husband?'. I'm a lesbian, I meant my wife. Please do some training. | Name: Kate Ormond"),
    ("special_categories", "sensitive", "email",
        "Hi, I transitioned last year and the fob system and the door screen still show my deadname. "
        "Please update it to Alex Rowe. My new passport is attached if you need it."),
    ("special_categories", "sensitive", "chat",
        "Customer: hey, can I add pronouns to my member profile? || Agent: Yes, Profile > Edit > "
        "Pronouns. || Customer: cool, mine are they/them and reception keep getting it wrong"),
    ("special_categories", "sensitive", "agent_note",
        "Member (trans woman, Office 8) reported another member told her to use the accessible toilet "
        "instead of the women's. Reassured her she uses whichever she likes; escalating the other "
        "member's conduct."),
    ("special_categories", "sensitive", "web_form",
        "Update details | Member: Jordan Blake | Change: title from Ms to Mx, gender to non-binary | "
        "Notes: please update the invoice template too."),
    ("special_categories", "sensitive", "sms",
        "Hi, Sam (desk 18) here, just so reception knows I'll be off 2 weeks after my top surgery next "
        "month. Will pay as normal"),
    ("special_categories", "sensitive", "dm",
        "is there a way to stop old invoices showing my old name? since I came out as trans my accountant "
        "keeps asking who 'Michael' is || Agent: We can reissue past invoices in your current name, I'll "
        "send them today. || amazing, thank you"),
    ("special_categories", "sensitive", "review",
        "The Kellington team used my correct name and pronouns from day one, even before my gender "
        "recognition certificate came through. Small thing, massive difference. 5/5"),
    ("special_categories", "sensitive", "voicemail",
        "Hi, it's Robin, desk 2. I've got my GRC now so can you update my membership record to female and "
        "destroy the old ID copy you've got on file? Thanks, bye."),
    ("special_categories", "sensitive", "call",
        "Caller: I'm a trans man and your online ID check flagged my passport photo as not matching me. "
        "|| Agent: I'm sorry about that. We can verify you in person at reception instead. || Caller: OK, "
        "I'll come in tomorrow."),
    ("special_categories", "sensitive", "email",
        "Hi, I'll need a few half days next month for genetic counselling. My BRCA2 result came back "
        "positive and there's a lot to sort out. Can I swap my fixed desk for a Flex 10 for now? Thanks, "
        "Rachel"),
    ("special_categories", "sensitive", "chat",
        "Customer: can I print something private at reception rather than on the shared printer? || "
        "Agent: Sure, send it to reception-print@example.com. || Customer: thanks, it's my 23andMe health "
        "report, don't want it sitting in the open tray"),
    ("special_categories", "sensitive", "agent_note",
        "Member asked for a private room on three afternoons for calls with the Huntington's testing "
        "clinic; his dad had HD and he's being tested. Booked Room 3, marked 'private calls' only."),
    ("special_categories", "sensitive", "dm",
        "my partner and I both came back as cystic fibrosis carriers on the preconception screen so I'm "
        "all over the place this week, sorry for missing the invoice deadline"),
    ("special_categories", "sensitive", "review",
        "Used the Snug to take the call from the genetics clinic about my Lynch syndrome result. Quiet, "
        "private, and the staff brought me a tea afterwards. Thank you."),
    ("special_categories", "sensitive", "sms",
        "Can someone sign for a parcel for me? It's the DNA sample kit from the NHS genetics service for "
        "my family screening, they need a signature"),
    ("special_categories", "sensitive", "web_form",
        "Wellbeing room booking | Member: Hana Ito | Reason: I carry the sickle cell trait and have a "
        "consultation about testing for my kids, need somewhere private for an hour"),
    ("special_categories", "sensitive", "voicemail",
        "Hi, Colin from Office 6. My ancestry DNA results came back with a, er, paternity surprise, long "
        "story, so I'll be in and out for a few days. Just so no one panics if the office is empty."),
    ("special_categories", "sensitive", "chat",
        "Customer: FaceKey won't let me in since I shaved my beard off lol || Agent: Ha! You'll need to "
        "re-enrol your face scan, reception can redo it. || Customer: on my way"),
    ("special_categories", "sensitive", "email",
        "Hello, please delete my FaceKey face scan and my fingerprint for the Marsham lockers and put me "
        "back on a normal fob. I'm not comfortable with you holding my biometrics. Please confirm in "
        "writing. Helen Moss"),
    ("special_categories", "sensitive", "agent_note",
        "Member P. Okoro's fingerprint enrolment for locker bank B failed four times (worn prints, he's a "
        "potter). Switched him to a PIN locker and deleted the partial templates."),
    ("special_categories", "sensitive", "web_form",
        "Data request | Member: Gareth Lyle | Request: a copy of my stored face template and all FaceKey "
        "matches against it in January, as I think someone else has been matched to my face."),
    ("special_categories", "sensitive", "dm",
        "the face scanner at Saltmoor keeps matching me as my twin sister, she's not even a member! can "
        "you re-scan me || Agent: Ha, that's a first! Pop to reception and we'll re-enrol you with a "
        "fresh scan. || on my way"),
    ("special_categories", "sensitive", "voicemail",
        "Hi, it's Zainab, Office 12. The iris scanner on our server room door rejected me three times "
        "this morning. Can someone reset my iris record before my 2pm? Thanks."),
    ("special_categories", "sensitive", "review",
        "FaceKey entry is slick, but since I enrolled my face pops up on the reception screen with my "
        "name every time I walk in. Not OK. 2 stars."),
    ("special_categories", "sensitive", "call",
        "Caller: Your phone line asked me to say my passphrase and now it says my voiceprint doesn't "
        "match, I've got a cold. || Agent: I'll verify you with security questions instead and reset your "
        "voice ID. || Caller: Thanks."),
    ("special_categories", "benign", "web_form",
        "Event hire | Organisation: Marsham Central Mosque facilities committee | Purpose: planning "
        "meeting for car park resurfacing | Room: Boardroom | Attendees: 8"),
    ("special_categories", "benign", "chat",
        "Customer: do you do halal options in the café? || Agent: Yes, all our chicken is halal and it's "
        "labelled on the menu. || Customer: great thanks"),
    ("special_categories", "benign", "email",
        "Hi, the events team at St Anne's Church, Kellington, needs 400 orders of service printed for the "
        "Christmas carol concert. Cream A5, folded. Can you do it by 15 Dec? Thanks"),
    ("special_categories", "benign", "agent_note",
        "Member asked generally whether any site has a prayer or quiet reflection room. Told them: "
        "Wellbeing Rooms at Kellington and Marsham Quay, bookable by anyone in 30-minute slots."),
    ("special_categories", "benign", "sms",
        "hallelujah the printer works again!! thank u to whoever fixed it || Agent: That'd be Dave from "
        "IT, we'll tell him!"),
    ("special_categories", "benign", "review",
        "The Genesis room at Oakhithe is a godsend for workshops. Big table, good light, and the screen "
        "just works."),
    ("special_categories", "benign", "call",
        "Caller: Does the café change its hours during Ramadan? We've a client event that month. || "
        "Agent: No, hours stay the same, 7 till 4. || Caller: Perfect."),
    ("special_categories", "benign", "dm",
        "god-awful wifi at Brindle Cross today, is it being fixed? || Agent: Sorry, a switch failed this "
        "morning; it's being replaced now. || ta"),
    ("special_categories", "benign", "voicemail",
        "Hi, it's Beth at the Diocese of Saltmoor finance office, just checking our payment for the Loft "
        "hire went through, reference 55102. Thanks."),
    ("special_categories", "benign", "email",
        "Hi, we'd love to run a Caribbean food pop-up in the Marsham Quay café on Fridays in August. "
        "We're a licensed street food business, Island Pot Ltd. Who should I talk to?"),
    ("special_categories", "benign", "chat",
        "Customer: is the app available in any other languages? || Agent: English and Welsh at the "
        "moment; Polish and Spanish are planned for next year. || Customer: ok, thanks"),
    ("special_categories", "benign", "sms",
        "black and white printing is 5p a page right? need 200 copies || Agent: Yes, 5p a page for mono, "
        "8p for colour. || cool"),
    ("special_categories", "benign", "review",
        "The Black Friday deal on the Flex 10 was genuinely good. Signed up for the year."),
    ("special_categories", "benign", "agent_note",
        "Café supplier change: switching to Roma tomatoes from Hill Farm for the bruschetta. Menu cards "
        "updated at all sites."),
    ("special_categories", "benign", "web_form",
        "Event hire | Organisation: Marsham Chinese New Year Festival committee | Purpose: volunteers' "
        "briefing | Room: Loft | Attendees: 35"),
    ("special_categories", "benign", "email",
        "Hello, we're a translation agency (Lingua Bridge Ltd) looking for a six-desk private office. We "
        "cover Arabic, Urdu and Romanian. Could we view Saltmoor next week?"),
    ("special_categories", "benign", "call",
        "Caller: We'd like Indian catering for a team lunch in the Boardroom, do you have a list of "
        "approved caterers? || Agent: Yes, Spice Route and Masala Box are both approved. || Caller: We'll "
        "go with Spice Route."),
    ("special_categories", "benign", "dm",
        "French press in the kitchen at Oakhithe has a cracked glass, someone's going to cut themselves "
        "|| Agent: Thanks, it's binned and a new one arrives today."),
    ("special_categories", "benign", "web_form",
        "Event hire | Organisation: Fenwick Bridge Civic Society | Event: local election hustings, all "
        "candidates invited | Room: Loft | Attendees: 80 | Date: 24 April"),
    ("special_categories", "benign", "email",
        "Hi, Save Saltmoor Library would like 1,000 A5 leaflets printed, double-sided, full colour. "
        "Artwork attached. Please invoice the campaign's account."),
    ("special_categories", "benign", "chat",
        "Customer: can I book the Green Room at Kellington for 2 hours? || Agent: Yes, 1-3pm is free. || "
        "Customer: book it please"),
    ("special_categories", "benign", "sms",
        "party planning! is the Loft free on the 20th Dec evening for our office xmas party, about 25 ppl"),
    ("special_categories", "benign", "review",
        "Labour of love, this place. You can tell the Kellington staff actually care. 5 stars."),
    ("special_categories", "benign", "agent_note",
        "Enquiry about whether political campaign groups can hire rooms. Sent policy: yes for meetings "
        "and printing, no banners or canvassing inside the building."),
    ("special_categories", "benign", "call",
        "Caller: What's the business rates situation on a private office, is that included? || Agent: "
        "Yes, rates and service charge are in the licence fee. || Caller: Great."),
    ("special_categories", "benign", "dm",
        "voting on the new café menu closes friday, don't forget to remind everyone! the halloumi wrap "
        "deserves to win"),
    ("special_categories", "benign", "email",
        "Hello, at a conservative estimate we'll need the Boardroom for about 40 hours across March for "
        "client pitches. Is there a bulk discount? Regards, Dunmore Partners"),
    ("special_categories", "benign", "web_form",
        "Print order | Customer: Marsham Trades Union Council | Job: 500 A4 posters for the May Day rally "
        "| Colour: red and black | Collection: Marsham Quay"),
    ("special_categories", "benign", "email",
        "Hi, the Unite Brindle Cross community branch would like to book the Loft for its AGM on Saturday "
        "11 May, about 60 people. Please send a quote to the branch office address. Thanks"),
    ("special_categories", "benign", "chat",
        "Customer: which site is on Union Street in Marsham? || Agent: That's Marsham Quay, 14 Union "
        "Street. || Customer: thanks, my taxi was confused"),
    ("special_categories", "benign", "sms",
        "strike that last msg, I meant Room 3 not Room 2 || Agent: No problem, Room 3 it is."),
    ("special_categories", "benign", "agent_note",
        "Marsham Uni Students' Union rebooked the Loft for their freshers' fair volunteer training, now 8 "
        "Sept."),
    ("special_categories", "benign", "call",
        "Caller: Can I pay my membership from our credit union account? || Agent: If it can set up a "
        "direct debit, yes. || Caller: It can, thanks."),
    ("special_categories", "benign", "review",
        "Saltmoor TUC hosted a health and safety training day in the Loft. Room was great, lunch was 40 "
        "minutes late. 4 stars."),
    ("special_categories", "benign", "dm",
        "does the EU VAT reverse charge apply to my invoices? I bill a client in Ireland"),
    ("special_categories", "benign", "email",
        "Hi, is the event hire rate different for trade unions and charities? We're shortlisting venues "
        "for a few organisations we work with. Thanks, Kestrel Events"),
    ("special_categories", "benign", "web_form",
        "Event hire | Organisation: Saltmoor Pride CIC | Event: volunteer thank-you drinks | Room: café "
        "(after 5pm) | Attendees: 50"),
    ("special_categories", "benign", "chat",
        "Customer: I'll be straight with you, the new booking app is worse than the old one || Agent: "
        "Fair, what's bugging you most? || Customer: I can't see room photos before I book"),
    ("special_categories", "benign", "email",
        "Hi, my business partner Dev and I would like to upgrade from two hot desks to a two-person "
        "office at Oakhithe. When could we view? Thanks, Callum"),
    ("special_categories", "benign", "dm",
        "The Queen Room at Marsham Quay is gorgeous, who picked that wallpaper"),
    ("special_categories", "benign", "agent_note",
        "Member asked whether we run any LGBTQ+ networking events. Pointed them to the Pride Month social "
        "in June, open to all members."),
    ("special_categories", "benign", "review",
        "The Rainbow Room at Fenwick Bridge is bright, fun and perfect for brainstorming. Our design team "
        "loves it."),
    ("special_categories", "benign", "call",
        "Caller: We're a dating app startup, six of us, looking for a private office. || Agent: The "
        "Studio Office at Kellington fits six; I can book a viewing. || Caller: Thursday please."),
    ("special_categories", "benign", "sms",
        "coming out of beta next week so we'll need the Loft for a launch party, 2 hrs, any chance?"),
    ("special_categories", "benign", "voicemail",
        "Hi, it's Rosa from the Clearview sexual health charity, we've booked Room 2 for our trustees' "
        "meeting on the 9th, can you confirm there's a screen? Thanks."),
    ("special_categories", "benign", "chat",
        "Customer: do you have gender-neutral toilets at Saltmoor? || Agent: Yes, all the ground-floor "
        "toilets are single-occupancy and gender-neutral. || Customer: thanks"),
    ("special_categories", "benign", "email",
        "Hi, could you add an optional pronouns field to the member directory? Lots of places have one "
        "now and it'd be good practice. Just a suggestion. Cheers, Sam"),
    ("special_categories", "benign", "agent_note",
        "Member transitioning from hot desk to fixed desk from 1 May. Plan updated, fob given floor 2 "
        "access."),
    ("special_categories", "benign", "sms",
        "can u transfer my Snug booking to Jo please, she's running the 2pm now"),
    ("special_categories", "benign", "web_form",
        "Event hire | Organisation: Marsham Trans Support Network | Event: trustees' strategy day | Room: "
        "Snug | Attendees: 7"),
    ("special_categories", "benign", "review",
        "The transition from fobs to app entry was surprisingly painless. Well done Dalework IT."),
    ("special_categories", "benign", "dm",
        "why does the invoice say 'Mr' for a limited company lol, can you take the title off? it's just "
        "Wrenfield Ltd"),
    ("special_categories", "benign", "call",
        "Caller: The printer keeps printing binary rubbish, pages of symbols. || Agent: Sounds like a "
        "driver issue, try printing as a PDF. || Caller: That fixed it."),
    ("special_categories", "benign", "email",
        "Hello, our HR team would like to run a 'Trans Inclusion at Work' training session in the "
        "Boardroom for our managers. 12 people, 2 hours. Is it free on Tuesday? Thanks, Halden Group"),
    ("special_categories", "benign", "web_form",
        "Private office enquiry | Company: Helix Genomics Ltd (bioinformatics software) | Desks: 8 | "
        "Site: Kellington | Start: July"),
    ("special_categories", "benign", "email",
        "Hi, your brochure says community is in Dalework's DNA. Could you prove it with a monthly "
        "members' lunch? Just a suggestion! Best, Imran"),
    ("special_categories", "benign", "chat",
        "Customer: is Gene in today? he was helping me with mail forwarding || Agent: Gene's back Monday, "
        "but I can help. What do you need? || Customer: just a redirect to my new office"),
    ("special_categories", "benign", "dm",
        "anyone lost a 'DNA Day 2024' conference lanyard? found it in booth 3, it's at reception now"),
    ("special_categories", "benign", "agent_note",
        "Member asked whether Dalework ever collects genetic or health data. Confirmed we don't and "
        "pointed them to the privacy notice."),
    ("special_categories", "benign", "review",
        "The Darwin Room at Oakhithe has the best whiteboard in the building. Natural selection for our "
        "sprint planning."),
    ("special_categories", "benign", "sms",
        "it's in our genes to be late lol, running 10 min behind for the Loft, sorry || Agent: No "
        "worries, the room's yours till 3."),
    ("special_categories", "benign", "call",
        "Caller: We're a lab equipment supplier, can we keep boxed sample kits in the mail room "
        "overnight? || Agent: Only if they're not hazardous or temperature-sensitive. || Caller: They're "
        "just empty swab kits, fine."),
    ("special_categories", "benign", "chat",
        "Customer: is there a face-ID option for getting in, or is it fob only? || Agent: Kellington and "
        "Saltmoor have optional FaceKey; everywhere else is fob or app. || Customer: ok cool"),
    ("special_categories", "benign", "email",
        "Hello, before our team joins, could you tell us whether FaceKey is optional and how long the "
        "data is kept? Our DPO has asked. Thanks, Compliance, Mercer Ridge"),
    ("special_categories", "benign", "sms",
        "someone pls clean the glass doors at Kellington, covered in fingerprints and smudges || Agent: "
        "Cleaners are on it."),
    ("special_categories", "benign", "review",
        "The Iris meeting room is lovely. Fresh flowers on the table, great light. Coffee was cold "
        "though."),
    ("special_categories", "benign", "agent_note",
        "Standard reply to biometrics enquiry: FaceKey is opt-in, templates are deleted within 30 days of "
        "opting out, and fob entry is always available."),
    ("special_categories", "benign", "dm",
        "is the voice memo app blocked on the guest wifi? my recordings won't upload || Agent: It's not "
        "blocked, but uploads over 100MB time out on guest wifi. Try the member network."),
    ("special_categories", "benign", "web_form",
        "Feature suggestion | Idea: let members unlock lockers from the app instead of with a key | "
        "Submitted by: Office 12"),
    ("special_categories", "benign", "voicemail",
        "Hi, it's Nate. The facial recognition stand at the Marsham Quay open day, was that your kit or "
        "the exhibitor's? One of our clients wants a demo. Call me back."),
]


def dale_examples() -> list[dict]:
    """The dale split as labelled tickets (same shape as ``sensitive_eval.build_eval_set``'s)."""
    return stranger_examples("dale", ENTRIES, SUBJECTS)
