"""cove split: written by a helper who had not seen the detection rules, the anchors or any other split.
Setting: Cove Halls & Kitchen, an invented firm hiring out community halls, church halls and function rooms with
an in-house catering arm (weddings, wakes, parties, club, faith, union and campaign meetings, classes); registers
are email, chat, call transcripts, SMS, DMs, web forms, answered reviews, voicemails and agent notes.
The benign half borrows each category's words in harmless senses (idioms, venue and menu names, organisations
booking as organisations, general policy questions) or is plain routine hall-hire and catering traffic.
50 sensitive and 50 benign tickets for children and for special categories, 30 and 30 for financial hardship, 20 and
20 for health and for violence and self-harm, 15 and 15 for legal and for bereavement.
First reading (policy 2026.11.17, before any change made in response to it; `sensitive_eval.evaluate`, as `make
eval-sensitive`): 92.0 / 2.0 recall / false exclusion in % as shipped, 93.0 / 8.5 without the overruling,
88.5 / 7.0 by the rules alone. Held out (drawn at random before it was written): never tuned or trained on, read as aggregates only."""

from __future__ import annotations

from training_gate.sensitive_blind import stranger_examples

SUBJECTS: tuple[str, ...] = (
    "Question about my booking",
    "Change of date",
    "Catering numbers for Saturday",
    "Deposit and balance",
    "Invoice query",
    "Access and parking",
    "Menu options",
    "Cancellation",
    "Key collection",
    "Room layout and setup times",
    "Feedback on our event",
    "Weekly hire enquiry",
    "Re: your quote",
    "Bar and drinks",
    "Account details",
)

