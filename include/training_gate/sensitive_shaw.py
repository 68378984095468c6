"""shaw split: written by a helper who had not seen the detection rules, the anchors or any other split.
Setting: Shawcross Studios, an invented photography studio with two premises (Kingsgate and Millbrook) doing school
portraits and class photos, newborn and family shoots, weddings, corporate headshots, photo prints, albums and
canvases, and online galleries and downloads through its Shawcross Gallery app; registers are email, chat, sms,
call, agent_note, web_form, review, voicemail, dm and in_app.
The benign half borrows the same territory harmlessly: school offices, clinics, unions, faith groups and law firms
booking as organisations, product and package names (Bloom maternity, Little Bud newborn, Heirloom albums),
general policy questions, idioms ("the battery died", "killer shots", "broke the bank") and routine billing trouble.
70 sensitive and 70 benign tickets for special categories, 50 and 50 for children, 20 and 20 for financial hardship,
15 and 15 for health, legal, bereavement and violence and self-harm.
First reading (policy 2026.11.20, before any change made in response to it; `sensitive_eval.evaluate`, as `make
eval-sensitive`): 92.0 / 2.0 recall / false exclusion in % as shipped, 92.5 / 6.5 without the overruling, 90.0 / 6.0
by the rules alone. Held out: never tuned or trained on."""

from __future__ import annotations

from training_gate.sensitive_blind import stranger_examples

SUBJECTS: tuple[str, ...] = (
    "Re: your Shawcross Gallery is ready to view",
    "Question about my booking at Kingsgate",
    "School photo day - proofs and ordering",
    "Wedding balance and album design",
    "Canvas arrived damaged",
    "Headshot session - reschedule request",
    "Newborn session enquiry",
    "Download link not working",
    "Print order SX-48213",
    "Feedback on your recent session",
    "Family shoot at Millbrook - a few questions",
    "Invoice query",
)

