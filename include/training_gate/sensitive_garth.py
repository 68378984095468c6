"""garth split: written by a helper who had not seen the detection rules, the anchors or any other split.
Setting: Fernhollow Veterinary Group and its PetCover insurance arm (appointments, vaccinations, insurance claims,
out-of-hours emergencies, home visits, puppy classes, pet food subscriptions, pet cremation);
registers are email, chat, SMS, call transcript, agent note, web form, review (with reply), voicemail, DM.
The benign half borrows the same territory harmlessly: pets' own illnesses, ages, litters, matings, breeds, DNA kits
and cremations, surgical and clinical jargon (conservative treatment, labour, queens, pupils), organisations acting as
organisations, product names and idioms, routine billing, and policy questions asked in general.
70 sensitive and 70 benign tickets for special categories, 50 and 50 for children, 20 and 20 for financial hardship,
15 and 15 for health, legal, bereavement and violence and self-harm.
First reading (policy 2026.11.24.6, after it was final; `sensitive_eval.evaluate`, as `make eval-sensitive`):
93.5 / 14.5 recall / false exclusion in % as shipped, 93.5 / 20.0 without the overruling,
88.0 / 18.0 by the rules alone. Held out: never tuned or trained on."""

from __future__ import annotations

from training_gate.sensitive_blind import stranger_examples

SUBJECTS: tuple[str, ...] = (
    "Booster appointment for Pepper",
    "Query about my PetCover claim",
    "Change of delivery day for food subscription",
    "Home visit request",
    "Puppy class places for spring term",
    "Repeat prescription not ready",
    "Invoice question - Kellington branch",
    "Out of hours call last night",
    "Update contact details on account",
    "Cremation collection",
    "Microchip registration details",
    "Direct debit date",
    "Lost vaccination card",
    "Feedback on my visit",
)

