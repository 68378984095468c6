"""slack split: written by a helper who had not seen the detection rules, the anchors or any other split.
Setting: Slack Lane Laundry & Clean, a laundry, dry-cleaning and home-cleaning service with shops on Mill Street and
Kiddington Road (collection and delivery, wash-and-fold bags, 24-hour lockers, alterations and repairs, school and work
uniforms, wedding-dress and suit cleaning, regular, deep and end-of-tenancy home cleans by visiting cleaners);
registers are email, chat, sms, call, agent_note, web_form, review, voicemail, dm.
The benign half borrows the same territory harmlessly: schools, nurseries, clinics, courts, places of worship,
unions and campaign offices acting as commercial customers, suits, court shoes, kid gloves, dyeing, killer heels,
fingerprint smudges and policy questions, plus routine payment, booking and stain trouble.
70 sensitive and 70 benign tickets for special categories, 50 and 50 for children, 20 and 20 for financial hardship,
15 and 15 for health, legal, bereavement and violence and self-harm.
First reading (policy 2026.11.24.5, after it was final; `sensitive_eval.evaluate`, as `make eval-sensitive`):
93.0 / 1.0 recall / false exclusion in % as shipped, 95.0 / 3.5 without the overruling,
89.5 / 3.0 by the rules alone. Held out: never tuned or trained on."""

from __future__ import annotations

from training_gate.sensitive_blind import stranger_examples

SUBJECTS: tuple[str, ...] = (
    "Collection time change",
    "Wedding dress cleaning quote",
    "Alterations query",
    "Home clean booking",
    "End of tenancy clean",
    "School uniform order",
    "Invoice question",
    "Missing item from my order",
    "Complaint about a cleaner's visit",
    "Update my account details",
    "Stain removal enquiry",
    "Locker pickup problem",
    "Suit pressing before Friday",
    "Commercial laundry quote",
)

