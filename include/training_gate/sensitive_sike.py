"""sike split: written by a helper who had not seen the detection rules, the anchors or any other split.
Setting: Hollowreed Audio, podcast hosting and community radio (Seedling/Canopy/Evergreen plans, ReedFeed RSS, Earprint
analytics, Reedmarket ads, Kettle listener tips, Switchboard phone-ins, Green Room guest bookings, Little Ears player);
registers are email, chat, sms, call_transcript, agent_note, web_form, review, voicemail, dm and in_app.
The benign half borrows the same territory harmlessly: faith, politics, parenting, health and true-crime shows, with
schools, churches, unions, parties and charities as customers, product names, idioms and routine policy or billing.
70 sensitive and 70 benign tickets for special categories, 50 and 50 for children, 20 and 20 for financial hardship,
15 and 15 for health, legal, bereavement and violence and self-harm.
First reading (policy 2026.11.24.3, before any change made in response to it; `sensitive_eval.evaluate`, as `make
eval-sensitive`): 91.0 / 3.5 recall / false exclusion in % as shipped, 92.5 / 14.5 without the overruling,
81.5 / 13.0 by the rules alone. Held out: never tuned or trained on."""

from __future__ import annotations

from training_gate.sensitive_blind import stranger_examples

SUBJECTS: tuple[str, ...] = (
    "RSS feed not updating",
    "Question about my plan",
    "Kettle payout",
    "Switchboard line problem",
    "Green Room booking",
    "Earprint numbers look off",
    "Reedmarket ad campaign",
    "Episode takedown request",
    "Can't log in",
    "Volunteer rota",
    "Billing query",
    "Playback issue in the app",
    "Refund request",
    "Station schedule change",
)