ENTRIES: list[tuple[str, str, str, str]] = [
    # ---- health
    ("health", "sensitive", "email",
        "Hello, we've provisionally booked the Kilnworth Parish Rooms for my husband's 65th on 19 July. Since "
        "his stroke last spring he's been in a wheelchair and tires quickly, so before we pay the deposit "
        "could you confirm the ramp at the side door is actually usable and whether the accessible toilet has "
        "a grab rail on both sides? We'd also want a table near the exit so he can slip out for a rest. Many "
        "thanks, Pauline Mercer"),
    ("health", "sensitive", "chat",
        "Customer: hi, any chance the buffet can go out at 2 instead of 12? I've got dialysis Tuesday "
        "mornings and won't be there to see it set up || Agent: No problem at all, I've moved the buffet to "
        "2pm on your booking CV-20871."),
    ("health", "sensitive", "sms",
        "hiya its bev, cn we move the ruby do to the 2nd? mams op got brought forward to the 26th n she wont "
        "be right for a week or 2 after x"),
    ("health", "sensitive", "agent_note",
        "Call from Mrs Halloran re: wedding 14 Sept at St Aldric's Church Hall. Bride will be about seven "
        "months along by then. Asked for a proper chair with a back at the top table, no soft cheese or pate "
        "on the platters, and a quiet side room she can use if she needs to put her feet up. Added to event "
        "sheet."),
    ("health", "sensitive", "call",
        "[transcript] Agent: Cove Kitchen, how can I help? || Customer: Hi, it's about the buffet for my "
        "retirement do. I was diagnosed coeliac in March and I need to know the gluten-free stuff is made "
        "separately, not just the same sandwiches minus the bread. || Agent: Completely understand. Chef "
        "prepares GF items first in a cleaned area and we label and wrap them separately. || Customer: Great, "
        "because even crumbs knock me out for days."),
    ("health", "sensitive", "voicemail",
        "Hi, it's Janet Quigley, booking for the book club lunch on the 8th. I'm halfway through chemo at the "
        "moment so my immune system is shot. Is there any way the windows can be opened in the Lantern Room "
        "and the food kept covered till we sit down? Call me back on the mobile. Thanks, love."),
    ("health", "sensitive", "web_form",
        "Access or support needs: The guest of honour is my father, 88. He has fairly advanced dementia and "
        "can get distressed by loud music and crowds. Please can we have the smaller side room available as a "
        "quiet space, and staff briefed not to be alarmed if he wanders."),
    ("health", "sensitive", "email",
        "Dear Sir/Madam, with reference to our booking for the family lunch on 23rd, my wife is diabetic and "
        "takes her insulin at fixed timings, hence kindly ensure lunch is served by 1 pm sharp and some "
        "sugar-free dessert is also kept. Kindly confirm the same. Regards, R. Venkatesh"),
    ("health", "sensitive", "dm",
        "hey quick q before we book the Ropewalk for saturday, does your disco lighting have strobes? my bf "
        "has epilepsy and flashing lights are a no go for him"),
    ("health", "sensitive", "chat",
        "Customer: I need to cancel the engagement party on the 30th please || Agent: Sorry to hear that. Can "
        "I ask if you'd like to move it instead? We can hold the deposit for 12 months. || Customer: Honestly "
        "I don't know. I've been signed off work with depression and I just can't face hosting anything right "
        "now. || Agent: That's completely okay. I'll put the deposit on hold and you can get in touch "
        "whenever you're ready, no deadline."),
    ("health", "sensitive", "review",
        "Review: Gorgeous room and the food was spot on. Special thanks to Amir on the bar, who was so calm "
        "and kind when my sister had a panic attack halfway through the speeches and took her outside for "
        "air. 5 stars. || Reply from Cove Halls: Thank you so much, we'll pass this on to Amir. We hope your "
        "sister is feeling better and that the rest of the night was lovely."),
    ("health", "sensitive", "agent_note",
        "Mrs Oduya called to ask that we hold her husband's 50th booking (Fennick Street Hall, 6 Oct). He was "
        "admitted to St Luke's with a heart attack on Sunday and she can't say yet whether he'll be well "
        "enough. Agreed to hold without fee until 15 Sept."),
    ("health", "sensitive", "email",
        "Hi there, just checking on the upstairs function room at the Harbourside for Mam's 80th. She's only "
        "just out of hospital after the hip replacement and she'll be on crutches for a good while yet, so is "
        "there a lift or will we be carrying her up? If not we'll take the downstairs room instead. Thanks a "
        "million, Siobhan"),
    ("health", "sensitive", "call",
        "[transcript] Customer: G'day, booking the hall for the footy club presentation night. One thing, "
        "I've got MS and some days the legs just don't cooperate, so I'll need a chair by the stage when I'm "
        "handing out the trophies. || Agent: Of course, I'll put a chair and a microphone stand by the stage "
        "for you."),
    ("health", "sensitive", "email",
        "Hello, could you confirm the main hall at Eastgate has a working hearing loop? I lost most of the "
        "hearing in my left ear after meningitis a few years back and I'll be chairing the allotment society "
        "AGM, so I'd rather not be guessing at questions from the floor. Cheers, Malcolm"),
    ("health", "sensitive", "sms",
        "Hello po, for the debut party on Sat can we have the table near the CR for my lola? She has "
        "incontinence after her operation last month. Thank you po"),
    ("health", "sensitive", "web_form",
        "Reason for date change request: My egg collection for IVF has been scheduled for the 17th, the same "
        "day as our anniversary dinner, so we need to move to the following Saturday if available."),
    ("health", "sensitive", "forwarded",
        "FW: Darts club AGM. Hi Cove team, forwarding Ken's message below. Can we push the AGM back to the "
        "22nd? Original message: Sorry lads, I won't make the 8th, I'm going into rehab for the drink on "
        "Monday for four weeks. Don't want the meeting held up on my account but I'd like to be there if you "
        "can wait."),
    ("health", "sensitive", "chat",
        "Customer: Howzit, booking for my brother's 30th. Ja, one thing, my boet is autistic and those loud "
        "hand dryers in the toilets really set him off. Can they be switched off for the night? || Agent: We "
        "can put paper towels in and turn the dryers off at the isolator, no problem."),
    ("health", "sensitive", "chat",
        "Customer: Can you take the satay skewers off our canape list for Friday please? || Agent: Done. And "
        "since you told us about your anaphylaxis last year, I've flagged the whole order nut-free to Chef "
        "and asked the team to keep your adrenaline pen location on the event sheet again. || Customer: Thank "
        "you, appreciate that."),
    ("health", "benign", "email",
        "Good morning, I'm the practice manager at Fenwick Road Surgery. We'd like to book the main hall at "
        "Eastgate on Wednesday 12 March, 1 to 5pm, for our annual CPR and basic life support refresher for "
        "the nursing and reception team. About 25 people, tables in a horseshoe, tea and biscuits at 3. "
        "Please invoice the practice."),
    ("health", "benign", "chat",
        "Customer: Do your buffet menus list the 14 allergens per dish? Just asking in general before we "
        "choose a package. || Agent: Yes, every menu has an allergen matrix, I'll email it over now."),
    ("health", "benign", "review",
        "Review: That chocolate fudge cake was sick, honestly. We demolished it in ten minutes. || Reply from "
        "Cove Kitchen: Ha, we'll tell the pastry team you approved!"),
    ("health", "benign", "sms",
        "hall was freezing last nite, nearly caught my death lol. is the heating timer broke?"),
    ("health", "benign", "web_form",
        "Organisation: Lifeline First Aid Training Ltd. Room required: a room for 12 learners over two days, "
        "9 to 4, tables, projector, space on the floor for manikins. Catering: lunch both days."),
    ("health", "benign", "dm",
        "your new website is giving me a headache 😅 where's the price list for the Lantern Room gone?"),
    ("health", "benign", "email",
        "Hi! I run a small yoga and wellness studio and we're outgrowing our space. Would the small hall at "
        "Saltmarsh be available Tuesday and Thursday mornings 7 to 8:30, starting next month? We'd need the "
        "floor clear and the heating on early. Thanks, Kayla"),
    ("health", "benign", "call",
        "[transcript] Customer: Hi, I'm calling from the regional blood service. We'd like to use Fennick "
        "Street Hall for a donor session on the 3rd, we bring our own beds and staff. || Agent: Lovely, I'll "
        "check the main hall is free from 8 until 6."),
    ("health", "benign", "agent_note",
        "Customer asked whether our kitchen staff hold food hygiene certificates for their insurer. Emailed "
        "copies of the Level 2 certificates and our 5-star hygiene rating."),
    ("health", "benign", "email",
        "Hello, we're a training provider running the two-day Mental Health First Aid course for local "
        "employers. Could we book the Lantern Room on 4 and 5 June with lunch and refreshments for 16? Please "
        "send a quote to our office."),
    ("health", "benign", "chat",
        "Customer: Is the Harbourside hall step-free from the car park? Just want to put it on the invite for "
        "anyone who needs it. || Agent: Yes, level access from the car park and an accessible toilet off the "
        "foyer."),
    ("health", "benign", "voicemail",
        "Hi, this is Moira from Dr Anand's office at the Cross Street practice. We'd like to book a function "
        "room for Dr Anand's retirement do in November, about 50, with a hot buffet. Please ring me back on "
        "the practice number. Thanks."),
    ("health", "benign", "review",
        "Review: The band was insane, the whole crowd went mental for the last hour. Food was decent too. || "
        "Reply: Thanks for the shout out, glad you had a brilliant night!"),
    ("health", "benign", "sms", "sorry but sick of chasing this, can someone send the invoice for CV-20433 pls"),
    ("health", "benign", "chat", "Can I add ten more sandwich platters to Saturday's order?"),
    ("health", "benign", "email",
        "Hi, what time can we get into the hall on Friday to start setting up? We've got the decorations "
        "arriving at 4. Thanks, Dean"),
    ("health", "benign", "web_form",
        "Query type: Invoice. Message: Invoice CV-3391 shows last year's VAT number for our company, please "
        "reissue with the new one."),
    ("health", "benign", "sms", "is parking free at eastgate on a sunday?"),
    ("health", "benign", "email",
        "Hello, for our insurer we need a copy of the fire risk assessment and the health and safety policy "
        "for St Aldric's Church Hall. Could you send both before the 20th? Kind regards, Hollis Events Ltd"),
    ("health", "benign", "chat",
        "Customer: do you hire out tablecloths or do we bring our own? || Agent: We include white linen for "
        "all seated bookings, coloured ones are £3 each."),
    # ---- children
    ("children", "sensitive", "email",
        "Hi, I'd like to book the Lantern Room for my daughter Isla's 7th birthday on Saturday 14 June, 1 to "
        "4pm. There'll be about 20 children from her class plus parents. Could we have the kids' party food "
        "package and a space cleared for the entertainer? Thanks, Rachel Bright"),
    ("children", "sensitive", "sms",
        "hiya can we push reubens party back an hr to 11, hes got his swimming badge thing at 10. he'll be 6 "
        "on the day so cake says 6 x"),
    ("children", "sensitive", "chat",
        "Customer: hi im 15 and me and my mates want to hire the small hall for a party, how much is it and "
        "do i need an adult to sign || Agent: Hi! Thanks for getting in touch. Bookings have to be made by "
        "someone over 18, so could a parent or guardian give us a ring or email? We'll happily talk them "
        "through it."),
    ("children", "sensitive", "agent_note",
        "Caller's son is 11 and has type 1 diabetes. She asked that the party food for Saturday come with "
        "carb counts per portion written on the labels, and that the fizzy drinks include some diet ones. "
        "Passed to Chef."),
    ("children", "sensitive", "email",
        "Hello, I need the hall for the twins' 5th birthday but it has to be one of my weekends, I only have "
        "them every other Saturday under the contact arrangement with their mum. So it's 10 May or 24 May. "
        "Which is free? Cheers, Gareth"),
    ("children", "sensitive", "web_form",
        "Event: Year 6 leavers disco. Organiser: I'm the parent rep for Mrs Khan's class at Holm Lane "
        "Primary, my son Tayo is in the class. About 30 pupils aged 10 and 11 plus 8 adults. Food: pizza and "
        "squash, no bar."),
    ("children", "sensitive", "voicemail",
        "Hi, it's Gemma, we've got the Harbourside on the 9th for the welcome party. The little one will only "
        "be four months by then so is there a quiet room I could use to feed her and put her down for a nap? "
        "Ring me back, thanks."),
    ("children", "sensitive", "dm",
        "my lad's in Year 4 and they've moved his class trip to the 21st so we need the party moved to the "
        "28th, is that doable?"),
    ("children", "sensitive", "call",
        "[transcript] Customer: It's for my granddaughter, she turns sixteen in August and she's set her "
        "heart on the Ropewalk. || Agent: A sweet sixteen, lovely. Will there be drinks? || Customer: Soft "
        "drinks only, they're all her age. Mocktails if you do them."),
    ("children", "sensitive", "email",
        "Good day, I wish to book your hall for the naming ceremony of our newborn son, which will hold on "
        "the eighth day after his birth, that is 17th of this month. We are expecting about 120 guests. "
        "Kindly send me the price for jollof rice, small chops and drinks. Thank you and God bless. Mrs "
        "Chiamaka Eze"),
    ("children", "sensitive", "chat",
        "Customer: Please take my daughter's photo off your Facebook page, the one from the party on "
        "Saturday. She's 14 and nobody asked us. || Agent: I'm really sorry, I've removed it now and I've "
        "reminded the events team that we never post photos of under-18s without written consent."),
    ("children", "sensitive", "email",
        "Hi, can you invoice the PTA account instead of me for the cake? And just to confirm the icing should "
        "say Happy 10th Maya. Thanks, Lou"),
    ("children", "sensitive", "sms",
        "hi its Ailsa, the wee one's allergic to egg, she's three, so can the party sandwiches be made "
        "without mayo pls"),
    ("children", "sensitive", "chat",
        "Customer: He's been excluded from school for the week so he'll be home with me, is it okay if I "
        "bring him along when I set up the hall Thursday? He's 13, he'll carry chairs. || Agent: That's fine, "
        "just keep him out of the kitchen for safety reasons."),
    ("children", "sensitive", "email",
        "Hello, about our booking on the 12th. Our eldest goes to a special school and has an EHCP with a "
        "one-to-one, her transport drops her home at 3:30, so could setup start at 4 instead of 2? I need to "
        "be home for her. Thanks, Dawn Petrie"),
    ("children", "sensitive", "chat",
        "Customer: Can we finish at 10 instead of 11 on the 3rd? || Agent: Of course. And happy almost-18th "
        "to Callum! I've noted on the sheet again that most of his friends are 17, so bar staff will be "
        "checking wristbands. || Customer: Ha, yes please."),
    ("children", "sensitive", "sms",
        "hey is this cove halls. my mum booked the hall for my 13th and i want the balloons to be purple not "
        "pink. can u change it thx"),
    ("children", "sensitive", "email",
        "Good day! We will celebrate the 7th birthday of our daughter Princess on the 20th, it is a big "
        "occasion for our family so we will have around 80 guests. Can we request a lechon and a dessert "
        "table? Also a photo wall for the kids. Thank you and God bless!"),
    ("children", "sensitive", "email",
        "Respected Sir/Madam, I want to book the Ropewalk for the first birthday function of my son Aarav, he "
        "is completing one year on 2nd November. Kindly share veg menu for 60 persons and whether decoration "
        "is included. Thanks and regards, Pooja"),
    ("children", "sensitive", "email",
        "Hi both, we finally have our adoption order! Our foster son is officially ours, he's 8 and over the "
        "moon, and we want to throw him a proper party at the Saltmarsh hall. Any chance of the 15th? Jo and "
        "Priya"),
    ("children", "sensitive", "agent_note",
        "Mum says daughter (9) is on the autism spectrum and struggles with noise. Requested dimmed disco "
        "lights, volume kept low and the side room set up as a calm corner with beanbags for the party on 2 "
        "Aug."),
    ("children", "sensitive", "email",
        "Hiya, she's in Year 11 so this is her prom after-party. They're all under 18 so no bar please, just "
        "soft drinks and a pizza buffet at 9. We'll have four parents there all night. Ta, Shona"),
    ("children", "sensitive", "email",
        "Hi there, our young fella just finished the Junior Cert and we're having a bit of a do for him and "
        "his pals in the back room on Friday. About 25 teenagers and a handful of us adults. Would chicken "
        "goujons and chips for 30 be grand? Thanks, Declan"),
    ("children", "sensitive", "chat",
        "Customer: Our twins came at 32 weeks and they're still tiny, can we bring the double pram into the "
        "function room and park it by the table? || Agent: Absolutely, we'll leave space by your table and "
        "there's a baby change in the accessible toilet."),
    ("children", "sensitive", "sms",
        "their dad has them alternate weekends so i can only do the 12th or the 26th for the party. girls are "
        "4 and 6 if that matters for the food"),
    ("children", "sensitive", "chat",
        "Customer: hi my name is leo im 12 and i want to suprise my mum with a party for her 40th. how much "
        "does the hall cost?? dont tell her || Agent: Hi Leo, what a lovely idea! We'd need an adult to make "
        "the actual booking, maybe your dad or another grown-up could give us a call? We'll keep it a secret."),
    ("children", "sensitive", "call",
        "[transcript] Customer: Howzit, my laaitie turns ten on Saturday and the place we booked let us down. "
        "Have you got anything free? || Agent: The small hall at Eastgate is free Saturday afternoon. || "
        "Customer: Lekker, I'll take it."),
    ("children", "sensitive", "email",
        "Hi guys, looking for a room for my little fella's first birthday, he's 12 months on the 3rd. Nothing "
        "fancy, grandparents and a few mates with bubs. Do you do a morning tea package? Cheers, Brooke"),
    ("children", "sensitive", "email",
        "Hi, my daughter's PSLE ends on 1 Oct, can we book the small hall on the 5th for her class party? She "
        "is 12 this year, around 25 classmates. Can do halal-certified buffet or not? Thanks ah, Mrs Tan"),
    ("children", "sensitive", "forwarded",
        "FW: party food. Hi, see below from one of the mums, can you make sure Chef sees this? Thanks, Sarah. "
        "Hi Sarah, Tobi (he's 7) can't have any dairy at all, he was very poorly last time. Could there be a "
        "dairy-free plate for him? Thank you, Funmi"),
    ("children", "sensitive", "web_form",
        "Special requirements: The birthday boy is 10 and uses a powered wheelchair. Please make sure the "
        "hall has space for him to move between tables and that the stage has ramp access so he can join the "
        "magician."),
    ("children", "sensitive", "voicemail",
        "Hello, it's Carla Mendes about the welcome party for baby Rosa on Sunday. She's only eight weeks so "
        "we'll be keeping it small, maybe thirty. Could we have the room from 12 instead of 11? Thank you."),
    ("children", "sensitive", "chat",
        "Customer: Does the kids' entertainer package suit younger ones? || Agent: It's designed for ages 4 "
        "to 9. How many children are you expecting? || Customer: About 15 of them, all Year 2, so six and "
        "seven. Jacob's whole class."),
    ("children", "sensitive", "agent_note",
        "Customer's son, 16, is organising the sign-up sheet for the youth football awards. Mum gave his "
        "mobile number and asked that we text him directly about numbers. Told her we'll copy her in on "
        "anything we send to him."),
    ("children", "sensitive", "email",
        "Hello, please add my daughter Amara Okonkwo (date of birth 03/05/2010) as an authorised contact on "
        "booking CV-21045 so she can collect the keys with her older cousin. Thanks, Mr Okonkwo"),
    ("children", "sensitive", "email",
        "Hi, the party is for the whole of Oak class at St Fillan's, that's my son's class, they're Primary "
        "3. Could we have the hall for two hours after school on the last Friday of term? Thanks, Fiona"),
    ("children", "sensitive", "dm",
        "our youngest got into the county youth choir 🎉🎉 want to do a small do for her on sunday, she's only "
        "11 so it's a big deal. small room free?"),
    ("children", "sensitive", "review",
        "Review: Had my son's 8th at the Saltmarsh hall and it was fab, staff were brilliant with the kids. "
        "|| Reply from Cove Halls: Thank you! So glad Ollie had a great 8th, hope to see you again next year."),
    ("children", "sensitive", "chat",
        "Customer: Can we add a nut-free table at the christening lunch? My niece Zara is coming, she's 5 and "
        "has a severe nut allergy. || Agent: Yes, we'll set up a separate labelled table and brief the "
        "serving staff."),
    ("children", "sensitive", "call",
        "[transcript] Customer: We want to book for a party for our Ben, but not till after the 19th because "
        "he's sitting his GCSEs till then. || Agent: The 21st is free in the Lantern Room. || Customer: "
        "Perfect, he'll be so relieved."),
    ("children", "sensitive", "email",
        "Hello, the booking is in my name because I'm the kinship carer for my grandson, he's 6, but the "
        "party is his so please put Happy Birthday Kai on the cake. Regards, Ann Shepherd"),
    ("children", "sensitive", "agent_note",
        "Caller is a foster carer booking a birthday party for a foster child aged 14. Asked that no photos "
        "are taken or posted by our staff for safeguarding reasons and that the child's surname isn't used on "
        "any signage."),
    ("children", "sensitive", "sms", "hi cn u do a cake w Happy 1st Birthday Ezra on it 4 sat, chocolate pls thx"),
    ("children", "sensitive", "email",
        "Hello, I want to rent the room for the birthday of my son who is having 5 years. He is very love the "
        "dinosaur so we make dinosaur decoration. It is possible to come 1 hour before for decorate? Thank "
        "you very much, Marta"),
    ("children", "sensitive", "email",
        "Hello, my son finish primary school this year, he is 11 and we want make party for all his class, "
        "maybe 28 kids. Do you have menu for children without pork and without spicy? Thank you, Darius"),
    ("children", "sensitive", "email",
        "Hi, my son is 14 and in the scout troop, and he's organising the court of honor dinner himself as "
        "part of his Eagle project. I'm only the parent contact for payment. He'll email you the menu "
        "choices, please copy me. Thanks, Linda Harper"),
    ("children", "sensitive", "web_form",
        "Party package booking. Child's name: Poppy Harrow. Age on the day: 4. Allergies: none. Theme: "
        "unicorns. Who will collect the keys: Nan (Jean Harrow)."),
    ("children", "sensitive", "chat",
        "Customer: my stepdaughter is 17 and wants to help serve behind the bar at our anniversary do, is "
        "that allowed? || Agent: Unfortunately no one under 18 can serve alcohol, but she's welcome to help "
        "with the soft drinks and food."),
    ("children", "sensitive", "chat",
        "Customer: Just confirming numbers for Sunday, 30 adults. || Agent: Thanks! And do you still want the "
        "12 children's meals for Lily's nursery friends? Last time you said they're all three and four. || "
        "Customer: Oh yes, thanks for reminding me."),
    ("children", "sensitive", "email",
        "Hi, we home-educate our two (9 and 12) and a few other families, and we'd like the small hall every "
        "Wednesday morning for a learning co-op, science experiments, art and the like. Is there a term rate? "
        "Thanks, Helena"),
    ("children", "benign", "email",
        "Hi, we're the PTA at Holm Lane Primary and we'd like to book the main hall at Eastgate for our "
        "spring quiz night, Friday 21 March, 7 to 11pm, adults only. We'll run our own raffle. Could you "
        "quote for a ploughman's supper for 100?"),
    ("children", "benign", "chat",
        "Customer: Is your buffet menu kid-friendly? We're hosting a family fun day for our staff. || Agent: "
        "Yes, there's a children's menu with nuggets, pasta and fruit pots. Want me to send it?"),
    ("children", "benign", "web_form",
        "Organisation: Little Acorns Nursery. Request: Saltmarsh small hall for our staff training day on the "
        "INSET day, 9 to 3, 14 staff, tea and sandwiches at 12."),
    ("children", "benign", "email",
        "Hello, I'm a children's entertainer (Captain Giggles Parties) and several of my clients book your "
        "halls. Do you have a list of approved entertainers or do I need to send you my public liability "
        "insurance each time? Thanks, Rob"),
    ("children", "benign", "sms", "does the KIDSEATFREE code work on the sunday carvery package or just weekdays?"),
    ("children", "benign", "chat",
        "Customer: I'm booking for the boys, it's a stag do warm-up, about 20 of us. Any chance of a pool "
        "table? || Agent: The Ropewalk has a pool table and a late licence till 1."),
    ("children", "benign", "call",
        "[transcript] Customer: Hi, it's Joan Pritchard, my daughter booked me in for a retirement lunch and "
        "she said to ring you about my own dietary bits. I don't eat onions. || Agent: No problem, Mrs "
        "Pritchard, I'll note no onion on your plate."),
    ("children", "benign", "email",
        "Good afternoon, can I check the baby grand piano in the Lantern Room is still there and tuned? Our "
        "choir would like to use it for our summer concert. Regards, Edwin Marsh, Secretary, Kilnworth Choral "
        "Society"),
    ("children", "benign", "chat",
        "Customer: I'm trying to split our Christmas party into two payments, and the system created a child "
        "booking under the parent ref. Which one do I pay? || Agent: Pay the parent ref CV-20990, the child "
        "record just holds the second room."),
    ("children", "benign", "email",
        "Hi, please make the invoice out to our parent company, Brightwater Holdings Ltd, not the local "
        "office. Same address. Thanks!"),
    ("children", "benign", "email",
        "Hello, our kids are all grown up and living abroad now and they've clubbed together to pay for our "
        "ruby wedding do. Can they pay the deposit by card from overseas? Thanks, Maureen and Phil"),
    ("children", "benign", "sms", "you're kidding me, the hall's double booked?? ring me asap"),
    ("children", "benign", "review",
        "Review: Mother's Day lunch package was lovely, my mum said the roast beef was the best she'd had in "
        "years. || Reply from Cove Kitchen: Thank you, we'll pass that on to the team!"),
    ("children", "benign", "web_form",
        "Organisation: Harbourside Toddler Group. Request: weekly hire of the small hall Monday 9:30 to 11:30 "
        "during term time, we bring our own toys and mats. Please send the term-time rate."),
    ("children", "benign", "email",
        "Hi there, do you have child-size tables and chairs to hire? A local school wants to borrow a hall "
        "for a reading event and asked me to check for them. Thanks, Ian"),
    ("children", "benign", "chat",
        "Customer: Is the bouncy castle you hire out safe for children under 5? Just a general question for "
        "our summer fete. || Agent: It's suitable for ages 3 to 10 and comes with a supervisor."),
    ("children", "benign", "email",
        "Hello, I run the Eastgate Youth Club. We'd like to keep our Thursday evening slot in the main hall "
        "for the next school year. Same times, 6 to 8:30. Could you send the renewal form?"),
    ("children", "benign", "dm",
        "old school disco night at the ropewalk, can we bring our own vinyl or does the DJ have to use yours"),
    ("children", "benign", "chat",
        "Customer: the prices for the evening buffet seem to be in the high teens per head now, has that "
        "changed? || Agent: Yes, the new menu starts at £17.50, I can send the older menu if it suits."),
    ("children", "benign", "email",
        "Hi, just a minor issue with the invoice, the room name says Lantern Room but we had the Ropewalk. "
        "Could you correct it? Thanks, Graham"),
    ("children", "benign", "call",
        "[transcript] Customer: We're the Kilnworth Driving School, we'd like a room for a theory test "
        "evening for our learners. || Agent: The Parish Rooms seat 30 theatre style, is that enough?"),
    ("children", "benign", "email",
        "Dear Cove Halls, the Holm Lane Primary governors would like to use the Kilnworth Parish Rooms for a "
        "governors' strategy meeting on a Saturday morning, about 12 people, tea and pastries. Please advise "
        "availability in April."),
    ("children", "benign", "sms", "can we get the adult ticket price for the ceilidh or is it all one price"),
    ("children", "benign", "chat",
        "Customer: My mum rang earlier about her own 70th booking and she thinks she gave the wrong date. "
        "It's her booking, she's asked me to chase. || Agent: I can see her booking for the 14th. She'll need "
        "to confirm the change herself, or add you as a contact on it."),
    ("children", "benign", "email",
        "Hello, the idea for a Father Ted quiz night was born in our pub quiz team, and now we need a venue! "
        "Would the back room at the Harbourside take 60 people on a Friday? Cheers, Colm"),
    ("children", "benign", "review",
        "Review: Great venue for the school reunion, class of '95! Thirty years on and we all still can't "
        "dance. || Reply: Ha! Thanks for choosing us for such a special night."),
    ("children", "benign", "agent_note",
        "Local secondary school's business manager called to ask about hiring Fennick Street Hall for their "
        "staff Christmas meal. Sent function pack and three-course menus."),
    ("children", "benign", "email",
        "Hi, we're the Little Chefs cookery club for adults learning basics. Could we use the training "
        "kitchen at Eastgate for four Tuesday evenings? We supply our own ingredients."),
    ("children", "benign", "chat",
        "Customer: do you do a 'Little Bites' canape menu? saw it on Insta || Agent: We do! It's our mini "
        "canape range, eight pieces per person."),
    ("children", "benign", "web_form",
        "Query: Do you allow children at evening bookings, and until what time? Asking generally, as we're "
        "planning a family-friendly fundraiser."),
    ("children", "benign", "sms", "no kidding, that quote is cheaper than last yr 👍 go ahead and book it"),
    ("children", "benign", "chat",
        "Customer: Are highchairs available at the Saltmarsh hall for guests? || Agent: There are four "
        "highchairs in the store cupboard, we can set them out on request."),
    ("children", "benign", "email",
        "Hello, St Fillan's Primary are holding their Christmas fair and asked if you would donate a voucher "
        "for the raffle. Could you send one to the school office? Thanks, Admin Team"),
    ("children", "benign", "voicemail",
        "Hi, it's Terry, I'm one of the grown-ups running the model railway club. We need the big tables put "
        "out Saturday for our exhibition. Give me a bell."),
    ("children", "benign", "dm",
        "youth theatre company here 🎭 do you ever rent the hall for rehearsals on weekday evenings?"),
    ("children", "benign", "chat",
        "Customer: Do you sell gift vouchers for your afternoon tea? It's for my nan's birthday, she's "
        "turning 90. || Agent: Yes, you can buy them online in any amount."),
    ("children", "benign", "email",
        "Hi, I'm a nanny-agency owner organising a training morning for our nannies on paediatric first aid. "
        "Can we use the small hall with 15 chairs and a projector?"),
    ("children", "benign", "email",
        "Hello, please could you confirm the hall booking for Saturday 5 April, 6pm to midnight, and resend "
        "the contract? I can't find it in my inbox. Regards, Amanda Keel"),
    ("children", "benign", "chat",
        "Customer: What's the deposit for a Friday night in the Lantern Room? || Agent: It's £150, refundable "
        "up to 28 days before the event."),
    ("children", "benign", "sms", "hi running 10 min late for key collection, pls wait"),
    ("children", "benign", "email",
        "Hello, we'd like to change our hot buffet to the cold fork buffet for the 22nd, same numbers. Is the "
        "price difference refunded or credited? Thanks, Neil"),
    ("children", "benign", "web_form",
        "Query type: Layout. Message: For the dinner on 9 May we'd like round tables of 8, top table for 6 at "
        "the stage end, and the dance floor cleared by 9."),
    ("children", "benign", "call",
        "[transcript] Customer: Just wondering if the main hall has a projector and screen. || Agent: Yes, "
        "ceiling projector with HDMI at the lectern. || Customer: Brilliant, thanks."),
    ("children", "benign", "email",
        "Hi, the heating in the Kilnworth Parish Rooms was off when we arrived on Tuesday. Could someone "
        "check the timer before next week's session? Thanks, Audrey"),
    ("children", "benign", "chat",
        "Customer: Can I pay the balance by bank transfer? || Agent: Yes, details are on the invoice, please "
        "use the booking ref as the reference."),
    ("children", "benign", "sms", "got the keys thanks, will drop them back in the box sun morning"),
    ("children", "benign", "email",
        "Good morning, we'd like to add a coffee station to our conference booking on the 18th, 9am to 11am, "
        "40 people. Please update the quote. Kind regards, Sunil Rao"),
    ("children", "benign", "agent_note",
        "Customer asked if the Harbourside bar can stay open till midnight on 31 Oct. Licence allows until "
        "12:30, confirmed by email."),
    ("children", "benign", "email",
        "Hi, could you tell me how many people the Ropewalk holds for a standing reception? Thinking around "
        "120. Thanks, Jess"),
    ("children", "benign", "chat",
        "Customer: Can we bring our own cake or does it have to be from Cove Kitchen? || Agent: You're "
        "welcome to bring your own, there's no cake-cutting fee."),
    # ---- special_categories
    ("special_categories", "sensitive", "chat",
        "Customer: For the Friday lunch on the 11th, could the food go out at 2:30 rather than 1? I'm at "
        "jummah until about quarter past and I want to be there when it's served. || Agent: No problem, 2:30 "
        "it is."),
    ("special_categories", "sensitive", "email",
        "Hi, booking the small hall for a family get-together on the 4th. Just so you know we're Jehovah's "
        "Witnesses, so please no birthday banners or cake with candles, even though it falls on my mum's "
        "birthday. Just a nice lunch. Thanks, Carol"),
    ("special_categories", "sensitive", "email",
        "Dear team, for my father's 70th on the 26th, please note that as practising Hindus our whole family "
        "is strictly vegetarian, no eggs, no gelatine and no onion or garlic in the dishes for the elders. "
        "Kindly confirm the menu can be adjusted. Regards, Anjali Deshpande"),
    ("special_categories", "sensitive", "agent_note",
        "Customer keeps Shabbat and won't answer calls or email from Friday sunset to Saturday night. All "
        "contact about the 12 Nov event to be by email Sunday to Thursday only."),
    ("special_categories", "sensitive", "dm",
        "hiya, for the leaving do toast could mine be a non-alcoholic fizz? I've given up drink for Lent, "
        "good Catholic girl and all that 😂"),
    ("special_categories", "sensitive", "email",
        "Hello, my husband is Amritdhari and always wears his kara and kirpan. Your security at the Ropewalk "
        "asked about it at a friend's party last month. Can you make sure the door team for our anniversary "
        "on the 9th know it's a religious article and is fine? Thanks, Harpreet Gill"),
    ("special_categories", "sensitive", "email",
        "Hi, we're humanists and not religious at all, so for our daughter's naming ceremony at St Aldric's "
        "Church Hall could the cross on the end wall be covered or the stage curtain drawn? No offence "
        "intended to the church. Thanks, Tom and Elise"),
    ("special_categories", "sensitive", "call",
        "[transcript] Customer: I'll be straight with you. We're a Traveller family and the last hall "
        "cancelled on us the day before when they worked out who we were. Is that going to be a problem with "
        "you? || Agent: No, absolutely not. Your booking is confirmed like anyone else's and I'll put my name "
        "on it."),
    ("special_categories", "sensitive", "email",
        "Good afternoon, my in-laws are Igbo so for our traditional wedding on the 2nd there will be the "
        "wine-carrying ceremony. We need an open space in the middle of the hall and somewhere for the elders "
        "to sit in front. Also please allow palm wine to be brought in. Regards, Ifeoma and Gary"),
    ("special_categories", "sensitive", "agent_note",
        "Customer said most of the 150 guests will be from the Somali community and the older women would "
        "prefer to eat in a separate area. Offered the Lantern Room plus the adjoining side room with a "
        "partition."),
    ("special_categories", "sensitive", "email",
        "I'm writing to complain about the staff member at Eastgate on Saturday who asked me where I'm "
        "'really from' after I told him I was the organiser. I'm British Pakistani, born in this town, and "
        "I've been booking your halls for five years. It was humiliating in front of my guests. I expect an "
        "apology. Nadia Rafiq"),
    ("special_categories", "sensitive", "chat",
        "Customer: Mum's side is Hakka Chinese and she wants a proper round-table banquet for her 60th, lazy "
        "Susans and all. Can Cove Kitchen do Chinese dishes or can we bring in our own caterer? || Agent: We "
        "can allow an outside caterer for that with a kitchen hire fee."),
    ("special_categories", "sensitive", "email",
        "Hello, I'm standing as a candidate for the Valley Independents in the May council elections and I'd "
        "like to book the main hall at Fennick Street for my campaign launch, around 80 people, tea and "
        "coffee. Please invoice me personally rather than the party. Many thanks, Cllr-hopeful Martin Oakes"),
    ("special_categories", "sensitive", "email",
        "Hi, I'm one of the organisers of the weekly vigils outside the detention centre and we need "
        "somewhere warm to meet after them, Saturday afternoons for about 20 people. Somewhere discreet would "
        "be appreciated given the abuse some of us have had online. Thanks, Ruth"),
    ("special_categories", "sensitive", "agent_note",
        "Customer mentioned she's a paid-up member of the Heartland Party and canvasses most weekends; asked "
        "whether that would be an issue for booking a church hall. Told her our booking policy doesn't "
        "consider politics of individual hirers."),
    ("special_categories", "sensitive", "sms",
        "after the march on sat a few of us want to warm up somewhere and plan the next one. small room free "
        "4-6?"),
    ("special_categories", "sensitive", "dm",
        "is it a problem if i'm in the Socialist Workers League? your church hall manager gave me a funny "
        "look when i handed over the leaflets for our meeting"),
    ("special_categories", "sensitive", "email",
        "Hi, I'm branch rep for the Northern Rail and Transport Union at the depot and we need a room for a "
        "members' meeting on the 7th to discuss the strike ballot. About 60. Could you keep the booking under "
        "my name rather than the union's? Thanks, Kev Dyer"),
    ("special_categories", "sensitive", "chat",
        "Customer: I might be 20 mins late to set up Saturday, I've got a meeting at the depot first, I'm a "
        "shop steward and there's a dispute on. || Agent: No problem, I'll let the caretaker know."),
    ("special_categories", "sensitive", "agent_note",
        "Caller is a nurse and union member organising the strike committee's weekly meeting. Asked that her "
        "name not appear on the noticeboard outside the hall. Booked as 'Tuesday meeting' on the public "
        "calendar."),
    ("special_categories", "sensitive", "web_form",
        "Organisation: Eastmoor branch, Allied Teachers' Union. Contact name: Sandra Wilkes (me, branch "
        "secretary). Event: members' social after the ballot result. Numbers: 45."),
    ("special_categories", "sensitive", "email",
        "Hello, please put the invoice in my name, not the union's. I'm the treasurer for our local Care "
        "Workers' Union branch and I'm paying the deposit myself then claiming it back. Thanks, Precious"),
    ("special_categories", "sensitive", "email",
        "Hi, we'd love to book the Ropewalk for our wedding reception on 6 September, me and my husband-to-be "
        "Marcus. About 90 guests. Can you send the wedding brochure? Thanks, Daniel"),
    ("special_categories", "sensitive", "chat",
        "Customer: is your venue ok with same sex couples? my fiancée and I are both women and the last place "
        "got weird about it || Agent: Completely, you're very welcome. We'd love to host you both."),
    ("special_categories", "sensitive", "email",
        "Hello, quick note on the seating plan: top table will be me, my wife Helen, and both our mums. Could "
        "we have it a bit wider so nobody's squashed? Thanks, Karen Boyd"),
    ("special_categories", "sensitive", "voicemail",
        "Hi, it's Lorraine. We're having a bit of a do for my brother, he's finally told the whole family "
        "he's gay and Mum wants to celebrate properly. Small room, Saturday week, about 30. Call me back."),
    ("special_categories", "sensitive", "agent_note",
        "Wedding enquiry: couple are two men (Femi and Josh), second marriage for Femi. Asked for the toasts "
        "to avoid any 'bride' wording and for a discreet photographer as some relatives don't know yet."),
    ("special_categories", "sensitive", "dm",
        "i'm bi and bringing my boyfriend to the works do for the first time, bit nervous tbh. anyway can we "
        "swap my plus one's meal to the fish?"),
    ("special_categories", "sensitive", "email",
        "Hello, we're a swingers' social club and we'd like to hire the Ropewalk privately on a Saturday "
        "night. Over-21s only, strict guest list, no photographs and discretion from staff essential. Bar and "
        "finger buffet. Please reply to this address only. Regards, J."),
    ("special_categories", "sensitive", "chat",
        "Customer: We're polyamorous, three of us hosting the housewarming together. Can all three names go "
        "on the invoice? || Agent: Yes, we can list all three hosts on the booking."),
    ("special_categories", "sensitive", "email",
        "Hi, I'm trans and the invoice you sent still has my old name on it. I changed it by deed poll in "
        "January and updated my account. Please reissue with Chloe Ashworth and Ms. Thank you."),
    ("special_categories", "sensitive", "web_form",
        "Name: Rowan Pike. Title: Mx. Pronouns: they/them. Note: please use they/them for me with the bar "
        "team too, I'm non-binary and it came up awkwardly last time."),
    ("special_categories", "sensitive", "email",
        "Hi, my sister's transitioning and this party is her first big family event as Chloe. Please make "
        "sure all staff use that name and she/her, and the place card should say Chloe. It would mean the "
        "world. Thanks, Megan"),
    ("special_categories", "sensitive", "agent_note",
        "Customer is a trans woman; at her last booking a staff member repeatedly called her 'sir'. "
        "Apologised, logged as a complaint against that shift, and noted preferred name and pronouns on her "
        "account."),
    ("special_categories", "sensitive", "call",
        "[transcript] Customer: The card's going to say a different name from the booking. I changed my name "
        "when I transitioned and the bank still hasn't updated it. || Agent: That's fine, I'll add a note so "
        "the payment matches."),
    ("special_categories", "sensitive", "email",
        "Hello! Bit of a story: my sister and I both did DNA kits and found out we have a half-brother, Ray, "
        "that none of us knew about. He's agreed to meet the whole family so we want the small hall on the "
        "18th for a reunion lunch. Thanks, Bernie"),
    ("special_categories", "sensitive", "email",
        "Hi, I tested positive for the BRCA2 gene variant last month and a group of us who've had the same "
        "result meet up for support. Could we book the Lantern Room one evening a month? We'd like it kept "
        "low-key. Thanks, Lisa"),
    ("special_categories", "sensitive", "chat",
        "Customer: Family reunion booking. The GenePath results matched 23 second cousins on my dad's side "
        "and about 40 are coming! || Agent: Wonderful, the main hall at Eastgate would suit 40 nicely."),
    ("special_categories", "sensitive", "agent_note",
        "Caller asked to cancel his son's wedding tasting. Explained his genetic test for Huntington's came "
        "back positive last week and the family need time. Cancelled without fee."),
    ("special_categories", "sensitive", "email",
        "Hello, when I collected the keys at Saltmarsh Hall the new keypad made me register my fingerprint. I "
        "never agreed to that. Please delete my fingerprint data and confirm in writing, and tell me who else "
        "it was shared with. Regards, Alan Fenwick"),
    ("special_categories", "sensitive", "email",
        "Hi, I was told the new cameras at Eastgate use face recognition. I attended an event there on 3 "
        "March. Please tell me what face data you hold on me and delete it. Sophie Laing"),
    ("special_categories", "sensitive", "call",
        "[transcript] Customer: Your phone line keeps saying 'my voice is my password' when I ring about my "
        "booking. I never set that up. Have you got a recording of my voice stored? || Agent: I'll raise that "
        "with our data team and get your voiceprint removed."),
    ("special_categories", "sensitive", "web_form",
        "Request type: Subject access request. Details: please provide my fingerprint template, access logs "
        "and any other biometric data collected by the fingerprint reader at Kilnworth Parish Rooms, where I "
        "run a Thursday class."),
    ("special_categories", "sensitive", "sms",
        "hi its Yusuf, the date for the family party depends on moon sighting for Eid so can u hold both the "
        "9th and 10th til we know? will confirm by the night before"),
    ("special_categories", "sensitive", "email",
        "Hello, could the catering for our Diwali gathering be ready by 7 please? We do the puja at home "
        "first and won't be at the hall before 6:30. Thank you, Meera"),
    ("special_categories", "sensitive", "chat",
        "Customer: Can I change the date to the 14th? || Agent: Of course. I remember you said the 7th "
        "clashes with Yom Kippur for your family, so the 14th it is, same time and menu."),
    ("special_categories", "sensitive", "agent_note",
        "Customer said the family are Tamil, from Jaffna originally, and asked if we could source banana "
        "leaves for serving at the 60th. Chef to check with the Asian wholesaler."),
    ("special_categories", "sensitive", "email",
        "Hi, I'm the chair of the Harrowgate Young Republicans and I'd like to rent a room for our watch "
        "party on election night. Around 40, snacks and sodas. Please keep it off your public events page. "
        "Thanks, Tyler Briggs"),
    ("special_categories", "sensitive", "chat",
        "Customer: I'm Muslim so can you confirm the chicken on my plate is halal? The rest of the table "
        "don't mind. || Agent: Yes, all our chicken is halal-certified, I'll note it on your place card too."),
    ("special_categories", "sensitive", "email",
        "Hello, we are Roma family from Slovakia living here six years. For the engagement of my son we want "
        "live music with cimbalom until 1 in the night and food for 120 persons. Other venue say no when they "
        "hear we are Roma, I hope you are different. Please tell me price. Thank you, Milan Horvath"),
    ("special_categories", "benign", "email",
        "Hi, could the band play the Gay Gordons and Strip the Willow at the ceilidh? Half our guests only "
        "know those two. Cheers, Alasdair"),
    ("special_categories", "benign", "email",
        "Dear Cove Halls, on behalf of the facilities committee of Greenfield Mosque, we would like to book "
        "the Eastgate main hall for our volunteers' appreciation dinner on 15 May, about 70 people. Please "
        "send the halal menu options and a quote. Regards, Facilities Committee"),
    ("special_categories", "benign", "chat",
        "Customer: At St Aldric's Church Hall, is the car park shared with the church on Sundays? || Agent: "
        "Yes, it's shared, so on Sunday mornings we'd suggest the street parking on Mill Lane."),
    ("special_categories", "benign", "web_form",
        "Organisation: Kilnworth College Students' Union. Event: end of term quiz night. Numbers: 120. Bar: "
        "yes. Catering: chips and pizza at 9."),
    ("special_categories", "benign", "email",
        "Hello, Saltmarsh Rugby Union Club would like to book the Ropewalk for our end-of-season dinner and "
        "awards, Saturday 17 May. About 110 with a three-course meal. Thanks, Club Secretary"),
    ("special_categories", "benign", "chat",
        "Customer: Can I pay the deposit from my credit union account? It's a different name from the "
        "booking. || Agent: Yes, just use the booking reference so we can match it."),
    ("special_categories", "benign", "email",
        "Good morning, Electoral Services at the borough council would like to book Fennick Street Hall as a "
        "polling station on Thursday 1 May, 6am to 11pm, plus the evening before for setup. Please confirm "
        "and invoice the council."),
    ("special_categories", "benign", "sms",
        "is a race night allowed in the hall? horse racing dvd and betting on wooden horses, for the cricket "
        "club fundraiser"),
    ("special_categories", "benign", "review",
        "Review: The speeches about the union of two great families had everyone in tears, and the lamb was "
        "superb. || Reply: Thank you both, it was a joy to host your wedding."),
    ("special_categories", "benign", "email",
        "Hi, to avoid office politics I've been asked to pick a venue no one department can claim, ha. Could "
        "the Lantern Room do a Christmas lunch for 35 on 12 December? Thanks, Pam"),
    ("special_categories", "benign", "email",
        "Hi, Faith from our accounts team will pay the balance next week, please send the invoice to her at "
        "accounts@ rather than me. Thanks, Stuart"),
    ("special_categories", "benign", "call",
        "[transcript] Customer: Hi, it's Christian Beck, booking ref CV-20777, can I add ten more to the "
        "buffet? || Agent: Hi Christian, that's fine, numbers are now 60."),
    ("special_categories", "benign", "web_form",
        "Organisation: Northgate Logistics. Event: new starters' orientation day. Room: Eastgate main hall, 9 "
        "to 4, cabaret style for 30, lunch and refreshments."),
    ("special_categories", "benign", "chat",
        "Customer: What's the quickest way from the station to Harbourside? || Agent: The TransCoastal bus "
        "from stop B goes right past, about 8 minutes."),
    ("special_categories", "benign", "email",
        "Hello, do you offer halal and kosher options on the buffet menus? Our company is planning a summer "
        "party and we want to make sure we can cater for everyone. Regards, HR Team, Pelham Insurance"),
    ("special_categories", "benign", "email",
        "Hi, we're the Genetics department at the university and we'd like to book the Lantern Room for our "
        "Christmas party, around 45 staff and postdocs. Hot buffet please. Thanks, Dept Admin"),
    ("special_categories", "benign", "chat",
        "Customer: Does any of your halls use fingerprint entry? Our company policy doesn't allow staff to "
        "use biometric systems, so I need to check before we book. || Agent: Only Saltmarsh has a fingerprint "
        "keypad, and it also takes a PIN, so no one has to use a fingerprint."),
    ("special_categories", "benign", "review",
        "Review: Love the ethos, great service is clearly in their DNA. Brilliant staff. || Reply: Thank you, "
        "that's lovely to hear!"),
    ("special_categories", "benign", "email",
        "Hi, I run the Ceol Irish Dancing School and we'd like to hire the main hall at Eastgate for our feis "
        "practice on Saturday mornings. Sprung floor would be ideal, is it? Thanks, Niamh"),
    ("special_categories", "benign", "email",
        "Hello, could we have the Indian street food menu for our team away day lunch, 25 people? Pani puri, "
        "chaat and samosas looked great on your brochure. Thanks, Greg"),
    ("special_categories", "benign", "dm",
        "caribbean night theme for our social club, can cove kitchen do jerk chicken and rice and peas for "
        "80?"),
    ("special_categories", "benign", "chat",
        "Customer: Do we need the vicar's permission to serve alcohol in the church hall? || Agent: No, St "
        "Aldric's is licensed through us, the parish doesn't need to approve individual events."),
    ("special_categories", "benign", "email",
        "Good afternoon, the Kilnworth Adult Education College runs a comparative religion evening course and "
        "we'd like to use the Parish Rooms on Wednesdays, 7 to 9, for ten weeks from September. 18 learners. "
        "Regards, Course Administrator"),
    ("special_categories", "benign", "email",
        "Hello, the Chamber of Commerce is hosting a hustings for all parliamentary candidates on 24 April. "
        "We'd need the main hall at Fennick Street set theatre style for 200, with a top table and PA. Please "
        "send a quote."),
    ("special_categories", "benign", "sms",
        "lightning strike knocked the power out at the hall mid party!! is someone coming?"),
    ("special_categories", "benign", "chat",
        "Customer: can we go straight from the ceremony to the hall, or is there a gap between bookings? || "
        "Agent: The hall is yours from 1pm so you can go straight there."),
    ("special_categories", "benign", "email",
        "Hi, when is the new autumn menu coming out? We'd like to pick from it for our October do. Thanks, "
        "Becky"),
    ("special_categories", "benign", "email",
        "Hi, my business partner and I are booking a product launch, can both our names go on the contract as "
        "the company directors? Thanks, Idris"),
    ("special_categories", "benign", "web_form",
        "Query: Are there gender-neutral toilets at the Ropewalk? Asking for our event accessibility page, we "
        "list this for every venue we use."),
    ("special_categories", "benign", "email",
        "Hi there, can Cove Kitchen do mass catering for around 300 for a company family day in a marquee at "
        "our site? Let me know if that's in your range. Cheers, Vince"),
    ("special_categories", "benign", "chat",
        "Customer: Can we order a rainbow layer cake for a 40th? || Agent: Yes, six layers, serves 30, £65."),
    ("special_categories", "benign", "email",
        "Hi, please can you break down the labour costs on the catering invoice separately from food? Our "
        "finance team needs it itemised. Thanks, Joanne"),
    ("special_categories", "benign", "email",
        "Morning, at a conservative estimate we'll have 80, but it could go to 100. Can we confirm final "
        "numbers 7 days before? Thanks, Pete"),
    ("special_categories", "benign", "review",
        "Review: Liberal portions of gravy and the best roasties in town. Will definitely book again. || "
        "Reply: Thanks so much, see you soon!"),
    ("special_categories", "benign", "email",
        "Dear Sir/Madam, Hope Lantern Trust, a faith-based charity supporting rough sleepers, wishes to book "
        "the Eastgate hall for our annual fundraising dinner. We are a registered charity, is a charity rate "
        "available? Regards, Events Officer"),
    ("special_categories", "benign", "email",
        "Hello, our debating society would like to use a room for our annual inter-club debate in March, 50 "
        "audience, a lectern and two tables. Thanks, Secretary, Harbourside Debating Society"),
    ("special_categories", "benign", "chat",
        "Customer: does the black tie dinner package include a welcome drink? || Agent: Yes, a glass of fizz "
        "or a soft drink on arrival."),
    ("special_categories", "benign", "email",
        "Hello, I'd like to book the Lantern Room for a 50th on Saturday 27 September, 7pm till late, about "
        "70 guests with a hot buffet. Please let me know if it's free. Thanks, Carolyn"),
    ("special_categories", "benign", "chat",
        "Customer: can i change the buffet time to 8:30 instead of 8? || Agent: Done, updated on your "
        "booking."),
    ("special_categories", "benign", "sms", "hi is the hall open for viewing on wed afternoon?"),
    ("special_categories", "benign", "email",
        "Hi, please can you confirm the final balance for CV-21102? I think the extra canapes haven't been "
        "added. Thanks, Olu"),
    ("special_categories", "benign", "call",
        "[transcript] Customer: Do you provide a DJ or do we book our own? || Agent: We have two DJs we "
        "recommend, or you can bring your own. || Customer: Okay, send me their details."),
    ("special_categories", "benign", "web_form",
        "Query type: Availability. Message: Looking for a function room for 40 on a weekday evening in early "
        "June for a book launch. Wine and nibbles."),
    ("special_categories", "benign", "email",
        "Hi, we left a box of table decorations in the store cupboard at Saltmarsh after Saturday. Can we "
        "pick it up Tuesday? Thanks, Anita"),
    ("special_categories", "benign", "agent_note",
        "Customer asked to split the bill between two company cost centres. Sent two invoices, 60/40 split as "
        "requested."),
    ("special_categories", "benign", "chat",
        "Customer: how long does the kitchen need to clear up after the meal? || Agent: About 45 minutes "
        "after the last course."),
    ("special_categories", "benign", "email",
        "Hello, is there a lectern and microphone at Fennick Street Hall for the AGM on the 3rd? Regards, "
        "Hilary Gaunt, Bowls Club Secretary"),
    ("special_categories", "benign", "dm",
        "hey do u guys do tea and cake for like 15 people, weekday afternoon? need a quote"),
    ("special_categories", "benign", "voicemail",
        "Hi, it's Paul about the hire on Saturday, the code for the key box isn't working. Can someone ring "
        "me please? Thanks."),
    ("special_categories", "benign", "email",
        "Good afternoon, can we extend our booking on the 14th by an hour, until midnight? Happy to pay the "
        "extra. Regards, Simon"),
    # ---- financial_hardship
    ("financial_hardship", "sensitive", "email",
        "Hi, I've got the Lantern Room booked for our Jade's engagement party on the 20th with £300 still to "
        "pay. Since they let me go from the warehouse in August there's just nothing coming in and I can't "
        "cover the balance. Is there any way to knock it down to the small room or get some of the deposit "
        "back? Sorry to be a pain. Tracy"),
    ("financial_hardship", "sensitive", "chat",
        "Customer: Is there any chance of a payment plan for the balance? I'm on Universal Credit and I get "
        "paid monthly, I can do £40 a month. || Agent: Let me check with my manager, we can usually split it "
        "into instalments if it's cleared before the event."),
    ("financial_hardship", "sensitive", "email",
        "To whom it may concern, I have received a letter from Castlegate Recoveries claiming I owe you £480 "
        "for a cancelled booking from 2022. I disputed this at the time. They are now phoning me several "
        "times a day and I'm already struggling with other debts. Please confirm whether you passed this to "
        "them and on what basis. Michael Ward"),
    ("financial_hardship", "sensitive", "email",
        "Dear Cove Halls, I am writing to inform you that I was declared bankrupt on 4 March. The Official "
        "Receiver has advised me to notify creditors, and my outstanding balance for the cancelled party "
        "(CV-19882) should now be claimed through them. Their details are below. Yours faithfully, Stephen "
        "Lowe"),
    ("financial_hardship", "sensitive", "sms",
        "hi sorry we're being evicted on the 30th so the party's not happening. any chance of the deposit "
        "back, we really need it x"),
    ("financial_hardship", "sensitive", "agent_note",
        "Customer disclosed she's three months behind on rent and asked to spread the £260 balance over four "
        "months rather than paying in full 14 days before. Approved by duty manager; event date stays 18 Oct."),
    ("financial_hardship", "sensitive", "email",
        "Hi, I know the deposit for the christening lunch is due Friday. Honestly, we've been using the food "
        "bank since Christmas and I don't know how I'm going to find £100 by then. Could it wait till the end "
        "of the month? Thanks, Lucy"),
    ("financial_hardship", "sensitive", "sms",
        "cn i move the £50 payment to the 15th, thats when my jobseekers comes in. sorry"),
    ("financial_hardship", "sensitive", "email",
        "Good day, I was retrenched at the end of last month and the package hasn't been paid out yet. We'd "
        "still like to go ahead with my parents' anniversary lunch but would it be possible to pay the "
        "balance in two parts? Thanks so much, Thabo"),
    ("financial_hardship", "sensitive", "email",
        "Dear Sir/Madam, my husband's company has laid him off last month and we are already having loans on "
        "the house and car. Hence we wish to reduce the guest count for our daughter's engagement from 150 to "
        "60. Kindly revise the quote and advise if some advance can be adjusted. Regards, Kavitha"),
    ("financial_hardship", "sensitive", "email",
        "Good morning sir, I was sacked from my work in June and they are owing me four months salary "
        "arrears. I have paid half of the deposit and I beg you to allow me pay the remaining after I get my "
        "money. I don't want to lose the date. Thank you, Emeka"),
    ("financial_hardship", "sensitive", "chat",
        "Customer: I got furloughed two weeks ago and I'm behind on basically everything. Can I get my "
        "deposit back for the baby shower on the 12th? || Agent: I'm sorry to hear that. Your deposit is "
        "refundable up to 28 days before, so yes, I'll process it today."),
    ("financial_hardship", "sensitive", "email",
        "Hi po, my husband used to send money from Dubai every month but his contract ended and nothing is "
        "coming since May. Can we please make our booking smaller and pay it by instalment? Thank you po and "
        "God bless, Marites"),
    ("financial_hardship", "sensitive", "email",
        "Hi, I'm on Centrelink at the moment so I can't do the full $600 upfront for the hall. Could I pay "
        "$100 a fortnight? The do's not till March. Cheers, Shaz"),
    ("financial_hardship", "sensitive", "voicemail",
        "Hiya, it's Noel. Look, I've been on the social since the factory closed and I can't stretch to the "
        "hot buffet, can we drop to just sandwiches and tea for the 60th? Give us a ring. Thanks."),
    ("financial_hardship", "sensitive", "chat",
        "Customer: Can I pay the rest in two halves? || Agent: Yes, and given the redundancy you mentioned on "
        "the phone on Monday, I've also waived the late balance fee. First half by the 1st, second by the "
        "15th. || Customer: Thank you so much."),
    ("financial_hardship", "sensitive", "chat",
        "Agent: Our records show the unpaid balance from the March booking was passed to our collections "
        "agency. || Customer: I know. They ring me every single day. I'm drowning here, I've got three other "
        "lots chasing me too. || Agent: I'm sorry. I'll ask them to put a 30-day hold on while we agree "
        "something affordable."),
    ("financial_hardship", "sensitive", "sms",
        "card declined again sorry. nothing in there till payday, overdraft maxed and 3 loans on the go. can "
        "i pay the 80 on fri"),
    ("financial_hardship", "sensitive", "email",
        "Hello, my café went under in March and because I'd signed a personal guarantee the creditors are "
        "coming after me personally. The leaving-do booking I made for my staff back in January needs to be "
        "cancelled. Is any of the deposit refundable? Regards, Dominic Rees"),
    ("financial_hardship", "sensitive", "call",
        "[transcript] Customer: I can't pay the balance this week. The bailiffs came round on Tuesday and "
        "took the car. || Agent: I'm so sorry. Let's move the balance date back a month and I'll hold the "
        "hall for you."),
    ("financial_hardship", "sensitive", "email",
        "Hi, my brother was meant to split the cost of Dad's birthday lunch with me but he's lost his job and "
        "can't chip in now. Could we downsize to the small hall and the cheaper menu? Thanks, Andrea"),
    ("financial_hardship", "sensitive", "agent_note",
        "Customer mentioned a county court judgment against her for an old catalogue debt, which is why her "
        "card application failed. Taking cash payments in person at Eastgate office instead."),
    ("financial_hardship", "sensitive", "sms",
        "paid the deposit, pawned my ring to do it so pls dont lose the booking 🙏"),
    ("financial_hardship", "sensitive", "web_form",
        "Message: We're in temporary accommodation at the moment after losing our flat, so please send "
        "anything about the booking by email rather than post. The address on the account is no longer ours."),
    ("financial_hardship", "sensitive", "email",
        "Hello, do you have any reduced rate for people on low income? I only have my state pension and "
        "Pension Credit, and I'd love to have a small afternoon tea for my 80th. Warm regards, Edna"),
    ("financial_hardship", "sensitive", "email",
        "Dear Cove Halls, I have been granted a Debt Relief Order and the outstanding £210 for booking "
        "CV-20112 is listed as one of my debts. Please do not contact me directly about it. Regards, K. "
        "Jarvis"),
    ("financial_hardship", "sensitive", "web_form",
        "Reason for cancellation: Lost all my income this month and simply can't afford it now. Please refund "
        "whatever you can."),
    ("financial_hardship", "sensitive", "sms",
        "sorry cant pay till the 28th. agency's not giving me any shifts since sept n wages stopped"),
    ("financial_hardship", "sensitive", "email",
        "Hi lah, my company closed down and I've been jobless for three months, so the 21st birthday party "
        "for my daughter need to cut budget. Can change to cheaper buffet, max 40 pax? Thanks, Mrs Lim"),
    ("financial_hardship", "sensitive", "agent_note",
        "Customer emotional on the phone; business partner walked out leaving him with the company's debts "
        "and he's selling the house. Asked to cancel the 10 Dec staff party. Refunded deposit in full as "
        "goodwill."),
    ("financial_hardship", "benign", "email",
        "Hi, really sorry, I completely forgot to pay the balance for Saturday. I've just done a transfer "
        "now, reference CV-21230. Hope that's okay! Sam"),
    ("financial_hardship", "benign", "chat",
        "Customer: the code SPRING15 says invalid when I try it at checkout || Agent: Sorry, it expired on "
        "the 31st, but I've applied 15% to your booking manually."),
    ("financial_hardship", "benign", "email",
        "Hello, we're a debt advice charity and we'd like the small room at Eastgate on Tuesday mornings for "
        "drop-in sessions, with tea and coffee available. Do you offer a charity rate? Regards, Services "
        "Coordinator, Moneywise Advice Centre"),
    ("financial_hardship", "benign", "email",
        "Dear Cove Halls, Hartley & Webb Solicitors are holding a CPD seminar on bankruptcy and insolvency "
        "law for local practitioners on 8 May. We'd like the Lantern Room with a projector and lunch for 30. "
        "Please quote."),
    ("financial_hardship", "benign", "chat",
        "Customer: Our budget is about £2k for 60 people including the hall, is that realistic? || Agent: "
        "Yes, the Harbourside with the hot buffet would come in around £1,850."),
    ("financial_hardship", "benign", "sms", "the card machine at the bar is broke, ppl cant pay for drinks! help"),
    ("financial_hardship", "benign", "email",
        "Hi, could you issue a credit note for the 10 meals we cancelled on the 5th? Our finance team needs "
        "it to close the PO. Thanks, Lorna"),
    ("financial_hardship", "benign", "chat",
        "Customer: Do you let people pay in instalments in general? Just comparing venues. || Agent: Yes, "
        "deposit to book, then as many instalments as you like before 14 days prior."),
    ("financial_hardship", "benign", "web_form",
        "Organisation: Saltmarsh Community Pantry (registered charity). Query: Do you offer discounted hire "
        "for charities? We'd like a hall for our volunteers' thank-you evening."),
    ("financial_hardship", "benign", "email",
        "Hello, it looks like we paid the invoice twice, once by card and once by BACS. Could you refund the "
        "duplicate? Thanks, Accounts, Maple Dental Group"),
    ("financial_hardship", "benign", "review",
        "Review: Not penny-pinching at all, the portions were huge and they didn't charge for the extra hour. "
        "|| Reply: Thanks for your kind review!"),
    ("financial_hardship", "benign", "email",
        "Hi, the Jobcentre's employer engagement team would like to book Fennick Street Hall for a jobs fair "
        "on 12 June, 30 stalls, 10 to 3. Please let us know cost and layout options."),
    ("financial_hardship", "benign", "chat",
        "Customer: Can we leave a food bank collection box in the foyer during our week-long exhibition? || "
        "Agent: Of course, just take it with you at the end."),
    ("financial_hardship", "benign", "email",
        "Hi, the price of everything's gone up, I know, but your new room rates are a shock. Is the old rate "
        "honoured for bookings made before April? Thanks, Geoff"),
    ("financial_hardship", "benign", "sms", "invoice says due 30 days but my PO says 45, which is right?"),
    ("financial_hardship", "benign", "email",
        "Hello, Kilnworth Credit Union would like to hold its AGM in the Parish Rooms on 20 September, 7pm, "
        "for about 60 members. Tea and cake at the end please. Regards, Board Secretary"),
    ("financial_hardship", "benign", "chat",
        "Customer: My card got declined, but I think it's because the bank flagged a new payee. Can I try "
        "again? || Agent: Yes, try again now, it often goes through after you approve it in your banking app. "
        "|| Customer: Worked, thanks."),
    ("financial_hardship", "benign", "email",
        "Hi, we're running a free budgeting and cost-of-living workshop for residents, hosted by the housing "
        "association. Could we use the Eastgate small hall on 3 March with tea and biscuits? Invoice the "
        "housing association please."),
    ("financial_hardship", "benign", "dm", "is the payday weekend deal still on? saw it on ur insta story"),
    ("financial_hardship", "benign", "email",
        "Good evening, we paid the deposit late by mistake, the reminder went to our spam folder. Is the "
        "booking still held? Regards, Jonathan"),
    ("financial_hardship", "benign", "call",
        "[transcript] Customer: I'm the treasurer for the gardening club, can you put our hall hire on a "
        "monthly invoice instead of per booking? || Agent: Yes, we can do a monthly statement."),
    ("financial_hardship", "benign", "review",
        "Review: We were worried we'd blow the budget but the package was great value for money. || Reply: So "
        "glad it worked out, thank you!"),
    ("financial_hardship", "benign", "chat",
        "Customer: Is VAT included in the prices on your website? || Agent: Yes, all prices shown include "
        "VAT."),
    ("financial_hardship", "benign", "email",
        "Hello, I'd like to book the small hall for a baby-sign class on Monday mornings. What's your weekly "
        "rate?"),
    ("financial_hardship", "benign", "sms", "whats the cancellation fee if we move the date not cancel?"),
    ("financial_hardship", "benign", "email",
        "Hi, could you resend the quote for 40 guests with the three-course menu? The link in your email has "
        "expired. Thanks, Imogen"),
    ("financial_hardship", "benign", "chat",
        "Customer: can we get a receipt for the deposit emailed? || Agent: Sent to the address on your "
        "booking now."),
    ("financial_hardship", "benign", "voicemail",
        "Hi, it's Colin from the Rotary club, just checking the room is set for 30 for lunch on Thursday. No "
        "need to call back unless there's a problem."),
    ("financial_hardship", "benign", "web_form",
        "Query type: Catering. Message: Please add two vegan main courses to our order for the 17th, booking "
        "CV-21311."),
    ("financial_hardship", "benign", "email",
        "Hello, we'd like to book the Ropewalk for a quiz night fundraiser on 8 November. Could you tell me "
        "the hire cost for 6 to 11pm? Thanks, Rhiannon"),
    # ---- violence_self_harm
    ("violence_self_harm", "sensitive", "email",
        "Hi, about my 40th at the Harbourside on the 15th. My ex has been turning up wherever I go for months "
        "now, at work, at the gym, outside my mum's. If anyone rings asking where or when my party is, please "
        "don't tell them anything, and could the door be staffed? His name is Craig Fallon. Thanks, Nicola"),
    ("violence_self_harm", "sensitive", "chat",
        "Customer: I need to book the small room but under my sister's name please, Donna Leigh. My husband "
        "can't know where I'm going to be, I'm leaving him and it's not safe if he finds out. || Agent: "
        "Understood. I've put it under Donna's name and added a note that no details are to be given to "
        "anyone else."),
    ("violence_self_harm", "sensitive", "chat",
        "Customer: cancel the party on the 22nd. I won't be around for it anyway. honestly I don't see the "
        "point in anything anymore || Agent: I'm really sorry you're feeling like this. Are you safe right "
        "now? If you're thinking about ending your life, please call Samaritans on 116 123 or 999 if you're "
        "in danger. I'll hold the booking, there's no rush on anything. || Customer: thanks. i'll call them."),
    ("violence_self_harm", "sensitive", "email",
        "I want to report what happened at our wedding at the Ropewalk on Saturday. One of my husband's "
        "cousins threatened to kill my brother in the car park and said he'd 'finish it' next time. Your "
        "staff saw it. Can you please keep the CCTV, we may need it. Regards, Shanice"),
    ("violence_self_harm", "sensitive", "agent_note",
        "Incident, Lantern Room, Sat 14 June: guest at the Brennan party made repeated sexual comments to "
        "server Jade T and grabbed her arm when she walked away. Duty manager removed him. Jade shaken, sent "
        "home on full pay. Customer informed; guest banned from future bookings."),
    ("violence_self_harm", "sensitive", "email",
        "Hello, small request for the family dinner: could the table be set without steak knives, and could "
        "staff clear knives quickly after the meal? My brother is recovering from self-harm and we're trying "
        "to keep things easy for him. Thank you for being discreet. Anna"),
    ("violence_self_harm", "sensitive", "email",
        "Your door staff at the Harbourside punched my husband in the face on Friday night when he asked to "
        "go back in for his coat. He has a split lip and a black eye. I want the names of the staff on duty "
        "and I want to know what you are going to do about it. Tina Groves"),
    ("violence_self_harm", "sensitive", "dm",
        "someone on your facebook page commented they'd burn the hall down with us inside if our Pride social "
        "goes ahead. please take it down and tell me what you're doing about security"),
    ("violence_self_harm", "sensitive", "email",
        "Hi, re the leaving do guest list, please don't send an invite to Gary from the depot. He's been "
        "harassing me for months, messages at night, comments about my body, and HR are still 'looking into "
        "it'. I don't want him anywhere near it. Thanks, Becca"),
    ("violence_self_harm", "sensitive", "call",
        "[transcript] Customer: We'd booked the 90th for Mum but we need to cancel for now. We found out her "
        "carer has been hitting her and taking money from her purse. She's with my sister now. || Agent: I'm "
        "so sorry. I'll cancel without any fee and we can rebook whenever you're ready."),
    ("violence_self_harm", "sensitive", "sms",
        "pls dont put my name on the hall noticeboard for the craft class. theres a man who follows me from "
        "work and i dont want him knowing where i am on tuesdays"),
    ("violence_self_harm", "sensitive", "voicemail",
        "Hi, it's Graham, booking ref 21004. I won't need the room now. I've written letters for everyone and "
        "sorted my affairs, so there's no need to call back. Thanks for everything."),
    ("violence_self_harm", "sensitive", "email",
        "Hi, please change the contact number on the booking to this new one. I left after he hit me again "
        "and he still has the old phone, so please don't call or text it. The booking stays the same. Thanks, "
        "Leanne"),
    ("violence_self_harm", "sensitive", "email",
        "If you don't refund my full deposit by Friday I will come down to your office and smash the place "
        "up, and that little girl on your phones will be the first to know about it. You've been warned. D. "
        "Platt"),
    ("violence_self_harm", "sensitive", "email",
        "Hi, I'm writing about the hen do at the Ropewalk. A man from the party next door followed my friend "
        "into the ladies' and groped her. She's too upset to write herself. Who was your security on that "
        "night and did anyone see? We'd like the footage kept. Thanks, Kirsty"),
    ("violence_self_harm", "sensitive", "review",
        "Review: The DJ threatened to 'sort out' my husband when he asked him to turn it down, and stood over "
        "me when I complained. Absolutely terrifying. || Reply from Cove Halls: We're very sorry. This is not "
        "acceptable; the DJ was a third-party supplier and we've stopped using him. Please call our manager "
        "on the number in your booking email."),
    ("violence_self_harm", "sensitive", "agent_note",
        "Caller booking her 30th said she overdosed last month and is only just back home, so she wants a "
        "small quiet do and no bar. Gave her the Lantern Room side room. Mentioned support lines at end of "
        "the call, she said she has a care coordinator."),
    ("violence_self_harm", "sensitive", "chat",
        "Customer: can we make sure the party finishes before 10? my partner gets angry if I'm back late and "
        "last time he put his hands on me. sorry, too much info || Agent: Not at all. I've set the finish to "
        "9:30. If you ever need it, the National Domestic Abuse Helpline is 0808 2000 247."),
    ("violence_self_harm", "sensitive", "email",
        "Good afternoon, my daughter-in-law is staying with us after her husband beat her up, and the "
        "christening lunch now needs to go ahead without him. Please remove his name from the booking and do "
        "not share any details with him if he contacts you. Regards, Gloria"),
    ("violence_self_harm", "sensitive", "sms",
        "some lads from the estate said they'll do me in if i show up at the party sat. can i get a number "
        "for security at the hall"),
    ("violence_self_harm", "benign", "review",
        "Review: The DJ had a killer playlist and the dance floor was packed all night. || Reply: Thank you, "
        "we'll tell DJ Kaz!"),
    ("violence_self_harm", "benign", "email",
        "Hello, I run Shield Self-Defence classes for adults and would like the main hall at Eastgate on "
        "Wednesday evenings, 7 to 8:30. We bring our own mats. Is the floor okay for that? Regards, Dev"),
    ("violence_self_harm", "benign", "sms", "the band absolutely murdered it last night 🔥 thank u cove"),
    ("violence_self_harm", "benign", "chat",
        "Customer: There was nearly a fight over the last vol-au-vent, can we order more next time lol || "
        "Agent: Ha, noted! I'll bump the canape count by 20%."),
    ("violence_self_harm", "benign", "email",
        "Hi, we'd like to book the Murder Mystery Dinner package for 40 on Saturday 8 November. Is the 1920s "
        "theme still available? Thanks, Hannah"),
    ("violence_self_harm", "benign", "dm",
        "knock-out prices on the midweek packages, is that still running in october?"),
    ("violence_self_harm", "benign", "chat",
        "Customer: The bouncy castle got punctured at the fete, is there a damage charge? || Agent: No, the "
        "cover includes wear and tear, we'll repair it."),
    ("violence_self_harm", "benign", "email",
        "Hello, our morris side performs a sword dance at the village day. Are we allowed to bring wooden "
        "practice swords into the hall for rehearsals? Thanks, Nigel"),
    ("violence_self_harm", "benign", "email",
        "Hi, Kilnworth Amateur Boxing Club would like to book the Ropewalk for its annual awards night on 29 "
        "November, 100 guests, three-course meal and a bar. Thanks, Club Secretary"),
    ("violence_self_harm", "benign", "review",
        "Review: I'd honestly kill for the recipe for that sticky toffee pudding. || Reply from Cove Kitchen: "
        "Sorry, it's a closely guarded secret!"),
    ("violence_self_harm", "benign", "email",
        "Hello, our company's events policy asks every venue for a copy of its anti-harassment and "
        "safeguarding policy for staff and guests. Could you send yours? We're booking a conference for 80 in "
        "May. Regards, Events Team, Norland Engineering"),
    ("violence_self_harm", "benign", "chat",
        "Customer: do you allow martial arts classes in the small hall? || Agent: Yes, we have a karate club "
        "there on Mondays already."),
    ("violence_self_harm", "benign", "email",
        "Hi, the Harbourside Crime Writers' Book Group would like a room on the first Thursday of each month, "
        "7 to 9, for about 12 people. Tea and coffee would be lovely. Thanks, Bev"),
    ("violence_self_harm", "benign", "sms", "we smashed the quiz night fundraiser, raised £1400! thanks for the hall"),
    ("violence_self_harm", "benign", "call",
        "[transcript] Customer: The request list for the DJ, can I email it or does it go through you? || "
        "Agent: Email it to us and we'll forward it. || Customer: Great, it's basically a hit list of 80s "
        "bangers."),
    ("violence_self_harm", "benign", "email",
        "Hello, could we have the hall from 5pm instead of 6 on Friday 10 October? Same booking otherwise. "
        "Thanks, Priya"),
    ("violence_self_harm", "benign", "chat",
        "Customer: Is there a cloakroom at the Ropewalk? || Agent: Yes, staffed from 7pm on Fridays and "
        "Saturdays."),
    ("violence_self_harm", "benign", "sms", "can we drop the tea urns off thurs night for sat?"),
    ("violence_self_harm", "benign", "web_form",
        "Query type: Menu. Message: Can the cold buffet include a vegetarian quiche and a gluten-free option? "
        "50 guests, 22 March."),
    ("violence_self_harm", "benign", "email",
        "Hi, just checking whether the stage lighting at Eastgate can be controlled from the floor, for our "
        "drama group's performance. Thanks, Clive"),
    # ---- legal
    ("legal", "sensitive", "email",
        "Dear Cove Halls, as you have ignored my three emails about the £350 deposit, I have now filed a "
        "claim against your company in the small claims court. You should receive the papers from the court "
        "within 14 days. I would still rather settle this without a hearing. Regards, Peter Haines"),
    ("legal", "sensitive", "email",
        "Hi, someone took the envelope box with all our wedding cards and money from the gift table at the "
        "Harbourside on Saturday, about £2,000. We've reported it to the police, crime reference 14/55210/25. "
        "They've asked whether you have CCTV of the foyer between 9 and 10pm. Thanks, Ellie and Sam"),
    ("legal", "sensitive", "chat",
        "Customer: I need to move my party from the 9th. I've got to be at Crown Court that day, it's my "
        "trial. || Agent: Okay, I've moved it to the 23rd for you. || Customer: Cheers. Fingers crossed I'm "
        "there for it."),
    ("legal", "sensitive", "email",
        "Hello, I'm sorry about the disruption at the reception on Friday. My son-in-law was arrested in the "
        "car park and the police were there for over an hour. We'll cover any extra staff time. Could you let "
        "me know the cost? Kind regards, Bernadette Vaughan"),
    ("legal", "sensitive", "email",
        "Hi, I'd love to volunteer in the community kitchen sessions you run at Eastgate, but I have a "
        "conviction from about 15 years ago that will show on a DBS check. Is that going to rule me out? I'd "
        "rather ask than be turned down later. Thanks, Wayne"),
    ("legal", "sensitive", "email",
        "Hi, I have a non-molestation order against my ex-partner, Lee Sutton. He's not allowed within 100 "
        "metres of me. Could your door staff please have a copy for my daughter's birthday party on the 5th "
        "and call the police if he turns up? I'll bring a photo. Thank you, Stacey"),
    ("legal", "sensitive", "email",
        "Hello, my husband and I are in the middle of divorce proceedings and my solicitor says the deposit "
        "for the anniversary party we booked last year counts as a joint asset. Please don't refund it to him "
        "alone. Any refund should wait until our solicitors agree. Regards, Caroline"),
    ("legal", "sensitive", "agent_note",
        "Customer explained he is on bail with a curfew of 9pm until his hearing, so the family dinner needs "
        "to finish by 8:15 for him to get home. Changed end time to 8:30."),
    ("legal", "sensitive", "sms",
        "hi my probation officer says i can go to the do on sat as long as im home by 11. can u send me the "
        "booking confirmation so i can show her"),
    ("legal", "sensitive", "email",
        "Dear sir, I have my asylum appeal hearing at the tribunal on 14th so I cannot come to the planning "
        "meeting for our community lunch. Please can we move it to 18th? Thank you very much, Ahmed"),
    ("legal", "sensitive", "chat",
        "Customer: Can I bring my solicitor's letter about the tribunal to the meeting room? I'm meeting my "
        "barrister there Thursday, I'm taking my old employer to an employment tribunal and my house is too "
        "crowded. || Agent: Of course, the small meeting room is booked for you 2 to 4."),
    ("legal", "sensitive", "email",
        "Hi, I've been called as a witness in a trial at the magistrates' court that week and I don't know "
        "exactly which day they'll need me. Can the book club booking on the 12th be provisional until I "
        "know? Thanks, Lorna"),
    ("legal", "sensitive", "dm",
        "my fella gets out on the 3rd after 18 months inside so we want a welcome home do on the 5th. back "
        "room at the harbourside free?"),
    ("legal", "sensitive", "forwarded",
        "FW: Deposit dispute. Hi Cove, forwarding the letter I've had from my co-host's solicitors below, "
        "they're threatening to sue me for half the deposit. Please don't release anything to either of us "
        "until this is settled. Dear Ms Ahern, we act for Mr Keane regarding monies paid to Cove Halls..."),
    ("legal", "sensitive", "chat",
        "Customer: Could you hold the hall a bit longer for us, till the end of the month? || Agent: Of "
        "course. And good luck at the sentencing hearing on Thursday, I hope it goes as well as it can. || "
        "Customer: Thanks, we'll know more after."),
    ("legal", "benign", "email",
        "Good morning, Mortimer Clarke LLP would like to book the Lantern Room for our associates' away day "
        "on 16 May, 9 to 5, with lunch for 25. Please invoice the firm. Regards, Office Manager"),
    ("legal", "benign", "email",
        "Hello, the university law school runs a mock trial competition and we'd like to use Fennick Street "
        "Hall on 22 February, set up as a courtroom with a bench and two tables. About 60 spectators. Thanks, "
        "Mooting Coordinator"),
    ("legal", "benign", "chat",
        "Customer: Is the Eastgate hall marked out for badminton courts? || Agent: Yes, two courts, nets in "
        "the store cupboard."),
    ("legal", "benign", "email",
        "Hi, what are your terms if we need to cancel the Christmas party less than 28 days out? I can't find "
        "the cancellation terms on the website. Thanks, Neha"),
    ("legal", "benign", "sms", "think i got charged twice for the bar tab on fri, can u check"),
    ("legal", "benign", "email",
        "Hello, the neighbourhood policing team would like to hold a community surgery in the foyer at "
        "Saltmarsh on the first Monday of the month, 6 to 7pm. Just a table and two chairs. Regards, PCSO "
        "Hanley"),
    ("legal", "benign", "review",
        "Review: The speeches felt like a life sentence, but the food and staff were faultless. || Reply: Ha! "
        "We can't control the speeches, but glad everything else was great."),
    ("legal", "benign", "email",
        "Hi, most of the guests at our retirement lunch will be lawyers, so expect a heavy cheese board and "
        "lots of red! Booking for 40 on 28 March please. Thanks, Judith"),
    ("legal", "benign", "chat",
        "Customer: What legal name should go on the purchase order, Cove Halls or Cove Kitchen? || Agent: "
        "Cove Halls & Kitchen Ltd covers both."),
    ("legal", "benign", "email",
        "Hi, for our bake-off fundraiser we've got three judges, can we have a separate judging table at the "
        "stage end? Thanks, Sue"),
    ("legal", "benign", "dm", "jury's still out on the new menu lol. is the old lasagne coming back?"),
    ("legal", "benign", "chat",
        "Customer: Can we arrive at 6:30 for a 7:00 start? || Agent: Yes, the caretaker opens up at 6:15."),
    ("legal", "benign", "email",
        "Hello, please find attached the signed hire agreement for the Ropewalk on 11 October. Could you "
        "confirm receipt? Kind regards, Marcus Obi"),
    ("legal", "benign", "sms", "wat time does the bar close at the lantern room sat"),
    ("legal", "benign", "web_form",
        "Query type: Booking change. Message: We'd like to switch from the Harbourside back room to the main "
        "room, 70 guests now instead of 40."),
    # ---- bereavement
    ("bereavement", "sensitive", "call",
        "[transcript] Customer: Hi, Mum passed away on Tuesday and the funeral's on the 12th at the "
        "crematorium. We'd like a room for afterwards, about 60, sandwiches and tea. || Agent: I'm very sorry "
        "for your loss. The Harbourside back room is free that afternoon, I'll hold it for you now."),
    ("bereavement", "sensitive", "email",
        "Hi, we lost Dad at the weekend and the family want to have everyone back after the service on Friday "
        "21st. Could we have the Kilnworth Parish Rooms from 1pm with a light buffet for around 80? He'd have "
        "liked a pint on the bar too. Thanks, Claire Dunning"),
    ("bereavement", "sensitive", "chat",
        "Customer: Can we move the booking on the 14th back to 2pm instead of 1? || Agent: Of course, and I'm "
        "so sorry again about your grandad. I've moved the wake to 2pm and kept the buffet for 50 the same. "
        "|| Customer: Thanks, that's really kind."),
    ("bereavement", "sensitive", "email",
        "Dear Cove Halls, with great sadness we have to cancel the wedding reception on 30 August. The "
        "bride's father died suddenly last week and the family can't face it this year. Please advise on "
        "moving the deposit to a date next summer. Regards, Oliver"),
    ("bereavement", "sensitive", "sms", "hi sorry need to cancel sat, my nan died last night x"),
    ("bereavement", "sensitive", "email",
        "Good afternoon, my beloved father has gone to be with the Lord on 2nd of this month. We are planning "
        "his outing service and reception for 300 guests. Please send me your hall availability for Saturdays "
        "in October and your menu for jollof, fried rice and assorted meat. Thank you, Bola Adeyinka"),
    ("bereavement", "sensitive", "email",
        "Hi there, Nan's removal is Thursday evening and the burial's Friday after the 10 o'clock Mass. We'd "
        "need the function room from about 12 for soup and sandwiches, maybe 100 of us. Thanks a million, "
        "Aoife"),
    ("bereavement", "sensitive", "email",
        "Respected Sir, my father expired last week. Kindly arrange the lunch for the thirteenth-day ceremony "
        "on 28th at the Ropewalk for 120 persons, pure veg, served on banana leaf if possible. Regards, "
        "Sridhar"),
    ("bereavement", "sensitive", "agent_note",
        "Booking holder Mr Frank Farrow has died. His daughter (Julie Farrow, executor) called to cancel the "
        "80th birthday booking for 7 Sept and asked for the deposit to be refunded to the estate account. "
        "Death certificate to follow by email."),
    ("bereavement", "sensitive", "email",
        "Hello, it will be a year on the 9th since we lost our son Jamie, he was 34. We'd like to gather his "
        "friends in the back room at the Harbourside that evening, nothing sad, just his favourite music and "
        "a few drinks. About 40. Thank you, Sheila"),
    ("bereavement", "sensitive", "web_form",
        "Event type: Celebration of life. Details: For my partner, Ross, who we lost in June. About 70 "
        "guests, bright colours, no black please. Date: Saturday 13 September."),
    ("bereavement", "sensitive", "email",
        "Good day po, we will have the 40th day prayer for my mother who passed last month, around 60 guests "
        "at the Saltmarsh hall on the 16th. Can we bring our own pancit and have your team do the rest? Thank "
        "you po, Jocelyn"),
    ("bereavement", "sensitive", "voicemail",
        "Hi, it's Mark Tully. My wife's funeral is Wednesday and I've just realised the anniversary dinner we "
        "booked with you is the Saturday after. Can you cancel it? Sorry. Thanks."),
    ("bereavement", "sensitive", "chat",
        "Customer: hey is the small room free the 30th? it's for my mate Dale. we're doing a little thing for "
        "him since he went. he'd have hated a proper funeral || Agent: I'm sorry about Dale. Yes, the small "
        "room's free, shall I hold it?"),
    ("bereavement", "sensitive", "email",
        "Hello, since my husband's death in March I've been sorting our accounts. He made a booking with you "
        "for our golden anniversary in October. I'd like to keep it and turn it into a lunch in his memory "
        "for our family instead. Could the booking be moved into my name? Kind regards, Margaret Hale"),
    ("bereavement", "benign", "email",
        "Good afternoon, Cole & Sons Funeral Directors would like to book the Ropewalk for our staff "
        "Christmas dinner on 19 December, 25 people, three courses. Regards, Office Manager"),
    ("bereavement", "benign", "sms",
        "the mic died halfway through the speeches, pls check the batteries before next booking"),
    ("bereavement", "benign", "chat",
        "Customer: What's the deadline for final numbers? || Agent: Seven days before the event."),
    ("bereavement", "benign", "email",
        "Hi, sorry for the late payment, the invoice got lost in my inbox. Paid today. Thanks, Ross"),
    ("bereavement", "benign", "dm",
        "our dog passed away last week 😢 but anyway, do you allow dogs at the harbourside? thinking of "
        "getting a puppy before the summer party lol"),
    ("bereavement", "benign", "email",
        "Hi, we're holding a Day of the Dead themed party for our Spanish class. Can we decorate with sugar "
        "skulls and marigolds in the Lantern Room? Thanks, Elena"),
    ("bereavement", "benign", "email",
        "Hello, we'd like to book the Harbourside for a Grateful Dead tribute band night on 15 March. "
        "Standing, about 150. Thanks, Phil"),
    ("bereavement", "benign", "chat",
        "Customer: The plants in the foyer at Fennick Street have all died, just so you know. || Agent: "
        "Thanks for flagging, we'll get them replaced."),
    ("bereavement", "benign", "web_form",
        "Query: What is your cancellation policy in case of a bereavement in the family? Asking in general "
        "before we book a wedding."),
    ("bereavement", "benign", "review",
        "Review: The DJ was dead on time and the buffet was spot on. Only downside, the car park was tiny. || "
        "Reply: Thanks for the feedback, we'll mention overflow parking on future confirmations."),
    ("bereavement", "benign", "email",
        "Hi, in the wake of your price rise we'd like to review our Thursday hire. Could you send the new "
        "rates for the small hall? Thanks, Brenda, Knit and Natter"),
    ("bereavement", "benign", "sms", "was just killing time b4 the key pickup, can u open up 5 min early?"),
    ("bereavement", "benign", "email",
        "Hello, could you confirm the Lantern Room seats 60 for a sit-down dinner? Thanks, Owen"),
    ("bereavement", "benign", "chat",
        "Customer: is there wifi in the small hall? || Agent: Yes, the code is on the wall by the kitchen."),
    ("bereavement", "benign", "call",
        "[transcript] Customer: Can we add a cheese board to Saturday? || Agent: Yes, £4 per head. || "
        "Customer: Go on then, for all 50."),
]


def cove_examples() -> list[dict]:
    """The cove split as labelled tickets (same shape as ``sensitive_eval.build_eval_set``'s)."""
    return stranger_examples("cove", ENTRIES, SUBJECTS)