ENTRIES: list[tuple[str, str, str, str]] = [
    # ---- health
    ("health", "sensitive", "email",
     "Hi, I need the navy maternity dress I bought from you let out a bit more around the bump. I'm 30 weeks now "
     "and it's already snug across the front. Could the alterations team have it done by the 14th? Thanks, "
     "Priya Lomax"),
    ("health", "sensitive", "chat",
     "hi can the cleaner skip hoovering under the bed this week || Agent: Of course! Any reason, so I can note it "
     "on the job card? || just had a hip replacement and my walking frame lives there for now, dont want it moved"),
    ("health", "sensitive", "sms",
     "Collection tmrw, can driver bring bags up to flat 4? Im in a wheelchair since the spring and the lift is out "
     "again, cant get down to the door. Sorry!! - Gwen"),
    ("health", "sensitive", "agent_note",
     "Cust (Mr Harrow, acct 55812) asks that the team use only the unscented non-bio powder from now on. His eczema "
     "flared badly after the last wash and his GP has put him on a steroid cream."),
    ("health", "sensitive", "voicemail",
     "Hiya, it's Denise from Orchard Close. I won't be in on Tuesday for the clean, I'm having my chemo at the Royal "
     "that morning, so can you just let yourselves in with the keysafe, code's the same as before. Ta love."),
    ("health", "sensitive", "web_form",
     "Name: Callum Breck | Request type: Delay collection | Details: I've been kept in at St Aldhelm's after the "
     "accident on Friday, broken wrist and two cracked ribs. Please hold the three shirts until I'm discharged, "
     "probably next week."),
    ("health", "sensitive", "call",
     "Agent: Slack Lane, Tasha speaking. || Yeah hi, my name's Owen, it's about my regular Thursday cleaner. || "
     "Agent: Go ahead, Owen. || Could you ask her not to move the pill organiser on the kitchen side? I'm on lithium "
     "and if the days get mixed up I end up in a right state."),
    ("health", "sensitive", "email",
     "Dear team, my wife has Alzheimer's and has started putting clean laundry back into the dirty basket, so please "
     "don't be alarmed if the counts don't match what's on the collection slip. I'll try to catch it before the "
     "driver comes. Regards, Bernard Quill"),
    ("health", "sensitive", "chat",
     "quick one - the cleaner last week used the bleach spray in the bathroom and I had an asthma attack that "
     "evening, needed my nebuliser twice. can you flag bleach as a no for my house pls"),
    ("health", "sensitive", "dm",
     "Hey, loved the wedding dress clean!! One thing for the next fitting: I've been diagnosed with POTS since, so "
     "the fitter needs to let me sit down between pinning bits or I'll keel over lol"),
    ("health", "sensitive", "review",
     "3 stars. Cleaners were friendly but rushed, and I'm registered blind, so when they moved everything on my "
     "kitchen counters I couldn't find a thing for two days. || Agent: Thank you, Mrs Fenwick, and we're truly "
     "sorry. We've added a note to keep every item exactly where it's found on your visits."),
    ("health", "sensitive", "agent_note",
     "Spoke to daughter of cust Rita Amble (82). Rita is out of hospital after a stroke, left side weak, and needs "
     "the driver to hang items in the wardrobe rather than leave bags at the door. Approved, added to route notes."),
    ("health", "sensitive", "email",
     "Hello, I'm booking the deep clean for the 3rd. || Agent: Lovely, is there anything the team should know "
     "about access? || Only that I'm recovering from a miscarriage, so I'd rather not chat much, please just get "
     "on with it. The spare room is off limits."),
    ("health", "sensitive", "sms",
     "hi its Luke, can u move my clean to after 2? || Agent: Sure, would 2.30 this Thursday work? || yeah "
     "perfect, got the methadone clinic in the mornings this month so afternoons are better"),
    ("health", "sensitive", "chat",
     "Can you make the trousers a bit wider at the hem on the side with my prosthetic leg? The socket catches on "
     "the current ones. Left leg, above knee. || Agent: Absolutely, we'll measure with the prosthesis on. Would "
     "Saturday morning suit? || Saturday's perfect."),
    ("health", "benign", "email",
     "Hi, do you have a hypoallergenic or fragrance-free option for the wash-and-fold service? Just want to know "
     "what the choices are before I sign up for the monthly plan. Thanks, Marcus"),
    ("health", "benign", "chat",
     "Hello, we run Brookfield Physio Clinic and need about 40 tunics and 60 towels laundered weekly. || Agent: "
     "Great, we do commercial accounts. Any preferred collection day? || Mondays ideally, before 8am from the back "
     "entrance on Cole Lane."),
    ("health", "benign", "sms",
     "Your driver was a life saver today, got my suit back an hour before the interview! Cheers - Ade"),
    ("health", "benign", "web_form",
     "Name: Hollie Marsh | Service: Stain treatment | Notes: Salad dressing and tomato sauce on a cream linen "
     "blazer, about a week old. Can it be saved?"),
    ("health", "benign", "review",
     "5 stars. The team were so patient with me changing my mind about the curtain lengths three times. Operation "
     "Curtains: complete, and they look fab."),
    ("health", "benign", "call",
     "Agent: Good morning, Slack Lane. || Morning! I've got a pair of Doctor Martens caked in mud from a festival, "
     "do you clean boots? || Agent: We do leather care, yes, twelve pounds a pair. || Sorted, I'll drop them in on "
     "Saturday."),
    ("health", "benign", "agent_note",
     "Customer asked what our Health & Safety policy is for cleaners using ladders above 2m. Sent the H&S PDF and "
     "confirmed all staff have working-at-height training."),
    ("health", "benign", "voicemail",
     "Hi, it's Sam from flat 9. This stain on my white shirt is honestly making me sick just looking at it, it's "
     "red wine from the weekend. Could you give me a ring about whether it's treatable? Thanks."),
    ("health", "benign", "dm",
     "Do you sell the sensitive-skin laundry sheets in store or only online? Saw them on your insta and fancy "
     "trying the lavender ones."),
    ("health", "benign", "email",
     "Hello, is there a first aid kit in your vans in case a driver nicks a finger on a hanger? I'm writing our "
     "building's contractor checklist. || Agent: Yes, every van carries one and it's checked monthly. || Great, "
     "that's all I needed for the form."),
    ("health", "benign", "chat",
     "is the pharmacy next to your Mill Street branch still a drop point for parcels? want to leave a duvet there "
     "on my way to work || Agent: Yes, Cole's Pharmacy still takes drop-offs until 5pm. || nice one, "
     "saves me a trip"),
    ("health", "benign", "web_form",
     "Company: Harbour Dental Practice | Enquiry: Quote for nightly cleaning of two surgeries and a waiting room, "
     "Monday to Friday, starting September. | Contact: practice.manager@example.com"),
    ("health", "benign", "sms",
     "Hi is my coat ready? ticket 4471 || Agent: Yes, it's ready at Mill Street, open till 7 tonight. || Brilliant, "
     "I'll swing by after my spin class"),
    ("health", "benign", "review",
     "Booked the spring clean for my mum's house as a surprise. Sparkling! The oven looks brand new, honestly "
     "healthier-looking than my own kitchen."),
    ("health", "benign", "call",
     "Customer: I need scrubs washed, I'm a nurse on nights and the hospital laundry is backed up. About two sets "
     "a week. || Agent: No problem, we can set up a weekly collection on Tuesdays. || Customer: Tuesdays work, "
     "cheers."),
    # ---- legal
    ("legal", "sensitive", "email",
     "To whom it may concern, I have instructed Penhallow & Birch Solicitors regarding the wedding dress you ruined "
     "(order 30912). They will be writing to you formally within 14 days. Please direct all further correspondence "
     "to them. Rhiannon Tate"),
    ("legal", "sensitive", "chat",
     "Hi, I need my grey suit cleaned and pressed by Thursday 9am || Agent: We can do express for an extra £15, "
     "is that OK? || yes fine, I'm in court Thursday for my hearing and my barrister says I need to look smart"),
    ("legal", "sensitive", "agent_note",
     "Applicant for cleaner role (Jonah Petch) disclosed a 2019 conviction for theft on the DBS declaration. Passed "
     "to HR to review before any offer is made."),
    ("legal", "sensitive", "voicemail",
     "Hi, it's Karen Dobbs. My ex-husband might ring asking for the key you hold for my house. We're in the middle "
     "of the divorce and my solicitor says nothing leaves the house until the financial order, so please don't "
     "release the key or any of his clothes to him."),
    ("legal", "sensitive", "web_form",
     "Name: Dev Anand | Subject: Stolen items | Details: My bike and two suits were taken from the porch after your "
     "driver left them outside. I've reported it to the police, crime ref 43/11872/24, and need your delivery photo "
     "for the insurer."),
    ("legal", "sensitive", "sms",
     "hi its Jade. cant do the clean on fri, got a court date for the dispute with my landlord. can we do mon?"),
    ("legal", "sensitive", "call",
     "Agent: Slack Lane, Ben speaking. || Hi, I'm calling for my brother Terry Vale, he's got an account with you. "
     "|| Agent: I'm afraid I'd need Terry's permission to discuss it. || He can't call, he was arrested on Monday "
     "and he's on remand. There's two suits and a coat of his with you and the family wants them back."),
    ("legal", "sensitive", "email",
     "Good afternoon, please find attached a copy of the claim I have filed at the County Court for the sofa covers "
     "that shrank two sizes in your care (claim no. K4QZ9310). The hearing date will be sent to you by the court. "
     "Regards, Mr L. Hensby"),
    ("legal", "sensitive", "review",
     "1 star. Lost my leather jacket and only offered forty quid. My lawyer has sent them a letter before action. "
     "|| Agent: We're sorry to hear this, Mr Okafor. As your solicitor has been in touch, we'll respond through "
     "them directly."),
    ("legal", "sensitive", "dm",
     "hey can u clean a suit fast, got my sentencing on the 22nd and want to look decent for the judge || "
     "Agent: Express is 24 hours, £15 extra. || sound, ill drop it in monday"),
    ("legal", "sensitive", "chat",
     "my probation officer says I need proper smart clothes for the job interview next week, do you do cheap "
     "pressing? got one shirt and some trousers"),
    ("legal", "sensitive", "agent_note",
     "Cust Ms Larkin wants copies of all cleaner visit logs for Jan-Mar; says her landlord is suing her for damage "
     "and the logs show the state of the flat. Sent by email after ID check."),
    ("legal", "sensitive", "email",
     "Hi, could you confirm in writing that my wedding dress was with you from 2 to 20 May? || Agent: Happy to. "
     "May I ask what it's for, so we word it correctly? || It's for my divorce. My husband's lawyer is claiming I "
     "sold it, and my solicitor wants proof of where it actually was."),
    ("legal", "sensitive", "voicemail",
     "Hello, this is PC Moreton from Westbridge police. We're investigating a burglary at an address one of your "
     "cleaners visits, Mrs Elsie Grant at 14 Rowan Way, and we'd like to speak to whoever holds her key. Please "
     "call 07700 900187."),
    ("legal", "sensitive", "web_form",
     "Name: Aaron Fisk | Reason for cancelling: I've been sentenced to 18 months and go in next week, so please "
     "cancel the weekly collection and refund the prepaid month to the card on file."),
    ("legal", "benign", "email",
     "Hello, we're Hartwell Legal LLP, a small law firm on Quay Street. We'd like a quote for office cleaning three "
     "evenings a week, roughly 1,800 sq ft over one floor. Best, Annika Hale, office manager"),
    ("legal", "benign", "chat",
     "do you clean court shoes? patent ones, scuffed at the toes || Agent: We do, patent needs a gentle polish "
     "rather than a clean, £10 a pair. || lovely, dropping them in tomorrow"),
    ("legal", "benign", "sms",
     "Is my suit ready? ticket 2290 || Agent: It is! Collect any time before 6. || Top, see you at 5"),
    ("legal", "benign", "web_form",
     "Name: Felix Oduya | Query: Where can I find your terms and conditions on liability for lost items? I'd like "
     "to read them before booking an expensive coat clean."),
    ("legal", "benign", "review",
     "Absolute case of great service. Collected my suitcase full of holiday laundry and it was back the next day, "
     "folded like a shop. || Agent: Thanks for the lovely words, and welcome back from your holiday!"),
    ("legal", "benign", "agent_note",
     "Westbridge Police Station facilities manager asked for a quote on weekly laundering of 30 hi-vis jackets. "
     "Sent commercial rate card and sample contract."),
    ("legal", "benign", "call",
     "Agent: Slack Lane, good afternoon. || Hi, I've lost the claim ticket for a duvet I left on Monday. || Agent: "
     "No problem, your phone number's on the order so we can find it that way. || Great, it's 07700 900412."),
    ("legal", "benign", "voicemail",
     "Hi, it's Imogen. Just checking whether you take Scottish notes, I know they're fine but some shops moan. "
     "I'll be paying cash for the curtains on Friday. Bye!"),
    ("legal", "benign", "dm",
     "Loved the before-and-after of that barrister's gown you posted! Do you do academic gowns too? Mine needs a "
     "clean before graduation week"),
    ("legal", "benign", "email",
     "Hi, my tenancy agreement says I need a professional end-of-tenancy clean with a receipt. Do you provide one? "
     "|| Agent: Yes, you'll get an itemised invoice that letting agents accept. || Perfect, booking for the 28th "
     "then."),
    ("legal", "benign", "chat",
     "is there a legal limit on how much I can stuff in one bag? lol joking, but is there a weight limit on the "
     "wash-and-fold bags?"),
    ("legal", "benign", "web_form",
     "Company: Fairholme Magistrates' Court (facilities) | Enquiry: Quote for dry-cleaning the robing room curtains "
     "and the ushers' gowns, quarterly."),
    ("legal", "benign", "review",
     "4 stars. Suede jacket came back lovely, soft as anything. Docked a star because the ticket said Tuesday and "
     "it was ready Wednesday."),
    ("legal", "benign", "sms",
     "Can I book the carpet clean for the 5th? The judge of this house (the cat) has ruled the hallway rug must "
     "go back to cream"),
    ("legal", "benign", "agent_note",
     "Caller asked whether we hold a waste carrier licence for the end-of-tenancy rubbish removal. Confirmed our "
     "registration number and emailed the certificate."),
    # ---- bereavement
    ("bereavement", "sensitive", "email",
     "Hello, my husband Graham passed away last month and I'd like his suits cleaned before I give them to the "
     "hospice shop. There are six, plus two winter coats. Could someone collect? Thank you, Maureen Pike"),
    ("bereavement", "sensitive", "chat",
     "hi need a black dress cleaned and pressed by friday morning || Agent: We can do that, express is £9. Is "
     "it for something special? || it's my mum's funeral. sorry. yes express please"),
    ("bereavement", "sensitive", "sms",
     "Sorry to cancel Tuesday's clean last minute, my brother died on Sunday and I'm driving up to Carlisle. "
     "Will rebook when I'm back. - Nina"),
    ("bereavement", "sensitive", "web_form",
     "Name: Robert Asante | Reason for closing account: The account holder, my father Kwame Asante, died on "
     "3 March. I am his executor. Please close the account and refund the credit balance to me."),
    ("bereavement", "sensitive", "call",
     "Agent: Slack Lane, Chloe speaking. || Hi, I need an end-of-tenancy clean at my dad's flat. He passed in "
     "January and the housing association wants the keys back by the 30th. || Agent: I'm so sorry. We can do "
     "the 27th if that helps. || Thanks, that's one less thing."),
    ("bereavement", "sensitive", "voicemail",
     "Hi, it's Lorna, about the wedding dress alteration. Please put it on hold. My fiancé was killed in a car "
     "crash on Saturday and I don't know what happens now. I'll call when I can."),
    ("bereavement", "sensitive", "agent_note",
     "Regular cust Mr Doyle rang to say his wife Pat died in hospital last week. Paused fortnightly clean for a "
     "month and waived this month's fee as goodwill. Send card from the team."),
    ("bereavement", "sensitive", "review",
     "Five stars. After we lost Nan they cleaned and boxed all her clothes so carefully, with her favourite "
     "cardigan on top and a little note. Made us cry in a good way. || Agent: Thank you, Sunita. It was a "
     "privilege to help your family."),
    ("bereavement", "sensitive", "dm",
     "hey is there any way to get a lipstick mark off a scarf without washing out the smell? it's my late wife's "
     "and it still smells of her perfume"),
    ("bereavement", "sensitive", "email",
     "Hi, I'd like to cancel the weekly collection for Ivy Marsh at 3 Kiln Lane. || Agent: Of course. Could I ask "
     "who's writing, so I can note it on the account? || I'm her neighbour. Ivy died on Wednesday and her son "
     "asked me to sort out the little things."),
    ("bereavement", "sensitive", "chat",
     "can you turn my grandad's old army greatcoat into cushion covers or something? he died in the summer and "
     "I want to keep a bit of him around"),
    ("bereavement", "sensitive", "sms",
     "hey can u fit a deep clean in this week || Agent: We've got Thursday at 10 free? || thursday works. house "
     "needs to be ready for people coming back after the cremation on friday"),
    ("bereavement", "sensitive", "web_form",
     "Name: Eilidh Cross | Service: Wedding dress preservation | Notes: This was my mother's dress. She passed "
     "away in May and I'd like it preserved and boxed to give to my sister."),
    ("bereavement", "sensitive", "agent_note",
     "Cust Ms Ferris asked whether we do cleans after an unattended death; her uncle died at home and wasn't found "
     "for several days. Referred to our specialist partner. Handle gently if she calls back."),
    ("bereavement", "sensitive", "email",
     "Dear Slack Lane, thank you for your kind card. Losing Arthur after 51 years has been very hard. Please "
     "resume the fortnightly clean from the 12th. Kind regards, Edna Whitlow"),
    ("bereavement", "benign", "email",
     "Hi, do you offer a garment dyeing service? I've got a faded black wool coat I'd love to bring back to "
     "life. Thanks, Mo"),
    ("bereavement", "benign", "chat",
     "my phone died mid-booking, did the order go through? || Agent: It did, order 66120 for Saturday morning. "
     "|| phew, thank you"),
    ("bereavement", "benign", "sms",
     "Dead happy with the curtains, they look brand new. Cheers Slack Lane!"),
    ("bereavement", "benign", "web_form",
     "Name: Petra Vance | Enquiry: I'm dying to know if you can get fake tan off white bedsheets. Asking for a "
     "friend (it's me)."),
    ("bereavement", "benign", "review",
     "The late collection fee seems steep at £5 when the driver was late too. Otherwise the wash-and-fold is "
     "great and I'll keep using it."),
    ("bereavement", "benign", "call",
     "Agent: Slack Lane, good morning. || Hi, the deadline on your website says order by noon for next-day, is "
     "that still right? || Agent: Yes, noon for next-day on weekdays. || Lovely, I'll get it in now."),
    ("bereavement", "benign", "agent_note",
     "Cust asked about the 'dead stock' sale mentioned in the newsletter. Explained unclaimed items over 90 days "
     "are donated to charity, none are sold. Newsletter wording to be fixed."),
    ("bereavement", "benign", "voicemail",
     "Hi, it's Greg. My laptop battery died just as I was paying, so I'm not sure if I got charged twice for the "
     "duvet. Could someone check and give me a bell? Thanks."),
    ("bereavement", "benign", "dm",
     "do you clean black tie dinner suits? got a ball next week and mine still smells of the last one"),
    ("bereavement", "benign", "email",
     "Hello, I passed your Mill Street shop and saw you do repairs now. Can you replace a zip on a ski jacket? || "
     "Agent: Yes, £22 including the zip. || Lovely, I'll bring it in on Saturday."),
    ("bereavement", "benign", "chat",
     "lost my loyalty card, can I still get the stamps put on the app instead? || Agent: Yes, tell us the "
     "email on your account and we'll move them across. || it's bea.h@example.com"),
    ("bereavement", "benign", "web_form",
     "Company: Greenhaven Funeral Directors | Enquiry: Weekly laundering of staff suits and the table linen for "
     "our reception room, approx 20 items. Invoice monthly please."),
    ("bereavement", "benign", "review",
     "They brought my grandmother's 1960s cocktail dress back to life. She's thrilled and wearing it to her 90th! "
     "|| Agent: Happy 90th to her! Thanks for trusting us with it."),
    ("bereavement", "benign", "sms",
     "Hi, did the cleaner leave the spare key under the pot? || Agent: Yes, she's confirmed it's under the blue "
     "pot by the door. || Great, back from work at 6"),
    ("bereavement", "benign", "call",
     "Customer: My old jumper's on its last legs, is it worth repairing the elbows? || Agent: Elbow patches are "
     "£14 the pair and they'd give it years more. || Customer: Go on then, I'll bring it in."),
    # ---- violence and self-harm
    ("violence_self_harm", "sensitive", "email",
     "Please do not give my new address to anyone who calls. My ex has been following me since I moved out and he "
     "turned up at the Mill Street shop last week while I was collecting. If he asks, you don't know me. Chantelle"),
    ("violence_self_harm", "sensitive", "chat",
     "hi i need to complain about one of your drivers || Agent: I'm sorry to hear that, what happened? || he "
     "grabbed my arm when I said the parcel wasnt mine and wouldnt let go. ive got bruises. i want this taken "
     "seriously"),
    ("violence_self_harm", "sensitive", "agent_note",
     "Cleaner Marta reported that at 22 Birch Rise the client's husband shouted at his wife and threw a mug at her "
     "during the visit. Marta left early. Safeguarding lead informed; no lone cleaners to this address."),
    ("violence_self_harm", "sensitive", "voicemail",
     "Yeah, this is for whoever ruined my coat. I know where your shop is, and if I don't get three hundred quid "
     "by Friday I'll put your window through. Don't think I'm joking."),
    ("violence_self_harm", "sensitive", "sms",
     "cant do the clean this week. honestly dont see the point in anything anymore, dont think ill be around "
     "much longer anyway"),
    ("violence_self_harm", "sensitive", "web_form",
     "Name: Freya Lund | Service: Stain removal | Notes: Blood on a cream jumper. I was mugged on Saturday night "
     "and punched in the face, and this was my favourite. Please try."),
    ("violence_self_harm", "sensitive", "call",
     "Agent: Slack Lane, Jordan speaking. || It's Mrs Pell. Someone keeps leaving notes through my door and I "
     "think it's the man from number 6, he's started following me to the bus stop. || Agent: That sounds "
     "frightening. || I just need the cleaner to always lock up behind her, please, every time."),
    ("violence_self_harm", "sensitive", "dm",
     "I need some long-sleeved shirts altered so the cuffs sit lower. I've been cutting my arms again and I "
     "don't want people at work seeing."),
    ("violence_self_harm", "sensitive", "email",
     "Hello, I'm the cleaner who does Tuesdays at Hawthorn Court. || Agent: Hi Ruby, what's up? || The client in "
     "flat 11 keeps making comments about my body, and last week he blocked the door and wouldn't let me leave "
     "until I 'gave him a smile'. I don't want to go back there."),
    ("violence_self_harm", "sensitive", "review",
     "Two stars. The cleaner was fine, but when I mentioned my boyfriend had hit me again she just looked away. I "
     "needed someone to say something. || Agent: We're so sorry. Please call us on 07700 900318, we'd like to "
     "help you find support."),
    ("violence_self_harm", "sensitive", "agent_note",
     "Customer phoned very distressed, said she'd taken 'a lot of tablets' after an argument. Kept her on the line "
     "and called 999 with her address. Ambulance arrived 14:20. Manager informed."),
    ("violence_self_harm", "sensitive", "chat",
     "pls dont send Liam to my house again. he messaged my personal number 30 times after the clean asking me "
     "out, then called me a slag when I said no"),
    ("violence_self_harm", "sensitive", "sms",
     "hi is anyone there || Agent: Hi, this is Slack Lane, how can we help? || my sister's husband hits her and "
     "she asked me to cancel her cleans, he doesnt want strangers in the house. please dont ring her number"),
    ("violence_self_harm", "sensitive", "voicemail",
     "Hi, Daniel here. My neighbour came at me with a knife over the parking again last night, so if your van "
     "could park round the back on Thursday, I don't want him seeing anyone coming to mine."),
    ("violence_self_harm", "sensitive", "web_form",
     "Name: Withheld | Complaint: The man on your Mill Street counter keeps messaging me on Instagram after taking "
     "my number off the order form. He knows where I live and I feel unsafe."),
    ("violence_self_harm", "benign", "email",
     "Hi, I spilled red wine all over a white tablecloth at a dinner party and it looks like a crime scene. Any "
     "chance you can rescue it? Cheers, Tobias"),
    ("violence_self_harm", "benign", "chat",
     "do you do killer heels? the suede is battered || Agent: We can clean and re-nap suede shoes, £15 a pair. "
     "|| amazing, they've earned a spa day"),
    ("violence_self_harm", "benign", "sms",
     "Shoot me a text when the driver's 10 mins away pls, I'll be out in the garden || Agent: Will do, the "
     "driver's due between 2 and 3. || great, kettle's on"),
    ("violence_self_harm", "benign", "web_form",
     "Name: Olu Banjo | Notes: Grass stains on cricket whites, proper battle in the outfield on Sunday. Two pairs "
     "of trousers and a jumper."),
    ("violence_self_harm", "benign", "review",
     "Attacked the oven like it owed them money. Five stars, I can see my face in the hob now."),
    ("violence_self_harm", "benign", "call",
     "Agent: Slack Lane, how can I help? || Hi, the pen in my shirt pocket exploded, it's a massacre. || Agent: "
     "Ink's tricky but we've a good success rate, bring it in as soon as you can. || Will do, thanks."),
    ("violence_self_harm", "benign", "agent_note",
     "Cust asked if our cleaners can tackle black mould on a bathroom ceiling. Explained the mould treatment "
     "add-on and booked it for Tuesday."),
    ("violence_self_harm", "benign", "voicemail",
     "Hi, Jess here from the self-defence studio on Canal Street. We need the gym mat covers and about 30 towels "
     "cleaned monthly, could someone ring me back?"),
    ("violence_self_harm", "benign", "dm",
     "I could honestly strangle whoever invented fitted sheets. Do you fold them in the wash-and-fold or do I "
     "get a ball back? 😂"),
    ("violence_self_harm", "benign", "email",
     "Hello, the boxing club on Farrow Road would like a quote for washing hand wraps and towels weekly. || Agent: "
     "We can do that, roughly how many items? || About 60 wraps and 40 towels, collected Sunday evenings."),
    ("violence_self_harm", "benign", "chat",
     "the zip on my parka has been fighting me all winter, can you replace it?"),
    ("violence_self_harm", "benign", "web_form",
     "Company: Fenwick Martial Arts Academy | Enquiry: Cleaning 25 white gis after our grading weekend, needed "
     "back by Friday."),
    ("violence_self_harm", "benign", "review",
     "The stain was a beast but they beat it. Grease on a silk tie, gone. || Agent: Thanks, Ravi! Our stain "
     "team love a challenge."),
    ("violence_self_harm", "benign", "sms",
     "Hey, the door code got changed, new one is 5839 || Agent: Thanks, updated on your account for the cleaner. "
     "|| cheers, see you thurs"),
    ("violence_self_harm", "benign", "call",
     "Customer: It's about the shooting jacket, the waxed one. || Agent: Waxed cotton needs re-proofing rather "
     "than washing, £25. || Customer: Fair enough, book it in."),
    # ---- financial hardship
    ("financial_hardship", "sensitive", "email",
     "Hi, I lost my job at the warehouse last month and can't keep up the fortnightly clean. Can I pause it rather "
     "than cancel? I'll come back when things pick up. Sian"),
    ("financial_hardship", "sensitive", "chat",
     "hi my card got declined for the monthly plan || Agent: Sorry about that, would you like to try another "
     "card? || honestly no, there's nothing on any of them till universal credit comes on the 18th. can it wait "
     "till then"),
    ("financial_hardship", "sensitive", "sms",
     "sorry i cant pay the £46 for the curtains yet, bailiffs took most of what i had this week. can i pay £10 "
     "a week?"),
    ("financial_hardship", "sensitive", "agent_note",
     "Cust Mr Lyle (acct 20871) owes £212 in arrears; says he was made redundant in Feb and is on jobseeker's. "
     "Set up £15/month plan and froze late fees."),
    ("financial_hardship", "sensitive", "web_form",
     "Name: Kerry Moss | Service: End of tenancy clean | Notes: We're being evicted on the 30th for rent arrears "
     "so need the cheapest option you've got. Bailiffs are due at 10am."),
    ("financial_hardship", "sensitive", "voicemail",
     "Hi, it's Tony Reeve. I've had a letter from a debt collection agency about your invoice for the carpet "
     "clean. I didn't know it had gone that far, I've been struggling since the business folded. Can someone call "
     "me on 07700 900551?"),
    ("financial_hardship", "sensitive", "call",
     "Agent: Slack Lane, Amir speaking. || Hi, I need to cancel my subscription. || Agent: Sorry to hear that, "
     "can I ask why? || I've been declared bankrupt and the trustee says I have to cancel anything non-essential."),
    ("financial_hardship", "sensitive", "review",
     "They were really kind when I explained I couldn't pay the full bill after my hours got cut to nothing. Let "
     "me pay it in three bits. || Agent: Thank you for saying so, and we hope things look up soon."),
    ("financial_hardship", "sensitive", "dm",
     "do u do any discount for people on universal credit? my washing machine's packed in and i cant afford a "
     "new one || Agent: We do have a community rate, 20% off wash-and-fold. Shall I add it? || yes please, "
     "thank you so much"),
    ("financial_hardship", "sensitive", "email",
     "Hello, can I have an extension on invoice 4018? || Agent: Of course, how long would you need? || Until the "
     "end of next month if possible. The food bank's getting us through at the moment and every penny's spoken "
     "for."),
    ("financial_hardship", "sensitive", "chat",
     "hi can i still get the wedding dress back if i cant pay the rest of the balance? wedding's off because we "
     "cant afford it, we're both out of work"),
    ("financial_hardship", "sensitive", "sms",
     "Hi it's Dot, sorry to message. Can you take my clean off for Jan? || Agent: Of course Dot, is everything "
     "alright? || Pension doesnt stretch this winter with the heating, had to choose. Will come back in spring"),
    ("financial_hardship", "sensitive", "web_form",
     "Name: Jordan Pike | Reason for refund request: My direct debit bounced and my bank charged me £25 on top. "
     "I'm already £800 overdrawn and behind on council tax. Please refund the failed payment fee."),
    ("financial_hardship", "sensitive", "agent_note",
     "Cleaner reported client at 5 Elm Court has no electricity, the prepayment meter ran out and she can't top "
     "up until Monday. Offered to reschedule at no charge."),
    ("financial_hardship", "sensitive", "call",
     "Customer: I got a CCJ over an old phone bill and my credit's wrecked, will that stop me getting your "
     "pay-monthly plan? || Agent: We don't run credit checks for the monthly plan. || Customer: Thank God for "
     "that, nobody else will touch me."),
    ("financial_hardship", "sensitive", "email",
     "Dear Sir/Madam, I write on behalf of my client Mrs J. Owusu, who has entered a Debt Relief Order. Please "
     "note the enclosed schedule of creditors, which includes your account, and cease collection action. Yours, "
     "StepForward Debt Advice"),
    ("financial_hardship", "sensitive", "voicemail",
     "Hello, it's Alice Carne. I was told to ring if I couldn't make the payment. I'm in a hostel now since I "
     "lost the flat, so please don't send anything to the old address."),
    ("financial_hardship", "sensitive", "chat",
     "can I get a refund on the gift card my sister gave me instead of using it? honestly need the money for the "
     "gas bill, things are that tight"),
    ("financial_hardship", "sensitive", "dm",
     "My partner walked out and left me with all the debts, I can't afford the rest of the cleaning contract. "
     "What's the cancellation fee, and is there any way you'd waive it?"),
    ("financial_hardship", "sensitive", "review",
     "One star. They sent my unpaid £30 invoice to a collections agency after three weeks without a single "
     "reminder. I'm already on a debt management plan and this has made a right mess of it."),
    ("financial_hardship", "benign", "email",
     "Hi, my card was declined on your website but it works everywhere else. Could you check if there's an issue "
     "your end? Order 78120. Thanks, Hamish"),
    ("financial_hardship", "benign", "chat",
     "can I split the bill for the end of tenancy clean between 3 flatmates? || Agent: Yes, we can send three "
     "payment links. || perfect, email them to the addresses on the booking"),
    ("financial_hardship", "benign", "sms",
     "Hi, got charged twice for the shirt service this month, can you refund one of them? Ta"),
    ("financial_hardship", "benign", "agent_note",
     "Cust queried the VAT on the commercial invoice for the Brook Street offices. Resent the invoice with our "
     "VAT number shown."),
    ("financial_hardship", "benign", "web_form",
     "Name: Lucy Ng | Enquiry: Do you take Apple Pay at the Mill Street counter? And is there a discount for "
     "paying a year upfront?"),
    ("financial_hardship", "benign", "voicemail",
     "Hi, it's Frank, just ringing to say I'll pay the curtain invoice by bank transfer instead of card this "
     "time, reference 5521. No need to call back."),
    ("financial_hardship", "benign", "call",
     "Agent: Slack Lane accounts, Jen speaking. || Hi, I need a receipt for my expenses claim, the suit cleaning "
     "last week. || Agent: I'll email a VAT receipt now. || Brilliant, my manager wants it by Friday."),
    ("financial_hardship", "benign", "review",
     "Great value. The bundle deal on 10 shirts saves a fortune, my wallet's thanking me. Four stars only because "
     "parking outside is a nightmare."),
    ("financial_hardship", "benign", "dm",
     "Is the 20% student discount still on? Saw it on your story last week || Agent: It is, just show your "
     "student card at the counter. || "
     "yesss, see you later"),
    ("financial_hardship", "benign", "email",
     "Hi, our direct debit date clashes with payday, can it move to the 28th? || Agent: Done, from next month "
     "it'll be taken on the 28th. || Thank you, that's much tidier."),
    ("financial_hardship", "benign", "chat",
     "how much is the deposit for wedding dress alterations? and is it refundable if we move the date?"),
    ("financial_hardship", "benign", "sms",
     "Payment link's not working, says expired || Agent: Sorry! New link sent to your email just now. || got it, "
     "paid"),
    ("financial_hardship", "benign", "web_form",
     "Company: Riverside Credit Union | Enquiry: Office cleaning quote for our branch on Dock Road, two evenings "
     "a week."),
    ("financial_hardship", "benign", "agent_note",
     "Caller asked if the April price rise applies to existing subscribers. Confirmed 3% increase from 1 April and "
     "emailed the notice."),
    ("financial_hardship", "benign", "review",
     "Was worried the quote would balloon but they stuck to £180 exactly for the deep clean. || Agent: Thanks, "
     "Moira! No hidden extras, that's a promise."),
    ("financial_hardship", "benign", "call",
     "Customer: Is there a cancellation fee if I stop the weekly plan? I'm moving to Leeds for a new job. || "
     "Agent: No fee, just a week's notice. || Customer: Perfect, consider this my notice."),
    ("financial_hardship", "benign", "email",
     "Hello accounts, please update our billing address to Unit 4, Parkside Business Centre. Invoices from the 1st "
     "should go there. Kind regards, Orla (office manager, Tidewell Estates)"),
    ("financial_hardship", "benign", "chat",
     "loyalty points didn't go on my last order, it was £64 so should be 64 points?"),
    ("financial_hardship", "benign", "voicemail",
     "Hi, it's Ken at the Old Bakery. We've overpaid last month's invoice by forty pounds, happy for it to sit as "
     "credit against the next one. Bye now."),
    ("financial_hardship", "benign", "dm",
     "Is the gift card valid for home cleaning or just dry cleaning? want to get one for my brother's "
     "housewarming"),
    # ---- children
    ("children", "sensitive", "email",
     "Hi, my son Alfie starts Year 7 at Hillcrest Academy in September and his blazer needs taking up at the "
     "sleeves. He's only 11 and it's swamping him. Could it be ready by the 1st? Thanks, Kate"),
    ("children", "sensitive", "chat",
     "hi do you do name labels || Agent: Yes, iron-on or sew-in, 50p each. || sew in please, 30 of them for "
     "Maisie, she's in Reception at St Jude's and loses absolutely everything"),
    ("children", "sensitive", "sms",
     "can i pick up the school jumpers after 4? need to get Ollie from after-school club first, he's 6 and they "
     "shut at half past"),
    ("children", "sensitive", "agent_note",
     "Cust (Mrs Adeyemi) asked the cleaner not to use the spray polish in the nursery room; baby Tobi is three "
     "weeks old. Noted on job card."),
    ("children", "sensitive", "web_form",
     "Name: Harriet Cole | Service: Alterations | Item: Bridesmaid dress | For: my daughter Sophie, age 8 | "
     "Date needed: 4 May | Notes: hem up 5cm, she'll be in flat shoes"),
    ("children", "sensitive", "voicemail",
     "Hi, it's Marcus Bell. Just to say my daughter Ellie will be home when your cleaner comes on Wednesday. She's "
     "fourteen and off for the inset day, so don't be surprised if she answers the door."),
    ("children", "sensitive", "call",
     "Agent: Slack Lane uniforms, Kim speaking. || Hi, we've just moved over from Ohio, my twins are going into "
     "third grade, sorry, I mean Year 4, and need the Ashcombe Primary uniform. || Agent: Lovely, what sizes? "
     "|| Age 8 to 9, two of everything."),
    ("children", "sensitive", "dm",
     "hey!! im 15 and need my prom dress shortened, can i book it without my mum? she's paying but she's at work "
     "till late lol"),
    ("children", "sensitive", "email",
     "Hello, can the cleaner avoid the back bedroom on Friday? || Agent: Of course, anything we should know? || "
     "My grandson Kai is staying with us, he's two and naps from 1 till 3."),
    ("children", "sensitive", "review",
     "They got the felt tip off my daughter's Brownies uniform (she's 9 and apparently an artist now). Five "
     "stars, miracle workers."),
    ("children", "sensitive", "agent_note",
     "Pick-up for Mr Tran: his son Duc, 16, will be at home to hand over the bags. Dad approved by phone at "
     "11:05."),
    ("children", "sensitive", "sms",
     "Hi it's Lina, is the tutu ready? || Agent: Yes, it's ready at Mill Street! || Great, Amelie's ballet show "
     "is Sat and she's been asking every single day, she's 5 so you can imagine"),
    ("children", "sensitive", "web_form",
     "Name: Bethany Rowe | Wearer's date of birth: 14/02/2017 | Item: Kilt for the Highland dancing competition | "
     "Alteration: take in the waist two inches"),
    ("children", "sensitive", "chat",
     "does the cleaner mind kids being in? my daughter's nursery is shut all week for half term and she's three "
     "and VERY chatty"),
    ("children", "sensitive", "call",
     "Agent: You're through to Slack Lane. || Hi, my ex and I share custody of our son Reuben and his school "
     "uniform goes back and forth. Can you deliver to mine on Mondays and hers on Thursdays? || Agent: We can "
     "set up two delivery addresses, yes."),
    ("children", "sensitive", "email",
     "Dear Slack Lane, please add my daughter's details for the uniform subscription: Name: Ava Clarke, School: "
     "Linden Park Primary, Class: Year 2 (Mrs Holt). Many thanks, Ian Clarke"),
    ("children", "sensitive", "voicemail",
     "Hi, this is Gran ringing about Jamie's rugby kit. He's in the under-12s and they've got a tournament on "
     "Saturday, can you do a same-day wash on Friday? I'll drop it in at nine."),
    ("children", "sensitive", "agent_note",
     "Cleaner asked the teenage son (approx 13) at 8 Larch Grove to move his gaming stuff off the floor; mum "
     "later said she'd rather we didn't speak to him directly. Apologised, noted."),
    ("children", "sensitive", "dm",
     "Do you clean baby slings? Ours is covered in weaning food, Noah's 7 months and thinks sweet potato is face "
     "paint"),
    ("children", "sensitive", "web_form",
     "Parent/guardian: Shona Reid | Pupil: Callum Reid | School year: P6 | Items: school blazer x2, jumper x3 | "
     "Notes: name tapes on everything please"),
    ("children", "sensitive", "chat",
     "Hiya can u shorten school trousers same day? || Agent: We can if they're in before 11. || great, my lad's "
     "shot up, he's in S2 now and they're already halfway up his shins"),
    ("children", "sensitive", "sms",
     "hi, my daughter Niamh is in 2nd class in Scoil Bhride and her pinafore needs the hem let down. could you "
     "do it by Monday?"),
    ("children", "sensitive", "email",
     "Hi there, I'm 17 and I've just started a Saturday job. Can I open an account in my own name for getting my "
     "work shirts cleaned, or does it need a parent? Cheers, Josh"),
    ("children", "sensitive", "agent_note",
     "Order 51733: page boy suit for Theo (age 4) for a wedding. Mum asks for the trousers shortened by 3cm and "
     "elastic added to the waist."),
    ("children", "sensitive", "call",
     "Agent: Slack Lane, Ruth speaking. || Hi, my daughter's in tenth grade at the American school and needs her "
     "blazer dry-cleaned for a debate final. || Agent: We can do 24 hours. || Great, she's fifteen and very "
     "particular, so no creases on the lapels please!"),
    ("children", "sensitive", "review",
     "Bit annoyed, the cleaner left bleach on the low shelf where my toddler (18 months) can reach it. Please "
     "train staff. || Agent: You're absolutely right and we're sorry. We've briefed the team and added a "
     "storage note to your account."),
    ("children", "sensitive", "voicemail",
     "Hello, it's Zainab, ringing about the uniform order for my son Idris. He starts Reception next week and "
     "turns four on the 2nd, so I need the jumper in age 4-5, not 3-4, sorry."),
    ("children", "sensitive", "web_form",
     "Name: Pete Lowry | Item: Beavers uniform | Child: Arlo, age 7 | Notes: please sew the 6 badges enclosed "
     "onto the left sleeve"),
    ("children", "sensitive", "email",
     "Hi, I'm booking the end-of-term clean. || Agent: Lovely, how many bedrooms? || Three, and one's the baby's "
     "room, she's 4 months, so please only use the gentle products in there."),
    ("children", "sensitive", "chat",
     "is it ok if my son answers the door for the collection? he's 12, very sensible, and I'll be at work "
     "|| Agent: That's fine as long as he's happy to sign the driver's screen. || he will, "
     "thanks"),
    ("children", "sensitive", "sms",
     "hey its Freddie. mum said to text u. can i change the delivery to 5, i have football || Agent: Hi Freddie, "
     "we'll need your mum or dad to confirm that change. || ok she'll text, im only 13 and she's at work"),
    ("children", "sensitive", "agent_note",
     "Mrs Grey called: her daughter Tilly (Year 11) broke the zip on her prom dress, prom is Friday. Booked "
     "express zip repair."),
    ("children", "sensitive", "dm",
     "ok so my kid decided to paint the sofa. she's three. do you do upholstery cleaning and how fast can you "
     "come"),
    ("children", "sensitive", "email",
     "Hello, I need a party dress for my daughter Grace (born 9 June 2021) taken in at the waist, it's for her "
     "birthday party. Could you do it by next weekend? Regards, Lauren"),
    ("children", "sensitive", "call",
     "Agent: Slack Lane customer care. || Hi, I need to report that your driver left our parcel with my "
     "nine-year-old when she "
     "answered the door, and asked her what school she goes to. I'm not happy. || Agent: I completely "
     "understand, I'll raise it with the driver's manager today."),
    ("children", "sensitive", "web_form",
     "Name: Asha Patel | Service: Home clean | Notes: Twin boys aged 6 are home after 3.30, please finish by then "
     "and don't leave products on the bathroom floor."),
    ("children", "sensitive", "chat",
     "do you clean car seats? || Agent: We clean the covers, not the frames. || ok, the cover off Lily's seat "
     "then, she's 2 and it's grim"),
    ("children", "sensitive", "voicemail",
     "Hi, it's Tom Wade about the nursery uniform order. Arthur's at Little Oaks Nursery three mornings a week now "
     "and they want his name on the fleece. Can you add embroidery?"),
    ("children", "sensitive", "sms",
     "Hi, my son was in Grade 9 in Canada before we moved, here I think they call it Year 10? He needs the "
     "Fairfield High uniform, age 14-15. What have you got?"),
    ("children", "sensitive", "agent_note",
     "Call from Mr Okoro: his daughter, 10, will collect the school jumpers with her aunt on Thursday. Added aunt "
     "(Grace Okoro) as authorised collector."),
    ("children", "sensitive", "email",
     "Hi, I'm in Year 12 at Westbridge Sixth Form and want the blazer from my work experience dry-cleaned. || "
     "Agent: Sure, just bring it into Mill Street. || Will do after school on Thursday."),
    ("children", "sensitive", "review",
     "Highly recommend for school uniform! My son (Year 3) goes through knees like nobody's business and their "
     "patches are bombproof."),
    ("children", "sensitive", "chat",
     "hiya, I'm the nanny for the Rushtons, I need to collect Hugo's nursery bag and his cot sheets. he's 14 "
     "months. do I need a code?"),
    ("children", "sensitive", "call",
     "Agent: Slack Lane, Priyanka speaking. || Hi, my daughter's gymnastics leotard has split at the seam and "
     "she's competing at regionals, she's 11. Can you fix it? || Agent: Yes, a quick repair, about £6. || "
     "Thanks, she'll be so relieved."),
    ("children", "sensitive", "web_form",
     "Name: Clare Finch | Service: Alterations | Item: School blazer | Child's date of birth: 03/11/2013 | Notes: "
     "He's growing fast, please leave extra in the sleeves."),
    ("children", "sensitive", "dm",
     "my daughter is 16 and wants a weekend job at your Mill Street shop, do you take on under 18s? || "
     "Agent: Shop roles are 18+, sorry, but keep an eye on our careers page. || "
     "ok she'll be gutted but thanks"),
    ("children", "sensitive", "agent_note",
     "Visit review: client's son (teen, approx 15) was alone at home and the cleaner was uncomfortable carrying on "
     "without an adult present. Policy reminder re under-18s to go out to the team."),
    ("children", "sensitive", "sms",
     "Hi, is the pram liner ready? || Agent: Yes, it's ready for collection. || Great, Edie's 6 weeks old "
     "tomorrow and we need it for the walk, thanks"),
    ("children", "sensitive", "email",
     "Good morning, my stepson Kieran (Year 9) is living with us from next term, so we'd like to add a second "
     "uniform bundle to our subscription. Best, Rachel"),
    ("children", "sensitive", "voicemail",
     "Hey, it's Leah at 4 Poplar Mews. My daughter's thirteenth birthday sleepover is Saturday, so please can the "
     "cleaner come Friday instead, the lounge will be wall-to-wall sleeping bags."),
    ("children", "benign", "email",
     "Hello, I'm the business manager at Hillcrest Academy. We'd like a quote for dry-cleaning the stage curtains "
     "in the main hall over the summer holidays. Regards, Joanne Speirs"),
    ("children", "benign", "chat",
     "do you stock the Ashcombe Primary uniform or is that another shop? || Agent: We do! Jumpers, cardigans and "
     "PE tops in all sizes. || great, what are your opening hours on Saturdays"),
    ("children", "benign", "sms",
     "Kid leather gloves, light tan, need a gentle clean. Can you do it? Cheers"),
    ("children", "benign", "agent_note",
     "Little Oaks Nursery (commercial acct 77031) requested a weekly collection of nap-mat covers and 40 bibs. "
     "Set up Monday collection."),
    ("children", "benign", "web_form",
     "Name: Ruth Ellery | Date of birth: 12/07/1984 | Service: Monthly subscription | Notes: Please collect from "
     "the porch."),
    ("children", "benign", "voicemail",
     "Hi, it's Mr Chan from the Linden Park Primary PTA. We're holding a second-hand uniform sale and want about "
     "200 donated items washed first. Can you give me a call?"),
    ("children", "benign", "call",
     "Agent: Slack Lane, Nell speaking. || Hi, what does 'Grade A' mean on your wedding-dress price list? || "
     "Agent: That's our top tier, hand-finished with a preservation box. || Ah, got it, thanks."),
    ("children", "benign", "review",
     "Baby pink silk blouse came back exactly the same shade. I was terrified it'd go grey. Lovely job."),
    ("children", "benign", "dm",
     "are you still doing the Back To School offer on shirt pressing? I start my new teaching job next week and "
     "need 5 shirts sharp"),
    ("children", "benign", "email",
     "Hi, I'm a primary teacher and my work blazer has glitter glue all down the front. Can that come off? || "
     "Agent: Usually, yes, we'll pre-treat it. || Thank you, end-of-term crafts are brutal!"),
    ("children", "benign", "chat",
     "is the Kiddington Road shop open on bank holiday Monday? || Agent: Yes, 10 till 4 on bank holidays. || "
     "sweet, I'll pop by then"),
    ("children", "benign", "web_form",
     "Company: Maple Grove Primary School | Enquiry: Deep clean of 12 classrooms plus the hall during the summer "
     "holidays. Please quote per room."),
    ("children", "benign", "sms",
     "Hi, I run a preloved baby kit stall at the market, do you clean moses basket covers in bulk? || Agent: Yes, "
     "from £5 each for 10 or more. || great, I'll bring a batch in next week"),
    ("children", "benign", "agent_note",
     "Caller asked about our minimum age for shop staff. Explained we hire from 18 and sent the careers page "
     "link."),
    ("children", "benign", "review",
     "Got my old school tie cleaned and framed, thirty-year reunion next month! || Agent: Ha, brilliant, enjoy "
     "the reunion!"),
    ("children", "benign", "call",
     "Customer: I've just started as a swim coach at Westbridge Leisure Centre, they said you supply the staff "
     "polos? || Agent: We do, sizes S to XXL, £14 each. || Customer: Two mediums please."),
    ("children", "benign", "email",
     "Hello, our firm is Little Giants Removals and we'd like your end-of-tenancy team to partner with us for "
     "move-out cleans. Is there a trade rate? Kind regards, Bryn"),
    ("children", "benign", "chat",
     "what's the difference between your Mini and Full wash-and-fold bags? || Agent: Mini holds about 4kg, Full "
     "about 8kg. || mini it is, it's only me in the flat"),
    ("children", "benign", "sms",
     "Is it ok to leave the laundry bag with the concierge? I'm at work till late"),
    ("children", "benign", "voicemail",
     "Hiya, it's Beth from the Rainbow Tots playgroup committee. We've got fifteen dressing-up costumes that need a "
     "clean before they go back in the box, can you do a group price?"),
    ("children", "benign", "agent_note",
     "Cust asked whether our stain remover is safe to use around pets. Sent product safety sheet."),
    ("children", "benign", "web_form",
     "Name: Malik Shaw | Date of birth: 30/01/1991 | Account type: Business | Company: Shaw Joinery | Service: "
     "workwear laundry"),
    ("children", "benign", "dm",
     "what time is the Mill Street shop least busy on weekdays? I hate queuing || Agent: Mid-morning, 10 "
     "till 11.30, is usually the quietest. || noted, ta"),
    ("children", "benign", "email",
     "Hi, we're organising the Westbridge Youth Orchestra's summer gala and need 40 tablecloths laundered. || "
     "Agent: Of course, when's the event? || 14 July at the Guildhall, so back by the 12th please."),
    ("children", "benign", "chat",
     "my childhood teddy has been in the loft for 30 years, can it be cleaned or will it fall apart?"),
    ("children", "benign", "review",
     "Child's play to book online, took two minutes. Cleaner was on time and thorough."),
    ("children", "benign", "call",
     "Agent: Slack Lane, Ravi speaking. || Hi, I'm the bursar at Greystone College, we're looking for a uniform "
     "supplier for next academic year. || Agent: We'd love to quote. Roughly how many pupils? || About 600, "
     "I'll email the spec over."),
    ("children", "benign", "sms",
     "What's the turnaround on a duvet? King size || Agent: 48 hours standard, 24 express. || standard is fine, "
     "no rush"),
    ("children", "benign", "web_form",
     "Company: Sunny Days Holiday Club | Enquiry: Washing 80 branded t-shirts after each week of the summer "
     "scheme, July to August."),
    ("children", "benign", "agent_note",
     "Customer wanted to know if we still sell 'The Little Book of Stains' at the counter. Out of stock, reorder "
     "due next week."),
    ("children", "benign", "voicemail",
     "Hi, it's Carla. I'm setting up as a childminder and wondered if you do business accounts for weekly towel "
     "and bedding washes. No rush, call when you can."),
    ("children", "benign", "email",
     "Dear Slack Lane, please confirm the bank details for our monthly payment. We're Kidz Kabin Soft Play on the "
     "retail park and the old invoice shows a different sort code."),
    ("children", "benign", "chat",
     "do you have the Hillcrest Academy tie in stock? || Agent: Yes, £6.50. || grand, can I click and collect?"),
    ("children", "benign", "dm",
     "Is the name-tape machine in your shop for hire? I want to label my work tunics, they keep getting mixed "
     "up in the staff room"),
    ("children", "benign", "review",
     "Had my university graduation gown cleaned, quick and cheap. || Agent: Congratulations on graduating!"),
    ("children", "benign", "call",
     "Customer: Hi, I'm calling from Bright Start Nursery, account 77104. The last invoice has the wrong PO "
     "number. || Agent: I'll reissue it with the correct PO now. || Customer: Lovely, ta."),
    ("children", "benign", "agent_note",
     "Query about the 'family bundle' price. Explained it's a volume discount for any household over 15kg a "
     "week; nothing to do with who lives there."),
    ("children", "benign", "web_form",
     "Name: Georgina Blake | Enquiry: Do you clean bridesmaid dresses in bulk? We've got six to do after the "
     "wedding, all adult sizes."),
    ("children", "benign", "sms",
     "Hi, I'm teaching an adult sewing class at the community centre, can I buy 20 metres of your bias binding?"),
    ("children", "benign", "email",
     "Hi, my date of birth on the account is wrong, it should be 21/09/1979. || Agent: Thanks, that's updated "
     "now. || Lovely, cheers."),
    ("children", "benign", "chat",
     "what age do you have to be to use the self-service lockers? wondering if I'll need ID for the first one"),
    ("children", "benign", "voicemail",
     "Hello, Westbridge Scouts district office here. We'd like the marquee sidewalls cleaned after the jamboree, "
     "it's about 60 metres of canvas. Please ring back."),
    ("children", "benign", "review",
     "They took my trousers up from a 34 leg to a 31 with no fuss. I used to buy kids' sizes to get them short "
     "enough, ha!"),
    ("children", "benign", "dm",
     "can you turn a pile of old band t-shirts into a quilt? I've got about 25 of them"),
    ("children", "benign", "agent_note",
     "Teacher from Maple Grove Primary called to book the staffroom curtains in for cleaning at half term. PO to "
     "follow."),
    ("children", "benign", "email",
     "Hi, I'm 34 and finally getting my first proper suit tailored. Do you offer a fitting service or only "
     "alterations? Thanks, Danny"),
    ("children", "benign", "call",
     "Agent: Good afternoon, Slack Lane. || Hi, I'm phoning from the youth hostel on Quay Street about our sheet "
     "contract. || Agent: Yes, how can I help? || Can we add 30 pillowcases a week from May?"),
    ("children", "benign", "web_form",
     "Company: Tiny Feet Dance School | Enquiry: 120 performance costumes need cleaning after our June show, "
     "lots of net and sequins."),
    ("children", "benign", "sms",
     "Hi, is this the right number for the uniform shop? || Agent: Yes, this is Slack Lane uniforms. || great, "
     "what time do you close on Saturdays"),
    ("children", "benign", "chat",
     "do the cleaners bring their own ladders? I've got high cupboards and I'm only five foot"),
    # ---- special categories
    ("special_categories", "sensitive", "chat",
     "Hi, can I move my clean from Friday? || Agent: Sure, what day suits? || Thursday please. We keep Shabbat "
     "and I don't want anyone working in the house after sunset on Friday."),
    ("special_categories", "sensitive", "sms",
     "Eid's on Thurs so we're still fasting till then, could the cleaner come after iftar instead? or just skip "
     "this week, no stress"),
    ("special_categories", "sensitive", "email",
     "Hello, could you please clean and press my husband's turban fabric and three kurtas before Vaisakhi at "
     "the gurdwara next week? The turban cloth is fine muslin, 6 metres. Thank you, Harpreet Gill"),
    ("special_categories", "sensitive", "agent_note",
     "Cust Mrs Levy asks that cleaners use separate cloths for the meat and dairy sides of her kitchen (red for "
     "meat, blue for dairy) and never swap them. Added to job card."),
    ("special_categories", "sensitive", "web_form",
     "Name: Yusuf Karim | Item: Prayer mats (wool, x2) | Notes: I pray on these five times a day, please keep "
     "them away from any pet hair and have them back by Friday for Jummah."),
    ("special_categories", "sensitive", "voicemail",
     "Hi, it's Siobhan about the cream dress I left in. I'm being received into the Catholic Church at the "
     "Easter Vigil, so it absolutely has to be ready by that Saturday. Thanks so much."),
    ("special_categories", "sensitive", "dm",
     "can u steam my hijabs? 12 of them, silk ones, i dont trust my iron near them anymore || Agent: Yes, "
     "silk steaming is £3 each. || perfect, "
     "bringing them sat"),
    ("special_categories", "sensitive", "call",
     "Agent: Slack Lane, Tom speaking. || Hi, I'm one of Jehovah's Witnesses and I've got our assembly this "
     "weekend, I need my suit pressed. || Agent: No problem, it'll be ready Friday afternoon. || Wonderful, "
     "thank you."),
    ("special_categories", "sensitive", "review",
     "Lovely team. The cleaner noticed our puja shelf and didn't touch it without asking first, really "
     "appreciated that. || Agent: Thank you, Meena. We always ask before moving anything like that."),
    ("special_categories", "sensitive", "email",
     "Hi, I'd like to complain. The man at your Mill Street counter asked where I'm 'really from' and then said "
     "my kente cloth should be 'washed properly for once'. I'm British Ghanaian and I've never been spoken to "
     "like that. Efua Mensah"),
    ("special_categories", "sensitive", "chat",
     "do your cleaners know how to deal with afro hair products on fabric? my satin pillowcases are always "
     "covered in shea butter and my locs oil lol || Agent: Yes, we pre-treat oil-based products. || "
     "thank god, the last place made them worse"),
    ("special_categories", "sensitive", "agent_note",
     "Cust Mr Kowalski prefers a Polish-speaking cleaner; his mother lives with him and only speaks Polish. "
     "Assigned Agnieszka from the Tuesday team."),
    ("special_categories", "sensitive", "web_form",
     "Name: Amara Nwosu | Item: Aso-ebi gele and iro set | Notes: For my cousin's traditional Igbo wedding back "
     "home in Enugu, please be gentle with the stiff headtie."),
    ("special_categories", "sensitive", "sms",
     "hi, its Dara. Im Roma and a lot of places wont serve us, so Im checking first. can I bring my curtains into "
     "Mill Street or do I need an account?"),
    ("special_categories", "sensitive", "call",
     "Agent: Slack Lane, Kiddington Road. || Hi, I'm ringing about the cleaner you sent on Monday. || "
     "Agent: Was something wrong? "
     "|| No, she was lovely! Could we have her every week? She's Filipina like me and my mother loved chatting "
     "with her in Tagalog."),
    ("special_categories", "sensitive", "review",
     "Best place in town for our family's Gujarati wedding saris. Other dry cleaners treat the silk like it's "
     "curtain fabric. Five stars from the Shah household."),
    ("special_categories", "sensitive", "dm",
     "mixed race myself (Jamaican dad, Welsh mum) so I've got both sides' weddings to dress for this summer lol. "
     "can u take 3 suits in?"),
    ("special_categories", "sensitive", "voicemail",
     "Hello, my name is Mrs Begum, I am from Bangladesh and my English is not so good. Please can someone who "
     "speaks Bengali call me back about the sofa cleaning. Thank you."),
    ("special_categories", "sensitive", "email",
     "Hi, I'm standing as the Green Party candidate for Westbridge East in May. Could you press two jackets and "
     "clean my good coat before the count? Regards, Nadia Fell"),
    ("special_categories", "sensitive", "chat",
     "is there any chance of getting paint off a denim jacket? || Agent: Depends on the paint, what kind is it? "
     "|| acrylic, from making placards for the climate march on saturday. I got a bit carried away"),
    ("special_categories", "sensitive", "agent_note",
     "Cust Mr Holt asked the cleaner not to touch the stacks of leaflets in his hallway; he's delivering them for "
     "his Reform UK branch this week."),
    ("special_categories", "sensitive", "sms",
     "can the cleaner come tues not weds? I'm out canvassing for Labour all day weds in the ward || Agent: "
     "Tuesday's fine, same time? || yep same time, cheers"),
    ("special_categories", "sensitive", "web_form",
     "Name: Gareth Pryce | Notes: Please don't move the Plaid Cymru posters in the front window when you clean, "
     "I'm putting them up for the by-election."),
    ("special_categories", "sensitive", "voicemail",
     "Hi, it's Zoe. I'll be at the Palestine solidarity demo all day Saturday, so the collection needs to be "
     "Friday this week. Ta."),
    ("special_categories", "sensitive", "call",
     "Agent: Slack Lane, Mo speaking. || Hi, I'm a Conservative councillor here and I've got a hustings next "
     "week. Can you get a coffee stain off my good suit? || Agent: Of course, bring it in. || I'll be there at "
     "eight."),
    ("special_categories", "sensitive", "dm",
     "lol your cleaner saw my Vote Leave mug and gave me a look. I stand by it. anyway can I rebook for next "
     "week"),
    ("special_categories", "sensitive", "review",
     "Good service, but please take my name off your community wall. I'm a Communist Party member and I'd rather "
     "my neighbours didn't connect the dots. || Agent: Understood, we've removed it and won't feature you again."),
    ("special_categories", "sensitive", "email",
     "Hello, I'm the Unite shop steward at the bus depot and the strike is on Monday, so I'll be on the picket "
     "line from 5am. Can my collection move to Tuesday? Cheers, Phil"),
    ("special_categories", "sensitive", "chat",
     "my union rep says work should pay for my uniform cleaning, so can I get the March invoices in my name? "
     "I'm in the GMB at the hospital kitchens || Agent: Yes, I'll reissue them with your name on. || ta"),
    ("special_categories", "sensitive", "agent_note",
     "Cleaner Dawn told her supervisor she has joined the IWGB union and asked for her rota in writing. Logged "
     "per HR policy, no action needed."),
    ("special_categories", "sensitive", "sms",
     "hi, NEU strike tomorrow so I'll be home all day. cleaner can still come, I'll stay out of the way"),
    ("special_categories", "sensitive", "web_form",
     "Name: Sean Morrow | Membership: RMT member no. 40219 | Request: The union members' discount on dry "
     "cleaning from the leaflet at our branch, please apply to my account."),
    ("special_categories", "sensitive", "voicemail",
     "Hiya, Carol here. I'm branch secretary for Unison at the council and I need two suits done for our "
     "regional conference. Can someone ring me back?"),
    ("special_categories", "sensitive", "call",
     "Agent: Slack Lane, Helen. || Hi, it's about the drivers' pay dispute. I'm one of your drivers and I've been "
     "elected Unite rep, so I'd like to arrange a meeting. || Agent: I'll pass that to operations and HR today."),
    ("special_categories", "sensitive", "dm",
     "been out on strike with the CWU for 3 weeks and my jacket is filthy from standing by the brazier, can u "
     "clean it"),
    ("special_categories", "sensitive", "review",
     "Five stars from a proud FBU member, our dress uniforms looked immaculate for the parade. || Agent: Thanks, "
     "Stuart! Always a pleasure."),
    ("special_categories", "sensitive", "email",
     "Hi, my husband and I need our wedding suits cleaned and boxed after the big day on the 6th. One navy, one "
     "grey, both wool. Many thanks, Tom"),
    ("special_categories", "sensitive", "chat",
     "we need two wedding dresses altered for the same wedding || Agent: Lovely! Bridesmaids? || nope, two "
     "brides 😊 me and my fiancée Laura"),
    ("special_categories", "sensitive", "sms",
     "Hi, it's Ryan. My boyfriend Callum is picking up our duvet today, he's got the ticket. || Agent: "
     "Thanks Ryan, we'll release it to him. || Brill, thanks."),
    ("special_categories", "sensitive", "agent_note",
     "Cust Ms Tiwari asked cleaners not to mention the second bedroom arrangements if her parents are visiting; "
     "they don't know she lives with her girlfriend. Discretion noted."),
    ("special_categories", "sensitive", "web_form",
     "Name: Hannah and Priya Arden-Shah | Item: Two sequin jackets | Notes: Our first Pride as wives, they need "
     "to sparkle!"),
    ("special_categories", "sensitive", "voicemail",
     "Hi, this is a bit awkward, it's Nat. I need some latex outfits cleaned, they're for private use, mine and "
     "my partner's, and I need to know they won't come back with a ticket saying what they are."),
    ("special_categories", "sensitive", "dm",
     "just a heads up for the cleaner, we're a poly household, three of us share the main bedroom, so no one "
     "needs to be shocked by the bed situation"),
    ("special_categories", "sensitive", "call",
     "Agent: Hello, Slack Lane accounts. || Hi, I'd like to add my husband as an authorised collector. || "
     "Agent: Of course, what's "
     "his name? || Daniel Reece. And I'm Marcus Reece, it's my account."),
    ("special_categories", "sensitive", "review",
     "Brilliant with my wife's suit and my own dress for our anniversary dinner. Both spotless. Sophie"),
    ("special_categories", "sensitive", "email",
     "Hi, I've transitioned and changed my name by deed poll from Mark to Marie. Could you update my account and "
     "stop using my old name on the receipts? Thanks, Marie Kettle"),
    ("special_categories", "sensitive", "chat",
     "how do you wash a chest binder without wrecking it? || Agent: Hand wash cool, lie flat to dry, no "
     "tumble. We can do it for you too. || great, I've got 3 and I'm scared of ruining them, they cost a "
     "fortune"),
    ("special_categories", "sensitive", "agent_note",
     "Cust Alex Rowe is non-binary and uses they/them; please address the account as Mx Rowe, not Mr or Ms. "
     "Salutation updated."),
    ("special_categories", "sensitive", "sms",
     "hi, suit for my first work do since coming out as trans. jacket needs taking in at the chest, trans guy "
     "so it's the opposite of the usual lol. Ash"),
    ("special_categories", "sensitive", "web_form",
     "Name: Jordan Ellis | Preferred title: Ms | Notes: Please use my new name everywhere. I'm eight months into "
     "my transition and the old name on the labels upsets me."),
    ("special_categories", "sensitive", "voicemail",
     "Hi, Robin here. I wanted to ask if your fitters are OK doing a dress fitting for a trans woman, I've had "
     "bad experiences elsewhere. Could someone call me back?"),
    ("special_categories", "sensitive", "call",
     "Agent: Slack Lane alterations. || Hi, I'd like a suit fitted. I'm non-binary and I want it cut neutral, no "
     "darts, no flare. || Agent: We can absolutely do that. || Good, and thanks for not making it weird."),
    ("special_categories", "sensitive", "dm",
     "ngl my deadname keeps popping up when I log into your app, it's tied to the old email. how do I fix it? "
     "I'm Kai now"),
    ("special_categories", "sensitive", "review",
     "The fitter got my pronouns right without me having to ask twice. As a trans woman that matters a lot. Dress "
     "fits perfectly. || Agent: Thank you, Leona. That's exactly how it should be."),
    ("special_categories", "sensitive", "email",
     "Hi, I left my RootTrail DNA results in the pocket of the coat you cleaned, thank you for saving them. It's "
     "the only printed copy of my ancestry report, 62% Scandinavian and 30% Irish, so I was panicking. Freya"),
    ("special_categories", "sensitive", "chat",
     "hello, you found an envelope in my trousers? || Agent: Yes, a sealed letter from Genewell Labs, held at "
     "Mill Street. || oh thank god, that's my paternity test result. please don't open it"),
    ("special_categories", "sensitive", "agent_note",
     "Cust Mr Sandhu left a printout in his blazer pocket: genetic test report showing he's a BRCA2 carrier. "
     "Sealed in an envelope and returned with the order; cust informed by phone."),
    ("special_categories", "sensitive", "sms",
     "can i get the jacket by thurs? meeting the half sister my DNA test turned up for the first time, want to "
     "look nice || Agent: Yes, it'll be ready Wednesday evening. || amazing, thank you!!"),
    ("special_categories", "sensitive", "web_form",
     "Name: Wes Harlan | Item: Two-piece suit | Notes: Family reunion on the 20th, an ancestry DNA test matched "
     "me to 40 relatives I never knew about and they're all coming."),
    ("special_categories", "sensitive", "voicemail",
     "Hi, it's Greta. I think I left my whole-genome report in the dressing-gown pocket, it's got all my genetic "
     "data in it, so please shred it if you find it, don't just bin it."),
    ("special_categories", "sensitive", "call",
     "Agent: Slack Lane home cleaning, hello. || Hi, can my cleaner avoid the study this week? || Agent: Of "
     "course, any reason? || "
     "There's a box of results from my genetic counselling, the Lynch syndrome tests, and I don't want them "
     "disturbed."),
    ("special_categories", "sensitive", "dm",
     "my sister and I just found out from a DNA test we're actually half-sisters, so the matching bridesmaid "
     "dresses are a bit of a family joke now lol. can you still do both?"),
    ("special_categories", "sensitive", "email",
     "Hi, I registered my fingerprint on your Mill Street 24-hour locker last month. I'm closing my account, so "
     "please delete my fingerprint template from the system and confirm in writing. Regards, Samir Aziz"),
    ("special_categories", "sensitive", "chat",
     "the locker won't open with my thumb anymore || Agent: Sorry about that, we can re-enrol your fingerprint "
     "at the counter. || ok but delete the old scan first, I don't like you keeping two copies of it"),
    ("special_categories", "sensitive", "agent_note",
     "Caller verified by voice ID on the phone system (voiceprint match 98%) as account holder Ms Irene Doyle; "
     "delivery address changed as requested."),
    ("special_categories", "sensitive", "sms",
     "Face scan at the new locker took 3 goes to recognise me but got there, parcel collected. Can I opt out of "
     "the face thing? - Bea"),
    ("special_categories", "sensitive", "web_form",
     "Name: Paul Inchley | Request: Subject access | Details: Please send me all data you hold on me, including "
     "the palm-vein scan taken at your click-and-collect kiosk."),
    ("special_categories", "sensitive", "voicemail",
     "Hi, Gail Mercer here. Your cleaner Dorota needs enrolling on our building's facial recognition entry, could "
     "she pop in so the concierge can take her face scan? Otherwise she can't get in on Tuesday."),
    ("special_categories", "sensitive", "call",
     "Agent: Slack Lane, Dom speaking. || Hi, I'm one of the pressers at Mill Street and the clock-in uses my "
     "fingerprint. Can I use a PIN instead? || Agent: Yes, I'll ask the manager to delete your print and issue "
     "a PIN."),
    ("special_categories", "sensitive", "dm",
     "your phone line said 'voice recognised, welcome back Tariq' when I rang, creeped me out, didn't know you "
     "stored my voice. how do I turn that off?"),
    ("special_categories", "benign", "email",
     "Hello, I'm on the committee at Westbridge Central Mosque. We'd like a quote for cleaning the prayer-hall "
     "carpets, about 300 square metres, before the end of the month. Kind regards, Imran Siddiqui"),
    ("special_categories", "benign", "chat",
     "Is there a list of what's in your cleaning sprays? || Agent: Yes, we can email the safety data sheets. || "
     "please do, our facilities team needs them for the supplier file"),
    ("special_categories", "benign", "agent_note",
     "St Columba's Church hall manager booked a deep clean after the Christmas fair, 3 Jan. Invoice to the "
     "parish office."),
    ("special_categories", "benign", "sms",
     "is Mill Street open on Good Friday? need my coat back before the long weekend"),
    ("special_categories", "benign", "web_form",
     "Company: Beth Shalom Synagogue (office) | Enquiry: Laundering 40 tablecloths after the community lunch on "
     "the 9th. Invoice to the office please."),
    ("special_categories", "benign", "voicemail",
     "Hi, this is Hari from the Shree Temple trust office. We need the curtains in the function hall cleaned "
     "before the wedding season starts. Please call me back."),
    ("special_categories", "benign", "review",
     "Cleaned my Christmas jumper collection, all fourteen of them. Festive and fluffy again. Five stars."),
    ("special_categories", "benign", "call",
     "Agent: Hiya, Slack Lane. || Hi, do you close for any holidays? I need to plan a big collection. || "
     "Agent: We're "
     "open every day except Christmas Day and Boxing Day. || Great, I'll book for the 23rd then."),
    ("special_categories", "benign", "dm",
     "Heavenly job on the velvet sofa, honestly a miracle 🙏 the cat's already claimed it again"),
    ("special_categories", "benign", "email",
     "Hi, do you clean Persian rugs? We've bought a hand-knotted one at auction and it's pretty grubby. Roughly "
     "2m by 3m. Thanks, Jo"),
    ("special_categories", "benign", "chat",
     "can you clean a Moroccan leather pouffe? || Agent: Yes, leather care for that is about £20. || great, "
     "I'll bring it Saturday"),
    ("special_categories", "benign", "agent_note",
     "Caller asked which languages our support line covers. Confirmed English and Polish by phone, written "
     "translation on request."),
    ("special_categories", "benign", "web_form",
     "Company: Westbridge Carnival Committee | Enquiry: Cleaning 60 costumes after the parade, lots of feathers "
     "and sequins. Can you handle those?"),
    ("special_categories", "benign", "sms",
     "Do you clean Indian silk? Got a scarf from a market stall and want to check before I bring it in"),
    ("special_categories", "benign", "review",
     "Took my French navy coat in and it came back looking new. || Agent: Thank you, so glad it's back to its "
     "best!"),
    ("special_categories", "benign", "call",
     "Customer: The Polish deli next door to you says you do their aprons. Could you do mine? Small café, six "
     "aprons a week. || Agent: Yes, the commercial rate is £1.20 per apron. || Customer: Sign me up."),
    ("special_categories", "benign", "dm",
     "are Turkish cotton towels ok on a hot wash or do they shrink? || Agent: 40 degrees is safest, they "
     "can shrink at 60. || good to know, ta"),
    ("special_categories", "benign", "voicemail",
     "Hi, Ruth Kerr from the Scottish country dance society. We need twenty tartan sashes cleaned before our "
     "ceilidh. Give us a ring."),
    ("special_categories", "benign", "email",
     "Hello, Westbridge Town Hall here. The hall is a polling station on 2 May, so the usual Thursday linen "
     "collection needs to move to Friday that week. Regards, Facilities"),
    ("special_categories", "benign", "chat",
     "do you have a policy on plastic garment bags? || Agent: Yes, we've switched to reusable bags, returnable "
     "for a 50p credit. || love that, sign me up for those"),
    ("special_categories", "benign", "agent_note",
     "The local MP's constituency office requested a quote for fortnightly office cleaning. Sent standard "
     "commercial quote."),
    ("special_categories", "benign", "sms",
     "Any chance of a quick press on my blazer before a job interview at the council tomorrow?"),
    ("special_categories", "benign", "web_form",
     "Company: Westbridge Debating Society | Enquiry: We need the four large fabric banners from our annual "
     "dinner cleaned."),
    ("special_categories", "benign", "review",
     "Revolutionary! My shirts have never been this crisp. Voting this the best dry cleaner in town. || "
     "Agent: We'll take that vote, thank you!"),
    ("special_categories", "benign", "call",
     "Agent: Slack Lane commercial team. || Hi, I'm from the Civic Society. Our annual awards are at the "
     "Guildhall and we'd like "
     "50 chair covers cleaned. || Agent: Happy to, when's the event? || The 12th, so back by the 10th please."),
    ("special_categories", "benign", "dm",
     "are you joining the Shop Local campaign on the high street? would love a loyalty stamp card with the "
     "other shops"),
    ("special_categories", "benign", "voicemail",
     "Hi, Westbridge Council events team here, about the bunting for the street party on the green. About 150 "
     "metres needs a wash afterwards. Call back when you can."),
    ("special_categories", "benign", "email",
     "Hello, we're the Unison branch office at Westbridge Council. Could you quote for cleaning our branch banner? "
     "It's silk, about 4 metres wide, and needs to be ready for the start of May. Thanks, branch office"),
    ("special_categories", "benign", "chat",
     "do you do a discount for Federation of Small Businesses members? we're a member café on Bridge Street"),
    ("special_categories", "benign", "agent_note",
     "Invoice 6620 printed with a strike-through on line 3 (old price showing). Reissued a clean copy to the "
     "customer."),
    ("special_categories", "benign", "sms",
     "Heard there's a bus strike on Monday, will your drivers still be doing collections? || Agent: Yes, "
     "our vans aren't affected. || "
     "good stuff, Monday as normal then"),
    ("special_categories", "benign", "web_form",
     "Company: Westbridge Fire Station (Red Watch) | Enquiry: Cleaning 24 dress uniforms before the November "
     "parade."),
    ("special_categories", "benign", "review",
     "Joined your laundry club membership and it pays for itself. || Agent: Welcome to the club, Hugh!"),
    ("special_categories", "benign", "call",
     "Customer: I'm the office manager at the Unite regional office on Dock Road, we need the meeting-room "
     "curtains cleaned. || Agent: We'll send someone to measure on Wednesday. || Customer: Morning's best."),
    ("special_categories", "benign", "dm",
     "strike while the iron's hot eh, is the half-price duvet deal still running?"),
    ("special_categories", "benign", "voicemail",
     "Hello, it's Doug from the bowls club. The members' blazers need their annual clean before the season opens, "
     "about 35 of them. Thanks."),
    ("special_categories", "benign", "email",
     "Hi, our events company hired out 200 metres of rainbow bunting for the town's Pride festival. Could you "
     "quote for washing it before it goes back into storage? Thanks, Sandra, Bright Events Ltd"),
    ("special_categories", "benign", "chat",
     "do you do wedding dress cleaning after the wedding? || Agent: Yes, cleaning plus an optional preservation "
     "box. || perfect, I'll book for late August"),
    ("special_categories", "benign", "agent_note",
     "Customer asked whether we're sponsoring the Pride 5k again this year. Passed to marketing."),
    ("special_categories", "benign", "sms",
     "Hi, can my partner collect the coat? The ticket's in my name, I'll forward them the text"),
    ("special_categories", "benign", "web_form",
     "Name: Ellis Grant | Item: Rainbow-striped knit jumper | Notes: Colours running on the cuff, please test "
     "before cleaning."),
    ("special_categories", "benign", "review",
     "Queue was long but the counter staff were a proper laugh. Shirts perfect, as always."),
    ("special_categories", "benign", "call",
     "Agent: Slack Lane bookings. || Hi, I'm booking a deep clean before my in-laws visit. || Agent: "
     "Lovely, when do they "
     "arrive? || Saturday, so Friday at the latest please."),
    ("special_categories", "benign", "dm",
     "omg the sequin jacket is back and it's FABULOUS. my flatmate is so jealous"),
    ("special_categories", "benign", "voicemail",
     "Hi, this is the bar manager at the Rainbow Tavern on Quay Street. We need 80 bar towels and the booth "
     "covers done weekly. Ring me back please."),
    ("special_categories", "benign", "email",
     "Hello, could you change the title on my account to Dr? I've just finished my PhD and I'm enjoying it far "
     "too much. Thanks, Dr Mirela Voss"),
    ("special_categories", "benign", "chat",
     "are your alterations priced differently for men's and women's clothes? || Agent: No, we price by the job, "
     "not the garment's label. || good, that's how it should be"),
    ("special_categories", "benign", "agent_note",
     "Gender field on the web booking form is now optional, following a customer suggestion. Live from 1 June."),
    ("special_categories", "benign", "sms",
     "I've changed my surname, it's Okafor now. Can you update the account so the tickets match my card?"),
    ("special_categories", "benign", "web_form",
     "Name: Sam Crewe | Title: prefer not to say | Service: Shirt pressing | Notes: five shirts weekly, on "
     "hangers please"),
    ("special_categories", "benign", "review",
     "Unisex sizing on the workwear range is a great idea, much less faff ordering for the whole team. || Agent: "
     "Thanks! We'll pass that on to our buyers."),
    ("special_categories", "benign", "call",
     "Customer: Do you tailor women's suits or only men's? || Agent: Both, and anything in between, we cut to "
     "the person. || Customer: Lovely, I'll book a fitting."),
    ("special_categories", "benign", "dm",
     "that sequin gown you cleaned for the drag show at the Playhouse was iconic, do you do costume cleaning "
     "for theatres?"),
    ("special_categories", "benign", "voicemail",
     "Hi, Westbridge Theatre wardrobe department here. We need thirty costumes cleaned after the panto run, ring "
     "me on 07700 900233."),
    ("special_categories", "benign", "email",
     "Hi, tidiness just isn't in my genes, which is why I'm booking you fortnightly! Starting on the 4th please. "
     "Owen"),
    ("special_categories", "benign", "chat",
     "could you do lab coats for a genetics lab? we're at the science park, about 30 a week || Agent: Yes, we "
     "launder lab coats for several sites there. || great, I'll send the site details"),
    ("special_categories", "benign", "agent_note",
     "Customer asked if we use DNA-tagged security marking on items left with us, after a news piece. Explained "
     "we use barcoded tags only."),
    ("special_categories", "benign", "sms",
     "my brother's old suit fits me perfectly, just need the trousers shortened 2cm pls"),
    ("special_categories", "benign", "web_form",
     "Company: HelixBridge Biotech | Enquiry: Weekly cleaning of our office and kitchen only, not the labs. About "
     "2,000 sq ft."),
    ("special_categories", "benign", "review",
     "Clean is in this company's DNA. Immaculate every single visit."),
    ("special_categories", "benign", "email",
     "Hi, after your cleaners did the glass doors there are still fingerprint smudges at handle height. Could "
     "they give them a quick go over next time? Otherwise great. Fiona"),
    ("special_categories", "benign", "chat",
     "does your app support Face ID or just passwords? || Agent: Passwords for now, biometric login is on the "
     "roadmap. || ok, thanks for the honest answer"),
    ("special_categories", "benign", "agent_note",
     "Customer asked whether the new 24-hour lockers use fingerprints. Confirmed they use a 6-digit code sent by "
     "SMS; no biometrics collected."),
    ("special_categories", "benign", "sms",
     "Can you leave the parcel with building reception? the door keypad's being replaced this week"),
    ("special_categories", "benign", "web_form",
     "Name: Rhys Carden | Enquiry: What's your data retention policy for order history? Just for my own records "
     "before I sign up."),
    ("special_categories", "benign", "voicemail",
     "Hi, it's Anna. Your voice menu keeps sending me round in circles, I just want to book a carpet clean. "
     "Please call me back on 07700 900764."),
    ("special_categories", "benign", "review",
     "Stainless steel fridge had fingerprints everywhere, now I can see my face in it. Brilliant. || Agent: "
     "Ha, thank you! We'll tell the team."),
    ("special_categories", "benign", "dm",
     "saw your video with the sweatshirt that had a giant face print on it, that was wild. do you do heat-press "
     "printing too?"),
    ("special_categories", "benign", "call",
     "Agent: Slack Lane, Pip speaking. || Hi, the phone line said welcome back but I thought it was my first "
     "time calling? || Agent: It greets any number already on an order, you may have booked online. || Ah yes, "
     "I did."),
    ("special_categories", "benign", "chat",
     "do your cleaners do the smudges on touchscreen panels? our office has a big one in reception || Agent: "
     "Yes, with a screen-safe cloth. || ideal, add it to the Friday job"),
]


def slack_examples() -> list[dict]:
    """The slack split as labelled tickets (same shape as ``sensitive_eval.build_eval_set``'s)."""
    return stranger_examples("slack", ENTRIES, SUBJECTS)