ENTRIES: list[tuple[str, str, str, str]] = [
    # ---- health
    ("health", "sensitive", "email",
     "Hi there, Declan Ferris here (Juno, the collie). Any chance of pushing her annual jab back to mid-October? "
     "They've finally given me a date for the hip replacement and I won't be driving for six weeks after. "
     "Happy to pay the late fee if there is one. Cheers, Declan"),
    ("health", "sensitive", "chat",
     "hello do u do home visits for nail clipping || Agent: We do, there's a call-out fee of 35 pounds. "
     "Is there a reason you can't get to the branch? || since the stroke last year i cant really get out "
     "the house, my left side is still not right. mr tibbs nails are clicking on the floor"),
    ("health", "sensitive", "sms",
     "Hiya its Kerry-Ann re Biscuit's op. cant do thurs, thats my chemo day and im wiped out after. "
     "fri or mon any good?? x"),
    ("health", "sensitive", "call",
     "Caller: I need to book Bramble in for her stitches out but I can't drive her myself any more. || "
     "Agent: No problem, is someone able to bring her? || Caller: My licence got taken off me after the "
     "seizures started again, so it'll be a taxi. Does the taxi need to wait? || Agent: No, we can call you "
     "when she's ready."),
    ("health", "sensitive", "note",
     "Agent note: Mrs Adeyemi is registered partially sighted. Please read invoice totals aloud at the desk and "
     "send all reminders by phone call, not text. She says the large-print letters still aren't big enough."),
    ("health", "sensitive", "form",
     "Form: Home visit request | Pet: Moss (lurcher) | Reason: Annual vaccination | Anything we should know: "
     "I'm 34 weeks and the midwife has told me no lifting, and Moss won't get in the car without being lifted "
     "| Preferred time: mornings"),
    ("health", "sensitive", "voicemail",
     "Voicemail: Hello, it's Maureen Gillespie, I'm ringing about Sooty and Sweep's flea stuff. I've been in the "
     "General for nearly a fortnight with my heart and my neighbour Pat's been feeding them, so if the parcel "
     "came and went back that's why. Can you resend it? Thank you, bye now."),
    ("health", "sensitive", "dm",
     "hey quick one, when we come for Luna's spay drop off is there somewhere I can wait that isnt the main "
     "waiting room? my panic attacks have been bad lately and a room full of barking dogs is a lot haha"),
    ("health", "sensitive", "email",
     "Dear Fernhollow, apologies for missing Pickle's booster twice. I'm on sertraline at the moment and it's "
     "made me really forgetful, the GP says that settles down. Could you switch me to text reminders two days "
     "before instead of the postcard? Kind regards, Hal Brennan"),
    ("health", "sensitive", "chat",
     "Agent: The insulin for Mittens needs to stay in the fridge. Do you feel OK giving the injections? || "
     "oh god yes, ive been type 1 since i was 11 so needles are old news to me lol. its the dosing for a cat "
     "im unsure of"),
    ("health", "sensitive", "call",
     "Agent: I'll ring you back tomorrow with the blood results. || Caller: Can you not ring please, I can't "
     "hear on the phone at all, I've got hearing aids in both ears and they don't help with phones. || "
     "Agent: Of course, I'll put a note on to email you instead."),
    ("health", "sensitive", "sms",
     "Hi Ashby Rd, sister Jo is collecting Rolo from boarding tomorrow not me, had my knee done Monday and still "
     "on the ward. She'll have ID. Thanks, Graham"),
    ("health", "sensitive", "note",
     "Note from front desk: client asked us to avoid Tuesday mornings for Dotty's dental as she has her IVF "
     "monitoring scans then. Booked for Thurs 10:40 instead. Please don't mention to husband if he rings, she "
     "says he knows, just doesn't want it discussed."),
    ("health", "sensitive", "form",
     "PetCover claim form | Policy: PC-448120 | Pet: Gus | Reason claim submitted after 90 days: I was sectioned "
     "in March and wasn't discharged until the end of April so couldn't deal with any post | Invoices attached: 3"),
    ("health", "sensitive", "review",
     "Review (4 stars): Lovely vets, very patient. My husband has dementia and kept asking the same question "
     "about Bertie's tablets and the nurse answered every time like it was the first. || Reply from Fernhollow: "
     "Thank you so much, we've passed this on to Nurse Hollis."),
    ("health", "benign", "email",
     "Hi, the X-rays at Kellington have confirmed hip dysplasia in Ziggy (both sides, worse on the left). "
     "The surgeon mentioned a possible total hip replacement. Before I agree, can you tell me whether my "
     "PetCover Lifetime policy covers it, and is there an excess per hip? Thanks, Naomi"),
    ("health", "benign", "chat",
     "do you sell the insulin pens for cats or is it just the vials || Agent: We stock both, the pen needs a "
     "prescription check every 3 months. || ok cool, Smudge is on 2 units twice daily, can i get 2 pens"),
    ("health", "benign", "sms",
     "Is the CalmPaws anxiety collar back in stock at Marsh Lane? Fireworks next week and the dog is a wreck"),
    ("health", "benign", "call",
     "Caller: I think Tess might be pregnant, she got out while she was in season. || Agent: We can do a scan "
     "from about 25 days after mating. || Caller: It'd be about four weeks now then. || Agent: Let's book her "
     "in for Friday."),
    ("health", "benign", "note",
     "Agent note: Hector (GSD, 11y) repeat gabapentin and Yumove due. Vet happy to authorise 2 months without "
     "recheck. Owner collecting Saturday."),
    ("health", "benign", "form",
     "PetCover claim | Pet: Clementine (DSH cat) | Condition: Fractured pelvis after road traffic accident | "
     "Hospital stay: 4 nights at Fernhollow Referrals | Total: 3,412.60 | Vet signature: attached"),
    ("health", "benign", "review",
     "Review (3 stars): Vets are brilliant, but honestly the new online booking system is a migraine, it "
     "logged me out three times. || Reply: Sorry about that, our IT team has pushed a fix this week."),
    ("health", "benign", "voicemail",
     "Voicemail: Hi, it's Lorraine Pike, I'm on the HealthyPaws wellness plan and the direct debit's come out "
     "twice this month, could someone call me back on 07700 900412. Thanks."),
    ("health", "benign", "dm",
     "ur website is having a full on seizure on my phone, cant get past the login page. is it just me"),
    ("health", "benign", "email",
     "Hello, a general question before I sign up: how does PetCover treat pre-existing conditions? If a dog "
     "had ear infections before joining, is that excluded forever or only for a period? Regards, Ivo Marsh"),
    ("health", "benign", "chat",
     "Agent: How is Nibbles eating since the dental? || still a bit slow but hes having the critical care "
     "formula, poos are back to normal || Agent: Great, keep going and we'll see him Thursday."),
    ("health", "benign", "call",
     "Caller: My spaniel's just chewed through a whole bottle of her own Metacam, the lid was off. || Agent: "
     "How much was left in it, roughly? || Caller: Maybe half. || Agent: Please bring her straight to the "
     "Marsh Lane emergency entrance."),
    ("health", "benign", "note",
     "Note: Dr Okafor's Wednesday clinic is moving from Ashby Road to Kellington from the 3rd. Please rebook "
     "affected appointments and let clients know."),
    ("health", "benign", "form",
     "Behaviour referral request | Dog: Archie, 2y cockapoo | Problem: Separation anxiety, howls and destroys "
     "doors when left | Seen by: Dr Varga | Owner wants: Referral to behaviourist, claim on policy"),
    ("health", "benign", "sms",
     "Hi is the prescription for Mrs Pringle ready? (she's the cat not me ha) Thyroid tabs. Will grab at 5"),
    # ---- children
    ("children", "sensitive", "email",
     "Hi, my daughter Ellie (9) has been saving her pocket money to pay towards Hazel the guinea pig's check-up "
     "and wants to hand it over herself. Is it OK if she comes to the desk with the money in an envelope? "
     "It's about 14 pounds in coins, sorry in advance! Rhian Pugh"),
    ("children", "sensitive", "chat",
     "hi im 14 can i book my dogs injection myself or does my mum have to do it || Agent: You're welcome to "
     "book, but a parent or guardian needs to come with you on the day. || ok she works til 5 tho"),
    ("children", "sensitive", "sms",
     "can we do 1.30 not 3, I have to be at the nursery gate for Zac by 3 and they charge if you're late lol"),
    ("children", "sensitive", "call",
     "Caller: The puppy keeps nipping my lad and he's only six, he's getting scared of her. || Agent: That's "
     "really common at this age. Our puppy class covers bite inhibition. || Caller: Can he come to the class "
     "too? || Agent: Yes, children are welcome with an adult."),
    ("children", "sensitive", "note",
     "Agent note: Mr Osei asked about work experience for his son Kwame, Year 10 at Hartley Academy, "
     "DOB 14/02/2010. Passed to practice manager. Dad says Kwame wants to be a vet and is very keen."),
    ("children", "sensitive", "form",
     "Junior Vet Club sign-up | Child's name: Amara Lewis | Age: 8 | School: St Brennan's Primary, Year 3 | "
     "Allergies: none | Parent: Dionne Lewis | Photo consent: No"),
    ("children", "sensitive", "review",
     "Review (5 stars): My little boy Alfie is 4 and terrified of the vet after last time, but Dr Shah let him "
     "listen to Rufus's heart with the stethoscope and now he wants to come every week! || Reply: That's made "
     "our day, give Alfie a high five from us."),
    ("children", "sensitive", "voicemail",
     "Voicemail: Hi, it's Becca, about Daisy's booster. I'll have the twins with me, they're just turned three, "
     "so if there's anywhere I can park the double buggy that'd be a lifesaver. Ring me on 07700 900187."),
    ("children", "sensitive", "dm",
     "hiya im in year 9 and doing a careers project on vets, could i interview one of your nurses over email? "
     "my teacher says i need an adult's permission which is my dad"),
    ("children", "sensitive", "email",
     "Hello, our son was born three weeks ago and we've been warned Brodie (husky) can be jealous. Do you do a "
     "one-off behaviour consult about introducing a dog to a newborn? He sniffs at the Moses basket constantly. "
     "Thanks, Tom and Ana"),
    ("children", "sensitive", "chat",
     "can my 11 year old be the one holding the lead at puppy class? she's desperate to || Agent: Yes, as long "
     "as you're beside her. || amazing she'll be buzzing, her name's Sophie btw for the badge"),
    ("children", "sensitive", "form",
     "Change to policy | Policy: PC-301977 | Add named person: Yes | Name: Lucas Dunmore | Relationship: Son | "
     "Date of birth: 09/06/2008 | Reason: He'll be bringing the dog to appointments on Saturdays"),
    ("children", "sensitive", "email",
     "Hi, please can you delete the account 'bella_lover_2013'. My daughter is 12 and set it up on your app "
     "using my card to order treats. I don't want her details, her birthday or her photo on your system. "
     "The account email is the family one, mandeep.family@example.com. Thanks"),
    ("children", "sensitive", "sms",
     "Hi, could Biscuit's appt move to half 4? our eldest has GCSE maths till 3.45 and she wants to be there"),
    ("children", "sensitive", "call",
     "Caller: I'm ringing for the cremation for Pip. Is it alright to bring my grandson? He's five and it was "
     "his guinea pig really. || Agent: Of course, we can give you the quiet room. || Caller: He's drawn a "
     "picture to go with her."),
    ("children", "sensitive", "note",
     "Front desk: girl of about 13 came in alone with a hamster in a shoebox, said mum's at work. Nurse saw the "
     "hamster (fine). Took mum's number to call before any treatment. Name given: Chloe Barraclough."),
    ("children", "sensitive", "dm",
     "Hi! Can I please ask that the photo from puppy party with my daughter in it comes off your facebook? "
     "She's in reception class and school have asked us to keep her off social media. Happy for the pup to "
     "stay up lol"),
    ("children", "sensitive", "chat",
     "we'll be in at 4 for rabbit jabs || Agent: Lovely, see you then. || fyi my son has the rabbit in his "
     "name on the app, he's 10, its his first pet so he wants to be on the card. Arlo Finch"),
    ("children", "sensitive", "review",
     "Review (2 stars): Nurse spoke to my 15 year old like she was an adult and asked her to sign a consent "
     "form for the cat's op while I was parking. Not OK. || Reply: We're very sorry, a parent should always "
     "sign and we've spoken to the team."),
    ("children", "sensitive", "email",
     "Good morning, my two, Oscar (7) and Poppy (5), have made a lost poster for our cat Fig with my number on. "
     "Could you put one up in your Kellington waiting room? They have drawn him in crayon so be warned. "
     "Many thanks, Helen Ward"),
    ("children", "sensitive", "form",
     "Contact us | Name: Daniel Hurst | Message: Our Cubs pack is doing the Animal Carer badge and my son Jude "
     "(aged 9) needs to talk to a vet about caring for his tortoise. Is there a quiet time he could phone?"),
    ("children", "sensitive", "voicemail",
     "Voicemail: Hiya, it's Sam's mum, Sam Okoro, he's fourteen, he was in on Saturday with our dog and he "
     "thinks he left his school blazer on the chair. It's got his name in. Could you keep it behind the desk?"),
    ("children", "sensitive", "call",
     "Agent: Can I take the owner's name? || Caller: It's me, I'm Lily. I'm twelve. My nan's the one who "
     "pays. || Agent: OK Lily, is your nan there? || Caller: She's asleep, but the cat's been sick three times."),
    ("children", "sensitive", "sms",
     "Afternoon, childminder brings the girls home at 5 so can the food sub deliver after 5.30? ta, Gemma"),
    ("children", "sensitive", "note",
     "Agent note: PetCover policyholder says the dog was a 16th birthday present for her daughter, who is "
     "listed as the pet's keeper on the microchip database. Daughter is 16 now, DOB on the chip form 2009. "
     "Advised parent stays policyholder."),
    ("children", "sensitive", "email",
     "Hello, is there any chance of a Saturday slot for Ollie's castration? My son is in sixth form and does "
     "his A-level revision at home weekdays, and the dog will need watching post-op which he's agreed to do "
     "but only if it doesn't clash with his mocks. Cheers, Paul Kettering"),
    ("children", "sensitive", "chat",
     "Agent: Who'll be bringing Pudding in? || my 17yo, she just passed her test || Agent: Lovely, as she's "
     "under 18 we'll need you to sign the consent beforehand. || ok can i do it online? her name is Grace Ng"),
    ("children", "sensitive", "dm",
     "hi we have a foster placement starting monday, boy aged 8, and social worker wants a letter saying the "
     "dog is vaccinated and wormed. can you send one for Bailey?"),
    ("children", "sensitive", "form",
     "Puppy class booking | Dog: Mabel | Handlers: Claire Hogg and daughter Isla (age 10, P6 at Craigmount "
     "Primary) | Notes: Isla has a hearing aid so may need to stand near the trainer"),
    ("children", "sensitive", "voicemail",
     "Voicemail: Hello, this is Anil, I booked Coco in for eleven but my youngest has been sent home from "
     "primary with a temperature so I'll have to bring him along, he's six, hope that's alright, see you soon."),
    ("children", "sensitive", "email",
     "Hi Fernhollow, my stepdaughter Keeley is 13 and has asked to set up Milo's food subscription in her own "
     "name so she feels responsible. Can a minor be on the account if I'm the payer? She'd use her school "
     "email. Thanks, Rob"),
    ("children", "sensitive", "call",
     "Caller: It's about the bill for Rex. My ex has the kids this week, so the boys, they're 9 and 12, will "
     "be with him when he picks the dog up. || Agent: So your ex-partner is collecting? || Caller: Yes, "
     "and please don't let the boys see the X-ray, it'll upset them."),
    ("children", "sensitive", "review",
     "Review (5 stars): Took my Year 6 class's... sorry, my son's Year 6 class hamster home for half term "
     "(he's 10 and begged) and it got ill. Vets were amazing. || Reply: Thanks, glad Hammy is on the mend!"),
    ("children", "sensitive", "sms",
     "hi its Jess, 15, I walk Mrs Dale's dog, she asked me to text you that Bonnie's limping again. she said "
     "to book whatever"),
    ("children", "sensitive", "note",
     "Note: Owner brought her baby (approx 6 months) in a sling to the consult. Asked whether our flea spray "
     "is safe around babies under one as the little one crawls on the rug. Vet advised product switch."),
    ("children", "sensitive", "chat",
     "my daughter's swimming club is 5-6 tues so can we do weds || Agent: Wednesday 5:15 is free. || perfect, "
     "she's 7 and she'll cry if she misses saying bye to the kitten before the op"),
    ("children", "sensitive", "email",
     "To whom it may concern, I'm writing on behalf of my son, Jacob Rennie, age 16, who applied for the "
     "weekend kennel assistant job. He's asked me to check whether you take people under 18 as he's worried "
     "he was ignored because of his age. Regards, Moira Rennie"),
    ("children", "sensitive", "form",
     "Feedback form | Visit: Marsh Lane | Comments: My autistic son (11) was overwhelmed by the waiting room "
     "noise. Could you offer quiet appointments? He's the one who really looks after our cat. | Contact: yes"),
    ("children", "sensitive", "dm",
     "hey is it ok if my little sister comes with me when i drop off Ginger? shes 8, mum said i have to take "
     "her everywhere this summer holidays haha"),
    ("children", "sensitive", "call",
     "Caller: We're picking up the puppy from the breeder Saturday and I want to book her first jab. We've got "
     "a toddler, she's nearly two, is there anything we should know? || Agent: We can go through that at the "
     "first check. || Caller: Great, her name's Nell, the toddler I mean."),
    ("children", "sensitive", "voicemail",
     "Voicemail: Hi, Dr Lindqvist, this is Lorna from St Aidan's Primary office, sorry, I'm calling as a mum "
     "not for school, my Freya in Year 2 keeps asking if Toffee's stitches are out. Can you ring back?"),
    ("children", "sensitive", "sms",
     "Pls change the phone number on Buster's account to 07700 900563 - that's my son Ewan's, he's 15 and he's "
     "the one who does the appointments now"),
    ("children", "sensitive", "note",
     "Agent note: caller said her daughter (Year 8) was bitten on the hand by our client's dog at the park "
     "and wants to know if the dog is vaccinated. Explained we can't share another client's records."),
    ("children", "sensitive", "email",
     "Hi, quick one. My kids are at Little Acorns nursery until 6 so I can only do the late clinic. Harry's "
     "3 and Maisie is 18 months so I can't bring them to Luna's op check. Is 6.30 possible? Thanks, Priti"),
    ("children", "sensitive", "chat",
     "my son is doing his DofE bronze and volunteering is part of it, he's 14. do you take volunteers at "
     "kennels? || Agent: We don't at the moment, sorry. || ok worth a try, he loves dogs"),
    ("children", "sensitive", "review",
     "Review (4 stars): Lovely that they gave my daughter (she's 6, nearly 7) a certificate when the kitten had "
     "her first jabs. Parking terrible though. || Reply: Thank you! Parking work starts next month."),
    ("children", "sensitive", "form",
     "Pet registration | Owner: Tilly Garner | Age: 14 | Parent/guardian: Mark Garner | Pet: Nugget, "
     "rabbit | Notes: Tilly will bring him, dad will pay by phone"),
    ("children", "sensitive", "dm",
     "Can u tell the nurse thank you from my boy Reuben, he's 9 and goes to Cedar Park juniors, she sent "
     "him home with a bandage for his teddy and he hasn't taken it off"),
    ("children", "sensitive", "call",
     "Agent: And who's the main contact for Pepper? || Caller: Me, Ruth. But if you can't get me, try Kai, "
     "he's my eldest, sixteen, in college most days. His mobile's 07700 900229. || Agent: Noted."),
    ("children", "sensitive", "form",
     "Pet of the Month entry | Entrant: Ava Morris | Entrant age: 7 | Brownie unit: 3rd Kellington | Pet: "
     "Sprout the hamster | Caption: my best friend | Parent email: j.morris@example.com"),
    ("children", "benign", "email",
     "Hi, Pixie's puppy is now 10 weeks old and we'd like to book her second vaccination plus a microchip. "
     "The breeder gave us a card with the first jab on 2 March. Also, is she too young for the puppy "
     "socialisation class? Thanks, Owain"),
    ("children", "benign", "chat",
     "hi do u have space in the kitten nursery ward over the weekend? rescue has dropped 4 bottle babies on me "
     "|| Agent: Let me check with the nurse team. || thank u, theyre about 2 weeks, eyes just open"),
    ("children", "benign", "sms",
     "Puppy School graduation photos are up on the Fernhollow Facebook page! Collect certificates from "
     "reception. Reply STOP to opt out"),
    ("children", "benign", "call",
     "Caller: My rabbit's my baby, she's not eaten since this morning. || Agent: How old is she? || Caller: "
     "Six in May. || Agent: Gut stasis can move quickly, can you come in for the 2 o'clock?"),
    ("children", "benign", "note",
     "Agent note: Goat client at Low Fold Farm has twin kids born Tuesday, one weak. Vet to visit on the "
     "farm round Thursday. Owner reports kid is suckling with help."),
    ("children", "benign", "form",
     "Food subscription change | Product: Fernhollow Junior Large Breed 12kg | Change to: Adult Large Breed "
     "12kg | Reason: Dog turned 1 last week | Next delivery: 14th"),
    ("children", "benign", "review",
     "Review (5 stars): Our teenage collie is a nightmare on the lead, proper stroppy adolescent phase, but "
     "the trainer at puppy class knew exactly what to do. || Reply: Thanks! Adolescence is the toughest bit."),
    ("children", "benign", "voicemail",
     "Voicemail: Hi, Mrs Tranter here, I'm calling from Greenhill Primary School office. We need to order "
     "another bag of food for the class guinea pigs, same as last term, invoice to the school please."),
    ("children", "benign", "dm",
     "do u sell the toddler-proof stair gates or just the crates? want one to keep the dog out the kitchen"),
    ("children", "benign", "email",
     "Hello, general question for your FAQs: can children come along to the puppy classes, and is there a "
     "minimum age for holding the lead? Asking for a friend who is thinking of signing up. Best, Ines"),
    ("children", "benign", "chat",
     "my boys are both due their boosters || Agent: That's Marmalade and Jasper? || yep the two ginger toms, "
     "can they go in the same slot"),
    ("children", "benign", "sms",
     "Reminder: Scout is due his Year 2 vaccination and kennel cough at Ashby Road. Book online or call 07700 "
     "900310"),
    ("children", "benign", "call",
     "Caller: The vet said Biscuit's pupils looked a bit uneven. Should I be worried? || Agent: The vet has "
     "asked for a recheck in a week. || Caller: OK, put me down for next Wednesday then."),
    ("children", "benign", "note",
     "Note: Retained baby teeth in Coco (8 month toy poodle). Extraction to be done at spay. Quote given "
     "to owner, 260 pounds for extra anaesthetic time."),
    ("children", "benign", "form",
     "Contact us | Name: Harriet Cole | Date of birth: 23/11/1987 | Message: I've changed my surname after "
     "getting married, please update Bramble's account and my PetCover policy."),
    ("children", "benign", "review",
     "Review (4 stars): They're great with the little ones! Our litter of eight Labrador pups all had first "
     "checks in one go. || Reply: What a lovely bunch, thank you!"),
    ("children", "benign", "email",
     "Hi, we run Little Paws Daycare (dog daycare, to be clear!) and would like a quote for group kennel "
     "cough vaccinations for our 12 regulars. Could someone call me? Jess Farrant, Manager"),
    ("children", "benign", "chat",
     "is the minor surgery price the same at all branches || Agent: Yes, lump removals are the same price "
     "group-wide. || cool, booking the Kellington one"),
    ("children", "benign", "voicemail",
     "Voicemail: Oh hi, it's Nick, the little one's been sick twice, the kitten, sorry, I always call her the "
     "little one. Can someone ring me back. Thanks."),
    ("children", "benign", "dm",
     "what age can a puppy start on the Fernhollow Growth formula? ours is 6 weeks, the breeder says from 4"),
    ("children", "benign", "form",
     "Cub the kitten - registration | Species: Cat | Breed: Bengal | DOB: 01/02 this year | Microchip: "
     "941000024512213 | Neutered: Not yet"),
    ("children", "benign", "call",
     "Caller: I'd like to know about your Student Nurse scheme, I start the degree in September. || Agent: "
     "That's through the university placement team. || Caller: Ah right, I'll email them."),
    ("children", "benign", "note",
     "Agent note: Juvenile hedgehog brought in by member of public from garden, approx 300g. Passed to "
     "Hedgehog Haven wildlife rescue. No owner account needed."),
    ("children", "benign", "sms",
     "Hi, can I swap Monty's 'Puppy Starter' bundle for the Senior one? Ordered wrong, he's 12 not 12 weeks"),
    ("children", "benign", "email",
     "Dear Fernhollow, the nappies for dogs in season that you sell, do they come in XS? Our Chihuahua is "
     "due on heat soon and the small ones slip off. Kind regards, Carmen Ruiz"),
    ("children", "benign", "chat",
     "Agent: Is this Bella's first birthday party booking at the Dog Cafe? || yes haha she's 1 on Saturday, "
     "can we get the pupcake add on || Agent: Done!"),
    ("children", "benign", "review",
     "Review (1 star): Charged me for a 'kitten check' but Tinkerbell is 14 years old. Sort your invoices out. "
     "|| Reply: Apologies, that's a coding error, a refund of the difference has been processed."),
    ("children", "benign", "form",
     "Puppy class booking | Dog: Ralph, 14 weeks, beagle | Handler: Owen Price | Class: Saturday 9am Puppy "
     "Foundations | Vaccinations complete: Yes"),
    ("children", "benign", "voicemail",
     "Voicemail: Hello, this is Pine Lodge Garden Nursery, we found a cat with a Fernhollow tag in our "
     "polytunnel. The tag says Miso. Phone 07700 900788."),
    ("children", "benign", "dm",
     "omg the kids are so naughty!! three kittens and theyve climbed the curtains again. when can they be "
     "neutered? 12 weeks?"),
    ("children", "benign", "call",
     "Caller: Hi, our school is doing a Bring Your Pet to School day and the head wants a vet to give a short "
     "talk to assembly. || Agent: I'll pass that to our community team. || Caller: Brilliant, it's Oakley "
     "Junior, ask for the office."),
    ("children", "benign", "sms",
     "Your order has shipped: Fernhollow Kitten Dry 2kg x2, Teething Chew Ring x1. Track: FH-88231"),
    ("children", "benign", "note",
     "Agent note: Client asked whether the practice has a baby-changing room. Yes, in the Marsh Lane "
     "accessible toilet. Added to the FAQ page request list."),
    ("children", "benign", "email",
     "Hi, I'm a Year 1 teacher's assistant. Just kidding, that's my old job! I'm now a vet nurse looking to "
     "relocate, do you have any RVN vacancies at Kellington? CV attached. Lauren Bassey"),
    ("children", "benign", "chat",
     "my pup is teething like mad, chewed the skirting board || Agent: Frozen carrots and our puppy teething "
     "ring help a lot. || ordering the ring now ta"),
    ("children", "benign", "form",
     "PetCover quote | Pet: Nala | Species: Dog | Age: 9 weeks | Breed: Cavapoo | Owner date of birth: "
     "04/07/1979 | Postcode area: KL4"),
    ("children", "benign", "review",
     "Review (5 stars): Saw Dr Mensah when our mare foaled early. Baby and mum both doing well. || Reply: "
     "Delighted to hear it!"),
    ("children", "benign", "voicemail",
     "Voicemail: Hi, it's Kev from Brackley Youth Football Club, we're a club not a person obviously, we'd "
     "like to sponsor your charity dog walk with a table at the fun day. Number's 07700 900654."),
    ("children", "benign", "dm",
     "does the child lock on the app actually stop orders without a PIN? asking generally before I turn it on"),
    ("children", "benign", "call",
     "Caller: The breeder says the pups are three weeks and mum's stopped feeding one. || Agent: Bring the "
     "pup and mum in, we'll check them both. || Caller: Coming now, it's the smallest boy."),
    ("children", "benign", "email",
     "Hello, I'm 19 and just moved into my own flat with my cat Wasabi. Do I need to re-register her at your "
     "Ashby Road branch or can my mum's account be transferred into my name? Thanks, Eden"),
    ("children", "benign", "note",
     "Note: 'Scout' and 'Cub' are two separate dogs on the Harker account, please don't merge records again. "
     "Scout = spaniel, Cub = terrier."),
    ("children", "benign", "sms",
     "Do you still run the adolescent dog class on Thursdays? Rolo's 9 months and forgot every command he knew"),
    ("children", "benign", "form",
     "Complaint | Branch: Kellington | Details: The 'Junior' membership plan was sold to me for my adult cat. "
     "The Junior plan is for pets under one, I didn't know. Please move me to the Adult plan."),
    ("children", "benign", "chat",
     "Agent: How many in the litter? || 5, 3 girls 2 boys. born on the 2nd || Agent: Lovely, we'll do first "
     "checks at 8 weeks, shall I pencil in all five?"),
    ("children", "benign", "review",
     "Review (3 stars): Nice practice but the waiting room play corner with the toy farm is always messy. || "
     "Reply: Thanks for the feedback, we'll add it to the cleaning rota."),
    ("children", "benign", "voicemail",
     "Voicemail: Hi, I'm calling about the Fernhollow family plan, does it cover all pets in a household or "
     "do I need one per pet? Just a general question. Thanks."),
    ("children", "benign", "dm",
     "our school hamster breeding project (I run the science club, Ridgeway High staff) needs a vet to sex "
     "the babies. can you do hamsters?"),
    ("children", "benign", "email",
     "Hi team, our elderly dog had a 'sibling' - a new puppy joined us. Both of them need to go on the same "
     "flea and worm plan. Can you merge them onto one direct debit? Best, Colm Dwyer"),
    ("children", "benign", "call",
     "Caller: It's about the infant formula... for lambs, I mean, the colostrum replacer. || Agent: We stock "
     "Lamlac, how many bags? || Caller: Two please, for collection at the Low Fold round."),
    # ---- financial_hardship
    ("financial_hardship", "sensitive", "email",
     "Hi, I've got the estimate for Jasper's cruciate surgery (2,900) and I just can't find that. I was made "
     "redundant in January and we're managing on my partner's part-time wage. Is there any way of paying it "
     "off monthly? I don't want to lose him over money. Thank you, Carys Vaughan"),
    ("financial_hardship", "sensitive", "chat",
     "can i cancel the petcover policy today || Agent: I can help with that, may I ask why? || lost my job "
     "last week and its 38 a month, i need every penny for rent right now"),
    ("financial_hardship", "sensitive", "sms",
     "Sorry I missed the DD again, im on universal credit and it doesnt land till the 19th. can u take it "
     "then instead. Dean"),
    ("financial_hardship", "sensitive", "call",
     "Caller: I had a letter from a debt collection agency about the out-of-hours bill from November. || "
     "Agent: I'm sorry, that'll be Calloway Recovery, they act for us. || Caller: I've got three of these "
     "agencies after me already, I can't do another one. Can I deal with you direct?"),
    ("financial_hardship", "sensitive", "note",
     "Agent note: Client disclosed she is in an IVA and can't take on any credit agreements, so declined the "
     "finance option for Ruby's dental. Offered split payments over 3 months, vet approved."),
    ("financial_hardship", "sensitive", "form",
     "Rehoming enquiry | Pet: Tyson, Staffy, 5 | Reason for rehoming: We're being evicted on the 28th and the "
     "only place the council has found us doesn't allow dogs | Urgency: High"),
    ("financial_hardship", "sensitive", "voicemail",
     "Voicemail: Hiya, this is Shona, I've been told you've got a discount for people on benefits? I'm on PIP "
     "and ESA and Max needs his teeth doing. Could somebody ring me back, I've not got much credit on here."),
    ("financial_hardship", "sensitive", "dm",
     "hi, dont suppose you have a pet food bank or anything? weve been using the food bank for us but they "
     "dont do dog food and Rocky's down to his last bag"),
    ("financial_hardship", "sensitive", "review",
     "Review (5 stars): When I told them I'd gone bankrupt and couldn't pay for Milo's emergency op up front, "
     "they didn't make me feel like dirt. Payment plan sorted. || Reply: Thank you, we're glad Milo is home."),
    ("financial_hardship", "sensitive", "email",
     "Hello, I need to downgrade Bonnie's food subscription to the cheapest one or cancel. Honestly it's that "
     "or the electric at the moment, I'm already behind on the gas and the landlord's been round. Sorry for "
     "the waffle. Leanne"),
    ("financial_hardship", "sensitive", "chat",
     "Agent: The balance is 412.50 outstanding. || i know. the bailiffs took the car last month so i cant even "
     "get to the branch to talk about it. can i pay 10 a week"),
    ("financial_hardship", "sensitive", "call",
     "Caller: The vet says Bella should be put to sleep or have the op, and I can't afford the op. My hours "
     "got cut to nothing at the warehouse. || Agent: Let me get the practice manager, we have a charity "
     "fund that might help. || Caller: Please."),
    ("financial_hardship", "sensitive", "sms",
     "pls dont send it to collections, i'll pay 20 on friday. behind with everything since the business went "
     "under"),
    ("financial_hardship", "sensitive", "form",
     "Payment plan application | Amount: 1,180 | Monthly income: Jobseeker's Allowance only | Other debts: "
     "Council tax arrears, catalogue, two payday loans | Proposed payment: 25 per month"),
    ("financial_hardship", "sensitive", "note",
     "Agent note: Mr Kowal's wages are being garnished (attachment of earnings order) so he can only pay "
     "the claim excess after the 1st. Flagged account to pause reminders until then."),
    ("financial_hardship", "sensitive", "email",
     "Dear PetCover, my premium has gone up to 61 a month. We're currently living in temporary accommodation "
     "after losing our home and I've had to pick between Luna's cover and food. Is there a cheaper "
     "accident-only option? Regards, Priya Natarajan"),
    ("financial_hardship", "sensitive", "dm",
     "is it ok to bring Jess in and pay after payday? been sanctioned this month so nothing coming in till "
     "the 3rd, she's limping bad"),
    ("financial_hardship", "sensitive", "voicemail",
     "Voicemail: It's Gordon Pryce, I owe you for Bess's X-rays. I've had a county court judgment against me "
     "from the credit card lot so I'm on a debt management plan, StepRight are handling it. I'll get them to "
     "write to you."),
    ("financial_hardship", "sensitive", "call",
     "Agent: Would you like to add dental cover for 6 pounds? || Caller: No love, I'm on pension credit and "
     "that's me stretched already. The cat eats better than I do some weeks. || Agent: No problem at all."),
    ("financial_hardship", "sensitive", "review",
     "Review (2 stars): Debt recovery letters were threatening when I'd told reception I'd just been laid off "
     "and was paying what I could. || Reply: We're sorry, please contact our accounts team directly."),
    ("financial_hardship", "benign", "email",
     "Hi, my card was declined when I tried to pay Toby's invoice online, but the bank says there's no problem "
     "their end. Could you send the payment link again? Invoice FH-20931. Thanks, Martin Kaye"),
    ("financial_hardship", "benign", "chat",
     "can i move my direct debit from the 1st to the 15th || Agent: Yes, it'll take effect next month. || "
     "great, just matches when i get paid better"),
    ("financial_hardship", "benign", "sms",
     "Your PetCover premium for policy PC-710224 will be 28.40 from 1 June. View your renewal at "
     "fernhollow.example.com/renew"),
    ("financial_hardship", "benign", "call",
     "Caller: Why's my premium gone up 9 pounds? || Agent: It's the age band, Duke turned 8 this year. || "
     "Caller: Ah right. Can I raise the excess to bring it down? || Agent: Yes, I'll requote now."),
    ("financial_hardship", "benign", "note",
     "Agent note: Client queried why the claim paid 540 not 600. Explained 60 pound excess. Client happy, "
     "no further action."),
    ("financial_hardship", "benign", "form",
     "Debt-free pet care pledge? | Message: Saw the 'Pay Monthly, Never Owe' banner on your site, is that the "
     "Health Plan or a new thing? | Name: Rina Shah"),
    ("financial_hardship", "benign", "voicemail",
     "Voicemail: Hi, I was overcharged, I think, the consult fee went on twice for Bramble on Tuesday. Can "
     "someone check and refund the extra? Cheers."),
    ("financial_hardship", "benign", "dm",
     "lol these vet prices will bankrupt me, anyway is the 10% off code still working for the food sub"),
    ("financial_hardship", "benign", "review",
     "Review (4 stars): Pricey, but you get what you pay for. Clear estimate before the op. || Reply: "
     "Thank you for the fair review."),
    ("financial_hardship", "benign", "email",
     "Dear Accounts, please can we have a VAT receipt for the dog's treatment last month, our kennels business "
     "claims it as an expense. Business name: Thornbury Boarding Kennels Ltd. Regards, Accounts team"),
    ("financial_hardship", "benign", "chat",
     "Agent: You're in credit by 12.40 after the refund. || can it go toward the next food order instead of "
     "back on the card? || Agent: Sure, done."),
    ("financial_hardship", "benign", "call",
     "Caller: I'm ringing about collection. || Agent: Of the ashes or a payment? || Caller: Ha no, collecting "
     "the dog from his op! What time? || Agent: After 4 please."),
    ("financial_hardship", "benign", "sms",
     "I owe you an apology, paid the wrong invoice number last week, it was meant for Suki's bill not Kiko's. "
     "Can you swap it over?"),
    ("financial_hardship", "benign", "form",
     "Refund request | Order: FH-55321 | Item: Sensitive Stomach Salmon 10kg | Reason: Subscription renewed "
     "after I cancelled | Refund to: original card"),
    ("financial_hardship", "benign", "note",
     "Agent note: Client asked in general whether we offer payment plans for large bills. Sent link to "
     "the Fernhollow Spread the Cost page. No specific bill discussed."),
    ("financial_hardship", "benign", "email",
     "Hello, I've just switched banks. Please cancel the old direct debit mandate and I'll set up a new one "
     "with the new details through the portal. Regards, Sunil Mehra"),
    ("financial_hardship", "benign", "voicemail",
     "Voicemail: Hi, it's the Happy Hounds Rescue treasurer, our charity account is due a quarterly invoice, "
     "can you send it to accounts@example.com please."),
    ("financial_hardship", "benign", "dm",
     "is the 'Broke-Proof' bowl the one that doesn't smash? my lab has broken three ceramic ones haha"),
    ("financial_hardship", "benign", "review",
     "Review (3 stars): Claim paid but took 6 weeks. || Reply: Sorry for the wait, claims are now averaging "
     "10 working days."),
    ("financial_hardship", "benign", "chat",
     "the app says payment failed but money's left my account?? || Agent: It's a pending authorisation, it "
     "drops off in 3-5 days. || ah ok phew"),
    # ---- legal
    ("legal", "sensitive", "email",
     "Hi, my solicitor has asked for Bear's full clinical history going back to 2021. The man he knocked "
     "off his bike is suing me and they want to show Bear has never been aggressive. Can you email it to "
     "me or direct to Hargreave & Lowe? Regards, Simon Ashworth"),
    ("legal", "sensitive", "chat",
     "Agent: I can confirm Lady's microchip is registered to you. || thanks, the police need that for the "
     "report, she was taken out my garden on sunday. crime number is KL/2291/24 if you need it"),
    ("legal", "sensitive", "sms",
     "Hi, court hearing re the divorce is on the 12th and my ex is claiming the dog. Can you print all "
     "invoices showing I've paid for Rolo since 2019? Will collect. Ta, Nadine"),
    ("legal", "sensitive", "call",
     "Caller: Mack's been seized under the Dangerous Dogs Act and I've been charged. || Agent: I'm so sorry. "
     "How can we help? || Caller: My barrister wants a vet's statement about his temperament. Can Dr Reyes "
     "write one?"),
    ("legal", "sensitive", "note",
     "Agent note: Client has a restraining order against her ex-partner, Liam Doyle. He must NOT be given "
     "any info about her or the cats, or be allowed to collect them. Copy of order on file per her request."),
    ("legal", "sensitive", "form",
     "Job application | Position: Kennel assistant | Unspent convictions: Yes | Details: Conviction in 2022 "
     "for theft, community order ends in August. Happy to discuss at interview | Name: Jordan Pike"),
    ("legal", "sensitive", "voicemail",
     "Voicemail: Hi, it's Craig Nolan, I was supposed to pick up Diesel on Friday but I was arrested Thursday "
     "night and only got released this morning. Please don't rehome him, I'm coming now."),
    ("legal", "sensitive", "dm",
     "my probation officer meeting clashes with Tilly's appt on weds, can we do thurs? cant miss probation"),
    ("legal", "sensitive", "review",
     "Review (1 star): I'm taking this practice to small claims court over my dog's botched spay. My lawyer "
     "has the paperwork. || Reply: We're sorry you feel this way, please contact our practice manager."),
    ("legal", "sensitive", "email",
     "Dear Fernhollow, bit of a strange one. My neighbour has brought a civil claim against me saying my "
     "cat killed her koi. My insurer needs confirmation of PetCover third party cover wording. Policy "
     "PC-118274. Thanks, Alan Fry"),
    ("legal", "sensitive", "call",
     "Agent: The dog was handed in by the police? || Caller: Yes, they raided my brother's flat and Zeus was "
     "there. He's on remand now, so I'm the one taking the dog on. || Agent: We'll need ID to transfer him."),
    ("legal", "sensitive", "chat",
     "need an invoice with my name and address for Monty's op, its for my tribunal bundle || Agent: Of "
     "course. || ta, my employment lawyer says every expense counts"),
    ("legal", "sensitive", "note",
     "Agent note: Police officer PC Hale rang asking if Mr Trent brought a dog in on the 4th. Declined over "
     "phone pending formal request. Client later said he's under investigation for dog fighting and a "
     "solicitor will contact us."),
    ("legal", "sensitive", "form",
     "Subject access request | Name: Ewa Nowicka | Reason: My ex has made a police report claiming I "
     "neglected our dog and I need all records to give to my legal aid solicitor | Format: email"),
    ("legal", "sensitive", "sms",
     "Cant make Thursday, I'm up in the magistrates court that morning for the drink driving thing. "
     "Friday pm?"),
    ("legal", "benign", "email",
     "Hello, is a pet passport still legally valid for taking our dog to France, or do we need an Animal "
     "Health Certificate now? We travel on the 20th. Thanks, Ruth Bellamy"),
    ("legal", "benign", "chat",
     "how do i make a claim for Oscar's ear infection || Agent: You can claim online under My Policy, "
     "attach the invoice. || done, claim ref CL-44810"),
    ("legal", "benign", "sms",
     "Fernhollow: our terms and conditions have been updated from 1 July. Read them at "
     "fernhollow.example.com/terms"),
    ("legal", "benign", "call",
     "Caller: Hi, it's the Kellshire Police dog unit. We need annual checks for four of our general purpose "
     "dogs. || Agent: We can do a block booking. || Caller: Brilliant, invoice to the force, ref DU-7."),
    ("legal", "benign", "note",
     "Agent note: Client asked in general whether microchipping cats is now a legal requirement. Confirmed "
     "yes for cats over 20 weeks and explained the deadline. No problem with their cat, already chipped."),
    ("legal", "benign", "form",
     "Complaint | Case reference: FH-CASE-3109 | Issue: Food order arrived with bag split | Outcome wanted: "
     "Replacement"),
    ("legal", "benign", "voicemail",
     "Voicemail: Hiya, my kitten is a little criminal, she's stolen a whole sausage roll and now she's been "
     "sick. Probably fine but can someone call back."),
    ("legal", "benign", "dm",
     "is the Court Road branch open sundays or is that just Marsh Lane"),
    ("legal", "benign", "review",
     "Review (5 stars): Any judge would find these vets guilty of nothing but excellence, ha. Dr Fenn "
     "was brilliant. || Reply: We'll take that verdict, thank you!"),
    ("legal", "benign", "email",
     "Hi, what's the law on how many dogs a dog walker can take out at once? I'm choosing a walker and want "
     "to know what to ask. Just a general question. Thanks, Dev"),
    ("legal", "benign", "call",
     "Caller: It says on the renewal I need to declare 'any claims in the last year'. Does the one I made "
     "for Pippa's tooth count? || Agent: Yes, but it won't stop renewal. || Caller: OK, thanks."),
    ("legal", "benign", "chat",
     "Agent: I've logged a case with our claims team. || how long do cases usually take || Agent: About 10 "
     "working days."),
    ("legal", "benign", "form",
     "Third party liability question | Message: Does PetCover third-party cover include damage a dog does to "
     "a hired holiday cottage? Asking before we book. | Name: Ffion Rees"),
    ("legal", "benign", "sms",
     "Thanks for booking with Fernhollow. By attending you agree to our cancellation policy (24h notice). "
     "Reply C to cancel"),
    ("legal", "benign", "note",
     "Note: Barrister is the name of the Dalmatian on the Pemberton account, not a contact. Someone keeps "
     "adding it as a legal contact, please stop."),
    # ---- special_categories
    ("special_categories", "sensitive", "email",
     "Hi, could we move Hugo's neuter from Saturday the 14th? I don't drive on Shabbat and my husband can't "
     "do it either. Any weekday the week after is fine. Thanks so much, Miriam Adler"),
    ("special_categories", "sensitive", "chat",
     "any late slots next week? || Agent: 6:30pm Tuesday? || could it be after 8? its ramadan and id like to "
     "open my fast at home first, sorry to be awkward"),
    ("special_categories", "sensitive", "sms",
     "Hi, pls can the dog wash be done without the beef-based shampoo? we're vegetarian Hindus and would rather "
     "not have it in the house. thanks, Rakesh"),
    ("special_categories", "sensitive", "call",
     "Agent: The vet's recommending a blood transfusion for Sable. || Caller: For the dog that's fine. I'm a "
     "Jehovah's Witness so I had to think, but it's different for animals. Go ahead. || Agent: Thank you, "
     "I'll let Dr Kaur know."),
    ("special_categories", "sensitive", "note",
     "Agent note: Mr Singh wears a kirpan as a practising Sikh. Security at the Marsh Lane referral centre "
     "queried it last visit. Manager confirmed it's fine, please brief reception before his next appt."),
    ("special_categories", "sensitive", "dm",
     "hi, we're away for Eid next week visiting family, does the cattery at Kellington have room from the "
     "9th? two cats, both up to date"),
    ("special_categories", "sensitive", "voicemail",
     "Voicemail: Hello, it's Father... sorry, force of habit, it's Brendan Keogh, the parish priest at "
     "St Columba's. Calling about my own dog, Rufus, not the church. His ears again. Mornings are bad for me "
     "with Mass, so afternoons please."),
    ("special_categories", "sensitive", "review",
     "Review (5 stars): As a Muslim I was really touched the nurse knew I'd want to wash after handling our "
     "dog and showed me the sink before I asked. || Reply: Thank you for sharing this, we'll pass it on."),
    ("special_categories", "sensitive", "email",
     "Dear Sir/Madam, English is not my first language, I am from Poland. Is possible to have the insurance "
     "documents for Bruno in Polish? I understand medical words not so good. Thank you, Katarzyna Wrobel"),
    ("special_categories", "sensitive", "chat",
     "Agent: What address shall I put on the policy? || we're Travellers so we move between sites, at the "
     "moment its the Long Meadow site but that'll change in June. can you post to my mams instead"),
    ("special_categories", "sensitive", "review",
     "Review (2 stars): Being the only Black woman in the waiting room, I was asked twice if I could 'really "
     "afford' the op. No one else was asked. || Reply: We're very sorry. The practice manager will call you."),
    ("special_categories", "sensitive", "call",
     "Caller: I need an interpreter for the consult, my mother speaks Cantonese only, she's the one who looks "
     "after the cat. || Agent: We can book a telephone interpreter. || Caller: Thank you, we came from Hong "
     "Kong last year so it's all new."),
    ("special_categories", "sensitive", "sms",
     "hi, my name on the app came out as Oluwaseun but with letters missing, its Yoruba, can u fix it? "
     "Oluwaseun Adebayo-Cole"),
    ("special_categories", "sensitive", "form",
     "Contact us | Name: Darius Farahani | Message: I'm an Iranian national and my bank won't process your "
     "PetCover direct debit form, they want proof of address. Is there another way to pay? | Pet: Shiraz"),
    ("special_categories", "sensitive", "dm",
     "my grandparents were Windrush generation and we have a family thing in Birmingham that weekend, can "
     "Ziggy's vaccine be the week after?"),
    ("special_categories", "sensitive", "note",
     "Agent note: Client is Roma and says she has been turned away by other practices. Asked for a female vet "
     "and a written estimate. Both arranged."),
    ("special_categories", "sensitive", "email",
     "Hi, I'm standing as a Green Party candidate in the council elections, so I'll be out canvassing every "
     "evening until May. Could Buddy's follow-ups be done on Saturday mornings? Cheers, Tamsin Oakes"),
    ("special_categories", "sensitive", "chat",
     "can't make wed, I'm on the Palestine march in London || Agent: No problem, how about Friday? || "
     "friday works. Shadow's the cat btw not a protest slogan"),
    ("special_categories", "sensitive", "call",
     "Caller: I'm a Conservative party member and I'm out delivering leaflets for our candidate all week. || "
     "Agent: So you'd like a later slot? || Caller: Yes, 7pm Saturday if you have it."),
    ("special_categories", "sensitive", "sms",
     "Pls dont send reminders to my work email, I'm a Labour councillor and the inbox gets FOI'd. "
     "Personal is fine: l.marsh@example.com"),
    ("special_categories", "sensitive", "note",
     "Agent note: Client said she's a member of the Socialist Workers' group that organised the demo outside "
     "the town hall and asked we not mention it if press call about her lost dog appeal."),
    ("special_categories", "sensitive", "review",
     "Review (4 stars): Very good vets. Only complaint, the receptionist made a snide comment about my "
     "Reform UK badge. I'm allowed my politics. || Reply: Sorry to hear this, we've reminded staff."),
    ("special_categories", "sensitive", "voicemail",
     "Voicemail: Hi, it's Ken Doughty, I'm a Lib Dem activist and I've been at the by-election count all "
     "night so I missed Molly's appointment this morning. Can I rebook? Sorry."),
    ("special_categories", "sensitive", "form",
     "Volunteer application (charity dog walk) | Name: Rhodri Ellis | Other commitments: I'm chair of the "
     "local Plaid Cymru branch, so campaign weekends are out | Availability: Sundays"),
    ("special_categories", "sensitive", "email",
     "Hi, I'm a Unite rep at the bus depot and we're on strike Thursday and Friday, so I'll be on the picket "
     "line. Can I bring Pip in Monday instead? Thanks, Colin Raeburn"),
    ("special_categories", "sensitive", "chat",
     "Agent: Can you do Tuesday 11am? || no, got my union meeting, i'm the NEU branch secretary at school || "
     "Agent: What about 4pm? || perfect"),
    ("special_categories", "sensitive", "call",
     "Caller: My union is helping with my claim against my employer and I need an invoice for the dog's bite "
     "treatment when their dog went for mine at work. || Agent: I'll email it over. || Caller: Thanks, "
     "it's the RCN rep who asked."),
    ("special_categories", "sensitive", "note",
     "Agent note: Caller asked that PetCover correspondence not go via her employer's post room; she's a GMB "
     "shop steward and says management open her mail."),
    ("special_categories", "sensitive", "sms",
     "hi its Trev, cant do the home visit fri, im on the PCS picket outside the jobcentre all morning. "
     "afternoon ok?"),
    ("special_categories", "sensitive", "dm",
     "do u do discounts for union members? im in Unison, they have a perks page and I think I saw your name on "
     "it"),
    ("special_categories", "sensitive", "form",
     "Payment query | Name: Sean McGarry | Message: I pay my Usdaw subs by DD on the 1st and the PetCover one "
     "on the 2nd is bouncing. Can you move it to the 8th? | Policy: PC-550913"),
    ("special_categories", "sensitive", "email",
     "Hi, please add my husband Marcus as a second contact on Teddy's account. Marcus Bell, same address, "
     "07700 900341. I'll be away with work in March so he'll be bringing Teddy in. Thanks, Gareth Bell"),
    ("special_categories", "sensitive", "chat",
     "hi my girlfriend might call about Luna, her name's Chloe, can she discuss stuff? || Agent: Sure, I'll "
     "add her as authorised. || thanks! I'm Hannah btw, Luna's registered under me"),
    ("special_categories", "sensitive", "call",
     "Caller: It's the wife's cat really, she's away so I'm sorting it. || Agent: And your wife's name? || "
     "Caller: Joanne, and I'm Beth. Sorry, people always assume I'm a bloke with a wife ha. || Agent: No "
     "worries, noted."),
    ("special_categories", "sensitive", "review",
     "Review (5 stars): First vet where me and my boyfriend haven't been asked which one of us is the "
     "'mum'. Diego loves Dr Haines. || Reply: Thank you Raul, see you both soon."),
    ("special_categories", "sensitive", "dm",
     "we're going to Pride in Brighton on the Saturday so I need someone to check on the bunnies, do your "
     "nurses do pet sitting? im bi and it's my first one so excited lol"),
    ("special_categories", "sensitive", "note",
     "Agent note: Client said he recently came out and moved out of the family home; the dog's now with him. "
     "Please update address, and he'd rather his parents (on the account) aren't told the new one."),
    ("special_categories", "sensitive", "voicemail",
     "Voicemail: Hi, it's Femi, my partner Daniel and I are getting married next month so we'll need boarding "
     "for Biscuit for the honeymoon. Two weeks from the 22nd. Call me back, thanks."),
    ("special_categories", "sensitive", "form",
     "Joint policy application | Policyholder 1: Alice Kerr | Policyholder 2: Morgan Kerr | Relationship: "
     "Wife | Notes: We're both women, your form only lets me pick husband for spouse, please fix"),
    ("special_categories", "sensitive", "call",
     "Caller: Honestly it's embarrassing, the puppy got hold of something from my bedside drawer and chewed "
     "it up, a sex toy, and I think she swallowed a bit. || Agent: Don't worry, we see this. How big a piece? "
     "|| Caller: Maybe the size of a thumb."),
    ("special_categories", "sensitive", "chat",
     "so the cat got out last night, my hookup left the back door open when he left at like 3am. shes back "
     "now but limping || Agent: Let's get her checked. Can you come at 10?"),
    ("special_categories", "sensitive", "sms",
     "Dog has eaten a used condom out the bin. should I be worried?? yes I know. please just tell me"),
    ("special_categories", "sensitive", "email",
     "Hi, slightly awkward. Can Nurse Patel not visit on Friday? We're polyamorous and my other partner lives "
     "with us; Nurse Patel is a neighbour of my wife's parents, who don't know. Any other nurse is fine. "
     "Thanks, Joel"),
    ("special_categories", "sensitive", "note",
     "Agent note: Owner explained the dog's lube ingestion happened during 'a private evening with my "
     "partner' and asked it not be written in the clinical notes in detail. Vet recorded as 'water-based "
     "gel ingestion'."),
    ("special_categories", "sensitive", "dm",
     "hi my friend with benefits is picking up the cat, not my boyfriend, long story, his name's Aaron "
     "Pryor. please don't mention it if my bf rings lol"),
    ("special_categories", "sensitive", "voicemail",
     "Voicemail: Hi, Sandra here about Crumble. Me and my husband are swingers, sorry, too much info, but we "
     "had a party Saturday and someone fed Crumble chocolate, he's been sick since. Call me back please."),
    ("special_categories", "sensitive", "email",
     "Hi, I'm trans and have legally changed my name from Robert to Roberta Lane. Please update my PetCover "
     "policy and the practice account so letters stop coming in my old name. Deed poll attached. Thanks"),
    ("special_categories", "sensitive", "chat",
     "can you change how the app addresses me? it says Mr. I'm non-binary, Mx is fine, pronouns they/them || "
     "Agent: Absolutely, updated now. || thanks, first company to do it without a fuss"),
    ("special_categories", "sensitive", "call",
     "Caller: Your receptionist deadnamed me when calling Pepper's name out. It said my old name on the file. "
     "|| Agent: I'm really sorry. What name should be on the account? || Caller: Eli. Eli Marston."),
    ("special_categories", "sensitive", "form",
     "Update personal details | Title: Ms | Previous title: Mr | Reason: Gender recognition certificate "
     "granted, copy available on request | Name: Jessica Hale"),
    ("special_categories", "sensitive", "sms",
     "Hi Kellington, can the jab be before the 20th? Off for my top surgery then and wont be lifting Basil. "
     "Noah (he/him)"),
    ("special_categories", "sensitive", "review",
     "Review (5 stars): As a trans woman walking into a new vets can be scary. Everyone used my name and "
     "nobody blinked. || Reply: That's how it should be, thank you Zara."),
    ("special_categories", "sensitive", "note",
     "Agent note: Client transitioning, currently going by Ash. Bank details still in her old name, so DD "
     "will show under that. Please use 'Ash' and she/her on calls."),
    ("special_categories", "sensitive", "dm",
     "hey can u put my name as Kit not Katherine on the puppy class list? im genderfluid and Kit is what "
     "everyone calls me"),
    ("special_categories", "sensitive", "email",
     "Hi, I need to cancel the home visit on the 18th. I've just had my BRCA2 result back and it's positive, "
     "so there are a lot of appointments coming. Sorry for the short notice. Nicola Brett"),
    ("special_categories", "sensitive", "chat",
     "Agent: You mentioned a DNA test for Rocco? || oh no that was for me haha, did a HelixRoots kit and "
     "turns out im 30% Irish and carrying a cystic fibrosis gene. Rocco is 100% mutt"),
    ("special_categories", "sensitive", "call",
     "Caller: I'd like the dog on a lifetime policy. I'm thinking ahead, Huntington's runs in my family and "
     "I tested positive last year, so my sister would take him on. || Agent: We can add her as a named "
     "contact. || Caller: Please."),
    ("special_categories", "sensitive", "form",
     "PetCover application | Any other info: My genome sequencing showed a Factor V Leiden mutation, which "
     "is why my partner will do all the lifting with Atlas | Pet: Atlas, Newfoundland"),
    ("special_categories", "sensitive", "note",
     "Agent note: Client volunteered that her genetic test showed she's a carrier for sickle cell trait and "
     "is asking whether pets can carry 'the same thing'. Vet to call her back about canine genetics."),
    ("special_categories", "sensitive", "voicemail",
     "Voicemail: Hi, it's Peter Lund, about Nova's appointment. I've been referred to the genetics clinic "
     "after my Lynch syndrome result and they've given me the same Tuesday. Can I move Nova? Thanks."),
    ("special_categories", "sensitive", "sms",
     "hi the cattery form asks for emergency contact, I've put my biological dad I found through my DNA match "
     "on GeneLink, is that ok? Mel"),
    ("special_categories", "sensitive", "email",
     "Dear Fernhollow, my ancestry DNA results came back showing my paternal line is Ashkenazi and I have the "
     "Gaucher carrier gene, so I'm travelling for counselling next week. Please reschedule Benji. Regards, "
     "Daniel Rose"),
    ("special_categories", "sensitive", "chat",
     "the app face ID won't recognise me since I shaved my beard, it keeps rejecting my face scan. can you "
     "reset my biometric profile? || Agent: I can send a reset link. || thanks"),
    ("special_categories", "sensitive", "email",
     "Hi, I enrolled my fingerprint on the controlled-drugs collection terminal at Marsh Lane for my dog's "
     "tramadol. I'd like it deleted now he's off it. Can you confirm my fingerprint template is removed? "
     "Regards, Tariq Hussain"),
    ("special_categories", "sensitive", "call",
     "Caller: Your PetCover phone line asked me to say 'my voice is my password' and now it's stored my "
     "voiceprint. I never agreed to that. || Agent: I can remove voice ID from your account. || Caller: "
     "Yes please."),
    ("special_categories", "sensitive", "form",
     "Claim ID verification | Method: Selfie video | Result: Face match 97.4% to passport photo | Policy: "
     "PC-622051 | Customer: Oleksandr Bondar | Retain facial template: customer requests deletion"),
    ("special_categories", "sensitive", "note",
     "Agent note: Client's iris scan failed at the claims kiosk three times due to her glasses; used backup "
     "PIN. She wants her iris data removed from the kiosk system. Escalated to DPO."),
    ("special_categories", "sensitive", "dm",
     "hi why does your new app want access to my palm vein scan?? I only want to order cat food, please "
     "delete what it already took from me"),
    ("special_categories", "sensitive", "review",
     "Review (2 stars): Love the vets but the new staff-style thumbprint sign-in for clients is creepy. My "
     "thumbprint is now on your system forever? || Reply: You can ask us to delete it any time."),
    ("special_categories", "sensitive", "sms",
     "Hi, your ID check took a scan of my face and the shape of my hand for the claim. Pls delete both once "
     "the claim's paid. Gwen Tait, PC-301154"),
    ("special_categories", "benign", "email",
     "Good afternoon, St Mary's Church, Kellington, would like to host a Blessing of the Animals service on "
     "4 October and wondered if one of your vets could attend and do a short talk on pet care. Warm wishes, "
     "Parish Office"),
    ("special_categories", "benign", "chat",
     "what are your opening hours over christmas and easter? || Agent: Christmas Day and Boxing Day are "
     "emergency only, Easter is normal hours except Good Friday. || ta"),
    ("special_categories", "benign", "sms",
     "Do you stock halal-certified cat food? A customer at my shop asked, I'm the owner of Fatima's Corner "
     "Pets, we're a retailer"),
    ("special_categories", "benign", "call",
     "Caller: Hi, I'm phoning from the Hollins Lane Mosque community centre. We're running a pet care fair "
     "for the community and want a vet stall. || Agent: I'll put you through to events. || Caller: Thanks."),
    ("special_categories", "benign", "note",
     "Agent note: Client's cat is named 'Bishop' and the dog 'Deacon'. Not clergy, just chess fans. Both "
     "due boosters in May."),
    ("special_categories", "benign", "form",
     "Branch enquiry | Branch: Church Lane, Ashby | Question: Is the car park behind the surgery free on "
     "Sundays? | Name: Nell Parry"),
    ("special_categories", "benign", "review",
     "Review (5 stars): Dr Faith Omari is a godsend. Our dog is alive thanks to her. || Reply: We'll make sure "
     "Faith sees this!"),
    ("special_categories", "benign", "voicemail",
     "Voicemail: Hi, it's the Quaker Meeting House at Dunstan, our resident cat needs his jabs, invoice to the "
     "meeting house please, the treasurer pays it. Thanks."),
    ("special_categories", "benign", "dm",
     "do you have any advice in general about fasting for dogs before surgery? how many hours no food"),
    ("special_categories", "benign", "email",
     "Hello, we've just adopted a Turkish Van from the rescue. She's about 3. Do Turkish Vans need any "
     "breed-specific checks? Also booking her microchip transfer. Thanks, Gemma Holt"),
    ("special_categories", "benign", "chat",
     "is the German shepherd hip scoring done at your branch or referrals || Agent: At Fernhollow Referrals. "
     "|| ok thanks, booking for Kaiser"),
    ("special_categories", "benign", "sms",
     "Persian cat grooming now available at Marsh Lane, 45 pounds incl. mat removal. Book via app"),
    ("special_categories", "benign", "call",
     "Caller: Do you have anyone who speaks French? I'm practising for my exam and thought it'd be fun, "
     "joking. Actually I just want to book Fifi's nails. || Agent: Ha, sure, Thursday 3pm? || Caller: "
     "Parfait."),
    ("special_categories", "benign", "note",
     "Agent note: The Irish setter and the English setter on the Doyle account got their vaccinations "
     "swapped on the record. Corrected; no clinical impact."),
    ("special_categories", "benign", "form",
     "Translation request (general) | Question: Do you provide your pet insurance policy documents in Welsh "
     "or other languages? Just checking what's available for our customers | From: Kellshire Citizens' "
     "Information Desk"),
    ("special_categories", "benign", "review",
     "Review (4 stars): Brought my Siamese in, she screamed the whole time, typical Siamese. Staff "
     "unflappable. || Reply: We love a chatty Siamese!"),
    ("special_categories", "benign", "voicemail",
     "Voicemail: Hello, it's Polish Pro Grooming, we're a nail polish, sorry, nail trim and groom salon next "
     "door, we'd like to leave leaflets on your counter. Call me back."),
    ("special_categories", "benign", "dm",
     "my bengal is SO loud at night, is that a breed thing or should I worry?"),
    ("special_categories", "benign", "email",
     "Dear Fernhollow, the Kellshire Conservative Club would like to book your community room for our "
     "charity pet show on 12 June. We're a members' club; invoice the club secretary please. Regards"),
    ("special_categories", "benign", "chat",
     "Agent: The surgeon suggested conservative management for Bramble's cruciate first. || what does "
     "conservative mean here || Agent: Strict rest and pain relief for 6-8 weeks, no surgery yet."),
    ("special_categories", "benign", "sms",
     "Vote for Pet of the Month! Reply A for Biscuit the beagle or B for Mango the parrot. Voting closes Fri"),
    ("special_categories", "benign", "call",
     "Caller: She's in labour! The bitch, I mean, Willow, she's pushing and nothing's coming. || Agent: How "
     "long has she been straining? || Caller: About an hour. || Agent: Come straight in."),
    ("special_categories", "benign", "note",
     "Note: The Party Animals puppy party on Saturday is full. Waitlist: 6 pups."),
    ("special_categories", "benign", "form",
     "Marketing consent | Email offers: Yes | SMS: No | Post: No | Campaign source: Spring Worming Campaign "
     "leaflet"),
    ("special_categories", "benign", "review",
     "Review (5 stars): Used a liberal amount of their ear cleaner as told and the infection's gone. || Reply: "
     "Great news!"),
    ("special_categories", "benign", "voicemail",
     "Voicemail: Hi, this is the constituency office of the local MP, just to say the MP's office cat, "
     "Whiskers, needs his annual check, please invoice the office. Thanks."),
    ("special_categories", "benign", "dm",
     "is it true the government is changing the rules on dog licences? saw a post on fb, asking in general"),
    ("special_categories", "benign", "email",
     "Hello, I'm writing from the Kellington branch of the Transport Workers' Union. We'd like to order 20 "
     "first aid kits for pets as raffle prizes for our members' family day. Invoice to the branch, please. "
     "Regards, Branch Office"),
    ("special_categories", "benign", "chat",
     "is the Union Street branch the one next to the Co-op? || Agent: Yes, opposite the bus station. || "
     "thanks, never been"),
    ("special_categories", "benign", "sms",
     "Heads up: Marsh Lane phones down due to a strike of lightning on the phone mast! Use the app to book"),
    ("special_categories", "benign", "call",
     "Caller: Our dog strikes at the other dog when food's around. Do you do behaviour consults? || Agent: "
     "Yes, with Dr Varga. || Caller: Book us in please."),
    ("special_categories", "benign", "note",
     "Agent note: Fernhollow staff: union recognition ballot info is on the staff intranet. Not for client "
     "comms, please don't forward."),
    ("special_categories", "benign", "form",
     "Supplier enquiry | Company: Steward Pet Supplies Ltd | Message: We'd like to quote for your kennel "
     "bedding contract | Contact: sales@example.com"),
    ("special_categories", "benign", "review",
     "Review (5 stars): Nurse Rep... Reppington? No, Nurse Repton, was fab with our collie. || Reply: "
     "Thank you, we'll tell Nurse Repton!"),
    ("special_categories", "benign", "email",
     "Hi, I was told the queen is calling nonstop and needs spaying. Our queen is Lola, an unspayed female "
     "cat, 7 months. Can we book her in? Thanks, Dawn Rees"),
    ("special_categories", "benign", "chat",
     "we were told Peanut was a boy but the vet says she's actually a girl, can you change the sex on her "
     "record || Agent: Done, Peanut is now female on file. || lol poor thing"),
    ("special_categories", "benign", "sms",
     "Hi, Bailey is coming into season, is it better to spay before or after? Don't want any accidental "
     "matings with next door's Lab"),
    ("special_categories", "benign", "call",
     "Caller: We want to use Rocco as a stud dog. What health tests do we need before mating? || Agent: "
     "Hip and elbow scores plus breed DNA tests. || Caller: Can we book the bloods?"),
    ("special_categories", "benign", "note",
     "Agent note: Tom cat on the Walsh account spraying indoors. Castration booked Thursday. Owner asked if "
     "it'll stop 'the tomcatting about'. Vet said likely."),
    ("special_categories", "benign", "form",
     "Breeding enquiry | Pet: Duchess, French bulldog | Question: Does PetCover cover a caesarean if she "
     "needs one when whelping? | Name: Carl Briggs"),
    ("special_categories", "benign", "review",
     "Review (4 stars): Our rabbits had a surprise litter because the 'two girls' we bought weren't. Vet "
     "sexed them properly and neutered the buck. || Reply: Happens more than you'd think!"),
    ("special_categories", "benign", "dm",
     "is the Pride range of harnesses the rainbow one? want the medium"),
    ("special_categories", "benign", "voicemail",
     "Voicemail: Hi, it's Gay Pemberton, yes that's my actual name, I'm in my seventies, ringing about "
     "Sherry's thyroid tablets, are they ready? Thank you dear."),
    ("special_categories", "benign", "email",
     "Hello, my partner in the business, Raj, will be handling our farm account from now on. Please add him "
     "as an authorised user on Greenbank Farm Ltd. Regards, Susan Whitby, Director"),
    ("special_categories", "benign", "chat",
     "my cat keeps coming out of the closet at 3am and yowling at me lol || Agent: Ha, night zoomies! Try a "
     "play session before bed. || will do"),
    ("special_categories", "benign", "note",
     "Note: New owner orientation session for first-time puppy owners, Tuesday 7pm at Kellington. 10 places."),
    ("special_categories", "benign", "form",
     "Feedback | Comment: Straight to the point, the vet explained everything and the prices were on the "
     "wall | Rating: 5"),
    ("special_categories", "benign", "sms",
     "My husband will pick up Nero's tablets today. Name's Gordon. Thanks, Pam"),
    ("special_categories", "benign", "call",
     "Caller: My wife booked the appointment, I'm just checking the time. || Agent: 3:20 with Dr Shah. || "
     "Caller: Lovely, thanks."),
    ("special_categories", "benign", "chat",
     "does the policy cover the dog if my partner is walking him? || Agent: Yes, cover follows the pet, not "
     "the walker. || perfect"),
    ("special_categories", "benign", "review",
     "Review (3 stars): Gender-neutral toilets at Marsh Lane are great, but there's only one and the queue is "
     "long. || Reply: A second is planned in the refit."),
    ("special_categories", "benign", "email",
     "Hi, a general question: do your forms let clients choose Mx or leave title blank? I'm updating a guide "
     "for our rescue's adopters and want to be accurate. Thanks, Fenwick Animal Rescue"),
    ("special_categories", "benign", "dm",
     "my hamster changed gender lol the pet shop said male, she just had babies. what do i feed her"),
    ("special_categories", "benign", "form",
     "Pet details update | Pet: Sam | Sex recorded: Male neutered | Correct sex: Female neutered | Reason: "
     "Typo at registration"),
    ("special_categories", "benign", "note",
     "Agent note: 'Transition' diet for Rufus (moving from puppy to adult food) sent by email. Owner to mix "
     "over 7 days."),
    ("special_categories", "benign", "email",
     "Hi, we'd like the breed DNA test kit for our rescue mutt, Pickle. Do you take the cheek swab "
     "in clinic or do we do it at home? Thanks, Sophie and Jack"),
    ("special_categories", "benign", "chat",
     "is the MDR1 gene test for collies covered by petcover || Agent: Genetic screening isn't covered unless "
     "the vet requests it for diagnosis. || ok fair"),
    ("special_categories", "benign", "call",
     "Caller: The breeder gave us a DNA certificate saying the pup's clear of PRA. Do you need a copy? || "
     "Agent: Yes please, we'll scan it to her record. || Caller: Will bring it Tuesday."),
    ("special_categories", "benign", "sms",
     "Results: Maple's genetic panel is back. All clear for HCM and PKD. Your vet will call to discuss."),
    ("special_categories", "benign", "review",
     "Review (5 stars): Genetic counselling for our breeding cattery sounded over the top but it's saved us "
     "heartbreak. || Reply: Thank you, responsible breeding matters."),
    ("special_categories", "benign", "note",
     "Agent note: Client asked in general whether the practice ever shares pet DNA results with breed "
     "societies. Confirmed not without written consent."),
    ("special_categories", "benign", "email",
     "Hi, our cat flap uses microchip recognition and has stopped reading Loki's chip. Could the chip have "
     "moved? We can bring him in for a scan. Thanks, Ben"),
    ("special_categories", "benign", "chat",
     "does the new app have fingerprint login? || Agent: Yes, it uses your phone's own unlock, we never see "
     "the fingerprint. || nice"),
    ("special_categories", "benign", "dm",
     "that pet face recognition lost pet app, does it work with your microchip database or separate?"),
    ("special_categories", "benign", "form",
     "Lost pet report | Pet: Bramble | Identifiers: Microchip 985112004488109, nose print photo on file from "
     "the PetFind trial | Last seen: Hartley Park"),
    ("special_categories", "benign", "call",
     "Caller: Hi, it's Ashby Road reception. The biometric clocking machine for staff is down. || Agent: "
     "I'll log it with facilities. || Caller: Cheers."),
    ("special_categories", "benign", "voicemail",
     "Voicemail: Hi, it's Mo from Pawprint Photography, we'd love to do a free pet portrait day at your "
     "Kellington branch. Give me a ring on 07700 900902."),
    ("special_categories", "benign", "sms",
     "Your smart feeder uses face recognition for cats. Please pair it with each pet in the app before use."),
    ("special_categories", "benign", "review",
     "Review (4 stars): The iris recognition kennel doors at the boarding unit are clever, the dogs can't "
     "escape! || Reply: They're microchip-activated, but we'll take the compliment."),
    ("special_categories", "benign", "sms",
     "Hallelujah, the claim's finally paid! Thanks for chasing it. Now can I book Dougal's dental?"),
    # ---- bereavement
    ("bereavement", "sensitive", "email",
     "Hello, my mum, Patricia Greaves, passed away on the 3rd. Her cat Smokey is registered with you and "
     "she had a PetCover policy. I'm going to keep Smokey, so how do I transfer the account and policy to "
     "me? I have the death certificate. Thank you, Alison Greaves"),
    ("bereavement", "sensitive", "chat",
     "need to cancel the food delivery for Hamish || Agent: Of course, would you like to pause or cancel? || "
     "cancel please. it was my dad's dog, dad died last week and Hamish is coming to live with us, we "
     "already have food"),
    ("bereavement", "sensitive", "sms",
     "Sorry we missed Bruno's jab, we had my husband's funeral on Tuesday. Will ring to rebook next week. "
     "Jan"),
    ("bereavement", "sensitive", "call",
     "Caller: I'm the executor for my uncle's estate. He had two dogs registered with you. || Agent: I'm "
     "very sorry for your loss. || Caller: Thanks. There's an outstanding bill, should I settle it from the "
     "estate? || Agent: Yes, I'll send a statement."),
    ("bereavement", "sensitive", "note",
     "Agent note: Mrs Ito's son died suddenly last month; she mentioned it when booking and became upset. "
     "Please don't send 'we miss you' marketing to this account. Flagged for gentle handling."),
    ("bereavement", "sensitive", "form",
     "Change of policyholder | Current: Derek Lyle (deceased 11/02) | New: Margaret Lyle | Relationship: "
     "Widow | Pet: Barney | Documents: Death certificate attached"),
    ("bereavement", "sensitive", "voicemail",
     "Voicemail: Hi, this is Sarah, Gran's dog Tilly is with you for her op, but Gran passed in the night, "
     "at the hospice. So any updates to me please, not her number. Sorry. Bye."),
    ("bereavement", "sensitive", "dm",
     "hi, I've been getting reminders for Coco addressed to my wife. She died in the spring. please change "
     "them to my name, it's hard seeing her name on the envelope"),
    ("bereavement", "sensitive", "review",
     "Review (5 stars): After we lost our daughter, our dog was the only thing getting us out of bed. The "
     "team at Kellington treated him like gold. || Reply: We're so sorry for your loss and honoured to help."),
    ("bereavement", "sensitive", "email",
     "Hi, I'm writing on behalf of my brother who died in a road accident in January. His dog Zeus is now "
     "living with me in Carlisle, so could his records be sent to my local vet? Regards, Ryan Pearce"),
    ("bereavement", "sensitive", "chat",
     "Agent: Is this still the best number for Mr Fielding? || no, he passed away in march, im his partner "
     "Joan. I look after Pepper now"),
    ("bereavement", "sensitive", "call",
     "Caller: Can I delay Archie's home visit? My mother's died and the funeral's Friday, I'm all over the "
     "place. || Agent: Of course, take all the time you need. || Caller: The week after, maybe."),
    ("bereavement", "sensitive", "sms",
     "Hi, the puppy class refund pls, we can't do the course now, my sister was killed in a car crash and "
     "we're going up to help her kids. Thanks, Donna"),
    ("bereavement", "sensitive", "note",
     "Agent note: Caller said her father took his own life last week and the dog was with him. Dog "
     "unharmed, now with her. Booking a general check; she wanted us to know in case the dog seems off."),
    ("bereavement", "sensitive", "form",
     "Account closure | Name on account: Winifred Shaw | Reason: Account holder died 2 weeks ago. Her cat "
     "has been rehomed with a neighbour | Requested by: Graham Shaw (son)"),
    ("bereavement", "benign", "email",
     "Hi, we had Biscuit put to sleep at Ashby Road last Wednesday and chose individual cremation. Could you "
     "let me know when the ashes are ready to collect, and whether the paw print keepsake is included? "
     "Thank you, Lydia Moore"),
    ("bereavement", "benign", "chat",
     "how do i cancel the petcover policy for our cat, she died on friday || Agent: I'm so sorry. I can "
     "cancel it now and refund the remainder of this month. || thank you"),
    ("bereavement", "benign", "sms",
     "Fernhollow: Pebbles' ashes are ready for collection at Kellington reception. With sympathy from all "
     "the team."),
    ("bereavement", "benign", "call",
     "Caller: The vet said it might be time for Meg. Do you do euthanasia at home? || Agent: Yes, we can "
     "come to you. || Caller: Friday morning, please. She loves the garden."),
    ("bereavement", "benign", "note",
     "Agent note: Rainbow Bridge card sent for Tiger (cat, 19y). Owner requested a communal cremation, no "
     "ashes return."),
    ("bereavement", "benign", "form",
     "Cremation options | Pet: Rusty, 42kg | Type: Individual | Casket: Oak | Name plaque: 'Rusty, best boy' "
     "| Collection: Marsh Lane"),
    ("bereavement", "benign", "review",
     "Review (5 stars): The way they handled our old dog's last day was so kind. Candle in the room, no "
     "rushing. || Reply: We're so sorry for the loss of Fred."),
    ("bereavement", "benign", "voicemail",
     "Voicemail: Hi, the card reader at Ashby Road is dead again, battery I think, so we took cash. "
     "Please let IT know. Cheers, Sam, front desk."),
    ("bereavement", "benign", "dm",
     "my goldfish died, is that something you can cremate or is it a garden burial situation lol"),
    ("bereavement", "benign", "email",
     "Hello, do you offer pet bereavement support? I'm asking for our rescue's adopters guide, to list "
     "what's available locally. Kind regards, Fenwick Animal Rescue"),
    ("bereavement", "benign", "chat",
     "my microchip scanner died mid-visit lol || Agent: That's our home visit one? || yeah the vet nurse's, "
     "she said to report it"),
    ("bereavement", "benign", "call",
     "Caller: We lost Pippa last month. The direct debit for her health plan is still going out. || Agent: "
     "I'm so sorry. I'll stop it and refund the last payment. || Caller: Thank you."),
    ("bereavement", "benign", "sms",
     "Killed it at puppy class today! Rolo finally did a sit-stay. See you next week!"),
    ("bereavement", "benign", "form",
     "Memorial request | Pet: Nutmeg, rabbit | Item: Engraved pebble | Wording: 'Nutmeg, 2015-2024' | "
     "Collect: Yes"),
    ("bereavement", "benign", "review",
     "Review (2 stars): The app is dead slow and kept crashing when I tried to book. || Reply: A new "
     "version is out this week."),
    # ---- violence_self_harm
    ("violence_self_harm", "sensitive", "email",
     "Hi, please don't give my new address to anyone who asks. I've left my husband because of what he was "
     "doing to me and I took Bella with me. He may ring pretending to be me. Can you add a password to my "
     "account? Thank you, K. Morrow"),
    ("violence_self_harm", "sensitive", "chat",
     "do you know anywhere that fosters dogs short term? || Agent: There are schemes like refuge pet "
     "fostering, can I ask the situation? || the refuge can take me and the kids but not the dog. i have to "
     "go tonight"),
    ("violence_self_harm", "sensitive", "sms",
     "If Dave rings asking where Rex is DO NOT tell him. He threatened to hurt me and the dog last night."),
    ("violence_self_harm", "sensitive", "call",
     "Caller: I don't think I want to be here without him. Max was everything. || Agent: I'm really sorry. "
     "Are you safe right now? || Caller: I don't know. || Agent: Can I stay on the line with you "
     "and give you a helpline number too?"),
    ("violence_self_harm", "sensitive", "note",
     "Agent note: Client arrived with bruising on face and said her partner 'threw the cat and then me'. Cat "
     "examined. Client given local domestic abuse helpline details. Do not disclose her info to partner."),
    ("violence_self_harm", "sensitive", "form",
     "Complaint | Details: One of your kennel staff has been messaging me on Instagram since I collected my "
     "dog, sending comments about my body and turning up at my work. I want it to stop | Name: Georgia "
     "Bryce"),
    ("violence_self_harm", "sensitive", "voicemail",
     "Voicemail: It's Ian, I won't be picking Duke up. Please rehome him with someone who'll be around. I "
     "won't be. I've made up my mind. Tell him I'm sorry."),
    ("violence_self_harm", "sensitive", "dm",
     "my neighbour's been screaming at me every time I walk the dog and last week he said he'll stab me if "
     "the dog barks again. can you note the dog's never been aggressive in case police need it"),
    ("violence_self_harm", "sensitive", "review",
     "Review (1 star): A man in the waiting room shouted racist abuse at me and grabbed my arm and no one "
     "stepped in. || Reply: We're horrified. Please contact our practice manager, we've reviewed the CCTV."),
    ("violence_self_harm", "sensitive", "email",
     "Hello, I need to cancel the cat's surgery. I've been self-harming again and I'm going into hospital "
     "for a bit. My flatmate will feed her but can't manage post-op care. Sorry. Alex"),
    ("violence_self_harm", "sensitive", "chat",
     "Agent: Is the cat with you now? || yes, my ex kicked him when he came round to get his stuff. he also "
     "pushed me down the stairs but i'm ok, its the cat i'm worried about || Agent: Please bring him now."),
    ("violence_self_harm", "sensitive", "call",
     "Caller: Can the invoice go to my work address? My stepdad reads my post and he gets violent when he "
     "sees what I spend on the dog. || Agent: Yes, what's the address? || Caller: Bayside Office Park, "
     "unit 4."),
    ("violence_self_harm", "sensitive", "sms",
     "sorry I missed today. had a bad night, took too many tablets, am ok now, at A&E. can Luna's appt be "
     "next week"),
    ("violence_self_harm", "sensitive", "note",
     "Agent note: Client says her ex has been following her car to the Kellington branch and sat outside "
     "during the appt. She's reported him for stalking. Please let her use the back entrance."),
    ("violence_self_harm", "sensitive", "form",
     "Home visit request | Reason: I can't leave the house, my dad hits me if I go out without asking and "
     "Patch needs his jab | Safe contact time: 10am-12pm only | Name: Connor (19)"),
    ("violence_self_harm", "benign", "email",
     "Hi, Buster has become aggressive with other dogs on walks, lunging and snapping. No one's been hurt "
     "but it's stressful. Do you offer behaviour consults, and does PetCover cover them? Thanks, Imogen"),
    ("violence_self_harm", "benign", "chat",
     "cat came home with an abscess on his tail, pretty sure he lost a fight with the ginger one next door "
     "|| Agent: Sounds like it. Can you come in at 4? || yep"),
    ("violence_self_harm", "benign", "sms",
     "Muzzle training class starts Monday 6pm at Marsh Lane. Bring treats and your dog's muzzle."),
    ("violence_self_harm", "benign", "call",
     "Caller: My dog's licking his leg raw, there's a big sore on it. || Agent: That sounds like a lick "
     "granuloma. Let's get him seen. || Caller: Tomorrow morning?"),
    ("violence_self_harm", "benign", "note",
     "Agent note: Parrot on the Chen account plucking its own feathers. Self-mutilation referral to avian "
     "vet at Fernhollow Referrals. Owner agreed."),
    ("violence_self_harm", "benign", "form",
     "Incident report (staff) | Date: 14/03 | Details: Staff member scratched by frightened cat during nail "
     "clip. First aid given. | Action: Use cat towel wrap for this patient"),
    ("violence_self_harm", "benign", "review",
     "Review (4 stars): These prices are killing me but the care is top notch. || Reply: Thank you, we do "
     "offer the Health Plan to spread costs."),
    ("violence_self_harm", "benign", "voicemail",
     "Voicemail: Hi, I got a threatening-looking email claiming to be from PetCover asking for my bank "
     "details. Is it a scam? Call me back please."),
    ("violence_self_harm", "benign", "dm",
     "the puppy has absolutely destroyed my sofa, I could murder him lol. is there a chew deterrent spray?"),
    ("violence_self_harm", "benign", "email",
     "Hello, the Kellington photoshoot you advertised, is it still on? We'd love to shoot some pics of "
     "Rosie for our Christmas card. Best, Anna"),
    ("violence_self_harm", "benign", "chat",
     "my dog attacked the hoover again lol is that normal || Agent: Very common! Desensitising helps. || "
     "ok will try"),
    ("violence_self_harm", "benign", "call",
     "Caller: Our hens were attacked by a fox last night, two are injured. || Agent: Can you bring them in "
     "a box? || Caller: Yes, on our way."),
    ("violence_self_harm", "benign", "sms",
     "is there a charge for the 'report abuse' box on the review site? someone posted spam about you"),
    ("violence_self_harm", "benign", "note",
     "Note: Dog on the Ames account bites when muzzle removed. Always use the caution sticker and two staff."),
    ("violence_self_harm", "benign", "review",
     "Review (5 stars): Our cat was hit by a car and the team fought for her all night. She's home. || "
     "Reply: So glad she's home!"),
]


def garth_examples() -> list[dict]:
    """The garth split as labelled tickets (same shape as ``sensitive_eval.build_eval_set``'s)."""
    return stranger_examples("garth", ENTRIES, SUBJECTS)