ENTRIES: list[tuple[str, str, str, str]] = [
    # ---- health
    ("health", "sensitive", "email",
     "Hi there, I'd like to book the Bloom maternity session for some time in the next fortnight if possible. "
     "I'm 31 weeks with twins and my consultant has said they'll probably come early, so sooner is better than "
     "later. Can the photographer bring a stool? Standing for long is a struggle now. Thanks, Priyanka Dalal"),
    ("health", "sensitive", "chat",
     "Hello, I've got a headshot booked at Kingsgate on Thursday at 10 || Agent: Morning! Yes, I can see it "
     "here with Callum. What can I help with? || Could you ask him not to use the flashing strobes? I have "
     "photosensitive epilepsy and the rapid pops are a trigger for me. Continuous light is fine. || Agent: "
     "Absolutely, I've added a note to the booking and Callum will set up with LED panels instead."),
    ("health", "sensitive", "web_form",
     "Booking type: Family portrait | Studio: Millbrook | Preferred date: Sat 12 April | Accessibility needs: "
     "I'm a full-time wheelchair user after a spinal injury in 2019 and can't transfer onto a sofa, so "
     "please plan poses around the chair | Number of people: 5 | How did you hear about us: Instagram"),
    ("health", "sensitive", "agent_note",
     "Spoke to Mrs Okafor re: 40th anniversary shoot. Husband had a stroke in January, left side still weak "
     "and he tires quickly. Moved them to the ground-floor room at Millbrook and blocked 90 mins instead of "
     "60. She asked that nobody comments on his arm."),
    ("health", "sensitive", "voicemail",
     "Hi, it's Marion Teale, I had a headshot booked for Tuesday morning. I'm actually calling from the "
     "hospital, they took my appendix out on Friday night and I won't be discharged until the weekend, so "
     "I'll need to move it. Give me a ring back on 07700 900412 when you can. Thanks, bye."),
    ("health", "sensitive", "sms",
     "hi its dani re the family shoot sat. chemo got moved to fri so ill be wiped out on sat. any chance of "
     "the week after? sorry for the faff x || Agent: "
     "Of course, Dani. I've moved you to Sat 22nd at 11, shout if that doesn't suit."),
    ("health", "sensitive", "review",
     "Five stars for Jess at Kingsgate. I have pretty bad social anxiety and had two panic attacks in the "
     "week before, I nearly cancelled. She let me sit with a tea first and never rushed me. First photos of "
     "myself I've liked in years. || Agent: Thank you so much for sharing this, Ruth. We'll pass it on to "
     "Jess, it'll make her week."),
    ("health", "sensitive", "call",
     "Agent: Shawcross Studios, Ellie speaking. || Hi, I'm calling about the wedding balance, I know it was "
     "due in February. || Agent: No problem, let me pull it up. It's the Harcourt wedding? || Yes. I'm sorry "
     "I missed all your emails, I've been signed off work with depression since March and I just stopped "
     "opening anything. I can pay it today. || Agent: Thanks for telling me, don't worry at all. I'll take "
     "the card details now."),
    ("health", "sensitive", "dm",
     "hey, quick q before I book anything. had a double mastectomy last year and I'd like some photos just "
     "for me, to see my body how it is now. do you do that kind of session and would I be able to pick a "
     "female photographer? || Agent: "
     "Yes to both. Jess does these sessions and is wonderful. Would you like a call with her first?"),
    ("health", "sensitive", "chat",
     "hello sorry for late reply on your message || Agent: No worries at all, how can I help? || my mother is "
     "in hospital for heart operation since Monday, we must change date of family photo. she want very much "
     "to be in picture so maybe after 3 or 4 weeks when she is home || Agent: Of course. I've released the "
     "slot and I'll email you some dates in early May."),
    ("health", "sensitive", "email",
     "Morning, my company has booked me in for a new headshot on the 19th. Small request: I'm on a course "
     "of steroids for my asthma at the moment and my face is quite puffy, so could the retoucher go a bit "
     "further than the standard light touch? Happy to pay the extra. Kind regards, Gareth Pryce"),
    ("health", "sensitive", "in_app",
     "Order note for SX-51907: please deliver the album to my sister's flat at 14 Ferrow Court instead. I'm "
     "recovering from a knee replacement and can't get down the stairs to the door for a few weeks."),
    ("health", "sensitive", "agent_note",
     "Wedding 7 June, Ashby/Cole. Groom is profoundly deaf and uses BSL. Bride asked if Tom (second shooter) "
     "can use his basic signing, otherwise a printed shot list for the group photos. Interpreter attending "
     "the ceremony but not the photos."),
    ("health", "sensitive", "email",
     "Re: Heirloom album proof || Agent: Hi Naomi, just checking in as we haven't heard back on the proof we "
     "sent in September. || Hi, so sorry. I was diagnosed with type 1 diabetes in September after ending "
     "up in A&E and everything else went out the window. I've looked now and it's lovely, please print it."),
    ("health", "sensitive", "call",
     "Agent: Hi, is that Mrs Brannigan? It's Shawcross, calling about Saturday's newborn shoot. || Yes, "
     "hiya. Actually I was going to ring you. I ended up having an emergency section and I can't lift or "
     "drive for six weeks, so getting to Millbrook is out. Do you do home visits? || Agent: We do, there's "
     "a small travel fee. Let's get you set up at home."),
    ("health", "benign", "email",
     "Hello, I'm the practice manager at Riverside Physiotherapy. We'd like updated headshots of our eight "
     "clinicians for the new website, ideally on site at the clinic on a Wednesday afternoon when we close "
     "early. Could you send a quote including usage rights? Best, Lorna Whitcombe"),
    ("health", "benign", "chat",
     "Hi, is the Kingsgate studio all on one level or are there stairs? || Agent: Kingsgate is step-free "
     "with a lift to the first-floor studio, and there's an accessible toilet. || Great, we're comparing "
     "venues for a team photo day and that's one of the questions on our checklist. Thanks!"),
    ("health", "benign", "web_form",
     "Enquiry type: Gift voucher | Product: Bloom maternity session | Message: Can the Bloom maternity "
     "session be bought as a voucher, and how long is it valid for? Also is delivery of the printed voucher "
     "free or is there a charge? | Contact: hbarlow@example.com"),
    ("health", "benign", "review",
     "The gallery is SICK. Seriously, these photos are unreal, the light in the garden shots is perfect. "
     "Booking again for Christmas. || Agent: Ha, we'll take 'sick' as a compliment! Thanks for the lovely "
     "words, see you at Christmas."),
    ("health", "benign", "sms",
     "Morning! Bit of a headache getting the download to work on my laptop but sorted it. Could I order 2 x "
     "A4 glossy of image 14 and 22 please? Ref SX-50231"),
    ("health", "benign", "agent_note",
     "St Brennan's Hospital comms team: 40 canvas prints (60x40) of the new outpatient wing photos for the "
     "corridors. Invoice to the trust's finance dept, PO to follow. Delivery to loading bay B, weekdays only."),
    ("health", "benign", "call",
     "Agent: Shawcross Studios, this is Ben. || Hi Ben, I manage Pulse Fitness on Canal Street. We want "
     "action shots of our instructors for the new timetable posters, spin, boxing, that sort of thing. || "
     "Agent: Love it. We'd usually do that in your space before opening. How many instructors? || Twelve, "
     "maybe thirteen."),
    ("health", "benign", "dm",
     "your retouching is surgical honestly, didn't even notice the background had been cleaned up until i "
     "compared. do you do pet portraits or just people? || Agent: "
     "Ha, thank you! We do pets too, dogs mostly, the odd very patient cat."),
    ("health", "benign", "email",
     "Hi, we've booked you for our corporate away day on 3 October. Our health and safety team has asked "
     "whether your photographers carry their own public liability insurance and whether you need a risk "
     "assessment from us for the rooftop shots. Thanks, Imran"),
    ("health", "benign", "voicemail",
     "Hi, this is Carla, PA to Dr Anjali Rowe at Harbour Dental. We'd like to book headshots for our three "
     "dentists and the hygienist, ideally on a Friday. My number's 07700 900538. Thank you."),
    ("health", "benign", "in_app",
     "The healing brush in the editor isn't saving my changes. I fix a spot, hit save, and when I reopen "
     "the photo it's back. iPhone, app version 4.2."),
    ("health", "benign", "chat",
     "What colours do the Heirloom album covers come in? || Agent: Linen in Sage, Oat, Navy and Blood "
     "Orange, plus leather in Black and Tan. || Blood Orange sounds fun. Can I see a swatch before I commit?"
     " || Agent: Of course, we can post a free swatch card."),
    ("health", "benign", "email",
     "Hello, we're putting together an access guide for a charity gala where Shawcross are doing the photo "
     "booth. Do you offer a quieter, low-light booth option, and can the booth be at seated height? Just "
     "want to list what's available. Many thanks, Holly, events team"),
    ("health", "benign", "review",
     "Painless from start to finish. Booked online, turned up, twenty minutes later I had a headshot I "
     "actually like. Only knocked a star off because parking near Millbrook is a nightmare. || Agent: "
     "Sorry about the parking! The leisure centre car park is free after 6."),
    ("health", "benign", "web_form",
     "Booking type: Corporate group | Organisation: Harrow Lane Pharmacy | Occasion: 50th anniversary, "
     "whole team outside the shop front | Staff: 14 | Preferred date: any Sunday in June | Notes: we'd like "
     "a framed print for the window too"),
    # ---- children
    ("children", "sensitive", "email",
     "Hello, my son Leo Marsh is in Year 2 at Oakfield Primary and was off on photo day last Thursday. Is "
     "there a catch-up session he can go to? He's gutted to miss the class photo. Thanks, Becky Marsh"),
    ("children", "sensitive", "chat",
     "Hi, I want to reorder the class photo from last year || Agent: Sure, which school and class? || "
     "Greenlees Primary, Amira's in Reception, Hedgehogs class. Sorry she WAS in Reception, she's Year 1 now"
     " || Agent: Found it, Hedgehogs 2023. Which size would you like?"),
    ("children", "sensitive", "web_form",
     "Session: Little Bud newborn | Baby's name: Florence Adeyemi-Kerr | Date of birth: 2 March | Birth "
     "weight: 6lb 4oz | Parents attending: both | Preferred studio: Kingsgate | Anything we should know: "
     "she's only settling on her side at the moment"),
    ("children", "sensitive", "agent_note",
     "Cust's son (7) very shy with strangers, cried at last year's school photo. Mum asked if she can stand "
     "behind the photographer for the sibling session on Sat. Told her yes, flagged to Priya."),
    ("children", "sensitive", "sms",
     "hi can u take ruby off the school gallery pls, shes only 9 and someone shared the link on the class "
     "whatsapp so now randoms can see her pics || Agent: "
     "Done, Ruby's images are hidden and the gallery code has been reset. Sorry this happened."),
    ("children", "sensitive", "voicemail",
     "Oh hello, this is Jean Hollis, I'm the grandmother of Lily Hollis who's in Year 4 at Kestrel Lane. Her "
     "mum's given me the code but the website keeps saying it's wrong. Could someone ring me on 07700 900187?"
     " I'd like two of the big ones. Thank you dear."),
    ("children", "sensitive", "review",
     "No idea how Marcus did it but he got our three-year-old to sit still AND smile. Genuinely thought "
     "we'd come away with nothing. Worth every penny. || Agent: Marcus says he has a secret weapon (it's a "
     "squeaky duck). Thanks so much!"),
    ("children", "sensitive", "call",
     "Agent: Good morning, Shawcross. || Hi, I think you've sent us the wrong child. We got a print of a "
     "little boy and my daughter's name is on the envelope, Hannah Price, Class 2W at St Cuthbert's. || "
     "Agent: I'm so sorry. Let me check the packing log for 2W... yes, two envelopes were swapped. I'll "
     "send Hannah's out today and arrange a return for the other."),
    ("children", "sensitive", "dm",
     "hi, my daughter is 15 and absolutely hates her school photo, she says her fringe looks awful. is there "
     "any way she can have a retake or is that it for this year? || Agent: "
     "She can come to the catch-up day on the 21st for a retake, no charge. Just tell the school office."),
    ("children", "sensitive", "in_app",
     "I set up a gallery login for my son (he's 12) so he could download his own football team photos. It "
     "says he's too young to have an account. Can I link it to mine instead? || Agent: "
     "Accounts are 16+, but you can add him as a viewer on yours under Family settings."),
    ("children", "sensitive", "email",
     "Just wanted to say thank you for the nursery photos from Little Acorns. The photographer caught Isla "
     "at the sand tray with her tongue out concentrating, which is exactly what she does every day according "
     "to her key worker. Can I order that one as a canvas? Gemma"),
    ("children", "sensitive", "chat",
     "hiya my lad's in yr 9 at Brackenfield and he was off with tonsillitis on photo day || Agent: Sorry to "
     "hear that, hope he's feeling better. There's a catch-up on the 21st at the school. || sound, ill tell "
     "him. do i need to book or just turn up"),
    ("children", "sensitive", "agent_note",
     "Newborn twins Oscar and Felix, born 14 Jan at 34 weeks, now 3 weeks old. Mum wants a wrapped twin "
     "pose and one with older sister (4). Booked double slot Kingsgate Fri 9am, room at 26 degrees."),
    ("children", "sensitive", "email",
     "Hi, we had a newborn session pencilled in for the 20th but Rosie had other ideas and arrived three "
     "weeks early on Sunday, 5lb 11oz! Could we bring it forward to next week while she's still sleepy? "
     "Thanks, Ayo & Clare"),
    ("children", "sensitive", "web_form",
     "Order type: School portrait | Pupil name: Kieran Doyle | School: Westmoor Primary | Class: 4B | "
     "Pupil ref: WM-4B-17 | Items: 1 x Classic pack, 2 x keyrings | Delivery: to school"),
    ("children", "sensitive", "sms",
     "Can we bring her hospital bracelet for the newborn props? She's 9 days old today, hoping she'll sleep "
     "through the session lol. Ref SX-52204"),
    ("children", "sensitive", "call",
     "Hi, I'm trying to get a sibling photo of my two but they're at different schools. Noah's in Year 6 at "
     "Fernhill and Mia's in Year 1 at the infants down the road. || Agent: We can do a sibling shot at "
     "either school on their photo day if you sign Mia out for ten minutes, or you can book a mini session "
     "at Millbrook. || The studio's probably easier, thanks."),
    ("children", "sensitive", "review",
     "We booked the cake smash for our son's first birthday and it was chaos in the best way. He ate half "
     "the cake and wore the rest. The team were unbothered by the mess. Highly recommend."),
    ("children", "sensitive", "voicemail",
     "Hi, this is Dee from the Caterpillar room at Bramble Day Nursery, it's about Noah Fairweather. His mum "
     "says she didn't get a proof card for him, he was definitely in on photo day, he's the one in the "
     "dinosaur jumper. Could you check? Thanks."),
    ("children", "sensitive", "chat",
     "Quick one, my stepdaughter turns 16 in June, will she still be in the Year 11 leavers' photo if she's "
     "off on study leave? || Agent: The leavers' photo is usually taken before study leave starts, so she "
     "should be in it. The school office will confirm the date. || Ok great thank you"),
    ("children", "sensitive", "email",
     "Do you take passport photos for babies? My son is four months old and we need one for his first "
     "passport. I know they're fussy about eyes being open, which he isn't great at yet. || Agent: "
     "Yes, we do baby passport photos, and under-ones don't need eyes open. Drop in any weekday."),
    ("children", "sensitive", "in_app",
     "Please remove the name caption from the class photo. My daughter Ellie Brooke is in Year 3 and the "
     "printed caption under the photo shows every child's full name, I'm not comfortable with that online."),
    ("children", "sensitive", "dm",
     "u do prom pics? my son's year 11 prom is 27 june and he wants something better than phone pics lol. "
     "how much for like 30 mins before?"),
    ("children", "sensitive", "agent_note",
     "Gran ordering for grandson Alfie Dunn (Reception, St Mary's) separately from parents' order. Has her "
     "own proof code via school. Don't merge orders."),
    ("children", "sensitive", "email",
     "Hello, my daughter is 13 and has been asked by a model agency for some natural headshots, no makeup, "
     "plain background. Is that something you'd do, and would I need to be in the room the whole time? "
     "Regards, Farah"),
    ("children", "sensitive", "call",
     "Agent: Shawcross Studios, Ravi speaking. || Hiya, I need to book the family one but my youngest is "
     "four and won't sit still for more than about two seconds. Is that a problem? || Agent: Not at all, "
     "we'll keep it moving and play games. Mornings are usually better for that age. || Mornings then."),
    ("children", "sensitive", "web_form",
     "Session: Milestone - sitter (6 months) | Child's first name: Aarav | Child's date of birth: 11 "
     "September | Sitting unaided?: nearly | Preferred outfit colours: mustard, cream | Parent contact: "
     "r.menon@example.com"),
    ("children", "sensitive", "sms",
     "jacob lost his front tooth the day before photo day lol, can he have a retake at the catchup? hes in "
     "2C at Hollins"),
    ("children", "sensitive", "review",
     "My daughter (Year 5) came home upset because the photographer told her off for slouching in front of "
     "her whole class. Not great. || Agent: We're sorry to hear this and have spoken with the photographer. "
     "That isn't how we want children spoken to. Please email us so we can put it right."),
    ("children", "sensitive", "chat",
     "Do you keep school photos after the kids leave? My daughter left Elmwood in Year 6 last July and I "
     "never ordered her final one || Agent: We keep school galleries for two years, so it should still be "
     "there. What was her name? || Sophie Tran, 6H"),
    ("children", "sensitive", "email",
     "Dear Sir/Madam, I am grandfather of Kofi Mensah, he is in Year 1 at Brookside Primary. I live in "
     "Accra, can I order the school photo direct to Ghana and pay online? Kind regards, Mr Mensah"),
    ("children", "sensitive", "agent_note",
     "Mum phoned: Poppy Lowe (age 5, Class R2) not to appear in the school's public website set. Consent "
     "withdrawn verbally, consent form to follow. Removed from the web selection for Westmoor."),
    ("children", "sensitive", "voicemail",
     "Hiya it's Jenna Rutherford, the newborn shoot tomorrow. Baby's two weeks today and he's feeding every "
     "two hours at the minute, so could we start at ten instead of nine? Ring me if not. Ta."),
    ("children", "sensitive", "in_app",
     "Access code for Harvey Lin, Class 3R, Larkfield Primary isn't working. It says 'code already used' but "
     "I haven't ordered anything yet."),
    ("children", "sensitive", "dm",
     "omg that's my baby in your newborn post!!! 😍 can you tag me? she's six weeks now and already twice "
     "the size"),
    ("children", "sensitive", "email",
     "Hi, I'm 16 and I want to book a headshot for my drama school applications in January. Do I need a "
     "parent to sign something or come with me? I can pay myself. Thanks, Jade"),
    ("children", "sensitive", "chat",
     "hi im 14 can i buy prints with my own money or does my mum need to do it || Agent: Hi! For under-18s "
     "we need a parent or guardian to place the order, sorry. You can send them the link though. || ok ill "
     "ask her"),
    ("children", "sensitive", "call",
     "Agent: Shawcross, Ellie speaking. || Hi, I want to book a cake smash for my little girl, she's one on "
     "the ninth. || Agent: Happy early birthday to her! We have the Saturday after at Millbrook. || Perfect, "
     "she'll be proper walking by then so chase her round."),
    ("children", "sensitive", "sms",
     "Photo day tmrw - Maya's got a cast on her arm from football, can she keep her cardigan on to cover "
     "it? Class 5J, thx"),
    ("children", "sensitive", "web_form",
     "Complaint type: Class photo | Pupil: Zainab Hussein | Year: 4 | Class: Oak | School: Riverbank Primary"
     " | Details: She's been left out of the class photo entirely. She was in school that day."),
    ("children", "sensitive", "agent_note",
     "Newborn session, baby Arlo (11 days). Parents mention mild jaundice, midwife happy. Keep lights warm, "
     "no heavy wraps. Dad will do the holding shots."),
    ("children", "sensitive", "review",
     "Had our little man's 2nd birthday shoot at Kingsgate. He ran laps of the studio and Jess just kept "
     "shooting. Every photo is him mid-giggle. ⭐⭐⭐⭐⭐"),
    ("children", "sensitive", "email",
     "Hi, I'm writing for my nephew Reece who's 17 and in Year 13 at Hartfield. He missed his leavers' "
     "photo because of a driving test. His mum's abroad so I'm sorting it. Can he be added in? Thanks, Paul"),
    ("children", "sensitive", "chat",
     "Can my child's gallery be password protected? || Agent: Yes, every gallery has a PIN you can change. "
     "|| Good. My son is 8 and I really don't want his face findable through a search or anything"),
    ("children", "sensitive", "voicemail",
     "Hello, it's Mrs Pike, Ava Pike's mum, she's Year 2 at Hollins Primary. I've ordered the wrong size by "
     "mistake, I wanted the 10 by 8 not the keyring. Can you change it before it goes out? Thanks."),
    ("children", "sensitive", "in_app",
     "Child profile: Evie Sandhu, born 02/11/2019. Can I add her little brother to the same family account "
     "so all the nursery photos are in one place?"),
    ("children", "sensitive", "dm",
     "sorry can u delete the pic of my little girl from ur facebook page, i didnt give permission for her to "
     "be on there. she's in the nursery group shot, front row with the pink bobble"),
    ("children", "sensitive", "agent_note",
     "Dad says son (10) goes up to secondary in September, wants the last primary class photo in both 10x8 "
     "and A4. Ordered both, note on SX-53310."),
    ("children", "sensitive", "email",
     "Re: newborn booking || Agent: Congratulations! When would you like to come in? || Thank you! Theo was "
     "born on Tuesday, 7lb 2oz. We're home now and sleeping never, so any weekday next week works."),
    ("children", "sensitive", "call",
     "Hi, I'm the grandma, I want to surprise my granddaughter. She's seventeen, eighteen next month, and "
     "I'd like a portrait session as a present. || Agent: What a lovely idea. Since she's under eighteen on "
     "the day we'd need a parent's okay on the form. || Her mum knows, it's fine."),
    ("children", "benign", "email",
     "Dear Shawcross team, Oakfield Primary would like to book our autumn photo day. We have 14 classes plus "
     "the staff photo. Tuesdays and Thursdays suit us best in the first half of October. Please send the "
     "updated commission rates too. Kind regards, Mrs J. Carver, School Business Manager"),
    ("children", "benign", "chat",
     "Hi, general question, what age do you recommend for newborn shoots? || Agent: We find the first two "
     "weeks work best for the curled-up poses, but we photograph babies of any age. || Thanks, I'm writing "
     "a gift guide for my blog and wanted to get it right."),
    ("children", "benign", "web_form",
     "Enquiry type: Gift voucher | Product: Little Bud newborn session | Quantity: 1 | Delivery: e-voucher "
     "| Message on card: 'Congratulations from all of us at Fenwick Logistics' | Billing: accounts@example.com"),
    ("children", "benign", "agent_note",
     "Larkfield Primary office: photo day moved from 12 to 19 March because of an INSET day. Confirmed with "
     "the head's PA, van and two photographers rebooked."),
    ("children", "benign", "call",
     "Agent: Shawcross Studios, Ben here. || Hi Ben, I'm calling from Greenfinch Garden Nursery. We'd like "
     "team headshots for our website and some shots of the polytunnels. || Agent: Lovely, we do a lot of "
     "on-site work. How many staff? || About fifteen, and a few of the shop dog if that's allowed."),
    ("children", "benign", "review",
     "Used Shawcross for promo shots for our School of Rock tribute band and they absolutely nailed the "
     "vibe. Smoke machine, guitars, the lot. Five stars from all six of us."),
    ("children", "benign", "in_app",
     "We ordered prints from the 'Class of 2004 reunion' gallery and two of the files show as unavailable. "
     "Were they removed or is it a glitch?"),
    ("children", "benign", "email",
     "Hello, I run an evening pottery class at the Wharf community centre and we'd love a proper group photo "
     "for our end-of-term exhibition. Eleven of us, all adults, about 20 minutes. Is that a mini session? "
     "Thanks, Geraint || Agent: "
     "A mini session would be perfect. We can come to the Wharf on the exhibition night if easier."),
    ("children", "benign", "dm",
     "do you sell the baby-pink canvas frames separately? saw one in your Millbrook window and it'd match "
     "my living room perfectly || Agent: "
     "We do! They're in the Frames section of the shop, or we can put one aside at Millbrook."),
    ("children", "benign", "email",
     "Hi, I graduate from Northgate University in July and saw you do graduation portraits. Can I book one "
     "for the afternoon after the ceremony, gown and all? Best, Liam"),
    ("children", "benign", "chat",
     "Can you restore an old school photo? It's mine from 1983, a bit faded and there's a crease across the "
     "middle || Agent: Yes, our restoration service handles creases and fading. Scan it at 600dpi or post "
     "it to us. || I'll post it, don't trust my scanner"),
    ("children", "benign", "voicemail",
     "Hi, this is Rachel, treasurer of the Hollins Primary PTA. We'd like to buy a couple of your photo "
     "session vouchers as raffle prizes for the summer fair. Could someone call me back? Thanks."),
    ("children", "benign", "web_form",
     "School name: Kestrel Lane Primary | Number of pupils: 412 | Number of classes: 14 | Sibling photos: "
     "yes | Preferred photo day: w/c 6 October | Contact: office@example.org"),
    ("children", "benign", "agent_note",
     "Little Oaks Nurseries group contract renewal for six sites. Their ops manager wants the same price as "
     "last year and a digital-only option. Sent to Dan for approval."),
    ("children", "benign", "sms",
     "Hi, I ordered the Kids' Corner print bundle by mistake, I meant the Classic bundle. Can you swap it "
     "before it's printed? Order SX-50876 || Agent: "
     "Caught it in time, swapped to the Classic bundle and refunded the difference."),
    ("children", "benign", "review",
     "Sam, who told us he's the baby of the Shawcross team, did our company headshots and was brilliant. "
     "Quick, funny and the retouching was subtle. Would book him again."),
    ("children", "benign", "chat",
     "Do you have baby changing at the Millbrook studio? || Agent: Yes, a changing table in the accessible toilet on "
     "our ground floor. || Thanks, I'm updating our town's family-friendly venues page and need to tick the "
     "boxes."),
    ("children", "benign", "email",
     "Hello, could Shawcross do headshots of our teaching and support staff for the new school website? "
     "There are 38 of us. We'd like them done on the photo day itself to save time. Regards, Aled Price, "
     "Deputy Head, Fernhill Primary"),
    ("children", "benign", "call",
     "Agent: Shawcross Studios. || Hello, I'm the business manager at Westmoor Primary. The commission "
     "cheque from the summer photos hasn't arrived. || Agent: Let me check. It was sent on the 3rd, but I "
     "can cancel that and do a bank transfer instead. || A transfer would be easier, yes."),
    ("children", "benign", "in_app",
     "Where can I find the prop list for the Little Bud sessions? I want to see which wraps and baskets you "
     "have before I buy anything for the gift hamper."),
    ("children", "benign", "dm",
     "hi! saw you're hiring a junior photographer. i've got two years assisting at a wedding studio and a "
     "portfolio link, where should i send my CV?"),
    ("children", "benign", "web_form",
     "Enquiry: Product photography | Business: Tumble & Toys, independent toy shop | Items: approx 60 "
     "wooden toys on white | Usage: online shop | Deadline: before Black Friday | Budget: flexible"),
    ("children", "benign", "review",
     "Photo day ran like clockwork. The team got through all 14 classes and the staff photo by lunch, and "
     "the proofs came back in a week. As a school office we couldn't ask for more. - Brookside Primary"),
    ("children", "benign", "agent_note",
     "DBS certificates for all four school photographers emailed to Brookside Primary office as requested. "
     "They also want our safeguarding policy, sent v3 PDF."),
    ("children", "benign", "chat",
     "How does school photo ordering work, do parents get a proof card or an online code? || Agent: Both. "
     "Each card has a code for the gallery, and there's a 14-day free delivery-to-school window. || Thanks, "
     "our new head asked me to find out before we switch providers."),
    ("children", "benign", "email",
     "Hi, we make handmade baby blankets and muslins and need lifestyle shots for our Etsy shop, styled on "
     "a crib, no people. Do you do flat-lay and product photography? Thanks, Wren & Willow"),
    ("children", "benign", "call",
     "Hello, I'm from Baby Grand Pianos on the high street. We want photos of the showroom and about ten "
     "instruments for the website. || Agent: We can do that. Half a day on site should cover it. || "
     "Brilliant, the Steinway needs to look its best."),
    ("children", "benign", "voicemail",
     "Morning, Tony Kidd from Kidd & Sons Builders. We need progress photos of a barn conversion every "
     "month for the client, starting next week. Call me on 07700 900266. Cheers."),
    ("children", "benign", "in_app",
     "The oak 'Classroom' frame shows as out of stock in the app but it's in stock on the website. Which is "
     "right? || Agent: "
     "The website is right, the app's stock sync was lagging. Fixed now."),
    ("children", "benign", "dm",
     "love the 'Little Ones' canvas range in your window display!! do you ship them or is it collect only?"),
    ("children", "benign", "sms",
     "Hi from Hollins Primary office, just confirming photo day is Tues 8:30 start, hall is booked and the "
     "caretaker will open the side gate for your van."),
    ("children", "benign", "email",
     "Dear Shawcross, Hillcrest Academy is looking for a photographer for our Year 11 prom at the Grand "
     "Hotel on 27 June. We'd want a backdrop and instant prints. Please send a quote. Mr D. Fenner, Head of "
     "Year"),
    ("children", "benign", "chat",
     "Is there a sibling discount for school photos? || Agent: Yes, siblings at the same school get 10% off "
     "when ordered together. || Does it also apply to the studio mini sessions? || Agent: Not at the "
     "moment, only school orders."),
    ("children", "benign", "web_form",
     "Event: 40th birthday party | Venue: The Crane Rooms | Date: Sat 14 Sept | Hours needed: 3 | Guests: "
     "approx 80 adults | Extras: photo booth with props"),
    ("children", "benign", "agent_note",
     "Kingsgate baby-changing table hinge broken, taped off. Replacement ordered from Hartwell Supplies, "
     "due Thursday."),
    ("children", "benign", "review",
     "I was like a kid in a sweet shop choosing prints from our garden party gallery. Ended up with far too "
     "many. No regrets."),
    ("children", "benign", "sms",
     "Hi, it's Teddy's Bar & Grill. Can we move the menu shoot from Mon to Wed? Chef's away Monday."),
    ("children", "benign", "email",
     "Hi, my business is very much in its infancy (launched last month!) and I need a couple of headshots "
     "for LinkedIn and the website. Is the 20-minute express session enough? Thanks, Nadia"),
    ("children", "benign", "call",
     "Agent: Shawcross, Ellie speaking. || Hi, is it safe, the newborn posing? I'm writing an article on "
     "newborn photography for a parenting magazine and want a studio quote. || Agent: All our newborn "
     "photographers are trained in safe posing, and composite shots are used for anything tricky. I can "
     "send our policy. || That'd be perfect."),
    ("children", "benign", "in_app",
     "The app won't let me apply the 'Growing Up' collage template to a gallery of more than 30 images. Is "
     "that a limit or a bug?"),
    ("children", "benign", "dm",
     "omg is that the Mini Cooper club meet in your latest post? we're organising the next one in May and "
     "would love you to cover it"),
    ("children", "benign", "web_form",
     "Organisation: Brightwater Children's Charity | Event: sponsored 10k fun run | Date: Sun 21 April | "
     "Photographers needed: 2 | Deliverables: event gallery for runners to download | Charity rate?: yes "
     "please"),
    ("children", "benign", "voicemail",
     "Hi, it's Sue at Oakfield Primary office. The proof cards have arrived for every class except 3M, 4P "
     "and 5C. Could you check if a box went astray? Thanks, bye."),
    ("children", "benign", "email",
     "Hi, we're opening a second branch of our nursery, the plant kind I should say, Thornbury Garden "
     "Nursery, and want photos of the new glasshouse for the launch. Are weekends possible? Tom"),
    ("children", "benign", "chat",
     "Can I get extra copies of the staff photo from St Anne's? I'm in it, back row || Agent: Of course, "
     "the staff gallery code is on the card in the staffroom. || Great, thanks, I'll grab it tomorrow"),
    ("children", "benign", "agent_note",
     "Ordered 2,000 blank school photo folders for the autumn round from Claremont Print. Oak-effect cover "
     "this year, school logos added on our side."),
    ("children", "benign", "review",
     "As a school business manager I've used four photo companies in ten years and Shawcross is the only one "
     "that answers the phone. Proofs on time, no fuss with the commission."),
    ("children", "benign", "sms",
     "Hiya, the school photo frames I ordered for the office walls arrived but one's cracked. Photo sent to "
     "your email. Order SX-49905"),
    ("children", "benign", "in_app",
     "The 'Kids' filter in the gallery app turned all my photos pastel. Is there a way to undo it on images "
     "I've already saved?"),
    ("children", "benign", "call",
     "Hi, I'm calling from Riverbank Primary office. We'd like to add a leavers' group photo to this year's "
     "contract. || Agent: Sure, do you want that on the main photo day or separately? || Separately, in "
     "July, on the field if the weather's good."),
    # ---- financial_hardship
    ("financial_hardship", "sensitive", "email",
     "Hi Shawcross, our wedding balance of £1,150 is due on the 1st and I'm dreading writing this. I was "
     "made redundant three weeks ago and there's no way we can pay it in one go now. Is there any chance "
     "of spreading it over a few months? We still really want you there. Amy Latham"),
    ("financial_hardship", "sensitive", "chat",
     "my card keeps getting declined at checkout || Agent: Sorry about that! Sometimes the bank flags it, "
     "could you try again or use another card? || tbh it's declining because there's nothing in the "
     "account. between jobs since christmas. can you hold the order till the 28th when my UC comes in?"),
    ("financial_hardship", "sensitive", "call",
     "Agent: Shawcross Studios, Ravi speaking. || Hi, I've had a letter from a debt collector, Coleman "
     "Recoveries, about an invoice of yours for a canvas. £185. || Agent: I'm sorry, that shouldn't have "
     "gone that far without us talking to you. Can I take your name? || Dean Whitlow. I just can't pay it "
     "all right now."),
    ("financial_hardship", "sensitive", "agent_note",
     "Cust on Universal Credit, asked to split the school photo pack (£42) into three payments. Approved, "
     "set up manual reminders on the 5th of each month."),
    ("financial_hardship", "sensitive", "sms",
     "sorry cant pay the deposit this month, we got evicted last week and everything is in storage. can we "
     "keep the date if i pay by end of may?"),
    ("financial_hardship", "sensitive", "voicemail",
     "Hello, this is Graham Tisdall. I was declared bankrupt last month and the insolvency practitioner "
     "says I need to let everyone I owe know. I think I still owe you for the headshots from October. Their "
     "details are on the letter I'm posting you. Sorry."),
    ("financial_hardship", "sensitive", "web_form",
     "Request: Cancel order | Order: SX-50142 | Reason: Made redundant in February and can't afford the "
     "Heirloom album any more. I know the deposit might not be refundable, I just can't pay the rest."),
    ("financial_hardship", "sensitive", "review",
     "When my husband's business went under last year we couldn't pay for the album we'd ordered. Shawcross "
     "let us pay £20 a month with no fuss and no interest. Decent people. || Agent: Thank you, Julie, that "
     "means a lot to us."),
    ("financial_hardship", "sensitive", "dm",
     "hiya, honestly we're skint, two months behind on the rent. any chance of a refund on the unused family "
     "session voucher my mum bought us? i know it says non refundable"),
    ("financial_hardship", "sensitive", "in_app",
     "Payment failed on SX-51188. I'm on a debt management plan and my bank won't let new card payments "
     "through, can I pay by bank transfer in two halves instead?"),
    ("financial_hardship", "sensitive", "email",
     "Re: wedding postponement || Agent: Hi both, just confirming you'd like to move the wedding to next "
     "year? || Yes please. Mark's hours were cut to zero in April and we're behind on pretty much every bill, "
     "so a wedding this year isn't happening. Can the deposit roll over?"),
    ("financial_hardship", "sensitive", "chat",
     "can you keep our gallery live for a bit longer? || Agent: Sure, how long do you need? || honestly not "
     "sure. we're using the food bank at the moment so prints aren't a priority but i don't want to lose "
     "the photos"),
    ("financial_hardship", "sensitive", "call",
     "Agent: Shawcross, how can I help? || It's about the outstanding balance on my account. I've entered "
     "an IVA, the administrator is Halcombe Insolvency, and they'll be writing to you. || Agent: Thanks for "
     "letting us know. I'll put the account on hold and wait for their letter."),
    ("financial_hardship", "sensitive", "agent_note",
     "Balance £340 (wedding extras) passed to collections in Jan. Cust called, says she's on ESA and can "
     "manage £10/month. Recalled from collections, plan agreed."),
    ("financial_hardship", "sensitive", "email",
     "Dear Shawcross, I had ordered the canvas of my late husband's garden but I must cancel it. My pension "
     "doesn't stretch and I have council tax arrears I'm trying to clear. I'm sorry to be a nuisance. "
     "Yours, Edna Pollard"),
    ("financial_hardship", "sensitive", "sms",
     "got the final demand letter. i cant pay it all, lost my job at the warehouse in march. can i do £15 "
     "a week? || Agent: "
     "Yes, £15 a week is fine, and we've paused the reminders. Thanks for getting in touch."),
    ("financial_hardship", "sensitive", "voicemail",
     "Hi, it's Kerry Bell. The bailiffs came on Tuesday about something else and it's been chaos, so I "
     "won't be able to pay for the photo order this month. Please don't send it to collections, I will pay. "
     "07700 900391."),
    ("financial_hardship", "sensitive", "web_form",
     "Enquiry: School photos | Message: Our household is on Universal Credit and we can't afford the "
     "school photo packs this year. Is there a cheaper digital-only option or a reduced price?"),
    ("financial_hardship", "sensitive", "review",
     "Two stars. Got chased by a debt collector for a £60 print order I'd cancelled, after I'd told them I "
     "was on benefits. || Agent: We're sorry. The cancellation wasn't logged and we've withdrawn the debt "
     "and written to the agency."),
    ("financial_hardship", "sensitive", "chat",
     "can you send the canvas to a different address? || Agent: Of course, what's the new one? || 22 "
     "Ashgrove Road, it's my mate's. I've been sofa-surfing since we were evicted so I don't have my own "
     "place right now"),
    ("financial_hardship", "benign", "email",
     "Hi, my card was declined when I tried to pay for the canvas. My bank says it was their fraud check "
     "because it's a new merchant. I've approved it in my banking app, could you re-send the payment "
     "link? Thanks, Owen"),
    ("financial_hardship", "benign", "chat",
     "The invoice for our headshots shows VAT at 20% twice || Agent: You're right, that's a template error. "
     "I'll reissue it now. || Thanks, our accounts team kicked it back"),
    ("financial_hardship", "benign", "web_form",
     "Enquiry type: Wedding | Question: Do you offer payment plans for wedding packages, or is it deposit "
     "plus balance only? And how far ahead is the balance due? | Date: 2026, TBC"),
    ("financial_hardship", "benign", "review",
     "Broke the bank a little with the Heirloom album but honestly it's the best thing we bought for the "
     "wedding. The linen cover is gorgeous."),
    ("financial_hardship", "benign", "sms",
     "Hi, my debit card expired and the app won't let me save the new one. How do I update it? Order "
     "SX-52017 || Agent: "
     "Go to Account > Payment, delete the old card first, then add the new one."),
    ("financial_hardship", "benign", "agent_note",
     "Halden & Co accounts want the headshot invoice submitted through their supplier portal with PO "
     "4471-B. Reissued and uploaded."),
    ("financial_hardship", "benign", "call",
     "Agent: Shawcross, Ellie speaking. || Hi, I want to order from the Autumn Collection prints but the "
     "website says the whole collection's sold out. || Agent: The limited editions have gone, but the open "
     "editions are back next week. || Great, I'll wait."),
    ("financial_hardship", "benign", "voicemail",
     "Hi, it's Priya Nair. You gave me a credit note for the damaged frame but it wasn't applied when I "
     "ordered last night. Could you refund the difference? Thanks."),
    ("financial_hardship", "benign", "in_app",
     "Apple Pay keeps failing at checkout with 'payment not completed'. Card payments work fine. iOS 17."),
    ("financial_hardship", "benign", "dm",
     "gonna be broke after ordering all these prints haha 😂 no but seriously do you do a bundle discount "
     "over 20?"),
    ("financial_hardship", "benign", "email",
     "Hello, could you delete the redundant duplicate files from my gallery? There are three copies of "
     "every shot from the garden set and it makes choosing prints confusing. Thanks, Helen"),
    ("financial_hardship", "benign", "chat",
     "Do you cover weddings at the Bankside Hotel? || Agent: Yes, we've shot there many times, the river "
     "terrace is lovely at golden hour. || Perfect, can you send the wedding price guide?"),
    ("financial_hardship", "benign", "call",
     "What's your policy if we cancel a family session? || Agent: More than 14 days' notice gets a full "
     "refund, inside that we move the booking instead. || Fair enough, just checking before I book."),
    ("financial_hardship", "benign", "agent_note",
     "Double charge on SX-51420, payment gateway timeout. Refunded the duplicate, should show in 3-5 "
     "working days. Emailed cust."),
    ("financial_hardship", "benign", "web_form",
     "Enquiry type: Family session | Budget: around £300 including a print | Preferred studio: Kingsgate | "
     "Message: What can we get for that? Happy to go digital-only if it stretches further."),
    ("financial_hardship", "benign", "review",
     "Good value for what you get. Free delivery, prints well packed, download link worked first time. "
     "Prices a touch higher than the supermarket kiosk but obviously no comparison."),
    ("financial_hardship", "benign", "email",
     "Dear Shawcross, our finance team is closing the quarter and can't match your payment of 14 March to "
     "an invoice. Could you send a remittance breakdown? Regards, Accounts Payable, Marlow Engineering"),
    ("financial_hardship", "benign", "sms",
     "Paid the wedding balance by bank transfer this morning, ref SHAW-LATIMER. Can you confirm it's "
     "landed?"),
    ("financial_hardship", "benign", "in_app",
     "Is there a pay-in-3 option at checkout? I can only see card and Apple Pay on the album order page."),
    ("financial_hardship", "benign", "dm",
     "hi! our credit union is holding its AGM next month and we need a photographer for an hour or so, "
     "board photo plus a few candids. do you do short bookings?"),
    # ---- legal
    ("legal", "sensitive", "email",
     "Hello, I'm writing about the wedding gallery from 2019 (Ferris/Ingram). My husband and I are going "
     "through divorce proceedings and my solicitor has asked me to get copies of all the files, as the "
     "album and prints are being listed with everything else. Can you send me a download link? Claire"),
    ("legal", "sensitive", "call",
     "Agent: Shawcross Studios, Ben speaking. || Hi, my car was broken into in your car park at Millbrook "
     "during my session on Saturday. I've reported it to the police and they've given me a crime reference. "
     "They asked whether you have CCTV. || Agent: I'm sorry. We do have a camera on the entrance, I'll ask "
     "the manager to preserve Saturday's footage today."),
    ("legal", "sensitive", "agent_note",
     "IMPORTANT: Cust Sarah Quinn has a non-molestation order against her ex-husband. Do NOT release her "
     "gallery link or confirm bookings to anyone calling as him. Password changed, account flagged."),
    ("legal", "sensitive", "voicemail",
     "Hi, it's Jordan Blake. I have a headshot on the 14th but I've been told I have to appear at the "
     "magistrates' court that morning, so I need to rearrange. Any afternoon the week after is fine."),
    ("legal", "sensitive", "web_form",
     "Application: Freelance school photographer | Do you have any unspent convictions? Yes | Details: "
     "Conviction for criminal damage in 2021, community order completed. Happy to discuss. | Enhanced DBS "
     "held: applying now"),
    ("legal", "sensitive", "chat",
     "I've had no reply to my three emails about the wedding photos you lost || Agent: I'm really sorry, I "
     "can see the complaint is with our manager. || I've now instructed a solicitor, Moreton & Hale, and "
     "they'll be in touch. I'd rather have sorted it without them."),
    ("legal", "sensitive", "sms",
     "hi wont make the family shoot sat, my son got arrested at the weekend and its all kicking off. can we "
     "rebook in a few weeks"),
    ("legal", "sensitive", "review",
     "Had to take them to the small claims court to get my deposit back after they double-booked our date. "
     "Won, but shouldn't have come to that. || Agent: We accept the court's decision and apologise for the "
     "double booking. Our booking system has since been replaced."),
    ("legal", "sensitive", "dm",
     "random one but my ex's lawyer has asked for the engagement shoot photos as evidence in the custody "
     "case. are you allowed to just give them to him or does it have to come through me? || Agent: "
     "We won't release your photos to anyone without your consent or a court order. Happy to talk it through."),
    ("legal", "sensitive", "in_app",
     "Please remove every photo of me from the Harrington gala gallery. I'm a prosecution witness in a "
     "criminal trial starting next month and I've been advised to keep my face offline. || Agent: "
     "Done. Every image of you is removed from the Harrington gallery and the cache cleared."),
    ("legal", "sensitive", "email",
     "Hi, re the family session on the 22nd. My brother is on an electronic tag with a 7pm curfew, so the "
     "shoot needs to be wrapped up by 6 for him to get home in time. Could we start at 4? Thanks, Lauren"),
    ("legal", "sensitive", "call",
     "Agent: Hi, just calling to confirm your engagement shoot at the lake. || Yes, one thing, I've lost my "
     "licence, drink-driving charge last month, so my fiancée is driving and we might be ten minutes late. || "
     "Agent: No problem at all, we'll wait."),
    ("legal", "sensitive", "agent_note",
     "Kaur wedding 2021: both parties now asking for the gallery. Mrs Kaur's solicitors (Pemberton Law) "
     "emailed re: divorce. Do not release to either party until we see the consent order."),
    ("legal", "sensitive", "chat",
     "I need my original headshot files with metadata intact || Agent: Sure, may I ask what they're for so "
     "I pick the right format? || I'm taking my old employer to an employment tribunal and my barrister "
     "wants to show when the photos for their website were taken."),
    ("legal", "sensitive", "voicemail",
     "Hi, it's Shane, I applied for the school day assistant role. My DBS came back with an old conviction "
     "from when I was nineteen. Does that rule me out? Call me back on 07700 900473, cheers."),
    ("legal", "benign", "email",
     "Hello, Hartley & Vane LLP would like new partner headshots for our website, 22 solicitors across two "
     "floors, plus a group shot in reception. We'd prefer a Friday. Please quote. Regards, Fiona Keel, "
     "Marketing"),
    ("legal", "benign", "chat",
     "Am I allowed to print my gallery images at the supermarket kiosk or do they have to come from you? || "
     "Agent: Your download includes a personal print licence, so print them wherever you like. || Brilliant,"
     " that's what I hoped."),
    ("legal", "benign", "web_form",
     "Enquiry type: Corporate | Question: For staff headshots used on our website, do you provide model "
     "release forms or should we use our own? And who holds copyright afterwards? | Company: Linton Brewing"),
    ("legal", "benign", "agent_note",
     "Updated T&Cs clause 7 (cancellations and transfers) now live. Email to all wedding clients for 2025 "
     "dates so they have the new wording."),
    ("legal", "benign", "call",
     "Agent: Shawcross, Ravi speaking. || Hi, how long do you keep my photos and my details after the "
     "session? Just reading up on GDPR for my own business. || Agent: Galleries stay live for two years and "
     "contact details are deleted after six. Our privacy notice has the full list. || Thanks."),
    ("legal", "benign", "review",
     "The Old Courthouse is a stunning venue and Shawcross made the most of every corner of it. The shots "
     "on the judge's bench steps are our favourites."),
    ("legal", "benign", "email",
     "Hi, I'm in the comms team for Westdale Police. We're opening the new station on 4 May and would like "
     "an event photographer for the open day, plus a few exterior shots. Is that something you cover? "
     "Thanks, Kim"),
    ("legal", "benign", "voicemail",
     "Hi, Georgia here, just ringing to say thank you, the canvas arrived and honestly the photos don't do "
     "the view justice, it's even better in person. Anyway, lovely job, bye!"),
    ("legal", "benign", "in_app",
     "Can I post my downloads on Instagram if I credit Shawcross? The terms mention 'personal use only' and "
     "I wasn't sure if social counts. || Agent: "
     "Sharing on social with a credit is fine under personal use. Thanks for checking!"),
    ("legal", "benign", "dm",
     "your landscape prints are criminally underrated. why is nobody talking about the harbour one?? || Agent: "
     "Thank you!! The harbour one is on sale as a limited print this month."),
    ("legal", "benign", "email",
     "Good afternoon, the county Law Society annual dinner is on 18 November at the Regency Rooms. We'd like "
     "a photographer from arrival to the end of speeches. Please send availability. Sincerely, Events "
     "Committee"),
    ("legal", "benign", "chat",
     "Do all your school photographers have DBS checks? || Agent: Yes, every photographer who works in "
     "schools holds an enhanced DBS, renewed every three years. || Great, it's on the checklist for our "
     "tender."),
    ("legal", "benign", "call",
     "We'd like to use one of your landscape shots on our gin labels. || Agent: That would need a "
     "commercial licence rather than a print licence. I'll send the terms and a price. || Perfect, we want "
     "it on the spring release."),
    ("legal", "benign", "web_form",
     "Organisation: Northgate University School of Law | Event: mock trial competition final | Date: 12 "
     "March | Photographer needed: 3 hours | Notes: shots of the moot court and the winners' presentation"),
    ("legal", "benign", "review",
     "Sentenced to two hours of posing in the rain and loved every minute of it 😂 The photographer was a "
     "legend and the gallery came back in days."),
    # ---- bereavement
    ("bereavement", "sensitive", "email",
     "Hello, my dad passed away last month and the funeral is this Friday. The only good photo we have of "
     "him is an old print with a tear across the corner. Is there any chance your restoration team could "
     "fix it and print an A3 by Thursday? I'll pay whatever the rush fee is. Thank you, Martin Greaves"),
    ("bereavement", "sensitive", "chat",
     "Hi, I need to cancel the ruby anniversary shoot booked for the 9th || Agent: Of course, can I ask if "
     "you'd like to move it rather than cancel? || No. My wife died on Sunday. It was meant to be a "
     "surprise for her. || Agent: I'm so very sorry. I've cancelled it and refunded the deposit in full."),
    ("bereavement", "sensitive", "agent_note",
     "Newborn booking for 3 Dec (Adebayo) cancelled. Baby was stillborn at 38 weeks. Mum asked for no "
     "automated reminders or 'how was your session' emails. Marketing suppressed on the account."),
    ("bereavement", "sensitive", "voicemail",
     "Good afternoon, my name is Roger Baines, I'm the executor for my late mother, Patricia Baines. She had "
     "an account with you and some prints on order. I'd like to close the account and cancel anything "
     "outstanding. My number is 07700 900624."),
    ("bereavement", "sensitive", "sms",
     "Hi, grandma's funeral is Thurs. Could you print 50 copies of her photo for the order of service? Will "
     "email the file tonight. Thx, Leanne || Agent: "
     "So sorry, Leanne. Send it over and they'll be ready by Wednesday."),
    ("bereavement", "sensitive", "review",
     "Shawcross did a family session for us last summer, the last one with Mum before she died in March. I "
     "look at those photos every day. Thank you for making her laugh. || Agent: We're so sorry for your "
     "loss, Kate. It was an honour to photograph her."),
    ("bereavement", "sensitive", "call",
     "Agent: Shawcross, Ellie speaking. || Hi, it's about our wedding in August. My brother was going to be "
     "best man but he died suddenly in May. Is it possible to edit him into one of the group photos from "
     "old pictures? || Agent: I'm so sorry. Yes, our retouchers can do a tasteful composite. Let's talk "
     "through which photos you have."),
    ("bereavement", "sensitive", "dm",
     "this is a long shot but you did my best friend's graduation photos in 2022 (Chloe Ashworth). we lost "
     "her in a car crash in may. do you still have the files? her mum would love them"),
    ("bereavement", "sensitive", "in_app",
     "Please stop sending 'your gallery is about to expire' emails to my husband's account. He died in "
     "January. Can his galleries be moved into my account instead? || Agent: "
     "I'm so sorry for your loss. We've stopped the emails and moved his galleries into your account."),
    ("bereavement", "sensitive", "web_form",
     "Product: Memorial canvas 30x40 | Message: This is the last photo of my son Daniel before he passed. "
     "Please could the retoucher remove the hospital wristband? | Delivery: standard"),
    ("bereavement", "sensitive", "email",
     "Re: Bloom maternity session || Agent: Hi Hannah, just a reminder of your session on Saturday! || "
     "Please cancel it. We lost the baby at 24 weeks last Tuesday. I can't face the emails at the moment."),
    ("bereavement", "sensitive", "chat",
     "hello my father is died last week in Poland and I cannot go to funeral. I need print of old photo for "
     "put on grave, my brother will take it || Agent: I'm very sorry. Upload the photo and we'll make a "
     "weatherproof print and post it to you or him."),
    ("bereavement", "sensitive", "agent_note",
     "Widow (Mrs Jean Cartwright) called. Husband Alan died last week, he had a headshot done through his "
     "company last year. She wants the file for the funeral programme. Company agreed, sent link."),
    ("bereavement", "sensitive", "call",
     "Hi, our wedding is on the 30th, and my mum died two weeks ago. I'd like to keep a chair for her with "
     "her photo on it and get a shot of that. || Agent: I'm so sorry. We'll make sure it's photographed "
     "quietly, and I'll tell the team so nobody asks about it on the day. || Thank you."),
    ("bereavement", "sensitive", "voicemail",
     "Hi, it's Donna Reeve. My husband died in October and I've just realised the photos from the family "
     "session we did in the spring are the last ones of him. Could someone help me order prints? I'm a bit "
     "lost with the website. Thanks."),
    ("bereavement", "benign", "email",
     "Hello, our reception is at the Memorial Hall in Thornbury, which has quite low light in the main room. "
     "Will your photographer bring extra lighting or should we ask the venue? Many thanks, Jo & Sam"),
    ("bereavement", "benign", "chat",
     "My phone battery died halfway through uploading photos for the canvas order || Agent: No problem, "
     "anything that finished uploading is saved. Which ones are missing? || The last four, I'll redo them"),
    ("bereavement", "benign", "sms",
     "Hi, what's the deadline for Christmas canvas orders? Don't want to miss it like last year 😬 || Agent: "
     "12 December for canvases this year, but earlier is always safer!"),
    ("bereavement", "benign", "review",
     "Booked a shoot in the dead of winter expecting grey skies and got the most magical frosty morning. The "
     "team were up for it, even with frozen fingers."),
    ("bereavement", "benign", "agent_note",
     "Hartwell & Sons Funeral Directors ordered 20 plain black oak frames (A4) for their reception area "
     "display. Trade account, 30-day invoice."),
    ("bereavement", "benign", "call",
     "Agent: Shawcross, Ravi here. || Hi, my laptop died before I downloaded the files and the link has "
     "expired. || Agent: I'll reactivate it for another 14 days. || Amazing, thanks."),
    ("bereavement", "benign", "voicemail",
     "Hi! It's Mel from the engagement shoot on Sunday, I'm dying to see the photos, any idea when the "
     "gallery will be ready? No rush, just excited. Bye!"),
    ("bereavement", "benign", "in_app",
     "Order SX-52611 has said 'Passed to printer' for eight days. Is that normal or has it got stuck? || Agent: "
     "That's longer than it should be. I've chased the lab and it ships tomorrow."),
    ("bereavement", "benign", "dm",
     "RIP to my savings after that print order 😂 worth it though, the metallic paper is unreal"),
    ("bereavement", "benign", "web_form",
     "Enquiry type: Restoration | Question: What's the oldest kind of photo you can restore? I collect "
     "Victorian cartes de visite and a few are badly foxed. | Quantity: about 12"),
    ("bereavement", "benign", "email",
     "Good grief, the parking at Millbrook! Took me 25 minutes. Is there anywhere you'd recommend for next "
     "time? Otherwise the session was brilliant. Amir"),
    ("bereavement", "benign", "chat",
     "Hi, I'm the clerk at Thornbury Town Council. Could you photograph the Remembrance Sunday parade for "
     "our newsletter? || Agent: Yes, we'd be glad to. It's the 9th? || That's right, 10.45 at the "
     "cenotaph."),
    ("bereavement", "benign", "call",
     "Agent: Shawcross Studios. || Hi, tell me about the Heritage family-tree album. Can we mix in scans of "
     "old photos with new ones? || Agent: Yes, we scan and restore the old ones and design it by "
     "generation. || Lovely, that's a Christmas present sorted."),
    ("bereavement", "benign", "review",
     "The linen cover on the Heirloom album is to die for. Pages are thick, colours true. Only gripe, it "
     "took four weeks."),
    ("bereavement", "benign", "web_form",
     "Enquiry type: Lost property | Studio: Kingsgate | Date visited: Sat 3 Feb | Item: grey wool scarf, "
     "left on the coat stand | Contact: t.lowe@example.com"),
    # ---- violence_self_harm
    ("violence_self_harm", "sensitive", "email",
     "Hi, I need you to take down the family photos you posted on Instagram last week and remove the "
     "location tag. My ex has been following me for months and he found out where I'm living from that "
     "post. The police know about him. Please also don't share my gallery link with anyone. Rachel"),
    ("violence_self_harm", "sensitive", "chat",
     "I want to make a complaint about the photographer at my headshot on Tuesday || Agent: I'm sorry to "
     "hear that. Can you tell me what happened? || He kept 'adjusting' my top and touching my waist when "
     "there was no need, and made comments about my figure. I felt really uncomfortable and left early."),
    ("violence_self_harm", "sensitive", "agent_note",
     "Cust disclosed she has left an abusive relationship and is in a refuge. No address on file, prints to "
     "be collected from Millbrook in person only. Do not leave voicemails."),
    ("violence_self_harm", "sensitive", "voicemail",
     "Hi, it's Leon Ward, we had the wedding at Fairholme on Saturday. One of the guests punched my brother "
     "during the reception and we're going to the police. Did your photographer catch anything? We need "
     "any shots from about 9pm. Call me."),
    ("violence_self_harm", "sensitive", "sms",
     "pls dont put any pics of me on ur website or socials. my ex is looking for me and hes dangerous || Agent: "
     "Understood. We've removed your images from everything public and flagged your account."),
    ("violence_self_harm", "sensitive", "review",
     "Lovely shoot, but since you shared our photos on your page someone has been leaving threatening "
     "comments saying they know where we live. || Agent: We've removed the post and blocked the account, "
     "and we've saved the comments in case you want to report them."),
    ("violence_self_harm", "sensitive", "dm",
     "honestly not sure why i'm booking this. i just want one decent photo for my family to have, i don't "
     "plan on being around much longer || Agent: Thank you for telling us. We're worried about you. Please "
     "reach out to Samaritans any time, day or night, or ring 999 if you're "
     "in danger now. We're here to talk too."),
    ("violence_self_harm", "sensitive", "in_app",
     "Note to retoucher: could you cover the scars on my forearms? They're from self-harm, years ago now, "
     "but I don't want them in my work headshots. || Agent: "
     "Of course, we'll note it for the retoucher. Nobody will mention it on the day."),
    ("violence_self_harm", "sensitive", "call",
     "Agent: Shawcross Studios, Ben speaking. || Hi, I was at Kingsgate for a session on Friday evening and "
     "I was attacked in the alley round the back when I left. My bag was taken. The police want to know "
     "if you have a camera out there. || Agent: I'm so sorry. Let me check with the manager now."),
    ("violence_self_harm", "sensitive", "web_form",
     "Request type: Privacy | Message: I'm a survivor of domestic abuse and my former partner must not find "
     "my photos. Please make sure my gallery is private, has no surname in the URL and is never shown in "
     "your portfolio."),
    ("violence_self_harm", "sensitive", "email",
     "Since you put our family photos on your Facebook page a man I don't know has sent me over 40 "
     "messages, some of them sexual, and now he's commenting on my personal account too. Please take the "
     "post down. Emma Ridley"),
    ("violence_self_harm", "sensitive", "chat",
     "can the booking be in my name only and no emails to the joint address || Agent: Of course, what "
     "email would you like us to use? || a new one, i'll set it up. my bf hits me when he's drunk and he "
     "reads everything. he cant know about this"),
    ("violence_self_harm", "sensitive", "agent_note",
     "Cust (order SX-51733) became aggressive on the phone, said he'd 'come down and put the windows in' and "
     "'sort out' Ellie if the refund wasn't done today. Call logged, manager and police informed."),
    ("violence_self_harm", "sensitive", "voicemail",
     "Hey it's Abi, I'm meant to be coming in Thursday for the headshot. I cut myself quite badly last night "
     "and my arms are all bandaged, so I need to move it. I'm okay. Sorry. Bye."),
    ("violence_self_harm", "sensitive", "call",
     "Hi, it's about my sister's wedding photos. Her ex turned up at the reception and threatened her in "
     "front of everyone before security got him out. He's in the background of about ten shots. || Agent: "
     "I'm so sorry. We'll remove him from every image and take those frames out of the public gallery."),
    ("violence_self_harm", "benign", "email",
     "Hi, can you shoot our product launch on 22 May? It's at our warehouse, about 60 guests, and we'd want "
     "a mix of speeches, product close-ups and candids. Thanks, Ollie, Marlow Engineering"),
    ("violence_self_harm", "benign", "chat",
     "Is the rooftop at Kingsgate bookable for a headshot? || Agent: It is, weather permitting, and the "
     "skyline behind gives some killer angles. || Sold. Can I book it for the 18th?"),
    ("violence_self_harm", "benign", "review",
     "Absolutely smashed it. Our team headshots are consistent, flattering and delivered in three days. "
     "Office manager very happy."),
    ("violence_self_harm", "benign", "agent_note",
     "Knockout Boxing Gym promo shoot Thurs 7am before classes. Bring smoke machine and gels, they want "
     "dramatic sparring shots with their coaches."),
    ("violence_self_harm", "benign", "sms",
     "Hi, the self-timer in your app doesn't seem to work for the photo booth add-on, it just takes one shot "
     "straight away. Any tips? || Agent: "
     "Hold the timer button for two seconds and you'll get the 3-shot burst option."),
    ("violence_self_harm", "benign", "call",
     "Agent: Shawcross, Ravi speaking. || Hi, we want a Peaky Blinders themed shoot for a 30th, flat caps, "
     "fake cigars, the whole thing. || Agent: Love it, we've got a vintage set at Millbrook that'd work. || "
     "Great, there'll be eight of us."),
    ("violence_self_harm", "benign", "in_app",
     "The print preview crop butchers my photo, it chops the top of everyone's heads off at 10x8. Is there "
     "a way to fit the whole image?"),
    ("violence_self_harm", "benign", "dm",
     "you guys SLAYED the lighting at the Hartley gala. who was the photographer? want to book them for our "
     "launch"),
    ("violence_self_harm", "benign", "web_form",
     "Organisation: Castle Karate Club | Event: belt grading day | Date: Sat 15 March | Photographer needed:"
     " 10am-1pm | Deliverables: individual certificate photos and a club group shot"),
    ("violence_self_harm", "benign", "email",
     "The forecast for Saturday is looking threatening, heavy showers all afternoon. What's the back-up plan "
     "for the outdoor family shoot? Happy to move indoors if needed. Thanks, Greg"),
    ("violence_self_harm", "benign", "voicemail",
     "Hi, it's Natasha, I hate to harass you but I ordered a canvas three weeks ago and haven't heard a "
     "thing. Order SX-50918. Could someone give me a ring? Thanks."),
    ("violence_self_harm", "benign", "chat",
     "Can I send a shot list for the wedding? || Agent: Please do, most couples send one about two weeks "
     "before. || Great, mostly group combinations, we've got a big extended family on both sides"),
    ("violence_self_harm", "benign", "review",
     "Our photographer killed it at the charity ball, every table got covered and the candids are gold. "
     "Booking again next year."),
    ("violence_self_harm", "benign", "call",
     "Hi, we run Black Eye Coffee on Mill Street and want new menu photos, flat whites, pastries, the lot. "
     "|| Agent: Sounds delicious. Morning light in your window would be ideal. || Tuesday at 8 then?"),
    ("violence_self_harm", "benign", "in_app",
     "The 'Punch' colour filter makes skin tones look orange on my Android but fine on the web. Bug? || Agent: "
     "Thanks for flagging, it's a known Android colour-profile bug, fixed in the next update."),
    # ---- special_categories
    # religion and belief
    ("special_categories", "sensitive", "chat",
     "Hi, we've got the family session on Saturday at 2 || Agent: Yes, all booked in at Millbrook! || Eid "
     "starts Thursday so we'll be fasting and everyone will be flagging by the afternoon. Any chance of "
     "an evening slot after sunset instead? || Agent: Let me see... we can do 8.30pm on the Saturday."),
    ("special_categories", "sensitive", "email",
     "Hello, I'd like to book a headshot for my new role. I wear hijab and would feel more comfortable with "
     "a female photographer, and somewhere private to adjust my scarf before we start. Is that possible at "
     "Kingsgate? Thank you, Samira Haddad"),
    ("special_categories", "sensitive", "agent_note",
     "Booking SX-52390: family are Jehovah's Witnesses, so no birthday or Christmas props in the mini "
     "session. Plain backdrop only. Mum was apologetic about asking, reassured her it's no trouble."),
    ("special_categories", "sensitive", "web_form",
     "Session: Family portrait | Preferred date: Friday 17 Jan | Special requirements: We're Orthodox Jewish "
     "and need to be finished and home before Shabbat, so nothing after 2pm please | Group size: 7"),
    ("special_categories", "sensitive", "call",
     "Agent: Shawcross Studios, Ellie here. || Hi, we're getting married at the gurdwara on Southall Road "
     "in August, an Anand Karaj. Has your photographer done a Sikh wedding before? || Agent: Yes, several, "
     "and they'll bring a head covering. || Perfect, my mum will be relieved."),
    ("special_categories", "sensitive", "sms",
     "Hi its Bernadette. Can't do Sunday morning for the family pics, we're at mass at 10. Any Sat slots "
     "left? || Agent: "
     "Hi Bernadette, Saturday at 2pm is free at Millbrook, shall I book it?"),
    ("special_categories", "sensitive", "review",
     "Shawcross covered our three-day Hindu wedding, from the haldi to the pheras, and never once needed "
     "anything explained. My grandparents were so touched. Thank you Ravi and team! || Agent: It was a joy, "
     "Anjali. Congratulations to you both."),
    ("special_categories", "sensitive", "dm",
     "hi, I reverted to Islam last year and none of our family photos show me in hijab yet. would love a "
     "new set with my parents, they've been really supportive. what's the wait like for a weekend?"),
    ("special_categories", "sensitive", "in_app",
     "Order note for the family session snacks: please no onion, garlic or anything with egg, we're Jain. "
     "Happy to bring our own if easier."),
    # ethnic origin and race
    ("special_categories", "sensitive", "email",
     "Before I book: I'm Black with quite deep skin and my last headshots from another studio made me look "
     "grey and ashy. Are your photographers experienced lighting darker skin? I'd rather ask now than be "
     "disappointed again. Thanks, Olu Bamidele"),
    ("special_categories", "sensitive", "chat",
     "we're planning a Yoruba traditional engagement before the white wedding || Agent: How exciting! Will "
     "you want both days covered? || yes, both. need a photographer who won't be thrown by the money "
     "spraying and the prostrating, my in-laws are very particular about the aso-ebi shots"),
    ("special_categories", "sensitive", "review",
     "The retoucher lightened my skin by at least two shades without asking. I'm of Indian heritage and "
     "it felt like they were 'correcting' me. || Agent: We're truly sorry, Priya. That should never have "
     "happened. We've re-edited from the originals and retrained the team on this."),
    ("special_categories", "sensitive", "agent_note",
     "Cust said two other studios cancelled on them once they found out they're an Irish Traveller family. "
     "Wanted reassurance we wouldn't. Confirmed booking for the christening group, 14 adults."),
    ("special_categories", "sensitive", "call",
     "Hello, we are Chinese family, three generations. For Lunar New Year we want family photo with red "
     "background and my father in the middle. || Agent: That sounds wonderful. We have a red backdrop at "
     "Kingsgate. || Very good, and please, eight people, eight is lucky."),
    ("special_categories", "sensitive", "sms",
     "family shoot sun - mum's Jamaican and dad's from Glasgow so expect a LOT of noise and opinions 😂 see "
     "u at 11"),
    ("special_categories", "sensitive", "web_form",
     "Session: Bridal prep | Hair & makeup notes: I'm mixed race with 4C hair, please make sure the MUA you "
     "send has worked with afro-textured hair before | Date: 6 Sept"),
    ("special_categories", "sensitive", "dm",
     "as a Korean-British guy most headshot photographers light me like I'm in a horror film lol. yours "
     "look great though, do you do weekday evenings?"),
    ("special_categories", "sensitive", "in_app",
     "The auto skin-smoothing on my headshot has made me look like a different ethnicity. I'm Bangladeshi, "
     "please undo it and give me the natural version."),
    # political opinions and activity
    ("special_categories", "sensitive", "email",
     "Hi, I'm standing as the Green Party candidate for Ashby ward in the May council elections and need a "
     "friendly, approachable headshot for my leaflets. Could we do it outdoors? Cheers, Rowan Pike"),
    ("special_categories", "sensitive", "chat",
     "One of your photographers took my picture at the anti-austerity march on Saturday and it's in your "
     "public event gallery || Agent: I'm sorry, which image number? || 0412. I work for the civil service "
     "and shouldn't be visible at a political protest. Please take it down"),
    ("special_categories", "sensitive", "agent_note",
     "Cust is a sitting Labour councillor, needs a headshot before Friday's hustings. Asked for a neutral "
     "grey backdrop, no red, 'so it doesn't look like a poster'."),
    ("special_categories", "sensitive", "voicemail",
     "Hi, it's Marion and Peter Lacey. We both canvass for the Lib Dems and we'd like a photo of the two "
     "of us for the by-election leaflet. Something outside the library would be lovely. 07700 900552."),
    ("special_categories", "sensitive", "sms",
     "cant do sat, out leafleting for Reform all day. can we do sunday instead? || Agent: "
     "Sunday at 11 is free, I've moved you over."),
    ("special_categories", "sensitive", "review",
     "Lovely photos, but the photographer made a snide remark about my Stop the War badge. I'm allowed my "
     "views. || Agent: You absolutely are, Frank, and we're sorry. We've raised it with the photographer."),
    ("special_categories", "sensitive", "dm",
     "hey do you do large format prints? need my placard printed on foam board for the Palestine "
     "solidarity march on saturday, I'm one of the stewards || Agent: "
     "Yes, foam board up to A1. Get us the file by Thursday noon and it'll be ready Friday."),
    ("special_categories", "sensitive", "web_form",
     "Session: Headshot | Usage: Campaign website and ballot booklet | Notes: I'm running as an independent "
     "candidate for mayor on an anti-development ticket, so I'd like the shot in front of the old mill"),
    ("special_categories", "sensitive", "call",
     "Agent: Just going through the speeches and timings for the wedding. || One request. Please don't let "
     "anyone get Dad on to Brexit. He's a die-hard Leaver and Josh's whole family campaigned for Remain. || "
     "Agent: Noted! We'll keep the photographer well clear of that."),
    # trade union membership
    ("special_categories", "sensitive", "email",
     "Hi, I'm on strike with the NEU on the 14th and I'll be on the picket line at school, so I need to "
     "move my headshot from that morning. Any time the following week is fine. Thanks, Holly Brennan"),
    ("special_categories", "sensitive", "chat",
     "I need a headshot for my union profile || Agent: Happy to help, what's it for? || I've just been "
     "elected Unite rep at the bus depot, they want a photo for the noticeboard so people know who to come to"),
    ("special_categories", "sensitive", "agent_note",
     "Cust is an RMT member, strike days on 3rd and 5th. Wants the family session on a non-strike day, "
     "moved to Sat 8th."),
    ("special_categories", "sensitive", "voicemail",
     "Alright, it's Dev Kumar, I'm GMB shop steward at the Harlow warehouse. I want a couple of decent "
     "photos for my bit in the branch newsletter. Ring me back, cheers."),
    ("special_categories", "sensitive", "sms",
     "on the picket line all week lol so cant get to the door. can the prints go to my mums? 4 Holm Close"),
    ("special_categories", "sensitive", "web_form",
     "Order: Family canvas | Discount code: UNISON-MEMBER | Membership number: U-448201 | Branch: "
     "North Dale Health | Delivery: standard"),
    ("special_categories", "sensitive", "review",
     "Booked through our union's member benefits scheme (I'm in PCS) and got 15% off the family session. "
     "The photos are brilliant and the discount applied with no hassle."),
    ("special_categories", "sensitive", "dm",
     "just got elected branch secretary of my unison branch 😅 they want a proper headshot for the "
     "newsletter and the website. do you do quick ones?"),
    ("special_categories", "sensitive", "call",
     "Agent: Shawcross, Ravi speaking. || Hi, I need new Spotlight headshots. I'm an Equity member, do you "
     "do the union discount? || Agent: We do, 10% with your membership card. || Great, I'll bring it."),
    # sexual orientation and sex life
    ("special_categories", "sensitive", "email",
     "Hi there, my husband Greg and I would love to book an anniversary shoot for our fifth in June, "
     "maybe somewhere by the river. Could you send the outdoor options? Thanks a lot, Tom"),
    ("special_categories", "sensitive", "chat",
     "Hiya, we're a lesbian couple getting married in October. Are your photographers comfortable with two "
     "brides? Had a weird vibe from another studio || Agent: Absolutely. Congratulations to you both! We'd "
     "love to hear more. || Phew, thank you"),
    ("special_categories", "sensitive", "agent_note",
     "Daniel booking a couple shoot with his boyfriend. Asked if we can make sure the photographer is "
     "LGBT-friendly, said they had a bad experience elsewhere. Assigned Jess."),
    ("special_categories", "sensitive", "review",
     "Shawcross photographed our wedding in May, me and my wife Jess, two dresses, one very muddy field. "
     "Every photo is us. Thank you! Hannah || Agent: Congratulations Hannah and Jess! It was a joy."),
    ("special_categories", "sensitive", "dm",
     "this might sound silly but I came out as gay last year at 52 and I want some portraits of me as I "
     "actually am now. is that a thing people book?"),
    ("special_categories", "sensitive", "sms",
     "Hi, it's Laura. Me and my girlfriend Sophie want to book the couples mini on the 12th if it's still "
     "free?"),
    ("special_categories", "sensitive", "web_form",
     "Session: Engagement | Partner 1: Michael Hart | Partner 2: Jonathan Reyes | Where we met: at a "
     "friend's wedding, of all places | Location idea: the botanical gardens"),
    ("special_categories", "sensitive", "voicemail",
     "Hi, it's Kelly Fenton. I'd like to book one of your boudoir sessions as a present for my girlfriend's "
     "birthday. Please don't ring the landline, use my mobile. Thanks."),
    ("special_categories", "sensitive", "in_app",
     "Booking note: the couples session is for the three of us, we're a polyamorous triad, so please make "
     "the posing work for three rather than two plus one."),
    # gender identity
    ("special_categories", "sensitive", "email",
     "Hello, I'm trans and I changed my name last year. My old galleries and invoices still show my "
     "deadname. Could you update everything to Eleanor Marsh? I can send the deed poll if needed. Thanks"),
    ("special_categories", "sensitive", "chat",
     "Quick thing on our wedding contract || Agent: Of course, what needs changing? || It says 'bride' and "
     "'groom'. I'm non-binary, so could it be 'partner' for me? Same for the album cover text || Agent: "
     "Done, and I've updated your profile too."),
    ("special_categories", "sensitive", "agent_note",
     "Account previously under male name. Cust has transitioned, now Alex, she/her. Updated account and "
     "galleries. Make sure all staff use Alex and she."),
    ("special_categories", "sensitive", "web_form",
     "Session: Headshot | Pronouns: they/them | Notes: I'm non-binary and would like headshots that don't "
     "read overly masc or femme. Please no 'ladies' or 'gents' direction on the day."),
    ("special_categories", "sensitive", "review",
     "As a trans woman I've avoided cameras for years. Priya made me feel completely at ease and I actually "
     "love these. || Agent: We're so glad, Zara. Thank you for trusting us."),
    ("special_categories", "sensitive", "dm",
     "hey! 6 months post top surgery and i finally feel like me. can you do a shirtless outdoor shoot? want "
     "something to mark it"),
    ("special_categories", "sensitive", "sms",
     "hi can u put my name as Kai on the order, the card's still in my old name until the bank updates it "
     "since i came out as trans. thanks"),
    ("special_categories", "sensitive", "call",
     "Agent: Shawcross, Ellie speaking. || Hi, I'm a trans man and I'm starting testosterone next month. "
     "I'd like some portraits now, to look back on. || Agent: What a lovely idea. We can do a follow-up "
     "later too if you like. || Yes, maybe a year on."),
    ("special_categories", "sensitive", "in_app",
     "Please delete the 2019 gallery from my account. Those are pre-transition photos and I don't want "
     "them linked to me any more."),
    # genetic data
    ("special_categories", "sensitive", "email",
     "Hi, this is a bit of an unusual one. I did an AncestryLine DNA test in January and it turns out I have "
     "a half-sister I never knew about. We're meeting properly for the first time next month and we'd love "
     "a photographer there. Is that something you'd do? Best, Colin"),
    ("special_categories", "sensitive", "chat",
     "do you do 'before' portraits? || Agent: We do all sorts, what did you have in mind? || I carry the "
     "BRCA1 mutation and I'm having preventative surgery in June, want some photos of my body before"),
    ("special_categories", "sensitive", "agent_note",
     "Cust says her genetic test came back positive for Huntington's, same as her dad. Wants family "
     "portraits this summer while he's still well. Booked Millbrook, extended slot, kept it low-key."),
    ("special_categories", "sensitive", "web_form",
     "Session: Engagement | Our story: we did DNA kits for fun and found out we're third cousins! Still "
     "getting married lol | Location: the pier | Date: any Sunday in May"),
    ("special_categories", "sensitive", "review",
     "Found my biological father through a DNA kit at 42 and Shawcross photographed our first meeting. "
     "Discreet, kind, and they caught the moment he saw my face. || Agent: It was a privilege, Andrea."),
    ("special_categories", "sensitive", "voicemail",
     "Hi, it's Stacey. The paternity test came back and Jordan is the dad, so we'd like to add him to the "
     "family session on the 20th. Can you change it from three people to four? Ta."),
    ("special_categories", "sensitive", "dm",
     "we found out through genetic screening that we're both cystic fibrosis carriers. heavy few months. "
     "want some nice couple photos to remind us we're still us"),
    ("special_categories", "sensitive", "in_app",
     "For the Heritage album, please add a page with my DNA breakdown: 43% Nigerian, 31% Irish, 26% "
     "Scandinavian. I'll upload the chart."),
    # biometric data
    ("special_categories", "sensitive", "email",
     "Hello, I used the 'Find me' feature on the Shawcross Gallery after the Thornbury 10k and uploaded a "
     "selfie so it could match my face. I'd now like my face scan and any face template you made from it "
     "deleted, please. Can you confirm in writing? Regards, Nikhil Rao"),
    ("special_categories", "sensitive", "chat",
     "the self-service locker at Kingsgate made me register my fingerprint to open it || Agent: Yes, that's "
     "the new locker system. || i didn't really want to. can you delete my fingerprint from it please"),
    ("special_categories", "sensitive", "agent_note",
     "Cust asked what happened to her face-match data from the event gallery. Explained templates auto-"
     "delete after 30 days; hers was from March so should be gone. She wants written confirmation, sent "
     "to DPO."),
    ("special_categories", "sensitive", "in_app",
     "I turned on Face Match and it tagged me in photos from someone else's private party gallery. Please "
     "delete my facial profile and turn the feature off on my account."),
    ("special_categories", "sensitive", "voicemail",
     "Hi, Brian Ellery here. When I rang your line it said it was creating a voiceprint to verify me next "
     "time. I never agreed to that. Please delete my voiceprint and call me back on 07700 900719."),
    ("special_categories", "sensitive", "web_form",
     "Request type: Subject access request | Name: Lucy Tan | Details: Please include any biometric data "
     "you hold on me, including the face template from the 'find my photos' feature I used last year."),
    ("special_categories", "sensitive", "review",
     "Slightly creepy: the app recognised my face from a selfie I'd uploaded two years ago and started "
     "suggesting photos of me. || Agent: Sorry, Tess. We've deleted your face data and changed retention "
     "to 30 days for everyone."),
    ("special_categories", "sensitive", "sms",
     "pls remove my face scan from the race photo finder, i didnt agree to it being kept after i'd "
     "downloaded my pics"),
    # ---- special_categories, benign
    ("special_categories", "benign", "email",
     "Dear Shawcross, St Aidan's parish committee would like to book a photographer for our church's "
     "centenary open day on 21 September. We'd like the building, the flower festival and a group photo of "
     "the volunteers. Could you quote? With thanks, Margaret Doyle, Parish Secretary"),
    ("special_categories", "benign", "chat",
     "Are you running Eid mini sessions this year? || Agent: Yes, two weekends in the run-up, dates go on "
     "the website next week. || Great, I do the community centre newsletter and wanted to list them."),
    ("special_categories", "benign", "web_form",
     "Organisation: Al-Noor Mosque management committee | Event: opening of the new community extension | "
     "Date: Sat 10 May | Coverage: ribbon cutting, guided tours, exterior shots | Invoice to: treasurer"),
    ("special_categories", "benign", "agent_note",
     "Christmas mini sessions now live. New 'Nativity' and 'Winter Angel' backdrops at Millbrook, the old "
     "snowman set retired. Update the website gallery."),
    ("special_categories", "benign", "call",
     "Agent: Shawcross, Ravi speaking. || Hi, general question, can customers request a female photographer"
     " for any session? || Agent: Yes, just note it when booking and we'll arrange it. || Thanks, that's "
     "what I needed."),
    ("special_categories", "benign", "review",
     "Absolute godsend. Our photographer dropped out two days before the product launch and Shawcross "
     "stepped in, no fuss. Heavenly photos too."),
    ("special_categories", "benign", "dm",
     "is the food at your open day halal or veggie? trying to work out if I should eat before I come"),
    ("special_categories", "benign", "in_app",
     "The 'Temple' serif font on the album cover preview looks different from the printed sample. Which one "
     "will I actually get?"),
    ("special_categories", "benign", "sms",
     "Hi, the Diwali lights market is on the same weekend as our team shoot at Kingsgate. Will parking be "
     "awful? || Agent: Probably busy on Saturday. The multi-storey on Bell Lane is your best bet."),
    # ethnic origin and race territory
    ("special_categories", "benign", "email",
     "Hi, could I order images 3, 17 and 24 from our gallery in black and white as well as colour? The "
     "black and white versions would be for the hallway. Thanks, Colette"),
    ("special_categories", "benign", "chat",
     "Is the Heritage album available in A3 landscape? || Agent: It comes in A4 and A3, both landscape or "
     "square. || A3 landscape please, I'll add it to my order"),
    ("special_categories", "benign", "review",
     "Colours are true to life and the skin tones across our whole team look natural, not orange or "
     "washed out like our last lot. Excellent corporate headshots."),
    ("special_categories", "benign", "agent_note",
     "Black Friday sale: 30% off canvases and 20% off albums, Friday to Monday. Codes set up in the app, "
     "email campaign goes out Thursday evening."),
    ("special_categories", "benign", "web_form",
     "Organisation: Thornbury Road Runners | Event: Thornbury 10k race day | Photographers: 3 along the "
     "course | Deliverables: searchable gallery by bib number | Date: Sun 6 April"),
    ("special_categories", "benign", "sms",
     "Hi, can I get white borders on the 6x4 prints? Couldn't see the option in the app. SX-51302 || Agent: "
     "It's under Print options > Border on the last page of checkout."),
    ("special_categories", "benign", "call",
     "Hi, we run Island Spice, the Caribbean restaurant on Station Road. We want photos of the new menu, "
     "jerk chicken, curry goat, the rum punch. || Agent: Sounds amazing. Lunchtime light works well for "
     "food. || Come hungry!"),
    ("special_categories", "benign", "dm",
     "do your makeup artists work with all hair types and skin tones? planning a group booking for a hen "
     "do and want to check first"),
    ("special_categories", "benign", "in_app",
     "The 'Warm' skin tone preset in the editor is way too orange on prints. Is there a softer one?"),
    # political territory
    ("special_categories", "benign", "email",
     "Hello, we're planning the office Christmas party at the Crane Rooms on 13 December and would like a "
     "photographer for two hours plus a photo booth. About 120 guests. Regards, Jenny, Linton Brewing"),
    ("special_categories", "benign", "chat",
     "We're launching our spring campaign for the bakery and need lifestyle shots || Agent: Lovely! In "
     "your shop or at the studio? || In the shop, before opening, with the sourdough coming out of the oven"),
    ("special_categories", "benign", "web_form",
     "Competition: 'Vote for your favourite' summer photo contest | Entry title: Harbour at dusk | "
     "Question: Can I enter two photos, or is it one per person?"),
    ("special_categories", "benign", "review",
     "The photographer was very diplomatic with my 20 relatives who all wanted to be in charge of the group "
     "shot. Impressive crowd control."),
    ("special_categories", "benign", "agent_note",
     "Northgate Council comms team want photos of the council chamber and committee rooms for their "
     "Local Democracy Week booklet. Building only, no people."),
    ("special_categories", "benign", "dm",
     "my left side is my good side lol, can the photographer pose me that way for the headshot? booked for "
     "thursday"),
    ("special_categories", "benign", "sms",
     "Hi, for the birthday party shoot tomorrow, shall we bring the party hats or do you have props? || Agent: "
     "We've got a box of props, but bring your own if there's a theme!"),
    ("special_categories", "benign", "call",
     "Agent: Shawcross Studios. || Hi, quick policy question, does Shawcross cover political events and "
     "rallies or do you stay out of that? || Agent: We take event bookings from most organisations, "
     "political ones included, as long as the brief is legal. || Thanks, just curious."),
    ("special_categories", "benign", "in_app",
     "What's the difference between 'Light', 'Moderate' and 'Liberal' retouching? The descriptions in the "
     "app are a bit vague."),
    # trade union territory
    ("special_categories", "benign", "email",
     "Hello, Unite's Thornbury branch would like 6 pull-up banners and 200 A3 posters printed for our AGM "
     "on 30 March. Artwork attached. Please invoice the branch. Thanks, Branch Office"),
    ("special_categories", "benign", "chat",
     "Hi, I'm events officer at the Northgate Students' Union, we need a photographer for the summer ball "
     "|| Agent: Great, what date and how many hours? || 14 June, 8pm till 1am"),
    ("special_categories", "benign", "agent_note",
     "Wedding 22 Aug at the Union Chapel, Islington. Venue rule: no flash during the ceremony. Briefed "
     "Marcus."),
    ("special_categories", "benign", "web_form",
     "Venue: Trades Hall, Ashby | Event: 150th anniversary exhibition of the building | Coverage: "
     "architecture and the historic banners on display | Date: 12 Oct"),
    ("special_categories", "benign", "call",
     "Agent: Shawcross, Ben here. || Hi, this is the NEU district office. We need 200 A3 posters for a "
     "conference next week, can you turn that around by Friday? || Agent: Yes, if we have the artwork "
     "today. || Sending it now."),
    ("special_categories", "benign", "review",
     "Shawcross did our jubilee street party, Union Jack bunting everywhere and about 200 neighbours. The "
     "photos are lovely and the whole street bought prints."),
    ("special_categories", "benign", "sms",
     "Hi, should I bring a few outfits to strike different poses or keep it to one? Headshot tmrw 10am"),
    ("special_categories", "benign", "dm",
     "is the union street car park the closest one to kingsgate or is there something nearer? || Agent: "
     "Union Street is the nearest pay-and-display, about a two-minute walk."),
    ("special_categories", "benign", "in_app",
     "My Shawcross Club membership discount isn't applying at checkout. It says member since March but "
     "the 10% doesn't show."),
    # sexual orientation territory
    ("special_categories", "benign", "email",
     "Hi, I'm on the Thornbury Pride committee. We'd like to book two photographers for the parade and "
     "the park event on 19 July, with a downloadable gallery for attendees. Could you send a quote? "
     "Thanks, Events Team"),
    ("special_categories", "benign", "chat",
     "What's included in the couples session? || Agent: An hour at a location of your choice, around 40 "
     "edited images and an online gallery. || Can we bring our dog? || Agent: Please do!"),
    ("special_categories", "benign", "review",
     "The new rainbow backdrop at Millbrook is gorgeous, so much brighter than the grey. Our team photo "
     "finally looks fun."),
    ("special_categories", "benign", "agent_note",
     "Boudoir policy updated: all boudoir galleries now private by default, never used in marketing without "
     "written consent. Website FAQ updated."),
    ("special_categories", "benign", "web_form",
     "Enquiry: Valentine's couples minis | Question: Are these open to all couples, and can friends book "
     "them as a 'pals' session too? | How did you hear: Facebook"),
    ("special_categories", "benign", "sms",
     "Could you straighten the horizon on image 12 before printing? It's a bit wonky. Thanks, Meg"),
    ("special_categories", "benign", "dm",
     "love the 'Fab Four' album layout on your instagram, is that available for any gallery?"),
    ("special_categories", "benign", "call",
     "Agent: Shawcross, Ellie speaking. || Hi, we're booking an engagement shoot, can it be at the beach? "
     "|| Agent: Of course, Westcliff is lovely at sunset. || Perfect, my partner's been on about the beach "
     "for months."),
    ("special_categories", "benign", "in_app",
     "The 'Couples' gallery template crops the second image oddly on my iPad. Fine on my phone."),
    # gender identity territory
    ("special_categories", "benign", "email",
     "Hello, our HR team is reviewing suppliers. For staff headshot bookings, does your form ask for "
     "gender or title, and can those fields be optional? We'd like it to be inclusive. Regards, Sunita, "
     "People Team"),
    ("special_categories", "benign", "chat",
     "Can I transfer my gallery to a different email? I'm changing jobs and will lose my work address "
     "|| Agent: Sure, send me the new one and I'll move it over. || Thank you"),
    ("special_categories", "benign", "web_form",
     "Product: Acrylic print | Size: 60x40 | Finish: gloss | Question: How transparent is the acrylic, will "
     "the wall colour show through?"),
    ("special_categories", "benign", "review",
     "The makeover package is transformative, hair and makeup done at the studio and I looked like myself "
     "on a very good day. Worth the extra."),
    ("special_categories", "benign", "agent_note",
     "Transition to the new booking system on 1 March. Old links redirect; any bookings made on 28 Feb "
     "need checking by hand."),
    ("special_categories", "benign", "sms",
     "Hi, can I transfer my headshot booking to my colleague Jamie? I can't make it but the company still "
     "needs one done."),
    ("special_categories", "benign", "call",
     "Hi, the invoice says Mrs Rowe but it should be Ms, and the company name is missing. || Agent: Sorry "
     "about that, I'll reissue it with both corrected. || Thanks, accounts are picky."),
    ("special_categories", "benign", "in_app",
     "The slideshow transition effects are really jerky on Android. Can I switch them off?"),
    ("special_categories", "benign", "dm",
     "do you do 'then and now' recreations? want to recreate an old holiday photo with the whole friend "
     "group for a 20-year reunion"),
    # genetic territory
    ("special_categories", "benign", "email",
     "Dear Shawcross, the Ashby Family History Society is putting on an exhibition of local photographs "
     "from 1880 to 1950. Could you quote for restoring and printing 40 images at A3? Regards, Secretary"),
    ("special_categories", "benign", "chat",
     "Do you have a family-tree layout for albums? || Agent: Yes, the Generations layout, it's in the "
     "Heirloom range. || Can it go back four generations?"),
    ("special_categories", "benign", "review",
     "Whole family came out looking great, clearly being photogenic is in the genes (said no-one about my "
     "brother before). Brilliant session!"),
    ("special_categories", "benign", "agent_note",
     "Lumen Marketing 'Brand DNA' workshop on 9 Oct: event coverage plus headshots of the four "
     "facilitators. Client wants same-day selects."),
    ("special_categories", "benign", "web_form",
     "Organisation: Helix Genomics Ltd | Request: lab and office photography plus 25 staff headshots | "
     "Notes: no photos of screens or samples for confidentiality | Date: w/c 3 Nov"),
    ("special_categories", "benign", "sms",
     "Hi, the Heirloom album arrived today and it's beautiful. Quick one, can I order a second copy for my "
     "sister?"),
    ("special_categories", "benign", "call",
     "Hello, I've got my great-great-grandparents' wedding photo from about 1890, cracked down the middle. "
     "|| Agent: We can restore that. Bring it in or post it recorded. || I'll bring it to Millbrook on "
     "Saturday."),
    ("special_categories", "benign", "in_app",
     "The family tree template only lets me add two photos per generation. Can I add more?"),
    # biometric territory
    ("special_categories", "benign", "email",
     "Hi, before we use your event gallery for our staff conference, does the 'Find me' feature rely on "
     "facial recognition, and is it opt-in? Our DPO has asked. Thanks, Karen, Marlow Engineering"),
    ("special_categories", "benign", "chat",
     "Does the app support Face ID login or just a password? || Agent: Both, you can turn on Face ID in "
     "settings on iPhone. || Ah, it's under Security, found it"),
    ("special_categories", "benign", "review",
     "Prints are perfect but the glass frame arrived covered in fingerprint smudges from packing. Cleaned "
     "up fine, still a bit disappointing."),
    ("special_categories", "benign", "web_form",
     "Enquiry: Passport photos | Question: Do your photos meet the new digital passport requirements, and "
     "do you give the online code as well as prints? | Number of people: 2"),
    ("special_categories", "benign", "agent_note",
     "New keypad locks fitted at Millbrook studio doors. Staff codes changed Monday, old fobs no longer "
     "work. Tell freelancers."),
    ("special_categories", "benign", "voicemail",
     "Hi, it's Rob from Halden & Co. We need ID badge photos for 40 staff for our new access cards, plain "
     "background, head and shoulders. Can you do that on site? Thanks."),
    ("special_categories", "benign", "in_app",
     "In group shots, the auto-crop locks focus on the wrong face and cuts the person at the edge off. "
     "Can I turn face detection off for cropping?"),
    ("special_categories", "benign", "sms",
     "Hi, can I send the retouch notes as voice notes instead of typing? Easier on the go. Order SX-52478"),
]


def shaw_examples() -> list[dict]:
    """The shaw split as labelled tickets (same shape as ``sensitive_eval.build_eval_set``'s)."""
    return stranger_examples("shaw", ENTRIES, SUBJECTS)