ENTRIES: list[tuple[str, str, str, str]] = [
    # ---- health
    ("health", "sensitive", "email",
     "Hi Hollowreed team, I host 'Allotment Hour' on the Canopy plan. I start chemo on the 3rd and the nurse says the "
     "second and third weeks of each cycle are rough, so I'd like to batch-record and schedule six episodes. Is there "
     "a limit on how far ahead ReedFeed can schedule? Thanks, Moira Penhallow"),
    ("health", "benign", "email",
     "Hello, I'm the station manager at St Brannock's Hospital Radio. We broadcast to the wards from a cupboard next "
     "to the outpatients pharmacy and want to move our archive onto an Evergreen plan. Can we get the charity "
     "discount, and does Evergreen include a second Switchboard line for request shows?"),
    ("health", "sensitive", "chat",
     "hi, is there any way to get transcripts on the Hollowreed app? || Agent: Auto-transcripts come with Canopy plans "
     "and above, so it depends on the show. Which one are you listening to? || Local Matters Weekly. I lost most of my "
     "hearing last year and the new aids don't cope with phone speakers || Agent: Sorry to hear that. Local Matters "
     "is on Seedling, but I can pass a request to the host. || please do, thank you"),
    ("health", "benign", "chat",
     "my Feed Health score went from green to amber overnight, what does that even measure? || Agent: It checks "
     "things like artwork size, missing enclosure lengths and broken episode links. Yours has two episodes returning "
     "404 on the audio. || ah, I deleted the files off the old server. cheers"),
    ("health", "sensitive", "sms",
     "cant do tues phone-in, back in hosp since sat, kidneys again. can someone cover or replay an old one. "
     "sorry - Dev"),
    ("health", "benign", "sms",
     "the stream's on life support again, buffering every 10 secs on 101.4 since about 7. anyone looking at it?"),
    ("health", "sensitive", "call_transcript",
     "Hi, it's Aled from the Thursday night rota at Valley Community Radio. || Agent: Hi Aled, what can I do for you? "
     "|| The new on-air light you fitted in Studio B flashes when the mic goes live. I've got photosensitive epilepsy "
     "so I can't sit under that. Can it be set to steady? || Agent: Yes, that's a Switchboard panel setting. I'll "
     "switch the flash off for Studio B tonight. || Brilliant, thanks."),
    ("health", "benign", "agent_note",
     "Host of 'Second Opinion', a medical-myths show, asked whether a pharmacy chain can sponsor episodes via "
     "Reedmarket. Told her healthcare advertisers are allowed with the standard disclaimer; prescription-only products "
     "are excluded. No further action."),
    ("health", "sensitive", "agent_note",
     "Host (acct 55120) asked urgently to unpublish ep 48 of 'Kitchen Table Talk'. She talks about her bipolar "
     "diagnosis in it and says she wasn't well when she recorded it. Unpublished, purged from CDN cache, dropped from "
     "the ReedFeed item list. Advised her to contact third-party directories for their cached copies."),
    ("health", "benign", "web_form",
     "Question: our show interviews nurses and GPs about public health topics. Do we need a disclaimer under your "
     "content policy, and does an episode about vaccines get pulled out of ad inventory automatically?"),
    ("health", "sensitive", "web_form",
     "Green Room booking issue. The form for the Harbour Street studio only lists the first-floor booth. I use a "
     "wheelchair and as far as I know there's no lift in that building. Could the host record with me remotely "
     "instead? Booking ref GR-20931."),
    ("health", "benign", "in_app",
     "The 'Audio Doctor' plugin crashes every time I drag in a WAV over 200MB. Clean reinstall, same thing."),
    ("health", "sensitive", "voicemail",
     "Hi, it's Priya Raman, Canopy plan, the show's called Two Sips In. I'm due at the end of March so I'm trying to "
     "get twelve weeks of episodes queued before the baby comes. Could someone ring me back about bulk scheduling? "
     "07700 900412. Thanks."),
    ("health", "benign", "voicemail",
     "Hello, Gareth here from Penwyn Rugby Club. We'd like to sponsor the sports slot on your community station, and "
     "our physio's offered to do a weekly injury-prevention tips bit. Who do I talk to about ad rates? Ta."),
    ("health", "sensitive", "dm",
     "Hey, loved being on the parenting episode! One thing though - around 34 minutes in I mention I've been on "
     "sertraline since January. I'm not ready for my in-laws to hear that. Any chance it can be trimmed "
     "before Friday?"),
    ("health", "benign", "dm",
     "Your 'Cold Open' feature is great but the name threw my co-host, she thought it was a flu warning lol. Can we "
     "set a default cold-open length across all episodes?"),
    ("health", "sensitive", "in_app",
     "Is there a setting that smooths out a wobbly voice? My Parkinson's has got worse this year and listeners have "
     "started commenting on the shake in my ad reads."),
    ("health", "benign", "review",
     "Dr. Decibel mastering is honestly the cure for muddy audio. Ran our whole back catalogue through it and the "
     "difference is night and day. 5 stars."),
    ("health", "sensitive", "review",
     "Four stars. After my stroke in the spring I couldn't manage reading long scripts off paper, and the teleprompter "
     "mode with huge text got me back on air. Would be five if it remembered my font size between sessions."),
    ("health", "benign", "agent_note",
     "Station volunteer asked if first aid training is mandatory before doing solo overnight shifts. Pointed him to "
     "the network volunteer handbook, section 4 (recommended, not required). Closed."),
    ("health", "sensitive", "email",
     "Hello, my husband listens to your community station during his dialysis, three mornings a week. The unit's wifi "
     "is poor so he relies on downloads, but the app deletes them after 48 hours. Can that be changed? It's the only "
     "thing that gets him through four hours in that chair. Regards, Jean Askew"),
    ("health", "benign", "email",
     "Hi, we're FitHaus Gyms and we'd like to run a sponsorship across fitness podcasts on Reedmarket. Can we target "
     "the 'Health & Wellness' category and see completion rates in Earprint? Budget is around 4k a month."),
    ("health", "sensitive", "chat",
     "can I schedule episodes to go out automatically? || Agent: Yes, in the episode editor choose 'Publish later'. || "
     "great. I've had long covid since 2022 and some weeks I physically can't get to the desk, so recording on the "
     "good days is the only way I keep the show going || Agent: That makes sense, you can queue up to 52 episodes. "
     "|| brilliant, thank you"),
    ("health", "benign", "chat",
     "my mic sounds like it's got a head cold, all muffled and boomy || Agent: Is the pop filter pressed right up "
     "against the grille? || ...yes. yes it was. sorry"),
    ("health", "sensitive", "agent_note",
     "Live phone-in on 'Late Line' (station 7): caller 'Tom' disclosed his HIV status on air during the dating "
     "segment. Host asked for 22:10-22:18 to be cut from the archive and the podcast version. Done, re-rendered and "
     "republished."),
    ("health", "benign", "review",
     "Honestly this redesign made me want to lie down in a dark room. Every menu has moved. Two stars until the "
     "upload button is back where it was."),
    ("health", "sensitive", "email",
     "Is it possible to block ad categories on my own feed? I'm in recovery from an eating disorder and Reedmarket "
     "keeps dropping diet-shake ads into my episodes, which I then have to sit and listen to when I check the edit."),
    ("health", "benign", "web_form",
     "Organisation: Calm Harbour Mental Health Trust. We're launching a podcast to promote our helpline over winter. "
     "We'd like the Canopy plan with two hosts, and want to know whether charities get free Reedmarket ad credits."),
    ("health", "sensitive", "sms",
     "knee op got moved to the 14th so im off the breakfast show that week and prob the next. on crutches after. "
     "sorry! Lyn"),
    ("health", "benign", "call_transcript",
     "Hi, I'm booking Dr Rhiannon Coles as a guest for our science show, she's a GP in town. Can the Green Room send "
     "her the release form ahead of time? || Agent: Yes, tick 'send release' when you confirm the slot. || Perfect, "
     "thanks."),
    # ---- children
    ("children", "sensitive", "email",
     "Hi, my daughter Isla is 14 and desperate to start a book review podcast. Your sign-up page says hosts must be "
     "16 or over. Can the Seedling account be in my name while she does the talking? I'd be listening to everything "
     "before it goes out. Thanks, Fiona Garrow"),
    ("children", "benign", "email",
     "Hello, I'm the business manager at Tollgate Primary School. Our radio club wants a Canopy plan for the school's "
     "own station. Can we pay by purchase order rather than card, and is there an education discount?"),
    ("children", "sensitive", "sms",
     "hello its Maureen, my grandson Alfie is 9 and hes reading a story on the little ears show sat morning. what time "
     "do we need to be at the studio?"),
    ("children", "benign", "sms",
     "is the Little Ears player included on Seedling or only the paid plans?"),
    ("children", "sensitive", "chat",
     "hi can i turn on kettle tips for my show || Agent: Sure, Kettle is under Monetise > Listener support. You'll "
     "need to verify a bank account for payouts. || ok but im 15 so i dont have a bank account, can it go into a "
     "paypal? || Agent: Payouts have to go to an account holder aged 18+, so a parent would need to set that up. || "
     "ugh ok"),
    ("children", "benign", "chat",
     "What's your minimum age for hosting a show? Writing our station's volunteer policy and want to match yours. || "
     "Agent: Account holders must be 16+, and anyone under 18 needs a parent or guardian on the account for "
     "monetisation. || Perfect, that's all I needed."),
    ("children", "sensitive", "agent_note",
     "Kids' phone-in (Saturday, station 3): young caller gave her full name and said she's in Year 5 at Holmfirth "
     "Road Primary. Producer dumped the line in time for the live feed but it's in the archive recording. Cut "
     "02:14-02:31 and republished."),
    ("children", "benign", "agent_note",
     "Host of 'Small Fry Stories' asked what the 'made for kids' flag in ReedFeed changes. Explained it disables "
     "personalised ads and comments on that feed. She's turned it on for the whole show."),
    ("children", "sensitive", "web_form",
     "I teach Year 4 at St Aidan's. We recorded a class podcast about the Romans and I'd like to upload it. The "
     "children who speak are Noah, Amira, Charlie P and Freya. Do you need individual release forms, or is the "
     "school's photo consent enough?"),
    ("children", "benign", "web_form",
     "We're Tumbledown Toys, an independent toy shop. We'd like to sponsor parenting and family shows on Reedmarket in "
     "the run-up to Christmas. What's the minimum spend, and can we exclude true crime and late-night shows?"),
    ("children", "sensitive", "voicemail",
     "Hi, this is Sarah Benton. My son Jack, he's seven, rang your Sunday phone-in on my mobile and they put him on "
     "air without asking to speak to an adult first. He said our street name. I'm not happy. Please call me on "
     "07700 900187."),
    ("children", "benign", "voicemail",
     "Hiya, it's Colin Marsh, my dad's account's under Ray Marsh. I'm his son, I'm forty-two, I just help him with "
     "the computer. He's locked out after too many password tries. Can you reset it so I can get him back in?"),
    ("children", "sensitive", "dm",
     "hey, i recorded a few episodes on the youth slot in 2021 when i was 13 and they're still on the feed. i'm 17 now "
     "and honestly it's embarrassing, can they be taken down?"),
    ("children", "benign", "dm",
     "please help, this feed is my baby and it's stopped updating on every app since Tuesday"),
    ("children", "sensitive", "review",
     "My 11-year-old listens to Little Ears every single night and it's lovely, but PLEASE add a sleep timer. She "
     "falls asleep and it plays till morning."),
    ("children", "benign", "review",
     "Small Fry Stories is a real gem. The narrator's voice is so calm and the sound design is gorgeous. Five stars."),
    ("children", "sensitive", "in_app",
     "Trying to add my daughter as a co-host. Entered her DOB as 12/05/2011 and the form just says 'not eligible'. "
     "What are we supposed to do?"),
    ("children", "benign", "in_app",
     "Little Ears crashes when I switch to offline mode on the tablet. Android 13, app version 6.2.1."),
    ("children", "sensitive", "call_transcript",
     "Hi, I need a bit removed from an episode. My friend hosts 'Dad Jokes Daily' and he recorded my little one doing "
     "a joke. She's six. I said yes at the time but I've changed my mind. || Agent: Of course. As her parent you can "
     "ask us directly. Which episode? || Episode 112, about five minutes in. || Agent: I'll flag it to the host and "
     "hide the episode until it's edited."),
    ("children", "benign", "call_transcript",
     "Hi, I'm chair of the PTA at Greenhill Juniors. We'd like to buy a short ad on the community station for our "
     "summer fair. || Agent: Local community ads start at twenty pounds a week. || Lovely, can we pay by bank "
     "transfer? || Agent: Yes, I'll email the details."),
    ("children", "sensitive", "email",
     "Dear Hollowreed, my daughter is in Year 9 and has been asked to co-present the teen slot on Riverside Community "
     "Radio on Thursdays after school. Will someone from the station be in the room with her, and will she be asked "
     "to give personal details on air? Many thanks, Helen Okoye"),
    ("children", "benign", "email",
     "Hi, we're the Bright Futures Children's Trust. We're launching a podcast about our fundraising work and want "
     "to know if registered charities get a discount on Canopy. All the presenters are staff."),
    ("children", "sensitive", "agent_note",
     "New Seedling signup 'gamerboi_rhys' wrote in the welcome survey that he's in year 8. Account paused pending "
     "parent details per policy; sent the guardian-consent email template."),
    ("children", "benign", "agent_note",
     "Parenting show host asked whether an episode on toddler tantrums needs the explicit tag because of one swear "
     "word from her co-host. Yes - any explicit language needs the tag. She'll bleep it instead."),
    ("children", "sensitive", "chat",
     "I need a refund on Kettle tips please. || Agent: Can you tell me which show they were sent to? || A gaming "
     "podcast. My son is 12, he used my saved card and tipped eighty quid over two days without asking. || Agent: "
     "I'm sorry. I've started a refund for the four tips and removed the saved card from the listener account."),
    ("children", "benign", "chat",
     "can you move the 'school run' slot from 8:15 to 8:30 on the Tuesday schedule? || Agent: Done, it'll show on "
     "the station guide within the hour. || ta"),
    ("children", "sensitive", "sms",
     "my lad turns 16 on friday, can he go on the overnight rota from then or does he have to wait"),
    ("children", "benign", "sms",
     "might need to handle this one with kid gloves, the sponsor is cross about their ad running twice"),
    ("children", "sensitive", "web_form",
     "Green Room guest booking. Guest: Maya Okafor, age 10. Appearing on 'Junior Jury' recording, 14 June. Parent "
     "attending: Grace Okafor, 07700 900233. Any dietary needs: none."),
    ("children", "benign", "web_form",
     "Nursery advert request. We're Little Acorns Day Nursery in Stenbury and would like a 20-second spot on the "
     "weekday breakfast show for September enrolment. Copy attached."),
    ("children", "sensitive", "email",
     "Hello, my granddaughter (born 2017) was featured in our family history podcast and her photo is on the cover "
     "art. Her mum has asked that it comes off. I can't find where to change the artwork. Thank you, Pat Hudson"),
    ("children", "benign", "voicemail",
     "Hello, it's Dean from Marlpit Youth Club. We'd love to bring a group to see the studio one evening, maybe a "
     "Wednesday. Can someone call back about what's possible?"),
    ("children", "sensitive", "voicemail",
     "Hi, Tony Rees, I coach the Alderbrook under-12s. One of my lads, Kian, was interviewed on the sports show last "
     "week after the cup final. His mum's asked me to check the clip doesn't say his surname. Cheers."),
    ("children", "benign", "dm",
     "Hi! We need sign-off on our Back to School campaign creative before Monday, it's the notebook brand one. Who "
     "approves Reedmarket ads these days?"),
    ("children", "sensitive", "dm",
     "hi its ruby im 13 and i love the kids stories show, can i be on it and read one of my own stories??"),
    ("children", "benign", "review",
     "The new interface looks childish. Big cartoon buttons everywhere. I run a serious news show, give me the old "
     "theme back."),
    ("children", "sensitive", "review",
     "Little Ears has saved bedtime for my three-year-old twins. Only gripe: the volume resets every time."),
    ("children", "benign", "in_app",
     "The Kids' Stories category has vanished from Browse on iPhone. Is that on purpose?"),
    ("children", "sensitive", "in_app",
     "My son is 8 and keeps finding true crime episodes even though Little Ears mode is on. How is that possible?"),
    ("children", "benign", "call_transcript",
     "Hi, I want to add my daughter as a co-host on my cookery show. || Agent: No problem, she'll need her own login. "
     "|| She's thirty-one, teaches home economics, she's got an email already. || Agent: Then just invite her from "
     "Team settings."),
    ("children", "sensitive", "call_transcript",
     "Hello, I'm head of Year 2 at Meadowside Infants. One of our pupils, Leo Tran, recorded a poem for your kids' "
     "show and his parents now want his full name taken out of the episode description. || Agent: I can do that now. "
     "First name only? || Nothing at all, please. || Agent: Removed."),
    ("children", "benign", "email",
     "Hi, we've booked children's author Nell Brightwater for our 'Story Shed' episode. She's asking whether she "
     "can approve the edit before release. Is that something the Green Room supports?"),
    ("children", "sensitive", "agent_note",
     "Kettle donation flagged by fraud check: £50 from a listener whose message says 'from Ollie age 15, love the "
     "show'. Card holder is an adult; refunded to card and emailed the card holder."),
    ("children", "benign", "agent_note",
     "A teacher asked what our general policy is on recording pupils for school podcasts. Sent the standard "
     "consent guidance PDF. No pupil details shared."),
    ("children", "sensitive", "email",
     "Hi, my stepdaughter Keira is sixteen and she's been invited onto 'Young Voices' on the politics strand. The "
     "form asks for a guardian signature - her mum and I are both happy, but which of us should sign? Thanks, "
     "Martin Dyer"),
    ("children", "benign", "chat",
     "our podcast turns 5 next week! our baby's growing up. can we get a badge for the show page? || Agent: Happy "
     "anniversary! Yes, milestone badges are under Show > Extras."),
    ("children", "sensitive", "chat",
     "Hi, I'm in year 6 and my mum said I could ask you. For my school project can I interview someone who makes "
     "podcasts? || Agent: That sounds brilliant. Could your mum email us at schools@example.com and we'll arrange "
     "it? || ok thank you"),
    ("children", "benign", "sms",
     "is there a bigger text setting on the app? asking for my nan, she's 88 and squints at everything"),
    ("children", "sensitive", "sms",
     "Oscar (5) wants to say happy birthday to his nanna Jean on the Saturday request show, can you read it out pls"),
    ("children", "benign", "web_form",
     "Student society booking. We're the Harrowgate University Film Society and want to record a weekly review "
     "show. All members are undergraduates. Can we share one Canopy plan between four hosts?"),
    ("children", "sensitive", "web_form",
     "Data deletion request. A birthday shout-out on the breakfast show on 3 March read out my son's full name, "
     "Ethan Marsh-Pike, and his date of birth, 03/03/2015. Please delete it from the podcast archive."),
    ("children", "benign", "voicemail",
     "Hi, it's Carla from Hopscotch Helmets, we make kids' bike helmets. We want to run a spring campaign on family "
     "shows. Please call me back on 555-0142."),
    ("children", "sensitive", "voicemail",
     "Hello, I'm a foster carer. The boy I look after, he's fourteen, has been ringing your late phone-in and using "
     "his real first name. For his safety that can't happen. Please call me, it's Anne, 07700 900561."),
    ("children", "benign", "dm",
     "is 'Kid Mode' the same as Little Ears or a different thing? the help pages use both"),
    ("children", "sensitive", "review",
     "I'm 14 and this is the best app for making podcasts, way easier than the others. My friends and I do a show "
     "about books. Only thing: let us edit on phones."),
    ("children", "benign", "review",
     "As a dad I really like how many good parenting shows there are here. The recommendations are spot on."),
    ("children", "sensitive", "dm",
     "My nephew is 11 and he recorded a whole podcast on my account while staying with me. I think he uploaded it "
     "too. Can you help me find and unpublish it?"),
    ("children", "benign", "in_app",
     "Forgot the parental controls PIN for Little Ears. Reset link isn't arriving."),
    ("children", "sensitive", "in_app",
     "My daughter turns 13 next month - can she get her own login under our family listener plan?"),
    ("children", "benign", "call_transcript",
     "I'm clerk to the governors at Fernlea Academy. We'd like to stream our public governors' meeting on the "
     "community station. || Agent: That's possible through a Switchboard outside-broadcast line. || How much notice "
     "do you need? || Agent: Two weeks ideally."),
    ("children", "sensitive", "email",
     "Hello, the cover art for our son's space podcast is his school ID photo, with the school crest and his name "
     "printed under it. He's in Year 7. We didn't realise it was public. How do we replace it quickly?"),
    ("children", "benign", "email",
     "Hi, my brothers and I have started a podcast about growing up in Blackpool in the 1980s. We're all in our "
     "fifties now. Can three people share one Seedling login or do we need Canopy?"),
    ("children", "sensitive", "agent_note",
     "Held Green Room booking GR-33107 for 'Teen Talk'. Guest is 15 (per host's note) and no parental consent form "
     "uploaded. Emailed host asking for it before 12 Oct recording."),
    ("children", "benign", "agent_note",
     "Bulk refund for 4th Millbrook Scouts: they were charged twice for the annual Seedling plan. Refunded the "
     "duplicate. Org account, group leader Dave Ibbotson is the contact."),
    ("children", "sensitive", "chat",
     "my son is 17 and wants to put ads on his gaming podcast. does he need me to sign anything? || Agent: Yes, for "
     "Reedmarket payouts under 18 a parent or guardian has to be the payee. || ok, can I do that from my own account?"),
    ("children", "benign", "chat",
     "we make a teen drama podcast, fiction. the characters are 16. does that mean we need an age rating? || Agent: "
     "Fictional characters' ages don't matter for the rating; it's about the content. Any explicit language? || "
     "a bit, yeah || Agent: Then tick the explicit box."),
    ("children", "sensitive", "call_transcript",
     "Hi, my grandson Leo won the kids' quiz on Saturday, he's ten, and the prize is a book voucher. They want his "
     "home address to post it. Can I give mine instead? || Agent: Of course, I'll update it. What's the address? || "
     "14 Linden Close, Stenbury."),
    ("children", "benign", "sms",
     "born 1989 if that matters, the payout form keeps asking for DOB and rejecting it"),
    ("children", "sensitive", "sms",
     "Finns birthday is 3rd may, hell be 7! could the kids show give him a shout out? hes mad about dinosaurs"),
    ("children", "benign", "web_form",
     "Mother's Day campaign. We're Petal & Stem florists and want to book a week of spots across parenting and "
     "lifestyle shows in March. Please send a rate card."),
    ("children", "sensitive", "web_form",
     "Youth project enquiry. I run a summer podcasting course for the Eastfield Estate. Participants are aged 13 to "
     "15 and I've attached their names and the consent forms. Can each of them have a sub-account on our Canopy plan?"),
    ("children", "benign", "voicemail",
     "Hi, it's Marion from the Children's Hospice Fun Run committee. We'd like the station to announce the run on "
     "the weekend shows. Call me back on 555-0177."),
    ("children", "sensitive", "voicemail",
     "Hello, it's Dan Whitlow. My daughter's in Reception and the school nativity was streamed on your community "
     "station, with the kids' names read out. Her mum and I didn't agree to that. Can it come off the archive?"),
    ("children", "benign", "dm",
     "a few of my adult learners at the college want to make a podcast for their course. any student pricing?"),
    ("children", "sensitive", "review",
     "Bought Canopy for my 12yo's space podcast and he's over the moon. Good editor, decent help docs. Four stars."),
    ("children", "benign", "review",
     "I'm 34 and I still fall asleep to Small Fry Stories every night. No shame. Lovely show."),
    ("children", "sensitive", "dm",
     "can u take down the episode i was on last week?? my parents dont know i was on it and i'm 15"),
    ("children", "benign", "in_app",
     "How do I nest a child feed under our network's parent feed? The option's greyed out."),
    ("children", "sensitive", "in_app",
     "Little Ears keeps asking for a birth date. I put 14/02/2019 for my son and now it's locked the whole profile."),
    ("children", "benign", "call_transcript",
     "Hi, I manage Riverside Community Radio. Do you have a template safeguarding policy for youth slots? || Agent: "
     "We do, I'll email it over. || Great, we're reviewing ours at the next committee."),
    ("children", "sensitive", "email",
     "Hi, my son Arjun is in Year 11 and has his GCSEs from May. Could his show be paused until the end of June "
     "without losing his subscribers? Thanks, Meena Shah"),
    ("children", "benign", "email",
     "Hello, we're renaming our show from 'Kidz Korner' to 'The Story Cupboard'. Will changing the title break "
     "the feed for existing subscribers?"),
    ("children", "sensitive", "agent_note",
     "Late Line phone-in: caller said she was 12 and gave her home address on air before the producer cut in. 7-sec "
     "delay caught it on FM but not on the web stream. Removed from archive, flagged to station manager."),
    ("children", "benign", "agent_note",
     "After the network merge some child episode records were orphaned from their parent shows. Ran the relink "
     "script for acct 70244; 31 episodes reattached."),
    ("children", "sensitive", "chat",
     "help, I think my toddler deleted an episode. she's 2 and got hold of the laptop. || Agent: Deleted episodes "
     "stay in Trash for 30 days. I can see ep 19 there. Restore it? || yes please!! || Agent: Restored."),
    ("children", "benign", "chat",
     "we're two new parents doing a podcast about the first year, can guests sign the release on their phone? || "
     "Agent: Yes, the Green Room release form works on mobile. || great"),
    ("children", "sensitive", "sms",
     "its ella from the youth slot (16) cant get in the studio door, code isnt working"),
    ("children", "benign", "sms",
     "can we run the 'school's out' special at 3pm on the 19th instead of the usual"),
    ("children", "sensitive", "web_form",
     "Guest booking for 'Science Squad'. Guest is my son, Reuben Hale, DOB 22/08/2010. He'll be coming with me; "
     "please send the release to me at hale.family@example.com."),
    ("children", "benign", "web_form",
     "Do you have a plan aimed at schools? We're a secondary school in Wrexford and want one account for staff to run "
     "the school station. No pupils would hold logins."),
    ("children", "sensitive", "voicemail",
     "Hello love, it's Brenda. My granddaughter's eight and she's been listening to Late Line on her tablet at "
     "bedtime. Some of that isn't for her ears. How do I stop the station playing on her tablet?"),
    ("children", "benign", "voicemail",
     "Hi, it's Simon, I'm phoning for my uncle, he's eighty-one, he wants to cancel his Kettle monthly tip to the "
     "jazz show. Account's under Harold Pine."),
    ("children", "sensitive", "review",
     "One star. My daughter is only 9 and she was allowed to phone in live to a late-night show. No checks at all."),
    ("children", "benign", "review",
     "Little Ears is great for long car journeys. Loads of stories and the downloads work in tunnels."),
    ("children", "sensitive", "dm",
     "hi, the episode description for 'Tiny Inventors' ep 8 has my son's name and his school in it. he's 10. "
     "can you get that changed please?"),
    ("children", "benign", "dm",
     "do you know who handles lullaby music licensing? want a soft bed under our bedtime stories show"),
    ("children", "sensitive", "in_app",
     "teen here (16) how do i hide my real name from the RSS feed? i don't want people at school finding it"),
    ("children", "benign", "in_app",
     "Where's the age-restricted toggle for true crime shows? Want to switch it on for ours."),
    ("children", "sensitive", "agent_note",
     "Mum of twin boys (Sam and Theo, both 9) called about the Saturday story slot. She wants their voices kept but "
     "the intro to use no names. Updated the episode notes and told the producer."),
    ("children", "benign", "email",
     "Hi, I'm a primary teacher taking a year's sabbatical to make a podcast about classroom life. Is there an "
     "educator discount, and can I add a co-host later?"),
    # ---- special_categories
    ("special_categories", "sensitive", "email",
     "Hi, I host the Tuesday drive-time phone-in on Eastgate Community Radio. From the 11th I'll be fasting, so for "
     "the month could we push the live show to start after sunset and run it as a late one? I'd rather break the "
     "fast with my family first and come in fresh. Thanks, Yusuf Demir"),
    ("special_categories", "benign", "email",
     "Hello, I'm the administrator at St Mark's Parish. We've recorded our Sunday sermons for years and want a Canopy "
     "plan so the vicar's talks go out as a podcast. Can the parish pay annually by invoice?"),
    ("special_categories", "sensitive", "sms",
     "hi its Leah, cant do fri nights anymore, we've started keeping shabbat properly since the new year. can i swap "
     "to sunday?"),
    ("special_categories", "benign", "sms",
     "that new shure mic is the holy grail, cheers for the recommendation. order no 88213 arrived today"),
    ("special_categories", "sensitive", "chat",
     "how do I rename my show without losing subscribers? || Agent: Change the title under Show settings; the feed "
     "URL stays the same. || great. it's called 'Heathen Hour' and since I was received into the Catholic Church at "
     "Easter it doesn't really fit me any more || Agent: Understood! The new title will show in apps within a day."),
    ("special_categories", "benign", "chat",
     "Do you allow religious shows to take Kettle tips, or does that count as a charity collection? || Agent: Any "
     "show can take tips; if you're a registered charity you can also enable Gift Aid. || thanks, we're a "
     "registered church so I'll look at that"),
    ("special_categories", "sensitive", "agent_note",
     "Host of 'Knock Knock' (acct 61098) asked to disable comments on all episodes. She left the Jehovah's Witnesses "
     "two years ago and people from her old congregation have started posting under the episodes. Comments off, "
     "existing ones hidden."),
    ("special_categories", "benign", "agent_note",
     "Al-Noor Community Radio (org account) asked for the Ramadan schedule template so they can run late-evening "
     "programming for the month. Sent template, extended their Switchboard hours."),
    ("special_categories", "sensitive", "dm",
     "Hi, happy to come on the show but not Sunday mornings please, I'm a lay preacher at the chapel and I'm in the "
     "pulpit most weeks. Any weekday evening works."),
    ("special_categories", "benign", "dm",
     "when's the deadline for scheduling the christmas special? want it out on the 24th"),
    ("special_categories", "sensitive", "voicemail",
     "Hi, it's Harjit Singh from the Monday night rota. The new over-ear headphones don't go over my turban, and "
     "I'm not taking it off for a shift. Is there a different headset the station can get? Thanks."),
    ("special_categories", "benign", "voicemail",
     "Hi, Pastor Ade from New Dawn Gospel Church here. We want to book the outside-broadcast kit for our choir's "
     "anniversary concert on the 9th. Call me back please, 555-0163."),
    ("special_categories", "sensitive", "review",
     "I was a parish priest for fifteen years before I lost my faith and walked away from the ministry. This platform "
     "made it easy to start a show about that journey. Great tools, five stars."),
    ("special_categories", "benign", "review",
     "The customer success guy is a total evangelist for the new editor and honestly he's right. Best update yet."),
    ("special_categories", "sensitive", "in_app",
     "Can I set quiet hours in the app around my prayer times? Autoplay keeps starting right when I'm on the mat."),
    ("special_categories", "benign", "in_app",
     "The 'Faith & Spirituality' category isn't showing in the category picker on Android."),
    ("special_categories", "sensitive", "web_form",
     "Rota request. I don't present on Ekadashi as I fast and spend the day at the mandir. Could the rota skip me "
     "on those dates? I've listed them for the next six months below."),
    ("special_categories", "benign", "web_form",
     "Content policy question. Our station carries a weekly Bible study programme from a local church. Does it need "
     "any 'religious content' label in the RSS, or is the category enough?"),
    ("special_categories", "sensitive", "email",
     "Hello, I host 'Vardo Stories' and I'm a Romani woman. Your category list has nothing that fits Romani culture, "
     "so my show ends up under 'Travel' which is a bit of a joke. Could you add something more appropriate?"),
    ("special_categories", "benign", "email",
     "Hi, is there a native app for Windows or just the web version? Our studio PCs can't install browser "
     "extensions."),
    ("special_categories", "sensitive", "chat",
     "the auto-transcripts are unusable for my show || Agent: Sorry about that, what's going wrong? || It mangles "
     "everything I say. I grew up in Lagos and Yoruba was my first language, so I've got an accent, but I'm not hard "
     "to understand || Agent: I'll switch you to the enhanced model, it copes better with accents."),
    ("special_categories", "benign", "chat",
     "which languages does the translation feature cover? || Agent: Twelve at the moment, including Welsh, Polish "
     "and Urdu. || good, our station does a Welsh-language hour"),
    ("special_categories", "sensitive", "call_transcript",
     "Hi, my name keeps getting spelled wrong on the Green Room booking. It's Rêzan, with the circumflex. || Agent: "
     "Sorry, the form strips accents at the moment. || It matters to me - my family is Kurdish and we had our names "
     "changed for us enough times. || Agent: I've fixed it manually on your booking and raised a bug."),
    ("special_categories", "benign", "call_transcript",
     "Hi, we're Kowalski's Deli and we'd like to advertise on the Polish-language evening show. || Agent: Lovely, "
     "that's a Reedmarket local spot. Do you have copy ready? || Yes, thirty seconds. || Agent: Send it over."),
    ("special_categories", "sensitive", "agent_note",
     "Late Line: caller said on air he's an Irish Traveller and a second caller made slurs about him. Host wants the "
     "whole exchange cut from the archive so the first caller isn't identifiable. Done, second caller's number "
     "blocked on Switchboard."),
    ("special_categories", "benign", "agent_note",
     "Station asked about running a Black Friday promo for its own merch shop. Explained Reedmarket house ads are "
     "free for station-owned products. Closed."),
    ("special_categories", "sensitive", "dm",
     "sorry my english is not so good, i came from Gdańsk only three years ago. the volunteer form will not accept "
     "my PESEL number, what i put instead?"),
    ("special_categories", "benign", "dm",
     "the payout form's country dropdown doesn't have the Isle of Man in it. what do I pick?"),
    ("special_categories", "sensitive", "web_form",
     "Feedback for station management. As the only Black presenter on the weekday schedule I'm tired of being asked "
     "to cover every 'diversity' slot. I'd like a meeting about rota fairness."),
    ("special_categories", "benign", "web_form",
     "Sponsorship enquiry from the Stenbury Caribbean Food Festival committee. We'd like on-air mentions in the two "
     "weeks before the festival. Budget £300."),
    ("special_categories", "sensitive", "sms",
     "can the donation receipt go out in punjabi? it's for my mum, she doesn't read english"),
    ("special_categories", "benign", "sms",
     "world music show's playlist report is missing 3 tracks for PRS, can u check"),
    ("special_categories", "sensitive", "voicemail",
     "Hello, Nguyen Van Thanh here. My name in the RSS feed comes out with question marks. We came over as boat people "
     "in eighty-nine and I've had my name mangled all my life, I'd like it right on my own show. Thank you."),
    ("special_categories", "benign", "voicemail",
     "Hi there, it's Ffion from Radio Glannau. Our Welsh-language news bulletins aren't showing up in the app search. "
     "Could someone check the language tag?"),
    ("special_categories", "sensitive", "email",
     "Hi, I've been selected as the Green Party candidate for Eastgate ward in May. Do I need to stop hosting "
     "'Allotment Hour' during the election period, or is it fine as long as I don't talk about the campaign? "
     "Thanks, Bea Lowther"),
    ("special_categories", "benign", "email",
     "We're the Stenbury branch of the Civic Forward party and want to buy ads on the community station before the "
     "council elections. What are your rules on political advertising?"),
    ("special_categories", "sensitive", "chat",
     "can you remove my name from the phone-in archive for last Thursday? || Agent: Can you tell me more? || The host "
     "mentioned on air that I canvass for the Heritage Party. My workplace is very much the other way and I'd rather "
     "they didn't find out || Agent: I'll ask the producer to cut that line."),
    ("special_categories", "benign", "chat",
     "what are the station's rules for election-night coverage? || Agent: Equal airtime for each candidate and no "
     "ads from parties on polling day. || got it, thanks"),
    ("special_categories", "sensitive", "agent_note",
     "Volunteer Gary Pell asked to be taken off the 'Meet the Team' page. He's election agent for a Civic Forward "
     "councillor this year and doesn't want the station linked to his campaign. Removed."),
    ("special_categories", "benign", "agent_note",
     "Politics show host asked if the station can host a hustings with all five candidates. Yes, via Switchboard "
     "multi-line. Booked Studio A for 28 April."),
    ("special_categories", "sensitive", "dm",
     "hi! i was in the vox pop on the news show about the climate march. could you cut me out? i was there with "
     "Extinction banners and my manager listens to your station"),
    ("special_categories", "benign", "dm",
     "that's a conservative estimate on the download numbers btw, Earprint's still catching up from the outage"),
    ("special_categories", "sensitive", "sms",
     "out leafleting for the libertarians all sat so can't do the morning slot, can Jo swap"),
    ("special_categories", "benign", "sms",
     "we've been making liberal use of the new ad breaks, works well"),
    ("special_categories", "sensitive", "review",
     "As a lifelong socialist I was disgusted to hear a payday-loan ad in the middle of my own show. I want control "
     "over what runs on my feed. Two stars."),
    ("special_categories", "benign", "review",
     "The debate-show format template is brilliant. Two presenters, a timer, caller queue. Exactly what our politics "
     "hour needed."),
    ("special_categories", "sensitive", "in_app",
     "Can I block the ad for the Civic Forward candidate from running on my feed? I'm a paid-up member of the party "
     "standing against her and my listeners know it."),
    ("special_categories", "benign", "in_app",
     "Party mode keeps turning itself on when I open the app. What is it and how do I stop it?"),
    ("special_categories", "sensitive", "call_transcript",
     "Hi, my Green Room calendar is public and it shows I've got three sessions with the MP's campaign team. || "
     "Agent: You can make individual bookings private. || Please do, I'm volunteering for her re-election and I'd "
     "rather not advertise it. || Agent: Done, they're hidden now."),
    ("special_categories", "benign", "call_transcript",
     "Hello, Stenbury Borough Council here. We'd like to stream the full council meeting on the community station. "
     "|| Agent: Of course, we'll need the date and a line from the chamber. || 14 November, 7pm. || Agent: Booked."),
    ("special_categories", "sensitive", "web_form",
     "Please turn off comments on my show. I said on episode 30 that I voted Leave and I've had a flood of nasty "
     "replies. Show: 'Pennines Pints'."),
    ("special_categories", "benign", "web_form",
     "Audio question: the left and right channels seem swapped on our stereo feed. Is that on our side or yours?"),
    ("special_categories", "sensitive", "email",
     "Hello, I'm branch secretary for the Allied Carers' Union at the Meadowview care home and I'd like to start a "
     "podcast for our members. My employer doesn't know I'm on the branch committee yet, so can the show go out "
     "without my surname attached?"),
    ("special_categories", "benign", "email",
     "Hello, the Northern Allied Carers' Union regional office would like a Canopy plan for a members' podcast. The "
     "account should be in the union's name and billed to our office."),
    ("special_categories", "sensitive", "sms",
     "on strike wed + thu with the union so cant do my news shifts, can someone swap? - Kelly"),
    ("special_categories", "benign", "sms",
     "lightning strike took out the transmitter at the mast, we're off FM till the engineer gets there"),
    ("special_categories", "sensitive", "chat",
     "I need to change my show's name urgently || Agent: Sure, what's up? || I got a formal warning at work last "
     "week for organising a union drive in the warehouse and the show is literally my name plus 'Speaks Up' || "
     "Agent: Got it. Title and artwork can both be changed in Show settings."),
    ("special_categories", "benign", "chat",
     "how do I merge two feeds? want a union of both episode lists || Agent: Use Feed tools > Merge; it dedupes by "
     "GUID. || nice"),
    ("special_categories", "sensitive", "voicemail",
     "Hi, it's Stan Kowal, I'm shop steward for the postal workers at the Millbrook depot. I'd like to come on the "
     "local news show to talk about the ballot. Call me back on 07700 900348."),
    ("special_categories", "benign", "voicemail",
     "Hello, it's Sunita from the Stenbury Credit Union. We'd like to sponsor the money advice slot on Wednesdays. "
     "Please give me a ring."),
    ("special_categories", "sensitive", "dm",
     "Could you drop my surname from the guest credits on the strike episode? My employer doesn't know I'm a union "
     "member and I'd like to keep it that way."),
    ("special_categories", "benign", "dm",
     "is the Union Street studio open on bank holidays?"),
    ("special_categories", "sensitive", "review",
     "We used Switchboard to run a picket-line phone-in during our dispute. Twenty years a union man and I've never "
     "seen members' voices heard like that. Five stars."),
    ("special_categories", "benign", "review",
     "Our rail-strike special on the local news show got the biggest numbers we've had. Earprint made it easy to see "
     "where listeners dropped off."),
    ("special_categories", "sensitive", "email",
     "Hi, I co-host 'Sunday Roast' with my husband Daniel. He's changed his email address and can't log in any more. "
     "Can you move his access over to daniel.ferris@example.com? Thanks, Owen Ferris"),
    ("special_categories", "benign", "email",
     "Hi, we're the Stenbury Pride committee. We'd like to sponsor the weekend shows in the run-up to the parade "
     "and book an outside broadcast on the day."),
    ("special_categories", "sensitive", "chat",
     "is there a way to add a second host photo to the show page? || Agent: Yes, up to four host photos. || great. "
     "it's just that as a bi woman in a relationship with a man people assume things, so I want my co-host's face "
     "on there too. || Agent: Makes sense, add them under Show > People."),
    ("special_categories", "benign", "chat",
     "calls to the studio are going straight to voicemail, is Switchboard down? || Agent: There's an incident on "
     "line 2, it's being fixed now. || ok ta"),
    ("special_categories", "sensitive", "dm",
     "Hi, thanks for having me on the faith panel. One request: please cut the bit where I mention my girlfriend. "
     "I'm not out to my family and my parents listen to your station."),
    ("special_categories", "benign", "dm",
     "how do I join the partner programme? we're a small network of three shows"),
    ("special_categories", "sensitive", "voicemail",
     "Hi, it's Carol Tanner. My wife Jen and I both have listener accounts and we keep getting double-charged for "
     "the same Kettle tip. Could we merge the two accounts? Thanks."),
    ("special_categories", "benign", "voicemail",
     "Hi, it's Rob, I produce the LGBT+ history show on the station. We need the archive clips from the 1990s Pride "
     "coverage for a documentary episode. Who holds those?"),
    ("special_categories", "sensitive", "agent_note",
     "Late Line: a caller came out as gay to his parents live on air and has now asked for it to be removed from the "
     "podcast version - he gave his first name and village. Removed 23:41-23:49 and republished."),
    ("special_categories", "benign", "agent_note",
     "Host asked if a queer history show can go in 'Society & Culture' and 'History'. Yes, two categories allowed. "
     "Done."),
    ("special_categories", "sensitive", "review",
     "As a gay man in a tiny village, finding the LGBT shows here got me through a lonely winter. The app's great "
     "too. Five stars."),
    ("special_categories", "benign", "review",
     "Sponsored the Pride weekend broadcast through Reedmarket. Clear reporting, fair price, would do it again."),
    ("special_categories", "sensitive", "sms",
     "can u change the billing name to Mark & Steve Adair? we got married last month. acct 40912"),
    ("special_categories", "benign", "sms",
     "can u change the billing name to Adair Joinery Ltd, we've incorporated. acct 40913"),
    ("special_categories", "sensitive", "web_form",
     "Name: Rhys Llewellyn. Issue: my ex-boyfriend Callum is still an admin on the show we used to make together. "
     "We split in March. I need him removed so he can't publish under my name."),
    ("special_categories", "benign", "web_form",
     "Does the Green Room booking form have a pronouns field? Our station wants to use it for all guests as policy."),
    ("special_categories", "sensitive", "email",
     "Hello, my wife and I host 'Three's Company', which is about our own polyamorous household. A listener has "
     "complained that our episode on opening up our marriage isn't tagged explicit. Should it be? It's frank, but "
     "there's no swearing."),
    ("special_categories", "benign", "email",
     "Hi, we're the Stenbury Sexual Health Clinic's outreach team and want to launch a sex-ed podcast for adults. "
     "Are there content rules we should know about before we apply?"),
    ("special_categories", "sensitive", "chat",
     "Can an episode be edited after it's published? || Agent: Yes, upload a replacement file and the feed updates. "
     "|| Good. On last week's episode I said I've been celibate for six years since my divorce and I really "
     "regret it. I want that minute gone. || Agent: Replace the audio and it'll roll out to apps."),
    ("special_categories", "benign", "chat",
     "how do I hook up the new mixer to Switchboard? USB or XLR? || Agent: XLR out to the Switchboard interface, USB "
     "only for power. || thanks"),
    ("special_categories", "sensitive", "agent_note",
     "Complaint from a listener: a Late Line caller described his sex life in detail and named his girlfriend, who "
     "says she never agreed to it. Cut 00:12-00:19 from the archive and told the host."),
    ("special_categories", "benign", "agent_note",
     "Dating-advice show host asked whether they need the explicit tag for a general episode on first-date etiquette. "
     "No strong language, so no."),
    ("special_categories", "sensitive", "dm",
     "ok this is awkward. on your relationships show I talked way too much about me and my boyfriend going to a "
     "swingers' club. can that bit be cut before it airs??"),
    ("special_categories", "benign", "dm",
     "that new waveform view is sexy, nice work. any chance of a dark mode to go with it?"),
    ("special_categories", "sensitive", "voicemail",
     "Hi, it's Gwen. I was on the phone-in about marriage last night and I said my husband and I haven't slept "
     "together in two years. He's furious. Is there any way to get that taken off the replay?"),
    ("special_categories", "benign", "voicemail",
     "Hi, Jess from The Attic Room here, it's a small intimate venue. We'd like to book a live podcast recording "
     "with an audience of forty. What do you charge for the kit?"),
    ("special_categories", "sensitive", "web_form",
     "Privacy request. I host 'Between the Sheets', where I talk honestly about my own sex life, under a pen name. "
     "My real surname is showing in the RSS <itunes:owner> field. Please remove it urgently."),
    ("special_categories", "benign", "web_form",
     "Is there a content policy for adult-themed shows? We're a relationships podcast and want to understand the "
     "rules before we enable Reedmarket."),
    ("special_categories", "sensitive", "sms",
     "pls delete my voicemail on the late line about the hookup app, i said my real name like an idiot"),
    ("special_categories", "benign", "sms",
     "what's the max length for a voicemail drop on the late line? ours got cut at 60s"),
    ("special_categories", "sensitive", "email",
     "Hi, I'm a trans woman and I changed my name two years ago, but my old name is still showing as the author in "
     "the ReedFeed for 'Signal Lost'. I've updated it in my profile. Where else is it pulling from? Thanks, "
     "Alexis Hart"),
    ("special_categories", "benign", "email",
     "Hello, we're Trans-Pennine FM, a community station between two valleys. We'd like to move our podcast "
     "archive to Evergreen. How long does migration usually take?"),
    ("special_categories", "sensitive", "chat",
     "can I set pronouns for the show credits? || Agent: Yes, under People > Edit. || thanks, I'm non-binary and "
     "the intro bumper keeps saying 'her show' || Agent: The bumper is a separate audio file, you'll need to re-record "
     "it, but the credits will say they/them now."),
    ("special_categories", "benign", "chat",
     "the transition between segments has a click in it || Agent: That's usually a crossfade set to zero. Try 50ms. "
     "|| fixed, thanks"),
    ("special_categories", "sensitive", "in_app",
     "Voice login has stopped recognising me. I've been on testosterone for six months and my voice has dropped a "
     "lot. How do I re-enrol?"),
    ("special_categories", "benign", "in_app",
     "Transcoding to AAC fails on anything longer than three hours. Ep 221 is stuck."),
    ("special_categories", "sensitive", "agent_note",
     "Host of 'Night Owls' is transitioning and asked that her old name be replaced in all 240 episode descriptions. "
     "Ran the bulk find-and-replace, checked ten episodes by hand. Confirmed with her by email."),
    ("special_categories", "benign", "agent_note",
     "Women in Radio North (network org) asked for an aggregate gender breakdown of presenters across member "
     "stations. Told them we don't hold gender data; suggested surveying stations."),
    ("special_categories", "sensitive", "dm",
     "hey, the intro on the episode I guested on calls me 'she' twice. I'm a trans man. could those two lines be "
     "re-recorded or cut?"),
    ("special_categories", "benign", "dm",
     "which adapter do I need, the female XLR to jack or the other way round? the shop's confused me"),
    ("special_categories", "sensitive", "review",
     "The Green Room form only offers Mr, Mrs, Miss or Ms. I've just got my gender recognition certificate and "
     "having to pick the wrong box every booking is grim. Otherwise solid, three stars."),
    ("special_categories", "benign", "review",
     "Would love an 'Mx' option in the title dropdown. Otherwise the booking flow is the smoothest I've used."),
    ("special_categories", "sensitive", "voicemail",
     "Hello, it's Linda Frost. My son transitioned last year and he's asked me to take his old name out of the "
     "family podcast we used to do when he was at uni. There are about forty episodes. Could someone help?"),
    ("special_categories", "sensitive", "call_transcript",
     "Hi, it's Jordan from the Wednesday rota. I'm back next week after my surgery and my new name's on the legal "
     "documents now. || Agent: Welcome back! Do you need your door pass updated? || Yes, and the rota and the "
     "website bio still use my deadname. || Agent: I'll update all three today."),
    ("special_categories", "benign", "call_transcript",
     "Hi, we're redoing our volunteer forms and wondered if you recommend asking for gender at all. || Agent: We "
     "don't collect it; our template just asks for name and preferred pronouns, optional. || That's helpful, thanks."),
    ("special_categories", "sensitive", "email",
     "Hi, I want to make a short series about my HelixLine DNA results, which showed the man who raised me isn't my "
     "biological father. Before I upload, can I make episodes private to a list of family emails only?"),
    ("special_categories", "benign", "email",
     "Hello, we're HelixLine, a DNA testing company. We'd like to run a Reedmarket campaign on history and genealogy "
     "shows. Do you allow health-adjacent advertisers on those categories?"),
    ("special_categories", "sensitive", "chat",
     "need to edit something out of an episode I guested on || Agent: I can contact the host. What's the section? "
     "|| I mentioned that I'm a BRCA2 carrier, which I thought was fine, but my sister hasn't been tested and "
     "doesn't want it out there || Agent: Understood, I'll ask the host to remove it."),
    ("special_categories", "benign", "chat",
     "can we call our science show 'Double Helix' or is that taken on the platform? || Agent: There's a 'Double "
     "Helix Radio' already, but titles don't have to be unique. || ok cool"),
    ("special_categories", "sensitive", "agent_note",
     "Host accidentally attached a PDF of her own genetic test report (Huntington's gene result) to episode 14 as "
     "'show notes'. Removed the attachment, purged CDN, checked the feed enclosure. Emailed her to confirm."),
    ("special_categories", "benign", "agent_note",
     "Stenbury Family History Society (org) asked how to embed a feed on their website. Sent the embed code."),
    ("special_categories", "sensitive", "sms",
     "dont put my dna percentages in the show notes pls, I said u could mention them on air but not write them down"),
    ("special_categories", "benign", "sms",
     "reliability is in our DNA apparently, says the status page. stream's been down 2 hrs"),
    ("special_categories", "sensitive", "review",
     "I did an episode about finding out I carry the cystic fibrosis gene, and the transcript tool got every medical "
     "term right. Impressive. Four stars."),
    ("special_categories", "benign", "review",
     "Great platform for our genealogy show. The chapter markers are perfect for splitting up each family tree."),
    ("special_categories", "sensitive", "web_form",
     "Request: I'm a guest on 'Roots & Branches' next week. My ancestry test turned up a whole family line I didn't "
     "know about. I'm fine talking about it, but please don't display my raw results screenshot on the show page."),
    ("special_categories", "sensitive", "dm",
     "Hi, my sister and I both tested positive for the Lynch syndrome mutation. She's agreed to come on the show but "
     "doesn't want that bit in the episode. Can we flag it for the editor?"),
    ("special_categories", "benign", "dm",
     "is Earprint the same as audio fingerprinting? a sponsor keeps asking if we can prove their ad played"),
    ("special_categories", "sensitive", "agent_note",
     "Former volunteer Sandra Pugh asked for her fingerprint template to be deleted from the Studio A clock-in "
     "reader now she's left the station. Wiped from the reader and the backup. Confirmed in writing."),
    ("special_categories", "benign", "agent_note",
     "Ad-verification question from a sponsor: explained that Reedmarket uses audio fingerprinting of ad files, not "
     "of listeners, to confirm plays. Sent the FAQ."),
    ("special_categories", "sensitive", "email",
     "Hello, I enrolled in voiceprint login last year. I'd like that voiceprint deleted completely and to go back to "
     "a normal password. Please confirm once it's removed from your systems. Regards, Tomasz Wren"),
    ("special_categories", "benign", "email",
     "Hi, before our station adopts your voice-login option, can you tell us whether voiceprints are stored on your "
     "servers or on the device, and for how long? We need it for our privacy notice."),
    ("special_categories", "sensitive", "in_app",
     "The face unlock on the Studio C door has my face enrolled twice, once with glasses. Can the old scan be "
     "removed?"),
    ("special_categories", "benign", "in_app",
     "The Voiceprint denoiser profile resets every time I reopen the project. Is that a bug?"),
    ("special_categories", "sensitive", "chat",
     "Switchboard won't let me through to the phone-in || Agent: It looks like caller voice-ID matched you to a "
     "blocked caller. || that's not me! I've never been blocked || Agent: I'll delete the voice match stored against "
     "your number and whitelist you."),
    ("special_categories", "benign", "chat",
     "can we meet face to face about the sponsorship? || Agent: Our partnerships team can do Tuesdays at the "
     "Harbour Street office. || Tuesday works"),
    ("special_categories", "sensitive", "voicemail",
     "Hi, this is Paul Greer. I gave the station my fingerprints for the studio door scanner when I volunteered. I've "
     "moved away now and I'd like them off your system. Thanks."),
    ("special_categories", "sensitive", "web_form",
     "Subject access request: please send me a copy of all data you hold about me, including the voiceprint stored "
     "for my account login and any face images from the studio entry system. Name: Ines Carvalho."),
    ("special_categories", "benign", "web_form",
     "Policy question: does the Switchboard caller voice-ID feature count as biometric processing? Our station "
     "committee needs to know before we turn it on."),
    ("special_categories", "sensitive", "sms",
     "face scanner at the studio door doesnt know me since i shaved the beard lol, can you re-enrol me before sat"),
    ("special_categories", "benign", "sms",
     "time to face the music, the sponsor's heard the ad ran at 3am. can u call me"),
    ("special_categories", "sensitive", "call_transcript",
     "Hi, I'd like to start a podcast but under a made-up name. || Agent: That's fine, the show name and host name "
     "can be anything. Is there a reason you need extra privacy? || I left the Brethren last year and my family and "
     "the whole assembly cut contact. I want to talk about it without them tracing me. || Agent: Then I'd also "
     "hide the owner email in the feed. I'll show you how."),
    ("special_categories", "benign", "call_transcript",
     "Hello, I'm calling from the Stenbury University chaplaincy office. We want to podcast our lunchtime talks. || "
     "Agent: Is the account for the university or the chaplaincy? || The chaplaincy, it has its own budget code. "
     "|| Agent: Then I'll set up an org account in that name."),
    ("special_categories", "benign", "in_app",
     "The Politics tab in Browse is showing episodes from last March at the top. Sort seems broken."),
    ("special_categories", "benign", "review",
     "Our union branch moved its members' podcast here from another host and the migration was painless. Feed "
     "redirect worked first time. Five stars."),
    ("special_categories", "benign", "voicemail",
     "Hi, it's Raj from the Stenbury Interfaith Forum. We'd like the annual dinner speeches broadcast live on the "
     "community station this year. Could someone call me back? 555-0118."),
    # ---- financial_hardship
    ("financial_hardship", "sensitive", "email",
     "Hi, I was let go from my job on Friday and I can't justify £18 a month for Canopy right now. Can I drop to "
     "Seedling without losing the back catalogue? Four years of episodes is all I've got to show for the show. "
     "Thanks, Neil Barraclough"),
    ("financial_hardship", "benign", "email",
     "Hello, our invoice INV-30412 shows VAT at 20% but we're a VAT-registered station and need our number on it. "
     "Could you reissue it with GB 123 4567 89 included?"),
    ("financial_hardship", "sensitive", "sms",
     "can i pause my kettle pledge to the folk show for a few months? on universal credit now and it's tight"),
    ("financial_hardship", "benign", "sms",
     "card got declined on renewal, it expired last month. updated it now, can u retry the payment"),
    ("financial_hardship", "sensitive", "chat",
     "I've had a letter from a debt collection agency about Hollowreed invoices || Agent: I'm sorry, that must be "
     "stressful. Let me look. || I stopped paying after I lost my hours at work and I didn't know it would go to "
     "collections. || Agent: I can see three unpaid months. I'll put the account on hold and ask finance about a "
     "payment plan."),
    ("financial_hardship", "benign", "chat",
     "when does the Kettle payout land? it's the 5th and nothing yet || Agent: Payouts run on the 5th but take up "
     "to three working days to clear. || ok so friday-ish || Agent: Yes."),
    ("financial_hardship", "sensitive", "agent_note",
     "Host of 'Bricks & Mortar' says she's being evicted at the end of the month and will be sofa-surfing, so can't "
     "record for a while. Paused billing for 90 days, left feed live. No charge."),
    ("financial_hardship", "benign", "agent_note",
     "Customer charged twice for the April Canopy renewal (card retry glitch). Refunded the duplicate £18, "
     "apologised."),
    ("financial_hardship", "sensitive", "voicemail",
     "Hi, it's Ken Forsyth. I've been made redundant and I need to cancel the monthly donation I set up to the "
     "community station. I'm sorry to do it, I love the station. Account's under my email, ken.f@example.com."),
    ("financial_hardship", "benign", "voicemail",
     "Hi, I've just seen the plan price is going up in June. Bit annoyed nobody mentioned it sooner. Can someone "
     "ring me and explain what's changing?"),
    ("financial_hardship", "sensitive", "dm",
     "awkward question: I was declared bankrupt last month and the trustee says my Kettle payouts count as income "
     "they can claim. Is there a way to redirect them to the trustee's account?"),
    ("financial_hardship", "benign", "dm",
     "this ad rate is going to bankrupt me lol. any chance of a discount if we commit to six months?"),
    ("financial_hardship", "sensitive", "web_form",
     "Payment plan request. I'm £54 in arrears on my Seedling plan. I've been out of work since October and "
     "living on savings that are nearly gone. Could I pay £5 a month until it's cleared?"),
    ("financial_hardship", "benign", "web_form",
     "General question: do you have any discount scheme for community stations with very small budgets? We're run "
     "entirely by volunteers."),
    ("financial_hardship", "sensitive", "review",
     "Lost my job in March, cancelled the same day, and you still took two more payments. I had to borrow off my "
     "sister to cover rent. One star until I'm refunded."),
    ("financial_hardship", "benign", "review",
     "'Debt Free Diaries' is the most practical money show on here. Clear, no jargon, episode 40 on budgeting apps "
     "is excellent."),
    ("financial_hardship", "sensitive", "in_app",
     "Renewal is due tomorrow and I genuinely can't cover it this month - rent has to come first. Is there any grace "
     "period before the show goes offline?"),
    ("financial_hardship", "benign", "in_app",
     "Payouts in euros are converting at a weird rate. Which exchange rate do you use?"),
    ("financial_hardship", "sensitive", "call_transcript",
     "Hi, I volunteer on Saturdays but I'm going to have to stop. || Agent: Oh no, is something wrong? || I'm on "
     "benefits and the bus fare to the station is eight quid return, I can't do it any more. || Agent: Let me check "
     "with the station manager, there's a volunteer travel fund you might qualify for."),
    ("financial_hardship", "benign", "call_transcript",
     "Hello, I'm from the Stenbury Food Bank. We're a charity and want to start a short podcast for volunteers. || "
     "Agent: We have a free Seedling tier for registered charities. || Perfect, what do you need from us? || Agent: "
     "Just your charity number."),
    ("financial_hardship", "sensitive", "email",
     "Please could you refund the last three donations I made to 'Harbour Lights'? My husband lost his job and we're "
     "two months behind on the mortgage. I know it's not your fault. Thank you, Deborah Quayle"),
    ("financial_hardship", "benign", "email",
     "Hi, we're Money Matters, an independent debt advice charity. We'd like to sponsor personal-finance shows on "
     "Reedmarket. Can we restrict our ads to that category?"),
    ("financial_hardship", "sensitive", "chat",
     "is there a cheaper plan than Seedling? || Agent: Seedling is our lowest paid tier, but there's a free tier "
     "with a 5-hour upload cap. || that'll have to do. I'm using the food bank at the moment so every pound counts"),
    ("financial_hardship", "benign", "chat",
     "our comedy show is called 'Flat Broke Fridays', is that going to get flagged by Reedmarket? || Agent: No, "
     "titles don't affect ad eligibility. || phew"),
    ("financial_hardship", "sensitive", "agent_note",
     "Host is in an IVA and his insolvency practitioner asked for a statement of his Kettle income for the past "
     "year. Sent statement to the host directly per policy. Set up £10/month arrangement for his £70 plan arrears."),
    ("financial_hardship", "benign", "agent_note",
     "Customer asked how to delete a listening Collection. Explained Collections are under Library > Collections. "
     "Closed."),
    ("financial_hardship", "sensitive", "sms",
     "bailiffs took the laptop so the show's off for a bit. dont cancel it please, i'll be back"),
    ("financial_hardship", "benign", "sms",
     "kettle payout threshold is £50? im sitting on £48 lol, guess it'll be next month"),
    ("financial_hardship", "sensitive", "dm",
     "Hi, could my guest appearance fee be paid this week instead of the end of the month? I'm behind on rent and "
     "the landlord's given me till Friday."),
    ("financial_hardship", "benign", "dm",
     "our local news show is covering the factory closures this week. can we get an extra switchboard line for "
     "callers?"),
    ("financial_hardship", "sensitive", "web_form",
     "Hardship request. I care full time for my mum and carer's allowance is all I have. My show is my one outlet. "
     "Is there any reduced rate I could apply for?"),
    ("financial_hardship", "benign", "web_form",
     "Advertiser application. 'Pennywise' is a personal-finance podcast about budgeting and saving. We want to "
     "enable Reedmarket ads. Show ID 88104."),
    ("financial_hardship", "sensitive", "voicemail",
     "Hello dear, it's Edna Lowe. I'm eighty and I can't manage the heating and the monthly tip to the organ music "
     "show as well this winter. Could you stop the tip please? Thank you."),
    ("financial_hardship", "benign", "voicemail",
     "Hi, it's Grace from the accounts team at Eastgate Community Radio. Would switching to annual billing save "
     "us money on Evergreen? Call back on 555-0190."),
    ("financial_hardship", "sensitive", "review",
     "When I was made redundant, support paused my plan for three months without me even asking twice. That kept "
     "my show alive. Five stars for actual humans."),
    ("financial_hardship", "benign", "review",
     "Cheapest decent host we found. Our station runs on a shoestring and Evergreen still fits the budget."),
    ("financial_hardship", "sensitive", "in_app",
     "Please stop payday-loan ads in my own feed. I'm already drowning in three of them and hearing those ads "
     "while editing is the last thing I need."),
    ("financial_hardship", "benign", "in_app",
     "One of my Kettle donors shows 'payment failed' every month. Can I see why?"),
    ("financial_hardship", "sensitive", "call_transcript",
     "My card got declined for the renewal. || Agent: I can see that. Do you want to try another card? || I haven't "
     "got another. The bank froze my account after a debt agency got a court order. || Agent: I'm sorry. I'll hold "
     "the renewal for 30 days so nothing's lost."),
    ("financial_hardship", "benign", "call_transcript",
     "I clicked annual instead of monthly by mistake. || Agent: I can switch that back and refund the difference. || "
     "Great, thanks. || Agent: Done, you'll see £162 back in 3-5 days."),
    # ---- legal
    ("legal", "sensitive", "email",
     "Hello, a local councillor is suing me for defamation over episode 63 of 'Town Hall Tapes'. My solicitor needs "
     "the download figures for that episode and the date it was first published. Can you provide a signed statement? "
     "Regards, Pete Mullan"),
    ("legal", "benign", "email",
     "Hi, we make 'The Bellgrove Poisonings', a true crime series about a case from 1894. Can the episode artwork use "
     "newspaper illustrations from the period, or do you need proof they're out of copyright?"),
    ("legal", "sensitive", "chat",
     "hi, the police have asked me for the raw audio of last week's phone-in || Agent: Is this about a caller? || "
     "It's about me. I reported someone for threatening me outside the studio and they want the bit where he called "
     "in first || Agent: We'll need the officer's request in writing, then we can release it."),
    ("legal", "benign", "chat",
     "is there a free trial on Canopy? || Agent: Yes, 14 days, no card needed. || sweet"),
    ("legal", "sensitive", "agent_note",
     "Co-host of 'Backstreet Beats' says the main account holder was arrested on Saturday and is being held. Asked "
     "to take over publishing. Explained we can't transfer without the owner's consent or a legal authority; "
     "offered to pause the schedule."),
    ("legal", "benign", "agent_note",
     "True crime host asked about contempt-of-court rules for ongoing cases in general. Pointed her to our content "
     "guidelines section 9 and suggested independent legal advice. No specific case discussed."),
    ("legal", "sensitive", "sms",
     "cant do thurs show, im a witness at crown court that day. back fri"),
    ("legal", "benign", "sms",
     "whats the postcode for the court street studio, satnav keeps sending me to the car park"),
    ("legal", "sensitive", "voicemail",
     "Hi, it's Nadia Kerr. I've got a restraining order against my ex, Lee, and I've just seen he's booked a guest "
     "slot on a show I co-host through the Green Room. Please don't let that go ahead. Call me on 07700 900726."),
    ("legal", "benign", "voicemail",
     "Hi, it's Tom from Harker & Finch Solicitors. We'd like to sponsor the local business hour on the station. "
     "Can someone send me a rate card?"),
    ("legal", "sensitive", "dm",
     "The volunteer form asks about convictions. I've got one from 2009 for theft, spent now I think. Does that stop "
     "me doing the overnight music slot?"),
    ("legal", "benign", "dm",
     "honestly the lack of a bulk-delete button is criminal. please add one"),
    ("legal", "sensitive", "web_form",
     "My wife and I co-own the show 'Hearth & Home' and we're going through a divorce. My solicitor has advised that "
     "the account and Kettle income be frozen until the financial settlement. How do I request that?"),
    ("legal", "benign", "web_form",
     "Policy question: how does Hollowreed handle copyright takedown notices, and how long does a host get to respond "
     "before an episode is removed?"),
    ("legal", "sensitive", "review",
     "Got sued by my former co-host over who owns the show name. Support were neutral and helpful and gave both of us "
     "the same records. Can't ask for more."),
    ("legal", "benign", "review",
     "The 'case number' on every support email makes it so easy to follow up. Small thing, big difference."),
    ("legal", "sensitive", "in_app",
     "I've had a solicitor's letter saying episode 12 breaches a former employer's confidentiality agreement. Can I "
     "hide it temporarily while I take advice, without deleting it?"),
    ("legal", "benign", "in_app",
     "The payout form wants my 'full legal name' - is that my name on the bank account?"),
    ("legal", "sensitive", "call_transcript",
     "I'm booked on 'Morning Brew' next week but I need to cancel. || Agent: No problem. Shall I offer another date? "
     "|| Not for a while. I'm on bail and one of the conditions is I don't talk publicly about the case. || Agent: "
     "Understood, I'll cancel quietly."),
    ("legal", "benign", "call_transcript",
     "We're making a fiction drama, a police procedural. Do you have a sound-effects library we can use? || Agent: "
     "Canopy and above include the SFX pack, including sirens. || Great."),
    ("legal", "sensitive", "email",
     "Dear Sir or Madam, we act for Ms Ruth Ainsley, who was defamed by a caller on your 'Late Line' broadcast of "
     "2 February. Please preserve the recording and the caller's details pending proceedings. Yours faithfully, "
     "Harker & Finch Solicitors"),
    ("legal", "benign", "email",
     "Hi, quick terms of service question: if we stop paying, who owns the audio files, us or Hollowreed?"),
    ("legal", "sensitive", "agent_note",
     "Police request (ref on file) for caller data from Late Line on 4 March, about a caller under investigation "
     "for threats. Passed to legal team for review; no data released yet."),
    ("legal", "benign", "agent_note",
     "Listener asked for a general explanation of how we handle GDPR deletion requests. Sent the privacy policy link."),
    ("legal", "sensitive", "chat",
     "I'm out on licence and my probation officer needs to see what I post. Can I give her view-only access to the "
     "dashboard? || Agent: You can add a 'Viewer' role under Team settings. || ok, that works"),
    ("legal", "benign", "chat",
     "the transcript keeps splitting one sentence into three lines || Agent: That's the caption width setting, "
     "try 'Long'. || better"),
    ("legal", "sensitive", "sms",
     "got my employment tribunal hearing on the 9th so swap me off the rota that week pls"),
    ("legal", "benign", "sms",
     "mixer died after 3 months, is it still under warranty if I bought it through your shop?"),
    ("legal", "sensitive", "dm",
     "My brother's been charged and it's in the local paper. He's a regular voice on our show. Do we have to take "
     "his old episodes down?"),
    ("legal", "benign", "dm",
     "we're interviewing the new police and crime commissioner for the local news show, any chance of the big "
     "studio?"),
    # ---- bereavement
    ("bereavement", "sensitive", "email",
     "Hello, my husband Graham Tully hosted 'Shed Talk' for six years. He died three weeks ago. I don't want the "
     "show to disappear - can the account be moved into my name so I can keep paying and leave it up? I have the "
     "certificate if you need it. Margaret Tully"),
    ("bereavement", "benign", "email",
     "Hi, general question for our station policy: what happens to a show on Hollowreed if the host passes away and "
     "nobody else has the login? We want to advise our presenters."),
    ("bereavement", "sensitive", "chat",
     "I need to stop some Kettle tips on my mum's account || Agent: Of course. Are you able to log in as her? || "
     "She passed in June and I've only just found them on her bank statement. Three shows, every month. || Agent: "
     "I'm so sorry. I'll cancel all three and refund July and August."),
    ("bereavement", "benign", "chat",
     "the app is dead again, won't open past the splash screen || Agent: We pushed a fix an hour ago, try updating. "
     "|| that did it"),
    ("bereavement", "sensitive", "agent_note",
     "Co-host of 'Saturday Terrace' called: his brother died suddenly on Tuesday. Show on hiatus for a month. Paused "
     "the schedule and turned off the 'new episode missed' reminder emails."),
    ("bereavement", "benign", "agent_note",
     "Station 4 had eleven minutes of dead air at 02:10 when the playout box rebooted. Silence detector alert fired "
     "but nobody was on call. Raised with the station manager."),
    ("bereavement", "sensitive", "sms",
     "dad's funeral is on the 12th so I won't be in for breakfast that day or the day after. can Sam cover?"),
    ("bereavement", "benign", "sms",
     "phone battery died mid stream, sorry for the gap, back on now"),
    ("bereavement", "sensitive", "voicemail",
     "Hi, it's Ross Gallagher. My father, Desmond, gave a monthly donation to the community station for years. He "
     "passed away in the spring. I'd like to cancel it and, if it's not too much, ask whether the station would "
     "read out a small thank-you for him."),
    ("bereavement", "benign", "voicemail",
     "Hello, it's Alan from Fairweather & Sons Funeral Directors. We'd like a tasteful sponsorship of the local "
     "news hour. Please call me back on 555-0121."),
    ("bereavement", "sensitive", "dm",
     "We recorded an episode with my grandad in January about his time on the trawlers. He died last week. The "
     "family would love it released before the funeral on the 20th if that's at all possible."),
    ("bereavement", "benign", "dm",
     "missed the deadline for the Christmas schedule, can I still get a slot?"),
    ("bereavement", "sensitive", "web_form",
     "Notification of death. Account holder: Irene Walsh. Date of death: 14/09. I am her executor. Please close the "
     "account and send the final Kettle balance to the estate account. Contact: walsh.estate@example.com."),
    ("bereavement", "benign", "web_form",
     "Schedule request: Remembrance Sunday. Our station would like to run two minutes' silence at 11am across all "
     "streams, with the playout paused. How do we set that up?"),
    ("bereavement", "sensitive", "review",
     "After my wife died, doing this little show each week is what got me out of bed. The editor is simple enough "
     "that I could manage it on my own. Thank you."),
    ("bereavement", "benign", "review",
     "RIP to the old web player, you won't be missed. The new one is so much faster."),
    ("bereavement", "sensitive", "in_app",
     "How do I add a dedication line to every episode? I want 'In memory of Poppy' in the notes. She was my "
     "daughter."),
    ("bereavement", "benign", "in_app",
     "We moved from a legacy plan to Canopy and now some episodes are orphaned with no artwork."),
    ("bereavement", "sensitive", "call_transcript",
     "Hi, I'm from the Monday rota. My partner died last month and the station said I could do a tribute show. || "
     "Agent: I'm so sorry. Would you like a two-hour slot? || An hour's enough. He loved soul, I'll play his "
     "favourites. || Agent: I'll book Studio B for the 30th."),
    ("bereavement", "benign", "call_transcript",
     "Hi, our history show 'Grave Matters' is about Victorian cemeteries. Can we use photos of headstones as episode "
     "art? || Agent: If you took them yourself, yes. || Great."),
    ("bereavement", "sensitive", "email",
     "Hello, my late father called into your phone-in regularly. One of his calls from 2019 is on the archive, and "
     "it's the only recording I have of his voice. Please could I have a copy of the raw audio? Kind regards, "
     "Bethan Roe"),
    ("bereavement", "benign", "email",
     "Hi, the death metal show's playlist isn't syncing to the station's now-playing widget. Everything else works."),
    ("bereavement", "sensitive", "agent_note",
     "Estate of the late Howard Brinkley (host of 'Brass Band Hour') asked for the account to be closed and the "
     "feed archived, not deleted. Archived, billing stopped, sent confirmation to the solicitor."),
    ("bereavement", "benign", "agent_note",
     "Drama podcast 'The Last Will' asked for the explicit tag to be removed from season 1. Reviewed, no strong "
     "language. Removed."),
    ("bereavement", "sensitive", "sms",
     "nan died last night. can someone cover my shift sat, sorry x"),
    ("bereavement", "benign", "sms",
     "that's a killer intro, whoever did the new station jingle"),
    ("bereavement", "sensitive", "chat",
     "can you help me edit a description? || Agent: Sure, which episode? || The one about my twin sister. She died in "
     "March and I want to add a line about the charity we're raising money for || Agent: Click Edit on episode 7 "
     "and the description box is at the bottom."),
    ("bereavement", "benign", "chat",
     "our local news show wants to add an obituaries segment for the town. any guidance on reading names out? || "
     "Agent: We suggest only using notices already published by families. || makes sense"),
    ("bereavement", "sensitive", "dm",
     "Hi, could I book the small studio for a morning to record my mum's eulogy? The funeral's on Friday and my "
     "aunt in Australia can't travel, so we want to send her an audio copy."),
    ("bereavement", "benign", "dm",
     "Meadowbank Hospice is holding a Light Up a Life evening on the 8th. Could the station mention it on the "
     "weekend shows?"),
    # ---- violence_self_harm
    ("violence_self_harm", "sensitive", "email",
     "Hi, the same listener has sent me fourteen Kettle tips of £1 this week, each with a message. The last one said "
     "he knows which bus I take home from the studio and that he'll 'say hello properly'. I'm frightened. Can you "
     "block him from tipping and tell me what else I can do? Ellie Marsden"),
    ("violence_self_harm", "benign", "email",
     "Hello, our stream was hit by what looks like a DDoS attack last night, about 40 minutes of outage. Do you have "
     "any protection on the Evergreen plan, or should we be sorting that ourselves?"),
    ("violence_self_harm", "sensitive", "chat",
     "I need help, a caller on my phone-in just said he's going to end it tonight and then hung up || Agent: Thank "
     "you for telling us straight away. Do you have the number Switchboard logged? || yes, it's on screen || Agent: "
     "Please don't close it. I'm escalating to our duty manager now, who will contact emergency services."),
    ("violence_self_harm", "benign", "chat",
     "where do I report abusive comments in general? writing our moderation guide || Agent: Every comment has a "
     "flag icon; flagged ones go to the host's queue and ours. || thanks"),
    ("violence_self_harm", "sensitive", "agent_note",
     "Host of 'Slow Cooker Sundays' says she's leaving an abusive partner this week. Asked that her Green Room "
     "profile stop showing which studio she records at. Hidden location fields and set bookings to private."),
    ("violence_self_harm", "benign", "agent_note",
     "True crime host asked whether cover art for 'Blood on the Moor' is too graphic. Reviewed it: stylised red "
     "landscape, no gore. Approved."),
    ("violence_self_harm", "sensitive", "sms",
     "same guy from the comments has been waiting outside the studio after my show 3 weeks running. what do I do"),
    ("violence_self_harm", "benign", "sms",
     "i'd honestly kill for a dark mode on the editor"),
    ("violence_self_harm", "sensitive", "voicemail",
     "Hi, it's Lauren from the Friday rota. Please don't text me about shifts any more, my partner goes through my "
     "phone and he gets angry about the station. Ring the landline at my sister's instead, 07700 900815. Thanks."),
    ("violence_self_harm", "benign", "voicemail",
     "Hi, it's Claire from the Northfield Women's Refuge. We're a charity and we'd like to record a podcast about "
     "our services. Do you offer free plans for registered charities?"),
    ("violence_self_harm", "sensitive", "dm",
     "someone's posted my home address under last week's episode with 'see you soon' next to it. please take it "
     "down now"),
    ("violence_self_harm", "benign", "dm",
     "ep 50 was a smash hit, 3x our usual downloads. what did we do right?"),
    ("violence_self_harm", "sensitive", "web_form",
     "Abuse report. After my guest appeared on 'Open Mic Politics' she started getting messages saying she'd be "
     "'dealt with' if she came back on. Several came through your show's comment form. Links attached."),
    ("violence_self_harm", "benign", "web_form",
     "Security question: what's your threat model for account takeovers? We have twelve presenters sharing one "
     "network account."),
    ("violence_self_harm", "sensitive", "in_app",
     "im not going to be able to do the show this week. i havent been coping and ive been thinking about not being "
     "here anymore. i dont really know who else to tell"),
    ("violence_self_harm", "benign", "in_app",
     "The Switchboard hold music keeps cutting callers off after 30 seconds. It's murder on a busy night."),
    ("violence_self_harm", "sensitive", "call_transcript",
     "A caller just threatened to kill me on air. || Agent: Are you safe right now? Is anyone with you? || The "
     "producer's here, the doors are locked. He said he knows where I park. || Agent: Please call 999 now. I'm "
     "saving the Switchboard log and the recording for the police."),
    ("violence_self_harm", "benign", "call_transcript",
     "We want a self-defence school as sponsor for the fitness show. Any restrictions? || Agent: Martial arts and "
     "self-defence classes are fine as sponsors. || Great, I'll send the copy."),
    ("violence_self_harm", "sensitive", "email",
     "Hello, in the episode I recorded with 'Second Chances' I talked about my father beating me when I was young. "
     "I thought I was ready but I'm not. Can that whole section come out before the episode goes live? Thank you, "
     "Colm Duffy"),
    ("violence_self_harm", "benign", "email",
     "Hi, we're Safe Harbour Helpline, a listening service. We'd like Reedmarket ad credits for a campaign on late "
     "night shows. Do charities qualify?"),
    ("violence_self_harm", "sensitive", "agent_note",
     "Kettle tip message to 'Night Owls' from a listener read 'thanks for keeping me company, I won't be around to "
     "listen much longer'. Followed the welfare escalation procedure; duty manager informed at 01:40."),
    ("violence_self_harm", "benign", "agent_note",
     "Host asked how to make the voice sound more punchy. Recommended the compressor preset 'Broadcast Firm'. Closed."),
    ("violence_self_harm", "sensitive", "chat",
     "I need to remove my co-host from the show today || Agent: You're the owner so you can do that in Team. Is "
     "everything ok? || no. he pushed me against the wall after recording yesterday. I don't want him anywhere "
     "near it || Agent: I'm sorry. I'll remove him now and lock his access."),
    ("violence_self_harm", "benign", "chat",
     "dying to hear the new trailer, when does it go live? || Agent: Friday at 9am. || can't wait"),
    ("violence_self_harm", "sensitive", "sms",
     "he's outside the studio again shouting at the door. i've called the police. please don't let anyone buzz "
     "him in"),
    ("violence_self_harm", "benign", "sms",
     "photo shoot for the new show artwork is booked for tues in studio b, ok?"),
    ("violence_self_harm", "sensitive", "dm",
     "hiya, on the wellbeing episode I mentioned I used to self-harm as a teenager. Could you bleep or cut that? I "
     "didn't realise my new boss follows the show."),
    ("violence_self_harm", "benign", "dm",
     "the new beat under the intro slaps. who made it?"),
    ("violence_self_harm", "sensitive", "review",
     "One star. I reported a listener for sending me violent messages twice and nothing happened for eight days. He "
     "kept coming back under new names."),
    ("violence_self_harm", "benign", "review",
     "The true crime section is strong. 'Blood on the Moor' and 'Knife Edge' are both gripping, great sound design."),
]


def sike_examples() -> list[dict]:
    """The sike split as labelled tickets (same shape as ``sensitive_eval.build_eval_set``'s)."""
    return stranger_examples("sike", ENTRIES, SUBJECTS)
